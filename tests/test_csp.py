"""The Content-Security-Policy (issue 14; docs/csp.md): every built page carries it as the first
thing in <head>, with exactly the directives below, and nothing on any page needs an exception to
it: no inline script (the one <script type="application/json"> is data, never run), no inline event
handler, no style attribute or <style> element (the policy's default-src also governs styles). The
staff guide's server headers give the same policy. What a browser reports is in
tests/browser/test_csp_browser.py."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from bs4 import BeautifulSoup

from helpers import ROOT

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'sha256-o7+qMiX8A+uPpyJZcuA42UBDX6i9BkPg550BDJIAkoU='"],  # the 404 page's script
    "img-src": ["'self'", "data:"],  # Material's icons are data: SVGs in its CSS
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
}
SEARCH_PAGE = "cari/index.html"
SEARCH_POLICY = {**POLICY, "script-src": [*POLICY["script-src"], "'wasm-unsafe-eval'"]}
"""The search page alone runs WebAssembly (Pagefind's search engine), which needs 'wasm-unsafe-eval':
it lets the page compile WebAssembly from the site's own files, never run a string as JavaScript."""
HEADERS_ONLY = {"frame-ancestors": ["'self'"]}
"""Directives a <meta> policy cannot carry (browsers ignore them there): the server's header adds them."""
LOADS = {"script", "link", "style", "base", "img", "iframe", "object", "embed", "video", "audio", "source"}
"""Elements that can fetch or run something: none may come before the policy in <head>."""
STAFF_GUIDE = ROOT / "docs" / "panduan" / "menerbitkan.md"


def parse_policy(text: str) -> dict[str, list[str]]:
    """``{directive: [source, …]}`` of a policy string, in the order written."""
    directives = {}
    for part in text.split(";"):
        if words := part.split():
            assert words[0].lower() not in directives, f"{words[0]} twice in {text!r}"
            directives[words[0].lower()] = words[1:]
    return directives


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def page_problems(html: str, wanted: dict = POLICY) -> list[str]:
    """Everything on one page that is missing from or at odds with the policy ``wanted``."""
    soup = BeautifulSoup(html, "html.parser")
    problems = []
    metas = soup.select('meta[http-equiv="Content-Security-Policy" i]')
    if len(metas) != 1 or metas[0].find_parent("head") is None:
        problems.append(f"{len(metas)} CSP <meta> in <head> (one wanted)")
    else:
        if (policy := parse_policy(metas[0]["content"])) != wanted:
            problems.append(f"policy {policy}")
        before = [tag.name for tag in metas[0].find_all_previous(True) if tag.name in LOADS]
        if before:
            problems.append(f"{before} before the policy")
    allowed = set(POLICY["script-src"])
    for script in soup.find_all("script"):
        if not script.get("src") and script.get("type") != "application/json" and _hash(script.string or "") not in allowed:
            problems.append(f"inline script: {script.get_text()[:60]!r}")
    for style in soup.find_all("style"):
        problems.append(f"<style>: {style.get_text()[:60]!r}")
    for tag in soup.find_all(True):
        for name, value in tag.attrs.items():
            if name.lower() == "style" or name.lower().startswith("on"):
                problems.append(f"<{tag.name} {name}={str(value)[:40]!r}>")
            elif name.lower() in ("href", "src", "action", "formaction") and str(value).strip().lower().startswith("javascript:"):
                problems.append(f"<{tag.name} {name}={str(value)[:40]!r}>")
    return problems


def site_problems(site: Path) -> dict[str, list[str]]:
    pages = sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith("assets/"))
    assert len(pages) > 10, site  # the walk found the site
    found = {}
    for path in pages:
        rel = path.relative_to(site).as_posix()
        found[rel] = page_problems(path.read_text(encoding="utf-8"), SEARCH_POLICY if rel == SEARCH_PAGE else POLICY)
    assert SEARCH_PAGE in found, "the site has no search page"
    return {page: problems for page, problems in found.items() if problems}


def test_every_page_of_the_group_site_has_the_policy_and_nothing_inline(site_dir):
    assert site_problems(site_dir) == {}


def test_every_page_of_a_one_office_site_has_the_policy_and_nothing_inline(office_site):
    assert site_problems(office_site) == {}


def test_the_checks_find_what_the_policy_would_block():
    """The checks above can fail: each kind of breach on a page is reported."""
    meta = '<meta http-equiv="Content-Security-Policy" content="{}">'
    good = "; ".join(f"{d} {' '.join(s)}" for d, s in POLICY.items())
    assert page_problems(f"<html><head>{meta.format(good)}</head><body><p>x</p></body></html>") == []
    bad = (f"<html><head><link rel=stylesheet href=a.css>{meta.format(good + '; style-src *')}</head><body>"
           "<script>alert(1)</script><script type=application/json>{}</script><style>p{}</style>"
           "<svg><rect style='fill:red'/></svg><button onclick='x()'>b</button><a href='javascript:x()'>a</a></body></html>")
    assert page_problems(bad) == [
        "policy {" + ", ".join(f"'{d}': {s}" for d, s in {**POLICY, "style-src": ["*"]}.items()) + "}",
        "['link'] before the policy", "inline script: 'alert(1)'", "<style>: 'p{}'",
        "<rect style='fill:red'>", "<button onclick='x()'>", "<a href='javascript:x()'>"]
    assert page_problems("<html><head></head><body></body></html>") == ["0 CSP <meta> in <head> (one wanted)"]


def _header_values(text: str, pattern: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) for m in re.finditer(pattern, text)}


def test_the_staff_guide_gives_the_same_policy_as_server_headers(site_dir):
    """nginx and Apache samples: the pages' policy plus frame-ancestors, nosniff, a referrer policy. A
    header covers every page, so it is the search page's (every page's, plus 'wasm-unsafe-eval'):
    browsers enforce both, and a header without it would break the search."""
    meta = BeautifulSoup((site_dir / SEARCH_PAGE).read_text(encoding="utf-8"), "html.parser").select_one(
        'meta[http-equiv="Content-Security-Policy"]')
    wanted = {**parse_policy(meta["content"]), **HEADERS_ONLY}
    guide = STAFF_GUIDE.read_text(encoding="utf-8")
    nginx = _header_values(guide, r'add_header\s+([\w-]+)\s+"([^"]*)"\s+always;')
    apache = _header_values(guide, r'Header\s+always\s+set\s+([\w-]+)\s+"([^"]*)"')
    for server in (nginx, apache):
        assert parse_policy(server["content-security-policy"]) == wanted
        assert server["x-content-type-options"] == "nosniff"
        assert server["referrer-policy"] == "strict-origin-when-cross-origin"
