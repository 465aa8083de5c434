package preboarding

import (
	"bytes"
	"net/http"
	"strings"
)

// NormalBSN removes spaces, dots and dashes; ok is false unless the result is nine
// digits that pass the eleven test (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a
// multiple of 11 and not 0. Eight digits get a leading zero, as on older documents.
func NormalBSN(s string) (bsn string, ok bool) {
	s = strings.NewReplacer(" ", "", ".", "", "-", "").Replace(strings.TrimSpace(s))
	if len(s) == 8 {
		s = "0" + s
	}
	if len(s) != 9 {
		return "", false
	}
	sum := 0
	for i, r := range s {
		if r < '0' || r > '9' {
			return "", false
		}
		w := 9 - i
		if i == 8 {
			w = -1
		}
		sum += w * int(r-'0')
	}
	if sum == 0 || sum%11 != 0 {
		return "", false
	}
	return s, true
}

// MaxFileBytes is the largest side of an ID document the server takes: a phone photo
// is 2–5 MB.
const MaxFileBytes = 10 << 20

// The file types an ID document side may be.
const (
	TypeJPEG = "image/jpeg"
	TypePNG  = "image/png"
	TypePDF  = "application/pdf"
)

// SniffType names the type of b by its content, never by the name or the type the
// browser claimed; "" when it is none of JPEG, PNG or PDF. http.DetectContentType
// knows these three by their signatures; the PDF check is ours because it says
// application/pdf only for a "%PDF-" at the very start.
func SniffType(b []byte) string {
	if bytes.HasPrefix(b, []byte("%PDF-")) {
		return TypePDF
	}
	switch http.DetectContentType(b) {
	case TypeJPEG:
		return TypeJPEG
	case TypePNG:
		return TypePNG
	}
	return ""
}
