#!/bin/bash
# Issue 14 ("Bounded cost"): times and peak memory of the stages at two sizes of each
# pathological input, to show that each grows linearly. Build first: swift build -c release
#
#   scripts/bench/scaling.sh [BINARY]      default .build/release/pardaz
#
# Inputs are written to a temporary folder by make-inputs.py and removed afterwards.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BIN=${1:-$ROOT/.build/release/pardaz}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

run() {  # label, then the pardaz arguments
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$BIN" "$@" > /dev/null 2> "$WORK/stderr" || { echo "$label failed"; return; }
    read -r seconds kilobytes < <(tail -1 "$WORK/time")
    printf "%-22s %8s s %10s KB peak RSS\n" "$label" "$seconds" "$kilobytes"
}

make() { python3 "$HERE/make-inputs.py" "$WORK" "$@"; }

for n in 1000 5000; do
    make align $n
    run "align $n lines" align --en "$WORK/align-$n.en" --fa "$WORK/align-$n.fa"
done
for n in 300 1500; do
    make paper $n
    run "paper $n sentences" process "$WORK/paper-$n.md"
done
for n in 20000 80000; do
    make headings $n
    run "headings $n" process "$WORK/headings-$n.md"
done
for mb in 1 5 10; do
    make text $mb
    make markdown $mb
    run "text $mb MB" process "$WORK/text-$mb.txt"
    run "markdown $mb MB" process "$WORK/markdown-$mb.md"
done
