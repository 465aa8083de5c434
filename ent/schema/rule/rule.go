// Package rule holds the ent privacy rules that enforce tenant isolation below GraphQL:
// every query and every update or delete is narrowed to the rows of the viewer's
// provider, employer or person, and every create is checked to land inside them.
// Nothing of another provider or employer is visible, not even its existence.
package rule

import (
	"context"
	"errors"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// DenyIfNoViewer denies anonymous access; sign-in look-ups run as the system.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("privacy: no viewer")
		}
		return privacy.Skip
	})
}

// AllowIfSystem lets the program itself through.
func AllowIfSystem() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.IsSystem(ctx) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AlwaysDeny ends a policy: only what an earlier rule allowed passes.
func AlwaysDeny() privacy.QueryMutationRule { return privacy.AlwaysDenyRule() }

// Scoped narrows queries, updates and deletes to what scope returns for the viewer;
// a nil predicate means the viewer may see nothing of this type.
func Scoped(scope func(v *viewer.Principal) entql.P) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("privacy: no viewer")
		}
		p := scope(v)
		if p == nil {
			return privacy.Denyf("privacy: %s may not see this", v.Kind)
		}
		f.Where(p)
		return privacy.Skip
	})
}

// ByTenant is the usual scope of a tenant-owned row with provider_id, employer_id and
// (for person-owned rows) a person column; personField "" hides the type from employees.
func ByTenant(personField string) func(v *viewer.Principal) entql.P {
	return func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer:
			return entql.FieldEQ("employer_id", v.EmployerID)
		case viewer.ScopePerson:
			if personField == "" {
				return nil
			}
			return entql.And(entql.FieldEQ("employer_id", v.EmployerID), entql.FieldEQ(personField, v.PersonID))
		}
		return nil
	}
}

// EmployerWide is the scope of rows every principal of an employer may read, employees
// included (e.g. the employer's product activations, which decide what the portal shows).
func EmployerWide(v *viewer.Principal) entql.P {
	switch v.Scope {
	case viewer.ScopeProvider:
		return entql.FieldEQ("provider_id", v.ProviderID)
	case viewer.ScopeEmployer, viewer.ScopePerson:
		return entql.FieldEQ("employer_id", v.EmployerID)
	}
	return nil
}

// CreateWithinTenant checks that a new row carries the viewer's own provider, employer
// and (for employees) person keys, whichever of those columns the type has.
func CreateWithinTenant() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("privacy: no viewer")
		}
		if !fieldIs(m, "provider_id", v.ProviderID) {
			return privacy.Denyf("privacy: create outside the viewer's provider")
		}
		if v.Scope == viewer.ScopeEmployer || v.Scope == viewer.ScopePerson {
			if !fieldIs(m, "employer_id", v.EmployerID) {
				return privacy.Denyf("privacy: create outside the viewer's employer")
			}
		}
		if v.Scope == viewer.ScopePerson && !fieldIs(m, "person_id", v.PersonID) {
			return privacy.Denyf("privacy: create for another person")
		}
		return privacy.Skip
	})
}

// ProviderCreatesWithRight allows a create by provider-level staff or integrators
// holding r, when the new row names their own provider (an employer made by payroll's
// sync, R45); everyone else is left to the rules that follow.
func ProviderCreatesWithRight(r viewer.Right) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if !m.Op().Is(ent.OpCreate) || !v.IsStaffLike() || v.Scope != viewer.ScopeProvider || !v.Has(r) {
			return privacy.Skip
		}
		if !fieldIs(m, "provider_id", v.ProviderID) {
			return privacy.Denyf("privacy: create outside the viewer's provider")
		}
		return privacy.Allow
	})
}

// fieldIs reports whether the mutation sets name to want. A create that leaves a
// scoping column unset is refused: every tenant-owned row names its tenant.
func fieldIs(m ent.Mutation, name, want string) bool {
	val, ok := m.Field(name)
	if !ok {
		return false
	}
	switch s := val.(type) {
	case string:
		return s == want
	case *string:
		return s != nil && *s == want
	}
	return false
}

// DenyUpdateDelete makes a type append-only, even for the system (R27's trail).
func DenyUpdateDelete() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		return privacy.Denyf("privacy: %s is append-only", m.Type())
	})
}

// StaffNeedsRight denies staff users and integrators without right r; employees and
// the system are judged by the other rules.
func StaffNeedsRight(r viewer.Right) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v.IsStaffLike() && !v.Has(r) {
			return privacy.Denyf("privacy: needs the right %s", r)
		}
		return privacy.Skip
	})
}

// StaffNeedsRightToRead is StaffNeedsRight(r), except for a publisher: staff or an
// integrator holding MANAGE_PAYROLL_DATA whose domain code marked ctx with
// viewer.Publishing reads without r what it publishes to. It only lets the request on
// to the tenant filter that follows it, so another tenant's rows stay invisible.
func StaffNeedsRightToRead(r viewer.Right) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		if !v.IsStaffLike() || v.Has(r) {
			return privacy.Skip
		}
		if viewer.IsPublishing(ctx) && v.Has(viewer.ManagePayrollData) {
			return privacy.Skip
		}
		return privacy.Denyf("privacy: needs the right %s", r)
	})
}

// ScopedAllow narrows an update or delete to what scope returns and then allows it, for
// types whose policy ends in AlwaysDeny: the narrowing makes the change touch only the
// viewer's own rows, so nothing else needs to be said.
func ScopedAllow(scope func(v *viewer.Principal) entql.P) privacy.MutationRule {
	inner := Scoped(scope)
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if err := inner.EvalMutation(ctx, m); !errors.Is(err, privacy.Skip) {
			return err
		}
		return privacy.Allow
	})
}

// ScopedContext is Scoped for scopes that depend on the request as well as the viewer,
// such as the date of today (clock.FromContext) that decides whether an employee may
// see a payslip yet.
func ScopedContext(scope func(ctx context.Context, v *viewer.Principal) entql.P) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("privacy: no viewer")
		}
		p := scope(ctx, v)
		if p == nil {
			return privacy.Denyf("privacy: %s may not see this", v.Kind)
		}
		f.Where(p)
		return privacy.Skip
	})
}

// DenyEmployees refuses changes by employees, for data only payroll and staff write
// (payslips, annual statements, leave balances, documents: employees cannot upload, R26).
func DenyEmployees() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && v.Kind == viewer.KindEmployee {
			return privacy.Denyf("privacy: employees do not change this")
		}
		return privacy.Skip
	})
}

// Today is the date in the Netherlands by the clock of ctx (the wall clock when the
// request carries none).
func Today(ctx context.Context) date.Date { return clock.Today(clock.FromContext(ctx)) }
