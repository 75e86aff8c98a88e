"""Shared test data: the crate's fixtures and the dev set, and WARC files
built from them.

The dev set is ``$DECRUFT_DATASET``, else
``../shared/datasets/article-extraction-benchmark`` beside the repository
(relative paths are taken from the repository root, as the Rust tests do).
Under CI (``CI=true``) a missing dev set fails the tests that need it;
elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import List, Tuple

import pytest

try:
    import decruft._decruft  # noqa: F401
except ImportError as e:  # pragma: no cover - a message for a common mistake
    raise ImportError(
        f"decruft's native module is missing ({e}). The tests run against the installed "
        "package: install it (pip install ./python, or bash tools/test) and run pytest "
        "from the repository root, where python/decruft (the sources) cannot shadow it."
    ) from e

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


def fixture_names() -> List[str]:
    """Every extraction fixture (`tests/fixtures/NAME.html`), sorted."""
    return sorted(p.stem for p in FIXTURES.glob("*.html"))


def dataset_dir() -> Path:
    env = os.environ.get("DECRUFT_DATASET")
    path = Path(env) if env else Path("../shared/datasets/article-extraction-benchmark")
    return path if path.is_absolute() else REPO / path


def under_ci() -> bool:
    return os.environ.get("CI") in ("true", "1")


@pytest.fixture(scope="session")
def dev_pages() -> List[Tuple[str, bytes]]:
    """The dev set's pages as (name, raw bytes), sorted by name."""
    html_dir = dataset_dir() / "html"
    files = sorted(html_dir.glob("*.html.gz"))
    if not files:
        message = f"dev set not found in {html_dir}; set DECRUFT_DATASET"
        if under_ci():
            pytest.fail(message)
        pytest.skip(message)
    return [(f.name[: -len(".html.gz")], gzip.decompress(f.read_bytes())) for f in files]


def page_url(name: str) -> str:
    return f"https://dev.example/{name}.html"


def write_warc(path: Path, pages: List[Tuple[str, bytes]]) -> Path:
    """A WARC.gz holding one HTTP `response` record per page (Content-Type
    text/html without a charset, so readers decode on their own), plus a
    request and a non-HTML response that readers must skip."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, (name, body) in enumerate(pages):
            url = page_url(name)
            if i == 1:
                req = writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: dev.example\r\n\r\n")
                )
                writer.write_record(req)
                image = writer.create_warc_record(
                    url + ".png",
                    "response",
                    payload=io.BytesIO(b"\x89PNG\r\n\x1a\n not html"),
                    http_headers=StatusAndHeaders(
                        "200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1"
                    ),
                )
                writer.write_record(image)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            # Common Crawl's records name the payload's type (readers that
            # do not find it guess from the bytes, often wrongly).
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Identified-Payload-Type": "text/html"},
            )
            writer.write_record(record)
    return path
