package access

import (
	"context"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// LanguageChanged records that an employee chose the portal's language (R46).
const LanguageChanged audit.Action = "LANGUAGE_CHANGED"

// Language returns the language the signed-in employee chose in the portal, and
// whether they chose one; mails go out in Dutch until they do (R46).
func (s *Service) Language(ctx context.Context) (mail.Locale, bool, error) {
	_, a, err := s.employee(ctx)
	if err != nil {
		return "", false, err
	}
	if a.Language == nil {
		return mail.NL, false, nil
	}
	return mail.Locale(*a.Language), true, nil
}

// SetLanguage stores the language the signed-in employee chose with the portal's
// language switch; every mail to the employee from then on is in it (R46). Choosing
// the language already stored changes nothing and records nothing.
func (s *Service) SetLanguage(ctx context.Context, l mail.Locale) (mail.Locale, error) {
	if !l.Valid() {
		return "", apperr.User("INVALID_INPUT", "the portal speaks nl and en", "language")
	}
	if v := viewer.FromContext(ctx); v != nil && v.Kind == viewer.KindStaff {
		return s.setStaffLanguage(ctx, v, l)
	}
	_, a, err := s.employee(ctx)
	if err != nil {
		return "", err
	}
	if a.Language != nil && mail.Locale(*a.Language) == l {
		return l, nil
	}
	from := ""
	if a.Language != nil {
		from = string(*a.Language)
	}
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		if err := c.Account.UpdateOneID(a.ID).SetLanguage(account.Language(l)).Exec(ctx); err != nil {
			return err
		}
		p := a.Edges.Person
		return audit.Record(ctx, c, s.event(LanguageChanged, &subject{p: p, acc: a, emp: p.Edges.Employer},
			map[string]string{"from": from, "to": string(l)}))
	})
	if err != nil {
		return "", err
	}
	return l, nil
}

// setStaffLanguage stores the language a signed-in staff user chose with the language
// switch of the staff pages: the mails to them (the handlers' leave digest, R33) go out
// in it (R46). Choosing the language already stored changes nothing.
func (s *Service) setStaffLanguage(ctx context.Context, v *viewer.Principal, l mail.Locale) (mail.Locale, error) {
	// As the system: a staff user changes only their own row, found by the principal's ID.
	sys := viewer.System(ctx)
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		u, err := c.User.Query().Where(user.ID(v.ID), user.ProviderID(v.ProviderID)).Only(sys)
		if ent.IsNotFound(err) {
			return apperr.NotFoundf("no staff user %s", v.ID)
		}
		if err != nil {
			return err
		}
		if u.Language != nil && mail.Locale(*u.Language) == l {
			return nil
		}
		from := ""
		if u.Language != nil {
			from = string(*u.Language)
		}
		if err := c.User.UpdateOne(u).SetLanguage(user.Language(l)).Exec(sys); err != nil {
			return err
		}
		e := audit.Event{Action: LanguageChanged, ProviderID: u.ProviderID, TargetType: "StaffUser", TargetID: u.ID,
			Details: map[string]string{"from": from, "to": string(l)}}
		if u.EmployerID != nil {
			e.EmployerID = *u.EmployerID
		}
		return audit.Record(ctx, c, e)
	})
	if err != nil {
		return "", err
	}
	return l, nil
}
