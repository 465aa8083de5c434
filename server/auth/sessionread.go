package auth

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
)

// The columns Authenticate reads: neither the session's refresh hashes nor the user's
// password hash, which a request never needs.
var (
	authSessionColumns = without(session.Columns, session.FieldRefreshHash, session.FieldPreviousRefreshHash)
	authUserColumns    = without(user.Columns, user.FieldPasswordHash)
)

// without is cols less drop, in their order.
func without(cols []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return slices.Contains(drop, c) })
}

// readSession reads the session id and, for a staff session, its user in the same
// statement: every staff request authenticates, and a second round trip for the user
// was a quarter of an employments page's statements. u is nil when the session is
// not a staff session or its user is gone; a missing session is errSession. The
// read is the system's, as Session.Get(viewer.System) was: no tenant applies before
// the principal is known.
func (s *Service) readSession(ctx context.Context, id string) (ses *ent.Session, u *ent.User, err error) {
	if s.Dialect != dialect.Postgres && s.Dialect != dialect.SQLite {
		return nil, nil, fmt.Errorf("auth: unsupported dialect %q", s.Dialect)
	}
	b := sql.Dialect(s.Dialect)
	st, ut := b.Table(session.Table), b.Table(user.Table).As("u")
	sel := b.Select().From(st).LeftJoin(ut).OnP(sql.And(
		sql.ColumnsEQ(ut.C(user.FieldID), st.C(session.FieldSubjectID)),
		sql.EQ(st.C(session.FieldKind), session.KindSTAFF_USER),
	)).Where(sql.EQ(st.C(session.FieldID), id))
	for _, c := range authSessionColumns {
		sel.AppendSelect(st.C(c))
	}
	for _, c := range authUserColumns {
		sel.AppendSelectAs(ut.C(c), "u_"+c)
	}
	query, args := sel.Query()
	rows, err := s.Client.QueryRows(ctx, query, args...)
	if err != nil {
		return nil, nil, err
	}
	defer func() { err = errors.Join(err, rows.Close()) }()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, nil, err
		}
		return nil, nil, errSession
	}
	sv, makeSession := s.Client.Session.Scanner(authSessionColumns)
	uv, makeUser := s.Client.User.Scanner(authUserColumns)
	if err := rows.Scan(append(sv, uv...)...); err != nil {
		return nil, nil, err
	}
	if ses, err = makeSession(); err != nil {
		return nil, nil, err
	}
	if u, err = makeUser(); err != nil {
		return nil, nil, err
	}
	if u.ID == "" {
		u = nil
	}
	return ses, u, nil
}
