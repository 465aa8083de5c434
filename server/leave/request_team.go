package leave

import (
	"context"
	"fmt"

	"github.com/werkportaal/werkportaal/ent/leaverequest"
	"github.com/werkportaal/werkportaal/ent/leavetype"
)

// RequestsByID returns the requests with ids by ID, read in ctx: server/team reads the
// requests of a manager's tasks as the system after checking they are the manager's
// (R35). Two statements whatever the number.
func (s *Service) RequestsByID(ctx context.Context, ids []string) (map[string]*Request, error) {
	out := map[string]*Request{}
	if len(ids) == 0 {
		return out, nil
	}
	rs, err := s.Client.LeaveRequest.Query().Where(leaverequest.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: requests: %w", err)
	}
	var tids []string
	for _, r := range rs {
		tids = append(tids, r.LeaveTypeID)
	}
	ts, err := s.Client.LeaveType.Query().Where(leavetype.IDIn(tids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("leave: types: %w", err)
	}
	for _, r := range rs {
		for _, t := range ts {
			if t.ID == r.LeaveTypeID {
				out[r.ID] = requestOf(r, t)
			}
		}
	}
	return out, nil
}
