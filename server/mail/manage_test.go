package mail_test

import (
	"context"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent/mailtemplate"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/testworld"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestResolveFieldByField (R15): a provider's subject and an employer's text are both
// used, the HTML stays standard, and each field says where it comes from.
func TestResolveFieldByField(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	wg := employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates)
	if _, err := mail.Set(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL,
		ptr("Welkom bij {{.EmployerName}} (kantoor)"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.Set(wg, c, employerLevel(f.empA1), mail.Invitation, mail.NL,
		nil, ptr("Hoi {{.FirstName}}, klik op {{.Link}} (werkgever)"), nil); err != nil {
		t.Fatal(err)
	}
	std, _ := mail.Standard(mail.Invitation, mail.NL)

	r, err := mail.Resolve(context.Background(), c, mail.Invitation, mail.NL, f.provA.ID, f.empA1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Subject != (mail.Field{Template: "Welkom bij {{.EmployerName}} (kantoor)", Source: mail.SourceProvider}) {
		t.Errorf("subject = %+v", r.Subject)
	}
	if r.Text != (mail.Field{Template: "Hoi {{.FirstName}}, klik op {{.Link}} (werkgever)", Source: mail.SourceEmployer}) {
		t.Errorf("text = %+v", r.Text)
	}
	if r.HTML != (mail.Field{Template: std.HTML, Source: mail.SourceStandard}) {
		t.Errorf("html = %+v", r.HTML.Source)
	}

	// Another employer of the provider gets the provider's subject and the standard text.
	r, err = mail.Resolve(context.Background(), c, mail.Invitation, mail.NL, f.provA.ID, f.empA2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Subject.Source != mail.SourceProvider || r.Text.Source != mail.SourceStandard || r.Text.Template != std.Text {
		t.Errorf("A2: subject %s, text %s", r.Subject.Source, r.Text.Source)
	}
	// Another provider, another language and another kind see only standard texts.
	for _, q := range []struct {
		k        mail.Kind
		l        mail.Locale
		pro, emp string
	}{
		{mail.Invitation, mail.NL, f.provB.ID, f.empB1.ID},
		{mail.Invitation, mail.EN, f.provA.ID, f.empA1.ID},
		{mail.AccessBlocked, mail.NL, f.provA.ID, f.empA1.ID},
		// An employer ID under the wrong provider does not pick up that employer's text.
		{mail.Invitation, mail.NL, f.provB.ID, f.empA1.ID},
	} {
		r, err := mail.Resolve(context.Background(), c, q.k, q.l, q.pro, q.emp)
		if err != nil {
			t.Fatal(err)
		}
		if r.Subject.Source != mail.SourceStandard || r.Text.Source != mail.SourceStandard || r.HTML.Source != mail.SourceStandard {
			t.Errorf("%+v: sources %s %s %s", q, r.Subject.Source, r.Text.Source, r.HTML.Source)
		}
	}
	// The employer level shows the same through List, with who saved its own text.
	es, err := mail.List(wg, c, employerLevel(f.empA1))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != len(mail.Kinds)*len(mail.Locales) {
		t.Fatalf("List: %d entries", len(es))
	}
	for _, e := range es {
		own := e.Kind == mail.Invitation && e.Locale == mail.NL
		if own != (e.UpdatedAt != nil) || (own && e.UpdatedBy != "usr_wg") {
			t.Errorf("%s/%s: updated %v by %q", e.Kind, e.Locale, e.UpdatedAt, e.UpdatedBy)
		}
		if own && (e.Subject.Source != mail.SourceProvider || e.Text.Source != mail.SourceEmployer || e.HTML.Source != mail.SourceStandard) {
			t.Errorf("List sources %s %s %s", e.Subject.Source, e.Text.Source, e.HTML.Source)
		}
	}
	// At the provider level the employer's text is not part of the effective texts.
	e, err := mail.Get(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL)
	if err != nil {
		t.Fatal(err)
	}
	if e.Subject.Source != mail.SourceProvider || e.Text.Source != mail.SourceStandard {
		t.Errorf("provider level: %s %s", e.Subject.Source, e.Text.Source)
	}
}

// TestEnqueueRendersOverrides (R15): what the employee receives is the employer's
// text where the employer has one, else the provider's, else the standard text.
func TestEnqueueRendersOverrides(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	if _, err := mail.Set(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL,
		ptr("Kantoor: toegang voor {{.FirstName}}"), ptr("Kantoortekst {{.Link}}"), ptr(`<p>Kantoor-HTML <a href="{{.Link}}">start</a></p>`)); err != nil {
		t.Fatal(err)
	}
	// The provider user edits an employer's level (allowed for its employers).
	if _, err := mail.Set(ak, c, employerLevel(f.empA1), mail.Invitation, mail.NL,
		nil, ptr("Werkgevertekst voor {{.FirstName}}: {{.Link}}"), nil); err != nil {
		t.Fatal(err)
	}
	f.enqueue(
		invitation(f.empA1, "a1@example.nl", "https://wp.test/werknemer/uitnodiging#tokA1", t0),
		invitation(f.empA2, "a2@example.nl", "https://wp.test/werknemer/uitnodiging#tokA2", t0),
		invitation(f.empB1, "b1@example.nl", "https://wp.test/werknemer/uitnodiging#tokB1", t0),
	)
	got := map[string]struct{ subject, text, html string }{}
	for _, m := range f.outbox() {
		got[m.ToAddress] = struct{ subject, text, html string }{m.Subject, m.TextBody, m.HTMLBody}
	}
	if a1 := got["a1@example.nl"]; a1.subject != "Kantoor: toegang voor Sanne" ||
		a1.text != "Werkgevertekst voor Sanne: https://wp.test/werknemer/uitnodiging#tokA1\n" ||
		!strings.Contains(a1.html, "Kantoor-HTML") {
		t.Errorf("A1 got %+v", a1)
	}
	if a2 := got["a2@example.nl"]; a2.subject != "Kantoor: toegang voor Sanne" ||
		a2.text != "Kantoortekst https://wp.test/werknemer/uitnodiging#tokA2\n" {
		t.Errorf("A2 got %+v", a2)
	}
	if b1 := got["b1@example.nl"]; b1.subject != "Je toegang tot Werkportaal van Garage Zuid" ||
		!strings.Contains(b1.text, "4 dagen") || !strings.Contains(b1.text, "#tokB1") {
		t.Errorf("B1 got %+v", b1)
	}
	// After a reset at the employer level, A1 gets the provider's text again.
	if _, err := mail.Reset(ak, c, employerLevel(f.empA1), mail.Invitation, mail.NL); err != nil {
		t.Fatal(err)
	}
	f.enqueue(invitation(f.empA1, "a1-again@example.nl", "https://wp.test/x#tok2", t0))
	for _, m := range f.outbox() {
		if m.ToAddress == "a1-again@example.nl" && m.TextBody != "Kantoortekst https://wp.test/x#tok2\n" {
			t.Errorf("after reset: %q", m.TextBody)
		}
	}
}

// TestSetInvalidTemplateSavesNothing: an unknown variable or a parse error is an
// INVALID_TEMPLATE userError naming the field, and neither a text nor an event is saved.
func TestSetInvalidTemplateSavesNothing(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	cases := []struct {
		name                string
		subject, text, html *string
		field, msg          string
	}{
		{"unknown variable in subject", ptr("Hallo {{.Salaris}}"), nil, nil, mail.FieldSubject, "{{.Salaris}}"},
		{"parse error in text", ptr("Goed"), ptr("Hallo {{.FirstName {{.Link}}"), nil, mail.FieldText, "does not parse"},
		{"unknown variable in html", nil, nil, ptr(`<a href="{{.Link}}">{{.Wachtwoord}}</a>`), mail.FieldHTML, "{{.Wachtwoord}}"},
		{"loop in text", nil, ptr("{{.Link}}{{range 100000000}}spam{{end}}"), nil, mail.FieldText, "only {{.Name}}"},
		{"text without link", nil, ptr("Welkom!"), nil, mail.FieldText, "{{.Link}}"},
		{"subject too long", ptr(strings.Repeat("a", mail.MaxSubjectLen+1)), nil, nil, mail.FieldSubject, "at most"},
	}
	for _, cs := range cases {
		t.Run(cs.name, func(t *testing.T) {
			_, err := mail.Set(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL, cs.subject, cs.text, cs.html)
			msg := wantUserError(t, err, mail.CodeInvalidTemplate, cs.field)
			if !strings.Contains(msg, cs.msg) {
				t.Errorf("message %q lacks %q", msg, cs.msg)
			}
			if n := f.countTemplates(); n != 0 {
				t.Errorf("%d texts saved", n)
			}
			if n := f.countEvents(); n != 0 {
				t.Errorf("%d events written", n)
			}
		})
	}
	// A failing save leaves an existing override as it was.
	if _, err := mail.Set(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL, ptr("Eerste"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.Set(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL, ptr("{{.Nope}}"), nil, nil); err == nil {
		t.Fatal("invalid save accepted")
	}
	e, _ := mail.Get(ak, c, providerLevel(f.provA), mail.Invitation, mail.NL)
	if e.Subject.Template != "Eerste" {
		t.Errorf("subject now %q", e.Subject.Template)
	}
}

// TestRightsAndScope: MANAGE_MAIL_TEMPLATES at the user's own level only; another
// tenant's provider or employer answers NOT_FOUND.
func TestRightsAndScope(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	r := viewer.ManageMailTemplates
	employee := testworld.Employee(f.empA1, "acc_x", "per_x", r)
	cases := []struct {
		name  string
		ctx   context.Context
		level func() mail.Level
		want  apperr.Code // "" = allowed
	}{
		{"anonymous", context.Background(), func() mail.Level { return providerLevel(f.provA) }, apperr.Unauthenticated},
		{"provider user without the right", providerUser(f.provA, "u1", viewer.ViewEmployees), func() mail.Level { return providerLevel(f.provA) }, apperr.Forbidden},
		{"employer user without the right", employerUser(f.empA1, "u2"), func() mail.Level { return employerLevel(f.empA1) }, apperr.Forbidden},
		{"employee", employee, func() mail.Level { return employerLevel(f.empA1) }, apperr.Forbidden},
		{"provider user, own provider", providerUser(f.provA, "u3", r), func() mail.Level { return providerLevel(f.provA) }, ""},
		{"provider user, own employer", providerUser(f.provA, "u4", r), func() mail.Level { return employerLevel(f.empA2) }, ""},
		{"provider user, employer level without provider ID", providerUser(f.provA, "u4", r), func() mail.Level {
			return mail.Level{Scope: mail.LevelEmployer, EmployerID: f.empA2.ID}
		}, ""},
		{"provider user, other provider", providerUser(f.provA, "u5", r), func() mail.Level { return providerLevel(f.provB) }, apperr.NotFound},
		{"provider user, other provider's employer", providerUser(f.provA, "u6", r), func() mail.Level { return employerLevel(f.empB1) }, apperr.NotFound},
		{"provider user, employer under a wrong provider", providerUser(f.provA, "u6", r), func() mail.Level {
			return mail.Level{Scope: mail.LevelEmployer, ProviderID: f.provB.ID, EmployerID: f.empA1.ID}
		}, apperr.NotFound},
		{"employer user, own employer", employerUser(f.empA1, "u7", r), func() mail.Level { return employerLevel(f.empA1) }, ""},
		{"employer user, its provider", employerUser(f.empA1, "u8", r), func() mail.Level { return providerLevel(f.provA) }, apperr.Forbidden},
		{"employer user, sibling employer", employerUser(f.empA1, "u9", r), func() mail.Level { return employerLevel(f.empA2) }, apperr.NotFound},
		{"employer user, other tenant's employer", employerUser(f.empA1, "u10", r), func() mail.Level { return employerLevel(f.empB1) }, apperr.NotFound},
		{"employer user, other provider", employerUser(f.empA1, "u11", r), func() mail.Level { return providerLevel(f.provB) }, apperr.NotFound},
		{"unknown employer", providerUser(f.provA, "u12", r), func() mail.Level {
			return mail.Level{Scope: mail.LevelEmployer, EmployerID: "emp_01JZZZZZZZZZZZZZZZZZZZZZZZ"}
		}, apperr.NotFound},
		{"unknown level", providerUser(f.provA, "u13", r), func() mail.Level { return mail.Level{Scope: "ALL", ProviderID: f.provA.ID} }, apperr.BadRequest},
	}
	for _, cs := range cases {
		t.Run(cs.name, func(t *testing.T) {
			lvl := cs.level()
			before := f.countTemplates()
			ops := map[string]func() error{
				"List": func() error { _, err := mail.List(cs.ctx, c, lvl); return err },
				"Set": func() error {
					_, err := mail.Set(cs.ctx, c, lvl, mail.AccessBlocked, mail.NL, ptr("Geblokkeerd ("+cs.name+")"), nil, nil)
					return err
				},
				"Preview": func() error {
					_, err := mail.Preview(cs.ctx, c, lvl, mail.AccessBlocked, mail.NL, nil, nil)
					return err
				},
				"Reset": func() error { _, err := mail.Reset(cs.ctx, c, lvl, mail.AccessBlocked, mail.NL); return err },
			}
			for _, op := range []string{"List", "Set", "Preview", "Reset"} {
				err := ops[op]()
				if cs.want == "" {
					if err != nil {
						t.Errorf("%s: %v", op, err)
					}
					if op == "Set" && f.countTemplates() != before+1 {
						t.Errorf("Set saved nothing")
					}
					continue
				}
				if apperr.CodeOf(err) != cs.want {
					t.Errorf("%s: want %s, got %v", op, cs.want, err)
				}
			}
			if cs.want != "" && f.countTemplates() != before {
				t.Errorf("a refused call changed the texts")
			}
		})
	}
}

// TestSetAndResetWriteAuditEvents (R27): each save and reset is one event of the actor
// in the level's tenant.
func TestSetAndResetWriteAuditEvents(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	wg := employerUser(f.empA1, "usr_wg", viewer.ManageMailTemplates)
	lvl := employerLevel(f.empA1)
	if _, err := mail.Set(wg, c, lvl, mail.PasswordReset, mail.EN, ptr("Reset for {{.FirstName}}"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.Set(wg, c, lvl, mail.PasswordReset, mail.EN, nil, ptr("Use {{.Link}}"), nil); err != nil {
		t.Fatal(err)
	}
	e, err := mail.Reset(wg, c, lvl, mail.PasswordReset, mail.EN)
	if err != nil {
		t.Fatal(err)
	}
	if e.Subject.Source != mail.SourceStandard || e.Text.Source != mail.SourceStandard || e.UpdatedAt != nil {
		t.Errorf("after reset: %+v", e)
	}
	// A reset without an override changes nothing and records nothing.
	if _, err := mail.Reset(wg, c, lvl, mail.PasswordReset, mail.EN); err != nil {
		t.Fatal(err)
	}
	evs := f.events()
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3", len(evs))
	}
	wantActions := []string{string(mail.TemplateSaved), string(mail.TemplateSaved), string(mail.TemplateReset)}
	for i, ev := range evs {
		if ev.Action != wantActions[i] || ev.ActorID != "usr_wg" || ev.ProviderID == nil || *ev.ProviderID != f.provA.ID ||
			ev.EmployerID == nil || *ev.EmployerID != f.empA1.ID || ev.TargetType != "MailTemplate" || ev.TargetID == "" {
			t.Errorf("event %d: %+v", i, ev)
		}
		if ev.Details["kind"] != "PASSWORD_RESET" || ev.Details["locale"] != "en" || ev.Details["level"] != "EMPLOYER" {
			t.Errorf("event %d details %v", i, ev.Details)
		}
	}
	if evs[0].Details["subject"] != "OVERRIDDEN" || evs[0].Details["textBody"] != "INHERITED" ||
		evs[1].Details["subject"] != "INHERITED" || evs[1].Details["textBody"] != "OVERRIDDEN" {
		t.Errorf("details %v / %v", evs[0].Details, evs[1].Details)
	}
	// The second save replaced the first: one row, subject inherited again.
	if n := f.countTemplates(); n != 0 {
		t.Errorf("%d rows after reset", n)
	}
	// Saving only empty fields is a reset.
	if _, err := mail.Set(wg, c, lvl, mail.PasswordReset, mail.EN, ptr("x {{.FirstName}}"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := mail.Set(wg, c, lvl, mail.PasswordReset, mail.EN, ptr("  "), ptr(""), nil); err != nil {
		t.Fatal(err)
	}
	if n := f.countTemplates(); n != 0 {
		t.Errorf("empty save kept %d rows", n)
	}
	evs = f.events()
	if last := evs[len(evs)-1]; last.Action != string(mail.TemplateReset) {
		t.Errorf("empty save recorded %s", last.Action)
	}
}

// TestPreview renders drafts and effective texts with samples or given values.
func TestPreview(t *testing.T) {
	f := newFixture(t)
	c := f.st.Client
	ak := providerUser(f.provA, "usr_ak", viewer.ManageMailTemplates)
	lvl := employerLevel(f.empA1)
	if _, err := mail.Set(ak, c, providerLevel(f.provA), mail.Username, mail.NL, ptr("Kantoor: {{.Username}}"), nil, nil); err != nil {
		t.Fatal(err)
	}
	// No draft: the effective texts with samples.
	out, err := mail.Preview(ak, c, lvl, mail.Username, mail.NL, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if out.Subject != "Kantoor: sanne.devries" || !strings.Contains(out.Text, "Voorbeeld MKB") || !strings.Contains(out.HTML, `lang="nl"`) {
		t.Errorf("preview: %q / %q", out.Subject, out.Text)
	}
	// A draft with given variables; an empty draft field inherits from the provider.
	out, err = mail.Preview(ak, c, lvl, mail.Username, mail.NL,
		&mail.Draft{Subject: ptr(""), Text: ptr("Naam: {{.Username}} bij {{.EmployerName}}")},
		map[string]string{"Username": "piet", "EmployerName": "Bakker & Zn"})
	if err != nil {
		t.Fatal(err)
	}
	if out.Subject != "Kantoor: piet" || out.Text != "Naam: piet bij Bakker & Zn\n" || !strings.Contains(out.HTML, "Bakker &amp; Zn") {
		t.Errorf("draft preview: %q / %q", out.Subject, out.Text)
	}
	// Nothing was saved by previewing.
	if n := f.countTemplates(); n != 1 {
		t.Errorf("%d rows", n)
	}
	_, err = mail.Preview(ak, c, lvl, mail.Username, mail.NL, &mail.Draft{HTML: ptr("<p>{{.Link}}</p>")}, nil)
	wantUserError(t, err, mail.CodeInvalidTemplate, mail.FieldHTML)
	_, err = mail.Preview(ak, c, lvl, mail.Username, mail.NL, nil, map[string]string{"Wachtwoord": "x"})
	wantCode(t, err, apperr.BadRequest)
}

// TestStaleOverrideFallsBack: an override field that no longer passes the rules (say
// a later release dropped a variable) is skipped, so mails keep going out.
func TestStaleOverrideFallsBack(t *testing.T) {
	f := newFixture(t)
	f.st.Client.MailTemplate.Create().
		SetProviderID(f.provA.ID).SetScope(mailtemplate.ScopePROVIDER).SetScopeKey(f.provA.ID).
		SetKind(mailtemplate.KindINVITATION).SetLocale(mailtemplate.LocaleNl).
		SetSubject("Oud: {{.Verdwenen}}").SetTextBody("Nog goed: {{.Link}}").SetUpdatedBy("usr_old").
		SaveX(f.sys)
	r, err := mail.Resolve(context.Background(), f.st.Client, mail.Invitation, mail.NL, f.provA.ID, f.empA1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if r.Subject.Source != mail.SourceStandard || r.Text.Source != mail.SourceProvider {
		t.Errorf("sources %s %s", r.Subject.Source, r.Text.Source)
	}
	f.enqueue(invitation(f.empA1, "sanne@example.nl", "https://wp.test/u#t", t0))
	if m := f.outbox()[0]; m.Subject != "Je toegang tot Werkportaal van Voorbeeld MKB" || m.TextBody != "Nog goed: https://wp.test/u#t\n" {
		t.Errorf("queued %q / %q", m.Subject, m.TextBody)
	}
}
