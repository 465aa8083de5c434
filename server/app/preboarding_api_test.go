package app_test

import (
	"context"
	"encoding/base64"
	"strings"
	"testing"

	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// R38 through the real handler: staff create a new hire, the candidate follows the
// invitation (R4: birth date, username, password), fills in the checklist with an ID
// photo, submits; staff return one item, the candidate corrects it, staff complete it;
// the same login then reads the new employment. The BSN is masked for the candidate and
// in full for MANAGE_PREBOARDING.
func TestPreboardingAPI(t *testing.T) {
	e := newEnv(t)
	sys := viewer.System(context.Background())
	for _, code := range []string{"MIJNLOKET", "MIJNLOKET_PREBOARDING"} {
		p := e.st.Client.Product.Query().Where(entproduct.Code(code)).OnlyX(sys)
		e.st.Client.ProductActivation.Create().SetEmployerID(e.fx.A1.ID).SetProductID(p.ID).
			SetActivatedAt(e.clk.Now().AddDate(0, 0, -10)).SetActivatedBy("usr_setup").ExecX(sys)
	}
	staff := e.login(e.fx.EmployerUserA1)
	const pb = `preboarding { id state bsn iban done items { item done remark } }`
	r := e.gql(staff, `mutation($in:CreatePreboardingInput!){createPreboarding(input:$in){`+pb+` userErrors{field code}}}`,
		map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "initials": "N.", "firstName": "Noor", "lastName": "Visser",
			"email": "noor.visser@prive.example", "birthDate": "1998-04-12", "firstDay": "2026-12-14", "jobTitle": "Monteur"}})
	noUserErrors(t, "createPreboarding", r, "createPreboarding")
	id, _ := dig(r.Data, "createPreboarding", "preboarding", "id").(string)
	if !strings.HasPrefix(id, "prb_") || dig(r.Data, "createPreboarding", "preboarding", "state") != "INVITED" {
		t.Fatalf("create: %s", r.Raw)
	}
	ms := e.outbox(mail.PreboardingInvitation, "noor.visser@prive.example")
	if len(ms) != 1 {
		t.Fatalf("%d invitation mails", len(ms))
	}
	tok := tokenOf(t, ms[0].TextBody)
	noUserErrors(t, "verifyInvitation", e.gql("", verifyQ, map[string]any{"t": tok, "b": "1998-04-12"}), "verifyInvitation")
	c := e.call("", completeQ, map[string]any{"t": tok, "u": "noor.visser", "p": empPassword})
	noUserErrors(t, "completeRegistration", c.gqlResponse, "completeRegistration")
	cand, _ := dig(c.Data, "completeRegistration", "accessToken").(string)

	save := `mutation($in:SavePreboardingInput!){savePreboarding(input:$in){` + pb + ` userErrors{field code}}}`
	r = e.gql(cand, save, map[string]any{"in": map[string]any{"bsn": "123456789"}})
	if dig(r.Data, "savePreboarding", "userErrors", 0, "code") != "INVALID_BSN" {
		t.Fatalf("a BSN failing the eleven test: %s", r.Raw)
	}
	r = e.gql(cand, save, map[string]any{"in": map[string]any{"phone": "0612345678", "nationality": "Nederlandse",
		"street": "Kerkstraat 1", "postalCode": "5301 AB", "city": "Zaltbommel", "country": "Nederland", "bsn": "111222333",
		"iban": "NL91ABNA0417164300", "taxCredit": true, "taxCreditFrom": "2026-12-14",
		"emergencyName": "Piet Visser", "emergencyPhone": "0687654321"}})
	noUserErrors(t, "savePreboarding", r, "savePreboarding")
	if dig(r.Data, "savePreboarding", "preboarding", "bsn") != "******333" {
		t.Fatalf("the candidate sees the BSN: %s", r.Raw)
	}
	upload := `mutation($in:UploadPreboardingDocumentInput!){uploadPreboardingDocument(input:$in){preboarding{done} userErrors{field code}}}`
	photo := append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"), make([]byte, 400)...)
	r = e.gql(cand, upload, map[string]any{"in": map[string]any{"side": "FRONT", "contentBase64": base64.StdEncoding.EncodeToString([]byte("<html>" + strings.Repeat("x", 100)))}})
	if dig(r.Data, "uploadPreboardingDocument", "userErrors", 0, "code") != "UNSUPPORTED_FILE_TYPE" {
		t.Fatalf("HTML as an ID photo: %s", r.Raw)
	}
	for _, side := range []string{"FRONT", "BACK"} {
		r = e.gql(cand, upload, map[string]any{"in": map[string]any{"side": side, "contentBase64": base64.StdEncoding.EncodeToString(photo)}})
		noUserErrors(t, "uploadPreboardingDocument", r, "uploadPreboardingDocument")
	}
	if dig(r.Data, "uploadPreboardingDocument", "preboarding", "done") != float64(7) {
		t.Fatalf("checklist not done: %s", r.Raw)
	}
	submit := `mutation{submitPreboarding{preboarding{state} userErrors{code}}}`
	noUserErrors(t, "submitPreboarding", e.gql(cand, submit, nil), "submitPreboarding")

	// Staff see the BSN in full and the photo; return the IBAN with a remark.
	r = e.gql(staff, `query($id:ID!){preboarding(id:$id){state bsn document(side:FRONT){contentType contentBase64}}}`, map[string]any{"id": id})
	if dig(r.Data, "preboarding", "bsn") != "111222333" || dig(r.Data, "preboarding", "document", "contentType") != "image/jpeg" {
		t.Fatalf("staff view: %s", r.Raw)
	}
	r = e.gql(staff, `mutation($in:ReturnPreboardingInput!){returnPreboarding(input:$in){preboarding{state} userErrors{code}}}`,
		map[string]any{"in": map[string]any{"id": id, "remarks": []any{map[string]any{"item": "IBAN", "remark": "Spaarrekening"}}}})
	noUserErrors(t, "returnPreboarding", r, "returnPreboarding")
	r = e.gql(cand, `{me{preboarding{state items{item remark}}}}`, nil)
	if dig(r.Data, "me", "preboarding", "state") != "RETURNED" || dig(r.Data, "me", "preboarding", "items", 3, "remark") != "Spaarrekening" {
		t.Fatalf("candidate after the return: %s", r.Raw)
	}
	noUserErrors(t, "savePreboarding", e.gql(cand, save, map[string]any{"in": map[string]any{"iban": "NL02ABNA0123456789"}}), "savePreboarding")
	noUserErrors(t, "submitPreboarding", e.gql(cand, submit, nil), "submitPreboarding")
	r = e.gql(staff, `mutation($in:PreboardingIdInput!){completePreboarding(input:$in){preboarding{state employmentId} userErrors{code}}}`,
		map[string]any{"in": map[string]any{"id": id}})
	noUserErrors(t, "completePreboarding", r, "completePreboarding")

	// The same login now reads the employment.
	r = e.gql(cand, `{me{employments{employeeNumber} preboarding{state}}}`, nil)
	if dig(r.Data, "me", "preboarding", "state") != "COMPLETED" || dig(r.Data, "me", "employments", 0, "employeeNumber") == nil {
		t.Fatalf("the employee after completion: %s", r.Raw)
	}
	if n := len(e.outbox(mail.PreboardingInvitation, "noor.visser@prive.example")); n != 1 {
		t.Errorf("%d invitations: completion must not invite again", n)
	}
}
