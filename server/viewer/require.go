package viewer

import (
	"context"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// Require is the one domain-level answer to "who may do this": it returns the staff
// user or integrator of ctx when it holds right r, and the system, which holds every
// right. Anonymous callers get UNAUTHENTICATED; everyone else, employees included
// whatever rights they would claim, FORBIDDEN. Tenant scope is not its business: the
// privacy policies narrow every read and write to the principal's own rows.
func Require(ctx context.Context, r Right) (*Principal, error) {
	v, err := RequireStaff(ctx)
	if err != nil {
		return nil, err
	}
	if !v.Has(r) {
		return nil, apperr.Forbiddenf("needs the right %s", r)
	}
	return v, nil
}

// RequireStaff returns the staff user, integrator or system of ctx: what staff may do
// without a particular right (reading lists the privacy policies narrow), and never
// an employee.
func RequireStaff(ctx context.Context) (*Principal, error) {
	v := FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if !v.IsStaffLike() && v.Kind != KindSystem {
		return nil, apperr.Forbiddenf("only staff and integrators can do this")
	}
	return v, nil
}

// RequireEmployee returns the signed-in employee of ctx, for the portal's self-service.
func RequireEmployee(ctx context.Context) (*Principal, error) {
	v := FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if v.Kind != KindEmployee {
		return nil, apperr.Forbiddenf("only a signed-in employee can do this")
	}
	return v, nil
}

type publishingKey struct{}

// Publishing marks ctx as the publishing of payroll data (payslips, annual statements,
// leave balances, documents) by a principal that Require let through with
// MANAGE_PAYROLL_DATA. The privacy policies then let it read, within its own tenant,
// the employments, persons and published rows it writes to, even without
// VIEW_EMPLOYEES: payroll publishes to employments its staff may not list.
func Publishing(ctx context.Context) context.Context {
	return context.WithValue(ctx, publishingKey{}, true)
}

// IsPublishing reports whether ctx was marked by Publishing.
func IsPublishing(ctx context.Context) bool {
	b, _ := ctx.Value(publishingKey{}).(bool)
	return b
}
