package read

import (
	"context"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/pdf"
)

// Paths of the PDF downloads, relative to the server root. They carry only the
// object's opaque ID; every request is authorised with its bearer token, so a URL
// alone opens nothing.
const (
	PathPayslipPDF         = "/downloads/payslips/"
	PathAnnualStatementPDF = "/downloads/annual-statements/"
)

// PayslipURL is the download path of a payslip's PDF.
func PayslipURL(id string) string { return PathPayslipPDF + id + ".pdf" }

// AnnualStatementURL is the download path of an annual statement's PDF.
func AnnualStatementURL(id string) string { return PathAnnualStatementPDF + id + ".pdf" }

// PayslipPDF renders the payslip id as the caller may see it: an employee only their
// own once visible and with feature PAYSLIPS; staff of the tenant with VIEW_EMPLOYEES.
// Anything else is NOT_FOUND, the same as an unknown ID.
func (s *Service) PayslipPDF(ctx context.Context, id string) (*payroll.Download, error) {
	if err := s.Features.Require(ctx, feature.Payslips); err != nil {
		return nil, err
	}
	ctx = s.withClock(ctx)
	p, err := s.Client.Payslip.Query().Where(payslip.ID(id)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) }).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, payroll.NotFound(err, "payslip", id)
	}
	e := p.Edges.Employment
	data, err := pdf.PayslipPDF(pdf.PayslipData{
		Payslip: p, Lines: p.Edges.Lines, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.Clock.Now().UTC())
	if err != nil {
		return nil, err
	}
	return &payroll.Download{FileName: payroll.PayslipFileName(p.PeriodType, p.Year, p.Period), ContentType: pdf.MediaType, Data: data}, nil
}

// AnnualStatementPDF renders the annual statement id as the caller may see it.
func (s *Service) AnnualStatementPDF(ctx context.Context, id string) (*payroll.Download, error) {
	if err := s.Features.Require(ctx, feature.AnnualStatements); err != nil {
		return nil, err
	}
	st, err := s.Client.AnnualStatement.Query().Where(annualstatement.ID(id)).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, payroll.NotFound(err, "annual statement", id)
	}
	e := st.Edges.Employment
	data, err := pdf.AnnualStatementPDF(pdf.AnnualStatementData{
		Statement: st, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.Clock.Now().UTC())
	if err != nil {
		return nil, err
	}
	return &payroll.Download{FileName: payroll.AnnualStatementFileName(st.Year), ContentType: pdf.MediaType, Data: data}, nil
}
