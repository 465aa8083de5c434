// Package pdf draws the portal's PDFs: Dutch payslips and annual statements
// (jaaropgaven), and plain text documents for the demo dossier. It only renders; who
// may download what is the business of the packages that serve the files.
package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/payroll"
)

// MediaType is the media type of what this package draws.
const MediaType = "application/pdf"

// The PDFs are drawn with the core Helvetica font in the Windows-1252 code page, which
// holds € and the accented letters of Dutch names; amounts and dates are Dutch.

// categoryNL names the categories of payslip lines as the payslip prints them.
var categoryNL = map[payslipline.Category]string{
	payslipline.CategoryEARNINGS:               "Inkomsten",
	payslipline.CategoryDEDUCTIONS:             "Inhoudingen",
	payslipline.CategoryEMPLOYER_CONTRIBUTIONS: "Werkgeverslasten",
	payslipline.CategoryRESERVATIONS:           "Reserveringen",
}

// doc is a page being drawn.
type doc struct {
	pdf *fpdf.Fpdf
	tr  func(string) string
}

func newDoc(title string, at time.Time) *doc {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)
	pdf.SetTitle(title, true)
	pdf.SetCreator("Werkportaal", true)
	pdf.SetProducer("Werkportaal", true)
	d := &doc{pdf: pdf, tr: pdf.UnicodeTranslatorFromDescriptor("")}
	pdf.AddPage()
	return d
}

func (d *doc) font(style string, size float64) { d.pdf.SetFont("Helvetica", style, size) }

// text writes one line of w mm wide, aligned L or R.
func (d *doc) text(w, h float64, s, align string, ln int) {
	d.pdf.CellFormat(w, h, d.tr(s), "", ln, align, false, 0, "")
}

// row writes a label and a value on one line.
func (d *doc) row(label, value string) {
	d.font("", 10)
	d.text(55, 6, label, "L", 0)
	d.text(0, 6, value, "L", 1)
}

// amountRow writes code, description and a right-aligned amount.
func (d *doc) amountRow(code, desc string, cents int64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	d.font(style, 10)
	d.text(20, 6, code, "L", 0)
	d.text(110, 6, desc, "L", 0)
	d.text(40, 6, dutch.FormatEuro(cents), "R", 1)
}

func (d *doc) rule() {
	y := d.pdf.GetY()
	d.pdf.SetDrawColor(160, 160, 160)
	d.pdf.Line(20, y, 190, y)
	d.pdf.Ln(2)
}

// header writes the title and the employer's name and address.
func (d *doc) header(title string, emp *ent.Employer) {
	d.font("B", 18)
	d.text(0, 10, title, "L", 1)
	d.font("B", 11)
	d.text(0, 6, emp.Name, "L", 1)
	d.font("", 10)
	if emp.Street != "" {
		d.text(0, 5, emp.Street, "L", 1)
	}
	if emp.PostalCode != "" || emp.City != "" {
		d.text(0, 5, emp.PostalCode+"  "+emp.City, "L", 1)
	}
	d.text(0, 5, "Administratienummer "+emp.AdministrationNumber, "L", 1)
	d.pdf.Ln(6)
}

func (d *doc) footer(at time.Time) {
	d.pdf.Ln(8)
	d.font("I", 8)
	d.pdf.SetTextColor(110, 110, 110)
	d.text(0, 5, "Aangemaakt op "+dutch.FormatDate(date.Of(at.In(clock.Amsterdam)))+" via Werkportaal.", "L", 1)
	d.pdf.SetTextColor(0, 0, 0)
}

func (d *doc) bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return buf.Bytes(), nil
}

// PayslipData is what a payslip PDF prints. There is no BSN: Dutch payslips leave it
// out (the annual statement carries it).
type PayslipData struct {
	Payslip    *ent.Payslip
	Lines      []*ent.PayslipLine
	Employer   *ent.Employer
	Person     *ent.Person
	Employment *ent.Employment
}

// PayslipPDF draws a Dutch payslip: employer, employee, period, the lines grouped by
// category with their totals, gross and net.
func PayslipPDF(in PayslipData, at time.Time) ([]byte, error) {
	p := in.Payslip
	period := payroll.PeriodLabel(p.PeriodType, p.Year, p.Period)
	d := newDoc("Loonstrook "+period, at)
	d.header("Loonstrook "+period, in.Employer)

	d.font("B", 11)
	d.text(0, 7, "Werknemer", "L", 1)
	d.row("Naam", directory.FullName(in.Person))
	if in.Employment != nil {
		d.row("Personeelsnummer", strconv.Itoa(in.Employment.EmployeeNumber))
		if in.Employment.JobTitle != "" {
			d.row("Functie", in.Employment.JobTitle)
		}
		d.row("In dienst sinds", dutch.FormatDate(in.Employment.StartDate))
	}
	d.row("Periode", period)
	d.row("Verloningsdatum", dutch.FormatDate(p.RunDate))
	d.pdf.Ln(4)

	for _, t := range payroll.Totals(in.Lines) {
		d.font("B", 11)
		d.text(0, 7, categoryNL[t.Category], "L", 1)
		d.rule()
		for _, l := range in.Lines {
			if l.Category == t.Category {
				d.amountRow(l.Code, l.Description, l.AmountCents, false)
			}
		}
		d.amountRow("", "Totaal "+lower(categoryNL[t.Category]), t.TotalCents, true)
		d.pdf.Ln(3)
	}

	d.rule()
	d.amountRow("", "Brutoloon", p.GrossCents, true)
	d.font("B", 12)
	d.text(20, 8, "", "L", 0)
	d.text(110, 8, "Nettoloon", "L", 0)
	d.text(40, 8, dutch.FormatEuro(p.NetCents), "R", 1)
	d.footer(at)
	return d.bytes()
}

// AnnualStatementData is what a jaaropgave PDF prints.
type AnnualStatementData struct {
	Statement  *ent.AnnualStatement
	Employer   *ent.Employer
	Person     *ent.Person
	Employment *ent.Employment
}

// AnnualStatementPDF draws a Dutch annual statement (jaaropgave), BSN included.
func AnnualStatementPDF(in AnnualStatementData, at time.Time) ([]byte, error) {
	s := in.Statement
	title := "Jaaropgave " + strconv.Itoa(s.Year)
	d := newDoc(title, at)
	d.header(title, in.Employer)

	d.font("B", 11)
	d.text(0, 7, "Werknemer", "L", 1)
	d.row("Naam", directory.FullName(in.Person))
	d.row("Burgerservicenummer", s.Bsn)
	d.row("Geboortedatum", dutch.FormatDate(in.Person.BirthDate))
	if e := in.Employment; e != nil {
		d.row("Personeelsnummer", strconv.Itoa(e.EmployeeNumber))
		from, to := date.New(s.Year, 1, 1), date.New(s.Year, 12, 31)
		if e.StartDate.After(from) {
			from = e.StartDate
		}
		if e.EndDate != nil && e.EndDate.Before(to) {
			to = *e.EndDate
		}
		d.row("Periode", dutch.FormatDate(from)+" t/m "+dutch.FormatDate(to))
	}
	d.pdf.Ln(4)

	d.font("B", 11)
	d.text(0, 7, "Gegevens voor de aangifte inkomstenbelasting", "L", 1)
	d.rule()
	d.amountRow("", "Loon voor de loonheffing", s.WageForPayrollTaxCents, false)
	d.amountRow("", "Ingehouden loonheffing", s.WithheldPayrollTaxCents, false)
	d.amountRow("", "Toegepaste arbeidskorting", s.LabourTaxCreditCents, false)
	d.amountRow("", "Loon Zvw", s.ZvwWageCents, false)
	d.font("", 10)
	d.text(20, 6, "", "L", 0)
	d.text(110, 6, "Loonheffingskorting toegepast", "L", 0)
	yes := "Nee"
	if s.PayrollTaxCreditApplied {
		yes = "Ja"
	}
	d.text(40, 6, yes, "R", 1)
	d.pdf.Ln(6)
	d.font("", 9)
	d.pdf.MultiCell(0, 5, d.tr("Bewaar deze jaaropgave bij je administratie. Je hebt de gegevens nodig voor je aangifte inkomstenbelasting."), "", "L", false)
	d.footer(at)
	return d.bytes()
}

// TextPDF draws a simple document of a title and paragraphs, for the demo dossier.
func TextPDF(title string, paragraphs []string, at time.Time) ([]byte, error) {
	d := newDoc(title, at)
	d.font("B", 18)
	d.text(0, 12, title, "L", 1)
	d.pdf.Ln(4)
	d.font("", 11)
	for _, p := range paragraphs {
		d.pdf.MultiCell(0, 6, d.tr(p), "", "L", false)
		d.pdf.Ln(3)
	}
	d.footer(at)
	return d.bytes()
}

func lower(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'A' && b[0] <= 'Z' {
		b[0] += 'a' - 'A'
	}
	return string(b)
}
