package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/apiclient"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// portalConfig bounds the portal section (R23: payslips and their PDFs).
type portalConfig struct {
	employments int // employments of the largest employer that get payslips; 0 skips the section
	months      int // months per employment, the last ones before this month
	lines       int // lines per payslip
	batch       int // payslips per publishPayslips request (at most publish.MaxBatch)
	requests    int
	maxTime     time.Duration
}

// The integrator of the benchmark provider, made by the bench setup when missing: the
// benchmark dataset has no API client (the demo's belongs to the demo provider).
const (
	benchClientName   = "Benchmark Salarissoftware"
	benchClientSecret = "bench-integrator-secret-2026"
)

// publishRounds is how many times new periods are published beside the floor: one
// run's ratio went from 1.42× to 1.89× between runs of the same code. Odd, so that the
// last round publishes last (inTurn).
const publishRounds = 3

// benchPortal measures the portal content on the benchmark dataset:
//
//   - publishing payslips for cfg.employments employments × cfg.months months of the
//     largest employer through the HTTP GraphQL API as an integrator (publishPayslips,
//     cfg.batch per request, one client), first as new periods, then the same run sent
//     again (idempotent: updates), against COPYing the same rows (payslips, lines,
//     audit events) with pgx in one transaction per batch;
//   - an employee's payslip list page over HTTP, p50 and p99;
//   - the payslip PDF download over HTTP against the same PDF in-process: through the
//     portal service (queries and rendering) and rendering alone.
//
// The section owns every payslip of the largest employer (the dataset has none of its
// own): it removes them before and after, so re-runs start from the same state.
func benchPortal(ctx context.Context, a *app.App, conn *pgx.Conn, rec *recorder, c *http.Client, base string, big *ent.Employer, cfg portalConfig) (err error) {
	if cfg.employments <= 0 {
		return nil
	}
	if cfg.batch < 1 || cfg.batch > publish.MaxBatch {
		return fmt.Errorf("portal batch must be 1 to %d", publish.MaxBatch)
	}
	if cfg.months < 1 || cfg.months > 120 || cfg.lines < 0 || cfg.lines > publish.MaxLines {
		return fmt.Errorf("portal months must be 1 to 120 and lines 0 to %d", publish.MaxLines)
	}
	sys := viewer.System(ctx)
	fmt.Printf("\nportal content (payslips) of %q:\n", big.Name)

	// ---- bench setup: the feature, the integrator, the payslips' employments, the employee.
	if err := ensurePayslipsFeature(sys, a.Store.Client, big); err != nil {
		return err
	}
	clientID, err := ensureBenchClient(sys, a.Store.Client, big.ProviderID)
	if err != nil {
		return err
	}
	integrator, err := clientToken(c, base, clientID, benchClientSecret)
	if err != nil {
		return err
	}
	jobs, err := inServiceEmployments(ctx, conn, big.ID, cfg.employments)
	if err != nil {
		return err
	}
	if err := removePayslips(ctx, conn, big.ID); err != nil {
		return err
	}
	defer func() {
		if cerr := removePayslips(context.WithoutCancel(ctx), conn, big.ID); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()

	run := payrollRun(jobs, cfg.months, cfg.lines)
	bodies, batch, err := publishBodies(run, cfg.batch)
	if err != nil {
		return err
	}
	fmt.Printf("  %d employments × %d months = %d payslips of %d lines in %d requests of ≤ %d payslips\n",
		len(jobs), cfg.months, len(run), cfg.lines, len(bodies), batch)
	if batch < cfg.batch {
		fmt.Printf("  NOTE: %d payslips of %d lines make a %.0f KiB request, over the server's %d KiB limit for integrators (413);\n"+
			"        the batches are cut to %d payslips so that they fit\n",
			cfg.batch, cfg.lines, float64(batchBytes(run, cfg.batch))/1024, serverBodyLimit/1024, batch)
	}

	// ---- (a) publishing new periods against the floor, publishRounds times in turn;
	// the last round (even: the floor first) keeps the API's rows for the run sent again.
	var (
		newN, rawN       int
		newDurs, rawDurs []time.Duration
		newRatios        []float64
		perSlip          = func(n int, d time.Duration) float64 { return d.Seconds() / float64(max(n, 1)) }
	)
	for round := range publishRounds {
		floor := func() error {
			n, d, err := copyPayslips(ctx, conn, big, clientID, run, batch, cfg.maxTime)
			if err != nil {
				return fmt.Errorf("raw payslip insert: %w", err)
			}
			rawN, rawDurs = n, append(rawDurs, d)
			return removePayslips(ctx, conn, big.ID)
		}
		api := func() error {
			n, d, err := publishRun(c, base, integrator, bodies, batch, false, cfg.maxTime)
			if err != nil {
				return fmt.Errorf("publishPayslips: %w", err)
			}
			newN, newDurs = n, append(newDurs, d)
			if round == publishRounds-1 {
				return nil
			}
			return removePayslips(ctx, conn, big.ID)
		}
		if err := inTurn(ctx, conn, round, floor, api); err != nil {
			return err
		}
		newRatios = append(newRatios, perSlip(newN, newDurs[round])/perSlip(rawN, rawDurs[round]))
	}
	newDur, rawDur := medianDur(newDurs), medianDur(rawDurs)
	// Statistics as autovacuum would soon have them: the tables were empty at the last
	// ANALYZE, and the plans of the updates should not depend on when autovacuum wakes.
	if _, err := conn.Exec(ctx, "ANALYZE payslips, payslip_lines, audit_events"); err != nil {
		return err
	}
	againN, againDur, err := publishRun(c, base, integrator, bodies[:(newN+batch-1)/batch], batch, true, cfg.maxTime)
	if err != nil {
		return fmt.Errorf("publishPayslips again: %w", err)
	}
	line := func(what string, n int, d time.Duration) {
		fmt.Printf("    %-36s %6d payslips in %6.2f s = %6.0f payslips/s\n", what, n, d.Seconds(), float64(n)/d.Seconds())
	}
	slices.Sort(newRatios)
	fmt.Printf("  publishPayslips over HTTP as the integrator (1 client, one request after another; new periods: median of %d rounds):\n", publishRounds)
	line("new periods", newN, newDur)
	line("the same run sent again (updates)", againN, againDur)
	fmt.Printf("  the same rows through pgx COPY (payslips, lines, audit events; one transaction per batch; median of %d rounds, the order alternating):\n", publishRounds)
	line("new periods", rawN, rawDur)
	fmt.Printf("  ratio API / raw COPY, time per payslip: new periods %.2f× (%.2f–%.2f), sent again %.2f×\n",
		median(newRatios), newRatios[0], newRatios[len(newRatios)-1], perSlip(againN, againDur)/perSlip(rawN, rawDur))

	// ---- (b) the employee: list page and PDF download.
	emp, err := benchEmployee(sys, a.Store.Client, jobs)
	if err != nil {
		return err
	}
	token, err := employeeLogin(c, base, *emp.Username, demo.EmployeePassword)
	if err != nil {
		return err
	}
	ids, err := payslipPage(c, base, token)
	if err != nil {
		return err
	}
	if len(ids) == 0 {
		return fmt.Errorf("employee %s sees no payslips", *emp.Username)
	}
	rec.start()
	if _, err := payslipPage(c, base, token); err != nil {
		return err
	}
	pageSQL := len(rec.stop())
	rec.start()
	pdfSize, err := download(c, base, token, read.PayslipURL(ids[0]))
	if err != nil {
		return err
	}
	pdfSQL := len(rec.stop())
	fmt.Printf("  employee %s: %d payslips on the first page; SQL statements: list page %d, PDF download %d; PDF %.1f KiB\n\n",
		*emp.Username, len(ids), pageSQL, pdfSQL, float64(pdfSize)/1024)

	pageLat, err := measure(cfg.requests, cfg.maxTime, 1, func(int) (time.Duration, error) {
		start := time.Now()
		_, err := payslipPage(c, base, token)
		return time.Since(start), err
	})
	if err != nil {
		return err
	}
	httpLat, err := measure(cfg.requests, cfg.maxTime, 1, func(i int) (time.Duration, error) {
		start := time.Now()
		_, err := download(c, base, token, read.PayslipURL(ids[i%len(ids)]))
		return time.Since(start), err
	})
	if err != nil {
		return err
	}
	per, err := a.Store.Client.Person.Get(sys, emp.PersonID)
	if err != nil {
		return err
	}
	employee := viewer.NewContext(clock.NewContext(ctx, a.Clock), auth.EmployeePrincipal(emp, per))
	svcLat, err := measure(cfg.requests, cfg.maxTime, 1, func(i int) (time.Duration, error) {
		start := time.Now()
		_, err := a.Payroll.PayslipPDF(employee, ids[i%len(ids)])
		return time.Since(start), err
	})
	if err != nil {
		return err
	}
	data := make([]pdf.PayslipData, len(ids))
	for i, id := range ids {
		p, err := a.Store.Client.Payslip.Query().Where(payslip.ID(id)).
			WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) }).
			WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
			Only(sys)
		if err != nil {
			return err
		}
		e := p.Edges.Employment
		data[i] = pdf.PayslipData{Payslip: p, Lines: p.Edges.Lines, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer}
	}
	renderLat, err := measure(cfg.requests, cfg.maxTime, 1, func(i int) (time.Duration, error) {
		start := time.Now()
		_, err := pdf.PayslipPDF(data[i%len(data)], time.Now())
		return time.Since(start), err
	})
	if err != nil {
		return err
	}
	report("payslip list page over HTTP (me.payslips first 20)", pageLat)
	report("payslip PDF download over HTTP", httpLat)
	report("same PDF in-process: portal service (queries + render)", svcLat)
	report("same PDF in-process: rendering only", renderLat)
	fmt.Printf("\nratio PDF over HTTP / rendering only: p50 %.2f×, p99 %.2f×; HTTP / service: p50 %.2f×, p99 %.2f×\n",
		ratio(httpLat, 50, renderLat), ratio(httpLat, 99, renderLat), ratio(httpLat, 50, svcLat), ratio(httpLat, 99, svcLat))
	if lighthouse {
		fmt.Println()
		// Each of Lighthouse's runs signs the employee in afresh (a refresh token is used
		// once), ten times in a few minutes: beyond the per-account limit on sign-ins, as no
		// person signs in. The limiter's windows go before each, as for the sign-in flood.
		forget := func() error {
			_, err := a.Store.DB.ExecContext(sys, forgetRateLimits)
			return err
		}
		return benchLighthouseHome(base, *emp.Username, demo.EmployeePassword, forget)
	}
	return nil
}

// ensurePayslipsFeature activates MijnLoket (which brings PAYSLIPS) for emp when it
// is not active; the benchmark dataset activates it for every employer.
func ensurePayslipsFeature(ctx context.Context, c *ent.Client, emp *ent.Employer) error {
	codes, err := c.ProductActivation.Query().
		Where(productactivation.EmployerID(emp.ID), productactivation.DeactivatedAtIsNil()).
		QueryProduct().Select(entproduct.FieldCode).Strings(ctx)
	if err != nil {
		return err
	}
	for _, f := range feature.Of(codes) {
		if f == feature.Payslips {
			return nil
		}
	}
	ml, err := c.Product.Query().Where(entproduct.Code(product.CodeMijnLoket)).Only(ctx)
	if err != nil {
		return err
	}
	u, err := c.User.Query().Where(user.Username(demo.BenchmarkUsername)).Only(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("  bench setup: activated %s for %q\n", product.CodeMijnLoket, emp.Name)
	return c.ProductActivation.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetProductID(ml.ID).
		SetActivatedAt(time.Now().UTC()).SetActivatedBy(u.ID).Exec(ctx)
}

// ensureBenchClient returns the ID of the benchmark provider's integrator with all
// rights and benchClientSecret, making it (or resetting its secret) when needed.
func ensureBenchClient(ctx context.Context, c *ent.Client, providerID string) (string, error) {
	hash, err := auth.HashPassword(benchClientSecret)
	if err != nil {
		return "", err
	}
	rights := make([]string, len(viewer.AllRights))
	for i, r := range viewer.AllRights {
		rights[i] = string(r)
	}
	cl, err := c.APIClient.Query().Where(apiclient.ProviderID(providerID), apiclient.Name(benchClientName)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		fmt.Printf("  bench setup: API client %q of the benchmark provider\n", benchClientName)
		cl, err = c.APIClient.Create().SetID(pid.New(pid.APIClient)).SetProviderID(providerID).SetName(benchClientName).
			SetSecretHash(hash).SetRights(rights).Save(ctx)
	case err == nil:
		cl, err = cl.Update().SetSecretHash(hash).SetRights(rights).ClearDisabledAt().Save(ctx)
	}
	if err != nil {
		return "", fmt.Errorf("bench API client: %w", err)
	}
	return cl.ID, nil
}

// clientToken gets an access token with the OAuth client-credentials grant.
func clientToken(c *http.Client, base, id, secret string) (string, error) {
	res, err := c.PostForm(base+"/oauth/token", url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
	if err != nil {
		return "", err
	}
	defer func() { _ = res.Body.Close() }()
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil || out.AccessToken == "" {
		return "", fmt.Errorf("client credentials of the bench integrator: HTTP %d %v", res.StatusCode, err)
	}
	return out.AccessToken, nil
}

// job is an employment that gets payslips.
type job struct{ id, personID string }

// inServiceEmployments returns up to n employments of the employer in service today,
// by employee number.
func inServiceEmployments(ctx context.Context, conn *pgx.Conn, employerID string, n int) ([]job, error) {
	rows, err := conn.Query(ctx, `SELECT id, person_id FROM employments
		WHERE employer_id = $1 AND (end_date IS NULL OR end_date >= current_date)
		ORDER BY employee_number LIMIT $2`, employerID, n)
	if err != nil {
		return nil, err
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (job, error) {
		var j job
		return j, r.Scan(&j.id, &j.personID)
	})
	if err == nil && len(out) < n {
		fmt.Printf("  (only %d employments in service)\n", len(out))
	}
	return out, err
}

// removePayslips removes every payslip of the employer with its lines and audit events,
// and vacuums the tables so the next phase does not meet the dead rows.
func removePayslips(ctx context.Context, conn *pgx.Conn, employerID string) error {
	for _, q := range []string{
		"DELETE FROM payslip_lines WHERE employer_id = $1",
		"DELETE FROM payslips WHERE employer_id = $1",
		"DELETE FROM audit_events WHERE employer_id = $1 AND action = 'PAYSLIP_PUBLISHED'",
	} {
		if _, err := conn.Exec(ctx, q, employerID); err != nil {
			return fmt.Errorf("removing bench payslips: %w", err)
		}
	}
	_, err := conn.Exec(ctx, "VACUUM (ANALYZE) payslips, payslip_lines, audit_events")
	return err
}

// slipIn and lineIn are PayslipInput and PayslipLineInput of the GraphQL API.
type slipIn struct {
	EmploymentID string   `json:"employmentId"`
	PeriodType   string   `json:"periodType"`
	Year         int      `json:"year"`
	Period       int      `json:"period"`
	RunDate      string   `json:"runDate"`
	GrossCents   int64    `json:"grossCents"`
	NetCents     int64    `json:"netCents"`
	Lines        []lineIn `json:"lines"`
	personID     string
}

type lineIn struct {
	Code        string `json:"code"`
	Description string `json:"description"`
	AmountCents int64  `json:"amountCents"`
	Category    string `json:"category"`
}

// wageComponents are the lines of a Dutch payslip, each an amount in thousandths of
// the gross wage; a payslip of n lines takes the first n (repeating when n is larger).
var wageComponents = []struct {
	code, desc, cat string
	permille        int64
}{
	{"1000", "Salaris", "EARNINGS", 880},
	{"1010", "Overwerk 125%", "EARNINGS", 45},
	{"1020", "Onregelmatigheidstoeslag", "EARNINGS", 30},
	{"1200", "Reiskostenvergoeding woon-werk", "EARNINGS", 25},
	{"1210", "Thuiswerkvergoeding", "EARNINGS", 5},
	{"5000", "Loonheffing tabel wit maand", "DEDUCTIONS", 180},
	{"5100", "Pensioenpremie werknemer", "DEDUCTIONS", 55},
	{"5110", "Premie WGA-hiaat werknemer", "DEDUCTIONS", 3},
	{"5120", "Premie PAWW", "DEDUCTIONS", 2},
	{"5200", "Contributie vakbond", "DEDUCTIONS", 6},
	{"6000", "Werkgeversheffing Zvw", "EMPLOYER_CONTRIBUTIONS", 65},
	{"6010", "Premie WW (Awf) laag", "EMPLOYER_CONTRIBUTIONS", 26},
	{"6020", "Premie Aof", "EMPLOYER_CONTRIBUTIONS", 62},
	{"6030", "Premie Whk", "EMPLOYER_CONTRIBUTIONS", 12},
	{"6100", "Pensioenpremie werkgever", "EMPLOYER_CONTRIBUTIONS", 110},
	{"4000", "Reservering vakantietoeslag", "RESERVATIONS", 80},
	{"4010", "Reservering vakantiedagen", "RESERVATIONS", 95},
	{"4020", "Reservering eindejaarsuitkering", "RESERVATIONS", 83},
	{"4030", "Reservering persoonlijk budget", "RESERVATIONS", 16},
	{"4040", "Reservering levensfasebudget", "RESERVATIONS", 8},
}

// payrollRun is a payroll run per month, the last months months before this one,
// oldest first, each for every job; run dates are the 23rd, so all are visible.
func payrollRun(jobs []job, months, lines int) []slipIn {
	today := date.Of(time.Now().In(clock.Amsterdam))
	var out []slipIn
	for m := months; m >= 1; m-- {
		run := date.New(today.Year, today.Month-time.Month(m), 23)
		for i, j := range jobs {
			gross := 250_000 + int64(i%400)*1_000
			s := slipIn{EmploymentID: j.id, PeriodType: "MONTH", Year: run.Year, Period: int(run.Month),
				RunDate: run.String(), GrossCents: gross, NetCents: gross * 3 / 4, personID: j.personID,
				Lines: make([]lineIn, lines)}
			for k := range s.Lines {
				c := wageComponents[k%len(wageComponents)]
				s.Lines[k] = lineIn{Code: c.code, Description: c.desc, AmountCents: gross * c.permille / 1000, Category: c.cat}
			}
			out = append(out, s)
		}
	}
	return out
}

// serverBodyLimit is the server's limit on an integrator's request body (the default
// of app.Config.MaxIntegratorBodyBytes); a larger request gets 413.
const serverBodyLimit = app.DefaultMaxIntegratorBodyBytes

// publishBodies encodes the run as publishPayslips requests of batch payslips, or of
// fewer when batch of them would not fit the body limit; it returns the batch used.
func publishBodies(run []slipIn, batch int) ([][]byte, int, error) {
	for {
		var bodies [][]byte
		largest := 0
		for start := 0; start < len(run); start += batch {
			b, err := publishBody(run[start:min(start+batch, len(run))])
			if err != nil {
				return nil, 0, err
			}
			bodies = append(bodies, b)
			largest = max(largest, len(b))
		}
		if largest <= serverBodyLimit {
			return bodies, batch, nil
		}
		if batch == 1 {
			return nil, 0, fmt.Errorf("one payslip makes a request of %d bytes, over the body limit", largest)
		}
		batch = max(1, min(batch-1, int(float64(batch)*0.99*serverBodyLimit/float64(largest))))
	}
}

// batchBytes is the size of the request of the first batch payslips of run.
func batchBytes(run []slipIn, batch int) int {
	b, _ := publishBody(run[:min(batch, len(run))])
	return len(b)
}

func publishBody(slips []slipIn) ([]byte, error) {
	return json.Marshal(map[string]any{"query": publishQuery, "variables": map[string]any{"in": map[string]any{"payslips": slips}}})
}

const publishQuery = `mutation($in:PublishPayslipsInput!){publishPayslips(input:$in){
	createdCount updatedCount payslips{id} userErrors{field code message}}}`

// publishRun sends the bodies one after another and checks every batch was created
// (or, again, updated) in full; it stops at maxTime and returns how many payslips went.
func publishRun(c *http.Client, base, token string, bodies [][]byte, batch int, again bool, maxTime time.Duration) (int, time.Duration, error) {
	deadline := time.Now().Add(maxTime)
	start := time.Now()
	n := 0
	for _, body := range bodies {
		if time.Now().After(deadline) {
			fmt.Printf("  (publishing stopped at the time limit after %d payslips)\n", n)
			break
		}
		var out struct {
			Data struct {
				P struct {
					CreatedCount, UpdatedCount int
					Payslips                   []struct{ ID string }
					UserErrors                 []json.RawMessage
				} `json:"publishPayslips"`
			} `json:"data"`
			Errors []json.RawMessage `json:"errors"`
		}
		if err := postRaw(c, base, token, body, &out); err != nil {
			return n, 0, err
		}
		p := out.Data.P
		switch {
		case len(out.Errors) > 0:
			return n, 0, fmt.Errorf("%s", out.Errors[0])
		case len(p.UserErrors) > 0:
			return n, 0, fmt.Errorf("%s", p.UserErrors[0])
		case !again && (p.CreatedCount != len(p.Payslips) || p.UpdatedCount != 0),
			again && (p.UpdatedCount != len(p.Payslips) || p.CreatedCount != 0),
			len(p.Payslips) == 0 || len(p.Payslips) > batch:
			return n, 0, fmt.Errorf("created %d, updated %d of %d", p.CreatedCount, p.UpdatedCount, len(p.Payslips))
		}
		n += len(p.Payslips)
	}
	return n, time.Since(start), nil
}

// postRaw sends an encoded GraphQL request to /graphql and decodes the answer into out.
func postRaw(c *http.Client, base, token string, body []byte, out any) error {
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	defer func() { _ = res.Body.Close() }()
	if res.StatusCode != http.StatusOK {
		msg, _ := io.ReadAll(io.LimitReader(res.Body, 200))
		return fmt.Errorf("HTTP %d: %s", res.StatusCode, strings.TrimSpace(string(msg)))
	}
	return json.NewDecoder(res.Body).Decode(out)
}

// copyPayslips writes what publishPayslips writes for new periods, without any of its
// logic: payslips, their lines and one audit event each, through pgx COPY, one
// transaction per batch. It stops at maxTime and returns how many payslips went.
func copyPayslips(ctx context.Context, conn *pgx.Conn, emp *ent.Employer, actorID string, run []slipIn, batch int, maxTime time.Duration) (int, time.Duration, error) {
	deadline := time.Now().Add(maxTime)
	start := time.Now()
	n := 0
	for first := 0; first < len(run) && time.Now().Before(deadline); first += batch {
		slips := run[first:min(first+batch, len(run))]
		now := time.Now().UTC()
		var ps, ls, evs [][]any
		for _, s := range slips {
			id := pid.New(pid.Payslip)
			runDate, err := time.Parse(time.DateOnly, s.RunDate)
			if err != nil {
				return n, 0, err
			}
			ps = append(ps, []any{id, now, now, emp.ProviderID, emp.ID, s.personID, s.PeriodType, s.Year, s.Period,
				payroll.PeriodKey(s.Year, s.Period), runDate, runDate, s.GrossCents, s.NetCents, s.EmploymentID})
			for k, l := range s.Lines {
				ls = append(ls, []any{pid.New(pid.PayslipLine), emp.ProviderID, emp.ID, s.personID, k, l.Code, l.Description, l.AmountCents, l.Category, id})
			}
			evs = append(evs, []any{pid.New(pid.AuditEvent), now, emp.ProviderID, emp.ID, s.personID, string(viewer.KindAPIClient), actorID,
				benchClientName, string(publish.ActionPayslipPublished), "Payslip", id, map[string]string{
					"employment": s.EmploymentID, "periodType": s.PeriodType, "year": fmt.Sprint(s.Year), "period": fmt.Sprint(s.Period),
					"gross": fmt.Sprint(s.GrossCents), "net": fmt.Sprint(s.NetCents), "result": "created"}})
		}
		tx, err := conn.Begin(ctx)
		if err != nil {
			return n, 0, err
		}
		for _, t := range []struct {
			table string
			cols  []string
			rows  [][]any
		}{
			{"payslips", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "period_type", "year", "period",
				"period_key", "run_date", "visible_from", "gross_cents", "net_cents", "employment_id"}, ps},
			{"payslip_lines", []string{"id", "provider_id", "employer_id", "person_id", "position", "code", "description", "amount_cents", "category", "payslip_id"}, ls},
			{"audit_events", []string{"id", "created_at", "provider_id", "employer_id", "person_id", "actor_kind", "actor_id", "actor_name",
				"action", "target_type", "target_id", "details"}, evs},
		} {
			if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
				_ = tx.Rollback(ctx)
				return n, 0, fmt.Errorf("%s: %w", t.table, err)
			}
		}
		if err := tx.Commit(ctx); err != nil {
			return n, 0, err
		}
		n += len(slips)
	}
	return n, time.Since(start), nil
}

// benchEmployee returns the first ACTIVE, unlocked account among the jobs' persons.
// The benchmark dataset gives every ACTIVE account demo.EmployeePassword.
func benchEmployee(ctx context.Context, c *ent.Client, jobs []job) (*ent.Account, error) {
	persons := make([]string, 0, min(len(jobs), 500))
	for _, j := range jobs[:min(len(jobs), 500)] {
		persons = append(persons, j.personID)
	}
	accs, err := c.Account.Query().Where(account.PersonIDIn(persons...), account.StateEQ(account.StateACTIVE),
		account.LockedUntilIsNil(), account.UsernameNotNil()).All(ctx)
	if err != nil {
		return nil, err
	}
	order := map[string]int{}
	for i, p := range persons {
		order[p] = i
	}
	var best *ent.Account
	for _, a := range accs {
		if best == nil || order[a.PersonID] < order[best.PersonID] {
			best = a
		}
	}
	if best == nil {
		return nil, errors.New("no ACTIVE employee account among the first employments that got payslips")
	}
	return best, nil
}

func employeeLogin(c *http.Client, base, username, password string) (string, error) {
	var out struct {
		Data struct {
			L struct {
				AccessToken string
				UserErrors  []json.RawMessage
			} `json:"employeeLogin"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	q := `mutation($u:String!,$p:String!){employeeLogin(input:{username:$u,password:$p}){accessToken userErrors{code message}}}`
	if err := post(c, base, "", q, map[string]any{"u": username, "p": password}, &out); err != nil {
		return "", err
	}
	if out.Data.L.AccessToken == "" {
		return "", fmt.Errorf("employee sign-in of %s failed: %s %s", username, out.Errors, out.Data.L.UserErrors)
	}
	return out.Data.L.AccessToken, nil
}

// payslipListQuery is what a payslip list page asks: a page of 20 with the amounts,
// the category totals and the PDF link.
const payslipListQuery = `query{me{payslips(first:20){totalCount pageInfo{hasNextPage endCursor}
	edges{node{id periodLabel year period runDate grossCents netCents pdfUrl totals{category totalCents}}}}}}`

// payslipPage fetches the list page and returns the payslip IDs on it.
func payslipPage(c *http.Client, base, token string) ([]string, error) {
	var out struct {
		Data struct {
			Me struct {
				Payslips struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := post(c, base, token, payslipListQuery, nil, &out); err != nil {
		return nil, err
	}
	if len(out.Errors) > 0 {
		return nil, fmt.Errorf("payslip list: %s", out.Errors[0])
	}
	var ids []string
	for _, e := range out.Data.Me.Payslips.Edges {
		ids = append(ids, e.Node.ID)
	}
	return ids, nil
}

// download GETs a file with the bearer token and returns its size.
func download(c *http.Client, base, token, path string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, base+path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer func() { _ = res.Body.Close() }()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, err
	}
	if res.StatusCode != http.StatusOK || !bytes.HasPrefix(body, []byte("%PDF-")) {
		return 0, fmt.Errorf("download %s: HTTP %d %.200s", path, res.StatusCode, body)
	}
	return len(body), nil
}
