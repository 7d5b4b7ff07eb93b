"""Which Jinja a staff text may use: enough to fill in office data, nothing that computes.

A page text needs placeholders (``{{ kantor.email }}``), conditions (``{% if kantor.upg %}``), a loop
over an office list and an alias (``{% set zi = kantor.zona_integritas %}``). Everything else —
macros, includes, calls other than the link helpers, ``range``, repetition (``*``, ``**``), loops
nested more than twice, recursive loops, string building in ``set`` — is refused with the line it is
on. Together with the budget in ``sandbox`` this bounds the work a text can cause: no recursion,
no unbounded loop, no value that doubles in size.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import nodes
from jinja2.exceptions import TemplateSyntaxError

from .sandbox import ALLOWED_FILTERS, ALLOWED_TESTS, HELPERS

MAX_LOOP_DEPTH = 2

_ALLOWED = (
    nodes.Template, nodes.Output, nodes.TemplateData, nodes.Const, nodes.Name, nodes.Getattr, nodes.Getitem,
    nodes.Slice, nodes.If, nodes.For, nodes.Assign, nodes.With, nodes.Filter, nodes.Test, nodes.Compare,
    nodes.Operand, nodes.And, nodes.Or, nodes.Not, nodes.Neg, nodes.Pos, nodes.CondExpr, nodes.Concat,
    nodes.Add, nodes.Sub, nodes.Div, nodes.Tuple, nodes.List, nodes.Call, nodes.FilterBlock, nodes.Keyword,
)
# In a ``set``/``with`` value: lookups and logic only, so no chain of assignments can grow a value.
_ALIAS = (nodes.Name, nodes.Getattr, nodes.Getitem, nodes.Const, nodes.And, nodes.Or, nodes.Not, nodes.Compare,
          nodes.Operand, nodes.CondExpr, nodes.Test, nodes.Tuple, nodes.Filter)
_NAMES = {
    nodes.Macro: "makro ({% macro %})", nodes.CallBlock: "blok {% call %}", nodes.Include: "{% include %}",
    nodes.Import: "{% import %}", nodes.FromImport: "{% from … import %}", nodes.Extends: "{% extends %}",
    nodes.Block: "{% block %}", nodes.Mul: "perkalian (*)", nodes.Pow: "pangkat (**)",
    nodes.FloorDiv: "pembagian bulat (//)", nodes.Mod: "sisa bagi (%)", nodes.Dict: "kamus { … }",
    nodes.AssignBlock: "{% set %} … {% endset %}", nodes.ScopedEvalContextModifier: "{% autoescape %}",
    nodes.EvalContextModifier: "{% autoescape %}", nodes.Scope: "{% autoescape %}", nodes.NSRef: "namespace",
}


@dataclass(frozen=True)
class Refusal:
    line: int
    message: str


def _walk(node: nodes.Node, depth: int, found: list[Refusal]) -> None:
    line = getattr(node, "lineno", 1) or 1
    if not isinstance(node, _ALLOWED):
        what = _NAMES.get(type(node), type(node).__name__)
        found.append(Refusal(line, f"{what} tidak dapat dipakai di teks halaman"))
        return
    if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
        before = len(found)
        _walk(node.node, depth, found)  # name the first forbidden step: kantor.__class__, not .__mro__
        if len(found) == before:
            found.append(Refusal(line, f"isian '.{node.attr}' tidak diizinkan: teks halaman hanya membaca data kantor"))
        return
    if isinstance(node, nodes.Filter) and node.name not in ALLOWED_FILTERS:
        found.append(Refusal(line, f"penyaring '{node.name}' tidak dapat dipakai di teks halaman"))
    if isinstance(node, nodes.FilterBlock) and node.filter.name not in ALLOWED_FILTERS:
        found.append(Refusal(line, f"penyaring '{node.filter.name}' tidak dapat dipakai di teks halaman"))
    if isinstance(node, nodes.Test) and node.name not in ALLOWED_TESTS:
        found.append(Refusal(line, f"uji '{node.name}' tidak dapat dipakai di teks halaman"))
    if isinstance(node, nodes.Call) and not (isinstance(node.node, nodes.Name) and node.node.name in HELPERS):
        found.append(Refusal(line, "hanya situs_lain(…) dan surel(…) yang dapat dipanggil di teks halaman"))
        return
    if isinstance(node, nodes.Call) and (node.dyn_args is not None or node.dyn_kwargs is not None):
        found.append(Refusal(line, "argumen *args/**kwargs tidak dapat dipakai di teks halaman"))
        return
    if isinstance(node, nodes.For):
        if node.recursive:
            found.append(Refusal(line, "perulangan rekursif tidak dapat dipakai di teks halaman"))
            return
        if depth >= MAX_LOOP_DEPTH:
            found.append(Refusal(line, f"perulangan bersarang lebih dari {MAX_LOOP_DEPTH} tingkat"))
            return
        for child in (node.target, node.iter, *( [node.test] if node.test else [])):
            _walk(child, depth, found)
        for child in (*node.body, *node.else_):
            _walk(child, depth + 1, found)
        return
    if isinstance(node, (nodes.Assign, nodes.With)):
        values = [node.node] if isinstance(node, nodes.Assign) else list(node.values)
        for value in values:
            for sub in (value, *value.find_all(nodes.Node)):
                if not isinstance(sub, _ALIAS) or (isinstance(sub, nodes.Filter) and sub.name == "join"):
                    found.append(Refusal(line, "{% set %} hanya boleh memberi nama lain pada data kantor, "
                                               "misalnya {% set zi = kantor.zona_integritas %}"))
                    return
    for child in node.iter_child_nodes():
        _walk(child, depth, found)


def refusals(env, source: str) -> list[Refusal]:
    """What in ``source`` a staff text may not use, each with its line; a syntax error raises."""
    tree = env.parse(source)
    found: list[Refusal] = []
    _walk(tree, 0, found)
    return found


__all__ = ["MAX_LOOP_DEPTH", "Refusal", "TemplateSyntaxError", "refusals"]
