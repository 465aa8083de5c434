package calendar

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/account"
	"github.com/werkportaal/werkportaal/ent/calendarfeed"
	"github.com/werkportaal/werkportaal/ent/user"
	"github.com/werkportaal/werkportaal/server/apperr"
	"github.com/werkportaal/werkportaal/server/audit"
	"github.com/werkportaal/werkportaal/server/auth"
	"github.com/werkportaal/werkportaal/server/date"
	"github.com/werkportaal/werkportaal/server/feature"
	"github.com/werkportaal/werkportaal/server/store"
	"github.com/werkportaal/werkportaal/server/viewer"
)

// The subscription address (R32): a secret URL that calendar programs poll without
// signing in. Its 256-bit token is shown once and kept as a SHA-256 hash; the address
// serves the owner's calendar as the owner would see it now, so revoking it, blocking
// the owner, taking away their right or the employer's product stops it at once.

// The audit actions of subscription addresses.
const (
	ActionFeedCreated audit.Action = "CALENDAR_FEED_CREATED"
	ActionFeedRevoked audit.Action = "CALENDAR_FEED_REVOKED"
)

// FeedPath is where the addresses live: FeedPath + token + ".ics".
const FeedPath = "/ical/"

// The feed's window and bound: a calendar program shows what is near; an employer of
// thousands is cut at MaxFeedPeople people (the viewer first, then by name).
const (
	feedMonthsBack  = 1
	feedMonthsAhead = 6
	MaxFeedPeople   = 200
)

// Errors of serving a feed; the HTTP handler turns them into statuses.
var (
	// ErrFeedNotFound: no such address, or it was revoked (the two are not told apart).
	ErrFeedNotFound = errors.New("calendar: no such subscription address")
	// ErrFeedRefused: the address exists but its owner may not see the calendar now
	// (blocked, the right or the product gone).
	ErrFeedRefused = errors.New("calendar: the subscription address serves nothing now")
)

// Feed is a created subscription address; URL is shown once.
type Feed struct {
	URL       string
	CreatedAt time.Time
}

// FeedInfo says whether the viewer has a live address, without the address.
type FeedInfo struct {
	Active    bool
	CreatedAt *time.Time
}

func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// owner is who may own an address for the calendar of employerID, from ctx.
func (s *Service) owner(ctx context.Context, employerID string) (*viewer.Principal, calendarfeed.OwnerKind, string, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, "", "", apperr.ErrUnauthenticated
	}
	switch v.Kind {
	case viewer.KindEmployee:
		if _, err := s.Features.Employee(ctx, feature.LeaveCalendar); err != nil {
			return nil, "", "", err
		}
		return v, calendarfeed.OwnerKindEMPLOYEE, v.EmployerID, nil
	case viewer.KindStaff:
		vw, err := s.staffView(ctx, employerID)
		if err != nil {
			return nil, "", "", err
		}
		return v, calendarfeed.OwnerKindSTAFF_USER, vw.employerID, nil
	}
	return nil, "", "", apperr.Forbiddenf("only employees and staff users subscribe to a leave calendar")
}

// CreateFeed makes a new subscription address for the viewer's calendar (employees: their
// own employer, employerID is ignored; staff: employerID), replacing any earlier one,
// which stops working. The URL is shown now and never again.
func (s *Service) CreateFeed(ctx context.Context, employerID string) (*Feed, error) {
	v, kind, emp, err := s.owner(ctx, employerID)
	if err != nil {
		return nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, fmt.Errorf("calendar: token: %w", err)
	}
	token := base64.RawURLEncoding.EncodeToString(raw)
	now := s.now()
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		sys := viewer.System(ctx)
		if _, err := tx.CalendarFeed.Update().Where(calendarfeed.OwnerID(v.ID), calendarfeed.EmployerID(emp),
			calendarfeed.RevokedAtIsNil()).SetRevokedAt(now).Save(sys); err != nil {
			return err
		}
		f, err := tx.CalendarFeed.Create().SetCreatedAt(now).SetProviderID(v.ProviderID).SetEmployerID(emp).
			SetOwnerKind(kind).SetOwnerID(v.ID).SetTokenHash(hashToken(token)).Save(sys)
		if err != nil {
			return err
		}
		return audit.Record(ctx, tx.Client(), feedEvent(now, ActionFeedCreated, v, emp, f.ID))
	})
	if err != nil {
		return nil, fmt.Errorf("calendar: create address: %w", err)
	}
	return &Feed{URL: strings.TrimRight(s.FeedBase, "/") + FeedPath + token + ".ics", CreatedAt: now}, nil
}

func feedEvent(at time.Time, a audit.Action, v *viewer.Principal, employerID, id string) audit.Event {
	e := audit.Event{At: at, Action: a, ProviderID: v.ProviderID, EmployerID: employerID, TargetType: "CalendarFeed", TargetID: id}
	if v.Kind == viewer.KindEmployee {
		e.PersonID = v.PersonID
	}
	return e
}

// RevokeFeed stops the viewer's address for the calendar at once; true when there was one.
func (s *Service) RevokeFeed(ctx context.Context, employerID string) (bool, error) {
	v, _, emp, err := s.owner(ctx, employerID)
	if err != nil {
		return false, err
	}
	now := s.now()
	revoked := false
	err = store.WithTx(ctx, s.Client, func(tx *ent.Tx) error {
		sys := viewer.System(ctx)
		fs, err := tx.CalendarFeed.Query().Where(calendarfeed.OwnerID(v.ID), calendarfeed.EmployerID(emp),
			calendarfeed.RevokedAtIsNil()).Modify(store.ForUpdate).All(sys)
		if err != nil {
			return err
		}
		for _, f := range fs {
			if err := tx.CalendarFeed.UpdateOne(f).SetRevokedAt(now).Exec(sys); err != nil {
				return err
			}
			if err := audit.Record(ctx, tx.Client(), feedEvent(now, ActionFeedRevoked, v, emp, f.ID)); err != nil {
				return err
			}
			revoked = true
		}
		return nil
	})
	if err != nil {
		return false, fmt.Errorf("calendar: revoke address: %w", err)
	}
	return revoked, nil
}

// FeedStatus says whether the viewer has a live address for the calendar.
func (s *Service) FeedStatus(ctx context.Context, employerID string) (*FeedInfo, error) {
	v, _, emp, err := s.owner(ctx, employerID)
	if err != nil {
		return nil, err
	}
	f, err := s.Client.CalendarFeed.Query().Where(calendarfeed.OwnerID(v.ID), calendarfeed.EmployerID(emp),
		calendarfeed.RevokedAtIsNil()).First(viewer.System(ctx))
	if ent.IsNotFound(err) {
		return &FeedInfo{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("calendar: address: %w", err)
	}
	return &FeedInfo{Active: true, CreatedAt: &f.CreatedAt}, nil
}

// validToken: 43 characters of base64url, the shape CreateFeed gives; anything else is
// not looked up.
func validToken(t string) bool {
	if len(t) != 43 {
		return false
	}
	return !strings.ContainsFunc(t, func(c rune) bool {
		return (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '-' && c != '_'
	})
}

// ServeFeed is the iCal calendar (RFC 5545) of the address with token, as its owner may
// see it now. ctx carries no principal: the address is the credential.
func (s *Service) ServeFeed(ctx context.Context, token string) ([]byte, error) {
	if !validToken(token) {
		return nil, ErrFeedNotFound
	}
	sys := viewer.System(ctx)
	f, err := s.Client.CalendarFeed.Query().Where(calendarfeed.TokenHash(hashToken(token))).Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrFeedNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("calendar: address: %w", err)
	}
	if f.RevokedAt != nil {
		return nil, ErrFeedNotFound
	}
	v, lang, err := s.feedOwner(sys, f)
	if err != nil {
		return nil, err
	}
	octx := viewer.NewContext(ctx, v)
	var vw view
	switch v.Kind {
	case viewer.KindEmployee:
		if err := s.Features.Require(octx, feature.LeaveCalendar); err != nil {
			return nil, ErrFeedRefused
		}
		vw = employeeView(v)
	default:
		vw, err = s.staffView(octx, f.EmployerID)
		if err != nil {
			return nil, ErrFeedRefused
		}
	}
	today := s.today()
	first := date.New(today.Year, today.Month, 1)
	from := date.Of(first.Time().AddDate(0, -feedMonthsBack, 0))
	to := date.Of(first.Time().AddDate(0, feedMonthsAhead+1, -1))
	people, _, err := s.read(ctx, vw, from, to, 0, MaxFeedPeople)
	if err != nil {
		return nil, err
	}
	return encodeICS(people, lang, s.now()), nil
}

// feedOwner is the principal of the address's owner as it stands now; ErrFeedRefused
// when the owner may no longer sign in.
func (s *Service) feedOwner(sys context.Context, f *ent.CalendarFeed) (*viewer.Principal, string, error) {
	switch f.OwnerKind {
	case calendarfeed.OwnerKindEMPLOYEE:
		a, err := s.Client.Account.Query().Where(account.ID(f.OwnerID)).WithPerson().Only(sys)
		if ent.IsNotFound(err) {
			return nil, "", ErrFeedRefused
		}
		if err != nil {
			return nil, "", fmt.Errorf("calendar: owner: %w", err)
		}
		if a.State != account.StateACTIVE || a.Edges.Person == nil || a.EmployerID != f.EmployerID {
			return nil, "", ErrFeedRefused
		}
		lang := "nl"
		if a.Language != nil {
			lang = string(*a.Language)
		}
		return auth.EmployeePrincipal(a, a.Edges.Person), lang, nil
	case calendarfeed.OwnerKindSTAFF_USER:
		u, err := s.Client.User.Query().Where(user.ID(f.OwnerID)).Only(sys)
		if ent.IsNotFound(err) {
			return nil, "", ErrFeedRefused
		}
		if err != nil {
			return nil, "", fmt.Errorf("calendar: owner: %w", err)
		}
		if u.State != user.StateACTIVE {
			return nil, "", ErrFeedRefused
		}
		return auth.StaffPrincipal(u), "nl", nil
	}
	return nil, "", ErrFeedRefused
}
