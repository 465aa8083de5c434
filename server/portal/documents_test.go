package portal_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/portal"
)

// A tiny but real PDF, PNG and JPEG header: the type is recognised by content.
var (
	pdfBytes  = []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	pngBytes  = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	jpegBytes = []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'}
)

func (f *fixture) addDoc(ctx context.Context, e *ent.Employer, m *member, title string, visible bool) (*ent.Document, int) {
	f.t.Helper()
	in := portal.AddDocumentInput{EmployerID: e.ID, Category: document.CategoryCONTRACT, Title: title, FileName: title + ".pdf", Data: pdfBytes, Visible: visible}
	if m != nil {
		in.PersonID = m.p.ID
	}
	d, n, err := f.svc.AddDocument(ctx, in)
	if err != nil {
		f.t.Fatalf("add document %s: %v", title, err)
	}
	return d, n
}

// newDocMails returns the NEW_DOCUMENT mails in the outbox, by address.
func (f *fixture) newDocMails() map[string][]*ent.OutboxMail {
	out := map[string][]*ent.OutboxMail{}
	for _, m := range f.c.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindNEW_DOCUMENT)).AllX(f.sys) {
		out[m.ToAddress] = append(out[m.ToAddress], m)
	}
	return out
}

// R26: the new-document mail goes only when a document becomes visible, only to
// employees who asked for it, only once, and in the same transaction as the change.
func TestNewDocumentMailOnlyWhenVisibleAndOptedIn(t *testing.T) {
	f := newFixture(t)

	// Hidden: no mail.
	doc, n := f.addDoc(f.staffA1, f.A1, &f.ann, "Arbeidsovereenkomst", false)
	if n != 0 || len(f.newDocMails()) != 0 {
		t.Fatalf("a hidden document queued %d mails", n)
	}
	// Becomes visible: one mail to Ann, who asked for it.
	_, n, err := f.svc.SetDocumentVisibility(f.staffA1, doc.ID, true)
	if err != nil || n != 1 {
		t.Fatalf("make visible: notified %d, %v", n, err)
	}
	mails := f.newDocMails()
	ann := mails["ann@prive.example"]
	if len(mails) != 1 || len(ann) != 1 {
		t.Fatalf("mails after making it visible: %v", mails)
	}
	m := ann[0]
	if m.PersonID == nil || *m.PersonID != f.ann.p.ID || m.EmployerID == nil || *m.EmployerID != f.A1.ID ||
		!strings.Contains(m.TextBody, "Arbeidsovereenkomst") || !strings.Contains(m.TextBody, "Beste Ann") ||
		!strings.Contains(m.TextBody, f.A1.Name) || !strings.Contains(m.TextBody, "https://werkportaal.example.nl/werknemer") ||
		!m.CreatedAt.Equal(f.clk.Now()) {
		t.Errorf("mail: %+v\n%s", m, m.TextBody)
	}
	// Hidden and visible again: no second mail.
	for _, v := range []bool{false, true} {
		if _, n, err := f.svc.SetDocumentVisibility(f.staffA1, doc.ID, v); err != nil || n != 0 {
			t.Fatalf("visibility %v again: notified %d, %v", v, n, err)
		}
	}
	// Setting the same visibility changes nothing.
	if _, n, _ := f.svc.SetDocumentVisibility(f.staffA1, doc.ID, true); n != 0 {
		t.Errorf("no-op queued %d mails", n)
	}
	if got := len(f.newDocMails()["ann@prive.example"]); got != 1 {
		t.Errorf("Ann got %d mails, want 1", got)
	}

	// Bob did not ask for it: a visible document for him sends nothing.
	if _, n := f.addDoc(f.staffA1, f.A1, &f.bob, "Loonbeslag", true); n != 0 {
		t.Errorf("Bob (not opted in) notified %d", n)
	}
	// A document for everyone goes to every opted-in active account: Ann, not Cas
	// (blocked), not Bob (off), not Dirk (no account), not other employers.
	if _, n := f.addDoc(f.providerP1, f.A1, nil, "Personeelshandboek", true); n != 1 {
		t.Errorf("handbook notified %d, want 1 (Ann)", n)
	}
	if got := len(f.newDocMails()["ann@prive.example"]); got != 2 {
		t.Errorf("Ann got %d mails, want 2", got)
	}
	for _, addr := range []string{"bob@prive.example", "cas@prive.example", "eva@prive.example", "gijs@prive.example"} {
		if len(f.newDocMails()[addr]) != 0 {
			t.Errorf("%s got a new-document mail", addr)
		}
	}
	// An employer without MijnLoket - Documenten: no mail, even for an opted-in employee.
	if _, n := f.addDoc(f.staffA2, f.A2, &f.eva, "Contract", true); n != 0 {
		t.Errorf("employer without documents notified %d", n)
	}
	// The switch: Bob turns it on and gets the next one.
	if on, err := f.svc.SetDocumentNotifications(f.bob.ctx(), true); err != nil || !on {
		t.Fatalf("Bob switches on: %v %v", on, err)
	}
	if on := must[bool](t)(f.svc.DocumentNotifications(f.bob.ctx())); !on {
		t.Error("Bob's switch reads off")
	}
	if _, n := f.addDoc(f.staffA1, f.A1, &f.bob, "Jaargesprek", true); n != 1 {
		t.Errorf("Bob (opted in now) notified %d", n)
	}
	// Only staff decide visibility.
	_, _, err = f.svc.SetDocumentVisibility(f.ann.ctx(), doc.ID, false)
	wantCode(t, err, apperr.Forbidden)
	_, _, err = f.svc.SetDocumentVisibility(f.staffA2, doc.ID, false)
	wantCode(t, err, apperr.NotFound)
}

// R26: employees see only visible documents about them or for everyone.
func TestDocumentsVisibleToEmployee(t *testing.T) {
	f := newFixture(t)
	visible, _ := f.addDoc(f.staffA1, f.A1, &f.ann, "Contract Ann", true)
	hidden, _ := f.addDoc(f.staffA1, f.A1, &f.ann, "Beoordeling Ann", false)
	bobs, _ := f.addDoc(f.staffA1, f.A1, &f.bob, "Contract Bob", true)
	forAll, _ := f.addDoc(f.staffA1, f.A1, nil, "Handboek", true)
	other, _ := f.addDoc(f.providerP2, f.B1, nil, "Handboek Bravo", true)

	q := must[*ent.DocumentQuery](t)(f.svc.MyDocuments(f.ann.ctx()))
	ids := must[[]string](t)(q.IDs(f.ann.ctx()))
	if len(ids) != 2 || !contains(ids, visible.ID) || !contains(ids, forAll.ID) {
		t.Errorf("Ann sees %v; want her visible contract and the handbook", ids)
	}
	for _, id := range []string{hidden.ID, bobs.ID, other.ID} {
		if _, err := f.svc.DocumentDownload(f.ann.ctx(), id); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("Ann downloads %s: want NOT_FOUND, got %v", id, err)
		}
	}
	dl := must[*portal.Download](t)(f.svc.DocumentDownload(f.ann.ctx(), visible.ID))
	if !bytes.Equal(dl.Data, pdfBytes) || dl.ContentType != portal.TypePDF || dl.FileName != "contract-ann.pdf" {
		t.Errorf("download: %s %s %d bytes", dl.FileName, dl.ContentType, len(dl.Data))
	}
	// Staff: all of the person's documents; another employer's staff: none.
	q = must[*ent.DocumentQuery](t)(f.svc.PersonDocuments(f.staffA1, f.ann.p.ID))
	if n := must[int](t)(q.Count(f.staffA1)); n != 2 {
		t.Errorf("staff see %d of Ann's documents, want 2", n)
	}
	q = must[*ent.DocumentQuery](t)(f.svc.PersonDocuments(f.staffA2, f.ann.p.ID))
	if n := must[int](t)(q.Count(f.staffA2)); n != 0 {
		t.Errorf("A2 staff see %d of Ann's documents", n)
	}
	if _, err := f.svc.DocumentDownload(f.providerP2, visible.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("P2 downloads A1's document: %v", err)
	}
	if _, err := f.svc.DocumentDownload(f.noViewA1, visible.ID); err == nil {
		t.Error("staff without VIEW_EMPLOYEES downloaded a document")
	}
	q = must[*ent.DocumentQuery](t)(f.svc.EmployerDocuments(f.staffA1, f.A1.ID))
	if n := must[int](t)(q.Count(f.staffA1)); n != 1 {
		t.Errorf("employer-wide documents: %d", n)
	}
	if _, err := f.svc.EmployerDocuments(f.ann.ctx(), f.A1.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("employee lists employer documents: %v", err)
	}
}

func TestAddDocumentLimits(t *testing.T) {
	f := newFixture(t)
	base := portal.AddDocumentInput{EmployerID: f.A1.ID, PersonID: f.ann.p.ID, Category: document.CategoryOTHER, Title: "Scan"}
	with := func(data []byte, declared string) portal.AddDocumentInput {
		in := base
		in.Data, in.DeclaredType = data, declared
		return in
	}
	tooBig := append(append([]byte{}, pdfBytes...), make([]byte, portal.MaxDocumentSize)...)
	for _, tc := range []struct {
		name string
		in   portal.AddDocumentInput
		code apperr.UserCode
	}{
		{"larger than 10 MiB", with(tooBig, "application/pdf"), portal.CodeFileTooLarge},
		{"plain text", with([]byte("hello"), "text/plain"), portal.CodeUnsupportedFileType},
		{"HTML named pdf", with([]byte("<html><script>alert(1)</script>"), "application/pdf"), portal.CodeUnsupportedFileType},
		{"PDF sent as PNG", with(pdfBytes, "image/png"), portal.CodeUnsupportedFileType},
		{"empty", with(nil, ""), portal.CodeInvalidInput},
	} {
		_, _, err := f.svc.AddDocument(f.staffA1, tc.in)
		wantUserError(t, err, tc.code, "file")
	}
	if n := f.c.Document.Query().CountX(f.sys); n != 0 {
		t.Fatalf("refused uploads stored %d documents", n)
	}
	exactly := append(append([]byte{}, pdfBytes...), make([]byte, portal.MaxDocumentSize-len(pdfBytes))...)
	for _, in := range []portal.AddDocumentInput{with(exactly, "application/pdf"), with(pngBytes, "image/png"), with(jpegBytes, "")} {
		d, _, err := f.svc.AddDocument(f.staffA1, in)
		if err != nil {
			t.Fatalf("accepted upload: %v", err)
		}
		if d.SizeBytes != int64(len(in.Data)) || d.ContentType != portal.SniffType(in.Data) {
			t.Errorf("stored %+v", d)
		}
	}
	// Employees cannot upload (R26); a person of another employer is not found.
	_, _, err := f.svc.AddDocument(f.ann.ctx(), with(pdfBytes, ""))
	wantCode(t, err, apperr.Forbidden)
	in := with(pdfBytes, "")
	in.PersonID = f.eva.p.ID
	_, _, err = f.svc.AddDocument(f.staffA1, in)
	wantCode(t, err, apperr.NotFound)
	in = with(pdfBytes, "")
	in.EmployerID = f.B1.ID
	_, _, err = f.svc.AddDocument(f.providerP1, in)
	wantCode(t, err, apperr.NotFound)
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
