"""Throughput on the dev set's pages, in one Python process: decruft,
trafilatura and resiliparse (whichever are installed), on one thread and on
several; then through datatrove, the Decruft step against datatrove's own
Trafilatura step on the same WARC.gz. A benchmark, not a test: it prints a
Markdown table.

    pip install ./python trafilatura resiliparse datatrove warcio faust-cchardet python-magic orjson
    python python/bench/bench.py [--threads 2] [--rounds 3] [--no-datatrove]

Pages are handed over as they would come from a crawl: bytes for decruft
and resiliparse (which decode them), str for trafilatura (which wants text;
decoding is not timed for it). The dev set is $DECRUFT_DATASET, else
../shared/datasets/article-extraction-benchmark beside the repository.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, List, Tuple

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "python" / "tests"))


def load_pages() -> List[Tuple[str, bytes]]:
    env = os.environ.get("DECRUFT_DATASET")
    root = Path(env) if env else REPO / "../shared/datasets/article-extraction-benchmark"
    files = sorted((root / "html").glob("*.html.gz"))
    if not files:
        sys.exit(f"no dev set in {root}/html; set DECRUFT_DATASET")
    return [(f.name[: -len(".html.gz")], gzip.decompress(f.read_bytes())) for f in files]


def systems(pages):
    """name → (function of one page, its inputs)."""
    out = {}
    import decruft

    ex = decruft.Extractor()
    raw = [body for _, body in pages]
    text = [body.decode("utf-8", errors="replace") for body in raw]
    out["decruft"] = (ex.extract, raw)
    try:
        import trafilatura

        out["trafilatura"] = (lambda html: trafilatura.extract(html, favor_precision=True, deduplicate=True), text)
    except ImportError:
        print("trafilatura not installed: skipped", file=sys.stderr)
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        out["resiliparse"] = (lambda b: extract_plain_text(HTMLTree.parse_from_bytes(b), main_content=True), raw)
    except ImportError:
        print("resiliparse not installed: skipped", file=sys.stderr)
    return out


def measure(run: Callable[[], None], rounds: int) -> Tuple[float, float, float]:
    """The best of `rounds` runs: (wall-clock seconds, this process's CPU
    seconds in that run, fewest CPU seconds of any run). CPU time over wall
    time is the parallelism reached: at most 1 while the GIL is held,
    whatever the threads. On a machine others load, CPU time is the
    single-thread figure that waiting does not skew."""
    best, best_cpu, least_cpu = float("inf"), 0.0, float("inf")
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        run()
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        least_cpu = min(least_cpu, cpu)
        if wall < best:
            best, best_cpu = wall, cpu
    return best, best_cpu, least_cpu


def threaded(fn, inputs, threads: int):
    def run():
        with ThreadPoolExecutor(max_workers=threads) as pool:
            for _ in pool.map(fn, inputs, chunksize=4):
                pass

    return run


def sequential(fn, inputs):
    def run():
        for x in inputs:
            fn(x)

    return run


def datatrove_rates(pages, rounds: int, copies: int) -> List[Tuple[str, float]]:
    """Pages per second through a one-task pipeline over one WARC.gz that
    holds the pages `copies` times (so that starting the extractor's sandbox
    process, once per task, weighs as little as on a real WARC file)."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from loguru import logger

    from conftest import write_warc
    from decruft.datatrove import Decruft

    logger.remove()  # datatrove logs every task's stats; the table is enough
    steps: List[Tuple[str, Callable[[], object]]] = [
        ("Decruft", Decruft),
        ("Decruft(sandbox=False)", lambda: Decruft(sandbox=False)),
    ]
    try:
        from datatrove.pipeline.extractors import Trafilatura

        Trafilatura()  # raises if trafilatura is missing
        steps.append(("Trafilatura", Trafilatura))
    except ImportError:
        print("trafilatura not installed: datatrove's Trafilatura step skipped", file=sys.stderr)
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        warcs = Path(tmp) / "warc"
        warcs.mkdir()
        pages = [(f"{name}-{i}", body) for i in range(copies) for name, body in pages]
        write_warc(warcs / "dev.warc.gz", pages)
        for name, step in steps:
            best = float("inf")
            for r in range(rounds):
                pipeline = [WarcReader(str(warcs)), step(), JsonlWriter(str(Path(tmp) / f"out-{name}-{r}"))]
                executor = LocalPipelineExecutor(pipeline=pipeline, tasks=1, logging_dir=str(Path(tmp) / f"logs-{name}-{r}"))
                t = time.perf_counter()
                executor.run()
                best = min(best, time.perf_counter() - t)
            out.append((name, len(pages) / best))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-datatrove", action="store_true")
    parser.add_argument("--copies", type=int, default=3, help="copies of the dev set in the datatrove WARC")
    args = parser.parse_args()

    pages = load_pages()
    n = len(pages)
    print(f"{n} pages, {sum(len(b) for _, b in pages) / n / 1000:.0f} KB of HTML a page on average; "
          f"load average before: {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores", file=sys.stderr)
    rows = []
    for name, (fn, inputs) in systems(pages).items():
        for x in inputs:  # warm up (imports, lazy tables, caches)
            fn(x)
        rounds = args.rounds if name != "trafilatura" else max(1, args.rounds - 1)
        wall1, _, cpu1 = measure(sequential(fn, inputs), rounds)
        wall2, cpu2, _ = measure(threaded(fn, inputs, args.threads), rounds)
        rows.append((name, n / wall1, n / cpu1, n / wall2, cpu2 / wall2))
        print(f"{name}: {rows[-1]}", file=sys.stderr)
        if name == "decruft":  # measured next, under the same load
            import decruft

            batch = lambda: decruft.extract_many(inputs, jobs=args.threads)  # noqa: E731
            wall, cpu, _ = measure(batch, rounds)
            rows.append((f"decruft `extract_many(jobs={args.threads})`", None, None, n / wall, cpu / wall))
    t = args.threads
    print(f"| system | 1 thread: pages/s | 1 thread: pages per CPU s | {t} threads: pages/s | {t} threads: CPU s per s |")
    print("| --- | --- | --- | --- | --- |")
    for name, one, per_cpu, many, parallel in rows:
        one_s = f"{one:.0f}" if one else ""
        cpu_s = f"{per_cpu:.0f}" if per_cpu else ""
        print(f"| {name} | {one_s} | {cpu_s} | {many:.0f} | {parallel:.2f} |")
    if not args.no_datatrove:
        print()
        print(f"| datatrove (WarcReader → step → JsonlWriter, 1 task, {args.copies * n} records) | pages/s |")
        print("| --- | --- |")
        for name, rate in datatrove_rates(pages, max(1, args.rounds - 1), args.copies):
            print(f"| {name} | {rate:.0f} |")
    print(f"\nload average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
