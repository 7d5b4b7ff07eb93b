"""How `zisite check` scales with the number of offices (synthetic "contoh" projects).

    .venv/bin/python benchmarks/check_scale.py [--sizes 1,10,100,550] [--repeat 3] [--profile 100]

For each size N a synthetic project with N offices (one plan each, see synthetic.py) is written
once to a temporary folder; then `zisite check <root>` is timed as a subprocess (wall clock,
including interpreter start-up and imports) and `zisite.load.load_project(root)` in-process.
Medians of --repeat runs are printed as a Markdown table. Measured and printed only: nothing is
asserted, the target is reported as met / NOT met.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import REPO, make_project, parse_sizes, run, timed, tool, verdict  # noqa: E402

from zisite.load import load_project  # noqa: E402

TARGET_N = 550
TARGET_S = 5.0


def child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(n: int, repeat: int, workdir: Path) -> dict:
    root = make_project(workdir / f"contoh-{n}", n)
    zisite = tool("zisite")

    cpu_before = child_cpu()
    check_s, _ = timed(lambda: run([zisite, "check", str(root)]), repeat)
    check_cpu = (child_cpu() - cpu_before) / repeat

    project = load_project(root)  # warm-up: imports, file cache
    if not project.ok or len(project.offices) != n:
        raise RuntimeError(f"synthetic project with {n} offices did not load cleanly")
    load_s, _ = timed(lambda: load_project(root), repeat)
    rows = sum(e.plan.counts()["baris"] for e in project.plans)
    return {"n": n, "plans": len(project.plans), "rows": rows, "check": check_s,
            "check_cpu": check_cpu, "load": load_s}


def profile(n: int, workdir: Path, top: int = 8) -> str:
    """cProfile of the check (load_project is all the CLI does) at size n: top generator functions."""
    root = make_project(workdir / f"contoh-profile-{n}", n)
    profiler = cProfile.Profile()
    profiler.enable()
    load_project(root)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative")
    generator = str(REPO / "generator" / "zisite")
    rows = sorted(((func, st) for func, st in stats.stats.items() if func[0].startswith(generator)),
                  key=lambda item: item[1][3], reverse=True)
    total = stats.total_tt
    lines = [f"cProfile of load_project at N={n} (what `zisite check` runs), profiled total {total:.2f} s;",
             f"top {top} cumulative hotspots in generator/zisite (load_project itself excluded):", ""]
    lines.append("| function | calls | cumulative (s) | share |")
    lines.append("|---|---:|---:|---:|")
    shown = 0
    for (path, line, name), (cc, nc, tt, ct, callers) in rows:
        if name == "load_project":
            continue
        rel = os.path.relpath(path, REPO)
        lines.append(f"| `{rel}:{line}` {name} | {nc} | {ct:.2f} | {ct / total:.0%} |")
        shown += 1
        if shown == top:
            break
    own = sum(st[2] for (path, _, _), st in stats.stats.items()
              if "site-packages" in path and f"{os.sep}yaml{os.sep}" in path)
    lines.append("")
    lines.append(f"Own time inside PyYAML's Python modules (site-packages/yaml/*.py, not libyaml's C code): "
                 f"{own:.2f} s ({own / total:.0%} of the profiled total).")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,100,550", help="comma-separated office counts (default 1,10,100,550)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is reported (default 3)")
    parser.add_argument("--profile", type=int, metavar="N", default=None,
                        help="also print a cProfile summary of the check at N offices (e.g. 100)")
    args = parser.parse_args(argv)
    sizes = parse_sizes(args.sizes)
    repeat = max(1, args.repeat)

    print(f"# zisite check scaling (synthetic contoh offices, median of {repeat} runs, "
          f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]})", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="zisite-bench-check-") as tmp:
        for n in sizes:
            print(f"  measuring N={n} ...", file=sys.stderr, flush=True)
            results.append(measure(n, repeat, Path(tmp)))
        print()
        print("| offices | plans | rows | check (s, subprocess) | load_project (s) | ms per office |")
        print("|---:|---:|---:|---:|---:|---:|")
        for r in results:
            print(f"| {r['n']} | {r['plans']} | {r['rows']} | {r['check']:.2f} | {r['load']:.2f} "
                  f"| {1000 * r['load'] / r['n']:.1f} |")
        print()
        print("ms per office = load_project time / offices (no interpreter start-up). "
              "Child CPU time of the check subprocess (user+sys, mean): "
              + ", ".join(f"N={r['n']}: {r['check_cpu']:.2f} s" for r in results) + ".")
        startup = min(results, key=lambda r: r["n"])
        print(f"Fixed cost (check minus load_project at N={startup['n']}): "
              f"{startup['check'] - startup['load']:.2f} s (interpreter start-up and imports).")
        if len(results) >= 2:
            a, b = sorted(results, key=lambda r: r["n"])[-2:]
            if b["n"] != a["n"]:
                print(f"Slope between N={a['n']} and N={b['n']}: "
                      f"{1000 * (b['check'] - a['check']) / (b['n'] - a['n']):.1f} ms per extra office (check).")
        target = next((r for r in results if r["n"] == TARGET_N), None)
        if target:
            print(f"Target: {TARGET_N} offices checked in <= {TARGET_S:.0f} s: measured {target['check']:.2f} s: "
                  f"{verdict(target['check'] <= TARGET_S)}.")
        else:
            print(f"Target: {TARGET_N} offices checked in <= {TARGET_S:.0f} s (not measured: add {TARGET_N} to --sizes).")
        if args.profile:
            print(f"  profiling N={args.profile} ...", file=sys.stderr, flush=True)
            print()
            print(profile(args.profile, Path(tmp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
