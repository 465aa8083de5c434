// Package access is the portal-access lifecycle (R1–R18): grant, invite, accept, block,
// unblock, collective changes, and the access status staff see.
package access

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
	StatusNone    Status = "NONE"
	StatusInvited Status = "INVITED"
	StatusExpired Status = "EXPIRED" // invitation link past its 96 hours (R2)
	StatusActive  Status = "ACTIVE"
	StatusBlocked Status = "BLOCKED" // R6
	StatusLocked  Status = "LOCKED"  // an hour after three wrong passwords (R13)
)

// AllStatuses lists the statuses in display order.
var AllStatuses = []Status{StatusNone, StatusInvited, StatusExpired, StatusActive, StatusBlocked, StatusLocked}

// StatusOf derives the status of an account (nil: no account) at now.
func StatusOf(a *ent.Account, now time.Time) Status {
	if a == nil {
		return StatusNone
	}
	switch a.State {
	case account.StateINVITED:
		if a.InviteExpiresAt != nil && a.InviteExpiresAt.After(now) {
			return StatusInvited
		}
		return StatusExpired
	case account.StateACTIVE:
		if a.LockedUntil != nil && a.LockedUntil.After(now) {
			return StatusLocked
		}
		return StatusActive
	case account.StateBLOCKED:
		return StatusBlocked
	}
	return StatusNone
}

// AccountHasStatus is the SQL form of StatusOf for an account.
func AccountHasStatus(s Status, now time.Time) predicate.Account {
	switch s {
	case StatusInvited:
		return account.And(account.StateEQ(account.StateINVITED), account.InviteExpiresAtGT(now))
	case StatusExpired:
		return account.And(account.StateEQ(account.StateINVITED),
			account.Or(account.InviteExpiresAtIsNil(), account.InviteExpiresAtLTE(now)))
	case StatusActive:
		return account.And(account.StateEQ(account.StateACTIVE),
			account.Or(account.LockedUntilIsNil(), account.LockedUntilLTE(now)))
	case StatusLocked:
		return account.And(account.StateEQ(account.StateACTIVE), account.LockedUntilGT(now))
	case StatusBlocked:
		return account.StateEQ(account.StateBLOCKED)
	default:
		return account.StateEQ(account.StateNONE)
	}
}

// PersonHasStatus selects persons whose access status is s at now; a person without
// an account has status NONE.
func PersonHasStatus(s Status, now time.Time) predicate.Person {
	if s == StatusNone {
		return person.Or(person.Not(person.HasAccount()), person.HasAccountWith(AccountHasStatus(s, now)))
	}
	return person.HasAccountWith(AccountHasStatus(s, now))
}
