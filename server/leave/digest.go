package leave

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
	"github.com/werkportaal/werkportaal/ent/leavenotice"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// DigestJob tells the handlers of new leave requests (R33), with one mail per handler
// per hour instead of one per request: a busy Monday morning must not flood a
// handler's inbox. After each full hour it sends every staff user who may decide (the
// Decider) a digest of the requests submitted since their previous digest (at most
// DigestLookback back) that are still open.
//
// Several instances may run it at once. Each handler is claimed in its own transaction
// by locking the user's row with FOR UPDATE SKIP LOCKED on Postgres (SQLite's write
// transaction serialises runs); under the lock a LeaveNotice keyed by handler and hour
// — unique in the database — says whether the digest went out, and is written in the
// transaction that queues the mail. Running twice, or on two instances, sends one.
type DigestJob struct {
	Leave *Service
	// Batch is how many handlers one run looks at, at most; zero means 500.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

const (
	// DigestLookback bounds how far back a digest looks, for a handler's first digest
	// and after an outage: older open requests are in the queue anyway.
	DigestLookback = 24 * time.Hour
	// digestSettle lets requests committed just after the hour reach their window
	// before it is read.
	digestSettle = time.Minute
	// digestLines is how many requests a digest lists; it counts them all.
	digestLines = 20
	// digestRequests bounds the requests read for one handler.
	digestRequests = 500
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
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			j.logger().Error("leave digest job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// digestWindow is the end of the last full hour that is settled at now.
func digestWindow(now time.Time) time.Time {
	return now.Add(-digestSettle).UTC().Truncate(time.Hour)
}

// RunOnce sends the digests of the last full hour that are due and returns how many it
// queued.
func (j *DigestJob) RunOnce(ctx context.Context) (int, error) {
	// As the system: scheduled work of no principal.
	sys := viewer.System(ctx)
	c := j.Leave.Client
	end := digestWindow(j.Leave.now())
	start := end.Add(-DigestLookback)
	// The tenants with new open requests: one statement, and nothing more when none.
	var tenants []struct {
		ProviderID string `json:"provider_id"`
		EmployerID string `json:"employer_id"`
	}
	err := c.LeaveRequest.Query().Where(leaverequest.StatusEQ(leaverequest.StatusSUBMITTED),
		leaverequest.CreatedAtGTE(start), leaverequest.CreatedAtLT(end)).
		Unique(true).Select(leaverequest.FieldProviderID, leaverequest.FieldEmployerID).Scan(sys, &tenants)
	if err != nil {
		return 0, fmt.Errorf("leave digest: new requests: %w", err)
	}
	if len(tenants) == 0 {
		return 0, nil
	}
	var providers, employers []string
	for _, t := range tenants {
		providers = append(providers, t.ProviderID)
		employers = append(employers, t.EmployerID)
	}
	slices.Sort(providers)
	providers = slices.Compact(providers)
	hs, err := c.User.Query().Where(user.ProviderIDIn(providers...), user.StateEQ(user.StateACTIVE), user.EmailNEQ(""),
		user.Or(user.EmployerIDIsNil(), user.EmployerIDIn(employers...))).
		Order(ent.Asc(user.FieldID)).Limit(j.batch()).All(sys)
	if err != nil {
		return 0, fmt.Errorf("leave digest: handlers: %w", err)
	}
	sent := 0
	for _, h := range hs {
		if !slices.Contains(h.Rights, string(viewer.HandleRequests)) {
			continue
		}
		ok, err := j.digest(sys, h.ID, start, end)
		if err != nil {
			return sent, err
		}
		if ok {
			sent++
		}
	}
	return sent, nil
}

// principalOf is the handler h as the Decider sees a signed-in staff user.
func principalOf(h *ent.User) *viewer.Principal {
	p := &viewer.Principal{Kind: viewer.KindStaff, ID: h.ID, DisplayName: h.DisplayName, Username: h.Username,
		Scope: viewer.ScopeProvider, ProviderID: h.ProviderID, Rights: viewer.KnownRights(h.Rights)}
	if h.EmployerID != nil {
		p.Scope, p.EmployerID = viewer.ScopeEmployer, *h.EmployerID
	}
	return p
}

// digest claims handler id and, unless another run did, queues the digest of the
// window ending at end. It reports whether it queued one.
func (j *DigestJob) digest(ctx context.Context, id string, start, end time.Time) (bool, error) {
	period := end.Format(time.RFC3339)
	sent := false
	err := store.WithTx(ctx, j.Leave.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		hs, err := c.User.Query().Where(user.ID(id), user.StateEQ(user.StateACTIVE)).Modify(skipLocked).All(ctx)
		if err != nil {
			return fmt.Errorf("leave digest: claim a handler: %w", err)
		}
		if len(hs) == 0 {
			return nil // another run holds the handler, or it was blocked meanwhile
		}
		h := hs[0]
		done, err := c.LeaveNotice.Query().Where(leavenotice.KindEQ(leavenotice.KindHANDLER_DIGEST),
			leavenotice.RecipientID(h.ID), leavenotice.PeriodGTE(period)).Exist(ctx)
		if err != nil || done {
			return err
		}
		// Requests submitted since the handler's previous digest were in it.
		since := start
		last, err := c.LeaveNotice.Query().Where(leavenotice.KindEQ(leavenotice.KindHANDLER_DIGEST),
			leavenotice.RecipientID(h.ID)).Order(ent.Desc(leavenotice.FieldPeriod)).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return fmt.Errorf("leave digest: previous digest: %w", err)
		}
		if last != nil {
			if t, err := time.Parse(time.RFC3339, last.Period); err == nil && t.After(since) {
				since = t
			}
		}
		q := c.LeaveRequest.Query().Where(leaverequest.StatusEQ(leaverequest.StatusSUBMITTED),
			leaverequest.ProviderID(h.ProviderID), leaverequest.CreatedAtGTE(since), leaverequest.CreatedAtLT(end))
		if h.EmployerID != nil {
			q.Where(leaverequest.EmployerID(*h.EmployerID))
		}
		rs, err := q.Order(ent.Asc(leaverequest.FieldCreatedAt), ent.Asc(leaverequest.FieldID)).Limit(digestRequests).All(ctx)
		if err != nil {
			return fmt.Errorf("leave digest: requests: %w", err)
		}
		p := principalOf(h)
		rs = slices.DeleteFunc(rs, func(r *ent.LeaveRequest) bool { return !j.Leave.decider().MayDecide(ctx, p, r) })
		if len(rs) == 0 {
			return nil
		}
		m, err := j.Leave.digestMail(ctx, c, h, rs)
		if err != nil {
			return err
		}
		var employerID *string
		if h.EmployerID != nil {
			employerID = h.EmployerID
		}
		if err := c.LeaveNotice.Create().SetProviderID(h.ProviderID).SetNillableEmployerID(employerID).
			SetKind(leavenotice.KindHANDLER_DIGEST).SetRecipientID(h.ID).SetPeriod(period).SetCount(len(rs)).
			SetCreatedAt(j.Leave.now()).Exec(ctx); err != nil {
			return fmt.Errorf("leave digest: record: %w", err)
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

// hoursText writes m as a number of hours in locale l.
func hoursText(m Minutes, l mail.Locale) string {
	s := strconv.FormatFloat(m.Hours(), 'f', -1, 64)
	if l == mail.EN {
		return s + " hours"
	}
	return s + " uur"
}

// digestMail writes the digest of rs (oldest first) for handler h.
func (s *Service) digestMail(ctx context.Context, c *ent.Client, h *ent.User, rs []*ent.LeaveRequest) (mail.Message, error) {
	l := mail.NL
	if h.Language != nil && mail.Locale(*h.Language).Valid() {
		l = mail.Locale(*h.Language)
	}
	shown := rs[:min(len(rs), digestLines)]
	var persons, employers []string
	for _, r := range shown {
		persons = append(persons, r.PersonID)
		employers = append(employers, r.EmployerID)
	}
	ps, err := c.Person.Query().Where(person.IDIn(persons...)).All(ctx)
	if err != nil {
		return mail.Message{}, fmt.Errorf("leave digest: persons: %w", err)
	}
	es, err := c.Employer.Query().Where(employer.IDIn(employers...)).All(ctx)
	if err != nil {
		return mail.Message{}, fmt.Errorf("leave digest: employers: %w", err)
	}
	ts, err := typesOf(ctx, c, shown)
	if err != nil {
		return mail.Message{}, err
	}
	names, employerNames := map[string]string{}, map[string]string{}
	for _, p := range ps {
		names[p.ID] = directory.FullName(p)
	}
	for _, e := range es {
		employerNames[e.ID] = e.Name
	}
	to := " t/m "
	if l == mail.EN {
		to = " to "
	}
	lines := make([]string, 0, len(shown)+1)
	for _, r := range shown {
		typeName := ""
		if t := ts[r.LeaveTypeID]; t != nil {
			typeName = t.Name
		}
		lines = append(lines, strings.Join([]string{employerNames[r.EmployerID], names[r.PersonID], typeName,
			dutchDate(r.FirstDay) + to + dutchDate(r.LastDay), hoursText(Minutes(r.Minutes), l)}, " – "))
	}
	if more := len(rs) - len(shown); more > 0 {
		if l == mail.EN {
			lines = append(lines, fmt.Sprintf("and %d more", more))
		} else {
			lines = append(lines, fmt.Sprintf("en nog %d", more))
		}
	}
	// The employer's queue when the digest is of one employer; else the employer list.
	employerID, queue := "", s.AdminURL
	if h.EmployerID != nil {
		employerID = *h.EmployerID
	}
	one := rs[0].EmployerID
	for _, r := range rs {
		if r.EmployerID != one {
			one = ""
			break
		}
	}
	if one != "" && s.AdminURL != "" {
		queue = s.AdminURL + "/werkgevers/" + one + "/verlofaanvragen"
	}
	return mail.Message{Kind: mail.LeaveRequestsDigest, Locale: l, To: h.Email, ProviderID: h.ProviderID, EmployerID: employerID,
		QueuedAt: s.now(), Vars: map[string]string{
			"Name": h.DisplayName, "Count": strconv.Itoa(len(rs)), "Several": mail.Several(len(rs), l), "Requests": strings.Join(lines, "\n"), "QueueURL": queue,
		}}, nil
}
