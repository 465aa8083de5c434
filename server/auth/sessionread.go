package auth

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/werkportaal/werkportaal/ent"
	"github.com/werkportaal/werkportaal/ent/apiclient"
	"github.com/werkportaal/werkportaal/ent/session"
	"github.com/werkportaal/werkportaal/ent/user"
)

// The columns Authenticate reads: none of the session's refresh hashes, the user's
// password hash, second-factor secrets and recovery codes, or the API client's secret
// hashes, which a request never needs.
var (
	authSessionColumns = without(session.Columns, session.FieldRefreshHash, session.FieldPreviousRefreshHash)
	authUserColumns    = without(user.Columns, user.FieldPasswordHash,
		user.FieldTotpSecret, user.FieldTotpPendingSecret, user.FieldRecoveryCodeHashes)
	authClientColumns = without(apiclient.Columns, apiclient.FieldSecretHash, apiclient.FieldPreviousSecretHash)
)

// without is cols less drop, in their order.
func without(cols []string, drop ...string) []string {
	return slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return slices.Contains(drop, c) })
}

// sessionOwner is the owner of a session as readSession read it with the session: the
// staff user of a staff session, the API client of an integrator's; nil when the
// session is of another kind or its owner is gone.
type sessionOwner struct {
	staff  *ent.User
	client *ent.APIClient
}

// readSession reads the session and, for a staff or an integrator's session, its user
// or API client in the same statement: every request authenticates, and a second round
// trip for the owner was a third of an employments page's statements. A missing
// session is errSession. The read is the system's, as Session.Get(viewer.System) was:
// no tenant applies before the principal is known.
func (s *Service) readSession(ctx context.Context, id string) (ses *ent.Session, owner sessionOwner, err error) {
	if s.Dialect != dialect.Postgres && s.Dialect != dialect.SQLite {
		return nil, owner, fmt.Errorf("auth: unsupported dialect %q", s.Dialect)
	}
	b := sql.Dialect(s.Dialect)
	st, ut, ct := b.Table(session.Table), b.Table(user.Table).As("u"), b.Table(apiclient.Table).As("c")
	ownerIs := func(t *sql.SelectTable, idColumn, kind string) *sql.Predicate {
		return sql.And(sql.ColumnsEQ(t.C(idColumn), st.C(session.FieldSubjectID)), sql.EQ(st.C(session.FieldKind), kind))
	}
	sel := b.Select().From(st).
		LeftJoin(ut).OnP(ownerIs(ut, user.FieldID, session.KindSTAFF_USER.String())).
		LeftJoin(ct).OnP(ownerIs(ct, apiclient.FieldID, session.KindAPI_CLIENT.String())).
		Where(sql.EQ(st.C(session.FieldID), id))
	for _, c := range authSessionColumns {
		sel.AppendSelect(st.C(c))
	}
	for _, c := range authUserColumns {
		sel.AppendSelectAs(ut.C(c), "u_"+c)
	}
	for _, c := range authClientColumns {
		sel.AppendSelectAs(ct.C(c), "c_"+c)
	}
	query, args := sel.Query()
	rows, err := s.Client.QueryRows(ctx, query, args...)
	if err != nil {
		return nil, owner, err
	}
	defer func() { err = errors.Join(err, rows.Close()) }()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, owner, err
		}
		return nil, owner, errSession
	}
	sv, makeSession := s.Client.Session.Scanner(authSessionColumns)
	uv, makeUser := s.Client.User.Scanner(authUserColumns)
	cv, makeClient := s.Client.APIClient.Scanner(authClientColumns)
	if err := rows.Scan(append(append(sv, uv...), cv...)...); err != nil {
		return nil, owner, err
	}
	if ses, err = makeSession(); err != nil {
		return nil, owner, err
	}
	if owner.staff, err = makeUser(); err != nil {
		return nil, owner, err
	}
	if owner.client, err = makeClient(); err != nil {
		return nil, owner, err
	}
	if owner.staff.ID == "" {
		owner.staff = nil
	}
	if owner.client.ID == "" {
		owner.client = nil
	}
	return ses, owner, nil
}
