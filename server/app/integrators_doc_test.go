package app_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/werkportaal/werkportaal/graph"
	"github.com/werkportaal/werkportaal/graph/generated"
	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/store/storetest"
)

// guidePath is the integrators' guide whose examples TestIntegratorGuide runs.
const guidePath = "../../docs/integrators.md"

// guideBaseURL is the address the guide's examples use (make run); the test replaces it
// with its own server's.
const guideBaseURL = "http://127.0.0.1:8080"

// guideBlock is one ```sh block of the guide with the checks of the comment above it:
//
//	<!-- test [expect-errors]
//	want: text the output must contain
//	-->
type guideBlock struct {
	line         int // line of the opening fence
	code         string
	wants        []string
	expectErrors bool // the answer may carry errors and userErrors
}

// parseGuide returns the guide's sh blocks in order. Every sh block must have a test
// comment right above it (blank lines aside), so no example goes untested.
func parseGuide(t *testing.T, text string) []guideBlock {
	t.Helper()
	var (
		blocks  []guideBlock
		pending *guideBlock // the test comment read last, waiting for its block
		inTest  bool        // inside a <!-- test … --> comment
		inCode  *guideBlock // inside a ```sh block
		other   bool        // inside another fenced block
		code    strings.Builder
	)
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case inCode != nil:
			if trimmed == "```" {
				inCode.code = code.String()
				blocks = append(blocks, *inCode)
				inCode = nil
				continue
			}
			code.WriteString(line + "\n")
		case other:
			if strings.HasPrefix(trimmed, "```") {
				other = false
			}
		case inTest:
			if trimmed == "-->" {
				inTest = false
				continue
			}
			want, ok := strings.CutPrefix(trimmed, "want: ")
			if !ok {
				t.Fatalf("%s:%d: a test comment holds only `want: <text>` lines, not %q", guidePath, n, line)
			}
			pending.wants = append(pending.wants, want)
		case strings.HasPrefix(trimmed, "<!-- test"):
			flags := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(trimmed, "<!-- test"), "-->"))
			pending = &guideBlock{}
			for _, f := range flags {
				if f != "expect-errors" {
					t.Fatalf("%s:%d: unknown test flag %q (only expect-errors)", guidePath, n, f)
				}
				pending.expectErrors = true
			}
			inTest = !strings.HasSuffix(trimmed, "-->")
		case trimmed == "```sh":
			if pending == nil {
				t.Fatalf("%s:%d: this sh block has no <!-- test --> comment above it; every example is run", guidePath, n)
			}
			inCode, pending = pending, nil
			inCode.line = n
			code.Reset()
		case strings.HasPrefix(trimmed, "```"):
			other = true
		case trimmed != "" && pending != nil:
			t.Fatalf("%s:%d: a test comment must stand right above its sh block", guidePath, n)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if inCode != nil || inTest || other {
		t.Fatalf("%s: unterminated block or comment at the end", guidePath)
	}
	return blocks
}

// nonEmptyUserErrors finds a userErrors list that is not empty.
var nonEmptyUserErrors = regexp.MustCompile(`"userErrors":\[[^\]]`)

// TestIntegratorGuide runs every example of docs/integrators.md, in order, with bash and
// curl against the real handler on the demo dataset (the server `make run` starts), and
// checks each answer against the comment above its block. It also fails when a query or
// mutation that needs a right has no example, so the guide keeps up with the schema.
func TestIntegratorGuide(t *testing.T) {
	for _, tool := range []string{"bash", "curl", "sed", "grep", "base64", "head", "tr"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("the guide's examples need %s: %v", tool, err)
		}
	}
	raw, err := os.ReadFile(guidePath)
	if err != nil {
		t.Fatal(err)
	}
	blocks := parseGuide(t, string(raw))
	if len(blocks) == 0 {
		t.Fatalf("%s has no examples", guidePath)
	}

	// Every root field behind @hasRight is something an integrator uses: it needs an example.
	var all strings.Builder
	for _, b := range blocks {
		all.WriteString(b.code)
	}
	schema := generated.NewExecutableSchema(*graph.NewSchema(&graph.Resolver{})).Schema()
	for _, root := range []string{"Query", "Mutation"} {
		for _, f := range schema.Types[root].Fields {
			if f.Directives.ForName("hasRight") == nil {
				continue
			}
			if !regexp.MustCompile(`\b` + regexp.QuoteMeta(f.Name) + `\(`).MatchString(all.String()) {
				t.Errorf("%s.%s needs a right but %s has no example that calls it; add one", root, f.Name, guidePath)
			}
		}
	}
	if t.Failed() {
		return
	}

	// The server as make run starts it, in production mode: the demo dataset, the real
	// handler, a fixed clock so the answers do not depend on the day the test runs.
	st := storetest.Open(t)
	clk := clock.NewFake(time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC))
	if _, _, err := demo.Seed(context.Background(), st.Client, clk.Now()); err != nil {
		t.Fatal(err)
	}
	a, err := app.New(st, clk, app.Config{JWTKey: testJWTKey})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)

	dir := t.TempDir()
	state := filepath.Join(dir, "state.sh")
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir, // no ~/.curlrc
		"LC_ALL=C",
		"WP_STATE=" + state,
	}
	for i, b := range blocks {
		// One bash per block, like pasting it into a shell that ran the blocks before:
		// every variable set (set -a exports it) is saved and read back by the next.
		script := "set -eu\nset -a\nif [ -f \"$WP_STATE\" ]; then . \"$WP_STATE\"; fi\n" +
			strings.ReplaceAll(b.code, guideBaseURL, srv.URL) +
			"\nexport -p > \"$WP_STATE\"\n"
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		cmd := exec.CommandContext(ctx, "bash", "-c", script) //nolint:gosec // G204: the script is an example block of docs/integrators.md in this repository
		cmd.Dir, cmd.Env = dir, env
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		cancel()
		out := stdout.String()
		where := fmt.Sprintf("%s:%d (example %d)", guidePath, b.line, i+1)
		if os.Getenv("WP_GUIDE_SHOW") != "" {
			// WP_GUIDE_SHOW=1 go test -v -run TestIntegratorGuide ./server/app/ prints
			// every answer, for whoever writes a new example.
			t.Logf("%s:\n%s", where, out)
		}
		if err != nil {
			t.Fatalf("%s failed: %v\nstdout:\n%s\nstderr:\n%s", where, err, out, stderr.String())
		}
		if !b.expectErrors {
			if strings.Contains(out, `"errors":`) {
				t.Errorf("%s: the answer has errors (mark the block expect-errors if that is the point):\n%s", where, out)
			}
			if nonEmptyUserErrors.MatchString(out) {
				t.Errorf("%s: the answer has userErrors (mark the block expect-errors if that is the point):\n%s", where, out)
			}
		}
		for _, w := range b.wants {
			if !strings.Contains(out, w) {
				t.Errorf("%s: the output lacks %q:\n%s", where, w, out)
			}
		}
		if t.Failed() {
			t.FailNow() // the later examples build on this one
		}
	}
}
