package publish_test

import (
	"context"
	"errors"
	"testing"

	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// A publisher's tenant scope is a privacy rule, not a system read with a hand check:
// marked as publishing, staff with MANAGE_PAYROLL_DATA but without VIEW_EMPLOYEES read
// the employments of their own tenant and nothing of another, and without the mark
// (any GraphQL read) they read none at all.
func TestPublisherReadsEmploymentsOnlyWithinItsTenant(t *testing.T) {
	f := testworld.NewPortal(t)
	publisherP2 := testworld.ProviderUser(f.P2, "usr_ak_p2", viewer.ManagePayrollData)
	publisherA2 := testworld.EmployerUser(f.A2, "usr_a2", viewer.ManagePayrollData)
	jobs := []string{f.Ann.Job.ID, f.Eva.Job.ID, f.Gijs.Job.ID} // A1 and A2 of P1, B1 of P2
	read := func(ctx context.Context) ([]string, error) {
		return f.C.Employment.Query().Where(employment.IDIn(jobs...)).Order(employment.ByEmployeeNumber()).IDs(ctx)
	}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		want []string
	}{
		{"employer publisher of A1", f.NoViewA1, []string{f.Ann.Job.ID}},
		{"employer publisher of A2", publisherA2, []string{f.Eva.Job.ID}},
		{"provider publisher of P2", publisherP2, []string{f.Gijs.Job.ID}},
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
	noRights := testworld.EmployerUser(f.A1, "usr_a1")
	if got, err := read(viewer.Publishing(noRights)); !errors.Is(err, privacy.Deny) {
		t.Fatalf("publishing mark without the right: %v, %v; want a privacy denial", got, err)
	}

	// Through the service: another tenant's employment answers like an unknown one.
	_, err := f.Publisher.PublishPayslips(publisherP2, []publish.PayslipInput{testworld.Slip(f.Ann, 2026, 10, 300_000)})
	testworld.WantUserError(t, err, publish.CodeEmploymentNotFound, "payslips", "0", "employmentId")
	_, err = f.Publisher.PublishPayslips(publisherA2, []publish.PayslipInput{testworld.Slip(f.Ann, 2026, 10, 300_000)})
	testworld.WantUserError(t, err, publish.CodeEmploymentNotFound, "payslips", "0", "employmentId")
	if res := f.Publish(f.NoViewA1, testworld.Slip(f.Ann, 2026, 10, 300_000)); res.Created != 1 {
		t.Fatalf("publisher without VIEW_EMPLOYEES: created %d, want 1", res.Created)
	}
}
