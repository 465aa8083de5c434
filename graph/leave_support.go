package graph

import (
	"context"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
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
		Requestable: in.Requestable, AllowNegative: in.AllowNegative,
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

// cardNode resolves the node ID of a leave-card line, which is computed from the
// ledger (R28) and has no table: NOT_FOUND like any ID the caller may not see.
func (r *queryResolver) cardNode(ctx context.Context, id string) (ent.Noder, error) {
	// The feature gate of nodeType (R22): an employee reaches a card line only with the leave card.
	if r.Gate != nil {
		if err := r.Gate.Require(ctx, feature.LeaveCard); err != nil {
			return nil, err
		}
	}
	l, err := r.Leave.CardLineByID(ctx, id)
	if err != nil {
		return nil, err
	}
	return l, nil
}

// noders is nodes(ids:) with the leave-card lines resolved by server/leave and the
// rest by ent, in the order asked.
func (r *queryResolver) noders(ctx context.Context, ids []string) ([]ent.Noder, error) {
	var tabled []string
	for _, id := range ids {
		if !leave.IsCardID(id) {
			tabled = append(tabled, id)
		}
	}
	if len(tabled) == len(ids) {
		return r.Client.Noders(ctx, ids, ent.WithNodeType(r.nodeType))
	}
	// What the caller may not see is null, as in a nodes answer without card lines.
	found, _ := r.Client.Noders(ctx, tabled, ent.WithNodeType(r.nodeType))
	out := make([]ent.Noder, len(ids))
	k := 0
	for i, id := range ids {
		if leave.IsCardID(id) {
			if l, err := r.cardNode(ctx, id); err == nil {
				out[i] = l
			}
			continue
		}
		if k < len(found) {
			out[i] = found[k]
		}
		k++
	}
	return out, nil
}

func requestInput(in model.LeaveRequestInput) leave.RequestInput {
	out := leave.RequestInput{EmploymentID: in.EmploymentID, LeaveTypeID: in.LeaveTypeID, FirstDay: in.FirstDay,
		LastDay: in.LastDay, Comment: in.Comment}
	for _, d := range in.Days {
		out.Adjust = append(out.Adjust, leave.DayInput{Date: d.Date, Hours: d.Hours})
	}
	return out
}

// preview is previewLeaveRequest's answer: the refusal the request would get is a
// userError of the answer, like a mutation's.
func preview(p *leave.Preview, err error) (*model.LeaveRequestPreview, error) {
	out := &model.LeaveRequestPreview{Days: []*leave.Day{}, UserErrors: []*model.UserError{}}
	if err != nil {
		ue, ok := apperr.AsUser(err)
		if !ok {
			return nil, err
		}
		out.UserErrors = []*model.UserError{toUserError(ue, []string{"input"})}
		return out, nil
	}
	for i := range p.Days {
		out.Days = append(out.Days, &p.Days[i])
	}
	out.Hours, out.BalanceBeforeHours, out.BalanceAfterHours = p.Minutes.Hours(), p.BalanceBefore.Hours(), p.BalanceAfter.Hours()
	if p.Error != nil {
		out.UserErrors = []*model.UserError{toUserError(p.Error, []string{"input"})}
	}
	return out, nil
}

func decisionResults(rs []leave.DecisionResult) []*model.LeaveDecisionResult {
	out := make([]*model.LeaveDecisionResult, len(rs))
	for i, r := range rs {
		out[i] = &model.LeaveDecisionResult{ID: r.ID, LeaveRequest: r.Request, UserErrors: []*model.UserError{}}
		if r.Error != nil {
			out[i].UserErrors = []*model.UserError{toUserError(r.Error, []string{"input"})}
		}
	}
	return out
}

func queueFilter(employerID string, status model.LeaveQueueStatus, typeID, teamID *string, from, to *date.Date, first *int) leave.QueueFilter {
	f := leave.QueueFilter{EmployerID: employerID, LeaveTypeID: deref(typeID), TeamID: deref(teamID), From: from, To: to,
		Open: status == model.LeaveQueueStatusOpen, Decided: status == model.LeaveQueueStatusDecided}
	if first != nil {
		f.Limit = *first
	}
	return f
}
