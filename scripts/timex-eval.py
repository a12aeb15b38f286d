#!/usr/bin/env python3
"""TempEval-3-style evaluation of `pardaz timex --lang en` on the TimeML files of
../shared/data/timex-en/TBAQ-cleaned (TimeBank and AQUAINT; read in place, never copied).

For each document the text between <TEXT> tags is rebuilt with the gold TIMEX3 spans (the document
creation time excluded), pardaz runs on it with --dct set to the document's creation time, and:
  - strict span P/R/F1: exact start and end;
  - relaxed span P/R/F1: overlapping spans, one to one;
  - type accuracy: over relaxed matches;
  - value F1: relaxed matches whose value (and mod, with --mod) is right, over system and over gold
    (a decade 198 and 198X count as the same value, and so do the weeks 2000-W7 and 2000-W07).

  scripts/timex-eval.py [--part TimeBank|AQUAINT|all] [--pardaz CMD] [--dump N] [--dateparser]

--dateparser scores dateparser 1.x's search_dates the same way (DATE values only: YYYY-MM-DD, or
YYYY-MM / YYYY where the expression has no day / month), for the side-by-side figure.
"""
import argparse, glob, json, os, re, shlex, subprocess, sys, time
from xml.etree import ElementTree

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(os.path.dirname(REPO), "shared", "data", "timex-en", "TBAQ-cleaned")


def load(path):
    root = ElementTree.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")
    text_el = root.find("TEXT")
    parts, gold = [], []

    def walk(el):
        if el.tag == "TIMEX3":
            start = sum(len(p) for p in parts)
            inner = "".join(el.itertext())
            parts.append(inner)
            gold.append({"start": start, "end": start + len(inner), "type": el.get("type"), "value": el.get("value"),
                         "mod": el.get("mod"), "text": inner})
        else:
            if el.text:
                parts.append(el.text)
            for child in el:
                walk(child)
        if el is not text_el and el.tail:
            parts.append(el.tail)

    walk(text_el)
    return "".join(parts), gold, (dct or "")[:10]


def match(gold, system):
    """One-to-one relaxed matches (overlap), greedy by overlap size."""
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g["end"], s["end"]) - max(g["start"], s["start"])
            if overlap > 0:
                pairs.append((overlap, gi, si))
    pairs.sort(reverse=True)
    used_g, used_s, out = set(), set(), []
    for _, gi, si in pairs:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            out.append((gold[gi], system[si]))
    return out


def same_value(gold, system):
    """Equal values; a decade or century written TimeML 1.2's way (198, 19) equals Pardaz's (198X,
    19XX), the form of the project's conventions (../shared/notes/persian-and-time-facts.md)."""
    if gold == system:
        return True
    if gold and system and re.fullmatch(r"\d{2,3}", gold):
        return system == gold + "X" * (4 - len(gold))
    # ISO weeks with or without a leading zero (2000-W7, 2000-W07)
    week = lambda v: re.sub(r"-W0(\d)\b", r"-W\1", v or "")
    return week(gold) == week(system)


def prf(correct, system, gold):
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_pardaz(cmd, text, dct):
    args = shlex.split(cmd) + (["--dct", dct] if dct else [])
    out = subprocess.run(args, input=text.encode(), capture_output=True, check=True).stdout
    return json.loads(out)


def run_dateparser(text, dct):
    from dateparser.search import search_dates
    import datetime
    base = datetime.datetime.strptime(dct, "%Y-%m-%d") if dct else None
    settings = {"RELATIVE_BASE": base} if base else {}
    found = search_dates(text, languages=["en"], settings=settings) or []
    results, cursor = [], 0
    for phrase, value in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        # dateparser gives a full datetime; keep what the phrase states (a year alone, a month and year).
        months = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
        if re.fullmatch(r"\s*\d{4}\s*", phrase):
            stated = value.strftime("%Y")
        elif re.search(months, phrase.lower()) and not re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", phrase):
            stated = value.strftime("%Y-%m")
        else:
            stated = value.strftime("%Y-%m-%d")
        results.append({"start": start, "end": start + len(phrase), "type": "DATE", "value": stated, "text": phrase})
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="all", choices=["TimeBank", "AQUAINT", "all"])
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz") + " timex --lang en")
    ap.add_argument("--dateparser", action="store_true")
    ap.add_argument("--mod", action="store_true", help="count mod as part of the value")
    ap.add_argument("--dump", type=int, default=0, help="print N value errors and misses")
    a = ap.parse_args()
    parts = ["TimeBank", "AQUAINT"] if a.part == "all" else [a.part]
    files = sorted(f for p in parts for f in glob.glob(os.path.join(DATA, p, "*.tml")))
    tools = {"pardaz": lambda text, dct: run_pardaz(a.pardaz, text, dct)}
    if a.dateparser:
        tools["dateparser"] = run_dateparser
    for name, tool in tools.items():
        totals = dict(gold=0, system=0, strict=0, relaxed=0, type=0, value=0)
        errors, chars, started = [], 0, time.perf_counter()
        for path in files:
            text, gold, dct = load(path)
            chars += len(text)
            system = tool(text, dct)
            totals["gold"] += len(gold)
            totals["system"] += len(system)
            spans = {(g["start"], g["end"]) for g in gold}
            totals["strict"] += sum(1 for s in system if (s["start"], s["end"]) in spans)
            for g, s in match(gold, system):
                totals["relaxed"] += 1
                totals["type"] += g["type"] == s["type"]
                right = same_value(g["value"], s["value"]) and (not a.mod or (g.get("mod") or None) == (s.get("mod") or None))
                totals["value"] += right
                if not right:
                    errors.append(f"{os.path.basename(path)}: «{g['text']}» gold {g['value']} {g.get('mod') or ''} / «{s['text']}» {s['value']} {s.get('mod') or ''}")
            pairs = match(gold, system)
            matched = {id(g) for g, _ in pairs}
            found = {id(s) for _, s in pairs}
            errors += [f"{os.path.basename(path)}: missed «{g['text']}» {g['type']} {g['value']}" for g in gold if id(g) not in matched]
            errors += [f"{os.path.basename(path)}: spurious «{s['text']}» {s['type']} {s['value']}" for s in system if id(s) not in found]
        seconds = time.perf_counter() - started
        sp = prf(totals["strict"], totals["system"], totals["gold"])
        rp = prf(totals["relaxed"], totals["system"], totals["gold"])
        vp = prf(totals["value"], totals["system"], totals["gold"])
        type_acc = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0
        print(f"{name} on {a.part} ({len(files)} documents, {totals['gold']} gold, {totals['system']} found):")
        print(f"  strict span  P {sp[0]:.3f}  R {sp[1]:.3f}  F1 {sp[2]:.3f}")
        print(f"  relaxed span P {rp[0]:.3f}  R {rp[1]:.3f}  F1 {rp[2]:.3f}")
        print(f"  type accuracy {type_acc:.3f}")
        print(f"  value        P {vp[0]:.3f}  R {vp[1]:.3f}  F1 {vp[2]:.3f}")
        print(f"  {chars / seconds:,.0f} characters a second, process start-up included")
        for line in errors[: a.dump]:
            print("   ", line)


if __name__ == "__main__":
    main()
