"""Toponyms: mentions, kinds and stop-lists on real sentences."""
from __future__ import annotations

from geodata.toponyms import find_mentions, split_sentences


def _kinds(text, gazetteer):
    return [(m.text, m.kind) for m in find_mentions(text, gazetteer)]


def test_split_sentences_keeps_offsets_and_abbreviations():
    text = "Gen. Valery Gerasimov visited Donetsk. Then U.S. officials spoke.\nNew line here"
    sents = split_sentences(text, offset=10)
    assert [s.text for s in sents] == ["Gen. Valery Gerasimov visited Donetsk.", "Then U.S. officials spoke.",
                                       "New line here"]
    assert all(text[s.start - 10:s.end - 10] == s.text for s in sents)


def test_coordinated_regions(gazetteer):
    got = _kinds("Ukraine tried to attack Crimea and the Rostov and Kaluga regions.", gazetteer)
    assert ("Rostov", "region") in got and ("Kaluga regions", "region") not in got
    assert ("Kaluga", "region") in got and ("Crimea", "place") in got and ("Ukraine", "country") in got


def test_region_forms(gazetteer):
    got = _kinds("Fighters advanced from the Sumy region into the neighboring Russian region of Belgorod.", gazetteer)
    assert got == [("Sumy region", "region"), ("Belgorod", "region")]


def test_metonyms_are_actors(gazetteer):
    got = _kinds("On July 9, the Kiev regime made an attempt, and Moscow said it failed; Kyiv's allies met.",
                 gazetteer)
    assert ("Kiev", "actor") in got and ("Moscow", "actor") in got and ("Kyiv", "actor") in got
    got = _kinds("Russian drones attacked Kyiv overnight.", gazetteer)
    assert got == [("Kyiv", "place")]


def test_stop_lists(gazetteer):
    text = ("Zelensky was interviewed by ABC News ahead of the NATO summit; Hana Malyar wrote on Telegram on Monday "
            "that Wagner and Chechen President Ramzan Kadyrov, S200 and HIMARS were not in May.")
    assert [m for m in _kinds(text, gazetteer) if m[1] in ("place", "region")] == []


def test_transliterated_spelling_is_found(gazetteer):
    got = _kinds("Attention has focused on the village of Klishchevka and on Kleshcheevka.", gazetteer)
    assert ("Klishchevka", "place") in got and ("Kleshcheevka", "place") in got


def test_hydronyms_and_districts_are_not_settlements(gazetteer):
    got = _kinds("Marines crossed the Dnipro River; bombs hit the city's Kyivskyi district of Kharkiv.", gazetteer)
    assert got == [("Kharkiv", "place")]
