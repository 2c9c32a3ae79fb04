#!/bin/sh
# run.sh - runs every test of a build and prints the total.
#
#   sh tests/run.sh [BUILD_DIR]        (default: build; `make test` passes it)
#
# Runs each BUILD_DIR/tests/test_* binary, then tests/golden.sh (when it
# exists; test_golden covers the golden files now) and tests/cli.sh, all from
# the repository root. Each prints a line ending in "N passed, N failed";
# the last line of this script is the sum, "N passed, N failed", alone.
# A program that crashes, times out, prints no summary or exits nonzero
# without reporting a failure counts as one more failure. Exit status: 0 when
# nothing failed, 1 otherwise.
#
# NM_TEST_TIMEOUT (seconds, default 1800) bounds each program when timeout(1)
# is available.

B=${1:-build}
cd "$(dirname "$0")/.." || exit 1
case $B in
/*) ;;
*) B=$(pwd)/$B ;;
esac
LIMIT=${NM_TEST_TIMEOUT:-1800}

out=$(mktemp "${TMPDIR:-/tmp}/nm-run.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT
trap 'rm -f "$out"; exit 1' HUP INT TERM

total_pass=0
total_fail=0
ran=0

# run NAME COMMAND... : runs one test program and adds up its summary.
run() {
  name=$1
  shift
  ran=$((ran + 1))
  if command -v timeout >/dev/null 2>&1; then
    timeout "$LIMIT" "$@" >"$out"
  else
    "$@" >"$out"
  fi
  rc=$?
  cat "$out"
  # the last "N passed, N failed" line: its two numbers
  counts=$(awk '
    match($0, /[0-9]+ passed, [0-9]+ failed$/) {
      s = substr($0, RSTART, RLENGTH); split(s, f, " "); p = f[1]; q = f[3]; seen = 1
    }
    END { if (seen) print p, q }' "$out")
  if [ -z "$counts" ]; then
    case $rc in
    124) why="timed out after ${LIMIT}s" ;;
    0) why="printed no summary line" ;;
    *) why="crashed or failed with exit status $rc, and printed no summary line" ;;
    esac
    echo "run.sh: $name $why" >&2
    total_fail=$((total_fail + 1))
    return
  fi
  passed=${counts% *}
  failed=${counts#* }
  total_pass=$((total_pass + passed))
  total_fail=$((total_fail + failed))
  # exit status 1 with failures reported is the normal way to fail; any
  # other nonzero status (a sanitizer abort at exit, a leak, a signal) is
  # a failure of its own
  if [ "$rc" -ne 0 ] && ! { [ "$rc" -eq 1 ] && [ "$failed" -gt 0 ]; }; then
    echo "run.sh: $name exited with status $rc after its summary" >&2
    total_fail=$((total_fail + 1))
  fi
}

for t in "$B"/tests/test_*; do
  if [ ! -f "$t" ] || [ ! -x "$t" ]; then continue; fi
  run "${t##*/}" "$t"
done
if [ "$ran" -eq 0 ]; then
  echo "run.sh: no test programs in $B/tests (build them with make)" >&2
  total_fail=$((total_fail + 1))
fi

if [ -f tests/golden.sh ]; then
  run golden.sh sh tests/golden.sh "$B"
fi
run cli.sh sh tests/cli.sh "$B"

echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
