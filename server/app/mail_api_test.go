package app_test

import (
	"slices"
	"strings"
	"testing"
)

// R15 through the API: texts per level with their sources, saving with validation at the
// field, preview with a chosen person, reset, and who may edit which level.
func TestMailTemplatesAPI(t *testing.T) {
	e := newEnv(t)
	prov := e.login(e.fx.ProviderUser)
	emp := e.login(e.fx.EmployerUserA1)

	r := e.gql(prov, `{mailTemplates(level:{scope:PROVIDER}){kind locale subjectSource}}`, nil)
	list, _ := dig(r.Data, "mailTemplates").([]any)
	if len(list) != 26 || dig(list, 0, "subjectSource") != "STANDARD" {
		t.Fatalf("13 kinds (7 to employees, 2 to staff, R43, 4 of leave requests, R31, R33) × 2 languages from the standard texts: %s", r.Raw)
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
