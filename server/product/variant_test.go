package product_test

import (
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// p builds a catalogue entry for the pure tests.
func p(code string, kind entproduct.Kind, tier entproduct.Tier, order int, wants ...[]string) *ent.Product {
	pr := &ent.Product{Code: code, NameEn: code, Kind: kind, SortOrder: order, Wants: wants}
	if tier != "" {
		pr.Tier = &tier
	}
	return pr
}

var (
	pMijnLoket   = p(product.CodeMijnLoket, entproduct.KindPORTAL, "", 10)
	pLeaveCard   = p(product.CodeLeaveCard, entproduct.KindPORTAL_FEATURE, entproduct.TierSTART, 30, []string{product.CodeLeaveRegistration})
	pDocuments   = p(product.CodeDocuments, entproduct.KindPORTAL_FEATURE, entproduct.TierSTART, 20, []string{product.CodeQwoaterLite, product.CodeQwoaterExtended})
	pLeaveReq    = p(product.CodeLeaveRequests, entproduct.KindPORTAL_FEATURE, entproduct.TierPLUS, 90, []string{product.CodeLeaveRegistration}, []string{product.CodeLeavePolicy})
	pPreboarding = p(product.CodePreboardingFeature, entproduct.KindPORTAL_FEATURE, entproduct.TierPRO, 130, []string{product.CodePreboarding})
	pMSS         = p(product.CodeManagementSelfService, entproduct.KindPORTAL_FEATURE, entproduct.TierPRO, 150)
	pWorkflow    = p(product.CodeWorkflowEditor, entproduct.KindSUPPORTING, "", 160)
	pQwLite      = p(product.CodeQwoaterLite, entproduct.KindSUPPORTING, "", 170)
	pQwExt       = p(product.CodeQwoaterExtended, entproduct.KindSUPPORTING, "", 180)
	pLeaveReg    = p(product.CodeLeaveRegistration, entproduct.KindSUPPORTING, "", 200)
	pLeavePol    = p(product.CodeLeavePolicy, entproduct.KindSUPPORTING, "", 210)
	// A supporting product that (wrongly) carried a tier must not move the variant.
	pOddSupport = p("ODD_SUPPORT", entproduct.KindSUPPORTING, entproduct.TierPRO, 220)
)

func TestVariantOf(t *testing.T) {
	tests := []struct {
		name   string
		active []*ent.Product
		want   product.Variant
	}{
		{"nothing active", nil, product.VariantNone},
		{"features without MijnLoket", []*ent.Product{pLeaveReq, pPreboarding}, product.VariantNone},
		{"supporting only", []*ent.Product{pWorkflow, pLeaveReg}, product.VariantNone},
		{"MijnLoket alone", []*ent.Product{pMijnLoket}, product.VariantStart},
		{"Start features stay Start", []*ent.Product{pMijnLoket, pLeaveCard, pDocuments}, product.VariantStart},
		{"R20: Verlofaanvragen makes Plus", []*ent.Product{pMijnLoket, pLeaveReq}, product.VariantPlus},
		{"R20: then Preboarding makes Pro", []*ent.Product{pMijnLoket, pLeaveReq, pPreboarding}, product.VariantPro},
		{"order does not matter", []*ent.Product{pMSS, pLeaveReq, pMijnLoket}, product.VariantPro},
		{"supporting tier is ignored", []*ent.Product{pMijnLoket, pOddSupport}, product.VariantStart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := product.VariantOf(tt.active); got != tt.want {
				t.Fatalf("VariantOf = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestAdvisoriesPure(t *testing.T) {
	catalogue := []*ent.Product{pMijnLoket, pDocuments, pLeaveCard, pLeaveReq, pPreboarding, pWorkflow, pQwLite, pQwExt, pLeaveReg, pLeavePol}
	tests := []struct {
		name   string
		active []*ent.Product
		want   []string
	}{
		{"nothing active", nil, []string{}},
		{"MijnLoket wants nothing", []*ent.Product{pMijnLoket}, []string{}},
		{
			"both groups of Verlofaanvragen, in catalogue order whatever the input order",
			[]*ent.Product{pLeaveReq, pDocuments, pMijnLoket},
			[]string{"MIJNLOKET_DOCUMENTS: QWOATER_LITE|QWOATER_EXTENDED", "MIJNLOKET_LEAVE_REQUESTS: LEAVE_REGISTRATION", "MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY"},
		},
		{
			"one support satisfies every product that wants it",
			[]*ent.Product{pMijnLoket, pLeaveCard, pLeaveReq, pLeaveReg},
			[]string{"MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY"},
		},
		{"any one of a group satisfies it", []*ent.Product{pMijnLoket, pDocuments, pQwExt}, []string{}},
		{
			"a group of codes the catalogue lacks is not advised",
			[]*ent.Product{p("X", entproduct.KindPORTAL_FEATURE, entproduct.TierSTART, 1, []string{"NOT_IN_CATALOGUE"})},
			[]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := advice(product.Advisories(tt.active, catalogue)); !slices.Equal(got, tt.want) {
				t.Fatalf("advisories = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestVariantFollowsActivations runs R20 on a real database: the variant the answer
// reports, the variant State reads back, and the variant in the audit event agree.
func TestVariantFollowsActivations(t *testing.T) {
	type step struct {
		deactivate bool
		code       string
		want       product.Variant
	}
	tests := []struct {
		name  string
		steps []step
	}{
		{"R20 example: Verlofaanvragen is Plus, then Preboarding makes Pro", []step{
			{false, product.CodeMijnLoket, product.VariantStart},
			{false, product.CodeLeaveRequests, product.VariantPlus},
			{false, product.CodePreboardingFeature, product.VariantPro},
		}},
		{"Start features keep Start", []step{
			{false, product.CodeMijnLoket, product.VariantStart},
			{false, product.CodeDocuments, product.VariantStart},
			{false, product.CodeLeaveCard, product.VariantStart},
			{false, product.CodePersonalDataView, product.VariantStart},
			{false, product.CodeInsuranceCompare, product.VariantStart},
		}},
		{"every Plus feature makes Plus", []step{
			{false, product.CodeMijnLoket, product.VariantStart},
			{false, product.CodeExpenseClaims, product.VariantPlus},
			{false, product.CodePersonalDataEdit, product.VariantPlus},
			{false, product.CodeLeaveCalendar, product.VariantPlus},
			{false, product.CodeSalaryCalculator, product.VariantPlus},
		}},
		{"every Pro feature makes Pro", []step{
			{false, product.CodeMijnLoket, product.VariantStart},
			{false, product.CodeAssistant, product.VariantPro},
			{false, product.CodePolicyAssistant, product.VariantPro},
			{false, product.CodeManagementSelfService, product.VariantPro},
		}},
		{"deactivating steps back down", []step{
			{false, product.CodeMijnLoket, product.VariantStart},
			{false, product.CodeLeaveRequests, product.VariantPlus},
			{false, product.CodePreboardingFeature, product.VariantPro},
			{true, product.CodePreboardingFeature, product.VariantPlus},
			{true, product.CodeLeaveRequests, product.VariantStart},
			{true, product.CodeMijnLoket, product.VariantNone},
		}},
		{"supporting products alone give no MijnLoket", []step{
			{false, product.CodeWorkflowEditor, product.VariantNone},
			{false, product.CodeLeaveRegistration, product.VariantNone},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			ctx := f.adminA()
			for i, s := range tt.steps {
				var (
					st  *product.State
					err error
				)
				if s.deactivate {
					st, err = f.svc.Deactivate(ctx, f.empA1.ID, s.code)
				} else {
					st, err = f.svc.Activate(ctx, f.empA1.ID, s.code)
				}
				if err != nil {
					t.Fatalf("step %d %s: %v", i, s.code, err)
				}
				if st.Variant != s.want {
					t.Fatalf("step %d %s: variant %s, want %s", i, s.code, st.Variant, s.want)
				}
				read, err := f.svc.State(ctx, f.empA1.ID)
				if err != nil {
					t.Fatal(err)
				}
				if read.Variant != s.want || !slices.Equal(codes(read.Active), codes(st.Active)) {
					t.Fatalf("step %d: State reads %s %v, the change answered %s %v",
						i, read.Variant, codes(read.Active), st.Variant, codes(st.Active))
				}
				evs := f.events()
				if got := evs[len(evs)-1].Details["variant"]; got != string(s.want) {
					t.Fatalf("step %d: audit variant %q, want %s", i, got, s.want)
				}
			}
		})
	}
}

// TestVariantNoneWithoutMijnLoket: a fresh employer has nothing, and supporting
// products need neither MijnLoket nor the addendum (provider B has not signed).
func TestVariantNoneWithoutMijnLoket(t *testing.T) {
	f := newFixture(t)
	ctx := testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts)
	st, err := f.svc.State(ctx, f.empB1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if st.Variant != product.VariantNone || len(st.Active) != 0 || len(st.Advisories) != 0 {
		t.Fatalf("fresh employer: %s %v %v", st.Variant, codes(st.Active), advice(st.Advisories))
	}
	if st.Employer.ID != f.empB1.ID || st.Employer.Name != "Garage Zuid" {
		t.Fatalf("state of employer %s %q", st.Employer.ID, st.Employer.Name)
	}
	st = f.activate(ctx, f.empB1, product.CodeQwoaterLite, product.CodeWorkflowEditor)
	if st.Variant != product.VariantNone {
		t.Fatalf("variant %s, want NONE", st.Variant)
	}
	if want := []string{product.CodeWorkflowEditor, product.CodeQwoaterLite}; !slices.Equal(codes(st.Active), want) {
		t.Fatalf("active %v, want %v (catalogue order)", codes(st.Active), want)
	}
}
