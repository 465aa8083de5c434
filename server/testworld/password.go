package testworld

import (
	"sync"
	"testing"

	"github.com/werkportaal/werkportaal/server/auth"
)

var (
	hashesMu sync.Mutex
	hashes   = map[string]string{}
)

// PasswordHash returns an argon2id hash of password made by auth.HashPassword, so with
// the production parameters, for fixtures to store. It is made once per test binary and
// password: a fresh hash for every test's fixture cost some 50 ms of CPU each, a large
// part of the Go tests' CPU, and a salt shared between fixtures changes nothing they are
// for. Tests of the hashing itself call auth.HashPassword.
func PasswordHash(t testing.TB, password string) string {
	t.Helper()
	hashesMu.Lock()
	defer hashesMu.Unlock()
	if h, ok := hashes[password]; ok {
		return h
	}
	h, err := auth.HashPassword(password)
	if err != nil {
		t.Fatalf("testworld: hashing a password: %v", err)
	}
	hashes[password] = h
	return h
}
