package team_test

import (
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/team"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// R35: a manager gets Mijn team, and with it never the team's payslips or documents —
// not by ID, not in a list, not as a download. Bob, in Ann's team, sees no Mijn team.
func TestManagerNeverReadsTheTeamsPayslipsOrDocumentsR35(t *testing.T) {
	f := testworld.NewPortal(t)
	f.WithProducts(f.A1, product.CodeManagementSelfService)
	wf := &workflow.Service{Client: f.C, Clock: f.Clk}
	f.Gate.Clock = f.Clk
	lv := &leave.Service{Client: f.C, Clock: f.Clk, Decider: workflow.LeaveRouter{Workflow: wf}}
	ts := &team.Service{Client: f.C, Gate: f.Gate, Leave: lv, Clock: f.Clk,
		Calendars: &calendar.Service{Client: f.C, Clock: f.Clk, Features: f.Gate}}
	dep, err := wf.SaveDepartment(f.StaffA1, workflow.DepartmentInput{EmployerID: f.A1.ID, Name: "Winkel", ManagerIDs: []string{f.Ann.P.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if err := wf.SetPersonDepartment(f.StaffA1, f.A1.ID, f.Bob.P.ID, &dep.ID); err != nil {
		t.Fatal(err)
	}
	f.Publish(f.ProviderP1, testworld.Slip(f.Bob, 2026, 1, 300000))
	slip := f.C.Payslip.Query().Where(payslip.EmploymentID(f.Bob.Job.ID)).FirstX(f.Sys)
	doc, _ := f.AddDoc(f.StaffA1, f.A1, &f.Bob, "Arbeidsovereenkomst", true)

	ann, bob := f.Ann.Ctx(), f.Bob.Ctx()
	if fs, err := f.Gate.Features(ann); err != nil || !slices.Contains(fs, feature.MyTeam) {
		t.Fatalf("Ann manages Winkel yet has no Mijn team: %v %v", fs, err)
	}
	if fs, err := f.Gate.Features(bob); err != nil || slices.Contains(fs, feature.MyTeam) {
		t.Fatalf("Bob manages nobody yet has Mijn team: %v %v", fs, err)
	}
	if _, err := ts.Inbox(bob); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Fatalf("Bob read an inbox: %v", err)
	}
	if tasks, err := ts.Inbox(ann); err != nil || len(tasks) != 0 {
		t.Fatalf("Ann's inbox: %v %v", tasks, err)
	}

	// The node and the row by ID.
	if _, err := f.C.Payslip.Get(ann, slip.ID); err == nil {
		t.Fatal("the manager read a team member's payslip by ID")
	}
	if _, err := f.C.Document.Get(ann, doc.ID); err == nil {
		t.Fatal("the manager read a team member's document by ID")
	}
	// Bob reads his own, so the refusals below are the manager's, not an empty world.
	if _, err := f.C.Payslip.Get(bob, slip.ID); err != nil {
		t.Fatalf("Bob cannot read his own payslip: %v", err)
	}
	// The connections: refused, or empty.
	if q, err := f.Payroll.PersonPayslips(ann, f.Bob.P.ID, f.Bob.Job.ID); err == nil {
		if n, err := q.Count(ann); err == nil && n > 0 {
			t.Fatal("the manager listed a team member's payslips")
		}
	}
	if as, err := f.Payroll.PersonAnnualStatements(ann, f.Bob.P.ID); err == nil && len(as) > 0 {
		t.Fatal("the manager listed a team member's annual statements")
	}
	if q, err := f.Documents.PersonDocuments(ann, f.Bob.P.ID); err == nil {
		if n, err := q.Count(ann); err == nil && n > 0 {
			t.Fatal("the manager listed a team member's documents")
		}
	}
	// The downloads.
	if _, err := f.Payroll.PayslipPDF(ann, slip.ID); err == nil {
		t.Fatal("the manager downloaded a team member's payslip")
	}
	if _, err := f.Documents.DocumentDownload(ann, doc.ID); err == nil {
		t.Fatal("the manager downloaded a team member's document")
	}
	// What Mijn team does show: dates only (R25), never a diagnosis.
	if _, err := ts.SickToday(ann); err != nil {
		t.Fatal(err)
	}
}
