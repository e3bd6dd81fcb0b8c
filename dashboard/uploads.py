"""Reports added in the page: pasted text or an uploaded file, checked before anything is stored.

The reading itself (encodings, HTML, JSONL rows) is ``geodata.reports``; this
module adds what only an upload has: a size limit, a file name that is not a
path, and problems returned as one-line messages for the page.
"""
from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from geodata.errors import InputError
from geodata.reports import Report, read_reports, report_from_text

UPLOAD_SUFFIXES: tuple[str, ...] = ("txt", "html", "htm", "jsonl")
"""File types the upload box accepts."""


def _safe_name(name: str) -> str:
    base = Path(name or "report.txt").name
    stem, dot, suffix = base.rpartition(".")
    stem = re.sub(r"[^\w.-]+", "_", stem if dot else base).strip("._") or "report"
    return f"{stem[:80]}.{suffix.lower()}" if dot else f"{stem[:80]}.txt"


def reports_from_upload(name: str, data: bytes, *, published: dt.date | None, source: str | None,
                        limit_mb: float) -> tuple[list[Report], list[str]]:
    """Read the reports in an uploaded file; return them and the rows that were skipped.

    Raises
    ------
    InputError
        When the file is over ``limit_mb``, empty, binary, in an unreadable
        encoding, of a type we do not read, or holds no usable report.
    """
    safe = _safe_name(name)
    suffix = safe.rsplit(".", 1)[-1]
    if suffix not in UPLOAD_SUFFIXES:
        msg = f"{name}: .{suffix} files are not read here; upload a .txt, .html or .jsonl report"
        raise InputError(msg)
    limit_bytes = int(limit_mb * 1024 * 1024)
    if len(data) > limit_bytes:
        msg = (f"{name}: {len(data) / 1024 / 1024:.1f} MB is over the {limit_mb:g} MB upload limit; "
               "split the file or use `frontline ingest`")
        raise InputError(msg)
    if not data.strip():
        msg = f"{name}: the file is empty; upload a report with some text"
        raise InputError(msg)
    if suffix != "jsonl" and published is None:
        msg = f"{name}: give the publication date of the report"
        raise InputError(msg)
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="frontline-upload-") as tmp:
        path = Path(tmp) / safe
        path.write_bytes(data)
        try:
            reports = list(read_reports(path, published=published, source=source or None, errors=errors))
        except InputError as exc:
            raise InputError(str(exc).replace(str(path), name)) from None
    for rep in reports:
        rep.path = name
    errors = [e.replace(str(path), name) for e in errors]
    if not reports:
        msg = f"{name}: no report could be read ({len(errors)} bad rows); fix the rows listed and upload again"
        raise InputError(msg)
    return reports, errors


def report_from_paste(text: str, *, published: dt.date | None, source: str | None) -> Report:
    """Make a report from pasted text, or raise InputError saying what is missing."""
    if not text or not text.strip():
        msg = "the pasted report is empty; paste the text of a news report"
        raise InputError(msg)
    if published is None:
        msg = "the pasted report has no publication date; give one (YYYY-MM-DD)"
        raise InputError(msg)
    return report_from_text(text, published, source or None)
