// Package feature is the gate of the employee portal (R20, R22): each part an employee
// sees is a feature that the employer's products switch on, and asking for a feature
// that is off is FEATURE_NOT_ACTIVE. Staff, integrators and the system are not gated.
package feature

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Gate answers which features the signed-in employee's employer has.
type Gate struct {
	Client *ent.Client
	// Clock tells the day a substitute's period is read on (Mijn team, R35); nil means
	// the wall clock.
	Clock clock.Clock
}

func (g *Gate) now() time.Time {
	if g.Clock == nil {
		return time.Now().In(clock.Amsterdam)
	}
	return g.Clock.Now().In(clock.Amsterdam)
}

// Feature is a part of the employee portal that products switch on.
type Feature string

// The features (GraphQL PortalFeature).
const (
	SalaryChart      Feature = "SALARY_CHART"
	Payslips         Feature = "PAYSLIPS"
	AnnualStatements Feature = "ANNUAL_STATEMENTS"
	Documents        Feature = "DOCUMENTS"
	LeaveCard        Feature = "LEAVE_CARD"
	PersonalData     Feature = "PERSONAL_DATA"
	AbsenceReporting Feature = "ABSENCE_REPORTING"
	// LeaveRequests (Verlofaanvragen) and LeaveCalendar (Verlofkalender): server/leave's
	// request and calendar features (R30, R32), gated here like the others (R22).
	LeaveRequests Feature = "LEAVE_REQUESTS"
	LeaveCalendar Feature = "LEAVE_CALENDAR"
	// SalaryCalculator is *Salaris berekenen* (R39): a net-pay estimate.
	SalaryCalculator Feature = "SALARY_CALCULATOR"
	// InsuranceCompare is *Verzekeringen vergelijken* (R40): collective insurance offers.
	InsuranceCompare Feature = "INSURANCE_COMPARE"
	// Assistant is *Assistent* (R41): questions about the employee's own data and the help.
	Assistant Feature = "ASSISTANT"
	// ExpenseClaims is *Declaraties* (R36): expense claims with receipts.
	ExpenseClaims Feature = "EXPENSE_CLAIMS"
	// PolicyAssistant is *Assistent bedrijfsregelingen* (R42): questions answered with
	// passages of the employer's regulations.
	PolicyAssistant Feature = "POLICY_ASSISTANT"
	// Preboarding is the candidate's checklist before the first day (R38).
	Preboarding Feature = "PREBOARDING"
	// PersonalDataChanges is *Persoonsgegevens wijzigen* (R37): requests to change the
	// fields the employer made requestable.
	PersonalDataChanges Feature = "PERSONAL_DATA_CHANGES"
	// MyTeam is *Mijn team* of Management Self Service (R35): only for an employee who
	// manages a department or stands in for a manager (see Manages).
	MyTeam Feature = "MY_TEAM"
)

// All lists the features in the order of the portal's menu.
var All = []Feature{SalaryChart, Payslips, AnnualStatements, Documents, LeaveCard, PersonalData, PersonalDataChanges, AbsenceReporting,
	LeaveRequests, LeaveCalendar, SalaryCalculator, InsuranceCompare, Assistant, PolicyAssistant, ExpenseClaims,
	Preboarding, MyTeam}

// Of derives the portal features from the codes of the active products (R20,
// R22): MijnLoket itself brings the Start features (salary chart, payslips, annual
// statements); the others need their own product too. Without MijnLoket there is no
// portal, so no features at all.
func Of(activeCodes []string) []Feature {
	on := func(codes ...string) bool {
		return slices.ContainsFunc(codes, func(c string) bool { return slices.Contains(activeCodes, c) })
	}
	if !on(product.CodeMijnLoket) {
		return []Feature{}
	}
	out := []Feature{SalaryChart, Payslips, AnnualStatements}
	if on(product.CodeDocuments) {
		out = append(out, Documents)
	}
	if on(product.CodeLeaveCard) {
		out = append(out, LeaveCard)
	}
	if on(product.CodePersonalDataView, product.CodePersonalDataEdit) {
		out = append(out, PersonalData)
	}
	if on(product.CodePersonalDataEdit) {
		out = append(out, PersonalDataChanges)
	}
	if on(product.CodeAbsenceReporting) {
		out = append(out, AbsenceReporting)
	}
	if on(product.CodeLeaveRequests) {
		out = append(out, LeaveRequests)
	}
	if on(product.CodeLeaveCalendar) {
		out = append(out, LeaveCalendar)
	}
	if on(product.CodeSalaryCalculator) {
		out = append(out, SalaryCalculator)
	}
	if on(product.CodeInsuranceCompare) {
		out = append(out, InsuranceCompare)
	}
	if on(product.CodeAssistant) {
		out = append(out, Assistant)
	}
	if on(product.CodePolicyAssistant) {
		out = append(out, PolicyAssistant)
	}
	if on(product.CodeExpenseClaims) {
		out = append(out, ExpenseClaims)
	}
	if on(product.CodePreboardingFeature) {
		out = append(out, Preboarding)
	}
	if on(product.CodeManagementSelfService) {
		out = append(out, MyTeam)
	}
	return out
}

// OfPrefix names the feature an employee needs to reach an object by its ID
// (node(id:)), from the ID's prefix; false for types no feature gates.
func OfPrefix(prefix string) (Feature, bool) {
	switch prefix {
	case pid.Payslip:
		return Payslips, true
	case pid.AnnualStatement:
		return AnnualStatements, true
	case pid.LeaveBalance:
		return LeaveCard, true
	case pid.Document:
		return Documents, true
	case pid.SickReport:
		return AbsenceReporting, true
	}
	return "", false
}

// RequireOfObject refuses an employee an object, named by its ID, whose portal
// feature the employer has not activated (R22), so that node(id:) and nodes(ids:) are
// no way around the gating. Types no feature gates pass, and so do malformed IDs: they
// are the caller's NOT_FOUND to give.
func (g *Gate) RequireOfObject(ctx context.Context, id string) error {
	prefix, err := pid.Prefix(id)
	if err != nil {
		return nil
	}
	f, gated := OfPrefix(prefix)
	if !gated {
		return nil
	}
	return g.Require(ctx, f)
}

// featureCache holds the features of the employee's employer for one request, so
// that me { features payslips documents … } reads the products once.
type featureCache struct {
	mu       sync.Mutex
	features map[string][]Feature
}

type cacheKey struct{}

// WithRequestCache gives a request a cache of the employer's features.
func WithRequestCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &featureCache{features: map[string][]Feature{}})
}

// Features returns the portal features of the signed-in employee's employer; nil for
// other principals (staff see everything that was published, ungated).
func (g *Gate) Features(ctx context.Context) ([]Feature, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if v.Kind != viewer.KindEmployee {
		return nil, nil
	}
	cache, _ := ctx.Value(cacheKey{}).(*featureCache)
	if cache == nil {
		codes, err := activeCodes(ctx, g.Client, v.EmployerID)
		if err != nil {
			return nil, err
		}
		return g.forPerson(ctx, v, Of(codes))
	}
	// The lock is held over the query: the fields of me resolve concurrently, and the
	// first one to ask reads for all of them.
	cache.mu.Lock()
	defer cache.mu.Unlock()
	key := v.EmployerID + "/" + v.PersonID
	fs, ok := cache.features[key]
	if ok {
		return fs, nil
	}
	codes, err := activeCodes(ctx, g.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	fs, err = g.forPerson(ctx, v, Of(codes))
	if err != nil {
		return nil, err
	}
	cache.features[key] = fs
	return fs, nil
}

// activeCodes is one query: the codes of the employer's live activations, read in the
// caller's context (an employee may read their own employer's activations).
func activeCodes(ctx context.Context, c *ent.Client, employerID string) ([]string, error) {
	codes, err := c.ProductActivation.Query().
		Where(productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil()).
		QueryProduct().
		Select(entproduct.FieldCode).
		Strings(ctx)
	if err != nil {
		return nil, fmt.Errorf("feature: active products of %s: %w", employerID, err)
	}
	return codes, nil
}

// Require lets an employee through only when the employer has feature f (R22);
// staff, integrators and the system are not gated.
func (g *Gate) Require(ctx context.Context, f Feature) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	if v.Kind != viewer.KindEmployee {
		return nil
	}
	fs, err := g.Features(ctx)
	if err != nil {
		return err
	}
	if !slices.Contains(fs, f) {
		return apperr.E(apperr.FeatureNotActive, fmt.Sprintf("the employer has not activated the portal feature %s", f))
	}
	return nil
}

// Employee returns the signed-in employee when the employer has feature f, or an error.
func (g *Gate) Employee(ctx context.Context, f Feature) (*viewer.Principal, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	if err := g.Require(ctx, f); err != nil {
		return nil, err
	}
	return v, nil
}

// Mine answers for the signed-in employee what of answers for any person: of is called
// with the employee's own person ID once the employer has feature f. It is how the
// portal's me { … } reads share the staff's reads of a person.
func Mine[T any](ctx context.Context, g *Gate, f Feature, of func(ctx context.Context, personID string) (T, error)) (T, error) {
	v, err := g.Employee(ctx, f)
	if err != nil {
		var zero T
		return zero, err
	}
	return of(ctx, v.PersonID)
}
