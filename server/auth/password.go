// Package auth signs principals in and recognises them on every request: argon2id
// passwords, server-side sessions, short-lived JWT access tokens bound to a session,
// refresh tokens, lockout, and the integrators' client-credentials grant.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/text/unicode/norm"
)

// Argon2Params are argon2id cost parameters.
type Argon2Params struct {
	Memory  uint32 // KiB
	Time    uint32
	Threads uint8
	KeyLen  uint32
	SaltLen uint32
}

// DefaultArgon2 follows the OWASP password storage cheat sheet: argon2id with 19 MiB,
// two iterations, one degree of parallelism.
var DefaultArgon2 = Argon2Params{Memory: 19 * 1024, Time: 2, Threads: 1, KeyLen: 32, SaltLen: 16}

// ErrMalformedHash is returned for a stored hash that is not an argon2id PHC string.
var ErrMalformedHash = errors.New("auth: malformed password hash")

var b64 = base64.RawStdEncoding

// maxKeyLen bounds the key of a stored hash: argon2 takes the length as uint32.
const maxKeyLen = 1024

// HashPassword returns the PHC string of password with DefaultArgon2. It is unbounded:
// request paths use a Hasher (Service.Passwords); this is for seeding and tests.
func HashPassword(password string) (string, error) { return hashWith(password, DefaultArgon2) }

func hashWith(password string, p Argon2Params) (string, error) {
	password = norm.NFC.String(password)
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword checks password against a PHC string in constant time, unbounded
// like HashPassword. needsRehash is true when the hash was made with other parameters
// than DefaultArgon2, so the caller can store a fresh hash after a successful sign-in.
func VerifyPassword(phc, password string) (ok, needsRehash bool, err error) {
	p, salt, key, err := decodePHC(phc)
	if err != nil {
		return false, false, err
	}
	// "é" typed as one code point or as e + accent is the same password (NIST 800-63B).
	password = norm.NFC.String(password)
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	ok = subtle.ConstantTimeCompare(got, key) == 1
	needsRehash = p.Memory != DefaultArgon2.Memory || p.Time != DefaultArgon2.Time ||
		p.Threads != DefaultArgon2.Threads || p.KeyLen != DefaultArgon2.KeyLen
	return ok, needsRehash, nil
}

func decodePHC(phc string) (p Argon2Params, salt, key []byte, err error) {
	parts := strings.Split(phc, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return p, nil, nil, ErrMalformedHash
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return p, nil, nil, ErrMalformedHash
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, ErrMalformedHash
	}
	if salt, err = b64.DecodeString(parts[4]); err != nil {
		return p, nil, nil, ErrMalformedHash
	}
	if key, err = b64.DecodeString(parts[5]); err != nil {
		return p, nil, nil, ErrMalformedHash
	}
	// This server writes 32-byte keys; a key longer than maxKeyLen is no hash of ours.
	if n := len(key); n > 0 && n <= maxKeyLen {
		p.KeyLen = uint32(n)
		return p, salt, key, nil
	}
	return p, nil, nil, ErrMalformedHash
}

// dummyHash is verified against when the username does not exist, so an unknown
// username costs the same time as a wrong password (R10, R11, sign-in).
var dummyHash = func() string {
	h, err := HashPassword("werkportaal-timing-equaliser")
	if err != nil {
		panic(err)
	}
	return h
}()
