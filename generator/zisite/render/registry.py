"""The page registry: every page type of a site, each declared once.

Everything else is derived from these declarations: which pages an office gets and in which order
(declaration order is the navigation order, in the site nav and in the compact office nav of large
groups), the page texts staff may replace or extend (``halaman/<key>.md``, ``<key>.tambahan.md``),
the URL helpers of ``urls.OfficeUrls``, the table of page types in ``docs/arsitektur.md`` and the
meta-tests in ``tests/test_page_registry.py`` (each page type has a template, an HTML test module,
a docs row and a page in the example site).

Adding a page type: a view in ``render/pages/``, a template, one ``PageType`` line below and the
test module it names (see docs/maintainers.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from .pages import group_home, monev, office_home, open_data, plan, search, text_page
from .pages.common import PageContext, Rendered

if TYPE_CHECKING:
    from ..models.project import OfficeEntry, PlanEntry

SITE_HOME_NAV = "Beranda"
"""Nav title of the page at the site root: the group home, or the office home of a one-office site."""


class Offices(Enum):
    """Which offices get a page of this type, and how many."""

    GROUP = "the group site, once (at its root)"
    SITE = "every site, once"
    EVERY = "every office"
    WITH_PLANS = "offices with a plan"
    EACH_PLAN = "one per plan year"


@dataclass(frozen=True)
class PageType:
    key: str
    url: str
    """Site path relative to the office prefix ('' = the office home); ``{tahun}`` for one page per plan year."""
    title: str
    """The page's h1; ``str.format`` fields: ``kantor`` (office short name), ``tahun``, ``judul`` (group site title)."""
    nav_title: str  # same fields as ``title``
    view: Callable[[PageContext], Rendered]
    template: str  # under templates/: the page's markup, or its standard text (halaman/<key>.md)
    offices: Offices
    test_module: str  # the HTML test module that covers it (a meta-test checks it exists and names the page)
    staff_text: bool = False
    """Staff may replace its standard text (``halaman/<key>.md``) or extend it (``<key>.tambahan.md``)."""
    topic_words: tuple[str, ...] = ()
    """Plan rows whose text names one of these (lower case) are listed on the page as the plan's
    actions for it, so a new plan links itself with no extra data entry (``plan_links.py``)."""


def _text_page(key: str, title: str, nav_title: str | None = None, topic_words: tuple[str, ...] = ()) -> PageType:
    """A public page of standard text staff may replace or extend, with the office's data filled in."""
    return PageType(key, f"{key}/", title, nav_title or title, text_page.view, f"halaman/{key}.md", Offices.EVERY,
                    "tests/test_public_pages_html.py", staff_text=True, topic_words=topic_words)


GROUP_HOME = PageType("beranda-grup", "", "{judul}", SITE_HOME_NAV, group_home.view, "group_home.html",
                      Offices.GROUP, "tests/test_group_home_html.py")

SEARCH = PageType("cari", "cari/", "Cari di situs ini", "Cari", search.view, "search.html", Offices.SITE,
                  "tests/test_search_page_html.py")
"""The site's search page, right after the site home in the navigation: a form over the static index
(engines/search_index.py) and, for readers without JavaScript, a list of every page of the site."""

OFFICE_PAGES: tuple[PageType, ...] = (
    PageType("beranda", "", "{kantor}", "Beranda kantor", office_home.view, "office_home.html", Offices.EVERY,
             "tests/test_office_home_html.py"),
    _text_page("zona-integritas", "Zona Integritas", topic_words=(
        "tim kerja", "agen perubahan", "pakta integritas", "rencana aksi", "role model", "budaya kerja")),
    PageType("rencana-aksi", "rencana-aksi/{tahun}/", "Rencana Aksi Zona Integritas {kantor} Tahun {tahun}",
             "Rencana Aksi {tahun}", plan.view, "plan.html", Offices.EACH_PLAN, "tests/test_plan_page_html.py"),
    PageType("monev", "monev/", "Monev Rencana Aksi {kantor}", "Monev", monev.view, "monev.html", Offices.WITH_PLANS,
             "tests/test_monev_pages_html.py"),
    _text_page("gratifikasi", "Pengendalian Gratifikasi", topic_words=("gratifikasi",)),
    _text_page("wbs", "Whistleblowing System", topic_words=("whistle", "wbs")),
    _text_page("pengaduan", "Pengaduan Masyarakat", topic_words=("pengaduan", "dumas")),
    _text_page("survei", "Survei Kepuasan dan Persepsi Anti Korupsi", "Survei", topic_words=("survei", "survey")),
    _text_page("benturan-kepentingan", "Benturan Kepentingan", topic_words=("benturan kepentingan",)),
    _text_page("layanan-inovasi", "Layanan dan Inovasi", topic_words=("pelayanan", "inovasi", "maklumat", "ppid")),
    PageType("data", "data/", "Data Terbuka {kantor}", "Data Terbuka", open_data.view, "data.html", Offices.EVERY,
             "tests/test_data_page_html.py"),
    _text_page("kontak", "Kontak"),
    _text_page("aksesibilitas", "Pernyataan Aksesibilitas", "Aksesibilitas"),
)
"""An office's pages, in navigation order."""

PAGE_TYPES: tuple[PageType, ...] = (GROUP_HOME, SEARCH, *OFFICE_PAGES)
BY_KEY: dict[str, PageType] = {t.key: t for t in PAGE_TYPES}
assert len(BY_KEY) == len(PAGE_TYPES), "page type keys must be unique"
TOPIC_WORDS: dict[str, tuple[str, ...]] = {t.key: t.topic_words for t in PAGE_TYPES if t.topic_words}
"""Page key → the words that tie plan rows to it."""
STAFF_TEXT_KEYS: tuple[str, ...] = tuple(t.key for t in PAGE_TYPES if t.staff_text)
"""Pages whose text an office may replace or extend (``content/offices/<slug>/halaman/<key>.md``)."""


def url(key: str, **fields) -> str:
    """Site path of a page relative to the office prefix, e.g. ``url("rencana-aksi", tahun=2026)``."""
    return BY_KEY[key].url.format(**fields)


def office_pages(entry: OfficeEntry) -> Iterator[tuple[PageType, PlanEntry | None, dict]]:
    """Every page of one office in navigation order: (page type, its plan or None, its URL fields)."""
    for kind in OFFICE_PAGES:
        if kind.offices is Offices.EACH_PLAN:
            for plan_entry in entry.plans:
                yield kind, plan_entry, {"tahun": plan_entry.plan.tahun}
        elif kind.offices is Offices.EVERY or (kind.offices is Offices.WITH_PLANS and entry.plans):
            yield kind, None, {}


def docs_table() -> str:
    """The table of page types kept in docs/arsitektur.md (a test keeps it equal to this)."""
    lines = ["| key | URL (under the office) | pages | nav title | template | staff text | HTML tests |",
             "|---|---|---|---|---|---|---|"]
    for t in PAGE_TYPES:
        where = ("site root" if t.offices is Offices.GROUP else f"`{t.url}` (site root)" if t.offices is Offices.SITE
                 else f"`{t.url}`" if t.url else "office root")
        lines.append(f"| `{t.key}` | {where} | {t.offices.value} | {t.nav_title} | `{t.template}` | "
                     f"{'yes' if t.staff_text else 'no'} | `{t.test_module}` |")
    return "\n".join(lines)
