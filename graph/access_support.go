package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/access/status"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/httpapi"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func personPayload(p *ent.Person, err error) (*model.PersonAccessPayload, error) {
	return payload(err, func() *model.PersonAccessPayload { return &model.PersonAccessPayload{Person: p} })
}

func requestPayload(err error) (*model.RequestPayload, error) {
	return payload(err, func() *model.RequestPayload { return &model.RequestPayload{Ok: true} })
}

func employeeSession(ctx context.Context, t *auth.Tokens, err error) (*model.EmployeeSessionPayload, error) {
	return payload(err, func() *model.EmployeeSessionPayload {
		httpapi.SetRefreshCookie(ctx, httpapi.EmployeeRefreshCookie, t.RefreshToken, t.SessionExpires)
		return &model.EmployeeSessionPayload{
			AccessToken: &t.AccessToken, AccessTokenExpiresAt: &t.AccessExpiresAt, Viewer: &model.Viewer{P: t.Principal},
		}
	})
}

func selection(in model.CollectiveAccessInput) access.Selection {
	sel := access.Selection{PersonIDs: in.PersonIds}
	if in.Filter != nil || in.Search != nil {
		f := directory.EmploymentFilter{Search: deref(in.Search)}
		if in.Filter != nil {
			if in.Filter.Service != nil {
				f.Service = directory.ServiceFilter(*in.Filter.Service)
			}
			for _, s := range in.Filter.AccessStatus {
				f.Statuses = append(f.Statuses, status.Status(s))
			}
		}
		sel.Filter = &f
	}
	return sel
}

func collectivePayload(res *access.CollectiveResult, err error) (*model.CollectiveAccessPayload, error) {
	if err != nil {
		return payload(err, nil, &model.CollectiveAccessPayload{Taken: []*model.CollectiveOutcome{}, Skipped: []*model.CollectiveOutcome{}})
	}
	conv := func(os []access.Outcome) []*model.CollectiveOutcome {
		out := make([]*model.CollectiveOutcome, len(os))
		for i, o := range os {
			out[i] = &model.CollectiveOutcome{PersonID: o.PersonID, FullName: o.FullName, EmployeeNumber: o.EmployeeNumber}
			if o.InviteTo != "" {
				out[i].InviteTo = &o.InviteTo
			}
			if o.Reason != "" {
				r := model.CollectiveSkipReason(o.Reason)
				out[i].Reason = &r
			}
		}
		return out
	}
	return &model.CollectiveAccessPayload{
		DryRun: res.DryRun, TakenCount: len(res.Taken), SkippedCount: len(res.Skipped),
		Taken: conv(res.Taken), Skipped: conv(res.Skipped), UserErrors: []*model.UserError{},
	}, nil
}

// mailLevel turns the API's level into the mail package's; the provider is always the
// caller's own.
func mailLevel(ctx context.Context, in model.MailTemplateLevelInput) mail.Level {
	l := mail.Level{Scope: mail.LevelScope(in.Scope), EmployerID: deref(in.EmployerID)}
	if v := viewer.FromContext(ctx); v != nil {
		l.ProviderID = v.ProviderID
	}
	return l
}

func mailText(e *mail.Entry) *model.MailTemplateText {
	if e == nil {
		return nil
	}
	return &model.MailTemplateText{
		Kind: model.MailKind(e.Kind), Locale: model.MailLocale(e.Locale),
		Subject: e.Subject.Template, SubjectSource: model.MailTextSource(e.Subject.Source),
		TextBody: e.Text.Template, TextBodySource: model.MailTextSource(e.Text.Source),
		HTMLBody: e.HTML.Template, HTMLBodySource: model.MailTextSource(e.HTML.Source),
		Blocks: mailBlocks(e.HTML.Template),
	}
}

// mailBlocks is an HTML body as the structured editor's blocks; nil when it was written
// by hand in another shape.
func mailBlocks(body string) []*model.MailBlock {
	bs, ok := mail.ParseBlocks(body)
	if !ok {
		return nil
	}
	out := make([]*model.MailBlock, len(bs))
	for i, b := range bs {
		out[i] = &model.MailBlock{Kind: model.MailBlockKind(b.Kind), Condition: optionalID(b.If), Text: b.Text,
			Items: append([]string{}, b.Items...), Link: optionalID(b.Link)}
	}
	return out
}

// mailBodies builds the bodies of a draft from the structured editor's blocks; with no
// blocks it returns the bodies as given.
func mailBodies(kind model.MailKind, blocks []*model.MailBlockInput, text, html *string) (*string, *string, error) {
	if blocks == nil {
		return text, html, nil
	}
	if text != nil || html != nil {
		return nil, nil, apperr.User(mail.CodeInvalidTemplate, "give the body as blocks or as text and HTML, not both", mail.FieldHTML)
	}
	bs := make([]mail.Block, len(blocks))
	for i, b := range blocks {
		bs[i] = mail.Block{Kind: mail.BlockKind(b.Kind), If: deref(b.Condition), Text: deref(b.Text), Items: b.Items, Link: deref(b.Link)}
	}
	t, h, err := mail.BuildBlocks(mail.Kind(kind), bs)
	if err != nil {
		return nil, nil, err
	}
	return &t, &h, nil
}

// requireEmployer answers NOT_FOUND unless the caller can see the employer (unknown
// IDs and other tenants' employers alike), so a filter never silently matches nothing.
func (r *Resolver) requireEmployer(ctx context.Context, id string) error {
	ok, err := r.Client.Employer.Query().Where(employer.ID(id)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return apperr.NotFoundf("no employer with ID %q", id)
	}
	return nil
}

// meParts reads which of me's loaded parts the request selects (fragments included),
// so a page that asks only for, say, me.payslips does not load the person's edges.
func meParts(ctx context.Context) directory.MeParts {
	var parts directory.MeParts
	for _, f := range graphql.CollectFieldsCtx(ctx, []string{"EmployeeMe"}) {
		switch f.Name {
		case "account":
			parts.Account = true
		case "person":
			parts.Person = true
		case "employer":
			parts.Employer = true
		case "employments":
			parts.Employments = true
		}
	}
	return parts
}
