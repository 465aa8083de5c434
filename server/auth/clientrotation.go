package auth

import (
	"context"
	"time"

	"github.com/werkportaal/werkportaal/ent"
)

// matchesPreviousSecret reports whether secret is the client's secret from before its
// last rotation and that one still works at now: a rotation keeps the old secret valid
// for a day, so an integration can switch without downtime (R44).
func (s *Service) matchesPreviousSecret(ctx context.Context, c *ent.APIClient, secret string, now time.Time) (bool, error) {
	if c.PreviousSecretHash == nil || c.PreviousSecretExpiresAt == nil || !now.Before(*c.PreviousSecretExpiresAt) {
		return false, nil
	}
	ok, _, err := s.verifyClientSecret(ctx, *c.PreviousSecretHash, secret)
	return ok, err
}
