package portal

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/annualstatement"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/ent/privacy"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Download is a file to send.
type Download struct {
	FileName    string
	ContentType string
	Data        []byte
}

// Paths of the downloads, relative to the server root. They carry only the object's
// opaque ID; every request is authorised with its bearer token, so a URL alone opens
// nothing.
const (
	PathPayslipPDF         = "/downloads/payslips/"
	PathAnnualStatementPDF = "/downloads/annual-statements/"
	PathDocument           = "/downloads/documents/"
)

// PayslipURL is the download path of a payslip's PDF.
func PayslipURL(id string) string { return PathPayslipPDF + id + ".pdf" }

// AnnualStatementURL is the download path of an annual statement's PDF.
func AnnualStatementURL(id string) string { return PathAnnualStatementPDF + id + ".pdf" }

// DocumentURL is the download path of a document.
func DocumentURL(id string) string { return PathDocument + id }

// PayslipPDF renders the payslip id as the caller may see it: an employee only their
// own once visible and with feature PAYSLIPS; staff of the tenant with VIEW_EMPLOYEES.
// Anything else is NOT_FOUND, the same as an unknown ID.
func (s *Service) PayslipPDF(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, Payslips); err != nil {
		return nil, err
	}
	ctx = s.withClock(ctx)
	p, err := s.Client.Payslip.Query().Where(payslip.ID(id)).
		WithLines(func(q *ent.PayslipLineQuery) { q.Order(ent.Asc(payslipline.FieldPosition)) }).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, notFound(err, "payslip", id)
	}
	e := p.Edges.Employment
	data, err := PayslipPDF(PayslipData{
		Payslip: p, Lines: p.Edges.Lines, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.now())
	if err != nil {
		return nil, err
	}
	return &Download{FileName: PayslipFileName(p.PeriodType, p.Year, p.Period), ContentType: TypePDF, Data: data}, nil
}

// AnnualStatementPDF renders the annual statement id as the caller may see it.
func (s *Service) AnnualStatementPDF(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, AnnualStatements); err != nil {
		return nil, err
	}
	st, err := s.Client.AnnualStatement.Query().Where(annualstatement.ID(id)).
		WithEmployment(func(q *ent.EmploymentQuery) { q.WithPerson().WithEmployer() }).
		Only(ctx)
	if err != nil {
		return nil, notFound(err, "annual statement", id)
	}
	e := st.Edges.Employment
	data, err := AnnualStatementPDF(AnnualStatementData{
		Statement: st, Employment: e, Person: e.Edges.Person, Employer: e.Edges.Employer,
	}, s.now())
	if err != nil {
		return nil, err
	}
	return &Download{FileName: AnnualStatementFileName(st.Year), ContentType: TypePDF, Data: data}, nil
}

// DocumentDownload returns the file of document id as the caller may see it: an
// employee only visible documents about them or for everyone, with feature DOCUMENTS.
func (s *Service) DocumentDownload(ctx context.Context, id string) (*Download, error) {
	if err := s.RequireFeature(ctx, Documents); err != nil {
		return nil, err
	}
	doc, err := s.Client.Document.Query().Where(document.ID(id)).Only(ctx)
	if err != nil {
		return nil, notFound(err, "document", id)
	}
	data, err := s.documentFile(ctx, doc)
	if err != nil {
		return nil, err
	}
	return &Download{FileName: doc.FileName, ContentType: doc.ContentType, Data: data}, nil
}

// DownloadHandler serves the downloads. Mount it behind the auth middleware, which
// puts the bearer token's principal in the request context.
func (s *Service) DownloadHandler() http.Handler {
	serve := func(prefix, suffix string, get func(context.Context, string) (*Download, error)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if viewer.FromContext(r.Context()) == nil {
				writeError(w, http.StatusUnauthorized, apperr.Unauthenticated, "sign in first: send Authorization: Bearer <token>")
				return
			}
			id, ok := strings.CutPrefix(r.URL.Path, prefix)
			if ok && suffix != "" {
				id, ok = strings.CutSuffix(id, suffix)
			}
			if !ok || id == "" || strings.Contains(id, "/") {
				writeError(w, http.StatusNotFound, apperr.NotFound, "not found")
				return
			}
			dl, err := get(r.Context(), id)
			if err != nil {
				status, code := httpStatus(err)
				if status == http.StatusInternalServerError {
					slog.ErrorContext(r.Context(), "download", "err", err, "path", r.URL.Path)
				}
				writeError(w, status, code, messageOf(err, code))
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
	mux.Handle("GET "+PathPayslipPDF, serve(PathPayslipPDF, ".pdf", s.PayslipPDF))
	mux.Handle("GET "+PathAnnualStatementPDF, serve(PathAnnualStatementPDF, ".pdf", s.AnnualStatementPDF))
	mux.Handle("GET "+PathDocument, serve(PathDocument, "", s.DocumentDownload))
	mux.HandleFunc("/downloads/", func(w http.ResponseWriter, _ *http.Request) {
		writeError(w, http.StatusNotFound, apperr.NotFound, "not found")
	})
	return mux
}

func httpStatus(err error) (int, apperr.Code) {
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

func messageOf(err error, code apperr.Code) string {
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
func writeError(w http.ResponseWriter, status int, code apperr.Code, msg string) {
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
