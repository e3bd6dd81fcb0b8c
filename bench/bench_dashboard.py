"""Dashboard speed: from page load to pins drawn in headless Chromium, for big stores.

For each size a store is filled with synthetic events (spread over the front
area of Ukraine, over two years, in several reports that never merge),
``frontline serve --headless`` is started on 127.0.0.1, and a fresh Chromium
page is timed from ``goto`` until the map of that many events has painted its
pins.  Then a pan of the map is timed (the page stays responsive).  A store of
10 events in the same process is the baseline of the ratios.

Bars: 10,000 events < 4 s, 100,000 events < 10 s.

Run: ``python -m bench.bench_dashboard`` (``--sizes 10000 100000``).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import Any

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
TYPES = ("Battles", "Explosions/Remote violence", "Strategic developments", "Violence against civilians",
         "Protests", "Riots")
PRECISIONS = ("day", "day", "day", "week", "month")
BARS = {10_000: 4.0, 100_000: 10.0}
REPORTS = 10
SETTLE_S = 15.0
"""Seconds between the server's start and the first page: a first viewer a little after the start."""

_PAN_JS = """
() => new Promise(done => {
  const m = window.map, t0 = performance.now();
  m.panBy([240, 120], {animate: false});
  requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - t0)));
})
"""


def synthetic_extractions(n: int, *, seed: int = 7) -> list[Any]:
    """``n`` synthetic events in ``REPORTS`` reports, as objects ``Store.add_extractions`` takes.

    Each report has its own longitude band (bands 0.15 degrees apart), so the
    store's cross-report deduplication merges nothing and the map shows ``n`` pins.
    """
    from geodata.layers import events_frame, places_frame
    from geodata.reports import report_from_text

    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    out = []
    per = [n // REPORTS + (1 if k < n % REPORTS else 0) for k in range(REPORTS)]
    for k, count in enumerate(per):
        if not count:
            continue
        published = start + dt.timedelta(days=70 * k + 30)
        report = report_from_text(f"Synthetic benchmark report {k} with {count} events.", published,
                                  f"bench-{k}", report_id=f"bench-{n}-{k}")
        west = 32.5 + 0.6 * k
        records = []
        for i in range(count):
            day = start + dt.timedelta(days=rng.randrange(730))
            precision = rng.choice(PRECISIONS)
            span = {"day": 0, "week": 6, "month": 29}[precision]
            lon, lat = round(west + rng.random() * 0.45, 5), round(46.6 + rng.random() * 3.8, 5)
            place = f"Place {k}-{i % 997}"
            sentence = f"Fighting was reported near {place} according to the synthetic wire."
            at = sentence.index(place)
            records.append({
                "id": f"b{n}-{k}-{i}", "report_id": report.id, "source": report.source,
                "published": published.isoformat(), "date": day.isoformat(),
                "date_end": (day + dt.timedelta(days=span)).isoformat(), "date_precision": precision,
                "date_text": "", "event_type": rng.choice(TYPES), "sub_event_type": None,
                "actors": ["Russian forces"], "claimed_by": None, "place": place, "place_mention": place,
                "place_id": None, "country_code": "UA", "admin1": "Donetsk Oblast",
                "location_precision": "exact", "relation": "near", "uncertainty_km": rng.choice((0.5, 3.0, 10.0)),
                "sentence": sentence, "confidence": round(0.3 + 0.7 * rng.random(), 2),
                "mention_start": at, "mention_end": at + len(place), "lon": lon, "lat": lat,
            })
        events = events_frame(records)
        places = places_frame([])
        out.append(SimpleNamespace(report=report, events=events, places=places))
    return out


def fill_store(db: Path, n: int) -> float:
    """Write ``n`` synthetic events into a new store at ``db``; return the seconds it took."""
    from geodata.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        store.add_extractions(synthetic_extractions(n))
        assert store.count_events() == n, store.count_events()
    return time.perf_counter() - t0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(home: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = dict(os.environ, FRONTLINE_HOME=str(home))
    env.pop("FRONTLINE_DB", None)
    proc = subprocess.Popen([sys.executable, "-m", "geodata.cli", "serve", "--headless", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return proc, url
        except OSError:
            time.sleep(0.3)
    _stop(proc)
    raise RuntimeError("frontline serve did not start")


def _stop(proc: subprocess.Popen) -> None:
    from tests.test_browser import stop_server  # the tests' way of stopping the server

    stop_server(proc)


def _time_page(browser: Any, url: str, n: int, timeout_s: float = 120.0) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, service_workers="block")
    page = context.new_page()
    try:
        from tests.test_browser import map_frame  # the tests' "pins painted" check

        t0 = time.perf_counter()
        page.goto(url, wait_until="commit")
        frame, _ = map_frame(page, timeout_s, expect=n, what=f"{n} pins", poll_ms=50)
        drawn = time.perf_counter() - t0
        pans = [frame.evaluate(_PAN_JS) for _ in range(5)]
        return {"drawn_s": drawn, "pan_ms": sorted(pans)[len(pans) // 2]}
    finally:
        context.close()


def run(sizes: tuple[int, ...] = (10_000, 100_000), repeats: int = 2) -> dict:
    """Time page load to pins drawn for a baseline of 10 events and each size; return the numbers."""
    from playwright.sync_api import sync_playwright

    exe = os.environ.get("FRONTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    results: dict[str, Any] = {"machine": f"{os.cpu_count()} cores", "bars_s": {str(k): v for k, v in BARS.items()}}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        try:
            for n in (10, *sizes):
                with tempfile.TemporaryDirectory(prefix="frontline-bench-") as tmp:
                    home = Path(tmp)
                    fill_s = fill_store(home / "frontline.db", n)
                    proc, url = _serve(home)
                    try:
                        time.sleep(SETTLE_S)  # `frontline serve` warms the app up meanwhile
                        runs = [_time_page(browser, url, n) for _ in range(repeats)]
                    finally:
                        _stop(proc)
                best = min(r["drawn_s"] for r in runs)
                key = "baseline" if n == 10 else str(n)
                results[key] = {"events": n, "store_fill_s": round(fill_s, 2),
                                "first_load_s": round(runs[0]["drawn_s"], 2), "best_load_s": round(best, 2),
                                "pan_ms": round(min(r["pan_ms"] for r in runs), 1)}
                if n != 10:
                    results[key]["ratio_to_baseline"] = round(best / results["baseline"]["best_load_s"], 2)
                    results[key]["under_bar"] = best < BARS.get(n, float("inf"))
        finally:
            browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(run(tuple(args.sizes), args.repeats), indent=2))


if __name__ == "__main__":
    main()
