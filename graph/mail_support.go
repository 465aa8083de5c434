package graph

import (
	"context"
	"errors"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/privacy"
)

// outboxRefs are the employers and persons of a page of failedMails, read in two
// queries for the whole page instead of two per mail. A nil entry means the caller may
// not see it (a person without VIEW_EMPLOYEES) or it does not exist.
type outboxRefs struct {
	employers map[string]*ent.Employer
	persons   map[string]*ent.Person
}

// preloadOutboxRefs reads the employers and persons of mails in the caller's context
// (ent privacy decides what it sees) and keeps them in the request's memo.
func (r *Resolver) preloadOutboxRefs(ctx context.Context, mails []*ent.OutboxMail) error {
	m := memoOf(ctx)
	if m == nil || len(mails) == 0 {
		return nil
	}
	var empIDs, perIDs []string
	for _, o := range mails {
		if o.EmployerID != nil {
			empIDs = append(empIDs, *o.EmployerID)
		}
		if o.PersonID != nil {
			perIDs = append(perIDs, *o.PersonID)
		}
	}
	refs := outboxRefs{employers: map[string]*ent.Employer{}, persons: map[string]*ent.Person{}}
	for _, id := range empIDs {
		refs.employers[id] = nil
	}
	for _, id := range perIDs {
		refs.persons[id] = nil
	}
	if len(empIDs) > 0 {
		es, err := r.Client.Employer.Query().Where(employer.IDIn(empIDs...)).All(ctx)
		if err != nil && !errors.Is(err, privacy.Deny) {
			return err
		}
		for _, e := range es {
			refs.employers[e.ID] = e
		}
	}
	if len(perIDs) > 0 {
		ps, err := r.Client.Person.Query().Where(person.IDIn(perIDs...)).All(ctx)
		if err != nil && !errors.Is(err, privacy.Deny) {
			return err
		}
		for _, p := range ps {
			refs.persons[p.ID] = p
		}
	}
	m.mu.Lock()
	m.outbox = refs
	m.mu.Unlock()
	return nil
}

// outboxEmployer returns the employer of a mail: from the page's preload, else read.
func (r *Resolver) outboxEmployer(ctx context.Context, id *string) (*ent.Employer, error) {
	if id == nil {
		return nil, nil
	}
	if m := memoOf(ctx); m != nil {
		m.mu.Lock()
		e, ok := m.outbox.employers[*id]
		m.mu.Unlock()
		if ok {
			return e, nil
		}
	}
	e, err := r.Client.Employer.Get(ctx, *id)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, nil
	}
	return e, err
}

// outboxPerson returns the person of a mail, or nil when the caller may not see it.
func (r *Resolver) outboxPerson(ctx context.Context, id *string) (*ent.Person, error) {
	if id == nil {
		return nil, nil
	}
	if m := memoOf(ctx); m != nil {
		m.mu.Lock()
		p, ok := m.outbox.persons[*id]
		m.mu.Unlock()
		if ok {
			return p, nil
		}
	}
	p, err := r.Client.Person.Get(ctx, *id)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, nil
	}
	return p, err
}
