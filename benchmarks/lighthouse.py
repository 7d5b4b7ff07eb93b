"""Lighthouse scores (mobile, simulated throttling) of a built site served with gzip under ``/zi/``.

The site is served by ``gzip_server.serve`` (gzip level 6, a sub-path as on an office's KPU host,
404.html for missing addresses) and Lighthouse 12.8.2 (``benchmarks/lighthouse/package.json``,
installed there with ``npm ci`` on the first run) audits each chosen page in Debian's Chromium with
its defaults: mobile emulation (Moto G Power viewport) and simulated throttling (slow 4G, 4× CPU
slowdown). Offline: error reporting is off, Chromium's background networking is off. Pages by
default: the home, the largest plan page (by file size) and the largest page of every other page
type (office home, Monev, Kontak, the search page ``cari/``, a province overview when the group
has them, …). Prints Markdown (the four category scores, FCP, LCP, TBT, CLS, bytes transferred,
and every audit with weight > 0 scoring below 1); never fails::

    .venv/bin/python benchmarks/lighthouse.py                  # builds the example site
    .venv/bin/python benchmarks/lighthouse.py --offices 100    # a synthetic 100-office group build
    .venv/bin/python benchmarks/lighthouse.py --site site/ --pages /,sigi/rencana-aksi/2026/ --repeat 3
    .venv/bin/python benchmarks/lighthouse.py --keep /tmp/lh-reports   # keep the JSON reports
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from gzip_server import serve  # noqa: E402
from page_weight import page_type as weight_type  # noqa: E402

HOME_TYPE = weight_type("index.html")

PACKAGE = ROOT / "benchmarks" / "lighthouse"
LIGHTHOUSE = PACKAGE / "node_modules" / ".bin" / "lighthouse"
PREFIX = "/zi/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking "
                "--disable-component-update --disable-sync --disable-quic")
PLAN_TYPE = "rencana-aksi"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def page_type(rel: str) -> str | None:
    """The page type of a built page (``page_weight.page_type``'s names), None for what is no page."""
    if rel != "index.html" and (not rel.endswith("/index.html") or rel.startswith(("assets/", "pagefind/"))):
        return None
    return weight_type(rel)


def choose_pages(site: Path) -> list[tuple[str, str]]:
    """(type, site-relative URL path) of the largest page (file size) of every type, the home first."""
    largest: dict[str, tuple[int, str]] = {}
    for page in site.rglob("index.html"):
        rel = page.relative_to(site).as_posix()
        kind = page_type(rel)
        if kind:
            size = page.stat().st_size
            if kind not in largest or (size, rel) > largest[kind]:
                largest[kind] = (size, rel)
    order = sorted(largest, key=lambda k: (k != HOME_TYPE, k != PLAN_TYPE, k))
    return [(k if k != PLAN_TYPE else "plan (largest)", largest[k][1].removesuffix("index.html")) for k in order]


def ensure_lighthouse() -> None:
    if not LIGHTHOUSE.exists():
        log("installing Lighthouse into benchmarks/lighthouse/node_modules (npm ci, about 190 MB)…")
        subprocess.run(["npm", "ci", "--prefix", str(PACKAGE), "--no-audit", "--no-fund"], check=True,
                       stdout=sys.stderr)


def run_lighthouse(url: str, output: Path, chrome: str) -> dict:
    command = [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={output}",
               f"--chrome-flags={CHROME_FLAGS}", "--only-categories=" + ",".join(CATEGORIES),
               "--no-enable-error-reporting", "--disable-full-page-screenshot"]
    env = {**os.environ, "CHROME_PATH": chrome}
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode or not output.exists():
        raise RuntimeError(f"lighthouse failed on {url} ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(output.read_text())


def _where(item: dict) -> str:
    node = item.get("node") or {}
    where = node.get("selector") or item.get("url") or item.get("source", {}).get("url") or ""
    label = node.get("nodeLabel") or item.get("description") or ""
    return f"`{where}`" + (f" ({label[:80]})" if label and label != where else "")


def failing(report: dict) -> list[str]:
    """Every audit with weight > 0 in a scored category and a score below 1, with its elements."""
    lines = []
    for cat in CATEGORIES:
        for ref in report["categories"][cat]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                shown = audit.get("displayValue") or ""
                items = (audit.get("details") or {}).get("items") or []
                where = "; ".join(_where(i) for i in items[:5]) + (f"; … {len(items)} in all" if len(items) > 5 else "")
                lines.append(f"{cat} / `{ref['id']}` score {audit['score']:.2f} (weight {ref['weight']})"
                             + (f", {shown}" if shown else "") + (f": {where}" if where else ""))
    return lines


def summary(reports: list[dict]) -> dict:
    """Minimum score per category, median metrics, the union of failing audits."""
    def metric(key: str) -> float:
        return statistics.median(r["audits"][key]["numericValue"] for r in reports)

    fails: list[str] = []
    for r in reports:
        fails += [f for f in failing(r) if f not in fails]
    return {"scores": {c: min(round(100 * (r["categories"][c]["score"] or 0)) for r in reports) for c in CATEGORIES},
            "fcp": metric("first-contentful-paint") / 1000, "lcp": metric("largest-contentful-paint") / 1000,
            "tbt": metric("total-blocking-time"), "cls": metric("cumulative-layout-shift"),
            "bytes": metric("total-byte-weight"), "fails": fails,
            "warnings": sorted({w for r in reports for w in r.get("runWarnings", [])})}


def build(tmp: Path, offices: int | None) -> Path:
    root = ROOT
    if offices:
        from synthetic import make_project
        root = make_project(tmp / "repo", offices) or tmp / "repo"
    site = tmp / "site"
    log(f"building {'the example site' if not offices else f'{offices} synthetic offices'}…")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(root / "mkdocs.yml"), "-d", str(site)],
                   check=True, cwd=root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return site


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build the example)")
    parser.add_argument("--offices", type=int, help="build a synthetic group of this many offices instead")
    parser.add_argument("--pages", help="comma-separated site-relative pages, e.g. '/,sigi/rencana-aksi/2026/' "
                                        "(default: the home, the largest plan page, the largest page of every other type)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per page (the minimum score is reported)")
    parser.add_argument("--keep", type=Path, help="keep the JSON reports in this folder (default: a temporary one)")
    parser.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"), help="Chromium binary")
    args = parser.parse_args()
    ensure_lighthouse()
    with tempfile.TemporaryDirectory(prefix="zisite-lighthouse-") as tmp:
        site = args.site.resolve() if args.site else build(Path(tmp), args.offices)
        if args.pages:
            paths = [p.strip().lstrip("/") for p in args.pages.split(",")]
            pages = [(page_type(p + "index.html") or "page", p) for p in paths]
        else:
            pages = choose_pages(site)
        out = args.keep or Path(tmp) / "reports"
        out.mkdir(parents=True, exist_ok=True)
        rows, environment = [], {}
        with serve(site, PREFIX) as (base, _sent):
            for kind, path in pages:
                reports = []
                for i in range(args.repeat):
                    log(f"{PREFIX}{path} ({kind}) run {i + 1}/{args.repeat}…")
                    start = time.perf_counter()
                    name = (path.strip("/").replace("/", "_") or "home") + f"-{i + 1}.json"
                    reports.append(run_lighthouse(base + path, out / name, args.chrome))
                    log(f"  {time.perf_counter() - start:.0f} s")
                environment = reports[-1]
                rows.append((kind, path, summary(reports)))
    env = environment.get("environment", {})
    print(f"Lighthouse {environment.get('lighthouseVersion')}, {env.get('hostUserAgent', '?')}, "
          f"benchmarkIndex {env.get('benchmarkIndex', '?')}; mobile, simulated throttling; "
          f"served with gzip under {PREFIX}; {args.repeat} run(s) per page (minimum score, median metrics); "
          f"load average at the end {os.getloadavg()[0]:.1f}\n")
    print("| page | path | perf | a11y | best pr. | SEO | FCP (s) | LCP (s) | TBT (ms) | CLS | transferred KiB |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind, path, s in rows:
        sc = s["scores"]
        print(f"| {kind} | `{PREFIX}{path}` | {sc['performance']} | {sc['accessibility']} | {sc['best-practices']} | "
              f"{sc['seo']} | {s['fcp']:.1f} | {s['lcp']:.1f} | {s['tbt']:.0f} | {s['cls']:.3f} | {s['bytes'] / 1024:.1f} |")
    print()
    fails = [(path, f) for _kind, path, s in rows for f in s["fails"]]
    print("Audits with weight > 0 scoring below 1:" + ("" if fails else " none."))
    for path, f in fails:
        print(f"- `{PREFIX}{path}`: {f}")
    warnings = [(path, w) for _kind, path, s in rows for w in s["warnings"]]
    for path, w in warnings:
        print(f"- warning on `{PREFIX}{path}`: {w}")
    if args.keep:
        print(f"\nReports: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
