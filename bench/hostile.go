package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// hostileDoc is a document an attacker sends and who sends it.
type hostileDoc struct {
	name       string
	integrator bool // signed in with API credentials; otherwise anonymous
	query      string
}

func hostileDocs() []hostileDoc {
	var doubling strings.Builder
	doubling.WriteString("query{...F0}")
	for i := range 26 {
		fmt.Fprintf(&doubling, " fragment F%d on Query{...F%d ...F%d}", i, i+1, i+1)
	}
	doubling.WriteString(" fragment F26 on Query{__typename}")
	typenames := "{" + strings.Repeat("__typename ", 16000) + "}"
	return []hostileDoc{
		{"27 doubling fragments (1 KB), anonymous", false, doubling.String()},
		{"27 doubling fragments (1 KB), integrator", true, doubling.String()},
		{"16,000 __typename (176 KB), anonymous", false, typenames},
		{"16,000 __typename (176 KB), integrator", true, typenames},
		{"1,000 __typename (11 KB), integrator", true, "{" + strings.Repeat("__typename ", 1000) + "}"},
		{"101 × viewer{id}, integrator", true, "{" + strings.Repeat("viewer{id} ", 101) + "}"},
		{"600 sibling inline fragments, integrator", true, "{" + strings.Repeat("... on Query{__typename} ", 600) + "}"},
	}
}

// benchHostile prints the CPU time the server spends per hostile document beside an
// ordinary request. The documents go to a second server in the production configuration
// (browser sessions may run only the SPA's persisted documents) on a loopback listener
// in this process, each rounds times; CPU time is this process's (getrusage), so it
// includes the small share of the client that sends the request.
func benchHostile(ctx context.Context, a *app.App, key []byte, page func() error, big *ent.Employer, rounds int) error {
	if rounds <= 0 {
		return nil
	}
	prod, err := app.New(a.Store, clock.System{}, app.Config{JWTKey: key})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: prod.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // ends with ErrServerClosed when the bench closes it
	defer func() { _ = srv.Close() }()
	base := "http://" + ln.Addr().String()
	c := &http.Client{Timeout: 60 * time.Second}
	clientID, err := ensureBenchClient(viewer.System(ctx), a.Store.Client, big.ProviderID)
	if err != nil {
		return err
	}
	integrator, err := clientToken(c, base, clientID, benchClientSecret)
	if err != nil {
		return err
	}

	fmt.Printf("\nhostile GraphQL documents (production configuration, %d requests each; server CPU per request):\n", rounds)
	normal, _, err := cpuPer(rounds, page)
	if err != nil {
		return err
	}
	fmt.Printf("  %-52s %9.3f ms CPU\n", "employments search page (staff, the normal request)", ms(normal))
	integratorQuery := queryBody(`{employers(first:5){totalCount edges{node{id name}}}}`)
	plain, _, err := cpuPer(rounds, func() error { return expectAnswer(c, base, integrator, integratorQuery) })
	if err != nil {
		return err
	}
	fmt.Printf("  %-52s %9.3f ms CPU   %7.2f× the page\n", "an integrator's employers query", ms(plain), ratioOf(plain, normal))
	for _, d := range hostileDocs() {
		token := ""
		if d.integrator {
			token = integrator
		}
		var refusal string
		body := queryBody(d.query) // encoded once: the client's share stays small
		cpu, wall, err := cpuPer(rounds, func() (err error) {
			refusal, err = expectRefusal(c, base, token, body)
			return err
		})
		if err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		fmt.Printf("  %-52s %9.3f ms CPU   %7.2f× the page   (wall %.2f ms) %q\n", d.name, ms(cpu), ratioOf(cpu, normal), ms(wall), refusal)
	}
	return nil
}

// cpuPer runs f n times after one warm-up and returns this process's CPU time and the
// wall time per run.
func cpuPer(n int, f func() error) (cpu, wall time.Duration, err error) {
	if err := f(); err != nil {
		return 0, 0, err
	}
	before, start := cpuTime(), time.Now()
	for range n {
		if err := f(); err != nil {
			return 0, 0, err
		}
	}
	return (cpuTime() - before) / time.Duration(n), time.Since(start) / time.Duration(n), nil
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ratioOf(a, b time.Duration) float64 { return float64(a) / float64(max(b, 1)) }

func queryBody(query string) []byte {
	b, _ := json.Marshal(map[string]any{"query": query})
	return b
}

// expectRefusal sends body and returns the message of the one error it must get.
func expectRefusal(c *http.Client, base, token string, body []byte) (string, error) {
	status, out, err := send(c, base, token, body)
	if err != nil {
		return "", err
	}
	if len(out.Errors) != 1 || out.Data != nil {
		return "", fmt.Errorf("HTTP %d: want one error and no data, got %d errors", status, len(out.Errors))
	}
	msg := out.Errors[0].Message
	if len(msg) > 60 {
		msg = msg[:57] + "..."
	}
	return msg, nil
}

func expectAnswer(c *http.Client, base, token string, body []byte) error {
	status, out, err := send(c, base, token, body)
	if err == nil && (status != http.StatusOK || len(out.Errors) > 0) {
		err = fmt.Errorf("HTTP %d with %d errors", status, len(out.Errors))
	}
	return err
}

type answer struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

func send(c *http.Client, base, token string, body []byte) (int, answer, error) {
	var out answer
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := c.Do(req)
	if err != nil {
		return 0, out, err
	}
	defer func() { _ = res.Body.Close() }()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return res.StatusCode, out, err
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		return res.StatusCode, out, fmt.Errorf("HTTP %d, not JSON: %.100s", res.StatusCode, raw)
	}
	if string(out.Data) == "null" {
		out.Data = nil
	}
	return res.StatusCode, out, nil
}
