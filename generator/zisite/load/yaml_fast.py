"""The fast path: libyaml's event stream for plain data files (the common case), with the places of
every key and value. Anything unusual returns None, and the careful path in ``yaml`` reads the file."""

from __future__ import annotations

import yaml

from .yaml_plain import resolve_plain

Path_ = tuple[str | int, ...]


class _NotSimple(Exception):
    """The fast path met something only the careful path reports well."""


def fast_load(text: str, max_depth: int) -> tuple[object, dict, dict] | None:
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
                if len(stack) >= max_depth:
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
