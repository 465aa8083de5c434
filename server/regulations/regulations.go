// Package regulations is the Assistent bedrijfsregelingen (R42): staff with
// MANAGE_PAYROLL_DATA mark a PDF of the dossier that is meant for all employees (staff
// handbook, collective agreement, a scheme) as a regulation; its text is read page by
// page, cut into passages and stored with their Dutch stems. An employee with feature
// POLICY_ASSISTANT asks a question and gets the best passages, quoted with document and
// page, only from regulations the employee may see (visible, R26; the RegulationPassage
// privacy policy enforces it too). Nothing is made up: when no passage shares a word
// with the question, the answer says so.
//
// The search is the database's full-text search behind one interface, Index: on
// PostgreSQL a generated tsvector column with the dutch configuration and a GIN index,
// ranked with ts_rank; on SQLite an FTS5 index over the stems of our Go Snowball
// stemmer, ranked with bm25(). The database keeps either index in step with the
// passages. Questions are not stored or logged.
package regulations

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/documentfile"
	"github.com/werkportaal/werkportaal/ent/regulationpassage"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
)

// Service marks regulations and answers questions from them.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
	Limits   *ratelimit.Limiter
	// Index is the full-text search of the store's dialect (NewIndex).
	Index Index
}

// Bounds of a question and an answer.
const (
	MaxQuestion = 300
	// MaxResults is how many passages an answer quotes at most.
	MaxResults = 5
	// MaxPassages bounds the passages of one document; a longer one is refused.
	MaxPassages = 5000
)

// Codes of the expected failures; the question codes are the assistant's (R41).
const (
	CodeQuestionTooLong apperr.UserCode = "QUESTION_TOO_LONG"
	CodeQuestionEmpty   apperr.UserCode = "QUESTION_EMPTY"
	CodeNoText          apperr.UserCode = "NO_TEXT"
)

// ActionDocumentRegulation is the audit action of marking or unmarking a regulation.
const ActionDocumentRegulation audit.Action = "DOCUMENT_REGULATION_CHANGED"

func (s *Service) now() time.Time { return s.Clock.Now().UTC() }

// SetRegulation marks a document as a regulation or unmarks it (R42). Marking reads the
// PDF's text and stores its passages; unmarking removes them. Only a PDF for all
// employees can be a regulation. It returns the document and its number of passages.
func (s *Service) SetRegulation(ctx context.Context, documentID string, on bool) (*ent.Document, int, error) {
	ctx, _, err := payroll.Publisher(ctx)
	if err != nil {
		return nil, 0, err
	}
	var (
		doc *ent.Document
		n   int
	)
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		old, err := c.Document.Query().Where(document.ID(documentID)).Modify(store.ForUpdate).Only(ctx)
		if err != nil {
			return payroll.NotFound(err, "document", documentID)
		}
		if old.Regulation == on {
			doc = old
			n, err = c.RegulationPassage.Query().Where(regulationpassage.DocumentID(old.ID)).Count(ctx)
			return err
		}
		if _, err := c.RegulationPassage.Delete().Where(regulationpassage.DocumentID(old.ID)).Exec(ctx); err != nil {
			return fmt.Errorf("regulations: delete passages: %w", err)
		}
		if on {
			if old.PersonID != nil {
				return apperr.User(payroll.CodeInvalidInput, "only a document for all employees can be a regulation", "documentId")
			}
			if old.ContentType != documents.TypePDF {
				return apperr.User(CodeNoText, "only a PDF has text to search", "documentId")
			}
			f, err := c.DocumentFile.Query().Where(documentfile.DocumentID(old.ID)).Only(ctx)
			if err != nil {
				return fmt.Errorf("regulations: file of document: %w", err)
			}
			ps, err := Passages(f.Data)
			if err != nil || len(ps) == 0 {
				return apperr.User(CodeNoText, "no text could be read from this PDF (a scan or an embedded font)", "documentId")
			}
			if len(ps) > MaxPassages {
				return apperr.User(payroll.CodeInvalidInput, fmt.Sprintf("the document has %d passages; at most %d are indexed", len(ps), MaxPassages), "documentId")
			}
			for chunk := range slices.Chunk(ps, 500) {
				bulk := make([]*ent.RegulationPassageCreate, len(chunk))
				for i, p := range chunk {
					terms := Terms(p.Text)
					bulk[i] = c.RegulationPassage.Create().SetEmployerID(old.EmployerID).SetDocumentID(old.ID).
						SetPage(p.Page).SetPosition(n + i).SetText(p.Text).
						SetTerms(" " + strings.Join(terms, " ") + " ").SetTermCount(len(terms))
				}
				if err := c.RegulationPassage.CreateBulk(bulk...).Exec(ctx); err != nil {
					return fmt.Errorf("regulations: store passages: %w", err)
				}
				n += len(chunk)
			}
		}
		now := s.now()
		if doc, err = c.Document.UpdateOneID(old.ID).SetRegulation(on).SetUpdatedAt(now).Save(ctx); err != nil {
			return fmt.Errorf("regulations: mark document: %w", err)
		}
		e := audit.Event{
			At: now, Action: ActionDocumentRegulation, ProviderID: doc.ProviderID, EmployerID: doc.EmployerID,
			TargetType: "Document", TargetID: doc.ID,
			Details: map[string]string{"regulation": fmt.Sprint(on), "passages": fmt.Sprint(n), "title": doc.Title},
		}
		return audit.Record(ctx, c, e)
	})
	if err != nil {
		return nil, 0, err
	}
	return doc.Unwrap(), n, nil
}

// Answer is what the regulations assistant found.
type Answer struct {
	// Matched is false when no passage of the employee's regulations shares a word with
	// the question; Passages is then empty.
	Matched  bool
	Passages []Hit
}

// Hit is a quoted passage with its source.
type Hit struct {
	DocumentID    string
	DocumentTitle string
	Page          int
	Text          string
	Score         float64
}

// Ask answers the signed-in employee's question with the best passages of the
// regulations they may see (R42). Feature POLICY_ASSISTANT; counted per account by the
// rate limit.
func (s *Service) Ask(ctx context.Context, question string) (*Answer, error) {
	v, err := s.Features.Employee(ctx, feature.PolicyAssistant)
	if err != nil {
		return nil, err
	}
	question = strings.TrimSpace(question)
	if question == "" {
		return nil, apperr.User(CodeQuestionEmpty, "ask a question", "question")
	}
	if utf8.RuneCountInString(question) > MaxQuestion {
		return nil, apperr.User(CodeQuestionTooLong, fmt.Sprintf("a question has at most %d characters", MaxQuestion), "question")
	}
	if err := s.Limits.Regulations(ctx, v.ID); err != nil {
		return nil, err
	}
	none := &Answer{Passages: []Hit{}}
	q := ParseQuery(question)
	if q.Empty() {
		return none, nil
	}
	matches, err := s.Index.Search(ctx, v.EmployerID, q, MaxResults)
	if err != nil || len(matches) == 0 {
		return none, err
	}
	// The passages are read through ent, so the RegulationPassage privacy policy checks
	// the index's scope once more.
	ids := make([]string, len(matches))
	for i, m := range matches {
		ids[i] = m.PassageID
	}
	ps, err := s.Client.RegulationPassage.Query().Where(regulationpassage.IDIn(ids...)).WithDocument().All(ctx)
	if err != nil {
		return nil, fmt.Errorf("regulations: passages: %w", err)
	}
	byID := make(map[string]*ent.RegulationPassage, len(ps))
	for _, p := range ps {
		byID[p.ID] = p
	}
	hits := make([]Hit, 0, len(matches))
	for _, m := range matches {
		p := byID[m.PassageID]
		if p == nil || p.Edges.Document == nil {
			continue
		}
		hits = append(hits, Hit{DocumentID: p.DocumentID, DocumentTitle: p.Edges.Document.Title, Page: p.Page, Text: p.Text, Score: m.Score})
	}
	return &Answer{Matched: len(hits) > 0, Passages: hits}, nil
}
