package httpapi

import (
	"log/slog"
	"mime"
	"net/http"
	"strconv"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/owndata"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// OwnDataExport serves GET /downloads/mijn-gegevens.zip: Mijn gegevens downloaden, the
// signed-in employee's own data as one ZIP (server/owndata), streamed while it is built.
// The same bearer session as the other downloads; only employees. Starting is counted
// per account and audited before the first byte (429 with Retry-After beyond the
// limit). Mount it behind Bearer.
func OwnDataExport(svc *owndata.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if viewer.FromContext(ctx) == nil {
			writeDownloadError(w, http.StatusUnauthorized, apperr.Unauthenticated, "sign in first: send Authorization: Bearer <token>")
			return
		}
		if r.Method == http.MethodHead {
			// A HEAD would count and audit an export nobody receives.
			w.Header().Set("Allow", http.MethodGet)
			writeDownloadError(w, http.StatusMethodNotAllowed, apperr.BadRequest, "use GET")
			return
		}
		ex, err := svc.Start(ctx)
		if err != nil {
			if retry, ok := apperr.RetryAfterOf(err); ok {
				w.Header().Set("Retry-After", strconv.Itoa(int(retry.Seconds())))
				writeDownloadError(w, http.StatusTooManyRequests, apperr.TooManyRequests, downloadMessage(err, apperr.TooManyRequests))
				return
			}
			status, code := downloadStatus(err)
			if status == http.StatusInternalServerError {
				slog.ErrorContext(ctx, "own-data export", "err", err)
			}
			writeDownloadError(w, status, code, downloadMessage(err, code))
			return
		}
		h := w.Header()
		h.Set("Content-Type", "application/zip")
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": ex.FileName}))
		h.Set("Cache-Control", "private, no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		if err := ex.WriteTo(ctx, flushWriter{w}); err != nil {
			// The answer has started: the client gets a cut-off ZIP. No personal data in the log.
			slog.ErrorContext(ctx, "own-data export cut off", "err", err)
		}
	})
}
