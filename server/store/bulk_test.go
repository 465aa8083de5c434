package store_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/field"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var bulkT0 = time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)

// TestInsertWritesWhatCreateBulkWrites: the rows store.Insert writes (unnest on
// Postgres) are, column by column, the rows CreateBulk writes from the same builders —
// defaults, NULLs, enums, JSON, dates, fractions and times included — for the tables
// that collective changes and publishing write in bulk.
func TestInsertWritesWhatCreateBulkWrites(t *testing.T) {
	w := testworld.New(t, bulkT0)
	c := w.Store.Client
	ctx := testworld.ProviderUser(w.ProvA, "usr_bulk", viewer.AllRights...)
	p := w.Person(w.EmpA1, "Sanne", "Smit", "sanne@example.nl")
	job := w.Employment(p, 1, date.New(2020, 1, 1))
	acc := c.Account.Create().SetPersonID(p.ID).SetState(account.StateINVITED).SaveX(w.Sys)
	at := bulkT0.Add(1234567 * time.Nanosecond) // not a whole microsecond: both round alike
	hours, rate, colour := 38.25, int64(2_150), payslip.TaxTableColourWHITE
	kind, yes := payslipline.KindSALARY, true

	cases := []struct {
		table string
		ctx   context.Context
		// rows writes n rows through CreateBulk (old) or store.Insert and returns their IDs.
		rows func(t *testing.T, mode writeMode, n int) []string
		// differ are columns that differ between two writes by design (unique values).
		differ []string
	}{
		{"audit_events", ctx, func(t *testing.T, bulk writeMode, n int) []string {
			bs := make([]*ent.AuditEventCreate, n)
			for i := range bs {
				b := c.AuditEvent.Create().SetAction("ACCESS_GRANTED").SetActorKind(auditevent.ActorKindSTAFF_USER).
					SetActorID("usr_bulk").SetActorName("Bulk 'Tester\"").SetProviderID(w.ProvA.ID).SetCreatedAt(at)
				if i%2 == 0 { // the other half: no employer, person, target or details (defaults, NULL)
					b.SetEmployerID(w.EmpA1.ID).SetPersonID(p.ID).SetTargetType("Account").SetTargetID(acc.ID).
						SetDetails(map[string]string{"invitation": "inv_1", "collective": "true", "quote": `"é\n`})
				}
				bs[i] = b
			}
			return write(t, ctx, c, bulk, bs, func(bs []*ent.AuditEventCreate) ([]*ent.AuditEvent, error) {
				return c.AuditEvent.CreateBulk(bs...).Save(ctx)
			}, func(e *ent.AuditEvent) string { return e.ID })
		}, nil},
		{"outbox_mails", w.Sys, func(t *testing.T, bulk writeMode, n int) []string {
			bs := make([]*ent.OutboxMailCreate, n)
			for i := range bs {
				b := c.OutboxMail.Create().SetCreatedAt(at).SetProviderID(w.ProvA.ID).
					SetKind(outboxmail.KindINVITATION).SetLocale(outboxmail.LocaleEn).SetToAddress("sanne@example.nl").
					SetSubject("Welkom").SetTextBody("Hallo\nklik").SetHTMLBody("<p>Hallo</p>").
					SetStatus(outboxmail.StatusPENDING).SetNextAttemptAt(at).SetRequestID("req-1")
				if i%2 == 0 {
					b.SetEmployerID(w.EmpA1.ID).SetPersonID(p.ID)
				}
				bs[i] = b
			}
			return write(t, w.Sys, c, bulk, bs, func(bs []*ent.OutboxMailCreate) ([]*ent.OutboxMail, error) {
				return c.OutboxMail.CreateBulk(bs...).Save(w.Sys)
			}, func(m *ent.OutboxMail) string { return m.ID })
		}, nil},
		{"invitations", ctx, func(t *testing.T, bulk writeMode, n int) []string {
			bs := make([]*ent.InvitationCreate, n)
			for i := range bs {
				bs[i] = c.Invitation.Create().SetPersonID(p.ID).SetProviderID(p.ProviderID).SetEmployerID(p.EmployerID).
					SetAccountID(acc.ID).SetTokenHash(pid.New("tok")).SetEmail("sanne@example.nl").
					SetExpiresAt(at.Add(96 * time.Hour)).SetCreatedAt(at).SetCreatedBy("usr_bulk")
			}
			return write(t, ctx, c, bulk, bs, func(bs []*ent.InvitationCreate) ([]*ent.Invitation, error) {
				return c.Invitation.CreateBulk(bs...).Save(ctx)
			}, func(i *ent.Invitation) string { return i.ID })
		}, []string{"token_hash", "updated_at"}},
		{"payslip_lines", ctx, func(t *testing.T, bulk writeMode, n int) []string {
			ps := c.Payslip.Create().SetEmploymentID(job.ID).
				SetProviderID(job.ProviderID).SetEmployerID(job.EmployerID).SetPersonID(job.PersonID).SetPeriodType(payslip.PeriodTypeMONTH).
				SetYear(2026).SetPeriod(1 + int(bulk)).SetPeriodKey(202601).
				SetRunDate(date.New(2026, 1, 23)).SetVisibleFrom(date.New(2026, 1, 23)).
				SetGrossCents(300_000).SetNetCents(225_000).SetCreatedAt(at).SetUpdatedAt(at).
				SetHoursPerWeek(hours).SetTaxTableColour(colour).SetPayrollTaxCreditApplied(yes).SaveX(ctx)
			bs := make([]*ent.PayslipLineCreate, n)
			for i := range bs {
				b := c.PayslipLine.Create().SetPayslipID(ps.ID).SetPosition(i).
					SetProviderID(ps.ProviderID).SetEmployerID(ps.EmployerID).SetPersonID(ps.PersonID).SetCode("1000").
					SetDescription("Salaris").SetAmountCents(-12_345).SetCategory(payslipline.CategoryEARNINGS)
				if i%2 == 0 {
					b.SetKind(kind).SetQuantity(hours).SetRateCents(rate)
				}
				bs[i] = b
			}
			return write(t, ctx, c, bulk, bs, func(bs []*ent.PayslipLineCreate) ([]*ent.PayslipLine, error) {
				return c.PayslipLine.CreateBulk(bs...).Save(ctx)
			}, func(l *ent.PayslipLine) string { return l.ID })
		}, []string{"payslip_id"}},
		{"payslips", ctx, func(t *testing.T, bulk writeMode, n int) []string {
			bs := make([]*ent.PayslipCreate, n)
			for i := range bs {
				year := 2020 + i
				year += int(bulk) * n
				b := c.Payslip.Create().SetID(pid.New(pid.Payslip)).SetEmploymentID(job.ID).
					SetProviderID(job.ProviderID).SetEmployerID(job.EmployerID).SetPersonID(job.PersonID).
					SetPeriodType(payslip.PeriodTypeFOUR_WEEKS).SetYear(year).SetPeriod(1).SetPeriodKey(year*100 + 1).
					SetRunDate(date.New(2026, 2, 28)).SetVisibleFrom(date.New(2026, 3, 1)).
					SetGrossCents(300_000).SetNetCents(225_000).SetCreatedAt(at).SetUpdatedAt(at)
				if i%2 == 0 {
					b.SetHoursPerWeek(hours).SetTaxTableColour(colour).SetPayrollTaxCreditApplied(yes).
						SetPeriodStart(date.New(2026, 2, 1)).SetBankAccountMasked("NL** **** **** **12 34")
				}
				bs[i] = b
			}
			return write(t, ctx, c, bulk, bs, func(bs []*ent.PayslipCreate) ([]*ent.Payslip, error) {
				return c.Payslip.CreateBulk(bs...).Save(ctx)
			}, func(p *ent.Payslip) string { return p.ID })
		}, []string{"year", "period_key"}},
	}
	for _, tc := range cases {
		t.Run(tc.table, func(t *testing.T) {
			const n = 4
			old := readRows(t, c, tc.table, tc.rows(t, createBulk, n))
			for _, mode := range []writeMode{insert, insertInTx} {
				got := readRows(t, c, tc.table, tc.rows(t, mode, n))
				for i := range n {
					for col, want := range old[i] {
						if col == "id" || contains(tc.differ, col) {
							continue
						}
						if g := got[i][col]; !reflect.DeepEqual(g, want) {
							t.Errorf("%s, row %d, %s: %#v, CreateBulk wrote %#v", mode, i, col, g, want)
						}
					}
					if len(got[i]) != len(old[i]) {
						t.Errorf("%s, row %d: %d columns, want %d", mode, i, len(got[i]), len(old[i]))
					}
				}
			}
		})
	}
}

// writeMode is how a test writes rows: ent's CreateBulk, or store.Insert outside a
// transaction (INSERT … unnest on Postgres) or inside one (COPY on Postgres).
type writeMode int

const (
	createBulk writeMode = iota
	insert
	insertInTx
)

func (m writeMode) String() string {
	return [...]string{"CreateBulk", "store.Insert", "store.Insert in a transaction"}[m]
}

// write writes builders as mode says and returns the new rows' IDs in order.
func write[N any, B store.RowBuilder[N]](t *testing.T, ctx context.Context, c *ent.Client, mode writeMode, bs []B,
	old func([]B) ([]N, error), id func(N) string) []string {
	t.Helper()
	var (
		nodes []N
		err   error
	)
	switch mode {
	case createBulk:
		nodes, err = old(bs)
	case insert:
		nodes, err = store.Insert(ctx, c, bs)
	case insertInTx:
		err = store.WithTx(ctx, c, func(tx *ent.Tx) error {
			nodes, err = store.Insert(ctx, tx.Client(), bs)
			return err
		})
	}
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = id(n)
	}
	return ids
}

// readRows reads rows of table by ID, each as its columns, in the order of ids.
func readRows(t *testing.T, c *ent.Client, table string, ids []string) []map[string]any {
	t.Helper()
	ph := "?"
	if c.Dialect() == dialect.Postgres {
		ph = "$1"
	}
	out := make([]map[string]any, len(ids))
	for i, id := range ids {
		rows, err := c.QueryRows(viewer.System(context.Background()), "SELECT * FROM "+table+" WHERE id = "+ph, id)
		if err != nil {
			t.Fatal(err)
		}
		cols, err := rows.Columns()
		if err != nil {
			t.Fatal(err)
		}
		if !rows.Next() {
			t.Fatalf("%s %s not written", table, id)
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for j := range vals {
			ptrs[j] = &vals[j]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		_ = rows.Close()
		out[i] = map[string]any{}
		for j, col := range cols {
			if b, ok := vals[j].([]byte); ok {
				vals[j] = string(b)
			}
			out[i][col] = vals[j]
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, s := range xs {
		if s == x {
			return true
		}
	}
	return false
}

// TestInsertKeepsEntsRules: store.Insert makes each row through the builder's hooks,
// so the privacy policy refuses a row outside the caller's tenant, the tenant keys are
// filled from the parent, and a duplicate is an ent constraint error, as with CreateBulk.
func TestInsertKeepsEntsRules(t *testing.T) {
	w := testworld.New(t, bulkT0)
	c := w.Store.Client
	staffA := testworld.ProviderUser(w.ProvA, "usr_bulk", viewer.AllRights...)
	pB := w.Person(w.EmpB1, "Piet", "Ander", "piet@example.nl")
	event := func(provider string) *ent.AuditEventCreate {
		return c.AuditEvent.Create().SetAction("ACCESS_GRANTED").SetActorKind(auditevent.ActorKindSTAFF_USER).
			SetActorID("usr_bulk").SetActorName("Bulk").SetProviderID(provider)
	}
	_, err := store.Insert(staffA, c, []*ent.AuditEventCreate{event(w.ProvA.ID), event(w.ProvB.ID)})
	if !errors.Is(err, privacy.Deny) {
		t.Errorf("an event in another tenant: %v, want privacy.Deny", err)
	}
	if n := c.AuditEvent.Query().CountX(w.Sys); n != 0 {
		t.Errorf("%d events written beside a refused one", n)
	}

	// The keys come from the person, as store.TenantKeys fills them for Save.
	accs, err := store.Insert(w.Sys, c, []*ent.AccountCreate{c.Account.Create().SetPersonID(pB.ID).SetState(account.StateINVITED)})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Account.GetX(w.Sys, accs[0].ID); got.ProviderID != w.ProvB.ID || got.EmployerID != w.EmpB1.ID {
		t.Errorf("keys %s/%s, want %s/%s", got.ProviderID, got.EmployerID, w.ProvB.ID, w.EmpB1.ID)
	}
	_, err = store.Insert(w.Sys, c, []*ent.AccountCreate{c.Account.Create().SetPersonID(pB.ID).SetState(account.StateINVITED)})
	if !ent.IsConstraintError(err) {
		t.Errorf("a second account of the person: %v, want a constraint error", err)
	}

	// In a transaction (COPY on Postgres) the rows are the transaction's: the same
	// refusals, and a rollback takes back what was written before.
	err = store.WithTx(w.Sys, c, func(tx *ent.Tx) error {
		if _, err := store.Insert(staffA, tx.Client(), []*ent.AuditEventCreate{event(w.ProvA.ID)}); err != nil {
			return err
		}
		if _, err := store.Insert(staffA, tx.Client(), []*ent.AuditEventCreate{event(w.ProvB.ID)}); !errors.Is(err, privacy.Deny) {
			t.Errorf("an event in another tenant, in a transaction: %v, want privacy.Deny", err)
		}
		_, err := store.Insert(w.Sys, tx.Client(), []*ent.AccountCreate{c.Account.Create().SetPersonID(pB.ID).SetState(account.StateINVITED)})
		return err
	})
	if !ent.IsConstraintError(err) {
		t.Errorf("a second account of the person, in a transaction: %v, want a constraint error", err)
	}
	// Rows with their keys are made while they are copied (Postgres): a refusal of a
	// later row is still the policy's own error.
	err = store.WithTx(w.Sys, c, func(tx *ent.Tx) error {
		_, err := store.Insert(staffA, tx.Client(), []*ent.AuditEventCreate{
			event(w.ProvA.ID).SetEmployerID(w.EmpA1.ID), event(w.ProvA.ID).SetEmployerID(w.EmpA1.ID), event(w.ProvB.ID).SetEmployerID(w.EmpB1.ID)})
		return err
	})
	if !errors.Is(err, privacy.Deny) {
		t.Errorf("a third event in another tenant, in a transaction: %v, want privacy.Deny", err)
	}
	if n := c.AuditEvent.Query().CountX(w.Sys); n != 0 {
		t.Errorf("%d events outlived the rollback", n)
	}
}

// TestInsertStatementsPerChunk: on Postgres store.Insert is one statement per table for
// up to 2,000 rows (CreateBulk took one per 500), whatever the columns; on SQLite it is
// ent's multi-row INSERT of 500 rows.
func TestInsertStatementsPerChunk(t *testing.T) {
	w := testworld.New(t, bulkT0)
	var (
		mu    sync.Mutex
		stmts []string
	)
	c := store.NewClient(dialect.DebugWithContext(w.Store.Driver, func(_ context.Context, args ...any) {
		mu.Lock()
		stmts = append(stmts, fmt.Sprint(args...))
		mu.Unlock()
	}))
	p := w.Person(w.EmpA1, "Sanne", "Smit", "sanne@example.nl")
	inserts := func(n int) int {
		bs := make([]*ent.OutboxMailCreate, n)
		for i := range bs {
			bs[i] = c.OutboxMail.Create().SetProviderID(w.ProvA.ID).SetEmployerID(w.EmpA1.ID).SetPersonID(p.ID).
				SetKind(outboxmail.KindINVITATION).SetLocale(outboxmail.LocaleNl).SetToAddress("sanne@example.nl").
				SetSubject("s").SetTextBody("t").SetHTMLBody("h").SetNextAttemptAt(bulkT0)
		}
		mu.Lock()
		stmts = nil
		mu.Unlock()
		if _, err := store.Insert(w.Sys, c, bs); err != nil {
			t.Fatal(err)
		}
		k := 0
		for _, s := range stmts {
			if strings.Contains(s, "INSERT INTO") {
				k++
			}
		}
		return k
	}
	inserts(1) // reads the column types once
	want := map[string][2]int{dialect.Postgres: {1, 3}, dialect.SQLite: {4, 9}}[c.Dialect()]
	if got := [2]int{inserts(2000), inserts(4001)}; got != want {
		t.Errorf("INSERT statements for 2,000 and 4,001 mails: %v, want %v", got, want)
	}
}

// madeRow is a RowBuilder whose row is given, made by make first when set.
type madeRow struct {
	m    ent.Mutation
	spec *sqlgraph.CreateSpec
	make func(ctx context.Context) error
}

func (r madeRow) Row(ctx context.Context) (string, *sqlgraph.CreateSpec, error) {
	if r.make != nil {
		if err := r.make(ctx); err != nil {
			return "", nil, err
		}
	}
	return r.spec.ID.Value.(string), r.spec, nil
}

// RowValues hands over the values of the given row, as the generated RowValues hands
// over what its spec would hold.
func (r madeRow) RowValues(ctx context.Context, put func(string, field.Type, any)) (string, error) {
	id, spec, err := r.Row(ctx)
	if err != nil {
		return "", err
	}
	return id, store.EachValue(spec, put)
}

func (r madeRow) Table() string { return r.spec.Table }

func (r madeRow) Pending() ent.Mutation { return r.m }

// TestInsertWhileCopyingRefuses: on Postgres, in a transaction, rows that name their
// tenant keys are made while their COPY runs (issue #12). The COPY holds the
// connection, so a row whose making queries is refused with the reason instead of
// waiting for the connection for ever, and so is a row that leaves a column with a
// default out (COPY cannot ask for the default); a row whose making panics in pgx's
// goroutine fails the insert instead of the program; nothing of any is written.
func TestInsertWhileCopyingRefuses(t *testing.T) {
	w := testworld.New(t, bulkT0)
	c := w.Store.Client
	if c.Dialect() != dialect.Postgres {
		t.Skip("COPY is Postgres's")
	}
	event := func(ctx context.Context, tx *ent.Client) madeRow {
		b := tx.AuditEvent.Create().SetAction("ACCESS_GRANTED").SetActorKind(auditevent.ActorKindSYSTEM).
			SetActorID("system").SetActorName("Werkportaal").SetProviderID(w.ProvA.ID).SetEmployerID(w.EmpA1.ID)
		_, spec, err := b.Row(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return madeRow{m: b.Pending(), spec: spec}
	}
	for _, tc := range []struct {
		name, want string
		second     func(tx *ent.Client, r madeRow) madeRow
	}{
		{"a row that queries", "a row of audit_events queried while it was copied", func(tx *ent.Client, r madeRow) madeRow {
			r.make = func(ctx context.Context) error { _, err := tx.Person.Query().Count(ctx); return err }
			return r
		}},
		{"a row that panics", "a row of audit_events panicked while it was made: boom", func(_ *ent.Client, r madeRow) madeRow {
			r.make = func(context.Context) error { panic("boom") }
			return r
		}},
		{"a row without a defaulted column", "a row of audit_events leaves request_id to its default", func(_ *ent.Client, r madeRow) madeRow {
			r.spec.Fields = slices.DeleteFunc(r.spec.Fields, func(f *sqlgraph.FieldSpec) bool { return f.Column == "request_id" })
			return r
		}},
	} {
		done := make(chan error, 1)
		go func() {
			done <- store.WithTx(w.Sys, c, func(tx *ent.Tx) error {
				rows := []madeRow{event(w.Sys, tx.Client()), tc.second(tx.Client(), event(w.Sys, tx.Client()))}
				_, err := store.Insert(w.Sys, tx.Client(), rows)
				return err
			})
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: the insert still runs after 30 s", tc.name)
		}
		if n := c.AuditEvent.Query().CountX(w.Sys); n != 0 {
			t.Errorf("%s: %d events written", tc.name, n)
		}
	}
}

// TestInsertWhileCopyingLeavesNewColumns: a column that a newer migration added, which
// this program's schema does not know, gets its default from rows copied while they
// are made, as from ent's INSERT (a deploy runs the migration before the new program).
func TestInsertWhileCopyingLeavesNewColumns(t *testing.T) {
	w := testworld.New(t, bulkT0)
	c := w.Store.Client
	if c.Dialect() != dialect.Postgres {
		t.Skip("COPY is Postgres's")
	}
	if _, err := c.ExecContext(w.Sys, `ALTER TABLE audit_events ADD COLUMN source text NOT NULL DEFAULT 'api'`); err != nil {
		t.Fatal(err)
	}
	var ids []string
	err := store.WithTx(w.Sys, c, func(tx *ent.Tx) error {
		bs := make([]*ent.AuditEventCreate, 3)
		for i := range bs {
			bs[i] = tx.AuditEvent.Create().SetAction("ACCESS_GRANTED").SetActorKind(auditevent.ActorKindSYSTEM).
				SetActorID("system").SetActorName("Werkportaal").SetProviderID(w.ProvA.ID).SetEmployerID(w.EmpA1.ID)
		}
		evs, err := store.Insert(w.Sys, tx.Client(), bs)
		for _, e := range evs {
			ids = append(ids, e.ID)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range readRows(t, c, "audit_events", ids) {
		if r["source"] != "api" {
			t.Errorf("source %#v, want the default", r["source"])
		}
	}
}
