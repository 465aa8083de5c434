#!/usr/bin/env bash
# make test: every layer of tests. The build comes first: the browser tests need the binary, and they
# are the longest layer, so they start right after it. Then two runners, one per core, work through
# the other layers while the browser tests run: whichever runner is free takes the next one. The
# check of generated code comes first among them, because `make generate` rewrites the generated
# files the lint and the Go tests read (the browser tests run the binary built before it, and
# codegen leaves its unchanged files alone); when it fails, no further layer starts. Each layer's
# whole output goes to .test-output/LAYER.log; the console gets one line per layer, the log's tail
# of a failing layer, and a summary with the counts.
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
	go)
		# Top-level tests only (subtests are indented), on both databases together.
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
	# Each failure under the database it ran on (the wrapper's "=== database" lines), with the ten
	# lines up to it (a test's log comes before its "--- FAIL") and the 25 after it.
	go)
		awk '/^=== database /{db=$3}
			{line[NR % 10] = $0}
			/^[ \t]*--- FAIL|^FAIL|panic:|^--- the run on/ {
				print "[" db "]"
				for (i = NR - 9; i <= NR; i++) if (i > shown) print line[i % 10]
				shown = NR; n = 25; next
			}
			n > 0 {print; shown = NR; n--}' "$log" | head -300
		;;
	*) sed 's/\x1b\[[0-9;]*m//g' "$log" | tail -150 ;;
	esac
}

echo "make test: the build, which the browser tests need"
if ! run build make --no-print-directory build; then
	explain build
	exit 1
fi

pg_url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
go_flags=${GO_TEST_FLAGS:--count=1 -timeout 15m}

# layer NAME runs one layer after the build.
layer() {
	case $1 in
	e2e) run e2e npx playwright test ;;
	check-generated | lint-go | lint-web) run "$1" make --no-print-directory "$1" ;;
	# One go test links each test binary once and runs it on Postgres, then on SQLite (see the
	# wrapper). Its vet checks are off: lint-go runs all of go vet's analyzers (golangci-lint's govet).
	# shellcheck disable=SC2086 # go_flags are several flags
	go) run go env TEST_DATABASE_URL="$pg_url" go test -vet=off -exec "$PWD/scripts/go-test-both-databases.sh" $go_flags -v ./... ;;
	vitest) run vitest npm run --silent test:unit ;;
	esac
}

# The layers that read the sources, once the generated code is checked, longest first, so that the
# runner that finishes the browser tests finds only short ones left to share (with the lint before
# the Go tests, vitest was the last to end, six minutes after the browser tests). The lint is two
# layers, Go and SPA, for the same reason: as one, it ran its halves one after another for the
# last two and a half minutes, alone on the machine. A runner claims a layer by creating its claim
# directory (mkdir is atomic), so each runs once.
queue=(go lint-go vitest lint-web)
rm -rf "$out"/.claim-*
runner() {
	layer "$1"
	# The other runner may still be checking the generated code.
	until [ -f "$out/check-generated.rc" ]; do sleep 1; done
	[ "$(cat "$out/check-generated.rc")" -eq 0 ] || return 0
	local next
	for next in "${queue[@]}"; do
		mkdir "$out/.claim-$next" 2>/dev/null && layer "$next"
	done
	return 0
}
echo "make test: the browser tests, and beside them the other layers one after another"
runner e2e &
first=$!
runner check-generated &
second=$!
wait "$first" "$second"
rm -rf "$out"/.claim-*

layers=(build check-generated lint-go lint-web go vitest e2e)
total_pass=0 total_fail=0 total_skip=0 failed_layers=() not_run=()
for layer in "${layers[@]}"; do
	if [ ! -f "$out/$layer.rc" ]; then
		not_run+=("$layer")
	elif [ "$(cat "$out/$layer.rc")" -ne 0 ]; then
		failed_layers+=("$layer")
	fi
done
for layer in "${failed_layers[@]}"; do explain "$layer"; done

echo
echo "make test: summary ($(($(date +%s) - started)) s in all)"
printf '  %-16s %-7s %6s %7s %8s %6s\n' layer result passed failed skipped secs
for layer in "${layers[@]}"; do
	if [ ! -f "$out/$layer.rc" ]; then
		printf '  %-16s %-7s\n' "$layer" "not run"
		continue
	fi
	rc=$(cat "$out/$layer.rc")
	read -r p f s <<<"$(counts "$layer")"
	total_pass=$((total_pass + p)) total_fail=$((total_fail + f)) total_skip=$((total_skip + s))
	printf '  %-16s %-7s %6s %7s %8s %6s\n' "$layer" "$([ "$rc" -eq 0 ] && echo ok || echo FAILED)" "$p" "$f" "$s" "$(cat "$out/$layer.secs")"
done
echo "${total_pass} passed, ${total_fail} failed, ${total_skip} skipped"
if [ "${#failed_layers[@]}" -gt 0 ] || [ "${#not_run[@]}" -gt 0 ]; then
	echo "make test: FAILED (${failed_layers[*]}${not_run[*]:+; not run: ${not_run[*]}})"
	exit 1
fi
echo "make test: all green"
