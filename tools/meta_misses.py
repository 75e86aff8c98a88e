#!/usr/bin/env python3
"""Metadata on wcxb-dev by field and by half of the fixed domain split (as tools/wcxb.py:
FNV-1a of the host without www., even = A, tuned on; B only checked), scored like
../shared/tools/wcxb_meta.py, and with --show FIELD each miss listed: page, half, URL,
gold, ours. Runs BIN once (`decruft extract --format json`) and keeps its output in OUT.
usage: meta_misses.py BIN OUT.jsonl [--show title|author|date] [--half A|B] [--norun]"""
import sys, json, os, glob, subprocess, re, argparse, importlib.util
HERE=os.path.dirname(os.path.abspath(__file__))
D=os.path.join(HERE,'..','..','shared','datasets','wcxb-dev')
spec=importlib.util.spec_from_file_location('wm',os.path.join(HERE,'..','..','shared','tools','wcxb_meta.py')); wm=importlib.util.module_from_spec(spec); spec.loader.exec_module(wm)
from wcxb_split import fnv, host
ap=argparse.ArgumentParser(); ap.add_argument('bin'); ap.add_argument('out'); ap.add_argument('--show'); ap.add_argument('--half'); ap.add_argument('--norun',action='store_true')
a=ap.parse_args()
gts={os.path.basename(p)[:-5]:json.load(open(p)) for p in sorted(glob.glob(D+'/ground-truth/*.json'))}
if not a.norun:
    files=[f'{D}/html/{pid}.html.gz' for pid in gts]
    r=subprocess.run(['nice',a.bin,'extract','--format','json','--files-from','-'],input='\n'.join(files).encode(),capture_output=True)
    open(a.out,'wb').write(r.stdout)
pred={}
for l in open(a.out):
    if l.strip():
        d=json.loads(l); m=re.search(r'(\w+)\.html(\.gz)?$',str(d.get('source',''))); pred[m.group(1)]=d
sc={}
for pid,d in gts.items():
    gt=d['ground_truth']; p=pred.get(pid,{}); h='A' if fnv(host(d.get('url') or ''))%2==0 else 'B'
    chk={'title':(gt.get('title'),lambda t:wm.title_ok(p.get('title'),t),p.get('title')),
         'author':(gt.get('author'),lambda t:wm.names(t)<=wm.names(p.get('authors') or p.get('author')),p.get('authors')),
         'date':(gt.get('publish_date'),lambda t:str(p.get('date') or '')[:len(t)]==t,p.get('date'))}
    for k,(t,ok,got) in chk.items():
        if not t: continue
        hit=ok(t); s=sc.setdefault((k,h),[0,0]); s[1]+=1; s[0]+=hit
        if a.show==k and not hit and (not a.half or a.half==h):
            print(f'{h} {pid} {d.get("url","")[:70]}\n    want {t!r:.100}\n    got  {got!r:.100}')
for k in ['title','author','date']:
    A=sc[(k,'A')];B=sc[(k,'B')]
    print(f'{k:7s} all {A[0]+B[0]}/{A[1]+B[1]} {100*(A[0]+B[0])/(A[1]+B[1]):.1f}  A {A[0]}/{A[1]} {100*A[0]/A[1]:.1f}  B {B[0]}/{B[1]} {100*B[0]/B[1]:.1f}')
