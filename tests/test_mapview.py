"""Tests for dashboard.mapview: the offline folium map shared by the dashboard and the exports."""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from shapely.geometry import box, shape
from shapely.ops import unary_union

from dashboard import mapview
from dashboard.mapview import build_map, clicked_event_id, date_label, to_html
from geodata.errors import InputError
from geodata.layers import events_frame, places_frame

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "ukraine-2023-07-10.txt"
GOLD = SHARED / "samples" / "ukraine-2023-07-10.gold.json"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("FRONTLINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = '<script>alert(1)</script> "><img src=x onerror="window.__xss=1">'


def _gold_records() -> list[dict]:
    """Events of the hand-made gold for the sample report, with the report's own sentences."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    sentences = [s.strip() for s in SAMPLE.read_text(encoding="utf-8").splitlines() if s.strip()]
    places = {p["name"]: p for p in gold["places"]}
    records = []
    for n, ev in enumerate(gold["events"]):
        place = places[ev["place"]]
        mention, sentence = next(
            (m, s) for m in place["mentions"] for s in sentences if m in s)
        start = sentence.index(mention)
        records.append({
            "id": f"sample-{n}", "report_id": "ukraine-2023-07-10", "source": "sample report",
            "published": gold["published"], "date": ev["date"], "date_end": ev["date_end"],
            "date_precision": ev["precision"], "event_type": ev["event_type"],
            "place": place["name"], "place_mention": mention, "country_code": place["country_code"],
            "admin1": place.get("admin1"), "uncertainty_km": place["tolerance_km"],
            "sentence": sentence, "mention_start": start, "mention_end": start + len(mention),
            "confidence": 0.8, "actors": ["Russian forces", "Ukrainian forces"],
            "url": "https://example.org/reports/ukraine-2023-07-10",
            "lon": place["lon"], "lat": place["lat"],
        })
    return records


@pytest.fixture(scope="module")
def gold_events():
    return events_frame(_gold_records())


@pytest.fixture(scope="module")
def gold_places():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    return places_frame([{"place_id": f"p{i}", "name": p["name"], "mentions": p["mentions"],
                          "country_code": p["country_code"], "admin1": p.get("admin1"),
                          "mention_count": len(p["mentions"]), "lon": p["lon"], "lat": p["lat"]}
                         for i, p in enumerate(gold["places"])])


@pytest.fixture(scope="module")
def control():
    fc = json.loads((SHARED / "frontline" / "frontline-2023-07-10.geojson").read_text(encoding="utf-8"))
    keep = {"Occupied", "CADR and CALR", "Occupied Crimea"}  # as the front-line README says
    polys = [shape(f["geometry"]) for f in fc["features"]
             if f["geometry"] and f["geometry"]["type"] in ("Polygon", "MultiPolygon")
             and (f["properties"].get("name") or "").split("///")[-1].strip() in keep]
    assert len(polys) == 7  # the README's count for this snapshot
    occupied = unary_union(polys)
    return {"date": "2023-07-10", "occupied": occupied, "line": occupied.boundary,
            "gained": occupied.intersection(box(37.5, 47.5, 38.5, 48.5)),
            "lost": box(37.9, 48.4, 38.1, 48.6).difference(occupied)}


def _hostile_events():
    rec = _gold_records()[0]
    rec.update(id="evil-1", place=HOSTILE, place_mention=HOSTILE, source=HOSTILE,
               sentence=f"Before {HOSTILE} after.", mention_start=7, mention_end=7 + len(HOSTILE),
               url="javascript:alert(document.cookie)", claimed_by=HOSTILE)
    rec2 = dict(_gold_records()[2], id="evil-2", url='https://example.org/"><script>alert(2)</script>',
                source="data:text/html,<script>alert(3)</script>")
    rec3 = dict(_gold_records()[3], id="ok-3", url="https://example.org/r?a=1&b=2")
    return events_frame([rec, rec2, rec3])


# --------------------------------------------------------------------------- offline HTML

def test_html_has_no_remote_asset(gold_events, gold_places, control):
    html = to_html(build_map(gold_events, places=gold_places, control=control, title="Sample",
                             time_slider=True, selected_id="sample-0"))
    assert re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*[\"']?\s*(https?:)?//", html, re.I) is None
    assert re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I) is None
    assert re.search(r"@import", html) is None
    srcs = re.findall(r"<script\b[^>]*\bsrc=\"([^\"]*)\"", html)
    assert srcs and all(s.startswith("data:text/javascript;base64,") for s in srcs)
    hrefs = re.findall(r"<link\b[^>]*\bhref=\"([^\"]*)\"", html)
    assert hrefs and all(h.startswith("data:text/css;base64,") for h in hrefs)
    for cdn in ("bootstrap", "font-awesome", "awesome-markers", "jsdelivr", "cdnjs", "code.jquery.com"):
        assert cdn not in html
    # the bundled basemap and the front line are inlined
    assert '"Donetska oblast"' in html and '"iso_3166_2":"UA-14"' in html
    for name in ("Occupied territory (2023-07-10)", "Line of contact (2023-07-10)", "Gained by Russia",
                 "Retaken by Ukraine", "Admin regions", "Basemap (offline)", "Places", "Events (11)"):
        assert f'"{name}"' in html  # an entry of the layer control


def test_projected_and_polygon_geometries_become_points(gold_events):
    projected = gold_events.to_crs(3857)
    a, b = mapview._event_payload(gold_events), mapview._event_payload(projected)
    assert b["x"] == a["x"] and b["y"] == a["y"]
    polys = gold_events.copy()
    polys["geometry"] = [g.buffer(0.1) for g in gold_events.geometry]  # shapely: no CRS warning
    c = mapview._event_payload(polys)
    assert all(abs(x1 - x2) < 0.1 and abs(y1 - y2) < 0.1
               for x1, x2, y1, y2 in zip(a["x"], c["x"], a["y"], c["y"]))


def test_tiles_are_remote_only_when_asked(gold_events):
    offline = to_html(build_map(gold_events))
    assert "openstreetmap" not in offline.lower() and "cartocdn" not in offline.lower()
    online = to_html(build_map(gold_events, tiles="osm"))
    remote = set(re.findall(r"https?://[^\"'\s\\]+", online))
    tile_urls = {u for u in remote if "tile.openstreetmap.org" in u}
    assert tile_urls, "the OSM tile template must be present when tiles='osm'"
    assert all("{z}" in u for u in tile_urls)
    assert "basemaps.cartocdn.com" in to_html(build_map(gold_events, tiles="light"))


def test_report_text_is_escaped_and_links_are_http_only():
    events = _hostile_events()
    html = to_html(build_map(events, title=HOSTILE, date_label=HOSTILE))
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "javascript:alert" not in html  # the javascript: URL never reaches the page
    assert re.search(r"(src|href)\s*=\s*[\"']?(data:text/html|javascript:)", html, re.I) is None
    assert "https://example.org/r?a=1\\u0026b=2" in html  # a real link survives (escaped inside JSON)
    payload = mapview._event_payload(events)
    assert payload["s"]["u"][payload["u"][0]] == ""          # javascript: dropped
    assert payload["s"]["u"][payload["u"][1]] == ""          # URL with markup dropped
    assert payload["s"]["u"][payload["u"][2]] == "https://example.org/r?a=1&b=2"
    assert "&lt;script&gt;" in mapview._attribution(events)  # Leaflet writes attributions as HTML


def test_template_syntax_in_report_text_stays_text():
    """Report text with Jinja delimiters must not be evaluated when the page is rendered."""
    rec = dict(_gold_records()[0], sentence="Shelling {{ 7*7 }} {% if 1 %}x{% endif %} near Bakhmut",
               mention_start=46, mention_end=53, source="{{ config }}")
    html = to_html(build_map(events_frame([rec]), title="{{ 6*7 }}"))
    opts = json.loads(re.search(r"FL\.decorate\([^,]+, (\{.*?\})\);\n", html).group(1))
    assert opts["title"] == "{{ 6*7 }}" and "{{ config }}" in opts["attribution"]
    payload = json.loads(re.search(r"FL\.events\([^,]+, [^,]+, (\{.*?\}), \{", html).group(1))
    assert payload["s"]["se"][payload["se"][0]] == "Shelling {{ 7*7 }} {% if 1 %}x{% endif %} near Bakhmut"
    assert "{{" not in html and "{%" not in html


# --------------------------------------------------------------------------- values

def test_payload_carries_gold_values(gold_events):
    payload = mapview._event_payload(gold_events)
    labels = [payload["s"]["dl"][k] for k in payload["dl"]]
    assert labels[0] == "9–10 Jul 2023"                 # Bakhmut, Sunday + Monday
    assert labels[1] == "May 2023"                      # captured in May
    assert labels[2] == "week of 3 Jul 2023"            # Klishchiivka, in recent days
    assert labels[4] == "9 Jul 2023"                    # Sumy shelling on Sunday
    assert payload["t"] == ["Battles", "Explosions/Remote violence", "Strategic developments"]
    assert payload["c"] == ["#D55E00", "#E69F00", "#0072B2"]  # Okabe-Ito
    i = payload["id"].index("sample-2")
    sentence = payload["s"]["se"][payload["se"][i]]
    assert sentence[payload["ms"][i]:payload["me"][i]] == "Klishchevka"
    assert (payload["x"][i], payload["y"][i]) == (37.966, 48.528)
    assert payload["uk"][i] == 5 and payload["cf"][i] == 80


def test_mention_offsets_are_converted_to_javascript_units():
    rec = dict(_gold_records()[0], sentence="🔥🔥 shelling of Bakhmut", mention_start=15, mention_end=22)
    payload = mapview._event_payload(events_frame([rec]))
    s = payload["s"]["se"][payload["se"][0]]
    utf16 = s.encode("utf-16-le")
    assert utf16[2 * payload["ms"][0]:2 * payload["me"][0]].decode("utf-16-le") == "Bakhmut"


@pytest.mark.parametrize(("args", "expected"), [
    (("2023-07-09", "2023-07-09", "day"), "9 Jul 2023"),
    (("2023-07-09", "2023-07-10", "day"), "9–10 Jul 2023"),
    (("2023-07-03", "2023-07-10", "week"), "week of 3 Jul 2023"),
    (("2023-05-01", "2023-05-31", "month"), "May 2023"),
    (("2023-01-01", "2023-12-31", "year"), "2023"),
    ((None, None, "day"), ""),
])
def test_date_label(args, expected):
    assert date_label(*args) == expected


def test_legend_fit_and_selection(gold_events):
    m = build_map(gold_events, selected_id="sample-3")
    html = to_html(m)
    opts = json.loads(re.search(r"FL\.decorate\([^,]+, (\{.*?\})\);\n", html).group(1))
    setup = json.loads(re.search(r"FL\.setup\([^,]+, (\{.*?\})\);\n", html).group(1))
    assert opts["legend"] == [["Battles", "#D55E00", 5], ["Explosions/Remote violence", "#E69F00", 4],
                              ["Strategic developments", "#0072B2", 2]]
    (south, west), (north, east) = setup["bounds"]
    assert south < 45.30 < 54.6892 < north and west < 25.2798 < 40.70 < east  # Crimea .. Vilnius, Rostov
    assert opts["selected"] == "sample-3" and opts["dateLabel"] == "1 May 2023 – 16 Jul 2023"
    assert m.frontline_event_count == 11


def _view_options(update: dict) -> dict:
    """The options as the page script hands them to the map."""
    script = mapview.view_script(update)
    return json.loads(re.search(r"var o = (\{.*?\});\n", script, re.S).group(1))


def test_view_update_masks_the_built_map_and_carries_the_front_line(gold_events, control):
    base = build_map(gold_events)
    july = gold_events[gold_events["date"] >= "2023-07-01"]
    opts = _view_options(mapview.view_update(base, july, control=control, selected_id="sample-3"))
    bits = base64.b64decode(opts["mask"])
    shown = [bool(bits[i >> 3] >> (7 - (i & 7)) & 1) for i in range(len(base.frontline_event_ids))]
    assert [i for i, on in zip(base.frontline_event_ids, shown) if on] == july["id"].tolist()
    assert 0 < len(july) < len(gold_events)
    assert sum(n for _, _, n in opts["legend"]) == len(july)
    assert opts["dateLabel"].endswith("Jul 2023") and not opts["dateLabel"].startswith("1 May")
    assert [layer[:2] for layer in opts["layers"]] == [
        ["occupied", "Occupied territory (2023-07-10)"], ["line", "Line of contact (2023-07-10)"],
        ["gained", "Gained by Russia"], ["lost", "Retaken by Ukraine"]]
    assert opts["selected"] == "sample-3"
    # made for this map's events in this order: another map (other events) ignores it
    setup = json.loads(re.search(r"FL\.setup\([^,]+, (\{.*?\})\);\n", to_html(base)).group(1))
    assert opts["base"] == base.frontline_key == setup["key"]
    assert build_map(july).frontline_key != base.frontline_key
    # framed on what it is given: the July events alone sit inside the whole sample's box
    (s1, w1), (n1, e1) = opts["bounds"]
    assert 44 < s1 and n1 < 55.5 and 24 < w1 and e1 < 41.5


def test_view_update_of_everything_needs_no_mask_and_frames_on_request(gold_events):
    base = build_map(gold_events)
    everything = _view_options(mapview.view_update(base, gold_events))
    assert everything["mask"] is None
    # the very bounds the map was built with: applying the first view moves nothing
    setup = json.loads(re.search(r"FL\.setup\([^,]+, (\{.*?\})\);\n", to_html(base)).group(1))
    assert everything["bounds"] == setup["bounds"]
    nothing = _view_options(mapview.view_update(base, gold_events.iloc[:0], frame=gold_events))
    assert base64.b64decode(nothing["mask"]) == bytes(2)  # 11 events, none shown
    assert nothing["legend"] == [] and nothing["dateLabel"] == "" and nothing["bounds"] is not None
    with pytest.raises(InputError, match="build_map"):
        mapview.view_update(object(), gold_events)


def test_empty_events_default_to_ukraine():
    html = to_html(build_map(events_frame([])))
    opts = json.loads(re.search(r"FL\.decorate\([^,]+, (\{.*?\})\);\n", html).group(1))
    setup = json.loads(re.search(r"FL\.setup\([^,]+, (\{.*?\})\);\n", html).group(1))
    assert setup["bounds"] == [list(mapview.UKRAINE_BOUNDS[0]), list(mapview.UKRAINE_BOUNDS[1])]
    assert opts["legend"] == []


def test_bad_arguments_raise_input_error(gold_events):
    with pytest.raises(InputError, match="unknown tiles"):
        build_map(gold_events, tiles="satellite")
    with pytest.raises(InputError, match="bad map bounds"):
        build_map(gold_events, bounds=(40, 50, 30, 45))
    with pytest.raises(InputError, match="GeoDataFrame"):
        build_map([{"id": 1}])


def test_clicked_event_id(gold_events):
    assert clicked_event_id({"last_object_clicked_popup": "9 Jul 2023\nBattles\nid: sample-4"},
                            gold_events) == "sample-4"
    # streamlit-folium reports a pin's own coordinates
    assert clicked_event_id({"last_object_clicked": {"lat": 48.528, "lng": 37.966}}, gold_events) == "sample-2"
    assert clicked_event_id({"last_object_clicked": {"lat": 48.0, "lng": 30.0}}, gold_events) is None
    assert clicked_event_id(None, gold_events) is None


def test_st_folium_assets_are_data_uris(gold_events):
    """streamlit-folium loads every element's default_js/default_css by URL: all must be data: URIs."""
    import branca
    import folium.elements

    m = build_map(gold_events)
    links = []

    def walk(el):
        if isinstance(el, folium.elements.JSCSSMixin):
            links.extend(u for _, u in el.default_js + el.default_css)
        for child in getattr(el, "_children", {}).values():
            walk(child)

    walk(m)
    assert links and all(u.startswith("data:") for u in links)
    assert not any(isinstance(el, branca.colormap.ColorMap) for el in m._children.values())


# --------------------------------------------------------------------------- real browser

def _launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


def _offline_page(browser, allow=("file:", "data:", "about:", "blob:")):
    page = browser.new_page(viewport={"width": 1280, "height": 820})
    blocked: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url.startswith(allow):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return page, blocked, errors


_DRAWN_JS = """() => new Promise(res => requestAnimationFrame(() => requestAnimationFrame(() => {
    const m = window[document.querySelector('.folium-map').id];
    const pins = Object.values(m._layers).filter(l => l instanceof L.CircleMarker && l.options.pane === 'flEvents');
    const c = m.getPane('flEvents').querySelector('canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let px = 0; for (let i = 3; i < d.length; i += 4) { if (d[i]) { px++; } }
    res({pins: pins.length, painted: px, base: m.getPane('flBase').querySelectorAll('canvas').length});
})))"""
_READY_JS = """() => { const d = document.querySelector('.folium-map'); const m = d && window[d.id];
    return !!(m && m._fl && m._fl.events && m.hasLayer(m._fl.events.group)); }"""

browser = pytest.mark.browser
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason=f"no Chromium at {CHROMIUM}: apt-get install -y chromium")


@browser
@needs_chromium
def test_offline_html_draws_pins_in_chromium(tmp_path, gold_events, gold_places, control):
    from playwright.sync_api import sync_playwright

    path = tmp_path / "map.html"
    path.write_text(to_html(build_map(gold_events, places=gold_places, control=control,
                                      title="Sample report, 10 Jul 2023", time_slider=True)), encoding="utf-8")
    with sync_playwright() as p:
        b = _launch(p)
        page, blocked, errors = _offline_page(b)
        page.goto(path.as_uri())
        page.wait_for_function("() => window.frontlineMapReady === true", timeout=30000)
        drawn = page.evaluate(_DRAWN_JS)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "mapview_offline.png"))
        legend = page.inner_text(".fl-legend")
        title = page.inner_text(".fl-title")
        scale = page.locator(".leaflet-control-scale").count()
        icon = page.evaluate("() => new L.Icon.Default()._getIconUrl('icon')")
        layers = page.evaluate("""() => Array.from(document.querySelectorAll('.leaflet-control-layers label'))
            .map(l => l.textContent.trim())""")
        b.close()
    assert blocked == [] and errors == []
    assert drawn["pins"] == 11 and drawn["painted"] > 100 and drawn["base"] == 1
    assert "Battles (5)" in legend and "location uncertainty" in legend
    assert "Sample report" in title and "1 May 2023 – 16 Jul 2023" in title
    assert scale == 1
    assert icon.startswith("data:image/png;base64,")  # Leaflet's default marker needs no file
    assert {"Basemap (offline)", "Admin regions", "Occupied territory (2023-07-10)", "Events (11)",
            "Location uncertainty", "Places", "Gained by Russia"} <= set(layers)


@browser
@needs_chromium
def test_popup_escapes_hostile_text_and_slider_filters(tmp_path):
    from playwright.sync_api import sync_playwright

    events = _hostile_events()
    path = tmp_path / "evil.html"
    path.write_text(to_html(build_map(events, title=HOSTILE, time_slider=True)), encoding="utf-8")
    with sync_playwright() as p:
        b = _launch(p)
        page, blocked, errors = _offline_page(b)
        page.goto(path.as_uri())
        page.wait_for_function(_READY_JS, timeout=30000)
        # click the first pin where it is drawn
        x, y = page.evaluate("""() => { const m = window[document.querySelector('.folium-map').id];
            m.setView([48.5942, 37.9989], 9, {animate: false});
            const pt = m.latLngToContainerPoint([48.5942, 37.9989]);
            const r = m.getContainer().getBoundingClientRect(); return [r.left + pt.x, r.top + pt.y]; }""")
        page.mouse.click(x, y)
        page.wait_for_selector(".fl-popup", timeout=5000)
        popup = page.evaluate("""() => { const p = document.querySelector('.fl-popup');
            return {text: p.innerText, imgs: p.querySelectorAll('img').length, scripts: p.querySelectorAll('script').length,
                    mark: p.querySelector('mark') && p.querySelector('mark').textContent,
                    links: Array.from(p.querySelectorAll('a')).map(a => a.getAttribute('href'))}; }""")
        xss = page.evaluate("() => window.__xss === 1")
        title_imgs = page.locator(".fl-title img").count()
        # the time slider: keep only May 2023 (event 0 is 9-10 Jul, 2 is a week in Jul, 3 is 9-10 Jul)
        shown = page.evaluate("""() => { const m = window[document.querySelector('.folium-map').id];
            const a = document.querySelector('.fl-from'), b = document.querySelector('.fl-to');
            a.value = a.min; b.value = Math.floor(Date.parse('2023-07-05') / 86400000);
            b.dispatchEvent(new Event('input'));
            return new Promise(r => setTimeout(() => r({
                pins: Object.values(m._layers).filter(l => l instanceof L.CircleMarker && l.options.pane === 'flEvents'
                                                      && !l._flHidden && l.options.interactive).length,
                shown: m._fl.events.nShown,
                label: document.querySelector('.fl-range').textContent}), 300)); }""")
        b.close()
    assert blocked == [] and errors == [] and not xss
    assert popup["imgs"] == 0 and popup["scripts"] == 0 and title_imgs == 0
    assert "<script>alert(1)</script>" in popup["text"]          # shown as text
    assert popup["mark"] == HOSTILE                                 # mention highlighted
    assert popup["links"] == []                                     # javascript: URL is not a link
    assert "id: evil-1" in popup["text"]
    assert shown["pins"] == 1 and shown["shown"] == 1 and "1 of 3 events" in shown["label"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@browser
@needs_chromium
@pytest.mark.slow
def test_map_draws_inside_st_folium_with_no_outside_request(tmp_path):
    """A real Streamlit server renders build_map through st_folium; only 127.0.0.1 may be reached."""
    from playwright.sync_api import sync_playwright

    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(f"""
        import json, streamlit as st
        from streamlit_folium import st_folium
        from dashboard.mapview import build_map, st_folium_kwargs, clicked_event_id
        from geodata.layers import events_frame
        events = events_frame(json.loads({json.dumps(json.dumps(_gold_records()))}))
        out = st_folium(build_map(events, title="st_folium"), **st_folium_kwargs(height=560))
        st.write("clicked:", clicked_event_id(out, events))
    """), encoding="utf-8")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--global.developmentMode", "false"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.3)
        with sync_playwright() as p:
            b = _launch(p)
            page, blocked, errors = _offline_page(
                b, allow=(f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", "data:", "about:", "blob:"))
            page.goto(f"http://127.0.0.1:{port}/")
            frame = None
            deadline = time.time() + 60
            while frame is None and time.time() < deadline:
                frame = next((f for f in page.frames if "st_folium" in f.url or "streamlit_folium" in f.url), None)
                page.wait_for_timeout(200)  # lets Playwright process frame events (time.sleep would not)
            assert frame is not None, "st_folium iframe did not appear"
            frame.wait_for_function("() => window.map && window.map._fl && window.map._fl.events", timeout=60000)
            count = frame.evaluate("""() => Object.values(window.map._layers).filter(
                l => l instanceof L.CircleMarker && l.options.pane === 'flEvents').length""")
            x, y = frame.evaluate("""() => { const m = window.map; m.setView([48.528, 37.966], 10, {animate: false});
                const pt = m.latLngToContainerPoint([48.528, 37.966]);
                const r = m.getContainer().getBoundingClientRect(); return [r.left + pt.x, r.top + pt.y]; }""")
            box = frame.frame_element().bounding_box()
            page.mouse.click(box["x"] + x, box["y"] + y)
            page.get_by_text("sample-2").wait_for(timeout=30000)
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "mapview_st_folium.png"))
            b.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert count == 11
    outside = [u for u in blocked if not u.startswith(("http://127.0.0.1", "ws://127.0.0.1"))]
    assert outside == [], f"requests left the machine: {outside[:5]}"
    assert errors == []


def test_view_script_keeps_report_text_inside_its_script(gold_events):
    hostile = gold_events.assign(event_type="</script><img src=x onerror=alert(1)>")
    script = mapview.view_script(mapview.view_update(build_map(hostile), hostile, selected_id="</script>"))
    assert script.count("</script>") == 1 and script.endswith("</script>")
    assert "<img" not in script
    opts = _view_options(mapview.view_update(build_map(hostile), hostile))
    assert opts["legend"][0][0] == "</script><img src=x onerror=alert(1)>"  # the text itself survives, as data
