package documents_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// R26: the new-document mail goes only when a document becomes visible, only to
// employees who asked for it, only once, and in the same transaction as the change.
func TestNewDocumentMailOnlyWhenVisibleAndOptedIn(t *testing.T) {
	f := testworld.NewPortal(t)

	// Hidden: no mail.
	doc, n := f.AddDoc(f.StaffA1, f.A1, &f.Ann, "Arbeidsovereenkomst", false)
	if n != 0 || len(f.NewDocMails()) != 0 {
		t.Fatalf("a hidden document queued %d mails", n)
	}
	// Becomes visible: one mail to Ann, who asked for it.
	_, n, err := f.Documents.SetDocumentVisibility(f.StaffA1, doc.ID, true)
	if err != nil || n != 1 {
		t.Fatalf("make visible: notified %d, %v", n, err)
	}
	mails := f.NewDocMails()
	ann := mails["ann@prive.example"]
	if len(mails) != 1 || len(ann) != 1 {
		t.Fatalf("mails after making it visible: %v", mails)
	}
	m := ann[0]
	if m.PersonID == nil || *m.PersonID != f.Ann.P.ID || m.EmployerID == nil || *m.EmployerID != f.A1.ID ||
		!strings.Contains(m.TextBody, "Arbeidsovereenkomst") || !strings.Contains(m.TextBody, "Beste Ann") ||
		!strings.Contains(m.TextBody, f.A1.Name) || !strings.Contains(m.TextBody, "https://werkportaal.example.nl/werknemer") ||
		!m.CreatedAt.Equal(f.Clk.Now()) {
		t.Errorf("mail: %+v\n%s", m, m.TextBody)
	}
	// Hidden and visible again: no second mail.
	for _, v := range []bool{false, true} {
		if _, n, err := f.Documents.SetDocumentVisibility(f.StaffA1, doc.ID, v); err != nil || n != 0 {
			t.Fatalf("visibility %v again: notified %d, %v", v, n, err)
		}
	}
	// Setting the same visibility changes nothing.
	if _, n, _ := f.Documents.SetDocumentVisibility(f.StaffA1, doc.ID, true); n != 0 {
		t.Errorf("no-op queued %d mails", n)
	}
	if got := len(f.NewDocMails()["ann@prive.example"]); got != 1 {
		t.Errorf("Ann got %d mails, want 1", got)
	}

	// Bob did not ask for it: a visible document for him sends nothing.
	if _, n := f.AddDoc(f.StaffA1, f.A1, &f.Bob, "Loonbeslag", true); n != 0 {
		t.Errorf("Bob (not opted in) notified %d", n)
	}
	// A document for everyone goes to every opted-in active account: Ann, not Cas
	// (blocked), not Bob (off), not Dirk (no account), not other employers.
	if _, n := f.AddDoc(f.ProviderP1, f.A1, nil, "Personeelshandboek", true); n != 1 {
		t.Errorf("handbook notified %d, want 1 (Ann)", n)
	}
	if got := len(f.NewDocMails()["ann@prive.example"]); got != 2 {
		t.Errorf("Ann got %d mails, want 2", got)
	}
	for _, addr := range []string{"bob@prive.example", "cas@prive.example", "eva@prive.example", "gijs@prive.example"} {
		if len(f.NewDocMails()[addr]) != 0 {
			t.Errorf("%s got a new-document mail", addr)
		}
	}
	// An employer without MijnLoket - Documenten: no mail, even for an opted-in employee.
	if _, n := f.AddDoc(f.StaffA2, f.A2, &f.Eva, "Contract", true); n != 0 {
		t.Errorf("employer without documents notified %d", n)
	}
	// The switch: Bob turns it on and gets the next one.
	if on, err := f.Documents.SetDocumentNotifications(f.Bob.Ctx(), true); err != nil || !on {
		t.Fatalf("Bob switches on: %v %v", on, err)
	}
	if on := testworld.Must[bool](t)(f.Documents.DocumentNotifications(f.Bob.Ctx())); !on {
		t.Error("Bob's switch reads off")
	}
	if _, n := f.AddDoc(f.StaffA1, f.A1, &f.Bob, "Jaargesprek", true); n != 1 {
		t.Errorf("Bob (opted in now) notified %d", n)
	}
	// Only staff decide visibility.
	_, _, err = f.Documents.SetDocumentVisibility(f.Ann.Ctx(), doc.ID, false)
	testworld.WantCode(t, err, apperr.Forbidden)
	_, _, err = f.Documents.SetDocumentVisibility(f.StaffA2, doc.ID, false)
	testworld.WantCode(t, err, apperr.NotFound)
}

// R26: employees see only visible documents about them or for everyone.
func TestDocumentsVisibleToEmployee(t *testing.T) {
	f := testworld.NewPortal(t)
	visible, _ := f.AddDoc(f.StaffA1, f.A1, &f.Ann, "Contract Ann", true)
	hidden, _ := f.AddDoc(f.StaffA1, f.A1, &f.Ann, "Beoordeling Ann", false)
	bobs, _ := f.AddDoc(f.StaffA1, f.A1, &f.Bob, "Contract Bob", true)
	forAll, _ := f.AddDoc(f.StaffA1, f.A1, nil, "Handboek", true)
	other, _ := f.AddDoc(f.ProviderP2, f.B1, nil, "Handboek Bravo", true)

	q := testworld.Must[*ent.DocumentQuery](t)(f.Documents.MyDocuments(f.Ann.Ctx()))
	ids := testworld.Must[[]string](t)(q.IDs(f.Ann.Ctx()))
	if len(ids) != 2 || !contains(ids, visible.ID) || !contains(ids, forAll.ID) {
		t.Errorf("Ann sees %v; want her visible contract and the handbook", ids)
	}
	for _, id := range []string{hidden.ID, bobs.ID, other.ID} {
		if _, err := f.Documents.DocumentDownload(f.Ann.Ctx(), id); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("Ann downloads %s: want NOT_FOUND, got %v", id, err)
		}
	}
	dl := testworld.Must[*payroll.Download](t)(f.Documents.DocumentDownload(f.Ann.Ctx(), visible.ID))
	if !bytes.Equal(dl.Data, testworld.PDFBytes) || dl.ContentType != documents.TypePDF || dl.FileName != "contract-ann.pdf" {
		t.Errorf("download: %s %s %d bytes", dl.FileName, dl.ContentType, len(dl.Data))
	}
	// Staff: all of the person's documents; another employer's staff: none.
	q = testworld.Must[*ent.DocumentQuery](t)(f.Documents.PersonDocuments(f.StaffA1, f.Ann.P.ID))
	if n := testworld.Must[int](t)(q.Count(f.StaffA1)); n != 2 {
		t.Errorf("staff see %d of Ann's documents, want 2", n)
	}
	q = testworld.Must[*ent.DocumentQuery](t)(f.Documents.PersonDocuments(f.StaffA2, f.Ann.P.ID))
	if n := testworld.Must[int](t)(q.Count(f.StaffA2)); n != 0 {
		t.Errorf("A2 staff see %d of Ann's documents", n)
	}
	if _, err := f.Documents.DocumentDownload(f.ProviderP2, visible.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("P2 downloads A1's document: %v", err)
	}
	if _, err := f.Documents.DocumentDownload(f.NoViewA1, visible.ID); err == nil {
		t.Error("staff without VIEW_EMPLOYEES downloaded a document")
	}
	q = testworld.Must[*ent.DocumentQuery](t)(f.Documents.EmployerDocuments(f.StaffA1, f.A1.ID))
	if n := testworld.Must[int](t)(q.Count(f.StaffA1)); n != 1 {
		t.Errorf("employer-wide documents: %d", n)
	}
	if _, err := f.Documents.EmployerDocuments(f.Ann.Ctx(), f.A1.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("employee lists employer documents: %v", err)
	}
}

func TestAddDocumentLimits(t *testing.T) {
	f := testworld.NewPortal(t)
	base := documents.AddDocumentInput{EmployerID: f.A1.ID, PersonID: f.Ann.P.ID, Category: document.CategoryOTHER, Title: "Scan"}
	with := func(data []byte, declared string) documents.AddDocumentInput {
		in := base
		in.Data, in.DeclaredType = data, declared
		return in
	}
	tooBig := append(append([]byte{}, testworld.PDFBytes...), make([]byte, documents.MaxDocumentSize)...)
	for _, tc := range []struct {
		name string
		in   documents.AddDocumentInput
		code apperr.UserCode
	}{
		{"larger than 10 MiB", with(tooBig, "application/pdf"), documents.CodeFileTooLarge},
		{"plain text", with([]byte("hello"), "text/plain"), documents.CodeUnsupportedFileType},
		{"HTML named pdf", with([]byte("<html><script>alert(1)</script>"), "application/pdf"), documents.CodeUnsupportedFileType},
		{"PDF sent as PNG", with(testworld.PDFBytes, "image/png"), documents.CodeUnsupportedFileType},
		{"empty", with(nil, ""), documents.CodeInvalidInput},
	} {
		_, _, err := f.Documents.AddDocument(f.StaffA1, tc.in)
		testworld.WantUserError(t, err, tc.code, "file")
	}
	if n := f.C.Document.Query().CountX(f.Sys); n != 0 {
		t.Fatalf("refused uploads stored %d documents", n)
	}
	exactly := append(append([]byte{}, testworld.PDFBytes...), make([]byte, documents.MaxDocumentSize-len(testworld.PDFBytes))...)
	for _, in := range []documents.AddDocumentInput{with(exactly, "application/pdf"), with(testworld.PNGBytes, "image/png"), with(testworld.JPEGBytes, "")} {
		d, _, err := f.Documents.AddDocument(f.StaffA1, in)
		if err != nil {
			t.Fatalf("accepted upload: %v", err)
		}
		if d.SizeBytes != int64(len(in.Data)) || d.ContentType != documents.SniffType(in.Data) {
			t.Errorf("stored %+v", d)
		}
	}
	// Employees cannot upload (R26); a person of another employer is not found.
	_, _, err := f.Documents.AddDocument(f.Ann.Ctx(), with(testworld.PDFBytes, ""))
	testworld.WantCode(t, err, apperr.Forbidden)
	in := with(testworld.PDFBytes, "")
	in.PersonID = f.Eva.P.ID
	_, _, err = f.Documents.AddDocument(f.StaffA1, in)
	testworld.WantCode(t, err, apperr.NotFound)
	in = with(testworld.PDFBytes, "")
	in.EmployerID = f.B1.ID
	_, _, err = f.Documents.AddDocument(f.ProviderP1, in)
	testworld.WantCode(t, err, apperr.NotFound)
}

func contains(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
