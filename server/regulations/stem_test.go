package regulations_test

import (
	"slices"
	"testing"

	"github.com/werkportaal/werkportaal/server/regulations"
)

// The Snowball Dutch stemmer on words of the vocabulary of the Snowball project's
// Dutch test list (snowballstem.org, voc.txt/output.txt).
func TestStem(t *testing.T) {
	for word, want := range map[string]string{
		"vakantiedagen":       "vakantiedag",
		"vakantiedag":         "vakantiedag",
		"thuiswerkvergoeding": "thuiswerkvergoed",
		"lichamelijke":        "licham",
		"lichamelijk":         "licham",
		"mogelijkheden":       "mogelijk",
		"opgaven":             "opgav",
		"kinderen":            "kinder",
		"heden":               "heden",
		"maanden":             "maand",
		"afdelingen":          "afdel",
		"betaalbaar":          "betal",
		"ziekte":              "ziekt",
		"reizen":              "reiz",
		"ab":                  "ab",
	} {
		if got := regulations.Stem(word); got != want {
			t.Errorf("Stem(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestTerms(t *testing.T) {
	got := regulations.Terms("Hoeveel vakantiedagen heb ik nog?")
	if !slices.Equal(got, []string{"vakantiedag"}) {
		t.Errorf("Terms = %q", got)
	}
}
