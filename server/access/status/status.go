// Package status derives the portal-access status staff see (NONE, INVITED, EXPIRED,
// ACTIVE, BLOCKED, LOCKED) from an account and the clock, in Go and in SQL. It is a
// leaf so that both the directory (filters) and the access lifecycle can use it.
package status

import (
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
)

// Status is the access status of a person as staff see it. Expired and locked are
// not stored: they follow from the stored state and the clock.
type Status string

// Statuses.
const (
	None    Status = "NONE"
	Invited Status = "INVITED"
	Expired Status = "EXPIRED" // invitation link past its 96 hours (R2)
	Active  Status = "ACTIVE"
	Blocked Status = "BLOCKED" // R6
	Locked  Status = "LOCKED"  // an hour after three wrong passwords (R13)
)

// All lists the statuses in display order.
var All = []Status{None, Invited, Expired, Active, Blocked, Locked}

// Of derives the status of an account (nil: no account) at now.
func Of(a *ent.Account, now time.Time) Status {
	if a == nil {
		return None
	}
	switch a.State {
	case account.StateINVITED:
		if a.InviteExpiresAt != nil && a.InviteExpiresAt.After(now) {
			return Invited
		}
		return Expired
	case account.StateACTIVE:
		if a.LockedUntil != nil && a.LockedUntil.After(now) {
			return Locked
		}
		return Active
	case account.StateBLOCKED:
		return Blocked
	}
	return None
}

// AccountHas is the SQL form of Of for an account.
func AccountHas(s Status, now time.Time) predicate.Account {
	switch s {
	case Invited:
		return account.And(account.StateEQ(account.StateINVITED), account.InviteExpiresAtGT(now))
	case Expired:
		return account.And(account.StateEQ(account.StateINVITED),
			account.Or(account.InviteExpiresAtIsNil(), account.InviteExpiresAtLTE(now)))
	case Active:
		return account.And(account.StateEQ(account.StateACTIVE),
			account.Or(account.LockedUntilIsNil(), account.LockedUntilLTE(now)))
	case Locked:
		return account.And(account.StateEQ(account.StateACTIVE), account.LockedUntilGT(now))
	case Blocked:
		return account.StateEQ(account.StateBLOCKED)
	default:
		return account.StateEQ(account.StateNONE)
	}
}

// PersonHas selects persons whose access status is s at now; a person without
// an account has status NONE.
func PersonHas(s Status, now time.Time) predicate.Person {
	if s == None {
		return person.Or(person.Not(person.HasAccount()), person.HasAccountWith(AccountHas(s, now)))
	}
	return person.HasAccountWith(AccountHas(s, now))
}
