#!/bin/sh
# Fuzz every harness (fuzz/fuzz_*.c: words, command, csv, sql, and any
# other added there) with libFuzzer for a fixed budget each, then print
# executions, coverage and crashes. Not part of the normal test run: it
# needs clang and takes minutes.
#
#   fuzz/run.sh [SECONDS]        (default 60 per harness)
#   HARNESSES="sql csv" fuzz/run.sh 600     only those
#   KEEP=1 fuzz/run.sh 600       also keep what was found: merge it into
#                                fuzz/corpus/NAME, minimised (only inputs
#                                that add coverage), and add the run's
#                                executions to fuzz/executions.txt
#   SANITIZE=undefined fuzz/run.sh 600   UBSan without ASan: about twice
#                                the executions a second, blind to memory
#                                errors that do not crash
#
# Ctrl-C stops it early and keeps what was done (the executions counted,
# the corpus merged with KEEP=1), as does kill -TERM (a run started in the
# background with & ignores SIGINT). Two may run side by side, on other
# harnesses, each with its own BUILD_DIR.
#
# Builds into build-fuzz/ (or $BUILD_DIR) with clang, ASan and UBSan
# (build-fuzz-undefined/ for SANITIZE=undefined). fuzz/executions.txt
# counts each harness's executions by the sanitizers they ran under. New
# inputs found are kept in a scratch corpus ($BUILD_DIR/corpus-NAME);
# crashing inputs are saved in $BUILD_DIR/artifacts/ and make the script
# exit 1. On a shared machine run it under nice, one at a time.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUDGET=${1:-60}
SANITIZE=${SANITIZE:-address,undefined}
case "$SANITIZE" in
  address,undefined) BUILD_DIR=${BUILD_DIR:-build-fuzz}; OPT=-O1 ;;
  undefined) BUILD_DIR=${BUILD_DIR:-build-fuzz-undefined}; OPT=-O2 ;;
  *) echo "fuzz/run.sh: SANITIZE is address,undefined (the default) or undefined, not '$SANITIZE'" >&2; exit 2 ;;
esac
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac

# clang with libFuzzer: installed here, by this script only.
if ! command -v clang >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang >/dev/null
fi
probe=$(mktemp -d)
printf '#include <stddef.h>\n#include <stdint.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { (void)d; (void)n; return 0; }\n' >"$probe/p.c"
if ! clang -fsanitize=fuzzer "$probe/p.c" -o "$probe/p" 2>/dev/null; then
  # libFuzzer's runtime is packaged apart from clang in newer Debian.
  major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "libclang-rt-$major-dev" >/dev/null
fi
rm -rf "$probe"

SAN="-fsanitize=$SANITIZE -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g $OPT"
cmake -S . -B "$BUILD_DIR" -DCMAKE_C_COMPILER=clang -DCASEAUDIT_TESTS=OFF -DCASEAUDIT_TEST_CLOCK=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $SAN" >/dev/null
cmake --build "$BUILD_DIR" --target caseaudit_core -j"$(nproc)" >/dev/null
LIBS="$(pkg-config --libs sqlite3 libedit nettle) -lcsv -lm"

if [ -z "${HARNESSES:-}" ]; then
  HARNESSES=$(for f in fuzz/fuzz_*.c; do basename "$f" .c | sed 's/^fuzz_//'; done | tr '\n' ' ')
fi

mkdir -p "$BUILD_DIR/artifacts"
status=0
summary=""
# Ctrl-C (or kill -TERM of this script) stops the fuzzer running and
# the harnesses after it, and keeps what was done: the executions are
# counted and, with KEEP=1, the corpus merged, as at the end of a budget.
interrupted=0
child=""
# shellcheck disable=SC2317 # called by the trap
on_signal() {
  interrupted=1
  if [ -n "$child" ]; then kill -INT "$child" 2>/dev/null || true; fi
}
trap on_signal INT TERM
for h in $HARNESSES; do
  [ "$interrupted" = 0 ] || break
  # shellcheck disable=SC2086
  clang -fsanitize=fuzzer $SAN -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -I src \
    "fuzz/fuzz_$h.c" "$BUILD_DIR/libcaseaudit_core.a" $LIBS -o "$BUILD_DIR/fuzz_$h"
  work="$BUILD_DIR/corpus-$h"
  mkdir -p "$work"
  # Each harness runs in its own scratch directory: anything a fuzzed
  # command writes lands there, not in the source tree.
  scratch="$BUILD_DIR/scratch-$h"
  rm -rf "$scratch"
  mkdir -p "$scratch"
  dict=""
  if [ -f "fuzz/$h.dict" ]; then dict="-dict=$ROOT/fuzz/$h.dict"; fi
  rm -f "$BUILD_DIR/fuzz_$h".*.log
  echo "== fuzz_$h: $BUDGET s =="
  # libFuzzer stops at the first crash or hang: note it and go on fuzzing
  # for the rest of the budget, so one finding does not hide the next.
  execs=0
  crashes=0
  began=$(date +%s)
  round=0
  while [ "$interrupted" = 0 ]; do
    left=$((BUDGET - ($(date +%s) - began)))
    [ "$left" -gt 0 ] || break
    round=$((round + 1))
    log="$BUILD_DIR/fuzz_$h.$round.log"
    set +e
    # In the background, so that a signal reaches the trap at once (the
    # shell runs a trap only once the command it waits for returns).
    # shellcheck disable=SC2086
    (cd "$scratch" && exec "$BUILD_DIR/fuzz_$h" -max_total_time="$left" -timeout=25 -rss_limit_mb=2048 \
      -max_len=4096 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$h-" $dict \
      "$work" "$ROOT/fuzz/corpus/$h") >"$log" 2>&1 &
    child=$!
    # wait returns early when a trapped signal arrives: wait again for
    # the fuzzer's own status.
    while :; do
      wait "$child"
      rc=$?
      kill -0 "$child" 2>/dev/null || break
    done
    child=""
    set -e
    n=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    if [ -z "$n" ]; then
      # A crash ends the run before the final statistics: take the last status line.
      n=$(sed -n 's/^#\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
    fi
    execs=$((execs + ${n:-0}))
    # 72: libFuzzer's exit when interrupted (SIGINT, SIGTERM), not a finding.
    if [ "$rc" -eq 72 ] && grep -q 'libFuzzer: run interrupted' "$log"; then
      interrupted=1
      echo "fuzz_$h: interrupted; keeping its $execs executions"
    elif [ "$rc" -ne 0 ]; then
      crashes=$((crashes + 1))
      status=1
      echo "fuzz_$h: FOUND A PROBLEM (exit $rc); see $log"
      grep -m 3 'ERROR\|SUMMARY\|Test unit written' "$log" || true
      grep -m 12 '^    #[0-9]* .* in .*/src/' "$log" || true
    fi
  done
  cov=$(grep -h -o 'cov: [0-9]*' "$BUILD_DIR/fuzz_$h".*.log | sed 's/cov: //' | sort -n | tail -n 1)
  if [ "${KEEP:-0}" = 1 ]; then
    # Minimise: a fresh folder receives only the inputs that add coverage.
    # Only a merge that finished replaces the kept corpus (one stopped
    # half-way would drop inputs); the signals wait till it has.
    merged="$BUILD_DIR/merged-$h"
    rm -rf "$merged"
    mkdir -p "$merged" "fuzz/corpus/$h"
    trap '' INT TERM
    if (cd "$scratch" && "$BUILD_DIR/fuzz_$h" -merge=1 -timeout=25 -rss_limit_mb=2048 -max_len=4096 \
      "$merged" "$ROOT/fuzz/corpus/$h" "$work") >"$BUILD_DIR/fuzz_$h.merge.log" 2>&1 &&
      [ "$(find "$merged" -type f | wc -l)" -gt 0 ]; then
      rm -rf "fuzz/corpus/$h"
      mv "$merged" "fuzz/corpus/$h"
    else
      echo "fuzz_$h: the merge failed (see $BUILD_DIR/fuzz_$h.merge.log); fuzz/corpus/$h is as it was, the new inputs are in $work"
    fi
    # One line per harness and sanitizer set: fuzz_NAME SANITIZERS
    # EXECUTIONS; read and written under a lock on fuzz/, so that runs side
    # by side (another BUILD_DIR, other harnesses) do not lose each other's.
    {
      flock 9
      total=$(awk -v h="fuzz_$h" -v s="$SANITIZE" '$1 == h && $2 == s { print $3 }' fuzz/executions.txt 2>/dev/null | tail -n 1)
      total=$(( ${total:-0} + execs ))
      { awk -v h="fuzz_$h" -v s="$SANITIZE" '!($1 == h && $2 == s)' fuzz/executions.txt 2>/dev/null || true
        echo "fuzz_$h $SANITIZE $total"; } | sort >"fuzz/executions.new.$$"
      mv "fuzz/executions.new.$$" fuzz/executions.txt
    } 9<fuzz
    trap on_signal INT TERM
  fi
  corpus=$(find "$work" -type f | wc -l)
  kept=$(find "fuzz/corpus/$h" -type f 2>/dev/null | wc -l)
  line="fuzz_$h ($SANITIZE): $execs executions, coverage ${cov:-?} edges, $crashes crashes or hangs, corpus $corpus inputs ($kept kept in fuzz/corpus/$h)"
  echo "$line"
  summary="$summary$line
"
done
echo "== summary =="
printf '%s' "$summary"
if [ -f fuzz/executions.txt ]; then
  echo "== executions in total (fuzz/executions.txt) =="
  awk '{ n[$1] += $3; by[$1] = by[$1] sprintf("%s%s %d", by[$1] == "" ? "" : ", ", $2, $3) }
       END { for (h in n) printf "%s %d (%s)\n", h, n[h], by[h] }' fuzz/executions.txt | sort
fi
# Stopped early: 130, as for any command Ctrl-C ends (1 still wins: a finding).
if [ "$interrupted" = 1 ] && [ "$status" -eq 0 ]; then status=130; fi
exit $status
