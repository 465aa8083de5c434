// Package home is the employee home at a glance (R22, R23, R25, R26, R28, R30): the
// newest net pay, the leave left with its next expiry, the documents that are new since
// the employee last opened Documenten, an open sick report and open leave requests.
// Each part is read through the read service of its own domain, only when the
// employer's products include its feature, and in a fixed number of statements
// whatever the amount of data, so the home costs one request of bounded cost.
//
// "New" documents are counted from a marker on the account (documents_seen_at), set by
// an explicit mutation when the employee opens Documenten, not by reading the home: a
// query that writes would reset the count on every reload or cache refresh, and the
// count should stay until the employee has actually looked. The marker is a read
// receipt like last_login_at, not a change of the account, so it is not audited (R27).
package home

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/document"
	"github.com/werkportaal/werkportaal/ent/payslip"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Service reads the home through the domains' read services.
type Service struct {
	Client    *ent.Client
	Clock     clock.Clock
	Gate      *feature.Gate
	Payroll   *read.Service
	Leave     *leave.Service
	Documents *documents.Service
	Sick      *sick.Service
}

// Glance is the home. A nil part is one whose feature the employer has not activated
// (R22), or that has nothing to show (no payslip, no open sick report).
type Glance struct {
	LatestPayslip *ent.Payslip
	Leave         *leave.Outlook
	// NewDocuments counts the visible documents that became visible after the marker.
	NewDocuments *int
	OpenSick     *ent.SickReport
	// Absence tells whether the employer has Verzuim melden at all.
	Absence bool
	// OpenRequests are the employee's submitted leave requests, first day first; nil
	// without Verlofaanvragen.
	OpenRequests []*leave.Request
}

// The API's names of the Glance's parts.

// NewDocumentCount is NewDocuments.
func (g *Glance) NewDocumentCount() *int { return g.NewDocuments }

// OpenSickReport is OpenSick.
func (g *Glance) OpenSickReport() *ent.SickReport { return g.OpenSick }

// AbsenceReporting is Absence.
func (g *Glance) AbsenceReporting() bool { return g.Absence }

// OpenLeaveRequests is OpenRequests.
func (g *Glance) OpenLeaveRequests() []*leave.Request { return g.OpenRequests }

// Of returns the signed-in employee's home; nil for other principals. Its statements:
// the features (one, cached for the request), and per active feature a fixed number
// (payslip and its lines 2, ledger and types 2, account and count 2, sick report 1,
// requests and their types 2).
func (s *Service) Of(ctx context.Context) (*Glance, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.Kind != viewer.KindEmployee {
		return nil, nil
	}
	fs, err := s.Gate.Features(ctx)
	if err != nil {
		return nil, err
	}
	g := &Glance{Absence: slices.Contains(fs, feature.AbsenceReporting)}
	if slices.Contains(fs, feature.Payslips) {
		q, err := s.Payroll.MyPayslips(ctx, "")
		if err != nil {
			return nil, err
		}
		p, err := q.Order(ent.Desc(payslip.FieldPeriodKey), ent.Desc(payslip.FieldRunDate), ent.Desc(payslip.FieldID)).
			First(clock.NewContext(ctx, s.Clock))
		if err != nil && !ent.IsNotFound(err) {
			return nil, fmt.Errorf("home: latest payslip: %w", err)
		}
		g.LatestPayslip = p
	}
	if slices.Contains(fs, feature.LeaveCard) {
		if g.Leave, err = s.Leave.PersonOutlook(ctx, v.PersonID); err != nil {
			return nil, err
		}
	}
	if slices.Contains(fs, feature.Documents) {
		n, err := s.newDocuments(ctx, v)
		if err != nil {
			return nil, err
		}
		g.NewDocuments = &n
	}
	if g.Absence {
		if g.OpenSick, err = s.Sick.MyOpenSickReport(ctx); err != nil {
			return nil, err
		}
	}
	if slices.Contains(fs, feature.LeaveRequests) {
		rs, err := s.Leave.MyRequests(ctx)
		if err != nil {
			return nil, err
		}
		g.OpenRequests = []*leave.Request{}
		for _, r := range rs {
			if r.Status == leave.StatusSubmitted {
				g.OpenRequests = append(g.OpenRequests, r)
			}
		}
		slices.SortStableFunc(g.OpenRequests, func(a, b *leave.Request) int {
			if a.FirstDay.Before(b.FirstDay) {
				return -1
			}
			if b.FirstDay.Before(a.FirstDay) {
				return 1
			}
			return 0
		})
	}
	return g, nil
}

// newDocuments counts the visible documents (the Document policy decides what an
// employee sees, R26) that became visible after the account's marker.
func (s *Service) newDocuments(ctx context.Context, v *viewer.Principal) (int, error) {
	a, err := s.Client.Account.Get(ctx, v.ID)
	if err != nil {
		return 0, fmt.Errorf("home: account: %w", err)
	}
	q, err := s.Documents.MyDocuments(ctx)
	if err != nil {
		return 0, err
	}
	if seen := a.DocumentsSeenAt; seen != nil {
		q.Where(document.Or(
			document.FirstVisibleAtGT(*seen),
			document.And(document.FirstVisibleAtIsNil(), document.CreatedAtGT(*seen)),
		))
	}
	return q.Count(ctx)
}

// MarkDocumentsSeen records that the signed-in employee opened Documenten now (feature
// DOCUMENTS): documents visible from before now are no longer new.
func (s *Service) MarkDocumentsSeen(ctx context.Context) (time.Time, error) {
	v, err := s.Gate.Employee(ctx, feature.Documents)
	if err != nil {
		return time.Time{}, err
	}
	now := s.Clock.Now().UTC()
	if err := s.Client.Account.UpdateOneID(v.ID).SetDocumentsSeenAt(now).Exec(ctx); err != nil {
		return time.Time{}, fmt.Errorf("home: documents seen: %w", err)
	}
	return now, nil
}
