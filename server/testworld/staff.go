package testworld

import (
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// ProviderStaff adds an ak-gebruiker of p who signs in with username and the password
// whose argon2id hash is passwordHash, holding rights.
func (w *World) ProviderStaff(p *ent.Provider, username, passwordHash string, rights ...viewer.Right) *ent.User {
	w.t.Helper()
	return w.staff(username, passwordHash, rights).SetProviderID(p.ID).SaveX(w.Sys)
}

// EmployerStaff adds a werkgevergebruiker of e, like ProviderStaff.
func (w *World) EmployerStaff(e *ent.Employer, username, passwordHash string, rights ...viewer.Right) *ent.User {
	w.t.Helper()
	return w.staff(username, passwordHash, rights).SetEmployerID(e.ID).SaveX(w.Sys)
}

func (w *World) staff(username, passwordHash string, rights []viewer.Right) *ent.UserCreate {
	return w.Store.Client.User.Create().SetUsername(username).SetUsernameKey(strings.ToLower(username)).
		SetDisplayName(username).SetPasswordHash(passwordHash).SetRights(rightStrings(rights))
}

// Integrator adds an API client of p named name, whose secret hashes to secretHash,
// holding rights (R44).
func (w *World) Integrator(p *ent.Provider, name, secretHash string, rights ...viewer.Right) *ent.APIClient {
	w.t.Helper()
	return w.Store.Client.APIClient.Create().SetName(name).SetProviderID(p.ID).SetSecretHash(secretHash).
		SetRights(rightStrings(rights)).SaveX(w.Sys)
}

func rightStrings(rights []viewer.Right) []string {
	out := make([]string, len(rights))
	for i, r := range rights {
		out[i] = string(r)
	}
	return out
}
