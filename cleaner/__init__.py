"""cleaner: raw scraped web text in, clean article bodies out.

    >>> from cleaner import clean
    >>> body = clean(raw_bytes_or_text)

The model is loaded on the first call, not at import.
"""

from __future__ import annotations

from cleaner.document import LABELS, Document, Line
from cleaner.errors import CleanerError, ConfigError, InputError, ModelError
from cleaner.pipeline import Cleaner

__all__ = ["LABELS", "Cleaner", "CleanerError", "ConfigError", "Document", "InputError", "Line",
           "ModelError", "analyze", "clean"]
__version__ = "0.1.0"

_default: Cleaner | None = None


def _default_cleaner() -> Cleaner:
    global _default
    if _default is None:
        _default = Cleaner()
    return _default


def clean(data: str | bytes, encoding: str | None = None) -> str:
    """The clean article body of ``data`` (str, or bytes in any encoding)."""
    return _default_cleaner().clean(data, encoding=encoding)


def analyze(data: str | bytes, encoding: str | None = None) -> Document:
    """One :class:`Line` per input line with repaired text, label, score and repairs."""
    return _default_cleaner().analyze(data, encoding=encoding)
