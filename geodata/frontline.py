"""The front line: dated occupied territory, its line of contact, change, and events against it.

A *snapshot* is the territory of Ukraine marked as occupied on one date, as one
WGS84 (lon, lat) MultiPolygon.  Files come from users: DeepStateMap's raw layer
export, the cleaned one-MultiPolygon layer derived from it, or any GeoJSON,
GeoPackage, KML or KMZ polygon layer with a stated date.

Areas and distances are measured in an Albers equal-area projection fitted to
Ukraine (standard parallels 45 and 51 N, origin 48 N 32 E, WGS84): areas are
exact, distances within Ukraine are off by less than 0.5 %.

The *line of contact* is the outline of the occupied area minus the parts that
lie on Ukraine's state border or coast (within ``BORDER_TOLERANCE_KM`` of the
bundled Natural Earth outline of Ukraine).  Signed distances to it are negative
inside occupied territory and positive outside it.
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import math
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry

from geodata import settings
from geodata.errors import ControlError

EQUAL_AREA = CRS.from_proj4("+proj=aea +lat_1=45 +lat_2=51 +lat_0=48 +lon_0=32 +datum=WGS84 +units=m +no_defs")
"""Albers equal-area projection for Ukraine, the one the reference figures use."""

OCCUPIED_CLASSES = frozenset({"Occupied", "CADR and CALR", "Occupied Crimea"})
"""English class names of a raw DeepStateMap export that make up the occupied area."""

REGION_LON = (20.0, 42.0)
REGION_LAT = (43.0, 54.0)
"""Box every vertex of a snapshot must lie in: Ukraine with a margin, in degrees."""

BORDER_TOLERANCE_KM = 3.0
"""Outline parts this close to Ukraine's border or coast are not the line of contact.

The bundled outline is Natural Earth simplified to ~500 m and front-line data
follow a finer coastline, so the tolerance is a few km; smaller values leave
stray pieces of coast and border in the line."""

FACING_KM = 6.0
"""A piece of the line must have Ukraine-held land (off the border strip) this far beyond it."""

SIDE_TOLERANCE_KM = 1.0
"""A point this close outside Ukraine's (simplified) outline still counts as in Ukraine."""

MIN_HOLE_KM2 = 0.1
"""Holes smaller than this are slivers left by the union of adjacent polygons, not held pockets."""

SIDES = ("occupied", "ukraine-held", "outside-ukraine")

_TO_EA = Transformer.from_crs("EPSG:4326", EQUAL_AREA, always_xy=True)
_VECTOR_SUFFIXES = {".gpkg", ".kml", ".kmz", ".shp", ".fgb", ".gml", ".zip"}
_DATE_KEYS = ("date", "snapshot_date", "datetime", "timestamp", "time", "start", "begin", "day")


# --- projection helpers ----------------------------------------------------------------------

def _project(geom: BaseGeometry) -> BaseGeometry:
    """Return ``geom`` (lon, lat) in the equal-area projection (metres)."""
    return shapely.transform(geom, lambda xy: np.column_stack(_TO_EA.transform(xy[:, 0], xy[:, 1])))


def _unproject(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(
        geom, lambda xy: np.column_stack(_TO_EA.transform(xy[:, 0], xy[:, 1], direction="INVERSE")))


def _polygons(geom: BaseGeometry | None) -> list[Polygon]:
    """The polygons of any geometry (collections included); lines and points are dropped."""
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if hasattr(geom, "geoms"):
        return [p for g in geom.geoms for p in _polygons(g)]
    return []


def _multipolygon(geom: BaseGeometry | None) -> MultiPolygon:
    return MultiPolygon(_polygons(geom))


# --- reading snapshot files ------------------------------------------------------------------

def read_control_file(path: str | Path, *, date: str | dt.date | None = None
                      ) -> tuple[dt.date, MultiPolygon, str]:
    """Read one occupied-territory file; return ``(date, occupied MultiPolygon, sha256)``.

    Parameters
    ----------
    path
        A raw DeepStateMap export (only the classes in ``OCCUPIED_CLASSES`` are kept),
        a cleaned MultiPolygon layer, or any GeoJSON / GeoPackage / KML / KMZ polygon
        layer in WGS84 (other CRSs are reprojected when the file states them).
    date
        Snapshot date; else a date property of the file, a date in its ``name``, or a
        date (``YYYY-MM-DD``, ``YYYYMMDD``, ``yymmdd_HHMM``) or Unix time in the file name.

    Returns
    -------
    The date, the repaired union of the polygons (z dropped, slivers closed, exteriors
    counter-clockwise), and the SHA-256 of its normalised WKB: the same territory gives
    the same hash whatever file format carried it.

    Raises
    ------
    ControlError
        One line naming the file and the fix: unreadable, no polygons, an invalid ring,
        coordinates outside Ukraine's region or in (lat, lon) order, no date.
    """
    path = Path(path)
    if not path.is_file():
        msg = f"{path}: no such file; give a GeoJSON, GeoPackage, KML or KMZ file of occupied territory"
        raise ControlError(msg)
    day = _parse_day(date, f"--date for {path.name}") if date is not None else None
    if path.suffix.lower() in _VECTOR_SUFFIXES:
        polygons, found_day = _read_vector(path, find_date=day is None)
    else:
        polygons, found_day = _read_geojson(path, find_date=day is None)
    if not polygons:
        msg = f"{path}: no polygons found; give a polygon layer of occupied territory (not points or lines)"
        raise ControlError(msg)
    _check_region(path, polygons)
    geom = _repair(path, polygons)
    day = day or found_day or _date_from_name(path.name)
    if day is None:
        msg = (f"{path}: no date found in the file or its name; add --date YYYY-MM-DD "
               f"or name the file like frontline-YYYY-MM-DD{path.suffix}")
        raise ControlError(msg)
    # Rounded to ~1 cm so a snapshot re-exported through another format keeps its hash.
    canonical = shapely.transform(shapely.normalize(geom), lambda xy: np.round(xy, 7))
    digest = hashlib.sha256(shapely.to_wkb(canonical, output_dimension=2, byte_order=1)).hexdigest()
    return day, geom, digest


def _read_geojson(path: Path, *, find_date: bool) -> tuple[list[BaseGeometry], dt.date | None]:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        msg = f"{path}: not readable as GeoJSON ({_short(exc)}); give a GeoJSON FeatureCollection of polygons"
        raise ControlError(msg) from None
    if not isinstance(data, dict) or "type" not in data:
        msg = f"{path}: not a GeoJSON object; give a GeoJSON FeatureCollection of polygons"
        raise ControlError(msg)
    if data["type"] == "FeatureCollection":
        features = data.get("features") or []
        if not isinstance(features, list):
            msg = f"{path}: 'features' is not a list; give a GeoJSON FeatureCollection of polygons"
            raise ControlError(msg)
    elif data["type"] == "Feature":
        features = [data]
    else:
        features = [{"type": "Feature", "properties": {}, "geometry": data}]
    features = [f for f in features if isinstance(f, dict)]
    raw = any("///" in str(_properties(f).get("name", "")) for f in features)
    kept = []
    for i, feat in enumerate(features):
        gj = feat.get("geometry")
        if not isinstance(gj, dict) or gj.get("type") not in (
                "Polygon", "MultiPolygon", "GeometryCollection"):
            continue
        props = _properties(feat)
        if raw and (gj["type"] != "Polygon" or _english_class(props.get("name")) not in OCCUPIED_CLASSES):
            continue
        kept.append((i, gj, props))
    if raw and not kept:
        msg = (f"{path}: a DeepStateMap export without occupied polygons "
               f"({', '.join(sorted(OCCUPIED_CLASSES))}); check that it is the territory layer")
        raise ControlError(msg)
    polygons = []
    for i, gj, _ in kept:
        try:
            geom = shapely.force_2d(shape(gj))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, shapely.errors.ShapelyError) as exc:
            msg = (f"{path}: feature {i} has an invalid ring or geometry ({_short(exc)}); "
                   f"a ring needs at least 4 positions (3 distinct points, closed): fix or delete that feature")
            raise ControlError(msg) from None
        polygons.extend(_polygons(geom))
    polygons = _from_crs(path, polygons, data.get("crs"))
    day = _day_from_properties(path, [p for _, _, p in kept], data) if find_date else None
    return polygons, day


def _properties(feature: dict) -> dict:
    """A feature's properties, or {} when the file gives none or not an object."""
    props = feature.get("properties")
    return props if isinstance(props, dict) else {}


def _read_vector(path: Path, *, find_date: bool) -> tuple[list[BaseGeometry], dt.date | None]:
    import pyogrio

    try:
        layers = [str(name) for name, _ in pyogrio.list_layers(path)]
    except Exception as exc:  # noqa: BLE001 - GDAL raises many types for unreadable files
        msg = f"{path}: not readable as a vector file ({_short(exc)}); give GeoJSON, GeoPackage, KML or KMZ"
        raise ControlError(msg) from None
    polygons: list[BaseGeometry] = []
    props: list[dict] = []
    for layer in layers:
        try:
            frame = pyogrio.read_dataframe(path, layer=layer)
        except Exception as exc:  # noqa: BLE001
            msg = f"{path}: layer {layer!r} cannot be read ({_short(exc)}); repair or re-export the file"
            raise ControlError(msg) from None
        if frame.crs is not None and not CRS.from_user_input(frame.crs).equals(CRS.from_epsg(4326),
                                                                           ignore_axis_order=True):
            frame = frame.to_crs(4326)
        for i, geom in enumerate(frame.geometry):
            parts = _polygons(shapely.force_2d(geom)) if geom is not None else []
            if parts:
                polygons.extend(parts)
                props.append({k: v for k, v in frame.iloc[i].items() if k != "geometry"})
    return polygons, (_day_from_properties(path, props, {}) if find_date else None)


def _from_crs(path: Path, polygons: list[BaseGeometry], crs: Any) -> list[BaseGeometry]:
    """Reproject polygons from a GeoJSON ``crs`` member other than WGS84 lon/lat."""
    name = (crs or {}).get("properties", {}).get("name") if isinstance(crs, dict) else None
    if not name:
        return polygons
    try:
        source = CRS.from_user_input(name)
    except Exception:  # noqa: BLE001 - pyproj raises CRSError and others
        msg = f"{path}: unknown crs {name!r}; reproject the file to WGS84 (EPSG:4326) lon/lat"
        raise ControlError(msg) from None
    if source.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return polygons
    to_wgs = Transformer.from_crs(source, "EPSG:4326", always_xy=True)
    return [shapely.transform(p, lambda xy: np.column_stack(to_wgs.transform(xy[:, 0], xy[:, 1])))
            for p in polygons]


def _english_class(name: Any) -> str:
    """The English part of a bilingual DeepStateMap name, whitespace collapsed."""
    text = str(name or "").split("///")[-1]
    return " ".join(text.replace("\u00a0", " ").split())


def _check_region(path: Path, polygons: Sequence[BaseGeometry]) -> None:
    coords = np.concatenate([shapely.get_coordinates(p) for p in polygons])
    lon, lat = coords[:, 0], coords[:, 1]

    def inside(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return (x >= REGION_LON[0]) & (x <= REGION_LON[1]) & (y >= REGION_LAT[0]) & (y <= REGION_LAT[1])

    ok = inside(lon, lat)
    if ok.all():
        return
    bbox = f"[{lon.min():.4g}, {lat.min():.4g}, {lon.max():.4g}, {lat.max():.4g}]"
    if inside(lat, lon).all():
        msg = (f"{path}: coordinates are in (lat, lon) order (bbox {bbox}); "
               f"GeoJSON needs (lon, lat): swap the two values of every position")
    else:
        msg = (f"{path}: {int((~ok).sum())} of {ok.size} vertices lie outside Ukraine's region "
               f"(lon {REGION_LON[0]:g}-{REGION_LON[1]:g} E, lat {REGION_LAT[0]:g}-{REGION_LAT[1]:g} N; bbox {bbox}); "
               f"give WGS84 lon/lat polygons of occupied Ukraine only")
    raise ControlError(msg)


def _repair(path: Path, polygons: Sequence[BaseGeometry]) -> MultiPolygon:
    """Make every polygon valid, union them, close slivers; counter-clockwise exteriors."""
    valid = [p for g in polygons for p in _polygons(shapely.make_valid(g))]
    try:
        union = shapely.union_all(valid)
    except shapely.errors.GEOSException as exc:
        msg = f"{path}: the polygons cannot be merged ({_short(exc)}); repair them in a GIS first"
        raise ControlError(msg) from None
    geom = _drop_slivers(_multipolygon(union))
    if geom.is_empty or geom.area == 0:
        msg = f"{path}: the polygons have no area once repaired; give polygons of occupied territory"
        raise ControlError(msg)
    return MultiPolygon([shapely.geometry.polygon.orient(p, 1.0) for p in geom.geoms])


def _drop_slivers(geom: MultiPolygon) -> MultiPolygon:
    """Drop holes under ``MIN_HOLE_KM2`` (gaps between polygons that should touch)."""
    out = []
    for poly in geom.geoms:
        holes = [r for r in poly.interiors if _project(Polygon(r)).area >= MIN_HOLE_KM2 * 1e6]
        out.append(poly if len(holes) == len(poly.interiors) else Polygon(poly.exterior, holes))
    return MultiPolygon(out)


# --- dates -----------------------------------------------------------------------------------

def _parse_day(value: Any, what: str) -> dt.date:
    """A date from a date, datetime or ISO string; ControlError naming ``what`` otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        msg = f"{what}: {value!r} is not a date; write it as YYYY-MM-DD"
        raise ControlError(msg) from None


def _date_value(value: Any) -> dt.date | None:
    """A date from a property value: ISO text, ``YYYYMMDD``, or Unix seconds / milliseconds."""
    if value is None or isinstance(value, bool) or (np.ndim(value) == 0 and _is_null(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp
        return value.to_pydatetime().date()
    if isinstance(value, (int, float, np.integer, np.floating)):
        return _unix_day(float(value))
    return _date_from_name(str(value))


def _is_null(value: Any) -> bool:
    try:
        return bool(value != value) or str(value) == "NaT"  # NaN and NaT are not equal to themselves
    except (TypeError, ValueError):
        return False


def _unix_day(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if not 1e9 <= seconds < 2.5e9:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()


_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)")
_NAME_YYMMDD = re.compile(r"(?<!\d)(\d{2})(\d{2})(\d{2})_\d{4}(?!\d)")
_NAME_UNIX = re.compile(r"(?<!\d)(\d{10}|\d{13})(?!\d)")


def _date_from_name(name: str) -> dt.date | None:
    """The snapshot date written in a file name or title, if there is exactly one kind of it."""
    for match in _NAME_DATE.finditer(name):
        day = _safe_date(int(match[1]), int(match[2]), int(match[3]))
        if day:
            return day
    for match in _NAME_YYMMDD.finditer(name):
        day = _safe_date(2000 + int(match[1]), int(match[2]), int(match[3]))
        if day:
            return day
    for match in _NAME_UNIX.finditer(name):
        day = _unix_day(float(match[1]))
        if day:
            return day
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    if not 2000 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_from_properties(path: Path, props: Sequence[Mapping[str, Any]], top: Mapping[str, Any]) -> dt.date | None:
    """One date from the polygons' properties, else the top-level ``date``/``name`` member."""
    found: set[dt.date] = set()
    for p in props:
        for key, value in p.items():
            if str(key).lower().lstrip("_") in _DATE_KEYS:
                day = _date_value(value)
                if day:
                    found.add(day)
                    break
    if len(found) > 1:
        days = sorted(found)
        msg = (f"{path}: the polygons carry {len(days)} different dates ({days[0]} ... {days[-1]}); "
               f"import one date at a time or give --date YYYY-MM-DD")
        raise ControlError(msg)
    if found:
        return found.pop()
    for key in ("date", "name"):
        day = _date_value(top.get(key)) if isinstance(top.get(key), (str, int, float)) else None
        if day:
            return day
    return None


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


# --- measures --------------------------------------------------------------------------------

def occupied_area_km2(geom: BaseGeometry | None) -> float:
    """Area of the polygons of ``geom`` (lon, lat) in km², in the equal-area projection."""
    polys = _polygons(geom)
    if not polys:
        return 0.0
    return float(_project(MultiPolygon(polys)).area) / 1e6


@functools.lru_cache(maxsize=1)
def _ukraine() -> tuple[BaseGeometry, BaseGeometry, BaseGeometry]:
    """Ukraine's projected outline: (polygon, interior beyond the border tolerance, side test area)."""
    try:
        data = json.loads(Path(settings.COUNTRIES_GEOJSON).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        msg = f"{settings.COUNTRIES_GEOJSON}: bundled basemap unreadable ({_short(exc)}); reinstall frontline-map"
        raise ControlError(msg) from None
    feats = [f for f in data.get("features", []) if (f.get("properties") or {}).get("iso_a2") == "UA"]
    if not feats:
        msg = f"{settings.COUNTRIES_GEOJSON}: no Ukraine (iso_a2 UA) in the bundled basemap; reinstall frontline-map"
        raise ControlError(msg)
    ukraine = _project(shape(feats[0]["geometry"]))
    inner = ukraine.buffer(-BORDER_TOLERANCE_KM * 1000)
    side = ukraine.buffer(SIDE_TOLERANCE_KM * 1000)
    shapely.prepare(inner)
    shapely.prepare(side)
    return ukraine, inner, side


class _Measure:
    """A snapshot ready for measuring: projected, prepared, its line of contact indexed by segment."""

    def __init__(self, geom: BaseGeometry) -> None:
        occupied = _multipolygon(geom)
        if not occupied.is_empty:
            occupied = _drop_slivers(occupied)
        self.occupied = _project(occupied)
        shapely.prepare(self.occupied)
        self.line = _contact_line(self.occupied) if not occupied.is_empty else shapely.MultiLineString([])
        self._line_tree = _SegmentTree(self.line)
        self._edge_tree: _SegmentTree | None = None

    def line_distance(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Distance in metres from projected points to the line of contact (NaN without a line)."""
        return self._line_tree.distance(x, y)

    def area_distance(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Distance in metres from projected points to the occupied area (0 inside)."""
        if self._edge_tree is None:
            self._edge_tree = _SegmentTree(self.occupied.boundary)
        d = self._edge_tree.distance(x, y)
        d[self.contains(x, y)] = 0.0
        return d

    def contains(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return shapely.contains_xy(self.occupied, x, y)


def _contact_line(occupied: BaseGeometry) -> BaseGeometry:
    """The projected outline of ``occupied`` that faces Ukraine-held land.

    Outline within the border tolerance of Ukraine's outline is cut off; of what is
    left, pieces with no Ukraine-held land within ``FACING_KM`` beyond them are strips
    where the snapshot's border and the basemap's differ by a few km, not a front.
    """
    _, inner, _ = _ukraine()
    pieces = shapely.get_parts(shapely.line_merge(shapely.intersection(occupied.boundary, inner)))
    if not len(pieces):
        return shapely.MultiLineString([])
    far_held = shapely.difference(inner, occupied.buffer(FACING_KM * 1000, quad_segs=4))
    shapely.prepare(far_held)
    facing = shapely.distance(pieces, far_held) < (FACING_KM + 0.5) * 1000
    return shapely.line_merge(shapely.multilinestrings(pieces[facing]))


class _SegmentTree:
    """Nearest-segment index of a linear geometry: distances in log time per point."""

    def __init__(self, lines: BaseGeometry) -> None:
        segs = []
        for part in shapely.get_parts(lines):
            xy = shapely.get_coordinates(part)
            if len(xy) >= 2:
                segs.append(np.stack([xy[:-1], xy[1:]], axis=1))
        if segs:
            self.segments = shapely.linestrings(np.concatenate(segs))
            self.tree: shapely.STRtree | None = shapely.STRtree(self.segments)
        else:
            self.segments, self.tree = None, None

    def distance(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        out = np.full(len(x), np.nan)
        ok = np.isfinite(x) & np.isfinite(y)
        if self.tree is None or not ok.any():
            return out
        points = shapely.points(x[ok], y[ok])
        idx, dist = self.tree.query_nearest(points, return_distance=True, all_matches=False)
        res = np.full(ok.sum(), np.nan)
        res[idx[0]] = dist
        out[ok] = res
        return out


@functools.lru_cache(maxsize=16)
def _measure(geom: BaseGeometry) -> _Measure:
    return _Measure(geom)


def line_of_contact(geom: BaseGeometry) -> BaseGeometry:
    """The line of contact of an occupied area (lon, lat): its outline off Ukraine's border and coast.

    Parts of the outline within ``BORDER_TOLERANCE_KM`` of Ukraine's state border or
    coast (the bundled Natural Earth outline) are dropped, and so are leftover pieces
    that face no Ukraine-held land (see ``FACING_KM``); what stays is a
    (Multi)LineString in lon, lat, empty when the area touches no Ukraine-held land.
    """
    return _unproject(_measure(geom).line)


def distance_to_occupied_km(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray,
                            geom: BaseGeometry) -> np.ndarray:
    """Distance in km from each point to the occupied AREA (0 inside), as DeepStateMap-style tables give."""
    x, y = _TO_EA.transform(np.asarray(lons, float), np.asarray(lats, float))
    return _measure(geom).area_distance(np.asarray(x), np.asarray(y)) / 1000


def signed_line_distance_km(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray,
                            geom: BaseGeometry) -> np.ndarray:
    """Signed distance in km from each point to the line of contact of ``geom``: negative inside occupied."""
    x, y = _TO_EA.transform(np.asarray(lons, float), np.asarray(lats, float))
    x, y = np.asarray(x), np.asarray(y)
    m = _measure(geom)
    d = m.line_distance(x, y) / 1000
    return np.where(m.contains(x, y), -d, d)


def sides(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray,
          geom: BaseGeometry) -> np.ndarray:
    """``"occupied"``, ``"ukraine-held"`` or ``"outside-ukraine"`` for each point."""
    x, y = _TO_EA.transform(np.asarray(lons, float), np.asarray(lats, float))
    x, y = np.asarray(x), np.asarray(y)
    inside = _measure(geom).contains(x, y)
    in_ukraine = shapely.contains_xy(_ukraine()[2], x, y)
    return np.where(inside, SIDES[0], np.where(in_ukraine, SIDES[1], SIDES[2])).astype(object)


def near_line_km(lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray,
                 geom: BaseGeometry) -> np.ndarray:
    """Unsigned distance in km from candidate points to the line of contact of ``geom``.

    ``geom`` is an occupied area (its line of contact is derived) or a line itself.
    """
    x, y = _TO_EA.transform(np.asarray(lons, float), np.asarray(lats, float))
    if _polygons(geom):
        return _measure(geom).line_distance(np.asarray(x), np.asarray(y)) / 1000
    return _SegmentTree(_project(geom)).distance(np.asarray(x), np.asarray(y)) / 1000


def near_line_score(lon: float, lat: float, geom: BaseGeometry, *, scale_km: float = 30.0) -> float:
    """Prior in (0, 1] that a combat event is at (lon, lat): ``exp(-distance / scale_km)``.

    A disambiguation helper: among same-named candidates, the one near the line of
    contact on the report's date is the likelier place of fighting.  0.0 when there is
    no line to measure against.
    """
    d = float(near_line_km([lon], [lat], geom)[0])
    return 0.0 if math.isnan(d) else math.exp(-d / scale_km)


class LinePrior:
    """One snapshot's line of contact, ready to score many candidate places at once.

    What :func:`geodata.resolve.resolve_mentions` takes as ``frontline``: among
    same-named candidates of a place in a combat sentence, those near the line on
    the report's date are likelier.  ``geom`` is an occupied area (its line of
    contact is derived) or a line itself; ``day`` is the snapshot's date.
    """

    def __init__(self, geom: BaseGeometry, *, day: dt.date | None = None, scale_km: float = 30.0) -> None:
        self.geom = geom
        self.date = day
        self.scale_km = float(scale_km)
        self._tree = None if _polygons(geom) else _SegmentTree(_project(geom))

    def distances_km(self, lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray) -> np.ndarray:
        """Unsigned distance in km from each point to the line of contact (NaN without a line)."""
        x, y = _TO_EA.transform(np.asarray(lons, float), np.asarray(lats, float))
        x, y = np.asarray(x, float).reshape(-1), np.asarray(y, float).reshape(-1)
        tree = self._tree if self._tree is not None else _measure(self.geom)._line_tree
        return tree.distance(x, y) / 1000

    def scores(self, lons: Sequence[float] | np.ndarray, lats: Sequence[float] | np.ndarray) -> np.ndarray:
        """``exp(-distance / scale_km)`` per point, in [0, 1]; 0 where there is no line to measure."""
        d = self.distances_km(lons, lats)
        return np.where(np.isnan(d), 0.0, np.exp(-np.nan_to_num(d, nan=0.0) / self.scale_km))

    def __repr__(self) -> str:
        return f"LinePrior(date={self.date}, scale_km={self.scale_km})"


def line_prior(frontline: Any, day: str | dt.date | None) -> LinePrior | None:
    """The :class:`LinePrior` for a report published on ``day``, or None without front-line data.

    ``frontline`` is None, a ready :class:`LinePrior`, one occupied-area (or line)
    geometry, a mapping of snapshot date -> geometry (the one nearest ``day`` is used:
    the latest on or before it, else the first), or a callable ``day -> LinePrior | None``.
    """
    if frontline is None or isinstance(frontline, LinePrior):
        return frontline
    if isinstance(frontline, BaseGeometry):
        return None if frontline.is_empty else LinePrior(frontline)
    if isinstance(frontline, Mapping):
        days, geoms = _snapshot_days(frontline)
        if not days:
            return None
        i = nearest_snapshot(days, _parse_day(day, "report date")) if day is not None else len(days) - 1
        return _prior_of(geoms[i], days[i])
    if callable(frontline):
        return frontline(day)
    msg = f"front line of type {type(frontline).__name__}: give a geometry, a LinePrior or a date -> geometry mapping"
    raise ControlError(msg)


@functools.lru_cache(maxsize=16)
def _prior_of(geom: BaseGeometry, day: dt.date) -> LinePrior:
    return LinePrior(geom, day=day)


def store_snapshots(store: Any) -> dict[dt.date, BaseGeometry]:
    """Every snapshot of a store as ``{date: occupied geometry}`` (empty when it holds none)."""
    out = {}
    for s in store.control_snapshots():
        day = _parse_day(str(s["date"])[:10], "stored snapshot")
        geom = store.control_geometry(day)
        if geom is not None and not geom.is_empty:
            out[day] = geom
    return out


# --- change between dates --------------------------------------------------------------------

def change_geometries(geom_from: BaseGeometry, geom_to: BaseGeometry) -> dict[str, BaseGeometry | None]:
    """Newly occupied (``gained``) and no longer occupied (``lost``) polygons, lon/lat; None when empty."""
    a, b = _multipolygon(geom_from), _multipolygon(geom_to)
    gained = _multipolygon(shapely.difference(b, a))
    lost = _multipolygon(shapely.difference(a, b))
    return {"gained": gained if not gained.is_empty else None,
            "lost": lost if not lost.is_empty else None}


def change(geom_from: BaseGeometry, geom_to: BaseGeometry) -> dict[str, float]:
    """Occupied area at both dates and the area gained, lost and net between them, in km² (1 decimal)."""
    parts = change_geometries(geom_from, geom_to)
    area_from, area_to = occupied_area_km2(geom_from), occupied_area_km2(geom_to)
    return {"area_from_km2": round(area_from, 1), "area_to_km2": round(area_to, 1),
            "gained_km2": round(occupied_area_km2(parts["gained"]), 1),
            "lost_km2": round(occupied_area_km2(parts["lost"]), 1),
            "net_km2": round(area_to - area_from, 1)}


# --- snapshots by date -----------------------------------------------------------------------

def _snapshot_days(snapshots: Mapping[Any, BaseGeometry]) -> tuple[list[dt.date], list[BaseGeometry]]:
    items = sorted(((_parse_day(k, "snapshot date"), g) for k, g in snapshots.items() if g is not None),
                   key=lambda kv: kv[0])
    return [d for d, _ in items], [g for _, g in items]


def nearest_snapshot(days: Sequence[dt.date], day: dt.date) -> int | None:
    """Index of the snapshot for ``day`` in sorted ``days``: the latest on or before it, else the first."""
    if not days:
        return None
    i = int(np.searchsorted(np.array(days, dtype="datetime64[D]"), np.datetime64(day, "D"), side="right")) - 1
    return max(i, 0)


def control_layers(snapshots: Mapping[Any, BaseGeometry], day: str | dt.date, *,
                   since: str | dt.date | None = None) -> dict[str, Any] | None:
    """The map layers for ``day``: ``{date, occupied, line, gained, lost}`` (lon, lat), or None.

    ``occupied`` is the snapshot nearest ``day`` (not after it when one before exists);
    ``gained``/``lost`` compare it with the snapshot for ``since`` when given.
    """
    days, geoms = _snapshot_days(snapshots)
    i = nearest_snapshot(days, _parse_day(day, "map date"))
    if i is None:
        return None
    layers: dict[str, Any] = {"date": days[i].isoformat(), "occupied": geoms[i],
                              "line": line_of_contact(geoms[i]), "gained": None, "lost": None}
    if since is not None:
        j = nearest_snapshot(days, _parse_day(since, "comparison date"))
        if j is not None and j != i:
            layers.update(change_geometries(geoms[j], geoms[i]))
            layers["since"] = days[j].isoformat()
    return layers


def annotate_events(events: Any, snapshots: Mapping[Any, BaseGeometry]) -> Any:
    """Add ``frontline_date``, ``frontline_distance_km`` and ``frontline_side`` to each event.

    Each event is measured against the snapshot nearest its ``date`` (else ``published``):
    the latest on or before it, or the first one when the event predates them all.
    ``frontline_distance_km`` is the distance to the line of contact, negative inside
    occupied territory; events without a date or a point get None.  Vectorised per
    snapshot; returns a copy.
    """
    import pandas as pd

    out = events.copy()
    n = len(out)
    f_date = np.full(n, None, dtype=object)
    f_dist = np.full(n, np.nan)
    f_side = np.full(n, None, dtype=object)
    days, geoms = _snapshot_days(snapshots)
    if n and days:
        geo = out.geometry if out.crs is None or out.crs.to_epsg() == 4326 else out.geometry.to_crs(4326)
        pts = np.asarray(geo.values, dtype=object)
        valid = ~(shapely.is_missing(pts) | shapely.is_empty(pts))
        lon = np.where(valid, shapely.get_x(np.where(valid, pts, None)), np.nan)
        lat = np.where(valid, shapely.get_y(np.where(valid, pts, None)), np.nan)
        when = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
        for col in ("date", "published"):
            if col in out.columns:
                when = when.fillna(pd.to_datetime(out[col].astype("string").str.slice(0, 10),
                                                  errors="coerce", format="%Y-%m-%d"))
        when_d = when.to_numpy().astype("datetime64[D]")
        has_day = ~np.isnat(when_d)
        snap_idx = np.searchsorted(np.array(days, dtype="datetime64[D]"), when_d, side="right") - 1
        snap_idx = np.clip(snap_idx, 0, None)
        ok = valid & has_day
        x, y = _TO_EA.transform(lon, lat)
        x, y = np.asarray(x), np.asarray(y)
        for i in np.unique(snap_idx[ok]):
            sel = ok & (snap_idx == i)
            m = _measure(geoms[i])
            inside = m.contains(x[sel], y[sel])
            d = m.line_distance(x[sel], y[sel]) / 1000
            f_dist[sel] = np.round(np.where(inside, -d, d), 2)
            in_ua = shapely.contains_xy(_ukraine()[2], x[sel], y[sel])
            f_side[sel] = np.where(inside, SIDES[0], np.where(in_ua, SIDES[1], SIDES[2]))
            f_date[sel] = days[i].isoformat()
    out["frontline_date"] = f_date
    out["frontline_distance_km"] = [None if math.isnan(v) else float(v) for v in f_dist]
    out["frontline_side"] = f_side
    return out


# --- command line ----------------------------------------------------------------------------

def run_cli(args: Any) -> int:
    """``frontline control import|change|list``; return the exit code (errors raise FrontlineError)."""
    from geodata.store import Store

    if args.action == "import":
        return _cli_import(args, Store)
    with Store(getattr(args, "db", None), read_only=True) as store:
        snaps = store.control_snapshots()
        if args.action == "list":
            if not snaps:
                print("no front-line snapshots stored; add some with: frontline control import FILE --date YYYY-MM-DD",
                      file=sys.stderr)
            for s in snaps:
                print(json.dumps({"date": str(s["date"])[:10], "area_km2": round(float(s["area_km2"] or 0), 1),
                                  "source": s["source"], "sha256": s["sha256"]}, ensure_ascii=False))
            return 0
        if args.action == "change":
            return _cli_change(args, store, snaps)
    msg = f"unknown control action {args.action!r}: use import, change or list"
    raise ControlError(msg)


def _cli_import(args: Any, store_cls: Any) -> int:
    # Read and check every file before storing any, so a bad file stores nothing.
    read = [(Path(p), *read_control_file(p, date=args.date)) for p in args.files]
    with store_cls(getattr(args, "db", None)) as store:
        for path, day, geom, digest in read:
            added = store.add_control_snapshot(day, geom, source=args.source or path.name, sha256=digest)
            print(json.dumps({"file": str(path), "date": day.isoformat(),
                              "area_km2": round(occupied_area_km2(geom), 1),
                              "status": "new" if added else "unchanged"}, ensure_ascii=False))
    return 0


def _cli_change(args: Any, store: Any, snaps: list[dict]) -> int:
    days = sorted({_parse_day(str(s["date"])[:10], "stored snapshot") for s in snaps})
    if not days:
        msg = f"{store.path}: no front-line snapshots stored; import some with: frontline control import FILE"
        raise ControlError(msg)
    picked = []
    for value, flag in ((args.date_from, "--from"), (args.date_to, "--to")):
        day = _parse_day(value, flag)
        before = [d for d in days if d <= day]
        if not before:
            msg = f"{flag} {day}: no snapshot on or before it; the first is {days[0]}, give a later date"
            raise ControlError(msg)
        picked.append(before[-1])
    geoms = [store.control_geometry(d) for d in picked]
    result = change(*geoms)
    result.update({"date_from": picked[0].isoformat(), "date_to": picked[1].isoformat()})
    print(json.dumps(result))
    return 0


__all__ = [
    "EQUAL_AREA", "OCCUPIED_CLASSES", "BORDER_TOLERANCE_KM", "SIDES",
    "read_control_file", "occupied_area_km2", "line_of_contact", "distance_to_occupied_km",
    "signed_line_distance_km", "sides", "near_line_km", "near_line_score", "change",
    "change_geometries", "nearest_snapshot", "control_layers", "annotate_events", "run_cli",
    "LinePrior", "line_prior", "store_snapshots",
]
