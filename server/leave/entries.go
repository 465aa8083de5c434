package leave

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leaveentry"
	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// EntrySource says who wrote a ledger entry.
type EntrySource string

// The sources of ledger entries.
const (
	SourceJob            EntrySource = "JOB"
	SourceStaffEntry     EntrySource = "STAFF"
	SourceIntegrator     EntrySource = "INTEGRATOR"
	SourceOpeningBalance EntrySource = "OPENING_BALANCE"
	SourceRequest        EntrySource = "REQUEST"
)

// LedgerEntry is a stored ledger entry.
type LedgerEntry struct {
	ID           string
	EmploymentID string
	LeaveTypeID  string
	Kind         Kind
	Minutes      Minutes // signed effect on the balance
	Date         date.Date
	Year         int
	Source       EntrySource
	Reason       string
	Reference    *string
	CreatedAt    time.Time
	// Request is the leave request the entry was booked for, when LedgerPage read it.
	Request *EntryRequest
}

// Hours returns the entry's signed effect on the balance in hours.
func (e *LedgerEntry) Hours() float64 { return e.Minutes.Hours() }

func entryOf(e *ent.LeaveEntry) *LedgerEntry {
	return &LedgerEntry{
		ID: e.ID, EmploymentID: e.EmploymentID, LeaveTypeID: e.LeaveTypeID, Kind: Kind(e.Kind),
		Minutes: Minutes(e.Minutes), Date: e.Date, Year: e.Year, Source: EntrySource(e.Source),
		Reason: e.Reason, Reference: e.Reference, CreatedAt: e.CreatedAt,
	}
}

func ruleEntry(e *ent.LeaveEntry) Entry {
	return Entry{Kind: Kind(e.Kind), Date: e.Date, Year: e.Year, Minutes: Minutes(e.Minutes)}
}

// EntryInput is one entry to record. Hours are positive for accruals, taken,
// planned and expired hours (the kind gives the sign) and signed for corrections.
type EntryInput struct {
	EmploymentID string
	LeaveTypeID  string
	Kind         Kind
	Hours        float64
	Date         date.Date
	Year         *int // the accrual year; the year of Date when nil
	Reason       string
	Reference    *string
}

// EntryResult is the outcome of one row of RecordEntries: the entry recorded, the
// entry recorded earlier under the same reference (Duplicate, nothing changed), or
// the userError that kept it out.
type EntryResult struct {
	Entry     *LedgerEntry
	Duplicate bool
	Error     *apperr.UserError
}

// MaxEntries bounds one RecordEntries call.
const MaxEntries = 500

// maxEntryHours bounds one entry: more than a year of full-time work is a typo.
const maxEntryHours = 5000

// RecordEntries records ledger entries (R28; MANAGE_PAYROLL_DATA): with only
// Verlofregistratie this is how staff and integrators keep the ledger. Rows are
// independent: each gets its own result, a bad row changes nothing and does not stop
// the others. A row with a reference recorded before (by anyone at the employer) is a
// duplicate and changes nothing, so a failed run can be sent again whole. All rows
// are recorded in one transaction with an audit event each.
func (s *Service) RecordEntries(ctx context.Context, rows []EntryInput) ([]EntryResult, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return nil, err
	}
	// Payroll data is published to employments the publisher may not list (R28 with
	// only Verlofregistratie); the privacy rules let it read them within its tenant.
	ctx = viewer.Publishing(ctx)
	if len(rows) == 0 || len(rows) > MaxEntries {
		return nil, apperr.User(CodeTooManyEntries, fmt.Sprintf("send 1 to %d entries at a time", MaxEntries), "entries")
	}
	src := SourceStaffEntry
	if v.Kind == viewer.KindAPIClient {
		src = SourceIntegrator
	}
	results := make([]EntryResult, len(rows))
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		// Leave types and earlier entries are read as the system: each read is narrowed to
		// the employer of an employment that the caller's own, privacy-checked read returned
		// (loadEmployment), and the LeaveType and LeaveEntry rules know no publisher, who
		// records entries without VIEW_EMPLOYEES.
		sys := viewer.System(ctx)
		jobs := map[string]*ent.Employment{}
		types := map[string]*ent.LeaveType{}
		refs := map[string]*LedgerEntry{} // employer|reference → entry of this batch
		var events []audit.Event
		for i, in := range rows {
			bad := func(code apperr.UserCode, msg string, field ...string) {
				results[i].Error = apperr.User(code, msg, append([]string{"entries", strconv.Itoa(i)}, field...)...)
			}
			minutes, year, ue := checkEntry(in)
			if ue != nil {
				bad(ue.Code, ue.Message, ue.Field...)
				continue
			}
			j, ok := jobs[in.EmploymentID]
			if !ok {
				if j, err = loadEmployment(ctx, c, in.EmploymentID); err != nil {
					if apperr.CodeOf(err) != apperr.NotFound {
						return err
					}
					j = nil
				}
				jobs[in.EmploymentID] = j
			}
			if j == nil {
				bad(CodeEmploymentNotFound, "no employment with this ID", "employmentId")
				continue
			}
			lt, ok := types[in.LeaveTypeID]
			if !ok {
				lt, err = c.LeaveType.Query().Where(leavetype.ID(in.LeaveTypeID)).Only(sys)
				if err != nil && !ent.IsNotFound(err) {
					return fmt.Errorf("leave: load leave type %s: %w", in.LeaveTypeID, err)
				}
				types[in.LeaveTypeID] = lt
			}
			if lt == nil || lt.EmployerID != j.EmployerID {
				bad(CodeLeaveTypeNotFound, "the employer of this employment has no leave type with this ID", "leaveTypeId")
				continue
			}
			if in.Reference != nil {
				key := j.EmployerID + "|" + *in.Reference
				if prev, ok := refs[key]; ok {
					results[i] = EntryResult{Entry: prev, Duplicate: true}
					continue
				}
				prev, err := c.LeaveEntry.Query().Where(leaveentry.EmployerID(j.EmployerID), leaveentry.Reference(*in.Reference)).Only(sys)
				if err == nil {
					results[i] = EntryResult{Entry: entryOf(prev), Duplicate: true}
					refs[key] = results[i].Entry
					continue
				}
				if !ent.IsNotFound(err) {
					return fmt.Errorf("leave: look up reference: %w", err)
				}
			}
			saved, err := c.LeaveEntry.Create().
				SetPersonID(j.PersonID).
				SetEmploymentID(j.ID).SetLeaveTypeID(lt.ID).
				SetKind(leaveentry.Kind(in.Kind)).SetMinutes(int64(minutes)).
				SetDate(in.Date).SetYear(year).SetSource(leaveentry.Source(src)).
				SetReason(strings.TrimSpace(in.Reason)).SetNillableReference(in.Reference).
				SetCreatedBy(v.ID).SetCreatedAt(s.now()).SetUpdatedAt(s.now()).
				Save(ctx)
			if err != nil {
				return fmt.Errorf("leave: record entry %d: %w", i, err)
			}
			results[i].Entry = entryOf(saved)
			if in.Reference != nil {
				refs[j.EmployerID+"|"+*in.Reference] = results[i].Entry
			}
			events = append(events, entryEvent(s.now(), ActionEntryRecorded, saved, lt))
		}
		return audit.RecordMany(ctx, c, events)
	})
	if err != nil {
		return nil, err
	}
	return results, nil
}

// checkEntry validates a row on its own and returns its signed minutes and year.
func checkEntry(in EntryInput) (Minutes, int, *apperr.UserError) {
	if !in.Kind.Valid() {
		return 0, 0, apperr.User(CodeInvalidEntry, "kind is ACCRUAL, TAKEN, PLANNED, CORRECTION or EXPIRY", "kind")
	}
	if in.Date.IsZero() || in.Date.Year < 2000 || in.Date.Year > 2100 {
		return 0, 0, apperr.User(CodeInvalidEntry, "date lies between 2000 and 2100", "date")
	}
	year := in.Date.Year
	if in.Year != nil {
		year = *in.Year
	}
	if year < 2000 || year > 2100 {
		return 0, 0, apperr.User(CodeInvalidEntry, "year lies between 2000 and 2100", "year")
	}
	if math.IsNaN(in.Hours) || math.Abs(in.Hours) > maxEntryHours {
		return 0, 0, apperr.User(CodeInvalidEntry, fmt.Sprintf("hours lie between -%d and %d", maxEntryHours, maxEntryHours), "hours")
	}
	m := FromHours(in.Hours)
	if m == 0 {
		return 0, 0, apperr.User(CodeInvalidEntry, "an entry has at least a minute", "hours")
	}
	if len([]rune(in.Reason)) > 500 {
		return 0, 0, apperr.User(CodeInvalidEntry, "reason is at most 500 characters", "reason")
	}
	if in.Reference != nil && (strings.TrimSpace(*in.Reference) == "" || len(*in.Reference) > 100) {
		return 0, 0, apperr.User(CodeInvalidEntry, "reference is 1 to 100 characters", "reference")
	}
	if in.Kind == KindCorrection {
		if strings.TrimSpace(in.Reason) == "" {
			return 0, 0, apperr.User(CodeInvalidEntry, "a correction needs a reason", "reason")
		}
		return m, year, nil
	}
	if m < 0 {
		return 0, 0, apperr.User(CodeInvalidEntry, "hours are positive; the kind says whether they add or subtract (only a correction is signed)", "hours")
	}
	return m * Minutes(in.Kind.Sign()), year, nil
}

func entryEvent(at time.Time, a audit.Action, e *ent.LeaveEntry, lt *ent.LeaveType) audit.Event {
	d := map[string]string{
		"leaveType": lt.Name, "kind": string(e.Kind), "hours": strconv.FormatFloat(Minutes(e.Minutes).Hours(), 'f', -1, 64),
		"date": e.Date.String(), "year": strconv.Itoa(e.Year), "source": string(e.Source),
	}
	if e.Reason != "" {
		d["reason"] = e.Reason
	}
	if e.Reference != nil {
		d["reference"] = *e.Reference
	}
	return audit.Event{At: at, Action: a, ProviderID: e.ProviderID, EmployerID: e.EmployerID, PersonID: e.PersonID,
		TargetType: "LeaveEntry", TargetID: e.ID, Details: d}
}

// Ledger returns the entries of the employment, of one leave type when leaveTypeID
// is set, in date order. Staff need VIEW_EMPLOYEES.
func (s *Service) Ledger(ctx context.Context, employmentID, leaveTypeID string) ([]*LedgerEntry, error) {
	j, err := s.readableEmployment(ctx, employmentID)
	if err != nil {
		return nil, err
	}
	q := s.Client.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID))
	if leaveTypeID != "" {
		q.Where(leaveentry.LeaveTypeID(leaveTypeID))
	}
	es, err := q.Order(ent.Asc(leaveentry.FieldDate), ent.Asc(leaveentry.FieldCreatedAt), ent.Asc(leaveentry.FieldID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
	}
	out := make([]*LedgerEntry, len(es))
	for i, e := range es {
		out[i] = entryOf(e)
	}
	return out, nil
}

// Balance is the balance of one leave type of an employment, summed from its ledger.
type Balance struct {
	Type *Type
	Summary
}

// Balances returns the balance of every leave type of the employment's employer,
// computed from the ledger (R28: nothing stores a total). Staff need VIEW_EMPLOYEES.
func (s *Service) Balances(ctx context.Context, employmentID string) ([]Balance, error) {
	j, err := s.readableEmployment(ctx, employmentID)
	if err != nil {
		return nil, err
	}
	// As the system: the types of the employer of an employment the caller may read
	// (readableEmployment checked it through the privacy rules).
	ts, err := loadTypes(viewer.System(ctx), s.Client, j.EmployerID)
	if err != nil {
		return nil, err
	}
	es, err := s.Client.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
	}
	byType := map[string][]Entry{}
	for _, e := range es {
		byType[e.LeaveTypeID] = append(byType[e.LeaveTypeID], ruleEntry(e))
	}
	out := make([]Balance, len(ts))
	for i, t := range ts {
		out[i] = Balance{Type: typeOf(t), Summary: Summarize(byType[t.ID])}
	}
	return out, nil
}

// EntryPage is one page of a ledger, newest entries first.
type EntryPage struct {
	Entries     []*LedgerEntry
	TotalCount  int
	HasNextPage bool
	EndCursor   *string
}

// EntryRequest is the leave request an entry was booked for (R30): its source.
type EntryRequest struct {
	ID       string
	FirstDay date.Date
	LastDay  date.Date
}

// maxEntryPage bounds a page of a ledger.
const maxEntryPage = 100

// entryCursor is the position of e in the newest-first order: its date and ID.
func entryCursor(e *ent.LeaveEntry) string { return e.Date.String() + "~" + e.ID }

// LedgerPage returns a page of the entries of the employment (of one leave type when
// leaveTypeID is set), newest first, after the cursor of a previous page; first is
// 1…100 (default 50). Each entry booked for a request carries it, read in one
// statement for the page. Staff need VIEW_EMPLOYEES.
func (s *Service) LedgerPage(ctx context.Context, employmentID, leaveTypeID string, first int, after string) (*EntryPage, error) {
	j, err := s.readableEmployment(ctx, employmentID)
	if err != nil {
		return nil, err
	}
	if first <= 0 {
		first = 50
	}
	if first > maxEntryPage {
		return nil, apperr.BadRequestf("first lies between 1 and %d", maxEntryPage)
	}
	base := func() *ent.LeaveEntryQuery {
		q := s.Client.LeaveEntry.Query().Where(leaveentry.EmploymentID(j.ID))
		if leaveTypeID != "" {
			q.Where(leaveentry.LeaveTypeID(leaveTypeID))
		}
		return q
	}
	total, err := base().Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
	}
	q := base()
	if after != "" {
		d, id, ok := strings.Cut(after, "~")
		day, err := date.Parse(d)
		if !ok || err != nil {
			return nil, apperr.BadRequestf("after is not a cursor of this ledger")
		}
		q.Where(func(s *entsql.Selector) {
			s.Where(entsql.Or(entsql.LT(s.C(leaveentry.FieldDate), day),
				entsql.And(entsql.EQ(s.C(leaveentry.FieldDate), day), entsql.LT(s.C(leaveentry.FieldID), id))))
		})
	}
	es, err := q.Order(ent.Desc(leaveentry.FieldDate), ent.Desc(leaveentry.FieldID)).Limit(first + 1).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: ledger of %s: %w", j.ID, err)
	}
	out := &EntryPage{TotalCount: total, HasNextPage: len(es) > first, Entries: []*LedgerEntry{}}
	es = es[:min(len(es), first)]
	var requests []string
	for _, e := range es {
		if e.RequestID != nil {
			requests = append(requests, *e.RequestID)
		}
	}
	byID := map[string]*EntryRequest{}
	if len(requests) > 0 {
		// As the system: the requests of entries of an employment the caller may read.
		rs, err := s.Client.LeaveRequest.Query().Where(leaverequest.IDIn(requests...)).
			Select(leaverequest.FieldID, leaverequest.FieldFirstDay, leaverequest.FieldLastDay).All(viewer.System(ctx))
		if err != nil {
			return nil, fmt.Errorf("leave: requests of the ledger of %s: %w", j.ID, err)
		}
		for _, r := range rs {
			byID[r.ID] = &EntryRequest{ID: r.ID, FirstDay: r.FirstDay, LastDay: r.LastDay}
		}
	}
	for _, e := range es {
		le := entryOf(e)
		if e.RequestID != nil {
			le.Request = byID[*e.RequestID]
		}
		out.Entries = append(out.Entries, le)
	}
	if len(es) > 0 {
		c := entryCursor(es[len(es)-1])
		out.EndCursor = &c
	}
	return out, nil
}
