package graph

import (
	"fmt"
	"reflect"

	"github.com/werkportaal/werkportaal/graph/model"
	"github.com/werkportaal/werkportaal/server/apperr"
)

// payload answers a mutation whose domain call returned err, the same way for every
// payload type:
//   - no error: the payload that done builds, with an empty userErrors list;
//   - an expected failure (apperr.UserError): failed (nil: an empty payload) with the
//     failure in its userErrors, and no top-level error; nothing changed;
//   - any other error: no payload, the error at the top level.
//
// done runs only on success, so it may read the domain's results freely. failed is for
// the payloads whose other lists are non-null and must be empty rather than missing.
func payload[P any](err error, done func() *P, failed ...*P) (*P, error) {
	if err == nil {
		p := done()
		setUserErrors(p, []*model.UserError{})
		return p, nil
	}
	ue, ok := apperr.AsUser(err)
	if !ok {
		return nil, err
	}
	p := new(P)
	if len(failed) > 0 {
		p = failed[0]
	}
	setUserErrors(p, []*model.UserError{toUserError(ue, []string{"input"})})
	return p, nil
}

// toUserError is ue as the schema's UserError, its field path below prefix (the
// mutation's argument). The code's type makes it one of UserErrorCode's values;
// TestUserCodesAreInTheSchema checks that every declared code is.
func toUserError(ue *apperr.UserError, prefix []string) *model.UserError {
	var field []string
	if prefix != nil {
		field = append(append([]string{}, prefix...), ue.Field...)
	}
	return &model.UserError{Field: field, Code: model.UserErrorCode(ue.Code), Message: ue.Message}
}

// setUserErrors sets the UserErrors field that every mutation payload of the schema has.
// Reflection keeps the generated payload types free of hand-written methods.
func setUserErrors[P any](p *P, ues []*model.UserError) {
	f := reflect.ValueOf(p).Elem().FieldByName("UserErrors")
	if !f.IsValid() || !f.CanSet() || f.Type() != reflect.TypeOf(ues) {
		panic(fmt.Sprintf("graph: %T has no UserErrors []*model.UserError field", p))
	}
	f.Set(reflect.ValueOf(ues))
}
