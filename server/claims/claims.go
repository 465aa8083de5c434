// Package claims is *Declaraties* (R36): the components an employer lets its employees
// claim (kilometres at a rate, fixed allowances, amounts against a receipt), the
// employee's claims with their receipts, and their way to payroll. A claim is a request
// of kind CLAIM on the one request model of server/workflow (R34): it starts on its
// employer's route when submitted, is decided step by step there, and leaves it when
// withdrawn. Approved claims reach integrators through the change feed (R45), who mark
// them processed with the payroll period.
//
// submitted → approved → processed | rejected (with a reason) | withdrawn (by the
// employee, while submitted).
package claims

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// Service is the Declaraties of the portal.
type Service struct {
	Client   *ent.Client
	Clock    clock.Clock // nil means the wall clock
	Features *feature.Gate
	Workflow *workflow.Service
}

func (s *Service) now() time.Time {
	if s.Clock == nil {
		return time.Now().UTC()
	}
	return s.Clock.Now().UTC()
}

func (s *Service) today() date.Date { return date.Of(s.now().In(clock.Amsterdam)) }

// ComponentKind is what a component pays for (R36).
type ComponentKind string

// The kinds of component.
const (
	// KindKilometres pays a rate per kilometre.
	KindKilometres ComponentKind = "KILOMETRES"
	// KindFixed pays a fixed allowance.
	KindFixed ComponentKind = "FIXED"
	// KindReceipt pays the amount of a receipt.
	KindReceipt ComponentKind = "RECEIPT"
)

// Status is where a claim stands (R36).
type Status string

// The states of R36.
const (
	StatusSubmitted Status = "SUBMITTED"
	StatusApproved  Status = "APPROVED"
	StatusRejected  Status = "REJECTED"
	StatusWithdrawn Status = "WITHDRAWN"
	StatusProcessed Status = "PROCESSED"
)

// QueueStatus selects the claims of the handlers' queue.
type QueueStatus string

// The selections of the queue.
const (
	QueueOpen    QueueStatus = "OPEN"
	QueueDecided QueueStatus = "DECIDED"
	QueueAll     QueueStatus = "ALL"
)

// The userError codes of claims.
const (
	CodeInvalidClaim          apperr.UserCode = "INVALID_CLAIM"
	CodeInvalidComponent      apperr.UserCode = "INVALID_CLAIM_COMPONENT"
	CodeDateInFuture          apperr.UserCode = "CLAIM_DATE_IN_FUTURE"
	CodeOutsideEmployment     apperr.UserCode = "CLAIM_OUTSIDE_EMPLOYMENT"
	CodeReceiptRequired       apperr.UserCode = "CLAIM_RECEIPT_REQUIRED"
	CodeReceiptsNotAvailable  apperr.UserCode = "CLAIM_RECEIPTS_NOT_AVAILABLE"
	CodeNotOpen               apperr.UserCode = "CLAIM_NOT_OPEN"
	CodeNotFound              apperr.UserCode = "CLAIM_NOT_FOUND"
	CodeReasonRequired        apperr.UserCode = "CLAIM_REJECTION_NEEDS_REASON"
	CodeNotApproved           apperr.UserCode = "CLAIM_NOT_APPROVED"
	CodeInvalidPayrollPeriod  apperr.UserCode = "INVALID_PAYROLL_PERIOD"
	CodeFileTooLarge          apperr.UserCode = "FILE_TOO_LARGE"
	CodeUnsupportedFileType   apperr.UserCode = "UNSUPPORTED_FILE_TYPE"
	CodeTooManyPendingReceipt apperr.UserCode = "TOO_MANY_CLAIM_RECEIPTS"
)

// The audit actions of claims (R27, R36: who, for whom, when).
const (
	ActionComponentSaved  audit.Action = "CLAIM_COMPONENT_SAVED"
	ActionReceiptUploaded audit.Action = "CLAIM_RECEIPT_UPLOADED"
	ActionSubmitted       audit.Action = "CLAIM_SUBMITTED"
	ActionWithdrawn       audit.Action = "CLAIM_WITHDRAWN"
	ActionApproved        audit.Action = "CLAIM_APPROVED"
	ActionRejected        audit.Action = "CLAIM_REJECTED"
	ActionProcessed       audit.Action = "CLAIM_PROCESSED"
)

// Limits.
const (
	maxComponents      = 50
	maxNameRunes       = 100
	maxDescRunes       = 500
	maxCommentRunes    = 500
	maxReceipts        = 10
	maxPendingReceipts = 20
	maxKilometres      = 10_000
	maxAmountCents     = 100_000_00
	maxRateCents       = 100_000_00
	maxMyClaims        = 200
	maxQueue           = 200
	maxBatch           = 100
	// MaxReceiptBytes is the largest receipt (R36: 10 MB, as a document).
	MaxReceiptBytes = 10 << 20
)

// TaxFreeKmCents is the tax-free travel allowance per kilometre by year (Wet op de
// loonbelasting 1964, art. 31a lid 2 onderdeel d; see docs/domain.md, R36): shown to
// staff as information beside a kilometres component's rate, never enforced.
var TaxFreeKmCents = map[int]int64{2024: 23, 2025: 23, 2026: 23}

func userErr(code apperr.UserCode, msg string, field ...string) error {
	return apperr.User(code, msg, field...)
}

// Euros is cents as euros.
func Euros(c int64) float64 { return float64(c) / 100 }

// euroString is cents as the feed writes amounts: "12.34".
func euroString(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return sign + strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100)
}

func cleanText(s string, maxRunes int, what string, field ...string) (string, error) {
	s = strings.TrimSpace(s)
	if len([]rune(s)) > maxRunes {
		return "", userErr(CodeInvalidClaim, fmt.Sprintf("%s has at most %d characters", what, maxRunes), field...)
	}
	return s, nil
}

// record writes the audit events of a change as done by the principal of ctx. A
// manager deciding a team member's claim acts on another person's row, which the
// audit's privacy rule would refuse them (R35).
func record(ctx context.Context, c *ent.Client, events ...audit.Event) error {
	v := viewer.FromContext(ctx)
	if v != nil && v.Kind == viewer.KindEmployee {
		for _, e := range events {
			if e.PersonID != v.PersonID {
				return audit.RecordActing(ctx, c, v, events)
			}
		}
	}
	return audit.RecordMany(ctx, c, events)
}
