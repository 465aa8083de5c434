package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/entsql"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
)

// dateSchemaType stores a date.Date as SQL DATE on every dialect.
var dateSchemaType = map[string]string{dialect.Postgres: "date", dialect.SQLite: "date"}

// Person is a natural person in one employer's administration (werknemer).
type Person struct{ ent.Schema }

// Mixin of the Person.
func (Person) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Person}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the Person.
func (Person) Fields() []ent.Field {
	return []ent.Field{
		field.String("initials").Default("").MaxLen(20).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Initials (voorletters), e.g. J.P."),
		field.String("first_name").NotEmpty().MaxLen(100).
			Annotations(entgql.OrderField("FIRST_NAME")).
			Comment("First name (roepnaam)."),
		field.String("last_name_prefix").Default("").MaxLen(20).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Prefix of the last name (tussenvoegsel), e.g. van der."),
		field.String("last_name").NotEmpty().MaxLen(100).
			Annotations(entgql.OrderField("LAST_NAME")).
			Comment("Last name without prefix, e.g. Berg."),
		field.Other("birth_date", date.Date{}).SchemaType(dateSchemaType).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Date of birth; the invitation link asks it as the control question (R4)."),
		field.String("email").Optional().Nillable().MaxLen(254).
			Comment("Private e-mail address the invitation is sent to (R1); a private address is advised."),
		field.String("phone").Optional().Nillable().MaxLen(30).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Phone number, optional."),
		field.String("payroll_key").Optional().Nillable().MaxLen(40).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("The person's key in payroll (persoonsnummer), unique within the employer: sync keeps the person with several employments one person by it (R18, R45)."),
		field.String("street").Default("").MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Home address: street and house number, e.g. Hogeweg 135."),
		field.String("postal_code").Default("").MaxLen(10).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Home address: postal code, e.g. 5301 LL."),
		field.String("city").Default("").MaxLen(100).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Home address: city, e.g. Zaltbommel."),
		field.String("iban").Default("").MaxLen(34).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Bank account (IBAN, electronic format without spaces) the salary is paid into; changed by an approved request (R37)."),
		field.String("emergency_contact_name").Default("").MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Emergency contact: name (R37)."),
		field.String("emergency_contact_phone").Default("").MaxLen(30).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Emergency contact: phone number (R37)."),
		field.String("search_key").Default("").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Lower-cased name and e-mail, for case-insensitive search (R16)."),
	}
}

// Edges of the Person.
func (Person) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employer", Employer.Type).Ref("persons").Field("employer_id").
			Unique().Required().Immutable().
			Comment("The employer in whose administration the person is."),
		edge.To("employments", Employment.Type).
			Comment("The person's employments at this employer; one portal login covers all of them (R18)."),
		edge.To("account", Account.Type).Unique().
			Comment("The person's portal account, if access was ever granted."),
		edge.To("invitations", Invitation.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Invitations sent to the person."),
	}
}

// Indexes of the Person.
func (Person) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "last_name", "first_name"),
		index.Fields("employer_id", "email"),
		index.Fields("employer_id", "payroll_key").Unique(),
		// The search field's LIKE '%…%' is always within one employer: one GIN index of
		// the employer and the search key's trigrams finds an employer's matches without
		// reading its other persons, so a search costs what it finds, not what the
		// employer employs (pg_trgm and btree_gin, for the employer's equality in a GIN
		// index, come from hand-written migrations). On SQLite it is a plain index.
		index.Fields("employer_id", "search_key").Annotations(
			entsql.IndexTypes(map[string]string{dialect.Postgres: "GIN"}),
			entsql.OpClassColumn("search_key", "gin_trgm_ops"),
		),
	}
}

// Annotations of the Person.
func (Person) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A person (werknemer) in one employer's administration. A human working for two employers is two persons (R18)."),
		entgql.RelayConnection(),
	}
}
