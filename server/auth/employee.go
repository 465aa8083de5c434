package auth

import (
	"context"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// EmployeeLockNotice tells about an employee account that just locked (R13): the
// access lifecycle queues the lockout mail and records the lock. It runs in the
// sign-in's transaction, as the system; p is the account's person with its employer.
type EmployeeLockNotice func(sys context.Context, c *ent.Client, a *ent.Account, p *ent.Person, until time.Time) error

// LoginEmployee signs an employee in (R13). Username and password are case-sensitive.
// MaxFailedLogins wrong passwords in a row lock the account for LockDuration, and
// OnEmployeeLocked is told in the same transaction. Unknown, wrong, locked and blocked
// all get ErrInvalidCredentials.
//
// The session starts in the transaction that records the sign-in: one commit, not two,
// and no sign-in stamped without its session.
func (s *Service) LoginEmployee(ctx context.Context, username, password string, meta Meta) (*Tokens, error) {
	accounts := &employeeAccounts{s: s, meta: meta}
	ok, err := s.checkPassword(ctx, accounts, ratelimit.EmployeeSignIn, username, password, meta)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrInvalidCredentials
	}
	return accounts.tokens, nil
}

// employeeAccounts are the password holders of employee sign-in (R13).
type employeeAccounts struct {
	s      *Service
	meta   Meta
	person *ent.Person  // the account's person, as found (its employer read only for a lock)
	locked *ent.Account // the account as read under the row lock
	tokens *Tokens      // the session the sign-in started
}

func accountCredential(a *ent.Account) *credential {
	return &credential{id: a.ID, username: deref(a.Username), hash: a.PasswordHash,
		active: a.State == account.StateACTIVE, failed: a.FailedAttempts, lockedUntil: a.LockedUntil}
}

func (h *employeeAccounts) find(sys context.Context, key string) (*credential, error) {
	a, err := h.s.Client.Account.Query().Where(account.UsernameKey(key)).WithPerson().Only(sys)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if a.Username == nil {
		return nil, nil
	}
	h.person = a.Edges.Person
	return accountCredential(a), nil
}

func (h *employeeAccounts) lockRow(sys context.Context, c *ent.Client, id string) (*credential, error) {
	a, err := c.Account.Query().Where(account.ID(id)).Modify(store.ForUpdate).Only(sys)
	if err != nil {
		return nil, err
	}
	h.locked = a
	return accountCredential(a), nil
}

func (h *employeeAccounts) countFailure(sys context.Context, c *ent.Client, id string, failed int) error {
	return c.Account.UpdateOneID(id).SetFailedAttempts(failed).Exec(sys)
}

func (h *employeeAccounts) lock(sys context.Context, c *ent.Client, id string, until time.Time) error {
	a, err := c.Account.UpdateOneID(id).SetFailedAttempts(0).SetLockedUntil(until).Save(sys)
	if err != nil || h.s.OnEmployeeLocked == nil {
		return err
	}
	p := h.person
	if p.Edges.Employer == nil {
		// The lock notice names the employer; a sign-in that succeeds never reads it.
		if p.Edges.Employer, err = c.Employer.Get(sys, p.EmployerID); err != nil {
			return err
		}
	}
	return h.s.OnEmployeeLocked(sys, c, a, p, until)
}

func (h *employeeAccounts) signedIn(sys context.Context, c *ent.Client, id string, now time.Time, fresh string) error {
	a := h.locked
	upd := c.Account.UpdateOne(a).SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now)
	if a.FirstLoginAt == nil {
		upd.SetFirstLoginAt(now)
	}
	if fresh != "" {
		upd.SetPasswordHash(fresh)
	}
	// Exec, not Save: the session needs only the account's keys and username, which
	// the update does not change, so reading the row back would be a statement for
	// nothing.
	if err := upd.Exec(sys); err != nil {
		return err
	}
	var err error
	emp := a.EmployerID
	h.tokens, err = h.s.startSessionIn(sys, c, session.KindEMPLOYEE, a.ID, a.ProviderID, &emp,
		h.s.Config.EmployeeSessionTTL, true, h.meta, EmployeePrincipal(a, h.person))
	return err
}

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
