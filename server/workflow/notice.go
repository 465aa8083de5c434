package workflow

import (
	"context"
	"fmt"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// The mails of routes (R34, R35): the notify-only recipients hear that a request was
// decided, managers get a daily digest of their open tasks (DigestJob), and holders of
// HANDLE_REQUESTS hear of tasks that wait too long (EscalationJob). The mails name the
// employee, the kind of request and dates — never what the request asks (an amount, an
// address, an IBAN), which the recipients may not be entitled to.

// kindTexts are the kinds of request as the mails name them, per language.
var kindTexts = map[mail.Locale]map[Kind]string{
	mail.NL: {spec.KindLeave: "verlofaanvraag", spec.KindLeaveCancellation: "annulering van verlof",
		spec.KindClaim: "declaratie", spec.KindPersonalDataChange: "wijziging van persoonsgegevens"},
	mail.EN: {spec.KindLeave: "leave request", spec.KindLeaveCancellation: "leave cancellation",
		spec.KindClaim: "expense claim", spec.KindPersonalDataChange: "personal data change"},
}

// kindText names kind k in locale l.
func kindText(k Kind, l mail.Locale) string {
	if t, ok := kindTexts[l][k]; ok {
		return t
	}
	return kindTexts[mail.NL][k]
}

// onBehalfText is "X namens Y" in locale l, or X alone.
func onBehalfText(by, forName string, l mail.Locale) string {
	if forName == "" {
		return by
	}
	return by + " " + onBehalfOnly(forName, l)
}

// onBehalfOnly is "namens Y" in locale l.
func onBehalfOnly(forName string, l mail.Locale) string {
	if l == mail.EN {
		return "on behalf of " + forName
	}
	return "namens " + forName
}

// dayText writes a day as 02-03-2026, readable in both languages.
func dayText(d date.Date) string { return fmt.Sprintf("%02d-%02d-%04d", d.Day, int(d.Month), d.Year) }

// userLocale is the language a staff user chose on the staff pages; Dutch until they do.
func userLocale(u *ent.User) mail.Locale {
	if u.Language != nil && mail.Locale(*u.Language).Valid() {
		return mail.Locale(*u.Language)
	}
	return mail.NL
}

func yes(b bool) string {
	if b {
		return "ja"
	}
	return ""
}

// notifyDecided queues, in the decision's transaction c, the mail to the route's
// notify-only recipients that req was decided (R34): the active staff users of its
// tenant among them with an address, each in their language. by and forName are who
// decided and for whom ("X namens Y", R35); by is empty for an automatic approval.
func (s *Service) notifyDecided(ctx context.Context, c *ent.Client, req *ent.WorkflowRequest, approved bool, by, forName string) error {
	if len(req.Route.NotifyUserIDs) == 0 {
		return nil
	}
	sys := viewer.System(ctx)
	us, err := c.User.Query().Where(user.IDIn(req.Route.NotifyUserIDs...), user.ProviderID(req.ProviderID),
		user.Or(user.EmployerIDIsNil(), user.EmployerID(req.EmployerID)), user.StateEQ(user.StateACTIVE), user.EmailNEQ("")).
		Order(user.ByID()).All(sys)
	if err != nil {
		return fmt.Errorf("workflow: notify-only users of %s: %w", req.ID, err)
	}
	if len(us) == 0 {
		return nil
	}
	p, err := c.Person.Get(sys, req.PersonID)
	if err != nil {
		return fmt.Errorf("workflow: person of %s: %w", req.ID, err)
	}
	e, err := c.Employer.Get(sys, req.EmployerID)
	if err != nil {
		return fmt.Errorf("workflow: employer of %s: %w", req.ID, err)
	}
	msgs := make([]mail.Message, 0, len(us))
	for _, u := range us {
		if _, err := mail.CheckAddress(u.Email); err != nil {
			continue
		}
		l := userLocale(u)
		decidedBy := ""
		if by != "" {
			decidedBy = onBehalfText(by, forName, l)
		}
		msgs = append(msgs, mail.Message{Kind: mail.RequestDecidedNotice, Locale: l, To: u.Email, ProviderID: req.ProviderID,
			EmployerID: req.EmployerID, QueuedAt: s.now(), Vars: map[string]string{
				"Name": u.DisplayName, "EmployeeName": directory.FullName(p), "EmployerName": e.Name,
				"RequestKind": kindText(Kind(req.Kind), l), "Approved": yes(approved), "DecidedBy": decidedBy,
			}})
	}
	return mail.EnqueueMany(ctx, c, msgs)
}
