package auth

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The one password sign-in of staff users (R43) and employees (R13): usernames and
// passwords are case-sensitive (the look-up ignores case, the comparison does not);
// MaxFailedLogins wrong passwords in a row lock the sign-in for LockDuration; unknown,
// wrong, locked and blocked all get ErrInvalidCredentials. Only the table differs, and
// what happens beside the lock (staff: a log line; employees: a mail and an audit event).

// credential is a password holder as the lockout rule sees it.
type credential struct {
	id, username, hash string
	active             bool // only an active holder signs in
	failed             int
	lockedUntil        *time.Time
}

// passwordHolders is one table of password holders: staff users or employee accounts.
// An implementation belongs to one sign-in and keeps the row it found and saved.
type passwordHolders interface {
	// find looks the holder up by its lower-cased username; nil when there is none.
	find(sys context.Context, key string) (*credential, error)
	// lockRow reads the holder again under a row lock in the sign-in's transaction.
	lockRow(sys context.Context, c *ent.Client, id string) (*credential, error)
	// countFailure stores failed wrong passwords in a row (fewer than the lock needs).
	countFailure(sys context.Context, c *ent.Client, id string, failed int) error
	// lock sets the lock until until, clears the count, and tells whoever must know.
	lock(sys context.Context, c *ent.Client, id string, until time.Time) error
	// signedIn clears count and lock, stamps the sign-in at now and stores fresh, the
	// password's new hash, when it is not empty.
	signedIn(sys context.Context, c *ent.Client, id string, now time.Time, fresh string) error
}

// checkPassword runs the sign-in of username with password against holders and
// reports whether it succeeded; a refusal is (false, nil). realm is the rate limit's
// (ratelimit.StaffSignIn, ratelimit.EmployeeSignIn).
func (s *Service) checkPassword(ctx context.Context, holders passwordHolders, realm string,
	username, password string, meta Meta) (bool, error) {
	if err := s.Limits.SignIn(ctx, meta.IP, realm, username); err != nil {
		return false, err
	}
	// System: sign-in establishes who is asking (R13); before it nobody is.
	sys := viewer.System(ctx)
	found, err := holders.find(sys, strings.ToLower(username))
	if err != nil {
		return false, err
	}
	if found == nil || found.username != username || found.hash == "" {
		// An unknown username costs what a wrong password costs.
		return false, s.BurnPasswordTime(ctx, password)
	}
	ok, rehash, err := s.Passwords().Verify(ctx, found.hash, password)
	if err != nil {
		return false, fmt.Errorf("auth: sign-in of %s: %w", found.id, err)
	}
	var fresh string
	if ok && rehash {
		// Hashed before the transaction: argon2id under a row lock would hold the lock
		// (on SQLite: every writer) for the whole run.
		if fresh, err = s.Passwords().Hash(ctx, password); err != nil {
			return false, err
		}
	}
	now := s.Clock.Now()
	signedIn := false
	// The verdict is applied under a row lock on a fresh read, so parallel wrong
	// passwords are counted one by one and the lock is set exactly once, at the third;
	// a right password checked meanwhile does not sign in and clear a lock that they set
	// (R13: the lockout must not be bypassed).
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := holders.lockRow(sys, c, found.id)
		if err != nil {
			return err
		}
		if !cur.active || Locked(cur.lockedUntil, now) || cur.hash != found.hash {
			// Not counted: the holder cannot sign in now anyway, or the password changed
			// while it was checked and the verdict is about the old one.
			return nil
		}
		if !ok {
			if failed := cur.failed + 1; failed < MaxFailedLogins {
				return holders.countFailure(sys, c, cur.id, failed)
			}
			return holders.lock(sys, c, cur.id, now.Add(LockDuration))
		}
		if err := holders.signedIn(sys, c, cur.id, now, fresh); err != nil {
			return err
		}
		signedIn = true
		return nil
	})
	return signedIn, err
}

// Locked reports whether a lockout until until is in force at now (R13).
func Locked(until *time.Time, now time.Time) bool { return until != nil && until.After(now) }
