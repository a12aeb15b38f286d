#!/usr/bin/env python3
"""ZWNJ (U+200C) restoration eval for Persian normalizers (issue 3).

Gold: the Persian column (3rd; TSV doc, en, fa) of align-en-fa/ntrex-dev.tsv from the shared data
(NTREX-128, CC-BY-SA 4.0; read in place, never copied into the repo). Split by document, in order of
first appearance: even index = dev, odd = test.

Each gold sentence is fed to each normalizer in three variants:
  deleted  every ZWNJ removed           (can the tool put them back?)
  spaced   every ZWNJ replaced by space (can the tool turn the space back into ZWNJ?)
  intact   unchanged                    (does the tool leave correct text alone?)

Normalizers read one sentence per line on stdin and write the same number of lines on stdout:
  pardaz    the shell command --pardaz (default: <repo>/.build/release/pardaz normalize --lang fa --digits keep)
  hazm      hazm.Normalizer() defaults, run by --hazm-python (default .venv-peers/hazm/bin/python)
  parsivar  parsivar.Normalizer() defaults, run by --parsivar-python (default .venv-peers/parsivar/bin/python)
  NAME      any extra shell command with --cmd NAME=COMMAND (e.g. --cmd identity=cat)
A tool that is missing or fails is skipped with a message.

Scoring compares word boundaries only, so a tool that also rewrites other characters (Arabic yeh/kaf,
digits, punctuation spacing) is not penalised for that. Gold and output are canonicalised (NFKC, ي ى→ی,
ك→ک, Arabic-Indic and Latin digits→Persian, tatweel and U+064B–U+0652 removed), then reduced to their
sequence of non-separator characters, keeping for each gap between two consecutive characters its
separator: none / space / zwnj (a gap holding a space is "space" even if it also holds a ZWNJ). The two
sequences are aligned with difflib.SequenceMatcher(autojunk=False) (same-length substitutions such as
أ→ا are aligned character for character). Only gaps between two word characters
(Unicode letters, marks, digits) are scored; gaps next to punctuation are not, and a gold gap whose two
characters are not both aligned is counted as "unaligned" and left out.

Metrics (per tool and variant):
  restored    of the gold ZWNJ gaps, the fraction where the output has a ZWNJ
  wrong-word  gold words (space-separated tokens) holding at least one gap where the tool introduced an
              error, i.e. output != gold where the INPUT already had the gold separator (wrong insert or
              split inside a word, wrong join of two words, a correct space turned into ZWNJ or back, a
              correct ZWNJ deleted); a join is charged to the word left of it. A gap damaged in the input
              that the tool failed to repair is a miss (in `restored`), not a wrong word. A damaged gap
              that the tool changed to another wrong separator (e.g. deleted ZWNJ -> space) is a miss too,
              counted apart as "lateral".
  identical   fraction of sentences whose scored boundaries all equal the gold's (the intact headline)
  chars/s     input characters / wall time of the tool's process (startup included); for the Python
              peers also over the normalisation loop alone (see persian-normalize-bench.py for a proper
              benchmark).

Usage:
  scripts/persian-zwnj-eval.py [--split test] [--tools pardaz,hazm,parsivar] [--json out.json]
                               [--dump-errors 10] [--dump-misses 10] [--cmd identity=cat]
  scripts/persian-zwnj-eval.py --self-test
  scripts/persian-zwnj-eval.py --split test --write-gold /tmp/gold.txt   # then --cmd perfect='cat /tmp/gold.txt'
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field

ZWNJ = "\u200c"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.environ.get("PARDAZ_DATA") or os.path.join(os.path.dirname(REPO), "shared", "data")
DEFAULT_PARDAZ = shlex.quote(os.path.join(REPO, ".build", "release", "pardaz")) + " normalize --lang fa --digits keep"
VARIANTS = ("deleted", "spaced", "intact")

NONE, SPACE, ZW = "none", "space", "zwnj"

# --------------------------------------------------------------------------------------------------
# Gold


def load_gold(data_dir: str, split: str) -> list[str]:
    path = os.path.join(data_dir, "align-en-fa", "ntrex-dev.tsv")
    docs: list[str] = []
    rows: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:3] != ["doc", "en", "fa"]:
            raise SystemExit(f"{path}: unexpected header {header}")
        for line in f:
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 3:
                continue
            doc, fa = cols[0], " ".join(cols[2].split())  # one line, single spaces
            if not fa:
                continue
            if doc not in docs:
                docs.append(doc)
            rows.append((doc, fa))
    index = {d: i for i, d in enumerate(docs)}
    want = {"dev": (0,), "test": (1,), "all": (0, 1)}[split]
    return [fa for doc, fa in rows if index[doc] % 2 in want]


def make_variant(gold: str, variant: str) -> str:
    if variant == "deleted":
        return gold.replace(ZWNJ, "")
    if variant == "spaced":
        return gold.replace(ZWNJ, " ")
    return gold


# --------------------------------------------------------------------------------------------------
# Canonicalisation and reduction to characters + gaps

_CANON = {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", 0x0640: None}
for _d in range(10):
    _CANON[0x0660 + _d] = chr(0x06F0 + _d)  # Arabic-Indic digits
    _CANON[0x0030 + _d] = chr(0x06F0 + _d)  # Latin digits
for _c in range(0x064B, 0x0653):
    _CANON[_c] = None  # harakat


def canon(s: str) -> str:
    return unicodedata.normalize("NFKC", s).translate(_CANON)


def is_word_char(c: str) -> bool:
    return unicodedata.category(c)[0] in "LMN"


@dataclass
class Reduced:
    chars: str  # non-separator characters
    gaps: list[str]  # gaps[i] = separator between chars[i] and chars[i+1]
    word: list[int]  # word[i] = index of the space-separated token holding chars[i]
    tokens: list[str]  # the space-separated tokens (original text)


def reduce_text(text: str) -> Reduced:
    chars: list[str] = []
    gaps: list[str] = []
    word: list[int] = []
    pending = NONE
    w = 0
    seen_space = False
    for c in canon(text):
        if c.isspace():
            pending = SPACE
            seen_space = True
            continue
        if c == ZWNJ:
            if pending == NONE:
                pending = ZW
            continue
        if unicodedata.category(c) == "Cf":  # other invisible format chars (LRM, ZWJ, BOM...): ignore
            continue
        if chars:
            gaps.append(pending)
            if seen_space:
                w += 1
        chars.append(c)
        word.append(w)
        pending = NONE
        seen_space = False
    return Reduced("".join(chars), gaps, word, text.split())


def align_gaps(gold: Reduced, out: Reduced) -> list[str | None]:
    """For each gold gap, the output separator at the aligned place (None: not aligned)."""
    sm = difflib.SequenceMatcher(None, gold.chars, out.chars, autojunk=False)
    g2o = [-1] * len(gold.chars)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        # equal runs, and same-length substitutions (أ→ا, ء→ئ...) character for character
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            for k in range(i2 - i1):
                g2o[i1 + k] = j1 + k
    res: list[str | None] = []
    for i in range(len(gold.gaps)):
        j, k = g2o[i], g2o[i + 1]
        if j < 0 or k < 0 or k <= j:
            res.append(None)
            continue
        seps = out.gaps[j:k]  # the output may hold extra characters in between
        res.append(SPACE if SPACE in seps else ZW if ZW in seps else NONE)
    return res, g2o


# --------------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Score:
    sentences: int = 0
    gold_words: int = 0
    gold_zwnj: int = 0  # scored gold ZWNJ gaps (aligned)
    restored: int = 0
    zwnj_unaligned: int = 0
    gaps_scored: int = 0
    gaps_unaligned: int = 0
    wrong_words: int = 0
    # Of the wrong words, those whose only change is a spelling the Persian Academy's orthography
    # prefers to the gold's: a ZWNJ before the plural ها/های or the comparative تر/ترین after a
    # joining letter where the gold wrote them fused, or a ZWNJ after the verbal prefix می/نمی where
    # the gold wrote a space. Reported separately; `wrong_words` counts them too.
    style_words: int = 0
    identical: int = 0
    lateral: int = 0  # damaged gap changed to another wrong separator (a miss, not an error)
    kinds: dict = field(default_factory=dict)  # error kind "gold>output" -> count
    errors: list = field(default_factory=list)  # examples
    misses: list = field(default_factory=list)

    def as_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k not in ("errors", "misses")}
        d["restored_pct"] = pct(self.restored, self.gold_zwnj)
        d["wrong_word_pct"] = pct(self.wrong_words, self.gold_words)
        d["wrong_word_nonstyle_pct"] = pct(self.wrong_words - self.style_words, self.gold_words)
        d["identical_pct"] = pct(self.identical, self.sentences)
        return d


def pct(a: int, b: int) -> float | None:
    return round(100.0 * a / b, 2) if b else None


def span_words(red: Reduced, idx: list[int]) -> str:
    ws = sorted({red.word[i] for i in idx if 0 <= i < len(red.word)})
    if not ws:
        return "∅"
    return " ".join(red.tokens[ws[0] : ws[-1] + 1])


NON_JOINING = set("اآأإدذرزژوؤءة")


def is_style_variant(g: "Reduced", i: int, gold_sep: str, out_sep: str) -> bool:
    """True when the output's separator at gap i is the standard spelling of a gold variant."""
    if out_sep != ZW:
        return False
    after = g.chars[i + 1 : i + 5]
    if gold_sep == NONE and g.chars[i] not in NON_JOINING and (after.startswith("ها") or after.startswith("تر")):
        return True
    if gold_sep == SPACE:
        start = i
        while start > 0 and g.gaps[start - 1] == NONE:
            start -= 1
        return g.chars[start : i + 1] in ("می", "نمی")
    return False


def score_sentence(sc: Score, gold_text: str, input_text: str, out_text: str, keep_examples: int = 0) -> None:
    g = reduce_text(gold_text)
    n = reduce_text(input_text)
    o = reduce_text(out_text)
    if n.chars != g.chars:  # variants only touch separators; anything else is a bug here
        raise AssertionError(f"input letters differ from gold: {gold_text!r} vs {input_text!r}")
    out_gaps, g2o = align_gaps(g, o)
    sc.sentences += 1
    sc.gold_words += len(g.tokens)
    bad_words: dict[int, str] = {}
    style_only: dict[int, bool] = {}
    missed_words: dict[int, str] = {}
    same = True
    for i, gs in enumerate(g.gaps):
        if not (is_word_char(g.chars[i]) and is_word_char(g.chars[i + 1])):
            continue
        os_ = out_gaps[i]
        if os_ is None:
            sc.gaps_unaligned += 1
            if gs == ZW:
                sc.zwnj_unaligned += 1
            same = False
            continue
        sc.gaps_scored += 1
        ns = n.gaps[i]
        if gs == ZW:
            sc.gold_zwnj += 1
            if os_ == ZW:
                sc.restored += 1
        if os_ == gs:
            continue
        same = False
        if ns == gs:  # input was right here: the tool made it wrong
            kind = f"{gs}>{os_}"
            sc.kinds[kind] = sc.kinds.get(kind, 0) + 1
            bad_words.setdefault(g.word[i], kind)
            style = is_style_variant(g, i, gs, os_)
            style_only[g.word[i]] = style_only.get(g.word[i], True) and style
        else:
            if os_ != ns:
                sc.lateral += 1
            missed_words.setdefault(g.word[i], f"{gs}>{os_}")
    sc.wrong_words += len(bad_words)
    sc.style_words += sum(1 for w in bad_words if style_only.get(w))
    sc.identical += same
    if keep_examples:
        for store, words in ((sc.errors, bad_words), (sc.misses, missed_words)):
            for w, kind in words.items():
                if len(store) >= keep_examples:
                    break
                gidx = [i for i, x in enumerate(g.word) if x == w or (kind.startswith("space>") and x == w + 1)]
                oidx = [g2o[i] for i in gidx if g2o[i] >= 0]
                # n has the same characters as g, so gidx indexes it too
                store.append({"kind": kind, "gold": span_words(g, gidx), "input": span_words(n, gidx),
                              "output": span_words(o, oidx), "sentence": gold_text})


# --------------------------------------------------------------------------------------------------
# Running normalizers

PY_PROGRAM = r"""
import sys, time, json
sys.stdin.reconfigure(encoding="utf-8"); sys.stdout.reconfigure(encoding="utf-8")
t0 = time.perf_counter()
import {module}
norm = {module}.Normalizer()
t1 = time.perf_counter()
lines = sys.stdin.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
out = []
t2 = time.perf_counter()
for line in lines:
    out.append(" ".join(str(norm.normalize(line)).splitlines()))
t3 = time.perf_counter()
sys.stdout.write("\n".join(out) + ("\n" if out else ""))
sys.stderr.write("@@TIMING " + json.dumps({{"setup_s": t1 - t0, "loop_s": t3 - t2}}) + "\n")
"""


class ToolError(Exception):
    pass


@dataclass
class Tool:
    name: str
    argv: list[str] | None = None  # python tools
    shell: str | None = None  # shell command tools

    def run(self, lines: list[str], timeout: float) -> tuple[list[str], float, float | None]:
        data = ("\n".join(lines) + "\n").encode("utf-8")
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUTF8="1")
        t0 = time.perf_counter()
        try:
            if self.shell is not None:
                p = subprocess.run(self.shell, shell=True, input=data, capture_output=True, timeout=timeout, env=env)
            else:
                p = subprocess.run(self.argv, input=data, capture_output=True, timeout=timeout, env=env)
        except (OSError, subprocess.TimeoutExpired) as e:
            raise ToolError(str(e))
        wall = time.perf_counter() - t0
        err = p.stderr.decode("utf-8", "replace")
        if p.returncode != 0:
            raise ToolError(f"exit {p.returncode}: {err.strip()[-800:]}")
        loop = None
        for l in err.splitlines():
            if l.startswith("@@TIMING "):
                loop = json.loads(l[9:])["loop_s"]
        out = p.stdout.decode("utf-8", "replace").split("\n")
        if out and out[-1] == "":
            out.pop()
        out = [l.rstrip("\r") for l in out]
        if len(out) != len(lines):
            raise ToolError(f"wrote {len(out)} lines for {len(lines)} input lines; stderr: {err.strip()[-400:]}")
        return out, wall, loop


def python_tool(name: str, module: str, python: str) -> Tool | str:
    """A Tool, or a reason why it is unavailable."""
    if not (os.path.isfile(python) and os.access(python, os.X_OK)):
        from shutil import which

        if not which(python):
            return f"python not found: {python} (run scripts/setup-peer-normalizers.sh)"
    probe = subprocess.run([python, "-c", f"import {module}"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"`{python} -c 'import {module}'` failed: {probe.stderr.strip().splitlines()[-1:]}"
    return Tool(name, argv=[python, "-c", PY_PROGRAM.format(module=module)])


# --------------------------------------------------------------------------------------------------


def evaluate(tool: Tool, gold: list[str], timeout: float, keep: int) -> dict:
    res = {}
    for v in VARIANTS:
        inp = [make_variant(s, v) for s in gold]
        out, wall, loop = tool.run(inp, timeout)
        sc = Score()
        for gs, ns, os_ in zip(gold, inp, out):
            score_sentence(sc, gs, ns, os_, keep)
        chars = sum(len(s) + 1 for s in inp)
        d = sc.as_dict()
        d["input_chars"] = chars
        d["wall_s"] = round(wall, 4)
        d["chars_per_s_wall"] = round(chars / wall) if wall > 0 else None
        if loop is not None:
            d["loop_s"] = round(loop, 4)
            d["chars_per_s_loop"] = round(chars / loop) if loop > 0 else None
        d["_errors"], d["_misses"] = sc.errors, sc.misses
        res[v] = d
    return res


def fmt(x, suffix="") -> str:
    return "-" if x is None else f"{x:.1f}{suffix}" if isinstance(x, float) else f"{x}{suffix}"


def print_table(results: dict) -> None:
    hdr = f"{'tool':<10} {'variant':<8} {'goldZWNJ':>8} {'restored':>9} {'wrongW':>7} {'nonStyle':>8} {'lateral':>7} {'identSent':>9} {'unalign':>7} {'chars/s wall':>12} {'chars/s loop':>12}  error kinds (gold>out)"
    print(hdr)
    print("-" * len(hdr))
    for tool, per in results.items():
        for v, d in per.items():
            kinds = " ".join(f"{k}:{n}" for k, n in sorted(d["kinds"].items(), key=lambda kv: -kv[1]))
            print(f"{tool:<10} {v:<8} {d['gold_zwnj']:>8} {fmt(d['restored_pct'], '%'):>9} {fmt(d['wrong_word_pct'], '%'):>7} {fmt(d['wrong_word_nonstyle_pct'], '%'):>8}"
                  f" {d['lateral']:>7} {fmt(d['identical_pct'], '%'):>9} {d['gaps_unaligned']:>7}"
                  f" {fmt(d.get('chars_per_s_wall')):>12} {fmt(d.get('chars_per_s_loop')):>12}  {kinds}")


def show(s: str) -> str:
    return s.replace(ZWNJ, "·")


def dump(results: dict, key: str, n: int, title: str) -> None:
    """N examples per tool: distinct gold words per variant, taking the error kinds in turn."""
    for tool, per in results.items():
        by_kind: dict[str, list] = {}
        seen = set()
        for v in VARIANTS:
            for e in per[v][key]:
                if (v, e["gold"]) not in seen:
                    seen.add((v, e["gold"]))
                    by_kind.setdefault(e["kind"], []).append((v, e))
        ex = []
        queues = sorted(by_kind.values(), key=len, reverse=True)
        while len(ex) < n and any(queues):
            for q in queues:
                if q and len(ex) < n:
                    ex.append(q.pop(0))
        print(f"\n{title} of {tool} ({len(ex)} shown; · = ZWNJ):")
        for v, e in ex:
            print(f"  [{v:<7} {e['kind']:<10}] gold «{show(e['gold'])}»  input «{show(e['input'])}»  output «{show(e['output'])}»")


# --------------------------------------------------------------------------------------------------


def self_test(gold: list[str]) -> None:
    def run(fn, keep=0):
        out = {}
        for v in VARIANTS:
            sc = Score()
            for g in gold:
                n = make_variant(g, v)
                score_sentence(sc, g, n, fn(g, n), keep)
            out[v] = sc
        return out

    ok = True

    def check(name, cond):
        nonlocal ok
        print(f"  {'ok  ' if cond else 'FAIL'} {name}")
        ok &= bool(cond)

    perfect = run(lambda g, n: g)
    for v, sc in perfect.items():
        check(f"perfect/{v}: restored 100%, wrong 0, identical 100%",
              sc.restored == sc.gold_zwnj > 0 and sc.wrong_words == 0 and sc.identical == sc.sentences and sc.gaps_unaligned == 0)
    ident = run(lambda g, n: n)
    check("identity/deleted: restored 0%, wrong 0", ident["deleted"].restored == 0 and ident["deleted"].wrong_words == 0)
    check("identity/spaced: restored 0%, wrong 0", ident["spaced"].restored == 0 and ident["spaced"].wrong_words == 0)
    check("identity/intact: restored 100%, wrong 0, identical 100%",
          ident["intact"].restored == ident["intact"].gold_zwnj and ident["intact"].wrong_words == 0
          and ident["intact"].identical == ident["intact"].sentences)
    # hazm-like rewrites of other characters (Arabic yeh/kaf, Arabic-Indic digits, tatweel, harakat, spacing
    # before punctuation) must not count
    def hazmish(g, n):
        t = g.replace("ی", "ي").replace("ک", "ك").replace("۱", "1").replace("۲", "٢").replace("،", " ،").replace("ا", "اـ")
        return t.replace("ب", "بَ")
    hz = run(hazmish)
    for v, sc in hz.items():
        check(f"other-char rewrites/{v}: perfect", sc.restored == sc.gold_zwnj and sc.wrong_words == 0 and sc.gaps_unaligned == 0)
    # one sentence, hand-counted: gold words 5: «می‌روم به کتاب‌خانه و کتابها»
    g = "می‌روم به کتاب‌خانه و کتابها"
    cases = [  # (variant input, output, restored, gold_zwnj, wrong_words, kinds)
        (g.replace(ZWNJ, ""), "می‌روم به کتابخانه و کتاب‌ها", 1, 2, 1, {"none>zwnj": 1}),  # insert in کتابها
        (g.replace(ZWNJ, ""), "میروم به‌کتابخانه و کتابها", 0, 2, 1, {"space>zwnj": 1}),  # sp->zwnj; misses not wrong
        (g.replace(ZWNJ, " "), "میروم به کتاب خانه وکتابها", 0, 2, 1, {"space>none": 1}),  # join و+کتابها; می روم→میروم lateral
        (g, "میروم به کتاب خانه و کتابها", 0, 2, 2, {"zwnj>none": 1, "zwnj>space": 1}),  # intact: both damaged by tool
        (g, "مي‌روم به كتاب‌خانه و كتابها", 2, 2, 0, {}),
    ]
    for inp, out, r, z, w, kinds in cases:
        sc = Score()
        score_sentence(sc, g, inp, out)
        check(f"hand case {show(out)!r}: restored {r}/{z} wrong {w} kinds {kinds} (got {sc.restored}/{sc.gold_zwnj} {sc.wrong_words} {sc.kinds})",
              sc.restored == r and sc.gold_zwnj == z and sc.wrong_words == w and sc.kinds == kinds)
    sc = Score()
    score_sentence(sc, g, g.replace(ZWNJ, " "), "میروم به کتاب خانه و کتابها")
    check(f"spaced 'می روم'→'میروم' is a lateral miss, not wrong (lateral {sc.lateral})", sc.lateral == 1 and sc.wrong_words == 0)
    print("self-test:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("dev", "test", "all"), default="test")
    ap.add_argument("--data", default=DEFAULT_DATA, help=f"shared data folder (default {DEFAULT_DATA})")
    ap.add_argument("--tools", default="pardaz,hazm,parsivar", help="comma list among pardaz,hazm,parsivar (extra --cmd tools are added)")
    ap.add_argument("--pardaz", default=DEFAULT_PARDAZ, help="shell command of pardaz's normalizer (stdin→stdout)")
    ap.add_argument("--hazm-python", default=os.path.join(REPO, ".venv-peers", "hazm", "bin", "python"))
    ap.add_argument("--parsivar-python", default=os.path.join(REPO, ".venv-peers", "parsivar", "bin", "python"))
    ap.add_argument("--cmd", action="append", default=[], metavar="NAME=COMMAND", help="extra shell-command normalizer")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--dump-errors", type=int, default=0, metavar="N", help="print N example errors per tool")
    ap.add_argument("--dump-misses", type=int, default=0, metavar="N", help="print N example unrepaired gaps per tool")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per tool run")
    ap.add_argument("--write-gold", metavar="FILE", help="write the split's gold sentences (one a line) and exit")
    ap.add_argument("--self-test", action="store_true", help="check the scorer with built-in perfect/identity/other-char normalizers")
    a = ap.parse_args()

    gold = load_gold(a.data, a.split)
    if a.write_gold:
        with open(a.write_gold, "w", encoding="utf-8") as f:
            f.write("\n".join(gold) + "\n")
        print(f"wrote {len(gold)} gold sentences ({a.split}) to {a.write_gold}")
        return
    if a.self_test:
        print(f"self-test on {len(gold)} {a.split} sentences:")
        self_test(gold)

    nz = sum(s.count(ZWNJ) for s in gold)
    print(f"gold: {a.data}/align-en-fa/ntrex-dev.tsv, split {a.split}: {len(gold)} sentences, "
          f"{sum(len(s.split()) for s in gold)} words, {nz} ZWNJ, {sum(ZWNJ in s for s in gold)} sentences with ZWNJ")

    tools: list[Tool] = []
    for name in [t.strip() for t in a.tools.split(",") if t.strip()]:
        if name == "pardaz":
            tools.append(Tool("pardaz", shell=a.pardaz))
        elif name in ("hazm", "parsivar"):
            t = python_tool(name, name, a.hazm_python if name == "hazm" else a.parsivar_python)
            if isinstance(t, str):
                print(f"skip {name}: {t}", file=sys.stderr)
            else:
                tools.append(t)
        else:
            raise SystemExit(f"unknown tool {name!r} (use --cmd NAME=COMMAND for others)")
    for c in a.cmd:
        name, _, cmd = c.partition("=")
        if not cmd:
            raise SystemExit(f"--cmd wants NAME=COMMAND, got {c!r}")
        tools.append(Tool(name, shell=cmd))

    keep = 100000 if (a.dump_errors or a.dump_misses) else 0
    results: dict = {}
    for t in tools:
        print(f"running {t.name} ...", file=sys.stderr)
        try:
            results[t.name] = evaluate(t, gold, a.timeout, keep)
        except ToolError as e:
            print(f"skip {t.name}: {e}", file=sys.stderr)

    print()
    print_table(results)
    if a.dump_errors:
        dump(results, "_errors", a.dump_errors, "Errors")
    if a.dump_misses:
        dump(results, "_misses", a.dump_misses, "Misses")
    if a.json:
        out = {"split": a.split, "sentences": len(gold), "gold_zwnj": nz,
               "gold": os.path.join(a.data, "align-en-fa", "ntrex-dev.tsv"),
               "commands": {t.name: (t.shell if t.shell is not None else t.argv[0]) for t in tools},
               "results": {tool: {v: {k: x for k, x in d.items() if not k.startswith("_")} for v, d in per.items()}
                           for tool, per in results.items()}}
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
        print(f"\nwrote {a.json}")


if __name__ == "__main__":
    main()
