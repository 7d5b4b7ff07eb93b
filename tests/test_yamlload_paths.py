"""The libyaml fast path and the careful pure-Python path read valid files identically."""

from __future__ import annotations

import pytest

from zisite.load import yaml as yamlload
from helpers import ROOT

FILES = sorted([*ROOT.glob("plans/*/*.yaml"), *ROOT.glob("content/offices/*/office.yaml")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_fast_and_careful_paths_agree(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    fast = yamlload.fast_load(text, yamlload.MAX_DEPTH)
    assert fast is not None, "a plain data file must take the fast path"
    monkeypatch.setattr(yamlload, "fast_load", lambda _text, _depth: None)
    careful, problems = yamlload.load_text(text, "x.yaml")
    assert problems == []
    assert fast == (careful.data, careful.values, careful.keys)
    assert [type(v) for v in _scalars(fast[0])] == [type(v) for v in _scalars(careful.data)]


def _scalars(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _scalars(v)
    elif isinstance(value, list):
        for v in value:
            yield from _scalars(v)
    else:
        yield value


@pytest.mark.parametrize("text", ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "<<: {a: 1}\n",
                                  "a:\tb\n", "---\na: 1\n---\nb: 2\n", "a: [1\n"])
def test_anything_unusual_takes_the_careful_path(text):
    assert yamlload.fast_load(text, yamlload.MAX_DEPTH) is None
