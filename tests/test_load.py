"""Load: several dashboard sessions at once while ``frontline ingest`` writes the same store.

One real ``frontline serve`` on 127.0.0.1, a few headless Chromium pages (each in
its own browser context, so each is its own Streamlit session) and a real
ingest in a child process.  The pages load at once, then keep reloading until
the ingest ends.  Nothing may go wrong: every page draws its pins with no error
on screen and no request leaving the machine, the ingest stores every report,
the store passes SQLite's integrity check, and a page loaded afterwards sees
the new events.  Bounded: a handful of pages, a few hundred short reports.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from test_browser import LOCAL, browser, map_frame, start_server, stop_server  # noqa: F401 (browser: a fixture)
from test_ingest import generate_reports

from geodata.store import Store

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(240)]

VIEWERS = 4
BEFORE = 40
"""Reports in the store when the server starts."""
DURING = 2000
"""Reports the concurrent ingest adds (in batches, one transaction each): enough to outlast a page load."""
RELOAD_FOR_S = 60.0
"""Pages stop reloading after this long even if the ingest (slowed by a busy machine) still runs."""
INGEST_TIMEOUT_S = 150.0
PAGE_TIMEOUT_S = 60.0
FRONTLINE = [sys.executable, "-m", "geodata.cli"]
ERROR_TEXT = ("database is locked", "is locked by another program", "cannot open its data", "Traceback",
              "Connection error", "Is Streamlit still running")


def _write_jsonl(path: Path, lines: list[str], per_file: int = 100) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for i in range(0, len(lines), per_file):
        (path / f"part-{i // per_file:03d}.jsonl").write_text("\n".join(lines[i:i + per_file]) + "\n",
                                                             encoding="utf-8")
    return path


def _assert_clean(page: Any, requests: list[str]) -> None:
    """No Streamlit exception box, no error text, no request off 127.0.0.1 in this page so far."""
    assert page.locator('[data-testid="stException"]').count() == 0, page.inner_text("body")[:2000]
    text = page.inner_text("body")
    found = [t for t in ERROR_TEXT if t in text]
    assert not found, f"error on the page: {found}: {text[:2000]}"
    outside = [u for u in requests if not u.startswith(LOCAL)]
    assert outside == [], f"requests left the machine: {outside[:5]}"


def test_viewers_stay_served_while_an_ingest_writes(browser: Any, gazetteer: Any, tmp_path: Path) -> None:
    # gazetteer: built (or found) before the clock starts, so the ingest child only loads the cache
    lines = list(generate_reports(BEFORE + DURING, seed=9))
    db = tmp_path / "store.db"
    first = subprocess.run([*FRONTLINE, "ingest", str(_write_jsonl(tmp_path / "first", lines[:BEFORE])),
                            "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    with Store(db, read_only=True) as s:
        events_before = s.count_events()
    assert events_before > 0
    later = _write_jsonl(tmp_path / "later", lines[BEFORE:])

    proc, url = start_server(tmp_path, db)
    contexts, pages, requests = [], [], []
    ingest = None
    try:
        for _ in range(VIEWERS):
            context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
            seen: list[str] = []
            context.on("request", lambda req, seen=seen: seen.append(req.url))
            contexts.append(context)
            pages.append(context.new_page())
            requests.append(seen)
        ingest_log = tmp_path / "ingest.log"
        with ingest_log.open("wb") as log:
            ingest = subprocess.Popen([*FRONTLINE, "ingest", str(later), "--db", str(db)],
                                      stdout=log, stderr=subprocess.STDOUT)
        started = time.monotonic()
        for page in pages:  # all sessions start before any is waited for
            page.goto(url, wait_until="commit")
        counts = []
        for i, page in enumerate(pages):
            _, state = map_frame(page, PAGE_TIMEOUT_S, what=f"viewer {i}'s pins")
            assert state["n"] >= events_before
            _assert_clean(page, requests[i])
            counts.append(state["n"])

        # keep reading while the writer writes: reload the pages in turn until the ingest ends
        reloads = 0
        while ingest.poll() is None and time.monotonic() < started + RELOAD_FOR_S:
            i = reloads % VIEWERS
            pages[i].reload(wait_until="commit")
            _, state = map_frame(pages[i], PAGE_TIMEOUT_S, what=f"viewer {i}'s pins on reload {reloads}")
            _assert_clean(pages[i], requests[i])
            counts.append(state["n"])
            reloads += 1
            pages[i].wait_for_timeout(300)  # readers pace themselves: the writer shares two cores
        ingest.wait(timeout=max(5.0, started + INGEST_TIMEOUT_S - time.monotonic()))
        err = ingest_log.read_text(encoding="utf-8", errors="replace")
        assert ingest.returncode == 0, err
        assert f"{DURING} new, 0 unchanged, 0 replaced, 0 failed" in err

        with Store(db, read_only=True) as s:
            assert len(s.reports()) == BEFORE + DURING
            events_after = s.count_events()
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert events_after > events_before

        # the dashboard sees the new data, and no page ever showed more than the store ended with
        pages[0].reload(wait_until="commit")
        _, state = map_frame(pages[0], PAGE_TIMEOUT_S, expect=events_after, what="all pins after the ingest")
        _assert_clean(pages[0], requests[0])
        assert max(counts) <= events_after
        assert min(counts) < events_after, f"no page was drawn while the ingest wrote: {counts}"
        log = db.with_suffix(".log").read_text(encoding="utf-8", errors="replace")
        assert not [t for t in ("Traceback", "database is locked", "Error") if t in log], log[-3000:]
    finally:
        if ingest is not None and ingest.poll() is None:
            ingest.kill()
            ingest.wait()
        for context in contexts:
            context.close()
        stop_server(proc)
