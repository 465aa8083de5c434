package calendar

import (
	"context"
)

// TeamMonth is a manager's team calendar (Mijn team, R35): the team members' accepted
// leave with its type, their submitted requests and their sick days as Absent (dates
// only, never a reason, R25). The caller (server/team) checked that the signed-in
// employee manages members and that the employer has Management Self Service.
func (s *Service) TeamMonth(ctx context.Context, employerID string, members []string, month string, page, size int) (*Month, error) {
	first, last, err := ParseMonth(month)
	if err != nil {
		return nil, err
	}
	if members == nil {
		members = []string{}
	}
	return s.month(ctx, view{employerID: employerID, types: true, pending: true, sick: true, team: members}, month, first, last, page, size)
}
