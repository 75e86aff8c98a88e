#!/usr/bin/env python3
"""List the crate-internal import edges of src/ per top-level module and check
the pipeline's one-way data flow: no cycle among modules, and no stage
importing a later stage. Leaf modules (which import no stage) may be used
anywhere. Test modules (`#[cfg(test)]` onward, and files named tests.rs) are left out: a stage's tests
may build their input with earlier *and* later stages.
usage: tools/imports.py [--edges]   exit status 1 when a rule is broken"""
import os, re, sys, glob, collections

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src')
# The pipeline's stages in data-flow order. `favor` adjusts select's
# verdicts; `comments` reads what prune cut and tidies each comment's words
# as clean does, so it comes after both.
STAGES = ['decode', 'sniff', 'parse', 'meta', 'pagetype', 'prune', 'segment', 'score',
          'select', 'favor', 'clean', 'comments', 'render']
# Modules that run the stages (the entry points, the builder, the CLI): they
# may import every stage, and no stage may import them.
DRIVERS = {'lib', 'main', 'pipeline', 'stages', 'cli', 'warc', 'options'}

def module_of(path):
    rel = os.path.relpath(path, SRC).replace(os.sep, '/')
    top = rel.split('/')[0]
    return top[:-3] if top.endswith('.rs') else top

def non_test(text):
    m = re.search(r'^\s*#\[cfg\(test\)\]\s*\n(\s*#\[[^\n]*\]\s*\n)*\s*(pub(\(crate\))? )?mod \w+',
                  text, re.M)
    return text[:m.start()] if m else text

# `crate::Options` and the like: the crate root's re-exports, by module.
REEXPORTS = {}
for mod, group in re.findall(r'^pub use (\w+)::\{?([^};]*)\}?;', open(f'{SRC}/lib.rs').read(), re.M):
    for name in re.findall(r'\w+', group):
        REEXPORTS[name] = mod

edges = collections.defaultdict(set)   # module -> modules it imports
where = collections.defaultdict(list)  # (a, b) -> files
for path in sorted(glob.glob(f'{SRC}/**/*.rs', recursive=True)):
    if os.path.basename(path) == 'tests.rs':
        continue  # a module's tests in a file of their own
    a = module_of(path)
    text = non_test(open(path, encoding='utf-8').read())
    text = re.sub(r'//[^\n]*', '', text)  # comments and doc comments
    names = set(re.findall(r'\bcrate::([A-Za-z_][A-Za-z0-9_]*)', text))
    for group in re.findall(r'\bcrate::\{([^}]*)\}', text):
        names |= set(re.findall(r'(?:^|,)\s*([A-Za-z_][A-Za-z0-9_]*)', group))
    for b in names:
        b = REEXPORTS.get(b, b)
        if b != a and (os.path.exists(f'{SRC}/{b}.rs') or os.path.isdir(f'{SRC}/{b}')):
            edges[a].add(b)
            where[(a, b)].append(os.path.relpath(path, SRC))

modules = sorted({module_of(p) for p in glob.glob(f'{SRC}/**/*.rs', recursive=True)})
stage = {m: i for i, m in enumerate(STAGES)}

# Every other module supports the stages. Its level is the latest stage it
# builds on, through any chain of imports: -1 for a leaf, which imports no
# stage and may be used anywhere; `article` (the output type holding
# meta's PageMeta) sits at meta's level, so stages from meta on may use it.
def level(m, seen=()):
    if m in stage:
        return stage[m]
    if m in DRIVERS or m in seen:
        return -1
    return max([level(b, seen + (m,)) for b in edges[m]] or [-1])

rank = {m: level(m) for m in modules if m not in DRIVERS}
leaves = [m for m in modules if m not in stage and m not in DRIVERS and rank[m] == -1]
bad = []
for a in modules:
    for b in sorted(edges[a]):
        if a not in DRIVERS and b in DRIVERS:
            bad.append(f'{a} imports the driver {b} ({", ".join(where[(a, b)])})')
        elif a in stage and rank[b] > stage[a]:
            later = b if b in stage else f'{b} (which builds on {STAGES[rank[b]]})'
            bad.append(f'stage {a} imports the later {later} ({", ".join(where[(a, b)])})')

# Cycles: Tarjan's strongly connected components, iteratively.
index, low, on, stack, sccs, counter = {}, {}, set(), [], [], [0]
for root in modules:
    if root in index:
        continue
    work = [(root, iter(sorted(edges[root])))]
    index[root] = low[root] = counter[0]; counter[0] += 1; stack.append(root); on.add(root)
    while work:
        v, it = work[-1]
        w = next(it, None)
        if w is None:
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop(); on.discard(x); comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    sccs.append(sorted(comp))
        elif w not in index:
            index[w] = low[w] = counter[0]; counter[0] += 1; stack.append(w); on.add(w)
            work.append((w, iter(sorted(edges[w]))))
        elif w in on:
            low[v] = min(low[v], index[w])
for comp in sccs:
    bad.append('import cycle among ' + ', '.join(comp))

if '--edges' in sys.argv:
    for a in modules:
        kind = ('stage' if a in stage else 'driver' if a in DRIVERS
                else 'leaf' if rank[a] == -1 else f'after {STAGES[rank[a]]}')
        print(f'{a:10s} {kind:6s} -> {" ".join(sorted(edges[a])) or "-"}')
for b in bad:
    print('BROKEN:', b)
print(f'{len(modules)} modules, {sum(len(e) for e in edges.values())} edges, '
      f'leaves: {" ".join(leaves)}; {len(bad)} broken rule(s)')
sys.exit(1 if bad else 0)
