package app_test

import (
	"archive/zip"
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"
)

const homeQ = `{me{features home{
	latestPayslip{id periodLabel netCents}
	leave{remainingHours nextExpiryDate nextExpiryHours}
	newDocumentCount
	openSickReport{id firstSickDay}
	absenceReporting
	openLeaveRequests{id firstDay lastDay hours status leaveType{name}}}}}`

// The home is one request whose cost in SQL statements does not grow with the data: 2
// payslips and documents cost what 12 do (R23, R26).
func TestHomeStatementCount(t *testing.T) {
	e := newPortalEnv(t)
	statements := func() (int64, gqlResponse) {
		before := e.stmts.Load()
		r := e.gql(e.annTok, homeQ, nil)
		if len(r.Errors) > 0 {
			t.Fatalf("home: %s", r.Raw)
		}
		return e.stmts.Load() - before, r
	}
	e.publish(e.integrator, payslipVars(e.annJob, 2026, 9, 300000, ""), payslipVars(e.annJob, 2026, 10, 310000, ""))
	e.addDocument(e.staffA1, e.fx.A1.ID, e.ann.ID, true)
	small, r := statements()
	if dig(r.Data, "me", "home", "latestPayslip", "periodLabel") != "oktober 2026" || dig(r.Data, "me", "home", "newDocumentCount") != float64(1) {
		t.Fatalf("home: %s", r.Raw)
	}
	var slips []map[string]any
	for m := 1; m <= 10; m++ {
		slips = append(slips, payslipVars(e.annJob, 2025, m, 290000+m, ""))
	}
	e.publish(e.integrator, slips...)
	for i := 0; i < 10; i++ {
		e.addDocument(e.staffA1, e.fx.A1.ID, e.ann.ID, true)
	}
	large, r := statements()
	if dig(r.Data, "me", "home", "newDocumentCount") != float64(11) {
		t.Fatalf("home: %s", r.Raw)
	}
	t.Logf("statements of the home: small %d, large %d", small, large)
	if small != large {
		t.Fatalf("the home's statements grow with the data: %d → %d", small, large)
	}
	// Authentication and the features (3), the payslip and its lines (2), the ledger (1:
	// no entries, so no types), the account and the document count (2), the sick report (1).
	if small > 10 {
		t.Fatalf("%d statements for the home; expected at most 10", small)
	}
}

// R22 at the API: the home of an employer with only MijnLoket (Start) has the payslip and
// none of the other parts, without errors; markDocumentsSeen needs DOCUMENTS; staff have
// no home.
func TestHomeFollowsTheProducts(t *testing.T) {
	e := newPortalEnv(t)
	e.publish(e.integrator, payslipVars(e.evaJob, 2026, 10, 300000, ""))
	r := e.gql(e.evaTok, homeQ, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("Eva's home: %s", r.Raw)
	}
	h, _ := dig(r.Data, "me", "home").(map[string]any)
	if h["latestPayslip"] == nil || h["leave"] != nil || h["newDocumentCount"] != nil || h["openSickReport"] != nil ||
		h["absenceReporting"] != false || h["openLeaveRequests"] != nil {
		t.Fatalf("a Start employer's home: %s", r.Raw)
	}
	r = e.gql(e.evaTok, `mutation{markDocumentsSeen{seenAt userErrors{code}}}`, nil)
	if !slices.Contains(r.codes(), "FEATURE_NOT_ACTIVE") {
		t.Fatalf("markDocumentsSeen without DOCUMENTS: %s", r.Raw)
	}
	r = e.gql(e.annTok, `mutation{markDocumentsSeen{seenAt userErrors{code}}}`, nil)
	if dig(r.Data, "markDocumentsSeen", "seenAt") == nil {
		t.Fatalf("markDocumentsSeen: %s", r.Raw)
	}
	r = e.gql(e.annTok, homeQ, nil)
	if dig(r.Data, "me", "home", "absenceReporting") != true || dig(r.Data, "me", "home", "newDocumentCount") != float64(0) {
		t.Fatalf("Ann's home: %s", r.Raw)
	}
	r = e.gql(e.staffA1, `{me{home{absenceReporting}}}`, nil)
	if dig(r.Data, "me") != nil {
		t.Fatalf("staff: %s", r.Raw)
	}
}

// Mijn gegevens downloaden over HTTP: the same bearer session as the other downloads; an
// employee gets a ZIP of their own data; staff and anonymous callers do not; the fourth
// export within the hour is 429 with Retry-After (the default 3/1h).
func TestOwnDataExportDownload(t *testing.T) {
	e := newPortalEnv(t)
	e.publish(e.integrator, payslipVars(e.annJob, 2026, 10, 300000, ""), payslipVars(e.bobJob, 2026, 10, 555555, ""))
	if res, _ := e.get("", "/downloads/mijn-gegevens.zip"); res.StatusCode != http.StatusUnauthorized {
		t.Fatalf("anonymous: %d", res.StatusCode)
	}
	if res, _ := e.get(e.staffA1, "/downloads/mijn-gegevens.zip"); res.StatusCode != http.StatusForbidden {
		t.Fatalf("staff: %d", res.StatusCode)
	}
	for i := 1; i <= 3; i++ {
		res, body := e.get(e.annTok, "/downloads/mijn-gegevens.zip")
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/zip" ||
			!strings.Contains(res.Header.Get("Content-Disposition"), "mijn-gegevens-2026-11-24.zip") {
			t.Fatalf("export %d: %d %v %.200s", i, res.StatusCode, res.Header, body)
		}
		z, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
		if err != nil {
			t.Fatalf("export %d is not a ZIP: %v", i, err)
		}
		var names []string
		for _, f := range z.File {
			names = append(names, f.Name)
		}
		for _, want := range []string{"README.txt", "gegevens.json", "loonstroken/loonstrook-2026-10.pdf", "loonstroken/loonstroken.json", "logboek.csv"} {
			if !slices.Contains(names, want) {
				t.Fatalf("export %d lacks %s: %v", i, want, names)
			}
		}
	}
	res, _ := e.get(e.annTok, "/downloads/mijn-gegevens.zip")
	if res.StatusCode != http.StatusTooManyRequests || res.Header.Get("Retry-After") == "" {
		t.Fatalf("fourth export in the hour: %d %v", res.StatusCode, res.Header)
	}
	if res, _ := e.get(e.bobTok, "/downloads/mijn-gegevens.zip"); res.StatusCode != http.StatusOK {
		t.Fatalf("Bob has his own count: %d", res.StatusCode)
	}
}
