package model

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/werkportaal/werkportaal/ent/payslipline"
	"github.com/werkportaal/werkportaal/server/payroll/publish"
)

// PayslipLineInput is the scalar of a payslip line that publishPayslips takes: the
// JSON object an input type PayslipLineInput would take, read here.
//
// It is a scalar because gqlparser checks a variable's input objects by reflection,
// a map lookup and a map write per field defined and a deferred closure per value, and
// gqlgen then reads them again: for a batch of 500 payslips of 20 lines that was about
// 30 ms of checking and 8 ms of reading, as much as the whole of publishing them
// (issue #12, make bench). A scalar's value passes the first check untouched and is
// read once, here, with the same rules: the fields set reads and no others, the required
// ones present and not null, each of its GraphQL type.
type PayslipLineInput publish.LineInput

// requiredLineFields are the fields a line must give (set refuses them null).
var requiredLineFields = []string{"code", "description", "amountCents", "category"}

// UnmarshalGQL reads a line from a variable (decoded JSON) or a literal of the
// document (gqlgen hands both over as map[string]any). The error names the field;
// gqlgen adds the line's path, and the error presenter makes it BAD_REQUEST.
func (l *PayslipLineInput) UnmarshalGQL(v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("a payslip line must be an object, not %s", jsonKind(v))
	}
	for name, val := range m {
		if name == "__typename" { // as gqlparser lets it be in any input object
			continue
		}
		if err := l.set(name, val); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	for _, name := range requiredLineFields {
		if _, ok := m[name]; !ok {
			return fmt.Errorf("%s: must be given", name)
		}
	}
	return nil
}

// set reads the field name of a line.
func (l *PayslipLineInput) set(name string, val any) (err error) {
	switch name {
	case "code":
		l.Code, err = required(val, text)
	case "description":
		l.Description, err = required(val, text)
	case "amountCents":
		l.AmountCents, err = required(val, integer)
	case "category":
		l.Category, err = required(val, enum[payslipline.Category])
	case "kind":
		l.Kind, err = optional(val, enum[payslipline.Kind])
	case "quantity":
		l.Quantity, err = optional(val, number)
	case "rateCents":
		l.RateCents, err = optional(val, integer)
	default:
		err = errors.New("unknown field")
	}
	return err
}

var errNull = errors.New("must not be null")

// required reads a field that must not be null.
func required[T any](v any, read func(any) (T, error)) (T, error) {
	if v == nil {
		var zero T
		return zero, errNull
	}
	return read(v)
}

// optional reads a field that may be null, which reads as not given.
func optional[T any](v any, read func(any) (T, error)) (*T, error) {
	if v == nil {
		return nil, nil
	}
	x, err := read(v)
	return &x, err
}

// enum is a value of one of ent's enums, by its name, as gqlgen reads it.
func enum[E any, P interface {
	*E
	UnmarshalGQL(any) error
}](v any) (E, error) {
	var e E
	err := P(&e).UnmarshalGQL(v)
	return e, err
}

// text is a String: a JSON string, not a number or a boolean turned into one.
func text(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", fmt.Errorf("must be a string, not %s", jsonKind(v))
}

// integer is an Int: a whole number (json.Number from a variable, int64 from a literal).
func integer(v any) (int64, error) {
	switch n := v.(type) {
	case json.Number:
		if i, err := strconv.ParseInt(string(n), 10, 64); err == nil {
			return i, nil
		}
	case int64:
		return n, nil
	case int:
		return int64(n), nil
	case float64: // JSON decoded without UseNumber
		if n == math.Trunc(n) && math.Abs(n) <= 1<<53 {
			return int64(n), nil
		}
	}
	return 0, fmt.Errorf("must be a whole number, not %s", jsonKind(v))
}

// number is a Float: any finite number.
func number(v any) (float64, error) {
	switch n := v.(type) {
	case json.Number:
		if f, err := strconv.ParseFloat(string(n), 64); err == nil && !math.IsInf(f, 0) {
			return f, nil
		}
	case float64:
		return n, nil
	case int64:
		return float64(n), nil
	case int:
		return float64(n), nil
	}
	return 0, fmt.Errorf("must be a number, not %s", jsonKind(v))
}

// jsonKind names what a value is in JSON, for messages.
func jsonKind(v any) string {
	switch n := v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "true or false"
	case json.Number:
		return "the number " + string(n)
	case int64, int, float64:
		return fmt.Sprintf("the number %v", n)
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// MarshalGQL writes the line as the JSON object it was read from. The API takes lines
// only as input; gqlgen asks every scalar to be writable.
func (l PayslipLineInput) MarshalGQL(w io.Writer) {
	m := map[string]any{"code": l.Code, "description": l.Description, "amountCents": l.AmountCents, "category": l.Category}
	if l.Kind != nil {
		m["kind"] = *l.Kind
	}
	if l.Quantity != nil {
		m["quantity"] = *l.Quantity
	}
	if l.RateCents != nil {
		m["rateCents"] = *l.RateCents
	}
	_ = json.NewEncoder(w).Encode(m)
}
