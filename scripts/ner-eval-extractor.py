#!/usr/bin/env python3
"""Scores the whole entity extractor (`pardaz entities`: the tagger, then the gazetteer, weapon
patterns, trimming, citation rules and the consistency filters), not the tagger alone, on the
held-out sentences of the NER data: the sentences' tokens joined by spaces, one sentence a line,
all in one run, and the mentions found compared with the gold spans (exact span and type; PER,
ORG, LOC). Comparing it with `pardaz train ner`'s figures for the same sentences shows what the
rules after the tagger win or lose.

  python3 scripts/ner-eval-extractor.py                 # PEYMA's development part (Persian)
  python3 scripts/ner-eval-extractor.py --lang en       # every tenth sentence of WikiGold

The extractor tags Persian in PEYMA's convention, so ArmanPersoNER's held-out sentences, which
follow another, are not scored here.
"""
import argparse, importlib.util, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import prf  # noqa: E402

REPO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(REPO, "..", "shared", "data")
spec = importlib.util.spec_from_file_location("ner_eval", os.path.join(REPO, "scripts", "ner-eval.py"))
ner_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ner_eval)
TYPES = ("PER", "ORG", "LOC")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=("fa", "en"), default="fa")
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz"))
    a = ap.parse_args()
    if a.lang == "fa":
        sentences = ner_eval.read(os.path.join(DATA, "ner-fa", "peyma-dev.txt"))
    else:
        # WikiGold only: re3d marks descriptions and pronouns ("the city", "we") as entities, and the
        # extractor keeps to names by design.
        sentences = [s for i, s in enumerate(ner_eval.read(os.path.join(DATA, "ner-en", "wikigold.conll"))) if i % 10 == 9]
    lines, gold, position = [], set(), 0
    for sentence in sentences:
        starts, line = [], ""
        for token, _ in sentence:
            if line:
                line += " "
            starts.append(position + len(line))
            line += token
        # ner-eval.py's spans are token ranges, end exclusive: as characters of the joined text.
        gold |= {(starts[first], starts[end - 1] + len(sentence[end - 1][0]), kind)
                 for first, end, kind in ner_eval.spans(sentence) if kind in TYPES}
        lines.append(line)
        position += len(line) + 1
    out = subprocess.run([a.pardaz, "entities", "--lang", a.lang], input="\n".join(lines).encode("utf-8"),
                         capture_output=True, check=True)
    found = {(m["start"], m["end"], m["type"]) for m in json.loads(out.stdout) if m["type"] in TYPES}
    print(f"{len(sentences)} sentences, {len(gold)} gold names, {len(found)} found")
    for kind in TYPES + ("all",):
        f = {x for x in found if kind in ("all", x[2])}
        g = {x for x in gold if kind in ("all", x[2])}
        p, r, f1 = prf(len(f & g), len(f), len(g))
        print(f"  {kind:<4} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    sys.exit(main())
