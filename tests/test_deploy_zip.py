"""`zisite deploy` to a .zip keeps the archive it replaces as `-sebelumnya.zip`; `--rollback` swaps them."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from deploykit import digests, snapshot
from helpers import run_main


def deploy(*args):
    return run_main("deploy", *map(str, args))


def _site_sums(archive: Path) -> dict[str, str]:
    with zipfile.ZipFile(archive) as z:
        return {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if n != "SHA256SUMS"}


def test_replacing_an_archive_keeps_the_old_one_and_rollback_swaps_them_back_and_forth(site_dir, site_b, tmp_path):
    archive, previous = tmp_path / "situs.zip", tmp_path / "situs-sebelumnya.zip"
    first = deploy("--site", site_dir, archive)
    assert first.code == 0, first.err
    assert "sebelumnya" not in first.out and not previous.exists()
    a_bytes = archive.read_bytes()

    second = deploy("--site", site_b, archive)
    assert second.code == 0, second.err
    assert previous.read_bytes() == a_bytes
    assert _site_sums(archive) == digests(site_b)
    assert (f"zisite: arsip yang lama disimpan sebagai situs-sebelumnya.zip; untuk mengembalikannya: "
            f"zisite deploy --rollback {archive}\n") in second.out
    b_bytes = archive.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["situs-sebelumnya.zip", "situs.zip"]

    back = deploy("--rollback", archive)
    assert back.code == 0, back.err
    assert archive.read_bytes() == a_bytes and previous.read_bytes() == b_bytes
    assert back.out.startswith("zisite: dikembalikan: situs-sebelumnya.zip menjadi situs.zip lagi, dan situs.zip "
                               "yang tadi terbit disimpan sebagai situs-sebelumnya.zip")
    assert "jalankan --rollback sekali lagi untuk membatalkan pengembalian ini" in back.out
    assert f"serahkan ulang {archive} kepada pengelola server" in back.out
    assert "ingat: data yang salah masih ada di berkas" in back.out
    again = deploy("--rollback", archive)  # rolling back twice returns
    assert again.code == 0, again.err
    assert archive.read_bytes() == b_bytes and previous.read_bytes() == a_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["situs-sebelumnya.zip", "situs.zip"]


def test_the_same_site_again_keeps_the_real_previous_archive(site_dir, site_b, tmp_path):
    archive, previous = tmp_path / "situs.zip", tmp_path / "situs-sebelumnya.zip"
    assert deploy("--site", site_dir, archive).code == 0
    assert deploy("--site", site_b, archive).code == 0
    kept = previous.read_bytes()
    again = deploy("--site", site_b, archive)
    assert again.code == 0, again.err
    assert previous.read_bytes() == kept  # not pushed out by a copy of the live archive
    assert "tidak ada yang diterbitkan: isi situs sama persis dengan arsip situs.zip yang sudah ada" in again.out
    assert "situs-sebelumnya.zip tetap" \
        in again.out


def test_rollback_without_a_previous_archive_is_refused_untouched(site_dir, tmp_path):
    archive = tmp_path / "situs.zip"
    assert deploy("--site", site_dir, archive).code == 0
    before = snapshot(tmp_path)
    result = deploy("--rollback", archive)
    assert result.code == 1
    assert result.err == (f"zisite: galat: tidak ada arsip sebelumnya (situs-sebelumnya.zip) di {tmp_path}; tidak ada "
                          "yang bisa dikembalikan. Arsip sebelumnya tersimpan otomatis setiap kali situs.zip diganti\n"
                          "zisite: situs yang sudah terbit tidak berubah.\n")
    assert snapshot(tmp_path) == before
    missing = deploy("--rollback", tmp_path / "tidak-ada" / "situs.zip")
    assert missing.code == 1 and "folder " in missing.err and "tidak ada" in missing.err


def test_rollback_dry_run_and_leftovers(site_dir, site_b, tmp_path):
    archive = tmp_path / "situs.zip"
    assert deploy("--site", site_dir, archive).code == 0
    assert deploy("--site", site_b, archive).code == 0
    before = snapshot(tmp_path)
    dry = deploy("--rollback", archive, "--dry-run")
    assert dry.code == 0, dry.err
    assert dry.out == (f"zisite: uji coba (--dry-run): tidak ada yang diubah di {archive}\n"
                       "zisite: akan menukar arsip: situs-sebelumnya.zip menjadi situs.zip lagi, dan situs.zip yang "
                       "tadi terbit disimpan sebagai situs-sebelumnya.zip\n")
    assert snapshot(tmp_path) == before
    plan = deploy("--site", site_dir, archive, "--dry-run")
    assert "zisite: akan menyimpan arsip yang ada sebagai situs-sebelumnya.zip (kecuali isi arsip baru sama persis)" \
        in plan.out
    assert snapshot(tmp_path) == before
    # what a deploy killed between its renames leaves: both cleaned by the next one
    (tmp_path / ".situs.zip.tmp-4242").write_bytes(b"sisa")
    (tmp_path / ".situs-sebelumnya.zip.tmp-4242").write_bytes(b"sisa")
    assert deploy("--rollback", archive).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["situs-sebelumnya.zip", "situs.zip"]


def test_a_folder_named_like_the_previous_archive_is_refused(site_dir, tmp_path):
    archive = tmp_path / "situs.zip"
    assert deploy("--site", site_dir, archive).code == 0
    (tmp_path / "situs-sebelumnya.zip").mkdir()
    result = deploy("--site", site_dir, archive)
    assert result.code == 1
    assert "situs-sebelumnya.zip bukan berkas biasa" in result.err
