package app_test

import (
	"slices"
	"testing"
)

// R4/R12: usernameAvailable answers invitees (with their link's token) and signed-in
// employees changing their username (without a token), nobody else. Taken ignores case;
// the employee's own username counts as taken.
func TestUsernameAvailable(t *testing.T) {
	e := newEnv(t)
	f := e.fx
	staff := e.login(f.EmployerUserA1)
	invitee := f.PersonsA1[41]
	link := e.grantAndMailedToken(staff, invitee)
	employee := e.registerEmployee(staff, f.PersonsA1[40], "eigen.naam")

	const q = `query($t:String,$u:String!){usernameAvailable(token:$t,username:$u)}`
	ask := func(token string, link any, username string) gqlResponse {
		return e.gql(token, q, map[string]any{"t": link, "u": username})
	}
	for _, c := range []struct {
		name, token string
		link        any
		username    string
		want        bool
	}{
		{"invitee, free", "", link, "nog.vrij", true},
		{"invitee, taken ignoring case", "", link, "ANNA.3", false},
		{"invitee, malformed", "", link, "a", false},
		{"unknown link", "", "nonsense-token", "nog.vrij", false},
		{"employee, free", employee, nil, "nog.vrij", true},
		{"employee, taken by another", employee, nil, "Anna.3", false},
		{"employee, own username", employee, nil, "Eigen.Naam", false},
		{"employee, malformed", employee, nil, "a b", false},
	} {
		r := ask(c.token, c.link, c.username)
		if len(r.Errors) != 0 || dig(r.Data, "usernameAvailable") != c.want {
			t.Errorf("%s: %s", c.name, r.Raw)
		}
	}

	// Without a token only a signed-in employee may ask: not anonymous callers, staff
	// or integrators.
	for _, c := range []struct{ name, token string }{
		{"anonymous", ""},
		{"staff", staff},
	} {
		r := ask(c.token, nil, "nog.vrij")
		if !slices.Equal(r.codes(), []string{"UNAUTHENTICATED"}) {
			t.Errorf("%s without a token: %s", c.name, r.Raw)
		}
	}
}
