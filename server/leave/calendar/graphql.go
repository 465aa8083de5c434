package calendar

import (
	"io"
	"slices"
	"strconv"

	"github.com/werkportaal/werkportaal/server/apperr"
)

// Status is the GraphQL enum LeaveCalendarStatus too.

// MarshalGQL writes the enum value.
func (s Status) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads the enum value.
func (s *Status) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok || !slices.Contains([]Status{Absent, Requested, Leave}, Status(str)) {
		return apperr.BadRequestf("%v is not a LeaveCalendarStatus", v)
	}
	*s = Status(str)
	return nil
}
