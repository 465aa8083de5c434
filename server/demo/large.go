package demo

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/provider"
	_ "github.com/werkportaal/werkportaal/ent/runtime" // privacy policies and defaults
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The fixed names of the benchmark dataset.
const (
	BenchmarkProviderName    = "Benchmark Administratiekantoor"
	BenchmarkBigEmployerName = "Benchmark Groot BV" // administration 90001
	BenchmarkUsername        = "bench-beheerder"
)

// ErrBenchmarkExists is returned by Large when the benchmark provider is already there.
var ErrBenchmarkExists = errors.New("demo: the benchmark dataset (" + BenchmarkProviderName + ") already exists; use a fresh database")

// largeChunk is how many persons (with their employments, accounts and invitations)
// go into one transaction.
const largeChunk = 5000

// Large writes the benchmark dataset: one provider with employers of varying size, of
// which "Benchmark Groot BV" holds about 20% of the persons (at least 1,000 when there
// are that many), the rest in employers of 50–500 persons. Every person has one
// employment (about 10% ended), about 90% an e-mail address, about half an account in
// a mix of states. The provider user bench-beheerder has all rights and StaffPassword.
//
// The rows go in with multi-row INSERTs through db, a few thousand persons per
// transaction; dialectName is ent's dialect name (dialect.Postgres or dialect.SQLite,
// as in store.Store.Dialect).
// Large refuses with ErrBenchmarkExists when the benchmark provider already exists; if
// it fails half-way it removes what it wrote.
func Large(ctx context.Context, db *sql.DB, dialectName string, persons int, progress io.Writer) error {
	return LargeAt(ctx, db, dialectName, persons, time.Now(), progress)
}

// LargeAt is Large as generated at now: the dataset's dates (invitations sent, logins,
// accounts created) lie before now, and the invitations sent in the 96 hours before now
// are still valid (R2), the older ones expired.
func LargeAt(ctx context.Context, db *sql.DB, dialectName string, persons int, now time.Time, progress io.Writer) (err error) {
	if persons < 1 {
		return fmt.Errorf("demo: persons must be positive, got %d", persons)
	}
	if dialectName != dialect.Postgres && dialectName != dialect.SQLite {
		return fmt.Errorf("demo: unsupported dialect %q", dialectName)
	}
	if progress == nil {
		progress = io.Discard
	}
	started := time.Now()
	logf := func(format string, a ...any) {
		_, _ = fmt.Fprintf(progress, "demo: "+format+" (%s)\n", append(a, time.Since(started).Round(time.Millisecond))...)
	}
	// System: seeding creates the tenants themselves; nobody is asking.
	ctx = viewer.System(ctx)
	client := store.NewClient(entsql.OpenDB(dialectName, db)) // not closed: it would close db
	exists, err := client.Provider.Query().Where(provider.Name(BenchmarkProviderName)).Exist(ctx)
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	if exists {
		return ErrBenchmarkExists
	}

	staffHash, err := auth.HashPassword(StaffPassword)
	if err != nil {
		return err
	}
	employeeHash, err := auth.HashPassword(EmployeePassword)
	if err != nil {
		return err
	}
	now = now.UTC().Truncate(time.Second)
	r := rand.New(rand.NewPCG(2026, uint64(persons))) //nolint:gosec // G404: seeded on purpose, the same dataset for the same size; no secret is drawn from it
	sizes := employerSizes(r, persons)

	b := &bulk{db: db, postgres: dialectName == dialect.Postgres, providerID: pid.New(pid.Provider),
		userID: pid.New(pid.User), now: now, r: r, employeeHash: employeeHash}
	defer func() {
		if err != nil {
			if cerr := b.cleanup(context.WithoutCancel(ctx)); cerr != nil {
				err = errors.Join(err, fmt.Errorf("demo: removing the partial benchmark: %w", cerr))
			}
		}
	}()

	// Provider, staff user, employers and their MijnLoket activation: few rows, through ent.
	employerIDs := make([]string, len(sizes))
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		if err := tx.Provider.Create().SetID(b.providerID).SetName(BenchmarkProviderName).
			SetMijnloketAddendumSignedAt(now.AddDate(-1, 0, 0)).SetMijnloketAddendumSignedBy(b.userID).
			Exec(ctx); err != nil {
			return err
		}
		if err := tx.User.Create().SetID(b.userID).SetProviderID(b.providerID).
			SetUsername(BenchmarkUsername).SetUsernameKey(BenchmarkUsername).
			SetDisplayName("Bart Benchmark").SetEmail("bench-beheerder@benchmark-administratiekantoor.nl").
			SetPasswordHash(staffHash).SetRights(rightStrings()).Exec(ctx); err != nil {
			return err
		}
		mijnloketID, err := tx.Product.Query().Where(product.Code("MIJNLOKET")).OnlyID(ctx)
		if err != nil {
			return fmt.Errorf("product MIJNLOKET: %w", err)
		}
		usedNames := map[string]bool{}
		for start := 0; start < len(sizes); start += 500 {
			end := min(start+500, len(sizes))
			ec := make([]*ent.EmployerCreate, 0, end-start)
			pc := make([]*ent.ProductActivationCreate, 0, end-start)
			for i := start; i < end; i++ {
				employerIDs[i] = pid.New(pid.Employer)
				name, number := BenchmarkBigEmployerName, "90001"
				city := benchCities[r.IntN(len(benchCities))]
				if i > 0 {
					name, number = benchEmployerName(r), strconv.Itoa(90001+i)
					if usedNames[name] {
						name += " " + city[1]
					}
					for k := 2; usedNames[name]; k++ {
						name = fmt.Sprintf("%s %s %d", benchEmployerName(r), city[1], k)
					}
				}
				usedNames[name] = true
				ec = append(ec, tx.Employer.Create().SetID(employerIDs[i]).SetProviderID(b.providerID).
					SetName(name).SetNameKey(strings.ToLower(name)).SetAdministrationNumber(number).
					SetStreet(fmt.Sprintf("%s %d", benchStreets[r.IntN(len(benchStreets))], 1+r.IntN(250))).
					SetPostalCode(fmt.Sprintf("%s %c%c", city[0], postcodeLetters[r.IntN(len(postcodeLetters))], postcodeLetters[r.IntN(len(postcodeLetters))])).
					SetCity(city[1]))
				pc = append(pc, tx.ProductActivation.Create().
					SetEmployerID(employerIDs[i]).SetProductID(mijnloketID).
					SetActivatedAt(now.AddDate(0, -6, 0)).SetActivatedBy(b.userID))
			}
			if err := tx.Employer.CreateBulk(ec...).Exec(ctx); err != nil {
				return err
			}
			if err := tx.ProductActivation.CreateBulk(pc...).Exec(ctx); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("demo: benchmark provider and employers: %w", err)
	}
	logf("provider %q, user %s, %d employers (%s: %d persons)", BenchmarkProviderName, BenchmarkUsername,
		len(sizes), BenchmarkBigEmployerName, sizes[0])

	// Persons with their employment, account and invitation, largeChunk per transaction.
	var (
		emp, numberInEmp int
		done             int
		counts           = map[string]int{}
	)
	for done < persons {
		n := min(largeChunk, persons-done)
		c := newChunk()
		for range n {
			for numberInEmp == sizes[emp] {
				emp, numberInEmp = emp+1, 0
			}
			numberInEmp++
			b.person(c, employerIDs[emp], numberInEmp, done)
			done++
		}
		if err := b.write(ctx, c); err != nil {
			return fmt.Errorf("demo: persons %d–%d: %w", done-n+1, done, err)
		}
		for k, v := range c.counts {
			counts[k] += v
		}
		logf("%d/%d persons", done, persons)
	}
	if err := b.analyze(ctx); err != nil {
		return fmt.Errorf("demo: analyze: %w", err)
	}
	logf("done: %d persons, %d employments (%d ended), %d with e-mail, %d accounts (%d ACTIVE, %d INVITED, %d BLOCKED), %d invitations",
		persons, persons, counts["ended"], counts["email"], counts["accounts"],
		counts["ACTIVE"], counts["INVITED"], counts["BLOCKED"], counts["invitations"])
	return nil
}

// employerSizes splits persons over employers: the first takes about 20% (at least
// 1,000 when there are that many), the others 50–500 each.
func employerSizes(r *rand.Rand, persons int) []int {
	big := max((persons+4)/5, min(persons, 1000))
	sizes := []int{big}
	for rest := persons - big; rest > 0; {
		n := 50 + r.IntN(451)
		switch {
		case rest <= 500:
			n = rest
		case rest-n < 50:
			n = rest - 50
		}
		sizes = append(sizes, n)
		rest -= n
	}
	return sizes
}

var (
	benchKinds = []string{
		"Bouwbedrijf", "Transportbedrijf", "Bakkerij", "Installatiebedrijf", "Schildersbedrijf",
		"Tandartspraktijk", "Kinderopvang", "Adviesbureau", "Autobedrijf", "Hoveniersbedrijf",
		"Drukkerij", "Zorggroep", "Schoonmaakbedrijf", "Accountantskantoor", "Metaalbewerking",
	}
	benchCities = [][2]string{
		{"1012", "Amsterdam"}, {"3011", "Rotterdam"}, {"2511", "Den Haag"}, {"3511", "Utrecht"},
		{"5611", "Eindhoven"}, {"9711", "Groningen"}, {"5038", "Tilburg"}, {"6811", "Arnhem"},
		{"7511", "Enschede"}, {"4811", "Breda"}, {"6511", "Nijmegen"}, {"8011", "Zwolle"},
		{"5301", "Zaltbommel"}, {"8911", "Leeuwarden"}, {"6211", "Maastricht"}, {"3811", "Amersfoort"},
	}
	postcodeLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	benchStreets    = []string{"Industrieweg", "Stationsstraat", "Kerkstraat", "Dorpsstraat", "Handelsweg", "Nijverheidsweg", "Molenweg", "Marktplein"}
)

func benchEmployerName(r *rand.Rand) string {
	ln := lastNames[r.IntN(len(lastNames))]
	owner := ln[1]
	if ln[0] != "" {
		owner = strings.ToUpper(ln[0][:1]) + ln[0][1:] + " " + ln[1]
	}
	return fmt.Sprintf("%s %s BV", benchKinds[r.IntN(len(benchKinds))], owner)
}

// chunk holds the rows of one transaction, one flat argument list per table.
type chunk struct {
	persons, employments, accounts, invitations []any
	counts                                      map[string]int
}

func newChunk() *chunk { return &chunk{counts: map[string]int{}} }

var (
	personCols     = []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "initials", "first_name", "last_name_prefix", "last_name", "birth_date", "email", "phone", "search_key"}
	employmentCols = []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "employee_number", "start_date", "end_date", "job_title"}
	accountCols    = []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "state", "username", "username_key", "password_hash", "registered_email", "first_login_at", "last_login_at", "failed_attempts", "locked_until", "blocked_at", "invite_expires_at"}
	invitationCols = []string{"id", "created_at", "updated_at", "provider_id", "employer_id", "person_id", "account_id", "token_hash", "email", "expires_at", "state", "birth_date_attempts", "created_by"}
)

type bulk struct {
	db           *sql.DB
	postgres     bool
	providerID   string
	userID       string
	now          time.Time
	r            *rand.Rand
	employeeHash string
}

var allTitles = append(append(append([]string{}, officeTitles...), bakeryTitles...), installerTitles...)

// person adds the rows of the seq-th person (0-based), the number-th of its employer.
func (b *bulk) person(c *chunk, employerID string, number, seq int) {
	r, now := b.r, b.now
	today := date.Of(now)
	n := randomName(r)
	birth := randomBirthDate(r)
	var email, phone any
	emailStr := ""
	if r.IntN(10) > 0 {
		first, last := fold(n.first), fold(n.prefix+n.last)
		// The sequence number keeps addresses (and usernames) unique at any size.
		emailStr = fmt.Sprintf("%s.%s.%d@%s", first, last, seq+1, pickDomain(r))
		email = emailStr
		c.counts["email"]++
	}
	if r.IntN(5) > 0 {
		phone = mobile(r)
	}
	personID := pid.New(pid.Person)
	created := now.Add(-time.Duration(r.IntN(5*365*24)) * time.Hour)
	c.persons = append(c.persons, personID, created, created, b.providerID, employerID,
		n.initials, n.first, n.prefix, n.last, birth, email, phone,
		SearchKey(n.first, n.prefix, n.last, emailStr))

	var start date.Date
	var end any
	if r.IntN(10) == 0 {
		e := today.AddDays(-(1 + r.IntN(1000)))
		start, end = startDate(r, birth, sixMonthsBefore(e)), e
		c.counts["ended"]++
	} else {
		start = startDate(r, birth, today.AddDays(-1))
	}
	c.employments = append(c.employments, pid.New(pid.Employment), created, created, b.providerID, employerID,
		personID, number, start, end, allTitles[r.IntN(len(allTitles))])

	if emailStr == "" || r.IntN(100) >= 56 { // 56% of the 90% with e-mail ≈ half of everyone
		return
	}
	accountID := pid.New(pid.Account)
	c.counts["accounts"]++
	switch x := r.IntN(100); {
	case x < 18: // invited: two in three within the link's 96 hours (R2), the rest expired
		// The account carries the expiry too: the access status staff see is derived
		// from it (access/status), so without it every invitation reads as expired.
		sent := now.Add(-time.Duration(r.IntN(96*60)) * time.Minute)
		if r.IntN(3) == 0 {
			sent = now.Add(-time.Duration(97+r.IntN(30*24)) * time.Hour)
		}
		expires := sent.Add(96 * time.Hour)
		c.accounts = append(c.accounts, accountID, sent, sent, b.providerID, employerID, personID,
			"INVITED", nil, nil, nil, nil, nil, nil, 0, nil, nil, expires)
		_, tokenHash := auth.NewToken()
		c.invitations = append(c.invitations, pid.New(pid.Invitation), sent, sent, b.providerID, employerID,
			personID, accountID, tokenHash, emailStr, expires, "PENDING", 0, b.userID)
		c.counts["INVITED"]++
		c.counts["invitations"]++
	default:
		state := "ACTIVE"
		var blockedAt, lockedUntil any
		failed := 0
		registered := now.Add(-time.Duration(24+r.IntN(3*365*24)) * time.Hour)
		last := registered.Add(time.Duration(r.Int64N(int64(now.Sub(registered)))))
		switch {
		case x < 30:
			at := last.Add(time.Hour)
			if at.After(now) {
				at = now
			}
			state, blockedAt = "BLOCKED", at
		case x < 31:
			failed, lockedUntil = 3, now.Add(time.Hour)
		}
		username := fmt.Sprintf("%s.%s.%d", fold(n.first), fold(n.prefix+n.last), seq+1)
		c.accounts = append(c.accounts, accountID, registered, registered, b.providerID, employerID, personID,
			state, username, username, b.employeeHash, emailStr, registered, last, failed, lockedUntil, blockedAt, nil)
		c.counts[state]++
	}
}

// write inserts a chunk in one transaction, parents before children.
func (b *bulk) write(ctx context.Context, c *chunk) error {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit a no-op
	for _, t := range []struct {
		table string
		cols  []string
		args  []any
	}{
		{"persons", personCols, c.persons},
		{"employments", employmentCols, c.employments},
		{"accounts", accountCols, c.accounts},
		{"invitations", invitationCols, c.invitations},
	} {
		if err := b.insert(ctx, tx, t.table, t.cols, t.args); err != nil {
			return fmt.Errorf("%s: %w", t.table, err)
		}
	}
	return tx.Commit()
}

// insert writes rows (args is their values one after another) with multi-row INSERTs,
// as many rows per statement as the parameter limit allows (Postgres 65535, SQLite 32766).
func (b *bulk) insert(ctx context.Context, tx *sql.Tx, table string, cols []string, args []any) error {
	maxParams := 32000
	if b.postgres {
		maxParams = 65000
	}
	perStmt := min(2000, maxParams/len(cols))
	rows := len(args) / len(cols)
	for first := 0; first < rows; first += perStmt {
		n := min(perStmt, rows-first)
		if _, err := tx.ExecContext(ctx, b.insertSQL(table, cols, n),
			args[first*len(cols):(first+n)*len(cols)]...); err != nil {
			return err
		}
	}
	return nil
}

func (b *bulk) insertSQL(table string, cols []string, rows int) string {
	var sb strings.Builder
	sb.Grow(40 + 20*len(cols) + rows*len(cols)*7)
	sb.WriteString(`INSERT INTO "` + table + `" ("`)
	sb.WriteString(strings.Join(cols, `", "`))
	sb.WriteString(`") VALUES `)
	p := 0
	for i := range rows {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte('(')
		for j := range cols {
			if j > 0 {
				sb.WriteByte(',')
			}
			p++
			if b.postgres {
				sb.WriteByte('$')
				sb.WriteString(strconv.Itoa(p))
			} else {
				sb.WriteByte('?')
			}
		}
		sb.WriteByte(')')
	}
	return sb.String()
}

// analyze refreshes the planner statistics, so the first benchmark queries do not run
// on the estimates of empty tables. On Postgres it vacuums too, as autovacuum would
// soon after a bulk load: the rows inserted after the search index was made wait in
// its GIN pending list, which every search reads in full until it is merged (the
// search then costs 200 buffers instead of 7 and the planner avoids the index).
func (b *bulk) analyze(ctx context.Context) error {
	if b.postgres {
		_, err := b.db.ExecContext(ctx, `VACUUM (ANALYZE) "persons", "employments", "accounts", "invitations", "employers", "product_activations"`)
		return err
	}
	_, err := b.db.ExecContext(ctx, `ANALYZE`)
	return err
}

// cleanup removes whatever a failed Large wrote, children before parents.
func (b *bulk) cleanup(ctx context.Context) error {
	ph := "?"
	if b.postgres {
		ph = "$1"
	}
	var errs []error
	for _, t := range []string{"invitations", "accounts", "employments", "persons", "product_activations", "users", "employers"} {
		//nolint:gosec // G202: the table comes from the fixed list above, the provider is a bound parameter
		if _, err := b.db.ExecContext(ctx, `DELETE FROM "`+t+`" WHERE "provider_id" = `+ph, b.providerID); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", t, err))
		}
	}
	if _, err := b.db.ExecContext(ctx, `DELETE FROM "providers" WHERE "id" = `+ph, b.providerID); err != nil {
		errs = append(errs, fmt.Errorf("providers: %w", err))
	}
	return errors.Join(errs...)
}
