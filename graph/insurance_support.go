package graph

import (
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/insurance"
)

func insuranceLevel(l model.InsuranceLevelInput) insurance.Level {
	out := insurance.Level{Scope: l.Scope}
	if l.EmployerID != nil {
		out.EmployerID = *l.EmployerID
	}
	return out
}

func insuranceInput(in *model.InsuranceOfferFieldsInput) insurance.Input {
	out := insurance.Input{Insurer: in.Insurer, Kind: in.Kind, DiscountPercentage: in.DiscountPercentage, URL: in.URL}
	if in.DiscountText != nil {
		out.DiscountText = *in.DiscountText
	}
	if in.Conditions != nil {
		out.Conditions = *in.Conditions
	}
	if in.MonthlyPremiumFromCents != nil {
		c := int64(*in.MonthlyPremiumFromCents)
		out.MonthlyPremiumFromCents = &c
	}
	return out
}
