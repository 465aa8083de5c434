package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Preboarding is a candidate's way from the invitation to the first day (R38). The
// candidate is a person without an employment until staff complete the preboarding;
// the account the invitation registers is the login they keep afterwards.
type Preboarding struct{ ent.Schema }

// Mixin of the Preboarding.
func (Preboarding) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Preboarding}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the Preboarding. What the candidate fills in is cleared when the
// preboarding is ended; the BSN is stored sealed (AES-GCM, server/preboarding).
func (Preboarding) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("state").Values("INVITED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "COMPLETED", "ENDED").
			Default("INVITED").Comment("Where the preboarding is (R38)."),
		field.Other("first_day", date.Date{}).SchemaType(dateSchemaType).Comment("The planned first working day."),
		field.String("job_title").Default("").MaxLen(100).Comment("The job the candidate starts in."),
		field.String("department_id").Optional().Nillable().Comment("The team (afdeling) the candidate joins."),
		field.String("phone").Default("").MaxLen(30).Comment("Checklist: phone number."),
		field.String("nationality").Default("").MaxLen(60).Comment("Checklist: nationality."),
		field.String("street").Default("").MaxLen(200).Comment("Checklist: street and house number."),
		field.String("postal_code").Default("").MaxLen(10).Comment("Checklist: postal code."),
		field.String("city").Default("").MaxLen(100).Comment("Checklist: city."),
		field.String("country").Default("").MaxLen(60).Comment("Checklist: country."),
		field.Bytes("bsn_sealed").Optional().Nillable().Sensitive().
			Comment("Checklist: the BSN, sealed with the preboarding key (AES-256-GCM); never plaintext."),
		field.String("iban").Default("").MaxLen(34).Comment("Checklist: IBAN for the salary (ISO 13616)."),
		field.Bool("tax_credit").Optional().Nillable().Comment("Checklist: apply the loonheffingskorting."),
		field.Other("tax_credit_from", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
			Comment("Checklist: from when the loonheffingskorting applies."),
		field.String("emergency_name").Default("").MaxLen(100).Comment("Checklist: emergency contact's name."),
		field.String("emergency_relation").Default("").MaxLen(60).Comment("Checklist: emergency contact's relation."),
		field.String("emergency_phone").Default("").MaxLen(30).Comment("Checklist: emergency contact's phone."),
		field.JSON("remarks", map[string]string{}).Optional().
			Comment("Staff's remarks per checklist item when they returned it for correction."),
		field.Time("submitted_at").Optional().Nillable().Comment("When the candidate last submitted."),
		field.Time("reminded_at").Optional().Nillable().Comment("When the reminder before the first day went out."),
		field.Time("completed_at").Optional().Nillable().Comment("When staff completed it."),
		field.Time("ended_at").Optional().Nillable().Comment("When staff ended it."),
		field.String("employment_id").Optional().Nillable().Comment("The employment completion created."),
		field.Time("documents_acknowledged_at").Optional().Nillable().
			Comment("When the integrator acknowledged it took over the ID document; the copy is deleted a configured number of days later."),
		field.Time("documents_deleted_at").Optional().Nillable().Comment("When the ID document was deleted from the portal."),
		field.String("created_by").Immutable().NotEmpty().Comment("The staff user or integrator who created it."),
	}
}

// Indexes of the Preboarding.
func (Preboarding) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("person_id").Unique(),
		index.Fields("employer_id", "state"),
		// The reminder job reads the open preboardings by first day.
		index.Fields("state", "first_day"),
		index.Fields("documents_acknowledged_at"),
	}
}

// Annotations of the Preboarding.
func (Preboarding) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A candidate's preboarding (R38)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the Preboarding: staff and integrators need MANAGE_PREBOARDING, within
// their tenant; the candidate reads and changes only their own (R38).
func (Preboarding) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.ManagePreboarding))
}

// PreboardingFile is one side of the candidate's ID document, sealed (R38).
type PreboardingFile struct{ ent.Schema }

// Mixin of the PreboardingFile.
func (PreboardingFile) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.PreboardingFile}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the PreboardingFile.
func (PreboardingFile) Fields() []ent.Field {
	return []ent.Field{
		field.String("preboarding_id").Immutable().NotEmpty().Comment("The preboarding."),
		field.Enum("side").Values("FRONT", "BACK").Immutable().Comment("Which side of the ID document."),
		field.String("content_type").NotEmpty().Comment("image/jpeg, image/png or application/pdf, sniffed from the bytes."),
		field.Int("size").NonNegative().Comment("Size of the plaintext in bytes."),
		field.Bytes("sealed").Sensitive().Comment("The file, sealed with the preboarding key (AES-256-GCM)."),
	}
}

// Indexes of the PreboardingFile.
func (PreboardingFile) Indexes() []ent.Index {
	return []ent.Index{index.Fields("preboarding_id", "side").Unique()}
}

// Annotations of the PreboardingFile.
func (PreboardingFile) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("One side of a candidate's ID document, sealed (R38)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the PreboardingFile: like the preboarding.
func (PreboardingFile) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.ManagePreboarding))
}
