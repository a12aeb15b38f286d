#!/usr/bin/env bash
# The project's test command: the Swift test suite, then the main job over the samples and the
# seeds with every JSON output checked against the shipped JSON Schema (TEI outputs are checked
# against the RelaxNG schema inside the Swift tests), then the adversarial subset
# (scripts/adversarial/quick.sh), then the libFuzzer target for ingest and
# normalization for PARDAZ_FUZZ_SECONDS seconds (default 60; 0 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."

swift test
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
swift build --product pardaz
pardaz=.build/debug/pardaz
"$pardaz" run --input input --output "$scratch/samples" --quiet
"$pardaz" run --input ../shared/seeds --output "$scratch/seeds" --quiet
python3 scripts/validate-json.py "$scratch"
# The adversarial subset (hostile names, swaps, damaged manifests, unreadable folders, full disks,
# kills, option values, a 500-input mixed run): about a minute.
scripts/adversarial/quick.sh --pardaz "$pardaz" --skip cost-align  # timing in a debug build under load is no verdict; BoundedCostTests count the work
seconds=${PARDAZ_FUZZ_SECONDS:-60}
if [ "$seconds" -gt 0 ]; then
    scripts/fuzz.sh "$seconds"
fi
