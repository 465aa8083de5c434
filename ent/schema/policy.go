package schema

// The privacy policies of every type, in one place so that tenant isolation can be read
// at a glance. Each policy: no viewer → deny; the system → allow; everyone else sees
// and changes only rows of their own provider, employer or person.

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/schema/rule"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// tenantPolicy is the policy of ordinary tenant-owned rows.
func tenantPolicy(scope func(*viewer.Principal) entql.P, extra ...privacy.QueryRule) ent.Policy {
	query := append(privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem()}, extra...)
	return privacy.Policy{
		Query: append(query, rule.Scoped(scope)),
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(scope), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// systemOnlyPolicy is for rows no principal reads or writes directly.
func systemOnlyPolicy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.AllowIfSystem(), rule.AlwaysDeny()},
		Mutation: privacy.MutationPolicy{rule.AllowIfSystem(), rule.AlwaysDeny()},
	}
}

// Policy of the Provider: a principal sees only its own provider; provider staff may
// change it (the addendum), employer staff may not.
func (Provider) Policy() ent.Policy {
	own := func(v *viewer.Principal) entql.P { return entql.FieldEQ("id", v.ProviderID) }
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(own)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			privacy.OnMutationOperation(rule.ScopedAllow(func(v *viewer.Principal) entql.P {
				if v.Scope != viewer.ScopeProvider {
					return nil
				}
				return own(v)
			}), ent.OpUpdateOne|ent.OpUpdate),
			rule.AlwaysDeny(),
		},
	}
}

// Policy of the Employer: provider scope sees its employers, everyone else their own.
// Employers are created by the system (the demo, onboarding) or by payroll's sync:
// provider staff and integrators with MANAGE_PAYROLL_DATA, in their own provider (R45).
func (Employer) Policy() ent.Policy {
	scope := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer, viewer.ScopePerson:
			return entql.FieldEQ("id", v.EmployerID)
		}
		return nil
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(scope)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			privacy.OnMutationOperation(rule.ScopedAllow(scope), ent.OpUpdateOne|ent.OpUpdate),
			privacy.OnMutationOperation(rule.ProviderCreatesWithRight(viewer.ManagePayrollData), ent.OpCreate),
			rule.AlwaysDeny(),
		},
	}
}

// Policy of the Person: staff need VIEW_EMPLOYEES (a publisher reads the person a
// document is for without it); an employee sees only themself.
func (Person) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("id"), rule.StaffNeedsRightToRead(viewer.ViewEmployees))
}

// Policy of the Employment: staff need VIEW_EMPLOYEES (a publisher reads the employments
// it publishes to without it, within its tenant); an employee sees only their own.
func (Employment) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRightToRead(viewer.ViewEmployees))
}

// Policy of the Account: staff need VIEW_EMPLOYEES; an employee sees only their own.
func (Account) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.ViewEmployees))
}

// Policy of the Invitation: staff of the tenant; employees reach their invitation only
// through its token, which the access package looks up as the system.
func (Invitation) Policy() ent.Policy { return tenantPolicy(rule.ByTenant("")) }

// Policy of the Product: the catalogue is readable by every principal and changed only
// by migrations.
func (Product) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{rule.AllowIfSystem(), rule.AlwaysDeny()},
	}
}

// Policy of the ProductActivation: employees may read their employer's activations,
// which decide what their portal shows (R22).
func (ProductActivation) Policy() ent.Policy { return tenantPolicy(rule.EmployerWide) }

// Policy of the MailTemplate: provider staff see and change the provider's and its
// employers' texts; employer staff see the provider's texts (they inherit them) but
// change only their own employer's.
func (MailTemplate) Policy() ent.Policy {
	read := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer:
			return entql.And(entql.FieldEQ("provider_id", v.ProviderID),
				entql.Or(entql.FieldNil("employer_id"), entql.FieldEQ("employer_id", v.EmployerID)))
		}
		return nil
	}
	write := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer:
			return entql.FieldEQ("employer_id", v.EmployerID)
		}
		return nil
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(read)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(write), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// Policy of the User: staff see the staff of their own tenant.
func (User) Policy() ent.Policy { return tenantPolicy(rule.ByTenant("")) }

// Policy of the APIClient: like staff users.
func (APIClient) Policy() ent.Policy { return tenantPolicy(rule.ByTenant("")) }

// Policy of the Session: only the auth package, as the system, touches sessions.
func (Session) Policy() ent.Policy { return systemOnlyPolicy() }

// Policy of the AuditEvent: readable within the tenant, written once, never changed (R27).
func (AuditEvent) Policy() ent.Policy {
	scope := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer:
			return entql.FieldEQ("employer_id", v.EmployerID)
		}
		return nil
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRight(viewer.ViewAuditLog), rule.Scoped(scope)},
		Mutation: privacy.MutationPolicy{
			rule.DenyUpdateDelete(), rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			// Domain code writes events in the actor's own context; the event names the
			// actor's tenant, which CreateWithinTenant checks like any other row.
			rule.CreateWithinTenant(),
		},
	}
}

// Policy of the OutboxMail: the mail package writes and delivers the outbox as the
// system. Staff and integrators with MANAGE_MAIL_TEMPLATES read the mails of their
// tenant (a provider user its provider's and its employers', an employer user its
// employer's) and may update them (requeue a failed mail); employees never. Nobody but
// the system creates or deletes one. The rendered bodies carry link tokens: the API
// exposes neither them nor the address in full.
func (OutboxMail) Policy() ent.Policy {
	scope := rule.ByTenant("")
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRight(viewer.ManageMailTemplates),
			rule.Scoped(scope),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManageMailTemplates),
			privacy.OnMutationOperation(rule.ScopedAllow(scope), ent.OpUpdate|ent.OpUpdateOne),
			rule.AlwaysDeny(),
		},
	}
}

// Policy of the PasswordReset: only the auth package, as the system, touches reset links.
func (PasswordReset) Policy() ent.Policy { return systemOnlyPolicy() }

// Policy of the StaffLink: only server/staffusers, as the system, touches staff links.
func (StaffLink) Policy() ent.Policy { return systemOnlyPolicy() }

// Policy of the RateLimitWindow: only server/ratelimit, as the system, counts.
func (RateLimitWindow) Policy() ent.Policy { return systemOnlyPolicy() }

// payrollPolicy is the policy of the data payroll publishes (payslips, their lines,
// annual statements, leave balances) and of documents: staff read it with
// VIEW_EMPLOYEES within their tenant (a publisher reads what it publishes to without
// it), an employee reads what scope allows of their own,
// and only the system or staff and integrators with MANAGE_PAYROLL_DATA write it.
func payrollPolicy(scope func(ctx context.Context, v *viewer.Principal) entql.P) ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.StaffNeedsRightToRead(viewer.ViewEmployees),
			rule.ScopedContext(scope),
		},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManagePayrollData),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(rule.ByTenant("")), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// ownRows is the usual person-owned scope without a context.
func ownRows(_ context.Context, v *viewer.Principal) entql.P { return rule.ByTenant("person_id")(v) }

// Policy of the Payslip: an employee sees their own payslips from the visible-from date
// on, decided in Dutch time by the request's clock; staff see them at once.
func (Payslip) Policy() ent.Policy {
	return payrollPolicy(func(ctx context.Context, v *viewer.Principal) entql.P {
		p := rule.ByTenant("person_id")(v)
		if p != nil && v.Scope == viewer.ScopePerson {
			p = entql.And(p, entql.FieldLTE("visible_from", rule.Today(ctx)))
		}
		return p
	})
}

// Policy of the PayslipLine: like its payslip.
func (PayslipLine) Policy() ent.Policy {
	return payrollPolicy(func(ctx context.Context, v *viewer.Principal) entql.P {
		p := rule.ByTenant("person_id")(v)
		if p != nil && v.Scope == viewer.ScopePerson {
			p = entql.And(p, entql.HasEdgeWith("payslip", entql.FieldLTE("visible_from", rule.Today(ctx))))
		}
		return p
	})
}

// Policy of the AnnualStatement: an employee sees their own.
func (AnnualStatement) Policy() ent.Policy { return payrollPolicy(ownRows) }

// Policy of the Document: an employee sees the documents about themself and those for
// all employees of the employer, and only those the employer marked visible (R26).
func (Document) Policy() ent.Policy {
	return payrollPolicy(func(_ context.Context, v *viewer.Principal) entql.P {
		if v.Scope != viewer.ScopePerson {
			return rule.ByTenant("")(v)
		}
		return employeeDocuments(v)
	})
}

// employeeDocuments is what an employee sees of the dossier (R26).
func employeeDocuments(v *viewer.Principal) entql.P {
	return entql.And(
		entql.FieldEQ("employer_id", v.EmployerID),
		entql.FieldEQ("visible_to_employee", true),
		entql.Or(entql.FieldEQ("person_id", v.PersonID), entql.FieldNil("person_id")),
	)
}

// Policy of the DocumentFile: staff of the tenant; an employee reads the bytes of the
// documents the Document policy lets them see, and no others.
func (DocumentFile) Policy() ent.Policy {
	return payrollPolicy(func(_ context.Context, v *viewer.Principal) entql.P {
		if v.Scope != viewer.ScopePerson {
			return rule.ByTenant("")(v)
		}
		return entql.And(entql.FieldEQ("employer_id", v.EmployerID), entql.HasEdgeWith("document", employeeDocuments(v)))
	})
}

// Policy of the RegulationPassage (R42): staff of the tenant; an employee reads the
// passages of the regulations among the documents the Document policy lets them see.
func (RegulationPassage) Policy() ent.Policy {
	return payrollPolicy(func(_ context.Context, v *viewer.Principal) entql.P {
		if v.Scope != viewer.ScopePerson {
			return rule.ByTenant("")(v)
		}
		return entql.And(entql.FieldEQ("employer_id", v.EmployerID),
			entql.HasEdgeWith("document", entql.And(employeeDocuments(v), entql.FieldEQ("regulation", true))))
	})
}

// Policy of the SickReport: staff read the reports of their tenant with VIEW_EMPLOYEES;
// an employee reads and makes only their own (R25).
func (SickReport) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.ViewEmployees))
}

// Policy of the InsuranceOffer (R40): provider staff see and change their provider's
// offers and its employers'; employer staff see their provider's offers (their
// employees see them too) and change only their own employer's; an employee reads the
// provider's offers and their own employer's, never another employer's, and changes
// nothing. Rights and the product gate are the insurance package's.
func (InsuranceOffer) Policy() ent.Policy {
	read := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer, viewer.ScopePerson:
			return entql.And(entql.FieldEQ("provider_id", v.ProviderID),
				entql.Or(entql.FieldNil("employer_id"), entql.FieldEQ("employer_id", v.EmployerID)))
		}
		return nil
	}
	write := func(v *viewer.Principal) entql.P {
		switch v.Scope {
		case viewer.ScopeProvider:
			return entql.FieldEQ("provider_id", v.ProviderID)
		case viewer.ScopeEmployer:
			return entql.FieldEQ("employer_id", v.EmployerID)
		}
		return nil
	}
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(read)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(write), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// Policy of the AssistantIntentCount (R41): staff read the anonymous counts of their
// tenant, employees none. Only the system writes them: the assistant counts an
// employee's question as the system because the row deliberately names no person, which
// CreateWithinTenant demands of an employee's rows.
func (AssistantIntentCount) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(rule.ByTenant(""))},
		Mutation: privacy.MutationPolicy{rule.AllowIfSystem(), rule.AlwaysDeny()},
	}
}

// Policy of the PartialRecovery: like its sick report (R25).
func (PartialRecovery) Policy() ent.Policy {
	return tenantPolicy(rule.ByTenant("person_id"), rule.StaffNeedsRight(viewer.ViewEmployees))
}

// Policy of the VerzuimContact: staff of the employer's tenant read the contacts and,
// with MANAGE_HR_SETTINGS, change them; employees neither read nor change them (R25).
func (VerzuimContact) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowIfSystem(), rule.Scoped(rule.ByTenant(""))},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(), rule.AllowIfSystem(),
			rule.DenyEmployees(),
			rule.StaffNeedsRight(viewer.ManageHRSettings),
			rule.CreateWithinTenant(),
			privacy.OnMutationOperation(rule.Scoped(rule.ByTenant("")), ent.OpUpdate|ent.OpUpdateOne|ent.OpDelete|ent.OpDeleteOne),
		},
	}
}

// Policy of the CalendarFeed: only server/leave/calendar, as the system, touches the
// subscription addresses; it checks the owner itself.
func (CalendarFeed) Policy() ent.Policy { return systemOnlyPolicy() }
