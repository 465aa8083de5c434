package sick

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/verzuimcontact"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ContactInput is a verzuim contact as staff enter it.
type ContactInput struct {
	Name     string
	Role     string
	Email    string
	Language mail.Locale
}

func (in ContactInput) check() (ContactInput, error) {
	in.Name = strings.TrimSpace(in.Name)
	in.Role = strings.TrimSpace(in.Role)
	if in.Name == "" || utf8.RuneCountInString(in.Name) > 200 {
		return in, userErr(CodeInvalidInput, "the name is required, at most 200 characters", "name")
	}
	if utf8.RuneCountInString(in.Role) > 100 {
		return in, userErr(CodeInvalidInput, "the role is at most 100 characters", "role")
	}
	addr, err := mail.CheckAddress(in.Email)
	if err != nil {
		return in, userErr(codeInvalidEmail, "not a valid e-mail address", "email")
	}
	in.Email = addr
	if in.Language == "" {
		in.Language = mail.NL
	}
	if !in.Language.Valid() {
		return in, userErr(CodeInvalidInput, "the language is nl or en", "language")
	}
	return in, nil
}

// codeInvalidEmail is the code access uses for the same failure.
const codeInvalidEmail apperr.UserCode = "INVALID_EMAIL"

// Contacts returns the employer's verzuim contacts, by name; staff of its tenant only
// (another tenant's employer answers NOT_FOUND).
func (s *Service) Contacts(ctx context.Context, employerID string) ([]*ent.VerzuimContact, error) {
	if _, err := viewer.RequireStaff(ctx); err != nil {
		return nil, err
	}
	return s.Client.VerzuimContact.Query().Where(verzuimcontact.EmployerID(employerID)).
		Order(ent.Asc(verzuimcontact.FieldName), ent.Asc(verzuimcontact.FieldID)).Limit(MaxContacts).All(ctx)
}

// AddContact adds a verzuim contact to the employer (R25); MANAGE_HR_SETTINGS.
func (s *Service) AddContact(ctx context.Context, employerID string, in ContactInput) (*ent.VerzuimContact, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	in, err := in.check()
	if err != nil {
		return nil, err
	}
	var out *ent.VerzuimContact
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		emp, err := c.Employer.Get(ctx, employerID)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no employer with ID %q", employerID)
		}
		if err != nil {
			return err
		}
		// Lock the employer so that two additions cannot pass the bound together.
		if _, err := c.Employer.Query().Where(employer.ID(emp.ID)).Modify(store.ForUpdate).Only(ctx); err != nil {
			return err
		}
		n, err := c.VerzuimContact.Query().Where(verzuimcontact.EmployerID(emp.ID)).Count(ctx)
		if err != nil {
			return err
		}
		if n >= MaxContacts {
			return userErr(CodeTooManyVerzuimContacts, fmt.Sprintf("an employer has at most %d verzuim contacts", MaxContacts))
		}
		if err := duplicateContact(ctx, c, emp.ID, in.Email, ""); err != nil {
			return err
		}
		now := s.now()
		out, err = c.VerzuimContact.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetName(in.Name).SetRole(in.Role).SetEmail(in.Email).SetLanguage(verzuimcontact.Language(in.Language)).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("sick: add contact: %w", err)
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionVerzuimContactAdded,
			ProviderID: emp.ProviderID, EmployerID: emp.ID, TargetType: "VerzuimContact", TargetID: out.ID,
			Details: map[string]string{"name": in.Name, "role": in.Role, "language": string(in.Language)}})
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

func duplicateContact(ctx context.Context, c *ent.Client, employerID, email, except string) error {
	q := c.VerzuimContact.Query().Where(verzuimcontact.EmployerID(employerID), verzuimcontact.EmailEqualFold(email))
	if except != "" {
		q.Where(verzuimcontact.IDNEQ(except))
	}
	dup, err := q.Exist(ctx)
	if err != nil {
		return err
	}
	if dup {
		return userErr(CodeDuplicateVerzuimContact, "the employer already has a verzuim contact with this address", "email")
	}
	return nil
}

// UpdateContact changes a verzuim contact; MANAGE_HR_SETTINGS.
func (s *Service) UpdateContact(ctx context.Context, id string, in ContactInput) (*ent.VerzuimContact, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	in, err := in.check()
	if err != nil {
		return nil, err
	}
	var out *ent.VerzuimContact
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		old, err := c.VerzuimContact.Get(ctx, id)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no verzuim contact with ID %q", id)
		}
		if err != nil {
			return err
		}
		if err := duplicateContact(ctx, c, old.EmployerID, in.Email, old.ID); err != nil {
			return err
		}
		now := s.now()
		if out, err = c.VerzuimContact.UpdateOne(old).SetName(in.Name).SetRole(in.Role).SetEmail(in.Email).
			SetLanguage(verzuimcontact.Language(in.Language)).SetUpdatedAt(now).Save(ctx); err != nil {
			return fmt.Errorf("sick: update contact: %w", err)
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionVerzuimContactChanged,
			ProviderID: old.ProviderID, EmployerID: old.EmployerID, TargetType: "VerzuimContact", TargetID: old.ID,
			Details: map[string]string{"name": in.Name, "role": in.Role, "language": string(in.Language)}})
	})
	if err != nil {
		return nil, err
	}
	return out.Unwrap(), nil
}

// RemoveContact removes a verzuim contact; MANAGE_HR_SETTINGS. Mails already queued
// for it still go out.
func (s *Service) RemoveContact(ctx context.Context, id string) error {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return err
	}
	return store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		old, err := c.VerzuimContact.Get(ctx, id)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no verzuim contact with ID %q", id)
		}
		if err != nil {
			return err
		}
		if err := c.VerzuimContact.DeleteOne(old).Exec(ctx); err != nil {
			return fmt.Errorf("sick: remove contact: %w", err)
		}
		return audit.Record(ctx, c, audit.Event{At: s.now(), Action: ActionVerzuimContactRemoved,
			ProviderID: old.ProviderID, EmployerID: old.EmployerID, TargetType: "VerzuimContact", TargetID: old.ID,
			Details: map[string]string{"name": old.Name, "role": old.Role}})
	})
}

// mailContacts queues the verzuim mail of kind k about rep to every contact of its
// employer, each in the contact's language (R46), through c — the report's own
// transaction, so a report that fails sends nothing (R25). The variables are the
// employee's name, the employer and the dates: nothing the employee typed, nothing
// about the illness. from is the recovery date; partial is what a partial recovery
// resumes ("50%").
func (s *Service) mailContacts(ctx context.Context, c *ent.Client, rep *ent.SickReport, k mail.Kind, from *date.Date, partial *string) error {
	sys := viewer.System(ctx)
	contacts, err := c.VerzuimContact.Query().Where(verzuimcontact.EmployerID(rep.EmployerID)).Limit(MaxContacts).All(sys)
	if err != nil {
		return fmt.Errorf("sick: contacts of %s: %w", rep.EmployerID, err)
	}
	if len(contacts) == 0 {
		return nil
	}
	p, err := c.Person.Get(sys, rep.PersonID)
	if err != nil {
		return fmt.Errorf("sick: person of %s: %w", rep.ID, err)
	}
	e, err := c.Employer.Get(sys, rep.EmployerID)
	if err != nil {
		return fmt.Errorf("sick: employer of %s: %w", rep.ID, err)
	}
	msgs := make([]mail.Message, 0, len(contacts))
	for _, ct := range contacts {
		vars := map[string]string{"ContactName": ct.Name, "EmployeeName": directory.FullName(p), "EmployerName": e.Name,
			"FirstSickDay": dutchDate(rep.FirstSickDay)}
		if k == mail.RecoveryReported && from != nil {
			vars["RecoveryDate"] = dutchDate(*from)
			if partial != nil {
				vars["Partly"] = "ja"
				vars["WorkResumed"] = *partial
			}
		}
		msgs = append(msgs, mail.Message{Kind: k, Locale: mail.Locale(ct.Language), To: ct.Email,
			ProviderID: rep.ProviderID, EmployerID: rep.EmployerID, QueuedAt: s.now(), Vars: vars})
	}
	return mail.EnqueueMany(ctx, c, msgs)
}

// dutchDate writes d as 23-11-2026, readable in both languages.
func dutchDate(d date.Date) string { return fmt.Sprintf("%02d-%02d-%04d", d.Day, int(d.Month), d.Year) }
