package access_test

import (
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/directory"
)

// TestCollectiveReadsEnoughColumns: a collective grant and a collective block that read
// only the columns they use of the selected persons, accounts and employments
// (subjectPersonColumns and its siblings) give the outcomes, mails, audit events and
// accounts of the same changes reading whole rows (R5, R7). The two employers hold the
// same people, each with the fields a change might read set: a last-name prefix, a
// chosen language (R46), an address registered apart from the person's (the block mail
// goes there, R6), an expired, a pending and a locked account, an ended employment, no
// e-mail address. A column left out of the lists reads as its zero value and shows here.
func TestCollectiveReadsEnoughColumns(t *testing.T) {
	f := newFx(t)
	selected, whole := f.svc, access.ReadingWholeSubjects(f.svc)
	f.columnsPopulation(f.A1, "a1")
	f.columnsPopulation(f.A2, "a2")
	sel := access.Selection{Filter: &directory.EmploymentFilter{}}
	for _, change := range []struct {
		name string
		run  func(*access.Service, string) (*access.CollectiveResult, error)
	}{
		{"grant", func(s *access.Service, emp string) (*access.CollectiveResult, error) {
			return s.CollectiveGrant(f.staff, emp, sel, false)
		}},
		{"block", func(s *access.Service, emp string) (*access.CollectiveResult, error) {
			return s.CollectiveBlockWithReason(f.staff, emp, sel, false, "Uit dienst")
		}},
	} {
		t.Run(change.name, func(t *testing.T) {
			got, err := change.run(selected, f.A1.ID)
			must(t, err)
			want, err := change.run(whole, f.A2.ID)
			must(t, err)
			if len(got.Taken) == 0 || len(got.Skipped) == 0 {
				t.Fatalf("the population should have persons taken and skipped: %+v", got)
			}
			if g, w := collectiveOutcomes(got), collectiveOutcomes(want); !reflect.DeepEqual(g, w) {
				t.Errorf("outcomes\n%v, reading whole rows\n%v", g, w)
			}
			if g, w := f.columnsRows(f.A1), f.columnsRows(f.A2); !reflect.DeepEqual(g, w) {
				t.Errorf("rows\n%v\nreading whole rows\n%v", g, w)
			}
		})
	}
}

// columnsPopulation writes TestCollectiveReadsEnoughColumns's people at e; tag keeps
// the usernames apart.
func (f *fx) columnsPopulation(e *ent.Employer, tag string) {
	f.t.Helper()
	now := f.clk.Now()
	jan := f.person(e, "Jan", "Vries", "jan@example.nl", false)
	f.c.Person.UpdateOne(jan).SetLastNamePrefix("de").ExecX(f.sys)
	f.person(e, "Olga", "Uitdienst", "olga@example.nl", true)
	f.person(e, "Nina", "Zondermail", "", false)
	for _, a := range []struct {
		first, last string
		set         func(*ent.AccountCreate)
	}{
		{"Emma", "English", func(a *ent.AccountCreate) {
			a.SetState(account.StateINVITED).SetInviteExpiresAt(now.Add(-time.Hour)).SetLanguage(account.LanguageEn)
		}},
		{"Petra", "Wachtend", func(a *ent.AccountCreate) {
			a.SetState(account.StateINVITED).SetInviteExpiresAt(now.Add(time.Hour))
		}},
		{"Bram", "Thuis", func(a *ent.AccountCreate) {
			a.SetState(account.StateACTIVE).SetUsername("bram." + tag).SetUsernameKey("bram." + tag).
				SetRegisteredEmail("bram.thuis@example.nl").SetLanguage(account.LanguageEn)
		}},
		{"Lotte", "Opslot", func(a *ent.AccountCreate) {
			a.SetState(account.StateACTIVE).SetUsername("lotte." + tag).SetUsernameKey("lotte." + tag).
				SetLockedUntil(now.Add(time.Hour))
		}},
		{"Bas", "Geblokkeerd", func(a *ent.AccountCreate) {
			a.SetState(account.StateBLOCKED).SetRegisteredEmail("bas.thuis@example.nl")
		}},
	} {
		p := f.person(e, a.first, a.last, strings.ToLower(a.first)+"@example.nl", false)
		ac := f.c.Account.Create().SetPersonID(p.ID)
		a.set(ac)
		ac.SaveX(f.sys)
	}
}

// collectiveOutcomes is a result by full name: taken or the reason it was skipped,
// with the address its invitation goes to and whether it has an employee number.
func collectiveOutcomes(r *access.CollectiveResult) map[string]string {
	out := map[string]string{}
	for _, o := range r.Taken {
		out[o.FullName] = "taken " + o.InviteTo + " " + strings.Repeat("#", min(o.EmployeeNumber, 1))
	}
	for _, o := range r.Skipped {
		out[o.FullName] = o.Reason + " " + o.InviteTo + " " + strings.Repeat("#", min(o.EmployeeNumber, 1))
	}
	return out
}

// columnsRows is what the changes left at employer e, person by person (by full name):
// the account's state and expiry, and the mails and audit events, with what differs
// between two employers on purpose (IDs, links, the employer's name) left out.
func (f *fx) columnsRows(e *ent.Employer) map[string][]string {
	f.t.Helper()
	out := map[string][]string{}
	link := invitationLink
	for _, p := range f.c.Person.Query().Where(person.EmployerID(e.ID)).AllX(f.sys) {
		name := directory.FullName(p)
		var rows []string
		if a := f.account(p); a != nil {
			rows = append(rows, "account "+string(a.State)+" "+timeOrNone(a.InviteExpiresAt)+" "+timeOrNone(a.BlockedAt))
		}
		for _, m := range f.c.OutboxMail.Query().Where(outboxmail.PersonID(p.ID)).
			Order(ent.Asc(outboxmail.FieldCreatedAt), ent.Asc(outboxmail.FieldID)).AllX(f.sys) {
			body := strings.ReplaceAll(link.ReplaceAllString(m.TextBody+m.HTMLBody, "LINK"), e.Name, "EMPLOYER")
			rows = append(rows, "mail "+string(m.Kind)+" "+string(m.Locale)+" to "+m.ToAddress+": "+
				strings.ReplaceAll(m.Subject, e.Name, "EMPLOYER")+"\n"+body)
		}
		for _, ev := range f.c.AuditEvent.Query().Where(auditevent.PersonID(p.ID)).
			Order(ent.Asc(auditevent.FieldCreatedAt), ent.Asc(auditevent.FieldID)).AllX(f.sys) {
			keys := slices.Sorted(maps.Keys(ev.Details))
			rows = append(rows, "event "+ev.Action+" on "+ev.TargetType+" "+strings.Join(keys, ",")+" "+ev.Details["reason"])
		}
		out[name] = rows
	}
	return out
}

func timeOrNone(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}
