package portal

import (
	"context"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
)

// Download is a file to send.
type Download struct {
	FileName    string
	ContentType string
	Data        []byte
}

// Paths of the downloads, relative to the server root. They carry only the object's
// opaque ID; every request is authorised with its bearer token, so a URL alone opens
// nothing.
const (
	PathPayslipPDF         = "/downloads/payslips/"
	PathAnnualStatementPDF = "/downloads/annual-statements/"
	PathDocument           = "/downloads/documents/"
)

// PayslipURL is the download path of a payslip's PDF.
func PayslipURL(id string) string { return PathPayslipPDF + id + ".pdf" }

// AnnualStatementURL is the download path of an annual statement's PDF.
func AnnualStatementURL(id string) string { return PathAnnualStatementPDF + id + ".pdf" }

// DocumentURL is the download path of a document.
func DocumentURL(id string) string { return PathDocument + id }

// PayslipPDF renders the payslip id as the caller may see it: an employee only their
// own once visible and with feature PAYSLIPS; staff of the tenant with VIEW_EMPLOYEES.
// Anything else is NOT_FOUND, the same as an unknown ID.
func (s *Service) PayslipPDF(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, Payslips); err != nil {
		return nil, err
	}
	ctx = s.withClock(ctx)
	p, err := s.Client.Payslip.Query().Where(payslip.ID(id)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) }).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, notFound(err, "payslip", id)
	}
	e := p.Edges.Employment
	data, err := PayslipPDF(PayslipData{
		Payslip: p, Lines: p.Edges.Lines, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.now())
	if err != nil {
		return nil, err
	}
	return &Download{FileName: PayslipFileName(p.PeriodType, p.Year, p.Period), ContentType: TypePDF, Data: data}, nil
}

// AnnualStatementPDF renders the annual statement id as the caller may see it.
func (s *Service) AnnualStatementPDF(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, AnnualStatements); err != nil {
		return nil, err
	}
	st, err := s.Client.AnnualStatement.Query().Where(annualstatement.ID(id)).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, notFound(err, "annual statement", id)
	}
	e := st.Edges.Employment
	data, err := AnnualStatementPDF(AnnualStatementData{
		Statement: st, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.now())
	if err != nil {
		return nil, err
	}
	return &Download{FileName: AnnualStatementFileName(st.Year), ContentType: TypePDF, Data: data}, nil
}

// DocumentDownload returns the file of document id as the caller may see it: an
// employee only visible documents about them or for everyone, with feature DOCUMENTS.
func (s *Service) DocumentDownload(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, Documents); err != nil {
		return nil, err
	}
	doc, err := s.Client.Document.Query().Where(document.ID(id)).Only(ctx)
	if err != nil {
		return nil, notFound(err, "document", id)
	}
	data, err := s.documentFile(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &Download{FileName: doc.FileName, ContentType: doc.ContentType, Data: data}, nil
}
