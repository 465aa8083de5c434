// Package assistant is the Assistent (R41): an employee asks a question in Dutch or
// English and gets an answer built only from their own data, read through the same
// services the portal's pages read (server/payroll/read, server/leave, server/sick,
// server/documents), each with a link to the page it came from; questions about signing
// in are answered from the portal's help (the login-help page's FAQ texts). It never
// guesses an amount or a date: when the data does not say, it says so and names the
// employer to ask.
//
// Questions are not stored, not even in logs: only an anonymous count per employer, day,
// intent and whether it was answered (assistant_intent_counts), which staff read.
package assistant

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/assistantintentcount"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service answers questions.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock
	Features *feature.Gate
	// The services of the portal's pages; the answers read through them.
	Payroll   *read.Service
	Leave     *leave.Service
	Sick      SickReader
	Documents DocumentReader
	Limits    *ratelimit.Limiter
}

// SickReader is what the assistant reads of server/sick.
type SickReader interface {
	MyOpenSickReport(ctx context.Context) (*ent.SickReport, error)
}

// DocumentReader is what the assistant reads of server/documents.
type DocumentReader interface {
	MyDocuments(ctx context.Context) (*ent.DocumentQuery, error)
}

// MaxQuestion bounds a question, in characters.
const MaxQuestion = 300

// Codes of the expected failures.
const (
	CodeQuestionTooLong apperr.UserCode = "QUESTION_TOO_LONG"
	CodeQuestionEmpty   apperr.UserCode = "QUESTION_EMPTY"
)

// Answer is the assistant's answer.
type Answer struct {
	Intent   Intent
	Answered bool
	Text     string
	Facts    []Fact
	Link     *Link
	Contact  *Contact
}

// Fact is a figure the answer names.
type Fact struct{ Label, Value string }

// Link is the portal page an answer came from.
type Link struct{ Path, Label string }

// Contact is the employer to ask.
type Contact struct{ Name, Street, PostalCode, City string }

// The portal's pages the answers link to (frontend/src/features/employee-auth/paths.ts).
const (
	PathLeave          = "/werknemer/verlof"
	PathLeaveRequests  = "/werknemer/verlof-aanvragen"
	PathPayslips       = "/werknemer/loonstroken"
	PathAbsence        = "/werknemer/ziek-en-hersteld"
	PathDocuments      = "/werknemer/documenten"
	PathAnnualStatemts = "/werknemer/jaaropgaven"
	PathHelp           = "/werknemer/problemen-met-inloggen"
)

// Ask answers the signed-in employee's question in lang ("nl" or "en"). Feature
// ASSISTANT; counted per account by the rate limit.
func (s *Service) Ask(ctx context.Context, question, lang string) (*Answer, error) {
	v, err := s.Features.Employee(ctx, feature.Assistant)
	if err != nil {
		return nil, err
	}
	question = strings.TrimSpace(question)
	if question == "" {
		return nil, apperr.User(CodeQuestionEmpty, "ask a question", "question")
	}
	if utf8.RuneCountInString(question) > MaxQuestion {
		return nil, apperr.User(CodeQuestionTooLong, fmt.Sprintf("a question has at most %d characters", MaxQuestion), "question")
	}
	if err := s.Limits.Assistant(ctx, v.ID); err != nil {
		return nil, err
	}
	if lang != "en" {
		lang = "nl"
	}
	t := texts[lang]
	var a *Answer
	intent, faqID := Recognise(question)
	if aboutSomeoneElse(question, v) {
		intent = OtherPerson
	}
	switch intent {
	case LeaveBalance, LeaveExpiry:
		a, err = s.leaveAnswer(ctx, t, intent)
	case LeaveRequests:
		a, err = s.requestsAnswer(ctx, t)
	case LatestPay:
		a, err = s.payAnswer(ctx, t)
	case NextPayslip:
		a, err = s.nextPayslipAnswer(ctx, t, v)
	case SickReport:
		a, err = s.sickAnswer(ctx, t)
	case Document:
		a, err = s.documentAnswer(ctx, t, question)
	case Help:
		a, err = helpAnswer(lang, faqID)
	case OtherPerson:
		a = &Answer{Text: t.otherPerson}
	default:
		a = &Answer{Text: t.unknown}
	}
	if apperr.CodeOf(err) == apperr.FeatureNotActive {
		a, err = &Answer{Text: t.notInPortal}, nil
	}
	if err != nil {
		return nil, err
	}
	a.Intent = intent
	if a.Facts == nil {
		a.Facts = []Fact{}
	}
	if !a.Answered {
		if a.Contact, err = s.contact(ctx, v); err != nil {
			return nil, err
		}
	}
	if err := s.count(ctx, v, a); err != nil {
		return nil, err
	}
	return a, nil
}

// count adds the question to the employer's anonymous count of the day: the intent and
// whether it was answered, nothing about the person or the words. As the system: the
// row names the employee's employer but no person, which no employee's create may do.
func (s *Service) count(ctx context.Context, v *viewer.Principal, a *Answer) error {
	err := s.Client.AssistantIntentCount.Create().SetProviderID(v.ProviderID).
		SetEmployerID(v.EmployerID).SetDay(clock.Today(s.Clock)).SetIntent(string(a.Intent)).SetAnswered(a.Answered).
		SetCount(1).
		OnConflictColumns(assistantintentcount.FieldEmployerID, assistantintentcount.FieldDay,
			assistantintentcount.FieldIntent, assistantintentcount.FieldAnswered).
		AddCount(1).
		Exec(viewer.System(ctx))
	if err != nil {
		return fmt.Errorf("assistant: count: %w", err)
	}
	return nil
}

// contact is the employer's name and address, read in the employee's own context.
func (s *Service) contact(ctx context.Context, v *viewer.Principal) (*Contact, error) {
	e, err := s.Client.Employer.Query().Where(employer.ID(v.EmployerID)).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("assistant: employer: %w", err)
	}
	return &Contact{Name: e.Name, Street: e.Street, PostalCode: e.PostalCode, City: e.City}, nil
}

// notAnswered is the answer when the data does not say.
func notAnswered(text string, link *Link) *Answer { return &Answer{Text: text, Link: link} }

func (s *Service) leaveAnswer(ctx context.Context, t *lang, intent Intent) (*Answer, error) {
	lines, err := s.Payroll.MyLeaveBalances(ctx, nil)
	if err != nil {
		return nil, err
	}
	link := &Link{Path: PathLeave, Label: t.pageLeave}
	if len(lines) == 0 {
		return notAnswered(t.noLeave, link), nil
	}
	// The previous year's hours may expire this year: the card of the year before, for
	// the next expiry only.
	today := clock.Today(s.Clock)
	prev := lines[0].Year - 1
	older, err := s.Payroll.MyLeaveBalances(ctx, &prev)
	if err != nil {
		return nil, err
	}
	a := &Answer{Answered: true, Link: link}
	multi := false
	for _, l := range lines {
		multi = multi || l.EmploymentID != lines[0].EmploymentID
	}
	var parts []string
	for _, l := range lines {
		label := fmt.Sprintf("%s %d", l.Type.Name, l.Year)
		if multi {
			label += " (" + shortID(l.EmploymentID) + ")"
		}
		hours := t.hours(l.RemainingHours())
		a.Facts = append(a.Facts, Fact{Label: label, Value: hours})
		parts = append(parts, fmt.Sprintf(t.leaveLine, hours, l.Type.Name))
	}
	var next *leave.CardLine
	for _, l := range append(older, lines...) {
		if l.Expiry == nil || l.Expiry.Before(today) || l.Remaining <= 0 {
			continue
		}
		if next == nil || l.Expiry.Before(*next.Expiry) {
			next = l
		}
	}
	balance := fmt.Sprintf(t.leaveBalance, lines[0].Year, strings.Join(parts, t.and))
	expiry := t.noExpiry
	if next != nil {
		expiry = fmt.Sprintf(t.leaveExpiry, next.Type.Name, next.Year, t.date(*next.Expiry))
		a.Facts = append(a.Facts, Fact{Label: t.factExpiry, Value: t.date(*next.Expiry)})
	}
	if intent == LeaveExpiry {
		a.Text = expiry + " " + balance
	} else {
		a.Text = balance + " " + expiry
	}
	return a, nil
}

// shortID names an employment without its prefix's noise, for an employee with more
// than one (the card's page names them the same way by their number).
func shortID(id string) string {
	if len(id) > 8 {
		return id[len(id)-6:]
	}
	return id
}

func (s *Service) requestsAnswer(ctx context.Context, t *lang) (*Answer, error) {
	rs, err := s.Leave.MyRequests(ctx)
	if err != nil {
		return nil, err
	}
	link := &Link{Path: PathLeaveRequests, Label: t.pageRequests}
	a := &Answer{Answered: true, Link: link}
	today := clock.Today(s.Clock)
	for _, r := range rs {
		// Open: waiting for a decision, or accepted leave still to come.
		open := r.Status == leave.StatusSubmitted || (r.Status == leave.StatusAccepted && !r.LastDay.Before(today))
		if !open {
			continue
		}
		a.Facts = append(a.Facts, Fact{
			Label: fmt.Sprintf("%s %s – %s", r.Type.Name, t.date(r.FirstDay), t.date(r.LastDay)),
			Value: t.status(r),
		})
	}
	if len(a.Facts) == 0 {
		a.Text = t.noRequests
		return a, nil
	}
	a.Text = fmt.Sprintf(t.requests, len(a.Facts))
	return a, nil
}

func (s *Service) payAnswer(ctx context.Context, t *lang) (*Answer, error) {
	q, err := s.Payroll.MyPayslips(ctx, "")
	if err != nil {
		return nil, err
	}
	link := &Link{Path: PathPayslips, Label: t.pagePayslips}
	p, err := q.Order(ent.Desc(payslip.FieldRunDate), ent.Desc(payslip.FieldPeriodKey)).First(ctx)
	if ent.IsNotFound(err) {
		return notAnswered(t.noPayslip, link), nil
	}
	if err != nil {
		return nil, fmt.Errorf("assistant: latest payslip: %w", err)
	}
	period := t.period(p)
	return &Answer{Answered: true, Link: &Link{Path: PathPayslips + "/" + p.ID, Label: t.pagePayslip},
		Text: fmt.Sprintf(t.latestPay, period, t.euro(p.NetCents), t.euro(p.GrossCents)),
		Facts: []Fact{
			{Label: t.factPeriod, Value: period},
			{Label: t.factNet, Value: t.euro(p.NetCents)},
			{Label: t.factGross, Value: t.euro(p.GrossCents)},
		}}, nil
}

// nextPayslipAnswer names the day the next payslip becomes visible, but only when one is
// published already: its visible-from date is the employer's own announcement. Nothing
// else is derived (no "usually the 23rd"): without such a payslip the answer says it
// does not know.
func (s *Service) nextPayslipAnswer(ctx context.Context, t *lang, v *viewer.Principal) (*Answer, error) {
	if err := s.Features.Require(ctx, feature.Payslips); err != nil {
		return nil, err
	}
	link := &Link{Path: PathPayslips, Label: t.pagePayslips}
	today := clock.Today(s.Clock)
	// As the system: the privacy rules hide a payslip from its employee until its
	// visible-from date, and rightly so for its content; only that date is read here,
	// of the viewer's own person, and nothing else of the row reaches the answer.
	next, err := s.Client.Payslip.Query().
		Where(payslip.PersonID(v.PersonID), payslip.VisibleFromGT(today)).
		Order(ent.Asc(payslip.FieldVisibleFrom)).
		Select(payslip.FieldVisibleFrom).
		First(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return notAnswered(t.noNextPayslip, link), nil
	}
	if err != nil {
		return nil, fmt.Errorf("assistant: next payslip: %w", err)
	}
	return &Answer{Answered: true, Link: link, Text: fmt.Sprintf(t.nextPayslip, t.date(next.VisibleFrom)),
		Facts: []Fact{{Label: t.factNextPayslip, Value: t.date(next.VisibleFrom)}}}, nil
}

func (s *Service) sickAnswer(ctx context.Context, t *lang) (*Answer, error) {
	r, err := s.Sick.MyOpenSickReport(ctx)
	if err != nil {
		return nil, err
	}
	link := &Link{Path: PathAbsence, Label: t.pageAbsence}
	if r == nil {
		return &Answer{Answered: true, Link: link, Text: t.noSickReport}, nil
	}
	return &Answer{Answered: true, Link: link, Text: fmt.Sprintf(t.sickReport, t.date(r.FirstSickDay)),
		Facts: []Fact{{Label: t.factFirstSickDay, Value: t.date(r.FirstSickDay)}}}, nil
}

// documentAnswer points to the documents page and names the documents whose title shares
// a word with the question (at most five); an annual statement is on its own page.
func (s *Service) documentAnswer(ctx context.Context, t *lang, question string) (*Answer, error) {
	text := normalise(question)
	tokens := strings.Fields(text)
	if matches(tokens, text, "jaaropgave") || matches(tokens, text, "annual statement") {
		if err := s.Features.Require(ctx, feature.AnnualStatements); err != nil {
			return nil, err
		}
		return &Answer{Answered: true, Link: &Link{Path: PathAnnualStatemts, Label: t.pageAnnual}, Text: t.annualStatements}, nil
	}
	q, err := s.Documents.MyDocuments(ctx)
	if err != nil {
		return nil, err
	}
	link := &Link{Path: PathDocuments, Label: t.pageDocuments}
	docs, err := q.Order(ent.Desc(document.FieldCreatedAt)).Limit(200).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("assistant: documents: %w", err)
	}
	a := &Answer{Answered: true, Link: link}
	for _, d := range docs {
		title := strings.Fields(normalise(d.Title))
		for _, w := range title {
			if len(w) >= 4 && !slices.Contains(documentWords, w) && matches(tokens, text, w) {
				a.Facts = append(a.Facts, Fact{Label: d.Title, Value: t.date(date.Of(d.CreatedAt.In(clock.Amsterdam)))})
				break
			}
		}
		if len(a.Facts) == 5 {
			break
		}
	}
	switch {
	case len(docs) == 0:
		a.Text = t.noDocuments
	case len(a.Facts) > 0:
		a.Text = fmt.Sprintf(t.documentsFound, len(a.Facts))
	default:
		a.Text = fmt.Sprintf(t.documents, len(docs))
	}
	return a, nil
}

// documentWords are words of a title too general to say it is the document asked for.
var documentWords = []string{"document", "documenten", "brief", "letter", "file", "bestand", "mijn", "voor", "van", "the", "and"}

// faq is the help's content as the SPA's login-help page has it.
type faq struct {
	Items []struct {
		ID       string `json:"id"`
		Question string `json:"question"`
		Answer   []struct {
			P     string   `json:"p"`
			Steps []string `json:"steps"`
		} `json:"answer"`
	} `json:"items"`
}

// helpAnswer quotes the help's answer to question id, its links' markup as plain text.
func helpAnswer(lang, id string) (*Answer, error) {
	var f faq
	if err := json.Unmarshal(frontend.FAQ(lang), &f); err != nil {
		return nil, fmt.Errorf("assistant: the help's texts: %w", err)
	}
	t := texts[lang]
	for _, it := range f.Items {
		if it.ID != id {
			continue
		}
		var b []string
		for _, blk := range it.Answer {
			if blk.P != "" {
				b = append(b, stripTags(blk.P))
			}
			for i, st := range blk.Steps {
				b = append(b, fmt.Sprintf("%d. %s", i+1, stripTags(st)))
			}
		}
		return &Answer{Answered: true, Text: strings.Join(b, "\n"),
			Facts: []Fact{{Label: t.factQuestion, Value: it.Question}},
			Link:  &Link{Path: PathHelp + "#" + id, Label: t.pageHelp}}, nil
	}
	return &Answer{Text: t.unknown}, nil
}

// stripTags turns the help's <forgotPassword>Wachtwoord vergeten?</forgotPassword> into
// its text.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
}

// otherWords say the question is about someone else: the assistant answers only about
// the signed-in employee. Words that are also common verbs or phrases of a question about
// oneself (zijn, they) are left out: a missed refusal still answers only about the viewer,
// a wrong one refuses a fair question.
var otherWords = []string{"collega", "collegas", "colleague", "colleagues", "coworker", "coworkers", "manager",
	"leidinggevende", "baas", "boss", "his", "her", "she", "he", "hij", "anderen", "others"}

// otherPhrases are otherWords of more than one word.
var otherPhrases = []string{"iemand anders", "someone else", "somebody else", "van een ander"}

// capitalisedFine are capitalised words that name no one: the pronoun I, months and days,
// the names of the portal's parts, and the little words a sentence may start with.
var capitalisedFine = []string{"i", "ik", "mijn", "my", "werkportaal", "mijnloket",
	"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
	"january", "february", "march", "may", "june", "july", "august", "october",
	"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "pdf", "wga", "hr", "aow", "ess",
	"de", "het", "een", "en", "van", "in", "op", "voor", "met", "wat", "wanneer", "waar", "hoe", "hoeveel", "is", "ben",
	"heb", "heeft", "kan", "kun", "mag", "wil", "graag", "dank", "bedankt", "hoi", "hallo", "goedemorgen", "goedemiddag",
	"the", "a", "an", "and", "of", "on", "for", "with", "what", "when", "where", "how", "am", "have", "has", "can",
	"could", "would", "please", "thanks", "thank", "hello", "hi", "dear"}

// aboutSomeoneElse reports whether a question asks about another person: a word such as
// collega or his, or a capitalised word inside a sentence that is not a month, a day, a
// little word, the employee's own name or a known word of the portal (Bob in "hoeveel
// verlof heeft Bob nog?"). The first word of each sentence is capitalised anyway.
func aboutSomeoneElse(question string, v *viewer.Principal) bool {
	text := normalise(question)
	for _, p := range otherPhrases {
		if strings.Contains(" "+text+" ", " "+p+" ") {
			return true
		}
	}
	own := strings.Fields(normalise(v.DisplayName))
	for _, sentence := range strings.FieldsFunc(question, func(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '\n' }) {
		words := strings.FieldsFunc(sentence, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
		for i, w := range words {
			n := normalise(w)
			if slices.Contains(otherWords, n) {
				return true
			}
			r, _ := utf8.DecodeRuneInString(w)
			if i == 0 || !unicode.IsUpper(r) || slices.Contains(own, n) || slices.Contains(capitalisedFine, n) || known(n) {
				continue
			}
			return true
		}
	}
	return false
}

// known reports whether w is one of the assistant's own keywords, capitalised for
// emphasis ("mijn Verlof").
func known(w string) bool {
	for _, in := range intents {
		for _, k := range in.words {
			if k.word == w {
				return true
			}
		}
	}
	for _, ks := range faqWords {
		for _, k := range ks {
			if k.word == w {
				return true
			}
		}
	}
	return false
}

// MaxCountDays bounds the staff's view of the counts.
const MaxCountDays = 92

// Count is one row of the staff's view.
type Count struct {
	Day      date.Date
	Intent   Intent
	Answered bool
	Count    int
}

// Counts answers staff (MANAGE_HR_SETTINGS) the employer's anonymous counts from from to
// to (both included, at most MaxCountDays; nil: the last 30 days up to today), newest day
// first. An employer outside the caller's reach is NOT_FOUND.
func (s *Service) Counts(ctx context.Context, employerID string, from, to *date.Date) ([]*Count, error) {
	if _, err := viewer.Require(ctx, viewer.ManageHRSettings); err != nil {
		return nil, err
	}
	ok, err := s.Client.Employer.Query().Where(employer.ID(employerID)).Exist(ctx)
	if err != nil && !errors.Is(err, privacy.Deny) {
		return nil, fmt.Errorf("assistant: employer: %w", err)
	}
	if !ok {
		return nil, apperr.NotFoundf("employer %s not found", employerID)
	}
	last := clock.Today(s.Clock)
	if to != nil {
		last = *to
	}
	first := last.AddDays(-29)
	if from != nil {
		first = *from
	}
	if first.After(last) || last.Time().Sub(first.Time()) >= MaxCountDays*24*time.Hour {
		return nil, apperr.BadRequestf("from must be on or before to, at most %d days apart", MaxCountDays)
	}
	rows, err := s.Client.AssistantIntentCount.Query().
		Where(assistantintentcount.EmployerID(employerID),
			assistantintentcount.DayGTE(first), assistantintentcount.DayLTE(last)).
		Order(ent.Desc(assistantintentcount.FieldDay), ent.Asc(assistantintentcount.FieldIntent), ent.Asc(assistantintentcount.FieldAnswered)).
		Limit(MaxCountDays * 2 * 10).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("assistant: counts: %w", err)
	}
	out := make([]*Count, len(rows))
	for i, r := range rows {
		out[i] = &Count{Day: r.Day, Intent: Intent(r.Intent), Answered: r.Answered, Count: r.Count}
	}
	return out, nil
}
