package pdf_test

import (
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// The benchmarks of the PDFs (make bench): a payslip and an annual statement rendered
// in memory.

// payslipData is a realistic payslip of n lines as the PDF prints it.
func payslipData(n int) pdf.PayslipData {
	const gross = 412_345
	ps := &ent.Payslip{ID: pid.New(pid.Payslip), PeriodType: payslip.PeriodTypeMONTH, Year: 2026, Period: 10,
		RunDate: date.New(2026, 10, 23), VisibleFrom: date.New(2026, 10, 23), GrossCents: gross, NetCents: 301_234}
	var lines []*ent.PayslipLine
	for i, l := range testworld.WageLines(n, gross) {
		lines = append(lines, &ent.PayslipLine{ID: pid.New(pid.PayslipLine), PayslipID: ps.ID, Position: i,
			Code: l.Code, Description: l.Description, AmountCents: l.AmountCents, Category: l.Category})
	}
	return pdf.PayslipData{
		Payslip: ps, Lines: lines,
		Employer: &ent.Employer{Name: "Installatiebedrijf Van den Berg BV", AdministrationNumber: "90017",
			Street: "Nijverheidsweg 112", PostalCode: "5301 LL", City: "Zaltbommel"},
		Person: &ent.Person{Initials: "J.M.", FirstName: "José", LastNamePrefix: "van der", LastName: "Meulen-Çelik",
			BirthDate: date.New(1987, 4, 2)},
		Employment: &ent.Employment{EmployeeNumber: 1234, JobTitle: "Servicemonteur koeltechniek",
			StartDate: date.New(2015, 9, 1)},
	}
}

// BenchmarkPayslipPDF renders one payslip of 25 lines (two pages) in memory.
func BenchmarkPayslipPDF(b *testing.B) {
	data := payslipData(25)
	var size int
	for b.Loop() {
		out, err := pdf.PayslipPDF(data, testworld.PortalStart)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}

// BenchmarkAnnualStatementPDF renders one jaaropgave in memory.
func BenchmarkAnnualStatementPDF(b *testing.B) {
	p := payslipData(0)
	data := pdf.AnnualStatementData{
		Statement: &ent.AnnualStatement{Year: 2025, WageForPayrollTaxCents: 5_012_345, WithheldPayrollTaxCents: 1_234_567,
			LabourTaxCreditCents: 512_300, ZvwWageCents: 5_100_000, PayrollTaxCreditApplied: true, Bsn: "111222333"},
		Employer: p.Employer, Person: p.Person, Employment: p.Employment,
	}
	var size int
	for b.Loop() {
		out, err := pdf.AnnualStatementPDF(data, testworld.PortalStart)
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size), "pdf-bytes")
}
