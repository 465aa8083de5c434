package app_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// failMail queues a mail of employer emp to to and leaves it as the dispatcher leaves
// an undeliverable one: FAILED, with a failure reason, an SMTP status, and an error
// text that quotes the address and the server (which the API must not show).
func (e *env) failMail(emp *ent.Employer, personID, to string) *ent.OutboxMail {
	e.t.Helper()
	sys := viewer.System(context.Background())
	now := e.clk.Now()
	err := mail.Enqueue(context.Background(), e.st.Client, mail.Message{
		Kind: mail.Invitation, To: to, ProviderID: emp.ProviderID, EmployerID: emp.ID, PersonID: personID,
		Vars: map[string]string{"FirstName": "Anna", "EmployerName": emp.Name, "Link": "https://x.test/#geheim-token"}, QueuedAt: now,
	})
	if err != nil {
		e.t.Fatal(err)
	}
	m := e.st.Client.OutboxMail.Query().Where(outboxmail.ToAddress(to)).OnlyX(sys)
	return m.Update().SetStatus(outboxmail.StatusFAILED).SetFailedAt(now).SetAttempts(140).
		SetLastFailure(mail.FailureRejected).SetLastSMTPStatus("550 5.1.1").
		SetLastError("smtp smtp://mail.intern.example:587: 550 5.1.1 <" + to + ">: Recipient address rejected").
		SaveX(sys)
}

const failedMailsQuery = `query($emp:ID){failedMails(first:50, employerId:$emp){totalCount edges{node{
	id kind recipient attempts createdAt failedAt status failureReason smtpStatus
	employer{id name} person{id fullName}}}}}`

func failedIDs(r gqlResponse) []string {
	var out []string
	edges, _ := dig(r.Data, "failedMails", "edges").([]any)
	for _, ed := range edges {
		id, _ := dig(ed, "node", "id").(string)
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// TestFailedMailsAPI: staff with MANAGE_MAIL_TEMPLATES list the failed mails of their
// scope with a masked recipient and the kind of failure (never the error text or the
// address), and requeue them; another employer's mail does not exist for them.
func TestFailedMailsAPI(t *testing.T) {
	e := newEnv(t)
	a1 := e.failMail(e.fx.A1, e.fx.PersonsA1[0].ID, "anna1@example.nl")
	a2 := e.failMail(e.fx.A2, e.fx.PersonA2.ID, "tweede@example.nl")
	b1 := e.failMail(e.fx.B1, e.fx.PersonB1.ID, "geheim@example.nl")
	wgA1, wgA2 := e.login(e.fx.EmployerUserA1), e.login(e.fx.EmployerUserA2)
	akP1, akP2 := e.login(e.fx.ProviderUser), e.login(e.fx.ProviderUserP2)

	r := e.gql(wgA1, failedMailsQuery, nil)
	if got := failedIDs(r); !slices.Equal(got, []string{a1.ID}) || dig(r.Data, "failedMails", "totalCount") != float64(1) {
		t.Fatalf("employer user A1 sees %v: %s", got, r.Raw)
	}
	node := dig(r.Data, "failedMails", "edges", 0, "node")
	for field, want := range map[string]any{
		"kind": "INVITATION", "recipient": "a•••@example.nl", "attempts": float64(140), "status": "FAILED",
		"failureReason": "REJECTED", "smtpStatus": "550 5.1.1",
	} {
		if got := dig(node, field); got != want {
			t.Errorf("%s = %v, want %v", field, got, want)
		}
	}
	if dig(node, "employer", "name") != e.fx.A1.Name || dig(node, "person", "id") != e.fx.PersonsA1[0].ID || dig(node, "failedAt") == nil {
		t.Errorf("employer, person, failedAt: %s", r.Raw)
	}
	for _, secret := range []string{"anna1@example.nl", "mail.intern.example", "Recipient address rejected", "geheim-token"} {
		if strings.Contains(r.Raw, secret) {
			t.Errorf("the answer shows %q: %s", secret, r.Raw)
		}
	}
	if r := e.gql(akP1, failedMailsQuery, nil); !slices.Equal(failedIDs(r), sortedIDs(a1, a2)) {
		t.Errorf("provider user P1 sees %v", failedIDs(r))
	}
	if r := e.gql(akP2, failedMailsQuery, nil); !slices.Equal(failedIDs(r), []string{b1.ID}) {
		t.Errorf("provider user P2 sees %v", failedIDs(r))
	}
	if r := e.gql(wgA1, failedMailsQuery, map[string]any{"emp": e.fx.A2.ID}); !slices.Contains(r.codes(), "NOT_FOUND") {
		t.Errorf("employer user A1 asks for A2's: %s", r.Raw)
	}
	// Without VIEW_EMPLOYEES the person stays hidden; the mail itself is shown.
	r = e.gql(e.login(e.fx.NoViewUserA1), failedMailsQuery, nil)
	if !slices.Equal(failedIDs(r), []string{a1.ID}) || dig(r.Data, "failedMails", "edges", 0, "node", "person") != nil || len(r.Errors) > 0 {
		t.Errorf("without VIEW_EMPLOYEES: %s", r.Raw)
	}

	requeue := `mutation($id:ID!){requeueMail(input:{id:$id}){mail{id status failedAt requeuedAt} userErrors{field code}}}`
	// Employer user A1 cannot requeue A2's mail, nor provider P1's user B1's.
	for _, tc := range []struct{ token, id string }{{wgA1, a2.ID}, {wgA1, b1.ID}, {akP1, b1.ID}} {
		if r := e.gql(tc.token, requeue, map[string]any{"id": tc.id}); !slices.Contains(r.codes(), "NOT_FOUND") {
			t.Errorf("requeue %s: %s", tc.id, r.Raw)
		}
	}
	if n := e.st.Client.OutboxMail.Query().Where(outboxmail.StatusEQ(outboxmail.StatusFAILED)).CountX(viewer.System(context.Background())); n != 3 {
		t.Fatalf("%d FAILED after refused requeues", n)
	}
	r = e.gql(wgA2, requeue, map[string]any{"id": a2.ID})
	if dig(r.Data, "requeueMail", "mail", "status") != "PENDING" || dig(r.Data, "requeueMail", "mail", "failedAt") != nil ||
		dig(r.Data, "requeueMail", "mail", "requeuedAt") == nil || len(dig(r.Data, "requeueMail", "userErrors").([]any)) != 0 {
		t.Fatalf("requeue by A2: %s", r.Raw)
	}
	r = e.gql(wgA2, requeue, map[string]any{"id": a2.ID})
	if dig(r.Data, "requeueMail", "userErrors", 0, "code") != "MAIL_NOT_FAILED" ||
		!slices.Equal(toStrings(dig(r.Data, "requeueMail", "userErrors", 0, "field")), []string{"input", "id"}) {
		t.Fatalf("second requeue: %s", r.Raw)
	}
	ev := e.st.Client.AuditEvent.Query().Where(auditevent.Action(string(mail.MailRequeued))).OnlyX(viewer.System(context.Background()))
	if ev.TargetID != a2.ID || *ev.EmployerID != e.fx.A2.ID || ev.RequestID == "" {
		t.Errorf("audit event: %+v", ev)
	}

	all := `mutation($emp:ID){requeueFailedMails(input:{employerId:$emp}){requeuedCount remainingCount userErrors{code}}}`
	if r := e.gql(akP1, all, map[string]any{"emp": e.fx.B1.ID}); !slices.Contains(r.codes(), "NOT_FOUND") {
		t.Errorf("provider P1 requeues at B1: %s", r.Raw)
	}
	r = e.gql(akP1, all, nil)
	if dig(r.Data, "requeueFailedMails", "requeuedCount") != float64(1) || dig(r.Data, "requeueFailedMails", "remainingCount") != float64(0) {
		t.Fatalf("provider P1 requeues all: %s", r.Raw)
	}
	if m := e.st.Client.OutboxMail.GetX(viewer.System(context.Background()), b1.ID); m.Status != outboxmail.StatusFAILED {
		t.Errorf("B1's mail is %s", m.Status)
	}
}

func sortedIDs(ms ...*ent.OutboxMail) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.ID
	}
	slices.Sort(out)
	return out
}
