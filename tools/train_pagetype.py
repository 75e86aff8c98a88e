#!/usr/bin/env python3
"""Train the page-type model (src/pagetype/weights.rs) on half A of wcxb-dev.

usage: tools/train-pagetype            (dumps the features, then runs this)
       python3 tools/train_pagetype.py FEATURES.tsv [--write]

The model scores each page type over the features that
`decruft::stages::page_type_features` computes (counts on a log scale, flags
and shares) with two parts whose log-odds are averaged: a multinomial
logistic regression (one weight per feature and page type, and a bias) and
boosted stumps (gradient boosting of the softmax loss with one-split trees:
each adds one value to one type's score at or below a threshold of one
feature and another above it). It is trained on the pages of half A of the
fixed domain split (tools/wcxb.py: FNV-1a of the host without www., even = A)
and only checked on half B; the 181 pages of the article-extraction-benchmark
(all articles) are trained on too. The L2 penalty, the number of boosting
rounds and the share of the linear part are chosen by 5-fold
cross-validation over half A's domains. Needs numpy. Deterministic: same
features, same weights (the boosting's row and feature samples come from a
fixed seed).
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
# Boosted stumps: learning rate, L2 penalty on a leaf's value, the least
# hessian weight on each side of a split, the share of pages and of features
# each round's stumps are fitted on (fixed seed), and at most this many
# thresholds per feature (quantiles of half A's values). Rounds and the
# linear part's share of the sum are chosen by cross-validation among these:
# the inner pair whose neighbourhood in this grid (itself and the eight pairs
# around it) agrees best on average, not a lone peak of one pair (one page of
# half A is 0.0014; the grid's agreements spread 0.857-0.869).
# Set on half A's cross-validation (type23): stumps beat deeper trees
# (depth 2: 0.853, depth 3: 0.833, alone; overfit, A trained 0.99).
RATE = 0.1
LEAF_PENALTY = 1.0
MIN_HESSIAN = 1.0
ROW_SHARE = 0.8
FEATURE_SHARE = 0.5
MAX_BINS = 32
SEED = 1
ROUNDS = [100, 150, 200, 250, 300]
LINEAR_SHARES = [0.3, 0.4, 0.5, 0.6, 0.7]


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


def thresholds(X, rows):
    """Per feature, the candidate split points: midpoints (as f32, the
    type the Rust side compares in) between neighbouring distinct values
    of the training rows; past MAX_BINS values, only after quantiles."""
    out = []
    for f in range(X.shape[1]):
        u = np.unique(X[rows, f].astype(np.float32))
        if len(u) > MAX_BINS:
            q = np.quantile(X[rows, f].astype(np.float32), np.linspace(0, 1, MAX_BINS + 1)[1:-1], method='lower')
            idx = np.unique(np.searchsorted(u, q.astype(np.float32)))
            idx = idx[idx + 1 < len(u)]
            th = (u[idx] + u[idx + 1]) / 2
        else:
            th = (u[:-1] + u[1:]) / 2
        out.append(np.unique(th.astype(np.float32)))
    return out


def binned(X, ths):
    """Each value's bin: how many of its feature's thresholds lie below it
    (a value at a threshold counts as below it, as `x <= t` in Rust)."""
    B = np.zeros(X.shape, dtype=np.int64)
    for f, th in enumerate(ths):
        B[:, f] = np.searchsorted(th, X[:, f].astype(np.float32), side='left')
    return B


def boost(B, y, rounds, nb):
    """Boosted stumps on binned features B (rows) and labels y: a list of
    (round, class, feature, bin, below, above); a page goes `above` when
    its bin exceeds `bin`."""
    rng = np.random.default_rng(SEED)
    n, F = B.shape
    k = len(CLASSES)
    Y = np.eye(k)[y]
    S = np.zeros((n, k))
    idx = (np.arange(F) * nb)[None, :] + B
    stumps = []
    for r in range(rounds):
        Z = S - S.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = P - Y
        H = np.maximum(P * (1 - P), 1e-6)
        rows = rng.random(n) < ROW_SHARE
        flat = idx[rows].ravel()
        for c in range(k):
            cols = rng.random(F) < FEATURE_SHARE
            g = np.bincount(flat, np.repeat(G[rows, c], F), F * nb).reshape(F, nb)
            h = np.bincount(flat, np.repeat(H[rows, c], F), F * nb).reshape(F, nb)
            gl, hl = g.cumsum(axis=1), h.cumsum(axis=1)
            gt, ht = gl[0, -1], hl[0, -1]
            gr, hr = gt - gl, ht - hl
            gain = gl ** 2 / (hl + LEAF_PENALTY) + gr ** 2 / (hr + LEAF_PENALTY)
            gain[(hl < MIN_HESSIAN) | (hr < MIN_HESSIAN) | ~cols[:, None]] = -1
            f, b = divmod(int(gain.argmax()), nb)
            if gain[f, b] <= gt ** 2 / (ht + LEAF_PENALTY):
                continue
            below = -RATE * gl[f, b] / (hl[f, b] + LEAF_PENALTY)
            above = -RATE * gr[f, b] / (hr[f, b] + LEAF_PENALTY)
            stumps.append((r, c, f, b, below, above))
            S[:, c] += np.where(B[:, f] > b, above, below)
    return stumps


def stump_scores(B, stumps, rounds):
    """Each row's score per class from the stumps of the first `rounds`."""
    S = np.zeros((B.shape[0], len(CLASSES)))
    for r, c, f, b, below, above in stumps:
        if r < rounds:
            S[:, c] += np.where(B[:, f] > b, above, below)
    return S


def rust_f32(v):
    """The shortest decimal that reads back as the same f32, unrounded
    (thresholds and test features must be the very values compared)."""
    t = np.format_float_positional(np.float32(v), unique=True, trim='0')
    return t if not t.endswith('.') else t + '0'


def f32(v):
    """The shortest decimal that reads back as the same f32."""
    t = np.format_float_positional(np.float32(round(float(v), 5)), unique=True, trim='0')
    return t if not t.endswith('.') else t + '0'


def agreement(X, y, W, b):
    return float(((X @ W + b).argmax(axis=1) == y).mean()) if len(y) else 0.0


def main():
    tsv = sys.argv[1]
    names, X, y, half, dom = load(tsv)
    k = len(CLASSES)
    # Pages whose HTML holds next to no text (script-rendered shells) say
    # nothing about their kind: left out of training, or "no text" would
    # come to mean whatever kind most shells are.
    shell = X[:, names.index('text')] < np.log1p(MIN_TEXT)
    a = (half != 'B') & ~shell
    mean = X[a].mean(axis=0)
    std = X[a].std(axis=0)
    std[std == 0] = 1.0
    Z = (X - mean) / std
    ths = thresholds(X, a)
    nb = max(len(t) for t in ths) + 1
    B = binned(X, ths)
    # Cross-validation folds by domain (a site never in both).
    fold = np.array([fnv(h + '#fold') % 5 for h in dom])
    linear = {}
    best = None
    for pen in PENALTIES:
        scores = []
        for f in range(5):
            tr = a & (fold != f)
            te = a & (fold == f)
            W, b = fit(Z[tr], y[tr], pen)
            linear[(pen, f)] = Z[te] @ W + b
            scores.append(agreement(Z[te], y[te], W, b))
        cv = sum(scores) / len(scores)
        print(f'penalty {pen}: cross-validated agreement on A {cv:.3f}')
        if best is None or cv > best[1]:
            best = (pen, cv)
    pen = best[0]
    # The stumps, and the share of the linear part in the sum, by the same
    # folds (the linear part at the chosen penalty).
    hits = collections.Counter()
    for f in range(5):
        tr = a & (fold != f)
        te = a & (fold == f)
        stumps = boost(B[tr], y[tr], max(ROUNDS), nb)
        for rounds in ROUNDS:
            S = stump_scores(B[te], stumps, rounds)
            for share in LINEAR_SHARES:
                pred = (share * linear[(pen, f)] + (1 - share) * S).argmax(axis=1)
                hits[(rounds, share)] += int((pred == y[te]).sum())
    for rounds in ROUNDS:
        print(f'{rounds} rounds of stumps, share of the linear part ' + ', '.join(
            f'{share}: {hits[(rounds, share)] / a.sum():.3f}' for share in LINEAR_SHARES))
    def near(ri, si):
        return [hits[(ROUNDS[i], LINEAR_SHARES[j])]
                for i in range(max(ri - 1, 0), min(ri + 2, len(ROUNDS)))
                for j in range(max(si - 1, 0), min(si + 2, len(LINEAR_SHARES)))]
    # Inner pairs only: each has a full neighbourhood.
    ri, si = max(((i, j) for i in range(1, len(ROUNDS) - 1) for j in range(1, len(LINEAR_SHARES) - 1)),
                 key=lambda p: (np.mean(near(*p)), -p[0], p[1]))
    rounds, share = ROUNDS[ri], LINEAR_SHARES[si]
    cv = hits[(rounds, share)] / a.sum()
    W, b = fit(Z[a], y[a], pen)
    stumps = [t for t in boost(B[a], y[a], rounds, nb)]
    scores = share * (Z @ W + b) + (1 - share) * stump_scores(B, stumps, rounds)
    pred = scores.argmax(axis=1)
    wa = half == 'A'
    print(f'left out of training: {int(((half != "B") & shell).sum())} pages under {MIN_TEXT} characters of text')
    fa, fb, fn = (float((pred[m] == y[m]).mean()) for m in (wa, ~a & (half == 'B'), half == 'N'))
    print(f'linear part alone: B (checked) {agreement(Z[half == "B"], y[half == "B"], W, b):.3f}')
    print(f'chosen penalty {pen}, {rounds} rounds, linear share {share}: cross-validated {cv:.3f}; '
          f'agreement A (trained) {fa:.3f}, B (checked) {fb:.3f}, news set (trained) {fn:.3f}')
    for h in ['A', 'B', 'N']:
        m = half == h
        conf = collections.Counter(zip(y[m], pred[m]))
        print(f'half {h}, gold rows x predicted columns ({" ".join(c[:4] for c in CLASSES)})')
        for i, c in enumerate(CLASSES):
            print(f'  {c:14s}' + ' '.join(f'{conf[(i, j)]:4d}' for j in range(k)))
    # Fold the standardisation and the share into the weights:
    # s(w·(x-m)/d + b) = (s w/d)·x + s(b - Σ w m/d).
    Wr = share * W / std[:, None]
    br = share * (b - (W * (mean / std)[:, None]).sum(axis=0))
    # Stumps on one class, feature and threshold add up to one; the
    # share of the stumps' part is folded into their values.
    merged = collections.defaultdict(lambda: [0.0, 0.0])
    for r, c, f, t, below, above in stumps:
        v = merged[(c, f, float(ths[f][t]))]
        v[0] += (1 - share) * below
        v[1] += (1 - share) * above
    merged = sorted(merged.items())
    # Test vectors: per type, the trained page of half A typed right with
    # the widest margin over the next type.
    top = np.sort(scores, axis=1)
    margin = top[:, -1] - top[:, -2]
    examples = []
    for c in range(k):
        m = np.where(a & (half == 'A') & (y == c) & (pred == c))[0]
        if len(m):
            examples.append(m[margin[m].argmax()])
    if '--write' in sys.argv:
        with open(OUT, 'w') as o:
            o.write('//! The page-type model\'s weights. GENERATED by `tools/train-pagetype`\n')
            o.write(f'//! (tools/train_pagetype.py) from wcxb-dev half A and the news set ({int(a.sum())} pages); do not edit.\n')
            o.write(f'//! Agreement with the labels: wcxb-dev half A {fa:.3f} and the news set {fn:.3f} (trained on),\n')
            o.write(f'//! half B {fb:.3f}\n')
            o.write(f'//! (checked only); L2 penalty {pen}, {rounds} rounds of stumps, the linear part\n')
            o.write(f'//! {share} of the sum, chosen by 5-fold cross-validation over half A\'s domains ({cv:.3f}).\n\n')
            # A trained value may happen to be near a constant (ln 2): no
            # constant is meant.
            o.write('#![allow(clippy::approx_constant)]\n\n')
            o.write('use super::model::Stump;\nuse super::PageType;\n\n')
            o.write('/// The types the model decides between, in the order of the rows below.\n')
            o.write(f'pub(super) const CLASSES: [PageType; {k}] = [\n')
            for c in CLASSES:
                o.write(f'    {RUST[c]},\n')
            o.write('];\n\n')
            o.write('/// The features, in the order of the columns below.\n#[cfg(test)]\n')
            o.write(f'pub(super) const FEATURES: [&str; {len(names)}] = [\n')
            for n in names:
                o.write(f'    "{n}",\n')
            o.write('];\n\n')
            o.write('/// One bias per type.\n')
            o.write(f'pub(super) const BIAS: [f32; {k}] = [\n')
            for v in br:
                o.write(f'    {f32(v)},\n')
            o.write('];\n\n')
            o.write('/// One weight per type (row) and feature (column).\n')
            o.write(f'pub(super) const WEIGHTS: [[f32; {len(names)}]; {k}] = [\n')
            for j in range(k):
                o.write('    [\n')
                for i in range(len(names)):
                    o.write(f'        {f32(Wr[i, j])},\n')
                o.write('    ],\n')
            o.write('];\n\n')
            o.write('/// The boosted stumps (by type, feature and threshold).\n')
            o.write(f'pub(super) const STUMPS: [Stump; {len(merged)}] = [\n')
            for (c, f, t), (below, above) in merged:
                o.write(f'    Stump {{ class: {c}, feature: {f}, threshold: {rust_f32(t)}, '
                        f'below: {f32(below)}, above: {f32(above)} }},\n')
            o.write('];\n\n')
            o.write('/// Feature vectors of trained pages and the type the trainer gave each\n')
            o.write('/// (counts as ln(1 + n): ln 2 is one).\n#[cfg(test)]\n')
            o.write(f'pub(super) const EXAMPLES: [([f32; {len(names)}], PageType); {len(examples)}] = [\n')
            for i in examples:
                o.write('    (\n        [\n')
                for v in X[i]:
                    o.write(f'            {rust_f32(v)},\n')
                o.write(f'        ],\n        {RUST[CLASSES[pred[i]]]},\n    ),\n')
            o.write('];\n')
        print('wrote', OUT, f'({len(merged)} stumps)')


if __name__ == '__main__':
    main()
