package app_test

import (
	"context"
	"testing"

	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// TestR46SetLanguageThroughTheAPI: the portal's language switch saves the employee's
// choice with setLanguage; me tells it; staff cannot use it; and a mail staff cause
// afterwards (block) goes out in the chosen language.
func TestR46SetLanguageThroughTheAPI(t *testing.T) {
	e := newPortalEnv(t)
	const meQ = `{me{language languageChosen}}`
	r := e.gql(e.bobTok, meQ, nil)
	if dig(r.Data, "me", "language") != "nl" || dig(r.Data, "me", "languageChosen") != false {
		t.Fatalf("before a choice: %s", r.Raw)
	}
	const setQ = `mutation($l: Language!){setLanguage(input:{language:$l}){language userErrors{code field}}}`
	r = e.gql(e.bobTok, setQ, map[string]any{"l": "en"})
	noUserErrors(t, "setLanguage", r, "setLanguage")
	if dig(r.Data, "setLanguage", "language") != "en" {
		t.Fatalf("setLanguage: %s", r.Raw)
	}
	r = e.gql(e.bobTok, meQ, nil)
	if dig(r.Data, "me", "language") != "en" || dig(r.Data, "me", "languageChosen") != true {
		t.Fatalf("after the choice: %s", r.Raw)
	}
	// A language the portal does not have is refused before anything runs.
	if r := e.gql(e.bobTok, setQ, map[string]any{"l": "de"}); len(r.Errors) == 0 {
		t.Errorf("language de accepted: %s", r.Raw)
	}
	// Staff save the language of the staff pages on their user, for the mails to them
	// (the handlers' leave digest, R33); an API client has none to choose.
	if r := e.gql(e.staffA1, setQ, map[string]any{"l": "en"}); dig(r.Data, "setLanguage", "language") != "en" {
		t.Errorf("staff setLanguage: %s", r.Raw)
	}
	if u := e.st.Client.User.Query().Where(user.Username(e.fx.EmployerUserA1)).OnlyX(viewer.System(context.Background())); u.Language == nil || string(*u.Language) != "en" {
		t.Errorf("staff language stored: %v", u.Language)
	}
	// Ann chose nothing: still Dutch.
	if r := e.gql(e.annTok, meQ, nil); dig(r.Data, "me", "language") != "nl" {
		t.Errorf("Ann's language: %s", r.Raw)
	}

	// Staff block Bob: the block mail is English.
	r = e.gql(e.staffA1, `mutation($p:ID!){blockAccess(input:{personId:$p}){userErrors{code}}}`, map[string]any{"p": e.bob.ID})
	noUserErrors(t, "blockAccess", r, "blockAccess")
	to := e.bob.Email
	if e.bobAcc.RegisteredEmail != nil {
		to = e.bobAcc.RegisteredEmail
	}
	ms := e.outbox(mail.AccessBlocked, *to)
	if len(ms) != 1 || string(ms[0].Locale) != "en" {
		t.Fatalf("block mails to Bob: %v", ms)
	}
	std, _ := mail.Standard(mail.AccessBlocked, mail.EN)
	if ms[0].Subject != std.Subject {
		t.Errorf("subject %q, want the English %q", ms[0].Subject, std.Subject)
	}
}
