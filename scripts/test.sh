#!/usr/bin/env bash
# make test: every layer of tests. What must come first runs first (generated code is current, the
# lint is clean, the SPA and the binary are built); then the independent layers run side by side in
# two streams, one per core: the browser tests in one, the Go suite on Postgres, then on SQLite,
# then the SPA's unit tests in the other. Each layer's whole output goes to .test-output/LAYER.log; the console
# gets one line per layer, the log's tail of a failing layer, and a summary with the counts.
set -uo pipefail
cd "$(dirname "$0")/.."

out=.test-output
mkdir -p "$out"
rm -f "$out"/*.log "$out"/*.rc "$out"/*.secs
started=$(date +%s)

# run NAME CMD…: runs a layer with its output in the log, records exit code and seconds.
run() {
	local name=$1 t0 rc
	shift
	t0=$(date +%s)
	echo "  $name: started"
	"$@" >"$out/$name.log" 2>&1
	rc=$?
	echo "$rc" >"$out/$name.rc"
	echo $(($(date +%s) - t0)) >"$out/$name.secs"
	if [ "$rc" -eq 0 ]; then
		echo "  $name: ok ($(cat "$out/$name.secs") s)"
	else
		echo "  $name: FAILED ($(cat "$out/$name.secs") s), log in $out/$name.log"
	fi
	return "$rc"
}

# counts NAME prints "passed failed skipped" read from a layer's log.
counts() {
	local log="$out/$1.log"
	[ -f "$log" ] || { echo "0 0 0"; return; }
	case $1 in
	go-*)
		# Top-level tests only (subtests are indented).
		echo "$(grep -c '^--- PASS' "$log") $(grep -c '^--- FAIL' "$log") $(grep -c '^--- SKIP' "$log")"
		;;
	vitest)
		# "Tests  487 passed | 2 skipped (489)" (colour codes removed)
		local line
		line=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ +Tests ' | tail -1)
		echo "$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0) $(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0) $(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
		;;
	e2e)
		# Playwright's list reporter ends with "  50 passed (4.2m)", "  1 failed", "  6 skipped".
		local tail
		tail=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -40)
		echo "$(grep -oE '^ +[0-9]+ passed' <<<"$tail" | grep -oE '[0-9]+' | tail -1 || echo 0) $(grep -oE '^ +[0-9]+ failed' <<<"$tail" | grep -oE '[0-9]+' | tail -1 || echo 0) $(grep -oE '^ +[0-9]+ skipped' <<<"$tail" | grep -oE '[0-9]+' | tail -1 || echo 0)"
		;;
	*) echo "0 0 0" ;;
	esac
}

# explain NAME prints what a reader needs of a failing layer: the failures, then the log's end.
explain() {
	local log="$out/$1.log"
	echo
	echo "==================== $1 failed; the end of $log ===================="
	case $1 in
	go-*) grep -E -B2 -A25 '^\s*--- FAIL|^FAIL|panic:' "$log" | head -300 ;;
	*) sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -150 ;;
	esac
}

echo "make test: checks that come first"
for layer in check-generated lint build; do
	if ! run "$layer" make --no-print-directory "$layer"; then
		explain "$layer"
		exit 1
	fi
done

echo "make test: the test layers, two streams side by side"
pg_url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
go_flags=${GO_TEST_FLAGS:--count=1 -timeout 15m}
# The browser tests are the longest layer; they get a stream of their own from the start, the
# other layers follow one another in the second.
# shellcheck disable=SC2086 # go_flags are several flags
(
	run go-postgres env TEST_DATABASE_URL="$pg_url" go test $go_flags -v ./...
	run go-sqlite env -u TEST_DATABASE_URL -u DATABASE_URL go test $go_flags -v ./...
	run vitest npm run --silent test:unit
) &
go_stream=$!
(
	run e2e npx playwright test
) &
web_stream=$!
wait "$go_stream" "$web_stream"

layers=(check-generated lint build go-postgres go-sqlite vitest e2e)
total_pass=0 total_fail=0 total_skip=0 failed_layers=()
for layer in "${layers[@]}"; do
	rc=$(cat "$out/$layer.rc" 2>/dev/null || echo 1)
	[ "$rc" -eq 0 ] || failed_layers+=("$layer")
done
for layer in "${failed_layers[@]}"; do explain "$layer"; done

echo
echo "make test: summary ($(($(date +%s) - started)) s in all)"
printf '  %-16s %-7s %6s %7s %8s %6s\n' layer result passed failed skipped secs
for layer in "${layers[@]}"; do
	rc=$(cat "$out/$layer.rc" 2>/dev/null || echo 1)
	read -r p f s <<<"$(counts "$layer")"
	total_pass=$((total_pass + p)) total_fail=$((total_fail + f)) total_skip=$((total_skip + s))
	printf '  %-16s %-7s %6s %7s %8s %6s\n' "$layer" "$([ "$rc" -eq 0 ] && echo ok || echo FAILED)" "$p" "$f" "$s" "$(cat "$out/$layer.secs" 2>/dev/null || echo -)"
done
echo "${total_pass} passed, ${total_fail} failed, ${total_skip} skipped"
if [ "${#failed_layers[@]}" -gt 0 ]; then
	echo "make test: FAILED (${failed_layers[*]})"
	exit 1
fi
echo "make test: all green"
