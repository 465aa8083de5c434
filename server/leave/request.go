package leave

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Leave requests (R30, R31): the employee asks, a handler decides, accepted hours are
// booked in the ledger as planned and become taken once the day has passed.

// RequestKind is a leave request or a request to cancel accepted leave.
type RequestKind string

// The kinds of request.
const (
	KindLeaveRequest RequestKind = "LEAVE"
	KindCancellation RequestKind = "CANCELLATION"
)

// RequestStatus is where a request stands (R30).
type RequestStatus string

// The states of R30: submitted → accepted | rejected (with a reason) | withdrawn (by the
// employee, while submitted). Accepted leave whose cancellation was accepted is
// cancelled.
const (
	StatusSubmitted RequestStatus = "SUBMITTED"
	StatusAccepted  RequestStatus = "ACCEPTED"
	StatusRejected  RequestStatus = "REJECTED"
	StatusWithdrawn RequestStatus = "WITHDRAWN"
	StatusCancelled RequestStatus = "CANCELLED"
)

// RequestStatuses lists the states.
var RequestStatuses = []RequestStatus{StatusSubmitted, StatusAccepted, StatusRejected, StatusWithdrawn, StatusCancelled}

// LapseAfter is the two weeks of R31 (art. 7:638 lid 2 BW): a vacation request not
// refused within them stands as requested.
const LapseAfter = 14 * 24 * time.Hour

// FeatureLeaveRequests is the portal feature of Verlofaanvragen (R22), which employees
// need to request leave.
const FeatureLeaveRequests = "LEAVE_REQUESTS"

// The audit actions of requests (R30, R31: who, for whom, when).
const (
	ActionRequestSubmitted audit.Action = "LEAVE_REQUEST_SUBMITTED"
	ActionRequestWithdrawn audit.Action = "LEAVE_REQUEST_WITHDRAWN"
	ActionRequestAccepted  audit.Action = "LEAVE_REQUEST_ACCEPTED"
	ActionRequestRejected  audit.Action = "LEAVE_REQUEST_REJECTED"
	ActionRequestLapsed    audit.Action = "LEAVE_REQUEST_ACCEPTED_BY_LAPSE"
	ActionRequestCancelled audit.Action = "LEAVE_REQUEST_CANCELLED"
	ActionLeaveTaken       audit.Action = "LEAVE_TAKEN"
)

// The userError codes of requests.
const (
	CodeInvalidRequest      apperr.UserCode = "INVALID_LEAVE_REQUEST"
	CodeZeroHours           apperr.UserCode = "LEAVE_REQUEST_ZERO_HOURS"
	CodeOverlap             apperr.UserCode = "LEAVE_REQUEST_OVERLAP"
	CodeOutsideEmployment   apperr.UserCode = "LEAVE_OUTSIDE_EMPLOYMENT"
	CodeNotRequestable      apperr.UserCode = "LEAVE_TYPE_NOT_REQUESTABLE"
	CodeBalanceTooLow       apperr.UserCode = "LEAVE_BALANCE_TOO_LOW"
	CodeRequestNotOpen      apperr.UserCode = "LEAVE_REQUEST_NOT_OPEN"
	CodeReasonRequired      apperr.UserCode = "LEAVE_REJECTION_NEEDS_REASON"
	CodeCancellationRefused apperr.UserCode = "LEAVE_CANCELLATION_NOT_POSSIBLE"
	CodeRequestNotFound     apperr.UserCode = "LEAVE_REQUEST_NOT_FOUND"
	maxRequestDays                          = 366
	maxDecisions                            = 100
	maxCommentRunes                         = 500
)

// Decider is the one place that says who decides a request (R30; R34 will route them):
// today any staff user holding HANDLE_REQUESTS at the employer or its provider. The
// workflow issue swaps in a router (managers, named users) without touching the rest.
type Decider interface {
	// MayDecide reports whether v may decide r. Nobody decides their own request.
	MayDecide(ctx context.Context, v *viewer.Principal, r *ent.LeaveRequest) bool
}

// RightDecider sends every request to the holders of HANDLE_REQUESTS (R34 without the
// Workflow editor).
type RightDecider struct{}

// MayDecide implements Decider.
func (RightDecider) MayDecide(_ context.Context, v *viewer.Principal, r *ent.LeaveRequest) bool {
	if v == nil || v.Kind != viewer.KindStaff || !v.Has(viewer.HandleRequests) {
		return false
	}
	switch v.Scope {
	case viewer.ScopeProvider:
		return r.ProviderID == v.ProviderID
	case viewer.ScopeEmployer:
		return r.EmployerID == v.EmployerID
	}
	return false
}

// Router is a Decider that keeps every request on its route (R34, server/workflow's
// LeaveRouter): the request starts on it when submitted, a decision is one step of it,
// and a request that ends otherwise (withdrawn, accepted by lapse) leaves it. Each call
// runs in the transaction c of the leave change.
type Router interface {
	Decider
	// Start puts a submitted request on its route; true means the route approves it at
	// once (automatic approval of leave up to some hours).
	Start(ctx context.Context, c *ent.Client, r *ent.LeaveRequest) (autoApproved bool, err error)
	// Step records v's decision on the request's open step and reports whether the
	// request is decided as a whole (rejected, or approved on its last step). A refusal
	// (SELF_APPROVAL, not assigned) is an *apperr.UserError.
	// onBehalfOf names the manager a substitute decided for ("X namens Y", R35).
	Step(ctx context.Context, c *ent.Client, v *viewer.Principal, r *ent.LeaveRequest, accept bool, comment string) (final bool, onBehalfOf *string, err error)
	// Close ends the route of a request that left SUBMITTED; a no-op when it ended already.
	Close(ctx context.Context, c *ent.Client, r *ent.LeaveRequest) error
}

// router returns the Decider as a Router, if it is one.
func (s *Service) router() (Router, bool) {
	rt, ok := s.Decider.(Router)
	return rt, ok
}

// startRoute puts the new request r on its route; an automatic approval decides it at
// once, as the system.
func (s *Service) startRoute(ctx context.Context, c *ent.Client, r *ent.LeaveRequest, lt *ent.LeaveType) (*Request, error) {
	rt, ok := s.router()
	if !ok {
		return requestOf(r, lt), nil
	}
	auto, err := rt.Start(ctx, c, r)
	if err != nil || !auto {
		return requestOf(r, lt), err
	}
	// As the system: the route approved it, not the employee who submitted it.
	return s.decide(viewer.System(ctx), c, r, true, "", "system", "Werkportaal", false)
}

// ManyDecider is a Decider that answers for a page of requests at once, so that a queue
// costs a fixed number of statements whatever its length (workflow.LeaveRouter is one).
type ManyDecider interface {
	MayDecideMany(ctx context.Context, v *viewer.Principal, rs []*ent.LeaveRequest) []bool
}

// SQLDecider is a Decider that says in SQL which requests v may decide, so that a queue's
// page holds only those and is full (workflow.LeaveRouter is one).
type SQLDecider interface {
	Decidable(v *viewer.Principal) func(*entsql.Selector)
}

// decidable keeps the requests of rs that v may decide, in order.
func (s *Service) decidable(ctx context.Context, v *viewer.Principal, rs []*ent.LeaveRequest) []*ent.LeaveRequest {
	var ok []bool
	if m, isMany := s.decider().(ManyDecider); isMany {
		ok = m.MayDecideMany(ctx, v, rs)
	} else {
		ok = make([]bool, len(rs))
		for i, r := range rs {
			ok[i] = s.decider().MayDecide(ctx, v, r)
		}
	}
	out := rs[:0]
	for i, r := range rs {
		if ok[i] {
			out = append(out, r)
		}
	}
	return out
}

func (s *Service) decider() Decider {
	if s.Decider == nil {
		return RightDecider{}
	}
	return s.Decider
}

// Day is one day of a request: the hours the work pattern gives it (minus public
// holidays) and the hours asked, which the employee may adjust (R29).
type Day struct {
	Date     date.Date
	Computed Minutes
	Minutes  Minutes
}

// Hours is Minutes in hours.
func (d Day) Hours() float64 { return d.Minutes.Hours() }

// ComputedHours is Computed in hours.
func (d Day) ComputedHours() float64 { return d.Computed.Hours() }

// DayInput adjusts the hours of one day of a request.
type DayInput struct {
	Date  date.Date
	Hours float64
}

// RequestInput is what the employee asks.
type RequestInput struct {
	EmploymentID string
	LeaveTypeID  string
	FirstDay     date.Date
	LastDay      date.Date
	Adjust       []DayInput
	Comment      string
}

// Preview is a request as it would be: its days and hours, and the balance before and
// after (R30: shown before sending). Error is the refusal it would get, if any.
type Preview struct {
	Type          *Type
	Days          []Day
	Minutes       Minutes
	BalanceBefore Minutes
	BalanceAfter  Minutes
	Error         *apperr.UserError
}

// Request is a stored request as the API shows it.
type Request struct {
	ID              string
	Kind            RequestKind
	Status          RequestStatus
	EmploymentID    string
	PersonID        string
	EmployerID      string
	Type            *Type
	FirstDay        date.Date
	LastDay         date.Date
	Days            []Day
	Minutes         Minutes
	Comment         string
	SubmittedAt     time.Time
	Deadline        *time.Time
	DecisionComment string
	DecidedByName   *string
	// DecidedOnBehalfOfName: a substitute decided for this manager (R35).
	DecidedOnBehalfOfName *string
	DecidedAt             *time.Time
	ByLapse               bool
	CancelsID             *string
}

// Hours is Minutes in hours.
func (r *Request) Hours() float64 { return r.Minutes.Hours() }

func requestOf(r *ent.LeaveRequest, t *ent.LeaveType) *Request {
	out := &Request{
		ID: r.ID, Kind: RequestKind(r.Kind), Status: RequestStatus(r.Status), EmploymentID: r.EmploymentID,
		PersonID: r.PersonID, EmployerID: r.EmployerID, FirstDay: r.FirstDay, LastDay: r.LastDay,
		Minutes: Minutes(r.Minutes), Comment: r.Comment, SubmittedAt: r.CreatedAt, Deadline: r.Deadline,
		DecisionComment: r.DecisionComment, DecidedByName: r.DecidedByName, DecidedAt: r.DecidedAt,
		DecidedOnBehalfOfName: r.DecidedOnBehalfOfName,
		ByLapse:               r.ByLapse, CancelsID: r.CancelsID,
	}
	if t != nil {
		out.Type = typeOf(t)
	}
	for i, m := range r.DayMinutes {
		out.Days = append(out.Days, Day{Date: r.FirstDay.AddDays(i), Minutes: Minutes(m), Computed: Minutes(m)})
	}
	return out
}

// requestable is the employee's part of every request call: signed in as an employee,
// with Verlofaanvragen (R22).
func (s *Service) requester(ctx context.Context) (*viewer.Principal, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	if s.Gate == nil {
		return nil, apperr.Forbiddenf("leave requests are not available")
	}
	if err := s.Gate(ctx, FeatureLeaveRequests); err != nil {
		return nil, err
	}
	return v, nil
}

// prepared is a checked request before it is stored.
type prepared struct {
	job     *ent.Employment
	lt      *ent.LeaveType
	preview Preview
}

// prepare checks a request as R30 asks and computes its days and the balance. A
// refusal is returned in prepared.preview.Error (err is for failures).
func (s *Service) prepare(ctx context.Context, c *ent.Client, v *viewer.Principal, in RequestInput, lock bool) (*prepared, error) {
	q := c.Employment.Query().Where(employment.ID(in.EmploymentID), employment.PersonID(v.PersonID))
	if lock {
		q.Modify(store.ForUpdate)
	}
	j, err := q.Only(ctx)
	if notFound(err) {
		return nil, apperr.User(CodeEmploymentNotFound, "no employment of yours with this ID", "employmentId")
	}
	if err != nil {
		return nil, fmt.Errorf("leave: employment %s: %w", in.EmploymentID, err)
	}
	p := &prepared{job: j}
	refuse := func(code apperr.UserCode, msg string, field ...string) (*prepared, error) {
		p.preview.Error = apperr.User(code, msg, field...)
		return p, nil
	}
	if in.FirstDay.IsZero() || in.LastDay.IsZero() || in.LastDay.Before(in.FirstDay) {
		return refuse(CodeInvalidRequest, "the last day is on or after the first day", "lastDay")
	}
	if daysBetween(in.FirstDay, in.LastDay) >= maxRequestDays {
		return refuse(CodeInvalidRequest, "a request covers at most 366 days", "lastDay")
	}
	if len([]rune(in.Comment)) > maxCommentRunes {
		return refuse(CodeInvalidRequest, "the comment is at most 500 characters", "comment")
	}
	// As the system: the employer's leave types and pattern, narrowed to the employment
	// the employee's own, privacy-checked read returned; the type and pattern rules are
	// for staff.
	sys := viewer.System(ctx)
	lt, err := c.LeaveType.Query().Where(leavetype.ID(in.LeaveTypeID), leavetype.EmployerID(j.EmployerID)).Only(sys)
	if ent.IsNotFound(err) {
		return refuse(CodeLeaveTypeNotFound, "your employer has no leave type with this ID", "leaveTypeId")
	}
	if err != nil {
		return nil, fmt.Errorf("leave: leave type %s: %w", in.LeaveTypeID, err)
	}
	p.lt = lt
	p.preview.Type = typeOf(lt)
	if !lt.Requestable {
		return refuse(CodeNotRequestable, "leave of this type is not requested in the portal", "leaveTypeId")
	}
	if in.FirstDay.Before(j.StartDate) || (j.EndDate != nil && in.LastDay.After(*j.EndDate)) {
		return refuse(CodeOutsideEmployment, "the leave falls outside your employment", "lastDay")
	}
	wp, err := c.WorkPattern.Query().Where(workpattern.EmploymentID(j.ID)).Only(sys)
	if ent.IsNotFound(err) {
		return refuse(CodeNoWorkPattern, "your employer has not set your work pattern yet", "employmentId")
	}
	if err != nil {
		return nil, fmt.Errorf("leave: work pattern of %s: %w", j.ID, err)
	}
	hs, err := holidaySettings(sys, c, j.EmployerID)
	if err != nil {
		return nil, err
	}
	days, ue := requestDays(patternOf(wp).Pattern, hs, in)
	if ue != nil {
		p.preview.Error = ue
		return p, nil
	}
	p.preview.Days = days
	for _, d := range days {
		p.preview.Minutes += d.Minutes
	}
	if p.preview.Minutes == 0 {
		return refuse(CodeZeroHours, "the leave has no hours: no working days in the period", "lastDay")
	}
	// Overlap with the employee's own open or accepted leave (R30).
	overlap, err := c.LeaveRequest.Query().Where(
		leaverequest.EmploymentID(j.ID), leaverequest.KindEQ(leaverequest.KindLEAVE),
		leaverequest.StatusIn(leaverequest.StatusSUBMITTED, leaverequest.StatusACCEPTED),
		dateOnOrBefore(leaverequest.FieldFirstDay, in.LastDay), dateOnOrAfter(leaverequest.FieldLastDay, in.FirstDay),
	).Exist(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: overlap: %w", err)
	}
	if overlap {
		return refuse(CodeOverlap, "you have leave requested or accepted on some of these days", "firstDay")
	}
	before, pending, err := s.poolBalance(sys, c, j, lt)
	if err != nil {
		return nil, err
	}
	p.preview.BalanceBefore = before
	p.preview.BalanceAfter = before - pending - p.preview.Minutes
	if !lt.AllowNegative && p.preview.BalanceAfter < 0 {
		return refuse(CodeBalanceTooLow, "your balance is not enough for this leave", "leaveTypeId")
	}
	return p, nil
}

// requestDays computes the days of a request from the pattern minus the public
// holidays (R29) and applies the employee's adjustments.
func requestDays(p Pattern, hs HolidaySettings, in RequestInput) ([]Day, *apperr.UserError) {
	set := newHolidaySet(hs)
	var days []Day
	for d := in.FirstDay; !d.After(in.LastDay); d = d.AddDays(1) {
		m := p.On(d)
		if set.is(d) {
			m = 0
		}
		days = append(days, Day{Date: d, Computed: m, Minutes: m})
	}
	for i, a := range in.Adjust {
		k := daysBetween(in.FirstDay, a.Date)
		if a.Date.Before(in.FirstDay) || a.Date.After(in.LastDay) {
			return nil, apperr.User(CodeInvalidRequest, "an adjusted day lies within the period", "days", strconv.Itoa(i), "date")
		}
		if math.IsNaN(a.Hours) || a.Hours < 0 || a.Hours > 24 {
			return nil, apperr.User(CodeInvalidRequest, "the hours of a day lie between 0 and 24", "days", strconv.Itoa(i), "hours")
		}
		days[k].Minutes = FromHours(a.Hours)
	}
	return days, nil
}

// EmployerHolidays returns the employer's choices among the public holidays (R29), read
// as ctx allows; the defaults without a leave scheme. Working days elsewhere (the
// escalation of open tasks, R35) count with them.
func EmployerHolidays(ctx context.Context, c *ent.Client, employerID string) (HolidaySettings, error) {
	return holidaySettings(ctx, c, employerID)
}

// holidaySettings returns the employer's holiday choices; the defaults without a scheme.
func holidaySettings(sys context.Context, c *ent.Client, employerID string) (HolidaySettings, error) {
	sc, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(employerID)).Only(sys)
	if ent.IsNotFound(err) {
		return HolidaySettings{LiberationDay: LiberationLustrum}, nil
	}
	if err != nil {
		return HolidaySettings{}, fmt.Errorf("leave: scheme of %s: %w", employerID, err)
	}
	return holidaysOf(sc), nil
}

// pool returns the types a request of lt is booked on: every vacation type of the
// employer for a vacation type (R30: the type that expires first), else lt alone.
func pool(types []*ent.LeaveType, lt *ent.LeaveType) []*ent.LeaveType {
	if !lt.Vacation {
		return []*ent.LeaveType{lt}
	}
	var out []*ent.LeaveType
	for _, t := range types {
		if t.Vacation {
			out = append(out, t)
		}
	}
	return out
}

// poolBalance returns the ledger balance of the request's pool and the hours of the
// employment's other open requests on it.
func (s *Service) poolBalance(sys context.Context, c *ent.Client, j *ent.Employment, lt *ent.LeaveType) (Minutes, Minutes, error) {
	types, err := loadTypes(sys, c, j.EmployerID)
	if err != nil {
		return 0, 0, err
	}
	var ids []string
	for _, t := range pool(types, lt) {
		ids = append(ids, t.ID)
	}
	es, err := c.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID), leaveentry.LeaveTypeIDIn(ids...)).All(sys)
	if err != nil {
		return 0, 0, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
	}
	var bal Minutes
	for _, e := range es {
		bal += Minutes(e.Minutes)
	}
	open, err := c.LeaveRequest.Query().Where(leaverequest.EmploymentID(j.ID), leaverequest.KindEQ(leaverequest.KindLEAVE),
		leaverequest.StatusEQ(leaverequest.StatusSUBMITTED), leaverequest.LeaveTypeIDIn(ids...)).All(sys)
	if err != nil {
		return 0, 0, fmt.Errorf("leave: open requests of %s: %w", j.ID, err)
	}
	var pending Minutes
	for _, r := range open {
		pending += Minutes(r.Minutes)
	}
	return bal, pending, nil
}

// PreviewRequest computes a request without storing it: its days, hours and the
// balance before and after, and the refusal it would get (R30). Employees with
// Verlofaanvragen.
func (s *Service) PreviewRequest(ctx context.Context, in RequestInput) (*Preview, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.prepare(ctx, s.Client, v, in, false)
	if err != nil {
		return nil, err
	}
	return &p.preview, nil
}

// SubmitRequest stores the employee's request (R30) after the checks of PreviewRequest.
// A vacation request gets its R31 deadline: two weeks after now.
func (s *Service) SubmitRequest(ctx context.Context, in RequestInput) (*Request, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	var out *Request
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// The employment row is locked so that two requests of one employee are checked
		// for overlap and balance one after the other.
		p, err := s.prepare(ctx, c, v, in, true)
		if err != nil {
			return err
		}
		if p.preview.Error != nil {
			return p.preview.Error
		}
		mins := make([]int64, len(p.preview.Days))
		for i, d := range p.preview.Days {
			mins[i] = int64(d.Minutes)
		}
		now := s.now()
		cr := c.LeaveRequest.Create().
			SetProviderID(p.job.ProviderID).SetEmployerID(p.job.EmployerID).SetPersonID(p.job.PersonID).
			SetEmploymentID(p.job.ID).SetLeaveTypeID(p.lt.ID).SetKind(leaverequest.KindLEAVE).
			SetFirstDay(in.FirstDay).SetLastDay(in.LastDay).SetDayMinutes(mins).SetMinutes(int64(p.preview.Minutes)).
			SetComment(strings.TrimSpace(in.Comment)).SetSubmittedBy(v.ID).SetCreatedAt(now).SetUpdatedAt(now)
		if p.lt.Vacation {
			cr.SetDeadline(now.Add(LapseAfter))
		}
		r, err := cr.Save(ctx)
		if err != nil {
			return fmt.Errorf("leave: save request: %w", err)
		}
		if err := audit.Record(ctx, c, requestEvent(now, ActionRequestSubmitted, r, p.lt, nil)); err != nil {
			return err
		}
		out, err = s.startRoute(ctx, c, r, p.lt)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// dateOnOrBefore is "field <= d" on a DATE column of leave requests, in both dialects.
func dateOnOrBefore(field string, d date.Date) predicate.LeaveRequest {
	return predicate.LeaveRequest(func(s *entsql.Selector) { s.Where(entsql.LTE(s.C(field), d)) })
}

// dateOnOrAfter is "field >= d" on a DATE column of leave requests, in both dialects.
func dateOnOrAfter(field string, d date.Date) predicate.LeaveRequest {
	return predicate.LeaveRequest(func(s *entsql.Selector) { s.Where(entsql.GTE(s.C(field), d)) })
}

func requestEvent(at time.Time, a audit.Action, r *ent.LeaveRequest, lt *ent.LeaveType, extra map[string]string) audit.Event {
	d := map[string]string{
		"kind": string(r.Kind), "firstDay": r.FirstDay.String(), "lastDay": r.LastDay.String(),
		"hours": strconv.FormatFloat(Minutes(r.Minutes).Hours(), 'f', -1, 64),
	}
	if lt != nil {
		d["leaveType"] = lt.Name
	}
	for k, v := range extra {
		d[k] = v
	}
	return audit.Event{At: at, Action: a, ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID,
		TargetType: "LeaveRequest", TargetID: r.ID, Details: d}
}

// loadOwnRequest loads the employee's own request for a change, locked.
func loadOwnRequest(ctx context.Context, c *ent.Client, id string) (*ent.LeaveRequest, error) {
	r, err := c.LeaveRequest.Query().Where(leaverequest.ID(id)).Modify(store.ForUpdate).Only(ctx)
	if notFound(err) {
		return nil, apperr.User(CodeRequestNotFound, "no request of yours with this ID", "id")
	}
	if err != nil {
		return nil, fmt.Errorf("leave: request %s: %w", id, err)
	}
	return r, nil
}

// WithdrawRequest withdraws the employee's own request while it is submitted (R30).
func (s *Service) WithdrawRequest(ctx context.Context, id string) (*Request, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	var out *Request
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		r, err := loadOwnRequest(ctx, c, id)
		if err != nil {
			return err
		}
		if r.Status != leaverequest.StatusSUBMITTED {
			return apperr.User(CodeRequestNotOpen, "only a submitted request can be withdrawn", "id")
		}
		now := s.now()
		r, err = c.LeaveRequest.UpdateOne(r).SetStatus(leaverequest.StatusWITHDRAWN).
			SetDecidedBy(v.ID).SetDecidedByName(v.DisplayName).SetDecidedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("leave: withdraw %s: %w", id, err)
		}
		lt, err := c.LeaveType.Get(viewer.System(ctx), r.LeaveTypeID) // as the system: the type of the employee's own request
		if err != nil {
			return fmt.Errorf("leave: type of %s: %w", id, err)
		}
		out = requestOf(r, lt)
		if rt, ok := s.router(); ok {
			if err := rt.Close(ctx, c, r); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, requestEvent(now, ActionRequestWithdrawn, r, lt, nil))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// RequestCancellation asks to cancel the employee's own accepted leave that lies in
// the future (R30); the cancellation is decided like a request.
func (s *Service) RequestCancellation(ctx context.Context, id, comment string) (*Request, error) {
	v, err := s.requester(ctx)
	if err != nil {
		return nil, err
	}
	if len([]rune(comment)) > maxCommentRunes {
		return nil, apperr.User(CodeInvalidRequest, "the comment is at most 500 characters", "comment")
	}
	var out *Request
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		r, err := loadOwnRequest(ctx, c, id)
		if err != nil {
			return err
		}
		if r.Kind != leaverequest.KindLEAVE || r.Status != leaverequest.StatusACCEPTED || !r.FirstDay.After(s.today()) {
			return apperr.User(CodeCancellationRefused, "only accepted leave that has not begun can be cancelled", "id")
		}
		open, err := c.LeaveRequest.Query().Where(leaverequest.CancelsID(r.ID), leaverequest.StatusEQ(leaverequest.StatusSUBMITTED)).Exist(ctx)
		if err != nil {
			return fmt.Errorf("leave: open cancellation of %s: %w", id, err)
		}
		if open {
			return apperr.User(CodeCancellationRefused, "a cancellation of this leave is waiting for a decision", "id")
		}
		now := s.now()
		cr, err := c.LeaveRequest.Create().
			SetProviderID(r.ProviderID).SetEmployerID(r.EmployerID).SetPersonID(r.PersonID).
			SetEmploymentID(r.EmploymentID).SetLeaveTypeID(r.LeaveTypeID).SetKind(leaverequest.KindCANCELLATION).
			SetCancelsID(r.ID).SetFirstDay(r.FirstDay).SetLastDay(r.LastDay).SetDayMinutes(r.DayMinutes).
			SetMinutes(r.Minutes).SetComment(strings.TrimSpace(comment)).SetSubmittedBy(v.ID).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("leave: save cancellation of %s: %w", id, err)
		}
		lt, err := c.LeaveType.Get(viewer.System(ctx), r.LeaveTypeID) // as the system: the type of the employee's own request
		if err != nil {
			return fmt.Errorf("leave: type of %s: %w", id, err)
		}
		if err := audit.Record(ctx, c, requestEvent(now, ActionRequestSubmitted, cr, lt, map[string]string{"cancels": r.ID})); err != nil {
			return err
		}
		out, err = s.startRoute(ctx, c, cr, lt)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Decision is a handler's decision on one or more requests.
type Decision struct {
	IDs     []string
	Accept  bool
	Comment string
}

// DecisionResult is the outcome for one request of a Decision.
type DecisionResult struct {
	ID      string
	Request *Request
	Error   *apperr.UserError
}

// Decide accepts or rejects requests (R30): each gets its own result, and a refusal of
// one does not stop the others. A rejection needs a reason. Accepting leave books it
// as planned ledger entries; accepting a cancellation reverses the leave's entries and
// cancels it. Who may decide is the Decider's (HANDLE_REQUESTS today).
func (s *Service) Decide(ctx context.Context, d Decision) ([]DecisionResult, error) {
	v, err := viewer.RequireStaff(ctx)
	if err != nil {
		// A manager decides as an employee in Mijn team (R35); the Decider says whether
		// the step is theirs (the default RightDecider never gives one to an employee).
		ev, eerr := viewer.RequireEmployee(ctx)
		if eerr != nil {
			return nil, err
		}
		v = ev
	}
	// An employee reads the request of a team member as the system; MayDecide below
	// is what lets them decide it.
	read := ctx
	if v.Kind == viewer.KindEmployee {
		read = viewer.System(ctx)
	}
	if len(d.IDs) == 0 || len(d.IDs) > maxDecisions {
		return nil, apperr.User(CodeInvalidRequest, fmt.Sprintf("decide 1 to %d requests at a time", maxDecisions), "ids")
	}
	comment := strings.TrimSpace(d.Comment)
	if !d.Accept && comment == "" {
		return nil, apperr.User(CodeReasonRequired, "a rejection needs a reason", "comment")
	}
	if len([]rune(comment)) > maxCommentRunes {
		return nil, apperr.User(CodeInvalidRequest, "the comment is at most 500 characters", "comment")
	}
	out := make([]DecisionResult, len(d.IDs))
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		for i, id := range d.IDs {
			out[i].ID = id
			r, err := c.LeaveRequest.Query().Where(leaverequest.ID(id)).Modify(store.ForUpdate).Only(read)
			if notFound(err) || (err == nil && !s.decider().MayDecide(ctx, v, r)) {
				out[i].Error = apperr.User(CodeRequestNotFound, "no request you may decide with this ID", "ids", strconv.Itoa(i))
				continue
			}
			if err != nil {
				return fmt.Errorf("leave: request %s: %w", id, err)
			}
			if r.Status != leaverequest.StatusSUBMITTED {
				out[i].Error = apperr.User(CodeRequestNotOpen, "the request was decided or withdrawn already", "ids", strconv.Itoa(i))
				continue
			}
			var onBehalfOf *string
			if rt, ok := s.router(); ok {
				// R34: the decision is one step of the request's route; only the last
				// approval (or a rejection) decides the request.
				final, forName, err := rt.Step(ctx, c, v, r, d.Accept, comment)
				onBehalfOf = forName
				if ue, ok := apperr.AsUser(err); ok {
					out[i].Error = apperr.User(ue.Code, ue.Message, "ids", strconv.Itoa(i))
					continue
				}
				if err != nil {
					return err
				}
				if !final {
					lt, err := c.LeaveType.Get(viewer.System(ctx), r.LeaveTypeID) // as the system: the type of a request v may decide
					if err != nil {
						return fmt.Errorf("leave: type of %s: %w", r.ID, err)
					}
					out[i].Request = requestOf(r, lt)
					continue
				}
			}
			req, err := s.decide(ctx, c, r, d.Accept, comment, v.ID, v.DisplayName, false)
			if err != nil {
				return err
			}
			if onBehalfOf != nil {
				// The employee sees "X namens Y" (R35).
				if err := c.LeaveRequest.UpdateOneID(r.ID).SetDecidedOnBehalfOfName(*onBehalfOf).Exec(viewer.System(ctx)); err != nil {
					return fmt.Errorf("leave: on behalf of %s: %w", r.ID, err)
				}
				req.DecidedOnBehalfOfName = onBehalfOf
			}
			out[i].Request = req
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// decide records a decision on a submitted request r, locked by the caller, with its
// bookings and audit event; by is who decided ("system" for a lapse, R31).
func (s *Service) decide(ctx context.Context, c *ent.Client, r *ent.LeaveRequest, accept bool, comment, byID, byName string, lapse bool) (*Request, error) {
	// As the system: the ledger and types of the request the decider was allowed to
	// decide; the entries are the decision's, not the decider's own recordings.
	sys := viewer.System(ctx)
	lt, err := c.LeaveType.Get(sys, r.LeaveTypeID)
	if err != nil {
		return nil, fmt.Errorf("leave: type of %s: %w", r.ID, err)
	}
	now := s.now()
	status, action := leaverequest.StatusREJECTED, ActionRequestRejected
	if accept {
		status, action = leaverequest.StatusACCEPTED, ActionRequestAccepted
		if lapse {
			action = ActionRequestLapsed
		}
	}
	var events []audit.Event
	if accept {
		switch r.Kind {
		case leaverequest.KindLEAVE:
			evs, err := s.book(sys, c, r, lt, byID)
			if err != nil {
				return nil, err
			}
			events = append(events, evs...)
		case leaverequest.KindCANCELLATION:
			evs, err := s.reverse(sys, c, r, byID)
			if err != nil {
				return nil, err
			}
			events = append(events, evs...)
		}
	}
	r, err = c.LeaveRequest.UpdateOne(r).SetStatus(status).SetDecisionComment(comment).SetByLapse(lapse).
		SetDecidedBy(byID).SetDecidedByName(byName).SetDecidedAt(now).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: decide %s: %w", r.ID, err)
	}
	extra := map[string]string{}
	if comment != "" {
		extra["comment"] = comment
	}
	events = append([]audit.Event{requestEvent(now, action, r, lt, extra)}, events...)
	record := audit.RecordMany
	if v := viewer.FromContext(ctx); v != nil && v.Kind == viewer.KindEmployee && v.PersonID != r.PersonID {
		// A manager deciding a team member's request (R35): the audit's privacy rule
		// would refuse an employee an event about another person.
		record = func(ctx context.Context, c *ent.Client, evs []audit.Event) error {
			return audit.RecordActing(ctx, c, v, evs)
		}
	}
	if err := record(ctx, c, events); err != nil {
		return nil, err
	}
	// Accepted leave is what payroll takes over (R45), in the decision's transaction;
	// an accepted cancellation feeds LEAVE_CANCELLED where the original is reversed.
	if accept && r.Kind == leaverequest.KindLEAVE {
		kind := changefeed.LeaveAccepted
		if lapse {
			kind = changefeed.LeaveLapsed
		}
		if err := changefeed.Record(sys, c, leaveChange(kind, r, lt, now)); err != nil {
			return nil, err
		}
	}
	if rt, ok := s.router(); ok {
		if err := rt.Close(ctx, c, r); err != nil {
			return nil, err
		}
	}
	msgs, err := s.decisionMails(sys, c, r, lt, accept, lapse)
	if err != nil {
		return nil, err
	}
	if err := mail.EnqueueMany(ctx, c, msgs); err != nil {
		return nil, err
	}
	return requestOf(r, lt), nil
}

// bucket is what is left of one accrual year of one type, and when it expires.
type bucket struct {
	typ     *ent.LeaveType
	year    int
	expires *date.Date
	left    Minutes
}

// buckets returns what is left per type and accrual year, used oldest first, ordered
// by the day it expires (never last) — R30: accepted leave is booked on the type that
// expires first.
func buckets(types []*ent.LeaveType, ledgers map[string][]Entry) []bucket {
	var out []bucket
	for _, t := range types {
		es := ledgers[t.ID]
		credits := map[int]Minutes{}
		var years []int
		var debits Minutes
		for _, e := range es {
			switch {
			case e.Kind == KindExpiry:
				credits[e.Year] += e.Minutes
			case e.Minutes > 0 && (e.Kind == KindAccrual || e.Kind == KindCorrection):
				if _, ok := credits[e.Year]; !ok {
					years = append(years, e.Year)
				}
				credits[e.Year] += e.Minutes
			default:
				debits -= e.Minutes
			}
		}
		slices.Sort(years)
		for _, y := range years {
			left := credits[y]
			use := min(left, debits)
			if use > 0 {
				left -= use
				debits -= use
			}
			if left <= 0 {
				continue
			}
			b := bucket{typ: t, year: y, left: left}
			if t.ExpiryMonths != nil {
				d := ExpiryDate(y, *t.ExpiryMonths)
				b.expires = &d
			}
			out = append(out, b)
		}
	}
	slices.SortStableFunc(out, func(a, b bucket) int {
		switch {
		case a.expires == nil && b.expires == nil:
			return 0
		case a.expires == nil:
			return 1
		case b.expires == nil:
			return -1
		}
		return a.expires.Time().Compare(b.expires.Time())
	})
	return out
}

// booking is one planned entry to write.
type booking struct {
	typ     *ent.LeaveType
	day     date.Date
	minutes Minutes
}

// plan splits the days of a request over the buckets in order; what they do not cover
// is booked on the requested type (a negative balance where the type allows it).
func plan(days []Day, bs []bucket, requested *ent.LeaveType) []booking {
	var out []booking
	k := 0
	for _, d := range days {
		need := d.Minutes
		for need > 0 && k < len(bs) {
			use := min(need, bs[k].left)
			out = append(out, booking{typ: bs[k].typ, day: d.Date, minutes: use})
			bs[k].left -= use
			need -= use
			if bs[k].left == 0 {
				k++
			}
		}
		if need > 0 {
			out = append(out, booking{typ: requested, day: d.Date, minutes: need})
		}
	}
	return out
}

// book writes the planned entries of accepted leave (R30).
func (s *Service) book(sys context.Context, c *ent.Client, r *ent.LeaveRequest, lt *ent.LeaveType, by string) ([]audit.Event, error) {
	types, err := loadTypes(sys, c, r.EmployerID)
	if err != nil {
		return nil, err
	}
	pl := pool(types, lt)
	var ids []string
	for _, t := range pl {
		ids = append(ids, t.ID)
	}
	es, err := c.LeaveEntry.Query().Where(leaveentry.EmploymentID(r.EmploymentID), leaveentry.LeaveTypeIDIn(ids...)).
		Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldID)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: ledger of %s: %w", r.EmploymentID, err)
	}
	ledgers := map[string][]Entry{}
	for _, e := range es {
		ledgers[e.LeaveTypeID] = append(ledgers[e.LeaveTypeID], ruleEntry(e))
	}
	days := requestOf(r, lt).Days
	var events []audit.Event
	for _, b := range plan(days, buckets(pl, ledgers), lt) {
		saved, err := c.LeaveEntry.Create().
			SetProviderID(r.ProviderID).SetEmployerID(r.EmployerID).SetPersonID(r.PersonID).
			SetEmploymentID(r.EmploymentID).SetLeaveTypeID(b.typ.ID).SetKind(leaveentry.KindPLANNED).
			SetMinutes(-int64(b.minutes)).SetDate(b.day).SetYear(b.day.Year).SetSource(leaveentry.SourceREQUEST).
			SetRequestID(r.ID).SetCreatedBy(by).SetCreatedAt(s.now()).SetUpdatedAt(s.now()).Save(sys)
		if err != nil {
			return nil, fmt.Errorf("leave: book %s: %w", r.ID, err)
		}
		events = append(events, entryEvent(s.now(), ActionEntryRecorded, saved, b.typ))
	}
	return events, nil
}

// reverse undoes the entries of the leave a cancellation r cancels and marks it
// cancelled (R30).
func (s *Service) reverse(sys context.Context, c *ent.Client, r *ent.LeaveRequest, by string) ([]audit.Event, error) {
	if r.CancelsID == nil {
		return nil, fmt.Errorf("leave: cancellation %s cancels nothing", r.ID)
	}
	orig, err := c.LeaveRequest.Query().Where(leaverequest.ID(*r.CancelsID)).Modify(store.ForUpdate).Only(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: cancelled request %s: %w", *r.CancelsID, err)
	}
	es, err := c.LeaveEntry.Query().Where(leaveentry.RequestID(orig.ID)).WithLeaveType().All(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: entries of %s: %w", orig.ID, err)
	}
	var events []audit.Event
	for _, e := range es {
		saved, err := c.LeaveEntry.Create().
			SetProviderID(e.ProviderID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
			SetEmploymentID(e.EmploymentID).SetLeaveTypeID(e.LeaveTypeID).SetKind(e.Kind).
			SetMinutes(-e.Minutes).SetDate(e.Date).SetYear(e.Year).SetSource(leaveentry.SourceREQUEST).
			SetRequestID(orig.ID).SetReason("geannuleerd / cancelled").SetCreatedBy(by).
			SetCreatedAt(s.now()).SetUpdatedAt(s.now()).Save(sys)
		if err != nil {
			return nil, fmt.Errorf("leave: reverse %s: %w", e.ID, err)
		}
		events = append(events, entryEvent(s.now(), ActionEntryRecorded, saved, e.Edges.LeaveType))
	}
	orig, err = c.LeaveRequest.UpdateOne(orig).SetStatus(leaverequest.StatusCANCELLED).SetUpdatedAt(s.now()).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: cancel %s: %w", orig.ID, err)
	}
	lt, err := c.LeaveType.Get(sys, orig.LeaveTypeID)
	if err != nil {
		return nil, fmt.Errorf("leave: type of %s: %w", orig.ID, err)
	}
	if err := changefeed.Record(sys, c, leaveChange(changefeed.LeaveCancelled, orig, lt, s.now())); err != nil {
		return nil, err
	}
	return append(events, requestEvent(s.now(), ActionRequestCancelled, orig, lt, map[string]string{"cancellation": r.ID})), nil
}

// leaveChange is the change feed's entry (R45) for leave request r of type lt: the
// days and hours payroll books, with the type's name as payroll knows it.
func leaveChange(kind changefeed.Kind, r *ent.LeaveRequest, lt *ent.LeaveType, at time.Time) changefeed.Change {
	return changefeed.Change{
		Kind: kind, At: at,
		ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID, EmploymentID: r.EmploymentID,
		SubjectType: "LeaveRequest", SubjectID: r.ID,
		Data: map[string]string{
			"leaveType": lt.Name, "firstDay": r.FirstDay.String(), "lastDay": r.LastDay.String(),
			"hours": strconv.FormatFloat(Minutes(r.Minutes).Hours(), 'f', -1, 64),
		},
	}
}
