"""Shared test fixtures.

One FRONTLINE_HOME for the whole session, under pytest's tmp folder, so no test
touches the user's real data; the gazetteer cache is built once per session in
its own folder (FRONTLINE_GAZETTEER_DIR) and shared by every test, even those
that point FRONTLINE_HOME somewhere else.

Under pytest-xdist (``-n 2``) each worker has its own temp folder and its own
FRONTLINE_HOME, but the workers share one gazetteer cache folder in the run's
temp root: the first worker to need it builds it (under a file lock) and the
others load what it wrote, so the cold build (about a minute) happens once per run.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # not on POSIX: no lock; a second worker may build the same cache (atomic writes)
    fcntl = None  # type: ignore[assignment]


def _gazetteer_dir(factory: pytest.TempPathFactory) -> Path:
    """The session's gazetteer cache folder: per run, shared by all xdist workers of that run."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        # a worker's basetemp is <run root>/popen-gwN; the run root is common to the workers
        path = factory.getbasetemp().parent / "gazetteer-cache"
        path.mkdir(exist_ok=True)
        return path
    return factory.mktemp("gazetteer-cache")


@contextlib.contextmanager
def _build_lock(factory: pytest.TempPathFactory) -> Iterator[None]:
    """Under xdist, one worker at a time builds or loads the shared cache (a lock file in the run root)."""
    if fcntl is None or not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    with (factory.getbasetemp().parent / "gazetteer-cache.lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


@pytest.fixture(scope="session", autouse=True)
def _frontline_home(tmp_path_factory: pytest.TempPathFactory):
    """Point FRONTLINE_HOME (and the gazetteer cache) at session temp folders."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRONTLINE_HOME", str(tmp_path_factory.mktemp("frontline-home")))
        if not os.environ.get("FRONTLINE_GAZETTEER_DIR"):
            mp.setenv("FRONTLINE_GAZETTEER_DIR", str(_gazetteer_dir(tmp_path_factory)))
        yield


@pytest.fixture(scope="session")
def gazetteer(_frontline_home, tmp_path_factory: pytest.TempPathFactory):
    """The gazetteer, built once per test run (about a minute cold), then loaded by every worker."""
    from geodata import gazetteer as gz

    with _build_lock(tmp_path_factory):
        return gz.Gazetteer.load()


# Timing tests (a wall-clock bound on a child process) must not share the two cores with the
# other xdist worker: every test holds a shared lock on a run-wide file, a timing test holds it
# alone.  A turnstile lock keeps the timing test from waiting forever behind the other worker's
# back-to-back shared locks.
@contextlib.contextmanager
def _run_lock(factory: pytest.TempPathFactory, exclusive: bool) -> Iterator[None]:
    if fcntl is None or not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    root = factory.getbasetemp().parent
    with (root / "turnstile.lock").open("w") as gate, (root / "alone.lock").open("w") as fh:
        fcntl.flock(gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(fh, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            if not exclusive:
                fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
            fcntl.flock(gate, fcntl.LOCK_UN)


@pytest.fixture(autouse=True)
def _not_alone(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[None]:
    """Any test: a shared hold on the run lock (``alone`` tests take it exclusively instead)."""
    if "alone" in request.fixturenames:
        yield
        return
    with _run_lock(tmp_path_factory, exclusive=False):
        yield


@pytest.fixture
def alone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The test runs with no test of the other xdist worker running at the same time."""
    with _run_lock(tmp_path_factory, exclusive=True):
        yield


@pytest.fixture(scope="module")
def alone_for_module(tmp_path_factory: pytest.TempPathFactory):
    """``alone`` for a module fixture's measurement: ``with alone_for_module(): ...``."""
    return lambda: _run_lock(tmp_path_factory, exclusive=True)
