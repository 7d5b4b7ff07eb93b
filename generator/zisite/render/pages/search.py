"""The search page: a plain form over the static search index, and every page of the site as a list
of links, so readers without JavaScript (or opening the site from a ZIP) can still find a page.

A large group (more than ``overview_offices_max`` offices, the same split as its home page) would
make that list thousands of links long: half a megabyte of HTML at 550 offices, whose layout alone
blocks a phone for over a second. There the search page lists the group's own pages and one link
per province part; each part has its own list page (``cari/semua/<provinsi>/``) with every page of
its offices, so no list grows with the size of the group.

The index itself is written after the engine has built the HTML (``engines/search_index.py``); the
page's script (``theme/assets/search.js``) is the only one that loads it.
"""

from __future__ import annotations

from dataclasses import replace

from .. import group_overview
from ..markup import relative_url
from ...text import strings as say
from ..urls import OfficeUrls
from .common import PageContext, Rendered, build_page

SCRIPT = "assets/search.js"
STYLE = "assets/search.css"
LIST_TEMPLATE = "search_list.html"
LIST_PREFIX = "cari/semua/"


def _links(groups) -> int:
    return sum(len(items) for _heading, items in groups)


def view(ctx: PageContext) -> Rendered:
    count = _links(ctx.listing)
    offices = ctx.site.offices
    parts = group_overview.split([o.entry for o in offices], ctx.site.overview_offices_max)
    if not parts or len(ctx.listing) != len(offices) + 1:  # one list is short enough
        return Rendered(build_page(ctx, ctx.template, indexed=False, wasm=True, groups=ctx.listing, parts=(),
                                   count=count, script=SCRIPT, style=STYLE))
    by_slug = {office.entry.slug: group for office, group in zip(offices, ctx.listing[1:])}
    lists = [(part, LIST_PREFIX + part.path.removeprefix(group_overview.PATH_PREFIX + "/"),
              tuple(by_slug[slug] for slug in part.slugs)) for part in parts]
    page = build_page(ctx, ctx.template, indexed=False, wasm=True, groups=ctx.listing[:1],
                      parts=[(part.title, path, _links(groups)) for part, path, groups in lists],
                      count=count, script=SCRIPT, style=STYLE)
    more = []
    for part, path, groups in lists:
        title = say.SEARCH_LIST_TITLE.format(part=part.title)
        part_ctx = replace(ctx, path=OfficeUrls.source(path), title=title, nav=(*ctx.nav, title))
        listed = build_page(part_ctx, LIST_TEMPLATE, indexed=False, groups=groups, count=_links(groups),
                            search=ctx.path.removesuffix("index.md"))
        # Outside the engine's nav, like the province overviews; its menu section marks the reader's place.
        menu = (say.SEARCH_LIST_MENU, tuple((other.title, relative_url(part_ctx.path, other_path), other_path == path)
                                            for other, other_path, _groups in lists))
        more.append(replace(listed, in_nav=False, menu=menu))
    return Rendered(page, (), tuple(more))
