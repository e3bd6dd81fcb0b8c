"""Extract: a report in, its event and place layers out.

The pipeline of one report: sentences and mentions (:mod:`geodata.toponyms`),
a place per mention (:mod:`geodata.resolve`), events with dates, types and
modifiers (:mod:`geodata.events`), then GeoDataFrames (:mod:`geodata.layers`).
Long texts are processed in paragraph chunks so memory stays bounded.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path

import geopandas as gpd

from geodata import layers, spatial
from geodata.errors import InputError
from geodata.events import build_events
from geodata.reports import Report, read_reports, report_from_text
from geodata.resolve import Resolution, resolve_mentions
from geodata.toponyms import find_mentions, split_sentences

__all__ = ["Extraction", "extract", "extract_path", "extract_text", "CHUNK_CHARS"]

CHUNK_CHARS = 200_000
"""Paragraph chunks of a long report are resolved on their own (bounded memory, local context)."""


class Extraction:
    """What one report yields: its events and places as GeoDataFrames (EPSG:4326).

    The frames are built on first access from ``event_records`` and
    ``place_records`` (dicts with the layer fields and ``lon``/``lat``): a
    GeoDataFrame costs milliseconds, more than extracting a short report, and a
    caller that stores rows can use the records directly.
    """

    def __init__(self, report: Report, events: gpd.GeoDataFrame | None = None,
                 places: gpd.GeoDataFrame | None = None, *, event_records: list[dict] | None = None,
                 place_records: list[dict] | None = None) -> None:
        self.report = report
        self.event_records = event_records if event_records is not None else []
        self.place_records = place_records if place_records is not None else []
        self._events = events
        self._places = places

    @property
    def events(self) -> gpd.GeoDataFrame:
        """The events layer (``layers.EVENT_FIELDS``, one Point per event)."""
        if self._events is None:
            recs = self.event_records
            self._events = layers.events_frame(recs) if recs else layers.empty_events()
        return self._events

    @events.setter
    def events(self, frame: gpd.GeoDataFrame) -> None:
        self._events = frame

    @property
    def places(self) -> gpd.GeoDataFrame:
        """The places layer (``layers.PLACE_FIELDS``, one Point per place)."""
        if self._places is None:
            recs = self.place_records
            self._places = layers.places_frame(recs) if recs else _empty_places()
        return self._places

    @places.setter
    def places(self, frame: gpd.GeoDataFrame) -> None:
        self._places = frame

    def __repr__(self) -> str:
        return (f"Extraction(report={self.report.id!r}, events={len(self.event_records)}, "
                f"places={len(self.place_records)})")


def _chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pieces of ``text`` that end at paragraph (or sentence) breaks."""
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut < 0:
                cut = text.rfind(". ", pos + size // 2, end)
                cut = cut + 1 if cut >= 0 else end
            end = cut if cut > pos else end
        yield pos, text[pos:end]
        pos = end


def _place_records(resolutions: list[Resolution]) -> list[dict]:
    by_id: dict[str, dict] = {}
    for r in resolutions:
        p = r.place
        rec = by_id.get(p["place_id"])
        if rec is None:
            by_id[p["place_id"]] = {
                "place_id": p["place_id"], "name": p["name"], "mentions": [r.mention.text],
                "country_code": p["country_code"], "admin1": p["admin1"], "feature_class": p["feature_class"],
                "population": int(p["population"]), "mention_count": 1, "confidence": r.confidence,
                "candidates": r.candidates, "radius_km": p["radius_km"], "lat": p["lat"], "lon": p["lon"],
            }
            continue
        if r.mention.text not in rec["mentions"]:
            rec["mentions"].append(r.mention.text)
        rec["mention_count"] += 1
        if r.confidence > rec["confidence"]:
            rec["confidence"], rec["candidates"] = r.confidence, r.candidates
    return list(by_id.values())


def extract(report: Report, *, gazetteer=None, aliases: Mapping[str, dict] | None = None,
            frontline=None) -> Extraction:
    """Extract the events and places of one report.

    Parameters
    ----------
    report : Report
        Needs ``text`` and ``published`` (relative dates resolve against it).
    gazetteer : Gazetteer, optional
        Defaults to the process-wide :func:`geodata.gazetteer.default`.
    aliases : mapping, optional
        User corrections, folded mention -> ``{"place_id", "name", "lat", "lon",
        "country_code", "admin1"}``; they override the gazetteer.
    frontline : optional
        Front-line data for the disambiguation prior (:func:`geodata.frontline.line_prior`):
        a LinePrior, an occupied-area geometry, or ``{date: geometry}`` snapshots of
        which the one nearest the publication date is used.  None: no prior.

    Raises
    ------
    InputError
        When the report has no publication date.
    """
    if report.published is None:
        msg = f"report {report.id}: no publication date; pass --published YYYY-MM-DD"
        raise InputError(msg)
    if gazetteer is None:
        from geodata import gazetteer as gz

        gazetteer = gz.default()
    if frontline is not None:
        from geodata.frontline import line_prior

        frontline = line_prior(frontline, report.published)
    text = report.text or ""
    event_records: list[dict] = []
    resolutions: list[Resolution] = []
    n_sent = 0
    for offset, chunk in _chunks(text):
        sentences = split_sentences(chunk, offset=offset, first_index=n_sent)
        n_sent += len(sentences)
        mentions = find_mentions(text, gazetteer, sentences=sentences)
        res = resolve_mentions(mentions, gazetteer, aliases=aliases, frontline=frontline, sentences=sentences)
        event_records.extend(_in_region_parts(build_events(report, sentences, res, mentions), gazetteer))
        resolutions.extend(res)
    return Extraction(report, event_records=event_records, place_records=_place_records(resolutions))


def _in_region_parts(records: list[dict], gazetteer) -> list[dict]:
    """Pin "the south of the Odesa region" in that third of the region's outline (not half a radius off the
    label point, which may leave a long region or land in the sea)."""
    geometry = getattr(gazetteer, "region_geometry", None)
    for rec in records if geometry is not None else ():
        if rec["place_id"].startswith("adm1:") and rec["relation"].endswith(("_part", "_side")):
            part = spatial.region_part(geometry(rec["place_id"][5:]), rec["relation"])
            if part is not None:
                rec["lat"], rec["lon"], rec["uncertainty_km"] = part
    return records


def _empty_places() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(columns=[*layers.PLACE_FIELDS, "geometry"], geometry="geometry", crs=layers.CRS)


def extract_text(text: str, published: dt.date, *, source: str | None = None, gazetteer=None,
                 aliases: Mapping[str, dict] | None = None, frontline=None) -> Extraction:
    """Extract the events and places of a report given as text."""
    return extract(report_from_text(text, published, source), gazetteer=gazetteer, aliases=aliases,
                   frontline=frontline)


def extract_path(path: Path, *, published: dt.date | None = None, source: str | None = None,
                 layer: str = "events", errors: list[str] | None = None, frontline=None) -> dict:
    """Return one FeatureCollection of the ``layer`` ("events" or "places") of every report in ``path``.

    ``.txt``/``.html`` need ``published``; ``.jsonl``/``.csv`` rows carry their own.
    Bad rows are described in ``errors`` (when given) and skipped; ``frontline`` as in :func:`extract`.
    """
    if layer not in ("events", "places"):
        msg = f"--layer {layer!r} is not a layer; use events or places"
        raise InputError(msg)
    frames = []
    n = 0
    for report in read_reports(Path(path), published=published, source=source, errors=errors):
        ex = extract(report, frontline=frontline)
        n += 1
        frame = ex.events if layer == "events" else ex.places.assign(report_id=report.id)
        if len(frame):
            frames.append(frame)
    if n == 0:
        msg = f"{path}: no readable report in the file; fix the rows reported above"
        raise InputError(msg)
    if not frames:
        return {"type": "FeatureCollection", "features": []}
    import pandas as pd

    gdf = gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=layers.CRS)
    return layers.to_feature_collection(gdf)
