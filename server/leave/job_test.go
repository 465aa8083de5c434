package leave_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// at puts the clock at 09:00 in the Netherlands on d.
func (f *fixture) at(d string) {
	day := date.MustParse(d)
	f.clk.Set(time.Date(day.Year, day.Month, day.Day, 8, 0, 0, 0, time.UTC))
}

func (f *fixture) run(j *leave.Job) int {
	f.t.Helper()
	n, err := j.RunOnce(context.Background())
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// entry returns the job's entry of key on the employment's type, nil when none.
func (f *fixture) jobEntry(employmentID, typeID, key string) *leave.LedgerEntry {
	f.t.Helper()
	led, err := f.svc.Ledger(f.sys, employmentID, typeID)
	if err != nil {
		f.t.Fatal(err)
	}
	var found *leave.LedgerEntry
	n := 0
	for _, e := range led {
		if e.Source == leave.SourceJob {
			got := fmt.Sprintf("%s:%d", e.Kind, e.Year)
			if e.Kind == leave.KindAccrual {
				got = fmt.Sprintf("ACCRUAL:%d", e.Year)
			}
			if got == key {
				found = e
				n++
			}
		}
	}
	if n > 1 {
		f.t.Fatalf("%d entries %s", n, key)
	}
	return found
}

// R28: a part-timer of 24 h a week starting on 1 April accrues 72 statutory hours for
// that year and 96 the next; what is left of a year's statutory hours expires on
// 1 July after it, extra-statutory hours five years after the year. Running again
// books nothing twice.
func TestJobAccrualAndExpiry(t *testing.T) {
	f := newFixture(t)
	j := &leave.Job{Client: f.c, Clock: f.clk}
	job := f.employment(f.A1, "Ann", date.New(2026, 4, 1))
	stat, extra := f.typeOf(f.A1, leave.Statutory), f.typeOf(f.A1, leave.ExtraStatutory)
	hr := staff(f.A1, all()...)
	f.at("2026-04-01")
	threeDays := leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), 0, 0, 0, 0}}}
	if _, err := f.svc.SetWorkPattern(hr, job.ID, threeDays, leave.SourceStaff); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.UpdateType(hr, extra.ID, leave.TypeInput{WeeksPerYear: ptr(1.0)}); err != nil {
		t.Fatal(err)
	}
	if n := f.run(j); n != 1 {
		t.Fatalf("processed %d, want 1", n)
	}
	acc := f.jobEntry(job.ID, stat.ID, "ACCRUAL:2026")
	if acc == nil || acc.Minutes != h(72) || acc.Date != date.New(2026, 4, 1) {
		t.Fatalf("statutory accrual 2026: %+v", acc)
	}
	if e := f.jobEntry(job.ID, extra.ID, "ACCRUAL:2026"); e == nil || e.Minutes != h(18) {
		t.Fatalf("extra-statutory accrual 2026: %+v", e)
	}
	if n := f.audits(string(leave.ActionAccrualBooked)); n != 2 {
		t.Errorf("%d LEAVE_ACCRUED events, want 2", n)
	}
	// The same day again: nothing is due. The next day: processed, nothing booked.
	if n := f.run(j); n != 0 {
		t.Errorf("second run the same day processed %d", n)
	}
	f.at("2026-04-02")
	if n := f.run(j); n != 1 {
		t.Errorf("next day processed %d, want 1", n)
	}
	// 50 statutory hours taken in 2026.
	if _, err := f.svc.RecordEntries(hr, []leave.EntryInput{{EmploymentID: job.ID, LeaveTypeID: stat.ID,
		Kind: leave.KindTaken, Hours: 50, Date: date.New(2026, 8, 3)}}); err != nil {
		t.Fatal(err)
	}
	f.at("2027-01-01")
	f.run(j)
	if e := f.jobEntry(job.ID, stat.ID, "ACCRUAL:2027"); e == nil || e.Minutes != h(96) {
		t.Fatalf("statutory accrual 2027: %+v", e)
	}
	f.at("2027-06-30")
	f.run(j)
	if e := f.jobEntry(job.ID, stat.ID, "EXPIRY:2026"); e != nil {
		t.Fatalf("expired before 1 July: %+v", e)
	}
	f.at("2027-07-01")
	f.run(j)
	exp := f.jobEntry(job.ID, stat.ID, "EXPIRY:2026")
	if exp == nil || exp.Minutes != -h(22) || exp.Date != date.New(2027, 7, 1) {
		t.Fatalf("statutory expiry of 2026 (72 − 50 = 22): %+v", exp)
	}
	if e := f.jobEntry(job.ID, extra.ID, "EXPIRY:2026"); e != nil {
		t.Fatalf("extra-statutory expired on 1 July: %+v", e)
	}
	f.at("2031-12-31")
	f.run(j)
	if e := f.jobEntry(job.ID, extra.ID, "EXPIRY:2026"); e != nil {
		t.Fatalf("extra-statutory of 2026 expired before 2032: %+v", e)
	}
	f.at("2032-01-01")
	f.run(j)
	if e := f.jobEntry(job.ID, extra.ID, "EXPIRY:2026"); e == nil || e.Minutes != -h(18) {
		t.Fatalf("extra-statutory expiry of 2026 after five years: %+v", e)
	}
	// Statutory 2027–2031 expired each 1 July in full; nothing is booked twice.
	for y := 2027; y <= 2030; y++ {
		if e := f.jobEntry(job.ID, stat.ID, fmt.Sprintf("EXPIRY:%d", y)); e == nil || e.Minutes != -h(96) {
			t.Errorf("statutory expiry of %d: %+v", y, e)
		}
	}
	count := f.c.LeaveEntry.Query().CountX(f.sys)
	f.at("2032-01-02")
	f.run(j)
	if n := f.c.LeaveEntry.Query().CountX(f.sys); n != count {
		t.Errorf("a later run booked %d more entries", n-count)
	}
	bs, err := f.svc.Balances(f.sys, job.ID)
	if err != nil {
		t.Fatal(err)
	}
	// Statutory: 72 + 6×96 − 50 − 22 − 4×96 (2027–2030) = 192 (2031 and 2032 unexpired).
	if got := bs[0].Balance(); got != h(192) {
		t.Errorf("statutory balance %v h, want 192", got.Hours())
	}
}

// R28: no accrual without Verlofregeling (Verlofregistratie only: the ledger is
// recorded by hand), and none before the work pattern's first year or the year
// Verlofregeling came.
func TestJobOnlyUnderLeavePolicy(t *testing.T) {
	f := newFixture(t)
	j := &leave.Job{Client: f.c, Clock: f.clk}
	reg := f.employment(f.A2, "Ann", date.New(2020, 1, 1))
	pol := f.employment(f.A1, "Bob", date.New(2020, 1, 1))
	f.at("2026-05-01")
	week := leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}
	for _, job := range []string{reg.ID, pol.ID} {
		if _, err := f.svc.SetWorkPattern(provider(f.P1, all()...), job, week, leave.SourceSync); err != nil {
			t.Fatal(err)
		}
	}
	if n := f.run(j); n != 2 {
		t.Fatalf("processed %d, want 2", n)
	}
	if n := f.c.LeaveEntry.Query().Where(leaveentry.EmploymentID(reg.ID)).CountX(f.sys); n != 0 {
		t.Errorf("%d entries under Verlofregistratie only", n)
	}
	// Bob since 2020, pattern from 2026: only 2026 accrues, in full (160).
	led, _ := f.svc.Ledger(f.sys, pol.ID, f.typeOf(f.A1, leave.Statutory).ID)
	if len(led) != 1 || led[0].Year != 2026 || led[0].Minutes != h(160) || led[0].Date != date.New(2026, 1, 1) {
		t.Errorf("Bob's ledger %+v", led)
	}
	// A2 takes Verlofregeling on 2027-03-01: 2026 was recorded by hand, 2027 accrues.
	f.at("2027-03-01")
	if _, err := f.products.Activate(provider(f.P1, viewer.ManageProducts), f.A2.ID, leave.ProductLeavePolicy); err != nil {
		t.Fatal(err)
	}
	f.run(j)
	led, _ = f.svc.Ledger(f.sys, reg.ID, f.typeOf(f.A2, leave.Statutory).ID)
	if len(led) != 1 || led[0].Year != 2027 || led[0].Minutes != h(160) {
		t.Errorf("Ann's ledger after Verlofregeling %+v", led)
	}
}

// R28: a monthly type accrues a twelfth on the first of each month.
func TestJobMonthlyAccrual(t *testing.T) {
	f := newFixture(t)
	j := &leave.Job{Client: f.c, Clock: f.clk}
	job := f.employment(f.A1, "Ann", date.New(2026, 4, 16))
	hr := staff(f.A1, all()...)
	adv, err := f.svc.CreateType(hr, f.A1.ID, leave.TypeInput{Name: ptr("ADV"), Category: ptr(leave.WorkingTimeReduction),
		WeeksPerYear: ptr(1.2), Accrual: ptr(leave.AccrualMonthly), NeverExpires: true})
	if err != nil {
		t.Fatal(err)
	}
	f.at("2026-04-01")
	if _, err := f.svc.SetWorkPattern(hr, job.ID, leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}, leave.SourceStaff); err != nil {
		t.Fatal(err)
	}
	f.at("2026-06-15")
	f.run(j)
	led, err := f.svc.Ledger(hr, job.ID, adv.ID)
	if err != nil {
		t.Fatal(err)
	}
	// 1.2 × 40 h = 48 a year, 4 a month; April from the 16th: 15/30 of 4 = 2.
	want := []struct {
		on    string
		hours float64
	}{{"2026-04-16", 2}, {"2026-05-01", 4}, {"2026-06-01", 4}}
	if len(led) != len(want) {
		t.Fatalf("ledger %+v", led)
	}
	for i, w := range want {
		if led[i].Date != date.MustParse(w.on) || led[i].Minutes != h(w.hours) {
			t.Errorf("entry %d: %s %v h, want %s %v", i, led[i].Date, led[i].Hours(), w.on, w.hours)
		}
	}
}

// Two instances run the job at the same time on one database: every employment is
// processed, every accrual booked exactly once.
func TestJobTwoInstances(t *testing.T) {
	f := newFixture(t)
	f.at("2026-05-04")
	week := leave.Pattern{Weeks: []leave.Week{{h(8), h(8), h(8), h(8), h(8)}}}
	const n = 24
	for i := range n {
		e := f.A1
		if i%2 == 1 {
			e = f.B1
		}
		job := f.employment(e, fmt.Sprintf("P%02d", i), date.New(2025, 1, 1))
		if _, err := f.svc.SetWorkPattern(viewer.System(context.Background()), job.ID, week, leave.SourceSync); err != nil {
			t.Fatal(err)
		}
	}
	one := &leave.Job{Client: f.c, Clock: f.clk, Batch: 5}
	two := &leave.Job{Client: f.c, Clock: f.clk, Batch: 5}
	var wg sync.WaitGroup
	counts := make([]int, 2)
	errs := make([]error, 2)
	for i, jb := range []*leave.Job{one, two} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counts[i], errs[i] = jb.RunOnce(context.Background())
		}()
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatal(errs)
	}
	if counts[0]+counts[1] != n {
		t.Errorf("processed %d + %d, want %d in all", counts[0], counts[1], n)
	}
	// One statutory accrual each (extra-statutory is 0 weeks by default).
	if got := f.c.LeaveEntry.Query().Where(leaveentry.KindEQ(leaveentry.KindACCRUAL)).CountX(f.sys); got != n {
		t.Errorf("%d accruals, want %d", got, n)
	}
	if got := f.audits(string(leave.ActionAccrualBooked)); got != n {
		t.Errorf("%d LEAVE_ACCRUED events, want %d", got, n)
	}
	if c, err := one.RunOnce(context.Background()); err != nil || c != 0 {
		t.Errorf("a third run: %d, %v", c, err)
	}
}
