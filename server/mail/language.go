package mail

import (
	"context"
	"fmt"
	"maps"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// recipientLanguages returns, per person among msgs' recipients, the language the
// employee chose in the portal (R46). A person without a choice is absent: their mails
// keep the caller's Locale, Dutch by default. This is the one place where a mail's
// language is read, so every kind of mail to an employee follows the choice; a caller
// that read the account in the same transaction passes it (Message.Chosen) instead.
func recipientLanguages(ctx context.Context, client *ent.Client, msgs []Message) (map[string]Locale, error) {
	seen := map[string]bool{}
	ids := make([]string, 0, len(msgs))
	for _, m := range msgs {
		if m.PersonID != "" && m.Chosen == nil && !seen[m.PersonID] {
			seen[m.PersonID] = true
			ids = append(ids, m.PersonID)
		}
	}
	out := map[string]Locale{}
	sys := viewer.System(ctx)
	for len(ids) > 0 {
		n := min(len(ids), store.AnyOfChunk)
		var rows []struct {
			PersonID string `json:"person_id"`
			Language string `json:"language"`
		}
		err := client.Account.Query().
			Where(predicate.Account(store.AnyOf(account.FieldPersonID, ids[:n])), account.LanguageNotNil()).
			Select(account.FieldPersonID, account.FieldLanguage).
			Scan(sys, &rows)
		if err != nil {
			return nil, fmt.Errorf("mail: read the recipients' languages: %w", err)
		}
		for _, r := range rows {
			if l := Locale(r.Language); l.Valid() {
				out[r.PersonID] = l
			}
		}
		ids = ids[n:]
	}
	return out, nil
}

// checkTimes refuses time variables outside the kind's allow-list, like checkVars.
func checkTimes(k Kind, times map[string]time.Time) error {
	for name := range times {
		if _, ok := variable(k, name); !ok {
			return fmt.Errorf("%w %q for %s (allowed: %s)", ErrUnknownVariable, name, k, variableNames(k))
		}
	}
	return nil
}

// withTimes returns vars with the moments written in language l.
func withTimes(vars map[string]string, times map[string]time.Time, l Locale) map[string]string {
	out := make(map[string]string, len(vars)+len(times))
	maps.Copy(out, vars)
	for name, t := range times {
		out[name] = FormatTime(t, l)
	}
	return out
}
