"""Exports: the map as PNG or offline HTML, the data as GeoJSON, CSV, GeoPackage or KML.

Every export writes ``FILE.manifest.json`` beside the file (and embeds the
same manifest where the format has room for it) so that a published snapshot
can be traced back to its data and reproduced: app and gazetteer versions,
the SHA-256 of the exported rows, the filters, the extent, the counts and the
sources.  Rows are ordered by (date, id) and the embedded manifest carries no
clock time, so the same data and filters give byte-identical data files.

Safe publication: ``coarsen_km`` snaps every point to the centre of an N-km
equal-area grid cell and widens its uncertainty; ``delay_days`` leaves out
events newer than N days.  Both are recorded in the manifest.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

import geodata
from geodata.errors import ExportError, InputError
from geodata.io import atomic_path
from geodata.layers import (
    CRS, EVENT_EXTRA_FIELDS, EVENT_FIELDS, LIST_FIELDS, PLACE_FIELDS, empty_events,
    to_feature_collection,
)

FORMATS: tuple[str, ...] = ("png", "html", "geojson", "csv", "gpkg", "kml")
"""Export formats, as given to ``--format``."""

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes",
)
"""ACLED column names we can fill, in ACLED's order; our own columns follow them in the CSV."""

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
"""ACLED time_precision codes: 1 exact day, 2 within a week, 3 month or coarser."""

GEO_PRECISION = {"exact": 1, "near": 2, "region": 3, "country": 3}
"""ACLED geo_precision codes: 1 the place itself, 2 near it, 3 a larger region."""

_ACLED_FROM_OURS = {"id", "date", "event_type", "sub_event_type", "admin1", "place", "sentence", "source"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_KML_NS = "http://www.opengis.net/kml/2.2"
_MANIFEST_KEY = "frontline-manifest"
# Albers equal-area on Ukraine (the front-line README's projection): a square km is a square km.
_EQUAL_AREA = "+proj=aea +lat_1=45 +lat_2=51 +lat_0=48 +lon_0=32 +datum=WGS84 +units=m +no_defs"
_GPKG_FIXED_DATE = "2000-01-01T00:00:00Z"
_KML_COLORS = {  # aabbggrr
    "Battles": "ff2828d6",
    "Explosions/Remote violence": "ff0c7ff5",
    "Violence against civilians": "ff8e24aa",
    "Protests": "ff43a02e",
    "Riots": "ff7b5f00",
    "Strategic developments": "ffb0761f",
}


# --- preparing the rows ---------------------------------------------------------

def _iso(value: Any) -> str | None:
    """Return an ISO date string for a date-like value, else None."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime, pd.Timestamp)):
        return value.isoformat()[:10]
    text = str(value).strip()
    return text[:10] or None


def _as_list(value: Any) -> list[Any]:
    """Return a list-typed property as a list (JSON text and None are accepted)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                parsed = json.loads(text)
            except ValueError:
                return [text]
            return parsed if isinstance(parsed, list) else [parsed]
        return [text] if text else []
    if isinstance(value, (list, tuple, np.ndarray)):
        return list(value)
    return [value]


def _ordered(gdf: gpd.GeoDataFrame, fields: tuple[str, ...], extra: tuple[str, ...] = ()) -> gpd.GeoDataFrame:
    """Return ``gdf`` with the contract columns first (added empty when missing), then the rest sorted."""
    gdf = gdf.copy()
    geom = gdf.geometry.name
    for f in fields:
        if f not in gdf.columns:
            gdf[f] = None
    rest = [c for c in extra if c in gdf.columns]
    others = sorted(c for c in gdf.columns if c not in fields and c not in rest and c != geom)
    out = gdf[[*fields, *rest, *others, geom]]
    if out.geometry.name != "geometry":
        out = out.rename_geometry("geometry")
    return out


def _sort_events(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Order events by (date, id) so that the same rows always come out in the same order."""
    if gdf.empty:
        return gdf.reset_index(drop=True)
    key = pd.DataFrame({"d": gdf["date"].map(lambda v: _iso(v) or ""),
                        "i": gdf["id"].map(lambda v: "" if v is None else str(v))})
    order = key.sort_values(["d", "i"], kind="mergesort").index
    return gdf.loc[order].reset_index(drop=True)


def _sort_places(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    if gdf.empty:
        return gdf.reset_index(drop=True)
    key = gdf["place_id"].map(lambda v: "" if v is None else str(v))
    return gdf.loc[key.sort_values(kind="mergesort").index].reset_index(drop=True)


def _last_date(row_date: Any, row_end: Any) -> str | None:
    dates = [d for d in (_iso(row_date), _iso(row_end)) if d]
    return max(dates) if dates else None


def delay_events(events: gpd.GeoDataFrame, days: int, *, today: dt.date | None = None) -> gpd.GeoDataFrame:
    """Leave out events whose last possible date is less than ``days`` days before ``today``.

    An event with an unknown date is left out too: it cannot be shown to be old.
    """
    if days < 0:
        msg = f"--delay-days {days} is negative; give 0 or more days"
        raise InputError(msg)
    cutoff = ((today or dt.date.today()) - dt.timedelta(days=days)).isoformat()
    last = [_last_date(d, e) for d, e in zip(events["date"], events["date_end"])]
    keep = np.array([x is not None and x <= cutoff for x in last], dtype=bool)
    return events.loc[keep].reset_index(drop=True)


def coarsen_points(gdf: gpd.GeoDataFrame, km: float) -> gpd.GeoDataFrame:
    """Snap every point to the centre of its ``km`` x ``km`` equal-area grid cell.

    ``uncertainty_km`` grows by half the cell diagonal (the farthest a point can
    move) and an ``exact`` location becomes ``near``, so the data never claims
    more precision than it publishes.
    """
    if not km > 0 or not math.isfinite(km):
        msg = f"--coarsen-km {km} is not a positive number of km; give e.g. --coarsen-km 10"
        raise InputError(msg)
    if gdf.empty:
        return gdf.copy()
    from pyproj import Transformer

    fwd = Transformer.from_crs(CRS, _EQUAL_AREA, always_xy=True)
    inv = Transformer.from_crs(_EQUAL_AREA, CRS, always_xy=True)
    lon = gdf.geometry.x.to_numpy()
    lat = gdf.geometry.y.to_numpy()
    x, y = fwd.transform(lon, lat)
    cell = km * 1000.0
    cx = (np.floor(np.asarray(x) / cell) + 0.5) * cell
    cy = (np.floor(np.asarray(y) / cell) + 0.5) * cell
    lon2, lat2 = inv.transform(cx, cy)
    out = gdf.copy()
    out["geometry"] = gpd.points_from_xy(np.round(lon2, 6), np.round(lat2, 6), crs=CRS)
    out = out.set_geometry("geometry")
    if "uncertainty_km" in out.columns:
        widen = km * math.sqrt(2) / 2
        unc = pd.to_numeric(out["uncertainty_km"], errors="coerce").fillna(0.0)
        out["uncertainty_km"] = (unc + widen).round(3)
    if "location_precision" in out.columns:
        out["location_precision"] = out["location_precision"].map(lambda p: "near" if p == "exact" else p)
    return out


def prepare_events(events: gpd.GeoDataFrame | None, *, coarsen_km: float | None = None,
                   delay_days: int | None = None, today: dt.date | None = None) -> gpd.GeoDataFrame:
    """Return the rows to publish: contract columns, delayed and coarsened if asked, sorted by (date, id)."""
    gdf = empty_events() if events is None else events
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(CRS)
    gdf = _ordered(gdf, EVENT_FIELDS, EVENT_EXTRA_FIELDS)
    gdf = gdf[gdf.geometry.notna()]
    if delay_days is not None:
        gdf = delay_events(gdf, delay_days, today=today)
    if coarsen_km is not None:
        gdf = coarsen_points(gdf, coarsen_km)
    return _sort_events(gdf.set_crs(CRS, allow_override=True))


def _prepare_places(places: gpd.GeoDataFrame | None, events: gpd.GeoDataFrame, *,
                    coarsen_km: float | None, delay_days: int | None) -> gpd.GeoDataFrame | None:
    if places is None:
        return None
    gdf = places
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(CRS)
    gdf = _ordered(gdf, PLACE_FIELDS)
    gdf = gdf[gdf.geometry.notna()]
    if delay_days is not None:
        # A place known only from a held-back event would reveal that event.
        keep = set(events["place_id"].dropna().astype(str))
        gdf = gdf[gdf["place_id"].astype(str).isin(keep)]
    if coarsen_km is not None:
        gdf = coarsen_points(gdf, coarsen_km)
    return _sort_places(gdf.set_crs(CRS, allow_override=True))


# --- manifest ---------------------------------------------------------------------

def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=str).encode("utf-8")


def rows_sha256(events: gpd.GeoDataFrame, features: list[dict] | None = None) -> str:
    """SHA-256 of the canonical JSON of the exported event rows (properties + coordinates), in order.

    ``features`` is ``to_feature_collection(events)["features"]`` when the caller already has it.
    """
    if features is None:
        features = to_feature_collection(events)["features"]
    return hashlib.sha256(_canonical(features)).hexdigest()


def _sources(events: gpd.GeoDataFrame) -> list[str]:
    names: set[str] = set()
    for col in ("source", "sources"):
        if col in events.columns:
            for value in events[col]:
                names.update(str(s) for s in _as_list(value) if s not in (None, ""))
    return sorted(names)


def _gazetteer_version() -> str | None:
    """The gazetteer version (the fingerprint of its sources) without loading or building it.

    The loaded process-wide gazetteer is used when there is one; else the same
    fingerprint is computed from the sources (a fraction of a second).
    """
    try:
        from geodata import gazetteer

        loaded = getattr(gazetteer, "_DEFAULT", None)
        if loaded is not None:
            return loaded.version
        return gazetteer._source_version(gazetteer._cache_dir(None))
    except Exception:  # noqa: BLE001 - a manifest without it is still useful
        return None


def _clean_filters(filters: Mapping[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in sorted((filters or {}).items()):
        if value is None or value == [] or value == ():
            continue
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, (list, tuple)):
            value = sorted(value) if key in ("types", "sources") else list(value)
        out[key] = value
    return out


def _extent(events: gpd.GeoDataFrame, filters: Mapping[str, Any]) -> list[float] | None:
    if filters.get("bbox"):
        return [float(v) for v in filters["bbox"]]
    if events.empty:
        return None
    return [round(float(v), 6) for v in events.total_bounds]


def build_manifest(events: gpd.GeoDataFrame, fmt: str, *, places: gpd.GeoDataFrame | None = None,
                   control: Mapping[str, Any] | None = None, filters: Mapping[str, Any] | None = None,
                   title: str | None = None, coarsen_km: float | None = None,
                   delay_days: int | None = None, today: dt.date | None = None,
                   size: tuple[int, int] | None = None,
                   features: list[dict] | None = None) -> dict[str, Any]:
    """Return the deterministic manifest of an export (no clock time: that goes in the sidecar only)."""
    clean = _clean_filters(filters)
    dates = [d for d in (_iso(v) for v in events["date"]) if d]
    ends = [d for d in (_iso(v) for v in events["date_end"]) if d]
    manifest: dict[str, Any] = {
        "app": "frontline-map",
        "app_version": geodata.__version__,
        "gazetteer_version": _gazetteer_version(),
        "format": fmt,
        "title": title,
        "data_sha256": rows_sha256(events, features),
        "event_count": int(len(events)),
        "place_count": None if places is None else int(len(places)),
        "date_range": [min(dates), max(dates + ends)] if dates else None,
        "sources": _sources(events),
        "filters": clean,
        "extent": _extent(events, clean),
        "crs": "OGC:CRS84",
        "safe_publication": {
            "coarsen_km": coarsen_km,
            "delay_days": delay_days,
            "delay_cutoff": (None if delay_days is None
                             else ((today or dt.date.today()) - dt.timedelta(days=delay_days)).isoformat()),
            "note": ("coordinates snapped to the centres of an equal-area grid, uncertainty widened; "
                     "place names and sentences quoted from the reports are kept")
            if coarsen_km else None,
        },
    }
    if control:
        manifest["control"] = {"date": _iso(control.get("date")), "source": control.get("source"),
                               "sha256": control.get("sha256")}
    if size:
        manifest["size"] = {"width": size[0], "height": size[1]}
    return manifest


def _sidecar(manifest: Mapping[str, Any], path: Path) -> dict[str, Any]:
    data = path.read_bytes()
    return {**manifest, "file": path.name, "file_sha256": hashlib.sha256(data).hexdigest(),
            "file_bytes": len(data),
            "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()}


def manifest_path(path: Path) -> Path:
    """Return the sidecar manifest path of an export: ``FILE.manifest.json``."""
    path = Path(path)
    return path.with_name(path.name + ".manifest.json")


# --- writers --------------------------------------------------------------------

def _write_geojson(features: list[dict], tmp: Path, manifest: Mapping[str, Any]) -> None:
    fc = {"type": "FeatureCollection", "features": features, "manifest": dict(manifest)}
    text = json.dumps(fc, ensure_ascii=False, allow_nan=False, default=str, separators=(",", ":"))
    tmp.write_text(text + "\n", encoding="utf-8")


def _csv_cell(value: Any) -> Any:
    """Return a CSV cell: lists as JSON, None as empty, formulas neutralised with a leading quote."""
    kind = type(value)
    if kind is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    if kind is int or (kind is float and value == value):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        value = json.dumps(list(value) if isinstance(value, (tuple, np.ndarray)) else value,
                           ensure_ascii=False, default=str)
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_rows(events: gpd.GeoDataFrame) -> tuple[list[str], list[list[Any]]]:
    """Return the CSV header and rows: ACLED columns first, then every other property of ours."""
    extras = [c for c in events.columns if c not in _ACLED_FROM_OURS and c != "geometry"]
    header = [*ACLED_COLUMNS, *extras]
    rows = []
    for rec, geom in zip(events.drop(columns="geometry").to_dict("records"), events.geometry):
        date = _iso(rec.get("date"))
        actors = [str(a) for a in _as_list(rec.get("actors"))]
        sources = [str(s) for s in _as_list(rec.get("sources"))] or [
            str(s) for s in _as_list(rec.get("source"))]
        acled = [
            rec.get("id"), date, int(date[:4]) if date and date[:4].isdigit() else None,
            TIME_PRECISION.get(rec.get("date_precision")), rec.get("event_type"),
            rec.get("sub_event_type"), actors[0] if actors else None,
            actors[1] if len(actors) > 1 else None, rec.get("admin1"), rec.get("place"),
            round(float(geom.y), 6), round(float(geom.x), 6),
            GEO_PRECISION.get(rec.get("location_precision")), "; ".join(sources) or None,
            rec.get("sentence"),
        ]
        rows.append([_csv_cell(v) for v in acled] + [_csv_cell(rec.get(c)) for c in extras])
    return header, rows


def _write_csv(events: gpd.GeoDataFrame, tmp: Path) -> None:
    header, rows = csv_rows(events)
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    # A BOM so that Excel reads Cyrillic names as UTF-8; pandas and csv skip it.
    tmp.write_bytes(buf.getvalue().encode("utf-8-sig"))


def _flat(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return ``gdf`` with list columns as JSON text and object columns as text (for GPKG)."""
    out = gdf.copy()
    for col in out.columns:
        if col == out.geometry.name:
            continue
        series = out[col]
        if col in LIST_FIELDS or series.map(lambda v: isinstance(v, (list, tuple, dict))).any():
            out[col] = series.map(lambda v: None if v is None or (isinstance(v, float) and math.isnan(v))
                                  else json.dumps(_as_list(v) if not isinstance(v, dict) else v,
                                                  ensure_ascii=False, default=str))
        elif series.dtype == object:
            out[col] = series.map(lambda v: v if v is None or isinstance(v, (str, int, float, bool))
                                  else str(v))
    return out


def _lines(geom: BaseGeometry | None) -> BaseGeometry | None:
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, LineString):
        return MultiLineString([geom])
    if isinstance(geom, MultiLineString):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, LineString)]
    parts += [p for g in getattr(geom, "geoms", []) if isinstance(g, MultiLineString) for p in g.geoms]
    return MultiLineString(parts) if parts else None


def _polygons(geom: BaseGeometry | None) -> BaseGeometry | None:
    if geom is None or geom.is_empty:
        return None
    if isinstance(geom, Polygon):
        return MultiPolygon([geom])
    if isinstance(geom, MultiPolygon):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
    parts += [p for g in getattr(geom, "geoms", []) if isinstance(g, MultiPolygon) for p in g.geoms]
    return MultiPolygon(parts) if parts else None


def _control_layers(control: Mapping[str, Any] | None) -> dict[str, gpd.GeoDataFrame]:
    """Front-line layers for the GeoPackage: occupied area, line of contact, gained/lost if given."""
    if not control:
        return {}
    layers = {}
    date = _iso(control.get("date"))
    for key, layer, conv in (("occupied", "occupied", _polygons), ("line", "line_of_contact", _lines),
                             ("gained", "occupied_gained", _polygons), ("lost", "occupied_lost", _polygons)):
        geom = conv(control.get(key))
        if geom is not None:
            layers[layer] = gpd.GeoDataFrame({"date": [date], "source": [control.get("source")]},
                                             geometry=[geom], crs=CRS)
    return layers


def _write_gpkg(events: gpd.GeoDataFrame, tmp: Path, manifest: Mapping[str, Any],
                places: gpd.GeoDataFrame | None, control: Mapping[str, Any] | None) -> None:
    import pyogrio

    # GDAL creates the file itself and wants a .gpkg name; renamed onto ``tmp`` when complete.
    target = tmp.with_name(tmp.name + ".gpkg")
    layers: dict[str, tuple[gpd.GeoDataFrame, str]] = {"events": (events, "Point")}
    if places is not None:
        layers["places"] = (places, "Point")
    for name, gdf in _control_layers(control).items():
        layers[name] = (gdf, "MultiLineString" if name == "line_of_contact" else "MultiPolygon")
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, default=str)
    # GDAL stamps gpkg_contents.last_change with the clock unless told a date: keep files reproducible.
    old = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": _GPKG_FIXED_DATE})
    try:
        for i, (name, (gdf, gtype)) in enumerate(layers.items()):
            pyogrio.write_dataframe(
                _flat(gdf), target, layer=name, driver="GPKG", geometry_type=gtype, append=i > 0,
                dataset_metadata={_MANIFEST_KEY: text} if i == 0 else None,
                layer_metadata={"DESCRIPTION": f"frontline-map {name}"},
            )
        os.replace(target, tmp)
    except Exception as exc:  # noqa: BLE001 - GDAL raises many types; report one line
        msg = f"cannot write the GeoPackage {tmp.name}: {str(exc).splitlines()[0]}; check free space and the -o path"
        raise ExportError(msg) from None
    finally:
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": old})
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(target) + suffix).unlink(missing_ok=True)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _x(value: Any) -> str:
    """Text escaped for XML element content, without the characters XML 1.0 forbids."""
    return xml_escape(_XML_INVALID.sub("", _kml_text(value)))


def _xa(value: Any) -> str:
    """Text as a quoted XML attribute value."""
    return quoteattr(_XML_INVALID.sub("", _kml_text(value)))


def _kml_coords(coords: Iterable[tuple[float, ...]]) -> str:
    return " ".join(f"{round(c[0], 6)},{round(c[1], 6)}" for c in coords)


def _kml_geometry(geom: BaseGeometry) -> str:
    """KML geometry markup of a shapely geometry (coordinates are numbers: nothing to escape)."""
    if isinstance(geom, Point):
        return f"<Point><coordinates>{_kml_coords([geom.coords[0]])}</coordinates></Point>"
    if isinstance(geom, LineString):
        return f"<LineString><tessellate>1</tessellate><coordinates>{_kml_coords(geom.coords)}</coordinates></LineString>"
    if isinstance(geom, Polygon):
        rings = [f"<outerBoundaryIs><LinearRing><coordinates>{_kml_coords(geom.exterior.coords)}"
                 "</coordinates></LinearRing></outerBoundaryIs>"]
        rings += [f"<innerBoundaryIs><LinearRing><coordinates>{_kml_coords(h.coords)}"
                  "</coordinates></LinearRing></innerBoundaryIs>" for h in geom.interiors]
        return "<Polygon><tessellate>1</tessellate>" + "".join(rings) + "</Polygon>"
    if hasattr(geom, "geoms"):
        return "<MultiGeometry>" + "".join(_kml_geometry(g) for g in geom.geoms) + "</MultiGeometry>"
    return ""


def _kml_text(value: Any) -> str:
    if isinstance(value, (list, tuple, np.ndarray)):
        return "; ".join(str(v) for v in value)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _kml_description(rec: Mapping[str, Any]) -> str:
    """Balloon HTML for an event; every value is HTML-escaped because viewers render it as HTML."""
    def esc(v: Any) -> str:
        return html.escape(_kml_text(v))

    dates = esc(rec.get("date"))
    if rec.get("date_end") and rec.get("date_end") != rec.get("date"):
        dates += " to " + esc(rec.get("date_end"))
    lines = [
        f"<b>{esc(rec.get('event_type'))}</b> ({esc(rec.get('sub_event_type'))})",
        f"{dates} ({esc(rec.get('date_precision'))})",
        f"{esc(rec.get('place'))}, {esc(rec.get('admin1'))} &plusmn;{esc(rec.get('uncertainty_km'))} km",
        f"Actors: {esc(_as_list(rec.get('actors')))}",
        f"Source: {esc(rec.get('source'))}",
        f"<i>{esc(rec.get('sentence'))}</i>",
    ]
    return "<br/>".join(lines)


def _write_kml(events: gpd.GeoDataFrame, tmp: Path, manifest: Mapping[str, Any], title: str | None,
               control: Mapping[str, Any] | None) -> None:
    """Write KML 2.2: one Placemark per event with a TimeSpan (Google Earth's time slider).

    Streamed as text, every value through ``xml.sax.saxutils`` escaping:
    ElementTree needs minutes and gigabytes for 100,000 placemarks.
    """
    types = sorted({str(t) for t in events["event_type"].dropna()}) if not events.empty else []
    props = [c for c in events.columns if c != "geometry"]
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="{_KML_NS}">\n<Document>\n'
                f"<name>{_x(title or 'frontline-map events')}</name><open>1</open>\n")
        f.write(f"<ExtendedData><Data name={_xa(_MANIFEST_KEY)}><value>"
                f"{_x(json.dumps(manifest, ensure_ascii=False, sort_keys=True, default=str))}"
                "</value></Data></ExtendedData>\n")
        for etype in ["Other", *types]:
            f.write(f"<Style id={_xa(_style_id(etype))}><IconStyle><color>{_KML_COLORS.get(etype, 'ff9e9e9e')}"
                    "</color><scale>0.9</scale></IconStyle></Style>\n")
        f.write("<Folder><name>Events</name>\n")
        for rec, geom in zip(events[props].to_dict("records"), events.geometry):
            begin = _iso(rec.get("date"))
            end = _iso(rec.get("date_end")) or begin
            span = (f"<TimeSpan><begin>{_x(begin)}</begin><end>{_x(max(begin, end or begin))}</end></TimeSpan>"
                    if begin else "")
            data = "".join(f"<Data name={_xa(k)}><value>{_x(rec.get(k))}</value></Data>"
                           for k in props if k != "sentence" and _kml_text(rec.get(k)) != "")
            name = f"{_kml_text(rec.get('event_type')) or 'Event'}: {_kml_text(rec.get('place'))}"
            f.write(f"<Placemark id={_xa('event-' + _kml_text(rec.get('id')))}><name>{_x(name)}</name>"
                    f"<description>{_x(_kml_description(rec))}</description>{span}"
                    f"<styleUrl>#{_style_id(str(rec.get('event_type') or 'Other'))}</styleUrl>"
                    f"<ExtendedData>{data}</ExtendedData>{_kml_geometry(geom)}</Placemark>\n")
        f.write("</Folder>\n")
        if control:
            f.write(f"<Folder><name>{_x(('Front line ' + (_iso(control.get('date')) or '')).strip())}</name>\n")
            for key, label, fill in (("occupied", "Occupied area", "60143ca5"), ("line", "Line of contact", "ff1427a5")):
                geom = control.get(key)
                if geom is None or geom.is_empty:
                    continue
                f.write(f"<Placemark><name>{label}</name><Style><LineStyle><color>ff{fill[2:]}</color>"
                        f"<width>2</width></LineStyle><PolyStyle><color>{fill}</color></PolyStyle></Style>"
                        f"{_kml_geometry(geom)}</Placemark>\n")
            f.write("</Folder>\n")
        f.write("</Document>\n</kml>\n")


def _style_id(event_type: str) -> str:
    return "type-" + "".join(ch if ch.isalnum() else "-" for ch in event_type.lower())


def _script_json(obj: Any) -> str:
    """JSON safe inside an HTML <script> element (no '</script>' or '<!--' can break out)."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _map_html(events: gpd.GeoDataFrame, *, places: gpd.GeoDataFrame | None,
              control: Mapping[str, Any] | None, title: str | None, manifest: Mapping[str, Any],
              time_slider: bool) -> str:
    """The dashboard's map (``dashboard.mapview``) as one offline HTML page with the manifest inside."""
    from dashboard import mapview

    bbox = (manifest.get("filters") or {}).get("bbox")
    m = mapview.build_map(events, places=places, control=dict(control) if control else None,
                          title=title, bounds=bbox or None, date_label=_date_label(manifest),
                          time_slider=time_slider)
    page = mapview.to_html(m, meta={_MANIFEST_KEY: manifest["data_sha256"]})
    tag = f'<script type="application/json" id="{_MANIFEST_KEY}">{_script_json(manifest)}</script>\n'
    at = page.lower().find("</head>")
    return page[:at] + tag + page[at:] if at >= 0 else tag + page


def _date_label(manifest: Mapping[str, Any]) -> str | None:
    """The filter's date range for the title box; None lets the map show the events' own range."""
    f = manifest.get("filters") or {}
    first, last = f.get("date_from"), f.get("date_to")
    if not first and not last:
        return None
    return f"{first or '…'} – {last or '…'}"


def _write_png(events: gpd.GeoDataFrame, tmp: Path, manifest: Mapping[str, Any], *,
               places: gpd.GeoDataFrame | None, control: Mapping[str, Any] | None, title: str | None,
               width: int, height: int) -> None:
    from PIL import Image
    from PIL.PngImagePlugin import PngInfo

    from geodata import snapshot

    snapshot.find_chromium()  # fail before building a big page when there is no browser
    page = _map_html(events, places=places, control=control, title=title, manifest=manifest,
                     time_slider=False)
    # Buttons cannot be pressed on a picture: hide the zoom and layer controls.
    page = page.replace("</head>", "<style>.leaflet-control-zoom,.leaflet-control-layers"
                                   "{display:none!important}</style>\n</head>", 1)
    shot = snapshot.render_png(page, width, height, expect_pins=not events.empty)
    info = PngInfo()
    info.add_text(_MANIFEST_KEY, json.dumps(manifest, ensure_ascii=False, sort_keys=True, default=str))
    info.add_text("Software", f"frontline-map {geodata.__version__}")
    if title:
        info.add_text("Title", title)
    with Image.open(io.BytesIO(shot)) as img:
        img.load()
        img.save(tmp, format="PNG", pnginfo=info, optimize=False)


# --- entry points -------------------------------------------------------------------

def export(events: gpd.GeoDataFrame | None, fmt: str, path: str | Path, *,
           places: gpd.GeoDataFrame | None = None, control: Mapping[str, Any] | None = None,
           filters: Mapping[str, Any] | None = None, title: str | None = None,
           width: int = 1600, height: int = 1000, coarsen_km: float | None = None,
           delay_days: int | None = None, today: dt.date | None = None) -> Path:
    """Write ``events`` (and ``places``, ``control``) as ``fmt`` to ``path`` plus ``path.manifest.json``.

    Parameters
    ----------
    events : GeoDataFrame of events (EVENT_FIELDS, Points in EPSG:4326), or None for none.
    fmt : one of ``FORMATS``.
    control : dict(date=, occupied=, line=, gained=, lost=, source=, sha256=) of front-line geometries.
    filters : the store filters that selected ``events``; recorded in the manifest.
    coarsen_km, delay_days : safe publication (see ``coarsen_points`` and ``delay_events``).
    today : the day ``delay_days`` counts back from (default: today).

    Returns
    -------
    The path written.  Nothing is left at ``path`` when the export fails.
    """
    fmt = (fmt or "").strip().lower().lstrip(".")
    if fmt == "json":
        fmt = "geojson"
    if fmt not in FORMATS:
        msg = f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}"
        raise InputError(msg)
    if fmt in ("png", "html") and not (100 <= width <= 8000 and 100 <= height <= 8000):
        msg = f"map size {width}x{height} is out of range: give --width and --height between 100 and 8000 pixels"
        raise InputError(msg)
    path = Path(path)
    if path.is_dir():
        msg = f"cannot write {path}: it is a folder; give a file name with -o"
        raise InputError(msg)
    rows = prepare_events(events, coarsen_km=coarsen_km, delay_days=delay_days, today=today)
    place_rows = _prepare_places(places, rows, coarsen_km=coarsen_km, delay_days=delay_days)
    features = to_feature_collection(rows)["features"]
    manifest = build_manifest(rows, fmt, places=place_rows, control=control, filters=filters,
                              title=title, coarsen_km=coarsen_km, delay_days=delay_days, today=today,
                              size=(width, height) if fmt in ("png", "html") else None, features=features)
    with atomic_path(path) as tmp:
        if fmt == "geojson":
            _write_geojson(features, tmp, manifest)
        elif fmt == "csv":
            _write_csv(rows, tmp)
        elif fmt == "gpkg":
            _write_gpkg(rows, tmp, manifest, place_rows, control)
        elif fmt == "kml":
            _write_kml(rows, tmp, manifest, title, control)
        elif fmt == "html":
            tmp.write_text(_map_html(rows, places=place_rows, control=control, title=title,
                                     manifest=manifest, time_slider=True), encoding="utf-8")
        else:
            _write_png(rows, tmp, manifest, places=place_rows, control=control, title=title,
                       width=width, height=height)
        _readable(tmp)
        sidecar = _sidecar(manifest, tmp)
        sidecar["file"] = path.name
        with atomic_path(manifest_path(path)) as side_tmp:
            side_tmp.write_text(json.dumps(sidecar, ensure_ascii=False, indent=2, default=str) + "\n",
                                encoding="utf-8")
            _readable(side_tmp)
    return path


MEDIA_TYPES = {"png": "image/png", "html": "text/html", "geojson": "application/geo+json",
               "csv": "text/csv", "gpkg": "application/geopackage+sqlite3",
               "kml": "application/vnd.google-earth.kml+xml"}
"""Media types of the formats (for download buttons and HTTP responses)."""


def export_bytes(events: gpd.GeoDataFrame | None, fmt: str, *, name: str = "frontline",
                 **options: Any) -> tuple[bytes, dict[str, Any]]:
    """Export to memory for a download button: return (file bytes, sidecar manifest).

    Takes the keyword arguments of :func:`export`; ``name`` is the file's stem.
    """
    import tempfile

    fmt = (fmt or "").strip().lower()
    with tempfile.TemporaryDirectory(prefix="frontline-export-") as tmp:
        path = export(events, fmt, Path(tmp) / f"{name}.{fmt}", **options)
        return path.read_bytes(), json.loads(manifest_path(path).read_text(encoding="utf-8"))


def _readable(path: Path) -> None:
    """Give an export the usual file mode (0666 less the umask): temp files are created 0600."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def _parse_bbox(text: str | None) -> list[float] | None:
    if not text:
        return None
    try:
        west, south, east, north = (float(v) for v in text.replace(" ", "").split(","))
    except ValueError:
        msg = f"--bbox {text!r} is not west,south,east,north: give four numbers, e.g. --bbox 36.5,47.5,39,49.5"
        raise InputError(msg) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south < north <= 90 and west < east):
        msg = f"--bbox {text!r} is not a box in degrees: west<east in -180..180, south<north in -90..90"
        raise InputError(msg)
    return [west, south, east, north]


def _parse_filters(args: Any) -> dict[str, Any]:
    from geodata.cli import _parse_date

    date_from = _parse_date(args.date_from, "--from") if getattr(args, "date_from", None) else None
    date_to = _parse_date(args.date_to, "--to") if getattr(args, "date_to", None) else None
    if date_from and date_to and date_from > date_to:
        msg = f"--from {date_from} is after --to {date_to}: swap them"
        raise InputError(msg)
    conf = getattr(args, "min_confidence", None)
    if conf is not None and not 0 <= conf <= 1:
        msg = f"--min-confidence {conf} is outside 0..1; give e.g. --min-confidence 0.5"
        raise InputError(msg)
    return {"date_from": date_from, "date_to": date_to, "bbox": _parse_bbox(getattr(args, "bbox", None)),
            "types": getattr(args, "types", None) or None, "sources": getattr(args, "sources", None) or None,
            "min_confidence": conf}


def control_for(store: Any, date_from: dt.date | None, date_to: dt.date | None) -> dict[str, Any] | None:
    """The front line to draw: the last stored snapshot on or before ``date_to``, else the first one.

    The same rule as :func:`geodata.frontline.nearest_snapshot`: the nearest snapshot, not after
    the date when one before it exists.

    With ``date_from`` and an earlier snapshot, the area gained and lost since then is added.
    """
    try:
        snaps = store.control_snapshots()
    except Exception:  # noqa: BLE001 - a store without front-line tables simply has none
        return None
    if not snaps:
        return None

    def pick(day: dt.date | None) -> dict[str, Any] | None:
        chosen = [s for s in snaps if day is None or _iso(s["date"]) <= day.isoformat()]
        return chosen[-1] if chosen else None

    snap = pick(date_to) or snaps[0]
    occupied = store.control_geometry(snap["date"])
    if occupied is None:
        return None
    try:
        from geodata import frontline
    except ImportError:  # the occupied area alone is still worth drawing
        frontline = None
    control: dict[str, Any] = {"date": _iso(snap["date"]), "occupied": occupied,
                               "line": frontline.line_of_contact(occupied) if frontline else None,
                               "source": snap.get("source"), "sha256": snap.get("sha256")}
    first = pick(date_from) if date_from else None
    if first and _iso(first["date"]) != control["date"] and hasattr(frontline, "change_geometries"):
        before = store.control_geometry(first["date"])
        if before is not None:
            change = frontline.change_geometries(before, occupied)
            control["gained"] = change.get("gained")
            control["lost"] = change.get("lost")
    return control


def _annotate(events: gpd.GeoDataFrame, store: Any) -> gpd.GeoDataFrame:
    """Add the distance to the front line when the store has snapshots and the rows lack it."""
    if events.empty or ("frontline_side" in events.columns and events["frontline_side"].notna().any()):
        return events
    try:
        snaps = store.control_snapshots()
        if not snaps:
            return events
        from geodata import frontline

        geoms = {dt.date.fromisoformat(_iso(s["date"])): store.control_geometry(s["date"]) for s in snaps}
        return frontline.annotate_events(events, {d: g for d, g in geoms.items() if g is not None})
    except (ImportError, AttributeError):
        return events


def run(args: Any) -> int:
    """``frontline export``: read the store with the filters, write the file; return the exit code."""
    fmt = (args.format or "").strip().lower()
    if fmt not in (*FORMATS, "json"):
        msg = f"unknown export format {args.format!r}: choose one of {', '.join(FORMATS)}"
        raise InputError(msg)
    output = Path(args.output).expanduser()
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        msg = f"cannot write {output}: folder {directory} does not exist; create it or choose another -o path"
        raise InputError(msg)
    filters = _parse_filters(args)
    if fmt == "png":
        from geodata import snapshot

        snapshot.find_chromium()
    from geodata import settings

    db = settings.db_path(getattr(args, "db", None))
    if not db.exists():
        msg = f"store {db} does not exist: run `frontline ingest REPORTS --db {db}` first or give --db"
        raise InputError(msg)
    from geodata.store import Store

    query = {k: v for k, v in filters.items() if v is not None}
    if "bbox" in query:
        query["bbox"] = tuple(query["bbox"])
    with Store(db, read_only=True) as store:
        events = store.events(**query)
        places = store.places(**query)
        control = control_for(store, filters["date_from"], filters["date_to"]) if fmt in ("png", "html", "gpkg", "kml") else None
        events = _annotate(events, store)
    path = export(events, fmt, output, places=places, control=control,
                  filters={**filters, "db": db.name}, title=args.title, width=args.width,
                  height=args.height, coarsen_km=getattr(args, "coarsen_km", None),
                  delay_days=getattr(args, "delay_days", None))
    manifest = json.loads(manifest_path(path).read_text(encoding="utf-8"))
    count = manifest["event_count"]
    if count == 0:
        print(f"frontline export: no events match the filters ({_describe(filters)}); "
              f"wrote an empty {fmt} file to {path}", file=sys.stderr)
    else:
        print(f"frontline export: wrote {count} events to {path} (manifest {manifest_path(path).name})",
              file=sys.stderr)
    return 0


def _describe(filters: Mapping[str, Any]) -> str:
    clean = _clean_filters(filters)
    return ", ".join(f"{k}={v}" for k, v in clean.items()) or "none"
