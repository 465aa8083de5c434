package feature_test

import (
	"context"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
)

func TestFeaturesOf(t *testing.T) {
	start := []feature.Feature{feature.SalaryChart, feature.Payslips, feature.AnnualStatements}
	for _, tc := range []struct {
		codes []string
		want  []feature.Feature
	}{
		{nil, []feature.Feature{}},
		// Functionalities without MijnLoket itself open nothing.
		{[]string{product.CodeDocuments, product.CodeLeaveCard}, []feature.Feature{}},
		{[]string{product.CodeMijnLoket}, start},
		{[]string{product.CodeMijnLoket, product.CodeDocuments}, append(slices.Clone(start), feature.Documents)},
		// Plus: Verlofaanvragen brings leave requests (R30), but no leave card.
		{[]string{product.CodeMijnLoket, product.CodeLeaveRequests}, append(slices.Clone(start), feature.LeaveRequests)},
		// Persoonsgegevens wijzigen shows the data and takes change requests (R37).
		{[]string{product.CodeMijnLoket, product.CodePersonalDataEdit}, append(slices.Clone(start), feature.PersonalData, feature.PersonalDataChanges)},
		{[]string{product.CodeMijnLoket, product.CodePersonalDataView}, append(slices.Clone(start), feature.PersonalData)},
		{[]string{product.CodeMijnLoket, product.CodeAbsenceReporting, product.CodeLeaveCard},
			append(slices.Clone(start), feature.LeaveCard, feature.AbsenceReporting)},
		// Management Self Service brings Mijn team (R35), narrowed to managers by Features.
		{append(slices.Clone(testworld.AllFeatureProducts), product.CodeManagementSelfService), feature.All},
	} {
		if got := feature.Of(tc.codes); !slices.Equal(got, tc.want) {
			t.Errorf("Of(%v) = %v, want %v", tc.codes, got, tc.want)
		}
	}
}

// R20, R22: an employee's query for a feature the employer has not activated answers
// FEATURE_NOT_ACTIVE; Start features come with MijnLoket; staff are not gated.
func TestGatingPerFeature(t *testing.T) {
	f := testworld.NewPortal(t)
	f.Publish(f.ProviderP1, testworld.Slip(f.Ann, 2026, 10, 300_000), testworld.Slip(f.Eva, 2026, 10, 300_000), testworld.Slip(f.Fien, 2026, 10, 300_000))
	year := 2026
	reads := map[feature.Feature]func(ctx context.Context) error{
		feature.Payslips: func(ctx context.Context) error {
			q, err := f.Payroll.MyPayslips(ctx, "")
			if err == nil {
				_, err = q.All(ctx)
			}
			return err
		},
		feature.SalaryChart: func(ctx context.Context) error { _, err := f.Payroll.SalarySeries(ctx, 24, ""); return err },
		feature.AnnualStatements: func(ctx context.Context) error {
			_, err := f.Payroll.MyAnnualStatements(ctx)
			return err
		},
		feature.Documents: func(ctx context.Context) error {
			q, err := f.Documents.MyDocuments(ctx)
			if err == nil {
				_, err = q.All(ctx)
			}
			return err
		},
		feature.LeaveCard:        func(ctx context.Context) error { _, err := f.Payroll.MyLeaveBalances(ctx, &year); return err },
		feature.PersonalData:     func(ctx context.Context) error { _, err := f.Payroll.MyPersonalData(ctx); return err },
		feature.AbsenceReporting: func(ctx context.Context) error { _, err := f.Sick.MySickReports(ctx); return err },
	}
	writes := map[feature.Feature]func(ctx context.Context) error{
		feature.AbsenceReporting: func(ctx context.Context) error {
			_, err := f.Sick.ReportSick(ctx, date.New(2026, 11, 24), nil)
			return err
		},
		feature.Documents: func(ctx context.Context) error { _, err := f.Documents.SetDocumentNotifications(ctx, true); return err },
	}
	for _, tc := range []struct {
		who  string
		m    testworld.Member
		want []feature.Feature
	}{
		// Ann manages no department: Mijn team is for managers (R35).
		{"A1 (everything)", f.Ann, slices.DeleteFunc(slices.Clone(feature.All), func(f feature.Feature) bool { return f == feature.MyTeam })},
		{"A2 (Start)", f.Eva, []feature.Feature{feature.SalaryChart, feature.Payslips, feature.AnnualStatements}},
		{"A3 (no MijnLoket)", f.Fien, []feature.Feature{}},
	} {
		ctx := tc.m.Ctx()
		got := testworld.Must[[]feature.Feature](t)(f.Gate.Features(ctx))
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: features %v, want %v", tc.who, got, tc.want)
		}
		for feat, read := range reads {
			err := read(ctx)
			if slices.Contains(tc.want, feat) {
				if err != nil {
					t.Errorf("%s: %s: %v", tc.who, feat, err)
				}
			} else if apperr.CodeOf(err) != apperr.FeatureNotActive {
				t.Errorf("%s: %s: want FEATURE_NOT_ACTIVE, got %v", tc.who, feat, err)
			}
			// Node-style access by prefix is gated the same way.
			if err := f.Gate.Require(ctx, feat); slices.Contains(tc.want, feat) != (err == nil) {
				t.Errorf("%s: RequireFeature(%s) = %v", tc.who, feat, err)
			}
		}
		for feat, write := range writes {
			if err := write(ctx); !slices.Contains(tc.want, feat) && apperr.CodeOf(err) != apperr.FeatureNotActive {
				t.Errorf("%s: write %s: want FEATURE_NOT_ACTIVE, got %v", tc.who, feat, err)
			}
		}
	}
	// A failed sick report of A3 wrote nothing; A1's went through.
	if n := f.C.SickReport.Query().CountX(f.Sys); n != 1 {
		t.Errorf("%d sick reports, want only A1's", n)
	}
	// Staff see what was published whatever the products: A3 has no MijnLoket.
	q := testworld.Must[*ent.PayslipQuery](t)(f.Payroll.PersonPayslips(f.ProviderP1, f.Fien.P.ID, ""))
	if n := len(testworld.Must[[]*ent.Payslip](t)(q.All(f.ProviderP1))); n != 1 {
		t.Errorf("staff see %d of Fien's payslips, want 1", n)
	}
	// The PDF download is gated too.
	p := f.C.Payslip.Query().Where(payslip.PersonID(f.Fien.P.ID)).OnlyX(f.Sys)
	if _, err := f.Payroll.PayslipPDF(f.Fien.Ctx(), p.ID); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("Fien's payslip PDF: want FEATURE_NOT_ACTIVE, got %v", err)
	}
	// Prefix gating for node(id:).
	for prefix, feat := range map[string]feature.Feature{"lst": feature.Payslips, "jop": feature.AnnualStatements,
		"vlb": feature.LeaveCard, "doc": feature.Documents, "zkm": feature.AbsenceReporting} {
		if got, ok := feature.OfPrefix(prefix); !ok || got != feat {
			t.Errorf("OfPrefix(%s) = %s", prefix, got)
		}
	}
	if _, ok := feature.OfPrefix("per"); ok {
		t.Error("persons are gated")
	}
	// The gate by object ID that node(id:) asks (R22): Fien's employer has no MijnLoket.
	if err := f.Gate.RequireOfObject(f.Fien.Ctx(), p.ID); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("Fien's payslip by ID: want FEATURE_NOT_ACTIVE, got %v", err)
	}
	if err := f.Gate.RequireOfObject(f.Fien.Ctx(), f.Fien.P.ID); err != nil {
		t.Errorf("Fien's person by ID is not gated, got %v", err)
	}
	if err := f.Gate.RequireOfObject(f.ProviderP1, p.ID); err != nil {
		t.Errorf("staff are not gated, got %v", err)
	}
	ap := f.C.Payslip.Query().Where(payslip.PersonID(f.Ann.P.ID)).FirstX(f.Sys)
	if err := f.Gate.RequireOfObject(f.Ann.Ctx(), ap.ID); err != nil {
		t.Errorf("Ann's payslip by ID (every feature): %v", err)
	}
}
