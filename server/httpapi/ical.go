package httpapi

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clientip"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/ratelimit"
)

// CalendarFeed serves GET calendar.FeedPath<token>.ics: the leave calendar of a secret
// subscription address (R32) as text/calendar, to calendar programs that do not sign in.
// The address is the credential, so the route is anonymous and bounded like the other
// anonymous routes: counted per client address and per address before the token is
// looked up. An unknown or revoked address is 404, one whose owner may not see the
// calendar now (blocked, right or product gone) 403.
func CalendarFeed(svc *calendar.Service, limits *ratelimit.Limiter, ips clientip.Resolver) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		h := w.Header()
		h.Set("Cache-Control", "private, no-store")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Robots-Tag", "noindex")
		token, ok := strings.CutPrefix(r.URL.Path, calendar.FeedPath)
		if ok {
			token, ok = strings.CutSuffix(token, ".ics")
		}
		if !ok || token == "" || len(token) > 100 {
			apperr.WriteHTTP(ctx, w, http.StatusNotFound, apperr.NotFound, "no such calendar address")
			return
		}
		if err := limits.CalendarFeed(ctx, ips.Address(r), token); err != nil {
			if d, ok := apperr.RetryAfterOf(err); ok {
				setRetryAfter(h, d)
				apperr.WriteHTTP(ctx, w, http.StatusTooManyRequests, apperr.TooManyRequests, "too many requests; try again after Retry-After seconds")
				return
			}
			slog.ErrorContext(ctx, "calendar feed: rate limit", "err", err)
			apperr.WriteHTTP(ctx, w, http.StatusInternalServerError, apperr.Internal, "try again later")
			return
		}
		ics, err := svc.ServeFeed(ctx, token)
		switch {
		case errors.Is(err, calendar.ErrFeedNotFound):
			apperr.WriteHTTP(ctx, w, http.StatusNotFound, apperr.NotFound, "no such calendar address; it may have been revoked")
			return
		case errors.Is(err, calendar.ErrFeedRefused):
			apperr.WriteHTTP(ctx, w, http.StatusForbidden, apperr.Forbidden, "this calendar address serves nothing now")
			return
		case err != nil:
			slog.ErrorContext(ctx, "calendar feed", "err", err)
			apperr.WriteHTTP(ctx, w, http.StatusInternalServerError, apperr.Internal, "try again later")
			return
		}
		h.Set("Content-Type", "text/calendar; charset=utf-8")
		h.Set("Content-Disposition", `inline; filename="verlofkalender.ics"`)
		h.Set("Content-Length", strconv.Itoa(len(ics)))
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(ics) //nolint:gosec // G705: text/calendar with every value escaped (RFC 5545), never HTML; nosniff is set for every answer
	})
}
