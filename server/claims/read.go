package claims

import (
	"context"
	"fmt"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/claim"
	"github.com/werkportaal/werkportaal/ent/claimreceipt"
	"github.com/werkportaal/werkportaal/ent/person"
	"github.com/werkportaal/werkportaal/ent/predicate"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/payroll"
	"github.com/werkportaal/werkportaal/server/viewer"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// PathReceipt is the download path of receipts, relative to the server root. It carries
// only the receipt's opaque ID; every request is authorised with its bearer token.
const PathReceipt = "/downloads/claim-receipts/"

// Claim is a claim as the API shows it.
type Claim struct {
	ID              string
	PersonID        string
	EmployerID      string
	Status          Status
	ComponentID     string
	ComponentName   string
	ComponentKind   ComponentKind
	Date            date.Date
	Kilometres      *float64
	RateCents       int64
	AmountCents     int64
	Description     string
	Receipts        []*Receipt
	SubmittedAt     time.Time
	DecisionComment string
	DecidedByName   *string
	DecidedAt       *time.Time
	PayrollPeriod   *string
	ProcessedAt     *time.Time
}

// Rate is RateCents in euros.
func (c *Claim) Rate() float64 { return Euros(c.RateCents) }

// Amount is AmountCents in euros.
func (c *Claim) Amount() float64 { return Euros(c.AmountCents) }

// Receipt is a receipt's description, never its bytes.
type Receipt struct {
	ID          string
	FileName    string
	ContentType string
	SizeBytes   int64
}

// URL is the receipt's download path.
func (r *Receipt) URL() string { return PathReceipt + r.ID }

func receiptOf(r *ent.ClaimReceipt) *Receipt {
	return &Receipt{ID: r.ID, FileName: r.FileName, ContentType: r.ContentType, SizeBytes: r.SizeBytes}
}

func claimOf(r *ent.Claim) *Claim {
	return &Claim{ID: r.ID, PersonID: r.PersonID, EmployerID: r.EmployerID, Status: Status(r.Status),
		ComponentID: r.ComponentID, ComponentName: r.ComponentName, ComponentKind: ComponentKind(r.ComponentKind),
		Date: r.ClaimDate, Kilometres: r.Kilometres, RateCents: r.RateCents, AmountCents: r.AmountCents,
		Description: r.Description, Receipts: []*Receipt{}, SubmittedAt: r.CreatedAt, DecisionComment: r.DecisionComment,
		DecidedByName: r.DecidedByName, DecidedAt: r.DecidedAt, PayrollPeriod: r.PayrollPeriod, ProcessedAt: r.ProcessedAt}
}

func (s *Service) one(ctx context.Context, r *ent.Claim) (*Claim, error) {
	out, err := s.many(ctx, []*ent.Claim{r})
	if err != nil {
		return nil, err
	}
	return out[0], nil
}

// many turns rows into claims with their receipts in one statement. The caller was
// allowed to read the rows, so the receipts' descriptions are read as the system.
func (s *Service) many(ctx context.Context, rows []*ent.Claim) ([]*Claim, error) {
	out := make([]*Claim, len(rows))
	ids := make([]string, len(rows))
	byID := map[string]*Claim{}
	for i, r := range rows {
		out[i] = claimOf(r)
		ids[i] = r.ID
		byID[r.ID] = out[i]
	}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.Client.ClaimReceipt.Query().Where(claimreceipt.ClaimIDIn(ids...)).
		Select(claimreceipt.FieldID, claimreceipt.FieldClaimID, claimreceipt.FieldFileName, claimreceipt.FieldContentType,
			claimreceipt.FieldSizeBytes).
		Order(claimreceipt.ByCreatedAt(), claimreceipt.ByID()).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("claims: receipts: %w", err)
	}
	for _, rc := range recs {
		if rc.ClaimID != nil && byID[*rc.ClaimID] != nil {
			byID[*rc.ClaimID].Receipts = append(byID[*rc.ClaimID].Receipts, receiptOf(rc))
		}
	}
	return out, nil
}

// QueueItem is a claim in the handlers' queue.
type QueueItem struct {
	Claim      *Claim
	PersonName string
}

// Queue returns the claims of the employer that the caller may decide (HANDLE_REQUESTS;
// the route says who, R34): open ones oldest first, decided ones newest first; at most
// first (default and maximum 200).
func (s *Service) Queue(ctx context.Context, employerID string, status QueueStatus, first int) ([]*QueueItem, error) {
	v, err := viewer.Require(ctx, viewer.HandleRequests)
	if err != nil {
		return nil, err
	}
	if first <= 0 || first > maxQueue {
		first = maxQueue
	}
	e, err := loadEmployer(ctx, s.Client, employerID)
	if err != nil {
		return nil, err
	}
	// The route decides who may take each claim, filtered in the statement itself: a page
	// is first claims of what the caller may decide (R34).
	q := s.Client.Claim.Query().Where(claim.EmployerID(e.ID), predicate.Claim(workflow.Decidable(v)))
	switch status {
	case QueueOpen, "":
		q = q.Where(claim.StatusEQ(claim.StatusSUBMITTED)).Order(claim.ByCreatedAt(), claim.ByID())
	case QueueDecided:
		q = q.Where(claim.StatusNEQ(claim.StatusSUBMITTED)).Order(ent.Desc(claim.FieldUpdatedAt), ent.Desc(claim.FieldID))
	default:
		q = q.Order(ent.Desc(claim.FieldCreatedAt), ent.Desc(claim.FieldID))
	}
	keep, err := q.Limit(first).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: queue of %s: %w", e.ID, err)
	}
	cs, err := s.many(ctx, keep)
	if err != nil {
		return nil, err
	}
	names, err := s.personNames(ctx, keep)
	if err != nil {
		return nil, err
	}
	out := make([]*QueueItem, len(cs))
	for i, c := range cs {
		out[i] = &QueueItem{Claim: c, PersonName: names[c.PersonID]}
	}
	return out, nil
}

// personNames reads the names of the claims' employees as the system: who may decide a
// claim sees whose it is.
func (s *Service) personNames(ctx context.Context, rows []*ent.Claim) (map[string]string, error) {
	ids := make([]string, 0, len(rows))
	for _, r := range rows {
		ids = append(ids, r.PersonID)
	}
	out := map[string]string{}
	if len(ids) == 0 {
		return out, nil
	}
	ps, err := s.Client.Person.Query().Where(person.IDIn(dedupe(ids)...)).All(viewer.System(ctx))
	if err != nil {
		return nil, fmt.Errorf("claims: names: %w", err)
	}
	for _, p := range ps {
		out[p.ID] = personName(p)
	}
	return out, nil
}

// ReceiptDownload serves a receipt only to the employee whose claim it is and to who is
// on the claim's route (R36); anyone else — another employee, another tenant, staff the
// route did not reach — is told it is not there.
func (s *Service) ReceiptDownload(ctx context.Context, id string) (*payroll.Download, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, errUnauthenticated
	}
	sys := viewer.System(ctx)
	rc, err := s.Client.ClaimReceipt.Query().Where(claimreceipt.ID(id)).Only(sys)
	if ent.IsNotFound(err) {
		return nil, notFound(id)
	}
	if err != nil {
		return nil, fmt.Errorf("claims: receipt %s: %w", id, err)
	}
	own := v.Kind == viewer.KindEmployee && v.PersonID == rc.PersonID && v.EmployerID == rc.EmployerID
	if !own {
		if rc.ClaimID == nil {
			return nil, notFound(id)
		}
		on, err := s.Workflow.OnRoute(ctx, v, workflow.SubjectRef{ID: *rc.ClaimID, ProviderID: rc.ProviderID, EmployerID: rc.EmployerID})
		if err != nil {
			return nil, err
		}
		if !on {
			return nil, notFound(id)
		}
	}
	return &payroll.Download{FileName: rc.FileName, ContentType: rc.ContentType, Data: rc.Data}, nil
}

// ByID returns the claims with ids by ID, with their receipts, read in ctx: server/team
// reads the claims of a manager's tasks as the system after checking they are the
// manager's (R35). Two statements whatever the number.
func (s *Service) ByID(ctx context.Context, ids []string) (map[string]*Claim, error) {
	out := map[string]*Claim{}
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.Client.Claim.Query().Where(claim.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("claims: claims: %w", err)
	}
	cs, err := s.many(ctx, rows)
	if err != nil {
		return nil, err
	}
	for _, c := range cs {
		out[c.ID] = c
	}
	return out, nil
}
