#!/usr/bin/env python3
"""Train the page-type model (src/pagetype/weights.rs) on half A of wcxb-dev.

usage: tools/train-pagetype            (dumps the features, then runs this)
       python3 tools/train_pagetype.py FEATURES.tsv [--write]

The model is a multinomial logistic regression over the features that
`decruft::stages::page_type_features` computes (counts on a log scale, flags
and shares): one weight per feature and page type, and a bias. It is trained
on the pages of half A of the fixed domain split (tools/wcxb.py: FNV-1a of the
host without www., even = A) and only checked on half B; the 181 pages of the
article-extraction-benchmark (all articles) are trained on too. The L2 penalty is
chosen by 5-fold cross-validation over half A's domains. Needs numpy.
Deterministic: same features, same weights.
"""
import collections
import glob
import json
import os
import re
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '..', 'shared', 'datasets', 'wcxb-dev')
OUT = os.path.join(HERE, '..', 'src', 'pagetype', 'weights.rs')
# The order of the Rust enum's variants that the model decides between.
CLASSES = ['article', 'forum', 'documentation', 'service', 'product', 'listing', 'collection']
RUST = {c: 'PageType::' + c.capitalize() for c in CLASSES}
# Pages with less visible text than this are decided without the model
# (src/pagetype/mod.rs, MIN_TEXT_CHARS): not trained on either.
MIN_TEXT = 500
PENALTIES = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3]


from wcxb_split import fnv, host, ptype


def load(tsv):
    gold = {}
    for p in glob.glob(os.path.join(D, 'ground-truth', '*.json')):
        d = json.load(open(p))
        gold[os.path.basename(p)[:-5]] = d
    rows = [l.rstrip('\n').split('\t') for l in open(tsv)]
    names = rows[0][1:]
    X, y, half, dom = [], [], [], []
    for r in rows[1:]:
        pid = os.path.basename(r[0]).split('.')[0]
        X.append([float(v) for v in r[1:]])
        if 'article-extraction-benchmark' in r[0]:
            # The news set: all articles, all trained on (half A's side).
            y.append(CLASSES.index('article'))
            half.append('N')
            dom.append(pid)
            continue
        d = gold[pid]
        y.append(CLASSES.index(ptype(d)))
        h = host(d.get('url') or '')
        half.append('A' if fnv(h) % 2 == 0 else 'B')
        dom.append(h)
    return names, np.array(X), np.array(y), np.array(half), np.array(dom)


def fit(X, y, penalty, steps=3000, rate=0.5):
    """Softmax regression by full-batch gradient descent on standardised X."""
    n, k = X.shape[0], len(CLASSES)
    W = np.zeros((X.shape[1], k))
    b = np.zeros(k)
    Y = np.eye(k)[y]
    for _ in range(steps):
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = P - Y
        W -= rate * (X.T @ G / n + penalty * W)
        b -= rate * G.mean(axis=0)
    return W, b


def f32(v):
    """The shortest decimal that reads back as the same f32."""
    t = np.format_float_positional(np.float32(round(float(v), 5)), unique=True, trim='0')
    return t if not t.endswith('.') else t + '0'


def agreement(X, y, W, b):
    return float(((X @ W + b).argmax(axis=1) == y).mean()) if len(y) else 0.0


def main():
    tsv = sys.argv[1]
    names, X, y, half, dom = load(tsv)
    # Pages whose HTML holds next to no text (script-rendered shells) say
    # nothing about their kind: left out of training, or "no text" would
    # come to mean whatever kind most shells are.
    shell = X[:, names.index('text')] < np.log1p(MIN_TEXT)
    a = (half != 'B') & ~shell
    mean = X[a].mean(axis=0)
    std = X[a].std(axis=0)
    std[std == 0] = 1.0
    Z = (X - mean) / std
    # Cross-validation folds by domain (a site never in both).
    fold = np.array([fnv(h + '#fold') % 5 for h in dom])
    best = None
    for pen in PENALTIES:
        scores = []
        for f in range(5):
            tr = a & (fold != f)
            te = a & (fold == f)
            W, b = fit(Z[tr], y[tr], pen)
            scores.append(agreement(Z[te], y[te], W, b))
        cv = sum(scores) / len(scores)
        print(f'penalty {pen}: cross-validated agreement on A {cv:.3f}')
        if best is None or cv > best[1]:
            best = (pen, cv)
    pen = best[0]
    W, b = fit(Z[a], y[a], pen)
    wa = half == 'A'
    print(f'left out of training: {int(((half != "B") & shell).sum())} pages under {MIN_TEXT} characters of text')
    fa = agreement(Z[wa], y[wa], W, b)
    fb = agreement(Z[~a], y[~a], W, b)
    fn = agreement(Z[half == 'N'], y[half == 'N'], W, b)
    print(f'chosen penalty {pen}: agreement A (trained) {fa:.3f}, B (checked) {fb:.3f}, news set (trained) {fn:.3f}')
    pred = (Z @ W + b).argmax(axis=1)
    for h in ['A', 'B', 'N']:
        m = half == h
        conf = collections.Counter(zip(y[m], pred[m]))
        print(f'half {h}, gold rows x predicted columns ({" ".join(c[:4] for c in CLASSES)})')
        for i, c in enumerate(CLASSES):
            print(f'  {c:14s}' + ' '.join(f'{conf[(i, j)]:4d}' for j in range(len(CLASSES))))
    # Fold the standardisation into the weights: w·(x-m)/s + b = (w/s)·x + b - Σ w m/s.
    Wr = W / std[:, None]
    br = b - (W * (mean / std)[:, None]).sum(axis=0)
    if '--write' in sys.argv:
        with open(OUT, 'w') as o:
            o.write('//! The page-type model\'s weights. GENERATED by `tools/train-pagetype`\n')
            o.write(f'//! (tools/train_pagetype.py) from wcxb-dev half A and the news set ({int(a.sum())} pages); do not edit.\n')
            o.write(f'//! Agreement with the labels: wcxb-dev half A {fa:.3f} and the news set {fn:.3f} (trained on),\n')
            o.write(f'//! half B {fb:.3f}\n')
            o.write(f'//! (checked only); L2 penalty {pen}, chosen by 5-fold cross-validation\n')
            o.write(f'//! over half A\'s domains ({best[1]:.3f}).\n\n')
            o.write('use super::PageType;\n\n')
            o.write('/// The types the model decides between, in the order of the rows below.\n')
            o.write(f'pub(super) const CLASSES: [PageType; {len(CLASSES)}] = [\n')
            for c in CLASSES:
                o.write(f'    {RUST[c]},\n')
            o.write('];\n\n')
            o.write('/// The features, in the order of the columns below.\n#[cfg(test)]\n')
            o.write(f'pub(super) const FEATURES: [&str; {len(names)}] = [\n')
            for n in names:
                o.write(f'    "{n}",\n')
            o.write('];\n\n')
            o.write('/// One bias per type.\n')
            o.write(f'pub(super) const BIAS: [f32; {len(CLASSES)}] = [\n')
            for v in br:
                o.write(f'    {f32(v)},\n')
            o.write('];\n\n')
            o.write('/// One weight per type (row) and feature (column).\n')
            o.write(f'pub(super) const WEIGHTS: [[f32; {len(names)}]; {len(CLASSES)}] = [\n')
            for j in range(len(CLASSES)):
                o.write('    [\n')
                for i in range(len(names)):
                    o.write(f'        {f32(Wr[i, j])},\n')
                o.write('    ],\n')
            o.write('];\n')
        print('wrote', OUT)


if __name__ == '__main__':
    main()
