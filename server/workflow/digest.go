package workflow

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflownotice"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// DigestJob mails every manager and substitute who has open tasks in Mijn team one
// digest a working day (R35): from DigestHour (Amsterdam time) on a day that is a working
// day at their employer (no weekend, no public holiday it gives off, R29), listing the
// tasks waiting for them; nobody with nothing waiting gets one.
//
// Several instances may run it at once. Each recipient is claimed in its own
// transaction by locking their person row with FOR UPDATE SKIP LOCKED on Postgres
// (SQLite's write transaction runs alone); under the lock a WorkflowNotice keyed by
// recipient and day — unique in the database — says whether the digest went out, and
// is written in the transaction that queues the mail. Running twice, or on two
// instances, sends one.
type DigestJob struct {
	Workflow *Service
	// MyTeamURL is the address of Mijn team that the mail links to.
	MyTeamURL string
	// Batch is how many recipients one statement reads; zero means 500.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

const (
	// DigestHour is the hour (Amsterdam) from which the day's digests go out.
	DigestHour = 7
	// digestLines is how many tasks a digest lists; it counts them all.
	digestLines = 20
	// digestTasks bounds the tasks read for one recipient.
	digestTasks = 500
)

func (j *DigestJob) batch() int {
	if j.Batch <= 0 {
		return 500
	}
	return j.Batch
}

func (j *DigestJob) logger() *slog.Logger {
	if j.Logger == nil {
		return slog.Default()
	}
	return j.Logger
}

// Run calls RunOnce every interval until ctx ends.
func (j *DigestJob) Run(ctx context.Context, every time.Duration) {
	runEvery(ctx, every, j.RunOnce, j.logger(), "workflow digest job failed")
}

// runEvery calls once now and then every interval until ctx ends.
func runEvery(ctx context.Context, every time.Duration, once func(context.Context) (int, error), log *slog.Logger, msg string) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := once(ctx); err != nil && ctx.Err() == nil {
			log.Error(msg, "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// holidayCache reads each employer's holiday choices once per run.
type holidayCache struct {
	c  *ent.Client
	by map[string]leave.HolidaySettings
}

func (h *holidayCache) of(sys context.Context, employerID string) (leave.HolidaySettings, error) {
	if hs, ok := h.by[employerID]; ok {
		return hs, nil
	}
	hs, err := leave.EmployerHolidays(sys, h.c, employerID)
	if err != nil {
		return hs, err
	}
	if h.by == nil {
		h.by = map[string]leave.HolidaySettings{}
	}
	h.by[employerID] = hs
	return hs, nil
}

// RunOnce sends the day's digests that are due and returns how many it queued.
func (j *DigestJob) RunOnce(ctx context.Context) (int, error) {
	// As the system: scheduled work of no principal.
	sys := viewer.System(ctx)
	c := j.Workflow.Client
	local := j.Workflow.now().In(clock.Amsterdam)
	today := date.Of(local)
	if local.Hour() < DigestHour || !leave.IsWorkingDay(today, leave.HolidaySettings{}) {
		return 0, nil
	}
	period := today.String()
	holidays := &holidayCache{c: c}
	sent, after := 0, ""
	for {
		// The persons given an open step and not yet handled today, a page at a time.
		var rows []struct {
			EmployerID string `json:"employer_id"`
			AssigneeID string `json:"assignee_id"`
		}
		err := c.WorkflowAssignee.Query().Where(workflowassignee.KindEQ(workflowassignee.KindPERSON),
			workflowassignee.AssigneeIDGT(after), workflowassignee.HasStepWith(workflowstep.StateEQ(workflowstep.StateOPEN)),
			notToldOn(period)).
			Unique(true).Order(ent.Asc(workflowassignee.FieldAssigneeID)).Limit(j.batch()).
			Select(workflowassignee.FieldEmployerID, workflowassignee.FieldAssigneeID).Scan(sys, &rows)
		if err != nil {
			return sent, fmt.Errorf("workflow digest: recipients: %w", err)
		}
		for _, r := range rows {
			hs, err := holidays.of(sys, r.EmployerID)
			if err != nil {
				return sent, err
			}
			if !leave.IsWorkingDay(today, hs) {
				continue
			}
			ok, err := j.digest(sys, r.EmployerID, r.AssigneeID, period)
			if err != nil {
				return sent, err
			}
			if ok {
				sent++
			}
		}
		if len(rows) < j.batch() {
			return sent, nil
		}
		after = rows[len(rows)-1].AssigneeID
	}
}

// notToldOn keeps the assignees who got no digest for period yet.
func notToldOn(period string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		n := sql.Table(workflownotice.Table)
		told := sql.Dialect(s.Dialect()).Select(n.C(workflownotice.FieldRecipientID)).From(n).
			Where(sql.And(sql.EQ(n.C(workflownotice.FieldKind), workflownotice.KindTASKS_DIGEST), sql.EQ(n.C(workflownotice.FieldPeriod), period)))
		s.Where(sql.NotIn(s.C(workflowassignee.FieldAssigneeID), told))
	}
}

// digest claims the recipient personID and, unless another run did, queues their digest
// of period. It reports whether it queued one.
func (j *DigestJob) digest(ctx context.Context, employerID, personID, period string) (bool, error) {
	sent := false
	err := store.WithTx(ctx, j.Workflow.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		ps, err := c.Person.Query().Where(person.ID(personID), person.EmployerID(employerID)).Modify(store.SkipLocked).All(ctx)
		if err != nil {
			return fmt.Errorf("workflow digest: claim a recipient: %w", err)
		}
		if len(ps) == 0 {
			return nil // another run holds the recipient
		}
		p := ps[0]
		done, err := c.WorkflowNotice.Query().Where(workflownotice.KindEQ(workflownotice.KindTASKS_DIGEST),
			workflownotice.RecipientID(p.ID), workflownotice.Period(period)).Exist(ctx)
		if err != nil || done {
			return err
		}
		as, err := c.WorkflowAssignee.Query().Where(workflowassignee.EmployerID(employerID), workflowassignee.KindEQ(workflowassignee.KindPERSON),
			workflowassignee.AssigneeID(p.ID), workflowassignee.HasStepWith(workflowstep.StateEQ(workflowstep.StateOPEN))).
			WithStep(func(q *ent.WorkflowStepQuery) { q.WithRequest() }).Limit(digestTasks).All(ctx)
		if err != nil {
			return fmt.Errorf("workflow digest: tasks: %w", err)
		}
		if len(as) == 0 {
			return nil // decided meanwhile
		}
		note := c.WorkflowNotice.Create().SetProviderID(p.ProviderID).SetEmployerID(employerID).
			SetKind(workflownotice.KindTASKS_DIGEST).SetRecipientID(p.ID).SetPeriod(period).SetCreatedAt(j.Workflow.now())
		acc, err := c.Account.Query().Where(account.PersonID(p.ID), account.StateEQ(account.StateACTIVE)).Only(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return fmt.Errorf("workflow digest: account: %w", err)
		}
		to := ""
		if acc != nil && acc.RegisteredEmail != nil {
			to = *acc.RegisteredEmail
		}
		if to == "" && p.Email != nil {
			to = *p.Email
		}
		if _, aerr := mail.CheckAddress(to); acc == nil || aerr != nil {
			// Nobody to write to (a blocked account, no address): the day is done all
			// the same, with nothing sent (count 0); the escalation still reports the tasks.
			return note.SetCount(0).Exec(ctx)
		}
		m, err := j.mail(ctx, c, p, acc, to, as)
		if err != nil {
			return err
		}
		if err := note.SetCount(len(as)).Exec(ctx); err != nil {
			return fmt.Errorf("workflow digest: record: %w", err)
		}
		if err := mail.Enqueue(ctx, c, m); err != nil {
			return err
		}
		sent = true
		return nil
	})
	if err != nil && ent.IsConstraintError(err) {
		return false, nil // another run recorded this digest first
	}
	return sent, err
}

// mail writes the digest of the tasks as (their steps with requests) for p, in the
// language p chose (R46).
func (j *DigestJob) mail(ctx context.Context, c *ent.Client, p *ent.Person, acc *ent.Account, to string, as []*ent.WorkflowAssignee) (mail.Message, error) {
	l := mail.NL
	if acc.Language != nil && mail.Locale(*acc.Language).Valid() {
		l = mail.Locale(*acc.Language)
	}
	slices.SortFunc(as, func(a, b *ent.WorkflowAssignee) int {
		return a.Edges.Step.Edges.Request.CreatedAt.Compare(b.Edges.Step.Edges.Request.CreatedAt)
	})
	shown := as[:min(len(as), digestLines)]
	var ids []string
	for _, a := range shown {
		ids = append(ids, a.Edges.Step.Edges.Request.PersonID)
		if a.OnBehalfOf != nil {
			ids = append(ids, *a.OnBehalfOf)
		}
	}
	names, err := nameIndex(ctx, c, ids)
	if err != nil {
		return mail.Message{}, err
	}
	e, err := c.Employer.Get(ctx, p.EmployerID)
	if err != nil {
		return mail.Message{}, fmt.Errorf("workflow digest: employer: %w", err)
	}
	submitted := "ingediend "
	if l == mail.EN {
		submitted = "submitted "
	}
	lines := make([]string, 0, len(shown)+1)
	for _, a := range shown {
		r := a.Edges.Step.Edges.Request
		parts := []string{names[r.PersonID], kindText(Kind(r.Kind), l), submitted + dayText(date.Of(r.CreatedAt.In(clock.Amsterdam)))}
		if a.OnBehalfOf != nil {
			parts = append(parts, onBehalfOnly(names[*a.OnBehalfOf], l))
		}
		lines = append(lines, strings.Join(parts, " – "))
	}
	if more := len(as) - len(shown); more > 0 {
		if l == mail.EN {
			lines = append(lines, fmt.Sprintf("and %d more", more))
		} else {
			lines = append(lines, fmt.Sprintf("en nog %d", more))
		}
	}
	return mail.Message{Kind: mail.TeamTasksDigest, Locale: l, To: to, ProviderID: p.ProviderID, EmployerID: p.EmployerID,
		PersonID: p.ID, QueuedAt: j.Workflow.now(), Vars: map[string]string{
			"FirstName": p.FirstName, "EmployerName": e.Name, "Count": strconv.Itoa(len(as)), "Several": mail.Several(len(as), l),
			"Tasks": strings.Join(lines, "\n"), "MyTeamURL": j.MyTeamURL,
		}}, nil
}
