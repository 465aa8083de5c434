// Package spec is the stored shape of a workflow route (R34): what an employer set for
// one kind of request, and the snapshot a request keeps of it. It is a leaf package so
// that the ent schema can store it as JSON and server/workflow can apply it.
package spec

// Kind is a kind of request that runs on a route (R34).
type Kind string

// The kinds of request.
const (
	KindLeave              Kind = "LEAVE"
	KindLeaveCancellation  Kind = "LEAVE_CANCELLATION"
	KindClaim              Kind = "CLAIM"
	KindPersonalDataChange Kind = "PERSONAL_DATA_CHANGE"
)

// Kinds lists the kinds in the editor's order.
var Kinds = []Kind{KindLeave, KindLeaveCancellation, KindClaim, KindPersonalDataChange}

// Target is where a step goes.
type Target string

// The targets of a step (R34).
const (
	// TargetManager is the employee's manager (the managers of their department).
	TargetManager Target = "MANAGER"
	// TargetRight is every user holding HANDLE_REQUESTS for the employer.
	TargetRight Target = "RIGHT"
	// TargetUsers is the named staff users.
	TargetUsers Target = "USERS"
)

// Step is one step of a route.
type Step struct {
	Target  Target   `json:"target"`
	UserIDs []string `json:"userIds,omitempty"`
}

// AutoApproval approves a request at once when it stays within a limit: leave of at
// most MaxLeaveMinutes, a claim below MaxClaimCents. Nil fields do not apply.
type AutoApproval struct {
	MaxLeaveMinutes *int64 `json:"maxLeaveMinutes,omitempty"`
	MaxClaimCents   *int64 `json:"maxClaimCents,omitempty"`
}

// Route is the route of one kind of request: one or two steps, the users who are only
// told, and the optional automatic approval.
type Route struct {
	Steps         []Step        `json:"steps"`
	NotifyUserIDs []string      `json:"notifyUserIds,omitempty"`
	AutoApproval  *AutoApproval `json:"autoApproval,omitempty"`
}

// Default is the route without the Workflow editor: one step to HANDLE_REQUESTS.
func Default() Route { return Route{Steps: []Step{{Target: TargetRight}}} }
