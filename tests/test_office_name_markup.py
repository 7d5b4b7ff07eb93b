"""An office's name becomes the site name of a one-office build (Material prints it unescaped into
``aria-label="…"``), page titles and nav labels: a name with ``"``, ``<`` or ``>`` is refused by the
checker, so it can never leave an HTML attribute; a name with ' or & builds and reads as written."""

from __future__ import annotations

from bs4 import BeautifulSoup

from helpers import MINIMAL_PLAN, ROOT, build_site, run_cli

OFFICE = "nama: {nama}\nnama_singkat: {singkat}\ntingkat: kabupaten\n"


def _project(root, singkat, nama="Komisi Pemilihan Umum Kabupaten Contoh"):
    files = {"content/offices/contoh/office.yaml": OFFICE.format(nama=nama, singkat=singkat),
             "plans/contoh/2026.yaml": MINIMAL_PLAN,
             "mkdocs.yml": (ROOT / "mkdocs.yml").read_text(encoding="utf-8")}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "content/halaman").mkdir(parents=True, exist_ok=True)
    return root / "mkdocs.yml"


def _build(tmp_path, singkat):
    config = _project(tmp_path / "repo", singkat)
    site = tmp_path / "site"
    return run_cli("build", "--config", str(config), "--site-dir", str(site), "--office", "contoh"), site


def test_a_name_with_quote_and_tag_is_refused_and_nothing_is_built(tmp_path):
    result, site = _build(tmp_path, "'KPU \"Contoh\" <b>'")
    assert result.code == 1
    assert ("content/offices/contoh/office.yaml:2:15: galat: 'nama_singkat' memuat HTML (<b>), "
            "yang tidak diizinkan di dalam teks") in result.out + result.err
    assert not site.exists()


def test_a_double_quote_in_the_name_is_refused_with_its_own_message(tmp_path):
    result, site = _build(tmp_path, "'KPU \"Contoh\"'")
    output = result.out + result.err
    assert result.code == 1
    assert ("content/offices/contoh/office.yaml:2:15: galat: 'nama_singkat' memuat tanda (\"), yang tidak boleh "
            "ada di nama karena nama menjadi judul situs dan label tautan") in output
    assert "petunjuk: hapus tanda itu; bila perlu mengutip, pakai tanda kutip tunggal (') atau “ ”" in output
    assert not site.exists()


def test_the_other_name_fields_refuse_angle_brackets(tmp_path):
    root = tmp_path / "repo"
    _project(root, "KPU Kabupaten Contoh", nama="Komisi Pemilihan Umum > Contoh")
    (root / "content/offices/contoh/office.yaml").write_text(
        (root / "content/offices/contoh/office.yaml").read_text(encoding="utf-8") + "provinsi: Sulawesi <3\n", encoding="utf-8")
    result = run_cli("check", str(root))
    assert result.code == 1
    assert "office.yaml:1:7: galat: 'nama' memuat tanda (>)" in result.out
    assert "office.yaml:4:11: galat: 'provinsi' memuat tanda (<)" in result.out


def test_a_name_with_apostrophe_and_ampersand_stays_inside_its_attributes(tmp_path):
    name = "KPU Kabupaten 'Contoh' & Sigi"
    site = build_site(tmp_path / "site", "--office", "contoh", config=_project(tmp_path / "repo", f'"{name}"'))
    for page in site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        if page.name == "404.html":  # standalone (theme/404.html): the name is its link's text
            assert soup.select_one("a.zi-404-home").get_text() == f"Zona Integritas {name}"
            continue
        logos = soup.select("a.md-logo")
        assert logos, page
        for logo in logos:
            assert logo["aria-label"] == f"Beranda: Zona Integritas {name}"
            assert set(logo.attrs) == {"href", "class", "aria-label"}
        assert soup.select_one(".md-header__topic .md-ellipsis").get_text(strip=True) == f"Zona Integritas {name}"
        assert not soup.find("b")
