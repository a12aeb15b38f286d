#!/usr/bin/env python3
"""Persian entity tagger scored on held-out slices of PEYMA's training part (issue 4).

PEYMA's development part is one held-out set of the PEYMA kind; this gives more. For each fold k
of --folds, the k-th contiguous tenth of ../shared/data/ner-fa/peyma-train.txt (contiguous, so that
sentences of one article stay on one side) is held out, the model is trained by `pardaz train ner
--lang fa` on the rest with ArmanPersoNER as usual, and the held-out tenth is scored in place of
PEYMA's development part. Each fold's data folder is built in a temporary folder from symbolic
links and slices of the shared files (nothing is written to the repository; the models go to the
temporary folder too).

Usage: python3 scripts/ner-crossval-fa.py [--folds 0,1,...,9] [--pardaz .build/release/pardaz] [--data ../shared/data]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", default="0,1,2,3,4,5,6,7,8,9", help="which tenths to hold out, 0-9")
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz"))
    ap.add_argument("--data", default=os.path.join(os.path.dirname(REPO), "shared", "data"))
    args = ap.parse_args()
    train_path = os.path.join(args.data, "ner-fa", "peyma-train.txt")
    if not os.path.exists(train_path):
        sys.exit(f"{train_path}: not found")
    if not os.path.exists(args.pardaz):
        sys.exit(f"{args.pardaz}: not found; run swift build -c release")
    with open(train_path, encoding="utf-8") as f:
        sentences = [s for s in f.read().split("\n\n") if s.strip()]
    scores = []
    with tempfile.TemporaryDirectory(prefix="pardaz-cv-") as tmp:
        for k in [int(x) for x in args.folds.split(",")]:
            folder = os.path.join(tmp, f"fold{k}")
            os.makedirs(os.path.join(folder, "ner-fa"))
            os.makedirs(os.path.join(folder, "align-en-fa"))
            start, end = len(sentences) * k // 10, len(sentences) * (k + 1) // 10
            with open(os.path.join(folder, "ner-fa", "peyma-train.txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join(sentences[:start] + sentences[end:]) + "\n\n")
            with open(os.path.join(folder, "ner-fa", "peyma-dev.txt"), "w", encoding="utf-8") as f:
                f.write("\n\n".join(sentences[start:end]) + "\n\n")
            for name in ("arman-part2.txt", "arman-part3.txt"):
                os.symlink(os.path.join(args.data, "ner-fa", name), os.path.join(folder, "ner-fa", name))
            os.symlink(os.path.join(args.data, "align-en-fa", "ntrex-dev.tsv"), os.path.join(folder, "align-en-fa", "ntrex-dev.tsv"))
            out = subprocess.run([args.pardaz, "train", "ner", "--lang", "fa", "--data", folder, "--output", folder],
                                 capture_output=True, text=True, check=True).stdout
            # The scores of the set named peyma: the 'all' line after its heading.
            section = out.split("held out, peyma:")[1].split("held out,")[0]
            f1 = float(re.search(r"all\s+P\s+\S+\s+R\s+\S+\s+F1\s+(\S+)", section).group(1))
            sentences_held = end - start
            print(f"fold {k}: sentences {start}-{end - 1} held out ({sentences_held}), PER/ORG/LOC F1 {f1:.3f}")
            scores.append(f1)
    print(f"mean F1 over {len(scores)} folds: {sum(scores) / len(scores):.3f}")


if __name__ == "__main__":
    main()
