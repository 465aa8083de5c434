package preboarding

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
)

// KeyEnv is the environment variable that holds the preboarding key: 32 bytes,
// base64-encoded (docs/operations.md). BSNs and ID copies are sealed with it (R38).
const KeyEnv = "PREBOARDING_KEY"

// KeyLen is the length of the key: AES-256.
const KeyLen = 32

// sealVersion is the first byte of a sealed value, so a later key rotation can tell
// old values from new ones.
const sealVersion = 1

// Key seals and opens the candidate's BSN and ID copy with AES-256-GCM. The additional
// data binds a sealed value to its row and field: a value copied to another
// preboarding or column does not open.
type Key struct{ aead cipher.AEAD }

// ParseKey reads the base64 form of KeyEnv.
func ParseKey(s string) (*Key, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(b) != KeyLen {
		return nil, fmt.Errorf("%s must be %d bytes in base64 (openssl rand -base64 32)", KeyEnv, KeyLen)
	}
	return NewKey(b)
}

// NewKey makes a Key of 32 raw bytes.
func NewKey(raw []byte) (*Key, error) {
	if len(raw) != KeyLen {
		return nil, fmt.Errorf("preboarding: the key must be %d bytes", KeyLen)
	}
	block, err := aes.NewCipher(raw)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	return &Key{aead: aead}, nil
}

// DeriveKey derives a key from another secret (the JWT key), for tests and embeddings
// that configure none; the server reads KeyEnv, and in dev a fixed dev secret.
func DeriveKey(secret []byte, label string) *Key {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("werkportaal preboarding key: " + label))
	k, _ := NewKey(m.Sum(nil))
	return k
}

// ErrOpen is a sealed value that does not open with this key for this row and field.
var ErrOpen = errors.New("preboarding: sealed value does not open")

// Seal encrypts plain for the field of the row id.
func (k *Key) Seal(id, field string, plain []byte) ([]byte, error) {
	nonce := make([]byte, k.aead.NonceSize(), 1+k.aead.NonceSize()+len(plain)+k.aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	out := append([]byte{sealVersion}, nonce...)
	return k.aead.Seal(out, nonce, plain, aad(id, field)), nil
}

// Open decrypts what Seal sealed for the same row and field.
func (k *Key) Open(id, field string, sealed []byte) ([]byte, error) {
	n := k.aead.NonceSize()
	if len(sealed) < 1+n+k.aead.Overhead() || sealed[0] != sealVersion {
		return nil, ErrOpen
	}
	plain, err := k.aead.Open(nil, sealed[1:1+n], sealed[1+n:], aad(id, field))
	if err != nil {
		return nil, ErrOpen
	}
	return plain, nil
}

func aad(id, field string) []byte { return []byte(id + "\x00" + field) }
