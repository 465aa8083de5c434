package insurance_test

import (
	"context"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/insurance"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func newService(f *testworld.Portal) *insurance.Service {
	return &insurance.Service{Client: f.C, Clock: f.Clk, Features: f.Gate}
}

func offer(insurer string, kind insurance.Kind) insurance.Input {
	pct := 7.5
	premium := int64(1250)
	return insurance.Input{Insurer: insurer, Kind: kind, DiscountText: "7,5% korting op de basispremie",
		DiscountPercentage: &pct, MonthlyPremiumFromCents: &premium, Conditions: "Alleen voor werknemers in loondienst.",
		URL: "https://www.example-verzekeraar.nl/collectief"}
}

func insurers(offers []*insurance.Offer) string {
	var names []string
	for _, o := range offers {
		names = append(names, o.Insurer)
	}
	return strings.Join(names, ",")
}

// R40: staff with MANAGE_HR_SETTINGS publish, change and withdraw offers at provider and
// employer level; each change is audited; the employee sees the provider's and their own
// employer's offers and never another employer's or provider's.
func TestOffersCRUDAndTenantIsolation(t *testing.T) {
	f := testworld.NewPortal(t)
	s := newService(f)
	prov := insurance.Level{Scope: insurance.ScopeProvider}
	a1 := insurance.Level{Scope: insurance.ScopeEmployer, EmployerID: f.A1.ID}
	must := testworld.Must[*insurance.Offer](t)

	pOffer := must(s.Create(f.ProviderP1, prov, offer("Zorg Collectief", insurance.SupplementaryHealth)))
	a1Offer := must(s.Create(f.StaffA1, a1, offer("Reis Zeker", insurance.Travel)))
	// The provider's staff publish for one employer too.
	must(s.Create(f.ProviderP1, insurance.Level{Scope: insurance.ScopeEmployer, EmployerID: f.A2.ID}, offer("Alleen A2", insurance.Liability)))
	must(s.Create(f.ProviderP2, insurance.Level{Scope: insurance.ScopeProvider}, offer("Andere Provider", insurance.Other)))
	if pOffer.Scope != insurance.ScopeProvider || a1Offer.Scope != insurance.ScopeEmployer || *a1Offer.DiscountBasisPoints != 750 {
		t.Fatalf("offers %+v %+v", pOffer, a1Offer)
	}

	// Ann of A1 compares the provider's and A1's offers, not A2's nor P2's.
	mine := testworld.Must[[]*insurance.Offer](t)(s.MyOffers(f.Ann.Ctx(), nil))
	if got := insurers(mine); got != "Zorg Collectief,Reis Zeker" {
		t.Errorf("Ann sees %q", got)
	}
	travel := insurance.Travel
	if got := insurers(testworld.Must[[]*insurance.Offer](t)(s.MyOffers(f.Ann.Ctx(), &travel))); got != "Reis Zeker" {
		t.Errorf("Ann's travel offers %q", got)
	}
	// Gijs of B1 (provider P2) sees only P2's.
	if got := insurers(testworld.Must[[]*insurance.Offer](t)(s.MyOffers(f.Gijs.Ctx(), nil))); got != "Andere Provider" {
		t.Errorf("Gijs sees %q", got)
	}

	// Staff lists per level.
	if got := insurers(testworld.Must[[]*insurance.Offer](t)(s.List(f.StaffA1, a1))); got != "Reis Zeker" {
		t.Errorf("A1's level %q", got)
	}
	if got := insurers(testworld.Must[[]*insurance.Offer](t)(s.List(f.ProviderP1, prov))); got != "Zorg Collectief" {
		t.Errorf("P1's level %q", got)
	}
	// Employer staff do not change the provider level, nor reach another employer or
	// another provider's employer: NOT_FOUND as for a missing one.
	if _, err := s.Create(f.StaffA1, prov, offer("X", insurance.Other)); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("A1 staff at provider level: %v", err)
	}
	if _, err := s.List(f.StaffA1, insurance.Level{Scope: insurance.ScopeEmployer, EmployerID: f.A2.ID}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A1 staff at A2: %v", err)
	}
	if _, err := s.Create(f.ProviderP2, a1, offer("X", insurance.Other)); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("P2 staff at A1: %v", err)
	}
	if _, err := s.Update(f.StaffA1, pOffer.ID, offer("Overgenomen", insurance.Other)); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A1 staff change the provider's offer: %v", err)
	}
	if err := s.Delete(f.ProviderP2, a1Offer.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("P2 deletes A1's offer: %v", err)
	}
	// Without MANAGE_HR_SETTINGS: FORBIDDEN.
	noHR := testworld.EmployerUser(f.A1, "usr_a1_nohr", testworld.Without(viewer.ManageHRSettings)...)
	if _, err := s.Create(noHR, a1, offer("X", insurance.Other)); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without MANAGE_HR_SETTINGS: %v", err)
	}
	// Employees publish nothing.
	if _, err := s.Create(f.Ann.Ctx(), a1, offer("X", insurance.Other)); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("employee creates: %v", err)
	}

	// Update and delete.
	in := offer("Reis Zeker Plus", insurance.Travel)
	in.DiscountPercentage, in.MonthlyPremiumFromCents = nil, nil
	up := must(s.Update(f.StaffA1, a1Offer.ID, in))
	if up.Insurer != "Reis Zeker Plus" || up.DiscountBasisPoints != nil || up.MonthlyPremiumFromCents != nil {
		t.Errorf("updated %+v", up)
	}
	if err := s.Delete(f.StaffA1, a1Offer.ID); err != nil {
		t.Fatal(err)
	}
	if got := insurers(testworld.Must[[]*insurance.Offer](t)(s.MyOffers(f.Ann.Ctx(), nil))); got != "Zorg Collectief" {
		t.Errorf("after delete Ann sees %q", got)
	}
	// Every change is in the trail, with the offer's tenant.
	for action, want := range map[string]int{"INSURANCE_OFFER_CREATED": 4, "INSURANCE_OFFER_UPDATED": 1, "INSURANCE_OFFER_DELETED": 1} {
		if n := f.C.AuditEvent.Query().Where(auditevent.Action(action)).CountX(f.Sys); n != want {
			t.Errorf("%s: %d events, want %d", action, n, want)
		}
	}
	if n := f.C.AuditEvent.Query().Where(auditevent.Action("INSURANCE_OFFER_DELETED"), auditevent.EmployerID(f.A1.ID)).CountX(f.Sys); n != 1 {
		t.Errorf("the delete event is not A1's")
	}
}

// R22: the comparison is only for employees whose employer has Verzekeringen vergelijken.
func TestOffersNeedTheProduct(t *testing.T) {
	f := testworld.NewPortal(t)
	s := newService(f)
	testworld.Must[*insurance.Offer](t)(s.Create(f.ProviderP1, insurance.Level{Scope: insurance.ScopeProvider}, offer("Zorg", insurance.SupplementaryHealth)))
	for name, ctx := range map[string]context.Context{"Eva (Start)": f.Eva.Ctx(), "Fien (no MijnLoket)": f.Fien.Ctx()} {
		if _, err := s.MyOffers(ctx, nil); apperr.CodeOf(err) != apperr.FeatureNotActive {
			t.Errorf("%s: want FEATURE_NOT_ACTIVE, got %v", name, err)
		}
	}
	if _, err := s.MyOffers(f.StaffA1, nil); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("staff through the employee's list: %v", err)
	}
}

// R40: the input is bounded and the link is https without personal or tracking
// parameters, so that nothing about the employee reaches an insurer.
func TestOfferValidation(t *testing.T) {
	f := testworld.NewPortal(t)
	s := newService(f)
	lvl := insurance.Level{Scope: insurance.ScopeEmployer, EmployerID: f.A1.ID}
	neg := int64(-1)
	big := 101.0
	for _, tc := range []struct {
		name  string
		edit  func(*insurance.Input)
		code  apperr.UserCode
		field string
	}{
		{"no insurer", func(in *insurance.Input) { in.Insurer = "  " }, insurance.CodeInvalidInput, "insurer"},
		{"long insurer", func(in *insurance.Input) { in.Insurer = strings.Repeat("a", 101) }, insurance.CodeInvalidInput, "insurer"},
		{"unknown kind", func(in *insurance.Input) { in.Kind = "PETS" }, insurance.CodeInvalidInput, "kind"},
		{"long conditions", func(in *insurance.Input) { in.Conditions = strings.Repeat("é", 2001) }, insurance.CodeInvalidInput, "conditions"},
		{"negative premium", func(in *insurance.Input) { in.MonthlyPremiumFromCents = &neg }, insurance.CodeInvalidInput, "monthlyPremiumFromCents"},
		{"percentage over 100", func(in *insurance.Input) { in.DiscountPercentage = &big }, insurance.CodeInvalidInput, "discountPercentage"},
		{"http link", func(in *insurance.Input) { in.URL = "http://verzekeraar.example/" }, insurance.CodeLinkNotHTTPS, "url"},
		{"javascript link", func(in *insurance.Input) { in.URL = "javascript:alert(1)" }, insurance.CodeInvalidInput, "url"},
		{"no link", func(in *insurance.Input) { in.URL = "" }, insurance.CodeInvalidInput, "url"},
		{"tracking link", func(in *insurance.Input) { in.URL = "https://verzekeraar.example/?utm_source=werkportaal" }, insurance.CodeLinkHasTracker, "url"},
		{"personal link", func(in *insurance.Input) { in.URL = "https://verzekeraar.example/?email=x" }, insurance.CodeLinkHasTracker, "url"},
		{"credentials in link", func(in *insurance.Input) { in.URL = "https://a:b@verzekeraar.example/" }, insurance.CodeInvalidInput, "url"},
	} {
		in := offer("Zorg", insurance.SupplementaryHealth)
		tc.edit(&in)
		_, err := s.Create(f.StaffA1, lvl, in)
		ue, ok := apperr.AsUser(err)
		if !ok || ue.Code != tc.code || strings.Join(ue.Field, ".") != tc.field {
			t.Errorf("%s: got %v, want %s at %s", tc.name, err, tc.code, tc.field)
		}
	}
	if n := f.C.InsuranceOffer.Query().CountX(f.Sys); n != 0 {
		t.Errorf("%d offers saved from invalid input", n)
	}
	// A link with an ordinary query is fine.
	in := offer("Zorg", insurance.SupplementaryHealth)
	in.URL = "https://verzekeraar.example/collectief?pakket=basis"
	testworld.Must[*insurance.Offer](t)(s.Create(f.StaffA1, lvl, in))
}
