package documents_test

import (
	"context"
	"errors"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/intercept"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// A document another tenant's publisher names is NOT_FOUND, exactly like an unknown
// one; a database failure while reading it is an error of its own, never NOT_FOUND.
func TestDocumentOfAnotherTenantIsNotFoundButFailuresStayFailures(t *testing.T) {
	f := testworld.NewPortal(t)
	doc, _ := f.AddDoc(f.StaffA1, f.A1, &f.Ann, "Contract", false)
	_, _, err := f.Documents.SetDocumentVisibility(f.ProviderP2, doc.ID, true)
	testworld.WantCode(t, err, apperr.NotFound)
	testworld.WantCode(t, f.Documents.DeleteDocument(f.StaffA2, doc.ID), apperr.NotFound)
	_, _, err = f.Documents.AddDocument(f.ProviderP2, documents.AddDocumentInput{EmployerID: f.B1.ID, PersonID: f.Ann.P.ID,
		Category: "CONTRACT", Title: "Elders", Data: testworld.PDFBytes})
	testworld.WantCode(t, err, apperr.NotFound)

	down := errors.New("database unreachable")
	f.C.Document.Intercept(intercept.TraverseDocument(func(context.Context, *ent.DocumentQuery) error { return down }))
	_, _, err = f.Documents.SetDocumentVisibility(f.StaffA1, doc.ID, true)
	if !errors.Is(err, down) || apperr.CodeOf(err) == apperr.NotFound {
		t.Fatalf("visibility while the database fails: %v; want the failure, not NOT_FOUND", err)
	}
	if err := f.Documents.DeleteDocument(f.StaffA1, doc.ID); !errors.Is(err, down) || apperr.CodeOf(err) == apperr.NotFound {
		t.Fatalf("delete while the database fails: %v; want the failure, not NOT_FOUND", err)
	}
}
