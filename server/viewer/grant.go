package viewer

import (
	"fmt"
	"slices"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// The rules of giving rights, shared by staff users (R43) and API clients (R44).
const (
	// CodeRightNotHeld: the caller asked to give, take away or (by rotating a secret)
	// obtain a right it does not hold itself.
	CodeRightNotHeld apperr.UserCode = "RIGHT_NOT_HELD"
	// CodeUnknownRight is the code of a right outside the vocabulary: invalid input.
	CodeUnknownRight apperr.UserCode = "INVALID_INPUT"
)

// Grantable returns rights, each once and in the vocabulary's order, when the caller
// holds them all (R43, R44: nobody gives a right they do not hold).
func Grantable(v *Principal, rights []Right) ([]Right, error) {
	for _, r := range rights {
		if !ValidRight(r) {
			return nil, apperr.User(CodeUnknownRight, fmt.Sprintf("unknown right %q", r), "rights")
		}
	}
	out := make([]Right, 0, len(rights))
	for _, r := range AllRights {
		if !slices.Contains(rights, r) {
			continue
		}
		if !v.Has(r) {
			return nil, apperr.User(CodeRightNotHeld, fmt.Sprintf("you do not hold %s, so you cannot give it", r), "rights")
		}
		out = append(out, r)
	}
	return out, nil
}

// Changeable checks a change of someone's rights from before to after: every right
// that is added or taken away must be held by the caller, who can neither give nor
// take what it does not hold (R43). It returns after as Grantable does.
func Changeable(v *Principal, before []Right, after []Right) ([]Right, error) {
	for _, r := range after {
		if !ValidRight(r) {
			return nil, apperr.User(CodeUnknownRight, fmt.Sprintf("unknown right %q", r), "rights")
		}
	}
	out := make([]Right, 0, len(after))
	for _, r := range AllRights {
		had, has := slices.Contains(before, r), slices.Contains(after, r)
		if had != has && !v.Has(r) {
			return nil, apperr.User(CodeRightNotHeld, fmt.Sprintf("you do not hold %s, so you cannot give or take it", r), "rights")
		}
		if has {
			out = append(out, r)
		}
	}
	return out, nil
}

// KnownRights keeps the known rights of a stored list in the vocabulary's order; an
// unknown one (from a newer version, or a typo in data) grants nothing.
func KnownRights(stored []string) []Right {
	out := make([]Right, 0, len(stored))
	for _, r := range AllRights {
		if slices.Contains(stored, string(r)) {
			out = append(out, r)
		}
	}
	return out
}

// RightStrings is rights as stored.
func RightStrings(rs []Right) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}
