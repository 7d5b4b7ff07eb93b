"""PyYAML syntax errors in Indonesian, placed where staff must edit (not where the parser gave up)."""

from __future__ import annotations

import re

import yaml


_PROBLEMS = [
    # (PyYAML's wording, message, hint). Every message has an entry with a real broken example in the
    # error catalogue (tests/test_catalogue.py proves each example gives it). PyYAML's "unexpected end
    # of stream" and "unexpected document separator" only come from an open quote, worded below.
    ("mapping values are not allowed here",
     "tanda ':' tidak diharapkan di sini",
     "teks yang memuat ': ' harus diapit tanda kutip, misalnya \"Catatan: ...\""),
    ("could not find expected ':'",
     "tanda ':' yang diharapkan tidak ditemukan",
     "periksa indentasi baris ini dan baris sebelumnya, atau apit teks dengan tanda kutip"),
    ("expected a single document in the stream",
     "berkas memuat lebih dari satu dokumen YAML (dipisah '---')",
     "satu berkas hanya berisi satu dokumen; hapus baris '---' ini beserta isi di bawahnya, "
     "atau pindahkan isinya ke berkas lain"),
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


def syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str, str | None]:
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
