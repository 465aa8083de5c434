package auth

import (
	"context"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// EmployeePrincipal is the principal of a signed-in employee: one person at one
// employer, covering all the person's employments there (R18).
func EmployeePrincipal(a *ent.Account, p *ent.Person) *viewer.Principal {
	name := strings.TrimSpace(strings.Join(strings.Fields(p.FirstName+" "+p.LastNamePrefix+" "+p.LastName), " "))
	return &viewer.Principal{
		Kind: viewer.KindEmployee, ID: a.ID, DisplayName: name, Username: deref(a.Username),
		Scope: viewer.ScopePerson, ProviderID: a.ProviderID, EmployerID: a.EmployerID, PersonID: a.PersonID,
	}
}

// StartEmployeeSession signs an employee in whose credentials the caller has checked
// (sign-in, completed registration, password reset).
func (s *Service) StartEmployeeSession(ctx context.Context, a *ent.Account, p *ent.Person, meta Meta) (*Tokens, error) {
	emp := a.EmployerID
	// System: sessions are system-only rows; the caller checked the credentials.
	return s.startSession(viewer.System(ctx), session.KindEMPLOYEE, a.ID, a.ProviderID, &emp,
		s.Config.EmployeeSessionTTL, true, meta, EmployeePrincipal(a, p))
}

// employeeOf loads the account of an employee session; only an active account acts.
func (s *Service) employeeOf(sys context.Context, ses *ent.Session) (*viewer.Principal, error) {
	a, err := s.Client.Account.Query().Where(account.ID(ses.SubjectID)).WithPerson().Only(sys)
	if ent.IsNotFound(err) {
		return nil, errSession
	}
	if err != nil {
		return nil, err
	}
	if a.State == account.StateBLOCKED {
		return nil, errBlocked
	}
	if a.State != account.StateACTIVE || a.Edges.Person == nil {
		return nil, errSession
	}
	return EmployeePrincipal(a, a.Edges.Person), nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
