package app_test

import (
	"slices"
	"testing"
)

// R27: a provider user reading one employer's trail sees only that employer's events;
// an employer outside the caller's scope is NOT_FOUND, never an empty trail.
func TestAuditEventsByEmployer(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	provider := e.login(f.ProviderUser)
	pA1, pA2 := f.PersonsA1[40], f.PersonA2
	for _, p := range []string{pA1.ID, pA2.ID} {
		r := e.gql(provider, grantQ, map[string]any{"p": p})
		noUserErrors(t, "grantAccess", r, "grantAccess")
	}

	const q = `query($e:ID){auditEvents(employerId:$e,first:50){totalCount edges{node{action targetID}}}}`
	persons := func(token, employerID string) (people []string, r gqlResponse) {
		vars := map[string]any{"e": employerID}
		if employerID == "" {
			vars["e"] = nil
		}
		r = e.gql(token, q, vars)
		edges, _ := dig(r.Data, "auditEvents", "edges").([]any)
		for _, ed := range edges {
			people = append(people, dig(ed, "node", "action").(string)+" "+dig(ed, "node", "targetID").(string))
		}
		return people, r
	}
	all, r := persons(provider, "")
	if len(all) < 2 {
		t.Fatalf("the provider's whole trail: %s", r.Raw)
	}
	a1, r := persons(provider, f.A1.ID)
	if len(r.Errors) != 0 || len(a1) == 0 {
		t.Fatalf("trail of A1: %s", r.Raw)
	}
	a2, _ := persons(provider, f.A2.ID)
	if len(a2) == 0 || len(a1)+len(a2) > len(all) {
		t.Fatalf("A1 %v, A2 %v, all %v", a1, a2, all)
	}
	for _, ev := range a1 {
		if slices.Contains(a2, ev) {
			t.Errorf("event %s in the trails of both employers", ev)
		}
	}

	// Other tenants' and unknown employers are NOT_FOUND, for a provider user of
	// another provider and for a user of a sibling employer alike.
	for _, c := range []struct{ who, token, employer string }{
		{"provider P1 asks B1", provider, f.B1.ID},
		{"employer user A1 asks A2", e.login(f.EmployerUserA1), f.A2.ID},
		{"provider P2 asks A1", e.login(f.ProviderUserP2), f.A1.ID},
		{"malformed ID", provider, "emp_nonsense"},
		{"a person's ID", provider, pA1.ID},
	} {
		_, r := persons(c.token, c.employer)
		if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) || dig(r.Data, "auditEvents") != nil {
			t.Errorf("%s: %s", c.who, r.Raw)
		}
	}
	// The employer user's own employer works.
	if own, r := persons(e.login(f.EmployerUserA1), f.A1.ID); len(own) != len(a1) {
		t.Errorf("employer user A1's own trail: %s", r.Raw)
	}
}
