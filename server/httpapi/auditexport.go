package httpapi

import (
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// PathAuditExport is where the audit trail downloads as CSV.
const PathAuditExport = "/downloads/logboek.csv"

// AuditExport serves GET /downloads/logboek.csv?employerId=&personId=&action=&from=&to=:
// the audit trail the same filters of the auditEvents query select (R27; action may
// repeat, from/to are YYYY-MM-DD days in the Netherlands), as CSV for Dutch Excel,
// streamed (server/audit Export). The same right and scope as the query
// (VIEW_AUDIT_LOG, the caller's tenant). Mount it behind Bearer.
func AuditExport(client *ent.Client) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		if viewer.FromContext(ctx) == nil {
			writeDownloadError(w, http.StatusUnauthorized, apperr.Unauthenticated, "sign in first: send Authorization: Bearer <token>")
			return
		}
		f, err := auditExportFilter(r.URL.Query())
		if err == nil {
			err = audit.CheckExport(ctx, client, f)
		}
		if err != nil {
			status, code := downloadStatus(err)
			if status == http.StatusInternalServerError {
				slog.ErrorContext(ctx, "audit export", "err", err)
			}
			writeDownloadError(w, status, code, downloadMessage(err, code))
			return
		}
		name := "logboek"
		if !f.From.IsZero() {
			name += "-vanaf-" + f.From.String()
		}
		if !f.To.IsZero() {
			name += "-tot-en-met-" + f.To.String()
		}
		h := w.Header()
		h.Set("Content-Type", "text/csv; charset=utf-8")
		h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name + ".csv"}))
		h.Set("Cache-Control", "private, no-store")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
		if r.Method == http.MethodHead {
			return
		}
		if err := audit.Export(ctx, client, f, flushWriter{w}); err != nil {
			// The answer has started: the client sees a cut-off file. No personal data in the log.
			slog.ErrorContext(ctx, "audit export cut off", "err", err)
		}
	})
}

func auditExportFilter(q url.Values) (audit.Filter, error) {
	f := audit.Filter{EmployerID: q.Get("employerId"), PersonID: q.Get("personId")}
	for _, a := range q["action"] {
		for _, one := range strings.Split(a, ",") {
			if one = strings.TrimSpace(one); one != "" {
				f.Actions = append(f.Actions, one)
			}
		}
	}
	for _, p := range []struct {
		key string
		to  *date.Date
	}{{"from", &f.From}, {"to", &f.To}} {
		if v := q.Get(p.key); v != "" {
			d, err := date.Parse(v)
			if err != nil {
				return f, apperr.BadRequestf("%s is not a date YYYY-MM-DD", p.key)
			}
			*p.to = d
		}
	}
	return f, nil
}

// flushWriter sends every batch the export writes on at once.
type flushWriter struct{ w http.ResponseWriter }

func (f flushWriter) Write(p []byte) (int, error) { return f.w.Write(p) }

func (f flushWriter) Flush() {
	if fl, ok := f.w.(http.Flusher); ok {
		fl.Flush()
	}
}
