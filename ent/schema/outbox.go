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

// OutboxMail is one mail to send, written in the same transaction as the change that
// causes it (the transactional outbox), rendered at that moment, and delivered later by
// a dispatcher. Without SMTP the rows are the dev mailbox.
type OutboxMail struct{ ent.Schema }

// Mixin of the OutboxMail.
func (OutboxMail) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.OutboxMail}}
}

// Fields of the OutboxMail.
func (OutboxMail) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(func() time.Time { return time.Now().UTC() }).Immutable().
			Comment("When the mail was queued."),
		field.String("provider_id").Immutable().NotEmpty().Comment("Provider in whose scope the mail was caused."),
		field.String("employer_id").Optional().Nillable().Immutable().Comment("Employer in whose scope the mail was caused."),
		field.String("person_id").Optional().Nillable().Immutable().Comment("Person the mail is for."),
		field.Enum("kind").Values("INVITATION", "ACCESS_BLOCKED", "ACCESS_UNBLOCKED", "USERNAME", "PASSWORD_RESET", "ACCOUNT_LOCKED", "NEW_DOCUMENT").
			Immutable().Comment("Which mail."),
		field.Enum("locale").Values("nl", "en").Immutable().Comment("Language the mail was written in."),
		field.String("to_address").Immutable().NotEmpty().MaxLen(254).Comment("Recipient."),
		field.Text("subject").Immutable().Comment("Rendered subject."),
		field.Text("text_body").Immutable().Sensitive().Comment("Rendered plain-text body; may hold a link token, so it is never exposed outside the dev mailbox."),
		field.Text("html_body").Immutable().Sensitive().Comment("Rendered HTML body."),
		field.Enum("status").Values("PENDING", "SENT", "FAILED").Default("PENDING").
			Comment("PENDING until delivered; FAILED after the last retry."),
		field.Int("attempts").Default(0).NonNegative().Comment("Delivery attempts so far."),
		field.Time("next_attempt_at").Comment("Earliest time of the next attempt (backoff)."),
		field.String("last_error").Default("").Comment("Error of the last failed attempt."),
		field.Time("sent_at").Optional().Nillable().Comment("When the SMTP server accepted it."),
		field.String("request_id").Immutable().Default("").Comment("Request that caused the mail."),
	}
}

// Indexes of the OutboxMail.
func (OutboxMail) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		index.Fields("person_id", "created_at"),
		index.Fields("to_address", "created_at"),
	}
}

// Annotations of the OutboxMail.
func (OutboxMail) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A queued mail (transactional outbox)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// PasswordReset is a Wachtwoord vergeten link (R10): single use, valid one hour, and a
// newer one kills the older ones.
type PasswordReset struct{ ent.Schema }

// Mixin of the PasswordReset.
func (PasswordReset) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.PasswordReset}}
}

// Fields of the PasswordReset.
func (PasswordReset) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Comment("When the link was issued."),
		field.String("provider_id").Immutable().NotEmpty().Comment("Provider of the account."),
		field.String("employer_id").Immutable().NotEmpty().Comment("Employer of the account."),
		field.String("account_id").Immutable().NotEmpty().Comment("The account whose password the link resets."),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Comment("SHA-256 of the link token."),
		field.Time("expires_at").Immutable().Comment("One hour after issue."),
		field.Time("used_at").Optional().Nillable().Comment("When the new password was set."),
		field.Time("revoked_at").Optional().Nillable().Comment("When a newer link, a block or a completed reset killed it."),
	}
}

// Indexes of the PasswordReset.
func (PasswordReset) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Fields("account_id"),
	}
}

// Annotations of the PasswordReset.
func (PasswordReset) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A password-reset link (R10)."),
		entgql.Skip(entgql.SkipAll),
	}
}
