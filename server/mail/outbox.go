package mail

import (
	"context"
	"fmt"
	"net/mail"
	"runtime"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // mails state times in Europe/Amsterdam on any machine

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Message is a mail to queue.
type Message struct {
	Kind Kind
	// Locale is the language when the recipient has not chosen one: "" means Dutch. A
	// mail to an employee (PersonID set) goes out in the language the employee chose in
	// the portal, whatever Locale says (R46).
	Locale     Locale
	To         string // a bare address: name@example.nl
	ProviderID string // required: whose overrides apply (R15)
	EmployerID string // the employer whose overrides apply; "" for provider-wide mails
	// PersonID is the employee the mail goes to, when it goes to one: their account's
	// language decides the mail's language (R46).
	PersonID string
	// Chosen, when not nil, is that account's language as the caller read it in the
	// transaction that queues the mail ("" for no choice or no account), so the account
	// is not read again: a collective grant has read its 10,000 accounts already.
	Chosen *Locale
	Vars   map[string]string
	// Times are variables that are moments (ExpiresAt, LockedUntil): they are written
	// in the mail's language (FormatTime) once that is known.
	Times map[string]time.Time
	// QueuedAt is when the mail is queued and first due, normally the caller's clock;
	// zero means the wall clock.
	QueuedAt time.Time
}

// Enqueue renders m with the texts that apply (R15) and writes it to the outbox
// through client. Pass the client of the transaction that makes the change the mail is
// about, so the mail is queued exactly when the change commits. The outbox is
// written as the system (no principal reads or writes it directly).
//
// Variables outside the kind's allow-list, an unknown kind or language and an address
// that is not a bare e-mail address are errors of the caller; missing variables render
// empty.
func Enqueue(ctx context.Context, client *ent.Client, m Message) error {
	return EnqueueMany(ctx, client, []Message{m})
}

// EnqueueMany is Enqueue for many mails, e.g. one per person of a collective change:
// each distinct (kind, language, provider, employer) is resolved once and the rows are
// written by store.Insert, a few statements for thousands of mails on Postgres.
func EnqueueMany(ctx context.Context, client *ent.Client, msgs []Message) error {
	p, err := Prepare(ctx, client, msgs)
	if err != nil {
		return err
	}
	return p.Enqueue(ctx)
}

// Prepared is mails that Prepare checked and is rendering; Enqueue queues them.
type Prepared struct {
	client   *ent.Client
	done     chan struct{}
	builders []*ent.OutboxMailCreate
	err      error
}

// Prepare is the first half of EnqueueMany: it decides each mail's language (R46),
// checks the mails and resolves their texts (R15) through client, and returns while the
// mails are rendered on the other cores. The caller writes its own rows meanwhile and
// then calls Enqueue, in the same transaction.
//
// Why: rendering 10,000 invitations was the largest part of a collective grant's own
// time, spent while the database waited for the rows (issue #12); rendered beside the
// COPY of the accounts and invitations, it costs next to nothing. Rendering is pure: it
// touches neither client nor ctx, so it may run while the transaction's connection is
// busy. A caller that fails before Enqueue calls Wait, so no rendering outlives it.
func Prepare(ctx context.Context, client *ent.Client, msgs []Message) (*Prepared, error) {
	type key struct {
		k        Kind
		l        Locale
		pro, emp string
	}
	type job struct {
		m  Message
		c  *compiled
		to string
	}
	resolved := map[key]*compiled{}
	jobs := make([]job, len(msgs))
	request := reqid.FromContext(ctx)
	chosen, err := recipientLanguages(ctx, client, msgs)
	if err != nil {
		return nil, err
	}
	for i, m := range msgs {
		if l, ok := chosen[m.PersonID]; ok && m.PersonID != "" {
			m.Locale = l
		}
		if m.Chosen != nil && m.Chosen.Valid() {
			m.Locale = *m.Chosen
		}
		if m.Locale == "" {
			m.Locale = NL
		}
		if err := checkKindLocale(m.Kind, m.Locale); err != nil {
			return nil, err
		}
		to, err := CheckAddress(m.To)
		if err != nil {
			return nil, err
		}
		if m.ProviderID == "" {
			return nil, fmt.Errorf("mail: queue %s to %s: the provider is missing", m.Kind, to)
		}
		if err := checkVars(m.Kind, m.Vars); err != nil {
			return nil, err
		}
		if len(m.Times) > 0 {
			if err := checkTimes(m.Kind, m.Times); err != nil {
				return nil, err
			}
		}
		kk := key{m.Kind, m.Locale, m.ProviderID, m.EmployerID}
		c := resolved[kk]
		if c == nil {
			r, err := Resolve(ctx, client, m.Kind, m.Locale, m.ProviderID, m.EmployerID)
			if err != nil {
				return nil, err
			}
			if c, err = compile(m.Kind, m.Locale, r.Texts()); err != nil {
				return nil, err
			}
			resolved[kk] = c
		}
		jobs[i] = job{m, c, to}
	}
	p := &Prepared{client: client, done: make(chan struct{}), builders: make([]*ent.OutboxMailCreate, len(jobs))}
	render := func() {
		defer close(p.done)
		p.err = inParallel(len(jobs), func(i int) error {
			m, to := jobs[i].m, jobs[i].to
			if len(m.Times) > 0 {
				m.Vars = withTimes(m.Vars, m.Times, m.Locale)
			}
			out, err := jobs[i].c.render(m.Vars)
			if err != nil {
				return err
			}
			at := m.QueuedAt
			if at.IsZero() {
				at = time.Now()
			}
			at = at.UTC()
			b := client.OutboxMail.Create().
				SetCreatedAt(at).
				SetProviderID(m.ProviderID).
				SetKind(outboxmail.Kind(m.Kind)).
				SetLocale(outboxmail.Locale(m.Locale)).
				SetToAddress(to).
				SetSubject(out.Subject).
				SetTextBody(out.Text).
				SetHTMLBody(out.HTML).
				SetStatus(outboxmail.StatusPENDING).
				SetNextAttemptAt(at).
				SetRequestID(request)
			if m.EmployerID != "" {
				b.SetEmployerID(m.EmployerID)
			}
			if m.PersonID != "" {
				b.SetPersonID(m.PersonID)
			}
			p.builders[i] = b
			return nil
		})
	}
	if len(jobs) < renderAlone {
		render() // a few mails: not worth a goroutine
	} else {
		go render()
	}
	return p, nil
}

// Wait waits until the mails are rendered; Enqueue calls it.
func (p *Prepared) Wait() { <-p.done }

// Enqueue waits for the rendering and writes the mails to the outbox through the
// client Prepare was given, in its transaction.
func (p *Prepared) Enqueue(ctx context.Context) error {
	p.Wait()
	if p.err != nil {
		return p.err
	}
	// System: the outbox is written only by the program (its bodies carry link
	// tokens); the change that causes a mail was authorized by its caller.
	if _, err := store.Insert(viewer.System(ctx), p.client, p.builders); err != nil {
		return fmt.Errorf("mail: queue: %w", err)
	}
	return nil
}

// renderAlone is the least number of mails rendered on more than one core.
const renderAlone = 64

// inParallel runs fn(0) … fn(n-1) on every core the program has and returns the error
// of the lowest i that failed. Rendering is the CPU of a collective change: about a
// third of a 5,000-person grant's time before it was spread (issue #12); the compiled
// templates are safe to execute concurrently.
func inParallel(n int, fn func(i int) error) error {
	workers := min(runtime.GOMAXPROCS(0), (n+renderAlone-1)/renderAlone)
	errs := make([]error, n)
	if workers <= 1 {
		for i := range n {
			if errs[i] = fn(i); errs[i] != nil {
				return errs[i]
			}
		}
		return nil
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				errs[i] = fn(i)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// CheckAddress returns addr trimmed when it is a bare e-mail address (no display
// name, at most 254 characters, a domain part), else an error wrapping
// ErrInvalidAddress.
func CheckAddress(addr string) (string, error) {
	a := strings.TrimSpace(addr)
	bad := func() (string, error) { return "", fmt.Errorf("%w %q", ErrInvalidAddress, addr) }
	if a == "" || len(a) > 254 || strings.ContainsAny(a, "\r\n<>") {
		return bad()
	}
	p, err := mail.ParseAddress(a)
	if err != nil || p.Name != "" || p.Address != a {
		return bad()
	}
	at := strings.LastIndexByte(a, '@')
	if at <= 0 || at == len(a)-1 {
		return bad()
	}
	return a, nil
}

// ErrNoDevMailbox refuses the dev mailbox outside dev mode: its mails carry link tokens.
var ErrNoDevMailbox = apperr.Forbiddenf("the dev mailbox exists only when APP_ENV=dev")

// DevMailboxSize is how many mails the dev mailbox lists when first (optional) are asked.
func DevMailboxSize(first *int) (int, error) {
	if first == nil {
		return 20, nil
	}
	if *first < 1 || *first > 100 {
		return 0, apperr.BadRequestf("first must be between 1 and 100")
	}
	return *first, nil
}

// Recent returns the newest outbox mails, newest first: all of them, or those to one
// address (case-insensitive). It reads as the system and is meant for the dev mailbox
// and tests only: the bodies carry link tokens. limit is capped at 100.
func Recent(ctx context.Context, client *ent.Client, to string, limit int) ([]*ent.OutboxMail, error) {
	if limit <= 0 || limit > 100 {
		limit = 100
	}
	q := client.OutboxMail.Query()
	if to = strings.TrimSpace(to); to != "" {
		q.Where(outboxmail.ToAddressEqualFold(to))
	}
	ms, err := q.Order(ent.Desc(outboxmail.FieldCreatedAt), ent.Desc(outboxmail.FieldID)).
		Limit(limit).
		// System: the dev mailbox and tests read every tenant's mail, bodies included;
		// no principal may, so no rule fits.
		All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("mail: recent mails: %w", err)
	}
	return ms, nil
}

// Amsterdam is the zone in which mails state times.
var Amsterdam = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		panic(err)
	}
	return loc
}()

var (
	daysNL   = [...]string{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}
	monthsNL = [...]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
		"september", "oktober", "november", "december"}
)

// FormatTime writes t as mails state times (ExpiresAt, LockedUntil), in Dutch time:
// "vrijdag 27 november 2026 om 09:30" or "Friday 27 November 2026 at 09:30".
func FormatTime(t time.Time, l Locale) string {
	t = t.In(Amsterdam)
	if l == EN {
		return t.Format("Monday 2 January 2006 at 15:04")
	}
	return fmt.Sprintf("%s %d %s %d om %s", daysNL[t.Weekday()], t.Day(), monthsNL[t.Month()-1], t.Year(), t.Format("15:04"))
}
