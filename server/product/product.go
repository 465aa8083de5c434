// Package product is the product catalogue and its activation per employer
// (R19–R22): MijnLoket needs the provider's signed addendum, its functionalities need
// MijnLoket, the variant follows from what is active, and missing supporting products
// are reported but never block an activation.
package product

import (
	"cmp"
	"slices"

	"github.com/werkportaal/werkportaal/ent"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/server/apperr"
)

// Codes of the catalogue (migration 20261124130000_product_catalogue). They are stable:
// the portal gates its pages on them (R22), so refer to these instead of spelling them.
const (
	CodeMijnLoket             = "MIJNLOKET"
	CodeDocuments             = "MIJNLOKET_DOCUMENTS"
	CodeLeaveCard             = "MIJNLOKET_LEAVE_CARD"
	CodePersonalDataView      = "MIJNLOKET_PERSONAL_DATA_VIEW"
	CodeInsuranceCompare      = "MIJNLOKET_INSURANCE_COMPARE"
	CodeAbsenceReporting      = "MIJNLOKET_ABSENCE_REPORTING"
	CodeExpenseClaims         = "MIJNLOKET_EXPENSE_CLAIMS"
	CodePersonalDataEdit      = "MIJNLOKET_PERSONAL_DATA_EDIT"
	CodeLeaveRequests         = "MIJNLOKET_LEAVE_REQUESTS"
	CodeLeaveCalendar         = "MIJNLOKET_LEAVE_CALENDAR"
	CodeSalaryCalculator      = "MIJNLOKET_SALARY_CALCULATOR"
	CodeAssistant             = "MIJNLOKET_ASSISTANT"
	CodePreboardingFeature    = "MIJNLOKET_PREBOARDING"
	CodePolicyAssistant       = "MIJNLOKET_POLICY_ASSISTANT"
	CodeManagementSelfService = "MANAGEMENT_SELF_SERVICE"
	CodeWorkflowEditor        = "WORKFLOW_EDITOR"
	CodeQwoaterLite           = "QWOATER_LITE"
	CodeQwoaterExtended       = "QWOATER_EXTENDED"
	CodePreboarding           = "PREBOARDING"
	CodeLeaveRegistration     = "LEAVE_REGISTRATION"
	CodeLeavePolicy           = "LEAVE_POLICY"
)

// Codes of the expected failures (apperr.UserError.Code). The SPA translates them and
// integrators branch on them, so never rename one.
const (
	UnknownProduct      apperr.UserCode = "UNKNOWN_PRODUCT"
	AddendumRequired    apperr.UserCode = "ADDENDUM_REQUIRED"
	MijnLoketRequired   apperr.UserCode = "MIJNLOKET_REQUIRED"
	AlreadyActive       apperr.UserCode = "ALREADY_ACTIVE"
	NotActive           apperr.UserCode = "NOT_ACTIVE"
	FeaturesStillActive apperr.UserCode = "FEATURES_STILL_ACTIVE"
)

// Variant is the MijnLoket variant of an employer (R20).
type Variant string

// The variants, from none to the richest.
const (
	VariantNone  Variant = "NONE"
	VariantStart Variant = "START"
	VariantPlus  Variant = "PLUS"
	VariantPro   Variant = "PRO"
)

// rank orders the variants so that the highest tier wins.
func (v Variant) rank() int {
	switch v {
	case VariantStart:
		return 1
	case VariantPlus:
		return 2
	case VariantPro:
		return 3
	}
	return 0
}

// VariantOf derives the MijnLoket variant from the active products (R20): without
// MijnLoket there is none; MijnLoket alone is Start, and every active functionality can
// only raise it to its own tier. There is deliberately no way to pick a variant by hand.
func VariantOf(active []*ent.Product) Variant {
	portal := false
	best := VariantStart
	for _, p := range active {
		if p.Code == CodeMijnLoket {
			portal = true
		}
		if p.Kind != entproduct.KindPORTAL_FEATURE || p.Tier == nil {
			continue
		}
		if v := Variant(*p.Tier); v.rank() > best.rank() {
			best = v
		}
	}
	if !portal {
		return VariantNone
	}
	return best
}

// Advisory says that an active product lacks one of the supporting products it wants:
// any one of Missing would satisfy it (R21).
type Advisory struct {
	Product *ent.Product
	Missing []*ent.Product
}

// Advisories lists, for every active product, each wanted group of which no product is
// active. R21 allows activating a functionality without its support, so this is advice
// in the answer, never a refusal. The order follows the catalogue, so that the UI and
// tests see the same list every time.
func Advisories(active, catalogue []*ent.Product) []Advisory {
	byCode := make(map[string]*ent.Product, len(catalogue))
	for _, p := range catalogue {
		byCode[p.Code] = p
	}
	on := make(map[string]bool, len(active))
	for _, p := range active {
		on[p.Code] = true
	}
	out := []Advisory{}
	for _, p := range sortedByCatalogue(active) {
		for _, group := range p.Wants {
			if slices.ContainsFunc(group, func(code string) bool { return on[code] }) {
				continue
			}
			var missing []*ent.Product
			for _, code := range group {
				if m := byCode[code]; m != nil {
					missing = append(missing, m)
				}
			}
			// A group naming only products the catalogue lacks cannot be acted on;
			// advising it would only confuse.
			if len(missing) == 0 {
				continue
			}
			out = append(out, Advisory{Product: p, Missing: sortedByCatalogue(missing)})
		}
	}
	return out
}

// byCatalogue is the catalogue's order; the code breaks ties so the order is total.
func byCatalogue(a, b *ent.Product) int {
	if c := cmp.Compare(a.SortOrder, b.SortOrder); c != 0 {
		return c
	}
	return cmp.Compare(a.Code, b.Code)
}

func sortedByCatalogue(ps []*ent.Product) []*ent.Product {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, byCatalogue)
	return out
}
