"""The dashboard's logic with Streamlit's AppTest, on a real SQLite store in a temporary home.

Each test starts the real ``dashboard/app.py`` script against its own store;
the first run loads the bundled sample report, so the values asserted come
from the real extraction of the sample.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import time
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import highlight, uploads
from dashboard import state as vs
from dashboard.server import MAX_UPLOAD_MB, app_environment, streamlit_command
from geodata.errors import InputError, StoreError

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
APP = ROOT / "dashboard" / "app.py"
TIMEOUT = 60


# --- helpers -----------------------------------------------------------------------------

def shared_home(factory: pytest.TempPathFactory) -> Path:
    """One FRONTLINE_HOME per test session, so the gazetteer cache is built once."""
    home = factory.getbasetemp() / "frontline-home"
    home.mkdir(exist_ok=True)
    return home


@pytest.fixture
def fresh_home(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
               gazetteer) -> Path:
    """An empty store (``fresh_home / "frontline.db"``) per test; the gazetteer cache is built already."""
    monkeypatch.setenv("FRONTLINE_HOME", str(shared_home(tmp_path_factory)))
    monkeypatch.setenv("FRONTLINE_DB", str(tmp_path / "frontline.db"))
    monkeypatch.delenv("FRONTLINE_READ_ONLY", raising=False)
    monkeypatch.delenv("FRONTLINE_MAX_UPLOAD_MB", raising=False)
    monkeypatch.delenv("FRONTLINE_MAP_FIRST", raising=False)
    return tmp_path


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory, gazetteer) -> Path:
    """A store holding the sample report, made once by the app's own first start.

    ``gazetteer`` builds the session's gazetteer cache first, outside the app's run timeout.
    """
    folder = tmp_path_factory.mktemp("sample-store")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRONTLINE_HOME", str(shared_home(tmp_path_factory)))
        mp.setenv("FRONTLINE_DB", str(folder / "frontline.db"))
        mp.delenv("FRONTLINE_READ_ONLY", raising=False)
        at = _app()
        assert not at.exception, at.exception
    return folder / "frontline.db"


@pytest.fixture
def home(fresh_home: Path, sample_store: Path) -> Path:
    """A private copy of the sample store (``home / "frontline.db"``)."""
    for suffix in ("", "-wal"):
        src = Path(f"{sample_store}{suffix}")
        if src.exists():
            shutil.copyfile(src, fresh_home / f"frontline.db{suffix}")
    return fresh_home


def _page(at: AppTest, name: str) -> AppTest:
    return _by_key(at.segmented_control, "page").set_value(name).run()


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def _store_events(home: Path) -> pd.DataFrame:
    from geodata.store import Store

    with Store(home / "frontline.db", read_only=True) as store:
        return store.events()


def _map_ids(at: AppTest) -> list[str]:
    return list(at.session_state["map_event_ids"])


def _by_key(elements, key: str):
    found = [e for e in elements if getattr(e, "key", None) == key]
    assert found, f"no widget with key {key!r}"
    return found[0]


def _texts(at: AppTest) -> str:
    parts = [e.value for e in at.error] + [e.value for e in at.success] + [e.value for e in at.warning]
    parts += [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.info]
    return "\n".join(str(p) for p in parts)


# --- first start, map and filters ------------------------------------------------------------

def test_first_start_loads_the_sample_and_draws_its_events(fresh_home: Path) -> None:
    home = fresh_home
    at = _app()
    assert not at.exception, at.exception
    events = _store_events(home)
    assert len(events) >= 5
    assert set(events["source"]) == {"sample"}
    assert set(events["published"].astype(str)) == {"2023-07-10"}
    assert sorted(_map_ids(at)) == sorted(events["id"].astype(str))
    assert "Bakhmut" in set(events["place"])
    assert f"{len(events):,} of {len(events):,} events" in _texts(at)


def test_a_big_view_sends_the_map_first_then_timeline_and_table(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_MAP_FIRST", "5")  # the sample's 11 events count as a big view
    at = _app()
    assert not at.exception, at.exception
    assert len(_map_ids(at)) == 11
    assert not at.dataframe and not at.get("vega_lite_chart")
    assert any("the timeline and the table follow" in c.value for c in at.caption)
    # the map's "pins painted" signal is JavaScript (tested in Chromium); the button is the fallback
    _by_key(at.button, "show_rest").click().run()
    assert not at.exception, at.exception
    assert len(at.dataframe[0].value) == 11 and at.get("vega_lite_chart")
    # once drawn, the session keeps the whole page on later runs
    _by_key(at.segmented_control, "page").set_value("Map").run()
    assert at.dataframe and not any("timeline and the table follow" in c.value for c in at.caption)


def test_date_range_removes_the_may_events_from_map_table_and_url(home: Path) -> None:
    at = _app()
    events = _store_events(home)
    may = events[pd.to_datetime(events["date_end"].fillna(events["date"])) < "2023-06-01"]
    assert len(may) >= 1, "the sample has events of May 2023 (Bakhmut captured in May, Belgorod raid)"
    slider = _by_key(at.sidebar.slider, "f_dates")
    slider.set_value((dt.date(2023, 6, 1), slider.value[1])).run()
    assert not at.exception
    shown = set(_map_ids(at))
    assert shown.isdisjoint(set(may["id"].astype(str)))
    assert len(shown) == len(events) - len(may)
    table = at.dataframe[0].value
    assert set(table["id"].astype(str)) == shown
    assert at.query_params["from"] == "2023-06-01"


def _view_beside_the_map(at: AppTest) -> dict:
    (script,) = [h.proto.body for h in at.get("html") if "flPendingView" in h.proto.body]
    return json.loads(re.search(r"var o = (\{.*?\});\n", script, re.S).group(1))


def test_a_filter_changes_the_view_beside_the_map_not_the_map(home: Path) -> None:
    at = _app()
    (first,) = at.get("component_instance")
    everything = _view_beside_the_map(at)
    assert everything["mask"] is None and sum(n for _, _, n in everything["legend"]) == 11
    _by_key(at.sidebar.multiselect, "f_types").set_value(["Battles"]).run()
    assert not at.exception, at.exception
    (again,) = at.get("component_instance")
    # the very same message: Streamlit sends it as a reference, the browser keeps the map mounted
    assert again.proto.json_args == first.proto.json_args and again.proto.component_name == "streamlit_folium.st_folium"
    battles = _view_beside_the_map(at)
    assert battles["base"] == everything["base"]
    assert [t for t, _, _ in battles["legend"]] == ["Battles"]
    events = _store_events(home)
    assert sum(n for _, _, n in battles["legend"]) == int((events["event_type"] == "Battles").sum()) == len(_map_ids(at))


def test_type_and_text_filters_follow_the_query_string(home: Path) -> None:
    events = _store_events(home)
    at = _app(type="Battles")
    assert not at.exception
    battles = set(events.loc[events["event_type"] == "Battles", "id"].astype(str))
    assert battles and set(_map_ids(at)) == battles
    assert _by_key(at.sidebar.multiselect, "f_types").value == ["Battles"]

    at = _app(q="klishchevka")
    ids = set(_map_ids(at))
    expected = set(events.loc[events["sentence"].str.contains("Klishchevka"), "id"].astype(str))
    assert ids == expected and ids


def test_confidence_threshold_and_bad_query_values(home: Path) -> None:
    events = _store_events(home)
    at = _app(conf="0.9", to="not-a-date")
    assert not at.exception
    expected = set(events.loc[events["confidence"] >= 0.9, "id"].astype(str))
    assert set(_map_ids(at)) == expected
    assert len(expected) < len(events)


def test_table_selection_focuses_the_map(home: Path) -> None:
    at = _app()
    table = at.dataframe[0].value
    at.session_state["table"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    wanted = str(table["id"].iloc[1])
    assert at.session_state["focus_id"] == wanted
    assert at.query_params["sel"] == wanted
    assert any("Selected:" in m.value for m in at.markdown)


def test_front_line_snapshot_and_distance_filter(home: Path) -> None:
    from geodata import frontline
    from geodata.store import Store

    with Store(home / "frontline.db") as store:
        for name in ("frontline-2023-07-10.geojson", "frontline-2024-07-10.geojson"):
            day, geom, sha = frontline.read_control_file(SHARED / "frontline" / name)
            store.add_control_snapshot(day, geom, source="DeepStateMap", sha256=sha)
        events = store.events()
        snaps = {dt.date.fromisoformat(str(s["date"])[:10]): store.control_geometry(s["date"])
                 for s in store.control_snapshots()}
    at = _app()
    assert not at.exception, at.exception
    captions = [c.value for c in at.caption]
    # the sample ends in July 2023: the 2023-07-10 snapshot is the one on or before the end date
    assert any("snapshot of 2023-07-10" in c for c in captions), captions
    _by_key(at.sidebar.toggle, "f_near_on").set_value(True).run()
    _by_key(at.sidebar.number_input, "f_near_km").set_value(30.0).run()
    assert not at.exception
    dist = frontline.annotate_events(events, snaps)
    near = set(dist.loc[dist["frontline_distance_km"].abs() <= 30, "id"].astype(str))
    assert set(_map_ids(at)) == near
    assert 0 < len(near) < len(events), "Bakhmut is near the line, Vilnius and Kaluga are not"
    assert at.query_params["km"] == "30"
    # the gained/lost toggle is part of a shared view too
    _by_key(at.sidebar.toggle, "f_change").set_value(True).run()
    assert not at.exception and at.query_params["change"] == "1"
    shared = _app(km="30", change="1")
    assert _by_key(shared.sidebar.toggle, "f_change").value is True
    assert set(_map_ids(shared)) == near


# --- adding reports --------------------------------------------------------------------------

REPORT = ("Russian forces shelled Kharkiv on Saturday, the regional governor said. "
          "Heavy fighting continued near Avdiivka in the Donetsk region.")


def test_add_report_previews_then_stores_events(home: Path) -> None:
    at = _page(_app(), "Add a report")
    before = len(_store_events(home))
    _by_key(at.text_area, "add_text").input(REPORT)
    _by_key(at.date_input, "add_published").set_value(dt.date(2024, 2, 17))
    _by_key(at.text_input, "add_source").input("test wire")
    _by_key(at.button, "add_preview").click().run()
    assert not at.exception, at.exception
    assert any("Found" in s.value for s in at.success)
    assert len(_store_events(home)) == before, "a preview stores nothing"
    _by_key(at.button, "add_save").click().run()
    assert not at.exception
    events = _store_events(home)
    mine = events[events["source"] == "test wire"]
    assert len(mine) >= 1
    assert set(mine["published"].astype(str)) == {"2024-02-17"}
    assert {"Kharkiv", "Avdiivka"} & set(mine["place"])
    assert any("Saved 1 report" in s.value for s in at.success)


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("empty.txt", b"   \n", "empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    ("odd.txt", b"\x98\x98 Bakhmut \x98", "UTF-8"),
    ("huge.txt", b"Bakhmut was shelled. " * ((MAX_UPLOAD_MB * 1024 * 1024) // 21 + 10), f"{MAX_UPLOAD_MB} MB"),
])
def test_bad_uploads_say_why_and_store_nothing(home: Path, name: str, data: bytes, needle: str) -> None:
    at = _page(_app(), "Add a report")
    before = len(_store_events(home))
    _by_key(at.radio, "add_how").set_value("Upload a file").run()
    _by_key(at.date_input, "add_published").set_value(dt.date(2024, 2, 17))
    _by_key(at.file_uploader, "add_file").set_value((name, data, "text/plain"))
    _by_key(at.button, "add_preview").click().run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert any(needle in e and "Nothing was stored" in e for e in errors), errors
    assert not any(getattr(b, "key", None) == "add_save" for b in at.button)
    assert len(_store_events(home)) == before


def test_utf16_upload_is_read(home: Path) -> None:
    at = _page(_app(), "Add a report")
    _by_key(at.radio, "add_how").set_value("Upload a file").run()
    _by_key(at.date_input, "add_published").set_value(dt.date(2024, 2, 17))
    _by_key(at.file_uploader, "add_file").set_value(("wire.txt", REPORT.encode("utf-16"), "text/plain"))
    _by_key(at.button, "add_preview").click().run()
    assert not at.exception
    assert any("Found" in s.value for s in at.success), [e.value for e in at.error]


# --- review ----------------------------------------------------------------------------------

def test_correction_persists_applies_everywhere_and_undoes(home: Path) -> None:
    from geodata.store import Store, fold_mention as fold

    at = _page(_app(), "Review")
    _by_key(at.selectbox, "rev_mention").set_value("Liman").run()
    cands = _by_key(at.radio, "rev_cand")
    before = _store_events(home)
    old_place = set(before.loc[before["place_mention"] == "Liman", "place"])
    assert len(old_place) == 1
    labels = [str(o) for o in cands.options]
    # a deliberate "wrong" fix: the first candidate that is not the place chosen now
    pick = next(i for i, label in enumerate(labels) if not label.startswith(f"{next(iter(old_place))} ·"))
    cands.set_value(pick).run()
    _by_key(at.button, "rev_save").click().run()
    assert not at.exception, at.exception
    with Store(home / "frontline.db", read_only=True) as store:
        aliases = store.aliases()
    assert fold("Liman") in aliases
    fix = aliases[fold("Liman")]
    after = _store_events(home)
    moved = after[after["place_mention"] == "Liman"]
    assert set(moved["place_id"]) == {fix["place_id"]} and set(moved["place"]) == {fix["name"]}
    assert all(abs(p.y - fix["lat"]) < 1e-4 and abs(p.x - fix["lon"]) < 1e-4 for p in moved.geometry)
    assert any("Correction" in s.value for s in at.success)

    _by_key(at.button, "rev_undo").click().run()
    with Store(home / "frontline.db", read_only=True) as store:
        assert fold("Liman") not in store.aliases()
    restored = _store_events(home)
    assert set(restored.loc[restored["place_mention"] == "Liman", "place"]) == old_place


# --- read-only, missing and locked stores -------------------------------------------------------

def test_read_only_hides_add_and_review(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_READ_ONLY", "1")
    at = _app()
    assert not at.exception
    assert _by_key(at.segmented_control, "page").options == ["Map", "Reports"]
    keys = {getattr(w, "key", None) for w in [*at.button, *at.text_area, *at.file_uploader]}
    assert not keys & {"add_preview", "add_save", "rev_save", "rev_undo", "add_text", "add_file"}
    assert _map_ids(at)


def test_missing_store_in_read_only_mode_is_a_message(fresh_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = fresh_home
    monkeypatch.setenv("FRONTLINE_READ_ONLY", "1")
    monkeypatch.setenv("FRONTLINE_DB", str(home / "nowhere" / "missing.db"))
    at = _app()
    assert not at.exception
    assert at.error and "cannot open its data" in at.error[0].value
    assert "missing.db" in _texts(at)


def test_a_file_that_is_not_a_store_is_a_message(fresh_home: Path) -> None:
    home = fresh_home
    (home / "frontline.db").write_text("these are my notes, not a database\n", encoding="utf-8")
    at = _app()
    assert not at.exception
    assert at.error and "cannot open its data" in at.error[0].value
    assert "not a frontline-map store" in at.error[0].value
    assert (home / "frontline.db").read_text(encoding="utf-8").startswith("these are my notes")


# --- pure helpers ----------------------------------------------------------------------------

def test_query_string_round_trip() -> None:
    f = vs.Filters(date_from=dt.date(2023, 6, 1), types=("Battles", "Protests"), min_confidence=0.5,
                   text="near Bakhmut, west", countries=("UA",), selected="e1", change=True)
    q = vs.to_query(f)
    assert q["type"] == ["Battles", "Protests"] and q["from"] == "2023-06-01"
    back = vs.from_query(q)
    assert back == f
    bad = vs.from_query({"from": "yesterday", "conf": "7", "prec": ["day", "fortnight"]})
    assert bad.date_from is None and bad.min_confidence == 0.0 and bad.precisions == ("day",)
    assert len(bad.problems) == 2 and any("?from=yesterday" in p for p in bad.problems)


def test_date_overlap_keeps_spans_that_touch_the_range() -> None:
    frame = pd.DataFrame({"id": ["may", "week", "jul9"], "date": ["2023-05-01", "2023-07-03", "2023-07-09"],
                          "date_end": ["2023-05-31", "2023-07-10", "2023-07-09"],
                          "event_type": ["Battles"] * 3, "date_precision": ["month", "week", "day"],
                          "confidence": [0.9, 0.5, 0.8]})
    keep = vs.apply(frame, vs.Filters(date_from=dt.date(2023, 7, 5)))
    assert list(keep["id"]) == ["week", "jul9"]
    keep = vs.apply(frame, vs.Filters(date_to=dt.date(2023, 5, 15), precisions=("month",)))
    assert list(keep["id"]) == ["may"]
    assert vs.date_bounds(frame) == (dt.date(2023, 5, 1), dt.date(2023, 7, 10))
    assert vs.brush_dates({"brush": {"day": [1688860800000, 1688947200000]}}) == (dt.date(2023, 7, 9),
                                                                                  dt.date(2023, 7, 10))


def test_highlight_escapes_report_text() -> None:
    text = 'Shelling near <script>alert("x")</script> Bakhmut & Liman.'
    places = pd.DataFrame({"name": ["Bakhmut", "Lyman"], "mentions": [["Bakhmut"], ["Liman"]]})
    out = highlight.highlight_html(text, highlight.mention_spans(text, None, places))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert '<mark title="Bakhmut">Bakhmut</mark>' in out and '<mark title="Lyman">Liman</mark>' in out
    assert "&amp;" in out


def test_upload_checks_name_the_file_and_the_limit() -> None:
    with pytest.raises(InputError, match=r"big\.txt: 2\.0 MB is over the 1 MB upload limit"):
        uploads.reports_from_upload("big.txt", b"x" * (2 * 1024 * 1024), published=dt.date(2024, 1, 1),
                                    source=None, limit_mb=1)
    with pytest.raises(InputError, match=r"report\.pdf: \.pdf files are not read here"):
        uploads.reports_from_upload("report.pdf", b"%PDF-1.4", published=dt.date(2024, 1, 1), source=None,
                                    limit_mb=1)
    with pytest.raises(InputError, match="publication date"):
        uploads.report_from_paste("Bakhmut was shelled.", published=None, source=None)
    reports, skipped = uploads.reports_from_upload(
        "feed.jsonl", b'{"id": "a", "published": "2023-07-10", "text": "Bakhmut was shelled."}\nnot json\n',
        published=None, source="feed", limit_mb=1)
    assert [r.id for r in reports] == ["a"] and reports[0].source == "feed"
    assert len(skipped) == 1 and skipped[0].startswith("feed.jsonl line 2")


def test_server_command_is_safe_by_default(tmp_path: Path) -> None:
    cmd = streamlit_command(port=8765)
    assert "--server.address=127.0.0.1" in cmd and "--server.enableXsrfProtection=true" in cmd
    assert "--browser.gatherUsageStats=false" in cmd and f"--server.maxUploadSize={MAX_UPLOAD_MB}" in cmd
    assert "--server.headless=true" in cmd  # never Streamlit's first-run e-mail prompt
    env = app_environment(db=tmp_path / "x.db", read_only=True)
    assert env["FRONTLINE_DB"] == str((tmp_path / "x.db").resolve()) and env["FRONTLINE_READ_ONLY"] == "1"
    with pytest.raises(InputError, match="--port 70000"):
        streamlit_command(port=70000)
    with pytest.raises(InputError, match="does not exist"):
        app_environment(db=tmp_path / "no" / "x.db")


def test_uploaded_file_names_are_never_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    hostile = "../../escape/..\\evil name;rm -rf.txt"
    reports, _ = uploads.reports_from_upload(hostile, b"Russian forces shelled Bakhmut on July 9.",
                                             published=dt.date(2023, 7, 10), source=None, limit_mb=1)
    assert len(reports) == 1 and reports[0].path == hostile  # shown as given, escaped where shown
    assert not (tmp_path.parent / "escape").exists() and list(tmp_path.iterdir()) == []
    assert "/" not in uploads._safe_name(hostile) and "\\" not in uploads._safe_name(hostile)


def test_serve_warms_the_app_up_before_any_viewer(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                                                    gazetteer) -> None:
    """``frontline serve`` runs the script once on its own: the sample is in the store with no browser."""
    from dashboard.server import warm_up
    from tests.test_browser import free_port, start_server, stop_server

    db = tmp_path / "frontline.db"
    proc, url = start_server(shared_home(tmp_path_factory), db)
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                if db.exists() and len(_store_events(tmp_path)):
                    break
            except StoreError:  # the app is still creating the store
                pass
            time.sleep(0.5)
        events = _store_events(tmp_path)
        assert set(events["source"]) == {"sample"} and "Bakhmut" in set(events["place"])
        assert warm_up(url, timeout=120) is True  # and a second run, warm, finishes too
    finally:
        stop_server(proc)
    assert warm_up(f"http://127.0.0.1:{free_port()}", timeout=10) is False  # nobody listening
