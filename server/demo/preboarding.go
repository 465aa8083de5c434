package demo

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/invitation"
	entpreboarding "github.com/werkportaal/werkportaal/ent/preboarding"
	"github.com/werkportaal/werkportaal/ent/preboardingfile"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/preboarding"
)

// CandidateUsername is the demo's candidate (R38) who is filling in the preboarding
// checklist of Installatiebedrijf Van Dijk; the password is EmployeePassword.
const CandidateUsername = "nieuwe.collega"

// PreboardingKey is the server's preboarding key (PREBOARDING_KEY, in dev a fixed dev
// key), under which the demo candidates' BSNs and ID copies are sealed. Without it the
// demo has no candidates: sealed data the server cannot open would keep it from
// starting (R38).
func PreboardingKey(k *preboarding.Key) Option { return func(s *seeder) { s.pbKey = k } }

// demoCandidate is one new hire of the demo and how far they got.
type demoCandidate struct {
	first, prefix, last, email, phone, job, team string
	birth                                        date.Date
	firstDayIn                                   int // days from today
	state                                        entpreboarding.State
	username                                     string // an ACTIVE account; "" for a pending invitation
}

// preboardings gives Installatiebedrijf Van Dijk (MijnLoket - Preboarding) two teams and,
// with a preboarding key, three new hires, so the staff list of Nieuwe medewerkers shows each state a candidate
// is in before staff act: invited (the invitation is in the dev mailbox), in progress
// (part of the checklist filled in; the candidate signs in as CandidateUsername) and
// submitted (everything, with an ID copy, waiting for staff). Their data are made up; the
// BSN passes the eleven test but is one of the numbers published for testing. Their last
// names are not in the pool the demo draws persons from, so no name is there twice.
func (s *seeder) preboardings(emp *ent.Employer) error {
	ctx, c := s.ctx, s.c
	at := s.daysAgo(300)
	teams := map[string]string{}
	for _, name := range []string{"Monteurs", "Kantoor"} {
		d, err := c.Department.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetName(name).
			SetCreatedAt(at).SetUpdatedAt(at).Save(ctx)
		if err != nil {
			return err
		}
		teams[name] = d.ID
	}
	if s.pbKey == nil {
		return nil
	}
	today := s.today()
	for _, cand := range []demoCandidate{
		{first: "Daan", last: "Wouters", email: "daan.wouters@prive.example.nl", phone: "0611122233", job: "Werkvoorbereider", team: "Kantoor",
			birth: date.New(1994, 8, 12), firstDayIn: 35, state: entpreboarding.StateINVITED},
		{first: "Sem", prefix: "van der", last: "Heijden", email: "sem.vanderheijden@prive.example.nl", phone: "0622233344", job: "Servicemonteur", team: "Monteurs",
			birth: date.New(1999, 2, 23), firstDayIn: 21, state: entpreboarding.StateIN_PROGRESS, username: CandidateUsername},
		{first: "Fatima", last: "El Idrissi", email: "fatima.elidrissi@prive.example.nl", phone: "0633344455", job: "Elektromonteur", team: "Monteurs",
			birth: date.New(1991, 11, 3), firstDayIn: 10, state: entpreboarding.StateSUBMITTED, username: "fatima.elidrissi"},
	} {
		if err := s.candidate(emp, cand, teams[cand.team], today.AddDays(cand.firstDayIn)); err != nil {
			return fmt.Errorf("candidate %s: %w", cand.first, err)
		}
	}
	return nil
}

func (s *seeder) candidate(emp *ent.Employer, cand demoCandidate, teamID string, firstDay date.Date) error {
	ctx, c := s.ctx, s.c
	invited := s.now.Add(-2 * time.Hour) // the invitation is still valid (R2)
	if cand.state != entpreboarding.StateINVITED {
		invited = s.daysAgo(6)
	}
	initials := cand.first[:1] + "."
	p, err := c.Person.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
		SetInitials(initials).SetFirstName(cand.first).SetLastNamePrefix(cand.prefix).SetLastName(cand.last).
		SetBirthDate(cand.birth).SetEmail(cand.email).
		SetSearchKey(SearchKey(cand.first, cand.prefix, cand.last, cand.email)).
		SetCreatedAt(invited).Save(ctx)
	if err != nil {
		return err
	}
	id := pid.New(pid.Preboarding)
	pb := c.Preboarding.Create().SetID(id).SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
		SetPersonID(p.ID).SetFirstDay(firstDay).SetJobTitle(cand.job).SetDepartmentID(teamID).
		SetState(cand.state).SetCreatedBy(s.providerUserID).SetCreatedAt(invited).SetUpdatedAt(s.now)
	// What the candidate filled in so far: the in-progress one personal data, address and
	// IBAN; the submitted one everything.
	if cand.state != entpreboarding.StateINVITED {
		pb.SetPhone(cand.phone).SetNationality("Nederlandse").
			SetStreet("Piusstraat 14").SetPostalCode("5038 WN").SetCity("Tilburg").SetCountry("Nederland").
			SetIban("NL91ABNA0417164300")
	}
	if cand.state == entpreboarding.StateSUBMITTED {
		sealed, err := s.pbKey.Seal(id, "bsn", []byte("111222333"))
		if err != nil {
			return err
		}
		pb.SetBsnSealed(sealed).SetTaxCredit(true).SetTaxCreditFrom(firstDay).
			SetEmergencyName("Youssef El Idrissi").SetEmergencyRelation("partner").SetEmergencyPhone("0687654321").
			SetSubmittedAt(s.now.Add(-20 * time.Hour))
	}
	if err := pb.Exec(ctx); err != nil {
		return err
	}
	if cand.state == entpreboarding.StateSUBMITTED {
		for _, side := range []preboardingfile.Side{preboardingfile.SideFRONT, preboardingfile.SideBACK} {
			img, err := demoIDImage(side == preboardingfile.SideFRONT)
			if err != nil {
				return err
			}
			sealed, err := s.pbKey.Seal(id, "id-"+string(side), img)
			if err != nil {
				return err
			}
			if err := c.PreboardingFile.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
				SetPersonID(p.ID).SetPreboardingID(id).SetSide(side).SetContentType(preboarding.TypePNG).
				SetSize(len(img)).SetSealed(sealed).SetCreatedAt(s.now.Add(-21 * time.Hour)).
				SetUpdatedAt(s.now.Add(-21 * time.Hour)).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return s.candidateAccount(emp, p, cand, firstDay, invited)
}

// candidateAccount gives the candidate the account of the invitation (R2–R4): a
// pending invitation with its mail in the dev mailbox, or one used to register.
func (s *seeder) candidateAccount(emp *ent.Employer, p *ent.Person, cand demoCandidate, firstDay date.Date, invited time.Time) error {
	ctx, c := s.ctx, s.c
	token, tokenHash := auth.NewToken()
	expires := invited.Add(96 * time.Hour)
	acc := c.Account.Create().SetPersonID(p.ID).SetCreatedAt(invited)
	inv := c.Invitation.Create().SetPersonID(p.ID).SetEmail(cand.email).SetCreatedBy(s.providerUserID).
		SetTokenHash(tokenHash).SetCreatedAt(invited).SetExpiresAt(expires)
	if cand.username == "" {
		acc.SetState(account.StateINVITED).SetInviteExpiresAt(expires)
		inv.SetState(invitation.StatePENDING)
	} else {
		registered := invited.Add(3 * time.Hour)
		last := s.now.Add(-20 * time.Hour)
		s.usedUsernames[cand.username] = true
		acc.SetState(account.StateACTIVE).SetUsername(cand.username).SetUsernameKey(strings.ToLower(cand.username)).
			SetPasswordHash(s.hashes[EmployeePassword]).SetRegisteredEmail(cand.email).
			SetFirstLoginAt(registered).SetLastLoginAt(last).SetUpdatedAt(last)
		inv.SetState(invitation.StateUSED).SetVerifiedAt(registered.Add(-time.Minute)).SetUsedAt(registered).
			SetUpdatedAt(registered)
	}
	a, err := acc.Save(ctx)
	if err != nil {
		return err
	}
	if err := inv.SetAccountID(a.ID).Exec(ctx); err != nil {
		return err
	}
	if cand.username != "" {
		return nil
	}
	return mail.Enqueue(ctx, c, mail.Message{
		Kind: mail.PreboardingInvitation, To: cand.email,
		ProviderID: emp.ProviderID, EmployerID: emp.ID, PersonID: p.ID,
		Vars: map[string]string{
			"FirstName": cand.first, "FullName": strings.Join(strings.Fields(cand.first+" "+cand.prefix+" "+cand.last), " "),
			"EmployerName": emp.Name, "Link": s.links.Invitation(token), "FirstDay": firstDay.Time().Format("02-01-2006"),
		},
		Times:    map[string]time.Time{"ExpiresAt": expires},
		QueuedAt: invited,
	})
}

// demoIDImage draws a made-up ID card side as a PNG: a card with a photo box and
// text lines on the front, a machine-readable zone on the back. Nothing on it is
// anybody's data.
func demoIDImage(front bool) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, 428, 270))
	fill := func(r image.Rectangle, c color.RGBA) { draw.Draw(img, r, &image.Uniform{c}, image.Point{}, draw.Src) }
	fill(img.Bounds(), color.RGBA{0xe8, 0xee, 0xf6, 0xff})
	fill(image.Rect(0, 0, 428, 36), color.RGBA{0x1f, 0x4e, 0x8c, 0xff})
	line := color.RGBA{0x8a, 0x99, 0xad, 0xff}
	if front {
		fill(image.Rect(20, 56, 130, 196), color.RGBA{0xc4, 0xcf, 0xdd, 0xff})
		for i, w := range []int{220, 180, 240, 150, 200} {
			fill(image.Rect(150, 62+i*26, 150+w, 72+i*26), line)
		}
	} else {
		for i := range 3 {
			fill(image.Rect(20, 180+i*24, 408, 192+i*24), line)
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
