package portal_test

import (
	"context"
	"errors"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/intercept"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/portal"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// A publisher's tenant scope is a privacy rule, not a system read with a hand check:
// marked as publishing, staff with MANAGE_PAYROLL_DATA but without VIEW_EMPLOYEES read
// the employments of their own tenant and nothing of another, and without the mark
// (any GraphQL read) they read none at all.
func TestPublisherReadsEmploymentsOnlyWithinItsTenant(t *testing.T) {
	f := newFixture(t)
	publisherP2 := provider(f.P2, viewer.ManagePayrollData)
	publisherA2 := staff(f.A2, viewer.ManagePayrollData)
	jobs := []string{f.ann.job.ID, f.eva.job.ID, f.gijs.job.ID} // A1 and A2 of P1, B1 of P2
	read := func(ctx context.Context) ([]string, error) {
		return f.c.Employment.Query().Where(employment.IDIn(jobs...)).Order(employment.ByEmployeeNumber()).IDs(ctx)
	}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		want []string
	}{
		{"employer publisher of A1", f.noViewA1, []string{f.ann.job.ID}},
		{"employer publisher of A2", publisherA2, []string{f.eva.job.ID}},
		{"provider publisher of P2", publisherP2, []string{f.gijs.job.ID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := read(viewer.Publishing(tc.ctx))
			if err != nil || len(got) != len(tc.want) || got[0] != tc.want[0] {
				t.Fatalf("publishing read %v, %v; want %v", got, err, tc.want)
			}
			if got, err := read(tc.ctx); !errors.Is(err, privacy.Deny) {
				t.Fatalf("read without the publishing mark: %v, %v; want a privacy denial", got, err)
			}
		})
	}
	// The mark is no right: without MANAGE_PAYROLL_DATA it opens nothing.
	noRights := staff(f.A1)
	if got, err := read(viewer.Publishing(noRights)); !errors.Is(err, privacy.Deny) {
		t.Fatalf("publishing mark without the right: %v, %v; want a privacy denial", got, err)
	}

	// Through the service: another tenant's employment answers like an unknown one.
	_, err := f.svc.PublishPayslips(publisherP2, []portal.PayslipInput{slip(f.ann, 2026, 10, 300_000)})
	wantUserError(t, err, portal.CodeEmploymentNotFound, "payslips", "0", "employmentId")
	_, err = f.svc.PublishPayslips(publisherA2, []portal.PayslipInput{slip(f.ann, 2026, 10, 300_000)})
	wantUserError(t, err, portal.CodeEmploymentNotFound, "payslips", "0", "employmentId")
	if res := f.publish(f.noViewA1, slip(f.ann, 2026, 10, 300_000)); res.Created != 1 {
		t.Fatalf("publisher without VIEW_EMPLOYEES: created %d, want 1", res.Created)
	}
}

// A document another tenant's publisher names is NOT_FOUND, exactly like an unknown
// one; a database failure while reading it is an error of its own, never NOT_FOUND.
func TestDocumentOfAnotherTenantIsNotFoundButFailuresStayFailures(t *testing.T) {
	f := newFixture(t)
	doc, _ := f.addDoc(f.staffA1, f.A1, &f.ann, "Contract", false)
	_, _, err := f.svc.SetDocumentVisibility(f.providerP2, doc.ID, true)
	wantCode(t, err, apperr.NotFound)
	wantCode(t, f.svc.DeleteDocument(f.staffA2, doc.ID), apperr.NotFound)
	_, _, err = f.svc.AddDocument(f.providerP2, portal.AddDocumentInput{EmployerID: f.B1.ID, PersonID: f.ann.p.ID,
		Category: "CONTRACT", Title: "Elders", Data: pdfBytes})
	wantCode(t, err, apperr.NotFound)

	down := errors.New("database unreachable")
	f.c.Document.Intercept(intercept.TraverseDocument(func(context.Context, *ent.DocumentQuery) error { return down }))
	_, _, err = f.svc.SetDocumentVisibility(f.staffA1, doc.ID, true)
	if !errors.Is(err, down) || apperr.CodeOf(err) == apperr.NotFound {
		t.Fatalf("visibility while the database fails: %v; want the failure, not NOT_FOUND", err)
	}
	if err := f.svc.DeleteDocument(f.staffA1, doc.ID); !errors.Is(err, down) || apperr.CodeOf(err) == apperr.NotFound {
		t.Fatalf("delete while the database fails: %v; want the failure, not NOT_FOUND", err)
	}
}
