// Package payrollsync keeps employers, persons and employments in step with payroll
// (R45): payroll stays their source, and integrators (or staff importing a CSV file)
// send batches of up to MaxBatch rows that are upserted by their keys — the
// administration number for employers, the employee number for employments, and the
// person key for the person behind them (R18: a person with several employments at
// the employer is one person). Every row gets its own result (created, updated,
// unchanged, or an error with its code and field). Each row group (an employer; a
// person with its employments) is written on its own — a transaction per employer, a
// savepoint per person within the batch's one transaction — so one bad row never
// loses the others.
// Sending the same batch twice writes nothing the second time, not even an audit
// event. Nothing is deleted: a person missing from a batch stays, and an employment
// ends only by its end date (R8).
package payrollsync

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/workpattern"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// MaxBatch is the most rows one call takes.
const MaxBatch = 1000

// Status is the outcome of one row.
type Status string

// The outcomes of a row.
const (
	Created   Status = "CREATED"
	Updated   Status = "UPDATED"
	Unchanged Status = "UNCHANGED"
	Failed    Status = "ERROR"
)

// Notice is something the sender should know about a row that was applied.
type Notice string

// NoticePendingInvitation: the person's e-mail changed while an invitation to the
// portal is pending; the invitation stays valid at the old address until staff send
// it again (R2, R3).
const NoticePendingInvitation Notice = "PENDING_INVITATION_OLD_EMAIL"

// Codes of expected failures, of the whole batch or of one row.
const (
	CodeBatchTooLarge      apperr.UserCode = "SYNC_BATCH_TOO_LARGE"
	CodeInvalidInput       apperr.UserCode = "INVALID_INPUT"
	CodeInvalidEmail                       = access.CodeInvalidEmail
	CodeDuplicateInBatch   apperr.UserCode = "DUPLICATE_IN_BATCH"
	CodePersonDataConflict apperr.UserCode = "PERSON_DATA_CONFLICT"
	CodePersonKeyMismatch  apperr.UserCode = "PERSON_KEY_MISMATCH"
	CodeEndBeforeStart     apperr.UserCode = "END_BEFORE_START"
	CodeInvalidWorkPattern apperr.UserCode = leave.CodeInvalidWorkPattern
	CodeRightNotHeld       apperr.UserCode = "RIGHT_NOT_HELD"
	CodeConcurrentChange   apperr.UserCode = "SYNC_CONCURRENT_CHANGE"
)

// Audit actions (R27).
const (
	ActionEmployerCreated   audit.Action = "PAYROLL_EMPLOYER_CREATED"
	ActionEmployerUpdated   audit.Action = "PAYROLL_EMPLOYER_UPDATED"
	ActionPersonCreated     audit.Action = "PAYROLL_PERSON_CREATED"
	ActionPersonUpdated     audit.Action = "PAYROLL_PERSON_UPDATED"
	ActionEmploymentCreated audit.Action = "PAYROLL_EMPLOYMENT_CREATED"
	ActionEmploymentUpdated audit.Action = "PAYROLL_EMPLOYMENT_UPDATED"
)

// Service upserts payroll's batches.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	// Leave sets the work patterns that rows carry (R29).
	Leave *leave.Service
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

// rowError is a row's failure; Field is relative to the row.
func rowError(code apperr.UserCode, msg string, field ...string) *apperr.UserError {
	return apperr.User(code, msg, field...)
}

// --- text checks ---------------------------------------------------------------

var spaces = regexp.MustCompile(`\s+`)

// clean trims and folds runs of white space into one space.
func clean(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// text checks a cleaned value against its bounds.
func text(v, field string, required bool, max int) (string, *apperr.UserError) {
	v = clean(v)
	if required && v == "" {
		return "", rowError(CodeInvalidInput, field+" is required", field)
	}
	if utf8.RuneCountInString(v) > max {
		return "", rowError(CodeInvalidInput, fmt.Sprintf("%s has at most %d characters", field, max), field)
	}
	if strings.ContainsFunc(v, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", rowError(CodeInvalidInput, field+" contains control characters", field)
	}
	return v, nil
}

var dutchPostalCode = regexp.MustCompile(`^([1-9][0-9]{3}) ?([A-Za-z]{2})$`)

// postalCode writes a Dutch postal code as 1234 AB; a foreign one stays as sent.
func postalCode(v string) string {
	if m := dutchPostalCode.FindStringSubmatch(v); m != nil {
		return m[1] + " " + strings.ToUpper(m[2])
	}
	return v
}

var phoneChars = regexp.MustCompile(`^\+?[0-9 ()\-.]{6,30}$`)

// --- employers -------------------------------------------------------------------

// EmployerRow is one employer as payroll sends it.
type EmployerRow struct {
	AdministrationNumber string
	Name                 string
	Street               string
	PostalCode           string
	City                 string
}

// EmployerResult is the outcome of one employer row.
type EmployerResult struct {
	Index                int
	AdministrationNumber string
	Status               Status
	EmployerID           string
	Changed              []string
	Error                *apperr.UserError
}

// SyncEmployers upserts the provider's employers by administration number. Only
// provider-level staff and integrators with MANAGE_PAYROLL_DATA sync employers.
func (s *Service) SyncEmployers(ctx context.Context, rows []EmployerRow) ([]EmployerResult, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return nil, err
	}
	if v.Scope != viewer.ScopeProvider && v.Kind != viewer.KindSystem {
		return nil, apperr.Forbiddenf("only the provider syncs employers")
	}
	if len(rows) > MaxBatch {
		return nil, apperr.User(CodeBatchTooLarge, fmt.Sprintf("at most %d employers a batch", MaxBatch), "employers")
	}
	out := make([]EmployerResult, len(rows))
	clean := make([]EmployerRow, len(rows))
	seen := map[string]int{}
	var numbers []string
	for i, r := range rows {
		out[i] = EmployerResult{Index: i, AdministrationNumber: strings.TrimSpace(r.AdministrationNumber)}
		c, ue := checkEmployer(r)
		if ue == nil {
			if j, dup := seen[c.AdministrationNumber]; dup {
				ue = rowError(CodeDuplicateInBatch, "the administration number is in the batch more than once", "administrationNumber")
				if out[j].Error == nil {
					out[j].Status, out[j].Error = Failed, ue
				}
			}
			seen[c.AdministrationNumber] = i
		}
		if ue != nil {
			out[i].Status, out[i].Error = Failed, ue
			continue
		}
		clean[i] = c
		numbers = append(numbers, c.AdministrationNumber)
	}
	existing := map[string]*ent.Employer{}
	for chunk := range slices.Chunk(numbers, 500) {
		es, err := s.Client.Employer.Query().Where(employer.AdministrationNumberIn(chunk...)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("payrollsync: employers: %w", err)
		}
		for _, e := range es {
			existing[e.AdministrationNumber] = e
		}
	}
	now := s.now()
	for i := range rows {
		if out[i].Status == Failed {
			continue
		}
		c, cur := clean[i], existing[clean[i].AdministrationNumber]
		var changed []string
		if cur != nil {
			changed = diff(
				field("name", cur.Name, c.Name), field("street", cur.Street, c.Street),
				field("postalCode", cur.PostalCode, c.PostalCode), field("city", cur.City, c.City))
			out[i].EmployerID = cur.ID
			if len(changed) == 0 {
				out[i].Status = Unchanged
				continue
			}
		}
		err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
			tc := tx.Client()
			if cur == nil {
				e, err := tc.Employer.Create().SetProviderID(v.ProviderID).SetAdministrationNumber(c.AdministrationNumber).
					SetName(c.Name).SetNameKey(strings.ToLower(c.Name)).SetStreet(c.Street).SetPostalCode(c.PostalCode).
					SetCity(c.City).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
				if err != nil {
					return err
				}
				out[i].EmployerID, out[i].Status = e.ID, Created
				return audit.Record(ctx, tc, audit.Event{At: now, Action: ActionEmployerCreated, ProviderID: v.ProviderID,
					EmployerID: e.ID, TargetType: "Employer", TargetID: e.ID,
					Details: map[string]string{"administrationNumber": c.AdministrationNumber}})
			}
			if err := tc.Employer.UpdateOneID(cur.ID).SetName(c.Name).SetNameKey(strings.ToLower(c.Name)).
				SetStreet(c.Street).SetPostalCode(c.PostalCode).SetCity(c.City).SetUpdatedAt(now).Exec(ctx); err != nil {
				return err
			}
			out[i].Status, out[i].Changed = Updated, changed
			return audit.Record(ctx, tc, audit.Event{At: now, Action: ActionEmployerUpdated, ProviderID: v.ProviderID,
				EmployerID: cur.ID, TargetType: "Employer", TargetID: cur.ID,
				Details: map[string]string{"administrationNumber": c.AdministrationNumber, "fields": strings.Join(changed, ",")}})
		})
		if err != nil {
			if ue := conflict(err); ue != nil {
				out[i].Status, out[i].Error, out[i].Changed = Failed, ue, nil
				continue
			}
			return nil, err
		}
	}
	return out, nil
}

func checkEmployer(r EmployerRow) (EmployerRow, *apperr.UserError) {
	var c EmployerRow
	var ue *apperr.UserError
	if c.AdministrationNumber, ue = text(r.AdministrationNumber, "administrationNumber", true, 20); ue != nil {
		return c, ue
	}
	if c.Name, ue = text(r.Name, "name", true, 200); ue != nil {
		return c, ue
	}
	if c.Street, ue = text(r.Street, "street", false, 200); ue != nil {
		return c, ue
	}
	if c.PostalCode, ue = text(r.PostalCode, "postalCode", false, 10); ue != nil {
		return c, ue
	}
	c.PostalCode = postalCode(c.PostalCode)
	if c.City, ue = text(r.City, "city", false, 100); ue != nil {
		return c, ue
	}
	return c, nil
}

// conflict turns a unique-index failure (a concurrent sync of the same key) into the
// row's error; other errors are not the row's.
func conflict(err error) *apperr.UserError {
	if ue, ok := apperr.AsUser(err); ok {
		return ue
	}
	if ent.IsConstraintError(err) && sqlgraph.IsUniqueConstraintError(err) {
		return rowError(CodeConcurrentChange, "another change of the same key came first; send the row again")
	}
	return nil
}

type change struct {
	name     string
	from, to string
}

func field(name, from, to string) change { return change{name, from, to} }

func diff(cs ...change) []string {
	var out []string
	for _, c := range cs {
		if c.from != c.to {
			out = append(out, c.name)
		}
	}
	return out
}

// --- employees -------------------------------------------------------------------

// Employee is one employment with its person as payroll sends it. Every field is
// payroll's whole truth: an empty optional value clears what the portal has, except
// WorkPattern, where nil means "not known" and changes nothing.
type Employee struct {
	EmployeeNumber int
	PersonKey      string
	Initials       string
	FirstName      string
	LastNamePrefix string
	LastName       string
	BirthDate      date.Date
	Email          string
	Phone          string
	Street         string
	PostalCode     string
	City           string
	StartDate      date.Date
	EndDate        *date.Date
	JobTitle       string
	WorkPattern    *leave.Pattern
}

// EmployeeResult is the outcome of one employee row.
type EmployeeResult struct {
	Index          int
	EmployeeNumber int
	Status         Status
	PersonID       string
	EmploymentID   string
	// Changed names the fields that changed (person fields appear in every row of the
	// person).
	Changed []string
	Notices []Notice
	Error   *apperr.UserError
}

// Options change how a batch is handled.
type Options struct {
	// DryRun computes every row's result without writing anything: the preview of the
	// CSV import.
	DryRun bool
}

// personFields is the person half of a row, compared across the rows of one person.
type personFields struct {
	Initials, FirstName, LastNamePrefix, LastName string
	BirthDate                                     date.Date
	Email, Phone, Street, PostalCode, City        string
}

func (e *Employee) person() personFields {
	return personFields{e.Initials, e.FirstName, e.LastNamePrefix, e.LastName, e.BirthDate,
		e.Email, e.Phone, e.Street, e.PostalCode, e.City}
}

// firstDifference names the first field in which a and b differ.
func firstDifference(a, b personFields) string {
	for _, c := range []change{
		field("initials", a.Initials, b.Initials), field("firstName", a.FirstName, b.FirstName),
		field("lastNamePrefix", a.LastNamePrefix, b.LastNamePrefix), field("lastName", a.LastName, b.LastName),
		field("birthDate", a.BirthDate.String(), b.BirthDate.String()), field("email", a.Email, b.Email),
		field("phone", a.Phone, b.Phone), field("street", a.Street, b.Street),
		field("postalCode", a.PostalCode, b.PostalCode), field("city", a.City, b.City),
	} {
		if c.from != c.to {
			return c.name
		}
	}
	return ""
}

func (s *Service) checkEmployee(r Employee, today date.Date, mayPattern bool) (Employee, *apperr.UserError) {
	c := r
	var ue *apperr.UserError
	if r.EmployeeNumber <= 0 {
		return c, rowError(CodeInvalidInput, "employeeNumber is a positive number", "employeeNumber")
	}
	if c.PersonKey, ue = text(r.PersonKey, "personKey", true, 40); ue != nil {
		return c, ue
	}
	for _, f := range []struct {
		dst      *string
		src      string
		name     string
		required bool
		max      int
	}{
		{&c.Initials, r.Initials, "initials", false, 20},
		{&c.FirstName, r.FirstName, "firstName", true, 100},
		{&c.LastNamePrefix, r.LastNamePrefix, "lastNamePrefix", false, 20},
		{&c.LastName, r.LastName, "lastName", true, 100},
		{&c.Phone, r.Phone, "phone", false, 30},
		{&c.Street, r.Street, "street", false, 200},
		{&c.PostalCode, r.PostalCode, "postalCode", false, 10},
		{&c.City, r.City, "city", false, 100},
		{&c.JobTitle, r.JobTitle, "jobTitle", false, 100},
	} {
		if *f.dst, ue = text(f.src, f.name, f.required, f.max); ue != nil {
			return c, ue
		}
	}
	c.PostalCode = postalCode(c.PostalCode)
	if c.Phone != "" && !phoneChars.MatchString(c.Phone) {
		return c, rowError(CodeInvalidInput, "phone is a phone number of digits, spaces, + ( ) - .", "phone")
	}
	if r.BirthDate.IsZero() {
		return c, rowError(CodeInvalidInput, "birthDate is required", "birthDate")
	}
	if r.BirthDate.After(today) || r.BirthDate.Year < 1900 {
		return c, rowError(CodeInvalidInput, "birthDate lies between 1900 and today", "birthDate")
	}
	if e := strings.TrimSpace(r.Email); e != "" {
		addr, err := access.NormalizeEmail(e)
		if err != nil {
			return c, rowError(CodeInvalidEmail, "not a valid e-mail address", "email")
		}
		c.Email = addr
	} else {
		c.Email = ""
	}
	if r.StartDate.IsZero() {
		return c, rowError(CodeInvalidInput, "startDate is required", "startDate")
	}
	if r.StartDate.Before(r.BirthDate) {
		return c, rowError(CodeInvalidInput, "startDate lies after the birth date", "startDate")
	}
	if r.EndDate != nil && r.EndDate.IsZero() {
		c.EndDate = nil
	}
	if c.EndDate != nil && c.EndDate.Before(r.StartDate) {
		return c, rowError(CodeEndBeforeStart, "endDate is not before startDate", "endDate")
	}
	if r.WorkPattern != nil {
		if !mayPattern {
			return c, rowError(CodeRightNotHeld, "setting a work pattern needs the right MANAGE_HR_SETTINGS", "workPattern")
		}
		p := *r.WorkPattern
		if err := p.Validate(); err != nil {
			if pe, ok := apperr.AsUser(err); ok {
				return c, rowError(CodeInvalidWorkPattern, pe.Message, append([]string{"workPattern"}, pe.Field...)...)
			}
			return c, rowError(CodeInvalidWorkPattern, err.Error(), "workPattern")
		}
		if len(p.Weeks) == 1 {
			p.Anchor = date.Date{}
		}
		c.WorkPattern = &p
	}
	return c, nil
}

// loadEmployer reads an employer the caller may see; another tenant's employer is not
// found, exactly like one that does not exist.
func loadEmployer(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Query().Where(employer.ID(id)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("payrollsync: employer %s: %w", id, err)
	}
	return e, nil
}

// group is the rows of one person key.
type group struct {
	key  string
	rows []int
}

// SyncEmployees upserts employments and their persons at one employer. Staff and
// integrators need MANAGE_PAYROLL_DATA; a work pattern in a row also needs
// MANAGE_HR_SETTINGS. An employer outside the caller's scope is NOT_FOUND.
func (s *Service) SyncEmployees(ctx context.Context, employerID string, rows []Employee, opt Options) ([]EmployeeResult, error) {
	v, err := viewer.Require(ctx, viewer.ManagePayrollData)
	if err != nil {
		return nil, err
	}
	if len(rows) > MaxBatch {
		return nil, apperr.User(CodeBatchTooLarge, fmt.Sprintf("at most %d employees a batch", MaxBatch), "employees")
	}
	emp, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	// Payroll writes to persons and employments its staff may not list: the privacy
	// rules let a publisher read them within its own tenant (rule.StaffNeedsRightToRead).
	ctx = viewer.Publishing(ctx)
	now := s.now()
	today := clock.Today(clockOf(s.Clock))
	mayPattern := v.Has(viewer.ManageHRSettings)

	out := make([]EmployeeResult, len(rows))
	clean := make([]Employee, len(rows))
	byNumber := map[int]int{}
	for i, r := range rows {
		out[i] = EmployeeResult{Index: i, EmployeeNumber: r.EmployeeNumber}
		c, ue := s.checkEmployee(r, today, mayPattern)
		if ue == nil {
			if j, dup := byNumber[c.EmployeeNumber]; dup {
				ue = rowError(CodeDuplicateInBatch, "the employee number is in the batch more than once", "employeeNumber")
				if out[j].Error == nil {
					out[j].Status, out[j].Error = Failed, ue
				}
			}
			byNumber[c.EmployeeNumber] = i
		}
		if ue != nil {
			out[i].Status, out[i].Error = Failed, ue
			continue
		}
		clean[i] = c
	}
	// Group the good rows by person key, in the order of their first row; the rows of
	// one person must agree on the person's data.
	var groups []*group
	index := map[string]*group{}
	for i := range rows {
		if out[i].Status == Failed {
			continue
		}
		g := index[clean[i].PersonKey]
		if g == nil {
			g = &group{key: clean[i].PersonKey}
			index[g.key] = g
			groups = append(groups, g)
		}
		g.rows = append(g.rows, i)
	}
	for _, g := range groups {
		first := clean[g.rows[0]].person()
		for _, i := range g.rows[1:] {
			if f := firstDifference(first, clean[i].person()); f != "" {
				ue := rowError(CodePersonDataConflict, "the rows of one person key disagree on "+f, f)
				for _, j := range g.rows {
					if out[j].Error == nil {
						out[j].Status, out[j].Error = Failed, ue
					}
				}
				break
			}
		}
	}

	st, err := s.preload(ctx, emp.ID, clean, out)
	if err != nil {
		return nil, err
	}
	var writes []*groupPlan
	for _, g := range groups {
		if out[g.rows[0]].Status == Failed {
			continue
		}
		p, ue := s.plan(g, clean, st)
		if ue != nil {
			for _, i := range g.rows {
				out[i].Status, out[i].Error = Failed, ue
			}
			continue
		}
		if opt.DryRun || p.empty() {
			p.report(out, clean, "", nil)
			continue
		}
		writes = append(writes, p)
	}
	if len(writes) == 0 {
		return out, nil
	}
	// One transaction for the batch, a savepoint per person with its rows: a row group
	// that fails (a concurrent sync of the same key) is rolled back to its savepoint and
	// reported, the others commit together — one commit instead of one per person.
	type written struct {
		p        *groupPlan
		personID string
		ids      map[int]string
	}
	var done []written
	// New persons with only new employments — a first sync is nearly all of them — are
	// written together, a few statements per batch rather than five per person, under
	// one savepoint; should that fail on a key a concurrent sync took, it is rolled back
	// and they go one by one like the rest, so that only the group of that key fails.
	var fresh, rest []*groupPlan
	for _, p := range writes {
		if p.allNew() {
			fresh = append(fresh, p)
		} else {
			rest = append(rest, p)
		}
	}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		tc := tx.Client()
		writes := rest
		if len(fresh) > 0 {
			if _, err := tc.ExecContext(ctx, "SAVEPOINT sync_new"); err != nil {
				return fmt.Errorf("payrollsync: savepoint: %w", err)
			}
			personIDs, ids, err := s.applyNew(ctx, tc, emp, fresh, clean, now)
			switch {
			case err != nil && conflict(err) == nil:
				return err
			case err != nil:
				if _, err := tc.ExecContext(ctx, "ROLLBACK TO SAVEPOINT sync_new"); err != nil {
					return fmt.Errorf("payrollsync: rollback to savepoint: %w", err)
				}
				writes = append(fresh, rest...)
			default:
				if _, err := tc.ExecContext(ctx, "RELEASE SAVEPOINT sync_new"); err != nil {
					return fmt.Errorf("payrollsync: release savepoint: %w", err)
				}
				for k, p := range fresh {
					done = append(done, written{p, personIDs[k], ids[k]})
				}
			}
		}
		for _, p := range writes {
			if _, err := tc.ExecContext(ctx, "SAVEPOINT sync_group"); err != nil {
				return fmt.Errorf("payrollsync: savepoint: %w", err)
			}
			personID, ids, err := s.apply(ctx, tc, emp, p, clean, now)
			if err != nil {
				ue := conflict(err)
				if ue == nil {
					return err
				}
				if _, err := tc.ExecContext(ctx, "ROLLBACK TO SAVEPOINT sync_group"); err != nil {
					return fmt.Errorf("payrollsync: rollback to savepoint: %w", err)
				}
				for _, i := range p.group.rows {
					out[i].Status, out[i].Error = Failed, ue
				}
				continue
			}
			if _, err := tc.ExecContext(ctx, "RELEASE SAVEPOINT sync_group"); err != nil {
				return fmt.Errorf("payrollsync: release savepoint: %w", err)
			}
			done = append(done, written{p, personID, ids})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range done {
		// The work patterns go through server/leave's own service and transaction,
		// after the rows they belong to exist (R29). They were checked before anything
		// was written, so a failure here is one the check could not foresee.
		patternErr := map[int]*apperr.UserError{}
		for _, i := range w.p.group.rows {
			if !w.p.rows[i].pattern {
				continue
			}
			if _, err := s.Leave.SetWorkPattern(ctx, w.ids[i], *clean[i].WorkPattern, leave.SourceSync); err != nil {
				ue, ok := apperr.AsUser(err)
				if !ok {
					return nil, fmt.Errorf("payrollsync: work pattern of %d: %w", clean[i].EmployeeNumber, err)
				}
				patternErr[i] = rowError(CodeInvalidWorkPattern, ue.Message, append([]string{"workPattern"}, ue.Field...)...)
			}
		}
		w.p.report(out, clean, w.personID, w.ids)
		for i, ue := range patternErr {
			out[i].Status, out[i].Error = Failed, ue
		}
	}
	return out, nil
}

func clockOf(c clock.Clock) clock.Clock {
	if c == nil {
		return clock.System{}
	}
	return c
}

// state is what the batch's keys find in the database.
type state struct {
	jobs     map[int]*ent.Employment // by employee number, with the person
	persons  map[string]*ent.Person  // by payroll key
	patterns map[string]*ent.WorkPattern
	pending  map[string]bool // person IDs with a pending invitation
	now      time.Time
}

func (s *Service) preload(ctx context.Context, employerID string, rows []Employee, out []EmployeeResult) (*state, error) {
	st := &state{jobs: map[int]*ent.Employment{}, persons: map[string]*ent.Person{},
		patterns: map[string]*ent.WorkPattern{}, pending: map[string]bool{}, now: s.now()}
	var numbers []int
	var keys []string
	for i, r := range rows {
		if out[i].Status != Failed {
			numbers = append(numbers, r.EmployeeNumber)
			keys = append(keys, r.PersonKey)
		}
	}
	var personIDs, jobIDs []string
	for chunk := range slices.Chunk(numbers, 500) {
		js, err := s.Client.Employment.Query().
			Where(employment.EmployerID(employerID), employment.EmployeeNumberIn(chunk...)).
			WithPerson().All(ctx)
		if err != nil {
			return nil, fmt.Errorf("payrollsync: employments: %w", err)
		}
		for _, j := range js {
			st.jobs[j.EmployeeNumber] = j
			personIDs = append(personIDs, j.PersonID)
			jobIDs = append(jobIDs, j.ID)
		}
	}
	for chunk := range slices.Chunk(keys, 500) {
		ps, err := s.Client.Person.Query().
			Where(person.EmployerID(employerID), person.PayrollKeyIn(chunk...)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("payrollsync: persons: %w", err)
		}
		for _, p := range ps {
			st.persons[*p.PayrollKey] = p
			personIDs = append(personIDs, p.ID)
		}
	}
	for chunk := range slices.Chunk(jobIDs, 500) {
		// As the system: the work patterns of employments just read within the caller's
		// tenant, only to tell whether a row's pattern differs; nothing of them is shown.
		ws, err := s.Client.WorkPattern.Query().Where(workpattern.EmploymentIDIn(chunk...)).All(viewer.System(ctx))
		if err != nil {
			return nil, fmt.Errorf("payrollsync: work patterns: %w", err)
		}
		for _, w := range ws {
			st.patterns[w.EmploymentID] = w
		}
	}
	for chunk := range slices.Chunk(personIDs, 500) {
		inv, err := s.Client.Invitation.Query().Where(invitation.PersonIDIn(chunk...),
			invitation.StateEQ(invitation.StatePENDING), invitation.ExpiresAtGT(st.now)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("payrollsync: invitations: %w", err)
		}
		for _, x := range inv {
			st.pending[x.PersonID] = true
		}
	}
	return st, nil
}

// rowPlan is what one row changes.
type rowPlan struct {
	job     *ent.Employment // nil: create
	changed []string        // employment fields
	pattern bool            // the work pattern is set
}

// groupPlan is what one person's rows change.
type groupPlan struct {
	group         *group
	person        *ent.Person // nil: create
	setKey        bool        // an existing person gets its payroll key
	personChanged []string
	notices       []Notice
	rows          map[int]*rowPlan
}

func (p *groupPlan) empty() bool {
	if p.person == nil || p.setKey || len(p.personChanged) > 0 {
		return false
	}
	for _, r := range p.rows {
		if r.job == nil || len(r.changed) > 0 || r.pattern {
			return false
		}
	}
	return true
}

// report fills the results of the plan's rows; ids are the employments written (nil
// when nothing was written).
func (p *groupPlan) report(out []EmployeeResult, rows []Employee, personID string, ids map[int]string) {
	if p.person != nil {
		personID = p.person.ID
	}
	for _, i := range p.group.rows {
		r := p.rows[i]
		res := &out[i]
		res.PersonID = personID
		res.Notices = p.notices
		if r.job == nil {
			res.Status = Created
			res.EmploymentID = ids[i]
		} else {
			res.EmploymentID = r.job.ID
			res.Changed = append(slices.Clone(p.personChanged), r.changed...)
			if r.pattern {
				res.Changed = append(res.Changed, "workPattern")
			}
			if p.setKey {
				res.Changed = append([]string{"personKey"}, res.Changed...)
			}
			res.Status = Unchanged
			if len(res.Changed) > 0 {
				res.Status = Updated
			}
		}
	}
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func endString(d *date.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

// plan works out what a group changes, from the state read before.
func (s *Service) plan(g *group, rows []Employee, st *state) (*groupPlan, *apperr.UserError) {
	p := &groupPlan{group: g, rows: map[int]*rowPlan{}, person: st.persons[g.key]}
	for _, i := range g.rows {
		r := rows[i]
		rp := &rowPlan{job: st.jobs[r.EmployeeNumber]}
		p.rows[i] = rp
		if rp.job == nil {
			if r.WorkPattern != nil {
				rp.pattern = true
			}
			continue
		}
		owner := rp.job.Edges.Person
		switch {
		case owner.PayrollKey != nil && *owner.PayrollKey != g.key:
			return nil, rowError(CodePersonKeyMismatch, "the employment belongs to a person with another person key", "personKey")
		case p.person != nil && p.person.ID != owner.ID:
			return nil, rowError(CodePersonKeyMismatch, "the person key belongs to another person than the employment's", "personKey")
		case p.person == nil:
			p.person, p.setKey = owner, true
		}
		rp.changed = diff(
			field("startDate", rp.job.StartDate.String(), r.StartDate.String()),
			field("endDate", endString(rp.job.EndDate), endString(r.EndDate)),
			field("jobTitle", rp.job.JobTitle, r.JobTitle))
		if r.WorkPattern != nil {
			cur := st.patterns[rp.job.ID]
			rp.pattern = cur == nil || !samePattern(cur, *r.WorkPattern)
		}
	}
	if p.person != nil {
		f := rows[g.rows[0]]
		cur := p.person
		p.personChanged = diff(
			field("initials", cur.Initials, f.Initials), field("firstName", cur.FirstName, f.FirstName),
			field("lastNamePrefix", cur.LastNamePrefix, f.LastNamePrefix), field("lastName", cur.LastName, f.LastName),
			field("birthDate", cur.BirthDate.String(), f.BirthDate.String()), field("email", str(cur.Email), f.Email),
			field("phone", str(cur.Phone), f.Phone), field("street", cur.Street, f.Street),
			field("postalCode", cur.PostalCode, f.PostalCode), field("city", cur.City, f.City))
		if slices.Contains(p.personChanged, "email") && st.pending[cur.ID] {
			p.notices = []Notice{NoticePendingInvitation}
		}
	}
	return p, nil
}

func samePattern(cur *ent.WorkPattern, p leave.Pattern) bool {
	if len(cur.Weeks) != len(p.Weeks) {
		return false
	}
	for i, w := range p.Weeks {
		if len(cur.Weeks[i]) != 7 {
			return false
		}
		for d, m := range w {
			if cur.Weeks[i][d] != int(m) {
				return false
			}
		}
	}
	var anchor date.Date
	if cur.WeekAStartsOn != nil {
		anchor = *cur.WeekAStartsOn
	}
	return len(p.Weeks) == 1 || anchor == p.Anchor
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// allNew reports whether the plan creates its person and every employment of it,
// and nothing else.
func (p *groupPlan) allNew() bool {
	if p.person != nil || len(p.notices) > 0 {
		return false
	}
	for _, r := range p.rows {
		if r.job != nil {
			return false
		}
	}
	return true
}

// bulkSize bounds the rows of one INSERT of applyNew.
const bulkSize = 500

// applyNew writes the plans of new persons (allNew) in the transaction of tc, in bulk,
// with the same rows and audit events as apply writes for each. It returns each plan's
// person ID and employment IDs by row.
func (s *Service) applyNew(ctx context.Context, tc *ent.Client, emp *ent.Employer, ps []*groupPlan, rows []Employee, now time.Time) ([]string, []map[int]string, error) {
	personIDs := make([]string, len(ps))
	ids := make([]map[int]string, len(ps))
	var (
		persons []*ent.PersonCreate
		jobs    []*ent.EmploymentCreate
		events  []audit.Event
	)
	for k, p := range ps {
		f := rows[p.group.rows[0]]
		personID := pid.New(pid.Person)
		personIDs[k] = personID
		persons = append(persons, tc.Person.Create().SetID(personID).SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetPayrollKey(p.group.key).SetInitials(f.Initials).SetFirstName(f.FirstName).
			SetLastNamePrefix(f.LastNamePrefix).SetLastName(f.LastName).SetBirthDate(f.BirthDate).
			SetNillableEmail(optional(f.Email)).SetNillablePhone(optional(f.Phone)).
			SetStreet(f.Street).SetPostalCode(f.PostalCode).SetCity(f.City).
			SetSearchKey(directory.SearchKey(f.FirstName, f.LastNamePrefix, f.LastName, f.Email)).
			SetCreatedAt(now).SetUpdatedAt(now))
		events = append(events, audit.Event{Action: ActionPersonCreated, PersonID: personID, TargetType: "Person", TargetID: personID,
			Details: map[string]string{"personKey": p.group.key}})
		ids[k] = map[int]string{}
		for _, i := range p.group.rows {
			r := rows[i]
			jobID := pid.New(pid.Employment)
			ids[k][i] = jobID
			jobs = append(jobs, tc.Employment.Create().SetID(jobID).SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
				SetPersonID(personID).SetEmployeeNumber(r.EmployeeNumber).SetStartDate(r.StartDate).
				SetNillableEndDate(r.EndDate).SetJobTitle(r.JobTitle).SetCreatedAt(now).SetUpdatedAt(now))
			events = append(events, audit.Event{Action: ActionEmploymentCreated, PersonID: personID,
				TargetType: "Employment", TargetID: jobID, Details: map[string]string{"employeeNumber": strconv.Itoa(r.EmployeeNumber)}})
		}
	}
	for chunk := range slices.Chunk(persons, bulkSize) {
		if err := tc.Person.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, nil, err
		}
	}
	for chunk := range slices.Chunk(jobs, bulkSize) {
		if err := tc.Employment.CreateBulk(chunk...).Exec(ctx); err != nil {
			return nil, nil, err
		}
	}
	for k := range events {
		events[k].At, events[k].ProviderID, events[k].EmployerID = now, emp.ProviderID, emp.ID
	}
	return personIDs, ids, audit.RecordMany(ctx, tc, events)
}

// apply writes a group's plan in the transaction of tc, with its audit events.
func (s *Service) apply(ctx context.Context, tc *ent.Client, emp *ent.Employer, p *groupPlan, rows []Employee, now time.Time) (string, map[int]string, error) {
	f := rows[p.group.rows[0]]
	key := directory.SearchKey(f.FirstName, f.LastNamePrefix, f.LastName, f.Email)
	var events []audit.Event
	personID := ""
	if p.person == nil {
		per, err := tc.Person.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetPayrollKey(p.group.key).SetInitials(f.Initials).SetFirstName(f.FirstName).
			SetLastNamePrefix(f.LastNamePrefix).SetLastName(f.LastName).SetBirthDate(f.BirthDate).
			SetNillableEmail(optional(f.Email)).SetNillablePhone(optional(f.Phone)).
			SetStreet(f.Street).SetPostalCode(f.PostalCode).SetCity(f.City).SetSearchKey(key).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return "", nil, err
		}
		personID = per.ID
		events = append(events, audit.Event{Action: ActionPersonCreated, PersonID: per.ID, TargetType: "Person", TargetID: per.ID,
			Details: map[string]string{"personKey": p.group.key}})
	} else {
		personID = p.person.ID
		if p.setKey || len(p.personChanged) > 0 {
			upd := tc.Person.UpdateOneID(p.person.ID).SetPayrollKey(p.group.key).SetInitials(f.Initials).
				SetFirstName(f.FirstName).SetLastNamePrefix(f.LastNamePrefix).SetLastName(f.LastName).
				SetBirthDate(f.BirthDate).SetStreet(f.Street).SetPostalCode(f.PostalCode).SetCity(f.City).
				SetSearchKey(key).SetUpdatedAt(now)
			if f.Email == "" {
				upd.ClearEmail()
			} else {
				upd.SetEmail(f.Email)
			}
			if f.Phone == "" {
				upd.ClearPhone()
			} else {
				upd.SetPhone(f.Phone)
			}
			if err := upd.Exec(ctx); err != nil {
				return "", nil, err
			}
			fields := slices.Clone(p.personChanged)
			if p.setKey {
				fields = append([]string{"personKey"}, fields...)
			}
			d := map[string]string{"personKey": p.group.key, "fields": strings.Join(fields, ",")}
			if len(p.notices) > 0 {
				d["pendingInvitation"] = "true"
			}
			events = append(events, audit.Event{Action: ActionPersonUpdated, PersonID: personID, TargetType: "Person",
				TargetID: personID, Details: d})
		}
	}
	ids := map[int]string{}
	for _, i := range p.group.rows {
		r, rp := rows[i], p.rows[i]
		num := strconv.Itoa(r.EmployeeNumber)
		if rp.job == nil {
			j, err := tc.Employment.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetPersonID(personID).
				SetEmployeeNumber(r.EmployeeNumber).SetStartDate(r.StartDate).SetNillableEndDate(r.EndDate).
				SetJobTitle(r.JobTitle).SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
			if err != nil {
				return "", nil, err
			}
			ids[i] = j.ID
			events = append(events, audit.Event{Action: ActionEmploymentCreated, PersonID: personID,
				TargetType: "Employment", TargetID: j.ID, Details: map[string]string{"employeeNumber": num}})
			continue
		}
		ids[i] = rp.job.ID
		if len(rp.changed) == 0 {
			continue
		}
		upd := tc.Employment.UpdateOneID(rp.job.ID).SetStartDate(r.StartDate).SetJobTitle(r.JobTitle).SetUpdatedAt(now)
		if r.EndDate == nil {
			upd.ClearEndDate()
		} else {
			upd.SetEndDate(*r.EndDate)
		}
		if err := upd.Exec(ctx); err != nil {
			return "", nil, err
		}
		events = append(events, audit.Event{Action: ActionEmploymentUpdated, PersonID: personID,
			TargetType: "Employment", TargetID: rp.job.ID,
			Details: map[string]string{"employeeNumber": num, "fields": strings.Join(rp.changed, ",")}})
	}
	for k := range events {
		events[k].At, events[k].ProviderID, events[k].EmployerID = now, emp.ProviderID, emp.ID
	}
	return personID, ids, audit.RecordMany(ctx, tc, events)
}
