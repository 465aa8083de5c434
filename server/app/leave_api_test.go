package app_test

import (
	"context"
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// staffWithout adds a staff user of A1 holding every right but drop and signs it in.
func (e *env) staffWithout(username string, drop viewer.Right) string {
	e.t.Helper()
	e.w.EmployerStaff(e.fx.A1, username, testworld.PasswordHash(e.t, testPassword), testworld.Without(drop)...)
	return e.login(username)
}

const (
	qScheme   = `query($e:ID!){leaveScheme(employerId:$e){goodFridayOff liberationDay leaveTypes{id name category vacation weeksPerYear accrual expiryMonths}}}`
	mCreate   = `mutation($in:CreateLeaveTypeInput!){createLeaveType(input:$in){leaveType{id name category weeksPerYear accrual expiryMonths} userErrors{field code}}}`
	mUpdate   = `mutation($in:UpdateLeaveTypeInput!){updateLeaveType(input:$in){leaveType{id name expiryMonths} userErrors{field code}}}`
	mHolidays = `mutation($in:SetLeaveHolidaysInput!){setLeaveHolidays(input:$in){leaveScheme{goodFridayOff liberationDay} userErrors{code}}}`
	mPattern  = `mutation($in:SetWorkPatternInput!){setWorkPattern(input:$in){workPattern{employmentId weeklyHours weekAStartsOn source weeks{monday friday}} userErrors{field code}}}`
	qPattern  = `query($j:ID!){workPattern(employmentId:$j){weeklyHours}}`
	mRecord   = `mutation($in:RecordLeaveEntriesInput!){recordLeaveEntries(input:$in){recordedCount results{index duplicate entry{id kind hours date year source reason reference} userErrors{field code}} userErrors{code}}}`
	qLedger   = `query($j:ID!){leaveLedger(employmentId:$j){employmentId balances{leaveType{category} accruedHours takenHours correctedHours balanceHours} entries{kind hours}}}`
)

// R28, R29 through the API: activating Verlofregistratie gives the default scheme;
// the scheme, work patterns and ledger entries need their rights; nothing of another
// employer or provider is read or changed, and its existence is not revealed.
func TestLeaveAPI(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	sys := viewer.System(context.Background())
	p1, p2 := e.login(f.ProviderUser), e.login(f.ProviderUserP2)
	a1, a2 := e.login(f.EmployerUserA1), e.login(f.EmployerUserA2)
	noHR := e.staffWithout("a1-nohr", viewer.ManageHRSettings)
	noPay := e.staffWithout("a1-nopay", viewer.ManagePayrollData)
	noView := e.login(f.NoViewUserA1)
	jobA1 := f.PersonsA1[0].QueryEmployments().OnlyX(sys)
	jobA2 := e.st.Client.Employment.Query().Where(employment.PersonID(f.PersonA2.ID)).OnlyX(sys)

	// No scheme before a leave product; the provider activates Verlofregistratie.
	r := e.gql(a1, qScheme, map[string]any{"e": f.A1.ID})
	if dig(r.Data, "leaveScheme") != nil || len(r.Errors) != 0 {
		t.Fatalf("scheme before activation: %s", r.Raw)
	}
	r = e.gql(p1, `mutation($e:ID!){activateProduct(input:{employerId:$e,productCode:"LEAVE_REGISTRATION"}){userErrors{code}}}`, map[string]any{"e": f.A1.ID})
	if len(r.Errors) != 0 || dig(r.Data, "activateProduct", "userErrors", 0) != nil {
		t.Fatalf("activate: %s", r.Raw)
	}
	r = e.gql(a1, qScheme, map[string]any{"e": f.A1.ID})
	if dig(r.Data, "leaveScheme", "leaveTypes", 0, "category") != "STATUTORY" || dig(r.Data, "leaveScheme", "leaveTypes", 0, "weeksPerYear") != float64(4) ||
		dig(r.Data, "leaveScheme", "leaveTypes", 0, "expiryMonths") != float64(6) || dig(r.Data, "leaveScheme", "leaveTypes", 1, "category") != "EXTRA_STATUTORY" ||
		dig(r.Data, "leaveScheme", "liberationDay") != "LUSTRUM" {
		t.Fatalf("default scheme: %s", r.Raw)
	}
	statID := dig(r.Data, "leaveScheme", "leaveTypes", 0, "id").(string)
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		if r := e.gql(tok, qScheme, map[string]any{"e": f.A1.ID}); dig(r.Data, "leaveScheme") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s reads A1's scheme: %s", name, r.Raw)
		}
	}

	// Leave types.
	adv := map[string]any{"employerId": f.A1.ID, "name": "ADV", "category": "WORKING_TIME_REDUCTION", "weeksPerYear": 2.4, "accrual": "MONTHLY"}
	r = e.gql(a1, mCreate, map[string]any{"in": adv})
	advID, _ := dig(r.Data, "createLeaveType", "leaveType", "id").(string)
	if advID == "" || dig(r.Data, "createLeaveType", "leaveType", "expiryMonths") != nil || dig(r.Data, "createLeaveType", "leaveType", "accrual") != "MONTHLY" {
		t.Fatalf("create: %s", r.Raw)
	}
	r = e.gql(a1, mCreate, map[string]any{"in": adv})
	if dig(r.Data, "createLeaveType", "userErrors", 0, "code") != "DUPLICATE_LEAVE_TYPE_NAME" || dig(r.Data, "createLeaveType", "leaveType") != nil {
		t.Errorf("duplicate name: %s", r.Raw)
	}
	r = e.gql(a1, mCreate, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "name": "Extra", "category": "OTHER", "weeksPerYear": 60}})
	if dig(r.Data, "createLeaveType", "userErrors", 0, "code") != "INVALID_LEAVE_TYPE" || dig(r.Data, "createLeaveType", "userErrors", 0, "field", 1) != "weeksPerYear" {
		t.Errorf("bad weeks: %s", r.Raw)
	}
	r = e.gql(a1, mCreate, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "name": "X", "category": "SABBATICAL"}})
	if !slices.Equal(r.codes(), []string{"BAD_REQUEST"}) {
		t.Errorf("unknown category: %s", r.Raw)
	}
	r = e.gql(noHR, mCreate, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "name": "Y", "category": "OTHER"}})
	if !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("without MANAGE_HR_SETTINGS: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		r = e.gql(tok, mCreate, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "name": "Y", "category": "OTHER"}})
		if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s creates at A1: %s", name, r.Raw)
		}
		r = e.gql(tok, mUpdate, map[string]any{"in": map[string]any{"id": advID, "name": "Gekaapt"}})
		if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s updates A1's type: %s", name, r.Raw)
		}
		r = e.gql(tok, mHolidays, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "goodFridayOff": true, "liberationDay": "YEARLY"}})
		if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s sets A1's holidays: %s", name, r.Raw)
		}
	}
	if n := e.count(e.st.Client.LeaveType.Query().Where(leavetype.EmployerID(f.A1.ID), leavetype.Name("ADV"))); n != 1 {
		t.Errorf("ADV rows %d", n)
	}
	r = e.gql(p1, mUpdate, map[string]any{"in": map[string]any{"id": advID, "name": "ADV-uren", "expiryMonths": 12}})
	if dig(r.Data, "updateLeaveType", "leaveType", "name") != "ADV-uren" || dig(r.Data, "updateLeaveType", "leaveType", "expiryMonths") != float64(12) {
		t.Errorf("update: %s", r.Raw)
	}
	r = e.gql(a1, mHolidays, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "goodFridayOff": true, "liberationDay": "YEARLY"}})
	if dig(r.Data, "setLeaveHolidays", "leaveScheme", "goodFridayOff") != true || dig(r.Data, "setLeaveHolidays", "leaveScheme", "liberationDay") != "YEARLY" {
		t.Errorf("holidays: %s", r.Raw)
	}

	// Work patterns.
	ab := map[string]any{"employmentId": jobA1.ID, "weekAStartsOn": "2026-11-23", "weeks": []any{
		map[string]any{"monday": 8, "tuesday": 8, "wednesday": 8, "thursday": 8, "friday": 8},
		map[string]any{"monday": 8, "tuesday": 8, "wednesday": 8},
	}}
	r = e.gql(a1, mPattern, map[string]any{"in": ab})
	if dig(r.Data, "setWorkPattern", "workPattern", "weeklyHours") != float64(32) || dig(r.Data, "setWorkPattern", "workPattern", "weeks", 1, "friday") != float64(0) ||
		dig(r.Data, "setWorkPattern", "workPattern", "source") != "STAFF" || dig(r.Data, "setWorkPattern", "workPattern", "weekAStartsOn") != "2026-11-23" {
		t.Fatalf("set pattern: %s", r.Raw)
	}
	r = e.gql(a1, mPattern, map[string]any{"in": map[string]any{"employmentId": jobA1.ID, "weeks": []any{map[string]any{"monday": 25}}}})
	if dig(r.Data, "setWorkPattern", "userErrors", 0, "code") != "INVALID_WORK_PATTERN" {
		t.Errorf("25 hours on a Monday: %s", r.Raw)
	}
	if r := e.gql(noHR, mPattern, map[string]any{"in": ab}); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("pattern without MANAGE_HR_SETTINGS: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		if r := e.gql(tok, mPattern, map[string]any{"in": ab}); !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s sets A1's pattern: %s", name, r.Raw)
		}
		if r := e.gql(tok, qPattern, map[string]any{"j": jobA1.ID}); dig(r.Data, "workPattern") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s reads A1's pattern: %s", name, r.Raw)
		}
	}
	if r := e.gql(a1, qPattern, map[string]any{"j": jobA1.ID}); dig(r.Data, "workPattern", "weeklyHours") != float64(32) {
		t.Errorf("read pattern: %s", r.Raw)
	}
	// Week A of Christmas 2026 (Monday 21 December is four weeks after week A): 40 h
	// minus Christmas Day (Friday) = 32; the next week B minus nothing (1 January is a
	// Friday, off anyway) = 24.
	r = e.gql(a1, `query($j:ID!){workPattern(employmentId:$j){hours(from:"2026-12-21",to:"2027-01-03")}}`, map[string]any{"j": jobA1.ID})
	if dig(r.Data, "workPattern", "hours") != float64(56) {
		t.Errorf("hours of a period: %s", r.Raw)
	}
	r = e.gql(a1, `query($j:ID!){workPattern(employmentId:$j){hours(from:"2027-01-03",to:"2026-12-21")}}`, map[string]any{"j": jobA1.ID})
	if !slices.Equal(r.codes(), []string{"BAD_REQUEST"}) {
		t.Errorf("backwards period: %s", r.Raw)
	}

	// Ledger entries, a result per row.
	rows := []any{
		map[string]any{"employmentId": jobA1.ID, "leaveTypeId": statID, "kind": "ACCRUAL", "hours": 128, "date": "2026-01-01", "reference": "loon-2026/1"},
		map[string]any{"employmentId": jobA1.ID, "leaveTypeId": statID, "kind": "TAKEN", "hours": 16, "date": "2026-03-02"},
		map[string]any{"employmentId": jobA1.ID, "leaveTypeId": statID, "kind": "CORRECTION", "hours": -4},
		map[string]any{"employmentId": jobA1.ID, "leaveTypeId": statID, "kind": "CORRECTION", "hours": -4, "date": "2026-03-03"},
		map[string]any{"employmentId": f.EmploymentB1.ID, "leaveTypeId": statID, "kind": "TAKEN", "hours": 8, "date": "2026-03-02"},
		map[string]any{"employmentId": jobA2.ID, "leaveTypeId": statID, "kind": "TAKEN", "hours": 8, "date": "2026-03-02"},
	}
	r = e.gql(a1, mRecord, map[string]any{"in": map[string]any{"entries": append(rows[:2:2], rows[3:]...)}})
	if len(r.Errors) != 0 || dig(r.Data, "recordLeaveEntries", "recordedCount") != float64(2) {
		t.Fatalf("record: %s", r.Raw)
	}
	res := func(i int, path ...any) any {
		return dig(r.Data, append([]any{"recordLeaveEntries", "results", i}, path...)...)
	}
	if res(0, "entry", "hours") != float64(128) || res(1, "entry", "hours") != float64(-16) || res(1, "entry", "source") != "STAFF" {
		t.Errorf("recorded rows: %s", r.Raw)
	}
	if res(2, "userErrors", 0, "code") != "INVALID_LEAVE_ENTRY" || !slices.Equal(toStrings(res(2, "userErrors", 0, "field")), []string{"input", "entries", "2", "reason"}) {
		t.Errorf("correction without reason: %s", r.Raw)
	}
	if res(3, "userErrors", 0, "code") != "EMPLOYMENT_NOT_FOUND" || res(4, "userErrors", 0, "code") != "EMPLOYMENT_NOT_FOUND" || res(3, "entry") != nil {
		t.Errorf("other tenants' employments: %s", r.Raw)
	}
	r = e.gql(a1, `mutation($in:RecordLeaveEntriesInput!){recordLeaveEntries(input:$in){recordedCount results{index duplicate userErrors{code}}}}`,
		map[string]any{"in": map[string]any{"entries": rows[:1]}})
	if dig(r.Data, "recordLeaveEntries", "recordedCount") != float64(0) || dig(r.Data, "recordLeaveEntries", "results", 0, "duplicate") != true {
		t.Errorf("sent again: %s", r.Raw)
	}
	r = e.gql(a1, mRecord, map[string]any{"in": map[string]any{"entries": []any{}}})
	if dig(r.Data, "recordLeaveEntries", "userErrors", 0, "code") != "TOO_MANY_LEAVE_ENTRIES" {
		t.Errorf("no rows: %s", r.Raw)
	}
	if r := e.gql(noPay, mRecord, map[string]any{"in": map[string]any{"entries": rows[:1]}}); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("without MANAGE_PAYROLL_DATA: %s", r.Raw)
	}
	if n := e.count(e.st.Client.LeaveEntry.Query().Where(leaveentry.EmploymentID(jobA1.ID))); n != 2 {
		t.Errorf("%d entries stored, want 2", n)
	}
	if n := e.count(e.st.Client.LeaveEntry.Query().Where(leaveentry.EmploymentIDIn(jobA2.ID, f.EmploymentB1.ID))); n != 0 {
		t.Errorf("%d entries on other tenants' employments", n)
	}

	// The ledger: balances summed from the entries.
	r = e.gql(a1, qLedger, map[string]any{"j": jobA1.ID})
	if dig(r.Data, "leaveLedger", "balances", 0, "balanceHours") != float64(112) || dig(r.Data, "leaveLedger", "balances", 0, "takenHours") != float64(16) ||
		dig(r.Data, "leaveLedger", "balances", 2, "balanceHours") != float64(0) || dig(r.Data, "leaveLedger", "entries", 1, "kind") != "TAKEN" {
		t.Errorf("ledger: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		if r := e.gql(tok, qLedger, map[string]any{"j": jobA1.ID}); dig(r.Data, "leaveLedger") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s reads A1's ledger: %s", name, r.Raw)
		}
	}
	if r := e.gql(noView, qLedger, map[string]any{"j": jobA1.ID}); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("ledger without VIEW_EMPLOYEES: %s", r.Raw)
	}

	// The person page's ledger (R28): a bounded page, newest first, with the entries'
	// sources; another tenant gets NOT_FOUND, as for a missing ID.
	const qEntries = `query($j:ID!,$t:ID,$n:Int,$a:String){leaveEntries(employmentId:$j,leaveTypeId:$t,first:$n,after:$a){totalCount hasNextPage endCursor nodes{kind date source request{id}}}}`
	r = e.gql(a1, qEntries, map[string]any{"j": jobA1.ID, "t": statID, "n": 1})
	if dig(r.Data, "leaveEntries", "totalCount") != float64(2) || dig(r.Data, "leaveEntries", "hasNextPage") != true ||
		dig(r.Data, "leaveEntries", "nodes", 0, "kind") != "TAKEN" || dig(r.Data, "leaveEntries", "nodes", 0, "request") != nil {
		t.Errorf("leaveEntries: %s", r.Raw)
	}
	after, _ := dig(r.Data, "leaveEntries", "endCursor").(string)
	if r := e.gql(a1, qEntries, map[string]any{"j": jobA1.ID, "t": statID, "n": 1, "a": after}); dig(r.Data, "leaveEntries", "hasNextPage") != false ||
		dig(r.Data, "leaveEntries", "nodes", 0, "kind") != "ACCRUAL" {
		t.Errorf("leaveEntries, page 2: %s", r.Raw)
	}
	if r := e.gql(a1, qEntries, map[string]any{"j": jobA1.ID, "n": 101}); !slices.Equal(r.codes(), []string{"BAD_REQUEST"}) {
		t.Errorf("a page of 101: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		if r := e.gql(tok, qEntries, map[string]any{"j": jobA1.ID}); dig(r.Data, "leaveEntries") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s reads A1's entries: %s", name, r.Raw)
		}
	}
	if r := e.gql(noView, qEntries, map[string]any{"j": jobA1.ID}); !slices.Equal(r.codes(), []string{"FORBIDDEN"}) {
		t.Errorf("entries without VIEW_EMPLOYEES: %s", r.Raw)
	}
	// The reminder day of R33: MANAGE_HR_SETTINGS within the tenant.
	const mReminder = `mutation($in:SetLeaveExpiryReminderInput!){setLeaveExpiryReminder(input:$in){leaveScheme{expiryReminderMonth expiryReminderDay} userErrors{code field}}}`
	if r := e.gql(a1, mReminder, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "month": 5, "day": 15}}); dig(r.Data, "setLeaveExpiryReminder", "leaveScheme", "expiryReminderMonth") != float64(5) {
		t.Errorf("reminder day: %s", r.Raw)
	}
	if r := e.gql(a1, mReminder, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "month": 7, "day": 1}}); dig(r.Data, "setLeaveExpiryReminder", "userErrors", 0, "field", 1) != "month" {
		t.Errorf("a reminder in July: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": a2, "P2": p2} {
		if r := e.gql(tok, mReminder, map[string]any{"in": map[string]any{"employerId": f.A1.ID, "month": 4, "day": 1}}); !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("%s sets A1's reminder: %s", name, r.Raw)
		}
	}

	// Every change is in the audit trail.
	for action, want := range map[string]int{"LEAVE_SCHEME_CREATED": 1, "LEAVE_TYPE_CREATED": 3, "LEAVE_TYPE_UPDATED": 1,
		"LEAVE_SCHEME_UPDATED": 2, "WORK_PATTERN_SET": 1, "LEAVE_ENTRY_RECORDED": 2} {
		if n := e.count(e.st.Client.AuditEvent.Query().Where(auditevent.Action(action), auditevent.EmployerID(f.A1.ID))); n != want {
			t.Errorf("%d %s events, want %d", n, action, want)
		}
	}
}
