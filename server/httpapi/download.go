package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Downloads serves the portal's files: payslips and annual statements as PDF (R23)
// and the documents of the dossier (R26). Mount it behind Bearer, which puts the bearer
// token's principal in the request context. Receipts of claims (R36) are served to the
// employee and the claim's route only.
func Downloads(pay *read.Service, docs *documents.Service, receipts *claims.Service) http.Handler {
	serve := func(prefix, suffix string, get func(context.Context, string) (*payroll.Download, error)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if viewer.FromContext(r.Context()) == nil {
				writeDownloadError(w, http.StatusUnauthorized, apperr.Unauthenticated, "sign in first: send Authorization: Bearer <token>")
				return
			}
			id, ok := strings.CutPrefix(r.URL.Path, prefix)
			if ok && suffix != "" {
				id, ok = strings.CutSuffix(id, suffix)
			}
			if !ok || id == "" || strings.Contains(id, "/") {
				writeDownloadError(w, http.StatusNotFound, apperr.NotFound, "not found")
				return
			}
			dl, err := get(r.Context(), id)
			if err != nil {
				status, code := downloadStatus(err)
				if status == http.StatusInternalServerError {
					slog.ErrorContext(r.Context(), "download", "err", err, "path", r.URL.Path)
				}
				writeDownloadError(w, status, code, downloadMessage(err, code))
				return
			}
			h := w.Header()
			h.Set("Content-Type", dl.ContentType)
			h.Set("Content-Length", strconv.Itoa(len(dl.Data)))
			h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": dl.FileName}))
			h.Set("Cache-Control", "private, no-store")
			h.Set("Content-Security-Policy", "default-src 'none'; sandbox")
			if r.Method == http.MethodHead {
				return
			}
			_, _ = w.Write(dl.Data)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("GET "+read.PathPayslipPDF, serve(read.PathPayslipPDF, ".pdf", pay.PayslipPDF))
	mux.Handle("GET "+read.PathAnnualStatementPDF, serve(read.PathAnnualStatementPDF, ".pdf", pay.AnnualStatementPDF))
	mux.Handle("GET "+documents.PathDocument, serve(documents.PathDocument, "", docs.DocumentDownload))
	mux.Handle("GET "+claims.PathReceipt, serve(claims.PathReceipt, "", receipts.ReceiptDownload))
	mux.HandleFunc("/downloads/", func(w http.ResponseWriter, _ *http.Request) {
		writeDownloadError(w, http.StatusNotFound, apperr.NotFound, "not found")
	})
	return mux
}

func downloadStatus(err error) (int, apperr.Code) {
	code := apperr.CodeOf(err)
	switch {
	case errors.Is(err, privacy.Deny):
		return http.StatusForbidden, apperr.Forbidden
	case code == apperr.Unauthenticated:
		return http.StatusUnauthorized, code
	case code == apperr.NotFound:
		return http.StatusNotFound, code
	case code == apperr.Forbidden, code == apperr.FeatureNotActive:
		return http.StatusForbidden, code
	case code == apperr.BadRequest:
		return http.StatusBadRequest, code
	}
	return http.StatusInternalServerError, apperr.Internal
}

func downloadMessage(err error, code apperr.Code) string {
	var ae *apperr.Error
	if code != apperr.Internal && errors.As(err, &ae) {
		return ae.Message
	}
	switch code {
	case apperr.Forbidden:
		return "not allowed"
	case apperr.Internal:
		return "internal error"
	}
	return string(code)
}

// writeError answers in the GraphQL error shape, so the SPA reads one kind of error.
func writeDownloadError(w http.ResponseWriter, status int, code apperr.Code, msg string) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	if status == http.StatusUnauthorized {
		h.Set("WWW-Authenticate", `Bearer realm="werkportaal"`)
	}
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}
