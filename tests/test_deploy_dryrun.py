"""`zisite deploy --dry-run` tells what would be published: files, bytes, and the pages that change."""

from __future__ import annotations

from deploykit import digests, live, snapshot
from helpers import run_main
from zisite.deploy.changes import MAX_PAGES_SHOWN, change_lines, compare, page_address
from zisite.deploy.sitefiles import format_bytes, list_site


def deploy(*args):
    return run_main("deploy", *map(str, args))


def _expected(old: dict, new: dict) -> tuple[list[str], list[str], list[str]]:
    changed = [page_address(n) for n in new if n.endswith(".html") and n in old and old[n] != new[n]]
    added = [page_address(n) for n in new if n.endswith(".html") and n not in old]
    removed = [page_address(n) for n in old if n.endswith(".html") and n not in new]
    return sorted(changed), sorted(added), sorted(removed)


def _files_summary(old: dict, new: dict) -> str:
    """Files changed, new, removed: another build day also renames some search-index fragments (their
    names are their content's hash), so files may be new and removed though every page stays."""
    changed = sum(1 for n in new if n in old and old[n] != new[n])
    return f"{changed} berkas diubah, {sum(n not in old for n in new)} baru, {sum(n not in new for n in old)} dihapus"


def test_page_addresses_and_the_summary():
    assert page_address("index.html") == "/"
    assert page_address("sigi/rencana-aksi/2026/index.html") == "/sigi/rencana-aksi/2026/"
    assert page_address("404.html") == "/404.html"
    old = {"index.html": "a", "kontak/index.html": "b", "assets/zi.css": "c", "lama/index.html": "d"}
    new = {"index.html": "a", "kontak/index.html": "B", "assets/zi.css": "C", "baru/index.html": "e"}
    assert change_lines(compare(new, old, "terbitan aktif X")) == [
        "dibanding terbitan aktif X: 2 berkas diubah, 1 baru, 1 dihapus; halaman: 1 diubah, 1 baru, 1 dihapus",
        "  halaman diubah: /kontak/", "  halaman baru: /baru/", "  halaman dihapus: /lama/"]
    assert change_lines(compare(old, old, "terbitan aktif X")) == ["tidak ada berkas yang berubah dibanding terbitan aktif X"]
    many = {f"p{i:02}/index.html": "x" for i in range(MAX_PAGES_SHOWN + 5)}
    lines = change_lines(compare(many, {}, "tujuan kosong"))
    assert len(lines) == 1 + MAX_PAGES_SHOWN + 1 and lines[-1] == "  … dan 5 halaman lain"


def test_folder_dry_run_counts_files_and_bytes_and_names_the_changed_pages(site_dir, site_b, tmp_path):
    target = tmp_path / "www"
    assert deploy("--site", site_dir, target).code == 0
    before = snapshot(target)
    result = deploy("--site", site_b, target, "--dry-run")
    assert result.code == 0, result.err
    assert snapshot(target) == before
    b = list_site(site_b)
    assert f": {len(b.files)} berkas, {format_bytes(b.size)}\n" in result.out
    old, new = digests(site_dir), digests(site_b)
    changed, added, removed = _expected(old, new)
    assert changed and not added and not removed  # another build day: same pages, some differ
    assert (f"zisite: dibanding terbitan aktif {live(target)}: {_files_summary(old, new)}; "
            f"halaman: {len(changed)} diubah, 0 baru, 0 dihapus\n") in result.out
    shown = [line.removeprefix("zisite:   halaman diubah: ") for line in result.out.splitlines()
             if line.startswith("zisite:   halaman diubah: ")]
    assert shown == changed[:MAX_PAGES_SHOWN]

    same = deploy("--site", site_dir, target, "--dry-run")
    assert f"zisite: tidak ada berkas yang berubah dibanding terbitan aktif {live(target)}\n" in same.out
    assert snapshot(target) == before


def test_zip_dry_run_compares_with_the_archive_in_place(site_dir, site_b, tmp_path):
    archive = tmp_path / "situs.zip"
    first = deploy("--site", site_dir, archive, "--dry-run")
    assert "zisite: dibanding keadaan sekarang (situs.zip belum ada): 0 berkas diubah, " in first.out
    assert not archive.exists()
    assert deploy("--site", site_dir, archive).code == 0
    before = snapshot(tmp_path)
    result = deploy("--site", site_b, archive, "--dry-run")
    assert result.code == 0, result.err
    old, new = digests(site_dir), digests(site_b)
    changed, _, _ = _expected(old, new)
    assert (f"zisite: dibanding arsip situs.zip yang ada: {_files_summary(old, new)}; "
            f"halaman: {len(changed)} diubah, 0 baru, 0 dihapus\n") in result.out
    assert f"zisite:   halaman diubah: {changed[0]}\n" in result.out
    assert snapshot(tmp_path) == before
    archive.write_bytes(b"bukan zip")
    broken = deploy("--site", site_b, archive, "--dry-run")
    assert broken.code == 0, broken.err
    assert "zisite: perbandingan halaman tidak tersedia: arsip situs.zip yang ada tidak dapat dibaca sebagai ZIP\n" \
        in broken.out
