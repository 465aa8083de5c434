// Package insurance is Verzekeringen vergelijken (R40): a provider publishes collective
// insurance offers for all its employers, an employer for itself, and employees whose
// employer has the product compare them. Offers hold nothing about an employee, and the
// portal sends nothing about one to an insurer: the employee opens the insurer's own page.
//
// Staff need MANAGE_HR_SETTINGS to publish; which offers anyone reaches is the ent
// privacy policy's (a provider's offers reach its employers' employees, an employer's
// offers only its own).
package insurance

import (
	"context"
	"errors"
	"fmt"
	"math"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/insuranceoffer"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/provider"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service publishes and lists offers.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
}

// Kind is what an insurance covers (GraphQL InsuranceKind).
type Kind string

// The kinds of insurance.
const (
	SupplementaryHealth Kind = "SUPPLEMENTARY_HEALTH"
	DisabilityGap       Kind = "DISABILITY_GAP"
	Liability           Kind = "LIABILITY"
	Travel              Kind = "TRAVEL"
	Other               Kind = "OTHER"
)

// Kinds lists the kinds in the order the portal shows them.
var Kinds = []Kind{SupplementaryHealth, DisabilityGap, Liability, Travel, Other}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Scope is the level an offer belongs to.
type Scope string

// The levels of an offer.
const (
	ScopeProvider Scope = "PROVIDER"
	ScopeEmployer Scope = "EMPLOYER"
)

// Level names whose offers are managed: the signed-in user's provider, or one employer.
type Level struct {
	Scope      Scope
	EmployerID string
}

// Offer is an offer as the API shows it.
type Offer struct {
	ID                      string
	Scope                   Scope
	EmployerID              *string
	Insurer                 string
	Kind                    Kind
	DiscountText            string
	DiscountBasisPoints     *int
	MonthlyPremiumFromCents *int64
	Conditions              string
	URL                     string
	UpdatedAt               time.Time
}

// Input is what staff write for an offer.
type Input struct {
	Insurer                 string
	Kind                    Kind
	DiscountText            string
	DiscountPercentage      *float64
	MonthlyPremiumFromCents *int64
	Conditions              string
	URL                     string
}

// Bounds of the input (the ent schema holds the same).
const (
	MaxInsurer    = 100
	MaxDiscount   = 200
	MaxConditions = 2000
	MaxURL        = 500
	// MaxPremiumCents is € 10.000 a month: above it a typo is more likely than an offer.
	MaxPremiumCents = 1_000_000
	// MaxOffers bounds what one level publishes and what one list answers.
	MaxOffers = 100
)

// Codes of the expected failures.
const (
	CodeInvalidInput   apperr.UserCode = "INVALID_INPUT"
	CodeLinkNotHTTPS   apperr.UserCode = "INSURANCE_LINK_NOT_HTTPS"
	CodeTooManyOffers  apperr.UserCode = "TOO_MANY_INSURANCE_OFFERS"
	CodeLinkHasTracker apperr.UserCode = "INSURANCE_LINK_PERSONAL"
)

// Audit actions.
const (
	ActionOfferCreated audit.Action = "INSURANCE_OFFER_CREATED"
	ActionOfferUpdated audit.Action = "INSURANCE_OFFER_UPDATED"
	ActionOfferDeleted audit.Action = "INSURANCE_OFFER_DELETED"
)

func toOffer(o *ent.InsuranceOffer) *Offer {
	out := &Offer{ID: o.ID, Scope: ScopeProvider, EmployerID: o.EmployerID, Insurer: o.Insurer, Kind: Kind(o.Kind),
		DiscountText: o.DiscountText, DiscountBasisPoints: o.DiscountBasisPoints,
		MonthlyPremiumFromCents: o.MonthlyPremiumFromCents, Conditions: o.Conditions, URL: o.URL, UpdatedAt: o.UpdatedAt}
	if o.EmployerID != nil {
		out.Scope = ScopeEmployer
	}
	return out
}

// personalParams are query parameters that would tell an insurer who sent the visitor;
// an offer's link must not carry them (nothing about the employee leaves the portal).
var personalParams = []string{"utm_", "gclid", "fbclid", "mc_eid", "email", "bsn", "name", "naam", "employee", "person", "uid", "user"}

// clean checks and normalises an input; the field names are the GraphQL input's.
func clean(in Input) (Input, *int, error) {
	in.Insurer = strings.TrimSpace(in.Insurer)
	in.DiscountText = strings.TrimSpace(in.DiscountText)
	in.Conditions = strings.TrimSpace(in.Conditions)
	in.URL = strings.TrimSpace(in.URL)
	switch {
	case in.Insurer == "":
		return in, nil, apperr.User(CodeInvalidInput, "the insurer is missing", "insurer")
	case utf8.RuneCountInString(in.Insurer) > MaxInsurer:
		return in, nil, apperr.User(CodeInvalidInput, fmt.Sprintf("the insurer may be at most %d characters", MaxInsurer), "insurer")
	case !in.Kind.Valid():
		return in, nil, apperr.User(CodeInvalidInput, "unknown kind of insurance", "kind")
	case utf8.RuneCountInString(in.DiscountText) > MaxDiscount:
		return in, nil, apperr.User(CodeInvalidInput, fmt.Sprintf("the discount may be at most %d characters", MaxDiscount), "discountText")
	case utf8.RuneCountInString(in.Conditions) > MaxConditions:
		return in, nil, apperr.User(CodeInvalidInput, fmt.Sprintf("the conditions may be at most %d characters", MaxConditions), "conditions")
	case in.MonthlyPremiumFromCents != nil && (*in.MonthlyPremiumFromCents < 0 || *in.MonthlyPremiumFromCents > MaxPremiumCents):
		return in, nil, apperr.User(CodeInvalidInput, "the monthly premium must be between € 0 and € 10.000", "monthlyPremiumFromCents")
	}
	var bp *int
	if p := in.DiscountPercentage; p != nil {
		if math.IsNaN(*p) || *p < 0 || *p > 100 {
			return in, nil, apperr.User(CodeInvalidInput, "the discount percentage must be between 0 and 100", "discountPercentage")
		}
		v := int(math.Round(*p * 100))
		bp = &v
	}
	if err := checkURL(in.URL); err != nil {
		return in, nil, err
	}
	return in, bp, nil
}

// checkURL accepts an absolute https link without credentials or personal parameters.
func checkURL(raw string) error {
	if raw == "" {
		return apperr.User(CodeInvalidInput, "the link is missing", "url")
	}
	if utf8.RuneCountInString(raw) > MaxURL {
		return apperr.User(CodeInvalidInput, fmt.Sprintf("the link may be at most %d characters", MaxURL), "url")
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return apperr.User(CodeInvalidInput, "the link is not a web address", "url")
	}
	if u.Scheme != "https" {
		return apperr.User(CodeLinkNotHTTPS, "the link must start with https://", "url")
	}
	if u.User != nil {
		return apperr.User(CodeInvalidInput, "the link may not contain a user name or password", "url")
	}
	for k := range u.Query() {
		lk := strings.ToLower(k)
		for _, p := range personalParams {
			if strings.HasPrefix(lk, p) {
				return apperr.User(CodeLinkHasTracker, fmt.Sprintf("the link may not carry the tracking or personal parameter %q", k), "url")
			}
		}
	}
	return nil
}

// authorize checks the right and the level: a provider user manages its provider's
// offers and every employer's of it, an employer user only its own employer's. An
// employer the caller cannot see is NOT_FOUND like a missing one; the provider level
// is FORBIDDEN for employer staff, who can see it but not change it.
func (s *Service) authorize(ctx context.Context, lvl Level) (*viewer.Principal, string, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, "", err
	}
	switch lvl.Scope {
	case ScopeProvider:
		if lvl.EmployerID != "" {
			return nil, "", apperr.BadRequestf("the provider level names no employer")
		}
		if v.Scope != viewer.ScopeProvider {
			return nil, "", apperr.Forbiddenf("an employer's staff publish only their employer's offers")
		}
		return v, "", nil
	case ScopeEmployer:
		if lvl.EmployerID == "" {
			return nil, "", apperr.BadRequestf("an employer level names an employer")
		}
		ok, err := s.Client.Employer.Query().Where(employer.ID(lvl.EmployerID)).Exist(ctx)
		if err != nil && !errors.Is(err, privacy.Deny) {
			return nil, "", fmt.Errorf("insurance: load employer: %w", err)
		}
		if !ok {
			return nil, "", apperr.NotFoundf("employer %s not found", lvl.EmployerID)
		}
		return v, lvl.EmployerID, nil
	}
	return nil, "", apperr.BadRequestf("unknown level %q", lvl.Scope)
}

// List answers the offers of a level for staff (MANAGE_HR_SETTINGS): at the provider
// level the provider's own offers, at an employer's level that employer's own offers.
func (s *Service) List(ctx context.Context, lvl Level) ([]*Offer, error) {
	v, employerID, err := s.authorize(ctx, lvl)
	if err != nil {
		return nil, err
	}
	q := s.Client.InsuranceOffer.Query().Where(insuranceoffer.ProviderID(v.ProviderID))
	if employerID == "" {
		q = q.Where(insuranceoffer.EmployerIDIsNil())
	} else {
		q = q.Where(insuranceoffer.EmployerID(employerID))
	}
	rows, err := q.Order(ent.Asc(insuranceoffer.FieldKind), ent.Asc(insuranceoffer.FieldInsurer), ent.Asc(insuranceoffer.FieldID)).
		Limit(MaxOffers).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("insurance: list: %w", err)
	}
	return toOffers(rows), nil
}

func toOffers(rows []*ent.InsuranceOffer) []*Offer {
	out := make([]*Offer, len(rows))
	for i, r := range rows {
		out[i] = toOffer(r)
	}
	return out
}

// MyOffers answers the signed-in employee the offers that reach them: their provider's
// and their own employer's, optionally of one kind, for comparing. Feature
// INSURANCE_COMPARE (R22).
func (s *Service) MyOffers(ctx context.Context, kind *Kind) ([]*Offer, error) {
	if _, err := s.Features.Employee(ctx, feature.InsuranceCompare); err != nil {
		return nil, err
	}
	q := s.Client.InsuranceOffer.Query()
	if kind != nil {
		if !kind.Valid() {
			return nil, apperr.BadRequestf("unknown kind of insurance %q", *kind)
		}
		q = q.Where(insuranceoffer.KindEQ(insuranceoffer.Kind(*kind)))
	}
	// The privacy policy narrows this to the provider's and the employee's employer's.
	rows, err := q.Order(ent.Asc(insuranceoffer.FieldKind), ent.Asc(insuranceoffer.FieldInsurer), ent.Asc(insuranceoffer.FieldID)).
		Limit(2 * MaxOffers).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("insurance: my offers: %w", err)
	}
	return toOffers(rows), nil
}

func details(o *ent.InsuranceOffer) map[string]string {
	d := map[string]string{"insurer": o.Insurer, "kind": string(o.Kind), "url": o.URL}
	if o.EmployerID == nil {
		d["level"] = string(ScopeProvider)
	} else {
		d["level"] = string(ScopeEmployer)
	}
	return d
}

func event(a audit.Action, o *ent.InsuranceOffer, at time.Time) audit.Event {
	e := audit.Event{At: at, Action: a, ProviderID: o.ProviderID, TargetType: "InsuranceOffer", TargetID: o.ID, Details: details(o)}
	if o.EmployerID != nil {
		e.EmployerID = *o.EmployerID
	}
	return e
}

// Create publishes an offer at a level (MANAGE_HR_SETTINGS); at most MaxOffers per level.
func (s *Service) Create(ctx context.Context, lvl Level, in Input) (*Offer, error) {
	v, employerID, err := s.authorize(ctx, lvl)
	if err != nil {
		return nil, err
	}
	in, bp, err := clean(in)
	if err != nil {
		return nil, err
	}
	var out *ent.InsuranceOffer
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// The level's row is locked so that two saves at once cannot pass the bound together.
		if employerID == "" {
			if _, err := c.Provider.Query().Where(provider.ID(v.ProviderID)).Modify(store.ForUpdate).Only(ctx); err != nil {
				return fmt.Errorf("insurance: lock provider: %w", err)
			}
		} else if _, err := c.Employer.Query().Where(employer.ID(employerID)).Modify(store.ForUpdate).Only(ctx); err != nil {
			return fmt.Errorf("insurance: lock employer: %w", err)
		}
		q := c.InsuranceOffer.Query().Where(insuranceoffer.ProviderID(v.ProviderID))
		if employerID == "" {
			q = q.Where(insuranceoffer.EmployerIDIsNil())
		} else {
			q = q.Where(insuranceoffer.EmployerID(employerID))
		}
		n, err := q.Count(ctx)
		if err != nil {
			return err
		}
		if n >= MaxOffers {
			return apperr.User(CodeTooManyOffers, fmt.Sprintf("a level holds at most %d offers", MaxOffers))
		}
		now := s.Clock.Now().UTC()
		cr := c.InsuranceOffer.Create().
			SetInsurer(in.Insurer).SetKind(insuranceoffer.Kind(in.Kind)).SetDiscountText(in.DiscountText).
			SetNillableDiscountBasisPoints(bp).SetNillableMonthlyPremiumFromCents(in.MonthlyPremiumFromCents).
			SetConditions(in.Conditions).SetURL(in.URL).SetUpdatedBy(v.ID).SetCreatedAt(now).SetUpdatedAt(now)
		if employerID == "" {
			cr.SetProviderID(v.ProviderID)
		} else {
			cr.SetEmployerID(employerID)
		}
		if out, err = cr.Save(ctx); err != nil {
			return fmt.Errorf("insurance: create: %w", err)
		}
		return audit.Record(ctx, c, event(ActionOfferCreated, out, now))
	})
	if err != nil {
		return nil, err
	}
	return toOffer(out), nil
}

// load reads an offer the caller may change: a row of another tenant, or of the
// provider for employer staff, is NOT_FOUND like a missing one.
func (s *Service) load(ctx context.Context, c *ent.Client, id string) (*ent.InsuranceOffer, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, err
	}
	o, err := c.InsuranceOffer.Query().Where(insuranceoffer.ID(id)).Modify(store.ForUpdate).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) ||
		(err == nil && v.Scope == viewer.ScopeEmployer && (o.EmployerID == nil || *o.EmployerID != v.EmployerID)) {
		return nil, apperr.NotFoundf("insurance offer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("insurance: load offer: %w", err)
	}
	return o, nil
}

// Update changes an offer (MANAGE_HR_SETTINGS); its level stays.
func (s *Service) Update(ctx context.Context, id string, in Input) (*Offer, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	in, bp, err := clean(in)
	if err != nil {
		return nil, err
	}
	var out *ent.InsuranceOffer
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		o, err := s.load(ctx, c, id)
		if err != nil {
			return err
		}
		v := viewer.FromContext(ctx)
		now := s.Clock.Now().UTC()
		up := c.InsuranceOffer.UpdateOne(o).
			SetInsurer(in.Insurer).SetKind(insuranceoffer.Kind(in.Kind)).SetDiscountText(in.DiscountText).
			SetConditions(in.Conditions).SetURL(in.URL).SetUpdatedBy(v.ID).SetUpdatedAt(now)
		if bp == nil {
			up.ClearDiscountBasisPoints()
		} else {
			up.SetDiscountBasisPoints(*bp)
		}
		if in.MonthlyPremiumFromCents == nil {
			up.ClearMonthlyPremiumFromCents()
		} else {
			up.SetMonthlyPremiumFromCents(*in.MonthlyPremiumFromCents)
		}
		if out, err = up.Save(ctx); err != nil {
			return fmt.Errorf("insurance: update: %w", err)
		}
		return audit.Record(ctx, c, event(ActionOfferUpdated, out, now))
	})
	if err != nil {
		return nil, err
	}
	return toOffer(out), nil
}

// Delete withdraws an offer (MANAGE_HR_SETTINGS); the audit trail keeps what it was.
func (s *Service) Delete(ctx context.Context, id string) error {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return err
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		o, err := s.load(ctx, c, id)
		if err != nil {
			return err
		}
		if err := c.InsuranceOffer.DeleteOne(o).Exec(ctx); err != nil {
			return fmt.Errorf("insurance: delete: %w", err)
		}
		return audit.Record(ctx, c, event(ActionOfferDeleted, o, s.Clock.Now().UTC()))
	})
}

// DiscountPercentage is the discount in percent (7.5 for 750 basis points), or nil.
func (o *Offer) DiscountPercentage() *float64 {
	if o.DiscountBasisPoints == nil {
		return nil
	}
	p := float64(*o.DiscountBasisPoints) / 100
	return &p
}
