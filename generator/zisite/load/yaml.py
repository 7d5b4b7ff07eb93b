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

from ..diagnostics import Diagnostic, Severity

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
    ("expected a single document in the stream",
     "berkas memuat lebih dari satu dokumen YAML (dipisah '---')",
     "satu berkas hanya berisi satu dokumen; hapus baris '---' ini beserta isi di bawahnya, "
     "atau pindahkan isinya ke berkas lain"),
    ("found unexpected document separator",
     "baris '---' tidak diharapkan di sini",
     "hapus baris '---' itu; satu berkas hanya berisi satu dokumen"),
    ("found unexpected end of stream",
     "berkas berakhir sebelum waktunya",
     "periksa tanda kutip atau kurung yang belum ditutup"),
    ("found character '\\t' that cannot start any token",
     "karakter tab tidak diizinkan",
     "gunakan spasi, bukan tab"),
    ("found unknown escape character",
     "garis miring terbalik (\\) tidak sah di dalam tanda kutip ganda",
     "apit teks dengan tanda kutip tunggal ('...'), atau tulis '\\\\' untuk satu garis miring terbalik"),
    ("expected escape sequence",
     "garis miring terbalik (\\) tidak sah di dalam tanda kutip ganda",
     "apit teks dengan tanda kutip tunggal ('...'), atau tulis '\\\\' untuk satu garis miring terbalik"),
    ("expected <block end>, but found",
     "struktur YAML tidak sesuai indentasi",
     "periksa indentasi baris ini: mungkin kurang atau lebih spasi"),
    ("sequence entries are not allowed here",
     "tanda '-' untuk butir daftar tidak diharapkan di sini",
     "periksa indentasi; teks yang diawali '- ' harus diapit tanda kutip"),
    ("mapping keys are not allowed here",
     "tanda '?' tidak diharapkan di sini",
     "teks yang diawali '? ' harus diapit tanda kutip"),
    ("expected ',' or ']'",
     "daftar dalam kurung '[ ]' belum ditutup atau butirnya tidak dipisah koma",
     "periksa pasangan '[' dan ']' serta tanda koma di antara butir; teks yang memuat koma harus diapit tanda kutip"),
    ("expected ',' or '}'",
     "pemetaan dalam kurung '{ }' belum ditutup atau pasangannya tidak dipisah koma",
     "periksa pasangan '{' dan '}' serta tanda koma di antara pasangan; teks yang memuat koma harus diapit tanda kutip"),
    ("expected the node content",
     "nilai yang diharapkan tidak ditemukan",
     "periksa tanda baca di sekitar baris ini; teks yang diawali tanda baca harus diapit tanda kutip"),
    ("while scanning an anchor",
     "teks tidak boleh diawali '&' tanpa tanda kutip",
     "apit teks dengan tanda kutip, misalnya \"& lainnya\""),
    ("while scanning an alias",
     "teks tidak boleh diawali '*' tanpa tanda kutip",
     "apit teks dengan tanda kutip, misalnya \"* catatan\""),
    ("while scanning a tag",
     "teks tidak boleh diawali '!' tanpa tanda kutip",
     "apit teks dengan tanda kutip, misalnya \"!penting\""),
    ("undefined tag handle",
     "teks tidak boleh diawali '!' tanpa tanda kutip",
     "apit teks dengan tanda kutip, misalnya \"!penting\""),
    ("while scanning a directive",
     "baris yang diawali '%' dibaca sebagai perintah YAML",
     "apit teks dengan tanda kutip, misalnya \"%50\""),
    ("YAML directive",
     "baris yang diawali '%' dibaca sebagai perintah YAML",
     "hapus baris '%YAML ...' itu"),
    ("incompatible YAML document",
     "baris yang diawali '%' dibaca sebagai perintah YAML",
     "hapus baris '%YAML ...' itu"),
    ("while scanning a block scalar",
     "penanda teks panjang ('|' atau '>') tidak sah",
     "tulis '|' atau '>' sendirian di akhir baris, lalu teksnya di baris berikutnya dengan indentasi lebih dalam; "
     "teks yang diawali '|' atau '>' harus diapit tanda kutip"),
]

_GENERIC_HINT = "periksa indentasi, tanda kutip dan tanda ':' di sekitar baris ini"
_KEY_LINE = re.compile(r"^(\s*)(?:-\s+)?([^\s:#'\"][^:#]*?):(?:\s|$)")
_CANNOT_START = re.compile(r"found character '(.+)' that cannot start any token")


def _translate_yaml_error(problem: str) -> tuple[str, str | None]:
    for needle, message, hint in _PROBLEMS:
        if needle in problem:
            return message, hint
    found = _CANNOT_START.search(problem)
    if found:
        char = found.group(1)
        return (f"teks tidak boleh diawali '{char}' tanpa tanda kutip",
                f"apit teks dengan tanda kutip, misalnya \"{char}kpu\"")
    return "susunan YAML tidak sah di sini", _GENERIC_HINT


def _unclosed_quote(text: str, before: tuple[int, int]) -> tuple[int, int] | None:
    """Where a quote opened that swallowed following lines, if one did before ``before``.

    A quote left open on one line runs on until the next quote character, taking whole lines
    of keys with it; the parser then fails further down. Only consulted after a syntax error.
    """
    lines = text.splitlines()
    scanner = yaml.SafeLoader(text)
    found = None
    try:
        while scanner.check_token():
            token = scanner.get_token()
            start, end = token.start_mark, token.end_mark
            if (start.line, start.column) >= before:
                break
            if (isinstance(token, yaml.ScalarToken) and token.style in ("'", '"')
                    and end.line > start.line
                    and any(_KEY_LINE.match(line) for line in lines[start.line + 1:end.line + 1])):
                found = (start.line + 1, start.column + 1)
    except yaml.YAMLError:
        pass
    finally:
        scanner.dispose()
    return found


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str, str | None]:
    """(line, column, message, hint) for a PyYAML syntax error, pointing where staff must edit."""
    context, problem_text = exc.context or "", exc.problem or ""
    problem = f"{context} {problem_text}"
    mark = exc.problem_mark or exc.context_mark
    if context.startswith(("while scanning an alias", "while scanning an anchor", "while scanning a tag",
                           "while scanning a directive", "while scanning a block scalar")) and exc.context_mark:
        mark = exc.context_mark  # where the token starts, not where PyYAML gave up inside it
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines()
    source = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if ("quoted scalar" in context and exc.context_mark is not None
            and ("end of stream" in problem_text or "document separator" in problem_text)):
        return (exc.context_mark.line + 1, exc.context_mark.column + 1, "tanda kutip tidak ditutup",
                "tutup teks dengan tanda kutip yang sama dengan pembukanya")
    opened = _unclosed_quote(text, (line - 1, col - 1))
    if opened is not None:
        return (*opened, "tanda kutip tidak ditutup",
                "tutup teks dengan tanda kutip yang sama dengan pembukanya; tanpa penutup, "
                "baris-baris berikutnya ikut terbaca sebagai bagian teks ini")
    message, hint = _translate_yaml_error(problem)
    if "mapping values are not allowed here" in problem and mark is not None:
        key = _KEY_LINE.match(source)
        if key and key.end(2) == mark.column:
            # The first ':' on the line ends a key: the line is indented as if it continued the
            # text above it, not as a key of its own.
            return (line, key.start(2) + 1, f"kunci '{key.group(2)}' tidak sejajar dengan kunci di atasnya",
                    "kunci dalam satu pemetaan harus diawali pada kolom yang sama; periksa jumlah spasi "
                    "di awal baris ini (bila ': ' memang bagian dari teks, apit teksnya dengan tanda kutip)")
    if "expected <block end>, but found '<scalar>'" in problem and source[: col - 1].rstrip().endswith(("'", '"')):
        return (line, col, "ada teks lagi setelah tanda kutip penutup",
                "apit seluruh teks dengan tanda kutip; tanda kutip ganda di dalam teks ditulis \\\" "
                "(atau apit teks dengan tanda kutip tunggal)")
    if message.startswith("teks tidak boleh diawali") and mark is not None:
        snippet = source[mark.column:].split(" #")[0].strip().replace('"', '\\"')
        if snippet:
            if len(snippet) > 40:
                snippet = snippet[:40] + "…"
            hint = f"apit teks dengan tanda kutip, misalnya \"{snippet}\""
    return line, col, message, hint


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


class _NotSimple(Exception):
    """The fast path met something only the careful path reports well."""


def _fast_load(text: str) -> tuple[object, dict, dict] | None:
    """Parse with libyaml's event stream when the file is plain data (the common case).

    Returns None whenever anything unusual appears (errors, anchors, aliases, tags, duplicate or
    merge keys, deep nesting): the pure-Python path then finds and words every problem exactly.
    """
    if (not getattr(yaml, "__with_libyaml__", False) or "\t" in text
            or yaml.reader.Reader.NON_PRINTABLE.search(text)):
        return None
    values: dict[Path_, tuple[int, int]] = {}
    keys: dict[Path_, tuple[int, int]] = {}
    # Each frame: [container, path, pending_key (mappings only), is_mapping]
    stack: list[list] = []
    root: list[object] = []

    def place(event) -> tuple[int, int]:
        return event.start_mark.line + 1, event.start_mark.column + 1

    def attach(value, event) -> None:
        if not stack:
            values[()] = place(event)
            root.append(value)
            return
        frame = stack[-1]
        container, path, pending, is_mapping = frame
        if is_mapping:
            if pending is None:
                if not isinstance(value, str):
                    raise _NotSimple()
                if value in container or value == "<<" or not isinstance(event, yaml.ScalarEvent):
                    raise _NotSimple()
                frame[2] = value
                keys[path + (value,)] = place(event)
            else:
                values[path + (pending,)] = place(event)
                container[pending] = value
                frame[2] = None
        else:
            values[path + (len(container),)] = place(event)
            container.append(value)

    def child_path() -> Path_:
        if not stack:
            return ()
        container, path, pending, is_mapping = stack[-1]
        return path + ((pending,) if is_mapping else (len(container),))

    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                raise _NotSimple()
            tag = getattr(event, "tag", None)
            if tag is not None and tag != "!":
                raise _NotSimple()
            if isinstance(event, yaml.ScalarEvent):
                is_key = bool(stack) and stack[-1][3] and stack[-1][2] is None
                plain_style = not event.style  # libyaml reports plain scalars as '' (PyYAML: None)
                if is_key and plain_style and event.value == "<<":
                    raise _NotSimple()
                value = resolve_plain(event.value) if plain_style else event.value
                if is_key:
                    value = event.value
                attach(value, event)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if stack and stack[-1][3] and stack[-1][2] is None:
                    raise _NotSimple()  # a non-scalar key
                if len(stack) >= MAX_DEPTH:
                    raise _NotSimple()
                path = child_path()
                container: object = {} if isinstance(event, yaml.MappingStartEvent) else []
                attach(container, event)
                stack.append([container, path, None, isinstance(event, yaml.MappingStartEvent)])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
            elif isinstance(event, yaml.DocumentStartEvent) and root:
                raise _NotSimple()  # a second document
    except (yaml.YAMLError, _NotSimple):
        return None
    if not root or root[0] is None:
        return None
    return root[0], values, keys


def load_text(text: str, display: str) -> tuple[Loaded | None, list[Diagnostic]]:
    """Parse YAML text. Returns (None, errors) if the file cannot be read as data at all."""
    tabs = _tab_indents(text, display)
    if tabs:
        return None, tabs
    fast = _fast_load(text)
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
        line, col, message, hint = _syntax_error(exc, text)
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
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [Diagnostic(display, 1, 1, Severity.ERROR,
                                     f"berkas terlalu besar ({size:,} bita; batasnya {MAX_FILE_BYTES:,} bita)".replace(",", "."),
                                     hint="berkas data biasanya hanya puluhan KB; periksa apakah ada teks yang tersalin berulang kali",
                                     code="too-large")]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Diagnostic(display, 1, 1, Severity.ERROR, f"berkas tidak dapat dibaca ({exc.strerror})", code="io")]
    text, problems = _decode(raw, display)
    if text is None:
        return None, problems
    return load_text(text, display)
