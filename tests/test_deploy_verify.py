"""Post-build verification: what stops a deploy, and the Indonesian `path: message` lines staff see."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from deploykit import snapshot
from zisite.cli import main as zisite
from zisite.deploy.verify import verify_site


POLICY = ('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'; '
          'img-src \'self\' data:; object-src \'none\'; base-uri \'none\'; form-action \'self\'">')


def page(body: str = "", *, head: str = "", lang: str = ' lang="id"', h1: str = "<h1>Judul</h1>", policy: str = POLICY) -> str:
    return f"<!doctype html>\n<html{lang}>\n<head>{policy}{head}</head>\n<body>\n{h1}\n{body}\n</body>\n</html>\n"


def mini_site(root: Path, pages: dict[str, str]) -> Path:
    files = {"index.html": page('<a href="tentang/#visi">Tentang</a>'),
             "tentang/index.html": page('<h2 id="visi">Visi</h2><a href="../">Beranda</a>'),
             "assets/gaya.css": "body { background: url(../assets/latar.png) }",
             "assets/latar.png": "png", **pages}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_example_site_passes(site_dir):
    assert verify_site(site_dir) == []


def test_a_clean_small_site_passes(tmp_path):
    site = mini_site(tmp_path, {
        "kontak/index.html": page('<a href="https://www.lapor.go.id">LAPOR!</a> <a href="mailto:a@b.id">surel</a> '
                                  '<a href="#top">atas</a> <a href="#">-</a> <img src="data:image/png;base64,AA" alt="">'
                                  '<a href="../tentang/index.html#visi">visi</a> <a href="../assets/latar.png?v=1">x</a>',
                                  head='<link rel="stylesheet" href="../assets/gaya.css">'
                                       '<link rel="canonical" href="https://kab-sigi.kpu.go.id/zi/kontak/">'),
    })
    assert verify_site(site) == []


@pytest.mark.parametrize(("markup", "message"), [
    ('<link rel="stylesheet" href="https://fonts.googleapis.com/css">', "memuat 'https://fonts.googleapis.com/css' dari situs lain (<link rel=\"stylesheet\">"),
    ('<link rel="preconnect" href="https://fonts.gstatic.com">', "memuat 'https://fonts.gstatic.com' dari situs lain"),
    ('<link rel="icon" href="//cdn.example.com/favicon.ico">', "memuat '//cdn.example.com/favicon.ico' dari situs lain"),
    ('<img alt="" srcset="../assets/latar.png 1x, https://cdn.example.com/a.png 2x">', "memuat 'https://cdn.example.com/a.png' dari situs lain (<img srcset>"),
    ('<iframe src="https://www.youtube.com/embed/x" title="v"></iframe>', "(<iframe src>"),
    ('<form action="https://forms.example.com/kirim"></form>', "(<form action>"),
    ('<div style="background: url(\'https://cdn.example.com/bg.png\')"></div>', "(style=\"…\""),
    ("<style>@import 'https://cdn.example.com/x.css';</style>", "(<style>"),
    ('<script src="https://cdn.jsdelivr.net/npm/x.js"></script>', "memuat 'https://cdn.jsdelivr.net/npm/x.js' dari situs lain (<script src>"),
    ('<a href="../tidak-ada/">x</a>', "tautan '../tidak-ada/' menuju berkas yang tidak ada di situs (<a href>, baris 6)"),
    ('<a href="../tentang/#misi">x</a>', "tautan '../tentang/#misi': jangkar '#misi' tidak ada di tentang/index.html"),
    ('<a href="#bagian-2">x</a>', "jangkar '#bagian-2' tidak ada di kontak/index.html"),
    ('<a href="/tentang/">x</a>', "tautan '/tentang/' diawali '/'"),
    ('<a href="../../luar.html">x</a>', "tautan '../../luar.html' keluar dari folder situs"),
])
def test_each_problem_is_reported_with_its_page(tmp_path, markup, message):
    site = mini_site(tmp_path, {"kontak/index.html": page(markup)})
    problems = verify_site(site)
    assert len(problems) == 1, problems
    assert problems[0].startswith("kontak/index.html: ")
    assert message in problems[0]


def test_css_files_may_not_load_from_other_hosts_or_missing_files(tmp_path):
    site = mini_site(tmp_path, {"assets/tema.css": "@font-face { src: url(https://fonts.gstatic.com/a.woff2) }\n"
                                                   "a { background: url('ikon.svg') }"})
    assert verify_site(site) == [
        "assets/tema.css: memuat 'https://fonts.gstatic.com/a.woff2' dari situs lain (url() CSS, baris 1); "
        "situs tidak boleh memuat apa pun dari host lain",
        "assets/tema.css: tautan 'ikon.svg' menuju berkas yang tidak ada di situs (url() CSS, baris 2)",
    ]


def test_lang_and_h1(tmp_path):
    site = mini_site(tmp_path, {"a.html": page(lang=""), "b.html": page(lang=' lang="en"'),
                                "c.html": page(h1=""), "d.html": page("<h1>Lagi</h1>"),
                                "e.html": page(lang=' lang="id-ID"')})
    assert verify_site(site) == [
        'a.html: elemen <html> tidak memiliki lang="id"',
        'b.html: <html lang="en">: bahasa halaman harus lang="id"',
        "c.html: tidak ada judul h1; setiap halaman harus punya tepat satu",
        "d.html: ada 2 judul h1; setiap halaman harus punya tepat satu",
    ]


def test_error_pages_use_links_from_the_site_url_path(tmp_path):
    body = '<a href="/tentang/#visi">Tentang</a><link rel="stylesheet" href="/assets/gaya.css">'
    site = mini_site(tmp_path, {"404.html": page(body)})
    assert verify_site(site) == []
    (site / "404.html").write_text(page(body.replace('"/', '"/zi/')), encoding="utf-8")
    assert verify_site(site, "/zi/") == []
    assert verify_site(site)[0].startswith("404.html: tautan '/zi/tentang/#visi' menuju berkas yang tidak ada")
    (site / "404.html").write_text(page('<a href="/zi/tidak-ada/">x</a>'), encoding="utf-8")
    assert "menuju berkas yang tidak ada" in verify_site(site, "/zi")[0]


def test_a_folder_without_index_is_not_a_site(tmp_path):
    assert "tidak ada index.html" in verify_site(tmp_path)[0]


BROKEN = {
    "tautan rusak": ('<a href="tidak-ada/">x</a>', "sigi/index.html: tautan 'tidak-ada/' menuju berkas yang tidak ada di situs"),
    "jangkar hilang": ('<a href="../banggai-kepulauan/#tidak-ada">x</a>',
                       "jangkar '#tidak-ada' tidak ada di banggai-kepulauan/index.html"),
    "skrip CDN": ('<script src="https://cdn.jsdelivr.net/npm/chart.js"></script>',
                  "sigi/index.html: memuat 'https://cdn.jsdelivr.net/npm/chart.js' dari situs lain (<script src>"),
    "tanpa lang": (None, 'sigi/index.html: elemen <html> tidak memiliki lang="id"'),
    "dua h1": ("<h1>Judul kedua</h1>", "sigi/index.html: ada 2 judul h1; setiap halaman harus punya tepat satu"),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_verification_failure_stops_the_deploy(site_dir, tmp_path, capsys, case):
    target = tmp_path / "www"
    assert zisite(["deploy", "--site", str(site_dir), str(target)]) == 0
    capsys.readouterr()
    before = snapshot(target)
    broken = shutil.copytree(site_dir, tmp_path / "rusak")
    page_file = broken / "sigi" / "index.html"
    html = page_file.read_text(encoding="utf-8")
    markup, message = BROKEN[case]
    if markup is None:
        assert '<html lang="id"' in html
        html = html.replace('<html lang="id"', "<html", 1)
    else:
        html = html.replace("</body>", markup + "</body>", 1)
    page_file.write_text(html, encoding="utf-8")

    code = zisite(["deploy", "--site", str(broken), str(target)])
    out, err = capsys.readouterr()
    assert code == 1
    assert message in err
    assert "zisite: galat: verifikasi situs gagal: 1 masalah; tidak ada yang diterbitkan" in err
    assert "situs yang sudah terbit tidak berubah" in err
    assert "terbit:" not in out
    assert snapshot(target) == before


LINKS = {
    "berkas ke rahasia": ("sigi/bukti/rahasia.pdf", "RAHASIA"),
    "berkas ke /proc": ("sigi/bukti/environ.pdf", "/proc/self/environ"),
    "folder ke /": ("sigi/akar", "/"),
    "berkas ke dalam situs": ("sigi/salinan.html", "index.html"),
}


@pytest.mark.parametrize("case", LINKS)
@pytest.mark.parametrize("target_kind", ["folder", "zip"])
def test_a_symlink_in_the_built_folder_stops_the_deploy(site_dir, tmp_path, capsys, case, target_kind):
    """`deploy --site` never follows a link into the release or the ZIP: it refuses the folder."""
    broken = shutil.copytree(site_dir, tmp_path / "rusak")
    name, target = LINKS[case]
    if target == "RAHASIA":
        secret = tmp_path / "rahasia.txt"
        secret.write_text("RAHASIA=bocor\n", encoding="utf-8")
        target = str(secret)
    (broken / name).parent.mkdir(parents=True, exist_ok=True)
    (broken / name).symlink_to(target)
    destination = tmp_path / ("situs.zip" if target_kind == "zip" else "www")
    code = zisite(["deploy", "--site", str(broken), str(destination)])
    out, err = capsys.readouterr()
    assert code == 1
    assert (f"{name}: tautan simbolik (symlink) tidak diterbitkan; situs hanya boleh berisi berkas biasa dan folder"
            in err)
    assert "zisite: galat: verifikasi situs gagal: 1 masalah; tidak ada yang diterbitkan" in err
    assert "terbit:" not in out
    assert not destination.exists()


def test_a_special_file_in_the_built_folder_is_refused(site_dir, tmp_path):
    broken = shutil.copytree(site_dir, tmp_path / "rusak")
    os.mkfifo(broken / "pipa")
    assert verify_site(broken) == ["pipa: bukan berkas biasa (misalnya pipa atau perangkat); situs hanya boleh "
                                   "berisi berkas biasa dan folder"]


@pytest.mark.parametrize(("policy", "body", "message"), [
    ("", "", "index.html: tidak ada Content-Security-Policy (<meta http-equiv>); tema situs mungkin diganti"),
    (POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), "",
     "index.html: Content-Security-Policy harus memuat script-src 'self'"),
    (POLICY.replace(" base-uri 'none';", ""), "", "index.html: Content-Security-Policy harus memuat base-uri 'none'"),
    (POLICY, "<script>alert(1)</script>",
     "index.html: baris 6: <script> tanpa src (dijalankan peramban; kebijakan keamanan situs melarangnya)"),
    (POLICY, '<a href="java&#x09;script:alert(1)">x</a>',
     "index.html: baris 6: alamat javascript: pada <a href> (dijalankan peramban; kebijakan keamanan situs melarangnya)"),
    (POLICY, '<p onmouseover="alert(1)">x</p>',
     "index.html: baris 6: atribut onmouseover pada <p> (dijalankan peramban; kebijakan keamanan situs melarangnya)"),
])
def test_a_page_without_the_strict_policy_or_with_inline_script_stops_the_deploy(tmp_path, policy, body, message):
    site = mini_site(tmp_path, {"index.html": page('<a href="tentang/#visi">Tentang</a>' + body, policy=policy)})
    assert verify_site(site) == [message]


def test_the_search_page_may_add_wasm_to_its_script_policy_and_nothing_else(tmp_path):
    """The search page compiles the site's own WebAssembly (Pagefind): 'wasm-unsafe-eval' passes;
    any other addition, or the words in another order, still stops the deploy."""
    wasm = POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'")
    assert verify_site(mini_site(tmp_path, {"cari/index.html": page('<a href="../">x</a>', policy=wasm)})) == []
    for extra in ("'wasm-unsafe-eval' 'unsafe-eval'", "'unsafe-eval'"):
        bad = POLICY.replace("script-src 'self'", f"script-src 'self' {extra}")
        assert verify_site(mini_site(tmp_path, {"cari/index.html": page('<a href="../">x</a>', policy=bad)})) == [
            "cari/index.html: Content-Security-Policy harus memuat script-src 'self'"]


def test_an_inline_script_passes_only_when_the_policy_lists_its_hash(tmp_path):
    """The 404 page's one script is allowed by its hash (docs/csp.md); any other inline script is not."""
    import base64
    import hashlib
    script = "location.hash;"
    digest = "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"
    hashed = POLICY.replace("script-src 'self'", f"script-src 'self' {digest}")
    site = mini_site(tmp_path, {"index.html": page(f'<a href="tentang/#visi">Tentang</a><script>{script}</script>', policy=hashed)})
    assert verify_site(site) == []
    (site / "index.html").write_text(page('<a href="tentang/#visi">Tentang</a><script>alert(1)</script>', policy=hashed),
                                     encoding="utf-8")
    assert verify_site(site) == ["index.html: baris 6: <script> tanpa src (dijalankan peramban; kebijakan keamanan "
                                 "situs melarangnya)"]


def test_json_data_scripts_are_not_inline_code(tmp_path):
    site = mini_site(tmp_path, {"index.html": page('<a href="tentang/#visi">x</a><script type="application/json">{}</script>')})
    assert verify_site(site) == []
