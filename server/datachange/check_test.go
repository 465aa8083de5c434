package datachange_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/server/datachange"
)

// R37: an IBAN is checked by ISO 13616 (mod 97) for any SEPA country.
func TestIBAN(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"NL91ABNA0417164300", "NL91ABNA0417164300", true},
		{"nl91 abna 0417 1643 00", "NL91ABNA0417164300", true},
		{"NL20INGB0001234567", "NL20INGB0001234567", true},
		{"NL91ABNA0417164301", "", false}, // a digit wrong
		{"NL19ABNA0417164300", "", false}, // check digits swapped
		{"NL91ABNA041716430", "", false},  // too short for NL
		{"DE89370400440532013000", "DE89370400440532013000", true},
		{"DE89 3704 0044 0532 0130 00", "DE89370400440532013000", true},
		{"DE89370400440532013001", "", false},
		{"DE8937040044053201300", "", false}, // too short for DE
		{"BE68539007547034", "BE68539007547034", true},
		{"BE68539007547035", "", false},
		{"BE6853900754703", "", false},
		{"US64SVBKUS6S3300958879", "", false}, // not a SEPA country
		{"NL91ABNA04171643O0", "", false},     // a letter O for a zero
		{"", "", false},
	} {
		got, ok := datachange.NormalizeIBAN(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("NormalizeIBAN(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
	if g := datachange.GroupIBAN("NL91ABNA0417164300"); g != "NL91 ABNA 0417 1643 00" {
		t.Errorf("grouped %q", g)
	}
	if m := datachange.MaskIBAN("NL91ABNA0417164300"); m != "NL** **** **** **43 00" {
		t.Errorf("masked %q", m)
	}
}

// R37: the Dutch postcode format, written as 1234 AB.
func TestPostcode(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"5301 LL", "5301 LL", true},
		{"5301ll", "5301 LL", true},
		{" 1012ab ", "1012 AB", true},
		{"0123 AB", "", false}, // no postcode starts with 0
		{"1234 SS", "", false}, // SA, SD and SS are never used
		{"1234 SA", "", false},
		{"12345", "", false},
		{"1234 A", "", false},
		{"B-1000", "", false},
	} {
		got, ok := datachange.NormalizePostcode(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("NormalizePostcode(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
