"""decruft as a datatrove extractor step.

``Decruft`` stands where datatrove's ``Trafilatura`` stands in a pipeline
(FineWeb-style: ``WarcReader`` → extractor → filters → writer), with the
same conventions: keyword options, a per-document ``timeout`` in seconds
(enforced by datatrove's extractor sandbox, which runs the extraction in a
child process and skips a document that takes longer), and a document whose
extracted text is empty is dropped.

>>> from decruft.datatrove import Decruft               # doctest: +SKIP
>>> from datatrove.executor import LocalPipelineExecutor  # doctest: +SKIP
>>> from datatrove.pipeline.readers import WarcReader     # doctest: +SKIP
>>> from datatrove.pipeline.writers import JsonlWriter    # doctest: +SKIP
>>> LocalPipelineExecutor(pipeline=[
...     WarcReader("crawl/", glob_pattern="*.warc.gz"),
...     Decruft(timeout=1),
...     JsonlWriter("out/"),
... ], tasks=4).run()                                     # doctest: +SKIP

Requires datatrove (``pip install decruft[datatrove]``).
"""

from __future__ import annotations

from typing import Any, Optional

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.utils.logging import logger
from datatrove.utils.typeshelper import StatHints

from . import Error, Extractor


class Decruft(BaseExtractor):
    """Extracts the main text of each document's HTML with decruft.

    Args:
        timeout: the longest extraction of one document, in seconds
            (datatrove's convention; default 1). A document that takes
            longer is skipped and counted as ``timeout``.
        sandbox: run the extraction in datatrove's sandbox process, which
            enforces ``timeout`` (default True, as for every datatrove
            extractor). With ``sandbox=False`` it runs in the pipeline's own
            process and ``timeout`` does not apply: decruft's time is linear
            in the page's size, which ``max_input_bytes`` bounds, and the
            sandbox's pipe round trip per document costs more than the
            extraction itself (see the README's figures).
        markdown: output the body as Markdown instead of plain text
            (default False).
        links, images: keep links and images in the Markdown (default False).
        captions: keep figure captions that read as sentences in the body
            (default None: kept, but not on pages typed article; True keeps
            them on articles too, False drops them all).
        **options: any other ``decruft.Extractor`` keyword (``base_url``,
            ``max_input_bytes``…).

    A page without main content gives no text and is dropped. So is a page
    decruft refuses (``decruft.Error``, e.g. over ``max_input_bytes``), with
    a warning logged once per worker: datatrove's sandbox process dies on an
    exception, which would cost a new process (counted as
    ``broken_process``) for what is a verdict on one page.
    """

    name = "🧹 Decruft"
    _requires_dependencies = ["decruft"]

    def __init__(
        self,
        *,
        timeout: float = 1,
        sandbox: bool = True,
        markdown: bool = False,
        links: bool = False,
        images: bool = False,
        captions: Optional[bool] = None,
        **options: Any,
    ):
        super().__init__(timeout)
        self.sandbox = sandbox
        self.markdown = markdown
        self.options = dict(
            markdown=markdown, links=links, images=images, captions=captions, **options
        )
        # Built now, so that a bad option fails where the pipeline is
        # declared rather than in a worker; it pickles as its settings.
        self._extractor = Extractor(**self.options)
        self._warned_refused = False

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """The documents with their HTML replaced by the extracted text; those
        left without text are dropped. In datatrove's sandbox unless
        ``sandbox=False``, with the same statistics either way."""
        if self.sandbox:
            yield from super().run(data, rank, world_size)
            return
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                doc.text = self.extract(doc.text)
                self.stat_update("extracted")
            if not doc.text:
                self.stat_update(StatHints.dropped)
                continue
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc

    def extract(self, text: str) -> str:
        """The main text of one page's HTML (Markdown with ``markdown=True``)."""
        try:
            article = self._extractor.extract(text)
        except Error as e:
            if not self._warned_refused:
                logger.warning(f"decruft refused a page ({e}); such pages are dropped. Logged once.")
                self._warned_refused = True
            return ""
        if self.markdown:
            return article.markdown or ""
        return article.text


__all__ = ["Decruft", "Error"]
