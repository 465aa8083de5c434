package product_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/hook"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func TestCatalogue(t *testing.T) {
	f := newFixture(t)
	cat, err := f.svc.Catalogue(testworld.EmployerUser(f.empA1, "usr_reader"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cat) != 21 || cat[0].Code != product.CodeMijnLoket || cat[20].Code != product.CodeLeavePolicy {
		t.Fatalf("catalogue %v", codes(cat))
	}
	for i := 1; i < len(cat); i++ {
		if cat[i-1].SortOrder >= cat[i].SortOrder {
			t.Fatalf("catalogue not in sort_order at %d: %v", i, codes(cat))
		}
	}
	// The answer is the caller's to change; the next caller gets the catalogue intact.
	cat[0] = nil
	again, err := f.svc.Catalogue(f.adminA())
	if err != nil {
		t.Fatal(err)
	}
	if again[0] == nil || again[0].Code != product.CodeMijnLoket {
		t.Fatal("changing one answer changed the next")
	}
	if _, err := f.svc.Catalogue(context.Background()); !errors.Is(err, apperr.ErrUnauthenticated) {
		t.Fatalf("anonymous catalogue: %v", err)
	}
}

func TestAddendumRequiredUntilRecorded(t *testing.T) {
	f := newFixture(t)
	ctx := testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts)
	before := f.counts()

	_, err := f.svc.Activate(ctx, f.empB1.ID, product.CodeMijnLoket)
	msg := wantUserError(t, err, product.AddendumRequired)
	for _, word := range []string{"appointment", "MijnLoket addendum"} {
		if !strings.Contains(msg, word) {
			t.Fatalf("R19: message %q should mention %q", msg, word)
		}
	}
	if got := f.counts(); got != before {
		t.Fatalf("refused activation wrote rows: %v -> %v", before, got)
	}

	signed := t0.Add(-2 * time.Hour)
	prov, err := f.svc.RecordAddendum(ctx, f.provB.ID, signed)
	if err != nil {
		t.Fatal(err)
	}
	if prov.MijnloketAddendumSignedAt == nil || !prov.MijnloketAddendumSignedAt.Equal(signed) ||
		prov.MijnloketAddendumSignedBy == nil || *prov.MijnloketAddendumSignedBy != "usr_admin_b" {
		t.Fatalf("provider after RecordAddendum: %v %v", prov.MijnloketAddendumSignedAt, prov.MijnloketAddendumSignedBy)
	}
	stored := f.st.Client.Provider.GetX(f.sys, f.provB.ID)
	if stored.MijnloketAddendumSignedAt == nil || !stored.MijnloketAddendumSignedAt.Equal(signed) {
		t.Fatalf("stored signed_at %v, want %v", stored.MijnloketAddendumSignedAt, signed)
	}
	// The returned provider outlives the transaction it was read in.
	if n := prov.QueryEmployers().CountX(ctx); n != 1 {
		t.Fatalf("provider B has %d employers, want 1", n)
	}

	st, err := f.svc.Activate(ctx, f.empB1.ID, product.CodeMijnLoket)
	if err != nil {
		t.Fatalf("after the addendum: %v", err)
	}
	if st.Variant != product.VariantStart || !slices.Equal(codes(st.Active), []string{product.CodeMijnLoket}) {
		t.Fatalf("after activation: %s %v", st.Variant, codes(st.Active))
	}
}

func TestRecordAddendumRules(t *testing.T) {
	f := newFixture(t)
	before := f.counts()
	signed := t0.Add(-time.Hour)

	// An employer user holds MANAGE_PRODUCTS for its own employer, but the addendum is
	// the provider's contract.
	_, err := f.svc.RecordAddendum(testworld.EmployerUser(f.empB1, "usr_wg_b", viewer.ManageProducts), f.provB.ID, signed)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.RecordAddendum(testworld.ProviderUser(f.provB, "usr_view_b", viewer.ViewEmployees), f.provB.ID, signed)
	wantCode(t, err, apperr.Forbidden)
	_, err = f.svc.RecordAddendum(f.adminA(), f.provB.ID, signed)
	wantCode(t, err, apperr.NotFound)
	_, err = f.svc.RecordAddendum(testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts), f.provB.ID, t0.Add(time.Minute))
	wantCode(t, err, apperr.BadRequest)
	_, err = f.svc.RecordAddendum(testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts), f.provB.ID, time.Time{})
	wantCode(t, err, apperr.BadRequest)

	if got := f.counts(); got != before {
		t.Fatalf("refused RecordAddendum wrote rows: %v -> %v", before, got)
	}
	if p := f.st.Client.Provider.GetX(f.sys, f.provB.ID); p.MijnloketAddendumSignedAt != nil {
		t.Fatalf("provider B signed at %v after refusals", p.MijnloketAddendumSignedAt)
	}
}

func TestMijnLoketRequired(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	before := f.counts()
	for _, code := range []string{product.CodeLeaveRequests, product.CodeDocuments, product.CodeManagementSelfService} {
		_, err := f.svc.Activate(ctx, f.empA1.ID, code)
		wantUserError(t, err, product.MijnLoketRequired)
	}
	if got := f.counts(); got != before {
		t.Fatalf("refused activation wrote rows: %v -> %v", before, got)
	}
	// MijnLoket at another employer of the same provider does not count.
	f.activate(ctx, f.empA2, product.CodeMijnLoket)
	_, err := f.svc.Activate(ctx, f.empA1.ID, product.CodeLeaveRequests)
	wantUserError(t, err, product.MijnLoketRequired)
}

func TestAdvisories(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	e := f.empA1

	st := f.activate(ctx, e, product.CodeMijnLoket, product.CodeLeaveRequests)
	want := []string{"MIJNLOKET_LEAVE_REQUESTS: LEAVE_REGISTRATION", "MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY"}
	if got := advice(st.Advisories); !slices.Equal(got, want) {
		t.Fatalf("Verlofaanvragen alone: %q, want %q", got, want)
	}

	st = f.activate(ctx, e, product.CodeLeaveRegistration)
	want = []string{"MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY"}
	if got := advice(st.Advisories); !slices.Equal(got, want) {
		t.Fatalf("with Verlofregistratie: %q, want %q", got, want)
	}

	st = f.activate(ctx, e, product.CodeExpenseClaims)
	want = []string{
		"MIJNLOKET_EXPENSE_CLAIMS: WORKFLOW_EDITOR",
		"MIJNLOKET_EXPENSE_CLAIMS: QWOATER_LITE|QWOATER_EXTENDED",
		"MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY",
	}
	if got := advice(st.Advisories); !slices.Equal(got, want) {
		t.Fatalf("with Declaraties: %q, want %q", got, want)
	}

	st = f.activate(ctx, e, product.CodeQwoaterExtended)
	want = []string{"MIJNLOKET_EXPENSE_CLAIMS: WORKFLOW_EDITOR", "MIJNLOKET_LEAVE_REQUESTS: LEAVE_POLICY"}
	if got := advice(st.Advisories); !slices.Equal(got, want) {
		t.Fatalf("Qwoater Extended satisfies the Qwoater group: %q, want %q", got, want)
	}

	st = f.activate(ctx, e, product.CodeWorkflowEditor, product.CodeLeavePolicy)
	if len(st.Advisories) != 0 {
		t.Fatalf("everything supported, still advised: %q", advice(st.Advisories))
	}

	// Taking a support away is allowed too (R21); the advice comes back.
	st, err := f.svc.Deactivate(ctx, e.ID, product.CodeLeaveRegistration)
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"MIJNLOKET_LEAVE_REQUESTS: LEAVE_REGISTRATION"}
	if got := advice(st.Advisories); !slices.Equal(got, want) {
		t.Fatalf("after removing Verlofregistratie: %q, want %q", got, want)
	}
	read, err := f.svc.State(ctx, e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got := advice(read.Advisories); !slices.Equal(got, want) {
		t.Fatalf("State advisories %q, want %q", got, want)
	}
}

func TestExpectedFailures(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	f.activate(ctx, f.empA1, product.CodeMijnLoket, product.CodeLeaveRequests, product.CodePreboardingFeature, product.CodeWorkflowEditor)

	tests := []struct {
		name       string
		deactivate bool
		code       string
		want       apperr.UserCode
		mentions   []string
	}{
		{"activate twice", false, product.CodeMijnLoket, product.AlreadyActive, nil},
		{"activate a supporting product twice", false, product.CodeWorkflowEditor, product.AlreadyActive, nil},
		{"deactivate what is not active", true, product.CodeLeaveCard, product.NotActive, nil},
		{"activate an unknown code", false, "MIJNLOKET_TELEPORT", product.UnknownProduct, []string{"MIJNLOKET_TELEPORT"}},
		{"deactivate an unknown code", true, "", product.UnknownProduct, nil},
		{"MijnLoket goes last", true, product.CodeMijnLoket, product.FeaturesStillActive, []string{"Leave requests", "Preboarding"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := f.counts()
			var err error
			if tt.deactivate {
				_, err = f.svc.Deactivate(ctx, f.empA1.ID, tt.code)
			} else {
				_, err = f.svc.Activate(ctx, f.empA1.ID, tt.code)
			}
			msg := wantUserError(t, err, tt.want)
			for _, m := range tt.mentions {
				if !strings.Contains(msg, m) {
					t.Fatalf("message %q does not mention %q", msg, m)
				}
			}
			if got := f.counts(); got != before {
				t.Fatalf("failed change wrote rows: %v -> %v", before, got)
			}
		})
	}
	// Workflow editor is supporting, not a functionality: it does not hold MijnLoket.
	for _, code := range []string{product.CodePreboardingFeature, product.CodeLeaveRequests} {
		if _, err := f.svc.Deactivate(ctx, f.empA1.ID, code); err != nil {
			t.Fatal(err)
		}
	}
	st, err := f.svc.Deactivate(ctx, f.empA1.ID, product.CodeMijnLoket)
	if err != nil {
		t.Fatalf("MijnLoket after its functionalities: %v", err)
	}
	if !slices.Equal(codes(st.Active), []string{product.CodeWorkflowEditor}) || st.Variant != product.VariantNone {
		t.Fatalf("left %v %s", codes(st.Active), st.Variant)
	}
}

func TestDeactivateThenReactivate(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	f.activate(ctx, f.empA1, product.CodeMijnLoket)
	if ok, err := f.svc.IsActive(ctx, f.empA1.ID, product.CodeMijnLoket); err != nil || !ok {
		t.Fatalf("IsActive after activation = %v, %v", ok, err)
	}

	f.clk.Advance(time.Hour)
	st, err := f.svc.Deactivate(ctx, f.empA1.ID, product.CodeMijnLoket)
	if err != nil {
		t.Fatal(err)
	}
	if st.Variant != product.VariantNone || len(st.Active) != 0 {
		t.Fatalf("after deactivation: %s %v", st.Variant, codes(st.Active))
	}
	if ok, _ := f.svc.IsActive(ctx, f.empA1.ID, product.CodeMijnLoket); ok {
		t.Fatal("IsActive after deactivation")
	}
	row := f.st.Client.ProductActivation.Query().OnlyX(f.sys)
	if !row.ActivatedAt.Equal(t0) || row.ActivatedBy != "usr_admin_a" ||
		row.DeactivatedAt == nil || !row.DeactivatedAt.Equal(t0.Add(time.Hour)) ||
		row.DeactivatedBy == nil || *row.DeactivatedBy != "usr_admin_a" ||
		row.EmployerID != f.empA1.ID || row.ProviderID != f.provA.ID {
		t.Fatalf("deactivated row: %+v", row)
	}

	f.clk.Advance(time.Hour)
	st = f.activate(ctx, f.empA1, product.CodeMijnLoket)
	if st.Variant != product.VariantStart {
		t.Fatalf("after re-activation: %s", st.Variant)
	}
	if got := f.counts(); got.activations != 2 || got.live != 1 || got.events != 3 {
		t.Fatalf("history after activate, deactivate, activate: %v", got)
	}
	if ok, _ := f.svc.IsActive(ctx, f.empA1.ID, product.CodeMijnLoket); !ok {
		t.Fatal("IsActive after re-activation")
	}
}

func TestTenantIsolation(t *testing.T) {
	f := newFixture(t)
	// Something to find at every employer, so "not found" cannot be an empty table.
	for _, e := range []*ent.Employer{f.empA1, f.empA2} {
		f.activate(f.adminA(), e, product.CodeMijnLoket)
	}
	f.activate(viewer.System(context.Background()), f.empB1, product.CodeWorkflowEditor)
	before := f.counts()

	wgA1 := testworld.EmployerUser(f.empA1, "usr_wg_a1", viewer.ManageProducts)
	akA := f.adminA()
	const unknown = "emp_01JNOSUCHEMPLOYER000000000"
	tests := []struct {
		name     string
		ctx      context.Context
		employer string
	}{
		{"employer user, other employer of the same provider", wgA1, f.empA2.ID},
		{"employer user, employer of another provider", wgA1, f.empB1.ID},
		{"employer user, unknown employer", wgA1, unknown},
		{"provider user, employer of another provider", akA, f.empB1.ID},
		{"provider user, unknown employer", akA, unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Hidden and unknown answer alike: same code, same words around the ID.
			norm := func(err error) string {
				return strings.ReplaceAll(wantCode(t, err, apperr.NotFound), tt.employer, "<id>")
			}
			msgs := map[string]bool{}
			_, err := f.svc.Activate(tt.ctx, tt.employer, product.CodeLeavePolicy)
			msgs[norm(err)] = true
			_, err = f.svc.Deactivate(tt.ctx, tt.employer, product.CodeMijnLoket)
			msgs[norm(err)] = true
			_, err = f.svc.State(tt.ctx, tt.employer)
			msgs[norm(err)] = true
			if len(msgs) != 1 || !msgs["employer <id> not found"] {
				t.Fatalf("messages %v", msgs)
			}
			if ok, err := f.svc.IsActive(tt.ctx, tt.employer, product.CodeMijnLoket); ok || err != nil {
				t.Fatalf("IsActive across tenants = %v, %v", ok, err)
			}
			if got := f.counts(); got != before {
				t.Fatalf("cross-tenant attempt wrote rows: %v -> %v", before, got)
			}
		})
	}

	// The employer user does manage its own employer.
	st, err := f.svc.Activate(wgA1, f.empA1.ID, product.CodeLeaveCalendar)
	if err != nil {
		t.Fatal(err)
	}
	if st.Variant != product.VariantPlus {
		t.Fatalf("own employer: %s", st.Variant)
	}
	// An employee reads its own employer's products for the portal (R22), nothing else.
	emp := testworld.Employee(f.empA1, "acc_1", "per_1")
	if ok, err := f.svc.IsActive(emp, f.empA1.ID, product.CodeLeaveCalendar); !ok || err != nil {
		t.Fatalf("employee IsActive own employer = %v, %v", ok, err)
	}
	if ok, _ := f.svc.IsActive(emp, f.empA2.ID, product.CodeMijnLoket); ok {
		t.Fatal("employee sees another employer's product")
	}
}

func TestForbiddenWithoutManageProducts(t *testing.T) {
	f := newFixture(t)
	f.activate(f.adminA(), f.empA1, product.CodeMijnLoket)
	before := f.counts()

	everythingElse := []viewer.Right{viewer.ViewEmployees, viewer.ManagePortalAccess, viewer.CollectiveMutations,
		viewer.ManageMailTemplates, viewer.ViewMijnLoketEmail, viewer.ViewAuditLog}
	tests := []struct {
		name string
		ctx  context.Context
		code apperr.Code
	}{
		{"provider user without the right", testworld.ProviderUser(f.provA, "usr_ak_view", everythingElse...), apperr.Forbidden},
		{"employer user without the right", testworld.EmployerUser(f.empA1, "usr_wg_view", everythingElse...), apperr.Forbidden},
		{"employee claiming the right", testworld.Employee(f.empA1, "acc_1", "per_1", viewer.ManageProducts), apperr.Forbidden},
		{"nobody", context.Background(), apperr.Unauthenticated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.svc.Activate(tt.ctx, f.empA1.ID, product.CodeLeaveCard)
			wantCode(t, err, tt.code)
			_, err = f.svc.Deactivate(tt.ctx, f.empA1.ID, product.CodeMijnLoket)
			wantCode(t, err, tt.code)
			_, err = f.svc.RecordAddendum(tt.ctx, f.provA.ID, t0.Add(-time.Hour))
			wantCode(t, err, tt.code)
			if got := f.counts(); got != before {
				t.Fatalf("refused change wrote rows: %v -> %v", before, got)
			}
		})
	}
	if p := f.st.Client.Provider.GetX(f.sys, f.provA.ID); *p.MijnloketAddendumSignedBy != "usr_setup" {
		t.Fatalf("addendum re-recorded by %s", *p.MijnloketAddendumSignedBy)
	}
}

func TestAuditEvents(t *testing.T) {
	f := newFixture(t)
	wg := testworld.EmployerUser(f.empA1, "usr_wg_a1", viewer.ManageProducts)
	akB := testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts)
	cat, err := f.svc.Catalogue(wg)
	if err != nil {
		t.Fatal(err)
	}
	productID := map[string]string{}
	for _, p := range cat {
		productID[p.Code] = p.ID
	}

	type want struct {
		action           audit.Action
		actorID, name    string
		provider, target string
		employer         *string
		targetType       string
		details          map[string]string
	}
	empA1 := f.empA1.ID
	steps := []struct {
		name string
		do   func() error
		want want
	}{
		{"activate", func() error { _, err := f.svc.Activate(wg, f.empA1.ID, product.CodeMijnLoket); return err },
			want{audit.ProductActivated, "usr_wg_a1", "WG usr_wg_a1", f.provA.ID, productID[product.CodeMijnLoket], &empA1, "Product",
				map[string]string{"productCode": product.CodeMijnLoket, "variant": "START"}}},
		{"activate a Pro feature", func() error { _, err := f.svc.Activate(wg, f.empA1.ID, product.CodeAssistant); return err },
			want{audit.ProductActivated, "usr_wg_a1", "WG usr_wg_a1", f.provA.ID, productID[product.CodeAssistant], &empA1, "Product",
				map[string]string{"productCode": product.CodeAssistant, "variant": "PRO"}}},
		{"deactivate", func() error { _, err := f.svc.Deactivate(wg, f.empA1.ID, product.CodeAssistant); return err },
			want{audit.ProductDeactivated, "usr_wg_a1", "WG usr_wg_a1", f.provA.ID, productID[product.CodeAssistant], &empA1, "Product",
				map[string]string{"productCode": product.CodeAssistant, "variant": "START"}}},
		{"record the addendum", func() error { _, err := f.svc.RecordAddendum(akB, f.provB.ID, t0.Add(-time.Hour)); return err },
			want{audit.AddendumSigned, "usr_admin_b", "AK usr_admin_b", f.provB.ID, f.provB.ID, nil, "Provider",
				map[string]string{"productCode": product.CodeMijnLoket, "signedAt": "2026-11-24T08:30:00Z"}}},
	}
	for i, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		evs := f.events()
		if len(evs) != i+1 {
			t.Fatalf("%s: %d events in total, want %d", s.name, len(evs), i+1)
		}
		ev, w := evs[i], s.want
		if ev.Action != string(w.action) || ev.ActorKind != auditevent.ActorKindSTAFF_USER ||
			ev.ActorID != w.actorID || ev.ActorName != w.name ||
			ev.ProviderID == nil || *ev.ProviderID != w.provider ||
			(w.employer == nil) != (ev.EmployerID == nil) || (w.employer != nil && *ev.EmployerID != *w.employer) ||
			ev.TargetType != w.targetType || ev.TargetID != w.target || fmt.Sprint(ev.Details) != fmt.Sprint(w.details) {
			t.Fatalf("%s: event %+v, want %+v", s.name, ev, w)
		}
	}
	// A refused change is not an event.
	_, err = f.svc.Activate(wg, f.empA1.ID, product.CodeMijnLoket)
	wantUserError(t, err, product.AlreadyActive)
	if n := len(f.events()); n != len(steps) {
		t.Fatalf("%d events after a refusal, want %d", n, len(steps))
	}
}

// TestFailingAuditLeavesNothing: the change and its event are one transaction, so an
// event that cannot be written takes the change with it.
func TestFailingAuditLeavesNothing(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	f.activate(ctx, f.empA1, product.CodeMijnLoket)
	before := f.counts()

	broken := errors.New("audit store unavailable")
	f.st.Client.AuditEvent.Use(func(next ent.Mutator) ent.Mutator {
		return hook.AuditEventFunc(func(ctx context.Context, m *ent.AuditEventMutation) (ent.Value, error) {
			return nil, broken
		})
	})

	_, err := f.svc.Activate(ctx, f.empA1.ID, product.CodeLeaveCard)
	if !errors.Is(err, broken) {
		t.Fatalf("activate: %v", err)
	}
	_, err = f.svc.Deactivate(ctx, f.empA1.ID, product.CodeMijnLoket)
	if !errors.Is(err, broken) {
		t.Fatalf("deactivate: %v", err)
	}
	_, err = f.svc.RecordAddendum(testworld.ProviderUser(f.provB, "usr_admin_b", viewer.ManageProducts), f.provB.ID, t0.Add(-time.Hour))
	if !errors.Is(err, broken) {
		t.Fatalf("record addendum: %v", err)
	}

	if got := f.counts(); got != before {
		t.Fatalf("failed changes left rows: %v -> %v", before, got)
	}
	if ok, _ := f.svc.IsActive(ctx, f.empA1.ID, product.CodeMijnLoket); !ok {
		t.Fatal("MijnLoket deactivated although its event failed")
	}
	if ok, _ := f.svc.IsActive(ctx, f.empA1.ID, product.CodeLeaveCard); ok {
		t.Fatal("Verlofkaart activated although its event failed")
	}
	if p := f.st.Client.Provider.GetX(f.sys, f.provB.ID); p.MijnloketAddendumSignedAt != nil {
		t.Fatal("addendum recorded although its event failed")
	}
}

// TestLostRaceIsAlreadyActive forces what a concurrent double activation produces: a
// live row appears between the check and the insert, and the partial unique index
// refuses the second. The answer is ALREADY_ACTIVE and nothing of the attempt stays.
func TestLostRaceIsAlreadyActive(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	f.activate(ctx, f.empA1, product.CodeMijnLoket)
	before := f.counts()

	var raced atomic.Bool
	f.st.Client.ProductActivation.Use(func(next ent.Mutator) ent.Mutator {
		return hook.ProductActivationFunc(func(ctx context.Context, m *ent.ProductActivationMutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) && raced.CompareAndSwap(false, true) {
				emp, _ := m.EmployerID()
				prd, _ := m.ProductID()
				// The rival, inside the same transaction so that no lock waits for it.
				if err := m.Client().ProductActivation.Create().SetEmployerID(emp).
					SetProductID(prd).SetActivatedAt(t0).SetActivatedBy("usr_rival").Exec(ctx); err != nil {
					return nil, fmt.Errorf("rival: %w", err)
				}
			}
			return next.Mutate(ctx, m)
		})
	})

	_, err := f.svc.Activate(ctx, f.empA1.ID, product.CodeLeaveCard)
	wantUserError(t, err, product.AlreadyActive)
	if !raced.Load() {
		t.Fatal("the rival never ran")
	}
	if got := f.counts(); got != before {
		t.Fatalf("lost race left rows: %v -> %v", before, got)
	}
}

// TestConcurrentActivation: many simultaneous clicks make one activation.
func TestConcurrentActivation(t *testing.T) {
	f := newFixture(t)
	ctx := f.adminA()
	f.activate(ctx, f.empA1, product.CodeMijnLoket)
	const n = 8
	var (
		wg             sync.WaitGroup
		ok, already    atomic.Int32
		mu             sync.Mutex
		unexpectedErrs []error
	)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := f.svc.Activate(ctx, f.empA1.ID, product.CodeLeaveRequests)
			if ue, isUser := apperr.AsUser(err); err == nil {
				ok.Add(1)
			} else if isUser && ue.Code == product.AlreadyActive {
				already.Add(1)
			} else {
				mu.Lock()
				unexpectedErrs = append(unexpectedErrs, err)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if len(unexpectedErrs) > 0 {
		t.Fatalf("unexpected errors: %v", unexpectedErrs)
	}
	if ok.Load() != 1 || already.Load() != n-1 {
		t.Fatalf("%d succeeded and %d were already active, want 1 and %d", ok.Load(), already.Load(), n-1)
	}
	live := f.st.Client.ProductActivation.Query().
		Where(productactivation.DeactivatedAtIsNil(), productactivation.EmployerID(f.empA1.ID)).CountX(f.sys)
	if got := f.counts(); live != 2 || got.events != 2 {
		t.Fatalf("after the race: %d live activations, %v", live, got)
	}
}

// TestStateQueryCount: State is one query for the employer and one for its active
// products, whatever the number of products (the catalogue is read once per service).
func TestStateQueryCount(t *testing.T) {
	f := newFixture(t)
	f.activate(f.adminA(), f.empA1, product.CodeMijnLoket, product.CodeLeaveRequests, product.CodeExpenseClaims, product.CodeWorkflowEditor)

	var queries atomic.Int32
	drv := dialect.DebugWithContext(f.st.Driver, func(_ context.Context, args ...any) {
		if s := fmt.Sprint(args...); strings.HasPrefix(s, "driver.Query") || strings.HasPrefix(s, "driver.Exec") {
			queries.Add(1)
		}
	})
	svc := &product.Service{Client: store.NewClient(drv), Clock: f.clk}
	ctx := f.adminA()
	if _, err := svc.Catalogue(ctx); err != nil {
		t.Fatal(err)
	}
	queries.Store(0)
	st, err := svc.State(ctx, f.empA1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Active) != 4 || len(st.Advisories) != 3 || st.Variant != product.VariantPlus {
		t.Fatalf("state %v %q %s", codes(st.Active), advice(st.Advisories), st.Variant)
	}
	if got := queries.Load(); got != 2 {
		t.Fatalf("State ran %d queries, want 2", got)
	}
}
