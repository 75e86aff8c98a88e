#!/usr/bin/env python3
"""decruft beside resiliparse and the html5ever parse floor, in one run, on
one core: rounds alternate between the three (resiliparse in this process,
the other two through `target/release/examples/speed`, one timed round
after an untimed one that warms caches and lazily built tables), and each reports the
best of its rounds in ms per page, over the same pages, decompressed up front.
resiliparse (pip install resiliparse; not a dependency of decruft) is timed
as detect_encoding + HTMLTree.parse_from_bytes + extract_plain_text(
main_content=True), decruft as extract_bytes (decoding, parsing, metadata,
extraction).

usage: taskset -c 1 python3 tools/compare.py [--rounds N] [--also NAME=SPEED] [DIR...]
(DIR: a dev set with html/*.html.gz; default both under ../shared/datasets)
Build first: cargo build --release --example speed"""
import argparse, glob, gzip, os, subprocess, time

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.join(HERE, '..', '..', 'shared', 'datasets')
SPEED = os.path.join(HERE, '..', 'target', 'release', 'examples', 'speed')

ap = argparse.ArgumentParser()
ap.add_argument('--rounds', type=int, default=5)
ap.add_argument('--also', action='append', default=[], metavar='NAME=SPEED',
                help="another build's speed binary to time beside (e.g. before=/tmp/old/speed)")
ap.add_argument('dirs', nargs='*')
a = ap.parse_args()
dirs = a.dirs or [os.path.join(SETS, 'article-extraction-benchmark'), os.path.join(SETS, 'wcxb-dev')]

try:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree
except ImportError:
    extract_plain_text = None
    print('resiliparse is not installed: decruft and the parse floor only')


def resiliparse_round(pages):
    t = time.perf_counter()
    n = 0
    for p in pages:
        tree = HTMLTree.parse_from_bytes(p, detect_encoding(p))
        n += len(extract_plain_text(tree, main_content=True))
    return (time.perf_counter() - t) * 1000 / len(pages)


def rust_round(mode, d, binary=SPEED):
    out = subprocess.run([binary, mode, d, '--rounds', '1'], capture_output=True, check=True)
    return float(out.stdout)


for d in dirs:
    pages = [gzip.open(f).read() for f in sorted(glob.glob(os.path.join(d, 'html', '*.html.gz')))]
    best = {}
    for _ in range(a.rounds):
        if extract_plain_text:
            best['resiliparse'] = min(best.get('resiliparse', 1e9), resiliparse_round(pages))
        for mode in ('extract', 'floor'):
            best[mode] = min(best.get(mode, 1e9), rust_round(mode, d))
        for also in a.also:
            name, binary = also.split('=', 1)
            best[name] = min(best.get(name, 1e9), rust_round('extract', d, binary))
    kb = sum(map(len, pages)) / len(pages) / 1000
    print(f'{os.path.basename(os.path.normpath(d))}: {len(pages)} pages, {kb:.0f} KB/page, '
          f'best of {a.rounds} rounds, ms/page')
    names = {'resiliparse': 'resiliparse (Lexbor, C)', 'floor': 'html5ever -> RcDom + walk',
             'extract': 'decruft'}
    for k, v in sorted(best.items(), key=lambda kv: kv[1]):
        ratio = f'  ({v / best["resiliparse"]:.2f}x resiliparse)' if 'resiliparse' in best else ''
        print(f'  {names.get(k, "decruft " + k):28s} {v:7.3f}{ratio}')
