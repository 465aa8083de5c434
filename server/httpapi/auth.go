// Package httpapi is the HTTP side of the domain packages: the bearer middleware and
// refresh cookies, the token endpoint, file downloads and the dev mailbox. The domain
// packages speak Go; this package translates requests and answers.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/ratelimit"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The httpOnly cookies that carry refresh tokens, one per area so that a browser can
// hold a staff session and an employee session side by side. Their path is /graphql,
// the only place that reads them, and SameSite=Strict keeps them off cross-site requests.
const (
	StaffRefreshCookie    = "wp_refresh"
	EmployeeRefreshCookie = "wp_refresh_emp"
)

type httpKey struct{}

type httpExchange struct {
	w      http.ResponseWriter
	r      *http.Request
	secure bool
}

// Bearer recognises the bearer token of a request and puts its principal in the
// context. A request without a token goes on anonymously (sign-in, public invitation
// pages); a request with a dead token gets 401, so the SPA knows to refresh.
// The client address follows TRUSTED_PROXIES (ips).
func Bearer(s *auth.Service, ips clientip.Resolver, secureCookies bool) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := context.WithValue(r.Context(), httpKey{}, &httpExchange{w: w, r: r, secure: secureCookies})
			ctx = auth.WithMeta(ctx, meta(r, ips))
			if h := r.Header.Get("Authorization"); h != "" {
				scheme, token, ok := strings.Cut(h, " ")
				if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
					writeUnauthenticated(ctx, w, "Authorization header must be: Bearer <token>", "")
					return
				}
				p, err := s.Authenticate(ctx, token)
				if err != nil {
					if apperr.CodeOf(err) != apperr.Unauthenticated {
						slog.ErrorContext(ctx, "authenticate", "err", err)
						if store.Unavailable(err) {
							apperr.WriteHTTP(ctx, w, http.StatusServiceUnavailable, apperr.ServiceUnavailable, apperr.UnavailableMessage)
							return
						}
						apperr.WriteHTTP(ctx, w, http.StatusInternalServerError, apperr.Internal,
							"internal error; quote request id "+reqid.FromContext(ctx))
						return
					}
					if auth.IsBlocked(err) {
						writeUnauthenticated(ctx, w, err.(*apperr.Error).Message, string(auth.CodeAccessBlocked))
						return
					}
					writeUnauthenticated(ctx, w, "the access token is invalid or its session ended; refresh or sign in again", "")
					return
				}
				ctx = viewer.NewContext(ctx, p)
			}
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

// writeUnauthenticated answers 401 in GraphQL's error shape; reason, when set, tells
// the SPA why (ACCESS_BLOCKED: the employer ended access, R6).
func writeUnauthenticated(ctx context.Context, w http.ResponseWriter, msg, reason string) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("WWW-Authenticate", `Bearer realm="werkportaal"`)
	w.WriteHeader(http.StatusUnauthorized)
	ext := apperr.Extensions(ctx, apperr.Unauthenticated)
	if reason != "" {
		ext["reason"] = reason
	}
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": ext}},
	})
}

// meta describes the client of r.
func meta(r *http.Request, ips clientip.Resolver) auth.Meta {
	return auth.Meta{UserAgent: r.UserAgent(), IP: ips.Address(r)}
}

// ReadRefreshCookie returns the refresh token of cookie name sent with the request in ctx.
func ReadRefreshCookie(ctx context.Context, name string) string {
	x, _ := ctx.Value(httpKey{}).(*httpExchange)
	if x == nil {
		return ""
	}
	c, err := x.r.Cookie(name)
	if err != nil {
		return ""
	}
	return c.Value
}

// SetRefreshCookie sets (or, with an empty token, clears) the refresh cookie on the
// response of the request in ctx. Resolvers run before the response is written, so
// the header still goes out.
func SetRefreshCookie(ctx context.Context, name, token string, expires time.Time) {
	x, _ := ctx.Value(httpKey{}).(*httpExchange)
	if x == nil {
		return
	}
	//nolint:gosec // G124: Secure follows PUBLIC_URL (https in production); over plain http on 127.0.0.1 a browser would drop a Secure cookie
	c := &http.Cookie{
		Name: name, Value: token, Path: "/graphql",
		HttpOnly: true, Secure: x.secure, SameSite: http.SameSiteStrictMode,
	}
	if token == "" {
		c.MaxAge = -1
	} else {
		c.Expires = expires
	}
	http.SetCookie(x.w, c)
}

// TokenHandler serves POST /oauth/token, the client-credentials grant (RFC 6749 §4.4)
// with the credentials in the form body or HTTP Basic auth.
func TokenHandler(s *auth.Service, ips clientip.Resolver) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Type", "application/json")
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeOAuthError(w, http.StatusMethodNotAllowed, "invalid_request", "use POST")
			return
		}
		if err := r.ParseForm(); err != nil {
			writeOAuthError(w, http.StatusBadRequest, "invalid_request", "the body must be application/x-www-form-urlencoded")
			return
		}
		if gt := r.PostForm.Get("grant_type"); gt != "client_credentials" {
			writeOAuthError(w, http.StatusBadRequest, "unsupported_grant_type", "grant_type must be client_credentials")
			return
		}
		id, secret, basic := r.BasicAuth()
		if !basic {
			id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
		}
		if id == "" || secret == "" {
			writeOAuthError(w, http.StatusUnauthorized, "invalid_client", "client_id and client_secret are required")
			return
		}
		t, err := s.ClientCredentials(r.Context(), id, secret, meta(r, ips))
		if errors.Is(err, auth.ErrInvalidClient) {
			writeOAuthError(w, http.StatusUnauthorized, "invalid_client", "unknown client or wrong secret")
			return
		}
		if d, ok := apperr.RetryAfterOf(err); ok {
			setRetryAfter(w.Header(), d)
			writeOAuthError(w, http.StatusTooManyRequests, "too_many_requests", "too many requests; try again after Retry-After seconds")
			return
		}
		if err != nil {
			slog.ErrorContext(r.Context(), "client credentials", "err", err)
			writeOAuthError(w, http.StatusInternalServerError, "server_error", "try again later")
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"access_token": t.AccessToken,
			"token_type":   "Bearer",
			"expires_in":   int(t.AccessExpiresAt.Sub(s.Clock.Now()).Seconds()),
		})
	})
}

// writeOAuthError answers in RFC 6749's error shape. A refusal by a limit also carries
// the stable code TOO_MANY_REQUESTS that the GraphQL endpoint uses, as "code".
func writeOAuthError(w http.ResponseWriter, status int, code, desc string) {
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Basic realm="werkportaal"`)
	}
	w.WriteHeader(status)
	body := map[string]string{"error": code, "error_description": desc}
	if status == http.StatusTooManyRequests {
		body["code"] = string(apperr.TooManyRequests)
	}
	_ = json.NewEncoder(w).Encode(body)
}

// setRetryAfter sets the Retry-After header of h to d in whole seconds.
func setRetryAfter(h http.Header, d time.Duration) {
	h.Set("Retry-After", strconv.Itoa(int(ratelimit.RetryAfterSeconds(d)/time.Second)))
}
