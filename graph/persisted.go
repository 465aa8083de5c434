package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
)

// persistedDocuments is a read-only graphql.Cache over a fixed set of documents (hash → text): the
// ones the SPA was built with (frontend.PersistedDocuments). Nobody registers new documents, so Add
// does nothing — a client that sends a query together with its hash gets it run (after gqlgen has
// checked the hash) but not remembered.
type persistedDocuments map[string]string

var _ graphql.Cache[string] = persistedDocuments(nil)

// Get returns the document with the given SHA-256 (hex).
func (d persistedDocuments) Get(_ context.Context, hash string) (string, bool) {
	doc, ok := d[hash]
	return doc, ok
}

// Add is a no-op: the set of persisted documents is fixed at build time.
func (d persistedDocuments) Add(context.Context, string, string) {}

// PersistedQueries serves persisted documents by hash: a request with
// extensions.persistedQuery.sha256Hash of a known document and no query runs that document; an
// unknown hash answers PERSISTED_QUERY_NOT_FOUND. Requests with a full query (integrators, GraphiQL)
// are not affected.
func PersistedQueries(docs map[string]string) *extension.AutomaticPersistedQuery {
	return &extension.AutomaticPersistedQuery{Cache: persistedDocuments(docs)}
}
