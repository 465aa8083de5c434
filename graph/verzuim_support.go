package graph

import (
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
