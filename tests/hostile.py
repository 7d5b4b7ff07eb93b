"""The hostile-commit corpus: what someone with commit access to an office repository might push,
each with the exact outcome the project promises.

A case is a few files dropped into the minimal valid project (``zisite.checks.minimal``). Either
``refused``: `zisite check` and `zisite build` exit 1 with exactly these ``galat`` lines among what
they print, and nothing is built; or ``inert``: the check accepts it (it is only text), the site
builds, and every payload — each carries the marker ``ZIXSS`` — is on the pages as visible text and
never in a script, an event attribute, a style, or a link or image URL. ``tests/test_hostile.py``
runs the cases; ``tests/browser/test_hostile_browser.py`` loads every page of a group site made of
all the inert cases in Chromium and fails on any dialog, console error or CSP violation.

Classes covered elsewhere with their own corpora and named here for the count: deploy paths and
hosts (``test_deploy_hardening.py``), CSV formulas (``test_csv_injection.py``), broken YAML
(``corpus/``), statistics (``corpus_stats/``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from zisite.checks.minimal import MINIMAL_OFFICE, MINIMAL_PLAN

MARK = "ZIXSS"
OFFICE_FILE = "content/offices/contoh/office.yaml"
PAGES = "content/offices/contoh/halaman/"
PLAN_FILE = "plans/contoh/2026.yaml"


@dataclass(frozen=True)
class Link:
    """A symbolic link to ``target`` (committed symlinks survive `git clone`)."""

    target: str


@dataclass(frozen=True)
class Case:
    name: str
    attack: str  # what it tries, in one line
    files: dict[str, str | bytes | Link]
    refused: tuple[str, ...] = ()  # exact "file:line:col: galat: message" lines
    inert: tuple[str, ...] = ()  # texts that must be visible, as written, on some page
    office: str = MINIMAL_OFFICE
    plan: str = MINIMAL_PLAN
    mkdocs_extra: str = ""  # appended to the example's mkdocs.yml


def _office(extra: str) -> str:
    return MINIMAL_OFFICE + extra


def _plan_cell(text: str) -> str:
    return MINIMAL_PLAN.replace("uraian: Tim ditetapkan", f"uraian: {text}", 1)  # the row the plan page shows


_SERVICES = "layanan:\n" + "".join(f"  - nama: Layanan {i}\n" for i in range(700))

CASES: tuple[Case, ...] = (
    # --- script through office page Markdown (refused by the check, inert if it got through) ---------
    Case("page-safe-filter", "Jinja |safe smuggles a tag past the HTML check",
         {PAGES + "kontak.md": "{{ '<'|safe }}img src=x onerror=alert(1337)>\n"},
         refused=(f"{PAGES}kontak.md:1:1: galat: penyaring 'safe' tidak dapat dipakai di teks halaman",)),
    Case("page-javascript-link", "a javascript: link in staff Markdown",
         {PAGES + "kontak.md": "## Kontak\n\n[Formulir](javascript:alert(1337))\n"},
         refused=(f"{PAGES}kontak.md:3:10: galat: tautan 'javascript:' tidak diizinkan",)),
    Case("page-reference-link", "a reference-style javascript: link",
         {PAGES + "kontak.md": "## Kontak\n\n[Formulir][1]\n\n[1]: JavaScript:alert(1337)\n"},
         refused=(f"{PAGES}kontak.md:5:1: galat: tautan 'JavaScript:' tidak diizinkan",)),
    Case("page-data-url", "a data: URL carrying a page",
         {PAGES + "wbs.tambahan.md": "[Lapor](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"},
         refused=(f"{PAGES}wbs.tambahan.md:1:7: galat: tautan 'data:' tidak diizinkan",)),
    Case("page-attribute-list", "an attribute list adds an event handler",
         {PAGES + "kontak.md": "## Kontak { onmouseover=alert(1337) }\n"},
         refused=(f"{PAGES}kontak.md:1:11: galat: daftar atribut {{ onmouseover=alert(1337) }} tidak diizinkan",)),
    Case("page-raw-html", "raw HTML with an event handler",
         {PAGES + "survei.md": "## Survei\n\n<img src=x onerror=alert(1337)>\n"},
         refused=(f"{PAGES}survei.md:3:1: galat: HTML tidak diizinkan (<img src=x onerror=alert(1337)>)",)),
    Case("page-remote-image", "a tracking pixel from another host",
         {PAGES + "gratifikasi.tambahan.md": "![Banner](https://pelacak.example/p.png)\n"},
         refused=(f"{PAGES}gratifikasi.tambahan.md:1:1: galat: gambar dari situs lain tidak diizinkan",)),
    Case("page-bidi-override", "U+202E shows a reversed text to readers",
         {PAGES + "kontak.md": "## Kontak\n\nRekening resmi: \u202e9876 5432\n"},
         refused=(f"{PAGES}kontak.md:3:17: galat: memuat karakter kendali tak terlihat (U+202E)",)),
    Case("page-nul-escape", "NUL and ESC bytes in Markdown",
         {PAGES + "kontak.md": "## Kontak\n\nA\x1b[31mB\x00\n"},
         refused=(f"{PAGES}kontak.md:3:2: galat: memuat karakter kendali tak terlihat (U+001B)",)),
    Case("page-python-internals", "a sandbox escape through object internals",
         {PAGES + "kontak.md": "{{ kantor.__class__.__mro__[1].__subclasses__() }}\n"},
         refused=(f"{PAGES}kontak.md:1:1: galat: hanya situs_lain(…) dan surel(…) yang dapat dipanggil di teks halaman",)),
    Case("page-python-attribute", "reading object internals without a call",
         {PAGES + "kontak.md": "## Kontak\n\n{{ kantor.__class__.__init__.__globals__ }}\n"},
         refused=(f"{PAGES}kontak.md:3:1: galat: isian '.__class__' tidak diizinkan: teks halaman hanya membaca data kantor",)),
    Case("page-range-loop", "a loop to a hundred thousand, nested",
         {PAGES + "kontak.md": "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}\n"},
         refused=(f"{PAGES}kontak.md:1:1: galat: hanya situs_lain(…) dan surel(…) yang dapat dipanggil di teks halaman",
                  f"{PAGES}kontak.md:1:1: galat: hanya situs_lain(…) dan surel(…) yang dapat dipanggil di teks halaman")),
    Case("page-macro-recursion", "a recursive macro",
         {PAGES + "kontak.md": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}\n"},
         refused=(f"{PAGES}kontak.md:1:1: galat: makro ({{% macro %}}) tidak dapat dipakai di teks halaman",
                  f"{PAGES}kontak.md:1:1: galat: hanya situs_lain(…) dan surel(…) yang dapat dipanggil di teks halaman")),
    Case("page-string-bomb", "a string multiplied to a gigabyte",
         {PAGES + "kontak.md": "{{ 'x' * 1000000000 }}\n"},
         refused=(f"{PAGES}kontak.md:1:1: galat: perkalian (*) tidak dapat dipakai di teks halaman",)),
    Case("page-nested-loops", "loops over a long office list, nested, with nothing printed",
         {PAGES + "layanan-inovasi.md": "{% for a in kantor.layanan %}{% for b in kantor.layanan %}{% endfor %}{% endfor %}\n"},
         office=_office(_SERVICES),
         refused=(f"{PAGES}layanan-inovasi.md:1:1: galat: teks halaman terlalu berat untuk diisi "
                  "(terlalu banyak langkah (perulangan atau isian))",)),
    Case("page-too-large", "a page text of 300 KiB",
         {PAGES + "kontak.md": "teks " * (300 * 1024 // 5)},
         refused=(f"{PAGES}kontak.md:1:1: galat: berkas terlalu besar (307200 bita; batasnya 262144)",)),
    # --- office.yaml values: only text, printed as written ------------------------------------------
    Case("name-quote", "a quote in the site name breaks out of aria-label",
         {}, office=MINIMAL_OFFICE.replace("nama_singkat: KPU Kabupaten Contoh",
                                           "nama_singkat: 'KPU\" onfocus=\"alert(1337)'"),
         refused=(f"{OFFICE_FILE}:2:15: galat: 'nama_singkat' memuat tanda (\"), yang tidak boleh ada di nama karena "
                  "nama menjadi judul situs dan label tautan",)),
    Case("url-javascript", "a javascript: URL in a link field",
         {}, office=_office("tautan:\n  pengaduan: javascript:alert(1337)\n"),
         refused=(f"{OFFICE_FILE}:5:14: galat: 'pengaduan' harus alamat web lengkap yang diawali http:// atau https:// "
                  "(di tautan)",)),
    Case("office-bidi", "U+202E in the office address",
         {}, office=_office("alamat: \"Jl. Contoh \u202e1 No\"\n"),
         refused=(f"{OFFICE_FILE}:4:9: galat: 'alamat' memuat karakter kendali tak terlihat (U+202E)",)),
    Case("name-markdown-link", "Markdown link syntax in the short name (13 pages print it)",
         {}, office=MINIMAL_OFFICE.replace("nama_singkat: KPU Kabupaten Contoh",
                                           f"nama_singkat: 'KPU [{MARK}](javascript:alert(1337))'"),
         inert=(f"KPU [{MARK}](javascript:alert(1337))",)),
    Case("address-attribute-list", "an attribute list in the address",
         {}, office=_office(f"alamat: 'Jl. {MARK} {{ onmouseover=alert(1337) }}'\n"),
         inert=(f"Jl. {MARK} {{ onmouseover=alert(1337) }}",)),
    Case("maklumat-image", "image syntax with a handler in the service pledge",
         {}, office=_office(f"maklumat_pelayanan: '![{MARK}](x onerror=alert(1337))'\n"),
         inert=(f"![{MARK}](x onerror=alert(1337))",)),
    Case("service-reference-definition", "a reference definition in a service name",
         {}, office=_office(f"layanan:\n  - nama: '[{MARK}][1]'\n    prosedur: \"x\\n\\n[1]: javascript:alert(1337)\"\n"),
         inert=(f"[{MARK}][1]",)),
    Case("url-breaks-out", "a URL whose ')' would end the Markdown link early",
         {}, office=_office(f"situs_web: 'https://contoh.go.id/a)[{MARK}](javascript:alert(1337)'\n"),
         inert=(f"https://contoh.go.id/a)[{MARK}](javascript:alert(1337) (situs lain)",)),
    Case("plan-cell-markup", "Markdown and entities in a plan cell",
         {}, plan=_plan_cell(f"'[{MARK}](javascript:alert(1337)) **tebal** {{: onclick=alert(1337) }}'"),
         inert=(f"[{MARK}](javascript:alert(1337)) **tebal** {{: onclick=alert(1337) }}",)),
    Case("plan-cell-entity", "an HTML entity in a plan cell",
         {}, plan=_plan_cell("'Tim &lt;script&gt; ditetapkan'"),
         refused=(f"{PLAN_FILE}:21:25: galat: 'uraian' memuat HTML (&lt;), yang tidak diizinkan di dalam teks "
                  "(di bagian 1 › kelompok 1 › aksi 1 › baris 1)",)),
    Case("docs-dir-page", "a page in the site's own docs_dir with script, a handler and a javascript: link",
         {"content/halaman/info.md": f"# Info\n\n<script>alert(1337)</script>\n\n<p onclick=\"alert(1337)\">{MARK} klik</p>\n\n"
                                     f"[{MARK} tautan](javascript:alert(1337))\n"},
         mkdocs_extra="not_in_nav: |\n  info.md\n",
         refused=("content/halaman/info.md:3:1: galat: <script> tidak diizinkan di halaman situs",
                  "content/halaman/info.md:5:1: galat: atribut onclick tidak diizinkan di halaman situs",
                  "content/halaman/info.md:7:16: galat: tautan 'javascript:' tidak diizinkan di halaman situs")),
    Case("docs-dir-hidden-scheme", "a javascript: link hidden by an entity and a tab in a docs_dir page",
         {"content/halaman/info.md": "# Info\n\n<a href=\"jav&#x61;script:alert(1337)\">a</a> [b](java\tscript:alert(1337))\n"},
         mkdocs_extra="not_in_nav: |\n  info.md\n",
         refused=("content/halaman/info.md:3:10: galat: tautan 'javascript:' tidak diizinkan di halaman situs",)),
    Case("docs-dir-page-html", "plain HTML in a docs_dir page is the maintainers' to use",
         {"content/halaman/info.md": f"# Info\n\n<div class=\"catatan\" markdown>\n{MARK} **penting**\n</div>\n"},
         mkdocs_extra="not_in_nav: |\n  info.md\n", inert=(f"{MARK} penting",)),
    # --- personal data, however written ----------------------------------------------------------
    Case("plan-nik-no-break-spaces", "a citizen's NIK split by no-break spaces in a plan row",
         {}, plan=_plan_cell("'Tim ditetapkan, ketua NIK 7201\u00a00101\u00a00101\u00a00001'"),
         refused=(f"{PLAN_FILE}:21:52: galat: 'uraian' memuat nomor yang tampak seperti NIK (16 angka) (7201…): data "
                  "pribadi tidak boleh diterbitkan (di bagian 1 › kelompok 1 › aksi 1 › baris 1)",)),
    Case("page-email-at-dot", "a private e-mail written with [at] and [dot] on an office page",
         {PAGES + "pengaduan.tambahan.md": "Hubungi petugas: budi.santoso [at] gmail [dot] com\n"},
         refused=(f"{PAGES}pengaduan.tambahan.md:1:18: galat: teks halaman memuat alamat surel (…@gmail.com): data pribadi "
                  "tidak boleh diterbitkan",)),
    Case("office-arabic-indic-phone", "a private mobile number in Arabic-Indic digits in the pledge",
         {}, office=_office("maklumat_pelayanan: 'Hubungi ٠٨١٢-٣٤٥٦-٧٨٩٠'\n"),
         refused=(f"{OFFICE_FILE}:4:30: galat: 'maklumat_pelayanan' memuat nomor telepon (0812…): data pribadi "
                  "tidak boleh diterbitkan",)),
    # --- files outside the repository ----------------------------------------------------------------
    Case("page-symlink", "a page text that is a link to /etc/passwd",
         {PAGES + "kontak.md": Link("/etc/passwd")},
         refused=(f"{PAGES}kontak.md:1:1: galat: 'kontak.md' adalah tautan simbolik (symlink); "
                  "yang diterbitkan hanya berkas biasa di dalam repositori",)),
    Case("shadow-plan", "a second plan file for the same year, .yml beside .yaml",
         {"plans/contoh/2026.yml": MINIMAL_PLAN.replace("RENCANA AKSI CONTOH", f"RENCANA {MARK}")},
         refused=("plans/contoh/2026.yml:1:1: galat: berkas rencana aksi tahun 2026 ada dua: 2026.yaml dan 2026.yml",)),
)
