"""The store: reports, events, places, corrections and front-line snapshots on disk.

The default backend is one embedded SQLite file in WAL mode (readers never wait
for the ingest writer; ``busy_timeout`` absorbs the short checkpoint locks).
The file is also a valid GeoPackage 1.3: QGIS or GDAL open the ``events``,
``places`` and ``control_snapshots`` layers directly (geometries are stored as
GeoPackage binary blobs; list properties are JSON text).

Spatial and date queries go through an SQLite R*Tree over (lon, lat, day
number) plus a B-tree on the date, so a bbox + date range query touches only
the matching rows.

Deduplication across reports happens at write time: every event row carries a
``cluster`` id, the row id of the first event of the same happening
(see :func:`same_event`).  :meth:`Store.events` returns one merged event per
cluster with its ``sources`` and ``source_count``.

Corrections (a mention resolved to the wrong place) live in their own table and
are applied at write time to every event whose folded ``place_mention`` matches,
keeping the extracted place in ``original`` so an undo restores it.  They also
become aliases for future extractions (:meth:`Store.aliases`), so they survive
re-ingest.

The seam for other backends: the engine and the dashboard use only the methods
of :class:`StoreBackend`.  :func:`open_store` picks the backend from the target
(a path means SQLite); a PostGIS backend would implement the same methods with
the same tables (``geometry(Point, 4326)`` with a GiST index instead of the
R*Tree, ``daterange`` with a GiST index for the date overlap) and reuse the
pure helpers here (:func:`same_event`, :func:`event_row`, :func:`merge_cluster`).
"""
from __future__ import annotations

import datetime as dt
import json
import math
import sqlite3
import struct
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

from geodata import settings
from geodata.errors import InputError, StoreError
from geodata.layers import EVENT_FIELDS, LIST_FIELDS, PLACE_FIELDS, empty_events, events_frame, places_frame

SCHEMA_VERSION = 1
"""Schema version written by this code; older files are migrated on open."""

APPLICATION_ID = 0x47504B47  # "GPKG": the file is a GeoPackage
GPKG_USER_VERSION = 10300
STORE_MARK = "frontline-map"

DEDUP_MAX_KM = 10.0
"""Largest distance between two pins of the same event told by different reports."""

DEDUP_SPAN_RATIO = 7.0
"""Longest date span may be at most this many times the shorter (a day merges with its
week, a week with its month, never a day with a whole month)."""

_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_MS = 30_000
_GEOD = Geod(ellps="WGS84")
_EPOCH = dt.date(1970, 1, 1).toordinal()
_NO_DAY_LO, _NO_DAY_HI = -1_000_000, 1_000_000

_EVENT_TEXT_COLS = (
    "id", "report_id", "source", "published", "date", "date_end", "date_precision", "date_text",
    "event_type", "sub_event_type", "actors", "claimed_by", "place", "place_mention", "place_id",
    "country_code", "admin1", "location_precision", "relation",
)
_EVENT_COLS = (*_EVENT_TEXT_COLS, "uncertainty_km", "sentence", "confidence", "mention_start", "mention_end")
_READ_COLS = ", ".join(f"e.{c}" for c in (*_EVENT_COLS, "lon", "lat", "cluster", "original", "extra"))
_PLACE_KEYS = ("place", "place_id", "country_code", "admin1", "lon", "lat")

try:  # the gazetteer's folding, so correction keys match the extraction's alias lookup
    from geodata.names import fold as _fold
except ImportError:  # pragma: no cover - names.py is written by another helper
    def _fold(name: str) -> str:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("\u2019", "").replace("'", "").replace("`", "").replace("-", " ")
        return " ".join(text.casefold().split())


def fold_mention(mention: str | None) -> str | None:
    """Key of a place mention for corrections: folded case, accents, apostrophes, hyphens."""
    if not mention:
        return None
    return _fold(str(mention)) or None


# --- the interface ------------------------------------------------------------------


class StoreBackend(Protocol):
    """What the engine and the dashboard may call; every backend implements it."""

    def add_extraction(self, extraction: Any) -> str: ...
    def add_extractions(self, extractions: Sequence[Any]) -> list[str]: ...
    def events(self, **filters: Any) -> Any: ...
    def places(self, **filters: Any) -> Any: ...
    def reports(self) -> pd.DataFrame: ...
    def report(self, report_id: str) -> Any: ...
    def report_hash(self, report_id: str) -> str | None: ...
    def count_events(self, *, merged: bool = True) -> int: ...
    def is_empty(self) -> bool: ...
    def add_correction(self, mention: str, place: dict, *, report_id: str | None = None) -> int: ...
    def undo_correction(self, correction_id: int | None = None) -> None: ...
    def aliases(self) -> dict[str, dict]: ...
    def add_control_snapshot(self, date: Any, geometry: Any, *, source: str, sha256: str) -> bool: ...
    def control_snapshots(self) -> list[dict]: ...
    def control_geometry(self, date: Any) -> Any: ...
    def close(self) -> None: ...


def open_store(target: str | Path | None = None, *, read_only: bool = False) -> StoreBackend:
    """Open the store at ``target``: a file path (SQLite) or, later, a ``postgresql://`` URL."""
    if isinstance(target, str) and target.startswith(("postgresql://", "postgres://")):
        msg = f"{target.split('@')[-1]}: a PostGIS store is not available in this version; give a file path as --db"
        raise StoreError(msg)
    return Store(target, read_only=read_only)


# --- pure helpers (shared by any backend) -----------------------------------------------------


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in km between two WGS84 points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0088 * 2 * math.asin(min(1.0, math.sqrt(a)))


def day_number(value: Any) -> int | None:
    """Days since 1970-01-01 of an ISO date (string or date), or None."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    return value.toordinal() - _EPOCH


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], *, max_km: float = DEDUP_MAX_KM,
               span_ratio: float = DEDUP_SPAN_RATIO) -> bool:
    """Decide whether two events from different reports tell the same happening.

    The rule, all parts required:

    1. different reports (within one report the extraction already merged);
    2. the same ``event_type`` (never merge an airstrike with a ground battle);
    3. the same place: equal ``place_id``, or pins at most ``max_km`` apart;
    4. overlapping date spans ``[date, date_end]`` whose lengths are comparable:
       the longer is at most ``span_ratio`` times the shorter (a day merges with
       its week, a week with its month; a day never with a whole month or year,
       so one vague "fighting in May" cannot swallow every daily report).

    Both mappings need ``report_id, event_type, place_id, lon, lat`` and the day
    numbers ``day_from, day_to`` (see :func:`day_number`).
    """
    if a.get("report_id") == b.get("report_id"):
        return False
    if not a.get("event_type") or a.get("event_type") != b.get("event_type"):
        return False
    same_place = bool(a.get("place_id")) and a.get("place_id") == b.get("place_id")
    if not same_place and haversine_km(a["lon"], a["lat"], b["lon"], b["lat"]) > max_km:
        return False
    a0, a1, b0, b1 = a["day_from"], a["day_to"], b["day_from"], b["day_to"]
    if a1 < b0 or b1 < a0:
        return False
    la, lb = a1 - a0 + 1, b1 - b0 + 1
    return max(la, lb) <= span_ratio * min(la, lb)


def _clean(value: Any) -> Any:
    """Plain Python value: numpy scalars unwrapped, NaN/NaT to None, dates to ISO."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def _records(frame: Any) -> list[dict[str, Any]]:
    """Rows of a GeoDataFrame (or a list of dicts) as dicts with ``lon``/``lat``.

    Goes through one ``to_numpy`` call: pandas' ``to_dict`` on a GeoDataFrame
    costs ~1 ms per small frame, which would dominate batch ingest.
    """
    if frame is None:
        return []
    if isinstance(frame, list):
        return [dict(r) for r in frame]
    if len(frame) == 0:
        return []
    columns = list(frame.columns)
    geom_name = frame.geometry.name if hasattr(frame, "geometry") else None
    out = []
    for values in frame.to_numpy(dtype=object):
        row: dict[str, Any] = {}
        geom = None
        for key, value in zip(columns, values):
            if key == geom_name:
                geom = value
            else:
                row[key] = _clean(value)
        if geom is not None and not getattr(geom, "is_empty", True):
            row.setdefault("lon", float(geom.x))
            row.setdefault("lat", float(geom.y))
        out.append(row)
    return out


def _layer_rows(extraction: Any, layer: str) -> list[dict[str, Any]]:
    """Rows of an extraction's ``layer`` ("events" or "places"), as :func:`_records` gives them from its frame.

    An :class:`~geodata.extract.Extraction` whose frame was never built (or set) holds
    the truth in its records: those are read directly, saving ~2.5 ms a report.
    """
    records = getattr(extraction, f"{layer[:-1]}_records", None)
    if (not isinstance(records, list) or getattr(extraction, f"_{layer}", True) is not None
            or any(rec.get("geometry") is not None for rec in records)):
        return _records(getattr(extraction, layer))
    return _frame_like_rows(records, EVENT_FIELDS if layer == "events" else PLACE_FIELDS)


def _frame_like_rows(records: list[dict[str, Any]], fields: Sequence[str]) -> list[dict[str, Any]]:
    """``_records(layers._frame(records, fields))`` without the frame: same columns, same values.

    Columns are the fields, then the other keys sorted; as in a frame, a numeric column
    with a gap or a float holds floats (ints turn into floats, ``None`` stays ``None``).
    """
    if not records:
        return []
    columns = [*fields, *sorted({k for rec in records for k in rec} - set(fields) - {"lon", "lat", "geometry"})]
    floated = set()
    for c in columns:
        numbers = [v for v in (rec.get(c) for rec in records) if v is not None]
        kinds = {_number_kind(v) for v in numbers}
        if kinds == {"int", "float"} or (kinds == {"int"} and len(numbers) < len(records)):
            floated.add(c)
    out = []
    for rec in records:
        row = {c: _clean(rec.get(c)) for c in columns}
        for c in floated:
            if row[c] is not None:
                row[c] = float(row[c])
        row["lon"], row["lat"] = float(rec["lon"]), float(rec["lat"])
        out.append(row)
    return out


def _number_kind(value: Any) -> str:
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.integer, np.floating)):
        return "other"
    return "int" if isinstance(value, (int, np.integer)) else "float"


def _in_list(values: str | Sequence[str]) -> tuple[str, list[str]]:
    """Placeholders and parameters of an SQL ``IN (...)`` for one value or several."""
    items = [values] if isinstance(values, str) else list(values)
    return ",".join("?" * len(items)), items


def _as_list(value: Any) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value]
        return parsed if isinstance(parsed, list) else [parsed]
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist"):
        return list(value.tolist())
    return [value]


def _float(value: Any) -> float | None:
    value = _clean(value)
    if value is None:
        return None
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(out) else out


def _int(value: Any) -> int | None:
    value = _float(value)
    return None if value is None else int(value)


def gpkg_point(lon: float, lat: float) -> bytes:
    """GeoPackage binary of a WGS84 point (no envelope, little-endian)."""
    return b"GP\x00\x01" + struct.pack("<i", 4326) + struct.pack("<BIdd", 1, 1, lon, lat)


def gpkg_geometry(geom: Any) -> bytes:
    """GeoPackage binary of any shapely geometry in WGS84."""
    return b"GP\x00\x01" + struct.pack("<i", 4326) + shapely.to_wkb(geom, byte_order=1)


def geometry_from_gpkg(blob: bytes) -> Any:
    """Shapely geometry from a GeoPackage binary blob."""
    envelope = (blob[3] >> 1) & 0b111
    skip = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope, 0)
    return shapely.from_wkb(bytes(blob[skip:]))


def event_row(rec: Mapping[str, Any], report: Any, index: int) -> dict[str, Any]:
    """Normalise one extracted event into a store row (day numbers, JSON lists, fallbacks)."""
    row: dict[str, Any] = {c: _clean(rec.get(c)) for c in _EVENT_COLS}
    row["report_id"] = report.id
    row["source"] = row["source"] or report.source
    row["published"] = row["published"] or (report.published.isoformat() if report.published else None)
    row["actors"] = json.dumps([str(a) for a in _as_list(rec.get("actors"))], ensure_ascii=False)
    for key in ("uncertainty_km", "confidence"):
        row[key] = _float(row[key])
    for key in ("mention_start", "mention_end"):
        row[key] = _int(row[key])
    for key in _EVENT_TEXT_COLS:
        if row[key] is not None and key != "actors":
            row[key] = str(row[key])
    eid = row["id"] or f"e{index + 1}"
    row["id"] = eid if eid.startswith(report.id) else f"{report.id}:{eid}"
    lon, lat = _float(rec.get("lon")), _float(rec.get("lat"))
    if lon is None or lat is None:
        msg = f"report {report.id}: event {row['id']} has no point; the extraction must give lon/lat"
        raise InputError(msg)
    row["lon"], row["lat"] = lon, lat
    d0 = day_number(row["date"]) if row["date"] else day_number(row["published"])
    d1 = day_number(row["date_end"]) if row["date_end"] else d0
    if d0 is None:
        d0, d1 = _NO_DAY_LO, _NO_DAY_HI
    row["day_from"], row["day_to"] = min(d0, d1), max(d0, d1)
    row["mention_key"] = fold_mention(row["place_mention"])
    known = set(_EVENT_COLS) | set(LIST_FIELDS) | {"lon", "lat", "geometry", "url", "title", "source_count"}
    extra = {k: _clean(v) for k, v in rec.items() if k not in known and not k.startswith("frontline_")}
    row["extra"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
    return row


def merge_cluster(rows: Sequence[Mapping[str, Any]], labels: Iterable[str]) -> dict[str, Any]:
    """One event for a cluster: the most confident matching row, with every source listed."""
    best = min(rows, key=lambda r: (-(r.get("confidence") or 0.0), r["_fid"]))
    out = dict(best)
    sources = sorted({s for s in labels if s})
    out["sources"] = sources
    out["source_count"] = len(sources)
    return out


# --- schema ------------------------------------------------------------------------------------

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]'
)

_SCHEMA_V1 = f"""
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{_WGS84_WKT}', 'longitude/latitude coordinates in decimal degrees');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));

CREATE TABLE frontline_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);

CREATE TABLE reports (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, source TEXT, url TEXT, title TEXT,
  published DATE, content_hash TEXT NOT NULL, text TEXT NOT NULL, path TEXT,
  ingested_at DATETIME NOT NULL);

CREATE TABLE events (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT,
  id TEXT NOT NULL UNIQUE, report_id TEXT NOT NULL, source TEXT, published DATE,
  date DATE, date_end DATE, date_precision TEXT, date_text TEXT,
  event_type TEXT, sub_event_type TEXT, actors TEXT, claimed_by TEXT,
  place TEXT, place_mention TEXT, place_id TEXT, country_code TEXT, admin1 TEXT,
  location_precision TEXT, relation TEXT, uncertainty_km REAL, sentence TEXT, confidence REAL,
  mention_start INTEGER, mention_end INTEGER, lon REAL NOT NULL, lat REAL NOT NULL,
  day_from INTEGER NOT NULL, day_to INTEGER NOT NULL, cluster INTEGER,
  mention_key TEXT, original TEXT, extra TEXT);
CREATE INDEX events_report ON events(report_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_cluster ON events(cluster);
CREATE INDEX events_mention ON events(mention_key);
CREATE INDEX events_place ON events(place_id, event_type);
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day);

CREATE TABLE places (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, report_id TEXT NOT NULL,
  place_id TEXT, name TEXT, mentions TEXT, country_code TEXT, admin1 TEXT, feature_class TEXT,
  population INTEGER, mention_count INTEGER, confidence REAL, candidates TEXT,
  lon REAL NOT NULL, lat REAL NOT NULL);
CREATE INDEX places_report ON places(report_id);
CREATE INDEX places_place ON places(place_id);

CREATE TABLE mentions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, report_id TEXT NOT NULL, mention TEXT NOT NULL,
  mention_key TEXT NOT NULL, place_id TEXT);
CREATE INDEX mentions_report ON mentions(report_id);
CREATE INDEX mentions_key ON mentions(mention_key);

CREATE TABLE corrections (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, mention TEXT NOT NULL, mention_key TEXT NOT NULL,
  place TEXT NOT NULL, report_id TEXT, created_at DATETIME NOT NULL, undone INTEGER NOT NULL DEFAULT 0);
CREATE INDEX corrections_key ON corrections(mention_key);

CREATE TABLE control_snapshots (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, date DATE NOT NULL, source TEXT,
  sha256 TEXT NOT NULL, area_km2 REAL, created_at DATETIME NOT NULL, UNIQUE (date, sha256));

INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('events', 'features', 'events', 'dated events extracted from reports (one per report; merged on read)', 4326),
  ('places', 'features', 'places', 'places named in each report', 4326),
  ('control_snapshots', 'features', 'control_snapshots', 'occupied territory by date', 4326),
  ('reports', 'attributes', 'reports', 'ingested news reports', NULL);
INSERT INTO gpkg_geometry_columns VALUES
  ('events', 'geom', 'POINT', 4326, 0, 0),
  ('places', 'geom', 'POINT', 4326, 0, 0),
  ('control_snapshots', 'geom', 'GEOMETRY', 4326, 0, 0);
INSERT INTO frontline_meta VALUES ('store', '{STORE_MARK}');
"""

MIGRATIONS: dict[int, str] = {1: _SCHEMA_V1}
"""SQL run to bring the schema to each version, in order; append, never edit."""


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _sqlite_error(path: Path, exc: sqlite3.Error, action: str) -> StoreError:
    text = str(exc).strip() or type(exc).__name__
    low = text.lower()
    if "full" in low:
        hint = "free some disk space and run it again (what was stored is kept)"
    elif "disk i/o" in low:
        hint = "the disk may be full or failing; free some space and run it again (what was stored is kept)"
    elif "readonly" in low or "read-only" in low or "permission" in low:
        hint = "the file or its folder is read-only; give a writable --db"
    elif "locked" in low or "busy" in low:
        hint = "another program holds the store; wait for it and try again"
    elif "malformed" in low or "not a database" in low:
        hint = "the file is damaged; restore a backup or give another --db"
    else:
        hint = "check the file or give another --db"
    return StoreError(f"{path}: cannot {action} the store ({text}); {hint}")


def _check_file(path: Path, read_only: bool) -> bool:
    """Refuse files that are not ours; return True when the file has to be initialised."""
    if path.is_dir():
        msg = f"{path}: is a folder; give a store file path as --db"
        raise StoreError(msg)
    if not path.exists():
        if read_only:
            msg = f"{path}: no such store; run `frontline ingest REPORTS --db {path}` first or check --db"
            raise StoreError(msg)
        if not path.parent.is_dir():
            msg = f"{path}: folder {path.parent} does not exist; create it or give another --db"
            raise StoreError(msg)
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        msg = f"{path}: cannot read the store ({exc.strerror}); check its permissions"
        raise StoreError(msg) from None
    if not head:
        if read_only:
            msg = f"{path}: the store is empty; run `frontline ingest` first"
            raise StoreError(msg)
        return True
    if not head.startswith(_SQLITE_HEADER) or len(head) < 100:
        msg = f"{path}: not a frontline-map store (not an SQLite file); give another --db path"
        raise StoreError(msg)
    return False


class Store:
    """The embedded SQLite store (see the module docstring); a context manager."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = settings.db_path(path)
        self.read_only = read_only
        self._lock = threading.RLock()
        fresh = _check_file(self.path, read_only)
        try:
            if read_only:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_MS / 1000,
                                       isolation_level=None, check_same_thread=False)
            else:
                conn = sqlite3.connect(str(self.path), timeout=_BUSY_MS / 1000,
                                       isolation_level=None, check_same_thread=False)
            self._conn = conn
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout={_BUSY_MS}")
            self._check_ours(fresh)
            if not read_only:
                if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                self._migrate()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            self._safe_close()
            raise _sqlite_error(self.path, exc, "open") from None
        except StoreError:
            self._safe_close()
            raise

    # -- opening ----------------------------------------------------------------------

    def _safe_close(self) -> None:
        conn = getattr(self, "_conn", None)
        if conn is not None:
            conn.close()
            self._conn = None

    def _check_ours(self, fresh: bool) -> None:
        conn = self._conn
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
        if "frontline_meta" in tables:
            mark = conn.execute("SELECT value FROM frontline_meta WHERE key='store'").fetchone()
            if mark and mark[0] == STORE_MARK:
                return
        if not tables and not self.read_only:
            return  # a blank SQLite file: nothing to lose, initialise it
        if not tables:
            msg = f"{self.path}: the store is empty; run `frontline ingest` first"
            raise StoreError(msg)
        kind = "a GeoPackage" if conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID else "an SQLite file"
        msg = f"{self.path}: {kind} not made by frontline-map; give another --db path (the file is left untouched)"
        raise StoreError(msg)

    def _version(self) -> int:
        try:
            row = self._conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(row[0] or 0)

    def _check_version(self) -> None:
        version = self._version()
        if version > SCHEMA_VERSION:
            msg = f"{self.path}: store schema {version} is newer than this frontline-map ({SCHEMA_VERSION}); upgrade frontline-map"
            raise StoreError(msg)
        if version < SCHEMA_VERSION:
            msg = f"{self.path}: store schema {version} is older; open it once for writing (frontline ingest) to upgrade it"
            raise StoreError(msg)

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = self._version()
            if version > SCHEMA_VERSION:
                msg = f"{self.path}: store schema {version} is newer than this frontline-map ({SCHEMA_VERSION}); upgrade frontline-map"
                raise StoreError(msg)
            for v in range(version + 1, SCHEMA_VERSION + 1):
                for statement in _split_sql(MIGRATIONS[v]):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, ?)", (v, _now()))
            if version == 0:
                conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version={GPKG_USER_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # -- context manager -----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (safe to call twice)."""
        with self._lock:
            self._safe_close()

    def _write(self, action: str):
        """Context manager: one IMMEDIATE transaction, errors turned into StoreError."""
        return _Transaction(self, action)

    def _require_writable(self) -> None:
        if self.read_only:
            msg = f"{self.path}: the store was opened read-only; open it without --read-only to change it"
            raise StoreError(msg)
        if self._conn is None:
            msg = f"{self.path}: the store is closed; open it again"
            raise StoreError(msg)

    # -- reports and extractions ------------------------------------------------------------

    def report_hash(self, report_id: str) -> str | None:
        """Content hash stored for ``report_id`` (None when unknown): lets ingest skip unchanged reports."""
        row = self._read("SELECT content_hash FROM reports WHERE id=?", (report_id,))
        return row[0][0] if row else None

    def add_extraction(self, extraction: Any) -> str:
        """Store one report's extraction; return "new", "unchanged" or "replaced".

        Same report id and content hash: nothing is written.  Same id, new hash:
        the report's events, places and mentions are replaced.  Each report is
        all-or-nothing.
        """
        return self.add_extractions([extraction])[0]

    def add_extractions(self, extractions: Sequence[Any], *, errors: list[str] | None = None,
                        stats: dict[str, int] | None = None) -> list[str]:
        """Store several extractions in ONE transaction (fast batch ingest); statuses in order.

        Each report is all-or-nothing (a savepoint): when ``errors`` is given, a
        report that cannot be stored is described there, gets status "failed" and
        the others are still committed; otherwise the error is raised and nothing
        of the batch is stored.  ``stats`` (when given) receives the counts of
        ``events`` written and of those ``merged`` into an event of another report.
        """
        self._require_writable()
        statuses = []
        added = {"events": 0, "merged": 0}
        with self._write("write to") as conn:
            for ex in extractions:
                if errors is None:
                    statuses.append(self._add_one(ex, added))
                    continue
                conn.execute("SAVEPOINT report")
                try:
                    statuses.append(self._add_one(ex, added))
                except (InputError, sqlite3.IntegrityError, ValueError, TypeError, KeyError) as exc:
                    conn.execute("ROLLBACK TO report")
                    name = getattr(ex.report, "path", None) or ex.report.id
                    errors.append(f"{name}: report {ex.report.id} not stored ({exc})")
                    statuses.append("failed")
                conn.execute("RELEASE report")
        if stats is not None:
            for key, value in added.items():
                stats[key] = stats.get(key, 0) + value
        return statuses

    def _add_one(self, extraction: Any, added: dict[str, int]) -> str:
        conn = self._conn
        report = extraction.report
        new_hash = report.content_hash
        row = conn.execute("SELECT content_hash FROM reports WHERE id=?", (report.id,)).fetchone()
        if row is not None and row[0] == new_hash:
            return "unchanged"
        status = "new" if row is None else "replaced"
        events = [event_row(r, report, i) for i, r in enumerate(_layer_rows(extraction, "events"))]
        places = _layer_rows(extraction, "places")
        if row is not None:
            self._delete_report(report.id)
        conn.execute(
            "INSERT INTO reports (id, source, url, title, published, content_hash, text, path, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?)",
            (report.id, report.source, report.url, report.title,
             report.published.isoformat() if report.published else None, new_hash, report.text,
             report.path, _now()))
        active = self._active_corrections()
        seen: set[str] = set()
        fids: list[int] = []
        for ev in events:
            base, n = ev["id"], 1
            while ev["id"] in seen:
                n += 1
                ev["id"] = f"{base}.{n}"
            seen.add(ev["id"])
            place = active.get(ev["mention_key"]) if ev["mention_key"] else None
            if place is not None:
                _apply_place(ev, place)
            fids.append(self._insert_event(ev))
        for pl in places:
            self._insert_place(report.id, pl)
        added["events"] += len(fids)
        added["merged"] += sum(1 for ev in events if ev["_cluster"] != ev["_fid"])
        return status

    def _insert_event(self, ev: dict[str, Any]) -> int:
        conn = self._conn
        cols = [*_EVENT_COLS, "lon", "lat", "day_from", "day_to", "mention_key", "original", "extra"]
        values = [ev.get(c) for c in cols]
        cur = conn.execute(
            f"INSERT INTO events (geom, {', '.join(cols)}) VALUES (?, {', '.join('?' * len(cols))})",
            [gpkg_point(ev["lon"], ev["lat"]), *values])
        fid = int(cur.lastrowid)
        conn.execute("INSERT INTO events_rtree VALUES (?,?,?,?,?,?,?)",
                     (fid, ev["lon"], ev["lon"], ev["lat"], ev["lat"], ev["day_from"], ev["day_to"]))
        ev["_fid"] = fid
        ev["_cluster"] = self._find_cluster(ev)
        conn.execute("UPDATE events SET cluster=? WHERE fid=?", (ev["_cluster"], fid))
        return fid

    def _find_cluster(self, ev: Mapping[str, Any]) -> int:
        """Cluster of the nearest matching anchor event of another report, else the event's own id."""
        dlat = DEDUP_MAX_KM / 111.0
        dlon = DEDUP_MAX_KM / (111.320 * max(0.05, math.cos(math.radians(ev["lat"]))))
        rows = self._conn.execute(
            "SELECT e.fid, e.report_id, e.event_type, e.place_id, e.lon, e.lat, e.day_from, e.day_to, e.cluster"
            " FROM events e WHERE e.fid IN (SELECT id FROM events_rtree WHERE max_lon>=? AND min_lon<=?"
            " AND max_lat>=? AND min_lat<=? AND max_day>=? AND min_day<=?)"
            " AND e.fid = e.cluster AND e.event_type = ? AND e.report_id <> ?",
            (ev["lon"] - dlon, ev["lon"] + dlon, ev["lat"] - dlat, ev["lat"] + dlat,
             ev["day_from"], ev["day_to"], ev["event_type"], ev["report_id"])).fetchall()
        # an anchor far away with the same place_id (a region) is not in the box: look it up too
        if ev.get("place_id"):
            rows += self._conn.execute(
                "SELECT fid, report_id, event_type, place_id, lon, lat, day_from, day_to, cluster FROM events"
                " WHERE place_id=? AND event_type=? AND report_id<>? AND fid=cluster AND day_to>=? AND day_from<=?"
                " AND (lon<? OR lon>? OR lat<? OR lat>?)",
                (ev["place_id"], ev["event_type"], ev["report_id"], ev["day_from"], ev["day_to"],
                 ev["lon"] - dlon, ev["lon"] + dlon, ev["lat"] - dlat, ev["lat"] + dlat)).fetchall()
        best: tuple[float, int] | None = None
        for r in rows:
            cand = dict(r)
            if same_event(ev, cand):
                key = (haversine_km(ev["lon"], ev["lat"], cand["lon"], cand["lat"]), cand["fid"])
                best = key if best is None or key < best else best
        return best[1] if best else int(ev["_fid"])

    def _insert_place(self, report_id: str, pl: Mapping[str, Any]) -> None:
        lon, lat = _float(pl.get("lon")), _float(pl.get("lat"))
        if lon is None or lat is None:
            return
        mentions = [str(m) for m in _as_list(pl.get("mentions"))]
        self._conn.execute(
            "INSERT INTO places (geom, report_id, place_id, name, mentions, country_code, admin1, feature_class,"
            " population, mention_count, confidence, candidates, lon, lat) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (gpkg_point(lon, lat), report_id, _clean(pl.get("place_id")), _clean(pl.get("name")),
             json.dumps(mentions, ensure_ascii=False), _clean(pl.get("country_code")), _clean(pl.get("admin1")),
             _clean(pl.get("feature_class")), _int(pl.get("population")), _int(pl.get("mention_count")),
             _float(pl.get("confidence")),
             json.dumps([_json_safe(c) for c in _as_list(pl.get("candidates"))], ensure_ascii=False, default=str),
             lon, lat))
        for m in mentions:
            key = fold_mention(m)
            if key:
                self._conn.execute("INSERT INTO mentions (report_id, mention, mention_key, place_id) VALUES (?,?,?,?)",
                                   (report_id, m, key, _clean(pl.get("place_id"))))

    def _delete_report(self, report_id: str) -> None:
        conn = self._conn
        fids = [r[0] for r in conn.execute("SELECT fid FROM events WHERE report_id=?", (report_id,))]
        anchors = [r[0] for r in conn.execute(
            "SELECT fid FROM events WHERE report_id=? AND fid=cluster", (report_id,))]
        conn.execute("DELETE FROM events WHERE report_id=?", (report_id,))
        conn.executemany("DELETE FROM events_rtree WHERE id=?", [(f,) for f in fids])
        for anchor in anchors:  # the cluster keeps its other members under a new anchor
            conn.execute("UPDATE events SET cluster=(SELECT MIN(fid) FROM events WHERE cluster=?) WHERE cluster=?",
                         (anchor, anchor))
        conn.execute("DELETE FROM places WHERE report_id=?", (report_id,))
        conn.execute("DELETE FROM mentions WHERE report_id=?", (report_id,))
        conn.execute("DELETE FROM reports WHERE id=?", (report_id,))

    def delete_report(self, report_id: str) -> bool:
        """Remove a report and everything extracted from it; False when it was not stored."""
        self._require_writable()
        with self._write("write to"):
            if self._conn.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone() is None:
                return False
            self._delete_report(report_id)
        return True

    def reports(self) -> pd.DataFrame:
        """One row per report: id, source, url, title, published, content_hash, path, ingested_at, events."""
        rows = self._read(
            "SELECT r.id, r.source, r.url, r.title, r.published, r.content_hash, r.path, r.ingested_at,"
            " (SELECT COUNT(*) FROM events e WHERE e.report_id=r.id) AS events FROM reports r"
            " ORDER BY r.published, r.id")
        cols = ["id", "source", "url", "title", "published", "content_hash", "path", "ingested_at", "events"]
        return pd.DataFrame([tuple(r) for r in rows], columns=cols)

    def report(self, report_id: str) -> Any:
        """The stored ``Report`` with this id, or None."""
        from geodata.reports import Report

        rows = self._read("SELECT id, text, published, source, url, title, path FROM reports WHERE id=?",
                          (report_id,))
        if not rows:
            return None
        r = rows[0]
        published = dt.date.fromisoformat(r["published"]) if r["published"] else None
        return Report(id=r["id"], text=r["text"], published=published, source=r["source"], url=r["url"],
                      title=r["title"], path=r["path"])

    def count_events(self, *, merged: bool = True) -> int:
        """Number of events: merged across reports (what the map shows) or raw rows."""
        sql = "SELECT COUNT(DISTINCT cluster) FROM events" if merged else "SELECT COUNT(*) FROM events"
        return int(self._read(sql)[0][0])

    def is_empty(self) -> bool:
        """True when no report is stored."""
        return not self._read("SELECT 1 FROM reports LIMIT 1")

    # -- reading ----------------------------------------------------------------------------------

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            if self._conn is None:
                msg = f"{self.path}: the store is closed; open it again"
                raise StoreError(msg)
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise _sqlite_error(self.path, exc, "read") from None

    def _event_where(self, *, date_from=None, date_to=None, bbox=None, types=None, sources=None,
                     min_confidence=None, text=None, report_id=None) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        box: list[str] = []
        if bbox is not None:
            w, s, e, n = _bbox(bbox)
            box += ["max_lon>=?", "min_lon<=?", "max_lat>=?", "min_lat<=?"]
            params += [w, e, s, n]
            where += ["e.lon BETWEEN ? AND ?", "e.lat BETWEEN ? AND ?"]
        d0 = _filter_day(date_from, "date_from")
        d1 = _filter_day(date_to, "date_to")
        if d0 is not None:
            box.append("max_day>=?")
            params.append(d0)
        if d1 is not None:
            box.append("min_day<=?")
            params.append(d1)
        clauses: list[str] = []
        if box:
            clauses.append(f"e.fid IN (SELECT id FROM events_rtree WHERE {' AND '.join(box)})")
        exact: list[Any] = []
        if bbox is not None:
            exact += [w, e, s, n]
        if d0 is not None:
            where.append("e.day_to>=?")
            exact.append(d0)
        if d1 is not None:
            where.append("e.day_from<=?")
            exact.append(d1)
        params += exact
        clauses += where
        if types:
            marks, values = _in_list(types)
            clauses.append(f"e.event_type IN ({marks})")
            params += values
        if sources:
            marks, values = _in_list(sources)
            clauses.append(f"e.source IN ({marks})")
            params += values
        if min_confidence is not None:
            clauses.append("COALESCE(e.confidence, 0) >= ?")
            params.append(float(min_confidence))
        if text:
            like = "%" + str(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(e.sentence LIKE ? ESCAPE '\\' OR e.place LIKE ? ESCAPE '\\'"
                           " OR e.place_mention LIKE ? ESCAPE '\\' OR e.actors LIKE ? ESCAPE '\\')")
            params += [like] * 4
        if report_id is not None:
            clauses.append("e.report_id = ?")
            params.append(str(report_id))
        return (" AND ".join(clauses) or "1"), params

    def event_fids(self, **filters: Any) -> list[int]:
        """Row ids of the (unmerged) events matching ``filters``: the bare indexed query."""
        where, params = self._event_where(**filters)
        return [r[0] for r in self._read(f"SELECT e.fid FROM events e WHERE {where}", params)]

    def events(self, *, date_from=None, date_to=None, bbox=None, types=None, sources=None,
               min_confidence=None, text=None, report_id=None, limit=None) -> Any:
        """Merged events matching every filter, as a GeoDataFrame (EPSG:4326).

        Parameters
        ----------
        date_from, date_to : date or "YYYY-MM-DD"
            Keep events whose span ``[date, date_end]`` overlaps the range.
        bbox : (west, south, east, north) in degrees, or "w,s,e,n".
        types, sources : event types / report sources to keep.
        min_confidence : float 0..1.
        text : case-insensitive substring of sentence, place, mention or actors.
        report_id : events told by this report (merged events it contributes to).
        limit : at most this many events, by date then id.
        """
        where, params = self._event_where(date_from=date_from, date_to=date_to, bbox=bbox, types=types,
                                          sources=sources, min_confidence=min_confidence, text=text,
                                          report_id=report_id)
        rows = self._read(
            f"SELECT e.fid AS _fid, {_READ_COLS}, r.url AS url, r.title AS title FROM events e"
            f" LEFT JOIN reports r ON r.id = e.report_id WHERE {where}", params)
        if not rows:
            return empty_events()
        labels_rows = self._read(
            "SELECT cluster, COALESCE(source, report_id) FROM events"
            f" WHERE cluster IN (SELECT e.cluster FROM events e WHERE {where})", params)
        labels: dict[int, list[str]] = {}
        for cluster, label in labels_rows:
            labels.setdefault(cluster, []).append(label)
        groups: dict[int, list[dict[str, Any]]] = {}
        for r in rows:
            groups.setdefault(r["cluster"], []).append(dict(r))
        merged = [merge_cluster(g, labels.get(c, [])) for c, g in groups.items()]
        merged.sort(key=lambda r: (r.get("date") or "", r["id"]))
        if limit is not None:
            merged = merged[: max(0, int(limit))]
        return events_frame(_event_record(r) for r in merged)

    def places(self, *, date_from=None, date_to=None, bbox=None, types=None, sources=None,
               min_confidence=None, text=None, report_id=None, limit=None) -> Any:
        """Places named in the reports, one row per place (mentions and counts summed).

        Filters mean the same as in :meth:`events`; dates select by the report's
        publication date and ``types`` keeps places with an event of those types.
        """
        clauses, params = ["1"], []
        d0, d1 = _filter_day(date_from, "date_from"), _filter_day(date_to, "date_to")
        if d0 is not None:
            clauses.append("r.published >= ?")
            params.append((dt.date.fromordinal(d0 + _EPOCH)).isoformat())
        if d1 is not None:
            clauses.append("r.published <= ?")
            params.append((dt.date.fromordinal(d1 + _EPOCH)).isoformat())
        if sources:
            marks, values = _in_list(sources)
            clauses.append(f"r.source IN ({marks})")
            params += values
        if report_id is not None:
            clauses.append("p.report_id = ?")
            params.append(str(report_id))
        if types:
            marks, values = _in_list(types)
            clauses.append(f"EXISTS (SELECT 1 FROM events e WHERE e.report_id=p.report_id AND e.place_id=p.place_id"
                           f" AND e.event_type IN ({marks}))")
            params += values
        rows = self._read(f"SELECT p.* FROM places p JOIN reports r ON r.id=p.report_id WHERE {' AND '.join(clauses)}"
                          " ORDER BY p.fid", params)
        active = self._active_corrections()
        agg: dict[str, dict[str, Any]] = {}
        for r in rows:
            rec = dict(r)
            mentions = _as_list(rec["mentions"])
            for m in mentions:
                fix = active.get(fold_mention(m) or "")
                if fix is not None:
                    rec.update(place_id=fix.get("place_id"), name=fix.get("name"), lon=float(fix["lon"]),
                               lat=float(fix["lat"]), country_code=fix.get("country_code"),
                               admin1=fix.get("admin1"), corrected=True)
                    break
            key = rec["place_id"] or f"{rec['name']}@{rec['lon']:.4f},{rec['lat']:.4f}"
            cur = agg.get(key)
            if cur is None:
                rec["mentions"] = list(dict.fromkeys(mentions))
                rec["candidates"] = _as_list(rec["candidates"])
                rec["mention_count"] = rec["mention_count"] or len(mentions)
                rec["report_count"] = 1
                agg[key] = rec
            else:
                cur["mentions"] = list(dict.fromkeys([*cur["mentions"], *mentions]))
                cur["mention_count"] = (cur["mention_count"] or 0) + (rec["mention_count"] or len(mentions))
                cur["confidence"] = max(cur["confidence"] or 0.0, rec["confidence"] or 0.0)
                cur["report_count"] += 1
        out = []
        west, south, east, north = _bbox(bbox) if bbox is not None else (None,) * 4
        needle = str(text).casefold() if text else None
        for rec in agg.values():
            if bbox is not None and not (west <= rec["lon"] <= east and south <= rec["lat"] <= north):
                continue
            if min_confidence is not None and (rec["confidence"] or 0.0) < float(min_confidence):
                continue
            if needle and needle not in " ".join([rec["name"] or "", *rec["mentions"]]).casefold():
                continue
            rec.pop("fid", None)
            rec.pop("geom", None)
            rec.pop("report_id", None)
            out.append(rec)
        out.sort(key=lambda r: (-(r["mention_count"] or 0), r["name"] or ""))
        if limit is not None:
            out = out[: max(0, int(limit))]
        if not out:
            import geopandas as gpd

            return gpd.GeoDataFrame(columns=[*PLACE_FIELDS, "geometry"], geometry="geometry", crs="EPSG:4326")
        return places_frame(out)

    # -- corrections ----------------------------------------------------------------------------------

    def _active_corrections(self) -> dict[str, dict]:
        rows = self._conn.execute(
            "SELECT mention_key, place FROM corrections WHERE undone=0 ORDER BY fid").fetchall()
        return {k: json.loads(p) for k, p in rows}

    def aliases(self) -> dict[str, dict]:
        """Active corrections as ``{folded mention: place dict}`` for ``extract(aliases=)``; newest wins."""
        with self._lock:
            try:
                return self._active_corrections()
            except sqlite3.DatabaseError as exc:
                raise _sqlite_error(self.path, exc, "read") from None

    def corrections(self) -> list[dict]:
        """Every correction, newest first: id, mention, place, report_id, created_at, undone."""
        rows = self._read("SELECT fid, mention, place, report_id, created_at, undone FROM corrections ORDER BY fid DESC")
        return [{"id": r[0], "mention": r[1], "place": json.loads(r[2]), "report_id": r[3],
                 "created_at": r[4], "undone": bool(r[5])} for r in rows]

    def add_correction(self, mention: str, place: dict, *, report_id: str | None = None) -> int:
        """Resolve ``mention`` to ``place`` everywhere, now and in future extractions; return its id.

        ``place`` needs ``lat`` and ``lon`` (and should carry ``place_id, name,
        country_code, admin1``).  Stored events naming the mention move at once;
        the extracted place is kept so :meth:`undo_correction` can restore it.
        """
        self._require_writable()
        key = fold_mention(mention)
        lat, lon = _float(place.get("lat")), _float(place.get("lon"))
        if not key:
            msg = "correction: the mention is empty; give the place name as written in the report"
            raise InputError(msg)
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            msg = f"correction for {mention!r}: lat/lon {place.get('lat')!r}, {place.get('lon')!r} is not a point; give degrees"
            raise InputError(msg)
        clean = {k: _clean(place.get(k)) for k in ("place_id", "name", "country_code", "admin1")}
        clean.update(lat=lat, lon=lon)
        with self._write("write to"):
            cur = self._conn.execute(
                "INSERT INTO corrections (mention, mention_key, place, report_id, created_at) VALUES (?,?,?,?,?)",
                (mention, key, json.dumps(clean, ensure_ascii=False), report_id, _now()))
            self._reapply(key)
        return int(cur.lastrowid)

    def undo_correction(self, correction_id: int | None = None) -> None:
        """Undo a correction (the newest active one when ``correction_id`` is None)."""
        self._require_writable()
        with self._write("write to"):
            if correction_id is None:
                row = self._conn.execute(
                    "SELECT fid, mention_key FROM corrections WHERE undone=0 ORDER BY fid DESC LIMIT 1").fetchone()
            else:
                row = self._conn.execute("SELECT fid, mention_key FROM corrections WHERE fid=? AND undone=0",
                                         (int(correction_id),)).fetchone()
            if row is None:
                msg = f"{self.path}: no correction {'to undo' if correction_id is None else correction_id} is active"
                raise StoreError(msg)
            self._conn.execute("UPDATE corrections SET undone=1 WHERE fid=?", (row[0],))
            self._reapply(row[1])

    def _reapply(self, key: str) -> None:
        """Bring the events of one mention key in line with its newest active correction."""
        conn = self._conn
        fix = self._active_corrections().get(key)
        rows = conn.execute("SELECT * FROM events WHERE mention_key=?", (key,)).fetchall()
        for r in rows:
            ev = dict(r)
            if ev["original"]:
                ev.update(json.loads(ev["original"]))
                ev["original"] = None
            if fix is not None:
                _apply_place(ev, fix)
            conn.execute(
                "UPDATE events SET place=?, place_id=?, country_code=?, admin1=?, lon=?, lat=?, geom=?, original=?"
                " WHERE fid=?",
                (ev["place"], ev["place_id"], ev["country_code"], ev["admin1"], ev["lon"], ev["lat"],
                 gpkg_point(ev["lon"], ev["lat"]), ev["original"], ev["fid"]))
            conn.execute("UPDATE events_rtree SET min_lon=?, max_lon=?, min_lat=?, max_lat=? WHERE id=?",
                         (ev["lon"], ev["lon"], ev["lat"], ev["lat"], ev["fid"]))
        self._recluster([r["fid"] for r in rows])

    def _recluster(self, fids: Sequence[int]) -> None:
        """Re-run deduplication for moved events (they leave their clusters, then rejoin by the rule)."""
        conn = self._conn
        for fid in fids:
            row = conn.execute("SELECT cluster FROM events WHERE fid=?", (fid,)).fetchone()
            if row is None:
                continue
            cluster = row[0]
            conn.execute("UPDATE events SET cluster=NULL WHERE fid=?", (fid,))
            if cluster == fid:
                conn.execute("UPDATE events SET cluster=(SELECT MIN(fid) FROM events WHERE cluster=?) WHERE cluster=?",
                             (fid, fid))
        for fid in fids:
            ev = dict(conn.execute("SELECT * FROM events WHERE fid=?", (fid,)).fetchone())
            ev["_fid"] = fid
            conn.execute("UPDATE events SET cluster=? WHERE fid=?", (self._find_cluster(ev), fid))

    # -- front-line snapshots ----------------------------------------------------------------------------

    def add_control_snapshot(self, date: Any, geometry: Any, *, source: str, sha256: str) -> bool:
        """Store the occupied-territory geometry of ``date``; False when this file was already stored."""
        self._require_writable()
        day = _iso_date(date, "control snapshot date")
        if geometry is None or geometry.is_empty:
            msg = f"control snapshot {day}: the geometry is empty; give polygons of occupied territory"
            raise InputError(msg)
        area = abs(_GEOD.geometry_area_perimeter(geometry)[0]) / 1e6
        with self._write("write to"):
            if self._conn.execute("SELECT 1 FROM control_snapshots WHERE date=? AND sha256=?",
                                  (day, sha256)).fetchone():
                return False
            self._conn.execute(
                "INSERT INTO control_snapshots (geom, date, source, sha256, area_km2, created_at) VALUES (?,?,?,?,?,?)",
                (gpkg_geometry(geometry), day, source, sha256, area, _now()))
        return True

    def control_snapshots(self) -> list[dict]:
        """The stored snapshots by date: ``[{date, source, sha256, area_km2}]``."""
        rows = self._read("SELECT date, source, sha256, area_km2 FROM control_snapshots ORDER BY date, fid")
        return [{"date": r[0], "source": r[1], "sha256": r[2], "area_km2": r[3]} for r in rows]

    def control_geometry(self, date: Any) -> Any:
        """Occupied territory on ``date``: that day's snapshot, else the latest before it, else None."""
        day = _iso_date(date, "control date")
        rows = self._read("SELECT geom FROM control_snapshots WHERE date<=? ORDER BY date DESC, fid DESC LIMIT 1",
                          (day,))
        return geometry_from_gpkg(rows[0][0]) if rows else None


class _Transaction:
    """One ``BEGIN IMMEDIATE`` ... ``COMMIT`` under the store lock; rollback and StoreError on failure."""

    def __init__(self, store: Store, action: str) -> None:
        self.store, self.action = store, action

    def __enter__(self) -> sqlite3.Connection:
        self.store._lock.acquire()
        try:
            self.store._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            self.store._lock.release()
            raise _sqlite_error(self.store.path, exc, self.action) from None
        return self.store._conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self.store._conn
        try:
            if exc_type is None:
                try:
                    conn.execute("COMMIT")
                    return False
                except sqlite3.DatabaseError as err:
                    _rollback(conn)
                    raise _sqlite_error(self.store.path, err, self.action) from None
            _rollback(conn)
            if isinstance(exc, sqlite3.DatabaseError):
                raise _sqlite_error(self.store.path, exc, self.action) from None
            return False
        finally:
            self.store._lock.release()


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.DatabaseError:
            pass


def _apply_place(ev: dict[str, Any], place: Mapping[str, Any]) -> None:
    """Move an event row to a corrected place, keeping the extracted one in ``original``."""
    if not ev.get("original"):
        ev["original"] = json.dumps({k: ev.get(k) for k in _PLACE_KEYS}, ensure_ascii=False)
    ev["place"] = place.get("name") or ev.get("place")
    ev["place_id"] = place.get("place_id")
    ev["country_code"] = place.get("country_code")
    ev["admin1"] = place.get("admin1")
    ev["lon"], ev["lat"] = float(place["lon"]), float(place["lat"])


def _event_record(row: Mapping[str, Any]) -> dict[str, Any]:
    rec = {k: row.get(k) for k in _EVENT_COLS}
    rec["actors"] = _as_list(row.get("actors"))
    for k in ("url", "title", "sources", "source_count"):
        rec[k] = row.get(k)
    rec["corrected"] = bool(row.get("original"))
    if row.get("extra"):
        for k, v in json.loads(row["extra"]).items():
            rec.setdefault(k, v)
    rec["lon"], rec["lat"] = row["lon"], row["lat"]
    return rec


def _json_safe(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _clean(v) for k, v in value.items()}
    return _clean(value)


def _bbox(bbox: Any) -> tuple[float, float, float, float]:
    try:
        parts = [float(x) for x in (bbox.split(",") if isinstance(bbox, str) else bbox)]
    except (TypeError, ValueError):
        parts = []
    if len(parts) != 4 or any(math.isnan(p) for p in parts):
        msg = f"bbox {bbox!r} is not four numbers; give west,south,east,north in degrees"
        raise InputError(msg)
    w, s, e, n = parts
    if w > e or s > n:
        msg = f"bbox {bbox!r}: west must be <= east and south <= north; give west,south,east,north"
        raise InputError(msg)
    return w, s, e, n


def _filter_day(value: Any, name: str) -> int | None:
    if value is None or value == "":
        return None
    day = day_number(value)
    if day is None:
        msg = f"{name} {value!r} is not a date; give it as YYYY-MM-DD"
        raise InputError(msg)
    return day


def _iso_date(value: Any, name: str) -> str:
    day = _filter_day(value, name)
    if day is None:
        msg = f"{name} is missing; give it as YYYY-MM-DD"
        raise InputError(msg)
    return dt.date.fromordinal(day + _EPOCH).isoformat()


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (complete per sqlite3.complete_statement)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
