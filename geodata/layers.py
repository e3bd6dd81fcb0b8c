"""Event and place layers: GeoDataFrames in, RFC 7946 FeatureCollections out.

GeoDataFrames (EPSG:4326, one Point per row) are the currency between modules.
The property names below are the contract shared by the engine, the store, the
dashboard and every export.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from geopandas.array import from_shapely
from shapely.geometry import Point, mapping, shape

EVENT_FIELDS: tuple[str, ...] = (
    "id", "report_id", "source", "published", "date", "date_end", "date_precision",
    "date_text", "event_type", "sub_event_type", "actors", "claimed_by", "place",
    "place_mention", "place_id", "country_code", "admin1", "location_precision",
    "relation", "uncertainty_km", "sentence", "confidence",
)
"""Event properties required by the design contract, in output order."""

EVENT_EXTRA_FIELDS: tuple[str, ...] = (
    "mention_start", "mention_end", "url", "title", "sources", "source_count",
    "frontline_date", "frontline_distance_km", "frontline_side",
)
"""Optional event properties: mention offsets in ``sentence``, report link,
merged sources, and the front-line measures."""

PLACE_FIELDS: tuple[str, ...] = (
    "place_id", "name", "mentions", "country_code", "admin1", "feature_class",
    "population", "mention_count", "confidence", "candidates",
)
"""Place properties required by the design contract."""

LIST_FIELDS = frozenset({"actors", "sources", "mentions", "candidates"})
"""Properties whose values are lists (JSON arrays in GeoJSON, JSON text in CSV/SQL)."""

CRS = "EPSG:4326"


def _frame(records: Iterable[Mapping[str, Any]], fields: tuple[str, ...]) -> gpd.GeoDataFrame:
    # column lists + one vectorised geometry array: far cheaper than a frame of row dicts
    records = list(records)
    if not records:
        return gpd.GeoDataFrame([], columns=[*fields, "geometry"], geometry="geometry", crs=CRS)
    extra = sorted({k for rec in records for k in rec} - set(fields) - {"lon", "lat", "geometry"})
    columns = list(fields) + extra
    data = {c: [rec.get(c) for rec in records] for c in columns}
    if any(rec.get("geometry") is not None for rec in records):
        geoms = [rec.get("geometry") if rec.get("geometry") is not None
                 else Point(float(rec["lon"]), float(rec["lat"])) for rec in records]
    else:
        geoms = shapely.points([float(rec["lon"]) for rec in records], [float(rec["lat"]) for rec in records])
    data["geometry"] = from_shapely(geoms, crs=CRS)
    return gpd.GeoDataFrame(pd.DataFrame(data, columns=[*columns, "geometry"]), geometry="geometry", copy=False)


def events_frame(records: Iterable[Mapping[str, Any]]) -> gpd.GeoDataFrame:
    """Build the events GeoDataFrame from dicts holding ``EVENT_FIELDS`` and ``lon``/``lat``.

    Missing contract fields become ``None``; extra keys are kept as columns.
    """
    return _frame(records, EVENT_FIELDS)


def places_frame(records: Iterable[Mapping[str, Any]]) -> gpd.GeoDataFrame:
    """Build the places GeoDataFrame from dicts holding ``PLACE_FIELDS`` and ``lon``/``lat``."""
    return _frame(records, PLACE_FIELDS)


def _json_value(value: Any) -> Any:
    """Return a JSON-safe property value (NaN and NaT become null)."""
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        value = value.item()  # numpy scalar
        return None if isinstance(value, float) and math.isnan(value) else value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value[:1] in "[{" and value[-1:] in "]}":
        try:
            return json.loads(value)
        except ValueError:
            return value
    if isinstance(value, tuple):
        return list(value)
    return value


def to_feature_collection(gdf: gpd.GeoDataFrame, **foreign: Any) -> dict[str, Any]:
    """Return an RFC 7946 FeatureCollection (lon, lat in WGS84) of ``gdf``.

    Keyword arguments are written as foreign members of the collection (for
    example ``manifest=...``).
    """
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(CRS)
    props = [c for c in gdf.columns if c != gdf.geometry.name]
    features = []
    for geom, values in zip(gdf.geometry, gdf[props].itertuples(index=False, name=None)):
        features.append({
            "type": "Feature",
            "geometry": None if geom is None else mapping(geom),
            "properties": {k: _json_value(v) for k, v in zip(props, values)},
        })
    return {"type": "FeatureCollection", "features": features, **foreign}


def from_feature_collection(fc: Mapping[str, Any]) -> gpd.GeoDataFrame:
    """Read a FeatureCollection dict (as written by ``to_feature_collection``) into a GeoDataFrame."""
    records = []
    for feat in fc.get("features", []):
        rec = dict(feat.get("properties") or {})
        rec["geometry"] = shape(feat["geometry"]) if feat.get("geometry") else None
        records.append(rec)
    if not records:
        return gpd.GeoDataFrame(columns=["geometry"], geometry="geometry", crs=CRS)
    return gpd.GeoDataFrame(records, geometry="geometry", crs=CRS)


def empty_events() -> gpd.GeoDataFrame:
    """Return an events GeoDataFrame with the contract columns and no rows."""
    return gpd.GeoDataFrame(columns=[*EVENT_FIELDS, "geometry"], geometry="geometry", crs=CRS)
