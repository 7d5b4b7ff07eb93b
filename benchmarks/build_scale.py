"""How `mkdocs build` with the zisite plugin scales with the number of offices, and what zisite adds.

    .venv/bin/python benchmarks/build_scale.py [--sizes 1,10,100,550] [--repeat 3] [--repeat-large 1]

For the repository's example site and for each size N (a synthetic "contoh" project, see
synthetic.py) this times, as subprocesses, median of repeats:

* zisite build: `.venv/bin/mkdocs build -q -f <root>/mkdocs.yml -d <tmp site>` (the zisite plugin
  loads and checks the data, renders every page, MkDocs + Material turn it into HTML);
* plain mkdocs: the very same pages and assets (from `zisite.render.render_site`) written as
  ordinary Markdown files and built by MkDocs with a copy of mkdocs.yml that has no zisite plugin
  (`plugins: []`) and no `nav` (MkDocs derives the nav from the folders).

overhead = zisite build / plain mkdocs. Output size (bytes of the site folder, number of HTML
files) is taken from the zisite build. Measured and printed only: targets are reported as
met / NOT met, never asserted.

Sizes >= --large-from (default 100) use --repeat-large runs (default 1): at 550 offices one build
takes minutes and writes about 2 GB, so the default run stays within a few minutes.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import SITE_NAME, copy_example_project, make_project, parse_sizes, run, tool, verdict  # noqa: E402

from zisite.load import load_project  # noqa: E402
from zisite.render import SiteOptions, render_site  # noqa: E402
from zisite.render.site import navigation  # noqa: E402
from zisite.engines.mkdocs.plugin import THEME_DIR  # noqa: E402

MIB = 1024 * 1024
TARGET_EXAMPLE_S = 2.0
TARGET_OVERHEAD = 1.5
TARGET_N = 550
TARGET_N_S = 60.0


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def site_stats(site: Path) -> tuple[int, int, int]:
    """(total bytes, HTML files, largest HTML file, all HTML bytes) of a built site."""
    total = html = largest = html_bytes = 0
    for dirpath, _, filenames in os.walk(site):
        for name in filenames:
            size = os.path.getsize(os.path.join(dirpath, name))
            total += size
            if name.endswith(".html"):
                html += 1
                html_bytes += size
                largest = max(largest, size)
    return total, html, largest, html_bytes


def time_build(config: Path, workdir: Path, label: str, repeat: int) -> dict:
    """Median wall clock of `mkdocs build` into a fresh site folder each run; stats of the first site."""
    mkdocs = tool("mkdocs")
    samples, stats = [], None
    cpu_before = child_cpu()
    for i in range(repeat):
        site = workdir / f"site-{label}-{i}"
        start = time.perf_counter()
        run([mkdocs, "build", "-q", "-f", str(config), "-d", str(site)])
        samples.append(time.perf_counter() - start)
        if stats is None:
            stats = site_stats(site)
        shutil.rmtree(site)  # outside the timed region; a 550-office site is ~2 GB
    return {"s": statistics.median(samples),
            "cpu": (child_cpu() - cpu_before) / repeat, "bytes": stats[0], "html": stats[1], "largest": stats[2],
            "html_bytes": stats[3]}


def _drop_top_level(text: str, key: str) -> str:
    """Remove a top-level YAML key and its indented block from mkdocs.yml text."""
    out, skipping = [], False
    for line in text.splitlines(keepends=True):
        if re.match(rf"{re.escape(key)}\s*:", line):
            skipping = True
            continue
        if skipping and line.strip() and not line[0].isspace() and not line.lstrip().startswith("#"):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out)


def plugin_title(config_text: str) -> str:
    match = re.search(r"(?ms)^\s*-\s*zisite:\s*\n(?:\s+.*\n)*?\s+title:\s*(.+?)\s*$", config_text)
    return match.group(1).strip("'\"") if match else SiteOptions().title


def write_plain(root: Path, plain: Path, with_nav: bool = False) -> dict:
    """The pages and assets zisite would generate, as a plain MkDocs project in ``plain``; timings of the core."""
    config_text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    start = time.perf_counter()
    project = load_project(root)
    load_s = time.perf_counter() - start
    if not project.ok:
        raise RuntimeError(f"{root}: data not valid")
    start = time.perf_counter()
    pages, assets = render_site(project, SiteOptions(title=plugin_title(config_text)))
    render_s = time.perf_counter() - start

    docs = plain / "docs"
    docs_dir = re.search(r"(?m)^docs_dir:\s*(\S+)", config_text)
    hand_written = root / (docs_dir.group(1) if docs_dir else "docs")
    if hand_written.is_dir():  # any hand-written pages the real build also has
        shutil.copytree(hand_written, docs, dirs_exist_ok=True)
    for page in pages:
        target = docs / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.body, encoding="utf-8")
    for asset in assets:
        target = docs / asset.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(asset.content)
    # No plugin here, so the packaged theme overrides the plugin adds come in as a custom_dir.
    shutil.copytree(THEME_DIR, plain / "theme")

    text = _drop_top_level(_drop_top_level(config_text, "plugins"), "nav")
    text = re.sub(r"(?m)^theme:\n", "theme:\n  custom_dir: theme\n", text, count=1)
    text = re.sub(r"(?m)^docs_dir:.*$", "docs_dir: docs", text) if docs_dir else text + "\ndocs_dir: docs\n"
    text = ("# contoh: plain MkDocs copy of mkdocs.yml for benchmarks/build_scale.py: no zisite plugin, no nav\n"
            + text + "\nplugins: []   # not even MkDocs' default search plugin: the zisite config lists only zisite\n")
    if with_nav:  # --plain-nav: the plugin's own nav, so both builds render identical navigation
        text += yaml.safe_dump({"nav": navigation(pages)}, allow_unicode=True, sort_keys=False)
    (plain / "mkdocs.yml").write_text(text, encoding="utf-8")
    return {"pages": len(pages), "assets": len(assets), "load": load_s, "render": render_s}


def measure(label: str, root: Path, n: int, repeat: int, workdir: Path, plain_nav: bool) -> dict:
    zisite = time_build(root / "mkdocs.yml", workdir, f"{label}-zisite", repeat)
    plain_root = workdir / f"plain-{label}"
    core = write_plain(root, plain_root, with_nav=plain_nav)
    plain = time_build(plain_root / "mkdocs.yml", workdir, f"{label}-plain", repeat)
    shutil.rmtree(plain_root)
    return {"label": label, "n": n, "repeat": repeat, "zisite": zisite, "plain": plain, **core}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,550", help="comma-separated office counts (default 1,10,100,550)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported (default 3)")
    parser.add_argument("--repeat-large", type=int, default=1,
                        help="runs per measurement for sizes >= --large-from (default 1)")
    parser.add_argument("--large-from", type=int, default=100, help="smallest size counted as large (default 100)")
    parser.add_argument("--no-example", action="store_true", help="skip the repository's example site row")
    parser.add_argument("--plain-nav", action="store_true",
                        help="give the plain build the plugin's nav instead of omitting nav (like-for-like HTML)")
    args = parser.parse_args(argv)
    sizes = parse_sizes(args.sizes)
    repeat, repeat_large = max(1, args.repeat), max(1, args.repeat_large)

    def runs_for(n: int) -> int:
        return repeat_large if n >= args.large_from else repeat

    print(f"# zisite build scaling (MkDocs + Material; synthetic contoh offices; {os.cpu_count()} CPUs, "
          f"Python {sys.version.split()[0]})", flush=True)
    if repeat_large != repeat and any(n >= args.large_from for n in sizes):
        print(f"Median of {repeat} runs; sizes >= {args.large_from} use {repeat_large} run(s) each "
              f"(--repeat-large) to keep the default run within a few minutes.")
    else:
        print(f"Median of {repeat} runs.")
    print("Plain build nav: " + ("the plugin's nav written into its mkdocs.yml (--plain-nav)." if args.plain_nav else
                                 "omitted, so MkDocs derives it from the folders (pass --plain-nav for the plugin's nav)."))
    results = []
    with tempfile.TemporaryDirectory(prefix="zisite-bench-build-") as tmp:
        work = Path(tmp)
        if not args.no_example:
            print("  measuring the example site ...", file=sys.stderr, flush=True)
            example = copy_example_project(work / "example")
            n_example = sum(1 for p in (example / "content" / "offices").iterdir() if p.is_dir())
            results.append(measure("example", example, n_example, repeat, work, args.plain_nav))
            shutil.rmtree(example)
        for n in sizes:
            print(f"  measuring N={n} ...", file=sys.stderr, flush=True)
            root = make_project(work / f"contoh-{n}", n)
            results.append(measure(f"{n}", root, n, runs_for(n), work, args.plain_nav))
            shutil.rmtree(root)

    print()
    print("| offices | pages | site MiB | zisite build (s) | plain mkdocs (s) | overhead × | s per office |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        name = f"{r['n']} (example)" if r["label"] == "example" else f"{r['n']}"
        z, p = r["zisite"], r["plain"]
        print(f"| {name} | {z['html']} | {z['bytes'] / MIB:.1f} | {z['s']:.2f} | {p['s']:.2f} "
              f"| {z['s'] / p['s']:.2f} | {z['s'] / r['n']:.3f} |")
    print()
    print("pages = HTML files in the built site (incl. 404.html); site MiB = all files (HTML, data, theme assets).")
    print()
    print("Where the time goes (in-process zisite core vs the subprocess builds; CPU = child user+sys per run):")
    print()
    print("| offices | runs | load_project (s) | render_site (s) | zisite build CPU (s) | plain CPU (s) "
          "| Markdown pages | largest HTML KiB | mean HTML KiB | plain site MiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        name = f"{r['n']} (example)" if r["label"] == "example" else f"{r['n']}"
        z = r["zisite"]
        html_bytes_mean = z["html_bytes"] / max(z["html"], 1) / 1024
        print(f"| {name} | {r['repeat']} | {r['load']:.2f} | {r['render']:.2f} | {z['cpu']:.2f} | {r['plain']['cpu']:.2f} "
              f"| {r['pages']} | {z['largest'] / 1024:.0f} | {html_bytes_mean:.0f} | {r['plain']['bytes'] / MIB:.1f} |")
    print()
    mismatched = [r for r in results if r["plain"]["html"] != r["zisite"]["html"]]
    if mismatched:
        print("Note: the plain build wrote a different number of HTML files at "
              + ", ".join(f"N={r['n']} ({r['plain']['html']} vs {r['zisite']['html']})" for r in mismatched) + ".")
        print()

    # Targets
    example = next((r for r in results if r["label"] == "example"), None)
    if example:
        print(f"Target: example site built in <= {TARGET_EXAMPLE_S:.0f} s: measured {example['zisite']['s']:.2f} s: "
              f"{verdict(example['zisite']['s'] <= TARGET_EXAMPLE_S)}.")
    worst = max(results, key=lambda r: r["zisite"]["s"] / r["plain"]["s"])
    worst_ratio = worst["zisite"]["s"] / worst["plain"]["s"]
    print(f"Target: zisite overhead <= {TARGET_OVERHEAD}x plain MkDocs: worst {worst_ratio:.2f}x "
          f"(at {worst['n']} offices{' (example)' if worst['label'] == 'example' else ''}): "
          f"{verdict(worst_ratio <= TARGET_OVERHEAD)}.")
    big = next((r for r in results if r["label"] != "example" and r["n"] == TARGET_N), None)
    if big:
        print(f"Target: {TARGET_N} offices built in <= {TARGET_N_S:.0f} s: measured {big['zisite']['s']:.2f} s: "
              f"{verdict(big['zisite']['s'] <= TARGET_N_S)}.")
    else:
        print(f"Target: {TARGET_N} offices built in <= {TARGET_N_S:.0f} s (not measured: add {TARGET_N} to --sizes).")
    synthetic = sorted({r["n"]: r for r in results if r["label"] != "example"}.values(), key=lambda r: r["n"])
    if len(synthetic) >= 2:
        def slope(a, b, key="s"):
            return (b["zisite"][key] - a["zisite"][key]) / (b["n"] - a["n"])
        a, b = synthetic[-2], synthetic[-1]
        top = slope(a, b)
        line = (f"Target: linear growth. Per-office slope between the two largest sizes (N={a['n']} -> {b['n']}): "
                f"{top:.3f} s per office (build), {(b['zisite']['bytes'] - a['zisite']['bytes']) / (b['n'] - a['n']) / MIB:.2f} "
                "MiB per office (output)")
        if len(synthetic) >= 3:
            c = synthetic[-3]
            low = slope(c, a)
            ratio = top / low if low > 0 else float("inf")
            line += (f"; previous slope (N={c['n']} -> {a['n']}): {low:.3f} s per office; "
                     f"ratio {ratio:.1f}: {verdict(ratio <= 1.5)} (linear means a ratio near 1).")
        else:
            line += " (add a third size to judge linearity)."
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
