package httpapi

import (
	"html"
	"html/template"
	"net/http"
	"regexp"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// DevMailboxHandler serves the dev mailbox: GET /dev/mail lists the newest 100 outbox
// mails (optionally ?aan=address), GET /dev/mail/{id} shows one, its HTML body in a
// sandboxed frame and its plain text with clickable links, so that someone trying
// `make run` can follow an invitation link. The bodies carry link tokens: mount it only
// in dev mode (APP_ENV=dev), never in production.
func DevMailbox(client *ent.Client) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /dev/mail", func(w http.ResponseWriter, r *http.Request) {
		to := r.URL.Query().Get("aan")
		ms, err := mail.Recent(r.Context(), client, to, 100)
		if err != nil {
			http.Error(w, "De mails konden niet worden gelezen.", http.StatusInternalServerError)
			return
		}
		devHeaders(w)
		_ = devList.Execute(w, struct {
			To    string
			Mails []*ent.OutboxMail
		}{to, ms})
	})
	mux.HandleFunc("GET /dev/mail/{id}", func(w http.ResponseWriter, r *http.Request) {
		// System: the dev mailbox (APP_ENV=dev only) shows every mail with its body,
		// which no principal may read.
		m, err := client.OutboxMail.Query().Where(outboxmail.ID(r.PathValue("id"))).Only(viewer.System(r.Context()))
		if ent.IsNotFound(err) {
			devHeaders(w)
			w.WriteHeader(http.StatusNotFound)
			_ = devNotFound.Execute(w, nil)
			return
		}
		if err != nil {
			http.Error(w, "De mail kon niet worden gelezen.", http.StatusInternalServerError)
			return
		}
		devHeaders(w)
		_ = devShow.Execute(w, struct {
			M      *ent.OutboxMail
			SrcDoc string
			Text   template.HTML
		}{m, srcDoc(m.HTMLBody), linkify(m.TextBody)})
	})
	return mux
}

func devHeaders(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	// The framed mail inherits this policy: inline styles only, no scripts, no loads.
	h.Set("Content-Security-Policy",
		"default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'")
}

// srcDoc makes links in the framed mail open in a new tab, outside the sandbox.
func srcDoc(body string) string {
	const base = `<base target="_blank">`
	if i := strings.Index(strings.ToLower(body), "<head>"); i >= 0 {
		return body[:i+len("<head>")] + base + body[i+len("<head>"):]
	}
	return base + body
}

var urlRE = regexp.MustCompile(`https?://[^\s<>"']+`)

// linkify escapes text and turns its http(s) URLs into links.
func linkify(text string) template.HTML {
	var b strings.Builder
	last := 0
	for _, loc := range urlRE.FindAllStringIndex(text, -1) {
		b.WriteString(html.EscapeString(text[last:loc[0]]))
		u := strings.TrimRight(text[loc[0]:loc[1]], ".,;:!?)")
		b.WriteString(`<a href="` + html.EscapeString(u) + `" target="_blank" rel="noopener">` + html.EscapeString(u) + `</a>`)
		last = loc[0] + len(u)
	}
	b.WriteString(html.EscapeString(text[last:]))
	return template.HTML(b.String()) //nolint:gosec // G203: every piece of text and every URL above went through html.EscapeString
}

var devFuncs = template.FuncMap{
	"when": func(m *ent.OutboxMail) string { return m.CreatedAt.In(mail.Amsterdam).Format("02-01-2006 15:04:05") },
	"status": func(s outboxmail.Status) string {
		switch s {
		case outboxmail.StatusPENDING:
			return "in de wachtrij"
		case outboxmail.StatusSENT:
			return "verzonden"
		case outboxmail.StatusFAILED:
			return "mislukt"
		}
		return string(s)
	},
	"kind": func(k outboxmail.Kind) string {
		return map[outboxmail.Kind]string{
			outboxmail.KindINVITATION:       "Uitnodiging",
			outboxmail.KindACCESS_BLOCKED:   "Toegang geblokkeerd",
			outboxmail.KindACCESS_UNBLOCKED: "Toegang gedeblokkeerd",
			outboxmail.KindUSERNAME:         "Gebruikersnaam",
			outboxmail.KindPASSWORD_RESET:   "Wachtwoord herstellen",
			outboxmail.KindACCOUNT_LOCKED:   "Tijdelijk geblokkeerd",
			outboxmail.KindNEW_DOCUMENT:     "Nieuw document",
		}[k]
	},
}

const devStyle = `<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0;color:#1f2937;background:#f9fafb}
header{background:#1e3a5f;color:#fff;padding:12px 24px}
header a{color:#fff}
main{padding:16px 24px;max-width:1100px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:8px;border-bottom:1px solid #e5e7eb;vertical-align:top}
th{background:#f3f4f6}
a{color:#0b5cad}
.note{background:#fff7e6;border:1px solid #f0c36d;padding:8px 12px;border-radius:4px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px;border:1px solid #e5e7eb}
dt{font-weight:bold}
dd{margin:0}
iframe{width:100%;height:640px;border:1px solid #d1d5db;background:#fff}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
pre{white-space:pre-wrap;background:#fff;border:1px solid #d1d5db;padding:12px;font-size:14px}
</style>`

var devList = template.Must(template.New("list").Funcs(devFuncs).Parse(`<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dev-mailbox · Werkportaal</title>` + devStyle + `</head>
<body><header><strong>Werkportaal</strong> · dev-mailbox</header>
<main>
<h1>Mails van Werkportaal</h1>
<p class="note">Alleen in de ontwikkelomgeving: er is geen SMTP-server ingesteld, dus mails worden niet echt verstuurd maar blijven hier staan. Klik op een onderwerp om de mail te lezen en de links erin te volgen.</p>
<form method="get" action="/dev/mail" style="margin:16px 0">
<label for="aan">Aan</label> <input id="aan" name="aan" type="email" value="{{.To}}">
<button type="submit">Filteren</button>{{if .To}} <a href="/dev/mail">Alle mails</a>{{end}}
</form>
{{if .Mails}}
<table>
<caption class="visually-hidden">De nieuwste {{len .Mails}} mails, nieuwste eerst</caption>
<thead><tr><th scope="col">Tijdstip</th><th scope="col">Aan</th><th scope="col">Onderwerp</th><th scope="col">Soort</th><th scope="col">Status</th></tr></thead>
<tbody>
{{range .Mails}}<tr><td>{{when .}}</td><td>{{.ToAddress}}</td><td><a href="/dev/mail/{{.ID}}">{{.Subject}}</a></td><td>{{kind .Kind}}</td><td>{{status .Status}}</td></tr>
{{end}}</tbody>
</table>
{{else}}
<p>Er zijn nog geen mails.</p>
{{end}}
</main></body></html>
`))

var devShow = template.Must(template.New("show").Funcs(devFuncs).Parse(`<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.M.Subject}} · Dev-mailbox</title>` + devStyle + `</head>
<body><header><strong>Werkportaal</strong> · <a href="/dev/mail">dev-mailbox</a></header>
<main>
<p><a href="/dev/mail">← Alle mails</a></p>
<h1>{{.M.Subject}}</h1>
<dl>
<dt>Aan</dt><dd>{{.M.ToAddress}}</dd>
<dt>Tijdstip</dt><dd>{{when .M}}</dd>
<dt>Soort</dt><dd>{{kind .M.Kind}}</dd>
<dt>Taal</dt><dd>{{.M.Locale}}</dd>
<dt>Status</dt><dd>{{status .M.Status}}{{if .M.Attempts}} (pogingen: {{.M.Attempts}}){{end}}</dd>
{{if .M.LastError}}<dt>Laatste fout</dt><dd>{{.M.LastError}}</dd>{{end}}
</dl>
<h2>HTML-versie</h2>
<iframe title="HTML-versie van de mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="{{.SrcDoc}}"></iframe>
<h2>Tekstversie</h2>
<pre>{{.Text}}</pre>
</main></body></html>
`))

var devNotFound = template.Must(template.New("notfound").Parse(`<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Mail niet gevonden · Dev-mailbox</title>` + devStyle + `</head>
<body><main><h1>Mail niet gevonden</h1><p><a href="/dev/mail">← Alle mails</a></p></main></body></html>
`))
