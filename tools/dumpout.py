#!/usr/bin/env python3
"""Dump everything a decruft build outputs on both dev sets to one file, to
diff two builds: a speed change must leave it byte for byte the same.
Each page is run three ways: JSON with comments (text, title, metadata,
page type), Markdown with links and images, and --explain (every block and
pruned subtree with its verdict). The output is large: keep it out of git.
usage: dumpout.py BIN OUT   then   cmp OLD OUT (or diff)"""
import glob, os, subprocess, sys

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'datasets')
files = sorted(glob.glob(f'{D}/article-extraction-benchmark/html/*.html.gz')) + \
    sorted(glob.glob(f'{D}/wcxb-dev/html/*.html.gz'))
assert files, 'no dev-set pages under ' + D
binary, out = sys.argv[1], sys.argv[2]
runs = [['--format', 'json', '--comments'],
        ['--format', 'markdown', '--links', '--images', '--title'],
        ['--format', 'text', '--explain']]
with open(out, 'wb') as f:
    for args in runs:
        r = subprocess.run([binary, 'extract', '--files-from', '-', '-j', '2'] + args,
                           input='\n'.join(files).encode(), capture_output=True)
        f.write(b'### ' + ' '.join(args).encode() + b'\n' + r.stdout)
print(f'{len(files)} pages x {len(runs)} runs -> {out}')
