package access

import (
	"github.com/werkportaal/werkportaal/server/pid"
)

func pidAccount() string    { return pid.New(pid.Account) }
func pidInvitation() string { return pid.New(pid.Invitation) }
