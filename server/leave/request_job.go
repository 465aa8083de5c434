package leave

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// RequestJob is the scheduled work of leave requests:
//   - R31: a vacation request still submitted at its deadline (two weeks after it was
//     submitted) is accepted, recorded as accepted by lapse of time;
//   - R30: the planned entries of accepted leave become taken once their day has passed.
//
// Several instances may run it at once. Each batch claims its requests with FOR UPDATE
// SKIP LOCKED on Postgres (SQLite's write transaction serialises runs) and re-checks
// their state under the lock, so a request is accepted once; the planned-to-taken
// entries carry a job key per planned entry under the ledger's unique index, so nothing
// is booked twice.
type RequestJob struct {
	Leave *Service
	// Batch is how many requests one transaction claims; zero means 50.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

func (j *RequestJob) batch() int {
	if j.Batch <= 0 {
		return 50
	}
	return j.Batch
}

// Run calls RunOnce every interval until ctx ends.
func (j *RequestJob) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			log := j.Logger
			if log == nil {
				log = slog.Default()
			}
			log.Error("leave request job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunOnce accepts the lapsed requests and books the passed days as taken, batch by
// batch; it returns how many requests it accepted and how many it brought up to date.
func (j *RequestJob) RunOnce(ctx context.Context) (lapsed, taken int, err error) {
	// As the system: scheduled work of no principal.
	sys := viewer.System(ctx)
	for {
		n, err := j.lapseBatch(sys)
		lapsed += n
		if err != nil || n == 0 {
			if err != nil {
				return lapsed, taken, err
			}
			break
		}
	}
	// Leave that runs past today stays due until its last day: the batches walk the
	// requests once per run, in ID order.
	after := ""
	for {
		n, last, err := j.takenBatch(sys, after)
		taken += n
		if err != nil || n == 0 {
			return lapsed, taken, err
		}
		after = last
	}
}

// skipLockedRequests locks the claimed requests on Postgres and skips those another run holds.
func skipLockedRequests(s *entsql.Selector) { skipLocked(s) }

// lapseBatch accepts one batch of submitted vacation requests past their deadline (R31).
func (j *RequestJob) lapseBatch(ctx context.Context) (int, error) {
	now := j.Leave.now()
	n := 0
	err := store.WithTx(ctx, j.Leave.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		due, err := c.LeaveRequest.Query().Where(
			leaverequest.StatusEQ(leaverequest.StatusSUBMITTED), leaverequest.KindEQ(leaverequest.KindLEAVE),
			leaverequest.DeadlineLTE(now),
		).Order(ent.Asc(leaverequest.FieldDeadline), ent.Asc(leaverequest.FieldID)).Limit(j.batch()).
			Modify(skipLockedRequests).All(ctx)
		if err != nil {
			return fmt.Errorf("leave request job: claim lapsed: %w", err)
		}
		for _, r := range due {
			if _, err := j.Leave.decide(ctx, c, r, true, "", "system", "", true); err != nil {
				return err
			}
		}
		n = len(due)
		return nil
	})
	return n, err
}

// takenBatch turns the planned entries of passed days into taken ones (R30) for one
// batch of accepted leave that began before today.
func (j *RequestJob) takenBatch(ctx context.Context, after string) (int, string, error) {
	today := j.Leave.today()
	now := j.Leave.now()
	n, last := 0, after
	err := store.WithTx(ctx, j.Leave.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		due, err := c.LeaveRequest.Query().Where(
			leaverequest.StatusEQ(leaverequest.StatusACCEPTED), leaverequest.KindEQ(leaverequest.KindLEAVE),
			leaverequest.BookedTaken(false), requestDateBefore(leaverequest.FieldFirstDay, today), leaverequest.IDGT(after),
		).Order(ent.Asc(leaverequest.FieldID)).Limit(j.batch()).Modify(skipLockedRequests).All(ctx)
		if err != nil {
			return fmt.Errorf("leave request job: claim taken: %w", err)
		}
		for _, r := range due {
			if err := j.bookTaken(ctx, c, r, today, now); err != nil {
				return err
			}
			last = r.ID
		}
		n = len(due)
		return nil
	})
	return n, last, err
}

// bookTaken writes, for each planned entry of r dated before today, its reversal and a
// taken entry, keyed TAKEN:<planned entry>; when r's last day has passed, r is done.
func (j *RequestJob) bookTaken(ctx context.Context, c *ent.Client, r *ent.LeaveRequest, today date.Date, now time.Time) error {
	es, err := c.LeaveEntry.Query().Where(leaveentry.RequestID(r.ID)).WithLeaveType().All(ctx)
	if err != nil {
		return fmt.Errorf("leave request job: entries of %s: %w", r.ID, err)
	}
	done := map[string]bool{}
	for _, e := range es {
		if e.JobKey != nil {
			done[*e.JobKey] = true
		}
	}
	var events []audit.Event
	for _, e := range es {
		key := "TAKEN:" + e.ID
		if e.Kind != leaveentry.KindPLANNED || e.Minutes >= 0 || !e.Date.Before(today) || done[key] {
			continue
		}
		create := func(kind leaveentry.Kind, minutes int64, key string) (*ent.LeaveEntry, error) {
			return c.LeaveEntry.Create().
				SetProviderID(e.ProviderID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
				SetEmploymentID(e.EmploymentID).SetLeaveTypeID(e.LeaveTypeID).SetKind(kind).
				SetMinutes(minutes).SetDate(e.Date).SetYear(e.Year).SetSource(leaveentry.SourceREQUEST).
				SetRequestID(r.ID).SetJobKey(key).SetCreatedBy("system").SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		}
		if _, err := create(leaveentry.KindPLANNED, -e.Minutes, "UNPLANNED:"+e.ID); err != nil {
			return fmt.Errorf("leave request job: unplan %s: %w", e.ID, err)
		}
		saved, err := create(leaveentry.KindTAKEN, e.Minutes, key)
		if err != nil {
			return fmt.Errorf("leave request job: take %s: %w", e.ID, err)
		}
		events = append(events, entryEvent(now, ActionLeaveTaken, saved, e.Edges.LeaveType))
	}
	if r.LastDay.Before(today) {
		if err := c.LeaveRequest.UpdateOne(r).SetBookedTaken(true).SetUpdatedAt(now).Exec(ctx); err != nil {
			return fmt.Errorf("leave request job: mark %s: %w", r.ID, err)
		}
	}
	return audit.RecordMany(ctx, c, events)
}

// requestDateBefore is "field < d" on a DATE column of leave requests.
func requestDateBefore(field string, d date.Date) predicate.LeaveRequest {
	return predicate.LeaveRequest(func(s *entsql.Selector) { s.Where(entsql.LT(s.C(field), d)) })
}
