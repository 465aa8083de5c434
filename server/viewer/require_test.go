package viewer_test

import (
	"context"
	"errors"
	"testing"

	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/viewer"
)

func code(err error) apperr.Code {
	var e *apperr.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// Require is the one check of "who may do this" for every domain package and the
// @hasRight directive (R17): staff and integrators by their rights, the system always,
// employees never (they manage nothing, whatever rights a token would claim).
func TestRequire(t *testing.T) {
	staff := &viewer.Principal{Kind: viewer.KindStaff, Scope: viewer.ScopeEmployer, Rights: []viewer.Right{viewer.ManageProducts}}
	client := &viewer.Principal{Kind: viewer.KindAPIClient, Scope: viewer.ScopeProvider, Rights: []viewer.Right{viewer.ManagePayrollData}}
	employee := &viewer.Principal{Kind: viewer.KindEmployee, Scope: viewer.ScopePerson, Rights: []viewer.Right{viewer.ManageProducts}}
	for _, tc := range []struct {
		name string
		ctx  context.Context
		r    viewer.Right
		want apperr.Code // "" means allowed
	}{
		{"anonymous", context.Background(), viewer.ViewEmployees, apperr.Unauthenticated},
		{"staff with the right", viewer.NewContext(context.Background(), staff), viewer.ManageProducts, ""},
		{"staff without the right", viewer.NewContext(context.Background(), staff), viewer.ViewEmployees, apperr.Forbidden},
		{"integrator with the right", viewer.NewContext(context.Background(), client), viewer.ManagePayrollData, ""},
		{"integrator without the right", viewer.NewContext(context.Background(), client), viewer.ManageProducts, apperr.Forbidden},
		{"employee claiming the right", viewer.NewContext(context.Background(), employee), viewer.ManageProducts, apperr.Forbidden},
		{"system", viewer.System(context.Background()), viewer.ManageMailTemplates, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := viewer.Require(tc.ctx, tc.r)
			if got := code(err); got != tc.want {
				t.Fatalf("Require(%s) = %v, want code %q", tc.r, err, tc.want)
			}
			if tc.want == "" && v != viewer.FromContext(tc.ctx) {
				t.Fatalf("Require returned %v, want the context's principal", v)
			}
			if tc.want != "" && v != nil {
				t.Fatalf("Require refused but returned principal %v", v)
			}
		})
	}
}

func TestRequireStaffAndEmployee(t *testing.T) {
	bg := context.Background()
	staff := viewer.NewContext(bg, &viewer.Principal{Kind: viewer.KindStaff, Scope: viewer.ScopeProvider})
	client := viewer.NewContext(bg, &viewer.Principal{Kind: viewer.KindAPIClient, Scope: viewer.ScopeEmployer})
	employee := viewer.NewContext(bg, &viewer.Principal{Kind: viewer.KindEmployee, Scope: viewer.ScopePerson})
	sys := viewer.System(bg)
	for _, tc := range []struct {
		name          string
		ctx           context.Context
		staff, worker apperr.Code
	}{
		{"anonymous", bg, apperr.Unauthenticated, apperr.Unauthenticated},
		{"staff user", staff, "", apperr.Forbidden},
		{"integrator", client, "", apperr.Forbidden},
		{"employee", employee, apperr.Forbidden, ""},
		{"system", sys, "", apperr.Forbidden},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := viewer.RequireStaff(tc.ctx); code(err) != tc.staff {
				t.Errorf("RequireStaff = %v, want code %q", err, tc.staff)
			}
			if _, err := viewer.RequireEmployee(tc.ctx); code(err) != tc.worker {
				t.Errorf("RequireEmployee = %v, want code %q", err, tc.worker)
			}
		})
	}
}
