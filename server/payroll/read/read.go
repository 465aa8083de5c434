// Package read is what employees and staff see of the payroll results (R23, R24) and
// of the employee's personal data: payslips with their lines, the salary chart, annual
// statements, leave balances, Persoonsgegevens inzien, and the payslip and annual
// statement as PDF downloads. Staff see everything that was published in their tenant
// (VIEW_EMPLOYEES, by the privacy policies); an employee sees their own, once visible,
// and only the parts whose feature the employer switched on (R22).
package read

import (
	"context"
	"slices"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll"
)

// Service reads the payroll results and the personal data.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
}

// withClock puts the service's clock in ctx for the privacy rule that hides a payslip
// until its visible-from date.
func (s *Service) withClock(ctx context.Context) context.Context {
	return clock.NewContext(ctx, s.Clock)
}

// PayslipLines returns the lines of p in payslip order, from the loaded edge when the
// query loaded it.
func (s *Service) PayslipLines(ctx context.Context, p *ent.Payslip) ([]*ent.PayslipLine, error) {
	lines := p.Edges.Lines
	if lines == nil {
		var err error
		lines, err = s.Client.PayslipLine.Query().Where(payslipline.PayslipID(p.ID)).
			Order(ent.Asc(payslipline.FieldPosition)).All(s.withClock(ctx))
		if err != nil {
			return nil, err
		}
	}
	lines = slices.Clone(lines)
	slices.SortStableFunc(lines, func(a, b *ent.PayslipLine) int { return a.Position - b.Position })
	return lines, nil
}

// PersonPayslips returns the payslips of a person, for staff (all of them) and for
// the employee (own, visible by today, feature PAYSLIPS), with their lines loaded.
// employmentID narrows it to one employment.
func (s *Service) PersonPayslips(ctx context.Context, personID, employmentID string) (*ent.PayslipQuery, error) {
	if err := s.Features.Require(ctx, feature.Payslips); err != nil {
		return nil, err
	}
	q := s.Client.Payslip.Query().Where(payslip.PersonID(personID)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) })
	if employmentID != "" {
		q.Where(payslip.EmploymentID(employmentID))
	}
	return q, nil
}

// MyPayslips is PersonPayslips for the signed-in employee.
func (s *Service) MyPayslips(ctx context.Context, employmentID string) (*ent.PayslipQuery, error) {
	return feature.Mine(ctx, s.Features, feature.Payslips, func(ctx context.Context, personID string) (*ent.PayslipQuery, error) {
		return s.PersonPayslips(ctx, personID, employmentID)
	})
}

// SalaryPoint is one period of the salary chart.
type SalaryPoint struct {
	PayslipID, EmploymentID string
	PeriodType              payslip.PeriodType
	Year, Period            int
	Label                   string
	RunDate                 date.Date
	GrossCents, NetCents    int64
}

// MaxSeriesMonths bounds the salary chart.
const MaxSeriesMonths = 24

// SalarySeries returns gross and net per period for the chart: the employee's visible
// payslips with a run date in the last months calendar months (this month included),
// oldest first. Feature SALARY_CHART.
func (s *Service) SalarySeries(ctx context.Context, months int, employmentID string) ([]SalaryPoint, error) {
	v, err := s.Features.Employee(ctx, feature.SalaryChart)
	if err != nil {
		return nil, err
	}
	if months < 1 || months > MaxSeriesMonths {
		return nil, apperr.BadRequestf("months must be between 1 and %d", MaxSeriesMonths)
	}
	today := clock.Today(s.Clock)
	from := date.New(today.Year, today.Month-time.Month(months-1), 1)
	q := s.Client.Payslip.Query().Where(payslip.PersonID(v.PersonID), payslip.RunDateGTE(from))
	if employmentID != "" {
		q.Where(payslip.EmploymentID(employmentID))
	}
	ps, err := q.Order(ent.Asc(payslip.FieldPeriodKey), ent.Asc(payslip.FieldRunDate), ent.Asc(payslip.FieldID)).
		All(s.withClock(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]SalaryPoint, len(ps))
	for i, p := range ps {
		out[i] = SalaryPoint{
			PayslipID: p.ID, EmploymentID: p.EmploymentID, PeriodType: p.PeriodType, Year: p.Year, Period: p.Period,
			Label: payroll.PeriodLabel(p.PeriodType, p.Year, p.Period), RunDate: p.RunDate, GrossCents: p.GrossCents, NetCents: p.NetCents,
		}
	}
	return out, nil
}

// PersonAnnualStatements returns a person's annual statements, newest year first;
// feature ANNUAL_STATEMENTS for the employee.
func (s *Service) PersonAnnualStatements(ctx context.Context, personID string) ([]*ent.AnnualStatement, error) {
	if err := s.Features.Require(ctx, feature.AnnualStatements); err != nil {
		return nil, err
	}
	return s.Client.AnnualStatement.Query().Where(annualstatement.PersonID(personID)).
		Order(ent.Desc(annualstatement.FieldYear), ent.Asc(annualstatement.FieldEmploymentID)).All(ctx)
}

// MyAnnualStatements is PersonAnnualStatements for the signed-in employee.
func (s *Service) MyAnnualStatements(ctx context.Context) ([]*ent.AnnualStatement, error) {
	return feature.Mine(ctx, s.Features, feature.AnnualStatements, s.PersonAnnualStatements)
}

// PersonLeaveBalances returns a person's leave card of year (the newest year with
// balances when nil), by employment and kind, computed from the ledger (R28); feature
// LEAVE_CARD for the employee.
func (s *Service) PersonLeaveBalances(ctx context.Context, personID string, year *int) ([]*leave.CardLine, error) {
	if err := s.Features.Require(ctx, feature.LeaveCard); err != nil {
		return nil, err
	}
	lv := &leave.Service{Client: s.Client, Clock: s.Clock}
	return lv.PersonCard(ctx, personID, year)
}

// MyLeaveBalances is PersonLeaveBalances for the signed-in employee.
func (s *Service) MyLeaveBalances(ctx context.Context, year *int) ([]*leave.CardLine, error) {
	return feature.Mine(ctx, s.Features, feature.LeaveCard, func(ctx context.Context, personID string) ([]*leave.CardLine, error) {
		return s.PersonLeaveBalances(ctx, personID, year)
	})
}

// Personal is what Persoonsgegevens inzien shows.
type Personal struct {
	Person      *ent.Person
	FullName    string
	Employments []*ent.Employment
}

// MyPersonalData returns the signed-in employee's personal data as the employer
// registered it. Feature PERSONAL_DATA.
func (s *Service) MyPersonalData(ctx context.Context) (*Personal, error) {
	v, err := s.Features.Employee(ctx, feature.PersonalData)
	if err != nil {
		return nil, err
	}
	p, err := s.Client.Person.Query().Where(person.ID(v.PersonID)).
		WithEmployments(func(q *ent.EmploymentQuery) {
			q.Order(ent.Desc(employment.FieldStartDate), ent.Asc(employment.FieldEmployeeNumber))
		}).Only(ctx)
	if err != nil {
		return nil, payroll.NotFound(err, "person", v.PersonID)
	}
	return &Personal{Person: p, FullName: directory.FullName(p), Employments: p.Edges.Employments}, nil
}
