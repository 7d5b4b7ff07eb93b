"""Read one YAML file safely into plain data, remembering where every key and value stands.

This is the careful path, which finds and words every problem; ``yaml_fast`` reads plain files
through libyaml first, ``yaml_plain`` says what an unquoted scalar means, ``yaml_errors`` turns
PyYAML's syntax errors into Indonesian.

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

from ..diagnostics import Diagnostic, Severity
from .bounded import read_bounded
from .yaml_errors import syntax_error
from .yaml_fast import fast_load
from .yaml_plain import AmbiguousScalar, resolve_plain

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 40

Path_ = tuple[str | int, ...]

__all__ = ["AmbiguousScalar", "Loaded", "MAX_DEPTH", "MAX_FILE_BYTES", "Path_", "fast_load", "load_file", "load_text",
           "resolve_plain"]


@dataclass(frozen=True)
class Loaded:
    """A parsed file: plain data plus the places of its values and keys (1-based)."""

    display: str
    data: object
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    text: str = ""  # the source as read, so later stages (the YAML download) never read it again

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

    def place_in(self, path: Path_, value: str, offset: int) -> tuple[int, int]:
        """The place of ``value[offset]``, where ``value`` is the text at ``path``: a finding inside a
        long text is shown at its own line and column, not at the start of the text.

        The value is aligned with the source from where it starts, through quotes, escapes, folded
        lines and block indentation; if they ever disagree, the start of the value is the answer."""
        start = self.place(path)
        if path not in self.values or not self.text or not 0 <= offset < len(value):
            return start
        lines = self.text.split("\n")
        pos = sum(len(line) + 1 for line in lines[: start[0] - 1]) + start[1] - 1
        found = _align(self.text, pos, value, offset)
        if found is None:
            return start
        before = self.text[:found]
        return before.count("\n") + 1, found - (before.rfind("\n") + 1) + 1


_ESCAPE_LENGTH = {"x": 4, "u": 6, "U": 10}


def _align(text: str, pos: int, value: str, offset: int) -> int | None:
    """The index in ``text`` of ``value[offset]``, for a scalar whose node starts at ``text[pos]``."""
    double_quoted = text.startswith('"', pos)
    # Past the opening quote or the block header (``|``, ``>-``, ``|2``) to the first character.
    while pos < len(text) and text[pos] != value[0] and text[pos] in "\"'|>+-0123456789 \t\r\n":
        pos += 1
    index = 0
    while pos < len(text):
        ch, source = value[index], text[pos]
        if double_quoted and source == "\\":
            if text.startswith("\n", pos + 1) or text.startswith("\r\n", pos + 1):
                pos += 2  # an escaped line break: the text continues on the next line
                while pos < len(text) and text[pos] in " \t\r\n":
                    pos += 1
                continue
            width = _ESCAPE_LENGTH.get(text[pos + 1:pos + 2], 2)
        elif source == ch:
            width = 1
        elif source.isspace() and ch.isspace():
            width = 1  # a folded line break, or a line break in a literal block
        elif source.isspace() or (source == "'" and text.startswith("''", pos - 1)):
            pos += 1  # indentation of a continued line, or the second quote of ''
            continue
        else:
            return None
        if index == offset:
            return pos
        index += 1
        pos += width
    return None


def _show_tag(tag: str) -> str:
    """A tag as staff wrote it: ``tag:yaml.org,2002:str`` back to ``!!str``."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


MAX_ALIAS_REPORTS = 10
_ALIAS_HINT = "tulis ulang nilainya secara lengkap; anchor dan alias tidak dipakai di berkas data"


class _Reject(Exception):
    pass


class _SafeComposer(yaml.SafeLoader):
    """SafeLoader that only composes nodes, refusing aliases, anchors and tags as it goes."""

    def __init__(self, stream: str, sink: list[tuple[int, int, str, str | None, str]]):
        super().__init__(stream)
        self._sink = sink
        self._depth = 0
        self._anchors: list[tuple[int, int, str]] = []
        self._aliases: dict[str, list[tuple[int, int]]] = {}

    def _problem(self, mark, message: str, hint: str | None, code: str) -> None:
        self._sink.append((mark.line + 1, mark.column + 1, message, hint, code))

    def report_aliases(self) -> None:
        """Anchors and aliases, each alias name once: a nested "billion laughs" stays a short report."""
        found = [(line, col, f"anchor YAML '&{name}' tidak diizinkan",
                  "hapus '&" + name + "'; anchor dan alias tidak dipakai di berkas data", "yaml-anchor")
                 for line, col, name in self._anchors]
        for name, places in self._aliases.items():
            message = f"alias YAML '*{name}' tidak diizinkan"
            hint = _ALIAS_HINT
            if len(places) > 1:
                lines = sorted({line for line, _ in places})
                message += f" (dipakai {len(places)} kali)"
                if len(lines) > 1:
                    shown = ", ".join(str(n) for n in lines[:8]) + (", …" if len(lines) > 8 else "")
                    hint = f"tulis ulang nilainya secara lengkap di baris {shown}; anchor dan alias tidak dipakai di berkas data"
            found.append((*places[0], message, hint, "yaml-alias"))
        found.sort(key=lambda f: (f[0], f[1]))
        self._sink.extend(found[:MAX_ALIAS_REPORTS])
        if len(found) > MAX_ALIAS_REPORTS:
            line, col = found[MAX_ALIAS_REPORTS][:2]
            self._sink.append((line, col, f"masih ada {len(found) - MAX_ALIAS_REPORTS} anchor/alias YAML lain "
                                          "mulai dari sini", "hapus semua anchor (&…) dan alias (*…)", "yaml-alias"))

    def compose_node(self, parent, index):  # noqa: D401 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.get_event()
            mark = event.start_mark
            self._aliases.setdefault(event.anchor, []).append((mark.line + 1, mark.column + 1))
            return ScalarNode("tag:yaml.org,2002:null", "", event.start_mark, event.end_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None) is not None:
            self._anchors.append((event.start_mark.line + 1, event.start_mark.column + 1, event.anchor))
        tag = getattr(event, "tag", None)
        if tag is not None and tag != "!":
            hint = "hapus tag itu; berkas data hanya berisi teks, angka, daftar dan pemetaan"
            if not tag.startswith("tag:yaml.org,2002:"):
                hint += "; bila '!' memang bagian dari teks, apit teksnya dengan tanda kutip"
            self._problem(event.start_mark, f"tag YAML '{_show_tag(tag)}' tidak diizinkan", hint, "yaml-tag")
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                self._problem(event.start_mark, f"struktur bersarang lebih dari {MAX_DEPTH} tingkat",
                              "kurangi tingkat daftar atau pemetaan di dalam daftar/pemetaan", "yaml-depth")
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
        if isinstance(node, ScalarNode):
            if node.style is None:
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
        # Columns count characters, as an editor shows them, not bytes.
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1
        byte = raw[exc.start]
        hint = "simpan ulang berkas dengan pengodean UTF-8"
        guess = bytes([byte]).decode("cp1252", errors="ignore")
        if guess.isprintable() and not guess.isspace() and byte >= 0x80:
            hint += f" (bita ini mungkin karakter '{guess}' yang disimpan dengan pengodean Windows/Latin-1)"
        return None, [Diagnostic(display, line, column, Severity.ERROR,
                                 f"berkas bukan teks UTF-8 yang sah (bita 0x{byte:02X})",
                                 hint=hint, code="encoding")]


def _tab_indents(text: str, display: str) -> list[Diagnostic]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = re.match(r"[ \t]*", line).group(0)
        if "\t" in indent and line.strip():
            found.append(Diagnostic(display, number, indent.index("\t") + 1, Severity.ERROR,
                                    "tab dipakai untuk indentasi", hint="YAML hanya menerima spasi untuk indentasi; ganti tab dengan spasi",
                                    code="yaml-tab"))
    return found


def _reader_error(exc: yaml.reader.ReaderError, text: str, display: str) -> Diagnostic:
    """A character YAML refuses outright (control characters): placed by line and column."""
    before = text[: exc.position]
    line = before.count("\n") + 1
    column = exc.position - (before.rfind("\n") + 1) + 1
    return Diagnostic(display, line, column, Severity.ERROR,
                      f"berkas memuat karakter kendali yang tidak diizinkan (U+{exc.character:04X})",
                      hint="hapus karakter tak terlihat itu (sering terbawa saat menyalin dari PDF atau Word)",
                      code="yaml-control")


def load_text(text: str, display: str) -> tuple[Loaded | None, list[Diagnostic]]:
    """Parse YAML text. Returns (None, errors) if the file cannot be read as data at all."""
    tabs = _tab_indents(text, display)
    if tabs:
        return None, tabs
    fast = fast_load(text, MAX_DEPTH)
    if fast is not None:
        data, values, keys = fast
        return Loaded(display, data, values, keys, text), []
    sink: list[tuple[int, int, str, str | None, str]] = []
    try:
        composer = _SafeComposer(text, sink)  # the reader checks every character here
    except yaml.reader.ReaderError as exc:
        return None, [_reader_error(exc, text, display)]
    try:
        node = composer.get_single_node()
        composer.report_aliases()
    except _Reject:
        node = None
        composer.report_aliases()
    except yaml.MarkedYAMLError as exc:
        line, col, message, hint = syntax_error(exc, text)
        return None, [Diagnostic(display, line, col, Severity.ERROR, message, hint=hint, code="yaml-syntax")]
    except yaml.reader.ReaderError as exc:
        return None, [_reader_error(exc, text, display)]
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
        diagnostics.append(Diagnostic(display, 1, 1, Severity.ERROR, "berkas kosong",
                                      hint="isi berkas dengan data, atau hapus berkas ini", code="empty"))
    if diagnostics:
        return None, diagnostics
    values.setdefault((), (1, 1))
    return Loaded(display, data, values, keys, text), []


def load_file(path: Path, display: str) -> tuple[Loaded | None, list[Diagnostic]]:
    """Read and parse one file, refusing oversized and non-UTF-8 files before parsing."""
    try:
        raw, size = read_bounded(path, MAX_FILE_BYTES)
        if raw is None:
            return None, [Diagnostic(display, 1, 1, Severity.ERROR,
                                     f"berkas terlalu besar ({size:,} bita; batasnya {MAX_FILE_BYTES:,} bita)".replace(",", "."),
                                     hint="berkas data biasanya hanya puluhan KB; periksa apakah ada teks yang tersalin berulang kali",
                                     code="too-large")]
    except OSError as exc:
        return None, [Diagnostic(display, 1, 1, Severity.ERROR, f"berkas tidak dapat dibaca ({exc.strerror})", code="io")]
    text, problems = _decode(raw, display)
    if text is None:
        return None, problems
    return load_text(text, display)
