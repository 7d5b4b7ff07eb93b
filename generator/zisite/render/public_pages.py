"""The public integrity pages of an office: standard text once, the office's data filled in.

Standard texts are Markdown in ``templates/halaman/``; an office may replace one with
``content/offices/<slug>/halaman/<page>.md`` or extend it with ``<page>.tambahan.md``. All of them
render in the staff-text sandbox (``zisite.staff``): the text is written by staff, so it gets
published data, never Python, and its Markdown leaves as sanitised HTML.
"""

from __future__ import annotations

from functools import lru_cache

from ..models import Office
from ..staff import markdown as staff_markdown
from ..staff import sandbox as staff_sandbox
from .markup import relative_url


@lru_cache(maxsize=256)
def _from_string(text: str):
    # An office's own text (override or addition), compiled once per distinct text.
    return staff_sandbox.package_environment().from_string(text)


def page_links(page: str, public: dict[str, str]) -> dict[str, str]:
    """Relative links from ``page`` (a Markdown source path) to the office's public pages."""
    return {key: relative_url(page, target) for key, target in public.items()}


def render_text(key: str, office: Office, links: dict[str, str], override: str | None = None,
                extra: str | None = None, **facts) -> str:
    """The page's text as sanitised HTML: the standard text (or the office's), then its addition."""
    context = {"kantor": staff_sandbox.published(office), "halaman": links, **facts}
    env = staff_sandbox.package_environment()
    template = _from_string(override) if override is not None else env.get_template(f"{key}.md")
    text = staff_sandbox.render(template, context)
    if extra:
        text += "\n\n" + staff_sandbox.render(_from_string(extra), context)
    return staff_markdown.to_html(text)
