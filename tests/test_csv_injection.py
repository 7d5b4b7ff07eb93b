"""CSV downloads neutralise cells a spreadsheet would run as a formula (OWASP "CSV Injection"): a text
cell beginning with = + - @ tab or CR gets a leading '. Numbers stay numbers; JSON, YAML and the HTML
pages keep the text as written (escaped on the page)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from helpers import MINIMAL_PLAN, ROOT, build_site
from zisite.render.opendata import neutralise, table_csv

FORMULA = '=HYPERLINK("http://x","klik")'


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_each_trigger_gets_a_leading_quote(trigger):
    assert neutralise(f"{trigger}1+1") == f"'{trigger}1+1"


def test_numbers_and_ordinary_text_are_untouched():
    assert neutralise(-3) == -3 and neutralise(2.5) == 2.5 and neutralise(None) is None
    assert neutralise("-3", numeric=True) == "-3" and neutralise("-3.50", numeric=True) == "-3.50"
    assert neutralise("Tim kerja ditetapkan") == "Tim kerja ditetapkan"
    assert neutralise("1 (satu) Laporan") == "1 (satu) Laporan"
    assert neutralise("") == ""
    # a formula in a numeric column is still text, so it is still neutralised
    assert neutralise("=1+1", numeric=True) == "'=1+1"
    # already neutral: a leading ' is not a trigger, so nothing doubles
    assert neutralise("'=1") == "'=1"


def test_table_csv_prefixes_text_cells_only():
    fields = (("jumlah", "integer", ""), ("nilai", "number", ""), ("uraian", "string", ""), ("contoh", "boolean", ""))
    text = table_csv(fields, [{"jumlah": -2, "nilai": "-1.25", "uraian": FORMULA, "contoh": False}]).decode("utf-8")
    assert list(csv.reader(io.StringIO(text))) == [["jumlah", "nilai", "uraian", "contoh"],
                                                   ["-2", "-1.25", "'" + FORMULA, "false"]]


PLAN = MINIMAL_PLAN.replace("uraian: Tim ditetapkan", f"uraian: '{FORMULA}'")
assert PLAN != MINIMAL_PLAN

WBS = """\
contoh: true
tahun: 2026
periode:
  - periode: Triwulan I
    diterima: 0
dim:
  - masalah: "+1+1"
    status: belum
    periode: Triwulan I
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("csv")
    project = root / "repo"
    files = {
        "content/offices/contoh/office.yaml": "nama: Komisi Pemilihan Umum Kabupaten Contoh\n"
                                              "nama_singkat: KPU Kabupaten Contoh\ntingkat: kabupaten\n",
        "plans/contoh/2026.yaml": PLAN,
        "content/offices/contoh/statistik/wbs/2026.yaml": WBS,
        "mkdocs.yml": (ROOT / "mkdocs.yml").read_text(encoding="utf-8"),
    }
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, encoding="utf-8")
    (project / "content/halaman").mkdir(parents=True, exist_ok=True)
    return build_site(root / "site", "--office", "contoh", config=project / "mkdocs.yml")


def _csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_a_formula_in_a_plan_cell_is_neutralised_in_the_csv_only(hostile_site):
    data = hostile_site / "data"
    (row,) = _csv(data / "rencana-aksi-2026.csv")
    assert row["baris"] == "'" + FORMULA
    assert row["tahun"] == "2026" and row["urutan"] == "1"
    document = json.loads((data / "rencana-aksi-2026.json").read_text(encoding="utf-8"))
    assert document["baris"][0]["baris"] == FORMULA
    assert FORMULA in (data / "rencana-aksi-2026.yaml").read_text(encoding="utf-8")
    page = BeautifulSoup((hostile_site / "rencana-aksi/2026/index.html").read_text(encoding="utf-8"), "html.parser")
    assert FORMULA in page.select_one("table.zi-plan").get_text()


def test_a_formula_in_a_statistics_text_is_neutralised_in_the_csv_only(hostile_site):
    data = hostile_site / "data"
    (row,) = _csv(data / "wbs-dim.csv")
    assert row["masalah"] == "'+1+1"
    assert json.loads((data / "wbs-dim.json").read_text(encoding="utf-8"))[0]["masalah"] == "+1+1"
    html = "".join(p.read_text(encoding="utf-8") for p in hostile_site.rglob("*.html"))
    assert "+1+1" in html and "'+1+1" not in html


def test_the_neutralised_package_stays_valid_frictionless_data(hostile_site):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(hostile_site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_data_page_says_why_some_cells_begin_with_a_quote(hostile_site):
    page = BeautifulSoup((hostile_site / "data/index.html").read_text(encoding="utf-8"), "html.parser")
    text = " ".join(page.select_one("article").get_text(" ").split())
    assert ("Demi keamanan, sel teks di berkas CSV yang diawali tanda = , + , - , @ atau tab diberi tanda petik "
            "tunggal ( ' ) di depannya agar program lembar kerja tidak menjalankannya sebagai rumus; "
            "berkas JSON dan YAML memuat teks aslinya.") in text
