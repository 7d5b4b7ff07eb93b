"""The catalogue of what the site says (text/strings.py): every entry is used by the code, and no
leaf render module builds a reader-facing sentence in an f-string of its own again."""

from __future__ import annotations

import re
from pathlib import Path

import zisite
from zisite.text import strings

PACKAGE = Path(zisite.__file__).parent
NAMES = [name for name in vars(strings) if name.isupper()]


def _sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py") if p.name != "strings.py")


def test_every_entry_is_used():
    code = _sources()
    unused = [name for name in NAMES if not re.search(rf"\b{name}\b", code)]
    assert unused == []


def test_entries_are_plain_text_with_named_fields():
    for name in NAMES:
        value = getattr(strings, name)
        assert isinstance(value, str), name
        assert "{}" not in value, f"{name}: name the field, so an editor knows what goes there"


def test_leaf_render_modules_hold_no_sentences():
    """Sentences (a capital, then words) in f-strings belong in the catalogue."""
    leaves = [*PACKAGE.glob("render/charts/*.py"), *(PACKAGE / "render" / n for n in (
        "monev.py", "stats_sections.py", "stats_data.py", "opendata.py", "plan_table.py", "plan_links.py",
        "plan_summary.py"))]
    sentence = re.compile(r'f"[A-Z][a-z]+ [a-z]+ [a-z]+')
    found = [f"{p.name}: {m.group(0)}" for p in leaves for m in sentence.finditer(p.read_text(encoding="utf-8"))]
    assert found == []
