package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// Invitation is the personal link of the access mail (toegangsmail, R2).
type Invitation struct{ ent.Schema }

// Mixin of the Invitation.
func (Invitation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Invitation}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the Invitation.
func (Invitation) Fields() []ent.Field {
	return []ent.Field{
		field.String("account_id").Immutable().NotEmpty().Comment("The account the invitation registers."),
		field.String("token_hash").Immutable().NotEmpty().Sensitive().
			Comment("SHA-256 of the 256-bit link token; the token itself is never stored."),
		field.String("email").Immutable().NotEmpty().MaxLen(254).Comment("Address the access mail was sent to."),
		field.Time("expires_at").Immutable().Comment("When the link expires: 96 hours after issue (R2)."),
		field.Enum("state").Values("PENDING", "USED", "REVOKED", "EXPIRED").Default("PENDING").
			Comment("PENDING until used or withdrawn; a pending link past expires_at reads as expired."),
		field.Enum("revoke_reason").Values("WITHDRAWN", "RESENT", "BIRTH_DATE_ATTEMPTS", "BLOCKED").Optional().Nillable().
			Comment("Why the link stopped working."),
		field.Int("birth_date_attempts").Default(0).NonNegative().
			Comment("Wrong birth dates entered; three burn the link (R4)."),
		field.Time("opened_at").Optional().Nillable().
			Comment("When the link was first opened: the invitation page asked about it (the funnel's second step)."),
		field.Time("verified_at").Optional().Nillable().Comment("When the right birth date was entered."),
		field.Time("used_at").Optional().Nillable().Comment("When the registration was completed."),
		field.Time("revoked_at").Optional().Nillable().Comment("When the link was withdrawn or replaced."),
		field.String("created_by").Immutable().NotEmpty().Comment("ID of the staff user or integrator who issued it."),
	}
}

// Edges of the Invitation.
func (Invitation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("person", Person.Type).Ref("invitations").Field("person_id").
			Unique().Required().Immutable(),
		edge.From("account", Account.Type).Ref("invitations").Field("account_id").
			Unique().Required().Immutable(),
	}
}

// Indexes of the Invitation.
func (Invitation) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("token_hash").Unique(),
		index.Fields("account_id", "state"),
		index.Fields("person_id"),
		// The invitation funnel reads an employer's invitations of the last weeks.
		index.Fields("employer_id", "created_at"),
	}
}

// Annotations of the Invitation.
func (Invitation) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A personal invitation link (R2, R3)."),
		entgql.Skip(entgql.SkipAll),
	}
}
