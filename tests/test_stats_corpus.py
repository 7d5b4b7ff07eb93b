"""`zisite check` on broken statistics files: every diagnostic pinned exactly, as staff will read it.

Each ``tests/corpus_stats/<kind>-<case>.yaml`` is one statistics file with one class of mistake.
The harness (``corpuskit.py``, shared with ``test_check_corpus.py``) drops it into a small valid
project as ``statistik/<kind>/2026.yaml`` of the office ``contoh`` (``layout-*`` cases go where
their name says), runs the checker and compares every ``galat`` printed for that file — place,
Indonesian message, ``(di …)`` suffix and ``petunjuk`` line — with the table below, in printed order.
"""

from __future__ import annotations

import pytest

from corpuskit import HERE, Corpus, check, diagnostics_for

S = "content/offices/contoh/statistik/"

CASES = [
    ("gratifikasi-kpk-sum", [
        S + "gratifikasi/2026.yaml:7:5: galat: jumlah keputusan KPK (2) tidak sama dengan 'penerimaan' (3) (di periode 1)"
        "\n    petunjuk: setiap laporan penerimaan dicatat sekali: milik_negara, milik_penerima, atau dalam_proses bila KPK belum menetapkan",
    ]),
    ("gratifikasi-missing-counts", [
        S + "gratifikasi/2026.yaml:4:5: galat: kunci wajib 'penerimaan' belum diisi (di periode 1)"
        "\n    petunjuk: tulis penerimaan: 0 bila tidak ada; bila tidak ada laporan sama sekali, tulis nihil: true",
    ]),
    ("gratifikasi-nihil-with-counts", [
        S + "gratifikasi/2026.yaml:6:17: galat: 'penerimaan' bernilai 1, padahal periode ini ditulis nihil (di periode 1)"
        "\n    petunjuk: nihil berarti tidak ada laporan gratifikasi; hapus 'nihil: true' atau hapus angka ini",
        S + "gratifikasi/2026.yaml:8:19: galat: 'nilai_rupiah' bernilai 500000, padahal periode ini ditulis nihil (di periode 1)"
        "\n    petunjuk: nihil berarti tidak ada laporan gratifikasi; hapus 'nihil: true' atau hapus angka ini",
        S + "gratifikasi/2026.yaml:10:21: galat: 'milik_negara' bernilai 1, padahal periode ini ditulis nihil (di periode 1 › keputusan_kpk)"
        "\n    petunjuk: nihil berarti tidak ada laporan gratifikasi; hapus 'nihil: true' atau hapus angka ini",
    ]),
    ("gratifikasi-category-undeclared", [
        S + "gratifikasi/2026.yaml:5:3: galat: 'daftar' tidak mengenal rincian 'saluran' (di daftar)"
        "\n    petunjuk: rincian yang boleh didaftar di berkas gratifikasi: pelapor, jenis_objek",
        S + "gratifikasi/2026.yaml:11:7: galat: pelapor 'UPG Kantor' tidak ada di daftar pelapor kantor (di periode 1 › pelapor)"
        "\n    petunjuk: pakai salah satu nama di 'daftar: pelapor' (UPG, Individu), atau tambahkan nama ini ke daftar",
    ]),
    ("gratifikasi-pelapor-sum", [
        S + "gratifikasi/2026.yaml:8:5: galat: jumlah per pelapor (2) tidak sama dengan penerimaan + penolakan (3) (di periode 1)"
        "\n    petunjuk: setiap laporan dibuat oleh satu jenis pelapor (misalnya UPG atau individu); periksa angkanya",
        S + "gratifikasi/2026.yaml:11:5: galat: jumlah per jenis objek (3) tidak sama dengan 'objek' (4) (di periode 1)"
        "\n    petunjuk: setiap objek gratifikasi masuk tepat satu jenis; periksa angkanya",
    ]),
    ("gratifikasi-rupiah-ambiguous", [
        S + "gratifikasi/2026.yaml:7:19: galat: 'nilai_rupiah' bernilai 1,500; bisa berarti 1.500 (ribuan) atau 1,5 (pecahan) (di periode 1)"
        "\n    petunjuk: tulis 1.500 bila maksudnya ribuan, atau 1,5 bila pecahan",
    ]),
    ("layout-file-outside-folder", [
        S + "pengaduan-2026.yaml:1:1: galat: berkas statistik harus berada di salah satu folder pengaduan/, gratifikasi/, wbs/, survei/"
        "\n    petunjuk: pindahkan berkas ke misalnya statistik/pengaduan/2026.yaml",
    ]),
    ("layout-not-year-name", [
        S + "pengaduan/tahun-ini.yaml:1:1: galat: nama berkas statistik 'tahun-ini.yaml' harus berupa tahun, misalnya 2026.yaml",
    ]),
    ("layout-unknown-folder", [
        S + "pengadua/2026.yaml:1:1: galat: folder statistik 'pengadua' tidak dikenal; maksud Anda 'pengaduan'?",
    ]),
    ("pengaduan-decimal-count", [
        S + "pengaduan/2026.yaml:5:15: galat: 'diterima' bernilai 2.5, padahal jumlah harus bilangan bulat (di periode 1)"
        "\n    petunjuk: tulis bilangan bulat tanpa koma atau titik: 2 atau 3",
    ]),
    ("pengaduan-kategori-html", [
        S + "pengaduan/2026.yaml:7:7: galat: nama kategori memuat HTML (<b>), yang tidak diizinkan di dalam teks (di periode 1 › kategori)"
        "\n    petunjuk: tulis teks biasa saja; istilah asing yang dicetak miring ditandai garis bawah, misalnya _stakeholder_",
    ]),
    ("pengaduan-kategori-sum", [
        S + "pengaduan/2026.yaml:6:5: galat: jumlah per kategori (9) tidak sama dengan 'diterima' (10) (di periode 1)"
        "\n    petunjuk: setiap pengaduan yang diterima masuk tepat satu kategori; periksa angkanya",
    ]),
    ("pengaduan-missing-contoh", [
        S + "pengaduan/2026.yaml:1:1: galat: kunci wajib 'contoh' belum diisi",
    ]),
    ("pengaduan-missing-diterima", [
        S + "pengaduan/2026.yaml:4:5: galat: kunci wajib 'diterima' belum diisi (di periode 1)",
    ]),
    ("pengaduan-negative-count", [
        S + "pengaduan/2026.yaml:6:14: galat: 'selesai' bernilai -1; tidak boleh kurang dari 0 (di periode 1)",
    ]),
    ("pengaduan-period-bad-number", [
        S + "pengaduan/2026.yaml:4:14: galat: periode 'Triwulan V' tidak dikenali: nomor triwulan ditulis dengan angka Romawi (I, II, III, IV) atau angka 1–4 (di periode 1)"
        "\n    petunjuk: tulis nama bulan (Januari … Desember), Triwulan I … Triwulan IV, Semester I atau Semester II, Tahunan atau Tahun 2026; tahun boleh ditulis di belakang, misalnya Triwulan I 2026",
    ]),
    ("pengaduan-period-number", [
        S + "pengaduan/2026.yaml:4:14: galat: 'periode' bernilai 2026; tulis periode sebagai teks (di periode 1)"
        "\n    petunjuk: tulis misalnya Tahun 2026, Triwulan I atau Januari",
    ]),
    ("pengaduan-period-other-year", [
        S + "pengaduan/2026.yaml:6:14: galat: periode 'Triwulan II 2025' bukan tahun 2026, tahun berkas ini (di periode 2)"
        "\n    petunjuk: data tahun 2025 ditulis di berkas 2025.yaml di folder yang sama; atau perbaiki tahunnya",
    ]),
    ("pengaduan-period-overlap", [
        S + "pengaduan/2026.yaml:6:14: galat: periode 'Maret' tumpang tindih dengan 'Triwulan I' di baris 4 (di periode 2)"
        "\n    petunjuk: pakai satu jenis periode dalam satu daftar (semua bulan, semua triwulan, semua semester atau setahun) agar tidak ada angka yang terhitung dua kali",
    ]),
    ("pengaduan-period-same", [
        S + "pengaduan/2026.yaml:6:14: galat: periode 'Triwulan 1' sama dengan 'Triwulan I' di baris 4 (di periode 2)"
        "\n    petunjuk: setiap periode hanya ditulis sekali; gabungkan angkanya atau perbaiki nama periodenya",
    ]),
    ("pengaduan-period-semester-three", [
        S + "pengaduan/2026.yaml:4:14: galat: periode 'Semester III' tidak ada: satu tahun hanya punya 2 semester (di periode 1)"
        "\n    petunjuk: tulis nama bulan (Januari … Desember), Triwulan I … Triwulan IV, Semester I atau Semester II, Tahunan atau Tahun 2026; tahun boleh ditulis di belakang, misalnya Triwulan I 2026",
    ]),
    ("pengaduan-period-twice", [
        S + "pengaduan/2026.yaml:8:14: galat: periode 'Triwulan II' sudah ditulis di baris 6 (di periode 3)"
        "\n    petunjuk: setiap periode hanya ditulis sekali; gabungkan angkanya atau perbaiki nama periodenya",
    ]),
    ("pengaduan-period-unknown", [
        S + "pengaduan/2026.yaml:4:14: galat: periode 'Kuartal 1' tidak dikenali (di periode 1)"
        "\n    petunjuk: tulis nama bulan (Januari … Desember), Triwulan I … Triwulan IV, Semester I atau Semester II, Tahunan atau Tahun 2026; tahun boleh ditulis di belakang, misalnya Triwulan I 2026",
    ]),
    ("pengaduan-personal-email-in-text", [
        S + "pengaduan/2026.yaml:6:27: galat: 'catatan' memuat alamat surel (…@example.com): berkas statistik tidak boleh memuat data pribadi (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),
    ("pengaduan-personal-in-category", [
        S + "pengaduan/2026.yaml:7:7: galat: nama kategori memuat nomor telepon (+6281…): berkas statistik tidak boleh memuat data pribadi (di periode 1 › kategori)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),
    ("pengaduan-personal-keys", [
        S + "pengaduan/2026.yaml:3:1: galat: kunci 'alamat' tidak diizinkan: berkas statistik tidak boleh memuat data pribadi (nama, NIK, nomor telepon, surel, alamat)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
        S + "pengaduan/2026.yaml:7:5: galat: kunci 'nama_pelapor' tidak diizinkan: berkas statistik tidak boleh memuat data pribadi (nama, NIK, nomor telepon, surel, alamat) (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
        S + "pengaduan/2026.yaml:8:5: galat: kunci 'nik' tidak diizinkan: berkas statistik tidak boleh memuat data pribadi (nama, NIK, nomor telepon, surel, alamat) (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
        S + "pengaduan/2026.yaml:9:5: galat: kunci 'telepon' tidak diizinkan: berkas statistik tidak boleh memuat data pribadi (nama, NIK, nomor telepon, surel, alamat) (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
        S + "pengaduan/2026.yaml:10:5: galat: kunci 'email' tidak diizinkan: berkas statistik tidak boleh memuat data pribadi (nama, NIK, nomor telepon, surel, alamat) (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),
    ("pengaduan-personal-nik-number", [
        S + "pengaduan/2026.yaml:6:14: galat: 'catatan' memuat nomor yang tampak seperti NIK (16 angka) (7201…): berkas statistik tidak boleh memuat data pribadi (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),
    ("pengaduan-quoted-count", [
        S + "pengaduan/2026.yaml:5:15: galat: 'diterima' harus berupa bilangan bulat, bukan teks (di periode 1)"
        "\n    petunjuk: tulis 12 tanpa tanda kutip",
    ]),
    ("pengaduan-saluran-sum", [
        S + "pengaduan/2026.yaml:6:5: galat: jumlah per saluran (11) tidak sama dengan 'diterima' (10) (di periode 1)"
        "\n    petunjuk: setiap pengaduan masuk lewat tepat satu saluran; saluran yang tidak ada di daftar ditulis di 'lainnya'",
    ]),
    ("pengaduan-saluran-unknown", [
        S + "pengaduan/2026.yaml:7:7: galat: kunci 'emial' tidak dikenal; maksud Anda 'email'? (di periode 1 › saluran)",
    ]),
    ("pengaduan-status-sum", [
        S + "pengaduan/2026.yaml:5:15: galat: diproses (3) + selesai (6) + tidak_memenuhi_syarat (1) + diteruskan (1) = 11, lebih banyak dari 'diterima' (10) (di periode 1)"
        "\n    petunjuk: setiap pengaduan yang diterima pada periode ini dihitung di satu keadaan saja; periksa angkanya",
    ]),
    ("pengaduan-unreadable-count", [
        S + "pengaduan/2026.yaml:5:15: galat: 'diterima' bernilai 12 laporan; tidak terbaca sebagai angka (di periode 1)"
        "\n    petunjuk: tulis 12 saja, tanpa teks tambahan",
    ]),
    ("pengaduan-vague-channel", [
        S + "pengaduan/2026.yaml:7:14: galat: 'lapor' bernilai belasan; bukan angka, padahal angka ini dijumlahkan atau dihitung (di periode 1 › saluran)"
        "\n    petunjuk: tulis angkanya, atau perkiraan yang tertulis di rekap (misalnya 'sekitar 40'); kata 'belasan' hanya "
        "diterima pada jumlah laporan dan pengaduan (misalnya diterima, penerimaan) dan pada kategori kantor, dan boleh ditulis di catatan",
    ]),
    ("pengaduan-year-file-mismatch", [
        S + "pengaduan/2026.yaml:2:8: galat: 'tahun' bernilai 2025, padahal nama berkasnya 2026.yaml"
        "\n    petunjuk: tulis tahun: 2026, atau ganti nama berkas menjadi 2025.yaml",
    ]),
    ("survei-answers-length", [
        S + "survei/2026.yaml:8:11: galat: jumlah jawaban harus berupa 4 angka (banyaknya jawaban 1, 2, 3 dan 4), bukan 3 angka (di skm 1 › jawaban)"
        "\n    petunjuk: tulis misalnya [0, 3, 40, 57]; tulis 0 untuk nilai yang tidak dipilih siapa pun",
    ]),
    ("survei-answers-more-than-respondents", [
        S + "survei/2026.yaml:9:11: galat: jumlah jawaban unsur U3 (11) lebih banyak dari 'responden' (10) (di skm 1 › jawaban)"
        "\n    petunjuk: setiap responden menjawab sekali per unsur; periksa angkanya",
    ]),
    ("survei-answers-none", [
        S + "survei/2026.yaml:10:11: galat: unsur U4 tidak punya jawaban (semua 0) (di skm 1 › jawaban)"
        "\n    petunjuk: tulis banyaknya jawaban 1, 2, 3 dan 4; unsur tanpa jawaban tidak dapat dinilai",
    ]),
    ("survei-empty", [
        S + "survei/2026.yaml:1:1: galat: berkas survei harus memuat 'skm' atau 'spak'"
        "\n    petunjuk: tulis hasil Survei Kepuasan Masyarakat di 'skm' dan/atau Survei Persepsi Anti Korupsi di 'spak'",
    ]),
    ("survei-nrr-missing-element", [
        S + "survei/2026.yaml:6:5: galat: 'nrr' hanya memuat 8 dari 9 unsur (tidak ada u9) dan 'ikm_terbit' belum diisi (di skm 1)"
        "\n    petunjuk: lengkapi kesembilan unsur; atau, bila kantor hanya menerbitkan sebagian unsur, tulis IKM yang "
        "diterbitkannya di 'ikm_terbit': situs lalu menghitung IKM dari unsur yang ada dan menyebutkannya",
    ]),
    ("survei-nrr-out-of-range", [
        S + "survei/2026.yaml:6:24: galat: 'u2' bernilai 4.5; tidak boleh lebih dari 4 (di skm 1 › nrr)",
        S + "survei/2026.yaml:6:33: galat: 'u3' bernilai 0.9; tidak boleh kurang dari 1 (di skm 1 › nrr)",
    ]),
    ("survei-responden-zero", [
        S + "survei/2026.yaml:5:16: galat: 'responden' bernilai 0; tidak boleh kurang dari 1 (di spak 1)",
    ]),
    ("survei-skm-both", [
        S + "survei/2026.yaml:7:5: galat: 'nrr' dan 'jawaban' tidak boleh diisi bersamaan (di skm 1)"
        "\n    petunjuk: pilih salah satu; dari 'jawaban' situs menghitung nilainya sendiri",
    ]),
    ("survei-skm-neither", [
        S + "survei/2026.yaml:4:5: galat: kunci wajib 'nrr' atau 'jawaban' belum diisi (di skm 1)"
        "\n    petunjuk: tulis 'nrr' bila hanya punya nilai rata-rata per unsur, atau 'jawaban' bila punya banyaknya jawaban 1–4 per unsur",
    ]),
    ("survei-spak-answers-more", [
        S + "survei/2026.yaml:8:28: galat: jumlah jawaban unsur 'Tidak ada percaloan' (6) lebih banyak dari 'responden' (5) (di spak 1 › jawaban)"
        "\n    petunjuk: setiap responden menjawab sekali per unsur; periksa angkanya",
    ]),
    ("survei-spak-both", [
        S + "survei/2026.yaml:8:5: galat: 'nilai' dan 'jawaban' tidak boleh diisi bersamaan (di spak 1)"
        "\n    petunjuk: pilih salah satu; dari 'jawaban' situs menghitung nilainya sendiri",
    ]),
    ("survei-spak-empty-values", [
        S + "survei/2026.yaml:6:12: galat: 'nilai' harus berisi minimal satu unsur (di spak 1)"
        "\n    petunjuk: tulis nama unsur: nilai, satu unsur per baris",
    ]),
    ("wbs-dim-other-year", [
        S + "wbs/2026.yaml:9:14: galat: periode 'Semester II 2025' bukan tahun 2026, tahun berkas ini (di dim 1)"
        "\n    petunjuk: masalah tahun 2025 dicatat di berkas 2025.yaml",
    ]),
    ("wbs-dim-status", [
        S + "wbs/2026.yaml:8:13: galat: 'status' bernilai 'sudah'; harus salah satu dari: 'selesai', 'proses' atau 'belum' (di dim 1)",
    ]),
    ("wbs-followup-sum", [
        S + "wbs/2026.yaml:5:15: galat: ditindaklanjuti (2) + tidak_ditindaklanjuti (1) = 3, lebih banyak dari 'diterima' (2) (di periode 1)"
        "\n    petunjuk: setiap laporan yang diterima pada periode ini ditindaklanjuti atau tidak; periksa angkanya",
    ]),
    ("wbs-forwarded-more", [
        S + "wbs/2026.yaml:6:17: galat: 'diteruskan' (3) lebih banyak dari 'diterima' (2) (di periode 1)"
        "\n    petunjuk: laporan yang diteruskan adalah bagian dari laporan yang diterima pada periode ini; periksa angkanya",
    ]),
    ("wbs-personal-nik-in-text", [
        S + "wbs/2026.yaml:8:22: galat: 'alasan_tidak_ditindaklanjuti' memuat nomor yang tampak seperti NIK (16 angka) (7201…): berkas statistik tidak boleh memuat data pribadi (di periode 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),
    ("wbs-personal-phone-in-text", [
        S + "wbs/2026.yaml:7:42: galat: 'masalah' memuat nomor telepon (0812…): berkas statistik tidak boleh memuat data pribadi (di dim 1)"
        "\n    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; berkas statistik hanya memuat jumlah",
    ]),]


STATS = Corpus(HERE / "corpus_stats", CASES, default=lambda case: f"{S}{case.split('-')[0]}/2026.yaml", places={
    "layout-file-outside-folder": S + "pengaduan-2026.yaml",
    "layout-unknown-folder": S + "pengadua/2026.yaml",
    "layout-not-year-name": S + "pengaduan/tahun-ini.yaml",
})


test_corpus_and_table_agree, test_broken_statistics_file_is_reported_exactly, test_the_command_prints_what_the_harness_saw = (
    STATS.tests(cross_check="gratifikasi-nihil-with-counts"))


def test_personal_data_message_says_why():
    """The refusal explains itself: identities stay secret, statistics are counts only."""
    hints = {line for _, expected in CASES for text in expected if "data pribadi" in text
             for line in text.splitlines()[1:]}
    assert hints == {"    petunjuk: identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib "
                     "dirahasiakan; berkas statistik hanya memuat jumlah"}


def test_personal_key_replaces_unknown_key_message(make_project):
    out = check(make_project(STATS.files("pengaduan-personal-keys"))).out
    assert "tidak dikenal" not in out and "maksud Anda" not in out


def test_fewer_answers_than_respondents_is_a_warning(make_project):
    """A respondent may skip an element: NRR counts the answers given (PermenPANRB 14/2017), so warn."""
    text = STATS.read("survei-answers-more-than-respondents").decode("utf-8")
    text = text.replace("u3: [0, 1, 4, 6]", "u3: [0, 0, 3, 6]")
    file = STATS.target("survei-x")
    result = check(make_project({file: text}))
    assert result.code == 0, result.out
    assert diagnostics_for(result.out, file, "peringatan") == [
        S + "survei/2026.yaml:9:11: peringatan: jumlah jawaban unsur U3 (9) lebih sedikit dari 'responden' (10) "
        "(di skm 1 › jawaban)"
        "\n    petunjuk: biarkan bila ada responden yang tidak menjawab unsur ini; nilainya dihitung dari jawaban "
        "yang ada",
    ]


def test_broken_statistics_leave_the_office_model_without_that_file(make_project):
    from zisite.load import load_project

    good = "contoh: true\ntahun: 2026\nperiode:\n  - periode: Januari\n    diterima: 0\n"
    root = make_project({
        S + "pengaduan/2026.yaml": good,
        S + "wbs/2026.yaml": STATS.read("wbs-followup-sum").decode("utf-8"),
    })
    project = load_project(root)
    assert not project.ok
    stats = project.office("contoh").stats
    assert [e.file for e in stats.pengaduan] == [S + "pengaduan/2026.yaml"]
    assert stats.wbs == ()
