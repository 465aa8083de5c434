package leave

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The mails of leave requests (R33, R31), queued in the decision's transaction: the
// employee hears of every decision, in the language they chose (R46, the mail layer);
// the handlers hear when a vacation request stood by lapse of time.

// dutchDate writes d as 20-04-2026, readable in both languages.
func dutchDate(d date.Date) string { return fmt.Sprintf("%02d-%02d-%04d", d.Day, int(d.Month), d.Year) }

func period(r *ent.LeaveRequest) string {
	return dutchDate(r.FirstDay) + " – " + dutchDate(r.LastDay)
}

func yes(b bool) string {
	if b {
		return "ja"
	}
	return ""
}

// decisionMails returns the mails of a decision on r: to the employee, and for a lapse
// to every handler of the employer with an address.
func (s *Service) decisionMails(sys context.Context, c *ent.Client, r *ent.LeaveRequest, lt *ent.LeaveType, accepted, lapse bool) ([]mail.Message, error) {
	p, err := c.Person.Get(sys, r.PersonID)
	if err != nil {
		return nil, fmt.Errorf("leave: person of %s: %w", r.ID, err)
	}
	e, err := c.Employer.Get(sys, r.EmployerID)
	if err != nil {
		return nil, fmt.Errorf("leave: employer of %s: %w", r.ID, err)
	}
	hours := strconv.FormatFloat(Minutes(r.Minutes).Hours(), 'f', -1, 64)
	var out []mail.Message
	to := ""
	if a, err := c.Account.Query().Where(account.PersonID(p.ID)).Only(sys); err == nil && a.RegisteredEmail != nil {
		to = *a.RegisteredEmail
	}
	if to == "" && p.Email != nil {
		to = *p.Email
	}
	if _, err := mail.CheckAddress(to); err == nil {
		out = append(out, mail.Message{Kind: mail.LeaveDecided, To: to, ProviderID: r.ProviderID, EmployerID: r.EmployerID,
			PersonID: p.ID, QueuedAt: s.now(), Vars: map[string]string{
				"FirstName": p.FirstName, "EmployerName": e.Name, "LeaveType": lt.Name, "Period": period(r), "Hours": hours,
				"Accepted": yes(accepted), "ByLapse": yes(lapse), "LeaveRequest": yes(r.Kind != "CANCELLATION"),
				"Comment": r.DecisionComment, "PortalURL": s.PortalURL,
			}})
	}
	if !lapse {
		return out, nil
	}
	hs, err := c.User.Query().Where(user.ProviderID(r.ProviderID), user.StateEQ(user.StateACTIVE), user.EmailNEQ(""),
		user.Or(user.EmployerIDIsNil(), user.EmployerID(r.EmployerID))).All(sys)
	if err != nil {
		return nil, fmt.Errorf("leave: handlers of %s: %w", r.EmployerID, err)
	}
	for _, h := range hs {
		if !slices.Contains(h.Rights, string(viewer.HandleRequests)) {
			continue
		}
		if _, err := mail.CheckAddress(h.Email); err != nil {
			continue
		}
		out = append(out, mail.Message{Kind: mail.LeaveLapsed, To: h.Email, ProviderID: r.ProviderID, EmployerID: r.EmployerID,
			QueuedAt: s.now(), Vars: map[string]string{
				"EmployeeName": directory.FullName(p), "EmployerName": e.Name, "LeaveType": lt.Name, "Period": period(r), "Hours": hours,
			}})
	}
	return out, nil
}
