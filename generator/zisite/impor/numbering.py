"""Printed item numbers: '1.', 'A.', 'a.', '1)', 'a)', '(1)', 'IV', 'IV.', '1.2.' kept verbatim."""

from __future__ import annotations

import re

_ROMAN = r"(?:M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
_BODY = rf"(?:\d{{1,3}}(?:\.\d{{1,3}})*|[A-Za-z]|{_ROMAN}|{_ROMAN.lower()})"
LABEL = re.compile(rf"^(?:\(({_BODY})\)|({_BODY})[.)])$")
# A label at the start of a cell: followed by a space (so '1 (satu) Laporan' is no label).
_LEADING = re.compile(rf"^(\({_BODY}\)|{_BODY}[.)])\s+(?=\S)")
_BARE = re.compile(rf"^(?:\d{{1,3}}|{_ROMAN})$")


def is_label(text: str) -> bool:
    """'1.', 'a)', '(iv)', 'IV', '12' — what a NO column holds."""
    text = text.strip()
    return bool(text) and (LABEL.match(text) is not None or _BARE.match(text) is not None)


def split(text: str) -> tuple[str | None, str]:
    """A cell's leading item number and the rest: '2. Melaksanakan …' → ('2.', 'Melaksanakan …')."""
    match = _LEADING.match(text)
    if not match or not match.group(1).strip("().").strip():
        return None, text
    label = match.group(1)
    if re.fullmatch(r"[A-Za-z][.)]", label) is None and label[0].isalpha() and not re.fullmatch(
            rf"\(?{_ROMAN}[.)]?\)?|\(?{_ROMAN.lower()}[.)]?\)?", label):
        return None, text
    return label, text[match.end():]


def starts_numbered(text: str) -> bool:
    return split(text)[0] is not None
