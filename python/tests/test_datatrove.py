"""decruft.datatrove.Decruft in a real datatrove pipeline:
LocalPipelineExecutor running WarcReader over a WARC.gz of the dev set →
Decruft → JsonlWriter; every record's text must be decruft's own output for
that page."""

from __future__ import annotations

import gzip
import json
import pickle

import pytest

import decruft
from conftest import page_url, under_ci, write_warc

try:
    import datatrove  # noqa: F401
    import warcio  # noqa: F401
except ImportError as e:
    # tools/test installs both: under CI their absence is a failure.
    if under_ci():
        raise
    pytest.skip(f"{e.name} is not installed (pip install './python[datatrove]')", allow_module_level=True)

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from decruft.datatrove import Decruft  # noqa: E402


def as_datatrove_reads(body: bytes) -> str:
    """The HTML string WarcReader hands the extractor (datatrove's
    process_record: UTF-8, else cchardet's guess)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        import cchardet

        return body.decode(cchardet.detect(body)["encoding"])


def read_jsonl(folder):
    records = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            records.extend(json.loads(line) for line in f)
    return records


@pytest.mark.parametrize("markdown, sandbox", [(False, True), (True, True), (False, False)])
def test_warc_pipeline_gives_decruft_output(dev_pages, tmp_path, markdown, sandbox):
    warcs = tmp_path / "warc"
    warcs.mkdir()
    half = len(dev_pages) // 2
    write_warc(warcs / "a.warc.gz", dev_pages[:half])
    write_warc(warcs / "b.warc.gz", dev_pages[half:])
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(warcs), glob_pattern="*.warc.gz"),
            Decruft(timeout=10, markdown=markdown, sandbox=sandbox),
            JsonlWriter(str(out)),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    ex = decruft.Extractor(markdown=markdown)
    expected = {}
    for name, body in dev_pages:
        a = ex.extract(as_datatrove_reads(body))
        text = a.markdown if markdown else a.text
        if text:
            expected[page_url(name)] = text
    records = read_jsonl(out)
    got = {r["metadata"]["url"]: r["text"] for r in records}
    assert len(records) == len(got), "a page was written twice"
    assert got.keys() == expected.keys(), (
        f"missing: {sorted(expected.keys() - got.keys())[:5]}, extra: {sorted(got.keys() - expected.keys())[:5]}"
    )
    differ = [url for url in expected if got[url] != expected[url]]
    assert not differ, f"{len(differ)} records differ from decruft's output, e.g. {differ[:3]}"
    assert len(got) >= 150, f"only {len(got)} of {len(dev_pages)} dev pages gave text"


def test_step_conventions():
    step = Decruft()
    assert step.timeout == 1  # datatrove's BaseExtractor default, as for Trafilatura
    assert Decruft(timeout=0.25).timeout == 0.25
    # Keywords as for Trafilatura; nothing positional, so that an argument
    # meant for one step cannot land silently in another's slot.
    with pytest.raises(TypeError):
        Decruft(5)
    html = "<article><h1>Hi</h1><p>A body that reads like a sentence, long enough to keep.</p></article>"
    assert step.extract(html) == "A body that reads like a sentence, long enough to keep."
    assert Decruft(markdown=True).extract("<p>A <b>bold</b> claim about the weather this week.</p>") == (
        "A **bold** claim about the weather this week."
    )
    # Bad options fail where the pipeline is declared.
    with pytest.raises(TypeError):
        Decruft(no_such_option=True)
    # Executors pickle steps (datatrove uses dill for Slurm and Ray).
    copy = pickle.loads(pickle.dumps(Decruft(timeout=3, links=True, max_input_bytes=1000)))
    assert copy.timeout == 3 and copy.extract(html) == step.extract(html)
    assert copy.extract("<p>" + "x" * 2000 + "</p>") == ""  # refused: dropped


@pytest.mark.parametrize("sandbox", [True, False])
def test_refused_and_empty_pages_are_skipped(tmp_path, sandbox):
    """A page over max_input_bytes and an empty page are dropped, without
    killing the sandbox's worker process; the others go through."""
    warcs = tmp_path / "warc"
    warcs.mkdir()
    keep = b"<html><body><article><h1>Kept</h1><p>" + b"A sentence long enough to make a body. " * 5 + b"</p></article></body></html>"
    big = b"<html><body><p>" + b"too large " * 2000 + b"</p></body></html>"
    empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>"
    write_warc(warcs / "x.warc.gz", [("keep", keep), ("big", big), ("empty", empty)])
    out = tmp_path / "out"
    LocalPipelineExecutor(
        pipeline=[WarcReader(str(warcs)), Decruft(max_input_bytes=10_000, sandbox=sandbox), JsonlWriter(str(out))],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    records = read_jsonl(out)
    assert [r["metadata"]["url"] for r in records] == [page_url("keep")]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    extractor_stats = next(s for s in stats if "Decruft" in s["name"])["stats"]
    assert extractor_stats.get("total") == 3 and extractor_stats.get("forwarded") == 1
    assert extractor_stats.get("dropped") == 2
    assert "broken_process" not in extractor_stats and "clean_error" not in extractor_stats
