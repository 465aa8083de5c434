package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/werkportaal/werkportaal/server/viewer"
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

// OnlyKnownDocuments lets staff users, employees and anonymous callers run only the SPA's
// own documents: the web app never needs anything else, so any other query text from a
// browser session is refused. Integrators signed in with API credentials may send any
// query within the limits (docs/integrators.md); in dev everyone may, for
// GraphiQL.
//
// It runs before gqlgen parses or validates anything (after the persisted-query lookup
// has put the text of a hash in place): a known document is recognised by its hash, a
// refused one costs a hash, and an allowed ad-hoc one is parsed once within the token
// limit and held to Limits before validation sees it.
type OnlyKnownDocuments struct {
	Docs     map[string]string
	AllowAll bool
	Limits   DocumentLimits
	MaxDepth int
	// Visits, when set, counts the document nodes the checks visit (HandlerConfig.Checked).
	Visits *atomic.Int64
	// Passed remembers ad-hoc texts that were within the limits, so an integrator's
	// repeated query is parsed once more only by gqlgen (whose cache then has it).
	Passed graphql.Cache[struct{}]
	// longest is the length of the longest known document: a longer text is not hashed.
	longest int
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*OnlyKnownDocuments)(nil)

// ExtensionName implements graphql.HandlerExtension.
func (*OnlyKnownDocuments) ExtensionName() string { return "WerkportaalOnlyKnownDocuments" }

// Validate implements graphql.HandlerExtension; srv.Use calls it once, before any
// request, and it completes the configuration.
func (o *OnlyKnownDocuments) Validate(graphql.ExecutableSchema) error {
	o.Limits = o.Limits.withDefaults()
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultHandlerConfig.MaxDepth
	}
	for _, d := range o.Docs {
		o.longest = max(o.longest, len(d))
	}
	return nil
}

// MutateOperationParameters implements graphql.OperationParameterMutator.
func (o *OnlyKnownDocuments) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" || o.known(p.Query) {
		return nil // an empty query is gqlgen's to answer ("no operation provided")
	}
	if !o.AllowAll {
		if v := viewer.FromContext(ctx); v == nil || v.Kind != viewer.KindAPIClient {
			return limitError("this query is not one of the web app's; integrators sign in with API credentials (POST /oauth/token) to send their own queries")
		}
	}
	if o.Passed != nil {
		if _, ok := o.Passed.Get(ctx, p.Query); ok {
			return nil
		}
	}
	visits := 0
	err := checkDocument(p.Query, o.Limits, o.MaxDepth, &visits)
	count(o.Visits, visits)
	if err == nil && o.Passed != nil {
		o.Passed.Add(ctx, p.Query, struct{}{})
	}
	return err
}

func (o *OnlyKnownDocuments) known(query string) bool {
	if len(query) > o.longest {
		return false
	}
	sum := sha256.Sum256([]byte(query))
	_, ok := o.Docs[hex.EncodeToString(sum[:])]
	return ok
}
