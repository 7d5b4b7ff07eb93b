"""Every catalogue entry, one ``Entri`` per diagnostic code: a data table, grouped as the page is.

Add an entry next to the ones like it; ``python -m zisite.checks.catalogue`` then rewrites the page.
"""

from __future__ import annotations

from ..minimal import MINIMAL_OFFICE, MINIMAL_PLAN, MINIMAL_REALISASI, OFFICE_FILE, PLAN_FILE, REALISASI_FILE
from .model import Contoh, Entri, berkas_baru, di_kantor, di_realisasi, di_rencana

STAT = "content/offices/contoh/statistik/"
PAGES = "content/offices/contoh/halaman/"


def _stat(kind: str, body: str, year: int = 2026) -> str:
    return f"contoh: false\ntahun: {year}\n{body}"


def _complaints(body: str) -> str:
    return _stat("pengaduan", "periode:\n  - periode: Triwulan I\n" + body)


_WHOLE_YEAR = "  - periode: Triwulan I\n    diterima: 0\n"


def _catatan(text: str) -> Contoh:
    """``catatan: <text>`` in the office file, and the same text in double quotes as its fix."""
    return di_kantor(f"tingkat: kabupaten\ncatatan: {text}", f'tingkat: kabupaten\ncatatan: "{text}"',
                     "tingkat: kabupaten")

ENTRIES: list[Entri] = [
    # --- YAML umum -----------------------------------------------------------------------------
    Entri("yaml-syntax", "sintaks", "Tanda kutip tidak ditutup",
          "Teks dibuka dengan tanda kutip tetapi tidak ditutup, sehingga baris-baris berikutnya ikut "
          "terbaca sebagai bagian teks.",
          "Tutup teks dengan tanda kutip yang sama dengan pembukanya (`\"…\"` atau `'…'`).",
          di_rencana('judul: "RENCANA AKSI CONTOH', 'judul: "RENCANA AKSI CONTOH"', "judul: RENCANA AKSI CONTOH")),
    Entri("yaml-syntax", "sintaks", "Titik dua di dalam teks",
          "Teks yang memuat titik dua diikuti spasi (`: `) dibaca YAML sebagai kunci baru.",
          "Apit seluruh teks dengan tanda kutip ganda.",
          di_rencana("judul: Rencana Aksi: Contoh", 'judul: "Rencana Aksi: Contoh"', "judul: RENCANA AKSI CONTOH")),
    Entri("yaml-syntax", "sintaks", "Kunci tidak sejajar",
          "Kunci dalam satu pemetaan diawali pada kolom yang berbeda (jumlah spasi di awal baris tidak sama).",
          "Samakan jumlah spasi di awal baris dengan kunci di atasnya.",
          di_rencana("pengesahan:\n  tempat: Contoh\n   tanggal: 2026-01-21",
                     "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21")),
    Entri("yaml-syntax", "sintaks", "Teks diawali tanda baca khusus",
          "Teks tanpa tanda kutip tidak boleh diawali `@`, `` ` ``, `%`, `&`, `*`, `!`, `|`, `>`, `[` atau `{`: "
          "YAML membacanya sebagai perintah.",
          "Apit teks dengan tanda kutip.",
          di_kantor("tingkat: kabupaten\nmedia_sosial:\n  - platform: instagram\n    nama: @kpucontoh\n"
                    "    url: https://www.instagram.com/kpucontoh",
                    "tingkat: kabupaten\nmedia_sosial:\n  - platform: instagram\n    nama: \"@kpucontoh\"\n"
                    "    url: https://www.instagram.com/kpucontoh", "tingkat: kabupaten"),
          contoh_lain=(_catatan("& lainnya"), _catatan("* catatan penting"), _catatan("!x!penting"))),
    Entri("yaml-syntax", "sintaks", "Kunci tanpa titik dua",
          "Baris di dalam pemetaan berisi kata tanpa `:` di belakangnya, sehingga tidak terbaca sebagai kunci "
          "maupun sebagai nilai. Biasanya titik duanya terhapus, atau teks lanjutan baris di atas tidak "
          "menjorok lebih dalam.",
          "Tambahkan `:` dan nilainya di belakang kunci. Bila baris itu lanjutan teks di atasnya, tulis seluruh "
          "teks di satu baris (atau apit dengan tanda kutip).",
          di_rencana("pengesahan:\n  tempat: Contoh\n  tanggal", "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21")),
    Entri("yaml-syntax", "sintaks", "Lebih dari satu dokumen dalam satu berkas",
          "Baris `---` memisahkan dokumen YAML. Satu berkas data hanya berisi satu dokumen; `---` biasanya "
          "terbawa dari menggabungkan dua berkas.",
          "Hapus baris `---` itu. Bila isi di bawahnya milik berkas lain (misalnya tahun lain), pindahkan ke "
          "berkasnya sendiri.",
          di_kantor("tingkat: kabupaten\n---\ncatatan: Kantor baru", "tingkat: kabupaten\ncatatan: Kantor baru",
                    "tingkat: kabupaten")),
    Entri("yaml-syntax", "sintaks", "Tab di tengah baris",
          "Ada karakter tab (ditandai ⟨tab⟩ di contoh) di tengah baris, misalnya di antara butir dalam kurung. "
          "YAML hanya menerima spasi.",
          "Hapus tab itu dan ketik spasi sebagai gantinya.",
          di_rencana('{kunci: baris,⟨tab⟩judul: INDIKATOR}', '{kunci: baris, judul: INDIKATOR}')),
    Entri("yaml-syntax", "sintaks", "Garis miring terbalik di dalam tanda kutip ganda",
          "Di dalam tanda kutip ganda, `\\` memulai kode khusus (misalnya `\\n` untuk baris baru); `\\d` atau "
          "`\\z` bukan kode yang sah. Biasanya terjadi pada alamat folder Windows seperti `D:\\data`.",
          "Apit teks dengan tanda kutip tunggal (`'D:\\data'`), atau tulis `\\\\` untuk satu garis miring terbalik.",
          di_kantor('tingkat: kabupaten\ncatatan: "Arsip di D:\\data\\zi"',
                    "tingkat: kabupaten\ncatatan: 'Arsip di D:\\data\\zi'", "tingkat: kabupaten")),
    Entri("yaml-syntax", "sintaks", "Indentasi tidak sesuai struktur",
          "Sebuah baris menjorok lebih sedikit atau lebih banyak daripada baris lain di daftar atau pemetaan yang "
          "sama, sehingga tidak jelas miliknya. Contoh: butir daftar kedua diawali satu spasi, padahal butir "
          "pertama dua spasi.",
          "Samakan jumlah spasi di awal baris dengan baris sejenis di atasnya (butir dengan butir, kunci dengan "
          "kunci).",
          di_rencana("penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n - jabatan: Anggota,\n   nama: Contoh\n",
                     "penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n  - jabatan: Anggota,\n    nama: Contoh\n",
                     "penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n")),
    Entri("yaml-syntax", "sintaks", "Teks diawali tanda hubung",
          "Nilai yang diawali `- ` (tanda hubung dan spasi) dibaca sebagai butir daftar, padahal di tempat itu "
          "tidak boleh ada daftar.",
          "Apit teks dengan tanda kutip ganda. Bila memang daftar, tulis butirnya di baris berikutnya, menjorok "
          "lebih dalam.",
          _catatan("- rapat pertama")),
    Entri("yaml-syntax", "sintaks", "Teks diawali tanda tanya",
          "Nilai yang diawali `? ` (tanda tanya dan spasi) dibaca YAML sebagai penanda kunci.",
          "Apit teks dengan tanda kutip ganda.",
          _catatan("? belum pasti")),
    Entri("yaml-syntax", "sintaks", "Kurung siku tidak ditutup",
          "Daftar yang ditulis dalam kurung `[ ]` tidak ditutup dengan `]`, atau butirnya tidak dipisah koma.",
          "Tutup daftar dengan `]` di baris yang sama. Butir yang memuat koma diapit tanda kutip.",
          di_rencana("target_waktu: [Januari 2026, Per Triwulan", "target_waktu: [Januari 2026, Per Triwulan]",
                     "target_waktu: Januari 2026")),
    Entri("yaml-syntax", "sintaks", "Kurung kurawal tidak ditutup",
          "Pemetaan yang ditulis dalam kurung `{ }` tidak ditutup dengan `}`, atau pasangannya tidak dipisah koma.",
          "Tutup dengan `}` di baris yang sama, dan pisahkan setiap `kunci: nilai` dengan koma.",
          di_rencana('judul: RENCANA AKSI CONTOH\npengesahan_lain: {tempat: Contoh', 'judul: RENCANA AKSI CONTOH',
                     'judul: RENCANA AKSI CONTOH')),
    Entri("yaml-syntax", "sintaks", "Nilai diawali koma atau kurung tutup",
          "Nilai diawali tanda baca yang punya arti khusus di YAML (`,`, `]` atau `}`), sehingga nilainya tidak "
          "terbaca.",
          "Apit teks dengan tanda kutip ganda.",
          _catatan(", lihat lampiran")),
    Entri("yaml-syntax", "sintaks", "Baris diawali tanda persen",
          "Baris yang diawali `%` di awal berkas dibaca sebagai perintah YAML (misalnya `%YAML 2.0` yang terbawa "
          "dari berkas lain).",
          "Hapus baris `%…` itu beserta baris `---` di bawahnya. Bila `%` memang bagian dari teks, apit teks "
          "dengan tanda kutip.",
          di_kantor("%YAML 2.0\n---\nnama: Komisi Pemilihan Umum Kabupaten Contoh", None,
                    "nama: Komisi Pemilihan Umum Kabupaten Contoh")),
    Entri("yaml-syntax", "sintaks", "Teks diawali tanda lebih besar atau garis tegak",
          "`|` dan `>` di awal nilai menandai teks panjang beberapa baris; setelahnya tidak boleh ada teks di "
          "baris yang sama. Nilai seperti `>50% target tercapai` karena itu tidak terbaca.",
          "Apit teks dengan tanda kutip ganda. Untuk teks beberapa baris, tulis `|` sendirian di akhir baris "
          "kunci, lalu teksnya di baris-baris berikutnya, menjorok lebih dalam.",
          _catatan(">50% target tercapai")),
    Entri("yaml-syntax", "sintaks", "Teks setelah tanda kutip penutup",
          "Teks diapit tanda kutip, tetapi setelah tanda kutip penutup masih ada teks lagi, misalnya karena "
          "hanya sebagian teks yang dikutip.",
          "Apit seluruh teks dengan tanda kutip. Tanda kutip ganda di dalam teks ditulis `\\\"`, atau apit "
          "teks dengan tanda kutip tunggal: `'Rencana \"Aksi\" Contoh'`.",
          di_rencana('judul: "RENCANA AKSI" CONTOH', "judul: RENCANA AKSI CONTOH")),
    Entri("yaml-syntax", "sintaks", "Susunan YAML tidak sah",
          "Pesan cadangan untuk kesalahan penulisan yang tidak tercantum di atas, misalnya baris `...` (yang "
          "mengakhiri dokumen YAML) di tengah berkas.",
          "Periksa baris yang disebut dan baris di atasnya: indentasi, tanda kutip dan tanda `:`. Teks yang "
          "diawali tanda baca diapit tanda kutip.",
          di_kantor("tingkat: kabupaten\n...\ncatatan: Kantor baru", "tingkat: kabupaten\ncatatan: Kantor baru",
                    "tingkat: kabupaten")),
    Entri("yaml-tab", "umum", "Tab dipakai untuk indentasi",
          "Baris diawali karakter tab (ditandai ⟨tab⟩ di contoh). YAML hanya menerima spasi; tab sering "
          "terbawa dari editor teks atau dari menyalin.",
          "Hapus tab di awal baris dan ganti dengan spasi. Atur editor agar tombol Tab menulis spasi.",
          di_rencana("pengesahan:\n⟨tab⟩tempat: Contoh", "pengesahan:\n  tempat: Contoh")),
    Entri("yaml-control", "umum", "Karakter kendali di dalam berkas",
          "Berkas memuat karakter tak terlihat (ditandai ⟨U+0007⟩ di contoh) yang tidak boleh ada di berkas "
          "YAML, biasanya terbawa saat menyalin dari PDF atau Word.",
          "Hapus karakter itu: letakkan kursor di baris dan kolom yang disebut pesan, lalu hapus dan ketik "
          "ulang teks di sekitarnya.",
          di_rencana("judul: RENCANA⟨U+0007⟩AKSI CONTOH", "judul: RENCANA AKSI CONTOH")),
    Entri("text_control", "umum", "Karakter tak terlihat di dalam teks",
          "Teks memuat karakter tak terlihat (ditandai ⟨U+200B⟩ di contoh), misalnya spasi tanpa lebar, "
          "yang terbawa saat menyalin dari PDF atau Word.",
          "Hapus karakter itu, atau ketik ulang teksnya.",
          di_rencana("judul: RENCANA⟨U+200B⟩AKSI CONTOH", "judul: RENCANA AKSI CONTOH")),
    Entri("encoding", "umum", "Berkas bukan UTF-8",
          "Berkas disimpan dengan pengodean lain (misalnya Windows-1252 oleh Notepad lama), sehingga huruf "
          "seperti é terbaca rusak.",
          "Buka berkas di editor, lalu simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → "
          "Pengodean UTF-8). Penyunting web GitHub/GitLab selalu menyimpan UTF-8.",
          di_rencana("judul: Rencana Aksi Café", None, "judul: RENCANA AKSI CONTOH",
                     tulis=lambda text: text.encode("cp1252"))),
    Entri("too-large", "umum", "Berkas terlalu besar",
          "Berkas data lebih besar dari 1 MiB. Berkas data biasanya hanya puluhan KB; biasanya ada teks yang "
          "tersalin berulang kali.",
          "Hapus bagian yang berulang. Dokumen pendukung (PDF, gambar) tidak ditaruh di berkas YAML.",
          di_rencana("# (baris komentar ini diulang sampai berkas lebih dari 1 MiB)\njudul: RENCANA AKSI CONTOH",
                     None, "judul: RENCANA AKSI CONTOH",
                     tulis=lambda text: text.encode("utf-8") + (b"#" * 63 + b"\n") * (1024 * 1024 // 64 + 1))),
    Entri("symlink", "umum", "Tautan simbolik (symlink) tidak diterbitkan",
          "Di `content/`, `plans/`, folder halaman situs (`docs_dir`) atau folder tema (`custom_dir`) ada tautan simbolik: berkas atau folder "
          "yang hanya menunjuk ke tempat lain. Tautan dapat menunjuk ke luar repositori (misalnya ke berkas rahasia "
          "server pembangun), jadi tidak ada yang dibaca atau diterbitkan melalui tautan, juga bila tujuannya "
          "di dalam repositori. Bukti dukung yang berupa tautan juga dilaporkan di baris realisasinya.",
          "Hapus tautan itu dan simpan salinan berkasnya sendiri di tempat yang sama (`git add` berkasnya, bukan "
          "tautannya).",
          None, pesan="'<nama>' adalah tautan simbolik (symlink); yang diterbitkan hanya berkas biasa di dalam repositori"),
    Entri("not-regular", "umum", "Bukan berkas biasa",
          "Di `content/`, `plans/` atau `docs_dir` ada entri yang bukan berkas biasa maupun folder (pipa bernama, "
          "soket, perangkat). Isinya tidak dapat diterbitkan dengan aman.",
          "Hapus entri itu dan simpan berkas biasa di tempatnya.",
          None, pesan="'<nama>' bukan berkas biasa (misalnya pipa atau perangkat); yang diterbitkan hanya berkas biasa "
                      "di dalam repositori"),
    Entri("outside-project", "umum", "Folder di luar proyek",
          "Folder halaman situs (`docs_dir` di `mkdocs.yml`) berada di luar folder proyek, misalnya `docs_dir: ../lain` "
          "atau `docs_dir: /etc`. Semua isinya akan diterbitkan.",
          "Tulis `docs_dir: content/halaman` (atau folder lain di dalam repositori).",
          None, pesan="'<nama>' berada di luar folder proyek; yang diterbitkan hanya berkas biasa di dalam repositori"),
    Entri("io", "umum", "Berkas tidak dapat dibaca",
          "Berkas ada tetapi tidak dapat dibuka, misalnya karena izin berkas di server.",
          "Periksa izin berkas (harus dapat dibaca pengguna yang menjalankan `zisite`). Bila muncul di "
          "GitHub/GitLab, hubungi pengelola repositori.",
          None, pesan="berkas tidak dapat dibaca (Permission denied)"),
    Entri("empty", "umum", "Berkas kosong",
          "Berkas tidak berisi data apa pun (hanya kosong atau komentar).",
          "Isi berkas dengan data (lihat [format data](../format-data.md)), atau hapus berkasnya.",
          berkas_baru("plans/contoh/2025.yaml", "# yaml-language-server: $schema=../../schemas/plan.schema.json\n",
                      None)),
    Entri("yaml-anchor", "umum", "Anchor YAML (&nama)",
          "YAML membolehkan memberi nama nilai dengan `&nama` lalu memakainya lagi dengan `*nama`. Fitur ini "
          "tidak dipakai di berkas data karena sulit dibaca dan bisa disalahgunakan.",
          "Hapus `&nama` dan tulis ulang setiap nilai secara lengkap.",
          di_rencana("tempat: &kota Contoh", "tempat: Contoh")),
    Entri("yaml-alias", "umum", "Alias YAML (*nama) atau teks diawali bintang",
          "Nilai yang diawali `*` dibaca sebagai alias, yaitu rujukan ke nilai lain.",
          "Tulis nilainya secara lengkap. Bila `*` memang bagian dari teks, apit teks dengan tanda kutip.",
          di_rencana("nama: *Contoh", 'nama: "*Contoh"', "nama: Contoh")),
    Entri("yaml-tag", "umum", "Tag YAML",
          "Nilai diawali tag seperti `!!str` atau `!!python/…`. Berkas data hanya berisi teks, angka, daftar "
          "dan pemetaan.",
          "Hapus tag itu. Bila `!` memang bagian dari teks, apit teks dengan tanda kutip.",
          di_rencana("judul: !!str RENCANA AKSI CONTOH", "judul: RENCANA AKSI CONTOH")),
    Entri("yaml-merge", "umum", "Penggabungan kunci YAML",
          "Kunci `<<` menggabungkan pemetaan lain ke dalam pemetaan ini; fitur ini tidak dipakai di berkas data.",
          "Tulis semua kunci secara lengkap.",
          di_rencana("pengesahan:\n  <<: {tempat: Contoh}\n", "pengesahan:\n  tempat: Contoh\n",
                     "pengesahan:\n  tempat: Contoh\n")),
    Entri("yaml-duplicate-key", "umum", "Kunci ditulis dua kali",
          "Kunci yang sama muncul dua kali dalam satu pemetaan. YAML hanya memakai satu nilai, sehingga yang "
          "lain hilang tanpa disadari.",
          "Hapus salah satunya. Bila sel memang berisi dua nilai, tulis sebagai daftar: `[nilai 1, nilai 2]`.",
          di_rencana("                target_waktu: Januari 2026\n                target_waktu: Per Triwulan\n",
                     "                target_waktu: [Januari 2026, Per Triwulan]\n",
                     "                target_waktu: Januari 2026\n")),
    Entri("yaml-key", "umum", "Kunci bukan teks sederhana",
          "Kunci ditulis sebagai daftar atau pemetaan, misalnya diawali `[` atau `{`.",
          "Tulis kunci sebagai kata biasa diikuti titik dua.",
          di_rencana("[judul]: RENCANA AKSI CONTOH", "judul: RENCANA AKSI CONTOH")),
    Entri("yaml-depth", "umum", "Struktur bersarang terlalu dalam",
          "Daftar atau pemetaan bersarang lebih dari 40 tingkat, biasanya karena kurung `[` yang tidak ditutup "
          "atau salah salin.",
          "Periksa pasangan kurung; berkas data tidak pernah sedalam itu.",
          di_kantor("tingkat: kabupaten\ncatatan: " + "[" * 41 + "x" + "]" * 41, "tingkat: kabupaten\ncatatan: x",
                    "tingkat: kabupaten")),
    Entri("yaml_ambiguous", "umum", "Nilai yang dibaca lain oleh YAML lama",
          "Nilai tanpa tanda kutip seperti `no`, `yes`, `on`, `off`, `1.1`, `2025-10` atau `010` dibaca "
          "alat YAML lain sebagai ya/tidak, bilangan atau tanggal, bukan teks.",
          "Apit nilai itu dengan tanda kutip ganda.",
          di_rencana('  - nomor: 1.1\n', '  - nomor: "1.1"\n', '  - nomor: "1."\n')),
    Entri("text_html", "umum", "HTML di dalam teks",
          "Teks memuat tag HTML seperti `<b>`, `<br>` atau `<script>`. Situs mengatur tampilannya sendiri, "
          "dan HTML dari data bisa merusak halaman.",
          "Hapus tag itu dan tulis teks biasa. Istilah asing yang dicetak miring ditandai garis bawah: "
          "`_stakeholder_`.",
          di_rencana("judul: <b>RENCANA AKSI CONTOH</b>", "judul: RENCANA AKSI CONTOH")),
    Entri("text_name_mark", "kantor", "Tanda kutip ganda atau kurung sudut di nama kantor",
          "`nama`, `nama_singkat` atau `provinsi` memuat tanda `\"`, `<` atau `>`. Nama kantor menjadi judul "
          "situs, judul halaman dan label tautan; tanda itu bisa merusak halaman atau menyisipkan kode ke "
          "dalamnya, jadi ditolak.",
          "Hapus tanda itu. Bila perlu mengutip, pakai tanda kutip tunggal (`'`) atau tanda kutip “ ”.",
          di_kantor('nama_singkat: KPU Kabupaten "Contoh"', "nama_singkat: KPU Kabupaten 'Contoh'",
                    ganti="nama_singkat: KPU Kabupaten Contoh")),
    Entri("text_type", "umum", "Teks ditulis sebagai true/false, daftar atau pemetaan",
          "Kolom teks berisi `true`/`false`, daftar, atau pemetaan.",
          "Bila memang teks, apit dengan tanda kutip: `\"true\"`. Bila daftar, tulis sebagai satu teks.",
          di_rencana("judul: true", 'judul: "true"', "judul: RENCANA AKSI CONTOH"),
          contoh_lain=(di_rencana("judul:\n  - RENCANA AKSI\n  - CONTOH", None, "judul: RENCANA AKSI CONTOH"),
                       di_rencana("judul: {RENCANA AKSI: CONTOH}", None, "judul: RENCANA AKSI CONTOH"))),
    Entri("text_too_long", "umum", "Teks terlalu panjang",
          "Satu teks lebih dari 5000 karakter, biasanya karena satu dokumen utuh tersalin ke satu sel.",
          "Pendekkan teksnya; naskah panjang ditautkan, bukan disalin.",
          di_rencana("judul: RENCANA AKSI … (lebih dari 5000 karakter)", "judul: RENCANA AKSI CONTOH",
                     tulis=lambda text: text.replace("… (lebih dari 5000 karakter)", "x" * 5001).encode("utf-8"))),
    Entri("extra_forbidden", "umum", "Kunci tidak dikenal",
          "Nama kunci salah ketik, atau kunci itu tidak ada di jenis berkas ini. Bila ada kunci yang mirip, "
          "pesan menyebutnya (\"maksud Anda …?\"); bila tidak, petunjuk mendaftar kunci yang sah.",
          "Perbaiki ejaan kunci sesuai saran, atau hapus kunci itu. Daftar kunci ada di "
          "[format data](../format-data.md).",
          di_kantor("tingkat: kabupaten\ntelpon: 0461 123456", "tingkat: kabupaten\ntelepon: 0461 123456",
                    "tingkat: kabupaten"),
          contoh_lain=(di_kantor("tingkat: kabupaten\nwarna_logo: merah", None, "tingkat: kabupaten"),)),
    Entri("missing", "umum", "Kunci wajib belum diisi",
          "Kunci yang wajib ada di tempat itu tidak ditulis. Pesan menunjuk pemetaan yang kekurangan kunci.",
          "Tambahkan kunci yang disebut pesan, dengan indentasi yang sama dengan kunci lain di pemetaan itu.",
          di_rencana("  - jabatan: Ketua,\n", "  - jabatan: Ketua,\n    nama: Contoh\n")),
    Entri("string_type", "umum", "Nilai wajib dibiarkan kosong",
          "Kunci wajib ditulis tanpa nilai, atau hanya berisi `\"\"` atau spasi.",
          "Isi nilainya. Bila sel di naskah asli memang kosong dan kunci itu boleh kosong, hapus saja kuncinya.",
          di_rencana("judul:", "judul: RENCANA AKSI CONTOH"), kode_lain=("text_blank",)),
    Entri("tuple_type", "umum", "Butir daftar tanpa tanda hubung",
          "Kunci ini berisi daftar, tetapi butirnya tidak diawali `- `.",
          "Awali setiap butir dengan `- ` (tanda hubung dan spasi) di baris baru.",
          di_rencana("penandatangan:\n  jabatan: Ketua,\n  nama: Contoh",
                     "penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh"),
          kode_lain=("list_type",)),
    Entri("model_type", "umum", "Pemetaan ditulis sebagai teks atau daftar",
          "Kunci ini berisi pasangan `kunci: nilai`, tetapi diisi teks atau daftar. Bila pesan menyebut "
          "\"isi berkas\", seluruh berkas ditulis sebagai daftar.",
          "Tulis pasangan kunci dan nilai di baris berikutnya, dengan indentasi lebih dalam.",
          di_rencana("pengesahan: Contoh, 21 Januari 2026\n",
                     "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21\n",
                     "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21\n"),
          kode_lain=("dict_type", "model_attributes_type")),
    Entri("too_short", "umum", "Daftar kosong",
          "Daftar berisi lebih sedikit butir daripada yang diwajibkan, misalnya dibiarkan kosong (`[]`). Pesan "
          "sejenis menyebut daftar yang melebihi batas butirnya.",
          "Tambahkan butirnya, atau hapus bagian yang kosong itu.",
          di_rencana("kolom: []\n", MINIMAL_PLAN[MINIMAL_PLAN.index("kolom:"):MINIMAL_PLAN.index("pengesahan:")]),
          kode_lain=("too_long",),
          pesan_lain=("'<nama>' berisi terlalu banyak butir (maksimal <jumlah>)",)),
    Entri("literal_error", "umum", "Nilai di luar pilihan",
          "Kunci ini hanya menerima nilai tertentu, yang semuanya disebut di pesan.",
          "Tulis salah satu nilai yang disebut, persis (huruf kecil, tanpa spasi tambahan).",
          di_kantor("tingkat: kab", "tingkat: kabupaten"),
          contoh_lain=(di_kantor("tingkat:", None, "tingkat: kabupaten"),)),
    Entri("int_type", "umum", "Angka dalam tanda kutip atau bukan bilangan bulat",
          "Kunci ini berisi bilangan bulat, tetapi ditulis dalam tanda kutip, dengan huruf, atau dengan koma.",
          "Tulis angkanya saja, tanpa tanda kutip: `2026`, bukan `\"2026\"`.",
          di_rencana('tahun: "2026"', "tahun: 2026"), kode_lain=("int_parsing", "int_from_float"),
          contoh_lain=tuple(di_rencana(f"tahun: {wrong}", "tahun: 2026") for wrong in ("2026 (dua ribu dua puluh enam)",
                                                                                     "dua ribu dua puluh enam"))),
    Entri("float_type", "umum", "Nilai yang harus berupa bilangan",
          "Kunci ini berisi bilangan (boleh desimal), tetapi diisi teks.",
          "Tulis angkanya saja, dengan titik sebagai pemisah desimal: `3.2`.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 1\n    rata_rata_hari_tindak_lanjut: tiga hari\n"),
                      _complaints("    diterima: 1\n    rata_rata_hari_tindak_lanjut: 3\n")),
          kode_lain=("float_parsing",),
          contoh_lain=(berkas_baru(STAT + "pengaduan/2026.yaml",
                                   _complaints("    diterima: 1\n    rata_rata_hari_tindak_lanjut: 3,5 hari\n"),
                                   _complaints("    diterima: 1\n    rata_rata_hari_tindak_lanjut: 3.5\n")),)),
    Entri("bool_type", "umum", "Nilai yang harus true atau false",
          "Kunci ini hanya menerima `true` (ya) atau `false` (tidak).",
          "Tulis `true` atau `false`, tanpa tanda kutip; bukan `ya`, `tidak`, `yes` atau `no`.",
          berkas_baru(STAT + "pengaduan/2026.yaml", "contoh: ya\ntahun: 2026\nperiode:\n" + _WHOLE_YEAR,
                      "contoh: true\ntahun: 2026\nperiode:\n" + _WHOLE_YEAR),
          kode_lain=("bool_parsing",),
          contoh_lain=(berkas_baru(STAT + "gratifikasi/2026.yaml",
                                   "contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    nihil: benar\n",
                                   "contoh: false\ntahun: 2026\nperiode:\n  - periode: Triwulan I\n    nihil: true\n"),)),
    Entri("greater_than_equal", "umum", "Angka terlalu kecil",
          "Angka lebih kecil dari batas bawah: tahun sebelum 2000, jumlah negatif, responden 0, atau nilai "
          "survei di bawah 1.",
          "Periksa angkanya. Tahun ditulis empat angka; bila tidak ada kejadian, tulis `0`.",
          di_rencana("tahun: 26", "tahun: 2026", "tahun: 2026"), kode_lain=("greater_than",)),
    Entri("less_than_equal", "umum", "Angka terlalu besar",
          "Angka lebih besar dari batas atas, misalnya tahun setelah 2100 atau nilai survei di atas 4.",
          "Periksa angkanya (sering salah ketik satu angka).",
          di_rencana("tahun: 20026", "tahun: 2026", "tahun: 2026"), kode_lain=("less_than",)),
    Entri("date_from_datetime_parsing", "umum", "Tanggal tidak sah",
          "Tanggal tidak ditulis dengan format TTTT-BB-HH (tahun-bulan-hari), atau tanggal itu tidak ada "
          "di kalender (misalnya 2026-02-30).",
          "Tulis tanggal sebagai angka tahun-bulan-hari: `2026-01-21`. Tanggal seperti tercetak "
          "(\"21 Januari 2026\") ditulis di kunci `teks` bila ada.",
          di_rencana("  tanggal: 21 Januari 2026", "  tanggal: 2026-01-21"),
          kode_lain=("date_type", "date_parsing", "date_from_datetime_inexact"),
          contoh_lain=tuple(di_rencana(f"  tanggal: {wrong}", None, "  tanggal: 2026-01-21")
                            for wrong in ("21/01/2026", "2026-13-01", "2026-02-30", "20260121"))),
    Entri("value_error", "umum", "Nilai tidak sah",
          "Pesan cadangan untuk nilai yang ditolak oleh pemeriksaan lain daripada yang tercantum di halaman ini. "
          "Isi pesannya sendiri menjelaskan masalahnya; bila hanya tertulis \"nilai tidak sah (…)\", itu tanda "
          "pesan yang belum diterjemahkan.",
          "Periksa nilai di baris dan kolom yang disebut. Bila pesannya tidak jelas, laporkan ke pengelola "
          "repositori beserta pesannya.",
          None, kode_lain=("assertion_error",), pesan="nilai tidak sah (<jenis>)"),

    # --- rencana aksi ------------------------------------------------------------------------
    Entri("plan-name", "rencana", "Nama berkas rencana aksi bukan tahun",
          "Nama berkas rencana aksi harus tahunnya, misalnya `2026.yaml`.",
          "Ganti nama berkas menjadi tahunnya (di GitHub/GitLab: buka berkas → Edit → ubah nama di kotak nama "
          "berkas).",
          di_rencana(None, None, berkas="plans/contoh/rencana-aksi.yaml", berkas_benar=PLAN_FILE,
                     hapus=(PLAN_FILE,))),
    Entri("duplicate-year", "rencana", "Dua berkas untuk tahun yang sama",
          "Di satu folder ada dua berkas untuk tahun yang sama, misalnya `2026.yaml` dan `2026.yml` (berlaku "
          "juga untuk realisasi dan statistik). Hanya satu yang dapat diterbitkan, jadi keduanya tidak dipakai "
          "diam-diam: pemeriksaan berhenti.",
          "Satukan isinya di berkas `.yaml`, lalu hapus berkas `.yml`. Nama berkas memakai angka biasa 0–9.",
          berkas_baru("plans/contoh/2026.yml", MINIMAL_PLAN, None)),
    Entri("plan-office", "rencana", "Kantor tidak sama dengan foldernya",
          "`kantor` di dalam berkas tidak sama dengan nama folder `plans/<kantor>/` tempat berkas itu berada, "
          "biasanya karena berkas disalin dari kantor lain.",
          "Tulis slug kantor yang sama dengan nama foldernya, atau pindahkan berkas ke folder yang benar.",
          di_rencana("kantor: sigi", "kantor: contoh")),
    Entri("plan-year", "rencana", "Tahun tidak sama dengan nama berkas",
          "`tahun` di dalam berkas berbeda dengan nama berkasnya (`2026.yaml`).",
          "Samakan keduanya: ubah `tahun`, atau ganti nama berkas.",
          di_rencana("tahun: 2025", "tahun: 2026")),
    Entri("plan-unknown-office", "rencana", "Folder rencana aksi untuk kantor yang tidak ada",
          "Folder `plans/<kantor>/` tidak punya pasangan `content/offices/<kantor>/office.yaml`, biasanya "
          "karena salah ketik nama folder.",
          "Ganti nama folder sesuai kantor yang ada (pesan menyarankannya), atau buat dulu office.yaml "
          "kantor itu (lihat [Menambah kantor baru](kantor-baru.md)).",
          di_rencana("kantor: contohh", None, "kantor: contoh", berkas="plans/contohh/2026.yaml",
                     berkas_benar=PLAN_FILE, hapus=(PLAN_FILE,))),
    Entri("plan-empty", "rencana", "Rencana aksi belum berisi baris",
          "`bagian` masih kosong, misalnya pada berkas yang baru dibuat `zisite init`. Ini hanya peringatan: "
          "situs menampilkan \"Rencana aksi belum diisi\".",
          "Salin isi naskah rencana aksi ke `bagian` (bagian → kelompok → aksi → baris), seperti di "
          "[format data](../format-data.md).",
          di_rencana("bagian: []\n", None, MINIMAL_PLAN[MINIMAL_PLAN.index("bagian:"):])),
    Entri("plan-unsigned", "rencana", "Rencana aksi belum ditandatangani",
          "`penandatangan` masih kosong. Ini hanya peringatan: situs menyebut rencana aksi \"belum ditetapkan\".",
          "Setelah rencana aksi ditandatangani, isi `penandatangan` dan `pengesahan` seperti tercetak.",
          di_rencana("penandatangan: []\n", "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21\n"
                     "penandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n")),
    Entri("plan-unsigned", "rencana", "Pengesahan tanpa penanda tangan",
          "`pengesahan` memuat tempat atau tanggal, tetapi `penandatangan` kosong. Ini hanya peringatan: situs "
          "menampilkan tempat dan tanggal itu sebagai penetapan. Berkas lama dari `zisite init` memuat tanggal "
          "contoh di `pengesahan`; tanggal itu jangan sampai terbit sebagai tanggal penetapan.",
          "Bila rencana aksi sudah ditandatangani, isi `penandatangan` seperti tercetak. Bila belum ditetapkan, "
          "hapus `pengesahan`.",
          di_rencana("  tanggal: 2026-01-21\npenandatangan: []\n",
                     "  tanggal: 2026-01-21\npenandatangan:\n  - jabatan: Ketua,\n    nama: Contoh\n")),
    Entri("plan-column-hidden", "rencana", "Isi yang tidak tampil di tabel",
          "Rencana aksi memuat isi yang tidak punya kolom di `kolom`: judul kelompok atau isi aksi tanpa kolom "
          "`kelompok`/`aksi`, bukti fisik atau target tanpa kolomnya, nilai `kolom_lain` yang kuncinya tidak "
          "dinyatakan, atau nilai `kolom_lain` di bawah kelompok atau aksi yang sudah mengisi kolom yang sama. "
          "Ini hanya peringatan: halaman tidak menampilkan isi itu, unduhan data terbuka tetap memuatnya.",
          "Tambahkan kolomnya ke `kolom` dengan judul seperti tercetak, atau tulis nilainya di satu tingkat saja.",
          di_rencana("      - judul: Tim Kerja\n        kolom_lain: {pemeriksa: Inspektorat}\n",
                     "      - judul: Tim Kerja\n")),
    Entri("plan-column-unused", "rencana", "Kolom tambahan tanpa isi",
          "`kolom` menyatakan kolom tambahan, tetapi tidak ada baris, aksi atau kelompok yang mengisinya di "
          "`kolom_lain`; sering karena salah ketik kunci kolom bawaan (pesan menyarankannya). Ini hanya peringatan: "
          "kolom itu tampil kosong.",
          "Isi nilainya di `kolom_lain`, perbaiki kuncinya, atau hapus kolom itu.",
          di_rencana("{kunci: target_capaian, judul: TARGET CAPAIAN},\n        {kunci: penanggung_jawab, judul: PENANGGUNG JAWAB}]\n",
                     "{kunci: target_capaian, judul: TARGET CAPAIAN}]\n")),
    Entri("column_key", "rencana", "Kunci kolom tidak sah",
          "Kunci kolom di `kolom` bukan kolom bawaan dan tidak ditulis seperti kunci kolom tambahan (huruf kecil, "
          "angka dan garis bawah, diawali huruf), atau memakai nama yang sudah dipakai situs (`kantor`, `tahun`, "
          "`uraian`, `pemantauan`, …).",
          "Tulis kunci pendek seperti `penanggung_jawab`; judul kolom seperti tercetak ditulis di `judul`.",
          di_rencana("{kunci: target_capaian, judul: TARGET CAPAIAN},\n        {kunci: Penanggung Jawab, judul: PJ}]\n",
                     None, "{kunci: target_capaian, judul: TARGET CAPAIAN}]\n"),
          kode_lain=("column_key_reserved",),
          contoh_lain=(di_rencana("{kunci: target_capaian, judul: TARGET CAPAIAN},\n        {kunci: tahun, judul: TAHUN}]\n",
                                  None, "{kunci: target_capaian, judul: TARGET CAPAIAN}]\n"),)),
    Entri("extra_key_fixed", "rencana", "Kolom bawaan ditulis di kolom_lain",
          "`kolom_lain` hanya untuk kolom tambahan; kolom bawaan seperti `target_waktu` ditulis langsung di "
          "barisnya.",
          "Pindahkan nilainya ke kunci itu di baris.",
          di_rencana("                kolom_lain: {target_waktu: Januari 2026}\n", "                target_waktu: Januari 2026\n")),
    Entri("signing_empty", "rencana", "Pengesahan kosong",
          "`pengesahan` ditulis tanpa `tempat`, `tanggal` maupun `teks`.",
          "Isi yang tercetak, atau hapus `pengesahan` bila naskah tidak mencantumkan tempat dan tanggal.",
          di_rencana("pengesahan: {}\n", "pengesahan:\n  tempat: Contoh\n  tanggal: 2026-01-21\n")),
    Entri("slug", "rencana", "Slug kantor tidak sah",
          "Slug (nama pendek kantor) hanya boleh huruf kecil, angka dan tanda hubung.",
          "Tulis slug dengan huruf kecil dan tanda hubung, sama dengan nama folder kantor: `banggai-kepulauan`.",
          di_rencana("kantor: Contoh", "kantor: contoh")),
    Entri("column_missing", "rencana", "Kolom baris tidak ada",
          "`kolom` tidak memuat kolom dengan `kunci: baris`, padahal setiap baris tabel ditampilkan di sana.",
          "Tambahkan kolom `baris` dengan judul kolom seperti tercetak.",
          di_rencana("", "        {kunci: baris, judul: INDIKATOR},\n")),
    Entri("column_twice", "rencana", "Kolom disebut dua kali",
          "Kunci kolom yang sama ditulis dua kali di `kolom`.",
          "Hapus salah satunya, atau ganti kuncinya dengan kolom yang dimaksud.",
          di_rencana("        {kunci: baris, judul: INDIKATOR}, {kunci: baris, judul: LANGKAH AKSI},\n",
                     "        {kunci: baris, judul: INDIKATOR},\n")),
    Entri("schedule-empty", "rencana", "Target waktu kosong",
          "Baris tidak punya `target_waktu`. Ini hanya peringatan: bila naskah aslinya memang kosong, biarkan. "
          "Tanpa target waktu, baris itu tidak dapat dipantau di Monev.",
          "Isi target waktu seperti tercetak di naskah, bila ada.",
          di_rencana("                target_waktu:\n", "                target_waktu: Januari 2026\n")),
    Entri("schedule-unreadable", "rencana", "Target waktu tidak dikenali",
          "Teks target waktu tidak dapat dibaca sebagai bulan, rentang bulan, jadwal berulang atau tahapan. "
          "Teksnya tetap diterbitkan apa adanya; ini hanya peringatan, tetapi baris itu tidak dapat dipantau.",
          "Bila teks di naskah memang begitu, biarkan. Bila salah ketik, perbaiki; bentuk yang dikenali ada di "
          "[format data](../format-data.md#target-waktu-yang-dikenali).",
          di_rencana("target_waktu: Janurai 2026", "target_waktu: Januari 2026")),
    Entri("target-empty", "rencana", "Target capaian kosong",
          "Baris tidak punya `target_capaian`. Ini hanya peringatan.",
          "Isi target capaian seperti tercetak, misalnya `1 (satu) Laporan`, bila ada di naskah.",
          di_rencana("                target_capaian:\n", "                target_capaian: 1 (satu) Laporan\n")),
    Entri("target-unreadable", "rencana", "Target capaian tidak cocok",
          "Angka dan kata bilangan dalam kurung tidak sama, atau kata bilangannya tidak dikenali. Ini hanya "
          "peringatan.",
          "Samakan angka dan kata bilangannya: `2 (dua) Laporan`. Bila naskah asli memang begitu, biarkan.",
          di_rencana("target_capaian: 2 (tiga) Laporan", "target_capaian: 1 (satu) Laporan")),
    Entri("target-ambiguous", "rencana", "Target capaian dapat dibaca dua cara",
          "Target capaian memuat angka yang tidak jelas apakah jumlah yang ditargetkan: satu butir bernomor "
          "(`1. SOP`), rentang (`2-4 Laporan`), beberapa jumlah dalam satu sel (`1 Dokumen SOP dan 1 Dokumen "
          "Inovasi`), bilangan desimal, tahun di awal, atau jumlah yang tidak di awal (`Laporan 4 (empat)`). Ini "
          "hanya peringatan: situs memantaunya sebagai target tanpa jumlah (tercapai atau belum) dan tidak "
          "menampilkan angka yang mungkin bukan target.",
          "Bila naskah menargetkan jumlah, tulis jumlahnya di depan: `2 (dua) Laporan`; beberapa target ditulis "
          "sebagai daftar atau `1. SOP 2. Dokumen Inovasi`. Bila naskah memang begitu, biarkan.",
          di_rencana("target_capaian: 1 Dokumen SOP dan 1 Dokumen Inovasi", "target_capaian: 1 (satu) Laporan")),
    Entri("personal-data", "rencana", "Data pribadi di rencana aksi",
          "Sel, judul, naskah keputusan, teks pengesahan atau komentar (`# …`) rencana aksi memuat sesuatu yang "
          "tampak seperti NIK (16 angka), nomor telepon seluler pribadi, atau alamat surel pribadi. Rencana aksi "
          "diterbitkan sebagai halaman dan sebagai unduhan YAML apa adanya, komentar ikut terbit. Pemeriksa juga "
          "mengenali nomor yang dipisah spasi (termasuk spasi tak terputus ⟨U+00A0⟩), `/`, `–`, `·` atau `.`, "
          "angka Arab-Indic atau lebar penuh, huruf O/l di antara angka, dan surel yang ditulis `[at]`/`[dot]`. "
          "Tidak dianggap data pribadi: nomor telepon kantor (telepon rumah/kantor berkode area), nomor dan "
          "surel resmi kantor di `office.yaml`, surel `.go.id`, tanggal, jam, nominal rupiah, nomor keputusan, "
          "NIP dan kode baris. Pesan tidak menampilkan nomornya utuh.",
          "Hapus nomor atau alamat itu (UU 27/2022 tentang Pelindungan Data Pribadi). Untuk narahubung, tulis "
          "jabatan atau unit, dan tulis nomor resmi kantor di `office.yaml`.",
          di_rencana("                target_capaian: 1 (satu) Laporan\n                bukti_fisik: "
                     "SK tim, narahubung 0812⟨U+00A0⟩3456⟨U+00A0⟩7890",
                     "                target_capaian: 1 (satu) Laporan\n                bukti_fisik: SK tim",
                     "                target_capaian: 1 (satu) Laporan")),

    # --- office.yaml ---------------------------------------------------------------------------
    Entri("no-office", "kantor", "Belum ada kantor",
          "Folder `content/offices/` tidak ada atau kosong, sehingga tidak ada situs yang bisa dibangun.",
          "Buat kantor pertama (lihat [Menambah kantor baru](kantor-baru.md)).",
          Contoh(OFFICE_FILE, None, None, hapus=(OFFICE_FILE, PLAN_FILE), lokasi="content/offices")),
    Entri("no-office-file", "kantor", "Folder kantor tanpa office.yaml",
          "Folder kantor ada, tetapi berkas identitasnya tidak bernama persis `office.yaml` (misalnya "
          "`office.yml` atau `Office.yaml`).",
          "Ganti nama berkas menjadi `office.yaml`, huruf kecil semua.",
          Contoh("content/offices/contoh/office.yml", None, None, dasar=MINIMAL_OFFICE, berkas_benar=OFFICE_FILE,
                 hapus=(OFFICE_FILE,), lokasi=OFFICE_FILE)),
    Entri("slug", "kantor", "Nama folder kantor tidak sah",
          "Nama folder kantor memuat huruf besar, spasi atau tanda baca.",
          "Ganti nama folder dengan huruf kecil, angka dan tanda hubung saja, misalnya `banggai-kepulauan`.",
          Contoh("content/offices/Contoh Dua/office.yaml", None, None, dasar=MINIMAL_OFFICE,
                 berkas_benar="content/offices/contoh-dua/office.yaml")),
    Entri("url", "kantor", "Alamat web tidak lengkap",
          "Alamat web tidak diawali `http://` atau `https://` (alamat seperti `javascript:` juga ditolak).",
          "Tulis alamat lengkap seperti di bilah alamat peramban: `https://kab-contoh.kpu.go.id/`.",
          di_kantor("tingkat: kabupaten\nsitus_web: kab-contoh.kpu.go.id", "tingkat: kabupaten\nsitus_web: https://kab-contoh.kpu.go.id/",
                    "tingkat: kabupaten")),
    Entri("email", "kantor", "Alamat surel tidak sah",
          "Alamat surel tidak berbentuk `nama@domain`, misalnya tertulis dua alamat sekaligus atau ada spasi.",
          "Tulis satu alamat surel saja.",
          di_kantor("tingkat: kabupaten\nemail: kpu contoh@kpu.go.id", "tingkat: kabupaten\nemail: kpucontoh@kpu.go.id",
                    "tingkat: kabupaten")),
    Entri("phone", "kantor", "Nomor telepon tidak sah",
          "Nomor telepon memuat huruf atau keterangan, atau terlalu pendek.",
          "Tulis nomornya saja, boleh dengan spasi, tanda hubung atau kurung: `0461 123456`, `+62 812 3456 7890`. "
          "Keterangan (jam layanan) ditulis di halaman kantor.",
          di_kantor("tingkat: kabupaten\ntelepon: 0461 123456 (jam kerja)", "tingkat: kabupaten\ntelepon: 0461 123456",
                    "tingkat: kabupaten")),
    Entri("personal-data", "kantor", "Data pribadi di teks office.yaml",
          "Teks bebas di `office.yaml` (maklumat pelayanan, layanan, inovasi, dokumen, nama akun, tautan) memuat "
          "sesuatu yang tampak seperti NIK, nomor telepon seluler pribadi, atau alamat surel pribadi, termasuk "
          "yang ditulis `budi [at] gmail [dot] com`. Kolom kontak kantor sendiri (`email`, `email_pengaduan`, "
          "`telepon`, `hotline`, `whatsapp`, `alamat`, isian `upg`) dan `catatan` tidak diperiksa: isinya "
          "memang diterbitkan (atau tidak diterbitkan sama sekali). Nomor dan surel kontak itu, surel di domain "
          "situs kantor dan surel `.go.id` boleh dikutip di teks lain.",
          "Hapus nomor atau alamat pribadi itu (UU 27/2022 tentang Pelindungan Data Pribadi). Bila itu kontak "
          "resmi kantor, tulis di kolom kontaknya (`email`, `whatsapp`, …) lalu kutip dari sana.",
          di_kantor("tingkat: kabupaten\nmaklumat_pelayanan: Pengaduan dapat dikirim ke budi [at] gmail [dot] com",
                    "tingkat: kabupaten\nemail: kpu.contoh@gmail.com\nmaklumat_pelayanan: Pengaduan dapat dikirim "
                    "ke kpu.contoh@gmail.com", "tingkat: kabupaten")),

    # --- statistik -----------------------------------------------------------------------------
    Entri("stat-folder", "statistik", "Berkas statistik di luar folder jenisnya",
          "Berkas statistik harus berada di salah satu folder `pengaduan/`, `gratifikasi/`, `wbs/` atau "
          "`survei/` di dalam `statistik/`.",
          "Pindahkan berkas ke folder jenisnya dan beri nama tahunnya, misalnya "
          "`statistik/pengaduan/2026.yaml`.",
          berkas_baru(STAT + "pengaduan-2026.yaml", None, None, dasar=_stat("pengaduan", "periode:\n" + _WHOLE_YEAR),
                      berkas_benar=STAT + "pengaduan/2026.yaml")),
    Entri("stat-folder", "statistik", "Folder statistik tidak dikenal",
          "Nama folder di dalam `statistik/` salah ketik atau bukan salah satu dari `pengaduan`, "
          "`gratifikasi`, `wbs`, `survei`.",
          "Ganti nama folder sesuai saran di pesan.",
          berkas_baru(STAT + "pengadun/2026.yaml", None, None, dasar=_stat("pengaduan", "periode:\n" + _WHOLE_YEAR),
                      berkas_benar=STAT + "pengaduan/2026.yaml")),
    Entri("stat-name", "statistik", "Nama berkas statistik bukan tahun",
          "Nama berkas statistik harus tahunnya, misalnya `2026.yaml`.",
          "Ganti nama berkas menjadi tahun datanya.",
          berkas_baru(STAT + "pengaduan/tahun-ini.yaml", None, None,
                      dasar=_stat("pengaduan", "periode:\n" + _WHOLE_YEAR), berkas_benar=STAT + "pengaduan/2026.yaml")),
    Entri("stat-year", "statistik", "Tahun tidak sama dengan nama berkas statistik",
          "`tahun` di dalam berkas berbeda dengan nama berkasnya, biasanya karena berkas tahun lalu disalin.",
          "Samakan `tahun` dengan nama berkas, atau ganti nama berkasnya.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _stat("pengaduan", "periode:\n" + _WHOLE_YEAR, 2025),
                      _stat("pengaduan", "periode:\n" + _WHOLE_YEAR))),
    Entri("period_unknown", "statistik", "Periode tidak dikenali",
          "Nama periode tidak dikenal, misalnya `Kuartal 1`, `Triwulan V` atau `Semester III`.",
          "Tulis nama bulan (`Januari` … `Desember`), `Triwulan I` … `Triwulan IV`, `Semester I`, "
          "`Semester II`, `Tahunan` atau `Tahun 2026`.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode: Kuartal 1\n    diterima: 0\n"),
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 0\n"))),
    Entri("period_type", "statistik", "Periode ditulis sebagai angka",
          "`periode` berisi angka saja (misalnya `2026` atau `1`), bukan nama periode; atau berisi daftar, "
          "padahal satu butir `periode` hanya satu periode.",
          "Tulis nama periodenya: `Tahun 2026`, `Triwulan I` atau `Januari`.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode: 2026\n    diterima: 0\n"),
                      _stat("pengaduan", "periode:\n  - periode: Tahun 2026\n    diterima: 0\n")),
          contoh_lain=(berkas_baru(STAT + "pengaduan/2026.yaml",
                                   _stat("pengaduan", "periode:\n  - periode: [Triwulan I, Triwulan II]\n    diterima: 0\n"),
                                   None),)),
    Entri("period_empty", "statistik", "Periode kosong",
          "`periode` ditulis tanpa nilai.",
          "Tulis nama periodenya, misalnya `Triwulan I`.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode:\n    diterima: 0\n"),
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 0\n"))),
    Entri("period-year", "statistik", "Periode dari tahun lain",
          "Periode menyebut tahun yang berbeda dengan tahun berkas.",
          "Pindahkan data itu ke berkas tahunnya (misalnya `2025.yaml` di folder yang sama), atau perbaiki "
          "tahunnya.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I 2025\n    diterima: 0\n"),
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I 2026\n    diterima: 0\n"))),
    Entri("period-twice", "statistik", "Periode ditulis dua kali",
          "Periode yang sama muncul dua kali dalam satu daftar (juga bila ditulis berbeda, misalnya "
          "`Triwulan 1` dan `Triwulan I`).",
          "Gabungkan angkanya menjadi satu butir, atau perbaiki nama periodenya.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 2\n"
                                         "  - periode: Triwulan 1\n    diterima: 1\n"),
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 2\n"
                                         "  - periode: Triwulan II\n    diterima: 1\n"))),
    Entri("period-overlap", "statistik", "Periode tumpang tindih",
          "Dalam satu daftar ada periode yang menutupi periode lain (misalnya `Maret` dan `Triwulan I`), "
          "sehingga angkanya terhitung dua kali.",
          "Pakai satu jenis periode dalam satu daftar: semua bulan, semua triwulan, semua semester, atau setahun.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 2\n"
                                         "  - periode: Maret\n    diterima: 1\n"),
                      _stat("pengaduan", "periode:\n  - periode: Triwulan I\n    diterima: 3\n"))),
    Entri("yaml_number_vague", "statistik", "Angka rincian ditulis dengan kata (puluhan, ratusan)",
          "Angka yang dijumlahkan atau dihitung situs (saluran, kategori pengaduan, keputusan KPK, responden, "
          "jawaban survei) ditulis sebagai kata tanpa angka (`puluhan`, `belasan`, `ratusan`). Jumlah utama "
          "(`diterima`, `penerimaan`, `penolakan`, `objek`, status WBS dan pengaduan) dan kategori kantor (`hasil`, "
          "`pelapor`, `jenis_objek`) boleh ditulis dengan kata seperti itu: situs menampilkannya apa adanya dan "
          "tidak menggambarnya sebagai angka.",
          "Tulis angkanya, atau perkiraan yang tertulis di rekap (`sekitar 40`). Kata aslinya boleh ditulis di "
          "`catatan`.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _complaints("    diterima: puluhan\n    saluran:\n      lapor: belasan\n"),
                      _complaints("    diterima: puluhan\n    catatan: Sebagian besar lewat SP4N-LAPOR!\n"))),
    Entri("yaml_number_ambiguous", "statistik", "Koma yang bisa berarti ribuan atau pecahan",
          "Angka ditulis dengan koma diikuti tepat tiga angka (`1,500`): bisa ribuan cara penulisan Inggris (1.500) "
          "atau pecahan cara Indonesia (1,5). Angka ribuan dengan titik (`1.254.300`), rupiah (`Rp1,5 miliar`, "
          "`Rp 250 juta`) dan desimal lain (`2,5`) dibaca tanpa masalah.",
          "Tulis `1.500` (titik ribuan) atau `1500` bila maksudnya seribu lima ratus, atau `1,5` bila pecahan.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 1\n    penolakan: 0\n"
                                           "    nilai_rupiah: 1,500\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 1\n    penolakan: 0\n"
                                           "    nilai_rupiah: 1.500\n"))),
    Entri("yaml_number_unknown", "statistik", "Angka tidak terbaca",
          "Nilai yang seharusnya angka memuat kata lain (`12 laporan`) atau bentuk yang tidak dikenal. Yang dibaca: "
          "angka biasa, titik ribuan (`1.254.300`), koma desimal (`2,5`), `Rp` dengan `ribu`, `juta`, `miliar` atau "
          "`triliun`, dan perkiraan (`sekitar 40`, `± 40`, `kurang lebih 40`).",
          "Tulis angkanya saja; satuan sudah jelas dari nama kuncinya.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _complaints("    diterima: 12 laporan\n"),
                      _complaints("    diterima: 12\n")),
          contoh_lain=tuple(berkas_baru(STAT + "pengaduan/2026.yaml", _complaints(f"    diterima: {wrong}\n"),
                                        _complaints("    diterima: 12\n"))
                            for wrong in ("12 (dua belas)", "dua belas"))),
    Entri("yaml_decimal_count", "statistik", "Jumlah ditulis desimal",
          "Jumlah (pengaduan, laporan, responden) harus bilangan bulat.",
          "Tulis bilangan bulat tanpa koma atau titik.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _complaints("    diterima: 2.5\n"),
                      _complaints("    diterima: 2\n"))),
    Entri("sum-kategori", "statistik", "Jumlah per kategori tidak sama dengan diterima",
          "Jumlah semua angka di `kategori` berbeda dengan `diterima`. Setiap pengaduan masuk tepat satu kategori.",
          "Periksa angkanya sampai jumlahnya sama.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 3\n    kategori:\n      Data pemilih: 1\n      Layanan informasi: 1\n"),
                      _complaints("    diterima: 3\n    kategori:\n      Data pemilih: 2\n      Layanan informasi: 1\n"))),
    Entri("sum-pelapor", "statistik", "Jumlah per jenis pelapor tidak sama dengan laporan",
          "Jumlah angka di `pelapor` (misalnya UPG dan Individu) berbeda dengan `penerimaan` + `penolakan`. "
          "Setiap laporan dibuat oleh satu jenis pelapor.",
          "Periksa angkanya sampai jumlahnya sama. Perkiraan (`sekitar …`) tidak dijumlahkan.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 2\n    penolakan: 1\n"
                                           "    pelapor:\n      UPG: 1\n      Individu: 1\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 2\n    penolakan: 1\n"
                                           "    pelapor:\n      UPG: 2\n      Individu: 1\n"))),
    Entri("sum-objek", "statistik", "Jumlah per jenis objek tidak sama dengan objek",
          "Jumlah angka di `jenis_objek` berbeda dengan `objek` (banyaknya objek gratifikasi; satu laporan boleh "
          "memuat beberapa objek).",
          "Periksa angkanya, atau hapus `objek` bila hanya rinciannya yang diketahui.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 1\n    penolakan: 0\n"
                                           "    objek: 3\n    jenis_objek:\n      Uang: 1\n      Barang: 1\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 1\n    penolakan: 0\n"
                                           "    objek: 3\n    jenis_objek:\n      Uang: 1\n      Barang: 2\n"))),
    Entri("stat-daftar", "statistik", "Rincian yang tidak dikenal di daftar",
          "`daftar` menyebut rincian yang tidak ada di berkas jenis ini. Berkas pengaduan mengenal `kategori` dan "
          "`hasil`; berkas gratifikasi mengenal `pelapor` dan `jenis_objek`.",
          "Perbaiki nama rinciannya atau hapus daftarnya.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "daftar:\n  pelapr: [UPG, Individu]\nperiode:\n  - periode: Triwulan I\n"
                                           "    nihil: true\n"),
                      _stat("gratifikasi", "daftar:\n  pelapor: [UPG, Individu]\nperiode:\n  - periode: Triwulan I\n"
                                           "    nihil: true\n"))),
    Entri("stat-category-undeclared", "statistik", "Kategori tidak ada di daftar kantor",
          "Sebuah periode memakai nama kategori yang tidak ada di `daftar` berkas ini, biasanya salah ketik "
          "(`Individ` untuk `Individu`). Daftar menjaga nama yang sama dipakai di setiap periode dan tahun, agar "
          "tabel per kategori tidak terpecah.",
          "Pakai nama persis seperti di daftar, atau tambahkan nama baru ke daftar.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "daftar:\n  pelapor: [UPG, Individu]\nperiode:\n  - periode: Triwulan I\n"
                                           "    penerimaan: 1\n    penolakan: 0\n    pelapor:\n      Individ: 1\n"),
                      _stat("gratifikasi", "daftar:\n  pelapor: [UPG, Individu]\nperiode:\n  - periode: Triwulan I\n"
                                           "    penerimaan: 1\n    penolakan: 0\n    pelapor:\n      Individu: 1\n"))),
    Entri("sum-saluran", "statistik", "Jumlah per saluran tidak sama dengan diterima",
          "Jumlah semua angka di `saluran` berbeda dengan `diterima`. Setiap pengaduan masuk lewat tepat satu "
          "saluran.",
          "Periksa angkanya. Saluran yang tidak ada di daftar ditulis di `lainnya`.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 3\n    saluran:\n      langsung: 1\n      lapor: 1\n"),
                      _complaints("    diterima: 3\n    saluran:\n      langsung: 1\n      lapor: 1\n      lainnya: 1\n"))),
    Entri("sum-status", "statistik", "Keadaan pengaduan lebih banyak dari yang diterima",
          "`diproses` + `selesai` + `tidak_memenuhi_syarat` + `diteruskan` lebih dari `diterima`. Keadaan "
          "dihitung hanya untuk pengaduan yang diterima pada periode itu.",
          "Periksa angkanya; setiap pengaduan dihitung di satu keadaan saja.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _complaints("    diterima: 3\n    diproses: 1\n    selesai: 3\n"),
                      _complaints("    diterima: 3\n    diproses: 1\n    selesai: 2\n"))),
    Entri("missing", "statistik", "Angka gratifikasi belum diisi",
          "Periode gratifikasi yang tidak ditulis nihil wajib memuat `penerimaan` dan `penolakan`.",
          "Tulis `penerimaan: 0` dan `penolakan: 0` bila tidak ada, atau `nihil: true` bila tidak ada laporan "
          "sama sekali.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penolakan: 1\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 0\n    penolakan: 1\n"))),
    Entri("nihil-with-counts", "statistik", "Periode nihil memuat angka",
          "Periode ditulis `nihil: true` (tidak ada laporan gratifikasi) tetapi juga memuat angka selain 0.",
          "Hapus `nihil: true` bila memang ada laporan, atau hapus angkanya.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    nihil: true\n    penerimaan: 1\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    nihil: true\n"))),
    Entri("sum-kpk", "statistik", "Keputusan KPK tidak sama dengan penerimaan",
          "Jumlah `milik_negara` + `milik_penerima` + `dalam_proses` berbeda dengan `penerimaan`.",
          "Catat setiap laporan penerimaan sekali; yang belum ditetapkan KPK ditulis di `dalam_proses`.",
          berkas_baru(STAT + "gratifikasi/2026.yaml",
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 2\n    penolakan: 0\n"
                                           "    keputusan_kpk:\n      milik_negara: 1\n"),
                      _stat("gratifikasi", "periode:\n  - periode: Triwulan I\n    penerimaan: 2\n    penolakan: 0\n"
                                           "    keputusan_kpk:\n      milik_negara: 1\n      dalam_proses: 1\n"))),
    Entri("sum-wbs", "statistik", "Tindak lanjut WBS lebih banyak dari yang diterima",
          "`ditindaklanjuti` + `tidak_ditindaklanjuti`, atau `diteruskan`, lebih dari `diterima`.",
          "Periksa angkanya; hanya laporan yang diterima pada periode itu yang dihitung.",
          berkas_baru(STAT + "wbs/2026.yaml",
                      _stat("wbs", "periode:\n  - periode: Semester I\n    diterima: 1\n    ditindaklanjuti: 1\n"
                                   "    tidak_ditindaklanjuti: 1\n"),
                      _stat("wbs", "periode:\n  - periode: Semester I\n    diterima: 2\n    ditindaklanjuti: 1\n"
                                   "    tidak_ditindaklanjuti: 1\n"))),
    Entri("survey-empty", "statistik", "Berkas survei tanpa hasil",
          "Berkas survei tidak memuat `skm` maupun `spak`, atau daftar nilai unsurnya kosong.",
          "Tulis hasil SKM di `skm` dan/atau hasil SPAK di `spak`; bila belum ada hasil, jangan buat berkasnya.",
          berkas_baru(STAT + "survei/2026.yaml", _stat("survei", ""),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    nilai:\n"
                                      "      Tidak ada pungutan liar: 3.6\n"))),
    Entri("survey-subset", "statistik", "Sebagian unsur SKM tanpa IKM terbit",
          "`nrr` atau `jawaban` hanya memuat sebagian dari sembilan unsur SKM, dan IKM yang diterbitkan kantor "
          "tidak dicatat. Tanpa IKM terbit situs tidak dapat menunjukkan bahwa hasil kantor memang dihitung dari "
          "unsur yang ada.",
          "Lengkapi kesembilan unsur; atau, bila kantor hanya menerbitkan sebagian, tulis IKM terbitannya di "
          "`ikm_terbit`. Situs lalu menghitung IKM dari N unsur yang ada (masing-masing berbobot 1/N) dan "
          "menuliskan \"dihitung dari N unsur yang diterbitkan\".",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "skm:\n  - periode: Semester I\n    responden: 10\n"
                                      "    nrr: {u1: 3.2, u2: 3.5, u3: 3}\n"),
                      _stat("survei", "skm:\n  - periode: Semester I\n    responden: 10\n"
                                      "    nrr: {u1: 3.2, u2: 3.5, u3: 3}\n    ikm_terbit: 80,83\n"))),
    Entri("survey-published-differs", "statistik", "IKM terbit berbeda dari hasil hitungan",
          "`ikm_terbit` (IKM yang diterbitkan kantor) berbeda dari IKM yang dihitung situs dari nilai unsurnya, "
          "dan `alasan_selisih` kosong. Ini hanya peringatan: situs menampilkan keduanya.",
          "Tulis alasannya di `alasan_selisih` (misalnya \"NRR dibulatkan satu desimal sebelum dihitung\"), "
          "atau perbaiki angkanya.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "skm:\n  - periode: Semester I\n    responden: 10\n"
                                      "    nrr: {u1: 3.2, u2: 3.5, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3}\n    ikm_terbit: 80\n"),
                      _stat("survei", "skm:\n  - periode: Semester I\n    responden: 10\n"
                                      "    nrr: {u1: 3.2, u2: 3.5, u3: 3, u4: 3, u5: 3, u6: 3, u7: 3, u8: 3, u9: 3}\n    ikm_terbit: 80\n"
                                      "    alasan_selisih: Kantor memakai bobot 0,11 per unsur.\n"))),
    Entri("survey-period-mixed", "statistik", "Jenis periode survei bercampur",
          "Satu daftar survei (`skm` atau `spak`) memuat periode yang berbeda jenisnya, misalnya Triwulan dan "
          "Semester. Situs membandingkan setiap hasil dengan periode sebelumnya; hasil Triwulan II tidak dapat "
          "dibandingkan dengan Semester II.",
          "Pakai satu jenis periode dalam satu daftar: semua triwulan, semua semester, atau semua setahun. Bila "
          "survei memang berganti jadwal, tulis periode yang lama dengan jenis yang sama dengan yang baru, atau "
          "catat yang berbeda di `catatan`.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "spak:\n  - periode: Triwulan I\n    responden: 10\n    nilai:\n"
                                      "      Tidak ada pungutan liar: 3.6\n  - periode: Semester II\n    responden: 10\n"
                                      "    nilai:\n      Tidak ada pungutan liar: 3.7\n"),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    nilai:\n"
                                      "      Tidak ada pungutan liar: 3.6\n  - periode: Semester II\n    responden: 10\n"
                                      "    nilai:\n      Tidak ada pungutan liar: 3.7\n"))),
    Entri("survey-both", "statistik", "Nilai rata-rata dan jumlah jawaban diisi bersamaan",
          "Satu periode survei memuat `nrr`/`nilai` (rata-rata) sekaligus `jawaban` (banyaknya jawaban).",
          "Pilih salah satu. Bila punya banyaknya jawaban, tulis `jawaban` saja: situs menghitung rata-ratanya.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    nilai:\n"
                                      "      Tidak ada pungutan liar: 3.6\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 0, 4, 6]\n"),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 0, 4, 6]\n"))),
    Entri("answer_counts", "statistik", "Jumlah jawaban bukan 4 angka",
          "`jawaban` setiap unsur harus berisi tepat 4 angka: banyaknya jawaban bernilai 1, 2, 3 dan 4.",
          "Tulis keempat angkanya; tulis 0 untuk nilai yang tidak dipilih siapa pun.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [4, 6]\n"),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 0, 4, 6]\n"))),
    Entri("answers-none", "statistik", "Unsur survei tanpa jawaban",
          "Semua angka jawaban satu unsur 0, sehingga unsur itu tidak dapat dinilai.",
          "Tulis banyaknya jawaban 1, 2, 3 dan 4, atau hapus unsur itu bila tidak ditanyakan.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 0, 0, 0]\n"),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 0, 4, 6]\n"))),
    Entri("answers-responden", "statistik", "Jawaban lebih banyak dari responden",
          "Jumlah jawaban satu unsur lebih banyak dari `responden`; setiap responden menjawab sekali per unsur. "
          "Bila jawabannya lebih sedikit, `zisite check` hanya memberi peringatan (responden boleh tidak "
          "menjawab satu unsur).",
          "Periksa angka jawaban dan `responden`.",
          berkas_baru(STAT + "survei/2026.yaml",
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 10\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 1, 4, 6]\n"),
                      _stat("survei", "spak:\n  - periode: Semester I\n    responden: 11\n    jawaban:\n"
                                      "      Tidak ada pungutan liar: [0, 1, 4, 6]\n"))),
    Entri("personal-key", "statistik", "Kunci data pribadi di berkas statistik",
          "Berkas statistik memuat kunci seperti `nama`, `nik`, `telepon`, `email` atau `alamat`. Berkas "
          "statistik diterbitkan dan disimpan di git; identitas pelapor wajib dirahasiakan.",
          "Hapus kunci itu beserta isinya. Berkas statistik hanya memuat jumlah.",
          berkas_baru(STAT + "pengaduan/2026.yaml", _complaints("    diterima: 1\n    nama_pelapor: Fulan\n"),
                      _complaints("    diterima: 1\n"))),
    Entri("personal-data", "statistik", "Data pribadi di dalam teks statistik",
          "Teks di berkas statistik (catatan, alasan, masalah, nama kategori) memuat sesuatu yang tampak "
          "seperti NIK (16 angka), nomor telepon, atau alamat surel. Pesan tidak menampilkan nomornya utuh.",
          "Hapus nomor atau alamat itu dan tulis keterangan umum. Di berkas statistik setiap surel dan nomor "
          "telepon ditolak, juga milik kantor: berkas ini hanya memuat jumlah. Nama orang hanya dikenali bila "
          "didahului sebutan seperti Bapak atau Ibu (peringatan di bawah): periksa sendiri.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 1\n    catatan: Pelapor dapat dihubungi di 0812 3456 7890\n"),
                      _complaints("    diterima: 1\n    catatan: Pelapor sudah dihubungi\n"))),
    Entri("personal-name", "statistik", "Sebutan yang tampak seperti nama orang",
          "Teks di berkas statistik pengaduan, gratifikasi atau WBS memuat sebutan (Bapak, Ibu, Pak, Bu, "
          "Saudara/Sdr., Saudari/Sdri., Tuan, Nyonya) diikuti kata berhuruf kapital, misalnya `Bapak Ahmad`: "
          "mungkin nama pelapor atau terlapor. Ini hanya peringatan, karena jabatan (`Bapak Camat`) dan nama "
          "tempat juga bisa ditulis begitu; jabatan yang umum tidak diperingatkan.",
          "Bila itu nama orang, samarkan: tulis `seorang pelapor` atau `seorang pegawai`. Identitas pelapor "
          "wajib dirahasiakan (UU 27/2022 tentang Pelindungan Data Pribadi). Bila bukan nama orang, biarkan.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 1\n    catatan: Laporan Bapak Ahmad sudah ditindaklanjuti\n"),
                      _complaints("    diterima: 1\n    catatan: Laporan seorang pelapor sudah ditindaklanjuti\n"))),
    Entri("stat-key-text", "statistik", "Nama kategori atau unsur tidak sah",
          "Nama kategori pengaduan atau nama unsur SPAK memuat HTML atau karakter tak terlihat.",
          "Tulis namanya sebagai teks biasa.",
          berkas_baru(STAT + "pengaduan/2026.yaml",
                      _complaints("    diterima: 1\n    kategori:\n      <b>Data pemilih</b>: 1\n"),
                      _complaints("    diterima: 1\n    kategori:\n      Data pemilih: 1\n"))),

    # --- realisasi -----------------------------------------------------------------------------
    Entri("realisasi-row", "realisasi", "Kode baris tidak ada di rencana aksi",
          "Kode `baris` tidak cocok dengan baris mana pun di rencana aksi tahun itu. Kode baris = nomor urut "
          "bagian.kelompok.aksi.baris, dihitung dari 1.",
          "Cari kode yang benar dengan `zisite baris KANTOR TAHUN` (tambahkan `--cari KATA` untuk menyaring), "
          "atau salin dari halaman Rencana Aksi di situs (tertera pada setiap baris), atau ikuti saran "
          "\"maksud Anda\" di pesan.",
          di_realisasi('  - baris: "1.1.1.2"', '  - baris: "1.1.1.1"')),
    Entri("realisasi_row_code", "realisasi", "Kode baris tidak berbentuk empat angka",
          "`baris` harus empat angka dipisah titik, misalnya `1.1.3.1`, dan ditulis dalam tanda kutip.",
          "Tulis keempat nomor: bagian, kelompok, aksi, baris. `zisite baris` menampilkan kode setiap baris.",
          di_realisasi('  - baris: "1.1.1"', '  - baris: "1.1.1.1"')),
    Entri("realisasi-target", "realisasi", "Nomor target melebihi target baris",
          "`target_ke` lebih besar dari banyaknya target pada baris itu.",
          "Hapus `target_ke` (bawaan: target pertama), atau tulis nomor target yang ada, dihitung dari 1.",
          di_realisasi("    jumlah: 1\n    target_ke: 2\n", "    jumlah: 1\n")),
    Entri("realisasi-date", "realisasi", "Tanggal di luar tahun rencana aksi",
          "`tanggal` atau `bulan` jatuh pada tahun lain dari rencana aksi yang dipantau.",
          "Perbaiki tanggalnya, atau catat realisasi itu di berkas realisasi tahunnya.",
          di_realisasi("    tanggal: 2025-01-15", "    tanggal: 2026-01-15")),
    Entri("realisasi_month", "realisasi", "Bulan tidak berformat TTTT-BB",
          "`bulan` tidak ditulis sebagai tahun-bulan dengan angka.",
          "Tulis misalnya `bulan: \"2026-03\"` (dengan tanda kutip).",
          di_realisasi('    bulan: "Maret 2026"', '    bulan: "2026-03"', "    tanggal: 2026-01-15")),
    Entri("realisasi_when", "realisasi", "Tanggal dan bulan",
          "Setiap realisasi memuat tepat satu dari `tanggal` atau `bulan`: tidak keduanya, dan tidak tanpa "
          "keduanya.",
          "Tulis `tanggal: 2026-03-27`, atau `bulan: \"2026-03\"` bila tanggalnya tidak tercatat.",
          di_realisasi('    tanggal: 2026-01-15\n    bulan: "2026-01"\n', "    tanggal: 2026-01-15\n")),
    Entri("realisasi_reason", "realisasi", "Pembatalan tanpa alasan",
          "Realisasi berstatus `batal` wajib memuat `alasan`.",
          "Tulis mengapa kegiatan dibatalkan di `alasan`.",
          di_realisasi("    jumlah: 1\n    status: batal\n",
                       "    jumlah: 1\n    status: batal\n    alasan: Ditiadakan karena bertepatan dengan tahapan\n",
                       "    jumlah: 1\n")),
    Entri("personal-data", "realisasi", "Data pribadi di realisasi",
          "Kegiatan, alasan, catatan atau judul dan tautan bukti di berkas realisasi memuat sesuatu yang tampak "
          "seperti NIK, nomor telepon seluler pribadi, atau alamat surel pribadi. Semuanya diterbitkan di "
          "halaman Monev dan di data terbuka.",
          "Hapus nomor atau alamat itu (UU 27/2022 tentang Pelindungan Data Pribadi); tulis siapa yang "
          "melaksanakan dengan jabatan atau unitnya.",
          di_realisasi("    kegiatan: Tim kerja ditetapkan; narahubung NIK 7201⟨U+00A0⟩0101⟨U+00A0⟩0101⟨U+00A0⟩0001",
                       "    kegiatan: Tim kerja ditetapkan")),
    Entri("realisasi-over", "realisasi", "Realisasi melebihi target",
          "Jumlah semua realisasi satu baris melebihi targetnya. Ini hanya peringatan; sering karena satu "
          "kegiatan tercatat dua kali.",
          "Periksa apakah ada realisasi yang tercatat dua kali, atau `jumlah` yang salah ketik.",
          di_realisasi("    jumlah: 2\n", "    jumlah: 1\n")),
    Entri("realisasi-jumlah-unstated", "realisasi", "Jumlah untuk target tanpa angka",
          "Realisasi menulis `jumlah` lebih dari 1 untuk target yang tidak menyebut jumlah (misalnya `Dokumen SK "
          "tim`, butir `1. SOP 2. Inovasi`, atau target kosong). Ini hanya peringatan: situs hanya menampilkan "
          "target itu tercapai atau belum, tidak pernah \"3 dari 1\".",
          "Hapus `jumlah`: satu realisasi dengan bukti menandai target tanpa angka tercapai. Bila naskah memang "
          "menargetkan jumlah, tulis jumlahnya di target capaian rencana aksi.",
          di_realisasi("    jumlah: 3\n", "", "    jumlah: 1\n",
                       juga=((PLAN_FILE, MINIMAL_PLAN.replace("1 (satu) Laporan", "Dokumen SK tim")),))),
    Entri("realisasi_evidence", "realisasi", "Bukti tanpa url atau berkas",
          "Setiap bukti memuat tepat satu dari `url` (alamat web) atau `berkas` (berkas di folder `bukti/`).",
          "Tulis salah satunya; bila ada keduanya, jadikan dua bukti.",
          di_realisasi("    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n",
                       "    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n"
                       "        url: https://kab-contoh.kpu.go.id/notulen\n", "    jumlah: 1\n")),
    Entri("realisasi_file_path", "realisasi", "Jalur berkas bukti tidak sah",
          "`berkas` harus jalur di dalam folder `bukti/` kantor, dengan huruf, angka, titik, `-` dan `_` saja "
          "(tanpa spasi).",
          "Simpan berkas di `content/offices/<kantor>/bukti/…`, lalu tulis misalnya "
          "`berkas: bukti/2026/notulen-rapat.pdf`.",
          di_realisasi("    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n        berkas: notulen rapat.pdf\n",
                       "    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n"
                       "        url: https://kab-contoh.kpu.go.id/notulen\n", "    jumlah: 1\n")),
    Entri("realisasi_file_type", "realisasi", "Jenis berkas bukti tidak diterbitkan",
          "Berkas bukti berjenis selain PDF, gambar (JPG, PNG, WebP), CSV atau dokumen kantor (XLSX, DOCX, ODT, ODS).",
          "Simpan bukti sebagai PDF (dianjurkan) atau salah satu jenis yang diterima.",
          di_realisasi("    jumlah: 1\n    bukti:\n      - judul: Foto kegiatan\n        berkas: bukti/2026/foto.zip\n",
                       "    jumlah: 1\n    bukti:\n      - judul: Foto kegiatan\n"
                       "        url: https://kab-contoh.kpu.go.id/foto\n", "    jumlah: 1\n")),
    Entri("realisasi-file", "realisasi", "Berkas bukti tidak ditemukan",
          "Berkas yang disebut di `berkas` tidak ada di folder kantor, atau namanya berbeda (huruf besar dan "
          "kecil dibedakan).",
          "Unggah berkasnya ke `content/offices/<kantor>/bukti/…` dengan nama yang sama persis, atau perbaiki "
          "namanya di berkas realisasi.",
          di_realisasi("    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n"
                       "        berkas: bukti/2026/notulen.pdf\n",
                       "    jumlah: 1\n    bukti:\n      - judul: Notulen rapat\n"
                       "        url: https://kab-contoh.kpu.go.id/notulen\n", "    jumlah: 1\n")),
    Entri("realisasi-file-size", "realisasi", "Berkas bukti terlalu besar",
          "Berkas bukti lebih dari 20 MB. Berkas bukti ikut diterbitkan dan membuat situs berat.",
          "Perkecil berkasnya (misalnya simpan ulang PDF dengan ukuran lebih kecil), atau simpan di tempat lain "
          "dan tulis `url`-nya.",
          di_realisasi("    jumlah: 1\n    bukti:\n      - judul: Foto kegiatan\n"
                       "        berkas: bukti/2026/foto.pdf\n",
                       "    jumlah: 1\n    bukti:\n      - judul: Foto kegiatan\n"
                       "        url: https://kab-contoh.kpu.go.id/foto\n", "    jumlah: 1\n",
                       tambahan=(("content/offices/contoh/bukti/2026/foto.pdf", 21 * 1024 * 1024),))),
    Entri("realisasi-office", "realisasi", "Kantor realisasi tidak sama dengan foldernya",
          "`kantor` di berkas realisasi tidak sama dengan folder `plans/<kantor>/` tempatnya.",
          "Tulis slug kantor yang sama dengan nama folder.",
          di_realisasi("kantor: sigi", "kantor: contoh")),
    Entri("realisasi-year", "realisasi", "Tahun realisasi tidak sama dengan nama berkas",
          "`tahun` di berkas realisasi berbeda dengan tahun pada nama berkasnya (`2026.realisasi.yaml`).",
          "Samakan `tahun` dengan nama berkas.",
          di_realisasi("tahun: 2025", "tahun: 2026")),
    Entri("realisasi-no-plan", "realisasi", "Realisasi tanpa rencana aksi",
          "Tidak ada rencana aksi untuk tahun berkas realisasi ini (`plans/<kantor>/<tahun>.yaml`).",
          "Periksa tahun pada nama berkas dan di dalamnya; realisasi dicatat di samping rencana aksinya.",
          Contoh("plans/contoh/2025.realisasi.yaml", MINIMAL_REALISASI.replace("2026", "2025"), MINIMAL_REALISASI,
                 berkas_benar=REALISASI_FILE)),
    Entri("realisasi-duplicate", "realisasi", "Realisasi tertulis dua kali",
          "Dua entri realisasi sama persis (baris, tanggal, kegiatan, jumlah, bukti). Situs menghitung keduanya, "
          "sehingga capaian baris itu terhitung dua kali. Biasanya terjadi karena menyalin entri lalu lupa "
          "mengubahnya.",
          "Hapus salah satunya. Bila memang dua kegiatan yang berbeda, bedakan tanggal atau uraian kegiatannya.",
          di_realisasi(MINIMAL_REALISASI.split("realisasi:\n", 1)[1] * 2, None,
                       MINIMAL_REALISASI.split("realisasi:\n", 1)[1])),
    Entri("realisasi-future", "realisasi", "Realisasi bertanggal sesudah hari ini",
          "`tanggal` (atau `bulan`) sebuah realisasi jatuh sesudah hari ini. Situs belum menghitungnya sampai "
          "tanggal itu tiba, jadi barisnya belum tampil selesai. Biasanya salah ketik tahun atau bulan, atau "
          "kegiatan yang baru direncanakan dicatat terlalu awal. Contohnya tidak dapat ditampilkan di halaman "
          "ini karena bergantung pada tanggal hari ini.",
          "Perbaiki tanggalnya, atau catat realisasi setelah kegiatannya terlaksana.",
          None, pesan="realisasi ini bertanggal sesudah hari ini (<tanggal hari ini>); situs belum menghitungnya"),
    Entri("sample-looks-real", "realisasi", "Data contoh yang sudah berisi data sungguhan",
          "Berkas realisasi atau statistik masih bertanda `contoh: true`, padahal sesudah berkas itu pertama kali "
          "di-commit ada entri (realisasi atau periode) yang ditambahkan atau diubah. Entri baru biasanya data "
          "sungguhan kantor, tetapi situs tetap menampilkan seluruh berkas sebagai \"Data contoh\". Pemeriksaan "
          "memakai riwayat git, jadi contohnya tidak dapat ditampilkan di halaman ini.",
          "Bila isinya sudah data sungguhan: hapus entri contoh yang tersisa, ubah `contoh: true` menjadi "
          "`contoh: false`, dan hapus catatan serta komentar \"DATA CONTOH\". Bila memang masih data contoh, "
          "peringatan ini boleh dibiarkan. Lihat [Mencatat realisasi](mencatat-realisasi.md#data-contoh-contoh-true-dan-kapan-mematikannya).",
          None, pesan="berkas ini masih ditandai `contoh: true` (situs menampilkannya sebagai \"Data contoh\"), tetapi "
                      "<n> entri ditambahkan atau diubah sesudah data contoh dibuat, yang pertama di baris <baris>"),

    Entri("install-placeholder", "kantor", "Alamat pemasangan zisite masih contoh",
          "`zisite.txt` (ditulis `zisite init`) masih memuat alamat contoh berakhiran `.invalid`. Komputer Anda dan "
          "CI memasang zisite dari alamat di berkas itu; selama masih contoh, CI berhenti di langkah pemasangan.",
          "Tanyakan alamat repositori zisite yang dipakai kantor Anda kepada pengelola, tulis di baris itu "
          "(dengan versi sesudah `@`), lalu commit.",
          berkas_baru("zisite.txt", "# dari mana zisite dipasang\nzisite @ git+https://git.example.invalid/zisite.git@v0.1.0\n",
                      "# dari mana zisite dipasang\nzisite @ git+https://github.com/kpu-contoh/zisite.git@v0.1.0\n")),

    # --- halaman -------------------------------------------------------------------------------
    Entri("site-page-office", "halaman", "Halaman kantor di folder halaman situs",
          "Berkas bernama seperti halaman kantor (`kontak.md`, `wbs.md`, `gratifikasi.tambahan.md`, …) ada di folder "
          "halaman situs (`content/halaman/`, `docs_dir` di `mkdocs.yml`), bukan di folder kantor. Folder itu "
          "dibuat `zisite init` karena MkDocs memerlukannya, sehingga mudah dikira tempat halaman kantor.",
          "Pindahkan berkasnya ke `content/offices/<kantor>/halaman/` dengan nama yang sama.",
          berkas_baru("content/halaman/kontak.md", None, None, dasar="Telepon kantor dijawab pada jam kerja.\n",
                      berkas_benar=PAGES + "kontak.md", juga=(("mkdocs.yml", "site_name: Contoh\ndocs_dir: content/halaman\n"),))),
    Entri("page", "halaman", "Nama berkas halaman tidak dikenal",
          "Berkas di folder `halaman/` tidak bernama salah satu halaman baku (`kontak.md`, `wbs.md`, …) atau "
          "`<nama>.tambahan.md`.",
          "Ganti nama berkas sesuai saran di pesan. Daftar nama ada di [Menulis halaman](../menulis-halaman.md).",
          berkas_baru(PAGES + "gratifkasi.md", None, None, dasar="## Unit Pengendalian Gratifikasi\n\nRuang sekretariat.\n",
                      berkas_benar=PAGES + "gratifikasi.md")),
    Entri("page", "halaman", "HTML di halaman kantor",
          "Teks halaman memuat tag HTML. Halaman ditulis dengan Markdown saja; situs mengatur tampilannya.",
          "Ganti HTML dengan Markdown: `**tebal**`, `_miring_`, `## Judul`, `- butir`.",
          berkas_baru(PAGES + "kontak.md", "## Jam layanan\n\nSenin–Jumat, <b>08.00–16.00</b>.\n",
                      "## Jam layanan\n\nSenin–Jumat, **08.00–16.00**.\n")),
    Entri("page", "halaman", "Isian tidak lengkap",
          "Pasangan `{{ … }}` atau `{% … %}` tidak lengkap, sehingga isian data kantor tidak dapat dibaca.",
          "Tutup setiap `{{` dengan `}}`. Contoh isian: `{{ kantor.nama_singkat }}`.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\nHubungi {{ kantor.nama_singkat.\n",
                      "## Kontak\n\nHubungi {{ kantor.nama_singkat }}.\n")),
    Entri("page", "halaman", "Isian tidak dapat diisi",
          "Isian menyebut data kantor yang tidak ada, biasanya salah ketik nama kunci.",
          "Pakai nama kunci dari office.yaml, misalnya `{{ kantor.email }}`, `{{ kantor.telepon }}`.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\nSurel: {{ kantor.surel }}\n",
                      "## Kontak\n\nKantor: {{ kantor.nama_singkat }}\n")),
    Entri("page-template", "halaman", "Isian tidak diizinkan",
          "Teks halaman memakai bagian Jinja yang tidak perlu untuk mengisi data kantor: membaca bagian dalam "
          "program (nama yang diawali `_`), makro, `include`/`import`, memanggil fungsi selain `situs_lain(…)` "
          "dan `surel(…)`, `range`, perkalian atau pangkat, perulangan bersarang lebih dari dua tingkat, "
          "penyaring seperti `safe`, atau isian di dalam `< >`. Ini ditolak demi keamanan pembaca: teks halaman "
          "hanya mengisi data, tidak menghitung.",
          "Pakai isian data kantor saja (`{{ kantor.nama_singkat }}`), `{% if … %}`, `{% for … in kantor.… %}`, "
          "`{{ situs_lain(kantor.situs_web, 'nama situs') }}` untuk tautan ke situs lain dan "
          "`{{ surel(kantor.email) }}` untuk alamat surel.",
          berkas_baru(PAGES + "kontak.md", "{{ kantor.__class__ }}\n", "{{ kantor.nama_singkat }}\n"),
          contoh_lain=(berkas_baru(PAGES + "kontak.md", "Surel: <{{ kantor.nama_singkat }}>\n",
                                   "Surel: {{ kantor.nama_singkat }}\n"),)),
    Entri("page-budget", "halaman", "Teks halaman terlalu berat untuk diisi",
          "Saat diisi dengan data kantor, teks halaman memerlukan lebih dari 200.000 langkah, lebih dari 2 detik, "
          "atau menghasilkan lebih dari 1 MiB teks, biasanya karena perulangan di dalam perulangan atas daftar "
          "yang panjang. Batas ini menjaga pemeriksaan dan pembangunan situs tetap cepat.",
          "Hapus perulangan yang tidak perlu; teks halaman cukup mengisi data kantor sekali.", None,
          pesan="teks halaman terlalu berat untuk diisi (…)"),
    Entri("page-attr-list", "halaman", "Daftar atribut di teks halaman",
          "Teks halaman memuat daftar atribut Markdown seperti `{ #id .kelas }` atau `{: onclick=… }`. "
          "Daftar atribut dapat menambah perilaku pada halaman, jadi tidak diizinkan di teks halaman kantor.",
          "Hapus bagian `{ … }` itu; situs mengatur tampilannya.",
          berkas_baru(PAGES + "kontak.md", "## Kontak { #kontak .penting }\n", "## Kontak\n")),
    Entri("page-link-scheme", "halaman", "Tautan dengan jenis alamat yang tidak diizinkan",
          "Tautan di teks halaman menuju alamat `javascript:`, `data:`, `file:` atau jenis lain yang dapat "
          "menjalankan program di peramban pembaca atau membuka berkas di komputernya.",
          "Tautkan ke alamat `https://…` (atau `http://`, `mailto:`, `tel:`), atau ke halaman lain di situs ini.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\n[Formulir](javascript:alert(1))\n",
                      "## Kontak\n\n[Formulir pengaduan](https://contoh.go.id/pengaduan)\n")),
    Entri("page-remote-image", "halaman", "Gambar dari situs lain",
          "Gambar di teks halaman diambil dari situs lain (`https://…`). Situs Zona Integritas tidak memuat "
          "apa pun dari situs lain: pembaca di jaringan lambat tidak menunggu server lain, dan situs lain "
          "tidak mengetahui siapa yang membaca.",
          "Simpan berkas gambar di folder halaman kantor dan tulis namanya saja.",
          berkas_baru(PAGES + "gratifikasi.tambahan.md",
                      "## Banner\n\n![Banner Tolak Gratifikasi](https://contoh.com/banner.png)\n",
                      "## Banner\n\nBanner Tolak Gratifikasi dipasang di lobi kantor.\n")),
    Entri("page", "halaman", "Berkas halaman bukan UTF-8",
          "Berkas halaman disimpan dengan pengodean selain UTF-8.",
          "Simpan ulang berkas dengan pengodean UTF-8.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\nKafé di lobi.\n", None,
                      tulis=lambda text: text.encode("cp1252"))),
    Entri("page", "halaman", "Berkas halaman terlalu besar",
          "Berkas halaman lebih dari 256 KiB, biasanya karena gambar atau dokumen tersalin sebagai teks.",
          "Pendekkan teksnya; dokumen panjang ditautkan.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\n… (lebih dari 256 KiB teks)\n", None,
                      tulis=lambda text: text.encode("utf-8") + b"teks " * (256 * 1024 // 5 + 1))),
    Entri("a11y-alt", "halaman", "Gambar tanpa teks alternatif",
          "Gambar tidak punya teks alternatif di antara `[ ]`, sehingga pembaca layar tidak dapat "
          "menjelaskannya. Ini peringatan; situs tetap dibangun.",
          "Tulis isi gambar di antara `[ ]`. Tulisan yang ada di dalam gambar ditulis juga sebagai teks biasa.",
          berkas_baru(PAGES + "gratifikasi.tambahan.md", "## Banner\n\n![](banner.png)\n",
                      "## Banner\n\n![Banner Tolak Gratifikasi di lobi kantor](banner.png)\n")),
    Entri("a11y-empty-link", "halaman", "Tautan tanpa teks",
          "Tautan tidak punya teks di antara `[ ]`, sehingga tidak terbaca dan tidak dapat diklik dengan mudah.",
          "Tulis tujuan tautan di antara `[ ]`.",
          berkas_baru(PAGES + "pengaduan.tambahan.md", "## Formulir\n\nIsi [](https://lapor.go.id).\n",
                      "## Formulir\n\nIsi [formulir SP4N-LAPOR!](https://lapor.go.id).\n")),
    Entri("a11y-link-text", "halaman", "Teks tautan tidak menjelaskan tujuannya",
          "Teks tautan seperti \"klik di sini\" atau \"selengkapnya\" tidak bermakna bila dibaca tersendiri "
          "(pembaca layar sering mendaftar semua tautan).",
          "Tulis ke mana tautan menuju: `[formulir pengaduan](…)`.",
          berkas_baru(PAGES + "pengaduan.tambahan.md", "## Formulir\n\n[Klik di sini](https://lapor.go.id).\n",
                      "## Formulir\n\nIsi [formulir SP4N-LAPOR!](https://lapor.go.id).\n")),
    Entri("a11y-heading", "halaman", "Judul tingkat 1 di halaman kantor",
          "Judul `#` sudah dipakai judul halaman yang dibuat otomatis; satu halaman hanya boleh punya satu.",
          "Mulai bagian di dalam halaman dengan `##`.",
          berkas_baru(PAGES + "kontak.md", "# Kontak\n\nTelepon kantor.\n", "## Jam layanan\n\nTelepon kantor.\n")),
    Entri("a11y-heading", "halaman", "Tingkat judul melompat",
          "Judul melompat tingkat, misalnya dari `##` langsung ke `####`. Pembaca layar memakai tingkat judul "
          "untuk berpindah antarbagian.",
          "Naikkan satu tingkat saja: `##` lalu `###`.",
          berkas_baru(PAGES + "kontak.md", "## Kantor\n\n#### Jam layanan\n", "## Kantor\n\n### Jam layanan\n")),
    Entri("site-page-runnable", "halaman", "Skrip atau tautan javascript di halaman situs",
          "Halaman situs di folder `docs_dir` (`mkdocs.yml`, biasanya `content/halaman/`) memuat sesuatu yang "
          "dijalankan peramban pembaca: `<script>`, `<iframe>`, `<object>`, `<embed>`, `<style>`, `<form>`, "
          "atribut seperti `onclick=`, atau tautan `javascript:`, `vbscript:` atau `data:`. Halaman ini "
          "diterbitkan dengan ekstensi Markdown situs, jadi HTML biasa boleh, tetapi tidak yang dapat menjalankan "
          "program.",
          "Hapus bagian itu. Tulis isinya dengan Markdown dan tautkan hanya ke alamat `https://…` atau halaman "
          "lain di situs ini.",
          None, pesan="<script> tidak diizinkan di halaman situs"),
    Entri("personal-data", "halaman", "Data pribadi di halaman kantor",
          "Teks halaman kantor, atau halaman situs di folder `docs_dir` (`mkdocs.yml`), memuat sesuatu yang "
          "tampak seperti NIK, nomor telepon seluler pribadi, atau alamat surel pribadi (juga di tautan "
          "`mailto:` atau `wa.me/…`). Nomor dan surel resmi kantor di `office.yaml`, surel `.go.id` dan nomor "
          "telepon kantor berkode area tidak dianggap data pribadi.",
          "Hapus nomor atau alamat itu (UU 27/2022 tentang Pelindungan Data Pribadi). Untuk kontak kantor, tulis "
          "nomornya di `office.yaml` lalu pakai isian, misalnya `{{ kantor.whatsapp }}`.",
          berkas_baru(PAGES + "kontak.md", "## Kontak\n\nHubungi petugas kami di 0812 3456 7890.\n",
                      "## Kontak\n\nHubungi petugas kami melalui saluran resmi kantor.\n")),
]
