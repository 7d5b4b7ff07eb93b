"""An office's own page texts: replace or extend a standard page; checked like data."""

from __future__ import annotations

from zisite.load import load_project
from zisite.render import SiteOptions, render_site


def _page(project_root, office: str, key: str) -> str:
    pages, _ = render_site(load_project(project_root), SiteOptions(office=office))
    return next(p.body for p in pages if p.path == f"{key}/index.md")


def test_replacement_and_addition_render_with_office_data(make_project):
    root = make_project({
        "content/offices/contoh/halaman/kontak.md": "## Jam layanan\n\n{{ kantor.nama_singkat }} buka Senin–Jumat.\n",
        "content/offices/contoh/halaman/wbs.tambahan.md": "## Catatan\n\nKotak pengaduan ada di lobi.\n",
    })
    assert load_project(root).ok
    kontak = _page(root, "contoh", "kontak")
    assert "KPU Kabupaten Contoh buka Senin–Jumat." in kontak
    assert "Untuk pengaduan, lihat" not in kontak  # the standard text was replaced
    wbs = _page(root, "contoh", "wbs")
    assert "Keputusan KPU Nomor 915 Tahun 2025" in " ".join(wbs.split()) and wbs.rstrip().endswith("<p>Kotak pengaduan ada di lobi.</p>")


def test_bad_page_texts_are_reported_at_their_place(cli, make_project):
    root = make_project({
        "content/offices/contoh/halaman/gratifikasii.md": "teks\n",
        "content/offices/contoh/halaman/survei.md": "## Survei\n\nIsi <b>sekarang</b>.\n",
        "content/offices/contoh/halaman/kontak.md": "## Kontak\n\n{{ kantor.nama_singkat \n",
        "content/offices/contoh/halaman/pengaduan.md": "{{ kantor.__class__.__mro__ }}\n",
    })
    result = cli("check", str(root))
    assert result.code == 1
    lines = [l for l in result.out.splitlines() if ": galat: " in l]
    assert lines == [
        "content/offices/contoh/halaman/gratifikasii.md:1:1: galat: berkas halaman 'gratifikasii.md' tidak dikenal; "
        "maksud Anda 'gratifikasi.md'?",
        "content/offices/contoh/halaman/kontak.md:3:1: galat: isian {{ … }} tidak sah (unexpected end of template, "
        "expected 'end of print statement'.)",
        "content/offices/contoh/halaman/pengaduan.md:1:1: galat: isian '.__class__' tidak diizinkan: teks halaman hanya "
        "membaca data kantor",
        "content/offices/contoh/halaman/survei.md:3:5: galat: HTML tidak diizinkan (<b>)",
    ]


def test_accessibility_warnings_for_staff_markdown(cli, make_project):
    root = make_project({"content/offices/contoh/halaman/layanan-inovasi.tambahan.md": (
        "# Inovasi\n\n![](poster.png)\n\nLihat [klik di sini](https://contoh.go.id) dan [](https://contoh.go.id).\n\n"
        "## Podcast\n\n#### Episode\n")})
    result = cli("check", str(root))
    assert result.code == 0  # warnings do not stop the build
    found = [l for l in result.out.splitlines() if "halaman/layanan-inovasi" in l]
    assert found == [
        "content/offices/contoh/halaman/layanan-inovasi.tambahan.md:1:1: peringatan: judul tingkat 1 (#) sudah dipakai judul halaman",
        "content/offices/contoh/halaman/layanan-inovasi.tambahan.md:3:1: peringatan: gambar tanpa teks alternatif",
        "content/offices/contoh/halaman/layanan-inovasi.tambahan.md:5:7: peringatan: teks tautan 'klik di sini' tidak menjelaskan tujuannya",
        "content/offices/contoh/halaman/layanan-inovasi.tambahan.md:5:48: peringatan: tautan tanpa teks",
        "content/offices/contoh/halaman/layanan-inovasi.tambahan.md:9:1: peringatan: tingkat judul melompat dari 2 ke 4",
    ]
