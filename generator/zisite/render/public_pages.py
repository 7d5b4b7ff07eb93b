"""The public integrity pages of an office: standard text once, the office's data filled in.

Standard texts are Markdown in ``templates/halaman/``; an office may replace one with
``content/offices/<slug>/halaman/<page>.md`` or extend it with ``<page>.tambahan.md``. All of them
render in a Jinja2 sandbox: the text is written by staff, so it gets data, never Python.
"""

from __future__ import annotations

import posixpath

from jinja2 import PackageLoader
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from ..models import Office


def situs_lain(url: str, text: str) -> Markup:
    """A Markdown link to another site that says so in its text (no surprise for readers)."""
    label = str(text).replace("[", "(").replace("]", ")")
    return Markup(f"[{escape(label)} (situs lain)]({escape(url)})")


def _finalize(value):
    # Office data is validated text; escaping it anyway keeps staff Markdown from becoming HTML.
    if isinstance(value, str) and not isinstance(value, Markup):
        return escape(value)
    return value


def sandbox() -> SandboxedEnvironment:
    env = SandboxedEnvironment(loader=PackageLoader("zisite", "templates/halaman"), autoescape=False,
                               finalize=_finalize, trim_blocks=False, keep_trailing_newline=True)
    return env


def page_links(source: str, sources: dict[str, str]) -> dict[str, str]:
    """Relative Markdown links (to .md sources, which MkDocs rewrites and checks) from ``source``."""
    here = posixpath.dirname(source)
    return {key: posixpath.relpath(target, here) for key, target in sources.items()}


def render_text(env: SandboxedEnvironment, key: str, office: Office, links: dict[str, str],
                override: str | None = None, extra: str | None = None, **facts) -> str:
    context = {"kantor": office, "halaman": links, "situs_lain": situs_lain, **facts}
    template = env.from_string(override) if override is not None else env.get_template(f"{key}.md")
    text = template.render(context)
    if extra:
        text += "\n\n" + env.from_string(extra).render(context)
    return text
