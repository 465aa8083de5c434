package testworld

import (
	"io"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"strings"
	"testing"
)

// Mail is a received mail taken apart.
type Mail struct {
	Header  netmail.Header
	Subject string            // decoded (RFC 2047)
	Parts   map[string]string // media type → decoded body
}

// ParseMail takes a received multipart/alternative mail apart into its decoded parts,
// failing the test when it is anything else.
func ParseMail(t testing.TB, raw []byte) Mail {
	t.Helper()
	msg, err := netmail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatalf("parse mail: %v\n%s", err, raw)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q, want multipart/alternative (%v)", msg.Header.Get("Content-Type"), err)
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		t.Fatalf("Subject %q: %v", msg.Header.Get("Subject"), err)
	}
	m := Mail{Header: msg.Header, Subject: subject, Parts: map[string]string{}}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pt, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
		b, err := io.ReadAll(part) // quoted-printable is decoded by the reader
		if err != nil {
			t.Fatal(err)
		}
		m.Parts[pt] = string(b)
	}
	return m
}
