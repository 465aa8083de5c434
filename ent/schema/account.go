package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/server/pid"
)

// Account is the portal login of one person at one employer.
type Account struct{ ent.Schema }

// Mixin of the Account.
func (Account) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Account}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// hasRight renders @hasRight(right: R) on a generated GraphQL field.
func hasRight(right string) entgql.Annotation {
	return entgql.Directives(entgql.NewDirective("hasRight", &ast.Argument{
		Name:  "right",
		Value: &ast.Value{Raw: right, Kind: ast.EnumValue},
	}))
}

// Fields of the Account.
func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("state").Values("NONE", "INVITED", "ACTIVE", "BLOCKED").Default("NONE").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Stored lifecycle state; the status shown (expired, locked) is derived from it with the clock."),
		field.String("username").Optional().Nillable().MaxLen(64).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Username chosen at registration (R4); case-sensitive at sign-in (R13)."),
		field.String("username_key").Optional().Nillable().MaxLen(64).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Lower-cased username: usernames are unique across the portal ignoring case."),
		field.String("password_hash").Optional().Sensitive().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("argon2id PHC string; never shown (R14)."),
		field.String("registered_email").Optional().Nillable().MaxLen(254).
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField), hasRight("VIEW_MIJNLOKET_EMAIL")).
			Comment("E-mail address with which the employee registered the account; visible only with the right VIEW_MIJNLOKET_EMAIL (R17)."),
		field.Time("first_login_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("First successful sign-in; Gebruikersnaam versturen is offered only after it (R9)."),
		field.Time("last_login_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Last successful sign-in."),
		field.Int("failed_attempts").Default(0).NonNegative().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Wrong passwords in a row; three lock the account for an hour (R13)."),
		field.Time("locked_until").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Until when the account is temporarily locked after three wrong passwords (R13)."),
		field.Time("invite_expires_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Expiry of the pending invitation while the account is invited (R2); kept on the account so the status (invited or expired) is known without reading invitations."),
		field.Time("blocked_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("When staff blocked the account (R6)."),
		field.Enum("language").Values("nl", "en").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The language the employee chose in the portal; every mail to the employee goes out in it (R46). Empty until they choose: Dutch."),
		field.Bool("notify_new_documents").Default(false).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Whether the employee wants a mail when a new document becomes visible in the portal (R26); the employee switches it."),
		field.Time("documents_seen_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("When the employee last opened Documenten: the portal home counts the documents that became visible after it as new (R26)."),
	}
}

// Edges of the Account.
func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("person", Person.Type).Ref("account").Field("person_id").
			Unique().Required().Immutable().
			Comment("The person this login belongs to."),
		edge.To("invitations", Invitation.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Invitations issued for this account."),
	}
}

// Indexes of the Account.
func (Account) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("person_id").Unique(),
		index.Fields("username_key").Unique(),
		index.Fields("registered_email"),
		index.Fields("employer_id", "state"),
	}
}

// Annotations of the Account.
func (Account) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The portal login (inlog) of one person at one employer; it covers all the person's employments there (R18)."),
		entgql.Skip(entgql.SkipWhereInput),
	}
}
