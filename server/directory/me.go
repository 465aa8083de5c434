package directory

import (
	"context"
	"errors"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// How a person reads themselves, and what a person fills into a mail text.

// Me is the signed-in employee with every employment at the employer (R18).
type Me struct {
	Account     *ent.Account
	Person      *ent.Person
	Employer    *ent.Employer
	Employments []*ent.Employment
}

// MeParts says which parts of Me a request reads; the others are not loaded. The
// portal's content pages ask only for `me { payslips … }`, which needs none of them.
type MeParts struct {
	Account, Person, Employer, Employments bool
}

// Me returns the signed-in employee, or nil for other principals, with the parts asked.
func (s *Service) Me(ctx context.Context, parts MeParts) (*Me, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.Kind != viewer.KindEmployee {
		return nil, nil
	}
	if parts == (MeParts{}) {
		return &Me{}, nil
	}
	q := s.Client.Person.Query().Where(person.ID(v.PersonID))
	if parts.Account {
		q.WithAccount()
	}
	if parts.Employer {
		q.WithEmployer()
	}
	if parts.Employments {
		q.WithEmployments(func(q *ent.EmploymentQuery) {
			q.Order(ent.Desc(employment.FieldStartDate), ent.Asc(employment.FieldEmployeeNumber))
		})
	}
	p, err := q.Only(ctx)
	if err != nil {
		return nil, err
	}
	return &Me{Account: p.Edges.Account, Person: p, Employer: p.Edges.Employer, Employments: p.Edges.Employments}, nil
}

// PersonVars are the mail variables a person fills in, for previewing a mail text with
// a real person (R15) instead of sample data. The person is read in the caller's own
// context, so another tenant's person is not found.
func (s *Service) PersonVars(ctx context.Context, personID string) (map[string]string, error) {
	p, err := s.Client.Person.Query().Where(person.ID(personID)).WithAccount().WithEmployer().Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("person %s not found", personID)
	}
	if err != nil {
		return nil, err
	}
	vars := map[string]string{"FirstName": p.FirstName, "FullName": FullName(p), "EmployerName": p.Edges.Employer.Name}
	if a := p.Edges.Account; a != nil && a.Username != nil {
		vars["Username"] = *a.Username
	}
	return vars, nil
}
