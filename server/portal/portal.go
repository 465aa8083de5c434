// Package portal is the content of the employee portal (R20–R26): the payroll results
// integrators publish (payslips with their lines, annual statements, leave balances),
// the dossier of documents with its new-document mail, personal data, and sick and
// recovery reports. Each part an employee sees is a feature that the employer's
// products switch on (R20, R22); asking for a feature that is off is FEATURE_NOT_ACTIVE.
// It also renders payslips and annual statements as Dutch PDFs and serves downloads.
package portal

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/privacy"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service is the portal's content.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	// PortalURL is the employee portal's home, the link of the new-document mail.
	PortalURL string
}

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	CodeInvalidInput               apperr.UserCode = "INVALID_INPUT"
	CodeEmploymentNotFound         apperr.UserCode = "EMPLOYMENT_NOT_FOUND"
	CodeDuplicateInBatch           apperr.UserCode = "DUPLICATE_IN_BATCH"
	CodeInvalidBSN                 apperr.UserCode = "INVALID_BSN"
	CodeFileTooLarge               apperr.UserCode = "FILE_TOO_LARGE"
	CodeUnsupportedFileType        apperr.UserCode = "UNSUPPORTED_FILE_TYPE"
	CodeFirstSickDayInFuture       apperr.UserCode = "FIRST_SICK_DAY_IN_FUTURE"
	CodeHoursWorkedOutOfRange      apperr.UserCode = "HOURS_WORKED_OUT_OF_RANGE"
	CodeAlreadyReportedSick        apperr.UserCode = "ALREADY_REPORTED_SICK"
	CodeNotReportedSick            apperr.UserCode = "NOT_REPORTED_SICK"
	CodeRecoveryBeforeFirstSickDay apperr.UserCode = "RECOVERY_BEFORE_FIRST_SICK_DAY"
)

// Limits of the publishing mutations.
const (
	MaxBatch        = 500
	MaxLines        = 200
	MaxDocumentSize = 10 << 20 // 10 MiB
	maxCents        = 1_000_000_000_00
	maxHours        = 10_000
)

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
	// SalaryCalculator is *Salaris berekenen* (R39): a net-pay estimate.
	SalaryCalculator Feature = "SALARY_CALCULATOR"
)

// AllFeatures lists the features in the order of the portal's menu.
var AllFeatures = []Feature{SalaryChart, Payslips, AnnualStatements, Documents, LeaveCard, PersonalData, AbsenceReporting, SalaryCalculator}

// FeaturesOf derives the portal features from the codes of the active products (R20,
// R22): MijnLoket itself brings the Start features (salary chart, payslips, annual
// statements); the others need their own product too. Without MijnLoket there is no
// portal, so no features at all.
func FeaturesOf(activeCodes []string) []Feature {
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
	if on(product.CodeAbsenceReporting) {
		out = append(out, AbsenceReporting)
	}
	if on(product.CodeSalaryCalculator) {
		out = append(out, SalaryCalculator)
	}
	return out
}

// FeatureOfPrefix names the feature an employee needs to reach an object by its ID
// (node(id:)), from the ID's prefix; false for types no feature gates.
func FeatureOfPrefix(prefix string) (Feature, bool) {
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

// RequireFeatureOfObject refuses an employee an object, named by its ID, whose portal
// feature the employer has not activated (R22), so that node(id:) and nodes(ids:) are
// no way around the gating. Types no feature gates pass, and so do malformed IDs: they
// are the caller's NOT_FOUND to give.
func (s *Service) RequireFeatureOfObject(ctx context.Context, id string) error {
	prefix, err := pid.Prefix(id)
	if err != nil {
		return nil
	}
	f, gated := FeatureOfPrefix(prefix)
	if !gated {
		return nil
	}
	return s.RequireFeature(ctx, f)
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
func (s *Service) Features(ctx context.Context) ([]Feature, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	if v.Kind != viewer.KindEmployee {
		return nil, nil
	}
	cache, _ := ctx.Value(cacheKey{}).(*featureCache)
	if cache == nil {
		codes, err := activeCodes(ctx, s.Client, v.EmployerID)
		if err != nil {
			return nil, err
		}
		return FeaturesOf(codes), nil
	}
	// The lock is held over the query: the fields of me resolve concurrently, and the
	// first one to ask reads for all of them.
	cache.mu.Lock()
	defer cache.mu.Unlock()
	fs, ok := cache.features[v.EmployerID]
	if ok {
		return fs, nil
	}
	codes, err := activeCodes(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	fs = FeaturesOf(codes)
	cache.features[v.EmployerID] = fs
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
		return nil, fmt.Errorf("portal: active products of %s: %w", employerID, err)
	}
	return codes, nil
}

// RequireFeature lets an employee through only when the employer has feature f (R22);
// staff, integrators and the system are not gated.
func (s *Service) RequireFeature(ctx context.Context, f Feature) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return apperr.ErrUnauthenticated
	}
	if v.Kind != viewer.KindEmployee {
		return nil
	}
	fs, err := s.Features(ctx)
	if err != nil {
		return err
	}
	if !slices.Contains(fs, f) {
		return apperr.E(apperr.FeatureNotActive, fmt.Sprintf("the employer has not activated the portal feature %s", f))
	}
	return nil
}

// employee returns the signed-in employee with feature f, or an error.
func (s *Service) employee(ctx context.Context, f Feature) (*viewer.Principal, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.RequireFeature(ctx, f); err != nil {
		return nil, err
	}
	return v, nil
}

// publisher lets through a principal that may publish payroll data (R23, R26) and
// marks ctx as publishing, so that the privacy policies let it read, within its own
// tenant, the employments, persons and rows it publishes to (rule.StaffNeedsRightToRead).
func publisher(ctx context.Context) (context.Context, *viewer.Principal, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return ctx, nil, err
	}
	return viewer.Publishing(ctx), v, nil
}

// withClock puts the service's clock in ctx for the privacy rule that hides a payslip
// until its visible-from date.
func (s *Service) withClock(ctx context.Context) context.Context {
	return clock.NewContext(ctx, s.Clock)
}

func (s *Service) now() time.Time { return s.Clock.Now().UTC() }

func (s *Service) today() date.Date { return clock.Today(s.Clock) }

// notFound turns ent's not-found into NOT_FOUND: the privacy rules filter another
// tenant's (or another employee's) rows out, so their IDs answer exactly like unknown
// ones. A privacy denial (a missing right) stays a denial: FORBIDDEN.
func notFound(err error, what, id string) error {
	if ent.IsNotFound(err) {
		return apperr.NotFoundf("%s %s not found", what, id)
	}
	if errors.Is(err, privacy.Deny) {
		return apperr.Forbiddenf("not allowed to see %s %s", what, id)
	}
	return err
}

// enqueue queues mails in the caller's transaction, stamped with the service's clock.
func (s *Service) enqueue(ctx context.Context, c *ent.Client, msgs []mail.Message) error {
	now := s.now()
	for i := range msgs {
		msgs[i].QueuedAt = now
	}
	return mail.EnqueueMany(ctx, c, msgs)
}

func userErr(code apperr.UserCode, msg string, field ...string) error {
	return apperr.User(code, msg, field...)
}
