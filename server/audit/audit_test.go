package audit_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

type world struct {
	*testworld.World
	personA1 *ent.Person
}

func newWorld(t *testing.T) world {
	t.Helper()
	w := testworld.New(t, t0)
	p := w.Store.Client.Person.Create().SetEmployerID(w.EmpA1.ID).SetProviderID(w.ProvA.ID).
		SetFirstName("Linda").SetLastNamePrefix("van der").SetLastName("Huis").SetBirthDate(date.New(1985, 3, 17)).
		SetSearchKey("linda van der huis").SaveX(w.Sys)
	return world{World: w, personA1: p}
}

// record writes one event as actor (a staff user named name) at an instant.
func (w world) record(t *testing.T, e *ent.Employer, personID, action, name string, at time.Time, details map[string]string) {
	t.Helper()
	ctx := viewer.NewContext(context.Background(), &viewer.Principal{
		Kind: viewer.KindStaff, ID: "usr_" + strings.ToLower(action), DisplayName: name,
		Scope: viewer.ScopeProvider, ProviderID: e.ProviderID, Rights: viewer.AllRights,
	})
	if err := audit.Record(ctx, w.Store.Client, audit.Event{
		Action: audit.Action(action), ProviderID: e.ProviderID, EmployerID: e.ID, PersonID: personID,
		TargetType: "Person", TargetID: personID, Details: details, At: at,
	}); err != nil {
		t.Fatal(err)
	}
}

func actions(t *testing.T, ctx context.Context, c *ent.Client, f audit.Filter) []string {
	t.Helper()
	evs, err := audit.Query(c, f).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(evs))
	for i, e := range evs {
		out[i] = e.Action
	}
	slices.Sort(out)
	return out
}

// R27: the trail narrows to calendar days in the Netherlands, both ends
// included; a range that ends before it starts is refused.
func TestR27AuditDateRange(t *testing.T) {
	w := newWorld(t)
	// 1 March 23:30 in Amsterdam (CET, UTC+1) is still 1 March; 2 March 00:30 is 1 March 23:30 UTC.
	w.record(t, w.EmpA1, w.personA1.ID, "LATE_ON_THE_FIRST", "AK a", time.Date(2026, 3, 1, 22, 30, 0, 0, time.UTC), nil)
	w.record(t, w.EmpA1, w.personA1.ID, "EARLY_ON_THE_SECOND", "AK a", time.Date(2026, 3, 1, 23, 30, 0, 0, time.UTC), nil)
	w.record(t, w.EmpA1, w.personA1.ID, "ON_THE_THIRD", "AK a", time.Date(2026, 3, 3, 22, 59, 59, 0, time.UTC), nil)
	w.record(t, w.EmpB1, "", "OTHER_TENANT_ON_THE_SECOND", "AK b", time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), nil)
	staffA := testworld.ProviderUser(w.ProvA, "usr_a", viewer.ViewAuditLog)
	c := w.Store.Client

	for _, tc := range []struct {
		name     string
		from, to date.Date
		want     []string
	}{
		{"one day", date.New(2026, 3, 2), date.New(2026, 3, 2), []string{"EARLY_ON_THE_SECOND"}},
		{"from only", date.New(2026, 3, 2), date.Date{}, []string{"EARLY_ON_THE_SECOND", "ON_THE_THIRD"}},
		{"to only", date.Date{}, date.New(2026, 3, 1), []string{"LATE_ON_THE_FIRST"}},
		{"to includes its whole day", date.New(2026, 3, 3), date.New(2026, 3, 3), []string{"ON_THE_THIRD"}},
		{"none", date.Date{}, date.Date{}, []string{"EARLY_ON_THE_SECOND", "LATE_ON_THE_FIRST", "ON_THE_THIRD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := actions(t, staffA, c, audit.Filter{From: tc.from, To: tc.to}); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	testworld.WantCode(t, audit.Filter{From: date.New(2026, 3, 3), To: date.New(2026, 3, 2)}.Check(), apperr.BadRequest)
}

func readCSV(t *testing.T, body []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(body, []byte("\ufeff"))
	if !ok {
		t.Fatalf("no byte-order mark: %q", body[:min(len(body), 20)])
	}
	if !bytes.Contains(rest, []byte("\r\n")) {
		t.Error("lines do not end in CRLF")
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// R27: the export holds what the filters select, in the caller's tenant
// only, newest first, in batches that do not lose or repeat an event when many share an
// instant; names of persons (with tussenvoegsel) and employers; times in the
// Netherlands; values that would be formulas are defused.
func TestR27AuditExport(t *testing.T) {
	w := newWorld(t)
	c := w.Store.Client
	same := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	n := 1234 // more than two batches, all at one instant
	for i := range n {
		w.record(t, w.EmpA1, w.personA1.ID, "BULK", "AK a", same, map[string]string{"n": fmt.Sprint(i)})
	}
	w.record(t, w.EmpA1, w.personA1.ID, "ACCESS_BLOCKED", "=HYPERLINK(\"x\")", same.Add(time.Hour), map[string]string{"reason": "Uit dienst; laptop"})
	w.record(t, w.EmpA2, "", "PRODUCT_ACTIVATED", "AK a", same.Add(-24*time.Hour), nil)
	w.record(t, w.EmpB1, "", "PRODUCT_ACTIVATED", "AK b", same, nil)
	staffA := testworld.ProviderUser(w.ProvA, "usr_a", viewer.ViewAuditLog, viewer.ViewEmployees)

	var buf bytes.Buffer
	f := audit.Filter{From: date.New(2026, 3, 2)}
	if err := audit.CheckExport(staffA, c, f); err != nil {
		t.Fatal(err)
	}
	if err := audit.Export(staffA, c, f, &buf); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	if !slices.Equal(rows[0], audit.ExportHeader) {
		t.Fatalf("header %v", rows[0])
	}
	rows = rows[1:]
	if len(rows) != n+1 {
		t.Fatalf("%d rows, want %d (the bulk and the block; not A2's of the day before, not provider B's)", len(rows), n+1)
	}
	first := rows[0]
	want := []string{"02-03-2026 11:00:00", "ACCESS_BLOCKED", "'=HYPERLINK(\"x\")", "STAFF_USER", "Voorbeeld MKB", "Linda van der Huis",
		"Person " + w.personA1.ID, "reason=Uit dienst; laptop"}
	if !slices.Equal(first[:len(want)], want) {
		t.Errorf("first row\n got %q\nwant %q", first[:len(want)], want)
	}
	seen := map[string]bool{}
	for _, r := range rows[1:] {
		if r[1] != "BULK" || seen[r[7]] {
			t.Fatalf("row %v: not a bulk event, or seen twice", r)
		}
		seen[r[7]] = true
	}
	if len(seen) != n {
		t.Errorf("%d distinct bulk events, want %d", len(seen), n)
	}

	// Narrowed further: one employer, one action.
	buf.Reset()
	must(t, audit.Export(staffA, c, audit.Filter{EmployerID: w.EmpA2.ID, Actions: []string{"PRODUCT_ACTIVATED"}}, &buf))
	if rows := readCSV(t, buf.Bytes()); len(rows) != 2 || rows[1][4] != "Bakkerij De Korst" {
		t.Errorf("employer A2's export: %v", rows)
	}

	// Without VIEW_EMPLOYEES the trail exports without the persons' names.
	buf.Reset()
	auditOnly := testworld.ProviderUser(w.ProvA, "usr_a", viewer.ViewAuditLog)
	must(t, audit.Export(auditOnly, c, audit.Filter{Actions: []string{"ACCESS_BLOCKED"}}, &buf))
	if rows := readCSV(t, buf.Bytes()); len(rows) != 2 || rows[1][5] != "" || rows[1][4] != "Voorbeeld MKB" {
		t.Errorf("export without VIEW_EMPLOYEES: %v", rows)
	}
}

// R27: the export needs VIEW_AUDIT_LOG, and an employer outside the caller's scope is
// not found; the events themselves are narrowed to the tenant (above).
func TestR27AuditExportRights(t *testing.T) {
	w := newWorld(t)
	c := w.Store.Client
	testworld.WantCode(t, audit.CheckExport(testworld.ProviderUser(w.ProvA, "usr_x", testworld.Without(viewer.ViewAuditLog)...), c, audit.Filter{}), apperr.Forbidden)
	testworld.WantCode(t, audit.CheckExport(context.Background(), c, audit.Filter{}), apperr.Unauthenticated)
	staffA1 := testworld.EmployerUser(w.EmpA1, "usr_a1", viewer.ViewAuditLog)
	testworld.WantCode(t, audit.CheckExport(staffA1, c, audit.Filter{EmployerID: w.EmpA2.ID}), apperr.NotFound)
	testworld.WantCode(t, audit.CheckExport(testworld.ProviderUser(w.ProvB, "usr_b", viewer.ViewAuditLog), c, audit.Filter{EmployerID: w.EmpA1.ID}), apperr.NotFound)
	if err := audit.CheckExport(staffA1, c, audit.Filter{EmployerID: w.EmpA1.ID}); err != nil {
		t.Errorf("own employer: %v", err)
	}
	testworld.WantCode(t, audit.CheckExport(staffA1, c, audit.Filter{From: date.New(2026, 3, 2), To: date.New(2026, 3, 1)}), apperr.BadRequest)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
