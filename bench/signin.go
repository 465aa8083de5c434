package main

// The sign-in flood: 1,000 parallel sign-in attempts — staff and employee
// sign-ins with unknown usernames, and /oauth/token with unknown clients — against a
// server process of its own, whose memory is read from /proc/<pid>/status: VmHWM (the
// kernel's peak resident set) and VmRSS. The server is this very binary started again
// with -signin-server, on the benchmark database, listening on 127.0.0.1 with the
// production defaults (argon2id bounded by the cores, default rate limits), trusting
// X-Forwarded-For from 127.0.0.1 so that the flood can come from many addresses.

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/store"
)

// signInRSSBound is the memory the issue allows the server during the flood.
const signInRSSBound = 300 << 20

// serveSignIn is the server process of the flood: it serves the benchmark database on a
// loopback port, prints the address, and stops when its stdin closes.
func serveSignIn(dbURL string) error {
	slog.SetDefault(slog.New(slog.DiscardHandler))
	ctx := context.Background()
	st, err := store.Open(ctx, store.Config{DatabaseURL: dbURL})
	if err != nil {
		return err
	}
	defer func() { _ = st.Close() }()
	trusted, err := clientip.ParseTrusted("127.0.0.1")
	if err != nil {
		return err
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	a, err := app.New(st, clock.System{}, app.Config{JWTKey: key, AdHocQueries: true, TrustedProxies: trusted})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// The timeouts of server/main.go.
	srv := &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 120 * time.Second, IdleTimeout: 120 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // serves until the bench ends this process
	fmt.Println(ln.Addr().String())
	_, _ = io.Copy(io.Discard, os.Stdin)
	return srv.Close()
}

// memStatus is what /proc/<pid>/status says about memory, in bytes.
type memStatus struct{ hwm, rss int64 }

func readMem(pid int) (memStatus, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return memStatus{}, err
	}
	var m memStatus
	for _, line := range strings.Split(string(b), "\n") {
		name, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 10, 64)
		switch name {
		case "VmHWM":
			m.hwm = kb << 10
		case "VmRSS":
			m.rss = kb << 10
		}
	}
	return m, nil
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

// floodResult counts the answers of one flood.
type floodResult struct {
	answered, refused, other atomic.Int64
	firstOther               atomic.Value
	took                     time.Duration
	legitTries               int
	legitTook                time.Duration
	legitErr                 error
	idle, end                memStatus
}

// forgetRateLimits clears the sign-in limiter's windows (server/ratelimit). The bench
// signs in far more often than any person does, and a section's windows would refuse
// the next section's legitimate sign-ins.
const forgetRateLimits = `DELETE FROM "rate_limit_windows"`

// benchSignIn runs the flood twice, each time against a fresh server process: from n
// client addresses (no per-address limit helps; the bound on hashing must hold alone)
// and from one address (the default rate limits refuse most before any hashing).
func benchSignIn(ctx context.Context, db *sql.DB, dbURL string, n int) error {
	fmt.Printf("\nSign-in flood: %d parallel attempts (staff and employee sign-in with unknown usernames, /oauth/token with\n"+
		"unknown clients) against a server process of its own on 127.0.0.1; memory from /proc/<pid>/status\n", n)
	var over []string
	for _, distinct := range []bool{true, false} {
		// Windows of an earlier run would refuse the legitimate sign-in of this one.
		if _, err := db.ExecContext(ctx, forgetRateLimits); err != nil {
			return err
		}
		r, err := flood(ctx, dbURL, n, distinct)
		if err != nil {
			return err
		}
		from := "one client address (default rate limits)"
		if distinct {
			from = fmt.Sprintf("%d client addresses", n)
		}
		fmt.Printf("  from %s:\n", from)
		fmt.Printf("    %d answered INVALID_CREDENTIALS/invalid_client, %d refused 429 TOO_MANY_REQUESTS, %d other, in %.2f s\n",
			r.answered.Load(), r.refused.Load(), r.other.Load(), r.took.Seconds())
		if o, _ := r.firstOther.Load().(string); o != "" {
			fmt.Printf("    first other answer: %s\n", o)
		}
		fmt.Printf("    server RSS: idle %.0f MB, peak (VmHWM) %.0f MB, after %.0f MB (bound %d MB)\n",
			mb(r.idle.rss), mb(r.end.hwm), mb(r.end.rss), signInRSSBound>>20)
		if r.legitErr != nil {
			fmt.Printf("    legitimate sign-in during the flood: FAILED after %d tries: %v\n", r.legitTries, r.legitErr)
			over = append(over, "legitimate sign-in failed")
		} else {
			fmt.Printf("    legitimate sign-in during the flood: password accepted (second-factor challenge) after %d tries (Retry-After honoured), %.2f s\n",
				r.legitTries, r.legitTook.Seconds())
		}
		if r.end.hwm >= signInRSSBound {
			over = append(over, fmt.Sprintf("peak RSS %.0f MB over the bound", mb(r.end.hwm)))
		}
	}
	if len(over) > 0 {
		return fmt.Errorf("sign-in flood: %s", strings.Join(over, "; "))
	}
	return nil
}

func flood(ctx context.Context, dbURL string, n int, distinct bool) (*floodResult, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, self, "-signin-server", dbURL) //nolint:gosec // G204: the bench starts its own binary (os.Executable) on its own database
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	defer func() {
		_ = stdin.Close()
		_ = cmd.Wait()
	}()
	addr, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("sign-in server did not start: %w", err)
	}
	base := "http://" + strings.TrimSpace(addr)
	pid := cmd.Process.Pid

	r := &floodResult{}
	if r.idle, err = readMem(pid); err != nil {
		return nil, err
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: n}, Timeout: 60 * time.Second}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			from := "10.0.0.1"
			if distinct {
				from = fmt.Sprintf("10.%d.%d.%d", i>>16&255, i>>8&255, i&255)
			}
			status, code, err := attempt(client, base, from, i)
			switch {
			case err == nil && (status == http.StatusOK || status == http.StatusUnauthorized) &&
				(code == "INVALID_CREDENTIALS" || code == "invalid_client"):
				r.answered.Add(1)
			case err == nil && status == http.StatusTooManyRequests && code == "TOO_MANY_REQUESTS":
				r.refused.Add(1)
			default:
				r.other.Add(1)
				r.firstOther.CompareAndSwap(nil, fmt.Sprintf("%d %s %v", status, code, err))
			}
		}()
	}
	began := time.Now()
	close(start)
	legit := make(chan struct{})
	go func() {
		defer close(legit)
		r.legitTries, r.legitErr = legitimateSignIn(client, base)
		r.legitTook = time.Since(began)
	}()
	wg.Wait()
	r.took = time.Since(began)
	<-legit
	if r.end, err = readMem(pid); err != nil {
		return nil, err
	}
	return r, nil
}

// attempt sends sign-in attempt i from the client address from and returns the HTTP
// status and the answer's code.
func attempt(c *http.Client, base, from string, i int) (int, string, error) {
	var req *http.Request
	switch i % 3 {
	case 2:
		form := url.Values{"grant_type": {"client_credentials"}, "client_id": {fmt.Sprintf("cli_onbekend%d", i)}, "client_secret": {"fout"}}
		req, _ = http.NewRequest(http.MethodPost, base+"/oauth/token", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	default:
		field := []string{"login", "employeeLogin"}[i%3]
		body, _ := json.Marshal(map[string]any{
			"query":     `mutation($u:String!,$p:String!){` + field + `(input:{username:$u,password:$p}){accessToken userErrors{code}}}`,
			"variables": map[string]any{"u": fmt.Sprintf("onbekend-%d", i), "p": "fout-wachtwoord"},
		})
		req, _ = http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("X-Forwarded-For", from)
	res, err := c.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer func() { _ = res.Body.Close() }()
	var out struct {
		Error  string `json:"error"` // /oauth/token
		Code   string `json:"code"`  // /oauth/token, beyond a limit
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
		Data map[string]struct {
			UserErrors []struct{ Code string } `json:"userErrors"`
		} `json:"data"`
	}
	if err := json.NewDecoder(res.Body).Decode(&out); err != nil {
		return res.StatusCode, "", err
	}
	switch {
	case out.Code != "":
		return res.StatusCode, out.Code, nil
	case out.Error != "":
		return res.StatusCode, out.Error, nil
	case len(out.Errors) > 0:
		return res.StatusCode, out.Errors[0].Extensions.Code, nil
	}
	for _, d := range out.Data {
		if len(d.UserErrors) > 0 {
			return res.StatusCode, d.UserErrors[0].Code, nil
		}
	}
	return res.StatusCode, "", nil
}

// legitimateSignIn signs the benchmark user in from an address of its own, as a person
// at the login page would: a refusal says when to try again, and it does. The password
// step is what the flood contends for; its answer for a provider user is the
// second-factor challenge (R43), given only after the password was checked, so the
// challenge counts as through.
func legitimateSignIn(c *http.Client, base string) (tries int, err error) {
	q := `mutation($u:String!,$p:String!){login(input:{username:$u,password:$p}){accessToken secondFactor{step} userErrors{code}}}`
	body, _ := json.Marshal(map[string]any{"query": q, "variables": map[string]any{"u": demo.BenchmarkUsername, "p": demo.StaffPassword}})
	deadline := time.Now().Add(60 * time.Second)
	for tries = 1; time.Now().Before(deadline); tries++ {
		req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Forwarded-For", "192.0.2.1")
		res, err := c.Do(req)
		if err != nil {
			return tries, err
		}
		var out struct {
			Data struct {
				Login struct {
					AccessToken  string
					SecondFactor *struct{ Step string }
				} `json:"login"`
			} `json:"data"`
		}
		err = json.NewDecoder(res.Body).Decode(&out)
		_ = res.Body.Close()
		switch {
		case err != nil:
			return tries, err
		case out.Data.Login.AccessToken != "" || out.Data.Login.SecondFactor != nil:
			return tries, nil
		case res.StatusCode != http.StatusTooManyRequests:
			return tries, fmt.Errorf("HTTP %d without a token", res.StatusCode)
		}
		wait, _ := strconv.Atoi(res.Header.Get("Retry-After"))
		time.Sleep(time.Duration(max(wait, 1)) * time.Second)
	}
	return tries, errors.New("no sign-in within a minute")
}
