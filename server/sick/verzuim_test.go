package sick_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/hook"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/ent/sickreport"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func verzuimMails(f *testworld.Portal) []*ent.OutboxMail {
	f.T.Helper()
	return f.C.OutboxMail.Query().
		Where(outboxmail.KindIn(outboxmail.KindSICK_REPORTED, outboxmail.KindRECOVERY_REPORTED)).
		Order(ent.Asc(outboxmail.FieldToAddress), ent.Asc(outboxmail.FieldCreatedAt)).AllX(f.Sys)
}

func addContact(t *testing.T, f *testworld.Portal, ctx context.Context, e *ent.Employer, name, email string, l mail.Locale) *ent.VerzuimContact {
	t.Helper()
	c, err := f.Sick.AddContact(ctx, e.ID, sick.ContactInput{Name: name, Role: "HR", Email: email, Language: l})
	if err != nil {
		t.Fatalf("add contact %s: %v", name, err)
	}
	return c
}

// R25, R46: a sick report reaches the employer's verzuim contacts by mail, queued in the
// report's own transaction, each in the contact's language; the mail names the employee,
// the employer and the first sick day, and nothing else of the report. A report that
// fails queues nothing.
func TestVerzuimMailsInTheReportsTransaction(t *testing.T) {
	f := testworld.NewPortal(t)
	// Ann chose English in the portal: the contacts' own language counts, not hers.
	f.C.Account.UpdateOneID(f.Ann.Acc.ID).SetLanguage(account.LanguageEn).ExecX(f.Sys)
	addContact(t, f, f.StaffA1, f.A1, "HR Hogeweg", "hr@hogeweg.example", mail.NL)
	addContact(t, f, f.StaffA1, f.A1, "Arbo Direct", "casemanager@arbo.example", mail.EN)
	addContact(t, f, f.StaffA2, f.A2, "HR A2", "hr@a2.example", mail.NL)

	// A failure late in the transaction (the audit event) takes the mails with it.
	var failAudit atomic.Bool
	f.C.AuditEvent.Use(func(next ent.Mutator) ent.Mutator {
		return hook.AuditEventFunc(func(ctx context.Context, m *ent.AuditEventMutation) (ent.Value, error) {
			if failAudit.Load() {
				return nil, errors.New("audit store down")
			}
			return next.Mutate(ctx, m)
		})
	})
	failAudit.Store(true)
	if _, err := f.Sick.ReportSick(f.Ann.Ctx(), date.New(2026, 11, 23), ptr(3.5)); err == nil {
		t.Fatal("report sick succeeded without its audit event")
	}
	failAudit.Store(false)
	if n := len(verzuimMails(f)); n != 0 {
		t.Fatalf("%d verzuim mails queued by a report that failed", n)
	}
	if n := f.C.SickReport.Query().CountX(f.Sys); n != 0 {
		t.Fatalf("%d sick reports after the failure", n)
	}

	rep, err := f.Sick.ReportSick(f.Ann.Ctx(), date.New(2026, 11, 23), ptr(3.5))
	if err != nil {
		t.Fatal(err)
	}
	mails := verzuimMails(f)
	if len(mails) != 2 {
		t.Fatalf("%d mails, want one per A1 contact: %v", len(mails), mails)
	}
	nl, en := mails[1], mails[0] // by address: casemanager@ before hr@
	if nl.ToAddress != "hr@hogeweg.example" || nl.Locale != outboxmail.LocaleNl || nl.Kind != outboxmail.KindSICK_REPORTED ||
		!strings.Contains(nl.Subject, "Ziekmelding Ann Jansen") || !strings.Contains(nl.TextBody, "23-11-2026") ||
		!strings.Contains(nl.TextBody, "Beste HR Hogeweg") {
		t.Errorf("Dutch contact's mail: %s %s %q\n%s", nl.ToAddress, nl.Locale, nl.Subject, nl.TextBody)
	}
	if en.ToAddress != "casemanager@arbo.example" || en.Locale != outboxmail.LocaleEn ||
		!strings.HasPrefix(en.Subject, "Sick report Ann Jansen") || !strings.Contains(en.TextBody, "23-11-2026") {
		t.Errorf("English contact's mail: %s %s %q\n%s", en.ToAddress, en.Locale, en.Subject, en.TextBody)
	}
	for _, m := range mails {
		if m.PersonID != nil || *m.EmployerID != f.A1.ID {
			t.Errorf("mail %s is tied to person %v / employer %v", m.ToAddress, m.PersonID, m.EmployerID)
		}
		// The hours worked stay with the employer's overview; the mail has only dates.
		for _, body := range []string{m.Subject, m.TextBody, m.HTMLBody} {
			if strings.Contains(body, "3,5") || strings.Contains(body, "3.5") {
				t.Errorf("mail to %s carries the hours worked: %s", m.ToAddress, body)
			}
		}
	}

	// Recovery: a RECOVERY_REPORTED mail to each contact, again in the transaction.
	if _, err := f.Sick.ReportRecovered(f.Ann.Ctx(), date.New(2026, 11, 24)); err != nil {
		t.Fatal(err)
	}
	var recs []*ent.OutboxMail
	for _, m := range verzuimMails(f) {
		if m.Kind == outboxmail.KindRECOVERY_REPORTED {
			recs = append(recs, m)
		}
	}
	if len(recs) != 2 || !strings.Contains(recs[1].TextBody, "weer volledig") || !strings.Contains(recs[1].TextBody, "24-11-2026") ||
		!strings.Contains(recs[0].TextBody, "fully back at work") {
		t.Errorf("recovery mails: %v", recs)
	}
	// A2's contact heard nothing of A1's employee.
	if n := f.C.OutboxMail.Query().Where(outboxmail.ToAddress("hr@a2.example")).CountX(f.Sys); n != 0 {
		t.Errorf("A2's contact got %d mails about A1", n)
	}
	_ = rep
}

// R25: no diagnosis in any verzuim mail. The kinds may use only names and dates (an
// override cannot add another variable, R15), and the sick report itself has no field
// for anything the employee typed (TestNoDiagnosisField).
func TestVerzuimMailsCarryNoDiagnosis(t *testing.T) {
	allowed := []string{"ContactName", "EmployeeName", "EmployerName", "FirstSickDay", "RecoveryDate", "Partly", "WorkResumed"}
	for _, k := range []mail.Kind{mail.SickReported, mail.RecoveryReported} {
		for _, v := range mail.Variables(k) {
			if !slices.Contains(allowed, v.Name) {
				t.Errorf("%s may use %s", k, v.Name)
			}
			for _, bad := range forbiddenWords {
				if strings.Contains(strings.ToLower(v.Name), bad) {
					t.Errorf("%s variable %s looks medical", k, v.Name)
				}
			}
		}
	}
	f := testworld.NewPortal(t)
	_, err := f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: "HR", Email: "hr@a1.example"})
	if err != nil {
		t.Fatal(err)
	}
	// An employer's own text that tries to use another variable is refused.
	subject := "Ziek: {{.Diagnosis}}"
	_, err = mail.Set(f.StaffA1, f.C, mail.Level{Scope: mail.LevelEmployer, EmployerID: f.A1.ID}, mail.SickReported, mail.NL, &subject, nil, nil)
	if err == nil {
		t.Error("an override with an unknown variable was saved")
	}
}

// R25: partial recovery keeps the case open and the Poortwachter clock running; it is
// recorded by the employee or by staff, mailed to the contacts, and the case shows its
// history. Only the full recovery ends the case.
func TestPartialRecovery(t *testing.T) {
	f := testworld.NewPortal(t)
	addContact(t, f, f.StaffA1, f.A1, "HR", "hr@a1.example", mail.NL)
	ann := f.Ann.Ctx()
	rep, err := f.Sick.ReportSick(ann, date.New(2026, 11, 2), nil)
	if err != nil {
		t.Fatal(err)
	}
	before := testworld.Must[*sick.Case](t)(f.Sick.CaseOf(f.StaffA1, rep))

	for _, w := range []sick.WorkResumed{{}, {Percentage: ptr(50), HoursPerWeek: ptr(16.0)}, {Percentage: ptr(0)}, {Percentage: ptr(100)}} {
		_, err := f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 16), w)
		testworld.WantUserError(t, err, sick.CodeWorkResumedOutOfRange)
	}
	_, err = f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 16), sick.WorkResumed{HoursPerWeek: ptr(81.0)})
	testworld.WantUserError(t, err, sick.CodeWorkResumedOutOfRange, "hoursPerWeek")
	_, err = f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 1), sick.WorkResumed{Percentage: ptr(50)})
	testworld.WantUserError(t, err, sick.CodeRecoveryBeforeFirstSickDay, "fromDate")

	p1, err := f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 16), sick.WorkResumed{Percentage: ptr(50)})
	if err != nil || p1.RecordedByKind != "EMPLOYEE" || *p1.Percentage != 50 {
		t.Fatalf("partial recovery 50%%: %+v %v", p1, err)
	}
	_, err = f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 16), sick.WorkResumed{Percentage: ptr(60)})
	testworld.WantUserError(t, err, sick.CodeRecoveryBeforePartialRecovery, "fromDate")
	// Staff record the next step for her (reported by phone).
	p2, err := f.Sick.StaffReportPartialRecovery(f.StaffA1, rep.ID, date.New(2026, 11, 23), sick.WorkResumed{HoursPerWeek: ptr(24.0)})
	if err != nil || p2.RecordedByKind != "STAFF_USER" || p2.RecordedByName != "WG usr_a1" {
		t.Fatalf("staff partial recovery: %+v %v", p2, err)
	}
	if _, err := f.Sick.StaffReportPartialRecovery(f.StaffA2, rep.ID, date.New(2026, 11, 24), sick.WorkResumed{Percentage: ptr(80)}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 staff on A1's report: %v", err)
	}

	// Still open, the clock unchanged, the history in order for staff and employee.
	if open := testworld.Must[*ent.SickReport](t)(f.Sick.MyOpenSickReport(ann)); open == nil || open.ID != rep.ID {
		t.Fatalf("the report closed on a partial recovery: %v", open)
	}
	after := testworld.Must[*sick.Case](t)(f.Sick.CaseOf(f.StaffA1, rep))
	if after.FirstSickDay != before.FirstSickDay || after.Milestones[len(after.Milestones)-1].Due != before.Milestones[len(before.Milestones)-1].Due {
		t.Errorf("a partial recovery moved the Poortwachter clock: %+v → %+v", before, after)
	}
	for _, ctx := range []context.Context{f.StaffA1, ann} {
		hist := testworld.Must[[]*ent.PartialRecovery](t)(f.Sick.PartialRecoveries(ctx, rep))
		if len(hist) != 2 || hist[0].ID != p1.ID || hist[1].ID != p2.ID {
			t.Errorf("history: %v", hist)
		}
	}
	if hist, _ := f.Sick.PartialRecoveries(f.Bob.Ctx(), rep); len(hist) != 0 {
		t.Errorf("Bob sees Ann's partial recoveries: %v", hist)
	}
	var partial []string
	for _, m := range verzuimMails(f) {
		if m.Kind == outboxmail.KindRECOVERY_REPORTED {
			partial = append(partial, m.Subject+"|"+m.TextBody)
		}
	}
	if len(partial) != 2 || !strings.Contains(partial[0], "Gedeeltelijk herstel") || !strings.Contains(partial[0], "50%") ||
		!strings.Contains(partial[1], "24 u/w") || !strings.Contains(partial[1], "loopt door") {
		t.Errorf("partial recovery mails: %q", partial)
	}

	// The full recovery cannot lie before the last partial one, and ends the case.
	_, err = f.Sick.ReportRecovered(ann, date.New(2026, 11, 20))
	testworld.WantUserError(t, err, sick.CodeRecoveryBeforePartialRecovery, "recoveryDate")
	rec, err := f.Sick.ReportRecovered(ann, date.New(2026, 11, 24))
	if err != nil || rec.RecoveryDate == nil || *rec.RecoveryReportedByName != "Ann Jansen" {
		t.Fatalf("full recovery: %+v %v", rec, err)
	}
	if c := testworld.Must[*sick.Case](t)(f.Sick.CaseOf(f.StaffA1, rec)); c != nil {
		t.Errorf("an ended report still has a timeline: %+v", c)
	}
	_, err = f.Sick.ReportPartialRecovery(ann, date.New(2026, 11, 24), sick.WorkResumed{Percentage: ptr(50)})
	testworld.WantUserError(t, err, sick.CodeNotReportedSick)
}

// R25, R27: staff enter a report for an employee who phoned in; the report names the
// staff user and the trail says "gemeld door X namens Y" (actor X, person Y). Staff need
// VIEW_EMPLOYEES and HANDLE_REQUESTS; another tenant's person is NOT_FOUND.
func TestStaffEntersAndCorrectsAReport(t *testing.T) {
	f := testworld.NewPortal(t)
	addContact(t, f, f.StaffA1, f.A1, "HR", "hr@a1.example", mail.NL)
	day := date.New(2026, 11, 20)

	noHandle := testworld.EmployerUser(f.A1, "usr_a1_nohandle", testworld.Without(viewer.HandleRequests)...)
	for name, ctx := range map[string]context.Context{"without HANDLE_REQUESTS": noHandle, "without VIEW_EMPLOYEES": f.NoViewA1, "an employee": f.Ann.Ctx()} {
		if _, err := f.Sick.StaffReportSick(ctx, f.Dirk.P.ID, day, nil); apperr.CodeOf(err) != apperr.Forbidden {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, ctx := range map[string]context.Context{"A2 staff": f.StaffA2, "P2 staff": f.ProviderP2} {
		if _, err := f.Sick.StaffReportSick(ctx, f.Dirk.P.ID, day, nil); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s reports A1's Dirk: %v", name, err)
		}
	}
	_, err := f.Sick.StaffReportSick(f.StaffA1, f.Dirk.P.ID, day.AddDays(10), nil)
	testworld.WantUserError(t, err, sick.CodeFirstSickDayInFuture, "firstSickDay")

	rep, err := f.Sick.StaffReportSick(f.StaffA1, f.Dirk.P.ID, day, ptr(2.0))
	if err != nil {
		t.Fatal(err)
	}
	if rep.ReportedByKind != sickreport.ReportedByKindSTAFF_USER || rep.ReportedByName != "WG usr_a1" || rep.PersonID != f.Dirk.P.ID {
		t.Errorf("report: %+v", rep)
	}
	ev := f.C.AuditEvent.Query().Where(auditevent.TargetID(rep.ID)).OnlyX(f.Sys)
	if ev.Action != string(sick.ActionSickReportedForEmployee) || ev.ActorID != "usr_a1" || ev.ActorName != "WG usr_a1" ||
		ev.PersonID == nil || *ev.PersonID != f.Dirk.P.ID {
		t.Errorf("trail: %+v", ev)
	}
	if n := len(verzuimMails(f)); n != 1 {
		t.Errorf("%d mails for a report staff entered", n)
	}
	// One open report per person, whoever enters it.
	_, err = f.Sick.StaffReportSick(f.ProviderP1, f.Dirk.P.ID, day, nil)
	testworld.WantUserError(t, err, sick.CodeAlreadyReportedSick)

	// Correction: the first sick day was the 19th; the trail keeps the old one.
	if _, err := f.Sick.CorrectSickReport(f.StaffA2, rep.ID, sick.Correction{FirstSickDay: date.New(2026, 11, 19)}); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 corrects A1's report: %v", err)
	}
	if _, err := f.Sick.CorrectSickReport(noHandle, rep.ID, sick.Correction{FirstSickDay: date.New(2026, 11, 19)}); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("correct without HANDLE_REQUESTS: %v", err)
	}
	_, err = f.Sick.CorrectSickReport(f.StaffA1, rep.ID, sick.Correction{FirstSickDay: day, RecoveryDate: &day})
	testworld.WantUserError(t, err, sick.CodeInvalidInput, "recoveryDate")
	cor, err := f.Sick.CorrectSickReport(f.StaffA1, rep.ID, sick.Correction{FirstSickDay: date.New(2026, 11, 19)})
	if err != nil || cor.FirstSickDay != date.New(2026, 11, 19) || cor.HoursWorked != nil {
		t.Fatalf("corrected: %+v %v", cor, err)
	}
	ev = f.C.AuditEvent.Query().Where(auditevent.TargetID(rep.ID), auditevent.Action(string(sick.ActionSickReportCorrected))).OnlyX(f.Sys)
	if ev.Details["previousFirstSickDay"] != "2026-11-20" || ev.Details["firstSickDay"] != "2026-11-19" || ev.ActorID != "usr_a1" {
		t.Errorf("correction trail: %+v", ev.Details)
	}

	// Staff report the recovery for him, too.
	if _, err := f.Sick.StaffReportRecovered(f.StaffA2, rep.ID, date.New(2026, 11, 24)); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 reports A1's recovery: %v", err)
	}
	rec, err := f.Sick.StaffReportRecovered(f.StaffA1, rep.ID, date.New(2026, 11, 24))
	if err != nil || rec.RecoveryDate == nil || *rec.RecoveryReportedByName != "WG usr_a1" {
		t.Fatalf("staff recovery: %+v %v", rec, err)
	}
	if n := f.C.AuditEvent.Query().Where(auditevent.TargetID(rep.ID), auditevent.Action(string(sick.ActionRecoveryReportedForEmployee))).CountX(f.Sys); n != 1 {
		t.Errorf("%d recovery-for-employee events", n)
	}
	// The recovery date of an ended report can be corrected.
	nd := date.New(2026, 11, 23)
	if c, err := f.Sick.CorrectSickReport(f.StaffA1, rep.ID, sick.Correction{FirstSickDay: date.New(2026, 11, 19), RecoveryDate: &nd}); err != nil || *c.RecoveryDate != nd {
		t.Errorf("correct recovery date: %v %v", c, err)
	}
}

// R25: verzuim contacts are managed by staff with MANAGE_HR_SETTINGS within their own
// tenant; employees never see them; addresses are checked, unique per employer, and at
// most sick.MaxContacts.
func TestVerzuimContactsRightsAndTenancy(t *testing.T) {
	f := testworld.NewPortal(t)
	noHR := testworld.EmployerUser(f.A1, "usr_a1_nohr", testworld.Without(viewer.ManageHRSettings)...)
	in := sick.ContactInput{Name: "Arbo", Email: "arbo@example.nl", Language: mail.EN}
	if _, err := f.Sick.AddContact(noHR, f.A1.ID, in); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without MANAGE_HR_SETTINGS: %v", err)
	}
	for name, ctx := range map[string]context.Context{"A2 staff": f.StaffA2, "P2 staff": f.ProviderP2} {
		if _, err := f.Sick.AddContact(ctx, f.A1.ID, in); apperr.CodeOf(err) != apperr.NotFound {
			t.Errorf("%s adds to A1: %v", name, err)
		}
	}
	_, err := f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: "X", Email: "Arbo <arbo@example.nl>"})
	testworld.WantUserError(t, err, "INVALID_EMAIL", "email")
	_, err = f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: " ", Email: "a@example.nl"})
	testworld.WantUserError(t, err, sick.CodeInvalidInput, "name")
	_, err = f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: "X", Email: "a@example.nl", Language: "de"})
	testworld.WantUserError(t, err, sick.CodeInvalidInput, "language")

	c := addContact(t, f, f.ProviderP1, f.A1, "Arbo", "arbo@example.nl", mail.EN)
	if c.Language != "en" || c.EmployerID != f.A1.ID || c.ProviderID != f.P1.ID {
		t.Errorf("contact: %+v", c)
	}
	_, err = f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: "Arbo 2", Email: "ARBO@example.nl"})
	testworld.WantUserError(t, err, sick.CodeDuplicateVerzuimContact, "email")

	if cs := testworld.Must[[]*ent.VerzuimContact](t)(f.Sick.Contacts(f.StaffA1, f.A1.ID)); len(cs) != 1 {
		t.Errorf("A1 staff see %d contacts", len(cs))
	}
	if cs, _ := f.Sick.Contacts(f.StaffA2, f.A1.ID); len(cs) != 0 {
		t.Errorf("A2 staff see A1's contacts: %v", cs)
	}
	if _, err := f.Sick.Contacts(f.Ann.Ctx(), f.A1.ID); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("an employee reads the contacts: %v", err)
	}
	if n, _ := f.C.VerzuimContact.Query().Count(f.Ann.Ctx()); n != 0 {
		t.Errorf("the policy lets an employee read %d contacts", n)
	}

	up, err := f.Sick.UpdateContact(f.StaffA1, c.ID, sick.ContactInput{Name: "Arbo Noord", Role: "Arbodienst", Email: "noord@arbo.example", Language: mail.NL})
	if err != nil || up.Name != "Arbo Noord" || up.Language != "nl" || up.Role != "Arbodienst" {
		t.Errorf("update: %+v %v", up, err)
	}
	if _, err := f.Sick.UpdateContact(f.StaffA2, c.ID, in); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 updates A1's contact: %v", err)
	}
	if err := f.Sick.RemoveContact(f.StaffA2, c.ID); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 removes A1's contact: %v", err)
	}
	if err := f.Sick.RemoveContact(f.StaffA1, c.ID); err != nil {
		t.Errorf("remove: %v", err)
	}
	for i := range sick.MaxContacts {
		addContact(t, f, f.StaffA1, f.A1, "C", "c"+string(rune('a'+i))+"@example.nl", mail.NL)
	}
	_, err = f.Sick.AddContact(f.StaffA1, f.A1.ID, sick.ContactInput{Name: "One too many", Email: "z@example.nl"})
	testworld.WantUserError(t, err, sick.CodeTooManyVerzuimContacts)
	if n := f.C.AuditEvent.Query().Where(auditevent.ActionHasPrefix("VERZUIM_CONTACT_")).CountX(f.Sys); n != 3+sick.MaxContacts {
		t.Errorf("%d contact audit events", n)
	}
}

// The 4-weken-regel in the service: a report within four weeks of the last recovery
// continues that case, so staff see the earlier first sick day and the marked steps;
// employees see no timeline.
func TestCaseContinuesWithinFourWeeks(t *testing.T) {
	f := testworld.NewPortal(t)
	ann := f.Ann.Ctx()
	f.Clk.Set(date.New(2026, 1, 5).Time().Add(9 * 3600e9))
	first, err := f.Sick.ReportSick(ann, date.New(2026, 1, 5), nil)
	if err != nil {
		t.Fatal(err)
	}
	f.Clk.Set(date.New(2026, 2, 20).Time().Add(9 * 3600e9))
	if _, err := f.Sick.MarkPoortwachterStep(f.StaffA1, first.ID, sick.StepProblemAnalysis, ptr(date.New(2026, 2, 10))); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Sick.MarkPoortwachterStep(f.StaffA2, first.ID, sick.StepPlanOfAction, nil); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("A2 marks A1's step: %v", err)
	}
	_, err = f.Sick.MarkPoortwachterStep(f.StaffA1, first.ID, sick.StepEndOfWaitingPeriod, ptr(date.New(2026, 2, 10)))
	testworld.WantUserError(t, err, sick.CodeInvalidInput, "step")
	if _, err := f.Sick.ReportRecovered(ann, date.New(2026, 2, 2)); err != nil {
		t.Fatal(err)
	}
	// A new report cannot reach back into the earlier one (R25).
	_, err = f.Sick.ReportSick(ann, date.New(2026, 2, 1), nil)
	testworld.WantUserError(t, err, sick.CodeOverlapsEarlierReport, "firstSickDay")
	// 18 days later she is sick again: the same case.
	again, err := f.Sick.ReportSick(ann, date.New(2026, 2, 20), nil)
	if err != nil {
		t.Fatal(err)
	}
	c := testworld.Must[*sick.Case](t)(f.Sick.CaseOf(f.StaffA1, again))
	if c == nil || c.FirstSickDay != date.New(2026, 1, 5) {
		t.Fatalf("case: %+v", c)
	}
	// 28 sick days in spell one; week 6 (day 42) falls 14 sick days into spell two.
	pa := c.Milestones[0]
	if pa.Step != sick.StepProblemAnalysis || pa.Due != date.New(2026, 3, 5) || pa.Status != sick.StatusDone || *pa.DoneOn != date.New(2026, 2, 10) {
		t.Errorf("problem analysis: %+v", pa)
	}
	if c, _ := f.Sick.CaseOf(ann, again); c != nil {
		t.Errorf("the employee sees the timeline: %+v", c)
	}
}
