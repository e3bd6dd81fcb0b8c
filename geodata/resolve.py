"""Resolve: choose one gazetteer candidate per place mention, using the report's context.

Evidence, in the order it usually decides: a user's correction (``aliases``);
a region named in the same or a neighbouring sentence ("near Liman, to the north
in the Donetsk region" -> Lyman in Donetsk oblast); spatial coherence with the
report's unambiguous places (Klishchevka near Bakhmut, not in Poltava oblast);
match quality (exact before romanisation variant before fuzzy); country focus
(Ukraine, then its neighbours); population and feature class.  Given a front
line for the report's date, a namesake near the line of contact is preferred for
a place in a sentence about fighting (a tie-breaker that never outweighs a region
named nearby).  Every choice keeps a ``confidence`` and the runner-up
``candidates`` so a person can correct it.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from geodata.names import fold, variant_key
from geodata.toponyms import COMMUNITY_ADJ_ENDS, Mention, Sentence

__all__ = ["Resolution", "resolve_mentions", "district_centre_name", "FOCUS_COUNTRIES", "LINE_PRIOR_WEIGHT"]

FOCUS_COUNTRIES = frozenset({"UA"})
NEIGHBOURS = frozenset({"RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "GE"})
_MIN_FOREIGN_POP = 100_000  # a place outside the region of interest must be a real city to count
_MATCH_WEIGHT = {"alias": 1.0, "exact": 1.0, "variant": 0.85, "fuzzy": 0.7}
_NEAR_KM = 60.0
_EXACT_TOWN_POP = 10_000
_BIG_CITY_POP = 100_000
_BIG_CITY_BONUS = 1.5
_MAJOR_CITY_POP = 500_000
_MAJOR_CITY_BONUS = 3.0  # a city of Lviv's size is not a hamlet by Kryvyi Rih because Kryvyi Rih is named beside it
_WINDOW = 25  # sentences either side whose places count as context
_MAX_CANDIDATES = 5
LINE_PRIOR_WEIGHT = 2.0
"""Score a namesake on the line of contact gains in a combat sentence (``exp(-km / 30)`` of it).

Above what population and gazetteer order give a village (about 1), below a region
named nearby (2.5) and a close unambiguous place of the report (2.5 to 3.5)."""
_LINE_REACH_KM = 30.0  # namesakes beyond the gazetteer's first ten this close to the line join the candidates
_LINE_EXTRA = 3
_COMBAT_TYPES = ("Battles", "Explosions/Remote violence")


@dataclass
class Resolution:
    """A mention and the place chosen for it.

    ``place`` holds ``place_id, name, lat, lon, country_code, admin1, admin1_code,
    feature_class, feature_code, population, radius_km``; ``candidates`` the
    runners-up (same keys plus ``score``), best first.
    """

    mention: Mention
    place: dict
    confidence: float
    candidates: list[dict] = field(default_factory=list)


def _place_dict(c) -> dict:
    return {"place_id": c.place_id, "name": c.name, "lat": c.lat, "lon": c.lon,
            "country_code": c.country_code, "admin1": c.admin1, "admin1_code": c.admin1_code,
            "feature_class": c.feature_class, "feature_code": c.feature_code,
            "population": int(c.population), "radius_km": float(c.radius_km), "match": c.match,
            "match_score": float(c.score)}


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _plausible(c: dict, m: Mention) -> bool:
    """Keep candidates in the region of interest, or real cities and regions elsewhere.

    A name at the start of a sentence or a quote ("Since", "We're") must match exactly;
    a loose spelling match outside Ukraine and Russia must be close.
    """
    cc = c["country_code"]
    exact = c["match"] in ("alias", "exact")
    if m.initial and not exact and not m.locative and not _compound_name(m.text):
        return False
    if not exact and cc not in ("UA", "RU") and c["match_score"] < 90:
        return False
    if cc in FOCUS_COUNTRIES:
        return True
    if c["feature_class"] == "A":
        return cc in NEIGHBOURS
    if cc in NEIGHBOURS:
        return (c["population"] >= 5_000 or c["feature_code"] in ("PPLA", "PPLA2", "PPLC")
                or (m.locative and exact and c["population"] >= 500))
    return c["population"] >= _MIN_FOREIGN_POP or c["feature_code"] == "PPLC"


def _compound_name(text: str) -> bool:
    """True for "Seredyno-Buda": capitalised words joined by a hyphen are no English word opening a sentence."""
    parts = text.split("-")
    return len(parts) == 2 and all(len(p) >= 3 and p[0].isupper() and p[1:].islower() for p in parts)


# "Velyka Mykhaylivka community": a translation that splits a compound name (Velykomykhailivka, the hromada's centre)
_SPLIT_COMPOUND = re.compile(r"(Velyk|Mal|Nov|Star)(?:a|e|yi|yy|ij|iy)\s([A-Z][a-z'\u2019]{3,})")


def _joined_compound(split: re.Match[str], gazetteer) -> list[dict]:
    """Ukrainian places named by the compound of a split name ("Velyka Mykhaylivka": Velykomykhailivka), as
    variants: the split name's own bearers come first."""
    joined = f"{split.group(1)}o{split.group(2).lower()}"
    if not gazetteer.has_exact_name(joined):
        return []
    try:
        cands = gazetteer.lookup(joined, limit=5, countries=("UA",), fuzzy=False)
    except Exception:  # noqa: BLE001 - a compound that cannot be looked up adds nothing
        return []
    return [dict(_place_dict(c), match="variant", match_score=90.0) for c in cands if c.match == "exact"]


def _candidates(m: Mention, gazetteer, cache: dict) -> list[dict]:
    key = (m.kind, m.query, m.initial, m.locative)
    if key in cache:
        return cache[key]
    found: list[dict] = []
    if m.query.startswith("landmark:"):
        found = _landmark_candidates(m, gazetteer)
        cache[key] = found
        return found
    if m.kind == "district":
        found = _district_candidates(m, gazetteer)
        cache[key] = found
        return found
    if m.kind == "region":
        reg = gazetteer.region(m.query)
        if reg is not None:
            found.append(_place_dict(reg))
        elif m.query.endswith(" region"):
            # "Kolomyia region": no oblast, the district of that town (the Ukrainian usage of "region")
            base = m.query.removesuffix(" region")
            found = [c for c in _district_candidates(Mention(m.text, m.start, m.end, m.sentence_index, "district",
                                                             base), gazetteer)
                     if c["country_code"] in FOCUS_COUNTRIES and fold(district_centre_name(c)) in _centre_names(base)]
            if found:
                cache[key] = found
                return found
    if not found:
        try:
            cands = gazetteer.lookup(m.text if m.kind == "region" else m.query, limit=10, fuzzy=m.fuzzy)
        except Exception:  # noqa: BLE001 - an unusable name is simply not resolved
            cands = []
        found = [_place_dict(c) for c in cands]
        if m.fuzzy:
            found = [c for c in found if c["match_score"] >= 85 and c["country_code"] in ("UA", "RU")]
    seen: set[str] = set()
    out = []
    for c in found:
        if c["place_id"] not in seen and _plausible(c, m):
            seen.add(c["place_id"])
            out.append(c)
    cache[key] = out
    return out


def _landmark_candidates(m: Mention, gazetteer) -> list[dict]:
    """The landmark a ``landmark:<slug>`` query names: the gazetteer holds it under that id."""
    c = gazetteer.get(m.query)
    return [dict(_place_dict(c), match="alias")] if c is not None else []


_CLOSE_STEM_SCORE = 90.0  # a hromada's centre spelt another way: one letter off in a long name
_HROMADA_CENTRE_MIN_POP = 500  # a rural hromada's centre may be a village of a few hundred
_CENTRE_MIN_POP = 1_000  # a district's centre is a town; a city's quarter ("Holosiyiv") has no population of its own
DISTRICT_RADIUS_KM = 25.0
"""Uncertainty of a place named only by its district: an admin-2 district spans some 30 to 60 km."""
COMMUNITY_RADIUS_KM = 12.0
"""Uncertainty of a place named only by its hromada: a rural hromada spans some 15 to 30 km."""
_ADJ_SUFFIX = re.compile(r"(?:s[ck]iy|s[ck]ii|s[ck]yi|s[ck]yy|s[ck]y|s[ck]i|s[ck]oy|z[ck]yi|z[ck]iy|z[ck]y|kyi)$")


def _community_stems(adjective: str) -> list[str]:
    """Names the centre of a hromada may bear, from its feminine adjective ("Krasnopilska" -> Krasnopillia,
    "Marhanetska" -> Marhanets, "Seredyno-Budska" -> Seredyna-Buda, "Velykopysarivska" -> Velyka Pysarivka), also
    from a Russian-shaped spelling of it ("Shalyginska" -> Shalyhyne, "Khotynska" -> Khotin as well as Khotyn)."""
    out = _stems_of(adjective)
    base = adjective[:-4] if adjective.endswith("tska") else adjective[:-3]
    # (and "Velykopisarevska": the Russian e and i of Velykopysarivska)
    ukrainian = base.replace("ev", "iv")
    ukrainian = ukrainian[:1] + ukrainian[1:].replace("i", "y").replace("yv", "iv")
    if ukrainian.endswith("ov"):
        ukrainian = ukrainian[:-2] + "iv"  # the Russian -ovska of a Ukrainian -ivska ("Shirokovska": Shyrokivska)
    for other in dict.fromkeys((base.replace("g", "h"), base.replace("yn", "in"), base.replace("in", "yn"),
                                base.replace("g", "h").replace("in", "yn"), ukrainian)):
        if other != base:
            out += _stems_of(other + adjective[len(base):])
    return list(dict.fromkeys(out))


def _stems_of(adjective: str) -> list[str]:
    stem = adjective[:-2] if adjective.endswith("tska") else adjective[:-3]
    if len(stem) < 3:
        return []
    # (the centre may bear the adjective itself: Dolynska)
    out = [stem, stem + "a", stem + "y", stem + "e", stem + "ka", stem + "sk", stem + "skyi", stem + "ske", adjective]
    if stem.endswith("l"):
        out += [stem + "lia", stem + "lya", stem + "ia"]  # Krasnopil- -> Krasnopillia
    if stem.endswith("iv"):
        out += [stem[:-2] + "ove", stem + "ka", stem[:-1], stem[:-2] + "y", stem[:-2] + "ova", stem[:-2], stem[:-2] + "e"]
        # Myriv- -> Myrove; Derhachiv- -> Derhachi; Tsyrkuniv- -> Tsyrkuny; Boriv- -> Borova; Radsadiv- -> Radsad;
        # Shyrokiv- -> Shyroke
    if stem.endswith("n"):
        out += [stem[:-1] + "a", stem[:-1]]  # Horodnyan- -> Horodnya
    if stem.endswith(("ian", "yan")):
        out += [stem[:-3] + "a"]  # Vorozhbian- -> Vorozhba
    if "o-" in stem:
        out += [stem.replace("o-", "a-") + "a", stem.replace("o-", "a-")]  # Seredyno-Bud- -> Seredyna-Buda
    if adjective.endswith("zka"):
        out += [stem + "ha"]  # Novoprazka -> Novopraha (h turns z before -k: Praha, Prazka)
    for head, new_head in (("Novo", "Nova "), ("Staro", "Stara ")):
        if stem.startswith(head) and len(stem) > len(head) + 2:
            rest = stem[len(head):].capitalize()
            out += [new_head + rest + ("ha" if adjective.endswith("zka") else "a")]  # Novoprazka -> Nova Praha
    if stem.startswith("Velyko") and len(stem) > 7:
        rest = stem[6:].capitalize()
        out += [f"Velyka {rest}ka", f"Velyka {rest}", f"Velykyi {rest}"]  # Velykopysariv- -> Velyka Pysarivka
    return list(dict.fromkeys(out))


def _district_stems(adjective: str) -> list[str]:
    """Names the centre of a district may bear, from its adjective ("Korochansky" -> Korocha, "Klimovsky" -> Klimovo)."""
    if adjective.endswith(COMMUNITY_ADJ_ENDS):
        return _community_stems(adjective)
    stem = _ADJ_SUFFIX.sub("", adjective)
    if len(stem) < 3:
        return []
    out = [adjective, stem, stem + "sk", stem + "o", stem + "a", stem + "y", stem + "i", stem + "e"]
    if adjective.lower().endswith("sky"):
        # a town named as an adjective: "Belgorod-Dnestrovsky" is GeoNames' Belgorod-Dnestrovskiy
        out += [adjective[:-1] + "iy", adjective + "i"]
    if stem.endswith("n"):
        out += [stem[:-1], stem[:-1] + "o", stem + "ka"]  # Korochan- -> Korocha, Sudzhan- -> Sudzha; Bashtanka
    if stem.endswith(("yn", "in")):
        out += [stem[:-2] + "a", stem[:-2] + "o"]  # Shostkyn- -> Shostka
    if stem.endswith("iv"):
        out += [stem[:-2] + "ove", stem[:-2] + "ivka", stem[:-2] + "y", stem[:-2] + "i"]  # Pologiv- -> Pologi (Polohy)
    if stem.endswith("d") and adjective == stem:
        # "the Zvenihorod district of Cherkasy region": the raion of Zvenyhorodka, named without its suffix
        out += [stem + "ka", stem[:1] + stem[1:].replace("i", "y") + "ka"]
    return list(dict.fromkeys(out))


def _centre_names(base: str) -> set[str]:
    """The folded names a district's centre may bear when "X region" names the district: X itself, or the town of
    an adjective cut short ("Synelnykiv region": Synelnykove)."""
    names = {fold(base)}
    if base.endswith(("iv", "yn", "in", "an")) and len(base) > 5:
        names.update(fold(x) for x in _district_stems(base + "skyi"))
    return names


def _district_candidates(m: Mention, gazetteer) -> list[dict]:
    """Centres of the district named by ``m`` (an adjective + "district"), as district places.

    A Russian spelling ("-sky") looks in Russia first and a Ukrainian one ("-skyi") in
    Ukraine.  The pin is the centre's point with the district's radius.
    """
    adjective = m.query
    low = adjective.lower()
    community = adjective.endswith(COMMUNITY_ADJ_ENDS)
    country = "RU" if low.endswith(("sky", "skiy", "skii", "skoy", "zky", "zkiy")) else \
        "UA" if low.endswith(("skyi", "skyy", "zkyi", "kyi")) or community else None
    found: dict[str, dict] = {}
    exact_name = getattr(gazetteer, "has_exact_name", None)

    def add_centres(name: str, countries: tuple[str, ...]) -> None:
        for stem in _district_stems(name):
            if exact_name is not None and not exact_name(stem) and not fold(stem).startswith("the "):
                continue  # no place bears the stem itself: a look-up finds only spelling variants, never a centre
            try:
                # (a hromada's centre may be one of many namesakes, and a village: the Shyroke of the Mykolaiv
                # district, 779 people, is the 25th Shyroke)
                cands = gazetteer.lookup(stem, limit=40 if community else 5, countries=countries, fuzzy=False)
            except Exception:  # noqa: BLE001 - a stem that cannot be looked up is no centre
                continue
            for c in cands:
                if (c.match in ("alias", "exact") and c.feature_class == "P"
                        and c.population >= (_HROMADA_CENTRE_MIN_POP if community else _CENTRE_MIN_POP)
                        and c.place_id not in found):
                    found[c.place_id] = _place_dict(c)

    add_centres(adjective, ("UA", "RU"))
    if not community and not found and "i" in adjective[1:]:
        # "Sinelnykivsky district": a Russian i for the Ukrainian y of Synelnykivskyi (Synelnykove)
        add_centres(adjective[:1] + adjective[1:].replace("i", "y").replace("yv", "iv"), ("UA",))
    if community and not found:
        # "Bereznehovatske community": the centre spelt another way (Bereznehuvate), a close spelling of a stem
        for stem in _district_stems(adjective):
            try:
                cands = gazetteer.lookup(stem, limit=3, countries=("UA",), fuzzy=True)
            except Exception:  # noqa: BLE001 - a stem that cannot be looked up is no centre
                continue
            for c in cands:
                if (c.score >= _CLOSE_STEM_SCORE and c.feature_class == "P" and c.population >= _CENTRE_MIN_POP
                        and c.place_id not in found):
                    found[c.place_id] = _place_dict(c)
            if found:
                break
    if country is not None and any(c["country_code"] == country for c in found.values()):
        # (but a Ukrainian raion's centre stays: "Kurakhivka, Pokrovsky district" is Pokrovsk's, not Pokrov's)
        found = {k: c for k, c in found.items() if c["country_code"] == country or k in _raion_centre_ids()}
    out = []
    for c in sorted(found.values(), key=lambda c: -c["population"]):
        d = dict(c)
        if community:  # the hromada's centre, a town or village, with the hromada's spread
            d.update(place_id=f"community:{c['place_id']}", name=f"{adjective} community ({c['name']})",
                     feature_code="PPLA3", radius_km=max(COMMUNITY_RADIUS_KM, c["radius_km"]), match="alias")
            out.append(d)
            continue
        d.update(place_id=f"district:{c['place_id']}", name=f"{adjective} District ({c['name']})",
                 feature_class="A", feature_code="ADM2", radius_km=max(DISTRICT_RADIUS_KM, c["radius_km"]),
                 match="alias")
        out.append(d)
    return out


def district_centre_name(place: Mapping) -> str:
    """The centre town of a district place from :func:`_district_candidates` ("Nikopol District (Nikopol)")."""
    name = place["name"]
    return name[name.rfind("(") + 1:-1]


_DISTRICT_NOUNS = frozenset({"district", "raion", "rayon", "districts", "raions", "rayons",
                             "community", "communities", "hromada", "hromadas", "area"})


def _in_district(res: Resolution) -> Resolution:
    """A village the gazetteer lacks, named with its district: the district's centre, with the district's radius."""
    return Resolution(res.mention, _unlocated_in(res.mention, res.place), round(min(res.confidence, 0.4), 3),
                      res.candidates)


def _unlocated_in(m: Mention, district: dict) -> dict:
    """The place of ``m``, a village the gazetteer lacks, in ``district``: its centre, with its radius."""
    place = dict(district)
    place.update(place_id=f"unlocated:{district['place_id']}:{fold(m.text).replace(' ', '-')}",
                 name=f"{m.text} ({district['name']})", feature_class="P", feature_code="PPL", population=0)
    return place


def _cache_of(gazetteer) -> dict:
    """Candidate lists memoised per gazetteer (news repeats its names); bounded."""
    cache = getattr(gazetteer, "_resolve_cache", None)
    if cache is None or len(cache) > 50_000:
        cache = {}
        try:
            gazetteer._resolve_cache = cache
        except AttributeError:
            pass
    return cache


def _base_score(c: dict, rank: int) -> float:
    score = 3.0 * _MATCH_WEIGHT.get(c["match"], 0.7) * (c["match_score"] / 100.0)
    if c["match"] == "alias":
        score += 0.5  # a curated exonym ("Liman" is Lyman in Donetsk oblast)
    cc = c["country_code"]
    score += 1.0 if cc in FOCUS_COUNTRIES else 0.5 if cc in NEIGHBOURS else 0.0
    if c["feature_class"] == "A":
        score += 0.8
    score += 0.25 * math.log10(c["population"] + 10)
    score -= 0.05 * rank  # the gazetteer's own order breaks ties
    return score


def resolve_mentions(mentions: Sequence[Mention], gazetteer, *,
                     aliases: Mapping[str, dict] | None = None, frontline=None,
                     sentences: Sequence[Sentence] | None = None) -> list[Resolution]:
    """Resolve the place and region mentions of one report; unresolvable ones are left out.

    Parameters
    ----------
    mentions : sequence of Mention
        From :func:`geodata.toponyms.find_mentions`; only ``place``/``region`` kinds are resolved.
    gazetteer : Gazetteer
    aliases : mapping, optional
        Folded mention -> place dict (user corrections); they override the gazetteer.
    frontline : LinePrior, optional
        The line of contact on the report's date (:func:`geodata.frontline.line_prior`):
        a place name with several candidates, in a sentence about fighting or strikes,
        leans to the namesake near the line, unless a region named in the same or a
        neighbouring sentence holds some candidate (then only those can gain).
    sentences : sequence of Sentence, optional
        The report's sentences, to tell combat sentences from the rest; without them
        the prior counts for every ambiguous place.
    """
    aliases = {fold(k): v for k, v in (aliases or {}).items()}
    cache = _cache_of(gazetteer)
    todo: list[tuple[Mention, list[dict]]] = []
    fixed: dict[int, Resolution] = {}
    by_index = {s.index: s for s in sentences or ()}
    for i, m in enumerate(mentions):
        if m.kind == "country" and (country := _spillover_country(m, by_index.get(m.sentence_index))) is not None:
            fixed[i] = Resolution(m, country, 0.9, [])
            continue
        if m.kind not in ("place", "region", "district"):
            continue
        alias = aliases.get(fold(m.text)) or aliases.get(fold(m.query))
        if alias is not None:
            fixed[i] = Resolution(m, _alias_place(alias), 1.0, [])
            continue
        cands = list(_candidates(m, gazetteer, cache))
        if cands:
            todo.append((m, cands))
            fixed[i] = None  # type: ignore[assignment]
    region_by_sentence: dict[int, set[str]] = {}
    for m, cands in todo:
        if m.kind == "region" or cands[0]["feature_class"] == "A" and m.kind != "district":
            region_by_sentence.setdefault(m.sentence_index, set()).add(cands[0]["admin1_code"])
    for m, cands in todo:
        if m.kind == "district" and len(cands) > 1:
            # "Klimovsky District" of a report about Bryansk Oblast: Klimovo, not Klimovsk near Moscow
            named = {code for j, codes in region_by_sentence.items() if abs(j - m.sentence_index) <= _WINDOW
                     for code in codes}
            inside = [c for c in cands if c["admin1_code"] in named]
            if inside:
                cands[:] = inside
    placed = _keep_in_named_district(todo, sentences, gazetteer)
    region_mentions: dict[int, list[tuple[Mention, dict]]] = {}
    for m, cands in todo:
        if m.kind in ("region", "place") and cands[0]["feature_class"] == "A":
            region_mentions.setdefault(m.sentence_index, []).append((m, cands[0]))
    starts_by_sentence: dict[int, list[int]] = {}
    for m in mentions:
        starts_by_sentence.setdefault(m.sentence_index, []).append(m.start)
    anchors = sorted(_anchors(todo), key=lambda a: a[3])
    region_names = {c[0]["admin1_code"]: c[0]["name"] for m, c in todo
                    if (m.kind == "region" or c[0]["feature_class"] == "A") and c[0]["admin1_code"]}
    regions_of = _RegionContext(region_by_sentence, region_mentions, sentences)
    for m, cands in todo:
        if m.kind == "region" or cands[0]["feature_class"] == "A":
            continue
        near = regions_of.around(m.sentence_index)
        wide = len(cands) >= 8 or (near and not any(c["admin1_code"] in near for c in cands))
        if wide:
            codes = sorted(c for c in near if c)  # a region without an admin-1 code has no name to widen by
            _widen(m, cands, gazetteer, [region_names[c] for c in codes if c in region_names], anchors)
    if sentences is not None:
        _keep_cities(todo, sentences, gazetteer)
        _keep_hromada_centres(todo, sentences)
        anchors = sorted(_anchors(todo), key=lambda a: a[3])  # (not the city "the settlements of Kamianske" is not)
    priors = _line_priors(todo, gazetteer, frontline, sentences, region_by_sentence) if frontline is not None else {}
    results: dict[int, Resolution] = {}
    km_memo: dict = {}  # (candidate ids, context points) -> distances: the same in many sentences and both passes
    # a name repeated in a sentence with the same candidates and context points is weighed once,
    # in either pass (the second pass changes the context points of few names)
    chosen: dict = {}
    said: dict[tuple[str, ...], Resolution] = {}  # names the text put in a region or country: every mention alike
    placed_in: dict[tuple[str, ...], dict[str, set[int]]] = {}  # name -> region the text put it in -> starts
    # two passes: the second treats the first pass's confident picks as anchors too
    for _pass in range(2):
        k = 0
        # the anchors are fixed within a pass: a repeated one counts once, and the context
        # points of a sentence and name are worked out once
        unique_anchors = list(dict.fromkeys(anchors))
        near_memo: dict = {}
        for i, m in enumerate(mentions):
            if i not in fixed:
                continue
            if fixed[i] is not None:
                results[i] = fixed[i]
                continue
            _, cands = todo[k]
            prior = priors.get(k)
            k += 1
            key = fold(m.query)
            near = _near_points(unique_anchors, m.sentence_index, key, near_memo) if len(cands) > 1 else ()
            choice_key = (m.sentence_index, key, tuple((c["place_id"], c["match"], c["match_score"]) for c in cands),
                          near)
            res = chosen.get(choice_key) if prior is None else None
            if res is None:
                near_regions, own, story_regions = regions_of.for_name(m)
                res = _choose(m, cands, near_regions, near, prior, km_memo, own, story_regions)
                chosen[choice_key] = res
            else:
                res = Resolution(m, res.place, res.confidence, res.candidates)
            if m.kind == "district" and m.text.split()[-1].lower() not in _DISTRICT_NOUNS and m.text != m.query:
                # (a village the gazetteer lacks, named with its district; not "Beryslav" of "the Beryslav and
                # Kherson districts")
                res = _in_district(res)
            regions = region_mentions.get(m.sentence_index)  # few sentences name a region
            moved = _outside_named_region(res, regions, gazetteer, starts_by_sentence.get(m.sentence_index, ()),
                                          sentences, cands) if regions else None
            governed = None
            if moved is None and regions and sentences is not None:
                moved = governed = _in_governors_region(res, regions, sentences, cands, gazetteer)
            if moved is not None:
                res = moved
                if governed is not None or _located_by_text(m, moved, regions, sentences):
                    said[_sense_key(m)] = moved  # "Solokhi, Belgorod Region": the text's own placing
                    placed_in.setdefault(_sense_key(m), {}).setdefault(moved.place["admin1"], set()).add(m.start)
            elif regions and _located_by_text(m, res, regions, sentences):
                placed_in.setdefault(_sense_key(m), {}).setdefault(res.place["admin1"], set()).add(m.start)
            if m.kind == "place" and sentences is not None:
                country = _country_said(m, sentences)
                if country is not None and res.place["country_code"] != country:
                    namesake = next((c for c in cands if c["country_code"] == country and c["feature_class"] != "A"),
                                    None)
                    res = (Resolution(m, namesake, round(min(res.confidence, 0.7), 3), res.candidates)
                           if namesake is not None else
                           _in_said_country(res, country, [(si, reg) for si, pairs in region_mentions.items()
                                                           for _rm, reg in pairs]))
                    if res is None:
                        continue
                    said[_sense_key(m)] = res
            results[i] = res
        if _pass == 0:
            picked = [(fold(r.mention.query), r.place["lat"], r.place["lon"], r.mention.sentence_index)
                      for r in results.values()
                      if r.place["feature_class"] != "A" and r.confidence >= 0.5 and r.place["country_code"] == "UA"]
            known = {a[0] for a in anchors}
            new = [a for a in picked if a[0] not in known]
            anchors = sorted(anchors + new, key=lambda a: a[3])
            sizes = [len(cands) for _, cands in todo]
            for m, cands in todo:
                if m.kind != "region" and cands[0]["feature_class"] != "A" and len(cands) >= 8:
                    _widen(m, cands, gazetteer, [], anchors)
            if not new and sizes == [len(cands) for _, cands in todo]:
                break  # no new anchor, no new candidate: the second pass would choose as the first
            if sentences is not None and sizes != [len(cands) for _, cands in todo]:
                _keep_cities(todo, sentences, gazetteer)  # (what the text calls the new namesakes holds for them too)
    if sentences is not None:
        _former_names(results, said, sentences)
        _lists_closed_by_region(results, sentences, gazetteer)
        _namesakes_among_list_mates(results, sentences, gazetteer)
        _drop_far_list_items(results, sentences, gazetteer)
        _placed_by_distance(results, sentences, gazetteer)
    # "Kostiantynivka in Donetsk region, Kostiantynivka in Sumy region": namesakes the text places in different regions
    # each keep their own reading
    apart = {start for by_region in placed_in.values() if len(by_region) > 1 for starts in by_region.values()
             for start in starts}
    return _one_sense(results, said, placed | apart)


# The neighbours the war spills over into: a drone or missile "in Poland", "on the territory of Romania" happened there
# (not "Russia" or "Ukraine", too wide to pin, nor a country that only speaks or hosts)
_SPILLOVER_COUNTRIES = frozenset({"PL", "RO", "MD", "EE", "LV", "LT", "HU", "SK", "BY"})
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|into|over|inside|(?:on|in)\s{1,3}the\s{1,3}territory\s{1,3}of|airspace\s{1,3}of)\s{1,3}"
                                r"(?:(?:north|south|east|west)[a-z-]{0,8}\s{1,3})?\Z", re.I)
_AIRSPACE_AFTER = re.compile(r"['\u2019]s\s{1,3}airspace\b")
_SPILLOVER_WORDS = ("drone", "missile", "rocket", "UAV", "Shahed", "debris", "airspace", "xplosion", "strike",
                    "struck", "shell", "blast", "fragments", "crash")


def _spillover_country(m: Mention, sent: Sentence | None) -> dict | None:
    """The place of a neighbouring country the text puts something in ("drones fell and detonated on the territory
    of Romania", "missile explosions in a village in eastern Poland", "the violation of Poland's airspace"), or None."""
    if sent is None or not any(map(sent.text.__contains__, _SPILLOVER_WORDS)):
        return None  # (not "ahead of this week's NATO summit in Lithuania": a venue, its city the place)
    place = _country_places().get(fold(m.text))
    if place is None:
        return None
    a, b = m.start - sent.start, m.end - sent.start
    if (_IN_COUNTRY_BEFORE.search(sent.text, max(0, a - 40), a) is None
            and _AIRSPACE_AFTER.match(sent.text, b) is None):
        return None
    return place


@lru_cache(maxsize=1)
def _country_places() -> dict[str, dict]:
    """Folded name -> place of each spillover country of the bundled basemap: its centroid (or a point inside when the
    centroid falls outside), with the radius of a disc of its area."""
    import json

    from pyproj import Geod
    from shapely.geometry import shape

    from geodata import settings

    geod = Geod(ellps="WGS84")
    out: dict[str, dict] = {}
    for f in json.loads(settings.COUNTRIES_GEOJSON.read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        if p.get("iso_a2") not in _SPILLOVER_COUNTRIES:
            continue
        geom = shape(f["geometry"])
        point = geom.centroid if geom.contains(geom.centroid) else geom.representative_point()
        area_km2 = abs(geod.geometry_area_perimeter(geom)[0]) / 1e6
        out[fold(p["name"])] = {
            "place_id": f"country:{p['iso_a2']}", "name": p["name"], "lat": round(point.y, 4), "lon": round(point.x, 4),
            "country_code": p["iso_a2"], "admin1": None, "admin1_code": None, "feature_class": "A",
            "feature_code": "PCLI", "population": 0, "radius_km": round(math.sqrt(area_km2 / math.pi), 1),
            "match": "exact", "match_score": 100.0}
    return out


def _namesakes_near(m: Mention, gazetteer, near, limit: int = 3) -> list[dict]:
    """The gazetteer's namesakes of ``m`` ranked nearest ``near`` (a (lat, lon) point or a region's name) first; none
    when the name or point cannot be used."""
    try:
        return [_place_dict(c) for c in gazetteer.lookup(m.query, near=near, limit=limit, fuzzy=m.fuzzy)]
    except Exception:  # noqa: BLE001 - context that cannot be used changes nothing
        return []


# "Oleksandrivka, which is about 40 kilometers south of": the place a distance and bearing then describe
_DESCRIBED_AFTER = re.compile(r"\s{0,2}+,\s{1,3}+(?:(?:which|that)\s{1,3}+(?:is|lies)\s{1,3}+|(?:located|situated|lying)"
                              r"\s{1,3}+)?")


def _placed_by_distance(results: dict[int, Resolution], sentences: Sequence[Sentence], gazetteer) -> None:
    """"a town called Oleksandrivka, which is about 40 kilometers south of Mykolayiv": of a name's namesakes, the
    one that lies that far that way from the place named after it (within half the distance)."""
    from geodata import spatial

    by_sentence: dict[int, list[tuple[int, Resolution]]] = {}
    for i, r in results.items():
        by_sentence.setdefault(r.mention.sentence_index, []).append((i, r))
    sents = {s.index: s for s in sentences}
    for index, pairs in by_sentence.items():
        sent = sents.get(index)
        if sent is None or len(pairs) < 2 or not any(map(str.isdigit, sent.text)):
            continue
        pairs.sort(key=lambda p: p[1].mention.start)
        for (i, r), (_, y) in zip(pairs, pairs[1:]):
            gap = _DESCRIBED_AFTER.match(sent.text, r.mention.end - sent.start)
            if gap is None or r.mention.kind != "place" or r.place["feature_class"] == "A":
                continue
            mod = spatial.find_modifier(sent.text, y.mention.start - sent.start, y.mention.end - sent.start)
            if mod.distance_km is None or mod.bearing_deg is None or mod.start != gap.end():
                continue
            lat, lon = spatial.move(y.place["lat"], y.place["lon"], mod.bearing_deg, mod.distance_km)
            best = min(_namesakes_near(r.mention, gazetteer, (lat, lon)), key=lambda c: _haversine_km(lat, lon, c["lat"], c["lon"]), default=None)
            if (best is not None and best["place_id"] != r.place["place_id"]
                    and _haversine_km(lat, lon, best["lat"], best["lon"]) <= max(15.0, mod.distance_km / 2)):
                results[i] = Resolution(r.mention, best, r.confidence, r.candidates)


def _drop_far_list_items(results: dict[int, Resolution], sentences: Sequence[Sentence], gazetteer=None) -> None:
    """"military airports Khalino, Savasleyka, Borisoglebsk and Baltimore": an item of a list whose other items lie
    in Ukraine or Russia is not the far-off city that shares its name (the gazetteer lacks the local one). In a list
    of neighbouring Ukrainian villages ("Stanislav, Zelenivka, Monastyrske, Antonivka ..." of Kherson region), a
    hamlet hundreds of kilometres from all of them that only shares the name is placed, vaguely, in their region."""
    by_index = {s.index: s for s in sentences}
    order = sorted(results.items(), key=lambda kv: kv[1].mention.start)
    named = [r.mention for _i, r in order]
    for j, (i, r) in enumerate(order):
        abroad = r.place["country_code"] not in FOCUS_COUNTRIES | NEIGHBOURS
        if (r.mention.kind != "place" or r.place["feature_class"] == "A"
                or not abroad and (r.place["population"] >= _HAMLET_POP or r.place["country_code"] != "UA"
                                   or gazetteer is None)):
            continue
        mates = [order[k][1] for step in (-1, 1) for k in _list_neighbours(named, j, step, by_index)]
        if len(mates) < 2 or not all(x.place["country_code"] in ("UA", "RU") for x in mates):
            continue
        if abroad:
            del results[i]
        elif len({x.place["admin1"] for x in mates}) == 1 and _stray_from(r.place, [x.place for x in mates]):
            reg = gazetteer.region(mates[0].place["admin1"] or "")
            if reg is not None:
                results[i] = _unlocated(r, _place_dict(reg))


def _namesakes_among_list_mates(results: dict[int, Resolution], sentences: Sequence[Sentence], gazetteer) -> None:
    """"near the settlements of Kopanky, Novoserhiivka, Tverdokhlibovo, Makiivka, Kolodyazi, Terny": an item of a
    list of neighbouring places, far from all of them, is its namesake among them (the village of Luhansk Oblast,
    not the city by Donetsk), unless the text calls it a city."""
    by_index = {s.index: s for s in sentences}
    order = sorted(results.items(), key=lambda kv: kv[1].mention.start)
    named = [r.mention for _i, r in order]
    for j, (i, r) in enumerate(order):
        sent = by_index.get(r.mention.sentence_index)
        if (r.mention.kind != "place" or r.place["feature_class"] == "A" or r.place["country_code"] != "UA"
                or sent is None or not any(map(sent.text.__contains__, _VILLAGES_WORDS))):
            continue
        mates = [order[k][1].place for step in (-1, 1) for k in _list_neighbours(named, j, step, by_index)]
        mates = [p for p in mates if p["feature_class"] != "A" and p["country_code"] == "UA"]
        # (the place against each item before the pairs of items, which cost the square of their number)
        if (len(mates) < 2
                or any(_haversine_km(r.place["lat"], r.place["lon"], m["lat"], m["lon"]) <= _APART_KM for m in mates)
                or any(_haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) > _VILLAGES_SPREAD_KM
                       for a in mates for b in mates)):
            continue
        a = r.mention.start - sent.start
        if _VILLAGES_BEFORE.search(sent.text, max(0, a - 160), a) is None:
            continue  # (not "advance on Lyman, Avdiivka and Novopavlivka directions": towns far apart)
        lat = sum(m["lat"] for m in mates) / len(mates)
        lon = sum(m["lon"] for m in mates) / len(mates)
        near = [(min(_haversine_km(c["lat"], c["lon"], m["lat"], m["lon"]) for m in mates), c)
                for c in _namesakes_near(r.mention, gazetteer, (lat, lon))
                if c["feature_class"] == "P" and c["match"] in ("exact", "alias", "variant")]
        if near and min(near, key=lambda t: t[0])[0] <= _AMONG_KM:
            results[i] = Resolution(r.mention, min(near, key=lambda t: t[0])[1], r.confidence, r.candidates)


_APART_KM = 80.0  # an item this far from every other item of its list stands apart from them
_VILLAGES_SPREAD_KM = 100.0  # the other items lie this close to each other
_VILLAGES_WORDS = ("villages", "settlements", "hamlets", "localities")  # one of them is in _VILLAGES_BEFORE
# "near the settlements of Kopanky, Novoserhiivka, ...": what the text itself calls villages
_VILLAGES_BEFORE = re.compile(r"\b(?:villages|settlements|hamlets|localities)\s++of\s++(?:[A-Z][\w'\u2019-]*+"
                              r"(?:\s[A-Z][\w'\u2019-]*+)?,?\s++(?:and\s++)?){1,8}\Z")
_AMONG_KM = 30.0  # and a namesake this close to one of them stands among them
_HAMLET_POP = 1_000
_STRAY_KM = 250.0  # from every other item of its list
_LIST_SPREAD_KM = 200.0  # the other items lie this close to each other


def _stray_from(place: dict, mates: list[dict]) -> bool:
    """True when ``place`` lies far from every item of a list whose items lie close together."""
    if len(mates) < 3:
        return False
    # (the test of each item first: it fails for most places, and the pairs of items cost the square of their number)
    if not all(_haversine_km(place["lat"], place["lon"], m["lat"], m["lon"]) > _STRAY_KM for m in mates):
        return False
    return not any(_haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) > _LIST_SPREAD_KM for a in mates for b in mates)


# "the cities of Poltava and Lviv", "the city of Kherson": what the text calls a city is no hamlet
_CITY_BEFORE = re.compile(r"\b(?:([Cc]it)(?:y|ies)|[Tt]owns?)\s++of\s++(?:the\s++)?(?:[A-Z][\w'\u2019-]*+(?:\s[A-Z][\w'\u2019-]*+)?,?"
                          r"\s++(?:and\s++)?){0,10}\Z")
_CITY_POP = 10_000
# "near the settlements of Kamianske and Stepove", "the village of Kamianske": what the text calls villages
_CALLED_VILLAGES_BEFORE = re.compile(r"\b(?:villages?|settlements?|hamlets?)\s++of\s++(?:[A-Z][\w'\u2019-]*+"
                                     r"(?:\s[A-Z][\w'\u2019-]*+)?,?\s++(?:and\s++)?){0,8}+\Z")
_NEARBY_BEFORE = re.compile(r"\b(?:nearby|neighbou?ring)\s+\Z")
_SPELLED_ALIKE = 80  # rapidfuzz ratio of variant keys: Volchansk and Vovchansk, not Oleksandrivka and Donetsk
_TOWN_BODY_AFTER = re.compile(r"\s{1,2}(?:settlement|city|town)\s{1,2}(?:military\s{1,2})?administration\b")
_TOWN_POP = 3_000  # "the town of Lyman": the town of 20,000, not a village of Luhansk Oblast


_AIRFIELD_AFTER = re.compile(r"['\u2019]?s?\s{1,3}(?:military\s{1,3})?(?:air\s{0,3}base|air\s{0,3}field|airport|"
                             r"aerodrome)s?\b", re.I)


# "the Kupiansk-Lyman sector": a front sector is named for the towns at its ends
_SECTOR_AFTER = re.compile(r"(?<!\s)(?:-[A-Z][\w'\u2019]*+)*+\s++(?:sector|axis|direction|front)s?\b")


# "Pokrovsk direction", "the Pokrovsk, Lyman, and Kupiansk sectors": a name heading a front direction
_DIRECTION_LIST_AFTER = re.compile(r"(?:\s{0,2}+,\s{1,3}+(?:and\s{1,3}+)?(?:the\s{1,3}+)?[A-Z][\w'\u2019-]*+|\s{1,3}+and"
                                   r"\s{1,3}+(?:the\s{1,3}+)?[A-Z][\w'\u2019-]*+){0,8}+\s{1,3}+(?:sector|axis|direction)s?\b")


def _keep_cities(todo: list[tuple[Mention, list[dict]]], sentences: Sequence[Sentence], gazetteer=None) -> None:
    """Of the namesakes of a name the text calls a city (or a town), whose air base it names ("the Millerovo air
    base": a hamlet has none) or that ends a front sector ("the Kupiansk-Lyman sector"), keep the towns of
    ``_CITY_POP`` (``_TOWN_POP``) or more, if any."""
    from geodata.gazetteer import key_ratio

    by_index = {s.index: s for s in sentences}
    for m, cands in todo:
        sent = by_index.get(m.sentence_index)
        if sent is None or m.kind != "place":
            continue
        a, b = m.start - sent.start, m.end - sent.start
        if (gazetteer is not None and m.text.endswith("ske") and len(m.text) > 6
                and _DIRECTION_LIST_AFTER.match(sent.text, b) is not None):
            # "the Bakhmut, Novopavlivske and Orikhiv directions", "the Lymanske direction": the adjective of the
            # town the direction is named for, not the village Novopavlivske of Mykolaiv Oblast
            towns = _adjective_towns(m.text[:-1] + "yi", gazetteer)
            if towns:
                cands[:] = towns
                continue
        if len(cands) < 2:
            continue
        sector = ((sent.text[b:b + 1] == "-" or sent.text[a - 1:a] == "-")
                  and _SECTOR_AFTER.match(sent.text, b) is not None)
        if not sector and any(map(sent.text.__contains__, ("direction", "sector", "axis"))) \
                and _DIRECTION_LIST_AFTER.match(sent.text, b) is not None:
            # "the heaviest fighting is ... in the Pokrovsk, Lyman, and Kupiansk sectors": a direction is named
            # for a town, a city among its namesakes if there is one
            # (of the names spelled alike: not a city that lists the name among its old ones, Donetsk for Oleksandrivka)
            named = variant_key(m.query)
            # ("Lymany": the city of Lyman, a near spelling, and the village the gazetteer lists as "Lymany"; a
            # city only: the "Borivske direction" is not the town of Borivske in Luhansk Oblast)
            towns = [c for c in cands if c["feature_class"] == "P" and c["population"] >= _CITY_POP
                     and c["match"] in ("exact", "alias", "variant") and (vk := variant_key(c["name"]))[-2:] == named[-2:]
                     and key_ratio(vk, named) >= _SPELLED_ALIKE]
            if towns:
                cands[:] = towns
            continue
        if any(map(sent.text.__contains__, ("village", "settlement", "hamlet"))) and \
                _CALLED_VILLAGES_BEFORE.search(sent.text, max(0, a - 160), a):
            # "near the settlements of Kamianske and Stepove": villages, not the city of Kamianske
            small = [c for c in cands if c["population"] < _BIG_CITY_POP]
            if small and len(small) < len(cands):
                cands[:] = small
            continue
        called = _CITY_BEFORE.search(sent.text, max(0, a - 160), a) if any(
            map(sent.text.__contains__, ("cit", "Cit", "town", "Town"))) else None
        if called is not None and _NEARBY_BEFORE.search(sent.text, max(0, called.start() - 14), called.start()):
            continue  # "captured the nearby town of Mykolaivka": near the place told, whatever its size
        # ("the head of the Borova settlement military administration": a town's own body, which a village has not)
        town_body = "dministration" in sent.text and _TOWN_BODY_AFTER.match(sent.text, b) is not None
        if (not sector and called is None and not town_body
                and ("air" not in sent.text or _AIRFIELD_AFTER.match(sent.text, b) is None)):
            continue
        least = _TOWN_POP if town_body or called is not None and called.group(1) is None else _CITY_POP
        towns = [c for c in cands if c["feature_class"] == "P" and c["population"] >= least
                 and c["match"] in ("exact", "alias")]  # (not a town that only resembles the spelling)
        if towns:
            cands[:] = towns


# what may follow an item of a list of hromadas up to the noun that closes it
_HROMADA_LIST_AFTER = re.compile(r"(?:\s{0,2}+,\s{1,3}+(?:and\s{1,3}+)?[A-Z][\w'\u2019-]*+(?:\s[A-Z][\w'\u2019-]*+)?|\s{1,3}+and"
                                 r"\s{1,3}+[A-Z][\w'\u2019-]*+(?:\s[A-Z][\w'\u2019-]*+)?){0,20}+\s{1,3}+(?:communities|"
                                 r"hromadas)\b")


def _keep_hromada_centres(todo: list[tuple[Mention, list[dict]]], sentences: Sequence[Sentence]) -> None:
    """"the settlements of the Sumy, Sad, Yunakivka, ..., Druzhba, Esman ... communities came under fire": each item
    names a hromada by its centre, a town or large village; of the namesakes, keep those of ``_CENTRE_MIN_POP`` or
    more, if any (Khutir-Mykhailivskyi, once Druzhba, not a hamlet by Velyka Pysarivka)."""
    by_index = {s.index: s for s in sentences}
    for m, cands in todo:
        sent = by_index.get(m.sentence_index)
        if sent is None or m.kind != "place" or len(cands) < 2 or "communities" not in sent.text \
                and "hromadas" not in sent.text:
            continue
        a = m.start - sent.start
        if _HROMADA_LIST_AFTER.match(sent.text, m.end - sent.start) is None \
                and _HROMADAS_OF_BEFORE.search(sent.text, max(0, a - 200), a) is None:
            continue
        towns = [c for c in cands if c["feature_class"] == "P" and c["population"] >= _CENTRE_MIN_POP
                 and c["match"] in ("exact", "alias")]
        if towns:
            cands[:] = towns


# "The communities of Yunakivka, Krasnopillia, Velykopysaryvka, Putyvl, and Esman were shelled": the noun first
_HROMADAS_OF_BEFORE = re.compile(r"\b(?:communities|hromadas)\s++of\s++(?:the\s++)?(?:[A-Z][\w'\u2019-]*+"
                                 r"(?:\s[A-Z][\w'\u2019-]*+)?,?\s++(?:and\s++)?){0,12}+\Z")
RAION_REACH_KM = 70.0
"""How far a village can lie from its raion's centre: the raions of 2020 span up to ~120 km."""


# what may stand between the items of a list: separators and capitalised words that are no known place
# ("the Nikopol district, District Center, Marhanets, Myrove, Pokrovsk ... communities")
_LIST_GAP = re.compile(r"(?<!\s)(?:\s*+(?:,|\band\b)\s*+[A-Z][\w'’-]*+(?:\s++[A-Z][\w'’-]*+){0,2})*+\s*+(?:,\s*+and\b|,|\band\b)\s*+")

_POSSESSIVE_GAP = re.compile(r"['\u2019]s\s++(?:village|town|settlement|city)\s++of\s++")
# (after an attribution: "According to him, in Kryvyi Rih district, Russian forces targeted ... Hrushiv community")
_LEADING_IN = re.compile(r"(?<!\s)\s*+[\"\u201c\u00ab]?(?:According\s++to\s++(?:him|her|them|the\s++\w+),\s++)?[Ii]n\s++"
                         r"(?:the\s++)?")
_COMMUNITY_AFTER = re.compile(r"\s{1,2}(?:communit(?:y|ies)|hromadas?)\b")
_DASH_GAP = re.compile(r"\s{0,2}+[-\u2013\u2014:]\s{1,2}+(?:the\s++)?")
_LIST_HEAD_GAP = re.compile(r",\s*+(?:the\s++)?(?:cities|towns|villages|settlements|communities|hromadas)\s++of\s++")


def _list_neighbours(mentions: Sequence[Mention], j: int, step: int,
                     sentences: Mapping[int, Sentence]) -> Iterator[int]:
    """Indices of the names after (``step`` 1) or before (-1) ``mentions[j]`` in the same list of its sentence
    (``mentions`` in text order; ``sentences`` by index)."""
    sent = sentences.get(mentions[j].sentence_index)
    k = j
    while sent is not None and 0 <= k + step < len(mentions):
        a, b = sorted((mentions[k], mentions[k + step]), key=lambda x: x.start)
        if (a.sentence_index != sent.index or b.sentence_index != sent.index
                or not _LIST_GAP.fullmatch(sent.text, a.end - sent.start, b.start - sent.start)):
            return
        k += step
        yield k


def _keep_in_named_district(todo: list[tuple[Mention, list[dict]]],
                            sentences: Sequence[Sentence] | None = None, gazetteer=None) -> set[int]:
    """"Cherneshchyna, Izyum district", "Zolochivska TG, Ivashky village", "the Nikopol district, Marhanets,
    Pokrovsk communities": of a name's namesakes, keep those near the district or hromada named beside it, or
    heading the list it stands in.  Returns the starts of the mentions so placed: each keeps its own reading (a
    report may name the Pokrovske of two districts)."""
    placed: set[int] = set()
    pairs = [(m, d) for m, d in [*zip(todo, todo[1:]), *zip(todo[1:], todo)]
             if 0 < max(d[0].start - m[0].end, m[0].start - d[0].end) <= 3]
    # the starts of names the text puts in the district named right after them ("Sknyliv, Zolochiv district")
    qualified = {(m[0].start, d[0].start) for m, d in pairs if m[0].end < d[0].start}
    by_index = {s.index: s for s in sentences or ()}
    hromadas: set[int] = set()  # the starts of names followed by "community": a hromada's centre, a town
    for m, d in zip(todo, todo[1:]):
        sent = by_index.get(m[0].sentence_index)
        gap = (_IN_DISTRICT_GAP.fullmatch(sent.text, m[0].end - sent.start, d[0].start - sent.start)
               if sent is not None and d[0].kind == "district" and d[0].sentence_index == m[0].sentence_index
               and 3 < d[0].start - m[0].end <= 24 else None)
        if gap is not None:
            pairs.append((m, d))  # "on Borova village in Izium district", "Veterynarne village of Kharkiv district"
            qualified.add((m[0].start, d[0].start))
            if "communit" in gap.group() or "hromada" in gap.group():
                hromadas.add(m[0].start)
    named = [m for m, _cands in todo]
    headed: set[tuple[int, int]] = set()  # (place, district) starts of the places under a district heading
    for i, (d, centres) in enumerate(todo):
        if d.kind != "district":
            continue
        head = i
        sent = by_index.get(d.sentence_index)
        if sent is not None and sent.text.strip().rstrip(":") == d.text:
            # "Chuhuiv district" on a line of its own, then "In the village of Buhayivka, ...": the district heads
            # the places of the lines below it, up to the next heading
            for k in range(i + 1, len(todo)):
                m = todo[k][0]
                below = by_index.get(m.sentence_index)
                if (m.sentence_index - d.sentence_index > _HEADED_SENTENCES or below is None
                        or m.kind != "place" and below.text.strip().rstrip(":") == m.text):
                    break
                if m.kind == "place":
                    pairs.append((todo[k], (d, centres)))
                    headed.add((m.start, d.start))
        elif sent is not None and d.text.lower().endswith(("district", "raion")) and (
                _SUBJECT_OPEN.fullmatch(sent.text, 0, d.start - sent.start)
                and _SUBJECT_VERB.match(sent.text, d.end - sent.start)
                or _LEADING_IN.fullmatch(sent.text, 0, d.start - sent.start)
                and sent.text.startswith(",", d.end - sent.start)
                # "The Russians launched UAVs at the Synelnykivskyi district. A private house caught fire in the
                # Pokrovske community": the district a line ends on as its target
                or sent.text[d.end - sent.start:].strip() in (".", "")
                and _TARGET_BEFORE.search(sent.text, max(0, d.start - sent.start - 12), d.start - sent.start)):
            # '"Synelnykove district was shelled with multiple-launch rocket systems ... Pokrovske community was hit."',
            # "In Nikopol district, Russians fired heavy artillery ... Strikes hit ... Pokrovske communities": the
            # district a report's line opens with holds the places of the lines after it, up to the next district
            for k in range(i + 1, len(todo)):
                m = todo[k][0]
                if m.sentence_index - d.sentence_index > _SUBJECT_SENTENCES or m.kind == "district" \
                        and m.text.lower().endswith(("district", "raion")):
                    break
                below = by_index.get(m.sentence_index)
                # (hromadas only, and not one that opens its own line as a locator: "In the Horodnia community, ...")
                if m.kind in ("place", "district") and m.sentence_index > d.sentence_index and below is not None \
                        and (any(w in m.text.lower() for w in ("communit", "hromada"))
                             or _COMMUNITY_AFTER.match(below.text, m.end - below.start) is not None) \
                        and not _LEADING_IN.fullmatch(below.text, 0, m.start - below.start):
                    pairs.append((todo[k], (d, centres)))
                    headed.add((m.start, d.start))
        if sent is not None and _LEADING_IN.fullmatch(sent.text, 0, d.start - sent.start) \
                and sent.text.startswith(",", d.end - sent.start):
            # "In Novhorod-Siverska community, four explosions occurred near the villages of Yasna Polyana and
            # Mykhalchyna Sloboda": the hromada that opens the sentence holds its places
            # (and its hromadas named by their adjectives: "In Synelnykivskyi district, Mezhivska and Pokrovska
            # communities were attacked": the Pokrovske of that district, not Pokrov of the Nikopol district)
            held = [k for k in range(i + 1, len(todo))
                    if todo[k][0].sentence_index == d.sentence_index and (todo[k][0].kind == "place" or (
                        todo[k][0].kind == "district" and todo[k][0].query.endswith(COMMUNITY_ADJ_ENDS)))]
            pairs.extend((todo[k], (d, centres)) for k in held)
            hromadas.update(todo[k][0].start for k in held if _COMMUNITY_AFTER.match(sent.text, todo[k][0].end - sent.start))
        nxt = todo[i + 1][0] if i + 1 < len(todo) and todo[i + 1][0].sentence_index == d.sentence_index else None
        gap = sent.text[d.end - sent.start:nxt.start - sent.start] if sent is not None and nxt is not None else ""
        if gap and _LIST_HEAD_GAP.fullmatch(gap):
            head = i + 1  # "in the Nikopol district, the cities of Nikopol, Pokrovsk, and Marhanets"
            if nxt.kind == "place":
                pairs.append((todo[head], (d, centres)))
        elif gap and _POSSESSIVE_GAP.fullmatch(gap):
            pairs.append((todo[i + 1], (d, centres)))  # "the Polohy district's village of Novodanylivka"
        elif gap and _DASH_GAP.fullmatch(gap) and d.text.lower().endswith(("district", "raion")):
            pairs.append((todo[i + 1], (d, centres)))  # "the Synelnykove district – the Pokrovsk village community"
        for k in _list_neighbours(named, head, 1, by_index):
            if todo[k][0].kind != "place":
                break
            pairs.append((todo[k], (d, centres)))
    for (m, cands), (d, centres) in pairs:
        if (d.kind == "district" and m.kind in ("place", "district") and cands and 0 < len(centres) <= 3
                and (d.sentence_index == m.sentence_index or (m.start, d.start) in headed)):
            # (a district's name may stand for two records of its centre: the town and the old raion)
            near = [x for x in cands if _in_reach(x, centres)]
            if not near and m.kind == "place" and gazetteer is not None:
                # "in the Nikopol district, the cities of Nikopol, Pokrovsk, and Marhanets": no Pokrovsk lies in
                # it, but a Pokrovske does; the district's place of a close spelling
                near = [x for x in _close_spellings(m.query, gazetteer) if _in_reach(x, centres)]
            if not near and m.kind == "place" and gazetteer is not None \
                    and (split := _SPLIT_COMPOUND.fullmatch(m.query)) is not None:
                # "Velyka Mykhaylivka community in Synelnykove district": no Velyka Mykhailivka lies in it, but
                # Velykomykhailivka does; a translation split the compound name
                near = [x for x in _joined_compound(split, gazetteer) if _in_reach(x, centres)]
            if not near and m.start in hromadas and gazetteer is not None:
                # "the Vasylkiv community in the Synelnykiv district": the Vasylkivska hromada, centred on the
                # Vasylkivka in it, not the town of Vasylkiv by Kyiv
                near = [x for x in _community_centres(m.query, gazetteer) if _in_reach(x, centres)]
            if m.start in hromadas:
                # "the Shakhtarsk community in the Synelnykivskyi district": the town of Shakhtarske, not a hamlet
                near = [x for x in near if x["population"] >= _CENTRE_MIN_POP] or near
            # "Buhayivka, Chuhuiv district": of the Buhayivkas within reach, the one nearer Chuhuiv than the
            # centre of any other raion of the oblast, not the one by Kharkiv
            near = [x for x in near if _nearest_raion_centre(x, centres)] or near
            if (near and (m.start, d.start) in qualified and m.kind == "place" and len(centres) == 1
                    and all(_by_other_raion_centre(x, centres) for x in near)):
                # "the village of Sknyliv, Zolochiv district": the gazetteer's only Sknyliv is a suburb of Lviv,
                # the centre of another raion; the village is somewhere in the Zolochiv raion, honestly vague
                near = [_unlocated_in(m, centres[0])]
            if near:
                cands[:] = near
                placed.add(m.start)
    return placed


_IN_DISTRICT_GAP = re.compile(r"\s{1,2}(?:(?:village|town|settlement|city|community|hromada)\s{1,2})?(?:in|of)\s{1,2}"
                              r"(?:the\s{1,2})?")


_HEADED_SENTENCES = 6  # how far a district heading reaches into the lines below it
_SUBJECT_SENTENCES = 2  # how far a district that opens a line as its subject reaches into the lines after it
_SUBJECT_OPEN = re.compile(r"\W{0,2}")  # (an opening quotation mark)
_TARGET_BEFORE = re.compile(r"\b(?:at|on)\s{1,2}(?:the\s{1,2})?\Z")
_SUBJECT_VERB = re.compile(r"\s{1,2}(?:was|were|came|has\s+been|had\s+been)\s")
_RAION_MARGIN_KM = 10.0  # a raion's centre is seldom central: a village may lie a little nearer the next one's
_SUBURB_KM = 10.0  # a village this near a raion's centre lies in that raion
_FAR_FROM_CENTRE_KM = 30.0  # ... and this far from the named district's centre, it is not the village named


def _in_reach(place: dict, centres: list[dict]) -> bool:
    """True when ``place`` lies within a district's reach of one of its possible centres (a raion of 2020 reaches
    further: Mezhova lies 90 km from Synelnykove)."""
    ids = _raion_centre_ids()
    return any(_haversine_km(place["lat"], place["lon"], c["lat"], c["lon"])
               <= (_RAION_2020_REACH_KM if c["place_id"].removeprefix("district:") in ids else RAION_REACH_KM)
               for c in centres)


_RAION_2020_REACH_KM = 95.0


def _other_raion_km(place: dict, centres: list[dict]) -> tuple[float, float]:
    """(km to the nearest of ``centres``, km to the nearest centre of another raion of the same oblast); the second
    is infinite when ``centres`` are not the centres of raions of 2020 (a district abolished in 2020, a hromada)."""
    lat, lon = place["lat"], place["lon"]
    own = min(_haversine_km(lat, lon, c["lat"], c["lon"]) for c in centres)
    ids = {c["place_id"].removeprefix("district:") for c in centres}
    if not ids & _raion_centre_ids():
        return own, math.inf
    others = [_haversine_km(lat, lon, c_lat, c_lon) for pid, oblast, c_lat, c_lon in raion_centres()
              if pid not in ids and oblast == place["admin1"]]
    return own, min(others, default=math.inf)


def _nearest_raion_centre(place: dict, centres: list[dict]) -> bool:
    """True unless ``place`` lies clearly nearer another raion's centre of its oblast than the district's."""
    own, other = _other_raion_km(place, centres)
    return own <= other + _RAION_MARGIN_KM


def _by_other_raion_centre(place: dict, centres: list[dict]) -> bool:
    """True for a place by the centre of another raion of its oblast, far from the district's centre."""
    own, other = _other_raion_km(place, centres)
    return other <= _SUBURB_KM and own >= _FAR_FROM_CENTRE_KM


@lru_cache(maxsize=1)
def _raion_centre_ids() -> frozenset[str]:
    return frozenset(pid for pid, _oblast, _lat, _lon in raion_centres())


@lru_cache(maxsize=1)
def raion_centres() -> tuple[tuple[str, str, float, float], ...]:
    """``(place id, oblast, lat, lon)`` of the centres of Ukraine's 136 raions of 2020
    (``data/gazetteer/raions-ua.csv``; the oblast as the gazetteer names it)."""
    import csv

    from geodata.gazetteer import RAIONS_CSV

    with RAIONS_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple((f"gn:{row['geonameid']}", row["oblast"], float(row["lat"]), float(row["lon"]))
                     for row in csv.DictReader(fh))


def _adjective_towns(adjective: str, gazetteer) -> list[dict]:
    """Ukrainian towns of ``_CENTRE_MIN_POP`` or more that an adjective may be formed from ("Novopavlivskyi":
    Novopavlivka)."""
    out = []
    stems = _district_stems(adjective)[1:]
    if adjective.endswith("ivskyi"):
        stems.append(adjective[:-6] + "ova")  # "Borivske": Borova
    for stem in stems:
        if not gazetteer.has_exact_name(stem):
            continue
        try:
            found = gazetteer.lookup(stem, limit=10, countries=("UA",), fuzzy=False)
        except Exception:  # noqa: BLE001 - a stem that cannot be looked up names nothing
            continue
        out += [_place_dict(c) for c in found if c.match in ("exact", "alias") and c.feature_class == "P"
                and c.population >= _CENTRE_MIN_POP]
    return list({c["place_id"]: c for c in out}.values())


def _community_centres(name: str, gazetteer) -> list[dict]:
    """Ukrainian settlements that may centre a hromada named after ``name`` ("Vasylkiv": Vasylkivka)."""
    out = []
    for stem in _community_stems(name + "ska"):
        if stem == name or not gazetteer.has_exact_name(stem):
            continue
        try:
            found = gazetteer.lookup(stem, limit=10, countries=("UA",), fuzzy=False)
        except Exception:  # noqa: BLE001 - a stem that cannot be looked up centres nothing
            continue
        out += [_place_dict(c) for c in found if c.match in ("exact", "alias") and c.feature_class == "P"]
    return out


def _close_spellings(name: str, gazetteer) -> list[dict]:
    """Ukrainian and Russian settlements whose names are near spellings (score 90+) of ``name``."""
    try:
        found = gazetteer.lookup(name, limit=30, countries=("UA", "RU"), fuzzy=True)
    except Exception:  # noqa: BLE001 - a name that cannot be looked up has no namesakes
        return []
    return [_place_dict(c) for c in found if c.match == "variant" and c.score >= 90 and c.feature_class == "P"]


@dataclass
class _RegionContext:
    """The regions a report names, and which of them count for a name: those of its own sentence (more), of the
    sentences around it, and the story's one region (less)."""

    by_sentence: Mapping[int, set[str]]
    mentions: Mapping[int, list[tuple[Mention, dict]]]
    sentences: Sequence[Sentence] | None
    _around: dict[int, set[str]] = field(default_factory=dict)
    _window: dict[int, set[str]] = field(default_factory=dict)

    def around(self, si: int) -> set[str]:
        return _regions_around(self.by_sentence, si, self._around)

    def for_name(self, m: Mention) -> tuple[set[str], Collection[str], set[str]]:
        """(regions around, regions of its own sentence, the story's one region) for mention ``m``."""
        near = self.around(m.sentence_index)
        story = _regions_in_window(self.by_sentence, m.sentence_index, self._window)
        if (near or story) and self.sentences is not None and _country_apposed(m, self.sentences):
            return set(), (), set()  # "near Lyman, Ukraine, ... in Kharkiv Oblast": the country is its qualifier
        own = self.by_sentence.get(m.sentence_index, ()) if near else ()
        if own and self.mentions.get(m.sentence_index):
            # "hit a maternity hospital in Zaporizhzhia ... and also struck a bus ... in Dnipropetrovsk Oblast": a
            # region told after a conjunction is the next item, no nearer than the next sentence
            items = [(rm.start > m.start and _coordinated(m, rm, self.sentences), reg["admin1_code"])
                     for rm, reg in self.mentions[m.sentence_index]]
            own = set(own) - ({c for item, c in items if item} - {c for item, c in items if not item})
        return near, own, story


def _regions_around(region_by_sentence: Mapping[int, set[str]], si: int, memo: dict[int, set[str]]) -> set[str]:
    """Admin-1 codes of the regions named in sentence ``si`` and its neighbours (memoised in ``memo``; read only)."""
    near = memo.get(si)
    if near is None:
        near = memo[si] = set()
        for j in (si - 1, si, si + 1):
            codes = region_by_sentence.get(j)
            if codes:
                near |= codes
    return near


def _regions_in_window(region_by_sentence: Mapping[int, set[str]], si: int, memo: dict[int, set[str]]) -> set[str]:
    """The admin-1 code of the one region named within ``_WINDOW`` sentences of sentence ``si`` (empty when the
    story names none or several: then no region is the story's own), memoised in ``memo``."""
    codes = memo.get(si)
    if codes is None:
        codes = {c for j, named in region_by_sentence.items() if abs(j - si) <= _WINDOW for c in named if c}
        codes = memo[si] = codes if len(codes) == 1 else set()
    return codes


# ("..., Smila, the Kharkiv, Sumy, Khmelnytsky regions": the first item of a list of regions, not Smila's region)
_PLURAL_LIST_AFTER = re.compile(r"(?:\s{0,2}+,\s{1,3}+(?:and\s{1,3}+)?[A-Z][\w'\u2019-]*+){1,20}+\s{1,3}+(?:regions|oblasts)\b")


def _plural_list_item(rm: Mention, sentences: Sequence[Sentence] | None) -> bool:
    """True when region mention ``rm`` heads a list of regions that goes on after it."""
    sent = next((s for s in sentences or () if s.index == rm.sentence_index), None)
    return sent is not None and _PLURAL_LIST_AFTER.match(sent.text, rm.end - sent.start) is not None


def _outside_named_region(res: Resolution, regions, gazetteer=None, starts: Sequence[int] = (),
                          sentences: Sequence[Sentence] | None = None, cands: Sequence[dict] = ()) -> Resolution | None:
    """"Storozhove in the Donetsk region" with no Storozhove there: place it in the region, honestly vague;
    "Kliusy in the Chernihiv region", where another candidate than the one chosen lies: that candidate.

    Returns None when the choice agrees with a region named right after the mention (with no other
    name between them: in "Kryvyi Rih, Khmelnytskyi, Poltava Oblast" the region is a list item).
    """
    m = res.mention
    owner = _owning_region(m, regions, sentences) if m.kind == "place" else None
    if owner is not None and owner["admin1_code"] and owner["admin1_code"] != res.place["admin1_code"]:
        # "the Luhansk region's Makiivka": the village there, not the city of Donetsk Oblast
        inside = next((c for c in cands if c["feature_class"] != "A" and c["admin1_code"] == owner["admin1_code"]),
                      None)
        return Resolution(m, inside, round(min(res.confidence, 0.7), 3), res.candidates) if inside else \
            _unlocated(res, owner)
    # ("Ponyrovsk, Kursk and Solntsev districts of the Kursk region": no Solntsevo there but Moscow's, in the region)
    district = m.kind == "district" and res.place["feature_code"] == "ADM2"
    if not district and (m.kind != "place" or res.place["feature_class"] == "A"
                         or res.place["population"] >= _LISTED_CITY_POP and not _called_village(m, sentences)
                         and not _in_region_after(m, regions, sentences)):
        return None  # "..., Khmelnytskyi, Poltava Oblast": a city that size is an item of a list, not a lost village
        # (but "near the village of Oktyabrsk, Tver region" is no city of 110,000 in Bashkortostan)
    for rm, reg in regions:
        if 0 < rm.start - m.end <= 25 and reg["admin1_code"] and reg["admin1_code"] != res.place["admin1_code"] \
                and not any(m.end < a < rm.start for a in starts) and not _coordinated(m, rm, sentences) \
                and not _heads_what_follows(m, rm, sentences) and not _plural_list_item(rm, sentences) \
                and not _other_head_between(m, rm, sentences):
            if _near_region(gazetteer, reg, res.place):
                # "Hostomel, Kyiv Oblast": at the region's edge, where coarse borders may misplace it; but
                # "Novoyehorivka of Luhansk region" is the namesake the gazetteer puts there, not the one of Kharkiv
                # Oblast by the border
                there = next((c for c in cands if c is not res.place and c["feature_class"] != "A"
                              and c["admin1_code"] == reg["admin1_code"] and c["match"] in ("exact", "alias")), None)
                if there is None:
                    continue
                return Resolution(m, there, round(min(res.confidence, 0.6), 3), res.candidates)
            inside = next((c for c in cands if c is not res.place and (district or c["feature_class"] != "A")
                           and _near_region(gazetteer, reg, c)), None)
            if inside is not None:
                return Resolution(m, inside, round(min(res.confidence, 0.6), 3), res.candidates)
            return _unlocated(res, reg)
    return None


_OF_REGION_GAP = re.compile(r"\s{1,3}(?:of|in)\s{1,3}(?:the\s{1,3})?")
# "strikes at Nikopol, Toretsk, cities in the Kharkiv region": the region locates the cities, not Toretsk
_OTHER_HEAD = re.compile(r",\s{1,3}(?:other\s)?(?:cities|towns|villages|settlements|communities|areas)\s{1,3}(?:in|of)\b")


def _other_head_between(m: Mention, rm: Mention, sentences: Sequence[Sentence] | None) -> bool:
    """True when a plural noun of its own stands between a place and the region after it."""
    sent = next((s for s in sentences or () if s.index == m.sentence_index), None)
    return sent is not None and _OTHER_HEAD.search(sent.text, m.end - sent.start, rm.start - sent.start) is not None


def _lists_closed_by_region(results: dict[int, Resolution], sentences: Sequence[Sentence], gazetteer) -> None:
    """"the settlements of Velyka Pysarivka, Stara Huta, Ryzhivka, Popivka, Yamne, Oleksandrivka, and Luhivka of
    Sumy region; Starytsia and Lyptsi of Kharkiv region": each item of a list the region closes lies in it, at the
    namesake there nearest the items already there (else in the region as a whole, honestly vague)."""
    by_index = {s.index: s for s in sentences}
    order = sorted(results.items(), key=lambda kv: kv[1].mention.start)
    chain: list[tuple[int, Resolution]] = []
    for pos, (i, r) in enumerate(order):
        sent = by_index.get(r.mention.sentence_index)
        if sent is None:
            chain = []
            continue
        if r.place["feature_class"] == "A" and chain and r.place["admin1_code"] and _OF_REGION_GAP.fullmatch(
                sent.text, chain[-1][1].mention.end - sent.start, r.mention.start - sent.start):
            if len(chain) > 1:
                _into_region(results, chain, r.place, gazetteer)
            chain = []
            continue
        linked = chain and chain[-1][1].mention.sentence_index == sent.index and _LIST_GAP.fullmatch(
            sent.text, chain[-1][1].mention.end - sent.start, r.mention.start - sent.start)
        if r.mention.kind != "place" or r.place["feature_class"] == "A":
            chain = []
        elif linked:
            chain.append((i, r))
        else:
            chain = [(i, r)]


def _into_region(results: dict[int, Resolution], chain: list[tuple[int, Resolution]], reg: dict, gazetteer) -> None:
    """Place the items of ``chain`` outside the region ``reg`` at their namesakes in it (see above)."""
    code = reg["admin1_code"]
    inside = [r.place for _i, r in chain if r.place["admin1_code"] == code and r.place["population"] > 0]
    points = [(p["lat"], p["lon"]) for p in inside] or [(reg["lat"], reg["lon"])]
    for i, r in chain:
        if (r.place["admin1_code"] == code or r.place["population"] >= _LISTED_CITY_POP
                or _near_region(gazetteer, reg, r.place)):
            continue  # ("the cities of Saratov, Yaroslavl and Dzerzhinsk in the Nizhny Novgorod region"; a village by
            # the border GeoNames puts on the other side)
        there: dict[str, dict] = {}
        for near in [reg["name"], *points[:3]]:
            for c in _namesakes_near(r.mention, gazetteer, near, limit=10 if near == reg["name"] else 3):
                # (or a border village GeoNames puts across the line: a Popivka "of Belgorod Oblast" by Velyka
                # Pysarivka)
                if c["feature_class"] == "P" and (c["admin1_code"] == code or c["match"] in ("exact", "alias")
                                                  and _near_region(gazetteer, reg, c)):
                    there[c["place_id"]] = c
        if there:
            best = min(there.values(), key=lambda c: min(_haversine_km(lat, lon, c["lat"], c["lon"])
                                                          for lat, lon in points))
            results[i] = Resolution(r.mention, best, round(min(r.confidence, 0.6), 3), r.candidates)
        else:
            results[i] = _unlocated(r, reg)


_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|hamlet|settlement)\s{1,2}of\s{1,2}\Z")


def _called_village(m: Mention, sentences: Sequence[Sentence] | None) -> bool:
    """True for a name the text calls a village ("near the village of Oktyabrsk")."""
    if not sentences or not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    a = m.start - sent.start
    return sent.index == m.sentence_index and _VILLAGE_OF_BEFORE.search(sent.text, max(0, a - 24), a) is not None


def _heads_what_follows(m: Mention, rm: Mention, sentences: Sequence[Sentence] | None) -> bool:
    """True when the region after a name begins the next part of a list: "the Kherson region's Tomyna Balka,
    Mykhailivka and Beryslav; Mykolaiv region's Ochakiv" (a semicolon between them, or the region's possessive)."""
    if not sentences or not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    if sent.index != m.sentence_index:
        return False
    text = sent.text
    between = text[m.end - sent.start:rm.start - sent.start]
    return ";" in between or text[rm.end - sent.start:rm.end - sent.start + 2] in ("'s", "\u2019s")


def _owning_region(m: Mention, regions, sentences: Sequence[Sentence] | None) -> dict | None:
    """The region whose possessive heads the name ("the Luhansk region's Makiivka"), or None."""
    if not sentences or not 0 <= m.sentence_index < len(sentences):
        return None
    sent = sentences[m.sentence_index]
    if sent.index != m.sentence_index:
        return None
    for rm, reg in regions:
        if 2 <= m.start - rm.end <= 4 and sent.text[rm.end - sent.start:m.start - sent.start].strip() in ("'s", "\u2019s"):
            return reg
    return None


# "Governor of Belgorod Oblast Vyacheslav Gladkov", "Belgorod Region Governor ...", "the head of the Sumy Regional
# Military Administration": the region an official speaks for
_OFFICE_BEFORE = re.compile(r"\b(?:[Gg]overnor|[Hh]ead|[Cc]hief)\s{1,3}of\s{1,3}(?:the\s{1,3})?\Z")
_OFFICE_AFTER = re.compile(r"\s{1,3}(?:[Rr]egional\s{1,3})?(?:[Gg]overnor|[Mm]ilitary\s{1,3}[Aa]dministration|"
                           r"[Rr]egional\s{1,3}[Mm]ilitary)\b")


def _in_governors_region(res: Resolution, regions, sentences: Sequence[Sentence], cands: Sequence[dict],
                         gazetteer) -> Resolution | None:
    """"Governor of Belgorod Oblast Vyacheslav Gladkov reported that Zhuravlyovka came under shelling": a village
    the gazetteer knows only in another region is placed in the governor's region, honestly vague (or at a namesake
    there), or None when the choice is in that region or the sentence names other regions."""
    m = res.mention
    if (m.kind != "place" or res.place["feature_class"] == "A" or res.place["population"] >= _CITY_POP
            or len({reg["admin1_code"] for _rm, reg in regions}) != 1):
        return None
    rm, reg = regions[0]
    if not reg["admin1_code"] or reg["admin1_code"] == res.place["admin1_code"] or rm.start > m.start:
        return None
    sent = sentences[m.sentence_index] if 0 <= m.sentence_index < len(sentences) else None
    if sent is None or sent.index != m.sentence_index:
        return None
    a, b = rm.start - sent.start, rm.end - sent.start
    if _OFFICE_BEFORE.search(sent.text, max(0, a - 20), a) is None and _OFFICE_AFTER.match(sent.text, b) is None:
        return None
    if _near_region(gazetteer, reg, res.place):
        return None
    inside = next((c for c in cands if c["feature_class"] != "A" and _near_region(gazetteer, reg, c)), None)
    return (Resolution(m, inside, round(min(res.confidence, 0.6), 3), res.candidates) if inside is not None
            else _unlocated(res, reg))


_COORDINATION = re.compile(r"\b(?:and|or|but|while)\b")


def _coordinated(m: Mention, rm: Mention, sentences: Sequence[Sentence] | None) -> bool:
    """True when a conjunction stands between a place and the region after it ("two Kupiansk villages and a
    Donetsk town"): the region is the next item, not the place's locator."""
    if sentences is None or not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    return _COORDINATION.search(sent.text, m.end - sent.start, rm.start - sent.start) is not None


_LOCATOR = re.compile(r"\s*,?\s*(?:in\s+)?(?:the\s+)?")  # "Solokhi, Belgorod Region", "Storozhove in the Donetsk region"


def _in_region_after(m: Mention, regions, sentences: Sequence[Sentence] | None) -> bool:
    """True when a region the text names stands right after ``m`` as "in the X region" ("Avdiivka, Kramatorsk and
    Kostiantynivka in Donetsk region, Kostiantynivka in Sumy region"): a locator, not the next item of a list."""
    if sentences is None or not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    return any(0 < rm.start - m.end <= 8 and _IN_LOCATOR.fullmatch(sent.text, m.end - sent.start, rm.start - sent.start)
               for rm, _reg in regions)


_IN_LOCATOR = re.compile(r"\s+in\s+(?:the\s+)?")


def _located_by_text(m: Mention, moved: Resolution, regions, sentences: Sequence[Sentence] | None) -> bool:
    """True when the region ``moved`` went to is written as the place's locator, right after it."""
    if sentences is None or not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    code = moved.place["admin1_code"]
    return any(reg["admin1_code"] == code and rm.start > m.end
               and _LOCATOR.fullmatch(sent.text, m.end - sent.start, rm.start - sent.start) is not None
               for rm, reg in regions)


def _unlocated(res: Resolution, reg: dict) -> Resolution:
    """``res``'s name placed in the region ``reg`` as a whole, the gazetteer's choice kept as the runner-up."""
    m = res.mention
    place = dict(reg)
    place.update(place_id=f"unlocated:{reg['admin1_code']}:{fold(m.text).replace(' ', '-')}",
                 name=f"{m.text} ({reg['name']})", feature_class="P", feature_code="PPL", population=0)
    runner = {k: res.place[k] for k in ("place_id", "name", "lat", "lon", "country_code", "admin1",
                                        "feature_code", "population")}
    return Resolution(m, place, 0.3, [runner] + res.candidates)


_COUNTRY_BEFORE = re.compile(r"\b(?:(?P<RU>Russia(?:n|['\u2019]s))|(?P<UA>Ukrain(?:ian|e['\u2019]s)))\s+"
                             # "the Russian occupied city of Lysychansk" is in Ukraine
                             r"(?!-?(?:occupied|controlled|held|annexed)\b)(?:[a-z-]+\s+){0,2}"
                             r"(?:village|town|city|settlement|hamlet)\s+of\s+\Z")


def _country_said(m: Mention, sentences: Sequence[Sentence]) -> str | None:
    """"the Russian border village of Dunayka", "Ukrainian towns such as Pokrovsk, Novomoskovsk, Kharkiv": the
    country its writer put the place in (RU, UA), or None."""
    if not 0 <= m.sentence_index < len(sentences):
        return None
    sent = sentences[m.sentence_index]
    before = sent.text[max(0, m.start - sent.start - 160):m.start - sent.start]
    if "ussia" not in before and "krain" not in before:
        return None
    # (_COUNTRY_BEFORE ends in "of" and blanks; _COUNTRY_LIST_BEFORE needs "such as", "including" or "like")
    hit = (before[-1:].isspace() and before.rstrip().endswith("of")
           and _COUNTRY_BEFORE.search(before, max(0, len(before) - 60))
           or any(map(before.__contains__, ("such", "including", "like"))) and _COUNTRY_LIST_BEFORE.search(before))
    return hit.lastgroup if hit else None


_COUNTRY_LIST_BEFORE = re.compile(r"\b(?:(?P<RU>Russian)|(?P<UA>Ukrainian))\s+(?:towns|cities|villages|settlements)"
                                  r"\s+(?:such\s+as|including|like)\s++(?:[A-Z][\w'\u2019-]*+,?\s++(?:and\s++)?)*+\Z")


def _in_said_country(res: Resolution, country: str, regions: Sequence[tuple[int, dict]]) -> Resolution | None:
    """A place put by the text in another country than the gazetteer's namesake: in that country's region named
    nearest in the report (a Russian border village under 500 people is not in the gazetteer), else nowhere."""
    si = res.mention.sentence_index
    near = [(abs(j - si), reg) for j, reg in regions
            if reg["country_code"] == country and abs(j - si) <= _WINDOW and reg["admin1_code"]]
    if not near:
        return None
    return _unlocated(res, min(near, key=lambda t: t[0])[1])


_EDGE_DEG = 0.2  # about 15-20 km
_LISTED_CITY_POP = 50_000


def _near_region(gazetteer, region: dict, place: dict) -> bool:
    """True when ``place`` lies within about 20 km of the admin-1 unit ``region``.

    A unit drawn by its polygon is measured to the polygon; one known only by its
    centre (a Russian region beyond the basemap) holds what lies within its radius.
    """
    geometry = getattr(gazetteer, "region_geometry", None)
    geom = geometry(region["admin1_code"]) if geometry is not None else None
    if geom is None:
        return _haversine_km(region["lat"], region["lon"], place["lat"], place["lon"]) <= region["radius_km"]
    from shapely.geometry import Point

    return bool(geom.distance(Point(place["lon"], place["lat"])) <= _EDGE_DEG)


# "(...; formerly known as Nevske)", "Until 2016, it was known as Chervona Dibrova": the name a place bore before
_FORMER_NAME = re.compile(r"\b(?:(?:formerly|previously)\s++(?:known\s++as|called|named)|(?P<it>it\s++was\s++"
                          r"(?:known\s++as|called|named))|renamed\s++from)\s++[\"\u201c]?")
_FORMER_NEEDS = ("known as", "called", "named", "renamed")
_LEAD_SENTENCES = 5  # "it was known as" in an article's lead is said of the article's subject


def _former_names(results: Mapping[int, Resolution], said: dict[tuple[str, ...], Resolution],
                  sentences: Sequence[Sentence]) -> None:
    """A place named as renamed, which the gazetteer still holds under its former name ("Balka Zhuravka (...;
    formerly known as Nevske) is a village", GeoNames' Nevs'ke): every mention of the new name is that place."""
    ordered = sorted(results.values(), key=lambda r: r.mention.start)
    if not ordered:
        return
    subject = ordered[0]  # an article's subject is its first place
    for sent in sentences:
        if not any(map(sent.text.__contains__, _FORMER_NEEDS)):
            continue
        for match in _FORMER_NAME.finditer(sent.text):
            at = sent.start + match.end()
            former = next((r for r in ordered if r.mention.sentence_index == sent.index
                           and 0 <= r.mention.start - at <= 1), None)
            if former is None or former.place["feature_class"] != "P":
                continue
            before = [r for r in ordered if r.mention.sentence_index == sent.index
                      and r.mention.end <= sent.start + match.start()]
            if match.group("it"):
                renamed = [subject] if sent.index - subject.mention.sentence_index < _LEAD_SENTENCES else []
            elif sent.index == subject.mention.sentence_index:
                renamed = before  # "Balka Zhuravka (...; formerly known as Nevske)": each word the scan took of it
            else:  # "Pokrovsk, formerly known as Krasnoarmiisk": the name just before
                renamed = before[-1:]
            for r in renamed:
                said[_sense_key(r.mention)] = Resolution(r.mention, former.place, former.confidence, former.candidates)


def _one_sense(results: dict[int, Resolution], said: Mapping[tuple[str, ...], Resolution],
               placed: Collection[int] = ()) -> list[Resolution]:
    """One name, one place per report: every mention of a name takes its most confident reading, or the
    reading of the region or country the text put it in (``said``), but a mention the text put in a district of
    its own keeps its reading (``placed``: their starts)."""
    best: dict[tuple[str, ...], Resolution] = dict(said)
    unplaced = {_sense_key(r.mention) for r in results.values() if r.mention.start not in placed}
    for r in results.values():
        if r.place.get("match") == "alias" and r.confidence == 1.0 and not r.candidates:
            continue  # a user's correction stays as it is
        key = _sense_key(r.mention)
        if r.mention.start in placed and key in unplaced:
            continue  # (a reading the text gave one mention by its district is not the others': "the Pokrovske
            # community" of the Synelnykove district after the one of the Nikopol district)
        if key not in said and (key not in best or r.confidence > best[key].confidence):
            best[key] = r
    out = []
    for i in sorted(results):
        r = results[i]
        b = best.get(_sense_key(r.mention))
        if b is not None and b is not r and b.place["place_id"] != r.place["place_id"] \
                and r.mention.start not in placed:
            r = Resolution(r.mention, b.place, b.confidence, b.candidates)
        out.append(r)
    return out


def _sense_key(m: Mention) -> tuple[str, ...]:
    """What one name is: the kind and query, and for a district mention its words too (a village in it differs)."""
    if m.kind == "district":
        return m.kind, fold(m.query), fold(m.text)
    return m.kind, fold(m.query)


def _widen(m: Mention, cands: list[dict], gazetteer, regions: list[str],
           anchors: list[tuple[str, float, float, int]]) -> None:
    """Add candidates inside the context regions and near the report's anchors (many Andriivkas)."""
    seen = {c["place_id"] for c in cands}
    key = fold(m.query)
    nears: list = list(regions)
    window = _in_window(anchors, m.sentence_index)
    own = [(lat, lon) for k, lat, lon, si in window if k != key and abs(si - m.sentence_index) <= 1]
    rest = [(lat, lon) for k, lat, lon, si in window if k != key]
    nears += (own + rest)[:4]
    cache = _cache_of(gazetteer)
    few = _few_matches(m, gazetteer, cache)
    for near in nears:
        if isinstance(near, tuple):
            near = (round(near[0], 2), round(near[1], 2))
        if few is not None and not any(_adds(d, near, seen, m) for d in few):
            continue  # no namesake would be added, whichever came first near it: no ranking by distance
        ck = ("near", m.query, near, m.fuzzy)
        found = cache.get(ck)
        if found is None:
            try:
                found = cache[ck] = [_place_dict(c) for c in gazetteer.lookup(m.query, near=near, limit=3,
                                                                               fuzzy=m.fuzzy)]
            except Exception:  # noqa: BLE001 - context that cannot be used is ignored
                continue
        for d in found:  # shared by every report that asks: read, never changed
            if _adds(d, near, seen, m):
                seen.add(d["place_id"])
                cands.append(d)


_FEW_MATCHES = 10


def _few_matches(m: Mention, gazetteer, cache: dict) -> list[dict] | None:
    """Every match of ``m.query`` when the gazetteer has at most ``_FEW_MATCHES``, else None (memoised in ``cache``).

    A look-up near a point or in a region returns some of these, reordered.
    """
    ck = ("few", m.query, m.fuzzy)
    if ck not in cache:
        try:
            found = [_place_dict(c) for c in gazetteer.lookup(m.query, limit=_FEW_MATCHES + 1, fuzzy=m.fuzzy)]
        except Exception:  # noqa: BLE001 - the look-ups near points fail the same way and add nothing
            found = []
        cache[ck] = found if len(found) <= _FEW_MATCHES else None
    return cache[ck]


def _adds(d: dict, near: str | tuple[float, float], seen: set[str], m: Mention) -> bool:
    """True when the namesake ``d`` found near ``near`` (a region's name or a point) joins the candidates."""
    # a village of a region the report names is plausible there, however small ("Kozinka, Grayvoronsky
    # District, Belgorod Oblast")
    named_there = (isinstance(near, str) and d["match"] in ("alias", "exact") and d["country_code"] in NEIGHBOURS
                   and d["feature_class"] == "P" and d["admin1"] == near)
    return d["place_id"] not in seen and d["match_score"] >= 85 and (named_there or _plausible(d, m))


_COUNTRY_APPOSITION = re.compile(r",\s{1,2}(?:Ukraine|Russia)\b")


def _country_apposed(m: Mention, sentences: Sequence[Sentence]) -> bool:
    """True for "Lyman, Ukraine": a place its writer qualified by its country alone, a well-known one."""
    if not 0 <= m.sentence_index < len(sentences):
        return False
    sent = sentences[m.sentence_index]
    return _COUNTRY_APPOSITION.match(sent.text, m.end - sent.start) is not None


def _in_window(anchors: list[tuple[str, float, float, int]], si: int) -> list[tuple[str, float, float, int]]:
    """Anchors within ``_WINDOW`` sentences of sentence ``si`` (``anchors`` sorted by sentence)."""
    lo = bisect.bisect_left(anchors, si - _WINDOW, key=lambda a: a[3])
    hi = bisect.bisect_right(anchors, si + _WINDOW, key=lambda a: a[3])
    return anchors[lo:hi]


def _alias_place(alias: Mapping) -> dict:
    place = {"place_id": alias.get("place_id"), "name": alias.get("name"), "lat": float(alias["lat"]),
             "lon": float(alias["lon"]), "country_code": alias.get("country_code"),
             "admin1": alias.get("admin1"), "admin1_code": alias.get("admin1_code"),
             "feature_class": alias.get("feature_class", "P"), "feature_code": alias.get("feature_code", "PPL"),
             "population": int(alias.get("population") or 0),
             "radius_km": float(alias.get("radius_km") or 2.0), "match": "alias", "match_score": 100.0}
    if not place["place_id"]:
        place["place_id"] = f"user:{fold(str(place['name']))}"
    return place


def _anchors(todo: list[tuple[Mention, list[dict]]]) -> list[tuple[str, float, float, int]]:
    """Points of mentions that are not in doubt: a single plausible candidate, or a clear leader."""
    out = []
    for m, cands in todo:
        top = cands[0]
        if top["feature_class"] == "A" and top["feature_code"] != "ADM2":
            continue  # a region is too wide to place its neighbours; a district ("Izyum district") is not
        clear = len(cands) == 1 or top["match"] == "alias" or (
            top["match"] == "exact" and top["population"] >= 10_000
            and top["population"] >= 10 * max(1, cands[1]["population"]))
        if clear:
            out.append((fold(m.query), top["lat"], top["lon"], m.sentence_index))
    return out


def _near_points(anchors: list[tuple[str, float, float, int]], si: int, key: str,
                 near_memo: dict) -> tuple[tuple[float, float, bool], ...]:
    """Context points of name ``key`` in sentence ``si``: ``(lat, lon, same sentence)`` of the other anchors near it.

    ``near_memo`` (one per pass) keeps each sentence's window of points and each name's points.
    """
    near = near_memo.get((si, key))
    if near is None:
        points = near_memo.get(si)
        if points is None:
            # context is local: anchors within a window of sentences (a long text is many stories); each
            # point once, with the names it is an anchor of, for all the names of the sentence
            points = near_memo[si] = {}
            for k, lat, lon, asi in _in_window(anchors, si):
                points.setdefault((lat, lon, asi == si), set()).add(k)
        # (in the order the window first has them: only the nearest of them counts, whatever the order)
        near = near_memo[si, key] = tuple(p for p, names in points.items() if len(names) > 1 or key not in names)
    return near


def _choose(m: Mention, cands: list[dict], near_regions: set[str], near: tuple[tuple[float, float, bool], ...],
            prior: Mapping[str, float] | None = None, km_memo: dict | None = None,
            own_regions: Collection[str] = (), story_regions: Collection[str] = ()) -> Resolution:
    """Weigh a name's candidates; ``own_regions`` (named in the same sentence: "Omelnyk (Zaporizhzhia)") count more
    than the regions of the sentences around it, and those more than the regions named further off in the story
    (``story_regions``: "the border of Chernihiv region ... Semenivka community", two sentences apart)."""
    if len(cands) > 1 and any(c["match"] in ("alias", "exact") and c["country_code"] in FOCUS_COUNTRIES
                              and c["population"] >= _EXACT_TOWN_POP for c in cands):
        # a town spelled exactly as written beats villages that only resemble the spelling
        # ("Pokrovsk" is not Pokrovske near Kropyvnytskyi)
        cands = [c for c in cands if c["match"] in ("alias", "exact")]
    if len(cands) == 1:  # nothing to weigh: the share is 1 whatever the score
        best = cands[0]
        quality = _MATCH_WEIGHT.get(best["match"], 0.7) * best["match_score"] / 100.0
        return Resolution(m, best, round(max(0.05, min(1.0, quality * 1.0)), 3), [])
    scored = []
    if km_memo is None:
        km_memo = {}
    memo_key = (tuple(c["place_id"] for c in cands), near)
    nearest = km_memo.get(memo_key)
    if nearest is None:
        nearest = km_memo[memo_key] = _nearest_km(cands, near) if near else {}
    top = max(_MATCH_WEIGHT.get(c["match"], 0.7) for c in cands) if prior else 0.0
    # "Hrodivka" is the village of that name before Myrnohrad, which GeoNames also once called so
    key = fold(m.query)
    # (a big city's name is its own when only spelt otherwise: "Mykolayiv" is Mykolaiv's, as the town of Lviv
    # Oblast's; so is the name the alias table gives a place)
    own = {c["place_id"] for c in cands if c["match"] == "alias" or c["match"] == "exact" and (
        fold(c["name"]) == key
        or c["population"] >= _BIG_CITY_POP and variant_key(fold(c["name"])) == variant_key(key))}
    own_name = {c["country_code"] for c in cands if c["place_id"] in own}
    for rank, c in enumerate(cands):
        s = _base_score(c, rank)
        if c["country_code"] in own_name and c["match"] == "exact" and c["place_id"] not in own:
            s -= _OTHER_NAME_PENALTY
        elif c["population"] >= _BIG_CITY_POP and (c["match"] == "alias" or c["place_id"] in own):
            # "two in Nikopol, two in Odesa and one person in Lviv": the city, not a namesake hamlet
            s += _MAJOR_CITY_BONUS if c["population"] >= _MAJOR_CITY_POP else _BIG_CITY_BONUS
        if c["admin1_code"] and c["admin1_code"] in near_regions and c["feature_class"] != "A":
            s += 3.5 if c["admin1_code"] in own_regions else 2.5
        elif c["admin1_code"] and c["admin1_code"] in story_regions and c["feature_class"] != "A":
            s += _STORY_REGION_BONUS
        if rank in nearest:
            d, d_same = nearest[rank]
            if (d_same < 1.0 or d < 1.0 and len(own) >= _COMMON_NAME_PLACES) and c["country_code"] in own_name \
                    and c["place_id"] not in own:
                # "in Kyiv, Lviv, Dnipro, Mykolaiv and Zhytomyr": Lviv, once also called Mykolaiv, is named apart;
                # "the Donetsk and Tavriya directions ... the settlement of Oleksandrivka": Donetsk, once also called
                # Oleksandrivka, is named by its own name in the text (for a name many places bear: a text may spell
                # one city two ways, "Nikolaev" and "Mykolaiv")
                s -= _OTHER_NAME_PENALTY
            else:
                s += 2.5 if d <= 15 else 2.0 if d <= 30 else 1.0 if d <= _NEAR_KM else 0.5 if d <= 150 else 0.0
                if d_same <= 30:
                    s += 1.0
        if prior and _MATCH_WEIGHT.get(c["match"], 0.7) >= top:
            s += prior.get(c["place_id"], 0.0)  # a tie-breaker among equal spellings: "Pokrovske" never beats "Pokrovsk"
        scored.append((s, c))
    scored.sort(key=lambda t: -t[0])
    total = sum(math.exp(s - scored[0][0]) for s, _ in scored)
    best_s, best = scored[0]
    share = 1.0 / total
    quality = _MATCH_WEIGHT.get(best["match"], 0.7) * best["match_score"] / 100.0
    confidence = round(max(0.05, min(1.0, quality * (0.4 + 0.6 * share))), 3)
    runners = []
    for s, c in scored[1:1 + _MAX_CANDIDATES]:
        runners.append({"place_id": c["place_id"], "name": c["name"], "lat": c["lat"], "lon": c["lon"],
                        "country_code": c["country_code"], "admin1": c["admin1"], "feature_code": c["feature_code"],
                        "population": c["population"], "score": round(s, 2)})
    return Resolution(m, best, confidence, runners)


_COMMON_NAME_PLACES = 3  # places bearing a name themselves, from which it is a common village name
_STORY_REGION_BONUS = 1.0  # a namesake in a region the story names, beyond the sentences around it
_OTHER_NAME_PENALTY = 1.0  # a place matched by one of its other names, where a namesake bears the name itself
_FEW_PAIRS = 90  # pairs above which one numpy pass is cheaper (measured: 30 pairs 14 us in floats, 34 us in numpy)


def _nearest_km(cands: list[dict], near: Sequence[tuple[float, float, bool]]) -> dict[int, tuple[float, float]]:
    """Candidate index -> (km to the nearest anchor, km to the nearest anchor of the same sentence).

    Few pairs: haversine terms in plain floats and an arcsin of each nearest only
    (numpy calls on arrays of a few items cost more than the arithmetic); many: one
    array pass.
    """
    idx = [i for i, c in enumerate(cands) if c["feature_class"] != "A"]
    if not idx:
        return {}
    if len(idx) * len(near) > _FEW_PAIRS:
        alat = np.radians([a[0] for a in near])
        alon = np.radians([a[1] for a in near])
        same_sentence = np.asarray([a[2] for a in near])
        lat = np.radians([cands[i]["lat"] for i in idx])[:, None]
        lon = np.radians([cands[i]["lon"] for i in idx])[:, None]
        h = np.sin((alat - lat) / 2) ** 2 + np.cos(lat) * np.cos(alat) * np.sin((alon - lon) / 2) ** 2
        km = 12742.0 * np.arcsin(np.sqrt(np.minimum(1.0, h)))
        d_all = km.min(axis=1).tolist()
        d_same = km[:, same_sentence].min(axis=1).tolist() if same_sentence.any() else [math.inf] * len(idx)
        return dict(zip(idx, zip(d_all, d_same)))
    anchors = [(math.radians(a[0]), math.radians(a[1]), math.cos(math.radians(a[0])), a[2]) for a in near]
    sin = math.sin
    out = {}
    for i in idx:
        lat, lon = math.radians(cands[i]["lat"]), math.radians(cands[i]["lon"])
        cos_lat = math.cos(lat)
        low = low_same = math.inf
        for alat, alon, cos_alat, same in anchors:
            s1 = sin((alat - lat) / 2)
            s2 = sin((alon - lon) / 2)
            h = s1 * s1 + cos_lat * cos_alat * (s2 * s2)
            if h < low:
                low = h
            if same and h < low_same:
                low_same = h
        # sqrt and arcsin keep the order of the haversine terms: only each smallest one needs them
        out[i] = (_km_of_root(math.sqrt(min(1.0, low))),
                  _km_of_root(math.sqrt(min(1.0, low_same))) if low_same < math.inf else math.inf)
    return out


def _km_of_root(root: float) -> float:
    """Great-circle km of a haversine root (the last bit may differ from numpy's: no score step is that sharp)."""
    return 12742.0 * math.asin(root)


def _line_priors(todo: list[tuple[Mention, list[dict]]], gazetteer, frontline,
                 sentences: Sequence[Sentence] | None,
                 region_by_sentence: Mapping[int, set[str]]) -> dict[int, dict[str, float]]:
    """Front-line bonus per candidate (``place_id -> score``) for each ambiguous combat place in ``todo``.

    Namesakes near the line that the gazetteer ranked below its first ten are added
    to the candidates first (there are 36 Bohdanivkas).  Keys are indexes in ``todo``.
    """
    combat = _combat_sentences(sentences) if sentences is not None else None
    out: dict[int, dict[str, float]] = {}
    for k, (m, cands) in enumerate(todo):
        if m.kind != "place" or cands[0]["feature_class"] == "A" or len(cands) < 2:
            continue
        if combat is not None and m.sentence_index not in combat:
            continue
        _add_line_namesakes(m, cands, gazetteer, frontline)
        scores = frontline.scores([c["lon"] for c in cands], [c["lat"] for c in cands])
        regions: set[str] = set()
        for j in (m.sentence_index - 1, m.sentence_index, m.sentence_index + 1):
            regions |= region_by_sentence.get(j, set())
        held = {c["admin1_code"] for c in cands} & regions
        out[k] = {c["place_id"]: LINE_PRIOR_WEIGHT * float(sc) for c, sc in zip(cands, scores)
                  if sc > 0 and (not regions or c["admin1_code"] in held)}
    return out


def _combat_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """Indexes of the sentences whose cues are fighting or strikes (:func:`geodata.events.classify`)."""
    from geodata.events import classify  # events builds on this module

    out = set()
    for s in sentences:
        kind = classify(s.text)
        if kind is not None and kind[0] in _COMBAT_TYPES:
            out.add(s.index)
    return out


def _add_line_namesakes(m: Mention, cands: list[dict], gazetteer, frontline) -> None:
    """Append up to ``_LINE_EXTRA`` same-named places within ``_LINE_REACH_KM`` of the line."""
    cache = _cache_of(gazetteer)
    ck = ("all", m.query, m.fuzzy)
    found = cache.get(ck)
    if found is None:
        try:
            found = cache[ck] = [_place_dict(c) for c in gazetteer.lookup(m.query, limit=500, fuzzy=m.fuzzy)]
        except Exception:  # noqa: BLE001 - an unusable name simply gets no namesakes
            return
    seen = {c["place_id"] for c in cands}
    extra = [c for c in found if c["place_id"] not in seen and c["match_score"] >= 85 and _plausible(c, m)]
    if not extra:
        return
    dist = frontline.distances_km([c["lon"] for c in extra], [c["lat"] for c in extra])
    order = [i for i in np.argsort(np.nan_to_num(dist, nan=np.inf)) if dist[i] <= _LINE_REACH_KM]
    cands.extend(extra[i] for i in order[:_LINE_EXTRA])
