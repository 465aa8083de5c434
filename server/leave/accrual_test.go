package leave_test

import (
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
)

// R28: a part-timer of 24 hours a week starting on 1 April accrues 72 statutory hours
// for that year (4 × 24 × 9/12).
func TestStatutoryAccrualProRata(t *testing.T) {
	start := date.MustParse("2026-04-01")
	if got := leave.YearlyAccrual(leave.StatutoryWeeks, h(24), 2026, start, nil); got != h(72) {
		t.Errorf("yearly accrual %v h, want 72", got.Hours())
	}
	// The next full year: 96.
	if got := leave.YearlyAccrual(leave.StatutoryWeeks, h(24), 2027, start, nil); got != h(96) {
		t.Errorf("full year %v h, want 96", got.Hours())
	}
	// Monthly: nothing before April, 8 h in each month from April, 72 in all.
	var sum leave.Minutes
	for m := time.January; m <= time.December; m++ {
		got := leave.MonthlyAccrual(leave.StatutoryWeeks, h(24), 2026, m, start, nil)
		want := h(8)
		if m < time.April {
			want = 0
		}
		if got != want {
			t.Errorf("month %s: %v h, want %v", m, got.Hours(), want.Hours())
		}
		sum += got
	}
	if sum != h(72) {
		t.Errorf("months sum to %v h, want 72", sum.Hours())
	}
	// A full-timer of 40 hours: 160; ending on 30 June: half of that.
	end := date.MustParse("2026-06-30")
	if got := leave.YearlyAccrual(leave.StatutoryWeeks, h(40), 2026, date.MustParse("2020-01-01"), &end); got != h(80) {
		t.Errorf("until 30 June: %v h, want 80", got.Hours())
	}
	// A part month counts its days: from 16 April (15 of 30 days) = 8.5 months.
	if got := leave.YearShare(2026, date.MustParse("2026-04-16"), nil); got != 8.5/12 {
		t.Errorf("share from 16 April %v, want 8.5/12", got)
	}
	// Outside the employment: nothing.
	if got := leave.YearlyAccrual(leave.StatutoryWeeks, h(40), 2025, start, nil); got != 0 {
		t.Errorf("year before the start: %v", got)
	}
	// Extra-statutory at the employer's 1 week a year, same part-timer: 24 × 9/12 = 18.
	if got := leave.YearlyAccrual(1, h(24), 2026, start, nil); got != h(18) {
		t.Errorf("extra-statutory %v h, want 18", got.Hours())
	}
}

// R28: statutory hours expire on 1 July after the accrual year, extra-statutory
// hours five years after the year.
func TestExpiryDates(t *testing.T) {
	if got := leave.ExpiryDate(2025, leave.StatutoryExpiryMonths); got != date.MustParse("2026-07-01") {
		t.Errorf("statutory 2025 expires %s", got)
	}
	if got := leave.ExpiryDate(2025, leave.ExtraStatutoryExpiryMonths); got != date.MustParse("2031-01-01") {
		t.Errorf("extra-statutory 2025 expires %s", got)
	}
	if got := leave.ExpiryDate(2025, 18); got != date.MustParse("2027-07-01") {
		t.Errorf("18 months after 2025: %s", got)
	}
}

func e(k leave.Kind, day string, year int, hours float64) leave.Entry {
	return leave.Entry{Kind: k, Date: date.MustParse(day), Year: year, Minutes: h(hours)}
}

// R28: on the expiry date what is left of the year's hours expires; leave uses the
// oldest hours first; leave after the expiry date does not save expiring hours.
func TestExpiringOldestFirst(t *testing.T) {
	on := leave.ExpiryDate(2025, leave.StatutoryExpiryMonths) // 2026-07-01
	ledger := []leave.Entry{
		e(leave.KindAccrual, "2025-01-01", 2025, 160),
		e(leave.KindTaken, "2025-08-04", 2025, -100),
		e(leave.KindAccrual, "2026-01-01", 2026, 160),
		e(leave.KindTaken, "2026-05-04", 2026, -40),   // before 1 July: uses 2025's hours
		e(leave.KindPlanned, "2026-08-03", 2026, -40), // after: does not
	}
	if got := leave.Expiring(ledger, 2025, on); got != h(20) {
		t.Errorf("expiring of 2025: %v h, want 20", got.Hours())
	}
	withExpiry := append(ledger, e(leave.KindExpiry, "2026-07-01", 2025, -20))
	if got := leave.Expiring(withExpiry, 2025, on); got != 0 {
		t.Errorf("after the expiry entry: %v h, want 0", got.Hours())
	}
	s := leave.Summarize(withExpiry)
	if s.Balance() != h(120) || s.Accrued != h(320) || s.Taken != h(140) || s.Planned != h(40) || s.Expired != h(20) {
		t.Errorf("summary %+v, balance %v", s, s.Balance().Hours())
	}
	// 2026's hours: 160 accrued; May's 40 used 2025's hours, August's planned 40 uses
	// 2026's: 120 expire on 1 July 2027.
	if got := leave.Expiring(withExpiry, 2026, leave.ExpiryDate(2026, leave.StatutoryExpiryMonths)); got != h(120) {
		t.Errorf("expiring of 2026: %v h, want 120", got.Hours())
	}
	// More leave than the year's hours: nothing expires, never negative.
	over := []leave.Entry{e(leave.KindAccrual, "2025-01-01", 2025, 10), e(leave.KindTaken, "2025-03-03", 2025, -30)}
	if got := leave.Expiring(over, 2025, on); got != 0 {
		t.Errorf("overdrawn: %v", got)
	}
	// Extra-statutory hours of 2025 untouched expire five years later, in full.
	extra := []leave.Entry{e(leave.KindAccrual, "2025-01-01", 2025, 40), e(leave.KindCorrection, "2025-02-01", 2025, 8)}
	if got := leave.Expiring(extra, 2025, leave.ExpiryDate(2025, leave.ExtraStatutoryExpiryMonths)); got != h(48) {
		t.Errorf("extra-statutory: %v h, want 48", got.Hours())
	}
}
