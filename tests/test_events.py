"""Events: types, clauses, dates, carried subjects, venues and merging."""
from __future__ import annotations

import datetime as dt

from geodata.events import classify, find_actors, find_claim, split_clauses
from geodata.extract import extract_text

PUB = dt.date(2023, 7, 10)


def test_classify_types():
    assert classify("Russian artillery shelled the town")[:2] == ("Explosions/Remote violence",
                                                                  "Shelling/artillery/missile attack")
    assert classify("heavy fighting broke out")[0] == "Battles"
    assert classify("Ukrainian troops liberated the village")[1] == "Government regains territory"
    assert classify("hundreds protested in the square")[0] == "Protests"
    assert classify("the NATO summit")[0] == "Strategic developments"
    assert classify("a drone attack hit the depot")[1] == "Air/drone strike"
    assert classify("in March the weather was calm") is None


def test_actors_and_claims():
    s = "the Russian Defense Ministry said its forces had repulsed the Ukrainian advance near Bakhmut"
    assert find_claim(s) == "Russian Ministry of Defence"
    assert find_actors("Wagner fighters and Ukrainian forces clashed") == ["Wagner Group", "Ukrainian forces"]
    assert find_claim("Fighting continued near Bakhmut.") is None


def test_split_clauses():
    s = "fighting broke out outside Bakhmut, which was captured in May"
    assert [s[a:b] for a, b in split_clauses(s)] == ["fighting broke out outside Bakhmut", "which was captured in May"]


def _events(text, gazetteer, pub=PUB):
    ev = extract_text(text, pub, gazetteer=gazetteer).events
    return sorted(zip(ev["place"], ev["event_type"], ev["date"], ev["date_end"], ev["date_precision"]))


def test_relative_clause_gets_its_own_event_and_date(gazetteer):
    got = _events("Fierce fighting broke out outside Bakhmut, which was captured by Wagner in May.", gazetteer)
    assert got == [("Bakhmut", "Battles", "2023-05-01", "2023-05-31", "month"),
                   ("Bakhmut", "Battles", "2023-07-09", "2023-07-10", "day")]


def test_subject_carried_from_previous_sentence(gazetteer):
    got = _events("Russian forces again bombed the Sumy region. The administration said 11 explosions were recorded "
                  "on Sunday.", gazetteer)
    assert got == [("Sumy Oblast", "Explosions/Remote violence", "2023-07-09", "2023-07-10", "day")]


def test_venue_is_no_event_but_summit_is(gazetteer):
    assert _events("Zelensky said in an interview in Kyiv that he was hopeful.", gazetteer) == []
    got = _events("Leaders meet at this week's NATO summit in Vilnius.", gazetteer)
    assert got == [("Vilnius", "Strategic developments", "2023-07-10", "2023-07-16", "week")]


def test_reference_point_is_no_event(gazetteer):
    got = _events("Troops liberated Blahodatne and Neskuchne, south of Velyka Novosilka, on Sunday.", gazetteer)
    assert [g[0] for g in got] == ["Blahodatne", "Neskuchne"]


def test_modifier_moves_the_pin(gazetteer):
    ex = extract_text("Shelling hit an area 20 km south of Zaporizhzhia on Sunday.", PUB, gazetteer=gazetteer)
    e = ex.events.iloc[0]
    assert e["relation"] == "south_of" and e["uncertainty_km"] >= 5
    assert 47.60 < e.geometry.y < 47.72  # Zaporizhzhia is at 47.85 N; 20 km south is ~47.67 N


def test_duplicates_merge(gazetteer):
    ev = extract_text("Russian forces shelled Kherson on Sunday. Kherson was shelled again on Sunday, officials "
                      "said.", PUB, gazetteer=gazetteer).events
    assert len(ev) == 1 and ev["source_count"].iloc[0] == 2
