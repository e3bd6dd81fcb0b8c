"""Coverage-guided fuzzing (atheris / libFuzzer) of the parsers, for a bounded time.

Targets: the report readers (``reports``: .txt/.html/.jsonl/.csv bytes), the
GeoNames dump reader (``geonames``: text, gzip or zip bytes), the front-line
GeoJSON importer (``control``) and the date finder (``dates``).  Each target
takes bytes and raises only a ``FrontlineError`` on bad input; anything else,
or a broken property (an offset outside the text, an end before its start), is
a crash that libFuzzer saves to ``tests/fuzz_corpus/<target>/crash-<sha1>``,
which ``tests/test_fuzz.py`` replays for ever after.

Usage::

    python -m bench.fuzz_parsers --seconds 60             # every target, 60 s each
    python -m bench.fuzz_parsers --target control --seconds 300

Each target runs in its own child process (libFuzzer exits when done).  Needs
``atheris`` (in the ``test`` extra); without it the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "tests" / "fuzz_corpus"
PUBLISHED = dt.date(2023, 7, 10)
_SCRATCH = Path(tempfile.gettempdir()) / f"frontline-fuzz-{os.getpid()}"


def _scratch(name: str) -> Path:
    _SCRATCH.mkdir(exist_ok=True)
    return _SCRATCH / name


def _errors():
    from geodata.errors import FrontlineError

    return FrontlineError


# --- targets: bytes in; FrontlineError is fine, anything else is a bug ------------------------------

_SUFFIXES = (".txt", ".html", ".jsonl", ".csv")


def fuzz_reports(data: bytes) -> None:
    """Read ``data[1:]`` as a report file whose kind the first byte picks."""
    from geodata.reports import read_reports

    if not data:
        return
    path = _scratch(f"report{_SUFFIXES[data[0] % len(_SUFFIXES)]}")
    path.write_bytes(data[1:])
    errors: list[str] = []
    try:
        for rep in read_reports(path, published=PUBLISHED, errors=errors):
            assert rep.text.strip() and rep.id and isinstance(rep.published, dt.date), rep
            assert all(v is None or isinstance(v, str) for v in (rep.source, rep.url, rep.title)), rep
            assert len(rep.content_hash) == 64
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", rep.text)
    except _errors():
        return


def fuzz_geonames(data: bytes) -> None:
    """Read ``data`` as a GeoNames dump (plain, gzip or zip, as the bytes say)."""
    from geodata.gazetteer import GEONAMES_COLUMNS, _iter_geonames

    path = _scratch("dump.zip" if data[:2] == b"PK" else "dump.txt")
    path.write_bytes(data)
    try:
        for cols in _iter_geonames(path):
            assert len(cols) == GEONAMES_COLUMNS
            assert -90 <= float(cols[4]) <= 90 and -180 <= float(cols[5]) <= 180
    except _errors():
        return


def fuzz_control(data: bytes) -> None:
    """Read ``data`` as a front-line GeoJSON file."""
    from geodata.frontline import read_control_file

    path = _scratch("frontline-2023-07-10.geojson")
    path.write_bytes(data)
    try:
        day, geom, digest = read_control_file(path)
    except _errors():
        return
    assert isinstance(day, dt.date) and geom.is_valid and not geom.is_empty and len(digest) == 64


def fuzz_dates(data: bytes) -> None:
    """Find the dates of ``data`` as text; each span must be ordered and point into the text."""
    from geodata.timeline import find_dates

    text = data.decode("utf-8", errors="replace")
    try:
        spans = find_dates(text, PUBLISHED)
    except _errors():
        return
    for s in spans:
        assert s.start <= s.end and s.precision in ("day", "week", "month", "year"), s
        assert not s.text or text[s.offset:s.offset + len(s.text)] == s.text, s


TARGETS: dict[str, Callable[[bytes], None]] = {
    "reports": fuzz_reports, "geonames": fuzz_geonames, "control": fuzz_control, "dates": fuzz_dates,
}
_MODULES = {"reports": ["geodata.reports"], "geonames": ["geodata.gazetteer"],
            "control": ["geodata.frontline"], "dates": ["geodata.timeline"]}


# --- seed corpora (small real inputs the mutations start from) -------------------------------------

def _geonames_row(gid: int, name: str, lat: float, lon: float, pop: int) -> str:
    cols = [str(gid), name, name, f"{name},{name.upper()}", f"{lat}", f"{lon}", "P", "PPL", "UA", "",
            "14", "", "", "", str(pop), "", "150", "Europe/Kyiv", "2023-01-01"]
    return "\t".join(cols)


def _seeds(target: str) -> list[bytes]:
    sample = SHARED / "samples" / "ukraine-2023-07-10.txt"
    text = sample.read_text(encoding="utf-8") if sample.exists() else "Russian forces shelled Bakhmut on July 9."
    para = text.split("\n\n")[0][:600]
    if target == "reports":
        rows = [json.dumps({"id": "a", "published": "2023-07-10", "text": para}), "{bad", json.dumps({"text": 5})]
        return [b"\x00" + para.encode(), b"\x01" + f"<html><title>T</title><p>{para}</p><script>x</script>".encode(),
                b"\x02" + "\n".join(rows).encode(), b"\x03" + f'id,published,text\n1,2023-07-10,"{para}"\n'.encode(),
                b"\x00" + para.encode("cp1251", errors="replace"), b"\x00" + para.encode("utf-16")]
    if target == "geonames":
        dump = "\n".join([_geonames_row(713174, "Bakhmut", 48.59, 37.99, 80500),
                          _geonames_row(703448, "Kyiv", 50.45, 30.52, 2952301)]) + "\n"
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("UA.txt", dump)
            zf.writestr("readme.txt", "GeoNames")
        return [dump.encode(), gzip.compress(dump.encode()), buf.getvalue()]
    if target == "control":
        ring = [[37.0, 48.0], [37.5, 48.0], [37.5, 48.5], [37.0, 48.0]]
        fc = {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"name": "Occupied"}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]}
        seeds = [json.dumps(fc).encode(), json.dumps({"type": "MultiPolygon", "coordinates": [[ring]]}).encode()]
        real = SHARED / "frontline" / "frontline-2024-07-10.geojson"
        if real.exists():
            seeds.append(real.read_bytes()[:20000])
        return seeds
    return [para.encode(), b"on July 9, last May, at the end of last June, 2023-07-09, in recent days, this week"]


# --- running -----------------------------------------------------------------------------------

def _child(target: str, seconds: int, workdir: Path) -> None:
    """Fuzz one target in this process until libFuzzer's time is up (never returns)."""
    import atheris

    global _SCRATCH
    _SCRATCH = Path(f"{workdir}-scratch")
    with atheris.instrument_imports(include=["geodata"]):
        for name in _MODULES[target]:
            __import__(name)
    crashes = CORPUS / target
    crashes.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(workdir), f"-max_total_time={seconds}", f"-artifact_prefix={crashes}/",
            "-rss_limit_mb=4096", "-timeout=20", "-max_len=65536", "-print_final_stats=1"]
    atheris.Setup(argv, TARGETS[target])
    atheris.Fuzz()


def fuzz(target: str, seconds: int) -> dict[str, object]:
    """Fuzz ``target`` for ``seconds`` in a child process; return runs, coverage and crashes."""
    work = Path(tempfile.mkdtemp(prefix=f"fuzz-{target}-"))
    try:
        for i, seed in enumerate(_seeds(target)):
            (work / f"seed-{i}").write_bytes(seed)
        before = set((CORPUS / target).glob("crash-*")) if (CORPUS / target).is_dir() else set()
        proc = subprocess.run([sys.executable, "-m", "bench.fuzz_parsers", "--child", target,
                               "--seconds", str(seconds), "--workdir", str(work)],
                              capture_output=True, text=True, cwd=ROOT, timeout=seconds + 300)
        log = proc.stderr
        runs = re.findall(r"stat::number_of_executed_units:\s+(\d+)", log)
        cov = re.findall(r"\bcov: (\d+)", log)
        after = set((CORPUS / target).glob("crash-*")) if (CORPUS / target).is_dir() else set()
        new = sorted(str(p.relative_to(ROOT)) for p in after - before)
        if proc.returncode != 0 and not new:
            tail = "\n".join(log.splitlines()[-15:])
            print(f"fuzz {target}: exit {proc.returncode}\n{tail}", file=sys.stderr)
        if new:
            print("\n".join(log.splitlines()[-40:]), file=sys.stderr)
        return {"target": target, "seconds": seconds, "runs": int(runs[-1]) if runs else 0,
                "coverage": int(cov[-1]) if cov else 0, "corpus": len(list(work.iterdir())),
                "new_crashes": new, "exit": proc.returncode}
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(f"{work}-scratch", ignore_errors=True)


def run(seconds: int = 60, targets: list[str] | None = None) -> dict:
    """Fuzz every target for ``seconds``; return named numbers (runs, crashes per target)."""
    out: dict[str, object] = {}
    for target in targets or list(TARGETS):
        res = fuzz(target, seconds)
        out[f"{target}_runs"] = res["runs"]
        out[f"{target}_coverage"] = res["coverage"]
        out[f"{target}_new_crashes"] = len(res["new_crashes"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=sorted(TARGETS), action="append", help="default: all")
    parser.add_argument("--seconds", type=int, default=60, help="fuzzing time per target (default 60)")
    parser.add_argument("--child", choices=sorted(TARGETS), help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        import atheris  # noqa: F401
    except ImportError:
        print("fuzz_parsers: atheris is not installed; pip install -e '.[test]' (or pip install atheris) "
              "to run the coverage-guided fuzzer. Skipped.", file=sys.stderr)
        return 0
    if args.child:
        _child(args.child, args.seconds, Path(args.workdir))
        return 0
    crashes = 0
    for target in args.target or list(TARGETS):
        res = fuzz(target, args.seconds)
        crashes += len(res["new_crashes"])
        print(json.dumps(res))
    shutil.rmtree(_SCRATCH, ignore_errors=True)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
