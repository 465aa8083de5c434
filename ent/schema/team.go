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

// ManagerSubstitute names a colleague who takes a manager's tasks for a period
// (vervanging, R35), owned by server/team: a step that opens for the manager within the
// period goes to the substitute, whose decision reads "X namens Y".
type ManagerSubstitute struct{ ent.Schema }

// Mixin of the ManagerSubstitute.
func (ManagerSubstitute) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.ManagerSubstitute}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the ManagerSubstitute.
func (ManagerSubstitute) Fields() []ent.Field {
	return []ent.Field{
		field.String("manager_id").Immutable().NotEmpty().
			Comment("The manager (person ID) who is away."),
		field.String("substitute_id").Immutable().NotEmpty().
			Comment("The colleague (person ID) who takes the manager's tasks."),
		field.Other("first_day", date.Date{}).SchemaType(dateSchemaType).Immutable().
			Comment("The first day of the period."),
		field.Other("last_day", date.Date{}).SchemaType(dateSchemaType).
			Comment("The last day of the period; ending a substitution early moves it."),
		field.String("created_by").Immutable().
			Comment("ID of the principal that named the substitute."),
	}
}

// Indexes of the ManagerSubstitute.
func (ManagerSubstitute) Indexes() []ent.Index {
	return []ent.Index{index.Fields("manager_id", "last_day"), index.Fields("substitute_id", "last_day")}
}

// Annotations of the ManagerSubstitute.
func (ManagerSubstitute) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A substitute of a manager for a period (R35)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ManagerSubstitute: every principal of the employer reads it; staff with
// MANAGE_HR_SETTINGS change it, and server/team writes it as the system for the
// manager who names their own substitute.
func (ManagerSubstitute) Policy() ent.Policy { return hrSettingsPolicy() }
