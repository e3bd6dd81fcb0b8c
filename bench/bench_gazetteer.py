"""Gazetteer speed: cache load, look-up, and a cold ``frontline geocode`` against ``import pandas``.

Bars (issue 3): load < 1 s and < 400 MB resident; a look-up < 1 ms; one CLI
geocode call <= 4x the time of ``python -c "import pandas"`` on the same machine.
Run with ``python -m bench.bench_gazetteer``.
"""
from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

QUERIES = ["Klishchevka", "Kleshcheevka", "Liman", "Artemivsk", "Kiev", "Zaporozhye", "Dnepropetrovsk",
           "Robotyne", "Sumy", "Vilnius", "Urozhaine", "Kurdiumivka", "Ivanivske", "Bakhmut",
           "Sumy region", "Donetsk region", "Crimea", "Kupyansk", "Avdiivka", "Novomaiorske"]

_LOAD_SNIPPET = """
import json, resource, time
t = time.perf_counter()
from geodata.gazetteer import Gazetteer
g = Gazetteer.load()
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "places": len(g)}))
"""


def _timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - t


def _frontline() -> list[str]:
    script = Path(sys.executable).with_name("frontline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "geodata.cli"]


def run(repeats: int = 3) -> dict:
    """Measure the gazetteer; build its cache first when missing (that time is reported too)."""
    from geodata import gazetteer

    t = time.perf_counter()
    g = gazetteer.Gazetteer.load()
    first_load = time.perf_counter() - t
    built = g.meta.get("build_seconds") if first_load > 5 else None

    loads = [json.loads(subprocess.run([sys.executable, "-c", _LOAD_SNIPPET], check=True, capture_output=True,
                                       text=True, timeout=300).stdout) for _ in range(repeats)]

    for q in QUERIES:  # warm the per-process caches once, as a long-running process would
        g.lookup(q)
    n = 0
    t = time.perf_counter()
    for _ in range(50):
        for q in QUERIES:
            g.lookup(q)
            n += 1
    lookup_ms = (time.perf_counter() - t) / n * 1000
    t = time.perf_counter()
    for _ in range(50):
        for q in QUERIES:
            g.has_name(q)
    has_name_us = (time.perf_counter() - t) / (50 * len(QUERIES)) * 1e6
    t = time.perf_counter()
    g.lookup("Robotynne")  # a typo the spelling keys absorb: no fuzzy scan
    typo_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    g.lookup("Xqzwvtkplm")  # no match at all: the last-resort fuzzy scan, first call loads its index
    fuzzy_ms = (time.perf_counter() - t) * 1000

    pandas_s = statistics.median(_timed([sys.executable, "-c", "import pandas"]) for _ in range(repeats))
    geocode_s = statistics.median(_timed([*_frontline(), "geocode", "Klishchevka"]) for _ in range(repeats))
    return {
        "cold_build_s": built,
        "load_s": round(statistics.median(x["seconds"] for x in loads), 3),
        "load_rss_mb": round(max(x["rss_mb"] for x in loads), 1),
        "places": loads[0]["places"],
        "lookup_ms": round(lookup_ms, 3),
        "has_name_us": round(has_name_us, 2),
        "typo_lookup_ms": round(typo_ms, 2),
        "fuzzy_miss_first_ms": round(fuzzy_ms, 1),
        "import_pandas_s": round(pandas_s, 3),
        "cli_geocode_s": round(geocode_s, 3),
        "cli_vs_pandas_ratio": round(geocode_s / pandas_s, 2),
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
