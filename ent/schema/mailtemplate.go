package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// MailTemplate is a provider's or employer's own text for one kind of mail in one
// language. The standard texts ship with the binary; rows here only override (R15).
type MailTemplate struct{ ent.Schema }

// Mixin of the MailTemplate.
func (MailTemplate) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.MailTemplate}, TimeMixin{}, ProviderKeyMixin{}}
}

// Fields of the MailTemplate.
func (MailTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("employer_id").Optional().Nillable().Immutable().
			Comment("The employer for an employer-level text; empty for a provider-level text."),
		field.Enum("scope").Values("PROVIDER", "EMPLOYER").Immutable().
			Comment("Level of the override: the provider's for all its employers, or one employer's."),
		field.String("scope_key").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The provider ID or employer ID the override belongs to, for uniqueness."),
		field.Enum("kind").Values("INVITATION", "ACCESS_BLOCKED", "ACCESS_UNBLOCKED", "USERNAME", "PASSWORD_RESET", "ACCOUNT_LOCKED", "NEW_DOCUMENT", "STAFF_INVITATION", "STAFF_PASSWORD_RESET", "LEAVE_DECIDED", "LEAVE_LAPSED", "SICK_REPORTED", "RECOVERY_REPORTED", "LEAVE_REQUESTS_DIGEST", "LEAVE_EXPIRY_REMINDER", "PREBOARDING_INVITATION", "PREBOARDING_REMINDER", "PREBOARDING_RETURNED", "PREBOARDING_COMPLETED", "IBAN_CHANGED", "TEAM_TASKS_DIGEST", "TASK_ESCALATED", "REQUEST_DECIDED_NOTICE").
			Immutable().Comment("Which mail."),
		field.Enum("locale").Values("nl", "en").Immutable().Comment("Language of the text."),
		field.Text("subject").Optional().Nillable().Comment("Subject template; empty keeps the inherited subject."),
		field.Text("text_body").Optional().Nillable().Comment("Plain-text body template; empty keeps the inherited text."),
		field.Text("html_body").Optional().Nillable().Comment("HTML body template; empty keeps the inherited HTML."),
		field.String("updated_by").NotEmpty().Annotations(entgql.Skip(entgql.SkipAll)).Comment("ID of who last saved it."),
	}
}

// Indexes of the MailTemplate.
func (MailTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("scope_key", "kind", "locale").Unique()}
}

// Annotations of the MailTemplate.
func (MailTemplate) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An override of a standard mail text at provider or employer level (R15)."),
		entgql.Skip(entgql.SkipAll),
	}
}
