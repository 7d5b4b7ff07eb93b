"""Statistics files (``content/offices/<slug>/statistik/<jenis>/<tahun>.yaml``): aggregates by period.

One model per kind: pengaduan (complaints), gratifikasi (gratuity reports), WBS (whistleblowing)
and survei (SKM and SPAK). The models only check the shape of each value; sums that must agree,
periods of the wrong year and similar cross-field rules live in ``checks.stats`` where each error
can point at the exact line. Counts and amounts are read as staff write them ("1.254.300",
"Rp1,5 miliar", "sekitar 40"; ``domain.numbers``) and keep their written form (``Figure``) so the
page can note it; a decimal or a quoted plain number in a count is refused, and "1.500" in a count
is one thousand five hundred, never one and a half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Annotated, Literal

from pydantic import create_model, AfterValidator, BeforeValidator, Field, PlainSerializer, PlainValidator, Strict, WithJsonSchema, WrapValidator
from pydantic_core import PydanticCustomError

from ..domain import survey
from ..domain.numbers import NumberError, read_figure, vague_word
from ..domain.periods import VALID_FORMS, Period, PeriodError, parse_period
from .fields import RequiredText, Text
from ..load.yaml import AmbiguousScalar
from .base import DataModel
from .types import Flag, Year

_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_DECIMAL = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?")
_DECIMAL_COMMA = re.compile(r"[-+]?\d+,\d+")
_PLAIN_DIGITS = re.compile(r"[-+]?\d+")


def _whole(value: str) -> str:
    """The hint for a decimal count: the two whole numbers around what was written."""
    try:
        number = float(value.replace("_", ""))
        whole = int(number)
    except (ValueError, OverflowError):  # .inf, .nan
        return "tulis bilangan bulat tanpa koma atau titik"
    if number == whole:
        return f"tulis {whole}, tanpa koma atau titik desimal"
    return f"tulis bilangan bulat tanpa koma atau titik: {whole} atau {whole + 1}"


class Figure(int):
    """A whole number written in another form than plain digits ("1.254.300", "Rp1,5 miliar",
    "sekitar 40"): it counts as its value everywhere, and remembers how it was written and whether
    the source calls it approximate, so the page can say both."""

    written: str
    approx: bool

    def __new__(cls, value: int, written: str, approx: bool = False) -> "Figure":
        obj = super().__new__(cls, value)
        obj.written, obj.approx = written, approx
        return obj

    def __reduce__(self):
        return Figure, (int(self), self.written, self.approx)


class Vague:
    """A count the source gives only as a word ("puluhan", "belasan"). Not a number on purpose:
    it is shown as written and never drawn, summed or compared, so that no page states a quantity
    the source does not (arithmetic on it fails loudly instead of counting it as 0)."""

    __slots__ = ("word", "written")
    approx = True

    def __init__(self, word: str, written: str):
        self.word, self.written = word, written

    def __bool__(self) -> bool:  # something was reported, even if not how many
        return True

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vague) and (self.word, self.written) == (other.word, other.written)

    def __hash__(self) -> int:
        return hash((self.word, self.written))

    def __repr__(self) -> str:
        return f"Vague({self.written!r})"

    def __str__(self) -> str:
        return self.written


def is_approx(value: object) -> bool:
    """Whether a figure is marked approximate in its source ("sekitar 40", "puluhan")."""
    return isinstance(value, (Figure, Vague)) and value.approx


def is_vague(value: object) -> bool:
    """Whether a count is given only as a word ("puluhan")."""
    return isinstance(value, Vague)


def _amount(value: object, handler):
    """Counts of reports and complaints may also be a word alone ("puluhan"), kept as ``Vague``."""
    if isinstance(value, str) and (word := vague_word(value)):
        return Vague(word, " ".join(value.split()))
    return handler(value)


def _figure(value: object, handler):
    """Counts and amounts: plain whole numbers, or Indonesian forms read by ``domain.numbers``."""
    if isinstance(value, AmbiguousScalar) and value.kind == "desimal" and not _THOUSANDS.fullmatch(value):
        raise PydanticCustomError("yaml_decimal_count", "bernilai {value}, padahal jumlah harus bilangan bulat",
                                  {"value": str(value), "petunjuk": _whole(value)})
    if not isinstance(value, str) or _PLAIN_DIGITS.fullmatch(value.strip()):
        return handler(value)  # a quoted "12" stays refused: every tool must read the file alike
    try:
        reading = read_figure(value, whole=True)
    except NumberError as exc:
        raise PydanticCustomError(exc.code, "bernilai {value}{pesan}",
                                  {"value": str(value), "pesan": exc.message, "petunjuk": exc.hint})
    return Figure(handler(int(reading.value)), reading.written, reading.approx)


def _decimal(value: object) -> object:
    """Averages may be decimals: YAML's 3.25 (kept as text by the loader) and 3,25 become numbers here."""
    if isinstance(value, AmbiguousScalar) and value.kind == "desimal" and _DECIMAL.fullmatch(value):
        return float(value)
    if isinstance(value, str) and _DECIMAL_COMMA.fullmatch(value.strip()):
        try:
            reading = read_figure(value.strip().lstrip("+"), whole=False)
        except NumberError as exc:
            raise PydanticCustomError(exc.code, "bernilai {value}{pesan}",
                                      {"value": str(value), "pesan": exc.message, "petunjuk": exc.hint})
        return float(reading.value)
    return value


def _between(low: int, high: int | None):
    def check(value: float) -> float:
        # Reported as pydantic's own bound errors, so the wording matches every other number.
        if value < low:
            raise PydanticCustomError("greater_than_equal", "kurang dari {ge}", {"ge": low})
        if high is not None and value > high:
            raise PydanticCustomError("less_than_equal", "lebih dari {le}", {"le": high})
        return value
    return check


_FIGURE_SCHEMA = {"anyOf": [{"type": "integer", "minimum": 0},
                           {"type": "string", "pattern": "\\d",
                            "description": "Angka seperti tertulis di laporan: 1.254.300, Rp1,5 juta, sekitar 40."}]}

Count = Annotated[int, Strict(), Field(ge=0), WrapValidator(_figure), WithJsonSchema(_FIGURE_SCHEMA)]
"""A number of reports, answers or respondents: a whole number, 0 or more ("1.500" and "sekitar 40" too)."""

Amount = Annotated[Count, WrapValidator(_amount),
                   PlainSerializer(lambda v: v.written if isinstance(v, Vague) else int(v)),
                   WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 0},
                                             {"type": "string", "pattern": "\\S",
                                              "description": "Angka seperti tertulis di laporan: 1.254, sekitar 40, "
                                                             "atau kata tanpa angka (puluhan, belasan, ratusan)."}]})]
"""A count of reports or complaints: any ``Count``, or a word alone ("puluhan") the page shows as written."""

Respondents = Annotated[int, Strict(), Field(ge=1), WrapValidator(_figure),
                        WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1}, _FIGURE_SCHEMA["anyOf"][1]]})]
"""A number of survey respondents: at least one."""

Rupiah = Annotated[int, Strict(), Field(ge=0), WrapValidator(_figure),
                   WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 0},
                                             {"type": "string", "pattern": "\\d",
                                              "examples": ["1.254.300.000", "Rp1,5 miliar", "Rp 250 juta"]}]})]
"""An amount in whole rupiah: 1250000, 1.250.000, "Rp1,25 juta" or "Rp 250 juta"."""


def _number_between(low: int, high: int | None):
    schema: dict = {"type": "number", "minimum": low}
    if high is not None:
        schema["maximum"] = high
    return Annotated[float, BeforeValidator(_decimal), Strict(), AfterValidator(_between(low, high)),
                     WithJsonSchema(schema)]


Days = _number_between(0, None)
"""Average days, 0 or more; decimals allowed."""

Score = _number_between(1, 4)
"""An average on the 1–4 answer scale (NRR of an SKM element, value of a SPAK element)."""

PublishedIkm = _number_between(25, 100)
"""An IKM as the office published it (25–100), kept beside the one the site works out."""


def _period(value: object) -> Period:
    if isinstance(value, Period):
        return value
    if value is None:
        raise PydanticCustomError("period_empty", "'periode' tidak boleh kosong", {"petunjuk": "tulis " + VALID_FORMS})
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise PydanticCustomError("period_type", "'periode' harus berupa teks, misalnya Triwulan I",
                                  {"petunjuk": "tulis " + VALID_FORMS})
    if isinstance(value, int):
        raise PydanticCustomError("period_type", "'periode' bernilai {value}; tulis periode sebagai teks",
                                  {"value": value, "petunjuk": f"tulis misalnya Tahun {value}, Triwulan I atau Januari"})
    try:
        return parse_period(value)
    except PeriodError as exc:
        raise PydanticCustomError("period_unknown", "{pesan}", {"pesan": exc.message, "petunjuk": "tulis " + VALID_FORMS})


PeriodText = Annotated[
    Period,
    PlainValidator(_period),
    PlainSerializer(lambda p: p.text, return_type=str),
    WithJsonSchema({"type": "string", "minLength": 1,
                    "examples": ["Triwulan I", "Semester II", "Januari", "Tahun 2026", "Tahunan"]}),
]
"""A period as staff write it ("Triwulan I"), parsed on validation; the source text is kept."""


def _four_counts(value: object) -> object:
    if isinstance(value, list) and len(value) != len(survey.SCALE):
        raise PydanticCustomError(
            "answer_counts", "jumlah jawaban harus berupa 4 angka (banyaknya jawaban 1, 2, 3 dan 4), bukan {n} angka",
            {"n": len(value), "petunjuk": "tulis misalnya [0, 3, 40, 57]; tulis 0 untuk nilai yang tidak dipilih siapa pun"})
    return value


AnswerCounts = Annotated[
    tuple[Count, ...], BeforeValidator(_four_counts),
    WithJsonSchema({"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 4, "maxItems": 4,
                    "description": "Banyaknya jawaban bernilai 1, 2, 3 dan 4, berurutan."}),
]


class StatsFile(DataModel):
    """What every statistics file holds besides its periods."""

    contoh: Flag = Field(description="true bila angka di berkas ini data contoh (situs menandainya 'Data contoh'); "
                                     "false bila data sungguhan kantor.")
    tahun: Year = Field(description="Tahun data; sama dengan nama berkas (2026.yaml → 2026).")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca tentang data ini; diterbitkan di situs.")
    daftar: dict[str, tuple[RequiredText, ...]] = Field(
        default_factory=dict,
        description="Nama kategori yang dipakai kantor ini, per rincian (misalnya pelapor: [UPG, Individu]); "
                    "bila ditulis, setiap periode hanya boleh memakai nama di daftar ini, dan situs mengikuti "
                    "urutannya.")


CategoryCounts = dict[str, Amount]
"""Counts per category whose names the office chooses (and may declare in ``daftar``)."""


# --- pengaduan ------------------------------------------------------------------------------

CHANNELS = {
    "website": "Situs web",
    "email": "Surel",
    "telepon_whatsapp": "Telepon/WhatsApp",
    "langsung": "Datang langsung",
    "surat": "Surat",
    "lapor": "SP4N-LAPOR!",
    "media_sosial": "Media sosial",
    "lainnya": "Lainnya",
}


class ComplaintChannels(DataModel):
    """Pengaduan per saluran masuk; saluran yang tidak dipakai boleh dihilangkan."""

    website: Count | None = Field(None, description="Lewat formulir di situs web.")
    email: Count | None = Field(None, description="Lewat surel.")
    telepon_whatsapp: Count | None = Field(None, description="Lewat telepon atau WhatsApp.")
    langsung: Count | None = Field(None, description="Datang langsung ke kantor.")
    surat: Count | None = Field(None, description="Lewat surat.")
    lapor: Count | None = Field(None, description="Lewat SP4N-LAPOR! (lapor.go.id).")
    media_sosial: Count | None = Field(None, description="Lewat media sosial.")
    lainnya: Count | None = Field(None, description="Lewat saluran lain.")

    def items(self) -> tuple[tuple[str, str, int], ...]:
        """(key, Indonesian label, count) of every channel written, in the fixed order above."""
        return tuple((key, label, getattr(self, key)) for key, label in CHANNELS.items()
                     if getattr(self, key) is not None)

    def total(self) -> int:
        return sum(count for _, _, count in self.items())


class ComplaintPeriod(DataModel):
    """Pengaduan masyarakat pada satu periode."""

    periode: PeriodText = Field(description="Periode, misalnya 'Triwulan I', 'Semester II', 'Januari' atau 'Tahun 2026'.")
    diterima: Amount = Field(description="Banyaknya pengaduan yang diterima pada periode ini (0 bila tidak ada).")
    diproses: Amount | None = Field(None, description="Pengaduan yang masih diproses/ditindaklanjuti.")
    selesai: Amount | None = Field(None, description="Pengaduan yang selesai ditindaklanjuti.")
    tidak_memenuhi_syarat: Amount | None = Field(None, description="Pengaduan yang tidak memenuhi syarat.")
    diteruskan: Amount | None = Field(None, description="Pengaduan yang diteruskan ke instansi lain yang berwenang.")
    rata_rata_hari_tindak_lanjut: Days | None = Field(None, description="Rata-rata hari kerja sampai pengaduan ditindaklanjuti.")
    kategori: dict[str, Count] = Field(default_factory=dict, description="Banyaknya pengaduan per kategori (nama kategori: jumlah); "
                                                                         "jumlahnya harus sama dengan 'diterima'.")
    saluran: ComplaintChannels | None = Field(None, description="Banyaknya pengaduan per saluran masuk; jumlahnya harus sama dengan 'diterima'.")
    hasil: CategoryCounts = Field(default_factory=dict, description="Banyaknya pengaduan per hasil penanganan yang dipakai "
                                                                     "kantor (misalnya disidangkan, dihentikan); nama hasil bebas.")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca; diterbitkan.")


class ComplaintStats(StatsFile):
    """Statistik pengaduan masyarakat satu kantor untuk satu tahun."""

    periode: tuple[ComplaintPeriod, ...] = Field(min_length=1, description="Data per periode, berurutan.")


# --- gratifikasi ----------------------------------------------------------------------------

class KpkDecision(DataModel):
    """Penetapan status gratifikasi oleh KPK atas laporan penerimaan."""

    milik_negara: Count = Field(0, description="Laporan yang ditetapkan menjadi milik negara.")
    milik_penerima: Count = Field(0, description="Laporan yang ditetapkan menjadi milik penerima.")
    dalam_proses: Count = Field(0, description="Laporan yang belum ditetapkan.")

    def total(self) -> int:
        return self.milik_negara + self.milik_penerima + self.dalam_proses


class GratuityPeriod(DataModel):
    """Laporan gratifikasi pada satu periode, atau 'nihil' bila tidak ada laporan."""

    periode: PeriodText = Field(description="Periode, misalnya 'Triwulan I' atau 'Semester II'.")
    nihil: Flag = Field(False, description="true bila tidak ada laporan gratifikasi pada periode ini.")
    penerimaan: Amount | None = Field(None, description="Laporan penerimaan gratifikasi (wajib bila tidak nihil).")
    penolakan: Amount | None = Field(None, description="Laporan penolakan gratifikasi (wajib bila tidak nihil).")
    nilai_rupiah: Rupiah | None = Field(None, description="Taksiran nilai gratifikasi yang dilaporkan, dalam rupiah, tanpa titik.")
    keputusan_kpk: KpkDecision | None = Field(None, description="Penetapan KPK atas laporan penerimaan; jumlahnya sama dengan 'penerimaan'.")
    objek: Amount | None = Field(None, description="Banyaknya objek (barang, uang, jamuan) gratifikasi yang dilaporkan; satu "
                                                  "laporan boleh memuat beberapa objek.")
    pelapor: CategoryCounts = Field(default_factory=dict, description="Banyaknya laporan per jenis pelapor (misalnya UPG, "
                                                                      "Individu); jumlahnya sama dengan penerimaan + penolakan.")
    jenis_objek: CategoryCounts = Field(default_factory=dict, description="Banyaknya objek gratifikasi per jenis (misalnya "
                                                                          "Uang, Barang, Makanan); jumlahnya sama dengan 'objek' "
                                                                          "bila 'objek' ditulis.")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca; diterbitkan.")

    @property
    def is_nihil(self) -> bool:
        """No reports in this period: written as nihil, or as zero receipts and zero refusals."""
        return self.nihil or (not self.penerimaan and not self.penolakan)


class GratuityStats(StatsFile):
    """Statistik pelaporan gratifikasi satu kantor untuk satu tahun."""

    periode: tuple[GratuityPeriod, ...] = Field(min_length=1, description="Data per periode, berurutan.")


# --- WBS ------------------------------------------------------------------------------------

DimStatus = Literal["selesai", "proses", "belum"]
DIM_STATUS = {"selesai": "Selesai", "proses": "Dalam proses", "belum": "Belum ditindaklanjuti"}


class WbsPeriod(DataModel):
    """Pengaduan Whistleblowing System pada satu periode."""

    periode: PeriodText = Field(description="Periode, misalnya 'Triwulan I' atau 'Semester II'.")
    diterima: Amount = Field(description="Laporan WBS yang diterima (0 bila tidak ada).")
    ditindaklanjuti: Amount | None = Field(None, description="Laporan yang ditindaklanjuti.")
    tidak_ditindaklanjuti: Amount | None = Field(None, description="Laporan yang tidak ditindaklanjuti.")
    diteruskan: Amount | None = Field(None, description="Laporan yang diteruskan ke pihak yang berwenang.")
    alasan_tidak_ditindaklanjuti: tuple[RequiredText, ...] = Field(
        (), description="Alasan laporan tidak ditindaklanjuti, tanpa identitas pelapor atau terlapor.")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca; diterbitkan.")


class DimItem(DataModel):
    """Satu butir daftar inventaris masalah (DIM) dan tindak lanjutnya."""

    masalah: RequiredText = Field(description="Masalah yang ditemukan, tanpa identitas orang.")
    tindak_lanjut: Text | None = Field(None, description="Tindak lanjut yang dilakukan atau direncanakan.")
    status: DimStatus = Field(description="selesai, proses atau belum.")
    periode: PeriodText = Field(description="Periode masalah dicatat, misalnya 'Triwulan II'.")


class WbsStats(StatsFile):
    """Statistik Whistleblowing System satu kantor untuk satu tahun."""

    periode: tuple[WbsPeriod, ...] = Field(min_length=1, description="Data per periode, berurutan.")
    dim: tuple[DimItem, ...] = Field((), description="Daftar inventaris masalah (DIM) dan tindak lanjutnya.")


# --- survei ---------------------------------------------------------------------------------

def _per_element(name: str, doc: str, value_type, first_note: str = "") -> type[DataModel]:
    """A model with one field per SKM element (u1 … u9), described from the one table of elements."""
    fields = {key: (value_type | None, Field(None, description=f"{key.upper()} {label}{first_note if i == 0 else ''}."))
              for i, (key, label) in enumerate(survey.SKM_ELEMENT_NAMES.items())}
    return create_model(name, __base__=DataModel, __doc__=doc, __module__=__name__, **fields)


SkmAverages = _per_element("SkmAverages", "Nilai rata-rata (NRR) unsur SKM, skala 1–4; unsur yang tidak diterbitkan "
                                          "boleh dihilangkan bila 'ikm_terbit' ditulis.", Score)
SkmAnswers = _per_element("SkmAnswers", "Banyaknya jawaban 1, 2, 3 dan 4 untuk setiap unsur SKM.", AnswerCounts,
                          ": [jawaban 1, jawaban 2, jawaban 3, jawaban 4]")


class SkmPeriod(DataModel):
    """Hasil Survei Kepuasan Masyarakat (SKM) pada satu periode: NRR atau jumlah jawaban."""

    periode: PeriodText = Field(description="Periode survei, misalnya 'Semester I'.")
    responden: Respondents = Field(description="Banyaknya responden.")
    nrr: SkmAverages | None = Field(None, description="Nilai rata-rata per unsur (isi ini ATAU 'jawaban').")
    jawaban: SkmAnswers | None = Field(None, description="Banyaknya jawaban 1–4 per unsur (isi ini ATAU 'nrr').")
    ikm_terbit: PublishedIkm | None = Field(None, description="IKM seperti diterbitkan kantor (misalnya di laporan SKM); "
                                                              "wajib bila tidak semua sembilan unsur ditulis. Situs "
                                                              "menampilkannya di samping IKM hasil hitungan bila berbeda.")
    alasan_selisih: Text | None = Field(None, description="Mengapa IKM terbit berbeda dari hasil hitungan (misalnya "
                                                          "'dihitung dengan bobot 0,111'); diterbitkan.")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca; diterbitkan.")

    def given(self) -> tuple[str, ...]:
        """The elements written (u1 … u9), in order."""
        source = self.jawaban if self.jawaban is not None else self.nrr
        return tuple(u for u in survey.SKM_ELEMENTS if source is not None and getattr(source, u) is not None)

    def nrr_values(self) -> tuple[Fraction, ...]:
        """Exact NRR of each element written, from the averages given or worked out from the answers."""
        if self.jawaban is not None:
            return tuple(survey.nrr_from_counts(getattr(self.jawaban, u)) for u in self.given())
        assert self.nrr is not None
        return tuple(survey.exact(getattr(self.nrr, u)) for u in self.given())

    def result(self) -> survey.IkmResult:
        """IKM (exact and shown) and its grade per PermenPANRB 14/2017, over the elements written."""
        return survey.ikm_result(self.nrr_values(), self.given())


class SpakPeriod(DataModel):
    """Hasil Survei Persepsi Anti Korupsi (SPAK) pada satu periode: nilai atau jumlah jawaban."""

    periode: PeriodText = Field(description="Periode survei, misalnya 'Semester I'.")
    responden: Respondents = Field(description="Banyaknya responden.")
    nilai: dict[str, Score] | None = Field(None, description="Nilai rata-rata per unsur (nama unsur: nilai 1–4); isi ini ATAU 'jawaban'.")
    jawaban: dict[str, AnswerCounts] | None = Field(None, description="Banyaknya jawaban 1–4 per unsur (nama unsur: [n1, n2, n3, n4]); "
                                                                     "isi ini ATAU 'nilai'.")
    catatan: Text | None = Field(None, description="Catatan untuk pembaca; diterbitkan.")

    def element_values(self) -> tuple[tuple[str, Fraction], ...]:
        """(element name, exact value on the 1–4 scale), in the order written."""
        if self.jawaban is not None:
            return tuple((name, survey.nrr_from_counts(counts)) for name, counts in self.jawaban.items())
        assert self.nilai is not None
        return tuple((name, survey.exact(value)) for name, value in self.nilai.items())

    def result(self) -> survey.IpakResult:
        """IPAK on the 1–4 scale (unweighted mean of the elements; see domain.survey)."""
        return survey.ipak_result(self.element_values())


class SurveyStats(StatsFile):
    """Hasil survei (SKM dan SPAK) satu kantor untuk satu tahun."""

    skm: tuple[SkmPeriod, ...] = Field((), description="Survei Kepuasan Masyarakat per periode.")
    spak: tuple[SpakPeriod, ...] = Field((), description="Survei Persepsi Anti Korupsi per periode.")


# --- the kinds, each declared once ------------------------------------------------------------

@dataclass(frozen=True)
class StatsKind:
    """One kind of statistics file, everything about it that is not a page's drawing.

    Derived from this: the folders ``load`` accepts, the model ``check`` validates with, the JSON
    Schema file name, ``zisite check``'s summary line, ``OfficeStats``'s order. The drawing side
    (render/stats_sections.py ``SECTIONS``, render/stats_data.py ``RESOURCES``, the template
    templates/stats/<key>.html) is keyed by ``key``; tests/test_stats_kinds.py fails when a kind lacks one.
    """

    key: str  # folder under statistik/, page key, template name
    model: type[StatsFile]
    title: str  # how `zisite check` names one file of this kind
    lists: dict[str, str]  # the file's record lists → how a summary names their items

    def counts(self, data: StatsFile) -> dict[str, int]:
        """How many records each list of one file holds (``zisite check`` summaries and JSON)."""
        return {name: len(getattr(data, name)) for name in self.lists}

    @property
    def schema_file(self) -> str:
        return f"statistik-{self.key}.schema.json"


STATS_KINDS: dict[str, StatsKind] = {kind.key: kind for kind in (
    StatsKind("pengaduan", ComplaintStats, "Statistik pengaduan", {"periode": "periode"}),
    StatsKind("gratifikasi", GratuityStats, "Laporan gratifikasi", {"periode": "periode"}),
    StatsKind("wbs", WbsStats, "Laporan WBS", {"periode": "periode", "dim": "butir DIM"}),
    StatsKind("survei", SurveyStats, "Survei", {"skm": "periode SKM", "spak": "periode SPAK"}),
)}
"""Folder name under ``statistik/`` → its kind, in the order pages and summaries list them."""
