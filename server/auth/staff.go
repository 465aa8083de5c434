package auth

import (
	"context"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// StaffPrincipal is the principal of a signed-in staff user.
func StaffPrincipal(u *ent.User) *viewer.Principal { return staffPrincipal(u) }

// StartStaffSession signs a staff user in whose password the caller has checked (a
// completed invitation or password reset, R43); when the second factor is due, the
// answer is its challenge instead of a session.
func (s *Service) StartStaffSession(ctx context.Context, u *ent.User, meta Meta) (*Tokens, error) {
	// System: sessions are system-only rows; the caller checked the password.
	return s.beginStaffSession(viewer.System(ctx), u, meta)
}

// ActionStaffLocked is the audit action of a staff sign-in locked after MaxFailedLogins
// wrong attempts (R13 for staff, R43; R27 extends to staff).
const ActionStaffLocked audit.Action = "STAFF_USER_LOCKED"

// staffLocked records the lock of u until until, as done by the user's own attempts.
func staffLocked(ctx context.Context, c *ent.Client, u *ent.User, until, now time.Time) error {
	e := audit.Event{Action: ActionStaffLocked, ProviderID: u.ProviderID, TargetType: "StaffUser", TargetID: u.ID,
		At: now, Details: map[string]string{"lockedUntil": until.UTC().Format(time.RFC3339)}}
	if u.EmployerID != nil {
		e.EmployerID = *u.EmployerID
	}
	return audit.Record(viewer.NewContext(ctx, staffPrincipal(u)), c, e)
}
