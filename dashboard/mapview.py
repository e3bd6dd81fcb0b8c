"""The event map: one folium map builder shared by the dashboard and the snapshot exports.

The map draws with no network at all:

* Leaflet comes from the ``xstatic`` package as a ``data:`` URI
  (:mod:`dashboard.assets`); folium's CDN links (jQuery, Bootstrap, Font
  Awesome, awesome-markers) are dropped: none of the map's elements uses them,
  and every script is parsed again on each page load.
* The basemap is the bundled Natural Earth vector data
  (``settings.COUNTRIES_GEOJSON``, ``settings.ADMIN1_GEOJSON``) over a sea
  colour; online tiles are an option (``tiles="osm"`` or ``"light"``).
* Events are one compact columnar JSON block (a string table per text
  column) drawn as canvas circle markers by a renderer that fills one path
  per colour; popups and tooltips are built in JavaScript on demand with
  ``textContent``, so report text is never parsed as HTML, and 100,000
  events stay under 30 MB and draw in a few seconds. Uncertainty circles are
  their own layer, switched off by default above ``UNCERTAINTY_MAX_SHOWN``.
* Scripts are written into the page as is, never compiled as Jinja
  templates (fast, and report text with ``{{ }}`` stays text).

streamlit-folium (0.27) and offline use
---------------------------------------
``st_folium`` does not bundle Leaflet. Its frontend (``frontend/build``)
loads, in order, every ``default_js`` URL of every element of the map with a
``<script src>``, adds a ``<link>`` for every ``default_css`` URL, then
appends the figure header to ``<head>`` with ``innerHTML`` (so header
``<style>`` applies but header ``<script>`` never runs, and the header's own
``src``/``href`` links are stripped in Python), inserts the figure body
HTML, and finally runs the concatenated ``script`` macros of the map and its
children as one inline script. Because this module sets the map's
``default_js``/``default_css`` to ``data:`` URIs and keeps all set-up code in
``script`` macros (styles are injected from JavaScript), the map renders
inside ``st_folium`` with no outside request. The component then hooks
``click`` on every layer in ``map._layers``; a click on an event pin returns
``last_object_clicked`` = the pin's exact (rounded) coordinates and
``last_object_clicked_popup`` = the popup text, which ends with
``id: <event id>``. :func:`clicked_event_id` maps either back to an event.
Use :func:`st_folium_kwargs` for the recommended ``st_folium`` arguments.
Cost: st_folium re-serialises the whole map script on every rerun (about
1.5 s of Python and a 26 MB message for 100,000 events); the dashboard
renders its map once (:mod:`dashboard.mapcomponent`) and sends each view
beside it (:func:`view_update`, :func:`view_script`).
"""
from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import html
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement
from folium.map import Layer
from jinja2 import Template
from shapely.geometry import mapping

from dashboard import assets
from geodata import settings
from geodata.errors import InputError

__all__ = [
    "EVENT_COLORS",
    "UKRAINE_BOUNDS",
    "build_map",
    "clicked_event_id",
    "date_label",
    "event_colors",
    "st_folium_kwargs",
    "to_html",
    "view_script",
    "view_update",
]

OKABE_ITO: tuple[str, ...] = (
    "#D55E00", "#E69F00", "#CC79A7", "#0072B2", "#009E73", "#56B4E9", "#F0E442", "#000000",
)
"""The Okabe-Ito colour-blind-safe palette (vermillion first)."""

EVENT_COLORS: dict[str, str] = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Strategic developments": "#0072B2",
    "Protests": "#009E73",
    "Riots": "#56B4E9",
}
"""Fixed colours for the ACLED event types, so a type keeps its colour across views."""

UKRAINE_BOUNDS: tuple[tuple[float, float], tuple[float, float]] = ((44.2, 22.1), (52.4, 40.3))
"""Default view ``((south, west), (north, east))``: Ukraine."""

UNCERTAINTY_MIN_KM = 2.0
"""Events with a larger ``uncertainty_km`` get a faint uncertainty circle."""

UNCERTAINTY_MAX_SHOWN = 5000
"""With more uncertainty circles than this, their layer starts switched off (it is noise at that density)."""

_TILES = {  # name -> (URL template, label, attribution)
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "OpenStreetMap (online)",
            "&copy; OpenStreetMap contributors"),
    "light": ("https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}.png", "Light (CartoDB, online)",
              "&copy; OpenStreetMap contributors &copy; CARTO"),
}
_SEA = "#d6e6f0"
_ATTRIBUTION = (
    "Basemap: Natural Earth (public domain) · Places: GeoNames (CC BY 4.0), "
    "Who's On First, UCDP GED · Front line: DeepStateMap"
)
_EPOCH = dt.date(1970, 1, 1)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --------------------------------------------------------------------------- values

def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(value != value)  # NaN, NaT, pd.NA
    except (TypeError, ValueError):
        return False


def _text(value: Any) -> str:
    """Return ``value`` as display text ('' when missing; lists joined with ', ')."""
    if _is_missing(value):
        return ""
    if isinstance(value, str):
        if value[:1] == "[" and value[-1:] == "]":
            try:
                parsed = json.loads(value)
            except ValueError:
                return value
            return _text(parsed)
        return value
    if isinstance(value, (list, tuple)) or (hasattr(value, "tolist") and not hasattr(value, "isoformat")):
        items = value.tolist() if hasattr(value, "tolist") else value
        if not isinstance(items, list):
            return str(items)
        return ", ".join(_text(v) for v in items if not _is_missing(v))
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    return str(value)


def _number(value: Any) -> float | None:
    if _is_missing(value):
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) or math.isinf(out) else out


def _as_date(value: Any) -> dt.date | None:
    if _is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(d: dt.date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _format_span(start: dt.date, end: dt.date | None, precision: str) -> str:
    end = end or start
    if precision == "year":
        return str(start.year) if end.year == start.year else f"{start.year}–{end.year}"
    if precision == "month":
        label = f"{_MONTHS[start.month - 1]} {start.year}"
        if (end.year, end.month) != (start.year, start.month):
            label += f" – {_MONTHS[end.month - 1]} {end.year}"
        return label
    if precision == "week":
        return f"week of {_day(start)}"
    if end <= start:
        return _day(start)
    if (end.year, end.month) == (start.year, start.month):
        return f"{start.day}–{_day(end)}"
    return f"{_day(start)} – {_day(end)}"


@functools.lru_cache(maxsize=1)
def _timeline_formatter() -> Any:
    """Return ``geodata.timeline.format_span`` when the timeline module offers it, else ``None``."""
    try:
        from geodata.timeline import DateSpan, format_span
    except ImportError:
        return None

    def fmt(start: dt.date, end: dt.date, precision: str) -> str:
        return str(format_span(DateSpan(start=start, end=end, precision=precision, text="")))

    try:
        fmt(dt.date(2023, 7, 9), dt.date(2023, 7, 9), "day")
    except Exception:  # noqa: BLE001 - a different signature: keep our own wording
        return None
    return fmt


@functools.lru_cache(maxsize=65536)
def _cached_label(start: dt.date, end: dt.date | None, precision: str) -> str:
    fmt = _timeline_formatter()
    if fmt is not None:
        try:
            return fmt(start, end or start, precision)
        except Exception:  # noqa: BLE001 - fall back to our own wording for odd values
            pass
    return _format_span(start, end, precision)


def date_label(date: Any, date_end: Any = None, precision: Any = "day") -> str:
    """Return the date of an event as a person would write it, honest about precision.

    ``"9 Jul 2023"`` (day), ``"week of 3 Jul 2023"``, ``"May 2023"``, ``"2023"``;
    a multi-day span reads ``"9–10 Jul 2023"``. Empty string when there is no date.
    Uses ``geodata.timeline.format_span`` when it exists, so the map and the
    rest of the tool word dates the same way.
    """
    start = _as_date(date)
    if start is None:
        return ""
    return _cached_label(start, _as_date(date_end), _text(precision) or "day")


def event_colors(types: Iterable[str]) -> dict[str, str]:
    """Return a colour per event type: fixed for ACLED types, free Okabe-Ito colours for others."""
    out: dict[str, str] = {}
    free = [c for c in OKABE_ITO if c not in EVENT_COLORS.values()]
    spare = iter(free + ["#7f7f7f"] * 1000)
    for name in types:
        if name in out:
            continue
        out[name] = EVENT_COLORS.get(name) or next(spare)
    return out


def _safe_url(value: Any) -> str:
    """Return ``value`` when it is an http(s) URL, else '' (no ``javascript:`` or ``data:`` links)."""
    url = _text(value).strip()
    return url if re.match(r"^https?://[^\s<>\"']+$", url, flags=re.IGNORECASE) else ""


def _utf16_offset(text: str, index: int) -> int:
    """Convert a code-point offset into ``text`` to a JavaScript (UTF-16) string offset."""
    return len(text[:index].encode("utf-16-le")) // 2


def _script_json(obj: Any) -> str:
    """Dump ``obj`` as JSON that is safe inside an HTML ``<script>`` element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    text = (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    # Jinja delimiters can only occur inside JSON strings here; escape them so report
    # text is never read as a template by anyone who renders our output again.
    return text.replace("{{", "{\\u007b").replace("{%", "{\\u0025").replace("{#", "{\\u0023")


def _round_coords(obj: Any, ndigits: int = 5) -> Any:
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), ndigits) for v in obj]
        return [_round_coords(v, ndigits) for v in obj]
    return obj


def _rounded(gj: Mapping[str, Any]) -> dict:
    if gj["type"] == "GeometryCollection":
        return {"type": gj["type"], "geometries": [_rounded(g) for g in gj["geometries"]]}
    return {"type": gj["type"], "coordinates": _round_coords(gj["coordinates"])}


def _geometry_geojson(geom: Any, simplify_deg: float = 0.0) -> dict | None:
    """Return a shapely geometry as GeoJSON with 5-decimal coordinates (``None`` when empty)."""
    if geom is None or getattr(geom, "is_empty", True):
        return None
    if simplify_deg:
        geom = geom.simplify(simplify_deg, preserve_topology=True)
    return _rounded(mapping(geom))


@functools.lru_cache(maxsize=4)
def _basemap_json(which: str) -> str:
    """Return a bundled basemap layer as compact script-safe JSON (only the name properties kept)."""
    path = settings.COUNTRIES_GEOJSON if which == "countries" else settings.ADMIN1_GEOJSON
    try:
        fc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        msg = f"cannot read the bundled basemap {path}: {exc}; reinstall frontline-map"
        raise InputError(msg) from None
    keep = ("name", "iso_a2") if which == "countries" else ("name", "name_iso", "iso_3166_2")
    feats = [
        {"type": "Feature", "geometry": f["geometry"],
         "properties": {k: f["properties"].get(k) for k in keep}}
        for f in fc["features"]
    ]
    return _script_json({"type": "FeatureCollection", "features": feats})


# --------------------------------------------------------------------------- events payload

def _points(gdf: gpd.GeoDataFrame) -> tuple[list[float], list[float], list[bool]]:
    """Return rounded lon/lat lists (a point inside any non-point geometry) and a validity mask."""
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    geoms = gdf.geometry.values
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    not_point = valid & (shapely.get_type_id(geoms) != 0)
    pts = np.array(geoms, dtype=object)
    if not_point.any():
        pts[not_point] = shapely.point_on_surface(pts[not_point])
    pts[~valid] = shapely.Point(0, 0)
    xs = [round(v, 5) for v in shapely.get_x(pts).astype(float).tolist()]  # shortest repr, unlike np.round
    ys = [round(v, 5) for v in shapely.get_y(pts).astype(float).tolist()]
    return xs, ys, valid.tolist()


class _Strings:
    """A string table, so repeated report text (sources, places, sentences) is stored once."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, value: str) -> int:
        idx = self._index.get(value)
        if idx is None:
            idx = self._index[value] = len(self.items)
            self.items.append(value)
        return idx

    def column(self, values: Iterable[str]) -> list[int]:
        return [self(v) for v in values]


def _column(gdf: gpd.GeoDataFrame, name: str) -> list[Any]:
    return gdf[name].tolist() if name in gdf.columns else [None] * len(gdf)


def _texts(values: Iterable[Any]) -> list[str]:
    """``_text`` over a column, memoised for the (many) repeated strings."""
    cache: dict[str, str] = {}
    out = []
    for v in values:
        if type(v) is str:
            t = cache.get(v)
            if t is None:
                t = cache[v] = _text(v)
            out.append(t)
        else:
            out.append(_text(v))
    return out


def _event_payload(events: gpd.GeoDataFrame) -> dict[str, Any]:
    """Pack the events into compact columns (string-table indices, numbers) for the browser."""
    xs, ys, valid = _points(events)
    keep = [i for i, ok in enumerate(valid) if ok]

    def col(name: str) -> list[Any]:
        values = _column(events, name)
        return [values[i] for i in keep] if len(keep) != len(values) else values

    types: list[str] = []
    type_index: dict[str, int] = {}
    kinds = []
    for etype in _texts(col("event_type")):
        etype = etype or "Other"
        if etype not in type_index:
            type_index[etype] = len(types)
            types.append(etype)
        kinds.append(type_index[etype])
    date_cache: dict[Any, dt.date | None] = {}

    def as_date(v: Any) -> dt.date | None:
        key = v if isinstance(v, (str, dt.date)) else None
        if key is None:
            return _as_date(v)
        if key not in date_cache:
            date_cache[key] = _as_date(v)
        return date_cache[key]

    starts = [as_date(v) for v in col("date")]
    ends = [as_date(v) for v in col("date_end")]
    precisions = _texts(col("date_precision"))
    labels = [date_label(a, b, p or "day") if a else "" for a, b, p in zip(starts, ends, precisions)]
    sentences = _texts(col("sentence"))
    offsets = []
    for sentence, ms, me in zip(sentences, col("mention_start"), col("mention_end")):
        ms, me = _number(ms), _number(me)
        if ms is not None and me is not None and 0 <= ms < me <= len(sentence):
            if sentence.isascii():
                offsets.append((int(ms), int(me)))
            else:
                offsets.append((_utf16_offset(sentence, int(ms)), _utf16_offset(sentence, int(me))))
        else:
            offsets.append((-1, -1))
    confidence = [_number(v) for v in col("confidence")]
    uncertainty = [_number(v) for v in col("uncertainty_km")]
    ids = _texts(col("id"))
    url_cache: dict[str, str] = {}
    urls = []
    for u in _texts(col("url")):
        if u not in url_cache:
            url_cache[u] = _safe_url(u)
        urls.append(url_cache[u])
    # one string table per text column: indices stay short for the repetitive ones
    tables: dict[str, list[str]] = {}
    indexed: dict[str, list[int]] = {}
    for key, values in (
        ("dl", labels), ("so", _texts(col("source"))), ("u", urls), ("a1", _texts(col("admin1"))),
        ("st", _texts(col("sub_event_type"))), ("ac", _texts(col("actors"))),
        ("cb", _texts(col("claimed_by"))), ("pl", _texts(col("place"))),
        ("pm", _texts(col("place_mention"))), ("se", sentences),
    ):
        table = _Strings()
        indexed[key] = table.column(values)
        tables[key] = table.items
    out: dict[str, Any] = {
        **indexed,
        "id": [v or str(keep[n]) for n, v in enumerate(ids)],
        "x": [xs[i] for i in keep],
        "y": [ys[i] for i in keep],
        "k": kinds,
        "d0": [(a - _EPOCH).days if a else None for a in starts],
        "dd": [max(0, ((b or a) - a).days) if a else None for a, b in zip(starts, ends)],  # span length
        "cf": [round(c * 100) if c is not None and 0 <= c <= 1 else -1 for c in confidence],
        "ms": [a for a, _ in offsets],
        "me": [b for _, b in offsets],
        "uk": [round(u, 1) if u is not None and u > 0 else 0 for u in uncertainty],
    }
    colors = event_colors(types)
    return {**out, "s": tables, "t": types, "c": [colors[t] for t in types]}


def _place_payload(places: gpd.GeoDataFrame) -> dict[str, Any]:
    xs, ys, valid = _points(places)
    names = _column(places, "name")
    admin1 = _column(places, "admin1")
    counts = _column(places, "mention_count")
    out: dict[str, list[Any]] = {"x": [], "y": [], "n": [], "a1": [], "mc": []}
    for i in range(len(places)):
        if not valid[i]:
            continue
        out["x"].append(xs[i])
        out["y"].append(ys[i])
        out["n"].append(_text(names[i]))
        out["a1"].append(_text(admin1[i]))
        count = _number(counts[i])
        out["mc"].append(int(count) if count is not None else 0)
    return out


# --------------------------------------------------------------------------- JavaScript

_CSS = """
.fl-popup{font:13px/1.35 system-ui,sans-serif;max-width:340px}
.fl-popup .fl-date{font-weight:700;font-size:14px;margin-bottom:2px}
.fl-popup .fl-type{margin-bottom:4px}
.fl-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;border:1px solid #222;vertical-align:-1px}
.fl-popup table{border-collapse:collapse;margin:2px 0}
.fl-popup th{text-align:left;font-weight:600;padding:1px 8px 1px 0;vertical-align:top;color:#444}
.fl-popup td{padding:1px 0;overflow-wrap:anywhere}
.fl-popup blockquote{margin:4px 0;padding:3px 6px;border-left:3px solid #999;background:#f6f6f6;max-height:9em;overflow:auto}
.fl-popup mark{background:#F0E442;padding:0 1px}
.fl-popup .fl-id{color:#777;font-size:11px;margin-top:3px}
.fl-box{background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.35);font:12px/1.35 system-ui,sans-serif;color:#222}
.fl-title{position:absolute;top:10px;left:50%;transform:translateX(-50%);z-index:800;text-align:center;pointer-events:none;max-width:60%}
.fl-title .fl-t{font-size:16px;font-weight:700}
.fl-legend .fl-row{white-space:nowrap}
.fl-legend h4{margin:0 0 3px;font-size:12px}
.fl-legend .fl-ring{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;border:1px solid #666;background:rgba(0,0,0,.08);vertical-align:-1px}
.fl-north{background:rgba(255,255,255,.9);border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.35);padding:2px;line-height:0}
.fl-slider{min-width:260px}
.fl-slider input{width:100%;margin:2px 0}
.leaflet-container{background:%SEA%}
.leaflet-control-attribution{font-size:10px;max-width:62%;white-space:normal}
"""

_NORTH_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="28" height="40" viewBox="0 0 28 40" '
    'role="img" aria-label="North"><polygon points="14,4 22,30 14,25 6,30" fill="#222"/>'
    '<polygon points="14,4 14,25 6,30" fill="#888"/>'
    '<text x="14" y="39" font-size="10" font-family="sans-serif" text-anchor="middle">N</text></svg>'
)

_RUNTIME_JS = r"""
(function () {
  if (window.FL) { return; }
  var FL = window.FL = {};
  FL.el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  };
  FL.style = function (css) {
    if (document.getElementById('fl-style')) { return; }
    var s = document.createElement('style');
    s.id = 'fl-style'; s.textContent = css; document.head.appendChild(s);
  };
  FL.str = function (D, col, i) { var k = D[col][i]; return (k === null || k === undefined || k < 0) ? '' : D.s[col][k]; };
  FL.safeUrl = function (u) { return (typeof u === 'string' && /^https?:\/\/[^\s<>"']+$/i.test(u)) ? u : null; };
  FL.iso = function (day) { return new Date(day * 86400000).toISOString().slice(0, 10); };
  FL.setup = function (map, opts) {
    FL.style(opts.css);
    map.getContainer().style.background = opts.sea;
    L.Icon.Default.imagePath = '';
    L.Icon.Default.prototype.options.iconUrl = opts.icons.iconUrl;
    L.Icon.Default.prototype.options.iconRetinaUrl = opts.icons.iconRetinaUrl;
    L.Icon.Default.prototype.options.shadowUrl = opts.icons.shadowUrl;
    var panes = [['flBase', 210], ['flAdmin', 220], ['flControl', 350], ['flUncert', 390],
                 ['flPlaces', 420], ['flEvents', 450], ['flSelected', 460]];
    panes.forEach(function (p) { if (!map.getPane(p[0])) { map.createPane(p[0]).style.zIndex = p[1]; } });
    map.getPane('flUncert').style.pointerEvents = 'none';
    map.getPane('flSelected').style.pointerEvents = 'none';
    map._fl = map._fl || {};
    map._fl.key = opts.key || '';
    if (!L.Control.Layers.prototype.flHooked) {
      // remember the map's layer control, so layers added later (FL.view) get an entry in it
      var onAdd = L.Control.Layers.prototype.onAdd;
      L.Control.Layers.prototype.onAdd = function (m) { if (m._fl) { m._fl.layers = this; } return onAdd.call(this, m); };
      L.Control.Layers.prototype.flHooked = true;
    }
    // set the view before any layer is added, so no layer is projected twice
    if (opts.bounds) { map.fitBounds(opts.bounds, {padding: [24, 24], maxZoom: opts.maxZoom, animate: false}); }
    map._fl.lastFit = JSON.stringify(opts.bounds || null);
    return map._fl;
  };
  FL.vector = function (map, group, data, style, pane, tipProp) {
    var layer = L.geoJSON(data, {
      pane: pane, interactive: !!tipProp, renderer: L.canvas({pane: pane}),
      style: function () { return style; }
    });
    if (tipProp) {
      layer.bindTooltip(function (l) {
        var p = (l.feature && l.feature.properties) || {};
        return FL.el('span', null, p[tipProp] || '');
      }, {sticky: true});
    }
    group.addLayer(layer);
    return layer;
  };
  FL.tooltip = function (D, i) {
    var place = FL.str(D, 'pl', i) || FL.str(D, 'pm', i) || 'unknown place';
    var date = FL.str(D, 'dl', i);
    return FL.el('span', null, place + (date ? ' · ' + date : ''));
  };
  FL.popup = function (D, i) {
    var box = FL.el('div', 'fl-popup');
    box.appendChild(FL.el('div', 'fl-date', FL.str(D, 'dl', i) || 'date unknown'));
    var head = FL.el('div', 'fl-type');
    var sw = FL.el('span', 'fl-swatch'); sw.style.background = D.c[D.k[i]]; head.appendChild(sw);
    var sub = FL.str(D, 'st', i);
    head.appendChild(document.createTextNode(D.t[D.k[i]] + (sub ? ' / ' + sub : '')));
    box.appendChild(head);
    var tbl = FL.el('table');
    var row = function (label, value) {
      if (!value) { return; }
      var tr = FL.el('tr'); tr.appendChild(FL.el('th', null, label)); tr.appendChild(FL.el('td', null, value));
      tbl.appendChild(tr);
    };
    var place = FL.str(D, 'pl', i), mention = FL.str(D, 'pm', i), a1 = FL.str(D, 'a1', i);
    row('Place', (place || mention) + (a1 && a1 !== place ? ', ' + a1 : ''));
    if (mention && mention !== place) { row('As written', mention); }
    row('Uncertainty', D.uk[i] ? '± ' + D.uk[i] + ' km' : '');
    row('Actors', FL.str(D, 'ac', i));
    row('Claimed by', FL.str(D, 'cb', i));
    row('Confidence', D.cf[i] >= 0 ? D.cf[i] + '%' : '');
    row('Source', FL.str(D, 'so', i));
    box.appendChild(tbl);
    var sent = FL.str(D, 'se', i);
    if (sent) {
      var q = FL.el('blockquote'), a = D.ms[i], b = D.me[i];
      if (a >= 0 && b > a && b <= sent.length) {
        q.appendChild(document.createTextNode(sent.slice(0, a)));
        q.appendChild(FL.el('mark', null, sent.slice(a, b)));
        q.appendChild(document.createTextNode(sent.slice(b)));
      } else { q.textContent = sent; }
      box.appendChild(q);
    }
    var url = FL.safeUrl(FL.str(D, 'u', i));
    if (url) {
      var link = FL.el('a', 'fl-link', 'Open report'); link.href = url;
      link.target = '_blank'; link.rel = 'noopener noreferrer'; box.appendChild(link);
    }
    box.appendChild(FL.el('div', 'fl-id', 'id: ' + D.id[i]));
    return box;
  };
  // A canvas renderer that draws circles in one path per colour: Leaflet's own draws and
  // strokes each circle separately, which is what makes 100,000 pins slow to paint.
  FL.FastCanvas = L.Canvas.extend({
    _draw: function () {
      var bounds = this._redrawBounds, ctx = this._ctx, groups = {}, keys = [], layer, key;
      ctx.save();
      if (bounds) {
        var size = bounds.getSize();
        ctx.beginPath(); ctx.rect(bounds.min.x, bounds.min.y, size.x, size.y); ctx.clip();
      }
      this._drawing = true;
      for (var order = this._drawFirst; order; order = order.next) {
        layer = order.layer;
        if (layer._flHidden || (bounds && !(layer._pxBounds && layer._pxBounds.intersects(bounds)))) { continue; }
        if (!layer._point || layer._empty()) { continue; }
        key = layer.options.fillColor + '|' + layer.options.color;
        if (!groups[key]) { groups[key] = []; keys.push(key); }
        groups[key].push(layer);
      }
      for (var k = 0; k < keys.length; k++) {
        var list = groups[keys[k]], o = list[0].options;
        ctx.beginPath();
        for (var j = 0; j < list.length; j++) {
          var p = list[j]._point, r = Math.max(Math.round(list[j]._radius), 1);
          ctx.moveTo(p.x + r, p.y); ctx.arc(p.x, p.y, r, 0, Math.PI * 2, false);
        }
        if (o.fill) { ctx.globalAlpha = o.fillOpacity; ctx.fillStyle = o.fillColor || o.color; ctx.fill(); }
        if (o.stroke && o.weight !== 0) {
          if (ctx.setLineDash) { ctx.setLineDash([]); }
          ctx.globalAlpha = o.opacity; ctx.lineWidth = o.weight; ctx.strokeStyle = o.color; ctx.stroke();
        }
      }
      this._drawing = false;
      ctx.restore();
    }
  });
  FL.events = function (map, group, D, opts) {
    var fl = map._fl, t0 = performance.now();
    var r = new FL.FastCanvas({pane: 'flEvents', padding: 0.2});
    var n = D.x.length, markers = new Array(n);
    var style = {renderer: r, pane: 'flEvents', radius: opts.radius, color: '#1a1a1a', weight: 1,
                 opacity: 0.9, fillOpacity: 0.9, bubblingMouseEvents: false};
    for (var i = 0; i < n; i++) {
      style.fillColor = D.c[D.k[i]]; style.flIndex = i;
      markers[i] = L.circleMarker([D.y[i], D.x[i]], style);
      group.addLayer(markers[i]);
    }
    group.bindTooltip(function (l) { return FL.tooltip(D, l.options.flIndex); }, {direction: 'top', offset: [0, -4]});
    group.bindPopup(function (l) { return FL.popup(D, l.options.flIndex); }, {maxWidth: 360, autoPanPaddingTopLeft: [10, 80]});
    fl.events = {D: D, markers: markers, circles: new Array(n), group: group, ugroup: null,
                 shown: new Uint8Array(n).fill(1), nShown: n, timing: {start: t0, created: performance.now()}};
    group.once('add', function () { fl.events.timing.added = performance.now(); });
    return fl.events;
  };
  FL.uncertainty = function (map, group, opts) {
    var ev = map._fl.events; if (!ev) { return; }
    var D = ev.D, rc = new FL.FastCanvas({pane: 'flUncert', padding: 0.2});
    for (var i = 0; i < D.x.length; i++) {
      if (!(D.uk[i] > opts.minUncertaintyKm)) { continue; }
      var col = D.c[D.k[i]];
      ev.circles[i] = L.circle([D.y[i], D.x[i]], {renderer: rc, pane: 'flUncert', radius: D.uk[i] * 1000,
        color: col, weight: 1, opacity: 0.45, fillColor: col, fillOpacity: 0.07, interactive: false});
      group.addLayer(ev.circles[i]);
    }
    ev.ugroup = group;
  };
  FL.places = function (map, group, P) {
    var r = L.canvas({pane: 'flPlaces'});
    var style = {renderer: r, pane: 'flPlaces', radius: 3, color: '#555', weight: 1, fillColor: '#9a9a9a',
                 fillOpacity: 0.9, bubblingMouseEvents: false};
    for (var i = 0; i < P.x.length; i++) {
      style.flIndex = i;
      group.addLayer(L.circleMarker([P.y[i], P.x[i]], style));
    }
    group.bindTooltip(function (l) {
      var i = l.options.flIndex, t = P.n[i] + (P.a1[i] && P.a1[i] !== P.n[i] ? ', ' + P.a1[i] : '');
      if (P.mc[i]) { t += ' · ' + P.mc[i] + (P.mc[i] === 1 ? ' mention' : ' mentions'); }
      return FL.el('span', null, t);
    });
  };
  // Show exactly the events whose flag in ``want`` is 1 (markers and their uncertainty circles).
  // Hidden ones stay in their layer, flagged: the fast canvas skips them and they take no
  // clicks, so a view of 100,000 events changes in one redraw instead of 100,000 removals.
  FL.hide = function (layer, hidden) {
    layer._flHidden = hidden;
    if (layer.options.flInteractive === undefined) { layer.options.flInteractive = layer.options.interactive; }
    layer.options.interactive = hidden ? false : layer.options.flInteractive;
  };
  FL.show = function (map, want) {
    var ev = map._fl.events; if (!ev) { return 0; }
    var shown = 0, changed = false;
    for (var i = 0; i < want.length; i++) {
      var on = want[i] ? 1 : 0;
      shown += on;
      if (on === ev.shown[i]) { continue; }
      ev.shown[i] = on; changed = true;
      FL.hide(ev.markers[i], !on);
      if (ev.circles[i]) { FL.hide(ev.circles[i], !on); }
    }
    ev.nShown = shown;
    if (changed) {
      [ev.markers[0], ev.circles.find(function (c) { return c; })].forEach(function (l) {
        var r = l && l._renderer;
        if (r && r._map) { r._redrawBounds = null; r._redraw(); }
      });
    }
    return shown;
  };
  FL.filter = function (map, lo, hi) {
    var ev = map._fl.events; if (!ev) { return 0; }
    var D = ev.D, want = new Uint8Array(D.x.length);
    for (var i = 0; i < D.x.length; i++) {
      want[i] = (D.d0[i] === null) || (D.d0[i] + D.dd[i] >= lo && D.d0[i] <= hi) ? 1 : 0;
    }
    return FL.show(map, want);
  };
  FL.slider = function (map) {
    var ev = map._fl.events; if (!ev) { return; }
    var D = ev.D, lo = Infinity, hi = -Infinity;
    for (var i = 0; i < D.d0.length; i++) {
      if (D.d0[i] === null) { continue; }
      if (D.d0[i] < lo) { lo = D.d0[i]; } if (D.d0[i] + D.dd[i] > hi) { hi = D.d0[i] + D.dd[i]; }
    }
    if (!isFinite(lo)) { return; }
    var ctl = L.control({position: 'bottomleft'});
    ctl.onAdd = function () {
      var box = FL.el('div', 'fl-box fl-slider leaflet-bar');
      box.appendChild(FL.el('div', null, 'Time filter'));
      var a = FL.el('input'), b = FL.el('input'), label = FL.el('div', 'fl-range');
      [a, b].forEach(function (inp) { inp.type = 'range'; inp.min = lo; inp.max = hi; inp.step = 1; });
      a.value = lo; b.value = hi; a.className = 'fl-from'; b.className = 'fl-to';
      var timer = null;
      var update = function () {
        var x = Math.min(+a.value, +b.value), y = Math.max(+a.value, +b.value);
        var n = FL.filter(map, x, y);
        label.textContent = FL.iso(x) + ' – ' + FL.iso(y) + ' · ' + n + ' of ' + D.x.length + ' events';
      };
      var later = function () { clearTimeout(timer); timer = setTimeout(update, 60); };
      a.addEventListener('input', later); b.addEventListener('input', later);
      box.appendChild(a); box.appendChild(b); box.appendChild(label);
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      label.textContent = FL.iso(lo) + ' – ' + FL.iso(hi) + ' · ' + D.x.length + ' of ' + D.x.length + ' events';
      return box;
    };
    ctl.addTo(map);
    map._fl.slider = ctl;
  };
  FL.decorate = function (map, o) {
    var fl = map._fl;
    if (o.title || o.dateLabel) {
      var t = FL.el('div', 'fl-box fl-title');
      if (o.title) { t.appendChild(FL.el('div', 'fl-t', o.title)); }
      fl.dateBox = FL.el('div', 'fl-d', o.dateLabel || '');
      t.appendChild(fl.dateBox);
      map.getContainer().appendChild(t);
    }
    var north = L.control({position: 'topright'});
    north.onAdd = function () { var d = FL.el('div', 'fl-north'); d.title = 'North'; d.innerHTML = o.northSvg; return d; };
    north.addTo(map);
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () { fl.legendBox = FL.el('div', 'fl-box fl-legend'); return fl.legendBox; };
    legend.addTo(map);
    FL.legend(map, o.legend, o.hasUncertainty);
    if (map.attributionControl) {
      map.attributionControl.setPrefix('Leaflet');
      map.attributionControl.addAttribution(o.attribution);
    }
    if (o.slider) { FL.slider(map); }
    if (o.selected) { FL.select(map, o.selected, o.selectZoom); }
    fl.decorated = true;
    // in the dashboard the page hands each view to the mounted map; one may be waiting already
    try {
      var pending = window.parent !== window && window.parent.flPendingView;
      if (pending) { FL.view(map, null, pending); }
    } catch (e) { /* a page of another origin: no views from it */ }
    // canvas layers paint on the next frame; snapshot tools wait for this flag
    requestAnimationFrame(function () { requestAnimationFrame(function () {
      window.frontlineMapReady = true; map.fire('fl:ready');
    }); });
  };
  FL.legend = function (map, items, hasUncertainty) {
    var box = map._fl.legendBox; if (!box) { return; }
    box.textContent = '';
    box.appendChild(FL.el('h4', null, 'Event type'));
    if (!items.length) { box.appendChild(FL.el('div', 'fl-row', 'no events')); }
    items.forEach(function (it) {
      var row = FL.el('div', 'fl-row'), sw = FL.el('span', 'fl-swatch');
      sw.style.background = it[1]; row.appendChild(sw);
      row.appendChild(document.createTextNode(it[0] + ' (' + it[2] + ')')); box.appendChild(row);
    });
    if (hasUncertainty) {
      var row = FL.el('div', 'fl-row'); row.appendChild(FL.el('span', 'fl-ring'));
      row.appendChild(document.createTextNode('location uncertainty')); box.appendChild(row);
    }
  };
  // Apply one view of the dashboard to a map built once with all events: which events show
  // (a bit mask in payload order), the front-line layers, legend, date label, selection and
  // view. The map is never re-mounted, so a filter or date change costs no reload.
  FL.view = function (map, group, o) {
    var fl = map._fl, ev = fl.events;
    if (o.base && fl.key && o.base !== fl.key) { return group; }  // a view of another map's events
    if (ev) {
      var n = ev.D.x.length, want = new Uint8Array(n);
      if (o.mask === null) { want.fill(1); } else {
        var bits = atob(o.mask);
        for (var i = 0; i < n; i++) { want[i] = (bits.charCodeAt(i >> 3) >> (7 - (i & 7))) & 1; }
      }
      FL.show(map, want);
    }
    if (o.layersKey !== fl.layersKey) { FL.swapLayers(map, o.layers || []); fl.layersKey = o.layersKey; }
    FL.legend(map, o.legend, o.hasUncertainty);
    if (fl.dateBox) { fl.dateBox.textContent = o.dateLabel || ''; }
    var selectionChanged = (o.selected || null) !== (fl.selectedId || null);
    if (selectionChanged) { FL.select(map, o.selected, o.selectZoom); }
    var fit = JSON.stringify(o.bounds || null);
    if (o.bounds && fit !== fl.lastFit && !(selectionChanged && o.selected)) {
      map.fitBounds(o.bounds, {padding: [24, 24], maxZoom: o.maxZoom, animate: false});
    }
    fl.lastFit = fit;
    fl.viewCount = (fl.viewCount || 0) + 1;
    if (o.signalDrawn && !fl.drawnSent && window.Streamlit && window.Streamlit.setComponentValue) {
      // tell the app the pins are painted, so it sends the timeline and table only now
      fl.drawnSent = true;
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        var prev = (window.__GLOBAL_DATA__ && window.__GLOBAL_DATA__.previous_data) || {};
        window.Streamlit.setComponentValue(L.extend({}, prev, {fl_drawn: true}));
      }); });
    }
    return group;
  };
  // Replace the front-line layers (each an overlay of the layer control), keeping what the
  // user switched on or off for each kind.
  FL.swapLayers = function (map, specs) {
    var fl = map._fl, state = fl.layerState = fl.layerState || {};
    (fl.dynamic || []).forEach(function (d) {
      state[d.kind] = map.hasLayer(d.layer);  // keep what the user switched on or off
      if (fl.layers) { fl.layers.removeLayer(d.layer); }
      map.removeLayer(d.layer);
    });
    fl.dynamic = specs.map(function (spec) {
      var layer = L.featureGroup();
      FL.vector(map, layer, spec[2], spec[3], 'flControl', null);
      var on = (spec[0] in state) ? state[spec[0]] : spec[4];
      if (on) { layer.addTo(map); }
      if (fl.layers) { fl.layers.addOverlay(layer, spec[1]); }
      return {kind: spec[0], layer: layer};
    });
  };
  FL.select = function (map, id, zoom) {
    var fl = map._fl, ev = fl.events;
    if (fl.selected) { map.removeLayer(fl.selected); fl.selected = null; }
    fl.selectedId = id || null;
    if (!ev || !id) { return; }
    var i = ev.D.id.indexOf(id); if (i < 0) { return; }
    var ll = [ev.D.y[i], ev.D.x[i]];
    var opts = {pane: 'flSelected', renderer: L.svg({pane: 'flSelected'}), interactive: false, fill: false};
    fl.selected = L.layerGroup([
      L.circleMarker(ll, L.extend({radius: 14, color: '#ffffff', weight: 6, opacity: 0.9}, opts)),
      L.circleMarker(ll, L.extend({radius: 14, color: '#000000', weight: 3}, opts))]).addTo(map);
    map.setView(ll, Math.max(map.getZoom(), zoom), {animate: false});
  };
})();
"""


class _RawElement(Element):
    """Text written into the page as is (branca's ``Element(text)`` would compile it as a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs: Any) -> str:
        return self._text


class _RawScript:
    """Mixin: render the ``script`` macro straight into the page.

    Compiling tens of megabytes of event JSON as a Jinja template (what
    ``MacroElement.render`` does) takes seconds; streamlit-folium calls the
    ``script`` macro itself and is unaffected.
    """

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        script = self._template.module.__dict__["script"]
        figure.script.add_child(_RawElement(script(self, kwargs)), name=self.get_name())
        for child in list(self._children.values()):
            child.render(**kwargs)


class _Runtime(_RawScript, MacroElement):
    """Shared JavaScript helpers, page styles, panes and offline icon set-up (first child of the map)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this.runtime }}
        FL.setup({{ this._parent.get_name() }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, bounds: list[list[float]], max_zoom: int = 11, key: str = "") -> None:
        super().__init__()
        self._name = "FrontlineRuntime"
        self.runtime = _RUNTIME_JS
        self.options = _script_json({
            "css": _CSS.replace("%SEA%", _SEA), "sea": _SEA, "icons": assets.marker_icon_uris(),
            "bounds": bounds, "maxZoom": max_zoom, "key": key,
        })


class _DataLayer(_RawScript, Layer):
    """A Leaflet feature group filled by one runtime call ``FL.<fn>(map, group, *args)``.

    ``args`` are JavaScript expressions (script-safe JSON from :func:`_script_json`).
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.featureGroup();
        FL.{{ this.fn }}({{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.args|join(', ') }});
        {% endmacro %}
    """)

    def __init__(self, name: str, fn: str, args: Sequence[str], *, overlay: bool = True,
                 show: bool = True, control: bool = True) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "FrontlineLayer"
        self.fn = fn
        self.args = list(args)

    def render(self, **kwargs: Any) -> None:
        if self.show:  # what folium's Layer.render does before rendering
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        _RawScript.render(self, **kwargs)


class _Decorations(_RawScript, MacroElement):
    """Title and date box, legend, north arrow, attribution, view, time slider and selection."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        FL.decorate({{ this._parent.get_name() }}, {{ this.options }});
        {% endmacro %}
    """)

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "FrontlineDecorations"
        self.options = _script_json(dict(options))


# --------------------------------------------------------------------------- public API

def _parse_bounds(bounds: Any) -> list[list[float]]:
    """Accept ``(minx, miny, maxx, maxy)`` or ``[[south, west], [north, east]]``; return the latter."""
    try:
        if len(bounds) == 4:
            minx, miny, maxx, maxy = (float(v) for v in bounds)
        else:
            (miny, minx), (maxy, maxx) = ((float(a), float(b)) for a, b in bounds)
    except (TypeError, ValueError):
        msg = f"bad map bounds {bounds!r}: give (min_lon, min_lat, max_lon, max_lat) or [[south, west], [north, east]]"
        raise InputError(msg) from None
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        msg = f"bad map bounds {bounds!r}: need min <= max, longitudes in -180..180, latitudes in -90..90"
        raise InputError(msg)
    return [[miny, minx], [maxy, maxx]]


def _events_bounds(payload: Mapping[str, Any]) -> list[list[float]] | None:
    if not payload["x"]:
        return None
    xs, ys = payload["x"], payload["y"]
    south, north, west, east = min(ys), max(ys), min(xs), max(xs)
    pad = 0.05  # degrees; a single event still gets a little context
    return [[south - pad, west - pad], [north + pad, east + pad]]


def _control_layers(control: Mapping[str, Any]) -> list[tuple[str, str, dict, dict, bool]]:
    """Return ``(kind, name, geojson, style, show)`` for each front-line geometry given."""
    label = _text(control.get("date"))
    suffix = f" ({label})" if label else ""
    specs = [
        ("occupied", f"Occupied territory{suffix}",
         {"color": "#b2182b", "weight": 0.6, "fillColor": "#d6604d", "fillOpacity": 0.28}, True),
        ("line", f"Line of contact{suffix}", {"color": "#3d0c11", "weight": 2.2, "opacity": 0.9, "fill": False}, True),
        ("gained", "Gained by Russia", {"color": "#67001f", "weight": 0.8, "fillColor": "#67001f", "fillOpacity": 0.45}, False),
        ("lost", "Retaken by Ukraine", {"color": "#0072B2", "weight": 0.8, "fillColor": "#0072B2", "fillOpacity": 0.4}, False),
    ]
    out = []
    for key, name, style, show in specs:
        gj = _geometry_geojson(control.get(key), simplify_deg=0.0005)
        if gj is not None:
            out.append((key, name, gj, style, show))
    return out


def _attribution(events: gpd.GeoDataFrame) -> str:
    sources = [s for s in (_text(v) for v in _column(events, "source")) if s]
    counts: dict[str, int] = {}
    for s in sources:
        counts[s] = counts.get(s, 0) + 1
    top = sorted(counts, key=lambda s: (-counts[s], s))
    text = _ATTRIBUTION
    if top:
        more = f" +{len(top) - 5} more" if len(top) > 5 else ""
        text += " · Events: " + ", ".join(top[:5]) + more
    return html.escape(text)  # Leaflet writes attributions with innerHTML


def _default_date_label(payload: Mapping[str, Any]) -> str:
    starts = [d for d in payload["d0"] if d is not None]
    if not starts:
        return ""
    lo = _EPOCH + dt.timedelta(days=min(starts))
    hi = _EPOCH + dt.timedelta(days=max(a + b for a, b in zip(payload["d0"], payload["dd"]) if a is not None))
    return _day(lo) if lo == hi else f"{_day(lo)} – {_day(hi)}"


def build_map(
    events: gpd.GeoDataFrame,
    *,
    places: gpd.GeoDataFrame | None = None,
    control: Mapping[str, Any] | None = None,
    tiles: str | None = None,
    title: str | None = None,
    selected_id: str | None = None,
    bounds: Sequence[float] | Sequence[Sequence[float]] | None = None,
    date_label: str | None = None,
    time_slider: bool = False,
    height: str | int = "100%",
) -> folium.Map:
    """Build the offline event map.

    Parameters
    ----------
    events : GeoDataFrame
        Events with the contract properties (``geodata.layers.EVENT_FIELDS``, plus
        optional ``mention_start``/``mention_end``/``url``); one point each.
    places : GeoDataFrame, optional
        Places, drawn as small grey dots in their own layer.
    control : mapping, optional
        Front line: ``date`` and shapely geometries ``occupied``, ``line``,
        ``gained``, ``lost`` (any may be ``None``).
    tiles : {"osm", "light"}, optional
        Add an online tile layer (and make it the visible base); the bundled
        vector basemap stays available in the layer control.
    title, date_label : str, optional
        Text of the title box; ``date_label`` defaults to the events' date range.
    selected_id : str, optional
        Event to ring and centre on.
    bounds : optional
        ``(min_lon, min_lat, max_lon, max_lat)`` or ``[[south, west], [north, east]]``;
        default the events' extent, or Ukraine without events.
    time_slider : bool
        Add a date-range slider that filters the event layer in the browser.

    Returns
    -------
    folium.Map
        A map whose scripts and styles are all inlined (see :func:`to_html`).
    """
    if tiles is not None and tiles not in _TILES:
        msg = f"unknown tiles {tiles!r}: use one of {', '.join(sorted(_TILES))} or none for the offline basemap"
        raise InputError(msg)
    if not isinstance(events, gpd.GeoDataFrame):
        msg = "events must be a GeoDataFrame (see geodata.layers.events_frame)"
        raise InputError(msg)
    payload = _event_payload(events)
    view = _parse_bounds(bounds) if bounds is not None else (
        _events_bounds(payload) or [list(UKRAINE_BOUNDS[0]), list(UKRAINE_BOUNDS[1])])
    centre = [(view[0][0] + view[1][0]) / 2, (view[0][1] + view[1][1]) / 2]

    m = folium.Map(location=centre, zoom_start=6, tiles=None, prefer_canvas=True,
                   control_scale=True, height=height)
    m.default_js = assets.js_links(jquery=False)
    m.default_css = assets.css_links()
    key = hashlib.sha1("\n".join(payload["id"]).encode("utf-8")).hexdigest()[:16]
    m.add_child(_Runtime(view, key=key))

    if tiles is not None:
        url, label, attr = _TILES[tiles]
        folium.TileLayer(url, name=label, attr=attr, overlay=False, control=True, show=True,
                         max_zoom=19).add_to(m)
    base_style = {"color": "#8a8a8a", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1}
    m.add_child(_DataLayer("Basemap (offline)", "vector",
                           [_basemap_json("countries"), _script_json(base_style), "'flBase'", "null"],
                           overlay=False, show=tiles is None))
    admin_style = {"color": "#a3a3a3", "weight": 0.5, "fill": False, "dashArray": "3 3"}
    m.add_child(_DataLayer("Admin regions", "vector",
                           [_basemap_json("admin1"), _script_json(admin_style), "'flAdmin'", "null"]))

    if control:
        for _, name, gj, style, show in _control_layers(control):
            m.add_child(_DataLayer(name, "vector", [_script_json(gj), _script_json(style), "'flControl'", "null"],
                                   show=show))

    if places is not None and len(places):
        m.add_child(_DataLayer("Places", "places", [_script_json(_place_payload(places))]))

    has_uncertainty = any(u > UNCERTAINTY_MIN_KM for u in payload["uk"])
    options = {"radius": 6, "minUncertaintyKm": UNCERTAINTY_MIN_KM}
    m.add_child(_DataLayer(f"Events ({len(payload['x'])})", "events",
                           [_script_json(payload), _script_json(options)]))
    n_circles = sum(u > UNCERTAINTY_MIN_KM for u in payload["uk"])
    if n_circles:
        m.add_child(_DataLayer("Location uncertainty", "uncertainty", [_script_json(options)],
                               show=n_circles <= UNCERTAINTY_MAX_SHOWN))

    folium.LayerControl(position="topright", collapsed=True).add_to(m)

    counts = [0] * len(payload["t"])
    for k in payload["k"]:
        counts[k] += 1
    m.add_child(_Decorations({
        "title": _text(title),
        "dateLabel": _text(date_label) if date_label is not None else _default_date_label(payload),
        "legend": [[t, c, n] for t, c, n in zip(payload["t"], payload["c"], counts)],
        "hasUncertainty": has_uncertainty,
        "attribution": _attribution(events),
        "northSvg": _NORTH_SVG,
        "slider": bool(time_slider),
        "selected": _text(selected_id) or None,
        "selectZoom": 9,
    }))
    m.frontline_event_count = len(payload["x"])  # for callers (export manifest, tests)
    m.frontline_event_ids = payload["id"]  # payload order, for view_update's mask
    m.frontline_key = key  # which events, in which order: a view applies only to its own map
    m.frontline_uncertainty = has_uncertainty
    return m


def view_update(
    base: folium.Map,
    view: gpd.GeoDataFrame,
    *,
    control: Mapping[str, Any] | None = None,
    selected_id: str | None = None,
    frame: gpd.GeoDataFrame | None = None,
    signal_drawn: bool = False,
) -> dict[str, Any]:
    """Return what shows one filtered ``view`` on ``base``, a map built by :func:`build_map` with all events.

    The options of the map's ``FL.view``: which pins show (a bit mask in the
    map's event order), the front-line layers, legend, date label, selection and
    framing. The dashboard builds its map once per store and hands each view to
    the mounted map with :func:`view_script`: the browser then hides and shows
    pins, swaps the front-line layers and updates legend, date label and
    selection in place, instead of loading the whole map again.
    The map is fitted to ``frame`` (default: the view) whenever that extent
    changes: a caller passing the view without its date filter keeps the map
    still while the dates move. With ``signal_drawn`` the map's component value
    gets ``fl_drawn: true`` once the pins are painted (the app then sends the rest
    of the page).
    """
    ids = getattr(base, "frontline_event_ids", None)
    if ids is None:
        msg = "view_update needs a map made by mapview.build_map"
        raise InputError(msg)
    shown = pd.Index(ids).isin(view["id"].astype(str)) if len(view) and "id" in view.columns \
        else np.zeros(len(ids), dtype=bool)
    mask = None if shown.all() else base64.b64encode(np.packbits(shown).tobytes()).decode()
    framed = view if frame is None else frame
    points = framed[framed.geometry.notna() & ~framed.geometry.is_empty] if len(framed) else framed
    bounds = None
    if len(points):
        west, south, east, north = points.to_crs(4326).total_bounds if points.crs and points.crs.to_epsg() != 4326 \
            else points.total_bounds
        # rounded as the payload's points are, so an unchanged extent gives the very same bounds
        bounds = _events_bounds({"x": [round(west, 5), round(east, 5)], "y": [round(south, 5), round(north, 5)]})
    types = view["event_type"].fillna("").astype(str).replace("", "Other") if len(view) else pd.Series(dtype=object)
    counts = types.value_counts(sort=False).to_dict()
    colors = event_colors(list(counts))
    label = ""
    if len(view) and "date" in view.columns:
        starts = pd.to_datetime(view["date"], errors="coerce")
        ends = pd.to_datetime(view["date_end"], errors="coerce") if "date_end" in view.columns else starts
        lo, hi = starts.min(), max(starts.max(), ends.max()) if ends.notna().any() else starts.max()
        if pd.notna(lo):
            lo, hi = lo.date(), hi.date()
            label = _day(lo) if lo == hi else f"{_day(lo)} – {_day(hi)}"
    layers = [[kind, name, gj, style, show] for kind, name, gj, style, show in _control_layers(control or {})]
    return {
        "base": getattr(base, "frontline_key", ""),
        "mask": mask,
        "layers": layers,
        # the browser rebuilds the front-line layers only when they change
        "layersKey": hashlib.sha1(json.dumps(layers, sort_keys=True).encode()).hexdigest(),
        "signalDrawn": bool(signal_drawn),
        "legend": [[t, colors[t], int(n)] for t, n in counts.items()],
        "hasUncertainty": bool(getattr(base, "frontline_uncertainty", False)),
        "dateLabel": label,
        "selected": _text(selected_id) or None,
        "selectZoom": 9,
        "bounds": bounds,
        "maxZoom": 11,
    }


def view_script(options: Mapping[str, Any]) -> str:
    """Return a page script that applies a view (:func:`view_update`) to the dashboard's mounted map.

    The map lives in streamlit-folium's frame, served from the page's origin. The
    script leaves the view on the page (``flPendingView``, picked up by a map
    that is still loading) and applies it to every map frame that is ready; a
    view made for other events is ignored by the map (``base`` key). Sending the
    view beside the map, not in it, keeps the map's own message identical from one
    rerun to the next, so Streamlit sends it as a reference to the copy the
    browser already holds instead of the whole map again.
    """
    return ("<script>(function () {\n"
            f"  var o = {_script_json(dict(options))};\n"
            "  window.flPendingView = o;\n"
            "  Array.prototype.forEach.call(document.querySelectorAll('iframe'), function (f) {\n"
            "    try {\n"
            "      var w = f.contentWindow;\n"
            "      if (w && w.FL && w.map && w.map._fl && w.map._fl.decorated) { w.FL.view(w.map, null, o); }\n"
            "    } catch (e) { /* not a map frame */ }\n"
            "  });\n"
            "})();</script>")


def to_html(m: folium.Map, *, meta: Mapping[str, str] | None = None) -> str:
    """Return the map as one self-contained HTML document that works opened from disk, offline.

    ``meta`` entries become ``<meta name=... content=...>`` tags in the head
    (for an export manifest); values are HTML-escaped.
    """
    page = m.get_root().render()
    if meta:
        tags = "".join(
            f'<meta name="{html.escape(str(k), quote=True)}" content="{html.escape(str(v), quote=True)}">'
            for k, v in meta.items()
        )
        page = page.replace("<head>", "<head>" + tags, 1)
    return page


ST_FOLIUM_RETURNED: tuple[str, ...] = ("last_object_clicked", "last_object_clicked_popup", "last_clicked")
"""The ``st_folium`` return values the dashboard needs (fewer reruns than returning all)."""


def st_folium_kwargs(*, key: str = "event-map", height: int = 640) -> dict[str, Any]:
    """Return keyword arguments for ``streamlit_folium.st_folium(m, **kwargs)``.

    A stable ``key`` and a short ``returned_objects`` list keep the page from
    re-rendering the map on every pan or zoom.
    """
    return {"key": key, "height": height, "use_container_width": True,
            "returned_objects": list(ST_FOLIUM_RETURNED)}


def clicked_event_id(result: Mapping[str, Any] | None, events: gpd.GeoDataFrame,
                     *, tolerance_deg: float = 2e-5) -> str | None:
    """Map a ``st_folium`` result back to the clicked event's id, or ``None``.

    The popup text names the id (``id: ...``); failing that, the event at the
    clicked coordinates (pins report their own position) is taken.
    """
    if not result or events is None or not len(events):
        return None
    ids = [_text(v) for v in _column(events, "id")]
    popup = result.get("last_object_clicked_popup") or ""
    found = re.findall(r"id: (\S+)\s*$", popup.strip())
    if found and found[-1] in ids:
        return found[-1]
    clicked = result.get("last_object_clicked")
    if not clicked or "lat" not in clicked or "lng" not in clicked:
        return None
    xs, ys, valid = _points(events)
    lat, lng = float(clicked["lat"]), float(clicked["lng"])
    best, best_d = None, tolerance_deg
    for ident, x, y, ok in zip(ids, xs, ys, valid):
        d = max(abs(x - lng), abs(y - lat))
        if ok and d <= best_d:
            best, best_d = ident, d
    return best
