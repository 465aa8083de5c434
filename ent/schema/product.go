package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	entschema "entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/werkportaal/werkportaal/server/pid"
)

// Product is an entry of the product catalogue (R19–R21). The catalogue is loaded by
// a migration; nobody edits it through the API.
type Product struct{ ent.Schema }

// Mixin of the Product.
func (Product) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Product}}
}

// Fields of the Product.
func (Product) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Immutable().NotEmpty().MaxLen(64).
			Comment("Stable code of the product, e.g. MIJNLOKET or MIJNLOKET_LEAVE_REQUESTS."),
		field.String("name_nl").NotEmpty().Comment("Dutch name as staff see it, e.g. MijnLoket - Verlofaanvragen."),
		field.String("name_en").NotEmpty().Comment("English name."),
		field.Enum("kind").Values("PORTAL", "PORTAL_FEATURE", "SUPPORTING").
			Comment("PORTAL is MijnLoket itself; PORTAL_FEATURE a MijnLoket functionality that needs it; SUPPORTING a product some functionalities need (R21)."),
		field.Enum("tier").Values("START", "PLUS", "PRO").Optional().Nillable().
			Comment("The MijnLoket variant a portal feature brings (R20); empty for other products."),
		field.JSON("wants", [][]string{}).Optional().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Supporting products the feature needs: each inner list is satisfied by any one of its codes (R21)."),
		field.Int("sort_order").Default(0).
			Comment("Position in the catalogue."),
	}
}

// Indexes of the Product.
func (Product) Indexes() []ent.Index {
	return []ent.Index{index.Fields("code").Unique()}
}

// Annotations of the Product.
func (Product) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A product of the catalogue that can be activated per employer: MijnLoket, its functionalities, and supporting products."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField),
	}
}

// ProductActivation records that an employer has (or had) a product.
type ProductActivation struct{ ent.Schema }

// Mixin of the ProductActivation.
func (ProductActivation) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.ProductActivation}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the ProductActivation.
func (ProductActivation) Fields() []ent.Field {
	return []ent.Field{
		field.String("product_id").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The product activated."),
		field.Time("activated_at").Immutable().Comment("When the product was activated."),
		field.String("activated_by").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID of who activated it."),
		field.Time("deactivated_at").Optional().Nillable().Comment("When the product was deactivated; empty while active."),
		field.String("deactivated_by").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID of who deactivated it."),
	}
}

// Edges of the ProductActivation.
func (ProductActivation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employer", Employer.Type).Ref("product_activations").Field("employer_id").
			Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The employer."),
		edge.To("product", Product.Type).Field("product_id").
			Unique().Required().Immutable().
			Comment("The product."),
	}
}

// Indexes of the ProductActivation.
func (ProductActivation) Indexes() []ent.Index {
	return []ent.Index{
		// At most one live activation per employer and product.
		index.Fields("employer_id", "product_id").Unique().
			Annotations(entsql.IndexWhere("deactivated_at IS NULL")),
		index.Fields("employer_id", "deactivated_at"),
	}
}

// Annotations of the ProductActivation.
func (ProductActivation) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("An activation of a product for an employer (Beheer → Werkgever → Producten)."),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipOrderField),
	}
}
