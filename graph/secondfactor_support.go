package graph

import (
	"context"
	"encoding/base64"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/httpapi"
)

// staffLogin answers a staff sign-in step: the session (its refresh cookie set), or the
// second factor's challenge and no session (R43).
func staffLogin(ctx context.Context, t *auth.Tokens, err error) (*model.LoginPayload, error) {
	return payload(err, func() *model.LoginPayload {
		if ch := t.SecondFactor; ch != nil {
			return &model.LoginPayload{SecondFactor: &model.SecondFactorChallenge{
				Token: ch.Token, Step: model.SecondFactorStep(ch.Step), ExpiresAt: ch.ExpiresAt}}
		}
		httpapi.SetRefreshCookie(ctx, httpapi.StaffRefreshCookie, t.RefreshToken, t.SessionExpires)
		return &model.LoginPayload{AccessToken: &t.AccessToken, AccessTokenExpiresAt: &t.AccessExpiresAt, Viewer: &model.Viewer{P: t.Principal}}
	})
}

// enrolmentPayload is the secret of an enrolment as the SPA shows it.
func enrolmentPayload(e *auth.Enrolment, err error) (*model.SecondFactorEnrolmentPayload, error) {
	return payload(err, func() *model.SecondFactorEnrolmentPayload {
		qr := "data:image/png;base64," + base64.StdEncoding.EncodeToString(e.QRCodePNG)
		return &model.SecondFactorEnrolmentPayload{Secret: &e.Secret, OtpauthURI: &e.URI, QRCode: &qr}
	})
}

// enrolledPayload signs the user in after a confirmed enrolment, with the recovery codes.
func enrolledPayload(ctx context.Context, t *auth.Tokens, codes []string, err error) (*model.SecondFactorEnrolledPayload, error) {
	return payload(err, func() *model.SecondFactorEnrolledPayload {
		httpapi.SetRefreshCookie(ctx, httpapi.StaffRefreshCookie, t.RefreshToken, t.SessionExpires)
		return &model.SecondFactorEnrolledPayload{AccessToken: &t.AccessToken, AccessTokenExpiresAt: &t.AccessExpiresAt,
			Viewer: &model.Viewer{P: t.Principal}, RecoveryCodes: codes}
	})
}
