#!/usr/bin/env bash
# Runs the Go tests with the wall clock of every test binary moved DAYS ahead (default 365), to
# prove that no test depends on today's date. libfaketime cannot do this for Go: the runtime reads
# the clock through the vDSO, not libc. Instead the build gets an overlay of the standard library's
# time.Now that adds the shift to the wall reading; monotonic readings (timeouts, time.Since) stay
# true. The Go toolchain itself is not affected, and nothing in the checkout changes.
#
# Usage: scripts/go-test-shifted-clock.sh [DAYS] [go test arguments…]
#        (TEST_DATABASE_URL decides Postgres or SQLite, as for make test-go-postgres/-sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."

days=${1:-365}
shift || true
[ "$#" -gt 0 ] || set -- -count=1 -timeout 20m ./...

goroot=$(go env GOROOT)
src="$goroot/src/time/time.go"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/time" "$work/probe"

anchor='	sec, nsec, mono := runtimeNow()'
grep -qxF "$anchor" "$src" || {
	echo "time.Now in $src no longer starts with '$anchor'; update this script" >&2
	exit 1
}
# The one changed line: the wall seconds get the shift.
sed "s/^$anchor\$/$anchor; sec += $((days * 86400))/" "$src" >"$work/time/time.go"
printf '{"Replace":{"%s":"%s"}}\n' "$src" "$work/time/time.go" >"$work/overlay.json"

cat >"$work/probe/probe_test.go" <<'EOF'
package probe

import (
	"testing"
	"time"
)

func TestShift(t *testing.T) { t.Log(time.Now().UTC().Format(time.RFC3339)) }
EOF
echo "wall clock of the test binaries: $(cd "$work/probe" && GOFLAGS= go mod init probe >/dev/null 2>&1 &&
	go test -overlay "$work/overlay.json" -count=1 -v . 2>&1 | grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]+Z' | head -1) (today: $(date -u +%FT%TZ))"

go test -overlay "$work/overlay.json" "$@"
