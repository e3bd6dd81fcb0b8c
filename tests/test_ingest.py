"""Tests of ``frontline ingest``: real files, real extraction, real SQLite, real processes."""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from geodata import ingest
from geodata.cli import main
from geodata.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "samples" / "ukraine-2023-07-10.txt"
FRONTLINE = [sys.executable, "-m", "geodata.cli"]

_TEMPLATES = (
    "Russian forces shelled {place} in the {region} region on {day}, local officials said.",
    "Ukrainian troops repelled an assault near {place} on {day}, the General Staff reported.",
    "A drone strike hit {place} in the {region} region on {day}; two people were wounded.",
    "Fighting continued around {place} on {day}, according to the Russian Defense Ministry.",
)


def _places() -> list[tuple[str, str]]:
    """(name, region) of the UCDP front-line villages shipped in shared/gazetteer."""
    with (SHARED / "gazetteer" / "ucdp-places-ua.csv").open(encoding="utf-8") as fh:
        return [(r["name"], r["admin1"].replace(" Oblast", "")) for r in csv.DictReader(fh)]


def generate_reports(n: int, seed: int = 2023) -> Iterator[str]:
    """``n`` short JSONL report lines: template sentences with real place names and varied dates."""
    rng = random.Random(seed)
    places = _places()
    start = dt.date(2022, 3, 1)
    for i in range(n):
        published = start + dt.timedelta(days=rng.randrange(1200))
        sentences = []
        for _ in range(rng.choice((1, 2, 2, 3))):
            name, region = rng.choice(places)
            day = published - dt.timedelta(days=rng.randrange(0, 3))
            sentences.append(rng.choice(_TEMPLATES).format(place=name, region=region,
                                                           day=f"{day:%B} {day.day}"))
        yield json.dumps({"id": f"gen-{i:06d}", "published": published.isoformat(),
                          "source": rng.choice(("Reuters", "AP", "TASS", "Ukrainska Pravda", "Kyiv Independent")),
                          "text": " ".join(sentences)})


def _write_jsonl(folder: Path, n: int, per_file: int = 250) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = list(generate_reports(n))
    for i in range(0, n, per_file):
        (folder / f"part-{i // per_file:03d}.jsonl").write_text("\n".join(lines[i:i + per_file]) + "\n")
    return folder


def _snapshot(db: Path) -> tuple[int, int, list[tuple]]:
    with Store(db, read_only=True) as s:
        ev = s.events()
        rows = sorted(zip(ev["id"], ev["place"], ev["date"], ev["source_count"]))
        return s.count_events(), s.count_events(merged=False), rows


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, Path]:
    """2,000 generated reports and a store holding their clean (uninterrupted) ingest with 2 workers."""
    root = tmp_path_factory.mktemp("gen")
    folder = _write_jsonl(root / "reports", 2000)
    db = root / "clean.db"
    proc = subprocess.run([*FRONTLINE, "ingest", str(folder), "--db", str(db), "--workers", "2"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return folder, db


# --- the sample report ------------------------------------------------------------------


def test_sample_ingest_then_reingest_changes_nothing(tmp_path, capsys):
    db = tmp_path / "s.db"
    assert main(["ingest", str(SAMPLE), "--db", str(db), "--published", "2023-07-10", "--source", "RT"]) == 0
    err = capsys.readouterr().err
    assert "1 new, 0 unchanged, 0 replaced, 0 failed" in err
    with Store(db, read_only=True) as s:
        ev = s.events()
        assert "Bakhmut" in set(ev["place"])
        assert set(ev["report_id"]) == {"ukraine-2023-07-10"} and set(ev["source"]) == {"RT"}
        before = (s.count_events(), sorted(ev["id"]))
    size = db.stat().st_size
    assert main(["ingest", str(SAMPLE), "--db", str(db), "--published", "2023-07-10", "--source", "RT"]) == 0
    assert "0 new, 1 unchanged" in capsys.readouterr().err
    with Store(db, read_only=True) as s:
        assert (s.count_events(), sorted(s.events()["id"])) == before
    assert db.stat().st_size == size


def test_edited_report_replaces_and_correction_survives(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / "ukraine-2023-07-10.txt"
    shutil.copy(SAMPLE, report)
    db = tmp_path / "s.db"
    assert ingest.run([folder], db=db, published=dt.date(2023, 7, 10)) == 0
    with Store(db) as s:
        lyman = s.events(text="Liman")
        assert len(lyman) >= 1
        # a reviewer moves "Liman" to a chosen point (here: Lyman's GeoNames point shifted 0.1 degrees)
        target = {"place_id": "test:lyman", "name": "Lyman (reviewed)", "lat": 49.09, "lon": 37.81,
                  "country_code": "UA", "admin1": "Donetsk Oblast"}
        s.add_correction("Liman", target)
    report.write_text(SAMPLE.read_text() + "\nShelling was also reported in Liman on Sunday.\n")
    assert ingest.run([folder], db=db, published=dt.date(2023, 7, 10)) == 0
    assert "0 new, 0 unchanged, 1 replaced" in capsys.readouterr().err
    with Store(db, read_only=True) as s:
        liman = s.events(text="Liman")
        assert len(liman) > len(lyman)
        moved = liman[liman["place_mention"].str.casefold() == "liman"]
        assert len(moved) >= 2
        assert set(moved["place"]) == {"Lyman (reviewed)"}
        assert all(abs(g.y - 49.09) < 1e-9 for g in moved.geometry)
        assert "Shelling was also reported in Liman" in s.report("ukraine-2023-07-10").text


# --- bad input ----------------------------------------------------------------------------------


def test_bad_files_are_reported_and_skipped(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, folder / "sub" / "good.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.html").write_text("")
    (folder / "rows.jsonl").write_text(
        json.dumps({"id": "j1", "published": "2023-07-10", "text": "Russian forces shelled Bakhmut on Sunday."})
        + "\n{not json\n"
        + json.dumps({"id": "j2", "published": "July", "text": "Fighting near Lyman."}) + "\n")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4 ignored: not a report type")
    db = tmp_path / "s.db"
    proc = subprocess.run([*FRONTLINE, "ingest", str(folder), str(tmp_path / "missing.txt"), "--db", str(db),
                           "--published", "2023-07-10"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    for bad in ("binary.txt", "empty.html", "rows.jsonl line 2", "rows.jsonl line 3", "missing.txt"):
        assert any(bad in line for line in proc.stderr.splitlines()), (bad, proc.stderr)
    assert "2 new, 0 unchanged, 0 replaced, 5 failed" in proc.stderr
    with Store(db, read_only=True) as s:
        assert sorted(s.reports()["id"]) == ["good", "j1"]
        assert "Bakhmut" in set(s.events(report_id="j1")["place"])


def test_bad_arguments_and_foreign_db(tmp_path, capsys):
    assert main(["ingest", str(SAMPLE), "--workers", "0", "--db", str(tmp_path / "a.db")]) == 2
    assert "--workers 0" in capsys.readouterr().err
    foreign = tmp_path / "mine.db"
    foreign.write_text("my own data\n")
    assert main(["ingest", str(SAMPLE), "--published", "2023-07-10", "--db", str(foreign)]) == 2
    err = capsys.readouterr().err
    assert "not a frontline-map store" in err and len(err.strip().splitlines()) == 1
    assert foreign.read_text() == "my own data\n"


def test_duplicate_ids_in_one_run_are_refused(tmp_path, capsys):
    for sub, text in (("a", "Russian forces shelled Bakhmut on Sunday."), ("b", "Fighting near Lyman on Sunday.")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(text)
    code = ingest.run([tmp_path / "a", tmp_path / "b"], db=tmp_path / "s.db", published=dt.date(2023, 7, 10))
    assert code == 2
    assert "report id 'report' is used twice" in capsys.readouterr().err
    with Store(tmp_path / "s.db", read_only=True) as s:
        assert s.report("report").text.startswith("Russian forces shelled Bakhmut")


# --- volume, parallelism, crash safety ------------------------------------------------------------------


def test_two_thousand_reports_with_two_workers(generated, tmp_path):
    folder, db = generated
    events, rows, merged = _snapshot(db)
    with Store(db, read_only=True) as s:
        assert len(s.reports()) == 2000
        places = set(s.events()["place"])
    names = {n for n, _ in _places()}
    assert rows >= 2000 and events <= rows
    assert len(places & names) >= 50  # the villages named in the reports are where the pins are
    # the same input in one process gives the same store as with two workers
    single = tmp_path / "single.db"
    assert ingest.run([folder / "part-000.jsonl"], db=single, workers=1) == 0
    with Store(single, read_only=True) as s, Store(db, read_only=True) as both:
        a = s.events().set_index("id")
        b = both.events().set_index("id")
        common = a.index.intersection(b.index)
        assert len(common) >= 200
        assert (a.loc[common, "place"] == b.loc[common, "place"]).all()
    # memory stayed bounded: a rerun (all unchanged) of 2,000 reports, measured in a child process.
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork+exec from this (large) pytest process.
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from geodata.cli import main; code = main(sys.argv[1:]);"
         " print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]); sys.exit(code)",
         "ingest", str(folder), "--db", str(db), "--workers", "2"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0 and "0 new, 2000 unchanged" in proc.stderr
    assert int(proc.stdout.split()[-1]) < 1024 * 1024  # KiB: under 1 GB


def test_kill_minus_nine_then_rerun_matches_clean_run(generated, tmp_path):
    folder, clean_db = generated
    db = tmp_path / "killed.db"
    proc = subprocess.Popen([*FRONTLINE, "ingest", str(folder), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    stored = 0
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store(db, read_only=True) as s:
                    stored = len(s.reports())
            except Exception:  # the schema may not be committed yet
                stored = 0
            if stored >= 100:
                break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes, mid-run
    proc.wait()
    assert 100 <= stored < 2000, "the ingest finished before it could be killed"
    with Store(db, read_only=True) as s, Store(clean_db, read_only=True) as clean:
        partial = s.reports()
        assert 0 < len(partial) < 2000
        # every committed report is whole: as many event rows as the clean run stored for it
        full = clean.reports().set_index("id")["events"]
        assert (partial.set_index("id")["events"] == full.loc[partial["id"]].to_numpy()).all()
        assert partial["events"].sum() == s.count_events(merged=False)
    assert main(["ingest", str(folder), "--db", str(db), "--workers", "2"]) == 0
    assert _snapshot(db) == _snapshot(clean_db)
