// Package datachange is *Persoonsgegevens wijzigen* (R37): the employer sets per field
// whether employees see it and may ask to change it; an employee asks for a change with
// an optional date it takes effect; the request runs on the workflow's route for
// personal-data changes (R34, server/workflow), where the handler sees old and new side
// by side; an approved change is applied to the person on its date — at once, or by
// ApplyJob — and reaches payroll through the change feed (R45). An IBAN is checked
// (ISO 13616) and asked with the password again, and the employee is mailed when it
// changed.
package datachange

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/datachange"
	"github.com/werkportaal/werkportaal/ent/datafieldsetting"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/privacy"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// Field is a personal-data field an employee may ask to change (R37). Name, birth date
// and BSN are deliberately not among them: they change only via the employer.
type Field string

// The fields.
const (
	FieldAddress          Field = "ADDRESS"
	FieldPhone            Field = "PHONE"
	FieldPrivateEmail     Field = "PRIVATE_EMAIL"
	FieldIBAN             Field = "IBAN"
	FieldEmergencyContact Field = "EMERGENCY_CONTACT"
)

// Fields lists the fields in the order of the page.
var Fields = []Field{FieldAddress, FieldPhone, FieldPrivateEmail, FieldIBAN, FieldEmergencyContact}

// Mode is what the employer set for a field.
type Mode string

// The modes (R37); Request is the default.
const (
	ModeHidden  Mode = "HIDDEN"
	ModeView    Mode = "VIEW"
	ModeRequest Mode = "REQUEST"
)

// Status is where a change stands.
type Status string

// The states: submitted → approved → applied on its date | rejected | withdrawn.
const (
	StatusSubmitted Status = "SUBMITTED"
	StatusApproved  Status = "APPROVED"
	StatusRejected  Status = "REJECTED"
	StatusWithdrawn Status = "WITHDRAWN"
	StatusApplied   Status = "APPLIED"
)

// The userError codes.
const (
	CodeNotRequestable  apperr.UserCode = "DATA_FIELD_NOT_REQUESTABLE"
	CodeInvalidIBAN     apperr.UserCode = "INVALID_IBAN"
	CodeInvalidPostcode apperr.UserCode = "INVALID_POSTCODE"
	CodeInvalidChange   apperr.UserCode = "INVALID_DATA_CHANGE"
	CodeChangePending   apperr.UserCode = "DATA_CHANGE_PENDING"
	CodeChangeNotFound  apperr.UserCode = "DATA_CHANGE_NOT_FOUND"
	// CodePasswordWrong is access's CURRENT_PASSWORD_WRONG: the same mistake, the same words.
	CodePasswordWrong apperr.UserCode = "CURRENT_PASSWORD_WRONG"
	// CodePasswordAttempts: the password was not checked — too many attempts, or the
	// account is locked (R13) — and nothing changed.
	CodePasswordAttempts apperr.UserCode = "PASSWORD_ATTEMPTS_EXCEEDED"
)

// The audit actions.
const (
	ActionSettingSet audit.Action = "DATA_FIELD_SETTING_SET"
	ActionRequested  audit.Action = "DATA_CHANGE_REQUESTED"
	ActionWithdrawn  audit.Action = "DATA_CHANGE_WITHDRAWN"
	ActionApproved   audit.Action = "DATA_CHANGE_APPROVED"
	ActionRejected   audit.Action = "DATA_CHANGE_REJECTED"
	ActionApplied    audit.Action = "DATA_CHANGE_APPLIED"
	maxCommentRunes               = 500
	maxAhead                      = 366 // days an effective date may lie ahead
	// MaxPage bounds every list of changes.
	MaxPage = 100
)

// PasswordConfirmer checks a password a signed-in employee gives again; auth.Service
// is one. It answers auth.ErrPasswordAttempts when it did not check it.
type PasswordConfirmer interface {
	ConfirmEmployeePassword(ctx context.Context, accountID, password string) (bool, error)
}

// Service is the domain of personal-data changes.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock // nil means the wall clock
	Workflow *workflow.Service
	Gate     *feature.Gate
	// Passwords checks the password an IBAN change asks again (auth.Service), limited
	// like sign-in and counting towards its lockout (R13).
	Passwords PasswordConfirmer
	// PortalURL is the employee portal's address, for the mails.
	PortalURL string
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

func (s *Service) today() date.Date { return date.Of(s.now().In(clock.Amsterdam)) }

// Values are a field's parts; only those of the field are used.
type Values struct {
	Street, PostalCode, City string // ADDRESS
	Phone                    string // PHONE, EMERGENCY_CONTACT
	Email                    string // PRIVATE_EMAIL
	IBAN                     string // IBAN, electronic format
	Name                     string // EMERGENCY_CONTACT
}

func (v Values) toMap(f Field) map[string]string {
	switch f {
	case FieldAddress:
		return map[string]string{"street": v.Street, "postalCode": v.PostalCode, "city": v.City}
	case FieldPhone:
		return map[string]string{"phone": v.Phone}
	case FieldPrivateEmail:
		return map[string]string{"email": v.Email}
	case FieldIBAN:
		return map[string]string{"iban": v.IBAN}
	case FieldEmergencyContact:
		return map[string]string{"name": v.Name, "phone": v.Phone}
	}
	return map[string]string{}
}

func valuesOf(m map[string]string) Values {
	return Values{Street: m["street"], PostalCode: m["postalCode"], City: m["city"], Phone: m["phone"],
		Email: m["email"], IBAN: m["iban"], Name: m["name"]}
}

// current returns the person's values of f.
func current(p *ent.Person, f Field) Values {
	switch f {
	case FieldAddress:
		return Values{Street: p.Street, PostalCode: p.PostalCode, City: p.City}
	case FieldPhone:
		return Values{Phone: deref(p.Phone)}
	case FieldPrivateEmail:
		return Values{Email: deref(p.Email)}
	case FieldIBAN:
		return Values{IBAN: p.Iban}
	case FieldEmergencyContact:
		return Values{Name: p.EmergencyContactName, Phone: p.EmergencyContactPhone}
	}
	return Values{}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Change is a request as the API shows it.
type Change struct {
	ID, PersonID, EmployerID, EmploymentID string
	PersonName                             string
	Field                                  Field
	Old, New                               Values
	EffectiveDate                          *date.Date
	Status                                 Status
	DecidedByName, Comment                 string
	CreatedAt                              time.Time
	DecidedAt, AppliedAt                   *time.Time
}

func changeOf(r *ent.DataChange, name string) *Change {
	return &Change{ID: r.ID, PersonID: r.PersonID, EmployerID: r.EmployerID, EmploymentID: r.EmploymentID, PersonName: name,
		Field: Field(r.Field), Old: valuesOf(r.OldValue), New: valuesOf(r.NewValue), EffectiveDate: r.EffectiveDate,
		Status: Status(r.Status), DecidedByName: r.DecidedByName, Comment: r.Comment, CreatedAt: r.CreatedAt,
		DecidedAt: r.DecidedAt, AppliedAt: r.AppliedAt}
}

// notFound tells whether err means "not there or not yours", which are never told apart.
func notFound(err error) bool { return ent.IsNotFound(err) || errors.Is(err, privacy.Deny) }

// productActive reports whether the employer has Persoonsgegevens wijzigen now.
func productActive(ctx context.Context, c *ent.Client, employerID string) (bool, error) {
	ok, err := c.ProductActivation.Query().Where(
		productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil(),
		productactivation.HasProductWith(entproduct.CodeEQ(product.CodePersonalDataEdit)),
	).Exist(viewer.System(ctx))
	if err != nil {
		return false, fmt.Errorf("datachange: is the product active: %w", err)
	}
	return ok, nil
}

// modes returns the mode of every field at the employer: REQUEST where nothing was set.
func modes(ctx context.Context, c *ent.Client, employerID string) (map[Field]Mode, error) {
	rows, err := c.DataFieldSetting.Query().Where(datafieldsetting.EmployerID(employerID)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("datachange: settings of %s: %w", employerID, err)
	}
	out := make(map[Field]Mode, len(Fields))
	for _, f := range Fields {
		out[f] = ModeRequest
	}
	for _, r := range rows {
		out[Field(r.Field)] = Mode(r.Mode)
	}
	return out, nil
}

// Setting is one field's mode at an employer.
type Setting struct {
	Field Field
	Mode  Mode
}

// Settings returns the modes of every field at the employer, for staff with
// MANAGE_HR_SETTINGS.
func (s *Service) Settings(ctx context.Context, employerID string) ([]Setting, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	if _, err := s.Client.Employer.Get(ctx, employerID); err != nil {
		if notFound(err) {
			return nil, apperr.NotFoundf("no such employer")
		}
		return nil, err
	}
	m, err := modes(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	out := make([]Setting, len(Fields))
	for i, f := range Fields {
		out[i] = Setting{Field: f, Mode: m[f]}
	}
	return out, nil
}

// SetSetting sets the mode of one field at the employer (R37), for staff with
// MANAGE_HR_SETTINGS at an employer with Persoonsgegevens wijzigen (NOT_ACTIVE without).
func (s *Service) SetSetting(ctx context.Context, employerID string, f Field, m Mode) ([]Setting, error) {
	v, err := viewer.Require(ctx, viewer.ManageHRSettings)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(Fields, f) || !slices.Contains([]Mode{ModeHidden, ModeView, ModeRequest}, m) {
		return nil, apperr.User(CodeInvalidChange, "unknown field or mode", "field")
	}
	e, err := s.Client.Employer.Get(ctx, employerID)
	if err != nil {
		if notFound(err) {
			return nil, apperr.NotFoundf("no such employer")
		}
		return nil, err
	}
	if ok, err := productActive(ctx, s.Client, e.ID); err != nil {
		return nil, err
	} else if !ok {
		return nil, apperr.User(product.NotActive, "the employer does not have Persoonsgegevens wijzigen", "employerId")
	}
	now := s.now()
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if err := c.DataFieldSetting.Create().SetProviderID(e.ProviderID).SetEmployerID(e.ID).
			SetField(datafieldsetting.Field(f)).SetMode(datafieldsetting.Mode(m)).SetUpdatedBy(v.ID).
			SetCreatedAt(now).SetUpdatedAt(now).
			OnConflictColumns(datafieldsetting.FieldEmployerID, datafieldsetting.FieldField).
			Update(func(u *ent.DataFieldSettingUpsert) { u.UpdateMode().UpdateUpdatedBy().UpdateUpdatedAt() }).
			Exec(ctx); err != nil {
			return fmt.Errorf("datachange: set %s: %w", f, err)
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionSettingSet, ProviderID: e.ProviderID, EmployerID: e.ID,
			TargetType: "Employer", TargetID: e.ID, Details: map[string]string{"field": string(f), "mode": string(m)}})
	})
	if err != nil {
		return nil, err
	}
	return s.Settings(ctx, employerID)
}

// OwnField is a field as the employee's page shows it.
type OwnField struct {
	Field   Field
	Mode    Mode
	Current Values
	// Pending is the change asked for and not yet applied, if any.
	Pending *Change
}

// Own returns the signed-in employee's fields that are not hidden, with their values
// and the change in progress, and their latest changes (at most MaxPage).
func (s *Service) Own(ctx context.Context) ([]OwnField, []*Change, error) {
	v, err := s.Gate.Employee(ctx, feature.PersonalDataChanges)
	if err != nil {
		return nil, nil, err
	}
	p, err := s.Client.Person.Get(ctx, v.PersonID)
	if err != nil {
		return nil, nil, err
	}
	m, err := modes(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, nil, err
	}
	rows, err := s.Client.DataChange.Query().Where(datachange.PersonID(p.ID)).
		Order(ent.Desc(datachange.FieldCreatedAt), ent.Desc(datachange.FieldID)).Limit(MaxPage).All(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("datachange: own changes: %w", err)
	}
	var fields []OwnField
	for _, f := range Fields {
		if m[f] == ModeHidden {
			continue
		}
		of := OwnField{Field: f, Mode: m[f], Current: current(p, f)}
		for _, r := range rows {
			if Field(r.Field) == f && (r.Status == datachange.StatusSUBMITTED || r.Status == datachange.StatusAPPROVED) {
				of.Pending = changeOf(r, "")
				break
			}
		}
		fields = append(fields, of)
	}
	changes := make([]*Change, len(rows))
	for i, r := range rows {
		changes[i] = changeOf(r, "")
	}
	return fields, changes, nil
}

// Request is what an employee asks.
type Request struct {
	Field         Field
	New           Values
	EffectiveDate *date.Date
	// Password is the current password, needed for an IBAN (R37).
	Password string
}

// normalize checks and tidies the values asked for f.
func normalize(f Field, in Values) (Values, error) {
	t := strings.TrimSpace
	switch f {
	case FieldAddress:
		out := Values{Street: t(in.Street), City: t(in.City)}
		pc, ok := NormalizePostcode(in.PostalCode)
		if !ok {
			return out, apperr.User(CodeInvalidPostcode, "a Dutch postcode is four digits and two letters, e.g. 1234 AB", "postalCode")
		}
		out.PostalCode = pc
		if out.Street == "" || len(out.Street) > 200 {
			return out, apperr.User(CodeInvalidChange, "street and house number are needed", "street")
		}
		if out.City == "" || len(out.City) > 100 {
			return out, apperr.User(CodeInvalidChange, "the city is needed", "city")
		}
		return out, nil
	case FieldPhone:
		out := Values{Phone: t(in.Phone)}
		if !validPhone(out.Phone) {
			return out, apperr.User(CodeInvalidChange, "not a phone number", "phone")
		}
		return out, nil
	case FieldPrivateEmail:
		addr := strings.ToLower(t(in.Email))
		if len(addr) > 254 || strings.Count(addr, "@") != 1 || strings.HasPrefix(addr, "@") || !strings.Contains(addr[strings.Index(addr, "@"):], ".") || strings.ContainsAny(addr, " <>,;") {
			return Values{Email: addr}, apperr.User(CodeInvalidChange, "not an e-mail address", "email")
		}
		return Values{Email: addr}, nil
	case FieldIBAN:
		iban, ok := NormalizeIBAN(in.IBAN)
		if !ok {
			return Values{IBAN: iban}, apperr.User(CodeInvalidIBAN, "not a valid IBAN of a SEPA country", "iban")
		}
		return Values{IBAN: iban}, nil
	case FieldEmergencyContact:
		out := Values{Name: t(in.Name), Phone: t(in.Phone)}
		if out.Name == "" || len(out.Name) > 200 {
			return out, apperr.User(CodeInvalidChange, "the contact's name is needed", "name")
		}
		if !validPhone(out.Phone) {
			return out, apperr.User(CodeInvalidChange, "not a phone number", "phone")
		}
		return out, nil
	}
	return in, apperr.User(CodeInvalidChange, "unknown field", "field")
}

// Submit asks for a change of one requestable field (R37) and puts it on the route of
// personal-data changes (R34). An IBAN needs the current password again. The date it
// takes effect is today or later, at most a year ahead; none means when approved.
func (s *Service) Submit(ctx context.Context, in Request) (*Change, error) {
	v, err := s.Gate.Employee(ctx, feature.PersonalDataChanges)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(Fields, in.Field) {
		return nil, apperr.User(CodeNotRequestable, "this field cannot be changed by a request", "field")
	}
	m, err := modes(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	if m[in.Field] != ModeRequest {
		return nil, apperr.User(CodeNotRequestable, "your employer does not take requests to change this field", "field")
	}
	nv, err := normalize(in.Field, in.New)
	if err != nil {
		return nil, err
	}
	today := s.today()
	if d := in.EffectiveDate; d != nil && (d.Before(today) || d.After(today.AddDays(maxAhead))) {
		return nil, apperr.User(CodeInvalidChange, "the date is today or later, at most a year ahead", "effectiveDate")
	}
	if in.Field == FieldIBAN {
		// R37: an IBAN changes where the salary goes, so a session alone is not enough.
		ok, err := s.Passwords.ConfirmEmployeePassword(ctx, v.ID, in.Password)
		if errors.Is(err, auth.ErrPasswordAttempts) {
			return nil, apperr.User(CodePasswordAttempts, "too many password attempts; nothing changed, try again later", "currentPassword")
		}
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, apperr.User(CodePasswordWrong, "the current password is not right", "currentPassword")
		}
	}
	p, err := s.Client.Person.Get(ctx, v.PersonID)
	if err != nil {
		return nil, err
	}
	old := current(p, in.Field)
	if old.toMap(in.Field) != nil && mapsEqual(old.toMap(in.Field), nv.toMap(in.Field)) {
		return nil, apperr.User(CodeInvalidChange, "this is what is registered already", "field")
	}
	job, err := s.Client.Employment.Query().Where(employment.PersonID(p.ID)).
		Order(ent.Desc(employment.FieldStartDate), ent.Asc(employment.FieldID)).First(ctx)
	if err != nil {
		return nil, fmt.Errorf("datachange: employment of %s: %w", p.ID, err)
	}
	now := s.now()
	var out *ent.DataChange
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		sys := viewer.System(ctx)
		pending, err := c.DataChange.Query().Where(datachange.PersonID(p.ID), datachange.FieldEQ(datachange.Field(in.Field)),
			datachange.StatusIn(datachange.StatusSUBMITTED, datachange.StatusAPPROVED)).Exist(sys)
		if err != nil {
			return err
		}
		if pending {
			return apperr.User(CodeChangePending, "a change of this field is in progress already", "field")
		}
		cr := c.DataChange.Create().SetProviderID(p.ProviderID).SetEmployerID(p.EmployerID).SetPersonID(p.ID).
			SetEmploymentID(job.ID).SetField(datachange.Field(in.Field)).SetOldValue(old.toMap(in.Field)).
			SetNewValue(nv.toMap(in.Field)).SetSubmittedBy(v.ID).SetCreatedAt(now).SetUpdatedAt(now)
		if in.EffectiveDate != nil {
			cr.SetEffectiveDate(*in.EffectiveDate)
		}
		out, err = cr.Save(sys)
		if err != nil {
			return fmt.Errorf("datachange: save: %w", err)
		}
		if err := audit.Record(ctx, c, event(out, now, ActionRequested, nil)); err != nil {
			return err
		}
		st, err := s.Workflow.Start(ctx, c, workflow.Subject{Kind: spec.KindPersonalDataChange, ID: out.ID,
			ProviderID: p.ProviderID, EmployerID: p.EmployerID, PersonID: p.ID, EmploymentID: job.ID, SubmittedBy: v.ID})
		if err != nil {
			return err
		}
		if st.AutoApproved {
			// Routes approve only leave and claims at once today; should one ever approve a
			// personal-data change, it is decided as the system, not by the employee.
			out, err = s.approved(viewer.System(ctx), c, out, "system", "Werkportaal", "", now)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return changeOf(out, ""), nil
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func event(r *ent.DataChange, at time.Time, a audit.Action, extra map[string]string) audit.Event {
	// The field, never the values: the audit is read by staff who may not see an IBAN.
	d := map[string]string{"field": string(r.Field)}
	if r.EffectiveDate != nil {
		d["effectiveDate"] = r.EffectiveDate.String()
	}
	for k, v := range extra {
		d[k] = v
	}
	return audit.Event{At: at, Action: a, ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID,
		TargetType: "DataChange", TargetID: r.ID, Details: d}
}

// Withdraw withdraws the signed-in employee's own change while it is submitted.
func (s *Service) Withdraw(ctx context.Context, id string) (*Change, error) {
	v, err := s.Gate.Employee(ctx, feature.PersonalDataChanges)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var out *ent.DataChange
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		r, err := c.DataChange.Query().Where(datachange.ID(id), datachange.PersonID(v.PersonID)).Modify(store.ForUpdate).Only(ctx)
		if notFound(err) {
			return apperr.User(CodeChangeNotFound, "no change of yours with this ID", "id")
		}
		if err != nil {
			return err
		}
		if r.Status != datachange.StatusSUBMITTED {
			return apperr.User(workflow.CodeRequestNotOpen, "the request was decided already", "id")
		}
		out, err = c.DataChange.UpdateOne(r).SetStatus(datachange.StatusWITHDRAWN).SetUpdatedAt(now).Save(viewer.System(ctx))
		if err != nil {
			return err
		}
		if err := s.Workflow.Close(ctx, c, r.ID, true); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(out, now, ActionWithdrawn, nil))
	})
	if err != nil {
		return nil, err
	}
	return changeOf(out, ""), nil
}
