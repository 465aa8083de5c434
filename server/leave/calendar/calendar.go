// Package calendar is the Verlofkalender (R32): who of the team is away in a month, as
// each viewer may see it, and the secret iCal subscription address that serves the same
// calendar to calendar programs.
//
// What a viewer sees is decided here, on the server, never in the SPA:
//
//   - An employee (with the Verlofkalender product, R22) sees the colleagues of their
//     team with accepted leave as *afwezig*: never the leave type, never the hours.
//     Their own accepted leave shows with its type, their own submitted requests as
//     *aangevraagd* (R32: pending requests show only to the requester and handlers).
//     The team is the whole employer: the data has no departments yet (R35 brings teams).
//   - Sickness never reaches an employee's calendar, not even as *afwezig*: R25 and R32
//     keep sickness from colleagues, and a stretch of *afwezig* with no leave behind it
//     would tell them exactly that. The employee's own sickness is left out too, so the
//     calendar holds leave only.
//   - Staff with VIEW_EMPLOYEES see the employer's calendar with leave types: the right
//     that already shows them the persons, their ledgers and their sick reports. Sick days
//     show only as *afwezig* (R32: sickness never as a type). Submitted requests show as
//     *aangevraagd* only to those who also hold HANDLE_REQUESTS, the handlers (R32).
//
// Every read is bounded: one month, a page of at most MaxPageSize people, and a fixed
// number of statements whatever the page size.
package calendar

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Bounds of a calendar read.
const (
	// DefaultPageSize and MaxPageSize bound the people of one page of a month.
	DefaultPageSize = 25
	MaxPageSize     = 50
)

// CodeInvalidMonth is the userError of a month that is not YYYY-MM.
const CodeInvalidMonth apperr.UserCode = "INVALID_CALENDAR_MONTH"

// Service is the leave calendar.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock // nil means the wall clock
	// Features gates the employee's calendar by the employer's products (R22).
	Features *feature.Gate
	// FeedBase is where the iCal addresses start: the portal's public URL.
	FeedBase string
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

func (s *Service) today() date.Date { return date.Of(s.now().In(clock.Amsterdam)) }

// Status is what a day of a person shows.
type Status string

// The statuses of a day.
const (
	// Absent (*afwezig*): away, no reason given. A colleague's leave for an employee, and
	// sickness for staff.
	Absent Status = "ABSENT"
	// Requested (*aangevraagd*): a submitted leave request, for the requester and handlers.
	Requested Status = "REQUESTED"
	// Leave: accepted leave with its type, for the employee themself and for staff.
	Leave Status = "LEAVE"
)

// Day is one day away of one person.
type Day struct {
	Date   date.Date
	Status Status
	// LeaveType is the name of the leave type; empty when the viewer may not see it.
	LeaveType string
	// Minutes of leave that day; 0 when the viewer may not see them (colleagues, sickness).
	Minutes leave.Minutes
	// source is the request or sick report, for the iCal UID; never shown.
	source string
}

// Hours is the hours of leave that day, or nil when not shown.
func (d Day) Hours() *float64 {
	if d.Minutes == 0 {
		return nil
	}
	h := d.Minutes.Hours()
	return &h
}

// LeaveTypeName is the leave type's name, or nil when not shown.
func (d Day) LeaveTypeName() *string {
	if d.LeaveType == "" {
		return nil
	}
	return &d.LeaveType
}

// Person is one person of the calendar with their days away in the month.
type Person struct {
	ID   string
	Name string
	// Self marks the viewer's own row.
	Self bool
	Days []Day
}

// Month is one page of the people away in a month.
type Month struct {
	// Month is YYYY-MM.
	Month     string
	FirstDay  date.Date
	LastDay   date.Date
	People    []*Person
	Total     int
	Page      int
	PageSize  int
	ShowsType bool
}

// view is who looks: what the rules of R32 let them see.
type view struct {
	employerID string
	// self is the employee's own person; empty for staff.
	self string
	// types: leave types and hours of everyone (staff).
	types bool
	// pending: everyone's submitted requests (handlers); the employee always sees their own.
	pending bool
	// sick: sick days as Absent (staff).
	sick bool
	// team: only these persons (a manager's team, R35); nil is the whole employer.
	team []string
}

// ParseMonth reads YYYY-MM into its first and last day.
func ParseMonth(m string) (first, last date.Date, err error) {
	t, perr := time.Parse("2006-01", m)
	if perr != nil || t.Year() < 2000 || t.Year() > 2100 {
		return first, last, apperr.User(CodeInvalidMonth, "the month must be YYYY-MM between 2000 and 2100", "month")
	}
	first = date.New(t.Year(), t.Month(), 1)
	return first, date.Of(first.Time().AddDate(0, 1, -1)), nil
}

func pageOf(page, size int) (int, int) {
	switch {
	case size <= 0:
		size = DefaultPageSize
	case size > MaxPageSize:
		size = MaxPageSize
	}
	// A page beyond any employer's size is refused by its emptiness, not by the database.
	return min(max(page, 1), 100_000), size
}

// MyMonth is the signed-in employee's Verlofkalender of month (YYYY-MM): their own row
// first on the first page, then the colleagues away that month by name.
func (s *Service) MyMonth(ctx context.Context, month string, page, size int) (*Month, error) {
	v, err := s.Features.Employee(ctx, feature.LeaveCalendar)
	if err != nil {
		return nil, err
	}
	first, last, err := ParseMonth(month)
	if err != nil {
		return nil, err
	}
	return s.month(ctx, employeeView(v), month, first, last, page, size)
}

func employeeView(v *viewer.Principal) view {
	return view{employerID: v.EmployerID, self: v.PersonID}
}

// EmployerMonth is an employer's calendar as staff see it: types for everyone, sickness
// as Absent, submitted requests for handlers. Needs VIEW_EMPLOYEES; another tenant's
// employer is NOT_FOUND.
func (s *Service) EmployerMonth(ctx context.Context, employerID, month string, page, size int) (*Month, error) {
	vw, err := s.staffView(ctx, employerID)
	if err != nil {
		return nil, err
	}
	first, last, err := ParseMonth(month)
	if err != nil {
		return nil, err
	}
	return s.month(ctx, vw, month, first, last, page, size)
}

func (s *Service) staffView(ctx context.Context, employerID string) (view, error) {
	v, err := viewer.Require(ctx, viewer.ViewEmployees)
	if err != nil {
		return view{}, err
	}
	if !v.IsStaffLike() {
		return view{}, apperr.Forbiddenf("the employer's leave calendar is for staff")
	}
	e, err := s.Client.Employer.Get(ctx, employerID)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return view{}, apperr.NotFoundf("employer %s not found", employerID)
	}
	if err != nil {
		return view{}, fmt.Errorf("calendar: employer %s: %w", employerID, err)
	}
	return view{employerID: e.ID, types: true, pending: v.Has(viewer.HandleRequests), sick: true}, nil
}

func (s *Service) month(ctx context.Context, vw view, month string, first, last date.Date, page, size int) (*Month, error) {
	page, size = pageOf(page, size)
	people, total, err := s.read(ctx, vw, first, last, (page-1)*size, size)
	if err != nil {
		return nil, err
	}
	return &Month{Month: month, FirstDay: first, LastDay: last, People: people, Total: total,
		Page: page, PageSize: size, ShowsType: vw.types}, nil
}

// read is the calendar of vw from…to: the offset…offset+limit people away (the viewer
// first), each with their days, and how many there are. The caller checked who vw is;
// rows are read as the system, because an employee may not read colleagues' rows and the
// rules of R32 are applied here, row by row.
func (s *Service) read(ctx context.Context, vw view, from, to date.Date, offset, limit int) ([]*Person, int, error) {
	sys := viewer.System(ctx)
	q := s.Client.Person.Query().Where(person.EmployerID(vw.employerID), awayIn(vw, from, to))
	if vw.team != nil {
		q = q.Where(person.IDIn(vw.team...))
	}
	total, err := q.Clone().Count(sys)
	if err != nil {
		return nil, 0, fmt.Errorf("calendar: count people away: %w", err)
	}
	order := []person.OrderOption{person.ByLastName(), person.ByFirstName(), person.ByID()}
	if vw.self != "" {
		// The viewer's own row first: (id = self) sorts before everyone else.
		self := vw.self
		order = append([]person.OrderOption{func(s *entsql.Selector) {
			col := s.C(person.FieldID)
			s.OrderExpr(entsql.ExprFunc(func(b *entsql.Builder) {
				b.WriteString("CASE WHEN ").WriteString(col).WriteString(" = ").Arg(self).WriteString(" THEN 0 ELSE 1 END")
			}))
		}}, order...)
	}
	ps, err := q.Order(order...).Offset(offset).Limit(limit).All(sys)
	if err != nil {
		return nil, 0, fmt.Errorf("calendar: people away: %w", err)
	}
	if len(ps) == 0 {
		return []*Person{}, total, nil
	}
	ids := make([]string, len(ps))
	rows := make(map[string]*Person, len(ps))
	out := make([]*Person, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
		out[i] = &Person{ID: p.ID, Name: directory.FullName(p), Self: p.ID == vw.self, Days: []Day{}}
		rows[p.ID] = out[i]
	}
	rs, err := s.Client.LeaveRequest.Query().Where(leaverequest.PersonIDIn(ids...), requestsIn(vw, from, to)).
		Order(ent.Asc(leaverequest.FieldFirstDay), ent.Asc(leaverequest.FieldID)).All(sys)
	if err != nil {
		return nil, 0, fmt.Errorf("calendar: leave of people away: %w", err)
	}
	types, err := s.typeNames(sys, vw, rs)
	if err != nil {
		return nil, 0, err
	}
	for _, r := range rs {
		p := rows[r.PersonID]
		if p == nil {
			continue
		}
		for i, m := range r.DayMinutes {
			d := r.FirstDay.AddDays(i)
			if m <= 0 || d.Before(from) || d.After(to) {
				continue
			}
			p.Days = append(p.Days, dayOf(vw, p.Self, r, types[r.LeaveTypeID], d, leave.Minutes(m)))
		}
	}
	if vw.sick {
		if err := s.sickDays(sys, vw, ids, rows, from, to); err != nil {
			return nil, 0, err
		}
	}
	for _, p := range out {
		slices.SortStableFunc(p.Days, func(a, b Day) int { return a.Date.Time().Compare(b.Date.Time()) })
	}
	return out, total, nil
}

// dayOf is one day of request r as vw may see it (R32).
func dayOf(vw view, self bool, r *ent.LeaveRequest, typeName string, d date.Date, m leave.Minutes) Day {
	day := Day{Date: d, source: r.ID}
	pending := r.Status == leaverequest.StatusSUBMITTED
	switch {
	case self || vw.types:
		day.LeaveType, day.Minutes = typeName, m
		day.Status = Leave
		if pending {
			day.Status = Requested
		}
	default:
		// A colleague: afwezig, never why nor how long (R32). requestsIn gives
		// employees no colleague's submitted request.
		day.Status = Absent
	}
	return day
}

// awayIn keeps the people with something vw may see from…to.
func awayIn(vw view, from, to date.Date) predicate.Person {
	return func(s *entsql.Selector) {
		lr := entsql.Table(leaverequest.Table)
		leaveSub := entsql.Select(lr.C(leaverequest.FieldPersonID)).From(lr).Where(entsql.And(
			entsql.EQ(lr.C(leaverequest.FieldEmployerID), vw.employerID),
			visibleStatus(vw, lr.C),
			entsql.LTE(lr.C(leaverequest.FieldFirstDay), to),
			entsql.GTE(lr.C(leaverequest.FieldLastDay), from),
		))
		p := entsql.In(s.C(person.FieldID), leaveSub)
		if vw.sick {
			sr := entsql.Table(sickreport.Table)
			sickSub := entsql.Select(sr.C(sickreport.FieldPersonID)).From(sr).Where(entsql.And(
				entsql.EQ(sr.C(sickreport.FieldEmployerID), vw.employerID),
				sickIn(sr.C, from, to),
			))
			p = entsql.Or(p, entsql.In(s.C(person.FieldID), sickSub))
		}
		s.Where(p)
	}
}

// visibleStatus is which requests vw sees: accepted leave, and submitted requests of
// the viewer themself or, for handlers, of everyone (R32). A cancellation request
// changes nothing until it is accepted, which cancels the leave it names.
func visibleStatus(vw view, c func(string) string) *entsql.Predicate {
	accepted := entsql.EQ(c(leaverequest.FieldStatus), leaverequest.StatusACCEPTED.String())
	leaveKind := entsql.EQ(c(leaverequest.FieldKind), leaverequest.KindLEAVE.String())
	submitted := entsql.EQ(c(leaverequest.FieldStatus), leaverequest.StatusSUBMITTED.String())
	switch {
	case vw.pending:
		return entsql.And(leaveKind, entsql.Or(accepted, submitted))
	case vw.self != "":
		return entsql.And(leaveKind, entsql.Or(accepted, entsql.And(submitted, entsql.EQ(c(leaverequest.FieldPersonID), vw.self))))
	}
	return entsql.And(leaveKind, accepted)
}

func requestsIn(vw view, from, to date.Date) predicate.LeaveRequest {
	return func(s *entsql.Selector) {
		s.Where(entsql.And(
			entsql.EQ(s.C(leaverequest.FieldEmployerID), vw.employerID),
			visibleStatus(vw, s.C),
			entsql.LTE(s.C(leaverequest.FieldFirstDay), to),
			entsql.GTE(s.C(leaverequest.FieldLastDay), from),
		))
	}
}

// sickIn: a report whose days (first sick day up to the day before recovery, or on
// while open) touch from…to.
func sickIn(c func(string) string, from, to date.Date) *entsql.Predicate {
	return entsql.And(
		entsql.LTE(c(sickreport.FieldFirstSickDay), to),
		entsql.Or(entsql.IsNull(c(sickreport.FieldRecoveryDate)), entsql.GT(c(sickreport.FieldRecoveryDate), from)),
	)
}

// sickDays adds the sick days of ids from…to as Absent (staff only: R32, sickness never
// as a type). An open report counts up to today: the future is not known.
func (s *Service) sickDays(sys context.Context, vw view, ids []string, rows map[string]*Person, from, to date.Date) error {
	reports, err := s.Client.SickReport.Query().Where(sickreport.PersonIDIn(ids...), sickreport.EmployerID(vw.employerID),
		func(sel *entsql.Selector) { sel.Where(sickIn(sel.C, from, to)) }).All(sys)
	if err != nil {
		return fmt.Errorf("calendar: sick days: %w", err)
	}
	today := s.today()
	for _, r := range reports {
		end := today
		if r.RecoveryDate != nil {
			end = r.RecoveryDate.AddDays(-1)
		}
		if end.After(to) {
			end = to
		}
		d := r.FirstSickDay
		if d.Before(from) {
			d = from
		}
		for ; !d.After(end); d = d.AddDays(1) {
			rows[r.PersonID].Days = append(rows[r.PersonID].Days, Day{Date: d, Status: Absent, source: r.ID})
		}
	}
	return nil
}

// typeNames reads the names of the requests' leave types, only when vw sees any.
func (s *Service) typeNames(sys context.Context, vw view, rs []*ent.LeaveRequest) (map[string]string, error) {
	var ids []string
	for _, r := range rs {
		if vw.types || r.PersonID == vw.self {
			ids = append(ids, r.LeaveTypeID)
		}
	}
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	slices.Sort(ids)
	ts, err := s.Client.LeaveType.Query().Where(leavetype.IDIn(slices.Compact(ids)...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("calendar: leave types: %w", err)
	}
	for _, t := range ts {
		out[t.ID] = strings.TrimSpace(t.Name)
	}
	return out, nil
}
