package mail_test

import (
	"slices"
	"strings"
	"testing"
	"text/template/parse"
	"time"

	"github.com/werkportaal/werkportaal/server/mail"
)

// TestVariablesAllowList pins the allow-list per kind and checks that every variable
// is described in both languages and has a sample.
func TestVariablesAllowList(t *testing.T) {
	want := map[mail.Kind][]string{
		mail.Invitation:         {"FirstName", "FullName", "EmployerName", "Link", "ExpiresAt"},
		mail.AccessBlocked:      {"FirstName", "FullName", "EmployerName"},
		mail.AccessUnblocked:    {"FirstName", "FullName", "EmployerName", "Username", "LoginURL"},
		mail.Username:           {"FirstName", "EmployerName", "Username", "LoginURL"},
		mail.PasswordReset:      {"FirstName", "EmployerName", "Link", "ExpiresAt"},
		mail.AccountLocked:      {"FirstName", "EmployerName", "LockedUntil", "ForgotPasswordURL"},
		mail.NewDocument:        {"FirstName", "EmployerName", "DocumentTitle", "PortalURL"},
		mail.StaffInvitation:    {"Name", "OrganisationName", "Username", "Link", "ExpiresAt", "LoginURL"},
		mail.StaffPasswordReset: {"Name", "OrganisationName", "Link", "ExpiresAt"},
		mail.LeaveDecided: {"FirstName", "EmployerName", "LeaveType", "Period", "Hours", "Accepted", "ByLapse",
			"LeaveRequest", "Comment", "PortalURL"},
		mail.LeaveLapsed:  {"EmployeeName", "EmployerName", "LeaveType", "Period", "Hours"},
		mail.SickReported: {"ContactName", "EmployeeName", "EmployerName", "FirstSickDay"},
		mail.RecoveryReported: {"ContactName", "EmployeeName", "EmployerName", "FirstSickDay", "RecoveryDate", "Partly",
			"WorkResumed"},
		mail.LeaveRequestsDigest:   {"Name", "Count", "Several", "Requests", "QueueURL"},
		mail.LeaveExpiryReminder:   {"FirstName", "EmployerName", "LeaveType", "Hours", "ExpiryDate", "PortalURL"},
		mail.PreboardingInvitation: {"FirstName", "FullName", "EmployerName", "Link", "ExpiresAt", "FirstDay"},
		mail.PreboardingReminder:   {"FirstName", "EmployerName", "FirstDay", "PortalURL"},
		mail.PreboardingReturned:   {"FirstName", "EmployerName", "PortalURL"},
		mail.PreboardingCompleted:  {"FirstName", "EmployerName", "FirstDay", "PortalURL"},
		mail.IBANChanged:           {"FirstName", "EmployerName", "IBAN", "EffectiveDate", "PortalURL"},
		mail.TeamTasksDigest:       {"FirstName", "EmployerName", "Count", "Several", "Tasks", "MyTeamURL"},
		mail.TaskEscalated:         {"Name", "EmployerName", "Count", "Several", "WorkingDays", "SeveralDays", "Tasks", "AdminURL"},
		mail.RequestDecidedNotice:  {"Name", "EmployeeName", "EmployerName", "RequestKind", "Approved", "DecidedBy"},
	}
	if len(mail.Kinds) != len(want) {
		t.Fatalf("%d kinds, want %d", len(mail.Kinds), len(want))
	}
	for _, k := range mail.Kinds {
		var names []string
		for _, v := range mail.Variables(k) {
			names = append(names, v.Name)
			if v.DescriptionNL == "" || v.DescriptionEN == "" || v.Sample == "" {
				t.Errorf("%s.%s: description or sample missing: %+v", k, v.Name, v)
			}
		}
		if !slices.Equal(names, want[k]) {
			t.Errorf("Variables(%s) = %v, want %v", k, names, want[k])
		}
	}
	if mail.Variables("NOPE") != nil {
		t.Error("an unknown kind has variables")
	}
}

// fieldsUsed returns the {{.Name}} fields a template refers to.
func fieldsUsed(t *testing.T, src string) []string {
	t.Helper()
	trees, err := parse.Parse("t", src, "", "", map[string]any{})
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	var out []string
	var walk func(n parse.Node)
	walk = func(n parse.Node) {
		switch n := n.(type) {
		case *parse.ListNode:
			if n != nil {
				for _, c := range n.Nodes {
					walk(c)
				}
			}
		case *parse.ActionNode:
			walk(n.Pipe)
		case *parse.IfNode:
			walk(n.Pipe)
			walk(n.List)
			if n.ElseList != nil {
				walk(n.ElseList)
			}
		case *parse.PipeNode:
			for _, c := range n.Cmds {
				for _, a := range c.Args {
					walk(a)
				}
			}
		case *parse.FieldNode:
			out = append(out, n.Ident...)
		}
	}
	for _, tr := range trees {
		walk(tr.Root)
	}
	return out
}

// TestStandardTextsRenderForEveryKindAndLocale renders every standard text with the
// samples and checks that it uses only allowed variables, shows the sample values,
// and is a complete, accessible HTML document in the right language.
func TestStandardTextsRenderForEveryKindAndLocale(t *testing.T) {
	for _, l := range mail.Locales {
		for _, k := range mail.Kinds {
			t.Run(string(l)+"/"+string(k), func(t *testing.T) {
				std, ok := mail.Standard(k, l)
				if !ok || std.Subject == "" || std.Text == "" || std.HTML == "" {
					t.Fatalf("standard text missing: %+v", std)
				}
				allowed := map[string]bool{}
				for _, v := range mail.Variables(k) {
					allowed[v.Name] = true
				}
				for field, src := range map[string]string{"subject": std.Subject, "text": std.Text, "html": std.HTML} {
					for _, name := range fieldsUsed(t, src) {
						if !allowed[name] {
							t.Errorf("%s uses {{.%s}}, not in the allow-list", field, name)
						}
					}
				}
				for _, field := range []string{mail.FieldSubject, mail.FieldText, mail.FieldHTML} {
					src := map[string]string{mail.FieldSubject: std.Subject, mail.FieldText: std.Text, mail.FieldHTML: std.HTML}[field]
					if err := mail.CheckTemplate(k, field, src); err != nil {
						t.Errorf("standard %s does not pass the rules for overrides: %v", field, err)
					}
				}
				r := &mail.Resolved{Kind: k, Locale: l,
					Subject: mail.Field{Template: std.Subject}, Text: mail.Field{Template: std.Text}, HTML: mail.Field{Template: std.HTML}}
				vars := mail.SampleVars(k, l)
				out, err := r.Render(vars)
				if err != nil {
					t.Fatal(err)
				}
				if strings.ContainsAny(out.Subject, "\r\n") || out.Subject == "" {
					t.Errorf("subject %q", out.Subject)
				}
				for _, s := range []string{out.Subject, out.Text, out.HTML} {
					if strings.Contains(s, "<no value>") || strings.Contains(s, "{{") {
						t.Errorf("unrendered template left in %q", s)
					}
				}
				if !strings.Contains(out.Text, vars["FirstName"]) || !strings.Contains(out.HTML, vars["FirstName"]) {
					t.Error("the first name is missing")
				}
				for _, name := range []string{"Link", "Username", "DocumentTitle", "ForgotPasswordURL"} {
					if v, ok := vars[name]; ok {
						if !strings.Contains(out.Text, v) || !strings.Contains(out.HTML, v) {
							t.Errorf("%s %q missing from text or HTML", name, v)
						}
					}
				}
				for _, want := range []string{`<!DOCTYPE html>`, `<html lang="` + string(l) + `">`, `<title>`, `role="article"`} {
					if !strings.Contains(out.HTML, want) {
						t.Errorf("HTML lacks %s", want)
					}
				}
				if strings.Contains(out.HTML, "<img") || strings.Contains(out.HTML, "<script") {
					t.Error("HTML has images or scripts")
				}
			})
		}
	}
}

// TestStandardTextsSayWhatTheRulesSay checks the promises the texts make against the
// rules: R2/R4 (invitation), R6 (block), R10 (reset), R13 (lockout).
func TestStandardTextsSayWhatTheRulesSay(t *testing.T) {
	want := map[mail.Locale]map[mail.Kind][]string{
		mail.NL: {
			mail.Invitation:    {"persoonlijk", "4 dagen", "geboortedatum", "verlopen", "nieuwe uitnodiging"},
			mail.AccessBlocked: {"heeft je toegang", "beëindigd"},
			mail.PasswordReset: {"1 uur", "één keer"},
			mail.AccountLocked: {"1 uur", "tijdelijk geblokkeerd", "Wachtwoord vergeten"},
		},
		mail.EN: {
			mail.Invitation:    {"personal", "4 days", "date of birth", "expired", "new invitation"},
			mail.AccessBlocked: {"has ended your access"},
			mail.PasswordReset: {"1 hour", "only once"},
			mail.AccountLocked: {"1 hour", "temporarily locked", "Forgot password"},
		},
	}
	for l, kinds := range want {
		for k, phrases := range kinds {
			std, _ := mail.Standard(k, l)
			for _, p := range phrases {
				if !strings.Contains(std.Text, p) || !strings.Contains(std.HTML, p) {
					t.Errorf("%s/%s: text and HTML should say %q", l, k, p)
				}
			}
		}
	}
	// The block mail names the employer as the one who ended access (R6).
	std, _ := mail.Standard(mail.AccessBlocked, mail.NL)
	if !strings.Contains(std.Text, "{{.EmployerName}} heeft je toegang") {
		t.Error("the block mail does not say the employer ended access")
	}
}

// TestCheckTemplate is the gate for saved overrides.
func TestCheckTemplate(t *testing.T) {
	long := strings.Repeat("x", mail.MaxSubjectLen+1)
	cases := []struct {
		name, field, src string
		kind             mail.Kind
		ok               bool
		msg              string // part of the message
	}{
		{"plain variable", mail.FieldSubject, "Welkom {{.FirstName}} bij {{.EmployerName}}", mail.Invitation, true, ""},
		{"if else", mail.FieldText, "{{if .ExpiresAt}}tot {{.ExpiresAt}}{{else}}4 dagen{{end}} {{.Link}}", mail.Invitation, true, ""},
		{"comment and trim", mail.FieldText, "{{/* opmerking */}}{{- .Link -}}", mail.Invitation, true, ""},
		{"unknown variable", mail.FieldSubject, "Hallo {{.Salaris}}", mail.Invitation, false, "{{.Salaris}}"},
		{"variable of another kind", mail.FieldSubject, "{{.Username}}", mail.Invitation, false, "unknown variable {{.Username}}"},
		{"unknown variable in if", mail.FieldText, "{{.Link}}{{if .Geheim}}x{{end}}", mail.Invitation, false, "{{.Geheim}}"},
		{"parse error", mail.FieldSubject, "Hallo {{.FirstName", mail.Invitation, false, "does not parse"},
		{"unclosed if", mail.FieldText, "{{.Link}}{{if .FirstName}}x", mail.Invitation, false, "does not parse"},
		{"unknown function", mail.FieldSubject, "{{upper .FirstName}}", mail.Invitation, false, "does not parse"},
		{"builtin function", mail.FieldSubject, `{{printf "%s" .FirstName}}`, mail.Invitation, false, "only {{.Name}}"},
		{"range", mail.FieldText, "{{.Link}}{{range 1000000000}}x{{end}}", mail.Invitation, false, "only {{.Name}}"},
		{"define", mail.FieldText, `{{.Link}}{{define "a"}}x{{end}}`, mail.Invitation, false, "define"},
		{"template call", mail.FieldText, `{{.Link}}{{template "x"}}`, mail.Invitation, false, "only {{.Name}}"},
		{"variable declaration", mail.FieldText, `{{.Link}}{{$x := .FirstName}}`, mail.Invitation, false, "only {{.Name}}"},
		{"dot", mail.FieldSubject, `{{.}}`, mail.Invitation, false, "only {{.Name}}"},
		{"nested field", mail.FieldSubject, `{{.FirstName.X}}`, mail.Invitation, false, "only {{.Name}}"},
		{"too long", mail.FieldSubject, long, mail.Invitation, false, "at most"},
		{"subject on two lines", mail.FieldSubject, "Hallo\nBcc: x@y.nl", mail.Invitation, false, "single line"},
		{"invitation without link", mail.FieldText, "Beste {{.FirstName}}, welkom.", mail.Invitation, false, "{{.Link}}"},
		{"reset without link", mail.FieldHTML, "<p>Beste {{.FirstName}}</p>", mail.PasswordReset, false, "{{.Link}}"},
		{"username mail without username", mail.FieldText, "Beste {{.FirstName}}", mail.Username, false, "{{.Username}}"},
		{"html with a link", mail.FieldHTML, `<p><a href="{{.Link}}">Start</a></p>`, mail.Invitation, true, ""},
		{"html in an unclosed attribute", mail.FieldHTML, `<a href="{{.Link}}>x</a>`, mail.Invitation, false, "HTML"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := mail.CheckTemplate(c.kind, c.field, c.src)
			if c.ok {
				if err != nil {
					t.Fatalf("want ok, got %v", err)
				}
				return
			}
			msg := wantUserError(t, err, mail.CodeInvalidTemplate, c.field)
			if !strings.Contains(msg, c.msg) {
				t.Errorf("message %q does not mention %q", msg, c.msg)
			}
		})
	}
}

// TestRenderEscapesHTMLButNotText: variables are escaped in the HTML body only, and a
// variable cannot break the subject into two header lines.
func TestRenderEscapesHTMLButNotText(t *testing.T) {
	std, _ := mail.Standard(mail.Invitation, mail.NL)
	r := &mail.Resolved{Kind: mail.Invitation, Locale: mail.NL,
		Subject: mail.Field{Template: std.Subject}, Text: mail.Field{Template: std.Text}, HTML: mail.Field{Template: std.HTML}}
	out, err := r.Render(map[string]string{"FirstName": "<b>Jan</b>", "EmployerName": "Bakker & Zn\r\nBcc: x@y.nl", "Link": "https://x.test/u#t"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.HTML, "<b>Jan</b>") || !strings.Contains(out.HTML, "&lt;b&gt;Jan&lt;/b&gt;") {
		t.Error("HTML does not escape the first name")
	}
	if !strings.Contains(out.Text, "<b>Jan</b>") {
		t.Error("plain text escaped the first name")
	}
	if strings.ContainsAny(out.Subject, "\r\n") {
		t.Errorf("subject has a line break: %q", out.Subject)
	}
	// Missing variables render empty; unknown ones are an error.
	if _, err := r.Render(map[string]string{"Salaris": "1"}); err == nil {
		t.Error("an unknown variable rendered")
	}
	out, err = r.Render(nil)
	if err != nil || strings.Contains(out.Text, "<no value>") {
		t.Fatalf("missing variables: %v %q", err, out.Text)
	}
}

func TestFormatTime(t *testing.T) {
	at := time.Date(2026, 11, 28, 8, 30, 0, 0, time.UTC) // 09:30 in Amsterdam (CET)
	if got := mail.FormatTime(at, mail.NL); got != "zaterdag 28 november 2026 om 09:30" {
		t.Errorf("nl: %q", got)
	}
	if got := mail.FormatTime(at, mail.EN); got != "Saturday 28 November 2026 at 09:30" {
		t.Errorf("en: %q", got)
	}
	summer := time.Date(2026, 7, 1, 8, 30, 0, 0, time.UTC) // CEST
	if got := mail.FormatTime(summer, mail.NL); got != "woensdag 1 juli 2026 om 10:30" {
		t.Errorf("summer: %q", got)
	}
}
