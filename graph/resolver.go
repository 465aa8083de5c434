// Package graph is the GraphQL layer: schema (schema/*.graphqls by hand, ent.graphql
// generated), thin resolvers that parse arguments, call one domain function and shape
// the answer, the @hasRight directive, the error presenter and the query limits.
package graph

import (
	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/server/access"
	"github.com/werkportaal/werkportaal/server/apiclients"
	"github.com/werkportaal/werkportaal/server/assistant"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/changefeed"
	"github.com/werkportaal/werkportaal/server/claims"
	"github.com/werkportaal/werkportaal/server/clock"
	"github.com/werkportaal/werkportaal/server/datachange"
	"github.com/werkportaal/werkportaal/server/directory"
	"github.com/werkportaal/werkportaal/server/documents"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/funnel"
	"github.com/werkportaal/werkportaal/server/home"
	"github.com/werkportaal/werkportaal/server/insurance"
	"github.com/werkportaal/werkportaal/server/leave"
	"github.com/werkportaal/werkportaal/server/leave/calendar"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
	"github.com/werkportaal/werkportaal/server/payroll/read"
	"github.com/werkportaal/werkportaal/server/payrollsync"
	"github.com/werkportaal/werkportaal/server/preboarding"
	"github.com/werkportaal/werkportaal/server/product"
	"github.com/werkportaal/werkportaal/server/regulations"
	"github.com/werkportaal/werkportaal/server/sick"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/team"
	"github.com/werkportaal/werkportaal/server/workflow"
)

// Resolver holds the dependencies of the resolvers.
type Resolver struct {
	Client    *ent.Client
	Clock     clock.Clock
	Auth      *auth.Service
	Access    *access.Service
	Directory *directory.Service
	// ProductSvc is named so because Products is the products query's resolver.
	ProductSvc *product.Service
	// The portal's content (R20–R26); the names differ from the packages because
	// Documents and SickReports are resolvers. Gate is the feature gate (R22).
	Gate      *feature.Gate
	Publisher *publish.Service
	Payroll   *read.Service
	Dossier   *documents.Service
	Absence   *sick.Service
	// Leave is the leave scheme, work patterns and ledgers (R28, R29).
	Leave *leave.Service
	// Home is the employee home at a glance.
	Home *home.Service
	// Calendar is the Verlofkalender and its subscription addresses (R32).
	Calendar *calendar.Service
	// APIClientSvc manages integrators' API clients (R44); named so because APIClients
	// is the apiClients query's resolver.
	APIClientSvc *apiclients.Service
	// Funnel reads the invitation funnel of an employer.
	Funnel *funnel.Service
	// PayrollSync upserts payroll's employers and employees (R45).
	PayrollSync *payrollsync.Service
	// ChangeFeed is what the portal changed that payroll takes over (R45).
	ChangeFeed *changefeed.Service
	// StaffUsers manages staff users (R43).
	StaffUserSvc *staffusers.Service
	// Workflow is the Workflow editor, departments and routing of requests (R34).
	Workflow *workflow.Service
	// Team is Mijn team of Management Self Service (R35).
	Team *team.Service
	// Insurance is Verzekeringen vergelijken (R40).
	Insurance *insurance.Service
	// DataChange is Persoonsgegevens wijzigen (R37).
	DataChange *datachange.Service
	// Assistant is the Assistent (R41).
	Assistant *assistant.Service
	// Claims is Declaraties (R36).
	Claims *claims.Service
	// Regulations is the Assistent bedrijfsregelingen (R42).
	Regulations *regulations.Service
	// Preboarding is R38: new hires and their checklist.
	PreboardingSvc *preboarding.Service
	// Dev enables the dev mailbox query.
	Dev bool
}
