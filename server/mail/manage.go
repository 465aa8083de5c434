package mail

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/mailtemplate"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/ent/provider"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Audit actions of managing mail texts (R27).
const (
	TemplateSaved audit.Action = "MAIL_TEMPLATE_SAVED"
	TemplateReset audit.Action = "MAIL_TEMPLATE_RESET"
)

// LevelScope is the level at which texts are edited.
type LevelScope string

// The levels: a provider's texts apply to all its employers; an employer's to itself.
const (
	LevelProvider LevelScope = "PROVIDER"
	LevelEmployer LevelScope = "EMPLOYER"
)

// Level names whose texts are managed. For LevelEmployer the ProviderID may be left
// empty; it is taken from the employer.
type Level struct {
	Scope      LevelScope
	ProviderID string
	EmployerID string
}

func (l Level) key() string {
	if l.Scope == LevelEmployer {
		return l.EmployerID
	}
	return l.ProviderID
}

// Entry is the effective text of one kind and language at a level, with where each
// field comes from, and who last saved the level's own override (if it has one).
type Entry struct {
	Level Level
	Resolved
	// UpdatedAt and UpdatedBy describe the level's own override; nil and "" when the
	// level inherits every field.
	UpdatedAt *time.Time
	UpdatedBy string
}

// Draft is what Set would save, for Preview: a nil or empty field inherits.
type Draft struct {
	Subject *string
	Text    *string
	HTML    *string
}

// authorize lets through staff users and integrators holding MANAGE_MAIL_TEMPLATES (and
// the system) for a level they may edit: a provider user its provider and every
// employer of it, an employer user only its own employer. A provider or employer the
// caller cannot see is NOT_FOUND, exactly like one that does not exist; a level the
// caller can see but not edit (an employer user at its provider's level) is FORBIDDEN.
// The provider and employer are read in the caller's own context, so ent privacy
// decides what exists for it.
func authorize(ctx context.Context, client *ent.Client, lvl Level) (*viewer.Principal, Level, error) {
	v, err := viewer.Require(ctx, viewer.ManageMailTemplates)
	if err != nil {
		return nil, lvl, err
	}
	switch lvl.Scope {
	case LevelProvider:
		if lvl.ProviderID == "" || lvl.EmployerID != "" {
			return nil, lvl, apperr.BadRequestf("a provider level names a provider and no employer")
		}
		ok, err := client.Provider.Query().Where(provider.ID(lvl.ProviderID)).Exist(ctx)
		if err != nil && !errors.Is(err, privacy.Deny) {
			return nil, lvl, fmt.Errorf("mail: load provider %s: %w", lvl.ProviderID, err)
		}
		if !ok {
			return nil, lvl, apperr.NotFoundf("provider %s not found", lvl.ProviderID)
		}
		if v.Kind != viewer.KindSystem && v.Scope != viewer.ScopeProvider {
			return nil, lvl, apperr.Forbiddenf("an employer's staff edit only their employer's mail texts")
		}
	case LevelEmployer:
		if lvl.EmployerID == "" {
			return nil, lvl, apperr.BadRequestf("an employer level names an employer")
		}
		e, err := client.Employer.Query().Where(employer.ID(lvl.EmployerID)).Only(ctx)
		if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) ||
			(err == nil && lvl.ProviderID != "" && lvl.ProviderID != e.ProviderID) {
			return nil, lvl, apperr.NotFoundf("employer %s not found", lvl.EmployerID)
		}
		if err != nil {
			return nil, lvl, fmt.Errorf("mail: load employer %s: %w", lvl.EmployerID, err)
		}
		lvl.ProviderID = e.ProviderID
	default:
		return nil, lvl, apperr.BadRequestf("unknown level %q", lvl.Scope)
	}
	return v, lvl, nil
}

func checkKindLocaleRequest(k Kind, l Locale) error {
	if !k.Valid() {
		return apperr.BadRequestf("unknown kind of mail %q", k)
	}
	if !l.Valid() {
		return apperr.BadRequestf("unknown language %q", l)
	}
	return nil
}

// levelRows reads the overrides of the level and the levels above it, in the caller's
// context (ent privacy narrows them to the caller's tenant as well).
func levelRows(ctx context.Context, client *ent.Client, lvl Level) ([]*ent.MailTemplate, error) {
	emp := ""
	if lvl.Scope == LevelEmployer {
		emp = lvl.EmployerID
	}
	rows, err := client.MailTemplate.Query().
		Where(mailtemplate.ProviderID(lvl.ProviderID), mailtemplate.ScopeKeyIn(scopeKeys(lvl.ProviderID, emp)...)).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("mail: read mail texts: %w", err)
	}
	return rows, nil
}

func entry(lvl Level, k Kind, l Locale, rows []*ent.MailTemplate) *Entry {
	emp := ""
	if lvl.Scope == LevelEmployer {
		emp = lvl.EmployerID
	}
	e := &Entry{Level: lvl, Resolved: *resolveRows(k, l, rows, lvl.ProviderID, emp)}
	for _, r := range rows {
		if r.ScopeKey == lvl.key() && string(r.Scope) == string(lvl.Scope) &&
			string(r.Kind) == string(k) && string(r.Locale) == string(l) {
			t := r.UpdatedAt
			e.UpdatedAt, e.UpdatedBy = &t, r.UpdatedBy
		}
	}
	return e
}

// List returns, for every kind and language, the effective texts at the level and
// where each field comes from. It needs MANAGE_MAIL_TEMPLATES at the level.
func List(ctx context.Context, client *ent.Client, lvl Level) ([]*Entry, error) {
	_, lvl, err := authorize(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	rows, err := levelRows(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	out := make([]*Entry, 0, len(Kinds)*len(Locales))
	for _, k := range Kinds {
		for _, l := range Locales {
			out = append(out, entry(lvl, k, l, rows))
		}
	}
	return out, nil
}

// Get returns the effective texts of one kind and language at the level.
func Get(ctx context.Context, client *ent.Client, lvl Level, k Kind, l Locale) (*Entry, error) {
	_, lvl, err := authorize(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	if err := checkKindLocaleRequest(k, l); err != nil {
		return nil, err
	}
	rows, err := levelRows(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	return entry(lvl, k, l, rows), nil
}

// normalize makes an empty or blank text nil (inherit).
func normalize(s *string) *string {
	if s == nil || strings.TrimSpace(*s) == "" {
		return nil
	}
	return s
}

// checkDraft checks the fields of an override; the first failure is returned.
func checkDraft(k Kind, subject, text, html *string) error {
	for _, f := range []struct {
		name string
		src  *string
	}{{FieldSubject, subject}, {FieldText, text}, {FieldHTML, html}} {
		if f.src == nil {
			continue
		}
		if ue := checkTemplate(k, f.name, *f.src); ue != nil {
			return ue
		}
	}
	return nil
}

func overridden(s *string) string {
	if s == nil {
		return "INHERITED"
	}
	return "OVERRIDDEN"
}

// Set saves the level's own texts of kind k in language l. Each field replaces what
// the level had; nil (or empty) inherits from the level above. A text that does not
// parse, uses a variable outside the kind's allow-list, misses a required variable
// or is too long is a *apperr.UserError INVALID_TEMPLATE naming the field, and nothing
// is saved. Setting every field to nil is the same as Reset. The change and its audit
// event land in one transaction.
func Set(ctx context.Context, client *ent.Client, lvl Level, k Kind, l Locale, subject, text, html *string) (*Entry, error) {
	v, lvl, err := authorize(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	if err := checkKindLocaleRequest(k, l); err != nil {
		return nil, err
	}
	subject, text, html = normalize(subject), normalize(text), normalize(html)
	if subject != nil {
		s := strings.TrimSpace(*subject)
		subject = &s
	}
	if err := checkDraft(k, subject, text, html); err != nil {
		return nil, err
	}
	if subject == nil && text == nil && html == nil {
		return Reset(ctx, client, lvl, k, l)
	}
	now := time.Now().UTC()
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		c := tx.Client()
		create := c.MailTemplate.Create().
			SetProviderID(lvl.ProviderID).
			SetScope(mailtemplate.Scope(lvl.Scope)).
			SetScopeKey(lvl.key()).
			SetKind(mailtemplate.Kind(k)).
			SetLocale(mailtemplate.Locale(l)).
			SetNillableSubject(subject).
			SetNillableTextBody(text).
			SetNillableHTMLBody(html).
			SetCreatedAt(now).
			SetUpdatedAt(now).
			SetUpdatedBy(v.ID)
		if lvl.Scope == LevelEmployer {
			create.SetEmployerID(lvl.EmployerID)
		}
		// One statement, so two saves of a new text at the same moment cannot collide
		// on the unique (scope_key, kind, locale): the later one wins.
		err := create.
			OnConflictColumns(mailtemplate.FieldScopeKey, mailtemplate.FieldKind, mailtemplate.FieldLocale).
			Update(func(u *ent.MailTemplateUpsert) {
				setOrClear(subject, u.SetSubject, u.ClearSubject)
				setOrClear(text, u.SetTextBody, u.ClearTextBody)
				setOrClear(html, u.SetHTMLBody, u.ClearHTMLBody)
				u.SetUpdatedAt(now)
				u.SetUpdatedBy(v.ID)
			}).
			Exec(ctx)
		if err != nil {
			return fmt.Errorf("mail: save %s/%s: %w", k, l, err)
		}
		row, err := c.MailTemplate.Query().
			Where(mailtemplate.ScopeKey(lvl.key()), mailtemplate.KindEQ(mailtemplate.Kind(k)), mailtemplate.LocaleEQ(mailtemplate.Locale(l))).
			Only(ctx)
		if err != nil {
			return fmt.Errorf("mail: read saved %s/%s: %w", k, l, err)
		}
		return audit.Record(ctx, c, auditEvent(TemplateSaved, lvl, k, l, row.ID, map[string]string{
			FieldSubject: overridden(subject), FieldText: overridden(text), FieldHTML: overridden(html),
		}))
	})
	if err != nil {
		return nil, err
	}
	return Get(ctx, client, lvl, k, l)
}

func setOrClear[U any](s *string, set func(string) U, clear func() U) {
	if s == nil {
		clear()
		return
	}
	set(*s)
}

func auditEvent(a audit.Action, lvl Level, k Kind, l Locale, id string, details map[string]string) audit.Event {
	d := map[string]string{"kind": string(k), "locale": string(l), "level": string(lvl.Scope)}
	for key, val := range details {
		d[key] = val
	}
	e := audit.Event{
		Action:     a,
		ProviderID: lvl.ProviderID,
		TargetType: "MailTemplate",
		TargetID:   id,
		Details:    d,
	}
	if lvl.Scope == LevelEmployer {
		e.EmployerID = lvl.EmployerID
	}
	return e
}

// Reset deletes the level's own texts of kind k in language l, so the level inherits
// them again. Resetting a level without an override changes nothing and records
// nothing.
func Reset(ctx context.Context, client *ent.Client, lvl Level, k Kind, l Locale) (*Entry, error) {
	_, lvl, err := authorize(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	if err := checkKindLocaleRequest(k, l); err != nil {
		return nil, err
	}
	err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
		c := tx.Client()
		rows, err := c.MailTemplate.Query().
			Where(mailtemplate.ScopeKey(lvl.key()), mailtemplate.KindEQ(mailtemplate.Kind(k)), mailtemplate.LocaleEQ(mailtemplate.Locale(l))).
			All(ctx)
		if err != nil {
			return fmt.Errorf("mail: read %s/%s: %w", k, l, err)
		}
		for _, row := range rows {
			if err := c.MailTemplate.DeleteOne(row).Exec(ctx); err != nil {
				return fmt.Errorf("mail: reset %s/%s: %w", k, l, err)
			}
			if err := audit.Record(ctx, c, auditEvent(TemplateReset, lvl, k, l, row.ID, nil)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return Get(ctx, client, lvl, k, l)
}

// Preview renders kind k in language l as the level would send it: with draft (what
// Set would save) in place of the level's own texts, or the effective texts when draft
// is nil. vars fill in the sample values; a name outside the kind's allow-list is
// BAD_REQUEST, an invalid draft field INVALID_TEMPLATE.
func Preview(ctx context.Context, client *ent.Client, lvl Level, k Kind, l Locale, draft *Draft, vars map[string]string) (*Rendered, error) {
	_, lvl, err := authorize(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	if err := checkKindLocaleRequest(k, l); err != nil {
		return nil, err
	}
	for name := range vars {
		if _, ok := variable(k, name); !ok {
			return nil, apperr.BadRequestf("the %s mail has no variable %q; it may use %s", k, name, variableNames(k))
		}
	}
	rows, err := levelRows(ctx, client, lvl)
	if err != nil {
		return nil, err
	}
	if draft != nil {
		subject, text, html := normalize(draft.Subject), normalize(draft.Text), normalize(draft.HTML)
		if err := checkDraft(k, subject, text, html); err != nil {
			return nil, err
		}
		own := &ent.MailTemplate{
			ID: "draft", ProviderID: lvl.ProviderID, Scope: mailtemplate.Scope(lvl.Scope), ScopeKey: lvl.key(),
			Kind: mailtemplate.Kind(k), Locale: mailtemplate.Locale(l),
			Subject: subject, TextBody: text, HTMLBody: html,
		}
		kept := rows[:0:0]
		for _, r := range rows {
			if r.ScopeKey != lvl.key() || string(r.Scope) != string(lvl.Scope) {
				kept = append(kept, r)
			}
		}
		rows = append(kept, own)
	}
	e := entry(lvl, k, l, rows)
	values := SampleVars(k, l)
	for name, val := range vars {
		values[name] = val
	}
	return render(k, l, e.Texts(), values)
}
