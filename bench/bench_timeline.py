"""Benchmark of date finding and spatial modifiers.

* ``find_dates`` throughput on the sample report repeated to ~2 MB, against the
  baseline of the same patterns tried at every position in one alternation
  (``timeline._scan_all``), in the same process on the same text;
* the worst hostile input found ("9-9-9-...", every token a number to try);
* ``find_modifier`` rate over the gold mentions of the sample report.
"""
from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from geodata import spatial, timeline

_SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "ukraine-2023-07-10.txt"
_PUB = dt.date(2023, 7, 10)


def _best(fn, repeat: int = 3) -> float:
    """Best wall-clock seconds of ``repeat`` runs (the machine is shared and noisy)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _reference(text: str) -> list[timeline.DateSpan]:
    spans = (timeline._resolve_match(text, kind, m, _PUB) for kind, m in timeline._scan_all(text))
    return [s for s in spans if s is not None]


def run() -> dict:
    """Return named measurements (KB/s, ratios, mentions/s)."""
    sample = _SAMPLE.read_text(encoding="utf-8")
    text = sample * (2_000_000 // len(sample))
    mb = len(text.encode("utf-8")) / 1e6
    fast = _best(lambda: timeline.find_dates(text, _PUB))
    slow = _best(lambda: _reference(text), repeat=1)
    assert timeline.find_dates(text, _PUB) == _reference(text)
    hostile = "9-" * 250_000
    hostile_s = _best(lambda: timeline.find_dates(hostile, _PUB), repeat=1)

    mentions = []
    for line in sample.splitlines():
        for name in ("Bakhmut", "Liman", "Klishchevka", "Sumy region", "Crimea", "Rostov", "Kaluga", "Belgorod",
                     "Vilnius", "Donetsk region"):
            mentions.extend((line, m.start(), m.end()) for m in re.finditer(re.escape(name), line))
    rounds = 200

    def modifiers() -> None:
        for _ in range(rounds):
            for line, start, end in mentions:
                spatial.find_modifier(line, start, end)

    modifier_s = _best(modifiers)
    return {
        "find_dates_kb_per_s": round(mb * 1000 / fast, 1),
        "full_alternation_kb_per_s": round(mb * 1000 / slow, 1),
        "speedup_vs_full_alternation": round(slow / fast, 1),
        "dates_per_mb": round(len(timeline.find_dates(text, _PUB)) / mb),
        "hostile_digit_dash_s_per_mb": round(hostile_s / (len(hostile) / 1e6), 2),
        "find_modifier_per_s": round(rounds * len(mentions) / modifier_s),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
