package read_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
	"github.com/werkportaal/werkportaal/server/testworld"
)

const testBSN = "111222333"

// The payslip PDF is Dutch (€ 1.234,56, month names, grouped lines with totals) and
// carries no BSN; the annual statement PDF carries it. Text is read back out of the
// PDF's own (compressed) content streams.
func TestPDFsAndBSN(t *testing.T) {
	f := testworld.NewPortal(t)
	in := testworld.Slip(f.Ann, 2026, 10, 345_678)
	id := f.Publish(f.StaffA1, in).Payslips[0].ID
	st, _, err := f.Publisher.PublishAnnualStatement(f.StaffA1, publish.AnnualStatementInput{
		EmploymentID: f.Ann.Job.ID, Year: 2025, WageForPayrollTaxCents: 4_123_456, WithheldPayrollTaxCents: 987_654,
		LabourTaxCreditCents: 512_300, ZvwWageCents: 4_200_000, PayrollTaxCreditApplied: true, BSN: testBSN,
	})
	if err != nil {
		t.Fatal(err)
	}

	dl := testworld.Must[*payroll.Download](t)(f.Payroll.PayslipPDF(f.Ann.Ctx(), id))
	if dl.FileName != "loonstrook-2026-10.pdf" || dl.ContentType != "application/pdf" || !bytes.HasPrefix(dl.Data, []byte("%PDF-")) {
		t.Fatalf("payslip download: %s %s", dl.FileName, dl.ContentType)
	}
	text := testworld.Must[string](t)(pdftext.Text(dl.Data))
	for _, want := range []string{
		"Loonstrook oktober 2026", f.A1.Name, "Ann Jansen", "Verloningsdatum", "20 oktober 2026",
		"Inkomsten", "Salaris", "€ 3.356,78", "Reiskosten", "€ 100,00", "Totaal inkomsten", "€ 3.456,78",
		"Inhoudingen", "Loonheffing", "€ 691,35", "Totaal inhoudingen", "€ 741,35",
		"Werkgeverslasten", "Reserveringen", "Brutoloon", "Nettoloon", dutch.FormatEuro(in.NetCents), "€ 2.715,43",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("payslip PDF lacks %q:\n%s", want, text)
		}
	}
	// No BSN anywhere: not in the text, not in the raw bytes, not in the metadata.
	if strings.Contains(text, testBSN) || bytes.Contains(dl.Data, []byte(testBSN)) || strings.Contains(strings.ToLower(text), "burgerservicenummer") {
		t.Errorf("payslip PDF shows the BSN")
	}

	ann := testworld.Must[*payroll.Download](t)(f.Payroll.AnnualStatementPDF(f.Ann.Ctx(), st.ID))
	if ann.FileName != "jaaropgave-2025.pdf" {
		t.Errorf("annual statement file name %s", ann.FileName)
	}
	text = testworld.Must[string](t)(pdftext.Text(ann.Data))
	for _, want := range []string{
		"Jaaropgave 2025", "Ann Jansen", "Burgerservicenummer", testBSN, "17 maart 1985",
		"Loon voor de loonheffing", "€ 41.234,56", "Ingehouden loonheffing", "€ 9.876,54",
		"Toegepaste arbeidskorting", "€ 5.123,00", "Loon Zvw", "€ 42.000,00", "Loonheffingskorting toegepast", "Ja",
		"1 januari 2025 t/m 31 december 2025",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("annual statement PDF lacks %q:\n%s", want, text)
		}
	}

	// Downloads follow the same rules as the data: a colleague, another employer and
	// another provider get NOT_FOUND; staff without VIEW_EMPLOYEES are refused.
	for name, ctx := range map[string]context.Context{"Bob": f.Bob.Ctx(), "A2 staff": f.StaffA2, "P2 staff": f.ProviderP2, "Gijs (B1)": f.Gijs.Ctx()} {
		if _, err := f.Payroll.PayslipPDF(ctx, id); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s downloads Ann's payslip: %v", name, err)
		}
		if _, err := f.Payroll.AnnualStatementPDF(ctx, st.ID); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s downloads Ann's annual statement: %v", name, err)
		}
	}
	if _, err := f.Payroll.PayslipPDF(f.NoViewA1, id); err == nil {
		t.Error("staff without VIEW_EMPLOYEES downloaded a payslip")
	}
	if _, err := f.Payroll.PayslipPDF(f.ProviderP1, id); err != nil {
		t.Errorf("provider staff download: %v", err)
	}
}

// R23: the PDF of a complete loonstrook has the sections a payroll professional looks
// for, in their order, with the published values; the bank account only masked and no
// BSN. A payslip without the loonstrook fields leaves those sections out instead of
// printing zeros.
func TestLoonstrookPDF(t *testing.T) {
	f := testworld.NewPortal(t)
	id := f.Publish(f.StaffA1, testworld.FullSlip(f.Ann, 2026, 10, 345_678)).Payslips[0].ID
	if _, _, err := f.Publisher.PublishAnnualStatement(f.StaffA1, publish.AnnualStatementInput{
		EmploymentID: f.Ann.Job.ID, Year: 2025, PayrollTaxCreditApplied: true, BSN: testBSN,
	}); err != nil {
		t.Fatal(err)
	}
	dl := testworld.Must[*payroll.Download](t)(f.Payroll.PayslipPDF(f.Ann.Ctx(), id))
	text := testworld.Must[string](t)(pdftext.Text(dl.Data))
	// In the order of the payslip: header, employee and employment, earnings,
	// deductions, gross and net, the account, fiscal data, cumulatives, the rest.
	at := 0
	for _, want := range []string{
		"Loonstrook oktober 2026", f.A1.Name,
		"Werknemer en dienstverband", "Ann Jansen", "Personeelsnummer",
		"Periode", "oktober 2026 (1 oktober 2026 t/m 31 oktober 2026)", "Soort periode", "maand",
		"Arbeidsduur", "32 uur per week", "Deeltijdfactor", "84,21%", "Uren deze periode", "138,67",
		"Wettelijk minimumuurloon", "€ 14,40", "Wettelijk minimumloon", "€ 1.996,80 deze periode",
		"Inkomsten", "Aantal", "Tarief", "Salaris", "138,67", "Totaal inkomsten",
		"Inhoudingen", "Loonheffing", "Pensioenpremie werknemer", "Totaal inhoudingen",
		"Brutoloon", "€ 3.456,78", "Nettoloon", "€ 2.715,43", "Uitbetaald op rekening", "NL** **** **** **43 00",
		"Fiscale gegevens", "SV-loon", "€ 3.406,78", "Loon voor de loonheffing", "Loonheffingstabel", "Witte maandtabel",
		"Loonheffingskorting toegepast", "Ja",
		"Cumulatieven 2026", "Brutoloon", "€ 34.567,80", "SV-loon", "Loon voor de loonheffing", "Ingehouden loonheffing", "€ 6.913,50",
		"Nettoloon", "€ 27.154,30",
		"Werkgeverslasten", "Reserveringen",
	} {
		i := strings.Index(text[at:], want)
		if i < 0 {
			t.Fatalf("loonstrook PDF lacks %q after position %d:\n%s", want, at, text)
		}
		at += i + len(want)
	}
	for _, never := range []string{testBSN, "0417", "Burgerservicenummer", "NL91"} {
		if strings.Contains(text, never) || bytes.Contains(dl.Data, []byte(never)) {
			t.Errorf("loonstrook PDF shows %q", never)
		}
	}

	// An old integration's payslip: no empty sections.
	old := f.Publish(f.StaffA1, testworld.Slip(f.Bob, 2026, 10, 300_000)).Payslips[0].ID
	dl = testworld.Must[*payroll.Download](t)(f.Payroll.PayslipPDF(f.StaffA1, old))
	text = testworld.Must[string](t)(pdftext.Text(dl.Data))
	for _, absent := range []string{"Fiscale gegevens", "Cumulatieven", "Uitbetaald op rekening", "Arbeidsduur", "minimumloon", "Loonheffingstabel"} {
		if strings.Contains(text, absent) {
			t.Errorf("minimal payslip PDF shows %q:\n%s", absent, text)
		}
	}
	if !strings.Contains(text, "Nettoloon") || !strings.Contains(text, "Totaal inkomsten") {
		t.Errorf("minimal payslip PDF lacks its lines:\n%s", text)
	}
}
