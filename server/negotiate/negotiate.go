// Package negotiate reads the request headers by which a client says what it accepts.
package negotiate

import (
	"strconv"
	"strings"
)

// AcceptsEncoding reports whether an Accept-Encoding header value admits coding (RFC
// 9110 §12.5.3): listed, or covered by "*", with a q-value above zero. Codings are
// compared case-insensitively; an explicit entry wins over "*".
func AcceptsEncoding(header, coding string) bool {
	coding = strings.ToLower(coding)
	star := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(part, ";")
		token = strings.ToLower(strings.TrimSpace(token))
		if token != coding && token != "*" {
			continue
		}
		ok := qAboveZero(params)
		if token == coding {
			return ok
		}
		star = ok
	}
	return star
}

func qAboveZero(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if found && strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return err == nil && q > 0
		}
	}
	return true
}
