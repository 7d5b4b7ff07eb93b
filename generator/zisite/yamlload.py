"""Read one YAML file safely into plain data, remembering where every key and value stands.

Staff edit these files by hand, so the loader is strict where YAML is surprising and precise
about places: every value's line and column is kept so a later error can point at it.
Nothing is ever constructed from tags; aliases are refused before they can expand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .diagnostics import Diagnostic, Severity

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 40

Path_ = tuple[str | int, ...]


class AmbiguousScalar(str):
    """A plain scalar that YAML 1.1 tools read as something other than text.

    Kept as text here; text fields refuse it so the file means the same in every tool.
    """

    kind: str

    def __new__(cls, value: str, kind: str) -> "AmbiguousScalar":
        obj = super().__new__(cls, value)
        obj.kind = kind
        return obj


@dataclass(frozen=True)
class Loaded:
    """A parsed file: plain data plus the places of its values and keys (1-based)."""

    display: str
    data: object
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def place(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The place of ``path``, or of its nearest ancestor that exists in the file."""
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))


_BOOL_11 = {"y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"}
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL = {"", "~", "null", "Null", "NULL"}
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_INT_11 = re.compile(r"[-+]?(0[0-7_]+|0o[0-7]+|0x[0-9a-fA-F_]+|0b[01_]+|[1-9][0-9_]*(:[0-5]?[0-9])+|[0-9][0-9_]*_[0-9_]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)")
_DATE = re.compile(r"[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2}([Tt ].*)?)?")


def resolve_plain(text: str) -> object:
    """Resolve a plain (unquoted) scalar: YAML 1.2 core types, and YAML 1.1 lookalikes flagged."""
    if text in _NULL:
        return None
    if text in _BOOL:
        return _BOOL[text]
    if text in _BOOL_11:
        return AmbiguousScalar(text, "boolean")
    if _INT.fullmatch(text):
        return int(text)
    if _INT_11.fullmatch(text):
        return AmbiguousScalar(text, "angka")
    if _DATE.fullmatch(text):
        return AmbiguousScalar(text, "tanggal")
    if _FLOAT.fullmatch(text):
        return AmbiguousScalar(text, "desimal")
    return text


_PROBLEMS = [
    ("mapping values are not allowed here",
     "tanda ':' tidak diharapkan di sini",
     "teks yang memuat ': ' harus diapit tanda kutip, misalnya \"Catatan: ...\""),
    ("could not find expected ':'",
     "tanda ':' yang diharapkan tidak ditemukan",
     "periksa indentasi baris ini dan baris sebelumnya, atau apit teks dengan tanda kutip"),
    ("did not find expected key",
     "kunci yang diharapkan tidak ditemukan",
     "periksa indentasi: kunci dalam satu pemetaan harus sejajar"),
    ("did not find expected '-' indicator",
     "tanda '-' untuk butir daftar yang diharapkan tidak ditemukan",
     "butir daftar harus sejajar dan diawali '- '"),
    ("found undefined alias", "alias YAML tidak diizinkan", None),
    ("found unexpected end of stream",
     "berkas berakhir sebelum waktunya",
     "periksa tanda kutip atau kurung yang belum ditutup"),
    ("while scanning a quoted scalar",
     "tanda kutip tidak ditutup",
     "tutup teks dengan tanda kutip yang sama dengan pembukanya"),
    ("found character '\\t' that cannot start any token",
     "karakter tab tidak diizinkan",
     "gunakan spasi, bukan tab"),
    ("special characters are not allowed",
     "berkas memuat karakter kendali yang tidak diizinkan",
     "hapus karakter tak terlihat itu (sering terbawa saat menyalin dari PDF)"),
    ("expected <block end>, but found",
     "struktur YAML tidak sesuai indentasi",
     "periksa indentasi baris ini: mungkin kurang atau lebih spasi"),
    ("found unknown escape character", "urutan escape tidak dikenal di dalam tanda kutip ganda",
     "gunakan tanda kutip tunggal, atau tulis '\\\\' untuk garis miring terbalik"),
]


def _translate_yaml_error(problem: str) -> tuple[str, str | None]:
    for needle, message, hint in _PROBLEMS:
        if needle in problem:
            return message, hint
    return f"YAML tidak valid ({problem})", "periksa indentasi, tanda kutip dan tanda ':' di sekitar baris ini"


class _Reject(Exception):
    pass


class _SafeComposer(yaml.SafeLoader):
    """SafeLoader that only composes nodes, refusing aliases, anchors and tags as it goes."""

    def __init__(self, stream: str, sink: list[tuple[int, int, str, str | None, str]]):
        super().__init__(stream)
        self._sink = sink
        self._depth = 0

    def _problem(self, mark, message: str, hint: str | None, code: str) -> None:
        self._sink.append((mark.line + 1, mark.column + 1, message, hint, code))

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            self._problem(event.start_mark, f"alias YAML '*{event.anchor}' tidak diizinkan",
                          "tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data",
                          "yaml-alias")
            return ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            self._problem(event.start_mark, f"anchor YAML '&{event.anchor}' tidak diizinkan",
                          "hapus '&" + event.anchor + "'; anchor dan alias tidak dipakai di berkas data",
                          "yaml-anchor")
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            self._problem(event.start_mark, f"tag YAML '{tag}' tidak diizinkan",
                          "hapus tag itu; berkas data hanya berisi teks, angka, daftar dan pemetaan",
                          "yaml-tag")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self._problem(event.start_mark, f"struktur bersarang lebih dari {MAX_DEPTH} tingkat",
                              None, "yaml-depth")
                raise _Reject()
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Converter:
    def __init__(self, loaded_values, loaded_keys, sink):
        self.values = loaded_values
        self.keys = loaded_keys
        self.sink = sink

    def convert(self, node: Node, path: Path_) -> object:
        self.values[path] = _position(node)
        explicit_tag = False
        if isinstance(node, ScalarNode):
            if node.style is None and not explicit_tag:
                return resolve_plain(node.value)
            return node.value
        if isinstance(node, SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            out: dict[str, object] = {}
            for key_node, value_node in node.value:
                line, col = _position(key_node)
                if not isinstance(key_node, ScalarNode):
                    self.sink.append((line, col, "kunci harus berupa teks sederhana", None, "yaml-key"))
                    continue
                key = key_node.value
                if key_node.style is None and key == "<<":
                    self.sink.append((line, col, "penggabungan YAML '<<' tidak diizinkan",
                                      "tulis semua kunci secara lengkap", "yaml-merge"))
                    continue
                if key in out:
                    first = self.keys[path + (key,)]
                    self.sink.append((line, col, f"kunci '{key}' ditulis dua kali (pertama di baris {first[0]})",
                                      "hapus salah satunya; YAML hanya memakai satu nilai", "yaml-duplicate-key"))
                    continue
                self.keys[path + (key,)] = (line, col)
                out[key] = self.convert(value_node, path + (key,))
            return out
        raise AssertionError(f"unknown node {node!r}")


def _decode(raw: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [Diagnostic(display, line, column, Severity.ERROR,
                                 f"berkas bukan teks UTF-8 yang sah (bita 0x{raw[exc.start]:02X})",
                                 hint="simpan ulang berkas dengan pengodean UTF-8", code="encoding")]


def _tab_indents(text: str, display: str) -> list[Diagnostic]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = re.match(r"[ \t]*", line).group(0)
        if "\t" in indent and line.strip():
            found.append(Diagnostic(display, number, indent.index("\t") + 1, Severity.ERROR,
                                    "tab dipakai untuk indentasi", hint="YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi",
                                    code="yaml-tab"))
    return found


def load_text(text: str, display: str) -> tuple[Loaded | None, list[Diagnostic]]:
    """Parse YAML text. Returns (None, errors) if the file cannot be read as data at all."""
    tabs = _tab_indents(text, display)
    if tabs:
        return None, tabs
    sink: list[tuple[int, int, str, str | None, str]] = []
    composer = _SafeComposer(text, sink)
    try:
        node = composer.get_single_node()
    except _Reject:
        node = None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message, hint = _translate_yaml_error(f"{exc.context or ''} {exc.problem or ''}")
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Diagnostic(display, line, col, Severity.ERROR, message, hint=hint, code="yaml-syntax")]
    except yaml.YAMLError as exc:  # reader errors carry a position too
        mark = getattr(exc, "position", None)
        message, hint = _translate_yaml_error(str(exc))
        return None, [Diagnostic(display, 1, 1, Severity.ERROR, message, hint=hint, code="yaml-syntax")]
    finally:
        composer.dispose()
    values: dict[Path_, tuple[int, int]] = {}
    keys: dict[Path_, tuple[int, int]] = {}
    data = None
    if node is not None:
        data = _Converter(values, keys, sink).convert(node, ())
    diagnostics = [Diagnostic(display, line, col, Severity.ERROR, msg, hint=hint, code=code)
                   for line, col, msg, hint, code in sink]
    if node is None and not diagnostics:
        diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR, "berkas kosong", code="empty"))
    if diagnostics:
        return None, diagnostics
    values.setdefault((), (1, 1))
    return Loaded(display, data, values, keys), []


def load_file(path: Path, display: str) -> tuple[Loaded | None, list[Diagnostic]]:
    """Read and parse one file, refusing oversized and non-UTF-8 files before parsing."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Diagnostic(display, 1, 1, Severity.ERROR,
                                     f"berkas terlalu besar ({size:,} bita; batasnya {MAX_FILE_BYTES:,} bita)".replace(",", "."),
                                     hint="pecah data menjadi beberapa berkas", code="too-large")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(display, 1, 1, Severity.ERROR, f"berkas tidak dapat dibaca ({exc.strerror})", code="io")]
    text, problems = _decode(raw, display)
    if text is None:
        return None, problems
    return load_text(text, display)
