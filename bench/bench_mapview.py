"""Benchmark the offline event map: build time, HTML size and time to pins drawn in Chromium.

Synthetic events (random points over the Donbas, realistic text lengths) at
10,000 and 100,000; each map is written with ``to_html`` and opened from a
``file://`` URL in headless Chromium with every non-local request aborted.
``load_to_drawn_s`` runs from navigation start to two animation frames after
the event layer is on the map (Leaflet's canvas draws in the next frame);
``*_ratio`` divides by the same figure for an empty map in the same run.
Bars: 10k drawn < 4 s, 100k drawn < 10 s, 100k HTML < 30 MB.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

import geopandas as gpd

from dashboard.mapview import build_map, to_html
from geodata.layers import EVENT_FIELDS

SIZES = (10_000, 100_000)
CHROMIUM = os.environ.get("FRONTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
_TYPES = ("Battles", "Explosions/Remote violence", "Strategic developments",
          "Violence against civilians", "Protests")
_PLACES = ("Bakhmut", "Klishchiivka", "Lyman", "Avdiivka", "Marinka", "Vuhledar", "Siversk",
           "Kreminna", "Soledar", "Toretsk", "Pokrovsk", "Chasiv Yar", "Kurakhove", "Opytne")
_WORDS = ("forces", "shelling", "reported", "near", "village", "artillery", "drone", "attack",
          "defence", "ministry", "positions", "advance", "repelled", "heavy", "fighting", "region")


def synthetic_events(n: int, seed: int = 7) -> gpd.GeoDataFrame:
    """Return ``n`` random events over the Donbas with contract columns and realistic text."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    rows = []
    for i in range(n):
        place = rng.choice(_PLACES)
        words = [rng.choice(_WORDS) for _ in range(rng.randint(14, 24))]
        cut = rng.randint(2, len(words) - 2)
        sentence = " ".join(words[:cut]) + f" {place} " + " ".join(words[cut:]) + "."
        ms = len(" ".join(words[:cut])) + 1
        d0 = start + dt.timedelta(days=rng.randrange(730))
        prec = rng.choice(("day", "day", "day", "week", "month"))
        d1 = d0 + dt.timedelta(days={"day": 0, "week": 6, "month": 30}[prec])
        report = rng.randrange(max(1, n // 20))
        rows.append({
            "id": f"ev-{i:07d}-{rng.getrandbits(24):06x}", "report_id": f"r{report}",
            "source": f"Source {report % 40}", "published": d1.isoformat(),
            "date": d0.isoformat(), "date_end": d1.isoformat(), "date_precision": prec,
            "date_text": "", "event_type": rng.choice(_TYPES), "sub_event_type": "Armed clash",
            "actors": ["Russian forces", "Ukrainian forces"], "claimed_by": rng.choice(("", "Russian MoD", "General Staff")),
            "place": place, "place_mention": place, "place_id": f"gn:{rng.randrange(10**6)}",
            "country_code": "UA", "admin1": "Donetsk Oblast", "location_precision": "near",
            "relation": "near", "uncertainty_km": rng.choice((0.5, 1.0, 3.0, 8.0)),
            "sentence": sentence, "confidence": round(rng.random(), 2),
            "mention_start": ms, "mention_end": ms + len(place),
            "url": f"https://example.org/reports/{report}",
        })
    lon = [rng.uniform(36.5, 39.5) for _ in range(n)]
    lat = [rng.uniform(47.0, 49.5) for _ in range(n)]
    columns = list(EVENT_FIELDS) + ["mention_start", "mention_end", "url"]
    return gpd.GeoDataFrame(rows, columns=columns, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")


_READY_JS = """() => { const d = document.querySelector('.folium-map'); const m = d && window[d.id];
    return !!(m && m._fl && m._fl.events && m.hasLayer(m._fl.events.group)); }"""
_DRAWN_JS = """() => new Promise(res => requestAnimationFrame(() => requestAnimationFrame(() => {
    const m = window[document.querySelector('.folium-map').id];
    res({t: performance.now(), pins: m._fl.events.markers.filter(x => m.hasLayer(x)).length,
         timing: m._fl.events.timing});
})))"""
_PAN_JS = """() => new Promise(res => { const m = window[document.querySelector('.folium-map').id];
    const t0 = performance.now(); m.panBy([200, 120], {animate: false});
    requestAnimationFrame(() => requestAnimationFrame(() => res(performance.now() - t0))); })"""


def _draw_time(browser, path: Path) -> dict[str, float]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    blocked: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri(), timeout=120_000)
    page.wait_for_function(_READY_JS, timeout=120_000, polling=50)
    drawn = page.evaluate(_DRAWN_JS)
    pan_ms = page.evaluate(_PAN_JS)
    page.close()
    if blocked:
        msg = f"the map asked the network for {blocked[:3]}"
        raise RuntimeError(msg)
    timing = drawn["timing"]
    return {"load_to_drawn_s": drawn["t"] / 1000, "pins": drawn["pins"], "pan_redraw_ms": pan_ms,
            "parse_s": timing["start"] / 1000, "create_s": (timing["created"] - timing["start"]) / 1000,
            "add_s": (timing["added"] - timing["created"]) / 1000,
            "paint_s": (drawn["t"] - timing["added"]) / 1000}


def run() -> dict[str, float]:
    """Build, write and draw maps of 0, 10k and 100k events; return the named figures."""
    from playwright.sync_api import sync_playwright

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        paths = {}
        for n in (0, *SIZES):
            events = synthetic_events(n)
            t0 = time.perf_counter()
            m = build_map(events, title=f"{n} events", time_slider=True)
            t1 = time.perf_counter()
            page = to_html(m)
            t2 = time.perf_counter()
            path = Path(tmp) / f"map_{n}.html"
            path.write_text(page, encoding="utf-8")
            paths[n] = path
            if n:
                out[f"build_map_{n}_s"] = round(t1 - t0, 3)
                out[f"to_html_{n}_s"] = round(t2 - t1, 3)
                out[f"html_{n}_mb"] = round(path.stat().st_size / 1e6, 2)
        if not Path(CHROMIUM).exists():
            out["browser"] = 0.0
            return out
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            base = _draw_time(browser, paths[0])["load_to_drawn_s"]
            out["empty_map_drawn_s"] = round(base, 3)
            for n in SIZES:
                res = _draw_time(browser, paths[n])
                if res["pins"] != n:
                    msg = f"{res['pins']} of {n} pins drawn"
                    raise RuntimeError(msg)
                out[f"load_to_drawn_{n}_s"] = round(res["load_to_drawn_s"], 3)
                out[f"load_to_drawn_{n}_ratio"] = round(res["load_to_drawn_s"] / base, 2)
                out[f"pan_redraw_{n}_ms"] = round(res["pan_redraw_ms"], 1)
                for part in ("parse", "create", "add", "paint"):  # where the load time goes
                    out[f"{part}_{n}_s"] = round(res[f"{part}_s"], 3)
            browser.close()
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
