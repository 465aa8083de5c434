package main

// The leave section (R28–R32, issue #14): the handlers' request queue and the staff
// leave calendar of an employer of 10,000 employees with a year of ledger entries (at
// least 20 per employee), over HTTP beside the same SQL through pgx, with the number of
// statements per request at two page sizes (it must not grow with the page).

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The employer the leave section owns: made and filled when missing (or of another
// size), then reused, so the figures of later runs read the same data.
const (
	leaveEmployerName  = "Benchmark Verlof BV"
	leaveEmployerAdmin = "BENCH-LEAVE"
)

var leaveN int

// leaveProducts are what the queue and the calendar need: the requests, the calendar and
// the scheme with its ledger (R22, R28).
var leaveProducts = []string{product.CodeMijnLoket, product.CodeLeaveRegistration, product.CodeLeavePolicy,
	product.CodeLeaveRequests, product.CodeLeaveCalendar}

const queueQuery = `query($e:ID!,$first:Int){leaveRequestQueue(employerId:$e,status:OPEN,first:$first){
	personName balanceHours colleaguesAway{name firstDay lastDay} colleaguesAwayMore
	request{id kind status employmentId firstDay lastDay hours comment deadline decisionComment decidedByName decidedAt byLapse leaveType{id name}}}}`

const calendarQuery = `query($e:ID!,$m:String!,$p:Int!,$s:Int){leaveCalendar(employerId:$e,month:$m,page:$p,pageSize:$s){
	month firstDay lastDay totalPeople page pageSize people{key name isSelf days{date status leaveType hours}}}}`

func benchLeave(ctx context.Context, a *app.App, conn *pgx.Conn, rec *recorder, c *http.Client, base, token, providerID string, n, requests int, maxTime time.Duration) error {
	if n <= 0 {
		return nil
	}
	sys := viewer.System(ctx)
	fmt.Printf("\nleave (R28–R32) at %q:\n", leaveEmployerName)
	emp, err := sectionEmployer(sys, a, c, base, token, providerID, leaveEmployerName, leaveEmployerAdmin, leaveProducts)
	if err != nil {
		return err
	}
	var jobs, entries int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM employments WHERE employer_id = $1),
		(SELECT count(*) FROM leave_entries WHERE employer_id = $1)`, emp.ID).Scan(&jobs, &entries); err != nil {
		return err
	}
	if jobs != n || entries < 20*n {
		if err := fillLeave(ctx, a, conn, emp, n); err != nil {
			return fmt.Errorf("leave data: %w", err)
		}
	}
	var open, accepted int
	if err := conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE status = 'SUBMITTED'), count(*) FILTER (WHERE status = 'ACCEPTED'),
		(SELECT count(*) FROM leave_entries WHERE employer_id = $1) FROM leave_requests WHERE employer_id = $1`, emp.ID).
		Scan(&open, &accepted, &entries); err != nil {
		return err
	}
	fmt.Printf("  %d employees, %d ledger entries (%.1f per employee), %d open and %d accepted requests\n",
		n, entries, float64(entries)/float64(n), open, accepted)

	month := time.Now().In(clock.Amsterdam).Format("2006-01")
	queue := func(first int) func() (time.Duration, error) {
		return func() (time.Duration, error) {
			return timed(c, base, token, queueQuery, map[string]any{"e": emp.ID, "first": first}, "leaveRequestQueue")
		}
	}
	calendar := func(page, size int) func() (time.Duration, error) {
		return func() (time.Duration, error) {
			return timed(c, base, token, calendarQuery, map[string]any{"e": emp.ID, "m": month, "p": page, "s": size}, "leaveCalendar")
		}
	}
	return measurePagePairs(ctx, conn, rec, requests, maxTime, []pagePair{
		{"request queue (open, deadline first)", queue(25), queue(200), "25 rows", "200 rows"},
		{"calendar month " + month, calendar(1, 25), calendar(1, 50), "25 rows", "50 rows"},
	})
}

// timed runs one GraphQL request and fails on any error in its answer.
func timed(c *http.Client, base, token, query string, vars map[string]any, field string) (time.Duration, error) {
	start := time.Now()
	var out struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []json.RawMessage          `json:"errors"`
	}
	if err := post(c, base, token, query, vars, &out); err != nil {
		return 0, err
	}
	d := time.Since(start)
	if len(out.Errors) > 0 {
		return 0, fmt.Errorf("%s", out.Errors[0])
	}
	if len(out.Data[field]) == 0 || string(out.Data[field]) == "null" {
		return 0, fmt.Errorf("%s: no data", field)
	}
	return d, nil
}

// activate switches a product on through the API, as staff would; already active is fine.
func activate(c *http.Client, base, token, employerID, code string) error {
	var out struct {
		Data struct {
			A struct {
				UserErrors []struct{ Code, Message string }
			} `json:"activateProduct"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	q := `mutation($e:ID!,$p:String!){activateProduct(input:{employerId:$e,productCode:$p}){userErrors{code message}}}`
	if err := post(c, base, token, q, map[string]any{"e": employerID, "p": code}, &out); err != nil {
		return err
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("activate %s: %s", code, out.Errors[0])
	}
	for _, e := range out.Data.A.UserErrors {
		if e.Code != "ALREADY_ACTIVE" {
			return fmt.Errorf("activate %s: %s %s", code, e.Code, e.Message)
		}
	}
	return nil
}

// fillLeave replaces the employer's employees and leave with n employees, each with a
// year of ledger entries (accrual of last year and this year, days taken, corrections:
// at least 20), one or two accepted requests (a third of them in this month, booked as
// planned or taken) and, for one in fifty, an open request in the coming weeks. The
// rows go in with COPY, as the dataset's do.
func fillLeave(ctx context.Context, a *app.App, conn *pgx.Conn, emp *ent.Employer, n int) error {
	fmt.Printf("  bench setup: %d employees with a year of leave\n", n)
	// The leave rows first (they point at the employments), then what the sync section empties.
	for _, q := range []string{"DELETE FROM leave_entries WHERE employer_id = $1", "DELETE FROM leave_requests WHERE employer_id = $1"} {
		if _, err := conn.Exec(ctx, q, emp.ID); err != nil {
			return err
		}
	}
	if err := emptySyncEmployer(ctx, conn, emp.ID); err != nil {
		return err
	}
	rows := syncRows(n)
	for i := range rows {
		rows[i].PrivateEmail = fmt.Sprintf("verlof%06d@example.nl", i+1)
		rows[i].PersonKey = fmt.Sprintf("PV%06d", i+1)
	}
	if _, err := copySync(ctx, conn, emp, "bench", rows); err != nil {
		return err
	}
	types, err := a.Store.Client.LeaveType.Query().Where(leavetype.EmployerID(emp.ID)).
		Order(ent.Asc(leavetype.FieldSortOrder)).All(viewer.System(ctx))
	if err != nil || len(types) == 0 {
		return fmt.Errorf("leave types of the employer (%d): %w", len(types), err)
	}
	statutory := types[0]
	other := types[len(types)-1]
	jobRows, err := conn.Query(ctx, "SELECT id, person_id FROM employments WHERE employer_id = $1 ORDER BY employee_number", emp.ID)
	if err != nil {
		return err
	}
	var jobs []job
	for jobRows.Next() {
		var j job
		if err := jobRows.Scan(&j.id, &j.personID); err != nil {
			jobRows.Close()
			return err
		}
		jobs = append(jobs, j)
	}
	jobRows.Close()

	r := rand.New(rand.NewPCG(2026, uint64(n))) //nolint:gosec // G404: the same dataset for the same size, no secret
	now := time.Now().UTC().Truncate(time.Second)
	today := date.Of(now.In(clock.Amsterdam))
	monthStart := date.New(today.Year, today.Month, 1)
	workday := func(d date.Date) date.Date {
		for d.Time().Weekday() == time.Saturday || d.Time().Weekday() == time.Sunday {
			d = d.AddDays(1)
		}
		return d
	}
	var es, rs [][]any
	entry := func(j job, t *ent.LeaveType, kind string, minutes int64, d date.Date, source, reason string, jobKey, requestID *string) {
		es = append(es, []any{pid.New(pid.LeaveEntry), now, now, emp.ProviderID, emp.ID, j.personID, j.id, t.ID, kind, minutes,
			d.Time(), d.Year, source, reason, jobKey, "bench", requestID})
	}
	request := func(j job, status string, first date.Date, days int) {
		id := pid.New(pid.LeaveRequest)
		var mins []int64
		var sum int64
		d := first
		for worked := 0; worked < days; d = d.AddDays(1) {
			m := int64(480)
			if wd := d.Time().Weekday(); wd == time.Saturday || wd == time.Sunday {
				m = 0
			} else {
				worked++
			}
			mins = append(mins, m)
			sum += m
		}
		last := d.AddDays(-1)
		dm, _ := json.Marshal(mins)
		created := first.Time().AddDate(0, 0, -30)
		if status == "SUBMITTED" {
			created = now.Add(-time.Duration(1+r.IntN(200)) * time.Hour)
			rs = append(rs, []any{id, created, created, emp.ProviderID, emp.ID, j.personID, j.id, statutory.ID, "LEAVE", status,
				first.Time(), last.Time(), string(dm), sum, "", created.Add(14 * 24 * time.Hour), j.personID, "", nil, nil, nil, false, false})
			return
		}
		decided := created.Add(26 * time.Hour)
		rs = append(rs, []any{id, created, decided, emp.ProviderID, emp.ID, j.personID, j.id, statutory.ID, "LEAVE", status,
			first.Time(), last.Time(), string(dm), sum, "", nil, j.personID, "", "bench", "Bart Benchmark", decided, false, false})
		for i, m := range mins {
			if m == 0 {
				continue
			}
			day := first.AddDays(i)
			kind := "PLANNED"
			if day.Before(today) {
				kind = "TAKEN"
			}
			entry(j, statutory, kind, -m, day, "REQUEST", "", nil, &id)
		}
	}
	for i, j := range jobs {
		for _, y := range []int{today.Year - 1, today.Year} {
			for _, t := range []*ent.LeaveType{statutory, other} {
				key := fmt.Sprintf("ACCRUAL:%d", y)
				entry(j, t, "ACCRUAL", int64(60*(40+r.IntN(160))), date.New(y, time.January, 1), "JOB", "", &key, nil)
			}
		}
		// Twelve single days taken over the past year, recorded by payroll.
		for k := 0; k < 12; k++ {
			d := workday(today.AddDays(-(15 + 30*k + r.IntN(10))))
			entry(j, statutory, "TAKEN", -480, d, "INTEGRATOR", "", nil, nil)
		}
		entry(j, other, "CORRECTION", int64(60*(r.IntN(16)-8)), today.AddDays(-(40 + r.IntN(200))), "STAFF", "Correctie na herberekening", nil, nil)
		entry(j, statutory, "CORRECTION", 240, today.AddDays(-(40 + r.IntN(200))), "STAFF", "Compensatie overwerk", nil, nil)
		// An accepted holiday earlier in the year; for a third, leave in this month too.
		request(j, "ACCEPTED", workday(today.AddDays(-(60 + r.IntN(240)))), 3+r.IntN(8))
		if i%3 == 0 {
			request(j, "ACCEPTED", workday(monthStart.AddDays(r.IntN(25))), 1+r.IntN(5))
		}
		if i%50 == 0 {
			request(j, "SUBMITTED", workday(today.AddDays(7+r.IntN(60))), 1+r.IntN(10))
		}
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"leave_requests", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employment_id", "leave_type_id",
			"kind", "status", "first_day", "last_day", "day_minutes", "minutes", "comment", "deadline", "submitted_by", "decision_comment",
			"decided_by", "decided_by_name", "decided_at", "by_lapse", "booked_taken"}, rs},
		{"leave_entries", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employment_id", "leave_type_id",
			"kind", "minutes", "date", "year", "source", "reason", "job_key", "created_by", "request_id"}, es},
	} {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			_ = tx.Rollback(ctx)
			return fmt.Errorf("%s: %w", t.table, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	_, err = conn.Exec(ctx, "VACUUM (ANALYZE) persons, employments, leave_requests, leave_entries")
	return err
}
