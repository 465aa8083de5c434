package frontend

import (
	_ "embed"
	"encoding/json"
	"maps"
)

// persistedDocumentsJSON maps the SHA-256 (hex) of every GraphQL document the SPA sends to its text.
// It is written by `npm run codegen` (graphql-codegen client-preset, persistedDocuments) and
// committed, so the binary knows exactly the documents of the SPA it embeds.
//
//go:embed src/gql/persisted-documents.json
var persistedDocumentsJSON []byte

var persistedDocuments = func() map[string]string {
	docs := map[string]string{}
	if err := json.Unmarshal(persistedDocumentsJSON, &docs); err != nil {
		panic("frontend: src/gql/persisted-documents.json: " + err.Error())
	}
	return docs
}()

// PersistedDocuments returns the SPA's persisted GraphQL documents: hash → document text.
// The map is a copy; callers may keep it.
func PersistedDocuments() map[string]string {
	return maps.Clone(persistedDocuments)
}
