package access

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Reasons a collective change skips a person (R5, R7); stable codes the SPA translates
// and the downloadable result lists.
const (
	SkipOutOfService      = "OUT_OF_SERVICE"
	SkipNoEmail           = "NO_EMAIL"
	SkipInvalidEmail      = "INVALID_EMAIL"
	SkipAlreadyHasAccess  = "ALREADY_HAS_ACCESS"
	SkipInvitationPending = "INVITATION_PENDING"
	SkipAccountBlocked    = "ACCOUNT_BLOCKED"
	SkipNoAccess          = "NO_ACCESS"
	SkipAlreadyBlocked    = "ALREADY_BLOCKED"
)

// MaxCollective bounds one collective change.
const MaxCollective = 20000

// Selection is who a collective change is about: either a list of persons or every
// person matching the employments list's search and filters ("all matching").
type Selection struct {
	PersonIDs []string
	Filter    *directory.EmploymentFilter
}

// Outcome is what a collective change does (or would do) to one person.
type Outcome struct {
	PersonID       string
	FullName       string
	EmployeeNumber int
	Reason         string // empty for taken
	// InviteTo is where the invitation goes: the person's e-mail address, for the persons a
	// collective grant takes (its preview lists them, R5); empty otherwise.
	InviteTo string
}

// CollectiveResult lists who is taken and who is skipped, in employee-number order.
type CollectiveResult struct {
	DryRun  bool
	Taken   []Outcome
	Skipped []Outcome
}

// CollectiveGrant grants access to every selected person who qualifies (R5): in service
// (an employment without end date), with an e-mail address, without access or a pending
// invitation. Everyone else is skipped with the reason. A dry run computes exactly the
// same result without changing anything; the real run applies it in one transaction
// with one mail per person.
func (s *Service) CollectiveGrant(ctx context.Context, employerID string, sel Selection, dryRun bool) (*CollectiveResult, error) {
	return s.collective(ctx, employerID, sel, dryRun, true, s.collectiveGrantReason, func(c *ent.Client, subs []*subject) error {
		ids, err := s.invite(ctx, c, subs)
		if err != nil {
			return err
		}
		events := make([]audit.Event, len(subs))
		for i, sub := range subs {
			events[i] = s.event(audit.AccessGranted, sub, map[string]string{"invitation": ids[i], "collective": "true"})
		}
		return audit.RecordMany(ctx, c, events)
	})
}

// CollectiveBlock blocks every selected person who has access or a pending invitation
// (R7), with the block mail to each.
func (s *Service) CollectiveBlock(ctx context.Context, employerID string, sel Selection, dryRun bool) (*CollectiveResult, error) {
	return s.CollectiveBlockWithReason(ctx, employerID, sel, dryRun, "")
}

// CollectiveBlockWithReason is CollectiveBlock with the staff user's optional reason,
// kept in each block's audit event and never mailed (R6, R7, R27), as for one block.
func (s *Service) CollectiveBlockWithReason(ctx context.Context, employerID string, sel Selection, dryRun bool, reason string) (*CollectiveResult, error) {
	reason, err := cleanBlockReason(reason)
	if err != nil {
		return nil, err
	}
	details := map[string]string{"collective": "true"}
	if reason != "" {
		details["reason"] = reason
	}
	return s.collective(ctx, employerID, sel, dryRun, false, func(sub *subject) string {
		switch blockRefusal(sub) {
		case CodeNoAccess:
			return SkipNoAccess
		case CodeAlreadyBlocked:
			return SkipAlreadyBlocked
		}
		return ""
	}, func(c *ent.Client, subs []*subject) error {
		if err := s.block(ctx, c, subs); err != nil {
			return err
		}
		events := make([]audit.Event, len(subs))
		for i, sub := range subs {
			events[i] = s.event(audit.AccessBlocked, sub, maps.Clone(details))
		}
		return audit.RecordMany(ctx, c, events)
	})
}

func (s *Service) collectiveGrantReason(sub *subject) string {
	if !hasOpenEmployment(sub.p) {
		return SkipOutOfService
	}
	switch s.grantRefusal(sub) {
	case CodeEmailRequired:
		return SkipNoEmail
	case CodeInvalidEmail:
		return SkipInvalidEmail
	case CodeInvitationPending:
		return SkipInvitationPending
	case CodeAlreadyHasAccess:
		return SkipAlreadyHasAccess
	case CodeAccountBlocked:
		return SkipAccountBlocked
	}
	return ""
}

// hasOpenEmployment: R5 takes persons whose employments have no end date.
func hasOpenEmployment(p *ent.Person) bool {
	for _, e := range p.Edges.Employments {
		if e.EndDate == nil {
			return true
		}
	}
	return false
}

func (s *Service) collective(ctx context.Context, employerID string, sel Selection, dryRun, inviteTo bool,
	reason func(*subject) string, apply func(*ent.Client, []*subject) error) (*CollectiveResult, error) {
	if _, err := viewer.Require(ctx, viewer.CollectiveMutations); err != nil {
		return nil, err
	}
	if _, err := viewer.Require(ctx, viewer.ManagePortalAccess); err != nil {
		return nil, err
	}
	if (len(sel.PersonIDs) == 0) == (sel.Filter == nil) {
		return nil, apperr.BadRequestf("give either personIds or a filter")
	}
	if len(sel.PersonIDs) > MaxCollective {
		return nil, apperr.BadRequestf("at most %d persons at once", MaxCollective)
	}
	var res *CollectiveResult
	plan := func(c *ent.Client) ([]*subject, error) {
		subs, err := s.selectSubjects(ctx, c, employerID, sel)
		if err != nil {
			return nil, err
		}
		res = &CollectiveResult{DryRun: dryRun}
		var taken []*subject
		for _, sub := range subs {
			o := Outcome{PersonID: sub.p.ID, FullName: directory.FullName(sub.p), EmployeeNumber: firstNumber(sub.p)}
			if o.Reason = reason(sub); o.Reason == "" {
				if inviteTo {
					o.InviteTo = deref(sub.p.Email)
				}
				res.Taken = append(res.Taken, o)
				taken = append(taken, sub)
			} else {
				res.Skipped = append(res.Skipped, o)
			}
		}
		return taken, nil
	}
	if dryRun {
		if _, err := plan(s.Client); err != nil {
			return nil, err
		}
		return res, nil
	}
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		taken, err := plan(tx.Client())
		if err != nil || len(taken) == 0 {
			return err
		}
		return apply(tx.Client(), taken)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// The columns a collective change reads of each selected person, account and
// employment: what its reasons, mails, audit events and outcomes use (names, e-mail
// addresses, the account's state and language; the employments' end dates and
// numbers), with the keys. The rest of the rows stays unread, the secrets of an
// account (password hash, second factor) above all; reading whole rows of 10,000
// persons cost a third of a dry run (issue #12). A field a change starts to use must be
// added here: it reads as its zero value otherwise, which
// TestCollectiveReadsEnoughColumns catches when its population has the field set (it
// compares grants and blocks with those that read whole rows).
var (
	subjectPersonColumns = []string{
		person.FieldID, person.FieldProviderID, person.FieldEmployerID,
		person.FieldEmail, person.FieldFirstName, person.FieldLastNamePrefix, person.FieldLastName,
	}
	subjectAccountColumns = []string{
		account.FieldID, account.FieldProviderID, account.FieldEmployerID, account.FieldPersonID,
		account.FieldState, account.FieldInviteExpiresAt, account.FieldLockedUntil, account.FieldLanguage, account.FieldRegisteredEmail,
	}
	subjectEmploymentColumns = []string{
		employment.FieldID, employment.FieldProviderID, employment.FieldEmployerID, employment.FieldPersonID,
		employment.FieldEndDate, employment.FieldEmployeeNumber,
	}
)

// subjectColumns are the columns selectSubjects reads: subject…Columns, or whole rows
// (empty lists) for the comparison of TestCollectiveReadsEnoughColumns.
type subjectColumns struct{ person, account, employment []string }

func (s *Service) subjectColumns() subjectColumns {
	if s.readWholeSubjects {
		return subjectColumns{}
	}
	return subjectColumns{subjectPersonColumns, subjectAccountColumns, subjectEmploymentColumns}
}

// selectSubjects loads the selected persons of the employer with account and
// employments (subject…Columns), in employee-number order. Unknown or invisible IDs are
// bad input.
func (s *Service) selectSubjects(ctx context.Context, c *ent.Client, employerID string, sel Selection) ([]*subject, error) {
	emp, err := c.Employer.Query().Where(employer.ID(employerID)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", employerID)
	}
	if err != nil {
		return nil, err
	}
	// The persons alone are locked; their accounts and employments are read after, by
	// the locked persons' IDs (see loadAccountsAndEmployments).
	cols := s.subjectColumns()
	var persons []*ent.Person
	if sel.Filter != nil {
		preds, err := s.Directory.EmploymentPredicates(employerID, *sel.Filter)
		if err != nil {
			return nil, err
		}
		persons, err = c.Person.Query().
			Where(person.EmployerID(employerID), person.HasEmploymentsWith(preds...)).
			Select(cols.person...).Modify(store.ForUpdate).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("access: select persons: %w", err)
		}
	} else {
		ids := slices.Compact(slices.Sorted(slices.Values(sel.PersonIDs)))
		for chunk := range slices.Chunk(ids, store.AnyOfChunk) {
			ps, err := c.Person.Query().
				Where(person.EmployerID(employerID), predicate.Person(store.AnyOf(person.FieldID, chunk))).
				Select(cols.person...).Modify(store.ForUpdate).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("access: select persons: %w", err)
			}
			persons = append(persons, ps...)
		}
		if len(persons) != len(ids) {
			found := make(map[string]bool, len(persons))
			for _, p := range persons {
				found[p.ID] = true
			}
			var missing []string
			for _, id := range ids {
				if !found[id] {
					missing = append(missing, id)
				}
			}
			return nil, apperr.NotFoundf("persons not found at this employer: %s", strings.Join(first(missing, 5), ", "))
		}
	}
	if err := loadAccountsAndEmployments(ctx, c, persons, cols); err != nil {
		return nil, err
	}
	subs := make([]*subject, len(persons))
	for i, p := range persons {
		subs[i] = &subject{p: p, acc: p.Edges.Account, emp: emp}
	}
	slices.SortFunc(subs, func(a, b *subject) int { return firstNumber(a.p) - firstNumber(b.p) })
	return subs, nil
}

// loadAccountsAndEmployments sets the account and the employments of each person
// (their cols), as WithAccount and WithEmployments would, through the same
// privacy policies. Unlike them it names the persons by one array parameter
// (store.AnyOf), not by a parameter each: for 10,000 persons that was most of the time
// of reading them (issue #12).
func loadAccountsAndEmployments(ctx context.Context, c *ent.Client, persons []*ent.Person, cols subjectColumns) error {
	at := make(map[string]*ent.Person, len(persons))
	ids := make([]string, len(persons))
	for i, p := range persons {
		at[p.ID], ids[i] = p, p.ID
		p.Edges.Employments = []*ent.Employment{} // loaded, maybe none
	}
	for chunk := range slices.Chunk(ids, store.AnyOfChunk) {
		accs, err := c.Account.Query().Where(predicate.Account(store.AnyOf(account.FieldPersonID, chunk))).
			Select(cols.account...).All(ctx)
		if err != nil {
			return fmt.Errorf("access: select accounts: %w", err)
		}
		for _, a := range accs {
			if p := at[a.PersonID]; p != nil {
				p.Edges.Account = a
			}
		}
		jobs, err := c.Employment.Query().Where(predicate.Employment(store.AnyOf(employment.FieldPersonID, chunk))).
			Select(cols.employment...).All(ctx)
		if err != nil {
			return fmt.Errorf("access: select employments: %w", err)
		}
		for _, e := range jobs {
			if p := at[e.PersonID]; p != nil {
				p.Edges.Employments = append(p.Edges.Employments, e)
			}
		}
	}
	return nil
}

func firstNumber(p *ent.Person) int {
	n := 0
	for _, e := range p.Edges.Employments {
		if n == 0 || e.EmployeeNumber < n {
			n = e.EmployeeNumber
		}
	}
	return n
}

func first[T any](xs []T, n int) []T { return xs[:min(n, len(xs))] }
