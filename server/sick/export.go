package sick

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/partialrecovery"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ActionSickReportsExported is the audit action of a download of an employer's sick
// reports: a list of who was sick when is health data (AVG art. 9), so every copy that
// leaves the portal is in the trail (R27).
const ActionSickReportsExported audit.Action = "SICK_REPORTS_EXPORTED"

// exportBatch is how many reports the export reads at a time.
const exportBatch = 500

// ExportHeader is the CSV's first line. R25: dates, hours and percentages only; no
// diagnosis exists to export.
var ExportHeader = []string{"Werknemer", "Personeelsnummer", "Eerste ziektedag", "Uren gewerkt op de eerste dag", "Gemeld op",
	"Gemeld door", "Hersteld per", "Gedeeltelijk hersteld per", "Werkhervatting", "Eerste ziektedag van het geval",
	"Volgende Poortwachter-stap", "Uiterlijk op"}

// stepNames are the Poortwachter steps as the export names them.
var stepNames = map[Step]string{ //nolint:gosec // G101 reads the Dutch step names as credentials; they are column values of the export
	StepProblemAnalysis: "Probleemanalyse", StepPlanOfAction: "Plan van aanpak", StepUWVReport: "Ziekmelding UWV (week 42)",
	StepFirstYearEvaluation: "Eerstejaarsevaluatie", StepFinalEvaluation: "Eindevaluatie", StepWIAApplication: "WIA-aanvraag",
	StepEndOfWaitingPeriod: "Einde 104 weken",
}

var reporterKinds = map[sickreport.ReportedByKind]string{
	sickreport.ReportedByKindEMPLOYEE: "werknemer", sickreport.ReportedByKindSTAFF_USER: "medewerker werkgever",
	sickreport.ReportedByKindAPI_CLIENT: "koppeling",
}

// StartExport checks that the caller may download the employer's sick reports (staff
// with VIEW_EMPLOYEES: the list names persons; another tenant's employer is NOT_FOUND)
// and records the download in the trail before the first byte is sent.
func (s *Service) StartExport(ctx context.Context, employerID string, open *bool) error {
	v, err := viewer.Require(ctx, viewer.ViewEmployees)
	if err != nil {
		return err
	}
	if !v.IsStaffLike() {
		return apperr.Forbiddenf("only staff download the sick reports")
	}
	emp, err := s.Client.Employer.Query().Where(employer.ID(employerID)).Only(ctx)
	if ent.IsNotFound(err) {
		return apperr.NotFoundf("no employer with ID %q", employerID)
	}
	if err != nil {
		return err
	}
	details := map[string]string{}
	if open != nil {
		details["open"] = strconv.FormatBool(*open)
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		return audit.Record(ctx, tx.Client(), audit.Event{At: s.now(), Action: ActionSickReportsExported,
			ProviderID: emp.ProviderID, EmployerID: emp.ID, TargetType: "Employer", TargetID: emp.ID, Details: details})
	})
}

// Export writes the employer's sick reports (only the open or ended ones when open is
// set), newest first sick day first, as CSV for Dutch Excel like the Logboek: UTF-8
// with a byte-order mark, ';', CRLF, and no cell that a spreadsheet reads as a formula.
// It reads a batch at a time (keyset on first sick day and ID) with the batch's
// persons, employments, partial recoveries and Poortwachter cases in one query each,
// so any number of reports streams in bounded memory. Call StartExport first.
func (s *Service) Export(ctx context.Context, employerID string, open *bool, w io.Writer) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	out := csv.NewWriter(w)
	out.Comma = ';'
	out.UseCRLF = true
	if err := out.Write(ExportHeader); err != nil {
		return err
	}
	var last *ent.SickReport
	for {
		q, err := s.EmployerSickReports(ctx, employerID, open)
		if err != nil {
			return err
		}
		if last != nil {
			q.Where(sickreport.Or(sickreport.FirstSickDayLT(last.FirstSickDay),
				sickreport.And(sickreport.FirstSickDayEQ(last.FirstSickDay), sickreport.IDLT(last.ID))))
		}
		reps, err := q.Order(ent.Desc(sickreport.FieldFirstSickDay), ent.Desc(sickreport.FieldID)).Limit(exportBatch).All(ctx)
		if err != nil {
			return err
		}
		if len(reps) == 0 {
			break
		}
		rows, err := s.exportRows(ctx, reps)
		if err != nil {
			return err
		}
		for _, r := range rows {
			if err := out.Write(r); err != nil {
				return err
			}
		}
		out.Flush()
		if err := out.Error(); err != nil {
			return err
		}
		if f, ok := w.(interface{ Flush() }); ok {
			f.Flush()
		}
		if len(reps) < exportBatch {
			break
		}
		last = reps[len(reps)-1]
	}
	out.Flush()
	return out.Error()
}

func (s *Service) exportRows(ctx context.Context, reps []*ent.SickReport) ([][]string, error) {
	ids, personIDs := make([]string, len(reps)), map[string]bool{}
	for i, r := range reps {
		ids[i] = r.ID
		personIDs[r.PersonID] = true
	}
	pids := make([]string, 0, len(personIDs))
	for id := range personIDs {
		pids = append(pids, id)
	}
	persons, err := s.Client.Person.Query().Where(person.IDIn(pids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, p := range persons {
		names[p.ID] = directory.FullName(p)
	}
	jobs, err := s.Client.Employment.Query().Where(employment.PersonIDIn(pids...)).
		Order(ent.Asc(employment.FieldEmployeeNumber)).All(ctx)
	if err != nil {
		return nil, err
	}
	numbers := map[string][]string{}
	for _, j := range jobs {
		numbers[j.PersonID] = append(numbers[j.PersonID], strconv.Itoa(j.EmployeeNumber))
	}
	partials, err := s.Client.PartialRecovery.Query().Where(partialrecovery.SickReportIDIn(ids...)).
		Order(ent.Asc(partialrecovery.FieldFromDate), ent.Asc(partialrecovery.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	latest := map[string]*ent.PartialRecovery{}
	for _, p := range partials {
		latest[p.SickReportID] = p
	}
	cases, err := s.CasesOf(ctx, reps)
	if err != nil {
		return nil, err
	}
	rows := make([][]string, 0, len(reps))
	for _, r := range reps {
		row := []string{names[r.PersonID], strings.Join(numbers[r.PersonID], ", "), r.FirstSickDay.String(), "",
			r.ReportedAt.In(clock.Amsterdam).Format("2006-01-02 15:04"), reporterKinds[r.ReportedByKind], "", "", "", "", "", ""}
		if r.HoursWorked != nil {
			row[3] = dutch.FormatHours(*r.HoursWorked)
		}
		if r.RecoveryDate != nil {
			row[6] = r.RecoveryDate.String()
		}
		if p := latest[r.ID]; p != nil {
			row[7] = p.FromDate.String()
			if p.Percentage != nil {
				row[8] = strconv.Itoa(*p.Percentage) + "%"
			} else if p.HoursPerWeek != nil {
				row[8] = dutch.FormatHours(*p.HoursPerWeek) + " uur per week"
			}
		}
		if c := cases[r.ID]; c != nil {
			row[9] = c.FirstSickDay.String()
			for _, m := range c.Milestones {
				// The first step still to do: an overdue one comes before the next.
				if m.Status == StatusOverdue || m.Status == StatusThisWeek || m.Status == StatusUpcoming {
					row[10], row[11] = stepNames[m.Step], m.Due.String()
					break
				}
			}
		}
		for i, c := range row {
			row[i] = cell(c)
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// cell keeps a spreadsheet from reading a value as a formula (CSV injection), as the
// Logboek does: a name may start with = or +.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
