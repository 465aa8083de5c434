package access_test

import (
	"context"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// population is a mixed set of persons at A1, one of each case of R5.
type population struct {
	outOfService, noEmail, active, pending, blocked, expired, fresh1, fresh2, twoJobs, revoked *ent.Person
	all                                                                                        []*ent.Person
}

func (f *fx) population() population {
	f.t.Helper()
	var pp population
	// The expired invitation first: its 96 hours pass before the others are invited.
	pp.expired = f.person(f.A1, "Erik", "Verlopen", "erik@example.nl", false)
	f.grant(pp.expired)
	f.clk.Advance(97 * time.Hour)
	pp.outOfService = f.person(f.A1, "Olga", "Uitdienst", "olga@example.nl", true)
	pp.noEmail = f.person(f.A1, "Nina", "Zondermail", "", false)
	pp.active = f.person(f.A1, "Anton", "Actief", "anton@example.nl", false)
	f.register(pp.active, "anton.actief", pw1)
	pp.pending = f.person(f.A1, "Petra", "Wachtend", "petra@example.nl", false)
	f.grant(pp.pending)
	pp.blocked = f.person(f.A1, "Bram", "Geblokkeerd", "bram@example.nl", false)
	f.register(pp.blocked, "bram.g", pw2)
	if _, err := f.svc.Block(f.staff, pp.blocked.ID); err != nil {
		f.t.Fatal(err)
	}
	pp.fresh1 = f.person(f.A1, "Fien", "Nieuw", "fien@example.nl", false)
	pp.fresh2 = f.person(f.A1, "Frans", "Nieuw", "frans@example.nl", false)
	// One ended and one open employment: in service.
	pp.twoJobs = f.person(f.A1, "Tom", "Tweebanen", "tom@example.nl", true)
	f.employment(pp.twoJobs, false)
	pp.revoked = f.person(f.A1, "Rik", "Ingetrokken", "rik@example.nl", false)
	f.grant(pp.revoked)
	if _, err := f.svc.Revoke(f.staff, pp.revoked.ID); err != nil {
		f.t.Fatal(err)
	}
	pp.all = []*ent.Person{pp.expired, pp.outOfService, pp.noEmail, pp.active, pp.pending, pp.blocked,
		pp.fresh1, pp.fresh2, pp.twoJobs, pp.revoked}
	// Someone at another employer of the provider, never selected.
	f.person(f.A2, "Andere", "Werkgever", "andere@example.nl", false)
	return pp
}

func ids(ps ...*ent.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

func outcomes(os []access.Outcome) map[string]string {
	m := make(map[string]string, len(os))
	for _, o := range os {
		m[o.PersonID] = o.Reason
	}
	return m
}

// sameResult compares two results, ignoring only the DryRun flag.
func sameResult(t *testing.T, what string, a, b *access.CollectiveResult) {
	t.Helper()
	if !reflect.DeepEqual(a.Taken, b.Taken) || !reflect.DeepEqual(a.Skipped, b.Skipped) {
		t.Errorf("%s differ:\n taken   %+v\n vs      %+v\n skipped %+v\n vs      %+v", what, a.Taken, b.Taken, a.Skipped, b.Skipped)
	}
}

// TestR5CollectiveGrantDryRunEqualsRealRun: the dry run computes exactly what the real
// run does and writes nothing; the real run writes one invitation, one access mail and
// one ACCESS_GRANTED event per taken person and nothing for the skipped ones.
func TestR5CollectiveGrantDryRunEqualsRealRun(t *testing.T) {
	f := newFx(t)
	pp := f.population()
	sel := access.Selection{PersonIDs: ids(pp.all...)}

	before := f.rows()
	dry, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, sel, true)
	must(t, err)
	if f.rows() != before {
		t.Fatalf("the dry run wrote rows: %+v → %+v", before, f.rows())
	}
	if !dry.DryRun {
		t.Error("DryRun not set")
	}
	wantTaken := map[string]string{pp.expired.ID: "", pp.fresh1.ID: "", pp.fresh2.ID: "", pp.twoJobs.ID: "", pp.revoked.ID: ""}
	wantSkipped := map[string]string{
		pp.outOfService.ID: access.SkipOutOfService, pp.noEmail.ID: access.SkipNoEmail,
		pp.active.ID: access.SkipAlreadyHasAccess, pp.pending.ID: access.SkipInvitationPending,
		pp.blocked.ID: access.SkipAccountBlocked,
	}
	if got := outcomes(dry.Taken); !reflect.DeepEqual(got, wantTaken) {
		t.Errorf("taken %v, want %v", got, wantTaken)
	}
	if got := outcomes(dry.Skipped); !reflect.DeepEqual(got, wantSkipped) {
		t.Errorf("skipped %v, want %v", got, wantSkipped)
	}
	for _, list := range [][]access.Outcome{dry.Taken, dry.Skipped} {
		for i := 1; i < len(list); i++ {
			if list[i-1].EmployeeNumber > list[i].EmployeeNumber {
				t.Errorf("not in employee-number order: %+v", list)
			}
		}
	}
	if o := dry.Taken[0]; o.FullName == "" || o.EmployeeNumber == 0 {
		t.Errorf("outcome without name or number: %+v", o)
	}

	invBefore := map[string]int{}
	for _, p := range pp.all {
		invBefore[p.ID] = len(f.invitations(p))
	}
	real, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, sel, false)
	must(t, err)
	if real.DryRun {
		t.Error("DryRun set on the real run")
	}
	sameResult(t, "dry run and real run", dry, real)

	after := f.rows()
	if after.invitations-before.invitations != 5 || after.outbox-before.outbox != 5 || after.audit-before.audit != 5 {
		t.Errorf("rows %+v → %+v: want 5 invitations, mails and events", before, after)
	}
	for _, p := range pp.all {
		_, taken := wantTaken[p.ID]
		newInvs := len(f.invitations(p)) - invBefore[p.ID]
		granted := f.c.AuditEvent.Query().Where(auditevent.Action(string(audit.AccessGranted)), auditevent.PersonID(p.ID)).AllX(f.sys)
		var collective int
		for _, e := range granted {
			if e.Details["collective"] == "true" {
				collective++
			}
		}
		if taken {
			if newInvs != 1 || collective != 1 || f.status(p) != status.Invited {
				t.Errorf("%s taken: %d new invitations, %d collective events, status %s", p.FirstName, newInvs, collective, f.status(p))
			}
			tok := f.lastInvitationToken(p)
			if v, err := f.svc.Invitation(f.sys, tok); err != nil || v.State != access.InvitationValid {
				t.Errorf("%s: mailed link %+v %v", p.FirstName, v, err)
			}
		} else if newInvs != 0 || collective != 0 {
			t.Errorf("%s skipped but got %d invitations, %d events", p.FirstName, newInvs, collective)
		}
	}
	// Exactly one new access mail per taken person.
	for _, p := range []*ent.Person{pp.fresh1, pp.fresh2, pp.twoJobs} {
		if n := len(f.mails(outboxmail.KindINVITATION, *p.Email)); n != 1 {
			t.Errorf("%s: %d access mails", p.FirstName, n)
		}
	}
	for _, p := range []*ent.Person{pp.expired, pp.revoked} {
		if n := len(f.mails(outboxmail.KindINVITATION, *p.Email)); n != 2 {
			t.Errorf("%s: %d access mails, want the first and the collective one", p.FirstName, n)
		}
	}

	// Run again: everyone is skipped now, nothing is written, dry or real.
	before = f.rows()
	dry2, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, sel, true)
	must(t, err)
	real2, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, sel, false)
	must(t, err)
	sameResult(t, "second dry and real run", dry2, real2)
	if len(real2.Taken) != 0 || f.rows() != before {
		t.Errorf("second run took %d and wrote %+v → %+v", len(real2.Taken), before, f.rows())
	}
}

// TestR5SelectionByFilterEqualsByIDs: "all matching" a filter selects the same persons
// as listing their IDs.
func TestR5SelectionByFilterEqualsByIDs(t *testing.T) {
	f := newFx(t)
	pp := f.population()
	for _, c := range []struct {
		name   string
		filter directory.EmploymentFilter
		ids    []*ent.Person
	}{
		{"everyone", directory.EmploymentFilter{}, pp.all},
		{"search", directory.EmploymentFilter{Search: "nieuw"}, []*ent.Person{pp.fresh1, pp.fresh2}},
		{"status NONE", directory.EmploymentFilter{Statuses: []status.Status{status.None}},
			[]*ent.Person{pp.outOfService, pp.noEmail, pp.fresh1, pp.fresh2, pp.twoJobs, pp.revoked}},
		{"status EXPIRED and BLOCKED", directory.EmploymentFilter{Statuses: []status.Status{status.Expired, status.Blocked}},
			[]*ent.Person{pp.expired, pp.blocked}},
		{"out of service", directory.EmploymentFilter{Service: directory.OutOfService}, []*ent.Person{pp.outOfService, pp.twoJobs}},
	} {
		t.Run(c.name, func(t *testing.T) {
			byFilter, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{Filter: &c.filter}, true)
			must(t, err)
			byIDs, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{PersonIDs: ids(c.ids...)}, true)
			must(t, err)
			sameResult(t, "filter and IDs", byFilter, byIDs)
			if n := len(byFilter.Taken) + len(byFilter.Skipped); n != len(c.ids) {
				t.Errorf("filter selects %d persons, want %d", n, len(c.ids))
			}
			blockByFilter, err := f.svc.CollectiveBlock(f.staff, f.A1.ID, access.Selection{Filter: &c.filter}, true)
			must(t, err)
			blockByIDs, err := f.svc.CollectiveBlock(f.staff, f.A1.ID, access.Selection{PersonIDs: ids(c.ids...)}, true)
			must(t, err)
			sameResult(t, "block: filter and IDs", blockByFilter, blockByIDs)
		})
	}
}

// TestR5CollectiveRefusals: an unknown person, one of another employer or provider,
// another tenant's employer, a missing right or a malformed selection are refused with
// nothing written.
func TestR5CollectiveRefusals(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Fien", "Nieuw", "fien@example.nl", false)
	a2 := f.person(f.A2, "Andere", "Werkgever", "andere@example.nl", false)
	b1 := f.person(f.B1, "Geheim", "Elders", "geheim@example.nl", false)
	all := viewer.AllRights
	for _, c := range []struct {
		name     string
		ctx      context.Context
		employer string
		sel      access.Selection
		want     apperr.Code
	}{
		{"unknown person", f.staff, f.A1.ID, access.Selection{PersonIDs: []string{p.ID, "per_01JZZZZZZZZZZZZZZZZZZZZZZZ"}}, apperr.NotFound},
		{"person of another employer", f.staff, f.A1.ID, access.Selection{PersonIDs: []string{p.ID, a2.ID}}, apperr.NotFound},
		{"person of another provider", f.staff, f.A1.ID, access.Selection{PersonIDs: []string{p.ID, b1.ID}}, apperr.NotFound},
		{"employer of another provider", f.staff, f.B1.ID, access.Selection{PersonIDs: []string{b1.ID}}, apperr.NotFound},
		{"employer user of A2 on A1", employerStaff(f.A2, "usr_a2", all...), f.A1.ID, access.Selection{PersonIDs: []string{p.ID}}, apperr.NotFound},
		{"employer user of A2 on A1 by filter", employerStaff(f.A2, "usr_a2", all...), f.A1.ID, access.Selection{Filter: &directory.EmploymentFilter{}}, apperr.NotFound},
		{"without COLLECTIVE_MUTATIONS", providerStaff(f.P, "usr_x", without(viewer.CollectiveMutations)...), f.A1.ID, access.Selection{PersonIDs: []string{p.ID}}, apperr.Forbidden},
		{"without MANAGE_PORTAL_ACCESS", providerStaff(f.P, "usr_x", without(viewer.ManagePortalAccess)...), f.A1.ID, access.Selection{PersonIDs: []string{p.ID}}, apperr.Forbidden},
		{"neither IDs nor filter", f.staff, f.A1.ID, access.Selection{}, apperr.BadRequest},
		{"both IDs and filter", f.staff, f.A1.ID, access.Selection{PersonIDs: []string{p.ID}, Filter: &directory.EmploymentFilter{}}, apperr.BadRequest},
	} {
		for _, dry := range []bool{true, false} {
			t.Run(c.name, func(t *testing.T) {
				ctx := c.ctx
				before := f.rows()
				_, err := f.svc.CollectiveGrant(ctx, c.employer, c.sel, dry)
				wantApp(t, err, c.want)
				_, err = f.svc.CollectiveBlock(ctx, c.employer, c.sel, dry)
				wantApp(t, err, c.want)
				if f.rows() != before {
					t.Errorf("rows %+v → %+v", before, f.rows())
				}
			})
		}
	}
}

// TestR7CollectiveBlock: blocks everyone selected with access or a pending invitation,
// with one block mail and one event each; skips NO_ACCESS and ALREADY_BLOCKED; the dry
// run equals the real run.
func TestR7CollectiveBlock(t *testing.T) {
	f := newFx(t)
	ctx := context.Background()
	pp := f.population()
	activeSession, err := f.auth.LoginEmployee(ctx, "anton.actief", pw1, auth.Meta{})
	must(t, err)
	sel := access.Selection{Filter: &directory.EmploymentFilter{}}

	before := f.rows()
	dry, err := f.svc.CollectiveBlock(f.staff, f.A1.ID, sel, true)
	must(t, err)
	if f.rows() != before {
		t.Fatalf("the dry run wrote rows")
	}
	wantTaken := map[string]string{pp.active.ID: "", pp.pending.ID: "", pp.expired.ID: ""}
	wantSkipped := map[string]string{
		pp.outOfService.ID: access.SkipNoAccess, pp.noEmail.ID: access.SkipNoAccess, pp.fresh1.ID: access.SkipNoAccess,
		pp.fresh2.ID: access.SkipNoAccess, pp.twoJobs.ID: access.SkipNoAccess, pp.revoked.ID: access.SkipNoAccess,
		pp.blocked.ID: access.SkipAlreadyBlocked,
	}
	if got := outcomes(dry.Taken); !reflect.DeepEqual(got, wantTaken) {
		t.Errorf("taken %v, want %v", got, wantTaken)
	}
	if got := outcomes(dry.Skipped); !reflect.DeepEqual(got, wantSkipped) {
		t.Errorf("skipped %v, want %v", got, wantSkipped)
	}
	real, err := f.svc.CollectiveBlock(f.staff, f.A1.ID, sel, false)
	must(t, err)
	sameResult(t, "dry run and real run", dry, real)
	after := f.rows()
	if after.outbox-before.outbox != 3 || after.audit-before.audit != 3 {
		t.Errorf("rows %+v → %+v: want 3 mails and 3 events", before, after)
	}
	for _, p := range []*ent.Person{pp.active, pp.pending, pp.expired} {
		if f.status(p) != status.Blocked {
			t.Errorf("%s: status %s", p.FirstName, f.status(p))
		}
		if n := len(f.mails(outboxmail.KindACCESS_BLOCKED, *p.Email)); n != 1 {
			t.Errorf("%s: %d block mails", p.FirstName, n)
		}
	}
	if n := len(f.mails(outboxmail.KindACCESS_BLOCKED, "bram@example.nl")); n != 1 {
		t.Errorf("already blocked got another block mail (%d)", n)
	}
	_, err = f.auth.Authenticate(ctx, activeSession.AccessToken)
	wantApp(t, err, apperr.Unauthenticated)
	if n := f.c.Invitation.Query().Where(invitation.PersonID(pp.pending.ID), invitation.StateEQ(invitation.StatePENDING)).CountX(f.sys); n != 0 {
		t.Errorf("%d pending invitations after the block", n)
	}
	for _, p := range []*ent.Person{pp.fresh1, pp.noEmail} {
		if f.account(p) != nil && f.account(p).State == account.StateBLOCKED {
			t.Errorf("%s was blocked", p.FirstName)
		}
	}
}

// TestR5CollectiveGrantManyPersons: a collective grant of 2,000 persons completes in
// one run with one invitation, mail and event each, written in bulk (store.Insert): on
// Postgres one INSERT per table for all 2,000 rows, on SQLite one per 500.
func TestR5CollectiveGrantManyPersons(t *testing.T) {
	f := newFx(t)
	const n = 2000
	var (
		mu      sync.Mutex
		inserts = map[string]int{}
	)
	c := store.NewClient(dialect.DebugWithContext(f.st.Driver, func(_ context.Context, args ...any) {
		s := fmt.Sprint(args...)
		if i := strings.Index(s, "INSERT INTO "); i >= 0 {
			table := strings.Trim(strings.Fields(s[i+len("INSERT INTO "):])[0], `"`+"`")
			mu.Lock()
			inserts[table]++
			mu.Unlock()
		}
	}))
	f.svc.Client, f.svc.Directory.Client = c, c
	persons := make([]*ent.PersonCreate, n)
	for i := range n {
		email := "werknemer" + itoa(i) + "@example.nl"
		persons[i] = f.c.Person.Create().SetEmployerID(f.A1.ID).
			SetFirstName("Werknemer").SetLastName("Nummer" + itoa(i)).SetBirthDate(date.New(1980, 1, 1)).
			SetEmail(email).SetSearchKey("werknemer nummer" + itoa(i) + " " + email)
	}
	var created []*ent.Person
	for i := 0; i < n; i += 500 {
		created = append(created, f.c.Person.CreateBulk(persons[i:i+500]...).SaveX(f.sys)...)
	}
	emps := make([]*ent.EmploymentCreate, n)
	for i, p := range created {
		emps[i] = f.c.Employment.Create().SetPersonID(p.ID).
			SetEmployeeNumber(1000 + i).SetStartDate(date.New(2020, 1, 1))
	}
	for i := 0; i < n; i += 500 {
		f.c.Employment.CreateBulk(emps[i : i+500]...).ExecX(f.sys)
	}

	start := time.Now()
	res, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{Filter: &directory.EmploymentFilter{}}, false)
	must(t, err)
	t.Logf("collective grant of %d persons: %v", n, time.Since(start))
	if len(res.Taken) != n || len(res.Skipped) != 0 {
		t.Fatalf("taken %d, skipped %d", len(res.Taken), len(res.Skipped))
	}
	r := f.rows()
	if r.accounts != n || r.invitations != n || r.outbox != n || r.audit != n {
		t.Errorf("rows %+v, want %d of each", r, n)
	}
	per := map[string]int{dialect.Postgres: 1, dialect.SQLite: n / 500}[f.st.Dialect]
	for _, table := range []string{"accounts", "invitations", "outbox_mails", "audit_events"} {
		if inserts[table] != per {
			t.Errorf("%d INSERT statements into %s, want %d (all: %v)", inserts[table], table, per, inserts)
		}
	}
	if k := f.c.Account.Query().Where(account.StateEQ(account.StateINVITED)).CountX(f.sys); k != n {
		t.Errorf("%d invited accounts", k)
	}
	if k := f.c.Person.Query().Where(person.Not(person.HasAccount())).CountX(f.sys); k != 0 {
		t.Errorf("%d persons without account", k)
	}
	// A dry run of the same selection now skips everyone as INVITATION_PENDING.
	dry, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{PersonIDs: ids(created...)}, true)
	must(t, err)
	if len(dry.Skipped) != n || dry.Skipped[0].Reason != access.SkipInvitationPending {
		t.Errorf("second dry run: %d skipped", len(dry.Skipped))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestR5CollectiveGrantStatementsConstantInN: a collective grant costs a bounded number
// of SQL statements per batch, not a few per person — the tenant keys of the new
// accounts and invitations come from the persons already loaded, not from one parent
// look-up per row (store.TenantKeys). 40 persons cost what 10 cost.
func TestR5CollectiveGrantStatementsConstantInN(t *testing.T) {
	f := newFx(t)
	var stmts []string
	var counting atomic.Bool
	var mu sync.Mutex
	c := store.NewClient(dialect.DebugWithContext(f.st.Driver, func(_ context.Context, args ...any) {
		if counting.Load() {
			mu.Lock()
			stmts = append(stmts, fmt.Sprint(args...))
			mu.Unlock()
		}
	}))
	f.svc.Client, f.svc.Directory.Client = c, c
	grant := func(e *ent.Employer, n int) int {
		ps := make([]*ent.Person, n)
		for i := range ps {
			ps[i] = f.person(e, "Werknemer", "Nummer"+itoa(f.n), "w"+itoa(f.n)+"@example.nl", false)
		}
		stmts = nil
		counting.Store(true)
		res, err := f.svc.CollectiveGrant(f.staff, e.ID, access.Selection{PersonIDs: ids(ps...)}, false)
		counting.Store(false)
		must(t, err)
		if len(res.Taken) != n {
			t.Fatalf("taken %d of %d", len(res.Taken), n)
		}
		return len(stmts)
	}
	few, many := grant(f.A1, 10), grant(f.A2, 40)
	t.Logf("statements of a collective grant: 10 persons → %d, 40 persons → %d", few, many)
	if many != few {
		for _, s := range stmts {
			t.Log(s[:min(len(s), 160)])
		}
		t.Fatalf("statements grow with the persons: 10 → %d, 40 → %d", few, many)
	}
}
