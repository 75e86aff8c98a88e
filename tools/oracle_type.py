#!/usr/bin/env python3
"""Extract every wcxb-dev page as the type it is labelled with (`--page-type`,
one run of the binary per label), saving DIR/ID.txt and DIR/ID.json as
tools/wcxb.py --save does: the oracle of the page-type decision, what
extraction would score if every page were typed right. Compare DIR with a
`wcxb.py --save` run of the same binary (per type and half, and per
confusion: label -> type decided) to see what misclassifications cost.

usage: python3 tools/oracle_type.py BIN --save DIR [--base BASEDIR]
  --base: a wcxb.py --save directory of the same binary (decided types); prints
  the cost of each confusion (label typed as decided), by half, in page-units
  (sum of F1 changes) and the number of pages."""
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
WORD = re.compile(r'\w+')


def f1(pred, ref):
    p, r = WORD.findall((pred or '').lower()), WORD.findall((ref or '').lower())
    if not r:
        return 1.0 if not p else 0.0
    o = sum((collections.Counter(p) & collections.Counter(r)).values())
    return 2 * o / (len(p) + len(r)) if o else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('bin')
    ap.add_argument('--save', required=True)
    ap.add_argument('--base')
    a = ap.parse_args()
    gold = {os.path.basename(p)[:-5]: json.load(open(p))
            for p in sorted(glob.glob(os.path.join(D, 'ground-truth', '*.json')))}
    groups = collections.defaultdict(list)
    for i, d in gold.items():
        groups[ptype(d)].append(i)
    os.makedirs(a.save, exist_ok=True)
    for kind, ids in sorted(groups.items()):
        files = [os.path.join(D, 'html', f'{i}.html.gz') for i in ids]
        r = subprocess.run([a.bin, 'extract', '--format', 'json', '--page-type', kind,
                            '--files-from', '-'], input='\n'.join(files).encode(),
                           capture_output=True, check=True)
        recs = [json.loads(line) for line in r.stdout.decode().split('\n') if line.strip()]
        assert len(recs) == len(ids), (kind, len(recs), r.stderr[:500])
        for i, rec in zip(ids, recs):
            open(os.path.join(a.save, f'{i}.txt'), 'w').write(rec.get('text') or '')
            json.dump({k: v for k, v in rec.items() if k != 'text'},
                      open(os.path.join(a.save, f'{i}.json'), 'w'))
    rows = []
    for i, d in gold.items():
        ref = d['ground_truth'].get('main_content') or ''
        forced = f1(open(os.path.join(a.save, f'{i}.txt')).read(), ref)
        decided = base = None
        if a.base:
            base = f1(open(os.path.join(a.base, f'{i}.txt')).read(), ref)
            decided = json.load(open(os.path.join(a.base, f'{i}.json'))).get('page_type')
        rows.append((i, half(d.get('url')), ptype(d), decided, base, forced))
    print(f"{'label':14s} {'half':4s} {'n':>4s} {'forced F1':>9s}" + ('  decided F1' if a.base else ''))
    for h in ['A', 'B']:
        for t in sorted(groups) + ['ALL']:
            v = [r for r in rows if r[1] == h and (t == 'ALL' or r[2] == t)]
            line = f'{t:14s} {h:4s} {len(v):4d} {sum(r[5] for r in v) / len(v):9.4f}'
            if a.base:
                line += f'  {sum(r[4] for r in v) / len(v):11.4f}'
            print(line)
    if not a.base:
        return
    print('\nconfusions (label -> decided): pages, page-units the right type would gain (forced - decided)')
    conf = collections.defaultdict(lambda: {'A': [0, 0.0], 'B': [0, 0.0]})
    for i, h, t, dec, base, forced in rows:
        if dec != t:
            c = conf[(t, dec)][h]
            c[0] += 1
            c[1] += forced - base
    for (t, dec), c in sorted(conf.items(), key=lambda kv: -(kv[1]['A'][1] + kv[1]['B'][1])):
        print(f'{t:>13s} -> {str(dec):13s}  A {c["A"][0]:3d} {c["A"][1]:+8.3f}   B {c["B"][0]:3d} {c["B"][1]:+8.3f}')
    same = {h: sum(r[5] - r[4] for r in rows if r[1] == h and r[3] == r[2]) for h in 'AB'}
    print(f'right-typed pages (forced vs decided, should be 0): A {same["A"]:+.3f} B {same["B"]:+.3f}')


if __name__ == '__main__':
    main()
