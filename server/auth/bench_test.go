package auth

import "testing"

// The cost of one sign-in's password check; argon2id is meant to be slow.
func BenchmarkVerifyPassword(b *testing.B) {
	h, err := HashPassword("een lang wachtwoord van de demo")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _, _ := VerifyPassword(h, "een lang wachtwoord van de demo"); !ok {
			b.Fatal("mismatch")
		}
	}
}

// Issuing and checking an access token happen on every sign-in and every request.
func BenchmarkSignerIssueParse(b *testing.B) {
	s, _ := NewSigner([]byte("0123456789abcdef0123456789abcdef"), nowUTC)
	for b.Loop() {
		tok, _, err := s.Issue("ses_x", "STAFF_USER", "usr_x", DefaultConfig.AccessTTL)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Parse(tok); err != nil {
			b.Fatal(err)
		}
	}
}
