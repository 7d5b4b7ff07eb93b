"""Inline text for pages: escape everything, then mark `_foreign terms_` with lang="en" (WCAG 3.1.2)."""

from __future__ import annotations

import posixpath
from functools import lru_cache

from markupsafe import Markup, escape

from ..text.format import TERM as _TERM, plain  # noqa: F401 - plain is imported from here by the views


def inline(text: str | None) -> Markup:
    """Escaped text with ``_term_`` rendered as ``<i lang="en">term</i>``."""
    if not text:
        return Markup("")
    return Markup(_TERM.sub(lambda m: f'<i lang="en">{m.group(1)}</i>', str(escape(text))))


@lru_cache(maxsize=1 << 16)  # every page links the same few dozen targets; relpath stats the cwd each call
def relative_url(from_page: str, to_path: str) -> str:
    """A relative link from the page whose source is ``from_page`` (``a/b/index.md``) to ``to_path``.

    ``to_path`` is a site path: a directory ending in ``/`` for pages, or a file. Relative links
    make the site work under any sub-path and when opened from a ZIP.
    """
    here = posixpath.dirname(from_page)
    if to_path.endswith("/") or to_path == "":
        rel = posixpath.relpath(to_path.rstrip("/") or ".", here or ".")
        return "./" if rel == "." else rel + "/"
    return posixpath.relpath(to_path, here or ".")
