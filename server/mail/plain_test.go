package mail

import (
	htmltemplate "html/template"
	"maps"
	"slices"
	"strings"
	"testing"
	"text/template"
)

// valueSets are the variables a render test runs each template with: the samples,
// none, and values that would show a missing or a wrong escape (markup, quotes, a URL
// with a script scheme, template delimiters, new lines, accents).
func valueSets(k Kind, l Locale) []map[string]string {
	empty, odd := map[string]string{}, map[string]string{}
	for _, v := range allowList[k] {
		odd[v.Name] = `<b>"Jan" & 'Piet'</b> {{.X}} javascript:alert(1) é
tweede regel`
	}
	odd["Link"] = `javascript:alert("x")`
	return []map[string]string{SampleVars(k, l), empty, odd}
}

// kindsAndLocales are every standard mail text's kind and language, in a stable order.
func kindsAndLocales(t *testing.T) (out []struct {
	k Kind
	l Locale
	t Texts
}) {
	t.Helper()
	for _, k := range slices.Sorted(maps.Keys(allowList)) {
		for _, l := range Locales {
			if texts, ok := Standard(k, l); ok {
				out = append(out, struct {
					k Kind
					l Locale
					t Texts
				}{k, l, texts})
			}
		}
	}
	if len(out) < 20 {
		t.Fatalf("%d standard texts; the list of kinds is not what this test expects", len(out))
	}
	return out
}

// TestPlainIsTextTemplate: a subject or plain text run as substitutions (plain) is,
// byte for byte, what text/template makes of it: every standard text of every kind
// and language, and texts with each construct a saved text may use. A text with any
// other construct has no plain form and runs as a text/template.
func TestPlainIsTextTemplate(t *testing.T) {
	same := func(t *testing.T, name, src string, vars map[string]string) {
		t.Helper()
		tt := template.Must(template.New(name).Option("missingkey=zero").Parse(src))
		p := plainOf(tt)
		if p == nil {
			t.Fatalf("%s has no plain form:\n%s", name, src)
		}
		var want strings.Builder
		if err := tt.Execute(&want, vars); err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		if err := p.run(&got, vars, 1<<20); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s with %v:\n%q, text/template:\n%q", name, vars, got.String(), want.String())
		}
	}
	for _, c := range kindsAndLocales(t) {
		for _, vars := range valueSets(c.k, c.l) {
			d := data(c.k, vars)
			same(t, string(c.k)+"/"+string(c.l)+" subject", c.t.Subject, d)
			same(t, string(c.k)+"/"+string(c.l)+" text", c.t.Text, d)
		}
	}
	constructs := `Beste {{.A}},{{/* a comment */}}
{{if .A}}A is {{.A}}{{else if .B}}B is {{.B}}{{else}}none{{end}}
{{- if .B}} trimmed {{.B -}} {{end}}
{{if .A}}{{if .B}}both{{end}}{{end}}{{.Missing}}.`
	for _, vars := range []map[string]string{{}, {"A": "a"}, {"B": "b"}, {"A": "<a>", "B": "b\n"}} {
		same(t, "constructs", constructs, vars)
	}
	for _, src := range []string{`{{.A.B}}`, `{{.A | printf "%q"}}`, `{{range .A}}x{{end}}`, `{{with .A}}x{{end}}`,
		`{{$x := .A}}{{$x}}`, `{{if and .A .B}}x{{end}}`, `{{"literal"}}`, `{{template "x"}}{{define "x"}}y{{end}}`} {
		if p := plainOf(template.Must(template.New("other").Parse(src))); p != nil {
			t.Errorf("%s has a plain form %+v; it must run as a text/template", src, p)
		}
	}
}

// TestDocumentIsBodyInShell: the HTML document, one template of the shell with the body
// inside it, is byte for byte what rendering the body and then the shell around it
// made: every standard text of every kind and language, and bodies with variables in
// attributes, URLs and conditions, each with values that need escaping.
func TestDocumentIsBodyInShell(t *testing.T) {
	before := htmltemplate.Must(htmltemplate.New("shell").Parse(
		strings.Replace(shellSource, `{{template "htmlBody" .Vars}}`, `{{.Body}}`, 1)))
	reference := func(k Kind, l Locale, body string, vars map[string]string, subject string) string {
		b := htmltemplate.Must(htmltemplate.New(FieldHTML).Option("missingkey=zero").Parse(body))
		var out, doc strings.Builder
		if err := b.Execute(&out, data(k, vars)); err != nil {
			t.Fatal(err)
		}
		if err := before.Execute(&doc, struct {
			Lang, Subject string
			Body          htmltemplate.HTML
		}{string(l), subject, htmltemplate.HTML(out.String())}); err != nil { //nolint:gosec // G203: the body's own escaped output, as before
			t.Fatal(err)
		}
		return doc.String()
	}
	check := func(name string, k Kind, l Locale, texts Texts) {
		c, err := compile(k, l, texts)
		if err != nil {
			t.Fatal(err)
		}
		for _, vars := range valueSets(k, l) {
			got, err := c.render(vars)
			if err != nil {
				t.Fatal(err)
			}
			if want := reference(k, l, texts.HTML, vars, got.Subject); got.HTML != want {
				t.Errorf("%s with %v:\n%s\nbody, then shell:\n%s", name, vars, got.HTML, want)
			}
		}
	}
	for _, c := range kindsAndLocales(t) {
		check(string(c.k)+"/"+string(c.l), c.k, c.l, c.t)
	}
	texts, _ := Standard(Invitation, NL)
	for i, body := range []string{
		`<p title="{{.FullName}}">{{if .ExpiresAt}}tot {{.ExpiresAt}}{{else}}geen datum{{end}}</p><a href="{{.Link}}">{{.Link}}</a>`,
		`<a href="https://example.nl/?naam={{.FirstName}}">x</a><p style="color:red">{{.EmployerName}}</p>`,
		`{{/* leeg */}}`,
	} {
		texts.HTML = body
		check("invitation body "+string(rune('a'+i)), Invitation, NL, texts)
	}
}

// TestBodyCannotReplaceTheFrame: the HTML body shares a template set with the frame
// (shell), so a body that defines templates — {{define "shell"}} would replace the frame —
// does not compile. Saved texts are refused such bodies before (checkTemplate).
func TestBodyCannotReplaceTheFrame(t *testing.T) {
	texts, _ := Standard(Invitation, NL)
	for _, body := range []string{`{{define "shell"}}x{{end}}{{.Link}}`, `{{block "b" .}}{{.Link}}{{end}}`} {
		texts.HTML = body
		if _, err := compile(Invitation, NL, texts); err == nil {
			t.Errorf("%s compiled", body)
		}
		if CheckTemplate(Invitation, FieldHTML, body) == nil {
			t.Errorf("%s may be saved", body)
		}
	}
}
