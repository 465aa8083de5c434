package auth

import (
	"context"
	"strings"
	"testing"
)

var testPepper = []byte("0123456789abcdef0123456789abcdef-pepper")

// A client secret is stored as HMAC-SHA-256 under the pepper; it verifies
// with the right secret and pepper only, and without touching the argon2id hasher.
func TestClientSecretHMAC(t *testing.T) {
	stored, err := ClientSecretHash(testPepper, "s3cret-from-the-integrator")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(stored, "$hmac-sha256$") || strings.Contains(stored, "s3cret") {
		t.Fatalf("stored form %q", stored)
	}
	// A hasher that refuses everything: HMAC secrets must not need it.
	refuse := NewHasher(HasherConfig{Concurrency: 1, Queue: 0})
	release, err := refuse.acquire(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	s := &Service{ClientSecretPepper: testPepper, PasswordHasher: refuse}
	ctx := context.Background()
	if ok, migrate, err := s.verifyClientSecret(ctx, stored, "s3cret-from-the-integrator"); !ok || migrate || err != nil {
		t.Errorf("right secret: ok %v migrate %v err %v", ok, migrate, err)
	}
	if ok, _, err := s.verifyClientSecret(ctx, stored, "s3cret-from-the-integratoR"); ok || err != nil {
		t.Errorf("wrong secret: ok %v err %v", ok, err)
	}
	other := &Service{ClientSecretPepper: []byte("another-pepper-another-pepper-another")}
	if ok, _, _ := other.verifyClientSecret(ctx, stored, "s3cret-from-the-integrator"); ok {
		t.Error("verified under another pepper")
	}
	if _, err := ClientSecretHash([]byte("short"), "x"); err != ErrNoPepper {
		t.Errorf("short pepper: %v, want ErrNoPepper", err)
	}
	if _, _, err := (&Service{}).verifyClientSecret(ctx, stored, "x"); err != ErrNoPepper {
		t.Errorf("no pepper: %v, want ErrNoPepper", err)
	}
}

// An argon2id secret of an earlier version verifies through the hasher and asks to be
// migrated, only when it matches.
func TestClientSecretArgon2Migrates(t *testing.T) {
	old, err := HashPassword("s3cret-from-the-integrator")
	if err != nil {
		t.Fatal(err)
	}
	s := &Service{ClientSecretPepper: testPepper, PasswordHasher: NewHasher(HasherConfig{Concurrency: 1})}
	ctx := context.Background()
	if ok, migrate, err := s.verifyClientSecret(ctx, old, "s3cret-from-the-integrator"); !ok || !migrate || err != nil {
		t.Errorf("right secret: ok %v migrate %v err %v", ok, migrate, err)
	}
	if ok, migrate, _ := s.verifyClientSecret(ctx, old, "wrong"); ok || migrate {
		t.Errorf("wrong secret: ok %v migrate %v", ok, migrate)
	}
}
