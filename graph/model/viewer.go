package model

import "github.com/werkportaal/werkportaal/server/viewer"

// Viewer is the GraphQL face of the request's principal.
type Viewer struct{ P *viewer.Principal }

// ID of the principal.
func (v Viewer) ID() string { return v.P.ID }

// Kind of the principal.
func (v Viewer) Kind() PrincipalKind { return PrincipalKind(v.P.Kind) }

// DisplayName of the principal.
func (v Viewer) DisplayName() string { return v.P.DisplayName }

// Scope of the principal.
func (v Viewer) Scope() ViewerScope { return ViewerScope(v.P.Scope) }

// Rights of the principal, in the catalogue's order.
func (v Viewer) Rights() []Right {
	out := make([]Right, 0, len(v.P.Rights))
	for _, r := range viewer.AllRights {
		if v.P.Has(r) {
			out = append(out, Right(r))
		}
	}
	return out
}

// Username of a staff user or employee; nil for an API client.
func (v Viewer) Username() *string {
	if v.P.Username == "" {
		return nil
	}
	return &v.P.Username
}
