"""The frontline-map dashboard (run by ``frontline serve``).

A thin Streamlit layer over the engine: it reads the store, filters what the
user asks for (``dashboard.state``), draws the map with ``dashboard.mapview``
and writes reports and corrections back through ``geodata.store``.  No
geoparsing happens here.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from dashboard import highlight, uploads
from dashboard import state as vs
from dashboard.server import ENV_DB, ENV_MAP_FIRST, ENV_MAX_UPLOAD_MB, ENV_READ_ONLY, MAX_UPLOAD_MB
from geodata import settings
from geodata.errors import FrontlineError, StoreError

SAMPLE_NAME = "ukraine-2023-07-10.txt"
SAMPLE_PUBLISHED = dt.date(2023, 7, 10)
LOW_CONFIDENCE = 0.6  # events under this confidence are offered first in the review

TABLE_ROWS = 2000  # rows sent to the browser; the map and downloads always have every event
FRONT_LINES_CACHED = 8  # front lines kept drawn (snapshot pairs); the latest half are drawn ahead
TABLE_COLUMNS = ("date", "date_end", "date_precision", "event_type", "place", "place_mention", "admin1",
                 "country_code", "location_precision", "uncertainty_km", "confidence", "actors",
                 "claimed_by", "source", "report_id", "id")

st.set_page_config(page_title="frontline-map", page_icon="🗺️", layout="wide",
                   initial_sidebar_state="expanded")

READ_ONLY = os.environ.get(ENV_READ_ONLY, "0").strip().lower() in ("1", "true", "yes", "on")
DB_PATH = settings.db_path(os.environ.get(ENV_DB) or None)
try:
    UPLOAD_LIMIT_MB = float(os.environ.get(ENV_MAX_UPLOAD_MB) or MAX_UPLOAD_MB)
except ValueError:
    UPLOAD_LIMIT_MB = float(MAX_UPLOAD_MB)
try:  # a big view's first page draws the map first; timeline and table follow once its pins are painted
    MAP_FIRST_EVENTS = int(os.environ.get(ENV_MAP_FIRST) or 2000)
except ValueError:
    MAP_FIRST_EVENTS = 2000


# --- the store -------------------------------------------------------------------

def _store_problem(exc: BaseException) -> str:
    """One readable line for a store that cannot be used."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, sqlite3.OperationalError) and "locked" in text:
        return f"the store {DB_PATH} is locked by another program; wait for it to finish and reload the page"
    if isinstance(exc, FrontlineError):
        return text
    return f"the store {DB_PATH} cannot be used ({text}); check the file or start with another --db"


def _open_store(write: bool = False):
    """Open the store: read-only for reading (WAL readers never wait), writable only to write."""
    from geodata.store import Store

    return Store(DB_PATH, read_only=READ_ONLY or not write)


def _stop_with(message: str) -> None:
    st.error(f"**The dashboard cannot open its data.** {message}")
    st.caption(f"Store: `{DB_PATH}`. Start it with `frontline serve --db PATH` to use another file, "
               "or `frontline ingest REPORTS` to fill it.")
    st.stop()


_RUN_VERSION: tuple[int, ...] | None = None  # Streamlit runs this script in a fresh module each time


def _store_version() -> tuple[int, ...]:
    """The store's change stamp, read once per script run.

    Every cache of one run (events, map, views, choices) is keyed by the same
    stamp: a writer committing mid-run must not leave a map built from the
    older events cached under the newer stamp.
    """
    global _RUN_VERSION
    if _RUN_VERSION is None:
        _RUN_VERSION = _read_store_version()
    return _RUN_VERSION


def _read_store_version() -> tuple[int, ...]:
    """Change stamp of the store files, so cached reads refresh after any write."""
    stamp: list[int] = []
    for suffix in ("", "-wal"):
        try:
            info = Path(f"{DB_PATH}{suffix}").stat()
        except OSError:
            stamp += [0, 0]
            continue
        # an empty WAL is created and removed by readers too: only a WAL with pages says "written"
        stamp += [info.st_mtime_ns if info.st_size else 0, info.st_size]
    return tuple(stamp)


@st.cache_resource(show_spinner=False, max_entries=1)
def _load_sample(db_path: str) -> str | None:
    """Put the bundled sample report in an empty store so a newcomer sees pins at once."""
    with _open_store(write=True) as store:
        if not store.is_empty():
            return None
        from geodata.extract import extract
        from geodata.reports import read_reports

        path = settings.SAMPLES_DIR / SAMPLE_NAME
        for report in read_reports(path, published=SAMPLE_PUBLISHED, source="sample"):
            store.add_extraction(extract(report, aliases=store.aliases()))
    return SAMPLE_NAME


@st.cache_resource(show_spinner="Reading the store…", max_entries=2)
def _load_events(db_path: str, version: tuple[int, ...]):
    """All events of the store (cached per store version; treat as read-only)."""
    with _open_store() as store:
        events = store.events()
        snapshots = store.control_snapshots()
        if snapshots and not events.empty:
            try:
                from geodata import frontline

                geoms = {dt.date.fromisoformat(str(s["date"])[:10]): store.control_geometry(s["date"])
                         for s in snapshots}
                events = frontline.annotate_events(events, {d: g for d, g in geoms.items() if g is not None})
            except (ImportError, AttributeError, FrontlineError):
                pass
    if not events.empty:
        events = vs.with_spans(events.sort_values(["date", "id"], kind="stable").reset_index(drop=True))
    return events


@st.cache_resource(show_spinner=False, max_entries=2)
def _load_snapshots(db_path: str, version: tuple[int, ...]) -> list[dt.date]:
    """The dates of the store's front-line snapshots, in order."""
    with _open_store() as store:
        return sorted(dt.date.fromisoformat(str(s["date"])[:10]) for s in store.control_snapshots())


@st.cache_resource(show_spinner=False, max_entries=2)
def _catalog(db_path: str, version: tuple[int, ...], _events: pd.DataFrame) -> dict[str, Any]:
    """The filters' choices and the date bounds of all events (per store version, not per rerun)."""
    return {"bounds": vs.date_bounds(_events),
            **{column: vs.options(_events, column)
               for column in ("event_type", "source", "report_id", "country_code", "admin1")}}


@st.cache_resource(show_spinner=False, max_entries=16)
def _region_choices(db_path: str, version: tuple[int, ...], countries: tuple[str, ...],
                    _events: pd.DataFrame) -> list[str]:
    """The regions to choose from within ``countries``."""
    return vs.options(_events[_events["country_code"].isin(countries)], "admin1")


@st.cache_resource(show_spinner=False, max_entries=8)
def _views(key: str, _events: pd.DataFrame, _filters: vs.Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The events the filters keep without and with the timeline brush (read-only frames)."""
    base = vs.apply(_events, _filters.with_(brush_from=None, brush_to=None))
    return base, vs.apply(base, vs.Filters(brush_from=_filters.brush_from, brush_to=_filters.brush_to))


@st.cache_resource(show_spinner=False, max_entries=2)
def _load_reports(db_path: str, version: tuple[int, ...]) -> pd.DataFrame:
    with _open_store() as store:
        return store.reports()


def _refresh() -> None:
    global _RUN_VERSION
    _RUN_VERSION = None
    _load_events.clear()
    _load_snapshots.clear()
    _load_reports.clear()


# --- filters ---------------------------------------------------------------------

def _init_from_query(events: pd.DataFrame, bounds: tuple[dt.date, dt.date] | None) -> None:
    """On a session's first run, set the filter widgets from the URL query string."""
    if st.session_state.get("_filters_ready"):
        return
    f = vs.from_query({k: st.query_params.get_all(k) for k in st.query_params})
    for problem in f.problems:
        st.toast(problem)
    if bounds:
        lo = max(bounds[0], min(f.date_from or bounds[0], bounds[1]))
        hi = min(bounds[1], max(f.date_to or bounds[1], lo))
        st.session_state["f_dates"] = (lo, hi)
        st.session_state["_bounds_seen"] = bounds
    catalog = _catalog(str(DB_PATH), _store_version(), events)
    known = {
        "f_types": catalog["event_type"],
        "f_precisions": list(vs.PRECISIONS),
        "f_sources": sorted(set(catalog["source"]) | set(catalog["report_id"])),
        "f_countries": catalog["country_code"],
        "f_regions": catalog["admin1"],
    }
    chosen = {"f_types": f.types, "f_precisions": f.precisions, "f_sources": f.sources,
              "f_countries": f.countries, "f_regions": f.regions}
    for key, values in chosen.items():
        st.session_state[key] = [v for v in values if v in known[key]]
    st.session_state["f_conf"] = float(f.min_confidence)
    st.session_state["f_text"] = f.text
    if f.near_line_km is not None:
        st.session_state["f_near_on"] = True
        st.session_state["f_near_km"] = float(f.near_line_km)
    st.session_state["f_change"] = f.change
    st.session_state["brush"] = (f.brush_from, f.brush_to)
    st.session_state["selected_ids"] = [f.selected] if f.selected else []
    st.session_state["focus_id"] = f.selected
    st.session_state["report_pick"] = f.report
    st.session_state["page"] = st.query_params.get("page") or "Map"
    st.session_state["_filters_ready"] = True


def _fit_date_range(lo: dt.date, hi: dt.date) -> None:
    """Keep the date slider inside the data; a full range stays full when new data widens it."""
    seen = st.session_state.get("_bounds_seen")
    picked = st.session_state.get("f_dates")
    if not isinstance(picked, (tuple, list)) or len(picked) != 2 or (seen and tuple(picked) == tuple(seen)):
        picked = (lo, hi)
    start = min(max(picked[0], lo), hi)
    end = max(min(picked[1], hi), start)
    st.session_state["f_dates"] = (start, end)
    st.session_state["_bounds_seen"] = (lo, hi)


def _brush_from_chart() -> None:
    """Take the timeline brush (kept by the chart widget) before anything is drawn."""
    chart = st.session_state.get("timeline")
    if chart is None or not hasattr(chart, "get"):
        return  # the chart is not on this page: keep the brush as it was
    selection = chart.get("selection")
    lo, hi = vs.brush_dates(selection)
    seen = st.session_state.get("_brush_seen")
    if (lo, hi) != seen:
        st.session_state["_brush_seen"] = (lo, hi)
        if lo or hi or seen is not None:
            st.session_state["brush"] = (lo, hi)


def _sidebar(events: pd.DataFrame, bounds: tuple[dt.date, dt.date] | None, has_line: bool) -> vs.Filters:
    """Draw the filter widgets and return the filters they describe."""
    sb = st.sidebar
    catalog = _catalog(str(DB_PATH), _store_version(), events)
    sb.header("Filters")
    date_from = date_to = None
    if bounds:
        lo, hi = bounds
        if lo == hi:
            hi = lo + dt.timedelta(days=1)
        _fit_date_range(lo, hi)
        picked = sb.slider("Dates", min_value=lo, max_value=hi, key="f_dates", format="YYYY-MM-DD",
                           help="Keeps events whose date span overlaps this range.")
        if picked[0] > bounds[0]:
            date_from = picked[0]
        if picked[1] < bounds[1]:
            date_to = picked[1]
    types = sb.multiselect("Event types", catalog["event_type"], key="f_types",
                           placeholder="All types")
    precisions = sb.multiselect("Date precision", list(vs.PRECISIONS), key="f_precisions",
                                placeholder="Any precision")
    conf = sb.slider("Minimum confidence", 0.0, 1.0, step=0.05, key="f_conf")
    sources = sb.multiselect("Source or report",
                             sorted(set(catalog["source"]) | set(catalog["report_id"])),
                             key="f_sources", placeholder="All sources")
    countries = sb.multiselect("Country", catalog["country_code"], key="f_countries",
                               placeholder="All countries")
    region_choices = catalog["admin1"] if not countries else \
        _region_choices(str(DB_PATH), _store_version(), tuple(countries), events)
    regions = sb.multiselect("Oblast / region", region_choices, key="f_regions",
                             placeholder="All regions")
    text = sb.text_input("Search", key="f_text", placeholder="place, actor, words of the sentence")
    near_km = None
    if has_line:
        if sb.toggle("Only near the front line", key="f_near_on"):
            st.session_state.setdefault("f_near_km", 25.0)
            near_km = sb.number_input("Within km of the line", min_value=0.0, max_value=2000.0, step=5.0,
                                      key="f_near_km")
    brush_from, brush_to = st.session_state.get("brush", (None, None))
    if brush_from or brush_to:
        sb.caption(f"Timeline brush: {brush_from} – {brush_to}")
        if sb.button("Clear the timeline brush", key="clear_brush"):
            st.session_state["brush"] = (None, None)
            st.rerun()
    return vs.Filters(date_from=date_from, date_to=date_to, types=tuple(types), precisions=tuple(precisions),
                      min_confidence=float(conf), sources=tuple(sources), countries=tuple(countries),
                      regions=tuple(regions), text=text, near_line_km=near_km,
                      brush_from=brush_from, brush_to=brush_to,
                      selected=(st.session_state.get("selected_ids") or [None])[0],
                      report=st.session_state.get("report_pick"))


def _sync_query(filters: vs.Filters, page: str) -> None:
    """Keep the URL query string equal to the filters and page, so the view can be shared."""
    wanted = vs.to_query(filters)
    if page != "Map":
        wanted["page"] = page
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    normal = {k: (v if isinstance(v, list) else [v]) for k, v in wanted.items()}
    if normal != current:
        st.query_params.from_dict(wanted)


# --- map, table, timeline ----------------------------------------------------------

@st.cache_resource(show_spinner=False, max_entries=8)
def _per_day(key: str, _base: pd.DataFrame) -> pd.DataFrame:
    """The timeline's counts for the view ``key`` (read-only)."""
    return vs.per_day(_base)


def _timeline(key: str, base: pd.DataFrame) -> None:
    """Events per day stacked by type; an x brush narrows the map and the table."""
    counts = _per_day(key, base)
    if counts.empty:
        return
    from dashboard.mapview import event_colors

    colors = event_colors(sorted(counts["event_type"].unique()))  # the same colours as the pins
    brush = alt.selection_interval(encodings=["x"], name="brush")
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("day:T", title=None, axis=alt.Axis(format="%d %b %Y")),
            y=alt.Y("sum(events):Q", title="events"),
            color=alt.Color("event_type:N", title="Event type",
                            scale=alt.Scale(domain=list(colors), range=list(colors.values()))),
            tooltip=[alt.Tooltip("day:T", format="%d %b %Y"), "event_type:N", "events:Q"],
        )
        .add_params(brush)
        .properties(height=150)
    )
    st.altair_chart(chart, on_select="rerun", selection_mode="brush", key="timeline", width="stretch")


def _ids_at(view: pd.DataFrame, lat: float, lng: float) -> list[str]:
    """Ids of the events drawn at the clicked point (several events can share a place)."""
    if view.empty:
        return []
    xs = view.geometry.x.to_numpy()
    ys = view.geometry.y.to_numpy()
    dist = (xs - lng) ** 2 + (ys - lat) ** 2
    best = dist.min()
    if best > 1e-6:
        return []
    return [str(i) for i in view["id"].to_numpy()[dist <= best + 1e-12]]


def _table_rows_changed() -> None:
    """Take a selection the user made in the table: it selects events and focuses the map."""
    table = st.session_state.get("table")
    if not table:
        return
    rows = list(table["selection"]["rows"]) if "selection" in table else []
    if rows == st.session_state.get("_rows_shown", []):
        return
    shown = st.session_state.get("_table_ids", [])
    ids = [shown[r] for r in rows if 0 <= r < len(shown)]
    st.session_state["selected_ids"] = ids
    st.session_state["focus_id"] = ids[-1] if ids else None


def _table_frame(view: pd.DataFrame) -> pd.DataFrame:
    """The rows the table shows: the first ``TABLE_ROWS`` events, selected ones always included."""
    head = view.head(TABLE_ROWS)
    selected = set(st.session_state.get("selected_ids") or [])
    if selected and len(view) > TABLE_ROWS:
        ids = view["id"].astype(str)
        missing = view[ids.isin(selected) & ~view.index.isin(head.index)]
        if not missing.empty:
            head = pd.concat([missing, head])
    return head


@st.cache_resource(show_spinner=False, max_entries=FRONT_LINES_CACHED)
def _front_line(db_path: str, version: tuple[int, ...], start: dt.date | None, end: dt.date | None):
    """The snapshot on or before ``end`` (its line of contact, and the change since ``start``)."""
    from geodata import export

    with _open_store() as store:
        return export.control_for(store, start, end)


def _prefetch_front_lines(days: list[dt.date]) -> None:
    """Draw the latest snapshots' lines once, for every session: no first move to a date pays for it.

    Runs last, once the page is sent; the warm-up session of ``frontline serve``
    does it before the first viewer arrives.
    """
    for day in days[-(FRONT_LINES_CACHED // 2):]:
        _front_line(str(DB_PATH), _store_version(), None, day)


def _snapshot_on(days: list[dt.date], day: dt.date | None) -> dt.date | None:
    """The snapshot date drawn for ``day`` (``frontline.nearest_snapshot``, the rule events use too)."""
    if not days or day is None:
        return day
    from geodata import frontline

    return days[frontline.nearest_snapshot(days, day)]


def _control(store_has_line: bool, filters: vs.Filters, bounds) -> dict[str, Any] | None:
    """The front line for the slider's end date, or None when the store holds no snapshot."""
    if not store_has_line:
        return None
    change = filters.change
    end = filters.date_to or (bounds[1] if bounds else None)
    start = (filters.date_from or (bounds[0] if bounds else None)) if change else None
    days = st.session_state.get("_snapshot_dates") or []
    # cache per snapshot, not per slider position: moving the slider within one snapshot's span is free
    end, start = _snapshot_on(days, end), _snapshot_on(days, start) if start is not None else None
    try:
        control = _front_line(str(DB_PATH), _store_version(), start, end)
    except (ImportError, FrontlineError, sqlite3.Error) as exc:
        st.warning(f"The front line cannot be drawn: {exc}")
        return None
    if control and not change:
        control = {k: v for k, v in control.items() if k not in ("gained", "lost")}
    return control


@st.cache_resource(show_spinner=False, max_entries=2)
def _built_map(key: str, _events: pd.DataFrame):
    """The folium map of all the store's events, built once per store version.

    The filters never rebuild it: each view is applied in the browser by
    :func:`_view_script`, so the map's message stays identical between reruns and
    streamlit-folium keeps the map mounted (no reload, no flicker). It is
    rendered here once, not by ``st_folium`` on every rerun.
    """
    from dashboard import mapcomponent, mapview

    return mapcomponent.render(mapview.build_map(_events))


@st.cache_resource(show_spinner=False, max_entries=16)
def _view_script(key: str, _base: Any, _events: pd.DataFrame, _view: pd.DataFrame, _filters: vs.Filters,
                 _control: dict[str, Any] | None, focus: str | None, signal: bool) -> str:
    """The page script that shows one view on the mounted map: pins, front line, legend, selection."""
    from dashboard import mapview

    # framed without the date filters: moving through time keeps the map still
    frame = vs.apply(_events, _filters.with_(date_from=None, date_to=None, brush_from=None, brush_to=None))
    return mapview.view_script(mapview.view_update(_base, _view, control=_control, selected_id=focus, frame=frame,
                                                   signal_drawn=signal))


def _map_first(view: pd.DataFrame) -> bool:
    """Whether this page holds back the timeline and table until the map reports its pins painted."""
    return len(view) >= MAP_FIRST_EVENTS and not st.session_state.get("map_drawn")


def _map(events: pd.DataFrame, view: pd.DataFrame, control: dict[str, Any] | None, filters: vs.Filters,
         view_key: str) -> None:
    """Draw the events (``view_key``: the store and the filters of ``view``); a click on a pin selects its row(s)."""
    from dashboard import mapcomponent, mapview

    ids = view["id"].astype(str)
    focus = st.session_state.get("focus_id")
    if focus is not None and not (ids == focus).any():
        focus = None
    base = _built_map(f"{DB_PATH}|{_store_version()!r}", events)
    key = "|".join([view_key, str(control.get("date") if control else None),
                    str(bool(control and control.get("gained"))), str(focus)])
    signal = _map_first(view)
    update = _view_script(key + f"|{signal}", base.map, events, view, filters, control, focus, signal)
    st.session_state["map_event_ids"] = ids.tolist()
    out = mapcomponent.show(base, key="map", height=600,
                            returned_objects=["last_object_clicked", "last_object_clicked_popup"])
    st.html(update, unsafe_allow_javascript=True)  # the view, beside the map (see mapview.view_script)
    if (out or {}).get("fl_drawn"):
        st.session_state["map_drawn"] = True
    clicked = (out or {}).get("last_object_clicked")
    stamp = (json.dumps(clicked, sort_keys=True), (out or {}).get("last_object_clicked_popup"))
    if clicked and stamp != st.session_state.get("_last_click"):
        st.session_state["_last_click"] = stamp
        exact = mapview.clicked_event_id(out, view) if (out or {}).get("last_object_clicked_popup") else None
        ids = [exact] if exact else _ids_at(view, float(clicked["lat"]), float(clicked["lng"]))
        if ids:
            st.session_state["selected_ids"] = ids


def _table(view: pd.DataFrame) -> None:
    """The filtered events; selection is kept in step with the map."""
    selected = set(st.session_state.get("selected_ids") or [])
    full = view
    view = _table_frame(full)
    ids = view["id"].astype(str).to_numpy()
    rows = [i for i, e in enumerate(ids) if e in selected]
    current = st.session_state.get("table")
    current_rows = list(current["selection"]["rows"]) if current and "selection" in current else []
    if rows != current_rows:
        st.session_state["table"] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    st.session_state["_rows_shown"] = rows
    st.session_state["_table_ids"] = [str(i) for i in ids]
    if len(full) > len(view):
        st.caption(f"The table lists the first {TABLE_ROWS:,} of {len(full):,} events by date (and the "
                   "selected ones); narrow the filters or download the data for all of them.")
    columns = [c for c in TABLE_COLUMNS if c in view.columns]
    extra = [c for c in ("frontline_distance_km", "frontline_side") if c in view.columns]
    frame = pd.DataFrame(view[columns + extra])
    if "actors" in frame:
        frame["actors"] = frame["actors"].map(lambda v: ", ".join(v) if isinstance(v, (list, tuple)) else v)
    st.dataframe(
        frame, key="table", on_select="rerun", selection_mode="multi-row", hide_index=True,
        width="stretch", height=320,
        column_config={
            "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0,
                                                          format="%.2f"),
            "uncertainty_km": st.column_config.NumberColumn("± km", format="%.0f"),
        },
    )
    if selected:
        chosen = full[full["id"].astype(str).isin(selected)]
        for row in chosen.head(3).itertuples(index=False):
            st.markdown(f"**Selected:** {_event_line(row)}")
            sentence = getattr(row, "sentence", None)
            if isinstance(sentence, str):
                spans = _sentence_span(row)
                st.markdown(f"<blockquote>{highlight.highlight_html(sentence, spans)}</blockquote>",
                            unsafe_allow_html=True)


def _event_line(row: Any) -> str:
    def esc(value: Any) -> str:
        return _md_escape("" if value is None else str(value))

    from dashboard.mapview import date_label

    when = date_label(row.date, row.date_end, row.date_precision) or "date unknown"
    return (f"{esc(when)} · {esc(row.event_type)} · {esc(row.place)} (as written: “{esc(row.place_mention)}”)"
            f" · confidence {float(row.confidence or 0):.2f} · report {esc(row.report_id)} · event id {esc(row.id)}")


def _md_escape(text: str) -> str:
    import html
    import re

    return re.sub(r"([\\`*_{}\[\]()#+!|<>~$])", r"\\\1", html.unescape(html.escape(text)))


def _sentence_span(row: Any) -> list[highlight.Span]:
    start, end = getattr(row, "mention_start", None), getattr(row, "mention_end", None)
    try:
        return [(int(start), int(end), str(row.place or ""))]
    except (TypeError, ValueError):
        return []


def _downloads(view: pd.DataFrame, filters: vs.Filters, control: dict[str, Any] | None) -> None:
    """Download buttons for what the page shows now."""
    stamp = dt.date.today().isoformat()
    formats = [("GeoJSON", "geojson", "application/geo+json"), ("CSV", "csv", "text/csv"),
               ("GeoPackage", "gpkg", "application/geopackage+sqlite3"), ("KML", "kml",
               "application/vnd.google-earth.kml+xml"), ("HTML map", "html", "text/html"),
               ("PNG map", "png", "image/png")]
    cols = st.columns(len(formats))
    for col, (label, fmt, mime) in zip(cols, formats):
        col.download_button(label, data=_exporter(view, fmt, filters, control),
                            file_name=f"frontline-{stamp}.{fmt}", mime=mime, key=f"dl_{fmt}",
                            width="stretch", on_click="ignore")


def _exporter(view: pd.DataFrame, fmt: str, filters: vs.Filters,
              control: dict[str, Any] | None) -> Callable[[], bytes]:
    def make() -> bytes:
        data = view.drop(columns=["_start", "_end"], errors="ignore")  # on click only: a copy of the view
        try:
            from geodata import export
        except ImportError:
            return _fallback_export(data, fmt)
        with tempfile.TemporaryDirectory(prefix="frontline-download-") as tmp:
            path = Path(tmp) / f"view.{fmt}"
            export.export(data, fmt, path, control=control, filters=vs.to_query(filters),
                          title="frontline-map")
            return path.read_bytes()

    return make


def _fallback_export(view: pd.DataFrame, fmt: str) -> bytes:
    from geodata import layers

    if fmt == "geojson":
        return json.dumps(layers.to_feature_collection(view), ensure_ascii=False).encode("utf-8")
    frame = pd.DataFrame(view.drop(columns=view.geometry.name))
    frame["lon"], frame["lat"] = view.geometry.x, view.geometry.y
    return frame.to_csv(index=False).encode("utf-8")


# --- reports, adding, review -----------------------------------------------------------

def _report_view(events: pd.DataFrame) -> None:
    reports = _load_reports(str(DB_PATH), _store_version())
    if reports is None or reports.empty:
        st.info("No reports in the store yet.")
        return
    ids = [str(i) for i in reports["id"]]
    labels = {str(r.id): f"{r.published} · {getattr(r, 'source', '') or ''} · {getattr(r, 'title', None) or r.id}"
              for r in reports.itertuples(index=False)}
    pick = st.session_state.get("report_pick")
    index = ids.index(pick) if pick in ids else 0
    chosen = st.selectbox("Report", ids, index=index, format_func=lambda i: labels.get(i, i), key="report_box")
    st.session_state["report_pick"] = chosen
    with _open_store() as store:
        report = store.report(chosen)
        places = store.places(report_id=chosen)
    if report is None:
        st.warning(f"Report {chosen} is no longer in the store.")
        return
    mine = events[events["report_id"].astype(str) == chosen] if not events.empty else events
    st.caption(f"Published {report.published} · source {report.source or 'unknown'} · "
               f"{len(mine)} events · highlighted: the places found")
    spans = highlight.mention_spans(report.text, mine, places)
    st.markdown(f'<div class="report-text">{highlight.highlight_html(report.text, spans)}</div>',
                unsafe_allow_html=True)


def _add_report() -> None:
    st.subheader("Add a report")
    st.caption(f"Paste the text or upload a .txt, .html or .jsonl file (up to {UPLOAD_LIMIT_MB:g} MB). "
               "Preview what is found, then save it to the store.")
    how = st.radio("Report from", ["Paste text", "Upload a file"], horizontal=True, key="add_how")
    c1, c2 = st.columns(2)
    published = c1.date_input("Publication date", value=None, key="add_published", format="YYYY-MM-DD")
    source = c2.text_input("Source", key="add_source", placeholder="e.g. Reuters, ISW, a Telegram channel")
    text = upload = None
    if how == "Paste text":
        text = st.text_area("Report text", key="add_text", height=180)
    else:
        upload = st.file_uploader(f"Report file (.txt, .html, .jsonl; up to {UPLOAD_LIMIT_MB:g} MB)",
                                  type=list(uploads.UPLOAD_SUFFIXES), key="add_file")
    if st.button("Preview", key="add_preview", type="primary"):
        st.session_state.pop("preview", None)
        try:
            if how == "Paste text":
                reports = [uploads.report_from_paste(text or "", published=published, source=source)]
                skipped: list[str] = []
            elif upload is None:
                st.error("Choose a file to upload first.")
                return
            else:
                reports, skipped = uploads.reports_from_upload(upload.name, upload.getvalue(),
                                                               published=published, source=source,
                                                               limit_mb=UPLOAD_LIMIT_MB)
            from geodata.extract import extract

            with _open_store() as store:
                aliases = store.aliases()
            extractions = [extract(r, aliases=aliases) for r in reports]
        except FrontlineError as exc:
            st.error(f"Nothing was stored. {exc}")
            return
        st.session_state["preview"] = {"extractions": extractions, "skipped": skipped}
    preview = st.session_state.get("preview")
    if not preview:
        return
    extractions = preview["extractions"]
    for problem in preview["skipped"]:
        st.warning(f"Skipped: {problem}")
    n_events = sum(len(x.events) for x in extractions)
    st.success(f"Found {n_events} events in {len(extractions)} report(s). Check them, then save.")
    from dashboard import mapview
    from streamlit_folium import st_folium

    frames = [x.events for x in extractions if not x.events.empty]
    if frames:
        both = pd.concat(frames, ignore_index=True)
        st_folium(mapview.build_map(both), key="preview_map", height=420, use_container_width=True,
                  returned_objects=[])
    for x in extractions[:5]:
        with st.expander(f"{x.report.id} · {x.report.published} · {len(x.events)} events", expanded=len(extractions) == 1):
            spans = highlight.mention_spans(x.report.text, x.events, x.places)
            st.markdown(highlight.highlight_html(x.report.text, spans), unsafe_allow_html=True)
    if st.button("Save to the store", key="add_save", type="primary"):
        results = []
        try:
            with _open_store(write=True) as store:
                for x in extractions:
                    results.append(store.add_extraction(x))
        except (FrontlineError, sqlite3.Error) as exc:
            st.error(f"Saving failed: {_store_problem(exc)}")
            return
        _refresh()
        st.session_state.pop("preview", None)
        summary = ", ".join(f"{results.count(k)} {k}" for k in ("new", "replaced", "unchanged") if results.count(k))
        st.session_state["flash"] = f"Saved {len(results)} report(s) ({summary}); {n_events} events."
        st.rerun()


def _review(events: pd.DataFrame) -> None:
    st.subheader("Review geocodes")
    st.caption("Pick the right place for a mention. The correction applies to that mention in every report "
               "and is used as an alias by future extractions.")
    if events.empty:
        st.info("No events to review.")
        return
    ordered = events.sort_values("confidence", kind="stable")
    mentions = list(dict.fromkeys(str(m) for m in ordered["place_mention"].dropna()))
    low = {str(m) for m in ordered.loc[pd.to_numeric(ordered["confidence"], errors="coerce").fillna(0) < LOW_CONFIDENCE,
                                       "place_mention"].dropna()}
    mention = st.selectbox("Mention", mentions, key="rev_mention",
                           format_func=lambda m: f"{m}  ⚠ low confidence" if m in low else m)
    current = ordered[ordered["place_mention"].astype(str) == mention].iloc[0]
    st.markdown(f"Now: **{_md_escape(str(current['place']))}** ({_md_escape(str(current.get('admin1') or ''))}, "
                f"{current.get('country_code') or ''}) · confidence {float(current['confidence'] or 0):.2f} · "
                f"{int((events['place_mention'].astype(str) == mention).sum())} events")
    how = st.radio("Correct with", ["a gazetteer candidate", "a point on the map"], horizontal=True, key="rev_how")
    place: dict[str, Any] | None = None
    if how == "a gazetteer candidate":
        try:
            from geodata import gazetteer

            candidates = gazetteer.default().lookup(mention, limit=10)
        except (ImportError, FrontlineError) as exc:
            st.warning(f"The gazetteer cannot be used ({exc}); set the point on the map instead.")
            candidates = []
        if not candidates:
            st.info("The gazetteer has no candidate for this mention; set the point on the map instead.")
        else:
            labels = [f"{c.name} · {c.admin1 or ''} · {c.country_code} · pop {c.population:,} · "
                      f"{c.match} {c.score:.0f} · {c.lat:.4f}, {c.lon:.4f}" for c in candidates]
            pick = st.radio("Candidates", range(len(candidates)), format_func=lambda i: labels[i], key="rev_cand")
            c = candidates[pick]
            place = {"place_id": c.place_id, "name": c.name, "lat": c.lat, "lon": c.lon,
                     "country_code": c.country_code, "admin1": c.admin1}
    else:
        from dashboard import mapview
        from streamlit_folium import st_folium

        point = current.geometry
        fmap = mapview.build_map(events[events["place_mention"].astype(str) == mention].head(50),
                                 bounds=[[point.y - 0.5, point.x - 0.5], [point.y + 0.5, point.x + 0.5]])
        out = st_folium(fmap, key="review_map", height=380, use_container_width=True,
                        returned_objects=["last_clicked"])
        clicked = (out or {}).get("last_clicked")
        name = st.text_input("Name of the place", value=str(mention), key="rev_name")
        if clicked:
            lat, lon = float(clicked["lat"]), float(clicked["lng"])
            region = None
            try:
                from geodata import gazetteer

                region = gazetteer.default().admin1_at(lon, lat)
            except (ImportError, FrontlineError):
                pass
            st.caption(f"Point: {lat:.5f}, {lon:.5f}" + (f" · {region[1]}" if region else ""))
            place = {"place_id": f"user:{lat:.5f},{lon:.5f}", "name": name or str(mention), "lat": lat, "lon": lon,
                     "country_code": (region[0][:2] if region else None), "admin1": (region[1] if region else None)}
        else:
            st.caption("Click the map where the place is.")
    c1, c2 = st.columns(2)
    if c1.button("Save the correction", key="rev_save", type="primary", disabled=place is None):
        try:
            with _open_store(write=True) as store:
                cid = store.add_correction(mention, place)
        except (FrontlineError, sqlite3.Error) as exc:
            st.error(f"The correction was not saved: {_store_problem(exc)}")
            return
        _refresh()
        st.session_state["flash"] = f"Correction {cid} saved: “{mention}” is now {place['name']}."
        st.rerun()
    with _open_store() as store:
        done = store.corrections() if hasattr(store, "corrections") else []
    if done:
        st.caption("Corrections, newest first")
        st.dataframe(pd.DataFrame([{"id": c["id"], "mention": c["mention"], "now": c["place"].get("name"),
                                    "lat": c["place"].get("lat"), "lon": c["place"].get("lon"),
                                    "made": c["created_at"], "undone": c["undone"]} for c in done[:50]]),
                     hide_index=True, width="stretch", key="rev_list")
    if c2.button("Undo the last correction", key="rev_undo", disabled=not any(not c["undone"] for c in done)):
        try:
            with _open_store(write=True) as store:
                store.undo_correction()
        except (FrontlineError, sqlite3.Error) as exc:
            st.error(f"Nothing to undo: {_store_problem(exc)}")
            return
        _refresh()
        st.session_state["flash"] = "The last correction was undone."
        st.rerun()


# --- the page ---------------------------------------------------------------------------

def main() -> None:
    """Build the page."""
    st.markdown("<style>.block-container{padding-top:1.2rem;padding-bottom:1rem}"
                ".report-text{line-height:1.6} mark{background:#ffe08a;padding:0 .1em}</style>",
                unsafe_allow_html=True)
    if not READ_ONLY:
        try:
            loaded = _load_sample(str(DB_PATH))
        except (FrontlineError, sqlite3.Error, OSError) as exc:
            _stop_with(_store_problem(exc))
            return
        if loaded:
            st.toast(f"Loaded the bundled sample report ({loaded}) so the map has something to show.")
    try:
        events = _load_events(str(DB_PATH), _store_version())
        snapshots = _load_snapshots(str(DB_PATH), _store_version())
        has_line = bool(snapshots)
        st.session_state["_snapshot_dates"] = snapshots
    except (FrontlineError, sqlite3.Error, OSError) as exc:
        _stop_with(_store_problem(exc))
        return

    bounds = _catalog(str(DB_PATH), _store_version(), events)["bounds"]
    _init_from_query(events, bounds)
    _brush_from_chart()
    filters = _sidebar(events, bounds, has_line)
    if has_line:
        change = st.sidebar.toggle("Show area gained / lost since the start date", key="f_change")
        filters = filters.with_(change=bool(change))
    st.sidebar.caption(f"Store: `{DB_PATH.name}` · {len(events):,} events"
                       + (" · read-only" if READ_ONLY else ""))

    view_key = f"{DB_PATH}|{_store_version()!r}|{filters.with_(selected=None, report=None)!r}"
    base, view = _views(view_key, events, filters)
    _table_rows_changed()
    filters = filters.with_(selected=(st.session_state.get("selected_ids") or [None])[0])

    flash = st.session_state.pop("flash", None)
    if flash:
        st.success(flash)
    pages = ["Map", "Reports"] + ([] if READ_ONLY else ["Add a report", "Review"])
    head, nav = st.columns([3, 2], vertical_alignment="bottom")
    head.markdown(f"#### frontline-map · {len(view):,} of {len(events):,} events")
    if st.session_state.get("page") not in pages:
        st.session_state["page"] = "Map"
    # only the chosen page runs, so the map page never waits for the gazetteer or a preview
    page = nav.segmented_control("Page", pages, key="page", label_visibility="collapsed") or "Map"
    if page == "Map":
        control = _control(has_line, filters, bounds)
        if control:
            st.caption(f"Front line: snapshot of {control['date']} (nearest on or before the end date)"
                       + (f" · source {control['source']}" if control.get("source") else "")
                       + (" · area gained and lost since the start date shown (layers)"
                          if control.get("gained") is not None or control.get("lost") is not None else ""))
        if events.empty:
            st.info("The store holds no events yet." + ("" if READ_ONLY else " Add a report under “Add a report”."))
        _map(events, view, control, filters, view_key)
        if _map_first(view):
            st.caption(f"Drawing {len(view):,} events: the timeline and the table follow once the map is drawn.")
            st.button("Show the timeline and table now", key="show_rest",
                      on_click=lambda: st.session_state.update(map_drawn=True))
        else:
            _timeline(view_key, base)
            _table(view)
        _downloads(view, filters, control)
    elif page == "Reports":
        _report_view(events)
    elif page == "Add a report":
        _add_report()
    elif page == "Review":
        _review(events)
    # last, so that a pin clicked in this run is in the shared link too
    _sync_query(filters.with_(selected=(st.session_state.get("selected_ids") or [None])[0],
                              report=st.session_state.get("report_pick")), page)
    if page == "Map" and has_line:
        _prefetch_front_lines(snapshots)

main()
