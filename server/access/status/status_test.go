package status

import (
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
)

func TestOf(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	later, earlier := now.Add(time.Hour), now.Add(-time.Second)
	cases := []struct {
		name string
		acc  *ent.Account
		want Status
	}{
		{"no account", nil, None},
		{"revoked invitation", &ent.Account{State: account.StateNONE}, None},
		{"R2 valid invitation", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &later}, Invited},
		{"R2 invitation at its expiry is expired", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &now}, Expired},
		{"R2 expired invitation", &ent.Account{State: account.StateINVITED, InviteExpiresAt: &earlier}, Expired},
		{"active", &ent.Account{State: account.StateACTIVE}, Active},
		{"R13 locked for the hour", &ent.Account{State: account.StateACTIVE, LockedUntil: &later}, Locked},
		{"R13 lock over", &ent.Account{State: account.StateACTIVE, LockedUntil: &earlier}, Active},
		{"R6 blocked", &ent.Account{State: account.StateBLOCKED, LockedUntil: &later}, Blocked},
	}
	for _, c := range cases {
		if got := Of(c.acc, now); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
