"""How long `zisite impor` takes for a 70-row plan table in each format (target: < 2 s on 2 cores).

The table is the Sigi seed (65 rows) with five rows added to its last aksi, rendered in Sigi's
layout by tests/imporkit.py (the renderer the tests use), then imported in-process with
`zisite impor --periksa` (reading, roles, tree, report; no file written). Reports the median of
--repeat runs per format, wall clock and CPU time (on a machine shared with other work the CPU
time is what an idle core would take). Prints a Markdown table; never fails.

    .venv/bin/python benchmarks/impor_table.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import imporkit  # noqa: E402
from zisite.cli import main  # noqa: E402

TARGET = 2.0


def seventy_rows() -> dict:
    plan = yaml.safe_load((ROOT / "plans" / "sigi" / "2026.yaml").read_text(encoding="utf-8"))
    plan = copy.deepcopy(plan)
    last = plan["bagian"][-1]["kelompok"][-1]["aksi"][-1]["baris"]
    for i in range(5):
        extra = copy.deepcopy(last[-1])
        extra["uraian"] = f"{extra['uraian']} (tambahan {i + 1})"
        last.append(extra)
    return plan


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = seventy_rows()
    rows = sum(len(a["baris"]) for b in plan["bagian"] for k in b["kelompok"] for a in k["aksi"])
    print(f"| format | rows | median wall (s) | median CPU (s) | target < {TARGET:g} s |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for kind, writer in imporkit.WRITERS.items():
            source = writer(plan, Path(folder) / f"rencana.{kind}")
            times, cpu = [], []
            for _ in range(args.repeat):
                start, start_cpu = time.perf_counter(), time.process_time()
                with contextlib.redirect_stdout(io.StringIO()) as out:
                    code = main(["impor", str(source), "--kantor", "sigi", "--tahun", "2026", "--periksa"])
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
                assert code == 0 and f"{rows} baris" in out.getvalue(), out.getvalue()
            median = statistics.median(times)
            print(f"| {kind} | {rows} | {median:.2f} | {statistics.median(cpu):.2f} | "
                  f"{'ya' if median < TARGET else 'TIDAK'} |", flush=True)


if __name__ == "__main__":
    main_()
