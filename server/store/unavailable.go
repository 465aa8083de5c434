package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Unavailable reports whether err means that the database could not be reached or
// went away during the request, as opposed to a fault of the request or the code: a
// refused or failed connection, a connection lost mid-statement, a server that shuts
// down or refuses new sessions, a pool that timed out waiting. Such a request may
// succeed when repeated later, so it is answered SERVICE_UNAVAILABLE, not INTERNAL.
func Unavailable(err error) bool {
	if err == nil {
		return false
	}
	var (
		connErr   *pgconn.ConnectError
		pgErr     *pgconn.PgError
		netErr    net.Error
		sqliteErr *sqlite.Error
	)
	switch {
	case errors.Is(err, driver.ErrBadConn), errors.Is(err, sql.ErrConnDone),
		errors.Is(err, pgconn.ErrConnClosed), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, context.DeadlineExceeded), pgconn.Timeout(err):
		return true
	case errors.As(err, &connErr), errors.As(err, &netErr):
		return true
	case errors.As(err, &pgErr):
		return pgUnavailable(pgErr.Code)
	case errors.As(err, &sqliteErr):
		switch sqliteErr.Code() & 0xff { // the primary code; extended codes add high bits
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_BUSY:
			return true
		}
		return false
	}
	// database/sql does not export the error of a closed pool (a shutting-down store).
	return strings.Contains(err.Error(), "sql: database is closed")
}

// pgUnavailable: the SQLSTATEs of a lost or refused connection — class 08 (connection
// exception), the server shutting down or starting (57P01–57P03), too many connections.
func pgUnavailable(code string) bool {
	return strings.HasPrefix(code, "08") || code == "57P01" || code == "57P02" || code == "57P03" || code == "53300"
}
