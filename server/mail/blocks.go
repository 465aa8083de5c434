package mail

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// The structured editor (R15): staff edit a mail as a list of blocks — paragraphs, a
// heading, a numbered list, a button, small print — whose text holds the kind's
// variables as {{.Name}}, without writing HTML. The HTML and plain-text bodies are built
// from the blocks in the house layout (BuildBlocks), and ParseBlocks reads an HTML body
// in that layout back into blocks, so the standard texts and every text saved this way
// open in the editor again. A text written by hand in another shape does not parse; it
// stays editable as "advanced" only.

// BlockKind is what a block is.
type BlockKind string

// The kinds of block, each with its fixed look in the layout.
const (
	BlockParagraph BlockKind = "PARAGRAPH"
	// BlockLead is a paragraph that leads into the next block (a smaller gap below it).
	BlockLead    BlockKind = "LEAD"
	BlockHeading BlockKind = "HEADING"
	BlockList    BlockKind = "LIST"
	BlockButton  BlockKind = "BUTTON"
	// BlockCode is one value shown large in a fixed-width font (the username).
	BlockCode BlockKind = "CODE"
	// BlockLines keeps the line breaks of its values, for a variable that holds a list
	// (the requests of a digest).
	BlockLines BlockKind = "LINES"
	BlockSmall BlockKind = "SMALL"
	// BlockFooter is the grey line at the end ("Dit is een automatisch bericht").
	BlockFooter BlockKind = "FOOTER"
)

// Block is one block of a mail body.
type Block struct {
	Kind BlockKind
	// If names a variable: the block shows only when it has a value ("" = always).
	If string
	// Text is the block's text (the button's label): plain text with {{.Name}} and
	// {{if .Name}}…{{end}}; a newline is a line break, **…** is bold.
	Text string
	// Items are the LIST's items, each like Text.
	Items []string
	// Link names the variable holding the BUTTON's address.
	Link string
}

// Limits of a structured body.
const (
	MaxBlocks     = 60
	MaxBlockItems = 20
)

const (
	buttonStyle = "display:inline-block;background-color:#0b5cad;color:#ffffff;font-weight:bold;text-decoration:none;padding:12px 24px;border-radius:6px;"
	linkStyle   = "color:#0b5cad;word-break:break-all;"
	listStyle   = "margin:0 0 16px;padding-left:24px;"
)

// paragraphStyles are the style attributes of the block kinds that are one <p>.
var paragraphStyles = map[BlockKind]string{
	BlockParagraph: "margin:0 0 16px;",
	BlockLead:      "margin:0 0 8px;",
	BlockHeading:   "margin:0 0 8px;font-weight:bold;",
	BlockCode:      "margin:0 0 16px;font-size:20px;font-weight:bold;font-family:Consolas,Menlo,monospace;",
	BlockLines:     "margin:0 0 16px;white-space:pre-line;",
	BlockSmall:     "margin:0 0 16px;font-size:14px;color:#4b5563;",
	BlockFooter:    "margin:24px 0 0;font-size:13px;color:#6b7280;",
	BlockButton:    "margin:24px 0;",
}

// IsURLVariable says whether a variable holds an address: in HTML it is written as a
// link to itself, and it is what a button may point at.
func IsURLVariable(name string) bool {
	return name == "Link" || strings.HasSuffix(name, "URL")
}

// segment is a piece of a block's text: plain text, a variable or an inline condition
// (kept whole, as written).
type segment struct {
	text string // plain text, when neither of the others
	name string // {{.Name}}
	cond string // {{if .Name}}…{{end}}, verbatim
}

var (
	varAction  = regexp.MustCompile(`^\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}`)
	ifAction   = regexp.MustCompile(`^\{\{if \.([A-Za-z][A-Za-z0-9]*)\}\}`)
	anyAction  = regexp.MustCompile(`\{\{[^}]*\}\}`)
	tagPattern = regexp.MustCompile(`<[^>]*>`)
)

// segments splits a block's text. An action other than {{.Name}} or a whole
// {{if .Name}}…{{end}} is an error (CheckTemplate says why in detail).
func segments(s string) ([]segment, error) {
	var out []segment
	var plain strings.Builder
	flush := func() {
		if plain.Len() > 0 {
			out = append(out, segment{text: plain.String()})
			plain.Reset()
		}
	}
	for len(s) > 0 {
		i := strings.Index(s, "{{")
		if i < 0 {
			plain.WriteString(s)
			break
		}
		plain.WriteString(s[:i])
		s = s[i:]
		if m := varAction.FindStringSubmatch(s); m != nil {
			flush()
			out = append(out, segment{name: m[1]})
			s = s[len(m[0]):]
			continue
		}
		if ifAction.MatchString(s) {
			n, ok := conditionEnd(s)
			if !ok {
				return nil, fmt.Errorf("an {{if}} without its {{end}}")
			}
			flush()
			out = append(out, segment{cond: s[:n]})
			s = s[n:]
			continue
		}
		return nil, fmt.Errorf("only {{.Name}} and {{if .Name}}…{{end}} are allowed, not %q", firstAction(s))
	}
	flush()
	return out, nil
}

func firstAction(s string) string {
	if m := anyAction.FindString(s); m != "" {
		return m
	}
	return s
}

// conditionEnd is the length of the {{if}}…{{end}} that s starts with, nested ifs
// counted.
func conditionEnd(s string) (int, bool) {
	depth := 0
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "{{")
		if j < 0 {
			return 0, false
		}
		i += j
		k := strings.Index(s[i:], "}}")
		if k < 0 {
			return 0, false
		}
		action := s[i : i+k+2]
		switch {
		case strings.HasPrefix(action, "{{if "):
			depth++
		case action == "{{end}}":
			depth--
			if depth == 0 {
				return i + k + 2, true
			}
		}
		i += k + 2
	}
	return 0, false
}

// textEscaper escapes text between tags; quotes need no escaping there, and leaving
// them keeps the standard texts byte for byte.
var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// htmlText is a block's text as HTML: plain text escaped with line breaks and **bold**,
// address variables as links to themselves, conditions as written.
func htmlText(segs []segment) string {
	var b strings.Builder
	bold := false
	for _, sg := range segs {
		switch {
		case sg.name != "" && IsURLVariable(sg.name):
			fmt.Fprintf(&b, `<a href="{{.%s}}" style="%s">{{.%s}}</a>`, sg.name, linkStyle, sg.name)
		case sg.name != "":
			b.WriteString("{{." + sg.name + "}}")
		case sg.cond != "":
			b.WriteString(sg.cond)
		default:
			parts := strings.Split(strings.ReplaceAll(textEscaper.Replace(sg.text), "\n", "<br>"), "**")
			for i, p := range parts {
				if i > 0 {
					b.WriteString(map[bool]string{false: "<strong>", true: "</strong>"}[bold])
					bold = !bold
				}
				b.WriteString(p)
			}
		}
	}
	if bold {
		b.WriteString("</strong>")
	}
	return b.String()
}

// plainText is a block's text for the plain-text body: markup inside conditions is
// dropped.
func plainText(segs []segment) string {
	var b strings.Builder
	for _, sg := range segs {
		switch {
		case sg.name != "":
			b.WriteString("{{." + sg.name + "}}")
		case sg.cond != "":
			b.WriteString(html.UnescapeString(tagPattern.ReplaceAllString(sg.cond, "")))
		default:
			b.WriteString(strings.ReplaceAll(sg.text, "**", ""))
		}
	}
	return b.String()
}

// BuildBlocks checks blocks for kind k and builds the plain-text and HTML bodies from
// them. A failure is INVALID_TEMPLATE at the field htmlBody (the blocks stand in for
// it); the bodies are then also checked as any saved text is.
func BuildBlocks(k Kind, blocks []Block) (text, htmlBody string, err error) {
	bad := func(format string, a ...any) error {
		return apperr.User(CodeInvalidTemplate, fmt.Sprintf(format, a...), FieldHTML)
	}
	if len(blocks) == 0 {
		return "", "", bad("a mail needs at least one block")
	}
	if len(blocks) > MaxBlocks {
		return "", "", bad("a mail has at most %d blocks", MaxBlocks)
	}
	var h, t strings.Builder
	for i, bl := range blocks {
		n := i + 1
		if bl.If != "" {
			if _, ok := variable(k, bl.If); !ok {
				return "", "", bad("block %d depends on %q, which the %s mail does not have", n, bl.If, k)
			}
			h.WriteString("{{if ." + bl.If + "}}")
			t.WriteString("{{if ." + bl.If + "}}")
		}
		texts := []string{bl.Text}
		if bl.Kind == BlockList {
			texts = bl.Items
			if len(texts) == 0 || len(texts) > MaxBlockItems {
				return "", "", bad("list block %d has 1 to %d items", n, MaxBlockItems)
			}
		}
		segs := make([][]segment, len(texts))
		for j, s := range texts {
			s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
			if s == "" {
				return "", "", bad("block %d is empty", n)
			}
			if segs[j], err = segments(s); err != nil {
				return "", "", bad("block %d: %v", n, err)
			}
		}
		switch bl.Kind {
		case BlockList:
			h.WriteString(`<ol style="` + listStyle + "\">\n")
			for j, sg := range segs {
				h.WriteString("<li>" + htmlText(sg) + "</li>\n")
				fmt.Fprintf(&t, "%d. %s\n", j+1, plainText(sg))
			}
			h.WriteString("</ol>\n")
		case BlockButton:
			if bl.Link == "" || !IsURLVariable(bl.Link) {
				return "", "", bad("button %d needs an address variable to point at", n)
			}
			if _, ok := variable(k, bl.Link); !ok {
				return "", "", bad("button %d points at %q, which the %s mail does not have", n, bl.Link, k)
			}
			for _, sg := range segs[0] {
				if sg.name != "" && IsURLVariable(sg.name) {
					return "", "", bad("the label of button %d cannot hold an address", n)
				}
			}
			fmt.Fprintf(&h, `<p style="%s"><a href="{{.%s}}" style="%s">%s</a></p>`+"\n",
				paragraphStyles[BlockButton], bl.Link, buttonStyle, htmlText(segs[0]))
			fmt.Fprintf(&t, "%s: {{.%s}}\n", plainText(segs[0]), bl.Link)
		default:
			style, ok := paragraphStyles[bl.Kind]
			if !ok {
				return "", "", bad("block %d has no kind the editor knows (%q)", n, bl.Kind)
			}
			fmt.Fprintf(&h, `<p style="%s">%s</p>`+"\n", style, htmlText(segs[0]))
			t.WriteString(plainText(segs[0]) + "\n")
		}
		if bl.If != "" {
			// The blank line between paragraphs belongs to the condition, so a missing
			// value leaves no double gap in the plain text.
			t.WriteString("\n{{end}}")
			h.WriteString("{{end}}")
		} else {
			t.WriteString("\n")
		}
	}
	text, htmlBody = strings.TrimRight(t.String(), "\n")+"\n", h.String()
	if ue := checkTemplate(k, FieldText, text); ue != nil {
		ue.Field = []string{FieldHTML}
		return "", "", ue
	}
	if ue := checkTemplate(k, FieldHTML, htmlBody); ue != nil {
		return "", "", ue
	}
	return text, htmlBody, nil
}

var (
	paragraphLine = regexp.MustCompile(`^<p style="([^"]*)">(.*)</p>$`)
	buttonInner   = regexp.MustCompile(`^<a href="\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}" style="` + regexp.QuoteMeta(buttonStyle) + `">(.*)</a>$`)
	linkToItself  = regexp.MustCompile(`<a href="\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}" style="` + regexp.QuoteMeta(linkStyle) + `">\{\{\.([A-Za-z][A-Za-z0-9]*)\}\}</a>`)
	blockIf       = regexp.MustCompile(`^\{\{if \.([A-Za-z][A-Za-z0-9]*)\}\}`)
)

// ParseBlocks reads an HTML body in the house layout back into blocks; ok is false when
// the body has another shape (written by hand), which the editor then offers as
// advanced text only.
func ParseBlocks(body string) (blocks []Block, ok bool) {
	lines := strings.Split(strings.TrimRight(strings.ReplaceAll(body, "\r\n", "\n"), "\n"), "\n")
	open := false // inside a block condition, waiting for its {{end}}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if open {
			rest, found := strings.CutPrefix(line, "{{end}}")
			if !found {
				return nil, false
			}
			open, line = false, rest
			if line == "" {
				continue
			}
		}
		var cond string
		if m := blockIf.FindStringSubmatch(line); m != nil && (strings.HasPrefix(line[len(m[0]):], "<p ") || strings.HasPrefix(line[len(m[0]):], "<ol ")) {
			cond, line, open = m[1], line[len(m[0]):], true
		}
		var b Block
		switch line {
		case `<ol style="` + listStyle + `">`:
			b.Kind = BlockList
			for i++; i < len(lines) && lines[i] != "</ol>"; i++ {
				item, opened := strings.CutPrefix(lines[i], "<li>")
				item, closed := strings.CutSuffix(item, "</li>")
				if !opened || !closed {
					return nil, false
				}
				text, ok := parseInline(item)
				if !ok {
					return nil, false
				}
				b.Items = append(b.Items, text)
			}
			if i == len(lines) || len(b.Items) == 0 {
				return nil, false
			}
		default:
			m := paragraphLine.FindStringSubmatch(line)
			if m == nil {
				return nil, false
			}
			kind, known := kindOfStyle(m[1])
			if !known {
				return nil, false
			}
			inner := m[2]
			if kind == BlockButton {
				bm := buttonInner.FindStringSubmatch(inner)
				if bm == nil {
					return nil, false
				}
				b.Link, inner = bm[1], bm[2]
			}
			text, ok := parseInline(inner)
			if !ok {
				return nil, false
			}
			b.Kind, b.Text = kind, text
		}
		b.If = cond
		blocks = append(blocks, b)
	}
	if open || len(blocks) == 0 || len(blocks) > MaxBlocks {
		return nil, false
	}
	return blocks, true
}

func kindOfStyle(style string) (BlockKind, bool) {
	for k, s := range paragraphStyles {
		if s == style {
			return k, true
		}
	}
	return "", false
}

// parseInline turns a block's inner HTML into its text: <br> a newline, a link to an
// address variable the variable, entities unescaped; markup is allowed only inside a
// condition (kept as written). Anything else does not parse.
func parseInline(inner string) (string, bool) {
	inner = linkToItself.ReplaceAllStringFunc(inner, func(a string) string {
		m := linkToItself.FindStringSubmatch(a)
		if m[1] != m[2] {
			return a
		}
		return "{{." + m[1] + "}}"
	})
	segs, err := segments(inner)
	if err != nil {
		return "", false
	}
	var b strings.Builder
	for _, sg := range segs {
		switch {
		case sg.name != "":
			b.WriteString("{{." + sg.name + "}}")
		case sg.cond != "":
			b.WriteString(sg.cond)
		default:
			t := strings.NewReplacer("<br>", "\n", "<strong>", "**", "</strong>", "**").Replace(sg.text)
			if strings.ContainsAny(t, "<>") {
				return "", false
			}
			b.WriteString(html.UnescapeString(t))
		}
	}
	return b.String(), true
}
