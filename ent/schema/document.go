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

// MaxDocumentBytes is the largest file a document may hold (10 MiB).
const MaxDocumentBytes = 10 << 20

// Document is a file in the dossier of an employer or one of its persons (R26).
type Document struct{ ent.Schema }

// Mixin of the Document.
func (Document) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.Document}, TimeMixin{}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the Document.
func (Document) Fields() []ent.Field {
	return []ent.Field{
		field.String("person_id").Optional().Nillable().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The person the document is about; empty for a document for all employees (e.g. the staff handbook)."),
		field.Enum("category").Values("CONTRACT", "CORRESPONDENCE", "PAYROLL", "ABSENCE", "POLICY", "OTHER").
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Kind of document: contract, correspondence, payroll, absence, company policy or regulations, other."),
		field.String("title").NotEmpty().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Title shown in the portal, e.g. Arbeidsovereenkomst."),
		field.String("file_name").NotEmpty().MaxLen(200).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("File name offered when the document is downloaded."),
		field.String("content_type").Immutable().NotEmpty().MaxLen(100).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Media type of the file: application/pdf, image/png or image/jpeg, checked against the file's own bytes."),
		field.Int64("size_bytes").Immutable().NonNegative().
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Size of the file in bytes (at most 10 MiB)."),
		field.String("sha256").Immutable().NotEmpty().MaxLen(64).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("SHA-256 of the file, hex."),
		field.Bool("visible_to_employee").Default(false).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Whether employees see the document in the portal; only the employer decides (R26)."),
		field.Time("first_visible_at").Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("When the document first became visible; the new-document mail goes out only then (R26)."),
		field.Bool("regulation").Default(false).
			Annotations(entgql.Skip(entgql.SkipWhereInput)).
			Comment("Whether the employer marked the document as a regulation (staff handbook, collective agreement, scheme) for the regulations assistant (R42); its text is then indexed as passages."),
		field.String("created_by").Immutable().NotEmpty().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("ID of the staff user or integrator who added the document."),
	}
}

// Edges of the Document.
func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("person", Person.Type).Field("person_id").
			Unique().Immutable().
			// Never SET NULL: that would turn a personal document into one for everyone.
			Annotations(entsql.OnDelete(entsql.NoAction)).
			Comment("The person the document is about; null for a document for all employees."),
		edge.To("passages", RegulationPassage.Type).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The indexed passages of a regulation (R42)."),
		edge.To("file", DocumentFile.Type).Unique().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The bytes of the document."),
	}
}

// Indexes of the Document.
func (Document) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "person_id", "created_at"),
		index.Fields("person_id", "visible_to_employee"),
	}
}

// Annotations of the Document.
func (Document) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A document in the dossier of an employer or a person. Employees see it only when the employer marked it visible; employees cannot upload (R26)."),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput),
	}
}

// DocumentFile holds the bytes of one document, apart from the document row so that
// lists of documents never read file contents.
type DocumentFile struct{ ent.Schema }

// Mixin of the DocumentFile.
func (DocumentFile) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.DocumentFile}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the DocumentFile.
func (DocumentFile) Fields() []ent.Field {
	return []ent.Field{
		field.String("document_id").Immutable().NotEmpty().
			Comment("The document these bytes belong to."),
		field.Bytes("data").Immutable().NotEmpty().MaxLen(MaxDocumentBytes).Sensitive().
			Comment("The file's bytes."),
	}
}

// Edges of the DocumentFile.
func (DocumentFile) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("document", Document.Type).Ref("file").Field("document_id").
			Unique().Required().Immutable().
			Comment("The document."),
	}
}

// Annotations of the DocumentFile.
func (DocumentFile) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("The bytes of a document."),
		entgql.Skip(entgql.SkipAll),
	}
}

// RegulationPassage is a passage of a document the employer marked as a regulation
// (R42): the text of part of one page, with its Dutch stems for the search.
type RegulationPassage struct{ ent.Schema }

// Mixin of the RegulationPassage.
func (RegulationPassage) Mixin() []ent.Mixin {
	return []ent.Mixin{IDMixin{Prefix: pid.RegulationPassage}, ProviderKeyMixin{}, EmployerKeyMixin{}}
}

// Fields of the RegulationPassage.
func (RegulationPassage) Fields() []ent.Field {
	return []ent.Field{
		field.String("document_id").Immutable().NotEmpty().
			Comment("The regulation document the passage was read from."),
		field.Int("page").Immutable().Positive().
			Comment("The page of the document the passage is on, from 1."),
		field.Int("position").Immutable().NonNegative().
			Comment("The order of the passage within the document."),
		field.Text("text").Immutable().NotEmpty().
			Comment("The passage as the document says it, quoted in answers."),
		field.Text("terms").Immutable().
			Comment("The passage's Dutch stems by our Snowball stemmer (regulations.Terms), space-separated; SQLite's FTS5 index regulation_passage_fts is built over them, kept in step by triggers (R42)."),
		field.Int("term_count").Immutable().NonNegative().
			Comment("How many terms the passage has. The full-text indexes measure passages themselves; dropping the column would recreate the table on SQLite and with it the FTS triggers, so it stays."),
	}
}

// Edges of the RegulationPassage.
func (RegulationPassage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("document", Document.Type).Ref("passages").Field("document_id").
			Unique().Required().Immutable().
			Comment("The regulation document."),
	}
}

// Indexes of the RegulationPassage.
func (RegulationPassage) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employer_id", "document_id", "position"),
	}
}

// Annotations of the RegulationPassage.
func (RegulationPassage) Annotations() []entschema.Annotation {
	return []entschema.Annotation{
		entschema.Comment("A passage of a regulation document, indexed for the regulations assistant (R42)."),
		entgql.Skip(entgql.SkipAll),
	}
}
