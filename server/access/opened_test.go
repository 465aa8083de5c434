package access_test

import (
	"context"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/audit"
)

// The first visit of a valid link is recorded once, with an audit event, for the
// invitation funnel: reloads and a later visit change nothing, and a link that can no
// longer be used (here: withdrawn, R3) records no visit.
func TestInvitationRecordsItsFirstVisit(t *testing.T) {
	f := newFx(t)
	p := f.person(f.A1, "Anna", "Visser", "anna@example.nl", false)
	tok := f.grant(p)
	if inv := f.invitationOf(tok); inv.OpenedAt != nil {
		t.Fatalf("opened before anyone visited: %v", inv.OpenedAt)
	}
	if _, err := f.svc.Invitation(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	first := f.invitationOf(tok).OpenedAt
	if first == nil || !first.Equal(f.clk.Now()) {
		t.Fatalf("opened_at = %v, want %v", first, f.clk.Now())
	}
	f.clk.Advance(time.Hour)
	for range 3 {
		if _, err := f.svc.Invitation(context.Background(), tok); err != nil {
			t.Fatal(err)
		}
	}
	if again := f.invitationOf(tok).OpenedAt; again == nil || !again.Equal(*first) {
		t.Errorf("a later visit moved opened_at to %v", again)
	}
	if n := f.audits(string(audit.InvitationOpened), p); n != 1 {
		t.Errorf("%d INVITATION_OPENED events, want 1", n)
	}

	q := f.person(f.A1, "Bram", "Visser", "bram@example.nl", false)
	tok = f.grant(q)
	if _, err := f.svc.Revoke(f.staff, q.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Invitation(context.Background(), tok); err != nil {
		t.Fatal(err)
	}
	if inv := f.invitationOf(tok); inv.OpenedAt != nil {
		t.Errorf("a withdrawn link recorded a visit at %v", inv.OpenedAt)
	}
	if n := f.audits(string(audit.InvitationOpened), q); n != 0 {
		t.Errorf("%d INVITATION_OPENED events for a withdrawn link", n)
	}
}
