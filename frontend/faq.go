package frontend

import _ "embed"

// The employees' help (FAQ) about signing in, in Dutch and English: the texts of the
// login-help page (src/features/employee-recovery/faq.*.json), embedded so that the
// assistant (R41) answers with the same texts and never a copy that drifts.

//go:embed src/features/employee-recovery/faq.nl.json
var faqNL []byte

//go:embed src/features/employee-recovery/faq.en.json
var faqEN []byte

// FAQ returns the help page's content in lang ("nl" or "en"; anything else is Dutch).
func FAQ(lang string) []byte {
	if lang == "en" {
		return faqEN
	}
	return faqNL
}
