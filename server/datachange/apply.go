package datachange

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/datachange"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// apply writes the approved change r to the person, records it in the change feed
// (R45) and, for an IBAN, queues the mails that it changed — all in c's transaction,
// whose caller holds r's row. r is APPLIED afterwards, so applying is done once.
func (s *Service) apply(ctx context.Context, c *ent.Client, r *ent.DataChange, now time.Time) (*ent.DataChange, error) {
	sys := viewer.System(ctx)
	p, err := c.Person.Get(sys, r.PersonID)
	if err != nil {
		return nil, fmt.Errorf("datachange: person of %s: %w", r.ID, err)
	}
	nv := valuesOf(r.NewValue)
	u := c.Person.UpdateOne(p).SetUpdatedAt(now)
	switch Field(r.Field) {
	case FieldAddress:
		u.SetStreet(nv.Street).SetPostalCode(nv.PostalCode).SetCity(nv.City)
	case FieldPhone:
		u.SetPhone(nv.Phone)
	case FieldPrivateEmail:
		u.SetEmail(nv.Email).SetSearchKey(directory.SearchKey(p.FirstName, p.LastNamePrefix, p.LastName, nv.Email))
	case FieldIBAN:
		u.SetIban(nv.IBAN)
	case FieldEmergencyContact:
		u.SetEmergencyContactName(nv.Name).SetEmergencyContactPhone(nv.Phone)
	}
	if err := u.Exec(sys); err != nil {
		return nil, fmt.Errorf("datachange: apply %s: %w", r.ID, err)
	}
	r, err = c.DataChange.UpdateOne(r).SetStatus(datachange.StatusAPPLIED).SetAppliedAt(now).SetUpdatedAt(now).Save(sys)
	if err != nil {
		return nil, fmt.Errorf("datachange: mark %s applied: %w", r.ID, err)
	}
	data := map[string]string{"field": string(r.Field)}
	for k, v := range r.NewValue {
		data[k] = v
	}
	eff := s.today()
	if r.EffectiveDate != nil {
		eff = *r.EffectiveDate
	}
	data["effectiveDate"] = eff.String()
	if err := changefeed.Record(sys, c, changefeed.Change{Kind: changefeed.PersonalDataChanged, ProviderID: r.ProviderID,
		EmployerID: r.EmployerID, PersonID: r.PersonID, EmploymentID: r.EmploymentID, SubjectType: "DataChange",
		SubjectID: r.ID, Data: data, At: now}); err != nil {
		return nil, err
	}
	if err := audit.Record(sys, c, event(r, now, ActionApplied, nil)); err != nil {
		return nil, err
	}
	if Field(r.Field) == FieldIBAN {
		msgs, err := s.ibanMails(sys, c, p, nv.IBAN, eff, now)
		if err != nil {
			return nil, err
		}
		if err := mail.EnqueueMany(sys, c, msgs); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// ibanMails are the IBAN_CHANGED mails (R37): to the employee's address, and to every
// private address the person had in the last 30 days, so that whoever changed the
// address first cannot keep the IBAN change from its owner.
func (s *Service) ibanMails(sys context.Context, c *ent.Client, p *ent.Person, iban string, eff date.Date, now time.Time) ([]mail.Message, error) {
	var to []string
	add := func(addr string) {
		if a, err := mail.CheckAddress(addr); err == nil && !slices.Contains(to, a) {
			to = append(to, a)
		}
	}
	if a, err := c.Account.Query().Where(account.PersonID(p.ID)).Only(sys); err == nil && a.RegisteredEmail != nil {
		add(*a.RegisteredEmail)
	}
	add(deref(p.Email))
	since := now.Add(-30 * 24 * time.Hour)
	olds, err := c.DataChange.Query().Where(datachange.PersonID(p.ID), datachange.FieldEQ(datachange.FieldPRIVATE_EMAIL),
		datachange.StatusEQ(datachange.StatusAPPLIED), datachange.AppliedAtGTE(since)).Limit(MaxPage).All(sys)
	if err != nil {
		return nil, fmt.Errorf("datachange: earlier addresses: %w", err)
	}
	for _, o := range olds {
		add(o.OldValue["email"])
	}
	// Staff can change the address too (R1); the audit keeps the old one.
	evs, err := c.AuditEvent.Query().Where(auditevent.PersonID(p.ID), auditevent.Action(string(audit.PersonEmailChanged)),
		auditevent.CreatedAtGTE(since)).Limit(MaxPage).All(sys)
	if err != nil {
		return nil, fmt.Errorf("datachange: earlier addresses: %w", err)
	}
	for _, e := range evs {
		add(e.Details["from"])
	}
	emp, err := c.Employer.Get(sys, p.EmployerID)
	if err != nil {
		return nil, err
	}
	out := make([]mail.Message, 0, len(to))
	for _, addr := range to {
		out = append(out, mail.Message{Kind: mail.IBANChanged, To: addr, ProviderID: p.ProviderID, EmployerID: p.EmployerID,
			PersonID: p.ID, QueuedAt: now, Vars: map[string]string{
				"FirstName": p.FirstName, "EmployerName": emp.Name, "IBAN": MaskIBAN(iban),
				"EffectiveDate": fmt.Sprintf("%02d-%02d-%04d", eff.Day, int(eff.Month), eff.Year), "PortalURL": s.PortalURL,
			}})
	}
	return out, nil
}

// ApplyJob applies approved changes whose date has come (R37). Several instances may
// run it at once: each batch claims its changes with FOR UPDATE SKIP LOCKED on Postgres
// (SQLite's write transaction serialises runs) and re-reads them under the lock; an
// applied change is APPLIED, which no batch claims again — so each applies exactly once.
type ApplyJob struct {
	Data *Service
	// Batch is how many changes one transaction claims; zero means 50.
	Batch int
	// Logger receives failures of Run; nil means slog.Default().
	Logger *slog.Logger
}

// Run calls RunOnce every interval until ctx ends.
func (j *ApplyJob) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := j.RunOnce(ctx); err != nil && ctx.Err() == nil {
			log := j.Logger
			if log == nil {
				log = slog.Default()
			}
			log.Error("personal-data change job failed", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// RunOnce applies every due change, batch by batch, and returns how many it applied.
func (j *ApplyJob) RunOnce(ctx context.Context) (int, error) {
	// As the system: scheduled work of no principal.
	sys := viewer.System(ctx)
	batch := j.Batch
	if batch <= 0 {
		batch = 50
	}
	total := 0
	for {
		n := 0
		err := store.WithTx(sys, j.Data.Client, func(tx *ent.Tx) error {
			c := tx.Client()
			now := j.Data.now()
			due, err := c.DataChange.Query().Where(datachange.StatusEQ(datachange.StatusAPPROVED),
				datachange.Or(datachange.EffectiveDateIsNil(), effectiveOnOrBefore(j.Data.today()))).
				Order(ent.Asc(datachange.FieldID)).Limit(batch).Modify(skipLocked).All(sys)
			if err != nil {
				return fmt.Errorf("datachange job: claim: %w", err)
			}
			for _, r := range due {
				if _, err := j.Data.apply(sys, c, r, now); err != nil {
					return err
				}
			}
			n = len(due)
			return nil
		})
		total += n
		if err != nil || n == 0 {
			return total, err
		}
	}
}

// skipLocked locks the claimed rows on Postgres and skips rows another run holds.
func skipLocked(s *entsql.Selector) {
	if s.Dialect() == dialect.Postgres {
		s.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
}

// effectiveOnOrBefore is "effective_date <= d" on the DATE column.
func effectiveOnOrBefore(d date.Date) predicate.DataChange {
	return predicate.DataChange(func(s *entsql.Selector) { s.Where(entsql.LTE(s.C(datachange.FieldEffectiveDate), d)) })
}
