package mail

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/mailtemplate"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Field is one template of a mail with the level it comes from.
type Field struct {
	Template string
	Source   Source
}

// Resolved is the effective text of one kind of mail in one language for one employer:
// field by field the most specific of employer override, provider override and
// standard text (R15).
type Resolved struct {
	Kind    Kind
	Locale  Locale
	Subject Field
	Text    Field
	HTML    Field
}

// Texts returns the three templates.
func (r *Resolved) Texts() Texts {
	return Texts{Subject: r.Subject.Template, Text: r.Text.Template, HTML: r.HTML.Template}
}

// Render renders the resolved texts with vars. Variables outside the kind's allow-list
// are an error; missing ones render empty.
func (r *Resolved) Render(vars map[string]string) (*Rendered, error) {
	if err := checkVars(r.Kind, vars); err != nil {
		return nil, err
	}
	return render(r.Kind, r.Locale, r.Texts(), vars)
}

func checkVars(k Kind, vars map[string]string) error {
	for name := range vars {
		if _, ok := variable(k, name); !ok {
			return fmt.Errorf("%w %q for %s (allowed: %s)", ErrUnknownVariable, name, k, variableNames(k))
		}
	}
	return nil
}

func checkKindLocale(k Kind, l Locale) error {
	if !k.Valid() {
		return fmt.Errorf("%w %q", ErrUnknownKind, k)
	}
	if !l.Valid() {
		return fmt.Errorf("%w %q", ErrUnknownLocale, l)
	}
	return nil
}

// Resolve returns the effective texts of kind k in locale l for the employer of the
// provider (employerID "" for provider-wide mails). It reads the overrides as the
// system: a mail is written for the employee, whoever caused it. Pass a transaction's
// client to read inside that transaction.
func Resolve(ctx context.Context, client *ent.Client, k Kind, l Locale, providerID, employerID string) (*Resolved, error) {
	if err := checkKindLocale(k, l); err != nil {
		return nil, err
	}
	if providerID == "" {
		return resolveRows(k, l, nil, "", ""), nil
	}
	rows, err := client.MailTemplate.Query().
		Where(
			mailtemplate.ProviderID(providerID),
			mailtemplate.ScopeKeyIn(scopeKeys(providerID, employerID)...),
			mailtemplate.KindEQ(mailtemplate.Kind(k)),
			mailtemplate.LocaleEQ(mailtemplate.Locale(l)),
		).
		// System: a mail is written for the employee whoever caused it; the texts of
		// the provider and employer apply even when the actor may not read them (R15).
		All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("mail: read overrides of %s/%s: %w", k, l, err)
	}
	return resolveRows(k, l, rows, providerID, employerID), nil
}

func scopeKeys(providerID, employerID string) []string {
	if employerID == "" {
		return []string{providerID}
	}
	return []string{providerID, employerID}
}

// resolveRows layers the overrides among rows that belong to kind k, locale l and the
// chain provider → employer over the standard text. An override field that no longer
// passes the rules (a variable dropped from the allow-list by a later release) is
// skipped with a warning, so a stale override can never stop mails from being sent.
func resolveRows(k Kind, l Locale, rows []*ent.MailTemplate, providerID, employerID string) *Resolved {
	std := standard[textKey{k, l}]
	r := &Resolved{
		Kind: k, Locale: l,
		Subject: Field{std.Subject, SourceStandard},
		Text:    Field{std.Text, SourceStandard},
		HTML:    Field{std.HTML, SourceStandard},
	}
	var prov, emp *ent.MailTemplate
	for _, row := range rows {
		if string(row.Kind) != string(k) || string(row.Locale) != string(l) {
			continue
		}
		switch {
		case row.Scope == mailtemplate.ScopePROVIDER && row.ScopeKey == providerID && providerID != "":
			prov = row
		case row.Scope == mailtemplate.ScopeEMPLOYER && row.ScopeKey == employerID && employerID != "":
			emp = row
		}
	}
	for _, o := range []struct {
		row *ent.MailTemplate
		src Source
	}{{prov, SourceProvider}, {emp, SourceEmployer}} {
		if o.row == nil {
			continue
		}
		apply(&r.Subject, k, FieldSubject, o.row.Subject, o.src, o.row.ID)
		apply(&r.Text, k, FieldText, o.row.TextBody, o.src, o.row.ID)
		apply(&r.HTML, k, FieldHTML, o.row.HTMLBody, o.src, o.row.ID)
	}
	return r
}

func apply(f *Field, k Kind, field string, tmpl *string, src Source, id string) {
	if tmpl == nil || *tmpl == "" {
		return
	}
	if ue := checkTemplate(k, field, *tmpl); ue != nil {
		slog.Warn("mail: skipping an override that no longer passes the rules",
			"template", id, "field", field, "error", ue.Message)
		return
	}
	*f = Field{Template: *tmpl, Source: src}
}
