"""The dashboard's view state: filters, their URL query string, and applying them.

Pure functions only, so that the same view can be rebuilt from a shared link
and tested without a browser.  A filter left empty selects everything.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
"""Date precisions in the order the filter offers them."""

_TEXT_COLUMNS: tuple[str, ...] = (
    "place", "place_mention", "sentence", "actors", "event_type", "sub_event_type",
    "source", "claimed_by", "admin1",
)


@dataclass(frozen=True)
class Filters:
    """What the user chose to see; every field empty means "all".

    ``date_from``/``date_to`` keep an event whose span [date, date_end]
    overlaps the range; ``brush_from``/``brush_to`` is the timeline brush,
    applied on top of the slider.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    min_confidence: float = 0.0
    sources: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    text: str = ""
    near_line_km: float | None = None
    change: bool = False
    brush_from: dt.date | None = None
    brush_to: dt.date | None = None
    selected: str | None = None
    report: str | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    def with_(self, **changes: Any) -> Filters:
        """Return a copy with ``changes`` applied."""
        return replace(self, **changes)


# --- query string ------------------------------------------------------------

_LIST_KEYS = {"type": "types", "prec": "precisions", "src": "sources", "cc": "countries", "adm": "regions"}


def _values(params: Mapping[str, Any], key: str) -> list[str]:
    raw = params.get(key)
    if raw is None:
        return []
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    out: list[str] = []
    for item in items:
        out.extend(part for part in str(item).split(",") if part.strip())
    return [part.strip() for part in out]


def _date(value: str | None, key: str, problems: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        problems.append(f"?{key}={value} is not a date (YYYY-MM-DD); it was ignored")
        return None


def _number(value: str | None, key: str, problems: list[str], lo: float, hi: float) -> float | None:
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not lo <= number <= hi:
        problems.append(f"?{key}={value} is not a number from {lo:g} to {hi:g}; it was ignored")
        return None
    return number


def _first_raw(params: Mapping[str, Any], key: str) -> str:
    raw = params.get(key)
    if isinstance(raw, (list, tuple)):
        raw = raw[0] if raw else None
    return "" if raw is None else str(raw)


def from_query(params: Mapping[str, Any]) -> Filters:
    """Read filters from URL query parameters (``st.query_params.to_dict()`` or lists).

    Values that cannot be read are left out and described in ``problems``
    rather than raising: a shared link with a typo still opens.
    """
    problems: list[str] = []
    first = {key: (_values(params, key) or [None])[0] for key in
             ("from", "to", "conf", "q", "km", "bfrom", "bto", "sel", "report")}
    lists = {attr: tuple(dict.fromkeys(_values(params, key))) for key, attr in _LIST_KEYS.items()}
    precisions = tuple(p for p in lists.pop("precisions") if p in PRECISIONS)
    conf = _number(first["conf"], "conf", problems, 0.0, 1.0)
    return Filters(
        date_from=_date(first["from"], "from", problems),
        date_to=_date(first["to"], "to", problems),
        precisions=precisions,
        min_confidence=conf or 0.0,
        text=_first_raw(params, "q"),
        near_line_km=_number(first["km"], "km", problems, 0.0, 2000.0),
        change=_first_raw(params, "change").strip().lower() in ("1", "true", "yes", "on"),
        brush_from=_date(first["bfrom"], "bfrom", problems),
        brush_to=_date(first["bto"], "bto", problems),
        selected=first["sel"],
        report=first["report"],
        problems=tuple(problems),
        **lists,
    )


def to_query(filters: Filters) -> dict[str, str | list[str]]:
    """Return the query parameters that rebuild ``filters`` (empty filters are left out)."""
    out: dict[str, str | list[str]] = {}
    if filters.date_from:
        out["from"] = filters.date_from.isoformat()
    if filters.date_to:
        out["to"] = filters.date_to.isoformat()
    for key, attr in _LIST_KEYS.items():
        values = list(getattr(filters, attr))
        if values:
            out[key] = values
    if filters.min_confidence:
        out["conf"] = f"{filters.min_confidence:g}"
    if filters.text:
        out["q"] = filters.text
    if filters.near_line_km is not None:
        out["km"] = f"{filters.near_line_km:g}"
    if filters.change:
        out["change"] = "1"
    if filters.brush_from:
        out["bfrom"] = filters.brush_from.isoformat()
    if filters.brush_to:
        out["bto"] = filters.brush_to.isoformat()
    if filters.selected:
        out["sel"] = filters.selected
    if filters.report:
        out["report"] = filters.report
    return out


# --- applying ------------------------------------------------------------------

def _iso(series: pd.Series) -> pd.Series:
    """Dates as ``YYYY-MM-DD`` strings (they compare in date order), '' when missing."""
    if series.dtype == object and series.map(type).eq(str).all():
        return series.str.slice(0, 10)
    out = pd.to_datetime(series, errors="coerce").dt.strftime("%Y-%m-%d")
    return out.fillna("")


def with_spans(events: pd.DataFrame) -> pd.DataFrame:
    """Add ``_start``/``_end`` ISO date columns once, so repeated filtering skips the parsing."""
    if events.empty or "_start" in events:
        return events
    start, end = _spans(events)
    return events.assign(_start=start, _end=end)


def _spans(events: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    if "_start" in events and "_end" in events:
        return events["_start"], events["_end"]
    start = _iso(events["date"].fillna(""))
    end = _iso(events["date_end"].fillna("")) if "date_end" in events else start
    end = end.where(end != "", start)
    return start, end


def date_bounds(events: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """Return the first start date and the last end date of ``events``, or None."""
    if events.empty or "date" not in events:
        return None
    start, end = _spans(events)
    start, end = start[start != ""], end[end != ""]
    if start.empty:
        return None
    try:
        return dt.date.fromisoformat(start.min()), dt.date.fromisoformat(end.max())
    except ValueError:
        return None


def _in_any(series: pd.Series, wanted: Iterable[str]) -> pd.Series:
    return series.astype("string").isin(list(wanted)).fillna(False).astype(bool)


def _overlaps(events: pd.DataFrame, lo: dt.date | None, hi: dt.date | None) -> pd.Series:
    start, end = _spans(events)
    keep = pd.Series(True, index=events.index)
    if lo is not None:
        keep &= (end != "") & (end >= lo.isoformat())
    if hi is not None:
        keep &= (start != "") & (start <= hi.isoformat())
    return keep


def _text_mask(events: pd.DataFrame, text: str) -> pd.Series:
    needle = text.strip().casefold()
    keep = pd.Series(False, index=events.index)
    for col in _TEXT_COLUMNS:
        if col in events:
            values = events[col].map(lambda v: " ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
            keep |= values.astype("string").str.casefold().str.contains(needle, regex=False).fillna(False).astype(bool)
    return keep


def apply(events: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Return the rows of ``events`` that pass ``filters`` (same columns, same order).

    The front-line distance filter applies only when events carry
    ``frontline_distance_km``; the selected event does not filter.
    """
    if events.empty:
        return events
    keep = _overlaps(events, filters.date_from, filters.date_to)
    if filters.brush_from or filters.brush_to:
        keep &= _overlaps(events, filters.brush_from, filters.brush_to)
    if filters.types:
        keep &= _in_any(events["event_type"], filters.types)
    if filters.precisions:
        keep &= _in_any(events["date_precision"], filters.precisions)
    if filters.min_confidence:
        keep &= pd.to_numeric(events["confidence"], errors="coerce").fillna(0.0) >= filters.min_confidence
    if filters.sources:
        by_source = _in_any(events["source"], filters.sources)
        by_report = _in_any(events["report_id"], filters.sources) if "report_id" in events else False
        keep &= by_source | by_report
    if filters.countries:
        keep &= _in_any(events["country_code"], filters.countries)
    if filters.regions:
        keep &= _in_any(events["admin1"], filters.regions)
    if filters.text.strip():
        keep &= _text_mask(events, filters.text)
    if filters.near_line_km is not None and "frontline_distance_km" in events:
        dist = pd.to_numeric(events["frontline_distance_km"], errors="coerce").abs()
        keep &= (dist <= filters.near_line_km).fillna(False).astype(bool)
    return events[keep]


def options(events: pd.DataFrame, column: str) -> list[str]:
    """Return the distinct non-empty values of ``column``, sorted, for a filter's choices."""
    if events.empty or column not in events:
        return []
    return sorted({str(v) for v in pd.unique(events[column].dropna()) if str(v).strip()})


def per_day(events: pd.DataFrame) -> pd.DataFrame:
    """Count events per start day and type, the data of the timeline chart."""
    if events.empty:
        return pd.DataFrame({"day": pd.Series(dtype="datetime64[ns]"), "event_type": [], "events": []})
    frame = pd.DataFrame({
        "day": pd.to_datetime(events["date"], errors="coerce"),
        "event_type": events["event_type"].fillna("unknown").astype(str),
    }).dropna(subset=["day"])
    return frame.groupby(["day", "event_type"]).size().rename("events").reset_index()


def brush_dates(selection: Mapping[str, Any] | None) -> tuple[dt.date | None, dt.date | None]:
    """Return the dates of an Altair interval brush as Streamlit reports it, or (None, None).

    Streamlit gives ``{"brush": {"day": [start, end]}}`` with epoch
    milliseconds or ISO strings depending on the field type.
    """
    if not selection:
        return None, None
    for value in selection.values():
        if isinstance(value, Mapping):
            for bounds in value.values():
                if isinstance(bounds, (list, tuple)) and len(bounds) == 2:
                    lo, hi = (_to_date(b) for b in bounds)
                    if lo and hi:
                        return min(lo, hi), max(lo, hi)
    return None, None


def _to_date(value: Any) -> dt.date | None:
    try:
        if isinstance(value, (int, float)):
            return pd.to_datetime(value, unit="ms").date()
        return pd.to_datetime(value).date()
    except (ValueError, TypeError, OverflowError):
        return None
