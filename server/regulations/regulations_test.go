package regulations_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/regulationpassage"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/pdf"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/regulations"
	"github.com/werkportaal/werkportaal/server/store/storetest"
	"github.com/werkportaal/werkportaal/server/testworld"
)

// The small Dutch corpus of the relevance tests (R42): a staff handbook of a few pages
// and a home-working scheme.
var handbook = []string{
	"1. Werktijden. De normale werkweek telt 38 uur. Je werkt in overleg met je leidinggevende tussen 7.00 en 19.00 uur. Pauzes van meer dan een half uur gelden niet als werktijd.",
	"2. Vakantiedagen. Bij een volledige werkweek heb je recht op 25 vakantiedagen per jaar: 20 wettelijke en 5 bovenwettelijke. Wettelijke vakantiedagen vervallen zes maanden na het einde van het jaar waarin je ze opbouwde; bovenwettelijke na vijf jaar.",
	"3. Vakantie aanvragen. Vraag een vakantie van meer dan een week minstens zes weken van tevoren aan in het werkportaal. Je leidinggevende beslist binnen vijf werkdagen.",
	"4. Ziekte. Meld je ziek voor 9.00 uur bij je leidinggevende, telefonisch, en in het werkportaal. Blijf bereikbaar op het adres waar je verblijft; de bedrijfsarts neemt binnen een week contact op.",
	"5. Bijzonder verlof. Bij je huwelijk of geregistreerd partnerschap krijg je twee dagen bijzonder verlof; bij een verhuizing een dag per jaar; bij het overlijden van een naaste tot vier dagen.",
	"6. Reiskosten. Voor woon-werkverkeer krijg je 0,23 euro per kilometer tot een afstand van 30 kilometer enkele reis. Reizen voor het werk declareer je met een declaratie binnen een maand.",
	"7. Opleiding. Een opleiding die je leidinggevende nodig vindt voor je functie betaalt de werkgever helemaal. Een studieovereenkomst regelt de terugbetaling als je binnen twee jaar vertrekt.",
	"8. Telefoon en laptop. Je krijgt een laptop en een telefoon van de zaak. Privégebruik is beperkt toegestaan; bij vertrek lever je ze in.",
	"9. Kleding. Wie op de bouwplaats werkt, krijgt jaarlijks werkkleding en veiligheidsschoenen. Draag ze altijd op het werk.",
	"10. Vertrouwenspersoon. Voor ongewenst gedrag kun je terecht bij de vertrouwenspersoon, ook anoniem. Het gesprek blijft vertrouwelijk.",
	"11. Pensioen. Je bouwt pensioen op bij het bedrijfstakpensioenfonds. De premie betalen werkgever en werknemer samen; jouw deel staat op je loonstrook.",
	"12. Einde dienstverband. De opzegtermijn staat in je arbeidsovereenkomst. Niet opgenomen vakantiedagen worden bij het einde uitbetaald.",
}

var scheme = []string{
	"Thuiswerkregeling. Deze regeling geldt voor medewerkers die structureel een of meer dagen per week thuiswerken.",
	"Thuiswerkvergoeding. Voor elke dag die je volledig thuiswerkt, krijg je een onbelaste thuiswerkvergoeding van 2,40 euro. Op die dag ontvang je geen reiskosten.",
	"Inrichting werkplek. Eenmalig krijg je een budget van 400 euro voor een bureaustoel en een bureau. Bewaar de bonnen.",
}

type world struct {
	*testworld.Portal
	S *regulations.Service
}

func newWorld(t *testing.T) world {
	f := testworld.NewPortal(t) // A1 and B1 have every product, A2 MijnLoket only
	return world{f, &regulations.Service{Client: f.C, Clock: f.Clk, Features: f.Gate, Index: regulations.NewIndex(f.Store.DB, f.Store.Dialect)}}
}

// addPDF adds a PDF of paragraphs for all employees of e.
func (w world) addPDF(t *testing.T, e *ent.Employer, title string, paragraphs []string, visible bool) *ent.Document {
	t.Helper()
	data, err := pdf.TextPDF(title, paragraphs, testworld.PortalStart)
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := w.Documents.AddDocument(w.staffOf(e), documents.AddDocumentInput{EmployerID: e.ID, Category: document.CategoryPOLICY,
		Title: title, FileName: title + ".pdf", Data: data, Visible: visible})
	if err != nil {
		t.Fatalf("add %s: %v", title, err)
	}
	return d
}

// staffOf is provider staff with every right over e.
func (w world) staffOf(e *ent.Employer) context.Context {
	if e.ProviderID == w.P2.ID {
		return w.ProviderP2
	}
	return w.ProviderP1
}

func (w world) mark(t *testing.T, d *ent.Document) int {
	t.Helper()
	_, n, err := w.S.SetRegulation(w.ProviderP1, d.ID, true)
	if err != nil {
		t.Fatalf("mark %s: %v", d.Title, err)
	}
	return n
}

func ask(t *testing.T, w world, m testworld.Member, q string) *regulations.Answer {
	t.Helper()
	a, err := w.S.Ask(m.Ctx(), q)
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return a
}

// R42: the text of a PDF is read per page and cut into paragraphs.
func TestPassages(t *testing.T) {
	long := append(append([]string{}, handbook...), handbook...)
	data, err := pdf.TextPDF("Personeelshandboek", long, testworld.PortalStart)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := regulations.Passages(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) < len(long) {
		t.Fatalf("%d passages for %d paragraphs", len(ps), len(long))
	}
	if ps[0].Text != "Personeelshandboek" || ps[0].Page != 1 {
		t.Errorf("first passage %+v", ps[0])
	}
	if !strings.HasPrefix(ps[1].Text, "1. Werktijden.") || !strings.HasSuffix(ps[1].Text, "gelden niet als werktijd.") {
		t.Errorf("a paragraph over several lines is one passage: %q", ps[1].Text)
	}
	if last := ps[len(ps)-1]; last.Page < 2 {
		t.Errorf("two handbooks fill more than one page: last passage on page %d", last.Page)
	}
	// A hand-written PDF, like the one of docs/integrators.md.
	minimal, err := os.ReadFile("testdata/minimal.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if ps, err := regulations.Passages(minimal); err != nil || len(ps) != 1 ||
		ps[0] != (regulations.Passage{Page: 1, Text: "Thuiswerkvergoeding: 2,40 euro per volledige thuiswerkdag."}) {
		t.Errorf("minimal PDF: %+v %v", ps, err)
	}
	if _, err := regulations.Passages(testworld.PNGBytes); err == nil {
		t.Error("an image read as a PDF")
	}
}

// R42: "hoeveel vakantiedagen" finds the passage on vakantiedagen, "thuiswerkvergoeding"
// the home-working scheme; every quote names its document and page; a question without
// a matching passage says so.
func TestRelevance(t *testing.T) {
	w := newWorld(t)
	hb := w.addPDF(t, w.A1, "Personeelshandboek", handbook, true)
	sc := w.addPDF(t, w.A1, "Thuiswerkregeling", scheme, true)
	if n := w.mark(t, hb); n < len(handbook) {
		t.Errorf("handbook: %d passages", n)
	}
	w.mark(t, sc)

	a := ask(t, w, w.Ann, "Hoeveel vakantiedagen heb ik?")
	if !a.Matched || len(a.Passages) == 0 || len(a.Passages) > regulations.MaxResults {
		t.Fatalf("vakantiedagen: %+v", a)
	}
	if top := a.Passages[0]; !strings.HasPrefix(top.Text, "2. Vakantiedagen.") || top.DocumentID != hb.ID || top.DocumentTitle != "Personeelshandboek" || top.Page != 1 {
		t.Errorf("vakantiedagen: top %+v", top)
	}
	a = ask(t, w, w.Ann, "thuiswerkvergoeding")
	if !a.Matched || a.Passages[0].DocumentID != sc.ID || !strings.HasPrefix(a.Passages[0].Text, "Thuiswerkvergoeding.") {
		t.Errorf("thuiswerkvergoeding: %+v", a.Passages)
	}
	// A compound's part finds it too, and an English question with a Dutch word.
	a = ask(t, w, w.Bob, "Krijg ik een vergoeding als ik thuis werk?")
	if !a.Matched || a.Passages[0].DocumentID != sc.ID {
		t.Errorf("vergoeding thuis: %+v", a.Passages)
	}
	a = ask(t, w, w.Ann, "Wat moet ik doen bij ziekte?")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "4. Ziekte.") {
		t.Errorf("ziekte: %+v", a.Passages)
	}
	// Dutch stemming: a question's compound finds the passages of its parts (verlofdagen:
	// verlof and dagen), a singular the plural and back.
	a = ask(t, w, w.Ann, "verlofdagen")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "5. Bijzonder verlof.") {
		t.Errorf("verlofdagen: %+v", a.Passages)
	}
	a = ask(t, w, w.Ann, "vakantiedag")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "2. Vakantiedagen.") {
		t.Errorf("vakantiedag: %+v", a.Passages)
	}
	a = ask(t, w, w.Ann, "werkweken")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "1. Werktijden.") {
		t.Errorf("werkweken: %+v", a.Passages)
	}
	a = ask(t, w, w.Ann, "opleidingen")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "7. Opleiding.") {
		t.Errorf("opleidingen: %+v", a.Passages)
	}
	// Stop words are not searched: they change neither what is found nor its order.
	plain := ask(t, w, w.Ann, "pensioen premie")
	a = ask(t, w, w.Ann, "Hoe zit het met de premie van mijn pensioen?")
	if !a.Matched || !strings.HasPrefix(a.Passages[0].Text, "11. Pensioen.") || len(a.Passages) != len(plain.Passages) {
		t.Errorf("with stop words: %+v, without: %+v", a.Passages, plain.Passages)
	}
	for i := range plain.Passages {
		if i < len(a.Passages) && a.Passages[i].Text != plain.Passages[i].Text {
			t.Errorf("with stop words, passage %d: %q, without: %q", i, a.Passages[i].Text, plain.Passages[i].Text)
		}
	}
	// R42, R22: the same handbook at another employer is never quoted to Ann.
	other := w.addPDF(t, w.B1, "Personeelshandboek Garage Zuid", handbook, true)
	if _, _, err := w.S.SetRegulation(w.ProviderP2, other.ID, true); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"vakantiedagen", "ziekte", "pensioen", "thuiswerkvergoeding"} {
		for _, p := range ask(t, w, w.Ann, q).Passages {
			if p.DocumentID != hb.ID && p.DocumentID != sc.ID {
				t.Errorf("%q: Ann is quoted %s", q, p.DocumentTitle)
			}
		}
	}
	if a := ask(t, w, w.Gijs, "vakantiedagen"); !a.Matched || a.Passages[0].DocumentID != other.ID {
		t.Errorf("Gijs: %+v", a.Passages)
	}
	// The query syntax of neither database is reachable from a question.
	for _, q := range []string{`"vakantie" OR ziekte*`, "verlof & !ziekte | (pensioen):*", "NEAR(a b) ' \\ ; --", "vakantie:*A"} {
		if _, err := w.S.Ask(w.Ann.Ctx(), q); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	}
	// Nothing found: the answer says so, with no source.
	for _, q := range []string{"Wat is het weer morgen?", "hoeveel heb ik?", "xyzzy", "de het een"} {
		if a := ask(t, w, w.Ann, q); a.Matched || len(a.Passages) != 0 {
			t.Errorf("%q matched %+v", q, a.Passages)
		}
	}
}

// R42, R26, R19: only regulations the employee may see are quoted: not hidden ones, not
// another employer's; and only with the product (R22).
func TestOnlyVisibleRegulations(t *testing.T) {
	w := newWorld(t)
	hidden := w.addPDF(t, w.A1, "Concept thuiswerkregeling", scheme, false)
	w.mark(t, hidden)
	other := w.addPDF(t, w.B1, "Thuiswerkregeling Garage Zuid", scheme, true)
	if _, _, err := w.S.SetRegulation(w.ProviderP2, other.ID, true); err != nil {
		t.Fatal(err)
	}
	if a := ask(t, w, w.Ann, "thuiswerkvergoeding"); a.Matched {
		t.Errorf("a hidden or another employer's regulation quoted: %+v", a.Passages)
	}
	if a := ask(t, w, w.Gijs, "thuiswerkvergoeding"); !a.Matched || a.Passages[0].DocumentID != other.ID {
		t.Errorf("B1's own regulation: %+v", a.Passages)
	}
	// An employee cannot read the passages directly either.
	if n := w.C.RegulationPassage.Query().CountX(w.Ann.Ctx()); n != 0 {
		t.Errorf("Ann reads %d passages of a hidden regulation", n)
	}
	// Shown: now quoted.
	if _, _, err := w.Documents.SetDocumentVisibility(w.ProviderP1, hidden.ID, true); err != nil {
		t.Fatal(err)
	}
	if a := ask(t, w, w.Ann, "thuiswerkvergoeding"); !a.Matched || a.Passages[0].DocumentID != hidden.ID {
		t.Errorf("after showing: %+v", a.Passages)
	}
	// A document that is no regulation is not searched.
	plain := w.addPDF(t, w.A1, "Nieuwsbrief", []string{"De fietsvergoeding gaat omhoog."}, true)
	if a := ask(t, w, w.Ann, "fietsvergoeding"); a.Matched {
		t.Errorf("a document that is no regulation quoted: %+v (%s)", a.Passages, plain.ID)
	}
	// Without the product: FEATURE_NOT_ACTIVE (A2 has MijnLoket only).
	if _, err := w.S.Ask(w.Eva.Ctx(), "thuiswerkvergoeding"); apperr.CodeOf(err) != apperr.FeatureNotActive {
		t.Errorf("without the product: %v", err)
	}
	if _, err := w.S.Ask(w.Ann.Ctx(), " "); testworld.UserCode(t, err) != regulations.CodeQuestionEmpty {
		t.Errorf("empty: %v", err)
	}
	if _, err := w.S.Ask(w.Ann.Ctx(), strings.Repeat("a", regulations.MaxQuestion+1)); testworld.UserCode(t, err) != regulations.CodeQuestionTooLong {
		t.Errorf("too long: %v", err)
	}
}

// R42, R17: only staff with MANAGE_PAYROLL_DATA of the tenant mark regulations; only a
// PDF with text for all employees can be one; unmarking and deleting remove the
// passages; every change is audited.
func TestMarking(t *testing.T) {
	w := newWorld(t)
	hb := w.addPDF(t, w.A1, "Personeelshandboek", handbook, true)
	if _, _, err := w.S.SetRegulation(w.Ann.Ctx(), hb.ID, true); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("employee: %v", err)
	}
	if _, _, err := w.S.SetRegulation(w.NoManageA1, hb.ID, true); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("without MANAGE_PAYROLL_DATA: %v", err)
	}
	if _, _, err := w.S.SetRegulation(w.ProviderP2, hb.ID, true); apperr.CodeOf(err) != apperr.NotFound {
		t.Errorf("another provider: %v", err)
	}
	personal, _ := w.AddDoc(w.StaffA1, w.A1, &w.Ann, "Arbeidsovereenkomst", true)
	if _, _, err := w.S.SetRegulation(w.StaffA1, personal.ID, true); testworld.UserCode(t, err) != payroll.CodeInvalidInput {
		t.Errorf("a personal document: %v", err)
	}
	empty, _ := w.AddDoc(w.StaffA1, w.A1, nil, "Leeg", true) // a PDF without text
	if _, _, err := w.S.SetRegulation(w.StaffA1, empty.ID, true); testworld.UserCode(t, err) != regulations.CodeNoText {
		t.Errorf("a PDF without text: %v", err)
	}
	d, n, err := w.S.SetRegulation(w.StaffA1, hb.ID, true)
	if err != nil || !d.Regulation || n < len(handbook) {
		t.Fatalf("mark: %v %d", err, n)
	}
	if _, again, err := w.S.SetRegulation(w.StaffA1, hb.ID, true); err != nil || again != n {
		t.Errorf("marking twice: %d %v", again, err)
	}
	if d, n, err = w.S.SetRegulation(w.StaffA1, hb.ID, false); err != nil || d.Regulation || n != 0 {
		t.Errorf("unmark: %v %d", err, n)
	}
	if c := w.C.RegulationPassage.Query().Where(regulationpassage.DocumentID(hb.ID)).CountX(w.Sys); c != 0 {
		t.Errorf("%d passages left after unmarking", c)
	}
	w.mark(t, hb)
	if err := w.Documents.DeleteDocument(w.StaffA1, hb.ID); err != nil {
		t.Fatalf("delete a regulation: %v", err)
	}
	if c := w.C.RegulationPassage.Query().CountX(w.Sys); c != 0 {
		t.Errorf("%d passages left after deleting", c)
	}
	if a := ask(t, w, w.Ann, "vakantiedagen"); a.Matched {
		t.Errorf("a deleted regulation is quoted: %+v", a.Passages)
	}
	if c := w.C.AuditEvent.Query().Where(auditevent.Action(string(regulations.ActionDocumentRegulation))).CountX(w.Sys); c != 3 {
		t.Errorf("%d audit events, want 3", c)
	}
}

// R42: the questions are limited per account in the database.
func TestRateLimit(t *testing.T) {
	w := newWorld(t)
	w.S.Limits = &ratelimit.Limiter{DB: w.Store.DB, Dialect: w.Store.Dialect, Clock: w.Clk,
		Rules: ratelimit.Rules{RegulationsAccount: ratelimit.Rule{Limit: 2, Window: time.Minute}}}
	for range 2 {
		ask(t, w, w.Ann, "vakantiedagen")
	}
	if _, err := w.S.Ask(w.Ann.Ctx(), "vakantiedagen"); apperr.CodeOf(err) != apperr.TooManyRequests {
		t.Errorf("third question: %v", err)
	}
	ask(t, w, w.Bob, "vakantiedagen")
	w.Clk.Advance(time.Minute)
	ask(t, w, w.Ann, "vakantiedagen")
}

// R42: the index stays in step with the passages through marking, unmarking and
// deleting, in the same transaction: on SQLite the FTS5 index agrees with its content
// table (integrity-check; a migration that recreated regulation_passages without its
// triggers fails here), on Postgres every passage has its generated tsvector.
func TestSearchIndexInStep(t *testing.T) {
	w := newWorld(t)
	hb := w.addPDF(t, w.A1, "Personeelshandboek", handbook, true)
	sc := w.addPDF(t, w.A1, "Thuiswerkregeling", scheme, true)
	w.mark(t, hb)
	w.mark(t, sc)
	if _, _, err := w.S.SetRegulation(w.ProviderP1, hb.ID, false); err != nil {
		t.Fatal(err)
	}
	w.mark(t, hb)
	if err := w.Documents.DeleteDocument(w.StaffA1, sc.ID); err != nil {
		t.Fatal(err)
	}
	check := func() {
		t.Helper()
		if w.Store.Dialect == dialect.Postgres {
			var missing int
			if err := w.Store.DB.QueryRow("SELECT count(*) FROM regulation_passages WHERE search IS NULL OR search = ''::tsvector").Scan(&missing); err != nil || missing != 0 {
				t.Errorf("%d passages without a tsvector (%v)", missing, err)
			}
			return
		}
		if _, err := w.Store.DB.Exec("INSERT INTO regulation_passage_fts (regulation_passage_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
			t.Errorf("FTS5 index out of step with the passages: %v", err)
		}
	}
	check()
	// Rows written around the service (an update of the stems) are followed too.
	if _, err := w.Store.DB.Exec("UPDATE regulation_passages SET terms = ' zonnepanel ' WHERE position = 0"); err != nil {
		t.Fatal(err)
	}
	check()
	if w.Store.Dialect != dialect.Postgres {
		if a := ask(t, w, w.Ann, "zonnepanelen"); !a.Matched || a.Passages[0].DocumentID != hb.ID {
			t.Errorf("updated stems not indexed: %+v", a.Passages)
		}
	}
}

// R42: the migration that creates the full-text index indexes the passages stored
// before it (backfill), on both databases.
func TestSearchMigrationIndexesStoredPassages(t *testing.T) {
	st := storetest.OpenUnmigrated(t)
	ctx := context.Background()
	const version = "20261206042000" // the search migration, held back
	ph := func(q string) string {
		if st.Dialect != dialect.Postgres {
			return q
		}
		for i := 1; strings.Contains(q, "?"); i++ {
			q = strings.Replace(q, "?", fmt.Sprintf("$%d", i), 1)
		}
		return q
	}
	if _, err := st.DB.Exec(`CREATE TABLE werkportaal_schema_migrations (version varchar(64) NOT NULL PRIMARY KEY,
		description varchar(255) NOT NULL, applied_at varchar(40) NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if _, err := st.DB.Exec(ph("INSERT INTO werkportaal_schema_migrations VALUES (?, 'held back', '')"), version); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	now := testworld.PortalStart
	if _, err := st.DB.Exec(ph(`INSERT INTO documents (id, created_at, updated_at, provider_id, employer_id, category, title, file_name,
		content_type, size_bytes, sha256, visible_to_employee, regulation, created_by) VALUES (?, ?, ?, 'prv_1', 'emp_1', 'POLICY',
		'Thuiswerkregeling', 't.pdf', 'application/pdf', 1, 'x', true, true, 'usr_1')`), "doc_1", now, now); err != nil {
		t.Fatal(err)
	}
	for i, text := range scheme {
		if _, err := st.DB.Exec(ph(`INSERT INTO regulation_passages (id, provider_id, employer_id, document_id, page, position, text, terms, term_count)
			VALUES (?, 'prv_1', 'emp_1', 'doc_1', 1, ?, ?, ?, 0)`), fmt.Sprintf("rgp_%d", i), i, text, " "+strings.Join(regulations.Terms(text), " ")+" "); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.DB.Exec(ph("DELETE FROM werkportaal_schema_migrations WHERE version = ?"), version); err != nil {
		t.Fatal(err)
	}
	if applied, err := st.Migrate(ctx); err != nil || len(applied) != 1 {
		t.Fatalf("applied %v: %v", applied, err)
	}
	ms, err := regulations.NewIndex(st.DB, st.Dialect).Search(ctx, "emp_1", regulations.ParseQuery("thuiswerkvergoeding"), 5)
	if err != nil || len(ms) == 0 || ms[0].PassageID != "rgp_1" {
		t.Errorf("after the migration: %+v %v", ms, err)
	}
}
