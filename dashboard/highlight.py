"""Report text as HTML with the place mentions highlighted, everything else escaped.

The spans come from what extraction already found (each event's sentence and
mention offsets, each place's mentions as written); nothing is re-parsed here.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

import pandas as pd

Span = tuple[int, int, str]
"""(start, end, tooltip) of a mention in the report text."""


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def mention_spans(text: str, events: pd.DataFrame | None = None, places: pd.DataFrame | None = None) -> list[Span]:
    """Return the non-overlapping spans of place mentions in ``text``, sorted.

    Event mentions are located through their sentence and offsets; place
    mentions as whole-word matches of the written names.
    """
    spans: list[Span] = []
    if events is not None and not events.empty and "sentence" in events:
        for row in events.itertuples(index=False):
            sentence = getattr(row, "sentence", None)
            start = getattr(row, "mention_start", None)
            end = getattr(row, "mention_end", None)
            if not isinstance(sentence, str) or _is_missing(start) or _is_missing(end):
                continue
            at = text.find(sentence)
            if at < 0:
                continue
            label = f"{getattr(row, 'place', '') or ''} · {getattr(row, 'event_type', '') or ''}"
            spans.append((at + int(start), at + int(end), label))
    if places is not None and not places.empty:
        for row in places.itertuples(index=False):
            mentions = getattr(row, "mentions", None) or []
            if isinstance(mentions, str):
                mentions = [mentions]
            for mention in mentions:
                if not mention:
                    continue
                pattern = r"(?<!\w)" + re.escape(str(mention)) + r"(?!\w)"
                for match in re.finditer(pattern, text):
                    spans.append((match.start(), match.end(), str(getattr(row, "name", "") or "")))
    return _merge(spans, len(text))


def _merge(spans: Iterable[Span], size: int) -> list[Span]:
    out: list[Span] = []
    for start, end, label in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not 0 <= start < end <= size:
            continue
        if out and start < out[-1][1]:
            continue
        out.append((start, end, label))
    return out


def highlight_html(text: str, spans: Sequence[Span]) -> str:
    """Return ``text`` escaped for HTML, with each span in a ``<mark>`` and newlines as ``<br>``."""
    parts: list[str] = []
    pos = 0
    for start, end, label in spans:
        parts.append(html.escape(text[pos:start]))
        parts.append(f'<mark title="{html.escape(label, quote=True)}">{html.escape(text[start:end])}</mark>')
        pos = end
    parts.append(html.escape(text[pos:]))
    return "".join(parts).replace("\n", "<br>\n")
