# Type stubs of the native module (src/*.rs); the package re-exports all of it.
from typing import Any, Dict, Iterable, List, Literal, Optional, Tuple, Union, overload

__version__: str

_Html = Union[str, bytes]
_Page = Union[_Html, Tuple[_Html, Optional[str]], Tuple[_Html, Optional[str], Optional[str]]]

class Error(Exception):
    """A page decruft cannot process. ``index`` is set by ``extract_many``."""

    index: int

class InputTooLargeError(Error):
    """The page is larger than ``max_input_bytes``."""

    size: int
    limit: int

class Comment:
    @property
    def author(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...

class BlockReport:
    @property
    def text(self) -> str: ...
    @property
    def kept(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def score(self) -> float: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Article:
    @property
    def title(self) -> Optional[str]: ...
    @property
    def text(self) -> str: ...
    @property
    def markdown(self) -> Optional[str]: ...
    @property
    def authors(self) -> List[str]: ...
    @property
    def date(self) -> Optional[str]: ...
    @property
    def date_modified(self) -> Optional[str]: ...
    @property
    def site_name(self) -> Optional[str]: ...
    @property
    def description(self) -> Optional[str]: ...
    @property
    def language(self) -> Optional[str]: ...
    @property
    def url(self) -> Optional[str]: ...
    @property
    def image(self) -> Optional[str]: ...
    @property
    def tags(self) -> List[str]: ...
    @property
    def categories(self) -> List[str]: ...
    @property
    def encoding(self) -> Optional[str]: ...
    @property
    def comments(self) -> List[Comment]: ...
    @property
    def explanation(self) -> Optional[List[BlockReport]]: ...
    @property
    def is_empty(self) -> bool: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Extractor:
    def __init__(
        self,
        *,
        markdown: bool = False,
        links: bool = False,
        images: bool = False,
        comments: bool = False,
        captions: bool = True,
        explain: bool = False,
        base_url: Optional[str] = None,
        max_input_bytes: Optional[int] = None,
        max_depth: Optional[int] = None,
        max_elements: Optional[int] = None,
        max_attributes: Optional[int] = None,
        max_attribute_len: Optional[int] = None,
    ) -> None: ...
    def extract(
        self, html: _Html, *, url: Optional[str] = None, content_type: Optional[str] = None
    ) -> Article: ...
    @overload
    def extract_many(
        self, pages: Iterable[_Page], *, jobs: Optional[int] = ..., on_error: Literal["raise"] = ...
    ) -> List[Article]: ...
    @overload
    def extract_many(
        self, pages: Iterable[_Page], *, jobs: Optional[int] = ..., on_error: Literal["return"]
    ) -> List[Union[Article, Error]]: ...
    @property
    def options(self) -> Dict[str, Any]: ...

class Cleaner:
    def __init__(
        self,
        *,
        terminal_punctuation: bool = False,
        javascript: bool = False,
        lorem_ipsum: bool = False,
        policy: bool = False,
        counters: bool = False,
    ) -> None: ...
    def clean(self, text: str) -> str: ...
    def explain(self, text: str) -> List[BlockReport]: ...
    @property
    def options(self) -> Dict[str, bool]: ...

def clean_text(text: str) -> str: ...
