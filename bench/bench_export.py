"""Benchmark the exports: PNG of 10,000 events, offline HTML of 100,000, and the data formats.

* ``png_10k_s``: ``export(events, "png", ...)`` end to end (map build, Chromium
  start, page load, pins drawn, screenshot, manifest); bar < 6 s.
  ``png_10k_ratio`` divides it by a PNG of 100 events in the same run.
* ``html_100k_mb`` (bar < 30 MB), ``html_100k_export_s``, and
  ``html_100k_drawn_s``: the file opened from ``file://`` in headless Chromium
  with the network off, from navigation start to pins painted on the canvas
  (bar < 10 s).
* ``<fmt>_100k_s`` for geojson, csv, gpkg and kml, and the ratio to GeoJSON.

Events come from ``bench.bench_mapview.synthetic_events`` (random points over
the Donbas, realistic text lengths) so both benchmarks measure the same rows.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.bench_mapview import synthetic_events
from geodata import export, snapshot


def _timed(fn, *args, **kwargs) -> tuple[float, object]:
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t0, out


def _drawn_seconds(path: Path, width: int = 1600, height: int = 1000) -> float:
    """Seconds from navigation start to pins painted, for a map page opened from disk offline."""
    blocked: list[str] = []
    with snapshot.browser_page(width, height, blocked=blocked) as page:
        t0 = time.perf_counter()
        page.goto(path.as_uri(), wait_until="load", timeout=120_000)
        snapshot.wait_for_map(page, expect_pins=True, timeout_ms=120_000)
        seconds = time.perf_counter() - t0
    if blocked:
        msg = f"the map page asked for the network: {blocked[:3]}"
        raise RuntimeError(msg)
    return seconds


def run() -> dict:
    """Run the export benchmarks; return named numbers (seconds, MB, ratios)."""
    results: dict[str, float | int] = {}
    ev100 = synthetic_events(100)
    ev10k = synthetic_events(10_000)
    ev100k = synthetic_events(100_000)
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        out = Path(tmp)
        base, _ = _timed(export.export, ev100, "png", out / "base.png")
        png, _ = _timed(export.export, ev10k, "png", out / "map10k.png")
        results.update(png_100_s=round(base, 2), png_10k_s=round(png, 2), png_10k_ratio=round(png / base, 2))

        html_s, path = _timed(export.export, ev100k, "html", out / "map100k.html")
        results["html_100k_export_s"] = round(html_s, 2)
        results["html_100k_mb"] = round(path.stat().st_size / 1e6, 1)
        results["html_100k_drawn_s"] = round(_drawn_seconds(path), 2)

        for fmt in ("geojson", "csv", "gpkg", "kml"):
            seconds, path = _timed(export.export, ev100k, fmt, out / f"ev100k.{fmt}")
            results[f"{fmt}_100k_s"] = round(seconds, 2)
            results[f"{fmt}_100k_mb"] = round(path.stat().st_size / 1e6, 1)
        for fmt in ("csv", "gpkg", "kml"):
            results[f"{fmt}_100k_ratio_to_geojson"] = round(results[f"{fmt}_100k_s"] / results["geojson_100k_s"], 2)
    return results


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
