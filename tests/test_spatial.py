"""Tests of geodata.spatial: modifiers that move a place's pin and widen its uncertainty."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from pyproj import Geod

from geodata.errors import InputError
from geodata.spatial import RELATIONS, Modifier, apply_modifier, find_city_side, find_modifier, region_part

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = (SHARED / "samples" / "ukraine-2023-07-10.txt").read_text(encoding="utf-8")
GOLD = json.loads((SHARED / "samples" / "ukraine-2023-07-10.gold.json").read_text())
PLACES = {p["name"]: p for p in GOLD["places"]}
BAKHMUT = PLACES["Bakhmut"]
GEOD = Geod(ellps="WGS84")


def _sentence(needle: str) -> str:
    return next(line for line in SAMPLE.splitlines() if needle in line)


def _modifier(sentence: str, mention: str, nth: int = 0) -> Modifier:
    start = -1
    for _ in range(nth + 1):
        start = sentence.index(mention, start + 1)
    modifier = find_modifier(sentence, start, start + len(mention))
    assert sentence[modifier.start:modifier.end] == modifier.text
    return modifier


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return GEOD.inv(lon1, lat1, lon2, lat2)[2] / 1000.0


# --------------------------------------------------------------------------- the sample report

@pytest.mark.parametrize(("needle", "mention", "nth", "relation", "text"), [
    ("areas outside the eastern city", "Bakhmut", 0, "outside", "areas outside the eastern city of"),
    ("areas around Bakhmut", "Bakhmut", 0, "around", "areas around"),
    ("northern Bakhmut", "Bakhmut", 0, "northern_part", "northern"),
    ("northern Bakhmut", "Bakhmut", 1, "west_of", "west of"),
    ("northern Bakhmut", "Liman", 0, "near", "near"),
    ("northern Bakhmut", "Donetsk region", 0, "in_region", "in the"),
    ("northern Bakhmut", "Donetsk", 0, "in_region", "region"),
    ("Klishchevka", "Klishchevka", 0, "at", "on the village of"),
    ("Klishchevka", "Bakhmut", 0, "south_of", "south of"),
    ("repulsed the Ukrainian advance", "Bakhmut", 0, "near", "near"),
    ("once again bombed", "Sumy region", 0, "in_region", ""),
    ("once again bombed", "Ukraine", 0, "northeastern_part", "northeastern"),
    ("to flee", "Sumy region", 0, "border_area", "the border areas in the"),
    ("On Monday", "Crimea", 0, "at", ""),
    ("On Monday", "Rostov", 0, "in_region", "and Kaluga regions"),
    ("On Monday", "Kaluga", 0, "in_region", "regions"),
    ("Last May", "Belgorod", 0, "in_region", "into the neighboring Russian region of"),
    ("NATO summit in Vilnius", "Vilnius", 0, "in", "in"),
])
def test_sample_modifiers(needle: str, mention: str, nth: int, relation: str, text: str) -> None:
    modifier = _modifier(_sentence(needle), mention, nth)
    assert modifier.relation == ("at" if relation == "in" else relation)
    assert modifier.text == text


def test_city_side_refers_back_to_bakhmut() -> None:
    sentence = _sentence("southern side of the city")
    assert _modifier(sentence, "Bakhmut").relation == "at"
    side = find_city_side(sentence)
    assert side is not None
    assert (side.relation, side.bearing_deg, side.text) == ("southern_side", 180.0, "on the southern side of the city")
    assert sentence[side.start:side.end] == side.text
    assert sentence.index("Bakhmut") < side.start


@pytest.mark.parametrize(("sentence", "relation"), [
    ("Shelling hit the city's northern outskirts.", "outside"),
    ("Troops entered the eastern part of the town.", "eastern_part"),
    ("Explosions were heard in the north of the city.", "northern_part"),
])
def test_city_side_forms(sentence: str, relation: str) -> None:
    assert find_city_side(sentence).relation == relation


def test_no_city_side_in_other_sample_sentences() -> None:
    sides = [line for line in SAMPLE.splitlines() if line.strip() and find_city_side(line)]
    assert sides == [_sentence("southern side of the city")]


# --------------------------------------------------------------------------- other phrasings

@pytest.mark.parametrize(("sentence", "mention", "relation", "distance", "bearing"), [
    ("Shelling hit a village 20 km south of Zaporizhzhia on Sunday.", "Zaporizhzhia", "south_of", 20.0, 180.0),
    ("A village about 20 kilometres (12 miles) south of Zaporizhzhia was hit.", "Zaporizhzhia", "south_of", 20.0,
     180.0),
    ("Drones struck 10 miles north-west of Kharkiv.", "Kharkiv", "northwest_of", 16.09344, 315.0),
    ("Troops advanced north-east of Kupiansk.", "Kupiansk", "northeast_of", None, 45.0),
    ("Troops advanced to the northeast of Kupiansk.", "Kupiansk", "northeast_of", None, 45.0),
    ("Fighting raged in the north of Bakhmut.", "Bakhmut", "northern_part", None, 0.0),
    ("Fighting raged in the southern part of Bakhmut.", "Bakhmut", "southern_part", None, 180.0),
    ("Fighting raged on the western outskirts of Avdiivka.", "Avdiivka", "outside", None, 270.0),
    ("Fighting raged on the outskirts of Avdiivka.", "Avdiivka", "outside", None, None),
    ("Fighting raged close to Avdiivka.", "Avdiivka", "near", None, None),
    ("Fighting raged in the vicinity of Avdiivka.", "Avdiivka", "near", None, None),
    # no other cue word before it: the pattern's "in the area of" alone decides (it read "at" before 27 Nov)
    ("Fighting continued in the area of Bakhmut.", "Bakhmut", "near", None, None),
    ("Fighting raged in the Bakhmut direction.", "Bakhmut", "direction", None, None),
    ("Strikes hit Kherson and its surroundings.", "Kherson", "around", None, None),
    ("The eastern city of Bakhmut fell.", "Bakhmut", "at", None, None),
    ("Bakhmut fell.", "Bakhmut", "at", None, None),
])
def test_modifier_phrasings(sentence: str, mention: str, relation: str, distance: float | None,
                            bearing: float | None) -> None:
    modifier = _modifier(sentence, mention)
    assert (modifier.relation, modifier.bearing_deg) == (relation, bearing)
    assert modifier.distance_km == (pytest.approx(distance) if distance is not None else None)
    assert modifier.relation in RELATIONS


def test_unrelated_direction_far_before_is_ignored() -> None:
    sentence = "West of the river the army dug in, and after many weeks of hard fighting it finally entered Lyman."
    assert _modifier(sentence, "Lyman").relation == "at"


def test_bad_offsets_are_an_input_error() -> None:
    with pytest.raises(InputError, match="offsets"):
        find_modifier("near Bakhmut", 5, 40)


# --------------------------------------------------------------------------- moving the pin

def test_west_of_bakhmut_moves_west_and_widens() -> None:
    modifier = _modifier(_sentence("northern Bakhmut"), "Bakhmut", 1)
    lat, lon, uncertainty, precision = apply_modifier(BAKHMUT["lat"], BAKHMUT["lon"], 3.0, modifier)
    assert lon < BAKHMUT["lon"] and lat == pytest.approx(BAKHMUT["lat"], abs=0.01)
    shift = _km(BAKHMUT["lat"], BAKHMUT["lon"], lat, lon)
    assert shift == pytest.approx(6.0, rel=1e-3)  # max(5, 2 * radius)
    assert uncertainty >= 5.0 and uncertainty == pytest.approx(shift)
    assert precision == "near"


def test_distance_and_bearing_are_honoured() -> None:
    zaporizhzhia = (47.8388, 35.1396)
    modifier = _modifier("Shelling hit a village 20 km south of Zaporizhzhia.", "Zaporizhzhia")
    lat, lon, uncertainty, precision = apply_modifier(*zaporizhzhia, 8.0, modifier)
    assert _km(*zaporizhzhia, lat, lon) == pytest.approx(20.0, rel=1e-4)
    assert lat < zaporizhzhia[0] and lon == pytest.approx(zaporizhzhia[1])
    assert uncertainty == pytest.approx(5.0 + 8.0)
    assert precision == "near"


def test_near_liman_stays_put_with_wider_radius() -> None:
    lyman = PLACES["Lyman"]
    modifier = _modifier(_sentence("near Liman"), "Liman")
    assert apply_modifier(lyman["lat"], lyman["lon"], 4.0, modifier) == (lyman["lat"], lyman["lon"], 9.0, "near")


def test_northern_bakhmut_stays_inside_the_city() -> None:
    modifier = _modifier(_sentence("northern Bakhmut"), "Bakhmut")
    lat, lon, uncertainty, precision = apply_modifier(BAKHMUT["lat"], BAKHMUT["lon"], 4.0, modifier)
    assert lat > BAKHMUT["lat"]
    assert _km(BAKHMUT["lat"], BAKHMUT["lon"], lat, lon) == pytest.approx(2.0, rel=1e-3)
    assert (uncertainty, precision) == (4.0, "exact")
    assert _km(BAKHMUT["lat"], BAKHMUT["lon"], lat, lon) < BAKHMUT["tolerance_km"]


def test_southern_side_from_city_side() -> None:
    side = find_city_side(_sentence("southern side of the city"))
    lat, lon, _, _ = apply_modifier(BAKHMUT["lat"], BAKHMUT["lon"], 4.0, side)
    assert lat < BAKHMUT["lat"]


def test_border_area_keeps_the_region_point() -> None:
    sumy = PLACES["Sumy Oblast"]
    modifier = _modifier(_sentence("to flee"), "Sumy region")
    assert apply_modifier(sumy["lat"], sumy["lon"], 110.0, modifier) == (sumy["lat"], sumy["lon"], 110.0, "region")


def test_plain_mentions_by_radius() -> None:
    at = Modifier("at", None, None, "", 0, 0)
    assert apply_modifier(54.6892, 25.2798, 6.0, at)[2:] == (6.0, "exact")
    assert apply_modifier(45.3, 34.4, 150.0, at)[2:] == (150.0, "region")
    assert apply_modifier(49.0, 32.0, 600.0, at)[2:] == (600.0, "country")


@pytest.mark.parametrize(("lat", "lon", "radius"), [(91.0, 0.0, 1.0), (0.0, 200.0, 1.0), (0.0, 0.0, -1.0),
                                                     (float("nan"), 0.0, 1.0)])
def test_invalid_point_is_an_input_error(lat: float, lon: float, radius: float) -> None:
    with pytest.raises(InputError, match="WGS84"):
        apply_modifier(lat, lon, radius, Modifier("at", None, None, "", 0, 0))


def test_unknown_relation_is_an_input_error() -> None:
    with pytest.raises(InputError, match="relation"):
        apply_modifier(48.0, 37.0, 1.0, Modifier("beside", None, None, "", 0, 0))


# --------------------------------------------------------------------------- hostile input

@pytest.mark.timeout(60)
@pytest.mark.usefixtures("alone")  # a wall-clock bound: not beside the other worker
@pytest.mark.parametrize("filler", ["on ", "the ", "20 km ", "north of ", "border areas in ", "a", " "])
def test_hostile_sentences_are_fast(filler: str) -> None:
    sentence = filler * (1_000_000 // len(filler)) + "Bakhmut"
    started = time.perf_counter()
    find_modifier(sentence, len(sentence) - 7, len(sentence))
    find_city_side(sentence)
    assert time.perf_counter() - started < 10.0


def test_patterns_have_no_unbounded_quantifiers() -> None:
    import geodata.spatial as spatial
    for pattern in (spatial._PRE, spatial._POST, spatial._CITY_SIDE):
        assert not re.search(r"(?<!\\)[+*]|\{\d+,\}", pattern.pattern)


def test_last_word_test_never_hides_a_phrase() -> None:
    # _may_govern spares the search of the window: it must say True wherever a phrase ends before a name;
    # _PRE_START finds the phrase where _PRE does
    from geodata import spatial
    from geodata.names import fold_case

    root = Path(__file__).resolve().parents[1] / "tests"
    texts = [SAMPLE] + [p.read_text(encoding="utf-8") for d in ("reports", "realtexts")
                        for p in sorted((root / d).rglob("*.txt"))]
    found = skipped = 0
    for text in texts:
        folded = fold_case(text)
        for m in re.finditer(r"\b[A-Z][\w'-]+", text):
            window = max(0, m.start() - 90)
            pre = spatial._PRE.search(folded, window, m.start())
            start = spatial._PRE_START.search(folded, window, m.start())  # the same start, found faster
            assert (start and start.span()) == (pre and pre.span())
            if pre is not None:
                found += 1
                assert spatial._may_govern(folded[window:m.start()]), text[window:m.end()]
            elif not spatial._may_govern(folded[window:m.start()]):
                skipped += 1
    assert found > 1000 and skipped > 1000  # both sides exercised on the real texts


def test_the_south_of_a_long_region_lies_in_its_southern_third(gazetteer) -> None:
    # Odesa Oblast (Natural Earth outline) runs 350 km north to south from a label point near its south: half its
    # radius south of that point is the Black Sea; its southern third is Budjak, between the Dniester and the Danube
    from shapely.geometry import Point

    geom = gazetteer.region_geometry("UA-51")
    lat, lon, radius = region_part(geom, "southern_part")
    assert geom.contains(Point(lon, lat)) and 45.3 < lat < 46.3 and 28.5 < lon < 30.0
    assert radius < gazetteer.region("Odesa region").radius_km
    north = region_part(geom, "northern_part")
    assert north[0] > 47.3 and geom.contains(Point(north[1], north[0]))
    assert region_part(geom, "near") is None and region_part(None, "southern_part") is None
