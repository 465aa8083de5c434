// Package changefeed is the feed of what the portal changed that payroll must take over
// (R45): personal data staff or employees changed in the portal, sick and recovery
// reports, and — as their issues land — accepted, cancelled and lapsed leave (R30,
// R31), claims (R36) and approved personal-data requests (R37).
//
// A domain records a change with Record, in its own transaction, so the change and its
// feed entry commit together. Each entry gets the next number of its provider's feed;
// taking it updates (and so locks) the provider's head row until the transaction ends,
// so numbers commit in order and a reader at number n never later finds an n-1 it
// skipped. Integrators read the feed with an opaque cursor (Since) and acknowledge what
// they took over (Acknowledge), per API client; instances share nothing but the
// database, so a cursor from one instance is good on every other.
package changefeed

import (
	"context"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/changeevent"
	"github.com/werkportaal/werkportaal/ent/changefeedack"
	"github.com/werkportaal/werkportaal/ent/changefeedhead"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Kind says what changed. The values are stable: integrators branch on them.
type Kind string

// The kinds of change. Other domains add theirs here as they record them.
const (
	// PersonEmailChanged: staff changed the person's private e-mail in the portal (R1);
	// data: email (empty when removed).
	PersonEmailChanged Kind = "PERSON_EMAIL_CHANGED"
	// SickReported: the employee reported sick (R25); data: firstSickDay, hoursWorked.
	SickReported Kind = "SICK_REPORTED"
	// RecoveryReported: the employee reported recovery (R25); data: firstSickDay,
	// recoveryDate.
	RecoveryReported Kind = "RECOVERY_REPORTED"
	// PartialRecoveryReported: the employee works partly again (R25); data:
	// firstSickDay, fromDate, percentage or hoursPerWeek.
	PartialRecoveryReported Kind = "PARTIAL_RECOVERY_REPORTED"
	// SickReportCorrected: staff corrected a report (R25); data: firstSickDay,
	// hoursWorked, recoveryDate (the new values).
	SickReportCorrected Kind = "SICK_REPORT_CORRECTED"
	// LeaveAccepted, LeaveCancelled and LeaveLapsed are for server/leave's requests
	// (R30, R31): data: leaveType, firstDay, lastDay, hours.
	LeaveAccepted  Kind = "LEAVE_ACCEPTED"
	LeaveCancelled Kind = "LEAVE_CANCELLED"
	LeaveLapsed    Kind = "LEAVE_ACCEPTED_BY_LAPSE"
	// ClaimApproved: an expense claim was approved on its route and waits for payroll
	// (R36), which marks it processed with markClaimsProcessed; data: component,
	// componentKind, date, kilometres (kilometres components), amount (euros, 2
	// decimals), description.
	ClaimApproved Kind = "CLAIM_APPROVED"
	// PreboardingCompleted: staff completed a new hire's preboarding (R38); data: the
	// names, birth date, address, IBAN, taxCredit(From), firstDay, jobTitle and
	// employeeNumber, never the BSN or the ID copy, which the integrator reads with
	// MANAGE_PREBOARDING (server/preboarding).
	PreboardingCompleted Kind = "PREBOARDING_COMPLETED"
	// PersonalDataChanged: an approved personal-data request took effect (R37); data:
	// field (ADDRESS, PHONE, PRIVATE_EMAIL, IBAN, EMERGENCY_CONTACT), effectiveDate, and
	// the new values of the field (street, postalCode, city; phone; email; iban; name,
	// phone).
	PersonalDataChanged Kind = "PERSONAL_DATA_CHANGED"
)

// Change is what a domain records.
type Change struct {
	Kind         Kind
	ProviderID   string
	EmployerID   string
	PersonID     string
	EmploymentID string // optional
	SubjectType  string // e.g. "SickReport"
	SubjectID    string
	// Data holds the new values payroll takes over, by field name; never secrets.
	Data map[string]string
	// At is when the change was made (the caller's clock); zero means now.
	At time.Time
}

// Record writes c into its provider's feed through client, which must be the client of
// the transaction that makes the change, in the context of whoever makes it (the
// privacy policy checks that the entry lies within their own tenant).
func Record(ctx context.Context, client *ent.Client, c Change) error {
	return RecordMany(ctx, client, []Change{c})
}

// RecordMany writes changes of one provider in one go (a collective change).
func RecordMany(ctx context.Context, client *ent.Client, changes []Change) error {
	if len(changes) == 0 {
		return nil
	}
	prov := changes[0].ProviderID
	for _, c := range changes {
		if c.ProviderID != prov || prov == "" || c.EmployerID == "" || c.PersonID == "" || c.Kind == "" {
			return fmt.Errorf("changefeed: a change needs its kind, provider, employer and person, all of one provider")
		}
	}
	last, err := take(ctx, client, prov, int64(len(changes)))
	if err != nil {
		return err
	}
	builders := make([]*ent.ChangeEventCreate, len(changes))
	for i, c := range changes {
		at := c.At
		if at.IsZero() {
			at = time.Now()
		}
		b := client.ChangeEvent.Create().
			SetProviderID(c.ProviderID).SetEmployerID(c.EmployerID).SetPersonID(c.PersonID).
			SetSeq(last - int64(len(changes)) + int64(i) + 1).SetKind(string(c.Kind)).
			SetSubjectType(c.SubjectType).SetSubjectID(c.SubjectID).SetOccurredAt(at.UTC())
		if c.EmploymentID != "" {
			b.SetEmploymentID(c.EmploymentID)
		}
		if len(c.Data) > 0 {
			b.SetData(c.Data)
		}
		builders[i] = b
	}
	if err := client.ChangeEvent.CreateBulk(builders...).Exec(ctx); err != nil {
		return fmt.Errorf("changefeed: record %s: %w", changes[0].Kind, err)
	}
	return nil
}

// take reserves n numbers of the provider's feed and returns the last. The UPDATE locks
// the head row until the caller's transaction ends.
func take(ctx context.Context, client *ent.Client, providerID string, n int64) (int64, error) {
	// As the system: the head is a counter no principal reads; the entries it numbers
	// are checked by ChangeEvent's own policy.
	sys := viewer.System(ctx)
	if err := client.ChangeFeedHead.Create().SetID(providerID).SetLastSeq(0).
		OnConflictColumns(changefeedhead.FieldID).Ignore().Exec(sys); err != nil {
		return 0, fmt.Errorf("changefeed: head of %s: %w", providerID, err)
	}
	h, err := client.ChangeFeedHead.UpdateOneID(providerID).AddLastSeq(n).Save(sys)
	if err != nil {
		return 0, fmt.Errorf("changefeed: number in %s: %w", providerID, err)
	}
	return h.LastSeq, nil
}

// Codes of expected failures.
const (
	// CodeInvalidCursor: the cursor is not one this feed gave out.
	CodeInvalidCursor apperr.UserCode = "INVALID_CURSOR"
	// CodeCursorAhead: the cursor lies beyond the end of the feed.
	CodeCursorAhead apperr.UserCode = "CURSOR_AHEAD"
)

// ActionAcknowledged is the audit action of an acknowledgement (R27).
const ActionAcknowledged audit.Action = "CHANGES_ACKNOWLEDGED"

// MaxPage is the most entries one read returns; DefaultPage when the caller says none.
const (
	MaxPage     = 500
	DefaultPage = 100
)

// cursorPrefix versions the cursor's encoding.
const cursorPrefix = "wpc1:"

// Cursor is the opaque form of a position in a provider's feed.
func Cursor(seq int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.FormatInt(seq, 10)))
}

// ParseCursor reads a cursor; "" is the start of the feed.
func ParseCursor(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		if rest, ok := strings.CutPrefix(string(raw), cursorPrefix); ok {
			if n, err := strconv.ParseInt(rest, 10, 64); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, apperr.User(CodeInvalidCursor, "not a cursor of this feed", "cursor")
}

// Service reads and acknowledges the feed.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

// Entry is one change as the feed shows it.
type Entry struct {
	Cursor       string
	Kind         Kind
	EmployerID   string
	PersonID     string
	PersonKey    string // payroll's key of the person, when known (R18)
	EmploymentID string
	SubjectType  string
	SubjectID    string
	Data         map[string]string
	OccurredAt   time.Time
}

// Page is one read of the feed.
type Page struct {
	Entries []Entry
	// Cursor is where the next read starts: the last entry's cursor, or the cursor read
	// from when there were none.
	Cursor string
	// HasMore says more entries follow at once.
	HasMore bool
	// Acknowledged is the calling API client's acknowledged position ("" for staff).
	Acknowledged string
}

// Since returns up to first entries after cursor, in order, within the caller's tenant
// (an employer-level client sees its employer's only). Without a cursor an API client
// reads on from what it acknowledged; staff from the start. Needs MANAGE_PAYROLL_DATA.
func (s *Service) Since(ctx context.Context, cursor *string, first int) (*Page, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return nil, err
	}
	if first <= 0 {
		first = DefaultPage
	}
	if first > MaxPage {
		return nil, apperr.BadRequestf("first is at most %d", MaxPage)
	}
	var acked int64
	if v.Kind == viewer.KindAPIClient {
		if acked, err = s.acknowledged(ctx, v); err != nil {
			return nil, err
		}
	}
	from := acked
	if cursor != nil {
		if from, err = ParseCursor(*cursor); err != nil {
			return nil, err
		}
	}
	rows, err := s.Client.ChangeEvent.Query().Where(changeevent.SeqGT(from)).
		Order(ent.Asc(changeevent.FieldSeq)).Limit(first + 1).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("changefeed: read: %w", err)
	}
	p := &Page{Cursor: Cursor(from), HasMore: len(rows) > first}
	if v.Kind == viewer.KindAPIClient {
		p.Acknowledged = Cursor(acked)
	}
	if p.HasMore {
		rows = rows[:first]
	}
	keys, err := s.personKeys(ctx, rows)
	if err != nil {
		return nil, err
	}
	p.Entries = make([]Entry, len(rows))
	for i, r := range rows {
		p.Entries[i] = Entry{
			Cursor: Cursor(r.Seq), Kind: Kind(r.Kind), EmployerID: r.EmployerID, PersonID: r.PersonID, PersonKey: keys[r.PersonID],
			EmploymentID: deref(r.EmploymentID), SubjectType: r.SubjectType, SubjectID: r.SubjectID,
			Data: r.Data, OccurredAt: r.OccurredAt,
		}
		p.Cursor = p.Entries[i].Cursor
	}
	return p, nil
}

// personKeys returns payroll's keys of the entries' persons.
func (s *Service) personKeys(ctx context.Context, rows []*ent.ChangeEvent) (map[string]string, error) {
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.PersonID)
	}
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	// The feed is payroll's: the privacy rules let a holder of MANAGE_PAYROLL_DATA read
	// the persons it publishes to within its own tenant (rule.StaffNeedsRightToRead).
	ps, err := s.Client.Person.Query().Where(person.IDIn(ids...)).
		Select(person.FieldID, person.FieldPayrollKey).All(viewer.Publishing(ctx))
	if err != nil {
		return nil, fmt.Errorf("changefeed: person keys: %w", err)
	}
	for _, p := range ps {
		if p.PayrollKey != nil {
			out[p.ID] = *p.PayrollKey
		}
	}
	return out, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// acknowledged is the calling client's acknowledged number.
func (s *Service) acknowledged(ctx context.Context, v *viewer.Principal) (int64, error) {
	// As the system: the acknowledgement row belongs to the calling API client itself,
	// keyed by its own ID from its session; no tenant rule fits a per-principal row.
	a, err := s.Client.ChangeFeedAck.Query().Where(changefeedack.ID(v.ID)).Only(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("changefeed: acknowledged: %w", err)
	}
	return a.AcknowledgedSeq, nil
}

// Acknowledge records that the calling API client took over every change up to cursor.
// Acknowledging is per client, never goes back (an older cursor changes nothing), and
// a cursor beyond the end of the feed is refused. Needs MANAGE_PAYROLL_DATA; only API
// clients acknowledge.
func (s *Service) Acknowledge(ctx context.Context, cursor string) (string, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return "", err
	}
	if v.Kind != viewer.KindAPIClient {
		return "", apperr.Forbiddenf("only an API client acknowledges the change feed")
	}
	seq, err := ParseCursor(cursor)
	if err != nil {
		return "", err
	}
	now := s.now()
	var out int64
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if seq > 0 {
			// The entry itself must be one the client can see: a number of its own
			// provider's feed that exists.
			head, err := c.ChangeEvent.Query().Order(ent.Desc(changeevent.FieldSeq)).First(ctx)
			if ent.IsNotFound(err) || (err == nil && head.Seq < seq) {
				return apperr.User(CodeCursorAhead, "the cursor lies beyond the end of the feed", "cursor")
			}
			if err != nil {
				return fmt.Errorf("changefeed: head: %w", err)
			}
		}
		// As the system: the acknowledgement row of the calling API client itself (see
		// acknowledged).
		sys := viewer.System(ctx)
		if err := c.ChangeFeedAck.Create().SetID(v.ID).SetProviderID(v.ProviderID).
			SetAcknowledgedSeq(0).SetAcknowledgedAt(now).
			OnConflictColumns(changefeedack.FieldID).Ignore().Exec(sys); err != nil {
			return fmt.Errorf("changefeed: acknowledgement of %s: %w", v.ID, err)
		}
		cur, err := c.ChangeFeedAck.Query().Where(changefeedack.ID(v.ID)).Modify(store.ForUpdate).Only(sys)
		if err != nil {
			return fmt.Errorf("changefeed: acknowledgement of %s: %w", v.ID, err)
		}
		out = cur.AcknowledgedSeq
		if seq <= cur.AcknowledgedSeq {
			return nil // already acknowledged: nothing changes, nothing is recorded
		}
		if err := c.ChangeFeedAck.UpdateOneID(v.ID).SetAcknowledgedSeq(seq).SetAcknowledgedAt(now).Exec(sys); err != nil {
			return fmt.Errorf("changefeed: acknowledge: %w", err)
		}
		out = seq
		ev := audit.Event{At: now, Action: ActionAcknowledged, ProviderID: v.ProviderID,
			TargetType: "ApiClient", TargetID: v.ID,
			Details: map[string]string{"from": strconv.FormatInt(cur.AcknowledgedSeq, 10), "to": strconv.FormatInt(seq, 10)}}
		if v.EmployerID != "" {
			ev.EmployerID = v.EmployerID
		}
		return audit.Record(ctx, c, ev)
	})
	if err != nil {
		return "", err
	}
	return Cursor(out), nil
}
