package main

// The requests section (R34–R36, issue #15): a manager's Mijn team and the staff claims
// queue on an employer of 10,000 employees with 50,000 claims on their routes, over HTTP
// beside the same SQL through pgx, with the number of statements per request at two
// sizes (it must not grow with the page: a manager with a handful of tasks and one with
// a full inbox; a queue page of 25 and of 200).

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// The employer the requests section owns: made and filled when missing (or of another
// size), then reused.
const (
	requestsEmployerName  = "Benchmark Aanvragen BV"
	requestsEmployerAdmin = "BENCH-REQUESTS"
	// The big team: this many employees under one manager, each with an open claim on
	// the manager's route, more than a Mijn team inbox shows (100).
	bigTeam = 200
	// The other teams have this many employees; their manager is the first of them.
	smallTeam = 20
)

var (
	requestsN          int // claims (0 skips the section)
	requestsEmployeesN int
)

var requestsProducts = []string{product.CodeMijnLoket, product.CodeExpenseClaims, product.CodeManagementSelfService, product.CodeWorkflowEditor}

// myTeamQuery is what the SPA's Mijn team page asks (frontend/…/my-team/myTeam.graphql.ts),
// without the personal-data changes the dataset has none of.
const myTeamQuery = `query{myTeam{isManager
	tasks{id kind personName submittedAt step steps onBehalfOfName
		leaveRequest{id firstDay lastDay hours comment leaveType{id name}}
		claim{id componentName componentKind date kilometres amount description receipts{id fileName url}}}
	started{id kind personName status submittedAt trail{step state decidedByName onBehalfOfName decidedAt comment}}
	sickToday{personName firstSickDay}
	substitutes{id manager{id name} substitute{id name} firstDay lastDay active}}}`

const claimQueueQuery = `query($e:ID!,$first:Int){claimQueue(employerId:$e,status:OPEN,first:$first){personName
	claim{id status componentId componentName componentKind date kilometres rate amount description submittedAt
		decisionComment decidedByName decidedAt payrollPeriod processedAt receipts{id fileName contentType sizeBytes url}}}}`

func benchRequests(ctx context.Context, a *app.App, conn *pgx.Conn, rec *recorder, c *http.Client, base, token, providerID string, requests int, maxTime time.Duration) error {
	n, m := requestsEmployeesN, requestsN
	if m <= 0 || n <= 0 {
		return nil
	}
	if n < bigTeam+2*smallTeam {
		return fmt.Errorf("at least %d employees", bigTeam+2*smallTeam)
	}
	sys := viewer.System(ctx)
	fmt.Printf("\nrequests (R34–R36) at %q:\n", requestsEmployerName)
	emp, err := sectionEmployer(sys, a, c, base, token, providerID, requestsEmployerName, requestsEmployerAdmin, requestsProducts)
	if err != nil {
		return err
	}
	var jobs, claims int
	if err := conn.QueryRow(ctx, `SELECT (SELECT count(*) FROM employments WHERE employer_id = $1),
		(SELECT count(*) FROM claims WHERE employer_id = $1)`, emp.ID).Scan(&jobs, &claims); err != nil {
		return err
	}
	if jobs != n || claims != m {
		if err := fillRequests(ctx, conn, emp, n, m); err != nil {
			return fmt.Errorf("requests data: %w", err)
		}
	}
	var open, toManagers, steps int
	if err := conn.QueryRow(ctx, `SELECT count(*) FILTER (WHERE status = 'OPEN'),
		(SELECT count(*) FROM workflow_assignees a JOIN workflow_steps s ON s.id = a.step_id WHERE s.employer_id = $1 AND s.state = 'OPEN'),
		(SELECT count(*) FROM workflow_steps WHERE employer_id = $1) FROM workflow_requests WHERE employer_id = $1`, emp.ID).
		Scan(&open, &toManagers, &steps); err != nil {
		return err
	}
	fmt.Printf("  %d employees in teams of %d (one of %d), %d claims on their routes (%d steps), %d open: %d with a manager, %d with Behandelen aanvragen\n",
		n, smallTeam, bigTeam, m, steps, open, toManagers, open-toManagers)

	// The managers sign in as the SPA would have them: a session of their account.
	managerToken := func(username string) (string, error) {
		acc, err := a.Store.Client.Account.Query().Where(account.Username(username)).WithPerson().Only(sys)
		if err != nil {
			return "", fmt.Errorf("manager %s: %w", username, err)
		}
		t, err := a.Auth.StartEmployeeSession(ctx, acc, acc.Edges.Person, auth.Meta{})
		if err != nil {
			return "", err
		}
		return t.AccessToken, nil
	}
	small, err := managerToken(benchManagerUsername(2)) // an even team: its claims go to its manager
	if err != nil {
		return err
	}
	big, err := managerToken(benchManagerUsername(0))
	if err != nil {
		return err
	}
	inbox := func(tok string) func() (time.Duration, error) {
		return func() (time.Duration, error) { return timed(c, base, tok, myTeamQuery, nil, "myTeam") }
	}
	queue := func(first int) func() (time.Duration, error) {
		return func() (time.Duration, error) {
			return timed(c, base, token, claimQueueQuery, map[string]any{"e": emp.ID, "first": first}, "claimQueue")
		}
	}
	smallTasks, err := countTasks(c, base, small)
	if err != nil {
		return err
	}
	bigTasks, err := countTasks(c, base, big)
	if err != nil {
		return err
	}
	return measurePagePairs(ctx, conn, rec, requests, maxTime, []pagePair{
		{"Mijn team of a manager (tasks, started, sick, substitutes)", inbox(small), inbox(big),
			fmt.Sprintf("%d tasks", smallTasks), fmt.Sprintf("%d tasks", bigTasks)},
		{"claims queue of Behandelen aanvragen (open, oldest first)", queue(25), queue(200), "25 rows", "200 rows"},
	})
}

// countTasks is the number of tasks a manager's Mijn team shows.
func countTasks(c *http.Client, base, token string) (int, error) {
	var out struct {
		Data struct {
			MyTeam struct {
				Tasks []json.RawMessage `json:"tasks"`
			} `json:"myTeam"`
		} `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := post(c, base, token, `{myTeam{tasks{id}}}`, nil, &out); err != nil {
		return 0, err
	}
	if len(out.Errors) > 0 {
		return 0, fmt.Errorf("myTeam: %s", out.Errors[0])
	}
	return len(out.Data.MyTeam.Tasks), nil
}

// benchManagerUsername is the account of the i-th team's manager (0: the big team).
func benchManagerUsername(i int) string { return fmt.Sprintf("bench.manager.%d", i) }

// fillRequests replaces the employer's employees, teams and claims: n employees — a
// team of bigTeam under employee 0, then teams of smallTeam led by their first member —
// and m claims spread over them, each on its route as server/workflow writes it (a
// request with its route snapshot, a step, and the manager as its assignee). Every
// member of the big team has one open claim with the manager; of the others every
// second employee has their newest claim open, on the manager's route in even teams and
// with Behandelen aanvragen in odd ones (a manager's own: Behandelen aanvragen); the rest
// is approved, processed or rejected. The rows go in with COPY.
func fillRequests(ctx context.Context, conn *pgx.Conn, emp *ent.Employer, n, m int) error {
	fmt.Printf("  bench setup: %d employees with %d claims\n", n, m)
	for _, q := range []string{
		"DELETE FROM workflow_assignees WHERE employer_id = $1",
		"DELETE FROM workflow_steps WHERE employer_id = $1",
		"DELETE FROM workflow_requests WHERE employer_id = $1",
		"DELETE FROM claims WHERE employer_id = $1",
		"DELETE FROM claim_components WHERE employer_id = $1",
		"DELETE FROM department_members WHERE employer_id = $1",
		"DELETE FROM department_managers WHERE employer_id = $1",
		"DELETE FROM departments WHERE employer_id = $1",
		"DELETE FROM sessions WHERE subject_id IN (SELECT id FROM accounts WHERE employer_id = $1)",
		"DELETE FROM accounts WHERE employer_id = $1",
	} {
		if _, err := conn.Exec(ctx, q, emp.ID); err != nil {
			return err
		}
	}
	if err := emptySyncEmployer(ctx, conn, emp.ID); err != nil {
		return err
	}
	rows := syncRows(n)
	for i := range rows {
		rows[i].PrivateEmail = fmt.Sprintf("aanvraag%06d@example.nl", i+1)
		rows[i].PersonKey = fmt.Sprintf("PA%06d", i+1)
	}
	if _, err := copySync(ctx, conn, emp, "bench", rows); err != nil {
		return err
	}
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
	hash, err := auth.HashPassword(benchManagerPassword)
	if err != nil {
		return err
	}

	r := rand.New(rand.NewPCG(2026, uint64(m))) //nolint:gosec // G404: the same dataset for the same size, no secret
	now := time.Now().UTC().Truncate(time.Second)
	p, e := emp.ProviderID, emp.ID
	var deps, mgrs, mems, accs, cls, reqs, sts, asg [][]any
	// team[i] is the team of employee i; manager[t] the manager's index of team t.
	team := make([]int, n)
	var manager []int
	addTeam := func(lead int, members []int) {
		t := len(manager)
		manager = append(manager, lead)
		id := pid.New(pid.Department)
		deps = append(deps, []any{id, now, now, p, e, fmt.Sprintf("Team %04d", t)})
		mgrs = append(mgrs, []any{pid.New(pid.DepartmentManager), now, now, p, e, id, jobs[lead].personID})
		for _, i := range members {
			team[i] = t
			mems = append(mems, []any{pid.New(pid.DepartmentMember), now, now, p, e, id, jobs[i].personID})
		}
		user := benchManagerUsername(t)
		accs = append(accs, []any{pid.New(pid.Account), now, now, p, e, "ACTIVE", user, user, hash,
			fmt.Sprintf("%s@example.nl", user), now, now, jobs[lead].personID})
	}
	bigMembers := make([]int, bigTeam)
	for i := range bigMembers {
		bigMembers[i] = i + 1
	}
	addTeam(0, bigMembers)
	team[0] = -1 // the big team's manager is in no team
	for first := bigTeam + 1; first < n; first += smallTeam {
		members := make([]int, 0, smallTeam)
		for i := first; i < min(first+smallTeam, n); i++ {
			members = append(members, i)
		}
		addTeam(first, members)
	}
	component := pid.New(pid.ClaimComponent)
	const rateCents = 23
	toManager, _ := json.Marshal(spec.Route{Steps: []spec.Step{{Target: spec.TargetManager}}})
	toRight, _ := json.Marshal(spec.Default())
	for k := 0; k < m; k++ {
		i := k % n
		nth := k / n // the employee's nth claim, newest first
		created := now.Add(-time.Duration(nth*30*24+r.IntN(30*24)) * time.Hour)
		lead := -1
		if t := team[i]; t >= 0 && manager[t] != i && t%2 == 0 {
			lead = manager[t]
		}
		open := nth == 0 && (team[i] == 0 || r.IntN(2) == 0)
		if team[i] == 0 && nth == 0 {
			lead = manager[0]
		}
		km := float64(5 + r.IntN(120))
		status, reqStatus, stepState := "SUBMITTED", "OPEN", "OPEN"
		if !open {
			switch x := r.IntN(10); {
			case x < 5:
				status, reqStatus, stepState = "PROCESSED", "APPROVED", "APPROVED"
			case x < 9:
				status, reqStatus, stepState = "APPROVED", "APPROVED", "APPROVED"
			default:
				status, reqStatus, stepState = "REJECTED", "REJECTED", "REJECTED"
			}
		}
		claimID, reqID, stepID := pid.New(pid.Claim), pid.New(pid.WorkflowRequest), pid.New(pid.WorkflowStep)
		j := jobs[i]
		decided := created.Add(20 * time.Hour)
		var decidedBy, decidedName, decidedAt, closedAt, period, processedAt any
		if !open {
			decidedBy, decidedName, decidedAt, closedAt = "bench", "Bart Benchmark", decided, decided
			if lead >= 0 {
				decidedBy, decidedName = jobs[lead].personID, "Manager Benchmark"
			}
			if status == "PROCESSED" {
				period, processedAt = created.Format("2006-01"), decided.Add(72*time.Hour)
			}
		}
		updated := created
		if !open {
			updated = decided
		}
		cls = append(cls, []any{claimID, created, updated, p, e, j.personID, j.id, component, "Reiskosten", "KILOMETRES",
			created, km, int64(rateCents), int64(km * rateCents), "Klantbezoek", status, j.personID, "", decidedBy, decidedName, decidedAt,
			period, processedAt})
		route, assigned := toRight, "RIGHT"
		if lead >= 0 {
			route, assigned = toManager, "PERSONS"
		}
		reqs = append(reqs, []any{reqID, created, updated, p, e, j.personID, j.id, "CLAIM", claimID, string(route), reqStatus, int64(0), j.personID, closedAt})
		target := "RIGHT"
		if lead >= 0 {
			target = "MANAGER"
		}
		sts = append(sts, []any{stepID, created, updated, p, e, j.personID, reqID, int64(0), target, stepState, assigned, created,
			decidedBy, decidedName, decidedAt})
		if lead >= 0 {
			asg = append(asg, []any{pid.New(pid.WorkflowAssignee), p, e, stepID, "PERSON", jobs[lead].personID})
		}
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	if _, err := tx.Exec(ctx, `INSERT INTO claim_components (id, created_at, updated_at, provider_id, employer_id, name, kind, rate_cents, receipt_required, active)
		VALUES ($1, $2, $2, $3, $4, 'Reiskosten', 'KILOMETRES', $5, false, true)`, component, now, p, e, rateCents); err != nil {
		_ = tx.Rollback(ctx)
		return err
	}
	for _, t := range []struct {
		table string
		cols  []string
		rows  [][]any
	}{
		{"departments", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "name"}, deps},
		{"department_managers", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "department_id", "person_id"}, mgrs},
		{"department_members", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "department_id", "person_id"}, mems},
		{"accounts", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "state", "username", "username_key", "password_hash",
			"registered_email", "first_login_at", "last_login_at", "person_id"}, accs},
		{"claims", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employment_id", "component_id",
			"component_name", "component_kind", "claim_date", "kilometres", "rate_cents", "amount_cents", "description", "status", "submitted_by",
			"decision_comment", "decided_by", "decided_by_name", "decided_at", "payroll_period", "processed_at"}, cls},
		{"workflow_requests", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employment_id", "kind",
			"subject_id", "route", "status", "current_step", "submitted_by", "closed_at"}, reqs},
		{"workflow_steps", []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "request_id", "position",
			"target", "state", "assigned_to", "opened_at", "decided_by", "decided_by_name", "decided_at"}, sts},
		{"workflow_assignees", []string{"id", "provider_id", "employer_id", "step_id", "kind", "assignee_id"}, asg},
	} {
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{t.table}, t.cols, pgx.CopyFromRows(t.rows)); err != nil {
			_ = tx.Rollback(ctx)
			return fmt.Errorf("%s: %w", t.table, err)
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	_, err = conn.Exec(ctx, "VACUUM (ANALYZE) accounts, departments, department_managers, department_members, claims, workflow_requests, workflow_steps, workflow_assignees")
	return err
}

// benchManagerPassword is the managers' password; the bench signs them in without it.
const benchManagerPassword = "Benchmark-manager-2026"
