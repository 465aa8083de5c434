package demo_test

import (
	"context"
	"regexp"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// R38: with the server's preboarding key the demo's Installatiebedrijf Van Dijk has a
// candidate in each state before staff act — invited (a working link in the dev
// mailbox), in progress (part filled in, signs in as CandidateUsername) and submitted
// (everything, with an ID copy that opens) — and staff can complete the submitted one.
// Without a key the demo seeds none, so a server without one still starts.
func TestSeedPreboarding(t *testing.T) {
	s := storetest.Open(t)
	now := time.Now().UTC()
	key := preboarding.DeriveKey([]byte("a demo test secret of thirty-two bytes"), "dev")
	if _, _, err := demo.Seed(context.Background(), s.Client, now, demo.PreboardingKey(key),
		demo.PublicURL("https://demo.example.nl")); err != nil {
		t.Fatal(err)
	}
	c := s.Client
	emp := must[*ent.Employer](t)(c.Employer.Query().Where(employer.Name("Installatiebedrijf Van Dijk")).Only(sys()))
	clk := clock.NewFake(now)
	acc := &access.Service{Client: c, Clock: clk, Links: access.Links{Base: "https://demo.example.nl"}}
	svc := &preboarding.Service{Client: c, Clock: clk, Access: acc, Gate: &feature.Gate{Client: c, Clock: clk}, Key: key}
	staff := providerScope(emp.ProviderID)

	list := must[[]*preboarding.View](t)(svc.List(staff, emp.ID, nil))
	byState := map[preboarding.State]*preboarding.View{}
	for _, v := range list {
		byState[v.State] = v
	}
	if len(list) != 3 || byState[preboarding.Invited] == nil || byState[preboarding.InProgress] == nil || byState[preboarding.Submitted] == nil {
		t.Fatalf("demo preboardings: %d, by state %v", len(list), byState)
	}
	if d := byState[preboarding.InProgress].Done(); d == 0 || d == len(preboarding.Items) {
		t.Errorf("the candidate in progress has %d of %d items done; want part", d, len(preboarding.Items))
	}
	teams := must[[]*preboarding.Team](t)(svc.Teams(staff, emp.ID))
	if len(teams) != 2 || byState[preboarding.Submitted].DepartmentID == nil {
		t.Errorf("teams %v, the submitted candidate's team %v", teams, byState[preboarding.Submitted].DepartmentID)
	}

	sub := must[*preboarding.View](t)(svc.Get(staff, byState[preboarding.Submitted].ID))
	if sub.Done() != len(preboarding.Items) || sub.BSN != "111222333" {
		t.Fatalf("submitted: %d items done, BSN %q", sub.Done(), sub.BSN)
	}
	ct, img, err := svc.Document(staff, sub.ID, preboarding.Front)
	if err != nil || ct != preboarding.TypePNG || preboarding.SniffType(img) != preboarding.TypePNG {
		t.Fatalf("front of the ID copy: %s %d bytes %v", ct, len(img), err)
	}
	if done := must[*preboarding.View](t)(svc.Complete(staff, sub.ID)); done.State != preboarding.Completed || done.EmploymentID == nil {
		t.Fatalf("complete the submitted demo candidate: %+v", done)
	}

	// The candidate in progress signs in with the printed login and reads their checklist.
	a := must[*ent.Account](t)(c.Account.Query().Where(account.Username(demo.CandidateUsername)).Only(sys()))
	if a.PersonID != byState[preboarding.InProgress].PersonID || a.State != account.StateACTIVE {
		t.Fatalf("the demo candidate's account: %+v", a)
	}
	mine := must[*preboarding.View](t)(svc.Mine(testworld.Employee(emp, a.ID, a.PersonID)))
	if mine == nil || mine.ID != byState[preboarding.InProgress].ID || mine.BSN != "" {
		t.Fatalf("the candidate's own preboarding: %+v", mine)
	}

	// The invited one's link in the dev mailbox opens.
	mails := must[[]*ent.OutboxMail](t)(mail.Recent(sys(), c, "", 100))
	link := regexp.MustCompile(`https://demo\.example\.nl/werknemer/uitnodiging#([A-Za-z0-9_-]+)`)
	found := false
	for _, m := range mails {
		if string(m.Kind) != string(mail.PreboardingInvitation) {
			continue
		}
		tok := link.FindStringSubmatch(m.TextBody)
		if tok == nil {
			t.Fatalf("no link in %q", m.TextBody)
		}
		v, err := acc.Invitation(context.Background(), tok[1])
		if err != nil || v.State != access.InvitationValid {
			t.Fatalf("the invited candidate's link: %+v %v", v, err)
		}
		found = true
	}
	if !found {
		t.Error("no preboarding invitation in the dev mailbox")
	}

	// Without a key: no candidates at all.
	bare := storetest.Open(t)
	if _, _, err := demo.Seed(context.Background(), bare.Client, now); err != nil {
		t.Fatal(err)
	}
	if ok, err := preboarding.Exists(context.Background(), bare.Client); err != nil || ok {
		t.Fatalf("a demo without a key has preboarding data: %v %v", ok, err)
	}
}
