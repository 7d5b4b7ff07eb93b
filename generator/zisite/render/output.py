"""What rendering produces: pages (Markdown with HTML blocks) and assets (files written beside them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One page: its Markdown source path, title, body and place in the navigation."""

    path: str
    title: str
    body: str
    nav: tuple[str, ...]
    in_nav: bool = True
    footer: str = ""  # HTML shown in the theme's footer: badge and the office's channels
    kind: str = ""  # the key of its page type in render/registry.py
    office: str = ""  # the office's short name, for the page's <title> (empty on group pages)
    menu: tuple[str, tuple[tuple[str, str, bool], ...]] | None = None
    """On a large group (its site nav lists no office): the office's name and its own pages as
    (title, address relative to this page, is this page), shown by the theme inside the site nav."""
    html_blocks: tuple[str, ...] = ()
    """The raw HTML blocks of ``body``, each verbatim and alone between blank lines: an engine may pass
    them through untouched instead of having its Markdown parser read them (engines/mkdocs/raw_html.py)."""
    search: tuple[str, str] | None = None
    """(office, page type) shown with the page in search results; None keeps it out of the index
    (the search page itself)."""
    wasm: bool = False  # runs WebAssembly (the search page): its policy allows 'wasm-unsafe-eval' (docs/csp.md)


@dataclass(frozen=True)
class Asset:
    path: str
    content: bytes = b""
    source: str | None = None  # a file copied as it is (evidence), instead of ``content``
