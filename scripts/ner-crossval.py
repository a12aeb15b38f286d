#!/usr/bin/env python3
"""The entity tagger scored on ten held-out splits of its data instead of one (issue 4).

`pardaz train ner` holds out one fixed set per corpus; a small held-out set moves by a point or two
with any change. This trains and scores the tagger once per fold, each time in a temporary data
folder built from the shared files (nothing is written to the repository; the models go to the
temporary folder too):

  --lang fa  the k-th contiguous tenth of ../shared/data/ner-fa/peyma-train.txt (contiguous, so that
             the sentences of one article stay on one side) is held out in place of PEYMA's
             development part, the model trained on the rest with ArmanPersoNER as usual; the score
             is PEYMA's (PER/ORG/LOC).
  --lang en  each corpus's sentences are rotated by k, so that `pardaz train`'s every tenth sentence
             is a different tenth for each k; the score is the two held-out sets together
             (PER/ORG/LOC/WEA).

Any further arguments go to `pardaz train ner` (e.g. `--clusters none` to train English without its
Brown clusters).

Usage: python3 scripts/ner-crossval.py --lang en|fa [--folds 0,1,...,9] [--pardaz PATH] [--data DIR] [-- TRAIN-ARGS]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentences(path: str) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [s for s in re.split(r"\n[ \t]*\n", f.read()) if s.strip()]


def write(path: str, items: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(items) + "\n\n")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", choices=("en", "fa"), required=True)
    ap.add_argument("--folds", default="0,1,2,3,4,5,6,7,8,9", help="which tenths to hold out, 0-9")
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz"))
    ap.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    args, train_args = ap.parse_known_args()
    train_args = [a for a in train_args if a != "--"]
    if not os.path.exists(args.pardaz):
        sys.exit(f"{args.pardaz}: not found; run swift build -c release")
    if args.lang == "fa":
        corpora = {"ner-fa/peyma-train.txt": sentences(os.path.join(args.data, "ner-fa", "peyma-train.txt"))}
        links = ["ner-fa/arman-part2.txt", "ner-fa/arman-part3.txt", "align-en-fa/ntrex-dev.tsv"]
        scored = "peyma"
    else:
        corpora = {name: sentences(os.path.join(args.data, name)) for name in ("ner-en/re3d-train.conll", "ner-en/wikigold.conll")}
        links = []
        scored = "all"
    scores = []
    with tempfile.TemporaryDirectory(prefix="pardaz-cv-") as tmp:
        for k in [int(x) for x in args.folds.split(",")]:
            folder = os.path.join(tmp, f"fold{k}")
            for name in list(corpora) + links:
                os.makedirs(os.path.dirname(os.path.join(folder, name)), exist_ok=True)
            for name in links:
                os.symlink(os.path.join(args.data, name), os.path.join(folder, name))
            if args.lang == "fa":
                items = corpora["ner-fa/peyma-train.txt"]
                start, end = len(items) * k // 10, len(items) * (k + 1) // 10
                write(os.path.join(folder, "ner-fa", "peyma-train.txt"), items[:start] + items[end:])
                write(os.path.join(folder, "ner-fa", "peyma-dev.txt"), items[start:end])
            else:
                for name, items in corpora.items():
                    write(os.path.join(folder, name), items[k:] + items[:k])
            out = subprocess.run([args.pardaz, "train", "ner", "--lang", args.lang, "--data", folder, "--output", folder]
                                 + train_args, capture_output=True, text=True, check=True, cwd=REPO).stdout
            section = out.split(f"held out, {scored}:")[1].split("held out,")[0]
            f1 = float(re.search(r"all\s+P\s+\S+\s+R\s+\S+\s+F1\s+(\S+)", section).group(1))
            print(f"fold {k}: F1 {f1:.3f}")
            scores.append(f1)
    print(f"mean F1 over {len(scores)} folds: {sum(scores) / len(scores):.4f}")


if __name__ == "__main__":
    main()
