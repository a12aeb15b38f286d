#!/usr/bin/env python3
"""End-to-end front-matter scores on GROBID's labelled headers: each header of a part is written
as plain text (one line per <lb/>, as `pardaz train layout` reads them), run through
`pardaz run`, and the English `front` of each output is compared with the header's own labels:
title (the titlePart text), authors (the docAuthor text split at commas, semicolons, "and" and
"&", footnote markers removed), abstract (the abstract div's text, without a leading
"Abstract"), keywords (the keyword text split at commas, semicolons and middle dots, without a
leading "Keywords:"). Values are compared by their letters and digits, case folded, so that line
breaks, hyphenation and spacing do not count. Prints precision, recall and F1 per field.

usage: grobid-e2e.py [--pardaz .build/release/pardaz] [--data ../shared/data] [--part test|dev] [--keep DIR]
  test: the sorted files at positions 9, 19, 29... (held out by `pardaz train layout`)
  dev:  those at positions 8, 18, 28... (held out only by `pardaz train layout --dev`)
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET



def key(text):
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def lines_of(front):
    """The header's text, one line per <lb/> (and per blank line in the file's text)."""
    out = [""]

    def add(text):
        if not text:
            return
        parts = text.split("\n")
        for number, part in enumerate(parts):
            if number > 0 and not part.strip() and number + 1 < len(parts):
                out.append("")
            out[-1] += (" " if number > 0 else "") + part

    def walk(element):
        if element.tag == "lb":
            out.append("")
        else:
            add(element.text)
            for child in element:
                walk(child)
                add(child.tail)

    walk(front)
    return [" ".join(line.split()) for line in out if line.split()]


def text_of(element):
    return " ".join("".join(element.itertext()).split())


CUE = re.compile(r"^\s*(abstract|summary|key\s*words?|index terms)\b\s*[:.\-—–]?\s*", re.I)


SYMBOLS = set("*†‡§¶#∗⁎")


def marker_char(c):
    return unicodedata.numeric(c, None) is not None or c in SYMBOLS


def is_marker(word):
    if (len(word) == 1 and "a" <= word <= "z") or word == "ID" or not any(c.isalnum() for c in word):
        return True
    marks = sum(marker_char(c) for c in word)
    lower = sum("a" <= c <= "z" for c in word)
    return marks > 0 and marks + lower == len(word) and lower <= 1


def names(text):
    """Names of an author line without footnote markers (the rules of AuthorLine.swift)."""
    text = re.sub(r"^\s*(by|authors?\s*:)\s+", "", text, flags=re.I)
    out = []
    for piece in re.split(r",|;|،|؛| and | & | و ", text):
        words = piece.split()
        while words and is_marker(words[0]):
            words.pop(0)
        while words and is_marker(words[-1]):
            words.pop()
        if not words:
            continue
        last = words[-1]
        while len(last) > 1 and marker_char(last[-1]):
            last = last[:-1]
        words[-1] = last
        name = " ".join(words)
        if sum(c.isalpha() for c in name) >= 2:
            out.append(name)
    return out


def gold(front):
    title = " ".join(text_of(t) for t in front.iter("titlePart"))
    authors = [n for a in front.iter("docAuthor") for n in names(text_of(a))]
    abstract = " ".join(text_of(d) for d in front.iter("div") if d.get("type") == "abstract")
    keywords = []
    for k in list(front.iter("keyword")) + list(front.iter("keywords")):
        keywords += [i.strip(" .") for i in re.split(r"[,;·•]", CUE.sub("", text_of(k))) if i.strip(" .")]
    return {"title": [title] if title else [], "authors": authors,
            "abstract": [CUE.sub("", abstract)] if abstract else [], "keywords": keywords}


def predicted(output):
    fronts = [f for f in output.get("front", []) if f["language"] == "en"]
    if not fronts:
        return {"title": [], "authors": [], "abstract": [], "keywords": []}
    f = fronts[0]
    abstract = " ".join(s["text"] for s in f.get("abstractText", []))
    return {"title": [f["title"]["text"]] if f.get("title") else [],
            "authors": [a["name"]["text"] for a in f["authors"]],
            "abstract": [abstract] if abstract else [],
            "keywords": [k["text"] for k in f["keywords"]]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pardaz", default=".build/release/pardaz")
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--part", choices=["test", "dev"], default="test")
    parser.add_argument("--keep", help="keep the inputs and outputs in this folder")
    parser.add_argument("--show", action="store_true", help="print each value that differs")
    args = parser.parse_args()
    folder = os.path.join(args.data, "structure/grobid-header/tei")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".tei.xml"))
    position = 9 if args.part == "test" else 8
    chosen = [f for i, f in enumerate(files) if i % 10 == position]
    work = args.keep or tempfile.mkdtemp()
    inputs, outputs = os.path.join(work, "in"), os.path.join(work, "out")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(inputs)
    golds = {}
    for name in chosen:
        front = ET.parse(os.path.join(folder, name)).getroot().find(".//front")
        stem = name[: -len(".tei.xml")].replace(".", "_")
        with open(os.path.join(inputs, stem + ".txt"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines_of(front)) + "\n")
        golds[stem] = gold(front)
    subprocess.run([args.pardaz, "run", "--input", inputs, "--output", outputs, "--quiet"], check=False)
    counts = {f: [0, 0, 0] for f in ("title", "authors", "abstract", "keywords")}
    for stem, want in golds.items():
        path = os.path.join(outputs, stem + ".json")
        got = predicted(json.load(open(path, encoding="utf-8"))) if os.path.exists(path) else predicted({})
        for field, count in counts.items():
            remaining = [key(v) for v in want[field]]
            right = 0
            for value in got[field]:
                if key(value) in remaining:
                    remaining.remove(key(value))
                    right += 1
            count[0] += right
            count[1] += len(got[field])
            count[2] += len(want[field])
            if args.show and right < max(len(got[field]), len(want[field])):
                print("%s %s\n  gold: %s\n  got:  %s" % (stem, field, want[field][:6], got[field][:6]))
    print("GROBID headers (%s part, %d) as plain text through pardaz run, English front:" % (args.part, len(golds)))
    print("field       P      R      F1     (right/predicted/gold)")
    for field, (right, got, want) in counts.items():
        p = right / got if got else 1.0
        r = right / want if want else 1.0
        f1 = 2 * right / (got + want) if got + want else 1.0
        print("%-10s  %.3f  %.3f  %.3f  (%d/%d/%d)" % (field, p, r, f1, right, got, want))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
