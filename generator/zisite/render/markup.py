"""Inline text for pages: escape everything, then mark `_foreign terms_` with lang="en" (WCAG 3.1.2)."""

from __future__ import annotations

import posixpath
import re
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


ENGLISH_TERMS = ("Whistleblowing System", "Whistle Blowing System", "Whistle-Blowing System", "whistleblowing",
                 "public campaign", "role model", "stakeholder", "up to date", "update", "website", "online",
                 "offline", "e-mail", "email", "download", "upload", "dashboard", "feedback")
"""English words that plans and texts of any office use as they are (WCAG 3.1.2): :func:`mark_english`
marks them wherever they stand as whole words, in any case, so a screen reader switches to an English
voice even where the data file did not mark them as ``_term_``. Only words with no Indonesian reading;
half-Indonesian forms ("di-update", "diupdate") stay as written."""
ENGLISH = re.compile(r"(?<![\w@./:-])(?:" + "|".join(re.escape(t) for t in sorted(ENGLISH_TERMS, key=len, reverse=True))
                     + r")(?![\w@/-]|\.\w)", re.IGNORECASE)  # never inside an address: x@email.id, https://website…
_ENGLISH = ENGLISH
_PIECES = re.compile(r"(<!--.*?-->|<[^>]*>)", re.S)
_OPEN = re.compile(r"<([a-zA-Z][\w-]*)([^>]*?)(/?)>$", re.S)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_RAW = {"script", "style", "svg", "title", "textarea"}  # text that must not get markup


def mark_english(html: str) -> str:
    """``html`` with every English term in its text wrapped in ``<span lang="en">``, except where an
    element around it already states a language, and never inside tags, scripts, styles or SVG."""
    if not _ENGLISH.search(html):
        return html
    out, stack = [], []  # stack: (tag, marks a language or holds raw text)
    for piece in _PIECES.split(html):
        if piece.startswith("<"):
            out.append(piece)
            if piece.startswith("</"):
                name = piece[2:-1].strip().lower()
                while stack:
                    if stack.pop()[0] == name:
                        break
            elif (m := _OPEN.match(piece)) and not m.group(3) and m.group(1).lower() not in _VOID:
                name = m.group(1).lower()
                stack.append((name, name in _RAW or bool(re.search(r"\slang\s*=", m.group(2)))))
        elif any(skip for _, skip in stack):
            out.append(piece)
        else:
            out.append(_ENGLISH.sub(lambda t: f'<span lang="en">{t.group(0)}</span>', piece))
    return "".join(out)
