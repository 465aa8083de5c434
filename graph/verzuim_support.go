package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/sick"
)

func contactInput(in *model.VerzuimContactInput) sick.ContactInput {
	out := sick.ContactInput{Name: in.Name, Email: in.Email}
	if in.Role != nil {
		out.Role = *in.Role
	}
	if in.Language != nil {
		out.Language = mail.Locale(*in.Language)
	}
	return out
}

func contactPayload(c *ent.VerzuimContact, err error) (*model.VerzuimContactPayload, error) {
	return payload(err, func() *model.VerzuimContactPayload { return &model.VerzuimContactPayload{VerzuimContact: c} })
}

func workResumed(in *model.ReportPartialRecoveryInput) sick.WorkResumed {
	return sick.WorkResumed{Percentage: in.Percentage, HoursPerWeek: in.HoursPerWeek}
}

func partialPayload(p *ent.PartialRecovery, err error) (*model.PartialRecoveryPayload, error) {
	return payload(err, func() *model.PartialRecoveryPayload { return &model.PartialRecoveryPayload{PartialRecovery: p} })
}

func poortwachterCase(c *sick.Case) *model.PoortwachterCase {
	if c == nil {
		return nil
	}
	out := &model.PoortwachterCase{FirstSickDay: c.FirstSickDay, Milestones: make([]*model.PoortwachterMilestone, len(c.Milestones))}
	for i, m := range c.Milestones {
		out.Milestones[i] = &model.PoortwachterMilestone{Step: model.PoortwachterStep(m.Step), Week: m.Week,
			OpensOn: m.Opens, DueOn: m.Due, DoneOn: m.DoneOn, Status: model.PoortwachterStatus(m.Status)}
	}
	return out
}

// preloadSickCases computes the Poortwachter cases of a list of reports in one query
// (sick.CasesOf) and keeps them in the request's memo for SickReport.poortwachter, so
// the verzuim overview costs the same for 10 open cases as for 50.
func (r *Resolver) preloadSickCases(ctx context.Context, reps []*ent.SickReport) error {
	m := memoOf(ctx)
	if m == nil || len(reps) == 0 {
		return nil
	}
	cases, err := r.Absence.CasesOf(ctx, reps)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.sickCases == nil {
		m.sickCases = map[string]*sick.Case{}
	}
	for _, rep := range reps {
		// An ended report has no case: remembered as nil so that it costs no query either.
		m.sickCases[rep.ID] = cases[rep.ID]
	}
	return nil
}

// sickCase is the report's case from the memo, or read on its own when no list
// preloaded it.
func (r *Resolver) sickCase(ctx context.Context, rep *ent.SickReport) (*sick.Case, error) {
	if m := memoOf(ctx); m != nil {
		m.mu.Lock()
		c, ok := m.sickCases[rep.ID]
		m.mu.Unlock()
		if ok {
			return c, nil
		}
	}
	return r.Absence.CaseOf(ctx, rep)
}

// listSelectsPoortwachter reports whether a list of SickReport being resolved selects
// poortwachter.
func listSelectsPoortwachter(ctx context.Context) bool {
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{"SickReport"}) {
		if f.Name == "poortwachter" {
			return true
		}
	}
	return false
}
