// Package staffusers manages staff users in the product (R43): a user with MANAGE_USERS
// creates provider users (at the provider) and employer users (at one of its employers),
// gives them rights it holds itself, invites them by mail to choose a password, blocks
// and unblocks them, sends the invitation again and resets their second factor. The
// last holder of MANAGE_USERS at a level keeps it. The rules of giving rights are those
// of API clients (viewer.Grantable, R44). How a staff user signs in stays in server/auth.
package staffusers

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/stafflink"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// InvitationTTL is how long an invitation link works (R43: link rules as R2).
const InvitationTTL = 96 * time.Hour

// ResetTTL is how long a Wachtwoord vergeten link works (R10 for staff).
const ResetTTL = time.Hour

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeRightNotHeld                 = viewer.CodeRightNotHeld
	CodeInvalidInput apperr.UserCode = "INVALID_INPUT"
	CodeInvalidEmail apperr.UserCode = "INVALID_EMAIL"
	// CodeUsernameInvalid / CodeUsernameTaken: the sign-in name breaks the rules of
	// usernames or is in use by another staff user.
	CodeUsernameInvalid apperr.UserCode = "USERNAME_INVALID"
	CodeUsernameTaken   apperr.UserCode = "USERNAME_TAKEN"
	// CodeLastAdmin: the change would leave a level without an active user holding
	// MANAGE_USERS (R43).
	CodeLastAdmin apperr.UserCode = "LAST_ADMIN"
	// CodeOwnAccount: nobody changes their own rights, blocks themselves or resets their
	// own second factor (R43).
	CodeOwnAccount     apperr.UserCode = "OWN_ACCOUNT"
	CodeAlreadyBlocked apperr.UserCode = "ALREADY_BLOCKED"
	CodeNotBlocked     apperr.UserCode = "NOT_BLOCKED"
	// CodeInvitationUsed: the user already chose a password; there is no invitation to
	// send again.
	CodeInvitationUsed apperr.UserCode = "INVITATION_USED"
	// CodeAccountBlocked: a blocked user gets no invitation.
	CodeAccountBlocked apperr.UserCode = "ACCOUNT_BLOCKED"
	// CodeSecondFactorNotEnrolled: there is no second factor to reset.
	CodeSecondFactorNotEnrolled apperr.UserCode = "SECOND_FACTOR_NOT_ENROLLED"
)

// Audit actions (R27, extended to staff by R43).
const (
	ActionCreated           audit.Action = "STAFF_USER_CREATED"
	ActionRightsChanged     audit.Action = "STAFF_USER_RIGHTS_CHANGED"
	ActionBlocked           audit.Action = "STAFF_USER_BLOCKED"
	ActionUnblocked         audit.Action = "STAFF_USER_UNBLOCKED"
	ActionInvitationResent  audit.Action = "STAFF_INVITATION_RESENT"
	ActionInvitationUsed    audit.Action = "STAFF_INVITATION_ACCEPTED"
	ActionPasswordReset     audit.Action = "STAFF_PASSWORD_RESET"
	ActionSecondFactorReset audit.Action = "STAFF_SECOND_FACTOR_RESET"
	ActionPolicyChanged     audit.Action = "STAFF_SECOND_FACTOR_POLICY_CHANGED"
)

// Limits of the fields of a user.
const (
	MaxNameLen        = 200
	MinUsernameLen    = 3
	MaxUsernameLen    = 64
	RevokeBlocked     = "BLOCKED"
	revokeFactorReset = "SECOND_FACTOR_RESET"
)

// Links builds the URLs of staff mails. Tokens travel in the fragment (#…), which
// browsers never send to a server.
type Links struct{ Base string }

// The staff pages that mails link to.
const (
	PathLogin         = "/inloggen"
	PathInvitation    = "/uitnodiging"
	PathResetPassword = "/wachtwoord-herstellen" //nolint:gosec // G101: a page address, not a password
)

func (l Links) base() string { return strings.TrimRight(l.Base, "/") }

// Invitation is the link of the staff invitation mail.
func (l Links) Invitation(token string) string { return l.base() + PathInvitation + "#" + token }

// Reset is the link of the staff password mail.
func (l Links) Reset(token string) string { return l.base() + PathResetPassword + "#" + token }

// Login is the staff sign-in page.
func (l Links) Login() string { return l.base() + PathLogin }

// Service manages staff users.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	Auth   *auth.Service
	Links  Links
	Limits *ratelimit.Limiter
	// ResponseFloor pads the anonymous Wachtwoord vergeten answer to a fixed duration
	// (R10: it tells nothing about which usernames exist).
	ResponseFloor time.Duration
}

// Scope returns the level a user works at.
func Scope(u *ent.User) viewer.Scope {
	if u.EmployerID != nil {
		return viewer.ScopeEmployer
	}
	return viewer.ScopeProvider
}

// Rights returns the known rights of a user in the vocabulary's order.
func Rights(u *ent.User) []viewer.Right { return viewer.KnownRights(u.Rights) }

// PasswordChosen reports whether the user completed the invitation.
func PasswordChosen(u *ent.User) bool { return u.PasswordHash != "" }

// ListFilter narrows staffUsers; zero fields do not filter.
type ListFilter struct {
	EmployerID string
	Level      viewer.Scope // ScopeProvider: provider users only; ScopeEmployer: employer users only
	Blocked    *bool
	Search     string // in name, username and e-mail, case-insensitive
}

// List returns the users the caller manages as a query to paginate: a provider's
// manager sees the provider's users and those of its employers, an employer's manager
// its employer's (the privacy policy narrows it). Another tenant's employer is NOT_FOUND.
func (s *Service) List(ctx context.Context, f ListFilter) (*ent.UserQuery, error) {
	if _, err := viewer.Require(ctx, viewer.ManageUsers); err != nil {
		return nil, err
	}
	q := s.Client.User.Query()
	if f.EmployerID != "" {
		if _, err := employerInScope(ctx, s.Client, f.EmployerID); err != nil {
			return nil, err
		}
		q.Where(user.EmployerID(f.EmployerID))
	}
	switch f.Level {
	case viewer.ScopeProvider:
		q.Where(user.EmployerIDIsNil())
	case viewer.ScopeEmployer:
		q.Where(user.EmployerIDNotNil())
	}
	if f.Blocked != nil {
		if *f.Blocked {
			q.Where(user.StateEQ(user.StateBLOCKED))
		} else {
			q.Where(user.StateEQ(user.StateACTIVE))
		}
	}
	if term := strings.TrimSpace(f.Search); term != "" {
		if utf8.RuneCountInString(term) > 100 {
			return nil, apperr.User(CodeInvalidInput, "search at most 100 characters", "search")
		}
		q.Where(user.Or(user.DisplayNameContainsFold(term), user.UsernameContainsFold(term), user.EmailContainsFold(term)))
	}
	return q, nil
}

// CreateInput is a new staff user.
type CreateInput struct {
	EmployerID string // "" for a provider user
	Name       string
	Email      string
	Username   string
	Rights     []viewer.Right
	Locale     mail.Locale // language of the invitation mail; "" is Dutch
}

// Create makes a user at the caller's level or below it, with rights the caller holds,
// and mails the invitation to choose a password (R43).
func (s *Service) Create(ctx context.Context, in CreateInput) (*ent.User, error) {
	var out *ent.User
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		var err error
		out, err = s.CreateIn(ctx, tx.Client(), in)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// CreateIn is Create in the caller's transaction c, for a caller that makes more in
// the same transaction (the demo dataset).
func (s *Service) CreateIn(ctx context.Context, c *ent.Client, in CreateInput) (*ent.User, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || utf8.RuneCountInString(name) > MaxNameLen {
		return nil, apperr.User(CodeInvalidInput, fmt.Sprintf("a name of 1 to %d characters", MaxNameLen), "name")
	}
	email, err := mail.CheckAddress(in.Email)
	if err != nil {
		return nil, apperr.User(CodeInvalidEmail, "a valid e-mail address (name@example.nl)", "email")
	}
	username := strings.TrimSpace(in.Username)
	if err := checkUsername(username); err != nil {
		return nil, err
	}
	rights, err := viewer.Grantable(v, in.Rights)
	if err != nil {
		return nil, err
	}
	var emp *ent.Employer
	if in.EmployerID != "" {
		if emp, err = employerInScope(ctx, c, in.EmployerID); err != nil {
			return nil, err
		}
	} else if v.Scope != viewer.ScopeProvider {
		return nil, apperr.Forbiddenf("an employer's manager creates users of its own employer only: give employerId")
	}
	now := s.Clock.Now()
	if err := usernameFree(ctx, c, username); err != nil {
		return nil, err
	}
	create := c.User.Create().SetProviderID(v.ProviderID).SetUsername(username).
		SetUsernameKey(strings.ToLower(username)).SetDisplayName(name).SetEmail(email).
		SetPasswordHash("").SetRights(viewer.RightStrings(rights)).SetCreatedBy(v.ID).
		SetCreatedAt(now).SetUpdatedAt(now)
	if emp != nil {
		create.SetEmployerID(emp.ID)
	}
	out, err := create.Save(ctx)
	if err != nil {
		if ent.IsConstraintError(err) {
			return nil, apperr.User(CodeUsernameTaken, "this username is in use", "username")
		}
		return nil, err
	}
	if err := s.invite(ctx, c, out, in.Locale, now); err != nil {
		return nil, err
	}
	if err := audit.Record(ctx, c, event(ActionCreated, out, now, map[string]string{
		"name": name, "username": username, "scope": string(Scope(out)),
		"rights": strings.Join(viewer.RightStrings(rights), ","),
	})); err != nil {
		return nil, err
	}
	return out, nil
}

// usernamePattern is what a staff username may contain: letters, digits and . _ @ -,
// so an e-mail address is a valid username.
var usernamePattern = regexp.MustCompile(`^[\p{L}\p{N}._@-]+$`)

func checkUsername(u string) error {
	n := utf8.RuneCountInString(u)
	if n < MinUsernameLen || n > MaxUsernameLen || !usernamePattern.MatchString(u) {
		return apperr.User(CodeUsernameInvalid,
			fmt.Sprintf("a username of %d to %d letters, digits and . _ @ -", MinUsernameLen, MaxUsernameLen), "username")
	}
	return nil
}

// usernameFree checks that no staff user signs in with username, in any letter case.
func usernameFree(ctx context.Context, c *ent.Client, username string) error {
	// System: usernames are unique across the whole portal, so the check must see
	// every provider's users; it answers only taken or not, never whose.
	taken, err := c.User.Query().Where(user.UsernameKey(strings.ToLower(username))).Exist(viewer.System(ctx))
	if err != nil {
		return err
	}
	if taken {
		return apperr.User(CodeUsernameTaken, "this username is in use", "username")
	}
	return nil
}

// UpdateRights gives a user a new set of rights. Every right added or taken away must
// be the caller's own (RIGHT_NOT_HELD), nobody edits their own rights (OWN_ACCOUNT),
// and the last active holder of MANAGE_USERS at a level keeps it (LAST_ADMIN). The
// change bites on the user's next request: rights are read with the session.
func (s *Service) UpdateRights(ctx context.Context, id string, rights []viewer.Right) (*ent.User, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	if id == v.ID {
		return nil, apperr.User(CodeOwnAccount, "you cannot change your own rights", "staffUserId")
	}
	now := s.Clock.Now()
	var out *ent.User
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, admins, err := loadWithLevel(ctx, c, id)
		if err != nil {
			return err
		}
		before := Rights(cur)
		after, err := viewer.Changeable(v, before, rights)
		if err != nil {
			return err
		}
		if slices.Contains(before, viewer.ManageUsers) && !slices.Contains(after, viewer.ManageUsers) &&
			cur.State == user.StateACTIVE && othersThan(admins, cur.ID) == 0 {
			return apperr.User(CodeLastAdmin, "this is the last user who manages users at this level", "rights")
		}
		if out, err = c.User.UpdateOne(cur).SetRights(viewer.RightStrings(after)).SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionRightsChanged, out, now, map[string]string{
			"before": strings.Join(viewer.RightStrings(before), ","), "after": strings.Join(viewer.RightStrings(after), ","),
		}))
	})
	return out, err
}

// Block ends a user's access: no sign-in, and its open sessions are refused on their
// next request (like R6). The last active manager of a level cannot be blocked.
func (s *Service) Block(ctx context.Context, id string) (*ent.User, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	if id == v.ID {
		return nil, apperr.User(CodeOwnAccount, "you cannot block yourself", "staffUserId")
	}
	now := s.Clock.Now()
	var out *ent.User
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, admins, err := loadWithLevel(ctx, c, id)
		if err != nil {
			return err
		}
		if cur.State == user.StateBLOCKED {
			return apperr.User(CodeAlreadyBlocked, "the user is blocked already", "staffUserId")
		}
		if slices.Contains(Rights(cur), viewer.ManageUsers) && othersThan(admins, cur.ID) == 0 {
			return apperr.User(CodeLastAdmin, "this is the last user who manages users at this level", "staffUserId")
		}
		if out, err = c.User.UpdateOne(cur).SetState(user.StateBLOCKED).SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		ended, err := auth.RevokeAllSessions(ctx, c, cur.ID, RevokeBlocked, now)
		if err != nil {
			return err
		}
		if err := revokeLinks(ctx, c, cur.ID, now); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionBlocked, out, now, map[string]string{"endedSessions": fmt.Sprint(ended)}))
	})
	return out, err
}

// Unblock restores a blocked user's access with the same username and password (like
// R6), and clears a lockout.
func (s *Service) Unblock(ctx context.Context, id string) (*ent.User, error) {
	if _, err := viewer.Require(ctx, viewer.ManageUsers); err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	var out *ent.User
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := load(ctx, c, id)
		if err != nil {
			return err
		}
		if cur.State != user.StateBLOCKED {
			return apperr.User(CodeNotBlocked, "the user is not blocked", "staffUserId")
		}
		if out, err = c.User.UpdateOne(cur).SetState(user.StateACTIVE).SetFailedAttempts(0).ClearLockedUntil().
			SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionUnblocked, out, now, nil))
	})
	return out, err
}

// ResendInvitation mails a new invitation link; the old one stops working (R3). Only
// while the user has not chosen a password, and not for a blocked user.
func (s *Service) ResendInvitation(ctx context.Context, id string, locale mail.Locale) (*ent.User, error) {
	if _, err := viewer.Require(ctx, viewer.ManageUsers); err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	var out *ent.User
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := load(ctx, c, id)
		if err != nil {
			return err
		}
		if PasswordChosen(cur) {
			return apperr.User(CodeInvitationUsed, "the user already chose a password", "staffUserId")
		}
		if cur.State == user.StateBLOCKED {
			return apperr.User(CodeAccountBlocked, "the user is blocked", "staffUserId")
		}
		if err := s.Limits.Resend(ctx, c, auth.RequestMeta(ctx).IP, cur.ID); err != nil {
			return err
		}
		if err := s.invite(ctx, c, cur, locale, now); err != nil {
			return err
		}
		out = cur
		return audit.Record(ctx, c, event(ActionInvitationResent, cur, now, nil))
	})
	return out, err
}

// ResetSecondFactor removes a user's second factor and recovery codes and ends their
// sessions: at the next sign-in they enrol again (R43). Nobody resets their own.
func (s *Service) ResetSecondFactor(ctx context.Context, id string) (*ent.User, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	if id == v.ID {
		return nil, apperr.User(CodeOwnAccount, "you cannot reset your own second factor", "staffUserId")
	}
	now := s.Clock.Now()
	var out *ent.User
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := load(ctx, c, id)
		if err != nil {
			return err
		}
		if cur.TotpEnrolledAt == nil && cur.TotpPendingSecret == nil {
			return apperr.User(CodeSecondFactorNotEnrolled, "the user has no second factor", "staffUserId")
		}
		if out, err = c.User.UpdateOne(cur).ClearTotpSecret().ClearTotpPendingSecret().ClearTotpEnrolledAt().
			SetTotpLastStep(0).ClearRecoveryCodeHashes().SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		ended, err := auth.RevokeAllSessions(ctx, c, cur.ID, revokeFactorReset, now)
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionSecondFactorReset, out, now, map[string]string{"endedSessions": fmt.Sprint(ended)}))
	})
	return out, err
}

// SetRequireSecondFactorForEmployers switches the provider's rule that its employer
// users sign in with a second factor too (R43). Only a provider's manager sets it.
func (s *Service) SetRequireSecondFactorForEmployers(ctx context.Context, on bool) (*ent.Provider, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	if v.Scope != viewer.ScopeProvider {
		return nil, apperr.Forbiddenf("only the provider's users manage this setting")
	}
	now := s.Clock.Now()
	var out *ent.Provider
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if out, err = c.Provider.UpdateOneID(v.ProviderID).SetRequireSecondFactorForEmployers(on).
			SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{Action: ActionPolicyChanged, ProviderID: out.ID,
			TargetType: "Provider", TargetID: out.ID, At: now,
			Details: map[string]string{"requireSecondFactorForEmployers": fmt.Sprint(on)}})
	})
	return out, err
}

// InvitationExpiresAt is when the user's pending invitation expires; nil without one.
func (s *Service) InvitationExpiresAt(ctx context.Context, u *ent.User) (*time.Time, error) {
	if PasswordChosen(u) {
		return nil, nil
	}
	// System: links are system-only rows; the user was read through the caller's
	// policy, and only the expiry of its own link is returned.
	l, err := s.Client.StaffLink.Query().Where(stafflink.UserID(u.ID), stafflink.KindEQ(stafflink.KindINVITATION),
		stafflink.UsedAtIsNil(), stafflink.RevokedAtIsNil()).
		Order(ent.Desc(stafflink.FieldCreatedAt)).First(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &l.ExpiresAt, nil
}

// invite kills the user's pending links and mails a new invitation link, in c.
func (s *Service) invite(ctx context.Context, c *ent.Client, u *ent.User, locale mail.Locale, now time.Time) error {
	if err := revokeLinks(ctx, c, u.ID, now); err != nil {
		return err
	}
	token, hash := auth.NewToken()
	expires := now.Add(InvitationTTL)
	// System: links are system-only rows (they name a token); the caller's right to
	// manage the user was checked on reading it.
	if err := c.StaffLink.Create().SetCreatedAt(now).SetProviderID(u.ProviderID).SetUserID(u.ID).
		SetKind(stafflink.KindINVITATION).SetTokenHash(hash).SetExpiresAt(expires).Exec(viewer.System(ctx)); err != nil {
		return err
	}
	org, err := organisationName(ctx, c, u)
	if err != nil {
		return err
	}
	return mail.Enqueue(ctx, c, mail.Message{
		Kind: mail.StaffInvitation, Locale: locale, To: u.Email, QueuedAt: now,
		ProviderID: u.ProviderID, EmployerID: deref(u.EmployerID),
		Vars: map[string]string{
			"Name": u.DisplayName, "OrganisationName": org, "Username": u.Username,
			"Link": s.Links.Invitation(token), "LoginURL": s.Links.Login(),
		},
		Times: map[string]time.Time{"ExpiresAt": expires},
	})
}

// revokeLinks kills every unused link of a user.
func revokeLinks(ctx context.Context, c *ent.Client, userID string, now time.Time) error {
	// System: links are system-only rows; the caller decided the user's links end.
	return c.StaffLink.Update().Where(stafflink.UserID(userID), stafflink.UsedAtIsNil(), stafflink.RevokedAtIsNil()).
		SetRevokedAt(now).Exec(viewer.System(ctx))
}

// organisationName is the employer's name for an employer user, else the provider's.
func organisationName(ctx context.Context, c *ent.Client, u *ent.User) (string, error) {
	// System: the name of the user's own organisation for its mail; the user was read
	// through the caller's policy or by its own link.
	sys := viewer.System(ctx)
	if u.EmployerID != nil {
		e, err := c.Employer.Get(sys, *u.EmployerID)
		if err != nil {
			return "", err
		}
		return e.Name, nil
	}
	p, err := c.Provider.Get(sys, u.ProviderID)
	if err != nil {
		return "", err
	}
	return p.Name, nil
}

// employerInScope reads an employer the caller may see; another tenant's employer is
// not found, exactly like one that does not exist.
func employerInScope(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Query().Where(employer.ID(id)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("staffusers: employer %s: %w", id, err)
	}
	return e, nil
}

// load reads and locks a user the caller manages; another tenant's user is not found,
// exactly like one that does not exist.
func load(ctx context.Context, c *ent.Client, id string) (*ent.User, error) {
	u, err := c.User.Query().Where(user.ID(id)).Modify(store.ForUpdate).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("staff user %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("staffusers: load %s: %w", id, err)
	}
	return u, nil
}

// loadWithLevel reads a user the caller manages and locks the active holders of
// MANAGE_USERS at the user's level, in ID order, so two managers who take the right
// from each other at the same moment cannot both succeed (LAST_ADMIN).
func loadWithLevel(ctx context.Context, c *ent.Client, id string) (*ent.User, []*ent.User, error) {
	probe, err := c.User.Query().Where(user.ID(id)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, nil, apperr.NotFoundf("staff user %s not found", id)
	}
	if err != nil {
		return nil, nil, err
	}
	level := []predicate.User{user.ProviderID(probe.ProviderID), user.StateEQ(user.StateACTIVE)}
	if probe.EmployerID == nil {
		level = append(level, user.EmployerIDIsNil())
	} else {
		level = append(level, user.EmployerID(*probe.EmployerID))
	}
	peers, err := c.User.Query().Where(level...).Order(ent.Asc(user.FieldID)).Modify(store.ForUpdate).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	admins := slices.DeleteFunc(peers, func(u *ent.User) bool { return !slices.Contains(Rights(u), viewer.ManageUsers) })
	cur, err := load(ctx, c, id)
	return cur, admins, err
}

// othersThan counts the users in admins other than id.
func othersThan(admins []*ent.User, id string) int {
	n := 0
	for _, a := range admins {
		if a.ID != id {
			n++
		}
	}
	return n
}

func event(a audit.Action, u *ent.User, at time.Time, details map[string]string) audit.Event {
	return audit.Event{Action: a, ProviderID: u.ProviderID, EmployerID: deref(u.EmployerID),
		TargetType: "StaffUser", TargetID: u.ID, Details: details, At: at}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
