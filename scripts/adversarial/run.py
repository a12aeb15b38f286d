#!/usr/bin/env python3
"""Adversarial reliability suite for `pardaz run` (issue 14, item 7).

Builds hostile inputs and faults in a temporary folder (odd file names, files swapped for links,
pipes and sockets, corrupt manifests, unreadable folders, a full or read-only disk, kills at random
moments, bad options, pathological sizes, and a big mixed run) and checks the runner's promises in
README.md. One line per case, `PASS|FAIL|SKIP case-name: detail`, then a summary; exit 0 only if no
case failed (SKIP does not fail the suite, but a skipped case tested nothing).

    python3 scripts/adversarial/run.py [--pardaz PATH] [--count N] [--only NAME[,NAME]]
                                       [--skip NAME[,NAME]] [--keep] [--seed S] [--list]

NAME is a case name (`names-long`) or a group (`names`). Python 3 standard library only; the schema
check uses scripts/validate-json.py, which needs `jsonschema` (SKIP when it is missing). Cases that
need root (tmpfs mounts) or another user (permission bits) say SKIP with the reason when they cannot
run. Every input is generated from the small word lists below, deterministically for a seed.
"""
import argparse
import hashlib
import importlib.util
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.path.join(ROOT, "Sources", "PardazExport", "Schemas")
PASSWD = "/etc/passwd"
PASSWD_MARK = b"root:x:0:0"
CRASH_CODES = {132, 134, 135, 136, 139}  # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV as a shell shows them
RAW_ERROR_MARKS = ("Error Domain=", "NSPOSIXErrorDomain")
LOG_LEVELS = ("trace", "debug", "info", "notice", "warning", "error", "critical")
TMP_MARK = ".pardaz-tmp-"

# ---------------------------------------------------------------------------------------------
# The project's own text: parallel English/Persian word lists and sentence templates.

COUNTRIES = [("Iran", "ایران"), ("Oman", "عمان"), ("India", "هند"), ("Qatar", "قطر"), ("Kuwait", "کویت"),
             ("Japan", "ژاپن"), ("Brazil", "برزیل"), ("Kenya", "کنیا"), ("Norway", "نروژ"), ("Chile", "شیلی"),
             ("Turkey", "ترکیه"), ("Egypt", "مصر")]
CITIES = [("Muscat", "مسقط"), ("Tehran", "تهران"), ("Delhi", "دهلی"), ("Doha", "دوحه"), ("Nairobi", "نایروبی"),
          ("Oslo", "اسلو"), ("Ankara", "آنکارا"), ("Cairo", "قاهره"), ("Tokyo", "توکیو"), ("Santiago", "سانتیاگو")]
PEOPLE = [("Laleh Karimi", "لاله کریمی"), ("Sara Nouri", "سارا نوری"), ("Omid Rahmani", "امید رحمانی"),
          ("Kaveh Sadeghi", "کاوه صادقی"), ("Maryam Jafari", "مریم جعفری"), ("Bahram Nikoo", "بهرام نیکو"),
          ("Anjali Rao", "انجلی رائو"), ("Tomas Berg", "توماس برگ")]
ORGS = [("the Coastal Trade Council", "شورای تجارت ساحلی"), ("the Regional Shipping Forum", "مجمع کشتیرانی منطقه‌ای"),
        ("the Water Resources Board", "هیئت منابع آب"), ("the Institute for Harbour Studies", "مؤسسه مطالعات بندری")]
TOPICS = [("fishing rights", "حقوق ماهیگیری"), ("port fees", "عوارض بندری"), ("water sharing", "تقسیم آب"),
          ("grain shipments", "محموله‌های غلات"), ("rail links", "خطوط ریلی"), ("customs rules", "مقررات گمرکی"),
          ("fuel prices", "قیمت سوخت"), ("border markets", "بازارچه‌های مرزی")]
TIMES = [("on Monday", "روز دوشنبه"), ("last week", "هفته گذشته"), ("last year", "سال گذشته"),
         ("in the coming months", "در ماه‌های آینده"), ("two days ago", "دو روز پیش"), ("on Tuesday", "روز سه‌شنبه"),
         ("on 2 May 2024", "۱۳ اردیبهشت ۱۴۰۳")]
TEMPLATES = [
    ("Officials from {c1} and {c2} discussed {topic} in {city} {time}.",
     "مقام‌های {c1} و {c2} {time} در {city} درباره {topic} گفتگو کردند."),
    ("{person} said that {org} will review {topic} {time}.",
     "{person} گفت که {org} {time} موضوع {topic} را بررسی خواهد کرد."),
    ("The next meeting of {c1} and {c2} on {topic} will be held in {city}.",
     "نشست بعدی {c1} و {c2} درباره {topic} در {city} برگزار خواهد شد."),
    ("According to {person}, {topic} was the main subject of the visit to {city}.",
     "به گفته {person}، {topic} موضوع اصلی سفر به {city} بود."),
    ("{org} published a report on {topic} {time}.",
     "{org} {time} گزارشی درباره {topic} منتشر کرد."),
]
TITLES = [("Talks on {topic} between {c1} and {c2}", "گفتگوی {c1} و {c2} درباره {topic}"),
          ("{city} meeting reviews {topic}", "نشست {city} و بررسی {topic}")]


class Writer:
    """Sentences, articles and papers from the word lists, drawn with one seeded generator."""

    def __init__(self, rng):
        self.rng = rng

    def _slots(self):
        r = self.rng
        c1, c2 = r.sample(COUNTRIES, 2)
        return {"c1": c1, "c2": c2, "city": r.choice(CITIES), "person": r.choice(PEOPLE), "org": r.choice(ORGS),
                "topic": r.choice(TOPICS), "time": r.choice(TIMES)}

    @staticmethod
    def _fill(template, slots, side):
        text = template.format(**{k: v[side] for k, v in slots.items()})
        return text[0].upper() + text[1:] if side == 0 else text

    def pair(self):
        slots, template = self._slots(), self.rng.choice(TEMPLATES)
        return self._fill(template[0], slots, 0), self._fill(template[1], slots, 1)

    def sentence(self, lang):
        return self.pair()[0 if lang == "en" else 1]

    def title(self, lang):
        slots, template = self._slots(), self.rng.choice(TITLES)
        return self._fill(template[0 if lang == "en" else 1], slots, 0 if lang == "en" else 1)

    def paragraph(self, lang, sentences=None):
        count = sentences or self.rng.randint(2, 4)
        return " ".join(self.sentence(lang) for _ in range(count))

    def article(self, lang, kind, paragraphs=None):
        """One short article as bytes: kind is txt, md or html."""
        r = self.rng
        count = paragraphs or r.randint(2, 4)
        title = self.title(lang)
        paras = [self.paragraph(lang) for _ in range(count)]
        person = r.choice(PEOPLE)[0 if lang == "en" else 1]
        if kind == "txt":
            byline = f"By {person}" if lang == "en" else f"نوشته {person}"
            text = "\n\n".join([title, byline] + paras) + "\n"
        elif kind == "md":
            head = "## Background" if lang == "en" else "## پیشینه"
            text = "\n\n".join([f"# {title}", paras[0], head] + paras[1:]) + "\n"
        else:
            direction = ' dir="rtl"' if lang == "fa" else ""
            body = "".join(f"<p>{p}</p>\n" for p in paras)
            text = (f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head><meta charset="utf-8">'
                    f"<title>{title}</title></head>\n<body><article><h1>{title}</h1>\n{body}</article></body></html>\n")
        return text.encode("utf-8")

    def paper(self, sentences):
        """A Markdown paper with Persian and English abstracts of `sentences` parallel sentences each."""
        pairs = [self.pair() for _ in range(sentences)]
        en_title, fa_title = self.title("en"), self.title("fa")
        author = self.rng.choice(PEOPLE)
        keys = self.rng.sample(TOPICS, 3)
        parts = [f"## {fa_title}", author[1], "### چکیده", " ".join(p[1] for p in pairs),
                 "**کلیدواژه‌ها:** " + "، ".join(k[1] for k in keys),
                 f"# {en_title}", author[0], "## ABSTRACT", " ".join(p[0] for p in pairs),
                 "**Key words:** " + ", ".join(k[0] for k in keys),
                 "## 1. Introduction", self.paragraph("en", 4), "## 2. Conclusion", self.paragraph("en", 3)]
        return ("\n\n".join(parts) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# Running processes: every one with a timeout, its own process group, stderr kept.

class Result:
    def __init__(self, argv, rc, out, err, seconds, timed_out, peak_kb, rss_killed):
        self.argv, self.rc, self.out, self.err_bytes = argv, rc, out, err
        self.err = err.decode("utf-8", "replace")
        self.seconds, self.timed_out, self.peak_kb, self.rss_killed = seconds, timed_out, peak_kb, rss_killed

    def summary(self):
        """The counts of the run's summary line, if it printed one."""
        match = None
        for match in re.finditer(r"summary: (\d+) processed, (\d+) skipped, (\d+) failed", self.err):
            pass
        return tuple(map(int, match.groups())) if match else None

    def describe(self):
        if self.timed_out:
            return f"timed out after {self.seconds:.0f} s"
        return f"exit {self.rc}"


class Proc:
    """A child started in its own session, reaped with wait4 (for its own peak RSS)."""

    def __init__(self, suite, argv, stdin=None, nobody=False, capture=True, rss_cap_kb=None, cwd=None):
        self.suite, self.argv, self.rss_cap_kb = suite, argv, rss_cap_kb
        if nobody:
            argv = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] + argv
        suite.proc_counter += 1
        base = os.path.join(suite.logs, f"{suite.proc_counter:05d}")
        self.out_path, self.err_path = base + ".out", base + ".err"
        out = open(self.out_path, "wb") if capture else subprocess.DEVNULL
        err = open(self.err_path, "wb")
        env = dict(suite.env)
        if nobody:
            env["HOME"] = suite.nobody_home
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                  stdout=out, stderr=err, start_new_session=True, env=env, cwd=cwd)
        if capture:
            out.close()
        err.close()
        self.pid = self.p.pid
        self.started = time.monotonic()
        self.peak_kb = 0
        self.status = None
        self.rss_killed = False
        if stdin is not None:
            def feed():
                try:
                    self.p.stdin.write(stdin)
                except (BrokenPipeError, OSError):
                    pass
                finally:
                    try:
                        self.p.stdin.close()
                    except OSError:
                        pass
            threading.Thread(target=feed, daemon=True).start()

    def _rss(self):
        try:
            with open(f"/proc/{self.pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:") or line.startswith("VmRSS:"):
                        self.peak_kb = max(self.peak_kb, int(line.split()[1]))
        except OSError:
            pass

    def poll(self):
        if self.status is not None:
            return True
        pid, status, usage = os.wait4(self.pid, os.WNOHANG)
        if pid == 0:
            self._rss()
            if self.rss_cap_kb and self.peak_kb > self.rss_cap_kb and not self.rss_killed:
                self.rss_killed = True
                self.killgroup()
            return False
        self.status = status
        self.peak_kb = max(self.peak_kb, usage.ru_maxrss)
        self.p.returncode = os.waitstatus_to_exitcode(status)
        self.ended = time.monotonic()
        return True

    def running(self):
        return not self.poll()

    def signal(self, number):
        if self.status is None:
            try:
                os.kill(self.pid, number)
            except ProcessLookupError:
                pass

    def killgroup(self):
        try:
            os.killpg(self.pid, signal.SIGKILL)  # the group of the child we started, by its id
        except (ProcessLookupError, PermissionError):
            pass

    def wait(self, timeout):
        deadline = self.started + timeout
        timed_out = False
        while not self.poll():
            if time.monotonic() > deadline:
                timed_out = True
                self.killgroup()
                while not self.poll():
                    time.sleep(0.01)
                break
            time.sleep(0.02)
        code = os.waitstatus_to_exitcode(self.status)
        rc = 128 - code if code < 0 else code
        with open(self.err_path, "rb") as f:
            err = f.read()
        out = b""
        if os.path.exists(self.out_path) and os.path.getsize(self.out_path) < 64 * 1024 * 1024:
            with open(self.out_path, "rb") as f:
                out = f.read()
        result = Result(self.argv, rc, out, err, self.ended - self.started, timed_out, self.peak_kb, self.rss_killed)
        self.suite.stderr_seen.append((self.suite.current, result.err))
        return result


# ---------------------------------------------------------------------------------------------
# File-system helpers.

def write(path, data, mode=None):
    with open(path, "wb") as f:
        f.write(data)
    if mode is not None:
        os.chmod(path, mode)


def makedirs(*parts):
    path = os.path.join(*parts)
    os.makedirs(path, exist_ok=True)
    return path


def list_inputs(root):
    """Every non-hidden entry of an input tree that is not a folder: {relative path: kind}."""
    found = {}
    for dirpath, dirnames, filenames, dfd in os.fwalk(root):
        rel_dir = os.path.relpath(dirpath, root)
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames + [d for d in dirnames]:
            if name.startswith("."):
                continue
            try:
                info = os.lstat(name, dir_fd=dfd)
            except OSError:
                continue
            kind = {stat.S_IFREG: "reg", stat.S_IFLNK: "link", stat.S_IFIFO: "fifo",
                    stat.S_IFSOCK: "sock", stat.S_IFDIR: "dir"}.get(stat.S_IFMT(info.st_mode), "other")
            if kind == "dir":
                continue
            found[name if rel_dir == "." else rel_dir + "/" + name] = kind
    return found


class Outputs:
    """What an output folder holds, read by content (not by name)."""

    def __init__(self, root):
        self.root = root
        self.docs = {}      # source path -> [(relative output, has its .tei.xml)]
        self.errors = {}    # source -> [(relative output, reason, message)]
        self.bad = []       # .json files that do not parse
        self.tmp = []       # temporary files left behind
        self.misnamed = []  # a document under NAME.error.json or an error report under another name
        self.files = []     # every output file (relative)
        self.json_files = []
        if not os.path.isdir(root):
            return
        for dirpath, dirnames, filenames, dfd in os.fwalk(root):
            rel_dir = os.path.relpath(dirpath, root)
            if rel_dir == ".":
                dirnames[:] = [d for d in dirnames if d != ".pardaz"]
            for name in filenames:
                rel = name if rel_dir == "." else rel_dir + "/" + name
                self.files.append(rel)
                if TMP_MARK in name:
                    self.tmp.append(rel)
                    continue
                if not name.endswith(".json"):
                    continue
                self.json_files.append(rel)
                try:
                    fd = os.open(name, os.O_RDONLY, dir_fd=dfd)
                    with os.fdopen(fd, "rb") as f:
                        obj = json.loads(f.read().decode("utf-8"))
                except (OSError, ValueError, UnicodeDecodeError):
                    self.bad.append(rel)
                    continue
                if isinstance(obj, dict) and "reason" in obj and isinstance(obj.get("source"), str):
                    self.errors.setdefault(obj["source"], []).append((rel, obj.get("reason"), obj.get("message")))
                    if not name.endswith(".error.json"):
                        self.misnamed.append(rel)
                elif isinstance(obj, dict) and isinstance(obj.get("source"), dict):
                    has_tei = (name[:-len(".json")] + ".tei.xml") in filenames
                    self.docs.setdefault(obj["source"].get("path"), []).append((rel, has_tei))
                    if name.endswith(".error.json"):
                        self.misnamed.append(rel)
                else:
                    self.bad.append(rel)

    def sources(self):
        return set(self.docs) | set(self.errors)


def displayed(raw):
    """The name as pardaz shows it in messages and in the outputs' `source` (its `displayPath`):
    controls and bidi format characters escaped Swift's way, bytes that are not UTF-8 as \\xNN."""
    shown, index = [], 0
    while index < len(raw):
        lead = raw[index]
        length = 1 if lead < 0x80 else 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        try:
            character = raw[index:index + length].decode("utf-8") if length else None
        except UnicodeDecodeError:
            character = None
        if character is None or len(character) != 1:
            shown.append("\\x%02X" % lead)
            index += 1
            continue
        code = ord(character)
        if character in "\n\r\t":
            shown.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[character])
        elif code <= 0x1F or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0x061C, 0x200E, 0x200F) \
                or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
            shown.append("\\u{%X}" % code)
        else:
            shown.append(character)
        index += length
    return "".join(shown)


def aliases(rel):
    """The ways an output may name input `rel` (a str; undecodable bytes as surrogates)."""
    raw = os.fsencode(rel)
    names = {rel, displayed(raw)}
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        names |= {raw.decode("utf-8", "replace"), raw.decode("utf-8", "backslashreplace"),
                  raw.decode("latin-1"), urllib.parse.quote(raw, safe="/")}
    return names


def show(name):
    """A name for a report line: control characters and undecodable bytes escaped."""
    return ascii(name)[1:-1] if any(ord(c) < 32 or 0xDC80 <= ord(c) <= 0xDCFF for c in name) or len(name) > 80 \
        else name if len(name) <= 80 else name[:40] + "…" + name[-20:]


def short(name, limit=60):
    text = show(name)
    return text if len(text) <= limit else text[:limit // 2] + "…" + text[-limit // 3:]


def coverage(inputs, outputs):
    """Inputs with neither json+tei nor an error report naming them."""
    missing = []
    for rel in inputs:
        names = aliases(rel)
        ok = any(has_tei for n in names for _, has_tei in outputs.docs.get(n, [])) or \
            any(n in outputs.errors for n in names)
        if not ok:
            missing.append(rel)
    return missing


def grep_tree(root, needle):
    hits = []
    for dirpath, dirnames, filenames, dfd in os.fwalk(root):
        for name in filenames:
            try:
                fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=dfd)
                with os.fdopen(fd, "rb") as f:
                    if needle in f.read():
                        hits.append(os.path.relpath(os.path.join(dirpath, name), root))
            except OSError:
                pass
    return hits


def count_json(root):
    total = 0
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name == ".pardaz":
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.name.endswith(".json"):
                        total += 1
        except OSError:
            pass
    return total


def one_line(text):
    return [line for line in text.splitlines() if line.strip()]


# ---------------------------------------------------------------------------------------------
# The suite.

class Skip(Exception):
    pass


class Suite:
    def __init__(self, args):
        self.args = args
        self.pardaz = os.path.abspath(args.pardaz)
        self.tmp = tempfile.mkdtemp(prefix="pardaz-adv-")
        os.chmod(self.tmp, 0o755)
        self.logs = makedirs(self.tmp, "_logs")
        self.nobody_home = makedirs(self.tmp, "_home-nobody")
        os.chmod(self.nobody_home, 0o777)
        self.env = dict(os.environ, LC_ALL="C.UTF-8", TZ="UTC")
        self.env.pop("TERM", None)
        self.is_root = os.geteuid() == 0
        self.proc_counter = 0
        self.current = None
        self.stderr_seen = []   # (case, stderr) of every process
        self.out_dirs = []      # (case, output folder) for the global checks
        self.mounts = []
        self.restore_modes = []
        self.results = []
        self._nobody_ok = None
        self._schemas = None

    # -- helpers for cases

    def rng(self, case):
        return random.Random(f"{self.args.seed}:{case}")

    def folder(self, *parts):
        return makedirs(self.tmp, self.current, *parts)

    def output(self, *parts):
        path = os.path.join(self.tmp, self.current, *parts)
        self.out_dirs.append((self.current, path))
        return path

    def start(self, args, **kw):
        return Proc(self, [self.pardaz] + args, **kw)

    def pardaz_run(self, args, timeout=120, **kw):
        return self.start(args, **kw).wait(timeout)

    def run_folder(self, inp, out, extra=(), timeout=120, **kw):
        return self.pardaz_run(["run", "--input", inp, "--output", out] + list(extra), timeout=timeout, **kw)

    def chmod(self, path, mode):
        self.restore_modes.append((path, stat.S_IMODE(os.lstat(path).st_mode)))
        os.chmod(path, mode)

    def mount_tmpfs(self, path, options):
        if not self.is_root:
            raise Skip("needs root to mount a tmpfs")
        os.makedirs(path, exist_ok=True)
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", path],
                              capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise Skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
        self.mounts.append(path)

    def unmount(self, path):
        if path in self.mounts:
            subprocess.run(["umount", path], capture_output=True, timeout=30)
            if os.path.ismount(path):
                subprocess.run(["umount", "-l", path], capture_output=True, timeout=30)
            self.mounts.remove(path)

    def nobody_ok(self):
        """Whether pardaz can be run as nobody (the way to test permission bits as root)."""
        if self._nobody_ok is None:
            if not shutil.which("setpriv"):
                self._nobody_ok = "setpriv is missing"
            else:
                result = Proc(self, [self.pardaz, "--version"], nobody=True).wait(30)
                self._nobody_ok = True if result.rc == 0 else \
                    f"pardaz does not run as nobody ({result.describe()}: {result.err.strip()[:80]})"
        return self._nobody_ok

    def as_user(self, *paths):
        """Prepares `paths` for runs as the unprivileged user; returns the keyword for start()."""
        if not self.is_root:
            return {}
        ok = self.nobody_ok()
        if ok is not True:
            raise Skip(f"running as root and {ok}: permission bits would not stop root")
        for path in paths:
            subprocess.run(["chown", "-R", "nobody:nogroup", path], check=True, timeout=60)
        return {"nobody": True}

    def schemas(self):
        if self._schemas is None:
            try:
                spec = importlib.util.spec_from_file_location("validate_json", os.path.join(ROOT, "scripts", "validate-json.py"))
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                self._schemas = (module, module.load("pardaz.schema.json"), module.load("pardaz-error.schema.json"))
            except SystemExit as missing:
                self._schemas = str(missing)
        return self._schemas

    def validate(self, root, limit=None, rng=None):
        """Schema problems of the .json files under `root` (by name, as scripts/validate-json.py does)."""
        schemas = self.schemas()
        if isinstance(schemas, str):
            raise Skip(schemas)
        module, documents, errors = schemas
        outputs = Outputs(root)
        files = sorted(outputs.json_files)
        if limit and len(files) > limit:
            error_files = [f for f in files if f.endswith(".error.json")]
            others = [f for f in files if not f.endswith(".error.json")]
            files = sorted(error_files + (rng or random.Random(0)).sample(others, max(limit - len(error_files), 0)))
        problems = []
        for rel in files:
            try:
                with open(os.path.join(root, rel), "rb") as f:
                    data = json.loads(f.read().decode("utf-8"))
            except (OSError, ValueError, UnicodeDecodeError) as error:
                if os.path.exists(os.path.join(root, rel)) or len(os.path.join(root, rel)) < 4096:
                    problems.append(f"{rel}: {type(error).__name__}")
                continue
            is_error = rel.endswith(".error.json")
            validator = errors if is_error else documents
            found = [f"{'/'.join(map(str, e.path)) or '(top)'}: {e.message}" for e in validator.iter_errors(data)]
            if not is_error and not found:
                try:
                    found += list(module.offsets_problems(data))
                except (KeyError, TypeError, IndexError) as error:
                    found.append(f"offsets: {type(error).__name__} {error}")
            problems += [f"{short(rel, 50)}: {m[:120]}" for m in found[:2]]
        return len(files), len(outputs.json_files), problems

    def allowed_reasons(self):
        with open(os.path.join(SCHEMAS, "pardaz-error.schema.json")) as f:
            return set(json.load(f)["properties"]["reason"]["enum"])

    def report(self, status, name, detail):
        line = f"{status} {name}: {detail}"
        print(line, flush=True)
        self.results.append((status, name, detail))

    def cleanup(self):
        for path in list(self.mounts):
            self.unmount(path)
        for path, mode in reversed(self.restore_modes):
            try:
                os.chmod(path, mode)
            except OSError:
                pass
        if not self.args.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)


class Case:
    """Collects a case's failed promises; the case passes when none failed."""

    def __init__(self):
        self.failures = []
        self.notes = []

    def check(self, ok, failure):
        if not ok:
            self.failures.append(failure)
        return ok

    def note(self, text):
        self.notes.append(text)


CASES = []


def case(name, slow=False):
    def register(function):
        CASES.append((name, function, slow))
        return function
    return register


def articles(s, folder, count, rng, prefix="doc", kinds=("txt", "md", "html"), langs=("en", "fa")):
    writer = Writer(rng)
    names = []
    for i in range(count):
        kind, lang = kinds[i % len(kinds)], langs[(i // len(kinds)) % len(langs)]
        name = f"{prefix}-{i:05d}-{lang}.{kind}"
        write(os.path.join(folder, name), writer.article(lang, kind))
        names.append(name)
    return names


def expect_clean_run(c, result, what, codes=(0,)):
    c.check(not result.timed_out, f"{what}: timed out after {result.seconds:.0f} s")
    c.check(result.rc not in CRASH_CODES, f"{what}: crashed (exit {result.rc})")
    if not result.timed_out and result.rc not in CRASH_CODES:
        c.check(result.rc in codes, f"{what}: exit {result.rc}, expected {'/'.join(map(str, codes))}"
                + (f" ({one_line(result.err)[-1][:100]})" if one_line(result.err) else ""))


def missing_detail(missing, outputs, limit=3):
    parts = []
    for rel in missing[:limit]:
        parts.append(short(rel, 40))
    return f"{len(missing)} input(s) without json+tei or an error report naming them: " + ", ".join(parts)


# ---------------------------------------------------------------------------------------------
# names

@case("names-nfc-nfd")
def names_nfc_nfd(s, c):
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("names-nfc-nfd")
    writer = Writer(rng)
    nfc, nfd = unicodedata.normalize("NFC", "café.txt"), unicodedata.normalize("NFD", "café.txt")
    assert nfc != nfd
    write(os.path.join(inp, nfc), writer.article("en", "txt"))
    write(os.path.join(inp, nfd), writer.article("en", "txt"))
    first = s.run_folder(inp, out)
    expect_clean_run(c, first, "first run")
    outputs = Outputs(out)
    missing = coverage([nfc, nfd], outputs)
    c.check(not missing, "NFC/NFD: " + ", ".join(("NFC" if m == nfc else "NFD") + " input has no output of its own" for m in missing))
    jsons = [rel for rel, _ in outputs.docs.get(nfc, []) + outputs.docs.get(nfd, [])]
    c.check(len(set(jsons)) == len(jsons), f"both inputs share an output file: {jsons}")
    second = s.run_folder(inp, out)
    expect_clean_run(c, second, "second run")
    status = s.pardaz_run(["status", "--input", inp, "--output", out], timeout=60)
    expect_clean_run(c, status, "status")
    c.check("to process: 0" in status.out.decode("utf-8", "replace"),
            "status after two runs still has work: " + status.out.decode("utf-8", "replace").splitlines()[0][:80]
            if status.out else "status printed nothing")


@case("names-same-stem")
def names_same_stem(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("names-same-stem"))
    good = {"a.txt": writer.article("en", "txt"), "a.txt.md": writer.article("en", "md"),
            "a.html": writer.article("en", "html"), "x.error.md": writer.article("fa", "md")}
    for name, data in good.items():
        write(os.path.join(inp, name), data)
    write(os.path.join(inp, "x.md"), b"# Title\n\nbinary\x00\x00\x00 part\n")
    result = s.run_folder(inp, out)
    expect_clean_run(c, result, "run", codes=(1,))
    outputs = Outputs(out)
    inputs = list(good) + ["x.md"]
    missing = coverage(inputs, outputs)
    detail = []
    for rel in missing:
        detail.append(f"{rel} has no output of its own")
    c.check(not missing, "; ".join(detail))
    c.check("x.md" in outputs.errors, "x.md (NUL bytes) has no error report naming it")
    for rel in good:
        c.check(rel not in outputs.errors, f"{rel} (good) has an error report")
    c.check(not outputs.misnamed, f"document JSON under an error-report name: {outputs.misnamed}")
    strays = outputs.sources() - set(inputs)
    c.check(not strays, f"outputs name inputs that do not exist: {sorted(strays)}")


@case("names-non-utf8")
def names_non_utf8(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("names-non-utf8"))
    raw = os.path.join(os.fsencode(inp), b"\xff\xfe.txt")
    write(raw, writer.article("en", "txt"))
    write(os.path.join(inp, "plain.txt"), writer.article("en", "txt"))
    result = s.run_folder(inp, out)
    expect_clean_run(c, result, "run", codes=(0, 1))
    c.check("no such file" not in result.err.lower(), "log says 'no such file': "
            + next((line[:120] for line in result.err.splitlines() if "no such file" in line.lower()), ""))
    outputs = Outputs(out)
    name = os.fsdecode(b"\xff\xfe.txt")
    errors = [e for n in aliases(name) for e in outputs.errors.get(n, [])]
    docs = [d for n in aliases(name) for d in outputs.docs.get(n, [])]
    c.check(docs or errors, "the file has neither outputs nor an error report")
    for rel, reason, message in errors:
        c.check("no such file" not in (message or "").lower(), f"error report {short(rel)}: {message}")
    c.check(not coverage(["plain.txt"], outputs), "plain.txt beside it was not processed")


@case("names-control-chars")
def names_control_chars(s, c):
    inp = s.folder("in")
    writer = Writer(s.rng("names-control-chars"))
    names = ["line\nbreak.txt", "esc\x1b[31mred.txt", "plain.txt"]
    for name in names:
        write(os.path.join(inp, name), writer.article("en", "txt"))
    write(os.path.join(inp, "bad\nnul.txt"), b"text\x00\x00")
    for form in ("json", "text"):
        out = s.output(f"out-{form}")
        result = s.run_folder(inp, out, ["--log-format", form])
        expect_clean_run(c, result, f"{form} log run", codes=(1,))
        lines = [line for line in result.err_bytes.split(b"\n") if line.strip()]
        bad = []
        for line in lines:
            if form == "json":
                try:
                    ok = isinstance(json.loads(line), dict)
                except ValueError:
                    ok = False
            else:
                text = line.decode("utf-8", "replace")
                ok = bool(re.match(r"^(\S+ )?(" + "|".join(LOG_LEVELS) + r") ", text)) or text.startswith("pardaz: ")
                ok = ok and not any(b < 32 and b != 9 for b in line)
            if not ok:
                bad.append(line)
        c.check(not bad, f"--log-format {form}: {len(bad)} of {len(lines)} stderr lines are not one whole log line, "
                f"e.g. {ascii(bad[0][:60].decode('utf-8', 'replace')) if bad else ''}")
        missing = coverage(names + ["bad\nnul.txt"], Outputs(out))
        c.check(not missing, f"--log-format {form}: " + missing_detail(missing, None))


def long_name(target, suffix=".txt"):
    """A name of exactly `target` bytes, Persian letters then ASCII padding."""
    stem = ""
    while len((stem + "گزارش-" + suffix).encode()) <= target:
        stem += "گزارش-"
    while len((stem + suffix).encode()) < target:
        stem += "x"
    name = stem + suffix
    assert len(name.encode()) == target, len(name.encode())
    return name


@case("names-long")
def names_long(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("names-long"))
    names = [long_name(240), long_name(254)]
    for name in names:
        write(os.path.join(inp, name), writer.article("fa", "txt"))
    write(os.path.join(inp, "plain.txt"), writer.article("en", "txt"))
    first = s.run_folder(inp, out)
    expect_clean_run(c, first, "first run", codes=(0, 1))
    outputs = Outputs(out)
    for name in names:
        size = len(name.encode())
        if not c.check(not coverage([name], outputs), f"{size}-byte name: neither outputs nor an error report"):
            said = [line for line in first.err.splitlines() if name[:30] in line]
            if said:
                c.failures[-1] += f" (log: …{said[0][-70:]})"
    second = s.run_folder(inp, out)
    expect_clean_run(c, second, "second run", codes=(0,))
    again = [line for line in second.err.splitlines() if "error" in line and any(n[:30] in line for n in names)]
    c.check(not again, f"second run fails again the same way: {len(again)} error line(s)")


@case("names-path-max")
def names_path_max(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("names-path-max"))
    write(os.path.join(inp, "plain.txt"), writer.article("en", "txt"))
    fd = os.open(inp, os.O_RDONLY | os.O_DIRECTORY)
    depth = 0
    try:
        while len(inp) + depth * 201 < 4096 + 300:
            name = f"{depth:02d}" + "n" * 198
            os.mkdir(name, dir_fd=fd)
            new = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd, depth = new, depth + 1
        leaf = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(leaf, writer.article("en", "txt"))
        os.close(leaf)
    finally:
        os.close(fd)
    c.note(f"input path {len(inp) + depth * 201 + 9} bytes")
    result = s.run_folder(inp, out, timeout=120)
    # Processed like any other (pardaz reaches files through folder descriptors), or reported.
    expect_clean_run(c, result, "run", codes=(0, 1))
    outputs = Outputs(out)
    deep = [source for source in outputs.sources() if source and source.endswith("deep.txt")]
    if result.rc == 1:
        mentioned = [line for line in result.err.splitlines() if "deep.txt" in line or "too long" in line.lower()]
        c.check(mentioned, "the deep file is not named in the log (silently ignored)")
    else:
        c.check(deep, "exit 0, yet the deep file has no outputs (silently ignored)")
    c.check(not coverage(["plain.txt"], Outputs(out)), "plain.txt beside it was not processed")


# ---------------------------------------------------------------------------------------------
# swaps

class Swapper(threading.Thread):
    """Swaps files for symbolic links to /etc/passwd and back, all of them at once, in a loop, until
    stopped: about half of the time every target is a link, so a reader that follows links is caught."""

    def __init__(self, targets, hold=0.005):
        super().__init__(daemon=True)
        self.targets, self.hold = list(targets), hold
        self.stop_event = threading.Event()
        self.swaps = 0
        self.saved = {}
        for path in self.targets:
            with open(path, "rb") as f:
                self.saved[path] = f.read()

    def run(self):
        while not self.stop_event.is_set():
            for path in self.targets:
                try:
                    link = os.path.join(os.path.dirname(path), ".swap-link")
                    os.symlink(PASSWD, link)
                    os.rename(link, path)
                    self.swaps += 1
                except OSError:
                    pass
            time.sleep(self.hold)
            self.restore()
            time.sleep(self.hold)

    def restore(self):
        for path, data in self.saved.items():
            if os.path.islink(path) or not os.path.exists(path):
                tmp = os.path.join(os.path.dirname(path), ".swap-restore")
                write(tmp, data)
                os.rename(tmp, path)

    def stop(self):
        self.stop_event.set()
        self.join(30)
        self.restore()  # leave every target a regular file again


def wait_until(proc, predicate, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.running():
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


@case("swaps-passwd-race")
def swaps_passwd_race(s, c):
    with open(PASSWD, "rb") as f:
        if PASSWD_MARK not in f.read():
            raise Skip(f"{PASSWD} has no {PASSWD_MARK.decode()} line to look for")
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("swaps-passwd-race")
    count = 600 if not s.args.quick else 300
    names = articles(s, inp, count, rng, kinds=("txt", "md"))
    targets = [os.path.join(inp, n) for n in names[count // 3:]]
    proc = s.start(["run", "--input", inp, "--output", out, "--jobs", "2"])
    swapper = Swapper(targets)
    wait_until(proc, lambda: count_json(out) > 0, 60)
    swapper.start()
    result = proc.wait(180)
    swapper.stop()
    c.note(f"{swapper.swaps} swaps")
    # 3: files swapped while the run read them are refused as `changed` and retried next run.
    expect_clean_run(c, result, "run", codes=(0, 1, 3))
    hits = grep_tree(out, PASSWD_MARK)
    c.check(not hits, f"{len(hits)} output file(s) hold /etc/passwd's content, e.g. {short(hits[0]) if hits else ''}")
    c.check(PASSWD_MARK.decode() not in result.err, "the log shows /etc/passwd's content")
    c.check(swapper.swaps > 0, "the swap thread never swapped a file (race not exercised)")
    resume = s.run_folder(inp, out, timeout=180)
    expect_clean_run(c, resume, "run after the swaps", codes=(0, 1))
    missing = coverage(names, Outputs(out))
    c.check(not missing, "after the swaps: " + missing_detail(missing, None))


@case("swaps-fifo-race")
def swaps_fifo_race(s, c):
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("swaps-fifo-race")
    names = articles(s, inp, 200, rng, kinds=("txt",))
    victim = os.path.join(inp, names[-1])
    proc = s.start(["run", "--input", inp, "--output", out, "--jobs", "1"])
    wait_until(proc, lambda: count_json(out) > 0, 60)
    fifo = os.path.join(inp, ".fifo-tmp")
    os.mkfifo(fifo)
    os.rename(fifo, victim)
    timeout = 20 if s.args.quick else 60
    while proc.running() and time.monotonic() - proc.started < timeout:
        time.sleep(0.05)
    if proc.running():
        second = s.run_folder(inp, s.output("out"), timeout=30)
        c.check(False, f"run did not finish within {timeout} s after a file became a FIFO (blocked reading it);"
                f" a second run meanwhile: exit {second.rc}")
    result = proc.wait(timeout)
    if result.timed_out:
        return
    # 3: the file was swapped while the run read it (reason `changed`, retried next run).
    expect_clean_run(c, result, "run", codes=(1, 3))
    outputs = Outputs(out)
    c.check(names[-1] in outputs.errors, "the FIFO has no error report")
    after = s.run_folder(inp, out, timeout=60)
    c.check(after.rc != 75 and not after.timed_out, f"the lock is still held after the run ({after.describe()})")


@case("swaps-special-files")
def swaps_special_files(s, c):
    base = s.folder()
    inp, out = s.folder("in"), s.output("out")
    outside = makedirs(base, "outside")
    writer = Writer(s.rng("swaps-special-files"))
    write(os.path.join(outside, "secret.txt"), writer.article("en", "txt"))
    write(os.path.join(inp, "good.txt"), writer.article("en", "txt"))
    os.symlink(os.path.join(outside, "secret.txt"), os.path.join(inp, "link-out.txt"))
    os.symlink(outside, os.path.join(inp, "link-dir"))
    os.mkfifo(os.path.join(inp, "pipe.txt"))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(os.path.join(inp, "sock.txt"))
    except OSError as error:
        c.note(f"no socket ({error})")
    finally:
        sock.close()
    specials = [n for n in ("link-out.txt", "link-dir", "pipe.txt", "sock.txt") if os.path.lexists(os.path.join(inp, n))]
    result = s.run_folder(inp, out, timeout=60)
    expect_clean_run(c, result, "run", codes=(1,))
    outputs = Outputs(out)
    allowed = s.allowed_reasons()
    for name in specials:
        reports = outputs.errors.get(name, [])
        if c.check(reports, f"{name}: no error report"):
            reason = reports[0][1]
            c.check(reason in allowed, f"{name}: reason '{reason}' is not in the error schema's enum")
    c.check(not coverage(["good.txt"], outputs), "good.txt was not processed")
    c.check(not outputs.docs.get("link-dir/secret.txt"), "the linked outside folder was read")


# ---------------------------------------------------------------------------------------------
# manifest

def manifest_case(s, c, corrupt):
    inp, out = s.folder("in"), s.output("out")
    names = articles(s, inp, 40, s.rng(s.current))
    first = s.run_folder(inp, out)
    expect_clean_run(c, first, "first run")
    folder = os.path.join(out, ".pardaz")
    path = os.path.join(folder, "manifest.sqlite")
    before = set(os.listdir(folder))
    corrupt(path, s.rng(s.current + "/corrupt"))
    second = s.run_folder(inp, out)
    c.check(not second.timed_out, "run after corruption timed out")
    c.check(second.rc not in CRASH_CODES, f"run after corruption crashed (exit {second.rc})")
    c.check(second.rc in (0, 1), f"run after corruption: exit {second.rc}, expected 0 or 1"
            + (f" ({one_line(second.err)[-1][:110]})" if one_line(second.err) else ""))
    named = [line for line in second.err.splitlines() if "manifest.sqlite" in line]
    c.check(named, "no log line names manifest.sqlite")
    aside = set(os.listdir(folder)) - before - {"manifest.sqlite-journal", "manifest.sqlite-wal", "manifest.sqlite-shm"}
    c.check(aside, "the corrupt manifest was not set aside (no new file in .pardaz)")
    third = s.run_folder(inp, out)
    expect_clean_run(c, third, "next run")
    status = s.pardaz_run(["status", "--input", inp, "--output", out], timeout=60)
    expect_clean_run(c, status, "status")
    missing = coverage(names, Outputs(out))
    c.check(not missing, missing_detail(missing, None))


@case("manifest-random-bytes")
def manifest_random(s, c):
    def corrupt(path, rng):
        size = os.path.getsize(path)
        write(path, bytes(rng.getrandbits(8) for _ in range(size)))
    manifest_case(s, c, corrupt)


@case("manifest-truncated")
def manifest_truncated(s, c):
    def corrupt(path, rng):
        os.truncate(path, os.path.getsize(path) // 2)
    manifest_case(s, c, corrupt)


@case("manifest-zero-page")
def manifest_zero_page(s, c):
    def corrupt(path, rng):
        with open(path, "r+b") as f:
            header = f.read(100)
            page = int.from_bytes(header[16:18], "big")
            page = 65536 if page == 1 else page
            pages = os.path.getsize(path) // page
            f.seek(page * (1 if pages > 1 else 0))
            f.write(b"\0" * page)
        c.note(f"zeroed page 2 of {pages}")
    manifest_case(s, c, corrupt)


@case("manifest-nfd-twin")
def manifest_nfd_twin(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("manifest-nfd-twin"))
    nfc = unicodedata.normalize("NFC", "résumé.txt")
    write(os.path.join(inp, nfc), writer.article("en", "txt"))
    write(os.path.join(inp, "other.txt"), writer.article("fa", "txt"))
    expect_clean_run(c, s.run_folder(inp, out), "first run")
    db = sqlite3.connect(os.path.join(out, ".pardaz", "manifest.sqlite"))
    try:
        table = next((t for (t,) in db.execute("select name from sqlite_master where type='table'")
                      if "path" in [r[1] for r in db.execute(f"pragma table_info('{t}')")]), None)
        if table is None:
            raise Skip("the manifest has no table with a path column")
        columns = [r[1] for r in db.execute(f"pragma table_info('{table}')")]
        row = list(db.execute(f"select * from '{table}' where path = ?", (nfc,)).fetchone())
        row[columns.index("path")] = unicodedata.normalize("NFD", nfc)
        db.execute(f"insert into '{table}' values ({','.join('?' * len(row))})", row)
        db.commit()
    finally:
        db.close()
    for extra, what in (([], "run with the twin row"), (["--removed", "delete"], "run --removed delete")):
        result = s.run_folder(inp, out, extra)
        expect_clean_run(c, result, what, codes=(0, 1))
        c.check(not coverage([nfc], Outputs(out)), f"after {what}: the NFC input lost its outputs")
    status = s.pardaz_run(["status", "--input", inp, "--output", out], timeout=60)
    expect_clean_run(c, status, "status")


# ---------------------------------------------------------------------------------------------
# unreadable

@case("unreadable-folder")
def unreadable_folder(s, c):
    base = s.folder()
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("unreadable-folder")
    sub = makedirs(inp, "sub")
    inside = articles(s, sub, 3, rng, prefix="inner")
    articles(s, inp, 3, rng, prefix="top")
    user = s.as_user(base)
    expect_clean_run(c, s.run_folder(inp, out, **user), "first run")
    before = sorted(f for f in Outputs(out).files if f.startswith("sub/"))
    s.chmod(sub, 0)
    try:
        result = s.run_folder(inp, out, ["--removed", "delete"], **user)
    finally:
        os.chmod(sub, 0o755)
    c.check(not result.timed_out and result.rc not in (0,) + tuple(CRASH_CODES),
            f"run with an unreadable sub-folder: {result.describe()}, expected non-zero")
    after = sorted(f for f in Outputs(out).files if f.startswith("sub/"))
    c.check(after == before and before, f"outputs of the unreadable folder deleted: {len(before)} before, {len(after)} after")
    warned = [line for line in result.err.splitlines()
              if re.search(r"\b(error|warning|critical)\b|^pardaz: ", line) and re.search(r"\bsub\b(?!/inner)", line)]
    c.check(warned, "no error or warning line names the unreadable folder 'sub'")
    c.note(f"{len(inside)} files inside")


@case("unreadable-file")
def unreadable_file(s, c):
    base = s.folder()
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("unreadable-file")
    writer = Writer(rng)
    articles(s, inp, 3, rng)
    earlier, locked = os.path.join(inp, "earlier.txt"), os.path.join(inp, "locked.txt")
    write(earlier, writer.article("en", "txt"))
    user = s.as_user(base)
    expect_clean_run(c, s.run_folder(inp, out, **user), "first run")
    write(locked, writer.article("en", "txt"))
    if user:
        subprocess.run(["chown", "nobody:nogroup", locked], check=True, timeout=30)
    s.chmod(locked, 0)
    s.chmod(earlier, 0)
    bumped = os.stat(earlier).st_mtime + 10
    os.utime(earlier, (bumped, bumped))
    second = s.run_folder(inp, out, **user)
    # 3: unreadable for a reason outside the document, retried next run.
    expect_clean_run(c, second, "run with unreadable files", codes=(3,))
    outputs = Outputs(out)
    c.check("locked.txt" in outputs.errors, "locked.txt (never read) has no error report")
    allowed = s.allowed_reasons()
    for reports in outputs.errors.values():
        for rel, reason, _ in reports:
            c.check(reason in allowed, f"{rel}: reason '{reason}' not in the schema")
    c.check(not coverage(["earlier.txt"], outputs), "earlier.txt lost its outputs and has no error report")
    os.chmod(locked, 0o644)
    os.chmod(earlier, 0o644)
    third = s.run_folder(inp, out, **user)
    expect_clean_run(c, third, "run after chmod back")
    outputs = Outputs(out)
    for name in ("locked.txt", "earlier.txt"):
        done = any(has_tei for _, has_tei in outputs.docs.get(name, []))
        c.check(done and name not in outputs.errors,
                f"{name} not retried after chmod back ({'still has its error report' if name in outputs.errors else 'no outputs'})")


# ---------------------------------------------------------------------------------------------
# disk full

@case("diskfull-tmpfs")
def diskfull_tmpfs(s, c):
    inp = s.folder("in")
    out = s.output("out")
    names = articles(s, inp, 120, s.rng("diskfull-tmpfs"))
    s.mount_tmpfs(out, "size=1m,mode=0755")
    try:
        full = s.run_folder(inp, out, timeout=120)
        c.check(not full.timed_out and full.rc not in (0, 75) and full.rc not in CRASH_CODES,
                f"run on a full disk: {full.describe()}, expected non-zero (1)")
        outputs = Outputs(out)
        c.check(not outputs.bad, f"{len(outputs.bad)} truncated/unparsable .json, e.g. {outputs.bad[:1]}")
        c.check(not outputs.tmp, f"{len(outputs.tmp)} temporary files left: {outputs.tmp[:1]}")
        c.note(f"{len(outputs.docs)} documents fit")
        done = subprocess.run(["mount", "-o", "remount,size=256m", out], capture_output=True, text=True, timeout=30)
        if done.returncode != 0:
            raise Skip(f"cannot grow the tmpfs: {done.stderr.strip()}")
        again = s.run_folder(inp, out, timeout=180)
        expect_clean_run(c, again, "run after space was freed")
        outputs = Outputs(out)
        missing = [n for n in names if not any(t for _, t in outputs.docs.get(n, []))]
        c.check(not missing, f"after space was freed, {len(missing)} of {len(names)} inputs still lack json+tei"
                + (f" (e.g. {missing[0]}: {outputs.errors[missing[0]][0][2][:70]})" if missing and missing[0] in outputs.errors else ""))
        c.check(not outputs.bad and not outputs.tmp, f"after the retry: {len(outputs.bad)} bad json, {len(outputs.tmp)} temp files")
        c.check(not outputs.errors, f"{len(outputs.errors)} error reports remain after the retry")
    finally:
        keep = os.path.join(s.tmp, s.current, "out-copy")
        if os.path.ismount(out):
            shutil.copytree(out, keep, symlinks=True, ignore_dangling_symlinks=True)
        s.unmount(out)
        if os.path.isdir(keep):
            shutil.rmtree(out, ignore_errors=True)
            os.rename(keep, out)


@case("diskfull-readonly")
def diskfull_readonly(s, c):
    inp = s.folder("in")
    out = os.path.join(s.tmp, s.current, "out")
    articles(s, inp, 3, s.rng("diskfull-readonly"))
    if s.is_root:
        s.mount_tmpfs(out, "size=1m,ro")
    else:
        os.makedirs(out)
        s.chmod(out, 0o555)
    try:
        result = s.run_folder(inp, out, timeout=60)
        c.check(not result.timed_out and result.rc not in (0, 75) and result.rc not in CRASH_CODES,
                f"run into a read-only folder: {result.describe()}, expected 1")
        lines = one_line(result.err)
        c.check(len(lines) == 1, f"{len(lines)} stderr lines, expected one")
        c.check(lines and (out in lines[-1] or "read-only" in lines[-1].lower()),
                f"the error does not name the folder: {lines[-1][:100] if lines else '(none)'}")
        c.note(lines[-1][:100] if lines else "")
    finally:
        s.unmount(out)


# ---------------------------------------------------------------------------------------------
# kill

@case("kill-sigkill")
def kill_sigkill(s, c):
    inp = s.folder("in")
    out = s.output("out")
    rng = s.rng("kill-sigkill")
    count = 300 if not s.args.quick else 120
    names = articles(s, inp, count, rng)
    calibration = s.run_folder(inp, s.output("calibration"), timeout=300)
    expect_clean_run(c, calibration, "calibration run")
    span = max(calibration.seconds, 0.5)
    trials = 20
    bad_after = []
    for trial in range(trials):
        delay = rng.uniform(0.0, span * 1.1)
        extra = ["--force"] if trial % 2 == 0 else []
        proc = s.start(["run", "--input", inp, "--output", out] + extra)
        time.sleep(delay)
        proc.signal(signal.SIGKILL)
        result = proc.wait(120)
        c.check(not result.timed_out, f"trial {trial}: run did not end")
        c.check(result.rc in (0, 1, 137), f"trial {trial}: exit {result.rc}")
        bad = Outputs(out).bad
        if bad:
            bad_after.append((trial, len(bad), bad[0]))
    c.check(not bad_after, f"after {len(bad_after)} kill(s) some .json did not parse, e.g. trial {bad_after[0][0]}: {bad_after[0][2]}"
            if bad_after else "")
    final = s.run_folder(inp, out, timeout=300)
    expect_clean_run(c, final, "run after the kills")
    outputs = Outputs(out)
    c.check(not outputs.tmp, f"{len(outputs.tmp)} temporary files left after the next run: {outputs.tmp[:1]}")
    c.check(not outputs.bad, f"{len(outputs.bad)} .json files do not parse")
    missing = [n for n in names if not any(t for _, t in outputs.docs.get(n, []))]
    c.check(not missing, f"{len(missing)} inputs lack json+tei after the resume, e.g. {missing[:2]}")
    c.note(f"{trials} kills within {span * 1.1:.1f} s")


@case("kill-sigterm")
def kill_sigterm(s, c):
    inp = s.folder("in")
    out = s.output("out")
    names = articles(s, inp, 400 if not s.args.quick else 200, s.rng("kill-sigterm"))
    proc = s.start(["run", "--input", inp, "--output", out, "--jobs", "2"])
    started = wait_until(proc, lambda: count_json(out) > 0, 60)
    proc.signal(signal.SIGTERM)
    result = proc.wait(60)
    if not started:
        c.check(False, "the run never wrote an output before SIGTERM")
    expect_clean_run(c, result, "run stopped by SIGTERM", codes=(143,))
    c.check(not Outputs(out).bad, "a .json does not parse after SIGTERM")
    resume = s.run_folder(inp, out, timeout=300)
    expect_clean_run(c, resume, "resume")
    outputs = Outputs(out)
    missing = [n for n in names if not any(t for _, t in outputs.docs.get(n, []))]
    c.check(not missing, f"{len(missing)} inputs lack outputs after the resume")
    c.check(not outputs.tmp, f"{len(outputs.tmp)} temporary files left")


# ---------------------------------------------------------------------------------------------
# options

def option_case(s, c, args, stdin=b""):
    result = s.pardaz_run(args, timeout=60, stdin=stdin)
    lines = one_line(result.err)
    c.check(result.rc == 2, f"`pardaz {' '.join(args)}`: {result.describe()}, expected 2")
    c.check(len(lines) == 1, f"{len(lines)} stderr lines, expected one"
            + (f": {lines[0][:70]!r}…" if lines else ""))


@case("options-tag-convention")
def options_tag(s, c):
    option_case(s, c, ["tag", "--lang", "en", "--convention", "nope"], b"Oman\n")


@case("options-timex-dct")
def options_timex(s, c):
    option_case(s, c, ["timex", "--lang", "en", "--dct", "2025-02-30"], b"We met on Monday.\n")


@case("options-run-jobs")
def options_run_jobs(s, c):
    inp = s.folder("in")
    option_case(s, c, ["run", "--input", inp, "--output", os.path.join(s.tmp, s.current, "out"), "--jobs", "0"])


@case("options-normalize-lang")
def options_normalize(s, c):
    option_case(s, c, ["normalize", "--lang", "xx"], b"text\n")


# ---------------------------------------------------------------------------------------------
# schemas

@case("schemas-bidi-only")
def schemas_bidi(s, c):
    inp, out = s.folder("in"), s.output("out")
    writer = Writer(s.rng("schemas-bidi-only"))
    marks = "ـــ" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652" + "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    write(os.path.join(inp, "only-marks.txt"), (marks + "\n").encode())
    write(os.path.join(inp, "para-marks.txt"),
          (writer.title("fa") + "\n\n" + marks + "\n\n" + writer.paragraph("fa") + "\n\n" + marks * 3 + "\n").encode())
    write(os.path.join(inp, "para-marks.md"), ("# " + writer.title("en") + "\n\n" + marks + "\n\n" + writer.paragraph("en") + "\n").encode())
    result = s.run_folder(inp, out, timeout=60)
    expect_clean_run(c, result, "run", codes=(0, 1))
    outputs = Outputs(out)
    c.check(not coverage(["only-marks.txt", "para-marks.txt", "para-marks.md"], outputs), "an input has no output")
    checked, total, problems = s.validate(out)
    c.check(not problems, f"{len(problems)} schema problem(s): {problems[0] if problems else ''}")


# ---------------------------------------------------------------------------------------------
# cost

def timed(s, args, timeout, baseline=0.0, **kw):
    result = s.pardaz_run(args, timeout=timeout, capture=True, **kw)
    return result, max(result.seconds - baseline, 0.05)


def cost_pair(s, c, label, small, large, make, command, timeout, factor=2.0):
    """Runs `command(path)` on inputs of two sizes; time must grow at most `factor` times the sizes."""
    folder = s.folder()
    baseline_path = make(folder, 1)
    base, _ = timed(s, command(baseline_path), 60)
    times = {}
    limit = factor * large / small
    for size in (small, large):
        path = make(folder, size)
        # The large input gets the time linear growth allows (with margin), not more: past that it
        # has failed the promise already.
        budget = timeout if size == small else min(timeout, max(60.0, base.seconds + times[small][1] * limit * 1.5))
        result, net = timed(s, command(path), budget, baseline=base.seconds)
        if not c.check(not result.timed_out, f"{label} {size}: timed out after {budget:.0f} s"
                       + (f" ({small} took {times[small][0]:.1f} s; linear growth allows about {times[small][1] * large / small:.0f} s)"
                          if size == large else "")):
            return
        c.check(result.rc == 0, f"{label} {size}: exit {result.rc} ({(one_line(result.err) or [''])[-1][:80]})")
        times[size] = (result.seconds, net)
    ratio = times[large][1] / times[small][1]
    c.note(f"{small}: {times[small][0]:.2f} s, {large}: {times[large][0]:.2f} s, ratio {ratio:.1f} (limit {limit:.0f})")
    c.check(ratio < limit, f"{label}: {small} took {times[small][0]:.2f} s, {large} took {times[large][0]:.2f} s; "
            f"ratio {ratio:.1f} above {limit:.0f} (superlinear)")


@case("cost-align")
def cost_align(s, c):
    writer = Writer(s.rng("cost-align"))

    def make(folder, lines):
        pairs = [writer.pair() for _ in range(lines)]
        en, fa = os.path.join(folder, f"en-{lines}.txt"), os.path.join(folder, f"fa-{lines}.txt")
        write(en, ("\n".join(p[0] for p in pairs) + "\n").encode())
        write(fa, ("\n".join(p[1] for p in pairs) + "\n").encode())
        return en
    small, large = (100, 500) if s.args.quick else (1000, 5000)
    cost_pair(s, c, "align", small, large, make,
              lambda en: ["align", "--en", en, "--fa", en.replace("/en-", "/fa-")], timeout=300)


@case("cost-headings", slow=True)
def cost_headings(s, c):
    writer = Writer(s.rng("cost-headings"))

    def make(folder, count):
        path = os.path.join(folder, f"headings-{count}.md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# {writer.title('en')}\n\n")
            for i in range(count):
                f.write(f"## {i + 1}. {writer.title('en' if i % 3 else 'fa')}\n\n")
        return path
    cost_pair(s, c, "headings", 20000, 80000, make, lambda path: ["process", path], timeout=600)


@case("cost-abstracts")
def cost_abstracts(s, c):
    writer = Writer(s.rng("cost-abstracts"))

    def make(folder, sentences):
        path = os.path.join(folder, f"paper-{sentences}.md")
        write(path, writer.paper(max(sentences, 2)))
        return path
    small, large = (30, 150) if s.args.quick else (300, 1500)
    cost_pair(s, c, "abstracts", small, large, make, lambda path: ["process", path], timeout=600)


@case("cost-big-input", slow=True)
def cost_big_input(s, c):
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("cost-big-input")
    small = articles(s, inp, 6, rng, prefix="a-small")
    writer = Writer(rng)
    pool = [writer.paragraph("en" if i % 4 else "fa", 5) for i in range(3000)]
    target = 50 * 1024 * 1024
    with open(os.path.join(inp, "zz-big.txt"), "wb") as f:
        written = 0
        f.write(b"A long record of meetings\n\n")
        while written < target:
            chunk = ("\n\n".join(rng.choice(pool) for _ in range(200)) + "\n\n").encode()
            f.write(chunk)
            written += len(chunk)
    cap_kb = 2 * 1024 * 1024
    kill_kb = int(cap_kb * 1.5)
    result = s.start(["run", "--input", inp, "--output", out, "--jobs", "2"], rss_cap_kb=kill_kb).wait(600)
    peak_gb = result.peak_kb / 1024 / 1024
    c.note(f"50 MB input: {result.seconds:.0f} s, peak RSS {peak_gb:.2f} GB")
    if result.rss_killed:
        c.check(False, f"peak RSS above {kill_kb / 1024 / 1024:.1f} GB after {result.seconds:.0f} s (killed)")
    else:
        c.check(not result.timed_out, f"run timed out after {result.seconds:.0f} s")
        c.check(result.peak_kb < cap_kb, f"peak RSS {peak_gb:.2f} GB, above 2 GB")
        c.check(result.rc in (0, 1), f"exit {result.rc}")
    outputs = Outputs(out)
    c.check(not coverage(small, outputs), "the small documents beside it were not processed")
    if not result.rss_killed and not result.timed_out:
        c.check(not coverage(["zz-big.txt"], outputs), "the 50 MB input has neither outputs nor an error report")
        for rel, reason, message in outputs.errors.get("zz-big.txt", []):
            c.note(f"big input failed: {reason}: {message[:60]}")


# ---------------------------------------------------------------------------------------------
# the big mixed run

def hostile(s, inp, rng, index, kind, writer):
    """Creates one hostile input; returns (names it created, whether each is a regular readable file)."""
    folder = makedirs(inp, f"hostile-{index % 7}")
    rel = os.path.relpath(folder, inp)
    made = []

    def reg(name, data):
        write(os.path.join(folder, name), data)
        made.append((f"{rel}/{name}", True))
    tag = f"{index:04d}"
    if kind == "nul":
        reg(f"nul-{tag}.txt", b"Header line\n\n" + writer.article("en", "txt") + b"\x00\x00tail")
    elif kind == "empty":
        reg(f"empty-{tag}.md", b"")
    elif kind == "binary":
        reg(f"binary-{tag}.html", bytes(rng.getrandbits(8) for _ in range(2048)))
    elif kind == "nfc-nfd":
        for form in ("NFC", "NFD"):
            reg(unicodedata.normalize(form, f"café-{tag}.txt"), writer.article("en", "txt"))
    elif kind == "newline":
        reg(f"line\nbreak-{tag}.txt", writer.article("en", "txt"))
    elif kind == "esc":
        reg(f"esc\x1b[2J-{tag}.txt", writer.article("fa", "txt"))
    elif kind == "long":
        reg(long_name(240, f"-{tag}.txt"), writer.article("fa", "txt"))
    elif kind == "non-utf8":
        write(os.path.join(os.fsencode(folder), b"\xff\xfe-" + tag.encode() + b".txt"), writer.article("en", "txt"))
        made.append((f"{rel}/" + os.fsdecode(b"\xff\xfe-" + tag.encode() + b".txt"), True))
    elif kind == "same-stem":
        for name in (f"s{tag}.txt", f"s{tag}.txt.md", f"s{tag}.html", f"s{tag}.error.md"):
            reg(name, writer.article("en", name.rsplit(".", 1)[1]))
        reg(f"s{tag}.md", b"# x\n\n\x00\x00")
    elif kind == "fifo":
        os.mkfifo(os.path.join(folder, f"pipe-{tag}.txt"))
        made.append((f"{rel}/pipe-{tag}.txt", False))
    elif kind == "socket":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            path = os.path.join(folder, f"sock-{tag}")
            if len(path) < 100:
                sock.bind(path)
                made.append((f"{rel}/sock-{tag}", False))
        finally:
            sock.close()
    elif kind == "link-out":
        os.symlink(PASSWD, os.path.join(folder, f"link-{tag}.txt"))
        made.append((f"{rel}/link-{tag}.txt", False))
    elif kind == "link-dir":
        os.symlink("/etc", os.path.join(folder, f"linkdir-{tag}"))
    elif kind == "utf16":
        reg(f"utf16-{tag}.txt", b"\xff\xfe" + writer.article("fa", "txt").decode().encode("utf-16-le"))
    elif kind == "cp1256":
        reg(f"cp1256-{tag}.txt", writer.article("fa", "txt").decode().encode("cp1256", "replace"))
    return made


HOSTILE_KINDS = ["nul", "empty", "binary", "nfc-nfd", "newline", "esc", "long", "non-utf8", "same-stem", "fifo",
                 "socket", "link-out", "link-dir", "utf16", "cp1256"]


@case("mixed-run")
def mixed_run(s, c):
    inp, out = s.folder("in"), s.output("out")
    rng = s.rng("mixed-run")
    writer = Writer(rng)
    count = s.args.count
    hostile_count = max(len(HOSTILE_KINDS), count * 15 // 1000)
    regular = []
    made_started = time.monotonic()
    for i in range(count - hostile_count):
        folder = makedirs(inp, f"batch-{i // 250:03d}")
        kind, lang = ("txt", "md", "html")[i % 3], ("en", "fa")[(i // 3) % 2]
        name = f"article-{i:06d}.{kind}"
        write(os.path.join(folder, name), writer.article(lang, kind))
        regular.append(f"batch-{i // 250:03d}/{name}")
    specials = []
    for j in range(hostile_count):
        for rel, is_regular in hostile(s, inp, rng, j, HOSTILE_KINDS[j % len(HOSTILE_KINDS)], writer):
            (regular if is_regular else specials).append(rel)
    c.note(f"{len(regular)} regular inputs, {len(specials)} special, made in {time.monotonic() - made_started:.0f} s")
    timeout = max(180, count * 0.06)
    # files the first run reaches before the kill at 40% (inputs are processed in path order)
    targets = [os.path.join(inp, r) for r in regular[len(regular) // 4: len(regular) // 4 + 40]]
    swapper = Swapper(targets, hold=0.01)
    proc = s.start(["run", "--input", inp, "--output", out, "--log-format", "json"])
    wait_until(proc, lambda: count_json(out) > 0, timeout)
    swapper.start()
    killed = wait_until(proc, lambda: count_json(out) >= count * 0.4, timeout)
    proc.signal(signal.SIGKILL)
    first = proc.wait(timeout)
    swapper.stop()
    c.check(not first.timed_out, f"first run wedged (no progress to 40% within {timeout:.0f} s)")
    c.check(killed, f"first run ended before the SIGKILL ({first.describe()})")
    c.note(f"killed after {first.seconds:.0f} s, {swapper.swaps} swaps")
    c.check(not Outputs(out).bad, "a .json does not parse after the SIGKILL")
    leaked = grep_tree(out, PASSWD_MARK)  # before the resume rewrites the swapped files' outputs
    c.check(not leaked, f"{len(leaked)} outputs of the first run hold /etc/passwd's content")
    resume = s.run_folder(inp, out, ["--log-format", "json"], timeout=timeout)
    c.check(not resume.timed_out, f"resume wedged ({resume.seconds:.0f} s)")
    c.check(resume.rc not in CRASH_CODES, f"resume crashed: exit {resume.rc}")
    summary = resume.summary()
    if c.check(summary is not None, "the resume printed no summary line"):
        expected = 1 if summary[2] > 0 else 0
        c.check(resume.rc == expected, f"resume exit {resume.rc} but its summary says {summary[2]} failed")
    c.note(f"resume {resume.seconds:.0f} s, summary {summary}")
    outputs = Outputs(out)
    missing = coverage(regular, outputs)
    c.check(not missing, missing_detail(missing, outputs))
    lost_specials = coverage(specials, outputs)
    c.check(not lost_specials, f"{len(lost_specials)} special files (pipes, sockets, links) without an error report")
    hits = grep_tree(out, PASSWD_MARK)
    c.check(not hits, f"{len(hits)} outputs hold /etc/passwd's content")
    c.check(not outputs.bad and not outputs.tmp, f"{len(outputs.bad)} bad json, {len(outputs.tmp)} temp files")


# ---------------------------------------------------------------------------------------------
# checks over every case's outputs

def global_checks(s):
    s.current = "global"
    # options-no-raw-errors: raw NSError text never reaches a user
    raw = []
    for name, text in s.stderr_seen:
        for mark in RAW_ERROR_MARKS:
            if mark in text:
                line = next(l for l in text.splitlines() if mark in l)
                raw.append(f"{name} stderr: {line.strip()[:110]}")
    for name, root in s.out_dirs:
        if not os.path.isdir(root):
            continue
        outputs = Outputs(root)
        for reports in outputs.errors.values():
            for rel, reason, message in reports:
                if any(m in (message or "") for m in RAW_ERROR_MARKS):
                    raw.append(f"{name} {short(rel, 40)}: {message[:90]}")
    s.report("FAIL" if raw else "PASS", "options-no-raw-errors",
             f"{len(raw)} raw NSError text(s), e.g. {raw[0]}" if raw else
             f"no 'Error Domain='/NSPOSIXErrorDomain in {len(s.stderr_seen)} stderr streams and the error reports")
    # schemas-all-outputs
    if isinstance(s.schemas(), str):
        s.report("SKIP", "schemas-all-outputs", s.schemas())
        return
    checked = total = 0
    problems = []
    rng = s.rng("schemas")
    for name, root in s.out_dirs:
        if not os.path.isdir(root):
            continue
        try:
            n, t, p = s.validate(root, limit=s.args.schema_sample, rng=rng)
        except Skip as why:
            s.report("SKIP", "schemas-all-outputs", str(why))
            return
        checked, total = checked + n, total + t
        problems += [f"{name}: {x}" for x in p]
    sampled = f" ({checked} of {total} checked: every error report, a seeded sample of documents per folder)" \
        if checked < total else f" ({checked} files)"
    s.report("FAIL" if problems else "PASS", "schemas-all-outputs",
             (f"{len(problems)} problem(s){sampled}, e.g. {problems[0]}" if problems else f"all valid{sampled}"))


# ---------------------------------------------------------------------------------------------

def selected(name, wanted):
    return any(name == w or name.startswith(w + "-") for w in wanted)


def main(argv):
    parser = argparse.ArgumentParser(description="Adversarial reliability suite for pardaz run.")
    parser.add_argument("--pardaz", default=".build/release/pardaz", help="the program (default .build/release/pardaz)")
    parser.add_argument("--count", type=int, default=10000, help="inputs of the big mixed run (default 10000)")
    parser.add_argument("--only", default="", help="cases or groups to run, comma-separated")
    parser.add_argument("--skip", action="append", default=[],
                        help="cases or groups to leave out, comma-separated; may be given more than once")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--seed", default="14", help="seed of every generated input and random delay (default 14)")
    parser.add_argument("--quick", action="store_true", help="smaller inputs for the swap and kill cases")
    parser.add_argument("--schema-sample", type=int, default=1000,
                        help="validate at most this many .json per output folder (every error report; 0: all)")
    parser.add_argument("--list", action="store_true", help="list the cases and exit")
    args = parser.parse_args(argv)
    if args.list:
        for name, _, slow in CASES:
            print(name + (" (slow)" if slow else ""))
        return 0
    if not os.access(args.pardaz, os.X_OK):
        print(f"run.py: {args.pardaz} is not an executable (build with swift build -c release)", file=sys.stderr)
        return 2
    only = [w for w in args.only.split(",") if w]
    skip = [w for value in args.skip for w in value.split(",") if w]
    suite = Suite(args)
    started = time.monotonic()
    print(f"pardaz adversarial suite: seed {args.seed}, count {args.count}, folder {suite.tmp}", flush=True)
    try:
        for name, function, _ in CASES:
            if (only and not selected(name, only)) or selected(name, skip):
                continue
            suite.current = name
            os.makedirs(os.path.join(suite.tmp, name), exist_ok=True)
            c = Case()
            case_started = time.monotonic()
            try:
                function(suite, c)
                status = "FAIL" if c.failures else "PASS"
                detail = "; ".join(c.failures[:3]) + (f" (+{len(c.failures) - 3} more)" if len(c.failures) > 3 else "") \
                    if c.failures else "ok"
                if c.notes:
                    detail += " {" + "; ".join(c.notes) + "}"
            except Skip as why:
                status, detail = "SKIP", str(why)
            except Exception as error:  # a broken case is a failure of the suite, reported, not a crash
                status, detail = "FAIL", f"the case itself raised {type(error).__name__}: {error}"
            suite.report(status, name, f"{detail} [{time.monotonic() - case_started:.1f} s]")
        global_checks(suite)
    finally:
        suite.cleanup()
    counts = {k: sum(1 for r in suite.results if r[0] == k) for k in ("PASS", "FAIL", "SKIP")}
    print(f"summary: {counts['PASS']} passed, {counts['FAIL']} failed, {counts['SKIP']} skipped "
          f"in {time.monotonic() - started:.0f} s" + (f"; kept {suite.tmp}" if args.keep else ""))
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
