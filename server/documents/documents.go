// Package documents is the employee's dossier (R26): staff and integrators with
// MANAGE_PAYROLL_DATA add documents (a PDF, PNG or JPEG of at most 10 MiB, recognised
// by its bytes) about one person or for all employees of an employer, show them to
// employees or hide them, and delete them; the first time a document becomes visible,
// the employees it concerns who asked for it get the new-document mail, in the same
// transaction. Employees see and download the visible ones with feature DOCUMENTS.
package documents

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path"
	"strings"
	"time"
	"unicode"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/documentfile"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/person"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/ent/regulationpassage"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service is the dossier.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
	// PortalURL is the employee portal's home, the link of the new-document mail.
	PortalURL string
}

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeInvalidInput        apperr.UserCode = payroll.CodeInvalidInput
	CodeFileTooLarge        apperr.UserCode = "FILE_TOO_LARGE"
	CodeUnsupportedFileType apperr.UserCode = "UNSUPPORTED_FILE_TYPE"
)

// MaxDocumentSize is the largest file the dossier takes.
const MaxDocumentSize = 10 << 20 // 10 MiB

// Audit actions of the dossier.
const (
	ActionDocumentAdded             audit.Action = "DOCUMENT_ADDED"
	ActionDocumentVisibilityChanged audit.Action = "DOCUMENT_VISIBILITY_CHANGED"
	ActionDocumentDeleted           audit.Action = "DOCUMENT_DELETED"
	ActionDocumentNotifications     audit.Action = "DOCUMENT_NOTIFICATIONS_CHANGED"
)

// PathDocument is the download path of the documents, relative to the server root. It
// carries only the document's opaque ID; every request is authorised with its bearer
// token, so a URL alone opens nothing.
const PathDocument = "/downloads/documents/"

// DocumentURL is the download path of a document.
func DocumentURL(id string) string { return PathDocument + id }

func (s *Service) now() time.Time { return s.Clock.Now().UTC() }

func userErr(code apperr.UserCode, msg string, field ...string) error {
	return apperr.User(code, msg, field...)
}

// The accepted file types, recognised by their first bytes.
const (
	TypePDF  = "application/pdf"
	TypePNG  = "image/png"
	TypeJPEG = "image/jpeg"
)

// SniffType returns the media type of data when it is a PDF, PNG or JPEG, else "".
// The declared type and the file name are never trusted for this.
func SniffType(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return TypePDF
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return TypePNG
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return TypeJPEG
	}
	return ""
}

var extensions = map[string]string{TypePDF: ".pdf", TypePNG: ".png", TypeJPEG: ".jpg"}

// SafeFileName is safeFileName for the other files stored like documents (a claim's
// receipts, R36).
func SafeFileName(name, fallback, mediaType string) string {
	return safeFileName(name, fallback, mediaType)
}

// safeFileName makes a download name: letters, digits, dot, dash and underscore, no
// path, at most 100 characters, ending in the extension of the media type.
func safeFileName(name, fallback, mediaType string) string {
	name = path.Base(strings.ReplaceAll(strings.TrimSpace(name), "\\", "/"))
	if name == "." || name == "/" || name == "" {
		name = fallback
	}
	ext := extensions[mediaType]
	base := strings.TrimSuffix(name, path.Ext(name))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(base) {
		switch {
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) || r == '_' || r == '.':
			b.WriteRune(r)
			dash = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(foldASCII(r))
			dash = false
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	out := strings.Trim(b.String(), "-.")
	if out == "" {
		out = "document"
	}
	if len(out) > 100 {
		out = out[:100]
	}
	return out + ext
}

// foldASCII maps common accented letters to their base letter (é → e), else '_'.
func foldASCII(r rune) rune {
	const from, to = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync"
	if i := strings.IndexRune(from, r); i >= 0 {
		return []rune(to)[len([]rune(from[:i]))]
	}
	return '_'
}

// The ways a document's file can be sent wrong, before AddDocument sees it: as a
// multipart file or as base64, exactly one of the two.
var (
	ErrFileTwice        = apperr.User(CodeInvalidInput, "send either file or contentBase64, not both", "file")
	ErrNoFile           = apperr.User(CodeInvalidInput, "send the file as file (multipart) or contentBase64", "file")
	ErrBadBase64        = apperr.User(CodeInvalidInput, "contentBase64 is not valid base64", "contentBase64")
	ErrUploadUnreadable = apperr.BadRequestf("the upload could not be read")
)

// AddDocumentInput is a new document.
type AddDocumentInput struct {
	EmployerID string
	PersonID   string // "" for a document for all employees
	Category   document.Category
	Title      string
	FileName   string
	// DeclaredType is the media type the sender gave, if any; it must agree with the bytes.
	DeclaredType string
	Data         []byte
	Visible      bool
}

// AddDocument stores a document in the dossier (R26): a PDF, PNG or JPEG of at most
// 10 MiB. When it is visible at once, the new-document mail goes out in the same
// transaction to the employees who asked for it. It returns the document and how many
// mails were queued.
func (s *Service) AddDocument(ctx context.Context, in AddDocumentInput) (*ent.Document, int, error) {
	ctx, v, err := payroll.Publisher(ctx)
	if err != nil {
		return nil, 0, err
	}
	title, err := payroll.CheckText(in.Title, 200, "the title", "title")
	if err != nil {
		return nil, 0, err
	}
	if err := document.CategoryValidator(in.Category); err != nil {
		return nil, 0, userErr(CodeInvalidInput, "unknown category", "category")
	}
	if len(in.Data) == 0 {
		return nil, 0, userErr(CodeInvalidInput, "the file is empty", "file")
	}
	if len(in.Data) > MaxDocumentSize {
		return nil, 0, userErr(CodeFileTooLarge, fmt.Sprintf("the file has %d bytes; at most %d (10 MiB) are allowed", len(in.Data), MaxDocumentSize), "file")
	}
	mediaType := SniffType(in.Data)
	if mediaType == "" {
		return nil, 0, userErr(CodeUnsupportedFileType, "only PDF, PNG and JPEG files are accepted", "file")
	}
	declared := strings.ToLower(strings.TrimSpace(strings.SplitN(in.DeclaredType, ";", 2)[0]))
	if declared == "image/jpg" {
		declared = TypeJPEG
	}
	if declared != "" && declared != "application/octet-stream" && declared != mediaType {
		return nil, 0, userErr(CodeUnsupportedFileType, fmt.Sprintf("the file was sent as %s but its contents are %s", declared, mediaType), "file")
	}
	emp, err := s.Client.Employer.Query().Where(employer.ID(in.EmployerID)).Only(ctx)
	if err != nil {
		return nil, 0, payroll.NotFound(err, "employer", in.EmployerID)
	}
	var per *ent.Person
	if in.PersonID != "" {
		// The privacy policy lets the publisher read the person within its tenant; a
		// person of another of its employers is as unknown as one of another tenant.
		per, err = s.Client.Person.Query().Where(person.ID(in.PersonID), person.EmployerID(emp.ID)).Only(ctx)
		if err != nil {
			return nil, 0, payroll.NotFound(err, "person", in.PersonID)
		}
	}
	sum := sha256.Sum256(in.Data)
	var (
		doc      *ent.Document
		notified int
	)
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		now := s.now()
		dc := c.Document.Create().
			SetEmployerID(emp.ID).
			SetCategory(in.Category).SetTitle(title).
			SetFileName(safeFileName(in.FileName, title, mediaType)).
			SetContentType(mediaType).SetSizeBytes(int64(len(in.Data))).SetSha256(hex.EncodeToString(sum[:])).
			SetVisibleToEmployee(in.Visible).SetCreatedBy(v.ID).
			SetCreatedAt(now).SetUpdatedAt(now)
		if per != nil {
			dc.SetPersonID(per.ID)
		}
		if in.Visible {
			dc.SetFirstVisibleAt(now)
		}
		if doc, err = dc.Save(ctx); err != nil {
			return fmt.Errorf("documents: add document: %w", err)
		}
		if err := c.DocumentFile.Create().
			SetDocumentID(doc.ID).SetData(in.Data).Exec(ctx); err != nil {
			return fmt.Errorf("documents: store document file: %w", err)
		}
		if in.Visible {
			if notified, err = s.notifyNewDocument(ctx, c, doc, emp); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, docEvent(ActionDocumentAdded, doc, now, map[string]string{
			"title": title, "visible": fmt.Sprint(in.Visible), "bytes": fmt.Sprint(len(in.Data)), "notified": fmt.Sprint(notified),
		}))
	})
	if err != nil {
		return nil, 0, err
	}
	return doc.Unwrap(), notified, nil
}

func docEvent(a audit.Action, doc *ent.Document, at time.Time, details map[string]string) audit.Event {
	e := audit.Event{
		At: at, Action: a, ProviderID: doc.ProviderID, EmployerID: doc.EmployerID,
		TargetType: "Document", TargetID: doc.ID, Details: details,
	}
	if doc.PersonID != nil {
		e.PersonID = *doc.PersonID
	}
	return e
}

// SetDocumentVisibility shows a document to employees or hides it again (R26). The
// first time it becomes visible, the employees it concerns who asked for it get the
// new-document mail, in the same transaction; hiding and showing it again sends none.
func (s *Service) SetDocumentVisibility(ctx context.Context, documentID string, visible bool) (*ent.Document, int, error) {
	ctx, _, err := payroll.Publisher(ctx)
	if err != nil {
		return nil, 0, err
	}
	var (
		doc      *ent.Document
		notified int
	)
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		old, err := c.Document.Query().Where(document.ID(documentID)).Modify(store.ForUpdate).Only(ctx)
		if err != nil {
			return payroll.NotFound(err, "document", documentID)
		}
		if old.VisibleToEmployee == visible {
			doc = old
			return nil
		}
		now := s.now()
		first := visible && old.FirstVisibleAt == nil
		upd := c.Document.UpdateOneID(old.ID).SetVisibleToEmployee(visible).SetUpdatedAt(now)
		if first {
			upd.SetFirstVisibleAt(now)
		}
		if doc, err = upd.Save(ctx); err != nil {
			return fmt.Errorf("documents: document visibility: %w", err)
		}
		if first {
			emp, err := c.Employer.Get(ctx, doc.EmployerID)
			if err != nil {
				return err
			}
			if notified, err = s.notifyNewDocument(ctx, c, doc, emp); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, docEvent(ActionDocumentVisibilityChanged, doc, now,
			map[string]string{"visible": fmt.Sprint(visible), "notified": fmt.Sprint(notified)}))
	})
	if err != nil {
		return nil, 0, err
	}
	return doc.Unwrap(), notified, nil
}

// DeleteDocument removes a document and its file from the dossier, e.g. one added to
// the wrong person: employees can no longer see or download it. The audit event keeps
// its title and file name, so the trail still says what was removed.
func (s *Service) DeleteDocument(ctx context.Context, documentID string) error {
	ctx, _, err := payroll.Publisher(ctx)
	if err != nil {
		return err
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		doc, err := c.Document.Query().Where(document.ID(documentID)).Modify(store.ForUpdate).Only(ctx)
		if err != nil {
			return payroll.NotFound(err, "document", documentID)
		}
		if _, err := c.RegulationPassage.Delete().Where(regulationpassage.DocumentID(doc.ID)).Exec(ctx); err != nil {
			return fmt.Errorf("documents: delete regulation passages: %w", err)
		}
		if _, err := c.DocumentFile.Delete().Where(documentfile.DocumentID(doc.ID)).Exec(ctx); err != nil {
			return fmt.Errorf("documents: delete document file: %w", err)
		}
		if err := c.Document.DeleteOneID(doc.ID).Exec(ctx); err != nil {
			return fmt.Errorf("documents: delete document: %w", err)
		}
		return audit.Record(ctx, c, docEvent(ActionDocumentDeleted, doc, s.now(), map[string]string{
			"title": doc.Title, "fileName": doc.FileName, "category": string(doc.Category),
			"wasVisible": fmt.Sprint(doc.VisibleToEmployee),
		}))
	})
}

// notifyNewDocument queues the NEW_DOCUMENT mail (R26) to every employee the document
// concerns (its person, or every employee of the employer) whose account is active and
// who switched the mail on, provided the employer's portal shows documents at all (R22).
func (s *Service) notifyNewDocument(ctx context.Context, c *ent.Client, doc *ent.Document, emp *ent.Employer) (int, error) {
	// As the system: the mail goes to employees' accounts and registered addresses,
	// which the publisher need not be allowed to read (VIEW_EMPLOYEES, R17); no rule
	// should widen those reads for it, and the recipients come from the document's own
	// employer and person, which the publisher's context already checked.
	sys := viewer.System(ctx)
	n, err := c.ProductActivation.Query().
		Where(productactivation.EmployerID(doc.EmployerID), productactivation.DeactivatedAtIsNil(),
			productactivation.HasProductWith(entproduct.CodeIn(product.CodeMijnLoket, product.CodeDocuments))).
		Count(sys)
	if err != nil {
		return 0, fmt.Errorf("documents: documents active: %w", err)
	}
	if n < 2 {
		return 0, nil
	}
	q := c.Account.Query().Where(account.EmployerID(doc.EmployerID), account.StateEQ(account.StateACTIVE), account.NotifyNewDocuments(true)).
		WithPerson()
	if doc.PersonID != nil {
		q.Where(account.PersonID(*doc.PersonID))
	}
	accs, err := q.All(sys)
	if err != nil {
		return 0, fmt.Errorf("documents: accounts to notify: %w", err)
	}
	msgs := make([]mail.Message, 0, len(accs))
	for _, a := range accs {
		p := a.Edges.Person
		to := ""
		if a.RegisteredEmail != nil {
			to = *a.RegisteredEmail
		}
		if to == "" && p.Email != nil {
			to = *p.Email
		}
		if _, err := mail.CheckAddress(to); err != nil {
			continue // no usable address: the document is there all the same
		}
		msgs = append(msgs, mail.Message{
			Kind: mail.NewDocument, To: to,
			ProviderID: doc.ProviderID, EmployerID: doc.EmployerID, PersonID: p.ID,
			Vars: map[string]string{
				"FirstName": p.FirstName, "EmployerName": emp.Name,
				"DocumentTitle": doc.Title, "PortalURL": s.PortalURL,
			},
		})
	}
	now := s.now()
	for i := range msgs {
		msgs[i].QueuedAt = now
	}
	if err := mail.EnqueueMany(ctx, c, msgs); err != nil {
		return 0, err
	}
	return len(msgs), nil
}

// MyDocuments returns the documents the signed-in employee sees: visible ones about
// them and visible ones for all employees (the Document policy decides visibility).
// Feature DOCUMENTS.
func (s *Service) MyDocuments(ctx context.Context) (*ent.DocumentQuery, error) {
	v, err := s.Features.Employee(ctx, feature.Documents)
	if err != nil {
		return nil, err
	}
	return s.Client.Document.Query().Where(document.Or(document.PersonID(v.PersonID), document.PersonIDIsNil())), nil
}

// PersonDocuments returns the documents about a person; an employee sees only visible
// ones (feature DOCUMENTS), staff all.
func (s *Service) PersonDocuments(ctx context.Context, personID string) (*ent.DocumentQuery, error) {
	if err := s.Features.Require(ctx, feature.Documents); err != nil {
		return nil, err
	}
	return s.Client.Document.Query().Where(document.PersonID(personID)), nil
}

// EmployerDocuments returns the documents for all employees of an employer, for staff.
func (s *Service) EmployerDocuments(ctx context.Context, employerID string) (*ent.DocumentQuery, error) {
	if _, err := viewer.RequireStaff(ctx); err != nil {
		return nil, err
	}
	return s.Client.Document.Query().Where(document.EmployerID(employerID), document.PersonIDIsNil()), nil
}

// DocumentNotifications tells whether the signed-in employee gets the new-document
// mail. Feature DOCUMENTS.
func (s *Service) DocumentNotifications(ctx context.Context) (bool, error) {
	v, err := s.Features.Employee(ctx, feature.Documents)
	if err != nil {
		return false, err
	}
	a, err := s.Client.Account.Get(ctx, v.ID)
	if err != nil {
		return false, err
	}
	return a.NotifyNewDocuments, nil
}

// SetDocumentNotifications switches the new-document mail of the signed-in employee
// (R26). Feature DOCUMENTS.
func (s *Service) SetDocumentNotifications(ctx context.Context, enabled bool) (bool, error) {
	v, err := s.Features.Employee(ctx, feature.Documents)
	if err != nil {
		return false, err
	}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		a, err := c.Account.Get(ctx, v.ID)
		if err != nil {
			return err
		}
		if a.NotifyNewDocuments == enabled {
			return nil
		}
		if err := c.Account.UpdateOne(a).SetNotifyNewDocuments(enabled).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{
			At: s.now(), Action: ActionDocumentNotifications,
			ProviderID: v.ProviderID, EmployerID: v.EmployerID, PersonID: v.PersonID,
			TargetType: "Account", TargetID: a.ID, Details: map[string]string{"enabled": fmt.Sprint(enabled)},
		})
	})
	if err != nil {
		return false, err
	}
	return enabled, nil
}

// documentFile reads the bytes of a document the caller was allowed to see; the
// DocumentFile policy lets the caller read exactly the files of those documents.
func (s *Service) documentFile(ctx context.Context, doc *ent.Document) ([]byte, error) {
	f, err := s.Client.DocumentFile.Query().Where(documentfile.DocumentID(doc.ID)).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("documents: file of document %s: %w", doc.ID, err)
	}
	return f.Data, nil
}

// DocumentDownload returns the file of document id as the caller may see it: an
// employee only visible documents about them or for everyone, with feature DOCUMENTS.
func (s *Service) DocumentDownload(ctx context.Context, id string) (*payroll.Download, error) {
	if err := s.Features.Require(ctx, feature.Documents); err != nil {
		return nil, err
	}
	doc, err := s.Client.Document.Query().Where(document.ID(id)).Only(ctx)
	if err != nil {
		return nil, payroll.NotFound(err, "document", id)
	}
	data, err := s.documentFile(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &payroll.Download{FileName: doc.FileName, ContentType: doc.ContentType, Data: data}, nil
}
