"""Batch ingest: report files and folders into the store, resumable and idempotent.

Reports are read lazily (one file at a time), reports whose id and content hash
are already stored are skipped before extraction, the rest are extracted in
batches (in this process or in ``workers`` processes that each load the
gazetteer once) and every batch is written in one transaction.  A ``kill -9``
loses at most the batch in flight; running the same command again skips what
was committed and finishes the job.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geodata.errors import FrontlineError, InputError

BATCH_SIZE = 32
"""Reports per transaction (and per task sent to a worker)."""


@dataclass
class _Extracted:
    """What a worker sends back: the report and its layers as plain records (cheap to pickle)."""

    report: Any
    events: list[dict] = field(default_factory=list)
    places: list[dict] = field(default_factory=list)


_ALIASES: dict[str, dict] | None = None
_SNAPSHOTS: dict | None = None


def _init_worker(aliases: dict[str, dict], snapshots: dict | None = None) -> None:
    """Load the gazetteer once per worker process (and die with the parent on Linux)."""
    global _ALIASES, _SNAPSHOTS
    _die_with_parent()
    from geodata import gazetteer

    gazetteer.default()
    _ALIASES = aliases
    _SNAPSHOTS = snapshots


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the ingest process dies (kill -9 leaves no orphans)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
        except (OSError, AttributeError):
            pass


def _extract_batch(reports: Sequence[Any], aliases: dict[str, dict] | None = None,
                   snapshots: dict | None = None) -> list[tuple[str, Any, Any]]:
    """Extract each report; ``("ok", report, _Extracted)`` or ``("error", report, message)``.

    ``snapshots`` (date -> occupied geometry, the store's front line) steer ambiguous combat places.
    """
    from geodata import extract, gazetteer
    from geodata.store import _layer_rows

    gaz = gazetteer.default()
    aliases = _ALIASES if aliases is None else aliases
    snapshots = _SNAPSHOTS if snapshots is None else snapshots
    out: list[tuple[str, Any, Any]] = []
    for rep in reports:
        try:
            ex = extract.extract(rep, gazetteer=gaz, aliases=aliases, frontline=snapshots or None)
            out.append(("ok", rep, _Extracted(rep, _layer_rows(ex, "events"), _layer_rows(ex, "places"))))
        except FrontlineError as exc:
            out.append(("error", rep, str(exc)))
        except Exception as exc:  # a bug on one report must not stop the archive
            out.append(("error", rep, f"extraction failed ({type(exc).__name__}: {exc}); please report this"))
    return out


def _snapshots(store: Any) -> dict | None:
    """The store's front-line snapshots (date -> geometry), None when it holds none."""
    if not store.control_snapshots():
        return None
    from geodata.frontline import store_snapshots

    return store_snapshots(store)


def iter_files(paths: Iterable[Path], errors: list[str]) -> Iterator[Path]:
    """Report files under ``paths`` (folders walked recursively, sorted, hidden entries skipped)."""
    from geodata.reports import REPORT_SUFFIXES

    for path in paths:
        path = Path(path)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in REPORT_SUFFIXES:
                        yield Path(root) / name
        elif path.exists():
            yield path
        else:
            errors.append(f"{path}: no such file or folder; check the path")


def iter_reports(files: Iterable[Path], *, published: dt.date | None, source: str | None,
                 errors: list[str]) -> Iterator[Any]:
    """Reports of every file; an unreadable file or row goes to ``errors`` and is skipped."""
    from geodata.reports import read_reports

    for path in files:
        try:
            yield from read_reports(path, published=published, source=source, errors=errors)
        except InputError as exc:
            errors.append(str(exc))
        except OSError as exc:
            errors.append(f"{path}: cannot read ({exc.strerror}); check the file")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Progress:
    """tqdm bar on a terminal; silent otherwise.  Errors are printed as they come."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from tqdm import tqdm

            self.bar = tqdm(unit=" reports", desc="ingest", dynamic_ncols=True, file=sys.stderr)

    def update(self, n: int, counts: Counter) -> None:
        if self.bar is not None:
            self.bar.update(n)
            self.bar.set_postfix(events=counts["events"], errors=counts["failed"], refresh=False)

    def error(self, message: str) -> None:
        line = f"frontline ingest: skipped {message}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(paths: Sequence[Path | str], db: str | Path | None = None, published: dt.date | None = None,
        source: str | None = None, workers: int = 1, *, batch_size: int = BATCH_SIZE,
        progress: bool | None = None) -> int:
    """Ingest report files and folders into the store; return the exit code.

    Parameters
    ----------
    paths : files (.txt, .html, .jsonl, .csv) or folders walked recursively.
    db : store path (default ``settings.db_path()``).
    published, source : for files that carry no date / source.
    workers : extraction processes (1 = in this process).
    progress : force the progress bar on or off (default: on when stderr is a terminal).

    Returns
    -------
    int
        0 when every input was ingested, 2 when some were skipped (each is
        printed with its path) or the arguments are bad.
    """
    from geodata.store import Store

    if not paths:
        msg = "no input given; name report files or folders: frontline ingest DIR"
        raise InputError(msg)
    if workers < 1 or workers > 256:
        msg = f"--workers {workers}: give a number of processes from 1 to 256"
        raise InputError(msg)
    started = time.perf_counter()
    counts: Counter = Counter()
    errors: list[str] = []
    bar = _Progress(sys.stderr.isatty() if progress is None else progress)
    printed = 0

    def flush_errors() -> None:
        nonlocal printed
        for message in errors[printed:]:
            bar.error(message)
        counts["failed"] += len(errors) - printed
        printed = len(errors)

    with Store(db) as store:
        aliases = store.aliases()
        snapshots = _snapshots(store)
        seen: dict[str, str] = {}

        def todo() -> Iterator[Any]:
            """Reports still to extract: unchanged ones and in-run duplicates are counted and skipped."""
            files = iter_files(paths, errors)
            for rep in iter_reports(files, published=published, source=source, errors=errors):
                digest = rep.content_hash
                if rep.id in seen:
                    if seen[rep.id] != digest:
                        errors.append(f"{rep.path}: report id {rep.id!r} is used twice in this ingest with "
                                      "different text; give the reports distinct ids or file names")
                    else:
                        counts["unchanged"] += 1
                    continue
                seen[rep.id] = digest
                if store.report_hash(rep.id) == digest:
                    counts["unchanged"] += 1
                    bar.update(1, counts)
                    continue
                yield rep

        def write(results: list[tuple[str, Any, Any]]) -> None:
            good = []
            for status, rep, payload in results:
                if status == "ok":
                    good.append(payload)
                else:
                    errors.append(f"{rep.path or rep.id}: {payload}")
            stats: Counter = Counter()
            for status in store.add_extractions(good, errors=errors, stats=stats):
                counts[status] += 1
            counts["events"] += stats["events"]
            counts["merged"] += stats["merged"]
            flush_errors()
            bar.update(len(results), counts)

        try:
            if workers == 1:
                from geodata import gazetteer

                gazetteer.default()
                for batch in _batches(todo(), batch_size):
                    write(_extract_batch(batch, aliases, snapshots))
                    flush_errors()
            else:
                with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker,
                                         initargs=(aliases, snapshots)) as pool:
                    in_flight: deque[Future] = deque()
                    for batch in _batches(todo(), batch_size):
                        in_flight.append(pool.submit(_extract_batch, batch))
                        while len(in_flight) >= 2 * workers:  # bounded memory, in-order writes
                            write(in_flight.popleft().result())
                        flush_errors()
                    while in_flight:
                        write(in_flight.popleft().result())
        finally:
            flush_errors()
            bar.close()
        total_events = store.count_events()
    elapsed = time.perf_counter() - started
    done = counts["new"] + counts["replaced"]
    rate = done / elapsed if elapsed > 0 else 0.0
    print(f"frontline ingest: {counts['new']} new, {counts['unchanged']} unchanged, {counts['replaced']} replaced, "
          f"{counts['failed']} failed reports; {counts['events']} events added ({counts['merged']} merged with "
          f"other reports); {total_events} events in {store.path} ({elapsed:.1f} s, {rate:.0f} reports/s)",
          file=sys.stderr)
    return 2 if counts["failed"] else 0
