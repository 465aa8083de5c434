package leave

import (
	"context"
	"fmt"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Outlook is a person's leave at a glance (the portal home): what is left this year and
// the next expiry, summed over every employment and leave type from the ledger (R28).
type Outlook struct {
	// Remaining is the leave card's remaining minutes of this year, summed.
	Remaining Minutes
	// NextExpiry is the first day from today on which unused hours expire; nil when
	// none will.
	NextExpiry *date.Date
	// Expiring is what expires on NextExpiry unless it is used before.
	Expiring Minutes
}

// RemainingHours is Remaining in hours.
func (o *Outlook) RemainingHours() float64 { return o.Remaining.Hours() }

// NextExpiryDate is NextExpiry.
func (o *Outlook) NextExpiryDate() *date.Date { return o.NextExpiry }

// NextExpiryHours is Expiring in hours.
func (o *Outlook) NextExpiryHours() float64 { return o.Expiring.Hours() }

// PersonOutlook computes the person's Outlook in two statements whatever the size of
// the ledger: the entries (read through their privacy rules, so an employee reads only
// their own) and their types. The portal checks the employee's product (R22) first.
func (s *Service) PersonOutlook(ctx context.Context, personID string) (*Outlook, error) {
	es, err := s.Client.LeaveEntry.Query().Where(leaveentry.PersonID(personID)).
		Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldID)).All(ctx)
	if err != nil {
		if notFound(err) {
			return &Outlook{}, nil
		}
		return nil, fmt.Errorf("leave: ledger of %s: %w", personID, err)
	}
	// As the system: the types of entries the caller's own, privacy-checked read returned.
	ts, err := typesByID(viewer.System(ctx), s.Client, es)
	if err != nil {
		return nil, err
	}
	return outlook(es, ts, s.today()), nil
}

// outlook sums the card of today's year and finds the next expiry: for every ledger of
// an expiring type, each accrual year's expiry date from today on, and what of that
// year is still unused then (Expiring: oldest hours are used first).
func outlook(es []*ent.LeaveEntry, ts map[string]*ent.LeaveType, today date.Date) *Outlook {
	o := &Outlook{}
	for _, l := range card(es, ts, today.Year, today.Year) {
		o.Remaining += l.Remaining
	}
	type key struct{ emp, typ string }
	ledgers := map[key][]Entry{}
	var keys []key
	for _, e := range es {
		k := key{e.EmploymentID, e.LeaveTypeID}
		if _, ok := ledgers[k]; !ok {
			keys = append(keys, k)
		}
		ledgers[k] = append(ledgers[k], ruleEntry(e))
	}
	for _, k := range keys {
		lt := ts[k.typ]
		if lt == nil || lt.ExpiryMonths == nil {
			continue
		}
		years := map[int]bool{}
		for _, e := range ledgers[k] {
			years[e.Year] = true
		}
		for y := range years {
			d := ExpiryDate(y, *lt.ExpiryMonths)
			if d.Before(today) {
				continue
			}
			m := Expiring(ledgers[k], y, d)
			if m <= 0 {
				continue
			}
			switch {
			case o.NextExpiry == nil || d.Before(*o.NextExpiry):
				o.NextExpiry, o.Expiring = &d, m
			case d == *o.NextExpiry:
				o.Expiring += m
			}
		}
	}
	return o
}

// PersonLedger returns every ledger entry of the person's employments, in date order,
// with the names of their leave types by ID: the ledger behind the leave card (R28),
// for the employee's own-data export. The entries are read through their privacy rules
// (an employee reads only their own); the portal checks the product (R22) first.
func (s *Service) PersonLedger(ctx context.Context, personID string) ([]*LedgerEntry, map[string]string, error) {
	es, err := s.Client.LeaveEntry.Query().Where(leaveentry.PersonID(personID)).
		Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldCreatedAt), ent.Asc(leaveentry.FieldID)).All(ctx)
	if err != nil {
		if notFound(err) {
			return []*LedgerEntry{}, map[string]string{}, nil
		}
		return nil, nil, fmt.Errorf("leave: ledger of %s: %w", personID, err)
	}
	// As the system: the types of entries the caller's own, privacy-checked read returned.
	ts, err := typesByID(viewer.System(ctx), s.Client, es)
	if err != nil {
		return nil, nil, err
	}
	out := make([]*LedgerEntry, len(es))
	for i, e := range es {
		out[i] = entryOf(e)
	}
	names := make(map[string]string, len(ts))
	for id, t := range ts {
		names[id] = t.Name
	}
	return out, names, nil
}
