package payrollsync_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/hook"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payrollsync"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

type fx struct {
	w   *testworld.World
	c   *ent.Client
	clk *clock.Fake
	svc *payrollsync.Service
	// An integrator of provider A with MANAGE_PAYROLL_DATA (and every other right).
	client context.Context
}

func newFx(t *testing.T) *fx {
	t.Helper()
	clk := clock.NewFake(t0)
	w := testworld.New(t, t0)
	f := &fx{w: w, c: w.Store.Client, clk: clk,
		svc: &payrollsync.Service{Client: w.Store.Client, Clock: clk,
			Leave: &leave.Service{Client: w.Store.Client, Clock: clk}},
		client: testworld.APIClient(w.ProvA, "cli_payroll", viewer.AllRights...)}
	return f
}

// row is a complete, valid employee row.
func row(number int, key, first, last string) payrollsync.Employee {
	return payrollsync.Employee{
		EmployeeNumber: number, PersonKey: key, FirstName: first,
		LastName: last, BirthDate: date.New(1985, 3, 14), Email: strings.ToLower(key) + "@example.nl",
		Phone: "06 12345678", Street: "Hogeweg 135", PostalCode: "5301ll", City: "Zaltbommel",
		StartDate: date.New(2020, 1, 1), JobTitle: "Medewerker",
	}
}

func statuses(res []payrollsync.EmployeeResult) []payrollsync.Status {
	out := make([]payrollsync.Status, len(res))
	for i, r := range res {
		out[i] = r.Status
	}
	return out
}

func (f *fx) sync(t *testing.T, ctx context.Context, emp *ent.Employer, rows []payrollsync.Employee) []payrollsync.EmployeeResult {
	t.Helper()
	res, err := f.svc.SyncEmployees(ctx, emp.ID, rows, payrollsync.Options{})
	if err != nil {
		t.Fatalf("SyncEmployees: %v", err)
	}
	if len(res) != len(rows) {
		t.Fatalf("%d results for %d rows", len(res), len(rows))
	}
	return res
}

func (f *fx) auditCount(t *testing.T) int {
	t.Helper()
	return f.c.AuditEvent.Query().CountX(f.w.Sys)
}

// R45, R18: a batch creates persons and employments, a person with two employments is
// one person; the same batch again is UNCHANGED and writes nothing, not even audit.
func TestSyncEmployeesIsIdempotent(t *testing.T) {
	f := newFx(t)
	rows := []payrollsync.Employee{
		row(101, "P1", "Anna", "Jansen"),
		row(102, "P2", "Bram", "Visser"),
		row(103, "P1", "Anna", "Jansen"), // Anna's second employment
	}
	rows[2].StartDate, rows[2].JobTitle = date.New(2023, 6, 1), "Teamleider"
	res := f.sync(t, f.client, f.w.EmpA1, rows)
	if got := statuses(res); !slices.Equal(got, []payrollsync.Status{payrollsync.Created, payrollsync.Created, payrollsync.Created}) {
		t.Fatalf("first batch: %v (%+v)", got, res)
	}
	if res[0].PersonID == "" || res[0].PersonID != res[2].PersonID || res[0].PersonID == res[1].PersonID {
		t.Errorf("persons %q %q %q: want rows 0 and 2 one person, row 1 another", res[0].PersonID, res[1].PersonID, res[2].PersonID)
	}
	persons := f.c.Person.Query().Where(person.EmployerID(f.w.EmpA1.ID)).AllX(f.w.Sys)
	if len(persons) != 2 {
		t.Fatalf("%d persons, want 2", len(persons))
	}
	anna := f.c.Person.GetX(f.w.Sys, res[0].PersonID)
	if anna.PostalCode != "5301 LL" || *anna.PayrollKey != "P1" || *anna.Email != "p1@example.nl" || anna.Street != "Hogeweg 135" {
		t.Errorf("person as stored: %+v", anna)
	}
	j := f.c.Employment.GetX(f.w.Sys, res[2].EmploymentID)
	if j.EmployeeNumber != 103 || j.JobTitle != "Teamleider" || j.StartDate != date.New(2023, 6, 1) || j.PersonID != anna.ID {
		t.Errorf("employment as stored: %+v", j)
	}
	events := f.auditCount(t)
	if events != 5 { // two persons, three employments
		t.Errorf("%d audit events, want 5", events)
	}
	updated := anna.UpdatedAt

	f.clk.Advance(time.Hour)
	again := f.sync(t, f.client, f.w.EmpA1, rows)
	if got := statuses(again); !slices.Equal(got, []payrollsync.Status{payrollsync.Unchanged, payrollsync.Unchanged, payrollsync.Unchanged}) {
		t.Fatalf("same batch again: %v", got)
	}
	for i, r := range again {
		if r.PersonID != res[i].PersonID || r.EmploymentID != res[i].EmploymentID || len(r.Changed) != 0 {
			t.Errorf("row %d again: %+v, want the same IDs and nothing changed", i, r)
		}
	}
	if n := f.auditCount(t); n != events {
		t.Errorf("audit events after the unchanged batch: %d, want still %d", n, events)
	}
	if got := f.c.Person.GetX(f.w.Sys, anna.ID).UpdatedAt; !got.Equal(updated) {
		t.Errorf("unchanged person written: updated_at %v, was %v", got, updated)
	}
}

// R45: one bad row does not lose the good ones; each error names its code and field.
func TestOneBadRowDoesNotLoseTheOthers(t *testing.T) {
	f := newFx(t)
	bad := []struct {
		mutate func(*payrollsync.Employee)
		code   apperr.UserCode
		field  string
	}{
		{func(e *payrollsync.Employee) { e.Email = "geen-adres" }, payrollsync.CodeInvalidEmail, "email"},
		{func(e *payrollsync.Employee) { e.BirthDate = date.Date{} }, payrollsync.CodeInvalidInput, "birthDate"},
		{func(e *payrollsync.Employee) { d := date.New(2019, 12, 31); e.EndDate = &d }, payrollsync.CodeEndBeforeStart, "endDate"},
		{func(e *payrollsync.Employee) { e.FirstName = "  " }, payrollsync.CodeInvalidInput, "firstName"},
		{func(e *payrollsync.Employee) { e.BirthDate = clock.Today(f.clk).AddDays(1) }, payrollsync.CodeInvalidInput, "birthDate"},
	}
	rows := []payrollsync.Employee{row(1, "K1", "Anna", "Jansen")}
	for i, b := range bad {
		r := row(10+i, fmt.Sprintf("KB%d", i), "Bad", fmt.Sprintf("Row%d", i))
		b.mutate(&r)
		rows = append(rows, r)
	}
	rows = append(rows, row(2, "K2", "Bram", "Visser"))
	res := f.sync(t, f.client, f.w.EmpA1, rows)
	if res[0].Status != payrollsync.Created || res[len(res)-1].Status != payrollsync.Created {
		t.Fatalf("good rows: %v", statuses(res))
	}
	for i, b := range bad {
		r := res[i+1]
		if r.Status != payrollsync.Failed || r.Error == nil || r.Error.Code != b.code || !slices.Equal(r.Error.Field, []string{b.field}) {
			t.Errorf("bad row %d: %+v %+v, want %s on %s", i, r, r.Error, b.code, b.field)
		}
		if r.PersonID != "" || r.EmploymentID != "" {
			t.Errorf("bad row %d names %q %q", i, r.PersonID, r.EmploymentID)
		}
	}
	if n := f.c.Employment.Query().Where(employment.EmployerID(f.w.EmpA1.ID)).CountX(f.w.Sys); n != 2 {
		t.Errorf("%d employments, want the two good ones", n)
	}
}

// R45, R8: an update says which fields changed; an employment ends by its end date; an
// employee missing from the batch is not removed.
func TestUpdateEndsEmploymentAndKeepsTheMissing(t *testing.T) {
	f := newFx(t)
	first := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{row(1, "K1", "Anna", "Jansen"), row(2, "K2", "Bram", "Visser")})
	r := row(1, "K1", "Anna", "de Vries")
	end := date.New(2026, 12, 31)
	r.EndDate = &end
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r})
	if res[0].Status != payrollsync.Updated || !slices.Equal(res[0].Changed, []string{"lastName", "endDate"}) {
		t.Fatalf("update: %+v", res[0])
	}
	j := f.c.Employment.GetX(f.w.Sys, first[0].EmploymentID)
	if j.EndDate == nil || *j.EndDate != end {
		t.Errorf("end date %v, want %v", j.EndDate, end)
	}
	if _, err := f.c.Employment.Get(f.w.Sys, first[1].EmploymentID); err != nil {
		t.Errorf("the employee missing from the batch: %v", err)
	}
	ev := f.c.AuditEvent.Query().Where(auditevent.Action(string(payrollsync.ActionEmploymentUpdated))).OnlyX(f.w.Sys)
	if ev.Details["fields"] != "endDate" || ev.ActorID != "cli_payroll" {
		t.Errorf("audit: %+v", ev)
	}
}

// R18: an existing person without a key (made in the portal before the sync) gets the
// key of the first row naming its employment; a key that contradicts is refused.
func TestPersonKeyAdoptsAndRefusesMismatch(t *testing.T) {
	f := newFx(t)
	p := f.c.Person.Create().SetProviderID(f.w.ProvA.ID).SetEmployerID(f.w.EmpA1.ID).
		SetFirstName("Anna").SetLastName("Jansen").SetBirthDate(date.New(1985, 3, 14)).SaveX(f.w.Sys)
	j := f.c.Employment.Create().SetProviderID(f.w.ProvA.ID).SetEmployerID(f.w.EmpA1.ID).SetPersonID(p.ID).
		SetEmployeeNumber(1).SetStartDate(date.New(2020, 1, 1)).SaveX(f.w.Sys)
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{row(1, "K1", "Anna", "Jansen")})
	if res[0].Status != payrollsync.Updated || res[0].PersonID != p.ID || res[0].EmploymentID != j.ID || res[0].Changed[0] != "personKey" {
		t.Fatalf("adopt: %+v", res[0])
	}
	res = f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{
		row(1, "K9", "Anna", "Jansen"), // employment 1 is K1's
		row(2, "K2", "Bram", "Visser"),
	})
	if res[0].Error == nil || res[0].Error.Code != payrollsync.CodePersonKeyMismatch || res[1].Status != payrollsync.Created {
		t.Fatalf("mismatch: %+v / %+v", res[0], res[1])
	}
	if n := f.c.Person.Query().Where(person.PayrollKey("K9")).CountX(f.w.Sys); n != 0 {
		t.Errorf("a person with key K9 was made")
	}
}

// R18: the rows of one person key must agree on the person; duplicates are refused.
func TestConflictsWithinTheBatch(t *testing.T) {
	f := newFx(t)
	a, b := row(1, "K1", "Anna", "Jansen"), row(2, "K1", "Anna", "Janssen")
	d1, d2 := row(3, "K3", "Cees", "Bakker"), row(3, "K4", "Dirk", "Smit")
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{a, b, d1, d2, row(5, "K5", "Eva", "Mulder")})
	for i, want := range []apperr.UserCode{payrollsync.CodePersonDataConflict, payrollsync.CodePersonDataConflict,
		payrollsync.CodeDuplicateInBatch, payrollsync.CodeDuplicateInBatch} {
		if res[i].Error == nil || res[i].Error.Code != want {
			t.Errorf("row %d: %+v, want %s", i, res[i], want)
		}
	}
	if res[0].Error.Field[0] != "lastName" {
		t.Errorf("conflict field %v, want lastName", res[0].Error.Field)
	}
	if res[4].Status != payrollsync.Created {
		t.Errorf("good row: %+v", res[4])
	}
}

// Tenant isolation: an employer-level client cannot touch another employer; a client of
// another provider gets the same answer as for an employer that does not exist; the
// right is MANAGE_PAYROLL_DATA.
func TestSyncTenantIsolationAndRights(t *testing.T) {
	f := newFx(t)
	rows := []payrollsync.Employee{row(1, "K1", "Anna", "Jansen")}
	employerClient := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindAPIClient, ID: "cli_a1",
		Scope: viewer.ScopeEmployer, ProviderID: f.w.ProvA.ID, EmployerID: f.w.EmpA1.ID, Rights: viewer.AllRights})
	if res := f.sync(t, employerClient, f.w.EmpA1, rows); res[0].Status != payrollsync.Created {
		t.Fatalf("own employer: %+v", res[0])
	}
	_, err := f.svc.SyncEmployees(employerClient, f.w.EmpA2.ID, rows, payrollsync.Options{})
	testworld.WantCode(t, err, apperr.NotFound)

	other := testworld.APIClient(f.w.ProvB, "cli_b", viewer.AllRights...)
	_, err = f.svc.SyncEmployees(other, f.w.EmpA1.ID, rows, payrollsync.Options{})
	msgOther := testworld.WantCode(t, err, apperr.NotFound)
	_, err = f.svc.SyncEmployees(other, "emp_01JZZZZZZZZZZZZZZZZZZZZZZZ", rows, payrollsync.Options{})
	msgNone := testworld.WantCode(t, err, apperr.NotFound)
	if len(msgOther) != len(msgNone) {
		t.Errorf("another provider's employer %q and a missing one %q are told apart", msgOther, msgNone)
	}
	if n := f.c.Person.Query().Where(person.EmployerID(f.w.EmpA2.ID)).CountX(f.w.Sys); n != 0 {
		t.Errorf("A2 got %d persons", n)
	}
	without := testworld.APIClient(f.w.ProvA, "cli_x", testworld.Without(viewer.ManagePayrollData)...)
	_, err = f.svc.SyncEmployees(without, f.w.EmpA1.ID, rows, payrollsync.Options{})
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = f.svc.SyncEmployers(employerClient, []payrollsync.EmployerRow{{AdministrationNumber: "1", Name: "X"}})
	testworld.WantCode(t, err, apperr.Forbidden)
	// Staff with the right may import (the CSV import is the same service).
	staff := testworld.EmployerUser(f.w.EmpA1, "usr_wg", viewer.ManagePayrollData)
	if res := f.sync(t, staff, f.w.EmpA1, []payrollsync.Employee{row(2, "K2", "Bram", "Visser")}); res[0].Status != payrollsync.Created {
		t.Errorf("staff import: %+v", res[0])
	}
}

// The CSV preview: dryRun answers what would happen and writes nothing.
func TestDryRunWritesNothing(t *testing.T) {
	f := newFx(t)
	f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{row(1, "K1", "Anna", "Jansen")})
	before := f.auditCount(t)
	res, err := f.svc.SyncEmployees(f.client, f.w.EmpA1.ID, []payrollsync.Employee{
		row(1, "K1", "Anna", "de Vries"), row(2, "K2", "Bram", "Visser"), row(3, "K3", "", "Leeg"),
	}, payrollsync.Options{DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := statuses(res); !slices.Equal(got, []payrollsync.Status{payrollsync.Updated, payrollsync.Created, payrollsync.Failed}) {
		t.Fatalf("dry run: %v", got)
	}
	if res[1].EmploymentID != "" {
		t.Errorf("dry run names a new employment %q", res[1].EmploymentID)
	}
	if n := f.c.Employment.Query().CountX(f.w.Sys); n != 1 {
		t.Errorf("%d employments after a dry run, want 1", n)
	}
	if p := f.c.Person.Query().Where(person.PayrollKey("K1")).OnlyX(f.w.Sys); p.LastName != "Jansen" {
		t.Errorf("dry run changed the last name to %q", p.LastName)
	}
	if n := f.auditCount(t); n != before {
		t.Errorf("dry run wrote %d audit events", n-before)
	}
}

// R45: at most MaxBatch rows a call.
func TestBatchTooLarge(t *testing.T) {
	f := newFx(t)
	rows := make([]payrollsync.Employee, payrollsync.MaxBatch+1)
	_, err := f.svc.SyncEmployees(f.client, f.w.EmpA1.ID, rows, payrollsync.Options{})
	testworld.WantUserError(t, err, payrollsync.CodeBatchTooLarge, "employees")
}

// R2, R3, R45: changing the e-mail of someone with a pending invitation is reported;
// the invitation stays.
func TestEmailChangeWithPendingInvitationIsReported(t *testing.T) {
	f := newFx(t)
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{row(1, "K1", "Anna", "Jansen")})
	pid := res[0].PersonID
	acc := f.c.Account.Create().SetProviderID(f.w.ProvA.ID).SetEmployerID(f.w.EmpA1.ID).SetPersonID(pid).
		SetState("INVITED").SaveX(f.w.Sys)
	f.c.Invitation.Create().SetProviderID(f.w.ProvA.ID).SetEmployerID(f.w.EmpA1.ID).SetPersonID(pid).
		SetAccountID(acc.ID).SetTokenHash("hash").SetEmail("k1@example.nl").
		SetExpiresAt(t0.Add(96 * time.Hour)).SetCreatedBy("usr_x").SaveX(f.w.Sys)
	r := row(1, "K1", "Anna", "Jansen")
	r.Email = "anna@nieuw.example"
	res = f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r})
	if res[0].Status != payrollsync.Updated || !slices.Equal(res[0].Notices, []payrollsync.Notice{payrollsync.NoticePendingInvitation}) {
		t.Fatalf("e-mail change with pending invitation: %+v", res[0])
	}
	// Without a pending invitation (expired), no notice.
	f.clk.Advance(97 * time.Hour)
	r.Email = "anna@derde.example"
	res = f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r})
	if res[0].Status != payrollsync.Updated || len(res[0].Notices) != 0 {
		t.Errorf("after expiry: %+v", res[0])
	}
}

// R29: the work pattern goes through server/leave when the caller holds
// MANAGE_HR_SETTINGS; the same pattern again is unchanged.
func TestWorkPattern(t *testing.T) {
	f := newFx(t)
	r := row(1, "K1", "Anna", "Jansen")
	r.WorkPattern = &leave.Pattern{Weeks: []leave.Week{{480, 480, 480, 240, 0, 0, 0}}}
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r})
	if res[0].Status != payrollsync.Created {
		t.Fatalf("create with pattern: %+v", res[0])
	}
	leaveSvc := &leave.Service{Client: f.c, Clock: f.clk}
	wp, err := leaveSvc.WorkPatternOf(f.client, res[0].EmploymentID)
	if err != nil || wp == nil || wp.Pattern.Weeks[0].Total() != 1680 || wp.Source != leave.SourceSync {
		t.Fatalf("pattern: %+v %v", wp, err)
	}
	if again := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r}); again[0].Status != payrollsync.Unchanged {
		t.Errorf("same pattern again: %+v", again[0])
	}
	r.WorkPattern = &leave.Pattern{Weeks: []leave.Week{{480, 480, 480, 480, 0, 0, 0}}}
	if again := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{r}); again[0].Status != payrollsync.Updated ||
		!slices.Equal(again[0].Changed, []string{"workPattern"}) {
		t.Errorf("another pattern: %+v", again[0])
	}
	noHR := testworld.APIClient(f.w.ProvA, "cli_nohr", testworld.Without(viewer.ManageHRSettings)...)
	res = f.sync(t, noHR, f.w.EmpA1, []payrollsync.Employee{r, row(2, "K2", "Bram", "Visser")})
	if res[0].Error == nil || res[0].Error.Code != payrollsync.CodeRightNotHeld || res[1].Status != payrollsync.Created {
		t.Errorf("without MANAGE_HR_SETTINGS: %+v / %+v", res[0], res[1])
	}
}

// R45: employers by administration number, for the provider only.
func TestSyncEmployers(t *testing.T) {
	f := newFx(t)
	rows := []payrollsync.EmployerRow{
		{AdministrationNumber: "23735", Name: "Voorbeeld MKB", City: "Zaltbommel"}, // exists (testworld)
		{AdministrationNumber: "30001", Name: "Nieuw BV", Street: "Markt 1", PostalCode: "1234ab", City: "Utrecht"},
		{AdministrationNumber: "30002", Name: ""},
	}
	res, err := f.svc.SyncEmployers(f.client, rows)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != payrollsync.Unchanged || res[0].EmployerID != f.w.EmpA1.ID ||
		res[1].Status != payrollsync.Created || res[2].Status != payrollsync.Failed || res[2].Error.Field[0] != "name" {
		t.Fatalf("employers: %+v", res)
	}
	e := f.c.Employer.GetX(f.w.Sys, res[1].EmployerID)
	if e.ProviderID != f.w.ProvA.ID || e.PostalCode != "1234 AB" || e.NameKey != "nieuw bv" {
		t.Errorf("new employer: %+v", e)
	}
	rows[1].Name = "Nieuw B.V."
	res, _ = f.svc.SyncEmployers(f.client, rows[:2])
	if res[1].Status != payrollsync.Updated || !slices.Equal(res[1].Changed, []string{"name"}) {
		t.Errorf("rename: %+v", res[1])
	}
	// Provider B has its own administration 23735? No: B's employer has 10001; B
	// creates its own 23735 without seeing A's.
	resB, err := f.svc.SyncEmployers(testworld.APIClient(f.w.ProvB, "cli_b", viewer.AllRights...), rows[:1])
	if err != nil || resB[0].Status != payrollsync.Created || resB[0].EmployerID == f.w.EmpA1.ID {
		t.Errorf("provider B with A's number: %+v %v", resB, err)
	}
}

// R45: a row group that fails while it is written (here: another sync inserted the same
// employee number in between, which the unique index refuses) is rolled back to its
// savepoint and reported; the other groups of the batch commit.
func TestRowGroupFailingMidWriteLosesNoOther(t *testing.T) {
	f := newFx(t)
	f.c.Employment.Use(func(next ent.Mutator) ent.Mutator {
		return hook.EmploymentFunc(func(ctx context.Context, m *ent.EmploymentMutation) (ent.Value, error) {
			if n, ok := m.EmployeeNumber(); ok && n == 2 && m.Op().Is(ent.OpCreate) && !viewer.IsSystem(ctx) {
				// The concurrent sync's row, in the same transaction so that it goes
				// with the savepoint too.
				per, _ := m.PersonID()
				if err := m.Client().Employment.Create().SetProviderID(f.w.ProvA.ID).SetEmployerID(f.w.EmpA1.ID).
					SetPersonID(per).SetEmployeeNumber(2).SetStartDate(date.New(2020, 1, 1)).Exec(viewer.System(ctx)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	})
	res := f.sync(t, f.client, f.w.EmpA1, []payrollsync.Employee{
		row(1, "K1", "Anna", "Jansen"), row(2, "K2", "Bram", "Visser"), row(3, "K3", "Cees", "Bakker"),
	})
	if got := statuses(res); !slices.Equal(got, []payrollsync.Status{payrollsync.Created, payrollsync.Failed, payrollsync.Created}) {
		t.Fatalf("statuses %v (%+v)", got, res[1])
	}
	if res[1].Error.Code != payrollsync.CodeConcurrentChange {
		t.Errorf("failed group: %v", res[1].Error)
	}
	numbers := f.c.Employment.Query().Where(employment.EmployerID(f.w.EmpA1.ID)).Select(employment.FieldEmployeeNumber).IntsX(f.w.Sys)
	slices.Sort(numbers)
	if !slices.Equal(numbers, []int{1, 3}) {
		t.Errorf("employments %v, want 1 and 3: the failed group is rolled back whole", numbers)
	}
	if n := f.c.Person.Query().Where(person.PayrollKey("K2")).CountX(f.w.Sys); n != 0 {
		t.Errorf("the failed group's person stayed")
	}
	if n := f.c.AuditEvent.Query().Where(auditevent.PersonID(res[0].PersonID)).CountX(f.w.Sys); n != 2 {
		t.Errorf("audit events of the first group: %d, want 2", n)
	}
}
