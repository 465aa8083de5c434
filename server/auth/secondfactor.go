package auth

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"image/png"
	"slices"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/pquerna/otp"
	"github.com/pquerna/otp/hotp"
	"github.com/pquerna/otp/totp"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The second factor of staff users (R43): TOTP (RFC 6238) with an authenticator app,
// and ten single-use recovery codes. Provider users always use it; employer users when
// their provider requires it. A right password does not start a session while the
// second factor is due: it hands out a challenge, a short-lived signed token that the
// enrolment and verification mutations accept and that nothing else does (it is not an
// access token), so a half-signed-in user can do nothing but enrol or verify.
//
// A wrong code counts towards the same lockout as a wrong password (R13: three in a row
// lock for an hour), and a right password does not clear that count while the second
// factor is due, so password and code guesses share one budget. Every failed code gets
// the same answer. The last accepted time step is stored on the user, in the database,
// so a code is accepted once on every instance together (replay refused).

// TOTP parameters: what every authenticator app understands.
const (
	TOTPPeriod        = 30 * time.Second
	TOTPDigits        = otp.DigitsSix
	totpSkew          = 1 // steps before and after now that are accepted (clock drift)
	totpIssuer        = "Werkportaal"
	RecoveryCodeCount = 10
	// ChallengeTTL is how long a challenge lasts: enough to install an authenticator app.
	ChallengeTTL = 10 * time.Minute
)

// Codes of the expected failures of the second factor.
const (
	// CodeInvalidSecondFactor is the one answer to every failed code: wrong, reused,
	// a used recovery code, or the user locked or blocked meanwhile.
	CodeInvalidSecondFactor apperr.UserCode = "INVALID_SECOND_FACTOR"
	// CodeSecondFactorExpired: the challenge expired or no longer fits the user; sign in again.
	CodeSecondFactorExpired apperr.UserCode = "SECOND_FACTOR_EXPIRED"
	// CodeSecondFactorNotEnrolled: the user has no second factor (to reset, or to renew codes of).
	CodeSecondFactorNotEnrolled apperr.UserCode = "SECOND_FACTOR_NOT_ENROLLED"
	// CodeCurrentPasswordWrong: the password given to confirm a change is not the user's.
	CodeCurrentPasswordWrong apperr.UserCode = "CURRENT_PASSWORD_WRONG"
)

// Audit actions of the second factor (R27 extends to staff).
const (
	ActionSecondFactorEnrolled audit.Action = "STAFF_SECOND_FACTOR_ENROLLED"
	ActionRecoveryCodeUsed     audit.Action = "STAFF_RECOVERY_CODE_USED"
	// ActionRecoveryCodesRenewed: the user made a new set of recovery codes; the old ones stopped working.
	ActionRecoveryCodesRenewed audit.Action = "STAFF_RECOVERY_CODES_RENEWED"
)

var (
	// ErrSecondFactor is the answer to every failed code.
	ErrSecondFactor = apperr.User(CodeInvalidSecondFactor, "the code is not valid", "code")
	errChallenge    = apperr.User(CodeSecondFactorExpired, "the sign-in has expired; sign in again")
)

// SecondFactorStep is what a challenge asks for.
type SecondFactorStep string

// The steps of a challenge.
const (
	StepEnrol  SecondFactorStep = "ENROL"
	StepVerify SecondFactorStep = "VERIFY"
)

// Challenge is handed out instead of tokens when a right password needs a second factor.
type Challenge struct {
	Token     string
	Step      SecondFactorStep
	ExpiresAt time.Time
}

// Enrolment is what the user needs to set up an authenticator app. The secret is shown
// now and never again.
type Enrolment struct {
	Secret     string
	URI        string // otpauth://totp/…
	QRCodePNG  []byte
	AccountFor string // the username the app shows
}

// secondFactorDue says what a user must do after a right password: nothing (""),
// enrol, or verify. An enrolled user always verifies, even when the provider no longer
// requires it of employer users.
func secondFactorDue(sys context.Context, c *ent.Client, u *ent.User) (SecondFactorStep, error) {
	if u.TotpEnrolledAt != nil {
		return StepVerify, nil
	}
	if u.EmployerID == nil {
		return StepEnrol, nil
	}
	p, err := c.Provider.Get(sys, u.ProviderID)
	if err != nil {
		return "", err
	}
	if p.RequireSecondFactorForEmployers {
		return StepEnrol, nil
	}
	return "", nil
}

// beginStaffSession starts the session of a user whose password was checked, or hands
// out a challenge when the second factor is due.
func (s *Service) beginStaffSession(sys context.Context, u *ent.User, meta Meta) (*Tokens, error) {
	step, err := secondFactorDue(sys, s.Client, u)
	if err != nil {
		return nil, err
	}
	if step == "" {
		return s.startSession(sys, session.KindSTAFF_USER, u.ID, u.ProviderID, u.EmployerID, s.Config.StaffSessionTTL, true, meta, staffPrincipal(u))
	}
	tok, exp, err := s.Signer.issueChallenge(u.ID, passwordFingerprint(u.PasswordHash), ChallengeTTL)
	if err != nil {
		return nil, err
	}
	return &Tokens{SecondFactor: &Challenge{Token: tok, Step: step, ExpiresAt: exp}}, nil
}

// passwordFingerprint binds a challenge to the password it followed: a password change
// meanwhile voids it.
func passwordFingerprint(hash string) string {
	sum := sha256.Sum256([]byte("werkportaal/challenge/" + hash))
	return hex.EncodeToString(sum[:8])
}

// challengeAudience keeps challenges and access tokens apart: Parse refuses one as the other.
const challengeAudience = "werkportaal-second-factor"

type challengeClaims struct {
	Password string `json:"pwf"`
	jwt.RegisteredClaims
}

func (s *Signer) issueChallenge(userID, fingerprint string, ttl time.Duration) (string, time.Time, error) {
	now := s.now()
	exp := now.Add(ttl)
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, challengeClaims{
		Password: fingerprint,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer: s.issuer, Subject: userID, Audience: jwt.ClaimStrings{challengeAudience},
			IssuedAt: jwt.NewNumericDate(now), ExpiresAt: jwt.NewNumericDate(exp),
		},
	})
	signed, err := tok.SignedString(s.key)
	return signed, exp, err
}

func (s *Signer) parseChallenge(token string) (*challengeClaims, error) {
	var c challengeClaims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return s.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}), jwt.WithIssuer(s.issuer),
		jwt.WithAudience(challengeAudience), jwt.WithExpirationRequired(), jwt.WithTimeFunc(s.now))
	if err != nil || c.Subject == "" {
		return nil, errChallenge
	}
	return &c, nil
}

// challengedUser reads the user a challenge names, as the system: before the second
// factor nobody is signed in.
func (s *Service) challengedUser(sys context.Context, c *ent.Client, token string, lock bool) (*ent.User, error) {
	if len(token) > 2000 {
		return nil, errChallenge
	}
	claims, err := s.Signer.parseChallenge(token)
	if err != nil {
		return nil, err
	}
	q := c.User.Query().Where(user.ID(claims.Subject))
	if lock {
		q.Modify(store.ForUpdate)
	}
	u, err := q.Only(sys)
	if ent.IsNotFound(err) {
		return nil, errChallenge
	}
	if err != nil {
		return nil, err
	}
	if subtle.ConstantTimeCompare([]byte(passwordFingerprint(u.PasswordHash)), []byte(claims.Password)) != 1 {
		return nil, errChallenge
	}
	return u, nil
}

// StartSecondFactorEnrolment makes a new TOTP secret for the user of an ENROL challenge
// and keeps it, sealed, until a first code confirms it. Asked again (a reload), it makes
// another; only the last one can be confirmed.
func (s *Service) StartSecondFactorEnrolment(ctx context.Context, challenge string) (*Enrolment, error) {
	sys := viewer.System(ctx)
	u, err := s.challengedUser(sys, s.Client, challenge, false)
	if err != nil {
		return nil, err
	}
	if u.TotpEnrolledAt != nil {
		return nil, errChallenge
	}
	if u.State != user.StateACTIVE || Locked(u.LockedUntil, s.Clock.Now()) {
		return nil, ErrSecondFactor
	}
	key, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: u.Username,
		Period: uint(TOTPPeriod / time.Second), Digits: TOTPDigits, Algorithm: otp.AlgorithmSHA1, SecretSize: 20})
	if err != nil {
		return nil, err
	}
	sealed, err := s.seal(u.ID, key.Secret())
	if err != nil {
		return nil, err
	}
	if err := s.Client.User.UpdateOneID(u.ID).SetTotpPendingSecret(sealed).Exec(sys); err != nil {
		return nil, err
	}
	img, err := key.Image(240, 240)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, err
	}
	return &Enrolment{Secret: key.Secret(), URI: key.URL(), QRCodePNG: buf.Bytes(), AccountFor: u.Username}, nil
}

// ConfirmSecondFactorEnrolment checks a first code of the pending secret; when it is
// right, the secret becomes the user's second factor, ten recovery codes are made (and
// returned, the only time they are shown), and the session starts.
func (s *Service) ConfirmSecondFactorEnrolment(ctx context.Context, challenge, code string, meta Meta) (*Tokens, []string, error) {
	sys := viewer.System(ctx)
	now := s.Clock.Now()
	var (
		signedIn *ent.User
		codes    []string
	)
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := s.challengedUser(sys, c, challenge, true)
		if err != nil {
			return err
		}
		if u.TotpEnrolledAt != nil || u.TotpPendingSecret == nil {
			return errChallenge
		}
		if !usable(u, now) {
			return nil
		}
		secret, err := s.open(u.ID, *u.TotpPendingSecret)
		if err != nil {
			return err
		}
		step, ok := matchTOTP(secret, code, now, u.TotpLastStep)
		if !ok {
			return s.codeFailed(sys, c, u, now)
		}
		plain, hashes, err := s.newRecoveryCodes()
		if err != nil {
			return err
		}
		out, err := c.User.UpdateOneID(u.ID).SetTotpSecret(*u.TotpPendingSecret).ClearTotpPendingSecret().
			SetTotpEnrolledAt(now).SetTotpLastStep(step).SetRecoveryCodeHashes(hashes).
			SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now).Save(sys)
		if err != nil {
			return err
		}
		if err := staffEvent(sys, c, out, ActionSecondFactorEnrolled, now, nil); err != nil {
			return err
		}
		signedIn, codes = out, plain
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	if signedIn == nil {
		return nil, nil, ErrSecondFactor
	}
	t, err := s.startSession(sys, session.KindSTAFF_USER, signedIn.ID, signedIn.ProviderID, signedIn.EmployerID,
		s.Config.StaffSessionTTL, true, meta, staffPrincipal(signedIn))
	if err != nil {
		return nil, nil, err
	}
	return t, codes, nil
}

// VerifySecondFactor checks a code of the user's authenticator app, or else one of the
// recovery codes (each works once), and starts the session.
func (s *Service) VerifySecondFactor(ctx context.Context, challenge, code, recoveryCode string, meta Meta) (*Tokens, error) {
	sys := viewer.System(ctx)
	now := s.Clock.Now()
	var signedIn *ent.User
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := s.challengedUser(sys, c, challenge, true)
		if err != nil {
			return err
		}
		if u.TotpEnrolledAt == nil || u.TotpSecret == nil {
			// Reset meanwhile: the user must sign in again and enrol.
			return errChallenge
		}
		if !usable(u, now) {
			return nil
		}
		upd := c.User.UpdateOneID(u.ID).SetFailedAttempts(0).ClearLockedUntil().SetLastLoginAt(now)
		var used bool
		if recoveryCode != "" {
			left, ok := s.useRecoveryCode(u.RecoveryCodeHashes, recoveryCode)
			if !ok {
				return s.codeFailed(sys, c, u, now)
			}
			upd.SetRecoveryCodeHashes(left)
			used = true
		} else {
			secret, err := s.open(u.ID, *u.TotpSecret)
			if err != nil {
				return err
			}
			step, ok := matchTOTP(secret, code, now, u.TotpLastStep)
			if !ok {
				return s.codeFailed(sys, c, u, now)
			}
			upd.SetTotpLastStep(step)
		}
		out, err := upd.Save(sys)
		if err != nil {
			return err
		}
		if used {
			if err := staffEvent(sys, c, out, ActionRecoveryCodeUsed, now,
				map[string]string{"recoveryCodesLeft": fmt.Sprint(len(out.RecoveryCodeHashes))}); err != nil {
				return err
			}
		}
		signedIn = out
		return nil
	})
	if err != nil {
		return nil, err
	}
	if signedIn == nil {
		return nil, ErrSecondFactor
	}
	return s.startSession(sys, session.KindSTAFF_USER, signedIn.ID, signedIn.ProviderID, signedIn.EmployerID,
		s.Config.StaffSessionTTL, true, meta, staffPrincipal(signedIn))
}

// RenewRecoveryCodes gives the signed-in staff user ten new recovery codes, returned
// this once; the old ones stop working. A stolen session alone must not yield codes
// that outlive it, so the user proves who they are with the current password or a code
// of the authenticator app. A wrong password or code counts towards the sign-in lockout
// (R13, R43): otherwise this would be a way to guess either without a limit. A code is
// used up as at sign-in (replay refused). Audited (R27).
func (s *Service) RenewRecoveryCodes(ctx context.Context, password, code string) ([]string, error) {
	v, err := viewer.RequireStaff(ctx)
	if err != nil {
		return nil, err
	}
	if v.Kind != viewer.KindStaff {
		return nil, apperr.Forbiddenf("only a signed-in staff user renews their recovery codes")
	}
	if (password == "") == (code == "") {
		return nil, apperr.BadRequestf("give either the current password or a code of the authenticator app")
	}
	if len(password) > 1024 {
		return nil, apperr.User(CodeCurrentPasswordWrong, "the password is not right", "password")
	}
	// System: credentials are read and written only by the program; the caller is the
	// user themself, signed in.
	sys := viewer.System(ctx)
	u, err := s.Client.User.Get(sys, v.ID)
	if err != nil {
		return nil, err
	}
	if err := s.Limits.SignIn(ctx, RequestMeta(ctx).IP, ratelimit.StaffSignIn, u.Username); err != nil {
		return nil, err
	}
	refused := ErrSecondFactor
	passwordOK := false
	if password != "" {
		refused = apperr.User(CodeCurrentPasswordWrong, "the password is not right", "password")
		// Checked before the transaction: argon2id under a row lock would hold it long.
		if passwordOK, _, err = s.Passwords().Verify(ctx, u.PasswordHash, password); err != nil {
			return nil, err
		}
	}
	now := s.Clock.Now()
	var codes []string
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := c.User.Query().Where(user.ID(u.ID)).Modify(store.ForUpdate).Only(sys)
		if err != nil {
			return err
		}
		if cur.TotpEnrolledAt == nil || cur.TotpSecret == nil {
			return apperr.User(CodeSecondFactorNotEnrolled, "you have no second factor", "code")
		}
		if !usable(cur, now) || cur.PasswordHash != u.PasswordHash {
			// Not counted, as at sign-in: locked already, or the password changed meanwhile.
			return nil
		}
		upd := c.User.UpdateOneID(cur.ID)
		if password != "" {
			if !passwordOK {
				return s.codeFailed(sys, c, cur, now)
			}
		} else {
			secret, err := s.open(cur.ID, *cur.TotpSecret)
			if err != nil {
				return err
			}
			step, ok := matchTOTP(secret, code, now, cur.TotpLastStep)
			if !ok {
				return s.codeFailed(sys, c, cur, now)
			}
			upd.SetTotpLastStep(step)
		}
		plain, hashes, err := s.newRecoveryCodes()
		if err != nil {
			return err
		}
		out, err := upd.SetRecoveryCodeHashes(hashes).SetFailedAttempts(0).Save(sys)
		if err != nil {
			return err
		}
		proof := "password"
		if code != "" {
			proof = "code"
		}
		if err := staffEvent(sys, c, out, ActionRecoveryCodesRenewed, now, map[string]string{"confirmedWith": proof}); err != nil {
			return err
		}
		codes = plain
		return nil
	})
	if err != nil {
		return nil, err
	}
	if codes == nil {
		return nil, refused
	}
	return codes, nil
}

// usable reports whether u may try a code now: active and not locked. A refusal is not
// counted (as with passwords, R13).
func usable(u *ent.User, now time.Time) bool {
	return u.State == user.StateACTIVE && !Locked(u.LockedUntil, now)
}

// codeFailed counts a wrong code like a wrong password, locking at the third (R13, R43).
// It returns nil so that the count is committed; the caller answers ErrSecondFactor.
func (s *Service) codeFailed(sys context.Context, c *ent.Client, u *ent.User, now time.Time) error {
	h := &staffUsers{s: s}
	if failed := u.FailedAttempts + 1; failed < MaxFailedLogins {
		return h.countFailure(sys, c, u.ID, failed)
	}
	return h.lock(sys, c, u.ID, now.Add(LockDuration))
}

// matchTOTP finds the time step within the allowed drift whose code is code, later than
// last (a code of step last or earlier was used already or is older: replay).
func matchTOTP(secret, code string, now time.Time, last int64) (int64, bool) {
	code = strings.Join(strings.Fields(code), "")
	if len(code) != TOTPDigits.Length() {
		return 0, false
	}
	cur := now.Unix() / int64(TOTPPeriod/time.Second)
	opts := hotp.ValidateOpts{Digits: TOTPDigits, Algorithm: otp.AlgorithmSHA1}
	for step := cur - totpSkew; step <= cur+totpSkew; step++ {
		if step <= last || step < 0 {
			continue
		}
		want, err := hotp.GenerateCodeCustom(secret, uint64(step), opts)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return step, true
		}
	}
	return 0, false
}

// TOTPCode returns the code of secret at t, for the demo's console hint and for tests.
func TOTPCode(secret string, t time.Time) (string, error) {
	return totp.GenerateCodeCustom(secret, t, totp.ValidateOpts{Period: uint(TOTPPeriod / time.Second),
		Digits: TOTPDigits, Algorithm: otp.AlgorithmSHA1})
}

// staffEvent records action on staff user u as done by u themself.
func staffEvent(sys context.Context, c *ent.Client, u *ent.User, action audit.Action, now time.Time, details map[string]string) error {
	e := audit.Event{Action: action, ProviderID: u.ProviderID, TargetType: "StaffUser", TargetID: u.ID, At: now, Details: details}
	if u.EmployerID != nil {
		e.EmployerID = *u.EmployerID
	}
	return audit.Record(viewer.NewContext(sys, staffPrincipal(u)), c, e)
}

// Recovery codes: 12 characters of Crockford's base32 (60 bits), shown as xxxx-xxxx-xxxx.
// They are random, not chosen, so an HMAC under the server's pepper is the right hash
// (as for integrators' secrets): a stolen database alone cannot check a guess.
const recoveryAlphabet = "0123456789abcdefghjkmnpqrstvwxyz"

func (s *Service) newRecoveryCodes() (plain, hashes []string, err error) {
	key, err := s.sfKey("recovery-codes")
	if err != nil {
		return nil, nil, err
	}
	for range RecoveryCodeCount {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return nil, nil, err
		}
		for i := range b {
			b[i] = recoveryAlphabet[int(b[i])%len(recoveryAlphabet)]
		}
		code := string(b[:4]) + "-" + string(b[4:8]) + "-" + string(b[8:])
		plain = append(plain, code)
		hashes = append(hashes, recoveryMAC(key, code))
	}
	return plain, hashes, nil
}

// normalizeRecoveryCode reads a code as typed: any case, with or without dashes or
// spaces, and the letters Crockford's base32 reads as digits.
func normalizeRecoveryCode(code string) string {
	code = strings.ToLower(code)
	var b strings.Builder
	for _, r := range code {
		switch r {
		case '-', ' ':
			continue
		case 'o':
			r = '0'
		case 'i', 'l':
			r = '1'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func recoveryMAC(key []byte, code string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(normalizeRecoveryCode(code)))
	return hex.EncodeToString(m.Sum(nil))
}

// useRecoveryCode returns the stored hashes without code's, when code is one of them.
func (s *Service) useRecoveryCode(stored []string, code string) ([]string, bool) {
	if len(code) > 40 {
		return nil, false
	}
	key, err := s.sfKey("recovery-codes")
	if err != nil {
		return nil, false
	}
	mac := recoveryMAC(key, code)
	at := -1
	for i, h := range stored {
		if hmac.Equal([]byte(h), []byte(mac)) {
			at = i
		}
	}
	if at < 0 {
		return nil, false
	}
	return slices.Delete(slices.Clone(stored), at, at+1), true
}

// sfKey derives a key of the second factor from the client-secret pepper, which every
// instance shares and which stays the same across restarts (unlike the dev JWT key).
func (s *Service) sfKey(label string) ([]byte, error) {
	return secondFactorKey(s.ClientSecretPepper, label)
}

func secondFactorKey(pepper []byte, label string) ([]byte, error) {
	if len(pepper) < MinPepperLen {
		return nil, ErrNoPepper
	}
	return DerivePepper(pepper, "second-factor/"+label), nil
}

// sealPrefix marks the format of a sealed TOTP secret.
const sealPrefix = "v1:"

func (s *Service) seal(userID, secret string) (string, error) {
	return SealTOTPSecret(s.ClientSecretPepper, userID, secret)
}

// SealTOTPSecret returns the stored form of a user's TOTP secret: AES-256-GCM under a
// key derived from the pepper, bound to the user (a sealed secret copied to another row
// does not open). The demo uses it to enrol its users.
func SealTOTPSecret(pepper []byte, userID, secret string) (string, error) {
	aead, err := sealAEAD(pepper)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, []byte(secret), []byte(userID))
	return sealPrefix + base64.RawURLEncoding.EncodeToString(out), nil
}

var errSealed = errors.New("auth: sealed TOTP secret unreadable")

func (s *Service) open(userID, sealed string) (string, error) {
	aead, err := sealAEAD(s.ClientSecretPepper)
	if err != nil {
		return "", err
	}
	raw, ok := strings.CutPrefix(sealed, sealPrefix)
	if !ok {
		return "", errSealed
	}
	b, err := base64.RawURLEncoding.DecodeString(raw)
	if err != nil || len(b) < aead.NonceSize() {
		return "", errSealed
	}
	plain, err := aead.Open(nil, b[:aead.NonceSize()], b[aead.NonceSize():], []byte(userID))
	if err != nil {
		return "", errSealed
	}
	return string(plain), nil
}

func sealAEAD(pepper []byte) (cipher.AEAD, error) {
	key, err := secondFactorKey(pepper, "seal")
	if err != nil {
		return nil, err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}

// SecondFactorStatus is what a staff user sees of their own second factor.
type SecondFactorStatus struct {
	EnrolledAt        *time.Time
	RecoveryCodesLeft int
}

// OwnSecondFactor returns the second factor of the signed-in staff user; nil for
// anyone else (employees, integrators).
func (s *Service) OwnSecondFactor(ctx context.Context) (*SecondFactorStatus, error) {
	return s.SecondFactorOf(ctx, viewer.FromContext(ctx))
}

// SecondFactorOf returns the second factor of v, the principal a sign-in or the
// request itself established (the API's viewer); nil unless v is a staff user.
func (s *Service) SecondFactorOf(ctx context.Context, v *viewer.Principal) (*SecondFactorStatus, error) {
	if v == nil || v.Kind != viewer.KindStaff {
		return nil, nil
	}
	// System: the user's own row, of which only the enrolment time and the number of
	// codes left are returned.
	u, err := s.Client.User.Get(viewer.System(ctx), v.ID)
	if err != nil {
		return nil, err
	}
	out := &SecondFactorStatus{EnrolledAt: u.TotpEnrolledAt}
	if u.TotpEnrolledAt != nil {
		out.RecoveryCodesLeft = len(u.RecoveryCodeHashes)
	}
	return out, nil
}
