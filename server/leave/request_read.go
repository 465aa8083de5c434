package leave

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// typesOf loads the leave types of requests, as the system: the requests were read
// through their privacy rules first.
func typesOf(ctx context.Context, c *ent.Client, rs []*ent.LeaveRequest) (map[string]*ent.LeaveType, error) {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.LeaveTypeID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := map[string]*ent.LeaveType{}
	if len(ids) == 0 {
		return out, nil
	}
	ts, err := c.LeaveType.Query().Where(leavetype.IDIn(ids...)).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("leave: types of requests: %w", err)
	}
	for _, t := range ts {
		out[t.ID] = t
	}
	return out, nil
}

// MyRequests returns the employee's own requests, newest first (R30: status, hours,
// the handler's comment). Employees with Verlofaanvragen.
func (s *Service) MyRequests(ctx context.Context) ([]*Request, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	rs, err := s.Client.LeaveRequest.Query().Where(leaverequest.PersonID(v.PersonID)).
		Order(ent.Desc(leaverequest.FieldFirstDay), ent.Desc(leaverequest.FieldID)).Limit(200).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: my requests: %w", err)
	}
	ts, err := typesOf(ctx, s.Client, rs)
	if err != nil {
		return nil, err
	}
	out := make([]*Request, len(rs))
	for i, r := range rs {
		out[i] = requestOf(r, ts[r.LeaveTypeID])
	}
	return out, nil
}

// QueueFilter narrows the handler's queue.
type QueueFilter struct {
	EmployerID string
	// Open: only submitted requests; Decided: only the others; neither: all.
	Open, Decided bool
	LeaveTypeID   string
	From, To      *date.Date // requests with a day in From…To
	Limit         int
}

// QueueItem is a request in the handler's queue with what the handler needs to decide:
// the employee, the balance of the request's pool, and who else is away on its days.
type QueueItem struct {
	*Request
	PersonName   string
	Balance      Minutes
	AlsoAwayList []string
	// Away are the colleagues away on the request's days, with the days of their leave
	// that fall within the request (never the type: R32), at most maxAway.
	Away []ColleagueAway
	// AwayMore counts the periods of leave of colleagues beyond Away.
	AwayMore int
}

// ColleagueAway is a colleague with accepted leave on some of a request's days.
type ColleagueAway struct {
	Name     string
	FirstDay date.Date
	LastDay  date.Date
}

const (
	// maxAway bounds the colleagues listed per request.
	maxAway = 10
	// maxAwayRead bounds the accepted leave read for a page of the queue.
	maxAwayRead = 5000
)

// BalanceHours is Balance in hours.
func (q *QueueItem) BalanceHours() float64 { return q.Balance.Hours() }

// AlsoAway are the colleagues with accepted leave on one of the request's days.
func (q *QueueItem) AlsoAway() []string { return q.AlsoAwayList }

// Queue is the handler's Verlofaanvragen list of an employer (R30, R31): requests the
// caller may decide (the Decider), open ones by deadline first. A fixed number of
// statements whatever the page size.
func (s *Service) Queue(ctx context.Context, f QueueFilter) ([]*QueueItem, error) {
	v, err := viewer.Require(ctx, viewer.HandleRequests)
	if err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, f.EmployerID)
	if err != nil {
		return nil, err
	}
	limit := f.Limit
	if limit <= 0 || limit > 200 {
		limit = 200
	}
	q := s.Client.LeaveRequest.Query().Where(leaverequest.EmployerID(e.ID))
	switch {
	case f.Open && !f.Decided:
		q.Where(leaverequest.StatusEQ(leaverequest.StatusSUBMITTED))
	case f.Decided && !f.Open:
		q.Where(leaverequest.StatusNEQ(leaverequest.StatusSUBMITTED))
	}
	order := ent.Asc(leaverequest.FieldFirstDay)
	if f.Decided && !f.Open {
		// Decided requests: the latest leave first.
		order = ent.Desc(leaverequest.FieldFirstDay)
	}
	if f.LeaveTypeID != "" {
		q.Where(leaverequest.LeaveTypeID(f.LeaveTypeID))
	}
	if f.From != nil {
		q.Where(dateOnOrAfter(leaverequest.FieldLastDay, *f.From))
	}
	if f.To != nil {
		q.Where(dateOnOrBefore(leaverequest.FieldFirstDay, *f.To))
	}
	rs, err := q.Order(order, ent.Asc(leaverequest.FieldID)).Limit(limit).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: queue of %s: %w", e.ID, err)
	}
	rs = s.decidable(ctx, v, rs)
	// Open requests first, the nearest deadline first (R31).
	slices.SortStableFunc(rs, func(a, b *ent.LeaveRequest) int {
		ao, bo := a.Status == leaverequest.StatusSUBMITTED, b.Status == leaverequest.StatusSUBMITTED
		switch {
		case ao && !bo:
			return -1
		case bo && !ao:
			return 1
		case ao && a.Deadline != nil && b.Deadline != nil:
			return a.Deadline.Compare(*b.Deadline)
		}
		return 0
	})
	if len(rs) == 0 {
		return []*QueueItem{}, nil
	}
	// As the system, each read narrowed to the employer and the employments of requests
	// the caller may decide: a handler decides without VIEW_EMPLOYEES, and needs the name,
	// the balance and the colleagues away (R30) to do so.
	sys := viewer.System(ctx)
	ts, err := typesOf(ctx, s.Client, rs)
	if err != nil {
		return nil, err
	}
	all, err := loadTypes(sys, s.Client, e.ID)
	if err != nil {
		return nil, err
	}
	var persons, jobs []string
	lo, hi := rs[0].FirstDay, rs[0].LastDay
	for _, r := range rs {
		persons = append(persons, r.PersonID)
		jobs = append(jobs, r.EmploymentID)
		if r.FirstDay.Before(lo) {
			lo = r.FirstDay
		}
		if r.LastDay.After(hi) {
			hi = r.LastDay
		}
	}
	// Sums per employment and type in SQL: a year of ledger is some 25 rows per type.
	var sums []struct {
		EmploymentID string `json:"employment_id"`
		LeaveTypeID  string `json:"leave_type_id"`
		Sum          int64  `json:"sum"`
	}
	if err := s.Client.LeaveEntry.Query().Where(leaveentry.EmploymentIDIn(jobs...)).
		GroupBy(leaveentry.FieldEmploymentID, leaveentry.FieldLeaveTypeID).
		Aggregate(ent.Sum(leaveentry.FieldMinutes)).Scan(sys, &sums); err != nil {
		return nil, fmt.Errorf("leave: ledgers of the queue: %w", err)
	}
	balance := map[[2]string]Minutes{}
	for _, x := range sums {
		balance[[2]string{x.EmploymentID, x.LeaveTypeID}] = Minutes(x.Sum)
	}
	away, err := s.Client.LeaveRequest.Query().Where(leaverequest.EmployerID(e.ID), leaverequest.KindEQ(leaverequest.KindLEAVE),
		leaverequest.StatusEQ(leaverequest.StatusACCEPTED),
		dateOnOrBefore(leaverequest.FieldFirstDay, hi), dateOnOrAfter(leaverequest.FieldLastDay, lo)).
		Order(ent.Asc(leaverequest.FieldFirstDay), ent.Asc(leaverequest.FieldID)).Limit(maxAwayRead).
		Select(leaverequest.FieldPersonID, leaverequest.FieldFirstDay, leaverequest.FieldLastDay).All(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: leave of colleagues: %w", err)
	}
	out := make([]*QueueItem, len(rs))
	for i, r := range rs {
		lt := ts[r.LeaveTypeID]
		item := &QueueItem{Request: requestOf(r, lt), AlsoAwayList: []string{}, Away: []ColleagueAway{}}
		if lt != nil {
			for _, t := range pool(all, lt) {
				item.Balance += balance[[2]string{r.EmploymentID, t.ID}]
			}
		}
		// Person IDs for now; the names replace them below, read once for the page.
		seen := make(map[string]bool, maxAway)
		for _, a := range away {
			if a.PersonID == r.PersonID || a.FirstDay.After(r.LastDay) || a.LastDay.Before(r.FirstDay) {
				continue
			}
			// Once the list is full nobody is added, so nobody needs remembering.
			if len(item.AlsoAwayList) < maxAway && !seen[a.PersonID] {
				seen[a.PersonID] = true
				item.AlsoAwayList = append(item.AlsoAwayList, a.PersonID)
				persons = append(persons, a.PersonID)
			}
			if len(item.Away) == maxAway {
				item.AwayMore++
				continue
			}
			first, last := a.FirstDay, a.LastDay
			if first.Before(r.FirstDay) {
				first = r.FirstDay
			}
			if last.After(r.LastDay) {
				last = r.LastDay
			}
			item.Away = append(item.Away, ColleagueAway{Name: a.PersonID, FirstDay: first, LastDay: last})
			persons = append(persons, a.PersonID)
		}
		out[i] = item
	}
	// The names of the requesters and of the colleagues listed: only the name columns.
	slices.Sort(persons)
	ps, err := s.Client.Person.Query().Where(person.IDIn(slices.Compact(persons)...)).
		Select(person.FieldFirstName, person.FieldLastNamePrefix, person.FieldLastName).All(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: names of the queue: %w", err)
	}
	names := make(map[string]string, len(ps))
	for _, p := range ps {
		names[p.ID] = directory.FullName(p)
	}
	for i, r := range rs {
		item := out[i]
		item.PersonName = names[r.PersonID]
		for k, id := range item.AlsoAwayList {
			item.AlsoAwayList[k] = names[id]
		}
		for k := range item.Away {
			item.Away[k].Name = names[item.Away[k].Name]
		}
	}
	return out, nil
}

// Change is a leave change for integrators (R45): leave accepted (by a handler or by
// lapse of time) or cancelled, with when it changed.
type Change struct {
	Request   *Request
	ChangedAt time.Time
}

// ChangesSince lists the accepted, lapsed and cancelled leave of the caller's tenant
// changed after since, oldest change first, at most limit (1…500). It is the leave part
// of the integrators' change feed (R45): the feed (changesSince, built separately) takes
// its items from here. Needs VIEW_EMPLOYEES; requests are read through their privacy
// rules, so staff and API clients also need HANDLE_REQUESTS to read them.
func (s *Service) ChangesSince(ctx context.Context, since time.Time, limit int) ([]Change, error) {
	if _, err := viewer.Require(ctx, viewer.ViewEmployees); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 500 {
		return nil, apperr.BadRequestf("limit lies between 1 and 500")
	}
	rs, err := s.Client.LeaveRequest.Query().Where(
		leaverequest.KindEQ(leaverequest.KindLEAVE),
		leaverequest.StatusIn(leaverequest.StatusACCEPTED, leaverequest.StatusCANCELLED),
		leaverequest.UpdatedAtGT(since),
	).Order(ent.Asc(leaverequest.FieldUpdatedAt), ent.Asc(leaverequest.FieldID)).Limit(limit).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: changes: %w", err)
	}
	ts, err := typesOf(ctx, s.Client, rs)
	if err != nil {
		return nil, err
	}
	out := make([]Change, len(rs))
	for i, r := range rs {
		out[i] = Change{Request: requestOf(r, ts[r.LeaveTypeID]), ChangedAt: r.UpdatedAt}
	}
	return out, nil
}

// MyLeaveTypes returns the leave types the signed-in employee may request (R30), in
// the scheme's order. Employees with Verlofaanvragen.
func (s *Service) MyLeaveTypes(ctx context.Context) ([]*Type, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	// As the system: the types of the employee's own employer, the scope of the read.
	ts, err := loadTypes(viewer.System(ctx), s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	out := []*Type{}
	for _, t := range ts {
		if t.Requestable {
			out = append(out, typeOf(t))
		}
	}
	return out, nil
}
