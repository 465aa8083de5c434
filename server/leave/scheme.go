package leave

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/leavescheme"
	"github.com/werkportaal/werkportaal/ent/leavetype"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The products whose activation gives an employer its leave scheme.
const (
	ProductLeavePolicy       = "LEAVE_POLICY"       // Verlofregeling: the scheme accrues and expires leave
	ProductLeaveRegistration = "LEAVE_REGISTRATION" // Verlofregistratie: staff and integrators record the ledger
)

// DefaultTypes are the leave types a new scheme starts with (R28): statutory leave,
// four times the weekly hours a year, expiring on 1 July after the year; and
// extra-statutory leave, which the employer sets (none by default), lapsing five
// years after the year. Both are vacation leave (R31).
func DefaultTypes() []Type {
	stat, extra := StatutoryExpiryMonths, ExtraStatutoryExpiryMonths
	return []Type{
		{Name: "Wettelijk verlof", Category: Statutory, Vacation: true, WeeksPerYear: StatutoryWeeks,
			Accrual: AccrualYearly, ExpiryMonths: &stat, SortOrder: 10, Requestable: true},
		{Name: "Bovenwettelijk verlof", Category: ExtraStatutory, Vacation: true, WeeksPerYear: 0,
			Accrual: AccrualYearly, ExpiryMonths: &extra, SortOrder: 20, Requestable: true},
	}
}

// OnProductActivated gives the employer its scheme with the default types when
// Verlofregeling or Verlofregistratie is activated and it has none yet; an employer
// that had one keeps it. It runs inside the activation's transaction (c is the
// transaction's client), so the activation and the scheme land together; the rows
// are written as the system, because activating a product is what creates them, and
// the audit events name the principal who activated it.
func (s *Service) OnProductActivated(ctx context.Context, c *ent.Client, e *ent.Employer, code string) error {
	if code != ProductLeavePolicy && code != ProductLeaveRegistration {
		return nil
	}
	sys := viewer.System(ctx)
	exists, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Exist(sys)
	if err != nil || exists {
		return err
	}
	sc, err := c.LeaveScheme.Create().SetEmployerID(e.ID).Save(sys)
	if err != nil {
		return fmt.Errorf("leave: create scheme of %s: %w", e.ID, err)
	}
	events := []audit.Event{{At: s.now(), Action: ActionSchemeCreated, ProviderID: e.ProviderID, EmployerID: e.ID,
		TargetType: "LeaveScheme", TargetID: sc.ID, Details: map[string]string{"productCode": code}}}
	for _, t := range DefaultTypes() {
		lt, err := createType(sys, c, e, t)
		if err != nil {
			return err
		}
		events = append(events, typeEvent(s, ActionTypeCreated, lt))
	}
	return audit.RecordMany(ctx, c, events)
}

func createType(ctx context.Context, c *ent.Client, e *ent.Employer, t Type) (*ent.LeaveType, error) {
	lt, err := c.LeaveType.Create().
		SetEmployerID(e.ID).
		SetName(t.Name).SetCategory(leavetype.Category(t.Category)).SetVacation(t.Vacation).
		SetWeeksPerYear(t.WeeksPerYear).SetAccrual(leavetype.Accrual(t.Accrual)).
		SetNillableExpiryMonths(t.ExpiryMonths).SetSortOrder(t.SortOrder).
		SetRequestable(t.Requestable).SetAllowNegative(t.AllowNegative).
		Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.User(CodeDuplicateName, "the employer has a leave type of this name already", "name")
	}
	if err != nil {
		return nil, fmt.Errorf("leave: create leave type: %w", err)
	}
	return lt, nil
}

func typeEvent(s *Service, a audit.Action, lt *ent.LeaveType) audit.Event {
	exp := "never"
	if lt.ExpiryMonths != nil {
		exp = strconv.Itoa(*lt.ExpiryMonths)
	}
	return audit.Event{At: s.now(), Action: a, ProviderID: lt.ProviderID, EmployerID: lt.EmployerID,
		TargetType: "LeaveType", TargetID: lt.ID, Details: map[string]string{
			"name": lt.Name, "category": string(lt.Category), "vacation": strconv.FormatBool(lt.Vacation),
			"weeksPerYear": strconv.FormatFloat(lt.WeeksPerYear, 'f', -1, 64), "accrual": string(lt.Accrual),
			"expiryMonths": exp, "requestable": strconv.FormatBool(lt.Requestable),
			"allowNegative": strconv.FormatBool(lt.AllowNegative),
		}}
}

// TypeInput is what staff set on a leave type. On an update, nil fields stay.
type TypeInput struct {
	Name         *string
	Category     *Category // only on create
	Vacation     *bool
	WeeksPerYear *float64
	Accrual      *Accrual
	// ExpiryMonths: nil leaves it; NeverExpires clears it.
	ExpiryMonths *int
	NeverExpires bool
	SortOrder    *int
	// Requestable and AllowNegative: see Type (R30).
	Requestable   *bool
	AllowNegative *bool
}

// validate checks the type as it will be: the statutory type is four times the
// weekly hours and expires no sooner than 1 July after the year (art. 7:640a BW).
func validateType(t Type) error {
	if strings.TrimSpace(t.Name) == "" || len([]rune(t.Name)) > 60 {
		return apperr.User(CodeInvalidLeaveType, "a leave type has a name of 1 to 60 characters", "name")
	}
	if !t.Category.Valid() {
		return apperr.User(CodeInvalidLeaveType, "unknown category", "category")
	}
	if !t.Accrual.Valid() {
		return apperr.User(CodeInvalidLeaveType, "accrual is YEARLY or MONTHLY", "accrual")
	}
	if math.IsNaN(t.WeeksPerYear) || t.WeeksPerYear < 0 || t.WeeksPerYear > 52 {
		return apperr.User(CodeInvalidLeaveType, "weeksPerYear lies between 0 and 52", "weeksPerYear")
	}
	if t.ExpiryMonths != nil && (*t.ExpiryMonths < 1 || *t.ExpiryMonths > 1200) {
		return apperr.User(CodeInvalidLeaveType, "expiryMonths lies between 1 and 1200, or is empty for never", "expiryMonths")
	}
	if t.Category == Statutory {
		if t.WeeksPerYear != StatutoryWeeks {
			return apperr.User(CodeInvalidLeaveType, "statutory leave is four times the weekly hours a year (art. 7:634 BW)", "weeksPerYear")
		}
		if t.ExpiryMonths != nil && *t.ExpiryMonths < StatutoryExpiryMonths {
			return apperr.User(CodeInvalidLeaveType, "statutory leave expires no sooner than six months after the year (art. 7:640a BW)", "expiryMonths")
		}
	}
	return nil
}

func (in TypeInput) apply(t *Type) {
	if in.Name != nil {
		t.Name = strings.TrimSpace(*in.Name)
	}
	if in.Vacation != nil {
		t.Vacation = *in.Vacation
	}
	if in.WeeksPerYear != nil {
		t.WeeksPerYear = *in.WeeksPerYear
	}
	if in.Accrual != nil {
		t.Accrual = *in.Accrual
	}
	if in.ExpiryMonths != nil {
		m := *in.ExpiryMonths
		t.ExpiryMonths = &m
	}
	if in.NeverExpires {
		t.ExpiryMonths = nil
	}
	if in.SortOrder != nil {
		t.SortOrder = *in.SortOrder
	}
	if in.Requestable != nil {
		t.Requestable = *in.Requestable
	}
	if in.AllowNegative != nil {
		t.AllowNegative = *in.AllowNegative
	}
}

// CreateType adds a leave type to the employer's scheme (MANAGE_HR_SETTINGS). The
// scheme exists once Verlofregeling or Verlofregistratie was activated; a second
// statutory type is refused.
func (s *Service) CreateType(ctx context.Context, employerID string, in TypeInput) (*Type, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	t := Type{Accrual: AccrualYearly, SortOrder: 100, Requestable: true}
	if in.Category != nil {
		t.Category = *in.Category
	}
	if in.NeverExpires && in.ExpiryMonths != nil {
		return nil, apperr.User(CodeInvalidLeaveType, "give expiryMonths or neverExpires, not both", "expiryMonths")
	}
	in.apply(&t)
	if err := validateType(t); err != nil {
		return nil, err
	}
	var out *Type
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, employerID)
		if err != nil {
			return err
		}
		ok, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Exist(ctx)
		if err != nil {
			return fmt.Errorf("leave: scheme of %s: %w", e.ID, err)
		}
		if !ok {
			return apperr.User(CodeSchemeNotActive, "activate Verlofregeling or Verlofregistratie for this employer first", "employerId")
		}
		if t.Category == Statutory {
			dup, err := c.LeaveType.Query().Where(leavetype.EmployerID(e.ID), leavetype.CategoryEQ(leavetype.CategorySTATUTORY)).Exist(ctx)
			if err != nil {
				return fmt.Errorf("leave: statutory type of %s: %w", e.ID, err)
			}
			if dup {
				return apperr.User(CodeStatutoryExists, "the employer has a statutory leave type already", "category")
			}
		}
		lt, err := createType(ctx, c, e, t)
		if err != nil {
			return err
		}
		out = typeOf(lt)
		return audit.Record(ctx, c, typeEvent(s, ActionTypeCreated, lt))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// UpdateType changes a leave type (MANAGE_HR_SETTINGS); its category stays. Another
// tenant's type is NOT_FOUND.
func (s *Service) UpdateType(ctx context.Context, id string, in TypeInput) (*Type, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if in.Category != nil {
		return nil, apperr.User(CodeInvalidLeaveType, "the category of a leave type cannot change; add a new type", "category")
	}
	if in.NeverExpires && in.ExpiryMonths != nil {
		return nil, apperr.User(CodeInvalidLeaveType, "give expiryMonths or neverExpires, not both", "expiryMonths")
	}
	var out *Type
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := c.LeaveType.Query().Where(leavetype.ID(id)).Modify(store.ForUpdate).Only(ctx)
		if notFound(err) {
			return apperr.NotFoundf("leave type %s not found", id)
		}
		if err != nil {
			return fmt.Errorf("leave: load leave type %s: %w", id, err)
		}
		t := *typeOf(cur)
		in.apply(&t)
		if err := validateType(t); err != nil {
			return err
		}
		lt, err := c.LeaveType.UpdateOne(cur).
			SetName(t.Name).SetVacation(t.Vacation).SetWeeksPerYear(t.WeeksPerYear).
			SetAccrual(leavetype.Accrual(t.Accrual)).SetSortOrder(t.SortOrder).
			SetNillableExpiryMonths(t.ExpiryMonths).SetRequestable(t.Requestable).SetAllowNegative(t.AllowNegative).
			Save(ctx)
		if err == nil && t.ExpiryMonths == nil {
			lt, err = c.LeaveType.UpdateOne(lt).ClearExpiryMonths().Save(ctx)
		}
		if ent.IsConstraintError(err) {
			return apperr.User(CodeDuplicateName, "the employer has a leave type of this name already", "name")
		}
		if err != nil {
			return fmt.Errorf("leave: update leave type %s: %w", id, err)
		}
		out = typeOf(lt)
		return audit.Record(ctx, c, typeEvent(s, ActionTypeUpdated, lt))
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// SetHolidays sets the employer's choices for Good Friday and Liberation Day (R29;
// MANAGE_HR_SETTINGS).
func (s *Service) SetHolidays(ctx context.Context, employerID string, h HolidaySettings) (*Scheme, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if !h.LiberationDay.Valid() {
		return nil, apperr.User(CodeInvalidLeaveType, "liberationDay is NEVER, LUSTRUM or YEARLY", "liberationDay")
	}
	var out *Scheme
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, employerID)
		if err != nil {
			return err
		}
		sc, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.User(CodeSchemeNotActive, "activate Verlofregeling or Verlofregistratie for this employer first", "employerId")
		}
		if err != nil {
			return fmt.Errorf("leave: scheme of %s: %w", e.ID, err)
		}
		sc, err = c.LeaveScheme.UpdateOne(sc).SetGoodFridayOff(h.GoodFriday).
			SetLiberationDay(leavescheme.LiberationDay(h.LiberationDay)).Save(ctx)
		if err != nil {
			return fmt.Errorf("leave: update scheme of %s: %w", e.ID, err)
		}
		ts, err := loadTypes(ctx, c, e.ID)
		if err != nil {
			return err
		}
		out = schemeOf(sc, ts)
		return audit.Record(ctx, c, audit.Event{At: s.now(), Action: ActionSchemeUpdated, ProviderID: e.ProviderID,
			EmployerID: e.ID, TargetType: "LeaveScheme", TargetID: sc.ID, Details: map[string]string{
				"goodFridayOff": strconv.FormatBool(h.GoodFriday), "liberationDay": string(h.LiberationDay)}})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// SetExpiryReminder sets the day of the yearly mail to employees whose statutory hours
// expire on 1 July (R33): month 1…6, day 1…31 (a day past the month's end is its last
// day). Needs MANAGE_HR_SETTINGS.
func (s *Service) SetExpiryReminder(ctx context.Context, employerID string, month, day int) (*Scheme, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if month < 1 || month > 6 {
		return nil, apperr.User(CodeInvalidLeaveType, "the reminder goes out before 1 July: month 1 to 6", "month")
	}
	if day < 1 || day > 31 {
		return nil, apperr.User(CodeInvalidLeaveType, "day lies between 1 and 31", "day")
	}
	var out *Scheme
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		e, err := loadEmployer(ctx, c, employerID)
		if err != nil {
			return err
		}
		sc, err := c.LeaveScheme.Query().Where(leavescheme.EmployerID(e.ID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.User(CodeSchemeNotActive, "activate Verlofregeling or Verlofregistratie for this employer first", "employerId")
		}
		if err != nil {
			return fmt.Errorf("leave: scheme of %s: %w", e.ID, err)
		}
		sc, err = c.LeaveScheme.UpdateOne(sc).SetExpiryReminderMonth(month).SetExpiryReminderDay(day).Save(ctx)
		if err != nil {
			return fmt.Errorf("leave: update scheme of %s: %w", e.ID, err)
		}
		ts, err := loadTypes(ctx, c, e.ID)
		if err != nil {
			return err
		}
		out = schemeOf(sc, ts)
		return audit.Record(ctx, c, audit.Event{At: s.now(), Action: ActionSchemeUpdated, ProviderID: e.ProviderID,
			EmployerID: e.ID, TargetType: "LeaveScheme", TargetID: sc.ID, Details: map[string]string{
				"expiryReminder": fmt.Sprintf("%02d-%02d", day, month)}})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
