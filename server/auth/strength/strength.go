// Package strength is the policy for employees' portal passwords (R4), after NIST
// SP 800-63B §5.1.1.2 and the OWASP authentication cheat sheet:
//
//   - at least MinLength and at most MaxLength characters, counted in Unicode code points
//     after NFC normalisation, so "wachtwoörd" is ten characters however it was typed;
//   - no composition rules (no "one digit, one capital"): every printable character,
//     spaces included, is allowed, and long passphrases are encouraged;
//   - rejected when it is a common password (the 10,000 most common passwords plus a
//     hand-written list of Dutch ones), when it contains the employee's own data
//     (username, names, e-mail address, employer, birth date), and when a zxcvbn-style
//     estimate puts it below MinScore (fewer than about 10^8 guesses).
//
// The estimator follows zxcvbn 4.4.2 (Wheeler, "zxcvbn: Low-Budget Password Strength
// Estimation", USENIX Security 2016): it finds every dictionary word (English and Dutch,
// also reversed and with l33t substitutions), keyboard walk (qwerty, azerty, keypad),
// sequence, repeat, year and date in the password, and searches by dynamic programming
// for the decomposition an attacker would need the fewest guesses for. It prices a
// decomposition as zxcvbn's exclude_additive mode does (see mostGuessable), so that
// word+word+year ("HalloWereld2024") does not pass on the number of its parts alone.
//
// Check is safe for concurrent use. The word lists are embedded (see lists/) and
// loaded on the first call; Warm loads them ahead of time.
package strength

import (
	"math"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Length limits, in Unicode code points after NFC normalisation.
const (
	MinLength = 10
	MaxLength = 128
)

// MinScore is the lowest estimator score (0..4) a password needs: 3 means at least
// about 10^8 guesses, safe against online attacks and slowed offline ones (the portal
// stores argon2id hashes).
const MinScore = 3

// Reason codes in Result.Code. They are stable: the SPA translates them.
const (
	CodeTooShort             = "TOO_SHORT"
	CodeTooLong              = "TOO_LONG"
	CodeCommonPassword       = "COMMON_PASSWORD"
	CodeContainsPersonalData = "CONTAINS_PERSONAL_DATA"
	CodeTooGuessable         = "TOO_GUESSABLE"
)

// Advice codes in Result.Advice. They are stable: the SPA translates them. Advice is
// listed in this order.
const (
	AdviceAvoidPersonalData     = "AVOID_PERSONAL_DATA"
	AdviceAvoidCommonWords      = "AVOID_COMMON_WORDS"
	AdviceAvoidSubstitutions    = "AVOID_PREDICTABLE_SUBSTITUTIONS" // p@ssw0rd
	AdviceAvoidReversedWords    = "AVOID_REVERSED_WORDS"            // droowthcaw
	AdviceAvoidKeyboardPatterns = "AVOID_KEYBOARD_PATTERNS"
	AdviceAvoidSequences        = "AVOID_SEQUENCES"
	AdviceAvoidRepeats          = "AVOID_REPEATS"
	AdviceAvoidDates            = "AVOID_DATES" // dates and years
	AdviceUseMoreWords          = "USE_MORE_WORDS"
)

// Result is the verdict on one password.
type Result struct {
	OK bool
	// Score is 0..4 like zxcvbn: 0 below 10^3 guesses, 1 below 10^6, 2 below 10^8,
	// 3 below 10^10, 4 above. A rejected password never scores above MinScore-1, so a
	// strength meter does not show it as strong; an accepted one scores at least MinScore.
	Score int
	// Code is "" when OK, else one of the Code constants. When several apply the first
	// of TOO_LONG, TOO_SHORT, COMMON_PASSWORD, CONTAINS_PERSONAL_DATA, TOO_GUESSABLE wins.
	Code string
	// Advice holds Advice constants for a rejected password (nil when OK), most specific
	// first and USE_MORE_WORDS last.
	Advice []string
	// Guesses is the estimated number of guesses (0 for TOO_LONG, which is not estimated).
	Guesses float64
}

// GuessesLog10 is log10(Guesses), the figure to log or show (0 when not estimated).
func (r Result) GuessesLog10() float64 {
	if r.Guesses <= 1 {
		return 0
	}
	return math.Log10(r.Guesses)
}

// Normalize returns the NFC form of password, the form Check measures. Store and verify
// password hashes over the same form, or an "é" typed on one keyboard will not match
// the "é" typed on another.
func Normalize(password string) string { return norm.NFC.String(password) }

// Warm loads the embedded word lists now instead of on the first Check (about 25 ms;
// the dictionary then holds about 5 MB).
func Warm() { loadDictionary() }

// Check judges password against the policy. personal is whatever the portal knows about
// the employee: username, first and last name, e-mail address, employer name, birth date
// ("1985-03-17" or "17-03-1985"), and so on; empty strings are ignored.
//
// A password containing a piece of that data of four characters or more ("jansen",
// "janjansen" from "jan.jansen", "1985", "17031985"), also in capitals, l33t, reversed
// or split by separators, is rejected outright. Shorter pieces ("jan", "bos") only make
// the estimate cheaper; a password that is too guessable and leans on them is also
// reported as CONTAINS_PERSONAL_DATA.
//
// Invalid UTF-8 bytes count as one character each (U+FFFD); JSON cannot carry them.
func Check(password string, personal ...string) Result {
	// Anything this long is over MaxLength after normalisation too (NFC composes at most
	// three code points into one); not normalising it bounds the work on hostile input.
	if utf8.RuneCountInString(password) > 4*MaxLength {
		return Result{Code: CodeTooLong}
	}
	pw := []rune(norm.NFC.String(password))
	if len(pw) > MaxLength {
		return Result{Code: CodeTooLong}
	}
	d := loadDictionary()
	pd := buildPersonal(personal)
	a := &analyzer{d: d, personal: pd.soft, personalMax: pd.maxLen}
	est := a.estimate(pw, 0)
	score := scoreOf(est.guesses)
	weak := score < MinScore

	var code string
	switch {
	case len(pw) < MinLength:
		code = CodeTooShort
	case d.isCommon(pw):
		code = CodeCommonPassword
	case pd.containedIn(pw) || (weak && est.usesPersonal()):
		code = CodeContainsPersonalData
	case weak:
		code = CodeTooGuessable
	}
	if code == "" {
		return Result{OK: true, Score: score, Guesses: est.guesses}
	}

	var adv adviceSet
	if weak {
		adv |= est.advice()
	}
	switch code {
	case CodeTooShort, CodeTooGuessable:
		adv |= adviceMoreWords
	case CodeCommonPassword:
		adv |= adviceCommonWords | adviceMoreWords
	case CodeContainsPersonalData:
		adv |= advicePersonal
		if weak {
			adv |= adviceMoreWords
		}
	}
	return Result{Score: min(score, MinScore-1), Code: code, Advice: adv.codes(), Guesses: est.guesses}
}

func scoreOf(guesses float64) int {
	const delta = 5 // as zxcvbn: a guess count on a boundary gets the lower score
	switch {
	case guesses < 1e3+delta:
		return 0
	case guesses < 1e6+delta:
		return 1
	case guesses < 1e8+delta:
		return 2
	case guesses < 1e10+delta:
		return 3
	default:
		return 4
	}
}

// adviceSet is a set of advice codes; the bit order is the order of Result.Advice.
type adviceSet uint16

const (
	advicePersonal adviceSet = 1 << iota
	adviceCommonWords
	adviceSubstitutions
	adviceReversed
	adviceKeyboard
	adviceSequences
	adviceRepeats
	adviceDates
	adviceMoreWords
)

var adviceNames = [...]string{
	AdviceAvoidPersonalData,
	AdviceAvoidCommonWords,
	AdviceAvoidSubstitutions,
	AdviceAvoidReversedWords,
	AdviceAvoidKeyboardPatterns,
	AdviceAvoidSequences,
	AdviceAvoidRepeats,
	AdviceAvoidDates,
	AdviceUseMoreWords,
}

func (s adviceSet) codes() []string {
	var out []string
	for i, name := range adviceNames {
		if s&(1<<i) != 0 {
			out = append(out, name)
		}
	}
	return out
}

var dictOnce sync.Once
var dict *dictionary

func loadDictionary() *dictionary {
	dictOnce.Do(func() { dict = buildDictionary() })
	return dict
}
