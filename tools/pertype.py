#!/usr/bin/env python3
"""Run every wcxb-dev page under each of the seven extraction types and write
word-level F1 per page per type (target/pertype.tsv): the room in choosing the
type a page is extracted as, apart from the type it is labelled with.

usage: nice cargo build --release --features cli,internals --bin decruft
       python3 tools/pertype.py target/release/decruft [--features FEATURES.tsv]

The type is forced with DECRUFT_FORCE_TYPE, which the pipeline reads only in
builds with the `internals` feature (src/pipeline.rs, `forced_type`). With
--features (the output of the pagetype_features example over wcxb-dev's
html/*.html.gz, see tools/train-pagetype) the table also gives the model's
top type, its runner-up and the margin between their scores. Prints the mean
F1 per half of today's decision, of every page typed with its label and of
the best type per page (the oracle)."""
import argparse
import collections
import glob
import json
import os
import re
import subprocess

from wcxb_split import half, ptype

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.join(HERE, '..', '..', 'shared', 'datasets', 'wcxb-dev')
OUT = os.path.join(HERE, '..', 'target', 'pertype.tsv')
TYPES = ['article', 'forum', 'documentation', 'service', 'product', 'listing', 'collection']
WORD = re.compile(r'\w+')


def f1(pred, ref):
    p, r = WORD.findall(pred.lower()), WORD.findall(ref.lower())
    if not r:
        return 1.0 if not p else 0.0
    o = sum((collections.Counter(p) & collections.Counter(r)).values())
    if not o:
        return 0.0
    return 2 * o / (len(p) + len(r))


def run(binary, files, forced):
    env = dict(os.environ)
    env.pop('DECRUFT_FORCE_TYPE', None)
    if forced:
        env['DECRUFT_FORCE_TYPE'] = forced
    r = subprocess.run([binary, 'extract', '--format', 'json', '--files-from', '-'],
                       input='\n'.join(files).encode(), capture_output=True, env=env, check=True)
    recs = [json.loads(line) for line in r.stdout.decode().split('\n') if line.strip()]
    assert len(recs) == len(files), (len(recs), r.stderr[:500])
    return recs


def margins(path):
    """The model's top type, runner-up and score margin per page id."""
    src = open(os.path.join(HERE, '..', 'src', 'pagetype', 'weights.rs')).read()
    num = lambda s: [float(x) for x in s.replace('\n', '').split(',') if x.strip()]
    bias = num(re.search(r'BIAS: \[f32; \d+\] = \[(.*?)\];', src, re.S).group(1))
    body = re.search(r'WEIGHTS: .*?= \[(.*)\];', src, re.S).group(1)
    weights = [num(row) for row in re.findall(r'\[(.*?)\]', body, re.S)]
    rows = [line.rstrip('\n').split('\t') for line in open(path)]
    out = {}
    for r in rows[1:]:
        x = [float(v) for v in r[1:]]
        s = sorted(((b + sum(w * v for w, v in zip(ws, x)), t)
                    for t, ws, b in zip(TYPES, weights, bias)), reverse=True)
        out[os.path.basename(r[0]).split('.')[0]] = (s[0][1], s[1][1], s[0][0] - s[1][0])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('bin')
    ap.add_argument('--features')
    a = ap.parse_args()
    gold = {os.path.basename(p)[:-5]: json.load(open(p))
            for p in sorted(glob.glob(os.path.join(D, 'ground-truth', '*.json')))}
    ids = list(gold)
    files = [os.path.join(D, 'html', f'{i}.html.gz') for i in ids]
    runs = {t: run(a.bin, files, t) for t in [None] + TYPES}
    model = margins(a.features) if a.features else {}
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    sums = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0])
    with open(OUT, 'w') as o:
        o.write('id\thalf\tgold\treported\tmodel\tsecond\tmargin\tbase\t' + '\t'.join(TYPES) + '\n')
        for k, i in enumerate(ids):
            d = gold[i]
            ref = d['ground_truth'].get('main_content') or ''
            base = f1(runs[None][k].get('text') or '', ref)
            by_type = [f1(runs[t][k].get('text') or '', ref) for t in TYPES]
            top, second, margin = model.get(i, ('', '', float('nan')))
            h = half(d.get('url'))
            o.write(f'{i}\t{h}\t{ptype(d)}\t{runs[None][k].get("page_type")}\t{top}\t{second}\t'
                    f'{margin:.3f}\t{base:.4f}\t' + '\t'.join(f'{v:.4f}' for v in by_type) + '\n')
            s = sums[h]
            s[0] += 1
            s[1] += base
            s[2] += by_type[TYPES.index(ptype(d))]
            s[3] += max(by_type)
    for h in 'AB':
        n, base, label, best = sums[h]
        print(f'half {h} ({n} pages): today {base / n:.4f}, typed by label {label / n:.4f}, '
              f'best type per page {best / n:.4f}')
    print('wrote', OUT)


if __name__ == '__main__':
    main()
