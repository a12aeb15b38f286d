#!/usr/bin/env python3
"""Builds the data files of Pardaz's Persian normalizer (Sources/PardazNormalize/Resources/persian/).

Sources (none of their text is copied; only derived lists and counts are written):
- Debian's myspell-fa word list, /usr/share/hunspell/fa_IR.dic (GPL-2+; Gostareh Negar, Sharif
  FarsiWeb, Alan Baghumian): verb stems, compound words written with ZWNJ, and fused words whose
  ZWNJ form the list does not know (kept as they are).
- Token counts from ../shared/data/ner-fa (PEYMA and ArmanPersoNER; research use): word frequencies,
  used only to choose between two readings of a fused word.
Hand-written by the project: lexicalized-extra.txt (words never split).

Usage: scripts/build-persian-data.py [--dic PATH] [--data ../shared/data]
"""
import argparse, collections, glob, os, re, sys

Z = '\u200c'
PERSON = ['ند', 'ید', 'یم', 'م', 'ی', 'د', '']
CLITIC_SUFFIXES = ['هایشان', 'هایتان', 'هایمان', 'هایش', 'هایت', 'هایم', 'هایی', 'های', 'ها',
                   'ترین', 'تر', 'اند', 'ایم', 'اید', 'ای', 'ام', 'ات', 'اش', 'شان', 'تان', 'مان']
NON_JOINING = set('اآأإدذرزژوؤءة')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--dic', default='/usr/share/hunspell/fa_IR.dic')
    ap.add_argument('--data', default=os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data'))
    ap.add_argument('--out', default=os.path.join(os.path.dirname(__file__), '..',
                                                  'Sources', 'PardazNormalize', 'Resources', 'persian'))
    ap.add_argument('--hazm-words', default=None,
                    help="hazm 0.12.1's data/words.dat (MIT); default: the one in .venv-peers/hazm "
                         '(scripts/setup-peer-normalizers.sh installs it)')
    args = ap.parse_args()
    if args.hazm_words is None:
        found = sorted(glob.glob(os.path.join(os.path.dirname(__file__), '..', '.venv-peers', 'hazm', 'lib',
                                              'python3*', 'site-packages', 'hazm', 'data', 'words.dat')))
        if not found:
            sys.exit('hazm words.dat not found; run scripts/setup-peer-normalizers.sh or pass --hazm-words')
        args.hazm_words = found[0]
    if not os.path.exists(args.dic):
        sys.exit(f'{args.dic}: not found; install Debian package myspell-fa')
    with open(args.dic, encoding='utf-8') as f:
        words = [line.strip() for line in f][1:]
    lexicon = set(words)

    # Tokens of the NER corpora (PEYMA, ArmanPersoNER), sentence by sentence.
    sentences = []
    ner = os.path.join(args.data, 'ner-fa')
    for name in sorted(os.listdir(ner)):
        with open(os.path.join(ner, name), encoding='utf-8') as f:
            sentence = []
            for line in f:
                line = line.strip()
                if not line:
                    if sentence:
                        sentences.append(sentence)
                    sentence = []
                    continue
                token = line.rsplit('|', 1)[0] if name.startswith('peyma') else line.split()[0]
                sentence.append(token.replace('ي', 'ی').replace('ك', 'ک'))
            if sentence:
                sentences.append(sentence)
    freq = collections.Counter()
    for sentence in sentences:
        for token in sentence:
            if re.fullmatch(r'[\u0621-\u06CC\u200c]+', token):
                freq[token] += 1
    fused_freq = collections.Counter()
    for token, n in freq.items():
        fused_freq[token.replace(Z, '')] += n

    # Verb stems: every form "می‌X" / "نمی‌X" of the list, less its personal ending.
    stems = collections.Counter()
    for w in words:
        for prefix in ('می' + Z, 'نمی' + Z):
            if w.startswith(prefix):
                rest = w[len(prefix):]
                if Z in rest:
                    continue
                for ending in PERSON:
                    if ending and rest.endswith(ending) and len(rest) - len(ending) >= 2:
                        stems[rest[:-len(ending)]] += 1
                stems[rest] += 1
    # A stem is kept when at least two forms attest it (a present stem with several persons, or a
    # past stem with several), which drops one-off accidents of the stripping above.
    # Past stems: an infinitive (کردن, گفتن) less its ن, when the list also has a past form of it.
    for w in words:
        if (w.endswith('تن') or w.endswith('دن')) and Z not in w and len(w) >= 3:
            past = w[:-1]
            if past + 'ند' in lexicon or past + 'م' in lexicon:
                stems[past] += 2
    verb_stems = sorted(s for s, n in stems.items() if n >= 2 and len(s) >= 2)

    # Fused words the list accepts whose ZWNJ reading it does not: "میدان" (not می‌دان), "الهام"
    # (not اله‌ام), "بزرگتر". The normalizer leaves these as they are.
    by_fused = collections.defaultdict(set)
    for w in words:
        if Z in w:
            by_fused[w.replace(Z, '')].add(w)
    lexicalized = set()
    for w in words:
        if Z in w or len(w) < 3 or w in by_fused:
            continue
        for prefix in ('نمی', 'می'):
            if w.startswith(prefix) and len(w) > len(prefix) + 1:
                if prefix + Z + w[len(prefix):] not in lexicon:
                    lexicalized.add(w)
                break
        if re.search('ها(ی|یی|یم|یت|یش|یمان|یتان|یشان)?$', w):
            continue  # plurals are left to the rules
        for suffix in CLITIC_SUFFIXES:
            if suffix.startswith('ها'):
                continue  # plural ها after a joining letter is productive; see lexicalized-extra.txt
            if w.endswith(suffix) and len(w) - len(suffix) >= 2:
                base = w[:-len(suffix)]
                if base[-1] == 'ه' and base in lexicon:
                    continue  # a word in silent ه plus a clitic is productive: مزرعه‌شان
                if suffix == 'تر' and w + 'ین' in lexicon and base in lexicon:
                    continue  # a comparative (بزرگتر, with بزرگترین): written بزرگ‌تر
                if suffix == 'ترین' and w[:-2] in lexicon and base in lexicon:
                    continue
                if base[-1] not in NON_JOINING and not re.search('ها(ی)?$', base):
                    lexicalized.add(w)

    # Compounds written with ZWNJ whose fused form the list does not accept: "بین‌الملل".
    # Splits after می/نمی or before a clitic suffix are left to the rules; only compounds that
    # occur in the corpora (fused or not) are kept, which keeps the list to words in real use.
    compounds = []
    for fused, forms in by_fused.items():
        if fused in lexicon or len(forms) != 1 or fused_freq[fused] == 0:
            continue
        form = next(iter(forms))
        parts = form.split(Z)
        if parts[0] in ('می', 'نمی') or any(p in CLITIC_SUFFIXES for p in parts[1:]):
            continue
        if any(not p or p[-1] in NON_JOINING for p in parts[:-1]):
            continue  # a ZWNJ after a letter that does not join is a typing accident
        compounds.append(form)
    compounds.sort()
    compound_set = set(compounds)

    # Compounds of the list formed with a compound part of compound-parts.txt (written by the
    # project): a prefix (خوش‌شانس, کلان‌شهر) or a head, bare or with an ending (مشکل‌ساز,
    # دانش‌آموزان). The normalizer joins these when a text's ZWNJs became spaces, and splits them
    # when its ZWNJs were deleted. هم is left out: standing alone it is the common word "also".
    prefixes, heads = set(), set()
    with open(os.path.join(args.out, 'compound-parts.txt'), encoding='utf-8') as f:
        for line in f:
            columns = line.rstrip('\n').split('\t')
            if line.startswith('#') or len(columns) != 4:
                continue
            (prefixes if columns[0] == 'prefix' else heads).add(columns[1])
    prefixes.discard('هم')
    head_endings = ['', 'ی', 'ان', 'انی', 'ها', 'های', 'هایی']
    stem_set = set(verb_stems)
    def is_verb_form(word):
        """A verb form: a stem with a personal ending, a participle (گرفته) or an infinitive."""
        return any(word.endswith(e) and word[:len(word) - len(e)] in stem_set for e in PERSON + ['ه', 'ن'])
    part_compounds = []
    for w in words:
        parts = w.split(Z)
        if len(parts) != 2 or w in compound_set:
            continue
        first, second = parts
        if len(first) < 2 or len(second) < 2 or first[-1] in NON_JOINING:
            continue
        if first == second or (first in prefixes and is_verb_form(second)):
            continue  # کم‌کم; پیش گرفته is a phrase as often as a compound
        if first in prefixes or any(second.endswith(e) and second[:len(second) - len(e)] in heads
                                    for e in head_endings):
            part_compounds.append(w)
    part_compounds.sort()
    # Fused words of the list that look like such a compound but that the list has no ZWNJ form of
    # (همهمه, طرفدار): words in their own right, never split.
    for w in words:
        if Z in w or w in by_fused or len(w) < 4 or any(w.endswith(c) for c in CLITIC_SUFFIXES):
            continue  # an inflected form is judged by its base
        if any(w.startswith(p) and len(w) - len(p) >= 2 for p in prefixes) or any(
                w.endswith(h) and len(w) - len(h) >= 2 for h in heads):
            lexicalized.add(w)

    # ZWNJ forms written in the corpora, with how often each was written with ZWNJ, fused, and (for
    # two parts) with a space: the normalizer follows the corpora's majority.
    bigrams = collections.Counter()
    for sentence in sentences:
        for first, second in zip(sentence, sentence[1:]):
            bigrams[first + ' ' + second] += 1
    attested = []
    for token, n in sorted(freq.items()):
        if Z not in token or n < 1 or token.startswith(Z) or token.endswith(Z):
            continue
        if any(token[i - 1] in NON_JOINING for i, c in enumerate(token) if c == Z):
            continue  # a ZWNJ after a letter that does not join is a typing accident
        fused = token.replace(Z, '')
        spaced = bigrams[token.replace(Z, ' ')] if token.count(Z) == 1 else 0
        attested.append(f'{token}\t{n}\t{freq[fused]}\t{spaced}')

    # Compounds of hazm's word list (a lexicon with frequencies from large Persian corpora): two
    # words joined by ZWNJ (کلان‌شهر, پیش‌خدمت), for a text whose ZWNJs became spaces or were
    # deleted. Left out: verbs and clitics (the rules handle them), a second part that is a verb
    # form other than a bare stem (انجام‌شده is a phrase as often), a first part that is a
    # function word (به‌طور), entries hazm has never seen or sees fused more often, and pairs the
    # NER corpora write apart more often than with ZWNJ (ایالات متحده).
    function_words = {'به', 'که', 'این', 'آن', 'هم', 'در', 'از', 'با', 'تا', 'و', 'را', 'هیچ', 'چه', 'همین',
                      'همان', 'بر', 'یک', 'یکی', 'سال', 'هر', 'چند'}
    hazm = {}
    with open(args.hazm_words, encoding='utf-8') as f:
        for line in f:
            columns = line.rstrip('\n').split('\t')
            if len(columns) >= 2 and columns[1].isdigit():
                hazm[columns[0].replace('ي', 'ی').replace('ك', 'ک')] = (int(columns[1]), columns[2] if len(columns) > 2 else '')
    listed = set(compounds) | set(part_compounds)
    hazm_compounds = []
    for w, (n, tags) in hazm.items():
        parts = w.split(Z)
        if len(parts) != 2 or w in listed or n < 1 or 'CONJ' in tags or tags in ('', '0', 'ADV'):
            continue
        first, second = parts
        if len(first) < 2 or len(second) < 2 or first[-1] in NON_JOINING or first in ('می', 'نمی'):
            continue
        if first in function_words or second in CLITIC_SUFFIXES or first == second or (
                is_verb_form(second) and second not in stem_set):  # a bare stem is a head: مشکل‌ساز
            continue
        if hazm.get(first + second, (0, ''))[0] > n:
            continue  # hazm writes it fused more often
        if bigrams[first + ' ' + second] > freq[w]:
            continue
        hazm_compounds.append(w)
    hazm_compounds.sort()

    os.makedirs(args.out, exist_ok=True)
    def write(name, lines, header):
        with open(os.path.join(args.out, name), 'w', encoding='utf-8') as f:
            f.write(header)
            for line in lines:
                f.write(line + '\n')
        print(f'{name}: {len(lines)} lines')
    head = '# Built by scripts/build-persian-data.py from Debian myspell-fa (GPL-2+); see README.md here.\n'
    write('verb-stems.txt', verb_stems, head)
    write('he-final-words.txt', sorted(w for w in words if w.endswith('ه') and Z not in w and len(w) >= 2), head)
    write('lexicalized.txt', sorted(lexicalized), head)
    write('compounds.txt', compounds, head)
    write('part-compounds.txt', part_compounds, head)
    write('hazm-compounds.txt', hazm_compounds,
          "# Built by scripts/build-persian-data.py from hazm 0.12.1's data/words.dat (MIT; Copyright (c) 2013 Alireza Nourian);\n"
          '# filtered with counts of ../shared/data/ner-fa. See README.md here.\n')
    write('zwnj-attested.tsv', attested,
          '# Built by scripts/build-persian-data.py from ../shared/data/ner-fa: form with ZWNJ, times written so, fused, with a space.\n')
    write('word-frequencies.tsv', [f'{w}\t{n}' for w, n in sorted(freq.items()) if n >= 3 and Z not in w],
          '# Built by scripts/build-persian-data.py: token counts of ../shared/data/ner-fa (PEYMA, ArmanPersoNER), 3 or more.\n')


if __name__ == '__main__':
    main()
