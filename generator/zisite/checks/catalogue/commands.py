"""Messages of the commands other than ``zisite check``: a data table, one entry per message.

Data only: this module imports no command code (checking data imports no build or deploy code).
``tests/test_catalogue_commands.py`` collects every message the command code can print, by AST,
and fails on one with no entry here (naming its file and line), and on an entry whose message the
code no longer prints.

``pesan`` is the message as printed after ``zisite: galat:``, with ``<…>`` where the command fills
in a value (``{…}`` in the f-string); ``pesan_lain`` holds other wordings with the same cause and fix.
"""

from __future__ import annotations

from dataclasses import dataclass

GROUPS = {
    "perintah": ("Perintah zisite", "Pesan `zisite baris`, `zisite build`, `zisite serve` dan `zisite check` di "
                 "terminal tentang perintahnya sendiri (bukan tentang isi data). Kode keluar 2: perintahnya yang "
                 "salah; tidak ada yang dibaca atau ditulis."),
    "deploy": ("Menerbitkan (deploy)", "Pesan `zisite deploy`. Setiap kali perintah ini gagal, situs yang sudah "
               "terbit tidak berubah (baris terakhir pesannya mengatakan itu)."),
    "init": ("Membuat repositori (init)", "Pesan `zisite init`, yang membuat repositori baru untuk satu kantor."),
    "impor": ("Mengimpor (impor)", "Pesan `zisite impor`, yang membaca rencana aksi dari Word, Excel, CSV atau PDF "
              "(lihat [Mengimpor rencana aksi](mengimpor.md)). Pesan yang diawali `zisite impor: galat:` "
              "menghentikan perintahnya: **tidak ada berkas yang ditulis**, dan baris `petunjuk:` di bawahnya "
              "menyarankan perbaikannya. Kode keluar 1: berkasnya ditolak atau berkas tujuan sudah ada; 2: "
              "perintahnya salah tulis atau pustaka impor belum terpasang. Pesan yang diawali `- <letak>:` adalah "
              "baris laporan di bawah **Perlu diperiksa**: berkas YAML tetap ditulis, tetapi tempat yang disebut "
              "perlu Anda cocokkan dengan naskah asli. `<letak>` adalah tempatnya di berkas asal: Word "
              "`tabel 1, baris 7, kolom 3`; Excel `Lembar!B7`; CSV `baris 7, kolom 3`; PDF "
              "`halaman 2, baris tabel 5, kolom 3`."),
    "ekspor": ("Mengekspor ke Excel (ekspor) dan mengimpor realisasi", "Pesan `zisite ekspor`, yang menulis "
               "rencana aksi (dan lembar isian realisasi) sebagai berkas Excel, dan pesan `zisite impor … --jenis "
               "realisasi`, yang membaca lembar realisasi yang sudah diisi (lihat [Mengekspor ke Excel dan mengisi "
               "realisasi di Excel](mengimpor.md#mengekspor-ke-excel-dan-mengisi-realisasi-di-excel)). Pesan galat "
               "menghentikan perintahnya: **tidak ada berkas yang ditulis**. Kode keluar 1: rencana aksi bergalat, "
               "berkas tujuan sudah ada atau isian realisasi belum sah; 2: perintahnya salah tulis. Pesan yang "
               "diawali `- <letak>:` adalah isian realisasi yang tidak dapat dibaca; `<letak>` adalah selnya di "
               "lembar Excel, misalnya `Realisasi!C12`."),
}
"""Sections of the page for command messages, after the data sections (title, what they cover)."""


@dataclass(frozen=True)
class PesanPerintah:
    kelompok: str
    judul: str
    pesan: str
    penyebab: str
    perbaikan: str
    contoh: str | None = None  # a command that gives the message
    pesan_lain: tuple[str, ...] = ()
    awalan: str = "zisite: galat: "  # what the terminal shows before the message
    argparse: bool = False  # worded in cli.py's translation of argparse's own messages (_ARGPARSE_ID)

    @property
    def semua(self) -> tuple[str, ...]:
        return (self.pesan, *self.pesan_lain)


_P = PesanPerintah
_UNCHANGED = " Situs yang sudah terbit tidak berubah."
_IMPOR = "zisite impor: galat: "
_EKSPOR = "zisite ekspor: galat: "
_LAPORAN = "  - <letak>: "  # a line of the import report under "Perlu diperiksa"
_SIMPAN_ULANG = ("Buka berkasnya di aplikasi asalnya (Word, Excel, LibreOffice), pilih **Simpan Sebagai** (Save As) "
                 "dengan jenis `.docx` atau `.xlsx`, lalu impor berkas yang baru.")

PERINTAH: list[PesanPerintah] = [
    # --- perintah ------------------------------------------------------------------------------
    _P("perintah", "Folder proyek tidak ditemukan", "folder '<FOLDER>' tidak ditemukan",
       "Folder yang disebut (atau folder ini, bila tidak disebut) tidak ada.",
       "Periksa ejaan foldernya, atau pindah dulu ke folder repositori (`cd nama-repositori`).",
       "zisite check folder-yang-tidak-ada"),
    _P("perintah", "Berkas konfigurasi tidak ditemukan", "berkas konfigurasi '<BERKAS>' tidak ditemukan",
       "`zisite build`, `serve` dan `deploy` membaca `mkdocs.yml` di folder ini (atau berkas `--config`), "
       "tetapi berkas itu tidak ada. Biasanya perintah dijalankan di luar folder repositori.",
       "Pindah ke folder repositori (yang berisi `mkdocs.yml`), atau sebutkan berkasnya: `--config jalur/mkdocs.yml`.",
       "zisite build --config tidak-ada.yml"),
    _P("perintah", "Berkas konfigurasi tidak dapat dibaca", "berkas konfigurasi '<BERKAS>' tidak dapat dibaca: <sebab>",
       "`mkdocs.yml` ada, tetapi tidak dapat dibuka atau bukan YAML yang sah (sebabnya disebut di akhir pesan).",
       "Perbaiki `mkdocs.yml` di baris yang disebut, atau kembalikan versi sebelumnya dari riwayat Git.",
       awalan=""),
    _P("perintah", "Berkas konfigurasi bukan pemetaan", "berkas konfigurasi '<BERKAS>' harus berisi pemetaan kunci: nilai",
       "`mkdocs.yml` kosong, atau berisi daftar atau teks, bukan pasangan `kunci: nilai`.",
       "Tulis `mkdocs.yml` sebagai pasangan kunci dan nilai (`site_name: …`, `plugins: …`); contohnya ada di "
       "repositori yang dibuat `zisite init`.", awalan=""),
    _P("perintah", "Tanggal pembangunan tidak sah", "'<TANGGAL>' bukan tanggal TTTT-BB-HH",
       "Nilai `--date` bukan tanggal tahun-bulan-hari.",
       "Tulis tanggal sebagai `--date 2026-07-01`.", "zisite build --date 1/7/2026",
       awalan="zisite build: galat: argumen --date: "),
    _P("perintah", "Tanggal pembangunan di mkdocs.yml tidak sah",
       "tanggal pembangunan '<TANGGAL>' bukan tanggal TTTT-BB-HH",
       "Opsi `build_date` plugin `zisite` di `mkdocs.yml` bukan tanggal tahun-bulan-hari.",
       "Tulis `build_date: 2026-07-01`, atau hapus opsinya (bawaan: hari ini).", awalan="zisite: "),
    _P("perintah", "Kantor yang diminta tidak ada", "kantor '<SLUG>' tidak ada di content/offices/<saran> Pilihan: <daftar>",
       "Slug kantor yang disebut (`zisite baris`, `check --kantor`, `build --office`) tidak ada sebagai folder "
       "`content/offices/<slug>/`. Bila ada slug yang mirip, pesan menyarankannya.",
       "Tulis salah satu slug yang disebut di pesan.", "zisite baris sigii"),
    _P("perintah", "Kantor yang dibangun tidak ada", "kantor '<SLUG>' tidak ada di content/offices/",
       "`zisite build --office` (atau opsi `office` plugin `zisite` di `mkdocs.yml`) menyebut kantor yang tidak "
       "punya folder `content/offices/<slug>/`.",
       "Tulis slug folder kantornya, atau hapus opsinya untuk membangun semua kantor.",
       "zisite build --office sigii", awalan="zisite: "),
    _P("perintah", "Repositori belum berisi kantor", "belum ada kantor: folder content/offices/<slug>/ belum ada",
       "Repositori belum memuat folder kantor mana pun.",
       "Buat repositori dengan `zisite init SLUG`, atau jalankan perintah di folder repositori yang benar."),
    _P("perintah", "Repositori memuat beberapa kantor",
       "repositori ini memuat <jumlah> kantor; sebutkan salah satu: <daftar> (misalnya `zisite baris <slug>`)",
       "`zisite baris` tanpa nama kantor hanya dapat dipakai bila repositori memuat satu kantor.",
       "Sebutkan slug kantornya: `zisite baris sigi`."),
    _P("perintah", "Kantor belum punya rencana aksi", "kantor '<SLUG>' belum memiliki rencana aksi (plans/<SLUG>/<tahun>.yaml)",
       "Folder `plans/<slug>/` belum berisi berkas rencana aksi.",
       "Tambahkan rencana aksi tahun ini di `plans/<slug>/<tahun>.yaml` (lihat [format data](../format-data.md))."),
    _P("perintah", "Tahun rencana aksi tidak ada",
       "tidak ada rencana aksi <TAHUN> untuk kantor '<SLUG>'. Pilihan tahun: <daftar>",
       "Kantor itu tidak punya berkas rencana aksi untuk tahun yang disebut.",
       "Sebutkan salah satu tahun yang disebut di pesan.", "zisite baris sigi 2019"),
    _P("perintah", "Tahun tidak sah", "'<TAHUN>' bukan tahun; tulis misalnya 2026",
       "`zisite baris` menerima tahun empat angka sebagai argumen kedua.",
       "Tulis tahunnya dengan empat angka: `zisite baris sigi 2026`.", "zisite baris sigi dua"),
    _P("perintah", "Rencana aksi memuat galat",
       "<berkas> belum dapat dibaca karena ada galat data; jalankan `zisite check --kantor <SLUG>` untuk melihat "
       "dan memperbaikinya",
       "`zisite baris` hanya dapat mendaftar kode baris dari rencana aksi yang sah.",
       "Jalankan perintah yang disebut, perbaiki galatnya (halaman ini menjelaskan setiap pesan), lalu ulangi."),
    _P("perintah", "Situs tidak dibangun karena galat data",
       "<jumlah> galat dalam data; situs tidak dibangun dan tidak ada berkas yang ditulis. Perbaiki galat di atas "
       "lalu bangun ulang.",
       "`zisite build` dan `zisite serve` memeriksa data dulu; selama ada galat, tidak ada halaman yang ditulis.",
       "Perbaiki setiap galat yang tercetak di atasnya (sama dengan keluaran `zisite check`).", awalan="zisite: "),
    _P("perintah", "Opsi plugin zisite salah jenis", "<BERKAS>: opsi plugin zisite '<opsi>' harus <jenis>",
       "Di `mkdocs.yml`, opsi plugin `zisite` (misalnya `office`, `build_date`) ditulis dengan jenis nilai yang salah.",
       "Tulis nilainya sesuai jenis yang disebut, misalnya `office: sigi` (teks)."),
    _P("perintah", "Zensical belum terpasang",
       "Zensical belum terpasang. Pasang zisite beserta Zensical: `pip install 'zisite[zensical]'` (di repositori "
       "zisite sendiri: `.venv/bin/pip install -e '.[zensical]'`), lalu jalankan perintah ini lagi; atau bangun "
       "dengan MkDocs: `zisite build` tanpa `--engine zensical`.",
       "`zisite build --engine zensical` memerlukan paket Zensical, yang tidak dipasang bersama zisite.",
       "Pasang seperti disebut di pesan, atau bangun tanpa `--engine zensical`."),
    _P("perintah", "Folder hasil berisi proyek", "folder hasil '<FOLDER>' berisi proyek ini; pilih folder lain dengan --site-dir",
       "Folder hasil bangun adalah folder proyek sendiri atau folder di atasnya; isinya akan terhapus saat dibangun.",
       "Pilih folder hasil di dalam proyek yang bukan folder data, misalnya `--site-dir site`."),
    _P("perintah", "Zensical gagal membangun", "Zensical gagal membangun situs (<sebab>); situs lama tidak diubah.",
       "Zensical menolak membangun, biasanya karena peringatan yang tercetak di atasnya (mode ketat).",
       "Baca pesan Zensical di atasnya. Bila tidak jelas, bangun dengan MkDocs (`zisite build`) dan laporkan ke "
       "pengelola repositori."),
    _P("perintah", "Pagefind belum terpasang",
       "Pagefind belum terpasang, sehingga indeks pencarian tidak dapat dibuat; pasang ulang zisite beserta "
       "dependensinya (pagefind-bin)",
       "Setelah halaman ditulis, `zisite build` membuat indeks pencarian halaman Cari dengan Pagefind, yang "
       "terpasang bersama zisite (paket `pagefind-bin`). Paket itu tidak ada, misalnya karena zisite dipasang "
       "dengan `--no-deps` tanpa kunci dependensinya.",
       "Pasang ulang zisite bersama dependensinya (di CI: dengan `requirements/run.txt`, lihat `ZISITE_PIP_LOCK`), "
       "lalu bangun lagi.", awalan="zisite: "),
    _P("perintah", "Indeks pencarian gagal dibuat", "Pagefind gagal membuat indeks pencarian (<sebab>)",
       "Pagefind tidak dapat membaca halaman yang sudah dibangun atau menulis folder `pagefind/` (sebabnya, dalam "
       "bahasa Inggris, disebut dalam kurung), misalnya karena disk penuh atau folder hasil tidak dapat ditulis.",
       "Periksa ruang disk dan hak tulis folder hasil (`--site-dir`), lalu bangun lagi. Bila sebabnya tidak jelas, "
       "laporkan pesan lengkapnya ke pengelola repositori.", awalan="zisite: "),

    _P("perintah", "Nilai argumen tidak sah",
       "pilihan tidak sah: <nilai> (pilih dari <pilihan>)",
       "Nama perintah salah ketik, atau nilai sebuah opsi bukan salah satu pilihannya, bukan angka, atau tidak "
       "ditulis. Pesannya menyebut argumen mana yang salah.",
       "Tulis salah satu pilihan yang disebut. Semua perintah dan opsinya: `zisite --help` dan "
       "`zisite PERINTAH --help`.", "zisite chek",
       pesan_lain=("nilai <nilai> tidak sah", "memerlukan satu nilai", "memerlukan setidaknya satu nilai"),
       awalan="zisite <perintah>: galat: argumen <ARGUMEN>: ", argparse=True),
    _P("perintah", "Opsi tidak dikenal", "argumen tidak dikenal: <argumen>",
       "Opsi itu tidak ada untuk perintah ini (salah ketik, atau milik perintah lain), atau singkatannya cocok "
       "dengan beberapa opsi.",
       "Periksa ejaannya dengan `zisite PERINTAH --help`.", "zisite check --kantr sigi",
       pesan_lain=("opsi <opsi> ambigu, bisa berarti <pilihan>",), argparse=True),
    _P("perintah", "Argumen wajib belum ditulis", "argumen berikut wajib diisi: <ARGUMEN>",
       "Perintah ini memerlukan argumen yang belum ditulis, misalnya `zisite init` tanpa slug.",
       "Tambahkan argumennya; `zisite PERINTAH --help` menunjukkan bentuknya.", "zisite init",
       awalan="zisite <perintah>: galat: ", argparse=True),

    _P("perintah", "Galat data saat zisite serve",
       "setiap halaman di peramban menampilkan galat ini sampai berkasnya diperbaiki dan disimpan; situs lalu "
       "dibangun ulang dan halaman dimuat ulang sendiri",
       "`zisite serve` sedang berjalan dan data memuat galat (pesan-pesannya tercetak di atas baris ini). "
       "Situs tidak dapat dibangun, jadi setiap halaman di peramban diganti halaman galat yang memuat pesan "
       "yang sama, dengan berkas, baris dan kolomnya.",
       "Perbaiki berkas yang disebut lalu simpan; server membangun ulang sendiri dan halaman di peramban "
       "dimuat ulang tanpa perlu ditekan F5. `zisite serve` tidak perlu dihentikan.", awalan="zisite: "),
    _P("perintah", "Galat saat membangun ulang",
       "galat saat membangun ulang; perbaiki berkasnya, server membangun ulang sendiri",
       "`zisite serve` gagal membangun ulang situs setelah sebuah berkas berubah; pesan penyebabnya "
       "tercetak di atas baris ini dan di halaman peramban.",
       "Perbaiki berkas yang disebut pesan di atasnya lalu simpan; server mencoba lagi sendiri.",
       awalan="zisite: "),
    _P("perintah", "Galat tak terduga saat membangun",
       "galat tak terduga saat membangun:\n<jejak program>",
       "Pembangunan berhenti karena kesalahan di dalam zisite sendiri, bukan karena data (pesan ini diikuti "
       "jejak program dalam bahasa Inggris).",
       "Simpan seluruh keluaran terminal dan laporkan kepada pengelola zisite, bersama berkas yang terakhir "
       "diubah. Sambil menunggu, kembalikan perubahan terakhir (lihat riwayat Git).", awalan="zisite: "),
    _P("perintah", "Folder pratinjau bukan situs hasil bangunan",
       "'<SITUS>' bukan folder situs hasil bangunan (tidak ada index.html di dalamnya)",
       "`zisite pratinjau` menyalin situs yang sudah dibangun, tetapi folder yang disebut tidak memuat "
       "`index.html`: situsnya belum dibangun, atau foldernya salah.",
       "Bangun dulu dengan `zisite build`, lalu jalankan `zisite pratinjau site pratinjau`.",
       "zisite pratinjau content pratinjau"),
    _P("perintah", "Folder tujuan pratinjau sudah ada",
       "folder '<TUJUAN>' sudah ada; `zisite pratinjau` tidak menimpa apa pun",
       "Folder tujuan pratinjau sudah ada (biasanya pratinjau sebelumnya). `zisite pratinjau` tidak pernah "
       "menimpa berkas.",
       "Hapus folder pratinjau yang lama, atau sebutkan nama folder lain.",
       "zisite pratinjau site site"),

    # --- deploy --------------------------------------------------------------------------------
    _P("deploy", "Data tidak sah atau pembangunan gagal",
       "data tidak sah atau pembangunan gagal (lihat pesan di atas); tidak ada yang diterbitkan",
       "Sebelum menerbitkan, `zisite deploy` memeriksa dan membangun situs; ada galat data atau pembangunan gagal.",
       "Perbaiki galat yang tercetak di atasnya (jalankan `zisite check`), lalu ulangi." + _UNCHANGED),
    _P("deploy", "Verifikasi situs gagal", "verifikasi situs gagal: <jumlah> masalah; tidak ada yang diterbitkan",
       "Situs yang dibangun diperiksa sebelum terbit: setiap halaman harus berbahasa `lang=\"id\"`, punya tepat satu "
       "judul h1 dan Content-Security-Policy, setiap tautan harus relatif dan menuju berkas yang ada, tidak ada "
       "yang dimuat dari situs lain, dan folder hanya berisi berkas biasa. Setiap masalah tercetak di atasnya "
       "(`<berkas>: <masalah>`).",
       "Bila folder dibangun `zisite build`, laporkan pesannya ke pengelola repositori (tema atau halaman tambahan "
       "yang rusak). Dengan `--site FOLDER`, bangun ulang folder itu dengan `zisite build`." + _UNCHANGED),
    _P("deploy", "TARGET tidak disebut",
       "TARGET tidak disebut dan 'deploy_target' tidak diisi di plugin zisite <BERKAS>; contoh: zisite deploy "
       "ssh://zi@server.example/srv/zi",
       "`zisite deploy` tidak tahu ke mana situs diterbitkan.",
       "Sebutkan tujuannya (`zisite deploy /srv/zi`, `zisite deploy ssh://…` atau `zisite deploy situs.zip`), "
       "atau isi `deploy_target` di bawah plugin `zisite` di `mkdocs.yml`."),
    _P("deploy", "deploy_target bukan teks", "<BERKAS>: 'deploy_target' harus teks, misalnya ssh://zi@server/srv/zi",
       "`deploy_target` di `mkdocs.yml` berisi daftar, pemetaan atau angka.",
       "Tulis satu tujuan sebagai teks: `deploy_target: ssh://zi@server/srv/zi`."),
    _P("deploy", "Opsi deploy tidak dapat digabung", "--site dan --rollback tidak dapat dipakai bersama",
       "Opsi yang disebut tidak berlaku bersama: `--rollback` tidak membangun atau mengirim apa pun, dan `--site` "
       "mengirim folder yang sudah dibangun.",
       "Hapus salah satu opsi yang disebut di pesan.", "zisite deploy /srv/zi --site site --rollback",
       pesan_lain=("--office tidak berlaku dengan --site: folder itu sudah dibangun",
                   "--engine tidak berlaku dengan --site atau --rollback: tidak ada yang dibangun")),
    _P("deploy", "Nilai keep terlalu kecil", "--keep harus paling sedikit 1",
       "`--keep` menyebut berapa terbitan disimpan (untuk `--rollback`); paling sedikit terbitan yang sedang tayang.",
       "Tulis angka 1 atau lebih; bawaannya 5."),
    _P("deploy", "Folder situs tidak ada", "folder situs '<FOLDER>' tidak ada atau tidak berisi index.html",
       "Folder yang disebut dengan `--site` tidak ada, atau bukan hasil `zisite build`.",
       "Bangun dulu dengan `zisite build`, lalu sebutkan folder hasilnya (bawaan: `site`)."),
    _P("deploy", "TARGET kosong", "TARGET kosong; tulis folder, ssh://[pengguna@]host[:port]/folder, atau berkas .zip",
       "Tujuan terbitan ditulis sebagai teks kosong.", "Tulis tujuannya, misalnya `zisite deploy /srv/zi`."),
    _P("deploy", "TARGET folder atau berkas tertukar",
       "TARGET '<TARGET>' adalah berkas, bukan folder; untuk arsip gunakan nama berakhiran .zip",
       "Tujuan yang disebut sudah ada tetapi jenisnya tidak cocok: sebuah berkas (tanpa `.zip`) padahal terbitan "
       "ke folder, atau folder yang namanya berakhiran `.zip`.",
       "Pilih nama lain: folder untuk terbitan biasa, berkas `….zip` untuk arsip.",
       pesan_lain=("TARGET '<TARGET>' berakhiran .zip tetapi adalah folder; beri nama berkas .zip yang lain",
                   "<BERKAS> bukan berkas biasa; <arsip> harus berupa berkas .zip, pindahkan atau ganti namanya dulu")),
    _P("deploy", "Alamat ssh tidak sah", "TARGET '<TARGET>' bukan alamat ssh yang sah; bentuknya ssh://[pengguna@]host[:port]/folder",
       "Tujuan diawali `ssh://` tetapi bentuknya salah, skemanya lain (misalnya `sftp://`), portnya bukan angka, atau "
       "folder tujuannya tidak disebut.",
       "Tulis `ssh://pengguna@server.example/srv/zi` (port boleh ditambahkan: `server.example:2222`).",
       "zisite deploy ssh://zi@server.example",
       pesan_lain=("TARGET '<TARGET>': skema '<skema>://' tidak didukung; gunakan ssh://, folder, atau berkas .zip",
                   "TARGET '<TARGET>': port '<port>' tidak sah; harus angka 1–65535",
                   "TARGET '<TARGET>' tidak menyebut folder tujuan; contoh: ssh://zi@server.example/srv/zi")),
    _P("deploy", "Karakter terlarang di alamat ssh",
       "TARGET '<TARGET>': <pengguna/host> '<nilai>' memuat karakter yang tidak diizinkan; tidak ada yang dijalankan",
       "Nama pengguna, host atau folder tujuan memuat karakter yang dapat dibaca ssh atau shell server sebagai perintah "
       "atau opsi (spasi, `;`, `$`, tanda kutip, atau `-` di awal). Demi keamanan tidak ada yang dijalankan.",
       "Tulis pengguna, host dan folder hanya dengan huruf, angka dan `. _ / ~ + -` (tidak diawali `-`).",
       pesan_lain=("TARGET '<TARGET>': <pengguna/host> '<nilai>' diawali tanda '-' dan akan dibaca ssh sebagai opsi; "
                   "tidak ada yang dijalankan",
                   "TARGET '<TARGET>': folder tujuan '<folder>' memuat karakter yang tidak diizinkan (hanya huruf, "
                   "angka, dan . _ / ~ + -); tidak ada yang dijalankan",
                   "TARGET '<TARGET>': bagian folder tujuan tidak boleh diawali tanda '-'; tidak ada yang dijalankan")),
    _P("deploy", "Penerbitan lain sedang berjalan",
       "penerbitan lain ke <tujuan> sedang berjalan; tunggu sampai selesai lalu ulangi",
       "Hanya satu penerbitan (atau rollback) ke tujuan yang sama yang boleh berjalan sekaligus; yang lain, misalnya "
       "dari CI atau rekan kerja, sedang berjalan.", "Tunggu beberapa menit, lalu ulangi." + _UNCHANGED),
    _P("deploy", "Folder tujuan belum ada", "folder tujuan <FOLDER> tidak ada; belum ada yang diterbitkan ke sana",
       "`--rollback` hanya dapat mengembalikan terbitan di folder yang pernah diterbitkan.",
       "Periksa ejaan folder tujuan.",
       pesan_lain=("folder <FOLDER> tidak ada; belum ada arsip yang diterbitkan ke sana",)),
    _P("deploy", "Folder tempat arsip belum ada", "folder <FOLDER> tidak ada; buat dulu folder tempat arsip .zip",
       "Arsip `.zip` ditulis ke folder yang belum ada.", "Buat foldernya dulu (`mkdir -p FOLDER`), lalu ulangi."),
    _P("deploy", "Tidak ada terbitan sebelumnya",
       "tidak ada terbitan sebelum <terbitan> di <FOLDER>; tidak ada yang bisa dikembalikan",
       "`--rollback` mengembalikan terbitan sebelum yang sedang tayang, tetapi hanya ada satu terbitan (atau belum "
       "ada sama sekali).",
       "Tidak ada yang perlu dikembalikan. Untuk memperbaiki situs, perbaiki datanya lalu terbitkan ulang.",
       pesan_lain=("<FOLDER>/current belum ada; belum ada terbitan yang bisa dikembalikan",
                   "tidak ada terbitan sebelum <terbitan> di <host>:<folder>/releases",
                   "tidak ada arsip sebelumnya (<arsip>) di <FOLDER>; tidak ada yang bisa dikembalikan. Arsip "
                   "sebelumnya tersimpan otomatis setiap kali <arsip> diganti",
                   "arsip <arsip> tidak ada; yang ada hanya <arsip sebelumnya>. Ganti namanya menjadi <arsip> bila "
                   "arsip itu yang ingin diserahkan")),
    _P("deploy", "current bukan tautan ke terbitan",
       "<FOLDER>/current adalah folder biasa, bukan tautan simbolik ke sebuah terbitan; pindahkan atau ganti namanya "
       "dulu, lalu ulangi",
       "Di folder tujuan, `current` harus tautan simbolik ke `releases/<terbitan>` (yang dibuat `zisite deploy`). "
       "Di sana ada folder biasa atau tautan ke tempat lain, misalnya situs lama yang disalin tangan.",
       "Pindahkan atau ganti nama `current` yang ada (misalnya menjadi `current.lama`), lalu ulangi; `zisite deploy` "
       "tidak menimpa apa pun yang bukan buatannya.",
       pesan_lain=("<FOLDER>/current menunjuk ke '<tujuan>', bukan ke terbitan di releases/; periksa folder tujuan",
                   "<folder>/current di <host> adalah folder biasa, bukan tautan simbolik; pindahkan atau ganti namanya "
                   "dulu",
                   "<folder>/current di <host> tidak menunjuk ke terbitan di releases/")),
    _P("deploy", "Nama berkas daftar sidik sudah dipakai",
       "situs sudah berisi berkas SHA256SUMS; nama itu dipakai untuk daftar sidik berkas arsip",
       "Arsip `.zip` memuat berkas `SHA256SUMS` (daftar sidik setiap berkas), tetapi situs sudah punya berkas "
       "bernama itu.", "Ganti nama berkas `SHA256SUMS` di halaman tambahan situs."),
    _P("deploy", "Gagal menulis arsip", "gagal menulis <arsip>: <sebab>",
       "Arsip `.zip` tidak dapat ditulis atau ditukar dengan yang lama, misalnya karena disk penuh atau izin folder.",
       "Periksa ruang disk dan izin folder tujuan, lalu ulangi." + _UNCHANGED,
       pesan_lain=("gagal menukar <arsip> dan <arsip sebelumnya>: <sebab>",)),
    _P("deploy", "Program ssh atau rsync tidak ada", "program '<program>' tidak ditemukan; pasang openssh-client dan rsync",
       "Menerbitkan ke `ssh://` memerlukan program `ssh` dan `rsync` di komputer ini.",
       "Pasang keduanya (Debian/Ubuntu: `sudo apt install openssh-client rsync`)."),
    _P("deploy", "Perintah di server gagal", "<langkah> gagal (kode <kode>): <pesan ssh>",
       "Salah satu langkah lewat ssh (menyalin dengan rsync, menyiapkan atau memindahkan terbitan, mengunci folder "
       "tujuan) gagal; pesan ssh atau rsync disebut di akhir. Biasanya: kunci ssh belum dipasang, host salah, atau "
       "pengguna tidak boleh menulis ke folder tujuan.",
       "Coba masuk ke server dengan `ssh pengguna@host` dan periksa izin folder tujuan. Ulangi setelahnya." + _UNCHANGED,
       pesan_lain=("mengunci folder tujuan di <host> gagal (kode <kode>): <pesan ssh>",
                   "<langkah> tidak selesai dalam <detik> detik")),

    # --- init ----------------------------------------------------------------------------------
    _P("init", "Slug kantor baru tidak sah", "slug '<SLUG>' tidak sah: <alasan>",
       "Slug menjadi nama folder dan bagian alamat situs, jadi hanya boleh huruf kecil, angka dan tanda hubung "
       "(alasannya disebut di akhir pesan).",
       "Tulis slug seperti `sigi` atau `kab-sigi`.", "zisite init \"Kab Sigi\""),
    _P("init", "Folder tujuan tidak kosong",
       "folder '<FOLDER>' sudah ada dan tidak kosong; `zisite init` tidak menimpa berkas apa pun",
       "`zisite init` hanya menulis ke folder yang belum ada atau kosong, supaya tidak ada berkas yang tertimpa.",
       "Pilih folder lain dengan `--folder FOLDER`, atau hapus dulu isi folder itu bila memang tidak dipakai."),
    # --- impor ---------------------------------------------------------------------------------
    _P("impor", "Pustaka impor belum terpasang", "pustaka impor belum terpasang (<paket>)",
       "zisite terpasang tanpa pustaka untuk membaca Word, Excel dan PDF (python-docx, openpyxl, pdfplumber); "
       "pustaka itu tambahan pilihan, tidak ikut terpasang bersama zisite. Kode keluar 2.",
       "Pasang sekali dengan `pip install 'zisite[impor]'` (di repositori zisite sendiri: "
       "`.venv/bin/pip install -e '.[impor]'`), lalu jalankan perintahnya lagi.", awalan=_IMPOR),
    _P("impor", "Slug kantor untuk impor tidak sah", "slug kantor '<SLUG>' tidak sah",
       "Nilai `--kantor` menjadi nama folder `plans/<slug>/`, jadi hanya boleh huruf kecil, angka dan tanda hubung "
       "(tanpa spasi). Kode keluar 2.",
       "Tulis slug kantor seperti nama foldernya di `content/offices/`, misalnya `--kantor sigi` atau "
       "`--kantor kab-sigi`.", "zisite impor rencana-aksi.docx --kantor \"Kab Sigi\" --tahun 2026", awalan=_IMPOR),
    _P("impor", "Tahun impor di luar rentang", "tahun <TAHUN> di luar 2000–2100",
       "Nilai `--tahun` bukan tahun empat angka, misalnya hanya `26`. Kode keluar 2.",
       "Tulis tahun rencana aksinya lengkap: `--tahun 2026`.",
       "zisite impor rencana-aksi.docx --kantor sigi --tahun 26", awalan=_IMPOR),
    _P("impor", "Isi opsi kolom tidak sah", "'<bagian>' bukan pasangan judul=peran",
       "Setiap bagian `--kolom` harus berbentuk `JUDUL KOLOM=peran`, dipisah koma; bagian yang disebut tidak "
       "memuat `=`, judulnya atau perannya kosong, atau perannya memuat huruf selain huruf kecil, angka dan `_`. "
       "Kode keluar 2.",
       "Tulis seperti `--kolom \"URAIAN KEGIATAN=aksi,PIC=penanggung_jawab\"` (seluruhnya di antara tanda kutip). "
       "Peran: `nomor`, `bagian`, `kelompok`, `aksi`, `baris`, `bukti_fisik`, `target_waktu`, `target_capaian`, "
       "`abaikan`, atau nama kolom tambahan dengan huruf kecil dan `_`.",
       "zisite impor rencana.xlsx --kantor sigi --tahun 2026 --kolom \"URAIAN KEGIATAN aksi\"",
       pesan_lain=("'<bagian>': judul atau peran kosong atau tidak sah (peran: huruf kecil, angka dan garis bawah, "
                   "diawali huruf, paling panjang 40)",), awalan=_IMPOR + "--kolom: "),
    _P("impor", "Berkas tujuan impor sudah ada", "'<BERKAS>' sudah ada; tidak ditimpa",
       "Rencana aksi kantor dan tahun itu (atau berkas `--keluar`) sudah ada. `zisite impor` tidak menimpa "
       "berkas tanpa diminta, supaya perbaikan yang sudah Anda tulis di sana tidak hilang. Kode keluar 1.",
       "Untuk melihat hasil pembacaan saja, tambahkan `--periksa`. Untuk menulis ke tempat lain: `--keluar "
       "rencana-baru.yaml`. Untuk mengganti berkas lama, tambahkan `--timpa` (perubahan tangan di berkas lama "
       "hilang; versi sebelumnya tetap ada di riwayat Git).",
       "zisite impor rencana-aksi.docx --kantor sigi --tahun 2026", awalan=_IMPOR),
    _P("impor", "Berkas tujuan impor tidak dapat ditulis", "'<BERKAS>' tidak dapat ditulis: <sebab>",
       "Laporan sudah tercetak di atasnya, tetapi berkas YAML gagal ditulis; sebabnya (dari sistem, dalam bahasa "
       "Inggris) disebut di akhir, misalnya `Permission denied` (tidak boleh menulis ke folder itu) atau "
       "`No space left on device` (disk penuh). Berkas tujuan tidak berubah. Kode keluar 1.",
       "Jalankan perintahnya di folder repositori kantor (yang berisi `plans/`), atau pilih tempat lain dengan "
       "`--keluar`; kosongkan ruang disk bila penuh.", awalan=_IMPOR),
    _P("impor", "Berkas yang diimpor tidak ada", "berkas '<BERKAS>' tidak ada",
       "Berkas yang disebut tidak ditemukan dari folder tempat perintah dijalankan, atau yang disebut adalah "
       "folder. Nama berkas yang memuat spasi terpotong bila tidak diberi tanda kutip. Kode keluar 1.",
       "Periksa ejaan dan foldernya (`ls` menampilkan isi folder ini); beri tanda kutip pada nama berspasi: "
       "`zisite impor \"Rencana Aksi 2026.docx\" --kantor sigi --tahun 2026`.",
       "zisite impor Rencana Aksi 2026.docx --kantor sigi --tahun 2026", awalan=_IMPOR),
    _P("impor", "Jenis berkas tidak dapat diimpor", "'<BERKAS>': jenis berkas '<akhiran>' tidak dikenal",
       "`zisite impor` hanya membaca `.docx` (Word), `.xlsx` (Excel), `.csv`, `.tsv`, `.txt` (teks bertab) dan "
       "`.pdf`. Naskah Word/Excel lama (`.doc`, `.xls`), LibreOffice (`.odt`, `.ods`) dan `.rtf` belum dapat "
       "dibaca; gambar dan berkas lain tidak memuat tabel yang dapat dibaca. Kode keluar 1.",
       _SIMPAN_ULANG + " Dari PDF hasil pindai atau gambar, tabelnya harus diketik ulang.",
       "zisite impor rencana-aksi.doc --kantor sigi --tahun 2026",
       pesan_lain=("format <akhiran> belum dapat diimpor",), awalan=_IMPOR),
    _P("impor", "Berkas bermakro",
       "'<BERKAS>' adalah berkas bermakro (<akhiran>); zisite tidak membaca berkas bermakro",
       "Berkas memuat makro (program kecil di dalam naskah Office, misalnya `.docm`, `.xlsm`, atau makro VBA yang "
       "tersembunyi di dalam `.docx`/`.xlsx`). Demi keamanan, berkas bermakro tidak dibuka sama sekali. Kode "
       "keluar 1.",
       "Buka di Word/Excel, pilih **Simpan Sebagai** dengan jenis `.docx` atau `.xlsx` (jawab **Ya** bila ditanya "
       "menyimpan tanpa makro), lalu impor berkas yang baru.",
       pesan_lain=("'<BERKAS>' memuat makro (VBA); zisite tidak membaca berkas bermakro",), awalan=_IMPOR),
    _P("impor", "Berkas dilindungi kata sandi", "'<BERKAS>' terenkripsi atau dilindungi kata sandi",
       "Berkas dikunci dengan kata sandi, sehingga isinya tidak dapat dibaca tanpa membukanya. Pesan kedua juga "
       "muncul untuk naskah Word/Excel lama (`.doc`/`.xls`) yang diberi akhiran `.docx`/`.xlsx`. Kode keluar 1.",
       "Buka di Word/Excel dengan kata sandinya, hapus kata sandi (**File › Info › Lindungi Dokumen › Enkripsi "
       "dengan Kata Sandi**, kosongkan), lalu simpan sebagai `.docx`/`.xlsx`. PDF: cetak ulang ke PDF tanpa kata "
       "sandi, atau impor naskah Word/Excel aslinya.",
       pesan_lain=("'<BERKAS>' dilindungi kata sandi atau disimpan dalam format Office lama",), awalan=_IMPOR),
    _P("impor", "Isi berkas tidak sesuai akhirannya", "'<BERKAS>' berakhiran <akhiran> tetapi isinya <jenis>",
       "Nama berkas berakhiran satu jenis, tetapi isinya jenis lain, misalnya PDF yang dinamai `.docx`, atau "
       "dokumen Word yang dinamai `.xlsx`. Biasanya akhiran nama diganti tangan. Kode keluar 1.",
       "Beri nama berkas dengan akhiran yang sesuai isinya (pesan menyebut isinya), atau simpan ulang dari "
       "aplikasi asalnya dengan jenis yang benar.", awalan=_IMPOR),
    _P("impor", "Berkas impor kosong", "'<BERKAS>' kosong (0 bita)",
       "Berkas tidak berisi apa pun, biasanya karena unduhan atau salinannya gagal. Kode keluar 1.",
       "Unduh atau salin ulang berkas aslinya, periksa bahwa berkas itu terbuka di aplikasinya, lalu ulangi.",
       awalan=_IMPOR),
    _P("impor", "Berkas rusak", "'<BERKAS>' rusak: isinya bukan arsip Office yang utuh",
       "Berkas tidak utuh (unduhan atau salinan terputus) atau rusak, sehingga pustaka pembacanya tidak dapat "
       "membukanya. Bila disebut, `(<sebab>)` adalah nama galat pustakanya dalam bahasa Inggris (misalnya "
       "`KeyError`); untuk CSV, sebabnya biasanya tanda kutip yang tidak ditutup. Kode keluar 1.",
       _SIMPAN_ULANG + " CSV: simpan ulang dari Excel sebagai **CSV UTF-8**. PDF: cetak ulang ke PDF, atau impor "
       "naskah Word/Excel aslinya. Bila aplikasi asalnya juga tidak dapat membukanya, minta salinan baru dari "
       "pengirimnya.",
       pesan_lain=("'<BERKAS>' tidak dapat dibaca (<sebab>); berkasnya mungkin rusak",
                   "'<BERKAS>' tidak dapat dibaca sebagai dokumen Word (<sebab>)",
                   "'<BERKAS>' tidak dapat dibaca sebagai lembar kerja Excel (<sebab>)",
                   "'<BERKAS>' tidak dapat dibaca sebagai PDF (<sebab>)",
                   "'<BERKAS>' rusak (<sebab>)",
                   "'<BERKAS>' rusak di halaman <nomor> (<sebab>)",
                   "'<BERKAS>' bukan CSV yang utuh: <sebab>"), awalan=_IMPOR),
    _P("impor", "CSV bukan teks yang dikenal", "berkas CSV bukan teks UTF-8 atau Windows-1252",
       "Berkas CSV ditulis dengan pengodean huruf yang tidak dikenal (bukan UTF-8 dan bukan Windows-1252 yang "
       "dipakai Excel di Windows berbahasa Indonesia), atau sebenarnya bukan teks. Kode keluar 1.",
       "Buka di Excel, pilih **Simpan Sebagai** dengan jenis **CSV UTF-8 (dipisah koma)**, lalu impor berkas yang "
       "baru. Lebih baik lagi: impor berkas `.xlsx` aslinya.", awalan=_IMPOR),
    _P("impor", "Bom ZIP", "'<BERKAS>' ditolak: bagian '<bagian>' mengembang lebih dari <kali> kali (bom ZIP)",
       "Berkas `.docx`/`.xlsx` sebenarnya arsip ZIP. Satu bagian di dalamnya mengaku berukuran ratusan kali "
       "ukurannya yang terkemas: begitulah \"bom ZIP\" dibuat untuk memenuhi memori komputer. Naskah Word/Excel "
       "biasa tidak pernah begitu. Berkasnya tidak dibuka. Kode keluar 1.",
       "Jangan buka berkas itu. Minta naskah aslinya dari pengirim yang Anda kenal; bila asalnya tidak jelas, "
       "laporkan ke pengelola TI kantor.", awalan=_IMPOR),
    _P("impor", "Berkas impor terlalu besar", "'<BERKAS>' terlalu besar (<ukuran> MiB; batas <batas> MiB)",
       "Berkas melampaui batas yang jauh di atas rencana aksi mana pun (40–70 baris): 20 MiB, 200 MiB setelah "
       "dibuka, 5.000 baris atau 200.000 sel di seluruh tabel, atau PDF 300 halaman. Biasanya berkasnya memuat "
       "hal lain juga (gambar besar, lembar data lain, seluruh lampiran). Kode keluar 1.",
       "Salin hanya tabel rencana aksi (dengan judul dan penanda tangannya) ke berkas baru, lalu impor berkas itu. "
       "PDF: simpan hanya halaman lampiran rencana aksi.",
       pesan_lain=("'<BERKAS>' terlalu besar setelah dibuka (<ukuran> MiB; batas <batas> MiB)",
                   "tabel terlalu besar (<baris> baris, <sel> sel; batas <batas> baris, <batas> sel)",
                   "lembar '<LEMBAR>' terlalu besar (batas <batas> baris, <batas> sel)",
                   "'<BERKAS>' terlalu panjang (<halaman> halaman; batas <batas>)"), awalan=_IMPOR),
    _P("impor", "PDF hasil pindai", "'<BERKAS>' tidak memuat lapisan teks (hasil pindai gambar)",
       "PDF itu hanya berisi gambar halaman (hasil pindai atau foto naskah bertanda tangan), tanpa teks yang dapat "
       "dibaca. zisite tidak mengenali tulisan dari gambar. Kode keluar 1.",
       "Impor naskah Word/Excel aslinya (yang kemudian dicetak dan ditandatangani), atau PDF hasil **Simpan "
       "sebagai PDF** dari naskah itu. Bila tidak ada, ketik ulang tabelnya.", awalan=_IMPOR),
    _P("impor", "Tidak ada tabel rencana aksi",
       "tidak ada tabel rencana aksi di berkas ini: tidak ditemukan baris judul kolom (misalnya NO, KEGIATAN, "
       "INDIKATOR, BUKTI, TARGET WAKTU)",
       "Tidak ada baris yang kata-katanya dikenali sebagai judul kolom rencana aksi: berkasnya tidak memuat tabel "
       "(misalnya kolom dibuat dengan spasi atau tab, atau PDF tanpa garis tabel), atau judul kolomnya memakai "
       "kata-kata lain. Kode keluar 1.",
       "Pastikan rencana aksi berupa tabel. Bila judul kolomnya memakai kata lain, sebutkan peran kolomnya "
       "dengan `--kolom`, paling sedikit kolom baris, misalnya `--kolom \"HAL YANG DIKERJAKAN=aksi,HASIL YANG "
       "DIHARAPKAN=baris\"`. PDF tanpa garis tabel: impor naskah Word/Excel aslinya.",
       "zisite impor surat-biasa.docx --kantor sigi --tahun 2026 --periksa", awalan=_IMPOR),
    _P("impor", "Tidak ada kolom baris",
       "tidak ditemukan kolom untuk baris rencana aksi (misalnya INDIKATOR atau LANGKAH AKSI)",
       "Baris judul kolom ditemukan, tetapi tidak ada kolom yang dapat menjadi `baris` (kolom isi paling kanan, "
       "misalnya INDIKATOR, LANGKAH AKSI, URAIAN), atau `--kolom` sudah memberi semua kolom isi peran lain. "
       "Kode keluar 1.",
       "Sebutkan kolom barisnya: `--kolom \"JUDUL KOLOM=baris\"`, dengan judul seperti tercetak.", awalan=_IMPOR),

    _P("impor", "Judul kolom tidak dikenali",
       "judul kolom '<JUDUL>' tidak dikenali; isinya disimpan sebagai kolom tambahan '<kunci>' (tentukan perannya "
       "dengan --kolom bila perlu)",
       "Kata-kata judul kolom itu tidak menyebut perannya (misalnya bukan KEGIATAN, BUKTI, TARGET WAKTU). Isinya "
       "tidak ditulis ke YAML, hanya tercantum di laporan di bawah **Kolom tambahan**.",
       "Bila kolom itu sebenarnya kegiatan, baris, bukti atau target, impor lagi dengan `--kolom \"<JUDUL>=peran\"`; "
       "bila memang kolom tambahan (misalnya penanggung jawab), biarkan.", awalan=_LAPORAN),
    _P("impor", "Judul rencana aksi tidak ditemukan", "judul rencana aksi tidak ditemukan; ditulis '<judul>', periksa",
       "Di atas tabel tidak ada baris berhuruf besar yang diawali RENCANA AKSI, jadi `judul` diisi judul bawaan.",
       "Ganti `judul` di berkas YAML dengan judul seperti tercetak di naskah asli.", awalan=_LAPORAN),
    _P("impor", "Naskah keputusan terbaca sebagian",
       "naskah keputusan di atas tabel terbaca sebagian (<bagian> tidak ditemukan); 'dokumen' tidak ditulis",
       "Di atas tabel ada naskah keputusan (dengan Menimbang), tetapi jenis (`KEPUTUSAN …`), `NOMOR …` atau "
       "`TENTANG` tidak ditemukan, misalnya karena kop atau nomornya berupa gambar. Karena itu bagian `dokumen` "
       "tidak ditulis sama sekali.",
       "Tambahkan `dokumen` sendiri di berkas YAML bila naskah keputusannya perlu tampil (bentuknya: "
       "[format data](../format-data.md)), atau biarkan bila tidak perlu.", awalan=_LAPORAN),
    _P("impor", "Penanda tangan tidak ditemukan", "penanda tangan tidak ditemukan; isi 'penandatangan' sendiri",
       "Tempat dan tanggal penandatanganan ditemukan, tetapi di bawahnya tidak ada jabatan yang diakhiri koma "
       "diikuti nama (misalnya `Ketua Tim Pelaksana,` lalu `Nurul Huda`).",
       "Isi `penandatangan` (jabatan, nama) di berkas YAML seperti tercetak di naskah asli.", awalan=_LAPORAN),
    _P("impor", "Baris di luar bagian",
       "baris ini tidak berada di bawah bagian mana pun; dibuat bagian berjudul sama dengan judul rencana aksi, "
       "periksa",
       "Baris ini muncul sebelum judul bagian (komponen pengungkit) yang pertama, atau sel bagiannya kosong, "
       "jadi dibuatkan bagian yang judulnya sama dengan judul rencana aksi.",
       "Di berkas YAML, ganti judul bagian itu dengan nama bagian yang benar, atau pindahkan isinya ke bagian "
       "yang semestinya.", awalan=_LAPORAN),
    _P("impor", "Baris judul dibaca sebagai bagian baru", "baris judul selebar tabel dibaca sebagai bagian baru",
       "Sebuah baris berisi satu teks yang digabung selebar tabel, padahal tabel sudah punya kolom bagian; "
       "teks itu dijadikan bagian baru.",
       "Bandingkan dengan naskah asli: bila baris itu bukan judul bagian (misalnya catatan atau judul halaman), "
       "hapus bagian itu di berkas YAML dan pindahkan isinya ke bagian sebelumnya.", awalan=_LAPORAN),
    _P("impor", "Baris tanpa isi", "baris tanpa isi di kolom baris; periksa apakah ini lanjutan baris di atasnya",
       "Di baris tabel ini kolom baris (misalnya INDIKATOR) kosong, tetapi kolom lain terisi; biasanya lanjutan "
       "baris di atasnya yang terpotong, atau tindakan tanpa indikator.",
       "Bandingkan dengan naskah asli: gabungkan isinya ke baris sebelumnya di berkas YAML, atau isi `uraian` "
       "barisnya.", awalan=_LAPORAN),
    _P("impor", "Target waktu tidak dapat dibaca",
       "target waktu '<teks>' tidak dapat dibaca sebagai jadwal; disimpan apa adanya",
       "Tulisan target waktu itu tidak dikenali sebagai bulan, triwulan, semester atau rentang bulan, jadi situs "
       "tidak dapat menilai apakah baris itu terlambat.",
       "Bila maksudnya waktu tertentu, tulis ulang di berkas YAML dalam bentuk yang dikenali (lihat "
       "[target waktu yang dikenali](../format-data.md#target-waktu-yang-dikenali)), misalnya `Maret 2026` atau "
       "`Triwulan I`; bila memang tidak terjadwal (\"Sesuai kebutuhan\"), biarkan.", awalan=_LAPORAN),
    _P("impor", "Target capaian tanpa angka", "target capaian '<teks>' tidak memuat angka",
       "Target capaian itu tidak menyebut jumlah (misalnya \"Seluruh pegawai\"), jadi capaiannya tidak dapat "
       "dihitung.",
       "Bila naskah asli menyebut jumlahnya, tulis di berkas YAML, misalnya `1 Dokumen` atau `100%`; bila "
       "tidak, biarkan.", awalan=_LAPORAN),
    _P("impor", "Sel tampak seperti judul kolom", "sel '<teks>' tampak seperti judul kolom",
       "Isi sel ini sama dengan salah satu judul kolom, biasanya judul kolom yang diulang di halaman baru tetapi "
       "tidak persis sama, sehingga terbaca sebagai isi.",
       "Cari teks itu di berkas YAML dan hapus bila memang judul kolom yang terulang.", awalan=_LAPORAN),
    _P("impor", "Isian hasil impor belum sah", "belum sah (<alasan>); perbaiki lalu jalankan zisite check",
       "Hasil pembacaan belum memenuhi format rencana aksi di tempat yang disebut (dihitung dari 1, misalnya "
       "`bagian 1 › judul`): isian wajib kosong atau nilainya tidak dikenal. Berkas YAML tetap ditulis.",
       "Buka berkas YAML, isi atau perbaiki tempat yang disebut, lalu jalankan `zisite check`; pesan lengkapnya "
       "ada di halaman ini.", awalan="  - <letak di rencana>: "),
    _P("impor", "Tanpa tempat dan tanggal penetapan",
       "tempat dan tanggal penandatanganan tidak ditemukan di bawah tabel; 'pengesahan' tidak ditulis (tambahkan "
       "sendiri bila naskah mencantumkannya)",
       "Di bawah tabel tidak ada baris seperti \"Ditetapkan di …, pada tanggal …\". zisite tidak mengarang "
       "tanggal: `pengesahan` tidak ditulis dan situs menyebut rencana aksi itu \"belum ditetapkan\".",
       "Bila naskah asli mencantumkan tempat dan tanggalnya, tambahkan `pengesahan` di berkas YAML (lihat "
       "[Format data](../format-data.md)); bila memang belum ditetapkan, biarkan.", awalan=_LAPORAN),
    _P("impor", "Kolom ditambahkan untuk judul di dalam tabel",
       "tabel tidak punya kolom <tingkat>, tetapi baris judul di dalamnya mengisi <tingkat>; ditambahkan kolom "
       "'<judul>' agar isinya tampil di situs (ganti judulnya di 'kolom' bila perlu)",
       "Tabel memuat baris judul kelompok atau kegiatan (baris yang hanya berisi satu judul gabungan), tetapi "
       "tidak punya kolom untuk tingkat itu. Supaya judul-judul itu tampil di situs, zisite menambahkan kolom "
       "dengan judul umum.",
       "Buka berkas YAML dan ganti `judul` kolom itu di `kolom` dengan nama yang dipakai kantor Anda, bila "
       "perlu.", awalan=_LAPORAN),
    _P("impor", "Sel gabungan di kolom tambahan tidak sejajar",
       "sel gabungan kolom '<kolom>' menaungi <n> baris yang bukan tepat satu aksi atau satu kelompok; nilainya "
       "ditulis di setiap baris itu",
       "Sel gabungan di kolom tambahan (misalnya penanggung jawab) mencakup baris dari lebih dari satu kegiatan "
       "atau kelompok, jadi nilainya diulang di setiap baris yang dicakupnya.",
       "Periksa di tabel situs bahwa nilainya memang berlaku untuk semua baris itu; bila tidak, perbaiki "
       "`kolom_lain` di berkas YAML.", awalan=_LAPORAN),
    _P("impor", "Nama kolom tambahan sudah dipakai situs",
       "'<judul>': '<peran>' sudah dipakai situs dan tidak dapat menjadi nama kolom tambahan; pilih nama lain, "
       "misalnya <peran>_kolom",
       "Nama yang diberikan di `--kolom` untuk kolom tambahan adalah nama yang dipakai situs sendiri (`tahun`, "
       "`uraian`, …).",
       "Pilih nama lain untuk kolom itu, misalnya dengan akhiran `_kolom`.",
       "zisite impor rencana.xlsx --kantor sigi --tahun 2026 --kolom \"TAHUN=tahun\"", awalan=_IMPOR + "--kolom: "),
    _P("impor", "Tabel SKM tidak ditemukan",
       "tidak ada tabel SKM di berkas ini: tidak ditemukan sembilan unsur (U1 … U9) dengan NRR per periode atau "
       "jumlah jawaban 1–4",
       "Dengan `--jenis survei`, zisite mencari tabel dengan baris U1 … U9 (atau nama resmi unsurnya) dan kolom "
       "NRR per periode atau kolom jawaban 1–4. Tidak ada tabel seperti itu di berkas.",
       "Pastikan berkas berisi hasil SKM per unsur; bila unsurnya ditulis lain, ubah judul barisnya menjadi U1 … "
       "U9 lalu impor lagi.", "zisite impor survei.xlsx --kantor sigi --tahun 2026 --jenis survei",
       awalan=_IMPOR),
    _P("impor", "Periode survei tidak ditemukan",
       "periode survei tidak ditemukan di atas tabel atau di nama lembar; ditulis 'Tahun', periksa",
       "Tabel jumlah jawaban tidak menyebut periodenya, di baris di atas tabel maupun di nama lembar Excel.",
       "Ganti `periode: Tahun` di berkas survei dengan periode yang benar, misalnya `Semester I`.",
       awalan=_LAPORAN),
    _P("impor", "Jumlah jawaban bukan bilangan bulat",
       "jumlah jawaban <nilai> unsur <unsur> '<isi>' bukan bilangan bulat; ditulis 0, periksa",
       "Sel jumlah jawaban berisi teks atau pecahan, jadi dibaca 0.",
       "Isi jumlah yang benar di `jawaban` unsur itu di berkas survei.", awalan=_LAPORAN),
    _P("impor", "Jumlah responden dari jawaban U1",
       "baris jumlah responden tidak ditemukan; responden = banyaknya jawaban U1 (<n>)",
       "Tabel tidak punya baris jumlah responden, jadi jumlahnya diambil dari banyaknya jawaban unsur U1.",
       "Bandingkan dengan laporan SKM; bila berbeda, perbaiki `responden` di berkas survei.", awalan=_LAPORAN),
    _P("impor", "Kolom survei bukan periode",
       "kolom '<judul>' bukan periode; dilewati",
       "Judul kolom di tabel NRR tidak terbaca sebagai periode (misalnya \"Semester I\"), jadi kolomnya dilewati.",
       "Bila kolom itu memang satu periode, ganti judulnya dengan nama periode lalu impor lagi.", awalan=_LAPORAN),
    _P("impor", "Periode survei tanpa sembilan unsur",
       "periode '<periode>' tidak memuat NRR kesembilan unsur; dilewati",
       "Kolom periode itu tidak berisi nilai untuk kesembilan unsur, jadi dilewati.",
       "Lengkapi nilainya di berkas sumber lalu impor lagi, atau tulis periode itu sendiri di berkas survei.",
       awalan=_LAPORAN),
    _P("impor", "Jumlah responden periode tidak ditemukan",
       "jumlah responden periode '<periode>' tidak ditemukan (<alasan>)",
       "Tabel NRR tidak memuat jumlah responden untuk periode itu, dan tanpa responden hasil survei tidak dapat "
       "diterbitkan.", "Tambahkan baris jumlah responden di tabel sumber, lalu impor lagi.", awalan=_IMPOR),
    _P("impor", "Periode survei terbaca dua kali",
       "periode '<periode>' terbaca lebih dari sekali; hapus yang bukan hasil akhirnya (zisite check menolak "
       "periode ganda)",
       "Berkas memuat dua tabel atau dua kolom untuk periode yang sama (misalnya hasil sementara dan akhir).",
       "Hapus yang bukan hasil akhir dari berkas survei.", awalan=_LAPORAN),

    # --- ekspor, and impor --jenis realisasi ---------------------------------------------------------
    _P("ekspor", "Pustaka untuk ekspor belum terpasang", "pustaka impor belum terpasang (<paket>)",
       "`zisite ekspor` menulis berkas Excel dengan pustaka openpyxl, yang dipasang bersama pustaka impor "
       "(bagian tambahan `impor` zisite). Kode keluar 2.",
       "Pasang sekali dengan `pip install 'zisite[impor]'`, lalu jalankan perintahnya lagi.", awalan=_EKSPOR),
    _P("ekspor", "Rencana aksi yang diekspor tidak ada",
       "tidak ada rencana aksi <TAHUN> untuk kantor '<KANTOR>' (plans/<KANTOR>/<TAHUN>.yaml)",
       "Tidak ada berkas `plans/KANTOR/TAHUN.yaml` di folder proyek: slug kantor atau tahunnya salah tulis, atau "
       "perintahnya tidak dijalankan di folder repositori kantor. Baris `petunjuk:` menyebut tahun rencana aksi "
       "yang ada. Kode keluar 2.",
       "Periksa slug dan tahunnya (`zisite baris` menampilkan kantor dan tahun yang ada), atau sebutkan folder "
       "proyek dengan `--folder`.", "zisite ekspor sigi 2019", awalan=_EKSPOR),
    _P("ekspor", "Berkas tujuan ekspor bukan .xlsx", "'<BERKAS>' bukan nama berkas .xlsx",
       "`zisite ekspor` hanya menulis berkas Excel `.xlsx`. Kode keluar 2.",
       "Tulis nama berkas berakhiran `.xlsx`, misalnya `--keluar rencana-aksi-2026.xlsx`.",
       "zisite ekspor sigi 2026 --keluar rencana.xls", awalan=_EKSPOR),
    _P("ekspor", "Rencana aksi bergalat tidak diekspor", "<BERKAS> belum dapat diekspor karena ada galat data",
       "Rencana aksi itu belum lolos `zisite check`. Yang diekspor hanya rencana aksi yang sah, supaya lembar "
       "Excel dan kode barisnya sama dengan yang tampil di situs. Kode keluar 1.",
       "Jalankan `zisite check --kantor KANTOR`, perbaiki galat yang disebut, lalu ekspor lagi.", awalan=_EKSPOR),
    _P("ekspor", "Berkas tujuan ekspor sudah ada", "'<BERKAS>' sudah ada; tidak ditimpa",
       "Berkas Excel tujuan sudah ada. `zisite ekspor` tidak menimpanya tanpa diminta, karena mungkin sudah berisi "
       "isian realisasi. Kode keluar 1.",
       "Pilih nama lain dengan `--keluar`, atau tambahkan `--timpa` untuk menggantinya.", awalan=_EKSPOR),
    _P("ekspor", "Berkas tujuan ekspor tidak dapat ditulis", "'<BERKAS>' tidak dapat ditulis: <sebab>",
       "Berkas Excel gagal ditulis; sebabnya (dari sistem, dalam bahasa Inggris) disebut di akhir, misalnya "
       "`Permission denied`. Berkas yang sudah ada tidak berubah. Kode keluar 1.",
       "Pilih folder lain dengan `--keluar`, tutup berkasnya bila sedang terbuka di Excel, atau kosongkan ruang "
       "disk.", awalan=_EKSPOR),
    _P("ekspor", "Tidak ada lembar realisasi",
       "tidak ada lembar realisasi di berkas ini: tidak ditemukan baris judul dengan KODE BARIS dan KEGIATAN",
       "`zisite impor … --jenis realisasi` mencari lembar dengan judul kolom KODE BARIS dan KEGIATAN, seperti "
       "yang ditulis `zisite ekspor --realisasi`. Berkas ini tidak memuatnya (misalnya berkas rencana aksi tanpa "
       "lembar realisasi, atau judul kolomnya diubah). Kode keluar 1.",
       "Buat lembarnya dengan `zisite ekspor KANTOR TAHUN --realisasi`, isi di Excel tanpa mengubah judul "
       "kolomnya, lalu impor berkas itu.", "zisite impor rencana.xlsx --kantor sigi --tahun 2026 --jenis realisasi",
       awalan=_IMPOR),
    _P("ekspor", "Rencana aksi untuk realisasi tidak ditemukan",
       "rencana aksi <TAHUN> kantor '<KANTOR>' tidak ditemukan atau bergalat di <FOLDER>",
       "Realisasi diperiksa terhadap rencana aksinya (apakah setiap kode baris ada), tetapi rencana aksi kantor "
       "dan tahun itu tidak ada di folder proyek yang disebut, atau belum lolos `zisite check`. Kode keluar 1.",
       "Jalankan perintahnya di folder repositori kantor (yang berisi `plans/`), dan perbaiki galat rencana "
       "aksinya dengan `zisite check`.", awalan=_IMPOR),
    _P("ekspor", "Isian realisasi belum sah", "<jumlah> isian realisasi belum sah; tidak ada berkas ditulis",
       "Sebagian isian di lembar realisasi tidak dapat dibaca atau ditolak pemeriksaan data. Setiap masalah "
       "tercantum di bawahnya sebagai `- <sel>: <pesan>`, misalnya `- Realisasi!A12: baris '9.1.1.1' tidak ada "
       "di rencana aksi 2026`; pesan pemeriksaan data dijelaskan di bagian lain halaman ini. Kode keluar 1.",
       "Perbaiki sel yang disebut di lembar Excel, simpan, lalu impor lagi.", awalan=_IMPOR),
    _P("ekspor", "Tanggal realisasi tidak dapat dibaca",
       "'<teks>' bukan tanggal atau bulan; tulis misalnya 2026-03-27 atau 2026-03",
       "Isi kolom TANGGAL / BULAN tidak dikenali. Yang dibaca: `2026-03-27`, `27/03/2026`, `27 Maret 2026` "
       "(tanggal), `2026-03` atau `Maret 2026` (bulan), dan sel tanggal Excel.",
       "Tulis tanggalnya dalam salah satu bentuk itu.", awalan=_LAPORAN),
    _P("ekspor", "Jumlah realisasi bukan bilangan", "'<teks>' bukan bilangan bulat",
       "Kolom JUMLAH (atau TARGET KE) berisi selain angka, misalnya `dua` atau `1 dokumen`.",
       "Tulis angkanya saja, misalnya `2`; satuannya mengikuti target baris itu.", awalan=_LAPORAN),
    _P("ekspor", "Bukti realisasi tidak dikenali",
       "bukti '<teks>' bukan alamat web (https://…) atau berkas di bukti/; tulis 'Judul: https://…'",
       "Setiap baris di sel BUKTI harus berupa alamat web atau jalur berkas di folder `bukti/`, boleh diawali "
       "judulnya dan titik dua.",
       "Tulis misalnya `Notulen rapat: https://…` atau `Foto kegiatan: bukti/2026/foto.jpg`, satu bukti per "
       "baris sel (Alt+Enter di Excel).", awalan=_LAPORAN),
]
