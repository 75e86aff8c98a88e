"""The fixed domain split of wcxb-dev and its page-type labels, shared by the
tools that report by half (wcxb.py, meta_misses.py, train_pagetype.py):
FNV-1a (64-bit) of the page URL's host without `www.`; even hashes are half A
(tuned on), odd half B (only checked)."""
import re


def fnv(s):
    h = 0xcbf29ce484222325
    for b in s.encode():
        h ^= b
        h = (h * 0x100000001b3) & 0xffffffffffffffff
    return h


def host(url):
    h = re.sub(r'^[a-z]+://', '', url.lower()).split('/')[0].split(':')[0]
    return h[4:] if h.startswith('www.') else h


def half(url):
    """'A' or 'B' for a page URL."""
    return 'A' if fnv(host(url or '')) % 2 == 0 else 'B'


def ptype(d):
    """A ground-truth record's page type ('category' counts as collection)."""
    pt = (d.get('_internal') or {}).get('page_type') or d['ground_truth'].get('page_type') or 'article'
    pt = pt.get('primary', 'article') if isinstance(pt, dict) else pt
    return 'collection' if pt == 'category' else pt
