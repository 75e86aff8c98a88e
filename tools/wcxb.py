#!/usr/bin/env python3
"""Score a decruft build on wcxb-dev by page type and by half of the fixed domain split
(half A tuned on, half B only checked; FNV-1a of the host without www., even = A),
with the benchmark's word-level F1, running one `decruft extract --format json` process.
usage: wx.py BIN [--save DIR] [--worst N] [--type T] [--half A|B] [--diff OLDDIR]"""
import sys, json, os, glob, subprocess, collections, re, argparse
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'datasets', 'wcxb-dev')
WORD = re.compile(r'\w+')
def tokens(t): return WORD.findall((t or '').lower())
def prf(pred, ref):
    p, r = tokens(pred), tokens(ref)
    if not r: return (1.0,1.0,1.0) if not p else (0.0,0.0,0.0)
    if not p: return (0.0,0.0,0.0)
    o = sum((collections.Counter(p) & collections.Counter(r)).values())
    P, R = o/len(p), o/len(r)
    return (P, R, 2*P*R/(P+R) if P+R else 0.0)
from wcxb_split import fnv, host, ptype  # noqa: E402 (tools/ is on the path)
ap = argparse.ArgumentParser()
ap.add_argument('bin'); ap.add_argument('--save'); ap.add_argument('--worst', type=int, default=0)
ap.add_argument('--type'); ap.add_argument('--half'); ap.add_argument('--args', default='')
a = ap.parse_args()
gts = {}
for p in sorted(glob.glob(D+'/ground-truth/*.json')):
    d = json.load(open(p)); pid = os.path.basename(p)[:-5]
    gts[pid] = d
files = [f'{D}/html/{pid}.html.gz' for pid in gts]
r = subprocess.run([a.bin, 'extract', '--format', 'json', '--files-from', '-'] + a.args.split(), input='\n'.join(files).encode(), capture_output=True)
recs = [json.loads(l) for l in r.stdout.decode().split('\n') if l.strip()]
assert len(recs) == len(files), (len(recs), r.stderr[:500])
if a.save: os.makedirs(a.save, exist_ok=True)
rows = []
for pid, rec in zip(gts, recs):
    d = gts[pid]; t = rec.get('text') or ''
    if a.save:
        open(f'{a.save}/{pid}.txt','w').write(t); json.dump({k:v for k,v in rec.items() if k!='text'}, open(f'{a.save}/{pid}.json','w'))
    half = 'A' if fnv(host(d.get('url') or '')) % 2 == 0 else 'B'
    rows.append(dict(id=pid, type=ptype(d), half=half, prf=prf(t, d['ground_truth'].get('main_content') or ''), empty=not t.strip(), pt=rec.get('page_type')))
def table(rs, label):
    g = collections.defaultdict(list)
    for x in rs: g[x['type']].append(x); g['ALL'].append(x)
    out = {}
    for k in sorted(g, key=lambda k:(k=='ALL',k)):
        v = g[k]; n=len(v); P,R,F=(sum(x['prf'][i] for x in v)/n for i in range(3))
        acc = sum(1 for x in v if x['pt'] == x['type'])/n if v[0]['pt'] is not None or k=='ALL' else None
        out[k]=(n,F,P,R,sum(x['empty'] for x in v), sum(1 for x in v if x['pt']==x['type'])/n)
    return out
res = {h: table([x for x in rows if h=='all' or x['half']==h], h) for h in ['all','A','B']}
print(f"{'type':14s} {'all':>22s} {'A (tune)':>22s} {'B (check)':>22s}   empty(all) typeacc")
for k in res['all']:
    line = f"{k:14s}"
    for h in ['all','A','B']:
        n,F,P,R,e,acc = res[h].get(k,(0,0,0,0,0,0)); line += f"  n={n:4d} F={F:.3f} P={P:.2f}"
    line += f"   {res['all'][k][4]:4d}  {res['all'][k][5]:.2f}"
    print(line)
if a.worst:
    for x in sorted([x for x in rows if (not a.type or x['type']==a.type) and (not a.half or x['half']==a.half)], key=lambda x:x['prf'][2])[:a.worst]:
        print(f"  {x['prf'][2]:.3f} P={x['prf'][0]:.2f} R={x['prf'][1]:.2f} {x['type']:13s} {x['id']} {x['half']} pt={x['pt']}")

