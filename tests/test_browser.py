"""End to end: ``frontline serve`` on 127.0.0.1 driven by a real headless Chromium.

The server is the real command in a child process with its own temporary
``FRONTLINE_HOME``; on its first start it loads the bundled sample report.
Every request the page makes is recorded: the map must draw with none
outside 127.0.0.1 (and data:, blob:, about:).
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import parse_qs, urlparse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
SCREENSHOT = ROOT / "docs" / "screenshot.png"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")

pytestmark = [pytest.mark.browser, pytest.mark.timeout(300)]


def chromium_path() -> str | None:
    """The Chromium to drive: FRONTLINE_CHROMIUM, /usr/bin/chromium, or one on PATH."""
    for candidate in (os.environ.get("FRONTLINE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 90.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"frontline serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not become healthy in {timeout:.0f} s")


def start_server(home: Path, db: Path, *extra: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """Start ``frontline serve --headless --db DB`` on a free port; return the process and its URL."""
    port = free_port()
    env = dict(os.environ, FRONTLINE_HOME=str(home), **(env or {}))
    env.pop("FRONTLINE_DB", None)
    log = open(db.with_suffix(".log"), "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([sys.executable, "-m", "geodata.cli", "serve", "--headless", "--port", str(port),
                             "--db", str(db), *extra], env=env, stdout=log, stderr=subprocess.STDOUT,
                            cwd=db.parent)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
    except Exception:
        stop_server(proc)
        raise
    return proc, url


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium found: apt-get install chromium (or set FRONTLINE_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    home = tmp_path_factory.getbasetemp() / "frontline-home"  # shared: the gazetteer cache is built once
    home.mkdir(exist_ok=True)
    proc, url = start_server(home, tmp_path_factory.mktemp("serve") / "frontline.db")
    yield url
    stop_server(proc)


# --- page helpers (also used by bench/bench_dashboard.py) ------------------------------------------

MAP_STATE_JS = """
() => {
  const m = window.map;
  if (!m || !m._fl || !m._fl.events) return null;
  const ev = m._fl.events;
  let painted = false;
  for (const c of m.getContainer().querySelectorAll('.leaflet-flEvents-pane canvas')) {
    if (!c.width || !c.height) continue;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4 * 3) { if (d[i] !== 0) { painted = true; break; } }
    if (painted) break;
  }
  const n = ev.nShown, ids = [];
  if (n <= 1000) { for (let i = 0; i < ev.D.x.length; i++) { if (ev.shown[i]) ids.push(ev.D.id[i]); } }
  return {n: n, ids: n <= 1000 ? ids : null, painted: painted, views: m._fl.viewCount || 0};
}
"""


def map_frame(page: Any, timeout_s: float = 60.0, *, expect: int | None = None, differs_from: int | None = None,
              what: str = "the map's pins", poll_ms: int = 100):
    """Return (frame, state) of the st_folium map once its pins are painted (checked every ``poll_ms``)."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        for frame in page.frames:
            if frame == page.main_frame:
                continue
            try:
                state = frame.evaluate(MAP_STATE_JS)
            except Exception:  # noqa: BLE001 - frames come and go while Streamlit re-renders
                continue
            last = state and {k: v for k, v in state.items() if k != "ids"}
            if not state or not (state["painted"] or state["n"] == 0):
                continue
            if expect is not None and state["n"] != expect:
                continue
            if differs_from is not None and state["n"] == differs_from:
                continue
            return frame, state
        page.wait_for_timeout(poll_ms)  # (also lets Playwright take in the frames attached meanwhile)
    raise AssertionError(f"{what}: not drawn within {timeout_s:.0f} s (last map state seen: {last})")


def pin_position(page: Any, frame: Any, index: int) -> tuple[float, float]:
    """Page coordinates of pin ``index`` (centre of its circle)."""
    local = frame.evaluate("""(i) => {
        const m = window.map, D = m._fl.events.D;
        const p = m.latLngToContainerPoint([D.y[i], D.x[i]]);
        const r = m.getContainer().getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", index)
    box = frame.frame_element().bounding_box()
    return box["x"] + local[0], box["y"] + local[1]


# --- the tests -----------------------------------------------------------------------------------

def test_sample_pins_draw_offline_click_selects_row_and_date_filter_removes_pins(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, service_workers="block")
    requests: list[str] = []
    context.on("request", lambda req: requests.append(req.url))
    page = context.new_page()
    try:
        page.goto(server, wait_until="domcontentloaded")
        # the first start extracts the sample (and may build the gazetteer cache): allow for it
        frame, state = map_frame(page, 240, what="the sample's pins on first start")
        total = state["n"]
        assert total >= 5, "the bundled sample report gives at least five events"
        outside = [u for u in requests if not u.startswith(LOCAL)]
        assert outside == [], f"requests left the machine: {outside[:5]}"

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.wait_for_timeout(4500)  # let the "sample loaded" toast go before the picture
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=False)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ARTIFACTS / "dashboard.png", SCREENSHOT)

        # Click a pin that sits alone, so the click hits exactly that event.
        index = frame.evaluate("""() => {
            const m = window.map, ev = m._fl.events, D = ev.D, pts = [];
            for (let i = 0; i < D.x.length; i++) pts.push(m.latLngToContainerPoint([D.y[i], D.x[i]]));
            const size = m.getSize();
            for (let i = 0; i < pts.length; i++) {
              const p = pts[i];
              if (!ev.shown[i]) continue;
              if (p.x < 60 || p.y < 60 || p.x > size.x - 200 || p.y > size.y - 60) continue;
              if (pts.every((q, j) => j === i || Math.hypot(q.x - p.x, q.y - p.y) > 14)) return i;
            }
            return -1;
        }""")
        assert index >= 0, "no pin stands alone on the first view"
        event_id = frame.evaluate("(i) => window.map._fl.events.D.id[i]", index)
        assert event_id in state["ids"]
        x, y = pin_position(page, frame, index)
        page.mouse.click(x, y)
        page.get_by_text(f"event id {event_id}", exact=False).first.wait_for(timeout=60_000)
        page.wait_for_function("() => location.search.includes('sel=')", timeout=30_000)
        assert parse_qs(urlparse(page.url).query).get("sel") == [event_id]

        # A date filter from the URL's shared view: June onwards leaves out the May events.
        page.goto(f"{server}/?from=2023-06-01", wait_until="domcontentloaded")
        _, later = map_frame(page, 90, differs_from=total, what="pins after ?from=2023-06-01")
        assert 0 < later["n"] < total
        assert set(later["ids"]) < set(state["ids"])

        # And the slider itself: move its start one step right with the keyboard.
        page.goto(server, wait_until="domcontentloaded")
        frame, _ = map_frame(page, 90, expect=total, what="all pins again")
        frame.evaluate("() => { window.flMounted = 'once'; }")
        thumb = page.locator('[data-testid="stSidebar"] [data-testid="stSlider"] input[type="range"]').first
        for attempt in range(3):
            # (on a loaded machine the key presses can land while Streamlit still re-renders the sidebar and be
            # lost: press again, as a user would, before giving up)
            thumb.focus()
            for _ in range(40):
                thumb.press("ArrowRight")
            try:
                moved_frame, moved = map_frame(page, 30 if attempt < 2 else 90, differs_from=total,
                                               what="pins after moving the date slider")
                break
            except AssertionError:
                if attempt == 2:
                    raise
        assert moved["n"] < total
        # the filter was applied to the mounted map, not by loading a new one
        assert moved_frame.evaluate("() => window.flMounted") == "once"
        outside = [u for u in requests if not u.startswith(LOCAL)]
        assert outside == [], f"requests left the machine: {outside[:5]}"
    finally:
        context.close()


def test_timeline_brush_filters_the_map_and_the_url(browser: Any, server: str) -> None:
    """Dragging across the July bars of the timeline keeps only the events of those days on the map."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, service_workers="block")
    page = context.new_page()
    try:
        page.goto(server, wait_until="domcontentloaded")
        _, state = map_frame(page, 240, what="the sample's pins")
        total = state["n"]
        bars = page.locator('[data-testid="stVegaLiteChart"] svg [aria-label^="day: "]')
        bars.first.wait_for(timeout=60_000)
        bars.first.scroll_into_view_if_needed()
        page.wait_for_timeout(500)  # vega binds its brush handlers after the first paint
        # the bars carry their day in an aria-label: brush from the 3 July bar to the end
        spans = page.evaluate("""() => Array.from(document.querySelectorAll(
            '[data-testid="stVegaLiteChart"] svg [aria-label^="day: "]')).map(e => {
              const r = e.getBoundingClientRect();
              return [e.getAttribute('aria-label').slice(5, 16), r.left, r.right, r.top + r.height / 2];
            })""")
        july = [s for s in spans if s[0].endswith("Jul 2023")]
        assert july and len(july) < len(spans), spans
        x0 = min(s[1] for s in july) - 3
        x1 = max(s[2] for s in july) + 3
        y = max(s[3] for s in spans)
        page.mouse.move(x0, y)
        page.mouse.down()
        for step in range(1, 11):
            page.mouse.move(x0 + (x1 - x0) * step / 10, y)
        page.mouse.up()
        _, brushed = map_frame(page, 90, differs_from=total, what="pins after brushing the timeline")
        assert 0 < brushed["n"] < total
        assert set(brushed["ids"]) < set(state["ids"])
        # the map updates in place as soon as its part of the rerun arrives; the URL is written last
        page.wait_for_function("() => location.search.includes('bfrom=')", timeout=30_000)
        query = parse_qs(urlparse(page.url).query)
        assert query.get("bfrom", [""])[0].startswith("2023-07-0"), page.url
    finally:
        context.close()


def test_a_big_view_draws_the_map_first_then_the_rest_by_itself(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> None:
    """With the map-first threshold at one event, the page sends only the map; the painted map
    signals back and the timeline and table follow with no click."""
    home = tmp_path_factory.getbasetemp() / "frontline-home"
    home.mkdir(exist_ok=True)
    proc, url = start_server(home, tmp_path_factory.mktemp("serve-first") / "frontline.db",
                             env={"FRONTLINE_MAP_FIRST": "1"})
    context = browser.new_context(viewport={"width": 1440, "height": 1000}, service_workers="block")
    page = context.new_page()
    try:
        page.goto(url, wait_until="domcontentloaded")
        frame, state = map_frame(page, 240, what="the sample's pins")
        assert state["n"] >= 5
        page.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=60_000)
        page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=60_000)
        assert page.get_by_text("Show the timeline and table now").count() == 0
        assert frame.evaluate("() => window.map._fl.drawnSent") is True
    finally:
        context.close()
        stop_server(proc)
