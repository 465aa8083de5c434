package demo

import (
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/pid"
)

// calendarLeave gives the Verlofkalender (R32) something to show at Voorbeeld MKB and
// Bakkerij De Korenaar: colleagues of the demo employee with accepted leave this month
// and next month, and one submitted request, all relative to the demo's today. Accepted
// leave is booked as planned ledger entries like a decision books it (R28, R30); the demo
// employee's own leave card stays as it is.
func (s *seeder) calendarLeave(employers []*ent.Employer, jobs []*ent.Employment, today date.Date) error {
	ctx, c := s.ctx, s.c
	lv := &leave.Service{Client: c, Clock: fixedClock(s.now)}
	// Offsets in days from today of the first day, the working days, and the state.
	plans := []struct {
		from, days int
		submitted  bool
	}{
		{1, 3, false}, {6, 5, false}, {12, 2, false}, {-3, 2, false}, {30, 5, false}, {38, 3, false}, {45, 1, false}, {20, 2, true},
	}
	var requests []*ent.LeaveRequestCreate
	var entries []*ent.LeaveEntryCreate
	for _, emp := range employers {
		n := 0
		for _, e := range jobs {
			p := e.Edges.Person
			if n == len(plans) || e.EmployerID != emp.ID || e.EndDate != nil || p == nil || registered(p) == nil ||
				(p.FirstName == "Jan" && p.LastName == "Jansen") {
				continue
			}
			plan := plans[n]
			n++
			t, err := lv.TypeForCategory(ctx, c, e, leave.Statutory)
			if err != nil {
				return fmt.Errorf("demo calendar: leave type: %w", err)
			}
			first := nextWorkday(today.AddDays(plan.from))
			var mins []int64
			var sum int64
			d := first
			for worked := 0; worked < plan.days; d = d.AddDays(1) {
				m := int64(480)
				if wd := d.Time().Weekday(); wd == time.Saturday || wd == time.Sunday {
					m = 0
				} else {
					worked++
				}
				mins = append(mins, m)
				sum += m
			}
			last := d.AddDays(-1)
			id := pid.New(pid.LeaveRequest)
			at := s.now.AddDate(0, 0, min(plan.from, 0)-20)
			q := c.LeaveRequest.Create().SetID(id).SetProviderID(s.providerID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).
				SetEmploymentID(e.ID).SetLeaveTypeID(t.ID).SetFirstDay(first).SetLastDay(last).SetDayMinutes(mins).SetMinutes(sum).
				SetSubmittedBy(p.Edges.Account.ID).SetCreatedAt(at).SetUpdatedAt(at)
			if plan.submitted {
				requests = append(requests, q.SetStatus(leaverequest.StatusSUBMITTED).SetDeadline(s.now.Add(leave.LapseAfter)))
				continue
			}
			decided := at.Add(26 * time.Hour)
			requests = append(requests, q.SetStatus(leaverequest.StatusACCEPTED).SetDecidedBy(s.providerUserID).
				SetDecidedByName("Anouk Kramer").SetDecidedAt(decided).SetUpdatedAt(decided))
			for i, m := range mins {
				if m == 0 {
					continue
				}
				day := first.AddDays(i)
				entries = append(entries, c.LeaveEntry.Create().
					SetProviderID(s.providerID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).SetEmploymentID(e.ID).
					SetLeaveTypeID(t.ID).SetKind(leaveentry.KindPLANNED).SetMinutes(-m).SetDate(day).SetYear(day.Year).
					SetSource(leaveentry.SourceREQUEST).SetRequestID(id).SetCreatedBy(s.providerUserID).
					SetCreatedAt(decided).SetUpdatedAt(decided))
			}
		}
	}
	if err := c.LeaveRequest.CreateBulk(requests...).Exec(ctx); err != nil {
		return fmt.Errorf("demo calendar: leave requests: %w", err)
	}
	if err := c.LeaveEntry.CreateBulk(entries...).Exec(ctx); err != nil {
		return fmt.Errorf("demo calendar: ledger: %w", err)
	}
	return nil
}
