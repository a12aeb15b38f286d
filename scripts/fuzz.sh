#!/usr/bin/env bash
# Builds the libFuzzer target for ingest, normalization and the extractors (Sources/PardazFuzz) with
# -sanitize=fuzzer and runs it for a bounded time, starting from the samples and seeds. A crashing
# input is kept as .build-fuzz/crash-* and the failure's message is printed.
#
#   scripts/fuzz.sh [SECONDS]        (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
scratch=.build-fuzz
PARDAZ_FUZZ=1 swift build -c debug --scratch-path "$scratch" --product PardazFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library >/dev/null
corpus=$(mktemp -d)
cp input/* "$corpus"/
[ -d ../shared/seeds ] && cp ../shared/seeds/*.txt "$corpus"/
log=$(mktemp)
# Swift's own backtracer would take the crash signal before libFuzzer could save the input.
status=0
SWIFT_BACKTRACE=enable=no "$scratch/debug/PardazFuzz" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$scratch/" "$corpus" >"$log" 2>&1 || status=$?
grep -E "Precondition failed|Fatal error|ERROR: libFuzzer|artifact_prefix|Test unit written" "$log" || true
tail -12 "$log"
rm -rf "$corpus" "$log"
exit "$status"
