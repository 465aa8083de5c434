package workflow

import (
	"entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/ent/workflowassignee"
	"github.com/werkportaal/werkportaal/ent/workflowrequest"
	"github.com/werkportaal/werkportaal/ent/workflowstep"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Decidable is MayDecideSubjects as a condition in SQL, for the queues of the kinds: it
// keeps the rows of a subject table — the requests of one kind, with the columns id,
// provider_id and employer_id (claims, personal-data changes) — that v may decide now.
// A queue so reads a page of exactly what v may decide in one statement, instead of
// reading more rows and dropping the ones routed to someone else.
//
// The rules are MayDecideSubjects': a request whose route has an open step goes to whom
// that step is given (never to the employee themself, nor to who submitted it or decided
// an earlier step); any other — decided, or older than routing — to the holders of
// HANDLE_REQUESTS of its tenant. TestDecidableIsMayDecideSubjects holds the two equal.
func Decidable(v *viewer.Principal) func(*sql.Selector) {
	return func(s *sql.Selector) {
		if v == nil {
			s.Where(sql.False())
			return
		}
		// The requests whose route has a step open now: routing decides who takes them.
		routed := sql.Dialect(s.Dialect()).Select(workflowrequest.FieldSubjectID).From(sql.Table(workflowrequest.Table))
		routed.Where(sql.EQ(routed.C(workflowrequest.FieldStatus), workflowrequest.StatusOPEN))
		workflowrequest.HasStepsWith(workflowstep.StateEQ(workflowstep.StateOPEN))(routed)

		conds := []*sql.Predicate{}
		if take := takePredicate(v); take != nil {
			mine := sql.Dialect(s.Dialect()).Select(workflowrequest.FieldSubjectID).From(sql.Table(workflowrequest.Table))
			preds := []predicate.WorkflowRequest{
				workflowrequest.StatusEQ(workflowrequest.StatusOPEN),
				workflowrequest.SubmittedByNEQ(v.ID),
				workflowrequest.Not(workflowrequest.HasStepsWith(workflowstep.DecidedBy(v.ID))),
				workflowrequest.HasStepsWith(workflowstep.StateEQ(workflowstep.StateOPEN), take),
			}
			switch v.Scope {
			case viewer.ScopeProvider:
				preds = append(preds, workflowrequest.ProviderID(v.ProviderID))
			case viewer.ScopeEmployer, viewer.ScopePerson:
				preds = append(preds, workflowrequest.EmployerID(v.EmployerID))
			default:
				preds = append(preds, func(s *sql.Selector) { s.Where(sql.False()) })
			}
			if v.Kind == viewer.KindEmployee {
				preds = append(preds, workflowrequest.PersonIDNEQ(v.PersonID))
			}
			workflowrequest.And(preds...)(mine)
			conds = append(conds, sql.In(s.C("id"), mine))
		}
		if v.Kind == viewer.KindStaff && v.Has(viewer.HandleRequests) {
			tenant := sql.False()
			switch v.Scope {
			case viewer.ScopeProvider:
				tenant = sql.EQ(s.C("provider_id"), v.ProviderID)
			case viewer.ScopeEmployer:
				tenant = sql.EQ(s.C("employer_id"), v.EmployerID)
			}
			conds = append(conds, sql.And(tenant, sql.NotIn(s.C("id"), routed)))
		}
		if len(conds) == 0 {
			s.Where(sql.False())
			return
		}
		s.Where(sql.Or(conds...))
	}
}

// takePredicate is mayTake in SQL: the open steps v is given. Nil when v is given none
// (an integrator).
func takePredicate(v *viewer.Principal) predicate.WorkflowStep {
	given := func(kind workflowassignee.Kind, id string, to workflowstep.AssignedTo) predicate.WorkflowStep {
		return workflowstep.And(workflowstep.StuckEQ(false), workflowstep.AssignedToEQ(to),
			workflowstep.HasAssigneesWith(workflowassignee.KindEQ(kind), workflowassignee.AssigneeID(id)))
	}
	switch v.Kind {
	case viewer.KindEmployee:
		return given(workflowassignee.KindPERSON, v.PersonID, workflowstep.AssignedToPERSONS)
	case viewer.KindStaff:
		named := given(workflowassignee.KindUSER, v.ID, workflowstep.AssignedToUSERS)
		if !v.Has(viewer.HandleRequests) {
			return named
		}
		// A step to the right, and a stuck step whoever it was given to, is the holders'.
		return workflowstep.Or(named, workflowstep.StuckEQ(true), workflowstep.AssignedToIsNil(),
			workflowstep.AssignedToEQ(workflowstep.AssignedToRIGHT))
	}
	return nil
}
