package negotiate

import "testing"

func TestAcceptsEncoding(t *testing.T) {
	cases := []struct {
		header, coding string
		want           bool
	}{
		{"gzip, deflate, br", "br", true},
		{"gzip, deflate, br", "gzip", true},
		{"gzip, deflate", "br", false},
		{"", "gzip", false},
		{"identity", "gzip", false},
		{"GZIP", "gzip", true},
		{"gzip;q=0", "gzip", false},
		{"gzip; q=0.000", "gzip", false},
		{"gzip;q=0.001", "gzip", true},
		{"br;q=1.0, gzip;q=0.5", "gzip", true},
		{"*", "br", true},
		{"*;q=0", "br", false},
		{"*, br;q=0", "br", false},
		{"br;q=0, *", "br", false},
		{"*, br;q=0", "gzip", true},
		{"gzip;q=nonsense", "gzip", false},
		{"x-gzip", "gzip", false},
	}
	for _, c := range cases {
		if got := AcceptsEncoding(c.header, c.coding); got != c.want {
			t.Errorf("AcceptsEncoding(%q, %q) = %v, want %v", c.header, c.coding, got, c.want)
		}
	}
}
