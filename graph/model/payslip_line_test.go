package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/werkportaal/werkportaal/ent/payslipline"
)

// A line reads the same from a variable (json.Number), from a document's literal
// (int64, float64) and from JSON decoded without UseNumber (float64), and an optional
// field sent as null reads as not sent (issue #12: the scalar keeps an input type's rules).
func TestPayslipLineInputReads(t *testing.T) {
	var l0 PayslipLineInput
	for name, v := range map[string]map[string]any{
		"variable": {"code": "1000", "description": "Salaris", "amountCents": json.Number("-250000"), "category": "EARNINGS",
			"kind": "SALARY", "quantity": json.Number("152.5"), "rateCents": json.Number("1639")},
		"literal": {"code": "1000", "description": "Salaris", "amountCents": int64(-250000), "category": "EARNINGS",
			"kind": "SALARY", "quantity": 152.5, "rateCents": int64(1639)},
		"float64": {"code": "1000", "description": "Salaris", "amountCents": float64(-250000), "category": "EARNINGS",
			"kind": "SALARY", "quantity": 152.5, "rateCents": float64(1639)},
	} {
		var l PayslipLineInput
		if err := l.UnmarshalGQL(v); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if l.Code != "1000" || l.Description != "Salaris" || l.AmountCents != -250000 || l.Category != payslipline.CategoryEARNINGS ||
			l.Kind == nil || *l.Kind != payslipline.KindSALARY || l.Quantity == nil || *l.Quantity != 152.5 || l.RateCents == nil || *l.RateCents != 1639 {
			t.Errorf("%s: read %+v", name, l)
		}
		l0 = l
	}
	var back PayslipLineInput
	if err := back.UnmarshalGQL(asJSON(t, l0)); err != nil || !reflect.DeepEqual(back, l0) {
		t.Errorf("a line written by MarshalGQL reads back as %+v (%v), want %+v", back, err, l0)
	}
	l := PayslipLineInput{Kind: new(payslipline.Kind), Quantity: new(float64), RateCents: new(int64)}
	if err := l.UnmarshalGQL(map[string]any{"code": "1", "description": "d", "amountCents": json.Number("1"), "category": "EARNINGS",
		"kind": nil, "quantity": nil, "rateCents": nil, "__typename": "PayslipLineInput"}); err != nil || l.Kind != nil || l.Quantity != nil || l.RateCents != nil {
		t.Errorf("optional fields sent as null: %+v, %v", l, err)
	}
}

// asJSON is what MarshalGQL writes of l, decoded as a request's variables are.
func asJSON(t *testing.T, l PayslipLineInput) map[string]any {
	t.Helper()
	var b bytes.Buffer
	l.MarshalGQL(&b)
	d := json.NewDecoder(&b)
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// Numbers an Int or a Float cannot hold are refused, not rounded or wrapped.
func TestPayslipLineInputRefusesNumbers(t *testing.T) {
	for _, c := range []struct {
		field string
		v     any
		want  string
	}{
		{"amountCents", json.Number("1e3"), "amountCents: must be a whole number, not the number 1e3"},
		{"amountCents", json.Number("92233720368547758070"), "amountCents: must be a whole number"},
		{"amountCents", float64(1 << 60), "amountCents: must be a whole number"},
		{"rateCents", 0.5, "rateCents: must be a whole number, not the number 0.5"},
		{"quantity", json.Number("1e400"), "quantity: must be a number"},
		{"quantity", true, "quantity: must be a number, not true or false"},
		{"category", nil, "category: must not be null"},
		{"amountCents", nil, "amountCents: must not be null"},
	} {
		v := map[string]any{"code": "1", "description": "d", "amountCents": json.Number("1"), "category": "EARNINGS"}
		v[c.field] = c.v
		var l PayslipLineInput
		if err := l.UnmarshalGQL(v); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s = %v: %v, want %q", c.field, c.v, err, c.want)
		}
	}
}
