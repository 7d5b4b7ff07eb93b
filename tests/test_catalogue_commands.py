"""Every message a command other than ``check`` can print has a catalogue entry (issue 18).

The messages are collected from the source by AST, not from a hand list: in the command code
(``COMMAND_SOURCES``), the first argument of every raise or call of one of the package's own
exception classes (``DeployError``, ``UsageError``, ``rowlist.Refused``, ``ConfigFileError``,
``impor.guard.Refused``, …), of an exception class whose text a command prints (``except ValueError
as error: _error(f"--kolom: {error}")``), of ``argparse.ArgumentTypeError``, MkDocs' ``Abort`` and of a
command's own error printer (a function that prints its first argument after ``zisite: galat:`` or
``zisite impor: galat:``: the engines' ``_fail``, the importer's ``_error``), and every string that
starts with ``zisite: galat:`` (or is a ``zisite: …`` line about errors, ``zisite: 3 galat dalam
data; …``). The importer's report lines that ask the clerk to look (``Note(letak, pesan, True)``,
listed under "Perlu diperiksa") count too. A string literal counts as written; in an f-string each
``{…}`` stands for a value, which the catalogue writes as ``<…>``. A message that is only a value
(``print(f"zisite: galat: {exc}")``), or only passes on the exception it caught (``f"--kolom: {error}"``),
is skipped: the message it passes on is collected where it is raised.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import zisite
from zisite.checks.catalogue import commands
from zisite.checks.catalogue.commands import PERINTAH, PesanPerintah

PACKAGE = Path(zisite.__file__).resolve().parent
COMMAND_SOURCES = ("cli.py", "rowlist.py", "build.py", "deploy", "scaffold", "engines", "impor", "ekspor")
"""What the commands run besides the data checks (whose messages carry codes: tests/test_catalogue.py)."""
COMMAND_PREFIX = re.compile(r"zisite(?: [a-z]+)?: galat: ")  # zisite: galat: , zisite impor: galat:
MESSAGE_CALLS = {"ArgumentTypeError", "Abort"}
REPORT_CALLS = {"Note"}
"""Report lines (letak, pesan, unsure): only the unsure ones, which the clerk must look at, are messages."""


@functools.cache
def _files() -> tuple[Path, ...]:
    found = []
    for name in COMMAND_SOURCES:
        path = PACKAGE / name
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return tuple(found)


@functools.cache
def package_exceptions() -> frozenset[str]:
    """Exception classes the package defines (a class whose base is an exception or one of these)."""
    classes: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                classes[node.name] = [b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases]
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, bases in classes.items():
            if name not in found and any(b.endswith(("Error", "Exception")) or b in found for b in bases):
                found.add(name)
                changed = True
    return frozenset(found)


@functools.cache
def _trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in _files()]


def _name(node: ast.AST) -> str | None:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)


@functools.cache
def error_printers() -> frozenset[str]:
    """Functions of the command code that print their first argument as an error message:
    ``def _fail(message): print(f"zisite: galat: {message}")``."""
    found = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.args.args:
                first = node.args.args[0].arg
                for text in ast.walk(node):
                    if (isinstance(text, ast.JoinedStr) and len(text.values) >= 2
                            and isinstance(text.values[0], ast.Constant)
                            and COMMAND_PREFIX.fullmatch(str(text.values[0].value))
                            and isinstance(text.values[1], ast.FormattedValue)
                            and getattr(text.values[1].value, "id", None) == first):
                        found.add(node.name)
    return frozenset(found)


def _passed_on(handler: ast.ExceptHandler, node: ast.AST) -> bool:
    """``f"--kolom: {error}"`` inside ``except … as error``: every value is the caught exception."""
    values = [v for v in getattr(node, "values", []) if isinstance(v, ast.FormattedValue)]
    return bool(values) and all(getattr(v.value, "id", None) == handler.name for v in values)


@functools.cache
def printed_exceptions() -> tuple[frozenset[str], frozenset[int]]:
    """Exception classes (beyond the package's own) whose text a command prints, and the wrapping
    messages that pass one on (ids of their nodes: not messages of their own)."""
    classes, wrappers = set(), set()
    calls = MESSAGE_CALLS | package_exceptions() | error_printers() | {"print"}
    for _, tree in _trees():
        for handler in ast.walk(tree):
            if not isinstance(handler, ast.ExceptHandler) or not handler.name or handler.type is None:
                continue
            caught = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            for call in (n for statement in handler.body for n in ast.walk(statement)):
                if isinstance(call, ast.Call) and _name(call.func) in calls and call.args \
                        and _passed_on(handler, call.args[0]):
                    classes.update(filter(None, map(_name, caught)))
                    wrappers.add(id(call.args[0]))
    return frozenset(classes), frozenset(wrappers)


def _unsure(call: ast.Call) -> bool:
    flag = call.args[2] if len(call.args) > 2 else next((k.value for k in call.keywords if k.arg == "unsure"), None)
    return isinstance(flag, ast.Constant) and flag.value is True


def _text(node: ast.AST, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # f"…" + (f"…" if … else "…") + f"…"
        left, right = _text(node.left, constants), _text(node.right, constants)
        if left is not None or right is not None:
            return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def wording(node: ast.AST, constants: dict[str, str]) -> str | None:
    """The message as written, without the ``zisite: galat:`` (or ``zisite:``) it is printed after,
    ``{}`` for each value; None when it is only values (``f"zisite: galat: {exc}"``)."""
    text = _text(node, constants)
    if text is None:
        return None
    prefix = COMMAND_PREFIX.match(text)
    text = text[prefix.end():] if prefix else text.removeprefix("zisite: ")
    return text if re.search(r"[^\W\d_]", text.replace("{}", "")) else None


@functools.cache
def collect() -> dict[str, str]:
    """Every command message in the source → ``file:line`` of its first occurrence."""
    printed, wrappers = printed_exceptions()
    calls = MESSAGE_CALLS | package_exceptions() | error_printers() | printed
    found: dict[str, str] = {}
    for path, tree in _trees():
        where = path.relative_to(PACKAGE.parent.parent).as_posix()
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                     for t in n.targets if isinstance(t, ast.Name)}
        # also the implicit concatenation "a" "b" of a module constant is one Constant: nothing more to do
        parts: set[int] = set()
        for node in ast.walk(tree):  # parents before children
            if isinstance(node, ast.Call) and node.args:
                name = _name(node.func)
                message = node.args[0] if name in calls else None
                if name in REPORT_CALLS and len(node.args) > 1 and _unsure(node):
                    message = node.args[1]
                if message is not None and id(message) not in wrappers:
                    text = wording(message, constants)
                    if text is not None:
                        found.setdefault(text, f"{where}:{node.lineno}")
            if isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp)) and id(node) not in parts:
                whole = _text(node, {})
                if whole is not None and (COMMAND_PREFIX.match(whole)
                                          or whole.startswith("zisite: ") and " galat" in whole):
                    text = wording(node, {})
                    if text is not None:
                        found.setdefault(text, f"{where}:{node.lineno}")
                if whole is not None:  # its parts are not messages of their own
                    parts.update(id(child) for child in ast.walk(node) if child is not node)
    return found


def pattern(text: str) -> re.Pattern:
    return re.compile(".+".join(re.escape(part) for part in text.split("{}")), re.DOTALL)


def catalogued(text: str) -> PesanPerintah | None:
    match = pattern(text)
    return next((e for e in PERINTAH for p in e.semua if match.fullmatch(p)), None)


def argparse_wordings() -> dict[str, str]:
    """cli.py's Indonesian for argparse's own error messages (the keys of ``_ARGPARSE_ID`` with a value
    filled in, or argparse's "expected …"; not the two wrappers that add the program and argument)."""
    path = PACKAGE / "cli.py"
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "_ARGPARSE_ID":
            return {re.sub(r"%\(\w+\)[sr]|%[sr]", "{}", v.value): f"generator/zisite/cli.py:{k.lineno}"
                    for k, v in zip(node.value.keys, node.value.values)
                    if ("%" in k.value or k.value.startswith("expected"))
                    and "%(prog)s" not in k.value and "%(argument_name)s" not in k.value}
    raise AssertionError("cli.py has no _ARGPARSE_ID")


def test_collector_finds_the_known_kinds_of_message():
    found = collect()
    for text in ("folder '{}' tidak ditemukan",  # printed after zisite: galat: in cli.py
                 "--keep harus paling sedikit 1",  # UsageError
                 "penerbitan lain ke {} sedang berjalan; tunggu sampai selesai lalu ulangi",  # DeployError
                 "belum ada kantor: folder content/offices/<slug>/ belum ada",  # rowlist.Refused
                 "berkas konfigurasi '{}' harus berisi pemetaan kunci: nilai",  # ConfigFileError
                 "'{}' bukan tanggal TTTT-BB-HH",  # argparse.ArgumentTypeError
                 "slug '{}' tidak sah: {}",  # zisite init
                 "{}: opsi plugin zisite '{}' harus {}"):  # StagingError
        assert text in found, text
    for text in ("pustaka impor belum terpasang ({})",  # the importer's _error(…): after zisite impor: galat:
                 "'{}' memuat makro (VBA); zisite tidak membaca berkas bermakro",  # impor.guard.Refused
                 "'{}' bukan pasangan judul=peran",  # a ValueError the importer prints (--kolom: {error})
                 "target capaian '{}' tidak memuat angka",  # a report line under "Perlu diperiksa"
                 "penanda tangan tidak ditemukan; isi 'penandatangan' sendiri",  # … made outside tree.py
                 "belum sah ({}); perbaiki lalu jalankan zisite check"):  # … and the plan model's
        assert text in found, text
    assert "--kolom: {}" not in found  # only passes the ValueError on
    assert not any(text.startswith("baris yang terpotong") for text in found)  # decided, not unsure
    assert not any(text.startswith("sel tanggal Excel") for text in found)
    assert any(text.startswith("Zensical belum terpasang") for text in found)  # _fail(MISSING): a module constant
    assert not any("Markdown changed the placeholder" in text for text in found)  # an internal RuntimeError
    assert {"argumen tidak dikenal: {}", "memerlukan satu nilai", "pilihan tidak sah: {} (pilih dari {})"} <= set(
        argparse_wordings())
    assert not {"tampilkan bantuan ini lalu keluar", "{}: galat: {}\n"} & set(argparse_wordings())


def test_every_command_message_has_an_entry():
    messages = collect() | argparse_wordings()
    missing = [f"  {where}: {text!r}" for text, where in sorted(messages.items(), key=lambda i: i[1])
               if catalogued(text) is None]
    assert not missing, (
        "these messages of zisite commands have no entry in the error catalogue. For each, add a "
        "PesanPerintah(kelompok, judul, pesan, penyebab, perbaikan) to PERINTAH in "
        "generator/zisite/checks/catalogue/commands.py, with pesan written as the message is printed after "
        "'zisite: galat: ' and <…> for each {…} of the f-string (or add that wording to pesan_lain of the entry with "
        "the same cause); then run `python -m zisite.checks.catalogue`:\n" + "\n".join(missing))


def test_every_entry_is_a_message_the_code_can_print():
    """An entry whose message the code no longer prints is stale: the page would explain a ghost."""
    found = [pattern(text) for text in collect()]
    worded = [pattern(text) for text in argparse_wordings()]
    stale = [p for e in PERINTAH for p in e.semua
             if not any(m.fullmatch(p) for m in (worded if e.argparse else found))]
    assert not stale, "entries in generator/zisite/checks/catalogue/commands.py match no message in the code:\n" + \
        "\n".join(f"  {p!r}" for p in stale)


def test_entries_are_complete_and_grouped():
    for entry in PERINTAH:
        assert entry.kelompok in commands.GROUPS, entry.judul
        assert entry.penyebab.strip() and entry.perbaikan.strip(), entry.judul
