"""Benchmark of the store and the batch ingest.

* ingest rate of generated short reports (10,000; 100,000 when
  ``FRONTLINE_BENCH_100K=1``) through ``frontline ingest --workers 2`` code, and
  the store size;
* query time of bbox + date range on 1,000,000 synthetic events inserted
  directly (not via extraction), against a full scan of the same filter in the
  same process as the baseline.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from geodata.store import Store, day_number, gpkg_point

_EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians",
                "Strategic developments", "Protests", "Riots")


def _insert_synthetic(store: Store, n: int, seed: int = 7) -> None:
    """Insert ``n`` random events over Ukraine, Feb 2022 - Jul 2025, in one transaction."""
    rng = random.Random(seed)
    start = dt.date(2022, 2, 24)
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO reports (id, content_hash, text, ingested_at) VALUES ('synthetic', '-', '-', 'now')")
    rows, boxes = [], []
    for fid in range(1, n + 1):
        lon, lat = rng.uniform(22.0, 40.2), rng.uniform(44.3, 52.4)
        day = start + dt.timedelta(days=rng.randrange(1234))
        span = rng.choice((1, 1, 1, 1, 7, 30))
        d0 = day_number(day)
        d1 = d0 + span - 1
        rows.append((fid, gpkg_point(lon, lat), f"s{fid}", "synthetic", "Synthetic", day.isoformat(),
                     (day + dt.timedelta(days=span - 1)).isoformat(), "day" if span == 1 else "week" if span == 7 else "month",
                     rng.choice(_EVENT_TYPES), f"Place {fid % 5000}", f"gn:{fid % 5000}", "UA",
                     rng.uniform(1, 50), "Synthetic sentence.", rng.random(), lon, lat, d0, d1, fid))
        boxes.append((fid, lon, lon, lat, lat, d0, d1))
        if len(rows) >= 50_000:
            _flush(conn, rows, boxes)
    _flush(conn, rows, boxes)
    conn.execute("COMMIT")


def _flush(conn: sqlite3.Connection, rows: list, boxes: list) -> None:
    conn.executemany(
        "INSERT INTO events (fid, geom, id, report_id, source, date, date_end, date_precision, event_type, place,"
        " place_id, country_code, uncertainty_km, sentence, confidence, lon, lat, day_from, day_to, cluster)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany("INSERT INTO events_rtree VALUES (?,?,?,?,?,?,?)", boxes)
    rows.clear()
    boxes.clear()


def _best(fn, repeat: int = 5) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def query_bench(n: int = 1_000_000) -> dict[str, float]:
    """Build a store of ``n`` synthetic events and time bbox + date-range queries."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "q.db"
        with Store(path) as store:
            t0 = time.perf_counter()
            _insert_synthetic(store, n)
            out["synthetic_events"] = n
            out["synthetic_insert_s"] = round(time.perf_counter() - t0, 1)
        out["synthetic_store_mb"] = round(path.stat().st_size / 2**20, 1)
        with Store(path, read_only=True) as store:
            # around Bakhmut, 1 x 1 degree, one month
            filt = dict(bbox=(37.5, 48.1, 38.5, 49.1), date_from="2023-07-01", date_to="2023-07-31")
            t_ids, ids = _best(lambda: store.event_fids(**filt))
            t_frame, frame = _best(lambda: store.events(**filt))
            d0, d1 = day_number("2023-07-01"), day_number("2023-07-31")
            scan_sql = ("SELECT fid FROM events NOT INDEXED WHERE lon BETWEEN 37.5 AND 38.5 AND lat BETWEEN 48.1 AND 49.1"
                        f" AND day_to >= {d0} AND day_from <= {d1}")
            t_scan, scan = _best(lambda: store._read(scan_sql), repeat=2)
            assert sorted(ids) == sorted(r[0] for r in scan)
            out["query_rows_small"] = len(ids)
            out["query_ids_small_ms"] = round(t_ids * 1000, 2)
            out["query_geodataframe_small_ms"] = round(t_frame * 1000, 1)
            out["full_scan_small_ms"] = round(t_scan * 1000, 1)
            out["index_speedup_vs_scan"] = round(t_scan / t_ids, 1)
            # Donetsk oblast-sized box, three months
            big = dict(bbox=(36.5, 47.0, 39.0, 49.3), date_from="2023-05-01", date_to="2023-07-31")
            t_ids, ids = _best(lambda: store.event_fids(**big))
            t_frame, frame = _best(lambda: store.events(**big), repeat=3)
            out["query_rows_large"] = len(ids)
            out["query_ids_large_ms"] = round(t_ids * 1000, 2)
            out["query_geodataframe_large_ms"] = round(t_frame * 1000, 1)
    return out


def write_bench(n: int, batch: int = 32) -> dict[str, float]:
    """Store ``n`` ready-made extractions (2 events, 2 places each) without extraction: the write ceiling."""
    from geodata.ingest import _Extracted
    from geodata.reports import report_from_text

    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "w.db"
        t0 = time.perf_counter()
        with Store(db) as store:
            for start in range(0, n, batch):
                items = []
                for i in range(start, min(n, start + batch)):
                    day = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(1200))
                    rep = report_from_text(f"Report {i} text.", day, rng.choice(("AP", "TASS")), f"w{i}")
                    evs, pls = [], []
                    for k in range(2):
                        lon, lat = rng.uniform(34.0, 39.0), rng.uniform(46.5, 50.5)
                        pid = f"gn:{rng.randrange(3000)}"
                        evs.append(dict(id=f"w{i}-e{k}", date=day.isoformat(), date_end=day.isoformat(),
                                        date_precision="day", event_type=rng.choice(_EVENT_TYPES[:3]),
                                        place=pid, place_mention=pid, place_id=pid, lon=lon, lat=lat,
                                        confidence=0.7, actors=["Russian forces"], sentence="A sentence."))
                        pls.append(dict(place_id=pid, name=pid, mentions=[pid], lon=lon, lat=lat))
                    items.append(_Extracted(rep, evs, pls))
                store.add_extractions(items)
        elapsed = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in Path(tmp).glob("w.db*"))
    return {f"write_{n}_reports_per_s": round(n / elapsed, 1), f"write_{n}_store_mb": round(size / 2**20, 1)}


def _write_reports(folder: Path, n: int) -> None:
    """``n`` short reports as JSONL files of 1,000 rows, with real Ukrainian place names."""
    from tests.test_ingest import generate_reports

    folder.mkdir(parents=True, exist_ok=True)
    rows = list(generate_reports(n))
    for i in range(0, n, 1000):
        lines = [r for r in rows[i:i + 1000]]
        (folder / f"part-{i // 1000:04d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def ingest_bench(n: int, workers: int = 2) -> dict[str, float]:
    """Ingest ``n`` generated reports with ``workers`` processes; rate, store size, peak memory."""
    from geodata import ingest

    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "reports", Path(tmp) / "store.db"
        _write_reports(folder, n)
        t0 = time.perf_counter()
        code = ingest.run([folder], db=db, workers=workers, progress=False)
        elapsed = time.perf_counter() - t0
        t1 = time.perf_counter()
        ingest.run([folder], db=db, workers=workers, progress=False)
        again = time.perf_counter() - t1
        with Store(db, read_only=True) as store:
            events, rows = store.count_events(), store.count_events(merged=False)
        size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob("store.db-*"))
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return {f"ingest_{n}_exit": code, f"ingest_{n}_reports_per_s": round(n / elapsed, 1),
            f"ingest_{n}_s": round(elapsed, 1), f"reingest_{n}_unchanged_s": round(again, 1),
            f"ingest_{n}_events_merged": events, f"ingest_{n}_event_rows": rows,
            f"ingest_{n}_store_mb": round(size / 2**20, 1), f"ingest_{n}_peak_rss_mb": round(peak)}


def run() -> dict[str, float]:
    """All store figures (see the module docstring)."""
    out: dict[str, float] = {}
    out.update(query_bench())
    out.update(write_bench(100_000))
    out.update(ingest_bench(10_000))
    if os.environ.get("FRONTLINE_BENCH_100K") == "1":
        out.update(ingest_bench(100_000))
    return out


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value}")
