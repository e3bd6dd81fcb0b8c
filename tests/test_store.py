"""Tests of the SQLite store: idempotence, replacement, corrections, dedup, filters, safety."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from geodata.errors import InputError, StoreError
from geodata.layers import events_frame, places_frame
from geodata.reports import report_from_text
from geodata.store import SCHEMA_VERSION, Store, day_number, haversine_km, same_event

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = json.loads((SHARED / "samples" / "ukraine-2023-07-10.gold.json").read_text())
PLACES = {p["name"]: p for p in GOLD["places"]}
BAKHMUT, KLISHCHIIVKA, LYMAN = PLACES["Bakhmut"], PLACES["Klishchiivka"], PLACES["Lyman"]


@dataclass
class _Ex:
    """The shape of ``extract.Extraction`` (report, events, places) built from known values."""

    report: object
    events: object
    places: object


def _event(place: dict, event_type: str = "Battles", date: str = "2023-07-09", date_end: str | None = None,
           precision: str = "day", confidence: float = 0.8, mention: str | None = None, **kw) -> dict:
    rec = dict(date=date, date_end=date_end or date, date_precision=precision, event_type=event_type,
               place=place["name"], place_mention=mention or place["mentions"][0],
               place_id=f"gn:{place['name']}", country_code=place["country_code"], admin1=place.get("admin1"),
               lon=place["lon"], lat=place["lat"], confidence=confidence, actors=["Russian forces"],
               sentence=f"Fighting near {mention or place['mentions'][0]}.", uncertainty_km=2.0)
    rec.update(kw)
    return rec


def _ex(report_id: str, events: list[dict], *, source: str = "Reuters", text: str | None = None,
        published: dt.date = dt.date(2023, 7, 10)) -> _Ex:
    text = text or f"{report_id}: " + " ".join(e["sentence"] for e in events)
    rep = report_from_text(text, published, source, report_id)
    for i, e in enumerate(events):
        e.setdefault("id", f"{report_id}-e{i + 1}")
    places = [dict(place_id=e["place_id"], name=e["place"], mentions=[e["place_mention"]],
                   country_code=e["country_code"], admin1=e["admin1"], lon=e["lon"], lat=e["lat"],
                   mention_count=1, confidence=e["confidence"], candidates=[]) for e in events]
    return _Ex(rep, events_frame(events), places_frame(places) if places else None)


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def _files_state(path: Path) -> tuple:
    wal = path.with_name(path.name + "-wal")
    return (path.read_bytes(), wal.read_bytes() if wal.exists() else b"")


# --- idempotence, replacement -------------------------------------------------------------


def test_same_report_twice_is_unchanged_and_writes_nothing(store):
    ex = _ex("r1", [_event(BAKHMUT), _event(LYMAN, "Explosions/Remote violence")])
    assert store.add_extraction(ex) == "new"
    before = _files_state(store.path)
    fids = store.event_fids()
    assert store.add_extraction(_ex("r1", [_event(BAKHMUT), _event(LYMAN, "Explosions/Remote violence")])) == "unchanged"
    assert _files_state(store.path) == before
    assert store.event_fids() == fids
    assert store.count_events() == 2
    assert list(store.reports()["id"]) == ["r1"]


def test_edited_report_replaces_its_events(store):
    store.add_extraction(_ex("r1", [_event(BAKHMUT), _event(LYMAN)], text="first version"))
    status = store.add_extraction(_ex("r1", [_event(KLISHCHIIVKA, "Explosions/Remote violence")],
                                      text="edited version"))
    assert status == "replaced"
    ev = store.events()
    assert list(ev["place"]) == ["Klishchiivka"]
    assert ev.iloc[0]["event_type"] == "Explosions/Remote violence"
    assert store.count_events(merged=False) == 1
    assert store.report("r1").text == "edited version"
    assert store.places()["name"].tolist() == ["Klishchiivka"]


def test_event_round_trip_keeps_values(store):
    store.add_extraction(_ex("r1", [_event(LYMAN, mention="Liman", relation="north_of", mention_start=14,
                                           mention_end=19, claimed_by="Russian Defense Ministry")]))
    row = store.events().iloc[0]
    assert (row.geometry.x, row.geometry.y) == (LYMAN["lon"], LYMAN["lat"])
    assert row["place_mention"] == "Liman" and row["relation"] == "north_of"
    assert (row["mention_start"], row["mention_end"]) == (14, 19)
    assert row["actors"] == ["Russian forces"]
    assert row["claimed_by"] == "Russian Defense Ministry"
    assert row["published"] == "2023-07-10" and row["source"] == "Reuters"
    assert row["sources"] == ["Reuters"] and row["source_count"] == 1


# --- corrections ------------------------------------------------------------------------------


def test_correction_moves_events_and_survives_reingest(store):
    wrong = dict(BAKHMUT, name="Lyman (Odesa Oblast)", lon=30.2, lat=46.3, mentions=["Liman"])
    store.add_extraction(_ex("r1", [_event(wrong, mention="Liman")], text="v1"))
    cid = store.add_correction("LIMAN", {"place_id": "gn:Lyman", "name": "Lyman", "lat": LYMAN["lat"],
                                         "lon": LYMAN["lon"], "country_code": "UA", "admin1": "Donetsk Oblast"})
    assert cid >= 1
    assert store.aliases()["liman"]["name"] == "Lyman"
    row = store.events().iloc[0]
    assert row["place"] == "Lyman" and row["corrected"]
    assert (row.geometry.x, row.geometry.y) == (LYMAN["lon"], LYMAN["lat"])
    # the corrected point is what the spatial index finds
    assert len(store.events(bbox=(37.5, 48.8, 38.0, 49.2))) == 1
    assert len(store.events(bbox=(30.0, 46.0, 30.5, 46.5))) == 0
    # an edited report extracted again with the old (wrong) place keeps the correction
    assert store.add_extraction(_ex("r1", [_event(wrong, mention="Liman")], text="v2")) == "replaced"
    row = store.events().iloc[0]
    assert row["place"] == "Lyman" and row["place_id"] == "gn:Lyman"
    assert store.places().iloc[0]["name"] == "Lyman"
    # a reopened store still has it
    store.close()
    with Store(store.path, read_only=True) as again:
        assert again.events().iloc[0]["place"] == "Lyman"
        assert again.aliases()["liman"]["lat"] == LYMAN["lat"]


def test_undo_correction_restores_extracted_place(store):
    store.add_extraction(_ex("r1", [_event(BAKHMUT)]))
    store.add_correction("Bakhmut", {"place_id": "x", "name": "Elsewhere", "lat": 50.0, "lon": 30.0})
    assert store.events().iloc[0]["place"] == "Elsewhere"
    store.undo_correction()
    row = store.events().iloc[0]
    assert row["place"] == "Bakhmut" and not row["corrected"]
    assert (row.geometry.x, row.geometry.y) == (BAKHMUT["lon"], BAKHMUT["lat"])
    assert store.aliases() == {}
    with pytest.raises(StoreError):
        store.undo_correction()


def test_bad_correction_is_refused(store):
    with pytest.raises(InputError, match="not a point"):
        store.add_correction("Bakhmut", {"name": "x", "lat": 95, "lon": 30})


# --- deduplication across reports -------------------------------------------------------------


def test_same_event_from_two_sources_is_merged(store):
    store.add_extraction(_ex("tass-1", [_event(BAKHMUT, confidence=0.6)], source="TASS"))
    near = dict(BAKHMUT, lon=BAKHMUT["lon"] + 0.05)  # ~3.7 km east, another pin for the same fight
    store.add_extraction(_ex("reuters-1", [_event(near, confidence=0.9, place_id="gn:other")], source="Reuters"))
    ev = store.events()
    assert len(ev) == 1 and store.count_events() == 1 and store.count_events(merged=False) == 2
    row = ev.iloc[0]
    assert row["sources"] == ["Reuters", "TASS"] and row["source_count"] == 2
    assert row["report_id"] == "reuters-1"  # the more confident telling represents the event
    # filtering on one source still finds the merged event, with all its sources
    assert store.events(sources=["TASS"]).iloc[0]["source_count"] == 2


def test_different_types_far_places_and_vague_dates_are_not_merged(store):
    store.add_extraction(_ex("a", [_event(BAKHMUT)], source="TASS"))
    store.add_extraction(_ex("b", [_event(BAKHMUT, "Explosions/Remote violence")], source="Reuters"))
    store.add_extraction(_ex("c", [_event(LYMAN)], source="Kyiv Independent"))
    store.add_extraction(_ex("d", [_event(BAKHMUT, date="2023-07-01", date_end="2023-07-31", precision="month")],
                             source="AP"))
    assert haversine_km(BAKHMUT["lon"], BAKHMUT["lat"], LYMAN["lon"], LYMAN["lat"]) > 40
    ev = store.events()
    assert len(ev) == 4
    assert set(ev["source_count"]) == {1}


def test_same_place_id_merges_regions_and_week_with_day(store):
    store.add_extraction(_ex("a", [_event(KLISHCHIIVKA, date="2023-07-03", date_end="2023-07-09",
                                          precision="week")], source="ISW"))
    store.add_extraction(_ex("b", [_event(KLISHCHIIVKA, date="2023-07-05")], source="Ukrainska Pravda"))
    assert store.count_events() == 1
    assert store.events().iloc[0]["sources"] == ["ISW", "Ukrainska Pravda"]


def test_dedup_rule_function():
    a = dict(report_id="a", event_type="Battles", place_id="gn:1", lon=37.9989, lat=48.5942,
             day_from=day_number("2023-07-09"), day_to=day_number("2023-07-09"))
    assert same_event(a, dict(a, report_id="b"))
    assert not same_event(a, dict(a))  # same report
    assert not same_event(a, dict(a, report_id="b", event_type="Protests"))
    assert same_event(a, dict(a, report_id="b", place_id="gn:2", lon=38.09))  # ~6.6 km
    assert not same_event(a, dict(a, report_id="b", place_id="gn:2", lon=38.2))  # ~14.8 km
    assert same_event(a, dict(a, report_id="b", lon=39.0))  # same place id (a region): merged
    assert not same_event(a, dict(a, report_id="b", day_from=a["day_from"] + 1, day_to=a["day_to"] + 1))
    month = dict(a, report_id="b", day_from=day_number("2023-07-01"), day_to=day_number("2023-07-31"))
    assert not same_event(a, month)  # a day is not a whole month
    week = dict(a, report_id="b", day_from=day_number("2023-07-03"), day_to=day_number("2023-07-09"))
    assert same_event(a, week) and same_event(week, dict(month, report_id="c"))


def test_replacing_the_first_report_keeps_the_other_telling(store):
    store.add_extraction(_ex("a", [_event(BAKHMUT)], source="TASS"))
    store.add_extraction(_ex("b", [_event(BAKHMUT)], source="Reuters"))
    store.add_extraction(_ex("a", [_event(LYMAN, "Protests")], source="TASS", text="rewritten"))
    ev = store.events().sort_values("place")
    assert list(ev["place"]) == ["Bakhmut", "Lyman"]
    assert list(ev["source_count"]) == [1, 1]
    # a third telling of the Bakhmut fight joins the surviving event
    store.add_extraction(_ex("c", [_event(BAKHMUT)], source="AP"))
    bakhmut = store.events(text="Bakhmut")
    assert len(bakhmut) == 1 and bakhmut.iloc[0]["sources"] == ["AP", "Reuters"]


# --- filters ---------------------------------------------------------------------------------------


def test_filters(store):
    store.add_extraction(_ex("a", [_event(BAKHMUT, date="2023-07-09"),
                                   _event(LYMAN, "Explosions/Remote violence", date="2023-05-01",
                                          date_end="2023-05-31", precision="month", confidence=0.4)],
                             source="TASS"))
    store.add_extraction(_ex("b", [_event(KLISHCHIIVKA, "Strategic developments", date="2023-07-03",
                                          date_end="2023-07-09", precision="week")], source="Reuters"))
    def places(**kw):
        return sorted(store.events(**kw)["place"])
    assert places() == ["Bakhmut", "Klishchiivka", "Lyman"]
    assert places(date_from="2023-07-05", date_to="2023-07-05") == ["Klishchiivka"]  # span overlap
    assert places(date_from=dt.date(2023, 5, 20), date_to=dt.date(2023, 6, 1)) == ["Lyman"]
    assert places(date_to="2023-04-30") == []
    assert places(bbox=(37.9, 48.5, 38.1, 48.7)) == ["Bakhmut", "Klishchiivka"]
    assert places(bbox="37.7,48.9,37.9,49.1") == ["Lyman"]
    assert places(types=["Battles", "Strategic developments"]) == ["Bakhmut", "Klishchiivka"]
    assert places(sources=["Reuters"]) == ["Klishchiivka"]
    assert places(min_confidence=0.5) == ["Bakhmut", "Klishchiivka"]
    assert places(text="klishch") == ["Klishchiivka"]
    assert places(text="russian forces") == ["Bakhmut", "Klishchiivka", "Lyman"]
    assert places(text="100%") == []
    assert places(report_id="b") == ["Klishchiivka"]
    assert list(store.events(limit=2)["date"]) == ["2023-05-01", "2023-07-03"]
    assert places(bbox=(37.9, 48.5, 38.1, 48.7), date_from="2023-07-09", types="Battles") == ["Bakhmut"]
    assert store.events(types=["Protests"]).empty
    with pytest.raises(InputError, match="bbox"):
        store.events(bbox=(38, 48, 37, 49))
    with pytest.raises(InputError, match="date_from"):
        store.events(date_from="July")
    pl = store.places(bbox=(37.9, 48.5, 38.1, 48.7))
    assert sorted(pl["name"]) == ["Bakhmut", "Klishchiivka"]
    assert store.places(report_id="a")["name"].tolist() in (["Bakhmut", "Lyman"], ["Lyman", "Bakhmut"])


def test_bbox_and_date_query_uses_the_rtree(store):
    where, params = store._event_where(bbox=(37, 48, 39, 49), date_from="2023-07-01", date_to="2023-07-31")
    plan = " ".join(r[-1] for r in store._read(f"EXPLAIN QUERY PLAN SELECT e.fid FROM events e WHERE {where}", params))
    assert "events_rtree VIRTUAL TABLE INDEX" in plan


# --- safety: foreign files, read-only, disk full, concurrency ----------------------------------------------


def test_foreign_and_corrupt_files_are_refused_and_untouched(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("these are my notes, not a database\n" * 10)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE customers (name TEXT)")
        conn.execute("INSERT INTO customers VALUES ('Alice')")
    conn.close()
    corrupt = tmp_path / "corrupt.db"
    with Store(corrupt) as s:
        s.add_extraction(_ex("a", [_event(BAKHMUT)]))
    data = bytearray(corrupt.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page's b-tree
    corrupt.write_bytes(bytes(data))
    for path in (text, other, corrupt, tmp_path):
        before = path.read_bytes() if path.is_file() else None
        with pytest.raises(StoreError) as err:
            Store(path)
        assert "\n" not in str(err.value) and str(path) in str(err.value)
        if before is not None:
            assert path.read_bytes() == before
    assert "not made by frontline-map" in str(pytest.raises(StoreError, Store, other).value)


def test_foreign_geopackage_is_refused(tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "roads.gpkg"
    gpd.GeoDataFrame({"name": ["x"]}, geometry=[Point(30, 50)], crs="EPSG:4326").to_file(path, driver="GPKG")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="GeoPackage not made by frontline-map"):
        Store(path)
    assert path.read_bytes() == before


def test_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.db", read_only=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "folder.db")
    assert not (tmp_path / "none.db").exists()


def test_schema_version_and_newer_store(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        assert s._version() == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'future')")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_read_only_store_refuses_writes(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add_extraction(_ex("a", [_event(BAKHMUT)]))
    with Store(path, read_only=True) as ro:
        assert len(ro.events()) == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.add_extraction(_ex("b", [_event(LYMAN)]))
        with pytest.raises(StoreError):  # even bypassing the guard, SQLite refuses with a clean error
            ro.read_only = False
            ro.add_correction("Bakhmut", {"lat": 1, "lon": 1})
    with Store(path, read_only=True) as ro:
        assert ro.count_events() == 1 and ro.aliases() == {}


def test_disk_full_fails_cleanly_and_keeps_what_was_stored(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as s:
        s.add_extraction(_ex("first", [_event(BAKHMUT)]))
        pages = s._conn.execute("PRAGMA page_count").fetchone()[0]
        s._conn.execute(f"PRAGMA max_page_count={pages + 2}")  # the disk is now full
        big = "x" * 200_000
        with pytest.raises(StoreError, match="full"):
            s.add_extraction(_ex("second", [_event(LYMAN)], text=big))
        assert s.count_events() == 1
    with Store(path, read_only=True) as s:
        assert list(s.reports()["id"]) == ["first"]
        assert s.events().iloc[0]["place"] == "Bakhmut"


def test_reader_during_writes_never_sees_a_lock(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    writer = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
        from test_store import _ex, _event, BAKHMUT, LYMAN
        from geodata.store import Store
        with Store({str(path)!r}) as s:
            for i in range(150):
                s.add_extractions([_ex(f"r{{i}}-{{j}}", [_event(BAKHMUT, date=f"2023-07-{{1 + j % 28:02d}}"),
                                                         _event(LYMAN, "Protests")]) for j in range(5)])
    """)
    proc = subprocess.Popen([sys.executable, "-c", writer], stderr=subprocess.PIPE, text=True)
    counts = []
    with Store(path, read_only=True) as reader:
        while proc.poll() is None:
            counts.append(reader.count_events(merged=False))
            assert len(reader.events(bbox=(37, 48, 39, 50))) >= 0
    assert proc.wait() == 0, proc.stderr.read()
    with Store(path, read_only=True) as reader:
        assert reader.count_events(merged=False) == 150 * 5 * 2
    assert counts == sorted(counts) and len(counts) > 3
    assert all(c % 10 == 0 for c in counts)  # whole batches only: never half a transaction


# --- GeoPackage and front-line snapshots ----------------------------------------------------------------


def test_store_file_is_a_geopackage_gdal_reads(tmp_path):
    import pyogrio

    path = tmp_path / "s.gpkg"
    with Store(path) as s:
        s.add_extraction(_ex("a", [_event(BAKHMUT), _event(LYMAN, "Protests")]))
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    assert layers["events"] == "Point" and "places" in layers
    gdf = pyogrio.read_dataframe(path, layer="events")
    assert sorted(gdf["place"]) == ["Bakhmut", "Lyman"]
    bak = gdf[gdf["place"] == "Bakhmut"].geometry.iloc[0]
    assert (bak.x, bak.y) == (BAKHMUT["lon"], BAKHMUT["lat"])


def test_control_snapshots(store):
    fc = json.loads((SHARED / "frontline" / "frontline-2024-07-10.geojson").read_text())
    geom = shapely.unary_union([shape(f["geometry"]) for f in fc["features"]])
    assert store.add_control_snapshot("2024-07-10", geom, source="DeepStateMap", sha256="abc") is True
    assert store.add_control_snapshot(dt.date(2024, 7, 10), geom, source="DeepStateMap", sha256="abc") is False
    snaps = store.control_snapshots()
    assert [s["date"] for s in snaps] == ["2024-07-10"]
    assert snaps[0]["area_km2"] == pytest.approx(109_369, rel=0.01)  # README figure (equal-area)
    assert store.control_geometry("2024-07-10").equals(geom)
    assert store.control_geometry("2025-01-01").equals(geom)  # latest snapshot on or before
    assert store.control_geometry("2024-07-09") is None
    assert store.is_empty()  # snapshots are not reports
