package calendar_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// world is testworld.NewPortal (clock 2026-11-24; A1 with every portal feature, A2
// without Verlofkalender, B1 at another provider) with leave types and leave:
//
//   - Ann (A1, the viewer): accepted Wettelijk verlof on 7 December, a submitted
//     Bijzonder verlof request on 14 December.
//   - Bob (A1): accepted Wettelijk verlof 1–3 December, a submitted request on 10
//     December, and sick since 20 November (open).
//   - Gijs (B1, another provider): accepted leave on 2 December.
type world struct {
	*testworld.Portal
	svc        *calendar.Service
	stat, spec *ent.LeaveType
}

func newWorld(t *testing.T) *world {
	t.Helper()
	p := testworld.NewPortal(t)
	w := &world{Portal: p, svc: &calendar.Service{Client: p.C, Clock: p.Clk, Features: p.Gate, FeedBase: "https://werkportaal.example.nl"}}
	w.stat = w.leaveType(p.A1, "Wettelijk verlof", leavetype.CategorySTATUTORY)
	w.spec = w.leaveType(p.A1, "Bijzonder verlof", leavetype.CategoryOTHER)
	gijsType := w.leaveType(p.B1, "Wettelijk verlof B", leavetype.CategorySTATUTORY)
	w.request(p.Ann, w.stat, "2026-12-07", leaverequest.StatusACCEPTED, 8)
	w.request(p.Ann, w.spec, "2026-12-14", leaverequest.StatusSUBMITTED, 4)
	w.request(p.Bob, w.stat, "2026-12-01", leaverequest.StatusACCEPTED, 8, 8, 8)
	w.request(p.Bob, w.spec, "2026-12-10", leaverequest.StatusSUBMITTED, 8)
	w.request(p.Gijs, gijsType, "2026-12-02", leaverequest.StatusACCEPTED, 8)
	w.sick(p.Bob, "2026-11-20", nil)
	return w
}

func (w *world) leaveType(e *ent.Employer, name string, c leavetype.Category) *ent.LeaveType {
	return w.C.LeaveType.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetName(name).SetCategory(c).SaveX(w.Sys)
}

// request stores a leave request of m from first with hours per day.
func (w *world) request(m testworld.Member, t *ent.LeaveType, first string, st leaverequest.Status, hours ...int64) *ent.LeaveRequest {
	d := date.MustParse(first)
	mins := make([]int64, len(hours))
	var sum int64
	for i, h := range hours {
		mins[i] = h * 60
		sum += mins[i]
	}
	return w.C.LeaveRequest.Create().SetProviderID(m.Job.ProviderID).SetEmployerID(m.Job.EmployerID).SetPersonID(m.P.ID).
		SetEmploymentID(m.Job.ID).SetLeaveTypeID(t.ID).SetStatus(st).SetFirstDay(d).SetLastDay(d.AddDays(len(hours) - 1)).
		SetDayMinutes(mins).SetMinutes(sum).SetSubmittedBy("acc").SaveX(w.Sys)
}

func (w *world) sick(m testworld.Member, first string, recovery *date.Date) {
	c := w.C.SickReport.Create().SetProviderID(m.Job.ProviderID).SetEmployerID(m.Job.EmployerID).SetPersonID(m.P.ID).
		SetFirstSickDay(date.MustParse(first)).SetReportedAt(w.Clk.Now()).SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).
		SetReportedByID("acc").SetReportedByName("werknemer")
	if recovery != nil {
		c.SetRecoveryDate(*recovery)
	}
	c.ExecX(w.Sys)
}

func row(m *calendar.Month, name string) *calendar.Person {
	for _, p := range m.People {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func days(p *calendar.Person) string {
	if p == nil {
		return "<none>"
	}
	var out []string
	for _, d := range p.Days {
		s := fmt.Sprintf("%s %s", d.Date, d.Status)
		if d.LeaveType != "" {
			s += " " + d.LeaveType
		}
		if d.Minutes != 0 {
			s += fmt.Sprintf(" %gh", d.Minutes.Hours())
		}
		out = append(out, s)
	}
	return strings.Join(out, ", ")
}

func want(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got %s\nwant %s", what, got, want)
	}
}

// R32: a colleague sees another's leave as afwezig, never the type or the hours, never
// a pending request and never sickness; their own leave with its type and their own
// pending request as aangevraagd.
func TestEmployeeSeesColleaguesAsAbsentOnly_R32(t *testing.T) {
	w := newWorld(t)
	m, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-12", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.People) != 2 || !m.People[0].Self || m.People[0].Name != "Ann Jansen" || m.Total != 2 {
		t.Fatalf("people = %+v (total %d), want Ann (self) first, then Bob", m.People, m.Total)
	}
	want(t, "Ann", days(row(m, "Ann Jansen")), "2026-12-07 LEAVE Wettelijk verlof 8h, 2026-12-14 REQUESTED Bijzonder verlof 4h")
	want(t, "Bob", days(row(m, "Bob Jansen")), "2026-12-01 ABSENT, 2026-12-02 ABSENT, 2026-12-03 ABSENT")
	if m.ShowsType {
		t.Error("an employee's month says it shows types")
	}
	// Bob is sick since 20 November and has no leave then: he is not in Ann's November.
	nov, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-11", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if row(nov, "Bob Jansen") != nil {
		t.Errorf("R25/R32: Bob's sickness reaches a colleague: %s", days(row(nov, "Bob Jansen")))
	}
	// Bob sees Ann the same way, and his own pending request.
	bm, err := w.svc.MyMonth(w.Bob.Ctx(), "2026-12", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	want(t, "Ann for Bob", days(row(bm, "Ann Jansen")), "2026-12-07 ABSENT")
	want(t, "Bob himself", days(row(bm, "Bob Jansen")),
		"2026-12-01 LEAVE Wettelijk verlof 8h, 2026-12-02 LEAVE Wettelijk verlof 8h, 2026-12-03 LEAVE Wettelijk verlof 8h, 2026-12-10 REQUESTED Bijzonder verlof 8h")
}

// R32: staff with VIEW_EMPLOYEES see types; sickness only as afwezig; pending requests
// only with HANDLE_REQUESTS (the handlers).
func TestStaffSeesTypesAndSicknessAsAbsent_R32(t *testing.T) {
	w := newWorld(t)
	m, err := w.svc.EmployerMonth(w.StaffA1, w.A1.ID, "2026-12", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !m.ShowsType {
		t.Error("staff month does not show types")
	}
	want(t, "Bob (handler)", days(row(m, "Bob Jansen")),
		"2026-12-01 LEAVE Wettelijk verlof 8h, 2026-12-02 LEAVE Wettelijk verlof 8h, 2026-12-03 LEAVE Wettelijk verlof 8h, 2026-12-10 REQUESTED Bijzonder verlof 8h")
	nov, err := w.svc.EmployerMonth(w.StaffA1, w.A1.ID, "2026-11", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Open since 20 November; today is 24 November: the future is not known.
	want(t, "Bob sick", days(row(nov, "Bob Jansen")),
		"2026-11-20 ABSENT, 2026-11-21 ABSENT, 2026-11-22 ABSENT, 2026-11-23 ABSENT, 2026-11-24 ABSENT")

	viewOnly := testworld.EmployerUser(w.A1, "usr_view", viewer.ViewEmployees)
	m, err = w.svc.EmployerMonth(viewOnly, w.A1.ID, "2026-12", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	want(t, "Bob (no HANDLE_REQUESTS)", days(row(m, "Bob Jansen")),
		"2026-12-01 LEAVE Wettelijk verlof 8h, 2026-12-02 LEAVE Wettelijk verlof 8h, 2026-12-03 LEAVE Wettelijk verlof 8h")
	if row(m, "Ann Jansen") == nil || strings.Contains(days(row(m, "Ann Jansen")), "REQUESTED") {
		t.Errorf("Ann without HANDLE_REQUESTS: %s", days(row(m, "Ann Jansen")))
	}

	handlerOnly := testworld.EmployerUser(w.A1, "usr_handler", viewer.HandleRequests)
	_, err = w.svc.EmployerMonth(handlerOnly, w.A1.ID, "2026-12", 1, 0)
	testworld.WantCode(t, err, apperr.Forbidden)
	_, err = w.svc.EmployerMonth(w.Ann.Ctx(), w.A1.ID, "2026-12", 1, 0)
	testworld.WantCode(t, err, apperr.Forbidden)
}

// Tenant isolation: another employer's people never appear, and another tenant's
// employer is NOT_FOUND like one that does not exist.
func TestCalendarTenantIsolation(t *testing.T) {
	w := newWorld(t)
	m, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-12", 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if row(m, "Gijs Jansen") != nil {
		t.Error("Gijs of B1 appears in A1's calendar")
	}
	for name, ctx := range map[string]context.Context{"employer user of A1": w.StaffA1, "provider user of P2": w.ProviderP2} {
		other := w.B1.ID
		if ctx == w.ProviderP2 {
			other = w.A1.ID
		}
		_, err := w.svc.EmployerMonth(ctx, other, "2026-12", 1, 0)
		testworld.WantCode(t, err, apperr.NotFound)
		_, err = w.svc.EmployerMonth(ctx, "emp_01NOTTHERE", "2026-12", 1, 0)
		if msg := testworld.WantCode(t, err, apperr.NotFound); msg == "" {
			t.Errorf("%s: missing employer", name)
		}
	}
	m, err = w.svc.EmployerMonth(w.ProviderP1, w.A1.ID, "2026-12", 1, 0)
	if err != nil || row(m, "Bob Jansen") == nil || row(m, "Gijs Jansen") != nil {
		t.Fatalf("provider P1 on A1: %v, %+v", err, m)
	}
}

// R22: the employee's calendar and its address need the Verlofkalender product.
func TestCalendarNeedsTheProduct_R22(t *testing.T) {
	w := newWorld(t)
	_, err := w.svc.MyMonth(w.Eva.Ctx(), "2026-12", 1, 0)
	testworld.WantCode(t, err, apperr.FeatureNotActive)
	_, err = w.svc.CreateFeed(w.Eva.Ctx(), "")
	testworld.WantCode(t, err, apperr.FeatureNotActive)
	_, err = w.svc.MyMonth(w.Ann.Ctx(), "2026-13", 1, 0)
	testworld.WantUserError(t, err, calendar.CodeInvalidMonth, "month")
}

// The people of a month are paged: at most MaxPageSize a page, the viewer first.
func TestCalendarPages(t *testing.T) {
	w := newWorld(t)
	for i := range 30 {
		m := w.Member(w.A1, fmt.Sprintf("Z%02d", i), account.StateACTIVE, false)
		w.request(m, w.stat, "2026-12-21", leaverequest.StatusACCEPTED, 8)
	}
	p1, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-12", 1, 25)
	if err != nil {
		t.Fatal(err)
	}
	p2, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-12", 2, 25)
	if err != nil {
		t.Fatal(err)
	}
	if p1.Total != 32 || len(p1.People) != 25 || len(p2.People) != 7 || !p1.People[0].Self {
		t.Fatalf("pages: total %d, %d + %d people, first %q", p1.Total, len(p1.People), len(p2.People), p1.People[0].Name)
	}
	big, err := w.svc.MyMonth(w.Ann.Ctx(), "2026-12", 1, 10_000)
	if err != nil || big.PageSize != calendar.MaxPageSize {
		t.Fatalf("page size 10000: %v, pages of %d", err, big.PageSize)
	}
}

func feedToken(t *testing.T, f *calendar.Feed) string {
	t.Helper()
	tok, ok := strings.CutPrefix(f.URL, "https://werkportaal.example.nl/ical/")
	tok, ok2 := strings.CutSuffix(tok, ".ics")
	if !ok || !ok2 || len(tok) != 43 {
		t.Fatalf("address %q", f.URL)
	}
	return tok
}

// R32: the iCal address serves the owner's calendar with the same privacy; it stops at
// once when revoked, replaced or when the account is blocked.
func TestFeedHasTheOwnersPrivacy_R32(t *testing.T) {
	w := newWorld(t)
	f, err := w.svc.CreateFeed(w.Ann.Ctx(), "")
	if err != nil {
		t.Fatal(err)
	}
	tok := feedToken(t, f)
	if n := w.C.CalendarFeed.Query().CountX(w.Sys); n != 1 {
		t.Fatalf("%d feeds", n)
	}
	if stored := w.C.CalendarFeed.Query().OnlyX(w.Sys).TokenHash; strings.Contains(stored, tok) {
		t.Fatal("the token is stored as it is")
	}
	ics, err := w.svc.ServeFeed(context.Background(), tok)
	if err != nil {
		t.Fatal(err)
	}
	s := string(ics)
	for _, in := range []string{"BEGIN:VCALENDAR\r\n", "SUMMARY:Bob Jansen: afwezig\r\n", "DTSTART;VALUE=DATE:20261201\r\nDTEND;VALUE=DATE:20261204\r\n",
		"SUMMARY:Wettelijk verlof\r\n", "SUMMARY:Bijzonder verlof (aangevraagd)\r\n", "STATUS:TENTATIVE"} {
		if !strings.Contains(s, in) {
			t.Errorf("feed lacks %q:\n%s", in, s)
		}
	}
	if strings.Count(s, "BEGIN:VEVENT") != 3 {
		t.Errorf("want 3 events (Ann's leave and request, Bob's leave):\n%s", s)
	}
	if strings.Contains(s, "Gijs") || strings.Contains(s, "20261120") || strings.Contains(s, "20261210") {
		t.Errorf("the feed shows another tenant, sickness or a colleague's request:\n%s", s)
	}
	// The same events keep their UIDs.
	again, _ := w.svc.ServeFeed(context.Background(), tok)
	if uids(s) != uids(string(again)) {
		t.Error("UIDs change between two reads")
	}
	if n := w.C.AuditEvent.Query().Where(auditevent.Action(string(calendar.ActionFeedCreated))).CountX(w.Sys); n != 1 {
		t.Errorf("%d audit events of the creation", n)
	}

	// A new address replaces the old one.
	f2, err := w.svc.CreateFeed(w.Ann.Ctx(), "")
	if err != nil {
		t.Fatal(err)
	}
	tok2 := feedToken(t, f2)
	if _, err := w.svc.ServeFeed(context.Background(), tok); !errors.Is(err, calendar.ErrFeedNotFound) {
		t.Errorf("replaced address: %v", err)
	}
	info, err := w.svc.FeedStatus(w.Ann.Ctx(), "")
	if err != nil || !info.Active {
		t.Fatalf("status: %v %+v", err, info)
	}

	// Blocked: refused at once, and back when unblocked (R6).
	w.C.Account.UpdateOne(w.Ann.Acc).SetState(account.StateBLOCKED).ExecX(w.Sys)
	if _, err := w.svc.ServeFeed(context.Background(), tok2); !errors.Is(err, calendar.ErrFeedRefused) {
		t.Errorf("blocked account: %v", err)
	}
	w.C.Account.UpdateOne(w.Ann.Acc).SetState(account.StateACTIVE).ExecX(w.Sys)
	if _, err := w.svc.ServeFeed(context.Background(), tok2); err != nil {
		t.Errorf("unblocked account: %v", err)
	}

	// Revoked: gone at once.
	ok, err := w.svc.RevokeFeed(w.Ann.Ctx(), "")
	if err != nil || !ok {
		t.Fatalf("revoke: %v %v", ok, err)
	}
	if _, err := w.svc.ServeFeed(context.Background(), tok2); !errors.Is(err, calendar.ErrFeedNotFound) {
		t.Errorf("revoked address: %v", err)
	}
	if n := w.C.AuditEvent.Query().Where(auditevent.Action(string(calendar.ActionFeedRevoked))).CountX(w.Sys); n != 1 {
		t.Errorf("%d audit events of the revocation", n)
	}
	for _, bad := range []string{"", "short", strings.Repeat("A", 43), strings.Repeat("é", 22)} {
		if _, err := w.svc.ServeFeed(context.Background(), bad); !errors.Is(err, calendar.ErrFeedNotFound) {
			t.Errorf("token %q: %v", bad, err)
		}
	}
}

// A staff user's address serves the employer's calendar with types and sickness as
// afwezig; it stops when the user is blocked or loses VIEW_EMPLOYEES.
func TestStaffFeed_R32(t *testing.T) {
	w := newWorld(t)
	u := w.EmployerStaff(w.A1, "planner", "x", viewer.ViewEmployees)
	ctx := viewer.NewContext(context.Background(), auth.StaffPrincipal(u))
	f, err := w.svc.CreateFeed(ctx, w.A1.ID)
	if err != nil {
		t.Fatal(err)
	}
	tok := feedToken(t, f)
	ics, err := w.svc.ServeFeed(context.Background(), tok)
	if err != nil {
		t.Fatal(err)
	}
	s := string(ics)
	for _, in := range []string{"SUMMARY:Bob Jansen: Wettelijk verlof\r\n", "SUMMARY:Ann Jansen: Wettelijk verlof\r\n",
		"DTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261125\r\nSUMMARY:Bob Jansen: afwezig\r\n"} {
		if !strings.Contains(s, in) {
			t.Errorf("staff feed lacks %q:\n%s", in, s)
		}
	}
	if strings.Contains(s, "aangevraagd") {
		t.Error("a staff user without HANDLE_REQUESTS sees pending requests")
	}
	_, err = w.svc.CreateFeed(ctx, w.B1.ID)
	testworld.WantCode(t, err, apperr.NotFound)

	w.C.User.UpdateOne(u).SetRights([]string{string(viewer.HandleRequests)}).ExecX(w.Sys)
	if _, err := w.svc.ServeFeed(context.Background(), tok); !errors.Is(err, calendar.ErrFeedRefused) {
		t.Errorf("without VIEW_EMPLOYEES: %v", err)
	}
	w.C.User.UpdateOne(u).SetRights([]string{string(viewer.ViewEmployees)}).SetState(user.StateBLOCKED).ExecX(w.Sys)
	if _, err := w.svc.ServeFeed(context.Background(), tok); !errors.Is(err, calendar.ErrFeedRefused) {
		t.Errorf("blocked staff user: %v", err)
	}
}

func uids(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\r\n") {
		if strings.HasPrefix(l, "UID:") {
			out = append(out, l)
		}
	}
	return strings.Join(out, ",")
}
