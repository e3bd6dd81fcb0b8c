"""Headless Chromium for map snapshots: find the browser, load a page offline, take a PNG.

The PNG export draws the very HTML map the dashboard shows, in Debian's
Chromium driven by Playwright.  Every request that is not ``file:``, ``data:``,
``blob:`` or ``about:`` is aborted, so a snapshot can never reach the network.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geodata.errors import ExportError

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-dev-shm-usage",
)
"""Flags for a quiet, sandbox-free, offline headless Chromium."""

_CANDIDATES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_LOCAL_SCHEMES: tuple[str, ...] = ("file:", "data:", "blob:", "about:")

INSTALL_HINT = ("install Chromium (Debian/Ubuntu: apt-get install chromium; or: playwright install chromium) "
                "or set FRONTLINE_CHROMIUM=/path/to/chromium")

# True once pins (DOM markers, vector paths or painted canvas pixels) are on the map.
_PINS_DRAWN_JS = """
() => {
  if (window.frontlineMapReady === true) return true;
  const root = document.querySelector('.leaflet-container');
  if (!root) return false;
  if (root.querySelectorAll('.leaflet-marker-icon, .marker-cluster, path.leaflet-interactive').length > 0) return true;
  // dashboard.mapview paints events on a canvas in its own pane; other maps use the standard panes.
  const own = root.querySelectorAll('.leaflet-flEvents-pane canvas');
  const canvases = own.length ? own : root.querySelectorAll('.leaflet-overlay-pane canvas, .leaflet-marker-pane canvas');
  for (const c of canvases) {
    if (!c.width || !c.height) continue;
    const ctx = c.getContext('2d');
    if (!ctx) continue;
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4 * 7) { if (d[i] !== 0) return true; }
  }
  return false;
}
"""

_MAP_READY_JS = """
() => {
  const root = document.querySelector('.leaflet-container');
  return !!root && document.readyState === 'complete';
}
"""


def find_chromium() -> str:
    """Return the path of a Chromium executable, or raise ExportError saying how to install one.

    ``FRONTLINE_CHROMIUM`` wins; then Chromium/Chrome on ``PATH``; then a
    browser downloaded by ``playwright install chromium``.
    """
    env = os.environ.get("FRONTLINE_CHROMIUM")
    if env:
        path = shutil.which(env) or (env if Path(env).is_file() else None)
        if path and os.access(path, os.X_OK):
            return path
        msg = f"FRONTLINE_CHROMIUM={env} is not an executable browser; point it at chromium or unset it"
        raise ExportError(msg)
    for name in _CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    bundled = _playwright_chromium()
    if bundled:
        return bundled
    msg = f"no Chromium browser found for the PNG export: {INSTALL_HINT}"
    raise ExportError(msg)


def _playwright_chromium() -> str | None:
    """Return Playwright's own downloaded Chromium if there is one."""
    try:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as pw:
            path = pw.chromium.executable_path
    except Exception:  # noqa: BLE001 - any failure just means "not installed"
        return None
    return path if path and Path(path).is_file() else None


@contextlib.contextmanager
def browser_page(width: int = 1600, height: int = 1000, *,
                 blocked: list[str] | None = None) -> Iterator[Any]:
    """Yield a Playwright page of ``width`` x ``height`` CSS pixels with the network off.

    Requests to anything but local schemes are aborted and their URLs appended
    to ``blocked`` (when given), so callers can prove a page stayed offline.
    """
    executable = find_chromium()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS),
                                         headless=True)
            try:
                context = browser.new_context(viewport={"width": width, "height": height},
                                              device_scale_factor=1, offline=True,
                                              service_workers="block")

                def _guard(route: Any) -> None:
                    url = route.request.url
                    if url.startswith(_LOCAL_SCHEMES):
                        route.continue_()
                    else:
                        if blocked is not None:
                            blocked.append(url)
                        route.abort()

                context.route("**/*", _guard)
                yield context.new_page()
            finally:
                browser.close()
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        msg = f"headless Chromium ({executable}) failed: {first}; check the browser or set FRONTLINE_CHROMIUM"
        raise ExportError(msg) from None


def wait_for_map(page: Any, *, expect_pins: bool, timeout_ms: int = 30_000) -> None:
    """Wait until the Leaflet map is on the page and, when ``expect_pins``, its pins are drawn."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(_MAP_READY_JS, timeout=timeout_ms)
        if expect_pins:
            page.wait_for_function(_PINS_DRAWN_JS, timeout=timeout_ms, polling=100)
        # Two animation frames so the last canvas paint reaches the screen.
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    except PlaywrightTimeout:
        what = "pins" if expect_pins else "map"
        msg = f"the {what} did not appear in headless Chromium within {timeout_ms / 1000:.0f} s; try fewer events or a larger --min-confidence"
        raise ExportError(msg) from None


def pins_drawn(page: Any) -> bool:
    """Return True when the map on ``page`` shows at least one pin."""
    return bool(page.evaluate(_PINS_DRAWN_JS))


def render_png(html: str, width: int, height: int, *, expect_pins: bool) -> bytes:
    """Load a self-contained map ``html`` from a temporary file and return a PNG screenshot of it."""
    with tempfile.TemporaryDirectory(prefix="frontline-snapshot-") as tmp:
        page_path = Path(tmp) / "map.html"
        page_path.write_text(html, encoding="utf-8")
        with browser_page(width, height) as page:
            page.goto(page_path.as_uri(), wait_until="load", timeout=60_000)
            wait_for_map(page, expect_pins=expect_pins)
            return page.screenshot(type="png", full_page=False, animations="disabled")
