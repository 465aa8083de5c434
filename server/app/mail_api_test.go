package app_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/mail"
)

// R15 through the API: texts per level with their sources, saving with validation at the
// field, preview with a chosen person, reset, and who may edit which level.
func TestMailTemplatesAPI(t *testing.T) {
	e := newEnv(t)
	prov := e.login(e.fx.ProviderUser)
	emp := e.login(e.fx.EmployerUserA1)

	r := e.gql(prov, `{mailTemplates(level:{scope:PROVIDER}){kind locale subjectSource}}`, nil)
	list, _ := dig(r.Data, "mailTemplates").([]any)
	if len(list) != 46 || dig(list, 0, "subjectSource") != "STANDARD" {
		t.Fatalf("23 kinds (8 to employees with R37's IBAN mail, 2 to staff, R43, 4 of leave requests, R31, R33, 2 to verzuim contacts, R25, 4 to new hires, R38, 3 of routes and Mijn team, R34, R35) × 2 languages from the standard texts: %s", r.Raw)
	}

	set := `mutation($in:SetMailTemplateInput!){setMailTemplate(input:$in){
		template{subject subjectSource textBodySource} userErrors{field code}}}`
	// A variable the invitation does not have is refused at its field; nothing saved.
	r = e.gql(prov, set, map[string]any{"in": map[string]any{"level": map[string]any{"scope": "PROVIDER"},
		"kind": "INVITATION", "locale": "nl", "subject": "Welkom {{.Salaris}}"}})
	if dig(r.Data, "setMailTemplate", "userErrors", 0, "code") != "INVALID_TEMPLATE" ||
		!slices.Equal(toStrings(dig(r.Data, "setMailTemplate", "userErrors", 0, "field")), []string{"input", "subject"}) {
		t.Fatalf("unknown variable: %s", r.Raw)
	}
	r = e.gql(prov, set, map[string]any{"in": map[string]any{"level": map[string]any{"scope": "PROVIDER"},
		"kind": "INVITATION", "locale": "nl", "subject": "Welkom bij {{.EmployerName}}, {{.FirstName}}"}})
	if dig(r.Data, "setMailTemplate", "template", "subjectSource") != "PROVIDER" ||
		dig(r.Data, "setMailTemplate", "template", "textBodySource") != "STANDARD" {
		t.Fatalf("provider subject saved, text inherited: %s", r.Raw)
	}
	// The employer inherits the provider's subject.
	r = e.gql(emp, `query($id:ID){mailTemplates(level:{scope:EMPLOYER,employerId:$id}){kind locale subject subjectSource}}`,
		map[string]any{"id": e.fx.A1.ID})
	if dig(r.Data, "mailTemplates", 0, "subjectSource") != "PROVIDER" {
		t.Fatalf("employer level inherits the provider's subject: %.400s", r.Raw)
	}
	// An employer user may not edit the provider's level.
	r = e.gql(emp, set, map[string]any{"in": map[string]any{"level": map[string]any{"scope": "PROVIDER"},
		"kind": "INVITATION", "locale": "nl", "subject": "Anders {{.FirstName}}"}})
	if !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Fatalf("employer user at provider level: %s", r.Raw)
	}
	// Preview with a real person of the employer.
	r = e.gql(emp, `mutation($in:PreviewMailTemplateInput!){previewMailTemplate(input:$in){subject textBody userErrors{code}}}`,
		map[string]any{"in": map[string]any{"level": map[string]any{"scope": "EMPLOYER", "employerId": e.fx.A1.ID},
			"kind": "INVITATION", "locale": "nl", "personId": e.fx.PersonsA1[2].ID}})
	if s, _ := dig(r.Data, "previewMailTemplate", "subject").(string); s != "Welkom bij "+e.fx.A1.Name+", Anna" {
		t.Fatalf("preview with the person: %s", r.Raw)
	}
	// Another tenant's person cannot be previewed.
	r = e.gql(emp, `mutation($in:PreviewMailTemplateInput!){previewMailTemplate(input:$in){subject}}`,
		map[string]any{"in": map[string]any{"level": map[string]any{"scope": "EMPLOYER", "employerId": e.fx.A1.ID},
			"kind": "INVITATION", "locale": "nl", "personId": e.fx.PersonB1.ID}})
	if !slices.Contains(r.codes(), "NOT_FOUND") {
		t.Fatalf("preview with another tenant's person: %s", r.Raw)
	}
	// Reset brings the standard text back.
	r = e.gql(prov, `mutation{resetMailTemplate(input:{level:{scope:PROVIDER},kind:INVITATION,locale:nl}){template{subject subjectSource}}}`, nil)
	if dig(r.Data, "resetMailTemplate", "template", "subjectSource") != "STANDARD" ||
		strings.Contains(dig(r.Data, "resetMailTemplate", "template", "subject").(string), "Welkom bij") {
		t.Fatalf("reset: %s", r.Raw)
	}
	// Variables are described in the request's language (Dutch by default).
	r = e.gql(prov, `{mailVariables(kind:INVITATION){name description}}`, nil)
	if vs, _ := dig(r.Data, "mailVariables").([]any); len(vs) < 4 {
		t.Fatalf("variables: %s", r.Raw)
	}
	// The dev mailbox exists only in dev.
	r = e.gql(prov, `{devMailbox{to}}`, nil)
	if !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Fatalf("dev mailbox outside dev: %s", r.Raw)
	}
}

func toStrings(v any) []string {
	l, _ := v.([]any)
	out := make([]string, len(l))
	for i, x := range l {
		out[i], _ = x.(string)
	}
	return out
}

// R15 with the structured editor: the effective text comes as blocks; saving changed
// blocks at the employer builds both bodies in the house layout, and the next invitation
// carries the new paragraph. Blocks and hand-written bodies together are refused.
func TestStructuredMailTextAPI(t *testing.T) {
	e := newEnv(t)
	staff := e.login(e.fx.EmployerUserA1)
	level := map[string]any{"scope": "EMPLOYER", "employerId": e.fx.A1.ID}

	r := e.gql(staff, `query($l:MailTemplateLevelInput!){mailTemplates(level:$l){kind locale blocks{kind condition text items link}}}`,
		map[string]any{"l": level})
	var blocks []any
	for _, tpl := range dig(r.Data, "mailTemplates").([]any) {
		if dig(tpl, "kind") == "INVITATION" && dig(tpl, "locale") == "nl" {
			blocks, _ = dig(tpl, "blocks").([]any)
		}
	}
	if len(blocks) < 5 || dig(blocks, 2, "kind") != "BUTTON" || dig(blocks, 2, "link") != "Link" {
		t.Fatalf("the standard invitation as blocks: %s", r.Raw)
	}
	input := make([]any, 0, len(blocks))
	for i, b := range blocks {
		m := b.(map[string]any)
		if i == 1 {
			m["text"] = "{{.EmployerName}} nodigt je uit voor **Werkportaal**: loonstroken & jaaropgaven op één plek."
		}
		input = append(input, m)
	}
	set := `mutation($in:SetMailTemplateInput!){setMailTemplate(input:$in){template{textBodySource htmlBodySource blocks{text}} userErrors{field code}}}`
	r = e.gql(staff, set, map[string]any{"in": map[string]any{"level": level, "kind": "INVITATION", "locale": "nl", "blocks": input}})
	noUserErrors(t, "setMailTemplate", r, "setMailTemplate")
	if dig(r.Data, "setMailTemplate", "template", "htmlBodySource") != "EMPLOYER" ||
		dig(r.Data, "setMailTemplate", "template", "textBodySource") != "EMPLOYER" ||
		!strings.Contains(dig(r.Data, "setMailTemplate", "template", "blocks", 1, "text").(string), "**Werkportaal**") {
		t.Fatalf("saved as blocks: %s", r.Raw)
	}

	p := e.fx.PersonsA1[40]
	e.grantAndMailedToken(staff, p)
	m := e.outbox(mail.Invitation, *p.Email)[0]
	if !strings.Contains(m.HTMLBody, "nodigt je uit voor <strong>Werkportaal</strong>: loonstroken &amp; jaaropgaven") ||
		!strings.Contains(m.TextBody, "nodigt je uit voor Werkportaal: loonstroken & jaaropgaven") {
		t.Fatalf("the invitation does not carry the edited paragraph:\n%s\n%s", m.TextBody, m.HTMLBody)
	}

	// A block the editor cannot build: INVALID_TEMPLATE at htmlBody, nothing saved.
	bad := []any{map[string]any{"kind": "PARAGRAPH", "text": "Hoi {{.Salaris}}"}}
	r = e.gql(staff, set, map[string]any{"in": map[string]any{"level": level, "kind": "INVITATION", "locale": "nl", "blocks": bad}})
	if dig(r.Data, "setMailTemplate", "userErrors", 0, "code") != "INVALID_TEMPLATE" ||
		!slices.Equal(toStrings(dig(r.Data, "setMailTemplate", "userErrors", 0, "field")), []string{"input", "htmlBody"}) {
		t.Fatalf("unknown variable in a block: %s", r.Raw)
	}
	r = e.gql(staff, set, map[string]any{"in": map[string]any{"level": level, "kind": "INVITATION", "locale": "nl",
		"blocks": input, "htmlBody": "<p>{{.Link}}</p>"}})
	if dig(r.Data, "setMailTemplate", "userErrors", 0, "code") != "INVALID_TEMPLATE" {
		t.Fatalf("blocks and a body together: %s", r.Raw)
	}
	// The preview builds the draft blocks the same way.
	r = e.gql(staff, `mutation($in:PreviewMailTemplateInput!){previewMailTemplate(input:$in){htmlBody userErrors{code}}}`,
		map[string]any{"in": map[string]any{"level": level, "kind": "INVITATION", "locale": "nl", "blocks": input}})
	if h, _ := dig(r.Data, "previewMailTemplate", "htmlBody").(string); !strings.Contains(h, "<strong>Werkportaal</strong>") {
		t.Fatalf("preview of blocks: %.600s", r.Raw)
	}
	// A hand-written HTML body is advanced only: no blocks.
	r = e.gql(staff, set, map[string]any{"in": map[string]any{"level": level, "kind": "INVITATION", "locale": "nl",
		"htmlBody": `<div><a href="{{.Link}}">{{.FirstName}}</a></div>`}})
	if b := dig(r.Data, "setMailTemplate", "template", "blocks"); b != nil {
		t.Fatalf("hand-written HTML as blocks: %s", r.Raw)
	}
}
