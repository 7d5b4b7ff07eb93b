"""The public integrity pages of an office: standard text once, the office's data filled in.

Standard texts are Markdown in ``templates/halaman/``; an office may replace one with
``content/offices/<slug>/halaman/<page>.md`` or extend it with ``<page>.tambahan.md``. All of them
render in a Jinja2 sandbox: the text is written by staff, so it gets data, never Python.
"""

from __future__ import annotations

import posixpath
from functools import cache, lru_cache

from jinja2 import PackageLoader
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from ..models import Office
from ..text import strings as say


def situs_lain(url: str, text: str) -> Markup:
    """A Markdown link to another site that says so in its text (no surprise for readers)."""
    label = str(text).replace("[", "(").replace("]", ")")
    return Markup(f"[{escape(say.OTHER_SITE_LINK.format(label=label))}]({escape(url)})")


def _finalize(value):
    # Office data is validated text; escaping it anyway keeps staff Markdown from becoming HTML.
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape(value)
    return value


@cache
def sandbox() -> SandboxedEnvironment:
    """One sandbox per process: compiling the standard texts again for every office of a national
    build cost more than rendering them. Package templates do not change while it runs."""
    return SandboxedEnvironment(loader=PackageLoader("zisite", "templates/halaman"), autoescape=False,
                                finalize=_finalize, trim_blocks=False, keep_trailing_newline=True,
                                auto_reload=False)


@lru_cache(maxsize=256)
def _from_string(env: SandboxedEnvironment, text: str):
    # An office's own text (override or addition), compiled once per distinct text.
    return env.from_string(text)


def page_links(source: str, sources: dict[str, str]) -> dict[str, str]:
    """Relative Markdown links (to .md sources, which MkDocs rewrites and checks) from ``source``."""
    here = posixpath.dirname(source)
    return {key: posixpath.relpath(target, here) for key, target in sources.items()}


def render_text(env: SandboxedEnvironment, key: str, office: Office, links: dict[str, str],
                override: str | None = None, extra: str | None = None, **facts) -> str:
    context = {"kantor": office, "halaman": links, "situs_lain": situs_lain, **facts}
    template = _from_string(env, override) if override is not None else env.get_template(f"{key}.md")
    text = template.render(context)
    if extra:
        text += "\n\n" + _from_string(env, extra).render(context)
    return text
