"""Reports: reading news text from files into ``Report`` records.

Reads ``.txt``, ``.html``/``.htm``, ``.jsonl`` and ``.csv`` files, tries UTF-8,
UTF-16 (by BOM) and cp1251 before giving up, strips HTML to text, and refuses
binary data.  A bad JSONL or CSV row is reported by line number in ``errors``
while the good rows are kept.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import html
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from geodata.errors import InputError

MAX_REPORT_BYTES = 64 * 1024 * 1024
"""Largest single file read; bigger inputs should be split (stated in errors)."""

REPORT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".csv")


@dataclass
class Report:
    """One news report: its text and what we know about where and when it appeared."""

    id: str
    text: str
    published: dt.date | None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    path: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 of what extraction depends on: text, publication date and source."""
        h = hashlib.sha256()
        for part in (self.text, self.published.isoformat() if self.published else "", self.source or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


def report_from_text(text: str, published: dt.date | None, source: str | None = None,
                     report_id: str | None = None, *, url: str | None = None,
                     title: str | None = None) -> Report:
    """Make a ``Report`` from text; the id defaults to a hash of text and date."""
    text = normalise_text(text)
    if report_id is None:
        digest = hashlib.sha256(f"{published}|{text}".encode()).hexdigest()[:12]
        report_id = f"r-{digest}"
    return Report(id=report_id, text=text, published=published, source=source, url=url, title=title)


def normalise_text(text: str) -> str:
    """Drop NULs and other control characters (keeping newlines and tabs); normalise line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class _TextExtractor(HTMLParser):
    """Collect the visible text of an HTML page, skipping scripts and styles."""

    _SKIP = {"script", "style", "noscript", "template", "head", "svg"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Return the visible text of ``markup`` (paragraphs on their own lines) and its title."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    title = html.unescape(parser.title).strip() if parser.title else None
    return text, title


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad / len(sample) > 0.05


def decode_bytes(data: bytes, name: str) -> str:
    """Decode report bytes: UTF-8 (with or without BOM), UTF-16 by BOM, then cp1251.

    Raises
    ------
    InputError
        When the bytes are binary or in no encoding we can read.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            msg = f"{name}: broken UTF-16 text; save it as UTF-8 and try again"
            raise InputError(msg) from None
    if _looks_binary(data):
        msg = f"{name}: looks like binary data, not text; give a .txt, .html, .jsonl or .csv report"
        raise InputError(msg)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        msg = f"{name}: text is neither UTF-8, UTF-16 nor cp1251; save it as UTF-8 and try again"
        raise InputError(msg) from None
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        msg = f"{path}: no such file; check the path"
        raise InputError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot read ({exc.strerror}); check the path and its permissions"
        raise InputError(msg) from None
    if path.is_dir():
        msg = f"{path}: is a folder; give a report file (or use `frontline ingest` for folders)"
        raise InputError(msg)
    if size > MAX_REPORT_BYTES:
        msg = f"{path}: {size // (1024 * 1024)} MB is over the {MAX_REPORT_BYTES // (1024 * 1024)} MB limit per file; split it"
        raise InputError(msg)
    try:
        return path.read_bytes()
    except OSError as exc:
        msg = f"{path}: cannot read ({exc.strerror}); check the path and its permissions"
        raise InputError(msg) from None


def parse_published(value: object, where: str) -> dt.date:
    """Parse a publication date (``YYYY-MM-DD`` or an ISO timestamp) or raise InputError."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        msg = f"{where}: published {text!r} is not a date; write it as YYYY-MM-DD"
        raise InputError(msg) from None


def _record_report(rec: dict, where: str, path: Path, index: int, published: dt.date | None,
                   source: str | None) -> Report:
    if not isinstance(rec, dict):
        msg = f"{where}: expected an object with id, published and text"
        raise InputError(msg)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        msg = f"{where}: no text; each row needs a non-empty 'text'"
        raise InputError(msg)
    pub_value = rec.get("published") or rec.get("date")
    if pub_value:
        pub = parse_published(pub_value, where)
    elif published is not None:
        pub = published
    else:
        msg = f"{where}: no 'published' date; add one to the row or pass --published"
        raise InputError(msg)
    if "<" in text and re.search(r"</?(p|div|br|span|a|script|html|body)\b", text, re.I):
        text, _ = html_to_text(text)
    rid = str(rec.get("id") or "").strip() or None
    rep = report_from_text(text, pub, _meta(rec, "source") or source or None, rid,
                           url=_meta(rec, "url"), title=_meta(rec, "title"))
    if not rep.text.strip():
        msg = f"{where}: no text left after removing markup and control characters; each row needs some text"
        raise InputError(msg)
    if rid is None:
        rep.id = f"{path.stem}-{index}-{rep.id[2:]}"
    rep.path = str(path)
    return rep


def _meta(rec: dict, key: str) -> str | None:
    """A metadata field of a row as text: numbers become text, lists, objects and blanks None."""
    value = rec.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    return normalise_text(str(value)).strip() or None


def read_reports(path: Path, *, published: dt.date | None = None, source: str | None = None,
                 errors: list[str] | None = None) -> Iterator[Report]:
    """Yield the reports in ``path`` (.txt, .html, .jsonl or .csv).

    A problem with the whole file raises ``InputError``.  A bad row of a JSONL or
    CSV file is described in ``errors`` (when given, else raised) and skipped.
    """
    path = Path(path)
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if not data.strip():
        msg = f"{path}: file is empty; give a report with some text"
        raise InputError(msg)
    text = decode_bytes(data, str(path))
    if suffix in (".jsonl", ".ndjson"):
        yield from _read_jsonl(path, text, published, source, errors)
        return
    if suffix == ".csv":
        yield from _read_csv(path, text, published, source, errors)
        return
    title = None
    if suffix in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text, re.I):
        text, title = html_to_text(text)
    if not text.strip():
        msg = f"{path}: no text left after removing markup; give a report with some text"
        raise InputError(msg)
    if published is None:
        msg = f"{path}: no publication date; pass --published YYYY-MM-DD"
        raise InputError(msg)
    rep = report_from_text(text, published, source, report_id=path.stem, title=title)
    if not rep.text.strip():
        msg = f"{path}: no text left after removing markup and control characters; give a report with some text"
        raise InputError(msg)
    rep.path = str(path)
    yield rep


def _bad_row(errors: list[str] | None, message: str) -> None:
    if errors is None:
        raise InputError(message)
    errors.append(message)


def _read_jsonl(path: Path, text: str, published: dt.date | None, source: str | None,
                errors: list[str] | None) -> Iterator[Report]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path} line {lineno}"
        try:
            rec = json.loads(line)
        except ValueError:
            _bad_row(errors, f"{where}: not valid JSON; fix or remove that line")
            continue
        try:
            yield _record_report(rec, where, path, lineno, published, source)
        except InputError as exc:
            _bad_row(errors, str(exc))


def _read_csv(path: Path, text: str, published: dt.date | None, source: str | None,
              errors: list[str] | None) -> Iterator[Report]:
    csv.field_size_limit(MAX_REPORT_BYTES)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        msg = f"{path}: the CSV header cannot be read ({exc}); fix the quoting of the first line"
        raise InputError(msg) from None
    if not header or "text" not in header:
        msg = f"{path}: CSV needs a header with a 'text' column (and id, published)"
        raise InputError(msg)
    rows = enumerate(reader, start=1)
    while True:
        # csv.Error comes from reading the row itself, so it is caught around next()
        try:
            index, rec = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            _bad_row(errors, f"{path} line {reader.line_num}: {exc}; fix the CSV quoting")
            continue
        where = f"{path} line {reader.line_num}"
        try:
            yield _record_report(rec, where, path, index, published, source)
        except InputError as exc:
            _bad_row(errors, str(exc))
