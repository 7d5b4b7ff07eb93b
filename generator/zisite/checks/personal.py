"""What looks like personal data in a text: a NIK, a private phone number, a private e-mail address,
or (for complaint and whistleblowing texts) an honorific followed by a name.

Pure functions on strings, no files. Text is first normalised so that a number or an address
written to slip past a reader still counts:

- NFKC (full-width digits, no-break and thin spaces, ``＠``) and every other Unicode decimal digit
  (Arabic-Indic ``٠١٢``, Devanagari, …) read as its ASCII digit;
- ``O``/``o`` read as 0 and ``I``/``l`` as 1 when they stand between digits (``08l2 345O 7890``);
- digit groups joined by one separator (space, ``-`` ``–`` ``—`` ``.`` ``/`` ``·`` ``•`` ``_``)
  or wrapped in parentheses are one number: ``7201·0101·0101·0001``, ``(0812) 3456-7890``;
- ``[at]``, ``(at)``, `` at ``, ``[dot]``, ``(dot)``, `` dot `` and ``[titik]`` in any case read as
  ``@`` and ``.``.

Every normalised character keeps the offset of the original character it came from, so a finding
points at the column staff see in their editor.

A NIK is any 16 digits; a mobile number 08… (10–13 digits) or 62 8… / +62 8…. A count written
just before a number ("12 0812 3456 7890") does not hide it: the longest stretch of whole groups
that reads as one is found.

What is deliberately *not* taken for personal data: dates (``31-12-2026``, ``2026-01-21``), clock
times (``08.00``), amounts (``Rp1.254.300.000``, ``1.254.300``), years and lists of years
(``2024 2025``), row codes (``6.2.1.1``), decree numbers (their groups are joined by letters), NIP
(18 digits), and — outside statistics — landline numbers, government (``.go.id``) addresses and the
office's own published numbers and addresses. A year, time or row code just before a number stays
its own ("21 Januari 2026 0812 3456 7890" is a phone number); only a NIK that reads as one in full
(province code, day and month of birth) may start with what looks like a year or a time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

NIK = "nik"
PHONE = "phone"
EMAIL = "email"
NAME = "name"

WHAT = {
    NIK: "nomor yang tampak seperti NIK (16 angka)",
    PHONE: "nomor telepon",
    EMAIL: "alamat surel",
    NAME: "sebutan yang tampak seperti nama orang",
}


@dataclass(frozen=True)
class Found:
    """One thing that looks personal: what it is, a masked form to show, where it is in the original text."""

    what: str
    shown: str
    start: int = 0  # offset of its first character in the text as written
    kind: str = ""


@dataclass(frozen=True)
class Published:
    """What an office publishes on purpose, which its own texts may repeat.

    ``STRICT`` (statistics files: counts only) allows nothing; ``for_office`` allows the office's
    own contact numbers and addresses, addresses on its website's domain and on ``.go.id``, and
    landline numbers (institutions', rarely a person's).
    """

    emails: frozenset[str] = frozenset()
    domains: tuple[str, ...] = ()
    phones: frozenset[str] = frozenset()
    government: bool = False
    landlines: bool = False

    @classmethod
    def for_office(cls, office: object = None) -> "Published":
        """From an office's data (the raw ``office.yaml`` mapping, or the model); None: no office known."""
        data = office.model_dump() if hasattr(office, "model_dump") else office
        data = data if isinstance(data, dict) else {}
        unit = data.get("upg") if isinstance(data.get("upg"), dict) else {}
        emails = {v.strip().lower() for v in (data.get("email"), data.get("email_pengaduan"), unit.get("email"))
                  if isinstance(v, str) and v.strip()}
        phones = {canonical_phone(v) for v in (data.get("telepon"), data.get("hotline"), data.get("whatsapp"),
                                               unit.get("telepon")) if isinstance(v, (str, int))}
        domains = ()
        if isinstance(data.get("situs_web"), str):
            host = (urlsplit(data["situs_web"].strip()).hostname or "").lower().removeprefix("www.")
            if "." in host:
                domains = (host,)
        return cls(frozenset(emails), domains, frozenset(p for p in phones if p), government=True, landlines=True)

    @classmethod
    def union(cls, policies: Iterable["Published"]) -> "Published":
        """What any of several offices publishes (a group site's own pages)."""
        policies = list(policies) or [cls.for_office(None)]
        return cls(frozenset().union(*(p.emails for p in policies)), tuple(d for p in policies for d in p.domains),
                   frozenset().union(*(p.phones for p in policies)), government=all(p.government for p in policies),
                   landlines=all(p.landlines for p in policies))

    def allows_email(self, address: str, domain: str) -> bool:
        domain = domain.lower()
        if address.lower() in self.emails:
            return True
        if self.government and (domain == "go.id" or domain.endswith(".go.id")):
            return True
        return any(domain == d or domain.endswith("." + d) for d in self.domains)


STRICT = Published()


def canonical_phone(value: object) -> str:
    """A phone number as national digits: ``+62 812-3456`` and ``0812 3456`` are both ``08123456``."""
    digits = "".join(str(unicodedata.digit(c)) for c in str(value) if unicodedata.digit(c, None) is not None)
    if digits.startswith("620"):
        digits = digits[2:]
    elif digits.startswith("62"):
        digits = "0" + digits[2:]
    return digits


# --- normalisation ----------------------------------------------------------------------------

_SEPARATORS = "-./·•∙_‐‑‒–—―−⁃・"
_LOOKALIKE = {"O": "0", "o": "0", "I": "1", "l": "1"}


@dataclass
class Normalised:
    """Normalised text, and for each of its characters the offset of the original character."""

    text: str
    origin: list[int] = field(default_factory=list)

    def at(self, index: int) -> int:
        return self.origin[index] if index < len(self.origin) else (self.origin[-1] + 1 if self.origin else 0)

    def sub(self, pattern: re.Pattern, replacement: str | Callable[[re.Match], str]) -> "Normalised":
        """Replace every match by ``replacement``; its characters take the offset of the match's first character."""
        out, origin, last = [], [], 0
        for match in pattern.finditer(self.text):
            out.append(self.text[last:match.start()])
            origin.extend(self.origin[last:match.start()])
            replaced = replacement if isinstance(replacement, str) else replacement(match)
            out.append(replaced)
            origin.extend([self.at(match.start())] * len(replaced))
            last = match.end()
        out.append(self.text[last:])
        origin.extend(self.origin[last:])
        return Normalised("".join(out), origin)


def _is_digit(chars: list[str], i: int) -> bool:
    return 0 <= i < len(chars) and "0" <= chars[i] <= "9"


def _near_digit(chars: list[str], i: int, step: int) -> bool:
    """A digit next to ``i`` in direction ``step``, directly or past one separator or space."""
    j = i + step
    if _is_digit(chars, j):
        return True
    return 0 <= j < len(chars) and (chars[j] == " " or chars[j] in _SEPARATORS) and _is_digit(chars, j + step)


def normalise(text: str) -> Normalised:
    """``text`` with digits, spaces and look-alike letters normalised, offsets kept."""
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch.isascii():
            parts = " " if ch in "\t\r\f\v" else ch
        else:
            parts = unicodedata.normalize("NFKC", ch)
        for part in parts:
            if not part.isascii():
                digit = unicodedata.digit(part, None)
                if digit is not None:
                    part = str(digit)
                elif part.isspace():
                    part = " "
            chars.append(part)
            origin.append(i)
    # Look-alike letters: a run of them between digits (``2O26``, ``08l2``, ``345O 7890``).
    i = 0
    while i < len(chars):
        if chars[i] in _LOOKALIKE:
            j = i
            while j < len(chars) and chars[j] in _LOOKALIKE:
                j += 1
            if _near_digit(chars, i, -1) and _near_digit(chars, j - 1, +1):
                for k in range(i, j):
                    chars[k] = _LOOKALIKE[chars[k]]
            i = j
        else:
            i += 1
    return Normalised("".join(chars), origin)


# --- numbers ----------------------------------------------------------------------------------

_SEP_CLASS = re.escape(_SEPARATORS)
_GROUP = r"\(?[0-9]+\)?"
_GAP = rf"(?: {{1,3}}|[{_SEP_CLASS}])"
_NUMBER_RUN = re.compile(rf"(?<![0-9A-Za-z+])(?:\+ ?)?{_GROUP}(?:{_GAP}{_GROUP})*")
_DIGITS = re.compile(r"[0-9]+")

# Spans that are never a person's number, masked before runs are read: a date or an amount in
# rupiah next to a count must not join it into something that looks like a phone number.
_DATE = re.compile(r"(?<![0-9])(?:(?P<d>[0-3]?[0-9])(?P<s>[-/.])(?P<m>[01]?[0-9])(?P=s)(?P<y>(?:19|20)[0-9]{2})"
                   r"|(?P<y2>(?:19|20)[0-9]{2})(?P<s2>[-/.])(?P<m2>[01]?[0-9])(?P=s2)(?P<d2>[0-3]?[0-9]))(?![0-9])")
_RUPIAH = re.compile(r"\b(?:Rp|IDR)\.? ?[0-9][0-9.,]*", re.IGNORECASE)
_MOBILE = re.compile(r"08[1-9][0-9]{7,10}")          # 0812 3456 789 … 0812 3456 78901: 10–13 digits
_MOBILE_62 = re.compile(r"628[1-9][0-9]{7,10}")       # the same written from +62 (62 replaces the 0)
_ANY_PHONE = re.compile(r"0[1-9][0-9]{7,11}")         # landlines too: (0451) 421234 — in statistics only


def _masked(text: str) -> str:
    """``text`` with dates and rupiah amounts replaced by ``#``, so their digits join no number."""
    chars = list(text)
    for pattern in (_RUPIAH, _DATE):
        for match in pattern.finditer(text):
            if pattern is _DATE and not _valid_date(match):
                continue
            chars[match.start():match.end()] = "#" * (match.end() - match.start())
    return "".join(chars)


def _valid_date(match: re.Match) -> bool:
    day, month = (match["d"], match["m"]) if match["d"] else (match["d2"], match["m2"])
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


@dataclass(frozen=True)
class _Chunk:
    """Digit groups joined by single separators (``0812-3456``, ``6.2.1.1``); spaces end a chunk."""

    groups: tuple[str, ...]
    separators: tuple[str, ...]
    start: int  # in the normalised text

    @property
    def ordinary(self) -> str | None:
        """What the chunk is when it is never personal: years, a row code, a clock time, an amount."""
        g, dots = self.groups, all(s == "." for s in self.separators)
        if all(len(x) == 4 and 1900 <= int(x) <= 2099 for x in g):
            return "year"  # 2026, 2025-2026, 2024/2025
        if dots and 3 <= len(g) <= 4 and all(len(x) <= 2 for x in g):
            return "code"  # 6.2.1.1 (bagian.kelompok.aksi.baris), 1.2.3
        if dots and len(g) == 2 and len(g[0]) <= 2 and int(g[0]) <= 23 and len(g[1]) == 2 and int(g[1]) <= 59:
            return "time"  # 08.00
        if dots and len(g) >= 2 and len(g[0]) <= 3 and g[0][0] != "0" and all(len(x) == 3 for x in g[1:]):
            return "amount"  # 1.254.300
        return None


def _chunks(run: re.Match) -> list[_Chunk]:
    text, chunks = run.group(0), []
    groups, separators, start, last = [], [], 0, None
    for group in _DIGITS.finditer(text):
        if last is not None:
            gap = text[last.end():group.start()]
            if gap.strip(" ()"):
                separators.append(gap.strip(" ()"))
            else:  # spaces or parentheses: a new chunk
                chunks.append(_Chunk(tuple(groups), tuple(separators), start))
                groups, separators = [], []
        if not groups:
            start = run.start() + group.start()
        groups.append(group.group(0))
        last = group
    chunks.append(_Chunk(tuple(groups), tuple(separators), start))
    return chunks


# Province codes of the NIK (Kemendagri): the first two digits.
_PROVINCES = {*range(11, 20), 21, *range(31, 37), *range(51, 54), *range(61, 66), *range(71, 77), 81, 82,
              *range(91, 97)}


def _plausible_nik(digits: str) -> bool:
    """A NIK in full: province code, then regency and district, then the day (plus 40 for women)
    and month of birth."""
    day, month = int(digits[6:8]), int(digits[8:10])
    return int(digits[:2]) in _PROVINCES and (1 <= day <= 31 or 41 <= day <= 71) and 1 <= month <= 12


def _number_kind(digits: str, international: bool, policy: Published) -> str | None:
    if len(digits) == 16 and not international:
        return NIK
    if _MOBILE.fullmatch(digits) or _MOBILE_62.fullmatch(digits) or (digits.startswith("6208") and
                                                                     _MOBILE.fullmatch(digits[2:])):
        return PHONE
    if not policy.landlines and (_ANY_PHONE.fullmatch(digits) or (international and digits.startswith("62")
                                                                  and 10 <= len(digits) <= 14)):
        return PHONE
    return None


def _numbers(norm: Normalised, policy: Published) -> list[Found]:
    found = []
    for run in _NUMBER_RUN.finditer(_masked(norm.text)):
        chunks = _chunks(run)
        international = run.group(0).startswith("+")
        i = 0
        while i < len(chunks):
            hit = None
            # The longest stretch of whole chunks from here that is a NIK or a phone number: a count
            # written just before a number ("12 0812 3456 7890") must not hide it.
            for j in range(len(chunks), i, -1):
                digits = "".join("".join(c.groups) for c in chunks[i:j])
                if len(digits) < 9:
                    continue
                plus = international and i == 0
                kind = _number_kind(digits, plus, policy)
                # A year, a time or a code just before a number is its own ("21 Januari 2026 0812 3456
                # 7890", "pukul 08.15 …"). Only a NIK may start with what reads as a year or a time
                # (province 19, Bangka Belitung: "1901 …"), and only when it reads as a NIK in full;
                # never with a row code ("11.10.10.10 12.11.11.11" is two rows).
                leading = None if plus else chunks[i].ordinary
                if kind is None or (leading and (leading == "code" or kind != NIK or not _plausible_nik(digits))):
                    continue
                if kind == PHONE and canonical_phone(digits) in policy.phones:
                    hit = (j, None)
                else:
                    shown = ("+" if plus else "") + digits[:4] + "…"
                    hit = (j, Found(WHAT[kind], shown, norm.at(run.start() if plus else chunks[i].start), kind))
                break
            if hit is None:
                i += 1
                continue
            i, finding = hit
            if finding is not None:
                found.append(finding)
    return found


# --- e-mail -----------------------------------------------------------------------------------

_I = re.IGNORECASE
_OBFUSCATED = [
    (re.compile(r" *[\[({<] *(?:at|@|et) *[\])}>] *", _I), "@"),
    (re.compile(r" *[\[({<] *(?:dot|titik|\.) *[\])}>] *", _I), "."),
    (re.compile(r"(?<=[A-Za-z0-9]) +at +(?=[A-Za-z0-9])", _I), "@"),
    (re.compile(r"(?<=[A-Za-z0-9]) +(?:dot|titik) +(?=[A-Za-z0-9])", _I), "."),
    (re.compile(r"(?<=[A-Za-z0-9]) *@ *(?=[A-Za-z0-9])"), "@"),
    # "budi@gmail . com": spaces inside the domain
    (re.compile(r"(?<=@)[A-Za-z0-9-]+(?: *\. *[A-Za-z0-9-]+)+"), lambda m: m.group(0).replace(" ", "")),
]
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+"
                    r"@(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?P<tld>[A-Za-z]{2,}))")
_FILE_TYPES = {"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf"}  # logo@2x.png is a file name
_BRACKETED_AT = re.compile(r"[\[({<] *[ae]t *[\])}>]")


def _may_be_email(text: str) -> bool:
    """Whether ``text`` has an ``@`` in any of the spellings ``_OBFUSCATED`` reads (substring tests
    first: a regex with IGNORECASE over every cell of a national check is slow)."""
    if "@" in text or "＠" in text or "﹫" in text:
        return True
    low = (text if text.isascii() else unicodedata.normalize("NFKC", text)).lower()
    return " at " in low or "\tat" in low or "at\t" in low or _BRACKETED_AT.search(low) is not None


def _emails(norm: Normalised, policy: Published) -> tuple[list[Found], list[tuple[int, int]]]:
    """Private addresses found, and where every address (private or not) stands in the original text."""
    for pattern, replacement in _OBFUSCATED:
        norm = norm.sub(pattern, replacement)
    found, spans = [], []
    for match in _EMAIL.finditer(norm.text):
        if match["tld"].lower() in _FILE_TYPES:
            continue
        spans.append((norm.at(match.start()), norm.at(match.end() - 1) + 1))
        if not policy.allows_email(match.group(0), match["domain"]):
            found.append(Found(WHAT[EMAIL], f"…@{match['domain'].lower()}", norm.at(match.start()), EMAIL))
    return found, spans


# --- the detector -----------------------------------------------------------------------------

# Nine digits (any script; O, o, I, l may stand for some) with at most five other characters
# between each two: the least a NIK or phone number needs. Long texts without it (decrees, most
# cells) are never normalised, which keeps a national check fast.
_MAY_BE_NUMBER = re.compile(r"\d(?:[\W_]{0,5}[\dOoIl]){8,}")


def may_be_personal(text: str) -> bool:
    """Whether ``text`` could hold anything ``find_personal`` finds (a quick test for the common case)."""
    return _MAY_BE_NUMBER.search(text) is not None or _may_be_email(text)


def find_personal(text: str, policy: Published = STRICT) -> list[Found]:
    """Everything in ``text`` that looks like a NIK, a phone number or an e-mail address, in order."""
    numbers, emails = _MAY_BE_NUMBER.search(text) is not None, _may_be_email(text)
    if not numbers and not emails:
        return []
    norm = normalise(text)
    found, addresses = _emails(norm, policy) if emails else ([], [])
    if numbers:
        # Digits inside an address (budi081234567890@…) belong to the address: never a second finding.
        found += [f for f in _numbers(norm, policy) if not any(s <= f.start < e for s, e in addresses)]
    return sorted(found, key=lambda f: f.start)


def personal_in_text(text: str, policy: Published = STRICT) -> Found | None:
    """The first thing in ``text`` that looks like a NIK, a phone number or an e-mail address."""
    found = find_personal(text, policy)
    return found[0] if found else None


# --- names ------------------------------------------------------------------------------------

_HONORIFIC = r"(?i:Bapak|Bpk\.?|Pak|Ibu|Bu|Saudara|Saudari|Sdr\.?|Sdri\.?|Sdra\.?|Tuan|Tn\.?|Nyonya|Ny\.?|Nona|Nn\.?)"
# The honorific in any case, then a capitalised word: "Bapak Ahmad", "ibu Siti", "Sdr. Budi", "Sdri.Rina".
_NAME = re.compile(rf"(?<![\w/]){_HONORIFIC}(?:(?<=\.)|(?![\w/])) ?(?P<name>[A-Z][a-z]+|[A-Z]\.)(?![\w/])")
# Words that follow an honorific without naming anyone: positions, roles, places, the other honorific.
_NOT_NAMES = {
    "bapak", "ibu", "bu", "pak", "saudara", "saudari", "kota", "pertiwi", "negara", "rumah", "jari", "kandung",
    "pelapor", "terlapor", "pengadu", "teradu", "pegawai", "staf", "petugas", "pejabat", "pimpinan", "anggota",
    "ketua", "wakil", "sekretaris", "kepala", "kasubbag", "kabag", "kasubag", "komisioner", "bendahara",
    "camat", "lurah", "bupati", "walikota", "gubernur", "presiden", "menteri", "direktur", "hakim", "jaksa",
    "penyidik", "auditor", "inspektur", "operator", "admin", "guru", "dosen", "dokter", "warga", "masyarakat",
    "yang", "dan", "atau", "tersebut", "sekalian", "semua", "para", "selaku", "sebagai",
}


def names_in_text(text: str) -> list[Found]:
    """Each honorific followed by a capitalised word ("Bapak Ahmad", "Sdri. Siti"): perhaps a name."""
    found = []
    for match in _NAME.finditer(text):
        word = match["name"]
        if word.rstrip(".").lower() in _NOT_NAMES:
            continue
        honorific = text[match.start():match.start("name")].strip()
        found.append(Found(WHAT[NAME], f"{honorific} {word[0]}…", match.start(), NAME))
    return found
