package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"entgo.io/ent/schema/mixin"

	"github.com/werkportaal/werkportaal/server/pid"
)

// IDMixin gives a type a prefixed ULID primary key (docs/architecture.md, Data).
type IDMixin struct {
	mixin.Schema
	Prefix string
}

// Fields of the IDMixin.
func (m IDMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			DefaultFunc(pid.Generator(m.Prefix)).
			Immutable().
			NotEmpty().
			MaxLen(40).
			Comment("Opaque, globally unique ID; the prefix before the underscore names the type."),
	}
}

// TimeMixin records when a row was made and last changed.
type TimeMixin struct{ mixin.Schema }

// Fields of the TimeMixin.
func (TimeMixin) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").
			Default(func() time.Time { return time.Now().UTC() }).
			Immutable().
			Annotations(entgql.OrderField("CREATED_AT")).
			Comment("When this was created."),
		field.Time("updated_at").
			Default(func() time.Time { return time.Now().UTC() }).
			UpdateDefault(func() time.Time { return time.Now().UTC() }).
			Comment("When this was last changed."),
	}
}

// ProviderKeyMixin stores the provider of a tenant-owned row. Every tenant-owned table
// carries its provider and employer keys (docs/architecture.md, Tenancy), so isolation is one
// equality on the row itself and the employer key can later serve as a distribution key.
type ProviderKeyMixin struct{ mixin.Schema }

// Fields of the ProviderKeyMixin.
func (ProviderKeyMixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("provider_id").
			Immutable().
			NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The provider that administers the employer this belongs to."),
	}
}

// Indexes of the ProviderKeyMixin.
func (ProviderKeyMixin) Indexes() []ent.Index {
	return []ent.Index{index.Fields("provider_id")}
}

// EmployerKeyMixin stores the employer of an employer-owned row (a person, a document,
// a product activation), below ProviderKeyMixin's provider key. The rows are read,
// changed and created through the privacy policies on these keys (rule.ByTenant,
// rule.CreateWithinTenant), so every employer-owned type declares them alike.
type EmployerKeyMixin struct{ mixin.Schema }

// Fields of the EmployerKeyMixin.
func (EmployerKeyMixin) Fields() []ent.Field {
	return []ent.Field{employerKey()}
}

// PersonKeyMixin stores the employer and the person of a person-owned row (an account,
// an employment, a payslip, a sick report): with the provider key, "an employee sees
// only their own" is one equality on the row itself (rule.ByTenant).
type PersonKeyMixin struct{ mixin.Schema }

// Fields of the PersonKeyMixin.
func (PersonKeyMixin) Fields() []ent.Field {
	return []ent.Field{
		employerKey(),
		field.String("person_id").
			Immutable().
			NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The person this belongs to."),
	}
}

func employerKey() ent.Field {
	return field.String("employer_id").
		Immutable().
		NotEmpty().
		Annotations(entgql.Skip(entgql.SkipAll)).
		Comment("The employer this belongs to.")
}
