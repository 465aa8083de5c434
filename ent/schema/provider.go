package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/werkportaal/werkportaal/server/pid"
)

// Provider is a payroll provider (administratiekantoor) that administers employers.
type Provider struct{ ent.Schema }

// Mixin of the Provider.
func (Provider) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Provider}, TimeMixin{}}
}

// Fields of the Provider.
func (Provider) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).
			Comment("Name of the provider, e.g. Voorbeeld Administratiekantoor."),
		field.Time("mijnloket_addendum_signed_at").Optional().Nillable().
			Comment("When the provider signed the MijnLoket addendum; MijnLoket can be activated for its employers only after that (R19)."),
		field.String("mijnloket_addendum_signed_by").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Who recorded the signed addendum."),
		field.Bool("require_second_factor_for_employers").Default(false).
			Comment("Employer users of the provider must sign in with a second factor too (R43); provider users always do."),
	}
}

// Edges of the Provider.
func (Provider) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("employers", Employer.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Employers administered by the provider."),
	}
}

// Annotations of the Provider.
func (Provider) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A payroll provider (administratiekantoor) that runs payroll for the employers it administers."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField),
	}
}
