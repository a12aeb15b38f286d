#!/usr/bin/env python3
"""Span evaluation of `pardaz timex --lang fa` against PEYMA's date and time spans (DAT, TIM), the
only Persian temporal annotations in ../shared/data (spans only: PEYMA gives no normalized values).

Each PEYMA sentence is rebuilt as its tokens joined by single spaces (PEYMA splits some suffixes off
as tokens, so the text is a little unlike running text), all sentences go through one `pardaz timex`
process one a line, and the expressions found are compared with the gold spans in characters:
strict (same start and end) and relaxed (overlapping) precision, recall and F1. PEYMA has no document
creation time, so values are not scored.

  python3 scripts/timex-eval-fa.py [--part dev|train|both] [--dump N]
"""
import argparse, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import f1, prf  # noqa: E402

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(REPO, "..", "shared", "data", "ner-fa")


def sentences(path):
    """(text, gold spans) per sentence; gold spans are (start, end) in characters of the text."""
    result, tokens, tags = [], [], []

    def flush():
        if not tokens:
            return
        text, starts = "", []
        for token in tokens:
            if text:
                text += " "
            starts.append(len(text))
            text += token
        spans, open_start, open_end = [], None, None
        for i, tag in enumerate(tags + ["O"]):
            inside = tag[2:] in ("DAT", "TIM")
            if open_start is not None and not (inside and tag.startswith("I_")):
                spans.append((open_start, open_end))
                open_start = None
            if inside and (tag.startswith("B_") or open_start is None):
                open_start = starts[i]
            if inside:
                open_end = starts[i] + len(tokens[i])
        result.append((text, spans))
        tokens.clear()
        tags.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            token, _, tag = line.rpartition("|")
            tokens.append(token)
            tags.append(tag)
    flush()
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("dev", "train", "both"), default="dev")
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz"))
    ap.add_argument("--dump", type=int, default=0, metavar="N", help="print N missed and N spurious spans")
    a = ap.parse_args()
    files = {"dev": ["peyma-dev.txt"], "train": ["peyma-train.txt"], "both": ["peyma-dev.txt", "peyma-train.txt"]}[a.part]
    data = [s for name in files for s in sentences(os.path.join(DATA, name))]
    text = "\n".join(t for t, _ in data)
    out = subprocess.run([a.pardaz, "timex", "--lang", "fa"], input=text.encode("utf-8"), capture_output=True, check=True)
    found_all = sorted((e["start"], e["end"]) for e in json.loads(out.stdout))
    # Back to sentences: each sentence's offset in the joined text.
    offsets, position = [], 0
    for t, _ in data:
        offsets.append(position)
        position += len(t) + 1
    per_sentence = [[] for _ in data]
    index = 0
    for start, end in found_all:
        while index + 1 < len(offsets) and offsets[index + 1] <= start:
            index += 1
        per_sentence[index].append((start - offsets[index], end - offsets[index]))
    strict = relaxed_found = relaxed_gold = 0
    gold_total = sum(len(g) for _, g in data)
    found_total = len(found_all)
    missed, spurious = [], []
    for (t, gold), found in zip(data, per_sentence):
        strict += len(set(gold) & set(found))
        for g in gold:
            if any(f[0] < g[1] and g[0] < f[1] for f in found):
                relaxed_gold += 1
            else:
                missed.append(t[g[0]:g[1]])
        for f in found:
            if any(f[0] < g[1] and g[0] < f[1] for g in gold):
                relaxed_found += 1
            else:
                spurious.append(t[f[0]:f[1]])
    print(f"PEYMA {a.part}: {len(data)} sentences, {gold_total} gold DAT/TIM spans, {found_total} found")
    p, r, strict_f1 = prf(strict, found_total, gold_total)
    print(f"  strict span  P {p:.3f}  R {r:.3f}  F1 {strict_f1:.3f}")
    p, r = relaxed_found / found_total if found_total else 0, relaxed_gold / gold_total if gold_total else 0
    print(f"  relaxed span P {p:.3f}  R {r:.3f}  F1 {f1(p, r):.3f}")
    if a.dump:
        print("missed:", " | ".join(missed[: a.dump]))
        print("spurious:", " | ".join(spurious[: a.dump]))


if __name__ == "__main__":
    sys.exit(main())
