// Package date is a calendar date without time or zone: birth dates, start and end
// dates of employments. Storing them as timestamps invites off-by-one-day bugs around
// midnight in Europe/Amsterdam, so they are their own type, stored as SQL DATE and
// sent over GraphQL as "YYYY-MM-DD".
package date

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// Layout is the ISO 8601 form used in storage and over the API.
const Layout = "2006-01-02"

// Date is a calendar date. The zero value is not a valid date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// Of returns the calendar date of t in t's location.
func Of(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// New returns the date y-m-d (normalised like time.Date).
func New(y int, m time.Month, d int) Date {
	return Of(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// Parse reads "YYYY-MM-DD" strictly.
func Parse(s string) (Date, error) {
	t, err := time.Parse(Layout, s)
	if err != nil {
		return Date{}, fmt.Errorf("date: %q is not a date of the form YYYY-MM-DD", s)
	}
	return Of(t), nil
}

// MustParse is Parse for literals in code and tests.
func MustParse(s string) Date {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is the zero value.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC at d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String returns "YYYY-MM-DD".
func (d Date) String() string { return d.Time().Format(Layout) }

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.ordinal() < o.ordinal() }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.ordinal() > o.ordinal() }

// ordinal orders dates by their fields: Of, New and Parse normalise, so the fields
// are a real date and no time.Time is needed (comparing through time.Date was half
// the CPU of the leave queue, which compares every request with colleagues' leave).
func (d Date) ordinal() int { return (d.Year*13+int(d.Month))*32 + d.Day }

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return Of(d.Time().AddDate(0, 0, n)) }

// Value stores the date as text "YYYY-MM-DD", which both Postgres (DATE) and SQLite accept.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan reads a DATE column: Postgres drivers give time.Time, SQLite may give text.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = Of(v)
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	default:
		return fmt.Errorf("date: cannot scan %T", src)
	}
}

func (d *Date) scanText(s string) error {
	if len(s) >= 10 {
		s = s[:10]
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalJSON writes "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// MarshalGQL writes the GraphQL Date scalar.
func (d Date) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(d.String())) }

// UnmarshalGQL reads the GraphQL Date scalar. A malformed date is the caller's
// mistake: BAD_REQUEST, not an internal error.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return apperr.BadRequestf("a Date must be a string of the form YYYY-MM-DD")
	}
	p, err := Parse(s)
	if err != nil {
		return apperr.BadRequestf("%s", err.Error())
	}
	*d = p
	return nil
}
