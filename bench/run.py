"""Benchmark runner: imports each ``bench/bench_<name>.py``, calls its ``run()`` and reports.

Each ``run()`` returns a flat dict of named numbers.  Results are printed as a
Markdown table (for the README) and written to ``bench/results/<name>.json``
together with a description of the machine, since figures only mean something
next to the machine that produced them.
"""
from __future__ import annotations

import datetime as dt
import importlib
import json
import os
import platform
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> dict[str, object]:
    """Describe this machine: CPU model, cores, memory, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = None
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem_gib = round(pages / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": mem_gib,
            "python": platform.python_version(), "system": platform.platform()}


def available() -> list[str]:
    """Names of the benchmarks in this folder."""
    return sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))


def main(names: list[str]) -> int:
    """Run the named benchmarks (all when none given); return a process exit code."""
    names = names or available()
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    info = machine()
    print(f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB, Python {info['python']}")
    failed = 0
    for name in names:
        try:
            module = importlib.import_module(f"bench.bench_{name}")
            result = module.run()
        except Exception:  # a benchmark failing must not hide the others
            traceback.print_exc()
            failed += 1
            continue
        record = {"benchmark": name, "date": dt.date.today().isoformat(), "machine": info, "result": result}
        (out_dir / f"{name}.json").write_text(json.dumps(record, indent=2, default=str))
        print(f"\n### {name}\n\n| measure | value |\n|---|---|")
        for key, value in result.items():
            shown = f"{value:.4g}" if isinstance(value, float) else value
            print(f"| {key} | {shown} |")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
