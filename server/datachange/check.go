package datachange

import (
	"math/big"
	"regexp"
	"strings"
	"unicode"
)

// The checks of the values an employee asks for (R37).

// sepaLengths is the IBAN length of every country of the SEPA scheme (ISO 13616, the
// IBAN registry): an IBAN of another country is refused, since Dutch payroll pays salary
// by SEPA transfer only.
var sepaLengths = map[string]int{
	"AD": 24, "AT": 20, "BE": 16, "BG": 22, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
	"ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IS": 26,
	"IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
	"PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "VA": 22,
}

// NormalizeIBAN returns s as an IBAN in its electronic format (upper case, no spaces),
// and whether it is one: a SEPA country, that country's length, letters and digits
// only, and the ISO 13616 check digits (mod 97 = 1).
func NormalizeIBAN(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsSpace(r) || r == '-' || r == '.' {
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	iban := b.String()
	if len(iban) < 5 {
		return iban, false
	}
	n, sepa := sepaLengths[iban[:2]]
	if !sepa || len(iban) != n || iban[2] < '0' || iban[2] > '9' || iban[3] < '0' || iban[3] > '9' {
		return iban, false
	}
	// Move the country and check digits to the end and read letters as 10..35.
	var digits strings.Builder
	for _, r := range iban[4:] + iban[:4] {
		switch {
		case r >= '0' && r <= '9':
			digits.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			digits.WriteString(big.NewInt(int64(r - 'A' + 10)).String())
		default:
			return iban, false
		}
	}
	v, ok := new(big.Int).SetString(digits.String(), 10)
	if !ok {
		return iban, false
	}
	return iban, new(big.Int).Mod(v, big.NewInt(97)).Int64() == 1
}

// GroupIBAN writes an IBAN in groups of four, as it is shown (NL91 ABNA 0417 1643 00).
func GroupIBAN(iban string) string {
	var b strings.Builder
	for i, r := range iban {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MaskIBAN shows only the country and the last four characters, for mails: a mail
// names the account it is about without giving it away.
func MaskIBAN(iban string) string {
	if len(iban) < 8 {
		return strings.Repeat("*", len(iban))
	}
	masked := iban[:2] + strings.Repeat("*", len(iban)-6) + iban[len(iban)-4:]
	return GroupIBAN(masked)
}

var postcodeRE = regexp.MustCompile(`^([1-9][0-9]{3}) ?([A-Z]{2})$`)

// NormalizePostcode returns a Dutch postcode as 1234 AB, and whether s is one: four
// digits not starting with 0, then two letters, of which SA, SD and SS are never used.
func NormalizePostcode(s string) (string, bool) {
	m := postcodeRE.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(s)))
	if m == nil || m[2] == "SA" || m[2] == "SD" || m[2] == "SS" {
		return s, false
	}
	return m[1] + " " + m[2], true
}

var phoneRE = regexp.MustCompile(`^\+?[0-9][0-9 ()-]{7,18}[0-9]$`)

// validPhone accepts a phone number of digits, spaces, dashes and brackets, with an
// optional leading +, 9 to 20 characters.
func validPhone(s string) bool { return phoneRE.MatchString(s) }
