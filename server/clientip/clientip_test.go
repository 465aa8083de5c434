package clientip_test

import (
	"net/http/httptest"
	"testing"

	"github.com/werkportaal/werkportaal/server/clientip"
)

// X-Forwarded-For counts only when the peer is a configured proxy, and
// then only as far as trusted proxies vouch for it.
func TestAddress(t *testing.T) {
	trusted, err := clientip.ParseTrusted("10.0.0.0/8, 192.0.2.10")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		r      clientip.Resolver
		remote string
		xff    []string
		want   string
	}{
		{"no proxies configured: the header is ignored", clientip.Resolver{}, "198.51.100.1:4000", []string{"203.0.113.9"}, "198.51.100.1"},
		{"untrusted peer: the header is ignored", trusted, "198.51.100.1:4000", []string{"203.0.113.9"}, "198.51.100.1"},
		{"trusted peer: the client it saw", trusted, "10.1.2.3:4000", []string{"203.0.113.9"}, "203.0.113.9"},
		{"a spoofed entry left of the real client is ignored", trusted, "10.1.2.3:4000", []string{"1.1.1.1, 203.0.113.9"}, "203.0.113.9"},
		{"two trusted hops", trusted, "192.0.2.10:4000", []string{"203.0.113.9, 10.9.9.9"}, "203.0.113.9"},
		{"several header lines", trusted, "192.0.2.10:4000", []string{"203.0.113.9", "10.9.9.9"}, "203.0.113.9"},
		{"garbage stops at the last trusted hop", trusted, "10.1.2.3:4000", []string{"203.0.113.9, nonsense"}, "10.1.2.3"},
		{"trusted peer without header", trusted, "10.1.2.3:4000", nil, "10.1.2.3"},
		{"IPv6 peer", trusted, "[2001:db8::1]:4000", []string{"203.0.113.9"}, "2001:db8::1"},
	} {
		req := httptest.NewRequest("POST", "/graphql", nil)
		req.RemoteAddr = c.remote
		for _, h := range c.xff {
			req.Header.Add("X-Forwarded-For", h)
		}
		if got := c.r.Address(req); got != c.want {
			t.Errorf("%s: %s, want %s", c.name, got, c.want)
		}
	}
	if _, err := clientip.ParseTrusted("10.0.0.0/8, proxy.example"); err == nil {
		t.Error("a host name was accepted")
	}
}
