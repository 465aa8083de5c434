package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/leave"
)

// Conversions between the leave API's shapes and server/leave's (R28, R29).

func patternFromInput(in model.SetWorkPatternInput) leave.Pattern {
	p := leave.Pattern{}
	for _, w := range in.Weeks {
		p.Weeks = append(p.Weeks, leave.Week{
			leave.FromHours(w.Monday), leave.FromHours(w.Tuesday), leave.FromHours(w.Wednesday),
			leave.FromHours(w.Thursday), leave.FromHours(w.Friday), leave.FromHours(w.Saturday),
			leave.FromHours(w.Sunday),
		})
	}
	if in.WeekAStartsOn != nil {
		p.Anchor = *in.WeekAStartsOn
	}
	return p
}

func workWeeks(p leave.Pattern) []*model.WorkWeek {
	out := make([]*model.WorkWeek, len(p.Weeks))
	for i, w := range p.Weeks {
		out[i] = &model.WorkWeek{
			Monday: w[0].Hours(), Tuesday: w[1].Hours(), Wednesday: w[2].Hours(), Thursday: w[3].Hours(),
			Friday: w[4].Hours(), Saturday: w[5].Hours(), Sunday: w[6].Hours(),
		}
	}
	return out
}

func typeInput(in model.UpdateLeaveTypeInput) leave.TypeInput {
	return leave.TypeInput{
		Name: in.Name, Vacation: in.Vacation, WeeksPerYear: in.WeeksPerYear, Accrual: in.Accrual,
		ExpiryMonths: in.ExpiryMonths, NeverExpires: in.NeverExpires != nil && *in.NeverExpires, SortOrder: in.SortOrder,
	}
}

func entryInputs(in []*model.LeaveEntryInput) []leave.EntryInput {
	out := make([]leave.EntryInput, len(in))
	for i, e := range in {
		out[i] = leave.EntryInput{
			EmploymentID: e.EmploymentID, LeaveTypeID: e.LeaveTypeID, Kind: e.Kind, Hours: e.Hours,
			Date: e.Date, Year: e.Year, Reference: e.Reference,
		}
		if e.Reason != nil {
			out[i].Reason = *e.Reason
		}
	}
	return out
}

func entryResults(rs []leave.EntryResult) ([]*model.LeaveEntryResult, int) {
	out := make([]*model.LeaveEntryResult, len(rs))
	recorded := 0
	for i, r := range rs {
		res := &model.LeaveEntryResult{Index: i, Entry: r.Entry, Duplicate: r.Duplicate, UserErrors: []*model.UserError{}}
		if r.Error != nil {
			res.UserErrors = []*model.UserError{toUserError(r.Error, []string{"input"})}
		} else if !r.Duplicate {
			recorded++
		}
		out[i] = res
	}
	return out, recorded
}

func balances(bs []leave.Balance) []*model.LeaveTypeBalance {
	out := make([]*model.LeaveTypeBalance, len(bs))
	for i, b := range bs {
		out[i] = &model.LeaveTypeBalance{
			LeaveType: b.Type, AccruedHours: b.Accrued.Hours(), TakenHours: b.Taken.Hours(),
			PlannedHours: b.Planned.Hours(), CorrectedHours: b.Corrected.Hours(),
			ExpiredHours: b.Expired.Hours(), BalanceHours: b.Balance().Hours(),
		}
	}
	return out
}
