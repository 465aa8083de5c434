package funnel

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Steps are the stuck steps in the funnel's order.
var Steps = []StuckStep{NotOpened, NotVerified, NotRegistered, Expired}

// MarshalGQL writes the enum value (GraphQL InvitationFunnelStep).
func (s StuckStep) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads the enum value; the API only writes it, but gqlgen wants both.
func (s *StuckStep) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok || !slices.Contains(Steps, StuckStep(str)) {
		return fmt.Errorf("%v is not an InvitationFunnelStep", v)
	}
	*s = StuckStep(str)
	return nil
}
