package leave

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service is the leave scheme, the work patterns and the ledgers (R28, R29) as
// principals use them. Every change writes its audit event in the same transaction.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock // nil means the wall clock
	// Gate lets an employee through to a portal feature of the employer's products
	// (R22), as the portal decides it; nil refuses employees every leave request.
	Gate func(ctx context.Context, feature string) error
	// Decider says who decides leave requests; nil is RightDecider (HANDLE_REQUESTS).
	Decider Decider
	// PortalURL is the employee portal's home, the link of the decision mail.
	PortalURL string
	// AdminURL is the staff pages' home (…/beheer), the link of the handlers' digest.
	AdminURL string
}

// The audit actions of the leave domain (R27).
const (
	ActionSchemeCreated    audit.Action    = "LEAVE_SCHEME_CREATED"
	ActionSchemeUpdated    audit.Action    = "LEAVE_SCHEME_UPDATED"
	ActionTypeCreated      audit.Action    = "LEAVE_TYPE_CREATED"
	ActionTypeUpdated      audit.Action    = "LEAVE_TYPE_UPDATED"
	ActionWorkPatternSet   audit.Action    = "WORK_PATTERN_SET"
	ActionEntryRecorded    audit.Action    = "LEAVE_ENTRY_RECORDED"
	ActionAccrualBooked    audit.Action    = "LEAVE_ACCRUED"
	ActionExpiryBooked     audit.Action    = "LEAVE_EXPIRED"
	codeSchemeMissing      apperr.UserCode = "LEAVE_SCHEME_NOT_ACTIVE"
	codeEmploymentNotFound apperr.UserCode = "EMPLOYMENT_NOT_FOUND"
	codeLeaveTypeNotFound  apperr.UserCode = "LEAVE_TYPE_NOT_FOUND"
)

// The userError codes of the leave domain.
const (
	CodeInvalidLeaveType   apperr.UserCode = "INVALID_LEAVE_TYPE"
	CodeDuplicateName      apperr.UserCode = "DUPLICATE_LEAVE_TYPE_NAME"
	CodeStatutoryExists    apperr.UserCode = "STATUTORY_LEAVE_TYPE_EXISTS"
	CodeSchemeNotActive                    = codeSchemeMissing
	CodeEmploymentNotFound                 = codeEmploymentNotFound
	CodeLeaveTypeNotFound                  = codeLeaveTypeNotFound
	CodeInvalidEntry       apperr.UserCode = "INVALID_LEAVE_ENTRY"
	CodeTooManyEntries     apperr.UserCode = "TOO_MANY_LEAVE_ENTRIES"
	CodeNoWorkPattern      apperr.UserCode = "NO_WORK_PATTERN"
)

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

// loadEmployer returns the employer as the caller may see it: another tenant's
// employer is NOT_FOUND like one that does not exist.
func loadEmployer(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Get(ctx, id)
	if notFound(err) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("leave: load employer %s: %w", id, err)
	}
	return e, nil
}

// loadEmployment returns the employment as the caller's tenant holds it, read through
// the privacy rules: another tenant's employment is NOT_FOUND like one that does not
// exist. A publisher (recordLeaveEntries, MANAGE_PAYROLL_DATA) marks ctx with
// viewer.Publishing and reads within its tenant without VIEW_EMPLOYEES; anyone else needs
// that right, as for the employments list.
func loadEmployment(ctx context.Context, c *ent.Client, id string) (*ent.Employment, error) {
	j, err := c.Employment.Query().Where(employment.ID(id)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.NotFoundf("employment %s not found", id)
	}
	if errors.Is(err, privacy.Deny) {
		return nil, apperr.Forbiddenf("needs the right %s", viewer.ViewEmployees)
	}
	if err != nil {
		return nil, fmt.Errorf("leave: load employment %s: %w", id, err)
	}
	return j, nil
}

// readableEmployment is loadEmployment for reading an employment's leave: staff and
// integrators need VIEW_EMPLOYEES. Employees will read their own leave through the
// portal, behind the feature gate of their employer's products (R22); until that is
// built they get FORBIDDEN here.
func (s *Service) readableEmployment(ctx context.Context, id string) (*ent.Employment, error) {
	if _, err := viewer.Require(ctx, viewer.ViewEmployees); err != nil {
		return nil, err
	}
	return loadEmployment(ctx, s.Client, id)
}

// Scheme is an employer's leave scheme: the holiday choices and the leave types.
type Scheme struct {
	ID         string
	EmployerID string
	Holidays   HolidaySettings
	Types      []*Type
	// ExpiryReminderMonth and ExpiryReminderDay are the day of the yearly mail on
	// statutory hours that expire on 1 July (R33).
	ExpiryReminderMonth, ExpiryReminderDay int
}

// Type is a leave type of a scheme (R28).
type Type struct {
	ID           string
	EmployerID   string
	Name         string
	Category     Category
	Vacation     bool
	WeeksPerYear float64
	Accrual      Accrual
	ExpiryMonths *int
	SortOrder    int
	// Requestable: employees may request leave of this type (R30).
	Requestable bool
	// AllowNegative: a request may take the balance below zero (R30).
	AllowNegative bool
}

func typeOf(t *ent.LeaveType) *Type {
	return &Type{
		ID: t.ID, EmployerID: t.EmployerID, Name: t.Name, Category: Category(t.Category),
		Vacation: t.Vacation, WeeksPerYear: t.WeeksPerYear, Accrual: Accrual(t.Accrual),
		ExpiryMonths: t.ExpiryMonths, SortOrder: t.SortOrder, Requestable: t.Requestable, AllowNegative: t.AllowNegative,
	}
}

func schemeOf(sc *ent.LeaveScheme, types []*ent.LeaveType) *Scheme {
	out := &Scheme{ID: sc.ID, EmployerID: sc.EmployerID, Holidays: holidaysOf(sc),
		ExpiryReminderMonth: sc.ExpiryReminderMonth, ExpiryReminderDay: sc.ExpiryReminderDay}
	for _, t := range types {
		out.Types = append(out.Types, typeOf(t))
	}
	return out
}

func holidaysOf(sc *ent.LeaveScheme) HolidaySettings {
	return HolidaySettings{GoodFriday: sc.GoodFridayOff, LiberationDay: LiberationDay(sc.LiberationDay)}
}

func loadTypes(ctx context.Context, c *ent.Client, employerID string) ([]*ent.LeaveType, error) {
	ts, err := c.LeaveType.Query().Where(leavetype.EmployerID(employerID)).
		Order(ent.Asc(leavetype.FieldSortOrder), ent.Asc(leavetype.FieldName)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: leave types of %s: %w", employerID, err)
	}
	return ts, nil
}

// Scheme returns the employer's scheme as the caller may see it; nil when the
// employer has none (neither Verlofregeling nor Verlofregistratie was ever active).
// Every principal of the employer may read it, employees included.
func (s *Service) Scheme(ctx context.Context, employerID string) (*Scheme, error) {
	if viewer.FromContext(ctx) == nil {
		return nil, apperr.ErrUnauthenticated
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	sc, err := s.Client.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("leave: scheme of %s: %w", e.ID, err)
	}
	ts, err := loadTypes(ctx, s.Client, e.ID)
	if err != nil {
		return nil, err
	}
	return schemeOf(sc, ts), nil
}
