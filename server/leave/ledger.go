package leave

import "github.com/werkportaal/werkportaal/server/date"

// Kind is the kind of a ledger entry (R28).
type Kind string

// The kinds of ledger entry. Accruals add hours, taken, planned and expired hours
// take them off; a correction does either and always has a reason.
const (
	KindAccrual    Kind = "ACCRUAL"
	KindTaken      Kind = "TAKEN"
	KindPlanned    Kind = "PLANNED"
	KindCorrection Kind = "CORRECTION"
	KindExpiry     Kind = "EXPIRY"
)

// Kinds lists every kind.
var Kinds = []Kind{KindAccrual, KindTaken, KindPlanned, KindCorrection, KindExpiry}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if k == x {
			return true
		}
	}
	return false
}

// Sign returns the sign an entry of kind k has on the balance: +1 for accruals, −1
// for taken, planned and expired hours, 0 for corrections (either way).
func (k Kind) Sign() int {
	switch k {
	case KindAccrual:
		return 1
	case KindTaken, KindPlanned, KindExpiry:
		return -1
	}
	return 0
}

// Entry is one line of a ledger as the rules see it.
type Entry struct {
	Kind Kind
	// Date is the day the entry takes effect: the accrual date, the day of leave, the
	// expiry date.
	Date date.Date
	// Year is the accrual year the entry belongs to: the year accrued (accruals,
	// corrections) or the year whose hours expired (expiries).
	Year int
	// Minutes is the signed effect on the balance.
	Minutes Minutes
}

// Summary is a balance and its parts, each summed from a ledger (R28: never stored).
// Taken, Planned and Expired are positive amounts taken off; Corrected is signed.
type Summary struct {
	Accrued, Taken, Planned, Corrected, Expired Minutes
}

// Balance is what is left: accrued + corrected − taken − planned − expired.
func (s Summary) Balance() Minutes {
	return s.Accrued + s.Corrected - s.Taken - s.Planned - s.Expired
}

// Summarize adds up a ledger.
func Summarize(entries []Entry) Summary {
	var s Summary
	for _, e := range entries {
		switch e.Kind {
		case KindAccrual:
			s.Accrued += e.Minutes
		case KindTaken:
			s.Taken -= e.Minutes
		case KindPlanned:
			s.Planned -= e.Minutes
		case KindCorrection:
			s.Corrected += e.Minutes
		case KindExpiry:
			s.Expired -= e.Minutes
		}
	}
	return s
}

// Expiring returns the hours of accrual year year that are still unused on its
// expiry date on, and so expire then. Leave is used oldest hours first: every debit
// (taken, planned, a negative correction) dated before on first uses what is left of
// earlier years, then of year. What expired of earlier years is no longer there to
// use; what year already expired is not expired twice. The result is never negative
// and never more than year's own credits.
func Expiring(entries []Entry, year int, on date.Date) Minutes {
	var credits, ownCredits, expired, ownExpired, debits Minutes
	for _, e := range entries {
		switch {
		case e.Kind == KindExpiry:
			if e.Year <= year {
				expired -= e.Minutes
			}
			if e.Year == year {
				ownExpired -= e.Minutes
			}
		case e.Minutes > 0 && (e.Kind == KindAccrual || e.Kind == KindCorrection): // accruals and positive corrections
			if e.Year <= year {
				credits += e.Minutes
			}
			if e.Year == year {
				ownCredits += e.Minutes
			}
		default: // taken and planned (and their reversals, R30), negative corrections
			if e.Date.Before(on) {
				debits -= e.Minutes
			}
		}
	}
	left := credits - expired - debits
	if own := ownCredits - ownExpired; left > own {
		left = own
	}
	if left < 0 {
		return 0
	}
	return left
}
