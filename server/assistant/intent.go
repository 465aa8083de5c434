package assistant

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Intent is what a question is recognised as (GraphQL AssistantIntent).
type Intent string

// The intents.
const (
	LeaveBalance  Intent = "LEAVE_BALANCE"
	LeaveExpiry   Intent = "LEAVE_EXPIRY"
	LeaveRequests Intent = "LEAVE_REQUESTS"
	LatestPay     Intent = "LATEST_PAY"
	NextPayslip   Intent = "NEXT_PAYSLIP"
	SickReport    Intent = "SICK_REPORT"
	Document      Intent = "DOCUMENT"
	Help          Intent = "HELP"
	OtherPerson   Intent = "OTHER_PERSON"
	Unknown       Intent = "UNKNOWN"
)

// keyword is a word (or, with a space, a phrase) that points to an intent. An anchor
// names the subject (verlof, loonstrook); the others only sharpen it (hoeveel, volgende).
type keyword struct {
	word   string
	weight int
}

func anchors(words ...string) []keyword { return weighted(3, words...) }
func hints(words ...string) []keyword   { return weighted(1, words...) }
func strong(words ...string) []keyword  { return weighted(2, words...) }

func weighted(w int, words ...string) []keyword {
	out := make([]keyword, len(words))
	for i, s := range words {
		out[i] = keyword{s, w}
	}
	return out
}

func join(groups ...[]keyword) []keyword {
	var out []keyword
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// The leave subject in both languages; the three leave intents share it and differ in
// their hints.
var leaveWords = anchors("verlof", "vakantie", "vakantiedagen", "vrije dagen", "vrij", "leave", "vacation", "holiday", "holidays", "days off", "time off", "pto")

// intents are the recognisable intents and their words, Dutch and English. Words are
// written normalised (lower case, no accents); compounds are found inside longer words
// (verlofsaldo holds verlof), and typos are tolerated by edit distance.
var intents = []struct {
	intent Intent
	words  []keyword
}{
	{LeaveBalance, join(leaveWords,
		strong("saldo", "balance", "over", "left", "remaining", "resterend", "tegoed"),
		hints("hoeveel", "how many", "how much", "nog", "uren", "hours", "dagen", "days", "heb", "have"))},
	{LeaveExpiry, join(leaveWords,
		strong("vervalt", "vervallen", "verloopt", "verlopen", "verjaart", "verjaren", "expire", "expires", "expiry", "expiring", "lapse", "houdbaar", "geldig", "valid"),
		hints("wanneer", "when", "tot", "until"))},
	{LeaveRequests, join(leaveWords,
		strong("aanvraag", "aanvragen", "aangevraagd", "request", "requests", "requested", "status", "goedgekeurd", "afgewezen", "approved", "rejected", "pending", "beoordeeld", "ingediend", "submitted"),
		hints("open", "staat", "mijn", "my"))},
	{LatestPay, join(anchors("salaris", "loon", "netto", "nettoloon", "salary", "pay", "paid", "wage", "wages", "net", "uitbetaald", "verdiend", "earned", "loonstrook", "payslip"),
		strong("laatste", "vorige", "latest", "last", "recent", "afgelopen", "previous"),
		hints("hoeveel", "how much", "wat", "what", "kreeg", "get", "got", "ontvangen", "received", "maand", "month"))},
	{NextPayslip, join(anchors("loonstrook", "loonstroken", "payslip", "payslips", "salaris", "loon", "salary", "pay", "uitbetaling", "payday"),
		strong("volgende", "next", "nieuwe", "new", "komende", "upcoming", "wanneer", "when"),
		hints("komt", "come", "comes", "krijg", "verschijnt", "appear", "available", "beschikbaar", "datum", "date"))},
	{SickReport, join(anchors("ziek", "ziekmelding", "ziekgemeld", "ziekte", "verzuim", "sick", "ill", "illness", "absence", "hersteld", "herstelmelding", "recovery", "recovered"),
		hints("melding", "report", "reported", "open", "gemeld", "status", "nog", "still", "ben", "am"))},
	{Document, join(anchors("document", "documenten", "documents", "contract", "arbeidsovereenkomst", "arbeidscontract", "dossier", "bestand", "file", "brief", "letter", "jaaropgave", "jaaropgaven", "annual statement", "pdf"),
		hints("waar", "where", "vind", "find", "staat", "download", "downloaden", "zien", "see", "mijn", "my"))},
}

// faqWords point to the help's questions by their ID (faq.nl.json, faq.en.json).
var faqWords = map[string][]keyword{
	"uitnodiging":             join(anchors("uitnodiging", "uitnodigingsmail", "uitgenodigd", "invitation", "invite", "invited"), hints("mail", "email", "doen", "do")),
	"niet-inloggen":           join(anchors("inloggen", "login", "log in", "sign in", "aanmelden", "signing in", "logging in"), hints("kan niet", "cannot", "can't", "cant", "lukt", "foutmelding", "error", "werkt niet", "not working")),
	"wachtwoord-vergeten":     join(anchors("wachtwoord", "password"), strong("vergeten", "forgot", "forgotten", "kwijt", "lost", "reset", "herstellen")),
	"gebruikersnaam-vergeten": join(anchors("gebruikersnaam", "username", "user name", "inlognaam"), strong("vergeten", "forgot", "forgotten", "kwijt", "lost")),
	"activeren":               join(anchors("activeren", "activate", "valideren", "validate", "activatie", "activation"), hints("account")),
	"geblokkeerd":             join(anchors("geblokkeerd", "blocked", "locked", "vergrendeld", "lockout", "locked out"), strong("drie keer", "three times", "verkeerd", "wrong")),
	"toegang-beeindigd":       join(anchors("toegang", "access"), strong("ingetrokken", "revoked", "beeindigd", "ended", "geblokkeerd", "blocked", "werkgever", "employer")),
	"dienstverbanden":         join(anchors("dienstverbanden", "dienstverband", "employments", "employment", "inlogcodes"), hints("meerdere", "multiple", "several", "twee", "two")),
	"gegevens":                join(anchors("gegevens", "personal data", "my details", "adres", "address", "naam"), strong("kloppen", "klopt", "wrong", "incorrect", "onjuist", "fout", "wijzigen", "change")),
	"app":                     join(anchors("app", "iphone", "android", "app store", "play store"), hints("telefoon", "phone", "mobiel", "mobile", "beschikbaar", "available")),
}

// normalise lower-cases s, drops accents and turns everything but letters and digits
// into single spaces, so "Hoeveel vakantiedágen?" becomes "hoeveel vakantiedagen".
func normalise(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, _ = transform.String(t, s)
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			if r == '\'' {
				continue
			}
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// levenshtein is the edit distance of a and b (runes), stopping early above limit.
func levenshtein(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// tolerance is how many typos a word of n letters may have: none below 5 letters (short
// words are too alike), one up to 8, two beyond.
func tolerance(n int) int {
	switch {
	case n < 5:
		return 0
	case n <= 8:
		return 1
	}
	return 2
}

// matches reports whether a keyword occurs in the question's tokens: a phrase as a
// whole, a word as a token, inside a compound token (verlofsaldo) or with typos.
func matches(tokens []string, text, kw string) bool {
	if strings.Contains(kw, " ") {
		return strings.Contains(" "+text+" ", " "+kw+" ")
	}
	tol := tolerance(len([]rune(kw)))
	for _, tok := range tokens {
		switch {
		case tok == kw:
			return true
		case len(kw) >= 5 && strings.Contains(tok, kw):
			return true
		case tol > 0 && levenshtein(tok, kw, tol) <= tol:
			return true
		case tol > 0 && len(tok) > len(kw)+2 && levenshtein(tok[:len(kw)], kw, 1) <= 1:
			// A compound with a typo in its first part: verlgfsaldo.
			return true
		}
	}
	return false
}

// score adds the weights of the keywords the question holds; zero without an anchor.
func score(tokens []string, text string, words []keyword) int {
	total, anchored := 0, false
	for _, k := range words {
		if matches(tokens, text, k.word) {
			total += k.weight
			if k.weight >= 3 {
				anchored = true
			}
		}
	}
	if !anchored {
		return 0
	}
	return total
}

// Recognise finds the intent of a question, and for HELP the ID of the help's question.
// The best-scoring intent wins; the help wins a tie, because its words are specific
// (wachtwoord, gebruikersnaam).
func Recognise(question string) (Intent, string) {
	text := normalise(question)
	tokens := strings.Fields(text)
	best, bestScore, faq := Unknown, 0, ""
	for _, in := range intents {
		if s := score(tokens, text, in.words); s > bestScore {
			best, bestScore = in.intent, s
		}
	}
	faqScore := 0
	for _, id := range faqOrder {
		if s := score(tokens, text, faqWords[id]); s > faqScore {
			faq, faqScore = id, s
		}
	}
	if faqScore > 0 && faqScore >= bestScore {
		return Help, faq
	}
	return best, ""
}

// faqOrder is the help's order, so that ties go the same way every time.
var faqOrder = []string{"uitnodiging", "niet-inloggen", "wachtwoord-vergeten", "gebruikersnaam-vergeten", "activeren",
	"geblokkeerd", "toegang-beeindigd", "dienstverbanden", "gegevens", "app"}
