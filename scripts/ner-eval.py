#!/usr/bin/env python3
"""Scores named-entity tags in CoNLL files: exact span and type, micro and per-type precision,
recall and F1 (the measure issue 4 asks for), and reads the four tag sets of ../shared/data into
one scheme (the mapping is the table MAPPING below).

  scripts/ner-eval.py GOLD PREDICTED          both `token<TAB>TAG` (IOB2), blank line between sentences
  scripts/ner-eval.py --convert FILE          FILE from ../shared/data/ner-en or ner-fa, printed in the
                                              project's scheme (`token<TAB>TAG`, IOB2)
  scripts/ner-eval.py --self-test

Tag mapping (source type → Pardaz type; others → O):
  re3d       Person→PER, Organisation→ORG, Location→LOC, Weapon→WEA, MilitaryPlatform→WEA
  WikiGold   PER→PER, ORG→ORG, LOC→LOC (MISC→O); IOB1 is turned into IOB2
  PEYMA      PER→PER, ORG→ORG, LOC→LOC (DAT, TIM, MON, PCT → O: dates are the temporal tagger's)
  Arman      pers→PER, org→ORG, loc→LOC, fac (facilities)→LOC; pro (products) and event → O
"""
import argparse, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import prf  # noqa: E402

MAPPING = {
    "re3d": {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Weapon": "WEA", "MilitaryPlatform": "WEA"},
    "wikigold": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "peyma": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    "arman": {"pers": "PER", "org": "ORG", "loc": "LOC", "fac": "LOC"},
}


def read(path, source=None):
    """Sentences of (token, tag) in the Pardaz scheme, IOB2."""
    name = os.path.basename(path).lower()
    source = source or next((s for s in MAPPING if s in name), None)
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            if source == "peyma":
                token, _, tag = line.rpartition("|")
            elif "\t" in line:
                token, _, tag = line.rpartition("\t")
            else:
                token, _, tag = line.rpartition(" ")
            current.append((token, tag.strip()))
    if current:
        sentences.append(current)
    if source:
        sentences = [normalize(s, MAPPING[source], iob1=(source == "wikigold")) for s in sentences]
    return sentences


def normalize(sentence, mapping, iob1=False):
    """The sentence in the Pardaz scheme; `iob1` marks WikiGold's IOB1 (handled by the same rule)."""
    out, previous = [], "O"
    for token, tag in sentence:
        if tag in ("O", ""):
            out.append((token, "O"))
            previous = "O"
            continue
        prefix, _, kind = tag.replace("_", "-").partition("-")
        mapped = mapping.get(kind)
        if not mapped:
            out.append((token, "O"))
            previous = "O"
            continue
        if prefix == "I" and previous[2:] != mapped:
            prefix = "B"  # an I- that starts an entity (IOB1, or after a type change) begins it
        out.append((token, f"{prefix}-{mapped}"))
        previous = out[-1][1]
    return out


def spans(sentence):
    result, start, kind = set(), None, None
    for i, (_, tag) in enumerate(sentence + [("", "O")]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != kind):
            if start is not None:
                result.add((start, i, kind))
                start, kind = None, None
            if tag.startswith("B-") or tag.startswith("I-"):
                start, kind = i, tag[2:]
    return result


def score(gold, predicted):
    if len(gold) != len(predicted) or any(len(g) != len(p) for g, p in zip(gold, predicted)):
        raise SystemExit("gold and predicted differ in sentences or tokens")
    counts = {}
    for g, p in zip(gold, predicted):
        gs, ps = spans(g), spans(p)
        for kind in {k for *_, k in gs | ps}:
            c = counts.setdefault(kind, [0, 0, 0])
            c[0] += len({s for s in gs & ps if s[2] == kind})
            c[1] += len({s for s in ps if s[2] == kind})
            c[2] += len({s for s in gs if s[2] == kind})
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"micro": prf(*total), **{k: prf(*c) for k, c in sorted(counts.items())}}


def self_test():
    gold = [[("Iran", "B-LOC"), ("and", "O"), ("the", "O"), ("People's", "B-ORG"), ("Liberation", "I-ORG"), ("Army", "I-ORG")]]
    assert score(gold, gold)["micro"] == (1.0, 1.0, 1.0)
    wrong = [[("Iran", "B-LOC"), ("and", "O"), ("the", "O"), ("People's", "B-ORG"), ("Liberation", "I-ORG"), ("Army", "O")]]
    s = score(gold, wrong)
    assert s["micro"][0] == 0.5 and s["micro"][1] == 0.5, s
    assert normalize([("a", "I-ORG"), ("b", "I-ORG"), ("c", "O")], MAPPING["wikigold"], iob1=True) == [("a", "B-ORG"), ("b", "I-ORG"), ("c", "O")]
    assert normalize([("x", "B_PER"), ("y", "I_PER"), ("z", "B_DAT")], MAPPING["peyma"]) == [("x", "B-PER"), ("y", "I-PER"), ("z", "O")]
    print("self-test: PASS")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--convert", metavar="FILE")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if a.convert:
        for sentence in read(a.convert):
            for token, tag in sentence:
                print(f"{token}\t{tag}")
            print()
        return
    if len(a.files) != 2:
        ap.error("give GOLD and PREDICTED")
    result = score(read(a.files[0]), read(a.files[1]))
    for kind, (p, r, f) in result.items():
        print(f"{kind:<6} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
