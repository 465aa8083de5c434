// Package preboarding is Preboarding (R38): staff holding MANAGE_PREBOARDING create a
// candidate (a new hire) with a planned first day; the candidate gets an invitation with
// the link rules of R2–R4 and, with the account it registers, fills in a checklist before
// the first day (personal data, address, BSN, IBAN, loonheffingskorting, emergency
// contact, ID document) and submits it. Staff return it for correction with remarks per
// item, complete it — the candidate becomes a person with an employment at the employer
// and keeps the same login — or end it, which deletes what the candidate submitted and
// leaves one audit line.
//
// The candidate is a person without an employment from the start, so the invitation,
// account and login machinery of server/access is the one every employee uses; what
// completion adds is the employment.
//
// Privacy: the BSN and the ID copy are sealed with AES-256-GCM under the preboarding key
// (PREBOARDING_KEY) and shown only to holders of MANAGE_PREBOARDING; the candidate sees
// the BSN masked. They never appear in audit details, the change feed or logs: the
// change feed tells payroll a preboarding completed (R45), and the integrator reads the
// BSN and the ID copy through the API with MANAGE_PREBOARDING, then acknowledges the ID
// copy, which the portal deletes a configured number of days later (PurgeJob).
package preboarding

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/department"
	"github.com/werkportaal/werkportaal/ent/departmentmember"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	entpreboarding "github.com/werkportaal/werkportaal/ent/preboarding"
	"github.com/werkportaal/werkportaal/ent/preboardingfile"
	"github.com/werkportaal/werkportaal/ent/privacy"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// DefaultDocumentRetention is how long the ID copy stays after the integrator
// acknowledged it, unless configured (PREBOARDING_ID_RETENTION_DAYS).
const DefaultDocumentRetention = 30 * 24 * time.Hour

// Service runs preboardings.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	Access *access.Service
	Gate   *feature.Gate
	// Key seals BSNs and ID copies; nil refuses every preboarding (CodeNotConfigured).
	Key *Key
	// PortalURL is the employee portal's address that mails link to.
	PortalURL string
	// DocumentRetention is how long the ID copy stays after acknowledgement; zero means
	// DefaultDocumentRetention.
	DocumentRetention time.Duration
}

// State is where a preboarding is (R38).
type State string

// The states: invited → in progress → submitted ⇄ returned → completed | ended.
const (
	Invited    State = "INVITED"
	InProgress State = "IN_PROGRESS"
	Submitted  State = "SUBMITTED"
	Returned   State = "RETURNED"
	Completed  State = "COMPLETED"
	Ended      State = "ENDED"
)

// Item is one item of the checklist.
type Item string

// The items, in the order of the checklist.
const (
	ItemPersonal  Item = "PERSONAL"
	ItemAddress   Item = "ADDRESS"
	ItemBSN       Item = "BSN"
	ItemIBAN      Item = "IBAN"
	ItemTaxCredit Item = "TAX_CREDIT"
	ItemEmergency Item = "EMERGENCY_CONTACT"
	ItemIDDoc     Item = "ID_DOCUMENT"
)

// Items lists the checklist.
var Items = []Item{ItemPersonal, ItemAddress, ItemBSN, ItemIBAN, ItemTaxCredit, ItemEmergency, ItemIDDoc}

// Side is a side of the ID document.
type Side string

// The sides.
const (
	Front Side = "FRONT"
	Back  Side = "BACK"
)

// Codes of the expected failures.
const (
	CodeInvalidInput      apperr.UserCode = "INVALID_INPUT"
	CodeInvalidBSN        apperr.UserCode = "INVALID_BSN"
	CodeInvalidIBAN       apperr.UserCode = "INVALID_IBAN"
	CodeFileType          apperr.UserCode = "UNSUPPORTED_FILE_TYPE"
	CodeFileTooLarge      apperr.UserCode = "FILE_TOO_LARGE"
	CodeWrongState        apperr.UserCode = "PREBOARDING_WRONG_STATE"
	CodeIncomplete        apperr.UserCode = "PREBOARDING_INCOMPLETE"
	CodeNotConfigured     apperr.UserCode = "PREBOARDING_NOT_CONFIGURED"
	CodeProductNotActive  apperr.UserCode = "PREBOARDING_NOT_ACTIVE"
	CodeEmailInUse        apperr.UserCode = "PREBOARDING_EMAIL_IN_USE"
	CodeRemarksRequired   apperr.UserCode = "PREBOARDING_REMARKS_REQUIRED"
	CodeFirstDayNotFuture apperr.UserCode = "PREBOARDING_FIRST_DAY_PASSED"
)

// Audit actions (R27). Details never carry what the candidate filled in.
const (
	ActionCreated       audit.Action = "PREBOARDING_CREATED"
	ActionResent        audit.Action = "PREBOARDING_INVITATION_RESENT"
	ActionSaved         audit.Action = "PREBOARDING_SAVED"
	ActionUploaded      audit.Action = "PREBOARDING_DOCUMENT_UPLOADED"
	ActionSubmitted     audit.Action = "PREBOARDING_SUBMITTED"
	ActionReturned      audit.Action = "PREBOARDING_RETURNED"
	ActionCompleted     audit.Action = "PREBOARDING_COMPLETED"
	ActionEnded         audit.Action = "PREBOARDING_ENDED"
	ActionAcknowledged  audit.Action = "PREBOARDING_DOCUMENTS_ACKNOWLEDGED"
	ActionDocumentsGone audit.Action = "PREBOARDING_DOCUMENTS_DELETED"
	ActionReminded      audit.Action = "PREBOARDING_REMINDED"
	changeKindCompleted              = changefeed.Kind("PREBOARDING_COMPLETED")
)

// ChangeCompleted is the change-feed kind of a completed preboarding (R45): data holds
// what payroll takes over except the BSN and the ID copy, which the integrator reads
// with MANAGE_PREBOARDING (preboarding(id:)).
const ChangeCompleted = changeKindCompleted

// Bounds of the input.
const (
	MaxName    = 100
	MaxShort   = 60
	MaxRemark  = 500
	MaxPerPage = 200
)

// NewHire is what staff enter for a candidate (Nieuwe medewerker).
type NewHire struct {
	EmployerID     string
	Initials       string
	FirstName      string
	LastNamePrefix string
	LastName       string
	Email          string
	BirthDate      date.Date
	FirstDay       date.Date
	JobTitle       string
	DepartmentID   *string
}

// Checklist is what the candidate saves; a nil field stays as it is.
type Checklist struct {
	Initials, FirstName, LastNamePrefix, LastName, Phone, Nationality *string
	Street, PostalCode, City, Country                                 *string
	BSN                                                               *string
	IBAN                                                              *string
	TaxCredit                                                         *bool
	TaxCreditFrom                                                     *date.Date
	EmergencyName, EmergencyRelation, EmergencyPhone                  *string
}

// ItemStatus is one checklist item as the checklist shows it.
type ItemStatus struct {
	Item   Item
	Done   bool
	Remark string
}

// File is an ID document side without its bytes.
type File struct {
	Side        Side
	ContentType string
	Size        int
}

// View is a preboarding as staff or the candidate see it.
type View struct {
	ID, EmployerID, PersonID                              string
	State                                                 State
	Initials, FirstName, LastNamePrefix, LastName, Email  string
	BirthDate, FirstDay                                   date.Date
	JobTitle                                              string
	DepartmentID                                          *string
	Phone, Nationality, Street, PostalCode, City, Country string
	// BSN is the full number for MANAGE_PREBOARDING, masked for the candidate, "" when
	// not filled in.
	BSN                                              string
	IBAN                                             string
	TaxCredit                                        *bool
	TaxCreditFrom                                    *date.Date
	EmergencyName, EmergencyRelation, EmergencyPhone string
	Files                                            []File
	Items                                            []ItemStatus
	SubmittedAt, CompletedAt, EndedAt                *time.Time
	DocumentsAcknowledgedAt, DocumentsDeletedAt      *time.Time
	EmploymentID                                     *string
	CreatedAt                                        time.Time
}

// Done counts the items done.
func (v *View) Done() int {
	n := 0
	for _, it := range v.Items {
		if it.Done {
			n++
		}
	}
	return n
}

func (s *Service) now() time.Time { return s.Clock.Now() }

func (s *Service) today() date.Date { return clock.Today(s.Clock) }

func (s *Service) retention() time.Duration {
	if s.DocumentRetention <= 0 {
		return DefaultDocumentRetention
	}
	return s.DocumentRetention
}

func (s *Service) key() (*Key, error) {
	if s.Key == nil {
		return nil, apperr.User(CodeNotConfigured, "preboarding is not configured on this server (PREBOARDING_KEY)")
	}
	return s.Key, nil
}

func invalid(msg string, field ...string) error { return apperr.User(CodeInvalidInput, msg, field...) }

func wrongState(st entpreboarding.State) error {
	return apperr.User(CodeWrongState, fmt.Sprintf("not possible while the preboarding is %s", st))
}

// text trims s and checks its length; required refuses "".
func text(s string, maxLen int, required bool, field string) (string, error) {
	s = strings.TrimSpace(s)
	if required && s == "" {
		return "", invalid(field+" is required", field)
	}
	if utf8.RuneCountInString(s) > maxLen || strings.ContainsAny(s, "\x00\r\n") {
		return "", invalid(fmt.Sprintf("%s is at most %d characters on one line", field, maxLen), field)
	}
	return s, nil
}

// productActive reports whether the employer has Preboarding or MijnLoket -
// Preboarding active (R22: staff tools come with their product too).
func (s *Service) productActive(ctx context.Context, employerID string) (bool, error) {
	n, err := s.Client.ProductActivation.Query().
		Where(productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil(),
			productactivation.HasProductWith(entproduct.CodeIn(product.CodePreboarding, product.CodePreboardingFeature))).
		Count(viewer.System(ctx))
	return n > 0, err
}

// Create makes a candidate — a person without an employment — and its preboarding, and
// invites the candidate (R38, link rules of R2–R4). Needs MANAGE_PREBOARDING.
func (s *Service) Create(ctx context.Context, in NewHire) (*View, error) {
	v, err := viewer.Require(ctx, viewer.ManagePreboarding)
	if err != nil {
		return nil, err
	}
	if _, err := s.key(); err != nil {
		return nil, err
	}
	if in.Initials, err = text(in.Initials, 20, false, "initials"); err != nil {
		return nil, err
	}
	if in.FirstName, err = text(in.FirstName, MaxName, true, "firstName"); err != nil {
		return nil, err
	}
	if in.LastNamePrefix, err = text(in.LastNamePrefix, 20, false, "lastNamePrefix"); err != nil {
		return nil, err
	}
	if in.LastName, err = text(in.LastName, MaxName, true, "lastName"); err != nil {
		return nil, err
	}
	if in.JobTitle, err = text(in.JobTitle, MaxName, false, "jobTitle"); err != nil {
		return nil, err
	}
	email, err := access.NormalizeEmail(in.Email)
	if err != nil {
		return nil, err
	}
	today := s.today()
	if in.BirthDate.IsZero() || !in.BirthDate.Before(today) || in.BirthDate.Before(date.New(1900, 1, 1)) {
		return nil, invalid("the birth date must lie in the past", "birthDate")
	}
	if in.FirstDay.IsZero() || in.FirstDay.Before(today) {
		return nil, apperr.User(CodeFirstDayNotFuture, "the first day cannot lie in the past", "firstDay")
	}
	// The employer must be in reach: another tenant's is not found.
	emp, err := s.Client.Employer.Query().Where(employer.ID(in.EmployerID)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", in.EmployerID)
	}
	if err != nil {
		return nil, err
	}
	if ok, err := s.productActive(ctx, emp.ID); err != nil {
		return nil, err
	} else if !ok {
		return nil, apperr.User(CodeProductNotActive, "the employer has no Preboarding product active")
	}
	if in.DepartmentID != nil {
		// As the system: the department's existence within this employer is all that
		// is asked; reading departments otherwise needs MANAGE_HR_SETTINGS.
		ok, err := s.Client.Department.Query().Where(department.ID(*in.DepartmentID), department.EmployerID(emp.ID)).
			Exist(viewer.System(ctx))
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, invalid("no such team at this employer", "departmentId")
		}
	}
	now := s.now()
	var id string
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		sys := viewer.System(ctx)
		// One login per address within an employer: a second person with the same
		// private address would receive the other's mails (R18 keeps persons apart).
		taken, err := c.Person.Query().Where(person.EmployerID(emp.ID), person.Email(email)).Exist(sys)
		if err != nil {
			return err
		}
		if taken {
			return apperr.User(CodeEmailInUse, "a person of this employer already has this e-mail address", "email")
		}
		p, err := c.Person.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetInitials(in.Initials).SetFirstName(in.FirstName).SetLastNamePrefix(in.LastNamePrefix).
			SetLastName(in.LastName).SetBirthDate(in.BirthDate).SetEmail(email).
			SetSearchKey(directory.SearchKey(in.FirstName, in.LastNamePrefix, in.LastName, email)).
			Save(sys)
		if err != nil {
			return err
		}
		id = pid.New(pid.Preboarding)
		if err := c.Preboarding.Create().SetID(id).SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetPersonID(p.ID).SetFirstDay(in.FirstDay).SetJobTitle(in.JobTitle).
			SetNillableDepartmentID(in.DepartmentID).SetCreatedBy(v.ID).
			SetCreatedAt(now).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		inv, err := s.Access.InviteInTx(sys, c, p.ID, v.ID, mail.PreboardingInvitation,
			map[string]string{"FirstDay": in.FirstDay.Time().Format("02-01-2006")})
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionCreated, emp.ProviderID, emp.ID, p.ID, id, map[string]string{
			"invitation": inv, "firstDay": in.FirstDay.String(),
		}))
	})
	if err != nil {
		return nil, err
	}
	return s.Get(ctx, id)
}

func (s *Service) event(a audit.Action, providerID, employerID, personID, id string, details map[string]string) audit.Event {
	return audit.Event{Action: a, ProviderID: providerID, EmployerID: employerID, PersonID: personID,
		TargetType: "Preboarding", TargetID: id, Details: details, At: s.now()}
}

// loadStaff reads a preboarding for staff, locked when lock; another tenant's is not
// found.
func (s *Service) loadStaff(ctx context.Context, c *ent.Client, id string, lock bool) (*ent.Preboarding, error) {
	q := c.Preboarding.Query().Where(entpreboarding.ID(id))
	if lock {
		q.Modify(store.ForUpdate)
	}
	pb, err := q.Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("preboarding %s not found", id)
	}
	return pb, err
}

// Get returns one preboarding with the BSN in full. Needs MANAGE_PREBOARDING.
func (s *Service) Get(ctx context.Context, id string) (*View, error) {
	if _, err := viewer.Require(ctx, viewer.ManagePreboarding); err != nil {
		return nil, err
	}
	pb, err := s.loadStaff(ctx, s.Client, id, false)
	if err != nil {
		return nil, err
	}
	return s.view(ctx, pb, true)
}

// List returns the preboardings of an employer, the open ones first by first day, at
// most MaxPerPage. Needs MANAGE_PREBOARDING.
func (s *Service) List(ctx context.Context, employerID string, states []State) ([]*View, error) {
	if _, err := viewer.Require(ctx, viewer.ManagePreboarding); err != nil {
		return nil, err
	}
	q := s.Client.Preboarding.Query().Where(entpreboarding.EmployerID(employerID))
	if len(states) > 0 {
		es := make([]entpreboarding.State, len(states))
		for i, st := range states {
			es[i] = entpreboarding.State(st)
		}
		q.Where(entpreboarding.StateIn(es...))
	}
	pbs, err := q.Order(ent.Asc(entpreboarding.FieldFirstDay), ent.Asc(entpreboarding.FieldID)).Limit(MaxPerPage).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*View, 0, len(pbs))
	for _, pb := range pbs {
		v, err := s.view(ctx, pb, false)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// Team is a team (afdeling) a new hire can be placed in.
type Team struct {
	ID, Name string
}

// Teams lists the employer's teams by name, for the new hire's team. Needs
// MANAGE_PREBOARDING: staff who create candidates need not hold MANAGE_HR_SETTINGS,
// which reading departments otherwise asks, and names are all they see.
func (s *Service) Teams(ctx context.Context, employerID string) ([]*Team, error) {
	if _, err := viewer.Require(ctx, viewer.ManagePreboarding); err != nil {
		return nil, err
	}
	// The employer must be in reach: another tenant's is not found.
	emp, err := s.Client.Employer.Query().Where(employer.ID(employerID)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", employerID)
	}
	if err != nil {
		return nil, err
	}
	deps, err := s.Client.Department.Query().Where(department.EmployerID(emp.ID)).
		Order(ent.Asc(department.FieldName), ent.Asc(department.FieldID)).All(viewer.System(ctx))
	if err != nil {
		return nil, err
	}
	out := make([]*Team, len(deps))
	for i, d := range deps {
		out[i] = &Team{ID: d.ID, Name: d.Name}
	}
	return out, nil
}

// view builds the view of pb; full opens the BSN (staff with the right), otherwise it
// is masked. The person is read as the system: the preboarding's own policy already
// decided that the caller may see it.
func (s *Service) view(ctx context.Context, pb *ent.Preboarding, full bool) (*View, error) {
	sys := viewer.System(ctx)
	p, err := s.Client.Person.Get(sys, pb.PersonID)
	if err != nil {
		return nil, err
	}
	files, err := s.Client.PreboardingFile.Query().Where(preboardingfile.PreboardingID(pb.ID)).
		Select(preboardingfile.FieldSide, preboardingfile.FieldContentType, preboardingfile.FieldSize).
		Order(ent.Desc(preboardingfile.FieldSide)).All(sys)
	if err != nil {
		return nil, err
	}
	v := &View{
		ID: pb.ID, EmployerID: pb.EmployerID, PersonID: pb.PersonID, State: State(pb.State),
		Initials: p.Initials, FirstName: p.FirstName, LastNamePrefix: p.LastNamePrefix, LastName: p.LastName,
		Email: deref(p.Email), BirthDate: p.BirthDate, FirstDay: pb.FirstDay, JobTitle: pb.JobTitle,
		DepartmentID: pb.DepartmentID, Phone: pb.Phone, Nationality: pb.Nationality, Street: pb.Street,
		PostalCode: pb.PostalCode, City: pb.City, Country: pb.Country, IBAN: pb.Iban, TaxCredit: pb.TaxCredit,
		TaxCreditFrom: pb.TaxCreditFrom, EmergencyName: pb.EmergencyName, EmergencyRelation: pb.EmergencyRelation,
		EmergencyPhone: pb.EmergencyPhone, SubmittedAt: pb.SubmittedAt, CompletedAt: pb.CompletedAt,
		EndedAt: pb.EndedAt, DocumentsAcknowledgedAt: pb.DocumentsAcknowledgedAt,
		DocumentsDeletedAt: pb.DocumentsDeletedAt, EmploymentID: pb.EmploymentID, CreatedAt: pb.CreatedAt,
	}
	for _, f := range files {
		v.Files = append(v.Files, File{Side: Side(f.Side), ContentType: f.ContentType, Size: f.Size})
	}
	if hasBSN(pb) {
		k, err := s.key()
		if err != nil {
			return nil, err
		}
		bsn, err := k.Open(pb.ID, "bsn", *pb.BsnSealed)
		if err != nil {
			return nil, fmt.Errorf("preboarding %s: %w", pb.ID, err)
		}
		v.BSN = string(bsn)
		if !full {
			v.BSN = "******" + v.BSN[6:]
		}
	}
	has := func(side Side) bool {
		return slices.ContainsFunc(v.Files, func(f File) bool { return f.Side == side })
	}
	done := map[Item]bool{
		ItemPersonal:  p.Initials != "" && p.FirstName != "" && p.LastName != "" && pb.Phone != "" && pb.Nationality != "",
		ItemAddress:   pb.Street != "" && pb.PostalCode != "" && pb.City != "" && pb.Country != "",
		ItemBSN:       hasBSN(pb),
		ItemIBAN:      pb.Iban != "",
		ItemTaxCredit: pb.TaxCredit != nil && (!*pb.TaxCredit || pb.TaxCreditFrom != nil),
		ItemEmergency: pb.EmergencyName != "" && pb.EmergencyPhone != "",
		// After completion the ID copy may be deleted (PurgeJob); the item stays done.
		ItemIDDoc: (has(Front) && has(Back)) || pb.DocumentsDeletedAt != nil,
	}
	for _, it := range Items {
		v.Items = append(v.Items, ItemStatus{Item: it, Done: done[it], Remark: pb.Remarks[string(it)]})
	}
	return v, nil
}

// hasBSN reports whether pb holds a sealed BSN (ent scans a NULL blob as an empty one).
func hasBSN(pb *ent.Preboarding) bool { return pb.BsnSealed != nil && len(*pb.BsnSealed) > 0 }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// Mine returns the signed-in candidate's preboarding, or nil when they have none.
// Feature PREBOARDING (R22).
func (s *Service) Mine(ctx context.Context) (*View, error) {
	v, err := s.Gate.Employee(ctx, feature.Preboarding)
	if err != nil {
		return nil, err
	}
	pb, err := s.Client.Preboarding.Query().Where(entpreboarding.PersonID(v.PersonID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return s.view(ctx, pb, false)
}

// candidate runs fn on the signed-in candidate's own preboarding, locked, in one
// transaction, when the candidate may still change it: not while staff have it
// (submitted), nor once it is completed or ended. An invited preboarding moves to in
// progress.
func (s *Service) candidate(ctx context.Context, fn func(c *ent.Client, pb *ent.Preboarding) error) (*View, error) {
	v, err := s.Gate.Employee(ctx, feature.Preboarding)
	if err != nil {
		return nil, err
	}
	if _, err := s.key(); err != nil {
		return nil, err
	}
	var id string
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		pb, err := c.Preboarding.Query().Where(entpreboarding.PersonID(v.PersonID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no preboarding")
		}
		if err != nil {
			return err
		}
		id = pb.ID
		switch pb.State {
		case entpreboarding.StateINVITED:
			if err := c.Preboarding.UpdateOne(pb).SetState(entpreboarding.StateIN_PROGRESS).Exec(ctx); err != nil {
				return err
			}
			pb.State = entpreboarding.StateIN_PROGRESS
		case entpreboarding.StateIN_PROGRESS, entpreboarding.StateRETURNED:
		default:
			return wrongState(pb.State)
		}
		return fn(c, pb)
	})
	if err != nil {
		return nil, err
	}
	pb, err := s.Client.Preboarding.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.view(ctx, pb, false)
}

// Save stores what the candidate filled in so far (save as you go); every given field
// is checked (BSN by the eleven test, IBAN by ISO 13616 mod 97).
func (s *Service) Save(ctx context.Context, in Checklist) (*View, error) {
	return s.candidate(ctx, func(c *ent.Client, pb *ent.Preboarding) error {
		upd := c.Preboarding.UpdateOne(pb).SetUpdatedAt(s.now())
		var items []string
		mark := func(it Item) {
			if !slices.Contains(items, string(it)) {
				items = append(items, string(it))
			}
		}
		pu := c.Person.UpdateOneID(pb.PersonID)
		personChanged := false
		p, err := c.Person.Get(viewer.System(ctx), pb.PersonID)
		if err != nil {
			return err
		}
		names := [4]string{p.Initials, p.FirstName, p.LastNamePrefix, p.LastName}
		for i, f := range []struct {
			val      *string
			max      int
			required bool
			name     string
		}{{in.Initials, 20, true, "initials"}, {in.FirstName, MaxName, true, "firstName"},
			{in.LastNamePrefix, 20, false, "lastNamePrefix"}, {in.LastName, MaxName, true, "lastName"}} {
			if f.val == nil {
				continue
			}
			t, err := text(*f.val, f.max, f.required, f.name)
			if err != nil {
				return err
			}
			names[i], personChanged = t, true
			mark(ItemPersonal)
		}
		if personChanged {
			pu.SetInitials(names[0]).SetFirstName(names[1]).SetLastNamePrefix(names[2]).SetLastName(names[3]).
				SetSearchKey(directory.SearchKey(names[1], names[2], names[3], deref(p.Email)))
		}
		for _, f := range []struct {
			val  *string
			max  int
			name string
			item Item
			set  func(string) *ent.PreboardingUpdateOne
		}{
			{in.Phone, 30, "phone", ItemPersonal, upd.SetPhone},
			{in.Nationality, MaxShort, "nationality", ItemPersonal, upd.SetNationality},
			{in.Street, 200, "street", ItemAddress, upd.SetStreet},
			{in.PostalCode, 10, "postalCode", ItemAddress, upd.SetPostalCode},
			{in.City, MaxName, "city", ItemAddress, upd.SetCity},
			{in.Country, MaxShort, "country", ItemAddress, upd.SetCountry},
			{in.EmergencyName, MaxName, "emergencyName", ItemEmergency, upd.SetEmergencyName},
			{in.EmergencyRelation, MaxShort, "emergencyRelation", ItemEmergency, upd.SetEmergencyRelation},
			{in.EmergencyPhone, 30, "emergencyPhone", ItemEmergency, upd.SetEmergencyPhone},
		} {
			if f.val == nil {
				continue
			}
			t, err := text(*f.val, f.max, false, f.name)
			if err != nil {
				return err
			}
			f.set(t)
			mark(f.item)
		}
		if in.BSN != nil {
			bsn, ok := NormalBSN(*in.BSN)
			if !ok {
				return apperr.User(CodeInvalidBSN, "this is not a valid BSN (eleven test)", "bsn")
			}
			sealed, err := s.Key.Seal(pb.ID, "bsn", []byte(bsn))
			if err != nil {
				return err
			}
			upd.SetBsnSealed(sealed)
			mark(ItemBSN)
		}
		if in.IBAN != nil {
			iban, ok := payroll.NormalIBAN(*in.IBAN)
			if !ok {
				return apperr.User(CodeInvalidIBAN, "this is not a valid IBAN", "iban")
			}
			upd.SetIban(iban)
			mark(ItemIBAN)
		}
		if in.TaxCredit != nil {
			upd.SetTaxCredit(*in.TaxCredit)
			if *in.TaxCredit {
				from := in.TaxCreditFrom
				if from == nil {
					from = pb.TaxCreditFrom
				}
				if from == nil {
					return invalid("say from when the payroll tax credit applies", "taxCreditFrom")
				}
				upd.SetTaxCreditFrom(*from)
			} else {
				upd.ClearTaxCreditFrom()
			}
			mark(ItemTaxCredit)
		} else if in.TaxCreditFrom != nil {
			upd.SetTaxCreditFrom(*in.TaxCreditFrom)
			mark(ItemTaxCredit)
		}
		if len(items) == 0 {
			return nil
		}
		if err := upd.Exec(ctx); err != nil {
			return err
		}
		if personChanged {
			// As the system: the candidate changes their own person's name, which the
			// Person policy would otherwise leave to staff.
			if err := pu.Exec(viewer.System(ctx)); err != nil {
				return err
			}
		}
		return audit.Record(ctx, c, s.event(ActionSaved, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"items": strings.Join(items, ",")}))
	})
}

// Upload stores one side of the ID document, sealed. The type is sniffed from the
// bytes (JPEG, PNG or PDF) and the size is checked here, whatever the browser claimed.
func (s *Service) Upload(ctx context.Context, side Side, data []byte) (*View, error) {
	if side != Front && side != Back {
		return nil, invalid("side is FRONT or BACK", "side")
	}
	if len(data) > MaxFileBytes {
		return nil, apperr.User(CodeFileTooLarge, fmt.Sprintf("a file is at most %d MB", MaxFileBytes>>20), "file")
	}
	ct := SniffType(data)
	if ct == "" || len(data) < 64 {
		return nil, apperr.User(CodeFileType, "upload a photo (JPEG or PNG) or a PDF", "file")
	}
	return s.candidate(ctx, func(c *ent.Client, pb *ent.Preboarding) error {
		sealed, err := s.Key.Seal(pb.ID, "id-"+string(side), data)
		if err != nil {
			return err
		}
		now := s.now()
		if _, err := c.PreboardingFile.Delete().
			Where(preboardingfile.PreboardingID(pb.ID), preboardingfile.SideEQ(preboardingfile.Side(side))).Exec(ctx); err != nil {
			return err
		}
		if err := c.PreboardingFile.Create().SetProviderID(pb.ProviderID).SetEmployerID(pb.EmployerID).
			SetPersonID(pb.PersonID).SetPreboardingID(pb.ID).SetSide(preboardingfile.Side(side)).
			SetContentType(ct).SetSize(len(data)).SetSealed(sealed).SetCreatedAt(now).SetUpdatedAt(now).
			Exec(ctx); err != nil {
			return err
		}
		if err := c.Preboarding.UpdateOne(pb).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionUploaded, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"side": string(side), "type": ct}))
	})
}

// Submit hands the checklist to staff once every item is done; the remarks of a
// return are cleared.
func (s *Service) Submit(ctx context.Context) (*View, error) {
	return s.candidate(ctx, func(c *ent.Client, pb *ent.Preboarding) error {
		v, err := s.view(ctx, pb, false)
		if err != nil {
			return err
		}
		var open []string
		for _, it := range v.Items {
			if !it.Done {
				open = append(open, string(it.Item))
			}
		}
		if len(open) > 0 {
			return apperr.User(CodeIncomplete, "finish every item first: "+strings.Join(open, ", "), open...)
		}
		now := s.now()
		if err := c.Preboarding.UpdateOne(pb).SetState(entpreboarding.StateSUBMITTED).SetSubmittedAt(now).
			ClearRemarks().SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionSubmitted, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID, nil))
	})
}

// staff runs fn on a preboarding staff act on, locked, in one transaction. Needs
// MANAGE_PREBOARDING.
func (s *Service) staff(ctx context.Context, id string, fn func(c *ent.Client, pb *ent.Preboarding, p *ent.Person) error) (*View, error) {
	if _, err := viewer.Require(ctx, viewer.ManagePreboarding); err != nil {
		return nil, err
	}
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		pb, err := s.loadStaff(ctx, c, id, true)
		if err != nil {
			return err
		}
		p, err := c.Person.Query().Where(person.ID(pb.PersonID)).WithEmployer().Only(viewer.System(ctx))
		if err != nil {
			return err
		}
		return fn(c, pb, p)
	})
	if err != nil {
		return nil, err
	}
	return s.Get(ctx, id)
}

func (s *Service) candidateMail(kind mail.Kind, p *ent.Person, vars map[string]string) mail.Message {
	all := map[string]string{"FirstName": p.FirstName, "EmployerName": p.Edges.Employer.Name, "PortalURL": s.PortalURL}
	for k, v := range vars {
		all[k] = v
	}
	return mail.Message{Kind: kind, To: deref(p.Email), ProviderID: p.ProviderID, EmployerID: p.EmployerID,
		PersonID: p.ID, Vars: all, QueuedAt: s.now()}
}

// Return sends a submitted checklist back to the candidate with remarks per item
// (R38); at least one remark is needed.
func (s *Service) Return(ctx context.Context, id string, remarks map[Item]string) (*View, error) {
	clean := map[string]string{}
	for it, r := range remarks {
		if !slices.Contains(Items, it) {
			return nil, invalid("unknown checklist item "+string(it), "remarks")
		}
		t, err := text(r, MaxRemark, false, "remarks")
		if err != nil {
			return nil, err
		}
		if t != "" {
			clean[string(it)] = t
		}
	}
	if len(clean) == 0 {
		return nil, apperr.User(CodeRemarksRequired, "say what the candidate should correct", "remarks")
	}
	return s.staff(ctx, id, func(c *ent.Client, pb *ent.Preboarding, p *ent.Person) error {
		if pb.State != entpreboarding.StateSUBMITTED {
			return wrongState(pb.State)
		}
		if err := c.Preboarding.UpdateOne(pb).SetState(entpreboarding.StateRETURNED).SetRemarks(clean).
			SetUpdatedAt(s.now()).Exec(ctx); err != nil {
			return err
		}
		items := make([]string, 0, len(clean))
		for _, it := range Items {
			if _, ok := clean[string(it)]; ok {
				items = append(items, string(it))
			}
		}
		if err := mail.Enqueue(ctx, c, s.candidateMail(mail.PreboardingReturned, p, nil)); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionReturned, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"items": strings.Join(items, ",")}))
	})
}

// Complete turns the candidate into an employee: an employment from the first day with
// the next employee number, the address on the person, the team, and a change in the
// feed for payroll (R45). The account stays: same login, no second invitation.
func (s *Service) Complete(ctx context.Context, id string) (*View, error) {
	return s.staff(ctx, id, func(c *ent.Client, pb *ent.Preboarding, p *ent.Person) error {
		if pb.State != entpreboarding.StateSUBMITTED {
			return wrongState(pb.State)
		}
		sys := viewer.System(ctx)
		now := s.now()
		next := 1
		last, err := c.Employment.Query().Where(employment.EmployerID(pb.EmployerID)).
			Order(ent.Desc(employment.FieldEmployeeNumber)).First(sys)
		switch {
		case err == nil:
			next = last.EmployeeNumber + 1
		case !ent.IsNotFound(err):
			return err
		}
		emp, err := c.Employment.Create().SetProviderID(pb.ProviderID).SetEmployerID(pb.EmployerID).
			SetPersonID(pb.PersonID).SetEmployeeNumber(next).SetStartDate(pb.FirstDay).
			SetJobTitle(pb.JobTitle).Save(sys)
		if err != nil {
			return err
		}
		if err := c.Person.UpdateOneID(p.ID).SetStreet(pb.Street).SetPostalCode(pb.PostalCode).
			SetCity(pb.City).SetPhone(pb.Phone).Exec(sys); err != nil {
			return err
		}
		if pb.DepartmentID != nil {
			if err := c.DepartmentMember.Create().SetProviderID(pb.ProviderID).SetEmployerID(pb.EmployerID).
				SetDepartmentID(*pb.DepartmentID).SetPersonID(p.ID).
				OnConflictColumns(departmentmember.FieldPersonID).UpdateDepartmentID().Exec(sys); err != nil {
				return err
			}
		}
		if err := c.Preboarding.UpdateOne(pb).SetState(entpreboarding.StateCOMPLETED).SetCompletedAt(now).
			SetEmploymentID(emp.ID).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		data := map[string]string{
			"preboardingId": pb.ID, "employeeNumber": fmt.Sprint(emp.EmployeeNumber), "firstDay": pb.FirstDay.String(),
			"jobTitle": pb.JobTitle, "initials": p.Initials, "firstName": p.FirstName,
			"lastNamePrefix": p.LastNamePrefix, "lastName": p.LastName, "birthDate": p.BirthDate.String(),
			"email": deref(p.Email), "phone": pb.Phone, "nationality": pb.Nationality, "street": pb.Street,
			"postalCode": pb.PostalCode, "city": pb.City, "country": pb.Country, "iban": pb.Iban,
			"taxCredit": fmt.Sprint(pb.TaxCredit != nil && *pb.TaxCredit),
		}
		if pb.TaxCreditFrom != nil {
			data["taxCreditFrom"] = pb.TaxCreditFrom.String()
		}
		if err := changefeed.Record(ctx, c, changefeed.Change{Kind: ChangeCompleted, ProviderID: pb.ProviderID,
			EmployerID: pb.EmployerID, PersonID: pb.PersonID, EmploymentID: emp.ID, SubjectType: "Preboarding",
			SubjectID: pb.ID, Data: data, At: now}); err != nil {
			return err
		}
		if err := mail.Enqueue(ctx, c, s.candidateMail(mail.PreboardingCompleted, p,
			map[string]string{"FirstDay": pb.FirstDay.Time().Format("02-01-2006")})); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionCompleted, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"employment": emp.ID}))
	})
}

// End stops a preboarding that was not completed: everything the candidate submitted
// is deleted (checklist, BSN, ID copy), the invitation stops working and the account is
// blocked; the audit line of the end stays (R38).
func (s *Service) End(ctx context.Context, id string) (*View, error) {
	return s.staff(ctx, id, func(c *ent.Client, pb *ent.Preboarding, p *ent.Person) error {
		if pb.State == entpreboarding.StateCOMPLETED || pb.State == entpreboarding.StateENDED {
			return wrongState(pb.State)
		}
		sys := viewer.System(ctx)
		now := s.now()
		if _, err := c.PreboardingFile.Delete().Where(preboardingfile.PreboardingID(pb.ID)).Exec(ctx); err != nil {
			return err
		}
		if err := c.Preboarding.UpdateOne(pb).SetState(entpreboarding.StateENDED).SetEndedAt(now).
			SetPhone("").SetNationality("").SetStreet("").SetPostalCode("").SetCity("").SetCountry("").
			ClearBsnSealed().SetIban("").ClearTaxCredit().ClearTaxCreditFrom().
			SetEmergencyName("").SetEmergencyRelation("").SetEmergencyPhone("").ClearRemarks().
			SetDocumentsDeletedAt(now).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		if err := s.Access.RevokeInTx(sys, c, p.ID); err != nil {
			return err
		}
		if err := c.Account.Update().Where(account.PersonID(p.ID), account.StateNEQ(account.StateBLOCKED)).
			SetState(account.StateBLOCKED).Exec(sys); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionEnded, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"from": string(pb.State)}))
	})
}

// Resend gives the candidate a new invitation link while the old one was not used
// (R3); the old link stops working.
func (s *Service) Resend(ctx context.Context, id string) (*View, error) {
	v := viewer.FromContext(ctx)
	return s.staff(ctx, id, func(c *ent.Client, pb *ent.Preboarding, p *ent.Person) error {
		if pb.State == entpreboarding.StateCOMPLETED || pb.State == entpreboarding.StateENDED {
			return wrongState(pb.State)
		}
		inv, err := s.Access.InviteInTx(viewer.System(ctx), c, p.ID, v.ID, mail.PreboardingInvitation,
			map[string]string{"FirstDay": pb.FirstDay.Time().Format("02-01-2006")})
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionResent, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"invitation": inv}))
	})
}

// Document returns one side of the ID copy, opened. Needs MANAGE_PREBOARDING (R38).
func (s *Service) Document(ctx context.Context, id string, side Side) (contentType string, data []byte, err error) {
	if _, err := viewer.Require(ctx, viewer.ManagePreboarding); err != nil {
		return "", nil, err
	}
	k, err := s.key()
	if err != nil {
		return "", nil, err
	}
	pb, err := s.loadStaff(ctx, s.Client, id, false)
	if err != nil {
		return "", nil, err
	}
	f, err := s.Client.PreboardingFile.Query().
		Where(preboardingfile.PreboardingID(pb.ID), preboardingfile.SideEQ(preboardingfile.Side(side))).Only(ctx)
	if ent.IsNotFound(err) {
		return "", nil, apperr.NotFoundf("no %s side", side)
	}
	if err != nil {
		return "", nil, err
	}
	data, err = k.Open(pb.ID, "id-"+string(side), f.Sealed)
	if err != nil {
		return "", nil, fmt.Errorf("preboarding %s: %w", pb.ID, err)
	}
	return f.ContentType, data, nil
}

// AcknowledgeDocuments records that the integrator took over the ID copy of a
// completed preboarding; PurgeJob deletes it DocumentRetention later. Acknowledging
// again changes nothing. Only API clients with MANAGE_PREBOARDING acknowledge.
func (s *Service) AcknowledgeDocuments(ctx context.Context, id string) (*View, error) {
	if v := viewer.FromContext(ctx); v == nil || v.Kind != viewer.KindAPIClient {
		return nil, apperr.Forbiddenf("only an API client acknowledges the ID copy")
	}
	return s.staff(ctx, id, func(c *ent.Client, pb *ent.Preboarding, _ *ent.Person) error {
		if pb.State != entpreboarding.StateCOMPLETED {
			return wrongState(pb.State)
		}
		if pb.DocumentsAcknowledgedAt != nil {
			return nil
		}
		now := s.now()
		if err := c.Preboarding.UpdateOne(pb).SetDocumentsAcknowledgedAt(now).SetUpdatedAt(now).Exec(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, s.event(ActionAcknowledged, pb.ProviderID, pb.EmployerID, pb.PersonID, pb.ID,
			map[string]string{"deleteAfter": now.Add(s.retention()).UTC().Format(time.RFC3339)}))
	})
}

// Exists reports whether any preboarding holds sealed data: the server refuses to
// start without PREBOARDING_KEY in production then, since that data would not open.
func Exists(ctx context.Context, c *ent.Client) (bool, error) {
	return c.Preboarding.Query().Exist(viewer.System(ctx))
}
