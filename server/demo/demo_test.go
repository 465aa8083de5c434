package demo_test

import (
	"bytes"
	"context"
	"errors"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/mail"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/provider"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func sys() context.Context { return viewer.System(context.Background()) }

// providerScope is a provider user of provID with all rights, read through the
// ordinary privacy rules.
func providerScope(provID string) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_test", Scope: viewer.ScopeProvider, ProviderID: provID, Rights: viewer.AllRights,
	})
}

func employerScope(provID, empID string) context.Context {
	return viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_test", Scope: viewer.ScopeEmployer, ProviderID: provID, EmployerID: empID, Rights: viewer.AllRights,
	})
}

func must[T any](t *testing.T) func(T, error) T {
	return func(v T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
}

// rowCounts counts every table the demo writes to.
func rowCounts(t *testing.T, c *ent.Client) map[string]int {
	t.Helper()
	ctx, n := sys(), must[int](t)
	return map[string]int{
		"providers":           n(c.Provider.Query().Count(ctx)),
		"employers":           n(c.Employer.Query().Count(ctx)),
		"persons":             n(c.Person.Query().Count(ctx)),
		"employments":         n(c.Employment.Query().Count(ctx)),
		"accounts":            n(c.Account.Query().Count(ctx)),
		"invitations":         n(c.Invitation.Query().Count(ctx)),
		"users":               n(c.User.Query().Count(ctx)),
		"api_clients":         n(c.APIClient.Query().Count(ctx)),
		"product_activations": n(c.ProductActivation.Query().Count(ctx)),
		"payslips":            n(c.Payslip.Query().Count(ctx)),
		"payslip_lines":       n(c.PayslipLine.Query().Count(ctx)),
		"annual_statements":   n(c.AnnualStatement.Query().Count(ctx)),
		"leave_entries":       n(c.LeaveEntry.Query().Count(ctx)),
		"documents":           n(c.Document.Query().Count(ctx)),
		"document_files":      n(c.DocumentFile.Query().Count(ctx)),
		"sick_reports":        n(c.SickReport.Query().Count(ctx)),
	}
}

func TestSeed(t *testing.T) {
	s := storetest.Open(t)
	ctx, c := sys(), s.Client
	now := time.Now().UTC()
	today := date.Of(now)

	logins, created, err := demo.Seed(context.Background(), c, now)
	if err != nil || !created {
		t.Fatalf("Seed: created=%v err=%v", created, err)
	}

	prov := must[*ent.Provider](t)(c.Provider.Query().Where(provider.Name(demo.ProviderName)).Only(ctx))
	if prov.MijnloketAddendumSignedAt == nil || !prov.MijnloketAddendumSignedAt.Before(now) {
		t.Errorf("addendum signed at %v, want a time in the past", prov.MijnloketAddendumSignedAt)
	}

	// Employers.
	emps := must[[]*ent.Employer](t)(c.Employer.Query().Where(employer.ProviderID(prov.ID)).Order(employer.ByAdministrationNumber()).All(ctx))
	if len(emps) != 3 {
		t.Fatalf("%d employers, want 3", len(emps))
	}
	mkb := emps[0]
	if mkb.Name != "Voorbeeld MKB" || mkb.NameKey != "voorbeeld mkb" || mkb.AdministrationNumber != "23735" ||
		mkb.Street != "Hogeweg 135" || mkb.PostalCode != "5301 LL" || mkb.City != "Zaltbommel" || mkb.ProviderID != prov.ID {
		t.Errorf("Voorbeeld MKB is %+v", mkb)
	}
	for _, e := range emps {
		if e.NameKey != strings.ToLower(e.Name) || e.ProviderID != prov.ID {
			t.Errorf("employer %s: name_key %q, provider %s", e.Name, e.NameKey, e.ProviderID)
		}
	}

	// Persons.
	persons := must[[]*ent.Person](t)(c.Person.Query().Where(person.ProviderID(prov.ID)).WithEmployments().WithAccount().All(ctx))
	if n := len(persons); n < 55 || n > 65 {
		t.Errorf("%d persons, want 55–65", n)
	}
	perEmployer := map[string]int{}
	noEmail, twoJobs, outOfService := 0, 0, 0
	var r8 []string // out of service, still ACTIVE (R8)
	for _, p := range persons {
		perEmployer[p.EmployerID]++
		email := ""
		if p.Email == nil {
			noEmail++
		} else {
			email = *p.Email
			if email != strings.ToLower(email) || !strings.Contains(email, "@") {
				t.Errorf("e-mail %q", email)
			}
		}
		if want := demo.SearchKey(p.FirstName, p.LastNamePrefix, p.LastName, email); p.SearchKey != want {
			t.Errorf("search_key %q, want %q", p.SearchKey, want)
		}
		if p.BirthDate.Year < 1960 || p.BirthDate.Year > 2004 {
			t.Errorf("%s %s born %s", p.FirstName, p.LastName, p.BirthDate)
		}
		if p.Initials == "" || !strings.HasSuffix(p.Initials, ".") {
			t.Errorf("initials %q", p.Initials)
		}
		jobs := p.Edges.Employments
		if len(jobs) == 0 {
			t.Errorf("%s %s has no employment", p.FirstName, p.LastName)
		}
		if len(jobs) == 2 {
			twoJobs++
			if p.EmployerID != mkb.ID {
				t.Errorf("the person with two employments is not at Voorbeeld MKB")
			}
		}
		inService := false
		for _, j := range jobs {
			if j.EndDate == nil {
				inService = true
			} else if !j.EndDate.Before(today) || !j.StartDate.Before(*j.EndDate) {
				t.Errorf("employment %s–%s", j.StartDate, j.EndDate)
			}
			if j.JobTitle == "" {
				t.Errorf("employment without job title")
			}
		}
		if !inService {
			outOfService++
			if a := p.Edges.Account; a != nil && a.State == account.StateACTIVE {
				r8 = append(r8, p.ID)
			}
		}
	}
	if n := perEmployer[mkb.ID]; n < 35 || n > 45 {
		t.Errorf("Voorbeeld MKB has %d persons, want about 40", n)
	}
	if noEmail < 3 || noEmail > 8 {
		t.Errorf("%d persons without e-mail, want about 5", noEmail)
	}
	if outOfService < 4 || outOfService > 8 {
		t.Errorf("%d persons out of service, want about 6", outOfService)
	}
	if twoJobs != 1 {
		t.Errorf("%d persons with two employments, want exactly 1", twoJobs)
	}
	if len(r8) != 1 {
		t.Errorf("%d out-of-service persons with ACTIVE access, want 1 (R8)", len(r8))
	}
	ended := must[int](t)(c.Employment.Query().Where(employment.ProviderID(prov.ID), employment.EndDateNotNil()).Count(ctx))
	if ended < 5 || ended > 9 {
		t.Errorf("%d ended employments", ended)
	}
	// Employee numbers ascend by start date, unique per employer.
	for _, e := range emps {
		jobs := must[[]*ent.Employment](t)(c.Employment.Query().Where(employment.EmployerID(e.ID)).
			Order(employment.ByEmployeeNumber()).All(ctx))
		for i, j := range jobs {
			if j.EmployeeNumber != i+1 || (i > 0 && j.StartDate.Before(jobs[i-1].StartDate)) {
				t.Errorf("%s: employment %d has number %d, start %s", e.Name, i, j.EmployeeNumber, j.StartDate)
			}
		}
	}

	// Accounts at Voorbeeld MKB.
	states := map[account.State]int{}
	for _, a := range must[[]*ent.Account](t)(c.Account.Query().Where(account.EmployerID(mkb.ID)).All(ctx)) {
		states[a.State]++
		if a.State == account.StateACTIVE || a.State == account.StateBLOCKED {
			if a.Username == nil || a.UsernameKey == nil || *a.UsernameKey != strings.ToLower(*a.Username) ||
				a.PasswordHash == "" || a.RegisteredEmail == nil || a.FirstLoginAt == nil || a.LastLoginAt == nil ||
				!a.LastLoginAt.Before(now) {
				t.Errorf("registered account %+v", a)
			}
		}
		if (a.State == account.StateBLOCKED) != (a.BlockedAt != nil) {
			t.Errorf("account %s state %s, blocked_at %v", a.ID, a.State, a.BlockedAt)
		}
	}
	if states[account.StateACTIVE] < 14 || states[account.StateACTIVE] > 18 || states[account.StateINVITED] != 4 || states[account.StateBLOCKED] != 2 {
		t.Errorf("Voorbeeld MKB account states %v, want ~15 ACTIVE, 4 INVITED, 2 BLOCKED", states)
	}
	pending := must[[]*ent.Invitation](t)(c.Invitation.Query().
		Where(invitation.EmployerID(mkb.ID), invitation.StateEQ(invitation.StatePENDING)).All(ctx))
	akID := must[string](t)(c.User.Query().Where(user.Username(demo.ProviderUsername)).OnlyID(ctx))
	valid, expired := 0, 0
	for _, inv := range pending {
		if inv.CreatedBy != akID {
			t.Errorf("invitation created by %s", inv.CreatedBy)
		}
		if inv.ExpiresAt.After(now) {
			valid++
			if d := inv.ExpiresAt.Sub(now); d < 95*time.Hour || d > 97*time.Hour {
				t.Errorf("pending invitation expires in %s, want 96h (R2)", d)
			}
		} else {
			expired++
		}
	}
	if valid != 3 || expired != 1 {
		t.Errorf("pending invitations at Voorbeeld MKB: %d valid, %d expired; want 3 and 1", valid, expired)
	}
	for _, e := range emps[1:] {
		if n := must[int](t)(c.Account.Query().Where(account.EmployerID(e.ID), account.StateEQ(account.StateACTIVE)).Count(ctx)); n == 0 {
			t.Errorf("%s has no ACTIVE accounts", e.Name)
		}
	}
	jan := must[*ent.Account](t)(c.Account.Query().Where(account.UsernameKey(demo.EmployeeUsername)).Only(ctx))
	if ok, _, err := auth.VerifyPassword(jan.PasswordHash, logins.EmployeePassword); !ok || err != nil || jan.State != account.StateACTIVE ||
		jan.LockedUntil != nil || jan.EmployerID != mkb.ID {
		t.Errorf("demo employee %s: state %s, password ok=%v err=%v", demo.EmployeeUsername, jan.State, ok, err)
	}

	// Staff.
	all := make([]string, len(viewer.AllRights))
	for i, r := range viewer.AllRights {
		all[i] = string(r)
	}
	ak := must[*ent.User](t)(c.User.Query().Where(user.UsernameKey("ak-beheerder")).Only(ctx))
	wg := must[*ent.User](t)(c.User.Query().Where(user.UsernameKey("wg-beheerder")).Only(ctx))
	if ak.DisplayName != "Anouk Kramer" || ak.EmployerID != nil || ak.ProviderID != prov.ID || !slices.Equal(sorted(ak.Rights), sorted(all)) {
		t.Errorf("provider user %+v", ak)
	}
	wantWG := slices.DeleteFunc(slices.Clone(all), func(r string) bool { return r == string(viewer.ViewMijnLoketEmail) })
	if wg.DisplayName != "Willem de Graaf" || wg.EmployerID == nil || *wg.EmployerID != mkb.ID ||
		!slices.Equal(sorted(wg.Rights), sorted(wantWG)) || slices.Contains(wg.Rights, string(viewer.ViewMijnLoketEmail)) {
		t.Errorf("employer user %+v", wg)
	}
	for _, u := range []*ent.User{ak, wg} {
		if ok, rehash, err := auth.VerifyPassword(u.PasswordHash, "Werkportaal-demo-2026"); !ok || rehash || err != nil {
			t.Errorf("%s: password ok=%v rehash=%v err=%v", u.Username, ok, rehash, err)
		}
	}

	// API client.
	cli := must[*ent.APIClient](t)(c.APIClient.Get(ctx, demo.APIClientID))
	if p, err := pid.Prefix(cli.ID); err != nil || p != pid.APIClient {
		t.Errorf("API client id %s: prefix %q, %v", cli.ID, p, err)
	}
	if ok, _, err := auth.VerifyPassword(cli.SecretHash, "demo-integrator-secret-2026"); !ok || err != nil ||
		cli.Name != "Voorbeeld Salarissoftware" || !slices.Equal(sorted(cli.Rights), sorted(all)) || cli.ProviderID != prov.ID {
		t.Errorf("API client %+v: secret ok=%v err=%v", cli, ok, err)
	}

	// Products.
	want := [][]string{
		{"LEAVE_REGISTRATION", "MIJNLOKET", "MIJNLOKET_ABSENCE_REPORTING", "MIJNLOKET_DOCUMENTS", "MIJNLOKET_INSURANCE_COMPARE", "MIJNLOKET_LEAVE_CARD", "MIJNLOKET_PERSONAL_DATA_VIEW", "QWOATER_LITE"},
		{"LEAVE_POLICY", "LEAVE_REGISTRATION", "MANAGEMENT_SELF_SERVICE", "MIJNLOKET", "MIJNLOKET_LEAVE_CALENDAR", "MIJNLOKET_LEAVE_REQUESTS", "MIJNLOKET_PERSONAL_DATA_EDIT", "MIJNLOKET_SALARY_CALCULATOR", "WORKFLOW_EDITOR"},
		{"MIJNLOKET", "MIJNLOKET_DOCUMENTS", "MIJNLOKET_PREBOARDING"},
	}
	for i, e := range emps {
		acts := must[[]*ent.ProductActivation](t)(e.QueryProductActivations().WithProduct().All(ctx))
		var codes []string
		for _, a := range acts {
			codes = append(codes, a.Edges.Product.Code)
			if !a.ActivatedAt.Before(now) || a.ActivatedBy != ak.ID || a.DeactivatedAt != nil {
				t.Errorf("activation %+v", a)
			}
		}
		if sort.Strings(codes); !slices.Equal(codes, want[i]) {
			t.Errorf("%s: products %v, want %v", e.Name, codes, want[i])
		}
	}

	// R35: the printed manager login is an active account of a manager of the bakery.
	mgr := must[*ent.Account](t)(c.Account.Query().Where(account.Username(demo.ManagerUsername)).Only(ctx))
	if mgr.State != account.StateACTIVE || !c.DepartmentManager.Query().Where(departmentmanager.PersonID(mgr.PersonID)).ExistX(ctx) {
		t.Errorf("manager login %+v is not an active manager", mgr)
	}

	// R19: the second provider has not signed the addendum; its employer has persons
	// but no products and no accounts.
	noord := must[*ent.Provider](t)(c.Provider.Query().Where(provider.Name(demo.SecondProviderName)).Only(ctx))
	if noord.MijnloketAddendumSignedAt != nil {
		t.Errorf("%s signed the addendum", demo.SecondProviderName)
	}
	knip := must[*ent.Employer](t)(c.Employer.Query().Where(employer.ProviderID(noord.ID)).Only(ctx))
	if knip.Name != demo.SecondEmployerName ||
		must[int](t)(c.Person.Query().Where(person.EmployerID(knip.ID)).Count(ctx)) != 4 ||
		must[int](t)(knip.QueryProductActivations().Count(ctx)) != 0 ||
		must[int](t)(c.Account.Query().Where(account.EmployerID(knip.ID)).Count(ctx)) != 0 {
		t.Errorf("%s: %+v", demo.SecondEmployerName, knip)
	}
	sh := must[*ent.User](t)(c.User.Query().Where(user.UsernameKey(demo.SecondProviderUsername)).Only(ctx))
	if sh.ProviderID != noord.ID || sh.EmployerID != nil || !slices.Equal(sorted(sh.Rights), sorted(all)) {
		t.Errorf("second provider user %+v", sh)
	}

	// The printed block.
	var out bytes.Buffer
	logins.Print(&out, "http://localhost:8080/")
	for _, w := range []string{
		"http://localhost:8080/inloggen", "ak-beheerder / Werkportaal-demo-2026", "wg-beheerder / Werkportaal-demo-2026",
		"employer user (werkgevergebruiker) of Voorbeeld MKB with all rights except VIEW_MIJNLOKET_EMAIL",
		"curl -s -X POST http://localhost:8080/oauth/token -d grant_type=client_credentials -d client_id=cli_01JDEMQ0000000000000000000 -d client_secret=demo-integrator-secret-2026",
		"jan.jansen / Werkportaal-demo-2026",
		"ak-noord / Werkportaal-demo-2026",
		"signs in at http://localhost:8080/werknemer/inloggen",
	} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("printed logins lack %q:\n%s", w, out.String())
		}
	}

	// A second run writes nothing.
	before := rowCounts(t, c)
	again, created, err := demo.Seed(context.Background(), c, now.Add(time.Hour))
	if err != nil || created || again == nil || again.APIClientID != demo.APIClientID {
		t.Fatalf("second Seed: created=%v logins=%v err=%v", created, again, err)
	}
	if after := rowCounts(t, c); !maps.Equal(before, after) {
		t.Errorf("second Seed changed row counts: %v → %v", before, after)
	}
}

// The same data every time: names, e-mail addresses and usernames do not depend on the run.
func TestSeedDeterministic(t *testing.T) {
	now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	snapshot := func() []string {
		s := storetest.Open(t)
		if _, _, err := demo.Seed(context.Background(), s.Client, now); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range must[[]*ent.Person](t)(s.Client.Person.Query().WithAccount().WithEmployments().All(sys())) {
			line := p.SearchKey + " " + p.BirthDate.String()
			if a := p.Edges.Account; a != nil {
				line += " " + string(a.State)
				if a.Username != nil {
					line += " " + *a.Username
				}
			}
			for _, j := range p.Edges.Employments {
				line += " " + j.StartDate.String() + " " + j.JobTitle
			}
			out = append(out, line)
		}
		sort.Strings(out)
		return out
	}
	if a, b := snapshot(), snapshot(); !slices.Equal(a, b) {
		t.Errorf("two seeds differ:\n%v\n%v", a, b)
	}
}

func TestLarge(t *testing.T) {
	s := storetest.Open(t)
	const persons = 2000
	// The demo dataset next to it: neither may see the other's rows.
	if _, _, err := demo.Seed(context.Background(), s.Client, time.Now()); err != nil {
		t.Fatal(err)
	}
	var progress bytes.Buffer
	if err := demo.Large(context.Background(), s.DB, s.Dialect, persons, &progress); err != nil {
		t.Fatalf("Large: %v\n%s", err, progress.String())
	}
	if !strings.Contains(progress.String(), "2000/2000 persons") {
		t.Errorf("progress:\n%s", progress.String())
	}
	c := s.Client
	prov := must[*ent.Provider](t)(c.Provider.Query().Where(provider.Name(demo.BenchmarkProviderName)).Only(sys()))
	if prov.MijnloketAddendumSignedAt == nil {
		t.Error("benchmark provider has no signed addendum")
	}
	ctx := providerScope(prov.ID)
	n := must[int](t)

	if got := n(c.Person.Query().Count(ctx)); got != persons {
		t.Errorf("benchmark provider sees %d persons, want %d", got, persons)
	}
	if got := n(c.Employment.Query().Count(ctx)); got != persons {
		t.Errorf("benchmark provider sees %d employments, want %d", got, persons)
	}
	demoProv := must[string](t)(c.Provider.Query().Where(provider.Name(demo.ProviderName)).OnlyID(sys()))
	if got := n(c.Person.Query().Count(providerScope(demoProv))); got > 65 {
		t.Errorf("demo provider sees %d persons, so benchmark rows leak into it", got)
	}

	// Employer sizes: the big one ≥ 20% (and here ≥ 1,000), the others 50–500.
	emps := must[[]*ent.Employer](t)(c.Employer.Query().Where(employer.ProviderID(prov.ID)).Order(employer.ByAdministrationNumber()).All(ctx))
	big := emps[0]
	if big.Name != demo.BenchmarkBigEmployerName || big.AdministrationNumber != "90001" {
		t.Fatalf("first benchmark employer is %s (%s)", big.Name, big.AdministrationNumber)
	}
	total := 0
	for i, e := range emps {
		size := n(c.Person.Query().Where(person.EmployerID(e.ID)).Count(ctx))
		total += size
		if i == 0 {
			if size*5 < persons || size < 1000 {
				t.Errorf("%s holds %d of %d persons", e.Name, size, persons)
			}
			if got := n(c.Person.Query().Count(employerScope(prov.ID, e.ID))); got != size {
				t.Errorf("employer scope sees %d persons of %d", got, size)
			}
		} else if size < 50 || size > 500 {
			t.Errorf("%s holds %d persons, want 50–500", e.Name, size)
		}
	}
	if total != persons {
		t.Errorf("employers hold %d persons in all", total)
	}

	// The shape: ~10% ended, ~90% e-mail, ~50% accounts; every row scans through ent.
	all := must[[]*ent.Person](t)(c.Person.Query().WithEmployments().WithAccount().All(ctx))
	ended, withEmail, accounts := 0, 0, 0
	states := map[account.State]int{}
	for _, p := range all {
		if len(p.Edges.Employments) != 1 {
			t.Fatalf("person %s has %d employments", p.ID, len(p.Edges.Employments))
		}
		j := p.Edges.Employments[0]
		if j.EndDate != nil {
			ended++
			if !j.StartDate.Before(*j.EndDate) {
				t.Errorf("employment %s–%s", j.StartDate, j.EndDate)
			}
		}
		if p.Email != nil {
			withEmail++
		}
		if p.SearchKey != demo.SearchKey(p.FirstName, p.LastNamePrefix, p.LastName, deref(p.Email)) || p.BirthDate.IsZero() || p.CreatedAt.IsZero() {
			t.Fatalf("person %+v", p)
		}
		if a := p.Edges.Account; a != nil {
			accounts++
			states[a.State]++
			if a.State == account.StateACTIVE && (a.LastLoginAt == nil || a.UsernameKey == nil) {
				t.Fatalf("account %+v", a)
			}
		}
	}
	within := func(what string, got int, lo, hi float64) {
		if f := float64(got) / persons; f < lo || f > hi {
			t.Errorf("%s: %d of %d (%.0f%%)", what, got, persons, 100*f)
		}
	}
	within("ended employments", ended, 0.06, 0.14)
	within("persons with e-mail", withEmail, 0.85, 0.95)
	within("accounts", accounts, 0.42, 0.58)
	if states[account.StateACTIVE] == 0 || states[account.StateINVITED] == 0 || states[account.StateBLOCKED] == 0 {
		t.Errorf("account states %v", states)
	}
	if got := n(c.Invitation.Query().Count(ctx)); got != states[account.StateINVITED] {
		t.Errorf("%d invitations for %d invited accounts", got, states[account.StateINVITED])
	}

	u := must[*ent.User](t)(c.User.Query().Where(user.UsernameKey("bench-beheerder")).Only(ctx))
	if ok, _, err := auth.VerifyPassword(u.PasswordHash, "Werkportaal-demo-2026"); !ok || err != nil || len(u.Rights) != len(viewer.AllRights) {
		t.Errorf("bench-beheerder: rights %v, password ok=%v err=%v", u.Rights, ok, err)
	}

	// A second run refuses and leaves the data alone.
	if err := demo.Large(context.Background(), s.DB, s.Dialect, 100, nil); !errors.Is(err, demo.ErrBenchmarkExists) {
		t.Errorf("second Large: %v, want ErrBenchmarkExists", err)
	}
	if got := n(c.Person.Query().Count(ctx)); got != persons {
		t.Errorf("after the refused run: %d persons", got)
	}
}

// A failed run leaves nothing behind, so it can simply be run again.
func TestLargeCleansUpAfterFailure(t *testing.T) {
	s := storetest.Open(t)
	ctx, cancel := context.WithCancel(context.Background())
	var w cancelAfter
	w.after, w.cancel = 2, cancel // cancel after the first chunk of persons went in
	err := demo.Large(ctx, s.DB, s.Dialect, 6000, &w)
	if err == nil {
		t.Fatal("Large succeeded despite the cancelled context")
	}
	if got := rowCounts(t, s.Client); got["providers"] != 0 || got["persons"] != 0 || got["employers"] != 0 || got["users"] != 0 {
		t.Fatalf("left behind after failure (%v): %v", err, got)
	}
	if err := demo.Large(context.Background(), s.DB, s.Dialect, 100, nil); err != nil {
		t.Fatalf("rerun after failure: %v", err)
	}
}

// cancelAfter cancels a context at the after-th progress line.
type cancelAfter struct {
	after  int
	n      int
	cancel func()
}

func (w *cancelAfter) Write(p []byte) (int, error) {
	if w.n++; w.n == w.after {
		w.cancel()
	}
	return len(p), nil
}

func sorted(s []string) []string { s = slices.Clone(s); sort.Strings(s); return s }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// The demo shows every access status as staff see it (R2, R13): three invitations still
// valid, one expired, locked and blocked accounts.
func TestSeedStatuses(t *testing.T) {
	s := storetest.Open(t)
	now := time.Now().UTC()
	if _, _, err := demo.Seed(context.Background(), s.Client, now); err != nil {
		t.Fatal(err)
	}
	accs, err := s.Client.Account.Query().All(sys())
	if err != nil {
		t.Fatal(err)
	}
	got := map[status.Status]int{}
	for _, a := range accs {
		got[status.Of(a, now)]++
	}
	if got[status.Invited] < 3 || got[status.Expired] != 1 || got[status.Locked] != 1 || got[status.Blocked] != 2 {
		t.Fatalf("statuses %v, want ≥3 INVITED, 1 EXPIRED, 1 LOCKED, 2 BLOCKED", got)
	}
}

// The dev mailbox of a fresh demo holds the access mails of the pending and expired
// invitations, with links that really open (valid) and really say expired (R2).
func TestSeedInvitationMails(t *testing.T) {
	s := storetest.Open(t)
	now := time.Now().UTC()
	if _, _, err := demo.Seed(context.Background(), s.Client, now, demo.PublicURL("https://demo.example.nl")); err != nil {
		t.Fatal(err)
	}
	mails, err := mail.Recent(sys(), s.Client, "", 100)
	if err != nil {
		t.Fatal(err)
	}
	svc := &access.Service{Client: s.Client, Clock: clock.NewFake(now)}
	link := regexp.MustCompile(`https://demo\.example\.nl/werknemer/uitnodiging#([A-Za-z0-9_-]+)`)
	got := map[access.InvitationState]int{}
	for _, m := range mails {
		if m.Kind != "INVITATION" {
			continue
		}
		tok := link.FindStringSubmatch(m.TextBody)
		if tok == nil {
			t.Fatalf("no link in %q", m.TextBody)
		}
		v, err := svc.Invitation(context.Background(), tok[1])
		if err != nil {
			t.Fatal(err)
		}
		got[v.State]++
	}
	if got[access.InvitationValid] < 3 || got[access.InvitationExpired] != 1 {
		t.Fatalf("demo invitation links: %v, want ≥3 VALID and 1 EXPIRED", got)
	}
}

// TestLargeInvitationsExpireRelativeToGeneration: the benchmark's invited accounts
// carry their invitation's expiry, 96 hours after it was sent (R2): those sent in the
// 96 hours before the generation time read as INVITED at that time, the older ones as
// EXPIRED, so the dataset's access statuses are realistic whenever it is generated.
func TestLargeInvitationsExpireRelativeToGeneration(t *testing.T) {
	s := storetest.Open(t)
	generated := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	if err := demo.LargeAt(context.Background(), s.DB, s.Dialect, 1500, generated, nil); err != nil {
		t.Fatal(err)
	}
	c := s.Client
	prov := must[string](t)(c.Provider.Query().Where(provider.Name(demo.BenchmarkProviderName)).OnlyID(sys()))
	ctx := providerScope(prov)
	accs := must[[]*ent.Account](t)(c.Account.Query().Where(account.StateEQ(account.StateINVITED)).All(ctx))
	invs := must[[]*ent.Invitation](t)(c.Invitation.Query().All(ctx))
	byAccount := map[string]*ent.Invitation{}
	for _, inv := range invs {
		byAccount[inv.AccountID] = inv
	}
	valid, expired := 0, 0
	for _, a := range accs {
		inv := byAccount[a.ID]
		if inv == nil {
			t.Fatalf("invited account %s has no invitation", a.ID)
		}
		if inv.CreatedAt.After(generated) {
			t.Errorf("invitation %s sent %v, after the generation time", inv.ID, inv.CreatedAt)
		}
		want := inv.CreatedAt.Add(96 * time.Hour)
		if a.InviteExpiresAt == nil || !a.InviteExpiresAt.Equal(want) || !inv.ExpiresAt.Equal(want) {
			t.Fatalf("invitation sent %v: account expires %v, invitation %v; want %v", inv.CreatedAt, a.InviteExpiresAt, inv.ExpiresAt, want)
		}
		recent := generated.Sub(inv.CreatedAt) < 96*time.Hour
		switch st := status.Of(a, generated); {
		case recent && st == status.Invited:
			valid++
		case !recent && st == status.Expired:
			expired++
		default:
			t.Errorf("invitation sent %v before generation reads as %s", generated.Sub(inv.CreatedAt), st)
		}
	}
	// About two in three are valid; the SQL form of the status agrees with the Go form.
	if valid == 0 || expired == 0 || valid < expired {
		t.Errorf("%d valid and %d expired invitations", valid, expired)
	}
	if n := must[int](t)(c.Account.Query().Where(status.AccountHas(status.Invited, generated)).Count(ctx)); n != valid {
		t.Errorf("SQL counts %d INVITED, Go %d", n, valid)
	}
	if n := must[int](t)(c.Account.Query().Where(status.AccountHas(status.Expired, generated)).Count(ctx)); n != expired {
		t.Errorf("SQL counts %d EXPIRED, Go %d", n, expired)
	}
}

// TestSeedInvitedStaffUser: the demo's invited employer user is made through the
// service of the Gebruikers page (R43): no password yet, the invitation mail in the
// outbox with a working link, and the creation in the audit trail as the demo
// provider user's.
func TestSeedInvitedStaffUser(t *testing.T) {
	s := storetest.Open(t)
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	if _, _, err := demo.Seed(context.Background(), s.Client, now, demo.PublicURL("https://demo.example.nl")); err != nil {
		t.Fatal(err)
	}
	u := must[*ent.User](t)(s.Client.User.Query().Where(user.Username(demo.InvitedStaffUsername)).Only(sys()))
	if u.PasswordHash != "" || u.EmployerID == nil || u.CreatedBy == nil {
		t.Fatalf("invited user %+v", u)
	}
	m := must[*ent.OutboxMail](t)(s.Client.OutboxMail.Query().Where(outboxmail.KindEQ(outboxmail.KindSTAFF_INVITATION)).Only(sys()))
	if m.ToAddress != "femke.visser@voorbeeldmkb.nl" || !strings.Contains(m.TextBody, "https://demo.example.nl/uitnodiging#") {
		t.Fatalf("invitation mail to %s: %s", m.ToAddress, m.TextBody)
	}
	ev := must[*ent.AuditEvent](t)(s.Client.AuditEvent.Query().Where(auditevent.Action("STAFF_USER_CREATED")).Only(sys()))
	admin := must[*ent.User](t)(s.Client.User.Query().Where(user.Username(demo.ProviderUsername)).Only(sys()))
	if ev.ActorID != admin.ID || ev.TargetID != u.ID {
		t.Fatalf("audit %+v", ev)
	}
}

// R32: the demo's Verlofkalender is not empty: colleagues at Voorbeeld MKB and Bakkerij
// De Korenaar have accepted leave this month and next, relative to the demo's today.
func TestSeedCalendarLeave(t *testing.T) {
	for _, now := range []time.Time{time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC), time.Date(2027, 2, 26, 9, 0, 0, 0, time.UTC)} {
		st := storetest.Open(t)
		ctx := viewer.System(context.Background())
		if _, _, err := demo.Seed(context.Background(), st.Client, now); err != nil {
			t.Fatal(err)
		}
		today := date.Of(now)
		next := date.Of(time.Date(now.Year(), now.Month()+1, 1, 0, 0, 0, 0, time.UTC))
		for _, month := range []date.Date{date.New(today.Year, today.Month, 1), next} {
			last := date.Of(month.Time().AddDate(0, 1, -1))
			n := st.Client.LeaveRequest.Query().Where(leaverequest.StatusEQ(leaverequest.StatusACCEPTED),
				func(s *entsql.Selector) {
					s.Where(entsql.And(entsql.LTE(s.C(leaverequest.FieldFirstDay), last), entsql.GTE(s.C(leaverequest.FieldLastDay), month)))
				}).CountX(ctx)
			if n < 2 {
				t.Errorf("%s: %d accepted leave requests in %s", now.Format(time.DateOnly), n, month)
			}
		}
	}
}
