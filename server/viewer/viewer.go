// Package viewer is the principal of a request: who is asking, in which tenant scope,
// with which rights. It is a leaf package so that the ent privacy rules (below GraphQL)
// and the domain packages can both read it.
package viewer

import (
	"context"
	"slices"
)

// Kind is the kind of principal.
type Kind string

// The kinds of principal (docs/architecture.md).
const (
	KindStaff     Kind = "STAFF_USER" // ak-gebruiker or werkgevergebruiker
	KindAPIClient Kind = "API_CLIENT" // integrator
	KindEmployee  Kind = "EMPLOYEE"   // portal account of one person at one employer
	KindSystem    Kind = "SYSTEM"     // the program itself: migrations, seeding, dispatchers, sign-in look-ups
)

// Scope is the tenant level a principal works on.
type Scope string

// Scopes.
const (
	ScopeProvider Scope = "PROVIDER" // every employer of the provider
	ScopeEmployer Scope = "EMPLOYER" // one employer
	ScopePerson   Scope = "PERSON"   // one person at one employer (employee)
	ScopeAll      Scope = "ALL"      // system only
)

// Right is a staff right (docs/domain.md, Rights).
type Right string

// The rights.
const (
	ViewEmployees       Right = "VIEW_EMPLOYEES"
	ManagePortalAccess  Right = "MANAGE_PORTAL_ACCESS"
	CollectiveMutations Right = "COLLECTIVE_MUTATIONS"
	ManageProducts      Right = "MANAGE_PRODUCTS"
	ManageMailTemplates Right = "MANAGE_MAIL_TEMPLATES"
	ViewMijnLoketEmail  Right = "VIEW_MIJNLOKET_EMAIL"
	ViewAuditLog        Right = "VIEW_AUDIT_LOG"
	// ManagePayrollData (Beheren salarisgegevens) publishes payroll results and the
	// employee dossier: payslips, annual statements, leave balances and documents.
	ManagePayrollData Right = "MANAGE_PAYROLL_DATA"
	// ManageHRSettings (Beheren HR-instellingen) sets the leave scheme and the work
	// patterns (R28, R29).
	ManageHRSettings Right = "MANAGE_HR_SETTINGS"
	// ManageUsers (Beheren gebruikers) manages API clients, and later staff users, at the
	// holder's own level, with rights the holder has itself (R43, R44).
	ManageUsers Right = "MANAGE_USERS"
	// HandleRequests (Behandelen aanvragen) decides employees' leave requests (R30) where
	// the route sends them to this right (R34).
	HandleRequests Right = "HANDLE_REQUESTS"
	// ManagePreboarding (Beheren preboarding) creates candidates, reads what they
	// submitted (BSN and ID copy included) and completes or ends a preboarding (R38).
	ManagePreboarding Right = "MANAGE_PREBOARDING"
)

// AllRights lists every right in a stable order.
var AllRights = []Right{
	ViewEmployees, ManagePortalAccess, CollectiveMutations, ManageProducts,
	ManageMailTemplates, ViewMijnLoketEmail, ViewAuditLog, ManagePayrollData,
	ManageHRSettings, ManageUsers, HandleRequests, ManagePreboarding,
}

// ValidRight reports whether r is a known right.
func ValidRight(r Right) bool { return slices.Contains(AllRights, r) }

// Principal is who makes a request.
type Principal struct {
	Kind        Kind
	ID          string // user, API client or account ID
	SessionID   string
	DisplayName string
	Username    string // staff users and employees; empty for API clients
	Scope       Scope
	ProviderID  string
	EmployerID  string // empty for provider scope
	PersonID    string // employees only
	Rights      []Right
}

// Has reports whether the principal holds right r. The system holds every right.
func (p *Principal) Has(r Right) bool {
	if p == nil {
		return false
	}
	if p.Kind == KindSystem {
		return true
	}
	return slices.Contains(p.Rights, r)
}

// IsStaffLike reports whether p works on employers (staff user or integrator).
func (p *Principal) IsStaffLike() bool {
	return p != nil && (p.Kind == KindStaff || p.Kind == KindAPIClient)
}

type ctxKey struct{}

// NewContext returns ctx carrying p.
func NewContext(ctx context.Context, p *Principal) context.Context {
	return context.WithValue(ctx, ctxKey{}, p)
}

// FromContext returns the principal of ctx, or nil for an anonymous request.
func FromContext(ctx context.Context) *Principal {
	p, _ := ctx.Value(ctxKey{}).(*Principal)
	return p
}

var system = &Principal{Kind: KindSystem, ID: "system", DisplayName: "Werkportaal", Scope: ScopeAll}

// System returns ctx acting as the program itself, which passes every privacy rule.
// Use it only where no person is asking: start-up, seeding, dispatchers, and the
// look-ups that establish who a signing-in person is.
func System(ctx context.Context) context.Context { return NewContext(ctx, system) }

// IsSystem reports whether ctx acts as the program itself.
func IsSystem(ctx context.Context) bool {
	p := FromContext(ctx)
	return p != nil && p.Kind == KindSystem
}
