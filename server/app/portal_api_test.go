package app_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/employment"
	"github.com/werkportaal/werkportaal/ent/outboxmail"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/graph"
	"github.com/werkportaal/werkportaal/graph/generated"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/dutch"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/pdf/pdftext"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The portal's content through the real HTTP handler (R20–R26): integrators publish,
// employees read what their employer's products include, downloads are authorised per
// request, and no other tenant's or employee's data is reachable.

var portalProducts = []string{"MIJNLOKET", "MIJNLOKET_DOCUMENTS", "MIJNLOKET_LEAVE_CARD", "MIJNLOKET_PERSONAL_DATA_VIEW", "MIJNLOKET_ABSENCE_REPORTING"}

// portalEnv is the harness with products: A1 and B1 have every portal feature, A2
// only MijnLoket (Start). Ann and Bob are employees of A1, Gijs of B1, Eva of A2.
type portalEnv struct {
	*env
	ann, bob, eva, gijs   *ent.Person
	annJob, bobJob        *ent.Employment
	annTok, bobTok        string
	evaTok, gijsTok       string
	integrator, staffA1   string
	staffA2, staffP2      string
	annAcc, bobAcc        *ent.Account
	evaJob, gijsJob       *ent.Employment
	noViewA1, providerTok string
}

func newPortalEnv(t *testing.T) *portalEnv {
	t.Helper()
	e := &portalEnv{env: newEnv(t)}
	sys := viewer.System(context.Background())
	c := e.st.Client
	for _, emp := range []*ent.Employer{e.fx.A1, e.fx.B1} {
		e.activate(emp, portalProducts...)
	}
	e.activate(e.fx.A2, "MIJNLOKET")
	e.ann, e.bob, e.eva, e.gijs = e.fx.PersonsA1[0], e.fx.PersonsA1[1], e.fx.PersonA2, e.fx.PersonB1
	e.annJob, e.bobJob, e.evaJob, e.gijsJob = e.jobOf(e.ann), e.jobOf(e.bob), e.jobOf(e.eva), e.fx.EmploymentB1
	e.annAcc = c.Account.Query().Where(account.PersonID(e.ann.ID)).OnlyX(sys)
	e.bobAcc = c.Account.Query().Where(account.PersonID(e.bob.ID)).OnlyX(sys)
	c.Account.UpdateOne(e.annAcc).SetNotifyNewDocuments(true).ExecX(sys)
	c.Account.Create().SetPersonID(e.eva.ID).
		SetState("ACTIVE").SetUsername("eva").SetUsernameKey("eva").ExecX(sys)
	e.annTok, e.bobTok, e.evaTok, e.gijsTok = e.employeeToken(e.ann), e.employeeToken(e.bob), e.employeeToken(e.eva), e.employeeToken(e.gijs)
	e.integrator = checkOAuthSuccess(t, e.oauthToken(http.MethodPost, e.clientForm(e.fx.APIClientSecret), "", ""))
	e.staffA1 = e.login(e.fx.EmployerUserA1)
	e.staffA2 = e.login(e.fx.EmployerUserA2)
	e.staffP2 = e.login(e.fx.ProviderUserP2)
	e.noViewA1 = e.login(e.fx.NoViewUserA1)
	e.providerTok = e.login(e.fx.ProviderUser)
	return e
}

func (e *portalEnv) activate(emp *ent.Employer, codes ...string) {
	sys := viewer.System(context.Background())
	for _, code := range codes {
		p := e.st.Client.Product.Query().Where(entproduct.Code(code)).OnlyX(sys)
		e.st.Client.ProductActivation.Create().SetEmployerID(emp.ID).SetProductID(p.ID).
			SetActivatedAt(e.clk.Now().AddDate(0, 0, -10)).SetActivatedBy("usr_setup").ExecX(sys)
	}
}

func (e *portalEnv) jobOf(p *ent.Person) *ent.Employment {
	return e.st.Client.Employment.Query().Where(employment.PersonID(p.ID)).FirstX(viewer.System(context.Background()))
}

func (e *portalEnv) employeeToken(p *ent.Person) string {
	e.t.Helper()
	sys := viewer.System(context.Background())
	a := e.st.Client.Account.Query().Where(account.PersonID(p.ID)).OnlyX(sys)
	tok, err := e.app.Auth.StartEmployeeSession(sys, a, p, auth.Meta{})
	if err != nil {
		e.t.Fatal(err)
	}
	return tok.AccessToken
}

const publishQ = `mutation($in: PublishPayslipsInput!){publishPayslips(input:$in){
	createdCount updatedCount payslips{id year period grossCents netCents lines{code amountCents category}}
	userErrors{field code message}}}`

func payslipVars(job *ent.Employment, year, month int, gross int, visibleFrom string) map[string]any {
	in := map[string]any{
		"employmentId": job.ID, "periodType": "MONTH", "year": year, "period": month,
		"runDate": fmt.Sprintf("%d-%02d-20", year, month), "grossCents": gross, "netCents": gross - gross/5 - 5000,
		"lines": []map[string]any{
			{"code": "1000", "description": "Salaris", "amountCents": gross, "category": "EARNINGS"},
			{"code": "5000", "description": "Loonheffing", "amountCents": gross / 5, "category": "DEDUCTIONS"},
			{"code": "5100", "description": "Pensioenpremie werknemer", "amountCents": 5000, "category": "DEDUCTIONS"},
			{"code": "4000", "description": "Reservering vakantietoeslag", "amountCents": gross * 8 / 100, "category": "RESERVATIONS"},
		},
	}
	if visibleFrom != "" {
		in["visibleFrom"] = visibleFrom
	}
	return in
}

func (e *portalEnv) publish(tok string, slips ...map[string]any) gqlResponse {
	e.t.Helper()
	r := e.gql(tok, publishQ, map[string]any{"in": map[string]any{"payslips": slips}})
	noUserErrors(e.t, "publishPayslips", r, "publishPayslips")
	return r
}

// get fetches a download with a bearer token.
func (e *portalEnv) get(tok, path string) (*http.Response, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, e.srv.URL+path, nil)
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	body, _ := io.ReadAll(res.Body)
	return res, body
}

const portalMeQ = `{me{features
	payslips(first:10){totalCount edges{node{id year period periodLabel grossCents netCents visibleFrom pdfUrl
		employment{employeeNumber} lines{code description amountCents category} totals{category totalCents}}}}
	salarySeries(months:24){year period label grossCents netCents}
	annualStatements{id year bsn wageForPayrollTaxCents pdfUrl}
	leaveBalances{leaveType entitlementHours remainingHours expiryDate}
	documents{totalCount edges{node{id title downloadUrl contentType}}}
	documentNotifications
	personalData{fullName birthDate privateEmail employments{employeeNumber}}
	sickReports{id} openSickReport{id}}}`

// An integrator publishes, the employee reads it all, re-publishing is idempotent.
func TestPortalPublishAndReadAPI(t *testing.T) {
	e := newPortalEnv(t)
	r := e.publish(e.integrator,
		payslipVars(e.annJob, 2026, 9, 300000, ""), payslipVars(e.annJob, 2026, 10, 300000, ""),
		payslipVars(e.annJob, 2026, 11, 310000, "2026-11-25"), // visible tomorrow
		payslipVars(e.bobJob, 2026, 10, 420000, ""))
	if dig(r.Data, "publishPayslips", "createdCount") != float64(4) || len(dig(r.Data, "publishPayslips", "payslips").([]any)) != 4 ||
		dig(r.Data, "publishPayslips", "payslips", 0, "lines", 1, "code") != "5000" {
		t.Fatalf("publish: %s", r.Raw)
	}
	first := dig(r.Data, "publishPayslips", "payslips", 1, "id")
	// Again, with a correction: same IDs, updated amounts, no duplicates.
	r = e.publish(e.staffA1, payslipVars(e.annJob, 2026, 10, 305000, ""))
	if dig(r.Data, "publishPayslips", "updatedCount") != float64(1) || dig(r.Data, "publishPayslips", "payslips", 0, "id") != first ||
		dig(r.Data, "publishPayslips", "payslips", 0, "grossCents") != float64(305000) {
		t.Fatalf("republish: %s", r.Raw)
	}
	if n := e.count(e.st.Client.Payslip.Query()); n != 4 {
		t.Errorf("%d payslips after republishing, want 4", n)
	}
	r = e.gql(e.integrator, `mutation($in:PublishAnnualStatementInput!){publishAnnualStatement(input:$in){created annualStatement{id} userErrors{code field}}}`,
		map[string]any{"in": map[string]any{"employmentId": e.annJob.ID, "year": 2025, "wageForPayrollTaxCents": 4100000,
			"withheldPayrollTaxCents": 900000, "labourTaxCreditCents": 500000, "zvwWageCents": 4100000, "payrollTaxCreditApplied": true, "bsn": "111222333"}})
	noUserErrors(t, "publishAnnualStatement", r, "publishAnnualStatement")
	r = e.gql(e.integrator, `mutation($in:SetLeaveBalancesInput!){setLeaveBalances(input:$in){leaveBalances{id remainingHours} userErrors{code field}}}`,
		map[string]any{"in": map[string]any{"balances": []map[string]any{
			{"employmentId": e.annJob.ID, "year": 2026, "leaveType": "STATUTORY", "entitlementHours": 152, "takenHours": 40, "plannedHours": 8, "expiryDate": "2027-07-01"},
			{"employmentId": e.annJob.ID, "year": 2026, "leaveType": "EXTRA_STATUTORY", "entitlementHours": 38, "takenHours": 0},
		}}})
	noUserErrors(t, "setLeaveBalances", r, "setLeaveBalances")
	if dig(r.Data, "setLeaveBalances", "leaveBalances", 0, "remainingHours") != float64(104) {
		t.Errorf("remaining hours: %s", r.Raw)
	}
	// Bad input is a userError with the path of the payslip.
	bad := payslipVars(e.annJob, 2026, 13, 1, "")
	bad["runDate"] = "2026-12-20"
	r = e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
	if dig(r.Data, "publishPayslips", "userErrors", 0, "code") != "INVALID_INPUT" ||
		fmt.Sprint(dig(r.Data, "publishPayslips", "userErrors", 0, "field")) != "[input payslips 0 period]" {
		t.Errorf("month 13: %s", r.Raw)
	}
	r = e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{payslipVars(e.gijsJob, 2026, 10, 1000, "")}}})
	if dig(r.Data, "publishPayslips", "userErrors", 0, "code") != "EMPLOYMENT_NOT_FOUND" {
		t.Errorf("another provider's employment: %s", r.Raw)
	}
	// An employee cannot publish; a staff user without the right neither.
	if r := e.gql(e.annTok, publishQ, map[string]any{"in": map[string]any{"payslips": []any{payslipVars(e.annJob, 2026, 1, 1, "")}}}); !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Errorf("employee publishes: %s", r.Raw)
	}

	// The employee's portal.
	r = e.gql(e.annTok, portalMeQ, nil)
	if len(r.Errors) != 0 {
		t.Fatalf("me: %s", r.Raw)
	}
	if got := toStrings(dig(r.Data, "me", "features")); !slices.Equal(got, []string{"SALARY_CHART", "PAYSLIPS", "ANNUAL_STATEMENTS", "DOCUMENTS", "LEAVE_CARD", "PERSONAL_DATA", "ABSENCE_REPORTING"}) {
		t.Errorf("features %v", got)
	}
	// November is visible only tomorrow: two payslips, newest first.
	if dig(r.Data, "me", "payslips", "totalCount") != float64(2) || dig(r.Data, "me", "payslips", "edges", 0, "node", "period") != float64(10) ||
		dig(r.Data, "me", "payslips", "edges", 0, "node", "periodLabel") != "oktober 2026" ||
		dig(r.Data, "me", "payslips", "edges", 0, "node", "grossCents") != float64(305000) ||
		dig(r.Data, "me", "payslips", "edges", 0, "node", "lines", 0, "description") != "Salaris" ||
		dig(r.Data, "me", "payslips", "edges", 0, "node", "totals", 1, "category") != "DEDUCTIONS" ||
		dig(r.Data, "me", "payslips", "edges", 0, "node", "totals", 1, "totalCents") != float64(305000/5+5000) {
		t.Errorf("me.payslips: %s", r.Raw)
	}
	if n := len(dig(r.Data, "me", "salarySeries").([]any)); n != 2 || dig(r.Data, "me", "salarySeries", 0, "label") != "september 2026" {
		t.Errorf("salary series: %s", r.Raw)
	}
	if dig(r.Data, "me", "annualStatements", 0, "bsn") != "111222333" || len(dig(r.Data, "me", "leaveBalances").([]any)) != 2 ||
		dig(r.Data, "me", "leaveBalances", 0, "expiryDate") != "2027-07-01" || dig(r.Data, "me", "documentNotifications") != true ||
		dig(r.Data, "me", "personalData", "privateEmail") != "anna1@example.nl" {
		t.Errorf("me: %s", r.Raw)
	}
	// A malformed date is BAD_REQUEST.
	bad["runDate"] = "2026-13-20"
	r = e.gql(e.integrator, publishQ, map[string]any{"in": map[string]any{"payslips": []any{bad}}})
	if !slices.Equal(r.codes(), []string{"BAD_REQUEST"}) {
		t.Errorf("malformed date: %s", r.Raw)
	}
	// The next day, November shows (new sessions: access tokens live minutes).
	e.clk.Advance(24 * time.Hour)
	e.annTok, e.bobTok, e.staffA1 = e.employeeToken(e.ann), e.employeeToken(e.bob), e.login(e.fx.EmployerUserA1)
	r = e.gql(e.annTok, `{me{payslips{totalCount}}}`, nil)
	if dig(r.Data, "me", "payslips", "totalCount") != float64(3) {
		t.Errorf("after the visible-from date: %s", r.Raw)
	}
	// Bob sees only his own.
	r = e.gql(e.bobTok, `{me{payslips{totalCount edges{node{grossCents}}}}}`, nil)
	if dig(r.Data, "me", "payslips", "totalCount") != float64(1) || dig(r.Data, "me", "payslips", "edges", 0, "node", "grossCents") != float64(420000) {
		t.Errorf("Bob's payslips: %s", r.Raw)
	}
	// Staff see a person's payslips, future ones included.
	r = e.gql(e.staffA1, `query($id:ID!){node(id:$id){... on Person{payslips{totalCount} annualStatements{year} leaveBalances{leaveType}}}}`, map[string]any{"id": e.ann.ID})
	if dig(r.Data, "node", "payslips", "totalCount") != float64(3) || len(r.Errors) != 0 {
		t.Errorf("staff: person payslips: %s", r.Raw)
	}
}

// R20, R22: a feature the employer has not activated answers FEATURE_NOT_ACTIVE at the
// field's path; the rest of me stays; node(id:) is gated the same way.
func TestPortalGatingAPI(t *testing.T) {
	e := newPortalEnv(t)
	e.publish(e.integrator, payslipVars(e.evaJob, 2026, 10, 300000, ""))
	doc := e.addDocument(e.staffA2, e.fx.A2.ID, e.eva.ID, true)
	r := e.gql(e.evaTok, `{me{features payslips{totalCount} documents{totalCount} leaveBalances{id} personalData{fullName}
		sickReports{id} documentNotifications salarySeries{period}}}`, nil)
	if got := toStrings(dig(r.Data, "me", "features")); !slices.Equal(got, []string{"SALARY_CHART", "PAYSLIPS", "ANNUAL_STATEMENTS"}) {
		t.Errorf("A2 features: %v", got)
	}
	if dig(r.Data, "me", "payslips", "totalCount") != float64(1) || len(dig(r.Data, "me", "salarySeries").([]any)) != 1 {
		t.Errorf("Start features: %s", r.Raw)
	}
	gated := map[string]bool{}
	for _, er := range r.Errors {
		if er.Extensions["code"] != "FEATURE_NOT_ACTIVE" || len(er.Path) != 2 || er.Path[0] != "me" {
			t.Errorf("unexpected error %+v", er)
			continue
		}
		gated[er.Path[1].(string)] = true
		if dig(r.Data, "me", er.Path[1]) != nil {
			t.Errorf("%v has data despite FEATURE_NOT_ACTIVE", er.Path)
		}
	}
	for _, f := range []string{"documents", "leaveBalances", "personalData", "sickReports", "documentNotifications"} {
		if !gated[f] {
			t.Errorf("%s is not FEATURE_NOT_ACTIVE: %s", f, r.Raw)
		}
	}
	r = e.gql(e.evaTok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": doc})
	if !slices.Equal(r.codes(), []string{"FEATURE_NOT_ACTIVE"}) {
		t.Errorf("node(document) without the feature: %s", r.Raw)
	}
	r = e.gql(e.evaTok, `mutation{reportSick(input:{firstSickDay:"2026-11-24"}){sickReport{id} userErrors{code}}}`, nil)
	if !slices.Equal(r.codes(), []string{"FEATURE_NOT_ACTIVE"}) {
		t.Errorf("reportSick without the feature: %s", r.Raw)
	}
	if res, _ := e.get(e.evaTok, documents.DocumentURL(doc)); res.StatusCode != http.StatusForbidden {
		t.Errorf("download without the feature: %d", res.StatusCode)
	}
}

func (e *portalEnv) addDocument(tok, employerID, personID string, visible bool) string {
	e.t.Helper()
	in := map[string]any{"employerId": employerID, "category": "CONTRACT", "title": "Arbeidsovereenkomst",
		"contentBase64": base64.StdEncoding.EncodeToString(pdfDoc), "visibleToEmployee": visible}
	if personID != "" {
		in["personId"] = personID
	}
	r := e.gql(tok, addDocQ, map[string]any{"in": in})
	noUserErrors(e.t, "addDocument", r, "addDocument")
	return dig(r.Data, "addDocument", "document", "id").(string)
}

const addDocQ = `mutation($in:AddDocumentInput!){addDocument(input:$in){document{id title fileName contentType sizeBytes visibleToEmployee downloadUrl person{id}} notifiedCount userErrors{field code message}}}`

var pdfDoc = []byte("%PDF-1.4\n% Werkportaal test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

// Downloads: the bearer token decides; another employee's or tenant's ID is 404;
// headers say attachment, the Dutch file name, and no caching.
func TestDownloadsAPI(t *testing.T) {
	e := newPortalEnv(t)
	r := e.publish(e.integrator, payslipVars(e.annJob, 2026, 10, 345678, ""))
	slip := dig(r.Data, "publishPayslips", "payslips", 0, "id").(string)
	r = e.gql(e.integrator, `mutation($in:PublishAnnualStatementInput!){publishAnnualStatement(input:$in){annualStatement{id pdfUrl} userErrors{code}}}`,
		map[string]any{"in": map[string]any{"employmentId": e.annJob.ID, "year": 2025, "wageForPayrollTaxCents": 4100000,
			"withheldPayrollTaxCents": 900000, "labourTaxCreditCents": 500000, "zvwWageCents": 4100000, "payrollTaxCreditApplied": true, "bsn": "111222333"}})
	statement := dig(r.Data, "publishAnnualStatement", "annualStatement", "id").(string)
	doc := e.addDocument(e.staffA1, e.fx.A1.ID, e.ann.ID, true)
	hidden := e.addDocument(e.staffA1, e.fx.A1.ID, e.ann.ID, false)

	r = e.gql(e.annTok, `{me{payslips{edges{node{pdfUrl}}} annualStatements{pdfUrl} documents{edges{node{downloadUrl}}}}}`, nil)
	payslipURL := dig(r.Data, "me", "payslips", "edges", 0, "node", "pdfUrl")
	if payslipURL != "/downloads/payslips/"+slip+".pdf" || dig(r.Data, "me", "annualStatements", 0, "pdfUrl") != "/downloads/annual-statements/"+statement+".pdf" ||
		dig(r.Data, "me", "documents", "edges", 0, "node", "downloadUrl") != "/downloads/documents/"+doc {
		t.Fatalf("download URLs: %s", r.Raw)
	}

	for _, tc := range []struct {
		path, file, ctype string
		check             func(body []byte)
	}{
		{read.PayslipURL(slip), "loonstrook-2026-10.pdf", "application/pdf", func(body []byte) {
			text, err := pdftext.Text(body)
			if err != nil || !strings.Contains(text, "Nettoloon") || !strings.Contains(text, dutch.FormatEuro(345678-345678/5-5000)) ||
				strings.Contains(text, "111222333") || bytes.Contains(body, []byte("111222333")) {
				t.Errorf("payslip PDF text (err %v):\n%s", err, text)
			}
		}},
		{read.AnnualStatementURL(statement), "jaaropgave-2025.pdf", "application/pdf", func(body []byte) {
			if text, _ := pdftext.Text(body); !strings.Contains(text, "111222333") || !strings.Contains(text, "€ 41.000,00") {
				t.Errorf("annual statement PDF text:\n%s", text)
			}
		}},
		{documents.DocumentURL(doc), "arbeidsovereenkomst.pdf", "application/pdf", func(body []byte) {
			if !bytes.Equal(body, pdfDoc) {
				t.Errorf("document bytes differ")
			}
		}},
	} {
		for _, tok := range []string{e.annTok, e.staffA1, e.providerTok, e.integrator} {
			res, body := e.get(tok, tc.path)
			if res.StatusCode != http.StatusOK {
				t.Errorf("GET %s: %d %s", tc.path, res.StatusCode, body)
				continue
			}
			_, params, err := mime.ParseMediaType(res.Header.Get("Content-Disposition"))
			if err != nil || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || params["filename"] != tc.file {
				t.Errorf("GET %s: Content-Disposition %q", tc.path, res.Header.Get("Content-Disposition"))
			}
			if res.Header.Get("Content-Type") != tc.ctype || res.Header.Get("Cache-Control") != "private, no-store" ||
				res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Content-Length") != fmt.Sprint(len(body)) {
				t.Errorf("GET %s: headers %v", tc.path, res.Header)
			}
			tc.check(body)
		}
		// Another employee, another employer, another provider: 404, nothing of it leaks.
		// (Eva's employer has no documents: she gets FEATURE_NOT_ACTIVE there, below.)
		outsiders := []string{e.bobTok, e.gijsTok, e.staffA2, e.staffP2}
		if tc.path != documents.DocumentURL(doc) {
			outsiders = append(outsiders, e.evaTok)
		}
		for _, tok := range outsiders {
			res, body := e.get(tok, tc.path)
			if res.StatusCode != http.StatusNotFound || bytes.Contains(body, []byte("%PDF")) || res.Header.Get("Content-Disposition") != "" {
				t.Errorf("GET %s by an outsider: %d %s", tc.path, res.StatusCode, body)
			}
		}
		if res, _ := e.get(e.noViewA1, tc.path); res.StatusCode != http.StatusForbidden {
			t.Errorf("GET %s without VIEW_EMPLOYEES: %d", tc.path, res.StatusCode)
		}
		if res, _ := e.get("", tc.path); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET %s without a token: %d", tc.path, res.StatusCode)
		}
		if res, _ := e.get("not-a-token", tc.path); res.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET %s with a bad token: %d", tc.path, res.StatusCode)
		}
	}
	for _, path := range []string{
		documents.DocumentURL(hidden),         // not visible to the employee
		"/downloads/payslips/" + slip,         // no .pdf
		"/downloads/payslips/" + doc + ".pdf", // a document's ID as a payslip
		"/downloads/documents/doc_01JZZZZZZZZZZZZZZZZZZZZZZZ",
		"/downloads/other/" + slip,
	} {
		if res, _ := e.get(e.annTok, path); res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, res.StatusCode)
		}
	}
	// Blocked: the token dies at once, downloads too (R6).
	r = e.gql(e.staffA1, blockQ, map[string]any{"p": e.ann.ID})
	noUserErrors(t, "block", r, "blockAccess")
	if res, _ := e.get(e.annTok, read.PayslipURL(slip)); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("download after block: %d", res.StatusCode)
	}
}

// Every new type is isolated per tenant and per employee through node(id:),
// nodes(ids:) and the connections.
func TestPortalTenantIsolationAPI(t *testing.T) {
	e := newPortalEnv(t)
	r := e.publish(e.integrator, payslipVars(e.annJob, 2026, 10, 300000, ""))
	slip := dig(r.Data, "publishPayslips", "payslips", 0, "id").(string)
	r = e.gql(e.integrator, `mutation($in:PublishAnnualStatementInput!){publishAnnualStatement(input:$in){annualStatement{id}}}`,
		map[string]any{"in": map[string]any{"employmentId": e.annJob.ID, "year": 2025, "wageForPayrollTaxCents": 1,
			"withheldPayrollTaxCents": 1, "labourTaxCreditCents": 1, "zvwWageCents": 1, "payrollTaxCreditApplied": true, "bsn": "111222333"}})
	statement := dig(r.Data, "publishAnnualStatement", "annualStatement", "id").(string)
	r = e.gql(e.integrator, `mutation($in:SetLeaveBalancesInput!){setLeaveBalances(input:$in){leaveBalances{id}}}`,
		map[string]any{"in": map[string]any{"balances": []map[string]any{{"employmentId": e.annJob.ID, "year": 2026, "leaveType": "STATUTORY", "entitlementHours": 152, "takenHours": 0}}}})
	balance := dig(r.Data, "setLeaveBalances", "leaveBalances", 0, "id").(string)
	doc := e.addDocument(e.staffA1, e.fx.A1.ID, e.ann.ID, true)
	forAll := e.addDocument(e.staffA1, e.fx.A1.ID, "", true)
	r = e.gql(e.annTok, `mutation{reportSick(input:{firstSickDay:"2026-11-23", hoursWorked: 4}){sickReport{id} userErrors{code}}}`, nil)
	noUserErrors(t, "reportSick", r, "reportSick")
	sick := dig(r.Data, "reportSick", "sickReport", "id").(string)
	ids := []string{slip, statement, balance, doc, sick}

	// Owners see them.
	for _, tok := range []string{e.annTok, e.staffA1, e.providerTok} {
		r = e.gql(tok, `query($ids:[ID!]!){nodes(ids:$ids){id}}`, map[string]any{"ids": ids})
		for i, id := range ids {
			if dig(r.Data, "nodes", i, "id") != id {
				t.Errorf("owner does not see %s: %s", id, r.Raw)
			}
		}
	}
	// Others get NOT_FOUND for each, the same as for an unknown ID.
	for name, tok := range map[string]string{"Bob (same employer)": e.bobTok, "A2 staff": e.staffA2, "P2 staff": e.staffP2, "Gijs (B1)": e.gijsTok} {
		for _, id := range ids {
			r = e.gql(tok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id})
			if dig(r.Data, "node") != nil || !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
				t.Errorf("%s: node(%s): %s", name, id, r.Raw)
			}
		}
	}
	// Bob sees the document for everyone but not Ann's; his connections hold only his own.
	r = e.gql(e.bobTok, `{me{documents{totalCount edges{node{id}}} payslips{totalCount} sickReports{id}}}`, nil)
	if dig(r.Data, "me", "documents", "totalCount") != float64(1) || dig(r.Data, "me", "documents", "edges", 0, "node", "id") != forAll ||
		dig(r.Data, "me", "payslips", "totalCount") != float64(0) || len(dig(r.Data, "me", "sickReports").([]any)) != 0 {
		t.Errorf("Bob's me: %s", r.Raw)
	}
	// Bob reaching Ann's person: not found, so not her payslips either.
	r = e.gql(e.bobTok, `query($id:ID!){node(id:$id){... on Person{payslips{totalCount}}}}`, map[string]any{"id": e.ann.ID})
	if dig(r.Data, "node") != nil {
		t.Errorf("Bob reaches Ann: %s", r.Raw)
	}
	// Staff of another employer: the overview and edges on their own employer are empty,
	// and A1's employer is not found.
	r = e.gql(e.staffA2, `query($id:ID!){employer(id:$id){sickReports{totalCount} documents{totalCount}}}`, map[string]any{"id": e.fx.A2.ID})
	if dig(r.Data, "employer", "sickReports", "totalCount") != float64(0) || dig(r.Data, "employer", "documents", "totalCount") != float64(0) {
		t.Errorf("A2 overview: %s", r.Raw)
	}
	r = e.gql(e.staffA2, `query($id:ID!){employer(id:$id){sickReports{totalCount}}}`, map[string]any{"id": e.fx.A1.ID})
	if dig(r.Data, "employer") != nil {
		t.Errorf("A2 staff see A1: %s", r.Raw)
	}
	r = e.gql(e.staffA1, `query($id:ID!){employer(id:$id){sickReports(open:true){totalCount edges{node{id open firstSickDay hoursWorked reportedByKind person{fullName}}}} documents{totalCount}}}`, map[string]any{"id": e.fx.A1.ID})
	if dig(r.Data, "employer", "sickReports", "totalCount") != float64(1) || dig(r.Data, "employer", "sickReports", "edges", 0, "node", "id") != sick ||
		dig(r.Data, "employer", "sickReports", "edges", 0, "node", "hoursWorked") != float64(4) ||
		dig(r.Data, "employer", "documents", "totalCount") != float64(1) {
		t.Errorf("A1 overview: %s", r.Raw)
	}
	// An employee asking the overview through their employer is refused.
	r = e.gql(e.annTok, `{me{employer{sickReports{totalCount}}}}`, nil)
	if !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Errorf("employee reads the overview: %s", r.Raw)
	}
	// Staff without VIEW_EMPLOYEES see no sick reports.
	r = e.gql(e.noViewA1, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": sick})
	if dig(r.Data, "node") != nil {
		t.Errorf("no VIEW_EMPLOYEES: %s", r.Raw)
	}
}

// R26 through the API: upload (multipart and base64) with limits, the visibility
// switch, and the new-document mail to employees who opted in, once.
func TestDocumentUploadAndMailAPI(t *testing.T) {
	e := newPortalEnv(t)
	// Multipart upload (GraphQL multipart request spec).
	status, body := e.upload(e.staffA1, map[string]any{"employerId": e.fx.A1.ID, "personId": e.ann.ID, "category": "CONTRACT",
		"title": "Arbeidsovereenkomst Ann", "file": nil}, "contract.pdf", "application/pdf", pdfDoc)
	var r gqlResponse
	_ = json.Unmarshal(body, &r)
	if status != http.StatusOK || len(r.Errors) != 0 || dig(r.Data, "addDocument", "document", "fileName") != "contract.pdf" ||
		dig(r.Data, "addDocument", "document", "sizeBytes") != float64(len(pdfDoc)) || dig(r.Data, "addDocument", "notifiedCount") != float64(0) {
		t.Fatalf("multipart upload: %d %s", status, body)
	}
	id := dig(r.Data, "addDocument", "document", "id").(string)
	// Too large and wrong type are clear userErrors.
	big := append(append([]byte{}, pdfDoc...), make([]byte, documents.MaxDocumentSize)...)
	status, body = e.upload(e.staffA1, map[string]any{"employerId": e.fx.A1.ID, "category": "OTHER", "title": "Groot", "file": nil}, "groot.pdf", "application/pdf", big)
	_ = json.Unmarshal(body, &r)
	if status != http.StatusOK || dig(r.Data, "addDocument", "userErrors", 0, "code") != "FILE_TOO_LARGE" {
		t.Errorf("10 MiB + 1: %d %.300s", status, body)
	}
	status, body = e.upload(e.staffA1, map[string]any{"employerId": e.fx.A1.ID, "category": "OTHER", "title": "Script", "file": nil}, "x.pdf", "application/pdf", []byte("<script>alert(1)</script>"))
	_ = json.Unmarshal(body, &r)
	if dig(r.Data, "addDocument", "userErrors", 0, "code") != "UNSUPPORTED_FILE_TYPE" {
		t.Errorf("HTML as PDF: %d %s", status, body)
	}
	// Far too large: refused before GraphQL; and a JSON body keeps its 1 MiB limit.
	status, _ = e.upload(e.staffA1, map[string]any{"employerId": e.fx.A1.ID, "category": "OTHER", "title": "Te groot", "file": nil}, "g.pdf", "application/pdf", make([]byte, 13<<20))
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("13 MiB multipart: %d", status)
	}
	r = e.gql(e.staffA1, addDocQ, map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "category": "OTHER", "title": "b64",
		"contentBase64": "not base64!"}})
	if dig(r.Data, "addDocument", "userErrors", 0, "code") != "INVALID_INPUT" {
		t.Errorf("bad base64: %s", r.Raw)
	}
	if n := e.count(e.st.Client.Document.Query()); n != 1 {
		t.Errorf("%d documents stored; only the good upload should be", n)
	}
	// Employees cannot upload.
	r = e.gql(e.annTok, addDocQ, map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "category": "OTHER", "title": "Mijn scan",
		"contentBase64": base64.StdEncoding.EncodeToString(pdfDoc)}})
	if !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Errorf("employee uploads: %s", r.Raw)
	}

	// Ann cannot see it yet; making it visible mails her (she opted in), once.
	if r := e.gql(e.annTok, `{me{documents{totalCount}}}`, nil); dig(r.Data, "me", "documents", "totalCount") != float64(0) {
		t.Errorf("hidden document visible: %s", r.Raw)
	}
	visQ := `mutation($id:ID!,$v:Boolean!){setDocumentVisibility(input:{documentId:$id,visibleToEmployee:$v}){document{visibleToEmployee} notifiedCount userErrors{code}}}`
	r = e.gql(e.staffA1, visQ, map[string]any{"id": id, "v": true})
	if dig(r.Data, "setDocumentVisibility", "notifiedCount") != float64(1) {
		t.Fatalf("make visible: %s", r.Raw)
	}
	ms := e.outbox("NEW_DOCUMENT", "anna0@privé.example")
	if len(ms) != 1 || !strings.Contains(ms[0].TextBody, "Arbeidsovereenkomst Ann") || ms[0].Kind != outboxmail.KindNEW_DOCUMENT {
		t.Errorf("new-document mails: %v", ms)
	}
	e.gql(e.staffA1, visQ, map[string]any{"id": id, "v": false})
	r = e.gql(e.staffA1, visQ, map[string]any{"id": id, "v": true})
	if dig(r.Data, "setDocumentVisibility", "notifiedCount") != float64(0) || len(e.outbox("NEW_DOCUMENT", "anna0@privé.example")) != 1 {
		t.Errorf("visible again mailed again: %s", r.Raw)
	}
	if r := e.gql(e.annTok, `{me{documents{totalCount}}}`, nil); dig(r.Data, "me", "documents", "totalCount") != float64(1) {
		t.Errorf("visible document not visible: %s", r.Raw)
	}
	// Another employer's staff cannot switch it.
	r = e.gql(e.staffA2, visQ, map[string]any{"id": id, "v": false})
	if !slices.Equal(r.codes(), []string{"NOT_FOUND"}) {
		t.Errorf("A2 switches A1's document: %s", r.Raw)
	}
	// Bob switches the mail on for himself; then a visible document for him mails him.
	r = e.gql(e.bobTok, `mutation{setDocumentNotifications(input:{enabled:true}){enabled userErrors{code}}}`, nil)
	noUserErrors(t, "setDocumentNotifications", r, "setDocumentNotifications")
	e.addDocument(e.staffA1, e.fx.A1.ID, e.bob.ID, true)
	if ms := e.outbox("NEW_DOCUMENT", "anna1@privé.example"); len(ms) != 1 {
		t.Errorf("Bob got %d mails", len(ms))
	}
}

// upload posts addDocument as a GraphQL multipart request with the file at input.file.
func (e *portalEnv) upload(tok string, input map[string]any, name, ctype string, data []byte) (int, []byte) {
	e.t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	ops, _ := json.Marshal(map[string]any{"query": addDocQ, "variables": map[string]any{"in": input}})
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.in.file"]}`)
	h := make(map[string][]string)
	h["Content-Disposition"] = []string{fmt.Sprintf(`form-data; name="0"; filename=%q`, name)}
	h["Content-Type"] = []string{ctype}
	part, _ := w.CreatePart(h)
	_, _ = part.Write(data)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, body
}

// R25 through the API: Ziek melden and Hersteld melden with their checks; the employer
// sees the report at once.
func TestSickReportAPI(t *testing.T) {
	e := newPortalEnv(t)
	sickQ := `mutation($d:Date!,$h:Float){reportSick(input:{firstSickDay:$d,hoursWorked:$h}){sickReport{id open firstSickDay hoursWorked reportedByName} userErrors{field code}}}`
	recQ := `mutation($d:Date!){reportRecovered(input:{recoveryDate:$d}){sickReport{id open recoveryDate} userErrors{field code}}}`
	for _, tc := range []struct {
		day   string
		hours any
		code  string
		field string
	}{
		{"2026-11-25", nil, "FIRST_SICK_DAY_IN_FUTURE", "[input firstSickDay]"},
		{"2026-11-24", 25, "HOURS_WORKED_OUT_OF_RANGE", "[input hoursWorked]"},
		{"2026-11-24", -1, "HOURS_WORKED_OUT_OF_RANGE", "[input hoursWorked]"},
	} {
		r := e.gql(e.annTok, sickQ, map[string]any{"d": tc.day, "h": tc.hours})
		if dig(r.Data, "reportSick", "userErrors", 0, "code") != tc.code || fmt.Sprint(dig(r.Data, "reportSick", "userErrors", 0, "field")) != tc.field {
			t.Errorf("reportSick(%s, %v): %s", tc.day, tc.hours, r.Raw)
		}
	}
	r := e.gql(e.annTok, sickQ, map[string]any{"d": "2026-11-20", "h": 2.5})
	noUserErrors(t, "reportSick", r, "reportSick")
	if dig(r.Data, "reportSick", "sickReport", "open") != true || dig(r.Data, "reportSick", "sickReport", "hoursWorked") != 2.5 ||
		dig(r.Data, "reportSick", "sickReport", "reportedByName") != "Anna Persoon1" {
		t.Errorf("report: %s", r.Raw)
	}
	r = e.gql(e.annTok, sickQ, map[string]any{"d": "2026-11-24"})
	if dig(r.Data, "reportSick", "userErrors", 0, "code") != "ALREADY_REPORTED_SICK" {
		t.Errorf("second report: %s", r.Raw)
	}
	// The employer sees it at once, on the person and in the overview.
	r = e.gql(e.staffA1, `query($id:ID!,$p:ID!){employer(id:$id){sickReports(open:true){totalCount}} node(id:$p){... on Person{sickReports{firstSickDay open}}}}`,
		map[string]any{"id": e.fx.A1.ID, "p": e.ann.ID})
	if dig(r.Data, "employer", "sickReports", "totalCount") != float64(1) || dig(r.Data, "node", "sickReports", 0, "firstSickDay") != "2026-11-20" {
		t.Errorf("staff view: %s", r.Raw)
	}
	r = e.gql(e.annTok, recQ, map[string]any{"d": "2026-11-19"})
	if dig(r.Data, "reportRecovered", "userErrors", 0, "code") != "RECOVERY_BEFORE_FIRST_SICK_DAY" {
		t.Errorf("recovery before first day: %s", r.Raw)
	}
	r = e.gql(e.annTok, recQ, map[string]any{"d": "2026-11-25"})
	noUserErrors(t, "reportRecovered", r, "reportRecovered")
	if dig(r.Data, "reportRecovered", "sickReport", "open") != false || dig(r.Data, "reportRecovered", "sickReport", "recoveryDate") != "2026-11-25" {
		t.Errorf("recovered: %s", r.Raw)
	}
	r = e.gql(e.annTok, recQ, map[string]any{"d": "2026-11-26"})
	if dig(r.Data, "reportRecovered", "userErrors", 0, "code") != "NOT_REPORTED_SICK" {
		t.Errorf("second recovery: %s", r.Raw)
	}
	// Staff do not report through the employee mutations.
	r = e.gql(e.staffA1, sickQ, map[string]any{"d": "2026-11-24"})
	if !slices.Contains(r.codes(), "FORBIDDEN") {
		t.Errorf("staff reportSick: %s", r.Raw)
	}
}

// R25: nothing in the API can carry a diagnosis: the sick report, its inputs and its
// payload have exactly these fields.
func TestSchemaHasNoDiagnosisField(t *testing.T) {
	s := generated.NewExecutableSchema(*graph.NewSchema(&graph.Resolver{})).Schema()
	want := map[string][]string{
		"SickReport": {"createdAt", "firstSickDay", "hoursWorked", "id", "open", "partialRecoveries", "person", "poortwachter",
			"recoveryDate", "recoveryReportedAt", "recoveryReportedByName", "reportedAt", "reportedByKind", "reportedByName", "updatedAt"},
		"PartialRecovery": {"createdAt", "fromDate", "hoursPerWeek", "id", "percentage", "recordedAt", "recordedByKind", "recordedByName",
			"sickReport", "updatedAt"},
		"StaffReportSickInput": {"firstSickDay", "hoursWorked", "personId"},
		"ReportSickInput":      {"firstSickDay", "hoursWorked"},
		"ReportRecoveredInput": {"recoveryDate"},
		"SickReportPayload":    {"sickReport", "userErrors"},
	}
	for typ, fields := range want {
		def := s.Types[typ]
		if def == nil {
			t.Fatalf("schema has no %s", typ)
		}
		var got []string
		for _, f := range def.Fields {
			got = append(got, f.Name)
		}
		slices.Sort(got)
		if !slices.Equal(got, fields) {
			t.Errorf("%s has fields %v, want exactly %v", typ, got, fields)
		}
	}
}

// A page of payslips with their lines, totals and employment costs the same number of
// SQL statements for 2 payslips as for 12 (no N+1).
func TestPayslipsPageStatementCount(t *testing.T) {
	e := newPortalEnv(t)
	var slips []map[string]any
	for m := 1; m <= 11; m++ {
		slips = append(slips, payslipVars(e.annJob, 2026, m, 300000+m, ""))
	}
	slips = append(slips, payslipVars(e.annJob, 2025, 12, 290000, ""))
	e.publish(e.integrator, slips...)
	q := `query($n:Int!){me{features payslips(first:$n){totalCount edges{node{id periodLabel grossCents netCents pdfUrl
		employment{employeeNumber jobTitle} lines{code description amountCents category} totals{category totalCents}}}}
		salarySeries{grossCents}}}`
	statements := func(n int) int64 {
		before := e.stmts.Load()
		r := e.gql(e.annTok, q, map[string]any{"n": n})
		if len(r.Errors) > 0 {
			t.Fatalf("page of %d: %s", n, r.Raw)
		}
		if edges, _ := dig(r.Data, "me", "payslips", "edges").([]any); len(edges) != n || dig(edges, n-1, "node", "lines", 3, "code") != "4000" {
			t.Fatalf("page of %d: %.400s", n, r.Raw)
		}
		return e.stmts.Load() - before
	}
	s2, s12 := statements(2), statements(12)
	t.Logf("statements per page: 2 payslips → %d, 12 → %d", s2, s12)
	if s2 != s12 {
		t.Fatalf("statements grow with the page: 2 → %d, 12 → %d", s2, s12)
	}
	// Sign-in and me (session, account, person ×2, employer, employments, account: 7),
	// then the features, count, page, employments, lines and the salary series: 6.
	if s2 > 13 {
		t.Fatalf("%d statements for one page; expected at most 13", s2)
	}
}

// A batch of 500 payslips (the schema's maximum) is over the 1 MiB JSON limit of staff
// and employees; integrators have their own, larger limit. An invalid token never gets
// the larger limit: it is refused before its body is read.
func TestIntegratorBatchOverOneMiB(t *testing.T) {
	e := newPortalEnv(t)
	var slips []any
	for year := 2006; len(slips) < 500; year++ {
		for month := 1; month <= 12 && len(slips) < 500; month++ {
			s := payslipVars(e.annJob, year, month, 350000, "")
			lines := s["lines"].([]map[string]any)
			for i := len(lines); i < 24; i++ {
				lines = append(lines, map[string]any{"code": fmt.Sprint(6000 + i), "description": "Vergoeding woon-werkverkeer", "amountCents": 1234, "category": "EARNINGS"})
			}
			s["lines"] = lines
			slips = append(slips, s)
		}
	}
	body, _ := json.Marshal(map[string]any{"query": publishQ, "variables": map[string]any{"in": map[string]any{"payslips": slips}}})
	if len(body) <= 1<<20 {
		t.Fatalf("the batch is only %d bytes", len(body))
	}
	payslips := func() int { return e.count(e.st.Client.Payslip.Query()) }
	before := payslips()

	for _, c := range []struct {
		who, token string
		status     int
	}{
		{"staff with MANAGE_PAYROLL_DATA", e.staffA1, http.StatusRequestEntityTooLarge},
		{"an invalid token", "nonsense", http.StatusUnauthorized},
	} {
		if status, raw := rawPost(t, e.srv.URL, c.token, body, false); status != c.status {
			t.Errorf("%s, %d bytes: status %d, want %d: %.200s", c.who, len(body), status, c.status, raw)
		}
		if status, _ := rawPost(t, e.srv.URL, c.token, body, true); status != c.status {
			t.Errorf("%s, chunked: status %d, want %d", c.who, status, c.status)
		}
	}
	if n := payslips(); n != before {
		t.Fatalf("refused requests published payslips: %d → %d", before, n)
	}

	status, raw := rawPost(t, e.srv.URL, e.integrator, body, false)
	var r gqlResponse
	if err := json.Unmarshal([]byte(raw), &r); err != nil || status != http.StatusOK {
		t.Fatalf("integrator, %d bytes: %d %.300s", len(body), status, raw)
	}
	if dig(r.Data, "publishPayslips", "createdCount") != float64(500) || payslips() != before+500 {
		t.Errorf("integrator's batch of 500: %.300s", raw)
	}
	// Over the integrator's limit too: 413.
	huge := bytes.Repeat([]byte(" "), app.DefaultMaxIntegratorBodyBytes+1)
	if status, _ := rawPost(t, e.srv.URL, e.integrator, huge, false); status != http.StatusRequestEntityTooLarge {
		t.Errorf("integrator over %d bytes: status %d, want 413", app.DefaultMaxIntegratorBodyBytes, status)
	}
}

// deleteDocument takes a document and its file out of the dossier: the employee no
// longer lists or downloads it, the trail says what was removed. Other tenants,
// employees and unknown IDs change nothing.
func TestDeleteDocumentAPI(t *testing.T) {
	e := newPortalEnv(t)
	r := e.gql(e.staffA1, addDocQ, map[string]any{"in": map[string]any{"employerId": e.fx.A1.ID, "personId": e.ann.ID,
		"category": "CONTRACT", "title": "Verkeerde persoon", "contentBase64": base64.StdEncoding.EncodeToString(pdfDoc),
		"fileName": "contract.pdf", "visibleToEmployee": true}})
	noUserErrors(t, "addDocument", r, "addDocument")
	id := dig(r.Data, "addDocument", "document", "id").(string)
	path := dig(r.Data, "addDocument", "document", "downloadUrl").(string)
	if res, _ := e.get(e.annTok, path); res.StatusCode != http.StatusOK {
		t.Fatalf("the employee cannot download the document before: %d", res.StatusCode)
	}
	docs := func() (int, int) {
		return e.count(e.st.Client.Document.Query()), e.count(e.st.Client.DocumentFile.Query())
	}
	d0, f0 := docs()

	const delQ = `mutation($id:ID!){deleteDocument(input:{documentId:$id}){deletedDocumentId userErrors{code}}}`
	for _, c := range []struct{ who, token, id, code string }{
		{"staff of a sibling employer", e.staffA2, id, "NOT_FOUND"},
		{"staff of another provider", e.staffP2, id, "NOT_FOUND"},
		{"the employee", e.annTok, id, "FORBIDDEN"},
		{"unknown document", e.staffA1, "doc_01JZZZZZZZZZZZZZZZZZZZZZZZ", "NOT_FOUND"},
	} {
		r := e.gql(c.token, delQ, map[string]any{"id": c.id})
		if !slices.Contains(r.codes(), c.code) {
			t.Errorf("%s: %s, want %s", c.who, r.Raw, c.code)
		}
	}
	if d, f := docs(); d != d0 || f != f0 {
		t.Fatalf("refused deletes changed the dossier: %d/%d → %d/%d", d0, f0, d, f)
	}

	r = e.gql(e.staffA1, delQ, map[string]any{"id": id})
	noUserErrors(t, "deleteDocument", r, "deleteDocument")
	if dig(r.Data, "deleteDocument", "deletedDocumentId") != id {
		t.Fatalf("deleteDocument: %s", r.Raw)
	}
	if d, f := docs(); d != d0-1 || f != f0-1 {
		t.Errorf("after the delete: %d documents, %d files; want %d and %d", d, f, d0-1, f0-1)
	}
	if res, _ := e.get(e.annTok, path); res.StatusCode != http.StatusNotFound {
		t.Errorf("download after the delete: %d, want 404", res.StatusCode)
	}
	r = e.gql(e.annTok, `{me{documents{totalCount edges{node{id}}}}}`, nil)
	if strings.Contains(r.Raw, id) {
		t.Errorf("the employee still lists the deleted document: %s", r.Raw)
	}
	r = e.gql(e.staffA1, `query($p:ID!){auditEvents(personId:$p,actions:["DOCUMENT_DELETED"]){totalCount edges{node{targetID}}}}`, map[string]any{"p": e.ann.ID})
	if dig(r.Data, "auditEvents", "totalCount") != float64(1) || dig(r.Data, "auditEvents", "edges", 0, "node", "targetID") != id {
		t.Errorf("audit trail of the delete: %s", r.Raw)
	}
	// Deleting it again: it is gone.
	if r = e.gql(e.staffA1, delQ, map[string]any{"id": id}); !slices.Contains(r.codes(), "NOT_FOUND") {
		t.Errorf("second delete: %s", r.Raw)
	}
}
