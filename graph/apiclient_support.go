package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apiclients"
)

// secretPayload shapes the answer of createApiClient and rotateApiClientSecret: the
// client with its secret, shown this once (R44), or why nothing changed.
func secretPayload(c *apiclients.WithSecret, err error) (*model.APIClientSecretPayload, error) {
	if ues, err := userErrors(err); err != nil || ues != nil {
		return &model.APIClientSecretPayload{UserErrors: ues}, err
	}
	return &model.APIClientSecretPayload{APIClient: c.Client, ClientSecret: &c.Secret, UserErrors: []*model.UserError{}}, nil
}
