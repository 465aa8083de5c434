package auth

import (
	"errors"
	"fmt"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Claims are the claims of an access token. The token only names its session: what
// the principal may do is read from the database on every request, so a block or a
// revoked session bites at once (docs/architecture.md, Sessions and tokens).
type Claims struct {
	SessionID string `json:"sid"`
	Kind      string `json:"knd"`
	jwt.RegisteredClaims
}

// Signer issues and checks access tokens (HS256).
type Signer struct {
	key    []byte
	issuer string
	now    func() time.Time
}

// NewSigner returns a signer with a key of at least 32 bytes.
func NewSigner(key []byte, now func() time.Time) (*Signer, error) {
	if len(key) < 32 {
		return nil, errors.New("auth: JWT key must be at least 32 bytes")
	}
	return &Signer{key: key, issuer: "werkportaal", now: now}, nil
}

// Issue returns a signed access token for the session, valid for ttl.
func (s *Signer) Issue(sessionID, kind, subject string, ttl time.Duration) (string, time.Time, error) {
	now := s.now()
	exp := now.Add(ttl)
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, Claims{
		SessionID: sessionID,
		Kind:      kind,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    s.issuer,
			Subject:   subject,
			Audience:  jwt.ClaimStrings{"werkportaal-api"},
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now.Add(-30 * time.Second)),
			ExpiresAt: jwt.NewNumericDate(exp),
		},
	})
	signed, err := tok.SignedString(s.key)
	return signed, exp, err
}

// Parse checks an access token's signature, algorithm, issuer, audience and expiry.
func (s *Signer) Parse(token string) (*Claims, error) {
	var c Claims
	_, err := jwt.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return s.key, nil },
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(s.issuer),
		jwt.WithAudience("werkportaal-api"),
		jwt.WithExpirationRequired(),
		jwt.WithTimeFunc(s.now),
	)
	if err != nil {
		return nil, fmt.Errorf("auth: access token: %w", err)
	}
	if c.SessionID == "" || c.Subject == "" {
		return nil, errors.New("auth: access token without session")
	}
	return &c, nil
}
