package access

import (
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
)

func TestStatusOf(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	later, earlier := now.Add(time.Hour), now.Add(-time.Second)
	cases := []struct {
		name string
		acc  *ent.Account
		want Status
	}{
		{"no account", nil, StatusNone},
		{"revoked invitation", &ent.Account{State: account.StateNONE}, StatusNone},
		{"R2 valid invitation", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &later}, StatusInvited},
		{"R2 invitation at its expiry is expired", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &now}, StatusExpired},
		{"R2 expired invitation", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &earlier}, StatusExpired},
		{"active", &ent.Account{State: account.StateACTIVE}, StatusActive},
		{"R13 locked for the hour", &ent.Account{State: account.StateACTIVE, LockedUntil: &later}, StatusLocked},
		{"R13 lock over", &ent.Account{State: account.StateACTIVE, LockedUntil: &earlier}, StatusActive},
		{"R6 blocked", &ent.Account{State: account.StateBLOCKED, LockedUntil: &later}, StatusBlocked},
	}
	for _, c := range cases {
		if got := StatusOf(c.acc, now); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
