package access

import (
	"context"
	"errors"
	"fmt"
	netmail "net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/passwordreset"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// InvitationTTL is how long an invitation link works (R2).
const InvitationTTL = 96 * time.Hour

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeEmailRequired        apperr.UserCode = "EMAIL_REQUIRED"
	CodeInvalidEmail         apperr.UserCode = "INVALID_EMAIL"
	CodeInvitationPending    apperr.UserCode = "INVITATION_PENDING"
	CodeAlreadyHasAccess     apperr.UserCode = "ALREADY_HAS_ACCESS"
	CodeAccountBlocked       apperr.UserCode = "ACCOUNT_BLOCKED"
	CodeNoInvitation         apperr.UserCode = "NO_INVITATION"
	CodeInvitationUsed       apperr.UserCode = "INVITATION_USED"
	CodeNoAccess             apperr.UserCode = "NO_ACCESS"
	CodeAlreadyBlocked       apperr.UserCode = "ALREADY_BLOCKED"
	CodeNotBlocked           apperr.UserCode = "NOT_BLOCKED"
	CodeUsernameNotAvailable apperr.UserCode = "USERNAME_NOT_AVAILABLE"
	CodeBlockReasonTooLong   apperr.UserCode = "BLOCK_REASON_TOO_LONG"
)

// MaxBlockReason is the longest reason a block takes, in characters.
const MaxBlockReason = 500

// Service is the portal-access lifecycle.
type Service struct {
	Client    *ent.Client
	Clock     clock.Clock
	Auth      *auth.Service
	Links     Links
	Directory *directory.Service
	// ResponseFloor is the least time the public recovery answers take (R10, R11).
	ResponseFloor time.Duration
	// Limits counts sign-ins, recovery requests and mails, and resends; nil limits nothing.
	Limits *ratelimit.Limiter

	// readWholeSubjects: collective changes read whole rows (a test's reference; see
	// subjectColumns).
	readWholeSubjects bool
}

// subject is a person as the lifecycle needs it: with account and employer.
type subject struct {
	p   *ent.Person
	acc *ent.Account // nil: never had access
	emp *ent.Employer
}

// load reads a person in the caller's context (ent privacy makes another tenant's
// person not found, indistinguishable from a wrong ID) and locks it for the change.
func load(ctx context.Context, c *ent.Client, personID string) (*subject, error) {
	p, err := c.Person.Query().Where(person.ID(personID)).
		WithAccount().WithEmployer().WithEmployments().
		Modify(store.ForUpdate).
		Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("person %s not found", personID)
	}
	if err != nil {
		return nil, fmt.Errorf("access: load person %s: %w", personID, err)
	}
	return &subject{p: p, acc: p.Edges.Account, emp: p.Edges.Employer}, nil
}

// change runs fn on a loaded, locked person in one transaction with its audit events
// and mails, so a change, its trail and its mail land together or not at all.
func (s *Service) change(ctx context.Context, r viewer.Right, personID string, fn func(tx *ent.Client, sub *subject) error) (*ent.Person, error) {
	if _, err := viewer.Require(ctx, r); err != nil {
		return nil, err
	}
	var out *ent.Person
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		sub, err := load(ctx, c, personID)
		if err != nil {
			return err
		}
		if err := fn(c, sub); err != nil {
			return err
		}
		out, err = c.Person.Query().Where(person.ID(personID)).WithAccount().Only(ctx)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

// NormalizeEmail checks an e-mail address and returns it trimmed and lower-cased.
func NormalizeEmail(s string) (string, error) {
	s = strings.TrimSpace(s)
	a, err := netmail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" || len(s) > 254 || !strings.Contains(s[strings.LastIndexByte(s, '@'):], ".") {
		return "", apperr.User(CodeInvalidEmail, "not a valid e-mail address", "email")
	}
	return strings.ToLower(s), nil
}

// UpdatePersonEmail checks and changes the private e-mail address the invitation goes
// to (R1). An empty address removes it.
func (s *Service) UpdatePersonEmail(ctx context.Context, personID, email string) (*ent.Person, error) {
	var addr *string
	if strings.TrimSpace(email) != "" {
		a, err := NormalizeEmail(email)
		if err != nil {
			return nil, err
		}
		addr = &a
	}
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		old := ""
		if sub.p.Email != nil {
			old = *sub.p.Email
		}
		key := directory.SearchKey(sub.p.FirstName, sub.p.LastNamePrefix, sub.p.LastName, deref(addr))
		upd := c.Person.UpdateOne(sub.p).SetSearchKey(key)
		if addr == nil {
			upd.ClearEmail()
		} else {
			upd.SetEmail(*addr)
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		if old != deref(addr) {
			// Payroll is the source of the person's data: it takes the new address over
			// from the change feed (R45).
			if err := changefeed.Record(ctx, c, changefeed.Change{Kind: changefeed.PersonEmailChanged,
				ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
				SubjectType: "Person", SubjectID: sub.p.ID, Data: map[string]string{"email": deref(addr)},
				At: s.Clock.Now()}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, s.event(audit.PersonEmailChanged, sub, map[string]string{"from": old, "to": deref(addr)}))
	})
}

// Grant gives a person access: an account in state invited and an invitation valid for
// 96 hours, with the access mail (R1, R2, R5 one by one).
func (s *Service) Grant(ctx context.Context, personID string) (*ent.Person, error) {
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if reason := s.grantRefusal(sub); reason != "" {
			return refusal(reason)
		}
		inv, err := s.invite(ctx, c, []*subject{sub})
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(audit.AccessGranted, sub, map[string]string{"invitation": inv[0]}))
	})
}

// grantRefusal says why sub cannot be granted access, or "" when it can.
func (s *Service) grantRefusal(sub *subject) apperr.UserCode {
	if sub.p.Email == nil || *sub.p.Email == "" {
		return CodeEmailRequired
	}
	if _, err := mail.CheckAddress(*sub.p.Email); err != nil {
		return CodeInvalidEmail // e.g. a bad payroll import; fix the address first
	}
	switch status.Of(sub.acc, s.Clock.Now()) {
	case status.Invited:
		return CodeInvitationPending
	case status.Active, status.Locked:
		return CodeAlreadyHasAccess
	case status.Blocked:
		return CodeAccountBlocked
	}
	return "" // none, or an expired invitation: only a new invitation helps (R2)
}

func refusal(code apperr.UserCode) error {
	msgs := map[apperr.UserCode]string{
		CodeEmailRequired:        "the person has no e-mail address; add one first",
		CodeInvalidEmail:         "the person's e-mail address is not valid; correct it first",
		CodeInvitationPending:    "an invitation is already pending; resend or withdraw it",
		CodeAlreadyHasAccess:     "the person already has access",
		CodeAccountBlocked:       "the account is blocked; unblock it instead",
		CodeNoInvitation:         "there is no invitation to resend or withdraw",
		CodeInvitationUsed:       "the invitation was already used",
		CodeNoAccess:             "the person has no access",
		CodeAlreadyBlocked:       "the account is already blocked",
		CodeNotBlocked:           "the account is not blocked",
		CodeUsernameNotAvailable: "the username can be sent only to an account with access that has signed in at least once",
	}
	return apperr.User(code, msgs[code])
}

// invite issues a fresh invitation to each subject: it kills any older link (R3),
// creates or resets the account to invited, and queues the access mail. It returns the
// new invitations' IDs. Bulk statements (store.Insert) keep a collective grant of
// thousands fast.
func (s *Service) invite(ctx context.Context, c *ent.Client, subs []*subject) ([]string, error) {
	return s.inviteAs(ctx, c, subs, viewer.FromContext(ctx).ID, mail.Invitation, nil)
}

// InviteInTx issues an invitation to one person in the caller's transaction c, with
// the link rules of R2–R4, mailing it as kind with the extra variables vars (the
// preboarding's welcome, R38). The caller checks its own right and tenancy, passes the
// ID of whoever issues it as by, and records its audit event; an unused older link
// stops working (R3). It returns the invitation's ID.
func (s *Service) InviteInTx(ctx context.Context, c *ent.Client, personID, by string, kind mail.Kind, vars map[string]string) (string, error) {
	sub, err := load(ctx, c, personID)
	if err != nil {
		return "", err
	}
	if sub.p.Email == nil || *sub.p.Email == "" {
		return "", refusal(CodeEmailRequired)
	}
	switch status.Of(sub.acc, s.Clock.Now()) {
	case status.Active, status.Locked:
		return "", refusal(CodeInvitationUsed)
	case status.Blocked:
		return "", refusal(CodeAccountBlocked)
	}
	ids, err := s.inviteAs(ctx, c, []*subject{sub}, by, kind, vars)
	if err != nil {
		return "", err
	}
	return ids[0], nil
}

// RevokeInTx withdraws the person's unused invitation in the caller's transaction
// (R3), without an audit event of its own: the caller records why (a preboarding that
// ended, R38). A person without a live link is left as is.
func (s *Service) RevokeInTx(ctx context.Context, c *ent.Client, personID string) error {
	now := s.Clock.Now()
	return c.Invitation.Update().
		Where(invitation.PersonID(personID), invitation.StateEQ(invitation.StatePENDING)).
		SetState(invitation.StateREVOKED).SetRevokeReason(invitation.RevokeReasonWITHDRAWN).SetRevokedAt(now).
		Exec(ctx)
}

// inviteAs is invite with the mail's kind and extra variables.
func (s *Service) inviteAs(ctx context.Context, c *ent.Client, subs []*subject, by string, kind mail.Kind, extra map[string]string) ([]string, error) {
	now := s.Clock.Now()
	expires := now.Add(InvitationTTL)
	ids := make([]string, len(subs))
	var (
		newAccounts []*ent.AccountCreate
		reuse       []string
		invs        = make([]*ent.InvitationCreate, 0, len(subs))
		mails       = make([]mail.Message, 0, len(subs))
		accountIDs  = make([]string, len(subs))
	)
	for i, sub := range subs {
		if sub.acc == nil {
			id := pidAccount()
			accountIDs[i] = id
			// The keys come from the person already loaded: left to store.TenantKeys,
			// each row would cost a look-up of its person.
			newAccounts = append(newAccounts, c.Account.Create().SetID(id).
				SetPersonID(sub.p.ID).SetProviderID(sub.p.ProviderID).SetEmployerID(sub.p.EmployerID).
				SetState(account.StateINVITED).SetInviteExpiresAt(expires))
		} else {
			accountIDs[i] = sub.acc.ID
			reuse = append(reuse, sub.acc.ID)
		}
	}
	for i, sub := range subs {
		token, hash := auth.NewToken()
		ids[i] = pidInvitation()
		invs = append(invs, c.Invitation.Create().SetID(ids[i]).
			SetPersonID(sub.p.ID).SetProviderID(sub.p.ProviderID).SetEmployerID(sub.p.EmployerID).
			SetAccountID(accountIDs[i]).SetTokenHash(hash).SetEmail(*sub.p.Email).
			SetExpiresAt(expires).SetCreatedAt(now).SetCreatedBy(by))
		vars := map[string]string{
			"FirstName": sub.p.FirstName, "FullName": directory.FullName(sub.p),
			"EmployerName": sub.emp.Name, "Link": s.Links.Invitation(token),
		}
		for k, x := range extra {
			vars[k] = x
		}
		mails = append(mails, mail.Message{
			Kind: kind, To: *sub.p.Email,
			ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
			Chosen: chosenLanguage(sub.acc),
			Vars:   vars,
			Times:  map[string]time.Time{"ExpiresAt": expires},
		})
	}
	// The mails are rendered while the accounts and invitations are written (see
	// mail.Prepare). Their language is the one each subject's account was read with in
	// this transaction: an account this grant creates has none yet, and one it resets
	// keeps its own, so it is what reading it after the writes would give.
	queued, err := s.prepare(ctx, c, mails)
	if err != nil {
		return nil, err
	}
	defer queued.Wait() // when a write below fails
	for chunk := range slices.Chunk(reuse, 1000) {
		// Expired links keep saying "expired"; only live ones are replaced (R3).
		if err := c.Invitation.Update().
			Where(invitation.AccountIDIn(chunk...), invitation.StateEQ(invitation.StatePENDING), invitation.ExpiresAtGT(now)).
			SetState(invitation.StateREVOKED).SetRevokeReason(invitation.RevokeReasonRESENT).SetRevokedAt(now).
			Exec(ctx); err != nil {
			return nil, err
		}
		if err := c.Account.Update().Where(account.IDIn(chunk...)).
			SetState(account.StateINVITED).SetInviteExpiresAt(expires).Exec(ctx); err != nil {
			return nil, err
		}
	}
	if _, err := store.Insert(ctx, c, newAccounts); err != nil {
		if ent.IsConstraintError(err) {
			return nil, refusal(CodeInvitationPending) // a concurrent grant won
		}
		return nil, err
	}
	if _, err := store.Insert(ctx, c, invs); err != nil {
		return nil, err
	}
	if err := queued.Enqueue(ctx); err != nil {
		return nil, err
	}
	return ids, nil
}

// Resend issues a new link for an unused invitation; the old link stops working (R3).
func (s *Service) Resend(ctx context.Context, personID string) (*ent.Person, error) {
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if err := unusedInvitation(sub); err != nil {
			return err
		}
		if sub.p.Email == nil {
			return refusal(CodeEmailRequired)
		}
		// Counted in the resend's transaction: a resend refused for another reason
		// above, or one that fails below, does not use up the person's resends.
		if err := s.Limits.Resend(ctx, c, auth.RequestMeta(ctx).IP, sub.acc.ID); err != nil {
			return err
		}
		inv, err := s.invite(ctx, c, []*subject{sub})
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(audit.InvitationResent, sub, map[string]string{"invitation": inv[0]}))
	})
}

// unusedInvitation refuses resend and withdraw unless an invitation is still unused (R3).
func unusedInvitation(sub *subject) error {
	switch {
	case sub.acc != nil && sub.acc.State == account.StateINVITED:
		return nil
	case sub.acc != nil && (sub.acc.State == account.StateACTIVE || sub.acc.State == account.StateBLOCKED):
		return refusal(CodeInvitationUsed)
	}
	return refusal(CodeNoInvitation)
}

// Revoke withdraws an unused invitation: its link then answers "withdrawn" (R3) and the
// person has no access.
func (s *Service) Revoke(ctx context.Context, personID string) (*ent.Person, error) {
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if err := unusedInvitation(sub); err != nil {
			return err
		}
		now := s.Clock.Now()
		if err := c.Invitation.Update().
			Where(invitation.AccountID(sub.acc.ID), invitation.StateEQ(invitation.StatePENDING)).
			SetState(invitation.StateREVOKED).SetRevokeReason(invitation.RevokeReasonWITHDRAWN).SetRevokedAt(now).
			Exec(ctx); err != nil {
			return err
		}
		if err := c.Account.UpdateOne(sub.acc).SetState(account.StateNONE).ClearInviteExpiresAt().Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(audit.InvitationRevoked, sub, nil))
	})
}

// Block ends access at once (R6): the account's sessions, pending invitations and reset
// links stop working in the same transaction, and the employee gets the block mail.
// Leaving the employer does not block (R8); staff do it themselves.
func (s *Service) Block(ctx context.Context, personID string) (*ent.Person, error) {
	return s.BlockWithReason(ctx, personID, "")
}

// BlockWithReason is Block with the staff user's reason (optional; R6, R27): it is kept
// in the audit trail (details "reason") and never mailed; the employee's mail stays the
// standard block mail (R6).
func (s *Service) BlockWithReason(ctx context.Context, personID, reason string) (*ent.Person, error) {
	reason, err := cleanBlockReason(reason)
	if err != nil {
		return nil, err
	}
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if code := blockRefusal(sub); code != "" {
			return refusal(code)
		}
		if err := s.block(ctx, c, []*subject{sub}); err != nil {
			return err
		}
		var details map[string]string
		if reason != "" {
			details = map[string]string{"reason": reason}
		}
		return audit.Record(ctx, c, s.event(audit.AccessBlocked, sub, details))
	})
}

// cleanBlockReason trims the reason and folds its whitespace (one line in the trail and in
// a CSV export); at most MaxBlockReason characters.
func cleanBlockReason(reason string) (string, error) {
	reason = strings.Join(strings.Fields(reason), " ")
	if utf8.RuneCountInString(reason) > MaxBlockReason {
		return "", apperr.User(CodeBlockReasonTooLong, fmt.Sprintf("the reason is longer than %d characters", MaxBlockReason), "reason")
	}
	return reason, nil
}

func blockRefusal(sub *subject) apperr.UserCode {
	switch {
	case sub.acc == nil || sub.acc.State == account.StateNONE:
		return CodeNoAccess
	case sub.acc.State == account.StateBLOCKED:
		return CodeAlreadyBlocked
	}
	return ""
}

func (s *Service) block(ctx context.Context, c *ent.Client, subs []*subject) error {
	now := s.Clock.Now()
	ids := make([]string, len(subs))
	mails := make([]mail.Message, 0, len(subs))
	for i, sub := range subs {
		ids[i] = sub.acc.ID
		// A block must never fail on a bad address (R6): then it goes without its mail.
		if to, err := mail.CheckAddress(mailAddress(sub)); err == nil {
			mails = append(mails, mail.Message{
				Kind: mail.AccessBlocked, To: to,
				ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
				Vars: map[string]string{"FirstName": sub.p.FirstName, "FullName": directory.FullName(sub.p), "EmployerName": sub.emp.Name},
			})
		}
	}
	// System: reset links are system-only rows (the link token is their secret);
	// no principal reads or changes them, so the block revokes them as the system.
	sys := viewer.System(ctx)
	for chunk := range slices.Chunk(ids, 1000) {
		if err := c.Account.Update().Where(account.IDIn(chunk...)).
			SetState(account.StateBLOCKED).SetBlockedAt(now).ClearInviteExpiresAt().Exec(ctx); err != nil {
			return err
		}
		if err := c.Invitation.Update().Where(invitation.AccountIDIn(chunk...), invitation.StateEQ(invitation.StatePENDING)).
			SetState(invitation.StateREVOKED).SetRevokeReason(invitation.RevokeReasonBLOCKED).SetRevokedAt(now).Exec(ctx); err != nil {
			return err
		}
		if err := c.PasswordReset.Update().Where(passwordreset.AccountIDIn(chunk...), passwordreset.UsedAtIsNil(), passwordreset.RevokedAtIsNil()).
			SetRevokedAt(now).Exec(sys); err != nil {
			return err
		}
		if _, err := auth.RevokeSessionsOf(ctx, c, chunk, "BLOCKED", now); err != nil {
			return err
		}
	}
	return s.enqueue(ctx, c, mails)
}

// mailAddress is where account mails go: the address the employee registered with,
// else the person's address.
func mailAddress(sub *subject) string {
	if sub.acc != nil && sub.acc.RegisteredEmail != nil && *sub.acc.RegisteredEmail != "" {
		return *sub.acc.RegisteredEmail
	}
	return deref(sub.p.Email)
}

// Unblock restores access (R6): a registered employee signs in with the same username
// and password (old sessions stay dead); an account that never registered goes back to
// no access, so a new invitation can be sent.
func (s *Service) Unblock(ctx context.Context, personID string) (*ent.Person, error) {
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if sub.acc == nil || sub.acc.State != account.StateBLOCKED {
			return refusal(CodeNotBlocked)
		}
		registered := sub.acc.Username != nil
		upd := c.Account.UpdateOne(sub.acc).ClearBlockedAt().SetFailedAttempts(0).ClearLockedUntil()
		if registered {
			upd.SetState(account.StateACTIVE)
		} else {
			upd.SetState(account.StateNONE)
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		if to := mailAddress(sub); registered && to != "" {
			if err := s.enqueue(ctx, c, []mail.Message{{
				Kind: mail.AccessUnblocked, To: to,
				ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
				Vars: map[string]string{
					"FirstName": sub.p.FirstName, "FullName": directory.FullName(sub.p), "EmployerName": sub.emp.Name,
					"Username": *sub.acc.Username, "LoginURL": s.Links.Login(),
				},
			}}); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, s.event(audit.AccessUnblocked, sub, nil))
	})
}

// SendUsername mails the username to the employee (R9). It is offered only for an
// account with access that has signed in at least once.
func (s *Service) SendUsername(ctx context.Context, personID string) (*ent.Person, error) {
	return s.change(ctx, viewer.ManagePortalAccess, personID, func(c *ent.Client, sub *subject) error {
		if !CanSendUsername(sub.acc) {
			return refusal(CodeUsernameNotAvailable)
		}
		if err := s.enqueue(ctx, c, []mail.Message{usernameMail(sub, s.Links, "")}); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(audit.UsernameSent, sub, nil))
	})
}

// CanSendUsername reports whether Gebruikersnaam versturen is offered (R9).
func CanSendUsername(a *ent.Account) bool {
	return a != nil && a.State == account.StateACTIVE && a.FirstLoginAt != nil && a.Username != nil
}

func usernameMail(sub *subject, l Links, locale string) mail.Message {
	return mail.Message{
		Kind: mail.Username, Locale: mailLocale(locale), To: mailAddress(sub),
		ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
		Vars: map[string]string{
			"FirstName": sub.p.FirstName, "EmployerName": sub.emp.Name,
			"Username": deref(sub.acc.Username), "LoginURL": l.Login(),
		},
	}
}

// mailLocale is the language of an employee-requested mail when the employee has not
// chosen one in the portal (the mail layer applies a choice, R46); anything but English
// is Dutch, so an odd value can never make known and unknown usernames answer differently.
func mailLocale(l string) mail.Locale {
	if mail.Locale(l) == mail.EN {
		return mail.EN
	}
	return mail.NL
}

// enqueue queues mails in the caller's transaction, stamped with the service's clock.
func (s *Service) enqueue(ctx context.Context, c *ent.Client, msgs []mail.Message) error {
	p, err := s.prepare(ctx, c, msgs)
	if err != nil {
		return err
	}
	return p.Enqueue(ctx)
}

// prepare is enqueue's first half (mail.Prepare), stamped with the service's clock.
func (s *Service) prepare(ctx context.Context, c *ent.Client, msgs []mail.Message) (*mail.Prepared, error) {
	now := s.Clock.Now()
	for i := range msgs {
		msgs[i].QueuedAt = now
	}
	return mail.Prepare(ctx, c, msgs)
}

// event is an audit event about sub, stamped with the service's clock like the change.
func (s *Service) event(a audit.Action, sub *subject, details map[string]string) audit.Event {
	e := audit.Event{
		Action: a, ProviderID: sub.p.ProviderID, EmployerID: sub.p.EmployerID, PersonID: sub.p.ID,
		TargetType: "Person", TargetID: sub.p.ID, Details: details, At: s.Clock.Now(),
	}
	if sub.acc != nil {
		e.TargetType, e.TargetID = "Account", sub.acc.ID
	}
	return e
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// LatestInvitation returns the newest invitation of an account, as the caller may see it.
func (s *Service) LatestInvitation(ctx context.Context, accountID string) (*ent.Invitation, error) {
	inv, err := s.Client.Invitation.Query().Where(invitation.AccountID(accountID)).
		Order(ent.Desc(invitation.FieldCreatedAt), ent.Desc(invitation.FieldID)).First(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, nil
	}
	return inv, err
}

// chosenLanguage is the language choice of an account read in the caller's
// transaction, for its mails (R46): none for a person without an account.
func chosenLanguage(a *ent.Account) *mail.Locale {
	l := mail.Locale("")
	if a != nil && a.Language != nil {
		l = mail.Locale(*a.Language)
	}
	return &l
}
