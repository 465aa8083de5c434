package auth

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strings"
)

// Integrators' client secrets are long random values, not passwords a person chose:
// nobody guesses or dictionary-attacks them, so a slow, memory-hard hash buys no
// security and hands an attacker a memory lever. They are stored as
// HMAC-SHA-256 under a server-side pepper instead: a stolen database alone cannot check
// a guess, and a check costs microseconds. Secrets stored as argon2id before this change
// are verified the old way once and then rewritten (ClientCredentials).

// clientSecretScheme prefixes a stored HMAC client secret, so it is never mistaken for
// an argon2id PHC string.
const clientSecretScheme = "$hmac-sha256$" //nolint:gosec // G101: the name of a hash scheme, not a credential

// MinPepperLen is the shortest pepper accepted: the HMAC key must be as strong as the
// secrets it protects.
const MinPepperLen = 32

// ErrNoPepper is returned when a client secret must be checked or stored without a pepper.
var ErrNoPepper = errors.New("auth: no client-secret pepper configured")

// ClientSecretHash returns the stored form of an integrator's client secret.
func ClientSecretHash(pepper []byte, secret string) (string, error) {
	if len(pepper) < MinPepperLen {
		return "", ErrNoPepper
	}
	return clientSecretScheme + base64.RawStdEncoding.EncodeToString(clientSecretMAC(pepper, secret)), nil
}

func clientSecretMAC(pepper []byte, secret string) []byte {
	m := hmac.New(sha256.New, pepper)
	m.Write([]byte(secret))
	return m.Sum(nil)
}

// DerivePepper derives a pepper from another server secret under a label, for an
// embedding (tests, the benchmark) that configures only the JWT key.
func DerivePepper(key []byte, label string) []byte {
	return clientSecretMAC(key, "werkportaal/"+label)
}

// verifyClientSecret checks secret against its stored form. migrate is true when it was
// still an argon2id hash and matched: the caller then stores ClientSecretHash.
func (s *Service) verifyClientSecret(ctx context.Context, stored, secret string) (ok, migrate bool, err error) {
	if mac, isHMAC := strings.CutPrefix(stored, clientSecretScheme); isHMAC {
		if len(s.ClientSecretPepper) < MinPepperLen {
			return false, false, ErrNoPepper
		}
		want, err := base64.RawStdEncoding.DecodeString(mac)
		if err != nil {
			return false, false, ErrMalformedHash
		}
		return hmac.Equal(clientSecretMAC(s.ClientSecretPepper, secret), want), false, nil
	}
	ok, _, err = s.Passwords().Verify(ctx, stored, secret)
	return ok, ok && err == nil, err
}
