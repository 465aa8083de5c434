package graph

import (
	"context"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/staffusers"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func staffUserPayload(u *ent.User, err error) (*model.StaffUserPayload, error) {
	return payload(err, func() *model.StaffUserPayload { return &model.StaffUserPayload{StaffUser: u} })
}

func rightsIn(in []model.Right) []viewer.Right {
	out := make([]viewer.Right, len(in))
	for i, x := range in {
		out[i] = viewer.Right(x)
	}
	return out
}

func rightsOut(in []viewer.Right) []model.Right {
	out := make([]model.Right, len(in))
	for i, x := range in {
		out[i] = model.Right(x)
	}
	return out
}

func staffLinkInfo(l *staffusers.Link, err error) (*model.StaffLinkInfo, error) {
	if err != nil {
		return nil, err
	}
	out := &model.StaffLinkInfo{State: model.StaffLinkState(l.State)}
	if l.User != nil {
		out.DisplayName, out.Username, out.ExpiresAt = &l.User.DisplayName, &l.User.Username, &l.ExpiresAt
	}
	return out, nil
}

// staffSignedIn signs in a staff user whose new password was just set through a link
// (R43: on confirming, the user is signed in at once, as R4).
func (r *Resolver) staffSignedIn(ctx context.Context, u *ent.User, err error) (*model.LoginPayload, error) {
	var t *auth.Tokens
	if err == nil {
		t, err = r.Auth.StartStaffSession(ctx, u, auth.RequestMeta(ctx))
	}
	return staffLogin(ctx, t, err)
}
