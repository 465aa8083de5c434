package access

import (
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/pid"
)

var dutchMonths = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli",
	"augustus", "september", "oktober", "november", "december"}

// DutchDateTime writes t as Dutch readers expect it in a mail: "28 november 2026 om 09:00",
// in Dutch time.
func DutchDateTime(t time.Time) string {
	t = t.In(directory.Amsterdam)
	return fmt.Sprintf("%d %s %d om %02d:%02d", t.Day(), dutchMonths[t.Month()-1], t.Year(), t.Hour(), t.Minute())
}

func pidAccount() string    { return pid.New(pid.Account) }
func pidInvitation() string { return pid.New(pid.Invitation) }
