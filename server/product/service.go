package product

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/privacy"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service activates and deactivates products per employer (Beheer → Werkgever →
// Producten). Use it through a pointer: it caches the catalogue.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	// OnActivate runs inside an activation's transaction after the activation is
	// written (c is the transaction's client): other domains set up what a product
	// brings, such as the default leave scheme of Verlofregeling (server/leave). An
	// error undoes the activation.
	OnActivate []func(ctx context.Context, c *ent.Client, e *ent.Employer, code string) error

	// The catalogue only changes with a migration, which needs a restart, so one read
	// per process keeps every State at two queries.
	mu        sync.Mutex
	catalogue []*ent.Product
}

// State is what an employer has: the active products, the variant they add up to
// (R20) and what supporting products they still miss (R21).
type State struct {
	Employer   *ent.Employer
	Active     []*ent.Product
	Variant    Variant
	Advisories []Advisory
}

// Catalogue returns every product in catalogue order.
func (s *Service) Catalogue(ctx context.Context) ([]*ent.Product, error) {
	if viewer.FromContext(ctx) == nil {
		return nil, apperr.ErrUnauthenticated
	}
	cat, err := s.loadCatalogue(ctx)
	if err != nil {
		return nil, err
	}
	// A copy, so that a caller sorting or trimming its list cannot change the cache.
	return slices.Clone(cat), nil
}

// State returns the products of the employer as the caller may see it; an employer
// outside the caller's tenant is NOT_FOUND, exactly like one that does not exist.
func (s *Service) State(ctx context.Context, employerID string) (*State, error) {
	if viewer.FromContext(ctx) == nil {
		return nil, apperr.ErrUnauthenticated
	}
	cat, err := s.loadCatalogue(ctx)
	if err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID, false)
	if err != nil {
		return nil, err
	}
	active, err := activeProducts(ctx, s.Client, e.ID)
	if err != nil {
		return nil, err
	}
	return newState(e, active, cat), nil
}

// IsActive reports whether the employer has the product now, for gating the portal
// (R22). It is false for an unknown code and for an employer the caller cannot see, so
// a mistake hides a page rather than showing one.
func (s *Service) IsActive(ctx context.Context, employerID, code string) (bool, error) {
	if viewer.FromContext(ctx) == nil {
		return false, apperr.ErrUnauthenticated
	}
	ok, err := s.Client.ProductActivation.Query().
		Where(
			productactivation.EmployerID(employerID),
			productactivation.DeactivatedAtIsNil(),
			productactivation.HasProductWith(entproduct.CodeEQ(code)),
		).
		Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("product: is %s active: %w", code, err)
	}
	return ok, nil
}

// Activate turns a product on for the employer. MijnLoket needs the provider's signed
// addendum (R19) and a functionality needs MijnLoket; a missing supporting product does
// not stop it but shows up in the returned advisories (R21).
func (s *Service) Activate(ctx context.Context, employerID, code string) (*State, error) {
	v, err := viewer.Require(ctx, viewer.ManageProducts)
	if err != nil {
		return nil, err
	}
	cat, err := s.loadCatalogue(ctx)
	if err != nil {
		return nil, err
	}
	var (
		e             *ent.Employer
		before, after []*ent.Product
	)
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) (err error) {
		c := tx.Client()
		if e, err = loadEmployer(ctx, c, employerID, true); err != nil {
			return err
		}
		p := findCode(cat, code)
		if p == nil {
			return unknownProduct(code)
		}
		if before, err = activeProducts(ctx, c, e.ID); err != nil {
			return err
		}
		if findCode(before, p.Code) != nil {
			return apperr.User(AlreadyActive, fmt.Sprintf("%s is already active for this employer.", p.NameEn), "productCode")
		}
		switch {
		case p.Code == CodeMijnLoket:
			prov, err := c.Provider.Get(ctx, e.ProviderID)
			if err != nil {
				return fmt.Errorf("product: provider of employer %s: %w", e.ID, err)
			}
			if prov.MijnloketAddendumSignedAt == nil {
				return apperr.User(AddendumRequired,
					"MijnLoket can only be activated after the provider signed the MijnLoket addendum. "+
						"Make an appointment to sign the MijnLoket addendum first.", "productCode")
			}
		case p.Kind == entproduct.KindPORTAL_FEATURE && findCode(before, CodeMijnLoket) == nil:
			return apperr.User(MijnLoketRequired,
				fmt.Sprintf("%s is a MijnLoket functionality: activate MijnLoket first.", p.NameEn), "productCode")
		}
		err = c.ProductActivation.Create().
			SetEmployerID(e.ID).
			SetProductID(p.ID).
			SetActivatedAt(s.now()).
			SetActivatedBy(v.ID).
			Exec(ctx)
		// The employer lock makes this rare, but the partial unique index is what
		// really guarantees one live activation; a lost race is the same expected
		// failure as a second click, not a fault.
		if ent.IsConstraintError(err) && sqlgraph.IsUniqueConstraintError(err) {
			return apperr.User(AlreadyActive, fmt.Sprintf("%s is already active for this employer.", p.NameEn), "productCode")
		}
		if err != nil {
			return fmt.Errorf("product: activate %s: %w", p.Code, err)
		}
		for _, hook := range s.OnActivate {
			if err := hook(ctx, c, e, p.Code); err != nil {
				return err
			}
		}
		after = sortedByCatalogue(append(slices.Clone(before), p))
		return audit.Record(ctx, c, audit.Event{
			At:         s.now(),
			Action:     audit.ProductActivated,
			ProviderID: e.ProviderID,
			EmployerID: e.ID,
			TargetType: "Product",
			TargetID:   p.ID,
			Details:    map[string]string{"productCode": p.Code, "variant": string(VariantOf(after))},
		})
	})
	if err != nil {
		return nil, err
	}
	unwrap(e, before)
	return newState(e, after, cat), nil
}

// Deactivate turns a product off for the employer. MijnLoket goes last: turning it off
// under active functionalities would leave them without a portal (R20). A supporting
// product may go at any time; the advisories then say what it leaves missing (R21).
func (s *Service) Deactivate(ctx context.Context, employerID, code string) (*State, error) {
	v, err := viewer.Require(ctx, viewer.ManageProducts)
	if err != nil {
		return nil, err
	}
	cat, err := s.loadCatalogue(ctx)
	if err != nil {
		return nil, err
	}
	var (
		e             *ent.Employer
		before, after []*ent.Product
	)
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) (err error) {
		c := tx.Client()
		if e, err = loadEmployer(ctx, c, employerID, true); err != nil {
			return err
		}
		p := findCode(cat, code)
		if p == nil {
			return unknownProduct(code)
		}
		if before, err = activeProducts(ctx, c, e.ID); err != nil {
			return err
		}
		notActive := apperr.User(NotActive, fmt.Sprintf("%s is not active for this employer.", p.NameEn), "productCode")
		if findCode(before, p.Code) == nil {
			return notActive
		}
		if p.Code == CodeMijnLoket {
			var names []string
			for _, a := range before {
				if a.Kind == entproduct.KindPORTAL_FEATURE {
					names = append(names, a.NameEn)
				}
			}
			if len(names) > 0 {
				return apperr.User(FeaturesStillActive,
					"Deactivate these MijnLoket functionalities before MijnLoket itself: "+strings.Join(names, ", ")+".",
					"productCode")
			}
		}
		n, err := c.ProductActivation.Update().
			Where(
				productactivation.EmployerID(e.ID),
				productactivation.ProductID(p.ID),
				productactivation.DeactivatedAtIsNil(),
			).
			SetDeactivatedAt(s.now()).
			SetDeactivatedBy(v.ID).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("product: deactivate %s: %w", p.Code, err)
		}
		if n == 0 {
			return notActive
		}
		after = slices.DeleteFunc(slices.Clone(before), func(a *ent.Product) bool { return a.ID == p.ID })
		return audit.Record(ctx, c, audit.Event{
			At:         s.now(),
			Action:     audit.ProductDeactivated,
			ProviderID: e.ProviderID,
			EmployerID: e.ID,
			TargetType: "Product",
			TargetID:   p.ID,
			Details:    map[string]string{"productCode": p.Code, "variant": string(VariantOf(after))},
		})
	})
	if err != nil {
		return nil, err
	}
	unwrap(e, before)
	return newState(e, after, cat), nil
}

// RecordAddendum records that the provider signed the MijnLoket addendum, which lets
// its employers activate MijnLoket (R19). The addendum is a contract between the
// provider and the portal's supplier, so only the provider's own staff record it.
// Recording it again corrects the date; the trail keeps both.
func (s *Service) RecordAddendum(ctx context.Context, providerID string, signedAt time.Time) (*ent.Provider, error) {
	v, err := viewer.Require(ctx, viewer.ManageProducts)
	if err != nil {
		return nil, err
	}
	if v.Kind != viewer.KindSystem && v.Scope != viewer.ScopeProvider {
		return nil, apperr.Forbiddenf("only the provider's own staff record the MijnLoket addendum")
	}
	if signedAt.IsZero() {
		return nil, apperr.BadRequestf("the date the MijnLoket addendum was signed is missing")
	}
	if signedAt.After(s.now()) {
		return nil, apperr.BadRequestf("the MijnLoket addendum cannot be signed in the future")
	}
	signedAt = signedAt.UTC()
	var prov *ent.Provider
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		p, err := c.Provider.Get(ctx, providerID)
		if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
			return apperr.NotFoundf("provider %s not found", providerID)
		}
		if err != nil {
			return fmt.Errorf("product: load provider %s: %w", providerID, err)
		}
		// The Provider policy lets provider-scope principals update only their own
		// provider (ent/schema/policy.go).
		prov, err = c.Provider.UpdateOne(p).
			SetMijnloketAddendumSignedAt(signedAt).
			SetMijnloketAddendumSignedBy(v.ID).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("product: record addendum of %s: %w", providerID, err)
		}
		return audit.Record(ctx, c, audit.Event{
			At:         s.now(),
			Action:     audit.AddendumSigned,
			ProviderID: prov.ID,
			TargetType: "Provider",
			TargetID:   prov.ID,
			Details:    map[string]string{"productCode": CodeMijnLoket, "signedAt": signedAt.Format(time.RFC3339)},
		})
	})
	if err != nil {
		return nil, err
	}
	return prov.Unwrap(), nil
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now()
}

// loadCatalogue reads the catalogue once. It reads through the service's own client,
// never a transaction's, so the cached entities stay usable after any commit.
func (s *Service) loadCatalogue(ctx context.Context) ([]*ent.Product, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.catalogue != nil {
		return s.catalogue, nil
	}
	cat, err := s.Client.Product.Query().
		Order(entproduct.BySortOrder(), entproduct.ByCode()).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("product: load catalogue: %w", err)
	}
	s.catalogue = cat
	return cat, nil
}

// loadEmployer reads the employer in the caller's own context, so ent privacy hides
// other tenants and their employers answer exactly like unknown IDs.
//
// With lock, the row is locked (Postgres; SQLite transactions already take the write
// lock when they begin), so that all product changes of one employer run one after
// another: the rules span rows (a functionality needs MijnLoket, MijnLoket goes last),
// and two concurrent changes could otherwise each pass its check and together break it.
func loadEmployer(ctx context.Context, c *ent.Client, id string, lock bool) (*ent.Employer, error) {
	q := c.Employer.Query().Where(employer.ID(id))
	if lock {
		q.Unique(false).Modify(store.ForUpdate)
	}
	e, err := q.Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("product: load employer %s: %w", id, err)
	}
	return e, nil
}

// activeProducts is one query: the products behind the employer's live activations.
func activeProducts(ctx context.Context, c *ent.Client, employerID string) ([]*ent.Product, error) {
	ps, err := c.ProductActivation.Query().
		Where(productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil()).
		QueryProduct().
		Order(entproduct.BySortOrder(), entproduct.ByCode()).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("product: active products of %s: %w", employerID, err)
	}
	return ps, nil
}

func newState(e *ent.Employer, active, catalogue []*ent.Product) *State {
	return &State{
		Employer:   e,
		Active:     active,
		Variant:    VariantOf(active),
		Advisories: Advisories(active, catalogue),
	}
}

func findCode(ps []*ent.Product, code string) *ent.Product {
	for _, p := range ps {
		if p.Code == code {
			return p
		}
	}
	return nil
}

func unknownProduct(code string) error {
	return apperr.User(UnknownProduct, fmt.Sprintf("There is no product with code %q.", code), "productCode")
}

// unwrap detaches entities read inside a committed transaction from it, so that the
// caller can still follow their edges.
func unwrap(e *ent.Employer, ps []*ent.Product) {
	e.Unwrap()
	for _, p := range ps {
		p.Unwrap()
	}
}
