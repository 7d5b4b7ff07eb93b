"""The error catalogue (docs/panduan/pesan-galat.md): generated from the code, complete, never stale.

- the committed page is exactly what ``python -m zisite.checks.catalogue`` writes now;
- every example gives its own code from the real checker, and its fix gives no message at all;
- every code the checker can give has an entry: codes are collected statically from the source
  (``code="…"``, a ``code`` parameter given a literal, ``PydanticCustomError("…")``, the loader's
  problem tuples, the pydantic types ``checks/validate.py`` words) and dynamically by running the
  checker on every file of ``tests/corpus/`` and ``tests/corpus_stats/`` and on page texts.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import test_check_corpus
import test_stats_corpus
import zisite
from zisite.checks import catalogue
from zisite.checks.catalogue import ENTRIES, Entri, anchor, example_message, run_example
from zisite.checks.minimal import MINIMAL_FILES
from zisite.load import load_project

PACKAGE = Path(zisite.__file__).resolve().parent
DOC = catalogue.REPO_ROOT / catalogue.DOC
CATALOGUED = {code for entry in ENTRIES for code in entry.codes}
_CODE = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*")


def _missing_message(missing: dict[str, str]) -> str:
    lines = [f"  {code}  ({where})" for code, where in sorted(missing.items())]
    return ("the checker can give codes the error catalogue does not explain. Add an Entri(...) for each to "
            "ENTRIES in generator/zisite/checks/catalogue/entries.py (kode=<code>, a kelompok, judul, penyebab, perbaikan and a "
            "broken example), or list it in kode_lain of the entry that explains it; then run "
            "`python -m zisite.checks.catalogue`:\n" + "\n".join(lines))


def test_committed_page_is_generated_from_the_code(monkeypatch):
    checked = []
    real = catalogue.load_project
    monkeypatch.setattr(catalogue, "load_project", lambda root, *a, **kw: checked.append(root) or real(root, *a, **kw))
    text = catalogue.generate()
    assert DOC.is_file(), f"{DOC} is missing: run `python -m zisite.checks.catalogue`"
    assert DOC.read_text(encoding="utf-8") == text, (
        f"{catalogue.DOC} is out of date: run `.venv/bin/python -m zisite.checks.catalogue` and commit the result")
    # Its cost is bounded by the table, not by a clock: one run of the checker per example, on a
    # project of its own.
    assert len(checked) == len(set(checked)) == sum(1 + len(e.contoh_lain) for e in ENTRIES if e.contoh)


def test_check_option_agrees(capsys):
    assert catalogue.main(["--check"]) == 0


def test_minimal_project_gives_no_message(tmp_path):
    for name, text in MINIMAL_FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert load_project(tmp_path).diagnostics == ()


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.contoh], ids=lambda e: anchor(e.judul))
def test_example_gives_its_code_and_its_fix_gives_nothing(entry: Entri, tmp_path):
    diagnostic = example_message(entry, tmp_path / "salah")  # raises, naming the entry, if the code is not given
    assert diagnostic.code in entry.codes
    for n, contoh in enumerate((entry.contoh, *entry.contoh_lain)):
        if n:
            assert example_message(entry, tmp_path / f"salah{n}", contoh).code in entry.codes
        fixed = run_example(contoh, tmp_path / f"benar{n}", fixed=True)
        assert fixed == [], f"the 'benar' example of '{entry.judul}' still gives: " + "; ".join(d.format() for d in fixed)


def test_entries_without_example_say_their_message():
    for entry in ENTRIES:
        assert (entry.contoh is None) == (entry.pesan is not None), entry.judul


def test_titles_are_unique_and_link_the_same_on_github_and_gitlab():
    titles = [e.judul for e in ENTRIES] + [title for title, _ in catalogue.GROUPS.values()]
    titles += [e.judul for e in catalogue.PERINTAH] + [title for title, _ in catalogue.commands.GROUPS.values()]
    assert len(titles) == len(set(titles))
    anchors = [anchor(t) for t in titles]
    assert len(anchors) == len(set(anchors))
    for title, link in zip(titles, anchors):
        # GitLab folds "--" into "-", GitHub does not: keep titles where both agree.
        assert "--" not in link and not link.endswith("-") and not link.startswith("-"), title
    assert all(e.kelompok in catalogue.GROUPS for e in ENTRIES)


# --- codes found in the source ----------------------------------------------------------------

def _code_parameters(tree: ast.Module) -> dict[str, list[tuple[int, object]]]:
    """Functions of one module with a ``code`` parameter: name → [(positional index as called, default)]."""
    found: dict[str, list[tuple[int, object]]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = [a.arg for a in node.args.args]
            if "code" not in names:
                continue
            index = names.index("code")
            defaults = node.args.defaults
            offset = index - (len(names) - len(defaults))
            default = defaults[offset].value if offset >= 0 and isinstance(defaults[offset], ast.Constant) else None
            found.setdefault(node.name, []).append((index - (names[0] in ("self", "cls")), default))
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CODE.fullmatch(node.value):
        return node.value
    return None


def static_codes() -> dict[str, str]:
    """Every diagnostic code written literally in generator/zisite → the file it is in."""
    found: dict[str, str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE.parent).as_posix()
        params = _code_parameters(tree)

        def add(node: ast.AST | None) -> None:
            code = _literal(node) if node is not None else None
            if code:
                found.setdefault(code, where)

        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                for keyword in node.keywords:
                    if keyword.arg == "code":
                        add(keyword.value)
                if name == "PydanticCustomError" and node.args:
                    add(node.args[0])
                for index, default in params.get(name, ()):
                    if len(node.args) > index:
                        add(node.args[index])
                    elif not any(k.arg == "code" for k in node.keywords) and isinstance(default, str):
                        found.setdefault(default, where)
                # The loader collects problems as (line, column, message, hint, code) tuples.
                if name in ("append", "extend"):
                    for arg in node.args:
                        if isinstance(arg, ast.Tuple) and len(arg.elts) >= 4:
                            add(arg.elts[-1])
            elif isinstance(node, ast.ListComp) and isinstance(node.elt, ast.Tuple) and len(node.elt.elts) >= 4:
                add(node.elt.elts[-1])
    return found


def worded_pydantic_types() -> set[str]:
    """The pydantic error types ``checks/validate.py`` words itself (``kind == …``, ``kind in (…)``)."""
    tree = ast.parse((PACKAGE / "checks" / "validate.py").read_text(encoding="utf-8"))
    kinds: set[str] = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name) and node.left.id == "kind"
                and isinstance(node.ops[0], (ast.Eq, ast.In))):
            right = node.comparators[0]
            values = right.elts if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [right]
            kinds |= {v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
    return kinds


def test_static_collection_finds_the_known_kinds_of_code():
    found = static_codes()
    for code in ("yaml-tab", "yaml-alias", "yaml-key", "plan-name", "stat-name", "sum-status", "schedule-empty",
                 "page", "a11y-alt", "yaml_number_vague", "text_html", "personal-data"):
        assert code in found, code


def test_every_code_in_the_source_is_catalogued():
    missing = {code: where for code, where in static_codes().items() if code not in CATALOGUED}
    assert not missing, _missing_message(missing)


def test_every_pydantic_type_the_checker_words_is_catalogued():
    missing = {kind: "generator/zisite/checks/validate.py" for kind in worded_pydantic_types() if kind not in CATALOGUED}
    assert not missing, _missing_message(missing)


# --- codes the checker gives on the broken-file corpora -----------------------------------------

PAGE_CASES = {
    "gratifikasii.md": "teks\n",
    "survei.md": "## Survei\n\nIsi <b>sekarang</b>.\n",
    "kontak.md": "## Kontak\n\n{{ kantor.nama_singkat \n",
    "pengaduan.md": "{{ kantor.__class__.__mro__ }}\n",
    "wbs.md": "{{ kantor.tidak_ada }}\n",
    "layanan-inovasi.tambahan.md": ("# Inovasi\n\n![](poster.png)\n\nLihat [klik di sini](https://contoh.go.id) dan "
                                    "[](https://contoh.go.id).\n\n## Podcast\n\n#### Episode\n"),
}


def _corpus_cases():
    for corpus in (test_check_corpus.PLANS, test_stats_corpus.STATS):
        for path in sorted(corpus.folder.glob("*.yaml")):
            yield f"{corpus.folder.name}/{path.name}", corpus.files(path.stem)
    yield "halaman", {f"content/offices/contoh/halaman/{name}": text.encode("utf-8") for name, text in PAGE_CASES.items()}


def test_every_code_the_corpora_give_is_catalogued(tmp_path):
    missing: dict[str, str] = {}
    for n, (case, files) in enumerate(_corpus_cases()):
        root = tmp_path / str(n)
        tree = {name: text.encode("utf-8") for name, text in MINIMAL_FILES.items()} | files
        for name, data in tree.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
        for diagnostic in load_project(root).diagnostics:
            assert diagnostic.code, f"{case}: a diagnostic without a code: {diagnostic.format()}"
            if diagnostic.code not in CATALOGUED:
                missing.setdefault(diagnostic.code, f"given on tests/{case}")
    assert not missing, _missing_message(missing)


# --- every wording of one code: YAML syntax, pydantic type errors --------------------------------

def wording(node: ast.AST) -> str | None:
    """A message as the code words it, ``{}`` where a value is filled in; None for a message that is
    only a value (``str(exc)``, ``error["msg"]``: its own code's entry explains it)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
        text = "".join(parts)
        return text if text.replace("{}", "").strip() else None
    return None


def wording_pattern(text: str) -> re.Pattern:
    """Matches the message as printed (a value where the code has ``{}``) or as the catalogue writes a
    wording it shows without an example (``<nama>`` where the code has ``{}``)."""
    return re.compile(".+".join(re.escape(part) for part in text.split("{}")), re.DOTALL)


def returned_wordings(path: Path, functions: set[str], index: int) -> dict[str, int]:
    """The message (element ``index`` of each returned tuple) of ``functions`` in ``path`` → its line."""
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.FunctionDef) and node.name in functions:
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple) and len(ret.value.elts) >= 2:
                    text = wording(ret.value.elts[index])
                    if text is not None:
                        found.setdefault(text, ret.lineno)
    return found


def yaml_syntax_wordings() -> dict[str, int]:
    """Every message ``load/yaml_errors.py`` can give: its ``_PROBLEMS`` table and the ones it words itself."""
    path = PACKAGE / "load" / "yaml_errors.py"
    found = returned_wordings(path, {"syntax_error", "_translate_yaml_error"}, -2)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "_PROBLEMS":
            for row in node.value.elts:
                found.setdefault(wording(row.elts[1]), row.lineno)
    return found


@pytest.fixture(scope="module")
def shown():
    return catalogue.shown_messages()


def _uncatalogued(wordings: dict[str, int], shown, codes: set[str] | None, where: str) -> list[str]:
    messages = [text for entry, text in shown if codes is None or codes & set(entry.codes)]
    return [f"  {where}:{line}: {text!r}" for text, line in sorted(wordings.items(), key=lambda w: w[1])
            if not any(wording_pattern(text).fullmatch(m) for m in messages)]


def test_collectors_find_the_known_wordings():
    assert {"karakter tab tidak diizinkan", "struktur YAML tidak sesuai indentasi", "tanda kutip tidak ditutup",
            "teks tidak boleh diawali '{}' tanpa tanda kutip", "kunci '{}' tidak sejajar dengan kunci di atasnya",
            "susunan YAML tidak sah di sini"} <= set(yaml_syntax_wordings())
    assert {"'{}' harus true atau false", "kunci '{}' tidak dikenal", "'{}' bukan tanggal yang sah",
            "{} harus berupa pemetaan (pasangan kunci: nilai), bukan {}"} <= set(validate_wordings())
    custom = custom_error_wordings()
    assert {("period_type", "'periode' harus berupa teks, misalnya Triwulan I"),
            ("yaml_decimal_count", "bernilai {}, padahal jumlah harus bilangan bulat")} <= set(custom)
    assert not {code for code, _ in custom} & {"date_type", "column_twice"}  # reworded by validate.py
    assert wording_pattern("kunci '{}' tidak dikenal").fullmatch("kunci 'telpon' tidak dikenal")
    assert not wording_pattern("kunci '{}' tidak dikenal").fullmatch("kunci 'telpon' tidak dikenal; maksud Anda 'x'?")


def test_every_yaml_syntax_message_has_an_example_that_gives_it(shown):
    missing = _uncatalogued(yaml_syntax_wordings(), shown, {"yaml-syntax"}, "generator/zisite/load/yaml_errors.py")
    assert not missing, (
        "these YAML syntax messages are in no catalogue example. Add an Entri(\"yaml-syntax\", \"sintaks\", …) to "
        "generator/zisite/checks/catalogue/entries.py whose broken example gives the message (or add the example to "
        "contoh_lain of the entry with the same cause), then run `python -m zisite.checks.catalogue`:\n"
        + "\n".join(missing))


def validate_wordings() -> dict[str, int]:
    """Every message template ``checks/validate.py`` words for a pydantic error."""
    return returned_wordings(PACKAGE / "checks" / "validate.py", {"_message", "_date_message"}, 0)


def test_every_type_error_wording_is_shown(shown):
    missing = _uncatalogued(validate_wordings(), shown, None, "generator/zisite/checks/validate.py")
    assert not missing, (
        "the catalogue shows no message in these wordings. Add a broken example that gives it to contoh_lain of the "
        "entry for its pydantic type in generator/zisite/checks/catalogue/entries.py (or, when no data file can "
        "give it, the wording with <nama> for each value to that entry's pesan_lain), then run "
        "`python -m zisite.checks.catalogue`:\n" + "\n".join(missing))


def custom_error_wordings() -> dict[tuple[str, str], str]:
    """(code, message) of every ``PydanticCustomError("code", "message", …)`` in the models → file:line,
    ``{}`` for each ``{value}``. Codes ``checks/validate.py`` rewords itself are left out: their message
    is never shown as written (``worded_pydantic_types`` and ``error["type"] == …`` there)."""
    validate = ast.parse((PACKAGE / "checks" / "validate.py").read_text(encoding="utf-8"))
    reworded = worded_pydantic_types() | {
        c.value for node in ast.walk(validate) if isinstance(node, ast.Compare)
        and isinstance(node.left, ast.Subscript) and getattr(node.left.slice, "value", None) == "type"
        for c in node.comparators if isinstance(c, ast.Constant)}
    found: dict[tuple[str, str], str] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None))
                    == "PydanticCustomError" and len(node.args) >= 2 and _literal(node.args[0])):
                text = wording(node.args[1])
                if text is not None and node.args[0].value not in reworded:
                    key = (node.args[0].value, re.sub(r"\{\w*\}", "{}", text))
                    found.setdefault(key, f"{path.relative_to(PACKAGE.parent).as_posix()}:{node.lineno}")
    return found


def test_every_custom_error_wording_is_shown(shown):
    """A code with two wordings (``period_type``: a list, a bare number) shows both: validate.py may put
    ``'<key>' `` before the message, so the wording must end the message shown."""
    missing = []
    for (code, text), where in sorted(custom_error_wordings().items(), key=lambda i: i[1]):
        ending = re.compile(wording_pattern(text).pattern + "$", re.DOTALL)
        if not any(code in entry.codes and ending.search(message) for entry, message in shown):
            missing.append(f"  generator/{where}: {code}: {text!r}")
    assert not missing, (
        "the catalogue shows no message in these wordings. Add a broken example that gives it to contoh_lain of "
        "the entry for its code in generator/zisite/checks/catalogue/entries.py, then run "
        "`python -m zisite.checks.catalogue`:\n" + "\n".join(missing))
