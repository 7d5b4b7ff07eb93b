"""Plan tables in real Chromium (issue 17 item 4): every card below 960 px shows its kelompok and
aksi, and the toolbar's text-size and spacing settings turn the table into cards at 1280 px instead
of breaking words mid-word or making the page wider than the window."""

from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

PLAN = "sigi/rencana-aksi/2026/"
KEY = "zi-aksesibilitas"  # the toolbar's storage key (test_toolbar.py)

# For every plan row: is its context shown, and what does it say.
CARDS = """() => [...document.querySelectorAll('table.zi-plan th.zi-baris')].map(th => {
  const ctx = th.querySelector('.zi-ctx');
  return {id: th.id, shown: !!ctx && ctx.getBoundingClientRect().height > 0, text: ctx ? ctx.innerText : ''};
})"""
LAYOUT = """() => ({
  wide: document.documentElement.scrollWidth - window.innerWidth,
  display: getComputedStyle(document.querySelector('table.zi-plan tbody tr:not(.zi-subhead)')).display,
})"""


def _stored(base_url: str, settings: dict) -> dict:
    origin = "{0.scheme}://{0.netloc}".format(urlparse(base_url))
    return {"storage_state": {"cookies": [], "origins": [
        {"origin": origin, "localStorage": [{"name": KEY, "value": json.dumps(settings)}]}]}}


def test_every_card_repeats_its_context_at_390px(visit, base_url):
    page = visit(base_url + PLAN, 390).page
    cards = page.evaluate(CARDS)
    assert len(cards) == 65
    assert [c["id"] for c in cards if not c["shown"]] == []
    assert all("ASPEK PEMENUHAN:" in c["text"] and "KEGIATAN/AKSI:" in c["text"] for c in cards)
    # On a wide screen the context is the table's own structure: not repeated in the cells.
    wide = visit(base_url + PLAN, 1280).page
    assert not any(c["shown"] for c in wide.evaluate(CARDS))


@pytest.mark.parametrize("settings", [{"size": 1}, {"size": 2}, {"spacing": True}], ids=["A+", "A++", "spacing"])
def test_toolbar_text_settings_switch_the_plan_table_to_cards(visit, base_url, settings):
    page = visit(base_url + PLAN, 1280, **_stored(base_url, settings)).page
    layout = page.evaluate(LAYOUT)
    assert layout["display"] == "block"  # cards, not table rows
    assert layout["wide"] <= 0  # no horizontal scrolling
    assert all(c["shown"] for c in page.evaluate(CARDS))
