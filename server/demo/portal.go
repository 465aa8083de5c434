package demo

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pid"
)

// The portal's demo content (R23–R26): 14 months of payslips for everyone in service
// in those months, an annual statement for last year, this year's leave balances, a
// few documents (some visible) and sick reports, one of them open. It has its own
// random stream, so the persons and accounts stay exactly as before.

// PayslipMonths is how many visible monthly payslips an employee in service has.
const PayslipMonths = 14

// Simplified Dutch payroll figures (2025), enough for realistic payslips.
const (
	pensionFranchise   = 18_475.0 // per year
	pensionRateEmp     = 0.055    // employee part, on salary above the franchise
	pensionRateEr      = 0.11     // employer part
	wwRate             = 0.0274   // WW premium, low rate
	zvwRate            = 0.0651   // employer's Zvw levy
	holidayAllowance   = 0.08
	raisePerYear       = 1.03
	bracket1, bracket2 = 38_441.0, 76_817.0
)

// annualTax is the payroll tax on an annual wage with or without the payroll tax
// credit (general tax credit and labour tax credit).
func annualTax(a float64, credit bool) float64 {
	tax := 0.3582*math.Min(a, bracket1) + 0.3748*math.Max(0, math.Min(a, bracket2)-bracket1) + 0.495*math.Max(0, a-bracket2)
	if !credit {
		return tax
	}
	return math.Max(0, tax-generalCredit(a)-labourCredit(a))
}

func generalCredit(a float64) float64 {
	if a <= 28_406 {
		return 3_068
	}
	return math.Max(0, 3_068-0.06337*(a-28_406))
}

func labourCredit(a float64) float64 {
	switch {
	case a <= 12_169:
		return 0.08053 * a
	case a <= 26_288:
		return 980 + 0.30030*(a-12_169)
	case a <= 43_071:
		return 5_220 + 0.02258*(a-26_288)
	case a <= 129_078:
		return math.Max(0, 5_599-0.06510*(a-43_071))
	}
	return 0
}

func cents(euros float64) int64 { return int64(math.Round(euros * 100)) }

// monthSlip is one month of pay.
type monthSlip struct {
	gross, net int64
	lines      []publish.LineInput
	taxable    int64 // wage for payroll tax
	tax        int64
}

// payMonth computes a month's payslip from the monthly salary.
func payMonth(salary float64, may, credit bool) monthSlip {
	pension := math.Max(0, salary-pensionFranchise/12) * pensionRateEmp
	regular := salary - pension
	tax := annualTax(regular*12, credit) / 12
	lines := []publish.LineInput{{Code: "1000", Description: "Salaris", AmountCents: cents(salary), Category: payslipline.CategoryEARNINGS, Kind: kind(payslipline.KindSALARY)}}
	gross := salary
	if may {
		h := salary * 12 * holidayAllowance
		gross += h
		rate := 0.3582
		if regular*12 > bracket1 {
			rate = 0.3748
		}
		if regular*12 > bracket2 {
			rate = 0.495
		}
		tax += h * rate
		lines = append(lines, publish.LineInput{Code: "1100", Description: "Uitbetaling vakantietoeslag", AmountCents: cents(h), Category: payslipline.CategoryEARNINGS, Kind: kind(payslipline.KindHOLIDAY_ALLOWANCE_PAID)})
	}
	lines = append(lines,
		publish.LineInput{Code: "5000", Description: "Loonheffing", AmountCents: cents(tax), Category: payslipline.CategoryDEDUCTIONS, Kind: kind(payslipline.KindPAYROLL_TAX)},
		publish.LineInput{Code: "5100", Description: "Pensioenpremie werknemer", AmountCents: cents(pension), Category: payslipline.CategoryDEDUCTIONS, Kind: kind(payslipline.KindPENSION_PREMIUM)},
		publish.LineInput{Code: "6000", Description: "Premie WW (laag)", AmountCents: cents(gross * wwRate), Category: payslipline.CategoryEMPLOYER_CONTRIBUTIONS},
		publish.LineInput{Code: "6100", Description: "Werkgeversheffing Zvw", AmountCents: cents(gross * zvwRate), Category: payslipline.CategoryEMPLOYER_CONTRIBUTIONS},
		publish.LineInput{Code: "6200", Description: "Pensioenpremie werkgever", AmountCents: cents(math.Max(0, salary-pensionFranchise/12) * pensionRateEr), Category: payslipline.CategoryEMPLOYER_CONTRIBUTIONS},
		publish.LineInput{Code: "4000", Description: "Reservering vakantietoeslag", AmountCents: cents(salary * holidayAllowance), Category: payslipline.CategoryRESERVATIONS, Kind: kind(payslipline.KindHOLIDAY_ALLOWANCE_RESERVED)},
	)
	g, t, p := cents(gross), cents(tax), cents(pension)
	return monthSlip{gross: g, net: g - t - p, lines: lines, taxable: g - p, tax: t}
}

func kind(k payslipline.Kind) *payslipline.Kind { return &k }

// Full time in the demo is 36 hours a week; every third employee works 32.
const fullTimeHours = 36.0

func weeklyHours(e *ent.Employment) float64 {
	if e.EmployeeNumber%3 == 0 {
		return 32
	}
	return fullTimeHours
}

// minimumHourlyWage is the statutory minimum hourly wage (wettelijk minimumuurloon, 21
// and older) of a month in cents: € 14,06 from 1 January 2025 and € 14,40 from 1 July
// 2025 (rijksoverheid.nl, docs/domain.md); a demo figure, so later months keep the last
// one known here.
func minimumHourlyWage(y int, m time.Month) int64 {
	if y < 2025 || (y == 2025 && m < time.July) {
		return 1_406
	}
	return 1_440
}

// demoIBAN is a valid Dutch IBAN for the demo's employment n (bank code DEMO is not a
// real bank); only its masked form is stored, as publishing would (R23).
func demoIBAN(n int) string {
	bban := fmt.Sprintf("DEMO%010d", 1_000_000_000+n*7_919)
	var digits strings.Builder
	for _, r := range bban + "NL00" {
		if r >= 'A' {
			fmt.Fprintf(&digits, "%d", r-'A'+10)
		} else {
			digits.WriteRune(r)
		}
	}
	rem := 0
	for _, r := range digits.String() {
		rem = (rem*10 + int(r-'0')) % 97
	}
	return fmt.Sprintf("NL%02d%s", 98-rem, bban)
}

// loonstrook sets the fields that make a demo payslip a loonstrook (R23): the period,
// hours, minimum wage, the tax table and loonheffingskorting, SV-loon and loon voor de
// loonheffing, the year to date, and the masked bank account. ytd sums the payslips of
// the year up to and including this one. It also puts hours and rate on the salary line.
func loonstrook(pc *ent.PayslipCreate, e *ent.Employment, y int, m time.Month, ms monthSlip, ytd monthSlip, credit bool) {
	start := date.New(y, m, 1)
	end := date.New(y, m+1, 1).AddDays(-1)
	hours := weeklyHours(e)
	worked := math.Round(hours*52/12*100) / 100
	white, month := payslip.TaxTableColourWHITE, payslip.TaxTablePeriodMONTH
	iban, _ := payroll.NormalIBAN(demoIBAN(e.EmployeeNumber))
	pc.SetPeriodStart(start).SetPeriodEnd(end).
		SetHoursPerWeek(hours).SetPartTimePercentage(math.Round(hours/fullTimeHours*10_000) / 100).SetHoursWorked(worked).
		SetMinimumHourlyWageCents(minimumHourlyWage(y, m)).SetMinimumWageCents(int64(math.Round(float64(minimumHourlyWage(y, m)) * worked))).
		SetTaxTableColour(white).SetTaxTablePeriod(month).SetPayrollTaxCreditApplied(credit).
		SetSvWageCents(ms.taxable).SetTaxableWageCents(ms.taxable).
		SetYtdGrossCents(ytd.gross).SetYtdSvWageCents(ytd.taxable).SetYtdTaxableWageCents(ytd.taxable).
		SetYtdPayrollTaxCents(ytd.tax).SetYtdNetCents(ytd.net).
		SetBankAccountMasked(payroll.MaskIBAN(iban))
	if len(ms.lines) > 0 && ms.lines[0].Kind != nil && *ms.lines[0].Kind == payslipline.KindSALARY {
		rate := int64(math.Round(float64(ms.lines[0].AmountCents) / worked))
		ms.lines[0].Quantity, ms.lines[0].RateCents = &worked, &rate
	}
}

// weekday moves a date back to the Friday before when it falls in a weekend.
func weekday(d date.Date) date.Date {
	switch d.Time().Weekday() {
	case time.Saturday:
		return d.AddDays(-1)
	case time.Sunday:
		return d.AddDays(-2)
	}
	return d
}

// nextWorkday moves a date forward to the Monday after when it falls in a weekend.
func nextWorkday(d date.Date) date.Date {
	switch d.Time().Weekday() {
	case time.Saturday:
		return d.AddDays(2)
	case time.Sunday:
		return d.AddDays(1)
	}
	return d
}

// runDates are the run date (around the 20th) and the visible-from date (around the
// 23rd, when the wage is paid) of a month.
func runDates(y int, m time.Month) (run, visible date.Date) {
	return weekday(date.New(y, m, 20)), weekday(date.New(y, m, 23))
}

func monthActive(e *ent.Employment, y int, m time.Month) bool {
	first := date.New(y, m, 1)
	last := date.New(y, m+1, 1).AddDays(-1)
	return !e.StartDate.After(last) && (e.EndDate == nil || !e.EndDate.Before(first))
}

// bsn makes a random BSN that passes the eleven-test.
func bsn(r *rand.Rand) string {
	for {
		s := fmt.Sprintf("%09d", 100_000_000+r.IntN(800_000_000))
		if dutch.ValidBSN(s) {
			return s
		}
	}
}

// portalContent writes the demo's payroll results, documents and sick reports.
func (s *seeder) portalContent(employers []*ent.Employer) error {
	ctx, c := s.ctx, s.c
	r := rand.New(rand.NewPCG(2026, 6)) //nolint:gosec // G404: seeded on purpose, the same demo figures on every run; no secret is drawn from it
	today := clock.Today(fixedClock(s.now))
	jobs, err := c.Employment.Query().Where(employment.ProviderID(s.providerID)).
		WithPerson(func(q *ent.PersonQuery) { q.WithAccount() }).
		Order(ent.Asc(employment.FieldEmployerID), ent.Asc(employment.FieldEmployeeNumber)).
		All(ctx)
	if err != nil {
		return err
	}

	// The months: the 14 newest whose payslip is visible by today, and this month's
	// when it is published but not visible yet (the visible-from rule at work).
	type month struct {
		y       int
		m       time.Month
		visible bool
	}
	var months []month
	cur := date.New(today.Year, today.Month, 1)
	if _, v := runDates(cur.Year, cur.Month); v.After(today) {
		months = append(months, month{cur.Year, cur.Month, false})
		cur = date.New(cur.Year, cur.Month-1, 1)
	}
	for range PayslipMonths {
		months = append(months, month{cur.Year, cur.Month, true})
		cur = date.New(cur.Year, cur.Month-1, 1)
	}

	var (
		slips      []*ent.PayslipCreate
		lines      []*ent.PayslipLineCreate
		statements []*ent.AnnualStatementCreate
		entries    []*ent.LeaveEntryCreate
		patterns   []*ent.WorkPatternCreate
	)
	lastYear := today.Year - 1
	for _, e := range jobs {
		// Salaries from about € 2.300 to € 6.500 a month, this year's level; a raise
		// every January.
		base := float64(2_300 + 5*r.IntN(841))
		if strings.Contains(e.JobTitle, "Oproepkracht") {
			base = 2_300
		}
		credit := r.IntN(10) > 0 // a few have the payroll tax credit at another employer
		salaryIn := func(y int) float64 { return math.Round(base/math.Pow(raisePerYear, float64(today.Year-y))*100) / 100 }
		for _, mo := range months {
			if !monthActive(e, mo.y, mo.m) {
				continue
			}
			run, visible := runDates(mo.y, mo.m)
			ms := payMonth(salaryIn(mo.y), mo.m == time.May, credit)
			var ytd monthSlip
			for m := time.January; m <= mo.m; m++ {
				if monthActive(e, mo.y, m) {
					p := payMonth(salaryIn(mo.y), m == time.May, credit)
					ytd.gross, ytd.net, ytd.taxable, ytd.tax = ytd.gross+p.gross, ytd.net+p.net, ytd.taxable+p.taxable, ytd.tax+p.tax
				}
			}
			id := pid.New(pid.Payslip)
			at := run.Time().Add(14 * time.Hour)
			pc := c.Payslip.Create().SetID(id).
				SetPersonID(e.PersonID).SetEmploymentID(e.ID).
				SetPeriodType(payslip.PeriodTypeMONTH).SetYear(mo.y).SetPeriod(int(mo.m)).SetPeriodKey(payroll.PeriodKey(mo.y, int(mo.m))).
				SetRunDate(run).SetVisibleFrom(visible).SetGrossCents(ms.gross).SetNetCents(ms.net).
				SetCreatedAt(at).SetUpdatedAt(at)
			loonstrook(pc, e, mo.y, mo.m, ms, ytd, credit)
			slips = append(slips, pc)
			for j, l := range ms.lines {
				lines = append(lines, c.PayslipLine.Create().SetID(pid.New(pid.PayslipLine)).
					SetPersonID(e.PersonID).SetPayslipID(id).
					SetPosition(j).SetCode(l.Code).SetDescription(l.Description).SetAmountCents(l.AmountCents).SetCategory(l.Category).
					SetNillableKind(l.Kind).SetNillableQuantity(l.Quantity).SetNillableRateCents(l.RateCents))
			}
		}

		// Last year's annual statement, from the same model of pay.
		var wage, tax, zvw int64
		active := 0
		for m := time.January; m <= time.December; m++ {
			if !monthActive(e, lastYear, m) {
				continue
			}
			ms := payMonth(salaryIn(lastYear), m == time.May, credit)
			wage += ms.taxable
			tax += ms.tax
			zvw += ms.taxable
			active++
		}
		if active > 0 {
			ak := int64(0)
			if credit {
				ak = cents(labourCredit(float64(wage)/100) * float64(active) / 12)
			}
			at := date.New(today.Year, 1, 28).Time().Add(10 * time.Hour)
			statements = append(statements, c.AnnualStatement.Create().
				SetPersonID(e.PersonID).SetEmploymentID(e.ID).
				SetYear(lastYear).SetWageForPayrollTaxCents(wage).SetWithheldPayrollTaxCents(tax).
				SetLabourTaxCreditCents(ak).SetZvwWageCents(zvw).SetPayrollTaxCreditApplied(credit).SetBsn(bsn(r)).
				SetCreatedAt(at).SetUpdatedAt(at))
		}

		// This year's leave card for employments in service.
		if e.EndDate == nil || !e.EndDate.Before(today) {
			// The same hours as the payslips say (R29, R39: the salary estimate takes the current
			// hours from the pattern and the gross from the payslip; they must agree).
			weekly := weeklyHours(e)
			progress := float64(today.Month) / 12
			at := date.New(today.Year, 1, 2).Time().Add(9 * time.Hour)
			lv := &leave.Service{Client: c, Clock: fixedClock(s.now)}
			// A work pattern of the weekly hours over Monday to Friday (R29), so employees
			// of an employer with Verlofaanvragen can request leave (R30). The job has
			// brought it up to today: this year's hours are the opening balance below.
			day := int(weekly * 60 / 5)
			patterns = append(patterns, c.WorkPattern.Create().SetProviderID(s.providerID).SetEmployerID(e.EmployerID).
				SetPersonID(e.PersonID).SetEmploymentID(e.ID).SetWeeks([][]int{{day, day, day, day, day, 0, 0}}).
				SetSource(workpattern.SourceSYNC).SetAccruesFrom(today).SetProcessedOn(today).
				SetCreatedAt(at).SetUpdatedAt(at))
			for _, lt := range []struct {
				cat   leave.Category
				weeks float64
			}{{leave.Statutory, 4}, {leave.ExtraStatutory, 1}} {
				t, err := lv.TypeForCategory(ctx, c, e, lt.cat)
				if err != nil {
					return err
				}
				hrs := lt.weeks * weekly
				taken := math.Min(math.Floor(hrs*progress*r.Float64()/8)*8, hrs)
				planned := math.Min(float64(8*r.IntN(3)), hrs-taken)
				// The leave card is the ledger (R28): this year's accrual, the days taken
				// so far and the days planned ahead.
				for _, en := range []struct {
					kind    leaveentry.Kind
					minutes float64
					on      date.Date
				}{
					{leaveentry.KindACCRUAL, hrs, date.New(today.Year, 1, 1)},
					{leaveentry.KindTAKEN, -taken, date.New(today.Year, today.Month, 1)},
					{leaveentry.KindPLANNED, -planned, today},
				} {
					if en.minutes == 0 {
						continue
					}
					entries = append(entries, c.LeaveEntry.Create().
						SetProviderID(s.providerID).SetEmployerID(e.EmployerID).SetPersonID(e.PersonID).SetEmploymentID(e.ID).
						SetLeaveTypeID(t.ID).SetKind(en.kind).SetMinutes(int64(leave.FromHours(en.minutes))).
						SetDate(en.on).SetYear(today.Year).SetSource(leaveentry.SourceOPENING_BALANCE).
						SetCreatedBy(s.providerUserID).SetCreatedAt(at).SetUpdatedAt(s.now))
				}
			}
		}
	}
	for chunk := range slices.Chunk(slips, 500) {
		if err := c.Payslip.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("payslips: %w", err)
		}
	}
	for chunk := range slices.Chunk(lines, 500) {
		if err := c.PayslipLine.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("payslip lines: %w", err)
		}
	}
	for chunk := range slices.Chunk(statements, 500) {
		if err := c.AnnualStatement.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("annual statements: %w", err)
		}
	}
	for chunk := range slices.Chunk(patterns, 500) {
		if err := c.WorkPattern.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("work patterns: %w", err)
		}
	}
	for chunk := range slices.Chunk(entries, 500) {
		if err := c.LeaveEntry.CreateBulk(chunk...).Exec(ctx); err != nil {
			return fmt.Errorf("leave entries: %w", err)
		}
	}
	if err := s.documents(employers, jobs); err != nil {
		return err
	}
	if err := s.calendarLeave(employers[:2], jobs, today); err != nil {
		return err
	}
	return s.sickReports(employers[0], jobs, today)
}

// fixedClock is a clock standing at t.
type fixedClock time.Time

func (f fixedClock) Now() time.Time { return time.Time(f) }

// registered tells whether a person can sign in to the portal.
func registered(p *ent.Person) *ent.Account {
	if a := p.Edges.Account; a != nil && a.State == account.StateACTIVE && a.LockedUntil == nil {
		return a
	}
	return nil
}

// documents writes the demo dossiers: at Voorbeeld MKB a staff handbook and an
// absence protocol for everyone, Jan Jansen's contract (visible) and appraisal (not
// visible), and contracts of a few colleagues; at Installatiebedrijf Van Dijk safety
// instructions. Bakkerij De Korenaar has no MijnLoket - Documenten. Jan Jansen gets the
// new-document mail.
func (s *seeder) documents(employers []*ent.Employer, jobs []*ent.Employment) error {
	ctx, c := s.ctx, s.c
	type docSpec struct {
		emp      *ent.Employer
		person   *ent.Person
		category document.Category
		title    string
		visible  bool
		body     []string
		ago      int
	}
	mkb, installer := employers[0], employers[2]
	var specs []docSpec
	specs = append(specs,
		docSpec{mkb, nil, document.CategoryPOLICY, fmt.Sprintf("Personeelshandboek %d", s.now.Year()), true, []string{
			"Welkom bij " + mkb.Name + ". Dit handboek beschrijft de afspraken die voor alle medewerkers gelden.",
			"Werktijden: de normale werkweek is 38 uur, van maandag tot en met vrijdag tussen 8.00 en 18.00 uur.",
			"Verlof: je vraagt verlof minimaal twee weken van tevoren aan bij je leidinggevende. Wettelijke verlofuren vervallen een half jaar na het jaar waarin je ze opbouwde; bovenwettelijke uren na vijf jaar.",
			"Ziekte: meld je ziek voor 9.00 uur via Werkportaal en bel daarnaast je leidinggevende. Je hoeft niet te vertellen wat je hebt.",
			"Salaris: je salaris wordt rond de 23e van de maand betaald; je loonstrook staat vanaf die dag in Werkportaal.",
		}, 120},
		docSpec{mkb, nil, document.CategoryABSENCE, "Verzuimprotocol", true, []string{
			"Ben je ziek? Meld je dan op je eerste ziektedag voor 9.00 uur ziek via Werkportaal (Ziek melden) en bel je leidinggevende.",
			"Ben je weer volledig aan het werk? Meld je dan hersteld via Werkportaal (Hersteld melden).",
			"Je werkgever vraagt nooit naar de aard of oorzaak van je ziekte. Daarover praat je alleen met de bedrijfsarts.",
		}, 200},
		docSpec{installer, nil, document.CategoryPOLICY, "Veiligheidsinstructies (VCA)", true, []string{
			"Draag op de bouwplaats altijd veiligheidsschoenen, een helm en een hesje.",
			"Meld onveilige situaties direct bij de uitvoerder.",
		}, 90},
	)
	contracts := 0
	for _, e := range jobs {
		p := e.Edges.Person
		if e.EmployerID != mkb.ID || e.EndDate != nil || registered(p) == nil {
			continue
		}
		isJan := p.FirstName == "Jan" && p.LastName == "Jansen"
		if !isJan && contracts >= 3 {
			continue
		}
		if !isJan {
			contracts++
		}
		name := directory.FullName(p)
		specs = append(specs, docSpec{mkb, p, document.CategoryCONTRACT, "Arbeidsovereenkomst", true, []string{
			"Arbeidsovereenkomst tussen " + mkb.Name + ", gevestigd aan de " + mkb.Street + " te " + mkb.City + ", en " + name + ".",
			"Functie: " + e.JobTitle + ". Datum van indiensttreding: " + dutch.FormatDate(e.StartDate) + ". De overeenkomst is aangegaan voor onbepaalde tijd.",
			"Op deze overeenkomst is het personeelshandboek van toepassing. Het salaris wordt maandelijks betaald, uiterlijk op de 25e.",
		}, 400})
		if isJan {
			p.Edges.Account.NotifyNewDocuments = true
			if err := c.Account.UpdateOneID(p.Edges.Account.ID).SetNotifyNewDocuments(true).Exec(ctx); err != nil {
				return err
			}
			specs = append(specs, docSpec{mkb, p, document.CategoryCORRESPONDENCE, fmt.Sprintf("Beoordelingsverslag %d", s.now.Year()-1), false, []string{
				"Verslag van het beoordelingsgesprek met " + name + ".",
				"Dit document is nog niet zichtbaar in Werkportaal; maak het zichtbaar om de mail over een nieuw document te zien.",
			}, 30})
		}
	}
	for _, d := range specs {
		at := s.daysAgo(d.ago)
		data, err := pdf.TextPDF(d.title, d.body, at)
		if err != nil {
			return err
		}
		id := pid.New(pid.Document)
		dc := c.Document.Create().SetID(id).SetEmployerID(d.emp.ID).
			SetCategory(d.category).SetTitle(d.title).
			SetFileName(strings.ToLower(strings.NewReplacer(" ", "-", "(", "", ")", "").Replace(d.title)) + ".pdf").
			SetContentType(documents.TypePDF).SetSizeBytes(int64(len(data))).SetSha256(sha(data)).
			SetVisibleToEmployee(d.visible).SetCreatedBy(s.providerUserID).SetCreatedAt(at).SetUpdatedAt(at)
		if d.person != nil {
			dc.SetPersonID(d.person.ID)
		}
		if d.visible {
			dc.SetFirstVisibleAt(at)
		}
		if err := dc.Exec(ctx); err != nil {
			return fmt.Errorf("document %s: %w", d.title, err)
		}
		if err := c.DocumentFile.Create().SetDocumentID(id).SetData(data).Exec(ctx); err != nil {
			return fmt.Errorf("document file %s: %w", d.title, err)
		}
	}
	return nil
}

// sickReports writes one open sick report at Voorbeeld MKB (not Jan Jansen's, so he
// can report sick in the demo) and two ended ones, one of them Jan Jansen's.
func (s *seeder) sickReports(mkb *ent.Employer, jobs []*ent.Employment, today date.Date) error {
	var jan, other, third *ent.Person
	for _, e := range jobs {
		p := e.Edges.Person
		if e.EmployerID != mkb.ID || e.EndDate != nil || registered(p) == nil {
			continue
		}
		switch {
		case p.FirstName == "Jan" && p.LastName == "Jansen":
			jan = p
		case other == nil:
			other = p
		case third == nil:
			third = p
		}
	}
	if jan == nil || other == nil || third == nil {
		return fmt.Errorf("demo: not enough employees for sick reports")
	}
	hours := 2.5
	mk := func(p *ent.Person, first date.Date, h *float64, recovered *date.Date) *ent.SickReportCreate {
		at := first.Time().Add(7*time.Hour + 45*time.Minute)
		q := s.c.SickReport.Create().SetPersonID(p.ID).
			SetFirstSickDay(first).SetNillableHoursWorked(h).SetReportedAt(at).
			SetReportedByKind(sickreport.ReportedByKindEMPLOYEE).SetReportedByID(p.Edges.Account.ID).
			SetReportedByName(directory.FullName(p)).SetCreatedAt(at).SetUpdatedAt(at)
		if recovered != nil {
			back := recovered.Time().Add(-16 * time.Hour)
			q.SetRecoveryDate(*recovered).SetRecoveryReportedAt(back).SetUpdatedAt(back)
		}
		return q
	}
	// Sick on working days, back on a working day.
	janSick, thirdSick := weekday(today.AddDays(-121)), weekday(today.AddDays(-47))
	janBack, thirdBack := nextWorkday(janSick.AddDays(3)), nextWorkday(thirdSick.AddDays(7))
	if err := s.c.SickReport.CreateBulk(
		mk(other, weekday(today.AddDays(-2)), &hours, nil),
		mk(jan, janSick, nil, &janBack),
		mk(third, thirdSick, nil, &thirdBack),
	).Exec(s.ctx); err != nil {
		return err
	}
	// The verzuim contacts who hear of every report (R25): HR in Dutch, the arbodienst's
	// case manager in English (R46).
	return s.c.VerzuimContact.CreateBulk(
		s.c.VerzuimContact.Create().SetProviderID(mkb.ProviderID).SetEmployerID(mkb.ID).
			SetName("Petra de Wit").SetRole("HR").SetEmail("hr@voorbeeld-mkb.example").SetLanguage("nl"),
		s.c.VerzuimContact.Create().SetProviderID(mkb.ProviderID).SetEmployerID(mkb.ID).
			SetName("ArboNed casemanager").SetRole("Arbodienst").SetEmail("casemanager@arbo.example").SetLanguage("en"),
	).Exec(s.ctx)
}

func sha(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
