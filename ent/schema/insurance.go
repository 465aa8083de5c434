package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
)

// InsuranceOffer is a collective insurance offer a provider publishes for all its
// employers or an employer for itself (R40, Verzekeringen vergelijken). It holds nothing
// about any employee: comparing offers sends nothing to an insurer.
type InsuranceOffer struct{ ent.Schema }

// Mixin of the InsuranceOffer.
func (InsuranceOffer) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.InsuranceOffer}, TimeMixin{}, ProviderKeyMixin{}}
}

// Fields of the InsuranceOffer. Lengths are bounded here and again, with userErrors, in
// server/insurance.
func (InsuranceOffer) Fields() []ent.Field {
	return []ent.Field{
		field.String("employer_id").Optional().Nillable().Immutable().
			Comment("The employer of an employer-level offer; empty for an offer of the provider to all its employers."),
		field.String("insurer").NotEmpty().MaxLen(100).Comment("The insurer's name."),
		field.Enum("kind").Values("SUPPLEMENTARY_HEALTH", "DISABILITY_GAP", "LIABILITY", "TRAVEL", "OTHER").
			Comment("What the insurance covers."),
		field.String("discount_text").Optional().MaxLen(200).Comment("The discount in words; empty when none is stated."),
		field.Int("discount_basis_points").Optional().Nillable().Min(0).Max(10000).
			Comment("The discount as a percentage in hundredths of a percent (250 is 2.5%); empty when none is stated."),
		field.Int64("monthly_premium_from_cents").Optional().Nillable().Min(0).
			Comment("The lowest monthly premium, in euro cents; empty when not stated."),
		field.Text("conditions").Optional().MaxLen(2000).Comment("The conditions of the offer in words."),
		field.String("url").NotEmpty().MaxLen(500).Comment("The insurer's page of the offer (https)."),
		field.String("updated_by").NotEmpty().Comment("ID of who last saved it."),
	}
}

// Indexes of the InsuranceOffer.
func (InsuranceOffer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("provider_id", "employer_id")}
}

// Annotations of the InsuranceOffer.
func (InsuranceOffer) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A collective insurance offer of a provider or employer (R40)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// AssistantIntentCount counts, per employer and day, how often the assistant recognised
// an intent and whether it could answer (R41). It is anonymous on purpose: no person,
// no question text, only the count staff read to see what employees ask.
type AssistantIntentCount struct{ ent.Schema }

// Mixin of the AssistantIntentCount.
func (AssistantIntentCount) Mixin() []ent.Mixin {
	return []ent.Mixin{ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the AssistantIntentCount. The ID is a plain serial: rows are written by an
// upsert that lets the database number them, and nobody refers to one.
func (AssistantIntentCount) Fields() []ent.Field {
	return []ent.Field{
		field.Int("id").Comment("Serial number of the row."),
		field.Other("day", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The day in the Netherlands the questions were asked."),
		field.String("intent").NotEmpty().MaxLen(40).Immutable().Comment("The recognised intent; UNKNOWN when none."),
		field.Bool("answered").Immutable().Comment("Whether the assistant answered from data (false: it said it does not know)."),
		field.Int("count").Default(0).NonNegative().Comment("Questions counted."),
	}
}

// Indexes of the AssistantIntentCount.
func (AssistantIntentCount) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "day", "intent", "answered").Unique()}
}

// Annotations of the AssistantIntentCount.
func (AssistantIntentCount) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An anonymous count of the assistant's answered or unanswered intents per employer and day (R41)."),
		entgql.Skip(entgql.SkipAll),
	}
}
