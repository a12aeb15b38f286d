#!/usr/bin/env python3
"""A plain linear-chain CRF (CRFsuite, L-BFGS, L1 0.05 + L2 0.01, 150 iterations) with standard
word features, on the same Persian split as `pardaz train ner --lang fa`, for comparison with the
perceptron: PEYMA's training part and Arman without every tenth sentence of each file, scored on
PEYMA's development part and the held-out Arman sentences (exact span and type, micro).

    python3 -m venv /tmp/crf && /tmp/crf/bin/pip install python-crfsuite
    /tmp/crf/bin/python scripts/ner-crf-baseline.py joint     # PER/ORG/LOC, both corpora, convention features
    /tmp/crf/bin/python scripts/ner-crf-baseline.py peyma7    # PEYMA only, all seven PEYMA types kept

Reads ../shared/data/ner-fa; writes its model to a temporary file only.
"""
import os, sys, tempfile, pycrfsuite

DATA = os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'ner-fa')
mode = sys.argv[1] if len(sys.argv) > 1 else 'joint'
PEYMA = ({k: k for k in ['PER', 'ORG', 'LOC', 'DAT', 'TIM', 'MON', 'PCT']} if mode == 'peyma7'
         else {'PER': 'PER', 'ORG': 'ORG', 'LOC': 'LOC'})
ARMAN = {'pers': 'PER', 'org': 'ORG', 'loc': 'LOC', 'fac': 'LOC'}

def read(name, sep, mapping):
    sentences, current = [], []
    for line in open(os.path.join(DATA, name), encoding='utf8'):
        line = line.rstrip('\n')
        if not line.strip():
            if current: sentences.append(current)
            current = []
            continue
        cut = line.rfind(sep)
        if cut < 0: continue
        word, tag = line[:cut], line[cut + 1:].strip()
        kind = tag[2:] if tag != 'O' else None
        tag = 'O' if kind not in mapping else tag[0] + '-' + mapping[kind]
        if tag.startswith('I-') and (not current or current[-1][1][2:] != tag[2:]): tag = 'B-' + tag[2:]
        current.append((word, tag))
    if current: sentences.append(current)
    return sentences

def spans(tags):
    out, start = set(), None
    for i, t in enumerate(tags + ['O']):
        if start is not None and not (t.startswith('I-') and t[2:] == tags[start][2:]):
            out.add((start, i, tags[start][2:])); start = None
        if t.startswith('B-'): start = i
    return out

def fold(w): return w.replace('\u200c', '').replace('ي', 'ی').replace('ك', 'ک')

def features(sentence, convention):
    words = [fold(w) for w, _ in sentence]
    result = []
    for i, w in enumerate(words):
        f = ['b', 'w=' + w, 'p1=' + w[:1], 'p2=' + w[:2], 'p3=' + w[:3], 's1=' + w[-1:], 's2=' + w[-2:],
             's3=' + w[-3:], 's4=' + w[-4:], 'len=%d' % min(len(w), 10)]
        for d in (-2, -1, 1, 2):
            j = i + d
            f.append('w%+d=' % d + (words[j] if 0 <= j < len(words) else '<>'))
        f.append('w-1w=' + (words[i - 1] if i else '<s>') + '|' + w)
        f.append('ww+1=' + w + '|' + (words[i + 1] if i + 1 < len(words) else '</s>'))
        if convention: f += [convention + ':' + x for x in f[:2] + f[10:14]]
        result.append(f)
    return result

peyma_train, peyma_dev = read('peyma-train.txt', '|', PEYMA), read('peyma-dev.txt', '|', PEYMA)
arman_train, arman_held = [], []
for name in ['arman-part2.txt', 'arman-part3.txt']:
    for i, s in enumerate(read(name, ' ', ARMAN)):
        (arman_held if i % 10 == 9 else arman_train).append(s)
joint = mode == 'joint'
trainer = pycrfsuite.Trainer(verbose=False)
for s, c in [(s, 'peyma') for s in peyma_train] + ([(s, 'arman') for s in arman_train] if joint else []):
    trainer.append(features(s, c if joint else ''), [t for _, t in s])
trainer.set_params({'c1': 0.05, 'c2': 0.01, 'max_iterations': 150})
path = tempfile.mktemp(suffix='.crfsuite')
trainer.train(path)
tagger = pycrfsuite.Tagger(); tagger.open(path)
for name, data, convention in [('peyma dev', peyma_dev, 'peyma'), ('arman held out', arman_held, 'arman')]:
    tp = predicted = gold = 0
    for s in data:
        g, p = spans([t for _, t in s]), spans(tagger.tag(features(s, convention if joint else '')))
        tp += len(g & p); predicted += len(p); gold += len(g)
    P, R = tp / max(predicted, 1), tp / max(gold, 1)
    print('%s, %s: P %.3f  R %.3f  F1 %.3f' % (mode, name, P, R, 2 * P * R / max(P + R, 1e-9)))
os.remove(path)
