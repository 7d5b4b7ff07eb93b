"""Verify a built site folder before it is published, so a broken build never goes live.

Checks: no symbolic link or special file anywhere in the folder (a link would be followed into
the release or the ZIP, publishing whatever it points at); every internal link, resource and ``#anchor`` resolves to a file/id in the site; nothing
is loaded from another host (ordinary ``<a href>`` links to other sites are fine); links are
relative (the site is served under any sub-path); each HTML page has ``lang="id"``, exactly
one ``h1``, the strict Content-Security-Policy, and no inline script or event attribute (which the
policy would block: an office theme override or an injected handler stops the deploy instead).
Each problem is one Indonesian line ``path: message``.

Error pages (``404.html``) are the exception MkDocs makes on purpose: they are served from any
URL, so their links are absolute, from the path of ``site_url`` (``/`` when unset).
"""

from __future__ import annotations

import base64
import hashlib
import os
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..progress import Progress

# <link rel> values that make the browser fetch (or connect to) the URL.
LOADING_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed",
                "mask-icon", "preload", "modulepreload", "prefetch", "prerender", "preconnect",
                "dns-prefetch", "manifest"}
# Elements whose attribute is fetched by the browser.
RESOURCE_ATTRS = {
    "img": ("src", "srcset"), "source": ("src", "srcset"), "script": ("src",), "iframe": ("src",),
    "frame": ("src",), "embed": ("src",), "object": ("data",), "video": ("src", "poster"),
    "audio": ("src",), "track": ("src",), "input": ("src",), "form": ("action",),
    "button": ("formaction",), "base": ("href",),
}
NAVIGATION_ATTRS = {"a": ("href",), "area": ("href",)}
CSS_URL = re.compile(r"""url\(\s*(?P<q>['"]?)(?P<url>[^'")]*?)(?P=q)\s*\)|@import\s+(?P<q2>['"])(?P<imp>[^'"]+)(?P=q2)""")
ERROR_PAGE = re.compile(r"\d{3}\.html\Z")


@dataclass
class Reference:
    url: str
    line: int
    loads: bool  # fetched by the browser (must come from the site itself)
    what: str    # e.g. "<script src>", for the message


@dataclass
class Page:
    lang: str | None = None
    has_html: bool = False
    h1: int = 0
    ids: set[str] = field(default_factory=set)
    refs: list[Reference] = field(default_factory=list)
    policy: str | None = None  # the Content-Security-Policy meta, if any
    runs: list[str] = field(default_factory=list)  # event attributes and script URLs, "line N: what"
    inline_scripts: list[tuple[int, str]] = field(default_factory=list)  # (line, "'sha256-…'") of each inline script


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in_style = False
        self._script: tuple[int, list[str]] | None = None  # an inline script being read: its line, its text

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        line = self.getpos()[0]
        page = self.page
        if tag == "html" and not page.has_html:
            page.has_html, page.lang = True, a.get("lang")
        elif tag == "h1":
            page.h1 += 1
        elif tag == "style":
            self._in_style = True
        elif tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy" and page.policy is None:
            page.policy = a.get("content", "")
        elif tag == "script" and "src" not in a and a.get("type", "").lower() != "application/json":
            self._script = (line, [])
        page.runs += [f"baris {line}: atribut {name} pada <{tag}>" for name in a if name.lower().startswith("on")]
        page.runs += [f"baris {line}: alamat {scheme}: pada <{tag} {name}>" for name, value in a.items()
                      if name.lower() in URL_ATTRS and (scheme := _script_scheme(value))]
        if "id" in a:
            page.ids.add(a["id"])
        if tag == "a" and "name" in a:
            page.ids.add(a["name"])
        for attr in RESOURCE_ATTRS.get(tag, ()):
            if attr in a and not (tag == "input" and a.get("type", "").lower() != "image"):
                urls = _srcset(a[attr]) if attr == "srcset" else [a[attr]]
                page.refs += [Reference(u, line, True, f"<{tag} {attr}>") for u in urls]
        for attr in NAVIGATION_ATTRS.get(tag, ()):
            if attr in a:
                page.refs.append(Reference(a[attr], line, False, f"<{tag} {attr}>"))
        if tag == "link" and "href" in a:
            rels = set(a.get("rel", "").lower().split())
            page.refs.append(Reference(a["href"], line, bool(rels & LOADING_RELS), f"<link rel=\"{a.get('rel', '')}\">"))
        if "style" in a:
            page.refs += [Reference(u, line, True, "style=\"…\"") for u in css_urls(a["style"])]

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False
        elif tag == "script" and self._script:
            line, text = self._script
            digest = base64.b64encode(hashlib.sha256("".join(text).encode()).digest()).decode()
            self.page.inline_scripts.append((line, f"'sha256-{digest}'"))
            self._script = None

    def handle_data(self, data):
        if self._script:
            self._script[1].append(data)
        if self._in_style:
            line = self.getpos()[0]
            self.page.refs += [Reference(u, line, True, "<style>") for u in css_urls(data)]


def _srcset(value: str) -> list[str]:
    return [part.split()[0] for part in value.split(",") if part.strip()]


def css_urls(text: str) -> list[str]:
    return [m["url"] if m["url"] is not None else m["imp"] for m in CSS_URL.finditer(text)
            if (m["url"] if m["url"] is not None else m["imp"]).strip()]


def parse_page(text: str) -> Page:
    parser = _PageParser()
    parser.feed(text)
    parser.close()
    return parser.page


def _is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or url.startswith("//")


def _skip(url: str) -> bool:
    """Not a file reference at all (mail, phone, inline data, script pseudo-URLs)."""
    scheme = urlsplit(url).scheme.lower()
    return bool(scheme) and scheme not in ("http", "https", "file")


class _Site:
    def __init__(self, root: Path, error_page_base: str) -> None:
        self.root = root
        self.error_page_base = "/" + error_page_base.strip("/") + "/" if error_page_base.strip("/") else "/"
        self.files = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}
        self.dirs = {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}
        self.pages: dict[str, Page] = {}

    def page(self, rel: str) -> Page:
        if rel not in self.pages:
            self.pages[rel] = parse_page((self.root / rel).read_text(encoding="utf-8", errors="replace"))
        return self.pages[rel]

    def resolve(self, base: str, path: str) -> str | None:
        """The site file ``path`` (relative to file ``base``) names, or None when there is none."""
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), path))
        if joined == ".":
            joined = ""
        if path.endswith("/") or joined in self.dirs or joined == "":
            candidate = posixpath.join(joined, "index.html") if joined else "index.html"
        else:
            candidate = joined
        return candidate if candidate in self.files else None


def _check_reference(site: _Site, rel: str, ref: Reference) -> str | None:
    url = ref.url.strip()
    where = f"{ref.what}, baris {ref.line}"
    if not url or _skip(url):
        return None
    if _is_external(url):
        if ref.loads:
            return (f"memuat '{url}' dari situs lain ({where}); situs tidak boleh memuat apa pun dari host lain")
        return None
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/") and ERROR_PAGE.match(rel):
        if not path.startswith(site.error_page_base) and path + "/" != site.error_page_base:
            return f"tautan '{url}' tidak berada di bawah '{site.error_page_base}' (alamat site_url) ({where})"
        path = "./" + path[len(site.error_page_base):]
    elif path.startswith("/"):
        return (f"tautan '{url}' diawali '/' ({where}); tautan itu tidak berfungsi bila situs disajikan di "
                "sub-folder: gunakan tautan relatif")
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path)) if path else rel
    if joined == ".." or joined.startswith("../"):
        return f"tautan '{url}' keluar dari folder situs ({where})"
    target = site.resolve(rel, path) if path else rel
    if target is None:
        return f"tautan '{url}' menuju berkas yang tidak ada di situs ({where})"
    fragment = unquote(parts.fragment)
    if fragment and fragment.lower() != "top" and target.endswith(".html") and fragment not in site.page(target).ids:
        return f"tautan '{url}': jangkar '#{fragment}' tidak ada di {target} ({where})"
    return None


def _check_css(site: _Site, rel: str) -> list[str]:
    problems = []
    text = (site.root / rel).read_text(encoding="utf-8", errors="replace")
    for url in css_urls(text):
        if _skip(url) or url.startswith("#"):
            continue
        line = 1 + text[:text.find(url)].count("\n")
        problem = _check_reference(site, rel, Reference(url, line, True, "url() CSS"))
        if problem:
            problems.append(f"{rel}: {problem}")
    return problems


def _check_page(site: _Site, rel: str) -> list[str]:
    page = site.page(rel)
    problems = []
    lang = (page.lang or "").strip()
    if not page.has_html or not lang:
        problems.append('elemen <html> tidak memiliki lang="id"')
    elif lang.lower().split("-")[0] != "id":
        problems.append(f'<html lang="{lang}">: bahasa halaman harus lang="id"')
    if page.h1 != 1:
        problems.append("tidak ada judul h1; setiap halaman harus punya tepat satu" if page.h1 == 0
                        else f"ada {page.h1} judul h1; setiap halaman harus punya tepat satu")
    problems += _check_policy(page)
    for ref in page.refs:
        problem = _check_reference(site, rel, ref)
        if problem:
            problems.append(problem)
    return [f"{rel}: {p}" for p in problems]


URL_ATTRS = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster"})
_INVISIBLE = re.compile(r"[\s\x00-\x1f]+")


def _script_scheme(url: str) -> str | None:
    """'javascript' or 'vbscript' when a browser would run ``url`` (it drops whitespace and controls
    inside the scheme); None otherwise."""
    squashed = _INVISIBLE.sub("", url).lower()
    return next((s for s in ("javascript", "vbscript") if squashed.startswith(s + ":")), None)


REQUIRED_POLICY = {"script-src": "'self'", "object-src": "'none'", "base-uri": "'none'"}
"""Directives every page's Content-Security-Policy must state exactly (docs/csp.md); script-src may
add hashes of inline scripts (the 404 page's) and ``WASM``, nothing else."""
WASM = "'wasm-unsafe-eval'"
"""The one keyword a page may add to ``script-src``: the search page compiles the site's own
WebAssembly (``pagefind/``); it lets no string run as script and no script in from elsewhere."""
_HASH = re.compile(r"'sha(?:256|384|512)-[A-Za-z0-9+/=]+'")


def _check_policy(page: Page) -> list[str]:
    """The page carries the strict policy and nothing it would have to block: an office's own theme
    override that adds an inline script, or a handler that got into a page, stops the deploy."""
    if page.policy is None:
        return ["tidak ada Content-Security-Policy (<meta http-equiv>); tema situs mungkin diganti"]
    directives = {}
    for part in page.policy.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            directives.setdefault(name.lower(), " ".join(value.split()))
    scripts = directives.get("script-src", "").split()
    hashes = {source for source in scripts[1:] if source != WASM}
    if scripts[:1] == ["'self'"] and scripts.count(WASM) <= 1 and all(_HASH.fullmatch(h) for h in hashes):
        directives["script-src"] = "'self'"
    problems = [f"Content-Security-Policy harus memuat {name} {value}" for name, value in REQUIRED_POLICY.items()
                if directives.get(name) != value]
    runs = [(line, f"baris {line}: <script> tanpa src") for line, digest in page.inline_scripts if digest not in hashes]
    runs += [(int(run.split()[1].rstrip(":")), run) for run in page.runs]
    problems += [f"{run} (dijalankan peramban; kebijakan keamanan situs melarangnya)" for _, run in sorted(runs, key=lambda r: r[0])]
    return problems


def _links(folder: Path) -> list[str]:
    """Every symbolic link and special file in the site, never followed: a link in a built folder
    (``bukti/x.pdf`` → ``/proc/self/environ``) would publish what it points at."""
    found: list[str] = []
    for here, subdirs, names in os.walk(folder):  # os.walk does not descend into linked folders
        subdirs.sort()
        for name in sorted(subdirs + names):
            path = Path(here) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found.append(f"{rel}: tautan simbolik (symlink) tidak diterbitkan; situs hanya boleh berisi "
                             "berkas biasa dan folder")
            elif not (path.is_dir() or path.is_file()):
                found.append(f"{rel}: bukan berkas biasa (misalnya pipa atau perangkat); situs hanya boleh berisi "
                             "berkas biasa dan folder")
    return sorted(found)


def verify_site(folder: Path, error_page_base: str = "/", progress: Progress = Progress()) -> list[str]:
    """Every problem found in the built site ``folder``; an empty list means it may be published.

    ``error_page_base`` is the path of the site's ``site_url``, which MkDocs uses in error pages;
    ``progress`` counts the pages and style sheets checked (thousands in a national site).
    """
    folder = Path(folder)
    if not (folder / "index.html").is_file():
        return [f"{folder.as_posix()}: tidak ada index.html; ini bukan folder situs yang sudah dibangun"]
    problems = _links(folder)
    if problems:  # nothing is read through a link: it could point anywhere on the machine
        return problems
    site = _Site(folder, error_page_base)
    checked = sorted(rel for rel in site.files if rel.endswith((".html", ".css")))
    progress.count(len(checked), "berkas")
    for rel in checked:
        problems += _check_page(site, rel) if rel.endswith(".html") else _check_css(site, rel)
        progress.advance()
    return problems
