package assistant

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll"
)

// lang holds the assistant's sentences in one language. The numbers in them are always
// the data's own, formatted for the language.
type lang struct {
	unknown, notInPortal, otherPerson                               string
	noLeave, leaveBalance, leaveLine, and, leaveExpiry, noExpiry    string
	noRequests, requests                                            string
	noPayslip, latestPay, noNextPayslip, nextPayslip                string
	noSickReport, sickReport                                        string
	noDocuments, documents, documentsFound, annualStatements        string
	pageLeave, pageRequests, pagePayslips, pagePayslip, pageAbsence string
	pageDocuments, pageAnnual, pageHelp                             string
	factExpiry, factPeriod, factNet, factGross, factNextPayslip     string
	factFirstSickDay, factQuestion                                  string
	statusSubmitted, statusAccepted, statusCancellation             string
	hours                                                           func(float64) string
	euro                                                            func(int64) string
	date                                                            func(date.Date) string
	period                                                          func(*ent.Payslip) string
}

// status is a request's state in words.
func (t *lang) status(r *leave.Request) string {
	switch {
	case r.Kind == leave.KindCancellation:
		return t.statusCancellation
	case r.Status == leave.StatusAccepted:
		return t.statusAccepted
	}
	return t.statusSubmitted
}

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

func euroEN(cents int64) string {
	s := dutch.FormatEuro(cents)
	s = strings.TrimPrefix(s, "€ ")
	s = strings.NewReplacer(".", ",", ",", ".").Replace(s)
	return "€" + s
}

func hoursEN(h float64) string {
	s := strconv.FormatFloat(h, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "1" {
		return "1 hour"
	}
	return s + " hours"
}

var texts = map[string]*lang{
	"nl": {
		unknown:            "Dat weet ik niet. Ik kan vragen beantwoorden over je verlof, je loonstroken, je verlofaanvragen, je ziekmelding, je documenten en inloggen. Weet je het antwoord niet? Vraag het je werkgever.",
		notInPortal:        "Dat kan ik niet opzoeken: dit onderdeel zit niet in het werkportaal van je werkgever. Vraag het je werkgever.",
		otherPerson:        "Ik beantwoord alleen vragen over je eigen gegevens, niet over die van iemand anders.",
		noLeave:            "Ik zie nog geen verlofsaldo in je verlofkaart, dus ik kan niet zeggen hoeveel verlof je hebt. Vraag het je werkgever.",
		leaveBalance:       "Volgens je verlofkaart van %d heb je nog %s.",
		leaveLine:          "%s %s",
		and:                " en ",
		leaveExpiry:        "De uren %s van %d vervallen op %s.",
		noExpiry:           "Er vervallen geen uren die nu nog openstaan.",
		noRequests:         "Je hebt geen openstaande verlofaanvragen.",
		requests:           "Je hebt %d openstaande verlofaanvraag of -aanvragen:",
		noPayslip:          "Ik zie nog geen loonstrook van je, dus ik kan je nettoloon niet noemen.",
		latestPay:          "Op je laatste loonstrook (%s) is je nettoloon %s, bij een brutoloon van %s.",
		noNextPayslip:      "Ik weet niet wanneer je volgende loonstrook komt: er staat nog geen nieuwe klaar. Je loonstrook verschijnt zodra je werkgever hem publiceert.",
		nextPayslip:        "Je volgende loonstrook staat klaar en is te zien vanaf %s.",
		noSickReport:       "Je hebt geen openstaande ziekmelding.",
		sickReport:         "Je bent ziek gemeld sinds %s; je hebt je nog niet hersteld gemeld.",
		noDocuments:        "Er staan nog geen documenten voor je in je dossier.",
		documents:          "Je documenten staan onder Documenten; daar staan er nu %d voor je klaar.",
		documentsFound:     "Deze documenten passen bij je vraag (%d); je vindt ze onder Documenten:",
		annualStatements:   "Je jaaropgaven staan per jaar onder Jaaropgaven.",
		pageLeave:          "Verlof",
		pageRequests:       "Verlof aanvragen",
		pagePayslips:       "Loonstroken",
		pagePayslip:        "Deze loonstrook",
		pageAbsence:        "Ziek en hersteld melden",
		pageDocuments:      "Documenten",
		pageAnnual:         "Jaaropgaven",
		pageHelp:           "Problemen met inloggen?",
		factExpiry:         "Eerstvolgende vervaldatum",
		factPeriod:         "Periode",
		factNet:            "Nettoloon",
		factGross:          "Brutoloon",
		factNextPayslip:    "Volgende loonstrook zichtbaar vanaf",
		factFirstSickDay:   "Eerste ziektedag",
		factQuestion:       "Vraag uit de hulp",
		statusSubmitted:    "wacht op beoordeling",
		statusAccepted:     "goedgekeurd",
		statusCancellation: "annulering aangevraagd",
		hours:              func(h float64) string { return dutch.FormatHours(h) + " uur" },
		euro:               dutch.FormatEuro,
		date:               dutch.FormatDate,
		period:             func(p *ent.Payslip) string { return payroll.PeriodLabel(p.PeriodType, p.Year, p.Period) },
	},
	"en": {
		unknown:            "I don't know that. I can answer questions about your leave, your payslips, your leave requests, your sick report, your documents and signing in. For anything else, please ask your employer.",
		notInPortal:        "I can't look that up: this part is not in your employer's portal. Please ask your employer.",
		otherPerson:        "I only answer questions about your own data, not about anyone else's.",
		noLeave:            "I see no leave balance on your leave card yet, so I can't say how much leave you have. Please ask your employer.",
		leaveBalance:       "According to your leave card for %d you have %s left.",
		leaveLine:          "%s of %s",
		and:                " and ",
		leaveExpiry:        "The hours of %s of %d expire on %s.",
		noExpiry:           "None of your remaining hours expire.",
		noRequests:         "You have no open leave requests.",
		requests:           "You have %d open leave request(s):",
		noPayslip:          "I see no payslip of yours yet, so I can't name your net pay.",
		latestPay:          "On your latest payslip (%s) your net pay is %s, from a gross pay of %s.",
		noNextPayslip:      "I don't know when your next payslip comes: no new one is ready yet. It appears as soon as your employer publishes it.",
		nextPayslip:        "Your next payslip is ready and can be seen from %s.",
		noSickReport:       "You have no open sick report.",
		sickReport:         "You have been reported sick since %s and have not reported your recovery yet.",
		noDocuments:        "There are no documents for you in your file yet.",
		documents:          "Your documents are under Documents; %d are there for you now.",
		documentsFound:     "These documents match your question (%d); you find them under Documents:",
		annualStatements:   "Your annual statements are under Annual statements, one per year.",
		pageLeave:          "Leave",
		pageRequests:       "Request leave",
		pagePayslips:       "Payslips",
		pagePayslip:        "This payslip",
		pageAbsence:        "Report sick and recovered",
		pageDocuments:      "Documents",
		pageAnnual:         "Annual statements",
		pageHelp:           "Trouble signing in?",
		factExpiry:         "Next expiry date",
		factPeriod:         "Period",
		factNet:            "Net pay",
		factGross:          "Gross pay",
		factNextPayslip:    "Next payslip visible from",
		factFirstSickDay:   "First day of sickness",
		factQuestion:       "Question from the help",
		statusSubmitted:    "awaiting a decision",
		statusAccepted:     "approved",
		statusCancellation: "cancellation requested",
		hours:              hoursEN,
		euro:               euroEN,
		date: func(d date.Date) string {
			return fmt.Sprintf("%d %s %d", d.Day, monthsEN[d.Month-1], d.Year)
		},
		period: func(p *ent.Payslip) string {
			if p.PeriodType == payslip.PeriodTypeMONTH && p.Period >= 1 && p.Period <= 12 {
				return fmt.Sprintf("%s %d", time.Month(p.Period), p.Year)
			}
			return fmt.Sprintf("period %d %d", p.Period, p.Year)
		},
	},
}
