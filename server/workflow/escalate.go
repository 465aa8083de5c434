package workflow

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// EscalateAfterWorkingDays is how long a task may wait for a decision before it is
// reported to the holders of HANDLE_REQUESTS (R35) unless the employer set its own
// limit (SetEscalationLimit): five working days, counted without weekends and the
// public holidays the employer gives off (R29).
const EscalateAfterWorkingDays = 5

// ActionStepEscalated is the audit action of a task reported for waiting too long.
const ActionStepEscalated audit.Action = "WORKFLOW_STEP_ESCALATED"

// EscalationJob reports the open steps that have waited their employer's escalation
// limit (EscalateAfterWorkingDays by default) to the holders of HANDLE_REQUESTS of their employer, each step once (R35): the step is
// marked escalated, audited and mailed in one transaction — one mail per holder and
// employer listing the steps of the batch.
//
// Several instances may run it at once: the steps are claimed with FOR UPDATE SKIP
// LOCKED on Postgres (SQLite's write transaction runs alone) and only those not marked
// yet are read, so a step is reported once.
type EscalationJob struct {
	Workflow *Service
	// AdminURL is the address of the staff pages (…/beheer); the mail links to the
	// employer there.
	AdminURL string
	// Batch is how many steps one transaction claims; zero means 200.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

func (j *EscalationJob) batch() int {
	if j.Batch <= 0 {
		return 200
	}
	return j.Batch
}

func (j *EscalationJob) logger() *slog.Logger {
	if j.Logger == nil {
		return slog.Default()
	}
	return j.Logger
}

// Run calls RunOnce every interval until ctx ends.
func (j *EscalationJob) Run(ctx context.Context, every time.Duration) {
	runEvery(ctx, every, j.RunOnce, j.logger(), "workflow escalation job failed")
}

// RunOnce reports the steps that are due and returns how many it reported.
func (j *EscalationJob) RunOnce(ctx context.Context) (int, error) {
	sys := viewer.System(ctx)
	now := j.Workflow.now()
	today := date.Of(now.In(clock.Amsterdam))
	// The last opening day that can be due at any employer: counted with the shortest
	// limit any employer set and the fewest days off (neither Good Friday nor Liberation
	// Day); each step is then counted with its own employer's limit and days off.
	shortest, err := shortestLimit(sys, j.Workflow.Client)
	if err != nil {
		return 0, err
	}
	latest := leave.WorkingDaysBefore(today, shortest, leave.HolidaySettings{})
	cutoff := time.Date(latest.Year, latest.Month, latest.Day, 0, 0, 0, 0, clock.Amsterdam).AddDate(0, 0, 1)
	by := &employerRules{holidays: &holidayCache{c: j.Workflow.Client}, limits: &limitCache{c: j.Workflow.Client}}
	total := 0
	var after *ent.WorkflowStep
	for {
		n, last, err := j.runBatch(sys, today, now, cutoff, after, by)
		total += n
		if err != nil || last == nil {
			return total, err
		}
		after = last
	}
}

// employerRules are what a step is judged by: its employer's days off and escalation
// limit, each read once per run.
type employerRules struct {
	holidays *holidayCache
	limits   *limitCache
}

// runBatch claims a batch of open steps opened before cutoff (after the cursor) and
// reports those due. last is the batch's last step (the next cursor), nil when the
// batch was not full.
func (j *EscalationJob) runBatch(sys context.Context, today date.Date, now, cutoff time.Time, after *ent.WorkflowStep,
	by *employerRules) (n int, last *ent.WorkflowStep, err error) {
	err = store.WithTx(sys, j.Workflow.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		q := c.WorkflowStep.Query().Where(workflowstep.StateEQ(workflowstep.StateOPEN), workflowstep.EscalatedAtIsNil(),
			workflowstep.OpenedAtNotNil(), workflowstep.OpenedAtLT(cutoff))
		if after != nil {
			q.Where(workflowstep.Or(workflowstep.OpenedAtGT(*after.OpenedAt),
				workflowstep.And(workflowstep.OpenedAtEQ(*after.OpenedAt), workflowstep.IDGT(after.ID))))
		}
		steps, err := q.Order(ent.Asc(workflowstep.FieldOpenedAt), ent.Asc(workflowstep.FieldID)).Limit(j.batch()).
			Modify(store.SkipLocked).All(sys)
		if err != nil {
			return fmt.Errorf("workflow escalation: claim steps: %w", err)
		}
		if len(steps) == j.batch() {
			last = steps[len(steps)-1]
		}
		var due []*ent.WorkflowStep
		for _, st := range steps {
			hs, err := by.holidays.of(sys, st.EmployerID)
			if err != nil {
				return err
			}
			limit, err := by.limits.of(sys, st.EmployerID)
			if err != nil {
				return err
			}
			if leave.WorkingDaysBetween(date.Of(st.OpenedAt.In(clock.Amsterdam)), today, hs) >= limit {
				due = append(due, st)
			}
		}
		if len(due) == 0 {
			return nil
		}
		ids := make([]string, len(due))
		for i, st := range due {
			ids[i] = st.ID
		}
		if err := c.WorkflowStep.Update().Where(workflowstep.IDIn(ids...)).SetEscalatedAt(now).Exec(sys); err != nil {
			return fmt.Errorf("workflow escalation: mark steps: %w", err)
		}
		due, err = c.WorkflowStep.Query().Where(workflowstep.IDIn(ids...)).WithRequest().WithAssignees().
			Order(ent.Asc(workflowstep.FieldOpenedAt), ent.Asc(workflowstep.FieldID)).All(sys)
		if err != nil {
			return fmt.Errorf("workflow escalation: steps: %w", err)
		}
		events := make([]audit.Event, len(due))
		for i, st := range due {
			limit, err := by.limits.of(sys, st.EmployerID)
			if err != nil {
				return err
			}
			e := requestEvent(st.Edges.Request, ActionStepEscalated, map[string]string{
				"step": strconv.Itoa(st.Position + 1), "workingDays": strconv.Itoa(limit)})
			e.At = now
			events[i] = e
		}
		if err := audit.RecordMany(sys, c, events); err != nil {
			return err
		}
		if err := j.mails(sys, c, due, by.limits); err != nil {
			return err
		}
		n = len(due)
		return nil
	})
	return n, last, err
}

// mails queues, per employer of the steps, one mail to each holder of HANDLE_REQUESTS
// with an address, in their language.
func (j *EscalationJob) mails(sys context.Context, c *ent.Client, steps []*ent.WorkflowStep, limits *limitCache) error {
	byEmployer := map[string][]*ent.WorkflowStep{}
	var employers, persons, users []string
	for _, st := range steps {
		if _, ok := byEmployer[st.EmployerID]; !ok {
			employers = append(employers, st.EmployerID)
		}
		byEmployer[st.EmployerID] = append(byEmployer[st.EmployerID], st)
		persons = append(persons, st.PersonID)
		for _, a := range st.Edges.Assignees {
			switch a.Kind {
			case workflowassignee.KindPERSON:
				persons = append(persons, a.AssigneeID)
				if a.OnBehalfOf != nil {
					persons = append(persons, *a.OnBehalfOf)
				}
			case workflowassignee.KindUSER:
				users = append(users, a.AssigneeID)
			}
		}
	}
	names, err := nameIndex(sys, c, persons)
	if err != nil {
		return err
	}
	if len(users) > 0 {
		us, err := c.User.Query().Where(user.IDIn(users...)).All(sys)
		if err != nil {
			return fmt.Errorf("workflow escalation: named users: %w", err)
		}
		for _, u := range us {
			names[u.ID] = u.DisplayName
		}
	}
	es, err := c.Employer.Query().Where(employer.IDIn(employers...)).Order(employer.ByID()).All(sys)
	if err != nil {
		return fmt.Errorf("workflow escalation: employers: %w", err)
	}
	var msgs []mail.Message
	for _, e := range es {
		limit, err := limits.of(sys, e.ID)
		if err != nil {
			return err
		}
		holders, err := rightHolders(sys, c, subjectOf{ProviderID: e.ProviderID, EmployerID: e.ID})
		if err != nil {
			return err
		}
		for _, h := range holders {
			if _, err := mail.CheckAddress(h.Email); err != nil {
				continue
			}
			l := userLocale(h)
			admin := ""
			if j.AdminURL != "" {
				admin = j.AdminURL + "/werkgevers/" + e.ID
			}
			msgs = append(msgs, mail.Message{Kind: mail.TaskEscalated, Locale: l, To: h.Email, ProviderID: e.ProviderID,
				EmployerID: e.ID, QueuedAt: j.Workflow.now(), Vars: map[string]string{
					"Name": h.DisplayName, "EmployerName": e.Name, "Count": strconv.Itoa(len(byEmployer[e.ID])), "Several": mail.Several(len(byEmployer[e.ID]), l),
					"WorkingDays": strconv.Itoa(limit), "SeveralDays": mail.Several(limit, l), "Tasks": escalatedLines(byEmployer[e.ID], names, l),
					"AdminURL": admin,
				}})
		}
	}
	return mail.EnqueueMany(sys, c, msgs)
}

// escalatedLines are the steps as the mail lists them: employee, kind, open since, with
// whom (at most digestLines, then how many more).
func escalatedLines(steps []*ent.WorkflowStep, names map[string]string, l mail.Locale) string {
	since, with := "open sinds ", "bij "
	if l == mail.EN {
		since, with = "open since ", "with "
	}
	shown := steps[:min(len(steps), digestLines)]
	lines := make([]string, 0, len(shown)+1)
	for _, st := range shown {
		lines = append(lines, strings.Join([]string{names[st.PersonID], kindText(Kind(st.Edges.Request.Kind), l),
			since + dayText(date.Of(st.OpenedAt.In(clock.Amsterdam))), with + holderText(st, names, l)}, " – "))
	}
	if more := len(steps) - len(shown); more > 0 {
		if l == mail.EN {
			lines = append(lines, fmt.Sprintf("and %d more", more))
		} else {
			lines = append(lines, fmt.Sprintf("en nog %d", more))
		}
	}
	return strings.Join(lines, "\n")
}

// holderText says whom the step waits for: the managers or named users by name, else
// the right; nobody when it is stuck.
func holderText(st *ent.WorkflowStep, names map[string]string, l mail.Locale) string {
	if st.Stuck {
		if l == mail.EN {
			return "nobody (stuck)"
		}
		return "niemand (vastgelopen)"
	}
	var who []string
	for _, a := range st.Edges.Assignees {
		n := names[a.AssigneeID]
		if a.OnBehalfOf != nil {
			n += " (" + onBehalfOnly(names[*a.OnBehalfOf], l) + ")"
		}
		who = append(who, n)
	}
	if len(who) == 0 {
		if l == mail.EN {
			return "everyone holding Handle requests"
		}
		return "iedereen met Behandelen aanvragen"
	}
	slices.Sort(who)
	return strings.Join(who, ", ")
}
