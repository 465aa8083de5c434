package claims

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/claim"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

var errUnauthenticated = apperr.ErrUnauthenticated

func notFound(id string) error { return apperr.NotFoundf("receipt %s not found", id) }

func personName(p *ent.Person) string {
	parts := []string{p.FirstName}
	if p.LastNamePrefix != "" {
		parts = append(parts, p.LastNamePrefix)
	}
	return strings.Join(append(parts, p.LastName), " ")
}

// Result is the outcome for one claim of a batch: the claim, or why it was refused.
type Result struct {
	ID    string
	Claim *Claim
	Err   error // an *apperr.UserError
}

// Decide approves or rejects claims, each on its own (a result per claim), as a step of
// its route (R34): who is not given the open step, or decides their own claim, is
// refused. A rejection needs a reason (R36). The claim is approved once its last step
// approves; then it enters the change feed for payroll (R45). Staff decide with
// HANDLE_REQUESTS, managers from their Mijn team (R35).
func (s *Service) Decide(ctx context.Context, ids []string, accept bool, comment string) ([]*Result, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, errUnauthenticated
	}
	if v.Kind != viewer.KindEmployee && v.Kind != viewer.KindStaff {
		return nil, apperr.Forbiddenf("claims are decided by staff and managers")
	}
	if v.Kind == viewer.KindStaff && !v.Has(viewer.HandleRequests) {
		return nil, apperr.Forbiddenf("needs the right %s", viewer.HandleRequests)
	}
	ids = dedupe(ids)
	if len(ids) == 0 || len(ids) > maxBatch {
		return nil, apperr.User(CodeInvalidClaim, fmt.Sprintf("1 to %d claims", maxBatch), "ids")
	}
	comment, err := cleanText(comment, maxCommentRunes, "the comment", "comment")
	if err != nil {
		return nil, err
	}
	if !accept && comment == "" {
		return nil, userErr(CodeReasonRequired, "a rejection needs a reason", "comment")
	}
	out := make([]*Result, len(ids))
	for i, id := range ids {
		res := &Result{ID: id}
		var done *ent.Claim
		res.Err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
			var err error
			done, err = s.decideOne(ctx, tx.Client(), v, id, accept, comment)
			return err
		})
		if res.Err == nil {
			res.Claim, res.Err = s.one(ctx, done)
		}
		if res.Err != nil {
			if _, ok := apperr.AsUser(res.Err); !ok {
				return nil, res.Err
			}
		}
		out[i] = res
	}
	return out, nil
}

func (s *Service) decideOne(ctx context.Context, c *ent.Client, v *viewer.Principal, id string, accept bool, comment string) (*ent.Claim, error) {
	// As the system: a manager reads a team member's claim only through its route,
	// which Decide checks below.
	sys := viewer.System(ctx)
	r, err := c.Claim.Query().Where(claim.ID(id)).Modify(store.ForUpdate).Only(sys)
	if ent.IsNotFound(err) || (err == nil && !sameTenant(v, r)) {
		return nil, userErr(CodeNotFound, "no claim you may decide with this ID", "ids")
	}
	if err != nil {
		return nil, fmt.Errorf("claims: claim %s: %w", id, err)
	}
	if Status(r.Status) != StatusSubmitted {
		return nil, userErr(CodeNotOpen, "the claim was decided or withdrawn already", "ids")
	}
	final, err := s.Workflow.Decide(ctx, c, v, r.ID, workflow.Decision{Accept: accept, Comment: comment})
	if err != nil {
		return nil, err
	}
	if !final {
		return r, nil
	}
	return s.finish(ctx, c, r, accept, comment, v.ID, v.DisplayName)
}

// finish records the decision of a claim's route on the claim: approved claims enter
// the change feed, in the same transaction.
func (s *Service) finish(ctx context.Context, c *ent.Client, r *ent.Claim, accept bool, comment, byID, byName string) (*ent.Claim, error) {
	sys := viewer.System(ctx)
	now := s.now()
	status, action := claim.StatusREJECTED, ActionRejected
	if accept {
		status, action = claim.StatusAPPROVED, ActionApproved
	}
	r, err := c.Claim.UpdateOne(r).SetStatus(status).SetDecisionComment(comment).SetDecidedBy(byID).
		SetDecidedByName(byName).SetDecidedAt(now).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("claims: decide %s: %w", r.ID, err)
	}
	if accept {
		data := map[string]string{"component": r.ComponentName, "componentKind": string(r.ComponentKind),
			"date": r.ClaimDate.String(), "amount": euroString(r.AmountCents), "description": r.Description}
		if r.Kilometres != nil {
			data["kilometres"] = strconv.FormatFloat(*r.Kilometres, 'f', -1, 64)
		}
		// As the system: a manager approving a team member's claim writes the entry of
		// another person (the route checked who decides).
		if err := changefeed.Record(sys, c, changefeed.Change{Kind: changefeed.ClaimApproved, At: now,
			ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID, EmploymentID: r.EmploymentID,
			SubjectType: "Claim", SubjectID: r.ID, Data: data}); err != nil {
			return nil, err
		}
	}
	det := map[string]string{"amount": euroString(r.AmountCents)}
	if comment != "" {
		det["comment"] = comment
	}
	return r, record(ctx, c, claimEvent(r, action, now, det))
}

// sameTenant reports whether v works on (or is of) the claim's employer.
func sameTenant(v *viewer.Principal, r *ent.Claim) bool {
	switch v.Scope {
	case viewer.ScopeProvider:
		return v.ProviderID == r.ProviderID
	case viewer.ScopeEmployer, viewer.ScopePerson:
		return v.EmployerID == r.EmployerID
	}
	return false
}

// Processed marks one claim as paid in a payroll period.
type Processed struct {
	ID            string
	PayrollPeriod string
}

var periodRE = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)

// MarkProcessed marks approved claims as processed in a payroll period (YYYY-MM), each
// on its own with a result per claim (R36, R45): payroll took them over from the change
// feed. Marking a processed claim again with the same period changes nothing; another
// period, or a claim that is not approved, is refused. Claims of other tenants are not
// found. Needs MANAGE_PAYROLL_DATA.
func (s *Service) MarkProcessed(ctx context.Context, items []Processed) ([]*Result, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 || len(items) > maxBatch {
		return nil, apperr.User(CodeInvalidClaim, fmt.Sprintf("1 to %d claims", maxBatch), "claims")
	}
	out := make([]*Result, len(items))
	for i, it := range items {
		res := &Result{ID: it.ID}
		var done *ent.Claim
		res.Err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
			var err error
			done, err = s.markOne(ctx, tx.Client(), v, it, i)
			return err
		})
		if res.Err == nil {
			res.Claim, res.Err = s.one(ctx, done)
		}
		if res.Err != nil {
			if _, ok := apperr.AsUser(res.Err); !ok {
				return nil, res.Err
			}
		}
		out[i] = res
	}
	return out, nil
}

func (s *Service) markOne(ctx context.Context, c *ent.Client, v *viewer.Principal, it Processed, i int) (*ent.Claim, error) {
	field := func(name string) []string { return []string{"claims", strconv.Itoa(i), name} }
	period := strings.TrimSpace(it.PayrollPeriod)
	if !periodRE.MatchString(period) {
		return nil, userErr(CodeInvalidPayrollPeriod, "a payroll period is a year and month, e.g. 2027-03", field("payrollPeriod")...)
	}
	// In the caller's context: the privacy policy keeps another tenant's claims out.
	r, err := c.Claim.Query().Where(claim.ID(it.ID)).Modify(store.ForUpdate).Only(ctx)
	if ent.IsNotFound(err) || isDeny(err) {
		return nil, userErr(CodeNotFound, "no claim with this ID", field("id")...)
	}
	if err != nil {
		return nil, fmt.Errorf("claims: claim %s: %w", it.ID, err)
	}
	switch Status(r.Status) {
	case StatusProcessed:
		if r.PayrollPeriod != nil && *r.PayrollPeriod == period {
			return r, nil
		}
		return nil, userErr(CodeNotApproved, "the claim was processed in period "+deref(r.PayrollPeriod)+" already", field("payrollPeriod")...)
	case StatusApproved:
	default:
		return nil, userErr(CodeNotApproved, "only an approved claim is processed; this one is "+strings.ToLower(string(r.Status)), field("id")...)
	}
	now := s.now()
	r, err = c.Claim.UpdateOne(r).SetStatus(claim.StatusPROCESSED).SetPayrollPeriod(period).SetProcessedAt(now).
		SetProcessedBy(v.ID).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: mark %s processed: %w", it.ID, err)
	}
	return r, record(ctx, c, claimEvent(r, ActionProcessed, now, map[string]string{"payrollPeriod": period}))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
