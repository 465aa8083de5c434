package main

// The Lighthouse section: mobile performance of the employee's pages that anyone can
// open (sign-in, invitation, help with signing in) and the staff sign-in, with
// Lighthouse's own mobile emulation and simulated throttling, in Debian's Chromium.
// Lighthouse is pinned in bench/peer/package.json beside the peer. The employee's home
// is measured in the portal section (benchLighthouseHome), where an employee with a
// year of payslips signs in.

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// lighthousePages are measured in this order.
var lighthousePages = []struct{ name, path string }{
	{"employee sign-in", "/werknemer/inloggen"},
	{"invitation", "/werknemer/uitnodiging"},
	{"help with signing in", "/werknemer/problemen-met-inloggen"},
	{"staff sign-in", "/inloggen"},
}

// chromeFlags are those this machine's Chromium needs headless as root, without the
// background connections a closed network refuses.
const chromeFlags = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run " +
	"--disable-background-networking --disable-component-update --disable-sync"

type lighthouseReport struct {
	Version    string `json:"lighthouseVersion"`
	FinalURL   string `json:"finalDisplayedUrl"`
	Categories struct {
		Performance struct {
			Score float64 `json:"score"`
		} `json:"performance"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue float64 `json:"numericValue"`
	} `json:"audits"`
}

// benchLighthouse runs Lighthouse on each page of base and prints the performance
// score with the metrics it is made of.
func benchLighthouse(base string) error {
	lh, err := newLighthouse()
	if err != nil {
		return err
	}
	defer lh.close()
	fmt.Printf("\nLighthouse, mobile (emulated phone, simulated slow 4G), performance:\n")
	printLighthouseHeader()
	for _, p := range lighthousePages {
		if err := lh.run(p.name, base+p.path, ""); err != nil {
			return err
		}
	}
	fmt.Printf("  (Lighthouse %s, Chromium %s)\n", lh.version, lh.chrome)
	return nil
}

// benchLighthouseHome measures the employee's home as the employee sees it after a
// reload: a fresh sign-in's refresh cookie (wp_refresh_emp, path /graphql) goes with
// every request of Lighthouse's one page load, so the SPA restores the session and
// draws the home with its data. A fresh sign-in each time, because a refresh token is
// used once.
func benchLighthouseHome(base, username, password string) error {
	lh, err := newLighthouse()
	if err != nil {
		return err
	}
	defer lh.close()
	jar, err := cookiejar.New(nil)
	if err != nil {
		return err
	}
	c := &http.Client{Jar: jar, Timeout: 30 * time.Second}
	if _, err := employeeLogin(c, base, username, password); err != nil {
		return err
	}
	u, err := url.Parse(base + "/graphql")
	if err != nil {
		return err
	}
	var cookie string
	for _, k := range jar.Cookies(u) {
		if k.Name == "wp_refresh_emp" {
			cookie = k.Name + "=" + k.Value
		}
	}
	if cookie == "" {
		return errors.New("lighthouse home: the employee sign-in set no refresh cookie")
	}
	headers, err := json.Marshal(map[string]string{"Cookie": cookie})
	if err != nil {
		return err
	}
	fmt.Printf("  Lighthouse, mobile, the employee's home after a reload (signed in, a year of payslips):\n")
	printLighthouseHeader()
	return lh.run("employee home", base+"/werknemer", string(headers))
}

type lighthouseRunner struct {
	bin, chrome, dir, version string
}

func newLighthouse() (*lighthouseRunner, error) {
	bin := filepath.Join("bench", "peer", "node_modules", ".bin", "lighthouse")
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("lighthouse is not installed (make bench runs npm ci --prefix bench/peer): %w", err)
	}
	chrome := envOr("CHROME_PATH", "/usr/bin/chromium")
	if _, err := os.Stat(chrome); err != nil {
		return nil, fmt.Errorf("no Chromium at %s (make ensure-chromium): %w", chrome, err)
	}
	dir, err := os.MkdirTemp("", "werkportaal-lighthouse-")
	if err != nil {
		return nil, err
	}
	return &lighthouseRunner{bin: bin, chrome: chrome, dir: dir}, nil
}

func (lh *lighthouseRunner) close() { _ = os.RemoveAll(lh.dir) }

func printLighthouseHeader() {
	fmt.Printf("  %-24s %5s %8s %8s %8s %6s %8s\n", "page", "score", "FCP", "LCP", "TBT", "CLS", "SI")
}

// run measures one page and prints its line; headers is Lighthouse's --extra-headers
// JSON, or empty.
func (lh *lighthouseRunner) run(name, pageURL, headers string) error {
	out := filepath.Join(lh.dir, "report.json")
	args := []string{pageURL, "--only-categories=performance", "--output=json", "--output-path=" + out, "--quiet",
		"--chrome-flags=" + chromeFlags}
	if headers != "" {
		args = append(args, "--extra-headers="+headers)
	}
	// The pinned tool with this run's own server address and cookie; nothing from outside reaches the command line.
	cmd := exec.Command(lh.bin, args...) //nolint:gosec // G204: see above
	cmd.Env = append(os.Environ(), "CHROME_PATH="+lh.chrome)
	cmd.Stderr = os.Stderr
	done := make(chan error, 1)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("lighthouse %s: %w", name, err)
		}
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		return errors.New("lighthouse " + name + ": no report within 3 minutes")
	}
	raw, err := os.ReadFile(out) //nolint:gosec // G304: the file this run's Lighthouse wrote in its own temporary folder
	if err != nil {
		return err
	}
	var r lighthouseReport
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("lighthouse %s: %w", name, err)
	}
	lh.version = r.Version
	// A page that sent the browser elsewhere (the home to the sign-in, when the session
	// was not restored) would be measured under the wrong name.
	if want, err := url.Parse(pageURL); err == nil {
		if got, err := url.Parse(r.FinalURL); err != nil || got.Path != want.Path {
			return fmt.Errorf("lighthouse %s: the page ended at %q, not at %s", name, r.FinalURL, want.Path)
		}
	}
	a := func(k string) float64 { return r.Audits[k].NumericValue }
	fmt.Printf("  %-24s %5.0f %6.2f s %6.2f s %5.0f ms %6.3f %6.2f s\n", name, r.Categories.Performance.Score*100,
		a("first-contentful-paint")/1000, a("largest-contentful-paint")/1000, a("total-blocking-time"),
		a("cumulative-layout-shift"), a("speed-index")/1000)
	return nil
}
