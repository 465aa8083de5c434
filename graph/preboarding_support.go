package graph

import (
	"encoding/base64"
	"io"
	"strings"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/preboarding"
)

func preboardingPayload(v *preboarding.View, err error) (*model.PreboardingPayload, error) {
	return payload(err, func() *model.PreboardingPayload { return &model.PreboardingPayload{Preboarding: v} })
}

func newHire(in model.CreatePreboardingInput) preboarding.NewHire {
	return preboarding.NewHire{EmployerID: in.EmployerID, Initials: deref(in.Initials), FirstName: in.FirstName,
		LastNamePrefix: deref(in.LastNamePrefix), LastName: in.LastName, Email: in.Email, BirthDate: in.BirthDate,
		FirstDay: in.FirstDay, JobTitle: deref(in.JobTitle), DepartmentID: in.DepartmentID}
}

func checklist(in model.SavePreboardingInput) preboarding.Checklist {
	return preboarding.Checklist{Initials: in.Initials, FirstName: in.FirstName, LastNamePrefix: in.LastNamePrefix,
		LastName: in.LastName, Phone: in.Phone, Nationality: in.Nationality, Street: in.Street,
		PostalCode: in.PostalCode, City: in.City, Country: in.Country, BSN: in.Bsn, IBAN: in.Iban,
		TaxCredit: in.TaxCredit, TaxCreditFrom: in.TaxCreditFrom, EmergencyName: in.EmergencyName,
		EmergencyRelation: in.EmergencyRelation, EmergencyPhone: in.EmergencyPhone}
}

func remarks(in []*model.PreboardingRemarkInput) map[preboarding.Item]string {
	out := make(map[preboarding.Item]string, len(in))
	for _, r := range in {
		out[r.Item] = r.Remark
	}
	return out
}

// preboardingFile reads one side of the ID document from the multipart upload or the
// base64 field, at most one byte over the limit so that the service can say it is too
// big.
func preboardingFile(in model.UploadPreboardingDocumentInput) ([]byte, error) {
	switch {
	case in.File != nil && in.ContentBase64 != nil:
		return nil, apperr.User(preboarding.CodeInvalidInput, "send the file once: as an upload or in base64", "file")
	case in.File != nil:
		data, err := io.ReadAll(io.LimitReader(in.File.File, preboarding.MaxFileBytes+1))
		if err != nil {
			return nil, apperr.User(preboarding.CodeInvalidInput, "the upload could not be read", "file")
		}
		return data, nil
	case in.ContentBase64 != nil:
		data, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(*in.ContentBase64), ""))
		if err != nil {
			return nil, apperr.User(preboarding.CodeInvalidInput, "contentBase64 is not base64", "contentBase64")
		}
		return data, nil
	}
	return nil, apperr.User(preboarding.CodeInvalidInput, "send a file", "file")
}
