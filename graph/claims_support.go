package graph

import (
	"encoding/base64"
	"io"
	"math"
	"strings"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/documents"
)

// Conversions between the claims API's shapes and server/claims's (R36).

// euroCents is euros as cents; what is not a finite amount becomes -1, which the
// service refuses as it refuses any amount at or below zero.
func euroCents(euros float64) int64 {
	if math.IsNaN(euros) || math.IsInf(euros, 0) || math.Abs(euros) > 1e12 {
		return -1
	}
	return int64(math.Round(euros * 100))
}

// receiptInput reads the file of uploadClaimReceipt from the multipart upload or the
// base64 field, at most one byte over the limit so that the service can say how big is
// too big.
func receiptInput(in model.UploadClaimReceiptInput) (claims.ReceiptUpload, error) {
	out := claims.ReceiptUpload{FileName: deref(in.FileName)}
	switch {
	case in.File != nil && in.ContentBase64 != nil:
		return out, documents.ErrFileTwice
	case in.File != nil:
		data, err := io.ReadAll(io.LimitReader(in.File.File, claims.MaxReceiptBytes+1))
		if err != nil {
			return out, documents.ErrUploadUnreadable
		}
		out.Data, out.DeclaredType = data, in.File.ContentType
		if out.FileName == "" {
			out.FileName = in.File.Filename
		}
	case in.ContentBase64 != nil:
		data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(*in.ContentBase64), ""))
		if err != nil {
			return out, documents.ErrBadBase64
		}
		out.Data = data
	default:
		return out, documents.ErrNoFile
	}
	return out, nil
}

func claimResults(rs []*claims.Result) []*model.ClaimResult {
	out := make([]*model.ClaimResult, len(rs))
	for i, r := range rs {
		res := &model.ClaimResult{ID: r.ID, Claim: r.Claim, UserErrors: []*model.UserError{}}
		if ue, ok := apperr.AsUser(r.Err); ok {
			res.UserErrors = []*model.UserError{toUserError(ue, []string{"input"})}
		}
		out[i] = res
	}
	return out
}
