package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apiclients"
)

// secretPayload shapes the answer of createApiClient and rotateApiClientSecret: the
// client with its secret, shown this once (R44), or why nothing changed.
func secretPayload(c *apiclients.WithSecret, err error) (*model.APIClientSecretPayload, error) {
	return payload(err, func() *model.APIClientSecretPayload {
		return &model.APIClientSecretPayload{APIClient: c.Client, ClientSecret: &c.Secret}
	})
}
