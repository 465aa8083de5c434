// Package mail writes and delivers the portal's mails: the kinds of mail and the
// variables each may use, the standard texts in Dutch and English that ship with the
// binary, the overrides a provider or an employer saves (R15), the transactional
// outbox that callers write in their own transaction, the dispatcher that delivers the
// outbox over SMTP, and the dev mailbox that shows the outbox when there is no SMTP.
package mail

import (
	"errors"
	"slices"
	"strings"
)

// Kind is a kind of mail. The values are those of the ent enums (OutboxMail.kind and
// MailTemplate.kind).
type Kind string

// The kinds of mail.
const (
	Invitation      Kind = "INVITATION"       // the toegangsmail with the personal link (R2)
	AccessBlocked   Kind = "ACCESS_BLOCKED"   // access ended by the employer (R6)
	AccessUnblocked Kind = "ACCESS_UNBLOCKED" // access restored (R6)
	Username        Kind = "USERNAME"         // Gebruikersnaam versturen / vergeten (R9, R11)
	PasswordReset   Kind = "PASSWORD_RESET"   // Wachtwoord vergeten (R10)
	AccountLocked   Kind = "ACCOUNT_LOCKED"   // three wrong passwords (R13)
	NewDocument     Kind = "NEW_DOCUMENT"     // a new visible document in the dossier (R26)
	// StaffInvitation invites a new staff user to choose a password (R43).
	StaffInvitation Kind = "STAFF_INVITATION"
	// StaffPasswordReset is Wachtwoord vergeten for staff (R43, R10).
	StaffPasswordReset Kind = "STAFF_PASSWORD_RESET"
	LeaveDecided       Kind = "LEAVE_DECIDED" // to the employee: a leave request was decided (R33)
	LeaveLapsed        Kind = "LEAVE_LAPSED"  // to the handlers: a vacation request stands by lapse of time (R31)
	// SickReported tells the employer's verzuim contacts of a sick report (R25): name
	// and dates only, never anything about the illness.
	SickReported Kind = "SICK_REPORTED"
	// RecoveryReported tells them of a full or a partial recovery (R25).
	RecoveryReported Kind = "RECOVERY_REPORTED"
	// LeaveRequestsDigest tells a handler of the leave requests that came in during the
	// last hour: one mail per handler per hour, not one per request (R33).
	LeaveRequestsDigest Kind = "LEAVE_REQUESTS_DIGEST"
	// LeaveExpiryReminder tells an employee, once a year, how many statutory hours
	// expire on 1 July (R33, R28).
	LeaveExpiryReminder Kind = "LEAVE_EXPIRY_REMINDER"
	// PreboardingInvitation invites a candidate to create the account with which they
	// fill in the preboarding checklist and keep working after the start (R38, R2).
	PreboardingInvitation Kind = "PREBOARDING_INVITATION"
	// PreboardingReminder reminds a candidate, 3 days before the first day, of a
	// checklist not yet submitted (R38).
	PreboardingReminder Kind = "PREBOARDING_REMINDER"
	// PreboardingReturned asks the candidate to correct items of the checklist (R38).
	PreboardingReturned Kind = "PREBOARDING_RETURNED"
	// PreboardingCompleted tells the candidate staff processed the checklist (R38).
	PreboardingCompleted Kind = "PREBOARDING_COMPLETED"
	// IBANChanged tells an employee that the IBAN their salary is paid into changed
	// (R37), also at a private address they had until recently.
	IBANChanged Kind = "IBAN_CHANGED"
	// TeamTasksDigest tells a manager or substitute, once a working day, of the tasks
	// waiting for them in Mijn team (R35); none when nothing waits.
	TeamTasksDigest Kind = "TEAM_TASKS_DIGEST"
	// TaskEscalated tells the holders of HANDLE_REQUESTS of tasks that have waited five
	// working days for a decision (R35); each task once.
	TaskEscalated Kind = "TASK_ESCALATED"
	// RequestDecidedNotice tells a route's notify-only recipients that a request was
	// decided (R34).
	RequestDecidedNotice Kind = "REQUEST_DECIDED_NOTICE"
)

// Kinds lists every kind in a stable order (the order of the UI).
var Kinds = []Kind{Invitation, AccessBlocked, AccessUnblocked, Username, PasswordReset, AccountLocked, NewDocument,
	StaffInvitation, StaffPasswordReset, LeaveDecided, LeaveLapsed, SickReported, RecoveryReported,
	LeaveRequestsDigest, LeaveExpiryReminder, PreboardingInvitation, PreboardingReminder, PreboardingReturned,
	PreboardingCompleted, IBANChanged, TeamTasksDigest, TaskEscalated, RequestDecidedNotice}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return slices.Contains(Kinds, k) }

// Locale is the language of a mail.
type Locale string

// The languages. Dutch is the default.
const (
	NL Locale = "nl"
	EN Locale = "en"
)

// Locales lists the languages in a stable order.
var Locales = []Locale{NL, EN}

// Valid reports whether l is a known language.
func (l Locale) Valid() bool { return slices.Contains(Locales, l) }

// Several is the value of the variables Several and SeveralDays for n things: "ja" (or
// "yes") when n is more than one, empty when it is one, so that a text can say
// {{if .Several}}aanvragen{{else}}aanvraag{{end}}.
func Several(n int, l Locale) string {
	switch {
	case n <= 1:
		return ""
	case l == EN:
		return "yes"
	}
	return "ja"
}

// Source is the level a text comes from (R15).
type Source string

// The levels, most specific first.
const (
	SourceEmployer Source = "EMPLOYER"
	SourceProvider Source = "PROVIDER"
	SourceStandard Source = "STANDARD"
)

// Errors of programming mistakes by callers (never shown to users as such).
var (
	ErrUnknownKind     = errors.New("mail: unknown kind")
	ErrUnknownLocale   = errors.New("mail: unknown locale")
	ErrUnknownVariable = errors.New("mail: unknown variable")
	ErrInvalidAddress  = errors.New("mail: invalid address")
)

// Variable is one variable a mail text may use, as {{.Name}}.
type Variable struct {
	Name          string
	DescriptionNL string
	DescriptionEN string
	// Sample is the value previews use (Dutch); SampleEN, when set, is the English one.
	Sample   string
	SampleEN string
	// Required variables must appear in an overridden plain-text and HTML body: a mail
	// that cannot carry its link or username is useless to the employee.
	Required bool
}

// SampleFor returns the sample value in locale l.
func (v Variable) SampleFor(l Locale) string {
	if l == EN && v.SampleEN != "" {
		return v.SampleEN
	}
	return v.Sample
}

const sampleBase = "https://werkportaal.example.nl"

// The variables, described once and picked per kind below.
var (
	varFirstName = Variable{Name: "FirstName",
		DescriptionNL: "Voornaam van de werknemer", DescriptionEN: "First name of the employee",
		Sample: "Sanne"}
	varFullName = Variable{Name: "FullName",
		DescriptionNL: "Volledige naam van de werknemer", DescriptionEN: "Full name of the employee",
		Sample: "Sanne de Vries"}
	varEmployerName = Variable{Name: "EmployerName",
		DescriptionNL: "Naam van de werkgever", DescriptionEN: "Name of the employer",
		Sample: "Voorbeeld MKB"}
	varInvitationLink = Variable{Name: "Link",
		DescriptionNL: "Persoonlijke link waarmee de werknemer het account aanmaakt (4 dagen geldig)",
		DescriptionEN: "Personal link with which the employee creates the account (valid for 4 days)",
		Sample:        sampleBase + "/werknemer/uitnodiging#voorbeeld-uitnodiging", Required: true}
	varInvitationExpires = Variable{Name: "ExpiresAt",
		DescriptionNL: "Datum en tijd waarop de uitnodiging verloopt",
		DescriptionEN: "Date and time at which the invitation expires",
		Sample:        "vrijdag 27 november 2026 om 09:30", SampleEN: "Friday 27 November 2026 at 09:30"}
	varResetLink = Variable{Name: "Link",
		DescriptionNL: "Link waarmee de werknemer een nieuw wachtwoord instelt (1 uur geldig, eenmalig)",
		DescriptionEN: "Link with which the employee sets a new password (valid for one hour, single use)",
		Sample:        sampleBase + "/werknemer/wachtwoord-herstellen#voorbeeld-herstel", Required: true}
	varResetExpires = Variable{Name: "ExpiresAt",
		DescriptionNL: "Datum en tijd waarop de link verloopt",
		DescriptionEN: "Date and time at which the link expires",
		Sample:        "maandag 23 november 2026 om 10:30", SampleEN: "Monday 23 November 2026 at 10:30"}
	varUsername = Variable{Name: "Username",
		DescriptionNL: "Gebruikersnaam van de werknemer", DescriptionEN: "Username of the employee",
		Sample: "sanne.devries"}
	varLoginURL = Variable{Name: "LoginURL",
		DescriptionNL: "Adres van de inlogpagina van Werkportaal",
		DescriptionEN: "Address of the employee portal's sign-in page",
		Sample:        sampleBase + "/werknemer/inloggen"}
	varLockedUntil = Variable{Name: "LockedUntil",
		DescriptionNL: "Tijdstip waarop de werknemer weer kan inloggen",
		DescriptionEN: "Time at which the employee can sign in again",
		Sample:        "maandag 23 november 2026 om 10:30", SampleEN: "Monday 23 November 2026 at 10:30"}
	varForgotPasswordURL = Variable{Name: "ForgotPasswordURL",
		DescriptionNL: "Adres van de pagina Wachtwoord vergeten",
		DescriptionEN: "Address of the Forgot password page",
		Sample:        sampleBase + "/werknemer/wachtwoord-vergeten"}
	varDocumentTitle = Variable{Name: "DocumentTitle",
		DescriptionNL: "Titel van het nieuwe document", DescriptionEN: "Title of the new document",
		Sample: "Loonstrook november 2026", SampleEN: "Payslip November 2026"}
	varPortalURL = Variable{Name: "PortalURL",
		DescriptionNL: "Adres van Werkportaal", DescriptionEN: "Address of the employee portal",
		Sample: sampleBase + "/werknemer"}

	varLeaveType = Variable{Name: "LeaveType",
		DescriptionNL: "Soort verlof", DescriptionEN: "Kind of leave",
		Sample: "Wettelijk verlof"}
	varPeriod = Variable{Name: "Period",
		DescriptionNL: "Eerste en laatste dag van het verlof", DescriptionEN: "First and last day of the leave",
		Sample: "20-04-2026 t/m 24-04-2026", SampleEN: "20-04-2026 to 24-04-2026"}
	varHours = Variable{Name: "Hours",
		DescriptionNL: "Aantal uren verlof", DescriptionEN: "Number of hours of leave",
		Sample: "36"}
	varAccepted = Variable{Name: "Accepted",
		DescriptionNL: "\"ja\" als de aanvraag is toegekend, leeg als hij is afgewezen",
		DescriptionEN: "\"yes\" when the request was approved, empty when it was rejected",
		Sample:        "ja", SampleEN: "yes"}
	varByLapse = Variable{Name: "ByLapse",
		DescriptionNL: "\"ja\" als de aanvraag is toegekend doordat er niet binnen twee weken is beslist, anders leeg",
		DescriptionEN: "\"yes\" when the request was approved because nobody decided within two weeks, else empty",
		Sample:        "ja", SampleEN: "yes"}
	varLeaveRequest = Variable{Name: "LeaveRequest",
		DescriptionNL: "\"ja\" bij een verlofaanvraag, leeg bij een annulering van verlof",
		DescriptionEN: "\"yes\" for a leave request, empty for a cancellation of leave",
		Sample:        "ja", SampleEN: "yes"}
	varDecisionComment = Variable{Name: "Comment",
		DescriptionNL: "Toelichting of reden van de behandelaar", DescriptionEN: "The handler's comment or reason",
		Sample: "Fijne vakantie!", SampleEN: "Have a good holiday!"}
	varEmployeeName = Variable{Name: "EmployeeName",
		DescriptionNL: "Naam van de werknemer die verlof aanvroeg", DescriptionEN: "Name of the employee who requested leave",
		Sample: "Sanne de Vries"}
)

// The variables of the verzuim mails (R25). There is deliberately no variable for
// anything the employee typed or anything about the illness.
var (
	varContactName = Variable{Name: "ContactName",
		DescriptionNL: "Naam van de verzuimcontactpersoon", DescriptionEN: "Name of the absence contact",
		Sample: "Arbodienst Voorbeeld"}
	varSickEmployee = Variable{Name: "EmployeeName",
		DescriptionNL: "Naam van de zieke werknemer", DescriptionEN: "Name of the sick employee",
		Sample: "Sanne de Vries", Required: true}
	varFirstSickDay = Variable{Name: "FirstSickDay",
		DescriptionNL: "Eerste ziektedag", DescriptionEN: "First day of sickness",
		Sample: "23-11-2026", Required: true}
	varRecoveryDate = Variable{Name: "RecoveryDate",
		DescriptionNL: "Datum vanaf wanneer de werknemer (gedeeltelijk) weer werkt",
		DescriptionEN: "Date from which the employee works again (partly)",
		Sample:        "30-11-2026", Required: true}
	varPartly = Variable{Name: "Partly",
		DescriptionNL: "\"ja\" bij gedeeltelijk herstel, leeg bij volledig herstel",
		DescriptionEN: "\"yes\" for a partial recovery, empty for a full recovery",
		Sample:        "ja", SampleEN: "yes"}
	varWorkResumed = Variable{Name: "WorkResumed",
		DescriptionNL: "Hoeveel de werknemer weer werkt bij gedeeltelijk herstel, bijv. 50% of 16 uur per week",
		DescriptionEN: "How much the employee works again after a partial recovery, e.g. 50% or 16 hours a week",
		Sample:        "50%"}
)

// The variables of the leave mails of R33.
var (
	varRequestCount = Variable{Name: "Count",
		DescriptionNL: "Aantal nieuwe verlofaanvragen", DescriptionEN: "Number of new leave requests",
		Sample: "3"}
	// Several and SeveralDays let a text say "1 aanvraag" and "3 aanvragen" (R46: a text in
	// the recipient's language reads as written, not as a template).
	varSeveral = Variable{Name: "Several",
		DescriptionNL: "\"ja\" bij meer dan één, leeg bij precies één: voor enkelvoud of meervoud, bijv. {{if .Several}}aanvragen{{else}}aanvraag{{end}}",
		DescriptionEN: "\"yes\" when more than one, empty when exactly one: for singular or plural, e.g. {{if .Several}}requests{{else}}request{{end}}",
		Sample:        "ja", SampleEN: "yes"}
	varRequestList = Variable{Name: "Requests",
		DescriptionNL: "De nieuwe aanvragen, één per regel: werkgever, werknemer, soort verlof, periode en uren (hoogstens 20)",
		DescriptionEN: "The new requests, one a line: employer, employee, kind of leave, period and hours (at most 20)",
		Sample:        "Voorbeeld MKB – Sanne de Vries – Wettelijk verlof – 20-04-2026 t/m 24-04-2026 – 36 uur",
		SampleEN:      "Voorbeeld MKB – Sanne de Vries – Wettelijk verlof – 20-04-2026 to 24-04-2026 – 36 hours"}
	varQueueURL = Variable{Name: "QueueURL",
		DescriptionNL: "Adres van de pagina Verlofaanvragen", DescriptionEN: "Address of the Leave requests page",
		Sample: sampleBase + "/werkgevers"}
	varExpiringHours = Variable{Name: "Hours",
		DescriptionNL: "Aantal uren wettelijk verlof dat vervalt", DescriptionEN: "Number of hours of statutory leave that expire",
		Sample: "24"}
	varExpiryDate = Variable{Name: "ExpiryDate",
		DescriptionNL: "Datum waarop de uren vervallen", DescriptionEN: "Date on which the hours expire",
		Sample: "01-07-2027"}
)

// The variables of the IBAN mail (R37): the account only masked, never in full.
var (
	varMaskedIBAN = Variable{Name: "IBAN",
		DescriptionNL: "Het nieuwe IBAN, op de laatste vier tekens na afgeschermd",
		DescriptionEN: "The new IBAN, masked but for its last four characters",
		Sample:        "NL** **** **** **43 00", Required: true}
	varEffectiveDate = Variable{Name: "EffectiveDate",
		DescriptionNL: "Datum waarop de wijziging ingaat", DescriptionEN: "Date on which the change takes effect",
		Sample: "01-12-2026"}
)

// The variables of the workflow's mails (R34, R35): names, kinds and dates, never
// what a request asks (an amount, an address, an IBAN).
var (
	varManagerFirstName = Variable{Name: "FirstName",
		DescriptionNL: "Voornaam van de leidinggevende of vervanger", DescriptionEN: "First name of the manager or substitute",
		Sample: "Mia"}
	varTaskCount = Variable{Name: "Count",
		DescriptionNL: "Aantal openstaande taken", DescriptionEN: "Number of open tasks",
		Sample: "2"}
	varTaskList = Variable{Name: "Tasks",
		DescriptionNL: "De taken, één per regel: werknemer, soort aanvraag, datum van indienen en eventueel namens wie (hoogstens 20)",
		DescriptionEN: "The tasks, one a line: employee, kind of request, date submitted and for whom, if a substitute (at most 20)",
		Sample:        "Sanne de Vries – verlofaanvraag – ingediend 02-03-2026\nBob de Boer – declaratie – ingediend 03-03-2026 – namens Max Jansen",
		SampleEN:      "Sanne de Vries – leave request – submitted 02-03-2026\nBob de Boer – expense claim – submitted 03-03-2026 – on behalf of Max Jansen"}
	varMyTeamURL = Variable{Name: "MyTeamURL",
		DescriptionNL: "Adres van de pagina Mijn team", DescriptionEN: "Address of the My team page",
		Sample: sampleBase + "/werknemer/mijn-team"}
	varEscalatedDays = Variable{Name: "WorkingDays",
		DescriptionNL: "Na hoeveel werkdagen een taak wordt gemeld", DescriptionEN: "After how many working days a task is reported",
		Sample: "5"}
	varSeveralDays = Variable{Name: "SeveralDays",
		DescriptionNL: "\"ja\" bij meer dan één werkdag, leeg bij één: voor werkdag of werkdagen",
		DescriptionEN: "\"yes\" for more than one working day, empty for one: for day or days",
		Sample:        "ja", SampleEN: "yes"}
	varEscalatedList = Variable{Name: "Tasks",
		DescriptionNL: "De taken, één per regel: werknemer, soort aanvraag, open sinds en bij wie (hoogstens 20)",
		DescriptionEN: "The tasks, one a line: employee, kind of request, open since and with whom (at most 20)",
		Sample:        "Sanne de Vries – verlofaanvraag – open sinds 02-03-2026 – bij Mia Jansen",
		SampleEN:      "Sanne de Vries – leave request – open since 02-03-2026 – with Mia Jansen"}
	varAdminURL = Variable{Name: "AdminURL",
		DescriptionNL: "Adres van de werkgever in het beheer", DescriptionEN: "Address of the employer in the staff pages",
		Sample: sampleBase + "/beheer/werkgevers"}
	varRequestKind = Variable{Name: "RequestKind",
		DescriptionNL: "Soort aanvraag, bijv. verlofaanvraag of declaratie", DescriptionEN: "Kind of request, e.g. leave request or expense claim",
		Sample: "verlofaanvraag", SampleEN: "leave request"}
	varApproved = Variable{Name: "Approved",
		DescriptionNL: "\"ja\" als de aanvraag is goedgekeurd, leeg als hij is afgewezen",
		DescriptionEN: "\"yes\" when the request was approved, empty when it was rejected",
		Sample:        "ja", SampleEN: "yes"}
	varDecidedBy = Variable{Name: "DecidedBy",
		DescriptionNL: "Wie besliste, eventueel namens wie; leeg bij automatische goedkeuring",
		DescriptionEN: "Who decided, and for whom if a substitute; empty for an automatic approval",
		Sample:        "Bob de Boer namens Mia Jansen", SampleEN: "Bob de Boer on behalf of Mia Jansen"}
	varRequestEmployee = Variable{Name: "EmployeeName",
		DescriptionNL: "Naam van de werknemer van de aanvraag", DescriptionEN: "Name of the employee of the request",
		Sample: "Sanne de Vries"}
)

// The variables of the mails to staff users (R43).
var (
	varStaffName = Variable{Name: "Name",
		DescriptionNL: "Naam van de gebruiker", DescriptionEN: "Name of the user",
		Sample: "Eva Jansen"}
	varOrganisationName = Variable{Name: "OrganisationName",
		DescriptionNL: "Naam van het administratiekantoor of de werkgever waarvoor de gebruiker werkt",
		DescriptionEN: "Name of the payroll provider or employer the user works for",
		Sample:        "Voorbeeld Administratiekantoor"}
	varStaffUsername = Variable{Name: "Username",
		DescriptionNL: "Gebruikersnaam waarmee de gebruiker inlogt", DescriptionEN: "Username with which the user signs in",
		Sample: "eva.jansen", Required: true}
	varStaffInvitationLink = Variable{Name: "Link",
		DescriptionNL: "Persoonlijke link waarmee de gebruiker een wachtwoord kiest (4 dagen geldig, eenmalig)",
		DescriptionEN: "Personal link with which the user chooses a password (valid for 4 days, single use)",
		Sample:        sampleBase + "/uitnodiging#voorbeeld-uitnodiging", Required: true}
	varStaffResetLink = Variable{Name: "Link",
		DescriptionNL: "Link waarmee de gebruiker een nieuw wachtwoord instelt (1 uur geldig, eenmalig)",
		DescriptionEN: "Link with which the user sets a new password (valid for one hour, single use)",
		Sample:        sampleBase + "/wachtwoord-herstellen#voorbeeld-herstel", Required: true}
	varStaffLoginURL = Variable{Name: "LoginURL",
		DescriptionNL: "Adres van de inlogpagina voor gebruikers",
		DescriptionEN: "Address of the staff sign-in page",
		Sample:        sampleBase + "/inloggen"}
)

// The variables of the preboarding mails (R38).
var (
	varFirstDay = Variable{Name: "FirstDay",
		DescriptionNL: "Geplande eerste werkdag", DescriptionEN: "Planned first working day",
		Sample: "01-02-2027"}
	varPreboardingLink = Variable{Name: "Link",
		DescriptionNL: "Persoonlijke link waarmee de nieuwe medewerker het account aanmaakt (4 dagen geldig)",
		DescriptionEN: "Personal link with which the new employee creates the account (valid for 4 days)",
		Sample:        sampleBase + "/werknemer/uitnodiging#voorbeeld-uitnodiging", Required: true}
)

// allowList is the allow-list of variables per kind.
var allowList = map[Kind][]Variable{
	Invitation:      {varFirstName, varFullName, varEmployerName, varInvitationLink, varInvitationExpires},
	AccessBlocked:   {varFirstName, varFullName, varEmployerName},
	AccessUnblocked: {varFirstName, varFullName, varEmployerName, varUsername, varLoginURL},
	Username:        {varFirstName, varEmployerName, withRequired(varUsername), varLoginURL},
	PasswordReset:   {varFirstName, varEmployerName, varResetLink, varResetExpires},
	AccountLocked:   {varFirstName, varEmployerName, varLockedUntil, varForgotPasswordURL},
	NewDocument:     {varFirstName, varEmployerName, varDocumentTitle, varPortalURL},
	StaffInvitation: {varStaffName, varOrganisationName, varStaffUsername, varStaffInvitationLink,
		varInvitationExpires, varStaffLoginURL},
	StaffPasswordReset: {varStaffName, varOrganisationName, varStaffResetLink, varResetExpires},
	LeaveDecided: {varFirstName, varEmployerName, varLeaveType, varPeriod, varHours, varAccepted, varByLapse,
		varLeaveRequest, varDecisionComment, varPortalURL},
	LeaveLapsed:  {varEmployeeName, varEmployerName, varLeaveType, varPeriod, varHours},
	SickReported: {varContactName, varSickEmployee, varEmployerName, varFirstSickDay},
	RecoveryReported: {varContactName, varSickEmployee, varEmployerName, varFirstSickDay, varRecoveryDate, varPartly,
		varWorkResumed},
	LeaveRequestsDigest: {varStaffName, varRequestCount, varSeveral, varRequestList, varQueueURL},
	LeaveExpiryReminder: {varFirstName, varEmployerName, varLeaveType, varExpiringHours, varExpiryDate, varPortalURL},
	PreboardingInvitation: {varFirstName, varFullName, varEmployerName, varPreboardingLink, varInvitationExpires,
		varFirstDay},
	PreboardingReminder:  {varFirstName, varEmployerName, varFirstDay, varPortalURL},
	PreboardingReturned:  {varFirstName, varEmployerName, varPortalURL},
	PreboardingCompleted: {varFirstName, varEmployerName, varFirstDay, varPortalURL},
	IBANChanged:          {varFirstName, varEmployerName, varMaskedIBAN, varEffectiveDate, varPortalURL},
	TeamTasksDigest:      {varManagerFirstName, varEmployerName, varTaskCount, varSeveral, varTaskList, varMyTeamURL},
	TaskEscalated:        {varStaffName, varEmployerName, varTaskCount, varSeveral, varEscalatedDays, varSeveralDays, varEscalatedList, varAdminURL},
	RequestDecidedNotice: {varStaffName, varRequestEmployee, varEmployerName, varRequestKind, varApproved, varDecidedBy},
}

func withRequired(v Variable) Variable {
	v.Required = true
	return v
}

// Variables returns the variables kind k may use, in the order of the UI; nil for an
// unknown kind.
func Variables(k Kind) []Variable { return slices.Clone(allowList[k]) }

// variable returns the variable name of kind k.
func variable(k Kind, name string) (Variable, bool) {
	for _, v := range allowList[k] {
		if v.Name == name {
			return v, true
		}
	}
	return Variable{}, false
}

// variableNames returns the allowed names of k, for messages.
func variableNames(k Kind) string {
	names := make([]string, 0, len(allowList[k]))
	for _, v := range allowList[k] {
		names = append(names, v.Name)
	}
	return strings.Join(names, ", ")
}

// SampleVars returns the sample values of kind k in locale l, for previews.
func SampleVars(k Kind, l Locale) map[string]string {
	out := make(map[string]string, len(allowList[k]))
	for _, v := range allowList[k] {
		out[v.Name] = v.SampleFor(l)
	}
	return out
}
