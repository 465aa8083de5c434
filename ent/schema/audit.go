package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// AuditEvent is one entry of the append-only trail (R27).
type AuditEvent struct{ ent.Schema }

// Mixin of the AuditEvent.
func (AuditEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.AuditEvent}}
}

// Fields of the AuditEvent.
func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(func() time.Time { return time.Now().UTC() }).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")).
			Comment("When it happened."),
		field.String("provider_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Provider in whose scope it happened."),
		field.String("employer_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Employer in whose scope it happened, if any."),
		field.String("person_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Person concerned, if any."),
		field.Enum("actor_kind").Values("STAFF_USER", "API_CLIENT", "EMPLOYEE", "SYSTEM").Immutable().
			Comment("Kind of actor."),
		field.String("actor_id").Immutable().Comment("ID of the actor."),
		field.String("actor_name").Immutable().Comment("Name of the actor at the time."),
		field.String("action").Immutable().NotEmpty().Comment("What was done, e.g. ACCESS_GRANTED or PRODUCT_ACTIVATED."),
		field.String("target_type").Immutable().Default("").Comment("Type of what it was done to, e.g. Account."),
		field.String("target_id").Immutable().Default("").Comment("ID of what it was done to."),
		field.JSON("details", map[string]string{}).Optional().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Further facts of the event."),
		field.String("request_id").Immutable().Default("").Comment("Request that caused it, to match the logs."),
	}
}

// Indexes of the AuditEvent.
func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "created_at"),
		index.Fields("provider_id", "created_at"),
		index.Fields("person_id", "created_at"),
		index.Fields("action"),
	}
}

// Annotations of the AuditEvent.
func (AuditEvent) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An entry of the audit trail: who did what to whom, when (R27)."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
