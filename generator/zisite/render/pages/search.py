"""The search page: a plain form over the static search index, and every page of the site as a list
of links, so readers without JavaScript (or opening the site from a ZIP) can still find a page.

The index itself is written after the engine has built the HTML (``engines/search_index.py``); the
page's script (``theme/assets/search.js``) is the only one that loads it.
"""

from __future__ import annotations

from .common import PageContext, Rendered, build_page

SCRIPT = "assets/search.js"
STYLE = "assets/search.css"


def view(ctx: PageContext) -> Rendered:
    count = sum(len(items) for _heading, items in ctx.listing)
    return Rendered(build_page(ctx, ctx.template, indexed=False, wasm=True, groups=ctx.listing, count=count,
                               script=SCRIPT, style=STYLE))
