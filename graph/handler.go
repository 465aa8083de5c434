package graph

import (
	"net/http"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/graph/generated"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
)

// MaxUploadBytes bounds a multipart request: a document of at most 10 MiB plus the
// operation and form overhead. A slightly larger file still reaches addDocument, which
// answers FILE_TOO_LARGE.
const MaxUploadBytes = documents.MaxDocumentSize + 1<<20

// HandlerConfig tunes the GraphQL endpoint.
type HandlerConfig struct {
	// Dev enables introspection (the GraphiQL page is served beside the endpoint).
	Dev bool
	// AdHocQueries lets every principal send any query text, not only integrators
	// (dev, tests, benchmarks); otherwise browser sessions run only the SPA's documents.
	AdHocQueries bool
	MaxCost      int
	MaxDepth     int
	// Documents bounds documents that are not the web app's before they are validated;
	// zero fields take DefaultDocumentLimits.
	Documents DocumentLimits
	// Checked, when set, counts the document nodes visited by the checks that run
	// before any resolver (persisted-document gate, limits, introspection): the work a
	// request may cost before it is refused, exported as a metric and asserted by tests.
	Checked *atomic.Int64
}

// DefaultHandlerConfig holds the production limits.
var DefaultHandlerConfig = HandlerConfig{MaxCost: 12000, MaxDepth: 12, Documents: DefaultDocumentLimits}

// NewSchema returns the executable schema with its directives.
func NewSchema(r *Resolver) *generated.Config {
	return &generated.Config{
		Resolvers:  r,
		Directives: generated.DirectiveRoot{HasRight: hasRight},
	}
}

// NewHandler returns the /graphql handler: explicit transports (POST, and GET for
// queries only), a parsed-query cache, the document gate and limits, the error
// presenter, and the per-request memo and language. Every error answer, including the
// transport's own, carries extensions.code and the request id.
func NewHandler(r *Resolver, cfg HandlerConfig) http.Handler {
	srv := handler.New(generated.NewExecutableSchema(*NewSchema(r)))
	transports := []graphql.Transport{
		transport.Options{},
		transport.GET{},
		transport.POST{},
		// File uploads (addDocument) use the GraphQL multipart request; the body limit
		// of multipart requests is set in server/app.
		transport.MultipartForm{MaxUploadSize: MaxUploadBytes, MaxMemory: MaxUploadBytes},
	}
	for _, t := range transports {
		srv.AddTransport(t)
	}
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	docs := cfg.Documents.withDefaults()
	srv.SetParserTokenLimit(docs.MaxTokens)
	// Parameter mutators run in this order, before gqlgen parses: first the text of a
	// persisted hash is put in place, then the gate decides whether it may be parsed.
	persistedDocs := frontend.PersistedDocuments()
	srv.Use(PersistedQueries(persistedDocs))
	srv.Use(&OnlyKnownDocuments{
		Docs: persistedDocs, AllowAll: cfg.Dev || cfg.AdHocQueries, Limits: docs, MaxDepth: cfg.MaxDepth,
		Visits: cfg.Checked, Passed: lru.New[struct{}](1000),
	})
	if cfg.Dev {
		srv.Use(extension.Introspection{})
	} else {
		srv.Use(NoIntrospection{Visits: cfg.Checked})
	}
	srv.Use(Limits{MaxCost: cfg.MaxCost, MaxDepth: cfg.MaxDepth, Visits: cfg.Checked})
	srv.AroundFields(pageSizes)
	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		ctx := feature.WithRequestCache(withMemo(req.Context()))
		ctx = withLocale(ctx, preferredLocale(req.Header.Get("Accept-Language")))
		ctx, aw := newAnswerWriter(ctx, w)
		defer aw.finish()
		if !slices.ContainsFunc(transports, func(t graphql.Transport) bool { return t.Supports(req) }) {
			apperr.WriteHTTP(ctx, aw, http.StatusBadRequest, apperr.BadRequest,
				"send a POST with Content-Type application/json (multipart/form-data for uploads), or a GET for queries")
			return
		}
		srv.ServeHTTP(aw, req.WithContext(ctx))
	})
}

// preferredLocale picks nl or en from Accept-Language; Dutch unless English comes first.
func preferredLocale(h string) string {
	for _, part := range strings.Split(h, ",") {
		tag := strings.ToLower(strings.TrimSpace(strings.SplitN(part, ";", 2)[0]))
		switch {
		case strings.HasPrefix(tag, "nl"):
			return "nl"
		case strings.HasPrefix(tag, "en"):
			return "en"
		}
	}
	return "nl"
}
