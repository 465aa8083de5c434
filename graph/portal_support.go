package graph

import (
	"context"
	"encoding/base64"
	"io"
	"strings"

	"entgo.io/contrib/entgql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
)

// Default orders of the portal's connections: newest first.
var (
	newestPayslipsFirst = ent.WithPayslipOrder(&ent.PayslipOrder{
		Field: ent.PayslipOrderFieldPeriodKey, Direction: entgql.OrderDirectionDesc})
	newestDocumentsFirst = ent.WithDocumentOrder(&ent.DocumentOrder{
		Field: ent.DocumentOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc})
	newestSickReportsFirst = ent.WithSickReportOrder(&ent.SickReportOrder{
		Field: ent.SickReportOrderFieldFirstSickDay, Direction: entgql.OrderDirectionDesc})
)

func payslipInputs(in model.PublishPayslipsInput) []publish.PayslipInput {
	out := make([]publish.PayslipInput, len(in.Payslips))
	for i, p := range in.Payslips {
		lines := make([]publish.LineInput, len(p.Lines))
		for j, l := range p.Lines {
			lines[j] = publish.LineInput(*l)
		}
		out[i] = publish.PayslipInput{
			EmploymentID: p.EmploymentID, PeriodType: p.PeriodType, Year: p.Year, Period: p.Period,
			RunDate: p.RunDate, VisibleFrom: p.VisibleFrom,
			GrossCents: int64(p.GrossCents), NetCents: int64(p.NetCents), Lines: lines,
			Loonstrook: publish.Loonstrook{
				PeriodStart: p.PeriodStart, PeriodEnd: p.PeriodEnd,
				HoursPerWeek: p.HoursPerWeek, PartTimePercentage: p.PartTimePercentage, HoursWorked: p.HoursWorked,
				MinimumHourlyWageCents: cents(p.MinimumHourlyWageCents), MinimumWageCents: cents(p.MinimumWageCents),
				TaxTableColour: p.TaxTableColour, TaxTablePeriod: p.TaxTablePeriod,
				PayrollTaxCreditApplied: p.PayrollTaxCreditApplied,
				SVWageCents:             cents(p.SvWageCents), TaxableWageCents: cents(p.TaxableWageCents),
				YTDGrossCents: cents(p.YtdGrossCents), YTDSVWageCents: cents(p.YtdSvWageCents),
				YTDTaxableWageCents: cents(p.YtdTaxableWageCents), YTDPayrollTaxCents: cents(p.YtdPayrollTaxCents),
				YTDNetCents: cents(p.YtdNetCents), BankAccount: p.BankAccount,
			},
		}
	}
	return out
}

// cents widens an optional GraphQL Int of euro cents.
func cents(v *int) *int64 {
	if v == nil {
		return nil
	}
	c := int64(*v)
	return &c
}

func leaveInputs(in model.SetLeaveBalancesInput) []publish.LeaveBalanceInput {
	out := make([]publish.LeaveBalanceInput, len(in.Balances))
	for i, b := range in.Balances {
		out[i] = publish.LeaveBalanceInput{
			EmploymentID: b.EmploymentID, Year: b.Year, LeaveType: b.LeaveType,
			Entitlement: b.EntitlementHours, Taken: b.TakenHours, Planned: b.PlannedHours,
			Remaining: b.RemainingHours, ExpiryDate: b.ExpiryDate,
		}
	}
	return out
}

// documentInput reads the file of addDocument from the multipart upload or the base64
// field, reading at most one byte over the limit so that the service can say how big
// is too big.
func documentInput(in model.AddDocumentInput) (documents.AddDocumentInput, error) {
	out := documents.AddDocumentInput{
		EmployerID: in.EmployerID, PersonID: deref(in.PersonID), Category: in.Category,
		Title: in.Title, FileName: deref(in.FileName), Visible: in.VisibleToEmployee,
	}
	switch {
	case in.File != nil && in.ContentBase64 != nil:
		return out, documents.ErrFileTwice
	case in.File != nil:
		data, err := io.ReadAll(io.LimitReader(in.File.File, documents.MaxDocumentSize+1))
		if err != nil {
			return out, documents.ErrUploadUnreadable
		}
		out.Data, out.DeclaredType = data, in.File.ContentType
		if out.FileName == "" {
			out.FileName = in.File.Filename
		}
	case in.ContentBase64 != nil:
		s := strings.Join(strings.Fields(*in.ContentBase64), "")
		data, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return out, documents.ErrBadBase64
		}
		out.Data = data
	default:
		return out, documents.ErrNoFile
	}
	return out, nil
}

func sickPayload(rep *ent.SickReport, err error) (*model.SickReportPayload, error) {
	return payload(err, func() *model.SickReportPayload { return &model.SickReportPayload{SickReport: rep} })
}

// nodeType maps an ID to its table for node(id:) and nodes(ids:); the portal's feature
// gate (R22) decides whether an employee may reach it.
func (r *Resolver) nodeType(ctx context.Context, id string) (string, error) {
	t, err := nodeType(ctx, id)
	if err != nil {
		return "", err
	}
	if r.Gate != nil {
		if err := r.Gate.RequireOfObject(ctx, id); err != nil {
			return "", err
		}
	}
	return t, nil
}
