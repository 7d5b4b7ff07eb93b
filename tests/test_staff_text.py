"""Staff-written page texts are data: their Markdown leaves as sanitised HTML, office values are
printed literally, and the Jinja they may use is small and runs on a budget (``zisite.staff``)."""

from __future__ import annotations

import time

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.sandbox import SecurityError

from zisite.load import load_project
from zisite.staff import allowlist
from zisite.staff import markdown as staff_markdown
from zisite.staff import sandbox as staff_sandbox

from helpers import ROOT

BAD_SCHEMES = ("javascript:", "vbscript:", "data:", "file:")


def _dangerous(html: str) -> list[str]:
    """Everything in ``html`` that could run script or load from elsewhere."""
    found = []
    for tag in BeautifulSoup(html, "html.parser").find_all(True):
        if tag.name in {"script", "style", "iframe", "object", "embed", "form", "input", "svg", "math", "base", "meta", "link"}:
            found.append(f"<{tag.name}>")
        for name, value in tag.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") or name in {"style", "srcdoc", "formaction"}:
                found.append(f"{tag.name}[{name}]")
            squashed = "".join(value.split()).lower()
            if name in {"href", "src"} and squashed.startswith(BAD_SCHEMES):
                found.append(f"{tag.name}[{name}={value}]")
            if tag.name == "img" and name == "src" and ("//" in value.split("?")[0][:8] or ":" in value.split("/")[0]):
                found.append(f"remote image {value}")
    return found


@pytest.mark.parametrize("markdown", [
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1) )",
    "[x](jav&#x61;script:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x][1]\n\n[1]: javascript:alert(1)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](https://pelacak.example/piksel.png)",
    "![x](//pelacak.example/piksel.png)",
    "## Judul { onmouseover=alert(1) }",
    "## Judul {: onclick=\"alert(1)\" }",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<svg onload=alert(1)></svg>",
    "<iframe src=\"https://pelacak.example\"></iframe>",
    "<div markdown=\"1\" style=\"position:fixed\">x</div>",
    "<form action=\"https://pelacak.example\"><input name=a></form>",
    "<!-- <script>alert(1)</script> -->",
    "<base href=\"https://pelacak.example/\">",
])
def test_hostile_markdown_is_rendered_inert(markdown):
    html = staff_markdown.to_html(markdown)
    assert _dangerous(html) == [], html


def test_ordinary_markdown_keeps_its_meaning():
    html = staff_markdown.to_html(
        "## Jam layanan\n\nSenin–Jumat, **08.00–16.00**, _walk-in_.\n\n1. Datang\n2. Antre\n\n"
        "[Formulir](https://contoh.go.id/f?a=1&b=2) · [surel](mailto:info@contoh.go.id) · [telepon](tel:+62451)"
        " · [Kontak](../kontak/index.md#jam) · ![Banner di lobi](banner.png)\n")
    page = BeautifulSoup(html, "html.parser")
    assert page.h2["id"] == "jam-layanan" and page.h2.get_text() == "Jam layanan"
    assert [li.get_text() for li in page.select("ol li")] == ["Datang", "Antre"]
    assert [a["href"] for a in page.find_all("a")] == ["https://contoh.go.id/f?a=1&b=2", "mailto:info@contoh.go.id",
                                                      "tel:+62451", "../kontak/#jam"]
    assert page.img["src"] == "banner.png" and page.img["alt"] == "Banner di lobi"
    assert page.strong.get_text() == "08.00–16.00" and page.em.get_text() == "walk-in"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*"<>\"'=()[]{}:;/\\!#*_`&\n -", "javascript:", "onerror", "img", "a", "href",
                                 "src", "script", "svg", "x", "&#x61;", "data:", "//"]), max_size=40).map("".join))
def test_no_markdown_leaves_anything_that_runs(markdown):
    assert _dangerous(staff_markdown.to_html(markdown)) == []


# --- office values are printed, never interpreted ------------------------------------------------------


def _office(**fields):
    office = load_project(ROOT).office("sigi").office
    return office.model_copy(update=fields)


@pytest.mark.parametrize("value", [
    "[klik](javascript:alert(1))",
    "KPU { onmouseover=alert(1) }",
    "KPU ![x](https://pelacak.example/p.png)",
    "**tebal** _miring_ `kode` # judul",
    "1. bukan daftar",
    "a &amp; b < c",
])
def test_an_office_value_is_printed_as_written(value):
    from zisite.render import public_pages

    html = public_pages.render_text("kontak", _office(alamat=value), {}, override="Alamat: {{ kantor.alamat }}")
    page = BeautifulSoup(html, "html.parser")
    assert page.get_text().strip() == f"Alamat: {value}"
    assert page.find_all(["a", "img", "strong", "em", "code", "h1", "h2", "ol"]) == []


def test_a_url_cannot_leave_its_link():
    html = staff_sandbox.render(staff_sandbox.environment().from_string("{{ situs_lain(u, 'formulir') }}"),
                                {"u": "https://contoh.go.id/a)[x](javascript:alert(1)"})
    page = BeautifulSoup(staff_markdown.to_html(html), "html.parser")
    links = page.find_all("a")
    assert len(links) == 1 and links[0]["href"].startswith("https://contoh.go.id/a%29%5Bx%5D%28javascript")
    assert links[0].get_text() == "formulir (situs lain)"


def test_a_link_helper_refuses_schemes_a_page_may_not_link_to():
    env = staff_sandbox.environment()
    out = staff_sandbox.render(env.from_string("{{ situs_lain('javascript:alert(1)', 'x') }}"), {})
    assert out == r"x \(situs lain\)"  # the label alone, Markdown-escaped: no link at all


def test_the_template_sees_published_fields_only():
    office = _office(catatan="kata sandi server: rahasia")
    context = {"kantor": staff_sandbox.published(office)}
    env = staff_sandbox.environment()
    assert staff_sandbox.render(env.from_string("[{{ kantor.catatan }}]"), context) == "[]"
    assert staff_sandbox.render(env.from_string("{{ kantor.nama_singkat }}"), context) == "KPU Kabupaten Sigi"
    with pytest.raises(SecurityError):
        staff_sandbox.render(env.from_string("{{ kantor.__class__.__mro__ }}"), context)
    strict = staff_sandbox.environment(strict=True)
    with pytest.raises(Exception, match="catatan"):
        staff_sandbox.render(strict.from_string("{{ kantor.catatan }}"), context)


# --- what Jinja a text may use, and the budget ---------------------------------------------------------


def _refused(source: str) -> list[str]:
    return [r.message for r in allowlist.refusals(staff_sandbox.environment(), source)]


@pytest.mark.parametrize("source, message", [
    ("{{ '<'|safe }}img src=x onerror=alert(1)>", "penyaring 'safe'"),
    ("{% for i in range(99999) %}x{% endfor %}", "hanya situs_lain(…) dan surel(…) yang dapat dipanggil"),
    ("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "makro"),
    ("{% include 'kontak.md' %}", "{% include %}"),
    ("{{ 'x' * 1000000000 }}", "perkalian"),
    ("{{ 9 ** 9 ** 9 }}", "pangkat"),
    ("{{ kantor.nama.center(100000000) }}", "hanya situs_lain(…) dan surel(…) yang dapat dipanggil"),
    ("{% for a in kantor.layanan %}{% for b in kantor.layanan %}{% for c in kantor.layanan %}x{% endfor %}"
     "{% endfor %}{% endfor %}", "perulangan bersarang lebih dari 2 tingkat"),
    ("{% for a in kantor.layanan recursive %}{{ loop(a) }}{% endfor %}", "perulangan rekursif"),
    ("{% set a = kantor.nama ~ kantor.nama %}", "{% set %} hanya boleh memberi nama lain"),
    ("{% set a %}x{% endset %}", "{% set %} … {% endset %}"),
    ("{{ kantor.__class__.__mro__ }}", "isian '.__class__' tidak diizinkan"),
    ("{{ kantor|tojson }}", "penyaring 'tojson'"),
    ("{% autoescape false %}x{% endautoescape %}", "{% autoescape %}"),
])
def test_jinja_a_page_text_may_not_use(source, message):
    found = _refused(source)
    assert found and message in found[0], found


def test_the_standard_texts_use_only_what_staff_texts_may():
    from zisite.checks.page_texts import PAGE_KEYS

    env = staff_sandbox.package_environment()
    for key in PAGE_KEYS:
        source = env.loader.get_source(env, f"{key}.md")[0]
        assert _refused(source) == [], key  # staff copy a standard text to start theirs


def test_a_runaway_text_stops_within_its_budget():
    from zisite.models.office import Service

    office = _office(layanan=tuple(Service(nama=f"Layanan {i}") for i in range(700)))
    context = {"kantor": staff_sandbox.published(office)}
    source = "{% for a in kantor.layanan %}{% for b in kantor.layanan %}{% endfor %}{% endfor %}"
    assert _refused(source) == []  # allowed Jinja: only the budget stops it
    started = time.monotonic()
    with pytest.raises(staff_sandbox.BudgetExceeded, match="terlalu banyak langkah"):
        staff_sandbox.render(staff_sandbox.environment().from_string(source), context)
    assert time.monotonic() - started < 5


def test_output_is_bounded():
    with pytest.raises(staff_sandbox.BudgetExceeded, match="KiB"):
        staff_sandbox.render(staff_sandbox.environment().from_string("{{ x }}" * 300), {"x": "y" * 5000})

