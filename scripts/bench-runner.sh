#!/usr/bin/env bash
# Benchmarks the batch runner (release build): a first run over N documents, then a rerun over the
# same unchanged documents, with wall time and peak memory; run it for 1000 and 10000 to see that
# memory stays flat. The documents are copies of input/ (the project's own samples) in a temp folder.
#
#   scripts/bench-runner.sh [N ...]        (default: 1000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product pardaz >/dev/null
pardaz=.build/release/pardaz
for n in "${@:-1000 10000}"; do
  for count in $n; do
    work=$(mktemp -d)
    samples=(input/*)
    for ((i = 0; i < count; i++)); do
      dir="$work/in/d$((i / 500))"
      mkdir -p "$dir"
      src=${samples[$((i % ${#samples[@]}))]}
      cp "$src" "$dir/$i-$(basename "$src")"
    done
    first=$( { /usr/bin/time -f "%e s, %M KB peak" "$pardaz" run --input "$work/in" --output "$work/out" --quiet; } 2>&1 | tail -1)
    before=$(find "$work/out" -type f ! -path '*/.pardaz/*' -newer "$work/in" | wc -l)
    stamp=$(mktemp); sleep 1; touch "$stamp"
    again=$( { /usr/bin/time -f "%e s, %M KB peak" "$pardaz" run --input "$work/in" --output "$work/out" --quiet; } 2>&1 | tail -1)
    touched=$(find "$work/out" -type f ! -path '*/.pardaz/*' -newer "$stamp" | wc -l)
    echo "$count documents: first run $first; rerun $again; outputs $before, touched by the rerun $touched"
    rm -rf "$work" "$stamp"
  done
done
