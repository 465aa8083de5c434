package product_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

var t0 = time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)

// fixture is the shared test world (server/testworld): provider A has signed the
// MijnLoket addendum, B has not; with the product service on a fake clock.
type fixture struct {
	t     *testing.T
	st    *store.Store
	clk   *clock.Fake
	svc   *product.Service
	sys   context.Context
	provA *ent.Provider
	provB *ent.Provider
	empA1 *ent.Employer
	empA2 *ent.Employer
	empB1 *ent.Employer
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	w := testworld.New(t, t0)
	f := &fixture{t: t, st: w.Store, clk: clock.NewFake(t0), sys: w.Sys,
		provA: w.ProvA, provB: w.ProvB, empA1: w.EmpA1, empA2: w.EmpA2, empB1: w.EmpB1}
	f.svc = &product.Service{Client: w.Store.Client, Clock: f.clk}
	return f
}

// adminA is a provider user of A allowed to manage products.
func (f *fixture) adminA() context.Context {
	return testworld.ProviderUser(f.provA, "usr_admin_a", viewer.ManageProducts)
}

// activate activates codes in order and fails the test on any error.
func (f *fixture) activate(ctx context.Context, e *ent.Employer, codes ...string) *product.State {
	f.t.Helper()
	var st *product.State
	for _, code := range codes {
		var err error
		if st, err = f.svc.Activate(ctx, e.ID, code); err != nil {
			f.t.Fatalf("activate %s: %v", code, err)
		}
	}
	return st
}

// counts is what a change writes, counted as the system so that privacy hides nothing.
type counts struct {
	activations, live, events int
}

func (f *fixture) counts() counts {
	f.t.Helper()
	c := f.st.Client
	return counts{
		activations: c.ProductActivation.Query().CountX(f.sys),
		live:        c.ProductActivation.Query().Where(productactivation.DeactivatedAtIsNil()).CountX(f.sys),
		events:      c.AuditEvent.Query().CountX(f.sys),
	}
}

func (f *fixture) events() []*ent.AuditEvent {
	f.t.Helper()
	return f.st.Client.AuditEvent.Query().Order(auditevent.ByCreatedAt(), auditevent.ByID()).AllX(f.sys)
}

func codes(ps []*ent.Product) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Code
	}
	return out
}

// advice renders advisories as "PRODUCT: ALT|ALT" for comparison.
func advice(as []product.Advisory) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Product.Code + ": " + strings.Join(codes(a.Missing), "|")
	}
	return out
}

// wantUserError checks an expected failure of an activation, which always names the
// product code, and returns its message.
func wantUserError(t *testing.T, err error, code apperr.UserCode) (message string) {
	t.Helper()
	return testworld.WantUserError(t, err, code, "productCode")
}

var wantCode = testworld.WantCode

func (c counts) String() string {
	return fmt.Sprintf("{activations:%d live:%d events:%d}", c.activations, c.live, c.events)
}
