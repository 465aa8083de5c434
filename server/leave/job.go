package leave

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Job books accruals and expiries (R28) for the employments of employers with
// Verlofregeling: each day it brings every employment with a work pattern up to date.
// Accrual starts on the later of the day the employment got its pattern and the day
// Verlofregeling was activated; the years before belong in opening balances.
// Several instances may run it on one database at once. A run claims a batch of
// employments whose ledgers were not yet brought up to today — on Postgres with FOR
// UPDATE SKIP LOCKED, so concurrent runs take disjoint batches without waiting; on
// SQLite the write transaction (_txlock=immediate) serialises runs — and writes their
// entries, audit events and the day reached in the same transaction. Every automatic
// entry carries a key per employment, leave type and period (ACCRUAL:2026,
// ACCRUAL:2026-04, EXPIRY:2025) under a unique index, and an existing key is never
// written again: running twice, or after a crash, books nothing twice.
type Job struct {
	Client *ent.Client
	Clock  clock.Clock // nil means the wall clock
	// Batch is how many employments one transaction claims; zero means 50.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

func (j *Job) now() time.Time {
	if j.Clock == nil {
		return time.Now().UTC()
	}
	return j.Clock.Now().UTC()
}

func (j *Job) batch() int {
	if j.Batch <= 0 {
		return 50
	}
	return j.Batch
}

// Run calls RunOnce every interval until ctx ends.
func (j *Job) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			log := j.Logger
			if log == nil {
				log = slog.Default()
			}
			log.Error("leave job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunOnce brings every due employment up to today, batch by batch, and returns how
// many it processed.
func (j *Job) RunOnce(ctx context.Context) (int, error) {
	total := 0
	for {
		n, err := j.runBatch(viewer.System(ctx))
		total += n
		if err != nil || n == 0 {
			return total, err
		}
		if ctx.Err() != nil {
			return total, ctx.Err()
		}
	}
}

// skipLocked locks the claimed rows on Postgres and skips rows another run holds.
func skipLocked(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
}

// runBatch claims and processes one batch in one transaction.
func (j *Job) runBatch(ctx context.Context) (int, error) {
	today := date.Of(j.now().In(clock.Amsterdam))
	n := 0
	err := store.WithTx(ctx, j.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		due, err := c.WorkPattern.Query().
			Where(workpattern.Or(workpattern.ProcessedOnIsNil(), dateBefore(workpattern.FieldProcessedOn, today))).
			Order(ent.Asc(workpattern.FieldID)).
			Limit(j.batch()).
			Modify(skipLocked).
			All(ctx)
		if err != nil {
			return fmt.Errorf("leave job: claim: %w", err)
		}
		type scheme struct {
			active bool
			since  date.Date
			types  []*ent.LeaveType
		}
		schemes := map[string]*scheme{}
		for _, w := range due {
			sc, ok := schemes[w.EmployerID]
			if !ok {
				sc = &scheme{}
				if sc.since, sc.active, err = policySince(ctx, c, w.EmployerID); err != nil {
					return err
				}
				if sc.types, err = loadTypes(ctx, c, w.EmployerID); err != nil {
					return err
				}
				schemes[w.EmployerID] = sc
			}
			if sc.active {
				// Accrual starts when both the pattern and Verlofregeling are there:
				// before, the ledger was recorded by hand or came from opening balances.
				from := w.AccruesFrom
				if sc.since.After(from) {
					from = sc.since
				}
				if err := j.bookEmployment(ctx, c, w, sc.types, from, today); err != nil {
					return err
				}
			}
			if err := c.WorkPattern.UpdateOne(w).SetProcessedOn(today).Exec(ctx); err != nil {
				return fmt.Errorf("leave job: mark %s: %w", w.EmploymentID, err)
			}
		}
		n = len(due)
		return nil
	})
	return n, err
}

// dateBefore is "field < d" on a DATE column, in both dialects.
func dateBefore(field string, d date.Date) predicate.WorkPattern {
	return predicate.WorkPattern(func(s *entsql.Selector) { s.Where(entsql.LT(s.C(field), d)) })
}

// policySince returns the day in the Netherlands from which Verlofregeling is active
// at the employer without a break, and whether it is active at all.
func policySince(ctx context.Context, c *ent.Client, employerID string) (date.Date, bool, error) {
	act, err := c.ProductActivation.Query().Where(
		productactivation.EmployerID(employerID),
		productactivation.DeactivatedAtIsNil(),
		productactivation.HasProductWith(product.CodeEQ(ProductLeavePolicy)),
	).First(ctx)
	if ent.IsNotFound(err) {
		return date.Date{}, false, nil
	}
	if err != nil {
		return date.Date{}, false, fmt.Errorf("leave job: is Verlofregeling active at %s: %w", employerID, err)
	}
	return date.Of(act.ActivatedAt.In(clock.Amsterdam)), true, nil
}

// due is an automatic entry the job owes.
type due struct {
	key     string
	kind    Kind
	date    date.Date
	year    int
	minutes Minutes
}

// bookEmployment writes the accruals and expiries the employment is owed up to today.
func (j *Job) bookEmployment(ctx context.Context, c *ent.Client, w *ent.WorkPattern, types []*ent.LeaveType, from, today date.Date) error {
	emp, err := c.Employment.Query().Where(employment.ID(w.EmploymentID)).Only(ctx)
	if err != nil {
		return fmt.Errorf("leave job: employment %s: %w", w.EmploymentID, err)
	}
	weekly := patternOf(w).Pattern.WeeklyAverage()
	var events []audit.Event
	for _, lt := range types {
		rows, err := c.LeaveEntry.Query().Where(leaveentry.EmploymentID(emp.ID), leaveentry.LeaveTypeID(lt.ID)).
			Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldID)).All(ctx)
		if err != nil {
			return fmt.Errorf("leave job: ledger of %s: %w", emp.ID, err)
		}
		keys := map[string]bool{}
		ledger := make([]Entry, 0, len(rows))
		for _, r := range rows {
			if r.JobKey != nil {
				keys[*r.JobKey] = true
			}
			ledger = append(ledger, ruleEntry(r))
		}
		owed := accrualsDue(typeOf(lt), weekly, emp.StartDate, emp.EndDate, from, today)
		var book []due
		for _, d := range owed {
			if !keys[d.key] {
				book = append(book, d)
				ledger = append(ledger, Entry{Kind: d.kind, Date: d.date, Year: d.year, Minutes: d.minutes})
			}
		}
		book = append(book, expiriesDue(typeOf(lt), ledger, keys, today)...)
		for _, d := range book {
			saved, err := c.LeaveEntry.Create().
				SetPersonID(emp.PersonID).
				SetEmploymentID(emp.ID).SetLeaveTypeID(lt.ID).
				SetKind(leaveentry.Kind(d.kind)).SetMinutes(int64(d.minutes)).SetDate(d.date).SetYear(d.year).
				SetSource(leaveentry.SourceJOB).SetJobKey(d.key).SetCreatedBy("system").
				SetCreatedAt(j.now()).SetUpdatedAt(j.now()).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("leave job: book %s for %s: %w", d.key, emp.ID, err)
			}
			action := ActionAccrualBooked
			if d.kind == KindExpiry {
				action = ActionExpiryBooked
			}
			events = append(events, entryEvent(j.now(), action, saved, lt))
		}
	}
	return audit.RecordMany(ctx, c, events)
}

// accrualsDue lists the accruals of type t owed up to today to an employment
// start…end with weekly hours, from the day its accrual began on (the years before
// come from opening balances). A yearly type accrues the year's hours on 1 January,
// or on the first day of employment; a monthly one a twelfth on the first of each
// month, or on the first day of employment.
func accrualsDue(t *Type, weekly Minutes, start date.Date, end *date.Date, from, today date.Date) []due {
	if t.WeeksPerYear <= 0 || weekly <= 0 {
		return nil
	}
	var out []due
	first := func(d date.Date) date.Date {
		if start.After(d) {
			return start
		}
		return d
	}
	for y := max(from.Year, start.Year, 2000); y <= today.Year; y++ {
		if end != nil && end.Year < y {
			break
		}
		switch t.Accrual {
		case AccrualYearly:
			on := first(date.New(y, time.January, 1))
			if on.After(today) {
				continue
			}
			if m := YearlyAccrual(t.WeeksPerYear, weekly, y, start, end); m > 0 {
				out = append(out, due{key: fmt.Sprintf("ACCRUAL:%d", y), kind: KindAccrual, date: on, year: y, minutes: m})
			}
		case AccrualMonthly:
			for mo := time.January; mo <= time.December; mo++ {
				monthStart := date.New(y, mo, 1)
				if monthStart.Before(date.New(from.Year, from.Month, 1)) {
					continue
				}
				on := first(monthStart)
				if on.After(today) || on.Year != y || on.Month != mo {
					continue
				}
				if m := MonthlyAccrual(t.WeeksPerYear, weekly, y, mo, start, end); m > 0 {
					out = append(out, due{key: fmt.Sprintf("ACCRUAL:%d-%02d", y, mo), kind: KindAccrual, date: on, year: y, minutes: m})
				}
			}
		}
	}
	return out
}

// expiriesDue lists the expiries of type t owed up to today from its ledger: for
// every accrual year whose expiry date has come, what is left of it, oldest years
// first, each once.
func expiriesDue(t *Type, ledger []Entry, keys map[string]bool, today date.Date) []due {
	if t.ExpiryMonths == nil {
		return nil
	}
	years := map[int]bool{}
	lo, hi := 0, 0
	for _, e := range ledger {
		if e.Minutes > 0 && (e.Kind == KindAccrual || e.Kind == KindCorrection) {
			years[e.Year] = true
			if lo == 0 || e.Year < lo {
				lo = e.Year
			}
			hi = max(hi, e.Year)
		}
	}
	var out []due
	for y := lo; y != 0 && y <= hi; y++ {
		on := ExpiryDate(y, *t.ExpiryMonths)
		key := fmt.Sprintf("EXPIRY:%d", y)
		if !years[y] || on.After(today) || keys[key] {
			continue
		}
		if m := Expiring(ledger, y, on); m > 0 {
			d := due{key: key, kind: KindExpiry, date: on, year: y, minutes: -m}
			out = append(out, d)
			ledger = append(ledger, Entry{Kind: KindExpiry, Date: on, Year: y, Minutes: -m})
		}
	}
	return out
}
