package testworld

import (
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
)

// Birth is the birth date of every person Person adds unless the test sets another.
var Birth = date.New(1985, 3, 17)

// Person adds a person of e as payroll data brings one, written as the system: born
// on Birth, with the search key the directory matches (R16), and with email unless it
// is "". with changes the person before it is saved (another birth date, initials).
func (w *World) Person(e *ent.Employer, first, last, email string, with ...func(*ent.PersonCreate)) *ent.Person {
	w.t.Helper()
	pc := w.Store.Client.Person.Create().SetEmployerID(e.ID).
		SetFirstName(first).SetLastName(last).SetBirthDate(Birth).
		SetSearchKey(directory.SearchKey(first, "", last, email))
	if email != "" {
		pc.SetEmail(email)
	}
	for _, f := range with {
		f(pc)
	}
	return pc.SaveX(w.Sys)
}

// Employment adds an employment of p with employee number n from start; with changes
// it before it is saved (an end date).
func (w *World) Employment(p *ent.Person, n int, start date.Date, with ...func(*ent.EmploymentCreate)) *ent.Employment {
	w.t.Helper()
	ec := w.Store.Client.Employment.Create().SetPersonID(p.ID).
		SetEmployeeNumber(n).SetStartDate(start)
	for _, f := range with {
		f(ec)
	}
	return ec.SaveX(w.Sys)
}

// Account adds a registered, active account of p: username (unique ignoring case,
// R4), the argon2id hash of its password, and p's e-mail address as the registered
// one. with changes it before it is saved.
func (w *World) Account(p *ent.Person, username, passwordHash string, with ...func(*ent.AccountCreate)) *ent.Account {
	w.t.Helper()
	ac := w.Store.Client.Account.Create().SetPersonID(p.ID).
		SetState(account.StateACTIVE).SetUsername(username).SetUsernameKey(strings.ToLower(username)).
		SetPasswordHash(passwordHash)
	if p.Email != nil {
		ac.SetRegisteredEmail(strings.ToLower(*p.Email))
	}
	for _, f := range with {
		f(ac)
	}
	return ac.SaveX(w.Sys)
}
