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
			Annotations(entgql.OrderField("CREATED_AT")).
			Comment("When the mail was queued."),
		field.String("provider_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Provider in whose scope the mail was caused."),
		field.String("employer_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Employer in whose scope the mail was caused."),
		field.String("person_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Person the mail is for."),
		// The GraphQL fields kind (as MailKind) and recipient (masked) are resolvers.
		field.Enum("kind").Values("INVITATION", "ACCESS_BLOCKED", "ACCESS_UNBLOCKED", "USERNAME", "PASSWORD_RESET", "ACCOUNT_LOCKED", "NEW_DOCUMENT", "STAFF_INVITATION", "STAFF_PASSWORD_RESET", "LEAVE_DECIDED", "LEAVE_LAPSED", "SICK_REPORTED", "RECOVERY_REPORTED", "LEAVE_REQUESTS_DIGEST", "LEAVE_EXPIRY_REMINDER", "PREBOARDING_INVITATION", "PREBOARDING_REMINDER", "PREBOARDING_RETURNED", "PREBOARDING_COMPLETED", "IBAN_CHANGED", "TEAM_TASKS_DIGEST", "TASK_ESCALATED", "REQUEST_DECIDED_NOTICE").
			Immutable().Annotations(entgql.Skip(entgql.SkipAll)).Comment("Which mail."),
		field.Enum("locale").Values("nl", "en").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Language the mail was written in."),
		field.String("to_address").Immutable().NotEmpty().MaxLen(254).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Recipient."),
		field.Text("subject").Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Rendered subject."),
		field.Text("text_body").Immutable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Rendered plain-text body; may hold a link token, so it is never exposed outside the dev mailbox."),
		field.Text("html_body").Immutable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Rendered HTML body."),
		field.Enum("status").Values("PENDING", "SENT", "FAILED").Default("PENDING").
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("PENDING until delivered; FAILED when it could not be delivered within the outbox's maximum age, until staff requeue it."),
		field.Int("attempts").Default(0).NonNegative().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Delivery attempts so far, over all requeues."),
		field.Time("next_attempt_at").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Earliest time of the next attempt (backoff)."),
		field.String("last_error").Default("").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Error of the last failed attempt, for the logs and operators: it may name hosts and addresses, so the API shows last_failure and last_smtp_status instead."),
		field.Enum("last_failure").Values("UNREACHABLE", "TLS", "AUTHENTICATION", "TEMPORARY", "REJECTED", "OTHER").
			Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("What kind of failure the last failed attempt was."),
		field.String("last_smtp_status").Default("").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The SMTP reply code of the last failed attempt, with its enhanced status code, e.g. 550 5.1.1; empty when the server gave none."),
		field.Time("sent_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("When the SMTP server accepted it."),
		field.Time("failed_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("When the mail was given up as FAILED; cleared by a requeue."),
		field.Time("requeued_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("When staff last requeued the mail; the maximum age counts from here instead of the creation."),
		field.String("request_id").Immutable().Default("").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Request that caused the mail."),
	}
}

// Indexes of the OutboxMail.
func (OutboxMail) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "next_attempt_at"),
		index.Fields("person_id", "created_at"),
		index.Fields("to_address", "created_at"),
		index.Fields("status", "created_at"),
	}
}

// Annotations of the OutboxMail.
func (OutboxMail) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A mail of the outbox (transactional outbox). Staff see those that could not be delivered (failedMails) and requeue them."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
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
