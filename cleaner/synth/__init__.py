"""Labelled training pages for the line classifier (content/navigation/disclaimer/spam).

    >>> from cleaner.synth import generate_documents
    >>> docs = generate_documents(3000, seed=0)

Each document is ``{"id", "lang", "kind", "lines": [{"text", "label"}]}``; ``label`` is None
only for blank lines. Real text comes from ../shared/data when present (cleaner.datasets);
without it the project's own vocabularies are used.
"""

from __future__ import annotations

from cleaner.synth.generator import (
    PAGE_KINDS,
    clear_caches,
    generate_document,
    generate_documents,
)
from cleaner.synth.vocab import LANGS

__all__ = ["LANGS", "PAGE_KINDS", "clear_caches", "generate_document", "generate_documents"]
