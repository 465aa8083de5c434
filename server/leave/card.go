package leave

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The leave card (verlofkaart): one line per employment, leave type and year, every
// number summed from the ledger (R28: nothing stores a total). The portal's
// leaveBalances, the staff person page and setLeaveBalances' answer all read it here.

// CardLine is one line of the leave card: an employment's leave type in one year.
type CardLine struct {
	EmploymentID string
	Type         *Type
	Year         int
	// Entitlement is what the year granted: its accruals and corrections.
	Entitlement Minutes
	// Taken and Planned are the year's leave taken and planned, as positive amounts.
	Taken, Planned Minutes
	// Remaining is the balance at the end of the year: every entry of this and earlier
	// years (carry-over, expiries included); leave of later years is not in it.
	Remaining Minutes
	// Expiry is the day the year's hours expire; nil when they do not.
	Expiry                      *date.Date
	FirstRecorded, LastRecorded time.Time
}

// CardYear sums the card line of year from a ledger of one type (see CardLine). It
// also reports whether the line has anything to show: an entry of the year or a
// remaining balance brought forward.
func CardYear(entries []Entry, year int) (l CardLine, show bool) {
	l.Year = year
	for _, e := range entries {
		if e.Year > year {
			continue
		}
		l.Remaining += e.Minutes
		if e.Year != year {
			continue
		}
		show = true
		switch e.Kind {
		case KindAccrual, KindCorrection:
			l.Entitlement += e.Minutes
		case KindTaken:
			l.Taken -= e.Minutes
		case KindPlanned:
			l.Planned -= e.Minutes
		}
	}
	return l, show || l.Remaining != 0
}

// ID is the line's node ID: the leave-balance prefix and the ULIDs of employment and
// type and the year, so the same line keeps the same ID however often it is computed.
func (l *CardLine) ID() string {
	return pid.LeaveBalance + "_" + ulidOf(l.EmploymentID) + ulidOf(l.Type.ID) + strconv.Itoa(l.Year)
}

// IsNode makes a card line a Node of the API.
func (*CardLine) IsNode() {}

// ulidOf is an ID without its prefix.
func ulidOf(id string) string {
	_, rest, _ := strings.Cut(id, "_")
	return rest
}

// parseCardID splits a card line's ID; ok is false when id is not one.
func parseCardID(id string) (employmentID, typeID string, year int, ok bool) {
	p, rest, found := strings.Cut(id, "_")
	if !found || p != pid.LeaveBalance || len(rest) != 26+26+4 {
		return "", "", 0, false
	}
	y, err := strconv.Atoi(rest[52:])
	if err != nil {
		return "", "", 0, false
	}
	return pid.Employment + "_" + rest[:26], pid.LeaveType + "_" + rest[26:52], y, true
}

// IsCardID tells whether id names a leave-card line (node(id:) resolves it here).
func IsCardID(id string) bool { _, _, _, ok := parseCardID(id); return ok }

// The card line's fields as the API shows them.

// LeaveType is the line's category, the kind of leave of the old leave card.
func (l *CardLine) LeaveType() Category { return l.Type.Category }

// LeaveTypeName is the name of the line's leave type.
func (l *CardLine) LeaveTypeName() string { return l.Type.Name }

// EntitlementHours is Entitlement in hours.
func (l *CardLine) EntitlementHours() float64 { return l.Entitlement.Hours() }

// TakenHours is Taken in hours.
func (l *CardLine) TakenHours() float64 { return l.Taken.Hours() }

// PlannedHours is Planned in hours.
func (l *CardLine) PlannedHours() float64 { return l.Planned.Hours() }

// RemainingHours is Remaining in hours.
func (l *CardLine) RemainingHours() float64 { return l.Remaining.Hours() }

// ExpiryDate is Expiry.
func (l *CardLine) ExpiryDate() *date.Date { return l.Expiry }

// CreatedAt is when the line's first entry was recorded.
func (l *CardLine) CreatedAt() time.Time { return l.FirstRecorded }

// UpdatedAt is when the line's last entry was recorded.
func (l *CardLine) UpdatedAt() time.Time { return l.LastRecorded }

// categoryRank orders the card: statutory first, as Categories lists them.
func categoryRank(c Category) int { return slices.Index(Categories, c) }

// card builds the lines of year (0: the newest year up to this year that has entries,
// else the newest year at all) from entries and types, ordered by employment, category
// and the types' order.
func card(entries []*ent.LeaveEntry, types map[string]*ent.LeaveType, year, thisYear int) []*CardLine {
	if year == 0 {
		for _, e := range entries {
			if e.Year <= thisYear && e.Year > year {
				year = e.Year
			}
		}
		if year == 0 {
			for _, e := range entries {
				year = max(year, e.Year)
			}
		}
	}
	type key struct{ emp, typ string }
	ledgers := map[key][]*ent.LeaveEntry{}
	var keys []key
	for _, e := range entries {
		k := key{e.EmploymentID, e.LeaveTypeID}
		if _, ok := ledgers[k]; !ok {
			keys = append(keys, k)
		}
		ledgers[k] = append(ledgers[k], e)
	}
	out := []*CardLine{}
	for _, k := range keys {
		lt := types[k.typ]
		if lt == nil {
			continue
		}
		rows := ledgers[k]
		rules := make([]Entry, len(rows))
		for i, r := range rows {
			rules[i] = ruleEntry(r)
		}
		l, show := CardYear(rules, year)
		if !show {
			continue
		}
		l.EmploymentID, l.Type = k.emp, typeOf(lt)
		if lt.ExpiryMonths != nil {
			d := ExpiryDate(year, *lt.ExpiryMonths)
			l.Expiry = &d
		}
		for _, r := range rows {
			if r.Year > year {
				continue
			}
			if l.FirstRecorded.IsZero() || r.CreatedAt.Before(l.FirstRecorded) {
				l.FirstRecorded = r.CreatedAt
			}
			if r.CreatedAt.After(l.LastRecorded) {
				l.LastRecorded = r.CreatedAt
			}
		}
		out = append(out, &l)
	}
	slices.SortStableFunc(out, func(a, b *CardLine) int {
		if a.EmploymentID != b.EmploymentID {
			return strings.Compare(a.EmploymentID, b.EmploymentID)
		}
		if d := categoryRank(a.Type.Category) - categoryRank(b.Type.Category); d != 0 {
			return d
		}
		if a.Type.SortOrder != b.Type.SortOrder {
			return a.Type.SortOrder - b.Type.SortOrder
		}
		return strings.Compare(a.Type.Name, b.Type.Name)
	})
	return out
}

// typesByID loads the leave types of the employers of entries.
func typesByID(ctx context.Context, c *ent.Client, entries []*ent.LeaveEntry) (map[string]*ent.LeaveType, error) {
	var ids []string
	for _, e := range entries {
		ids = append(ids, e.LeaveTypeID)
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := map[string]*ent.LeaveType{}
	if len(ids) == 0 {
		return out, nil
	}
	ts, err := c.LeaveType.Query().Where(leavetype.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: leave types: %w", err)
	}
	for _, t := range ts {
		out[t.ID] = t
	}
	return out, nil
}

// PersonCard returns the person's leave card of year (nil: the newest year up to this
// one with entries), computed from the ledgers of all the person's employments. The
// ledger is read through its privacy rules, so an employee reads only their own card
// and staff need VIEW_EMPLOYEES within their tenant; what the caller may not read is
// an empty card. The portal checks the employee's product (R22) before it asks.
func (s *Service) PersonCard(ctx context.Context, personID string, year *int) ([]*CardLine, error) {
	es, err := s.Client.LeaveEntry.Query().Where(leaveentry.PersonID(personID)).
		Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldID)).All(ctx)
	if err != nil {
		if notFound(err) {
			return []*CardLine{}, nil
		}
		return nil, fmt.Errorf("leave: ledger of %s: %w", personID, err)
	}
	// As the system: the types of entries the caller's own, privacy-checked read returned.
	ts, err := typesByID(viewer.System(ctx), s.Client, es)
	if err != nil {
		return nil, err
	}
	y := 0
	if year != nil {
		y = *year
	}
	return card(es, ts, y, s.today().Year), nil
}

// CardLineByID resolves a card line's node ID for the caller: the line as PersonCard
// would show it, or NOT_FOUND when the caller may not read the ledger or the line has
// nothing to show.
func (s *Service) CardLineByID(ctx context.Context, id string) (*CardLine, error) {
	empID, typeID, year, ok := parseCardID(id)
	if !ok {
		return nil, apperr.NotFoundf("no object with ID %q", id)
	}
	es, err := s.Client.LeaveEntry.Query().Where(leaveentry.EmploymentID(empID), leaveentry.LeaveTypeID(typeID)).
		Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldID)).All(ctx)
	if err != nil && !notFound(err) {
		return nil, fmt.Errorf("leave: ledger of %s: %w", empID, err)
	}
	// As the system: the type of entries the caller's own, privacy-checked read returned.
	ts, err := typesByID(viewer.System(ctx), s.Client, es)
	if err != nil {
		return nil, err
	}
	for _, l := range card(es, ts, year, year) {
		return l, nil
	}
	return nil, apperr.NotFoundf("no object with ID %q", id)
}

// OpeningBalance is one row of setLeaveBalances: the leave card of an employment,
// year and kind of leave as payroll has it.
type OpeningBalance struct {
	Employment  *ent.Employment
	Year        int
	Category    Category
	Entitlement Minutes
	Taken       Minutes
	Planned     Minutes
	Remaining   Minutes
}

// defaultTypeFor is the leave type an opening balance of category c creates at an
// employer that has none of that category yet.
func defaultTypeFor(c Category) Type {
	for _, t := range DefaultTypes() {
		if t.Category == c {
			return t
		}
	}
	names := map[Category]string{WorkingTimeReduction: "ADV", Seniority: "Seniorenverlof", Other: "Overig verlof"}
	return Type{Name: names[c], Category: c, Accrual: AccrualYearly, SortOrder: 30 + 10*categoryRank(c), Requestable: true}
}

// SetOpeningBalances is setLeaveBalances on the ledger (R28): for each row it writes
// opening-balance entries that bring the row's year of the ledger to the numbers sent
// — a correction of the year's entitlement, taken and planned hours as the difference,
// and a correction dated on the last day of the year before for what is carried over —
// so the leave card then shows exactly what payroll sent. Sending the same numbers
// again writes nothing. The employer's first leave type of the row's category is used;
// an employer without one gets it (and a scheme when it had none), as publishing leave
// data is what needs it. It runs in the caller's transaction (c): the caller checked
// MANAGE_PAYROLL_DATA and that the employments are within its tenant, and records its
// own audit event per row; each entry written gets LEAVE_ENTRY_RECORDED.
func (s *Service) SetOpeningBalances(ctx context.Context, c *ent.Client, rows []OpeningBalance) ([]*CardLine, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	// As the system: every read and write below is narrowed to the employments the caller
	// checked within its tenant, and the LeaveType and LeaveEntry rules know no publisher,
	// who publishes leave data without VIEW_EMPLOYEES or MANAGE_HR_SETTINGS.
	sys := viewer.System(ctx)
	out := make([]*CardLine, len(rows))
	var events []audit.Event
	for i, r := range rows {
		j := r.Employment
		lt, created, err := s.typeForCategory(sys, c, j, r.Category)
		if err != nil {
			return nil, err
		}
		events = append(events, created...)
		have, err := c.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID), leaveentry.LeaveTypeID(lt.ID)).All(sys)
		if err != nil {
			return nil, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
		}
		ledger := make([]Entry, len(have))
		for k, e := range have {
			ledger[k] = ruleEntry(e)
		}
		cur, _ := CardYear(ledger, r.Year)
		jan1 := date.New(r.Year, time.January, 1)
		carryYear, carryDate := r.Year-1, date.New(r.Year-1, time.December, 31)
		if carryYear < 2000 {
			carryYear, carryDate = r.Year, jan1
		}
		dE, dT, dP := r.Entitlement-cur.Entitlement, r.Taken-cur.Taken, r.Planned-cur.Planned
		dR := r.Remaining - (cur.Remaining + dE - dT - dP)
		if carryYear == r.Year {
			dE, dR = dE+dR, 0
		}
		label := "setLeaveBalances " + strconv.Itoa(r.Year)
		adds := []struct {
			kind    Kind
			minutes Minutes
			on      date.Date
			year    int
			reason  string
		}{
			{KindCorrection, dE, jan1, r.Year, label + ": entitlement"},
			{KindTaken, -dT, jan1, r.Year, label + ": taken"},
			{KindPlanned, -dP, jan1, r.Year, label + ": planned"},
			{KindCorrection, dR, carryDate, carryYear, label + ": carried over"},
		}
		for _, a := range adds {
			if a.minutes == 0 {
				continue
			}
			saved, err := c.LeaveEntry.Create().
				SetProviderID(j.ProviderID).SetEmployerID(j.EmployerID).SetPersonID(j.PersonID).
				SetEmploymentID(j.ID).SetLeaveTypeID(lt.ID).
				SetKind(leaveentry.Kind(a.kind)).SetMinutes(int64(a.minutes)).SetDate(a.on).SetYear(a.year).
				SetSource(leaveentry.SourceOPENING_BALANCE).SetReason(a.reason).
				SetCreatedBy(v.ID).SetCreatedAt(s.now()).SetUpdatedAt(s.now()).
				Save(sys)
			if err != nil {
				return nil, fmt.Errorf("leave: opening balance of %s: %w", j.ID, err)
			}
			have = append(have, saved)
			events = append(events, entryEvent(s.now(), ActionEntryRecorded, saved, lt))
		}
		lines := card(have, map[string]*ent.LeaveType{lt.ID: lt}, r.Year, r.Year)
		if len(lines) == 0 {
			// Everything zero: the line is still the row's answer.
			l := CardLine{EmploymentID: j.ID, Type: typeOf(lt), Year: r.Year, FirstRecorded: s.now(), LastRecorded: s.now()}
			if lt.ExpiryMonths != nil {
				d := ExpiryDate(r.Year, *lt.ExpiryMonths)
				l.Expiry = &d
			}
			lines = []*CardLine{&l}
		}
		out[i] = lines[0]
	}
	if err := audit.RecordMany(ctx, c, events); err != nil {
		return nil, err
	}
	return out, nil
}

// typeForCategory returns the employer's first leave type of category cat, creating
// it, and the scheme when there is none, when the employer has none.
func (s *Service) typeForCategory(sys context.Context, c *ent.Client, j *ent.Employment, cat Category) (*ent.LeaveType, []audit.Event, error) {
	lt, err := c.LeaveType.Query().Where(leavetype.EmployerID(j.EmployerID), leavetype.CategoryEQ(leavetype.Category(cat))).
		Order(ent.Asc(leavetype.FieldSortOrder), ent.Asc(leavetype.FieldName)).First(sys)
	if err == nil {
		return lt, nil, nil
	}
	if !ent.IsNotFound(err) {
		return nil, nil, fmt.Errorf("leave: leave type %s of %s: %w", cat, j.EmployerID, err)
	}
	e, err := c.Employer.Get(sys, j.EmployerID)
	if err != nil {
		return nil, nil, fmt.Errorf("leave: employer %s: %w", j.EmployerID, err)
	}
	var events []audit.Event
	exists, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Exist(sys)
	if err != nil {
		return nil, nil, fmt.Errorf("leave: scheme of %s: %w", e.ID, err)
	}
	if !exists {
		sc, err := c.LeaveScheme.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).Save(sys)
		if err != nil {
			return nil, nil, fmt.Errorf("leave: create scheme of %s: %w", e.ID, err)
		}
		events = append(events, audit.Event{At: s.now(), Action: ActionSchemeCreated, ProviderID: e.ProviderID, EmployerID: e.ID,
			TargetType: "LeaveScheme", TargetID: sc.ID, Details: map[string]string{"source": "setLeaveBalances"}})
	}
	lt, err = createType(sys, c, e, defaultTypeFor(cat))
	if err != nil {
		return nil, nil, err
	}
	return lt, append(events, typeEvent(s, ActionTypeCreated, lt)), nil
}

// TypeForCategory is typeForCategory for seeding (the demo): the employer's first
// leave type of cat, created with its scheme and audit events when there is none. It
// works as the system; c is the caller's transaction.
func (s *Service) TypeForCategory(ctx context.Context, c *ent.Client, j *ent.Employment, cat Category) (*ent.LeaveType, error) {
	// As the system: seeding has no principal of the employer.
	sys := viewer.System(ctx)
	lt, events, err := s.typeForCategory(sys, c, j, cat)
	if err != nil {
		return nil, err
	}
	return lt, audit.RecordMany(sys, c, events)
}

// EmploymentOfCard loads a card line's employment for the API, as the system: the
// line itself was read through the ledger's privacy rules.
func (s *Service) EmploymentOfCard(ctx context.Context, l *CardLine) (*ent.Employment, error) {
	return s.Client.Employment.Query().Where(employment.ID(l.EmploymentID)).Only(viewer.System(ctx))
}
