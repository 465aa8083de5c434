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

// Employment is a person's contract at the employer (dienstverband).
type Employment struct{ ent.Schema }

// Mixin of the Employment.
func (Employment) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Employment}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the Employment.
func (Employment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("employee_number").Positive().
			Annotations(entgql.OrderField("EMPLOYEE_NUMBER")).
			Comment("Employee number (personeelsnummer), unique within the employer."),
		field.Other("start_date", date.Date{}).SchemaType(dateSchemaType).
			Annotations(entgql.OrderField("START_DATE"), entgql.Skip(entgql.SkipWhereInput)).
			Comment("First day of the employment."),
		field.Other("end_date", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Last day of the employment (uit dienst datum); empty while in service. Ending an employment does not block portal access (R8)."),
		field.String("job_title").Default("").MaxLen(100).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Job title (functie)."),
	}
}

// Edges of the Employment.
func (Employment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employer", Employer.Type).Ref("employments").Field("employer_id").
			Unique().Required().Immutable().
			Comment("The employer of the employment."),
		edge.From("person", Person.Type).Ref("employments").Field("person_id").
			Unique().Required().Immutable().
			Comment("The person employed."),
	}
}

// Indexes of the Employment.
func (Employment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "employee_number").Unique(),
		index.Fields("person_id"),
		index.Fields("employer_id", "end_date"),
	}
}

// Annotations of the Employment.
func (Employment) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An employment (dienstverband) of a person at the employer: number, start date and, once the person left, end date."),
		entgql.RelayConnection(),
	}
}
