"""The ``frontline`` console script: what the installed command writes, before its quick exit."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geodata import cli

ROOT = Path(__file__).resolve().parents[1]
FRONTLINE = ROOT / ".venv" / "bin" / "frontline"
SAMPLE = ROOT.parent / "shared" / "samples" / "ukraine-2023-07-10.txt"


def test_the_script_flushes_all_it_writes_before_it_exits(tmp_path, gazetteer):
    # cli.run ends with os._exit (no interpreter teardown): its stdout through a pipe and its -o file must hold
    # the whole FeatureCollection, as main() writes it in-process
    if not FRONTLINE.exists():
        pytest.skip("no .venv/bin/frontline (install the package with pip install -e .)")
    inproc = tmp_path / "in.json"
    assert cli.main(["extract", str(SAMPLE), "--published", "2023-07-10", "-o", str(inproc)]) == 0
    want = json.loads(inproc.read_text(encoding="utf-8"))
    assert len(want["features"]) == 11  # the sample's events (gold: tests/test_extract.py)
    piped = subprocess.run([str(FRONTLINE), "extract", str(SAMPLE), "--published", "2023-07-10"],
                           capture_output=True, text=True, timeout=120, check=False)
    assert piped.returncode == 0, piped.stderr
    assert json.loads(piped.stdout) == want
    out = tmp_path / "out.geojson"
    written = subprocess.run([sys.executable, "-m", "geodata.cli", "extract", str(SAMPLE), "--published",
                              "2023-07-10", "-o", str(out)], capture_output=True, text=True, timeout=120, check=False)
    assert written.returncode == 0, written.stderr
    assert json.loads(out.read_text(encoding="utf-8")) == want
    # and a bad input still exits 2 with its one line
    bad = subprocess.run([str(FRONTLINE), "extract", str(tmp_path / "missing.txt"), "--published", "2023-07-10"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
