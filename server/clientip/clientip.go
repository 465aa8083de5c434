// Package clientip tells the address of the client of a request: the peer of the
// connection, or — only when that peer is a proxy the operator named in TRUSTED_PROXIES —
// the address that proxy put in X-Forwarded-For. Anyone can send X-Forwarded-For, so
// believing it from any peer would let a caller choose the address its rate limits count.
package clientip

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Resolver finds client addresses; the zero Resolver trusts no proxy.
type Resolver struct {
	trusted []netip.Prefix
}

// ParseTrusted reads a comma-separated list of proxy addresses and CIDR ranges, e.g.
// "10.0.0.0/8, 192.0.2.10".
func ParseTrusted(list string) (Resolver, error) {
	var r Resolver
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if p, err := netip.ParsePrefix(part); err == nil {
			r.trusted = append(r.trusted, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(part)
		if err != nil {
			return Resolver{}, fmt.Errorf("not an address or CIDR range: %q", part)
		}
		a = a.Unmap()
		r.trusted = append(r.trusted, netip.PrefixFrom(a, a.BitLen()))
	}
	return r, nil
}

func (r Resolver) trusts(a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range r.trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// Address returns the client address of req. Behind trusted proxies it walks
// X-Forwarded-For from the right, past the trusted hops, to the first address a trusted
// proxy vouched for; an unreadable entry stops the walk at the last trusted hop.
func (r Resolver) Address(req *http.Request) string {
	host, _, err := net.SplitHostPort(req.RemoteAddr)
	if err != nil {
		host = req.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !r.trusts(peer) {
		return host
	}
	var hops []string
	for _, h := range req.Header.Values("X-Forwarded-For") {
		hops = append(hops, strings.Split(h, ",")...)
	}
	client := peer
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break
		}
		client = a.Unmap()
		if !r.trusts(client) {
			break
		}
	}
	return client.String()
}
