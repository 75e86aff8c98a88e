"""Every example in the package's docstrings runs and gives what it shows
(the native classes' docstrings too, which pytest's doctest collector does
not see), and every public item has one."""

from __future__ import annotations

import doctest
import inspect

import pytest

import decruft

PUBLIC = [getattr(decruft, name) for name in decruft.__all__ if name != "__version__"]


def docstrings():
    yield "decruft", decruft.__doc__
    for obj in PUBLIC:
        yield obj.__name__, obj.__doc__
        if inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attr, member in vars(obj).items():
                if not attr.startswith("_") and getattr(member, "__doc__", None):
                    yield f"{obj.__name__}.{attr}", member.__doc__


@pytest.mark.parametrize("name, doc", list(docstrings()), ids=lambda v: v if isinstance(v, str) and "\n" not in v else "")
def test_docstring_examples(name, doc):
    test = doctest.DocTestParser().get_doctest(doc or "", {}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0, f"{name}: {runner.failures} of {runner.tries} examples failed (see the output above)"


@pytest.mark.parametrize("obj", PUBLIC, ids=lambda o: o.__name__)
def test_public_items_have_examples(obj):
    if inspect.isclass(obj) and issubclass(obj, BaseException):
        assert obj.__doc__
    else:
        assert obj.__doc__ and ">>>" in obj.__doc__, f"{obj.__name__} has no example"
