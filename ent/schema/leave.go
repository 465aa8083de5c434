package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The leave scheme and ledger (R28, R29), owned by server/leave. None of these types
// is exposed through entgql: the GraphQL layer shows server/leave's own types, so the
// API says hours where the database counts minutes.

// LeaveScheme is an employer's Verlofregeling: the holiday choices that apply to all
// its leave types (R29).
type LeaveScheme struct{ ent.Schema }

// Mixin of the LeaveScheme.
func (LeaveScheme) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.LeaveScheme}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the LeaveScheme.
func (LeaveScheme) Fields() []ent.Field {
	return []ent.Field{
		field.Bool("good_friday_off").Default(false).
			Comment("Whether Good Friday (Goede Vrijdag) is a day off (R29)."),
		field.Enum("liberation_day").Values("NEVER", "LUSTRUM", "YEARLY").Default("LUSTRUM").
			Comment("When Liberation Day (5 May) is a day off: never, in years divisible by five, or every year (R29)."),
		field.Int("expiry_reminder_month").Range(1, 6).Default(4).
			Comment("Month of the yearly mail to employees whose statutory hours expire on 1 July (R33); 1 April by default."),
		field.Int("expiry_reminder_day").Range(1, 31).Default(1).
			Comment("Day of that month."),
	}
}

// Indexes of the LeaveScheme.
func (LeaveScheme) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id").Unique()}
}

// Annotations of the LeaveScheme.
func (LeaveScheme) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An employer's leave scheme (verlofregeling): its holiday choices (R29)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the LeaveScheme: readable by everyone of the employer (the hours of a
// request depend on it); changed by staff with MANAGE_HR_SETTINGS.
func (LeaveScheme) Policy() ent.Policy { return hrSettingsPolicy() }

// LeaveType is a kind of leave in an employer's scheme (R28).
type LeaveType struct{ ent.Schema }

// Mixin of the LeaveType.
func (LeaveType) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.LeaveType}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the LeaveType.
func (LeaveType) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(60).
			Comment("Name shown to employees, e.g. Wettelijk verlof; unique within the employer."),
		field.Enum("category").Values("STATUTORY", "EXTRA_STATUTORY", "WORKING_TIME_REDUCTION", "SENIORITY", "OTHER").Immutable().
			Comment("Kind of leave: statutory (wettelijk), extra-statutory (bovenwettelijk), working-time reduction (ADV/ATV), seniority days, other (special leave and the like)."),
		field.Bool("vacation").Default(false).
			Comment("Whether this is vacation leave, for the two-week rule on vacation requests (R31)."),
		field.Float("weeks_per_year").Min(0).Max(52).Default(0).
			Comment("Yearly entitlement as a multiple of the employment's weekly hours; pro rata for part years (R28). Statutory: 4."),
		field.Enum("accrual").Values("YEARLY", "MONTHLY").Default("YEARLY").
			Comment("Whether the entitlement is booked on 1 January for the year or monthly (R28)."),
		field.Int("expiry_months").Optional().Nillable().Min(1).Max(1200).
			Comment("Months after the end of the accrual year on which unused hours expire; empty: never. Statutory 6 (1 July), extra-statutory 60 (R28)."),
		field.Int("sort_order").Default(0).
			Comment("Order of the types in lists; the statutory type first."),
		field.Bool("requestable").Default(true).
			Comment("Whether employees may request leave of this type (R30)."),
		field.Bool("allow_negative").Default(false).
			Comment("Whether a request may take the balance below zero (R30)."),
	}
}

// Indexes of the LeaveType.
func (LeaveType) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "name").Unique()}
}

// Annotations of the LeaveType.
func (LeaveType) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A leave type (verlofsoort) of an employer's scheme: category, accrual and expiry (R28)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the LeaveType: like the scheme.
func (LeaveType) Policy() ent.Policy { return hrSettingsPolicy() }

// WorkPattern is an employment's work pattern (R29): hours per weekday of one week or
// of two alternating weeks. It is also where the accrual and expiry job records how
// far it got with the employment.
type WorkPattern struct{ ent.Schema }

// Mixin of the WorkPattern.
func (WorkPattern) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkPattern}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the WorkPattern.
func (WorkPattern) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment the pattern is for."),
		field.JSON("weeks", [][]int{}).
			Comment("Minutes per weekday, Monday first: one week, or weeks A and B."),
		field.Other("week_a_starts_on", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
			Comment("A day in week A, for two alternating weeks."),
		field.Enum("source").Values("STAFF", "SYNC").
			Comment("Who set the pattern: staff in the portal or payroll's sync (R45)."),
		field.Other("accrues_from", date.Date{}).SchemaType(dateSchemaType).
			Comment("The first day the job accrues leave for; earlier years come from opening balances."),
		field.Other("processed_on", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
			Comment("The last day the accrual and expiry job brought this employment's ledgers up to date."),
	}
}

// Edges of the WorkPattern.
func (WorkPattern) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employment", Employment.Type).Field("employment_id").
			Unique().Required().Immutable().
			Comment("The employment the pattern is for."),
	}
}

// Indexes of the WorkPattern.
func (WorkPattern) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employment_id").Unique(),
		index.Fields("processed_on"),
	}
}

// Annotations of the WorkPattern.
func (WorkPattern) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The work pattern (werkpatroon) of an employment (R29)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkPattern: staff read it with VIEW_EMPLOYEES, an employee their
// own; staff and sync with MANAGE_HR_SETTINGS set it.
func (WorkPattern) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRight(viewer.ViewEmployees),
			rule.Scoped(rule.ByTenant("person_id")),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManageHRSettings),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(rule.ByTenant("")), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// LeaveEntry is one line of the ledger of an employment and leave type (R28). The
// ledger is append-only: a mistake is undone by a correction.
type LeaveEntry struct{ ent.Schema }

// Mixin of the LeaveEntry.
func (LeaveEntry) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.LeaveEntry}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the LeaveEntry.
func (LeaveEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment of the ledger."),
		field.String("leave_type_id").Immutable().NotEmpty().
			Comment("The leave type of the ledger."),
		field.Enum("kind").Values("ACCRUAL", "TAKEN", "PLANNED", "CORRECTION", "EXPIRY").Immutable().
			Comment("Accrual, leave taken, leave planned, correction or expiry."),
		field.Int64("minutes").Immutable().
			Comment("Signed effect on the balance in minutes: accruals add, taken, planned and expired hours subtract, corrections either."),
		field.Other("date", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The day the entry takes effect."),
		field.Int("year").Immutable().Range(2000, 2100).
			Comment("The accrual year the hours belong to (for an expiry: the year whose hours expired)."),
		field.Enum("source").Values("JOB", "STAFF", "INTEGRATOR", "OPENING_BALANCE", "REQUEST").Immutable().
			Comment("Who wrote it: the accrual and expiry job, staff, an integrator, an opening balance, or a leave request's decision (R30)."),
		field.String("reason").Default("").MaxLen(500).Immutable().
			Comment("Why; required for corrections."),
		field.String("reference").Optional().Nillable().MaxLen(100).Immutable().
			Comment("The recorder's own key of the entry, unique per employer: recording it again changes nothing."),
		field.String("job_key").Optional().Nillable().Immutable().
			Comment("The job's key of an automatic entry (ACCRUAL:2026, ACCRUAL:2026-04, EXPIRY:2025): one per employment, type and period."),
		field.String("created_by").Immutable().
			Comment("ID of the principal that recorded it."),
		field.String("request_id").Optional().Nillable().Immutable().
			Comment("The leave request whose decision booked it (R30)."),
	}
}

// Edges of the LeaveEntry.
func (LeaveEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employment", Employment.Type).Field("employment_id").
			Unique().Required().Immutable(),
		edge.To("leave_type", LeaveType.Type).Field("leave_type_id").
			Unique().Required().Immutable(),
	}
}

// Indexes of the LeaveEntry.
func (LeaveEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employment_id", "leave_type_id", "date"),
		index.Fields("employment_id", "leave_type_id", "job_key").Unique(),
		index.Fields("employer_id", "reference").Unique(),
		index.Fields("request_id"),
	}
}

// Annotations of the LeaveEntry.
func (LeaveEntry) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An entry of the leave ledger (verlofmutatie) of an employment and leave type (R28)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the LeaveEntry: staff read ledgers with VIEW_EMPLOYEES, an employee their
// own; staff and integrators with MANAGE_PAYROLL_DATA record entries; nobody changes
// or deletes one.
func (LeaveEntry) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRight(viewer.ViewEmployees),
			rule.Scoped(rule.ByTenant("person_id")),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyUpdateDelete(),
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManagePayrollData),
			rule.CreateWithinTenant(),
		},
	}
}

// hrSettingsPolicy is the policy of an employer's HR settings: every principal of the
// employer reads them; staff and integrators with MANAGE_HR_SETTINGS change them.
func hrSettingsPolicy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(rule.EmployerWide)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManageHRSettings),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(rule.ByTenant("")), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// LeaveRequest is an employee's leave request (verlofaanvraag) or a request to cancel
// accepted leave (R30, R31). Its hours are stored per day; accepting books them in
// the ledger as planned entries.
type LeaveRequest struct{ ent.Schema }

// Mixin of the LeaveRequest.
func (LeaveRequest) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.LeaveRequest}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the LeaveRequest.
func (LeaveRequest) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment the leave is for."),
		field.String("leave_type_id").Immutable().NotEmpty().
			Comment("The leave type asked for."),
		field.Enum("kind").Values("LEAVE", "CANCELLATION").Default("LEAVE").Immutable().
			Comment("A request for leave, or to cancel accepted leave (R30)."),
		field.String("cancels_id").Optional().Nillable().Immutable().
			Comment("For a cancellation: the accepted leave request it cancels."),
		field.Enum("status").Values("SUBMITTED", "ACCEPTED", "REJECTED", "WITHDRAWN", "CANCELLED").Default("SUBMITTED").
			Comment("submitted → accepted | rejected | withdrawn (R30); accepted leave whose cancellation was accepted is cancelled."),
		field.Other("first_day", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The first day of leave."),
		field.Other("last_day", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The last day of leave."),
		field.JSON("day_minutes", []int64{}).Immutable().
			Comment("The minutes of leave of each day from first_day on, as computed from the work pattern and adjusted by the employee (R29)."),
		field.Int64("minutes").Immutable().
			Comment("The minutes of leave in total."),
		field.String("comment").Default("").MaxLen(500).Immutable().
			Comment("The employee's comment."),
		field.Time("deadline").Optional().Nillable().Immutable().
			Comment("When an undecided vacation request stands as requested (R31: two weeks after it was submitted); empty for other types."),
		field.String("submitted_by").Immutable().
			Comment("ID of the principal that submitted it."),
		field.String("decision_comment").Default("").MaxLen(500).
			Comment("The handler's comment; the reason of a rejection."),
		field.String("decided_by").Optional().Nillable().
			Comment("ID of the principal that decided or withdrew it; system for a lapse (R31)."),
		field.String("decided_by_name").Optional().Nillable().
			Comment("Name of that principal at the time."),
		field.String("decided_on_behalf_of_name").Optional().Nillable().
			Comment("For a substitute's decision: the manager decided for (\"X namens Y\", R35)."),
		field.Time("decided_at").Optional().Nillable().
			Comment("When it was decided or withdrawn."),
		field.Bool("by_lapse").Default(false).
			Comment("Accepted by lapse of time (R31, art. 7:638 lid 2 BW)."),
		field.Bool("booked_taken").Default(false).
			Comment("Whether the planned entries of its days have all become taken."),
	}
}

// Edges of the LeaveRequest.
func (LeaveRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employment", Employment.Type).Field("employment_id").
			Unique().Required().Immutable(),
		edge.To("leave_type", LeaveType.Type).Field("leave_type_id").
			Unique().Required().Immutable(),
	}
}

// Indexes of the LeaveRequest.
func (LeaveRequest) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "status", "first_day"),
		index.Fields("employment_id", "first_day"),
		index.Fields("status", "deadline"),
		index.Fields("status", "created_at"),
		index.Fields("cancels_id"),
	}
}

// Annotations of the LeaveRequest.
func (LeaveRequest) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A leave request (verlofaanvraag) or cancellation request of an employee (R30, R31)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the LeaveRequest: an employee reads and changes their own (submitting,
// withdrawing); staff read them with HANDLE_REQUESTS within their tenant, and who may
// decide one is server/leave's Decider.
func (LeaveRequest) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.HandleRequests))
}

// LeaveNotice records a leave mail that goes out once per recipient and period (R33):
// the handlers' digest of new requests (one per handler per hour) and the yearly
// reminder of expiring statutory hours (one per employee per year). The unique key
// makes the jobs idempotent across runs and instances.
type LeaveNotice struct{ ent.Schema }

// Fields of the LeaveNotice. The ID is a plain serial: nobody refers to one.
func (LeaveNotice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("id").Comment("Serial number of the row."),
		field.String("provider_id").Immutable().NotEmpty().Comment("The provider of the recipient."),
		field.String("employer_id").Optional().Nillable().Immutable().
			Comment("The employer of the recipient; empty for a provider-level handler."),
		field.Enum("kind").Values("HANDLER_DIGEST", "EXPIRY_REMINDER").Immutable().
			Comment("Which mail."),
		field.String("recipient_id").Immutable().NotEmpty().MaxLen(40).
			Comment("The staff user (digest) or the person (reminder)."),
		field.String("period").Immutable().NotEmpty().MaxLen(40).
			Comment("The hour window (digest, its end in RFC 3339) or the year (reminder) the mail is for."),
		field.Int("count").Immutable().NonNegative().
			Comment("Requests in the digest, or minutes expiring for the reminder."),
		field.Time("created_at").Immutable().Comment("When the mail was queued."),
	}
}

// Indexes of the LeaveNotice.
func (LeaveNotice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("kind", "recipient_id", "period").Unique()}
}

// Annotations of the LeaveNotice.
func (LeaveNotice) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A leave mail sent once per recipient and period (R33)."),
		entgql.Skip(entgql.SkipAll),
	}
}
