package claims

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/claimcomponent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Component is a claimable component (R36).
type Component struct {
	ID   string
	Name string
	Kind ComponentKind
	// RateCents: per kilometre (kilometres), the allowance (fixed), 0 (receipt).
	RateCents       int64
	ReceiptRequired bool
	Active          bool
}

// Rate is RateCents in euros.
func (c *Component) Rate() float64 { return Euros(c.RateCents) }

func componentOf(r *ent.ClaimComponent) *Component {
	return &Component{ID: r.ID, Name: r.Name, Kind: ComponentKind(r.Kind), RateCents: r.RateCents,
		ReceiptRequired: r.ReceiptRequired, Active: r.Active}
}

// Components is the staff page of an employer's components.
type Components struct {
	EmployerID string
	Components []*Component
	// TaxFreeYear and TaxFreeKmCents: the tax-free allowance per kilometre of this year,
	// shown as information (nil when the portal does not know the year's amount).
	TaxFreeYear    int
	TaxFreeKmCents *int64
	// DocumentsActive: the employer has Dossiervorming; without it no receipts can be
	// attached and components that require one are not offered (R21, R36).
	DocumentsActive bool
}

// TaxFreeKmRate is TaxFreeKmCents in euros.
func (c *Components) TaxFreeKmRate() *float64 {
	if c.TaxFreeKmCents == nil {
		return nil
	}
	e := Euros(*c.TaxFreeKmCents)
	return &e
}

// ComponentInput creates (ID empty) or changes a component.
type ComponentInput struct {
	EmployerID      string
	ID              string
	Name            string
	Kind            ComponentKind
	RateCents       int64
	ReceiptRequired bool
	Active          bool
}

// EmployerComponents returns the employer's components (MANAGE_HR_SETTINGS).
func (s *Service) EmployerComponents(ctx context.Context, employerID string) (*Components, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Client.ClaimComponent.Query().Where(claimcomponent.EmployerID(e.ID)).
		Order(claimcomponent.ByName(), claimcomponent.ByID()).Limit(maxComponents).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: components of %s: %w", e.ID, err)
	}
	docs, err := documentsActive(ctx, s.Client, e.ID)
	if err != nil {
		return nil, err
	}
	out := &Components{EmployerID: e.ID, TaxFreeYear: s.today().Year, DocumentsActive: docs}
	if c, ok := TaxFreeKmCents[out.TaxFreeYear]; ok {
		out.TaxFreeKmCents = &c
	}
	for _, r := range rows {
		out.Components = append(out.Components, componentOf(r))
	}
	return out, nil
}

// SaveComponent creates or changes a component of the employer (MANAGE_HR_SETTINGS).
// Its kind is fixed once made; claims made earlier keep the name and rate they were
// made with.
func (s *Service) SaveComponent(ctx context.Context, in ComponentInput) (*Component, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || len([]rune(name)) > maxNameRunes {
		return nil, userErr(CodeInvalidComponent, fmt.Sprintf("a name of 1 to %d characters", maxNameRunes), "name")
	}
	switch in.Kind {
	case KindKilometres, KindFixed:
		if in.RateCents <= 0 || in.RateCents > maxRateCents {
			return nil, userErr(CodeInvalidComponent, "a rate above 0 and at most € 100,000", "rate")
		}
	case KindReceipt:
		if in.RateCents != 0 {
			return nil, userErr(CodeInvalidComponent, "an amount against a receipt has no rate: the employee claims the receipt's amount", "rate")
		}
	default:
		return nil, userErr(CodeInvalidComponent, "kilometres, a fixed allowance or an amount against a receipt", "kind")
	}
	var out *ent.ClaimComponent
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, in.EmployerID)
		if err != nil {
			return err
		}
		n, err := c.ClaimComponent.Query().Where(claimcomponent.EmployerID(e.ID), claimcomponent.NameEqualFold(name),
			claimcomponent.IDNEQ(in.ID)).Count(ctx)
		if err != nil {
			return fmt.Errorf("claims: components named %q: %w", name, err)
		}
		if n > 0 {
			return userErr(CodeInvalidComponent, "the employer has a component with this name", "name")
		}
		now := s.now()
		if in.ID == "" {
			total, err := c.ClaimComponent.Query().Where(claimcomponent.EmployerID(e.ID)).Count(ctx)
			if err != nil {
				return fmt.Errorf("claims: components of %s: %w", e.ID, err)
			}
			if total >= maxComponents {
				return userErr(CodeInvalidComponent, fmt.Sprintf("an employer has at most %d components", maxComponents))
			}
			out, err = c.ClaimComponent.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).SetName(name).
				SetKind(claimcomponent.Kind(in.Kind)).SetRateCents(in.RateCents).SetReceiptRequired(in.ReceiptRequired).
				SetActive(in.Active).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
			if err != nil {
				return fmt.Errorf("claims: create component: %w", err)
			}
		} else {
			cur, err := c.ClaimComponent.Query().Where(claimcomponent.ID(in.ID), claimcomponent.EmployerID(e.ID)).Only(ctx)
			if ent.IsNotFound(err) || isDeny(err) {
				return userErr(CodeInvalidComponent, "the employer has no component with this ID", "id")
			}
			if err != nil {
				return fmt.Errorf("claims: component %s: %w", in.ID, err)
			}
			if ComponentKind(cur.Kind) != in.Kind {
				return userErr(CodeInvalidComponent, "the kind of a component does not change; make a new one", "kind")
			}
			out, err = c.ClaimComponent.UpdateOne(cur).SetName(name).SetRateCents(in.RateCents).
				SetReceiptRequired(in.ReceiptRequired).SetActive(in.Active).SetUpdatedAt(now).Save(ctx)
			if err != nil {
				return fmt.Errorf("claims: change component: %w", err)
			}
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionComponentSaved, ProviderID: e.ProviderID,
			EmployerID: e.ID, TargetType: "ClaimComponent", TargetID: out.ID, Details: map[string]string{
				"name": name, "kind": string(in.Kind), "rate": euroString(in.RateCents),
				"receiptRequired": strconv.FormatBool(in.ReceiptRequired), "active": strconv.FormatBool(in.Active),
			}})
	})
	if err != nil {
		return nil, err
	}
	return componentOf(out), nil
}

func isDeny(err error) bool { return err != nil && errorsIs(err, privacy.Deny) }

func loadEmployer(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Query().Where(employer.ID(id)).Only(ctx)
	if ent.IsNotFound(err) || isDeny(err) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("claims: employer %s: %w", id, err)
	}
	return e, nil
}
