// Package workflow is the one request model and its routing (R34): every request of an
// employee — leave, a leave cancellation, a claim, a personal-data change — runs on the
// route its employer set for its kind (the Workflow editor) or on the default route, one
// step to HANDLE_REQUESTS. A request keeps a snapshot of the route it started with, its
// steps record who they went to and who decided, and every transition writes an audit
// event in the transaction of the request's own change.
//
// A kind plugs in through a Subject (what routing needs to know of the request) and by
// calling Start, Decide and Close from its own transactions; server/leave does so
// through LeaveRouter, which is its leave.Decider.
package workflow
