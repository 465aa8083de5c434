package payroll

import (
	"math/big"
	"strings"
)

// The bank account a payslip was paid to (R23). Art. 7:626 BW does not ask for it, but
// employees look for it; the full IBAN is not needed for that and is a key to the
// employee's money, so it is masked before it is stored: only the country code and the
// last four characters remain (docs/domain.md). The full number never reaches the
// database, the audit trail or a log line.

// NormalIBAN removes spaces and makes the letters upper case; ok is false when the
// result is no valid IBAN (15 to 34 letters and digits, a country code, two check
// digits, and the ISO 13616 mod-97 check).
func NormalIBAN(s string) (iban string, ok bool) {
	iban = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if len(iban) < 15 || len(iban) > 34 {
		return "", false
	}
	for i, r := range iban {
		switch {
		case i < 2 && (r < 'A' || r > 'Z'):
			return "", false
		case i >= 2 && i < 4 && (r < '0' || r > '9'):
			return "", false
		case (r < 'A' || r > 'Z') && (r < '0' || r > '9'):
			return "", false
		}
	}
	// Move the first four characters to the end and read letters as 10–35.
	var digits strings.Builder
	for _, r := range iban[4:] + iban[:4] {
		if r >= 'A' {
			digits.WriteString(big.NewInt(int64(r - 'A' + 10)).String())
		} else {
			digits.WriteRune(r)
		}
	}
	n, _ := new(big.Int).SetString(digits.String(), 10)
	if new(big.Int).Mod(n, big.NewInt(97)).Int64() != 1 {
		return "", false
	}
	return iban, true
}

// MaskIBAN masks a normal IBAN (see NormalIBAN) in groups of four, leaving the
// country code and the last four characters: NL91ABNA0417164300 becomes
// NL** **** **** **43 00.
func MaskIBAN(iban string) string {
	var b strings.Builder
	for i, r := range iban {
		if i > 0 && i%4 == 0 {
			b.WriteByte(' ')
		}
		if i >= 2 && i < len(iban)-4 {
			r = '*'
		}
		b.WriteRune(r)
	}
	return b.String()
}
