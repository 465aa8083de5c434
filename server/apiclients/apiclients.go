// Package apiclients manages integrators' API clients (R44): a name, a scope (the
// provider or one employer) and rights, a secret shown once, rotation with a day's
// overlap, and disabling. The rules are those of staff users (R43): the right
// MANAGE_USERS at the holder's own level, and nobody gives a right they do not hold.
// How a client signs in stays in server/auth (the client-credentials grant).
package apiclients

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/apiclient"
	"github.com/werkportaal/werkportaal/ent/employer"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// RotationOverlap is how long the secret before a rotation keeps working (R44).
const RotationOverlap = 24 * time.Hour

// Codes of expected failures (payload userErrors). Stable: the SPA translates them.
const (
	// CodeRightNotHeld: the caller asked to give (or, by rotating, obtain) a right it
	// does not hold itself; the rule staff users share (viewer.Grantable).
	CodeRightNotHeld = viewer.CodeRightNotHeld
	// CodeDisabled: the client is disabled; it cannot be rotated or disabled again.
	CodeDisabled apperr.UserCode = "API_CLIENT_DISABLED"
	// CodeInvalidInput: a name that is empty or too long, or an unknown right.
	CodeInvalidInput apperr.UserCode = "INVALID_INPUT"
)

// Audit actions (R27).
const (
	ActionCreated       audit.Action = "API_CLIENT_CREATED"
	ActionSecretRotated audit.Action = "API_CLIENT_SECRET_ROTATED" //nolint:gosec // G101: the name of an audit action, not a credential
	ActionDisabled      audit.Action = "API_CLIENT_DISABLED"
)

// MaxNameLen is the longest name of a client, in characters.
const MaxNameLen = 200

// Service manages API clients.
type Service struct {
	Client *ent.Client
	Clock  clock.Clock
	// Pepper keys the HMAC under which secrets are stored (CLIENT_SECRET_PEPPER); the
	// same as auth.Service.ClientSecretPepper, which checks them.
	Pepper []byte
}

// employerInScope reads an employer the caller may see; another tenant's employer is
// not found, exactly like one that does not exist.
func employerInScope(ctx context.Context, c *ent.Client, id string) (*ent.Employer, error) {
	e, err := c.Employer.Query().Where(employer.ID(id)).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("employer %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("apiclients: employer %s: %w", id, err)
	}
	return e, nil
}

// List returns the clients the caller manages, optionally of one employer, as a query
// to paginate. An employer outside the caller's scope is NOT_FOUND.
func (s *Service) List(ctx context.Context, employerID string) (*ent.APIClientQuery, error) {
	if _, err := viewer.Require(ctx, viewer.ManageUsers); err != nil {
		return nil, err
	}
	q := s.Client.APIClient.Query()
	if employerID != "" {
		if _, err := employerInScope(ctx, s.Client, employerID); err != nil {
			return nil, err
		}
		q.Where(apiclient.EmployerID(employerID))
	}
	return q, nil
}

// CreateInput is a new client.
type CreateInput struct {
	Name       string
	EmployerID string // "" for a provider-level client
	Rights     []viewer.Right
}

// WithSecret is a new or rotated client with its secret in the clear, which exists only
// in this answer.
type WithSecret struct {
	Client *ent.APIClient
	Secret string
}

// Create makes a client at the caller's level or below it, with rights the caller holds.
func (s *Service) Create(ctx context.Context, in CreateInput) (*WithSecret, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSpace(in.Name)
	if name == "" || utf8.RuneCountInString(name) > MaxNameLen {
		return nil, apperr.User(CodeInvalidInput, fmt.Sprintf("a name of 1 to %d characters", MaxNameLen), "name")
	}
	rights, err := grantable(v, in.Rights)
	if err != nil {
		return nil, err
	}
	var emp *ent.Employer
	if in.EmployerID != "" {
		if emp, err = employerInScope(ctx, s.Client, in.EmployerID); err != nil {
			return nil, err
		}
	} else if v.Scope != viewer.ScopeProvider {
		return nil, apperr.Forbiddenf("an employer's manager creates clients of its own employer only: give employerId")
	}
	secret, hash, err := s.newSecret()
	if err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	var out *ent.APIClient
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		create := c.APIClient.Create().SetProviderID(v.ProviderID).SetName(name).SetSecretHash(hash).
			SetRights(rightStrings(rights)).SetCreatedAt(now).SetUpdatedAt(now)
		if emp != nil {
			create.SetEmployerID(emp.ID)
		}
		if out, err = create.Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionCreated, out, now, map[string]string{
			"name": name, "scope": string(scopeOf(out)), "rights": strings.Join(rightStrings(rights), ","),
		}))
	})
	if err != nil {
		return nil, err
	}
	return &WithSecret{Client: out, Secret: secret}, nil
}

// Rotate gives a client a new secret; the current one keeps working for
// RotationOverlap, an older one stops at once (R44). The caller must hold every right
// of the client: whoever holds its secret acts with its rights.
func (s *Service) Rotate(ctx context.Context, id string) (*WithSecret, error) {
	v, err := viewer.Require(ctx, viewer.ManageUsers)
	if err != nil {
		return nil, err
	}
	secret, hash, err := s.newSecret()
	if err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	var out *ent.APIClient
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := load(ctx, c, id)
		if err != nil {
			return err
		}
		if cur.DisabledAt != nil {
			return apperr.User(CodeDisabled, "the API client is disabled", "apiClientId")
		}
		for _, r := range cur.Rights {
			if viewer.ValidRight(viewer.Right(r)) && !v.Has(viewer.Right(r)) {
				return apperr.User(CodeRightNotHeld, fmt.Sprintf("the client holds %s, which you do not", r), "apiClientId")
			}
		}
		if out, err = c.APIClient.UpdateOne(cur).SetSecretHash(hash).
			SetPreviousSecretHash(cur.SecretHash).SetPreviousSecretExpiresAt(now.Add(RotationOverlap)).
			SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionSecretRotated, out, now, map[string]string{
			"previousSecretExpiresAt": now.Add(RotationOverlap).UTC().Format(time.RFC3339),
		}))
	})
	if err != nil {
		return nil, err
	}
	return &WithSecret{Client: out, Secret: secret}, nil
}

// Disable ends a client for good: it gets no new token, and its live tokens stop on
// their next request (their sessions end in the same transaction).
func (s *Service) Disable(ctx context.Context, id string) (*ent.APIClient, error) {
	if _, err := viewer.Require(ctx, viewer.ManageUsers); err != nil {
		return nil, err
	}
	now := s.Clock.Now()
	var out *ent.APIClient
	err := store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		cur, err := load(ctx, c, id)
		if err != nil {
			return err
		}
		if cur.DisabledAt != nil {
			return apperr.User(CodeDisabled, "the API client is already disabled", "apiClientId")
		}
		if out, err = c.APIClient.UpdateOne(cur).SetDisabledAt(now).
			ClearPreviousSecretHash().ClearPreviousSecretExpiresAt().SetUpdatedAt(now).Save(ctx); err != nil {
			return err
		}
		ended, err := auth.RevokeAllSessions(ctx, c, cur.ID, "API_CLIENT_DISABLED", now)
		if err != nil {
			return err
		}
		return audit.Record(ctx, c, event(ActionDisabled, out, now, map[string]string{"endedSessions": fmt.Sprint(ended)}))
	})
	return out, err
}

// load reads and locks a client the caller manages; another tenant's client is not
// found, exactly like one that does not exist.
func load(ctx context.Context, c *ent.Client, id string) (*ent.APIClient, error) {
	a, err := c.APIClient.Query().Where(apiclient.ID(id)).Modify(store.ForUpdate).Only(ctx)
	if ent.IsNotFound(err) || errors.Is(err, privacy.Deny) {
		return nil, apperr.NotFoundf("API client %s not found", id)
	}
	if err != nil {
		return nil, fmt.Errorf("apiclients: load %s: %w", id, err)
	}
	return a, nil
}

// grantable is viewer.Grantable: the rule of staff users (R43) and API clients (R44).
func grantable(v *viewer.Principal, rights []viewer.Right) ([]viewer.Right, error) {
	return viewer.Grantable(v, rights)
}

// newSecret returns a fresh secret and its stored form. The prefix lets secret scanners
// recognise a leaked one.
func (s *Service) newSecret() (secret, hash string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", err
	}
	secret = "wpcs_" + base64.RawURLEncoding.EncodeToString(b)
	if hash, err = auth.ClientSecretHash(s.Pepper, secret); err != nil {
		return "", "", err
	}
	return secret, hash, nil
}

// Scope returns the level a client works at.
func Scope(c *ent.APIClient) viewer.Scope { return scopeOf(c) }

func scopeOf(c *ent.APIClient) viewer.Scope {
	if c.EmployerID != nil {
		return viewer.ScopeEmployer
	}
	return viewer.ScopeProvider
}

// Rights returns the known rights of a client in the vocabulary's order.
func Rights(c *ent.APIClient) []viewer.Right { return viewer.KnownRights(c.Rights) }

func rightStrings(rs []viewer.Right) []string { return viewer.RightStrings(rs) }

func event(a audit.Action, c *ent.APIClient, at time.Time, details map[string]string) audit.Event {
	e := audit.Event{Action: a, ProviderID: c.ProviderID, TargetType: "ApiClient", TargetID: c.ID, Details: details, At: at}
	if c.EmployerID != nil {
		e.EmployerID = *c.EmployerID
	}
	return e
}
