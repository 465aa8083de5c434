package workflow

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/privacy"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
)

// Service is the Workflow editor, the departments its managers come from and the
// routing of every request (R34).
type Service struct {
	Client *ent.Client
	Clock  clock.Clock // nil means the wall clock
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

func (s *Service) today() date.Date { return date.Of(s.now().In(clock.Amsterdam)) }

// notFound tells whether err means "not there or not yours", which are never told
// apart.
func notFound(err error) bool { return ent.IsNotFound(err) || errors.Is(err, privacy.Deny) }

// productActive reports whether the employer has the product now, read as the caller
// passes ctx (routing passes the system: an employee's request is routed by it too).
func productActive(ctx context.Context, c *ent.Client, employerID, code string) (bool, error) {
	ok, err := c.ProductActivation.Query().Where(
		productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil(),
		productactivation.HasProductWith(entproduct.CodeEQ(code)),
	).Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("workflow: is %s active: %w", code, err)
	}
	return ok, nil
}
