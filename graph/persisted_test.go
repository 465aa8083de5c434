package graph

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"mime/multipart"
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
		if _, errs := gqlparser.LoadQueryWithRules(schema, doc, nil); len(errs) > 0 {
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

// multipartPost sends a GraphQL multipart request (operations, map, one file as part "0"), as urql
// does when a variable holds a File (the SPA's document upload).
func multipartPost(t *testing.T, h http.Handler, operations map[string]any, fileName string, data []byte) gqlResponse {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	ops, err := json.Marshal(operations)
	if err != nil {
		t.Fatal(err)
	}
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.input.file"]}`)
	part, _ := w.CreateFormFile("0", fileName)
	_, _ = part.Write(data)
	_ = w.Close()
	req := httptest.NewRequest(http.MethodPost, "/graphql", &buf)
	req.Header.Set("Content-Type", w.FormDataContentType())
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out gqlResponse
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, rec.Body.String())
	}
	return out
}

// The SPA uploads documents as a multipart request whose operations part carries only the persisted
// hash (no query text). Under the production policy the endpoint runs that document like any other
// persisted one (here it reaches @hasRight, which refuses the anonymous caller), and a multipart
// request is no way around the persisted-documents rule.
func TestMultipartRequestRunsPersistedDocument(t *testing.T) {
	var hash string
	for h, doc := range frontend.PersistedDocuments() {
		if strings.Contains(doc, "mutation AdminAddDocument(") {
			hash = h
		}
	}
	if hash == "" {
		t.Fatal("the SPA has no AdminAddDocument document; run npm run codegen")
	}
	h := NewHandler(&Resolver{}, DefaultHandlerConfig)
	variables := map[string]any{"input": map[string]any{"employerId": "emp_x", "category": "OTHER", "title": "Brief", "file": nil}}
	pdf := []byte("%PDF-1.4\n%%EOF\n")
	codes := func(res gqlResponse) []any {
		var out []any
		for _, e := range res.Errors {
			out = append(out, e.Extensions["code"])
		}
		return out
	}

	res := multipartPost(t, h, map[string]any{"operationName": "AdminAddDocument", "variables": variables,
		"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}}, "brief.pdf", pdf)
	if got := codes(res); len(got) != 1 || got[0] != "UNAUTHENTICATED" {
		t.Fatalf("persisted hash in a multipart request: errors %+v, want one UNAUTHENTICATED from @hasRight", res.Errors)
	}

	res = multipartPost(t, h, map[string]any{"variables": variables,
		"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": sha256Hex("mutation { nope }")}}}, "brief.pdf", pdf)
	if got := codes(res); len(got) != 1 || got[0] != "PERSISTED_QUERY_NOT_FOUND" {
		t.Fatalf("unknown hash in a multipart request: errors %+v, want one PERSISTED_QUERY_NOT_FOUND", res.Errors)
	}

	res = multipartPost(t, h, map[string]any{"query": `mutation($input: AddDocumentInput!) { addDocument(input: $input) { notifiedCount } }`,
		"variables": variables}, "brief.pdf", pdf)
	if got := codes(res); len(got) != 1 || got[0] != "BAD_REQUEST" {
		t.Fatalf("ad-hoc query text in a multipart request in production: errors %+v, want one BAD_REQUEST", res.Errors)
	}
}
