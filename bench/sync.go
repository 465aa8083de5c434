package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/payrollsync"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The employer the sync section owns: made by the section when missing, emptied before
// and after, so re-runs start from the same state and the dataset's employers stay as
// they are.
const (
	syncEmployerName  = "Benchmark Synchronisatie BV"
	syncEmployerAdmin = "BENCH-SYNC"
)

// syncRow is one row of syncEmployees as the bench sends it.
type syncRow struct {
	EmployeeNumber int    `json:"employeeNumber"`
	PersonKey      string `json:"personKey"`
	Initials       string `json:"initials"`
	FirstName      string `json:"firstName"`
	LastNamePrefix string `json:"lastNamePrefix"`
	LastName       string `json:"lastName"`
	BirthDate      string `json:"birthDate"`
	PrivateEmail   string `json:"privateEmail"`
	Phone          string `json:"phone"`
	Street         string `json:"street"`
	PostalCode     string `json:"postalCode"`
	City           string `json:"city"`
	StartDate      string `json:"startDate"`
	JobTitle       string `json:"jobTitle"`
}

// syncRows is a payroll of n employees, one employment each.
func syncRows(n int) []syncRow {
	first := []string{"Anna", "Bram", "Cees", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Joost"}
	last := []string{"Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"}
	out := make([]syncRow, n)
	for i := range out {
		l := last[(i/10)%len(last)]
		prefix, name := "", l
		if k := strings.LastIndexByte(l, ' '); k > 0 {
			prefix, name = l[:k], l[k+1:]
		}
		out[i] = syncRow{
			EmployeeNumber: i + 1, PersonKey: fmt.Sprintf("PB%06d", i+1), Initials: first[i%len(first)][:1] + ".",
			FirstName: first[i%len(first)], LastNamePrefix: prefix, LastName: name,
			BirthDate:    fmt.Sprintf("%04d-%02d-%02d", 1960+i%40, 1+i%12, 1+i%28),
			PrivateEmail: fmt.Sprintf("werknemer%06d@example.nl", i+1), Phone: "06 12345678",
			Street: fmt.Sprintf("Dorpsstraat %d", 1+i%300), PostalCode: "5301 LL", City: "Zaltbommel",
			StartDate: fmt.Sprintf("%04d-%02d-01", 2000+i%26, 1+i%12), JobTitle: "Medewerker",
		}
	}
	return out
}

// benchSync measures payroll's sync (R45): syncEmployees of n employees over HTTP as the
// integrator, 1,000 rows a request, one request after another — first new, then the
// same batches again (unchanged: nothing is written) — beside pgx COPY of the same
// rows (persons, employments and the audit events the sync writes for them).
func benchSync(ctx context.Context, a *app.App, conn *pgx.Conn, c *http.Client, base string, providerID string, n int) (err error) {
	if n <= 0 {
		return nil
	}
	sys := viewer.System(ctx)
	fmt.Printf("\npayroll sync (R45) of %d employees into %q:\n", n, syncEmployerName)
	emp, err := a.Store.Client.Employer.Query().Where(employer.ProviderID(providerID), employer.AdministrationNumber(syncEmployerAdmin)).Only(sys)
	if ent.IsNotFound(err) {
		fmt.Printf("  bench setup: employer %q\n", syncEmployerName)
		emp, err = a.Store.Client.Employer.Create().SetProviderID(providerID).SetName(syncEmployerName).
			SetNameKey(strings.ToLower(syncEmployerName)).SetAdministrationNumber(syncEmployerAdmin).Save(sys)
	}
	if err != nil {
		return fmt.Errorf("sync employer: %w", err)
	}
	clientID, err := ensureBenchClient(sys, a.Store.Client, providerID)
	if err != nil {
		return err
	}
	token, err := clientToken(c, base, clientID, benchClientSecret)
	if err != nil {
		return err
	}
	if err := emptySyncEmployer(ctx, conn, emp.ID); err != nil {
		return err
	}
	defer func() {
		if cerr := emptySyncEmployer(context.WithoutCancel(ctx), conn, emp.ID); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	rows := syncRows(n)

	copyDur, err := copySync(ctx, conn, emp, clientID, rows)
	if err != nil {
		return fmt.Errorf("raw sync insert: %w", err)
	}
	if err := emptySyncEmployer(ctx, conn, emp.ID); err != nil {
		return err
	}
	newDur, err := syncRun(c, base, token, emp.ID, rows, payrollsync.Created)
	if err != nil {
		return fmt.Errorf("syncEmployees: %w", err)
	}
	if _, err := conn.Exec(ctx, "ANALYZE persons, employments, audit_events"); err != nil {
		return err
	}
	againDur, err := syncRun(c, base, token, emp.ID, rows, payrollsync.Unchanged)
	if err != nil {
		return fmt.Errorf("syncEmployees again: %w", err)
	}
	rate := func(d time.Duration) float64 { return float64(n) / d.Seconds() }
	fmt.Printf("  syncEmployees over HTTP as the integrator (1 client, %d rows a request):\n", payrollsync.MaxBatch)
	fmt.Printf("    %-40s %6d rows in %6.2f s = %7.0f rows/s\n", "new employees", n, newDur.Seconds(), rate(newDur))
	fmt.Printf("    %-40s %6d rows in %6.2f s = %7.0f rows/s\n", "the same batches again (unchanged)", n, againDur.Seconds(), rate(againDur))
	fmt.Printf("  the same rows through pgx COPY (persons, employments, audit events; one transaction per 1,000):\n")
	fmt.Printf("    %-40s %6d rows in %6.2f s = %7.0f rows/s\n", "new employees", n, copyDur.Seconds(), rate(copyDur))
	fmt.Printf("  ratio API / raw COPY, time per row: new %.2f×, unchanged %.2f×\n",
		newDur.Seconds()/copyDur.Seconds(), againDur.Seconds()/copyDur.Seconds())
	return nil
}

// emptySyncEmployer removes what a run left at the section's employer.
func emptySyncEmployer(ctx context.Context, conn *pgx.Conn, employerID string) error {
	for _, q := range []string{
		"DELETE FROM work_patterns WHERE employer_id = $1",
		"DELETE FROM employments WHERE employer_id = $1",
		"DELETE FROM persons WHERE employer_id = $1",
		"DELETE FROM audit_events WHERE employer_id = $1",
	} {
		if _, err := conn.Exec(ctx, q, employerID); err != nil {
			return fmt.Errorf("emptying the sync employer: %w", err)
		}
	}
	_, err := conn.Exec(ctx, "VACUUM (ANALYZE) persons, employments, audit_events")
	return err
}

// syncRun sends the rows in batches and checks that every row got want.
func syncRun(c *http.Client, base, token, employerID string, rows []syncRow, want payrollsync.Status) (time.Duration, error) {
	const query = `mutation($in: SyncEmployeesInput!) { syncEmployees(input: $in) { createdCount unchangedCount errorCount results { status userErrors { code field } } userErrors { code } } }`
	start := time.Now()
	for first := 0; first < len(rows); first += payrollsync.MaxBatch {
		batch := rows[first:min(first+payrollsync.MaxBatch, len(rows))]
		body, err := json.Marshal(map[string]any{"query": query, "variables": map[string]any{
			"in": map[string]any{"employerId": employerID, "employees": batch}}})
		if err != nil {
			return 0, err
		}
		var out struct {
			Data struct {
				S struct {
					Results []struct {
						Status     string
						UserErrors []json.RawMessage
					}
					UserErrors []json.RawMessage
				} `json:"syncEmployees"`
			} `json:"data"`
			Errors []json.RawMessage `json:"errors"`
		}
		if err := postRaw(c, base, token, body, &out); err != nil {
			return 0, err
		}
		if len(out.Errors) > 0 {
			return 0, fmt.Errorf("%s", out.Errors[0])
		}
		if len(out.Data.S.UserErrors) > 0 || len(out.Data.S.Results) != len(batch) {
			return 0, fmt.Errorf("batch at %d: %d results, %s", first, len(out.Data.S.Results), out.Data.S.UserErrors)
		}
		for i, r := range out.Data.S.Results {
			if r.Status != string(want) {
				return 0, fmt.Errorf("row %d: %s, want %s (%s)", first+i, r.Status, want, r.UserErrors)
			}
		}
	}
	return time.Since(start), nil
}

// copySync writes what syncEmployees writes for new employees, without any of its
// logic: the persons, their employments and two audit events each, through pgx COPY,
// one transaction per 1,000 rows.
func copySync(ctx context.Context, conn *pgx.Conn, emp *ent.Employer, actorID string, rows []syncRow) (time.Duration, error) {
	start := time.Now()
	for first := 0; first < len(rows); first += payrollsync.MaxBatch {
		now := time.Now().UTC()
		var ps, js, evs [][]any
		for _, r := range rows[first:min(first+payrollsync.MaxBatch, len(rows))] {
			perID, jobID := pid.New(pid.Person), pid.New(pid.Employment)
			birth, err := time.Parse(time.DateOnly, r.BirthDate)
			if err != nil {
				return 0, err
			}
			startDate, err := time.Parse(time.DateOnly, r.StartDate)
			if err != nil {
				return 0, err
			}
			ps = append(ps, []any{perID, now, now, emp.ProviderID, emp.ID, r.Initials, r.FirstName, r.LastNamePrefix, r.LastName,
				birth, r.PrivateEmail, r.Phone, r.PersonKey, r.Street, r.PostalCode, r.City,
				directory.SearchKey(r.FirstName, r.LastNamePrefix, r.LastName, r.PrivateEmail)})
			js = append(js, []any{jobID, now, now, emp.ProviderID, emp.ID, perID, r.EmployeeNumber, startDate, r.JobTitle})
			evs = append(evs,
				[]any{pid.New(pid.AuditEvent), now, emp.ProviderID, emp.ID, perID, string(viewer.KindAPIClient), actorID, benchClientName,
					string(payrollsync.ActionPersonCreated), "Person", perID, map[string]string{"personKey": r.PersonKey}},
				[]any{pid.New(pid.AuditEvent), now, emp.ProviderID, emp.ID, perID, string(viewer.KindAPIClient), actorID, benchClientName,
					string(payrollsync.ActionEmploymentCreated), "Employment", jobID, map[string]string{"employeeNumber": fmt.Sprint(r.EmployeeNumber)}})
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return 0, err
		}
		for _, t := range []struct {
			table string
			cols  []string
			rows  [][]any
		}{
			{"persons", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "initials", "first_name", "last_name_prefix",
				"last_name", "birth_date", "email", "phone", "payroll_key", "street", "postal_code", "city", "search_key"}, ps},
			{"employments", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employee_number", "start_date", "job_title"}, js},
			{"audit_events", []string{"id", "created_at", "provider_id", "employer_id", "person_id", "actor_kind", "actor_id", "actor_name",
				"action", "target_type", "target_id", "details"}, evs},
		} {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				_ = tx.Rollback(ctx)
				return 0, fmt.Errorf("%s: %w", t.table, err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}
