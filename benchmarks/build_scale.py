"""How `mkdocs build` with the zisite plugin scales with the number of offices, and what zisite adds.

    .venv/bin/python benchmarks/build_scale.py [--sizes 1,10,100,550] [--repeat 3] [--repeat-large 1]

For the repository's example site and for each size N (a synthetic "contoh" project, see
synthetic.py) this times, as subprocesses, median of repeats:

* zisite build: `.venv/bin/mkdocs build -q -f <root>/mkdocs.yml -d <tmp site>` (the zisite plugin
  loads and checks the data, renders every page, MkDocs + Material turn it into HTML);
* plain mkdocs: the very same pages and assets (from `zisite.render.render_site`) written as
  ordinary Markdown files and built by MkDocs with a copy of mkdocs.yml that has no zisite plugin
  (`plugins: []`) and the plugin's own nav (so both builds render the same navigation; with
  --folder-nav MkDocs derives a deeper nav from the folders instead, which is not like-for-like).

overhead = zisite build / plain mkdocs, by wall clock and by CPU time (user+sys of the build
process). On a shared machine the wall clock mostly measures the other processes (a build of 10-12 s
CPU took 56-137 s wall here), so the CPU columns are the ones to compare between runs. Output size
(bytes of the site folder, number of HTML files, the largest page) is taken from the zisite build.
Measured and printed only: targets are reported as met / NOT met, never asserted.

Sizes >= --large-from (default 100) use --repeat-large runs (default 1): at 550 offices one build
takes minutes and writes about 240 MB, so the default run stays within a few minutes.
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
TARGET_OVERHEAD = 1.3
TARGET_N = 550
TARGET_N_S = 45.0


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def site_stats(site: Path) -> tuple[int, int, int, int, str]:
    """(total bytes, HTML files, largest HTML file, all HTML bytes, largest file's path) of a built site."""
    total = html = largest = html_bytes = 0
    largest_path = ""
    for dirpath, _, filenames in os.walk(site):
        for name in filenames:
            path = os.path.join(dirpath, name)
            size = os.path.getsize(path)
            total += size
            if name.endswith(".html"):
                html += 1
                html_bytes += size
                if size > largest:
                    largest, largest_path = size, os.path.relpath(path, site)
    return total, html, largest, html_bytes, largest_path


def time_build(config: Path, workdir: Path, label: str, repeat: int) -> dict:
    """Median wall clock of `mkdocs build` into a fresh site folder each run; stats of the first site."""
    mkdocs = tool("mkdocs")
    samples, cpu, stats = [], [], None
    for i in range(repeat):
        site = workdir / f"site-{label}-{i}"
        cpu_before = child_cpu()
        start = time.perf_counter()
        run([mkdocs, "build", "-q", "-f", str(config), "-d", str(site)])
        samples.append(time.perf_counter() - start)
        cpu.append(child_cpu() - cpu_before)
        if stats is None:
            stats = site_stats(site)
        shutil.rmtree(site)  # outside the timed region; a 550-office site is ~240 MB
    return {"s": statistics.median(samples), "cpu": statistics.median(cpu),
            "bytes": stats[0], "html": stats[1], "largest": stats[2], "html_bytes": stats[3], "largest_path": stats[4]}


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
    parser.add_argument("--folder-nav", action="store_true",
                        help="let MkDocs derive the plain build's nav from the folders (not like-for-like)")
    parser.add_argument("--plain-nav", action="store_true", help="(the default now; kept for old command lines)")
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
    print("Plain build nav: " + ("the plugin's nav written into its mkdocs.yml." if not args.folder_nav else
                                 "omitted, so MkDocs derives it from the folders (--folder-nav)."))
    results = []
    with tempfile.TemporaryDirectory(prefix="zisite-bench-build-") as tmp:
        work = Path(tmp)
        if not args.no_example:
            print("  measuring the example site ...", file=sys.stderr, flush=True)
            example = copy_example_project(work / "example")
            n_example = sum(1 for p in (example / "content" / "offices").iterdir() if p.is_dir())
            results.append(measure("example", example, n_example, repeat, work, not args.folder_nav))
            shutil.rmtree(example)
        for n in sizes:
            print(f"  measuring N={n} ...", file=sys.stderr, flush=True)
            root = make_project(work / f"contoh-{n}", n)
            results.append(measure(f"{n}", root, n, runs_for(n), work, not args.folder_nav))
            shutil.rmtree(root)

    print()
    print("| offices | pages | zisite build (s) | plain mkdocs (s) | overhead × | zisite CPU (s) | plain CPU (s) "
          "| overhead × (CPU) | CPU s per office | largest page KiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        name = f"{r['n']} (example)" if r["label"] == "example" else f"{r['n']}"
        z, p = r["zisite"], r["plain"]
        print(f"| {name} | {z['html']} | {z['s']:.2f} | {p['s']:.2f} | {z['s'] / p['s']:.2f} | {z['cpu']:.2f} "
              f"| {p['cpu']:.2f} | {z['cpu'] / p['cpu']:.2f} | {z['cpu'] / r['n']:.3f} | {z['largest'] / 1024:.0f} |")
    print()
    print("pages = HTML files in the built site (incl. 404.html); CPU = user+sys of the build process, median of runs.")
    print()
    print("Where the time goes (in-process zisite core, wall clock; sizes of the zisite site):")
    print()
    print("| offices | runs | load_project (s) | render_site (s) | Markdown pages | site MiB | mean HTML KiB "
          "| largest page | plain site MiB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---|---:|")
    for r in results:
        name = f"{r['n']} (example)" if r["label"] == "example" else f"{r['n']}"
        z = r["zisite"]
        html_bytes_mean = z["html_bytes"] / max(z["html"], 1) / 1024
        print(f"| {name} | {r['repeat']} | {r['load']:.2f} | {r['render']:.2f} | {r['pages']} | {z['bytes'] / MIB:.1f} "
              f"| {html_bytes_mean:.0f} | {z['largest_path']} | {r['plain']['bytes'] / MIB:.1f} |")
    print()
    print(f"Load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs "
          "(above the CPU count, wall clock measures the other processes too).")
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
    worst = max(results, key=lambda r: r["zisite"]["cpu"] / r["plain"]["cpu"])
    worst_cpu = worst["zisite"]["cpu"] / worst["plain"]["cpu"]
    worst_wall = max(r["zisite"]["s"] / r["plain"]["s"] for r in results)
    print(f"Target: zisite overhead <= {TARGET_OVERHEAD}x plain MkDocs: worst {worst_cpu:.2f}x by CPU "
          f"(at {worst['n']} offices{' (example)' if worst['label'] == 'example' else ''}): "
          f"{verdict(worst_cpu <= TARGET_OVERHEAD)}; worst {worst_wall:.2f}x by wall clock: "
          f"{verdict(worst_wall <= TARGET_OVERHEAD)}.")
    big = next((r for r in results if r["label"] != "example" and r["n"] == TARGET_N), None)
    if big:
        print(f"Target: {TARGET_N} offices built in <= {TARGET_N_S:.0f} s: measured {big['zisite']['s']:.2f} s wall "
              f"({verdict(big['zisite']['s'] <= TARGET_N_S)}), {big['zisite']['cpu']:.2f} s CPU "
              f"({verdict(big['zisite']['cpu'] <= TARGET_N_S)}; the build uses one core, so CPU is its wall clock "
              "on an idle machine).")
    else:
        print(f"Target: {TARGET_N} offices built in <= {TARGET_N_S:.0f} s (not measured: add {TARGET_N} to --sizes).")
    synthetic = sorted({r["n"]: r for r in results if r["label"] != "example"}.values(), key=lambda r: r["n"])
    if len(synthetic) >= 2:
        def slope(a, b, key="cpu"):
            return (b["zisite"][key] - a["zisite"][key]) / (b["n"] - a["n"])
        a, b = synthetic[-2], synthetic[-1]
        top = slope(a, b)
        line = (f"Target: linear growth. Per-office slope between the two largest sizes (N={a['n']} -> {b['n']}): "
                f"{top:.3f} CPU s per office (build), {(b['zisite']['bytes'] - a['zisite']['bytes']) / (b['n'] - a['n']) / MIB:.2f} "
                "MiB per office (output)")
        if len(synthetic) >= 3:
            c = synthetic[-3]
            low = slope(c, a)
            ratio = top / low if low > 0 else float("inf")
            line += (f"; previous slope (N={c['n']} -> {a['n']}): {low:.3f} CPU s per office; "
                     f"ratio {ratio:.1f}: {verdict(ratio <= 1.5)} (linear means a ratio near 1).")
        else:
            line += " (add a third size to judge linearity)."
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
