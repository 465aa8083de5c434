#!/usr/bin/env bash
# go test -exec wrapper: runs a test binary on PostgreSQL (TEST_DATABASE_URL), then on SQLite.
#
# make test used to run `go test ./...` twice, once per database. Each run linked all test
# binaries again and ran go test's vet checks again: about 80 s of CPU, spent twice
# for the same binaries. Through this wrapper one go test links each binary once and runs it on
# both databases. A line "=== database NAME" starts each run, so a failure in the log says on which
# database it happened; the exit status is the first failing run's.
#
# Usage: TEST_DATABASE_URL=postgres://… go test -exec "$PWD/scripts/go-test-both-databases.sh" …
set -uo pipefail

bin=$1
shift
[ -n "${TEST_DATABASE_URL:-}" ] || {
	echo "go-test-both-databases: TEST_DATABASE_URL is not set" >&2
	exit 2
}
echo "=== database postgres"
"$bin" "$@"
pg=$?
echo "=== database sqlite"
env -u TEST_DATABASE_URL -u DATABASE_URL "$bin" "$@"
lite=$?
[ "$pg" -eq 0 ] || echo "--- the run on postgres failed"
[ "$lite" -eq 0 ] || echo "--- the run on sqlite failed"
[ "$pg" -ne 0 ] && exit "$pg"
exit "$lite"
