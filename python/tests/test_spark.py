"""examples/spark_warc.py in Spark's local mode (local[2]): every HTML page
of two WARC files, one Extractor per partition, the same text as decruft
gives for the page. Skipped, with the reason, where PySpark or Java is
missing (CI installs both)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import decruft
from conftest import page_url, under_ci, write_warc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _require(condition: bool, reason: str) -> None:
    if not condition:
        if under_ci() and os.environ.get("DECRUFT_SPARK_OPTIONAL") != "1":
            pytest.fail(f"{reason} (CI installs it; DECRUFT_SPARK_OPTIONAL=1 allows the skip)")
        pytest.skip(reason)


@pytest.fixture(scope="module")
def spark():
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pyspark = None
    _require(pyspark is not None, "PySpark is not installed (pip install pyspark)")
    _require(shutil.which("java") is not None or "JAVA_HOME" in os.environ, "no Java runtime for Spark")
    from pyspark.sql import SparkSession

    # The workers run this interpreter, where decruft is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("decruft-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_example_extracts_warc_pages(spark, dev_pages, tmp_path):
    sys.path.insert(0, str(EXAMPLES))
    try:
        import spark_warc
    finally:
        sys.path.remove(str(EXAMPLES))
    pages = dev_pages[:40]
    paths = [str(write_warc(tmp_path / "a.warc.gz", pages[:25])), str(write_warc(tmp_path / "b.warc.gz", pages[25:]))]
    rows = spark_warc.extract_warcs(spark, paths, max_input_bytes=400_000).collect()

    ex = decruft.Extractor(max_input_bytes=400_000)
    expected = {}
    for name, body in pages:
        try:
            a = ex.extract(body, url=page_url(name), content_type="text/html")
            expected[page_url(name)] = (a.text, a.title, None)
        except decruft.InputTooLargeError as e:
            expected[page_url(name)] = (None, None, str(e))
    got = {r["url"]: (r["text"], r["title"], r["error"]) for r in rows}
    assert len(rows) == len(pages), "a page was missed or read twice (or a non-HTML record was read)"
    assert got == expected
    assert any(error for _, _, error in got.values()), "no page over the limit: the error path went untested"
