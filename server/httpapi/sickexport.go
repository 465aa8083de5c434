package httpapi

import (
	"log/slog"
	"mime"
	"net/http"
	"strconv"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/sick"
)

// PathSickExport is where an employer's sick reports download as CSV.
const PathSickExport = "/downloads/verzuim.csv"

// SickExport serves GET /downloads/verzuim.csv?employerId=&open=: the employer's sick
// reports the verzuim overview lists (open=true or false narrows them), as CSV for
// Dutch Excel, streamed (sick.Service Export; R25: dates and percentages, never a
// diagnosis). Staff with VIEW_EMPLOYEES; every download is audited, so a HEAD is
// refused. Mount it behind Bearer.
func SickExport(svc *sick.Service) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			writeDownloadError(w, http.StatusMethodNotAllowed, apperr.BadRequest, "use GET")
			return
		}
		q := r.URL.Query()
		employerID := q.Get("employerId")
		var open *bool
		if v := q.Get("open"); v != "" {
			b, err := strconv.ParseBool(v)
			if err != nil {
				writeDownloadError(w, http.StatusBadRequest, apperr.BadRequest, "open is true or false")
				return
			}
			open = &b
		}
		if employerID == "" {
			writeDownloadError(w, http.StatusBadRequest, apperr.BadRequest, "employerId is required")
			return
		}
		if err := svc.StartExport(ctx, employerID, open); err != nil {
			status, code := downloadStatus(err)
			if status == http.StatusInternalServerError {
				slog.ErrorContext(ctx, "sick-report export", "err", err)
			}
			writeDownloadError(w, status, code, downloadMessage(err, code))
			return
		}
		name := "verzuim-" + clock.Today(svc.Clock).String() + ".csv"
		h := w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		h.Set("Cache-Control", "private, no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		if err := svc.Export(ctx, employerID, open, flushWriter{w}); err != nil {
			// The answer has started: the client sees a cut-off file. No personal data in the log.
			slog.ErrorContext(ctx, "sick-report export cut off", "err", err)
		}
	})
}
