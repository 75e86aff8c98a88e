"""The Python API: the same output as the Rust crate on every fixture,
metadata, options, errors, threads and batches."""

from __future__ import annotations

import gc
import json
import pickle
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

import decruft
from conftest import FIXTURES, fixture_names, page_url


def rendered(article: decruft.Article) -> str:
    """What a fixture's `.txt` holds (tests/fixtures.rs: `rendered`):
    headline, blank line, body, newline; "" for an empty article."""
    if not article.text:
        return ""
    head = f"{article.title}\n\n" if article.title is not None else ""
    return f"{head}{article.text}\n"


NAMES = fixture_names()


def test_fixtures_are_found():
    assert len(NAMES) >= 25, f"expected at least 25 fixtures in {FIXTURES}, found {len(NAMES)}"


@pytest.mark.parametrize("name", NAMES)
def test_fixture_text_as_str_and_bytes(name):
    raw = (FIXTURES / f"{name}.html").read_bytes()
    expected = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    # As tests/fixtures.rs reads it: lossy UTF-8 into a str.
    assert rendered(decruft.extract(raw.decode("utf-8", errors="replace"))) == expected
    # As bytes, decoded by decruft (the fixtures are UTF-8, declared or not).
    from_bytes = decruft.extract(raw)
    assert rendered(from_bytes) == expected
    assert from_bytes.encoding is not None


@pytest.mark.parametrize("name", [n for n in NAMES if (FIXTURES / f"{n}.md").exists()])
def test_fixture_markdown(name):
    raw = (FIXTURES / f"{name}.html").read_bytes()
    expected = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    article = decruft.extract(raw, markdown=True, links=True, images=True)
    assert f"{article.markdown}\n" == expected


@pytest.mark.parametrize("name", [n for n in NAMES if (FIXTURES / f"{n}.json").exists()])
def test_fixture_metadata_and_comments(name):
    """`to_dict()` holds what the crate serialises (tests/markdown_fixtures.rs
    compares that with NAME.json); the keys the crate leaves out are empty."""
    raw = (FIXTURES / f"{name}.html").read_bytes()
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    article = decruft.extract(raw, comments=True)
    d = article.to_dict()
    for key, value in expected.items():
        assert d[key] == value, key
        if key != "comments":
            assert getattr(article, key) == value, key
    for key in d.keys() - expected.keys():
        assert not d[key], f"{key} is {d[key]!r}, the crate serialises nothing"
    assert [(c.author, c.text) for c in article.comments] == [
        (c["author"], c["text"]) for c in expected.get("comments", [])
    ]
    json.dumps(d)


def test_to_dict_has_every_field():
    d = decruft.extract("<p>Some body text that reads like a sentence.</p>").to_dict()
    assert list(d) == [
        "title", "text", "markdown", "html", "blocks", "authors", "date", "date_modified", "site_name",
        "description", "language", "url", "image", "tags", "categories", "encoding",
        "page_type", "readerable", "comments", "explanation",
    ]
    assert d["page_type"] in {
        "article", "forum", "documentation", "service", "product", "listing", "collection", "other",
    }


@pytest.mark.parametrize("name", [n for n in NAMES if (FIXTURES / f"{n}.blocks.json").exists()])
def test_fixture_blocks_and_html(name):
    """The blocks are the crate's (tests/blocks_fixtures.rs compares them
    with NAME.blocks.json); their texts joined are the text, and the HTML
    parsed back has the text's words."""
    import re
    from html.parser import HTMLParser

    raw = (FIXTURES / f"{name}.html").read_bytes()
    expected = json.loads((FIXTURES / f"{name}.blocks.json").read_text(encoding="utf-8"))
    article = decruft.extract(raw, blocks=True, html=True)

    def plain(b):
        # The crate leaves out absent keys; the dicts name every item's
        # number and a post's author and date. A post's blocks are blocks.
        items = [{k: v for k, v in i.items() if v is not None} for i in b.get("items", [])]
        b = {k: v for k, v in b.items() if k != "html" and v is not None}
        if "blocks" in b:
            b["blocks"] = [plain(x) for x in b["blocks"]]
        return {**b, **({"items": items} if items else {})}

    def same(b, e):
        return plain(b) == e

    assert len(article.blocks) == len(expected)
    for b, e in zip(article.blocks, expected):
        assert same(b, e), (b, e)
    assert "\n\n".join(b["text"] for b in article.blocks) == article.text
    assert "\n".join(b["html"] for b in article.blocks) == article.html

    class Text(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts = []

        # Block elements separate words; inline ones do not.
        def handle_starttag(self, tag, attrs):
            if tag not in {"a", "strong", "em", "s", "code", "img"}:
                self.parts.append(" ")

        def handle_endtag(self, tag):
            if tag not in {"a", "strong", "em", "s", "code", "img"}:
                self.parts.append(" ")

        def handle_data(self, data):
            self.parts.append(data)

    parser = Text()
    parser.feed(article.html)
    parser.close()
    words = lambda t: re.findall(r"\w+", t)
    assert words("".join(parser.parts)) == words(article.text)


def test_precision_and_recall_move_the_doubtful_lines():
    html = ("<article><p>The river rose by two metres overnight and the old bridge was closed.</p>"
            "<p>Water levels at dawn</p>"
            "<p>Engineers will inspect the bridge on Monday before it reopens to traffic.</p>"
            "<p>Filed from Elsenbruch</p></article>")
    balanced = decruft.extract(html).text
    assert "Water levels" in balanced and "Filed from" not in balanced
    assert "Water levels" not in decruft.extract(html, precision=True).text
    assert "Filed from" in decruft.extract(html, recall=True).text
    with pytest.raises(ValueError):
        decruft.Extractor(precision=True, recall=True)


def test_page_type_forces_the_kind_and_refuses_unknown_names():
    html = "<main><h1>Plans</h1><p>Our team plans, builds and runs websites for small shops.</p></main>"
    assert decruft.extract(html).page_type != "forum"
    forced = decruft.Extractor(page_type="forum")
    assert forced.extract(html).page_type == "forum"
    assert forced.options["page_type"] == "forum"
    assert decruft.Extractor().options["page_type"] is None
    with pytest.raises(ValueError, match="page_type must be one of article"):
        decruft.Extractor(page_type="blog")
    with pytest.raises(TypeError):
        decruft.Extractor(page_type=3)


def test_url_resolves_links_and_is_the_fallback_url():
    html = '<p>See <a href="../b.html">the filter guide</a> for the full list of stations.</p>'
    ex = decruft.Extractor(markdown=True, links=True)
    a = ex.extract(html, url="https://example.org/notes/a/")
    assert a.markdown == "See [the filter guide](https://example.org/notes/b.html) for the full list of stations."
    assert a.url == "https://example.org/notes/a/"
    # Another call on the same extractor, another site: nothing carried over.
    b = ex.extract(html, url="https://other.example/x/y")
    assert b.markdown == "See [the filter guide](https://other.example/b.html) for the full list of stations."
    assert ex.extract(html).markdown == "See [the filter guide](../b.html) for the full list of stations."
    # base_url is the default; the call's url takes its place.
    based = decruft.Extractor(markdown=True, links=True, base_url="https://base.example/dir/")
    assert "(https://base.example/b.html)" in based.extract(html).markdown
    assert based.extract(html).url is None
    assert "(https://call.example/b.html)" in based.extract(html, url="https://call.example/q/r").markdown


def test_canonical_url_wins_over_the_given_url():
    html = ('<link rel="canonical" href="https://example.org/canonical">'
            "<p>Some body text that reads like a sentence.</p>")
    assert decruft.extract(html, url="https://example.org/given?utm=1").url == "https://example.org/canonical"


def test_content_type_decodes_bytes():
    page = b"<p>Un caf\xe9 au lait, servi sur la terrasse, comme chaque matin.</p>"
    a = decruft.extract(page, content_type="text/html; charset=windows-1252")
    assert a.text == "Un café au lait, servi sur la terrasse, comme chaque matin."
    assert a.encoding == "windows-1252"
    assert decruft.extract(page.decode("latin-1")).encoding is None


def test_explain_and_captions():
    html = "<article><h1>Hi</h1><p>A body that reads like a sentence, long enough to keep.</p></article>"
    a = decruft.extract(html, explain=True)
    assert a.explanation and all(isinstance(r, decruft.BlockReport) for r in a.explanation)
    assert any(r.kept for r in a.explanation)
    assert decruft.extract(html).explanation is None
    fig = ("<article><p>The bridge reopened on Monday after two years of repairs and delays.</p>"
           "<figure><img src='b.jpg'><figcaption>The bridge at dawn on its first day, seen from the east bank."
           "</figcaption></figure><p>Traffic is expected to return to its old levels within a month, "
           "the city said.</p></article>")
    # A story's captions go by default, stay when asked for.
    assert decruft.extract(fig).page_type == "article"
    assert "at dawn" not in decruft.extract(fig).text
    assert "at dawn" in decruft.extract(fig, captions=True).text
    assert "at dawn" not in decruft.extract(fig, captions=False).text


def test_empty_page_is_an_empty_article_not_an_error():
    a = decruft.extract("<html><body></body></html>")
    assert a.is_empty and a.text == "" and a.title is None and a.authors == [] and a.comments == []


def test_input_too_large():
    ex = decruft.Extractor(max_input_bytes=10)
    with pytest.raises(decruft.InputTooLargeError) as info:
        ex.extract("<p>far more than ten bytes</p>")
    assert isinstance(info.value, decruft.Error)
    assert (info.value.size, info.value.limit) == (30, 10)
    assert "30 bytes" in str(info.value) and "10 bytes" in str(info.value)
    with pytest.raises(decruft.InputTooLargeError):
        ex.extract(b"<p>far more than ten bytes</p>")


def test_errors_pickle_with_their_attributes():
    """Errors cross process boundaries (multiprocessing, Spark, datatrove)."""
    try:
        decruft.Extractor(max_input_bytes=3).extract_many(["<p>four</p>"])
    except decruft.InputTooLargeError as e:
        copy = pickle.loads(pickle.dumps(e))
        assert type(copy) is decruft.InputTooLargeError
        assert (copy.size, copy.limit, copy.index, str(copy)) == (e.size, e.limit, 0, str(e))
    else:
        pytest.fail("no error raised")


@pytest.mark.parametrize(
    "call, error, message",
    [
        (lambda: decruft.extract(42), TypeError, "html must be str or bytes, not int"),
        (lambda: decruft.extract(None), TypeError, "html must be str or bytes, not NoneType"),
        (lambda: decruft.extract("<p>x</p>", url=3), TypeError, "url must be str or None, not int"),
        (lambda: decruft.extract(b"x", content_type=b"text/html"), TypeError, "content_type must be str"),
        (lambda: decruft.extract("x", fancy=True), TypeError, "unexpected keyword argument 'fancy'"),
        (lambda: decruft.Extractor(markdown=1), TypeError, "markdown"),
        (lambda: decruft.Extractor(max_depth=-1), ValueError, "max_depth must be 0 or more, got -1"),
        (lambda: decruft.Extractor(max_elements=-(2**200)), ValueError, "max_elements must be 0 or more"),
        (lambda: decruft.Extractor(max_input_bytes="10"), TypeError, "max_input_bytes must be an int, not str"),
        (lambda: decruft.Extractor(max_input_bytes=True), TypeError, "max_input_bytes must be an int, not bool"),
        (lambda: decruft.Extractor("positional"), TypeError, "positional"),
        (lambda: decruft.extract_many("<p>one page</p>"), TypeError, "not a single page"),
        (lambda: decruft.extract_many(5), TypeError, "pages must be an iterable of pages, not int"),
        (lambda: decruft.extract_many(["<p>a</p>", 7]), TypeError, "pages[1] must be str, bytes"),
        (lambda: decruft.extract_many([("<p>a</p>",)]), ValueError, "got a sequence of 1 items"),
        (lambda: decruft.extract_many([("<p>a</p>", 1)]), TypeError, "pages[0][1] (the url) must be str or None"),
        (lambda: decruft.extract_many(["x"], jobs=0), ValueError, "jobs must be 1 or more, got 0"),
        (lambda: decruft.extract_many(["x"], jobs=-2), ValueError, "jobs must be 0 or more"),
        (lambda: decruft.extract_many(["x"], on_error="ignore"), ValueError, 'on_error must be "raise" or "return"'),
        (lambda: decruft.clean_text(b"bytes"), TypeError, "str"),
    ],
)
def test_invalid_arguments(call, error, message):
    with pytest.raises(error) as info:
        call()
    assert message in str(info.value)


def test_hostile_inputs_do_not_crash_the_interpreter():
    ex = decruft.Extractor()
    for html in [
        "<div>" * 100_000 + "<p>The bottom text of a very deeply nested page is kept.</p>",
        "\x00\x01\x02" * 1000,
        "<p " + 'a="b" ' * 10_000 + ">x</p>",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        b"\xff\xfe\x00\x00garbage",
        "",
        b"",
    ]:
        assert isinstance(ex.extract(html), decruft.Article)
    assert "bottom text" in ex.extract("<div>" * 100_000 + "<p>The bottom text of a very deeply nested page is kept.</p>").text


def test_lone_surrogates_in_str_are_a_clear_error():
    # A str Python cannot encode as UTF-8 cannot reach Rust.
    with pytest.raises(UnicodeEncodeError):
        decruft.extract("<p>\ud800</p>")


def test_clean_text_fixtures():
    """tests/fixtures/text: NAME.txt cleaned is NAME.expected.txt (tests/text_fixtures.rs)."""
    text_dir = FIXTURES / "text"
    names = sorted(p.name[: -len(".txt")] for p in text_dir.glob("*.txt") if not p.name.endswith(".expected.txt"))
    assert len(names) >= 12
    for name in names:
        source = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        expected = (text_dir / f"{name}.expected.txt").read_text(encoding="utf-8")
        assert decruft.clean_text(source) == expected, name


def test_cleaner_options_and_explain():
    text = "Leave a Reply\nThe bridge reopened on Monday.\nLorem ipsum dolor sit amet."
    assert decruft.Cleaner(lorem_ipsum=True).clean(text) == "The bridge reopened on Monday.\n"
    assert "Lorem ipsum" in decruft.Cleaner().clean(text)
    assert decruft.Cleaner(terminal_punctuation=True).clean("A heading\n\nA sentence.") == "A sentence.\n"
    report = decruft.Cleaner().explain("Body text.\nShare this:")
    assert [(r.kept, r.reason) for r in report] == [(True, "kept"), (False, "phrase: share")]
    c = decruft.Cleaner(policy=True, counters=True)
    assert c.options == {"terminal_punctuation": False, "javascript": False, "lorem_ipsum": False,
                         "policy": True, "counters": True}
    assert pickle.loads(pickle.dumps(c)).options == c.options
    assert repr(c) == "Cleaner(policy=True, counters=True)"


def test_extractor_pickles_with_its_settings():
    ex = decruft.Extractor(markdown=True, links=True, comments=True, base_url="https://b.example/", max_depth=64)
    copy = pickle.loads(pickle.dumps(ex))
    assert copy.options == ex.options
    assert copy.options["max_depth"] == 64 and copy.options["max_input_bytes"] is None
    assert repr(copy) == "Extractor(markdown=True, links=True, comments=True, base_url='https://b.example/', max_depth=64)"
    assert repr(decruft.Extractor()) == "Extractor()"


def test_threads_share_one_extractor(dev_pages):
    """One Extractor, 4 Python threads, every dev page: the same articles as
    one thread gives, each page to its own result."""
    ex = decruft.Extractor(markdown=True, comments=True)
    pages = dev_pages[:60]
    expected = [ex.extract(body, url=page_url(name)).to_dict() for name, body in pages]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda p: ex.extract(p[1], url=page_url(p[0])).to_dict(), pages * 2))
    assert got == expected * 2


def test_extract_many_keeps_order(dev_pages):
    """Pages of very different sizes, so threads finish out of order."""
    pages = sorted(dev_pages, key=lambda p: len(p[1]))
    pages = pages[::2] + pages[1::2][::-1]
    ex = decruft.Extractor()
    expected = [ex.extract(body, url=page_url(name)).to_dict() for name, body in pages]
    inputs = [(body, page_url(name)) for name, body in pages]
    for jobs in (None, 1, 2, 3):
        got = [a.to_dict() for a in ex.extract_many(inputs, jobs=jobs)]
        assert got == expected, f"jobs={jobs}"
    # A generator and mixed forms are accepted.
    mixed = ((body if i % 2 else (body, page_url(name), "text/html; charset=utf-8"))
             for i, (name, body) in enumerate(pages[:10]))
    got = decruft.extract_many(mixed, jobs=2)
    assert [a.text for a in got] == [d["text"] for d in expected[:10]]
    assert [a.url for a in got][::2] == [d["url"] for d in expected[:10]][::2]


def test_extract_many_errors():
    pages = ["<p>short page, long enough to read.</p>", "x" * 200, "<p>ok</p>", "y" * 300]
    ex = decruft.Extractor(max_input_bytes=100)
    with pytest.raises(decruft.InputTooLargeError) as info:
        ex.extract_many(pages)
    assert info.value.index == 1 and info.value.size == 200
    got = ex.extract_many(pages, on_error="return", jobs=2)
    assert [type(x).__name__ for x in got] == ["Article", "InputTooLargeError", "Article", "InputTooLargeError"]
    assert got[3].index == 3 and got[3].size == 300
    assert ex.extract_many([]) == []


def test_articles_outlive_their_input():
    html = "<h1>Kept</h1><p>" + "A sentence that makes the body long enough to keep. " * 20 + "</p>"
    articles = decruft.extract_many([html.encode()] * 8, jobs=2)
    del html
    gc.collect()
    assert all(a.title == "Kept" and a.text.startswith("A sentence") for a in articles)


def test_gil_is_released_during_extraction(dev_pages):
    """While one thread extracts, another runs Python: with a switch interval
    far longer than the work, the main thread only gets to count if the
    extracting thread lets go of the GIL on its own."""
    big = max((body for _, body in dev_pages), key=len)
    ex = decruft.Extractor()
    done = threading.Event()
    old = sys.getswitchinterval()
    sys.setswitchinterval(30.0)
    try:
        def work():
            for _ in range(20):
                ex.extract(big)
            done.set()

        t = threading.Thread(target=work)
        t.start()
        ticks = 0
        while not done.is_set():
            ticks += 1
            done.wait(0.001)  # releases the GIL too: lets the worker start
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert ticks > 20, f"the main thread ran only {ticks} times during 20 extractions"


def test_module_surface():
    assert decruft.__version__
    for name in decruft.__all__:
        assert hasattr(decruft, name), name
    assert decruft.Article.__module__ == "decruft"
    assert issubclass(decruft.InputTooLargeError, decruft.Error)
    assert issubclass(decruft.Error, Exception)
    assert decruft.extract.__doc__ and ">>>" in decruft.extract.__doc__
    assert decruft.Extractor.__doc__ and ">>>" in decruft.Extractor.__doc__
