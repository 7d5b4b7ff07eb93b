"""The sandbox staff texts render in: published data only, every value literal, work on a budget.

- **Context.** Templates see ``kantor`` as a read-only copy of the office's *published* fields
  (``published``), never the pydantic model with its methods or the private ``catatan``.
- **Values are text.** ``finalize`` HTML-escapes every value and backslash-escapes the Markdown
  punctuation in it, so an office name such as ``[x](javascript:…)`` or ``{ onmouseover=… }`` is
  printed as those characters, never read as a link or an attribute. Only the helpers below
  (``situs_lain``, ``surel``) produce Markdown syntax, from validated URLs.
- **Budget.** Loops over office lists, attribute lookups and output all count against
  ``Budget``; a text that would keep the check or the build busy stops with ``BudgetExceeded``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from urllib.parse import quote

from jinja2 import BaseLoader, StrictUndefined, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

PRIVATE_OFFICE_FIELDS = frozenset({"catatan"})
"""office.yaml fields that are for the maintainers only and never reach a page."""

ALLOWED_FILTERS = frozenset({"capitalize", "lower", "upper", "title", "trim", "default", "d", "length", "count",
                             "first", "last", "join", "string", "int", "round"})
ALLOWED_TESTS = frozenset({"defined", "undefined", "none", "number", "string", "sequence", "mapping",
                           "eq", "ne", "lt", "le", "gt", "ge", "in", "true", "false", "odd", "even"})
HELPERS = frozenset({"situs_lain", "surel"})
"""The only callables a staff text may call."""

_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+\-.!|~<>])")
_URL_SAFE = "-._~:/?#@!$&'+,;=%"  # RFC 3986 minus ( ) * [ ], which end or alter a Markdown link
LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
"""The only URL schemes a staff text may link to (the helpers, the check and the sanitiser)."""
_LINK_PREFIXES = tuple(f"{scheme}://" if scheme.startswith("http") else f"{scheme}:" for scheme in LINK_SCHEMES)


class BudgetExceeded(Exception):
    """A staff text asked for more work than any page text needs."""


@dataclass
class Budget:
    steps: int = 200_000  # loop iterations + attribute lookups + printed values
    seconds: float = 2.0
    output: int = 1 << 20  # characters
    started: float = 0.0
    written: int = 0

    def tick(self, cost: int = 1) -> None:
        self.steps -= cost
        if self.steps < 0:
            raise BudgetExceeded("terlalu banyak langkah (perulangan atau isian)")
        if self.steps % 1024 == 0 and time.monotonic() - self.started > self.seconds:
            raise BudgetExceeded(f"lebih dari {self.seconds:g} detik")

    def wrote(self, text: str) -> None:
        self.written += len(text)
        if self.written > self.output:
            raise BudgetExceeded(f"hasilnya lebih dari {self.output // 1024} KiB teks")
        if time.monotonic() - self.started > self.seconds:
            raise BudgetExceeded(f"lebih dari {self.seconds:g} detik")


_budget: ContextVar[Budget | None] = ContextVar("zisite_staff_budget", default=None)


def _tick() -> None:
    budget = _budget.get()
    if budget is not None:
        budget.tick()


class Items(tuple):
    """A list from office data: iterating it costs budget, one step per item."""

    __slots__ = ()

    def __iter__(self) -> Iterator:
        for item in tuple.__iter__(self):
            _tick()
            yield item


class Record(Mapping):
    """A read-only mapping of published fields; templates read it as ``kantor.alamat``."""

    __slots__ = ("_data",)

    def __init__(self, data: dict):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:  # what ``{{ kantor }}`` would print: nothing of Python
        return "…"


def _freeze(value):
    if isinstance(value, dict):
        return Record({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return Items(_freeze(item) for item in value)
    return value


def published(office) -> Record:
    """The office as a staff text may see it: its published fields, as plain read-only data."""
    return _freeze(office.model_dump(mode="json", exclude=set(PRIVATE_OFFICE_FIELDS)))


class Trusted(Markup):
    """Markdown built by a helper from validated data; printed as is."""


def md_literal(text: str) -> str:
    """``text`` HTML-escaped and with Markdown punctuation backslash-escaped: always plain text."""
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", str(escape(text)))


def safe_url(url: str) -> str | None:
    """``url`` percent-encoded so it cannot leave a Markdown link, or None if its scheme is not
    one a page may link to."""
    url = str(url).strip()
    if not url.lower().startswith(_LINK_PREFIXES):
        return None
    return quote(url, safe=_URL_SAFE)


def situs_lain(url, text) -> Trusted:
    """A link to another site that says so in its text (no surprise for readers)."""
    from ..text import strings as say

    label = md_literal(say.OTHER_SITE_LINK.format(label=str(text)))
    target = safe_url(url) if isinstance(url, str) else None
    return Trusted(f"[{label}]({target})" if target else label)


def surel(address) -> Trusted:
    """A mailto link whose text is the address."""
    if not isinstance(address, str) or not address:
        return Trusted("")
    target = safe_url(f"mailto:{address}")
    return Trusted(f"[{md_literal(address)}]({target})" if target else md_literal(address))


def _finalize(value):
    if isinstance(value, Trusted):
        text = str(value)
    elif isinstance(value, Undefined):
        text = str(value)  # "" for a lenient Undefined; the check's StrictUndefined raises here
    elif value is None:
        text = ""
    else:
        text = md_literal(str(value))
    budget = _budget.get()
    if budget is not None:
        budget.tick()
    return Trusted(text)


class StaffSandbox(ImmutableSandboxedEnvironment):
    """Jinja2's immutable sandbox with Jinja's own globals removed and every lookup on the budget."""

    def getattr(self, obj, attribute):
        _tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj, argument):
        _tick()
        return super().getitem(obj, argument)


def _restrict(env: StaffSandbox) -> StaffSandbox:
    env.filters = {name: f for name, f in env.filters.items() if name in ALLOWED_FILTERS}
    env.tests = {name: t for name, t in env.tests.items() if name in ALLOWED_TESTS}
    env.globals = {"situs_lain": situs_lain, "surel": surel}
    return env


def environment(loader: BaseLoader | None = None, *, strict: bool = False) -> StaffSandbox:
    """A fresh staff-text sandbox; ``strict`` makes an unknown placeholder an error (the check)."""
    env = StaffSandbox(loader=loader, autoescape=False, finalize=_finalize, trim_blocks=False,
                       keep_trailing_newline=True, auto_reload=False,
                       undefined=StrictUndefined if strict else Undefined)
    return _restrict(env)


@cache
def package_environment() -> StaffSandbox:
    """The standard texts' sandbox, one per process: compiling them again for every office of a
    national build cost more than rendering them."""
    from jinja2 import PackageLoader

    return environment(PackageLoader("zisite", "templates/halaman"))


def render(template, context: Mapping, budget: Budget | None = None) -> str:
    """``template`` rendered with ``context`` within ``budget`` (a fresh default one if None)."""
    budget = budget or Budget()
    budget.started = time.monotonic()
    token = _budget.set(budget)
    try:
        parts = []
        for part in template.generate(context):
            budget.wrote(part)
            parts.append(part)
        return "".join(parts)
    finally:
        _budget.reset(token)
