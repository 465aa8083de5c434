package app_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/viewer"
)

const (
	qMyCal    = `query($m:String!){myLeaveCalendar(month:$m){month totalPeople showsLeaveTypes people{name isSelf days{date status leaveType hours}}}}`
	qStaffCal = `query($e:ID!,$m:String!){leaveCalendar(employerId:$e,month:$m){totalPeople showsLeaveTypes people{name days{date status leaveType hours}}}}`
	mFeed     = `mutation{createLeaveCalendarFeed(input:{}){url userErrors{code}}}`
	mRevoke   = `mutation{revokeLeaveCalendarFeed(input:{}){revoked userErrors{code}}}`
)

// calendarEnv: A1 and B1 with Verlofkalender, A2 without. Bob (Anna Persoon2) of A1 has
// accepted Wettelijk verlof on 1–2 December, a submitted request on 10 December and is
// sick since 20 November; Gijs of B1 has accepted leave on 2 December.
func calendarEnv(t *testing.T) *portalEnv {
	t.Helper()
	e := newPortalEnv(t)
	e.activate(e.fx.A1, "MIJNLOKET_LEAVE_CALENDAR")
	e.activate(e.fx.B1, "MIJNLOKET_LEAVE_CALENDAR")
	sys := viewer.System(context.Background())
	c := e.st.Client
	typ := func(emp *ent.Employer) *ent.LeaveType {
		return c.LeaveType.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetName("Wettelijk verlof").
			SetCategory(leavetype.CategorySTATUTORY).SaveX(sys)
	}
	req := func(job *ent.Employment, lt *ent.LeaveType, first string, st leaverequest.Status, days int) {
		d := date.MustParse(first)
		mins := make([]int64, days)
		for i := range mins {
			mins[i] = 480
		}
		c.LeaveRequest.Create().SetProviderID(job.ProviderID).SetEmployerID(job.EmployerID).SetPersonID(job.PersonID).
			SetEmploymentID(job.ID).SetLeaveTypeID(lt.ID).SetStatus(st).SetFirstDay(d).SetLastDay(d.AddDays(days - 1)).
			SetDayMinutes(mins).SetMinutes(int64(480 * days)).SetSubmittedBy("acc").ExecX(sys)
	}
	a1, b1 := typ(e.fx.A1), typ(e.fx.B1)
	req(e.bobJob, a1, "2026-12-01", leaverequest.StatusACCEPTED, 2)
	req(e.bobJob, a1, "2026-12-10", leaverequest.StatusSUBMITTED, 1)
	req(e.gijsJob, b1, "2026-12-02", leaverequest.StatusACCEPTED, 1)
	c.SickReport.Create().SetProviderID(e.bobJob.ProviderID).SetEmployerID(e.bobJob.EmployerID).SetPersonID(e.bob.ID).
		SetFirstSickDay(date.New(2026, 11, 20)).SetReportedAt(e.clk.Now()).SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).
		SetReportedByID("acc").SetReportedByName("Anna Persoon2").ExecX(sys)
	return e
}

// R32 at the API: a colleague sees Bob as ABSENT — no type, no hours, no pending request,
// no sickness; staff see the type and sickness as ABSENT; other tenants see nothing; the
// product gates the employee (R22).
func TestLeaveCalendarPrivacyAPI_R32(t *testing.T) {
	e := calendarEnv(t)
	r := e.gql(e.annTok, qMyCal, map[string]any{"m": "2026-12"})
	if len(r.Errors) > 0 || dig(r.Data, "myLeaveCalendar", "totalPeople") != float64(1) {
		t.Fatalf("Ann's December: %s", r.Raw)
	}
	bob := dig(r.Data, "myLeaveCalendar", "people", 0)
	if dig(bob, "name") != "Anna Persoon2" || dig(bob, "isSelf") != false || len(dig(bob, "days").([]any)) != 2 {
		t.Fatalf("Bob for Ann: %s", r.Raw)
	}
	for _, d := range dig(bob, "days").([]any) {
		if dig(d, "status") != "ABSENT" || dig(d, "leaveType") != nil || dig(d, "hours") != nil {
			t.Errorf("R32: a colleague sees more than afwezig: %v", d)
		}
	}
	for _, leak := range []string{"Wettelijk", "REQUESTED", "2026-12-10", "Geheim"} {
		if strings.Contains(string(r.Raw), leak) {
			t.Errorf("Ann's calendar shows %q: %s", leak, r.Raw)
		}
	}
	if r = e.gql(e.annTok, qMyCal, map[string]any{"m": "2026-11"}); dig(r.Data, "myLeaveCalendar", "totalPeople") != float64(0) {
		t.Errorf("R25/R32: Bob's sickness reaches a colleague: %s", r.Raw)
	}
	// Bob himself: his leave with its type and his request as REQUESTED.
	r = e.gql(e.bobTok, qMyCal, map[string]any{"m": "2026-12"})
	if dig(r.Data, "myLeaveCalendar", "people", 0, "isSelf") != true || dig(r.Data, "myLeaveCalendar", "people", 0, "days", 0, "leaveType") != "Wettelijk verlof" ||
		dig(r.Data, "myLeaveCalendar", "people", 0, "days", 2, "status") != "REQUESTED" {
		t.Errorf("Bob's own: %s", r.Raw)
	}
	// Staff with every right: types, the pending request, sickness as ABSENT without type.
	r = e.gql(e.staffA1, qStaffCal, map[string]any{"e": e.fx.A1.ID, "m": "2026-12"})
	if dig(r.Data, "leaveCalendar", "showsLeaveTypes") != true || dig(r.Data, "leaveCalendar", "people", 0, "days", 0, "leaveType") != "Wettelijk verlof" ||
		dig(r.Data, "leaveCalendar", "people", 0, "days", 2, "status") != "REQUESTED" {
		t.Errorf("staff December: %s", r.Raw)
	}
	r = e.gql(e.staffA1, qStaffCal, map[string]any{"e": e.fx.A1.ID, "m": "2026-11"})
	if dig(r.Data, "leaveCalendar", "people", 0, "days", 0, "status") != "ABSENT" || dig(r.Data, "leaveCalendar", "people", 0, "days", 0, "leaveType") != nil {
		t.Errorf("staff November (sickness): %s", r.Raw)
	}
	// No VIEW_EMPLOYEES: FORBIDDEN; other tenants: NOT_FOUND, like a missing employer.
	if r = e.gql(e.noViewA1, qStaffCal, map[string]any{"e": e.fx.A1.ID, "m": "2026-12"}); len(r.codes()) == 0 || r.codes()[0] != "FORBIDDEN" {
		t.Errorf("without VIEW_EMPLOYEES: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": e.staffA2, "P2": e.staffP2} {
		if r = e.gql(tok, qStaffCal, map[string]any{"e": e.fx.A1.ID, "m": "2026-12"}); len(r.codes()) == 0 || r.codes()[0] != "NOT_FOUND" {
			t.Errorf("%s reads A1's calendar: %s", name, r.Raw)
		}
	}
	if r = e.gql(e.gijsTok, qMyCal, map[string]any{"m": "2026-12"}); strings.Contains(string(r.Raw), "Persoon") {
		t.Errorf("Gijs sees A1: %s", r.Raw)
	}
	if r = e.gql(e.evaTok, qMyCal, map[string]any{"m": "2026-12"}); len(r.codes()) == 0 || r.codes()[0] != "FEATURE_NOT_ACTIVE" {
		t.Errorf("R22 without Verlofkalender: %s", r.Raw)
	}
	if r = e.gql(e.staffA1, qMyCal, map[string]any{"m": "2026-12"}); len(r.codes()) == 0 {
		t.Errorf("staff read myLeaveCalendar: %s", r.Raw)
	}
}

// R32 at HTTP: the subscription address serves the owner's calendar as text/calendar with
// the same privacy, is 404 once revoked, and refused while the account is blocked.
func TestLeaveCalendarFeedHTTP_R32(t *testing.T) {
	e := calendarEnv(t)
	r := e.gql(e.annTok, mFeed, nil)
	feed, _ := dig(r.Data, "createLeaveCalendarFeed", "url").(string)
	if feed == "" {
		t.Fatalf("create: %s", r.Raw)
	}
	u, err := url.Parse(feed)
	if err != nil || !strings.HasPrefix(u.Path, "/ical/") {
		t.Fatalf("address %q", feed)
	}
	res, body := e.get("", u.Path)
	if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/calendar") ||
		res.Header.Get("Cache-Control") != "private, no-store" {
		t.Fatalf("feed: %d %v\n%s", res.StatusCode, res.Header, body)
	}
	s := string(body)
	if !strings.Contains(s, "SUMMARY:Anna Persoon2: afwezig\r\n") || strings.Contains(s, "Wettelijk") ||
		strings.Contains(s, "20261210") || strings.Contains(s, "20261120") || strings.Contains(s, "Geheim") {
		t.Errorf("Ann's feed:\n%s", s)
	}
	// The address is not in the status answer, and no other employee's status shows it.
	if r = e.gql(e.annTok, `{myLeaveCalendarFeed{active createdAt}}`, nil); dig(r.Data, "myLeaveCalendarFeed", "active") != true {
		t.Errorf("status: %s", r.Raw)
	}
	if r = e.gql(e.bobTok, `{myLeaveCalendarFeed{active}}`, nil); dig(r.Data, "myLeaveCalendarFeed", "active") != false {
		t.Errorf("Bob's status: %s", r.Raw)
	}
	// Blocked: refused at once (R6).
	sys := viewer.System(context.Background())
	e.st.Client.Account.UpdateOne(e.annAcc).SetState(account.StateBLOCKED).ExecX(sys)
	if res, body = e.get("", u.Path); res.StatusCode != http.StatusForbidden {
		t.Errorf("blocked: %d %s", res.StatusCode, body)
	}
	e.st.Client.Account.UpdateOne(e.annAcc).SetState(account.StateACTIVE).ExecX(sys)
	if res, _ = e.get("", u.Path); res.StatusCode != http.StatusOK {
		t.Errorf("unblocked: %d", res.StatusCode)
	}
	// Revoked: 404 at once, like an address that never was.
	if r = e.gql(e.annTok, mRevoke, nil); dig(r.Data, "revokeLeaveCalendarFeed", "revoked") != true {
		t.Fatalf("revoke: %s", r.Raw)
	}
	for _, p := range []string{u.Path, "/ical/" + strings.Repeat("x", 43) + ".ics", "/ical/", "/ical/abc"} {
		res, body = e.get("", p)
		var answer map[string]any
		if res.StatusCode != http.StatusNotFound || json.Unmarshal(body, &answer) != nil {
			t.Errorf("%s: %d %s", p, res.StatusCode, body)
		}
	}
	// Without the product there is no address to make (R22).
	if r = e.gql(e.evaTok, mFeed, nil); len(r.codes()) == 0 || r.codes()[0] != "FEATURE_NOT_ACTIVE" {
		t.Errorf("Eva: %s", r.Raw)
	}
}

// The anonymous iCal route is bounded like the other anonymous routes: per address of a
// subscription, beyond the limit 429 with Retry-After, before the token is looked up.
func TestLeaveCalendarFeedRateLimited(t *testing.T) {
	e := calendarEnv(t)
	e.app.Limits.Rules.CalendarFeed = ratelimit.Rule{Limit: 2, Window: time.Hour}
	r := e.gql(e.annTok, mFeed, nil)
	feed, _ := dig(r.Data, "createLeaveCalendarFeed", "url").(string)
	u, err := url.Parse(feed)
	if err != nil || feed == "" {
		t.Fatalf("create: %s", r.Raw)
	}
	for i, want := range []int{http.StatusOK, http.StatusOK, http.StatusTooManyRequests} {
		res, body := e.get("", u.Path)
		if res.StatusCode != want {
			t.Fatalf("read %d: %d %s", i+1, res.StatusCode, body)
		}
		if want == http.StatusTooManyRequests && res.Header.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	// Another address is counted apart.
	other := "/ical/" + strings.Repeat("b", 43) + ".ics"
	if res, _ := e.get("", other); res.StatusCode != http.StatusNotFound {
		t.Errorf("another address: %d", res.StatusCode)
	}
}

// The calendar month costs the same number of statements whatever the page size: no
// query per person.
func TestLeaveCalendarStatementsConstant(t *testing.T) {
	e := calendarEnv(t)
	sys := viewer.System(context.Background())
	c := e.st.Client
	lt := c.LeaveType.Query().Where(leavetype.EmployerID(e.fx.A1.ID)).OnlyX(sys)
	for _, p := range e.fx.PersonsA1[2:32] {
		job := e.jobOf(p)
		d := date.New(2026, 12, 14)
		c.LeaveRequest.Create().SetProviderID(job.ProviderID).SetEmployerID(job.EmployerID).SetPersonID(job.PersonID).
			SetEmploymentID(job.ID).SetLeaveTypeID(lt.ID).SetStatus(leaverequest.StatusACCEPTED).SetFirstDay(d).SetLastDay(d).
			SetDayMinutes([]int64{480}).SetMinutes(480).SetSubmittedBy("acc").ExecX(sys)
	}
	count := func(tok, q string, size int) int64 {
		vars := map[string]any{"m": "2026-12", "s": size}
		if strings.Contains(q, "$e") {
			vars["e"] = e.fx.A1.ID
		}
		before := e.stmts.Load()
		r := e.gql(tok, q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s", r.Raw)
		}
		return e.stmts.Load() - before
	}
	const my = `query($m:String!,$s:Int){myLeaveCalendar(month:$m,pageSize:$s){people{name days{date status}}}}`
	const staff = `query($e:ID!,$m:String!,$s:Int){leaveCalendar(employerId:$e,month:$m,pageSize:$s){people{name days{date status leaveType}}}}`
	if a, b := count(e.annTok, my, 5), count(e.annTok, my, 30); a != b {
		t.Errorf("employee: %d statements for 5 people, %d for 30", a, b)
	}
	if a, b := count(e.staffA1, staff, 5), count(e.staffA1, staff, 30); a != b {
		t.Errorf("staff: %d statements for 5 people, %d for 30", a, b)
	}
}
