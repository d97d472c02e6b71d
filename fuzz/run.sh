#!/bin/sh
# Fuzz the command-line parser (and the CSV importer, when built) with
# libFuzzer for a fixed budget each, then print executions and crashes.
# Not part of the normal test run: it needs clang and takes minutes.
#
#   fuzz/run.sh [SECONDS]        (default 60 per harness)
#
# Builds into build-fuzz/ (or $BUILD_DIR) with clang, ASan and UBSan. New
# inputs found are kept in a scratch corpus, not in fuzz/corpus/ (the seeds
# in the repository stay small); crashing inputs are saved in
# $BUILD_DIR/artifacts/ and make the script exit 1.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUDGET=${1:-60}
BUILD_DIR=${BUILD_DIR:-build-fuzz}
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

SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
cmake -S . -B "$BUILD_DIR" -DCMAKE_C_COMPILER=clang -DCASEAUDIT_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link $SAN" >/dev/null
cmake --build "$BUILD_DIR" --target caseaudit_core -j"$(nproc)" >/dev/null
LIBS="$(pkg-config --libs sqlite3 libedit) -lcsv -lm"

HARNESSES="words command"
# The CSV importer's harness, once the importer exists.
if [ -f fuzz/fuzz_csv.c ]; then HARNESSES="$HARNESSES csv"; fi

mkdir -p "$BUILD_DIR/artifacts"
status=0
summary=""
for h in $HARNESSES; do
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
  log="$BUILD_DIR/fuzz_$h.log"
  echo "== fuzz_$h: $BUDGET s =="
  set +e
  # shellcheck disable=SC2086
  (cd "$scratch" && "$BUILD_DIR/fuzz_$h" -max_total_time="$BUDGET" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$BUILD_DIR/artifacts/$h-" $dict \
    "$work" "$ROOT/fuzz/corpus/$h") >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  crashes=$(grep -c '^==[0-9]*==ERROR\|^SUMMARY: \|deadly signal\|ERROR: libFuzzer' "$log" || true)
  corpus=$(find "$work" -type f | wc -l)
  if [ "$rc" -ne 0 ]; then
    status=1
    echo "fuzz_$h: FOUND A PROBLEM (exit $rc); see $log and $BUILD_DIR/artifacts/"
    grep -m 5 'ERROR\|SUMMARY\|Test unit written' "$log" || true
  fi
  line="fuzz_$h: ${execs:-0} executions, $([ "$rc" -eq 0 ] && echo 0 || echo "${crashes:-1}") crashes, corpus $corpus inputs"
  echo "$line"
  summary="$summary$line
"
done
echo "== summary =="
printf '%s' "$summary"
exit $status
