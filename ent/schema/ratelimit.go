package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// RateLimitWindow counts the events of one rate-limit key in one fixed window (R10, R11,
// R13). The count lives in the database, not in a process, so every instance enforces the
// same limit; server/ratelimit increments it with one atomic upsert.
type RateLimitWindow struct{ ent.Schema }

// Fields of the RateLimitWindow. The ID is a plain serial: rows are written by a raw
// upsert that lets the database number them, and nobody refers to one.
func (RateLimitWindow) Fields() []ent.Field {
	return []ent.Field{
		field.Int("id").Comment("Serial number of the row."),
		field.String("key").Immutable().NotEmpty().MaxLen(100).
			Comment("The limit's name and a hash of what it counts (client address, account, client ID); never the plain value."),
		field.Time("window_start").Immutable().Comment("Start of the fixed window the count belongs to."),
		field.Int("count").Default(0).NonNegative().Comment("Events counted in the window so far."),
		field.Time("expires_at").Immutable().Comment("End of the window; the row is deleted after it."),
	}
}

// Indexes of the RateLimitWindow.
func (RateLimitWindow) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("key", "window_start").Unique(),
		index.Fields("expires_at"),
	}
}

// Annotations of the RateLimitWindow.
func (RateLimitWindow) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A rate-limit counter of one key in one window."),
		entgql.Skip(entgql.SkipAll),
	}
}
