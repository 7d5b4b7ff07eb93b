"""`zisite check` diagnostics as CI annotations: GitHub workflow commands and a GitLab Code Quality report.

So a pull or merge request shows each problem on the line of the YAML file it is about, in the
same words as ``zisite check``. Paths are made relative to the repository root (the CI's cwd).
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from collections import Counter
from collections.abc import Iterable

from ..diagnostics import Diagnostic, Severity

GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning"}
GITLAB_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor"}


def _path(base: str, file: str) -> str:
    """The file as the CI names it: relative to the folder ``check`` ran in."""
    if base in ("", ".") or posixpath.isabs(file):
        return file
    return posixpath.normpath(posixpath.join(base, file))


def _text(d: Diagnostic) -> str:
    return d.message + (f" (di {d.where})" if d.where else "")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_command(d: Diagnostic, base: str = ".") -> str:
    """``::error file=…,line=…,col=…,title=…::pesan`` (the hint on a second line of the annotation)."""
    message = _text(d) + (f"\npetunjuk: {d.hint}" if d.hint else "")
    props = ",".join(f"{k}={_escape_property(str(v))}" for k, v in (
        ("file", _path(base, d.file)), ("line", d.line), ("col", d.column), ("title", f"zisite check: {d.severity}")))
    return f"::{GITHUB_LEVEL[d.severity]} {props}::{_escape_data(message)}"


def gitlab_codequality(diagnostics: Iterable[Diagnostic], base: str = ".") -> str:
    """A GitLab Code Quality report (JSON array), shown in the merge request widget and diff."""
    seen: Counter[str] = Counter()
    issues = []
    for d in diagnostics:
        path = _path(base, d.file)
        # Line numbers stay out of the fingerprint: an unchanged problem on a moved line is not "new".
        identity = "\x1f".join((path, d.code, d.message, d.where or ""))
        seen[identity] += 1
        fingerprint = hashlib.sha256(f"{identity}\x1f{seen[identity]}".encode()).hexdigest()
        issues.append({
            "description": _text(d) + (f"; petunjuk: {d.hint}" if d.hint else ""),
            "check_name": d.code or str(d.severity),
            "fingerprint": fingerprint,
            "severity": GITLAB_SEVERITY[d.severity],
            "location": {"path": path, "lines": {"begin": d.line}},
        })
    return json.dumps(issues, ensure_ascii=False, indent=2)
