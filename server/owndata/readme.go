package owndata

import (
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/server/clock"
)

// readmeParts explains each part of the ZIP, in Dutch and English (R46: the employee's
// language); parts lists the names WriteTo wrote.
var readmeParts = map[string][2]string{
	"personal": {
		"gegevens.json — je persoonsgegevens zoals je werkgever ze vastlegde (naam, geboortedatum, adres, e-mailadres, telefoon), je inlog (gebruikersnaam, taal, eerste en laatste keer ingelogd; nooit je wachtwoord) en je dienstverbanden; gegevens.pdf is een leesbaar overzicht daarvan.",
		"gegevens.json — your personal data as your employer registered it (name, date of birth, address, e-mail address, phone), your login (username, language, first and last sign-in; never your password) and your employments; gegevens.pdf is a readable summary of them.",
	},
	"payslips": {
		"loonstroken/ — elke loonstrook als PDF; loonstroken.json en loonstroken.csv bevatten alle bedragen van alle loonstroken (bedragen in centen in JSON, in euro's in CSV), één regel per looncomponent.",
		"loonstroken/ — every payslip as a PDF; loonstroken.json and loonstroken.csv hold every figure of every payslip (amounts in cents in JSON, in euros in CSV), one row per wage component.",
	},
	"annual": {
		"jaaropgaven/ — elke jaaropgave als PDF, en jaaropgaven.csv met de bedragen per jaar.",
		"jaaropgaven/ — every annual statement (jaaropgave) as a PDF, and jaaropgaven.csv with the figures per year.",
	},
	"leave": {
		"verlof/verlofmutaties.csv — alle mutaties van je verlofsaldo: opbouw, opgenomen, gepland, correcties en vervallen uren. Je saldo is de som hiervan.",
		"verlof/verlofmutaties.csv — every entry of your leave ledger: accrued, taken, planned, corrected and expired hours. Your balance is their sum.",
	},
	"requests": {
		"verlof/verlofaanvragen.csv — je verlofaanvragen met hun status en het besluit.",
		"verlof/verlofaanvragen.csv — your leave requests with their status and decision.",
	},
	"sick": {
		"verzuim/ziekmeldingen.csv — de data van je ziek- en herstelmeldingen. Er wordt nooit een diagnose gevraagd of bewaard.",
		"verzuim/ziekmeldingen.csv — the dates of your sick and recovery reports. No diagnosis is ever asked or stored.",
	},
	"documents": {
		"documenten/ — de documenten die je werkgever voor je zichtbaar maakte, met een lijst in documenten.csv.",
		"documenten/ — the documents your employer made visible to you, listed in documenten.csv.",
	},
	"audit": {
		"logboek.csv — het logboek over jou en je inlog: wie wat deed en wanneer (bijvoorbeeld toegang verleend, wachtwoord gewijzigd, deze download).",
		"logboek.csv — the audit trail about you and your login: who did what and when (for example access granted, password changed, this download).",
	},
}

var readmeText = map[string][4]string{
	"nl": {
		"Mijn gegevens — Werkportaal",
		"Deze map bevat je eigen gegevens uit Werkportaal, gemaakt op %s. Hij bevat alleen wat Werkportaal je bij je werkgever laat zien; vraag je werkgever om andere gegevens die over jou worden bewaard.",
		"Wat zit erin:",
		"CSV-bestanden openen in Excel met puntkomma's als scheidingsteken; data staan als JJJJ-MM-DD, tijden in Nederlandse tijd.",
	},
	"en": {
		"My data — Werkportaal",
		"This folder holds your own data from Werkportaal, made on %s. It holds only what your employer's portal shows you; ask your employer for any other data kept about you.",
		"What is in it:",
		"CSV files open in Excel with semicolons as separators; dates are YYYY-MM-DD, times are Dutch time.",
	},
}

// readme is README.txt in lang ("nl" or "en"), with CRLF so that Notepad shows it.
func readme(lang string, parts []string, at time.Time) string {
	i := 0
	if lang == "en" {
		i = 1
	}
	t := readmeText[lang]
	var b strings.Builder
	b.WriteString(t[0] + "\n\n")
	b.WriteString(strings.Replace(t[1], "%s", at.In(clock.Amsterdam).Format("2006-01-02 15:04"), 1) + "\n\n")
	b.WriteString(t[2] + "\n\n")
	for _, p := range parts {
		b.WriteString("- " + readmeParts[p][i] + "\n")
	}
	b.WriteString("- README.txt — " + map[string]string{"nl": "dit bestand.", "en": "this file."}[lang] + "\n\n")
	b.WriteString(t[3] + "\n")
	return strings.ReplaceAll(b.String(), "\n", "\r\n")
}
