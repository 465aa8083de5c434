package directory

import (
	"context"

	"github.com/werkportaal/werkportaal/ent/employer"
)

// EmployerPageSQL is the statement EmployerPage runs for p, for the plan tests.
func (s *Service) EmployerPageSQL(ctx context.Context, p *PagePlan) (string, []any, error) {
	sel, err := s.employerPageSelector(ctx, s.Client.Employer.Query().Where(employer.ID(p.employerID)), p)
	if err != nil {
		return "", nil, err
	}
	query, args := sel.Query()
	return query, args, nil
}

// WithFewMatches is s reading a search's matches by person for at most n matching
// persons (DefaultFewMatches otherwise), so tests reach both forms with a small employer.
func (s *Service) WithFewMatches(n int) *Service {
	c := *s
	c.fewMatches = n
	return &c
}
