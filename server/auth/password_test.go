package auth

import (
	"strings"
	"testing"
)

func TestPasswordHashing(t *testing.T) {
	h, err := HashPassword("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("not an OWASP argon2id PHC string: %s", h)
	}
	ok, rehash, err := VerifyPassword(h, "correct horse battery staple")
	if err != nil || !ok || rehash {
		t.Fatalf("verify right password: ok=%v rehash=%v err=%v", ok, rehash, err)
	}
	// Case-sensitive (R13).
	if ok, _, _ := VerifyPassword(h, "Correct horse battery staple"); ok {
		t.Fatal("password check must be case-sensitive")
	}
	// The same password in another Unicode normal form verifies (NFC before hashing).
	nfc, _ := HashPassword("caf\u00e9-wachtwoord-2026")
	if ok, _, _ := VerifyPassword(nfc, "cafe\u0301-wachtwoord-2026"); !ok {
		t.Fatal("NFD form of the password must verify")
	}
	weak, _ := hashWith("pw-of-old", Argon2Params{Memory: 8 * 1024, Time: 1, Threads: 1, KeyLen: 32, SaltLen: 16})
	if ok, rehash, _ := VerifyPassword(weak, "pw-of-old"); !ok || !rehash {
		t.Fatalf("old parameters: ok=%v rehash=%v, want true true", ok, rehash)
	}
	if _, _, err := VerifyPassword("$2a$10$bcrypt", "x"); err == nil {
		t.Fatal("malformed hash accepted")
	}
}

func TestTokens(t *testing.T) {
	a, ha := NewToken()
	b, _ := NewToken()
	if a == b || len(a) < 43 || HashToken(a) != ha || ha == a {
		t.Fatalf("tokens: %q %q %q", a, b, ha)
	}
}
