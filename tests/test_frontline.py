"""Tests of geodata.frontline against the shared DeepStateMap snapshots and their README figures."""
from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from shapely.geometry import shape

from geodata import cli, frontline, settings
from geodata.errors import ControlError
from geodata.layers import events_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FRONTLINE = SHARED / "frontline"
DATES = ("2023-07-10", "2024-07-10", "2025-01-10", "2025-07-10")
AREAS = dict(zip(DATES, (108_922, 109_369, 111_963, 113_939)))
POKROVSK_KM = dict(zip(DATES, (37.8, 24.6, 6.2, 6.3)))
CHANGES = [("2023-07-10", "2024-07-10", 1_047, 600, 447),
           ("2024-07-10", "2025-01-10", 2_612, 18, 2_594),
           ("2025-01-10", "2025-07-10", 1_986, 10, 1_976)]
AVDIIVKA = (37.745, 48.140)
POKROVSK = (37.181, 48.282)

pytestmark = pytest.mark.skipif(not FRONTLINE.is_dir(), reason="needs ../shared/frontline")


def _file(day: str) -> Path:
    return FRONTLINE / f"frontline-{day}.geojson"


@pytest.fixture(scope="module")
def snaps() -> dict[dt.date, shapely.Geometry]:
    return {day: geom for day, geom, _ in (frontline.read_control_file(_file(d)) for d in DATES)}


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads((SHARED / "samples" / "ukraine-2023-07-10.gold.json").read_text(encoding="utf-8"))


def _label(iso: str) -> tuple[float, float]:
    feats = json.loads(settings.ADMIN1_GEOJSON.read_text(encoding="utf-8"))["features"]
    props = next(f["properties"] for f in feats if f["properties"]["iso_3166_2"] == iso)
    return props["label_lon"], props["label_lat"]


def _within(value: float, ref: float, rel: float = 0.01) -> bool:
    return abs(value - ref) <= rel * abs(ref)


# --- reading --------------------------------------------------------------------------------------

@pytest.mark.parametrize("day", DATES)
def test_reference_areas(snaps, day):
    geom = snaps[dt.date.fromisoformat(day)]
    assert geom.geom_type == "MultiPolygon" and geom.is_valid
    assert _within(frontline.occupied_area_km2(geom), AREAS[day])


def test_raw_export_keeps_the_occupied_classes_only():
    day, geom, digest = frontline.read_control_file(_file("2023-07-10"))
    assert day == dt.date(2023, 7, 10)
    assert len(geom.geoms) == 1  # the 7 kept polygons touch: one polygon, as the README says
    assert np.allclose(geom.bounds, (31.5113, 44.3815, 40.2208, 50.0883), atol=1e-3)
    assert not geom.has_z and len(digest) == 64
    # the editorial "occupied" layers abroad (Transnistria, Karelia ...) are not in it
    assert not geom.contains(shapely.Point(29.5, 47.0))


def test_cleaned_layer_parts_and_bbox(snaps):
    geom = snaps[dt.date(2025, 7, 10)]
    assert len(geom.geoms) == 11
    assert np.allclose(geom.bounds, (31.5113, 44.3815, 40.2193, 51.2359), atol=1e-3)


def test_date_from_unix_time_and_top_level_name(tmp_path):
    raw = tmp_path / "1689006373.geojson"
    shutil.copy(_file("2023-07-10"), raw)
    assert frontline.read_control_file(raw)[0] == dt.date(2023, 7, 10)
    derived = tmp_path / "snapshot.geojson"  # date only in the member "name": deepstatemap_data_20250110
    shutil.copy(_file("2025-01-10"), derived)
    assert frontline.read_control_file(derived)[0] == dt.date(2025, 1, 10)
    assert frontline.read_control_file(derived, date="2025-01-09")[0] == dt.date(2025, 1, 9)


def test_geopackage_kml_kmz_give_the_same_snapshot(tmp_path, snaps):
    day, geom, digest = frontline.read_control_file(_file("2024-07-10"))
    frame = gpd.GeoDataFrame({"name": ["occupied"], "date": ["2024-07-10"]}, geometry=[geom], crs=4326)
    frame.to_crs(3857).to_file(tmp_path / "control.gpkg")  # projected: must come back to lon/lat
    frame.to_file(tmp_path / "control.kml", driver="LIBKML")
    frame[["name", "geometry"]].to_file(tmp_path / "240710_0350.kmz", driver="LIBKML")
    for name in ("control.gpkg", "control.kml", "240710_0350.kmz"):
        d, g, h = frontline.read_control_file(tmp_path / name)
        assert d == day, name
        assert h == digest, name
        assert frontline.occupied_area_km2(g) == pytest.approx(frontline.occupied_area_km2(geom), rel=1e-6)


def _write(tmp_path: Path, name: str, geometry: dict | None, **props) -> Path:
    feats = [{"type": "Feature", "properties": props, "geometry": geometry}]
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return path


SQUARE = [[37.0, 48.0], [37.5, 48.0], [37.5, 48.5], [37.0, 48.5], [37.0, 48.0]]


@pytest.mark.parametrize(("geometry", "name", "expect"), [
    ({"type": "Point", "coordinates": [37.0, 48.0]}, "pts-2024-01-01.geojson", "no polygons"),
    ({"type": "Polygon", "coordinates": [[[37.0, 48.0], [37.5, 48.0]]]}, "ring-2024-01-01.geojson", "invalid ring"),
    ({"type": "Polygon", "coordinates": [[[x + 20, y] for x, y in SQUARE]]}, "far-2024-01-01.geojson",
     "outside Ukraine's region"),
    ({"type": "Polygon", "coordinates": [[[y, x] for x, y in SQUARE]]}, "swap-2024-01-01.geojson", "(lat, lon) order"),
    ({"type": "Polygon", "coordinates": [SQUARE]}, "nodate.geojson", "no date found"),
])
def test_bad_files_raise_one_line_naming_the_file(tmp_path, geometry, name, expect):
    path = _write(tmp_path, name, geometry)
    with pytest.raises(ControlError) as info:
        frontline.read_control_file(path)
    message = str(info.value)
    assert expect in message and name in message and "\n" not in message


def test_bad_json_and_conflicting_dates(tmp_path):
    broken = tmp_path / "broken-2024-01-01.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    with pytest.raises(ControlError, match="not readable as GeoJSON"):
        frontline.read_control_file(broken)
    feats = [{"type": "Feature", "properties": {"date": d}, "geometry": {"type": "Polygon", "coordinates": [SQUARE]}}
             for d in ("2024-01-01", "2024-02-01")]
    two = tmp_path / "two.geojson"
    two.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    with pytest.raises(ControlError, match="2 different dates"):
        frontline.read_control_file(two)
    assert frontline.read_control_file(two, date="2024-03-01")[0] == dt.date(2024, 3, 1)
    with pytest.raises(ControlError, match="YYYY-MM-DD"):
        frontline.read_control_file(two, date="March")


def test_self_intersecting_polygon_is_repaired(tmp_path):
    bowtie = [[37.0, 48.0], [37.5, 48.5], [37.5, 48.0], [37.0, 48.5], [37.0, 48.0]]
    path = _write(tmp_path, "bowtie.geojson", {"type": "Polygon", "coordinates": [bowtie]}, date="2024-05-01")
    day, geom, _ = frontline.read_control_file(path)
    assert day == dt.date(2024, 5, 1) and geom.is_valid and len(geom.geoms) == 2
    assert _within(frontline.occupied_area_km2(geom), 0.5 * frontline.occupied_area_km2(shape(
        {"type": "Polygon", "coordinates": [SQUARE]})), 0.02)


# --- measures -------------------------------------------------------------------------------------

@pytest.mark.parametrize("day", DATES)
def test_reference_distances_to_the_occupied_area(snaps, day):
    geom = snaps[dt.date.fromisoformat(day)]
    avdiivka, pokrovsk = frontline.distance_to_occupied_km(*zip(AVDIIVKA, POKROVSK), geom)
    if day == "2023-07-10":
        assert avdiivka == pytest.approx(3.9, abs=0.05)
    else:
        assert avdiivka == 0.0
    assert pokrovsk == pytest.approx(POKROVSK_KM[day], abs=max(0.05, 0.01 * POKROVSK_KM[day]))
    # both towns face the front, so the line of contact is as close as the area
    signed = frontline.signed_line_distance_km(*zip(AVDIIVKA, POKROVSK), geom)
    assert signed[1] == pytest.approx(pokrovsk, abs=0.05)
    assert (signed[0] < 0) == (day != "2023-07-10")


@pytest.mark.parametrize(("a", "b", "gained", "lost", "net"), CHANGES)
def test_change_table(snaps, a, b, gained, lost, net):
    out = frontline.change(snaps[dt.date.fromisoformat(a)], snaps[dt.date.fromisoformat(b)])
    assert set(out) == {"area_from_km2", "area_to_km2", "gained_km2", "lost_km2", "net_km2"}
    assert _within(out["gained_km2"], gained) and _within(out["net_km2"], net)
    assert abs(out["lost_km2"] - lost) <= max(0.01 * lost, 0.5)
    assert out["net_km2"] == pytest.approx(out["gained_km2"] - out["lost_km2"], abs=0.2)
    parts = frontline.change_geometries(snaps[dt.date.fromisoformat(a)], snaps[dt.date.fromisoformat(b)])
    assert _within(frontline.occupied_area_km2(parts["gained"]), gained)


def test_line_of_contact_leaves_out_border_and_coast(snaps):
    geom = snaps[dt.date(2023, 7, 10)]
    line = frontline.line_of_contact(geom)
    assert line.geom_type in ("LineString", "MultiLineString")
    km = frontline.near_line_km  # unsigned distance to a line
    length = shapely.length(frontline._project(line)) / 1000
    assert 800 < length < 1300  # the outline itself is ~2,900 km with coasts and border
    # on the line: Avdiivka front and the Dnipro at Kherson; far from it: Crimea's coast, the Russian border
    near = km([37.745, 32.62, 33.52, 39.8], [48.140, 46.64, 44.60, 48.30], line)
    assert near[0] == pytest.approx(3.9, abs=0.1)
    assert near[1] < 8  # Kherson city: the line follows the Dnipro's far bank
    assert near[2] > 150 and near[3] > 80


def test_sample_report_places_against_the_2023_line(snaps, gold):
    geom = snaps[dt.date(2023, 7, 10)]
    places = {p["name"]: (p["lon"], p["lat"]) for p in gold["places"]}
    pts = [places["Bakhmut"], places["Klishchiivka"], places["Vilnius"], _label("RU-KLU"), (34.10, 44.95)]
    lon, lat = zip(*pts)
    d = frontline.signed_line_distance_km(lon, lat, geom)
    side = frontline.sides(lon, lat, geom)
    assert abs(d[0]) < 10 and abs(d[1]) < 10
    assert d[2] > 500 and d[3] > 300
    assert list(side) == ["occupied", "occupied", "outside-ukraine", "outside-ukraine", "occupied"]
    assert d[4] < 0


def test_near_line_prefers_the_bohdanivka_at_the_front(snaps):
    rows = [r for r in csv.DictReader((SHARED / "gazetteer" / "wof-localities-ua.csv").open(encoding="utf-8"))
            if r["name"] == "Bohdanivka"]
    assert len(rows) >= 20
    geom = snaps[dt.date(2023, 7, 10)]
    scores = [frontline.near_line_score(float(r["longitude"]), float(r["latitude"]), geom) for r in rows]
    best = rows[int(np.argmax(scores))]
    assert best["oblast"] == "Donetsk Oblast"
    assert (float(best["latitude"]), float(best["longitude"])) == pytest.approx((48.6184, 37.89805), abs=1e-3)
    assert max(scores) > 0.9 and sorted(scores)[-2] < 0.6


# --- events ---------------------------------------------------------------------------------------

def _events(rows: list[tuple[str, str | None, float, float]]) -> gpd.GeoDataFrame:
    return events_frame([{"id": i, "place": p, "date": d, "lon": lon, "lat": lat}
                         for i, (p, d, lon, lat) in enumerate(rows)])


def test_annotate_events_picks_the_snapshot_not_after_the_date(snaps):
    events = _events([
        ("Avdiivka", "2023-07-10", *AVDIIVKA), ("Avdiivka", "2024-02-01", *AVDIIVKA),
        ("Avdiivka", "2024-07-10", *AVDIIVKA), ("Pokrovsk", "2025-03-15", *POKROVSK),
        ("Pokrovsk", "2022-03-01", *POKROVSK), ("Kyiv", None, 30.52, 50.45),
        ("Vilnius", "2023-07-11", 25.2798, 54.6892), ("Crimea", "2025-12-31", 34.10, 44.95),
    ])
    out = frontline.annotate_events(events, {d.isoformat(): g for d, g in snaps.items()})
    assert list(out["frontline_date"]) == ["2023-07-10", "2023-07-10", "2024-07-10", "2025-01-10",
                                           "2023-07-10", None, "2023-07-10", "2025-07-10"]
    assert list(out["frontline_side"]) == ["ukraine-held", "ukraine-held", "occupied", "ukraine-held",
                                           "ukraine-held", None, "outside-ukraine", "occupied"]
    dist = out["frontline_distance_km"].tolist()
    assert dist[0] == pytest.approx(3.9, abs=0.05) and dist[2] < 0
    assert dist[3] == pytest.approx(6.2, abs=0.1) and dist[4] == pytest.approx(37.8, abs=0.4)
    assert np.isnan(dist[5]) and dist[7] < -100
    assert len(events.columns) + 3 == len(out.columns)  # a copy; the input is untouched


@pytest.mark.usefixtures("alone")  # a wall-clock bound: not beside the other worker
def test_annotate_events_is_vectorised(snaps):
    rng = np.random.default_rng(3)
    n = 100_000
    days = np.datetime64("2023-01-01") + rng.integers(0, 1000, n)
    events = gpd.GeoDataFrame({"date": days.astype(str)},
                              geometry=gpd.points_from_xy(rng.uniform(22, 40.2, n), rng.uniform(44.3, 52.4, n)),
                              crs=4326)
    frontline.annotate_events(events.head(10), snaps)  # measures built once per snapshot
    start = time.perf_counter()
    out = frontline.annotate_events(events, snaps)
    elapsed = time.perf_counter() - start
    assert out["frontline_distance_km"].notna().all()
    share = (out["frontline_side"] == "occupied").mean()
    assert 0.06 < share < 0.12  # occupied ~110k km² of the box's ~1.3M km²
    assert elapsed < 10  # 5 s is the bar (see bench/bench_frontline.py); leeway for a busy machine


def test_control_layers_for_a_date(snaps):
    layers = frontline.control_layers(snaps, "2024-12-31", since="2023-08-01")
    assert layers["date"] == "2024-07-10" and layers["since"] == "2023-07-10"
    assert _within(frontline.occupied_area_km2(layers["gained"]), 1_047)
    assert layers["line"].length > 0
    assert frontline.control_layers({}, "2024-01-01") is None


# --- the disambiguation prior ---------------------------------------------------------------------

BOHDANIVKA_FRONT = (48.618, 37.897)  # by Chasiv Yar; the UCDP supplement's Donetsk Oblast row


def test_line_prior_picks_the_snapshot_for_the_report_date(snaps):
    assert frontline.line_prior(None, dt.date(2024, 1, 1)) is None
    assert frontline.line_prior({}, dt.date(2024, 1, 1)) is None
    assert frontline.line_prior(snaps, dt.date(2024, 7, 9)).date == dt.date(2023, 7, 10)
    assert frontline.line_prior(snaps, "2024-07-10").date == dt.date(2024, 7, 10)
    assert frontline.line_prior(snaps, dt.date(2022, 3, 1)).date == dt.date(2023, 7, 10)  # before all: the first
    ready = frontline.line_prior(snaps, dt.date(2025, 2, 1))
    assert frontline.line_prior(ready, dt.date(2020, 1, 1)) is ready
    assert frontline.line_prior(lambda day: ready, dt.date(2020, 1, 1)) is ready
    with pytest.raises(ControlError, match="LinePrior"):
        frontline.line_prior("2024-07-10", dt.date(2024, 7, 10))


def test_line_prior_scores_from_an_area_or_a_line(snaps):
    geom = snaps[dt.date(2023, 7, 10)]
    lon, lat = [BOHDANIVKA_FRONT[1], 24.03, AVDIIVKA[0]], [BOHDANIVKA_FRONT[0], 49.84, AVDIIVKA[1]]  # Lviv
    from_area = frontline.LinePrior(geom)
    from_line = frontline.LinePrior(frontline.line_of_contact(geom))
    d_area, d_line = from_area.distances_km(lon, lat), from_line.distances_km(lon, lat)
    np.testing.assert_allclose(d_area, d_line, atol=0.5)
    assert d_area[0] < 5 and d_area[1] > 700
    scores = from_area.scores(lon, lat)
    assert scores[0] > 0.85 and scores[1] < 1e-9 and np.all((scores >= 0) & (scores <= 1))
    assert scores[0] == pytest.approx(frontline.near_line_score(lon[0], lat[0], geom))
    assert frontline.LinePrior(shapely.MultiLineString([])).scores([30.0], [50.0])[0] == 0.0


def _places(capsys, *argv: str) -> dict[str, tuple[float, float]]:
    code, out, err = _run(capsys, *argv)
    assert code == 0, err
    return {f["properties"]["name"]: tuple(f["geometry"]["coordinates"]) for f in json.loads(out)["features"]}


def test_extract_and_ingest_use_the_stores_front_line(gazetteer, tmp_path, capsys):
    from geodata import ingest
    from geodata.store import Store

    report = tmp_path / "report.txt"
    report.write_text("Russian forces attacked Bohdanivka on Tuesday.\n", encoding="utf-8")
    db = str(tmp_path / "store.db")
    common = ("extract", str(report), "--published", "2024-07-12", "--layer", "places")
    plain = _places(capsys, *common)["Bohdanivka"]
    assert _run(capsys, "control", "import", str(_file("2024-07-10")), "--db", db)[0] == 0
    steered = _places(capsys, *common, "--db", db)["Bohdanivka"]
    assert steered == pytest.approx(BOHDANIVKA_FRONT[::-1], abs=0.01) and steered != pytest.approx(plain, abs=0.2)
    assert ingest.run([report], db=db, published=dt.date(2024, 7, 12), progress=False) == 0
    with Store(db, read_only=True) as store:
        stored = store.places()
    row = stored[stored["name"] == "Bohdanivka"].iloc[0]
    assert (row.geometry.x, row.geometry.y) == pytest.approx(BOHDANIVKA_FRONT[::-1], abs=0.01)


def test_prior_keeps_the_extraction_corpus_gold(gazetteer, snaps):
    from bench.bench_extract import gold_pairs, score
    from geodata.extract import extract_text

    keys = ("places_found", "places_correct", "events_found", "events_correct")
    totals = {"without": dict.fromkeys(keys, 0), "with": dict.fromkeys(keys, 0)}
    for txt, gold_path in gold_pairs():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text, pub = txt.read_text(encoding="utf-8"), dt.date.fromisoformat(gold["published"])
        for key, fl in (("without", None), ("with", snaps)):
            result = score(extract_text(text, pub, gazetteer=gazetteer, frontline=fl), gold)
            assert key == "without" or result["failures"] == [], txt.stem
            for k in keys:
                totals[key][k] += result[k]
    assert all(totals["with"][k] >= totals["without"][k] for k in keys)


# --- command line and store -----------------------------------------------------------------------

def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_change_list(tmp_path, capsys):
    db = str(tmp_path / "store.db")
    files = [str(_file(d)) for d in DATES]
    code, out, _ = _run(capsys, "control", "import", *files, "--db", db)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["status"] for r in rows] == ["new"] * 4 and [r["date"] for r in rows] == list(DATES)
    code, out, _ = _run(capsys, "control", "import", files[0], "--db", db)
    assert code == 0 and json.loads(out)["status"] == "unchanged"
    code, out, _ = _run(capsys, "control", "list", "--db", db)
    listed = [json.loads(line) for line in out.splitlines()]
    assert [r["date"] for r in listed] == list(DATES)
    assert all(_within(r["area_km2"], AREAS[r["date"]]) for r in listed)
    code, out, _ = _run(capsys, "control", "change", "--from", "2023-07-10", "--to", "2024-07-10", "--db", db)
    assert code == 0
    change = json.loads(out)
    assert {"area_from_km2", "area_to_km2", "gained_km2", "lost_km2", "net_km2"} <= set(change)
    assert _within(change["net_km2"], 447) and _within(change["gained_km2"], 1_047)
    # between dates: the snapshots on or before them
    code, out, _ = _run(capsys, "control", "change", "--from", "2024-12-01", "--to", "2025-09-01", "--db", db)
    change = json.loads(out)
    assert (change["date_from"], change["date_to"]) == ("2024-07-10", "2025-07-10")
    assert _within(change["net_km2"], 2_594 + 1_976)


def test_cli_bad_input_exits_2_and_stores_nothing(tmp_path, capsys):
    db = str(tmp_path / "store.db")
    bad = _write(tmp_path, "ring-2024-01-01.geojson",
                 {"type": "Polygon", "coordinates": [[[37.0, 48.0], [37.5, 48.0]]]})
    code, _, err = _run(capsys, "control", "import", str(_file("2024-07-10")), str(bad), "--db", db)
    assert code == 2 and "ring-2024-01-01.geojson" in err and "invalid ring" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not Path(db).exists()  # the good file before the bad one was not stored either
    assert _run(capsys, "control", "import", str(_file("2024-07-10")), "--db", db)[0] == 0
    code, _, err = _run(capsys, "control", "import", str(_file("2025-01-10")), str(bad), "--db", db)
    assert code == 2
    code, out, _ = _run(capsys, "control", "list", "--db", db)
    assert code == 0 and [json.loads(line)["date"] for line in out.splitlines()] == ["2024-07-10"]
    code, _, err = _run(capsys, "control", "import", str(_file("2025-01-10")), "--date", "10/01/2025", "--db", db)
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = _run(capsys, "control", "change", "--from", "2020-01-01", "--to", "2024-07-10", "--db", db)
    assert code == 2 and "the first is 2024-07-10" in err


def test_map_and_events_pick_the_same_snapshot_for_a_date(tmp_path, capsys):
    """The map's front line (export.control_for) follows frontline.nearest_snapshot's rule."""
    from geodata import export
    from geodata.store import Store

    db = str(tmp_path / "store.db")
    for day in ("2024-07-10", "2025-01-10"):
        assert _run(capsys, "control", "import", str(_file(day)), "--db", db)[0] == 0
    days = [dt.date(2024, 7, 10), dt.date(2025, 1, 10)]
    with Store(db, read_only=True) as store:
        for end in (dt.date(2023, 7, 10), dt.date(2024, 12, 31), dt.date(2025, 3, 1)):
            picked = export.control_for(store, None, end)["date"]
            assert picked == days[frontline.nearest_snapshot(days, end)].isoformat(), end
    # before every snapshot: the first one (the nearest), not the last
    assert days[frontline.nearest_snapshot(days, dt.date(2023, 7, 10))] == dt.date(2024, 7, 10)
