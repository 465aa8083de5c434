package app_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/partialrecovery"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/sick"
)

// R25, R27: staff download the employer's sick reports as CSV for Dutch Excel (BOM,
// ';'), with dates, hours and percentages and the next Poortwachter step, no cell a
// spreadsheet reads as a formula, nothing of another employer; VIEW_EMPLOYEES and the
// tenant decide, and every download is in the trail.
func TestR25SickReportExportAPI(t *testing.T) {
	e := newEnv(t)
	c, ctx := e.st.Client, e.w.Sys
	report := func(p *ent.Person, first date.Date, recovered *date.Date) *ent.SickReport {
		return c.SickReport.Create().SetProviderID(p.ProviderID).SetEmployerID(p.EmployerID).SetPersonID(p.ID).
			SetFirstSickDay(first).SetNillableRecoveryDate(recovered).SetReportedAt(e.clk.Now()).SetHoursWorked(2.5).
			SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).SetReportedByID(p.ID).SetReportedByName(p.FirstName).SaveX(ctx)
	}
	ann, bea := e.fx.PersonsA1[0], e.fx.PersonsA1[1]
	open := report(ann, date.New(2026, 11, 2), nil)
	c.PartialRecovery.Create().SetProviderID(ann.ProviderID).SetEmployerID(ann.EmployerID).SetPersonID(ann.ID).
		SetSickReportID(open.ID).SetFromDate(date.New(2026, 11, 16)).SetPercentage(50).SetRecordedAt(e.clk.Now()).
		SetRecordedByKind(partialrecovery.RecordedByKindEMPLOYEE).SetRecordedByID(ann.ID).SetRecordedByName("Ann").SaveX(ctx)
	back := date.New(2026, 10, 9)
	report(bea, date.New(2026, 10, 5), &back)
	c.Person.UpdateOne(bea).SetFirstName("=HYPERLINK(\"x\")").ExecX(ctx)
	report(e.fx.PersonA2, date.New(2026, 11, 3), nil)

	staff := e.login(e.fx.EmployerUserA1)
	res, body := e.fetch(staff, "/downloads/verzuim.csv?employerId="+e.fx.A1.ID)
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" ||
		!strings.Contains(res.Header.Get("Content-Disposition"), "verzuim-2026-11-24.csv") || res.Header.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("export: %d %v %s", res.StatusCode, res.Header, body)
	}
	rest, ok := bytes.CutPrefix(body, []byte("\ufeff"))
	if !ok {
		t.Fatalf("no BOM: %q", body)
	}
	cr := csv.NewReader(bytes.NewReader(rest))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("rows (%v): %q", err, rows)
	}
	if !slices.Equal(rows[0], sick.ExportHeader) || strings.Contains(strings.ToLower(strings.Join(rows[0], ";")), "diagnose") {
		t.Errorf("header: %q", rows[0])
	}
	// Newest first sick day first: Ann's open case with her partial recovery and the
	// problem analysis, due at the end of week 6 (13 December), as the next step.
	want := []string{directory.FullName(ann), "1", "2026-11-02", "2,5", "2026-11-24 10:00", "werknemer", "",
		"2026-11-16", "50%", "2026-11-02", "Probleemanalyse", "2026-12-13"}
	if !slices.Equal(rows[1], want) {
		t.Errorf("open case:\n%q\nwant\n%q", rows[1], want)
	}
	if rows[2][0] != "'"+directory.FullName(c.Person.GetX(ctx, bea.ID)) || rows[2][6] != "2026-10-09" || rows[2][9] != "" || rows[2][10] != "" {
		t.Errorf("ended case (a name that is a formula is defused): %q", rows[2])
	}
	if bytes.Contains(body, []byte(e.fx.PersonA2.LastName)) {
		t.Error("another employer's report in the export")
	}
	res, body = e.fetch(staff, "/downloads/verzuim.csv?open=false&employerId="+e.fx.A1.ID)
	if res.StatusCode != http.StatusOK || bytes.Contains(body, []byte("2026-11-02")) || !bytes.Contains(body, []byte("2026-10-05")) {
		t.Errorf("only ended reports: %d %s", res.StatusCode, body)
	}
	if n := c.AuditEvent.Query().Where(auditevent.Action(string(sick.ActionSickReportsExported)), auditevent.EmployerID(e.fx.A1.ID)).CountX(ctx); n != 2 {
		t.Errorf("%d export events, want 2", n)
	}

	for _, tc := range []struct {
		name, tok, path string
		want            int
	}{
		{"no token", "", "/downloads/verzuim.csv?employerId=" + e.fx.A1.ID, http.StatusUnauthorized},
		{"no VIEW_EMPLOYEES", e.login(e.fx.NoViewUserA1), "/downloads/verzuim.csv?employerId=" + e.fx.A1.ID, http.StatusForbidden},
		{"another employer", staff, "/downloads/verzuim.csv?employerId=" + e.fx.A2.ID, http.StatusNotFound},
		{"another provider", e.login(e.fx.ProviderUserP2), "/downloads/verzuim.csv?employerId=" + e.fx.A1.ID, http.StatusNotFound},
		{"no employer", staff, "/downloads/verzuim.csv", http.StatusBadRequest},
		{"open not a boolean", staff, "/downloads/verzuim.csv?open=ja&employerId=" + e.fx.A1.ID, http.StatusBadRequest},
	} {
		if res, body := e.fetch(tc.tok, tc.path); res.StatusCode != tc.want {
			t.Errorf("%s: %d, want %d: %s", tc.name, res.StatusCode, tc.want, body)
		}
	}
	if n := c.AuditEvent.Query().Where(auditevent.Action(string(sick.ActionSickReportsExported))).CountX(ctx); n != 2 {
		t.Errorf("refused downloads were audited: %d events", n)
	}
}
