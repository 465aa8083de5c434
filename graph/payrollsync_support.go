package graph

import (
	"slices"
	"strconv"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/payrollsync"
)

// Conversions between the sync and feed API's shapes and server/payrollsync's and
// server/changefeed's (R45).

func derefInt(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func employerRows(in []*model.SyncEmployerInput) []payrollsync.EmployerRow {
	out := make([]payrollsync.EmployerRow, len(in))
	for i, e := range in {
		out[i] = payrollsync.EmployerRow{AdministrationNumber: e.AdministrationNumber, Name: deref(e.Name),
			Street: deref(e.Street), PostalCode: deref(e.PostalCode), City: deref(e.City)}
	}
	return out
}

// rowErrors is a row's error as the payload's userErrors, its field below
// input.<list>.<index>.
func rowErrors(ue *apperr.UserError, list string, index int) []*model.UserError {
	if ue == nil {
		return []*model.UserError{}
	}
	return []*model.UserError{toUserError(ue, []string{"input", list, strconv.Itoa(index)})}
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func optionalID(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func employerResults(res []payrollsync.EmployerResult) []*model.SyncEmployerResult {
	out := make([]*model.SyncEmployerResult, len(res))
	for i, r := range res {
		out[i] = &model.SyncEmployerResult{Index: r.Index, AdministrationNumber: r.AdministrationNumber,
			Status: model.SyncStatus(r.Status), EmployerID: optionalID(r.EmployerID),
			ChangedFields: orEmpty(r.Changed), UserErrors: rowErrors(r.Error, "employers", r.Index)}
	}
	return out
}

func employeeRows(in []*model.SyncEmployeeInput) []payrollsync.Employee {
	out := make([]payrollsync.Employee, len(in))
	for i, e := range in {
		row := payrollsync.Employee{
			EmployeeNumber: e.EmployeeNumber, PersonKey: deref(e.PersonKey), Initials: deref(e.Initials),
			FirstName: deref(e.FirstName), LastNamePrefix: deref(e.LastNamePrefix), LastName: deref(e.LastName),
			Email: deref(e.PrivateEmail), Phone: deref(e.Phone), Street: deref(e.Street),
			PostalCode: deref(e.PostalCode), City: deref(e.City), EndDate: e.EndDate, JobTitle: deref(e.JobTitle),
		}
		if e.BirthDate != nil {
			row.BirthDate = *e.BirthDate
		}
		if e.StartDate != nil {
			row.StartDate = *e.StartDate
		}
		if w := e.WorkPattern; w != nil {
			p := patternFromInput(model.SetWorkPatternInput{Weeks: w.Weeks, WeekAStartsOn: w.WeekAStartsOn})
			row.WorkPattern = &p
		}
		out[i] = row
	}
	return out
}

// The sync's field names are the input's, except the e-mail, which the input calls
// privateEmail.
func inputField(f string) string {
	if f == "email" {
		return "privateEmail"
	}
	return f
}

func employeesPayload(res []payrollsync.EmployeeResult) *model.SyncEmployeesPayload {
	p := &model.SyncEmployeesPayload{Results: make([]*model.SyncEmployeeResult, len(res))}
	for i, r := range res {
		notices := make([]model.SyncNotice, len(r.Notices))
		for k, n := range r.Notices {
			notices[k] = model.SyncNotice(n)
		}
		changed := make([]string, len(r.Changed))
		for k, f := range r.Changed {
			changed[k] = inputField(f)
		}
		ue := r.Error
		if ue != nil && len(ue.Field) > 0 {
			c := *ue
			c.Field = append([]string{inputField(ue.Field[0])}, ue.Field[1:]...)
			ue = &c
		}
		p.Results[i] = &model.SyncEmployeeResult{Index: r.Index, EmployeeNumber: r.EmployeeNumber,
			Status: model.SyncStatus(r.Status), PersonID: optionalID(r.PersonID), EmploymentID: optionalID(r.EmploymentID),
			ChangedFields: changed, Notices: notices, UserErrors: rowErrors(ue, "employees", r.Index)}
		switch r.Status {
		case payrollsync.Created:
			p.CreatedCount++
		case payrollsync.Updated:
			p.UpdatedCount++
		case payrollsync.Unchanged:
			p.UnchangedCount++
		case payrollsync.Failed:
			p.ErrorCount++
		}
	}
	return p
}

func feedPage(p *changefeed.Page) *model.ChangeFeedPage {
	out := &model.ChangeFeedPage{Cursor: p.Cursor, HasMore: p.HasMore, Changes: make([]*model.FeedChange, len(p.Entries))}
	if p.Acknowledged != "" {
		out.AcknowledgedCursor = &p.Acknowledged
	}
	for i, e := range p.Entries {
		keys := make([]string, 0, len(e.Data))
		for k := range e.Data {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		values := make([]*model.FeedValue, len(keys))
		for k, f := range keys {
			values[k] = &model.FeedValue{Field: f, Value: e.Data[f]}
		}
		out.Changes[i] = &model.FeedChange{Cursor: e.Cursor, Kind: string(e.Kind), EmployerID: e.EmployerID,
			PersonID: e.PersonID, PersonKey: optionalID(e.PersonKey), EmploymentID: optionalID(e.EmploymentID),
			SubjectType: e.SubjectType, SubjectID: e.SubjectID, Values: values, OccurredAt: e.OccurredAt}
	}
	return out
}
