package access

import "strings"

// Links builds the URLs that mails carry. Tokens travel in the fragment (#…), which
// browsers never send to a server, so they do not end up in access logs or proxies.
type Links struct{ Base string }

// The employee portal's pages that mails link to (R2, R10, R11; the SPA's employee area).
const (
	PathPortal         = "/werknemer"
	PathEmployeeLogin  = "/werknemer/inloggen"
	PathInvitation     = "/werknemer/uitnodiging"
	PathResetPassword  = "/werknemer/wachtwoord-herstellen" //nolint:gosec // G101: a page address, not a password
	PathForgotPassword = "/werknemer/wachtwoord-vergeten"   //nolint:gosec // G101: a page address, not a password
)

func (l Links) base() string { return strings.TrimRight(l.Base, "/") }

// Invitation is the personal link of the access mail (R2).
func (l Links) Invitation(token string) string { return l.base() + PathInvitation + "#" + token }

// Reset is the link of the password mail (R10).
func (l Links) Reset(token string) string { return l.base() + PathResetPassword + "#" + token }

// Login is the employee sign-in page.
func (l Links) Login() string { return l.base() + PathEmployeeLogin }

// ForgotPassword is the Wachtwoord vergeten page.
func (l Links) ForgotPassword() string { return l.base() + PathForgotPassword }

// Portal is the employee portal's home.
func (l Links) Portal() string { return l.base() + PathPortal }
