package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The change feed (R45), owned by server/changefeed: what the portal changed that
// payroll must take over, numbered per provider in commit order, read by integrators
// with a cursor and acknowledged per API client. None of these types is exposed
// through entgql: server/changefeed's own types are the GraphQL models.

// ChangeEvent is one change payroll must take over.
type ChangeEvent struct{ ent.Schema }

// Mixin of the ChangeEvent.
func (ChangeEvent) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.ChangeEvent}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the ChangeEvent.
func (ChangeEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int64("seq").Immutable().Positive().
			Comment("Position in the provider's feed: 1, 2, 3… in commit order (the provider's head row is locked while it is taken)."),
		field.String("kind").Immutable().NotEmpty().MaxLen(60).
			Comment("What changed, e.g. PERSON_EMAIL_CHANGED, SICK_REPORTED, LEAVE_ACCEPTED."),
		field.String("employment_id").Optional().Nillable().Immutable().MaxLen(40).
			Comment("The employment the change concerns, when it concerns one."),
		field.String("subject_type").Immutable().Default("").MaxLen(40).
			Comment("Type of the row that changed, e.g. Person, SickReport, LeaveRequest."),
		field.String("subject_id").Immutable().Default("").MaxLen(40).
			Comment("ID of the row that changed."),
		field.JSON("data", map[string]string{}).Immutable().Optional().
			Comment("The new values payroll takes over, by field name."),
		field.Time("occurred_at").Immutable().
			Comment("When the change was made in the portal."),
	}
}

// Indexes of the ChangeEvent.
func (ChangeEvent) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("provider_id", "seq").Unique(),
		index.Fields("employer_id", "seq"),
	}
}

// Annotations of the ChangeEvent.
func (ChangeEvent) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A change made in the portal that payroll takes over (R45), in the provider's feed."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ChangeEvent: written once in the transaction of the change it records,
// by whoever made it within their own tenant (an employee for their own person); read
// by staff and integrators with MANAGE_PAYROLL_DATA within their tenant; never changed.
func (ChangeEvent) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRight(viewer.ManagePayrollData),
			rule.Scoped(rule.ByTenant("")),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyUpdateDelete(), rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.CreateWithinTenant(),
		},
	}
}

// ChangeFeedHead is the last number given out in a provider's feed. Taking the next
// number updates (and so locks) this row until the transaction ends, so numbers are
// committed in the order they are given out and a reader never skips a late commit.
type ChangeFeedHead struct{ ent.Schema }

// Fields of the ChangeFeedHead.
func (ChangeFeedHead) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").Immutable().NotEmpty().MaxLen(40).Comment("The provider (prv_…)."),
		field.Int64("last_seq").Default(0).NonNegative().Comment("The last number given out."),
	}
}

// Annotations of the ChangeFeedHead.
func (ChangeFeedHead) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The last number of a provider's change feed (R45)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ChangeFeedHead: only server/changefeed, as the system, numbers changes.
func (ChangeFeedHead) Policy() ent.Policy { return systemOnlyPolicy() }

// ChangeFeedAck is how far an API client acknowledged the feed.
type ChangeFeedAck struct{ ent.Schema }

// Fields of the ChangeFeedAck.
func (ChangeFeedAck) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").Immutable().NotEmpty().MaxLen(40).Comment("The API client (cli_…)."),
		field.String("provider_id").Immutable().NotEmpty().Comment("The provider of the API client."),
		field.Int64("acknowledged_seq").Default(0).NonNegative().
			Comment("The client has taken over every change up to this number."),
		field.Time("acknowledged_at").Comment("When it last acknowledged."),
	}
}

// Annotations of the ChangeFeedAck.
func (ChangeFeedAck) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("How far an API client acknowledged its provider's change feed (R45)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the ChangeFeedAck: the row of the calling API client, which
// server/changefeed reads and writes as the system under the client's own ID.
func (ChangeFeedAck) Policy() ent.Policy { return systemOnlyPolicy() }
