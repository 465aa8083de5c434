package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// R37 in the demo: the bakery's people have a Dutch address and a valid IBAN, and one
// address change of an employee (not a manager) waits in the handlers' queue, so the
// queue shows old and new on `make run`.
func TestSeedPersonalDataChange(t *testing.T) {
	s := storetest.Open(t)
	ctx, c := sys(), s.Client
	now := time.Date(2026, 11, 10, 9, 0, 0, 0, time.UTC)
	if _, _, err := demo.Seed(context.Background(), c, now); err != nil {
		t.Fatal(err)
	}
	bakery := must[*ent.Employer](t)(c.Employer.Query().Where(employer.Name("Bakkerij De Korenaar")).Only(ctx))
	people := must[[]*ent.Person](t)(c.Person.Query().Where(person.EmployerID(bakery.ID)).All(ctx))
	for _, p := range people {
		if pc, ok := datachange.NormalizePostcode(p.PostalCode); !ok || pc != p.PostalCode || p.Street == "" || p.City == "" {
			t.Errorf("%s %s: address %q %q %q", p.FirstName, p.LastName, p.Street, p.PostalCode, p.City)
		}
		if iban, ok := datachange.NormalizeIBAN(p.Iban); !ok || iban != p.Iban {
			t.Errorf("%s %s: IBAN %q", p.FirstName, p.LastName, p.Iban)
		}
	}

	ak := must[*ent.User](t)(c.User.Query().Where(user.Username(demo.ProviderUsername)).Only(ctx))
	staff := viewer.NewContext(context.Background(), &viewer.Principal{Kind: viewer.KindStaff, ID: ak.ID, DisplayName: ak.DisplayName,
		Scope: viewer.ScopeProvider, ProviderID: ak.ProviderID, Rights: []viewer.Right{viewer.HandleRequests, viewer.ViewEmployees}})
	clk := clock.NewFake(now)
	svc := &datachange.Service{Client: c, Clock: clk, Workflow: &workflow.Service{Client: c, Clock: clk}}
	queue, err := svc.Queue(staff, &bakery.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(queue) != 1 {
		t.Fatalf("queue of the bakery: %d changes, want 1", len(queue))
	}
	ch := queue[0]
	p := must[*ent.Person](t)(c.Person.Get(ctx, ch.PersonID))
	if ch.Field != datachange.FieldAddress || ch.Status != datachange.StatusSubmitted || ch.PersonName == "" ||
		ch.Old.Street != p.Street || ch.Old.PostalCode != p.PostalCode || ch.New.Street == p.Street ||
		ch.EffectiveDate == nil || !ch.EffectiveDate.After(date.Of(now)) {
		t.Errorf("pending change %+v of %s", ch, p.Street)
	}
	if ok := c.Account.Query().Where(account.PersonID(p.ID), account.StateEQ(account.StateACTIVE)).ExistX(ctx); !ok {
		t.Errorf("the change's employee has no active account")
	}
	if c.DepartmentManager.Query().Where(departmentmanager.PersonID(p.ID)).ExistX(ctx) {
		t.Errorf("the change's employee is a manager")
	}
	// On its route (R34): one open step to Behandelen aanvragen, not stuck.
	req := must[*ent.WorkflowRequest](t)(c.WorkflowRequest.Query().Where(workflowrequest.SubjectID(ch.ID)).Only(ctx))
	if req.Kind != workflowrequest.KindPERSONAL_DATA_CHANGE || req.Status != workflowrequest.StatusOPEN || req.Stuck {
		t.Errorf("workflow request %+v", req)
	}
}
