package demo

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/datachange"
	"github.com/werkportaal/werkportaal/ent/departmentmanager"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	dc "github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

// Streets of Utrecht and around, where the bakery's people live.
var utrechtStreets = []struct{ street, postcode, city string }{
	{"Oudegracht", "3511 AP", "Utrecht"},
	{"Twijnstraat", "3511 ZK", "Utrecht"},
	{"Biltstraat", "3572 AJ", "Utrecht"},
	{"Amsterdamsestraatweg", "3513 AA", "Utrecht"},
	{"Kanaalstraat", "3531 CJ", "Utrecht"},
	{"Burgemeester Reigerstraat", "3581 KP", "Utrecht"},
	{"Vleutenseweg", "3532 HA", "Utrecht"},
	{"Dorpsstraat", "3732 HJ", "De Bilt"},
	{"Rijnkade", "3511 LC", "Utrecht"},
	{"Steenweg", "3511 JP", "Utrecht"},
	{"Voorstraat", "3512 AK", "Utrecht"},
	{"Hoofdstraat", "3971 KD", "Driebergen-Rijsenburg"},
}

// Bank codes of Dutch banks, for the demo's IBANs.
var dutchBanks = []string{"ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"}

// dutchIBAN returns the Dutch IBAN of bank and a ten-digit account number, with its ISO
// 13616 check digits (98 minus the remainder by 97 of BBAN + "NL00" as digits).
func dutchIBAN(bank string, account int) string {
	bban := fmt.Sprintf("%s%010d", bank, account)
	var digits string
	for _, r := range bban + "NL00" {
		if r >= 'A' && r <= 'Z' {
			digits += fmt.Sprint(int(r-'A') + 10)
		} else {
			digits += string(r)
		}
	}
	n, _ := new(big.Int).SetString(digits, 10)
	check := 98 - new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("NL%02d%s", check, bban)
}

// personalData gives the bakery's people (whose employer has Persoonsgegevens wijzigen,
// R37) a home address, an IBAN and, for some, an emergency contact, and leaves one
// employee's address change waiting in the handlers' queue, so the queue is not empty
// when someone tries the demo. Drawn from a random source of its own: the names and
// states drawn before stay the same.
func (s *seeder) personalData(emp *ent.Employer) error {
	ctx, c := s.ctx, s.c
	r := rand.New(rand.NewPCG(2026, 23812)) //nolint:gosec // G404: seeded on purpose, the same demo data on every run; no secret is drawn from it
	ps, err := c.Person.Query().Where(person.EmployerID(emp.ID)).Order(person.ByLastName(), person.ByFirstName(), person.ByID()).All(ctx)
	if err != nil {
		return err
	}
	for i, p := range ps {
		home := utrechtStreets[r.IntN(len(utrechtStreets))]
		u := c.Person.UpdateOne(p).
			SetStreet(fmt.Sprintf("%s %d", home.street, 1+r.IntN(180))).SetPostalCode(home.postcode).SetCity(home.city).
			SetIban(dutchIBAN(dutchBanks[r.IntN(len(dutchBanks))], r.IntN(10_000_000_000)))
		if i%2 == 0 {
			n := randomName(r)
			u.SetEmergencyContactName(n.first + " " + joinName(n.prefix, n.last)).SetEmergencyContactPhone(mobile(r))
		}
		if _, err := u.Save(ctx); err != nil {
			return err
		}
	}
	return s.pendingAddressChange(emp)
}

func joinName(prefix, last string) string {
	if prefix == "" {
		return last
	}
	return prefix + " " + last
}

// pendingAddressChange submits a move of the first bakery employee with an active
// account who manages nobody, three days ago, on the route of personal-data changes
// (R34: without a route of its own, one step to Behandelen aanvragen).
func (s *seeder) pendingAddressChange(emp *ent.Employer) error {
	ctx, c := s.ctx, s.c
	managers, err := c.DepartmentManager.Query().Where(departmentmanager.EmployerID(emp.ID)).
		Select(departmentmanager.FieldPersonID).Strings(ctx)
	if err != nil {
		return err
	}
	accs, err := c.Account.Query().Where(account.StateEQ(account.StateACTIVE), account.HasPersonWith(person.EmployerID(emp.ID)),
		account.PersonIDNotIn(managers...)).Order(account.ByUsername()).All(ctx)
	if err != nil || len(accs) == 0 {
		return err
	}
	acc := accs[0]
	p, err := c.Person.Get(ctx, acc.PersonID)
	if err != nil {
		return err
	}
	job, err := c.Employment.Query().Where(employment.PersonID(p.ID), employment.EndDateIsNil()).First(ctx)
	if err != nil {
		return fmt.Errorf("employment of %s: %w", p.ID, err)
	}
	at := s.daysAgo(3)
	effective := s.today().AddDays(14)
	ch, err := c.DataChange.Create().SetProviderID(s.providerID).SetEmployerID(emp.ID).SetPersonID(p.ID).
		SetEmploymentID(job.ID).SetField(datachange.FieldADDRESS).
		SetOldValue(map[string]string{"street": p.Street, "postalCode": p.PostalCode, "city": p.City}).
		SetNewValue(map[string]string{"street": "Nachtegaalstraat 61", "postalCode": "3581 AE", "city": "Utrecht"}).
		SetEffectiveDate(effective).SetSubmittedBy(acc.ID).SetCreatedAt(at).SetUpdatedAt(at).Save(ctx)
	if err != nil {
		return fmt.Errorf("address change: %w", err)
	}
	if err := audit.Record(ctx, c, audit.Event{At: at, Action: dc.ActionRequested, ProviderID: s.providerID,
		EmployerID: emp.ID, PersonID: p.ID, TargetType: "DataChange", TargetID: ch.ID,
		Details: map[string]string{"field": string(ch.Field), "effectiveDate": effective.String()}}); err != nil {
		return err
	}
	wf := &workflow.Service{Client: c, Clock: clock.NewFake(at)}
	_, err = wf.Start(ctx, c, workflow.Subject{Kind: spec.KindPersonalDataChange, ID: ch.ID, ProviderID: s.providerID,
		EmployerID: emp.ID, PersonID: p.ID, EmploymentID: job.ID, SubmittedBy: acc.ID})
	return err
}
