#!/usr/bin/env python3
"""Builds Sources/PardazExtract/Resources/clusters/en-brown.tsv: Brown word clusters for the English
entity tagger's features (`WordClusters`), from the PyPI package spacy-lookups-data 1.0.5 (MIT,
Copyright (c) 2019 ExplosionAI GmbH), whose `en_lexeme_cluster` table gives 1,000 Brown clusters
(as the integer of each cluster's bit path) and `en_lexeme_prob` each word's log probability.

Kept: the --top most probable words that have a cluster; each line is the word lowercased and its
cluster's bit path. Where casings of one word fall in different clusters ("Turkey", "turkey"), the
most probable casing decides. Nothing else of the package is copied.

Install the source in a throw-away environment and run:
  python3 -m venv /tmp/sld && /tmp/sld/bin/pip install --no-deps spacy-lookups-data==1.0.5
  /tmp/sld/bin/python scripts/build-english-clusters.py
"""
import argparse
import gzip
import json
import os

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=100_000, help="how many of the most probable words to consider")
    ap.add_argument("--out", default=os.path.join(REPO, "Sources", "PardazExtract", "Resources", "clusters", "en-brown.tsv"))
    args = ap.parse_args()
    try:
        import spacy_lookups_data
    except ImportError:
        raise SystemExit("spacy-lookups-data is not installed here; see this script's docstring")
    data = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data")
    with gzip.open(os.path.join(data, "en_lexeme_cluster.json.gz")) as f:
        clusters = json.load(f)
    with gzip.open(os.path.join(data, "en_lexeme_prob.json.gz")) as f:
        probs = json.load(f)
    ranked = sorted(probs.items(), key=lambda item: (-item[1], item[0]))[: args.top]
    chosen = {}
    for word, _ in ranked:
        cluster = clusters.get(word, 0)
        key = word.lower()
        if cluster and key not in chosen and "\t" not in key and "\n" not in key and key.strip() == key and key:
            chosen[key] = bin(cluster)[2:]
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("# Built by scripts/build-english-clusters.py from spacy-lookups-data 1.0.5 (MIT); see README.md here.\n")
        for key in sorted(chosen):
            f.write(f"{key}\t{chosen[key]}\n")
    print(f"{args.out}: {len(chosen)} words")


if __name__ == "__main__":
    main()
