package directory_test

import (
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestR18MeIsOnePersonWithEveryEmployment: the signed-in employee reads themselves
// with every employment at the employer, newest first, and only the parts asked;
// staff have no "me".
func TestR18MeIsOnePersonWithEveryEmployment(t *testing.T) {
	w := testworld.New(t, t0)
	svc := &directory.Service{Client: w.Store.Client, Clock: clock.NewFake(t0), Dialect: w.Store.Dialect}
	p := w.Person(w.EmpA1, "Mila", "Meer", "mila@example.nl")
	w.Employment(p, 7, date.New(2015, 1, 1), func(ec *ent.EmploymentCreate) { ec.SetEndDate(date.New(2019, 12, 31)) })
	w.Employment(p, 8, date.New(2020, 1, 1))
	acc := w.Account(p, "mila.meer", "")
	me := testworld.Employee(w.EmpA1, acc.ID, p.ID)

	got, err := svc.Me(me, directory.MeParts{Person: true, Employer: true, Employments: true})
	if err != nil {
		t.Fatal(err)
	}
	if got.Person.ID != p.ID || got.Employer.ID != w.EmpA1.ID || got.Account != nil {
		t.Errorf("me: person %v, employer %v, account %v", got.Person, got.Employer, got.Account)
	}
	if len(got.Employments) != 2 || got.Employments[0].EmployeeNumber != 8 || got.Employments[1].EmployeeNumber != 7 {
		t.Errorf("employments %v, want 8 then 7", got.Employments)
	}
	if got, err := svc.Me(me, directory.MeParts{Account: true}); err != nil || got.Account == nil || got.Account.ID != acc.ID {
		t.Errorf("me with the account: %+v, %v", got, err)
	}
	if got, err := svc.Me(testworld.EmployerUser(w.EmpA1, "usr_wg", viewer.AllRights...), directory.MeParts{Person: true}); got != nil || err != nil {
		t.Errorf("staff's me: %+v, %v", got, err)
	}
}

// TestR15PersonVarsStayInTheTenant: a mail preview fills in a real person's variables
// (R15), and another tenant's person is not found.
func TestR15PersonVarsStayInTheTenant(t *testing.T) {
	w := testworld.New(t, t0)
	svc := &directory.Service{Client: w.Store.Client, Clock: clock.NewFake(t0.Add(time.Hour))}
	p := w.Person(w.EmpA1, "Mila", "Meer", "mila@example.nl")
	w.Account(p, "mila.meer", "")
	staff := testworld.ProviderUser(w.ProvA, "usr_ak", viewer.AllRights...)
	vars, err := svc.PersonVars(staff, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if vars["FirstName"] != "Mila" || vars["FullName"] != "Mila Meer" || vars["EmployerName"] != w.EmpA1.Name || vars["Username"] != "mila.meer" {
		t.Errorf("vars %v", vars)
	}
	_, err = svc.PersonVars(testworld.ProviderUser(w.ProvB, "usr_akb", viewer.AllRights...), p.ID)
	testworld.WantCode(t, err, apperr.NotFound)
}
