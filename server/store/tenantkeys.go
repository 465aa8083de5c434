package store

import (
	"context"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// NewClient is the ent client of every store: over drv, with TenantKeys. Code that
// wraps a store's driver (SQL recording, a broken database in tests) builds its client
// here, so the rows it creates get their keys like everywhere else.
func NewClient(drv dialect.Driver) *ent.Client {
	c := ent.NewClient(ent.Driver(drv))
	c.Use(TenantKeys())
	return c
}

// TenantKeys fills the tenant keys of a new row from its parent, so that code creating
// a row names the parent only (the person, the account, the document, the employer)
// and never copies provider_id and employer_id by hand (docs/architecture.md, Tenancy).
// The columns are declared once, by ent/schema's ProviderKeyMixin, EmployerKeyMixin
// and PersonKeyMixin; what a type has is read from its mutation.
//
// It is a client hook because those run before the schema's hooks, and the privacy
// policy is the first of those: rule.CreateWithinTenant must see the filled keys. A
// parent of another tenant fills in that tenant's keys, which the policy then refuses;
// a parent that does not exist fills in nothing, which it refuses too (and the database
// refuses it for the system). A key the code sets itself is kept.
func TenantKeys() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				if err := fillTenantKeys(ctx, m); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

// tenantParents are the parents a new row's keys come from, the nearest first: the
// column that names the parent, and how to read the parent's keys.
var tenantParents = []struct {
	field string
	keys  func(ctx context.Context, c *ent.Client, id string) (providerID, employerID string, err error)
}{
	{"person_id", func(ctx context.Context, c *ent.Client, id string) (string, string, error) {
		p, err := c.Person.Query().Where(person.ID(id)).Select(person.FieldProviderID, person.FieldEmployerID).Only(ctx)
		if err != nil {
			return "", "", err
		}
		return p.ProviderID, p.EmployerID, nil
	}},
	{"account_id", func(ctx context.Context, c *ent.Client, id string) (string, string, error) {
		a, err := c.Account.Query().Where(account.ID(id)).Select(account.FieldProviderID, account.FieldEmployerID).Only(ctx)
		if err != nil {
			return "", "", err
		}
		return a.ProviderID, a.EmployerID, nil
	}},
	{"document_id", func(ctx context.Context, c *ent.Client, id string) (string, string, error) {
		d, err := c.Document.Query().Where(document.ID(id)).Select(document.FieldProviderID, document.FieldEmployerID).Only(ctx)
		if err != nil {
			return "", "", err
		}
		return d.ProviderID, d.EmployerID, nil
	}},
	{"employer_id", func(ctx context.Context, c *ent.Client, id string) (string, string, error) {
		e, err := c.Employer.Query().Where(employer.ID(id)).Select(employer.FieldProviderID).Only(ctx)
		if err != nil {
			return "", "", err
		}
		return e.ProviderID, "", nil
	}},
}

// The setters a mutation has when its type carries the key.
type (
	hasProviderKey interface{ SetProviderID(string) }
	hasEmployerKey interface{ SetEmployerID(string) }
	hasClient      interface{ Client() *ent.Client }
)

// missingKeys reports which tenant keys a new row of m's type has and m does not set.
func missingKeys(m ent.Mutation) (provider, employer bool) {
	_, provider = m.(hasProviderKey)
	_, employer = m.(hasEmployerKey)
	return provider && !isSet(m, "provider_id"), employer && !isSet(m, "employer_id")
}

func fillTenantKeys(ctx context.Context, m ent.Mutation) error {
	wantProvider, wantEmployer := missingKeys(m)
	if !wantProvider && !wantEmployer {
		return nil
	}
	mc, ok := m.(hasClient)
	if !ok {
		return nil
	}
	for _, p := range tenantParents {
		id, ok := m.Field(p.field)
		s, isString := id.(string)
		if !ok || !isString || s == "" {
			continue
		}
		// System: the keys are read to be checked, not shown; the caller may create
		// rows it may not read the parent of (an integrator publishing a payslip), and
		// the privacy policy judges the filled keys right after this hook.
		prov, emp, err := p.keys(viewer.System(ctx), mc.Client(), s)
		if ent.IsNotFound(err) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("store: tenant keys of a new %s from its %s: %w", m.Type(), p.field, err)
		}
		if wantProvider {
			if err := m.SetField("provider_id", prov); err != nil {
				return err
			}
		}
		if wantEmployer && emp != "" {
			if err := m.SetField("employer_id", emp); err != nil {
				return err
			}
		}
		return nil
	}
	return nil
}

func isSet(m ent.Mutation, name string) bool {
	v, ok := m.Field(name)
	if !ok {
		return false
	}
	s, isString := v.(string)
	return !isString || s != ""
}
