#!/usr/bin/env python3
"""Speed benchmark of Persian normalizers: Pardaz vs hazm and parsivar (issue 3).

Builds a corpus of real Persian text, one sentence per line, in a temporary folder (never in the repo),
from the shared data (read in place):
  align-en-fa/ntrex-dev.tsv                     the Persian column (3rd)
  ner-fa/peyma-train.txt, peyma-dev.txt         `token|TAG`, blank line between sentences
  ner-fa/arman-part2.txt, arman-part3.txt       `token TAG`, blank line between sentences
(NER tokens joined by single spaces), the whole repeated until it holds at least --min-mb MiB of UTF-8.

Then times each normalizer on it, --runs times, and keeps the best:
  pardaz    the shell command --pardaz, corpus on stdin, output to a file (wall time of the process)
  hazm      hazm.Normalizer() defaults, under --hazm-python
  parsivar  parsivar.Normalizer() defaults, under --parsivar-python
  NAME      any extra shell command with --cmd NAME=COMMAND (wall time)
For the Python peers the normalisation loop (line by line, after import and Normalizer()) is timed inside
the interpreter; the wall time of the whole process is reported too. A missing or failing tool is skipped.

Usage:
  scripts/persian-normalize-bench.py [--runs 3] [--min-mb 5] [--tools pardaz,hazm,parsivar] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.environ.get("PARDAZ_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
DEFAULT_PARDAZ = shlex.quote(os.path.join(REPO, ".build", "release", "pardaz")) + " normalize --lang fa --digits keep"


def ntrex_fa(path: str) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as f:
        f.readline()
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) >= 3 and cols[2].strip():
                out.append(" ".join(cols[2].split()))
    return out


def conll_sentences(path: str, sep: str) -> list[str]:
    out, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if not line.strip():
                if cur:
                    out.append(" ".join(cur))
                    cur = []
                continue
            tok = line.rsplit(sep, 1)[0] if sep in line else line
            tok = tok.strip()
            if tok:
                cur.append(tok)
    if cur:
        out.append(" ".join(cur))
    return out


def build_corpus(data: str, folder: str, min_bytes: int) -> tuple[str, int, int, int, dict]:
    parts = {
        "ntrex-dev.tsv (fa)": ntrex_fa(os.path.join(data, "align-en-fa", "ntrex-dev.tsv")),
        "peyma-train.txt": conll_sentences(os.path.join(data, "ner-fa", "peyma-train.txt"), "|"),
        "peyma-dev.txt": conll_sentences(os.path.join(data, "ner-fa", "peyma-dev.txt"), "|"),
        "arman-part2.txt": conll_sentences(os.path.join(data, "ner-fa", "arman-part2.txt"), " "),
        "arman-part3.txt": conll_sentences(os.path.join(data, "ner-fa", "arman-part3.txt"), " "),
    }
    # one sentence a line: no other line breaks (\r, U+2028...) that a tool could split on
    once = "".join(" ".join(s.split()) + "\n" for p in parts.values() for s in p)
    reps = max(1, -(-min_bytes // len(once.encode("utf-8"))))
    text = once * reps
    path = os.path.join(folder, "corpus-fa.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    sizes = {k: len(v) for k, v in parts.items()}
    return path, len(text), len(text.encode("utf-8")), text.count("\n"), {"sentences": sizes, "repeats": reps}


PY_PROGRAM = r"""
import sys, time, json
path, outpath = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
import {module}
norm = {module}.Normalizer()
t1 = time.perf_counter()
with open(path, encoding="utf-8") as f:
    lines = f.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
t2 = time.perf_counter()
out = [norm.normalize(line) for line in lines]
t3 = time.perf_counter()
with open(outpath, "w", encoding="utf-8") as f:
    for o in out:
        f.write(" ".join(str(o).splitlines()) + "\n")
print(json.dumps({{"setup_s": t1 - t0, "loop_s": t3 - t2, "lines": len(out)}}))
"""


def python_ok(python: str, module: str) -> str | None:
    if not (os.path.isfile(python) or shutil.which(python)):
        return f"python not found: {python} (run scripts/setup-peer-normalizers.sh)"
    p = subprocess.run([python, "-c", f"import {module}"], capture_output=True, text=True)
    if p.returncode != 0:
        return f"`{python} -c 'import {module}'` failed: {(p.stderr.strip().splitlines() or [''])[-1]}"
    return None


def count_lines(path: str) -> int:
    n = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            n += chunk.count(b"\n")
    return n


def run_shell(cmd: str, corpus: str, outpath: str, timeout: float) -> float:
    with open(corpus, "rb") as fin, open(outpath, "wb") as fout:
        t0 = time.perf_counter()
        p = subprocess.run(cmd, shell=True, stdin=fin, stdout=fout, stderr=subprocess.PIPE, timeout=timeout)
        wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()[-800:]}")
    return wall


def run_python(python: str, module: str, corpus: str, outpath: str, timeout: float) -> tuple[float, float, float]:
    env = dict(os.environ, PYTHONUTF8="1")
    t0 = time.perf_counter()
    p = subprocess.run([python, "-c", PY_PROGRAM.format(module=module), corpus, outpath],
                       capture_output=True, text=True, timeout=timeout, env=env)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.strip()[-800:]}")
    t = json.loads(p.stdout.strip().splitlines()[-1])
    return wall, t["loop_s"], t["setup_s"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--min-mb", type=float, default=5.0, help="corpus size floor in MiB of UTF-8 (default 5)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--tools", default="pardaz,hazm,parsivar")
    ap.add_argument("--pardaz", default=DEFAULT_PARDAZ, help="shell command of pardaz's normalizer (stdin→stdout)")
    ap.add_argument("--hazm-python", default=os.path.join(REPO, ".venv-peers", "hazm", "bin", "python"))
    ap.add_argument("--parsivar-python", default=os.path.join(REPO, ".venv-peers", "parsivar", "bin", "python"))
    ap.add_argument("--cmd", action="append", default=[], metavar="NAME=COMMAND")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per run")
    ap.add_argument("--keep", action="store_true", help="keep the temp folder (corpus and outputs)")
    ap.add_argument("--json", metavar="FILE")
    a = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="pardaz-bench-")
    try:
        corpus, nchars, nbytes, nlines, info = build_corpus(a.data, tmp, int(a.min_mb * 1024 * 1024))
        print(f"corpus: {corpus}: {nchars:,} characters, {nbytes:,} bytes UTF-8 ({nbytes / 2**20:.2f} MiB), "
              f"{nlines:,} lines; sources {info['sentences']} x{info['repeats']}")
        names = [t.strip() for t in a.tools.split(",") if t.strip()] + [c.partition("=")[0] for c in a.cmd]
        cmds = {c.partition("=")[0]: c.partition("=")[2] for c in a.cmd}
        results: dict = {}
        for name in names:
            out = os.path.join(tmp, f"out-{name}.txt")
            rec: dict = {"runs": []}
            try:
                if name in ("hazm", "parsivar"):
                    py = a.hazm_python if name == "hazm" else a.parsivar_python
                    why = python_ok(py, name)
                    if why:
                        print(f"skip {name}: {why}")
                        continue
                    rec["python"] = py
                    for r in range(a.runs):
                        wall, loop, setup = run_python(py, name, corpus, out, a.timeout)
                        rec["runs"].append({"wall_s": round(wall, 3), "loop_s": round(loop, 3), "setup_s": round(setup, 3)})
                        print(f"  {name} run {r + 1}: loop {loop:.2f} s, wall {wall:.2f} s (import+Normalizer() {setup:.2f} s)", flush=True)
                    rec["best_loop_s"] = min(x["loop_s"] for x in rec["runs"])
                    rec["chars_per_s_loop"] = round(nchars / rec["best_loop_s"])
                else:
                    cmd = a.pardaz if name == "pardaz" else cmds.get(name)
                    if cmd is None:
                        raise SystemExit(f"unknown tool {name!r} (use --cmd NAME=COMMAND)")
                    rec["command"] = cmd
                    for r in range(a.runs):
                        wall = run_shell(cmd, corpus, out, a.timeout)
                        rec["runs"].append({"wall_s": round(wall, 3)})
                        print(f"  {name} run {r + 1}: wall {wall:.2f} s", flush=True)
                    # The process's start-up (loading its lexicon and tables), measured on one line of
                    # Persian, is to a compiled tool what import+Normalizer() is to hazm: the loop
                    # time is the best wall time less the best start-up time.
                    one = os.path.join(tmp, "one-line.txt")
                    with open(one, "w", encoding="utf-8") as f:
                        f.write("دانشجویان این کتاب را میخوانند و درباره آن مینویسند.\n")
                    startups = [run_shell(cmd, one, out + ".one", a.timeout) for _ in range(max(a.runs, 5))]
                    rec["startup_s"] = round(min(startups), 4)
                    rec["best_loop_s"] = round(min(x["wall_s"] for x in rec["runs"]) - rec["startup_s"], 4)
                    rec["chars_per_s_loop"] = round(nchars / rec["best_loop_s"])
                    print(f"  {name} start-up on one line: {rec['startup_s']:.3f} s", flush=True)
                got = count_lines(out)
                if got != nlines:
                    raise RuntimeError(f"wrote {got} lines for {nlines}")
            except (RuntimeError, OSError, subprocess.TimeoutExpired) as e:
                print(f"skip {name}: {e}")
                continue
            rec["best_wall_s"] = min(x["wall_s"] for x in rec["runs"])
            rec["chars_per_s_wall"] = round(nchars / rec["best_wall_s"])
            results[name] = rec

        print(f"\n{'tool':<10} {'best wall s':>11} {'chars/s wall':>13} {'best loop s':>11} {'chars/s loop':>13}   (best of {a.runs}, {nchars:,} chars)")
        for name, r in results.items():
            loop_s = f"{r['best_loop_s']:.2f}" if "best_loop_s" in r else "-"
            loop_c = f"{r['chars_per_s_loop']:,}" if "chars_per_s_loop" in r else "-"
            print(f"{name:<10} {r['best_wall_s']:>11.2f} {r['chars_per_s_wall']:>13,} {loop_s:>11} {loop_c:>13}")
        ratios = {}
        if "pardaz" in results and "hazm" in results:
            p, h = results["pardaz"], results["hazm"]
            ratios["pardaz_wall_vs_hazm_loop"] = round(p["chars_per_s_wall"] / h["chars_per_s_loop"], 2)
            ratios["pardaz_wall_vs_hazm_wall"] = round(p["chars_per_s_wall"] / h["chars_per_s_wall"], 2)
            ratios["pardaz_loop_vs_hazm_loop"] = round(p["chars_per_s_loop"] / h["chars_per_s_loop"], 2)
            print(f"\nspeed ratio pardaz/hazm: {ratios['pardaz_loop_vs_hazm_loop']}x (loop vs loop), "
                  f"{ratios['pardaz_wall_vs_hazm_loop']}x (pardaz process wall vs hazm loop), "
                  f"{ratios['pardaz_wall_vs_hazm_wall']}x (wall vs wall)")
        else:
            print("\nspeed ratio pardaz/hazm: n/a (one of them did not run)")
        if a.json:
            with open(a.json, "w", encoding="utf-8") as f:
                json.dump({"corpus": {"chars": nchars, "bytes": nbytes, "lines": nlines, **info},
                           "runs": a.runs, "results": results, "ratios": ratios}, f, ensure_ascii=False, indent=2)
            print(f"wrote {a.json}")
    finally:
        if a.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
