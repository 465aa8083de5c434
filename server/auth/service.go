package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/apiclient"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ErrInvalidCredentials is the one answer to every failed sign-in: unknown username,
// wrong password, locked or blocked. Telling them apart would tell an attacker which
// usernames exist.
var ErrInvalidCredentials = apperr.User(CodeInvalidCredentials, "username or password is incorrect")

// Codes of the expected failures of signing in and refreshing a session.
const (
	CodeInvalidCredentials apperr.UserCode = "INVALID_CREDENTIALS" //nolint:gosec // G101: the code of a failed sign-in, not a credential
	CodeSessionExpired     apperr.UserCode = "SESSION_EXPIRED"
	CodeAccessBlocked      apperr.UserCode = "ACCESS_BLOCKED"
)

// RefreshRefusal is the expected failure that a refresh answers err with: the session
// ended (SESSION_EXPIRED) or the employer blocked access (ACCESS_BLOCKED, R6), so the
// SPA can say why instead of only asking to sign in. It is nil for any other error.
func RefreshRefusal(err error) *apperr.UserError {
	switch {
	case IsBlocked(err):
		return apperr.User(CodeAccessBlocked, "access to the portal was ended by the employer")
	case apperr.CodeOf(err) == apperr.Unauthenticated:
		return apperr.User(CodeSessionExpired, "the session has ended; sign in again")
	}
	return nil
}

// errSession is the answer to a token or refresh cookie that no longer names a live session.
var errSession = apperr.E(apperr.Unauthenticated, "session ended; sign in again")

// errBlocked is the answer when the session ended because access was blocked (R6), so
// an open portal page can tell the employee why instead of asking them to sign in again.
var errBlocked = apperr.E(apperr.Unauthenticated, "access to the portal was ended by the employer")

// IsBlocked reports whether err says that access was blocked.
func IsBlocked(err error) bool { return errors.Is(err, errBlocked) }

// ended is the answer for a session that is no longer live.
func ended(ses *ent.Session) error {
	if ses.RevokeReason != nil && *ses.RevokeReason == "BLOCKED" {
		return errBlocked
	}
	return errSession
}

// The lockout rule of every password sign-in, staff (R43) and employees (R13) alike:
// three wrong passwords in a row lock the sign-in for one hour.
const (
	MaxFailedLogins = 3
	LockDuration    = time.Hour
)

// Config holds the lifetimes of sign-ins.
type Config struct {
	AccessTTL          time.Duration // lifetime of an access token
	StaffSessionTTL    time.Duration // absolute lifetime of a staff session
	EmployeeSessionTTL time.Duration // absolute lifetime of an employee session
	APITokenTTL        time.Duration // lifetime of an integrator's token (and its session)
}

// DefaultConfig is what the server uses unless configured otherwise.
var DefaultConfig = Config{
	AccessTTL:          10 * time.Minute,
	StaffSessionTTL:    12 * time.Hour,
	EmployeeSessionTTL: 12 * time.Hour,
	APITokenTTL:        time.Hour,
}

// Service signs principals in and recognises them.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	Signer *Signer
	Config Config
	// PasswordHasher bounds the argon2id work of sign-ins; nil means a Hasher with
	// DefaultHasherConfig shared by every Service without one.
	PasswordHasher PasswordHasher
	// ClientSecretPepper keys the HMAC of integrators' client secrets (at least
	// MinPepperLen bytes); every instance must share it.
	ClientSecretPepper []byte
	// Limits counts sign-ins and token requests; nil limits nothing.
	Limits *ratelimit.Limiter
	// OnEmployeeLocked is told when an employee account locks (R13); the server sets it
	// to the access lifecycle's lockout mail and audit event.
	OnEmployeeLocked EmployeeLockNotice
	// Dialect is the database's (entgo.io/ent/dialect), for the hand-written SQL that
	// reads a session with its user.
	Dialect string
}

var (
	defaultHasherOnce sync.Once
	defaultHasher     *Hasher
)

// Passwords returns the hasher that request paths use.
func (s *Service) Passwords() PasswordHasher {
	if s.PasswordHasher != nil {
		return s.PasswordHasher
	}
	defaultHasherOnce.Do(func() { defaultHasher = NewHasher(DefaultHasherConfig()) })
	return defaultHasher
}

// BurnPasswordTime spends one password verification, through the bounded hasher, so an
// unknown username costs what a wrong password costs. Its only error is a refusal
// (too many sign-ins at once).
func (s *Service) BurnPasswordTime(ctx context.Context, password string) error {
	_, _, err := s.Passwords().Verify(ctx, dummyHash, password)
	return err
}

// Meta describes the client of a sign-in, stored on the session.
type Meta struct {
	UserAgent string
	IP        string
}

// Tokens are what a sign-in or refresh hands out.
type Tokens struct {
	AccessToken     string
	AccessExpiresAt time.Time
	RefreshToken    string // empty for integrators
	SessionExpires  time.Time
	Principal       *viewer.Principal
	// SecondFactor, when set, is all a staff sign-in hands out: the password was right,
	// and the session starts only after the second factor (R43). The other fields are empty.
	SecondFactor *Challenge
}

// LoginStaff signs a staff user in. Usernames and passwords are case-sensitive, and
// staff lock like employees: MaxFailedLogins wrong passwords lock for LockDuration
// (R13, R43). Unknown, wrong, locked and blocked all get ErrInvalidCredentials.
func (s *Service) LoginStaff(ctx context.Context, username, password string, meta Meta) (*Tokens, error) {
	users := &staffUsers{s: s}
	ok, err := s.checkPassword(ctx, users, ratelimit.StaffSignIn, username, password, meta)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrInvalidCredentials
	}
	// System: sessions are system-only rows; the password was checked above.
	return s.beginStaffSession(viewer.System(ctx), users.saved, meta)
}

// staffUsers are the password holders of staff sign-in (R43).
type staffUsers struct {
	s     *Service
	saved *ent.User // the user as signed in
}

func userCredential(u *ent.User) *credential {
	return &credential{id: u.ID, username: u.Username, hash: u.PasswordHash, active: u.State == user.StateACTIVE,
		failed: u.FailedAttempts, lockedUntil: u.LockedUntil}
}

func (h *staffUsers) find(sys context.Context, key string) (*credential, error) {
	u, err := h.s.Client.User.Query().Where(user.UsernameKey(key)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return userCredential(u), nil
}

func (h *staffUsers) lockRow(sys context.Context, c *ent.Client, id string) (*credential, error) {
	u, err := c.User.Query().Where(user.ID(id)).Modify(store.ForUpdate).Only(sys)
	if err != nil {
		return nil, err
	}
	return userCredential(u), nil
}

func (h *staffUsers) countFailure(sys context.Context, c *ent.Client, id string, failed int) error {
	return c.User.UpdateOneID(id).SetFailedAttempts(failed).Exec(sys)
}

func (h *staffUsers) lock(sys context.Context, c *ent.Client, id string, until time.Time) error {
	slog.InfoContext(sys, "staff sign-in locked", "user", id, "until", until)
	u, err := c.User.UpdateOneID(id).SetFailedAttempts(0).SetLockedUntil(until).Save(sys)
	if err != nil {
		return err
	}
	// The lock is a change of the user's state, so it is in the trail (R27, R43).
	return staffLocked(sys, c, u, until, h.s.Clock.Now())
}

func (h *staffUsers) signedIn(sys context.Context, c *ent.Client, id string, now time.Time, fresh string) error {
	u, err := c.User.Get(sys, id)
	if err != nil {
		return err
	}
	due, err := secondFactorDue(sys, c, u)
	if err != nil {
		return err
	}
	upd := c.User.UpdateOneID(id)
	if due == "" {
		upd.SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now)
	}
	// While the second factor is due, a right password clears nothing: wrong codes and
	// wrong passwords share one count, or guessing codes two at a time with the password
	// in between would never lock (R13, R43).
	if fresh != "" {
		upd.SetPasswordHash(fresh)
	}
	h.saved, err = upd.Save(sys)
	return err
}

func (s *Service) startSession(sys context.Context, kind session.Kind, subject, providerID string, employerID *string,
	ttl time.Duration, withRefresh bool, meta Meta, p *viewer.Principal) (*Tokens, error) {
	return s.startSessionIn(sys, s.Client, kind, subject, providerID, employerID, ttl, withRefresh, meta, p)
}

// startSessionIn is startSession through c, the client of the caller's transaction.
func (s *Service) startSessionIn(sys context.Context, c *ent.Client, kind session.Kind, subject, providerID string, employerID *string,
	ttl time.Duration, withRefresh bool, meta Meta, p *viewer.Principal) (*Tokens, error) {
	now := s.Clock.Now()
	create := c.Session.Create().
		SetKind(kind).SetSubjectID(subject).SetProviderID(providerID).SetNillableEmployerID(employerID).
		SetCreatedAt(now).SetExpiresAt(now.Add(ttl)).
		SetUserAgent(truncate(meta.UserAgent, 300)).SetIP(truncate(meta.IP, 64))
	var refresh string
	if withRefresh {
		var hash string
		refresh, hash = NewToken()
		create.SetRefreshHash(hash)
	}
	ses, err := create.Save(sys)
	if err != nil {
		return nil, err
	}
	p.SessionID = ses.ID
	accessTTL := s.Config.AccessTTL
	if !withRefresh || ttl < accessTTL {
		// Without a refresh token (integrators) the access token is the whole session.
		accessTTL = ttl
	}
	tok, exp, err := s.Signer.Issue(ses.ID, string(kind), subject, accessTTL)
	if err != nil {
		return nil, err
	}
	return &Tokens{AccessToken: tok, AccessExpiresAt: exp, RefreshToken: refresh, SessionExpires: ses.ExpiresAt, Principal: p}, nil
}

// Refresh exchanges a live refresh token for a new access token and rotates the
// refresh token, so a stolen old one is useless.
func (s *Service) Refresh(ctx context.Context, refreshToken string) (*Tokens, error) {
	if refreshToken == "" {
		return nil, errSession
	}
	// System: sessions are system-only rows; the refresh token is the only
	// credential, and it names no principal until the session is found.
	sys := viewer.System(ctx)
	now := s.Clock.Now()
	hash := HashToken(refreshToken)
	ses, err := s.Client.Session.Query().Where(session.RefreshHash(hash)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, s.refusePreviousToken(sys, hash, now)
	}
	if err != nil {
		return nil, err
	}
	if !live(ses, now) {
		return nil, ended(ses)
	}
	p, err := s.principalOf(sys, ses, sessionOwner{})
	if err != nil {
		return nil, err
	}
	plain, next := NewToken()
	// The WHERE on the old hash makes rotation single-use under concurrency.
	n, err := s.Client.Session.Update().
		Where(session.ID(ses.ID), session.RefreshHash(*ses.RefreshHash), session.RevokedAtIsNil()).
		SetRefreshHash(next).SetPreviousRefreshHash(*ses.RefreshHash).SetRefreshedAt(now).Save(sys)
	if err != nil {
		return nil, err
	}
	if n != 1 {
		return nil, errSession
	}
	tok, exp, err := s.Signer.Issue(ses.ID, string(ses.Kind), ses.SubjectID, min(s.Config.AccessTTL, ses.ExpiresAt.Sub(now)))
	if err != nil {
		return nil, err
	}
	return &Tokens{AccessToken: tok, AccessExpiresAt: exp, RefreshToken: plain, SessionExpires: ses.ExpiresAt, Principal: p}, nil
}

// RefreshReuseGrace is how long after a rotation the previous refresh token is merely
// refused: two tabs of one browser may refresh at the same moment with the same cookie.
// Presented later, the previous token can only be a copy (stolen cookie, replayed
// request), so the session ends for everyone holding it (OAuth 2.0 Security BCP,
// refresh token rotation with reuse detection).
const RefreshReuseGrace = 30 * time.Second

// RevokeReasonRefreshReuse is the revoke reason of a session ended by reuse detection.
const RevokeReasonRefreshReuse = "REFRESH_TOKEN_REUSED"

// refusePreviousToken answers a refresh token that names no session now. When it is
// the token a live session rotated away from more than RefreshReuseGrace ago, that
// session ends.
func (s *Service) refusePreviousToken(sys context.Context, hash string, now time.Time) error {
	_, err := s.Client.Session.Update().
		Where(session.PreviousRefreshHash(hash), session.RevokedAtIsNil(),
			session.RefreshedAtLT(now.Add(-RefreshReuseGrace))).
		SetRevokedAt(now).SetRevokeReason(RevokeReasonRefreshReuse).Save(sys)
	if err != nil {
		return err
	}
	return errSession
}

// Logout ends a session.
func (s *Service) Logout(ctx context.Context, sessionID string) error {
	return s.RevokeSession(ctx, sessionID, "LOGOUT")
}

// LogoutByRefresh ends the session of a refresh token, for a sign-out whose access
// token already expired.
func (s *Service) LogoutByRefresh(ctx context.Context, refreshToken string) error {
	if refreshToken == "" {
		return nil
	}
	// System: sessions are system-only rows, found here by the refresh token.
	sys := viewer.System(ctx)
	return s.Client.Session.Update().
		Where(session.RefreshHash(HashToken(refreshToken)), session.RevokedAtIsNil()).
		SetRevokedAt(s.Clock.Now()).SetRevokeReason("LOGOUT").Exec(sys)
}

// RevokeSession ends one session.
func (s *Service) RevokeSession(ctx context.Context, sessionID, reason string) error {
	// System: sessions are system-only rows; no principal changes them directly.
	return s.Client.Session.Update().
		Where(session.ID(sessionID), session.RevokedAtIsNil()).
		SetRevokedAt(s.Clock.Now()).SetRevokeReason(reason).Exec(viewer.System(ctx))
}

// RevokeAllSessions ends every live session of a subject (user, account or API
// client), e.g. when it is blocked. Pass a transaction's client to make it part of
// the change that causes it.
func RevokeAllSessions(ctx context.Context, client *ent.Client, subjectID, reason string, now time.Time) (int, error) {
	return RevokeSessionsOf(ctx, client, []string{subjectID}, reason, now)
}

// RevokeSessionsOf ends every live session of the given subjects in one statement.
func RevokeSessionsOf(ctx context.Context, client *ent.Client, subjectIDs []string, reason string, now time.Time) (int, error) {
	// System: sessions are system-only rows; the caller decided whose end.
	return client.Session.Update().
		Where(session.SubjectIDIn(subjectIDs...), session.RevokedAtIsNil()).
		SetRevokedAt(now).SetRevokeReason(reason).Save(viewer.System(ctx))
}

// RevokeOtherSessions ends every live session of a subject except keep (the one in use).
func RevokeOtherSessions(ctx context.Context, client *ent.Client, subjectID, keep, reason string, now time.Time) (int, error) {
	// System: sessions are system-only rows; the caller decided whose end.
	return client.Session.Update().
		Where(session.SubjectID(subjectID), session.IDNEQ(keep), session.RevokedAtIsNil()).
		SetRevokedAt(now).SetRevokeReason(reason).Save(viewer.System(ctx))
}

// Authenticate recognises the principal of an access token. It checks the token and
// then the session and its owner in the database, so revocation takes effect on the
// very next request.
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Principal, error) {
	claims, err := s.Signer.Parse(token)
	if err != nil {
		return nil, errSession
	}
	// System: authenticating a token is what makes a principal; the session and
	// its owner are read before one exists.
	sys := viewer.System(ctx)
	ses, owner, err := s.readSession(sys, claims.SessionID)
	if err != nil {
		return nil, err
	}
	if ses.SubjectID != claims.Subject {
		return nil, errSession
	}
	if !live(ses, s.Clock.Now()) {
		return nil, ended(ses)
	}
	return s.principalOf(sys, ses, owner)
}

func live(ses *ent.Session, now time.Time) bool {
	return ses.RevokedAt == nil && ses.ExpiresAt.After(now)
}

// principalOf loads the owner of a session and checks it may still act. read holds
// the owner when it was read with the session; an owner it lacks is read here.
func (s *Service) principalOf(sys context.Context, ses *ent.Session, read sessionOwner) (*viewer.Principal, error) {
	var p *viewer.Principal
	switch ses.Kind {
	case session.KindSTAFF_USER:
		u := read.staff
		if u == nil {
			var err error
			u, err = s.Client.User.Get(sys, ses.SubjectID)
			if ent.IsNotFound(err) {
				return nil, errSession
			}
			if err != nil {
				return nil, err
			}
		}
		if u.State != user.StateACTIVE {
			return nil, errBlocked
		}
		p = staffPrincipal(u)
	case session.KindEMPLOYEE:
		ep, err := s.employeeOf(sys, ses)
		if err != nil {
			return nil, err
		}
		p = ep
	case session.KindAPI_CLIENT:
		c := read.client
		if c == nil {
			var err error
			c, err = s.Client.APIClient.Get(sys, ses.SubjectID)
			if ent.IsNotFound(err) {
				return nil, errSession
			}
			if err != nil {
				return nil, err
			}
		}
		if c.DisabledAt != nil {
			return nil, errSession
		}
		p = clientPrincipal(c)
	default:
		return nil, errSession
	}
	p.SessionID = ses.ID
	return p, nil
}

func staffPrincipal(u *ent.User) *viewer.Principal {
	p := &viewer.Principal{
		Kind: viewer.KindStaff, ID: u.ID, DisplayName: u.DisplayName, Username: u.Username,
		Scope: viewer.ScopeProvider, ProviderID: u.ProviderID, Rights: rightsOf(u.Rights),
	}
	if u.EmployerID != nil {
		p.Scope, p.EmployerID = viewer.ScopeEmployer, *u.EmployerID
	}
	return p
}

func clientPrincipal(c *ent.APIClient) *viewer.Principal {
	p := &viewer.Principal{
		Kind: viewer.KindAPIClient, ID: c.ID, DisplayName: c.Name,
		Scope: viewer.ScopeProvider, ProviderID: c.ProviderID, Rights: rightsOf(c.Rights),
	}
	if c.EmployerID != nil {
		p.Scope, p.EmployerID = viewer.ScopeEmployer, *c.EmployerID
	}
	return p
}

// rightsOf keeps the known rights of a stored list; an unknown one (from a newer
// version, or a typo in data) grants nothing.
func rightsOf(stored []string) []viewer.Right {
	out := make([]viewer.Right, 0, len(stored))
	for _, r := range stored {
		if viewer.ValidRight(viewer.Right(r)) {
			out = append(out, viewer.Right(r))
		}
	}
	return out
}

// ErrInvalidClient is the answer to wrong integrator credentials.
var ErrInvalidClient = errors.New("auth: invalid client")

// ClientCredentials exchanges an integrator's client id and secret for an access
// token bound to a new server-side session (OAuth 2 client-credentials grant).
func (s *Service) ClientCredentials(ctx context.Context, clientID, secret string, meta Meta) (*Tokens, error) {
	if err := s.Limits.Token(ctx, meta.IP, clientID); err != nil {
		return nil, err
	}
	// System: the client-credentials grant establishes the principal; the client
	// ID and secret are all there is to go on.
	sys := viewer.System(ctx)
	c, err := s.Client.APIClient.Get(sys, clientID)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if c == nil {
		// The work of checking a migrated secret, so an unknown client ID answers in
		// the same time.
		_ = hmac.Equal(clientSecretMAC(s.ClientSecretPepper, secret), dummyMAC[:])
		return nil, ErrInvalidClient
	}
	ok, migrate, err := s.verifyClientSecret(ctx, c.SecretHash, secret)
	if !ok && err == nil {
		ok, err = s.matchesPreviousSecret(ctx, c, secret, s.Clock.Now())
	}
	switch _, busy := apperr.RetryAfterOf(err); {
	case busy:
		return nil, err
	case errors.Is(err, ErrNoPepper):
		return nil, err
	case err != nil:
		slog.WarnContext(ctx, "client secret hash unreadable", "client", c.ID, "err", err)
		return nil, ErrInvalidClient
	}
	if !ok || c.DisabledAt != nil {
		return nil, ErrInvalidClient
	}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		tc := tx.Client()
		if migrate {
			fresh, err := ClientSecretHash(s.ClientSecretPepper, secret)
			if err != nil {
				return err
			}
			// Conditional on the old hash: a secret rotated meanwhile stays rotated.
			if err := tc.APIClient.Update().Where(apiclient.ID(c.ID), apiclient.SecretHash(c.SecretHash)).
				SetSecretHash(fresh).Exec(sys); err != nil {
				return err
			}
		}
		return tc.APIClient.UpdateOneID(c.ID).SetLastUsedAt(s.Clock.Now()).Exec(sys)
	})
	if err != nil {
		return nil, err
	}
	return s.startSession(sys, session.KindAPI_CLIENT, c.ID, c.ProviderID, c.EmployerID, s.Config.APITokenTTL, false, meta, clientPrincipal(c))
}

// dummyMAC is compared against for an unknown client.
var dummyMAC [sha256.Size]byte

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
