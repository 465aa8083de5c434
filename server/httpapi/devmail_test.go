package httpapi_test

import (
	"context"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/server/httpapi"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/testworld"
)

const inviteLink = "https://werkportaal.test/werknemer/uitnodiging#Zx9_-abcDEF0123456789ghijklmnopqrstuvwxyzABCDEFGHIJ_-xyz"

// TestDevMailbox lists a queued mail and shows its bodies with the link clickable.
func TestDevMailbox(t *testing.T) {
	at := time.Date(2026, 11, 24, 9, 30, 0, 0, time.UTC)
	w := testworld.New(t, at)
	st, emp := w.Store, w.EmpA1
	if err := mail.EnqueueMany(context.Background(), st.Client, []mail.Message{{
		Kind: mail.Invitation, Locale: mail.NL, To: "sanne@example.nl",
		ProviderID: emp.ProviderID, EmployerID: emp.ID, PersonID: "per_test",
		Vars: map[string]string{
			"FirstName": "Sanne", "FullName": "Sanne de Vries", "EmployerName": emp.Name,
			"Link": inviteLink, "ExpiresAt": mail.FormatTime(at.Add(96*time.Hour), mail.NL),
		},
		QueuedAt: at,
	}}); err != nil {
		t.Fatal(err)
	}
	ms, err := mail.Recent(context.Background(), st.Client, "", 100)
	if err != nil || len(ms) != 1 {
		t.Fatalf("outbox: %v, %v", ms, err)
	}
	id := ms[0].ID
	srv := httptest.NewServer(httpapi.DevMailbox(st.Client))
	defer srv.Close()

	get := func(path string) (int, string, http.Header) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { _ = res.Body.Close() }()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b), res.Header
	}
	code, body, hdr := get("/dev/mail")
	if code != 200 || !strings.Contains(body, `lang="nl"`) || !strings.Contains(body, "sanne@example.nl") ||
		!strings.Contains(body, "Je toegang tot Werkportaal van Voorbeeld MKB") ||
		!strings.Contains(body, `href="/dev/mail/`+id+`"`) || !strings.Contains(body, "Uitnodiging") || !strings.Contains(body, "in de wachtrij") {
		t.Fatalf("list (%d):\n%s", code, body)
	}
	if !strings.Contains(hdr.Get("Content-Security-Policy"), "default-src 'none'") || hdr.Get("Cache-Control") != "no-store" {
		t.Errorf("headers: %v", hdr)
	}
	if _, body, _ := get("/dev/mail?aan=iemand-anders@example.nl"); strings.Contains(body, "sanne@example.nl</td>") {
		t.Error("the filter shows other addresses")
	}

	code, body, _ = get("/dev/mail/" + id)
	if code != 200 {
		t.Fatalf("show: %d", code)
	}
	// The HTML body sits escaped in a sandboxed srcdoc frame whose links open outside it.
	if !strings.Contains(body, `sandbox="allow-popups allow-popups-to-escape-sandbox"`) || !strings.Contains(body, `srcdoc="`) {
		t.Errorf("no sandboxed frame:\n%s", body)
	}
	i := strings.Index(body, `srcdoc="`) + len(`srcdoc="`)
	srcdoc := html.UnescapeString(body[i : i+strings.Index(body[i:], `"`)])
	if !strings.Contains(srcdoc, `<base target="_blank">`) || !strings.Contains(srcdoc, `href="`+inviteLink+`"`) {
		t.Errorf("srcdoc:\n%s", srcdoc)
	}
	// The text body with the link as a link.
	if !strings.Contains(body, `<a href="`+inviteLink+`" target="_blank" rel="noopener">`+inviteLink+`</a>`) {
		t.Errorf("text link not clickable:\n%s", body)
	}
	if code, _, _ := get("/dev/mail/out_01JZZZZZZZZZZZZZZZZZZZZZZZ"); code != 404 {
		t.Errorf("unknown mail: %d", code)
	}
}
