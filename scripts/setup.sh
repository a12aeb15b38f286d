#!/usr/bin/env bash
# Installs what Pardaz needs on a fresh Debian machine with Swift, builds it (release), and runs the
# main job on the sample articles: input/ -> output/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
swift build -c release --product pardaz
.build/release/pardaz run --input input --output output
echo "setup: outputs are in output/ (NAME.json and NAME.tei.xml per article)"
