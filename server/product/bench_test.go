package product

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
)

// VariantOf and Advisories run for every employer shown with its variant.
func BenchmarkVariantAndAdvisories(b *testing.B) {
	tier := func(t entproduct.Tier) *entproduct.Tier { return &t }
	cat := []*ent.Product{
		{Code: CodeMijnLoket, Kind: entproduct.KindPORTAL, SortOrder: 1},
		{Code: CodeLeaveRequests, Kind: entproduct.KindPORTAL_FEATURE, Tier: tier(entproduct.TierPLUS), Wants: [][]string{{CodeLeaveRegistration}, {CodeLeavePolicy}}, SortOrder: 2},
		{Code: CodePreboardingFeature, Kind: entproduct.KindPORTAL_FEATURE, Tier: tier(entproduct.TierPRO), Wants: [][]string{{CodePreboarding}}, SortOrder: 3},
		{Code: CodeLeaveRegistration, Kind: entproduct.KindSUPPORTING, SortOrder: 4},
		{Code: CodeLeavePolicy, Kind: entproduct.KindSUPPORTING, SortOrder: 5},
		{Code: CodePreboarding, Kind: entproduct.KindSUPPORTING, SortOrder: 6},
	}
	active := cat[:4]
	for b.Loop() {
		if VariantOf(active) != VariantPro || len(Advisories(active, cat)) != 2 {
			b.Fatal("unexpected result")
		}
	}
}
