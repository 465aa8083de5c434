package access_test

import (
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/audit"
)

// R6, R27: a block takes an optional reason; it is kept in the audit trail
// (one line, at most 500 characters) and never mailed to the employee.
func TestR6BlockReasonInTrailNotInMail(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Rita", "Reden", "rita@example.nl", false)
	f.register(p, "rita.reden", pw1)

	_, err := f.svc.BlockWithReason(f.staff, p.ID, strings.Repeat("x", access.MaxBlockReason+1))
	wantUser(t, err, access.CodeBlockReasonTooLong)
	if ms := f.mails(outboxmail.KindACCESS_BLOCKED, "rita@example.nl"); len(ms) != 0 {
		t.Fatalf("a refused block mailed: %d mails", len(ms))
	}

	const reason = "Uit dienst   per 1 december;\n  laptop ingeleverd"
	_, err = f.svc.BlockWithReason(f.staff, p.ID, reason)
	must(t, err)
	ev := f.c.AuditEvent.Query().Where(auditevent.Action(string(audit.AccessBlocked)), auditevent.PersonID(p.ID)).OnlyX(f.sys)
	if got := ev.Details["reason"]; got != "Uit dienst per 1 december; laptop ingeleverd" {
		t.Errorf("reason in the trail: %q", got)
	}
	ms := f.mails(outboxmail.KindACCESS_BLOCKED, "rita@example.nl")
	if len(ms) != 1 {
		t.Fatalf("%d ACCESS_BLOCKED mails", len(ms))
	}
	for _, body := range []string{ms[0].TextBody, ms[0].HTMLBody, ms[0].Subject} {
		if strings.Contains(body, "laptop") || strings.Contains(body, "Uit dienst per") {
			t.Errorf("the reason was mailed: %q", body)
		}
	}

	// Without a reason (and with only spaces) the trail has no reason, as before.
	_, err = f.svc.Unblock(f.staff, p.ID)
	must(t, err)
	_, err = f.svc.BlockWithReason(f.staff, p.ID, "   ")
	must(t, err)
	evs := f.c.AuditEvent.Query().Where(auditevent.Action(string(audit.AccessBlocked)), auditevent.PersonID(p.ID)).AllX(f.sys)
	withReason := 0
	for _, e := range evs {
		if _, ok := e.Details["reason"]; ok {
			withReason++
		}
	}
	if len(evs) != 2 || withReason != 1 {
		t.Errorf("%d block events, %d with a reason; want 2 and 1", len(evs), withReason)
	}
}

// R5: the preview of a collective grant says where each invitation goes;
// a collective block names no address (its mail may go to the registered address, which
// needs VIEW_MIJNLOKET_EMAIL to see).
func TestR5CollectivePreviewListsInvitationAddresses(t *testing.T) {
	f := newFx(t)
	a := f.person(f.A1, "Anna", "Adres", "anna@example.nl", false)
	b := f.person(f.A1, "Bas", "Zonder", "", false)
	res, err := f.svc.CollectiveGrant(f.staff, f.A1.ID, access.Selection{PersonIDs: []string{a.ID, b.ID}}, true)
	must(t, err)
	if len(res.Taken) != 1 || res.Taken[0].PersonID != a.ID || res.Taken[0].InviteTo != "anna@example.nl" {
		t.Errorf("taken: %+v", res.Taken)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].InviteTo != "" {
		t.Errorf("skipped: %+v", res.Skipped)
	}
	c := f.person(f.A1, "Cor", "Blok", "cor@example.nl", false)
	f.register(c, "cor.blok", pw1)
	res, err = f.svc.CollectiveBlock(f.staff, f.A1.ID, access.Selection{PersonIDs: []string{c.ID}}, true)
	must(t, err)
	if len(res.Taken) != 1 || res.Taken[0].InviteTo != "" {
		t.Errorf("block preview: %+v", res.Taken)
	}
}

// R7, R6, R27: a collective block takes the same optional reason: too long refuses the
// whole run before anything changes; given, it is in every block's audit event and in no
// mail.
func TestR7CollectiveBlockReasonInTrailNotInMail(t *testing.T) {
	f := newFx(t)
	a := f.person(f.A1, "Anna", "Reden", "anna@example.nl", false)
	b := f.person(f.A1, "Bas", "Reden", "bas@example.nl", false)
	f.register(a, "anna.reden", pw1)
	f.register(b, "bas.reden", pw1)
	sel := access.Selection{PersonIDs: []string{a.ID, b.ID}}

	_, err := f.svc.CollectiveBlockWithReason(f.staff, f.A1.ID, sel, false, strings.Repeat("x", access.MaxBlockReason+1))
	wantUser(t, err, access.CodeBlockReasonTooLong)
	if n := f.c.AuditEvent.Query().Where(auditevent.Action(string(audit.AccessBlocked))).CountX(f.sys); n != 0 {
		t.Fatalf("a refused collective block recorded %d blocks", n)
	}

	res, err := f.svc.CollectiveBlockWithReason(f.staff, f.A1.ID, sel, false, " Reorganisatie\n afdeling  Noord ")
	must(t, err)
	if len(res.Taken) != 2 {
		t.Fatalf("taken: %+v", res.Taken)
	}
	evs := f.c.AuditEvent.Query().Where(auditevent.Action(string(audit.AccessBlocked))).AllX(f.sys)
	if len(evs) != 2 {
		t.Fatalf("%d block events, want 2", len(evs))
	}
	for _, e := range evs {
		if e.Details["reason"] != "Reorganisatie afdeling Noord" || e.Details["collective"] != "true" {
			t.Errorf("event of %s: details %v", *e.PersonID, e.Details)
		}
	}
	for _, to := range []string{"anna@example.nl", "bas@example.nl"} {
		ms := f.mails(outboxmail.KindACCESS_BLOCKED, to)
		if len(ms) != 1 {
			t.Fatalf("%s: %d block mails", to, len(ms))
		}
		if strings.Contains(ms[0].TextBody+ms[0].HTMLBody+ms[0].Subject, "Reorganisatie") {
			t.Errorf("%s: the reason was mailed", to)
		}
	}
}
