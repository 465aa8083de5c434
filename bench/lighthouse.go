package main

// The Lighthouse section: mobile performance of the employee's pages that anyone can
// open (sign-in, invitation, help with signing in) and the staff sign-in, with
// Lighthouse's own mobile emulation and simulated throttling, in Debian's Chromium.
// Lighthouse is pinned in bench/peer/package.json beside the peer. The home page behind
// the sign-in is not measured yet: it needs a signed-in browser profile.

import (
	"encoding/json"
	"errors"
	"fmt"
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
	bin := filepath.Join("bench", "peer", "node_modules", ".bin", "lighthouse")
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("lighthouse is not installed (make bench runs npm ci --prefix bench/peer): %w", err)
	}
	chrome := envOr("CHROME_PATH", "/usr/bin/chromium")
	if _, err := os.Stat(chrome); err != nil {
		return fmt.Errorf("no Chromium at %s (make ensure-chromium): %w", chrome, err)
	}
	dir, err := os.MkdirTemp("", "werkportaal-lighthouse-")
	if err != nil {
		return err
	}
	defer func() { _ = os.RemoveAll(dir) }()
	fmt.Printf("\nLighthouse, mobile (emulated phone, simulated slow 4G), performance:\n")
	fmt.Printf("  %-24s %5s %8s %8s %8s %6s %8s\n", "page", "score", "FCP", "LCP", "TBT", "CLS", "SI")
	version := ""
	for _, p := range lighthousePages {
		out := filepath.Join(dir, "report.json")
		// The pinned tool with this run's own server address; nothing from outside reaches the command line.
		cmd := exec.Command(bin, base+p.path, //nolint:gosec // G204: see above
			"--only-categories=performance", "--output=json", "--output-path="+out, "--quiet",
			"--chrome-flags="+chromeFlags)
		cmd.Env = append(os.Environ(), "CHROME_PATH="+chrome)
		cmd.Stderr = os.Stderr
		done := make(chan error, 1)
		if err := cmd.Start(); err != nil {
			return err
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				return fmt.Errorf("lighthouse %s: %w", p.path, err)
			}
		case <-time.After(3 * time.Minute):
			_ = cmd.Process.Kill()
			return errors.New("lighthouse " + p.path + ": no report within 3 minutes")
		}
		raw, err := os.ReadFile(out) //nolint:gosec // G304: the file this run's Lighthouse wrote in its own temporary folder
		if err != nil {
			return err
		}
		var r lighthouseReport
		if err := json.Unmarshal(raw, &r); err != nil {
			return fmt.Errorf("lighthouse %s: %w", p.path, err)
		}
		version = r.Version
		a := func(k string) float64 { return r.Audits[k].NumericValue }
		fmt.Printf("  %-24s %5.0f %6.2f s %6.2f s %5.0f ms %6.3f %6.2f s\n", p.name, r.Categories.Performance.Score*100,
			a("first-contentful-paint")/1000, a("largest-contentful-paint")/1000, a("total-blocking-time"),
			a("cumulative-layout-shift"), a("speed-index")/1000)
	}
	fmt.Printf("  (Lighthouse %s, Chromium %s)\n", version, chrome)
	return nil
}
