package mail

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"strings"
	"text/template"
	"text/template/parse"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// CodeInvalidTemplate is the userError code of a text that cannot be saved: it does not
// parse, uses a variable outside the kind's allow-list or a construct other than
// {{.Name}} and {{if .Name}}, misses a required variable, or is too long.
const CodeInvalidTemplate apperr.UserCode = "INVALID_TEMPLATE"

// The field names of a mail text, as the GraphQL input names them (userError field).
const (
	FieldSubject = "subject"
	FieldText    = "textBody"
	FieldHTML    = "htmlBody"
)

// Length limits of a saved text, in characters.
const (
	MaxSubjectLen = 250
	MaxTextLen    = 20_000
	MaxHTMLLen    = 100_000
)

// Texts are the three templates of a mail.
type Texts struct {
	Subject string
	Text    string
	HTML    string
}

// Rendered is a mail ready to send: the subject on one line, the plain-text body and the
// complete HTML document.
type Rendered struct {
	Subject string
	Text    string
	HTML    string
}

// fieldLabel is how messages name a field.
func fieldLabel(field string) string {
	switch field {
	case FieldSubject:
		return "the subject"
	case FieldText:
		return "the plain-text body"
	case FieldHTML:
		return "the HTML body"
	}
	return field
}

func invalid(field, format string, a ...any) *apperr.UserError {
	return apperr.User(CodeInvalidTemplate, fieldLabel(field)+" "+fmt.Sprintf(format, a...), field)
}

// CheckTemplate reports whether src may be saved as field (FieldSubject, FieldText or
// FieldHTML) of kind k: it must parse, use only the kind's variables, and use them only
// as {{.Name}} or in {{if .Name}} … {{else}} … {{end}}. Anything else (functions,
// range, define, template, variables) is refused: texts are edited by tenants, and a
// template language with loops could be made to render without end. A failure is a
// *apperr.UserError with code INVALID_TEMPLATE and Field naming the field.
func CheckTemplate(k Kind, field, src string) error {
	if err := checkTemplate(k, field, src); err != nil {
		return err
	}
	return nil
}

func checkTemplate(k Kind, field, src string) *apperr.UserError {
	limit := map[string]int{FieldSubject: MaxSubjectLen, FieldText: MaxTextLen, FieldHTML: MaxHTMLLen}[field]
	if limit == 0 {
		return invalid(field, "is not a field of a mail text")
	}
	if n := utf8.RuneCountInString(src); n > limit {
		return invalid(field, "is %d characters long; at most %d are allowed", n, limit)
	}
	if !utf8.ValidString(src) {
		return invalid(field, "is not valid UTF-8")
	}
	if field == FieldSubject && strings.ContainsAny(src, "\r\n") {
		return invalid(field, "must be a single line")
	}
	t, err := template.New(field).Parse(src)
	if err != nil {
		return invalid(field, "does not parse: %s", parseMessage(field, err))
	}
	if len(t.Templates()) > 1 {
		return invalid(field, "may not define templates ({{define}} or {{block}})")
	}
	used := map[string]bool{}
	if t.Tree != nil && t.Root != nil {
		if ue := checkNode(k, field, t.Tree, t.Root, used); ue != nil {
			return ue
		}
	}
	if field != FieldSubject {
		for _, v := range allowList[k] {
			if v.Required && !used[v.Name] {
				return invalid(field, "must contain {{.%s}}: without it the mail is of no use to the employee", v.Name)
			}
		}
	}
	if field == FieldHTML {
		if err := tryHTML(k, src); err != nil {
			return invalid(field, "cannot be used as HTML: %s", parseMessage(field, err))
		}
	}
	return nil
}

// parseMessage strips the Go-template prefix ("template: subject:3: …" → "line 3: …").
func parseMessage(field string, err error) string {
	msg := err.Error()
	for _, p := range []string{"html/template:" + field + ":", "template: " + field + ":"} {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			return "line " + rest
		}
	}
	return msg
}

const allowedConstructs = "only {{.Name}} and {{if .Name}} … {{else}} … {{end}} may be used"

func checkNode(k Kind, field string, tree *parse.Tree, n parse.Node, used map[string]bool) *apperr.UserError {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return nil
		}
		for _, c := range n.Nodes {
			if ue := checkNode(k, field, tree, c, used); ue != nil {
				return ue
			}
		}
		return nil
	case *parse.TextNode, *parse.CommentNode:
		return nil
	case *parse.ActionNode:
		return checkPipe(k, field, tree, n, n.Pipe, used)
	case *parse.IfNode:
		if ue := checkPipe(k, field, tree, n, n.Pipe, used); ue != nil {
			return ue
		}
		if ue := checkNode(k, field, tree, n.List, used); ue != nil {
			return ue
		}
		if n.ElseList != nil {
			return checkNode(k, field, tree, n.ElseList, used)
		}
		return nil
	}
	return invalid(field, "uses %s at %s: %s", clip(n.String()), location(tree, n), allowedConstructs)
}

func checkPipe(k Kind, field string, tree *parse.Tree, at parse.Node, p *parse.PipeNode, used map[string]bool) *apperr.UserError {
	bad := func() *apperr.UserError {
		return invalid(field, "uses {{%s}} at %s: %s", clip(p.String()), location(tree, at), allowedConstructs)
	}
	name, ok := plainField(p)
	if !ok {
		return bad()
	}
	if _, ok := variable(k, name); !ok {
		return invalid(field, "uses the unknown variable {{.%s}} at %s; this mail may use %s",
			name, location(tree, at), variableNames(k))
	}
	used[name] = true
	return nil
}

func location(tree *parse.Tree, n parse.Node) string {
	loc, _ := tree.ErrorContext(n)
	// loc is "name:line:col"; keep "line L"
	parts := strings.Split(loc, ":")
	if len(parts) >= 3 {
		return "line " + parts[len(parts)-2]
	}
	return loc
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		return string(r[:60]) + "…"
	}
	return s
}

// data is the template data: every allowed variable, empty unless given, so that a
// missing value renders empty rather than "<no value>".
func data(k Kind, vars map[string]string) map[string]string {
	d := make(map[string]string, len(allowList[k]))
	for _, v := range allowList[k] {
		d[v.Name] = vars[v.Name]
	}
	return d
}

// tryHTML executes an HTML body once with the samples: html/template reports contexts
// it cannot escape safely (an unclosed attribute, a variable in a tag name) only when
// it executes.
func tryHTML(k Kind, src string) error {
	t, err := htmltemplate.New(FieldHTML).Option("missingkey=zero").Parse(src)
	if err != nil {
		return err
	}
	_, err = execute(t, data(k, SampleVars(k, NL)))
	return err
}

// compiled is a mail's templates parsed once, for rendering many mails (templates
// are safe for concurrent execution).
type compiled struct {
	kind    Kind
	locale  Locale
	subject *template.Template
	text    *template.Template
	// The subject and text as substitutions (plain), or nil: then the templates above.
	subjectPlain, textPlain plain
	// doc is the HTML document: the shell with the HTML body inside it, one template,
	// so a mail's HTML is executed and written once (not the body, then the shell
	// around a copy of it).
	doc *htmltemplate.Template
	// The sources' lengths and a margin for the variables: the first size of the
	// buffers they are rendered into.
	subjectSize, textSize, docSize int
}

// variablesMargin is room for the variables' values in a rendered text.
const variablesMargin = 512

func compile(k Kind, l Locale, t Texts) (*compiled, error) {
	c := &compiled{kind: k, locale: l,
		subjectSize: len(t.Subject) + variablesMargin, textSize: len(t.Text) + variablesMargin,
		docSize: len(shellSource) + len(t.HTML) + variablesMargin}
	var err error
	if c.subject, err = template.New(FieldSubject).Option("missingkey=zero").Parse(t.Subject); err != nil {
		return nil, fmt.Errorf("mail: parse subject of %s/%s: %w", k, l, err)
	}
	if c.text, err = template.New(FieldText).Option("missingkey=zero").Parse(t.Text); err != nil {
		return nil, fmt.Errorf("mail: parse text of %s/%s: %w", k, l, err)
	}
	c.subjectPlain, c.textPlain = plainOf(c.subject), plainOf(c.text)
	body, err := htmltemplate.New(FieldHTML).Parse(t.HTML)
	if err != nil {
		return nil, fmt.Errorf("mail: parse HTML of %s/%s: %w", k, l, err)
	}
	// A body that defined templates of its own could replace the frame in the document's
	// set ({{define "shell"}}); a saved text may not define any (checkTemplate), and no
	// text does here.
	if len(body.Templates()) != 1 {
		return nil, fmt.Errorf("mail: the HTML of %s/%s defines templates", k, l)
	}
	if c.doc, err = shell.Clone(); err != nil {
		return nil, fmt.Errorf("mail: HTML document of %s/%s: %w", k, l, err)
	}
	if _, err = c.doc.Option("missingkey=zero").AddParseTree(FieldHTML, body.Tree); err != nil {
		return nil, fmt.Errorf("mail: HTML document of %s/%s: %w", k, l, err)
	}
	return c, nil
}

// runText renders a subject or plain text: as substitutions when p is its plain form.
func runText(t *template.Template, p plain, d map[string]string, size int) (string, error) {
	if p == nil {
		return executeSized(t, d, size, 4*MaxHTMLLen)
	}
	var b strings.Builder
	b.Grow(size)
	if err := p.run(&b, d, 4*MaxHTMLLen); err != nil {
		return "", err
	}
	return b.String(), nil
}

func execute(t interface {
	Execute(io.Writer, any) error
}, d map[string]string) (string, error) {
	return executeSized(t, d, 0, 4*MaxHTMLLen)
}

// executeSized is execute into a buffer of size bytes to begin with, failing beyond
// limit bytes. A buffer that grows from nothing copied each mail's text several times
// (a third of a collective grant's rendering CPU, issue #12).
func executeSized(t interface {
	Execute(io.Writer, any) error
}, d any, size, limit int) (string, error) {
	var b strings.Builder
	b.Grow(size)
	if err := t.Execute(limitWriter(&b, limit), d); err != nil {
		return "", err
	}
	return b.String(), nil
}

// render renders the mail with vars (names outside the allow-list are ignored here;
// callers check them).
func (c *compiled) render(vars map[string]string) (*Rendered, error) {
	k, l := c.kind, c.locale
	d := data(k, vars)
	subject, err := runText(c.subject, c.subjectPlain, d, c.subjectSize)
	if err != nil {
		return nil, fmt.Errorf("mail: render subject of %s/%s: %w", k, l, err)
	}
	subject = strings.Join(strings.Fields(subject), " ")
	text, err := runText(c.text, c.textPlain, d, c.textSize)
	if err != nil {
		return nil, fmt.Errorf("mail: render text of %s/%s: %w", k, l, err)
	}
	// The subject appears twice in the frame, escaped.
	doc, err := executeSized(c.doc, shellData{Lang: string(l), Subject: subject, Vars: d},
		c.docSize+4*len(subject), len(shellSource)+4*MaxHTMLLen+16*len(subject))
	if err != nil {
		return nil, fmt.Errorf("mail: render HTML of %s/%s: %w", k, l, err)
	}
	return &Rendered{Subject: subject, Text: strings.TrimRight(text, " \n") + "\n", HTML: doc}, nil
}

// render renders texts of kind k in locale l with vars.
func render(k Kind, l Locale, t Texts, vars map[string]string) (*Rendered, error) {
	c, err := compile(k, l, t)
	if err != nil {
		return nil, err
	}
	return c.render(vars)
}

// shell is the fixed frame around every HTML body: the language for screen readers, a
// title, a readable width and font. The editable HTML body is the part inside it, the
// template FieldHTML each compiled mail adds to its own clone of the shell (so the
// shell itself is never executed: a template that has been cannot be cloned).
var shell = htmltemplate.Must(htmltemplate.New("shell").Parse(shellSource))

// shellData is what the shell is executed with: the body gets Vars.
type shellData struct {
	Lang    string
	Subject string
	Vars    map[string]string
}

const shellSource = `<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>{{.Subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div role="article" aria-roledescription="e-mail" aria-label="{{.Subject}}" lang="{{.Lang}}" style="background-color:#f3f4f6;padding:24px 12px;">
<div style="max-width:600px;margin:0 auto;background-color:#ffffff;border-radius:8px;padding:32px 28px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2937;">
{{template "htmlBody" .Vars}}
</div>
</div>
</body>
</html>
`

// limitWriter fails a render that grows beyond n bytes; with the allowed constructs
// that cannot happen, but a bound costs nothing.
func limitWriter(w io.Writer, n int) io.Writer { return &limited{w: w, left: n} }

type limited struct {
	w    io.Writer
	left int
}

// errTooLong is a render beyond its limit.
var errTooLong = errors.New("mail: rendered text too long")

func (l *limited) Write(p []byte) (int, error) {
	if len(p) > l.left {
		return 0, errTooLong
	}
	l.left -= len(p)
	return l.w.Write(p)
}
