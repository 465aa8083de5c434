package leave

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leavenotice"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ReminderJob sends, once a year, the mail of R33 to employees whose statutory hours
// will expire on 1 July (R28): from the employer's reminder day (1 April by default,
// LeaveScheme.expiry_reminder_*) until the expiry date, each employee with hours of
// the previous year left gets one mail with the number of hours, computed from the
// ledger like the expiry itself (Expiring).
//
// Several instances may run it at once. A batch claims persons of the employer with
// FOR UPDATE SKIP LOCKED on Postgres (SQLite's write transaction serialises runs); a
// LeaveNotice per person and year, unique in the database and written in the
// transaction that queues the mail, makes it once per employee per year. When a run has
// walked an employer, a notice for the employer and year spares later runs the walk.
type ReminderJob struct {
	Leave *Service
	// Batch is how many persons one transaction claims; zero means 200.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

func (j *ReminderJob) batch() int {
	if j.Batch <= 0 {
		return 200
	}
	return j.Batch
}

// Run calls RunOnce every interval until ctx ends.
func (j *ReminderJob) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			log := j.Logger
			if log == nil {
				log = slog.Default()
			}
			log.Error("leave reminder job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// reminderDay is the employer's reminder day in year, clamped to the month's length.
func reminderDay(sc *ent.LeaveScheme, year int) date.Date {
	m := time.Month(sc.ExpiryReminderMonth)
	last := date.New(year, m+1, 1).AddDays(-1).Day
	return date.New(year, m, min(sc.ExpiryReminderDay, last))
}

// RunOnce sends the reminders that are due today and returns how many it queued.
func (j *ReminderJob) RunOnce(ctx context.Context) (int, error) {
	sys := viewer.System(ctx)
	today := j.Leave.today()
	period := strconv.Itoa(today.Year)
	scs, err := j.Leave.Client.LeaveScheme.Query().Order(ent.Asc(leavescheme.FieldEmployerID)).All(sys)
	if err != nil {
		return 0, fmt.Errorf("leave reminder: schemes: %w", err)
	}
	var due []*ent.LeaveScheme
	var ids []string
	for _, sc := range scs {
		if !reminderDay(sc, today.Year).After(today) {
			due = append(due, sc)
			ids = append(ids, sc.EmployerID)
		}
	}
	if len(due) == 0 {
		return 0, nil
	}
	walked, err := j.Leave.Client.LeaveNotice.Query().Where(leavenotice.KindEQ(leavenotice.KindEXPIRY_REMINDER),
		leavenotice.RecipientIDIn(ids...), leavenotice.Period(period)).Select(leavenotice.FieldRecipientID).Strings(sys)
	if err != nil {
		return 0, fmt.Errorf("leave reminder: employers done: %w", err)
	}
	sent := 0
	for _, sc := range due {
		if slices.Contains(walked, sc.EmployerID) {
			continue
		}
		n, err := j.employer(sys, sc, today)
		sent += n
		if err != nil {
			return sent, err
		}
	}
	return sent, nil
}

// employer walks the persons of sc's employer in batches and records the walk.
func (j *ReminderJob) employer(ctx context.Context, sc *ent.LeaveScheme, today date.Date) (int, error) {
	c := j.Leave.Client
	ts, err := c.LeaveType.Query().Where(leavetype.EmployerID(sc.EmployerID), leavetype.CategoryEQ(leavetype.CategorySTATUTORY),
		leavetype.ExpiryMonthsNotNil()).All(ctx)
	if err != nil {
		return 0, fmt.Errorf("leave reminder: statutory type: %w", err)
	}
	var lt *ent.LeaveType
	var expires date.Date
	for _, t := range ts {
		// The hours of last year that expire this year, after today (R28: 1 July).
		if on := ExpiryDate(today.Year-1, *t.ExpiryMonths); on.Year == today.Year && on.After(today) {
			lt, expires = t, on
		}
	}
	sent := 0
	if lt != nil {
		e, err := c.Employer.Get(ctx, sc.EmployerID)
		if err != nil {
			return 0, fmt.Errorf("leave reminder: employer: %w", err)
		}
		after := ""
		for {
			n, last, err := j.remindBatch(ctx, e, lt, expires, today, after)
			sent += n
			if err != nil {
				return sent, err
			}
			if last == "" {
				break
			}
			after = last
		}
	}
	err = c.LeaveNotice.Create().SetProviderID(sc.ProviderID).SetEmployerID(sc.EmployerID).
		SetKind(leavenotice.KindEXPIRY_REMINDER).SetRecipientID(sc.EmployerID).SetPeriod(strconv.Itoa(today.Year)).
		SetCount(sent).SetCreatedAt(j.Leave.now()).Exec(ctx)
	if err != nil && !ent.IsConstraintError(err) {
		return sent, fmt.Errorf("leave reminder: record the walk: %w", err)
	}
	return sent, nil
}

// remindBatch claims the next batch of persons of e after the ID after and queues the
// reminders that are due; it returns how many it queued and the last person claimed
// ("" when there were none left).
func (j *ReminderJob) remindBatch(ctx context.Context, e *ent.Employer, lt *ent.LeaveType, expires, today date.Date, after string) (int, string, error) {
	sent, last := 0, ""
	period := strconv.Itoa(today.Year)
	err := store.WithTx(ctx, j.Leave.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// Persons with an employment that still runs today.
		ps, err := c.Person.Query().Where(person.EmployerID(e.ID), person.IDGT(after),
			person.HasEmploymentsWith(employment.Or(employment.EndDateIsNil(), employmentEndsOnOrAfter(today)))).
			Order(ent.Asc(person.FieldID)).Limit(j.batch()).Modify(skipLocked).All(ctx)
		if err != nil {
			return fmt.Errorf("leave reminder: claim persons: %w", err)
		}
		if len(ps) == 0 {
			return nil
		}
		last = ps[len(ps)-1].ID
		ids := make([]string, len(ps))
		for i, p := range ps {
			ids[i] = p.ID
		}
		done, err := c.LeaveNotice.Query().Where(leavenotice.KindEQ(leavenotice.KindEXPIRY_REMINDER),
			leavenotice.RecipientIDIn(ids...), leavenotice.Period(period)).Select(leavenotice.FieldRecipientID).Strings(ctx)
		if err != nil {
			return fmt.Errorf("leave reminder: reminded: %w", err)
		}
		es, err := c.LeaveEntry.Query().Where(leaveentry.PersonIDIn(ids...), leaveentry.LeaveTypeID(lt.ID)).
			Select(leaveentry.FieldPersonID, leaveentry.FieldEmploymentID, leaveentry.FieldKind, leaveentry.FieldDate,
				leaveentry.FieldYear, leaveentry.FieldMinutes).All(ctx)
		if err != nil {
			return fmt.Errorf("leave reminder: ledgers: %w", err)
		}
		ledgers := map[string]map[string][]Entry{} // person → employment → entries
		for _, x := range es {
			if ledgers[x.PersonID] == nil {
				ledgers[x.PersonID] = map[string][]Entry{}
			}
			ledgers[x.PersonID][x.EmploymentID] = append(ledgers[x.PersonID][x.EmploymentID], ruleEntry(x))
		}
		accounts, err := c.Account.Query().Where(account.PersonIDIn(ids...), account.RegisteredEmailNotNil()).
			Select(account.FieldPersonID, account.FieldRegisteredEmail).All(ctx)
		if err != nil {
			return fmt.Errorf("leave reminder: addresses: %w", err)
		}
		registered := map[string]string{}
		for _, a := range accounts {
			registered[a.PersonID] = *a.RegisteredEmail
		}
		var msgs []mail.Message
		for _, p := range ps {
			if slices.Contains(done, p.ID) {
				continue
			}
			var m Minutes
			for _, ledger := range ledgers[p.ID] {
				m += Expiring(ledger, today.Year-1, expires)
			}
			to := registered[p.ID]
			if to == "" && p.Email != nil {
				to = *p.Email
			}
			if m <= 0 {
				continue
			}
			if _, err := mail.CheckAddress(to); err != nil {
				continue
			}
			if err := c.LeaveNotice.Create().SetProviderID(p.ProviderID).SetEmployerID(e.ID).
				SetKind(leavenotice.KindEXPIRY_REMINDER).SetRecipientID(p.ID).SetPeriod(period).
				SetCount(int(m)).SetCreatedAt(j.Leave.now()).Exec(ctx); err != nil {
				return fmt.Errorf("leave reminder: record: %w", err)
			}
			msgs = append(msgs, mail.Message{Kind: mail.LeaveExpiryReminder, To: to, ProviderID: p.ProviderID,
				EmployerID: e.ID, PersonID: p.ID, QueuedAt: j.Leave.now(), Vars: map[string]string{
					"FirstName": p.FirstName, "EmployerName": e.Name, "LeaveType": lt.Name,
					"Hours": strconv.FormatFloat(m.Hours(), 'f', -1, 64), "ExpiryDate": dutchDate(expires),
					"PortalURL": j.Leave.PortalURL,
				}})
		}
		if err := mail.EnqueueMany(ctx, c, msgs); err != nil {
			return err
		}
		sent = len(msgs)
		return nil
	})
	return sent, last, err
}

// employmentEndsOnOrAfter is "end_date >= d" on the DATE column of employments.
func employmentEndsOnOrAfter(d date.Date) predicate.Employment {
	return predicate.Employment(func(s *entsql.Selector) { s.Where(entsql.GTE(s.C(employment.FieldEndDate), d)) })
}
