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
]
