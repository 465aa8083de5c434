package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// User is a staff user: an ak-gebruiker (provider scope) or a werkgevergebruiker
// (employer scope).
type User struct{ ent.Schema }

// Mixin of the User.
func (User) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.User}, TimeMixin{}, ProviderKeyMixin{}}
}

// Fields of the User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("employer_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Set for an employer user; empty for a provider user, who works on every employer of the provider."),
		field.String("username").NotEmpty().MaxLen(64).Comment("Sign-in name."),
		field.String("username_key").NotEmpty().MaxLen(64).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Lower-cased username, unique."),
		field.String("display_name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("DISPLAY_NAME")).
			Comment("Name shown in the UI and the audit trail."),
		field.String("email").Default("").MaxLen(254).Comment("Work e-mail address."),
		field.String("password_hash").Sensitive().
			Comment("argon2id PHC string; empty until the invited user chose a password (R43)."),
		field.Strings("rights").Default([]string{}).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Rights granted to the user (DOMAIN.md, Rights)."),
		field.Enum("state").Values("ACTIVE", "BLOCKED").Default("ACTIVE").
			Annotations(entgql.Type("StaffUserState")).
			Comment("A blocked user cannot sign in; live sessions end at once."),
		field.Int("failed_attempts").Default(0).NonNegative().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Wrong passwords (and second-factor codes) in a row."),
		field.Time("locked_until").Optional().Nillable().Comment("Temporary lock after repeated wrong passwords."),
		field.Time("last_login_at").Optional().Nillable().Comment("Last successful sign-in."),
		field.String("created_by").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The staff user or integrator who created the user (R43); empty for the demo and older rows."),
		field.String("totp_secret").Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Base32 TOTP secret (RFC 6238) of the confirmed second factor, sealed with the server key; never returned after enrolment."),
		field.String("totp_pending_secret").Optional().Nillable().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Secret shown during enrolment, sealed; becomes totp_secret when a first code confirms it."),
		field.Time("totp_enrolled_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("When the second factor was confirmed; empty: not enrolled."),
		field.Int64("totp_last_step").Default(0).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The last TOTP time step accepted: a code of that step or an earlier one is a replay (R43)."),
		field.Enum("language").Values("nl", "en").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The language the user chose in the staff pages; mails to the user go out in it (R46). Empty: Dutch."),
		field.Strings("recovery_code_hashes").Optional().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("HMAC-SHA-256 (key derived from the client-secret pepper) of the unused recovery codes; a code is removed when used."),
	}
}

// Indexes of the User.
func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("username_key").Unique()}
}

// Annotations of the User.
func (User) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A staff user of a provider or an employer."),
		entgql.Type("StaffUser"),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// StaffLink is a staff user's personal link: the invitation to choose a password (R43,
// link rules as R2–R3: 96 hours, single use, a new one kills the old) or a Wachtwoord
// vergeten link (R10 for staff: one hour, single use).
type StaffLink struct{ ent.Schema }

// Mixin of the StaffLink.
func (StaffLink) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.StaffLink}}
}

// Fields of the StaffLink.
func (StaffLink) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Immutable().Comment("When the link was issued."),
		field.String("provider_id").Immutable().NotEmpty().Comment("Provider of the user."),
		field.String("user_id").Immutable().NotEmpty().Comment("The staff user the link is for."),
		field.Enum("kind").Values("INVITATION", "PASSWORD_RESET").Immutable().Comment("What the link does."),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().Comment("SHA-256 of the 256-bit link token."),
		field.Time("expires_at").Immutable().Comment("96 hours (invitation) or one hour (reset) after issue."),
		field.Time("used_at").Optional().Nillable().Comment("When the password was chosen through it."),
		field.Time("revoked_at").Optional().Nillable().Comment("When a newer link, a block or a reset of the user killed it."),
	}
}

// Indexes of the StaffLink.
func (StaffLink) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Fields("user_id"),
	}
}

// Annotations of the StaffLink.
func (StaffLink) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A staff user's invitation or password-reset link (R43, R10)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// APIClient is an integrator's credential: software of a provider or employer that
// uses the GraphQL API with its own scope and rights.
type APIClient struct{ ent.Schema }

// Mixin of the APIClient.
func (APIClient) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.APIClient}, TimeMixin{}, ProviderKeyMixin{}}
}

// Fields of the APIClient.
func (APIClient) Fields() []ent.Field {
	return []ent.Field{
		field.String("employer_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Set for an employer's integration; empty for a provider-wide one."),
		field.String("name").NotEmpty().MaxLen(200).
			Annotations(entgql.OrderField("NAME")).
			Comment("Name of the integration."),
		field.String("secret_hash").Sensitive().
			Comment("HMAC-SHA-256 of the client secret under the server's pepper (older ones: argon2id PHC string)."),
		field.String("previous_secret_hash").Optional().Nillable().Sensitive().
			Comment("The secret before the last rotation, which keeps working until previous_secret_expires_at (R44)."),
		field.Time("previous_secret_expires_at").Optional().Nillable().
			Comment("Until when the secret before the last rotation still works: a day after the rotation (R44)."),
		field.Strings("rights").Default([]string{}).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Rights of the client."),
		field.Time("disabled_at").Optional().Nillable().Comment("When the client was disabled; its tokens stop working at once (R44)."),
		field.Time("last_used_at").Optional().Nillable().Comment("When the client last got a token."),
	}
}

// Annotations of the APIClient.
func (APIClient) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An integrator's API credential (client-credentials grant), managed by staff with MANAGE_USERS (R44)."),
		entgql.Type("ApiClient"),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}

// Session is a server-side sign-in. Access tokens name their session, and every request
// checks that it is still live, so revoking it or blocking its owner bites at once.
type Session struct{ ent.Schema }

// Mixin of the Session.
func (Session) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Session}}
}

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("STAFF_USER", "API_CLIENT", "EMPLOYEE").Immutable().Comment("Kind of principal."),
		field.String("subject_id").Immutable().NotEmpty().Comment("User, API client or account ID."),
		field.String("provider_id").Immutable().NotEmpty().Comment("Provider of the subject."),
		field.String("employer_id").Optional().Nillable().Immutable().Comment("Employer of the subject, if employer-scoped."),
		field.String("refresh_hash").Optional().Nillable().Sensitive().Comment("SHA-256 of the current refresh token."),
		field.String("previous_refresh_hash").Optional().Nillable().Sensitive().
			Comment("SHA-256 of the refresh token before the last rotation; presented again later, it ends the session (reuse detection)."),
		field.Time("created_at").Immutable().Comment("When the session started."),
		field.Time("expires_at").Comment("Absolute end of the session."),
		field.Time("refreshed_at").Optional().Nillable().Comment("When the refresh token was last rotated."),
		field.Time("revoked_at").Optional().Nillable().Comment("When the session was ended."),
		field.String("revoke_reason").Optional().Nillable().Comment("Why it was ended: LOGOUT, BLOCKED, PASSWORD_RESET, …"),
		field.String("user_agent").Default("").MaxLen(300).Comment("Client that started the session."),
		field.String("ip").Default("").MaxLen(64).Comment("Address that started the session."),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("refresh_hash").Unique(),
		index.Fields("previous_refresh_hash"),
		index.Fields("subject_id", "revoked_at"),
	}
}

// Annotations of the Session.
func (Session) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A server-side session."),
		entgql.Skip(entgql.SkipAll),
	}
}
