// Package app wires Werkportaal together: the domain services over one store, the
// GraphQL endpoint behind sign-in and CORS, the token endpoint, health, metrics and the
// SPA. server/main.go runs it; the HTTP tests drive the very same handler.
package app

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/rs/cors"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/frontend"
	"github.com/werkportaal/werkportaal/graph"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/apiclients"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/assistant"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/funnel"
	"github.com/werkportaal/werkportaal/server/home"
	"github.com/werkportaal/werkportaal/server/httpapi"
	"github.com/werkportaal/werkportaal/server/insurance"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/mail"
	"github.com/werkportaal/werkportaal/server/obs"
	"github.com/werkportaal/werkportaal/server/owndata"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/payrollsync"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/regulations"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/team"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// Config is what the application needs beyond the store.
type Config struct {
	Dev            bool
	JWTKey         []byte
	AllowedOrigins []string
	MaxBodyBytes   int64
	// MaxUploadBytes bounds multipart requests (document uploads); a JSON request keeps
	// MaxBodyBytes.
	MaxUploadBytes int64
	// MaxIntegratorBodyBytes bounds any request of an API client: publishPayslips and
	// setLeaveBalances take batches of 500, which do not fit MaxBodyBytes.
	MaxIntegratorBodyBytes int64
	// SecureCookies marks the refresh cookie Secure (production behind HTTPS).
	SecureCookies bool
	// PublicURL is where users reach Werkportaal; links in mails start with it.
	PublicURL string
	// ResponseFloor pads the public recovery answers to a fixed time (R10, R11).
	ResponseFloor time.Duration
	// AdHocQueries lets staff and employee sessions send any query text (dev is
	// implied); in production they run only the SPA's persisted documents.
	AdHocQueries bool
	// MetricsToken, when set, is the bearer token /metrics asks for. Without it the
	// main handler has no /metrics; MetricsHandler serves them on a listener of their own.
	MetricsToken string
	Auth         auth.Config
	GraphQL      graph.HandlerConfig
	// ClientSecretPepper keys the HMAC of integrators' client secrets; empty derives one
	// from JWTKey (embeddings and tests; the server reads CLIENT_SECRET_PEPPER).
	ClientSecretPepper []byte
	// PreboardingKey seals BSNs and ID copies (R38); nil derives one from JWTKey
	// (embeddings and tests; the server reads PREBOARDING_KEY) unless NoPreboardingKey,
	// with which preboarding is refused.
	PreboardingKey   *preboarding.Key
	NoPreboardingKey bool
	// PreboardingRetention is how long an acknowledged ID copy stays; zero is 30 days.
	PreboardingRetention time.Duration
	// RateLimits are the limits on sign-ins, tokens, recovery mails and resends; nil
	// means ratelimit.DefaultRules, &ratelimit.Rules{} none.
	RateLimits *ratelimit.Rules
	// TrustedProxies says whose X-Forwarded-For names the client address.
	TrustedProxies clientip.Resolver
	// PasswordHashing bounds concurrent argon2id runs (sign-ins, password changes);
	// zero fields take auth.DefaultHasherConfig's.
	PasswordHashing auth.HasherConfig
}

// App is the running application.
type App struct {
	Store    *store.Store
	Clock    clock.Clock
	Auth     *auth.Service
	Products *product.Service
	Access   *access.Service

	// The portal's content (R20–R26): the feature gate, publishing and reading payroll
	// results, the dossier, sick reports.
	Gate      *feature.Gate
	Publisher *publish.Service
	Payroll   *read.Service
	Documents *documents.Service
	Sick      *sick.Service

	Leave *leave.Service
	// Workflow routes every request of an employee (R34).
	Workflow *workflow.Service
	// Claims is Declaraties (R36): claims run on their routes like leave.
	Claims *claims.Service
	// Team is Mijn team (R35).
	Team *team.Service
	// OwnData is Mijn gegevens downloaden: the employee's own data as a ZIP.
	OwnData *owndata.Service
	// Calendar is the Verlofkalender and its iCal addresses (R32).
	Calendar *calendar.Service
	// LeaveJob books accruals and expiries (R28); main runs it on every instance.
	LeaveJob *leave.Job
	// LeaveRequestJob accepts lapsed vacation requests (R31) and books passed days as
	// taken (R30); main runs it on every instance.
	LeaveRequestJob *leave.RequestJob
	// DataChangeJob applies approved personal-data changes on their date (R37).
	DataChangeJob *datachange.ApplyJob
	// LeaveDigestJob mails each handler the new leave requests once an hour, and
	// LeaveReminderJob employees their expiring statutory hours once a year (R33); main
	// runs both on every instance.
	LeaveDigestJob   *leave.DigestJob
	LeaveReminderJob *leave.ReminderJob
	// TeamDigestJob mails managers and substitutes their open tasks once a working day,
	// and EscalationJob reports tasks open five working days to HANDLE_REQUESTS (R35);
	// main runs both on every instance.
	TeamDigestJob *workflow.DigestJob
	EscalationJob *workflow.EscalationJob
	// Preboarding is R38; PreboardingJobs its reminder and ID-copy deletion, which main
	// runs on every instance.
	Preboarding     *preboarding.Service
	PreboardingJobs *preboarding.Jobs
	Resolver        *graph.Resolver
	Metrics         *obs.Metrics
	// MailMetrics are the outbox's metrics, registered with Metrics; main gives them to
	// the dispatcher.
	MailMetrics *mail.Metrics
	// Limits is shared by every service: one set of windows in the database.
	Limits *ratelimit.Limiter
	cfg    Config
}

// New builds the application over an open, migrated store.
func New(st *store.Store, clk clock.Clock, cfg Config) (*App, error) {
	signer, err := auth.NewSigner(cfg.JWTKey, clk.Now)
	if err != nil {
		return nil, err
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.MaxUploadBytes == 0 {
		cfg.MaxUploadBytes = graph.MaxUploadBytes
	}
	if cfg.MaxIntegratorBodyBytes == 0 {
		cfg.MaxIntegratorBodyBytes = DefaultMaxIntegratorBodyBytes
	}
	if cfg.Auth == (auth.Config{}) {
		cfg.Auth = auth.DefaultConfig
	}
	if cfg.GraphQL.MaxCost == 0 {
		dev := cfg.GraphQL.Dev || cfg.Dev
		cfg.GraphQL = graph.DefaultHandlerConfig
		cfg.GraphQL.Dev = dev
	}
	cfg.GraphQL.AdHocQueries = cfg.GraphQL.AdHocQueries || cfg.AdHocQueries
	metrics := obs.NewMetrics()
	cfg.GraphQL.Checked = metrics.Count("werkportaal_graphql_checked_nodes_total",
		"Document nodes visited by the GraphQL checks that run before any resolver (document gate and limits, cost, introspection).")
	// The iCal token travels in the path (calendar programs send no headers); the log
	// shows the route only.
	metrics.RedactPath = func(p string) string {
		if strings.HasPrefix(p, calendar.FeedPath) {
			return calendar.FeedPath + "…"
		}
		return p
	}
	a := &App{Store: st, Clock: clk, cfg: cfg, Metrics: metrics}
	a.MailMetrics = mail.NewMetrics(a.Metrics.Registry, st.Client, clk)
	if len(cfg.ClientSecretPepper) == 0 {
		cfg.ClientSecretPepper = auth.DerivePepper(cfg.JWTKey, "client-secret-pepper")
	}
	if len(cfg.ClientSecretPepper) < auth.MinPepperLen {
		return nil, fmt.Errorf("app: the client-secret pepper must be at least %d bytes", auth.MinPepperLen)
	}
	rules := ratelimit.DefaultRules
	if cfg.RateLimits != nil {
		rules = *cfg.RateLimits
	}
	a.Limits = &ratelimit.Limiter{DB: st.DB, Dialect: st.Dialect, Clock: clk, Rules: rules}
	a.Auth = &auth.Service{Client: st.Client, Clock: clk, Dialect: st.Dialect, Signer: signer, Config: cfg.Auth,
		PasswordHasher: auth.NewHasher(cfg.PasswordHashing), ClientSecretPepper: cfg.ClientSecretPepper,
		Limits: a.Limits}
	a.Leave = &leave.Service{Client: st.Client, Clock: clk}
	// Every leave request runs on its route (R34): the Workflow editor's, or the default.
	a.Workflow = &workflow.Service{Client: st.Client, Clock: clk}
	a.Leave.Decider = workflow.LeaveRouter{Workflow: a.Workflow}
	a.LeaveJob = &leave.Job{Client: st.Client, Clock: clk}
	a.LeaveRequestJob = &leave.RequestJob{Leave: a.Leave}
	a.LeaveDigestJob = &leave.DigestJob{Leave: a.Leave}
	a.LeaveReminderJob = &leave.ReminderJob{Leave: a.Leave}
	a.Products = &product.Service{Client: st.Client, Clock: clk,
		OnActivate: []func(context.Context, *ent.Client, *ent.Employer, string) error{a.Leave.OnProductActivated}}
	dir := &directory.Service{Client: st.Client, Clock: clk, Dialect: st.Dialect}
	a.Access = &access.Service{
		Client: st.Client, Clock: clk, Auth: a.Auth, Directory: dir,
		Links: access.Links{Base: cfg.PublicURL}, ResponseFloor: cfg.ResponseFloor, Limits: a.Limits,
	}
	// auth decides when an employee's sign-in locks (R13); access says whom to tell.
	a.Auth.OnEmployeeLocked = a.Access.AccountLocked
	a.Gate = &feature.Gate{Client: st.Client, Clock: clk}
	a.Publisher = &publish.Service{Client: st.Client, Clock: clk}
	a.Payroll = &read.Service{Client: st.Client, Clock: clk, Features: a.Gate}
	a.Documents = &documents.Service{Client: st.Client, Clock: clk, Features: a.Gate, PortalURL: access.Links{Base: cfg.PublicURL}.Portal()}
	a.Sick = &sick.Service{Client: st.Client, Clock: clk, Features: a.Gate}
	// Leave requests and the calendar are portal features of the employer's products (R22).
	a.Leave.PortalURL = a.Documents.PortalURL
	a.Leave.AdminURL = strings.TrimRight(cfg.PublicURL, "/") + "/beheer"
	a.Leave.Gate = func(ctx context.Context, f string) error { return a.Gate.Require(ctx, feature.Feature(f)) }
	a.Calendar = &calendar.Service{Client: st.Client, Clock: clk, Features: a.Gate, FeedBase: cfg.PublicURL}
	a.Claims = &claims.Service{Client: st.Client, Clock: clk, Features: a.Gate, Workflow: a.Workflow}
	dataChanges := &datachange.Service{Client: st.Client, Clock: clk, Workflow: a.Workflow, Gate: a.Gate,
		Passwords: a.Auth, PortalURL: a.Documents.PortalURL}
	a.DataChangeJob = &datachange.ApplyJob{Data: dataChanges}
	a.TeamDigestJob = &workflow.DigestJob{Workflow: a.Workflow, MyTeamURL: a.Documents.PortalURL + "/mijn-team"}
	a.EscalationJob = &workflow.EscalationJob{Workflow: a.Workflow, AdminURL: a.Leave.AdminURL}
	a.Team = &team.Service{Client: st.Client, Gate: a.Gate, Leave: a.Leave, Claims: a.Claims, DataChanges: dataChanges,
		Calendars: a.Calendar, Clock: clk}
	a.OwnData = &owndata.Service{Client: st.Client, Clock: clk, Gate: a.Gate, Payroll: a.Payroll, Leave: a.Leave,
		Documents: a.Documents, Sick: a.Sick, Limits: a.Limits}
	pbKey := cfg.PreboardingKey
	if pbKey == nil && !cfg.NoPreboardingKey {
		pbKey = preboarding.DeriveKey(cfg.JWTKey, "preboarding")
	}
	a.Preboarding = &preboarding.Service{Client: st.Client, Clock: clk, Access: a.Access, Gate: a.Gate, Key: pbKey,
		PortalURL: a.Documents.PortalURL, DocumentRetention: cfg.PreboardingRetention}
	a.PreboardingJobs = &preboarding.Jobs{Preboarding: a.Preboarding}
	a.Resolver = &graph.Resolver{
		Client:     st.Client,
		Clock:      clk,
		Auth:       a.Auth,
		Access:     a.Access,
		Directory:  dir,
		ProductSvc: a.Products,
		Gate:       a.Gate,
		Publisher:  a.Publisher,
		Payroll:    a.Payroll,
		Dossier:    a.Documents,
		Absence:    a.Sick,
		Leave:      a.Leave,
		Home: &home.Service{Client: st.Client, Clock: clk, Gate: a.Gate, Payroll: a.Payroll, Leave: a.Leave,
			Documents: a.Documents, Sick: a.Sick},
		Calendar:     a.Calendar,
		APIClientSvc: &apiclients.Service{Client: st.Client, Clock: clk, Pepper: cfg.ClientSecretPepper},
		Funnel:       &funnel.Service{Client: st.Client, Clock: clk},
		PayrollSync:  &payrollsync.Service{Client: st.Client, Clock: clk, Leave: a.Leave},
		ChangeFeed:   &changefeed.Service{Client: st.Client, Clock: clk},
		Workflow:     a.Workflow,
		Team:         a.Team,
		StaffUserSvc: &staffusers.Service{Client: st.Client, Clock: clk, Auth: a.Auth, Links: staffusers.Links{Base: cfg.PublicURL},
			Limits: a.Limits, ResponseFloor: cfg.ResponseFloor},
		PreboardingSvc: a.Preboarding,
		Insurance:      &insurance.Service{Client: st.Client, Clock: clk, Features: a.Gate},
		DataChange:     dataChanges,
		Assistant: &assistant.Service{Client: st.Client, Clock: clk, Features: a.Gate,
			Payroll: a.Payroll, Leave: a.Leave, Sick: a.Sick, Documents: a.Documents, Limits: a.Limits},
		Claims: a.Claims,
		Regulations: &regulations.Service{Client: st.Client, Clock: clk, Features: a.Gate, Limits: a.Limits,
			Index: regulations.NewIndex(st.DB, st.Dialect)},
		Dev: cfg.Dev,
	}
	return a, nil
}

// Handler returns the HTTP handler of the whole application.
func (a *App) Handler() http.Handler {
	mux := http.NewServeMux()
	corsOpts := cors.Options{
		AllowedOrigins:   a.cfg.AllowedOrigins,
		AllowedMethods:   []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders:   []string{"Authorization", "Content-Type", "Accept-Language", "X-Request-Id"},
		ExposedHeaders:   []string{"X-Request-Id"},
		AllowCredentials: true,
		MaxAge:           600,
	}
	if len(corsOpts.AllowedOrigins) == 0 {
		// rs/cors reads an empty list as "every origin" (answering *); ours means none.
		corsOpts.AllowOriginFunc = func(string) bool { return false }
	}
	corsMW := cors.New(corsOpts)
	gql := graph.NewHandler(a.Resolver, a.cfg.GraphQL)
	mux.Handle("/graphql", corsMW.Handler(compressAnswers(a.capBody(httpapi.Bearer(a.Auth, a.cfg.TrustedProxies, a.cfg.SecureCookies)(a.limitBody(gql))))))
	mux.Handle("/oauth/token", corsMW.Handler(a.capBody(a.limitBody(httpapi.TokenHandler(a.Auth, a.cfg.TrustedProxies)))))
	// Payslip and annual statement PDFs and documents, authorised per request by the
	// bearer token (R23, R26): no public or guessable URLs; the Logboek as CSV (R27).
	mux.Handle("/downloads/", corsMW.Handler(httpapi.Bearer(a.Auth, a.cfg.TrustedProxies, a.cfg.SecureCookies)(httpapi.Downloads(a.Payroll, a.Documents, a.Claims))))
	mux.Handle(owndata.Path, corsMW.Handler(httpapi.Bearer(a.Auth, a.cfg.TrustedProxies, a.cfg.SecureCookies)(httpapi.OwnDataExport(a.OwnData))))
	mux.Handle(httpapi.PathSickExport, corsMW.Handler(httpapi.Bearer(a.Auth, a.cfg.TrustedProxies, a.cfg.SecureCookies)(httpapi.SickExport(a.Sick))))
	mux.Handle("GET "+httpapi.PathAuditExport, corsMW.Handler(httpapi.Bearer(a.Auth, a.cfg.TrustedProxies, a.cfg.SecureCookies)(httpapi.AuditExport(a.Store.Client))))
	// The Verlofkalender's iCal subscription addresses (R32): anonymous, the address is the
	// credential; counted like the other anonymous routes.
	mux.Handle("GET "+calendar.FeedPath, httpapi.CalendarFeed(a.Calendar, a.Limits, a.cfg.TrustedProxies))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", a.ready)
	mux.Handle("GET /metrics", a.mainMetrics())
	if a.cfg.Dev {
		mux.Handle("GET /graphiql", graphiql())
		// Without SMTP the outbox is the dev mailbox, so invitation links can be followed.
		dev := httpapi.DevMailbox(a.Store.Client)
		mux.Handle("GET /dev/mail", dev)
		mux.Handle("GET /dev/mail/", dev)
	}
	mux.Handle("/", frontend.HandlerCSP(frontend.Files(), spaPolicy))
	return a.Metrics.Middleware(route)(a.securityHeaders(a.withClock(mux)))
}

// withClock gives every request the application's clock, which the privacy rules read
// (a payslip is hidden from the employee until its visible-from date).
func (a *App) withClock(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(clock.NewContext(r.Context(), a.Clock)))
	})
}

// ready answers 200 only when the database answers, so a load balancer sends no
// traffic to an instance that cannot serve it.
func (a *App) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain")
	if err := a.Store.Ping(ctx); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("database unreachable\n"))
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}

// DefaultMaxIntegratorBodyBytes is MaxIntegratorBodyBytes unless configured: 500
// payslips of about 100 lines each.
const DefaultMaxIntegratorBodyBytes = 16 << 20

// capBody runs before authentication and only caps what may be read at all: the small
// limit for requests without a token, the largest one for requests with one. Nothing is
// read here, so an invalid token is refused (by the auth middleware) before its body is.
func (a *App) capBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := a.cfg.MaxBodyBytes
		if r.Header.Get("Authorization") != "" {
			limit = max(limit, a.cfg.MaxUploadBytes, a.cfg.MaxIntegratorBodyBytes)
		}
		if r.ContentLength > limit {
			tooLarge(w, r)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

// bodyLimit is the limit of a request whose principal is known: integrators may send
// large batches, staff and employees a document upload, anything else MaxBodyBytes.
func (a *App) bodyLimit(r *http.Request) int64 {
	p := viewer.FromContext(r.Context())
	switch {
	case p != nil && p.Kind == viewer.KindAPIClient:
		return max(a.cfg.MaxIntegratorBodyBytes, a.cfg.MaxUploadBytes)
	case p != nil && strings.HasPrefix(strings.ToLower(r.Header.Get("Content-Type")), "multipart/form-data"):
		return a.cfg.MaxUploadBytes
	default:
		return a.cfg.MaxBodyBytes
	}
}

// limitBody refuses bodies over the principal's limit (bodyLimit), so a huge request
// cannot exhaust memory; it runs after authentication.
func (a *App) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := a.bodyLimit(r)
		if r.ContentLength > limit {
			tooLarge(w, r)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		if r.ContentLength < 0 {
			// A chunked body's size is known only by reading it: read it here, so an
			// oversized one gets 413 like a declared one (at most the limit in memory).
			b, err := io.ReadAll(r.Body)
			var tooBig *http.MaxBytesError
			switch {
			case errors.As(err, &tooBig):
				tooLarge(w, r)
				return
			case err != nil:
				refuseBody(w, r, http.StatusBadRequest, apperr.BadRequest, "the request body could not be read")
				return
			}
			r.Body, r.ContentLength = io.NopCloser(bytes.NewReader(b)), int64(len(b))
		}
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, r *http.Request) {
	refuseBody(w, r, http.StatusRequestEntityTooLarge, apperr.PayloadTooLarge, "the request body is too large")
}

// refuseBody answers a body that was not read in the shape of its endpoint: the token
// endpoint's OAuth error (RFC 6749 §5.2), GraphQL's error with a code everywhere else.
func refuseBody(w http.ResponseWriter, r *http.Request, status int, code apperr.Code, msg string) {
	if r.URL.Path == "/oauth/token" {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": "invalid_request", "error_description": msg})
		return
	}
	apperr.WriteHTTP(r.Context(), w, status, code, msg)
}

// route names the route of a request for metrics, without IDs or other high-cardinality parts.
func route(r *http.Request) string {
	p := r.URL.Path
	switch {
	case p == "/graphql", p == "/oauth/token", p == "/healthz", p == "/readyz", p == "/metrics", p == "/graphiql":
		return p
	case strings.HasPrefix(p, "/dev/mail"):
		return "/dev/mail"
	case strings.HasPrefix(p, "/downloads/"):
		return "/downloads"
	case strings.HasPrefix(p, "/assets/"):
		return "/assets"
	case strings.HasPrefix(p, calendar.FeedPath):
		return "/ical"
	}
	return "/spa"
}
