// Command bench prints Werkportaal's performance figures (make bench). It runs on a
// Postgres database holding the benchmark dataset of `server demo --persons N`, made
// once and reused:
//
//   - the employments search page of the largest employer over HTTP (the real handler
//     on a loopback listener, signed in, GraphQL), p50 and p99;
//   - exactly the SQL statements that request ran, replayed directly through pgx and
//     encoded to JSON, p50 and p99;
//   - the ratio of the two: what the API layer costs on top of the database work;
//   - Lighthouse's mobile performance of the public pages of the built SPA and of an employee's home, the median of five runs each, as Lighthouse ships and with its CPU slowdown calibrated to the host (-lighthouse-runs; lighthouse.go);
//   - the same page side by side with PostGraphile and a hand-written pgx floor at 1, 8
//     and 32 clients, interleaved over rounds, as throughput ratios and the ratio of the
//     p50s at one client: for the mix of searches, then for the selective search "jans"
//     alone (peer.go);
//   - the server's CPU time per hostile GraphQL document beside the search
//     page (hostile.go);
//   - collectiveGrantAccess against a raw bulk insert, and outbox delivery (access.go);
//   - publishing payslips through the API against a raw COPY, an employee's payslip
//     list page, and the payslip PDF over HTTP against rendering it in-process
//     (portal.go);
//   - leave: the handlers' request queue and the staff leave calendar of an employer of
//     10,000 employees with a year of ledger entries, beside the same SQL (leave.go);
//   - requests: a manager's Mijn team and the staff claims queue of an employer of
//     10,000 employees with 50,000 claims on their routes, beside the same SQL
//     (requests.go);
//   - payroll's sync: syncEmployees of 10,000 employees over HTTP, new and then
//     unchanged, against a raw COPY of the same rows (sync.go);
//   - the server's memory (VmHWM, VmRSS) during 1,000 parallel sign-in attempts, and
//     whether a legitimate sign-in gets through meanwhile (signin.go).
//
// Every loop is bounded in count and time and only talks to 127.0.0.1.
package main

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"github.com/jackc/pgx/v5"

	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func main() {
	server := flag.String("server", envOr("BENCH_SERVER_URL", "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"), "Postgres server")
	dbName := flag.String("db", "werkportaal_bench", "benchmark database (created when missing)")
	persons := flag.Int("persons", 100000, "persons in the benchmark dataset")
	requests := flag.Int("requests", 400, "requests per measurement")
	maxTime := flag.Duration("max-time", 60*time.Second, "time limit per measurement")
	flag.IntVar(&collectiveN, "collective", 10000, "persons in the collective grant (0 skips it)")
	flag.IntVar(&hostileRounds, "hostile", 5, "requests per hostile GraphQL document (0 skips them)")
	flag.IntVar(&portalCfg.employments, "portal-employments", 2000, "employments that get payslips in the portal section (0 skips it)")
	flag.IntVar(&portalCfg.months, "portal-months", 12, "months of payslips per employment")
	flag.IntVar(&portalCfg.lines, "portal-lines", 20, "lines per payslip")
	flag.IntVar(&portalCfg.batch, "portal-batch", 500, "payslips per publishPayslips request (at most 500)")
	flag.BoolVar(&lighthouse, "lighthouse", true, "run Lighthouse (mobile) on the public pages of the built SPA")
	flag.IntVar(&lighthouseRuns, "lighthouse-runs", 5, "Lighthouse runs per page, each as Lighthouse ships and calibrated to the host; the median run of each is printed")
	flag.IntVar(&sideRounds, "side-rounds", 3, "rounds of the side-by-side page measurement against PostGraphile and the pgx floor (0 skips it)")
	flag.IntVar(&syncN, "sync", 10000, "employees in the payroll sync section (0 skips it)")
	flag.IntVar(&leaveN, "leave", 10000, "employees of the leave section's employer (0 skips it)")
	flag.IntVar(&requestsN, "workflow-requests", 50000, "claims on their routes in the requests section, Mijn team and the claims queue (0 skips it)")
	flag.IntVar(&requestsEmployeesN, "workflow-employees", 10000, "employees of the requests section's employer")
	flag.IntVar(&signInCostN, "signin-cost", 30, "employee sign-ins measured beside the bare argon2id hash (0 skips them)")
	flag.IntVar(&signInN, "signin-flood", 1000, "parallel sign-in attempts of the sign-in flood (0 skips it)")
	flag.BoolVar(&onlySignIn, "only-signin", false, "run only the sign-in flood")
	signInServer := flag.String("signin-server", "", "internal: serve this database for the sign-in flood (signin.go)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the run (the bench and the server in it) to this file")
	memProfile := flag.String("memprofile", "", "write an allocation profile of the run (the bench and the server in it) to this file when it ends")
	searchList := flag.String("searches", "", "the page's searches, separated by commas (an empty item is the list without a search); default: the mix below")
	flag.Parse()
	lighthouseRuns = max(1, lighthouseRuns)
	if *searchList != "" {
		searches = strings.Split(*searchList, ",")
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench: cpu profile:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		// Every allocation, not one in 512 KB: a page request allocates some hundred KB.
		runtime.MemProfileRate = 1
		defer writeMemProfile(*memProfile)
	}
	if *signInServer != "" {
		if err := serveSignIn(*signInServer); err != nil {
			fmt.Fprintln(os.Stderr, "bench: sign-in server:", err)
			os.Exit(1)
		}
		return
	}
	portalCfg.requests, portalCfg.maxTime = *requests, *maxTime
	if err := run(*server, *dbName, *persons, *requests, *maxTime); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func writeMemProfile(path string) {
	f, err := os.Create(path) //nolint:gosec // G304: the path is the -memprofile flag of whoever runs the bench
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		_ = f.Close()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench: allocation profile:", err)
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

var (
	collectiveN    int
	hostileRounds  int
	portalCfg      portalConfig
	signInN        int
	signInCostN    int
	syncN          int
	onlySignIn     bool
	sideRounds     int
	lighthouse     bool
	lighthouseRuns int
)

// searches are what staff type: name fragments, an e-mail domain, an employee number.
var searches = []string{"", "jan", "de vries", "bakker", "gmail", "an", "1234", "van", "smit", "el"}

func run(serverURL, dbName string, persons, requests int, maxTime time.Duration) error {
	ctx := context.Background()
	// The request log would drown the figures.
	slog.SetDefault(slog.New(slog.DiscardHandler))
	dbURL, err := ensureDataset(ctx, serverURL, dbName, persons)
	if err != nil {
		return err
	}
	st, err := store.Open(ctx, store.Config{DatabaseURL: dbURL, MaxOpenConns: 20})
	if err != nil {
		return err
	}
	defer func() { _ = st.Close() }()
	if onlySignIn {
		return benchSignIn(ctx, st.DB, dbURL, signInN)
	}
	rec := &recorder{Driver: st.Driver}
	st.Client = store.NewClient(rec) // with the tenant-key hook, as the server has it

	big, err := st.Client.Employer.Query().Where(employer.Name(demo.BenchmarkBigEmployerName)).Only(viewer.System(ctx))
	if err != nil {
		return fmt.Errorf("benchmark employer: %w", err)
	}
	if err := enrolBenchUser(ctx, st.Client); err != nil {
		return err
	}
	key := make([]byte, 32)
	a, err := app.New(st, clock.System{}, app.Config{JWTKey: key, AdHocQueries: true, ClientSecretPepper: benchPepper})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }() // ErrServerClosed once the run is over
	defer func() { _ = srv.Close() }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 8}, Timeout: 30 * time.Second}
	token, err := login(client, base, st.Client)
	if err != nil {
		return err
	}

	fmt.Printf("Werkportaal benchmark — Postgres database %s, %d persons; employer %q\n\n", dbName, persons, big.Name)

	page := func(search string) (time.Duration, error) {
		start := time.Now()
		err := employmentsPage(client, base, token, big.ID, search)
		return time.Since(start), err
	}
	// Warm up caches and connections, then record one request's SQL per search term
	// (and for the selective search, which the side by side measures on its own).
	replays := map[string][]stmt{}
	recorded := searches
	if !slices.Contains(searches, selectiveSearch) {
		recorded = append(slices.Clone(searches), selectiveSearch)
	}
	for _, s := range recorded {
		if _, err := page(s); err != nil {
			return err
		}
		rec.start()
		if _, err := page(s); err != nil {
			return err
		}
		replays[s] = rec.stop()
	}
	fmt.Printf("SQL statements per employments page (50 rows, with person and account; search %q): %d\n\n", searches[0], len(replays[searches[0]]))

	// One client each, so both columns are latencies of the same work, not of queueing.
	httpLat, err := measure(requests, maxTime, 1, func(i int) (time.Duration, error) { return page(searches[i%len(searches)]) })
	if err != nil {
		return err
	}
	// The replays and the raw writes get the session settings Werkportaal's pool has.
	connCfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return err
	}
	store.WithSessionSettings(connCfg)
	conn, err := pgx.ConnectConfig(ctx, connCfg)
	if err != nil {
		return err
	}
	defer func() { _ = conn.Close(ctx) }()
	rawLat, err := measure(requests, maxTime, 1, func(i int) (time.Duration, error) {
		return replay(ctx, conn, replays[searches[i%len(searches)]])
	})
	if err != nil {
		return err
	}
	report("employments search page over HTTP (GraphQL, 1 client)", httpLat)
	report("same SQL directly through pgx + JSON (1 connection)", rawLat)
	fmt.Printf("\nratio HTTP / direct SQL: p50 %.2f×, p99 %.2f×\n", ratio(httpLat, 50, rawLat), ratio(httpLat, 99, rawLat))
	if err := benchSideBySide(ctx, conn, dbURL, base, func() (string, error) { return login(client, base, st.Client) }, big.ID, replays, sideRounds, requests, maxTime); err != nil {
		return fmt.Errorf("side by side: %w", err)
	}
	if lighthouse {
		if err := benchLighthouse(base); err != nil {
			return err
		}
	}

	a.Store.Client = store.NewClient(st.Driver) // no recording from here on
	// A new sign-in for the page the hostile documents are compared with: the side by side
	// and Lighthouse's runs take longer than an access token lives.
	if token, err = login(client, base, st.Client); err != nil {
		return err
	}
	if err := benchHostile(ctx, a, key, func() error { _, err := page(""); return err }, big, hostileRounds); err != nil {
		return err
	}
	if collectiveN > 0 {
		if err := benchCollective(ctx, a, conn, collectiveN, 2000, maxTime); err != nil {
			return err
		}
	}
	if err := benchPortal(ctx, a, conn, rec, client, base, big, portalCfg); err != nil {
		return err
	}
	if leaveN > 0 {
		// A new sign-in: the first token may have expired during the sections before.
		if token, err = login(client, base, st.Client); err != nil {
			return err
		}
		if err := benchLeave(ctx, a, conn, rec, client, base, token, big.ProviderID, leaveN, requests, maxTime); err != nil {
			return fmt.Errorf("leave: %w", err)
		}
	}
	if requestsN > 0 {
		if token, err = login(client, base, st.Client); err != nil {
			return err
		}
		if err := benchRequests(ctx, a, conn, rec, client, base, token, big.ProviderID, requests, maxTime); err != nil {
			return fmt.Errorf("requests: %w", err)
		}
	}
	if err := benchSync(ctx, a, conn, client, base, big.ProviderID, syncN); err != nil {
		return fmt.Errorf("sync: %w", err)
	}
	if signInCostN > 0 {
		if err := benchSignInCost(ctx, a, conn, client, base, signInCostN); err != nil {
			return fmt.Errorf("sign-in cost: %w", err)
		}
	}
	if signInN == 0 {
		return nil
	}
	return benchSignIn(ctx, st.DB, dbURL, signInN)
}

// ensureDataset returns the URL of the benchmark database, creating and loading it
// when it does not exist yet.
func ensureDataset(ctx context.Context, serverURL, dbName string, persons int) (string, error) {
	admin, err := sql.Open("pgx", serverURL)
	if err != nil {
		return "", err
	}
	defer func() { _ = admin.Close() }()
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", err
	}
	u.Path = "/" + dbName
	dbURL := u.String()
	var exists bool
	if err := admin.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", dbName).Scan(&exists); err != nil {
		return "", fmt.Errorf("is Postgres running? %w", err)
	}
	if !exists {
		if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+pgx.Identifier{dbName}.Sanitize()); err != nil {
			return "", err
		}
	}
	st, err := store.Open(ctx, store.Config{DatabaseURL: dbURL})
	if err != nil {
		return "", err
	}
	defer func() { _ = st.Close() }()
	if _, err := st.Migrate(ctx); err != nil {
		return "", err
	}
	start := time.Now()
	err = demo.Large(ctx, st.DB, dialect.Postgres, persons, os.Stdout)
	switch {
	case errors.Is(err, demo.ErrBenchmarkExists):
		// An earlier run's sections wrote and deleted tens of thousands of rows. Until
		// autovacuum comes, the planner's look-ups at the ends of the indexes walk the
		// dead entries: the search's planning read 10,866 buffers (14-20 ms) against 784
		// after a VACUUM. Every run starts from a vacuumed database, as a fresh one does.
		start := time.Now()
		if _, err := st.DB.ExecContext(ctx, "VACUUM (ANALYZE)"); err != nil {
			return "", err
		}
		fmt.Printf("reusing the benchmark dataset in %s (vacuumed in %s)\n", dbName, time.Since(start).Round(time.Millisecond))
	case err != nil:
		return "", err
	default:
		fmt.Printf("benchmark dataset of %d persons made in %s\n", persons, time.Since(start).Round(time.Millisecond))
	}
	return dbURL, nil
}

const pageQuery = `query($id:ID!,$q:String){employer(id:$id){employments(first:50,search:$q){totalCount
	edges{node{id employeeNumber startDate endDate inService jobTitle
	person{id fullName email account{id username status lastLoginAt}}}}}}}`

func employmentsPage(c *http.Client, base, token, employerID, search string) error {
	var out struct {
		Errors []json.RawMessage `json:"errors"`
	}
	if err := post(c, base, token, pageQuery, map[string]any{"id": employerID, "q": search}, &out); err != nil {
		return err
	}
	if len(out.Errors) > 0 {
		return fmt.Errorf("employments page: %s", out.Errors[0])
	}
	return nil
}

func post(c *http.Client, base, token, query string, vars map[string]any, out any) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	return postRaw(c, base, token, body, out)
}

// stmt is one recorded SQL statement with its arguments.
type stmt struct {
	query string
	args  []any
}

// recorder is an ent driver that records the statements of a request on demand.
type recorder struct {
	dialect.Driver
	mu  sync.Mutex
	on  bool
	got []stmt
}

func (r *recorder) start() { r.mu.Lock(); r.on, r.got = true, nil; r.mu.Unlock() }

func (r *recorder) stop() []stmt {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.on = false
	return r.got
}

func (r *recorder) Query(ctx context.Context, query string, args, v any) error {
	r.mu.Lock()
	if r.on {
		a, _ := args.([]any)
		r.got = append(r.got, stmt{query, slices.Clone(a)})
	}
	r.mu.Unlock()
	return r.Driver.Query(ctx, query, args, v)
}

// replay runs the statements through pgx and encodes every row to JSON, which is the
// least any API would do with them.
func replay(ctx context.Context, conn *pgx.Conn, stmts []stmt) (time.Duration, error) {
	start := time.Now()
	for _, s := range stmts {
		rows, err := conn.Query(ctx, s.query, s.args...)
		if err != nil {
			return 0, err
		}
		fields := rows.FieldDescriptions()
		var out []map[string]any
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				return 0, err
			}
			m := make(map[string]any, len(vals))
			for i, v := range vals {
				m[fields[i].Name] = v
			}
			out = append(out, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
		if _, err := json.Marshal(out); err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}

// measure runs f n times over workers goroutines, stopping early at maxTime.
func measure(n int, maxTime time.Duration, workers int, f func(i int) (time.Duration, error)) ([]time.Duration, error) {
	deadline := time.Now().Add(maxTime)
	var (
		mu   sync.Mutex
		lat  []time.Duration
		next int
		ferr error
		wg   sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if next >= n || ferr != nil || time.Now().After(deadline) {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()
				d, err := f(i)
				mu.Lock()
				if err != nil && ferr == nil {
					ferr = err
				}
				lat = append(lat, d)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	slices.Sort(lat)
	return lat, ferr
}

func pct(lat []time.Duration, p int) time.Duration {
	if len(lat) == 0 {
		return 0
	}
	i := (len(lat)*p + 99) / 100
	return lat[max(0, min(len(lat)-1, i-1))]
}

func report(name string, lat []time.Duration) {
	fmt.Printf("%-58s n=%-4d p50 %8.2f ms   p99 %8.2f ms\n", name, len(lat),
		ms(pct(lat, 50)), ms(pct(lat, 99)))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func ratio(a []time.Duration, p int, b []time.Duration) float64 {
	return float64(pct(a, p)) / float64(max(pct(b, p), 1))
}
