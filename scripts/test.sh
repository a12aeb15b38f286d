#!/usr/bin/env bash
# The project's test command: the Swift test suite, then the main job over the samples and the
# seeds with every JSON output checked against the shipped JSON Schema (TEI outputs are checked
# against the RelaxNG schema inside the Swift tests).
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
