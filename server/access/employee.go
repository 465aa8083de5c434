package access

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/passwordreset"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/auth/strength"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The employee side of the lifecycle: the invitation link (R2–R4), the lockout notice
// (R13; the sign-in itself is auth.Service.LoginEmployee), recovery (R10, R11) and
// self-service changes (R12). These run before anyone is
// signed in, so look-ups run as the system and every answer is careful about what it
// reveals.

// Rules of the employee side.
const (
	MaxBirthDateAttempts = 3         // wrong birth dates that burn a link (R4)
	VerificationWindow   = time.Hour // registration must follow the birth-date check
	ResetTTL             = time.Hour // lifetime of a reset link (R10)
	MinUsernameLen       = 3
	MaxUsernameLen       = 64
)

// Codes of the employee side's expected failures.
const (
	CodeInvitationNotFound   apperr.UserCode = "INVITATION_NOT_FOUND"
	CodeInvitationExpired    apperr.UserCode = "INVITATION_EXPIRED"
	CodeInvitationRevoked    apperr.UserCode = "INVITATION_REVOKED"
	CodeInvitationLocked     apperr.UserCode = "INVITATION_LOCKED" // burned by wrong birth dates
	CodeWrongBirthDate       apperr.UserCode = "WRONG_BIRTH_DATE"
	CodeBirthDateNotVerified apperr.UserCode = "BIRTH_DATE_NOT_VERIFIED"
	CodeUsernameInvalid      apperr.UserCode = "USERNAME_INVALID"
	CodeUsernameTaken        apperr.UserCode = "USERNAME_TAKEN"
	CodeResetLinkInvalid     apperr.UserCode = "RESET_LINK_INVALID"
	CodeResetLinkExpired     apperr.UserCode = "RESET_LINK_EXPIRED"
	CodeResetLinkUsed        apperr.UserCode = "RESET_LINK_USED"
	CodeCurrentPasswordWrong apperr.UserCode = "CURRENT_PASSWORD_WRONG"
)

// passwordCodes are the codes of a password the policy refuses (R4): the policy's
// reason with the prefix PASSWORD_.
var passwordCodes = map[string]apperr.UserCode{
	strength.CodeTooShort:             "PASSWORD_TOO_SHORT",
	strength.CodeTooLong:              "PASSWORD_TOO_LONG",
	strength.CodeCommonPassword:       "PASSWORD_COMMON_PASSWORD",
	strength.CodeContainsPersonalData: "PASSWORD_CONTAINS_PERSONAL_DATA",
	strength.CodeTooGuessable:         "PASSWORD_TOO_GUESSABLE",
}

// InvitationState is what the link page shows.
type InvitationState string

// States of an invitation link.
const (
	InvitationValid   InvitationState = "VALID"
	InvitationExpired InvitationState = "EXPIRED"
	InvitationRevoked InvitationState = "REVOKED"
	InvitationUsed    InvitationState = "USED"
)

// InvitationView is everything the link page may show: the state and the employer's
// name, nothing about the person.
type InvitationView struct {
	State        InvitationState
	RevokeReason string // WITHDRAWN, RESENT, BIRTH_DATE_ATTEMPTS, BLOCKED when revoked
	EmployerName string
	ExpiresAt    time.Time
	Verified     bool
}

func (s *Service) invitationByToken(ctx context.Context, c *ent.Client, token string, lock bool) (*ent.Invitation, error) {
	if token == "" || len(token) > 100 {
		return nil, apperr.User(CodeInvitationNotFound, "this invitation link does not exist")
	}
	q := c.Invitation.Query().Where(invitation.TokenHash(auth.HashToken(token)))
	if lock {
		q.Modify(store.ForUpdate)
	}
	// System: the token is the only credential here; nobody is signed in yet, so
	// no principal exists whose rule could admit the read.
	inv, err := q.Only(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return nil, apperr.User(CodeInvitationNotFound, "this invitation link does not exist")
	}
	return inv, err
}

func (s *Service) stateOf(inv *ent.Invitation) InvitationState {
	switch inv.State {
	case invitation.StateUSED:
		return InvitationUsed
	case invitation.StateREVOKED:
		return InvitationRevoked
	case invitation.StateEXPIRED:
		return InvitationExpired
	}
	if !inv.ExpiresAt.After(s.Clock.Now()) {
		return InvitationExpired
	}
	return InvitationValid
}

// Invitation tells the state of a link (R3: withdrawn and expired links say so).
func (s *Service) Invitation(ctx context.Context, token string) (*InvitationView, error) {
	inv, err := s.invitationByToken(ctx, s.Client, token, false)
	if err != nil {
		if _, ok := apperr.AsUser(err); ok {
			return nil, apperr.NotFoundf("this invitation link does not exist")
		}
		return nil, err
	}
	// System: the link holder is anonymous; the invitation found by its token names
	// the employer whose name the page shows.
	emp, err := s.Client.Employer.Get(viewer.System(ctx), inv.EmployerID)
	if err != nil {
		return nil, err
	}
	v := &InvitationView{State: s.stateOf(inv), EmployerName: emp.Name, ExpiresAt: inv.ExpiresAt, Verified: inv.VerifiedAt != nil}
	if inv.OpenedAt == nil && v.State == InvitationValid {
		if err := s.markOpened(ctx, inv); err != nil {
			return nil, err
		}
	}
	if inv.RevokeReason != nil {
		v.RevokeReason = string(*inv.RevokeReason)
	}
	return v, nil
}

// markOpened records the first visit of a usable link, for the invitation funnel: once,
// however often the page is reloaded (the update only matches while opened_at is empty,
// so two tabs opening it at once record it once).
func (s *Service) markOpened(ctx context.Context, inv *ent.Invitation) error {
	// System: the link holder is anonymous; the token found the invitation.
	sys := viewer.System(ctx)
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		now := s.Clock.Now()
		n, err := tx.Invitation.Update().
			Where(invitation.ID(inv.ID), invitation.OpenedAtIsNil()).
			SetOpenedAt(now).
			Save(sys)
		if err != nil || n == 0 {
			return err
		}
		return audit.Record(sys, tx.Client(), audit.Event{
			Action: audit.InvitationOpened, ProviderID: inv.ProviderID, EmployerID: inv.EmployerID, PersonID: inv.PersonID,
			TargetType: "Account", TargetID: inv.AccountID, At: now,
		})
	})
}

// usable refuses a link that cannot be used any more, with the reason.
func (s *Service) usable(inv *ent.Invitation) error {
	switch s.stateOf(inv) {
	case InvitationUsed:
		return apperr.User(CodeInvitationUsed, "this invitation was already used; sign in instead")
	case InvitationExpired:
		return apperr.User(CodeInvitationExpired, "this invitation expired; ask your employer for a new one")
	case InvitationRevoked:
		if inv.RevokeReason != nil && *inv.RevokeReason == invitation.RevokeReasonBIRTH_DATE_ATTEMPTS {
			return apperr.User(CodeInvitationLocked, "too many wrong birth dates; ask your employer for a new invitation")
		}
		return apperr.User(CodeInvitationRevoked, "this invitation was withdrawn")
	}
	return nil
}

// VerifyResult is the answer to a birth-date check.
type VerifyResult struct {
	Verified     bool
	AttemptsLeft int
}

// VerifyInvitation is the control question (R4): the right birth date lets the person
// choose a username and password; three wrong ones burn the link for good, so the
// employee must ask the employer for a new invitation.
func (s *Service) VerifyInvitation(ctx context.Context, token string, birthDate date.Date) (*VerifyResult, error) {
	res := &VerifyResult{}
	var refusal error
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// System: the birth-date check runs for an anonymous link holder, identified
		// only by the token (R4).
		sys := viewer.System(ctx)
		inv, err := s.invitationByToken(ctx, c, token, true)
		if err != nil {
			return err
		}
		if err := s.usable(inv); err != nil {
			return err
		}
		p, err := c.Person.Get(sys, inv.PersonID)
		if err != nil {
			return err
		}
		if p.BirthDate == birthDate {
			res.Verified, res.AttemptsLeft = true, MaxBirthDateAttempts-inv.BirthDateAttempts
			return c.Invitation.UpdateOne(inv).SetVerifiedAt(s.Clock.Now()).Exec(sys)
		}
		attempts := inv.BirthDateAttempts + 1
		res.AttemptsLeft = max(0, MaxBirthDateAttempts-attempts)
		upd := c.Invitation.UpdateOne(inv).SetBirthDateAttempts(attempts)
		if attempts < MaxBirthDateAttempts {
			refusal = apperr.User(CodeWrongBirthDate, "the birth date is not right", "birthDate")
			return upd.Exec(sys)
		}
		now := s.Clock.Now()
		if err := upd.SetState(invitation.StateREVOKED).SetRevokeReason(invitation.RevokeReasonBIRTH_DATE_ATTEMPTS).
			SetRevokedAt(now).Exec(sys); err != nil {
			return err
		}
		// The person has no usable invitation now; staff see no access and can invite again.
		if err := c.Account.Update().Where(account.ID(inv.AccountID), account.StateEQ(account.StateINVITED)).
			SetState(account.StateNONE).ClearInviteExpiresAt().Exec(sys); err != nil {
			return err
		}
		refusal = apperr.User(CodeInvitationLocked, "too many wrong birth dates; ask your employer for a new invitation", "birthDate")
		return audit.Record(sys, c, audit.Event{
			Action: audit.InvitationBurned, ProviderID: inv.ProviderID, EmployerID: inv.EmployerID, PersonID: inv.PersonID,
			TargetType: "Account", TargetID: inv.AccountID, At: now,
		})
	})
	if err != nil {
		return nil, err
	}
	return res, refusal
}

var usernamePattern = regexp.MustCompile(`^[\p{L}\p{N}._@-]+$`)

// checkUsername applies the username rules: 3–64 letters, digits and . _ - @.
func checkUsername(u string) error {
	n := utf8.RuneCountInString(u)
	if n < MinUsernameLen || n > MaxUsernameLen || !usernamePattern.MatchString(u) {
		return apperr.User(CodeUsernameInvalid, "a username has 3 to 64 letters, digits or . _ - @", "username")
	}
	return nil
}

// usernameFree reports whether no account uses u, ignoring case (usernames are unique
// across the whole portal, R4).
func (s *Service) usernameFree(ctx context.Context, c *ent.Client, u string) (bool, error) {
	// System: usernames are unique across the whole portal (R4), beyond any tenant
	// a rule could narrow to; only the count leaves this function.
	n, err := c.Account.Query().Where(account.UsernameKey(strings.ToLower(u))).Count(viewer.System(ctx))
	return n == 0, err
}

// UsernameAvailable answers the check as you type of the registration page (with the
// invitation token) and of the account page (token empty, a signed-in employee). It
// needs one of the two, so nobody else can probe which usernames exist (R4, R12).
func (s *Service) UsernameAvailable(ctx context.Context, token, username string) (bool, error) {
	if token == "" {
		if p := viewer.FromContext(ctx); p == nil || p.Kind != viewer.KindEmployee {
			return false, apperr.E(apperr.Unauthenticated, "send the invitation token, or sign in as an employee")
		}
	} else {
		inv, err := s.invitationByToken(ctx, s.Client, token, false)
		if err != nil {
			return false, err
		}
		if err := s.usable(inv); err != nil {
			return false, err
		}
	}
	if err := checkUsername(username); err != nil {
		return false, err
	}
	return s.usernameFree(ctx, s.Client, username)
}

// checkPassword applies the password policy with the person's own data as guesses.
func checkPassword(password string, personal ...string) error {
	r := strength.Check(password, personal...)
	if r.OK {
		return nil
	}
	return apperr.User(passwordCodes[r.Code], "the password is not strong enough: "+strings.ToLower(strings.ReplaceAll(r.Code, "_", " ")), "password")
}

func personalData(p *ent.Person, employerName string, extra ...string) []string {
	out := []string{p.FirstName, p.LastName, directory.FullName(p), deref(p.Email), p.BirthDate.String(),
		p.BirthDate.Time().Format("02012006"), employerName}
	return append(out, extra...)
}

// CompleteRegistration lets the invited person choose a username and password (R4) and
// signs them in. The link is single use: of any number of parallel attempts exactly one
// succeeds.
func (s *Service) CompleteRegistration(ctx context.Context, token, username, password string, meta auth.Meta) (*auth.Tokens, error) {
	// System: registration is anonymous until it succeeds; the token identifies
	// the person, and the new session is started as the system.
	sys := viewer.System(ctx)
	inv, err := s.invitationByToken(ctx, s.Client, token, false)
	if err != nil {
		return nil, err
	}
	if err := s.usable(inv); err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	if inv.VerifiedAt == nil || now.Sub(*inv.VerifiedAt) > VerificationWindow {
		return nil, apperr.User(CodeBirthDateNotVerified, "answer the birth-date question first")
	}
	if err := checkUsername(username); err != nil {
		return nil, err
	}
	p, err := s.Client.Person.Query().Where(person.ID(inv.PersonID)).WithEmployer().Only(sys)
	if err != nil {
		return nil, err
	}
	if err := checkPassword(password, personalData(p, p.Edges.Employer.Name, username)...); err != nil {
		return nil, err
	}
	if free, err := s.usernameFree(ctx, s.Client, username); err != nil {
		return nil, err
	} else if !free {
		return nil, apperr.User(CodeUsernameTaken, "this username is taken", "username")
	}
	hash, err := s.Auth.Passwords().Hash(ctx, password)
	if err != nil {
		return nil, err
	}
	var acc *ent.Account
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// The state condition makes the link single use under concurrency.
		n, err := c.Invitation.Update().
			Where(invitation.ID(inv.ID), invitation.StateEQ(invitation.StatePENDING), invitation.ExpiresAtGT(now)).
			SetState(invitation.StateUSED).SetUsedAt(now).Save(sys)
		if err != nil {
			return err
		}
		if n != 1 {
			return apperr.User(CodeInvitationUsed, "this invitation was already used; sign in instead")
		}
		acc, err = c.Account.UpdateOneID(inv.AccountID).
			Where(account.StateEQ(account.StateINVITED)).
			SetState(account.StateACTIVE).SetUsername(username).SetUsernameKey(strings.ToLower(username)).
			SetPasswordHash(hash).
			// Stored normalised, as RequestUsername looks it up (R11): payroll data may
			// carry capitals the employee does not type.
			SetRegisteredEmail(strings.ToLower(strings.TrimSpace(inv.Email))).
			SetFirstLoginAt(now).SetLastLoginAt(now).SetFailedAttempts(0).
			ClearInviteExpiresAt().ClearLockedUntil().
			Save(sys)
		if ent.IsConstraintError(err) {
			return apperr.User(CodeUsernameTaken, "this username is taken", "username")
		}
		if ent.IsNotFound(err) {
			return apperr.User(CodeInvitationRevoked, "this invitation was withdrawn")
		}
		if err != nil {
			return err
		}
		return audit.Record(viewer.NewContext(ctx, auth.EmployeePrincipal(acc, p)), c, audit.Event{
			Action: audit.AccessAccepted, ProviderID: acc.ProviderID, EmployerID: acc.EmployerID, PersonID: acc.PersonID,
			TargetType: "Account", TargetID: acc.ID, At: now,
		})
	})
	if err != nil {
		return nil, err
	}
	return s.Auth.StartEmployeeSession(ctx, acc, p, meta)
}

// AccountLocked queues the lockout mail and records the lock (R13, R27); the server
// hands it to auth.Service as OnEmployeeLocked, which calls it in the transaction of
// the sign-in that locked the account.
func (s *Service) AccountLocked(sys context.Context, c *ent.Client, a *ent.Account, p *ent.Person, until time.Time) error {
	sub := &subject{p: p, acc: a, emp: p.Edges.Employer}
	if to := mailAddress(sub); to != "" {
		if err := s.enqueue(sys, c, []mail.Message{{
			Kind: mail.AccountLocked, To: to,
			ProviderID: a.ProviderID, EmployerID: a.EmployerID, PersonID: a.PersonID,
			Vars: map[string]string{
				"FirstName": p.FirstName, "EmployerName": sub.emp.Name, "ForgotPasswordURL": s.Links.ForgotPassword(),
			},
			Times: map[string]time.Time{"LockedUntil": until},
		}}); err != nil {
			return err
		}
	}
	return audit.Record(sys, c, s.event(audit.AccountLocked, sub, map[string]string{"lockedUntil": until.Format(time.RFC3339)}))
}

// equalTime pads a public answer to a fixed duration, so the time it takes does not
// tell whether a username or e-mail address exists (R10, R11).
func (s *Service) equalTime(start time.Time) {
	if d := s.ResponseFloor - time.Since(start); d > 0 {
		time.Sleep(d)
	}
}

// RequestPasswordReset mails a reset link when the username belongs to an account
// with access (R10). The answer is the same whether or not it does, and also when the
// account already got its few reset mails of the hour: then nothing is sent, so nobody
// can fill an employee's mailbox through this form.
func (s *Service) RequestPasswordReset(ctx context.Context, username, locale string) error {
	start := time.Now()
	defer s.equalTime(start)
	// Every request counts for its address, known username or not, so the refusal
	// tells nothing about accounts.
	if err := s.Limits.Recovery(ctx, auth.RequestMeta(ctx).IP); err != nil {
		return err
	}
	// System: the recovery request is anonymous (R10) and answers alike whether
	// or not the username exists.
	sys := viewer.System(ctx)
	acc, err := s.Client.Account.Query().Where(account.UsernameKey(strings.ToLower(username))).
		WithPerson(func(q *ent.PersonQuery) { q.WithEmployer() }).Only(sys)
	if ent.IsNotFound(err) || (err == nil && (acc.Username == nil || *acc.Username != username || acc.State != account.StateACTIVE)) {
		return nil
	}
	if err != nil {
		return err
	}
	now := s.Clock.Now()
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if ok, err := s.Limits.RecoveryMail(ctx, c, ratelimit.ResetMail, acc.ID); err != nil || !ok {
			return err
		}
		// A newer link kills the older ones.
		if err := c.PasswordReset.Update().
			Where(passwordreset.AccountID(acc.ID), passwordreset.UsedAtIsNil(), passwordreset.RevokedAtIsNil()).
			SetRevokedAt(now).Exec(sys); err != nil {
			return err
		}
		token, hash := auth.NewToken()
		expires := now.Add(ResetTTL)
		if err := c.PasswordReset.Create().SetCreatedAt(now).
			SetAccountID(acc.ID).SetTokenHash(hash).SetExpiresAt(expires).Exec(sys); err != nil {
			return err
		}
		p := acc.Edges.Person
		sub := &subject{p: p, acc: acc, emp: p.Edges.Employer}
		return s.enqueue(sys, c, []mail.Message{{
			Kind: mail.PasswordReset, Locale: mailLocale(locale), To: mailAddress(sub),
			ProviderID: acc.ProviderID, EmployerID: acc.EmployerID, PersonID: acc.PersonID,
			Vars: map[string]string{
				"FirstName": p.FirstName, "EmployerName": sub.emp.Name,
				"Link": s.Links.Reset(token),
			},
			Times: map[string]time.Time{"ExpiresAt": expires},
		}})
	})
}

// ResetState is what the reset page shows about its link.
type ResetState string

// States of a reset link.
const (
	ResetValid   ResetState = "VALID"
	ResetExpired ResetState = "EXPIRED"
	ResetUsed    ResetState = "USED"
	ResetInvalid ResetState = "INVALID" // unknown, or replaced by a newer link
)

func (s *Service) resetByToken(ctx context.Context, token string) (*ent.PasswordReset, ResetState, error) {
	if token == "" || len(token) > 100 {
		return nil, ResetInvalid, nil
	}
	// System: reset links are system-only rows, found by their token alone.
	r, err := s.Client.PasswordReset.Query().Where(passwordreset.TokenHash(auth.HashToken(token))).Only(viewer.System(ctx))
	switch {
	case ent.IsNotFound(err):
		return nil, ResetInvalid, nil
	case err != nil:
		return nil, "", err
	case r.UsedAt != nil:
		return r, ResetUsed, nil
	case r.RevokedAt != nil:
		return r, ResetInvalid, nil
	case !r.ExpiresAt.After(s.Clock.Now()):
		return r, ResetExpired, nil
	}
	return r, ResetValid, nil
}

// PasswordResetState tells the reset page whether its link still works.
func (s *Service) PasswordResetState(ctx context.Context, token string) (ResetState, error) {
	_, st, err := s.resetByToken(ctx, token)
	return st, err
}

// ResetPassword sets a new password through a reset link (R10): single use, valid one
// hour. It clears a lockout, ends every other session and signs the employee in.
func (s *Service) ResetPassword(ctx context.Context, token, password string, meta auth.Meta) (*auth.Tokens, error) {
	// System: the reset link holder is anonymous until the password is set (R10).
	sys := viewer.System(ctx)
	r, st, err := s.resetByToken(ctx, token)
	if err != nil {
		return nil, err
	}
	switch st {
	case ResetUsed:
		return nil, apperr.User(CodeResetLinkUsed, "this link was already used; ask for a new one")
	case ResetExpired:
		return nil, apperr.User(CodeResetLinkExpired, "this link expired; ask for a new one")
	case ResetInvalid:
		return nil, apperr.User(CodeResetLinkInvalid, "this link does not work (any more); ask for a new one")
	}
	acc, err := s.Client.Account.Query().Where(account.ID(r.AccountID)).
		WithPerson(func(q *ent.PersonQuery) { q.WithEmployer() }).Only(sys)
	if err != nil {
		return nil, err
	}
	p := acc.Edges.Person
	if err := checkPassword(password, personalData(p, p.Edges.Employer.Name, deref(acc.Username))...); err != nil {
		return nil, err
	}
	hash, err := s.Auth.Passwords().Hash(ctx, password)
	if err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		n, err := c.PasswordReset.Update().
			Where(passwordreset.ID(r.ID), passwordreset.UsedAtIsNil(), passwordreset.RevokedAtIsNil(), passwordreset.ExpiresAtGT(now)).
			SetUsedAt(now).Save(sys)
		if err != nil {
			return err
		}
		if n != 1 {
			return apperr.User(CodeResetLinkUsed, "this link was already used; ask for a new one")
		}
		if acc, err = c.Account.UpdateOneID(acc.ID).Where(account.StateEQ(account.StateACTIVE)).
			SetPasswordHash(hash).SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now).
			Save(sys); err != nil {
			if ent.IsNotFound(err) {
				return apperr.User(CodeResetLinkInvalid, "this link does not work (any more); ask for a new one")
			}
			return err
		}
		if _, err := auth.RevokeAllSessions(ctx, c, acc.ID, "PASSWORD_RESET", now); err != nil {
			return err
		}
		return audit.Record(viewer.NewContext(ctx, auth.EmployeePrincipal(acc, p)), c, audit.Event{
			Action: audit.PasswordReset, ProviderID: acc.ProviderID, EmployerID: acc.EmployerID, PersonID: acc.PersonID,
			TargetType: "Account", TargetID: acc.ID, At: now,
		})
	})
	if err != nil {
		return nil, err
	}
	return s.Auth.StartEmployeeSession(ctx, acc, p, meta)
}

// RequestUsername mails the username of every account registered with the address
// (R11), one mail per employer. The answer is the same whether or not there is one, and
// an account that already got its few mails of the hour gets none.
func (s *Service) RequestUsername(ctx context.Context, email, locale string) error {
	start := time.Now()
	defer s.equalTime(start)
	if err := s.Limits.Recovery(ctx, auth.RequestMeta(ctx).IP); err != nil {
		return err
	}
	addr, err := NormalizeEmail(email)
	if err != nil {
		return err
	}
	// System: the username request is anonymous (R11); it reads accounts by address
	// across the portal and answers alike whether or not one matches.
	sys := viewer.System(ctx)
	accs, err := s.Client.Account.Query().
		Where(account.RegisteredEmail(addr), account.StateEQ(account.StateACTIVE), account.UsernameNotNil()).
		WithPerson(func(q *ent.PersonQuery) { q.WithEmployer() }).All(sys)
	if err != nil || len(accs) == 0 {
		return err
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		mails := make([]mail.Message, 0, len(accs))
		events := make([]audit.Event, 0, len(accs))
		for _, a := range accs {
			if ok, err := s.Limits.RecoveryMail(ctx, c, ratelimit.UsernameMail, a.ID); err != nil {
				return err
			} else if !ok {
				continue
			}
			sub := &subject{p: a.Edges.Person, acc: a, emp: a.Edges.Person.Edges.Employer}
			mails = append(mails, usernameMail(sub, s.Links, locale))
			events = append(events, s.event(audit.UsernameSent, sub, map[string]string{"requestedBy": "employee"}))
		}
		if len(mails) == 0 {
			return nil
		}
		if err := s.enqueue(sys, c, mails); err != nil {
			return err
		}
		return audit.RecordMany(sys, c, events)
	})
}

// employee returns the signed-in employee's account, for the self-service changes.
func (s *Service) employee(ctx context.Context) (*viewer.Principal, *ent.Account, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, nil, err
	}
	// The Account, Person and Employer policies let an employee read their own.
	a, err := s.Client.Account.Query().Where(account.ID(v.ID)).
		WithPerson(func(q *ent.PersonQuery) { q.WithEmployer() }).Only(ctx)
	if err != nil {
		return nil, nil, err
	}
	return v, a, nil
}

// ChangePassword lets a signed-in employee choose a new password (R12): the current
// one is asked, no mail is sent, and other sessions end.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v, a, err := s.employee(ctx)
	if err != nil {
		return err
	}
	ok, _, err := s.Auth.Passwords().Verify(ctx, a.PasswordHash, current)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.User(CodeCurrentPasswordWrong, "the current password is not right", "currentPassword")
	}
	p := a.Edges.Person
	if err := checkPassword(next, personalData(p, p.Edges.Employer.Name, deref(a.Username))...); err != nil {
		return apperr.User(err.(*apperr.UserError).Code, err.Error(), "newPassword")
	}
	hash, err := s.Auth.Passwords().Hash(ctx, next)
	if err != nil {
		return err
	}
	now := s.Clock.Now()
	// System: credentials and sessions are written only by the program (sessions
	// are system-only rows); the employee proved who they are with the password.
	sys := viewer.System(ctx)
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if err := c.Account.UpdateOneID(a.ID).SetPasswordHash(hash).Exec(sys); err != nil {
			return err
		}
		if _, err := auth.RevokeOtherSessions(ctx, c, a.ID, v.SessionID, "PASSWORD_CHANGED", now); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(audit.PasswordChanged, &subject{p: p, acc: a, emp: p.Edges.Employer}, nil))
	})
}

// ChangeUsername lets a signed-in employee choose another username (R12), unique
// ignoring case; no mail is sent.
func (s *Service) ChangeUsername(ctx context.Context, username string) (*ent.Account, error) {
	_, a, err := s.employee(ctx)
	if err != nil {
		return nil, err
	}
	if err := checkUsername(username); err != nil {
		return nil, err
	}
	if a.Username != nil && *a.Username == username {
		return a, nil
	}
	// System: the username is checked portal-wide (R4) and credentials are written
	// only by the program.
	sys := viewer.System(ctx)
	if !strings.EqualFold(deref(a.Username), username) {
		if free, err := s.usernameFree(ctx, s.Client, username); err != nil {
			return nil, err
		} else if !free {
			return nil, apperr.User(CodeUsernameTaken, "this username is taken", "username")
		}
	}
	var out *ent.Account
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		var err error
		out, err = c.Account.UpdateOneID(a.ID).SetUsername(username).SetUsernameKey(strings.ToLower(username)).Save(sys)
		if ent.IsConstraintError(err) {
			return apperr.User(CodeUsernameTaken, "this username is taken", "username")
		}
		if err != nil {
			return err
		}
		p := a.Edges.Person
		return audit.Record(ctx, c, s.event(audit.UsernameChanged, &subject{p: p, acc: a, emp: p.Edges.Employer},
			map[string]string{"from": deref(a.Username), "to": username}))
	})
	return out, err
}

// LogoutEverywhere ends every session of the signed-in employee.
func (s *Service) LogoutEverywhere(ctx context.Context) error {
	_, a, err := s.employee(ctx)
	if err != nil {
		return err
	}
	_, err = auth.RevokeAllSessions(ctx, s.Client, a.ID, "LOGOUT_EVERYWHERE", s.Clock.Now())
	return err
}
