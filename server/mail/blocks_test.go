package mail_test

import (
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/mail"
)

// TestStandardTextsOpenInTheStructuredEditor: every standard HTML text (R15) reads as
// blocks, and building those blocks gives the same HTML back, so a staff user who
// opens a standard text in the editor and saves it unchanged changes nothing in the
// mail's HTML.
func TestStandardTextsOpenInTheStructuredEditor(t *testing.T) {
	for _, k := range mail.Kinds {
		for _, l := range mail.Locales {
			std, ok := mail.Standard(k, l)
			if !ok {
				t.Fatalf("%s/%s: no standard text", k, l)
			}
			blocks, ok := mail.ParseBlocks(std.HTML)
			if !ok {
				t.Errorf("%s/%s: the standard HTML does not read as blocks", k, l)
				continue
			}
			text, html, err := mail.BuildBlocks(k, blocks)
			if err != nil {
				t.Errorf("%s/%s: build: %v", k, l, err)
				continue
			}
			if html != std.HTML {
				t.Errorf("%s/%s: rebuilt HTML differs\n got: %s\nwant: %s", k, l, html, std.HTML)
			}
			if strings.Contains(text, "<") {
				t.Errorf("%s/%s: markup in the plain text: %s", k, l, text)
			}
		}
	}
}

// TestBuildBlocks: the layout of each kind of block in HTML and plain text, text
// escaped, address variables as links, conditions around blocks.
func TestBuildBlocks(t *testing.T) {
	blocks := []mail.Block{
		{Kind: mail.BlockParagraph, Text: "Beste {{.FirstName}},"},
		{Kind: mail.BlockParagraph, Text: "Fish & <chips>\ntweede regel"},
		{Kind: mail.BlockButton, Text: "Account aanmaken", Link: "Link"},
		{Kind: mail.BlockHeading, Text: "Zo werkt het"},
		{Kind: mail.BlockList, Items: []string{"Open de link.", "Kies een wachtwoord."}},
		{Kind: mail.BlockSmall, If: "ExpiresAt", Text: "Geldig tot {{.ExpiresAt}}. Link: {{.Link}}"},
		{Kind: mail.BlockFooter, Text: "Automatisch bericht."},
	}
	text, html, err := mail.BuildBlocks(mail.Invitation, blocks)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<p style="margin:0 0 16px;">Beste {{.FirstName}},</p>`,
		`<p style="margin:0 0 16px;">Fish &amp; &lt;chips&gt;<br>tweede regel</p>`,
		`<a href="{{.Link}}" style="display:inline-block;`,
		`>Account aanmaken</a></p>`,
		`<ol style="margin:0 0 16px;padding-left:24px;">` + "\n<li>Open de link.</li>\n<li>Kies een wachtwoord.</li>\n</ol>",
		`{{if .ExpiresAt}}<p style="margin:0 0 16px;font-size:14px;color:#4b5563;">Geldig tot {{.ExpiresAt}}. Link: <a href="{{.Link}}" style="color:#0b5cad;word-break:break-all;">{{.Link}}</a></p>` + "\n{{end}}",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	for _, want := range []string{
		"Beste {{.FirstName}},\n\nFish & <chips>\ntweede regel\n\nAccount aanmaken: {{.Link}}\n",
		"1. Open de link.\n2. Kies een wachtwoord.\n",
		"{{if .ExpiresAt}}Geldig tot {{.ExpiresAt}}. Link: {{.Link}}\n\n{{end}}Automatisch bericht.\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	// What was built reads back as the same blocks (texts trimmed).
	back, ok := mail.ParseBlocks(html)
	if !ok || len(back) != len(blocks) {
		t.Fatalf("built HTML does not read back: %v %d", ok, len(back))
	}
	if back[1].Text != "Fish & <chips>\ntweede regel" || back[5].If != "ExpiresAt" || back[2].Link != "Link" {
		t.Errorf("read back: %+v", back)
	}
}

// TestBuildBlocksRefuses: whatever the editor cannot make is INVALID_TEMPLATE at
// htmlBody, so the SPA shows it at the editor.
func TestBuildBlocksRefuses(t *testing.T) {
	cases := map[string][]mail.Block{
		"no blocks":              nil,
		"empty block":            {{Kind: mail.BlockParagraph, Text: "  "}},
		"unknown kind":           {{Kind: "TABLE", Text: "x"}},
		"unknown variable":       {{Kind: mail.BlockParagraph, Text: "Hoi {{.Salary}}"}},
		"other action":           {{Kind: mail.BlockParagraph, Text: `{{range .X}}x{{end}}`}},
		"unclosed if":            {{Kind: mail.BlockParagraph, Text: `{{if .ExpiresAt}}x`}},
		"condition not of kind":  {{Kind: mail.BlockParagraph, If: "Salary", Text: "x"}},
		"button without address": {{Kind: mail.BlockButton, Text: "Klik", Link: "FirstName"}},
		"button to other kind":   {{Kind: mail.BlockButton, Text: "Klik", Link: "PortalURL"}},
		"empty list":             {{Kind: mail.BlockList}},
		"required link missing":  {{Kind: mail.BlockParagraph, Text: "Beste {{.FirstName}}"}},
	}
	for name, blocks := range cases {
		_, _, err := mail.BuildBlocks(mail.Invitation, blocks)
		ue, ok := apperr.AsUser(err)
		if !ok || ue.Code != mail.CodeInvalidTemplate || len(ue.Field) == 0 || ue.Field[len(ue.Field)-1] != mail.FieldHTML {
			t.Errorf("%s: got %v, want INVALID_TEMPLATE at htmlBody", name, err)
		}
	}
}

// TestHandWrittenHTMLIsAdvancedOnly: HTML in another shape does not read as blocks.
func TestHandWrittenHTMLIsAdvancedOnly(t *testing.T) {
	for _, body := range []string{
		`<div>Hallo {{.FirstName}}</div>`,
		`<p style="margin:0 0 16px;">Hallo <em>{{.FirstName}}</em></p>`,
		`<p style="color:red">x</p>`,
		`{{if .ExpiresAt}}<p style="margin:0 0 16px;">x</p>`,
		"<ol style=\"margin:0 0 16px;padding-left:24px;\">\nx</li>\n</ol>",
		"",
	} {
		if _, ok := mail.ParseBlocks(body); ok {
			t.Errorf("%q read as blocks", body)
		}
	}
}
