#!/bin/sh
# Run the end-to-end suite with every caseaudit process under valgrind:
# memory errors and definitely lost blocks fail the run. Not part of the
# normal test run (it is slow): run it by hand or before a release.
#
#   scripts/valgrind.sh [tests/e2e/NAME.t ...]    (default: all of them)
#
# Builds a plain Debug binary in build-valgrind/ (or $BUILD_DIR); each
# process's report goes to $BUILD_DIR/valgrind/, and the reports that
# are not empty are printed at the end. Under valgrind's slowdown (about
# fifty times) streaming.t's two million-row sql statements pass sql's
# 10-second CPU limit and are stopped, as the limit should: their output
# differs, and that transcript fails without any report; look at the
# reports, not at that transcript's steps.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${BUILD_DIR:-build-valgrind}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

if ! command -v valgrind >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq valgrind >/dev/null
fi

# The e2e tests fix today: a test build.
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Debug -DCASEAUDIT_TESTS=OFF -DCASEAUDIT_TEST_CLOCK=ON >/dev/null
cmake --build "$BUILD_DIR" --target caseaudit -j"$(nproc)" >/dev/null

logs="$BUILD_DIR/valgrind"
rm -rf "$logs"
mkdir -p "$logs"
# -q: a clean process writes nothing; %p: one report per process.
CASEAUDIT_WRAPPER="valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite \
--show-leak-kinds=definite --log-file=$logs/%p.log"
export CASEAUDIT_WRAPPER

if [ "$#" -gt 0 ]; then scripts="$*"; else scripts=$(ls tests/e2e/*.t); fi
passed=0
failed=0
for t in $scripts; do
  out="$logs/$(basename "$t" .t).out"
  if python3 tests/e2e/run.py "$BUILD_DIR/caseaudit" "$t" >"$out" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAIL $t under valgrind:"
    sed 's/^/  /' "$out" | head -n 40
  fi
  echo "$(tail -n 1 "$out")  $t"
done

processes=$(find "$logs" -name '*.log' | wc -l)
reports=$(find "$logs" -name '*.log' -size +0 | wc -l)
echo "== valgrind: $processes caseaudit processes, $reports with a report =="
for f in $(find "$logs" -name '*.log' -size +0 | head -n 10); do
  echo "--- $f"
  head -n 60 "$f"
done
if [ "$reports" -gt 0 ]; then failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
