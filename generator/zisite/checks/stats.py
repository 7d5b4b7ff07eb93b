"""Checks on statistics files: no personal data, and figures that agree with each other.

Two passes. The personal-data guard (``checks.personal``, strictest here: any e-mail address or
phone number) reads the raw YAML (every key and every text or number, including free text and
names of categories) before the model does, so nothing that could identify a complainant or
whistleblower reaches the site, whatever key it hides under; in complaint, gratification and WBS
texts an honorific before a capitalised word ("Bapak Ahmad") is a warning. The
consistency pass reads the validated model: parts that do not add up to their total, periods of
another year or given twice, ``nihil`` beside reported numbers. Every message points at the line
staff must edit.
"""

from __future__ import annotations

import difflib
import re
import typing

from pydantic import BaseModel, TypeAdapter, ValidationError

from .identity import office_and_year
from .personal import Found, find_personal, names_in_text, personal_in_text
from ..diagnostics import Diagnostic, Severity, has_errors, human_path
from ..domain import survey
from ..domain.periods import Period
from ..models.fields import RequiredText
from ..models.stats import (STATS_KINDS, ComplaintChannels, ComplaintStats, GratuityStats, StatsFile, SurveyStats, WbsStats,
                            is_approx)
from ..text.format import desimal
from .validate import model_at, validate
from ..load.yaml import Loaded

Path_ = tuple[str | int, ...]

# --- personal data --------------------------------------------------------------------------

_SECRET = ("identitas pelapor pengaduan dan pelapor pelanggaran (whistleblower) wajib dirahasiakan; "
           "berkas statistik hanya memuat jumlah")
_NAME_HINT = ("bila ini nama pelapor, terlapor atau warga, samarkan (misalnya 'seorang pelapor', 'seorang pegawai'): "
              "identitas pelapor wajib dirahasiakan (UU 27/2022 tentang Pelindungan Data Pribadi); bila bukan nama "
              "orang, biarkan")
_PERSONAL_WORDS = {"nama", "nik", "ktp", "kk", "telepon", "telp", "tlp", "hp", "handphone", "ponsel", "whatsapp",
                   "wa", "email", "mail", "surel", "alamat", "pelapor", "terlapor", "identitas", "kontak", "lahir"}
# Texts about reports people made: a name there is probably a reporter's or the reported person's.
_REPORT_TEXTS = (ComplaintStats, GratuityStats, WbsStats)


def _personal_in_number(value: int) -> Found | None:
    """A whole number (an unquoted ``catatan: 7201010101010001``) that is a NIK or a phone number."""
    return personal_in_text(str(abs(value)))


def _personal_key(key: str) -> bool:
    words = set(re.split(r"[^a-z0-9]+", key.lower()))
    return bool(words & _PERSONAL_WORDS)


_NAME_LABELS = {"kategori": "nama kategori", "nilai": "nama unsur", "jawaban": "nama unsur"}
_FREE = "free"        # a mapping whose keys are names staff choose (kategori, unsur SPAK)
_UNKNOWN = "unknown"  # below a key the model does not know


def _is_mapping(annotation: object) -> bool:
    """Whether a field holds a mapping whose keys staff name themselves (``dict[str, …]``)."""
    return any(typing.get_origin(a) is dict for a in (annotation, *typing.get_args(annotation)))


def personal_data(loaded: Loaded, model: type[BaseModel]) -> list[Diagnostic]:
    """Every place in the raw file that looks like personal data, one diagnostic each."""
    return _personal(loaded, model)[0]


def _personal(loaded: Loaded, model: type[BaseModel]) -> tuple[list[Diagnostic], set[tuple[int, int]]]:
    """The diagnostics, and the places (of values and keys) that hold personal data."""
    found: list[Diagnostic] = []
    refused: set[tuple[int, int]] = set()
    names = model in _REPORT_TEXTS

    def report(path: Path_, message: str, code: str, *, key: bool = False, at: tuple[str, int] | None = None,
               severity: Severity = Severity.ERROR, hint: str = _SECRET) -> None:
        line, column = loaded.place_in(path, *at) if at else loaded.place(path, key=key)
        if severity is Severity.ERROR:
            refused.add(loaded.place(path, key=key))
        found.append(Diagnostic(loaded.display, line, column, severity, message,
                                where=human_path(_parent(path)) or None, hint=hint, code=code))

    def name_of(path: Path_) -> str:
        return next((str(part) for part in reversed(path) if isinstance(part, str)), "isi")

    def person(text: str, path: Path_, label: str, *, key: bool = False) -> None:
        if names:
            for hit in names_in_text(text):
                report(path, f"{label} memuat {hit.what} ({hit.shown})", "personal-name", key=key,
                       at=None if key else (text, hit.start), severity=Severity.WARNING, hint=_NAME_HINT)

    def scalar(value: object, path: Path_) -> None:
        if isinstance(value, str):
            for hit in find_personal(value):
                report(path, f"'{name_of(path)}' memuat {hit.what} ({hit.shown}): berkas statistik tidak boleh "
                             "memuat data pribadi", "personal-data", at=(value, hit.start))
            person(value, path, f"'{name_of(path)}'")
        elif isinstance(value, int) and not isinstance(value, bool) and (hit := _personal_in_number(value)):
            report(path, f"'{name_of(path)}' memuat {hit.what} ({hit.shown}): berkas statistik tidak boleh "
                         "memuat data pribadi", "personal-data")

    def walk(value: object, path: Path_, context: object) -> None:
        if isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, path + (i,), context)
            return
        if not isinstance(value, dict):
            scalar(value, path)
            return
        for key, child in value.items():
            child_path = path + (key,)
            if context is _FREE:
                hit = personal_in_text(key)
                if hit:
                    label = _NAME_LABELS.get(name_of(path), f"kunci di '{name_of(path)}'")
                    report(child_path, f"{label} memuat {hit.what} ({hit.shown}): berkas statistik tidak boleh "
                                       "memuat data pribadi", "personal-data", key=True)
                    continue
                person(key, child_path, _NAME_LABELS.get(name_of(path), f"kunci di '{name_of(path)}'"), key=True)
                walk(child, child_path, _UNKNOWN)
                continue
            known = isinstance(context, type) and key in context.model_fields
            # Under 'saluran' a word like 'whatsapp' or 'telepon' names a channel: a misspelt channel
            # gets the usual "maksud Anda" message, not a personal-data one.
            if not known and context is not ComplaintChannels and _personal_key(key):
                report(child_path, f"kunci '{key}' tidak diizinkan: berkas statistik tidak boleh memuat data "
                                   "pribadi (nama, NIK, nomor telepon, surel, alamat)", "personal-key", key=True)
                continue  # the whole value goes with the key; one message is enough
            if not known:
                if hit := personal_in_text(key):
                    report(child_path, f"kunci '{hit.shown}' memuat {hit.what}: berkas statistik tidak boleh "
                                       "memuat data pribadi", "personal-data", key=True)
                    continue
                walk(child, child_path, _UNKNOWN)
                continue
            inner = model_at(model, child_path)
            if inner is None:
                inner = _FREE if _is_mapping(context.model_fields[key].annotation) else _UNKNOWN
            walk(child, child_path, inner)

    walk(loaded.data, (), model)
    return found, refused


# --- consistency ----------------------------------------------------------------------------

def _parent(path: Path_) -> Path_:
    """The path above the value a message names, as ``checks.validate`` shows it: ``periode 2 › saluran``."""
    while path and isinstance(path[-1], int):
        path = path[:-1]
    return path[:-1]


class _Report:
    """Collects diagnostics for one file, each placed at a YAML path."""

    def __init__(self, loaded: Loaded):
        self.loaded = loaded
        self.found: list[Diagnostic] = []

    def add(self, path: Path_, message: str, code: str, hint: str | None = None, *, key: bool = False,
            severity: Severity = Severity.ERROR, where: Path_ | None = None) -> None:
        line, column = self.loaded.place(path, key=key)
        if where is None:
            where = _parent(path)
        self.found.append(Diagnostic(self.loaded.display, line, column, severity, message,
                                     where=human_path(where) or None, hint=hint, code=code))

    def line(self, path: Path_) -> int:
        return self.loaded.place(path)[0]


_TEXT = TypeAdapter(RequiredText)


def _names(report: _Report, names, path: Path_, label: str) -> None:
    """Names staff chose as keys (kategori, unsur SPAK) follow the rules of any other text."""
    for name in names:
        try:
            _TEXT.validate_python(name)
        except ValidationError as exc:
            error = exc.errors(include_url=False)[0]
            report.add(path + (name,), f"{label} {error['msg']}", "stat-key-text", (error.get("ctx") or {}).get("petunjuk"),
                       key=True)


SURVEY_ONE_KIND = ("dalam satu daftar survei (skm atau spak), semua periode berjenis sama: semua triwulan, semua "
                   "semester, atau semua setahun")
"""The staff guide's rule (menambah-statistik.md): survey results are compared period to period."""


def _periods(report: _Report, items, path: Path_, year: int, one_kind: bool = False) -> None:
    """Each period of the file's year, each month in at most one period of the list; with
    ``one_kind`` (survey lists, compared period to period) all of one kind."""
    seen: list[tuple[Period, int]] = []
    for i, item in enumerate(items):
        here = path + (i, "periode")
        period: Period = item.periode
        if one_kind and seen and period.kind is not seen[0][0].kind:
            first = seen[0][0]
            report.add(here, f"periode '{period.text.strip()}' berjenis {period.kind.value}, padahal periode pertama "
                             f"daftar ini ('{first.text.strip()}') berjenis {first.kind.value}", "survey-period-mixed",
                       SURVEY_ONE_KIND + "; hasil yang berbeda jenis periodenya tidak dapat dibandingkan")
            continue
        if period.year is not None and period.year != year:
            report.add(here, f"periode '{period.text.strip()}' bukan tahun {year}, tahun berkas ini", "period-year",
                       f"data tahun {period.year} ditulis di berkas {period.year}.yaml di folder yang sama; "
                       "atau perbaiki tahunnya")
            continue
        for other, index in seen:
            if (other.kind, other.index) == (period.kind, period.index):
                first = report.line(path + (index, "periode"))
                if " ".join(other.text.split()) == " ".join(period.text.split()):
                    message = f"periode '{period.text.strip()}' sudah ditulis di baris {first}"
                else:
                    message = f"periode '{period.text.strip()}' sama dengan '{other.text.strip()}' di baris {first}"
                report.add(here, message, "period-twice",
                           "setiap periode hanya ditulis sekali; gabungkan angkanya atau perbaiki nama periodenya")
                break
            if period.overlaps(other):
                first = report.line(path + (index, "periode"))
                report.add(here, f"periode '{period.text.strip()}' tumpang tindih dengan '{other.text.strip()}' "
                                 f"di baris {first}", "period-overlap",
                           "pakai satu jenis periode dalam satu daftar (semua bulan, semua triwulan, semua semester "
                           "atau setahun) agar tidak ada angka yang terhitung dua kali")
                break
        else:
            seen.append((period, i))


def _parts(report: _Report, item, path: Path_, names: tuple[str, ...], total_name: str, code: str, hint: str) -> None:
    """Parts written (some may be left out) must not exceed their total."""
    total = getattr(item, total_name)
    parts = [(name, getattr(item, name)) for name in names if getattr(item, name) is not None]
    if is_approx(total) or any(is_approx(n) for _, n in parts):
        return  # "sekitar 40" cannot be held to an exact sum
    counted = sum(n for _, n in parts)
    if counted > total:
        shown = " + ".join(f"{name} ({n})" for name, n in parts)
        equals = f" = {counted}" if len(parts) > 1 else ""
        report.add(path + (total_name,), f"{shown}{equals}, lebih banyak dari '{total_name}' ({total})", code, hint)


def _complaints(report: _Report, stats: ComplaintStats) -> None:
    for i, item in enumerate(stats.periode):
        path = ("periode", i)
        _names(report, item.kategori, path + ("kategori",), "nama kategori")
        _names(report, item.hasil, path + ("hasil",), "nama hasil")
        if _exact(item.diterima, *item.kategori.values()) and item.kategori and (total := sum(item.kategori.values())) != item.diterima:
            report.add(path + ("kategori",), f"jumlah per kategori ({total}) tidak sama dengan 'diterima' "
                                             f"({item.diterima})", "sum-kategori",
                       "setiap pengaduan yang diterima masuk tepat satu kategori; periksa angkanya", key=True)
        if (item.saluran is not None and _exact(item.diterima, *(n for _, _, n in item.saluran.items()))
                and (total := item.saluran.total()) != item.diterima):
            report.add(path + ("saluran",), f"jumlah per saluran ({total}) tidak sama dengan 'diterima' "
                                            f"({item.diterima})", "sum-saluran",
                       "setiap pengaduan masuk lewat tepat satu saluran; saluran yang tidak ada di daftar ditulis "
                       "di 'lainnya'", key=True)
        _parts(report, item, path, ("diproses", "selesai", "tidak_memenuhi_syarat", "diteruskan"), "diterima",
               "sum-status", "setiap pengaduan yang diterima pada periode ini dihitung di satu keadaan saja; "
                             "periksa angkanya")


_GRATUITY_COUNTS = ("penerimaan", "penolakan", "nilai_rupiah", "objek")


def _exact(*values) -> bool:
    """Whether sums over these figures can be checked: none is "sekitar …"."""
    return not any(is_approx(v) for v in values if v is not None)


def _category_sum(report: _Report, path: Path_, counts: dict, total, field: str, total_label: str, code: str,
                  hint: str) -> None:
    if counts and total is not None and _exact(total, *counts.values()) and (found := sum(counts.values())) != total:
        report.add(path + (field,), f"jumlah per {field.replace('_', ' ')} ({found}) tidak sama dengan {total_label} "
                                    f"({total})", code, hint, key=True)
_KPK = ("milik_negara", "milik_penerima", "dalam_proses")


def _gratuity(report: _Report, stats: GratuityStats) -> None:
    for i, item in enumerate(stats.periode):
        path = ("periode", i)
        if item.nihil:
            written = [((name,), getattr(item, name)) for name in _GRATUITY_COUNTS]
            if item.keputusan_kpk is not None:
                written += [(("keputusan_kpk", name), getattr(item.keputusan_kpk, name)) for name in _KPK]
            written += [((field, name), value) for field in ("pelapor", "jenis_objek")
                        for name, value in getattr(item, field).items()]
            for sub, value in written:
                if value:
                    report.add(path + sub, f"'{sub[-1]}' bernilai {value}, padahal periode ini ditulis nihil",
                               "nihil-with-counts", "nihil berarti tidak ada laporan gratifikasi; hapus 'nihil: true' "
                                                    "atau hapus angka ini")
            continue
        for name in ("penerimaan", "penolakan"):
            if getattr(item, name) is None:
                report.add(path, f"kunci wajib '{name}' belum diisi", "missing",
                           f"tulis {name}: 0 bila tidak ada; bila tidak ada laporan sama sekali, tulis nihil: true",
                           where=path)
        _names(report, item.pelapor, path + ("pelapor",), "nama jenis pelapor")
        _names(report, item.jenis_objek, path + ("jenis_objek",), "nama jenis objek")
        if item.penerimaan is not None and item.penolakan is not None:
            _category_sum(report, path, item.pelapor, item.penerimaan + item.penolakan if _exact(item.penerimaan, item.penolakan)
                          else None, "pelapor", "penerimaan + penolakan", "sum-pelapor",
                          "setiap laporan dibuat oleh satu jenis pelapor (misalnya UPG atau individu); periksa angkanya")
        _category_sum(report, path, item.jenis_objek, item.objek, "jenis_objek", "'objek'", "sum-objek",
                      "setiap objek gratifikasi masuk tepat satu jenis; periksa angkanya")
        decision = item.keputusan_kpk
        if decision is not None and item.penerimaan is not None and _exact(item.penerimaan, decision.milik_negara,
                                                                           decision.milik_penerima, decision.dalam_proses) \
                and decision.total() != item.penerimaan:
            report.add(path + ("keputusan_kpk",), f"jumlah keputusan KPK ({decision.total()}) tidak sama dengan "
                                                  f"'penerimaan' ({item.penerimaan})", "sum-kpk",
                       "setiap laporan penerimaan dicatat sekali: milik_negara, milik_penerima, atau dalam_proses "
                       "bila KPK belum menetapkan", key=True)


def _wbs(report: _Report, stats: WbsStats, year: int) -> None:
    for i, item in enumerate(stats.periode):
        path = ("periode", i)
        _parts(report, item, path, ("ditindaklanjuti", "tidak_ditindaklanjuti"), "diterima", "sum-wbs",
               "setiap laporan yang diterima pada periode ini ditindaklanjuti atau tidak; periksa angkanya")
        if item.diteruskan is not None and _exact(item.diteruskan, item.diterima) and item.diteruskan > item.diterima:
            report.add(path + ("diteruskan",), f"'diteruskan' ({item.diteruskan}) lebih banyak dari 'diterima' "
                                               f"({item.diterima})", "sum-wbs",
                       "laporan yang diteruskan adalah bagian dari laporan yang diterima pada periode ini; "
                       "periksa angkanya")
    for i, item in enumerate(stats.dim):
        period = item.periode
        if period.year is not None and period.year != year:
            report.add(("dim", i, "periode"), f"periode '{period.text.strip()}' bukan tahun {year}, tahun berkas ini",
                       "period-year", f"masalah tahun {period.year} dicatat di berkas {period.year}.yaml")


def _answers(report: _Report, path: Path_, element: str, counts: tuple[int, ...], respondents: int) -> None:
    total = sum(counts)
    if total == 0:
        report.add(path, f"unsur {element} tidak punya jawaban (semua 0)", "answers-none",
                   "tulis banyaknya jawaban 1, 2, 3 dan 4; unsur tanpa jawaban tidak dapat dinilai")
    elif total > respondents:
        report.add(path, f"jumlah jawaban unsur {element} ({total}) lebih banyak dari 'responden' ({respondents})",
                   "answers-responden", "setiap responden menjawab sekali per unsur; periksa angkanya")
    elif total < respondents:
        report.add(path, f"jumlah jawaban unsur {element} ({total}) lebih sedikit dari 'responden' ({respondents})",
                   "answers-responden", "biarkan bila ada responden yang tidak menjawab unsur ini; nilainya dihitung "
                                        "dari jawaban yang ada", severity=Severity.WARNING)


def _one_of(report: _Report, item, path: Path_, first: str, second: str, first_means: str) -> bool:
    has_first, has_second = getattr(item, first) is not None, getattr(item, second) is not None
    if not has_first and not has_second:
        report.add(path, f"kunci wajib '{first}' atau '{second}' belum diisi", "missing",
                   f"tulis '{first}' bila hanya punya {first_means}, atau '{second}' bila punya banyaknya "
                   "jawaban 1–4 per unsur", where=path)
        return False
    if has_first and has_second:
        report.add(path + (second,), f"'{first}' dan '{second}' tidak boleh diisi bersamaan", "survey-both",
                   f"pilih salah satu; dari '{second}' situs menghitung nilainya sendiri", key=True)
        return False
    return True


def _valid_result(item):
    try:
        return item.result()
    except ValueError:
        return None


def _declared(report: _Report, stats: StatsFile) -> None:
    """``daftar`` names the category lists this kind has; each period uses only the names declared."""
    lists = {"pengaduan": ("kategori", "hasil"), "gratifikasi": ("pelapor", "jenis_objek")}
    kind = next((k for k, v in STATS_KINDS.items() if isinstance(stats, v.model)), "")
    allowed = lists.get(kind, ())
    for field, names in stats.daftar.items():
        if field not in allowed:
            shown = ", ".join(allowed) if allowed else "tidak ada"
            report.add(("daftar", field), f"'daftar' tidak mengenal rincian '{field}'", "stat-daftar",
                       f"rincian yang boleh didaftar di berkas {kind or 'ini'}: {shown}", key=True)
            continue
        for i, item in enumerate(getattr(stats, "periode", ())):
            for name in getattr(item, field):
                if name not in names:
                    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
                    report.add(("periode", i, field, name), f"{field.replace('_', ' ')} '{name}' tidak ada di daftar "
                                                           f"{field.replace('_', ' ')} kantor"
                               + (f"; maksud Anda '{close[0]}'?" if close else ""), "stat-category-undeclared",
                               f"pakai salah satu nama di 'daftar: {field}' ({', '.join(names)}), atau tambahkan "
                               "nama ini ke daftar", key=True)


def _survey(report: _Report, stats: SurveyStats) -> None:
    if not stats.skm and not stats.spak:
        report.add((), "berkas survei harus memuat 'skm' atau 'spak'", "survey-empty",
                   "tulis hasil Survei Kepuasan Masyarakat di 'skm' dan/atau Survei Persepsi Anti Korupsi di 'spak'")
    for i, item in enumerate(stats.skm):
        path = ("skm", i)
        if not _one_of(report, item, path, "nrr", "jawaban", "nilai rata-rata per unsur"):
            continue
        field = "nrr" if item.nrr is not None else "jawaban"
        given = item.given()
        if item.jawaban is not None:
            for element in given:
                _answers(report, path + ("jawaban", element), element.upper(), getattr(item.jawaban, element),
                         item.responden)
        if not given:
            report.add(path + (field,), f"'{field}' harus berisi minimal satu unsur (u1 … u9)", "survey-empty",
                       "tulis nilai setiap unsur yang diterbitkan, satu unsur per baris", key=True)
            continue
        missing = [u for u in survey.SKM_ELEMENTS if u not in given]
        if missing and item.ikm_terbit is None:
            report.add(path + (field,), f"'{field}' hanya memuat {len(given)} dari 9 unsur (tidak ada "
                                        f"{', '.join(u for u in missing)}) dan 'ikm_terbit' belum diisi", "survey-subset",
                       "lengkapi kesembilan unsur; atau, bila kantor hanya menerbitkan sebagian unsur, tulis IKM yang "
                       "diterbitkannya di 'ikm_terbit': situs lalu menghitung IKM dari unsur yang ada dan menyebutkannya",
                       key=True)
            continue
        if item.ikm_terbit is not None and item.alasan_selisih is None and _valid_result(item) is not None:
            shown = _valid_result(item).shown
            published = survey.round_half_up(item.ikm_terbit)
            if published != shown:
                report.add(path + ("ikm_terbit",), f"IKM terbit {desimal(published)} berbeda dari hasil hitungan "
                                                   f"{desimal(shown)} dan 'alasan_selisih' belum diisi",
                           "survey-published-differs",
                           "situs menampilkan keduanya; tulis alasan selisihnya di 'alasan_selisih' (misalnya 'dihitung "
                           "dengan bobot 0,111'), atau perbaiki angkanya", severity=Severity.WARNING)
    for i, item in enumerate(stats.spak):
        path = ("spak", i)
        for field in ("nilai", "jawaban"):
            values = getattr(item, field)
            if values is not None:
                _names(report, values, path + (field,), "nama unsur")
                if not values:
                    report.add(path + (field,), f"'{field}' harus berisi minimal satu unsur", "survey-empty",
                               "tulis nama unsur: nilai, satu unsur per baris")
        if _one_of(report, item, path, "nilai", "jawaban", "nilai rata-rata per unsur") and item.jawaban:
            for name, counts in item.jawaban.items():
                _answers(report, path + ("jawaban", name), f"'{name}'", counts, item.responden)


def consistency(stats: StatsFile, loaded: Loaded, file_name: str, file_year: int) -> list[Diagnostic]:
    """Everything about a valid statistics file that its model alone cannot see."""
    report = _Report(loaded)
    misplaced = office_and_year(loaded, stats, file_name=file_name, year=file_year, kind="stat")
    if misplaced is not None:
        return [misplaced]  # every period would be reported as another year's
    if isinstance(stats, SurveyStats):
        _periods(report, stats.skm, ("skm",), stats.tahun, one_kind=True)
        _periods(report, stats.spak, ("spak",), stats.tahun, one_kind=True)
        _survey(report, stats)
    else:
        _periods(report, stats.periode, ("periode",), stats.tahun)
    _declared(report, stats)
    if isinstance(stats, ComplaintStats):
        _complaints(report, stats)
    elif isinstance(stats, GratuityStats):
        _gratuity(report, stats)
    elif isinstance(stats, WbsStats):
        _wbs(report, stats, stats.tahun)
    return report.found


def check_stats(loaded: Loaded, kind: str, file_name: str, file_year: int) -> tuple[StatsFile | None, list[Diagnostic]]:
    """Guard, validate and cross-check one statistics file; the model only when it has no error."""
    model = STATS_KINDS[kind].model
    private, refused = _personal(loaded, model)
    stats, problems = validate(loaded, model)
    # A personal-data finding replaces whatever else is said about the same place (unknown key, type).
    diagnostics = private + [d for d in problems if (d.line, d.column) not in refused or d.code == "missing"]
    if stats is not None:
        diagnostics += consistency(stats, loaded, file_name, file_year)
    if has_errors(diagnostics):
        return None, diagnostics
    return stats, diagnostics
