"""Dates in report text, resolved against the publication date with honest precision.

A news report rarely says "2023-07-09"; it says "on Sunday", "last May", "at the
end of last June" or "in recent days".  :func:`find_dates` finds every such
expression in one regular-expression pass and turns it into a :class:`DateSpan`:
a first and last day plus a precision (``day``, ``week``, ``month`` or ``year``)
that says how wide the window really is.  A weekday becomes one exact day; "in
May" becomes the whole month, never a made-up day inside it.  Durations ("more
than 500 days of war", "16 months") are not event dates and are not returned.

Every quantifier in the patterns is bounded, so the work per text position is
constant and the pass stays linear on hostile input.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from geodata.alternation import by_first_letter, split_alternatives
from geodata.errors import InputError
from geodata.names import fold_case

__all__ = [
    "DateSpan", "WAR_START", "default_span", "find_dates", "format_span", "looks_back", "names_calendar_day",
    "opens_period", "precision_for", "resolve_date", "states_year",
]

WAR_START = dt.date(2022, 2, 24)
"""Start of Russia's full-scale invasion: the anchor of "the start of the war"."""

PRECISIONS = ("day", "week", "month", "year")
_FUTURE_DAYS = 14
"""A yearless day date up to this many days after publication is read as upcoming
(a summit "on July 12"); further ahead it is read as last year's."""


@dataclass(frozen=True)
class DateSpan:
    """A resolved temporal expression: ``start``..``end`` inclusive at ``precision``.

    ``text`` is the expression as written ("" for the dateline default) and
    ``offset`` its character offset in the searched string (-1 when not from text).
    """

    start: dt.date
    end: dt.date
    precision: str
    text: str
    offset: int = -1

    def to_dict(self) -> dict[str, str]:
        """Return the event-layer fields ``date``, ``date_end``, ``date_precision``, ``date_text``."""
        return {"date": self.start.isoformat(), "date_end": self.end.isoformat(),
                "date_precision": self.precision, "date_text": self.text}


def default_span(published: dt.date) -> DateSpan:
    """Return the dateline context of a sentence without a date of its own.

    A report published on day P tells of what happened on P or the day before
    (the usual news cycle), so an undated sentence gets P-1..P at day precision.
    """
    pub = _as_date(published)
    return DateSpan(pub - dt.timedelta(days=1), pub, "day", "")


def precision_for(start: dt.date, end: dt.date) -> str:
    """Return the precision class of a window by its length (2 days = day, 16 = week, 100 = month)."""
    days = (end - start).days + 1
    if days <= 2:
        return "day"
    if days <= 16:
        return "week"
    if days <= 100:
        return "month"
    return "year"


# --------------------------------------------------------------------------- patterns

_S = r"\s{1,4}"  # bounded whitespace: keeps each match attempt constant-time
_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:(?:{_MONTH_FULL})(?![a-z])|{_MONTH_ABBR}(?![a-z]))"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![.,]?\d)\b"
_DAY_ORD = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
_YEAR = r"(?:19\d\d|20\d\d)(?![\d])\b"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DASH = rf"(?:\s{{0,2}}[-\u2013\u2014]\s{{0,2}}|{_S}(?i:to|until|till|through|thru){_S})"
_NUMWORD = (r"\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            rf"|a{_S}few|few|several|a{_S}couple{_S}of|couple{_S}of")
_MONTH_PART = (rf"end|start|beginning|middle|turn|close|first{_S}half|second{_S}half|latter{_S}half"
               rf"|first{_S}week|last{_S}week|first{_S}days|last{_S}days|first{_S}(?:ten|10){_S}days"
               rf"|first{_S}weeks|last{_S}weeks|(?:second|third|fourth){_S}week|(?:final|closing){_S}(?:days|week|weeks)")
_SEASON = "spring|summer|autumn|winter"
_COUNTED = (r"(?:people|persons|soldiers|troops|servicemen|civilians|men|women|children|residents|cases|times"
            r"|units|tanks|drones|missiles|shells|rounds|km|kilomet(?:er|re)s|miles|met(?:er|re)s|tonnes|tons"
            r"|dollars|euros|hryvnias?|r(?:o)?ubles|killed|dead|wounded|homes|houses|buildings|strikes|attacks"
            rf"|percent|per{_S}cent)\b")


def _alternatives() -> list[tuple[str, str]]:
    """Return (kind, pattern) pairs; the order decides ties at one text position."""
    def wd(prefix: str) -> str:
        return rf"(?:(?P<{prefix}_wd>{_WEEKDAY}),?{_S})?"

    return [
        ("iso", rf"(?P<iso_y>{_YEAR})[-/](?P<iso_m>1[0-2]|0[1-9])[-/](?P<iso_d>3[01]|[12]\d|0[1-9])(?!\d)"),
        ("num", rf"(?P<num_a>3[01]|[12]\d|0?[1-9])(?P<num_sep>[./])(?P<num_b>3[01]|[12]\d|0?[1-9])(?P=num_sep)"
                rf"(?P<num_y>{_YEAR})"),
        ("numdm", rf"(?i:on){_S}(?P<nd_a>3[01]|[12]\d|0?[1-9])/(?P<nd_b>1[0-2]|0?[1-9])(?![/\d])(?!{_S}(?i:of)\b)"),
        ("war", rf"(?i:(?:for{_S}(?P<war_n>several|a{_S}few|a{_S}couple{_S}of|two|three|four|five|six|many)"
                rf"{_S}(?P<war_u>days|weeks|months){_S})?"
                rf"(?P<war_prep>at|since|from|in|during){_S}the{_S}(?:very{_S})?"
                rf"(?P<war_part>start|beginning|outset|onset|first{_S}(?:few{_S})?(?:days|weeks|months)"
                rf"|early{_S}(?:days|weeks|months)){_S}of{_S}(?:the{_S}|russia['\u2019]s{_S})?"
                rf"(?:full[- ]scale{_S}|russian{_S})?(?:war|invasion)\b"
                rf"|since{_S}the{_S}(?:full[- ]scale{_S}|russian{_S})?(?:war|invasion){_S}(?:began|started)\b"
                rf"|since{_S}the{_S}full[- ]scale{_S}invasion\b"
                rf"|(?P<war_early>early){_S}in{_S}(?:the{_S}|russia['\u2019]s{_S})?(?:full[- ]scale{_S}|russian{_S})?"
                rf"(?:war|invasion)\b)"),
        ("range_md", rf"(?:(?i:between){_S}(?P<rmd_m1>{_MONTH}){_S}(?P<rmd_d1>{_DAY})(?:,?{_S}(?P<rmd_y1>{_YEAR}))?"
                     rf"{_S}(?i:and){_S}(?:(?P<rmd_m2>{_MONTH}){_S})?(?P<rmd_d2>{_DAY})(?:,?{_S}(?P<rmd_y2>{_YEAR}))?"
                     rf"|(?:(?i:from){_S})?(?P<rmd_m3>{_MONTH}){_S}(?P<rmd_d3>{_DAY})(?:,?{_S}(?P<rmd_y3>{_YEAR}))?"
                     rf"{_DASH}(?:(?P<rmd_m4>{_MONTH}){_S})?(?P<rmd_d4>{_DAY})(?:,?{_S}(?P<rmd_y4>{_YEAR}))?)"),
        ("range_dm", rf"(?:(?i:between){_S}(?P<rdm_d1>{_DAY})(?:{_S}(?P<rdm_m1>{_MONTH}))?{_S}(?i:and){_S}"
                     rf"(?P<rdm_d2>{_DAY}){_S}(?:(?i:of){_S})?(?P<rdm_m2>{_MONTH})(?:,?{_S}(?P<rdm_y2>{_YEAR}))?"
                     rf"|(?:(?i:from){_S})?(?P<rdm_d3>{_DAY})(?:{_S}(?P<rdm_m3>{_MONTH}))?{_DASH}"
                     rf"(?P<rdm_d4>{_DAY}){_S}(?:(?i:of){_S})?(?P<rdm_m4>{_MONTH})(?:,?{_S}(?P<rdm_y4>{_YEAR}))?)"),
        ("holiday", rf"(?:(?P<hol_n>Independence|Victory|Constitution|Defenders['\u2019]?|Defender['\u2019]s|Flag"
                    rf"|Navy|Christmas|New{_S}Year['\u2019]s|Palm|Good|(?:Orthodox{_S})?Easter)"
                    rf"{_S}(?P<hol_k>Day|Eve|period|holidays|season|Sunday|Friday|Monday|weekend)\b"
                    # "on Easter", "over Easter": the feast after a preposition ("Easter bread" is none)
                    rf"|(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\bduring\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
                    rf"|(?<=\bsince\s)|(?<=\buntil\s))(?P<hol_e>(?:Orthodox{_S})?Easter)(?![\w-]))"
                    rf"(?:{_S}of{_S}Ukraine)?"
                    rf"(?:,?{_S}(?P<hol_y>{_YEAR}))?"),
        ("mdy", wd("mdy") + rf"(?P<mdy_m>{_MONTH}){_S}(?P<mdy_d>{_DAY})(?:,?{_S}(?P<mdy_y>{_YEAR}))?"),
        ("dmy", wd("dmy") + rf"(?:(?i:the){_S})?(?P<dmy_d>{_DAY}){_S}(?:(?i:of){_S})?(?:(?P<dmy_m>{_MONTH})"
                rf"(?:,?{_S}(?P<dmy_y>{_YEAR}))?"
                # "(5 october 2023)": a month in lower case only in a full date ("5 may" is no date)
                rf"|(?P<dmy_lm>{_MONTH_FULL.lower()})(?![a-z]){_S}(?P<dmy_ly>{_YEAR}))"),
        # (not "on the 1st and 4th floors of a residential building": a storey)
        ("nth", rf"(?i:on){_S}the{_S}(?P<nth_d>{_DAY_ORD})(?!{_S}(?i:of|century)|(?:{_S}(?:and|&|or){_S}\d{{1,2}}"
                rf"(?:st|nd|rd|th))?{_S}(?i:floors?|stor(?:eys?|y|ies)|levels?|lines?|rows?|platforms?|entrances?|"
                # (nor "a strike on the 23rd arsenal", "on the 93rd brigade": a unit's number)
                rf"arsenals?|brigades?|regiments?|divisions?|corps|battalions?|arm(?:y|ies)|separate|mechani[sz]ed|"
                rf"motori[sz]ed|assault|airborne|guards|tank|artillery|anniversary|sanctions|package|round|session))"),
        ("mrange", rf"(?:(?i:between|from){_S}(?:(?P<mr_p1>(?i:early|late|mid))(?:-|{_S}))?(?P<mr_m1>{_MONTH_FULL})"
                   rf"(?:{_S}(?P<mr_y1>{_YEAR}))?{_S}(?i:and|to|until|till|through){_S}"
                   rf"(?:(?P<mr_p2>(?i:early|late|mid))(?:-|{_S}))?(?P<mr_m2>{_MONTH_FULL})(?:{_S}(?P<mr_d2>{_DAY}))?"
                   rf"(?:,?{_S}(?P<mr_y2>{_YEAR}))?"
                   rf"|(?P<mr_m3>{_MONTH_FULL})\s{{0,2}}[-\u2013\u2014]\s{{0,2}}(?P<mr_m4>{_MONTH_FULL})"
                   rf"(?:,?{_S}(?P<mr_y4>{_YEAR}))?)\b"),
        ("month", rf"(?:(?:(?i:(?:in|at|by|until|during|from|on|towards?|around){_S})?(?i:the{_S})?(?i:very{_S})?"
                  rf"(?P<mo_pw>(?i:{_MONTH_PART})){_S}(?i:of){_S}"
                  rf"|(?P<mo_pa>(?i:early|late|mid))(?:-\s{{0,2}}|{_S}))"
                  rf")?(?:(?P<mo_rel>(?i:last|this|next|past|previous)){_S})?"
                  # (not a day's month: "since the beginning of February 25th")
                  rf"(?P<mo_m>{_MONTH_FULL})\b(?!{_S}(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)"
                  rf"(?:,?{_S}(?:(?i:of){_S})?(?P<mo_y>{_YEAR}))?"),
        ("yrange", rf"(?:(?i:between|from){_S}(?P<yr_a>{_YEAR}){_S}(?i:and|to|until|till|through){_S}"
                   rf"(?P<yr_b>{_YEAR})|(?P<yr_c>{_YEAR})\s{{0,2}}[-\u2013\u2014]\s{{0,2}}(?P<yr_d>{_YEAR}))"),
        ("year", rf"(?:(?i:(?:in|at|by|until|during|from|towards?){_S})?(?i:the{_S})?"
                 rf"(?P<y_pw>(?i:end|start|beginning|middle|turn|first{_S}half|second{_S}half"
                 rf"|(?:early|earliest|first|opening|late|last|final|closing|later)(?:{_S}few)?{_S}months"
                 rf"|(?:early|first|last|final)(?:{_S}few)?{_S}weeks)){_S}(?i:of){_S}"
                 rf"|(?P<y_pa>(?i:early|late|mid))(?:-\s{{0,2}}|{_S}))?(?P<y_y>{_YEAR})"
                 rf"(?![-\u2013/.]\d)(?!{_S}{_COUNTED})"),
        ("unitpart", rf"(?:(?i:(?:in|at|by|until|during|from|towards?|around){_S})?(?i:the{_S})?(?i:very{_S})?"
                     rf"(?P<up_pw>(?i:end|start|beginning|middle|turn|close|first{_S}half|second{_S}half"
                     rf"|latter{_S}half|first{_S}days|last{_S}days|first{_S}week|last{_S}week)){_S}(?i:of){_S}"
                     rf"(?P<up_rel>(?i:this|the{_S}current|the{_S}previous|the{_S}following|last|next|the)){_S}"
                     rf"(?P<up_u>(?i:week|month|year))\b)"),
        # ("two days ago"; "a month into the war", counted from its start, shares the kind's first words)
        # (not the end of a longer number: "150,000-100,000 years ago")
        ("ago", rf"(?i:(?<![\d,.])(?P<ago_n>{_NUMWORD}){_S}(?P<ago_u>day|week|month|year)s?{_S}(?:ago|(?P<ago_into>into{_S}the{_S}"
                rf"(?:full[- ]scale{_S}|russian{_S})?(?:war|invasion))))\b"),
        ("recent", rf"(?i:(?:in|over|during|within|for|throughout){_S}(?:the{_S})?"
                   rf"(?:(?P<rc_recent>recent|coming|next)|(?:past|last|previous)(?:{_S}(?P<rc_n>{_NUMWORD}))?)"
                   rf"{_S}(?P<rc_u>hours|days|weeks|months|years|day|week|month|year)\b(?!{_S}of\b))"),
        ("rel", rf"(?i:(?P<rl_dby>the{_S}day{_S}before{_S}yesterday)"
                rf"|(?P<rl_yday>yesterday)(?:{_S}(?:morning|afternoon|evening|night))?"
                rf"|(?P<rl_prevday>the{_S}(?:previous|preceding){_S}day|the{_S}day{_S}before)"
                rf"|(?P<rl_night>last{_S}night|overnight|the{_S}previous{_S}night|this{_S}night(?!{_S}of\b)"
                rf"|(?:during|in){_S}the{_S}night(?!{_S}of\b|{_S}(?:sky|shift)\b))"
                rf"(?:{_S}(?:on|into|to){_S}(?P<rl_nwd>{_WEEKDAY}))?"
                rf"|(?P<rl_today>today|tonight|this{_S}(?:morning|afternoon|evening)|(?:earlier|later){_S}today"
                # "this day is in some ways similar to all the previous ones" (an evening address), not "during
                # this day" or "on this day" of a story told (see _ANCHORED)
                rf"|this{_S}day(?={_S}(?:is|was|has|had|brought|began|started|ended)\b)"
                rf"|(?<!\w\s)this{_S}day(?=,)"  # "This day, as well as every single day, the occupants again shelled" (not "during this day,")
                # "Only in the first half of this day, and only in Kyiv, there were four air strikes" (an address)
                rf"|(?:the{_S})?(?:first|second){_S}half{_S}of{_S}(?:this|the){_S}day"
                rf"|since{_S}(?:(?:the{_S})?(?:early{_S})?morning|midnight)"
                rf"|all{_S}day{_S}long|throughout{_S}the{_S}day"
                # "Dnipropetrovsk region experienced dozens of attacks during the day" (not "during the day of 24
                # February", "during the day before")
                rf"|(?:during|(?:in|over){_S}the{_S}course{_S}of){_S}the{_S}day(?!{_S}(?:of|on|before|after)\b))"
                rf"|(?P<rl_tmr>tomorrow)"
                rf"|(?P<rl_recent>(?:the{_S})?(?:most{_S})?recent)(?={_S}(?:[a-z-]{{1,20}}{_S}){{0,2}}"
                rf"(?:attacks?|strikes?|shelling|bombardments?|assaults?)\b)"
                rf"|(?P<rl_el>earlier|later){_S}(?:this|in{_S}the){_S}(?P<rl_elu>week|month|year)"
                rf"|(?P<rl_which>this{_S}past|this|last|next|the{_S}previous|the{_S}following|the{_S}coming|the{_S}current"
                rf"|the{_S}last|the{_S}past){_S}(?P<rl_u>weekend|week|month|year)(?:(?<=weekend)(?P<rl_poss>(?=['\u2019]s\b)))?"
                rf"|(?:over{_S}|at{_S}|during{_S})?(?P<rl_wkend>the{_S}weekend)"
                rf"|(?:(?P<rl_sp1>early|late|mid)(?:-|{_S}))?(?P<rl_sq>this|last|next|past){_S}(?P<rl_s1>{_SEASON}|fall)"
                rf"|(?:the{_S})?(?:(?P<rl_sp2>early|late|mid)(?:-|{_S}))?(?P<rl_s2>{_SEASON}|fall){_S}(?:of{_S})?"
                rf"(?P<rl_sy>{_YEAR})"
                rf"|in{_S}(?:the{_S}(?:(?P<rl_sp3>early|late|mid)(?:-|{_S}))?|(?P<rl_sp4>early|late|mid)(?:-|{_S}))"
                rf"(?P<rl_s3>{_SEASON})\b(?!{_S}of))\b"),
        ("weekday", rf"(?:(?P<wd_q>(?i:last|this|next|early|late|early{_S}on|late{_S}on)){_S})?"
                    rf"(?P<wd_d>{_WEEKDAY})(?:{_S}(?P<wd_t>(?i:morning|afternoon|evening|night)))?"
                    # "on Tuesday last week": that weekday of the week before
                    rf"(?:{_S}(?i:of{_S})?(?P<wd_w>(?i:last|this|next)){_S}(?i:week)\b)?"),
    ]


_ALTS = _alternatives()

# First words an expression of each kind may start with ("#" a number, "M" a month
# name, "W" a weekday).  Only tokens like these are tried as match starts.
_PREPS = ("in", "at", "by", "until", "during", "from", "on", "toward", "towards", "around", "the", "very")
_PARTS = ("end", "start", "beginning", "middle", "turn", "close", "first", "second", "latter", "last",
          "early", "late", "mid", "earliest", "opening", "final", "closing", "later")
_STARTERS: dict[str, tuple[str, ...]] = {
    "iso": ("#",), "num": ("#",), "numdm": ("on",),
    "war": ("for", "at", "since", "from", "in", "during", "early"),
    "range_md": ("between", "from", "M"), "range_dm": ("between", "from", "#"),
    "holiday": ("independence", "victory", "constitution", "defenders", "defender", "flag", "christmas", "new",
                "navy", "palm", "good", "easter", "orthodox"),
    "mdy": ("W", "M"), "dmy": ("W", "the", "#"), "nth": ("on",),
    "mrange": ("between", "from", "M"),
    "month": (*_PREPS, *_PARTS, "this", "next", "past", "previous", "M"),
    "yrange": ("between", "from", "#"),
    "unitpart": ("in", "at", "by", "until", "during", "from", "toward", "towards", "around", "the", "very", "end",
                 "start", "beginning", "middle", "turn", "close", "first", "second", "latter", "last"),
    "year": (*_PREPS, *_PARTS, "#"),
    "ago": ("#", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "few", "several", "couple"),
    "recent": ("in", "over", "during", "within", "for", "throughout"),
    "rel": ("the", "yesterday", "last", "overnight", "today", "tonight", "this", "earlier", "later", "all", "throughout",
            "tomorrow", "next", "over", "at", "during", "past", "in", "spring", "summer", "autumn", "fall",
            "winter", "early", "late", "mid", "since", "recent", "most"),
    "weekday": ("last", "this", "next", "early", "late", "W"),
}
# Every expression holds one of these words (or a number); text far from them is never matched.
_ANCHOR_WORDS = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu",
    "Fri", "Sat", "Sun", "Yesterday", "yesterday", "To(?:day|night|morrow)", "to(?:day|night|morrow)", "Overnight",
    "overnight", "night", "ago", "hour", "day", "week", "month", "year", "morning", "afternoon", "evening", "War",
    "war", "invasion", "Spring", "spring", "Summer", "summer", "Autumn", "autumn", "Fall", "fall", "Winter", "winter",
    "Day", "Eve", "Christmas", "Easter", "midnight", "recent", "Recent")
# (grouped by first letter: the same matches, found faster)
_ANCHOR = re.compile(r"\b(?:\d|" + by_first_letter(_ANCHOR_WORDS) + ")")
_TOKEN = re.compile(r"\b\w+")
# A number starts a date only if a separator, month, range word, unit or (for a
# year) a preceding lowercase word is next to it: cheap to test, rejects counts.
_ORD = r"(?:st|nd|rd|th)?"
_NUMBER_GATE = re.compile(
    rf"\d{{4}}[-/]\d\d[-/]\d|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d"
    rf"|\d{{1,2}}{_ORD}(?:\s{{0,2}}[-\u2013\u2014]\s{{0,2}}|{_S}(?:to|until|till|through|thru|and){_S})"
    rf"\d{{1,2}}{_ORD}{_S}(?:of{_S})?[A-Z]"
    rf"|\d{{1,2}}{_ORD}{_S}(?:of{_S})?[A-Z]|(?:19|20)\d\d\s{{0,2}}[-\u2013\u2014]\s{{0,2}}(?:19|20)\d\d"
    rf"|\d{{1,3}}{_S}(?:day|week|month|year)|(?<=[a-z]\s)(?:19|20)\d\d\b"
    rf"|\d{{1,2}}{_S}(?:{_MONTH_FULL.lower()}){_S}(?:19|20)\d\d")
_REACH = 48
"""Longest distance (chars) from an expression's start to its first anchor word."""
_MONTH_TOKENS = frozenset([*_MONTH_FULL.split("|"), "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                           "Sept", "Oct", "Nov", "Dec"])
_WEEKDAY_TOKENS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _starter_gate(kind: str) -> str:
    """A lookahead for the first words of ``kind`` (``_STARTERS``): other kinds fail fast at a word."""
    words = sorted((re.escape(w) for w in _STARTERS[kind] if w not in ("#", "M", "W")), key=len, reverse=True)
    parts = [rf"(?i:{'|'.join(words)})\b"] if words else []
    if "#" in _STARTERS[kind]:
        parts.append(r"\d")
    if "M" in _STARTERS[kind]:
        parts.append(rf"(?:{'|'.join(sorted(_MONTH_TOKENS, key=len, reverse=True))})\b")
    if "W" in _STARTERS[kind]:
        parts.append(rf"(?:{'|'.join(sorted(_WEEKDAY_TOKENS))})\b")
    return f"(?={'|'.join(parts)})"


def _first_char_gate(kind: str) -> str:
    """A one-character lookahead for the first letters of ``kind``'s first words: a class test is much cheaper
    than the word gate, which then runs only at a word that may start the kind."""
    chars: set[str] = set()
    for word in _STARTERS[kind]:
        if word == "#":
            chars.add(r"\d")
        elif word in ("M", "W"):
            chars.update(re.escape(t[0]) for t in (_MONTH_TOKENS if word == "M" else _WEEKDAY_TOKENS))
        else:
            chars.update(re.escape(c) for c in (word[0].lower(), word[0].upper()))
    return f"(?=[{''.join(sorted(chars))}])"


_PATTERN = re.compile(r"\b(?:" + "|".join(f"{_first_char_gate(kind)}{_starter_gate(kind)}(?P<k_{kind}>{pat})"
                                          for kind, pat in _ALTS) + ")")
"""All kinds in one alternation: the reference matcher (see :func:`_scan_all`)."""
_KIND_RE = {kind: re.compile(rf"\b(?:{pat})") for kind, pat in _ALTS}
# One small pattern per kind, tried in order: a single alternation is ~4x slower
# because the regex engine saves every capture group at each branch.
_BY_START: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    key: tuple((kind, _KIND_RE[kind]) for kind, _ in _ALTS if key in _STARTERS[kind])
    for key in {key for keys in _STARTERS.values() for key in keys}
}
# the kinds a month or weekday name starts ("M", "W"); any other word starts those of its lower case
_KINDS_BY_NAME = {**dict.fromkeys(_MONTH_TOKENS, _BY_START["M"]), **dict.fromkeys(_WEEKDAY_TOKENS, _BY_START["W"])}
_LEAD = re.compile(r"(?i:\b(?P<w>on|in|since|during|throughout|through|until|by|from|before|after|early|late|mid|"
                   r"as\s{1,4}of))"
                   r"\s{1,4}\Z")
# "amidst the 2023 Ukrainian counteroffensive": a year that names an event's year
_THE_BEFORE = re.compile(r"\b[Tt]he\s{1,2}\Z")
_EVENT_NOUN_AFTER = re.compile(r"(?:\s{1,2}[A-Z][\w'\u2019-]*){0,2}\s{1,2}(?:invasion|counter-?offensive|offensive|"
                               r"campaign|war|battle|siege|attacks?|strikes?|incursion|raids?|explosions?|crisis|"
                               r"occupation|mutiny|annexation|referendum|uprising|protests)\b")
_MAY_LEAD = frozenset({"on", "in", "since", "during", "throughout", "through", "until", "by", "from", "before", "after",
                       "early", "late", "mid", "as of"})
_AMBIGUOUS_MONTHS = frozenset({3, 5})  # "March" and "May" are also a noun and a verb
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3,
            "couple": 2, "many": 6}
_WEEKDAYS = {name: i for i, name in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


# --------------------------------------------------------------------------- helpers

def _as_date(published: Any, what: str = "publication date") -> dt.date:
    """Return ``published`` as a :class:`datetime.date` or raise :class:`InputError`."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip())
        except ValueError:
            pass
    msg = f"{what} {published!r} is not a date; give it as YYYY-MM-DD"
    raise InputError(msg)


def _num(word: str | None, default: int = 1) -> int:
    """Value of a count such as "3", "two", "a few", "a couple of"."""
    if not word:
        return default
    tokens = word.lower().split()
    if tokens[0].isdigit():
        return int(tokens[0])
    for token in tokens:
        if token not in ("a", "an", "of") and token in _NUMBERS:
            return _NUMBERS[token]
    return 1 if tokens[0] in ("a", "an") else default


_MONTH_NUMBERS = {calendar.month_abbr[i].lower(): i for i in range(1, 13)}


def _month_no(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


def _day_no(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _last_day(year, month))


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _month_year(month: int, pub: dt.date, rel: str | None) -> int:
    """Year of a yearless month: the most recent one not after publication unless ``rel`` says otherwise."""
    rel = (rel or "").lower()
    if rel == "this":
        return pub.year
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel in ("last", "past", "previous"):
        return pub.year if month < pub.month else pub.year - 1
    return pub.year if month <= pub.month else pub.year - 1


def _day_year(month: int, day: int, pub: dt.date, weekday: str | None = None) -> int | None:
    """Year of a yearless day date: recent past, or up to two weeks ahead; a weekday disambiguates."""
    options = []
    for year in (pub.year + 1, pub.year, pub.year - 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday:
        matching = [d for d in options if d.weekday() == _WEEKDAYS[weekday.lower()]]
        options = matching or options
    for d in options:  # newest first
        if d <= pub + dt.timedelta(days=_FUTURE_DAYS):
            return d.year
    return options[-1].year if options else None


def _part_of_month(year: int, month: int, part: str) -> tuple[dt.date, dt.date]:
    """Window of a part of a month ("end", "early", "first half" ...)."""
    last = _last_day(year, month)
    part = " ".join(part.lower().split())
    first, final = {
        "early": (1, 10), "start": (1, 10), "beginning": (1, 10), "first days": (1, 10),
        "first ten days": (1, 10), "first 10 days": (1, 10), "first week": (1, 7), "first weeks": (1, 14),
        "first half": (1, 15), "mid": (11, 20), "middle": (11, 20), "second half": (16, last),
        "latter half": (16, last), "late": (last - 10, last), "end": (last - 10, last),
        "close": (last - 10, last), "last days": (last - 10, last), "last week": (last - 6, last),
        "last weeks": (last - 13, last), "turn": (last - 6, last), "second week": (8, 14),
        "third week": (15, 21), "fourth week": (22, 28), "final days": (last - 10, last),
        "closing days": (last - 10, last), "final week": (last - 6, last), "closing week": (last - 6, last),
        "final weeks": (last - 13, last), "closing weeks": (last - 13, last),
    }.get(part, (1, last))
    return dt.date(year, month, first), dt.date(year, month, final)


def _part_of_year(year: int, part: str) -> tuple[dt.date, dt.date]:
    """Window of a part of a year ("early 2023" = Jan-Apr, "the end of 2022" = Nov-Dec)."""
    words = part.lower().split()
    if words[-1] in ("months", "weeks"):  # "the early months of 2023", "the final weeks of 2022"
        head = "early" if words[0] in ("early", "earliest", "first", "opening") else "late"
        part = head if words[-1] == "months" else ("start" if head == "early" else "turn")
    else:
        part = " ".join(words)
    first, final = {
        "early": (1, 4), "start": (1, 2), "beginning": (1, 2), "first half": (1, 6), "mid": (5, 8),
        "middle": (5, 8), "second half": (7, 12), "late": (9, 12), "end": (11, 12), "turn": (12, 12),
    }.get(part, (1, 12))
    return dt.date(year, first, 1), dt.date(year, final, _last_day(year, final))


def _season(name: str, year: int) -> tuple[dt.date, dt.date]:
    """Meteorological season; winter ``year`` runs from December ``year`` to February."""
    first = _SEASON_START[name.lower()]
    start = dt.date(year, first, 1)
    end_y, end_m = _shift_month(year, first, 2)
    return start, dt.date(end_y, end_m, _last_day(end_y, end_m))


def _window(start: dt.date, end: dt.date, precision: str | None = None) -> tuple[dt.date, dt.date, str]:
    return start, end, precision or precision_for(start, end)


Window = tuple[dt.date, dt.date, str]


# --------------------------------------------------------------------------- resolvers

def _r_iso(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    day = dt.date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
    return day, day, "day"


def _r_num(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    a, b, year = int(g["num_a"]), int(g["num_b"]), int(g["num_y"])
    readings = []
    for day, month in ((a, b), (b, a)) if g["num_sep"] == "/" else ((a, b),):
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not readings:
        return None
    # d/m and m/d are both in use: take the reading nearer the publication date
    day = min(readings, key=lambda d: abs((d - pub).days))
    return day, day, "day"


def _r_numdm(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    """"on 9/7": day/month and month/day are both in use; take the reading told most recently."""
    a, b = int(g["nd_a"]), int(g["nd_b"])
    if (a, b) == (24, 7):
        return None  # "on 24/7 alert": round the clock, not 24 July
    readings = []
    for day, month in {(a, b), (b, a)}:
        year = _day_year(month, day, pub) if month <= 12 else None
        if year is not None:
            readings.append(dt.date(year, month, day))
    if not readings:
        return None
    # the most recent reading not beyond the near future: a report tells of what just happened
    day = min(readings, key=lambda d: (d > pub + dt.timedelta(days=_FUTURE_DAYS), abs((pub - d).days)))
    return day, day, "day"


def _r_unitpart(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    """"by the end of the month", "at the start of last year": a part of a week, month or year near publication."""
    rel = (g["up_rel"] or "the").lower().split()[-1]
    step = {"this": 0, "current": 0, "the": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[rel]
    unit = g["up_u"].lower()
    part = " ".join(g["up_pw"].lower().split())
    if unit == "month":
        return _window(*_part_of_month(*_shift_month(pub.year, pub.month, step), part))
    if unit == "year":
        first, last = _part_of_year(pub.year + step, part)
        return first, last, precision_for(first, last) if (last - first).days < 100 else "month"
    monday = _week_of(pub)[0] + dt.timedelta(days=7 * step)
    first, final = {"start": (0, 2), "beginning": (0, 2), "first days": (0, 2), "first half": (0, 3),
                    "middle": (2, 4), "end": (4, 6), "close": (4, 6), "turn": (4, 6), "last days": (4, 6),
                    "second half": (3, 6), "latter half": (3, 6)}.get(part, (0, 6))
    return _window(monday + dt.timedelta(days=first), monday + dt.timedelta(days=final), "week")


def _r_war(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    if pub < WAR_START:
        return None
    if g["war_early"]:  # "Early in the Russian invasion": its first weeks
        return _window(WAR_START, min(WAR_START + dt.timedelta(days=42), pub))
    prep = (g["war_prep"] or "since").lower()
    if prep == "since" or g["war_part"] is None:
        return WAR_START, pub, "day"
    part = " ".join(g["war_part"].lower().split())
    if g["war_n"]:
        per = {"days": 1, "weeks": 7, "months": 30}[g["war_u"].lower()]
        days = _num(g["war_n"], 3) * per * (2 if g["war_n"].lower() in ("several", "many") else 1)
        days = max(days, 7)
    elif "months" in part:
        days = 91
    elif "weeks" in part:
        days = 42
    elif "days" in part:
        days = 7
    else:
        days = 14
    end = min(WAR_START + dt.timedelta(days=days - 1 if days < 42 else days), pub)
    return _window(WAR_START, end)


def _dm_date(day: str | None, month: str | None, year: str | None, pub: dt.date,
             weekday: str | None = None) -> dt.date | None:
    if day is None or month is None:
        return None
    d, m = _day_no(day), _month_no(month)
    y = int(year) if year else _day_year(m, d, pub, weekday)
    if y is None:
        return None
    return dt.date(y, m, d)


def _range(d1: str, m1: str | None, y1: str | None, d2: str, m2: str | None, y2: str | None,
           pub: dt.date) -> Window | None:
    m1, m2 = m1 or m2, m2 or m1
    y2 = y2 or y1  # a missing first year follows from the end date below
    end = _dm_date(d2, m2, y2, pub)
    if end is None:
        return None
    start_m, start_d = _month_no(m1), _day_no(d1)
    year = int(y1) if y1 else (end.year if start_m <= end.month else end.year - 1)
    start = dt.date(year, start_m, start_d)
    if start > end:
        return None
    return start, end, "day" if (end - start).days <= 6 else precision_for(start, end)


def _r_range_md(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    if g["rmd_d1"]:
        return _range(g["rmd_d1"], g["rmd_m1"], g["rmd_y1"], g["rmd_d2"], g["rmd_m2"], g["rmd_y2"], pub)
    return _range(g["rmd_d3"], g["rmd_m3"], g["rmd_y3"], g["rmd_d4"], g["rmd_m4"], g["rmd_y4"], pub)


def _r_range_dm(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    if g["rdm_d1"]:
        return _range(g["rdm_d1"], g["rdm_m1"], None, g["rdm_d2"], g["rdm_m2"], g["rdm_y2"], pub)
    return _range(g["rdm_d3"], g["rdm_m3"], None, g["rdm_d4"], g["rdm_m4"], g["rdm_y4"], pub)


# Holidays of the war's calendar that reports date events by: (month, day)
_HOLIDAYS = {"independence": (8, 24), "victory": (5, 9), "constitution": (6, 28), "flag": (8, 23),
             "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31)}


# Days around Easter Sunday: (first, last) days from it
_EASTER_DAYS = {"palm sunday": (-7, -7), "good friday": (-2, -2), "sunday": (0, 0), "day": (0, 0),
                "monday": (1, 1), "weekend": (-1, 0), "holidays": (-2, 1)}


def _easter(g: Mapping[str, str | None], name: str, kind: str, pub: dt.date) -> Window | None:
    """Palm Sunday, Good Friday, Easter (Sunday, Monday, the weekend, the holidays) before the report, or in its
    coming fortnight.  Ukraine and Russia keep the Orthodox Easter, most writers abroad the Western one: in a year
    they differ (by one to five weeks) the window runs from the Western day to the Orthodox one, unless the text
    says "Orthodox" (and never past the report)."""
    first, last = _EASTER_DAYS.get(f"{name} {kind}" if name in ("palm", "good") else kind, (None, None))
    if first is None or last is None:
        return None

    def window(year: int) -> tuple[dt.date, dt.date]:
        orthodox = easter(year, EASTER_ORTHODOX)
        western = orthodox if name.startswith("orthodox") else easter(year, EASTER_WESTERN)
        return western + dt.timedelta(days=first), orthodox + dt.timedelta(days=last)

    start, end = window(int(g["hol_y"])) if g["hol_y"] else window(pub.year)
    if not g["hol_y"] and start > pub + dt.timedelta(days=_FUTURE_DAYS):
        start, end = window(pub.year - 1)
    if start <= pub < end:
        end = pub
    return start, end, precision_for(start, end)


def _r_holiday(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    name = " ".join((g["hol_n"] or g["hol_e"] or "").lower().replace("\u2019", "'").split())
    kind = (g["hol_k"] or "sunday").lower()
    if name in ("palm", "good", "easter", "orthodox easter"):
        return _easter(g, name, kind, pub)
    if kind in ("sunday", "friday", "monday", "weekend"):
        return None
    if kind in ("period", "holidays", "season"):
        if name != "christmas":
            return None
        # "Over the Christmas period, Russia launched hundreds of missile and drone strikes": the week after 24 Dec
        year = _day_year(12, 24, pub)
        return (dt.date(year, 12, 24), dt.date(year, 12, 31), "week") if year is not None else None
    if name.startswith("new year"):
        key = f"new year's {kind}"
    elif kind == "eve":
        if name != "christmas":
            return None
        key = "christmas eve"
    else:
        key = name
    if name.startswith("defender"):
        year = int(g["hol_y"]) if g["hol_y"] else None
        # Ukraine's Defenders Day: 14 October until 2022, 1 October from 2023
        guess = year or (pub.year if pub >= dt.date(pub.year, 10, 1) else pub.year - 1)
        month, day = (10, 1) if guess >= 2023 else (10, 14)
    elif name == "navy":
        # Russia's Navy Day: the last Sunday of July (the parades in Sevastopol and St Petersburg)
        def last_sunday(year: int) -> dt.date:
            return dt.date(year, 7, 31) - dt.timedelta(days=(dt.date(year, 7, 31).weekday() - 6) % 7)

        d = last_sunday(int(g["hol_y"])) if g["hol_y"] else last_sunday(pub.year)
        if not g["hol_y"] and d > pub + dt.timedelta(days=14):  # the recent past, or the coming fortnight
            d = last_sunday(pub.year - 1)
        return d, d, "day"
    elif key in _HOLIDAYS:
        month, day = _HOLIDAYS[key]
    else:
        return None
    year = int(g["hol_y"]) if g["hol_y"] else _day_year(month, day, pub)
    if year is None:
        return None
    d = dt.date(year, month, day)
    return d, d, "day"


def _r_mdy(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    day = _dm_date(g["mdy_d"], g["mdy_m"], g["mdy_y"], pub, g["mdy_wd"])
    return (day, day, "day") if day else None


def _r_dmy(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    day = _dm_date(g["dmy_d"], g["dmy_m"] or g["dmy_lm"], g["dmy_y"] or g["dmy_ly"], pub, g["dmy_wd"])
    return (day, day, "day") if day else None


def _r_nth(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    day = _day_no(g["nth_d"])
    year, month = pub.year, pub.month
    if day > pub.day:
        year, month = _shift_month(year, month, -1)
    if day > _last_day(year, month):
        return None
    d = dt.date(year, month, day)
    return d, d, "day"


def _r_mrange(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    m1, m2 = (g["mr_m1"], g["mr_m2"]) if g["mr_m1"] else (g["mr_m3"], g["mr_m4"])
    y1, y2 = (g["mr_y1"], g["mr_y2"]) if g["mr_m1"] else (None, g["mr_y4"])
    a, b = _month_no(m1), _month_no(m2)
    year2 = int(y2) if y2 else int(y1) + (1 if a > b else 0) if y1 else _month_year(b, pub, None)
    year1 = int(y1) if y1 else (year2 if a <= b else year2 - 1)
    start, end = _month_span(year1, a)[0], _month_span(year2, b)[1]
    if g["mr_m1"] and g["mr_p1"]:  # "from late February to early April 2022"
        start = _part_of_month(year1, a, g["mr_p1"])[0]
    if g["mr_m1"] and g["mr_p2"]:
        end = _part_of_month(year2, b, g["mr_p2"])[1]
    elif g["mr_m1"] and g["mr_d2"]:  # "from early March to November 11, 2022": the range ends on that day
        try:
            end = dt.date(year2, b, int(g["mr_d2"].rstrip("stndrh")))
        except ValueError:
            return None
    if start > end:
        return None
    return _window(start, end, "month" if (end - start).days > 27 else None)


def _r_month(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    month = _month_no(g["mo_m"])
    year = int(g["mo_y"]) if g["mo_y"] else _month_year(month, pub, g["mo_rel"])
    part = g["mo_pw"] or g["mo_pa"]
    if part:
        return _window(*_part_of_month(year, month, part))
    return (*_month_span(year, month), "month")


def _r_yrange(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    a, b = (g["yr_a"], g["yr_b"]) if g["yr_a"] else (g["yr_c"], g["yr_d"])
    if int(a) > int(b):
        return None
    return dt.date(int(a), 1, 1), dt.date(int(b), 12, 31), "year"


def _r_year(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    year = int(g["y_y"])
    part = g["y_pw"] or g["y_pa"]
    if part:
        first, last = _part_of_year(year, part)
        # a part of a year is months wide: "early 2023" is Jan-Apr at month precision, not a whole year
        return first, last, precision_for(first, last) if (last - first).days < 100 else "month"
    return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"


def _r_ago(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    if g["ago_into"]:
        return _r_into(g, pub)
    n, unit = _num(g["ago_n"], 3), g["ago_u"].lower()
    vague = g["ago_n"].lower().split()[-1] in ("few", "several", "of")
    if unit == "day":
        if vague:
            return _window(pub - dt.timedelta(days=5), pub - dt.timedelta(days=2), "week")
        day = pub - dt.timedelta(days=n)
        return day, day, "day"
    half = {"week": 3, "month": 15, "year": 182}[unit]
    centre = pub - dt.timedelta(days=n * {"week": 7, "month": 30, "year": 365}[unit])
    return _window(centre - dt.timedelta(days=half), min(centre + dt.timedelta(days=half), pub), unit)


def _r_into(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    """"Two days into the war": counted from the start of the full-scale invasion."""
    n, unit = _num(g["ago_n"], 3), g["ago_u"].lower()
    if g["ago_n"].lower().split()[-1] in ("few", "several", "of") or unit == "year":
        return None  # "a few weeks into the war": no day to count to
    if unit == "day":
        day = WAR_START + dt.timedelta(days=n)
        return (day, day, "day") if day <= pub else None
    if unit == "week":
        first = WAR_START + dt.timedelta(days=7 * n)
        return _window(first, first + dt.timedelta(days=6), "week") if first <= pub else None
    year, month = _shift_month(WAR_START.year, WAR_START.month, n)
    first = dt.date(year, month, 1)
    return _window(first, min(dt.date(year, month, _last_day(year, month)), pub), "month") if first <= pub else None


def _r_recent(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    unit = g["rc_u"].lower().rstrip("s")
    ahead = (g["rc_recent"] or "").lower() in ("coming", "next")
    if g["rc_n"]:
        n = _num(g["rc_n"], 3)
        days = {"hour": max(1, n // 24), "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
        precision = None
    elif g["rc_recent"] or g["rc_u"].lower().endswith("s"):  # "recent days", "the past months"
        days, precision = {"hour": (1, "day"), "day": (7, "week"), "week": (28, "month"),
                           "month": (91, "month"), "year": (3 * 365, "year")}[unit]
    else:  # "the past week"
        days, precision = {"hour": (1, "day"), "day": (1, "day"), "week": (7, "week"),
                           "month": (30, "month"), "year": (365, "year")}[unit]
    if ahead:
        return _window(pub, pub + dt.timedelta(days=days), precision)
    return _window(pub - dt.timedelta(days=days), pub, precision)


def _weekday_on_or_before(pub: dt.date, weekday: int) -> dt.date:
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _r_rel(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    one = dt.timedelta(days=1)
    if g["rl_dby"]:
        day = pub - 2 * one
        return day, day, "day"
    if g["rl_yday"] or g["rl_prevday"]:
        return pub - one, pub - one, "day"
    if g["rl_night"]:
        if g["rl_nwd"]:
            day = _weekday_on_or_before(pub, _WEEKDAYS[g["rl_nwd"].lower()])
            return day - one, day, "day"
        return pub - one, pub, "day"
    if g["rl_today"]:
        return pub, pub, "day"
    if g["rl_tmr"]:
        return pub + one, pub + one, "day"
    if g["rl_recent"]:  # "Recent Russian attacks ... in the Zaporizhzhia region": of the week before
        return _window(pub - 7 * one, pub, "week")
    if g["rl_el"]:
        unit, earlier = g["rl_elu"].lower(), g["rl_el"].lower() == "earlier"
        start, end = {"week": _week_of(pub), "month": _month_span(pub.year, pub.month),
                      "year": (dt.date(pub.year, 1, 1), dt.date(pub.year, 12, 31))}[unit]
        return _window(*((start, pub) if earlier else (pub, end)))
    if g["rl_u"]:
        which = g["rl_which"].lower().split()[-1]
        step = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1,
                "next": 1, "following": 1, "coming": 1}[which]
        unit = g["rl_u"].lower()
        if which == "past" and unit != "weekend":  # "the past week": the seven days up to publication
            back = {"week": 7, "month": 30, "year": 365}[unit]
            return pub - dt.timedelta(days=back), pub, unit
        if unit == "week":
            start, end = _week_of(pub + dt.timedelta(days=7 * step))
            return start, end, "week"
        if unit == "weekend":
            # "In this weekend's heinous attack on the Epicenter hypermarket" (a Thursday): the one just past
            return _weekend(pub, -1 if step == 0 and g["rl_poss"] is not None and pub.weekday() < 5 else step)
        if unit == "month":
            return (*_month_span(*_shift_month(pub.year, pub.month, step)), "month")
        year = pub.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if g["rl_wkend"]:
        return _weekend(pub, 0 if pub.weekday() >= 5 else -1)
    if g["rl_s1"]:
        return _season_part(*_relative_season(g["rl_s1"], g["rl_sq"], pub), g["rl_sp1"])
    if g["rl_s2"]:
        return _season_part(*_season(g["rl_s2"], int(g["rl_sy"])), "month", g["rl_sp2"])
    if g["rl_s3"]:
        return _season_part(*_relative_season(g["rl_s3"], None, pub), g["rl_sp3"] or g["rl_sp4"])
    return None


def _season_part(start: dt.date, end: dt.date, precision: str, part: str | None) -> Window:
    """"early summer" is the season's first month, "mid" its second, "late" its last."""
    if not part:
        return start, end, precision
    index = {"early": 0, "mid": 1, "late": 2}[part.lower()]
    year, month = _shift_month(start.year, start.month, index)
    return (*_month_span(year, month), "month")


def _weekend(pub: dt.date, step: int) -> Window:
    """Saturday..Sunday: ``step`` -1 the last one, 0 "this weekend", 1 the next one.

    "This weekend" early in the week is the one just past, late in the week the coming one.
    """
    saturday = _weekday_on_or_before(pub, 5)  # the weekend in progress or just past
    on_weekend = pub.weekday() >= 5
    if step < 0 and on_weekend:
        saturday -= dt.timedelta(days=7)
    elif step > 0 or (step == 0 and pub.weekday() in (2, 3, 4)):
        saturday += dt.timedelta(days=7)
    return saturday, saturday + dt.timedelta(days=1), "day"


def _relative_season(name: str, which: str | None, pub: dt.date) -> Window:
    which = (which or "").lower()
    # occurrences around the publication date, oldest first
    spans = [_season(name, year) for year in range(pub.year - 2, pub.year + 2)]
    current = next((s for s in spans if s[0] <= pub <= s[1]), None)
    if which == "this" and current:
        start, end = current
    elif which == "next":
        start, end = next(s for s in spans if s[0] > pub)
    elif which in ("last", "past"):
        start, end = [s for s in spans if s[1] < pub][-1]
    else:
        start, end = [s for s in spans if s[0] <= pub][-1]
    return start, end, "month"


def _r_weekday(g: Mapping[str, str | None], pub: dt.date) -> Window | None:
    weekday = _WEEKDAYS[g["wd_d"].lower()]
    which = " ".join((g["wd_q"] or "").lower().split())
    if g.get("wd_w"):
        step = {"last": -7, "this": 0, "next": 7}[g["wd_w"].lower()]
        day = _week_of(pub)[0] + dt.timedelta(days=weekday + step)
        return day, day, "day"
    day = _weekday_on_or_before(pub, weekday)
    if which == "last" and day == pub:
        day -= dt.timedelta(days=7)
    elif which == "next":
        day += dt.timedelta(days=7)
    elif which == "this":
        day = _week_of(pub)[0] + dt.timedelta(days=weekday)
    return day, day, "day"


_RESOLVERS: dict[str, Callable[[Mapping[str, str | None], dt.date], Window | None]] = {
    "iso": _r_iso, "num": _r_num, "numdm": _r_numdm, "war": _r_war, "range_md": _r_range_md, "range_dm": _r_range_dm,
    "holiday": _r_holiday, "mdy": _r_mdy, "dmy": _r_dmy, "nth": _r_nth, "mrange": _r_mrange, "month": _r_month,
    "yrange": _r_yrange, "year": _r_year, "unitpart": _r_unitpart, "ago": _r_ago, "recent": _r_recent, "rel": _r_rel,
    "weekday": _r_weekday,
}
_NEEDS_LEAD = frozenset({"year"})


# --------------------------------------------------------------------------- public API

def find_dates(text: str, published: dt.date, anchor: DateSpan | None = None) -> list[DateSpan]:
    """Find every temporal expression in ``text`` and resolve it against ``published``.

    Parameters
    ----------
    text : str
        Report text (or one sentence of it).
    published : datetime.date
        Publication date of the report; relative expressions resolve against it.
    anchor : DateSpan, optional
        The last explicit day-precision date before ``text`` ("On the night of 7
        April"): "the next morning", "that day", "hours later" resolve against it
        (or against an earlier day date in ``text`` itself); without one they are
        not returned.

    Returns
    -------
    list of DateSpan
        In text order; ``offset`` points at ``text`` so that
        ``text[s.offset:s.offset + len(s.text)] == s.text``.  Durations
        ("more than 500 days of war") and undatable words are not returned.
    """
    pub = _as_date(published)
    if not isinstance(text, str):
        msg = f"text to search for dates is a {type(text).__name__}, not a str; pass the report text"
        raise InputError(msg)
    found = _find_dates(text, pub)
    if anchor is not None and anchor.precision != "day":
        anchor = None
    if anchor is not None and anchor.start == anchor.end < pub and any(_ALL_DAY.fullmatch(d.text) for d in found):
        # "Some 106 explosions ... on Tuesday, November 28. 'Throughout the day, the Russians carried out 22
        # shelling attacks'": the day told, not the day of publication
        found = tuple(DateSpan(anchor.start, anchor.end, "day", d.text, d.offset) if _ALL_DAY.fullmatch(d.text)
                      else d for d in found)
    if (anchor is not None or any(d.precision == "day" for d in found)) and any(
            map(fold_case(text).__contains__, _ANCHORED_WORDS)):
        # ("As delivered ..., 9 May 2024. On Easter Sunday alone ... The following day Russia resumed ...": a day
        # counted on from the dateline past publication is counted from the wrong day)
        return [d for d in _with_anchored(text, list(found), anchor) if d in found or d.start <= pub]
    return list(found)


_ANNIVERSARY_AFTER = re.compile(r"\s{1,3}(?:marks|marked|will\s{1,3}mark)\s{1,3}the\s{1,3}(?P<n>first|second|third|fourth|fifth|"
                                r"sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s{1,3}anniversary\s{1,3}of\b")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}


def _anniversary_of(text: str, d: DateSpan) -> DateSpan:
    """"Next week marks the second anniversary of Russia's attempted illegal annexation of four Ukrainian oblasts":
    the date of what is remembered, that many years before the date told."""
    m = _ANNIVERSARY_AFTER.match(text, d.offset + len(d.text))
    if m is None:
        return d
    n = _ORDINALS.get(m.group("n").lower()) or int(m.group("n")[:-2])

    def back(day: dt.date) -> dt.date:
        return day.replace(year=day.year - n) if (day.month, day.day) != (2, 29) else dt.date(day.year - n, 2, 28)

    return DateSpan(back(d.start), back(d.end), d.precision, d.text, d.offset)


_EVERY_DAY_AFTER = re.compile(r"(?:,?\s{1,3}(?:and\s{1,3})?(?:yesterday|today|tomorrow))*,?\s{1,3}(?:and|or)\s{1,3}every\s{1,3}"
                             r"day\b", re.I)


@lru_cache(maxsize=4096)
def _find_dates(text: str, pub: dt.date) -> tuple[DateSpan, ...]:
    # memoised: the pipeline asks for the dates of a sentence and of its clauses more than once
    found: list[DateSpan] = []
    holidays: list[DateSpan] = []
    wars: set[int] = set()
    born = "born" in text
    every_day = "every day" in text  # (once: a per-match test would rescan the whole text each time)
    for kind, match in _scan(text):
        if born and _BORN_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue  # "two women born in 1934 and 1955": a birth date, not the time of anything told
        if (text[match.start() - 1:match.start()] in _QUOTES and match.start() > 0
                and text[match.end():match.end() + 1] in _QUOTES and match.end() < len(text)):
            continue  # "the FDKU plant "March 8"": a name
        if every_day and _EVERY_DAY_AFTER.match(text, match.end()):
            continue  # "reminding us yesterday, today, and every day what's at stake": always, not a day
        span = _resolve_match(text, kind, match, pub)
        if span is not None:
            if kind == "dmy" and span.precision == "day":
                found.extend(_coordinated_days(text, match, span, pub))
            if kind == "mdy" and not match.group("mdy_y"):
                after = _coordinated_after(text, match, span)
                if after is not None:
                    found.extend((span, after))
                    continue
            if kind == "holiday" and not match.group("hol_y"):
                holidays.append(span)
            if kind in ("month", "year") and found and id(found[-1]) in wars:
                joined = _war_in_month(text, found[-1], span)
                if joined is not None:
                    found[-1] = joined
                    continue
            if kind == "war":
                wars.add(id(span))
            found.append(span)
    if "anniversary" in text:
        found = [_anniversary_of(text, d) for d in found]
    for h in holidays:
        # "On 24 August 2022, the Independence Day of Ukraine": the holiday restates the date beside it
        if any(d is not h and (d.start.month, d.start.day) == (h.start.month, h.start.day) for d in found):
            found.remove(h)
    for i, d in enumerate(found):
        # "liberated ... this week alone", "since the start of the month": what a report tells of happened by its
        # publication ("ahead of this week's summit" is the whole week; "from May to July" keeps its months, and
        # "in early September" without its year may be a chronicle's September of another year)
        if d.start <= pub < d.end and (_THIS_UNIT.fullmatch(d.text) or d.precision in ("day", "week") and (
                _YEAR_IN.search(d.text) or not _MONTH_WORD.search(d.text))) \
                and text[d.offset + len(d.text):][:2] not in ("'s", "\u2019s"):
            found[i] = DateSpan(d.start, pub, d.precision, d.text, d.offset)
    if len(found) > 1:
        if "year" in text:
            _year_qualified(text, found)
        _year_coordinated_months(text, found)
    if found and "20" in text:
        _year_of_named_event(text, found)
        if len(found) > 1:
            _year_told_before(found, pub)
    return tuple(found)


_QUOTES = frozenset("\"'\u201c\u201d\u00ab\u00bb\u201e")
_BORN_BEFORE = re.compile(r"\bborn\s+(?:(?:in|on)\s+)?(?:(?:19|20)\d\d\s*(?:,|and)\s*)*\Z")
# "the 2022 Kharkiv counteroffensive in September": a named event's year, for the yearless dates of its phrase
_EVENT_YEAR = re.compile(r"\b((?:19|20)\d\d)\s{1,3}(?:[A-Z][\w'\u2019-]*\s{1,3}){0,3}(?:[a-z]+\s{1,3})?"
                         r"(?:counter-?offensive|offensive|invasion|incursion|campaign|war|battle|annexation|"
                         r"operation|referendum)s?\b")
_EVENT_YEAR_REACH = 48  # characters after the event noun a yearless date of its phrase may start


def _in_year(d: DateSpan, year: int) -> DateSpan | None:
    """The same span in another year (a yearless date given the year its context states), or None when that
    year lacks the day (29 February)."""
    try:
        return DateSpan(d.start.replace(year=year), d.end.replace(year=year), d.precision, d.text, d.offset)
    except ValueError:
        return None


def _year_told_before(found: list[DateSpan], pub: dt.date) -> None:
    """Give a yearless month, or a day or part of one, the year a date before it in the sentence stated ("During
    the invasion in 2022, the settlement ... was captured in late-April": April 2022, not the April before
    publication); not the year a period opens ("since 2014")."""
    year: int | None = None
    for i, d in enumerate(found):
        if _YEAR_IN.search(d.text):
            year = None if d.text[:5].lower() == "since" or d.start.year != d.end.year else d.start.year
            continue
        if (year is None or d.start.year == year or d.start.year != d.end.year or d.precision not in ("day", "week", "month")
                or not _MONTH_WORD.search(d.text)):
            continue
        moved = _in_year(d, year)
        if moved is not None and moved.end <= pub:
            found[i] = moved


def _year_qualified(text: str, found: list[DateSpan]) -> None:
    """Join a yearless date to the year that qualifies it ("in September last year", "from January to September
    this year", "on 5 May of last year"): one span in that year, not a month before publication and a year."""
    for i in range(len(found) - 2, -1, -1):
        d, y = found[i], found[i + 1]
        if (y.precision != "year" or not _WHICH_YEAR.fullmatch(y.text) or _YEAR_IN.search(d.text)
                or d.start.year != d.end.year or d.precision not in ("day", "week", "month")
                or not _MONTH_WORD.search(d.text)):
            continue
        between = text[d.offset + len(d.text):y.offset]
        moved = _in_year(d, y.start.year) if _YEAR_JOIN.fullmatch(between) else None
        if moved is not None:
            found[i] = DateSpan(moved.start, moved.end, moved.precision, text[d.offset:y.offset + len(y.text)],
                                d.offset)
            del found[i + 1]


_WHICH_YEAR = re.compile(r"(?i:(?:this|last|next|the\s+(?:previous|following|current|past))\s+year)")
_YEAR_JOIN = re.compile(r"\s{1,3}(?i:of\s{1,3})?")


def _year_of_named_event(text: str, found: list[DateSpan]) -> None:
    """Give the yearless dates just after "the 2022 Kharkiv counteroffensive" that event's year."""
    for m in _EVENT_YEAR.finditer(text):
        year = int(m.group(1))
        for i, d in enumerate(found):
            if (m.end() <= d.offset <= m.end() + _EVENT_YEAR_REACH and d.start.year != year and d.end.year == d.start.year
                    and not _YEAR_IN.search(d.text) and d.precision in ("day", "week", "month")):
                found[i] = _in_year(d, year) or d


_WAR_OF = re.compile(r"\s{1,4}(?:of\s{1,4}Ukraine\s{1,4}|of\s{1,4}the\s{1,4}country\s{1,4})?,?\s{0,4}\Z")


def _war_in_month(text: str, war: DateSpan, when: DateSpan) -> DateSpan | None:
    """"At the start of the invasion in February 2022": the days both name (24-28 February), or None."""
    if (war.end - war.start).days > 31:
        return None  # "since the start of the invasion in 2022" runs on to publication
    gap = text[war.offset + len(war.text):when.offset]
    adjacent = _WAR_OF.match(gap) is not None
    if not adjacent and (len(gap) > _SAME_CLAUSE_CHARS or _CLAUSE_BREAK.search(gap) is not None):
        return None
    start, end = max(war.start, when.start), min(war.end, when.end)
    if start > end:
        return None
    # "At the beginning of the invasion, X was occupied ... in February 2022": one time, told twice
    written = text[war.offset:when.offset + len(when.text)] if adjacent else war.text
    return DateSpan(start, end, precision_for(start, end), written, war.offset)


_SAME_CLAUSE_CHARS = 120
_CLAUSE_BREAK = re.compile(r";|\b(?:and|then|later|after|before|until|while|but)\b", re.I)


_THIS_UNIT = re.compile(r"(?i:(?:this|the\s+current)\s+(?:week|month|year))")
_MONTH_WORD = re.compile(_MONTH)
_LIST_GAP = re.compile(r",?\s{1,4}(?:(?:and|or|&)\s{1,4})?\Z")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _year_coordinated_months(text: str, found: list[DateSpan]) -> None:
    """Give yearless months of a list the year of its last item ("in August, November, and December 2023")."""
    year_of_list: int | None = None  # the year the list's last item states, carried back item by item
    for i in range(len(found) - 2, -1, -1):
        d, nxt = found[i], found[i + 1]
        if _YEAR_IN.search(nxt.text):
            year_of_list = nxt.start.year
        gap = text[d.offset + len(d.text):nxt.offset]
        if (d.precision != "month" or nxt.precision != "month" or _YEAR_IN.search(d.text) or year_of_list is None
                or nxt.start.year != year_of_list or _LIST_GAP.fullmatch(gap) is None):
            year_of_list = None
            continue
        if d.start.month > nxt.start.month:
            year_of_list = None
            continue  # "December and January 2023" crosses a year: leave the reading as it is
        if d.start.year != year_of_list:
            moved = _in_year(d, year_of_list)
            if moved is None:
                year_of_list = None
            else:
                found[i] = moved


# "2 and 24 April", "1, 3 and 5 May": the days before the one that carries the month
_COORD_DAYS = re.compile(r"(?:\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,\s{1,4}){0,6}"
                         r"\b(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s{1,4}(?:and|&)\s{1,4}|(?<=[a-z]),\s{1,4})\Z")
_COORD_DAY = re.compile(r"\d{1,2}")


def _coordinated_days(text: str, match: re.Match[str], span: DateSpan, pub: dt.date) -> list[DateSpan]:
    """Return the days coordinated before a day-month date ("2 and 24 April" -> 2 April)."""
    start = match.start("dmy_d")
    if match.group("dmy_wd") or start != match.start():
        return []
    lead = _COORD_DAYS.search(text, max(0, start - 48), start)
    if lead is None:
        return []
    out = []
    for num in _COORD_DAY.finditer(text, lead.start(), lead.end()):
        try:
            day = dt.date(span.start.year, span.start.month, int(num.group()))
        except ValueError:
            return []
        out.append(DateSpan(day, day, "day", num.group(), num.start()))
    return out


# "July 7 and 8,": a day after the one that carries the month (a comma, stop or end must follow)
_COORD_AFTER = re.compile(r",?\s{1,4}(?:and|&)\s{1,4}(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?=\s{0,2}(?:[.;:)]|,(?!\s{0,2}\d)|\Z))")


def _coordinated_after(text: str, match: re.Match[str], span: DateSpan) -> DateSpan | None:
    """Return the day coordinated after a month-day date ("July 7 and 8" -> July 8), or None."""
    m = _COORD_AFTER.match(text, match.end())
    if m is None:
        return None
    try:
        day = dt.date(span.start.year, span.start.month, int(m.group("d")))
    except ValueError:
        return None
    return DateSpan(day, day, "day", m.group("d"), m.start("d")) if day > span.start else None


_DAYS_AFTER = 10
"""Reach of "(just) days after": what it introduces happened 1 to this many days before the day told."""
# Expressions dated only by an earlier date of the story ("the next morning", "hours later").
# A text without any of these words (case-folded, as re.I compares) is not searched for them.
_ANCHORED_WORDS = ("next", "following", "subsequent", "same", "that", "later", "after", "earlier", "previous",
                   "preceding", "before", "prior", "throughout the day", "all day long", "during the day",
                   "course of the day")
_ALL_DAY = re.compile(rf"(?i:throughout{_S}the{_S}day|all{_S}day{_S}long|(?:during|(?:in|over){_S}the{_S}course{_S}of)"
                      rf"{_S}the{_S}day)")
_HOURS_WORDS = {"twenty-four": 24, "forty-eight": 48, "seventy-two": 72}


def _hours_days(hours: str) -> int:
    """Whole days in "24 hours later", "forty-eight hours later" (0 for "12 hours later")."""
    return (_HOURS_WORDS.get(hours.lower()) or int(hours)) // 24


_PRIOR_DAYS = 28
"""How far back "previous attacks" reach from the day told: the recent weeks, as "in recent weeks"."""
_ANCHORED = re.compile(
    rf"(?i:\b(?:(?P<an_next>the{_S}(?:next|following){_S}(?:day|morning|afternoon|evening|night)"
    rf"|the{_S}day{_S}after|(?:a|one){_S}day{_S}later)"
    rf"|(?P<an_n>two|three|four|five|six|\d{{1,2}}){_S}days{_S}later"
    rf"|(?P<an_hd>twenty-four|forty-eight|seventy-two|\d{{2}}){_S}hours{_S}later"
    rf"|(?P<an_na>two|three|four|five|six|seven|\d{{1,2}}){_S}days{_S}(?:after|following)"
    rf"|(?P<an_few>(?:a{_S}few|several|a{_S}couple{_S}of){_S}days{_S}later)"
    rf"|(?P<an_fol>(?:in|over|during){_S}the{_S}(?:following|next|subsequent){_S}"
    rf"(?P<an_foln>few{_S}|several{_S}|two{_S}|three{_S})?(?P<an_folu>days|weeks))"
    rf"|(?P<an_rest>later{_S}(?:that|the{_S}same|in{_S}the){_S}(?P<an_restu>week|month))"
    rf"|(?P<an_nb>(?:a|one|two|three|four|five|six|\d{{1,2}}){_S}days?){_S}earlier"
    rf"|(?P<an_wk>(?:a|one|two|three|four|\d)){_S}weeks?{_S}(?P<an_wkd>later|earlier)"
    rf"|(?P<an_prev>the{_S}(?:previous|preceding){_S}(?:day|morning|afternoon|evening|night)|the{_S}day{_S}before"
    rf"(?!{_S}(?:yesterday|the)\b))"
    rf"|(?P<an_unit>the{_S}(?:following|next|previous|preceding)){_S}(?P<an_u>week|month)"
    rf"|(?P<an_prior>(?:previous|earlier|prior){_S}(?:[a-z]+{_S}){{0,2}}?(?:attacks|strikes|shelling|assaults|raids"
    rf"|bombings))"
    rf"|(?P<an_after>(?:(?:just|only|mere|barely){_S})?(?:a{_S}few{_S}|several{_S}|(?:a{_S})?couple{_S}of{_S})?"
    rf"days{_S}(?:after|following))"
    rf"|(?P<an_same>on{_S}this{_S}day(?!{_S}in\b)|(?:on{_S}|by{_S}|later{_S}|earlier{_S})?(?:that|the{_S}same){_S}"
    rf"(?:day|morning|afternoon|evening|night)|(?:hours|minutes|moments){_S}later))\b)")


def _anchored_folded() -> re.Pattern[str] | None:
    """_ANCHORED without re.I, for the text folded by fold_case, to find where its matches start and end.

    The same spans at a fraction of the cost: every expression starts with a letter or
    digit, which the regex engine skips to, no group is saved (only the spans are read),
    and the alternatives are grouped by first letter.  None unless the pattern's literals
    are all lower case (escapes and group names aside) and it is one ``\\b(?:...)\\b``.
    """
    body = _ANCHORED.pattern[len("(?i:"):]
    if not (_ANCHORED.pattern.startswith("(?i:") and re.sub(r"\\.|\(\?P<\w+>", "", body).islower()
            and body.startswith(r"\b(?:") and body.endswith(r")\b)") and "(?P=" not in body):
        return None
    alternatives = re.sub(r"\(\?P<\w+>", "(?:", body[len(r"\b(?:"):-len(r")\b)")])
    return re.compile(r"(?=[a-z0-9])\b" + by_first_letter([a + r"\b" for a in split_alternatives(alternatives)]))


_ANCHORED_FOLDED = _anchored_folded()


def _anchored_matches(text: str) -> Iterator[re.Match[str]]:
    """``_ANCHORED.finditer(text)``: the starts found on the folded text, each match taken at its start."""
    if _ANCHORED_FOLDED is None:
        yield from _ANCHORED.finditer(text)
        return
    for f in _ANCHORED_FOLDED.finditer(fold_case(text)):
        yield _ANCHORED.match(text, f.start())


def _with_anchored(text: str, found: list[DateSpan], anchor: DateSpan | None) -> list[DateSpan]:
    """Add the anchored expressions of ``text``, each against the last day date before it."""
    extra: list[DateSpan] = []
    looking_back: set[int] = set()  # "three days earlier" steps back from the story; the story goes on from its day
    for m in _anchored_matches(text):
        overlap = [d for d in found if d.offset <= m.start() < d.offset + len(d.text)
                   or m.start() <= d.offset < m.end()]
        if overlap and not (m.group("an_prev") or m.group("an_unit")):
            continue
        base = anchor
        for d in sorted(found + extra, key=lambda d: d.offset):
            if d.offset < m.start() and d.precision == "day" and id(d) not in looking_back:
                base = d
        if base is None:
            continue  # no day told before it: "the next day" has nothing to count from
        if base.start != base.end and base is not anchor:
            continue  # "overnight" spans two days: "the next day" is ambiguous
        for d in overlap:  # "the previous day" read against publication: the story's day is nearer
            found.remove(d)
        if m.group("an_prev"):
            day = base.start - dt.timedelta(days=1)
            extra.append(DateSpan(day, day, "day", m.group(), m.start()))
            looking_back.add(id(extra[-1]))
            continue
        if m.group("an_unit"):
            step = -1 if m.group("an_unit").split()[-1].lower() in ("previous", "preceding") else 1
            if m.group("an_u").lower() == "week":
                first, last = _week_of(base.start + dt.timedelta(days=7 * step))
                extra.append(DateSpan(first, last, "week", m.group(), m.start()))
            else:
                first, last = _month_span(*_shift_month(base.start.year, base.start.month, step))
                extra.append(DateSpan(first, last, "month", m.group(), m.start()))
            continue
        if m.group("an_nb"):
            day = base.start - dt.timedelta(days=_num(m.group("an_nb").split()[0], 1))
            extra.append(DateSpan(day, day, "day", m.group(), m.start()))
            looking_back.add(id(extra[-1]))
            continue
        if m.group("an_wk"):
            # "only a week later" another wave struck: seven days on, as the writer counts; "two weeks
            # later" is about a fortnight on, a day or two either way
            weeks = _num(m.group("an_wk"), 1)
            days = 7 * weeks * (1 if m.group("an_wkd").lower() == "later" else -1)
            centre = (base.end if days > 0 else base.start) + dt.timedelta(days=days)
            if weeks == 1:
                extra.append(DateSpan(centre, centre, "day", m.group(), m.start()))
            else:
                first, last = centre - dt.timedelta(days=2), centre + dt.timedelta(days=2)
                extra.append(DateSpan(first, last, "week", m.group(), m.start()))
            continue
        if m.group("an_few"):
            first, last = base.end + dt.timedelta(days=2), base.end + dt.timedelta(days=6)
            extra.append(DateSpan(first, last, "week", m.group(), m.start()))
            continue
        if m.group("an_fol"):
            # "in the following days": the days after the one told, about a week (weeks: about three)
            n = {"few": 5, "several": 7, "two": 2, "three": 3}.get((m.group("an_foln") or "").strip().lower(), 0)
            days = (n or 7) if m.group("an_folu").lower() == "days" else 7 * (n or 3)
            first, last = base.end + dt.timedelta(days=1), base.end + dt.timedelta(days=days)
            extra.append(DateSpan(first, last, precision_for(first, last), m.group(), m.start()))
            continue
        if m.group("an_rest"):
            # "later that month": the rest of the week or month of the day told
            if m.group("an_restu").lower() == "week":
                last = _week_of(base.end)[1]
            else:
                last = _month_span(base.end.year, base.end.month)[1]
            first = min(base.end + dt.timedelta(days=1), last)
            extra.append(DateSpan(first, last, precision_for(first, last), m.group(), m.start()))
            continue
        if m.group("an_na"):
            # "Two days after the breach, ...": leading, it dates the sentence from the day told; after an
            # event ("X was hit two days after ..."), it dates what it introduces, before the day told
            n = _num(m.group("an_na"), 1)
            lead = not text[:m.start()].strip(" \t\n\"'(\u201c")
            day = base.end + dt.timedelta(days=n) if lead else base.start - dt.timedelta(days=n)
            extra.append(DateSpan(day, day, "day", m.group(), m.start()))
            if not lead:
                looking_back.add(id(extra[-1]))
            continue
        if m.group("an_after"):
            # "X occurred just days after Y ...": what follows happened a few days before the day told
            first, last = base.start - dt.timedelta(days=_DAYS_AFTER), base.start - dt.timedelta(days=1)
            extra.append(DateSpan(first, last, precision_for(first, last), m.group(), m.start()))
            continue
        if m.group("an_prior"):
            # "in addition to previous attacks on Odesa": the weeks before the day told, not that day
            first, last = base.start - dt.timedelta(days=_PRIOR_DAYS), base.start - dt.timedelta(days=1)
            extra.append(DateSpan(first, last, "month", m.group(), m.start()))
            looking_back.add(id(extra[-1]))
            continue
        if m.group("an_same"):
            extra.append(DateSpan(base.start, base.end, "day", m.group(), m.start()))
            continue
        n = _num(m.group("an_n"), 1) if m.group("an_n") else _hours_days(m.group("an_hd")) if m.group("an_hd") else 1
        day = base.end + dt.timedelta(days=n)  # ("Only 24 hours later, Kyiv was struck again": the next day)
        extra.append(DateSpan(day, day, "day", m.group(), m.start()))
    return sorted(found + extra, key=lambda d: d.offset)


def _scan(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Yield the non-overlapping leftmost matches of :data:`_PATTERN`, fast.

    Trying the full pattern at every position costs microseconds per word.  Every
    expression contains an anchor word (a number, a month, "week", "yesterday" ...)
    and starts with one of a few words at most ``_REACH`` characters before it, so
    only those tokens are tried, each once, with the kinds that can start there.
    """
    cursor = 0  # end of the last match: matches never overlap
    tried = 0  # tokens before this offset have been tried already
    for anchor in _ANCHOR.finditer(text):
        a = anchor.start()
        if a < cursor:
            continue
        for token in _TOKEN.finditer(text, max(cursor, tried, a - _REACH)):
            s = token.start()
            if s > a:
                break
            if s < cursor:
                continue
            word = token.group()
            if word[0].isdigit():
                if _NUMBER_GATE.match(text, s) is None:
                    continue
                kinds = _BY_START["#"]
            else:
                kinds = _KINDS_BY_NAME.get(word) or _BY_START.get(word.lower(), ())
            for kind, pattern in kinds:
                match = pattern.match(text, s)
                if match is not None and match.end() > s:
                    cursor = match.end()
                    yield kind, match
                    break
        tried = max(tried, a + 1)


def _scan_all(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Reference scan: the full pattern at every position (slow; for tests and benchmarks)."""
    for match in _PATTERN.finditer(text):
        yield (match.lastgroup or "k_")[2:], match


_SINCE_START = re.compile(r"(?i:\bsince\s{1,4}(?:(?:the\s{1,4})?(?:very\s{1,4})?(?:start|beginning|outset|onset)"
                          r"\s{1,4}of\b[^.;:]{0,60}|(?:at\s{1,4}least|as\s{1,4}early\s{1,4}as)\s{1,4}|"
                          # "since Russia invaded Ukraine in February 2022": a clause that opens the period
                          r"(?:[a-z][\w'\u2019]*\s{1,4}){1,3}(?:full-scale\s{1,4})?(?:invaded|launched|began|started|"
                          r"annexed)\b[^.;:]{0,50})\Z)")


def began(span: DateSpan) -> DateSpan:
    """The start of a "since" span at its own precision ("occupied since 3 March 2022" -> 3 March 2022)."""
    first = span.start
    if span.precision == "day":
        last = first
    elif span.precision == "week":
        first, last = _week_of(first)
    elif span.precision == "month":
        first, last = _month_span(first.year, first.month)
    else:
        first, last = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    return DateSpan(first, last, span.precision, span.text, span.offset)


def opens_period(text: str, span: DateSpan) -> bool:
    """True when ``span`` only opens a period ("since February 2022", "since the start of the invasion").

    Such a date says when something began to be counted ("the fifth attack since
    ..."), not when the event told of happened.
    """
    if span.text[:5].lower() == "since":
        return True
    if span.offset <= 0:
        return False
    start = max(0, span.offset - 90)
    # the phrase holds "since": a substring test spares the search at every position of the window
    if "since" not in fold_case(text[start:span.offset]):
        return False
    return _SINCE_START.search(text, start, span.offset) is not None  # also "since at least January 2023"


_CALENDAR_DAY = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?(?:{_S}of)?{_S}{_MONTH}|{_MONTH}{_S}\d|\d[-/.]\d")


def names_calendar_day(span: DateSpan) -> bool:
    """True when ``span`` names a day of the calendar ("25 December 2023", "July 9", "2023-07-09").

    Such a date says which day it was; a weekday or "yesterday" is counted from the
    report's own day and says less about when a reported claim's event took place.
    """
    return span.precision == "day" and span.start == span.end and _CALENDAR_DAY.search(span.text) is not None


_LOOKS_BACK = re.compile(r"(?i:\b(?:earlier|previous|preceding|before)\Z)")


def from_publication(span: DateSpan) -> bool:
    """True for a date counted from the report's own day ("over the last few days", "on Sunday", "this week").

    A text that dates by such words is a dispatch, told on its publication day, not a chronicle.
    """
    return (_CALENDAR_WORDS.search(span.text) is None and _ANCHORED.fullmatch(span.text) is None
            and span.text[:1].isalpha())


_CALENDAR_WORDS = re.compile(r"\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[Ww]ar\b|[Ii]nvasion|[Ss]pring|"
                             r"[Ss]ummer|[Aa]utumn|[Ww]inter|Christmas|Easter|Day\b|Eve\b")


def states_year(span: DateSpan) -> bool:
    """True when the expression writes its year ("May 2023"), not when the year was inferred ("in May")."""
    return _YEAR_IN.search(span.text) is not None


def is_event_year(span: DateSpan) -> bool:
    """True for the bare year of a named event ("during the 2014 annexation"): background, not the story's clock."""
    return span.precision == "year" and span.text.isdigit()


def counts_from_story(span: DateSpan) -> bool:
    """True for a day told by the story's own clock ("later that day", "the next morning", "two days later").

    Like a calendar day, it says which day of the story it was, not how long before the
    report something was said.
    """
    return _ANCHORED.fullmatch(span.text) is not None


def is_recent(span: DateSpan) -> bool:
    """True for "recent" before an attack ("the recent shelling of the Kherson suburbs"): the week before, told
    of one event, not a day that dates the report."""
    return span.text[-6:].lower() == "recent"


def looks_back(span: DateSpan) -> bool:
    """True for a step back from the story's day ("three days earlier", "the previous day").

    The story goes on from the day it told before such a flashback, so what comes
    next ("the next day") is not counted from it.
    """
    words = span.text.split()
    return len(words) > 1 and (_LOOKS_BACK.search(span.text) is not None
                               or words[1].lower() in ("previous", "preceding"))


_LOOKS_AHEAD = re.compile(r"(?i:later\s+(?:this|today|tonight)|next\b|tomorrow|(?:in\s+)?(?:the\s+)?(?:coming|upcoming)\b|"
                          r"(?:the\s+)?day\s+after\s+tomorrow)")


def looks_ahead(span: DateSpan) -> bool:
    """True for a date still to come when the report was written ("later this week", "next week", "tomorrow").

    What is planned for it did not happen, so the story's day does not move to it.
    """
    return _LOOKS_AHEAD.match(span.text) is not None


def resolve_date(expression: str, published: dt.date) -> DateSpan | None:
    """Resolve one expression ("last May", "on 16 January 2022"); None when it holds no date.

    The first expression found wins; its ``offset`` points into ``expression``.
    """
    spans = find_dates(expression, published)
    return spans[0] if spans else None


def _resolve_match(text: str, kind: str, match: re.Match[str], pub: dt.date) -> DateSpan | None:
    start, end = match.span()
    lead = _LEAD.search(text, max(0, start - 20), start)
    lead_word = " ".join(lead.group("w").lower().split()) if lead else None
    groups = match.groupdict()
    if kind == "month" and _month_no(groups["mo_m"]) in _AMBIGUOUS_MONTHS and not (
            groups["mo_y"] or groups["mo_rel"] or groups["mo_pw"] or groups["mo_pa"] or lead_word in _MAY_LEAD):
        return None  # "they may", "May God ..." - a bare May/March needs a date context
    if kind in _NEEDS_LEAD and not (lead_word or groups["y_pw"] or groups["y_pa"]) and not (
            _THE_BEFORE.search(text, max(0, start - 6), start) and _EVENT_NOUN_AFTER.match(text, end)):
        return None  # a bare four-digit number is more often a quantity than a year ("the 2023 offensive" is one)
    try:
        window = _RESOLVERS[kind](groups, pub)
    except (ValueError, KeyError, IndexError, StopIteration):
        return None  # an impossible date such as "February 30"
    if window is None:
        return None
    first, last, precision = window
    if lead:
        start = lead.start()
        if lead_word == "since" and kind != "war":
            last = max(last, pub)  # "since February 2022": from then until the report
        elif lead_word in ("early", "late", "mid") and kind == "rel" and precision in ("month", "year"):
            first, last, precision = _narrow(first, last, precision, lead_word)  # "late last year"
    return DateSpan(first, last, precision, text[start:end], start)


_PRECISION_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def _narrow(first: dt.date, last: dt.date, precision: str, part: str) -> Window:
    """A part ("early", "late", "mid") of a whole month or year resolved from "last month", "this year"."""
    if precision == "month" and (first.year, first.month) == (last.year, last.month) and first.day == 1:
        return _window(*_part_of_month(first.year, first.month, part))
    if precision == "year" and first == dt.date(first.year, 1, 1):
        start, end = _part_of_year(first.year, part)
        return start, min(end, last) if last >= start else end, "month"
    return first, last, precision


_ABBR = {i: calendar.month_abbr[i] for i in range(1, 13)}


def format_span(span: DateSpan | Mapping[str, Any]) -> str:
    """Format a span for display: "9 Jul 2023", "week of 3 Jul 2023", "May 2023", "2023".

    Accepts a :class:`DateSpan` or a mapping with ``date``/``date_end``/``date_precision``
    (ISO strings or dates), as in an event record.
    """
    if isinstance(span, DateSpan):
        start, end, precision = span.start, span.end, span.precision
    else:
        start = _as_date(span.get("date") or span.get("start"), "event date")
        end = _as_date(span.get("date_end") or span.get("end") or start, "event date_end")
        precision = span.get("date_precision") or span.get("precision") or precision_for(start, end)
    if end < start:
        start, end = end, start

    def day(d: dt.date, year: bool = True) -> str:
        return f"{d.day} {_ABBR[d.month]}" + (f" {d.year}" if year else "")

    def days() -> str:
        if start == end:
            return day(start)
        if (start.year, start.month) == (end.year, end.month):
            return f"{start.day}\u2013{day(end)}"
        return f"{day(start, start.year != end.year)} \u2013 {day(end)}"

    if precision == "day":
        return days()
    if precision == "week":
        return f"week of {day(start)}" if (end - start).days <= 7 else days()
    if precision == "month":
        if (start.year, start.month) == (end.year, end.month):
            return f"{_ABBR[start.month]} {start.year}"
        if start.year == end.year:
            return f"{_ABBR[start.month]}\u2013{_ABBR[end.month]} {end.year}"
        return f"{_ABBR[start.month]} {start.year} \u2013 {_ABBR[end.month]} {end.year}"
    return str(start.year) if start.year == end.year else f"{start.year}\u2013{end.year}"
