"""One grammar for "when": plan target waktu and statistics periods read the same words.

Staff copy these cells from signed action plans, so the same date is written a dozen ways
("Okt - Des", "TW 2 | Apr - Jun", "s/d Triwulan III", "paling lambat tanggal 31 Juli 2026",
"Senin (2/3/2026)", "setiap 2 (dua) bulan"). ``read_when`` turns one cell into a ``When``: the
days it covers (year-aware, across the new year), a recurrence, a deadline or a count of days
after an event, and whether it was read at all. Pure: no I/O, no today. Callers decide what a
reading means for them (``schedule`` for monitoring, ``periods`` for statistics).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from ..text.format import MONTH_NAMES, tanggal
from .numbers import parse_number_words

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agust": 8,
    "agus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11, "desember": 12, "des": 12,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
            "ahad": 6}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
ROMAN_NAMES = ("I", "II", "III", "IV")


class Unit(StrEnum):
    DAY = "hari"
    WEEK = "minggu"
    MONTH = "bulan"
    QUARTER = "triwulan"
    SEMESTER = "semester"
    YEAR = "tahun"


UNIT_MONTHS = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.SEMESTER: 6, Unit.YEAR: 12}
_UNIT_WORDS = {"hari": Unit.DAY, "minggu": Unit.WEEK, "pekan": Unit.WEEK, "bulan": Unit.MONTH,
               "triwulan": Unit.QUARTER, "tw": Unit.QUARTER, "semester": Unit.SEMESTER, "tahun": Unit.YEAR}
_ADJECTIVES = {"harian": Unit.DAY, "mingguan": Unit.WEEK, "bulanan": Unit.MONTH, "triwulanan": Unit.QUARTER,
               "semesteran": Unit.SEMESTER, "tahunan": Unit.YEAR}
_ONCE_A = {"sehari": Unit.DAY, "seminggu": Unit.WEEK, "sepekan": Unit.WEEK, "sebulan": Unit.MONTH,
           "setahun": Unit.YEAR}
_PERIOD_WORDS = {"triwulan": Unit.QUARTER, "tw": Unit.QUARTER, "trw": Unit.QUARTER, "triw": Unit.QUARTER,
                 "semester": Unit.SEMESTER, "smt": Unit.SEMESTER, "sem": Unit.SEMESTER}
_PERIOD_COUNT = {Unit.QUARTER: 4, Unit.SEMESTER: 2}
# KPU events a row can be bound to ("Saat tahapan", "H-7 pemungutan suara", "setelah pelantikan").
_EVENTS = re.compile(r"\b(tahapan|pemilu|pemilihan|pilkada|pileg|pilpres|pemungutan|penghitungan|rekapitulasi|"
                     r"penetapan|pelantikan|pemutakhiran|coklit|kampanye|pencalonan|pendaftaran|dpt|pleno|"
                     r"masa tenang|hari h)\b")


@dataclass(frozen=True)
class Span:
    """Days covered, both ends included; ``by_day`` when the end day was written (not a whole month)."""

    start: date
    end: date
    by_day: bool = False


@dataclass(frozen=True)
class Recurrence:
    """Every ``interval`` ``unit``s; ``day``: the due day of each month ("paling lambat tanggal 10")."""

    unit: Unit
    interval: int = 1
    day: int | None = None


@dataclass(frozen=True)
class Relative:
    """``count`` ``unit``s (hari kerja, hari, minggu, bulan) after an event, or after signing when none is named."""

    count: int
    unit: str
    event: str | None = None


@dataclass(frozen=True)
class Piece:
    """One named period in the text (for statistics): a month, a triwulan, a semester or a year."""

    unit: Unit
    index: int


@dataclass(frozen=True)
class When:
    """What a cell says about time. ``text`` is verbatim; ``read`` is False when nothing could be made of it.

    ``spans`` are the days covered (a recurrence: its window, if one was written); ``deadline`` marks
    "paling lambat …"/"hingga …"; ``event`` is the KPU event a row is bound to; ``pieces`` and
    ``ranged`` describe the period words for statistics; ``label`` is a normalised description.
    """

    text: str
    read: bool
    spans: tuple[Span, ...] = ()
    recurrence: Recurrence | None = None
    relative: Relative | None = None
    event: str | None = None
    deadline: bool = False
    weekday: int | None = None
    pieces: tuple[Piece, ...] = ()
    ranged: bool = False  # the pieces were joined by s.d./–, not listed
    years: tuple[int, ...] = ()  # the years written, in order
    label: str | None = None
    note: str | None = None
    problem: str | None = None

    @property
    def start(self) -> date | None:
        return self.spans[0].start if self.spans else None

    @property
    def end(self) -> date | None:
        return self.spans[-1].end if self.spans else None

    @property
    def datable(self) -> bool:
        """Whether a due day follows from the text alone (an event or a count of days after one does not)."""
        return bool(self.spans) or (self.recurrence is not None and self.recurrence.unit is not Unit.DAY)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


# --- normalising ---------------------------------------------------------------------------------

REVERSED = "berakhir sebelum dimulai"
_NOTE = re.compile(r"^(?P<body>.*?)\s*\((?P<note>[^()]*)\)$")
_NUMDATE = re.compile(r"\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b")
_ISODATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_REPLACEMENTS = [
    (re.compile(r"[–—−]"), " - "),
    (re.compile(r"selambat-?\s*lambatnya"), "paling lambat"),
    (re.compile(r"\btiap-\s*tiap\b"), "tiap"),
    (re.compile(r"\bt\.\s*a\.?(?=\s|$)|\btahun anggaran\b"), "ta"),
    (re.compile(r"\bs\s*[./]\s*d\b\.?|\bsampai(?:\s+dengan)?\b|\bhingga\b"), " sd "),
    (re.compile(r"\bh\s*-\s*(\d+)"), r" hmin\1 "),
    (re.compile(r"\bh\s*\+\s*(\d+)"), r" hplus\1 "),
    (re.compile(r"\bke-\s*(?=\d|[iv]+\b)"), "ke "),
    (re.compile(r"-"), " sd "),
    (re.compile(r"\s*(?:[,;&+]|\bdan\b|\bserta\b)\s*"), " + "),
    (re.compile(r"\b(\d+)\s*x\b"), r"\1 kali"),
]


def _normalise(text: str) -> str:
    s = " ".join(text.split()).lower().rstrip(".:;, ")
    s = _ISODATE.sub(lambda m: f" dt{m[1]}{m[2]}{m[3]} ", s)
    s = _NUMDATE.sub(lambda m: f" dt{m[3]}{int(m[2]):02d}{int(m[1]):02d} ", s)
    for pattern, replacement in _REPLACEMENTS:
        s = pattern.sub(replacement, s)
    return " ".join(s.split())


# --- counts ------------------------------------------------------------------------------------

_COUNT = r"(?:(?P<{p}n>\d+)(?:\s*\((?P<{p}w>[a-z ]+)\))?|(?P<{p}x>(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|satu)(?:\s+belas)?))"


def _count(match: re.Match, p: str) -> tuple[int | None, str | None]:
    """The count in a match and a problem when its words disagree ("2 (tiga)") or are not numbers."""
    if match[p + "n"]:
        value = int(match[p + "n"])
        words = match[p + "w"]
        if words is not None:
            said = parse_number_words(words)
            if said is None:
                return value, f"kata bilangan '({words})' tidak dikenali"
            if said != value:
                return value, f"angka {value} tidak sama dengan kata bilangan '({words})'"
        return value, None
    if match[p + "x"]:
        value = 1 if match[p + "x"] == "se" else parse_number_words(match[p + "x"])
        return value, None
    return None, None


# --- spans: dates, months, periods, ranges, lists ---------------------------------------------------

@dataclass
class _Point:
    kind: str  # day, month, period, year, bareday
    month: int = 0
    day: int = 0
    unit: Unit | None = None
    index: int = 0
    year: int | None = None
    written: bool = False  # the year was written for this point
    bare: bool = False  # a year with no word ("2026")


_TOKEN = re.compile(r"dt(?P<date>\d{8})|(?P<num>\d+)|(?P<word>[a-z']+)\.?|(?P<sym>\+)")
_FILLERS = {"tanggal", "tgl", "pada", "per", "bulan", "ke"}


def _tokens(s: str) -> list[tuple[str, object]] | None:
    out: list[tuple[str, object]] = []
    pos = 0
    for match in _TOKEN.finditer(s):
        if s[pos:match.start()].strip():
            return None
        pos = match.end()
        if match["date"]:
            out.append(("date", match["date"]))
        elif match["num"]:
            value = int(match["num"])
            out.append(("year" if 1900 <= value <= 2100 and len(match["num"]) == 4 else "num", value))
        elif match["sym"]:
            out.append(("plus", None))
        elif match["word"] == "sd":
            out.append(("sd", None))
        else:
            out.append(("word", match["word"]))
    if s[pos:].strip():
        return None
    return out


class _Fail(Exception):
    def __init__(self, reason: str | None = None):
        super().__init__(reason)
        self.reason = reason


def _period_number(token: tuple[str, object]) -> int | None:
    kind, value = token
    if kind == "num":
        return value  # type: ignore[return-value]
    if kind == "word" and value in ROMAN:
        return ROMAN[value]  # type: ignore[index]
    return None


def _points(tokens: list) -> tuple[list[list[_Point]], bool]:
    """tokens → items (one point, or two joined by s.d.), and whether any item was a range."""
    items: list[list[_Point]] = [[]]
    ranged = False
    context: Unit | None = None
    i = 0
    expect_point = True
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "word" and value in _FILLERS and expect_point:
            i += 1
            continue
        if not expect_point:
            if kind == "sd" and len(items[-1]) == 1:
                ranged = True
                expect_point = True
                i += 1
                continue
            if kind == "plus":
                items.append([])
                expect_point = True
                i += 1
                continue
            if kind == "word" and value in ("tahun", "ta") and i + 1 < len(tokens) and tokens[i + 1][0] == "year":
                i += 1
                continue
            if kind == "year" and items[-1] and items[-1][-1].year is None and items[-1][-1].kind != "year":
                items[-1][-1].year, items[-1][-1].written = value, True
                i += 1
                continue
            raise _Fail()
        point, i = _point(tokens, i, context)
        if point.kind == "period":
            context = point.unit
        items[-1].append(point)
        expect_point = False
    if expect_point:
        raise _Fail()
    return items, ranged


def _point(tokens: list, i: int, context: Unit | None) -> tuple[_Point, int]:
    kind, value = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else (None, None)
    if kind == "date":
        y, m, d = int(value[:4]), int(value[4:6]), int(value[6:])  # type: ignore[index]
        return _Point("day", month=m, day=d, year=y, written=True), i + 1
    if kind == "num" and nxt[0] == "word" and nxt[1] in MONTHS:
        return _Point("day", month=MONTHS[nxt[1]], day=value), i + 2  # type: ignore[arg-type]
    if kind == "num" and nxt[0] == "sd" and context is None:
        return _Point("bareday", day=value), i + 1  # type: ignore[arg-type]
    if kind == "word" and value in MONTHS:
        return _Point("month", month=MONTHS[value]), i + 1  # type: ignore[index]
    if kind == "word" and value in _PERIOD_WORDS:
        unit = _PERIOD_WORDS[value]  # type: ignore[index]
        j = i + 1
        if j < len(tokens) and tokens[j] == ("word", "ke"):
            j += 1
        number = _period_number(tokens[j]) if j < len(tokens) else None
        if number is None:
            raise _Fail("number")
        return _numbered(unit, number), j + 1
    if kind == "word" and value in ("tahun", "ta") and nxt[0] == "year":
        return _Point("year", year=nxt[1], written=True), i + 2  # type: ignore[arg-type]
    if kind == "year":
        return _Point("year", year=value, written=True, bare=True), i + 1  # type: ignore[arg-type]
    if context is not None and (number := _period_number(tokens[i])) is not None:
        return _numbered(context, number), i + 1
    raise _Fail()


def _numbered(unit: Unit, number: int) -> _Point:
    if not 1 <= number <= _PERIOD_COUNT[unit]:
        raise _Fail("number")
    return _Point("period", unit=unit, index=number)


def _first_month(p: _Point) -> int:
    if p.kind == "period":
        return (p.index - 1) * UNIT_MONTHS[p.unit] + 1
    return 1 if p.kind == "year" else p.month


def _last_month(p: _Point) -> int:
    if p.kind == "period":
        return p.index * UNIT_MONTHS[p.unit]
    return 12 if p.kind == "year" else p.month


def _resolve_years(items: list[list[_Point]], default: int) -> None:
    """A year written once applies to what precedes it; a range crossing the new year starts the year before."""
    points = [p for item in items for p in item]
    current = None
    for p in reversed(points):
        if p.year is not None:
            current = p.year
        else:
            p.year = current
    later = None
    for p in points:  # "Desember 2025 - Januari": the end follows its start
        if p.year is not None:
            later = p.year
        elif later is not None:
            p.year = later
    for p in points:
        if p.year is None:
            p.year = default
    for item in items:
        if len(item) == 2:
            left, right = item
            if (left.year, _first_month(left)) > (right.year, _last_month(right)):
                if not left.written:
                    left.year = right.year - 1
                elif not right.written:
                    right.year = left.year + 1


def _span(item: list[_Point]) -> Span:
    left, right = item[0], item[-1]
    if left.kind == "bareday":
        if right.kind != "day":
            raise _Fail()
        left = replace(left, kind="day", month=right.month, year=right.year)
    try:
        if left.kind == "day":
            start = date(left.year, left.month, left.day)
        else:
            start = date(left.year, _first_month(left), 1)
        if right.kind == "day":
            end = date(right.year, right.month, right.day)
        else:
            end = month_end(right.year, _last_month(right))
    except ValueError as exc:
        raise _Fail("day") from exc
    return Span(start, end, right.kind == "day")


def _point_label(p: _Point, with_year: bool) -> str:
    if p.kind == "day":
        return tanggal(date(p.year, p.month, p.day)) if with_year else f"{p.day} {MONTH_NAMES[p.month - 1]}"
    if p.kind == "bareday":
        return str(p.day)
    year = f" {p.year}" if with_year else ""
    if p.kind == "month":
        return MONTH_NAMES[p.month - 1] + year
    if p.kind == "period":
        return f"{p.unit.capitalize()} {ROMAN_NAMES[p.index - 1]}{year}"
    return f"Tahun {p.year}"


def _label(items: list[list[_Point]]) -> str:
    years = {p.year for item in items for p in item}
    one_year = len(years) == 1
    parts = []
    previous: _Point | None = None
    for item in items:
        pieces = [_point_label(p, not one_year or (p is item[-1] and item is items[-1] and p.kind == "day"))
                  for p in item]
        for k, p in enumerate(item):  # "Triwulan I–III", "Triwulan II + III": the word once
            if p.kind == "period" and previous is not None and previous.kind == "period" and previous.unit == p.unit:
                pieces[k] = ROMAN_NAMES[p.index - 1] + ("" if one_year else f" {p.year}")
            previous = p
        parts.append("–".join(pieces))
    label = " + ".join(parts)
    last = items[-1][-1]
    if one_year and last.kind not in ("day", "year"):
        label += f" {last.year}"
    return label


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for span in spans:
        if out and span.start == out[-1].end + timedelta(days=1):
            out[-1] = Span(out[-1].start, span.end, span.by_day)
        else:
            out.append(span)
    return tuple(out)


@dataclass(frozen=True)
class _Spans:
    spans: tuple[Span, ...]
    pieces: tuple[Piece, ...]
    ranged: bool
    years: tuple[int, ...]
    label: str
    problem: str | None
    bare_year: bool
    has_day: bool


def _read_spans(s: str, default: int) -> _Spans:
    tokens = _tokens(s)
    if not tokens:
        raise _Fail()
    items, ranged = _points(tokens)
    years = tuple(p.year for item in items for p in item if p.written)
    _resolve_years(items, default)
    spans = [_span(item) for item in items]
    problem = None
    for item, span in zip(items, spans):
        if span.start > span.end:
            problem = REVERSED
    ordered = all(a.end < b.start for a, b in zip(spans, spans[1:]))
    if not ordered and problem is None:
        problem = "periode dalam daftar tumpang tindih atau tidak berurutan"
    pieces = tuple(Piece(Unit.MONTH, p.month) if p.kind == "month" else
                   Piece(p.unit, p.index) if p.kind == "period" else Piece(Unit.YEAR, 1) if p.kind == "year" else
                   Piece(Unit.DAY, p.day)
                   for item in items for p in item)
    points = [p for item in items for p in item]
    return _Spans(_merge(spans) if ordered else tuple(spans), pieces, ranged, years, _label(items), problem,
                  any(p.bare for p in points), any(p.kind in ("day", "bareday") for p in points))


# --- the forms ----------------------------------------------------------------------------------

_WEEKDAY = re.compile(r"^(?P<day>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\s*\+?\s*(?P<rest>\(?\s*(?:dt|\d).*)$")
_LEAD = re.compile(r"^(?:(?P<deadline>paling lambat|maksimal|maks|batas waktu|batas akhir|deadline|sebelum|sd)"
                   r"|(?P<edge>akhir|awal))\s+(?P<rest>.+)$")
_RELATIVE = re.compile(r"^(?:(?:paling lambat|maksimal|maks|dalam(?: waktu)?|jangka waktu|selama)\s+)?"
                       + _COUNT.format(p="c") + r"\s*(?P<unit>hari kerja|hari kalender|hari|minggu|pekan|bulan)"
                       r"(?:\s+(?P<event>(?:setelah|sesudah|sejak|sebelum|terhitung|dari)\b.*))?$")
_RECURRING = re.compile(
    r"^(?:(?:(?:setiap|tiap|per|sekali|1 kali|satu kali)\s+(?:(?:awal|akhir|pertengahan)\s+)?(?:"
    + _COUNT.format(p="i") + r"\s*)?(?P<unit>hari kerja|hari|minggu|pekan|bulan|triwulan|tw|semester|tahun)\b)"
    r"|(?P<adj>harian|mingguan|bulanan|triwulanan|semesteran|tahunan)\b"
    r"|(?:(?:1(?:\s*\(satu\))?|satu) kali\s+(?:dalam\s+)?|)(?P<once>sehari|seminggu|sepekan|sebulan|setahun)(?:\s+sekali)?\b)"
    r"(?P<rest>.*)$")
_DAY_EACH_MONTH = re.compile(r"^(?:paling lambat\s+)?(?:tanggal|tgl)\s+(?P<day>\d{1,2})\s+(?:setiap|tiap)\s+bulan(?P<rest>.*)$")
_DUE_DAY = re.compile(r"^(?:paling lambat\s+)?(?:tanggal|tgl)\s+(?P<day>\d{1,2})$")


def _fail(text: str, clean: str) -> When:
    return When(text, False, problem=f"target waktu '{clean}' tidak dikenali")


def _read_event(s: str) -> str | None:
    if _EVENTS.search(s) and not any(w in MONTHS for w in re.findall(r"[a-z]+", s)) and "dt" not in s:
        return s
    return None


def _read_relative(s: str) -> tuple[Relative, str | None] | None:
    match = _RELATIVE.fullmatch(s)
    if not match:
        return None
    count, problem = _count(match, "c")
    if count is None:
        return None
    unit = {"pekan": "minggu", "hari kalender": "hari"}.get(match["unit"], match["unit"])
    return Relative(count, unit, match["event"]), problem


def _read_recurrence(s: str, default: int) -> tuple[Recurrence, _Spans | None, int | None, str | None] | None:
    """A recurrence and what may follow it: a window of months, a year, a due day of the month."""
    day = None
    if match := _DAY_EACH_MONTH.fullmatch(s):
        unit, interval, problem, day = Unit.MONTH, 1, None, int(match["day"])
    elif match := _RECURRING.fullmatch(s):
        if match["unit"]:
            unit = _UNIT_WORDS[match["unit"].split()[0]]
            interval, problem = _count(match, "i")
            interval = interval or 1
        elif match["adj"]:
            unit, interval, problem = _ADJECTIVES[match["adj"]], 1, None
        else:
            unit, interval, problem = _ONCE_A[match["once"]], 1, None
    else:
        return None
    rest = match["rest"].strip()
    rest = re.sub(r"^(?:\+|sd|:)\s*", "", rest).strip()
    if rest.startswith("(") and rest.endswith(")"):  # "Per Triwulan (TW I - TW IV)"
        rest = rest[1:-1].strip()
    year, window = None, None
    if rest:
        if due := _DUE_DAY.fullmatch(rest):
            day = int(due["day"])
        else:
            try:
                window = _read_spans(rest, default)
            except _Fail:
                return None
            if window.has_day or len(window.spans) != 1:
                return None
            if window.pieces == (Piece(Unit.YEAR, 1),):
                year, window = window.spans[0].start.year, None
    if day is not None and not 1 <= day <= 31:
        return None
    if interval < 1 or (unit in UNIT_MONTHS and UNIT_MONTHS[unit] * interval > 12):
        return None  # "setiap 2 tahun" does not fall due inside a one-year plan
    return Recurrence(unit, interval, day), window, year, problem


def _narrow(spans: _Spans, edge: str) -> _Spans:
    """"akhir Maret 2026", "awal tahun 2026": the first or last month of what follows."""
    if len(spans.spans) != 1 or spans.has_day:
        raise _Fail()
    span = spans.spans[0]
    if edge == "akhir":
        new = Span(date(span.end.year, span.end.month, 1), span.end)
    else:
        new = Span(span.start, month_end(span.start.year, span.start.month))
    return replace(spans, spans=(new,), label=f"{edge} {spans.label}")


@lru_cache(maxsize=8192)  # pure; plans repeat the same few strings
def read_when(text: str, default_year: int) -> When:
    """Read one cell; years left out are ``default_year`` (the plan's year)."""
    clean = " ".join(text.split())
    if not clean:
        return When(text, False, problem="target waktu kosong")
    note = _NOTE.match(clean)
    if note and (noted := _read(text, note["body"], default_year)).read:
        # "Oktober - Desember 2025 (Kartu Kendali)": a remark after what is read stays a remark;
        # "Setiap bulan (Februari - November)": a recurrence's remark may be its window.
        if noted.recurrence is not None and not noted.spans:
            window = _read(text, note["note"], default_year)
            if window.read and len(window.spans) == 1 and window.pieces and window.recurrence is None \
                    and not window.deadline and Unit.DAY not in {p.unit for p in window.pieces}:
                noted = replace(noted, spans=window.spans)
        return replace(noted, note=note["note"].strip())
    when = _read(text, clean, default_year)
    return replace(when, note=note["note"].strip()) if note and not when.read else when


def _read(text: str, clean: str, default: int) -> When:
    alternatives = [part.strip() for part in clean.split("|")]
    if len(alternatives) > 1 and all(alternatives):  # "TW 2 | Apr - Jun": both must agree
        readings = [_read(text, part, default) for part in alternatives]
        first = next((r for r in readings if r.read), None)
        if first is None:
            return _fail(text, clean)
        if any(r.read and r.spans != first.spans for r in readings) or not all(r.read for r in readings):
            return replace(first, problem=f"bagian-bagian '{clean}' tidak menunjuk waktu yang sama")
        return first
    s = _normalise(clean)
    if not s:
        return _fail(text, clean)
    try:
        return _read_normalised(text, clean, s, default)
    except _Fail:
        return _fail(text, clean)


def _read_normalised(text: str, clean: str, s: str, default: int) -> When:
    weekday = None
    if match := _WEEKDAY.fullmatch(s):  # "Senin (2/3/2026)", "Kamis, 5 Februari 2026"
        weekday = WEEKDAYS[match["day"]]
        s = match["rest"].strip()
        if s.startswith("(") and s.endswith(")"):
            s = s[1:-1].strip()
    if found := _read_relative(s):
        relative, problem = found
        if relative.event is not None and _EVENTS.search(relative.event):
            return When(text, True, relative=relative, event=relative.event, problem=problem, label=clean)
        return When(text, True, relative=relative, problem=problem, label=clean)
    if found := _read_recurrence(s, default):
        recurrence, window, year, problem = found
        label = None if window is None and year is None and recurrence.interval == 1 and recurrence.day is None \
            else clean
        return When(text, True, spans=window.spans if window else (), recurrence=recurrence,
                    years=(year,) if year else (window.years if window else ()), label=label, problem=problem)
    if event := _read_event(s):
        return When(text, True, event=event, label=clean)
    deadline, edge = False, None
    if match := _LEAD.fullmatch(s):
        deadline, edge, s = bool(match["deadline"]), match["edge"], match["rest"]
        if deadline and (inner := _LEAD.fullmatch(s)) and inner["edge"]:
            edge, s = inner["edge"], inner["rest"]
    spans = _read_spans(s, default)
    if edge:
        spans = _narrow(spans, edge)
    problem = f"rentang '{clean}' berakhir sebelum dimulai" if spans.problem == REVERSED else spans.problem
    if weekday is not None:
        if len(spans.spans) != 1 or not spans.has_day or spans.spans[0].start != spans.spans[0].end:
            raise _Fail()
        day = spans.spans[0].start
        if day.weekday() != weekday:
            names = list(WEEKDAYS)
            problem = f"{tanggal(day)} jatuh pada hari {names[day.weekday()].capitalize()}, bukan {names[weekday].capitalize()}"
    label = spans.label
    if deadline:
        label = f"paling lambat {label}"
    return When(text, True, spans=spans.spans, deadline=deadline, weekday=weekday, pieces=spans.pieces,
                ranged=spans.ranged and not deadline, years=spans.years, label=label, problem=problem)


__all__ = ["MONTHS", "Piece", "Recurrence", "Relative", "Span", "Unit", "When", "month_end", "read_when"]
