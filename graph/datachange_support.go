package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/datachange"
)

// dataValues is the API's values as server/datachange's; a part not given is empty.
func dataValues(in *model.PersonalDataValuesInput) datachange.Values {
	var v datachange.Values
	if in == nil {
		return v
	}
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	v.Street, v.PostalCode, v.City = s(in.Street), s(in.PostalCode), s(in.City)
	v.Phone, v.Email, v.IBAN, v.Name = s(in.Phone), s(in.Email), s(in.Iban), s(in.Name)
	return v
}

func settingPtrs(s []datachange.Setting) []*datachange.Setting {
	if s == nil {
		return nil
	}
	out := make([]*datachange.Setting, len(s))
	for i := range s {
		out[i] = &s[i]
	}
	return out
}
