// Command server is Werkportaal: one binary that serves the GraphQL API and the SPA.
//
//	server            start serving (the default; same as `server serve`)
//	server migrate    apply the database migrations and exit
//	server demo       load the demo dataset (what make run shows) and exit
//	server demo --persons N   load a large benchmark dataset of N persons and exit
//
// Configuration comes from the environment; see README.md.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/werkportaal/werkportaal/server/app"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/demo"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/obs"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/store"
)

func main() {
	cfg, err := loadConfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, "werkportaal:", err)
		os.Exit(2)
	}
	slog.SetDefault(obs.NewLogger(os.Stderr, cfg.LogLevel))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cmd, args := "serve", os.Args[1:]
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		err = serve(ctx, cfg)
	case "migrate":
		err = migrateOnly(ctx, cfg)
	case "demo":
		err = loadDemo(ctx, cfg, args)
	default:
		err = fmt.Errorf("unknown command %q (serve, migrate, demo)", cmd)
	}
	if err != nil {
		slog.Error("werkportaal stopped", "err", err)
		os.Exit(1)
	}
}

// config is read from the environment.
type config struct {
	Dev          bool
	Addr         string
	PublicURL    string
	DatabaseURL  string
	SQLitePath   string
	JWTKey       []byte
	ClientPepper []byte
	// PreboardingKey seals BSNs and ID copies (PREBOARDING_KEY, R38); nil in production
	// without it, when the server starts only if no preboarding data exists.
	PreboardingKey *preboarding.Key
	// PreboardingRetention is how long an acknowledged ID copy stays
	// (PREBOARDING_ID_RETENTION_DAYS, 30 days by default).
	PreboardingRetention time.Duration
	AllowedOrigins       []string
	SeedDemo             bool
	MaxBodyBytes         int64
	// MaxIntegratorBodyBytes: 0 means app.DefaultMaxIntegratorBodyBytes.
	MaxIntegratorBodyBytes int64
	LogLevel               slog.Level
	SMTPURL                string
	SMTPFrom               string
	// MetricsAddr is the listener of /metrics alone (METRICS_ADDR); MetricsToken the
	// bearer token /metrics asks for (METRICS_TOKEN). Without either, no /metrics.
	MetricsAddr  string
	MetricsToken string
	// MailMaxAge is how long the outbox retries a mail before it is FAILED (MAIL_MAX_AGE).
	MailMaxAge      time.Duration
	PasswordHashing auth.HasherConfig
	RateLimits      ratelimit.Rules
	TrustedProxies  clientip.Resolver
}

func loadConfig() (*config, error) {
	var err error
	c := &config{
		Dev:         os.Getenv("APP_ENV") == "dev",
		Addr:        envOr("LISTEN_ADDR", "127.0.0.1:8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		SQLitePath:  envOr("SQLITE_PATH", "werkportaal.db"),
	}
	if e := os.Getenv("APP_ENV"); e != "" && e != "dev" && e != "prod" {
		return nil, fmt.Errorf("APP_ENV must be dev or prod, not %q", e)
	}
	c.PublicURL = strings.TrimRight(envOr("PUBLIC_URL", "http://"+c.Addr), "/")
	c.SeedDemo = envBool("SEED_DEMO", c.Dev)
	c.SMTPURL, c.SMTPFrom = os.Getenv("SMTP_URL"), os.Getenv("SMTP_FROM")
	if k := os.Getenv("JWT_SECRET"); k != "" {
		if len(k) < 32 {
			return nil, errors.New("JWT_SECRET must be at least 32 characters")
		}
		c.JWTKey = []byte(k)
	} else if c.Dev {
		// A fresh key per start is fine for one dev instance: the refresh cookie
		// survives a restart and fetches a token signed with the new key.
		c.JWTKey = make([]byte, 32)
		_, _ = rand.Read(c.JWTKey)
	} else if len(os.Args) < 2 || os.Args[1] == "serve" {
		return nil, errors.New("JWT_SECRET is required outside APP_ENV=dev (all instances must share it)")
	}
	if p := os.Getenv("CLIENT_SECRET_PEPPER"); p != "" {
		if len(p) < auth.MinPepperLen {
			return nil, fmt.Errorf("CLIENT_SECRET_PEPPER must be at least %d characters", auth.MinPepperLen)
		}
		c.ClientPepper = []byte(p)
	} else if c.Dev {
		// Not random per start like the dev JWT key: the integrators' secrets in the dev
		// database are stored under it and must still verify after a restart.
		c.ClientPepper = []byte(devClientSecretPepper)
	} else if len(os.Args) < 2 || os.Args[1] == "serve" {
		return nil, errors.New("CLIENT_SECRET_PEPPER is required outside APP_ENV=dev (all instances must share it)")
	}
	if k := os.Getenv(preboarding.KeyEnv); k != "" {
		if c.PreboardingKey, err = preboarding.ParseKey(k); err != nil {
			return nil, err
		}
	} else if c.Dev {
		// Fixed like the dev pepper: sealed data in the dev database must still open
		// after a restart.
		c.PreboardingKey = preboarding.DeriveKey([]byte(devPreboardingSecret), "dev")
	}
	c.PreboardingRetention = preboarding.DefaultDocumentRetention
	if v := os.Getenv("PREBOARDING_ID_RETENTION_DAYS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 3650 {
			return nil, fmt.Errorf("PREBOARDING_ID_RETENTION_DAYS must be a number of days from 1 to 3650, not %q", v)
		}
		c.PreboardingRetention = time.Duration(n) * 24 * time.Hour
	}
	for _, o := range strings.Split(os.Getenv("CORS_ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			if o == "*" {
				return nil, errors.New("CORS_ALLOWED_ORIGINS must list origins; * is not allowed with credentials")
			}
			c.AllowedOrigins = append(c.AllowedOrigins, o)
		}
	}
	c.MaxBodyBytes = 1 << 20
	if v := os.Getenv("MAX_BODY_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1024 {
			return nil, fmt.Errorf("MAX_BODY_BYTES must be a number of bytes ≥ 1024, not %q", v)
		}
		c.MaxBodyBytes = n
	}
	if v := os.Getenv("MAX_INTEGRATOR_BODY_BYTES"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1024 {
			return nil, fmt.Errorf("MAX_INTEGRATOR_BODY_BYTES must be a number of bytes ≥ 1024, not %q", v)
		}
		c.MaxIntegratorBodyBytes = n
	}
	c.MetricsAddr, c.MetricsToken = os.Getenv("METRICS_ADDR"), os.Getenv("METRICS_TOKEN")
	if c.MetricsToken != "" && len(c.MetricsToken) < 20 {
		return nil, errors.New("METRICS_TOKEN must be at least 20 characters")
	}
	if c.MetricsAddr != "" && c.MetricsAddr == c.Addr {
		return nil, errors.New("METRICS_ADDR must differ from LISTEN_ADDR (set METRICS_TOKEN to serve /metrics there)")
	}
	c.MailMaxAge = mail.DefaultMaxAge
	if v := os.Getenv("MAIL_MAX_AGE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Hour {
			return nil, fmt.Errorf("MAIL_MAX_AGE must be a duration of at least 1h, such as 72h, not %q", v)
		}
		c.MailMaxAge = d
	}
	if c.PasswordHashing, err = hasherConfig(); err != nil {
		return nil, err
	}
	if c.RateLimits, err = ratelimit.RulesFromEnv(os.Getenv); err != nil {
		return nil, err
	}
	if c.TrustedProxies, err = clientip.ParseTrusted(os.Getenv("TRUSTED_PROXIES")); err != nil {
		return nil, fmt.Errorf("TRUSTED_PROXIES: %w", err)
	}
	if err := c.LogLevel.UnmarshalText([]byte(envOr("LOG_LEVEL", "info"))); err != nil {
		return nil, fmt.Errorf("LOG_LEVEL: %w", err)
	}
	return c, nil
}

// devClientSecretPepper is the pepper in dev when CLIENT_SECRET_PEPPER is unset.
const devClientSecretPepper = "werkportaal-dev-only-client-secret-pepper" //nolint:gosec // G101: dev only; prod refuses to start without CLIENT_SECRET_PEPPER

// devPreboardingSecret derives the preboarding key in dev when PREBOARDING_KEY is unset.
const devPreboardingSecret = "werkportaal-dev-only-preboarding-key" //nolint:gosec // G101: dev only; prod needs PREBOARDING_KEY once preboarding data exists

// hasherConfig reads the bound on concurrent argon2id runs (sign-ins must not
// be a memory lever); unset values keep auth.DefaultHasherConfig's.
func hasherConfig() (auth.HasherConfig, error) {
	h := auth.DefaultHasherConfig()
	for _, v := range []struct {
		name string
		min  int
		dst  *int
	}{{"PASSWORD_HASH_CONCURRENCY", 1, &h.Concurrency}, {"PASSWORD_HASH_QUEUE", 0, &h.Queue}} {
		if s := os.Getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < v.min {
				return h, fmt.Errorf("%s must be a whole number ≥ %d, not %q", v.name, v.min, s)
			}
			*v.dst = n
		}
	}
	if s := os.Getenv("PASSWORD_HASH_WAIT"); s != "" {
		d, err := time.ParseDuration(s)
		if err != nil || d <= 0 {
			return h, fmt.Errorf("PASSWORD_HASH_WAIT must be a positive duration such as 1s, not %q", s)
		}
		h.Wait = d
	}
	return h, nil
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func envBool(k string, def bool) bool {
	v, err := strconv.ParseBool(os.Getenv(k))
	if err != nil {
		return def
	}
	return v
}

func openStore(ctx context.Context, cfg *config) (*store.Store, error) {
	st, err := store.Open(ctx, store.Config{DatabaseURL: cfg.DatabaseURL, SQLitePath: cfg.SQLitePath})
	if err != nil {
		return nil, err
	}
	applied, err := st.Migrate(ctx)
	if err != nil {
		return nil, errors.Join(err, st.Close())
	}
	for _, f := range applied {
		slog.Info("migration applied", "file", f, "dialect", st.Dialect)
	}
	return st, nil
}

func migrateOnly(ctx context.Context, cfg *config) error {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	return st.Close()
}

func loadDemo(ctx context.Context, cfg *config, args []string) (err error) {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	persons := fs.Int("persons", 0, "make a large benchmark dataset of this many persons instead of the demo dataset")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	if *persons > 0 {
		start := time.Now()
		if err := demo.Large(ctx, st.DB, st.Dialect, *persons, os.Stdout); err != nil {
			return err
		}
		fmt.Printf("benchmark dataset of %d persons loaded in %s\n", *persons, time.Since(start).Round(time.Millisecond))
		return nil
	}
	logins, created, err := demo.Seed(ctx, st.Client, time.Now().UTC(), demo.PublicURL(cfg.PublicURL), demo.ClientSecretPepper(cfg.ClientPepper),
		demo.PreboardingKey(cfg.PreboardingKey))
	if err != nil {
		return err
	}
	if !created {
		fmt.Println("the demo dataset was already loaded")
	}
	logins.Print(os.Stdout, cfg.PublicURL)
	return nil
}

func serve(ctx context.Context, cfg *config) (err error) {
	st, err := openStore(ctx, cfg)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, st.Close()) }()
	var logins *demo.Logins
	if cfg.SeedDemo {
		var created bool
		if logins, created, err = demo.Seed(ctx, st.Client, time.Now().UTC(), demo.PublicURL(cfg.PublicURL), demo.ClientSecretPepper(cfg.ClientPepper),
			demo.PreboardingKey(cfg.PreboardingKey)); err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
		if created {
			slog.Info("demo dataset loaded")
		}
	}
	if cfg.PreboardingKey == nil {
		// Sealed BSNs and ID copies would not open: refuse rather than serve errors.
		if exists, err := preboarding.Exists(ctx, st.Client); err != nil {
			return err
		} else if exists {
			return fmt.Errorf("%s is required: the database holds preboarding data sealed with it", preboarding.KeyEnv)
		}
		slog.Warn("no " + preboarding.KeyEnv + ": preboarding is refused until it is set")
	}
	a, err := app.New(st, clock.System{}, app.Config{
		Dev:                    cfg.Dev,
		PreboardingKey:         cfg.PreboardingKey,
		NoPreboardingKey:       cfg.PreboardingKey == nil,
		PreboardingRetention:   cfg.PreboardingRetention,
		JWTKey:                 cfg.JWTKey,
		ClientSecretPepper:     cfg.ClientPepper,
		AllowedOrigins:         cfg.AllowedOrigins,
		MaxBodyBytes:           cfg.MaxBodyBytes,
		MaxIntegratorBodyBytes: cfg.MaxIntegratorBodyBytes,
		SecureCookies:          strings.HasPrefix(cfg.PublicURL, "https://"),
		PublicURL:              cfg.PublicURL,
		ResponseFloor:          400 * time.Millisecond,
		MetricsToken:           cfg.MetricsToken,
		PasswordHashing:        cfg.PasswordHashing,
		RateLimits:             &cfg.RateLimits,
		TrustedProxies:         cfg.TrustedProxies,
	})
	if err != nil {
		return err
	}
	// Ended rate-limit windows are deleted by every instance now and then; the deletes
	// are idempotent, so instances need not take turns.
	go a.Limits.RunSweeper(ctx, 10*time.Minute)
	// Accruals and expiries (R28): every instance runs the job; runs claim disjoint
	// employments and book each period once, so instances need not take turns.
	go a.LeaveJob.Run(ctx, 15*time.Minute)
	// Leave requests (R30, R31): lapsed vacation requests are accepted and passed days
	// become taken; runs claim disjoint requests, so every instance runs it too.
	go a.LeaveRequestJob.Run(ctx, 5*time.Minute)
	go a.DataChangeJob.Run(ctx, 5*time.Minute)
	// The handlers' hourly digest and the yearly expiry reminder (R33): a notice per
	// handler and hour, or per employee and year, makes each mail go out once whichever
	// instance runs first.
	go a.LeaveDigestJob.Run(ctx, 5*time.Minute)
	go a.LeaveReminderJob.Run(ctx, time.Hour)
	// Mijn team (R35): the managers' daily digest (a notice per recipient and day) and
	// the escalation of tasks open five working days (each step marked once); claimed
	// with SKIP LOCKED, so every instance runs them.
	go a.TeamDigestJob.Run(ctx, 15*time.Minute)
	go a.EscalationJob.Run(ctx, 15*time.Minute)
	// Preboarding (R38): the reminder 3 days before the first day and the deletion of
	// acknowledged ID copies; rows are claimed with SKIP LOCKED and marked done, so every
	// instance runs it.
	go a.PreboardingJobs.Run(ctx, 15*time.Minute)
	if cfg.SMTPURL != "" {
		sender, err := mail.NewSMTPSender(mail.SMTPConfig{URL: cfg.SMTPURL, From: cfg.SMTPFrom})
		if err != nil {
			return fmt.Errorf("SMTP_URL: %w", err)
		}
		d := &mail.Dispatcher{Client: st.Client, DB: st.DB, Dialect: st.Dialect, Sender: sender,
			MaxAge: cfg.MailMaxAge, Metrics: a.MailMetrics}
		go d.Run(ctx, 5*time.Second)
		slog.Info("mail delivery over SMTP", "server", sender.String(), "max_age", cfg.MailMaxAge)
	} else {
		slog.Info("no SMTP_URL: mails stay in the outbox", "dev_mailbox", cfg.PublicURL+"/dev/mail")
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	if cfg.MetricsAddr != "" {
		mln, err := net.Listen("tcp", cfg.MetricsAddr)
		if err != nil {
			return fmt.Errorf("METRICS_ADDR: %w", err)
		}
		msrv := &http.Server{Handler: a.MetricsHandler(), ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
		go func() {
			if err := msrv.Serve(mln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				slog.Error("metrics listener stopped", "err", err)
			}
		}()
		defer func() { _ = msrv.Close() }()
		slog.Info("metrics listening", "addr", mln.Addr().String(), "token", cfg.MetricsToken != "")
	} else if cfg.MetricsToken == "" {
		slog.Info("no METRICS_ADDR or METRICS_TOKEN: /metrics is not served")
	}
	srv := &http.Server{
		Handler:           a.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second,
		WriteTimeout:      120 * time.Second,
		IdleTimeout:       120 * time.Second,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	dbName := "SQLite " + cfg.SQLitePath
	if cfg.DatabaseURL != "" {
		dbName = "Postgres"
	}
	slog.Info("werkportaal listening", "url", cfg.PublicURL, "addr", ln.Addr().String(), "database", dbName, "dev", cfg.Dev)
	fmt.Printf("\nWerkportaal runs at %s  (database: %s)\n", cfg.PublicURL, dbName)
	if logins != nil {
		logins.Print(os.Stdout, cfg.PublicURL)
	}
	if cfg.Dev && cfg.SMTPURL == "" {
		fmt.Printf("  Mails are not sent; read them in the dev mailbox: %s/dev/mail\n\n", cfg.PublicURL)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	slog.Info("shutting down: finishing requests in flight")
	shutCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shutCtx)
}
