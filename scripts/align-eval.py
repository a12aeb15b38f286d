#!/usr/bin/env python3
"""Scores Pardaz's sentence aligner (issue 6) on held-out English-Persian documents, side by side
with a plain length-only Gale-Church baseline on the same sentences.

Documents are rebuilt from ../shared/data/align-en-fa/ntrex-dev.tsv: the documents at odd positions
in the sorted list of ids (`pardaz train lexicon` learns from the even ones), each written as its
title on one line and its other sentences joined into one paragraph. Two variants:
  1:1     as translated, sentence for sentence;
  merged  every third Persian sentence merged with the next (its final stop turned into a comma),
          so the gold has links of two English sentences to one Persian one.
Pardaz splits the sentences itself (`pardaz align --en FILE --fa FILE`). A predicted link counts
through the gold sentences its sentences cover: every (English gold, Persian gold) pair it joins is
a predicted pair, and precision, recall and F1 are over those pairs. The baseline aligns Pardaz's
sentences by length alone (moves 1:1, 1:2, 2:1, 1:0, 0:1 with Gale and Church's priors; ratio and
variance fitted on the even documents).

  swift build -c release
  python3 scripts/align-eval.py                 # both variants
  python3 scripts/align-eval.py --abstracts     # also the abstracts of the seed paper and the samples

With --abstracts it also runs `pardaz process` on the seed paper and the two sample papers and scores
their abstracts' sentence links against the gold of reading them: each English sentence renders the
Persian sentence in the same place (they are not held out: the aligner was built looking at them).
"""
import argparse, json, math, os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import prf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(path):
    docs = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                docs.setdefault(parts[0], []).append((parts[1], parts[2]))
    ids = sorted(docs)
    return {i: docs[i] for i in ids[0::2]}, {i: docs[i] for i in ids[1::2]}


def build(sentences):
    """Title on its own line, the rest one paragraph; returns text and each sentence's span."""
    text, spans = "", []
    for k, s in enumerate(sentences):
        if k == 1:
            text += "\n"
        elif k > 1:
            text += " "
        spans.append((len(text), len(text) + len(s)))
        text += s
    return text + "\n", spans


def merge_persian(persian):
    """Every third sentence (from the second) merged with the next: returns sentences and, per
    merged sentence, the original indices it holds."""
    out, groups, k = [], [], 0
    while k < len(persian):
        if k % 3 == 1 and k + 1 < len(persian):
            first = persian[k].rstrip()
            if first and first[-1] in ".!?؟":
                first = first[:-1]
            out.append(first + "، " + persian[k + 1].lstrip())
            groups.append([k, k + 1])
            k += 2
        else:
            out.append(persian[k])
            groups.append([k])
            k += 1
    return out, groups


def covered(spans, start, end):
    """Gold sentences that the span [start, end) covers more than half of."""
    result = []
    for index, (s, e) in enumerate(spans):
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and overlap * 2 > (e - s):
            result.append(index)
    return result


def pairs_of(links, en_sentences, fa_sentences, en_spans, fa_spans):
    by_id = {s["id"]: s for s in en_sentences + fa_sentences}
    result = set()
    for english, persian in links:
        e = {g for i in english for g in covered(en_spans, by_id[i]["start"], by_id[i]["end"])}
        f = {g for i in persian for g in covered(fa_spans, by_id[i]["start"], by_id[i]["end"])}
        result |= {(a, b) for a in e for b in f}
    return result


def gale_church(en, fa, ratio, variance):
    """Length-only alignment of sentence texts: list of (english ids, persian ids)."""
    moves = [(1, 1, -math.log(0.89)), (2, 1, -math.log(0.0445)), (1, 2, -math.log(0.0445)),
             (1, 0, -math.log(0.0099)), (0, 1, -math.log(0.0099))]
    def cost(a, b):
        le, lf = sum(len(x["text"]) for x in a), sum(len(x["text"]) for x in b)
        if le == 0 or lf == 0:
            return 0.0
        delta = (lf - ratio * le) / math.sqrt(max(le, 1) * variance)
        p = max(2 * (1 - 0.5 * math.erfc(-abs(delta) / math.sqrt(2))), 1e-12)
        return -math.log(p)
    n, m = len(en), len(fa)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i in range(n + 1):
        for j in range(m + 1):
            if best[i][j] == math.inf:
                continue
            for de, df, prior in moves:
                if i + de <= n and j + df <= m:
                    c = best[i][j] + prior + cost(en[i:i + de], fa[j:j + df])
                    if c < best[i + de][j + df]:
                        best[i + de][j + df] = c
                        back[i + de][j + df] = (de, df)
    links, i, j = [], n, m
    while i > 0 or j > 0:
        de, df = back[i][j]
        links.append(([x["id"] for x in en[i - de:i]], [x["id"] for x in fa[j - df:j]]))
        i, j = i - de, j - df
    return links[::-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "align-en-fa", "ntrex-dev.tsv"))
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "pardaz"))
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--abstracts", action="store_true")
    a = ap.parse_args()
    fitting, held = load(a.data)
    pairs = [p for doc in fitting.values() for p in doc]
    ratio = sum(len(f) for _, f in pairs) / sum(len(e) for e, _ in pairs)
    variance = sum((len(f) - ratio * len(e)) ** 2 / len(e) for e, f in pairs) / len(pairs)
    print(f"held out: {len(held)} documents, {sum(len(d) for d in held.values())} sentence pairs; "
          f"baseline ratio {ratio:.3f}, variance {variance:.3f}")
    print(f"{'variant':<8} {'Pardaz P / R / F1':>24} {'Gale-Church P / R / F1':>26}  uncertain links")
    with tempfile.TemporaryDirectory() as scratch:
        for variant in ("1:1", "merged"):
            totals = {"pardaz": [0, 0, 0], "baseline": [0, 0, 0]}
            uncertain = links_total = 0
            for doc, rows in held.items():
                english = [e for e, _ in rows]
                persian = [f for _, f in rows]
                groups = [[k] for k in range(len(persian))]
                if variant == "merged":
                    persian, groups = merge_persian(persian)
                en_text, en_spans = build(english)
                fa_text, fa_spans = build(persian)
                gold = set()
                for merged_index, originals in enumerate(groups):
                    for k in originals:
                        gold.add((k, merged_index))
                en_path, fa_path = os.path.join(scratch, "en.txt"), os.path.join(scratch, "fa.txt")
                with open(en_path, "w", encoding="utf-8") as f:
                    f.write(en_text)
                with open(fa_path, "w", encoding="utf-8") as f:
                    f.write(fa_text)
                out = json.loads(subprocess.run([a.binary, "align", "--en", en_path, "--fa", fa_path],
                                                capture_output=True, text=True, check=True).stdout)
                links = [(l["english"], l["persian"]) for l in out["links"]]
                uncertain += sum(1 for l in out["links"] if l["uncertain"])
                links_total += len(links)
                predicted = pairs_of(links, out["english"], out["persian"], en_spans, fa_spans)
                baseline = pairs_of(gale_church(out["english"], out["persian"], ratio, variance),
                                    out["english"], out["persian"], en_spans, fa_spans)
                for name, found in (("pardaz", predicted), ("baseline", baseline)):
                    totals[name][0] += len(found & gold)
                    totals[name][1] += len(found)
                    totals[name][2] += len(gold)
                if a.show_errors and predicted != gold:
                    print(f"  {variant} {doc}: missed {sorted(gold - predicted)} wrong {sorted(predicted - gold)}")
            p = prf(*totals["pardaz"])
            b = prf(*totals["baseline"])
            print(f"{variant:<8} {'%.3f / %.3f / %.3f' % p:>24} {'%.3f / %.3f / %.3f' % b:>26}  {uncertain} of {links_total}")
    if a.abstracts:
        papers = [os.path.join(ROOT, "..", "shared", "seeds", "001_37ff714d374d7a62.txt"),
                  os.path.join(ROOT, "input", "sample-paper.md"), os.path.join(ROOT, "input", "sample-journal.html")]
        tp = predicted_total = gold_total = 0
        for paper in papers:
            document = json.loads(subprocess.run([a.binary, "process", paper], capture_output=True, text=True, check=True).stdout)
            links = [x for x in document["alignments"] if x["kind"] == "sentence"]
            english = [s["id"] for s in document["sentences"] if any(s in x["english"] for x in links)]
            persian = [s["id"] for s in document["sentences"] if any(s in x["persian"] for x in links)]
            gold = set(zip(english, persian)) if len(english) == len(persian) else set()
            found = {(e["id"], f["id"]) for x in links for e in x["english"] for f in x["persian"]}
            tp += len(found & gold)
            predicted_total += len(found)
            gold_total += len(english)
            print(f"  {os.path.basename(paper)}: {len(english)} English and {len(persian)} Persian sentences, "
                  f"{len(found & gold)} of {len(english)} gold links found, {len(found - gold)} wrong")
        print(f"abstracts {'%.3f / %.3f / %.3f' % prf(tp, predicted_total, gold_total):>24}")


if __name__ == "__main__":
    main()
