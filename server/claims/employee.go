package claims

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/claim"
	"github.com/werkportaal/werkportaal/ent/claimcomponent"
	"github.com/werkportaal/werkportaal/ent/claimreceipt"
	"github.com/werkportaal/werkportaal/ent/employment"
	entproduct "github.com/werkportaal/werkportaal/ent/product"
	"github.com/werkportaal/werkportaal/ent/productactivation"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
	"github.com/werkportaal/werkportaal/server/workflow/spec"
)

var errorsIs = errors.Is

// Options is what the signed-in employee can claim.
type Options struct {
	// Components: the active components, without those requiring a receipt when
	// receipts cannot be attached (R21, R36).
	Components []*Component
	// ReceiptsAllowed: the employer has Dossiervorming, so receipts can be attached.
	ReceiptsAllowed bool
	MaxReceiptBytes int
	MaxReceipts     int
}

// MyOptions returns what the signed-in employee can claim. Feature EXPENSE_CLAIMS.
func (s *Service) MyOptions(ctx context.Context) (*Options, error) {
	v, err := s.Features.Employee(ctx, feature.ExpenseClaims)
	if err != nil {
		return nil, err
	}
	docs, err := documentsActive(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	rows, err := s.Client.ClaimComponent.Query().Where(claimcomponent.EmployerID(v.EmployerID), claimcomponent.Active(true)).
		Order(claimcomponent.ByName(), claimcomponent.ByID()).Limit(maxComponents).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: components: %w", err)
	}
	out := &Options{Components: []*Component{}, ReceiptsAllowed: docs, MaxReceiptBytes: MaxReceiptBytes, MaxReceipts: maxReceipts}
	for _, r := range rows {
		if r.ReceiptRequired && !docs {
			continue
		}
		out.Components = append(out.Components, componentOf(r))
	}
	return out, nil
}

// documentsActive reports whether the employer has Dossiervorming (the documents
// product, R21), which receipts need. Read as the system: the employer's products
// decide what its employees may do.
func documentsActive(ctx context.Context, c *ent.Client, employerID string) (bool, error) {
	ok, err := c.ProductActivation.Query().Where(
		productactivation.EmployerID(employerID), productactivation.DeactivatedAtIsNil(),
		productactivation.HasProductWith(entproduct.CodeEQ(product.CodeDocuments)),
	).Exist(viewer.System(ctx))
	if err != nil {
		return false, fmt.Errorf("claims: is Dossiervorming active: %w", err)
	}
	return ok, nil
}

// ReceiptUpload is a receipt as sent.
type ReceiptUpload struct {
	FileName     string
	DeclaredType string
	Data         []byte
}

// UploadReceipt stores a receipt of the signed-in employee, to send with a claim: a PDF,
// PNG or JPEG (checked on its bytes, never on its name or declared type) of at most
// 10 MB, like a document (R36). Only with Dossiervorming (R21). Feature EXPENSE_CLAIMS.
func (s *Service) UploadReceipt(ctx context.Context, in ReceiptUpload) (*Receipt, error) {
	v, err := s.Features.Employee(ctx, feature.ExpenseClaims)
	if err != nil {
		return nil, err
	}
	docs, err := documentsActive(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	if !docs {
		return nil, userErr(CodeReceiptsNotAvailable, "receipts are stored in the dossier, which the employer does not have", "file")
	}
	if len(in.Data) == 0 {
		return nil, userErr(CodeInvalidClaim, "the file is empty", "file")
	}
	if len(in.Data) > MaxReceiptBytes {
		return nil, userErr(CodeFileTooLarge, fmt.Sprintf("the file has %d bytes; at most %d (10 MB) are allowed", len(in.Data), MaxReceiptBytes), "file")
	}
	mediaType := documents.SniffType(in.Data)
	if mediaType == "" {
		return nil, userErr(CodeUnsupportedFileType, "only PDF, PNG and JPEG files are accepted", "file")
	}
	sum := sha256.Sum256(in.Data)
	var out *ent.ClaimReceipt
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		now := s.now()
		pending, err := c.ClaimReceipt.Query().Where(claimreceipt.PersonID(v.PersonID), claimreceipt.ClaimIDIsNil(),
			claimreceipt.CreatedAtGT(now.Add(-24*time.Hour))).Count(ctx)
		if err != nil {
			return fmt.Errorf("claims: pending receipts: %w", err)
		}
		if pending >= maxPendingReceipts {
			return userErr(CodeTooManyPendingReceipt, fmt.Sprintf("at most %d receipts a day wait to be sent with a claim", maxPendingReceipts), "file")
		}
		out, err = c.ClaimReceipt.Create().SetProviderID(v.ProviderID).SetEmployerID(v.EmployerID).SetPersonID(v.PersonID).
			SetFileName(documents.SafeFileName(in.FileName, "bon", mediaType)).SetContentType(mediaType).
			SetSizeBytes(int64(len(in.Data))).SetSha256(hex.EncodeToString(sum[:])).SetData(in.Data).
			SetCreatedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("claims: store receipt: %w", err)
		}
		return audit.Record(ctx, c, audit.Event{At: now, Action: ActionReceiptUploaded, ProviderID: v.ProviderID,
			EmployerID: v.EmployerID, PersonID: v.PersonID, TargetType: "ClaimReceipt", TargetID: out.ID,
			Details: map[string]string{"contentType": mediaType, "bytes": strconv.Itoa(len(in.Data))}})
	})
	if err != nil {
		return nil, err
	}
	return receiptOf(out), nil
}

// SubmitInput is a new claim.
type SubmitInput struct {
	ComponentID string
	Date        date.Date
	// Kilometres for a kilometres component; AmountCents for an amount against a
	// receipt; neither for a fixed allowance.
	Kilometres  *float64
	AmountCents *int64
	Description string
	ReceiptIDs  []string
}

// Submit sends a claim of the signed-in employee (R36): a component offered to them, a
// date not in the future and within an employment, kilometres or an amount, receipts
// where the component needs them. The claim starts on its employer's route (R34) in the
// same transaction; within the route's automatic approval it is approved at once.
// Feature EXPENSE_CLAIMS.
func (s *Service) Submit(ctx context.Context, in SubmitInput) (*Claim, error) {
	v, err := s.Features.Employee(ctx, feature.ExpenseClaims)
	if err != nil {
		return nil, err
	}
	desc, err := cleanText(in.Description, maxDescRunes, "the description", "description")
	if err != nil {
		return nil, err
	}
	if in.Date.IsZero() {
		return nil, userErr(CodeInvalidClaim, "the date is missing", "date")
	}
	if in.Date.After(s.today()) {
		return nil, userErr(CodeDateInFuture, "the date of a claim cannot be after today", "date")
	}
	ids := dedupe(in.ReceiptIDs)
	if len(ids) > maxReceipts {
		return nil, userErr(CodeInvalidClaim, fmt.Sprintf("at most %d receipts", maxReceipts), "receiptIds")
	}
	docs, err := documentsActive(ctx, s.Client, v.EmployerID)
	if err != nil {
		return nil, err
	}
	if len(ids) > 0 && !docs {
		return nil, userErr(CodeReceiptsNotAvailable, "receipts are stored in the dossier, which the employer does not have", "receiptIds")
	}
	var out *ent.Claim
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		comp, err := c.ClaimComponent.Query().Where(claimcomponent.ID(in.ComponentID), claimcomponent.EmployerID(v.EmployerID),
			claimcomponent.Active(true)).Only(ctx)
		if ent.IsNotFound(err) || isDeny(err) || (err == nil && comp.ReceiptRequired && !docs) {
			return userErr(CodeInvalidClaim, "no component you can claim with this ID", "componentId")
		}
		if err != nil {
			return fmt.Errorf("claims: component %s: %w", in.ComponentID, err)
		}
		var km *float64
		var rate, amount int64
		switch ComponentKind(comp.Kind) {
		case KindKilometres:
			if in.Kilometres == nil || math.IsNaN(*in.Kilometres) || *in.Kilometres <= 0 || *in.Kilometres > maxKilometres {
				return userErr(CodeInvalidClaim, fmt.Sprintf("kilometres above 0 and at most %d", maxKilometres), "kilometres")
			}
			k := math.Round(*in.Kilometres*100) / 100
			km, rate = &k, comp.RateCents
			amount = int64(math.Round(k * float64(rate)))
		case KindFixed:
			rate, amount = comp.RateCents, comp.RateCents
		case KindReceipt:
			if in.AmountCents == nil || *in.AmountCents <= 0 || *in.AmountCents > maxAmountCents {
				return userErr(CodeInvalidClaim, "an amount above € 0 and at most € 100,000", "amount")
			}
			amount = *in.AmountCents
		}
		if amount <= 0 {
			return userErr(CodeInvalidClaim, "the claim comes to € 0", "kilometres")
		}
		if comp.ReceiptRequired && len(ids) == 0 {
			return userErr(CodeReceiptRequired, "this component needs a receipt", "receiptIds")
		}
		job, err := employmentOn(ctx, c, v.PersonID, in.Date)
		if err != nil {
			return err
		}
		var receipts []*ent.ClaimReceipt
		if len(ids) > 0 {
			receipts, err = c.ClaimReceipt.Query().Where(claimreceipt.IDIn(ids...), claimreceipt.PersonID(v.PersonID),
				claimreceipt.ClaimIDIsNil()).Select(claimreceipt.FieldID).All(ctx)
			if err != nil {
				return fmt.Errorf("claims: receipts: %w", err)
			}
			if len(receipts) != len(ids) {
				return userErr(CodeInvalidClaim, "a receipt was not found or belongs to another claim", "receiptIds")
			}
		}
		now := s.now()
		cr := c.Claim.Create().SetProviderID(v.ProviderID).SetEmployerID(v.EmployerID).SetPersonID(v.PersonID).
			SetEmploymentID(job.ID).SetComponentID(comp.ID).SetComponentName(comp.Name).
			SetComponentKind(claim.ComponentKind(comp.Kind)).SetClaimDate(in.Date).SetNillableKilometres(km).
			SetRateCents(rate).SetAmountCents(amount).SetDescription(desc).SetSubmittedBy(v.ID).
			SetCreatedAt(now).SetUpdatedAt(now)
		if out, err = cr.Save(ctx); err != nil {
			return fmt.Errorf("claims: submit: %w", err)
		}
		if len(ids) > 0 {
			if err := c.ClaimReceipt.Update().Where(claimreceipt.IDIn(ids...), claimreceipt.PersonID(v.PersonID)).
				SetClaimID(out.ID).SetUpdatedAt(now).Exec(ctx); err != nil {
				return fmt.Errorf("claims: attach receipts: %w", err)
			}
		}
		det := map[string]string{"component": comp.Name, "date": in.Date.String(), "amount": euroString(amount),
			"receipts": strconv.Itoa(len(ids))}
		if km != nil {
			det["kilometres"] = strconv.FormatFloat(*km, 'f', -1, 64)
		}
		if err := audit.Record(ctx, c, claimEvent(out, ActionSubmitted, now, det)); err != nil {
			return err
		}
		st, err := s.Workflow.Start(ctx, c, workflow.Subject{Kind: spec.KindClaim, ID: out.ID, ProviderID: out.ProviderID,
			EmployerID: out.EmployerID, PersonID: out.PersonID, EmploymentID: out.EmploymentID, SubmittedBy: v.ID,
			ClaimCents: &amount})
		if err != nil {
			return err
		}
		if st.AutoApproved {
			// As the system: the route approved it, not the employee who sent it.
			out, err = s.finish(viewer.System(ctx), c, out, true, "", "system", "Werkportaal")
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return s.one(ctx, out)
}

// employmentOn returns the person's employment that covers day: a claim is made under
// an employment, never before it began or after it ended (R36).
func employmentOn(ctx context.Context, c *ent.Client, personID string, day date.Date) (*ent.Employment, error) {
	jobs, err := c.Employment.Query().Where(employment.PersonID(personID)).Order(employment.ByStartDate()).
		Limit(50).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("claims: employments: %w", err)
	}
	for _, j := range jobs {
		if !j.StartDate.After(day) && (j.EndDate == nil || !j.EndDate.Before(day)) {
			return j, nil
		}
	}
	return nil, userErr(CodeOutsideEmployment, "the date lies outside your employment", "date")
}

// Mine returns the signed-in employee's claims, newest first (at most 200). Feature
// EXPENSE_CLAIMS.
func (s *Service) Mine(ctx context.Context) ([]*Claim, error) {
	v, err := s.Features.Employee(ctx, feature.ExpenseClaims)
	if err != nil {
		return nil, err
	}
	rows, err := s.Client.Claim.Query().Where(claim.PersonID(v.PersonID)).
		Order(ent.Desc(claim.FieldCreatedAt), ent.Desc(claim.FieldID)).Limit(maxMyClaims).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: my claims: %w", err)
	}
	return s.many(ctx, rows)
}

// Withdraw withdraws the signed-in employee's own claim while it is submitted (R36);
// it leaves its route in the same transaction. Feature EXPENSE_CLAIMS.
func (s *Service) Withdraw(ctx context.Context, id string) (*Claim, error) {
	v, err := s.Features.Employee(ctx, feature.ExpenseClaims)
	if err != nil {
		return nil, err
	}
	var out *ent.Claim
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		c := tx.Client()
		r, err := c.Claim.Query().Where(claim.ID(id), claim.PersonID(v.PersonID)).Modify(store.ForUpdate).Only(ctx)
		if ent.IsNotFound(err) || isDeny(err) {
			return userErr(CodeNotFound, "no claim of yours with this ID", "id")
		}
		if err != nil {
			return fmt.Errorf("claims: claim %s: %w", id, err)
		}
		if Status(r.Status) != StatusSubmitted {
			return userErr(CodeNotOpen, "only a submitted claim can be withdrawn", "id")
		}
		now := s.now()
		out, err = c.Claim.UpdateOne(r).SetStatus(claim.StatusWITHDRAWN).SetDecidedBy(v.ID).
			SetDecidedByName(v.DisplayName).SetDecidedAt(now).SetUpdatedAt(now).Save(ctx)
		if err != nil {
			return fmt.Errorf("claims: withdraw %s: %w", id, err)
		}
		if err := s.Workflow.Close(ctx, c, out.ID, true); err != nil {
			return err
		}
		return audit.Record(ctx, c, claimEvent(out, ActionWithdrawn, now, nil))
	})
	if err != nil {
		return nil, err
	}
	return s.one(ctx, out)
}

func claimEvent(r *ent.Claim, a audit.Action, at time.Time, details map[string]string) audit.Event {
	return audit.Event{At: at, Action: a, ProviderID: r.ProviderID, EmployerID: r.EmployerID, PersonID: r.PersonID,
		TargetType: "Claim", TargetID: r.ID, Details: details}
}

func dedupe(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
