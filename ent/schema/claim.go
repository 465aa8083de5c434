package schema

import (
	"context"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Declaraties (R36), owned by server/claims: the components an employer lets its
// employees claim, the claims, and their receipts. None is exposed through entgql:
// server/claims's own types are the GraphQL models.

// ClaimComponent is a claimable component of an employer.
type ClaimComponent struct{ ent.Schema }

// Mixin of the ClaimComponent.
func (ClaimComponent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.ClaimComponent}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the ClaimComponent.
func (ClaimComponent) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).
			Comment("Name shown to the employee, e.g. Reiskosten woon-werk."),
		field.Enum("kind").Values("KILOMETRES", "FIXED", "RECEIPT").Immutable().
			Comment("Kilometres at a rate, a fixed allowance, or an amount against a receipt (R36)."),
		field.Int64("rate_cents").Default(0).NonNegative().
			Comment("Kilometres: euro cents per kilometre; fixed: the allowance in cents; receipt: 0."),
		field.Bool("receipt_required").Default(false).
			Comment("Whether a claim of this component needs at least one receipt (R36)."),
		field.Bool("active").Default(true).
			Comment("Whether employees can claim it now; claims made earlier keep it."),
	}
}

// Indexes of the ClaimComponent.
func (ClaimComponent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "name")}
}

// Annotations of the ClaimComponent.
func (ClaimComponent) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A component an employer's employees can claim (declaratiecomponent, R36)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ClaimComponent: every principal of the employer reads them (employees
// choose from them); staff with MANAGE_HR_SETTINGS set them up within their tenant.
func (ClaimComponent) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(rule.EmployerWide)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManageHRSettings), rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(rule.ByTenant("")), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// Claim is an expense claim of an employee.
type Claim struct{ ent.Schema }

// Mixin of the Claim.
func (Claim) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Claim}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the Claim.
func (Claim) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment the claim is made under."),
		field.String("component_id").Immutable().NotEmpty().
			Comment("The component claimed."),
		field.String("component_name").Immutable().NotEmpty().MaxLen(100).
			Comment("The component's name when the claim was made."),
		field.Enum("component_kind").Values("KILOMETRES", "FIXED", "RECEIPT").Immutable().
			Comment("The component's kind when the claim was made."),
		field.Other("claim_date", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The day of the expense or trip; not in the future, within the employment (R36)."),
		field.Float("kilometres").Optional().Nillable().Immutable().
			Comment("Kilometres claimed (kilometres components)."),
		field.Int64("rate_cents").Default(0).Immutable().
			Comment("The rate per kilometre, or the fixed allowance, when the claim was made."),
		field.Int64("amount_cents").Immutable().Positive().
			Comment("The amount claimed in euro cents."),
		field.String("description").Default("").MaxLen(500).Immutable().
			Comment("The employee's description."),
		field.Enum("status").Values("SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "PROCESSED").Default("SUBMITTED").
			Comment("submitted → approved → processed | rejected | withdrawn (R36)."),
		field.String("submitted_by").Immutable().NotEmpty().
			Comment("ID of the principal that submitted it."),
		field.String("decision_comment").Default("").MaxLen(500).
			Comment("The handler's comment; the reason of a rejection."),
		field.String("decided_by").Optional().Nillable().
			Comment("ID of the principal that decided or withdrew it."),
		field.String("decided_by_name").Optional().Nillable().
			Comment("Name of that principal at the time."),
		field.Time("decided_at").Optional().Nillable().
			Comment("When it was decided or withdrawn."),
		field.String("payroll_period").Optional().Nillable().MaxLen(7).
			Comment("The payroll period it was paid in (YYYY-MM), set by the integrator."),
		field.Time("processed_at").Optional().Nillable().
			Comment("When the integrator marked it processed."),
		field.String("processed_by").Optional().Nillable().
			Comment("The API client or staff user that marked it processed."),
	}
}

// Indexes of the Claim.
func (Claim) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "status", "created_at"),
		index.Fields("person_id", "created_at"),
	}
}

// Annotations of the Claim.
func (Claim) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An expense claim (declaratie) of an employee (R36)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the Claim: an employee reads and changes their own (submitting,
// withdrawing); staff read them with HANDLE_REQUESTS (deciding) or MANAGE_PAYROLL_DATA
// (marking them processed) within their tenant. Who decides one is its route (R34).
func (Claim) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), staffNeedsOneOf(viewer.HandleRequests, viewer.ManagePayrollData))
}

// ClaimReceipt is one receipt of a claim, with its bytes.
type ClaimReceipt struct{ ent.Schema }

// Mixin of the ClaimReceipt.
func (ClaimReceipt) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.ClaimReceipt}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the ClaimReceipt.
func (ClaimReceipt) Fields() []ent.Field {
	return []ent.Field{
		field.String("claim_id").Optional().Nillable().
			Comment("The claim it belongs to; empty while uploaded and not yet sent with a claim."),
		field.String("file_name").NotEmpty().MaxLen(200).Immutable().
			Comment("File name offered when it is downloaded."),
		field.String("content_type").NotEmpty().MaxLen(100).Immutable().
			Comment("application/pdf, image/png or image/jpeg, from the file's own bytes."),
		field.Int64("size_bytes").NonNegative().Immutable().
			Comment("Size of the file (at most 10 MiB)."),
		field.String("sha256").NotEmpty().MaxLen(64).Immutable().
			Comment("SHA-256 of the file, hex."),
		field.Bytes("data").Immutable().NotEmpty().MaxLen(MaxDocumentBytes).Sensitive().
			Comment("The file's bytes."),
	}
}

// Indexes of the ClaimReceipt.
func (ClaimReceipt) Indexes() []ent.Index {
	return []ent.Index{index.Fields("claim_id"), index.Fields("person_id", "created_at")}
}

// Annotations of the ClaimReceipt.
func (ClaimReceipt) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A receipt of an expense claim (R36); served only to the employee and the request's route."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ClaimReceipt: the employee's own; staff with HANDLE_REQUESTS within
// their tenant. server/claims serves a receipt only to the employee and to whom the
// claim's route went (R36), reading it as the system after that check.
func (ClaimReceipt) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.HandleRequests))
}

// staffNeedsOneOf denies staff users and integrators holding none of rights.
func staffNeedsOneOf(rights ...viewer.Right) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		if !v.IsStaffLike() {
			return privacy.Skip
		}
		for _, r := range rights {
			if v.Has(r) {
				return privacy.Skip
			}
		}
		return privacy.Denyf("privacy: needs one of the rights %v", rights)
	})
}
