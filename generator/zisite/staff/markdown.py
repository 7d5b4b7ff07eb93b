"""Staff Markdown → HTML with a fixed feature set, then through an allowlist sanitiser (nh3).

The site's own ``mkdocs.yml`` may enable attribute lists and Markdown-in-HTML for the maintainers'
pages; staff texts never get them. They get plain Markdown (paragraphs, headings with ids, lists,
emphasis, links, images, code, quotes), and whatever HTML comes out is cleaned by nh3 (ammonia):
only the tags and attributes below, links only to ``http(s)``, ``mailto`` and ``tel`` or within the
site, images only from the site itself (the site makes no request to another host). No event
attribute, ``style``, ``javascript:`` or ``data:`` URL survives, whatever the Markdown said.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from urllib.parse import urlsplit

import markdown
import nh3
from markdown.treeprocessors import Treeprocessor

from .sandbox import LINK_SCHEMES

TAGS = frozenset({"p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "strong", "em", "b", "i",
                  "code", "pre", "blockquote", "img", "del", "sup", "sub", "abbr", "span"})
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "abbr": {"title"},
    **{f"h{level}": {"id"} for level in range(2, 7)},
    "*": {"lang"},
}
URL_SCHEMES = LINK_SCHEMES
_MD_PAGE = re.compile(r"^(?P<path>(?:[^/?#]*/)*)(?P<name>[^/?#]+)\.md(?P<rest>[?#].*)?$")


def _page_url(href: str) -> str:
    """A relative link to a Markdown source (``../kontak/index.md#x``) as the page's URL (``../kontak/#x``)."""
    if urlsplit(href).scheme or href.startswith(("/", "#")):
        return href
    match = _MD_PAGE.match(href)
    if not match:
        return href
    path, name, rest = match.group("path"), match.group("name"), match.group("rest") or ""
    target = path if name == "index" else posixpath.join(path, name) + "/"
    return (target or "./") + rest


class _PageLinks(Treeprocessor):
    def run(self, root):
        for link in root.iter("a"):
            href = link.get("href")
            if href:
                link.set("href", _page_url(href))


class _PageLinksExtension(markdown.Extension):
    def extendMarkdown(self, md):  # noqa: N802 (Python-Markdown's API)
        md.treeprocessors.register(_PageLinks(md), "zisite_page_links", 5)


@cache
def _converter() -> markdown.Markdown:
    # One converter per process, reset per text: building one costs more than converting a page.
    return markdown.Markdown(extensions=["toc", _PageLinksExtension()], extension_configs={"toc": {"permalink": False}},
                             output_format="html")


def _local_image(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        parts = urlsplit(value)
        if parts.scheme or parts.netloc or value.startswith("//"):
            return None  # an image from another host would make the reader's browser call it
    return value


def sanitise(html: str) -> str:
    """``html`` with everything outside the allowlist removed (tags unwrapped, their text kept)."""
    return nh3.clean(html, tags=set(TAGS), attributes={k: set(v) for k, v in ATTRIBUTES.items()},
                     url_schemes=set(URL_SCHEMES), link_rel=None, strip_comments=True,
                     clean_content_tags={"script", "style"}, attribute_filter=_local_image)


def to_html(text: str) -> str:
    """Staff Markdown as sanitised HTML."""
    converter = _converter()
    try:
        return sanitise(converter.convert(text))
    finally:
        converter.reset()
