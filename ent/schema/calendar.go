package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// CalendarFeed is the secret subscription address of a user's leave calendar (R32): the
// iCal feed that calendar programs poll without signing in. Only server/leave/calendar,
// as the system, reads or writes it; the token is kept as a hash only.
type CalendarFeed struct{ ent.Schema }

// Mixin of the CalendarFeed.
func (CalendarFeed) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.CalendarFeed}}
}

// Fields of the CalendarFeed.
func (CalendarFeed) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Comment("When the address was created."),
		field.String("provider_id").Immutable().NotEmpty().Comment("Provider of the owner."),
		field.String("employer_id").Immutable().NotEmpty().Comment("The employer whose calendar the feed serves."),
		field.Enum("owner_kind").Values("EMPLOYEE", "STAFF_USER").Immutable().
			Comment("Whether the owner is an employee's account or a staff user."),
		field.String("owner_id").Immutable().NotEmpty().Comment("The account or staff user that owns the address."),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Comment("SHA-256 of the 256-bit token in the address."),
		field.Time("revoked_at").Optional().Nillable().Comment("When the owner revoked it or replaced it by a new one; it serves nothing from then on."),
	}
}

// Indexes of the CalendarFeed.
func (CalendarFeed) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Fields("owner_id", "employer_id"),
	}
}

// Annotations of the CalendarFeed.
func (CalendarFeed) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A secret, revocable iCal subscription address of a leave calendar (R32)."),
		entgql.Skip(entgql.SkipAll),
	}
}
