"""First-visit weight of every page of a built site, gzip level 6, grouped by page type.

What a first visit fetches: the page, its stylesheets, scripts, images and icon (``<link rel=icon>``),
each gzip-compressed as a server would send it. Fonts are left out: the site uses none unless a
reader turns on the toolbar's readable font. Prints one Markdown table; never fails::

    .venv/bin/python benchmarks/page_weight.py                 # builds the example site
    .venv/bin/python benchmarks/page_weight.py --site site/    # an already built site
    .venv/bin/python benchmarks/page_weight.py --offices 100   # a synthetic 100-office group build
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from posixpath import normpath
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
HOME_BUDGET, PAGE_BUDGET = 40 * 1024, 50 * 1024


class _Refs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rels = set((a.get("rel") or "").lower().split())
        if tag == "link" and rels & {"stylesheet", "icon"} and a.get("href"):
            self.refs.append(a["href"])
        elif tag in ("script", "img") and a.get("src"):
            self.refs.append(a["src"])


def first_visit(site: Path, page: Path) -> int:
    """Bytes (gzip) a first visit to ``page`` downloads."""
    parser = _Refs()
    text = page.read_bytes()
    parser.feed(text.decode("utf-8"))
    total = len(gzip.compress(text, 6))
    folder = page.parent.relative_to(site).as_posix()
    for ref in dict.fromkeys(parser.refs):
        parts = urlsplit(ref)
        if parts.scheme or parts.netloc or ref.startswith("data:"):
            continue
        path = normpath(parts.path.lstrip("/") if parts.path.startswith("/") else f"{folder}/{parts.path}")
        file = site / path
        if file.is_file():
            total += len(gzip.compress(file.read_bytes(), 6))
    return total


def page_type(rel: str) -> str:
    parts = rel.removesuffix("index.html").strip("/").split("/")
    if rel == "index.html":
        return "beranda grup (home)"
    if rel == "404.html":
        return "404"
    if parts[0] == "cari":
        return "cari (search page)"
    if parts[0] == "ikhtisar":
        return "ikhtisar provinsi (province overview)"
    rest = [p for p in parts[1:] if not p.isdigit()]
    return "/".join(rest) or "beranda kantor"


def report(site: Path) -> str:
    weights = defaultdict(list)
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if rel.startswith("assets/"):
            continue
        weights[page_type(rel)].append((first_visit(site, page), rel))
    lines = ["| page type | pages | first visit, gzip (KiB): min | max | largest page |", "|---|---|---|---|---|"]
    worst = 0
    for kind, found in sorted(weights.items()):
        sizes = [size for size, _ in found]
        worst = max(worst, max(sizes))
        lines.append(f"| {kind} | {len(found)} | {min(sizes) / 1024:.1f} | {max(sizes) / 1024:.1f} | "
                     f"{max(found)[1]} |")
    home = weights.get("beranda grup (home)") or weights.get("beranda kantor")
    home_max = max(size for size, _ in home) if home else 0
    lines.append("")
    lines.append(f"home ≤ 40 KiB: {'yes' if home_max <= HOME_BUDGET else 'NO'} ({home_max / 1024:.1f}); "
                 f"every page ≤ 50 KiB: {'yes' if worst <= PAGE_BUDGET else 'NO'} ({worst / 1024:.1f})")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the example)")
    parser.add_argument("--offices", type=int, help="build a synthetic group of this many offices instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site
        if site is None:
            root = ROOT
            if args.offices:
                sys.path.insert(0, str(ROOT / "benchmarks"))
                from synthetic import make_project
                root = make_project(Path(tmp) / "repo", args.offices) or Path(tmp) / "repo"
            site = Path(tmp) / "site"
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                           check=True, cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        print(report(site))
    return 0


if __name__ == "__main__":
    sys.exit(main())
