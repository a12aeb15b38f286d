#!/usr/bin/env bash
# Creates the Python venvs of the peer Persian normalizers that scripts/persian-zwnj-eval.py and
# scripts/persian-normalize-bench.py compare Pardaz with (issue 3):
#   .venv-peers/hazm      hazm 0.12.1 (needs Python >= 3.12)
#   .venv-peers/parsivar  parsivar 0.2.3.1 (+ nltk, which it imports)
# Then checks that each Normalizer works on one Persian line without fetching anything at run time.
# Not part of the build or CI: run it by hand before the comparison scripts.
#   usage: scripts/setup-peer-normalizers.sh [hazm|parsivar ...]    (default: both)
set -uo pipefail
cd "$(dirname "$0")/.."

VENVS=.venv-peers
HAZM_VERSION=${HAZM_VERSION:-0.12.1}
PARSIVAR_VERSION=${PARSIVAR_VERSION:-0.2.3.1}
mkdir -p "$VENVS"

# A Python >= 3.12 for hazm 0.12.1: python3.12 on PATH, else pyenv's.
find_py312() {
  local c
  for c in "${PYTHON312:-}" python3.12 /root/.pyenv/versions/3.12.1/bin/python3.12 python3.13; do
    [ -n "$c" ] || continue
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys, venv; assert sys.version_info >= (3, 12)' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  return 1
}

# The probe each venv must pass: normalize one line, offline (no network, no NLTK downloads).
PROBE_TEXT='مي روم به كتابخانه ها و ١٢٣ کتاب مي خوانم'

make_venv() { # name python packages...
  local name=$1 py=$2; shift 2
  local dir="$VENVS/$name"
  echo "== $name: venv with $("$py" --version 2>&1) ($py)"
  if [ ! -x "$dir/bin/python" ]; then
    "$py" -m venv "$dir" || { echo "!! $name: could not create venv"; return 1; }
  fi
  "$dir/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
  echo "== $name: pip install $*"
  if ! "$dir/bin/python" -m pip install --quiet "$@" >"$dir/pip.log" 2>&1; then
    echo "!! $name: pip install failed; last lines of $dir/pip.log:"
    tail -n 20 "$dir/pip.log"
    return 1
  fi
}

probe() { # name module-expression
  local name=$1 code=$2
  local dir="$VENVS/$name"
  # No network for the probe: a Normalizer that tries to download data fails here.
  if out=$(printf '%s\n' "$PROBE_TEXT" | env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY \
      NLTK_DATA=/nonexistent HF_HUB_OFFLINE=1 "$dir/bin/python" -c "$code" 2>"$dir/probe.err"); then
    echo "ok $name: '$PROBE_TEXT' -> '$out'"
  else
    echo "!! $name: probe failed:"; tail -n 15 "$dir/probe.err"; return 1
  fi
}

status=0
targets=("$@"); [ ${#targets[@]} -eq 0 ] && targets=(hazm parsivar)
for t in "${targets[@]}"; do
  case $t in
    hazm)
      if py=$(find_py312); then
        if make_venv hazm "$py" "hazm==$HAZM_VERSION"; then
          probe hazm 'import sys, hazm
n = hazm.Normalizer()
print(n.normalize(sys.stdin.readline().rstrip("\n")))' || status=1
        else status=1; fi
      else
        echo "!! hazm: hazm $HAZM_VERSION needs Python >= 3.12; none found (python3.12, /root/.pyenv/versions/3.12.1)"; status=1
      fi ;;
    parsivar)
      # parsivar 0.2.3.1 imports nltk; its wheel pins nothing. Try the system python3 first, then 3.12.
      ok=0
      for py in python3 "$(find_py312 || true)"; do
        [ -n "$py" ] && command -v "$py" >/dev/null || continue
        if make_venv parsivar "$py" "parsivar==$PARSIVAR_VERSION" nltk; then
          if probe parsivar 'import sys, parsivar
n = parsivar.Normalizer()
print(n.normalize(sys.stdin.readline().rstrip("\n")))'; then ok=1; break; fi
        fi
        echo "!! parsivar: failed with $py; retrying with the next Python if any"
        rm -rf "$VENVS/parsivar"
      done
      [ $ok = 1 ] || { echo "!! parsivar: could not be installed (see messages above)"; status=1; } ;;
    *) echo "unknown peer: $t (hazm|parsivar)"; status=2 ;;
  esac
done

echo
echo "peers: --hazm-python $VENVS/hazm/bin/python --parsivar-python $VENVS/parsivar/bin/python"
exit $status
