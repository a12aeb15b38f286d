#!/usr/bin/env bash
# Installs the system libraries the build needs (ICU, libxml2, SQLite for GRDB, pkg-config) and the Python package
# the tests use to check JSON outputs against the JSON Schema. Does nothing that is already there.
set -euo pipefail

missing=()
for package in libicu-dev libxml2-dev libsqlite3-dev pkg-config; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
python3 -c "import jsonschema" 2>/dev/null || python3 -m pip install --quiet jsonschema
