package app_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

// rawGQL posts a GraphQL request with the given Accept-Encoding and returns the answer
// as it came over the wire (a client that sets Accept-Encoding itself gets no
// transparent decompression).
func (e *env) rawGQL(token, acceptEncoding, query string, vars map[string]any) (*http.Response, []byte) {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	if acceptEncoding != "" {
		req.Header.Set("Accept-Encoding", acceptEncoding)
	}
	res, err := (&http.Transport{DisableCompression: true}).RoundTrip(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer closeBody(res)
	raw, _ := io.ReadAll(res.Body)
	return res, raw
}

// A GraphQL answer above the size of a packet goes out gzipped to a client that accepts
// gzip (R24: phones on mobile networks); a small one, or one to a client that does not
// accept gzip, as it is; both say Vary: Accept-Encoding.
func TestGraphQLAnswersAreCompressed(t *testing.T) {
	e := newEnv(t)
	tok := e.login(e.fx.EmployerUserA1Email)
	page := `query($id:ID!){employer(id:$id){employments(first:50){totalCount
		edges{node{id employeeNumber startDate person{id fullName email}}}}}}`
	vars := map[string]any{"id": e.fx.A1.ID}

	plainRes, plain := e.rawGQL(tok, "", page, vars)
	if plainRes.Header.Get("Content-Encoding") != "" || len(plain) < 4000 || !json.Valid(plain) {
		t.Fatalf("without Accept-Encoding: encoding %q, %d bytes", plainRes.Header.Get("Content-Encoding"), len(plain))
	}
	gzRes, gz := e.rawGQL(tok, "br, gzip", page, vars)
	if gzRes.Header.Get("Content-Encoding") != "gzip" || gzRes.Header.Get("Vary") == "" {
		t.Fatalf("with gzip: encoding %q, vary %q", gzRes.Header.Get("Content-Encoding"), gzRes.Header.Get("Vary"))
	}
	unzipped := gunzip(t, gz)
	if !bytes.Equal(unzipped, plain) {
		t.Fatalf("the gzipped answer differs from the plain one:\n%.300s\n%.300s", unzipped, plain)
	}
	t.Logf("employments page: %d bytes plain, %d gzipped", len(plain), len(gz))
	if len(gz)*3 > len(plain) {
		t.Errorf("gzip made %d bytes of %d; JSON of a list shrinks at least threefold", len(gz), len(plain))
	}

	smallRes, small := e.rawGQL(tok, "gzip", `{__typename}`, nil)
	if smallRes.Header.Get("Content-Encoding") != "" || !json.Valid(small) || smallRes.Header.Get("Vary") == "" {
		t.Errorf("small answer: encoding %q, vary %q, body %q", smallRes.Header.Get("Content-Encoding"), smallRes.Header.Get("Vary"), small)
	}
	refusedRes, _ := e.rawGQL(tok, "gzip;q=0", page, vars)
	if refusedRes.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 got encoding %q", refusedRes.Header.Get("Content-Encoding"))
	}
}
