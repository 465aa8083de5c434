// Package demo writes the demo dataset that `make run` starts with (Seed) and the
// scalable benchmark dataset of `server demo --persons N` (Large).
package demo

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/insuranceoffer"
	"github.com/werkportaal/werkportaal/ent/invitation"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/provider"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/pid"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The fixed names and credentials of the demo dataset.
const (
	ProviderName = "Voorbeeld Administratiekantoor"
	EmployerName = "Voorbeeld MKB" // administration 23735

	ProviderUsername = "ak-beheerder"
	EmployerUsername = "wg-beheerder"
	StaffPassword    = "Werkportaal-demo-2026" //nolint:gosec // G101: the published demo login (README), seeded only with SEED_DEMO

	APIClientName   = "Voorbeeld Salarissoftware"
	APIClientID     = "cli_01JDEMQ0000000000000000000"
	APIClientSecret = "demo-integrator-secret-2026"

	// EmployeeUsername is the demo employee of Voorbeeld MKB (Jan Jansen, ACTIVE).
	// Every seeded employee account (ACTIVE or BLOCKED) has EmployeePassword.
	EmployeeUsername = "jan.jansen"
	// ManagerUsername is the manager of the bakery's department Bakkerij, who has Mijn team
	// (Management Self Service, R35) and signs in with EmployeePassword.
	ManagerUsername  = "manager.korenaar"
	EmployeePassword = "Werkportaal-demo-2026" //nolint:gosec // G101: the published demo login (README), seeded only with SEED_DEMO

	// SecondProviderName is a provider that has not signed the MijnLoket addendum, so
	// its employers cannot get MijnLoket (R19); SecondProviderUsername is its user.
	SecondProviderName     = "Salarisbureau Noord"
	SecondProviderUsername = "ak-noord"
	SecondEmployerName     = "Kapsalon Knip"

	// DemoTOTPSecret is the authenticator-app secret of the demo's provider users, who
	// must use a second factor (R43): add it to an authenticator app, or compute a code
	// from it (the browser tests do). Published like the passwords, seeded only with
	// SEED_DEMO.
	DemoTOTPSecret = "WERKPORTAALDEMOGEHEIMTOTPSLEUTEL" //nolint:gosec // G101: the published demo second factor (README), seeded only with SEED_DEMO

	// SignInPath is the staff sign-in page of the SPA.
	SignInPath = "/inloggen"
)

// Login is one set of demo credentials.
type Login struct {
	Username, Password, Description string
}

// Logins are the credentials of the demo dataset, to print at start-up.
type Logins struct {
	// URLHint is the path, relative to the server's base URL, where staff sign in.
	URLHint string
	Staff   []Login
	// APIClientID and APIClientSecret are the integrator's client credentials.
	APIClientID, APIClientSecret string
	// EmployeeUsername and EmployeePassword sign in the demo employee.
	EmployeeUsername, EmployeePassword string
	// ManagerUsername signs in a manager with Mijn team (R35), with EmployeePassword.
	ManagerUsername string
	// CandidateUsername signs in a new hire filling in the preboarding checklist (R38),
	// with EmployeePassword.
	CandidateUsername string
	// TOTPSecret is the second factor of the provider users (R43).
	TOTPSecret string
}

// DemoLogins returns the demo credentials; they are constants, so they are valid
// whenever Seed has run once on the database.
func DemoLogins() *Logins {
	return &Logins{
		URLHint: SignInPath,
		Staff: []Login{
			{ProviderUsername, StaffPassword, "provider user (ak-gebruiker) of " + ProviderName + " with all rights"},
			{EmployerUsername, StaffPassword, "employer user (werkgevergebruiker) of " + EmployerName + " with all rights except VIEW_MIJNLOKET_EMAIL"},
			{SecondProviderUsername, StaffPassword, "provider user of " + SecondProviderName + ", which has not signed the MijnLoket addendum (R19)"},
		},
		APIClientID:       APIClientID,
		APIClientSecret:   APIClientSecret,
		EmployeeUsername:  EmployeeUsername,
		ManagerUsername:   ManagerUsername,
		CandidateUsername: CandidateUsername,
		EmployeePassword:  EmployeePassword,
		TOTPSecret:        DemoTOTPSecret,
	}
}

// Print writes the demo credentials as a block for the console.
func (l *Logins) Print(w io.Writer, baseURL string) {
	base := strings.TrimRight(baseURL, "/")
	line := strings.Repeat("=", 78)
	p := func(format string, a ...any) { _, _ = fmt.Fprintf(w, format+"\n", a...) }
	p("%s", line)
	p("Werkportaal demo data")
	p("  Sign in at %s%s", base, l.URLHint)
	p("")
	p("  Staff logins (username / password):")
	for _, s := range l.Staff {
		p("    %s / %s", s.Username, s.Password)
		p("        %s", s.Description)
	}
	p("")
	p("  Provider users sign in with a second factor (R43). Add this secret to an authenticator")
	p("  app (TOTP, 30 s, 6 digits), or scan the URI as a QR code:")
	p("    secret  %s", l.TOTPSecret)
	p("    URI     otpauth://totp/Werkportaal:demo?secret=%s&issuer=Werkportaal", l.TOTPSecret)
	p("  Employer users of %s need none: the provider does not require it.", ProviderName)
	p("")
	p("  API client %q of %s (all rights):", APIClientName, ProviderName)
	p("    client_id     %s", l.APIClientID)
	p("    client_secret %s", l.APIClientSecret)
	p("    get a token:  curl -s -X POST %s/oauth/token -d grant_type=client_credentials -d client_id=%s -d client_secret=%s",
		base, l.APIClientID, l.APIClientSecret)
	p("")
	p("  Demo employee (werknemer) of %s, signs in at %s/werknemer/inloggen:", EmployerName, base)
	p("    %s / %s", l.EmployeeUsername, l.EmployeePassword)
	p("  Manager with Mijn team (R35) of %s, signs in there too:", "Bakkerij De Korenaar")
	p("    %s / %s", l.ManagerUsername, l.EmployeePassword)
	p("  New hire filling in the preboarding checklist (R38) of %s, signs in there too:", "Installatiebedrijf Van Dijk")
	p("    %s / %s", l.CandidateUsername, l.EmployeePassword)
	p("%s", line)
}

// acctPlan is the portal-access state a seeded person gets.
type acctPlan int

const (
	noAccount acctPlan = iota
	active
	activeLocked // ACTIVE, temporarily locked after three wrong passwords (R13)
	invitedPending
	invitedExpired
	blocked
)

// personPlan says what a seeded person looks like.
type personPlan struct {
	acct         acctPlan
	ended        bool // the only employment has an end date (out of service)
	noEmail      bool
	twoContracts bool // an ended contract and a running one at the same employer (R18)
}

func repeat(n int, p personPlan) []personPlan {
	out := make([]personPlan, n)
	for i := range out {
		out[i] = p
	}
	return out
}

func concat(parts ...[]personPlan) []personPlan { return slices.Concat(parts...) }

// employerSpec describes one demo employer.
type employerSpec struct {
	name, adminNumber, street, postalCode, city string
	titles                                      []string
	plans                                       []personPlan
	products                                    []string
}

var demoEmployers = []employerSpec{
	{
		name: EmployerName, adminNumber: "23735", street: "Hogeweg 135", postalCode: "5301 LL", city: "Zaltbommel",
		titles: officeTitles,
		// 40 persons. The first (Jan Jansen, the demo employee) is fixed; the others are shuffled.
		plans: concat(
			repeat(12, personPlan{acct: active}),
			repeat(1, personPlan{acct: activeLocked}),
			repeat(1, personPlan{acct: active, twoContracts: true}),
			repeat(1, personPlan{acct: active, ended: true}), // left, still has access (R8)
			repeat(1, personPlan{acct: blocked, ended: true}),
			repeat(1, personPlan{acct: blocked}),
			repeat(3, personPlan{acct: invitedPending}),
			repeat(1, personPlan{acct: invitedExpired}),
			repeat(2, personPlan{ended: true}),
			repeat(3, personPlan{noEmail: true}),
			repeat(13, personPlan{}),
		),
		// Start with every Start functionality the portal has: documents, leave card,
		// personal data, absence reporting and Verzekeringen vergelijken (R20, R40).
		products: []string{"MIJNLOKET", "MIJNLOKET_DOCUMENTS", "MIJNLOKET_LEAVE_CARD", "MIJNLOKET_PERSONAL_DATA_VIEW", "MIJNLOKET_ABSENCE_REPORTING", "MIJNLOKET_INSURANCE_COMPARE", "QWOATER_LITE", "LEAVE_REGISTRATION"},
	},
	{
		name: "Bakkerij De Korenaar", adminNumber: "23812", street: "Twijnstraat 42", postalCode: "3511 ZL", city: "Utrecht",
		titles: bakeryTitles,
		plans: concat(
			repeat(4, personPlan{acct: active}),
			repeat(1, personPlan{acct: invitedPending}),
			repeat(1, personPlan{ended: true}),
			repeat(1, personPlan{noEmail: true}),
			repeat(5, personPlan{}),
		),
		// Plus, without documents, leave card or absence reporting: its employees see the
		// Start basics, Salaris berekenen and the Verlofkalender (R22, R32, R39). With the
		// Workflow editor, staff set who decides its leave requests (R34).
		products: []string{"MIJNLOKET", "MIJNLOKET_LEAVE_REQUESTS", "MIJNLOKET_LEAVE_CALENDAR", "MIJNLOKET_SALARY_CALCULATOR", "LEAVE_REGISTRATION", "LEAVE_POLICY", "WORKFLOW_EDITOR",
			// Management Self Service: the Bakkerij's manager decides in Mijn team (R35).
			"MANAGEMENT_SELF_SERVICE",
			// Persoonsgegevens wijzigen: its employees ask to change their address, IBAN, …
			// and one move waits in the handlers' queue (R37, personaldata.go).
			"MIJNLOKET_PERSONAL_DATA_EDIT"},
	},
	{
		name: "Installatiebedrijf Van Dijk", adminNumber: "24056", street: "Ringbaan-Oost 220", postalCode: "5013 CD", city: "Tilburg",
		titles: installerTitles,
		plans: concat(
			repeat(3, personPlan{acct: active}),
			repeat(1, personPlan{ended: true}),
			repeat(1, personPlan{noEmail: true}),
			repeat(3, personPlan{}),
		),
		// Pro through Preboarding, without the supporting Preboarding and Qwoater on purpose (R21).
		products: []string{"MIJNLOKET", "MIJNLOKET_PREBOARDING", "MIJNLOKET_DOCUMENTS"},
	},
}

// Seed writes the demo dataset as the system, in one transaction. When the demo
// provider already exists it writes nothing and returns false. Names, e-mail
// addresses and states are the same on every run (fixed random seed); dates and
// times are placed relative to now, so the data never looks stale.
// Option tunes Seed.
type Option func(*seeder)

// PublicURL is where the demo runs; the access mails of the demo's pending and expired
// invitations link there, so someone trying Werkportaal can open them from the dev
// mailbox (the default is http://127.0.0.1:8080).
func PublicURL(u string) Option { return func(s *seeder) { s.links = access.Links{Base: u} } }

// ClientSecretPepper is the server's pepper (CLIENT_SECRET_PEPPER), under which the
// provider users' second factor is sealed (R43). Without it they are not enrolled and
// set one up at their first sign-in.
func ClientSecretPepper(p []byte) Option { return func(s *seeder) { s.pepper = p } }

func Seed(ctx context.Context, client *ent.Client, now time.Time, opts ...Option) (*Logins, bool, error) {
	// System: seeding creates the tenants themselves; nobody is asking.
	ctx = viewer.System(ctx)
	logins := DemoLogins()
	exists, err := client.Provider.Query().Where(provider.Name(ProviderName)).Exist(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("demo: %w", err)
	}
	if exists {
		return logins, false, nil
	}
	// Argon2id is slow on purpose: hash every demo secret once, outside the transaction.
	hashes := map[string]string{}
	for _, s := range []string{StaffPassword, EmployeePassword, APIClientSecret} {
		if _, ok := hashes[s]; ok {
			continue
		}
		if hashes[s], err = auth.HashPassword(s); err != nil {
			return nil, false, fmt.Errorf("demo: %w", err)
		}
	}
	created := false
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		// Checked again inside the transaction: another instance may have seeded meanwhile.
		exists, err := tx.Provider.Query().Where(provider.Name(ProviderName)).Exist(ctx)
		if err != nil || exists {
			return err
		}
		s := &seeder{ctx: ctx, c: tx.Client(), now: now.UTC().Truncate(time.Second), hashes: hashes,
			r: rand.New(rand.NewPCG(2026, 23735)), links: access.Links{Base: "http://127.0.0.1:8080"}} //nolint:gosec // G404: seeded on purpose, the same demo data on every run; no secret is drawn from it
		for _, o := range opts {
			o(s)
		}
		if err := s.run(); err != nil {
			return err
		}
		created = true
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("demo: seed: %w", err)
	}
	return logins, created, nil
}

type seeder struct {
	ctx    context.Context
	c      *ent.Client
	now    time.Time
	r      *rand.Rand
	hashes map[string]string

	providerID, providerUserID string
	products                   map[string]string // code → product ID
	usedNames                  map[string]bool
	usedEmails                 map[string]bool
	usedUsernames              map[string]bool
	links                      access.Links
	pepper                     []byte
	pbKey                      *preboarding.Key
}

func (s *seeder) daysAgo(n int) time.Time { return s.now.AddDate(0, 0, -n) }

func (s *seeder) today() date.Date { return date.Of(s.now) }

func rightStrings(except ...viewer.Right) []string {
	var out []string
	for _, r := range viewer.AllRights {
		if !slices.Contains(except, r) {
			out = append(out, string(r))
		}
	}
	return out
}

func (s *seeder) run() error {
	ctx, c := s.ctx, s.c
	s.usedNames, s.usedEmails, s.usedUsernames = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.providerID, s.providerUserID = pid.New(pid.Provider), pid.New(pid.User)
	if err := c.Provider.Create().SetID(s.providerID).SetName(ProviderName).
		SetCreatedAt(s.daysAgo(800)).SetUpdatedAt(s.daysAgo(400)).
		SetMijnloketAddendumSignedAt(s.daysAgo(400)).SetMijnloketAddendumSignedBy(s.providerUserID).
		Exec(ctx); err != nil {
		return fmt.Errorf("provider: %w", err)
	}
	if err := c.User.Create().SetID(s.providerUserID).SetProviderID(s.providerID).
		SetUsername(ProviderUsername).SetUsernameKey(strings.ToLower(ProviderUsername)).
		SetDisplayName("Anouk Kramer").SetEmail("anouk.kramer@voorbeeld-administratiekantoor.nl").
		SetPasswordHash(s.hashes[StaffPassword]).SetRights(rightStrings()).
		SetCreatedAt(s.daysAgo(800)).Exec(ctx); err != nil {
		return fmt.Errorf("provider user: %w", err)
	}
	if err := s.enrolSecondFactor(s.providerUserID, s.daysAgo(400)); err != nil {
		return err
	}
	if err := c.APIClient.Create().SetID(APIClientID).SetProviderID(s.providerID).
		SetName(APIClientName).SetSecretHash(s.hashes[APIClientSecret]).SetRights(rightStrings()).
		SetCreatedAt(s.daysAgo(300)).Exec(ctx); err != nil {
		return fmt.Errorf("api client: %w", err)
	}
	prods, err := c.Product.Query().All(ctx)
	if err != nil {
		return err
	}
	s.products = map[string]string{}
	for _, p := range prods {
		s.products[p.Code] = p.ID
	}
	var employers []*ent.Employer
	for i, spec := range demoEmployers {
		emp, err := c.Employer.Create().SetProviderID(s.providerID).
			SetName(spec.name).SetNameKey(strings.ToLower(spec.name)).
			SetAdministrationNumber(spec.adminNumber).
			SetStreet(spec.street).SetPostalCode(spec.postalCode).SetCity(spec.city).
			SetCreatedAt(s.daysAgo(700 - 50*i)).Save(ctx)
		if err != nil {
			return fmt.Errorf("employer %s: %w", spec.name, err)
		}
		if i == 0 {
			if err := c.User.Create().SetEmployerID(emp.ID).
				SetUsername(EmployerUsername).SetUsernameKey(strings.ToLower(EmployerUsername)).
				SetDisplayName("Willem de Graaf").SetEmail("willem.degraaf@voorbeeldmkb.nl").
				SetPasswordHash(s.hashes[StaffPassword]).SetRights(rightStrings(viewer.ViewMijnLoketEmail)).
				SetCreatedAt(s.daysAgo(600)).Exec(ctx); err != nil {
				return fmt.Errorf("employer user: %w", err)
			}
			if err := s.invitedStaff(emp); err != nil {
				return fmt.Errorf("invited employer user: %w", err)
			}
		}
		if err := s.activate(emp.ID, spec.products); err != nil {
			return err
		}
		if err := s.people(emp, spec, i == 0); err != nil {
			return fmt.Errorf("persons of %s: %w", spec.name, err)
		}
		employers = append(employers, emp)
	}
	if err := s.portalContent(employers); err != nil {
		return fmt.Errorf("portal content: %w", err)
	}
	if err := s.departments(employers[1]); err != nil {
		return fmt.Errorf("departments: %w", err)
	}
	if err := s.personalData(employers[1]); err != nil {
		return fmt.Errorf("personal data: %w", err)
	}
	if err := s.insuranceOffers(employers[0]); err != nil {
		return fmt.Errorf("insurance offers: %w", err)
	}
	if err := s.preboardings(employers[2]); err != nil {
		return fmt.Errorf("preboarding: %w", err)
	}
	return s.providerWithoutAddendum()
}

// insuranceOffers publishes the demo's collective insurance offers (R40): three of the
// provider for all its employers and one of Voorbeeld MKB itself. The insurers are
// made up; their links go to example.com (RFC 2606), not to a real insurer.
func (s *seeder) insuranceOffers(mkb *ent.Employer) error {
	pct := func(p int) *int { return &p }
	cents := func(c int64) *int64 { return &c }
	for _, o := range []struct {
		employerID              *string
		insurer, kind, discount string
		bp                      *int
		premium                 *int64
		conditions, url         string
	}{
		{nil, "Zorgzaam Collectief", "SUPPLEMENTARY_HEALTH", "10% korting op de aanvullende verzekering", pct(1000), cents(1875),
			"Voor werknemers en hun gezinsleden; geen medische keuring voor de aanvullende pakketten.", "https://zorgzaam.example.com/collectief"},
		{nil, "Inkomensgarant", "DISABILITY_GAP", "5% korting", pct(500), cents(1290),
			"Dekt het WGA-hiaat tot de AOW-leeftijd; instappen binnen 3 maanden na indiensttreding zonder gezondheidsverklaring.", "https://inkomensgarant.example.com/wga-hiaat"},
		{nil, "Op Reis Verzekeringen", "TRAVEL", "Eerste maand gratis", nil, cents(450),
			"Doorlopende reisverzekering voor heel Europa; wereld tegen meerprijs.", "https://opreis.example.com/werkgevers"},
		{&mkb.ID, "Veilig Thuis", "LIABILITY", "15% korting", pct(1500), cents(325),
			"Aansprakelijkheid particulieren, gezinsdekking; afgesproken door Voorbeeld MKB.", "https://veiligthuis.example.com/mkb"},
	} {
		cr := s.c.InsuranceOffer.Create().SetProviderID(s.providerID).SetNillableEmployerID(o.employerID).
			SetInsurer(o.insurer).SetKind(insuranceoffer.Kind(o.kind)).SetDiscountText(o.discount).
			SetNillableDiscountBasisPoints(o.bp).SetNillableMonthlyPremiumFromCents(o.premium).
			SetConditions(o.conditions).SetURL(o.url).SetUpdatedBy(s.providerUserID).
			SetCreatedAt(s.daysAgo(30)).SetUpdatedAt(s.daysAgo(30))
		if err := cr.Exec(s.ctx); err != nil {
			return err
		}
	}
	return nil
}

// enrolSecondFactor gives a provider user the demo's known second factor (R43), when
// the seeder has the server's pepper to seal it with.
func (s *seeder) enrolSecondFactor(userID string, at time.Time) error {
	if len(s.pepper) == 0 {
		return nil
	}
	sealed, err := auth.SealTOTPSecret(s.pepper, userID, DemoTOTPSecret)
	if err != nil {
		return fmt.Errorf("second factor: %w", err)
	}
	return s.c.User.UpdateOneID(userID).SetTotpSecret(sealed).SetTotpEnrolledAt(at).Exec(s.ctx)
}

// InvitedStaffUsername is the demo's employer user who was invited but has not chosen a
// password yet: the invitation waits in the dev mailbox (R43).
const InvitedStaffUsername = "femke.visser"

// invitedStaff invites an employer user of emp through the same service as the
// Gebruikers page (R43), as the demo provider user, so the demo shows a pending
// invitation with its mail and audit event.
func (s *seeder) invitedStaff(emp *ent.Employer) error {
	admin, err := s.c.User.Get(s.ctx, s.providerUserID)
	if err != nil {
		return err
	}
	svc := &staffusers.Service{Client: s.c, Clock: clock.NewFake(s.daysAgo(1)), Links: staffusers.Links{Base: s.links.Base}}
	_, err = svc.CreateIn(viewer.NewContext(s.ctx, auth.StaffPrincipal(admin)), s.c, staffusers.CreateInput{
		EmployerID: emp.ID, Name: "Femke Visser", Email: "femke.visser@voorbeeldmkb.nl", Username: InvitedStaffUsername,
		Rights: []viewer.Right{viewer.ViewEmployees, viewer.ViewMijnLoketEmail},
	})
	return err
}

// providerWithoutAddendum seeds a second, small provider that has not signed the
// MijnLoket addendum: its employer has no products and activating MijnLoket answers
// ADDENDUM_REQUIRED (R19). It also shows that tenants never see each other.
func (s *seeder) providerWithoutAddendum() error {
	ctx, c := s.ctx, s.c
	s.providerID, s.providerUserID = pid.New(pid.Provider), pid.New(pid.User)
	if err := c.Provider.Create().SetID(s.providerID).SetName(SecondProviderName).
		SetCreatedAt(s.daysAgo(200)).SetUpdatedAt(s.daysAgo(200)).Exec(ctx); err != nil {
		return fmt.Errorf("provider %s: %w", SecondProviderName, err)
	}
	if err := c.User.Create().SetID(s.providerUserID).SetProviderID(s.providerID).
		SetUsername(SecondProviderUsername).SetUsernameKey(strings.ToLower(SecondProviderUsername)).
		SetDisplayName("Sietske Hoekstra").SetEmail("sietske.hoekstra@salarisbureau-noord.nl").
		SetPasswordHash(s.hashes[StaffPassword]).SetRights(rightStrings()).
		SetCreatedAt(s.daysAgo(200)).Exec(ctx); err != nil {
		return fmt.Errorf("provider user %s: %w", SecondProviderUsername, err)
	}
	if err := s.enrolSecondFactor(s.providerUserID, s.daysAgo(200)); err != nil {
		return err
	}
	spec := employerSpec{
		name: SecondEmployerName, adminNumber: "31007", street: "Oude Ebbingestraat 12", postalCode: "9712 HK", city: "Groningen",
		titles: []string{"Kapper", "Junior kapper", "Salonmanager"},
		plans:  concat(repeat(3, personPlan{}), repeat(1, personPlan{noEmail: true})),
	}
	emp, err := c.Employer.Create().SetProviderID(s.providerID).
		SetName(spec.name).SetNameKey(strings.ToLower(spec.name)).SetAdministrationNumber(spec.adminNumber).
		SetStreet(spec.street).SetPostalCode(spec.postalCode).SetCity(spec.city).
		SetCreatedAt(s.daysAgo(190)).Save(ctx)
	if err != nil {
		return fmt.Errorf("employer %s: %w", spec.name, err)
	}
	return s.people(emp, spec, false)
}

// activate records product activations, MijnLoket first, a few days apart.
func (s *seeder) activate(employerID string, codes []string) error {
	bulk := make([]*ent.ProductActivationCreate, 0, len(codes))
	for i, code := range codes {
		id, ok := s.products[code]
		if !ok {
			return fmt.Errorf("product %s is not in the catalogue", code)
		}
		bulk = append(bulk, s.c.ProductActivation.Create().
			SetEmployerID(employerID).SetProductID(id).
			SetActivatedAt(s.daysAgo(300-7*i)).SetActivatedBy(s.providerUserID))
	}
	if err := s.c.ProductActivation.CreateBulk(bulk...).Exec(s.ctx); err != nil {
		return err
	}
	// What activating a product brings, as product.Service's hooks would: the leave
	// scheme of Verlofregeling and Verlofregistratie (R28).
	emp, err := s.c.Employer.Get(s.ctx, employerID)
	if err != nil {
		return err
	}
	lv := &leave.Service{Client: s.c, Clock: clock.NewFake(s.now)}
	for _, code := range codes {
		if err := lv.OnProductActivated(s.ctx, s.c, emp, code); err != nil {
			return fmt.Errorf("leave scheme of %s: %w", emp.Name, err)
		}
	}
	return nil
}

// seedPerson is a person being made, with its employments.
type seedPerson struct {
	plan  personPlan
	n     name
	birth date.Date
	email string
	jobs  []seedJob
}

type seedJob struct {
	start date.Date
	end   *date.Date
	title string
}

func (s *seeder) uniqueName(first bool) name {
	if first {
		n := name{first: "Jan", initials: "J.", last: "Jansen"}
		s.usedNames[SearchKey(n.first, n.prefix, n.last, "")] = true
		return n
	}
	for {
		n := randomName(s.r)
		if k := SearchKey(n.first, n.prefix, n.last, ""); !s.usedNames[k] {
			s.usedNames[k] = true
			return n
		}
	}
}

func (s *seeder) uniqueEmail(n name, birth date.Date) string {
	for i := 0; ; i++ {
		e := privateEmail(s.r, n, birth.Year)
		if i > 3 {
			e = strings.Replace(e, "@", fmt.Sprint(birth.Year), 1)
		}
		if !s.usedEmails[e] {
			s.usedEmails[e] = true
			return e
		}
	}
}

func (s *seeder) username(n name) string {
	base := fold(n.first) + "." + fold(n.prefix+n.last)
	u := base
	for i := 2; s.usedUsernames[u]; i++ {
		u = fmt.Sprintf("%s%d", base, i)
	}
	s.usedUsernames[u] = true
	return u
}

func (s *seeder) people(emp *ent.Employer, spec employerSpec, withDemoEmployee bool) error {
	ctx, c, r := s.ctx, s.c, s.r
	plans := slices.Clone(spec.plans)
	r.Shuffle(len(plans), func(i, j int) { plans[i], plans[j] = plans[j], plans[i] })
	if withDemoEmployee {
		plans = append([]personPlan{{acct: active}}, plans...)
	}
	today := s.today()
	persons := make([]*seedPerson, len(plans))
	for i, plan := range plans {
		p := &seedPerson{plan: plan, n: s.uniqueName(withDemoEmployee && i == 0), birth: randomBirthDate(r)}
		if !plan.noEmail {
			p.email = s.uniqueEmail(p.n, p.birth)
		}
		title := spec.titles[r.IntN(len(spec.titles))]
		switch {
		case plan.twoContracts:
			end := today.AddDays(-(400 + r.IntN(500)))
			first := startDate(r, p.birth, sixMonthsBefore(end))
			next := end.AddDays(1)
			p.jobs = []seedJob{{first, &end, "Oproepkracht " + strings.ToLower(title)}, {next, nil, title}}
		case plan.ended:
			ago := 30 + r.IntN(700)
			if plan.acct == active { // R8: left recently, keeps access for the jaaropgave
				ago = 30 + r.IntN(90)
			}
			end := today.AddDays(-ago)
			p.jobs = []seedJob{{startDate(r, p.birth, sixMonthsBefore(end)), &end, title}}
		default:
			p.jobs = []seedJob{{startDate(r, p.birth, today.AddDays(-30)), nil, title}}
		}
		persons[i] = p
	}

	// Persons.
	pc := make([]*ent.PersonCreate, len(persons))
	for i, p := range persons {
		q := c.Person.Create().SetEmployerID(emp.ID).
			SetFirstName(p.n.first).SetInitials(p.n.initials).SetLastNamePrefix(p.n.prefix).SetLastName(p.n.last).
			SetBirthDate(p.birth).SetSearchKey(SearchKey(p.n.first, p.n.prefix, p.n.last, p.email)).
			SetCreatedAt(later(p.jobs[0].start.Time().Add(-7*24*time.Hour), emp.CreatedAt))
		if p.email != "" {
			q.SetEmail(p.email)
		}
		if p.plan.noEmail || r.IntN(7) > 0 {
			q.SetPhone(mobile(r))
		}
		pc[i] = q
	}
	saved, err := c.Person.CreateBulk(pc...).Save(ctx)
	if err != nil {
		return err
	}

	// Employments, numbered in the order people joined.
	type job struct {
		personID string
		seedJob
	}
	var jobs []job
	for i, p := range persons {
		for _, j := range p.jobs {
			jobs = append(jobs, job{saved[i].ID, j})
		}
	}
	sort.SliceStable(jobs, func(i, j int) bool { return jobs[i].start.Before(jobs[j].start) })
	ec := make([]*ent.EmploymentCreate, len(jobs))
	for i, j := range jobs {
		ec[i] = c.Employment.Create().
			SetPersonID(j.personID).SetEmployeeNumber(i + 1).
			SetStartDate(j.start).SetNillableEndDate(j.end).SetJobTitle(j.title).
			SetCreatedAt(later(j.start.Time().Add(-7*24*time.Hour), emp.CreatedAt))
	}
	if err := c.Employment.CreateBulk(ec...).Exec(ctx); err != nil {
		return err
	}

	// Accounts and their invitations.
	for i, p := range persons {
		if p.plan.acct == noAccount {
			continue
		}
		if err := s.account(emp.ID, saved[i].ID, p, withDemoEmployee && i == 0); err != nil {
			return err
		}
	}
	return nil
}

// later returns the later of a and b: rows of people who joined before the employer
// came to the provider were created when it did.
func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// accessMail queues the access mail of a demo invitation as it went out at sent, so the
// dev mailbox holds working (and expired) invitation links.
func (s *seeder) accessMail(employerID, personID string, p *seedPerson, token string, sent time.Time) error {
	emp, err := s.c.Employer.Get(s.ctx, employerID)
	if err != nil {
		return err
	}
	full := strings.Join(strings.Fields(p.n.first+" "+p.n.prefix+" "+p.n.last), " ")
	return mail.Enqueue(s.ctx, s.c, mail.Message{
		Kind: mail.Invitation, To: p.email,
		ProviderID: s.providerID, EmployerID: employerID, PersonID: personID,
		Vars: map[string]string{
			"FirstName": p.n.first, "FullName": full, "EmployerName": emp.Name,
			"Link": s.links.Invitation(token),
		},
		Times:    map[string]time.Time{"ExpiresAt": sent.Add(96 * time.Hour)},
		QueuedAt: sent,
	})
}

func (s *seeder) account(employerID, personID string, p *seedPerson, demoEmployee bool) error {
	ctx, c, r := s.ctx, s.c, s.r
	acc := c.Account.Create().SetPersonID(personID)
	inv := c.Invitation.Create().SetPersonID(personID).
		SetEmail(p.email).SetCreatedBy(s.providerUserID)
	token, tokenHash := auth.NewToken()
	inv.SetTokenHash(tokenHash)
	switch p.plan.acct {
	case invitedPending:
		acc.SetState(account.StateINVITED).SetCreatedAt(s.now).SetInviteExpiresAt(s.now.Add(96 * time.Hour))
		inv.SetState(invitation.StatePENDING).SetCreatedAt(s.now).SetExpiresAt(s.now.Add(96 * time.Hour))
		if err := s.accessMail(employerID, personID, p, token, s.now); err != nil {
			return err
		}
	case invitedExpired:
		sent := s.daysAgo(9)
		acc.SetState(account.StateINVITED).SetCreatedAt(sent).SetInviteExpiresAt(sent.Add(96 * time.Hour))
		inv.SetState(invitation.StatePENDING).SetCreatedAt(sent).SetExpiresAt(sent.Add(96 * time.Hour))
		if err := s.accessMail(employerID, personID, p, token, sent); err != nil {
			return err
		}
	default: // registered: ACTIVE, locked or BLOCKED
		sent := s.daysAgo(200 + r.IntN(300))
		if demoEmployee {
			sent = s.daysAgo(365)
		}
		registered := sent.Add(time.Duration(2+r.IntN(60)) * time.Hour)
		last := s.now.Add(-time.Duration(1+r.IntN(60*24)) * time.Hour)
		if p.plan.ended && p.plan.acct == active {
			last = s.now.Add(-time.Duration(24+r.IntN(14*24)) * time.Hour) // came back for the jaaropgave (R8)
		}
		u := EmployeeUsername
		if demoEmployee {
			s.usedUsernames[u] = true
		} else {
			u = s.username(p.n)
		}
		acc.SetUsername(u).SetUsernameKey(strings.ToLower(u)).SetPasswordHash(s.hashes[EmployeePassword]).
			SetRegisteredEmail(p.email).SetFirstLoginAt(registered).SetLastLoginAt(last).
			SetCreatedAt(sent).SetUpdatedAt(last)
		switch p.plan.acct {
		case blocked:
			at := s.daysAgo(5 + r.IntN(60))
			if at.Before(last) {
				last = at.Add(-24 * time.Hour)
				acc.SetLastLoginAt(last)
			}
			acc.SetState(account.StateBLOCKED).SetBlockedAt(at).SetUpdatedAt(at)
		case activeLocked:
			acc.SetState(account.StateACTIVE).SetFailedAttempts(3).SetLockedUntil(s.now.Add(time.Hour))
		default:
			acc.SetState(account.StateACTIVE)
		}
		inv.SetState(invitation.StateUSED).SetCreatedAt(sent).SetExpiresAt(sent.Add(96 * time.Hour)).
			SetVerifiedAt(registered.Add(-time.Minute)).SetUsedAt(registered).SetUpdatedAt(registered)
	}
	a, err := acc.Save(ctx)
	if err != nil {
		return fmt.Errorf("account: %w", err)
	}
	if err := inv.SetAccountID(a.ID).Exec(ctx); err != nil {
		return fmt.Errorf("invitation: %w", err)
	}
	return nil
}

// departments gives the bakery (which has the Workflow editor) two departments, so a
// route's "the employee's manager" has someone to point at (R34): Directie, managed by
// the first person, and Bakkerij under it, managed by the second, with everyone else in
// it. The second person's own requests go up to Directie.
func (s *seeder) departments(emp *ent.Employer) error {
	ctx, c := s.ctx, s.c
	ps, err := c.Person.Query().Where(person.EmployerID(emp.ID)).Order(person.ByLastName(), person.ByFirstName(), person.ByID()).All(ctx)
	if err != nil || len(ps) < 3 {
		return err
	}
	// The managers are persons with an active account, so that they can sign in to
	// Mijn team (R35); the Bakkerij's manager gets the printed demo login.
	active, err := c.Account.Query().Where(account.PersonIDIn(personIDs(ps)...), account.StateEQ(account.StateACTIVE)).All(ctx)
	if err != nil {
		return err
	}
	for i, want := 0, 0; i < len(ps) && want < 2; i++ {
		for _, a := range active {
			if a.PersonID == ps[i].ID {
				ps[want], ps[i] = ps[i], ps[want]
				if want == 1 {
					if err := c.Account.UpdateOne(a).SetUsername(ManagerUsername).SetUsernameKey(ManagerUsername).Exec(ctx); err != nil {
						return err
					}
				}
				want++
				break
			}
		}
	}
	at := s.daysAgo(200)
	top, err := c.Department.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetName("Directie").
		SetCreatedAt(at).SetUpdatedAt(at).Save(ctx)
	if err != nil {
		return err
	}
	bakery, err := c.Department.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).SetName("Bakkerij").
		SetParentID(top.ID).SetCreatedAt(at).SetUpdatedAt(at).Save(ctx)
	if err != nil {
		return err
	}
	for _, m := range []struct{ dep, person string }{{top.ID, ps[0].ID}, {bakery.ID, ps[1].ID}} {
		if err := c.DepartmentManager.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetDepartmentID(m.dep).SetPersonID(m.person).SetCreatedAt(at).SetUpdatedAt(at).Exec(ctx); err != nil {
			return err
		}
	}
	members := make([]*ent.DepartmentMemberCreate, len(ps))
	for i, p := range ps {
		dep := bakery.ID
		if i == 0 {
			dep = top.ID
		}
		members[i] = c.DepartmentMember.Create().SetProviderID(emp.ProviderID).SetEmployerID(emp.ID).
			SetDepartmentID(dep).SetPersonID(p.ID).SetCreatedAt(at).SetUpdatedAt(at)
	}
	return c.DepartmentMember.CreateBulk(members...).Exec(ctx)
}

func personIDs(ps []*ent.Person) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}
