package publish

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/store"
)

// batch describes one kind of row that integrators publish in batches (payslips, leave
// balances): how an input is checked and keyed, and how its rows are found, updated and
// created. upsert does the rest the same way for every kind.
type batch[In any, K comparable, Row any, Create any] struct {
	field string // the input field of the batch, and its rows in messages: "payslips"
	noun  string // one row in messages: "payslip"
	same  string // what two inputs share that makes them the same row: "employment and period"
	race  string // the answer when a concurrent request created the same row first

	check      func(i int, in *In) error // validates and normalises input i
	key        func(in *In) K
	employment func(in *In) string
	// existing reads the rows of the employments ids (sorted, unique) that the batch
	// may update, by key.
	existing func(ctx context.Context, c *ent.Client, ids []string) (map[K]*Row, error)
	// update writes inputs over the rows they update (old[i] by in[i]), all together.
	update func(ctx context.Context, c *ent.Client, old []*Row, in []*In) error
	create func(c *ent.Client, e *ent.Employment, in *In) Create
	save   func(ctx context.Context, c *ent.Client, creates []Create) ([]*Row, error)
	// action and target are the audit event of each row; details its details, where
	// result is created or updated.
	action  audit.Action
	target  string
	details func(e *ent.Employment, in *In, result string) map[string]string
	id      func(*Row) string
	unwrap  func(*Row)
	// after, when set, runs in the transaction once every row is saved, before the
	// audit events; updated are the indexes of the inputs that updated a row.
	after func(ctx context.Context, c *ent.Client, rows []*Row, updated []int) error
}

// upsert publishes a batch of 1 to MaxBatch inputs, all or nothing, as a publisher
// (R23): each input creates the row of its key or updates the one that exists, which
// keeps its ID, and each is an audit event. It checks every input and refuses two of
// the same key and an employment outside the publisher's tenant before it writes. It
// returns the rows in input order and how many were created and updated.
func upsert[In any, K comparable, Row any, Create any](ctx context.Context, s *Service, in []In, b batch[In, K, Row, Create]) (rows []*Row, created, updated int, err error) {
	ctx, emps, ids, err := checkBatch(ctx, s, in, b.field, b.noun, b.same, b.check, b.key, b.employment)
	if err != nil {
		return nil, 0, 0, err
	}
	rows = make([]*Row, len(in))
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		created, updated = 0, 0
		// Read as the publisher: the privacy policy lets it read within its tenant
		// without VIEW_EMPLOYEES.
		existing, err := b.existing(ctx, c, slices.Compact(slices.Sorted(slices.Values(ids))))
		if err != nil {
			return err
		}
		var (
			creates   []Create
			createAt  []int
			updatedAt []int
			olds      []*Row
			updates   []*In
			events    = make([]audit.Event, 0, len(in))
		)
		for i := range in {
			e := emps[ids[i]]
			result := "created"
			if old := existing[b.key(&in[i])]; old != nil {
				rows[i] = old
				olds, updates = append(olds, old), append(updates, &in[i])
				updatedAt = append(updatedAt, i)
				updated++
				result = "updated"
			} else {
				creates = append(creates, b.create(c, e, &in[i]))
				createAt = append(createAt, i)
				created++
			}
			events = append(events, audit.Event{
				At: s.now(), Action: b.action,
				ProviderID: e.ProviderID, EmployerID: e.EmployerID, PersonID: e.PersonID,
				TargetType: b.target, Details: b.details(e, &in[i], result),
			})
		}
		if len(olds) > 0 {
			if err := b.update(ctx, c, olds, updates); err != nil {
				return err
			}
		}
		offset := 0
		for chunk := range slices.Chunk(creates, chunkSize) {
			saved, err := b.save(ctx, c, chunk)
			if err != nil {
				if ent.IsConstraintError(err) && sqlgraph.IsUniqueConstraintError(err) {
					return apperr.BadRequestf("%s", b.race)
				}
				return fmt.Errorf("publish: create %s: %w", b.field, err)
			}
			for j, r := range saved {
				rows[createAt[offset+j]] = r
			}
			offset += len(chunk)
		}
		if b.after != nil {
			if err := b.after(ctx, c, rows, updatedAt); err != nil {
				return err
			}
		}
		for i := range events {
			events[i].TargetID = b.id(rows[i])
		}
		return audit.RecordMany(ctx, c, events)
	})
	if err != nil {
		return nil, 0, 0, err
	}
	for _, r := range rows {
		b.unwrap(r)
	}
	return rows, created, updated, nil
}

// checkBatch checks a batch of 1 to MaxBatch inputs as a publisher (R23) before anything
// is written: every input (check, which may normalise it), no two of the same key, and
// every employment within the publisher's tenant. It returns the publishing context, the
// employments by ID and each input's employment ID. field, noun and same name the batch
// in messages (see batch).
func checkBatch[In any, K comparable](ctx context.Context, s *Service, in []In, field, noun, same string,
	check func(i int, in *In) error, key func(in *In) K, employment func(in *In) string) (context.Context, map[string]*ent.Employment, []string, error) {
	ctx, _, err := payroll.Publisher(ctx)
	if err != nil {
		return ctx, nil, nil, err
	}
	if len(in) == 0 || len(in) > MaxBatch {
		return ctx, nil, nil, userErr(CodeInvalidInput, fmt.Sprintf("send 1 to %d %s", MaxBatch, field), field)
	}
	seen := map[K]int{}
	ids := make([]string, len(in))
	for i := range in {
		if err := check(i, &in[i]); err != nil {
			return ctx, nil, nil, err
		}
		k := key(&in[i])
		if j, dup := seen[k]; dup {
			return ctx, nil, nil, userErr(CodeDuplicateInBatch,
				fmt.Sprintf("%s %d is for the same %s as %s %d", noun, i, same, noun, j), field, idx(i))
		}
		seen[k] = i
		ids[i] = employment(&in[i])
	}
	emps, err := employments(ctx, s.Client, ids)
	if err != nil {
		return ctx, nil, nil, err
	}
	for i, id := range ids {
		if emps[id] == nil {
			return ctx, nil, nil, userErr(CodeEmploymentNotFound, fmt.Sprintf("employment %s not found", id), field, idx(i), "employmentId")
		}
	}
	return ctx, emps, ids, nil
}
