#!/usr/bin/env python3
"""Writes the pathological inputs of issue 14 ("Bounded cost") into a folder, for scaling.sh.

  python3 scripts/bench/make-inputs.py OUT align N        OUT/align-N.en, OUT/align-N.fa: N sentences a line,
                                                          the English-Persian dev pairs cycled
  python3 scripts/bench/make-inputs.py OUT paper N        OUT/paper-N.md: input/sample-paper.md with both
                                                          abstracts repeated to N sentences each
  python3 scripts/bench/make-inputs.py OUT headings N     OUT/headings-N.md: "# Heading K", a paragraph, N times
  python3 scripts/bench/make-inputs.py OUT text MB        OUT/text-MB.txt: English paragraphs, about MB megabytes
  python3 scripts/bench/make-inputs.py OUT markdown MB    OUT/markdown-MB.md: the same with a heading every 8 paragraphs

The text is the dev pairs' English sentences (../shared/data/align-en-fa), numbered so that no two
paragraphs are alike.
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PAIRS = os.path.join(ROOT, "..", "shared", "data", "align-en-fa", "ntrex-dev.tsv")


def pairs():
    with open(PAIRS, encoding="utf-8") as f:
        next(f)
        return [tuple(line.rstrip("\n").split("\t")[1:3]) for line in f if line.count("\t") == 2]


def align(out, n):
    p = pairs()
    rows = [p[k % len(p)] for k in range(n)]
    for index, language in ((0, "en"), (1, "fa")):
        with open(os.path.join(out, f"align-{n}.{language}"), "w", encoding="utf-8") as f:
            f.write("".join(row[index] + "\n" for row in rows))


def paper(out, n):
    text = open(os.path.join(ROOT, "input", "sample-paper.md"), encoding="utf-8").read()
    paragraphs = text.split("\n\n")

    def grow(heading):
        k = next(i for i, p in enumerate(paragraphs) if p.strip() == heading) + 1
        sentences = re.findall(r"[^.!?]+[.!?]", paragraphs[k])
        sentences = [s.strip() for s in sentences]
        paragraphs[k] = " ".join(sentences[i % len(sentences)] for i in range(n))

    grow("### چکیده")
    grow("## ABSTRACT")
    with open(os.path.join(out, f"paper-{n}.md"), "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs))


def headings(out, n):
    with open(os.path.join(out, f"headings-{n}.md"), "w", encoding="utf-8") as f:
        for k in range(1, n + 1):
            f.write(f"# Heading {k}\n\nparagraph\n\n")


def prose(out, megabytes, markdown):
    english = [e for e, _ in pairs()]
    name = f"markdown-{megabytes}.md" if markdown else f"text-{megabytes}.txt"
    target, written, k = int(float(megabytes) * 1_000_000), 0, 0
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        while written < target:
            if markdown and k % 8 == 0:
                chunk = f"## {k // 8 + 1}. {english[k % len(english)][:60].rstrip('.')}\n\n"
            else:
                chunk = " ".join(english[(k * 5 + i) % len(english)] for i in range(5)) + f" (Paragraph {k + 1}.)\n\n"
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            k += 1


def main():
    out, kind, size = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    if kind == "align": align(out, int(size))
    elif kind == "paper": paper(out, int(size))
    elif kind == "headings": headings(out, int(size))
    elif kind in ("text", "markdown"): prose(out, size, kind == "markdown")
    else: sys.exit(f"unknown kind {kind}")


if __name__ == "__main__":
    main()
