"""Every bad input of the earlier issues in one suite, through the real ``frontline`` command.

Each case ends in a correct result, or in ONE line on stderr with exit code 2 —
never in a traceback.  Most run ``geodata.cli.main`` in-process (fast); a few run
the installed ``frontline`` script in a subprocess to prove what a user sees.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geodata.cli import main
from geodata.reports import MAX_REPORT_BYTES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = SHARED / "samples" / "ukraine-2023-07-10.txt"
FRONTLINE = ROOT / ".venv" / "bin" / "frontline"
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(code: int, err: str, needle: str) -> None:
    assert code == 2, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert needle in lines[0]


def _names(out: str) -> set[str]:
    return {f["properties"]["name"] for f in json.loads(out)["features"]}


def _places(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> set[str]:
    code, out, err = _run(["extract", str(path), "--layer", "places", *extra], capsys)
    assert code == 0, err
    return _names(out)


# --- report files ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "needle"), [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b" \n\t\n", "file is empty"),
    ("binary.txt", bytes(range(256)) * 40, "looks like binary data"),
    ("only-script.html", b"<html><script>var x = 'Bakhmut';</script></html>", "no text left"),
])
def test_unreadable_report_files(tmp_path, capsys, gazetteer, name, content, needle):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    code, out, err = _run(["extract", str(path), "--published", "2023-07-10"], capsys)
    _one_line_error(code, err, needle)
    assert str(path) in err and out == ""


def test_folder_and_missing_date(tmp_path, capsys, gazetteer):
    code, _, err = _run(["extract", str(tmp_path), "--published", "2023-07-10"], capsys)
    _one_line_error(code, err, "is a folder")
    report = tmp_path / "r.txt"
    report.write_text("Russian forces shelled Bakhmut on July 9.", encoding="utf-8")
    code, _, err = _run(["extract", str(report)], capsys)
    _one_line_error(code, err, "pass --published")


@pytest.mark.parametrize("value", ["2023-13-45", "yesterday", "10/07/2023"])
def test_invalid_published_date(tmp_path, capsys, value):
    report = tmp_path / "r.txt"
    report.write_text("Russian forces shelled Bakhmut on July 9.", encoding="utf-8")
    code, _, err = _run(["extract", str(report), "--published", value], capsys)
    _one_line_error(code, err, "YYYY-MM-DD")
    code, _, err = _run(["ingest", str(report), "--published", value, "--db", str(tmp_path / "s.db")], capsys)
    _one_line_error(code, err, "YYYY-MM-DD")
    assert not (tmp_path / "s.db").exists()


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-16-le-bom", "utf-8-sig"])
def test_other_encodings_find_the_places(tmp_path, capsys, gazetteer, encoding):
    text = "Российские войска обстреляли Бахмут 9 июля. Russian forces also shelled Avdiivka on July 9."
    data = ("\ufeff" + text).encode("utf-16-le") if encoding == "utf-16-le-bom" else text.encode(encoding)
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    assert {"Bakhmut", "Avdiivka"} <= _places(path, capsys, "--published", "2023-07-10")


def test_html_keeps_text_and_drops_scripts(tmp_path, capsys, gazetteer):
    path = tmp_path / "page.html"
    path.write_text(textwrap.dedent("""\
        <!doctype html><html><head><title>Front update</title>
        <script>var place = "Kherson"; document.write("Odesa");</script>
        <style>.Izium { color: red }</style></head>
        <body><p>Russian forces shelled <b>Bakhmut</b> on July 9.</p>
        <script type="text/javascript">alert("Mariupol")</script>
        <p>Ukrainian troops advanced near Robotyne.</p></body></html>"""), encoding="utf-8")
    assert _places(path, capsys, "--published", "2023-07-10") == {"Bakhmut", "Robotyne"}


def test_malformed_jsonl_line_keeps_good_rows_and_names_the_line(tmp_path, capsys, gazetteer):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        '{"id": "a", "published": "2023-07-10", "text": "Russian forces shelled Bakhmut on July 9."}\n'
        '{"id": "b", "published": "2023-07-10", "text": "broken\n'
        '{"id": "c", "published": "not a date", "text": "Shelling of Kherson."}\n'
        '{"id": "d", "published": "2023-07-10", "text": "Ukrainian troops advanced near Robotyne."}\n',
        encoding="utf-8")
    code, out, err = _run(["extract", str(path), "--layer", "places"], capsys)
    assert code == 0 and "Traceback" not in err
    assert _names(out) == {"Bakhmut", "Robotyne"}
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert f"{path} line 2: not valid JSON" in lines[0]
    assert f"{path} line 3: published 'not a date'" in lines[1]
    # ingest stores the good rows and says (exit 2) that some were skipped
    db = tmp_path / "s.db"
    code, _, err = _run(["ingest", str(path), "--db", str(db)], capsys)
    assert code == 2 and "line 2" in err and "Traceback" not in err
    with sqlite3.connect(db) as con:
        ids = sorted(r[0] for r in con.execute("SELECT id FROM reports"))
    assert ids == ["a", "d"]


def test_jsonl_with_only_bad_rows(tmp_path, capsys, gazetteer):
    path = tmp_path / "bad.jsonl"
    path.write_text("{nope\n[1, 2]\n", encoding="utf-8")
    code, _, err = _run(["extract", str(path)], capsys)
    assert code == 2 and "Traceback" not in err
    assert "line 1" in err and "line 2" in err and "no readable report" in err.splitlines()[-1]


def test_over_the_size_limit_is_refused_before_reading(tmp_path, capsys):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: nothing is really written
        fh.truncate(MAX_REPORT_BYTES + 1)
    code, _, err = _run(["extract", str(path), "--published", "2023-07-10"], capsys)
    _one_line_error(code, err, "MB limit per file; split it")


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_large_text_finishes_with_bounded_memory(tmp_path, gazetteer):
    """A big report (8 MB: 50 MB takes ~2.5 min at ~3 s/MB, see the hardening notes) in a child process."""
    sample = SAMPLE.read_text(encoding="utf-8")
    filler = "The market in the town was busy today and the weather was calm, residents said. " * 40 + "\n"
    block = filler * 30 + sample + "\n"
    size = 8 * 1024 * 1024
    path = tmp_path / "big.txt"
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < size:
            fh.write(block)
            written += len(block.encode())
    out = tmp_path / "big.geojson"
    probe = textwrap.dedent(f"""\
        import re, time
        from pathlib import Path
        from geodata.cli import main
        t = time.perf_counter()
        code = main(["extract", {str(path)!r}, "--published", "2023-07-10", "-o", {str(out)!r}])
        # VmHWM, not getrusage's ru_maxrss: Linux carries the parent's (pytest's) high-water mark
        # across fork+exec into ru_maxrss, while VmHWM belongs to this process image only.
        peak = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1)) // 1024
        print(code, peak, round(time.perf_counter() - t, 1))
    """)
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=110)
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    code, peak_mb, seconds = proc.stdout.split()
    print(f"\n8 MB extract: {seconds} s, peak RSS {peak_mb} MB")
    assert code == "0"
    assert int(peak_mb) < 1536
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["place"] for f in features} >= {"Bakhmut", "Lyman", "Klishchiivka", "Vilnius"}


# --- front line, gazetteer, export ----------------------------------------------------------------

def _fc(geometry: dict) -> str:
    return json.dumps({"type": "FeatureCollection",
                       "features": [{"type": "Feature", "properties": {}, "geometry": geometry}]})


@pytest.mark.parametrize(("content", "needle"), [
    (_fc({"type": "Polygon", "coordinates": [[[37.0, 48.0], [38.0, 48.0]]]}), "at least 4 positions"),
    (_fc({"type": "Polygon", "coordinates": "nope"}), "feature 0"),
    ('{"type": "FeatureCollection", "features": [', ""),
    ("", ""),
    (_fc({"type": "Point", "coordinates": [37.0, 48.0]}), ""),
])
def test_malformed_control_geojson(tmp_path, capsys, content, needle):
    path = tmp_path / "control.geojson"
    path.write_text(content, encoding="utf-8")
    db = tmp_path / "s.db"
    code, out, err = _run(["control", "import", str(path), "--date", "2024-07-10", "--db", str(db)], capsys)
    _one_line_error(code, err, needle)
    assert out == ""


def test_control_import_bad_date(tmp_path, capsys):
    src = SHARED / "frontline" / "frontline-2024-07-10.geojson"
    code, _, err = _run(["control", "import", str(src), "--date", "2024-02-30", "--db", str(tmp_path / "s.db")],
                        capsys)
    _one_line_error(code, err, "2024-02-30")


@pytest.mark.parametrize(("name", "needle"), [("", "is empty"), ("   ", "is empty"),
                                              ("x" * 10_000, "10000 characters"),
                                              ("Bakh\x00mut", "control character")])
def test_geocode_bad_names(capsys, gazetteer, name, needle):
    code, out, err = _run(["geocode", name], capsys)
    _one_line_error(code, err, needle)


def test_geocode_long_but_allowed_name_returns_json(capsys, gazetteer):
    code, out, err = _run(["geocode", "Bakhmut " * 25], capsys)
    assert code == 0 and "Traceback" not in err
    assert json.loads(out)["type"] == "FeatureCollection"


def test_export_unknown_format_and_bad_filters(tmp_path, capsys):
    code, _, err = _run(["export", "--format", "docx", "-o", str(tmp_path / "x.docx")], capsys)
    _one_line_error(code, err, "unknown export format 'docx'")
    code, _, err = _run(["export", "--format", "csv", "--from", "2023-02-30", "-o", str(tmp_path / "x.csv")],
                        capsys)
    _one_line_error(code, err, "2023-02-30")
    code, _, err = _run(["export", "--format", "csv", "--bbox", "1,2,3", "-o", str(tmp_path / "x.csv")], capsys)
    _one_line_error(code, err, "--bbox")
    assert list(tmp_path.iterdir()) == []


def test_gazetteer_import_bad_dumps(tmp_path, capsys):
    bad = tmp_path / "UA.txt"
    bad.write_text("703448\tKyiv\n", encoding="utf-8")
    code, _, err = _run(["gazetteer", "import", str(bad)], capsys)
    _one_line_error(code, err, "line 1 has 2 columns")
    code, _, err = _run(["gazetteer", "import", str(tmp_path / "none.txt")], capsys)
    _one_line_error(code, err, "does not exist")


# --- hostile markup reaches the HTML export escaped ----------------------------------------------

def test_hostile_report_is_escaped_in_the_html_export(tmp_path, capsys, gazetteer):
    feed = tmp_path / "hostile.jsonl"
    rows = [
        {"id": "evil-1", "published": "2023-07-10", "source": f"Wire {SCRIPT}", "title": f"T {IMG}",
         "url": "javascript:alert(1)",
         "text": f"Russian forces shelled Bakhmut {SCRIPT} on July 9. Drones hit Kherson {IMG} on July 8."},
        {"id": "evil-2", "published": "2023-07-10", "source": IMG, "url": "data:text/html;base64,PHNjcmlwdD4=",
         "text": f"Fighting near Robotyne{IMG} continued on July 9, officials said {SCRIPT}."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    code, _, err = _run(["ingest", str(feed), "--db", str(db)], capsys)
    assert code == 0, err
    out = tmp_path / "map.html"
    code, _, err = _run(["export", "--format", "html", "--db", str(db), "--title", f"Map {SCRIPT}{IMG}",
                         "-o", str(out)], capsys)
    assert code == 0, err
    page = out.read_text(encoding="utf-8")
    # our payload is in the page (so the check below is not vacuous) ...
    assert "Bakhmut" in page and "Robotyne" in page and "alert(1)" in page
    # ... but never as markup
    assert SCRIPT not in page and "<img src=x" not in page.lower()
    assert "onerror=alert(1)>" not in page
    assert "javascript:alert" not in page and "data:text/html" not in page


# --- what a user sees: the installed script in a subprocess ----------------------------------------

@pytest.mark.parametrize("argv", [
    ["extract", "{tmp}/missing.txt", "--published", "2023-07-10"],
    ["extract", "{tmp}/binary.txt", "--published", "2023-07-10"],
    ["extract", "{tmp}/r.txt", "--published", "2023-99-99"],
    ["control", "import", "{tmp}/two.geojson", "--date", "2024-07-10", "--db", "{tmp}/s.db"],
    ["export", "--format", "docx", "-o", "{tmp}/x.docx"],
    ["geocode", ""],
])
def test_the_installed_script_never_prints_a_traceback(tmp_path, argv):
    if not FRONTLINE.exists():
        pytest.skip("no .venv/bin/frontline (install the package with pip install -e .)")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "r.txt").write_text("Bakhmut.", encoding="utf-8")
    (tmp_path / "two.geojson").write_text(_fc({"type": "Polygon", "coordinates": [[[37, 48], [38, 48]]]}))
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    proc = subprocess.run([str(FRONTLINE), *args], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"frontline {args[0]}: ")
    assert proc.stdout == ""

