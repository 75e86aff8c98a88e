"""decruft: a web page in, its clean main text out.

The article (headline, paragraphs, headings, lists, tables, quotes, code,
captions) is kept; navigation, comment threads, "related" boxes, share bars,
cookie and newsletter notices and ads are dropped, in any language. The work
is done in Rust (the ``decruft`` crate) with the GIL released, so threads
scale with cores, and ``extract_many`` runs a batch on all cores by itself.

>>> import decruft
>>> html = '''<html><head><title>Tides explained | Sea Notes</title></head><body>
...   <nav><a href="/">Home</a> <a href="/news">News</a></nav>
...   <article><h1>Tides explained</h1>
...     <p>Twice a day the sea rises and falls along most coasts, pulled by the Moon.</p>
...     <div id="respond"><h3>Leave a Reply</h3></div></article></body></html>'''
>>> article = decruft.extract(html)
>>> article.title
'Tides explained'
>>> article.text
'Twice a day the sea rises and falls along most coasts, pulled by the Moon.'

For many pages build one ``Extractor`` and reuse it, from any thread, or
give a batch to ``extract_many``.
"""

from __future__ import annotations

from typing import Any, Iterable, List, Literal, Optional, Tuple, Union, overload

from ._decruft import (
    Article,
    BlockReport,
    Cleaner,
    Comment,
    Error,
    Extractor,
    InputTooLargeError,
    __version__,
    clean_text,
)

__all__ = [
    "Article",
    "BlockReport",
    "Cleaner",
    "Comment",
    "Error",
    "Extractor",
    "InputTooLargeError",
    "__version__",
    "clean_text",
    "extract",
    "extract_many",
]

Html = Union[str, bytes]
Page = Union[Html, Tuple[Html, Optional[str]], Tuple[Html, Optional[str], Optional[str]]]


def extract(
    html: Html,
    /,
    *,
    url: Optional[str] = None,
    content_type: Optional[str] = None,
    **options: Any,
) -> Article:
    """Extracts the main content of one page.

    ``html`` (positional: ``html=True`` is the option) is ``str`` or
    ``bytes`` (decoded as a browser does: byte order
    mark, the charset of ``content_type``, ``<meta charset>``, detection).
    ``url`` is the page's address, for relative links and ``Article.url``.
    ``options`` are ``Extractor``'s keywords (``markdown``, ``links``,
    ``images``, ``comments``, ``captions``, ``explain``, ``html``, ``blocks``,
    ``precision``, ``recall``, ``base_url``, ``page_type`` and the ``max_*`` limits). For many pages, build one ``Extractor`` instead.

    Raises ``decruft.Error`` (``InputTooLargeError`` over 64 MiB) when the
    page cannot be processed; ``TypeError``/``ValueError`` for bad arguments.

    >>> import decruft
    >>> a = decruft.extract("<h1>Cold brew</h1><p>Steep <b>coarse</b> grounds in cold water overnight.</p>",
    ...                     markdown=True)
    >>> a.title, a.text, a.markdown
    ('Cold brew', 'Steep coarse grounds in cold water overnight.', 'Steep **coarse** grounds in cold water overnight.')
    """
    return Extractor(**options).extract(html, url=url, content_type=content_type)


@overload
def extract_many(
    pages: Iterable[Page],
    *,
    jobs: Optional[int] = ...,
    on_error: Literal["raise"] = ...,
    **options: Any,
) -> List[Article]: ...
@overload
def extract_many(
    pages: Iterable[Page],
    *,
    jobs: Optional[int] = ...,
    on_error: Literal["return"],
    **options: Any,
) -> List[Union[Article, Error]]: ...
def extract_many(
    pages: Iterable[Page],
    *,
    jobs: Optional[int] = None,
    on_error: Literal["raise", "return"] = "raise",
    **options: Any,
) -> Union[List[Article], List[Union[Article, Error]]]:
    """Extracts a batch of pages in parallel (in Rust, ``jobs`` threads,
    default one per core) and returns their Articles in order.

    Each page is ``str``, ``bytes``, ``(html, url)`` or
    ``(html, url, content_type)``. With ``on_error="raise"`` the first page
    that fails raises its error (``error.index`` is its position); with
    ``"return"`` the exception stands in the list in its place.
    ``options`` are ``Extractor``'s keywords.

    >>> import decruft
    >>> pages = [("<p>Page one is about the harbour and its ferries.</p>", "https://example.org/1"),
    ...          "<p>Page two is about the lighthouse on the point.</p>"]
    >>> [(a.url, a.text) for a in decruft.extract_many(pages)]
    [('https://example.org/1', 'Page one is about the harbour and its ferries.'), (None, 'Page two is about the lighthouse on the point.')]
    """
    return Extractor(**options).extract_many(pages, jobs=jobs, on_error=on_error)
