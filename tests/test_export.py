"""Exports: each format read back by a real reader, manifests, reproducibility, safe publication, bad input."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
from pyproj import Geod
from shapely.geometry import shape
from shapely.ops import unary_union

from geodata import export
from geodata.cli import main
from geodata.errors import InputError
from geodata.layers import events_frame

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "samples" / "ukraine-2023-07-10.txt"
GOLD = json.loads((SHARED / "samples" / "ukraine-2023-07-10.gold.json").read_text(encoding="utf-8"))
KML = "{http://www.opengis.net/kml/2.2}"
GEOD = Geod(ellps="WGS84")
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def _have_chromium() -> bool:
    from geodata import snapshot

    try:
        snapshot.find_chromium()
    except Exception:  # noqa: BLE001
        return False
    return True


needs_browser = pytest.mark.skipif(not _have_chromium(), reason="no Chromium browser installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def sample_events() -> gpd.GeoDataFrame:
    """Events the extractor finds in the sample report (the product's real output)."""
    extract = pytest.importorskip("geodata.extract")
    result = extract.extract_text(SAMPLE.read_text(encoding="utf-8"), dt.date(2023, 7, 10),
                                  source="sample wire")
    assert len(result.events) >= 5
    return result.events


@pytest.fixture(scope="module")
def sample_places() -> gpd.GeoDataFrame:
    extract = pytest.importorskip("geodata.extract")
    return extract.extract_text(SAMPLE.read_text(encoding="utf-8"), dt.date(2023, 7, 10),
                                source="sample wire").places


def _gold_events() -> gpd.GeoDataFrame:
    """The gold events of the sample report as event rows (coordinates of the gold places)."""
    where = {p["name"]: p for p in GOLD["places"]}
    rows = []
    for i, ev in enumerate(GOLD["events"]):
        place = where[ev["place"]]
        rows.append({
            "id": f"gold-{i:02d}", "report_id": "gold", "source": "sample wire",
            "published": GOLD["published"], "date": ev["date"], "date_end": ev["date_end"],
            "date_precision": ev["precision"], "date_text": "", "event_type": ev["event_type"],
            "sub_event_type": None, "actors": ["Russian forces", "Ukrainian forces"], "claimed_by": None,
            "place": place["name"], "place_mention": place["mentions"][0], "place_id": f"gold:{place['name']}",
            "country_code": place["country_code"], "admin1": place.get("admin1"),
            "location_precision": "region" if place["tolerance_km"] > 50 else "near",
            "relation": "at", "uncertainty_km": float(place["tolerance_km"]), "sentence": ev["what"],
            "confidence": 0.9, "lon": place["lon"], "lat": place["lat"],
        })
    return events_frame(rows)


def _hostile_events() -> gpd.GeoDataFrame:
    gold = _gold_events()
    gold.loc[0, "sentence"] = f"Shelling {HOSTILE} near Bakhmut"
    gold.loc[0, "source"] = "=HYPERLINK(\"http://evil.example\",\"click\")"
    gold.loc[1, "sentence"] = "+cmd|' /C calc'!A0"
    gold.loc[2, "source"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    gold.loc[3, "sentence"] = "-2+3"
    return gold


def _occupied(name: str = "frontline-2024-07-10.geojson"):
    fc = json.loads((SHARED / "frontline" / name).read_text(encoding="utf-8"))
    return unary_union([shape(f["geometry"]) for f in fc["features"]])


def _control() -> dict:
    frontline = pytest.importorskip("geodata.frontline")
    occupied = _occupied()
    return {"date": "2024-07-10", "occupied": occupied, "line": frontline.line_of_contact(occupied),
            "source": "DeepStateMap via cyterat/deepstate-map-data", "sha256": "test"}


def _occupied_only() -> dict:
    return {"date": "2024-07-10", "occupied": _occupied(), "line": None}


def _manifest(path: Path) -> dict:
    return json.loads(export.manifest_path(path).read_text(encoding="utf-8"))


# --- each format read by a real reader -------------------------------------------------

def test_geojson_reads_back_with_the_same_rows_and_manifest(sample_events, tmp_path):
    out = export.export(sample_events, "geojson", tmp_path / "ev.geojson", filters={"types": None})
    back = gpd.read_file(out)
    assert len(back) == len(sample_events)
    assert sorted(back["id"]) == sorted(sample_events["id"])
    src = sample_events.set_index("id")
    for _, row in back.iterrows():
        s = src.loc[row["id"]]
        assert row["event_type"] == s["event_type"]
        # GDAL may read ISO date strings back as dates: compare their ISO text
        assert str(row["date"])[:10] == s["date"] and row["date_precision"] == s["date_precision"]
        assert math.isclose(row.geometry.x, s.geometry.x) and math.isclose(row.geometry.y, s.geometry.y)
    # rows ordered by (date, id)
    keys = list(zip(back["date"], back["id"]))
    assert keys == sorted(keys)
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert "crs" not in fc  # RFC 7946: WGS84 lon/lat, no crs member
    assert fc["manifest"]["event_count"] == len(sample_events)
    assert fc["manifest"]["data_sha256"] == _manifest(out)["data_sha256"]
    assert "created" not in fc["manifest"] and "created" in _manifest(out)
    assert set(export.EVENT_FIELDS) <= set(fc["features"][0]["properties"])
    assert isinstance(fc["features"][0]["properties"]["actors"], list)


def test_csv_has_acled_columns_and_reads_in_pandas(sample_events, tmp_path):
    out = export.export(sample_events, "csv", tmp_path / "ev.csv")
    df = pd.read_csv(out, keep_default_na=False)
    assert list(df.columns[: len(export.ACLED_COLUMNS)]) == list(export.ACLED_COLUMNS)
    assert len(df) == len(sample_events)
    src = sample_events.set_index("id")
    for _, row in df.iterrows():
        s = src.loc[row["event_id_cnty"]]
        assert row["event_date"] == s["date"] and row["year"] == int(s["date"][:4])
        for col, table, key in (("time_precision", export.TIME_PRECISION, "date_precision"),
                                ("geo_precision", export.GEO_PRECISION, "location_precision")):
            expected = table.get(s[key])
            assert row[col] == ("" if expected is None else expected)
        assert math.isclose(row["latitude"], s.geometry.y, abs_tol=1e-6)
        assert math.isclose(row["longitude"], s.geometry.x, abs_tol=1e-6)
        assert row["location"] == (s["place"] or "")
    # the month-precision capture of Bakhmut in May is coded 3, the Sunday fighting 1
    assert set(df["time_precision"]) >= {1, 3}


def test_csv_neutralises_spreadsheet_formulas(tmp_path):
    out = export.export(_hostile_events(), "csv", tmp_path / "hostile.csv")
    df = pd.read_csv(out, keep_default_na=False)
    cells = [str(v) for v in df.to_numpy().ravel()]
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not _number(c))]
    assert "'=HYPERLINK(\"http://evil.example\",\"click\")" in set(df["source"])
    assert "'+cmd|' /C calc'!A0" in set(df["notes"])
    assert "'-2+3" in set(df["notes"])
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in set(df["source"])
    # numbers stay numbers (a negative coordinate or distance is not a formula)
    assert df["latitude"].dtype.kind == "f" and df["longitude"].dtype.kind == "f"


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_gpkg_has_events_places_and_front_line_layers(sample_events, sample_places, tmp_path):
    control = _control()
    out = export.export(sample_events, "gpkg", tmp_path / "ev.gpkg", places=sample_places, control=control)
    layers = dict(pyogrio.list_layers(out).tolist())
    assert layers == {"events": "Point", "places": "Point", "occupied": "MultiPolygon",
                      "line_of_contact": "MultiLineString"}
    events = gpd.read_file(out, layer="events")
    assert sorted(events["id"]) == sorted(sample_events["id"])
    assert json.loads(events["actors"].iloc[0]) == list(
        sample_events.set_index("id").loc[events["id"].iloc[0], "actors"])
    places = gpd.read_file(out, layer="places")
    assert set(places["place_id"]) == set(sample_places["place_id"])
    occupied = gpd.read_file(out, layer="occupied")
    # same area as the shared file (109,369 km2 in the front-line README)
    area = abs(GEOD.geometry_area_perimeter(occupied.geometry.iloc[0])[0]) / 1e6
    assert 108_000 < area < 110_500
    meta = pyogrio.read_info(out)["dataset_metadata"]
    assert json.loads(meta["frontline-manifest"])["data_sha256"] == _manifest(out)["data_sha256"]


def test_kml_placemarks_carry_time_spans(sample_events, tmp_path):
    out = export.export(sample_events, "kml", tmp_path / "ev.kml", title="Sample", control=_control())
    root = ET.parse(out).getroot()
    placemarks = [pm for pm in root.iter(f"{KML}Placemark") if pm.get("id", "").startswith("event-")]
    assert len(placemarks) == len(sample_events)
    src = sample_events.set_index("id")
    for pm in placemarks:
        s = src.loc[pm.get("id").removeprefix("event-")]
        assert pm.find(f"{KML}TimeSpan/{KML}begin").text == s["date"]
        assert pm.find(f"{KML}TimeSpan/{KML}end").text == (s["date_end"] or s["date"])
        lon, lat = map(float, pm.find(f".//{KML}coordinates").text.split(","))
        assert math.isclose(lon, s.geometry.x, abs_tol=1e-6) and math.isclose(lat, s.geometry.y, abs_tol=1e-6)
    names = {pm.find(f"{KML}name").text for pm in root.iter(f"{KML}Placemark")}
    assert {"Occupied area", "Line of contact"} <= names
    value = root.find(f"{KML}Document/{KML}ExtendedData/{KML}Data/{KML}value").text
    assert json.loads(value)["event_count"] == len(sample_events)


def test_kml_escapes_hostile_markup(tmp_path):
    out = export.export(_hostile_events(), "kml", tmp_path / "hostile.kml")
    raw = out.read_text(encoding="utf-8")
    assert "<script" not in raw and "<img" not in raw
    root = ET.parse(out).getroot()
    descriptions = [d.text for d in root.iter(f"{KML}description")]
    # The balloon is HTML to Google Earth: after XML parsing the markup must still be escaped text.
    assert any("&lt;script&gt;" in d for d in descriptions)
    assert not any("<script" in d or "<img" in d for d in descriptions)


# --- manifests and reproducibility -------------------------------------------------------

@pytest.mark.parametrize("fmt", ["geojson", "csv", "kml", "gpkg"])
def test_same_data_twice_gives_identical_files(fmt, tmp_path):
    events = _gold_events()
    shuffled = events.sample(frac=1.0, random_state=7)
    a = export.export(events, fmt, tmp_path / f"a.{fmt}", filters={"types": ["Battles", "Protests"]})
    b = export.export(shuffled, fmt, tmp_path / f"b.{fmt}", filters={"types": ["Protests", "Battles"]})
    assert a.read_bytes() == b.read_bytes()
    ma, mb = _manifest(a), _manifest(b)
    assert ma["data_sha256"] == mb["data_sha256"]
    assert ma["file_sha256"] == hashlib.sha256(a.read_bytes()).hexdigest()
    assert ma["event_count"] == len(events) and ma["sources"] == ["sample wire"]
    assert ma["app_version"] and ma["created"] and ma["gazetteer_version"]
    assert ma["created"].encode() not in a.read_bytes()


def test_manifest_sha_changes_with_the_data(tmp_path):
    events = _gold_events()
    a = export.export(events, "geojson", tmp_path / "a.geojson")
    changed = events.copy()
    changed.loc[0, "confidence"] = 0.5
    b = export.export(changed, "geojson", tmp_path / "b.geojson")
    assert _manifest(a)["data_sha256"] != _manifest(b)["data_sha256"]
    assert _manifest(a)["extent"] == pytest.approx(list(events.total_bounds))


# --- safe publication ---------------------------------------------------------------------

def test_coarsen_snaps_to_grid_and_widens_uncertainty(tmp_path):
    events = _gold_events()
    out = export.export(events, "geojson", tmp_path / "c.geojson", coarsen_km=10)
    back = gpd.read_file(out).set_index("id")
    half_diagonal = 10 * math.sqrt(2) / 2
    for _, s in events.iterrows():
        b = back.loc[s["id"]]
        _, _, moved_m = GEOD.inv(s.geometry.x, s.geometry.y, b.geometry.x, b.geometry.y)
        assert moved_m / 1000 <= half_diagonal * 1.02
        assert b["uncertainty_km"] == pytest.approx(s["uncertainty_km"] + half_diagonal, abs=1e-3)
    # Bakhmut (two events at one place) -> one cell centre; Bakhmut and Klishchiivka (7 km apart) move
    bakh = back[back["place"] == "Bakhmut"]
    assert bakh.geometry.x.nunique() == 1
    assert not (back.geometry.x.round(6).isin(events.geometry.x.round(6))).all()
    assert _manifest(out)["safe_publication"]["coarsen_km"] == 10


def test_delay_leaves_out_recent_events(tmp_path):
    events = _gold_events()
    today = dt.date(2023, 7, 20)
    out = export.export(events, "csv", tmp_path / "d.csv", delay_days=14, today=today)
    df = pd.read_csv(out, keep_default_na=False)
    cutoff = "2023-07-06"
    kept_ends = [max(d, e) for d, e in zip(events["date"], events["date_end"])]
    assert len(df) == sum(e <= cutoff for e in kept_ends) > 0
    assert (df["date_end"].astype(str) <= cutoff).all()
    sp = _manifest(out)["safe_publication"]
    assert sp["delay_days"] == 14 and sp["delay_cutoff"] == cutoff


# --- bad input ------------------------------------------------------------------------------

def test_unknown_format_is_a_one_line_error(tmp_path, capsys):
    with pytest.raises(InputError, match="unknown export format 'shp'"):
        export.export(_gold_events(), "shp", tmp_path / "x.shp")
    db = tmp_path / "none.db"
    code = main(["export", "--format", "shp", "--db", str(db), "-o", str(tmp_path / "x.shp")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "png, html, geojson, csv, gpkg, kml" in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_leaves_nothing(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="does not exist"):
        export.export(_gold_events(), "geojson", blocker / "out.geojson")
    with pytest.raises(InputError, match="is a folder"):
        export.export(_gold_events(), "csv", tmp_path)
    code = main(["export", "--format", "csv", "-o", str(tmp_path / "missing" / "x.csv")])
    assert code == 2 and "does not exist" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_missing_browser_is_a_clear_error_and_no_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FRONTLINE_CHROMIUM", str(tmp_path / "no-such-chromium"))
    from geodata.errors import ExportError

    with pytest.raises(ExportError, match="FRONTLINE_CHROMIUM"):
        export.export(_gold_events(), "png", tmp_path / "map.png")
    assert list(tmp_path.iterdir()) == []


def test_empty_selection_writes_valid_empty_files(tmp_path):
    empty = _gold_events().iloc[0:0]
    for fmt in ("geojson", "csv", "kml", "gpkg"):
        out = export.export(empty, fmt, tmp_path / f"e.{fmt}")
        assert _manifest(out)["event_count"] == 0
    assert json.loads((tmp_path / "e.geojson").read_text())["features"] == []
    assert list(pd.read_csv(tmp_path / "e.csv").columns[:3]) == ["event_id_cnty", "event_date", "year"]
    assert len(gpd.read_file(tmp_path / "e.gpkg", layer="events")) == 0
    assert ET.parse(tmp_path / "e.kml").getroot().find(f"{KML}Document") is not None


def test_bad_safe_publication_values(tmp_path):
    with pytest.raises(InputError, match="--coarsen-km"):
        export.export(_gold_events(), "csv", tmp_path / "x.csv", coarsen_km=-5)
    with pytest.raises(InputError, match="--delay-days"):
        export.export(_gold_events(), "csv", tmp_path / "x.csv", delay_days=-1)
    assert list(tmp_path.iterdir()) == []


# --- map exports in a real browser ------------------------------------------------------------

@pytest.mark.browser
@needs_browser
def test_html_works_offline_from_file_and_draws_pins(tmp_path):
    from geodata import snapshot

    events = _hostile_events()
    out = export.export(events, "html", tmp_path / "map.html", control=_occupied_only(),
                        title=f"Front {HOSTILE}")
    raw = out.read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in raw and "<img src=x" not in raw
    assert 'id="frontline-manifest"' in raw
    blocked: list[str] = []
    with snapshot.browser_page(1200, 800, blocked=blocked) as page:
        page.goto(out.as_uri(), wait_until="load")
        snapshot.wait_for_map(page, expect_pins=True)
        assert snapshot.pins_drawn(page)
        assert page.evaluate("() => window.__pwned") is None
        manifest = json.loads(page.eval_on_selector("#frontline-manifest", "e => e.textContent"))
        assert manifest["event_count"] == len(events)
    assert blocked == []


@pytest.mark.browser
@needs_browser
def test_png_is_the_right_size_not_blank_and_carries_the_manifest(tmp_path):
    from PIL import Image, ImageStat

    out = export.export(_gold_events(), "png", tmp_path / "map.png", control=_occupied_only(),
                        title="Sample report 2023-07-10", width=900, height=600)
    with Image.open(out) as img:
        assert img.size == (900, 600)
        stat = ImageStat.Stat(img.convert("L"))
        assert stat.stddev[0] > 10
        manifest = json.loads(img.text["frontline-manifest"])
    assert manifest["data_sha256"] == _manifest(out)["data_sha256"]
    assert manifest["size"] == {"width": 900, "height": 600}


# --- the command line over a real store -------------------------------------------------------

def _gold_extraction():
    """The sample report with its gold events and places, shaped as an ``Extraction``."""
    from types import SimpleNamespace

    from geodata.layers import places_frame
    from geodata.reports import report_from_text

    report = report_from_text(SAMPLE.read_text(encoding="utf-8"), dt.date(2023, 7, 10), "sample wire")
    events = _gold_events()
    events["report_id"] = report.id
    places = places_frame({"place_id": f"gold:{p['name']}", "name": p["name"], "mentions": p["mentions"],
                           "country_code": p["country_code"], "admin1": p.get("admin1"),
                           "lon": p["lon"], "lat": p["lat"]} for p in GOLD["places"])
    return SimpleNamespace(report=report, events=events, places=places)


@pytest.fixture(scope="module")
def store_db(tmp_path_factory):
    """A real store holding the sample report: the extractor's output when it is installed, else the gold."""
    store_mod = pytest.importorskip("geodata.store")
    db = tmp_path_factory.mktemp("store") / "frontline.db"
    try:
        from geodata import extract

        extraction = extract.extract_text(SAMPLE.read_text(encoding="utf-8"), dt.date(2023, 7, 10),
                                          source="sample wire")
    except ImportError:
        extraction = _gold_extraction()
    with store_mod.Store(db) as store:
        store.add_extraction(extraction)
        store.add_control_snapshot(dt.date(2024, 7, 10), _occupied(), source="DeepStateMap",
                                   sha256=hashlib.sha256(b"2024-07-10").hexdigest())
    return db


def test_cli_gpkg_from_store_has_the_front_line(store_db, tmp_path, capsys):
    out = tmp_path / "all.gpkg"
    code = main(["export", "--format", "gpkg", "--db", str(store_db), "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    layers = dict(pyogrio.list_layers(out).tolist())
    assert layers["events"] == "Point" and layers["occupied"] == "MultiPolygon"
    with __import__("geodata.store", fromlist=["Store"]).Store(store_db, read_only=True) as store:
        assert len(gpd.read_file(out, layer="events")) == len(store.events())
    assert _manifest(out)["control"]["date"] == "2024-07-10"


def test_cli_export_from_store_with_filters(store_db, tmp_path, capsys):
    out = tmp_path / "battles.csv"
    code = main(["export", "--format", "csv", "--db", str(store_db), "--type", "Battles",
                 "--from", "2023-07-01", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    df = pd.read_csv(out, keep_default_na=False)
    assert len(df) > 0 and set(df["event_type"]) == {"Battles"}
    assert (df["event_date"] >= "2023-07-01").all()
    manifest = _manifest(out)
    assert manifest["filters"]["types"] == ["Battles"] and manifest["filters"]["date_from"] == "2023-07-01"
    assert "wrote" in capsys.readouterr().err


def test_cli_export_matching_nothing_writes_empty_file_and_says_so(store_db, tmp_path, capsys):
    out = tmp_path / "none.geojson"
    code = main(["export", "--format", "geojson", "--db", str(store_db), "--from", "1990-01-01",
                 "--to", "1990-12-31", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and "no events match" in err and err.count("\n") == 1
    assert json.loads(out.read_text())["features"] == []


def test_cli_bad_filters_exit_2(store_db, tmp_path, capsys):
    for argv in (["--bbox", "1,2,3"], ["--from", "2023-13-01"], ["--min-confidence", "3"],
                 ["--from", "2023-07-10", "--to", "2023-07-01"]):
        code = main(["export", "--format", "csv", "--db", str(store_db), *argv, "-o", str(tmp_path / "x.csv")])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1, (argv, err)
    assert not (tmp_path / "x.csv").exists()


def test_cli_missing_store_exit_2(tmp_path, capsys):
    code = main(["export", "--format", "csv", "--db", str(tmp_path / "nope.db"), "-o", str(tmp_path / "x.csv")])
    assert code == 2 and "frontline ingest" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()


def test_export_bytes_for_download_buttons_and_control_characters():
    events = _gold_events()
    events.loc[0, "sentence"] = "fighting\x00 near\x1b Bakhmut \x0b"
    data, manifest = export.export_bytes(events, "kml", name="view")
    root = ET.fromstring(data)  # control characters removed, the XML stays well-formed
    assert manifest["file"] == "view.kml" and manifest["file_sha256"] == hashlib.sha256(data).hexdigest()
    assert any("fighting near Bakhmut" in (d.text or "") for d in root.iter(f"{KML}description"))
    csv_bytes, _ = export.export_bytes(events, "csv")
    assert csv_bytes.startswith(b"\xef\xbb\xbfevent_id_cnty,")


def test_no_browser_anywhere_says_how_to_install_one(tmp_path, monkeypatch, capsys, store_db):
    monkeypatch.delenv("FRONTLINE_CHROMIUM", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "no-browsers"))
    code = main(["export", "--format", "png", "--db", str(store_db), "-o", str(tmp_path / "map.png")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "apt-get install chromium" in err
    assert not (tmp_path / "map.png").exists()
