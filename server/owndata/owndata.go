// Package owndata is *Mijn gegevens downloaden* (AVG art. 15 and 20): the signed-in
// employee downloads one ZIP with their own data — personal data and employments,
// payslips as PDF with every figure as JSON and CSV, annual statements, the leave ledger
// and requests, the dates of sick reports, the documents they may see (R26) and the
// audit trail about them (R27) — with a README.txt in their language (R46).
//
// Every part is read through its domain's read service in the employee's own context,
// so the privacy policies keep another person's data out, and only when the employer's
// products include its feature (R22): the export holds what the portal shows. The ZIP
// is written while it is read (archive/zip on the response), one file at a time and
// the payslips in pages, so memory stays bounded whatever the history. Starting an
// export is counted per account (ratelimit, in the database) and audited in one
// transaction before the first byte is sent.
package owndata

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ActionExported is the audit action of an export (R27).
const ActionExported audit.Action = "PERSONAL_DATA_EXPORTED"

// Path is where the signed-in employee downloads the ZIP.
const Path = "/downloads/mijn-gegevens.zip"

// pageSize is how many payslips (with their lines) are read at a time.
const pageSize = 50

// Service builds the export from the domains' read services.
type Service struct {
	Client    *ent.Client
	Clock     clock.Clock
	Gate      *feature.Gate
	Payroll   *read.Service
	Leave     *leave.Service
	Documents *documents.Service
	Sick      *sick.Service
	Limits    *ratelimit.Limiter
}

// Export is a started export: checked, counted and audited, ready to be written.
type Export struct {
	s        *Service
	v        *viewer.Principal
	features []feature.Feature
	lang     string
	at       time.Time
	// FileName is the name the ZIP is offered under.
	FileName string
}

// Start checks that the caller is an employee, counts the export against the account's
// limit (TOO_MANY_REQUESTS beyond it) and records the audit event, in one transaction,
// so a refused export is not audited and an audited one was allowed.
func (s *Service) Start(ctx context.Context) (*Export, error) {
	v, err := viewer.RequireEmployee(ctx)
	if err != nil {
		return nil, err
	}
	fs, err := s.Gate.Features(ctx)
	if err != nil {
		return nil, err
	}
	acc, err := s.Client.Account.Get(ctx, v.ID)
	if err != nil {
		return nil, fmt.Errorf("owndata: account: %w", err)
	}
	lang := "nl"
	if acc.Language != nil && *acc.Language == account.LanguageEn {
		lang = "en"
	}
	now := s.Clock.Now().UTC()
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if err := s.Limits.Export(ctx, c, v.ID); err != nil {
			return err
		}
		return audit.Record(ctx, c, audit.Event{
			Action: ActionExported, At: now, ProviderID: v.ProviderID, EmployerID: v.EmployerID, PersonID: v.PersonID,
			TargetType: "Account", TargetID: v.ID,
		})
	})
	if err != nil {
		return nil, err
	}
	day := now.In(clock.Amsterdam).Format("2006-01-02")
	return &Export{s: s, v: v, features: fs, lang: lang, at: now, FileName: "mijn-gegevens-" + day + ".zip"}, nil
}

func (e *Export) has(f feature.Feature) bool { return slices.Contains(e.features, f) }

// WriteTo writes the ZIP to w, flushing after every file when w can flush. An error
// after the first byte leaves a cut-off ZIP that no unzip accepts as whole.
func (e *Export) WriteTo(ctx context.Context, w io.Writer) error {
	z := &zipper{w: zip.NewWriter(w), flush: w, at: e.at, names: map[string]int{}}
	var written []string
	for _, part := range []struct {
		name string
		on   bool
		fn   func(context.Context, *zipper) error
	}{
		{"personal", true, e.personal},
		{"payslips", e.has(feature.Payslips), e.payslips},
		{"annual", e.has(feature.AnnualStatements), e.annualStatements},
		{"leave", e.has(feature.LeaveCard), e.leaveLedger},
		{"requests", e.has(feature.LeaveRequests), e.leaveRequests},
		{"sick", e.has(feature.AbsenceReporting), e.sickReports},
		{"documents", e.has(feature.Documents), e.documents},
		{"audit", true, e.auditTrail},
	} {
		if !part.on {
			continue
		}
		if err := part.fn(ctx, z); err != nil {
			return fmt.Errorf("owndata: %s: %w", part.name, err)
		}
		written = append(written, part.name)
	}
	if err := z.file("README.txt", []byte(readme(e.lang, written, e.at))); err != nil {
		return err
	}
	return z.w.Close()
}

// zipper writes the entries, each name once.
type zipper struct {
	w     *zip.Writer
	flush io.Writer
	at    time.Time
	names map[string]int
}

// create starts an entry; a name taken already gets " (2)", " (3)", … before its extension.
func (z *zipper) create(name string) (io.Writer, error) {
	if n := z.names[name]; n > 0 {
		ext := path.Ext(name)
		z.names[name] = n + 1
		name = fmt.Sprintf("%s (%d)%s", strings.TrimSuffix(name, ext), n+1, ext)
	} else {
		z.names[name] = 1
	}
	return z.w.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: z.at})
}

func (z *zipper) file(name string, data []byte) error {
	w, err := z.create(name)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return err
	}
	return z.sent()
}

// sent pushes what is written so far to the client.
func (z *zipper) sent() error {
	if err := z.w.Flush(); err != nil {
		return err
	}
	if f, ok := z.flush.(interface{ Flush() }); ok {
		f.Flush()
	}
	return nil
}

func (z *zipper) json(name string, v any) error {
	w, err := z.create(name)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	return z.sent()
}

// csvFile writes rows as CSV for Dutch Excel (UTF-8 with BOM, ';'), like the Logboek.
func (z *zipper) csv(name string, header []string, rows func(write func([]string) error) error) error {
	w, err := z.create(name)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.Comma = ';'
	out.UseCRLF = true
	if err := out.Write(header); err != nil {
		return err
	}
	err = rows(func(r []string) error {
		for i, c := range r {
			r[i] = cell(c)
		}
		return out.Write(r)
	})
	if err != nil {
		return err
	}
	out.Flush()
	if err := out.Error(); err != nil {
		return err
	}
	return z.sent()
}

// cell keeps a spreadsheet from reading a value as a formula (CSV injection).
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func cents(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d,%02d", sign, c/100, c%100)
}

func hours(h float64) string { return strings.Replace(strconv.FormatFloat(h, 'f', 2, 64), ".", ",", 1) }

func timeText(t time.Time) string { return t.In(clock.Amsterdam).Format("2006-01-02 15:04:05") }

func optText[T any](p *T, f func(T) string) string {
	if p == nil {
		return ""
	}
	return f(*p)
}

// personal writes gegevens.json and its readable summary gegevens.pdf: the person,
// the account (never its password hash) and the employments at the employer (R18).
func (e *Export) personal(ctx context.Context, z *zipper) error {
	p, err := e.s.Client.Person.Query().Where(person.ID(e.v.PersonID)).WithEmployer().WithAccount().
		WithEmployments(func(q *ent.EmploymentQuery) {
			q.Order(ent.Desc(employment.FieldStartDate), ent.Asc(employment.FieldEmployeeNumber))
		}).Only(ctx)
	if err != nil {
		return err
	}
	type job struct {
		EmployeeNumber int     `json:"employeeNumber"`
		JobTitle       string  `json:"jobTitle"`
		StartDate      string  `json:"startDate"`
		EndDate        *string `json:"endDate"`
	}
	jobs := []job{}
	for _, j := range p.Edges.Employments {
		var end *string
		if j.EndDate != nil {
			s := j.EndDate.String()
			end = &s
		}
		jobs = append(jobs, job{EmployeeNumber: j.EmployeeNumber, JobTitle: j.JobTitle, StartDate: j.StartDate.String(), EndDate: end})
	}
	out := map[string]any{
		"exportedAt": e.at.Format(time.RFC3339),
		"person": map[string]any{
			"initials": p.Initials, "firstName": p.FirstName, "lastNamePrefix": p.LastNamePrefix, "lastName": p.LastName,
			"fullName": directory.FullName(p), "birthDate": p.BirthDate.String(), "privateEmail": p.Email, "phone": p.Phone,
			"street": p.Street, "postalCode": p.PostalCode, "city": p.City,
		},
		"employer":    map[string]any{"name": p.Edges.Employer.Name},
		"employments": jobs,
	}
	if a := p.Edges.Account; a != nil {
		acc := map[string]any{
			"username": a.Username, "registeredEmail": a.RegisteredEmail, "language": a.Language,
			"createdAt": a.CreatedAt.Format(time.RFC3339), "notifyNewDocuments": a.NotifyNewDocuments,
		}
		for k, t := range map[string]*time.Time{"firstLoginAt": a.FirstLoginAt, "lastLoginAt": a.LastLoginAt} {
			if t != nil {
				acc[k] = t.Format(time.RFC3339)
			} else {
				acc[k] = nil
			}
		}
		out["account"] = acc
	}
	if err := z.json("gegevens.json", out); err != nil {
		return err
	}
	summary, err := e.summaryPDF(p)
	if err != nil {
		return err
	}
	return z.file("gegevens.pdf", summary)
}

// payslipFigures is one payslip in loonstroken.json.
type payslipFigures struct {
	Period         string     `json:"period"`
	PeriodType     string     `json:"periodType"`
	Year           int        `json:"year"`
	Number         int        `json:"number"`
	EmployeeNumber int        `json:"employeeNumber"`
	RunDate        string     `json:"runDate"`
	GrossCents     int64      `json:"grossCents"`
	NetCents       int64      `json:"netCents"`
	Lines          []lineJSON `json:"lines"`
}

type lineJSON struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	Category    string `json:"category"`
	AmountCents int64  `json:"amountCents"`
}

// payslips writes every visible payslip as its PDF and all their figures as
// loonstroken/loonstroken.json and .csv (one line per payslip line), a page at a time.
func (e *Export) payslips(ctx context.Context, z *zipper) error {
	numbers, err := e.employeeNumbers(ctx)
	if err != nil {
		return err
	}
	var figures []payslipFigures
	var last *ent.Payslip
	for {
		q, err := e.s.Payroll.MyPayslips(ctx, "")
		if err != nil {
			return err
		}
		if last != nil {
			q.Where(payslip.Or(payslip.PeriodKeyGT(last.PeriodKey),
				payslip.And(payslip.PeriodKey(last.PeriodKey), payslip.IDGT(last.ID))))
		}
		ps, err := q.Order(ent.Asc(payslip.FieldPeriodKey), ent.Asc(payslip.FieldID)).Limit(pageSize).
			All(clock.NewContext(ctx, e.s.Clock))
		if err != nil {
			return err
		}
		for _, p := range ps {
			dl, err := e.s.Payroll.PayslipPDF(ctx, p.ID)
			if err != nil {
				return err
			}
			if err := z.file("loonstroken/"+dl.FileName, dl.Data); err != nil {
				return err
			}
			f := payslipFigures{
				Period: payroll.PeriodLabel(p.PeriodType, p.Year, p.Period), PeriodType: string(p.PeriodType), Year: p.Year,
				Number: p.Period, EmployeeNumber: numbers[p.EmploymentID], RunDate: p.RunDate.String(),
				GrossCents: p.GrossCents, NetCents: p.NetCents, Lines: []lineJSON{},
			}
			lines, err := e.s.Payroll.PayslipLines(ctx, p)
			if err != nil {
				return err
			}
			for _, l := range lines {
				f.Lines = append(f.Lines, lineJSON{Code: l.Code, Description: l.Description, Category: string(l.Category), AmountCents: l.AmountCents})
			}
			// Figures are small next to the PDFs: they are kept for the two summary files.
			figures = append(figures, f)
		}
		if len(ps) < pageSize {
			break
		}
		last = ps[len(ps)-1]
	}
	if figures == nil {
		figures = []payslipFigures{}
	}
	if err := z.json("loonstroken/loonstroken.json", figures); err != nil {
		return err
	}
	return z.csv("loonstroken/loonstroken.csv",
		[]string{"Periode", "Jaar", "Nummer", "Personeelsnummer", "Verloningsdatum", "Bruto", "Netto", "Code", "Omschrijving", "Categorie", "Bedrag"},
		func(write func([]string) error) error {
			for _, f := range figures {
				base := []string{f.Period, strconv.Itoa(f.Year), strconv.Itoa(f.Number), strconv.Itoa(f.EmployeeNumber), f.RunDate,
					cents(f.GrossCents), cents(f.NetCents)}
				if len(f.Lines) == 0 {
					if err := write(append(slices.Clone(base), "", "", "", "")); err != nil {
						return err
					}
				}
				for _, l := range f.Lines {
					if err := write(append(slices.Clone(base), l.Code, l.Description, l.Category, cents(l.AmountCents))); err != nil {
						return err
					}
				}
			}
			return nil
		})
}

// employeeNumbers maps the employee's employments to their numbers (read as the
// employee: only their own).
func (e *Export) employeeNumbers(ctx context.Context) (map[string]int, error) {
	js, err := e.s.Client.Employment.Query().Where(employment.PersonID(e.v.PersonID)).All(ctx)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for _, j := range js {
		out[j.ID] = j.EmployeeNumber
	}
	return out, nil
}

// annualStatements writes each annual statement as its PDF and their figures as CSV
// (the BSN stays in the PDF only).
func (e *Export) annualStatements(ctx context.Context, z *zipper) error {
	sts, err := e.s.Payroll.MyAnnualStatements(ctx)
	if err != nil {
		return err
	}
	numbers, err := e.employeeNumbers(ctx)
	if err != nil {
		return err
	}
	for _, st := range sts {
		dl, err := e.s.Payroll.AnnualStatementPDF(ctx, st.ID)
		if err != nil {
			return err
		}
		if err := z.file("jaaropgaven/"+dl.FileName, dl.Data); err != nil {
			return err
		}
	}
	return z.csv("jaaropgaven/jaaropgaven.csv",
		[]string{"Jaar", "Personeelsnummer", "Loon voor de loonheffing", "Ingehouden loonheffing", "Arbeidskorting", "Loon Zvw", "Loonheffingskorting toegepast"},
		func(write func([]string) error) error {
			for _, st := range sts {
				credit := "nee"
				if st.PayrollTaxCreditApplied {
					credit = "ja"
				}
				if err := write([]string{strconv.Itoa(st.Year), strconv.Itoa(numbers[st.EmploymentID]), cents(st.WageForPayrollTaxCents),
					cents(st.WithheldPayrollTaxCents), cents(st.LabourTaxCreditCents), cents(st.ZvwWageCents), credit}); err != nil {
					return err
				}
			}
			return nil
		})
}

// leaveLedger writes every entry of the leave ledger (R28).
func (e *Export) leaveLedger(ctx context.Context, z *zipper) error {
	es, names, err := e.s.Leave.PersonLedger(ctx, e.v.PersonID)
	if err != nil {
		return err
	}
	numbers, err := e.employeeNumbers(ctx)
	if err != nil {
		return err
	}
	return z.csv("verlof/verlofmutaties.csv",
		[]string{"Datum", "Personeelsnummer", "Verlofsoort", "Opbouwjaar", "Soort mutatie", "Uren", "Bron", "Reden", "Vastgelegd"},
		func(write func([]string) error) error {
			for _, l := range es {
				if err := write([]string{l.Date.String(), strconv.Itoa(numbers[l.EmploymentID]), names[l.LeaveTypeID], strconv.Itoa(l.Year),
					string(l.Kind), hours(l.Hours()), string(l.Source), l.Reason, timeText(l.CreatedAt)}); err != nil {
					return err
				}
			}
			return nil
		})
}

// leaveRequests writes the employee's leave requests (R30).
func (e *Export) leaveRequests(ctx context.Context, z *zipper) error {
	rs, err := e.s.Leave.MyRequests(ctx)
	if err != nil {
		return err
	}
	return z.csv("verlof/verlofaanvragen.csv",
		[]string{"Soort", "Verlofsoort", "Eerste dag", "Laatste dag", "Uren", "Status", "Opmerking", "Ingediend", "Besloten door", "Besloten op", "Toelichting besluit"},
		func(write func([]string) error) error {
			for _, r := range rs {
				typ := ""
				if r.Type != nil {
					typ = r.Type.Name
				}
				if err := write([]string{string(r.Kind), typ, r.FirstDay.String(), r.LastDay.String(), hours(r.Hours()), string(r.Status),
					r.Comment, timeText(r.SubmittedAt), optText(r.DecidedByName, func(s string) string { return s }),
					optText(r.DecidedAt, timeText), r.DecisionComment}); err != nil {
					return err
				}
			}
			return nil
		})
}

// sickReports writes the dates of the sick reports (R25: there is no diagnosis).
func (e *Export) sickReports(ctx context.Context, z *zipper) error {
	rs, err := e.s.Sick.MySickReports(ctx)
	if err != nil {
		return err
	}
	return z.csv("verzuim/ziekmeldingen.csv",
		[]string{"Eerste ziektedag", "Uren gewerkt op die dag", "Gemeld op", "Gemeld door", "Hersteld per", "Herstel gemeld op"},
		func(write func([]string) error) error {
			for _, r := range rs {
				if err := write([]string{r.FirstSickDay.String(), optText(r.HoursWorked, hours), timeText(r.ReportedAt), r.ReportedByName,
					optText(r.RecoveryDate, date.Date.String), optText(r.RecoveryReportedAt, timeText)}); err != nil {
					return err
				}
			}
			return nil
		})
}

// documents writes the documents the employee may see (R26), one file at a time, and a
// list of them.
func (e *Export) documents(ctx context.Context, z *zipper) error {
	q, err := e.s.Documents.MyDocuments(ctx)
	if err != nil {
		return err
	}
	docs, err := q.Order(ent.Asc(document.FieldCreatedAt), ent.Asc(document.FieldID)).All(ctx)
	if err != nil {
		return err
	}
	for _, d := range docs {
		dl, err := e.s.Documents.DocumentDownload(ctx, d.ID)
		if err != nil {
			return err
		}
		if err := z.file("documenten/"+safeName(dl.FileName), dl.Data); err != nil {
			return err
		}
	}
	return z.csv("documenten/documenten.csv", []string{"Titel", "Soort", "Bestand", "Toegevoegd"},
		func(write func([]string) error) error {
			for _, d := range docs {
				if err := write([]string{d.Title, string(d.Category), d.FileName, timeText(d.CreatedAt)}); err != nil {
					return err
				}
			}
			return nil
		})
}

// safeName keeps a stored file name inside its folder of the ZIP.
func safeName(name string) string {
	name = strings.NewReplacer("/", "_", "\\", "_").Replace(name)
	if name == "" || name == "." || name == ".." {
		return "document"
	}
	return name
}

// auditTrail writes the audit events about the employee (R27) with the Logboek's own
// CSV export, read as the system and narrowed to the employee's person at their
// employer: an employee has no VIEW_AUDIT_LOG, and this is exactly their own trail.
// The dossier's staff events are left out: they name documents the employer has not
// shown the employee (R26); the visible ones are in documenten/.
func (e *Export) auditTrail(ctx context.Context, z *zipper) error {
	w, err := z.create("logboek.csv")
	if err != nil {
		return err
	}
	f := audit.Filter{EmployerID: e.v.EmployerID, PersonID: e.v.PersonID, ExceptActions: []string{
		string(documents.ActionDocumentAdded), string(documents.ActionDocumentVisibilityChanged), string(documents.ActionDocumentDeleted),
	}}
	if err := audit.Export(viewer.System(ctx), e.s.Client, f, w); err != nil {
		return err
	}
	return z.sent()
}
