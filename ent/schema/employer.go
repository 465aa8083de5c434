package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// Employer is a company whose payroll the provider runs (werkgever).
type Employer struct{ ent.Schema }

// Mixin of the Employer.
func (Employer) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Employer}, TimeMixin{}}
}

// Fields of the Employer.
func (Employer) Fields() []ent.Field {
	return []ent.Field{
		field.String("provider_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The provider that administers this employer."),
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")).
			Comment("Name of the employer, e.g. Voorbeeld MKB."),
		field.String("name_key").NotEmpty().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Lower-cased name for case-insensitive search."),
		field.String("administration_number").NotEmpty().MaxLen(20).
			Annotations(entgql.OrderField("ADMINISTRATION_NUMBER")).
			Comment("Number of the employer's administration at the provider (administratie), e.g. 23735."),
		field.String("street").Default("").MaxLen(200).
			Comment("Street and house number, e.g. Hogeweg 135."),
		field.String("postal_code").Default("").MaxLen(10).
			Comment("Postal code, e.g. 5301 LL."),
		field.String("city").Default("").MaxLen(100).
			Comment("City, e.g. Zaltbommel."),
	}
}

// Edges of the Employer.
func (Employer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("provider", Provider.Type).Ref("employers").Field("provider_id").
			Unique().Required().Immutable().
			Comment("The provider that administers this employer."),
		edge.To("persons", Person.Type).
			Annotations(entgql.RelayConnection()).
			Comment("Persons in the employer's administration."),
		edge.To("employments", Employment.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Employments at the employer."),
		edge.To("product_activations", ProductActivation.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Activations of products, past and present."),
	}
}

// Indexes of the Employer.
func (Employer) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("provider_id", "administration_number").Unique(),
		index.Fields("provider_id", "name_key"),
	}
}

// Annotations of the Employer.
func (Employer) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An employer (werkgever) whose payroll the provider runs; staff manage its employees' portal access here."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
