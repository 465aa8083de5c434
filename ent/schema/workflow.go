package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// Routes, the requests on them and the departments their managers come from (R34),
// owned by server/workflow. None is exposed through entgql: GraphQL shows
// server/workflow's own types.

var requestKinds = []string{
	string(spec.KindLeave), string(spec.KindLeaveCancellation), string(spec.KindClaim), string(spec.KindPersonalDataChange),
}

// WorkflowRoute is the route an employer set for one kind of request (R34).
type WorkflowRoute struct{ ent.Schema }

// Mixin of the WorkflowRoute.
func (WorkflowRoute) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkflowRoute}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the WorkflowRoute.
func (WorkflowRoute) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values(requestKinds...).Immutable().
			Comment("The kind of request the route is for."),
		field.JSON("route", spec.Route{}).
			Comment("The steps, notify-only recipients and automatic approval (R34)."),
		field.String("updated_by").
			Comment("ID of the staff user who last set it."),
	}
}

// Indexes of the WorkflowRoute.
func (WorkflowRoute) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "kind").Unique()}
}

// Annotations of the WorkflowRoute.
func (WorkflowRoute) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The route of one kind of request at an employer (R34)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowRoute: staff of the tenant with MANAGE_HR_SETTINGS; routing
// reads it as the system when a request starts.
func (WorkflowRoute) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant(""), rule.StaffNeedsRight(viewer.ManageHRSettings))
}

// WorkflowSettings are the settings of an employer's workflows that hold for every
// kind: how long a task may wait before it is reported to HANDLE_REQUESTS (R35).
type WorkflowSettings struct{ ent.Schema }

// Mixin of the WorkflowSettings.
func (WorkflowSettings) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkflowSettings}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the WorkflowSettings.
func (WorkflowSettings) Fields() []ent.Field {
	return []ent.Field{
		field.Int("escalate_after_working_days").Optional().Nillable().Range(1, 30).
			Comment("Working days an open task waits before it is reported to HANDLE_REQUESTS (R35); none: the default of 5."),
		field.String("updated_by").
			Comment("ID of the staff user who last set it."),
	}
}

// Indexes of the WorkflowSettings.
func (WorkflowSettings) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id").Unique()}
}

// Annotations of the WorkflowSettings.
func (WorkflowSettings) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An employer's workflow settings: the escalation limit of open tasks (R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowSettings: staff of the tenant with MANAGE_HR_SETTINGS, as the
// routes; the escalation job reads them as the system.
func (WorkflowSettings) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant(""), rule.StaffNeedsRight(viewer.ManageHRSettings))
}

// WorkflowRequest is one request of an employee on its route (R34): a leave request, a
// cancellation, a claim or a personal-data change, with the route it started with.
type WorkflowRequest struct{ ent.Schema }

// Mixin of the WorkflowRequest.
func (WorkflowRequest) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkflowRequest}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the WorkflowRequest.
func (WorkflowRequest) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment the request is for."),
		field.Enum("kind").Values(requestKinds...).Immutable().
			Comment("The kind of request."),
		field.String("subject_id").Immutable().NotEmpty().
			Comment("The ID of the request of its own kind (a leave request, a claim, a change)."),
		field.JSON("route", spec.Route{}).Immutable().
			Comment("The route as it was when the request started: changing the route never changes a running request (R34)."),
		field.Enum("status").Values("OPEN", "APPROVED", "REJECTED", "WITHDRAWN", "CLOSED").Default("OPEN").
			Comment("open → approved | rejected | withdrawn; closed when its kind ended it otherwise (a lapse, R31)."),
		field.Int("current_step").Default(0).
			Comment("The position (0-based) of the step that is open or was last open."),
		field.Bool("stuck").Default(false).
			Comment("A step nobody can take (vastgelopen): reported to staff (R34)."),
		field.Bool("auto_approved").Default(false).
			Comment("Approved at once within the route's automatic-approval limit (R34)."),
		field.String("submitted_by").Immutable().
			Comment("ID of the principal that submitted it."),
		field.Time("closed_at").Optional().Nillable().
			Comment("When it was decided, withdrawn or closed."),
	}
}

// Edges of the WorkflowRequest.
func (WorkflowRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("steps", WorkflowStep.Type),
	}
}

// Indexes of the WorkflowRequest.
func (WorkflowRequest) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("subject_id").Unique(),
		index.Fields("employer_id", "status", "stuck"),
		index.Fields("person_id", "created_at"),
		// The open requests of a provider: the staff queues' condition of who may decide
		// (workflow.Decidable) reads them for a provider user, whose scope is the provider,
		// not an employer; without it a seq scan of every request ever made (make bench).
		index.Fields("status", "provider_id"),
	}
}

// Annotations of the WorkflowRequest.
func (WorkflowRequest) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A request of an employee on its route, with the route it started with (R34)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowRequest: an employee reads their own; staff of the tenant with
// HANDLE_REQUESTS (or MANAGE_HR_SETTINGS, who sees what is stuck) read them. Routing
// writes them as the system in the transaction of the request's own change.
func (WorkflowRequest) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.HandleRequests))
}

// WorkflowStep is one step of a request's route: who it was assigned to and the
// decision taken on it.
type WorkflowStep struct{ ent.Schema }

// Mixin of the WorkflowStep.
func (WorkflowStep) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkflowStep}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the WorkflowStep.
func (WorkflowStep) Fields() []ent.Field {
	return []ent.Field{
		field.String("request_id").Immutable().NotEmpty().
			Comment("The request the step belongs to."),
		field.Int("position").Immutable().NonNegative().
			Comment("0 for the first step, 1 for the second."),
		field.Enum("target").Values(string(spec.TargetManager), string(spec.TargetRight), string(spec.TargetUsers)).Immutable().
			Comment("Where the route sends the step."),
		field.Enum("state").Values("WAITING", "OPEN", "APPROVED", "REJECTED", "CLOSED").Default("WAITING").
			Comment("waiting (a later step) → open → approved | rejected; closed when the request ended otherwise."),
		field.Enum("assigned_to").Values("RIGHT", "PERSONS", "USERS").Optional().Nillable().
			Comment("Whom the open step was given: every holder of HANDLE_REQUESTS, the managers (persons) or named staff users."),
		field.String("fallback").Default("").MaxLen(40).
			Comment("Why the step went elsewhere than its target: NO_MANAGER, OWN_REQUEST, ASSIGNEES_UNAVAILABLE; empty when it did not."),
		field.Bool("stuck").Default(false).
			Comment("Nobody can take the step (vastgelopen); staff are told (R34)."),
		field.Time("opened_at").Optional().Nillable().
			Comment("When the step opened."),
		field.String("decided_by").Optional().Nillable().
			Comment("ID of the principal that decided the step; system for an automatic approval."),
		field.String("decided_by_name").Optional().Nillable().
			Comment("Name of that principal at the time."),
		field.String("on_behalf_of_name").Optional().Nillable().
			Comment("For a substitute's decision: the name of the assignee decided for (\"X namens Y\", R35)."),
		field.Time("decided_at").Optional().Nillable().
			Comment("When the step was decided."),
		field.String("comment").Default("").MaxLen(500).
			Comment("The decider's comment; the reason of a rejection."),
		field.Time("escalated_at").Optional().Nillable().
			Comment("When the open step was reported to HANDLE_REQUESTS for waiting too long (R35); reported once."),
	}
}

// Edges of the WorkflowStep.
func (WorkflowStep) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", WorkflowRequest.Type).Ref("steps").Field("request_id").
			Unique().Required().Immutable(),
		edge.To("assignees", WorkflowAssignee.Type),
	}
}

// Indexes of the WorkflowStep.
func (WorkflowStep) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("request_id", "position").Unique(),
		index.Fields("employer_id", "state"),
		// The escalation job's scan: open steps by when they opened.
		index.Fields("state", "opened_at"),
	}
}

// Annotations of the WorkflowStep.
func (WorkflowStep) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A step of a request's route, its assignees and its decision (R34)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowStep: like its request.
func (WorkflowStep) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.HandleRequests))
}

// WorkflowAssignee is one person or staff user a step was given to, so that an inbox
// is one indexed look-up (R35).
type WorkflowAssignee struct{ ent.Schema }

// Mixin of the WorkflowAssignee.
func (WorkflowAssignee) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.WorkflowAssignee}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the WorkflowAssignee.
func (WorkflowAssignee) Fields() []ent.Field {
	return []ent.Field{
		field.String("step_id").Immutable().NotEmpty().
			Comment("The step."),
		field.Enum("kind").Values("PERSON", "USER").Immutable().
			Comment("A manager (a person with an employee account) or a staff user."),
		field.String("assignee_id").Immutable().NotEmpty().
			Comment("The person's or the staff user's ID."),
		field.String("on_behalf_of").Optional().Nillable().Immutable().
			Comment("For a substitute: the manager (person ID) they take the step for (R35)."),
	}
}

// Edges of the WorkflowAssignee.
func (WorkflowAssignee) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("step", WorkflowStep.Type).Ref("assignees").Field("step_id").
			Unique().Required().Immutable(),
	}
}

// Indexes of the WorkflowAssignee.
func (WorkflowAssignee) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("step_id", "kind", "assignee_id").Unique(),
		index.Fields("kind", "assignee_id"),
	}
}

// Annotations of the WorkflowAssignee.
func (WorkflowAssignee) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A person or staff user a step was assigned to (R34)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowAssignee: staff of the tenant; routing writes and reads it as
// the system.
func (WorkflowAssignee) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant(""), rule.StaffNeedsRight(viewer.HandleRequests))
}

// Department is a team (afdeling) of an employer: its managers decide the requests of
// its members where a route says "the employee's manager" (R34, R35).
type Department struct{ ent.Schema }

// Mixin of the Department.
func (Department) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Department}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the Department.
func (Department) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).
			Comment("The department's name."),
		field.String("parent_id").Optional().Nillable().
			Comment("The department above it: a manager's own request goes to its managers (R34)."),
	}
}

// Indexes of the Department.
func (Department) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "name").Unique()}
}

// Annotations of the Department.
func (Department) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A department (afdeling) of an employer, with managers (R34, R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the Department: every principal of the employer reads it; staff with
// MANAGE_HR_SETTINGS change it.
func (Department) Policy() ent.Policy { return hrSettingsPolicy() }

// DepartmentManager makes a person of the employer a manager of a department.
type DepartmentManager struct{ ent.Schema }

// Mixin of the DepartmentManager.
func (DepartmentManager) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.DepartmentManager}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the DepartmentManager.
func (DepartmentManager) Fields() []ent.Field {
	return []ent.Field{
		field.String("department_id").Immutable().NotEmpty().Comment("The department."),
		field.String("person_id").Immutable().NotEmpty().Comment("The manager, a person of the employer."),
	}
}

// Indexes of the DepartmentManager.
func (DepartmentManager) Indexes() []ent.Index {
	return []ent.Index{index.Fields("department_id", "person_id").Unique(), index.Fields("person_id")}
}

// Annotations of the DepartmentManager.
func (DepartmentManager) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A manager of a department (R34, R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the DepartmentManager: like the department.
func (DepartmentManager) Policy() ent.Policy { return hrSettingsPolicy() }

// DepartmentMember places a person in one department.
type DepartmentMember struct{ ent.Schema }

// Mixin of the DepartmentMember.
func (DepartmentMember) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.DepartmentMember}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the DepartmentMember.
func (DepartmentMember) Fields() []ent.Field {
	return []ent.Field{
		field.String("department_id").NotEmpty().Comment("The department."),
		field.String("person_id").Immutable().NotEmpty().Comment("The person; in one department at a time."),
	}
}

// Indexes of the DepartmentMember.
func (DepartmentMember) Indexes() []ent.Index {
	return []ent.Index{index.Fields("person_id").Unique(), index.Fields("department_id")}
}

// Annotations of the DepartmentMember.
func (DepartmentMember) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The department a person belongs to (R34, R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the DepartmentMember: like the department.
func (DepartmentMember) Policy() ent.Policy { return hrSettingsPolicy() }

// WorkflowNotice records a mail of the workflow that goes out once per recipient and
// period: the daily digest of open tasks to a manager or substitute (R35). The unique key
// makes the job idempotent across runs and instances.
type WorkflowNotice struct{ ent.Schema }

// Fields of the WorkflowNotice. The ID is a plain serial: nobody refers to one.
func (WorkflowNotice) Fields() []ent.Field {
	return []ent.Field{
		field.Int("id").Comment("Serial number of the row."),
		field.String("provider_id").Immutable().NotEmpty().Comment("The provider of the recipient."),
		field.String("employer_id").Immutable().NotEmpty().Comment("The employer of the recipient."),
		field.Enum("kind").Values("TASKS_DIGEST").Immutable().
			Comment("Which mail."),
		field.String("recipient_id").Immutable().NotEmpty().MaxLen(40).
			Comment("The person (a manager or substitute) the mail went to."),
		field.String("period").Immutable().NotEmpty().MaxLen(40).
			Comment("The day (YYYY-MM-DD, Amsterdam) the digest is for."),
		field.Int("count").Immutable().NonNegative().
			Comment("Open tasks in the digest."),
		field.Time("created_at").Immutable().Comment("When the mail was queued."),
	}
}

// Indexes of the WorkflowNotice.
func (WorkflowNotice) Indexes() []ent.Index {
	return []ent.Index{index.Fields("kind", "recipient_id", "period").Unique(), index.Fields("kind", "period")}
}

// Annotations of the WorkflowNotice.
func (WorkflowNotice) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A workflow mail sent once per recipient and period (R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the WorkflowNotice: the jobs' bookkeeping, read and written as the system.
func (WorkflowNotice) Policy() ent.Policy { return systemOnlyPolicy() }
