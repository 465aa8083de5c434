package demo

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
)

// SearchKey is directory.SearchKey, kept here for the demo's callers.
var SearchKey = directory.SearchKey

// firstNames are Dutch roepnamen, with a few that need Unicode (Zoë, Daniëlle).
var firstNames = []string{
	"Jan", "Pieter", "Kees", "Henk", "Sander", "Daan", "Bram", "Lucas", "Thijs", "Ruben",
	"Mark", "Joost", "Niels", "Wouter", "Tim", "Bas", "Jeroen", "Martijn", "Erik", "Mohamed",
	"Emre", "Gerrit", "Willem", "Stefan", "Rik", "Koen", "Jesse", "Milan", "Youssef", "Dennis",
	"Sanne", "Lisa", "Emma", "Julia", "Fleur", "Eva", "Iris", "Anne", "Marieke", "Inge",
	"Linda", "Monique", "Ingrid", "Esther", "Femke", "Lotte", "Noor", "Sara", "Fatima", "Zoë",
	"Daniëlle", "Yasmina", "Joyce", "Sabine", "Tamara", "Wendy", "Mirjam", "Petra", "Nicole", "Romy",
}

// lastNames are frequent Dutch family names as (tussenvoegsel, achternaam).
var lastNames = [][2]string{
	{"", "Jansen"}, {"de", "Vries"}, {"van den", "Berg"}, {"van", "Dijk"}, {"", "Bakker"},
	{"", "Visser"}, {"", "Smit"}, {"", "Meijer"}, {"de", "Boer"}, {"", "Mulder"},
	{"de", "Groot"}, {"", "Bos"}, {"", "Vos"}, {"", "Peters"}, {"", "Hendriks"},
	{"van", "Leeuwen"}, {"", "Dekker"}, {"", "Brouwer"}, {"de", "Wit"}, {"", "Dijkstra"},
	{"", "Smits"}, {"de", "Graaf"}, {"van der", "Meer"}, {"van der", "Linden"}, {"", "Kok"},
	{"", "Jacobs"}, {"de", "Haan"}, {"", "Vermeulen"}, {"van den", "Heuvel"}, {"van der", "Veen"},
	{"van den", "Broek"}, {"de", "Bruijn"}, {"de", "Jong"}, {"van", "Beek"}, {"", "Schouten"},
	{"", "Willems"}, {"van", "Vliet"}, {"", "Hoekstra"}, {"", "Maas"}, {"", "Verhoeven"},
	{"", "Koster"}, {"van", "Wijk"}, {"", "Prins"}, {"", "Blom"}, {"", "Huisman"},
	{"", "Öztürk"}, {"", "Yılmaz"}, {"", "El Amrani"}, {"", "Bouzid"}, {"", "Pinas"},
	{"", "Nguyen"}, {"", "Kowalski"}, {"van", "Rijn"}, {"", "Kuipers"}, {"", "Postma"},
}

// mailDomains are private mail providers, weighted by how often they occur.
var mailDomains = []struct {
	domain string
	weight int
}{
	{"gmail.com", 34}, {"hotmail.com", 20}, {"ziggo.nl", 12}, {"kpnmail.nl", 10},
	{"outlook.com", 10}, {"live.nl", 6}, {"xs4all.nl", 4}, {"planet.nl", 4},
}

var initialLetters = []string{"A", "C", "E", "G", "H", "J", "M", "P", "W"}

// fold maps a name to lower-case ASCII letters and digits for e-mail addresses and
// usernames: diacritics lose their marks, spaces and punctuation go.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case strings.ContainsRune("áàäâã", r):
			b.WriteByte('a')
		case strings.ContainsRune("éèëê", r):
			b.WriteByte('e')
		case strings.ContainsRune("íìïîı", r):
			b.WriteByte('i')
		case strings.ContainsRune("óòöôõ", r):
			b.WriteByte('o')
		case strings.ContainsRune("úùüû", r):
			b.WriteByte('u')
		case r == 'ç':
			b.WriteByte('c')
		case r == 'ş':
			b.WriteByte('s')
		case r == 'ğ':
			b.WriteByte('g')
		case r == 'ñ':
			b.WriteByte('n')
		}
	}
	return b.String()
}

// name is a generated person's name.
type name struct {
	first, initials, prefix, last string
}

func randomName(r *rand.Rand) name {
	first := firstNames[r.IntN(len(firstNames))]
	ln := lastNames[r.IntN(len(lastNames))]
	return name{first: first, initials: randomInitials(r, first), prefix: ln[0], last: ln[1]}
}

// randomInitials gives voorletters: the roepnaam's initial and up to two more.
func randomInitials(r *rand.Rand, first string) string {
	f := []rune(fold(first))
	ini := strings.ToUpper(string(f[0])) + "."
	for n := r.IntN(3); n > 0; n-- {
		ini += initialLetters[r.IntN(len(initialLetters))] + "."
	}
	return ini
}

func pickDomain(r *rand.Rand) string {
	total := 0
	for _, d := range mailDomains {
		total += d.weight
	}
	n := r.IntN(total)
	for _, d := range mailDomains {
		if n < d.weight {
			return d.domain
		}
		n -= d.weight
	}
	return mailDomains[0].domain
}

// privateEmail makes a private address in one of the styles people use.
func privateEmail(r *rand.Rand, n name, birthYear int) string {
	first, last := fold(n.first), fold(n.prefix+n.last)
	yy := fmt.Sprintf("%02d", birthYear%100)
	var local string
	switch r.IntN(6) {
	case 0, 1:
		local = first + "." + last
	case 2:
		local = first[:1] + "." + last
	case 3:
		local = first + last + yy
	case 4:
		local = last + "." + first
	default:
		local = first + "_" + last
	}
	return local + "@" + pickDomain(r)
}

func mobile(r *rand.Rand) string { return fmt.Sprintf("06-%08d", r.IntN(100_000_000)) }

func randomBirthDate(r *rand.Rand) date.Date {
	return date.New(1960+r.IntN(45), time.Month(1+r.IntN(12)), 1+r.IntN(28))
}

// startDate picks a first working day for someone born on birth: of age, within
// the last 25 years, and before latest.
func startDate(r *rand.Rand, birth date.Date, latest date.Date) date.Date {
	earliest := date.New(birth.Year+18, birth.Month, birth.Day)
	if floor := latest.AddDays(-25 * 365); earliest.Before(floor) {
		earliest = floor
	}
	if !earliest.Before(latest) {
		earliest = latest.AddDays(-60)
	}
	span := int(latest.Time().Sub(earliest.Time()).Hours() / 24)
	return earliest.AddDays(r.IntN(span + 1))
}

// sixMonthsBefore is the latest start of an employment that ends on end.
func sixMonthsBefore(end date.Date) date.Date { return end.AddDays(-182) }

var (
	officeTitles = []string{
		"Administratief medewerker", "Magazijnmedewerker", "Commercieel medewerker binnendienst",
		"Accountmanager", "Productiemedewerker", "Teamleider productie", "Monteur", "Chauffeur",
		"Office manager", "Financieel medewerker", "HR-adviseur", "Planner",
		"Klantenservicemedewerker", "Inkoper", "Receptiemedewerker", "Medewerker logistiek",
		"Vertegenwoordiger", "Operator", "Kwaliteitsmedewerker", "Salarisadministrateur",
	}
	bakeryTitles = []string{
		"Bakker", "Banketbakker", "Hulpbakker", "Verkoopmedewerker", "Bezorger",
		"Filiaalmanager", "Leerling-bakker", "Medewerker inpak",
	}
	installerTitles = []string{
		"Elektromonteur", "Installatiemonteur", "Servicemonteur", "Werkvoorbereider",
		"Projectleider", "Calculator", "Leerling-monteur", "Tekenaar",
	}
)
