package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2"

	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/graph/generated"
)

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// Every document the SPA may send by hash is valid against the schema the server runs, and is
// stored under the SHA-256 of exactly its text (what gqlgen's APQ check computes).
func TestPersistedDocumentsMatchSchema(t *testing.T) {
	docs := frontend.PersistedDocuments()
	if len(docs) == 0 {
		t.Fatal("frontend/src/gql/persisted-documents.json holds no documents; run npm run codegen")
	}
	schema := generated.NewExecutableSchema(*NewSchema(&Resolver{})).Schema()
	for hash, doc := range docs {
		if got := sha256Hex(doc); got != hash {
			t.Errorf("document stored as %s has SHA-256 %s:\n%s", hash, got, doc)
		}
		if _, errs := gqlparser.LoadQuery(schema, doc); len(errs) > 0 {
			t.Errorf("document %s does not match the schema (run npm run codegen and fix the SPA): %v\n%s", hash, errs, doc)
		}
	}
}

type gqlResponse struct {
	Data   map[string]any `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

func post(t *testing.T, h http.Handler, body map[string]any) (int, gqlResponse) {
	t.Helper()
	raw, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(raw)))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, rec.Body.String())
	}
	return rec.Code, out
}

func persisted(hash string) map[string]any {
	return map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}
}

func TestPersistedQueries(t *testing.T) {
	const query = "query { viewer { id } }"
	srv := handler.New(generated.NewExecutableSchema(*NewSchema(&Resolver{})))
	srv.AddTransport(transport.POST{})
	srv.Use(PersistedQueries(map[string]string{sha256Hex(query): query}))
	srv.SetErrorPresenter(presentError)

	t.Run("a known hash without a query runs the stored document", func(t *testing.T) {
		code, res := post(t, srv, persisted(sha256Hex(query)))
		if code != http.StatusOK || len(res.Errors) > 0 {
			t.Fatalf("status %d, errors %+v", code, res.Errors)
		}
		if v, ok := res.Data["viewer"]; !ok || v != nil {
			t.Fatalf("data = %v, want viewer: null (anonymous)", res.Data)
		}
	})

	t.Run("an unknown hash answers PERSISTED_QUERY_NOT_FOUND", func(t *testing.T) {
		_, res := post(t, srv, persisted(sha256Hex("query { viewer { username } }")))
		if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("errors = %+v, want one PERSISTED_QUERY_NOT_FOUND", res.Errors)
		}
	})

	t.Run("a full query without a hash still runs", func(t *testing.T) {
		code, res := post(t, srv, map[string]any{"query": "{ viewer { username } }"})
		if code != http.StatusOK || len(res.Errors) > 0 {
			t.Fatalf("status %d, errors %+v", code, res.Errors)
		}
	})

	t.Run("nothing can be registered", func(t *testing.T) {
		other := "query Other { viewer { id username } }"
		body := persisted(sha256Hex(other))
		body["query"] = other
		if _, res := post(t, srv, body); len(res.Errors) > 0 {
			t.Fatalf("a full query with its hash should run: %+v", res.Errors)
		}
		if _, res := post(t, srv, persisted(sha256Hex(other))); len(res.Errors) != 1 ||
			res.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
			t.Fatalf("the hash alone should still be unknown, got %+v", res.Errors)
		}
	})
}

// The real endpoint knows the SPA's documents: an unknown hash is refused with the protocol's code;
// an anonymous full query is refused in production and runs with AdHocQueries (dev, tests). That an
// integrator may send any query is tested through the app (server/app/persisted_api_test.go).
func TestHandlerServesPersistedDocuments(t *testing.T) {
	h := NewHandler(&Resolver{}, DefaultHandlerConfig)

	_, res := post(t, h, persisted(sha256Hex("query { nope }")))
	if len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("errors = %+v, want one PERSISTED_QUERY_NOT_FOUND", res.Errors)
	}
	if _, res := post(t, h, map[string]any{"query": "{ viewer { id } }"}); len(res.Errors) != 1 || res.Errors[0].Extensions["code"] != "BAD_REQUEST" {
		t.Fatalf("anonymous full query in production: errors %+v, want one BAD_REQUEST", res.Errors)
	}

	cfg := DefaultHandlerConfig
	cfg.AdHocQueries = true
	code, res := post(t, NewHandler(&Resolver{}, cfg), map[string]any{"query": "{ viewer { id } }"})
	if code != http.StatusOK || len(res.Errors) > 0 {
		t.Fatalf("full query with AdHocQueries: status %d, errors %+v", code, res.Errors)
	}
}
