"""The static search index, written into a built site by every engine after its HTML (MkDocs'
``on_post_build``, Zensical's build before the site moves into place).

Pagefind, from its PyPI package (``pagefind[bin]``: the binary ships in the wheel), reads the HTML
files and writes ``pagefind/`` beside them: a WebAssembly search engine and the index, split in
fragments fetched only as a search needs them. It runs locally and makes no network request, at
build time or in the reader's browser. Only the main content of pages the theme marks
(``data-pagefind-body``: every page but the search page and the 404 page) is indexed, as Indonesian.
Pagefind's own UI files are removed: the search page has its own small UI (``theme/assets/search.js``).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

BUNDLE = "pagefind"
LANGUAGE = "id"
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js", "pagefind-worker.js")
"""Pagefind's prebuilt UIs, highlighter and Web Worker (about 460 KB), which the site never loads:
the search page runs Pagefind in the page itself (``noWorker``), under the page's own policy."""


class SearchIndexError(Exception):
    """The index could not be written; the message is Indonesian, for the terminal."""


def executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise SearchIndexError("Pagefind belum terpasang, sehingga indeks pencarian tidak dapat dibuat; "
                               "pasang ulang zisite beserta dependensinya (pagefind-bin)") from None
    return get_executable()


def index_site(site_dir: Path) -> Path:
    """Write the search index into the built site ``site_dir``; return the bundle folder."""
    site_dir = Path(site_dir)
    command = [str(executable()), "--site", str(site_dir), "--output-subdir", BUNDLE,
               "--force-language", LANGUAGE, "--silent"]
    result = subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if result.returncode != 0:
        reason = (result.stderr or result.stdout).strip().splitlines()
        raise SearchIndexError(f"Pagefind gagal membuat indeks pencarian ({reason[-1] if reason else result.returncode})")
    bundle = site_dir / BUNDLE
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    return bundle
