package preboarding

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/person"
	entpreboarding "github.com/werkportaal/werkportaal/ent/preboarding"
	"github.com/werkportaal/werkportaal/ent/preboardingfile"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ReminderDays is how many days before the first day a candidate who has not
// submitted gets the reminder (R38).
const ReminderDays = 3

// skipLocked locks the claimed rows on Postgres and skips rows another instance holds;
// SQLite's write transactions already run one at a time.
func skipLocked(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
}

// Jobs are the preboarding's scheduled work: the reminder before the first day and the
// deletion of acknowledged ID copies. Several instances may run them at once: each
// batch claims its rows with FOR UPDATE SKIP LOCKED, and the row's own reminded_at and
// documents_deleted_at make a second run a no-op.
type Jobs struct {
	Preboarding *Service
	// Batch is how many rows one transaction claims; zero means 100.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

func (j *Jobs) batch() int {
	if j.Batch <= 0 {
		return 100
	}
	return j.Batch
}

// Run calls RunOnce every interval until ctx ends.
func (j *Jobs) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			log := j.Logger
			if log == nil {
				log = slog.Default()
			}
			log.Error("preboarding job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunOnce sends the reminders that are due and deletes the ID copies whose time is up;
// it returns how many of each it did.
func (j *Jobs) RunOnce(ctx context.Context) (reminded, purged int, err error) {
	for {
		n, err := j.remindBatch(ctx)
		reminded += n
		if err != nil || n < j.batch() {
			if err != nil {
				return reminded, purged, err
			}
			break
		}
	}
	for {
		n, err := j.purgeBatch(ctx)
		purged += n
		if err != nil || n < j.batch() {
			return reminded, purged, err
		}
	}
}

// remindBatch claims open preboardings whose first day is at most ReminderDays away and
// not yet passed, and that were not reminded, and queues the reminder for each.
func (j *Jobs) remindBatch(ctx context.Context) (int, error) {
	s := j.Preboarding
	sys := viewer.System(ctx)
	today := s.today()
	n := 0
	err := store.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		due, err := c.Preboarding.Query().Where(
			entpreboarding.StateIn(entpreboarding.StateINVITED, entpreboarding.StateIN_PROGRESS, entpreboarding.StateRETURNED),
			entpreboarding.RemindedAtIsNil(),
			entpreboarding.FirstDayLTE(today.AddDays(ReminderDays)),
			entpreboarding.FirstDayGTE(today),
		).Order(ent.Asc(entpreboarding.FieldID)).Limit(j.batch()).Modify(skipLocked).All(sys)
		if err != nil {
			return fmt.Errorf("preboarding reminder: claim: %w", err)
		}
		now := s.now()
		for _, pb := range due {
			p, err := c.Person.Query().Where(person.ID(pb.PersonID)).WithEmployer().Only(sys)
			if err != nil {
				return err
			}
			if err := c.Preboarding.UpdateOne(pb).SetRemindedAt(now).Exec(sys); err != nil {
				return err
			}
			if p.Email != nil {
				if err := mail.Enqueue(sys, c, s.candidateMail(mail.PreboardingReminder, p,
					map[string]string{"FirstDay": pb.FirstDay.Time().Format("02-01-2006")})); err != nil {
					return err
				}
			}
			if err := audit.Record(sys, c, s.event(ActionReminded, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID, nil)); err != nil {
				return err
			}
		}
		n = len(due)
		return nil
	})
	return n, err
}

// purgeBatch claims completed preboardings whose ID copy was acknowledged at least the
// retention ago and not yet deleted, and deletes the copy.
func (j *Jobs) purgeBatch(ctx context.Context) (int, error) {
	s := j.Preboarding
	sys := viewer.System(ctx)
	n := 0
	err := store.WithTx(sys, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		now := s.now()
		due, err := c.Preboarding.Query().Where(
			entpreboarding.DocumentsAcknowledgedAtLTE(now.Add(-s.retention())),
			entpreboarding.DocumentsDeletedAtIsNil(),
		).Order(ent.Asc(entpreboarding.FieldID)).Limit(j.batch()).Modify(skipLocked).All(sys)
		if err != nil {
			return fmt.Errorf("preboarding purge: claim: %w", err)
		}
		for _, pb := range due {
			if _, err := c.PreboardingFile.Delete().Where(preboardingfile.PreboardingID(pb.ID)).Exec(sys); err != nil {
				return err
			}
			if err := c.Preboarding.UpdateOne(pb).SetDocumentsDeletedAt(now).Exec(sys); err != nil {
				return err
			}
			if err := audit.Record(sys, c, s.event(ActionDocumentsGone, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID, nil)); err != nil {
				return err
			}
		}
		n = len(due)
		return nil
	})
	return n, err
}
