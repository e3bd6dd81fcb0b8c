"""Spatial modifiers: the words around a place mention that move its pin.

"west of Bakhmut" is not Bakhmut; "20 km south of Zaporizhzhia" is not
Zaporizhzhia; "northern Bakhmut" is part of it; "the border areas in the Sumy
region" is a strip of the region.  :func:`find_modifier` reads the phrase that
governs a mention (a bounded window before and after it, so the work per
mention is constant), and :func:`apply_modifier` moves the point along the
bearing with :class:`pyproj.Geod` and widens the uncertainty radius instead of
pretending to be exact.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from pyproj import Geod

from geodata.alternation import by_first_letter
from geodata.errors import InputError
from geodata.names import fold_case

__all__ = ["Modifier", "RELATIONS", "apply_modifier", "find_city_side", "find_modifier", "move", "region_part"]

_GEOD = Geod(ellps="WGS84")
_BEFORE = 90  # characters searched before a mention
_AFTER = 60  # and after it

_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
             "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_ADJECTIVES = {d: f"{d}ern" for d in _BEARINGS}

RELATIONS: frozenset[str] = frozenset(
    {"at", "near", "around", "outside", "direction", "border_area", "in_region"}
    | {f"{d}_of" for d in _BEARINGS}
    | {f"{a}_part" for a in _ADJECTIVES.values()}
    | {f"{a}_side" for a in _ADJECTIVES.values()}
)
"""Every relation :func:`find_modifier` may return (the ``relation`` event field)."""

_NEAR_KM = {"near": 5.0, "around": 8.0, "outside": 10.0, "direction": 25.0}
"""Extra uncertainty (km) of a vague relation, added to the place's own radius."""
_REGION_KM = 30.0  # a radius this large is a region, not a town
_COUNTRY_KM = 400.0
_MILE_KM = 1.609344


@dataclass(frozen=True)
class Modifier:
    """The phrase that governs a place mention.

    ``relation`` is one of :data:`RELATIONS`; ``distance_km`` and ``bearing_deg``
    are set when the text gives them ("20 km south of"); ``text`` is
    ``sentence[start:end]`` ("" with ``start == end`` when nothing governs the mention).
    """

    relation: str
    distance_km: float | None
    bearing_deg: float | None
    text: str
    start: int
    end: int


# --------------------------------------------------------------------------- patterns

_S = r"\s{1,3}"
_DIR = r"(?:north|south)(?:[- ]?(?:east|west))?|east|west"
_ADJ = (r"(?:north|south|east|west|central|ukrainian|russian|embattled|besieged|front-?line|strategic|key|small|"
        r"industrial|ruined|occupied|liberated|russian-(?:held|occupied|controlled)|ukrainian-(?:held|controlled)|"
        r"nearby|neighbou?ring|contested|devastated|southern|northern|eastern|western|"
        r"(?:north|south)-?(?:east|west)ern)")
_NOUN = r"(?:city|town|village|settlement|hamlet|region|oblast|province|district|area|port|hub|community|stronghold)"
_FILLER = rf"(?:the{_S})?(?:(?:{_ADJ}{_S}){{0,2}}(?P<noun>{_NOUN}){_S}of{_S}(?:the{_S})?)?"
_PART_WORDS = (r"(?P<pw>parts?|districts?|neighbou?rhoods?|quarters?|sections?|edges?|flanks?|sectors?|areas?|"
               r"sides?|outskirts|suburbs|approaches|fringes?|reaches|half)")
_NUMBER = r"\d{1,4}(?:[.,]\d{1,2})?"

_PRE_ALTERNATIVES = [
    ("distance", rf"(?:(?:about|around|some|roughly|approximately|nearly|almost|over|more{_S}than|less{_S}than)"
                 rf"{_S})?(?P<km>{_NUMBER}|a{_S}few|several|a{_S}dozen)(?:\s{{0,2}}|-)"
                 rf"(?P<unit>km|kilomet(?:er|re)s?|miles?|mi)\b(?:\s{{0,2}}\([^()\n]{{0,30}}\))?,?{_S}"
                 rf"(?:to{_S}the{_S})?(?P<d1>{_DIR}){_S}(?:of|from){_S}"),  # ("2km west from Novomykhalivka")
    ("part", rf"(?:(?:in|on|at|across|into|from){_S})?(?:the{_S})?(?:(?:very|far){_S})?(?P<d2>{_DIR})(?:ern)?"
             rf"{_S}{_PART_WORDS}{_S}of{_S}"),
    ("part_of", rf"(?:(?:in|into|across){_S})?the{_S}(?:(?:far|very){_S})?(?P<d3>{_DIR}){_S}of{_S}"),
    ("direction_of", rf"(?:(?:just|directly|due|further|farther|slightly|further{_S}to|to){_S})?"
                     rf"(?:the{_S})?(?P<d4>{_DIR})(?:ward)?{_S}of{_S}"),
    ("border", rf"(?:(?:the|in|on|along){_S}){{0,2}}(?:border|frontier|borderland){_S}"
               rf"(?:areas?|regions?|districts?|villages?|towns?|communities|settlements|zones?|territor(?:y|ies)|"
               rf"parts|strip|areas){_S}(?:in|of|within){_S}"),
    ("outside", rf"(?:(?:areas?|villages|positions|settlements|fields){_S})?(?:just{_S})?"
                rf"(?:outside(?:{_S}of)?|(?:on{_S})?the{_S}outskirts{_S}of|outskirts{_S}of|"
                rf"(?:in{_S})?the{_S}suburbs{_S}of|beyond){_S}"),
    ("around", rf"(?:(?:areas?|the{_S}area|villages|positions|settlements|fields|fighting){_S})?"
               rf"(?:around|surrounding|in{_S}and{_S}around|round){_S}"),
    ("direction", rf"(?:in|on|along|towards?){_S}the{_S}direction{_S}of{_S}"),
    ("near", rf"(?:near(?:by)?|close{_S}to|in{_S}the{_S}vicinity{_S}of|not{_S}far{_S}from|next{_S}to|"
             rf"(?:on{_S})?the{_S}approaches{_S}to|in{_S}the{_S}(?:area|region){_S}of|towards?|approaching)"
             rf"{_S}"),
    ("adjective", rf"(?P<d5>{_DIR})ern{_S}\Z"),  # "northern Bakhmut", not "the eastern city of"
    ("at", rf"(?P<prep>in|at|into|inside|within|from|to|of|on|across|throughout|over|for|toward|by){_S}"),
]
# the filler ("the eastern city of") sits between the phrase and the mention;
# the leftmost phrase that reaches the mention wins, so "20 km south of" beats "south of".
# Its literals are lower case and it is matched case-sensitively on the sentence folded by
# fold_case: the same spans as re.I at half the cost (group texts are read from the sentence).
_PRE = re.compile(
    r"\b(?:(?:" + "|".join(f"(?P<k_{kind}>{pat})" for kind, pat in _PRE_ALTERNATIVES) + rf"){_FILLER})\Z")
_PRE_KINDS = tuple(kind for kind, _ in _PRE_ALTERNATIVES)
_NAMED = re.compile(r"\(\?P<\w+>")
# _PRE to find where its match starts: no group saved, the alternatives grouped by first letter (the
# same match, tried in the same order, found faster); the groups are then read by _PRE at that start
_PRE_START = re.compile(r"\b(?:" + by_first_letter([_NAMED.sub("(?:", pat) for _kind, pat in _PRE_ALTERNATIVES])
                        + _NAMED.sub("(?:", _FILLER) + r")\Z")
_PRE_KIND_INDEXES = tuple((kind, _PRE.groupindex[f"k_{kind}"]) for kind in _PRE_KINDS)
# Every alternative but "at" needs one of these words (a distance needs a direction too),
# so without any of them in the case-folded window only a plain preposition can govern
# a mention; the small pattern then saves most of the cost of the full alternation.
_SPECIFIC_WORDS = ("north", "south", "east", "west", "near", "close", "vicinity", "far", "next", "approach",
                   "outside", "outskirts", "suburbs", "beyond", "round", "border", "frontier", "direction",
                   "toward", "area", "region")
_PRE_AT = re.compile(rf"\b(?:(?P<k_at>{dict(_PRE_ALTERNATIVES)['at']}){_FILLER})\Z")
# Every phrase of _PRE ends with one of these words and one to three blanks (the filler with "of" or
# "the"), so a mention without one before it needs no search of the window.
_LAST_WORDS = frozenset({
    "of", "the", "in", "at", "into", "inside", "within", "from", "to", "on", "across", "throughout", "over", "for",
    "toward", "towards", "by", "near", "nearby", "approaching", "outside", "beyond", "around", "surrounding", "round",
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern"})
_WORD_END = re.compile(r"(?<![a-z])[a-z]+\Z")  # (a word start: linear on a long run of letters)

_COUNTRY_OWNS = re.compile(r"(?:russia|ukraine|the\s+country)['\u2019]s\s+\Z")  # (on the folded sentence)
_POST = re.compile(
    rf"(?i:(?:['\u2019]s)?{_S}(?:"
    rf"(?P<direction>direction|axis|sector|front(?!{_S}line))"
    rf"|(?P<outside>outskirts|suburbs)"
    rf"|(?P<around>area|environs|surroundings)"
    rf"|and{_S}(?:its{_S})?(?P<around2>surroundings|surrounding{_S}(?:areas?|villages)|environs)"
    rf"|(?P<border>border{_S}(?:areas?|regions?|districts?|zones?|villages))"
    rf"|(?P<region>regions?|oblasts?|provinces?|krai|republic)"
    rf"|(?:and|,|or){_S}(?:the{_S})?[A-Z][\w'\u2019-]{{1,30}}{_S}(?P<region2>regions|oblasts|provinces)"
    rf")\b)")
_REGION_WORD = re.compile(r"(?i:\b(?:region|oblast|province|krai|republic)s?)\Z")

_CITY_SIDE = re.compile(
    rf"(?i:(?:(?:on|in|at|from|into|across){_S})?the{_S}(?P<d1>{_DIR})(?:ern)?{_S}"
    rf"(?P<pw1>side|part|parts|outskirts|edge|flank|districts?|neighbou?rhoods?|suburbs|approaches|half)"
    rf"{_S}of{_S}the{_S}(?:city|town|village|settlement)\b"
    rf"|the{_S}(?:city|town|village|settlement)['\u2019]s{_S}(?P<d2>{_DIR})(?:ern)?{_S}"
    rf"(?P<pw2>side|part|parts|outskirts|edge|flank|districts?|neighbou?rhoods?|suburbs|approaches)\b"
    rf"|(?:in{_S})?the{_S}(?P<d3>{_DIR}){_S}of{_S}the{_S}(?:city|town|village|settlement)\b)")


# --------------------------------------------------------------------------- finding

def _direction(word: str) -> str:
    """Normalise "north-east", "North East" and "northeast" to "northeast"."""
    return re.sub(r"[^a-z]", "", word.lower())


def _part_relation(direction: str, part_word: str | None) -> tuple[str, float]:
    d = _direction(direction)
    word = (part_word or "part").lower()
    if word in ("outskirts", "suburbs", "approaches", "fringe", "fringes"):
        return "outside", _BEARINGS[d]
    suffix = "side" if word.startswith(("side", "flank", "edge")) else "part"
    return f"{_ADJECTIVES[d]}_{suffix}", _BEARINGS[d]


def find_modifier(sentence: str, mention_start: int, mention_end: int) -> Modifier:
    """Return the phrase that governs the place mention ``sentence[mention_start:mention_end]``.

    Looks at most ``_BEFORE`` characters before and ``_AFTER`` after the mention.
    A specific phrase before the mention ("west of", "20 km south of", "near",
    "northern") wins over one after it ("the Bakhmut direction", "the Sumy
    region"), which wins over a plain preposition ("in", "at").  With nothing
    around it the relation is ``at`` and ``text`` is empty.
    """
    if not isinstance(sentence, str) or not 0 <= mention_start <= mention_end <= len(sentence):
        msg = (f"mention offsets {mention_start}..{mention_end} do not fit a sentence of "
               f"{len(sentence) if isinstance(sentence, str) else 'no'} characters; pass offsets into the sentence")
        raise InputError(msg)
    return _find_modifier(sentence, mention_start, mention_end)


@lru_cache(maxsize=4096)
def _find_modifier(sentence: str, mention_start: int, mention_end: int) -> Modifier:
    mention = sentence[mention_start:mention_end]
    window = max(0, mention_start - _BEFORE)
    folded = fold_case(sentence)
    before = folded[window:mention_start]
    pre = None
    if _may_govern(before):
        if any(map(before.__contains__, _SPECIFIC_WORDS)):
            start = _PRE_START.search(folded, window, mention_start)
            pre = _PRE.match(folded, start.start(), mention_start) if start is not None else None
        else:
            pre = _PRE_AT.search(folded, window, mention_start)
    kind = _pre_kind(pre) if pre is not None else None
    if kind == "adjective" and (_COUNTRY_OWNS.search(folded, max(0, pre.start() - 20), pre.start()) is not None
                                or folded.endswith("the ", 0, pre.start()) and _REGION_WORD.search(mention)):
        # "Russia's western Belgorod region", "in the southern Zaporizhzhia region": where the region lies in the
        # country (but "in southern Zaporizhzhia region" is its south)
        pre, kind = None, None
    if pre is not None and kind != "at":
        return _pre_modifier(sentence, pre, kind)
    post = _POST.match(sentence, mention_end, min(len(sentence), mention_end + _AFTER))
    if post is not None:
        relation = next(k for k in ("direction", "outside", "around", "around2", "border", "region", "region2")
                        if post.group(k))
        relation = {"around2": "around", "border": "border_area", "region": "in_region",
                    "region2": "in_region"}.get(relation, relation)
        return Modifier(relation, None, None, post.group(0).strip(), *_strip_span(sentence, *post.span()))
    if _REGION_WORD.search(mention):
        start, end = pre.span() if pre is not None else (mention_start, mention_start)
        return Modifier("in_region", None, None, sentence[start:end].rstrip(), start,
                        start + len(sentence[start:end].rstrip()))
    if pre is not None:
        return _pre_modifier(sentence, pre, kind)
    return Modifier("at", None, None, "", mention_start, mention_start)


def _may_govern(before: str) -> bool:
    """False when no phrase of _PRE can end where ``before`` (folded text) ends: it must end with a word of
    _LAST_WORDS (its whole run of letters a-z) and one to three blanks."""
    text = before.rstrip()
    if not 1 <= len(before) - len(text) <= 3:
        return False
    word = _WORD_END.search(text, max(0, len(text) - 16))
    return word is not None and word.group() in _LAST_WORDS


def _strip_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    while start < end and sentence[start].isspace():
        start += 1
    while end > start and sentence[end - 1].isspace():
        end -= 1
    return start, end


def _pre_kind(match: re.Match[str]) -> str:
    if match.re is _PRE_AT:  # it has the "at" group only
        return "at"
    # (the kinds are alternatives: exactly one of their groups took part in the match)
    return next(kind for kind, index in _PRE_KIND_INDEXES if match.start(index) >= 0)


def _pre_modifier(sentence: str, match: re.Match[str], kind: str) -> Modifier:
    start, end = _strip_span(sentence, *match.span())
    text = sentence[start:end]
    distance = bearing = None

    def group(name: str) -> str:  # as written in the sentence (the match is on its folded copy)
        return sentence[match.start(name):match.end(name)]

    if kind == "distance":
        amount = group("km").lower()
        value = float(amount.replace(",", ".")) if amount[0].isdigit() else (12.0 if "dozen" in amount else 5.0)
        distance = value * (_MILE_KM if group("unit").lower().startswith("mi") else 1.0)
        d = _direction(group("d1"))
        relation, bearing = f"{d}_of", _BEARINGS[d]
    elif kind in ("part", "part_of", "adjective"):
        relation, bearing = _part_relation(group({"part": "d2", "part_of": "d3", "adjective": "d5"}[kind]),
                                           group("pw") if kind == "part" else None)
    elif kind == "direction_of":
        d = _direction(group("d4"))
        relation, bearing = f"{d}_of", _BEARINGS[d]
    elif kind == "border":
        relation = "border_area"
    elif kind == "at":
        noun = group("noun").lower()
        relation = "in_region" if noun in ("region", "oblast", "province") else "at"
    else:
        relation = kind
    return Modifier(relation, distance, bearing, text, start, end)


def find_city_side(sentence: str) -> Modifier | None:
    """Find "the southern side of the city", "the city's northern outskirts", "the north of the town".

    Such a phrase names no place: it refers to a town mentioned earlier in the
    sentence or report, which the caller picks.  None when there is no such phrase.
    """
    if not isinstance(sentence, str):
        msg = f"sentence is a {type(sentence).__name__}, not a str; pass the sentence text"
        raise InputError(msg)
    return _find_city_side(sentence)


@lru_cache(maxsize=256)
def _find_city_side(sentence: str) -> Modifier | None:
    # Cached: extraction asks once per mention of a clause, and a long clause
    # with many mentions would otherwise be scanned again for each (quadratic).
    low = fold_case(sentence)  # every form names the city, town, village or settlement, and a direction
    if not any(map(low.__contains__, ("city", "town", "village", "settlement"))) \
            or not any(map(low.__contains__, ("north", "south", "east", "west"))):
        return None
    match = _CITY_SIDE.search(sentence)
    if match is None:
        return None
    direction = match.group("d1") or match.group("d2") or match.group("d3")
    relation, bearing = _part_relation(direction, match.group("pw1") or match.group("pw2"))
    start, end = _strip_span(sentence, *match.span())
    return Modifier(relation, None, bearing, sentence[start:end], start, end)


# --------------------------------------------------------------------------- applying

def _precision(radius_km: float, vague: bool) -> str:
    if radius_km >= _COUNTRY_KM:
        return "country"
    if radius_km >= _REGION_KM:
        return "region"
    return "near" if vague else "exact"


def move(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """Return the (lat, lon) ``km`` from a point along ``bearing`` (degrees from north), on the WGS84 ellipsoid."""
    lon2, lat2, _ = _GEOD.fwd(lon, lat, bearing, km * 1000.0)
    return float(lat2), float(lon2)


_REAL = (int, float)


def apply_modifier(lat: float, lon: float, radius_km: float, modifier: Modifier) -> tuple[float, float, float, str]:
    """Move a place's point by ``modifier``; return ``(lat, lon, uncertainty_km, location_precision)``.

    * ``X_of`` with a distance ``d``: moved ``d`` km along the bearing,
      uncertainty ``max(2, d/4) + radius``.
    * ``X_of`` without one: moved ``max(5, 2 * radius)`` km, uncertainty the same.
    * ``*_part`` / ``*_side``: moved half the radius, uncertainty the radius (at least 1 km).
    * ``near`` / ``around`` / ``outside`` / ``direction``: not moved,
      uncertainty radius + 5 / 8 / 10 / 25 km (``outside`` with a bearing,
      "the northern outskirts", moves to the edge of the radius first).
    * ``at`` / ``in_region`` / ``border_area``: not moved, uncertainty the radius
      (for a border area the caller passes the region's label point).

    ``location_precision`` is ``exact`` for a town or a part of it, ``near`` for
    a vague or directional relation, ``region`` or ``country`` when the radius is
    that of a region (>= 30 km) or a country (>= 400 km).
    """
    if not (isinstance(lat, _REAL) and math.isfinite(lat) and isinstance(lon, _REAL) and math.isfinite(lon)
            and isinstance(radius_km, _REAL) and math.isfinite(radius_km)) or not (
            -90 <= lat <= 90 and -180 <= lon <= 180 and radius_km >= 0):
        msg = f"point ({lat}, {lon}) with radius {radius_km} km is not a valid WGS84 point; pass lat, lon in degrees"
        raise InputError(msg)
    relation = modifier.relation
    if relation not in RELATIONS:
        msg = f"unknown spatial relation {relation!r}; use one of {', '.join(sorted(RELATIONS))}"
        raise InputError(msg)
    radius = float(radius_km)
    if relation.endswith("_of"):
        bearing = modifier.bearing_deg if modifier.bearing_deg is not None else _BEARINGS[relation[:-3]]
        if modifier.distance_km is not None:
            shift = float(modifier.distance_km)
            uncertainty = max(2.0, 0.25 * shift) + radius
        else:
            shift = max(5.0, 2.0 * radius)
            uncertainty = shift
        lat, lon = move(lat, lon, bearing, shift)
        return lat, lon, uncertainty, _precision(radius, vague=True)
    if relation.endswith(("_part", "_side")):
        bearing = modifier.bearing_deg if modifier.bearing_deg is not None else _BEARINGS[relation.split("ern_")[0]]
        lat, lon = move(lat, lon, bearing, 0.5 * radius)
        return lat, lon, max(radius, 1.0), _precision(radius, vague=False)
    if relation in _NEAR_KM:
        if relation == "outside" and modifier.bearing_deg is not None:
            lat, lon = move(lat, lon, modifier.bearing_deg, radius)
        return float(lat), float(lon), radius + _NEAR_KM[relation], _precision(radius, vague=True)
    if relation in ("in_region", "border_area"):
        return float(lat), float(lon), radius, "country" if radius >= _COUNTRY_KM else "region"
    return float(lat), float(lon), radius, _precision(radius, vague=False)


def region_part(geometry, relation: str, bearing_deg: float | None = None) -> tuple[float, float, float] | None:
    """Return ``(lat, lon, radius_km)`` of "the south of the Odesa region": the outer third of a unit's outline.

    ``geometry`` is the unit's shapely (Multi)Polygon in lon/lat; ``relation`` a ``*_part`` or
    ``*_side`` relation.  A point moved from the label point by half the unit's radius may
    leave a long unit (or land in the sea); the third of the outline that lies furthest
    along the bearing holds the part.  None when the part cannot be cut.
    """
    from shapely import affinity
    from shapely.geometry import box

    if not relation.endswith(("_part", "_side")) or geometry is None or geometry.is_empty:
        return None
    bearing = bearing_deg if bearing_deg is not None else _BEARINGS[relation.split("ern_")[0]]
    centre = geometry.centroid
    k = math.cos(math.radians(centre.y))
    # lon scaled by cos(lat) so that the frame is locally even; turned so that the bearing points north
    flat = affinity.rotate(affinity.scale(geometry, xfact=k, yfact=1.0, origin=centre), bearing, origin=centre)
    minx, miny, maxx, maxy = flat.bounds
    part = flat.intersection(box(minx, miny + (maxy - miny) * 2 / 3, maxx, maxy))
    if part.is_empty:
        return None
    part = affinity.scale(affinity.rotate(part, -bearing, origin=centre), xfact=1 / k, yfact=1.0, origin=centre)
    point = part.representative_point()
    hull = part.convex_hull
    coords = hull.exterior.coords if hull.geom_type == "Polygon" else [(point.x, point.y)]
    radius = max(_GEOD.inv(point.x, point.y, x, y)[2] / 1000.0 for x, y in coords)
    return float(point.y), float(point.x), round(max(radius, 1.0), 1)
