"""Extraction end to end: the sample report's gold, the test corpus, the CLI and bad input."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.bench_extract import accuracy, gold_pairs, score
from geodata import cli
from geodata.extract import extract, extract_path, extract_text
from geodata.reports import report_from_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "ukraine-2023-07-10.txt"
GOLD = json.loads(SAMPLE.with_suffix(".gold.json").read_text(encoding="utf-8"))
PUB = dt.date(2023, 7, 10)


@pytest.fixture(scope="module")
def sample(gazetteer):
    return extract_text(SAMPLE.read_text(encoding="utf-8"), PUB, gazetteer=gazetteer)


def test_sample_holds_the_gold(sample):
    result = score(sample, GOLD)
    assert result["failures"] == []
    assert result["places_found"] == len(GOLD["places"])
    assert result["events_found"] == sum(1 for e in GOLD["events"] if not e.get("optional"))


def test_sample_has_no_event_in_kyiv_and_kiev_is_no_place(sample):
    assert not sample.events["place"].isin(["Kyiv", "Kiev"]).any()
    mentions = {m for ms in sample.places["mentions"] for m in ms}
    assert "Kiev" not in mentions
    assert not mentions & set(GOLD["not_places"])


def test_sample_event_fields(sample):
    ev = sample.events
    lyman = ev[ev["place"] == "Lyman"].iloc[0]
    assert lyman["admin1"] == "Donetsk Oblast" and lyman["relation"] == "near"
    assert lyman["sentence"][int(lyman["mention_start"]):int(lyman["mention_end"])] == "Liman"
    crimea = ev[ev["place"] == "Crimea"].iloc[0]
    assert crimea["claimed_by"] == "Russian Ministry of Defence"
    assert crimea["location_precision"] == "region" and crimea["uncertainty_km"] > 100
    may = ev[(ev["place"] == "Bakhmut") & (ev["date_precision"] == "month")].iloc[0]
    assert (may["date"], may["date_end"]) == ("2023-05-01", "2023-05-31")
    assert "Wagner Group" in may["actors"]
    assert ev["id"].is_unique and set(ev["report_id"]) == {sample.report.id}
    assert ev["confidence"].between(0, 1).all()


def test_sample_places_carry_candidates(sample):
    pl = sample.places.set_index("name")
    assert pl.loc["Klishchiivka", "country_code"] == "UA"
    # Lyman has namesakes in Kharkiv and Odesa oblasts: they are offered as runners-up
    runner_admin1 = {c["admin1"] for c in pl.loc["Lyman", "candidates"]}
    assert "Kharkiv Oblast" in runner_admin1


@pytest.mark.parametrize("txt,gold", [p for p in gold_pairs() if p[0] != SAMPLE], ids=lambda p: p.stem)
def test_corpus_report_holds_its_gold(gazetteer, txt, gold):
    g = json.loads(gold.read_text(encoding="utf-8"))
    ex = extract_text(txt.read_text(encoding="utf-8"), dt.date.fromisoformat(g["published"]), gazetteer=gazetteer)
    assert score(ex, g)["failures"] == []


def test_corpus_precision_and_recall(gazetteer):
    tot = accuracy(gazetteer)["total"]
    assert len(gold_pairs()) >= 9
    assert tot["place_recall"] >= 0.95 and tot["event_recall"] >= 0.95
    assert tot["place_precision"] >= 0.9 and tot["event_precision"] >= 0.9


def test_aliases_override_the_gazetteer(gazetteer):
    rep = report_from_text("Heavy fighting continued near Liman on Sunday.", PUB)
    fix = {"liman": {"place_id": "gn:704212", "name": "Lyman (Kharkiv)", "lat": 49.46, "lon": 37.63,
                     "country_code": "UA", "admin1": "Kharkiv Oblast"}}
    ev = extract(rep, gazetteer=gazetteer, aliases=fix).events
    assert list(ev["place"]) == ["Lyman (Kharkiv)"]
    assert ev.geometry.iloc[0].y == pytest.approx(49.46)


def test_region_in_same_sentence_disambiguates(gazetteer):
    text = "Russian troops shelled Mykolaivka in the Donetsk region on Tuesday."
    ev = extract_text(text, PUB, gazetteer=gazetteer).events
    assert list(ev["admin1"]) == ["Donetsk Oblast"]
    assert ev["date"].iloc[0] == "2023-07-04"


def test_metonym_capitals_are_actors_but_strikes_on_them_are_events(gazetteer):
    ex = extract_text("Moscow said its forces repelled attacks near Kupiansk. Russian drones attacked Kyiv "
                      "overnight.", PUB, gazetteer=gazetteer)
    assert set(ex.events["place"]) == {"Kupiansk", "Kyiv"}
    assert "Moscow" not in set(ex.places["name"])


def test_empty_text_gives_empty_layers(gazetteer):
    ex = extract_text("Nothing happened here.", PUB, gazetteer=gazetteer)
    assert len(ex.events) == 0 and len(ex.places) == 0


# --------------------------------------------------------------------------- the CLI

def _cli(capsys, *argv):
    code = cli.main(["extract", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sample_to_file_and_places_layer(gazetteer, capsys, tmp_path):
    out = tmp_path / "events.geojson"
    code, _, err = _cli(capsys, SAMPLE, "--published", "2023-07-10", "-o", out)
    assert code == 0, err
    fc = json.loads(out.read_text())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) >= 10
    lon, lat = next(f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["place"] == "Lyman")
    assert 37.7 < lon < 37.9 and 48.9 < lat < 49.1  # RFC 7946: lon first
    code, stdout, _ = _cli(capsys, SAMPLE, "--published", "2023-07-10", "--layer", "places")
    names = {f["properties"]["name"] for f in json.loads(stdout)["features"]}
    assert {"Vilnius", "Sumy Oblast", "Rostov Oblast", "Klishchiivka"} <= names


def test_cli_jsonl_keeps_good_rows_and_reports_bad_line(gazetteer, capsys, tmp_path):
    path = tmp_path / "reports.jsonl"
    rows = [json.dumps({"id": "a", "published": "2023-07-10", "text": "Russian forces shelled Kherson on Sunday."}),
            "{not json",
            json.dumps({"id": "b", "published": "2024-05-12", "source": "wire",
                        "text": "Heavy fighting continued near Vovchansk on Sunday."})]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = _cli(capsys, path)
    assert code == 0
    feats = json.loads(out)["features"]
    assert {f["properties"]["report_id"] for f in feats} == {"a", "b"}
    assert "line 2" in err and len(err.strip().splitlines()) == 1


def test_cli_csv_rows(gazetteer, capsys, tmp_path):
    path = tmp_path / "reports.csv"
    path.write_text('id,published,text\nc1,2023-06-26,"Russian forces shelled Orikhiv on Sunday."\n', encoding="utf-8")
    code, out, _ = _cli(capsys, path)
    feats = json.loads(out)["features"]
    assert code == 0 and [f["properties"]["place"] for f in feats] == ["Orikhiv"]
    assert feats[0]["properties"]["date"] == "2023-06-25"


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16"])
def test_cli_reads_other_encodings(gazetteer, capsys, tmp_path, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes("Russian forces shelled Kherson on Sunday, the governor said «today».".encode(encoding))
    code, out, err = _cli(capsys, path, "--published", "2023-07-10")
    assert code == 0, err
    assert [f["properties"]["place"] for f in json.loads(out)["features"]] == ["Kherson"]


def test_cli_html_is_stripped(gazetteer, capsys, tmp_path):
    path = tmp_path / "report.html"
    path.write_text("<html><head><title>T</title><script>var Kharkiv=1;</script></head><body>"
                    "<p>Russian forces shelled <b>Kherson</b> on Sunday.</p></body></html>", encoding="utf-8")
    code, out, _ = _cli(capsys, path, "--published", "2023-07-10")
    feats = json.loads(out)["features"]
    assert code == 0 and [f["properties"]["place"] for f in feats] == ["Kherson"]
    assert feats[0]["properties"]["title"] == "T"


@pytest.mark.parametrize("case", ["missing", "empty", "binary", "bad-date", "no-date"])
def test_cli_bad_input_is_one_line_exit_2(gazetteer, capsys, tmp_path, case):
    path = tmp_path / "report.txt"
    args = ["--published", "2023-07-10"]
    if case == "empty":
        path.write_bytes(b"")
    elif case == "binary":
        path.write_bytes(bytes(range(256)) * 40)
    elif case == "bad-date":
        path.write_text("Fighting near Bakhmut.", encoding="utf-8")
        args = ["--published", "10/07/2023"]
    elif case == "no-date":
        path.write_text("Fighting near Bakhmut.", encoding="utf-8")
        args = []
    code, out, err = _cli(capsys, path, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert str(path) in err or "--published" in err


def test_cli_large_file_bounded(gazetteer, capsys, tmp_path):
    # ~1 MB of repeated report text through the chunked path (50 MB is the same code, only slower)
    para = SAMPLE.read_text(encoding="utf-8") + "\n"
    path = tmp_path / "big.txt"
    path.write_text(para * 220, encoding="utf-8")
    assert path.stat().st_size > 1_000_000
    code, out, _ = _cli(capsys, path, "--published", "2023-07-10", "--layer", "places")
    assert code == 0
    names = {f["properties"]["name"] for f in json.loads(out)["features"]}
    assert {"Bakhmut", "Lyman", "Vilnius"} <= names


@pytest.mark.usefixtures("alone")  # a wall-clock bound: not beside the other worker
def test_cold_cli_subprocess_is_fast(gazetteer):
    import time

    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "geodata.cli", "extract", str(SAMPLE), "--published", "2023-07-10"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - t0
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["features"]) >= 10
    assert elapsed < 6  # bar is 2 s on a quiet machine (bench/bench_extract.py); CI machines are noisy
