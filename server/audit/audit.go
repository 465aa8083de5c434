// Package audit writes the append-only trail (R27): who did what to whom, when, in
// which scope, by which request. Events are written with the same ent client (or
// transaction) as the change they record, so a change and its event land together.
package audit

import (
	"context"
	"fmt"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/auditevent"
	"github.com/werkportaal/werkportaal/server/reqid"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// Action names what happened. The values are stable: the SPA translates them and
// integrators filter on them.
type Action string

// Actions.
const (
	ProductActivated   Action = "PRODUCT_ACTIVATED"
	ProductDeactivated Action = "PRODUCT_DEACTIVATED"
	AddendumSigned     Action = "MIJNLOKET_ADDENDUM_SIGNED"
	StaffSignedIn      Action = "STAFF_SIGNED_IN"
)

// Event is what to record.
type Event struct {
	Action     Action
	ProviderID string
	EmployerID string
	PersonID   string
	TargetType string
	TargetID   string
	Details    map[string]string
}

// Record writes e as done by the principal of ctx through client (pass the
// transaction's client to keep the event in the change's transaction).
func Record(ctx context.Context, client *ent.Client, e Event) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return fmt.Errorf("audit: no actor for %s", e.Action)
	}
	c := client.AuditEvent.Create().
		SetAction(string(e.Action)).
		SetActorKind(auditevent.ActorKind(v.Kind)).
		SetActorID(v.ID).
		SetActorName(v.DisplayName).
		SetTargetType(e.TargetType).
		SetTargetID(e.TargetID).
		SetRequestID(reqid.FromContext(ctx))
	if e.ProviderID != "" {
		c.SetProviderID(e.ProviderID)
	}
	if e.EmployerID != "" {
		c.SetEmployerID(e.EmployerID)
	}
	if e.PersonID != "" {
		c.SetPersonID(e.PersonID)
	}
	if len(e.Details) > 0 {
		c.SetDetails(e.Details)
	}
	if err := c.Exec(ctx); err != nil {
		return fmt.Errorf("audit: record %s: %w", e.Action, err)
	}
	return nil
}
