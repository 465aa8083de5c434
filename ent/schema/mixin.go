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
