"""Concurrent viewers: how many dashboard pages one ``frontline serve`` process serves at once.

A store of synthetic events (``bench_dashboard.fill_store``) is served by one
``frontline serve --headless`` on 127.0.0.1.  For N = 1, 2, 4, 8, ... viewers,
N headless Chromium pages (each its own browser context, hence its own
Streamlit session) are opened together, and each page's page-ready time is
taken from ``goto`` until its map has painted all of its pins.  The time is
stamped inside the page (``Date.now()`` when the pins are on the canvas, sent
through a Playwright binding), so polling many pages does not blur it.  The
answer is the largest N whose slowest page (and that of every smaller N) is
ready in under 5 s, best of ``repeats`` tries per N; the slowest page for each
N is also given as a ratio to one viewer alone.

The browser runs on the same machine as the server and shares its cores, so
that figure is a lower bound for viewers on their own computers.  The server's
own share is measured too: its CPU seconds per page load (Linux ``/proc``),
and from it the number of page loads one server process (one core, since
Streamlit sessions share one Python interpreter) can do within 5 s.

Run: ``python -m bench.bench_viewers`` (``--events 10000``, ``--viewers 1 2 4 8``).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.bench_dashboard import CHROMIUM_ARGS, _serve, _stop, fill_store

BAR_S = 5.0
VIEWERS = (1, 2, 4, 8, 12, 16)
TIMEOUT_S = 60.0
STOP_S = 30.0
"""Levels stop once the slowest page needs this long (the curve is clear by then)."""

# Runs in every frame; the map's frame reports once its n pins are painted.
_READY_JS = """
(() => {
  const expect = %d;
  const tick = setInterval(() => {
    const m = window.map;
    if (!m || !m._fl || !m._fl.events || m._fl.events.nShown !== expect) return;
    for (const c of m.getContainer().querySelectorAll('.leaflet-flEvents-pane canvas')) {
      if (!c.width || !c.height) continue;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4 * 5) {
        if (d[i] !== 0) { clearInterval(tick); window.flReady(Date.now()); return; }
      }
    }
  }, 25);
})();
"""


def _cpu_s(pid: int) -> float | None:
    """CPU seconds used so far by process ``pid`` and its descendants (Linux), or None."""
    try:
        hz = os.sysconf("SC_CLK_TCK")
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total = (int(fields[11]) + int(fields[12])) / hz
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _cpu_s(int(child)) or 0.0
    except (OSError, ValueError, IndexError):
        return None
    return total


def _open_viewers(browser: Any, url: str, n_viewers: int, n_events: int) -> list[float | None]:
    """Open ``n_viewers`` pages at once; return each page's seconds to pins drawn (None: timed out)."""
    ready: dict[int, float] = {}
    contexts, starts = [], []
    try:
        for k in range(n_viewers):
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
            context.expose_binding("flReady", lambda _src, ms, k=k: ready.setdefault(k, ms / 1000))
            context.add_init_script(_READY_JS % n_events)
            contexts.append(context)
        pages = [c.new_page() for c in contexts]
        for page in pages:  # navigation starts for every page before any is waited for
            starts.append(time.time())
            page.goto(url, wait_until="commit")
        deadline = time.monotonic() + TIMEOUT_S
        while len(ready) < n_viewers and time.monotonic() < deadline:
            pages[0].wait_for_timeout(100)  # lets Playwright deliver the bindings' calls
        return [ready[k] - starts[k] if k in ready else None for k in range(n_viewers)]
    finally:
        for context in contexts:
            context.close()


def _best_try(browser: Any, url: str, n: int, events: int, repeats: int, pid: int) -> tuple[list, float | None]:
    """Page-ready times of the try whose slowest page was fastest, and the server CPU s per page."""
    tries, cpu = [], []
    for _ in range(repeats):
        before = _cpu_s(pid)
        times = _open_viewers(browser, url, n, events)
        after = _cpu_s(pid)
        if before is not None and after is not None:
            cpu.append((after - before) / n)
        tries.append(times)
    best = min(tries, key=lambda ts: max((t if t is not None else float("inf")) for t in ts))
    return best, (min(cpu) if cpu else None)


def run(events: int = 1_000, viewers: tuple[int, ...] = VIEWERS, repeats: int = 2) -> dict:
    """Time page-ready for growing numbers of simultaneous viewers; return the numbers (flat)."""
    from playwright.sync_api import sync_playwright

    exe = os.environ.get("FRONTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    results: dict[str, Any] = {
        "events": events, "bar_s": BAR_S, "cores": os.cpu_count(),
        "note": f"server and all Chromium pages share these {os.cpu_count()} cores",
        "load_avg_1min_at_start": round(os.getloadavg()[0], 2),
    }
    best = 0
    with tempfile.TemporaryDirectory(prefix="frontline-viewers-") as tmp, sync_playwright() as pw:
        home = Path(tmp)
        results["store_fill_s"] = round(fill_store(home / "frontline.db", events), 2)
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        proc, url = _serve(home)
        try:
            first = _open_viewers(browser, url, 1, events)[0]  # cold: the server imports and caches
            results["cold_first_page_s"] = round(first, 2) if first is not None else None
            single, server_cpu, previous = None, [], 0
            for n in viewers:
                times, cpu = _best_try(browser, url, n, events, repeats, proc.pid)
                if cpu is not None:
                    server_cpu.append(cpu)
                done = [t for t in times if t is not None]
                slowest = max(done) if len(done) == n else None
                single = single or slowest
                results[f"n{n}_slowest_s"] = round(slowest, 2) if slowest is not None else None
                results[f"n{n}_median_s"] = round(statistics.median(done), 2) if done else None
                if slowest is not None and single:
                    results[f"n{n}_ratio_to_one"] = round(slowest / single, 2)
                if slowest is None or slowest >= STOP_S:
                    break  # a timed-out or very slow level: more viewers only take longer
                if slowest < BAR_S and best == previous:
                    best = n
                previous = n
        finally:
            _stop(proc)
            browser.close()
    results["max_viewers_under_bar"] = best
    if server_cpu:
        per_page = min(server_cpu)
        results["server_cpu_s_per_page"] = round(per_page, 3)
        results["server_only_pages_in_bar"] = int(BAR_S // per_page)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000)
    parser.add_argument("--viewers", type=int, nargs="+", default=list(VIEWERS))
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(json.dumps(run(args.events, tuple(args.viewers), args.repeats), indent=2))


if __name__ == "__main__":
    main()
