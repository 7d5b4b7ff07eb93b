"""Search at scale: what the static search index (Pagefind, engines/search_index.py) adds to a
synthetic group site of n offices (benchmarks/synthetic.py), and what one search downloads.

For each size: one `mkdocs build` with the zisite plugin (the index included, as every build does),
then the index alone again on that site (wall clock and CPU of the Pagefind process), the bundle's
size and file count, the search page's size (its list of every page grows with the site), and, with
--browser, the bytes a reader's Chromium fetches from pagefind/ for one search: the site served on
127.0.0.1 under /zi/ by gzip_server.serve (gzip level 6, as a configured web server sends it;
Pagefind's own files are already compressed and sent as they are), the search page opened with
?q=WORD; the bytes are those on the wire, split into pagefind.js, the WebAssembly engine, the word
index chunks, the page fragments and the rest (entry file, metadata). Size ``example`` is the
repository's own example site (a copy). Prints Markdown; never fails.

    .venv/bin/python benchmarks/search_scale.py                      # 100 offices
    .venv/bin/python benchmarks/search_scale.py --sizes example,100 --browser
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gzip_server import serve  # noqa: E402
from synthetic import copy_example_project, make_project, run, tool  # noqa: E402

from zisite.engines.search_index import BUNDLE, index_site  # noqa: E402


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


PARTS = ("pagefind.js", "wasm", "index", "fragments", "other")


def part(path: str) -> str:
    """Which part of the search bundle a fetched file is."""
    name = path.rsplit("/", 1)[-1]
    if name == "pagefind.js":
        return "pagefind.js"
    if name.startswith("wasm."):
        return "wasm"
    if name.endswith(".pf_index"):
        return "index"
    if name.endswith(".pf_fragment"):
        return "fragments"
    return "other"


def search_download(site: Path, word: str) -> tuple[dict[str, int], int, int]:
    """(bytes per part of pagefind/ as sent, requests to pagefind/, results shown) for one search in Chromium."""
    from playwright.sync_api import sync_playwright

    with serve(site, "/zi/") as (base, sent), sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        page.goto(f"{base}cari/?q={word}")
        page.locator("#zi-search-results > li").first.wait_for(timeout=60000)
        page.wait_for_load_state("networkidle")
        shown = page.locator("#zi-search-results > li").count()
        browser.close()
        fetched = [(path, size) for path, status, size in sent if f"/{BUNDLE}/" in path and status == 200]
    split = dict.fromkeys(PARTS, 0)
    for path, size in fetched:
        split[part(path)] += size
    return split, len(fetched), shown


def measure(n: int | str, workdir: Path, browser: bool, word: str) -> dict:
    if n == "example":
        root = copy_example_project(workdir / "project-example")
    else:
        root = make_project(workdir / f"project-{n}", n)
    site = workdir / f"site-{n}"
    cpu, start = child_cpu(), time.perf_counter()
    run([tool("mkdocs"), "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)])
    build_s, build_cpu = time.perf_counter() - start, child_cpu() - cpu
    shutil.rmtree(site / BUNDLE)
    cpu, start = child_cpu(), time.perf_counter()
    index_site(site)
    index_s, index_cpu = time.perf_counter() - start, child_cpu() - cpu
    bundle, files = folder_size(site / BUNDLE)
    site_bytes, _ = folder_size(site)
    search_page = (site / "cari" / "index.html").read_bytes()
    pages = sum(1 for _ in site.rglob("index.html"))
    row = {"n": n, "pages": pages, "build_s": build_s, "build_cpu": build_cpu, "index_s": index_s,
           "index_cpu": index_cpu, "bundle": bundle, "files": files, "site": site_bytes,
           "search_page": len(search_page), "search_page_gz": len(gzip.compress(search_page, 6))}
    if browser:
        row["fetched"], row["requests"], row["shown"] = search_download(site, word)
    shutil.rmtree(site)
    shutil.rmtree(root)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100",
                        help="comma-separated office counts, or 'example' for the example site (default 100)")
    parser.add_argument("--browser", action="store_true", help="also measure one search in Chromium")
    parser.add_argument("--word", default="pengaduan", help="the word searched with --browser")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="zisite-search-") as tmp:
        for n in (s.strip() if s.strip() == "example" else int(s) for s in args.sizes.split(",")):
            print(f"{n} kantor…", file=sys.stderr, flush=True)
            rows.append(measure(n, Path(tmp), args.browser, args.word))
    load = os.getloadavg()[0]
    mib = 1024 * 1024
    print(f"Load average at the end: {load:.1f}\n")
    print("| offices | pages | build wall (s) | build CPU (s) | index wall (s) | index CPU (s) | index share of build CPU | "
          "index MiB | index files | site MiB | search page KiB (gzip) |" + (" one search fetches KiB (requests) | pagefind.js | wasm | index chunks | fragments | other |"
          if args.browser else ""))
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" * 6 if args.browser else ""))
    for r in rows:
        line = (f"| {r['n']} | {r['pages']:,} | {r['build_s']:.1f} | {r['build_cpu']:.1f} | {r['index_s']:.1f} | "
                f"{r['index_cpu']:.1f} | {100 * r['index_cpu'] / r['build_cpu']:.0f} % | {r['bundle'] / mib:.1f} | "
                f"{r['files']:,} | {r['site'] / mib:.0f} | {r['search_page'] / 1024:.0f} ({r['search_page_gz'] / 1024:.0f}) |")
        if args.browser:
            split = r["fetched"]
            line += (f" {sum(split.values()) / 1024:.0f} ({r['requests']}; {r['shown']} shown) | "
                     + " | ".join(f"{split[k] / 1024:.1f}" for k in PARTS) + " |")
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
