"""Resolve: context picks the right namesake, with confidence and runners-up."""
from __future__ import annotations

from geodata.resolve import resolve_mentions
from geodata.toponyms import find_mentions


def _resolve(text, gazetteer, **kw):
    return {r.mention.text: r for r in resolve_mentions(find_mentions(text, gazetteer), gazetteer, **kw)}


def test_region_context_picks_lyman_in_donetsk(gazetteer):
    r = _resolve("Fighting near Liman, to the north in the Donetsk region.", gazetteer)["Liman"]
    assert r.place["name"] == "Lyman" and r.place["admin1"] == "Donetsk Oblast"
    assert 0 < r.confidence <= 1 and r.candidates


def test_spatial_coherence_picks_the_andriivka_near_bakhmut(gazetteer):
    r = _resolve("Fighting near Kleshcheevka and Andreevka, south of Artemovsk.", gazetteer)["Andreevka"]
    # gn:9114136 is the Andriivka next to Klishchiivka (48.50 N, 37.97 E)
    assert r.place["place_id"] == "gn:9114136"
    assert len(r.candidates) >= 2


def test_russian_region_context(gazetteer):
    r = _resolve("A drone set an oil depot on fire in Klintsy in the Bryansk region.", gazetteer)["Klintsy"]
    assert r.place["country_code"] == "RU" and r.place["admin1"] == "Bryansk Oblast"


def test_region_resolves_to_admin1_label_point(gazetteer):
    r = _resolve("Russian forces bombed the Sumy region.", gazetteer)["Sumy region"]
    assert r.place["place_id"] == "adm1:UA-59" and r.place["feature_class"] == "A"
    assert r.place["radius_km"] > 100


def test_unknown_village_in_named_region_is_placed_in_the_region(gazetteer):
    r = _resolve("Troops recaptured the village of Storozhove in the Donetsk region.", gazetteer)["Storozhove"]
    assert r.place["admin1_code"] == "UA-14" and r.confidence < 0.5
    assert r.candidates[0]["admin1"] == "Poltava Oblast"  # the gazetteer's only Storozhove, offered for review


def test_aliases_override(gazetteer):
    fix = {"Liman": {"place_id": "x:1", "name": "Fixed", "lat": 1.0, "lon": 2.0, "country_code": "UA"}}
    r = _resolve("Fighting near Liman.", gazetteer, aliases=fix)["Liman"]
    assert r.place["name"] == "Fixed" and r.confidence == 1.0


def test_foreign_small_namesakes_are_dropped(gazetteer):
    # "Wagner" (Brazil), "Nato" (Philippines), "Russia" (USA) never become places
    assert _resolve("Since Wagner left, Nato and Russia talked in Vilnius.", gazetteer).keys() == {"Vilnius"}
