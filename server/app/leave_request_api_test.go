package app_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

const (
	qPreview = `query($in:LeaveRequestInput!){previewLeaveRequest(input:$in){hours balanceBeforeHours balanceAfterHours days{date hours computedHours} userErrors{code field}}}`
	mRequest = `mutation($in:LeaveRequestInput!){requestLeave(input:$in){leaveRequest{id status hours deadline leaveType{name}} userErrors{code field}}}`
	qMine    = `{myLeaveRequests{id status hours decisionComment}}`
	qQueue   = `query($e:ID!){leaveRequestQueue(employerId:$e){request{id deadline} personName balanceHours alsoAway}}`
	mDecide  = `mutation($in:DecideLeaveRequestsInput!){decideLeaveRequests(input:$in){results{id leaveRequest{status decisionComment} userErrors{code}} userErrors{code}}}`
	mWithdr  = `mutation($id:ID!){withdrawLeaveRequest(input:{id:$id}){leaveRequest{status} userErrors{code}}}`
)

// R30, R31, R22 through the API: the employee previews and requests leave with the
// product, the handler of the employer sees it in the queue with its deadline and
// decides; nobody of another employer or provider sees or decides it, another employee
// does not see or withdraw it, and without Verlofaanvragen there is nothing to ask.
func TestLeaveRequestAPI(t *testing.T) {
	e := newPortalEnv(t)
	sys := viewer.System(context.Background())
	e.activate(e.fx.A1, "MIJNLOKET_LEAVE_REQUESTS", "LEAVE_POLICY")
	if err := e.app.Leave.OnProductActivated(sys, e.st.Client, e.fx.A1, leave.ProductLeavePolicy); err != nil {
		t.Fatal(err)
	}
	stat := e.st.Client.LeaveType.Query().Where(leavetype.EmployerID(e.fx.A1.ID), leavetype.CategoryEQ(leavetype.CategorySTATUTORY)).OnlyX(sys)
	y := e.clk.Now().Year() + 1
	day := func(m, d int) string { return fmt.Sprintf("%d-%02d-%02d", y, m, d) }
	r := e.gql(e.staffA1, mPattern, map[string]any{"in": map[string]any{"employmentId": e.annJob.ID,
		"weeks": []map[string]any{{"monday": 8, "tuesday": 8, "wednesday": 8, "thursday": 8, "friday": 8}}}})
	noUserErrors(t, "setWorkPattern", r, "setWorkPattern")
	r = e.gql(e.staffA1, mRecord, map[string]any{"in": map[string]any{"entries": []map[string]any{
		{"employmentId": e.annJob.ID, "leaveTypeId": stat.ID, "kind": "ACCRUAL", "hours": 160, "date": day(1, 1)}}}})
	if dig(r.Data, "recordLeaveEntries", "recordedCount") != float64(1) {
		t.Fatalf("record: %s", r.Raw)
	}
	// The first full Monday-to-Friday week of June next year.
	first := 1
	for time.Date(y, 6, first, 0, 0, 0, 0, time.UTC).Weekday() != time.Monday {
		first++
	}
	in := map[string]any{"employmentId": e.annJob.ID, "leaveTypeId": stat.ID, "firstDay": day(6, first), "lastDay": day(6, first+4),
		"days": []map[string]any{{"date": day(6, first+4), "hours": 4}}, "comment": "Zomervakantie"}
	r = e.gql(e.annTok, qPreview, map[string]any{"in": in})
	if dig(r.Data, "previewLeaveRequest", "hours") != float64(36) || dig(r.Data, "previewLeaveRequest", "balanceBeforeHours") != float64(160) ||
		dig(r.Data, "previewLeaveRequest", "balanceAfterHours") != float64(124) || dig(r.Data, "previewLeaveRequest", "days", 4, "computedHours") != float64(8) {
		t.Fatalf("preview: %s", r.Raw)
	}
	r = e.gql(e.annTok, mRequest, map[string]any{"in": in})
	noUserErrors(t, "requestLeave", r, "requestLeave")
	id := dig(r.Data, "requestLeave", "leaveRequest", "id").(string)
	if dig(r.Data, "requestLeave", "leaveRequest", "deadline") == nil || dig(r.Data, "requestLeave", "leaveRequest", "status") != "SUBMITTED" {
		t.Errorf("request: %s", r.Raw)
	}
	// Again: overlap.
	if r = e.gql(e.annTok, mRequest, map[string]any{"in": in}); dig(r.Data, "requestLeave", "userErrors", 0, "code") != "LEAVE_REQUEST_OVERLAP" {
		t.Errorf("overlap: %s", r.Raw)
	}
	if r = e.gql(e.annTok, qMine, nil); dig(r.Data, "myLeaveRequests", 0, "id") != id {
		t.Errorf("mine: %s", r.Raw)
	}
	// Bob, a colleague: neither sees nor withdraws it.
	if r = e.gql(e.bobTok, qMine, nil); len(dig(r.Data, "myLeaveRequests").([]any)) != 0 {
		t.Errorf("Bob sees: %s", r.Raw)
	}
	if r = e.gql(e.bobTok, mWithdr, map[string]any{"id": id}); dig(r.Data, "withdrawLeaveRequest", "userErrors", 0, "code") != "LEAVE_REQUEST_NOT_FOUND" {
		t.Errorf("Bob withdraws: %s", r.Raw)
	}
	// Eva's employer (A2) has no Verlofaanvragen.
	if r = e.gql(e.evaTok, qMine, nil); len(r.Errors) == 0 || r.codes()[0] != "FEATURE_NOT_ACTIVE" {
		t.Errorf("without the product: %s", r.Raw)
	}
	// Other tenants: the queue is NOT_FOUND, a decision finds nothing.
	for name, tok := range map[string]string{"A2": e.staffA2, "P2": e.staffP2} {
		if r = e.gql(tok, qQueue, map[string]any{"e": e.fx.A1.ID}); dig(r.Data, "leaveRequestQueue") != nil {
			t.Errorf("%s reads A1's queue: %s", name, r.Raw)
		}
		r = e.gql(tok, mDecide, map[string]any{"in": map[string]any{"ids": []string{id}, "accept": true}})
		if dig(r.Data, "decideLeaveRequests", "results", 0, "userErrors", 0, "code") != "LEAVE_REQUEST_NOT_FOUND" {
			t.Errorf("%s decides: %s", name, r.Raw)
		}
	}
	r = e.gql(e.staffA1, qQueue, map[string]any{"e": e.fx.A1.ID})
	if dig(r.Data, "leaveRequestQueue", 0, "request", "id") != id || dig(r.Data, "leaveRequestQueue", 0, "request", "deadline") == nil ||
		dig(r.Data, "leaveRequestQueue", 0, "balanceHours") != float64(160) {
		t.Fatalf("queue: %s", r.Raw)
	}
	// The team filter: Ann's team has her request, another team of A1 nothing; the teams
	// are A1's only, and nobody of another tenant lists them.
	mine := e.st.Client.Department.Create().SetProviderID(e.fx.A1.ProviderID).SetEmployerID(e.fx.A1.ID).SetName("Kantoor").SaveX(sys)
	e.st.Client.DepartmentMember.Create().SetProviderID(e.fx.A1.ProviderID).SetEmployerID(e.fx.A1.ID).
		SetDepartmentID(mine.ID).SetPersonID(e.annJob.PersonID).ExecX(sys)
	other := e.st.Client.Department.Create().SetProviderID(e.fx.A1.ProviderID).SetEmployerID(e.fx.A1.ID).SetName("Magazijn").SaveX(sys)
	qTeam := `query($e:ID!,$t:ID){leaveRequestQueue(employerId:$e,teamId:$t){request{id}}}`
	if r = e.gql(e.staffA1, qTeam, map[string]any{"e": e.fx.A1.ID, "t": mine.ID}); dig(r.Data, "leaveRequestQueue", 0, "request", "id") != id {
		t.Errorf("queue of Ann's team: %s", r.Raw)
	}
	if r = e.gql(e.staffA1, qTeam, map[string]any{"e": e.fx.A1.ID, "t": other.ID}); len(r.Errors) != 0 || len(dig(r.Data, "leaveRequestQueue").([]any)) != 0 {
		t.Errorf("queue of another team: %s", r.Raw)
	}
	qTeams := `query($e:ID!){leaveQueueTeams(employerId:$e){id name}}`
	if r = e.gql(e.staffA1, qTeams, map[string]any{"e": e.fx.A1.ID}); dig(r.Data, "leaveQueueTeams", 0, "name") != "Kantoor" || dig(r.Data, "leaveQueueTeams", 1, "name") != "Magazijn" {
		t.Errorf("teams: %s", r.Raw)
	}
	for name, tok := range map[string]string{"A2": e.staffA2, "P2": e.staffP2} {
		if r = e.gql(tok, qTeams, map[string]any{"e": e.fx.A1.ID}); dig(r.Data, "leaveQueueTeams") != nil {
			t.Errorf("%s lists A1's teams: %s", name, r.Raw)
		}
		if r = e.gql(tok, qTeam, map[string]any{"e": e.fx.A1.ID, "t": mine.ID}); dig(r.Data, "leaveRequestQueue") != nil {
			t.Errorf("%s reads A1's queue by team: %s", name, r.Raw)
		}
	}
	r = e.gql(e.staffA1, mDecide, map[string]any{"in": map[string]any{"ids": []string{id}, "accept": false}})
	if dig(r.Data, "decideLeaveRequests", "userErrors", 0, "code") != "LEAVE_REJECTION_NEEDS_REASON" {
		t.Errorf("reject without reason: %s", r.Raw)
	}
	r = e.gql(e.staffA1, mDecide, map[string]any{"in": map[string]any{"ids": []string{id}, "accept": true, "comment": "Goede reis"}})
	if dig(r.Data, "decideLeaveRequests", "results", 0, "leaveRequest", "status") != "ACCEPTED" {
		t.Fatalf("accept: %s", r.Raw)
	}
	if r = e.gql(e.annTok, `query($y:Int){me{leaveBalances(year:$y){plannedHours remainingHours}}}`, map[string]any{"y": y}); dig(r.Data, "me", "leaveBalances", 0, "plannedHours") != float64(36) {
		t.Errorf("card after acceptance: %s", r.Raw)
	}
}

// R22 through node(id:): a leave-card line is computed, not a table row, and still gated
// by the leave card: Eva's employer (A2) has MijnLoket without Verlofkaart.
func TestLeaveCardNodeGated(t *testing.T) {
	e := newPortalEnv(t)
	r := e.gql(e.integrator, `mutation($in:SetLeaveBalancesInput!){setLeaveBalances(input:$in){leaveBalances{id} userErrors{code}}}`,
		map[string]any{"in": map[string]any{"balances": []map[string]any{{"employmentId": e.evaJob.ID, "year": 2026, "leaveType": "STATUTORY", "entitlementHours": 80, "takenHours": 0}}}})
	id, _ := dig(r.Data, "setLeaveBalances", "leaveBalances", 0, "id").(string)
	if id == "" {
		t.Fatalf("setLeaveBalances: %s", r.Raw)
	}
	if r = e.gql(e.evaTok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id}); dig(r.Data, "node") != nil || len(r.codes()) == 0 || r.codes()[0] != "FEATURE_NOT_ACTIVE" {
		t.Errorf("Eva reaches her card line without Verlofkaart: %s", r.Raw)
	}
	if r = e.gql(e.evaTok, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": []string{id}}); dig(r.Data, "nodes", 0) != nil {
		t.Errorf("Eva reaches her card line through nodes: %s", r.Raw)
	}
	if r = e.gql(e.staffA2, `query($id:ID!){node(id:$id){id ... on LeaveBalance{remainingHours}}}`, map[string]any{"id": id}); dig(r.Data, "node", "remainingHours") != float64(80) {
		t.Errorf("staff of A2: %s", r.Raw)
	}
}
