package auth

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/server/apperr"
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

// ErrPasswordAttempts: a password given again was not checked, because the account
// made too many attempts in the sign-in limit's window or is locked (R13). The caller
// changes nothing and says so.
var ErrPasswordAttempts = errors.New("auth: too many password attempts; try again later")

// maxConfirmBytes bounds a password given again: a longer one is wrong without hashing
// (as RenewRecoveryCodes does), so a huge value costs no argon2id run.
const maxConfirmBytes = 1024

// ConfirmEmployeePassword checks the password a signed-in employee gives again to
// confirm a change a session alone may not make (R37: an IBAN) and reports whether it
// is theirs.
//
// It is limited like a sign-in, by the same DB-backed limiter and in the same count
// (ratelimit.SignIn, employee realm, the account's username and the client's address):
// a form that checks a password is a sign-in form for whoever holds the session, so it
// must not add guesses to the ones sign-in allows. For the same reason a wrong password
// here counts towards the lockout of R13 (three in a row lock the account for an hour,
// with its mail and audit event): otherwise someone with a stolen or unattended session
// could guess at the limiter's pace (hundreds a day) instead of R13's three an hour,
// and the owner would never hear of it. While the account is locked nothing is
// checked. A right password ends the row of wrong ones, as a sign-in does; it does not
// stamp a sign-in. Beyond the limit, while locked, and at the wrong password that
// locks, the answer is ErrPasswordAttempts.
func (s *Service) ConfirmEmployeePassword(ctx context.Context, accountID, password string) (bool, error) {
	// System: credentials are read and written only by the program; the caller is the
	// employee themself, signed in.
	sys := viewer.System(ctx)
	a, err := s.Client.Account.Query().Where(account.ID(accountID)).
		WithPerson(func(q *ent.PersonQuery) { q.WithEmployer() }).Only(sys)
	if err != nil {
		return false, fmt.Errorf("auth: account %s: %w", accountID, err)
	}
	if err := s.Limits.SignIn(ctx, RequestMeta(ctx).IP, ratelimit.EmployeeSignIn, deref(a.Username)); err != nil {
		if apperr.CodeOf(err) == apperr.TooManyRequests {
			return false, ErrPasswordAttempts
		}
		return false, err
	}
	now := s.Clock.Now()
	if Locked(a.LockedUntil, now) {
		return false, ErrPasswordAttempts
	}
	ok := false
	if len(password) <= maxConfirmBytes {
		// Checked before the transaction: argon2id under a row lock would hold it long.
		if ok, _, err = s.Passwords().Verify(ctx, a.PasswordHash, password); err != nil {
			return false, err
		}
	}
	h := &employeeAccounts{s: s, person: a.Edges.Person}
	lockedNow := false
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := h.lockRow(sys, c, a.ID)
		if err != nil {
			return err
		}
		switch {
		case !cur.active || cur.hash != a.PasswordHash:
			// Not counted, as at sign-in: the password changed while it was checked, so
			// the verdict is about the old one.
			ok = false
		case Locked(cur.lockedUntil, now):
			// Locked meanwhile by a parallel attempt: not checked.
			ok, lockedNow = false, true
		case ok:
			if cur.failed > 0 {
				return h.countFailure(sys, c, cur.id, 0)
			}
		case cur.failed+1 < MaxFailedLogins:
			return h.countFailure(sys, c, cur.id, cur.failed+1)
		default:
			lockedNow = true
			return h.lock(sys, c, cur.id, now.Add(LockDuration))
		}
		return nil
	})
	if err != nil {
		return false, err
	}
	if lockedNow {
		return false, ErrPasswordAttempts
	}
	return ok, nil
}
