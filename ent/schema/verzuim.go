package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
)

// VerzuimContact is someone at or for the employer who hears of every sick report and
// recovery (R25): HR, the arbodienst. They get a mail with the employee's name and the
// dates, never anything about the illness.
type VerzuimContact struct{ ent.Schema }

// Mixin of the VerzuimContact.
func (VerzuimContact) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.VerzuimContact}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the VerzuimContact.
func (VerzuimContact) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Name of the contact or the organisation, e.g. the arbodienst."),
		field.String("role").Default("").MaxLen(100).
			Comment("What the contact is for the employer, e.g. HR or Arbodienst; free label."),
		field.String("email").NotEmpty().MaxLen(254).
			Comment("The bare address the verzuim mails go to."),
		field.Enum("language").Values("nl", "en").Default("nl").
			Comment("The language of the mails to this contact (R46)."),
	}
}

// Indexes of the VerzuimContact.
func (VerzuimContact) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "email").Unique()}
}

// Annotations of the VerzuimContact.
func (VerzuimContact) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A contact of the employer who receives the verzuim mails (R25)."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// PartialRecovery is gedeeltelijk hersteld: from a date the sick employee works again
// for a part of their work, as a percentage or as hours a week (R25). It keeps the
// case open; only the full recovery ends it.
type PartialRecovery struct{ ent.Schema }

// Mixin of the PartialRecovery.
func (PartialRecovery) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.PartialRecovery}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the PartialRecovery.
func (PartialRecovery) Fields() []ent.Field {
	return []ent.Field{
		field.String("sick_report_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The open sick report this belongs to."),
		field.Other("from_date", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The first day of working this much again."),
		field.Int("percentage").Optional().Nillable().Immutable().Min(1).Max(99).
			Comment("Share of the own work done again, 1–99 %; or hours_per_week."),
		field.Float("hours_per_week").Optional().Nillable().Immutable().Min(0).Max(80).
			Comment("Hours a week worked again; or percentage."),
		field.Time("recorded_at").Immutable().
			Comment("When it was recorded."),
		field.Enum("recorded_by_kind").Values("EMPLOYEE", "STAFF_USER", "API_CLIENT").Immutable().
			Comment("Who recorded it: the employee in the portal, or staff on their behalf."),
		field.String("recorded_by_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID of the account or user that recorded it."),
		field.String("recorded_by_name").Immutable().NotEmpty().MaxLen(200).
			Comment("Name of who recorded it, at the time."),
	}
}

// Edges of the PartialRecovery.
func (PartialRecovery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("sick_report", SickReport.Type).Ref("partial_recoveries").Field("sick_report_id").
			Unique().Required().Immutable(),
	}
}

// Indexes of the PartialRecovery.
func (PartialRecovery) Indexes() []ent.Index {
	return []ent.Index{index.Fields("sick_report_id", "from_date")}
}

// Annotations of the PartialRecovery.
func (PartialRecovery) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A partial recovery (gedeeltelijk hersteld) within an open sick report (R25). It holds no diagnosis."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
