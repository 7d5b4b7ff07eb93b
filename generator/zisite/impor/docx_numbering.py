"""Word's automatic list numbers, which python-docx does not render: a NO column typed as a
numbered list holds no text, yet prints '1.', '2.' … Counted in document order per list."""

from __future__ import annotations

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(number: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    return chr(96 + (number - 1) % 26 + 1) * ((number - 1) // 26 + 1)


FORMATS = {"decimal": str, "lowerLetter": _letters, "upperLetter": lambda n: _letters(n).upper(),
           "lowerRoman": lambda n: _roman(n).lower(), "upperRoman": _roman,
           "decimalZero": lambda n: f"{n:02d}"}


def _val(node, name: str, default=None):
    child = node.find(f"{W}{name}") if node is not None else None
    return child.get(f"{W}val", default) if child is not None else default


class Numbering:
    """``label(p)``: the number Word shows before paragraph ``p`` ('1.', 'a)', 'IV.'), or None."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            abstract = {}
            for node in root.findall(f"{W}abstractNum"):
                levels = {}
                for lvl in node.findall(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                        _val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""), int(_val(lvl, "start", "1")))
                abstract[node.get(f"{W}abstractNumId")] = levels
            for num in root.findall(f"{W}num"):
                levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
                for override in num.findall(f"{W}lvlOverride"):
                    ilvl = int(override.get(f"{W}ilvl", "0"))
                    start = _val(override, "startOverride")
                    if start is not None and ilvl in levels:
                        fmt, text, _ = levels[ilvl]
                        levels[ilvl] = (fmt, text, int(start))
                self.levels[num.get(f"{W}numId")] = levels
        for style in document.styles.element.findall(f"{W}style"):
            props = style.find(f"{W}pPr")
            num = props.find(f"{W}numPr") if props is not None else None
            if num is not None and _val(num, "numId"):
                self.style_num[style.get(f"{W}styleId")] = (_val(num, "numId"), int(_val(num, "ilvl", "0")))

    def label(self, p) -> str | None:
        props = p.find(f"{W}pPr")
        num = props.find(f"{W}numPr") if props is not None else None
        if num is not None and _val(num, "numId"):
            num_id, ilvl = _val(num, "numId"), int(_val(num, "ilvl", "0"))
        else:
            style = _val(props, "pStyle") if props is not None else None
            if style not in self.style_num:
                return None
            num_id, ilvl = self.style_num[style]
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return None
        counts = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt not in FORMATS or not text:
            return None  # bullets and pictures carry no number
        label = text
        for level in range(ilvl + 1):
            value = counts.get(level, levels.get(level, ("decimal", "", 1))[2])
            fmt_level = levels.get(level, ("decimal", "", 1))[0]
            label = label.replace(f"%{level + 1}", FORMATS.get(fmt_level, str)(value))
        return label
