package payrollsync_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/payrollsync"
	"github.com/werkportaal/werkportaal/server/store"
)

// R45: a first sync of new employees costs the same statements for 40 as for 10: the
// persons, employments and audit events go in bulk, not five statements per person.
func TestSyncOfNewEmployeesStatementsConstantInN(t *testing.T) {
	f := newFx(t)
	var n atomic.Int64
	f.svc.Client = store.NewClient(dialect.DebugWithContext(f.w.Store.Driver, func(context.Context, ...any) { n.Add(1) }))
	statements := func(emp *ent.Employer, size int) int64 {
		rows := make([]payrollsync.Employee, size)
		for i := range rows {
			rows[i] = row(i+1, fmt.Sprintf("K%s%d", emp.ID, i), "Anna", fmt.Sprintf("Jansen%d", i))
		}
		before := n.Load()
		res := f.sync(t, f.client, emp, rows)
		for _, r := range res {
			if r.Status != payrollsync.Created {
				t.Fatalf("row %d: %s %v", r.Index, r.Status, r.Error)
			}
		}
		return n.Load() - before
	}
	few, many := statements(f.w.EmpA1, 10), statements(f.w.EmpA2, 40)
	t.Logf("statements of a sync of new employees: 10 → %d, 40 → %d", few, many)
	if few != many {
		t.Errorf("statements grow with the employees: 10 → %d, 40 → %d", few, many)
	}
}
