package leave

import (
	"io"
	"slices"
	"strconv"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
)

// The enums of this package are GraphQL enums too (graph/schema/leave.graphqls), as
// date.Date is the Date scalar: the API passes them through without a copy.

func writeEnum(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }

func readEnum[T ~string](v any, name string, valid []T) (T, error) {
	s, ok := v.(string)
	if !ok || !slices.Contains(valid, T(s)) {
		return "", apperr.BadRequestf("%v is not a %s", v, name)
	}
	return T(s), nil
}

// MarshalGQL writes the enum value.
func (c Category) MarshalGQL(w io.Writer) { writeEnum(w, string(c)) }

// UnmarshalGQL reads the enum value.
func (c *Category) UnmarshalGQL(v any) (err error) {
	*c, err = readEnum(v, "LeaveCategory", Categories)
	return err
}

// MarshalGQL writes the enum value.
func (a Accrual) MarshalGQL(w io.Writer) { writeEnum(w, string(a)) }

// UnmarshalGQL reads the enum value.
func (a *Accrual) UnmarshalGQL(v any) (err error) {
	*a, err = readEnum(v, "LeaveAccrual", []Accrual{AccrualYearly, AccrualMonthly})
	return err
}

// MarshalGQL writes the enum value.
func (l LiberationDay) MarshalGQL(w io.Writer) { writeEnum(w, string(l)) }

// UnmarshalGQL reads the enum value.
func (l *LiberationDay) UnmarshalGQL(v any) (err error) {
	*l, err = readEnum(v, "LiberationDay", []LiberationDay{LiberationNever, LiberationLustrum, LiberationYearly})
	return err
}

// MarshalGQL writes the enum value.
func (k Kind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }

// UnmarshalGQL reads the enum value.
func (k *Kind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, "LeaveEntryKind", Kinds)
	return err
}

// MarshalGQL writes the enum value.
func (s EntrySource) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }

// UnmarshalGQL reads the enum value.
func (s *EntrySource) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, "LeaveEntrySource", []EntrySource{SourceJob, SourceStaffEntry, SourceIntegrator, SourceOpeningBalance, SourceRequest})
	return err
}

// MarshalGQL writes the enum value.
func (s PatternSource) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }

// UnmarshalGQL reads the enum value.
func (s *PatternSource) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, "WorkPatternSource", []PatternSource{SourceStaff, SourceSync})
	return err
}

// GoodFridayOff reports whether Good Friday is a day off under the scheme.
func (s *Scheme) GoodFridayOff() bool { return s.Holidays.GoodFriday }

// LiberationDay is when Liberation Day is a day off under the scheme.
func (s *Scheme) LiberationDay() LiberationDay { return s.Holidays.LiberationDay }

// LeaveTypes are the scheme's types, statutory first.
func (s *Scheme) LeaveTypes() []*Type { return s.Types }

// WeekAStartsOn is the anchor of two alternating weeks; nil for one week.
func (w *WorkPattern) WeekAStartsOn() *date.Date { return anchorOf(w.Pattern) }

// WeeklyHours is the average hours of a week.
func (w *WorkPattern) WeeklyHours() float64 { return w.Pattern.WeeklyAverage().Hours() }

// MarshalGQL writes the enum value.
func (k RequestKind) MarshalGQL(w io.Writer) { writeEnum(w, string(k)) }

// UnmarshalGQL reads the enum value.
func (k *RequestKind) UnmarshalGQL(v any) (err error) {
	*k, err = readEnum(v, "LeaveRequestKind", []RequestKind{KindLeaveRequest, KindCancellation})
	return err
}

// MarshalGQL writes the enum value.
func (s RequestStatus) MarshalGQL(w io.Writer) { writeEnum(w, string(s)) }

// UnmarshalGQL reads the enum value.
func (s *RequestStatus) UnmarshalGQL(v any) (err error) {
	*s, err = readEnum(v, "LeaveRequestStatus", RequestStatuses)
	return err
}

// LeaveType is the request's leave type.
func (r *Request) LeaveType() *Type { return r.Type }

// ColleaguesAway are the colleagues away on the request's days, with their days.
func (q *QueueItem) ColleaguesAway() []ColleagueAway { return q.Away }

// ColleaguesAwayMore counts the periods of leave beyond ColleaguesAway.
func (q *QueueItem) ColleaguesAwayMore() int { return q.AwayMore }

// Nodes are the entries of the page.
func (p *EntryPage) Nodes() []*LedgerEntry { return p.Entries }
