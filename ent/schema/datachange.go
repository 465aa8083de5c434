package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
)

// Personal-data changes (R37), owned by server/datachange: which fields an employee may
// ask to change, and the requests, which run on the workflow's routes (R34). None is
// exposed through entgql: GraphQL shows server/datachange's own types.

var dataFields = []string{"ADDRESS", "PHONE", "PRIVATE_EMAIL", "IBAN", "EMERGENCY_CONTACT"}

// DataFieldSetting is what an employer set for one personal-data field (R37); a field
// without a row is requestable, the default of R37.
type DataFieldSetting struct{ ent.Schema }

// Mixin of the DataFieldSetting.
func (DataFieldSetting) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.DataFieldSetting}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the DataFieldSetting.
func (DataFieldSetting) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("field").Values(dataFields...).Immutable().
			Comment("The field; name, birth date and BSN are never requestable and have no setting."),
		field.Enum("mode").Values("HIDDEN", "VIEW", "REQUEST").
			Comment("Hidden from the employee, shown only, or shown with Wijziging aanvragen."),
		field.String("updated_by").
			Comment("ID of the staff user who last set it."),
	}
}

// Indexes of the DataFieldSetting.
func (DataFieldSetting) Indexes() []ent.Index {
	return []ent.Index{index.Fields("employer_id", "field").Unique()}
}

// Annotations of the DataFieldSetting.
func (DataFieldSetting) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An employer's setting of one personal-data field (R37)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the DataFieldSetting: every principal of the employer reads it (the
// employee's page depends on it); staff with MANAGE_HR_SETTINGS change it.
func (DataFieldSetting) Policy() ent.Policy { return hrSettingsPolicy() }

// DataChange is an employee's request to change one personal-data field (R37): the old
// and the new values side by side, the date it takes effect, and whether it was applied.
type DataChange struct{ ent.Schema }

// Mixin of the DataChange.
func (DataChange) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.DataChange}, TimeMixin{}, ProviderKeyMixin{}, PersonKeyMixin{}}
}

// Fields of the DataChange.
func (DataChange) Fields() []ent.Field {
	return []ent.Field{
		field.String("employment_id").Immutable().NotEmpty().
			Comment("The employment the request runs on (its route, R34)."),
		field.Enum("field").Values(dataFields...).Immutable().
			Comment("The field to change."),
		field.JSON("old_value", map[string]string{}).Immutable().
			Comment("The values when the request was made, by part (street, postalCode, city, phone, email, iban, name)."),
		field.JSON("new_value", map[string]string{}).Immutable().
			Comment("The values asked for, by part."),
		field.Other("effective_date", date.Date{}).SchemaType(dateSchemaType).Optional().Nillable().Immutable().
			Comment("The day the change takes effect; none means as soon as it is approved."),
		field.Enum("status").Values("SUBMITTED", "APPROVED", "REJECTED", "WITHDRAWN", "APPLIED").Default("SUBMITTED").
			Comment("submitted → approved → applied (on its date) | rejected | withdrawn (while submitted)."),
		field.String("submitted_by").Immutable().
			Comment("ID of the account that submitted it."),
		field.String("decided_by").Optional().Nillable().
			Comment("ID of who took the final decision."),
		field.String("decided_by_name").Default("").
			Comment("Name of who took the final decision, as shown in the history."),
		field.Time("decided_at").Optional().Nillable().
			Comment("When it was approved or rejected."),
		field.String("comment").Default("").MaxLen(500).
			Comment("The handler's comment or reason."),
		field.Time("applied_at").Optional().Nillable().
			Comment("When the change was applied to the person (R37)."),
	}
}

// Indexes of the DataChange.
func (DataChange) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("person_id", "created_at"),
		index.Fields("employer_id", "status", "created_at"),
		index.Fields("status", "effective_date"),
	}
}

// Annotations of the DataChange.
func (DataChange) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A request to change one personal-data field (R37)."),
		entgql.Skip(entgql.SkipAll),
	}
}

// Policy of the DataChange: an employee reads their own; staff of the tenant read them
// (server/datachange asks HANDLE_REQUESTS or VIEW_EMPLOYEES); everything is written by
// server/datachange as the system, in the transaction that also writes the route and
// the audit.
func (DataChange) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"))
}
