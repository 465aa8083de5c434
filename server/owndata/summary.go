package owndata

import (
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/pdf"
)

// summaryLabels are the texts of gegevens.pdf in Dutch and English (R46).
var summaryLabels = map[string]map[string]string{
	"nl": {
		"title": "Mijn gegevens", "intro": "Een overzicht van je persoonsgegevens in Werkportaal, zoals je werkgever %s ze vastlegde, gemaakt op %s. Dezelfde gegevens staan in gegevens.json; de andere bestanden in deze ZIP bevatten je loonstroken, verlof, verzuim, documenten en logboek.",
		"person": "Persoonsgegevens", "name": "Naam", "initials": "Voorletters", "firstName": "Voornaam", "prefix": "Tussenvoegsel",
		"lastName": "Achternaam", "birthDate": "Geboortedatum", "email": "Privé-e-mailadres", "phone": "Telefoon", "address": "Adres",
		"account": "Inlog", "username": "Gebruikersnaam", "registeredEmail": "E-mailadres van je inlog", "language": "Taal",
		"createdAt": "Aangemaakt", "firstLogin": "Eerste keer ingelogd", "lastLogin": "Laatst ingelogd",
		"notify": "Mail bij nieuwe documenten", "yes": "ja", "no": "nee",
		"employment": "Dienstverband", "employeeNumber": "Personeelsnummer", "jobTitle": "Functie", "start": "In dienst sinds",
		"end": "Uit dienst per", "none": "—", "footer": "Aangemaakt op %s via Werkportaal.",
		"lang.nl": "Nederlands", "lang.en": "Engels",
	},
	"en": {
		"title": "My data", "intro": "A summary of your personal data in Werkportaal, as your employer %s registered it, made on %s. The same data is in gegevens.json; the other files in this ZIP hold your payslips, leave, absence, documents and audit trail.",
		"person": "Personal data", "name": "Name", "initials": "Initials", "firstName": "First name", "prefix": "Surname prefix",
		"lastName": "Surname", "birthDate": "Date of birth", "email": "Private e-mail address", "phone": "Phone", "address": "Address",
		"account": "Login", "username": "Username", "registeredEmail": "E-mail address of your login", "language": "Language",
		"createdAt": "Created", "firstLogin": "First sign-in", "lastLogin": "Last sign-in",
		"notify": "Mail about new documents", "yes": "yes", "no": "no",
		"employment": "Employment", "employeeNumber": "Employee number", "jobTitle": "Job title", "start": "Employed since",
		"end": "Employed until", "none": "—", "footer": "Made on %s by Werkportaal.",
		"lang.nl": "Dutch", "lang.en": "English",
	},
}

// summaryPDF draws gegevens.pdf: what gegevens.json holds, readable without tools.
func (e *Export) summaryPDF(p *ent.Person) ([]byte, error) {
	l := summaryLabels[e.lang]
	day := func(d date.Date) string {
		if e.lang == "en" {
			return d.String()
		}
		return dutch.FormatDate(d)
	}
	moment := func(t *time.Time) string {
		if t == nil {
			return l["none"]
		}
		return t.In(clock.Amsterdam).Format("2006-01-02 15:04")
	}
	opt := func(s *string) string {
		if s == nil || *s == "" {
			return l["none"]
		}
		return *s
	}
	orNone := func(s string) string {
		if s == "" {
			return l["none"]
		}
		return s
	}
	address := p.Street
	if p.PostalCode != "" || p.City != "" {
		if address != "" {
			address += ", "
		}
		address += p.PostalCode + " " + p.City
	}
	sections := []pdf.SummarySection{{Title: l["person"], Rows: [][2]string{
		{l["name"], directory.FullName(p)},
		{l["initials"], orNone(p.Initials)},
		{l["firstName"], orNone(p.FirstName)},
		{l["prefix"], orNone(p.LastNamePrefix)},
		{l["lastName"], orNone(p.LastName)},
		{l["birthDate"], day(p.BirthDate)},
		{l["email"], opt(p.Email)},
		{l["phone"], opt(p.Phone)},
		{l["address"], orNone(address)},
	}}}
	if a := p.Edges.Account; a != nil {
		lang := l["none"]
		if a.Language != nil {
			lang = l["lang."+string(*a.Language)]
		}
		notify := l["no"]
		if a.NotifyNewDocuments {
			notify = l["yes"]
		}
		sections = append(sections, pdf.SummarySection{Title: l["account"], Rows: [][2]string{
			{l["username"], opt(a.Username)},
			{l["registeredEmail"], opt(a.RegisteredEmail)},
			{l["language"], lang},
			{l["createdAt"], moment(&a.CreatedAt)},
			{l["firstLogin"], moment(a.FirstLoginAt)},
			{l["lastLogin"], moment(a.LastLoginAt)},
			{l["notify"], notify},
		}})
	}
	for _, j := range p.Edges.Employments {
		end := l["none"]
		if j.EndDate != nil {
			end = day(*j.EndDate)
		}
		sections = append(sections, pdf.SummarySection{Title: l["employment"] + " " + strconv.Itoa(j.EmployeeNumber), Rows: [][2]string{
			{l["employeeNumber"], strconv.Itoa(j.EmployeeNumber)},
			{l["jobTitle"], orNone(j.JobTitle)},
			{l["start"], day(j.StartDate)},
			{l["end"], end},
		}})
	}
	made := e.at.In(clock.Amsterdam).Format("2006-01-02 15:04")
	intro := replace2(l["intro"], p.Edges.Employer.Name, made)
	return pdf.SummaryPDF(l["title"], intro, sections, replace2(l["footer"], made, ""), e.at)
}

// replace2 fills the first two %s of s in turn (fmt would read a % in a name).
func replace2(s, a, b string) string {
	return strings.Replace(strings.Replace(s, "%s", a, 1), "%s", b, 1)
}
