"""Shared test fixtures.

One FRONTLINE_HOME for the whole session, under pytest's tmp folder, so no test
touches the user's real data; the gazetteer cache is built once per session in
its own folder (FRONTLINE_GAZETTEER_DIR) and shared by every test, even those
that point FRONTLINE_HOME somewhere else.
"""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _frontline_home(tmp_path_factory: pytest.TempPathFactory):
    """Point FRONTLINE_HOME (and the gazetteer cache) at session temp folders."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FRONTLINE_HOME", str(tmp_path_factory.mktemp("frontline-home")))
        if not os.environ.get("FRONTLINE_GAZETTEER_DIR"):
            mp.setenv("FRONTLINE_GAZETTEER_DIR", str(tmp_path_factory.mktemp("gazetteer-cache")))
        yield


@pytest.fixture(scope="session")
def gazetteer(_frontline_home):
    """The gazetteer, built once per test session (about half a minute cold)."""
    from geodata.gazetteer import Gazetteer

    return Gazetteer.load()
