package staffusers

import (
	"context"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/stafflink"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/auth/strength"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Codes of the link pages.
const (
	CodeInvitationNotFound apperr.UserCode = "INVITATION_NOT_FOUND"
	CodeInvitationExpired  apperr.UserCode = "INVITATION_EXPIRED"
	CodeResetLinkInvalid   apperr.UserCode = "RESET_LINK_INVALID"
	CodeResetLinkExpired   apperr.UserCode = "RESET_LINK_EXPIRED"
	CodeResetLinkUsed      apperr.UserCode = "RESET_LINK_USED"
)

// LinkState is what a link page shows about its link.
type LinkState string

// States of a link.
const (
	LinkValid   LinkState = "VALID"
	LinkExpired LinkState = "EXPIRED"
	LinkUsed    LinkState = "USED"
	LinkInvalid LinkState = "INVALID" // unknown, replaced by a newer link, or its user blocked
)

// Link is a link as its page sees it: its state and, while it works, whose it is.
type Link struct {
	State     LinkState
	User      *ent.User // set while VALID
	ExpiresAt time.Time
}

func (s *Service) linkByToken(ctx context.Context, kind stafflink.Kind, token string) (*ent.StaffLink, LinkState, error) {
	if token == "" || len(token) > 100 {
		return nil, LinkInvalid, nil
	}
	// System: links are system-only rows, found by their token alone; the holder is
	// anonymous until the password is chosen.
	l, err := s.Client.StaffLink.Query().Where(stafflink.TokenHash(auth.HashToken(token)), stafflink.KindEQ(kind)).
		Only(viewer.System(ctx))
	switch {
	case ent.IsNotFound(err):
		return nil, LinkInvalid, nil
	case err != nil:
		return nil, "", err
	case l.UsedAt != nil:
		return l, LinkUsed, nil
	case l.RevokedAt != nil:
		return l, LinkInvalid, nil
	case !l.ExpiresAt.After(s.Clock.Now()):
		return l, LinkExpired, nil
	}
	return l, LinkValid, nil
}

// InvitationLink tells the invitation page whether its link works and for whom.
func (s *Service) InvitationLink(ctx context.Context, token string) (*Link, error) {
	return s.link(ctx, stafflink.KindINVITATION, token)
}

// ResetLink tells the reset page whether its link works.
func (s *Service) ResetLink(ctx context.Context, token string) (*Link, error) {
	return s.link(ctx, stafflink.KindPASSWORD_RESET, token)
}

func (s *Service) link(ctx context.Context, kind stafflink.Kind, token string) (*Link, error) {
	l, st, err := s.linkByToken(ctx, kind, token)
	if err != nil || st != LinkValid {
		return &Link{State: st}, err
	}
	// System: the valid link names its user; the page shows the user's name.
	u, err := s.Client.User.Get(viewer.System(ctx), l.UserID)
	if err != nil {
		return nil, err
	}
	return &Link{State: LinkValid, User: u, ExpiresAt: l.ExpiresAt}, nil
}

// AcceptInvitation sets the password of an invited user through the invitation link
// (R43; link rules as R2–R3): single use, valid 96 hours, the same strength policy as
// employees (R4). Of parallel attempts exactly one succeeds. It returns the user, whom
// the caller signs in at once (last_login_at is set here, as for employees).
func (s *Service) AcceptInvitation(ctx context.Context, token, password string) (*ent.User, error) {
	return s.setPassword(ctx, stafflink.KindINVITATION, token, password)
}

// ResetPassword sets a new password through a Wachtwoord vergeten link (R10 for staff):
// single use, valid one hour; it clears a lockout and ends the user's sessions. The
// second factor stays.
func (s *Service) ResetPassword(ctx context.Context, token, password string) (*ent.User, error) {
	return s.setPassword(ctx, stafflink.KindPASSWORD_RESET, token, password)
}

func (s *Service) setPassword(ctx context.Context, kind stafflink.Kind, token, password string) (*ent.User, error) {
	// System: the link holder is anonymous until the password is set.
	sys := viewer.System(ctx)
	l, st, err := s.linkByToken(ctx, kind, token)
	if err != nil {
		return nil, err
	}
	if ue := linkRefusal(kind, st); ue != nil {
		return nil, ue
	}
	u, err := s.Client.User.Get(sys, l.UserID)
	if err != nil {
		return nil, err
	}
	org, err := organisationName(ctx, s.Client, u)
	if err != nil {
		return nil, err
	}
	if err := checkPassword(password, u.Username, u.DisplayName, u.Email, org); err != nil {
		return nil, err
	}
	hash, err := s.Auth.Passwords().Hash(ctx, password)
	if err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	action := ActionInvitationUsed
	if kind == stafflink.KindPASSWORD_RESET {
		action = ActionPasswordReset
	}
	var out *ent.User
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// The conditional update makes the link single use under concurrency.
		n, err := c.StaffLink.Update().
			Where(stafflink.ID(l.ID), stafflink.UsedAtIsNil(), stafflink.RevokedAtIsNil(), stafflink.ExpiresAtGT(now)).
			SetUsedAt(now).Save(sys)
		if err != nil {
			return err
		}
		if n != 1 {
			return linkRefusal(kind, LinkUsed)
		}
		upd := c.User.UpdateOneID(u.ID).Where(user.StateEQ(user.StateACTIVE)).SetPasswordHash(hash).SetUpdatedAt(now)
		if u.TotpEnrolledAt == nil {
			upd.SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now)
		}
		// With a second factor the sign-in is not complete yet, and a mailbox alone must
		// not buy fresh code guesses past the lockout (R13, R43): the count stays.
		if out, err = upd.Save(sys); err != nil {
			if ent.IsNotFound(err) {
				return linkRefusal(kind, LinkInvalid)
			}
			return err
		}
		if _, err := auth.RevokeAllSessions(ctx, c, u.ID, "PASSWORD_RESET", now); err != nil {
			return err
		}
		return audit.Record(viewer.NewContext(ctx, auth.StaffPrincipal(out)), c, event(action, out, now, nil))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// linkRefusal is the answer to a link in state st; nil for a valid one.
func linkRefusal(kind stafflink.Kind, st LinkState) error {
	if kind == stafflink.KindINVITATION {
		switch st {
		case LinkUsed:
			return apperr.User(CodeInvitationUsed, "this invitation was used already; sign in or use Forgot password")
		case LinkExpired:
			return apperr.User(CodeInvitationExpired, "this invitation expired; ask for a new one")
		case LinkInvalid:
			return apperr.User(CodeInvitationNotFound, "this invitation does not work (any more); ask for a new one")
		}
		return nil
	}
	switch st {
	case LinkUsed:
		return apperr.User(CodeResetLinkUsed, "this link was already used; ask for a new one")
	case LinkExpired:
		return apperr.User(CodeResetLinkExpired, "this link expired; ask for a new one")
	case LinkInvalid:
		return apperr.User(CodeResetLinkInvalid, "this link does not work (any more); ask for a new one")
	}
	return nil
}

// passwordCodes are the codes of a password the policy refuses: the policy's reason with
// the prefix PASSWORD_, as the access package answers for employees (R4).
var passwordCodes = map[string]apperr.UserCode{
	strength.CodeTooShort:             "PASSWORD_TOO_SHORT",
	strength.CodeTooLong:              "PASSWORD_TOO_LONG",
	strength.CodeCommonPassword:       "PASSWORD_COMMON_PASSWORD",
	strength.CodeContainsPersonalData: "PASSWORD_CONTAINS_PERSONAL_DATA",
	strength.CodeTooGuessable:         "PASSWORD_TOO_GUESSABLE",
}

// checkPassword applies the employees' password policy (R4) to a staff password.
func checkPassword(password string, personal ...string) error {
	r := strength.Check(password, personal...)
	if r.OK {
		return nil
	}
	return apperr.User(passwordCodes[r.Code],
		"the password is not strong enough: "+strings.ToLower(strings.ReplaceAll(r.Code, "_", " ")), "password")
}

// RequestPasswordReset mails a reset link when the username belongs to an active staff
// user who chose a password (R10 for staff). The answer is the same whether or not it
// does, takes the same time, and is the same when the user already got their few
// reset mails of the hour (counted in the database, so every instance agrees): then
// nothing is sent.
func (s *Service) RequestPasswordReset(ctx context.Context, username string, locale mail.Locale) error {
	start := time.Now()
	defer func() {
		if d := s.ResponseFloor - time.Since(start); d > 0 {
			time.Sleep(d)
		}
	}()
	if err := s.Limits.Recovery(ctx, auth.RequestMeta(ctx).IP); err != nil {
		return err
	}
	// System: the recovery request is anonymous (R10) and answers alike whether or
	// not the username exists.
	sys := viewer.System(ctx)
	u, err := s.Client.User.Query().Where(user.UsernameKey(strings.ToLower(username))).Only(sys)
	if ent.IsNotFound(err) || (err == nil && (u.Username != username || u.State != user.StateACTIVE || !PasswordChosen(u) || u.Email == "")) {
		return nil
	}
	if err != nil {
		return err
	}
	now := s.Clock.Now()
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if ok, err := s.Limits.RecoveryMail(ctx, c, ratelimit.ResetMail, u.ID); err != nil || !ok {
			return err
		}
		if err := c.StaffLink.Update().Where(stafflink.UserID(u.ID), stafflink.KindEQ(stafflink.KindPASSWORD_RESET),
			stafflink.UsedAtIsNil(), stafflink.RevokedAtIsNil()).SetRevokedAt(now).Exec(sys); err != nil {
			return err
		}
		token, hash := auth.NewToken()
		expires := now.Add(ResetTTL)
		if err := c.StaffLink.Create().SetCreatedAt(now).SetProviderID(u.ProviderID).SetUserID(u.ID).
			SetKind(stafflink.KindPASSWORD_RESET).SetTokenHash(hash).SetExpiresAt(expires).Exec(sys); err != nil {
			return err
		}
		org, err := organisationName(ctx, c, u)
		if err != nil {
			return err
		}
		return mail.Enqueue(ctx, c, mail.Message{
			Kind: mail.StaffPasswordReset, Locale: locale, To: u.Email, QueuedAt: now,
			ProviderID: u.ProviderID, EmployerID: deref(u.EmployerID),
			Vars:  map[string]string{"Name": u.DisplayName, "OrganisationName": org, "Link": s.Links.Reset(token)},
			Times: map[string]time.Time{"ExpiresAt": expires},
		})
	})
}
