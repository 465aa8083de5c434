package mail

import (
	"embed"
	"fmt"
	"strings"
)

// The standard texts ship with the binary, one file per kind, language and field:
// standard/{nl,en}/{kind}.{subject,txt,html}.tmpl, with the kind in lower case. The
// HTML file is the body inside the fixed frame of every mail (see shell).
//
//go:embed standard
var standardFS embed.FS

type textKey struct {
	kind   Kind
	locale Locale
}

// standard holds the parsed-and-checked standard texts; loading panics at start-up
// when one is missing or breaks the rules an override must follow, so a broken text
// never reaches a running server.
var standard = loadStandard()

func loadStandard() map[textKey]Texts {
	out := make(map[textKey]Texts, len(Kinds)*len(Locales))
	for _, l := range Locales {
		for _, k := range Kinds {
			var t Texts
			for _, f := range []struct {
				ext, field string
				dst        *string
			}{
				{"subject", FieldSubject, &t.Subject},
				{"txt", FieldText, &t.Text},
				{"html", FieldHTML, &t.HTML},
			} {
				name := fmt.Sprintf("standard/%s/%s.%s.tmpl", l, strings.ToLower(string(k)), f.ext)
				b, err := standardFS.ReadFile(name)
				if err != nil {
					panic(fmt.Sprintf("mail: standard text %s is missing: %v", name, err))
				}
				src := strings.TrimRight(string(b), " \r\n")
				if f.field == FieldText || f.field == FieldHTML {
					src += "\n"
				}
				if ue := checkTemplate(k, f.field, src); ue != nil {
					panic(fmt.Sprintf("mail: standard text %s: %s", name, ue.Message))
				}
				*f.dst = src
			}
			out[textKey{k, l}] = t
		}
	}
	return out
}

// Standard returns the standard texts of kind k in locale l.
func Standard(k Kind, l Locale) (Texts, bool) {
	t, ok := standard[textKey{k, l}]
	return t, ok
}
