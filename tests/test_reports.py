"""Reading reports from files: encodings, HTML, JSONL/CSV rows, bad input."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geodata.errors import InputError
from geodata.reports import read_reports, report_from_text

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "ukraine-2023-07-10.txt"
PUB = dt.date(2023, 7, 10)


def test_sample_report_reads_with_its_text() -> None:
    (rep,) = read_reports(SAMPLE, published=PUB, source="sample")
    assert rep.id == "ukraine-2023-07-10"
    assert rep.published == PUB
    assert "Klishchevka" in rep.text and "Vilnius summit" in rep.text
    assert len(rep.content_hash) == 64


def test_content_hash_depends_on_text_and_date() -> None:
    a = report_from_text("Shelling in Kherson.", PUB)
    b = report_from_text("Shelling in Kherson.", PUB)
    c = report_from_text("Shelling in Kherson.", dt.date(2023, 7, 11))
    assert a.content_hash == b.content_hash != c.content_hash
    assert a.id == b.id != c.id


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-8-sig"])
def test_cyrillic_text_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Бои у Клещеевки. Fighting near Bakhmut."
    f = tmp_path / "r.txt"
    f.write_bytes(text.encode(encoding))
    (rep,) = read_reports(f, published=PUB)
    assert rep.text == text


def test_html_is_stripped_to_visible_text(tmp_path: Path) -> None:
    f = tmp_path / "r.html"
    f.write_text("<html><head><title>Kherson &amp; more</title><script>alert('x')</script></head>"
                 "<body><p>Shelling hit <b>Kherson</b> on Sunday.</p><p>Second&nbsp;para.</p></body></html>")
    (rep,) = read_reports(f, published=PUB)
    assert rep.text == "Shelling hit Kherson on Sunday.\nSecond para."
    assert rep.title == "Kherson & more"
    assert "alert" not in rep.text


def test_jsonl_keeps_good_rows_and_names_the_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    rows = [json.dumps({"id": "a", "published": "2023-07-10", "text": "Fighting near Bakhmut."}),
            "{not json",
            json.dumps({"id": "b", "published": "2023-07-11", "text": "Shelling of Kherson.", "source": "wire"})]
    f.write_text("\n".join(rows))
    errors: list[str] = []
    reps = list(read_reports(f, errors=errors))
    assert [r.id for r in reps] == ["a", "b"]
    assert reps[1].published == dt.date(2023, 7, 11) and reps[1].source == "wire"
    assert len(errors) == 1 and "line 2" in errors[0]


def test_csv_rows(tmp_path: Path) -> None:
    f = tmp_path / "batch.csv"
    f.write_text('id,published,text\nx,2023-07-10,"Fighting near Lyman, Donetsk region."\ny,notadate,Text\n')
    errors: list[str] = []
    reps = list(read_reports(f, errors=errors))
    assert [r.id for r in reps] == ["x"]
    assert "line 3" in errors[0] and "notadate" in errors[0]


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "empty"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 100, "binary"),
])
def test_bad_files_raise_one_line_errors(tmp_path: Path, content: bytes, needle: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=needle) as info:
        list(read_reports(f, published=PUB))
    assert "\n" not in str(info.value) and str(f) in str(info.value)


def test_missing_file_and_missing_date(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_reports(tmp_path / "nope.txt", published=PUB))
    f = tmp_path / "r.txt"
    f.write_text("Fighting near Bakhmut.")
    with pytest.raises(InputError, match="--published"):
        list(read_reports(f))
