"""Events: types, clauses, dates, carried subjects, venues and merging."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from geodata.events import _CLAUSE_SPLIT, classify, find_actors, find_claim, split_clauses
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


def test_a_year_that_frames_the_days_after_it_is_no_event_date(gazetteer):
    # the first sentence of the Wikipedia article "2022 Transnistria attacks" (CC BY-SA 4.0)
    got = _events("The 2022 Transnistria attacks were a series of five incidents reported in the Eastern European "
                  "breakaway state of Transnistria, internationally recognized as part of Moldova, that occurred "
                  "in 2022 between 25 and 27 April, on 6 May and on 5 June.", gazetteer, dt.date(2022, 6, 10))
    assert [(g[0], g[2], g[3], g[4]) for g in got] == [
        ("Transnistria", "2022-04-25", "2022-04-27", "day"), ("Transnistria", "2022-05-06", "2022-05-06", "day"),
        ("Transnistria", "2022-06-05", "2022-06-05", "day")]


def test_the_city_and_the_plant_point_back_to_the_place_named_before(gazetteer):
    # from the Wikipedia articles "Battle of Melitopol" and "Zaporizhzhia Nuclear Power Plant crisis" (CC BY-SA 4.0)
    got = _events("The battle of Melitopol was a military engagement between the Armed Forces of Ukraine and the Armed "
                  "Forces of Russia in the city of Melitopol, Zaporizhzhia Oblast. It was part of the southern Ukraine "
                  "offensive of the 2022 Russian invasion of Ukraine. Russian forces attacked the city on 25 February, "
                  "and captured it after heavy fighting by 1 March.", gazetteer, dt.date(2022, 3, 18))
    assert [(g[0], g[2]) for g in got if g[4] == "day" and g[2] < "2022-03-17"] == [
        ("Melitopol", "2022-02-25"), ("Melitopol", "2022-03-01")]
    got = _events("During the Russian invasion of Ukraine, the Zaporizhzhia Nuclear Power Plant has become the center of "
                  "an ongoing nuclear safety crisis. The plant has been occupied by Russian forces since 3 March 2022.",
                  gazetteer, dt.date(2022, 7, 25))
    assert ("Zaporizhzhia Nuclear Power Plant", "Battles", "2022-03-03", "2022-03-03", "day") in got
    # "the town" is the one the report called a town, not the last settlement named (tests/reports/mod-2024-02-18)
    got = _events("On February 17, units completed the liberation of the town of Avdeyevka. Missile troops struck "
                  "equipment near Krynki in the Kherson region. Air defence systems shot down 12 Ukrainian drones over "
                  "the Belgorod region overnight. Ukrainian officials said troops had withdrawn from the town to new "
                  "positions.", gazetteer, dt.date(2024, 2, 18))
    assert [g[0] for g in got if g[1] == "Strategic developments" and g[0] != "Belgorod Oblast"] == ["Avdiivka"]


def test_story_days_and_consequences_keep_their_date(gazetteer):
    # from the Wikipedia articles "Battle of Kupiansk" and "Krynky" (CC BY-SA 4.0)
    got = _events("Ukrainian soldiers of the Kraken Regiment entered the outskirts of Kupiansk on 9 September, recapturing "
                  "the city council building by the next morning. Fighting damaged much of the town's center. Later "
                  "that day, Ukrainian officials announced that Kupiansk had been liberated.", gazetteer,
                  dt.date(2022, 9, 30))
    assert ("Kupiansk", "Battles", "2022-09-10", "2022-09-10", "day") in got  # not "the day before it was said"
    assert all(g[2] >= "2022-09-09" for g in got)
    got = _events("As a result of the destruction of the Kakhovka Dam in June 2023, Krynky was almost completely "
                  "submerged. Elements of the Ukrainian 37th and 38th separate Marine brigades had advanced to Krynky.",
                  gazetteer, dt.date(2023, 11, 3))
    assert ("Krynky", "Strategic developments", "2023-06-01", "2023-06-30", "month") in got
    assert {g[0] for g in got} <= {"Krynky", "Kakhovka Dam"}  # no village "Mar'ino" in "Marine brigades"


def test_each_place_takes_the_date_of_its_part_and_a_pronoun_object_keeps_the_place(gazetteer):
    # from the Wikipedia articles "Andriivka, Bakhmut Raion", "Makarivka" and "Vovchansk" (CC BY-SA 4.0)
    got = _events("Andriivka (Ukrainian: Андріївка) is a village in Bakhmut Raion, Donetsk Oblast. It lies between the "
                  "larger village of Klishchiivka to the north and the rural settlement of Kurdiumivka to the south. On "
                  "30 November 2022, Russian forces occupied the village. During the 2023 Ukrainian counteroffensive in "
                  "the first week of July, Ukrainian troops were able to break through Russian defensive lines. On 18 "
                  "July 2023 they had seized an elevated position in nearby Klishchiivka and on 25 July the 3rd Assault "
                  "Brigade entered Andriivka.", gazetteer, dt.date(2023, 9, 18))
    assert ("Andriivka", "Battles", "2022-11-30", "2022-11-30", "day") in got  # "the village" it is
    assert ("Andriivka", "Battles", "2023-07-01", "2023-07-07", "week") in got  # not the whole of 2023
    assert [g[2] for g in got if g[0] == "Klishchiivka"] == ["2023-07-18"]
    got = _events("During the Russian invasion in 2022, Makarivka was captured early in the war by Russian forces, but "
                  "Ukrainian forces retook it on 11 June 2023.", gazetteer, dt.date(2023, 6, 14))
    assert ("Makarivka", "Battles", "2023-06-11", "2023-06-11", "day") in got
    got = _events("On May 15, a speaker of the Ukrainian military stated that troops were withdrawn from the Lukiantsi "
                  "and Vovchansk areas.", gazetteer, dt.date(2025, 2, 3))
    assert {g[0] for g in got} == {"Lukiantsi", "Vovchansk"} and {g[2] for g in got} == {"2024-05-15"}


def test_a_dispatch_dated_only_by_its_own_day_and_a_forecast(gazetteer):
    # UK Defence Intelligence update of 27 September 2022 (Crown copyright, Open Government Licence v3.0)
    got = _events("Ukraine has pressed its offensive operations in the north-east of the country over the last few "
                  "days.\n\nHeavy fighting also continues in the Kherson region where the Russian force on the right "
                  "bank of the Dnipro remains vulnerable.", gazetteer, dt.date(2022, 9, 27))
    assert ("Kherson Oblast", "Battles", "2022-09-27", "2022-09-27", "day") in got  # the dispatch's day, told now
    # of 31 March 2022: what "will likely take place" has not happened
    got = _events("Russian forces continue to hold positions to the east and west of Kyiv. Heavy fighting will likely "
                  "take place in the suburbs of the city in coming days.", gazetteer, dt.date(2022, 3, 31))
    assert all(g[1] != "Battles" for g in got)


def test_axes_suburbs_and_securing(gazetteer):
    # UK Defence Intelligence update of 7 June 2022 (Crown copyright, OGL v3.0); Wikipedia "Battle of Brovary",
    # "Rubizhne" (CC BY-SA 4.0)
    got = _events("Russia made gains on the southern, Popasna axis through May but its progress in the area has "
                  "stalled over the last week.", gazetteer, dt.date(2022, 6, 7))
    assert [(g[0], g[2], g[3]) for g in got] == [("Popasna", "2022-05-01", "2022-05-31")]
    got = _events("The battle of Brovary was fought for control of the suburb of Brovary, to the east of the capital "
                  "city of Ukraine, Kyiv. Russian forces advanced west from southern Chernihiv Oblast. Control of the "
                  "suburb was contested until Russian forces withdrew on 2 April 2022.", gazetteer, dt.date(2022, 4, 5))
    assert ("Brovary", "2022-04-02") in {(g[0], g[2]) for g in got} and "Kyiv" not in {g[0] for g in got}
    got = _events("On 21 July 2014, Ukrainian forces secured the city of Rubizhne from the militants.", gazetteer,
                  dt.date(2022, 10, 4))
    assert got == [("Rubizhne", "Battles", "2014-07-21", "2014-07-21", "day")]


def test_comparisons_and_periods_since_at_least_are_not_event_dates(gazetteer):
    # UK Defence Intelligence updates of 9 May 2024 and 17 October 2023 (Crown copyright, OGL v3.0)
    got = _events("Attacks in the vicinity of Chasiv Yar rose by 200 per cent from March to April.", gazetteer,
                  dt.date(2024, 5, 9))
    assert [(g[0], g[2], g[3]) for g in got] == [("Chasiv Yar", "2024-04-01", "2024-04-30")]
    got = _events("Russian forces are conducting a combined arms offensive on the heavily defended town of Avdiivka. "
                  "It is likely to be the most significant offensive operation undertaken by Russia since at least "
                  "January 2023.", gazetteer, dt.date(2023, 10, 17))
    assert [(g[0], g[2], g[3]) for g in got] == [("Avdiivka", "2023-10-17", "2023-10-17")]  # "are conducting"
    # Wikipedia "Russian occupation of Kyiv Oblast" (CC BY-SA 4.0)
    got = _events("On the morning of 25 February, three Russian saboteurs, dressed as Ukrainian soldiers, entered "
                  "Obolon District.", gazetteer, dt.date(2022, 2, 28))
    assert [g[2] for g in got] == ["2022-02-25"]


def test_the_base_of_a_comparison_and_isolated_incidents_are_no_events(gazetteer):
    # UK statement to the OSCE, October 2025 (OGL v3.0), tests/realtexts/holdout111
    got = _events("In Kharkiv, a Russian drone strike hit a kindergarten, killing one. These are not isolated "
                  "incidents. The number of civilian casualties from January to September this year was 31% higher "
                  "than the same period last year, with Dnipro frequently targeted.", gazetteer, dt.date(2025, 10, 30))
    assert [g[0] for g in got].count("Kharkiv") == 1  # "not isolated incidents" is no battle
    assert ("Dnipro", "2025-01-01", "2025-09-30") in {(g[0], g[2], g[3]) for g in got}
    assert not [g for g in got if g[2].startswith("2024")]


def test_the_village_at_a_named_battle_and_another_casualty_there(gazetteer):
    # Wikipedia, "Novoselivka Druha" (CC BY-SA 4.0), tests/realtexts/holdout114
    text = ("Novoselivka Druha is a village in Ocheretyne settlement hromada, Pokrovsk Raion, Donetsk Oblast, Ukraine. "
            "One Ukrainian serviceman was killed at the village on 24 January 2015, another soldier was wounded on "
            "4 September 2017. On 4 July 2022, the village was captured by the Russian forces during the invasion of "
            "Ukraine at the Battle of Avdiivka.")
    got = {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2022, 7, 4))}
    assert got == {("Novoselivka Druha", "2015-01-24"), ("Novoselivka Druha", "2017-09-04"),
                   ("Novoselivka Druha", "2022-07-04")}
    # Wikipedia, "Kreminna" (CC BY-SA 4.0), tests/realtexts/holdout12
    got = _events("On 11 March 2022, a residential care home for the elderly in Kreminna came under the fire of Russian "
                  "tanks.", gazetteer, dt.date(2022, 9, 17))
    assert [(g[0], g[1], g[2]) for g in got] == [("Kreminna", "Explosions/Remote violence", "2022-03-11")]


def test_what_a_regional_governor_reports_is_of_the_region(gazetteer):
    # Voice of America, 4 December 2023 and 18 December 2022 (public domain), tests/realtexts/holdout35 and holdout63
    got = _events("In Kherson, the regional governor said early Monday that Russian shelling during the past 24 hours "
                  "had killed two people and injured eight others.", gazetteer, dt.date(2023, 12, 4))
    assert [g[0] for g in got] == ["Kherson Oblast"]
    got = _events("Three people were wounded in the assault on Kherson, one Ukrainian official said, while the regional "
                  "governor, Yaroslav Yanushevych, said that Russia in the past day had launched 54 attacks with rocket, "
                  "mortar and tank fire in the Kherson area, killing three people and wounding six.", gazetteer,
                  dt.date(2022, 12, 18))
    assert {g[0] for g in got} == {"Kherson", "Kherson Oblast"}
    got = _events("In Kherson, Russian shelling killed two people.", gazetteer, dt.date(2023, 12, 4))
    assert [g[0] for g in got] == ["Kherson"]


def test_a_toll_shared_out_in_a_verbless_line_is_at_each_place(gazetteer):
    # Odesa regional head as quoted by Ukrinform, 13 September 2023 (official text), tests/realtexts/holdout115
    got = _events('"In total, seven civilians were injured as a result of Russian attack drones\' attacks on the Izmail '
                  'district of the Odesa region. Six people in Reni and one in Izmail," Kiper said.', gazetteer,
                  dt.date(2023, 9, 13))
    assert {g[0] for g in got} >= {"Reni", "Izmayil"}
    # Mykolaiv regional head as quoted by UNN, 25 February 2024 (official text): "Radsadivska" is Radsad's hromada
    ev = extract_text("The enemy launched a rocket attack and artillery shelling on Ochakivska, Radsadivska and "
                      "Kutsurubska communities.", dt.date(2024, 2, 25), gazetteer=gazetteer).events
    assert len(ev) == 3 and all(46.5 < y < 47.0 and 31.4 < x < 32.1 for x, y in zip(ev.geometry.x, ev.geometry.y))


def test_a_list_told_by_its_kind_keeps_its_first_item_and_a_russian_community_adjective(gazetteer):
    # Dnipropetrovsk regional head as quoted by Ukrinform and UNN, 6 August and 15 May 2025 (official texts),
    # tests/realtexts/holdout118; Sumy RMA, 22 June 2024, tests/realtexts/holdout29
    got = _events("According to him, in the Nikopol district, the cities of Nikopol , Pokrovsk, and Marhanets were hit "
                  "by enemy fire.", gazetteer, dt.date(2025, 8, 6))
    assert {"Nikopol", "Marhanets"} <= {g[0] for g in got}
    got = _events("The communities of Khotin, Yunakivka and Bilopillia were shelled.", gazetteer, dt.date(2024, 6, 22))
    assert {g[0] for g in got} == {"Khotin", "Yunakivka", "Bilopillia"}
    ev = extract_text("On Wednesday evening, May 14, the Russian army shelled the Mezhevskaya community of the "
                      "Synelnykivskyi district of the Dnipropetrovsk region with MLRS.", dt.date(2025, 5, 15),
                      gazetteer=gazetteer).events
    assert len(ev) == 1 and abs(ev.geometry.y.iloc[0] - 48.25) < 0.1 and abs(ev.geometry.x.iloc[0] - 36.73) < 0.1


def test_a_dayless_report_of_an_unfolding_aftermath_is_of_its_own_day(gazetteer):
    # Ukrinform on the Mykolaiv mayor, 11 April 2024 (official text), tests/realtexts/holdout120
    text = ("An explosion occurred in Mykolaiv. Preliminary, two people were killed and four were injured. "
            "\"An explosion in Mykolaiv. We are investigating. I will provide information later,\" the mayor wrote.")
    got = _events(text, gazetteer, dt.date(2024, 4, 11))
    assert {(g[0], g[2], g[3]) for g in got} == {("Mykolaiv", "2024-04-11", "2024-04-11")}
    got = _events("An explosion occurred in Mykolaiv. Two people were killed.", gazetteer, dt.date(2024, 4, 11))
    assert {(g[2], g[3]) for g in got} == {("2024-04-10", "2024-04-11")}  # without it: that day or the day before


def test_what_is_still_going_on_is_dated_by_the_dispatch(gazetteer):
    # UK Defence Intelligence update of 26 May 2024 (Crown copyright, OGL v3.0), shortened
    got = _events("On 17 May 2024, President Putin stated that Russian forces were creating a buffer zone. The town "
                  "of Vovchansk remains contested, with Ukrainian forces repelling the majority of Russian assaults.",
                  gazetteer, dt.date(2024, 5, 26))
    assert ("Vovchansk", "Battles", "2024-05-25", "2024-05-26", "day") in got  # now, not "On 17 May"
    # of 8 March 2023
    got = _events("On 4 March 2023, the Russian Ministry of Defence released a video of a visit by Shoigu.\n\nRussian "
                  "planners are likely facing the dilemma of supporting intense fighting near Bakhmut.", gazetteer,
                  dt.date(2023, 3, 8))
    assert ("Bakhmut", "Battles", "2023-03-07", "2023-03-08", "day") in got


def test_pushed_them_back_and_trying_to_surround_are_battles():
    assert classify("the Ukrainians have pushed them back further to the east")[0] == "Battles"
    assert classify("we still assess they are trying to surround it")[0] == "Battles"


def test_subject_carried_from_previous_sentence(gazetteer):
    got = _events("Russian forces again bombed the Sumy region. The administration said 11 explosions were recorded "
                  "on Sunday.", gazetteer)
    # the dated witness ("on Sunday") pins the day; the undated first sentence does not widen it (sample gold)
    assert got == [("Sumy Oblast", "Explosions/Remote violence", "2023-07-09", "2023-07-09", "day")]


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


# --------------------------------------------------------------------------- real texts
# Sentences from the Wikipedia excerpts in tests/realtexts/ (CC BY-SA 4.0).

def test_next_morning_and_a_clock_time_keep_the_story_day(gazetteer):
    text = ("On the night of 7 April, a pro-Russian Telegram channel warned civilians. At around 10:10 the next "
            "morning, the Russian Ministry of Defence announced that they had hit railway stations in Sloviansk, "
            "Pokrovsk, and Barvinkove.\n\nAt approximately 10:30, two missiles hit near the railway station "
            "building in Kramatorsk.")
    got = _events(text, gazetteer, dt.date(2022, 4, 15))
    assert {(g[0], g[2], g[3]) for g in got} == {(p, "2022-04-08", "2022-04-08") for p in
                                                 ("Sloviansk", "Pokrovsk", "Barvinkove", "Kramatorsk")}


def test_undated_sentence_takes_the_day_of_its_paragraph_not_of_the_next(gazetteer):
    text = ("On 6 August 2024, the Armed Forces of Ukraine launched an incursion into Russia's Kursk Oblast. "
            "A state of emergency was declared in Kursk Oblast.\n\nRussian artillery shelled Sumy.")
    got = _events(text, gazetteer, dt.date(2024, 8, 20))
    assert ("Kursk Oblast", "Strategic developments", "2024-08-06", "2024-08-06", "day") in got
    # the text tells of nothing near its dateline (20 August): the undated paragraph goes on with the
    # last date told, not a made-up exact day at publication
    assert ("Sumy", "Explosions/Remote violence", "2024-08-06", "2024-08-06", "day") in got
    assert not any(g[2] >= "2024-08-19" for g in got)


def test_news_text_gives_an_undated_paragraph_its_news_day(gazetteer):
    # Monday's paper: the undated paragraph after Sunday's lead is Sunday's news (as the blind gold of three sets
    # of VOA reports reads it); with no day told, it keeps the dateline context
    text = ("Russian troops shelled Kupiansk on Sunday.\n\nRussian artillery shelled Sumy.")
    got = _events(text, gazetteer, dt.date(2023, 7, 10))
    assert ("Kupiansk", "Explosions/Remote violence", "2023-07-09", "2023-07-09", "day") in got
    assert ("Sumy", "Explosions/Remote violence", "2023-07-09", "2023-07-09", "day") in got
    got = _events("Russian artillery shelled Sumy.", gazetteer, dt.date(2023, 7, 10))
    assert ("Sumy", "Explosions/Remote violence", "2023-07-09", "2023-07-10", "day") in got  # dateline context


def test_undated_lead_of_a_retrospective_text_spans_its_dates_to_publication(gazetteer):
    text = ("The battle of Lysychansk was fought in Luhansk Oblast. "
            "Russian forces seized Lysychansk on 2\u20133 July 2022.")
    got = _events(text, gazetteer, dt.date(2022, 7, 6))
    assert ("Lysychansk", "Non-state actor overtakes territory", "2022-07-02", "2022-07-03", "day") in got or \
        ("Lysychansk", "Battles", "2022-07-02", "2022-07-03", "day") in got
    lead = [g for g in got if g[2] != "2022-07-02" or g[3] != "2022-07-03"]
    assert lead and all((g[2], g[3], g[4]) == ("2022-07-02", "2022-07-06", "week") for g in lead)


def test_date_of_a_leading_subordinate_clause_is_no_event_date(gazetteer):
    text = ("After the Russian invasion of Ukraine began on 24 February 2022, the battle for control of the "
            "town of Izium began in March 2022. The Russian military wanted to capture Izium.")
    got = _events(text, gazetteer, dt.date(2022, 9, 19))
    assert {(g[0], g[2], g[3]) for g in got} == {("Izium", "2022-03-01", "2022-03-31")}


def test_two_dates_in_one_clause_give_one_event_each(gazetteer):
    text = ("On 24 June 2022, Ukrainian units were ordered to retreat from the city and the next day Russian "
            "forces fully captured Sievierodonetsk.")
    got = _events(text, gazetteer, dt.date(2022, 7, 8))
    assert {(g[0], g[2], g[3]) for g in got} == {("Sievierodonetsk", "2022-06-24", "2022-06-24"),
                                                 ("Sievierodonetsk", "2022-06-25", "2022-06-25")}


def test_days_after_dates_what_follows_before_the_day_told(gazetteer):
    text = ("On 13 April 2025, a Russian missile strike hit Sumy. The Sumy strike occurred just days after "
            "another missile attack killed 20 civilians in Kryvyi Rih.")
    got = _events(text, gazetteer, dt.date(2025, 4, 16))
    kr = [g for g in got if g[0] == "Kryvyi Rih"]
    assert [(g[2], g[3], g[4]) for g in kr] == [("2025-04-03", "2025-04-12", "week")]
    assert all((g[2], g[3]) == ("2025-04-13", "2025-04-13") for g in got if g[0] == "Sumy")


def test_each_part_of_a_sentence_its_date_and_an_operation_is_no_event_place(gazetteer):
    got = _events("Hroza was captured by Russian forces early in the invasion, and liberated by Ukraine during the "
                  "Kharkiv counteroffensive, in September 2022.", gazetteer, dt.date(2023, 10, 10))
    assert got == [("Hroza", "Battles", "2022-02-24", "2022-04-07", "month"),
                   ("Hroza", "Battles", "2022-09-01", "2022-09-30", "month")]


def test_a_period_opened_by_since_is_not_the_date(gazetteer):
    got = _events("The explosion at the Amstor shopping center was the fifth attack on Kremenchuk since the beginning "
                  "of the full-scale Russian invasion in February 2022.", gazetteer, dt.date(2022, 6, 28))
    assert [g[2:] for g in got] == [("2022-06-27", "2022-06-28", "day")]


def test_coordinated_days_carry_the_previous_place(gazetteer):
    text = ("The explosion at the Amstor shopping center was the fifth attack on Kremenchuk. "
            "The previous attacks had taken place on 2 and 24 April, 12 May and 18 June.")
    got = _events(text, gazetteer, dt.date(2022, 6, 28))
    dated = [(g[0], g[1], g[2]) for g in got if g[2] < "2022-06-27" and g[4] == "day"]
    assert dated == [("Kremenchuk", "Explosions/Remote violence", d)
                     for d in ("2022-04-02", "2022-04-24", "2022-05-12", "2022-06-18")]
    # the undated lead of this retrospective text: between its first date and publication, not a fake day
    assert ("Kremenchuk", "Explosions/Remote violence", "2022-04-02", "2022-06-28", "month") in got


def test_administrative_measure_is_a_strategic_development_in_each_region(gazetteer):
    got = _events('On 10 August, Russian authorities introduced a "counter-terrorist operation" regime in Kursk, '
                  "Belgorod and Bryansk oblasts.", gazetteer, dt.date(2024, 8, 20))
    assert got == [(p, "Strategic developments", "2024-08-10", "2024-08-10", "day")
                   for p in ("Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast")]


def test_from_the_direction_of_is_the_origin(gazetteer):
    got = _events("The main assault towards the city of Bakhmut itself started on 1 August after Russian forces "
                  "advanced from the direction of Popasna.", gazetteer, dt.date(2023, 5, 25))
    assert [g[0] for g in got] == ["Bakhmut"] and got[0][2] == "2022-08-01"


def test_an_evacuation_is_where_people_are_taken_from_not_to(gazetteer):
    # Ukraine's Ombudsman quoted by Interfax-Ukraine, 15 April 2022 (tests/realtexts/holdout146)
    got = _events("During the evacuation of residents from the city of Starobilsk, Luhansk region, to Dnipro, Russian "
                  "occupiers opened fire on two buses, there are wounded and killed.", gazetteer, dt.date(2022, 4, 15))
    assert {g[0] for g in got} == {"Starobilsk"}
    assert "Explosions/Remote violence" in {g[1] for g in got}


def test_a_coordinated_list_of_places_shares_the_cue_of_its_sentence(gazetteer):
    text = "Kyiv, Kryvyi Rih, Dnipro, and Pokrovsk came under fire from more than forty missiles on 8 July 2024."
    got = _events(text, gazetteer, dt.date(2024, 7, 12))
    assert [(g[0], g[1], g[2]) for g in got] == [(c, "Explosions/Remote violence", "2024-07-08")
                                                 for c in ("Dnipro", "Kryvyi Rih", "Kyiv", "Pokrovsk")]


def test_new_cues_engagement_encirclement_withdrawal_and_flag():
    assert classify("a military engagement took place over the city")[0] == "Battles"
    assert classify("Russian forces had surrounded the city")[0] == "Battles"
    assert classify("the Russian military had left Chernihiv Oblast")[:2] == ("Strategic developments",
                                                                              "Change to group/activity")
    assert classify("a video showed the Ukrainian flag flying in the village")[0] == "Strategic developments"
    # General Staff, 8 September 2024 (an official text), and Wikipedia, "Kyselivka" (CC BY-SA 4.0)
    assert classify("Russians attempted 11 times to storm the positions of Ukraine's Defense Forces near Synkivka")[0] \
        == "Battles"
    assert classify("the village came under Russian occupation")[:2] == ("Battles", "Non-state actor overtakes territory")
    # Wikipedia, "Battle of Tokmak" (CC BY-SA 4.0)
    assert classify("a Russian armored brigade broke into Tokmak on 26 February 2022")[0] == "Battles"


def test_cities_and_days_paired_respectively(gazetteer):
    # EU statement to the OSCE, 5 September 2024 (EU reuse policy), tests/realtexts/holdout76
    text = ("This was followed by further attacks targeting the cities of Poltava and Lviv on 3 and 4 September, "
            "respectively, resulting in several civilian fatalities.")
    got = {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2024, 9, 5))}
    assert got == {("Poltava", "2024-09-03"), ("Lviv", "2024-09-04")}


def test_an_airport_named_after_its_city_is_at_the_city(gazetteer):
    # an airport the landmark table lacks is named after its city, within some 10 km of it
    got = _events("Russian missiles destroyed the Dnipro airport on Sunday. A drone hit Kramatorsk airfield.", gazetteer)
    assert {(g[0], g[1]) for g in got} == {("Dnipro", "Explosions/Remote violence"),
                                           ("Kramatorsk", "Explosions/Remote violence")}
    # one the table holds keeps its own point
    got = _events("Russian paratroopers attacked Hostomel airport on Thursday.", gazetteer, dt.date(2022, 2, 26))
    assert [g[0] for g in got] == ["Antonov Airport"]


def test_a_summary_of_yesterday_dates_its_undated_lines(gazetteer):
    # Kharkiv regional administration, 4 September 2023 (an official text), tests/realtexts/holdout80
    text = ("Yesterday, the enemy fired at the settlements of the Kharkiv, Bohodukhiv, Chuhuiv, Kupiansk and Izyum "
            "districts.\nIn addition, the head of the RMA noted, Udy, Vovchansk, Gatyshche, Budarky, Vilkhuvatka and "
            "other settlements were under fire.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2023, 9, 4))}
    assert {(name, "2023-09-03", "2023-09-03") for name in ("Udy", "Vovchansk", "Budarky")} <= got
    # without the lead, the undated line keeps the dateline span
    got = {(g[0], g[2], g[3]) for g in _events(text.split("\n")[1], gazetteer, dt.date(2023, 9, 4))}
    assert ("Udy", "2023-09-03", "2023-09-04") in got


def test_a_capital_ravaged_is_a_place(gazetteer):
    # EU statement to the OSCE, 2 October 2025 (EU reuse policy), tests/realtexts/holdout76: "Kyiv and" after a verb
    # of striking is the city hit, not the government
    text = ("On 27 September, in a harrowing overnight attack, Russia unleashed nearly 600 drones and and more than 40 "
            "cruise missiles that ravaged Kyiv and multiple other regions of Ukraine, leaving shattered homes.")
    assert [(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2025, 10, 2))] == [("Kyiv", "2025-09-27")]


def test_a_month_told_before_dates_its_paragraph(gazetteer):
    # EU statement to the OSCE Forum for Security Co-operation, 13 November 2024 (EU reuse policy),
    # tests/realtexts/holdout76: the month of the tally dates the undated strikes after it, in its paragraph
    text = ("OSCE Forum for Security Co-operation N\u00b01092 Vienna, 13 November 2024\n\n1.Mr Chair, according to "
            "the latest report of the UN Human Rights Monitoring Mission in Ukraine, 208 civilians were killed while "
            "1,220 were injured in September alone. The UN report underlines that Russian attacks using missiles and "
            "aerial glide bombs across the country, particularly against the cities of Kharkiv and Zaporizhzhia, "
            "contributed to the high numbers of casualties.\n\nKherson was shelled.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2024, 11, 13))}
    assert {("Kharkiv", "2024-09-01", "2024-09-30"), ("Zaporizhzhia", "2024-09-01", "2024-09-30")} <= got
    assert not any(g[0] == "Kherson" and g[1] == "2024-09-01" for g in got)


def test_the_day_a_retaking_was_reported_is_its_day(gazetteer):
    # Wikipedia, "Kyselivka" (CC BY-SA 4.0), tests/realtexts/holdout74: the counteroffensive's year holds that day
    text = ("Kyselivka is a village in Kherson Raion, Kherson Oblast.\n\nOn 10 November 2022, it was reported that "
            "Ukrainian forces had retaken the village during the 2022 Kherson counteroffensive.")
    got = [(g[0], g[2], g[3], g[4]) for g in _events(text, gazetteer, dt.date(2022, 11, 11))]
    assert got == [("Kyselivka", "2022-11-10", "2022-11-10", "day")]


def test_each_day_of_an_opening_week_is_its_own_event(gazetteer):
    # Wikipedia, "Enerhodar" (CC BY-SA 4.0): an ongoing state told on a day is that day, not the day before
    text = ("On 1 March, Ukrainian officials stated that Russian forces had surrounded the city, with a Russian convoy "
            "heading into Enerhodar around 2:00 pm.\n\nIn the morning of 2 March, the mayor stated that Russian troops "
            "were again approaching the city.")
    got = _events(text, gazetteer, dt.date(2022, 3, 7))
    assert ("Enerhodar", "Battles", "2022-03-01", "2022-03-01", "day") in got
    assert ("Enerhodar", "Battles", "2022-03-02", "2022-03-02", "day") in got
    assert all((e[2], e[3]) != ("2022-03-01", "2022-03-02") for e in got)


def test_a_facility_placed_in_a_town_is_that_town_and_its_days_stay_apart(gazetteer):
    # Wikipedia, "Battle of Antonov Airport" (CC BY-SA 4.0)
    text = ("The battle was a military engagement which occurred at the Antonov Airport in Hostomel. On 24 February "
            "2022, a few hours after Vladimir Putin announced the beginning of a special military operation, Russian "
            "troops made an air assault on Antonov Airport. The airport held strategic value as it was located less "
            "than 10 km outside of the capital Kyiv. The attack resumed on the next day with another air assault.")
    got = _events(text, gazetteer, dt.date(2022, 2, 28))
    # the airport is a landmark with its own point (landmarks.csv), 3 km from Hostomel
    assert ("Antonov Airport", "Battles", "2022-02-24", "2022-02-24", "day") in got
    assert ("Antonov Airport", "Battles", "2022-02-25", "2022-02-25", "day") in got
    assert all(e[0] != "Kyiv" for e in got)


def test_a_plan_is_no_event(gazetteer):
    text = "Their plan was to rapidly take Chernihiv to facilitate an advance on Kyiv, according to officials."
    assert _events(text, gazetteer, dt.date(2022, 3, 1)) == []
    assert _events("Russian troops advanced on Chernihiv on Monday.", gazetteer, dt.date(2022, 3, 1))



def test_a_crash_in_a_district_is_an_event_there_and_the_region_only_locates_it(gazetteer):
    # Wikipedia, "2024 Korochansky Ilyushin Il-76 crash" (CC BY-SA 4.0)
    text = ("On 24 January 2024, at around 11:15 MSK, a Russian Air Force Ilyushin Il-76 military transport plane "
            "crashed near the Ukrainian border in Russia's Korochansky district in Belgorod Oblast, killing everyone "
            "on board.")
    ev = extract_text(text, dt.date(2024, 1, 27), gazetteer=gazetteer).events
    assert list(ev["place_id"]) == ["district:gn:544707"]
    assert ev.iloc[0]["date"] == "2024-01-24" and ev.iloc[0]["location_precision"] == "region"
    assert ev.iloc[0]["uncertainty_km"] == 25.0


def test_regions_listed_as_targets_are_not_the_locators_of_a_place_between(gazetteer):
    # the Navy spokesman via UNN, 17 August 2024 (official text), tests/realtexts/holdout235: the spit is where the
    # guns are; the regions of the list are where the shells fall (not only the region the spit lies in)
    text = ("The situation on the Kinburn Spit remains tense, as Russians continue to use it for artillery shelling of "
            "the southern regions of Mykolaiv and Kherson.")
    assert {"Mykolaiv Oblast", "Kherson Oblast"} <= {p for p, *_ in _events(text, gazetteer, dt.date(2024, 8, 17))}


def test_the_presidents_lists_of_cities_and_regions_hit(gazetteer):
    # the President's address of 29 December 2023 (official text), tests/realtexts/holdout238: "Cities of ..." heads
    # the list, Smila is the city of Cherkasy Oblast (not a hamlet by the Zhytomyr region the list ends with), and
    # "the Kharkiv, Sumy, Khmelnytsky regions" is no region of Smila's
    text = ("Cities of Kyiv, Kharkiv, Dnipro, Odesa, Lviv, Zaporizhzhia, Smila, the Kharkiv, Sumy, Khmelnytsky regions, "
            "and our Zhytomyr region have been affected\u2026")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2023, 12, 29))}
    assert {"Kyiv", "Kharkiv", "Dnipro", "Odesa", "Lviv", "Zaporizhzhia", "Smila", "Sumy Oblast", "Khmelnytskyi Oblast",
            "Zhytomyr Oblast"} <= got
    places = extract_text(text, dt.date(2023, 12, 29), gazetteer=gazetteer).places
    assert places.loc[places["name"] == "Smila", "admin1"].tolist() == ["Cherkasy Oblast"]
    # the address of 10 September 2023: "holding our ground" is fighting there
    text = "Kupyansk and Lyman directions, Avdiivka and Maryinka - we are holding our ground there."
    assert {"Avdiivka", "Marinka"} <= {p for p, *_ in _events(text, gazetteer, dt.date(2023, 9, 10))}
    # the address of 22 March 2024 via Censor.NET: power restored where the strikes of last night hit
    text = ("Much has already been done to restore electricity, water and heat supply in Kharkiv, Dnipro, "
            "Ivano-Frankivsk, Khmelnytskyi, Vinnytsia and Poltava regions.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2024, 3, 22))}
    assert {"Kharkiv Oblast", "Dnipropetrovsk Oblast", "Ivano-Frankivsk Oblast", "Poltava Oblast"} <= got


def test_throughout_the_day_after_a_day_told_is_that_day(gazetteer):
    # the Sumy administration via Ukrinform, 29 November 2023 (official text), tests/realtexts/holdout239
    text = ("Some 106 explosions were recorded in Ukraine's northeastern Sumy region due to Russian shelling on Tuesday, "
            "November 28.\n\"Throughout the day, the Russians carried out 22 shelling attacks on the border areas and "
            "settlements of the Sumy region. Some 106 explosions were recorded,\" the post said.\nThe enemy hit the "
            "Krasnopillia community with mortars (19 explosions) and artillery (2 explosions).")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2023, 11, 29))}
    assert ("Krasnopillya", "2023-11-28", "2023-11-28") in got


def test_during_the_day_with_no_day_told_is_the_report_day(gazetteer):
    # the Dnipropetrovsk regional head via Ukrinform (MENAFN copy), 11 August 2025 (official text),
    # tests/realtexts/holdout245: an evening summary's "during the day" is its own day, and so are the lines after it
    text = ("\"Dnipropetrovsk region experienced dozens of attacks during the day. The Nikopol district was hit the "
            "hardest. The enemy struck it with FPV drones and artillery. Nikopol itself, as well as the communities of "
            "Marhanets, Myrivka, and Chervonohryhorivka, were affected. Six people were injured.\"")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2025, 8, 11))}
    assert {("Nikopol", "2025-08-11", "2025-08-11"), ("Marhanets", "2025-08-11", "2025-08-11")} <= got
    # the border guards via UNN, 31 August 2024 (holdout121): after "yesterday" it is that day
    text = ("The enemy shelled 8 villages in Chernihiv region yesterday, resulting in 50 explosions.\nDuring the day, "
            "the Russian army attacked eight villages in Chernihiv region using various types of weapons. The "
            "Novhorod-Siverska, Semenivska and Horodnyanska communities came under fire.")
    got = {(d, e) for _p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 8, 31))}
    assert got == {("2024-08-30", "2024-08-30")}


def test_this_day_and_this_night_of_an_address(gazetteer):
    # the President's addresses via Censor.NET (official texts), tests/realtexts/holdout240: "this day" is the day
    # of the address and dates the lines after it; "this night" is the night before it; "on this day" of a story
    # told is that story's day
    text = ("\"Only in the first half of this day, and only in Kyiv, there were four air strikes. The Russian army "
            "launched missile strikes on Kyiv region, Kropyvnytsky, hit Mykolaiv.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 7, 28))}
    assert {("Kropyvnytskyi", "2022-07-28", "2022-07-28"), ("Mykolaiv", "2022-07-28", "2022-07-28")} <= got
    text = "This day, as well as every single day, the occupants again shelled Kherson and the communities of the region."
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 11, 28))}
    assert ("Kherson", "2022-11-28", "2022-11-28") in got
    text = ("\"The strikes this night continued a series of Russian missile strikes in Zaporizhzhya, which this week "
            "alone, since October 3, have already killed at least 43 people.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 10, 9))}
    assert got == {("Zaporizhzhia", "2022-10-08", "2022-10-09")}
    # the UK statement to the OSCE of 13 October 2022 (holdout37)
    text = ("On Monday morning, Oksana woke up, got her five year old son ready for school, then drove to her job at "
            "one of Kyiv's children's hospitals. She took the same short route as every week - but on this day, she "
            "unknowingly drove straight into the worst missile attack on her country in months.")
    assert {d for _p, _t, d, _e, _pr in _events(text, gazetteer, dt.date(2022, 10, 13))} == {"2022-10-10"}


def test_hits_reported_and_the_district_center(gazetteer):
    # the Dnipropetrovsk head via Ukrinform (MENAFN copies), 26 October and 6 December 2025 (official texts),
    # tests/realtexts/holdout245: "hits" are strikes; "the district center" is the centre of the district named
    # before it, in the sentence before or in its own
    text = ("\"The enemy struck settlements in the Nikopol area with FPV drones and heavy artillery. Hits were reported "
            "in the district center, as well as in the Marhanets, Pokrovske, and Myrove communities,\" he wrote.")
    assert {"Marhanets", "Pokrovske", "Myrove"} <= {p for p, *_ in _events(text, gazetteer, dt.date(2025, 12, 6))}
    text = ("In Nikopol district, Russians fired heavy artillery and attacked populated areas with FPV drones. Strikes "
            "hit the district center as well as Myrove, Marhanets, and Pokrovske communities.\nAccording to him, in "
            "Kryvyi Rih district, Russian forces targeted the district center and Hrushiv community.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2025, 10, 26))}
    # (the Hrushivka hromada of the Kryvyi Rih district, not the village of Hrusheve by Nikopol)
    assert {"Nikopol", "Myrove", "Marhanets", "Kryvyi Rih", "Hrushivka"} <= got
    assert "Hrusheve" not in got


def test_a_quote_said_on_a_day_told_after_it_and_towns_held(gazetteer):
    # the President's address of Thursday 9 June 2022 via Interfax-Ukraine, 10 June (official text),
    # tests/realtexts/holdout240: the quote's sentences are of the day its closing attribution gives; towns "holding
    # on" and the defense held are fighting there, on that day (not the day before: it goes on as it is said)
    text = ("President of Ukraine Volodymyr Zelensky notes a certain positive at the front.\n\n\"The frontline "
            "situation has not changed much. Severodonetsk, Lysychansk, and other cities of Donbas, which the occupiers "
            "now consider key targets, are holding on. We are holding the defense in Mykolaiv direction,\" he said on "
            "Thursday evening in a traditional video message.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 6, 10))}
    assert got == {(p, "2022-06-09", "2022-06-09") for p in ("Sievierodonetsk", "Lysychansk", "Mykolaiv")}
    # the address of 19 December 2022 via Censor.NET: the places of the directions held
    text = ("I am grateful to all our soldiers who heroically hold the Bakhmut direction, Soledar, Avdiivka, Maryinka, "
            "Kreminna direction and the whole Donbas.")
    assert {"Soledar", "Avdiivka", "Marinka"} <= {p for p, *_ in _events(text, gazetteer, dt.date(2022, 12, 20))}


def test_the_orlov_region_is_oryol_oblast(gazetteer):
    # Voice of America, 21 September 2023 (public domain), tests/realtexts/holdout244: the adjective of Oryol (Orel)
    text = ("The Russian defense ministry said it also downed three Ukrainian drones over the Kursk, Belgorod and "
            "Orlov regions of Russia.")
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2023, 9, 21))} == {
        "Kursk Oblast", "Belgorod Oblast", "Oryol Oblast"}


def test_a_weekly_dispatch_and_a_headline_looking_ahead(gazetteer):
    # UK Defence Intelligence as rendered by Espreso, 2 November 2024 (OGL v3.0), tests/realtexts/holdout250: a
    # dispatch telling "the past week" is no chronicle going on from "early October 2024", the last date it told
    text = ("According to the report, Russian forces have seized control of several small settlements and pushed 9 "
            "kilometers deeper into parts of Donetsk region over the past week. Analysts attribute these gains to the "
            "capture of Vuhledar in early October 2024.\n\nIn the southern Donetsk region, Russian troops have taken "
            "Hirnyk and claim to have also captured Kurakhivka.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 11, 2))}
    assert {p for p, d, _e in got if d >= "2024-10-26"} >= {"Hirnyk", "Kurakhivka"}
    # as rendered by Ukrainska Pravda, 30 July 2024: "in coming weeks" in the headline heads nothing that happened
    text = ("Russia to continue its tactical advance in coming weeks - UK intelligence\n\nDetails: In July 2024, the UK "
            "Ministry of Defence noted that Russian ground forces had continued to launch continuous attacks in the "
            "central part of Donetsk Oblast. They made steady progress to the west, taking control of several villages "
            "and approaching the logistics hub of Pokrovsk.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 7, 30))}
    assert ("Pokrovsk", "2024-07-01", "2024-07-31") in got


def test_front_directions_and_situations_of_the_presidents_addresses(gazetteer):
    # the President via Ukrinform (MENAFN copy), 1 June 2025 (official text), tests/realtexts/holdout251: the Lyman
    # sector is the city of Lyman, not a village of that name by Pokrovsk
    text = "According to him, the heaviest fighting is currently taking place in the Pokrovsk, Lyman, and Kupiansk sectors."
    ev = extract_text(text, dt.date(2025, 6, 1), gazetteer=gazetteer).events
    got = dict(zip(ev["place"], ev.geometry.y))
    assert set(got) == {"Pokrovsk", "Lyman", "Kupiansk"} and abs(got["Lyman"] - 48.99) < 0.05
    # via UNN, 29 October 2025: where "the situation remains difficult" there is fighting (but a situation "difficult
    # to independently verify" is none)
    text = ("The situation in Kupyansk remains difficult, but these days our forces have more control. According to "
            "him, the situation remains especially difficult in the border areas of Sumy and Kharkiv regions.")
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2025, 10, 29))} == {
        "Kupiansk", "Sumy Oblast", "Kharkiv Oblast"}
    text = "The situation in Kupiansk is difficult to independently verify."
    assert _events(text, gazetteer, dt.date(2025, 10, 29)) == []


def test_an_evening_summary_is_of_its_day(gazetteer):
    # the General Staff's report as of 6 pm, 6 May 2022, summarised by Babel (official text), tests/realtexts/holdout246
    text = ("Evening summary of the General Staff: Armed forces liberate five settlements in Kharkiv Oblast\n\n"
            "Operational information from the General Staff as of 6 pm:\n\n  \u2022 the enemy was advancing in the "
            "direction of the settlement of Nova Dmytrivka but had no success;\n  \u2022 in the Lyman direction, the enemy "
            "tried to storm Shandrigolov. He tried to establish control over Rubizhne and Voivodivka in the "
            "Severodonetsk direction but was unsuccessful.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 5, 6))}
    assert {("Shandryholove", "2022-05-06", "2022-05-06"), ("Nova Dmytrivka", "2022-05-06", "2022-05-06")} <= got


def test_a_yearless_day_after_an_older_year_told_in_its_paragraph(gazetteer):
    # the Wikipedia article "Vysokopillia" (CC BY-SA 4.0), tests/realtexts/holdout257: the article tells a day of
    # January 2024 too, so it reads as no chronicle, but this paragraph goes on from March 2022
    text = ("In March 2022, the area was occupied by Russia. The Armed Forces of Ukraine recaptured Vysokopillia on 4 "
            "September and hoisted the Ukrainian flag near Vysokopillia's hospital.\n\nUntil 26 January 2024, "
            "Vysokopillia was designated urban-type settlement.")
    assert {(d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 1, 26))} == {("2022-09-04", "2022-09-04")}


def test_a_morning_title_and_more_regions_after_a_list(gazetteer):
    # the President via Ukrainska Pravda, 8 July 2024 (official text), tests/realtexts/holdout252: a long title on a
    # morning strike dates the lines under it to its day
    text = ("Zelenskyy on morning strike on Ukraine: Russia launched over 40 missiles of various types \u2013 photos\n\n"
            "Quote: \"Russian terrorists have once again launched a massive missile attack on Ukraine. Various cities, "
            "including Kyiv, Dnipro, Kryvyi Rih, Sloviansk and Kramatorsk, were targeted.\"")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 7, 8))}
    assert {("Dnipro", "2024-07-08", "2024-07-08"), ("Sloviansk", "2024-07-08", "2024-07-08")} <= got
    # the address of 26 August 2024 via Ukrinform: a verbless line of more regions goes on from the one before
    text = ("Today, they targeted objects in the Volyn, Lviv, and Ivano-Frankivsk regions. The Vinnytsia and "
            "Khmelnytskyi regions, and our Ternopil region.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2024, 8, 26))}
    assert {"Volyn Oblast", "Vinnytsia Oblast", "Khmelnytskyi Oblast", "Ternopil Oblast"} <= got


def test_we_are_talking_about_names_the_places_of_the_event_before(gazetteer):
    # Operational Command South's spokeswoman via Babel, 12 September 2022 (official text), tests/realtexts/holdout263;
    # "Natalya Humenyuk" is a woman, not the village of Nataliia
    text = ("The Armed Forces of Ukraine confirmed that five settlements in the Kherson region were liberated over the "
            "past two weeks. We are talking about Visokopillia, Novovoznesensk, Biloghirka, Sukhy Stavok and "
            "Myrolyubivka.\nNatalya Humenyuk, spokeswoman for OC \"Pivden\", told about this at the briefing.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 9, 12))}
    assert {("Vysokopillya", "2022-08-29", "2022-09-12"), ("Myroliubivka", "2022-08-29", "2022-09-12")} <= got
    assert "Nataliia" not in {p for p, *_ in got}


def test_shellings_and_the_beginning_of_a_day(gazetteer):
    # the Sumy head via Ukrainska Pravda and Rubryka, 25 February and 23 March 2022 (official texts),
    # tests/realtexts/holdout262: "since the beginning of February 25th" is that day, not the month; "shellings" are
    text = "Details: He added that this was the third shelling of Okhtyrka since the beginning of February 25th."
    assert _events(text, gazetteer, dt.date(2022, 2, 25)) == [
        ("Okhtyrka", "Explosions/Remote violence", "2022-02-25", "2022-02-25", "day")]
    text = "\"Today there were shellings in the Konotop district, but I can't say which communities.\""
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2022, 3, 23))} == {"Konotop District (Konotop)"}


def test_a_list_of_hromadas_by_their_adjectives_russian_shaped_too(gazetteer):
    # the Sumy head via Censor.NET, 13 August 2022 (official text), tests/realtexts/holdout269: each item after
    # "communities of the region -" is a hromada; "Shalyginska" is Shalyhyne's, "Khotynska" the Sumy Khotin's (not
    # Khotyn in Chernivtsi Oblast), "Burynska" Buryn's (not Bryansk)
    text = ("\"Today during the day the Russians made 15 attacks on 8 border communities of the region - Shalyginska, "
            "Khotynska, Bilopilska, Znob-Novgorodska, Esmanska, Novoslobidska, Burynska and Velykopisarevska.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2022, 8, 13))}
    assert {"Shalyginska community (Shalyhyne)", "Khotynska community (Khotin)", "Esmanska community (Esman)",
            "Burynska community (Buryn)", "Velykopisarevska community (Velyka Pysarivka)"} <= got
    assert "Bryansk" not in got


def test_the_most_severe_areas_of_the_front(gazetteer):
    # the President's address via Ukrinform, 3 December 2023 (official text), tests/realtexts/holdout264
    text = ("Today, the Russian occupiers struck at Kherson once again. Intense battles are ongoing in dozens of areas "
            "along the entire frontline. The most severe are the Maryinka, Avdiivka and Bakhmut areas.")
    got = {p for p, t, *_ in _events(text, gazetteer, dt.date(2023, 12, 3)) if t == "Battles"}
    assert {"Marinka", "Avdiivka", "Bakhmut"} <= got
    # the Interior Minister via UNN, 6 December 2025 (holdout225): fires are no front
    text = "The most challenging areas are large warehouse fires in Lutsk, Dnipro, and Bila Tserkva."
    assert not [p for p, t, *_ in _events(text, gazetteer, dt.date(2025, 12, 6)) if t == "Battles"]


def test_a_list_of_districts_and_after_midnight_in_a_night_report(gazetteer):
    # the Dnipropetrovsk head via Babel, 25 August 2022 (official text), tests/realtexts/holdout267: the items after
    # "districts of the Dnipropetrovsk region -" are districts (not a Kryvorizke village, not Kyiv's Dniprovskyi);
    # "After midnight" after "At night" is the report's own day, and so is the paragraph it opens
    text = ("At night, the Russian army shelled four districts of the Dnipropetrovsk region \u2014 Synelnykivskyi, "
            "Nikopolskyi, Kryvorizkyi, and Dniprovskyi.\nThis was reported by the head of the oblast administration "
            "Valentyn Reznichenko.\nAfter midnight, the enemy struck the Synelnykivskyi district for the fourth time "
            "in a day. Several buildings were destroyed in Velykomykhailivka.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 8, 25))}
    assert ("Nikopolskyi District (Nikopol)", "2022-08-24", "2022-08-25") in got
    assert ("Velykomykhailivka", "2022-08-25", "2022-08-25") in got
    assert not {p for p, *_ in got} & {"Kryvorizke", "Dniprovskyi"}


def test_falling_debris_is_a_strike(gazetteer):
    # the Interior Ministry and the Kyiv regional head via Obozrevatel, 2 January 2024 (official text),
    # tests/realtexts/holdout266
    text = "Thus, in the Kyiv region, debris has fallen in Boryspil, Bucha, and Fastiv districts."
    got = {(p, t) for p, t, *_ in _events(text, gazetteer, dt.date(2024, 1, 2))}
    assert {("Boryspil District (Boryspil)", "Explosions/Remote violence"),
            ("Fastiv District (Fastiv)", "Explosions/Remote violence")} <= got


def test_regions_that_have_been_de_energized_are_of_the_report_day(gazetteer):
    # the President via Ukrinform, 11 September 2022 (official text), tests/realtexts/holdout270
    text = ("As a result of Russian missile strikes, Kharkiv and Donetsk regions of Ukraine have been fully "
            "de-energized.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2022, 9, 11))}
    assert got == {("Kharkiv Oblast", "2022-09-11", "2022-09-11"), ("Donetsk Oblast", "2022-09-11", "2022-09-11")}


def test_a_hromada_adjective_cut_to_pil(gazetteer):
    # the Sumy head via Censor.NET, 17 October 2022 (official text), tests/realtexts/holdout269: "Krasnopil hromada" is
    # the Krasnopilska hromada of Sumy Oblast, not the village of Krasnopil in Zhytomyr Oblast; a bare "Krasnopil" stays
    text = "Krasnopil hromada: 2 mortar attacks on settlements. Bilopil community: 5 explosions."
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2022, 10, 17))} == {
        "Krasnopilska community (Krasnopillya)", "Bilopilska community (Bilopillia)"}
    assert {p for p, *_ in _events("Shelling in Ternopil and Krasnopil.", gazetteer, dt.date(2022, 10, 17))} == {
        "Ternopil", "Krasnopil"}


def test_a_battleground_and_no_date_in_a_long_number(gazetteer):
    # the Wikipedia article "Kostiantynivka" (CC BY-SA 4.0), tests/realtexts/holdout243: "the city became an active
    # battleground" is fighting there; "150,000-100,000 years ago" is no date of this year
    text = ("Kostiantynivka is an industrial city in Donetsk Oblast, eastern Ukraine. In late 2025, the city became an "
            "active battleground between Russian and Ukrainian military forces.")
    got = {(p, d[:4]) for p, _t, d, _e, _pr in _events(text, gazetteer, dt.date(2026, 4, 1))}
    assert ("Kostiantynivka", "2025") in got
    from geodata.timeline import find_dates

    assert find_dates("settled during the Early Paleolithic, 150,000-100,000 years ago.",
                      dt.date(2026, 4, 1)) == []


def test_blackouts_and_regions_joined_by_ampersands(gazetteer):
    # the President's tweet via Ukrinform, 11 September 2022 (official text), tests/realtexts/holdout270
    text = ("\u201cA total blackout in the Kharkiv & Donetsk regions, a partial one in the Zaporizhzhia, Dnipropetrovsk & "
            "Sumy regions,\u201d Zelensky tweeted.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2022, 9, 11))}
    assert got == {"Kharkiv Oblast", "Donetsk Oblast", "Zaporizhzhia Oblast", "Dnipropetrovsk Oblast", "Sumy Oblast"}


def test_hromadas_named_for_centres_of_other_forms_and_a_village_named_as_a_man(gazetteer):
    # the Kirovohrad regional head via UNN, 14 October 2025 (official text), tests/realtexts/holdout229: the Dolynska
    # hromada's centre is the town of Dolynska, the Novoprazka's Nova Praha; the regional emergency service is a body
    text = ("The State Emergency Service clarified that \"critical infrastructure facilities in the Dolynska and "
            "Novoprazka communities were damaged,\" and \"fires broke out in several locations.\" 34 rescuers and 7 "
            "units of equipment from the Kirovohrad State Emergency Service were involved in eliminating the "
            "consequences of the shelling.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2025, 10, 14))}
    assert got == {"Dolynska community (Dolynska)", "Novoprazka community (Nova Praha)"}
    # the Kherson regional head via UNN, 17 May 2024, holdout228: explosives dropped "on Stanislav", a village
    text = "In the evening, the occupiers dropped explosives from a drone on Stanislav."
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2024, 5, 17))} == {"Stanislav"}


def test_a_morning_headline_dates_the_undated_lines_under_it(gazetteer):
    # the Donetsk regional head via LB.ua, 27 June 2024 (official text), tests/realtexts/holdout233; the hromada of
    # "Yasenove of the Pokrovsk community" only locates the village
    text = ("One person killed, seven injured in morning shelling in Donetsk Region\n\n"
            "Toretsk came under fire again, with one person reported dead.\n\n"
            "In addition, Yasenove of the Pokrovsk community came under fire, with one person wounded and a business "
            "damaged.")
    got = {(p, d, e) for p, _t, d, e, _pr in _events(text, gazetteer, dt.date(2024, 6, 27))}
    assert {("Toretsk", "2024-06-27", "2024-06-27"), ("Yasenove", "2024-06-27", "2024-06-27")} <= got
    assert "Pokrovsk" not in {p for p, *_ in got}
    # what troops "were moving" on the day said is of that day (VOA, 14 August 2024, public domain, holdout36)
    text = ("Ukrainian President Volodymyr Zelenskyy said Wednesday his country\u2019s troops were \"moving further\" "
            "into Russia\u2019s Kursk region and claimed that hundreds of Russian soldiers had been captured or "
            "surrendered.")
    assert ("Kursk Oblast", "Battles", "2024-08-14", "2024-08-14", "day") in _events(text, gazetteer,
                                                                                   dt.date(2024, 8, 14))


def test_a_village_of_a_municipal_district_and_the_district_told_again(gazetteer):
    # Wikipedia, "Poroz" and "Grayvoronsky District" (CC BY-SA 4.0), tests/realtexts/holdout231: a village the
    # gazetteer lacks lies in its "Municipal District"; "the Kursk Oblast incursion" is an operation's name
    text = ("Poroz (Russian: \u041f\u043e\u0440\u043e\u0437) is a village in Grayvoronsky Municipal District, Belgorod "
            "Oblast, Russia, about 2.8 kilometres (1.7 mi) northeast of the Russia\u2013Ukraine border.\n\n"
            "On the morning of 10 August 2024, a video began to circulate on the Internet showing that Armed Forces of "
            "Ukraine had likely entered Poroz during the August 2024 Kursk Oblast incursion.")
    got = _events(text, gazetteer, dt.date(2024, 8, 11))
    assert [(p, d) for p, _t, d, *_ in got] == [("Poroz (Grayvoronsky District (Grayvoron))", "2024-08-10")]
    text = ("Grayvoronsky District (Russian: \u0413\u0440\u0430\u0439\u0432\u043e\u0440\u043e\u043d\u0441\u043a\u0438\u0439 "
            "\u0440\u0430\u0439\u043e\u043d) is an administrative district (raion), one of the twenty-one in Belgorod Oblast, "
            "Russia.\n\nIn May 2023, during the Russian invasion of Ukraine, the governor of Belgorod Oblast, Vyacheslav "
            "Gladkov, said that Ukrainian \"sabotage groups\" entered the district from Ukraine.")
    got = _events(text, gazetteer, dt.date(2024, 5, 1))
    assert ("Grayvoronsky District (Grayvoron)", "2023-05-01", "2023-05-31") in [(p, d, e) for p, _t, d, e, _pr in got]


def test_a_barrage_is_a_strike(gazetteer):
    # the State Department's press briefing, 24 July 2023 (US Government work), tests/realtexts/holdout223
    text = ("Following its callous suspension of the Black Sea Grain Initiative, Russia is now subjecting the citizens "
            "of Odesa to their most intense series of barrages since the start of this war.")
    assert _events(text, gazetteer, dt.date(2023, 7, 24)) == [
        ("Odesa", "Explosions/Remote violence", "2023-07-24", "2023-07-24", "day")]


def test_a_sector_in_its_region_is_where_it_happened(gazetteer):
    # UK Defence Intelligence, 28 December 2022 (OGL v3.0), tests/realtexts/holdout227
    text = ("\u201cIn recent days, Russia has likely reinforced the Kremina sector of its frontline in Luhansk Oblast, as "
            "it comes under continued pressure from Ukrainian operations.\u201d")
    got = _events(text, gazetteer, dt.date(2022, 12, 28))
    assert [(p, d, e) for p, _t, d, e, _pr in got] == [("Kreminna", "2022-12-21", "2022-12-28")]


def test_districts_and_hromadas_cut_short_in_translation(gazetteer):
    # the Mykolaiv regional head via Censor.NET, 7 August 2024 (official text), tests/realtexts/holdout226
    text = ("On the night of August 7, 2024, fourteen \"Shahed 131/136\" type unmanned aerial vehicles were destroyed by "
            "air defense forces and means in the Mykolaiv region.\n\n"
            "This was announced by the head of the Mykolayiv RMA Vitali Kim on Telegram, Censor.NET informs.\n\n"
            "As noted, as a result of combat operations and falling debris, two dry grass fires broke out in open areas "
            "in the Mykolaiv and Bashtan districts, which were quickly extinguished by firefighters.\n\n"
            "On the morning of August 7, at 07:15, the enemy directed an FPV drone towards the town of Ochakiv, "
            "Ochakivsk community. As a result, a dry grass fire broke out in the open area.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2024, 8, 7))}
    # the districts, the town (its hromada only locates it), and no village Kim
    assert got == {"Mykolaiv Oblast", "Mykolaiv District (Mykolaiv)", "Bashtanskyi District (Bashtanka)", "Ochakiv"}


def test_the_city_and_its_region_in_a_list_of_regions_and_fires_put_out_are_events(gazetteer):
    # the Interior Minister via UNN, 8 November 2025, and via Interfax-Ukraine, 6 December 2025 (official texts),
    # tests/realtexts/holdout225: "Kyiv and Kyiv regions" is the city, then its region
    text = ("Dnipropetrovsk, Kyiv and Kyiv regions, Kirovohrad, Mykolaiv, Poltava, Sumy, Kharkiv, Chernihiv regions were "
            "affected.")
    got = {p for p, *_ in _events(text, gazetteer, dt.date(2025, 11, 8))}
    assert {"Dnipropetrovsk Oblast", "Kyiv", "Kyiv Oblast", "Kirovohrad Oblast", "Chernihiv Oblast"} <= got
    text = ("In Lutsk, Dnipro, and Bila Tserkva in Kyiv region, rescuers are currently extinguishing thousands of square "
            "meters of warehouse space containing food and medicine.")
    assert {"Lutsk", "Dnipro", "Bila Tserkva"} <= {p for p, *_ in _events(text, gazetteer, dt.date(2025, 12, 6))}


def test_a_placeless_day_told_between_dates_what_goes_on_about_the_same_places(gazetteer):
    # the Zaporizhzhia regional head via UNN, 24 May 2024 (official text), tests/realtexts/holdout221; the
    # "Pologivsky district" (Polohivskyi, spelt half in Russian) is the Polohy district
    text = ("\"We have seen that in recent weeks the enemy has been conducting at least 400-450 attacks on the "
            "territory of Zaporizhzhia region per day. Yesterday was no exception. They struck almost 400 times, "
            "destroyed dozens of civilian houses, 22 to be exact, and killed one of our people. A civilian who was "
            "working in his garden in Pologivsky district, and the enemy hit a civilian house with its artillery "
            "directly, where a 74-year-old man was,\" said Fedorov.")
    got = _events(text, gazetteer, dt.date(2024, 5, 24))
    assert ("Zaporizhzhia Oblast", "Explosions/Remote violence", "2024-05-23", "2024-05-23", "day") in got
    assert ("Pologivsky District (Polohy)", "Explosions/Remote violence", "2024-05-23", "2024-05-23", "day") in got


def test_the_predicate_after_coordinated_subjects_is_each_ones(gazetteer):
    # the Kharkiv regional head via Ukrinform, 19 July 2025 (official text), tests/realtexts/holdout219
    text = ("In Lozova district, a railway track, locomotive, station building in the village of Enerhetykiv, and a "
            "utility structure in Vyshneve were damaged.")
    got = {p for p, t, *_ in _events(text, gazetteer, dt.date(2025, 7, 19)) if t == "Explosions/Remote violence"}
    assert "Enerhetykiv" in got


def test_each_verbless_item_of_a_list_takes_the_cue_of_the_line_heading_it(gazetteer):
    # the Kharkiv regional head via Censor.NET, 29 October 2025 (official text), tests/realtexts/holdout219
    text = ("Civilian infrastructure facilities were damaged and destroyed as a result of the attacks:\n\n"
            "in Kupiansk district - a private house (Voloska Balakliia village);\n\n"
            "in Izium district - a building of an educational institution, a shopping centre, an office, 2 apartment "
            "buildings and a private house (Izium);\n\n"
            "in Chuhuiv district - the infrastructure of a civilian enterprise was damaged (Chuhuiv).")
    got = {p for p, t, *_ in _events(text, gazetteer, dt.date(2025, 10, 29)) if t == "Explosions/Remote violence"}
    assert {"Voloska Balakliya", "Izium", "Chuhuyiv"} <= got
    # a list of drones under its own heading names no place and tells nothing
    text = "The enemy actively used various types of drones in the Kharkiv region:\n\n17 \"Geran-2\" drones;\n\n1 FPV drone;"
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2025, 10, 29))} <= {"Kharkiv Oblast"}


def test_a_region_an_offensive_began_in_stays_beside_the_towns_it_headed_for(gazetteer):
    # Wikipedia, "Northern Kharkiv front of the Russo-Ukrainian War" (CC BY-SA 4.0), tests/realtexts/holdout218
    text = ("On 10 May 2024, the Russian Armed Forces began an offensive operation in Ukraine's Kharkiv Oblast, "
            "shelling and attempting to breach the defenses of the Ukrainian Armed Forces in the direction of "
            "Vovchansk and Kharkiv.")
    assert ("Kharkiv Oblast", "Battles", "2024-05-10", "2024-05-10", "day") in _events(text, gazetteer,
                                                                                     dt.date(2025, 3, 3))
    # the region told after the town only locates it (the Border Guard spokesman, 2 May 2025, holdout183)
    text = ("The Russian army continues to storm the positions of the Defense Forces in the direction of Vovchansk, "
            "Kharkiv region.")
    assert {p for p, *_ in _events(text, gazetteer, dt.date(2025, 5, 2))} == {"Vovchansk"}


def test_a_target_intended_is_no_event(gazetteer):
    # Wikipedia, "2024 Korochansky Ilyushin Il-76 crash" (CC BY-SA 4.0)
    text = ("The General Staff did not directly take responsibility for shooting down the airplane, but stated that it "
            "was carrying S-300 anti-aircraft missiles for bombing Kharkiv Oblast.")
    assert _events(text, gazetteer, dt.date(2024, 1, 27)) == []


def test_a_landmark_is_the_place_of_its_attack(gazetteer):
    # Wikipedia, "2023 Crimean Bridge explosion" (CC BY-SA 4.0)
    text = ("2023 Crimean Bridge explosion was an event during the Russo-Ukrainian war, on 17 July 2023, when the "
            "Ukrainian Navy attacked the Crimean Bridge, with two suicide sea drones, damaging a span of the road bridge.")
    got = _events(text, gazetteer, dt.date(2023, 7, 20))
    assert ("Crimean Bridge", "Explosions/Remote violence", "2023-07-17", "2023-07-17", "day") in got



def test_a_struck_hospital_of_the_landmark_table_is_its_own_place(gazetteer):
    # UK statement to the OSCE, 9 July 2024 (OGL v3.0): Okhmatdyt stands 3 km from Kyiv's centre point
    text = ("On the morning of 8 July, Russia launched yet another prolonged, deadly missile attack on Ukraine. In Kyiv, "
            "the Okhmatdyt children\u2019s hospital \u2013 which is the biggest children\u2019s medical facility in "
            "Ukraine \u2013 was hit.")
    got = _events(text, gazetteer, dt.date(2024, 7, 9))
    assert ("Okhmatdyt Children's Hospital", "Explosions/Remote violence", "2024-07-08", "2024-07-08", "day") in got

# --------------------------------------------------------------------------- dates of reported events

def test_a_country_that_only_speaks_does_not_stop_the_place_carried_over(gazetteer):
    # "Russia said ..." names who speaks, not where: the claim is about the town of the sentence before
    for speaker in ("Russia said", "Russia's defence ministry said", "according to Russia,"):
        text = (f"Ukrainian troops held Avdiivka for months. On 17 February 2024, {speaker} its forces had taken "
                "full control of the town.")
        assert _events(text, gazetteer, dt.date(2024, 2, 20)) == [
            ("Avdiivka", "Battles", "2024-02-17", "2024-02-17", "day")], speaker
    # a country where something happens still stops it: the drones were launched at all of Ukraine
    got = _events("Russian drones hit Odesa on Sunday. Russia launched 40 drones at Ukraine overnight.", gazetteer)
    assert got == [("Odesa", "Explosions/Remote violence", "2023-07-09", "2023-07-09", "day")]


def test_a_claim_keeps_its_calendar_day_but_a_weekday_claim_may_be_of_the_day_before(gazetteer):
    got = _events("On 11 November 2022, the Ukrainian military said its troops had entered Kherson.", gazetteer,
                  dt.date(2022, 11, 14))
    assert got == [("Kherson", "Battles", "2022-11-11", "2022-11-11", "day")]
    got = _events("On 1 April, the Ukrainian military confirmed that Izium was under Russian control.", gazetteer,
                  dt.date(2022, 4, 5))
    assert got == [("Izium", "Battles", "2022-04-01", "2022-04-01", "day")]
    # "On Sunday, the governor said ...": the shelling was that day or the night before
    got = _events("On Sunday, the governor said Russian artillery had shelled Nikopol.", gazetteer)
    assert got == [("Nikopol", "Explosions/Remote violence", "2023-07-08", "2023-07-09", "day")]


def test_background_date_of_a_relative_or_participle_clause_leaves_the_event_its_own(gazetteer):
    for text in ("Kherson, which Ukraine liberated in November 2022, was shelled on Sunday.",
                 "Kherson, liberated by Ukrainian forces in November 2022, was shelled again on Sunday.",
                 "Russian forces shelled Kherson on Sunday, eight months after Ukraine recaptured the city in "
                 "November 2022."):
        got = _events(text, gazetteer)
        assert ("Kherson", "Explosions/Remote violence", "2023-07-09", "2023-07-09", "day") in got, text
        assert not any(g[1] == "Explosions/Remote violence" and g[2] < "2023-07-01" for g in got), text


def test_a_date_in_a_days_after_clause_is_not_the_main_events_date(gazetteer):
    got = _events("Russia said its troops had captured Klishchiivka, days after Ukraine said it had retaken the "
                  "village on 2 July.", gazetteer)
    assert ("Klishchiivka", "Battles", "2023-07-02", "2023-07-02", "day") in got  # the retaking
    claim = [g for g in got if g[2:4] != ("2023-07-02", "2023-07-02")]
    # the capture came after 2 July: never dated to the day of the retaking
    assert claim and all(g[3] > "2023-07-02" for g in claim)


def test_flashback_and_next_day_in_a_story(gazetteer):
    text = ("Russian troops shelled Kupiansk on 3 July. Three days earlier, Russian drones had hit the town. "
            "The next day, Ukrainian troops repelled an attack near the town.")
    got = _events(text, gazetteer, dt.date(2023, 7, 12))
    assert got == [("Kupiansk", "Battles", "2023-07-04", "2023-07-04", "day"),
                   ("Kupiansk", "Explosions/Remote violence", "2023-06-30", "2023-06-30", "day"),
                   ("Kupiansk", "Explosions/Remote violence", "2023-07-03", "2023-07-03", "day")]


@pytest.mark.parametrize(("sentence", "published", "want"), [
    ("By 20 May 2023, Wagner forces had gained control of most of Bakhmut.", dt.date(2023, 5, 25),
     ("Bakhmut", "2023-05-20", "2023-05-20", "day")),
    ("On the night of 17 to 18 September, drones attacked the port of Odesa.", dt.date(2023, 9, 20),
     ("Odesa", "2023-09-17", "2023-09-18", "day")),
    ("Heavy fighting raged near Bakhmut between 3 and 5 July.", PUB, ("Bakhmut", "2023-07-03", "2023-07-05", "day")),
    ("In mid-March, Russian troops advanced near Avdiivka.", dt.date(2024, 4, 2),
     ("Avdiivka", "2024-03-11", "2024-03-20", "week")),
    ("A missile strike hit Kramatorsk on 27/6, killing 13 people.", PUB,
     ("Kramatorsk", "2023-06-27", "2023-06-27", "day")),
    ("A missile strike on Kramatorsk (27 June 2023) killed 13 people.", PUB,
     ("Kramatorsk", "2023-06-27", "2023-06-27", "day")),
    ("Russian artillery shelled Kupiansk on 2023-07-08.", PUB, ("Kupiansk", "2023-07-08", "2023-07-08", "day")),
    ("Late last month, Russian drones hit Odesa.", PUB, ("Odesa", "2023-06-20", "2023-06-30", "week")),
    ("In the spring of 2023, Wagner fighters captured Bakhmut.", PUB, ("Bakhmut", "2023-03-01", "2023-05-31", "month")),
    ("During the night, Russian drones hit Odesa.", PUB, ("Odesa", "2023-07-09", "2023-07-10", "day")),
    ("Russian troops occupied Kherson for several weeks at the start of the war.", PUB,
     ("Kherson", "2022-02-24", "2022-04-07", "month")),
])
def test_event_takes_the_date_as_written(gazetteer, sentence, published, want):
    got = [(g[0], g[2], g[3], g[4]) for g in _events(sentence, gazetteer, published)]
    assert got == [want]


@pytest.mark.parametrize(("sentence", "want"), [
    # the date told after the reporting verb is when it happened; the one before it, when it was said
    ("On 9 July, the ministry said that a missile strike on 7 July had killed three people in Kherson.",
     ("Kherson", "2023-07-07", "2023-07-07")),
    ("On Monday, officials said a Russian strike on Saturday had killed three people in Kherson.",
     ("Kherson", "2023-07-08", "2023-07-08")),
    ("The governor said on Sunday that Russian shelling had killed two people in Nikopol on Saturday.",
     ("Nikopol", "2023-07-08", "2023-07-08")),
    ("Russian shelling killed two people in Nikopol on Saturday, the governor said on Sunday.",
     ("Nikopol", "2023-07-08", "2023-07-08")),
    # only the day it was said: the shelling was that day or the day before
    ("Russian shelling killed two people in Nikopol, the governor said on 9 July.",
     ("Nikopol", "2023-07-08", "2023-07-09")),
    # told after the verb in the simple past: the day said (VOA, 4 January 2024, tests/realtexts/holdout39)
    ("Ukraine said on Sunday its air force struck a command post near Sevastopol.",
     ("Sevastopol", "2023-07-09", "2023-07-09")),
    # a toll "reported dead" has no speaker: the day told is the strike's (EU at the OSCE, 21 May 2025, holdout143)
    ("On Saturday, nine were reported dead following a drone strike on a civilian minibus evacuating residents of "
     "Sumy.", ("Sumy", "2023-07-08", "2023-07-08")),
])
def test_said_date_and_event_date(gazetteer, sentence, want):
    assert [(g[0], g[2], g[3]) for g in _events(sentence, gazetteer)] == [want]


# --------------------------------------------------------------------------- official statements (holdout17/18 texts)

def test_a_district_named_by_its_town_and_its_centre(gazetteer):
    # the Dnipropetrovsk Regional Military Administration, 24 September 2023, as quoted by Ukrinform
    text = ("Last night, the enemy terrorized the Nikopol district according to their criminal scheme. "
            "A 25-year-old man was injured in the district center. Russian troops also opened fire on the Myrove "
            "and Pokrovske rural communities.")
    ev = extract_text(text, dt.date(2023, 9, 24), gazetteer=gazetteer).events
    rows = sorted(zip(ev["place"], ev["place_id"], ev["event_type"], ev["date"], ev["date_end"]))
    assert ("Nikopol", "gn:700051", "Explosions/Remote violence", "2023-09-23", "2023-09-24") in rows
    assert ("Nikopol District (Nikopol)", "district:gn:700051", "Explosions/Remote violence", "2023-09-23",
            "2023-09-24") in rows
    # the rural communities of the district, not their namesakes in Kharkiv or Donetsk oblasts
    near = {p: (la, lo) for p, la, lo in zip(ev["place"], ev.geometry.y, ev.geometry.x)}
    assert abs(near["Pokrovske"][0] - 47.6) < 0.3 and abs(near["Pokrovske"][1] - 34.1) < 0.5
    assert abs(near["Myrove"][0] - 47.6) < 0.3


def test_just_received_reports_are_of_the_dispatch_day(gazetteer):
    # the President of Ukraine's address of 29 April 2024 (president.gov.ua)
    text = ("I have just received reports on the situation in Odesa following a Russian missile strike and in "
            "Kharkiv following a Russian guided aerial bomb strike.")
    got = _events(text, gazetteer, dt.date(2024, 4, 29))
    assert {(g[0], g[2], g[3]) for g in got} == {("Odesa", "2024-04-29", "2024-04-29"),
                                                ("Kharkiv", "2024-04-29", "2024-04-29")}
    # without "just", told in the past, the dateline context stays two days; told in the present, the day itself
    got = _events("Russian forces shelled Odesa.", gazetteer, dt.date(2024, 4, 29))
    assert got == [("Odesa", "Explosions/Remote violence", "2024-04-28", "2024-04-29", "day")]
    got = _events("Russian forces are shelling Odesa.", gazetteer, dt.date(2024, 4, 29))
    assert got == [("Odesa", "Explosions/Remote violence", "2024-04-29", "2024-04-29", "day")]


def test_previous_attacks_are_before_the_day_told(gazetteer):
    # the State Department press briefing of 16 August 2023 (public domain)
    text = ("Today, we are learning that multiple Russian drone attacks damaged warehouses and granaries in a "
            "Ukrainian port on the Danube, near the Romanian border. This is in addition to previous Russian "
            "attacks on Ukrainian port infrastructure in Odesa, Reni, and Izmail.")
    got = _events(text, gazetteer, dt.date(2023, 8, 16))
    assert {(g[0], g[2], g[3], g[4]) for g in got} == {
        (p, "2023-07-19", "2023-08-15", "month") for p in ("Odesa", "Reni", "Izmayil")}


def test_a_verbless_line_tells_where_the_event_before_it_happened(gazetteer):
    # the President of Ukraine's address of 19 April 2024
    text = "Today is a difficult day... Missile strikes. Right in the center of the city of Dnipro, the regular buildings."
    got = _events(text, gazetteer, dt.date(2024, 4, 19))
    assert got == [("Dnipro", "Explosions/Remote violence", "2024-04-19", "2024-04-19", "day")]
    # a full sentence after it is not borrowed: it has a verb of its own
    got = _events("Missile strikes. Ramzan Kadyrov said Kyiv was weak.", gazetteer, dt.date(2024, 4, 19))
    assert got == []


def test_the_village_beside_a_landmark_or_a_region(gazetteer):
    # Wikipedia, "Kozachi Laheri" and "Sudzha" (CC BY-SA 4.0)
    text = ("Kozachi Laheri is a village on the left bank of the Dnipro River in Kherson Oblast. "
            "The village was partially flooded when the Kakhovka Dam collapsed on 6 June 2023.")
    got = _events(text, gazetteer, dt.date(2023, 9, 5))
    assert ("Kozachi Laheri", "Strategic developments", "2023-06-06", "2023-06-06", "day") in got
    text = ("On August 6, 2024, fierce fighting broke out at the border of Kursk Oblast and around Sudzha as part of "
            "an incursion by Ukrainian forces. The Ukrainian government confirmed the capture of the town on August 15 "
            "and announced the formation of a military administration in the areas of Kursk Oblast occupied by "
            "Ukraine.")
    got = _events(text, gazetteer, dt.date(2024, 8, 20))
    assert ("Sudzha", "Battles", "2024-08-15", "2024-08-15", "day") in got


def test_the_donbas_is_a_region_and_its_wars_are_names(gazetteer):
    got = _events("Russia continues to prosecute offensive operations in central Donbas.", gazetteer,
                  dt.date(2022, 10, 14))
    assert got == [("Donbas", "Battles", "2022-10-14", "2022-10-14", "day")]
    ev = extract_text("Russian forces shelled the Donbas on Sunday.", PUB, gazetteer=gazetteer).events
    assert ev.iloc[0]["location_precision"] == "region" and ev.iloc[0]["uncertainty_km"] > 150
    # "the war in Donbas" names a war; "Bakhmut in the Donbas": the region only locates the town
    text = "The conflict brought casualties to Pisky, which had 2,000 people before the war in Donbas."
    assert all(g[0] != "Donbas" for g in _events(text, gazetteer, dt.date(2025, 1, 6)))
    got = _events("Russian forces shelled Bakhmut in the Donbas on Sunday.", gazetteer)
    assert [g[0] for g in got] == ["Bakhmut"]


def test_the_settlement_is_the_village_the_article_is_about(gazetteer):
    # Wikipedia, "Novaya Sorochina" (CC BY-SA 4.0): a village the gazetteer lacks, pinned at its district
    text = ("Novaya Sorochina (Russian: Новая Сорочина) is a village in western Russia, in Sudzhansky District of "
            "Kursk Oblast. The village is located 19 kilometres north of the district centre, the town of Sudzha. "
            "The settlement witnessed fighting in 2024 as part of the 2024 Kursk offensive. On 28 February 2025, "
            "Russian forces regained control of the village.")
    got = _events(text, gazetteer, dt.date(2025, 3, 3))
    place = "Novaya Sorochina (Sudzhansky District (Sudzha))"
    assert (place, "Battles", "2024-01-01", "2024-12-31", "year") in got
    assert (place, "Battles", "2025-02-28", "2025-02-28", "day") in got


def test_the_fronts_named_after_cities_are_no_event_places(gazetteer):
    # UK Defence Intelligence update, 5 October 2024 (OGL v3.0)
    text = ("On 01 October 2024, Russia took control of Vuhledar, southern Donetsk, which lies on the intersection "
            "between the two key fronts of Zaporizhzhia and Donetsk. The capture of the town came after a renewed "
            "Russian campaign through September 2024.")
    got = _events(text, gazetteer, dt.date(2024, 10, 5))
    assert got == [("Vuhledar", "Battles", "2024-09-01", "2024-09-30", "month"),
                   ("Vuhledar", "Battles", "2024-10-01", "2024-10-01", "day")]


def test_two_witnesses_one_inside_the_other_keep_the_closer_span(gazetteer):
    # Wikipedia, "Synkivka" (CC BY-SA 4.0): the same capture told twice
    text = ("During the first days of the Russian invasion of Ukraine, the village of Synkivka was captured by "
            "Russian forces. At the beginning of the Russian invasion of Ukraine in February 2022, Synkivka was "
            "occupied by Russian forces during their initial advance into the nation.")
    got = _events(text, gazetteer, dt.date(2024, 10, 5))
    assert got == [("Synkivka", "Battles", "2022-02-24", "2022-02-28", "week")]


def test_what_a_briefer_now_assesses_is_of_the_briefing_day(gazetteer):
    # Pentagon background briefing, 23 March 2022 (public domain)
    text = ("Remember, yesterday, we were telling you they were about 20 to 30 kilometers away from Kyiv. And we now "
            "assess that the Ukrainians have pushed them back further to the east of Kyiv.")
    got = _events(text, gazetteer, dt.date(2022, 3, 23))
    assert [g[2:4] for g in got] == [("2022-03-22", "2022-03-23")]
    assert classify("the Ukrainians have been able to push the Russians back")[0] == "Battles"


# --------------------------------------------------------------------------- holdout19/20 texts

def test_villages_secured_since_a_day(gazetteer):
    # UK Defence Intelligence update, 20 September 2023 (OGL v3.0)
    text = ("Since 15 September 2023, the Ukrainian Armed Forces have secured the villages of Klishchiivka and "
            "Andriivka, approximately 8km to the south of the Donetsk Oblast town of Bakhmut.")
    got = _events(text, gazetteer, dt.date(2023, 9, 20))
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [("Andriivka", "Battles", "2023-09-15", "2023-09-20"),
                                                       ("Klishchiivka", "Battles", "2023-09-15", "2023-09-20")]


def test_armed_groups_in_two_oblasts_and_a_claimed_settlement(gazetteer):
    # Wikipedia, "2024 Western Russia incursion" (CC BY-SA 4.0)
    text = ("On 12 March 2024, Ukrainian-backed Russian anti-government armed groups entered the territory of Belgorod "
            "and Kursk Oblasts in Russia from the territory of Ukraine. They claimed control of the settlement of "
            "Tyotkino in Kursk Oblast.")
    got = {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2024, 3, 16))}
    assert {("Belgorod Oblast", "2024-03-12"), ("Kursk Oblast", "2024-03-12")} <= got
    assert any(p.startswith(("Tyotkino", "Tëtkino")) and d == "2024-03-12" for p, d in got)


def test_a_strike_deep_in_russia_and_where_soldiers_came_from(gazetteer):
    got = _events("Ukrainian drones struck an oil refinery in the Ryazan region on Sunday, the governor said.",
                  gazetteer, dt.date(2024, 5, 6))
    assert [(g[0], g[1], g[2]) for g in got] == [("Ryazan Oblast", "Explosions/Remote violence", "2024-05-05")]
    # Wikipedia, "2023 Makiivka military quarters shelling" (CC BY-SA 4.0)
    text = ("Mobilized men, approximately 600 of them from Saratov Oblast, were crowded together in the building of "
            "PTU No. 19 at 48 Kremlivska Street, with ammunition piles in the basement below them.")
    assert _events(text, gazetteer, dt.date(2023, 1, 7)) == []


def test_a_chronicle_starts_on_the_day_its_lead_says_the_war_began(gazetteer):
    # Wikipedia, "Southern Ukraine campaign" (CC BY-SA 4.0)
    text = ("The southern Ukraine campaign is an ongoing theatre of operation in the Russian invasion of Ukraine, "
            "which began on 24 February 2022. The Russian military invaded Kherson Oblast in southern Ukraine from "
            "Russian-occupied Crimea.\n\nKherson was surrounded two days into the war. The settlement was fought "
            "over in the Donbas war.\n\nIn the aftermath of the Maidan Revolution in 2014, Russia annexed the "
            "Crimean Peninsula from Ukraine.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2022, 11, 15))}
    assert ("Kherson Oblast", "2022-02-24", "2022-02-24") in got
    assert ("Kherson", "2022-02-26", "2022-02-26") in got
    assert not any(p == "Donbas" for p, _, _ in got)  # "the Donbas war" names a war, not where it happened


def test_police_and_defence_phrasings_of_events(gazetteer):
    cases = [  # National Police of Ukraine (2022-2023), US DoD News (2022), UK Defence Intelligence (2022-2023)
        ("During the day, the occupiers ransacked private houses in the city of Orikhiv.", "Orikhiv",
         "Strategic developments"),
        ("Chernihiv remains isolated, but we still assess that Ukrainians are working to keep a line of "
         "communication open.", "Chernihiv", "Battles"),
        ("Russian forces are still on the outskirts of Kharkiv.", "Kharkiv", "Battles"),
        ("This operation is gradually bringing Russian troops closer to the Avdiivka Coke and Chemical plant.",
         "Avdiivka", "Battles"),
        ("Kozacha Lopan village of Kharkiv district: residential buildings and a private car were damaged.",
         "Kozacha Lopan", "Explosions/Remote violence"),
        ("Russia is likely concentrating equipment on the front line in the direction of Siversk.", "Siversk",
         "Strategic developments"),
        ("The enemy has twice tried to improve the tactical situation in the area of Staromaiorske.", "Staromaiorske",
         "Battles"),  # General Staff, 17 May 2024
    ]
    for text, place, kind in cases:
        assert [(g[0], g[1]) for g in _events(text, gazetteer)] == [(place, kind)], text


def test_an_advance_from_a_town_and_the_goal_it_aims_at(gazetteer):
    # UK Defence Intelligence, 29 April and 8 July 2022 (OGL v3.0)
    got = _events("In these oblasts fighting has been particularly heavy around Lysychansk, with an attempted "
                  "advance south from Izium towards Slovyansk.", gazetteer, dt.date(2022, 4, 29))
    assert {g[0] for g in got} == {"Lysychansk", "Izium"}  # the push is at Izium's edge; Sloviansk its aim
    got = _events("There is a realistic possibility that Russia's forces attempt to advance towards its most likely "
                  "operational goal of the Sloviansk-Kramatorsk urban area.", gazetteer, dt.date(2022, 7, 8))
    assert got == []


def test_a_river_and_the_region_beside_it_are_both_where_it_happened(gazetteer):
    # UK Defence Intelligence, 5 October 2022 (OGL v3.0)
    text = ("In the north-east, in Kharkiv Oblast, Ukraine has now consolidated a substantial area of territory "
            "east of the Oskil River.")
    ev = extract_text(text, dt.date(2022, 10, 5), gazetteer=gazetteer).events
    assert set(zip(ev["place"], ev["relation"])) == {("Kharkiv Oblast", "in_region"), ("Oskil River", "east_of")}
    oskil = ev[ev["place"] == "Oskil River"].iloc[0]
    assert oskil["geometry"].x > 37.6  # east of the river's line at 37.55 E


def test_regional_administrations_morning_reports(gazetteer):
    # Serhii Lysak, Dnipropetrovsk Regional Military Administration, 3 May 2024 (as quoted by Ukrinform)
    text = ("Attacks on the Nikopol region continued. First, in the evening, the aggressor hit the district center "
            "with a kamikaze drone. In the morning, Nikopol came under attack again. And also the Marhanetska "
            "community.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2024, 5, 3))}
    assert {("Nikopol", "2024-05-02", "2024-05-02"), ("Nikopol", "2024-05-03", "2024-05-03"),
            ("Marhanetska community (Marhanets)", "2024-05-03", "2024-05-03")} <= got
    # Oleh Syniehubov, Kharkiv Oblast Military Administration, 1 August 2024: a header line, then what happened
    text = ("1 August, 05:13, the Kupiansk district, the village of Novoosynove. A garage, a car and two private "
            "houses were damaged as a result of the attack. A man was killed.")
    assert {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2024, 8, 1))} == {("Novoosynove", "2024-08-01")}


def test_the_oblast_told_before_and_damage_reported_in_regions(gazetteer):
    # US Mission to the OSCE, 9 February 2023 (public domain)
    text = ("Kherson oblast provides a tragic number of examples. Last Thursday, Russian Federation armed forces "
            "attacked the oblast 65 times, killing two and wounding nine.")
    assert [(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2023, 2, 9))] == [("Kherson Oblast", "2023-02-02")]
    # President of Ukraine, 1 February 2025
    got = _events("Damage has also been reported in Zaporizhia, as well as in the Odesa, Sumy, and Kyiv regions.",
                  gazetteer, dt.date(2025, 2, 1))
    assert {g[0] for g in got} == {"Zaporizhzhia", "Odesa Oblast", "Sumy Oblast", "Kyiv Oblast"}


def test_it_is_the_village_the_sentence_before_was_about(gazetteer):
    # Wikipedia, "Yatskivka" (CC BY-SA 4.0), tests/realtexts/holdout71: the counteroffensive's Kharkiv is background
    text = ("Yatskivka is village in Kramatorsk Raion (district) in Donetsk Oblast of eastern Ukraine.\n\nThe village "
            "came under attack by Russian forces in 2022, during the Russian invasion of Ukraine. It was liberated by "
            "Ukrainian forces on 23 September 2022, during the 2022 Kharkiv counteroffensive.")
    got = [(g[0], g[1], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2022, 9, 24))]
    assert ("Yats\u2019kivka", "Battles", "2022-09-23", "2022-09-23") in got
    assert not any(g[0] == "Kharkiv" for g in got)


def test_a_renamed_village_is_the_place_of_its_former_name(gazetteer):
    # Wikipedia, "Balka Zhuravka" and "Dibrova, Sievierodonetsk Raion" (CC BY-SA 4.0), tests/realtexts/holdout71:
    # GeoNames still holds them as Nevs'ke and Chervona Dibrova
    text = ("Balka Zhuravka (Ukrainian: \u0411\u0430\u043b\u043a\u0430 \u0416\u0443\u0440\u0430\u0432\u043a\u0430; "
            "formerly known as Nevske (\u041d\u0435\u0432\u0441\u044c\u043a\u0435)) is a village in Krasnorichenske settlement hromada, Svatove Raion, Luhansk "
            "Oblast, eastern Ukraine.\n\nThe village was initially captured by Russian forces in March 2022.")
    got = _events(text, gazetteer, dt.date(2024, 11, 1))
    assert [(g[0], g[2]) for g in got] == [("Nevs'ke", "2022-03-01")]
    text = ("Dibrova is a village in the Sievierodonetsk Raion, Luhansk Oblast, Ukraine. Until 2016, it was known as "
            "Chervona Dibrova.\n\nIn 2022, during the Russian invasion of Ukraine, Dibrova was captured alongside the "
            "whole of the Luhansk Oblast by Russian and Luhansk People's Republican forces. It was retaken by Ukrainian "
            "forces in December 2022.")
    got = _events(text, gazetteer, dt.date(2023, 6, 1))
    assert {(g[0], g[2]) for g in got} == {("Chervona Dibrova", "2022-01-01"), ("Chervona Dibrova", "2022-12-01")}


def test_a_label_line_names_its_place_first(gazetteer):
    # State Emergency Service of Ukraine, 24 October 2024 (an official text), tests/realtexts/holdout67: a spelling
    # GeoNames lacks (Starokostyantyniv), as the label of the line
    text = ("Starokonstantyniv: a hotel and a two-story building were damaged as a result of the fall of debris from "
            "an enemy UAV of the \"Shahed\" type, fires broke out.")
    got = _events(text, gazetteer, dt.date(2024, 10, 24))
    assert [(g[0], g[1]) for g in got] == [("Starokostyantyniv", "Explosions/Remote violence")]
    # a word at a sentence start is still no place by a loose spelling alone
    assert _events(text.replace(":", ""), gazetteer, dt.date(2024, 10, 24)) == []


def test_localities_taken_under_control_are_captured(gazetteer):
    # Kremlin.ru, 4 July 2022 (CC BY 4.0), tests/realtexts/holdout65: the Russian defence ministry's idiom
    text = ("Twenty-five localities have been taken under control, the largest of which are Severodonetsk, Zolotoye, "
            "Gorskoye and Volcheyarovka.")
    got = {(g[0], g[1]) for g in _events(text, gazetteer, dt.date(2022, 7, 4))}
    assert got == {(name, "Battles") for name in ("Sievierodonetsk", "Zolote", "Hirske", "Vovchoiarivka")}


def test_a_list_item_that_is_no_place_does_not_cut_the_list(gazetteer):
    # Kherson regional administration, 3 December 2024 (an official text), tests/realtexts/holdout77: "Stanislav" is
    # also a first name
    text = ("Thus, over the past day, Tomyna Balka, Tiahynka, Beryslav, Antonivka, Bilozerka, Komyshany, Shyroka Balka, "
            "Stanislav, Mykilske, Mylove and the city of Kherson were under enemy fire and air strikes.")
    got = {g[0] for g in _events(text, gazetteer, dt.date(2024, 12, 4))}
    assert {"Tomyna Balka", "Tiahynka", "Beryslav", "Bilozerka", "Shyroka Balka", "Mykilske", "Kherson"} <= got


def test_a_village_lost_again(gazetteer):
    # Wikipedia, "Levadne, Zaporizhzhia Oblast" (CC BY-SA 4.0)
    got = _events("More than a year later on 13 October 2024, however, the village of Levadne returned to Russian "
                  "control.", gazetteer, dt.date(2024, 10, 17))
    assert [(g[0], g[1], g[2]) for g in got] == [("Levadne", "Battles", "2024-10-13")]


def test_an_update_whose_first_date_is_recent_is_no_chronicle(gazetteer):
    # UK Defence Intelligence, 15 December 2024 (OGL v3.0): the undated lead is the update's own days
    text = ("Russia has made further gains to the south of Pokrovsk, a key logistical hub in Donetsk oblast.\n\n"
            "In early December, Ukrainian forces reportedly regained control of the village of Novyi Komar.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2024, 12, 15))}
    assert ("Pokrovsk", "2024-12-14", "2024-12-15") in got


def test_a_general_staff_summary_of_sectors(gazetteer):
    # General Staff of the Armed Forces of Ukraine, 17 May 2024, 13:30 (as quoted by UNN)
    text = ("Russian occupants have not conducted any attacks in the Liman sector since the beginning of the day\n\n"
            "In the Pokrovske sector, our troops repelled 14 attacks.\n"
            "In the Kurakhove sector, the occupants tried to break through the defense 14 times, in particular in the "
            "areas of Paraskoviivka and Krasnohorivka.\n"
            "In the Kramatorsk sector, the occupants launched an air strike in the area of Chasovyi Yar.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2024, 5, 17))}
    # the day of the summary alone; the sector of an adjective is its town; a sector leading to a place is no event
    assert got == {(p, "2024-05-17", "2024-05-17") for p in ("Pokrovsk", "Paraskoviivka", "Krasnohorivka",
                                                               "Chasiv Yar")}
    # Kovalov, General Staff, 7 September 2023 (as quoted by Ukrainska Pravda): a front, then where it happened
    text = "On the Melitopol front, they have gained success in the areas south of Robotyne and west of Verbove."
    assert {g[0] for g in _events(text, gazetteer, dt.date(2023, 9, 7))} == {"Robotyne", "Verbove"}
    # ... but two axes alone are where it happened (President of Ukraine, 16 September 2024)
    got = _events("Most of the attacks are in the Kurakhove and Pokrovsk directions.", gazetteer, dt.date(2024, 9, 16))
    assert {g[0] for g in got} == {"Kurakhove", "Pokrovsk"}


def test_an_update_s_present_perfect_lead_is_its_own_days(gazetteer):
    # UK Defence Intelligence, 28 October 2024 (OGL v3.0)
    text = ("In the central part of the canal district, it is likely Russian forces have made limited advance west "
            "of the canal into the eastern part of Chasiv Yar.\n\nFrom mid-July 2024 until recently, Russian Forces "
            "had been unable to cross the canal.")
    got = _events(text, gazetteer, dt.date(2024, 10, 28))
    assert ("Chasiv Yar", "Battles", "2024-10-27", "2024-10-28", "day") in got


def test_a_dated_section_heading_dates_its_paragraphs(gazetteer):
    # Wikipedia, "Kherson strikes (2022–present)" (CC BY-SA 4.0)
    text = ("Kherson strikes (2022\u2013present)\n\nShelling of 3 May 2023\n\nIn the Korabelny district, the Russians "
            "fired at the only working Epitsentr hypermarket in the city.\n\nIn addition, several other settlements in "
            "the region were shelled. In particular, a local resident died in his own yard in Tokarivka.\n\n"
            "On 11 June 2023, Russia shelled Kherson.")
    got = {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2023, 6, 12))}
    assert ("Tokarivka", "2023-05-03") in got  # not the days before publication, though 11 June is one of them


def test_a_dated_sentence_without_a_place_dates_the_lines_after_it(gazetteer):
    # Ukraine's Permanent Representative to the OSCE, 4 May 2023 and 19 January 2023
    text = ("Over the last week, Ukraine was rained with the russian missiles twice.\n"
            "On Friday night, at 4 a.m., Ukraine was attacked by Tu-95 aircrafts from the Caspian Sea area.\n"
            "One of the missiles hit a high-rise building in the city of Uman (Cherkasy region).")
    assert [(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2023, 5, 4))] == [("Uman", "2023-04-28")]
    text = ("Over the weekend, Ukraine experienced another russia's barbaric attack.\n\nKyiv, Kharkiv and Odesa were "
            "targets for the russian terrorists.")
    got = _events(text, gazetteer, dt.date(2023, 1, 19))
    assert {(g[0], g[2], g[3]) for g in got} == {(p, "2023-01-14", "2023-01-15") for p in ("Kyiv", "Kharkiv", "Odesa")}
    # a list of earlier dates dates nothing after it (Wikipedia, "Kremenchuk shopping mall attack", CC BY-SA 4.0)
    text = ("On 27 June 2022, Russian missiles hit a shopping mall in Kremenchuk. The previous attacks had taken place "
            "on 2 and 24 April, 12 May and 18 June.\n\nThe missiles were launched over the territory of the Kursk "
            "region.")
    assert ("Kursk Oblast", "2022-06-18") not in {(g[0], g[2]) for g in _events(text, gazetteer, dt.date(2022, 6, 28))}


def test_a_minister_s_list_of_struck_places(gazetteer):
    # Oleksii Kuleba, Deputy Head of the President's Office, 15 August 2023, as quoted by Interfax-Ukraine
    text = ("At night, Russia launched another massive missile attack on the regions, cities and villages of Ukraine. "
            "The courtyard of a kindergarten in Lviv, residential buildings. The center of Lutsk, a Ukrainian "
            "enterprise.\n\nFragments of a missile fell on a household in Kolomyia region, and two outbuildings "
            "nearby were also damaged.")
    ev = extract_text(text, dt.date(2023, 8, 15), gazetteer=gazetteer).events
    assert {"Lviv", "Lutsk", "Kolomyia District (Kolomyia)"} <= set(ev["place"])
    assert set(ev["event_type"]) == {"Explosions/Remote violence"}


def test_a_relative_clause_about_a_country_does_not_date_the_event(gazetteer):
    # DOD News, 12 September 2022 (public domain)
    text = ("Ukrainian government officials are trumpeting the success of their offensive in the Kharkiv region "
            "saying they have retaken about 1,200 square miles of territory from Russia, which launched an "
            "unprovoked and brutal invasion of its neighbor in February.")
    got = _events(text, gazetteer, dt.date(2022, 9, 12))
    assert got == [("Kharkiv Oblast", "Battles", "2022-09-11", "2022-09-12", "day")]
    # a relative clause about the place itself still dates it
    got = _events("The Russian advance continued against Lysychansk, which fell in early July.", gazetteer,
                  dt.date(2022, 7, 8))
    assert ("Lysychansk", "Battles", "2022-07-01", "2022-07-10", "week") in got


def test_a_chronicle_s_yearless_month_goes_on_from_its_year(gazetteer):
    # Wikipedia, "Eastern Ukraine campaign" (CC BY-SA 4.0), dated as if read in September 2024
    text = ("By the culmination of the offensive in July 2022, Russian forces had captured the cities of "
            "Sievierodonetsk and Lysychansk. However, in early September, Ukraine launched a major counteroffensive "
            "in the east, which recaptured the cities of Izium and Kupiansk. In the winter of 2022–2023, Russia "
            "focused on capturing the city of Bakhmut, fully capturing it in May 2023.")
    got = _events(text, gazetteer, dt.date(2024, 9, 5))
    assert ("Izium", "Battles", "2022-09-01", "2022-09-10", "week") in got
    assert ("Bakhmut", "Battles", "2023-05-01", "2023-05-31", "month") in got


def test_pushes_and_consolidated_territory_are_battles():
    # UK Defence Intelligence updates, 18 July 2023 and 5 October 2022 (OGL v3.0)
    assert classify("Russian forces have attempted to push west through forests west of Kremina")[0] == "Battles"
    assert classify("Ukraine has now consolidated a substantial area of territory east of the Oskil River")[0] == \
        "Battles"
    assert classify("Russian and Ukrainian forces skirmished on islands")[0] == "Battles"
    assert classify("They pushed the button") is None


def test_the_building_attacked_again_and_what_a_briefer_talked_about(gazetteer):
    # Wikipedia, "Kharkiv government building airstrike" (CC BY-SA 4.0)
    text = ("The Kharkiv government building airstrike occurred on March 1, 2022, when Russian forces attacked the "
            "government administrative building of the Kharkiv oblast in the Kharkiv city. On August 28, 2022, "
            "Russian armed forces attacked the building again with two S-300 ballistic missiles fired from Belgorod "
            "Oblast.")
    got = _events(text, gazetteer, dt.date(2022, 9, 1))
    assert ("Kharkiv", "Explosions/Remote violence", "2022-08-28", "2022-08-28", "day") in got
    assert not any(g[0] == "Belgorod Oblast" for g in got)  # where the missiles came from
    # Pentagon briefing, 25 February 2022: "yesterday" is when it was talked about
    text = ("In the Kharkiv area, that second line of advance that we talked about yesterday, we assess that that "
            "continues to be contested; still fighting going on there.")
    got = _events(text, gazetteer, dt.date(2022, 2, 25))
    assert [g[2:4] for g in got] == [("2022-02-24", "2022-02-25")]


def test_a_chronicle_section_may_step_back_within_its_year(gazetteer):
    # Wikipedia, "Russian occupation of Chernihiv Oblast" (CC BY-SA 4.0), read in November 2024
    text = ("Horodnia was occupied on 24 February 2022, the first day of the invasion. Russian forces left Horodnia on "
            "1 April, blowing up a bridge as they withdrew.\n\nOn 29 March, Russian officials announced withdrawal of "
            "their forces from the region. On 5 April, Ukrainian military took control of some segments of the border "
            "in the Chernihiv region.")
    got = _events(text, gazetteer, dt.date(2024, 11, 20))
    assert ("Chernihiv Oblast", "Battles", "2022-04-05", "2022-04-05", "day") in got
    assert all(g[2] < "2023-01-01" for g in got)


def test_official_verbs_of_advance(gazetteer):
    # the President's address of 17 September 2023; Syrskyi on 15 August 2024
    assert classify("the warriors who are gradually regaining Ukraine's territory in the area of Bakhmut")[1] == \
        "Government regains territory"
    assert classify("In the Kursk region, we're moving forward.")[0] == "Battles"
    assert classify("The enemy in the settlement of Sudzha has been neutralized.")[0] == "Battles"
    text = "The 95th and 'Fury' Joint Assault Brigade of the National Police fought near Klishchiivka."
    assert all(p != "Police" for p, *_ in _events(text, gazetteer, dt.date(2023, 9, 17)))


def test_towns_taken_over_in_the_first_days(gazetteer):
    # Wikipedia, "Shelling of Orikhiv" (CC BY-SA 4.0)
    text = ("In the first days of the invasion, Russian forces were able to take over many towns in the south, "
            "including the cities of Melitopol, Berdiansk and Enerhodar.")
    got = _events(text, gazetteer, dt.date(2023, 7, 14))
    assert {g[0] for g in got} == {"Melitopol", "Berdiansk", "Enerhodar"}
    assert {g[1:4] for g in got} == {("Battles", "2022-02-24", "2022-03-02")}


def test_clause_split_as_first_written():
    # events._CLAUSE_SPLIT tries a run of blanks first: the same splits as the order it was first written in
    first = re.compile(r"[;:,()\s](?:(?<=[;:])\s*|(?<=,)(?=\s)\s*|(?<=[()])\s*|(?<=\s)(?<!\s\s)\s*+"
                       r"(?:(?:[;:]|,(?=\s)|[\u2014\u2013-]\s|\(|\))\s*|(?=(?:while|whereas|but|which|where)\s)))")
    root = Path(__file__).resolve().parent
    texts = [p.read_text(encoding="utf-8") for d in ("reports", "realtexts") for p in sorted((root / d).rglob("*.txt"))]
    texts.append("a , b ;c  :d  - e \u2014f (g) h  while i which  j but,k whereas\tl where")
    splits = 0
    for text in texts:
        spans = [m.span() for m in first.finditer(text)]
        assert [m.span() for m in _CLAUSE_SPLIT.finditer(text)] == spans
        splits += len(spans)
    assert splits > 1000


def test_a_part_of_the_day_is_of_the_day_last_told(gazetteer):
    text = ("Russian shelling killed three women in a village of the Donetsk region on Sunday, the governor said.\n\n"
            "He said Russian forces hit the village of Cherkaske in the morning, damaging nine houses.")
    got = _events(text, gazetteer, dt.date(2024, 6, 10))  # a Monday
    assert ("Cherkaske", "Explosions/Remote violence", "2024-06-09", "2024-06-09", "day") in got


def test_undated_lines_of_a_news_report_are_of_its_news_day(gazetteer):
    # VOA, 25 April 2024 (public domain), tests/realtexts/holdout36: the lead's "on Thursday" is the paper's day
    text = ("Russian airstrikes killed at least six people in a Ukrainian-held part of the Donetsk territory on "
            "Thursday, according to local officials.\n\nThe governor said shelling killed three people in the village "
            "of Udachne.\n\nAnother three people were killed about 50 kilometers south in Kurakhivka.")
    got = _events(text, gazetteer, dt.date(2024, 4, 25))
    assert {g[0]: g[2:4] for g in got}["Udachne"] == ("2024-04-25", "2024-04-25")
    assert {g[0]: g[2:4] for g in got}["Kurakhivka"] == ("2024-04-25", "2024-04-25")


def test_titles_districts_and_a_city_held_since_2014(gazetteer):
    # VOA, 18 September 2023 and 27 February 2022 (public domain), tests/realtexts/holdout35 and holdout34
    text = ("Oleh Kiper, the regional governor of Odesa, said the Izmail district, which is home to ports used to "
            "export grain, came under attack again, and that a recreational facility in the city of Vylkove was hit.")
    got = {g[0] for g in _events(text, gazetteer, dt.date(2023, 9, 18))}
    assert got == {"Izmail District (Izmayil)", "Vylkove"}  # the governor's title is no event place
    text = ("Russian troops closed in on two other cities Saturday. There were reports of shelling in the eastern "
            "Ukrainian city of Donetsk, which has been held by Russian-backed separatists since 2014.")
    got = _events(text, gazetteer, dt.date(2022, 2, 27))
    assert [g[2:4] for g in got if g[0] == "Donetsk"] == [("2022-02-26", "2022-02-26")]
    text = "Russia on Thursday said Ukraine launched a drone attack near the Zaporizhzhia nuclear station."
    assert [g[0] for g in _events(text, gazetteer, dt.date(2023, 11, 2))] == ["Zaporizhzhia Nuclear Power Plant"]


def test_wire_reports_of_captured_villages(gazetteer):
    # sentences of wire reports (AFP, 15 June 2024; 2 June 2024), shortened
    text = ("Russia on Saturday said its forces had captured a village in Ukraine's eastern Donetsk region. "
            "The defence ministry said its troops \"liberated the village of Sokil\", around 30 kilometres northwest "
            "of Donetsk city, the capital of the region that Moscow claimed to have annexed in 2022.")
    got = _events(text, gazetteer, dt.date(2024, 6, 15))
    assert [g[2:4] for g in got if g[0] == "Sokil"] == [("2024-06-15", "2024-06-15")]  # not 2022
    text = ("Russian troops \"have managed to liberate the village of Umanskoye in the popular republic of Donetsk\", "
            "the ministry said on Sunday. Umanske is a tiny village that had fewer than 180 inhabitants before Russia "
            "launched its military offensive in Ukraine in February 2022.")
    got = _events(text, gazetteer, dt.date(2024, 6, 2))
    assert [g[0] for g in got] == ["Umanske"] and got[0][2] >= "2024-06-01"


def test_a_capital_shelled_on_a_named_night(gazetteer):
    # UK statement to the OSCE, 5 July 2022 (OGL v3.0), tests/realtexts/holdout37
    got = _events("On 25 June, Kyiv was shelled overnight by Russia, targeting a residential district.", gazetteer,
                  dt.date(2022, 7, 5))
    assert got == [("Kyiv", "Explosions/Remote violence", "2022-06-25", "2022-06-25", "day")]


def test_news_report_references_are_no_event_places_or_dates(gazetteer):
    # VOA, 20 April and 12 May 2024 (public domain), tests/realtexts/holdout39
    text = ("Ukraine pummeled eight Russian regions with long-range strike drones, a Ukrainian intelligence source in "
            "Kyiv told Reuters on Saturday. The defense ministry said 26 drones were destroyed over Russia's western "
            "Belgorod region bordering Ukraine.")
    got = extract_text(text, dt.date(2024, 4, 20), gazetteer=gazetteer).events
    assert list(got["place"]) == ["Belgorod Oblast"]
    assert got.geometry.iloc[0].y == pytest.approx(50.88, abs=0.01)  # the region's label point: "western" is Russia's
    text = ("Syniehubov said a man was wounded in Vovchansk, a border town with some 3,000 residents before Russia's "
            "Friday attack. The Russian defense ministry said Saturday its troops captured five villages across the "
            "border from Russia's Belgorod region.")
    got = _events(text, gazetteer, dt.date(2024, 5, 12))
    assert [g[0] for g in got] == ["Vovchansk"] and got[0][2] != "2024-05-10"


def test_official_statement_spans_and_regions(gazetteer):
    # UK statements to the OSCE, 26 January 2024, 5 October 2023 and 24 November 2022 (OGL v3.0),
    # tests/realtexts/holdout41
    got = _events("Over the Christmas period, Russia launched hundreds of missile and drone strikes across cities in "
                  "Ukraine including Kyiv and Odesa.", gazetteer, dt.date(2024, 1, 26))
    assert {g[2:5] for g in got} == {("2023-12-24", "2023-12-31", "week")}
    got = _events("Last weekend, in the space of 24 hours, Russian forces launched 71 attacks upon residential districts. "
                  "This included overnight shelling on the city of Kherson.", gazetteer, dt.date(2023, 10, 5))
    assert [g[2:4] for g in got if g[0] == "Kherson"] == [("2023-09-30", "2023-10-01")]
    text = "Just yesterday, a new-born baby was killed in a missile strike on a maternity unit in the southern Zaporizhzhia region."
    ev = extract_text(text, dt.date(2022, 11, 24), gazetteer=gazetteer).events
    assert list(ev["place"]) == ["Zaporizhzhia Oblast"] and ev.geometry.iloc[0].y == pytest.approx(47.34, abs=0.01)


def test_a_night_told_after_a_day(gazetteer):
    # US Mission to the OSCE, 22 June 2023 (public domain), tests/realtexts/holdout42; UK statement to the OSCE,
    # 6 July 2023 (OGL v3.0), tests/realtexts/holdout38
    text = ("Then, on June 13, the Russian Federation launched 14 more missiles at Ukraine. During the night, one "
            "missile hit an apartment building in Kryvyi Rih, killing at least 11 civilians.")
    assert [g[2:4] for g in _events(text, gazetteer, dt.date(2023, 6, 22))] == [("2023-06-13", "2023-06-13")]
    text = ("I was also appalled by the missile strike on Kramatorsk on 27 June. We are also deeply concerned by "
            "reports overnight of casualties in Lviv, after missiles struck a residential building.")
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2023, 7, 6))}
    assert got["Lviv"] == ("2023-07-05", "2023-07-06")


def test_a_country_in_a_title_does_not_stop_the_subject_carried_on(gazetteer):
    # UK statement to the OSCE, 15 October 2025 (OGL v3.0), tests/realtexts/holdout41
    text = ("On 14 October, a clearly marked United Nations humanitarian convoy was delivering life-saving aid to the "
            "frontline town of Bilozerka in Kherson region. According to the UN Humanitarian Coordinator for Ukraine, "
            "the convoy came under attack by the Armed Forces of the Russian Federation.")
    got = _events(text, gazetteer, dt.date(2025, 10, 15))
    assert ("Bilozerka", "2025-10-14") in {(g[0], g[2]) for g in got}


def test_ukrainian_mission_statements(gazetteer):
    # Ukraine's missions to the UN and the OSCE, 26 March 2025 and 9 February 2023 (official texts, no copyright),
    # tests/realtexts/holdout44
    text = ("The same day, airstrikes on Omelnyk (Zaporizhzhia) destroyed a home, killing one and injuring another. "
            "On 7 March, a massive Russian assault on energy infrastructure hit multiple regions across Ukraine: Odesa, "
            "Poltava, Chernihiv, Ternopil, using nearly 70 missiles and 200 drones.")
    ev = extract_text(text, dt.date(2025, 3, 26), gazetteer=gazetteer).events
    assert set(ev["place"]) == {"Omelnyk", "Odesa Oblast", "Poltava Oblast", "Chernihiv Oblast", "Ternopil Oblast"}
    assert set(ev[ev["place"] == "Omelnyk"]["admin1"]) == {"Zaporizhzhia Oblast"}
    got = _events("40 settlements were affected by fire on the Kup\u2019yansk and Lyman directions.", gazetteer,
                  dt.date(2023, 2, 9))
    assert {g[0] for g in got} == {"Kupiansk", "Lyman"}


def test_what_has_just_happened_is_of_the_report_day(gazetteer):
    # US Embassy Kyiv security alert, 10 October 2022 (public domain), tests/realtexts/holdout45
    text = ("Event: Russia has launched attacks against Ukraine\u2019s civilian infrastructure as well as government "
            "facilities in Kyiv and elsewhere.")
    assert [g[2:4] for g in _events(text, gazetteer, dt.date(2022, 10, 10))] == [("2022-10-10", "2022-10-10")]
    # a past tense keeps the dateline's two days
    text = "Russia launched attacks against government facilities in Kyiv."
    assert [g[2:4] for g in _events(text, gazetteer, dt.date(2022, 10, 10))] == [("2022-10-09", "2022-10-10")]


def test_under_occupation_since_a_month_is_its_capture(gazetteer):
    # Wikipedia, "Selydove" (CC BY-SA 4.0), tests/realtexts/holdout46
    text = ("Selydove is a city in Pokrovsk Raion, Donetsk Oblast, Ukraine. "
            "The city has been under Russian occupation since October 2024.")
    got = _events(text, gazetteer, dt.date(2024, 10, 31))
    assert ("Selydove", "Battles", "2024-10-01", "2024-10-31", "month") in got


def test_the_attack_told_after_a_background_battle_keeps_the_attacks_date(gazetteer):
    # Wikipedia, "2024 Lysychansk missile strike" (CC BY-SA 4.0), tests/realtexts/holdout51
    text = Path(__file__).parent.joinpath("realtexts/holdout51/wp-lysychansk-strike-2024-02-04.txt").read_text()
    events = extract_text(text, dt.date(2024, 2, 4), gazetteer=gazetteer).events
    strike = events[events["event_type"] == "Explosions/Remote violence"]
    # "a cafe in the Russian occupied city of Lysychansk" is in Ukraine (not a Russian region's lost village), and
    # "the mayor of Lysychansk reported that the attack was a missile strike" is of 3 February 2024, not of the
    # battle of June 2022 told in between
    assert set(strike["place"]) == {"Lysychansk"} and set(strike["country_code"]) == {"UA"}
    assert "2024-02-03" in set(strike["date"])
    mayor = strike[strike["sentence"].str.startswith("Eduard Sakhnenko")]
    assert list(mayor["date"]) in ([], ["2024-02-03"])  # (merged with the lead's event, or dated as it)
    assert "Luhansk" not in set(events["place"])  # "the Luhansk people's militia" is a force, not the city


def test_forces_have_entered_a_city_on_the_reports_day(gazetteer):
    # Voice of America, 11 November 2022 (public domain), tests/realtexts/holdout52
    text = ("Ukrainian forces have entered the city of Kherson as Russian forces retreat in haste.\n\n"
            "Ukrainian forces have recaptured more than 40 towns in southern Ukraine, President Volodymyr Zelenskyy "
            "said Thursday.")
    got = _events(text, gazetteer, dt.date(2022, 11, 11))
    assert ("Kherson", "Battles", "2022-11-11", "2022-11-11", "day") in got


def test_the_stronghold_a_town_is_shelled_from_is_no_event_place(gazetteer):
    # Voice of America, 21 October 2023 (public domain), tests/realtexts/holdout52
    text = ("Russian forces shelled the Ukrainian-held town of Nikopol from their stronghold near the Zaporizhzhia "
            "Nuclear Power Plant.")
    assert [g[0] for g in _events(text, gazetteer, dt.date(2023, 10, 21))] == ["Nikopol"]


def test_an_update_that_has_relocated_a_fleet_tells_of_its_own_days(gazetteer):
    # UK Defence Intelligence update, 20 September 2022 (OGL v3.0), tests/realtexts/holdout53: not since 2014
    text = Path(__file__).parent.joinpath("realtexts/holdout53/ukmod-kilo-submarines-2022-09-20.txt").read_text()
    got = _events(text, gazetteer, dt.date(2022, 9, 20))
    first = [g for g in got if g[0] == "Novorossiysk" and g[1] == "Strategic developments"]
    assert ("Novorossiysk", "Strategic developments", "2022-09-19", "2022-09-20", "day") in first


def test_an_overnight_attack_told_after_its_day_is_of_that_day(gazetteer):
    # Wikipedia, "29 December 2023 Russian strikes on Ukraine" (CC BY-SA 4.0), tests/realtexts/holdout59
    text = Path(__file__).parent.joinpath("realtexts/holdout59/wp-december-strikes-2023-12-30.txt").read_text()
    got = _events(text, gazetteer, dt.date(2023, 12, 30))
    cities = {g[0]: (g[2], g[3]) for g in got if g[0] in ("Dnipro", "Kharkiv", "Konotop", "Lviv", "Odesa")}
    assert set(cities.values()) == {("2023-12-29", "2023-12-29")} and len(cities) == 5


def test_a_settlement_captured_in_a_month_of_the_year_told_before(gazetteer):
    # Wikipedia, "Torske, Lyman urban hromada" (CC BY-SA 4.0), tests/realtexts/holdout59
    text = Path(__file__).parent.joinpath("realtexts/holdout59/wp-torske-2025-02-01.txt").read_text()
    got = [g for g in _events(text, gazetteer, dt.date(2025, 2, 1)) if g[0] == "Torske"]
    assert ("Torske", "Battles", "2022-04-20", "2022-04-30", "week") in got  # "and was captured ... in late-April"
    assert ("Torske", "Battles", "2022-10-01", "2022-10-10", "week") in got  # "the 2022 ... counteroffensive"
    assert ("Torske", "Battles", "2022-12-01", "2022-12-31", "month") in got  # "in December the same year"


def test_a_where_clause_after_one_place_tells_of_it(gazetteer):
    # UK statement to the OSCE, 11 April 2024 (OGL v3.0), tests/realtexts/holdout56
    text = ("Kharkiv has been badly damaged, where over the weekend at least nine high rise buildings were damaged, "
            "10 civilians were killed and a further eight injured.")
    got = _events(text, gazetteer, dt.date(2024, 4, 11))
    assert ("Kharkiv", "Explosions/Remote violence", "2024-04-06", "2024-04-07", "day") in got


def test_what_a_report_tells_in_the_present_is_of_its_own_day(gazetteer):
    # Luhansk regional administration head, 17 June 2022 (official text), tests/realtexts/holdout62
    text = ("Fierce fighting continues in Severodonetsk. Lysychansk is being shelled. Very heavy fighting is going on "
            "near Zolote and Toshkivka.")
    got = _events(text, gazetteer, dt.date(2022, 6, 17))
    assert {(g[0], g[2], g[3]) for g in got} == {("Sievierodonetsk", "2022-06-17", "2022-06-17"),
                                                 ("Lysychansk", "2022-06-17", "2022-06-17"),
                                                 ("Zolote", "2022-06-17", "2022-06-17"),
                                                 ("Toshkivka", "2022-06-17", "2022-06-17")}
    # told in the past, an undated line keeps the dateline span of the sample's gold
    got = _events("Russian forces shelled Lysychansk.", gazetteer, dt.date(2022, 6, 17))
    assert [(g[2], g[3]) for g in got] == [("2022-06-16", "2022-06-17")]


def test_what_goes_on_after_the_past_day_told_is_of_the_report_day(gazetteer):
    # the Dnipro Operational Strategic Group's spokesperson quoted by Ukrinform, 3 September 2025
    # (tests/realtexts/holdout148)
    text = ("In the Novopavlivka sector, 28 clashes occurred over the past day. According to him, heavy fighting "
            "continues in the Novopavlivka sector, especially near the village of Voskresenka.")
    got = _events(text, gazetteer, dt.date(2025, 9, 3))
    assert ("Voskresenka", "Battles", "2025-09-03", "2025-09-03", "day") in got
    # but the speaker going on is no fighting going on (US DoD briefing, 19 May 2022, tests/realtexts/holdout19)
    text = ("The truth is I do not have a whole lot of significant updates for you from yesterday. We continue to "
            "assess that Russians are continuing their offensive in the northern Donbas.")
    assert [g[2] for g in _events(text, gazetteer, dt.date(2022, 5, 19)) if g[0] == "Donbas"] == ["2022-05-18"]


def test_a_list_of_regions_over_two_verbless_lines_takes_the_cue_after_it(gazetteer):
    # the President of Ukraine's evening address of 19 July 2023 (president.gov.ua, tests/realtexts/holdout151)
    text = ("I am grateful to all the rescuers who help our people overcome the consequences of terror. Odesa, Kherson, "
            "Zhytomyr, and Kirovohrad regions. Zaporizhzhia, Kharkiv and Donetsk regions. Everywhere where there was "
            "shelling, missile and drone strikes.")
    got = _events(text, gazetteer, dt.date(2023, 7, 19))
    assert {g[0] for g in got} == {"Odesa Oblast", "Kherson Oblast", "Zhytomyr Oblast", "Kirovohrad Oblast",
                                   "Zaporizhzhia Oblast", "Kharkiv Oblast", "Donetsk Oblast"}
    assert {g[1] for g in got} == {"Explosions/Remote violence"}


def test_wikipedia_chronicles_of_settlements(gazetteer):
    # Wikipedia, "Battle of Davydiv Brid", "Dvorichna" and "Opytne" (CC BY-SA 4.0), tests/realtexts/holdout149
    got = _events("From February 24 to March 1, Russian forces took most of the Kherson Oblast, including the cities "
                  "of Berdiansk and Melitopol.", gazetteer, dt.date(2022, 10, 4))
    assert {(g[0], g[1], g[2], g[3]) for g in got} == {
        (p, "Battles", "2022-02-24", "2022-03-01") for p in ("Kherson Oblast", "Berdiansk", "Melitopol")}
    # "the settlement" is Dvorichna, not the river its attackers meant to cross
    text = ("On 11 September 2022, Dvorichna returned to Ukrainian control. By December 2024, the settlement was "
            "contested by Russian forces as part of renewed offensive operations to cross the Oskil river.")
    got = _events(text, gazetteer, dt.date(2025, 1, 31))
    assert ("Dvorichna", "Battles", "2024-12-01", "2024-12-31", "month") in got
    assert all(g[0] == "Dvorichna" for g in got)
    # a hold that a day opens began that day
    got = _events("Since 6 November 2014 Opytne was fully under Ukrainian control.", gazetteer, dt.date(2022, 11, 11))
    assert [(g[0], g[2], g[3]) for g in got] == [("Opytne", "2014-11-06", "2014-11-06")]


def test_people_held_at_gunpoint_are_violence_against_civilians():
    # Wikipedia, "Yahidne" (CC BY-SA 4.0), tests/realtexts/holdout152
    assert classify("Soldiers forced more than 300 residents into the basement of a school at gunpoint, where they were "
                    "held against their will from 5 March to 1 April.")[:2] == (
        "Violence against civilians", "Abduction/forced disappearance")
    assert classify("Two volunteers were held hostage in the village.")[0] == "Violence against civilians"


def test_a_weekly_summary_whose_lead_names_its_week(gazetteer):
    # Ukraine's Deputy Defence Minister quoted by Al Arabiya, 7 August 2023 (tests/realtexts/holdout157)
    text = ("\u201cThe previous week was extremely difficult. The Russian invaders did everything they could to stop "
            "the Ukrainian offensive,\u201d Deputy Minister of Defense of Ukraine Hanna Maliar said on Telegram.\n\n"
            "\u201cIn Kupyansk direction, the Russians conducted unsuccessful assaults in the area east of "
            "Petropavlivka, Kharkiv region. The invaders made futile attempts to restore the lost position near "
            "Staromayorske,\u201d she said.")
    got = {(g[0], g[2], g[3]) for g in _events(text, gazetteer, dt.date(2023, 8, 7))}
    assert got >= {("Petropavlivka", "2023-07-31", "2023-08-06"), ("Staromaiorske", "2023-07-31", "2023-08-06")}


def test_forces_repositioning_from_a_city_is_a_withdrawal_there(gazetteer):
    # a Senior Defense Official's background briefing, 4 April 2022 (US Government work, holdout156)
    text = ("We have seen continued repositioning of Russian forces from Kyiv, and frankly, from Chernihiv, as well.")
    got = _events(text, gazetteer, dt.date(2022, 4, 4))
    assert {(g[0], g[1]) for g in got} == {("Kyiv", "Strategic developments"), ("Chernihiv", "Strategic developments")}


def test_cities_russian_forces_are_in_control_of(gazetteer):
    # the Defence Secretary in the Commons, 9 March 2022 (Open Parliament Licence v3.0, tests/realtexts/holdout158)
    got = _events("While Russian forces are in control of Kherson, Melitopol and Berdyansk in southern Ukraine, they "
                  "currently encircle the cities of Chernihiv and Sumy.", gazetteer, dt.date(2022, 3, 9))
    assert {g[0] for g in got} == {"Kherson", "Melitopol", "Berdiansk", "Chernihiv", "Sumy"}
    assert {g[1] for g in got} == {"Battles"}


def test_an_offensive_aimed_at_towns_is_fighting_there_but_an_aim_alone_is_not(gazetteer):
    # Ukraine's Deputy Defence Minister quoted by Al Arabiya, 7 August 2023 (tests/realtexts/holdout157)
    got = _events("In Avdiyivka and Maryinka directions, Russian troops concentrated their main efforts on conducting "
                  "offensive operations with the aim of establishing full control over Krasnohorivka and Maryinka and "
                  "encircling Avdiyivka.", gazetteer, dt.date(2023, 8, 7))
    assert {g[0] for g in got} == {"Krasnohorivka", "Marinka", "Avdiivka"}
    # UK Defence Intelligence, 26 August 2023 (tests/realtexts): a forecast's objective is no event
    assert _events("Russia will probably press on, with the objective of advancing west to the Oskil River near "
                   "Kupiansk.", gazetteer, dt.date(2023, 8, 26)) == []


def test_a_denial_that_attacks_stopped_is_no_negation(gazetteer):
    # the General Staff, 8 April 2022, as published by Censor.NET (tests/realtexts/holdout148); the Kherson regional
    # administration, 22 November 2022 (tests/realtexts/holdout62)
    got = _events("The occupiers did not abandon attempts at offensive in the direction of Popasna and Severodonetsk.",
                  gazetteer, dt.date(2022, 4, 8))
    assert {(g[0], g[1]) for g in got} == {("Popasna", "Battles"), ("Sievierodonetsk", "Battles")}
    got = _events("The Russian military do not stop shelling populated areas of the Beryslav district.", gazetteer,
                  dt.date(2022, 11, 22))
    assert [g[1] for g in got] == ["Explosions/Remote violence"]
    assert _events("The enemy did not attack Popasna today.", gazetteer, dt.date(2022, 4, 8)) == []


def test_a_city_that_came_under_enemy_fire(gazetteer):
    # Mykolaiv regional administration, 10 September 2022 (official text), tests/realtexts/holdout62
    text = "On the night of September 10, 2022, around 01:10 a.m., the city of Mykolaiv came under enemy fire."
    got = _events(text, gazetteer, dt.date(2022, 9, 10))
    assert got == [("Mykolaiv", "Explosions/Remote violence", "2022-09-10", "2022-09-10", "day")]


def test_a_region_in_a_list_of_regions_is_an_event_place_beside_a_town_of_it(gazetteer):
    # EU statement to the OSCE, 26 January 2024 (EU reuse policy), tests/realtexts/holdout60
    text = ("In the latest barrage of 23rd January, at least 18 people were killed and 130 others were injured in Kyiv "
            "and in the Pavlohrad, Kharkiv, Balakliia, and Kherson regions of Ukraine.")
    places = {g[0] for g in _events(text, gazetteer, dt.date(2024, 1, 26))}
    assert {"Kyiv", "Kharkiv Oblast", "Kherson Oblast"} <= places


def test_places_and_days_paired_respectively(gazetteer):
    # EU statement to the OSCE, 26 January 2024 (EU reuse policy), tests/realtexts/holdout60
    # ("... hitting Ukrainian towns such as Pokrovsk, Novomoskovsk, Kharkiv, Kherson, and Odesa on 6th, 8th, 10th,
    # 12th, 17th January respectively"; the statement's other places tell Novomoskovsk from Tula Oblast's)
    text = Path(__file__).parent.joinpath("realtexts/holdout60/eu-osce-pokrovsk-balakliia-2024-01-26.txt").read_text()
    ev = extract_text(text, dt.date(2024, 1, 26), gazetteer=gazetteer).events
    ev = ev[ev["sentence"].str.contains("respectively")].sort_values("date")
    assert list(ev["date"]) == ["2024-01-06", "2024-01-08", "2024-01-10", "2024-01-12", "2024-01-17"]
    assert list(ev["admin1"]) == ["Donetsk Oblast", "Dnipropetrovsk Oblast", "Kharkiv Oblast", "Kherson Oblast",
                                  "Odesa Oblast"]


def test_the_night_that_ended_in_the_morning_told(gazetteer):
    # Wikipedia, "17 November 2024 Russian strikes on Ukraine" (CC BY-SA 4.0), tests/realtexts/holdout59
    text = ("During the morning of 17 November 2024, Russia launched a massive air attack on cities across Ukraine. "
            "According to President Zelenskyy, over 200 missiles and 90 drones were fired overnight and in the early "
            "morning. It was the biggest aerial attack since August 2024 with reports of attacks on the critical "
            "infrastructure of Lviv Oblast, Ivano-Frankivsk Oblast and Rivne Oblast.")
    got = _events(text, gazetteer, dt.date(2024, 11, 18))
    assert {(g[0], g[1], g[2], g[3]) for g in got} == {
        (region, "Explosions/Remote violence", "2024-11-17", "2024-11-17")
        for region in ("Lviv Oblast", "Ivano-Frankivsk Oblast", "Rivne Oblast")}


def test_a_city_under_permanent_fire_over_the_last_week(gazetteer):
    # EU statement to the OSCE, 5 May 2022 (EU reuse policy), tests/realtexts/holdout60
    text = ("Over the last week, the city of Kharkiv and its outskirts have been under permanent fire by the Russian "
            "Armed Forces, with seemingly no distinction between military and civilian targets.")
    got = _events(text, gazetteer, dt.date(2022, 5, 5))
    assert got == [("Kharkiv", "Explosions/Remote violence", "2022-04-28", "2022-05-05", "week")]


def test_siege_occupation_military_activity_and_a_blockade_are_events(gazetteer):
    # Australia at the UN Security Council, 13 April and 3 March 2014, and at the OSCE, 26 August 2024 (Commonwealth
    # of Australia), tests/realtexts/holdout82
    text = ("What we have seen unfold is a coordinated operation where well-trained and well-armed paramilitary units "
            "have moved quickly to lay siege to, occupy and control key institutions in five or six towns in Donetsk "
            "province.")
    assert _events(text, gazetteer, dt.date(2014, 4, 13)) == [
        ("Donetsk Oblast", "Battles", "2014-04-12", "2014-04-13", "day")]
    text = ("Since this Council last met on Saturday, Russian military activity in Crimea has seriously intensified "
            "and there are reports of Russian naval vessels blocking the exits of Sevastopol Bay in Crimea.")
    assert _events(text, gazetteer, dt.date(2014, 3, 3)) == [
        ("Crimea", "Strategic developments", "2014-03-01", "2014-03-01", "day")]
    text = "Australia is closely monitoring Ukraine's military actions, including in the Russian region of Kursk."
    assert [g[:2] for g in _events(text, gazetteer, dt.date(2024, 8, 26))] == [("Kursk Oblast", "Battles")]


def test_a_day_still_to_come_dates_nothing_after_it(gazetteer):
    # Senator Portman on the Senate floor, 6 September 2022 (US Government work), tests/realtexts/holdout91
    text = ("Last week, I was able to visit Ukraine and to go to Kyiv, the capital. She and I will be back here on the "
            "Senate floor, together, later this week to talk further about this trip. It also came in the same week "
            "that Ukraine began a counteroffensive against the Russian invasion here in the Kherson area.")
    got = [g for g in _events(text, gazetteer, dt.date(2022, 9, 6)) if g[1] == "Battles"]
    assert got == [("Kherson", "Battles", "2022-08-29", "2022-09-04", "week")]


def test_invaded_declared_independence_and_a_human_chain_are_events(gazetteer):
    # House Resolution 956, 2 March 2022 (US Government work), tests/realtexts/holdout91; an ECR Group motion in
    # the European Parliament, 16 September 2014, tests/realtexts/holdout89
    text = ("Whereas, on January 21, 1990, more than 300,000 Ukrainians called for unity and independence from the "
            "Soviet Union by forming a human chain between the cities of Kyiv and Ivano-Frankivsk;\n\nWhereas, "
            "beginning in April 2014, the Russian Federation invaded the Donetsk and Luhansk regions of Eastern "
            "Ukraine instigating violence, stoking conflict, arming separatists;")
    got = _events(text, gazetteer, dt.date(2022, 3, 2))
    assert ("Kyiv", "Protests", "1990-01-21", "1990-01-21", "day") in got
    assert ("Ivano-Frankivsk", "Protests", "1990-01-21", "1990-01-21", "day") in got
    assert ("Donetsk Oblast", "Battles", "2014-04-01", "2014-04-30", "month") in got
    text = ("A. whereas violence erupted in eastern Ukraine in April, when separatists declared independence in the "
            "Donetsk and Luhansk regions, following Russia's illegal annexation of Ukraine's Crimea;")
    got = _events(text, gazetteer, dt.date(2014, 9, 16))
    assert ("Luhansk Oblast", "Strategic developments", "2014-04-01", "2014-04-30", "month") in got


def test_troops_sent_in_are_a_strategic_development():
    # European Parliamentary Research Service, 28 February 2022, tests/realtexts/holdout89
    cue = classify("where a Russian so-called 'peacekeeping' force was sent earlier in the week")
    assert cue is not None and cue[:2] == ("Strategic developments", "Other")
    assert classify("Russia has been sending troops into the Donbas")[:2] == ("Strategic developments", "Other")


def test_a_dateline_abroad_is_where_the_report_was_filed(gazetteer):
    # DoD News, 28 February 2022 (US Government work), tests/realtexts/holdout45
    text = ("WASHINGTON (Feb. 28, 2022) -- Since Russian military forces illegally invaded Ukraine last week, "
            "Ukrainian civilians and soldiers, as well as Russian soldiers, have been killed.")
    assert _events(text, gazetteer, dt.date(2022, 2, 28)) == []
    # a Ukrainian dateline with no other place is where it happened; with another, the other
    got = _events("ODESA — Russian drones struck the port overnight.", gazetteer, dt.date(2024, 3, 15))
    assert [g[:2] for g in got] == [("Odesa", "Explosions/Remote violence")]
    got = _events("KYIV, Ukraine (AP) — Russian drones struck Odesa overnight.", gazetteer, dt.date(2024, 3, 15))
    assert [g[:2] for g in got] == [("Odesa", "Explosions/Remote violence")]


def test_it_was_a_list_of_places_goes_on_from_the_sentence_before(gazetteer):
    # Norway at the OSCE Permanent Council, 6 July 2023, tests/realtexts/holdout95
    text = ("This morning we once again woke up to the news of Russian missile attacks in Ukraine, as far west as "
            "Lviv. We hear disturbing reports of civilians killed and injured. Last week it was Kramatorsk, Sumy and "
            "Kherson.")
    got = {g[0]: g[1:] for g in _events(text, gazetteer, dt.date(2023, 7, 6))}
    assert got["Lviv"] == ("Explosions/Remote violence", "2023-07-06", "2023-07-06", "day")
    for city in ("Kramatorsk", "Sumy", "Kherson"):
        assert got[city] == ("Explosions/Remote violence", "2023-06-26", "2023-07-02", "week")


def test_the_city_after_a_sentence_about_one_city_is_that_city(gazetteer):
    # President of Ukraine, address of 8 January 2023 (official text), tests/realtexts/holdout92
    text = ("Among them are defenders of the Kyiv and Donetsk regions, Mariupol and the south of the country.\n\n"
            "Bakhmut is holding out against all odds. And although most of the city is destroyed by Russian strikes, "
            "our warriors repel constant attempts at Russian offensive there.")
    assert [g[:2] for g in _events(text, gazetteer, dt.date(2023, 1, 8))] == [
        ("Bakhmut", "Explosions/Remote violence")]


def test_a_summarys_past_day_is_the_day_its_lead_told(gazetteer):
    # Ukrinform on the Kherson regional head, 9 November 2024, and UNN, 19 September 2024, tests/realtexts/holdout93
    text = ("Two Killed, Two Injured In Russian Strikes On Kherson Region\n\nTwo people were killed and two others "
            "injured in Russia's shelling of the Kherson region on Friday, November 8.\n\nOleksandr Prokudin, head of "
            "the region's military administration, said this in a post on the Telegram messaging app.\n\n\"In the "
            "past 24 hours, enemy fire and airstrikes targeted Sadove, Stanislav, Bilozerka and Kherson,\" Prokudin "
            "said.")
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2024, 11, 9))}
    assert got["Bilozerka"] == got["Sadove"] == ("2024-11-08", "2024-11-08")
    # (not the day it was said)
    text = ("In the Kherson region, Russian troops shelled 11 settlements yesterday, wounding 6 people, the head of the "
            "Kherson RMA Oleksandr Prokudin said on Thursday in Telegram.\n\nAccording to Prokudin, Zmiivka, "
            "Tiahynka and Kozatske came under enemy fire and air strikes over the past day.")
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2024, 9, 19))}
    assert got["Tiahynka"] == ("2024-09-18", "2024-09-18")
    # a morning report that names no day keeps the night and day before publication
    text = "Over the past day, the enemy shelled Bilozerka and Kherson."
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2024, 9, 19))}
    assert got["Bilozerka"] == ("2024-09-18", "2024-09-19")


def test_this_mornings_attack_dates_the_lines_after_it(gazetteer):
    # Ukraine's mission to the OSCE, 26 January 2023 (official text), tests/realtexts/holdout96
    text = ("Yesterday, late in the evening, my fellow citizens in Ukraine went to bed or rather to bomb shelters due "
            "to a drone strike.\n\nLikewise, this morning, they were woken up again by an air alert because of a "
            "massive missile attack.\n\nIt was reported that 55 missiles were fired.\n\nThere are killed and wounded, "
            "at least, in Kyiv. Energy critical infrastructure was hit in the Odesa region.")
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2023, 1, 26))}
    assert got["Kyiv"] == got["Odesa Oblast"] == ("2023-01-26", "2023-01-26")


def test_the_country_that_struck_them_does_not_stop_the_place_told_before(gazetteer):
    # Ukraine's Ministry of Foreign Affairs, 19 November 2025 (official text), tests/realtexts/holdout96
    text = ("These are two ordinary residential buildings in Ternopil. Not military targets, but simply someone's "
            "homes. This morning Russia struck them, killing at least 10 people and injuring four dozen more.")
    assert _events(text, gazetteer, dt.date(2025, 11, 19)) == [
        ("Ternopil", "Explosions/Remote violence", "2025-11-19", "2025-11-19", "day")]


def test_a_hromada_named_by_a_shortened_adjective(gazetteer):
    # Censor.NET on the Sumy regional head, 23 August 2025, and Ukrinform on the Poltava regional head, 15 June 2025
    # (official texts), tests/realtexts/holdout98
    got = _events("Thus, at night, the Russians attacked the Vorozhbiansk community with two attack drones.", gazetteer,
                  dt.date(2025, 8, 23))
    assert [g[0] for g in got] == ["Vorozhbianska community (Vorozhba)"]
    got = _events("In the Chutiv community, residential buildings and cars were damaged by UAV debris.", gazetteer,
                  dt.date(2025, 6, 15))
    assert [g[0] for g in got] == ["Chutivska community (Chutove)"]


def test_an_address_names_the_event_at_its_narrowest_part(gazetteer):
    # UNN on the Kharkiv regional head, 24 September 2024 (official text), tests/realtexts/holdout101: the district
    # and the hromada only say where the village lies
    text = ("17:49, Kharkiv district, Tsyrkunivska community. As a result of the shelling, grass burned on the area "
            "of 3 hectares.\n\n14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught "
            "fire as a result of the shelling.\n\n10:00, Chuhuiv district, Vovchansk TG, Riznykove village. A "
            "destroyed house was burning as a result of the shelling.")
    ev = extract_text(text, dt.date(2024, 9, 24), gazetteer=gazetteer).events
    assert sorted(zip(ev["place"], ev["admin1"])) == [
        ("Ivashky", "Kharkiv Oblast"), ("Riznykove", "Kharkiv Oblast"),
        ("Tsyrkunivska community (Tsyrkuny)", "Kharkiv Oblast")]


def test_a_short_hromada_adjective_that_only_resembles_a_foreign_name(gazetteer):
    # Ukrinform on the Dnipropetrovsk regional police, 4 February 2024 (official text), tests/realtexts/holdout101
    # ("Myriv" is a spelling variant of Merriwa, Australia; the Myrivska hromada's centre is Myrove)
    text = ("The police are documenting the fallout from Russian strikes on a number of communities in "
            "Dnipropetrovsk region. \"On February 3, the invaders targeted the district center, involving heavy "
            "artillery and kamikaze drones. The Myriv community was also targeted.\"")
    got = _events(text, gazetteer, dt.date(2024, 2, 4))
    assert [g[0] for g in got if "community" in g[0]] == ["Myrivska community (Myrove)"]


def test_firing_on_a_release_in_exchange_and_what_is_no_event(gazetteer):
    # VOA live blog, 16 March 2022 (public domain), tests/realtexts/holdout103; General Staff via Ukrinform,
    # 14 August 2024, tests/realtexts/holdout106; UK Defence Intelligence, 26 August 2023, tests/realtexts/holdout105
    got = _events("The BBC reports that the mayor of Melitopol, Ukraine, has been released after being held by the "
                  "Russians for five days. Mayor Ivan Fedorov was released in exchange for nine Russian prisoners.",
                  gazetteer, dt.date(2022, 3, 16))
    assert [g[:2] for g in got] == [("Melitopol", "Strategic developments")]
    got = _events("All day long, the Russian army was firing on the Marhanets community.", gazetteer,
                  dt.date(2024, 2, 27))
    assert got == [("Marhanets", "Explosions/Remote violence", "2024-02-27", "2024-02-27", "day")]
    assert _events("Military airports Borisoglebsk and Savasleyka were hit. The results of the attack are being "
                   "clarified. The coordinated combat work of all components of the Defence Forces continues.",
                   gazetteer, dt.date(2024, 8, 14)) == [
        ("Borisoglebsk", "Explosions/Remote violence", "2024-08-13", "2024-08-14", "day"),
        ("Savasleyka", "Explosions/Remote violence", "2024-08-13", "2024-08-14", "day")]
    assert _events("Russia will probably press on, with the objective of advancing west to the Oskil River near "
                   "Kupiansk.", gazetteer, dt.date(2023, 8, 26)) == []


def test_a_paragraph_that_goes_on_with_the_speakers_account_keeps_its_day(gazetteer):
    # Ukrinform on the Kherson regional head, 28 April 2024 (official text), tests/realtexts/holdout104
    text = ('"The occupiers continue to destroy social infrastructure. In the morning, the Russians dropped 11 guided '
            'bombs on the right-bank part of the region," Prokudin wrote.\n\nAccording to him, six settlements came '
            'under enemy fire: Beryslav, Novoberyslav, Kostyrka, Prydniprovske, Veletenske, and Kizomys.')
    got = _events(text, gazetteer, dt.date(2024, 4, 28))
    assert {g[0] for g in got} >= {"Novoberyslav", "Kostyrka", "Kizomys"}
    assert {g[2:] for g in got} == {("2024-04-28", "2024-04-28", "day")}


def test_a_launch_site_and_what_a_target_serves_are_no_event_places(gazetteer):
    # Ukrainian Air Force via Ukrinform, 25 March 2024; General Staff via UNN, 11 March 2025 (official texts),
    # tests/realtexts/holdout106
    text = ('"Tonight, our sky defenders managed to take down 8 out of 9 Shahed attack drones, which the enemy '
            'launched from Cape Chauda (Crimea)," the statement reads. Mobile defense units of the Ukrainian Armed '
            'Forces were deployed to repel the aerial attack.')
    assert _events(text, gazetteer, dt.date(2024, 3, 25)) == []
    text = ('Explosions were also recorded in the area of the linear production dispatch station "Steel Horse" (Oryol '
            'region of the Russian Federation), which manages the technological processes of the "Druzhba" oil '
            'pipeline and is an important component in the processes of supplying oil to the terminal of the seaport '
            '"Ust-Luga" in the Leningrad region.')
    assert [g[0] for g in _events(text, gazetteer, dt.date(2025, 3, 11))] == ["Oryol Oblast"]


def test_a_live_page_entry_is_of_the_pages_day(gazetteer):
    # VOA live blog "Latest Developments in Ukraine: March 16" (public domain), tests/realtexts/holdout103
    text = ("The latest developments of the conflict between Russia and Ukraine, all times EDT:\n\n10:37 p.m.: The BBC "
            "reports that the mayor of Melitopol, Ukraine, has been released after being held by the Russians for "
            "five days. Mayor Ivan Fedorov was released in exchange for nine Russian prisoners.")
    assert _events(text, gazetteer, dt.date(2022, 3, 16)) == [
        ("Melitopol", "Strategic developments", "2022-03-16", "2022-03-16", "day")]


def test_a_yearless_date_just_before_a_statement_is_not_moved_to_the_year_of_a_statistic(gazetteer):
    # UK statement to the OSCE, 24 October 2024 (OGL v3.0), tests/realtexts/holdout41
    text = ("Some 300,000 tonnes of grain were destroyed between August and October 2023. Between 5 and 14 October, "
            "Russian missiles struck four civilian ships in deliberate attacks on export infrastructure in Odesa, "
            "killing at least 10 innocent civilians.")
    got = [g for g in _events(text, gazetteer, dt.date(2024, 10, 24)) if g[0] == "Odesa"]
    assert [g[2:4] for g in got] == [("2024-10-05", "2024-10-14")]


def test_a_dispatch_that_mentions_a_past_season_is_still_of_its_day(gazetteer):
    # Ukrinform on the Luhansk regional administration, 19 December 2023 (official text), tests/realtexts/holdout107
    text = ("Russian troops made several attempts to launch the offensive near the Luhansk region's Makiivka.\n\nThe "
            "relevant statement was made by Luhansk Regional Military Administration on Facebook, an Ukrinform "
            "correspondent reports.\n\nThe enemy was extensively shelling Nevske and Bilohorivka with mortars and "
            "artillery.\n\nIn Pryvillia, barely any civilians left. Last time people could use power supply services "
            "there in spring 2022.")
    got = {g[0]: g[2:] for g in _events(text, gazetteer, dt.date(2023, 12, 19))}
    assert got["Bilohorivka"] == ("2023-12-18", "2023-12-19", "day")


def test_a_fire_and_an_early_morning_attack(gazetteer):
    # Ukrainska Pravda on the Ivano-Frankivsk regional head; UNN on the Rivne regional administration, both
    # 26 August 2024 (official texts), tests/realtexts/holdout110
    text = ("A fire erupted on the roof of a newly constructed residential building over an area of 100 sq. m in one "
            "of the settlements of the Ivano-Frankivsk district.")
    assert [g[:2] for g in _events(text, gazetteer, dt.date(2024, 8, 26))] == [
        ("Ivano-Frankivsk District (Ivano-Frankivsk)", "Explosions/Remote violence")]
    text = ("An early morning attack on a power facility in Rivne Oblast left 30,000 consumers without electricity.")
    assert [g[2:] for g in _events(text, gazetteer, dt.date(2024, 8, 26))] == [("2024-08-26", "2024-08-26", "day")]


def test_a_push_of_some_kilometres_and_a_main_effort_are_fighting(gazetteer):
    # UK Defence Intelligence, 10 February 2023 and 28 May 2022 (OGL v3.0), tests/realtexts/holdout108
    text = ("On the northern outskirts of the Donbas town of Bakhmut, Wagner Group forces have pushed 2-3km further "
            "west, controlling countryside near the M-03 main route into the town.")
    assert "Bakhmut" in [g[0] for g in _events(text, gazetteer, dt.date(2023, 2, 10)) if g[1] == "Battles"]
    text = ("For now, Russia's main effort likely remains 40km east, around Sieverodonetsk pocket, but a bridgehead "
            "near Lyman would give Russia an advantage.")
    assert "Sievierodonetsk" in [g[0] for g in _events(text, gazetteer, dt.date(2022, 5, 28))]


def test_a_summary_since_the_start_of_a_named_day_is_of_that_day(gazetteer):
    # General Staff of Ukraine, 13 January 2025, in a copy of 15 January (official text)
    text = ("At the front, since the beginning of the day on January 13, 155 combat clashes took place, the General "
            "Staff reported as of 10:00 p.m.\n\nIn the Pokrovsk direction, during this day, the aggressor attacked our "
            "positions 74 times in the areas of the settlements of Baranivka, Zelene Pole and Lysivka.")
    got = _events(text, gazetteer, dt.date(2025, 1, 15))
    assert {g[0] for g in got} >= {"Baranivka", "Lysivka"}
    assert {g[2:] for g in got} == {("2025-01-13", "2025-01-13", "day")}


def test_where_the_events_told_before_took_place(gazetteer):
    # Defence Intelligence of Ukraine, quoted by UNN, 17 January 2024 (official text), tests/realtexts/holdout123:
    # railway relay cabinets burned (a sabotage), and the next paragraph says where
    text = ('"Unknown opponents of Putin\'s regime once again burned several relay cabinets on the railroad and other '
            'facilities used for the logistics of the occupation terrorist forces," the DIU reported on Telegram.\n\n'
            "As indicated, the events took place in the areas of the cities of Saratov, Yaroslavl and Dzerzhinsk in "
            "the Nizhny Novgorod region.")
    got = _events(text, gazetteer, dt.date(2024, 1, 17))
    assert {g[:2] for g in got} >= {("Saratov", "Strategic developments"), ("Yaroslavl", "Strategic developments"),
                                    ("Dzerzhinsk", "Strategic developments")}
    assert classify("saboteurs torched a locomotive")[1] == "Looting/property destruction"
    # a sabotage group is a unit that fights, no arson
    assert classify("a sabotage and reconnaissance group entered the village")[0] == "Battles"


def test_an_agency_dispatch_dates_its_undated_sections_by_its_own_day(gazetteer):
    # the Security Service of Ukraine, quoted by Censor.NET, 11 December 2024 (official text), holdout123: the
    # arsons "in October-November" date their own sentence, not the detention told in the next section
    text = ("The Security Service and the National Police detained new accomplices of the Russian special services "
            "who committed arsons in Odesa and Mykolaiv regions.\n\nThis was reported by the Security Service of "
            "Ukraine, Censor.NET reports.\n\nOdesa region\n\nA 24-year-old suspect was detained for setting fire to "
            "eight post offices on the coastal territory of the region in October-November.\n\nMykolaiv\n\n"
            "An enemy accomplice who set fire to a transformer substation supplying power to an entire city "
            "neighbourhood was detained.")
    got = _events(text, gazetteer, dt.date(2024, 12, 11))
    assert ("Odesa Oblast", "Strategic developments", "2024-10-01", "2024-11-30", "month") in got
    assert [g[2:] for g in got if g[0] == "Mykolaiv" and g[1] == "Strategic developments"] == [
        ("2024-12-10", "2024-12-11", "day")]


def test_a_count_as_of_a_later_hour_is_of_the_day_counted(gazetteer):
    # the President's Office (Tymoshenko), quoted by Censor.NET, 22 November 2022 (official text), holdout124
    text = ("Victims among the civilian population as a result of the armed aggression of the Russian Federation for "
            "11/21/2022 (as of 09:00 a.m. 11/22/2022):\n- the Donetsk region - 4 dead, 4 wounded\n"
            "- the Kherson region - 3 dead, 10 wounded.")
    got = _events(text, gazetteer, dt.date(2022, 11, 22))
    assert {g[0] for g in got} == {"Donetsk Oblast", "Kherson Oblast"}
    assert {g[2:] for g in got} == {("2022-11-21", "2022-11-21", "day")}


def test_a_list_of_regions_after_a_noun_keeps_its_first_item(gazetteer):
    # the Ministry of Energy (Halushchenko), quoted by Ukrinform, 8 May 2024 (official text), holdout122: the comma
    # after "the Poltava" cut the list; "Herman Halushchenko" is the minister, not the Lviv-region village Herman
    text = ("Electricity generation and transmission facilities in the Poltava, Kirovohrad, Zaporizhzhia, Lviv, "
            "Ivano-Frankivsk, and Vinnytsia regions were attacked,\u201d said the head of the Ministry, Herman "
            "Halushchenko.")
    got = {g[0] for g in _events(text, gazetteer, dt.date(2024, 5, 8))}
    assert got == {"Poltava Oblast", "Kirovohrad Oblast", "Zaporizhzhia Oblast", "Lviv Oblast",
                   "Ivano-Frankivsk Oblast", "Vinnytsia Oblast"}


def test_assaults_that_continue_are_of_the_day_told(gazetteer):
    # President Zelenskyy's evening address, quoted by UNN, 22 November 2025 (official text), holdout125
    text = ("On the Pokrovsk front, over 150,000 Russian forces continue their assaults, while Ukrainian units are "
            "conducting counter-offensive actions.")
    assert [g[2:] for g in _events(text, gazetteer, dt.date(2025, 11, 22)) if g[0] == "Pokrovsk"] == [
        ("2025-11-22", "2025-11-22", "day")]


def test_to_shell_is_a_cue_but_not_a_threat_nor_shell_shock(gazetteer):
    # UNN quoting the US ambassador, 2 March 2024 (US Government work), tests/realtexts/holdout139
    text = ('"Over the past 18 hours, Russia has continued to shell civilians in Odesa, Kharkiv, Dnipro and Sumy '
            'regions," she wrote.')
    assert {g[0] for g in _events(text, gazetteer, dt.date(2024, 3, 2))} == {
        "Odesa Oblast", "Kharkiv Oblast", "Dnipropetrovsk Oblast", "Sumy Oblast"}
    # Wikipedia, tests/realtexts/holdout24 and holdout12: a threat, and the shell-shocked, are no shelling
    text = ("On 2 March, Artem Seminikhin, the mayor of Konotop, stated that Russian forces in the city warned him that "
            "they would shell the city if the residents resisted them.")
    assert _events(text, gazetteer, dt.date(2024, 12, 1)) == []
    text = ("In June 2015, only a dozen of the poorest civilians continued to live in Pisky, many of them "
            "shell-shocked and bearing injuries.")
    assert _events(text, gazetteer, dt.date(2015, 7, 21)) == []


def test_the_day_a_clause_was_reported_is_not_its_event_s_day(gazetteer):
    # the SBU, quoted by UNN, 13 February 2025 (official text), tests/realtexts/holdout137
    text = ('The Security Service of Ukraine has notified the Russian general Oleksandr Dvornikov in absentia of '
            'suspicion for ordering a missile strike on the building of the Mykolaiv Regional Council "Iskander" on '
            'March 29, 2022, where 36 people were killed and 38 were injured, the SBU reported on Thursday, writes '
            'UNN.')
    assert _events(text, gazetteer, dt.date(2025, 2, 13)) == [
        ("Mykolaiv", "Explosions/Remote violence", "2022-03-29", "2022-03-29", "day")]


def test_forcibly_removing_children_is_a_deportation(gazetteer):
    # the Prosecutor General's Office, quoted by UNN, 20 November 2025 (official text), holdout137
    text = ("They are accused of forcibly removing 367 Ukrainian children from the Donetsk region to Russia in "
            "February-March 2022.")
    assert _events(text, gazetteer, dt.date(2025, 11, 20)) == [
        ("Donetsk Oblast", "Violence against civilians", "2022-02-01", "2022-03-31", "month")]
    # but Ukrainians "facing deportation" is no event (UK at the OSCE, 19 May 2022, holdout41)
    text = ("Yesterday marked 78 years since the Soviet Union's campaign to forcibly deport the entire Tatar "
            "population from their ancestral homeland of Crimea. Today Ukrainians are again facing repression, "
            "deportation and destruction of culture and identity.")
    assert "Violence against civilians" not in {g[1] for g in _events(text, gazetteer, dt.date(2022, 5, 19))}


def test_rescuers_who_arrived_where_a_drone_struck_are_no_visit(gazetteer):
    # the EU at the OSCE, 11 April 2024 (Commission Decision 2011/833/EU), tests/realtexts/holdout140
    text = ("Three rescue workers lost their lives in yet another “double strike” drone attack by Russia on a "
            "residential building after they arrived to provide assistance last Thursday in Kharkiv.")
    assert _events(text, gazetteer, dt.date(2024, 4, 11)) == [
        ("Kharkiv", "Explosions/Remote violence", "2024-04-04", "2024-04-04", "day")]
    # a minister who arrived is a visit still
    assert [g[0] for g in _events("The minister arrived in Kyiv hours after a drone attack on Odesa.", gazetteer,
                                  dt.date(2024, 4, 11))] == ["Odesa"]


def test_a_date_in_brackets_dates_the_places_before_it(gazetteer):
    # the EU at the OSCE, 13 July 2023 (Commission Decision 2011/833/EU), tests/realtexts/holdout140
    text = ("We strongly condemn the most recent attacks against residential areas of Lviv (6 July), Mykolaiv and "
            "Orikhiv (10 July), where a humanitarian support delivery centre was targeted.")
    got = {g[0]: g[2] for g in _events(text, gazetteer, dt.date(2023, 7, 13))}
    assert got == {"Lviv": "2023-07-06", "Mykolaiv": "2023-07-10", "Orikhiv": "2023-07-10"}


def test_since_morning_is_the_report_day(gazetteer):
    # Ukrinform on the Dnipropetrovsk head, 27 December 2025 (official text), tests/realtexts/holdout138
    text = Path(__file__).parent.joinpath(
        "realtexts/holdout138/ua-dnipropetrovsk-haivanenko-nikopol-chervonohryhorivka-2025-12-27.txt").read_text()
    got = {g[0]: g[2:] for g in _events(text, gazetteer, dt.date(2025, 12, 27))}
    assert got["Myrove"] == got["Chervonohryhorivka"] == ("2025-12-27", "2025-12-27", "day")


def test_a_daytime_hour_in_a_report_naming_no_day_is_of_its_day(gazetteer):
    # Ukrinform on the Kherson mayor, 12 January 2025, and on the Mykolaiv head, 2 June 2025 (official texts),
    # tests/realtexts/holdout129
    text = ("In Kherson, after 3 p.m., the Dniprovsky district was attacked by an enemy drone. Two people suffered "
            "mine-blast injuries.")
    assert {g[2:] for g in _events(text, gazetteer, dt.date(2025, 1, 12))} == {("2025-01-12", "2025-01-12", "day")}
    text = '"At about 12:00, the Russians attacked the Kutsurubska community with FPV drones," Kim wrote.'
    assert {g[2:] for g in _events(text, gazetteer, dt.date(2025, 6, 2))} == {("2025-06-02", "2025-06-02", "day")}
    # an evening hour is no proof of the day (told the next morning, it is of the day before): the dateline's span
    text = "At about 23:00, the Russians attacked the Kutsurubska community with FPV drones."
    assert {g[2:] for g in _events(text, gazetteer, dt.date(2025, 6, 2))} == {("2025-06-01", "2025-06-02", "day")}
    # holdout132 (Ukrinform on the Zaporizhzhia head, 26 May 2025): the small hours are of the day told
    text = "“After midnight, the enemy attacked the village of Yurkivka. They hit a private house.”"
    assert ("2025-05-26", "2025-05-26", "day") in {g[2:] for g in _events(text, gazetteer, dt.date(2025, 5, 26))}


def test_the_south_of_a_region_is_pinned_inside_it(gazetteer):
    # Ukrinform on the Odesa regional head, 9 November 2025 (official text), tests/realtexts/holdout129
    text = ('"On the morning of November 9, another cynical enemy drone attack was recorded in the south of the Odesa '
            'region. Fortunately, there were no casualties," he wrote.')
    ev = extract_text(text, dt.date(2025, 11, 9), gazetteer=gazetteer).events
    assert list(ev["relation"]) == ["southern_part"]
    assert 45.3 < ev.geometry.y[0] < 46.3 and ev["uncertainty_km"][0] < 200


def test_the_village_of_an_article_is_its_subject(gazetteer):
    # English Wikipedia, "Umanske" (CC BY-SA 4.0), tests/realtexts/holdout130: "the village" is the article's
    # subject, not Tonenke, which the sentence before named as where an assault came from
    text = ("Umanske (Ukrainian: \u0423\u043c\u0430\u043d\u0441\u044c\u043a\u0435) is a village in Pokrovsk Raion, "
            "Donetsk Oblast, Ukraine. Between 30 March and 1 April, one of the largest Russian assaults of the war "
            "took place from Tonenke towards the village, but was stopped after incurring losses. On 9 May 2024, the "
            "village became disputed by Ukrainian and Russian forces after geolocated footage provided evidence of "
            "Russian forces moving into the center of the village.")
    got = _events(text, gazetteer, dt.date(2024, 5, 9))
    assert ("Umanske", "Battles", "2024-05-09", "2024-05-09", "day") in got
    assert not [g for g in got if g[0] == "Tonenke" and g[2] == "2024-05-09"]


def test_a_warehouse_on_fire_after_a_drone_attack(gazetteer):
    # the State Emergency Service in the Chernihiv region, quoted by Censor.NET, 17 August 2025 (official text),
    # tests/realtexts/holdout126
    text = ("This morning, on 17 August, the Chernihiv region was attacked by enemy drones, which resulted in fires in "
            "two districts of the region.\n\nIn the Novhorod-Siverskyi district, a warehouse with an area of about "
            "100 sq m was on fire.")
    got = _events(text, gazetteer, dt.date(2025, 8, 17))
    assert [g[2:] for g in got if g[0].startswith("Novhorod-Siverskyi")] == [("2025-08-17", "2025-08-17", "day")]


def test_civilians_shot_in_a_month_told_are_of_that_month(gazetteer):
    # the Prosecutor General's Office, quoted by Censor.NET, 10 July 2024 (official text), holdout134
    text = ("Seven Russian servicemen involved in committing war crimes during the occupation of Bucha in Kyiv region "
            "were identified and served a notice of suspicion.\n\nIt was established that the suspects shot four "
            "civilians in March 2022. The bodies were found after the town was liberated.")
    got = _events(text, gazetteer, dt.date(2024, 7, 10))
    assert ("Bucha", "Violence against civilians", "2022-03-01", "2022-03-31", "month") in got


def test_a_weekly_summary_dates_its_undated_lines_by_its_week(gazetteer):
    # Censor.NET on the Chernihiv regional head, 23 June 2025 (official words), tests/realtexts/holdout133
    text = ("Over the past week, Russian forces carried out 292 strikes on 34 settlements in the Chernihiv region, with "
            "751 explosions recorded.\n\nAccording to the official, Russians launched a cruise missile at the city of "
            "Chernihiv, hitting a business facility.\n\nThe Koriukivka district also came under fire. On Tuesday "
            "morning, a woman from a village in the Snovsk community was injured.")
    got = {g[0]: g[2:] for g in _events(text, gazetteer, dt.date(2025, 6, 23))}
    assert got["Chernihiv"] == ("2025-06-16", "2025-06-23", "week")
    assert got["Snovsk"] == ("2025-06-17", "2025-06-17", "day")


def test_a_list_of_fires_after_a_night_attack(gazetteer):
    # UNN on the Kharkiv regional head and the State Emergency Service, 9 August 2025 (official words), holdout131
    text = ('"Last night, the enemy massively shelled the Bohodukhiv, Izium, Kupiansk, and Chuhuiv districts," wrote '
            "Oleh Syniehubov.\n\nBohodukhiv district: Zolochiv - fire in the administrative building of the hospital. "
            "No casualties; Chuhuiv district: Kluhyno-Bashkyrivka - fires in apartments on the 1st and 4th floors of a "
            "residential building.")
    got = {g[0]: g[2:] for g in _events(text, gazetteer, dt.date(2025, 8, 9))}
    assert got["Zolochiv"] == ("2025-08-08", "2025-08-09", "day")
    assert got["Kluhyno-Bashkyrivka"] == ("2025-08-08", "2025-08-09", "day")


def test_a_district_heading_heads_its_paragraph_and_the_morning_attack_is_today(gazetteer):
    # Censor.NET quoting the Cherkasy regional head, 23 October 2024; Ukrinform quoting the Lviv regional head,
    # 15 January 2025 (official texts), tests/realtexts/holdout164
    text = ("During the night, Russian occupants attacked the Cherkasy region with attack UAVs.\n\n"
            "Zolotonosha district\n\nFragments of Russian hardware ruined the roof of a private household.\n\n"
            "Uman district\n\nUAV debris destroyed a private garage and several cars.")
    got = {g[0]: g[1:] for g in _events(text, gazetteer, dt.date(2024, 10, 23))}
    assert got["Zolotonosha District (Zolotonosha)"] == ("Explosions/Remote violence", "2024-10-22", "2024-10-23", "day")
    text = ("During the morning Russian attack, two critical infrastructure facilities were struck in Drohobych and "
            "Stryi districts of Lviv region.")
    assert {g[2:] for g in _events(text, gazetteer, dt.date(2025, 1, 15))} == {("2025-01-15", "2025-01-15", "day")}
    text = "The evening enemy drone attack damaged a house in Nikopol."
    assert [g[2:] for g in _events(text, gazetteer, dt.date(2025, 1, 15))] == [("2025-01-14", "2025-01-14", "day")]


def test_an_offensive_to_reach_a_city_is_not_at_the_city_and_a_community_only_locates_its_village(gazetteer):
    # English Wikipedia, "Mykolaivka, Novohrodivka urban hromada" (CC BY-SA 4.0), tests/realtexts/holdout168: "the
    # village" is the article's subject; Pokrovsk is only the offensive's goal
    text = ("Mykolaivka (Ukrainian: Миколаївка) is a village in Novohrodivka urban hromada, Pokrovsk Raion, Donetsk "
            "Oblast, Ukraine.\n\nOn 14 August 2024, the village was entered by Russian forces amidst their offensive "
            "to reach the city of Pokrovsk, and was captured between around 17–23 August.")
    got = _events(text, gazetteer, dt.date(2024, 8, 23))
    assert [g[0] for g in got] == ["Mykolaivka", "Mykolaivka"]
    assert {g[2:4] for g in got} == {("2024-08-14", "2024-08-14"), ("2024-08-17", "2024-08-23")}
    # the Donetsk regional head quoted by Interfax-Ukraine, 24 May 2025 (official text), tests/realtexts/holdout166:
    # "Kryvyi Rih community" (the Kryvorizka hromada of the Pokrovsk district) only says which Dobropillia
    text = "In Dobropillia, Kryvyi Rih community, an infrastructure facility was damaged, Filashkin wrote."
    assert [g[0] for g in _events(text, gazetteer, dt.date(2025, 5, 24))] == ["Dobropillia"]


def test_a_given_name_between_villages_a_life_fought_for_and_as_of_now(gazetteer):
    # the Kherson regional head quoted by Interfax-Ukraine, 8 November 2024 and 2 September 2023 (official texts),
    # tests/realtexts/holdout171: "Stanislav" beside a village is the village; medics fighting for a life is no battle
    text = ('"The occupiers attacked a civilian by a drone on the highway between Stanislav and Oleksandrivka. The man '
            'was fatally wounded by the explosive," he said on the Telegram channel on Friday.')
    got = {g[0] for g in _events(text, gazetteer, dt.date(2024, 11, 8))}
    assert "Stanislav" in got
    text = ('"The occupiers fired guided air bombs at Odradokamyanka. They hit private houses. Medics are fighting '
            'for his life," he said.')
    assert {g[1] for g in _events(text, gazetteer, dt.date(2023, 9, 2))} == {"Explosions/Remote violence"}
    # the President's Telegram post quoted by Censor.NET, 17 May 2025, and his address of 6 September 2023,
    # tests/realtexts/holdout174: "As of now" is the dispatch's own day
    text = ("As of now, there are seven wounded in hospitals after a Russian drone struck a regular bus in "
            "Bilopillia, Sumy region.")
    assert [g[2:] for g in _events(text, gazetteer, dt.date(2025, 5, 17))] == [("2025-05-17", "2025-05-17", "day")]


def test_launch_directions_the_danube_ports_and_named_power_plants(gazetteer):
    # the Defense Forces of the South quoted by RBC-Ukraine, 3 September 2023 (official text), tests/realtexts/
    # holdout170: the places in brackets after "from the south and southeast directions" are launch sites
    text = ("Russian forces attacked the Danube port infrastructure in the Odesa region with Shahed drones overnight on "
            "September 3. \"Occupiers carried out several waves of attacks with the Shahed-136/131 UAVs from the south "
            "and southeast directions (Cape Chauda, Crimea, and Primorsko-Akhtarsk, Russia).\"")
    got = {g[0] for g in _events(text, gazetteer, dt.date(2023, 9, 3))}
    assert "Danube ports" in got and not {"Crimea", "Primorsko-Akhtarsk"} & got
    # UK statements at the OSCE, 1 November 2023 and 24 April 2024 (OGL v3.0), tests/realtexts/holdout173
    text = "On 26 October, Russian one-way-attack UAVs struck near Khmelnytsky Nuclear Power Plant, 280km west of Kyiv."
    assert [g[0] for g in _events(text, gazetteer, dt.date(2023, 11, 1))] == ["Khmelnytskyi Nuclear Power Plant"]
    text = ("Similarly, the destruction of the Trypilska Thermal Power Plant is a cynical attack on civilian energy "
            "infrastructure. The UK strongly condemns Hamas' appalling acts of terror against Israeli citizens.")
    ex = extract_text(text, dt.date(2024, 4, 24), gazetteer=gazetteer)
    assert list(ex.events["place"]) == ["Trypilska Thermal Power Plant"]
    assert "Hamm" not in set(ex.places["name"])


def test_a_night_told_dates_what_is_added_to_it_and_a_units_number_is_no_day(gazetteer):
    # Ukraine's General Staff quoted by Ukrainska Pravda, 29 August 2024, and by Censor.NET, 21 September 2024
    # (official texts), tests/realtexts/holdout178
    text = ('Quote: "The Atlas oil depot in Russia\'s Rostov Oblast was struck on the night of 27-28 August. The strike '
            'caused a fire."\n\n"In addition, strikes were carried out on the Zenit oil depot in Kirov Oblast and a '
            'field artillery ammunition storage point in Voronezh Oblast," the General Staff said.')
    assert {g[2:4] for g in _events(text, gazetteer, dt.date(2024, 8, 29))} == {("2024-08-27", "2024-08-28")}
    text = ("A strike on the 23rd arsenal of the Russian Defence Ministry's in Tver region\n\nIn addition, the Security "
            "Service of Ukraine struck the 23rd arsenal near the village of Oktyabrsk, Tver region.")
    got = _events(text, gazetteer, dt.date(2024, 9, 21))
    assert got and all(g[2] >= "2024-09-20" for g in got)  # not 23 August
    # the village of Oktyabrsk is not the town of Bashkortostan: the gazetteer lacks it, so it is in Tver Oblast
    assert {g[0] for g in got} <= {"Tver Oblast", "Oktyabrsk (Tver Oblast)"}


def test_a_report_written_while_the_aftermath_unfolds_is_of_its_own_day(gazetteer):
    # the Zaporizhzhia regional head quoted by Ukrinform, 7 December 2025, and the Kharkiv community head quoted by
    # Ukrinform, 9 October 2024 (official texts), tests/realtexts/holdout177 and holdout176: no day named, but "The
    # air-raid alert is ongoing", "is being established": written the day it happened
    text = ('"The enemy is attacking the Zaporizhzhia district again. The air-raid alert is ongoing," Fedorov wrote.\n\n'
            '"The Russians attacked Bilenke with drones. All necessary assistance is being provided to the injured."')
    got = {g[0]: g[2:4] for g in _events(text, gazetteer, dt.date(2025, 12, 7))}
    assert got["Bilenke"] == ("2025-12-07", "2025-12-07")
    text = ("“The occupants hit the village of Slatyne with a guided bombs. Information about the victims and damage is "
            "being established,” he said in a statement.")
    assert [g[2:4] for g in _events(text, gazetteer, dt.date(2024, 10, 9))] == [("2024-10-09", "2024-10-09")]
    # a day named keeps its own reading: "yesterday" stays the day before
    text = "Yesterday the Russians attacked Bilenke with drones. The consequences are being established."
    assert [g[2:4] for g in _events(text, gazetteer, dt.date(2025, 12, 7))] == [("2025-12-06", "2025-12-06")]


def test_an_occupation_told_with_its_days_and_its_crimes(gazetteer):
    # English Wikipedia, "Tyotkino" (CC BY-SA 4.0), tests/realtexts/holdout184: the village's occupation by Germany
    # from its first to its last day, and the people shot and hanged
    text = ("Tyotkino (Russian: Тёткино) is an urban locality in Glushkovsky District of Kursk Oblast, Russia.\n\n"
            "During World War II, the village was under German control from October 8, 1941, to September 2, 1943. "
            "During this time, 40 people were arrested and shot, and 12 supporters of the Soviet regime were publicly "
            "hanged.")
    got = _events(text, gazetteer, dt.date(2025, 7, 22))
    assert {g[2] for g in got if g[1] == "Battles"} == {"1941-10-08", "1943-09-02"}
    assert "Violence against civilians" in {g[1] for g in got}


def test_officials_in_a_part_of_the_country_name_where_not_who_and_borrow_no_places(gazetteer):
    # VOA staff report, 19 October 2023 (US Government work), tests/realtexts/holdout194: "southern Ukraine" is where
    # the officials are; the missile is not one of the drones of the regions listed two sentences before
    text = ("A total of 17 drones and missiles were launched against targets in Donetsk, Mykolayiv, Sumy, "
            "Dnipropetrovsk and Zaporizhzhia, the military said Thursday.\n\nThere were no reports of casualties.\n\n"
            "On Wednesday, officials in southern Ukraine said a Russian missile hit a residential area killing at "
            "least two people.")
    ev = extract_text(text, dt.date(2023, 10, 19), gazetteer=gazetteer).events
    assert sorted(ev["place"]) == [f"{n} Oblast" for n in ("Dnipropetrovsk", "Donetsk", "Mykolaiv", "Sumy",
                                                           "Zaporizhzhia")]
    # (the missile of Wednesday, borrowed, would stretch them to 17 October)
    assert all(s.startswith("A total of 17") for s in ev["sentence"]) and min(ev["date"]) >= "2023-10-18"


def test_a_lead_in_near_a_village_places_an_advance_into_a_region(gazetteer):
    # UK Defence Intelligence as rendered by UNN, 17 September 2025, tests/realtexts/holdout193: the advance is at
    # Sosnivka; the region is only where it went
    got = _events("But in the vicinity of the village of Sosnivka, Russian forces advanced approximately 10 km further "
                  "into Dnipropetrovsk region on a narrow front.", gazetteer, pub=dt.date(2025, 9, 17))
    assert [(p, t) for p, t, *_ in got] == [("Sosnivka", "Battles")]


def test_penetrating_defences_is_a_battle(gazetteer):
    # the General Staff via online.ua, 16 January 2025 (official text), tests/realtexts/holdout196
    assert classify("They tried to penetrate our defenses near the settlements of Kopanky and Terny.")[0] == "Battles"


def test_a_report_of_a_fire_still_burning_is_of_its_own_day(gazetteer):
    # the Dnipropetrovsk regional military administration via Ukrinform, 19 April 2024 (official text),
    # tests/realtexts/holdout195: an undated report written while the building burns
    text = ("In the City of Dnipro, a Russian missile hit a five-storey residential building, demolishing several "
            "floors.\n\n\"A five-storey building is on fire in Dnipro. It is partially destroyed. There may be people "
            "under the rubble. At the moment, six people have been confirmed as injured,\" the report says.")
    got = _events(text, gazetteer, pub=dt.date(2024, 4, 19))
    assert got == [("Dnipro", "Explosions/Remote violence", "2024-04-19", "2024-04-19", "day")]


def test_rescue_operations_deaths_and_affected_regions_tell_of_strikes(gazetteer):
    # the President's address via Ukrinform, 6 June 2025, and his post of 19 July 2025 (official texts),
    # tests/realtexts/holdout201: where rescuers work, where deaths are confirmed, the regions "affected"
    for text in ("The president noted that rescue operations continued throughout the day in various regions, "
                 "including Ternopil, Lutsk, Kyiv.", "As of now, four deaths have been confirmed – in Kyiv and Lutsk.",
                 "The regions of Donetsk, Kirovohrad, Dnipro, Sumy and Zhytomyr were affected."):
        assert classify(text)[0] == "Explosions/Remote violence", text
    # (not "the only chance to avoid death is to immediately surrender")
    assert classify("For those troops the only chance to avoid death is to immediately surrender.") is None
    got = _events("“The regions of Donetsk, Kirovohrad, Dnipro, Sumy, Kherson, Volyn, Zaporizhia, Mykolaiv, Odesa, and "
                  "Zhytomyr were affected.", gazetteer, pub=dt.date(2025, 7, 19))
    assert [p for p, *_ in got] == sorted(f"{n} Oblast" for n in (
        "Donetsk", "Kirovohrad", "Dnipropetrovsk", "Sumy", "Kherson", "Volyn", "Zaporizhzhia", "Mykolaiv", "Odesa",
        "Zhytomyr"))


def test_forces_striking_at_places_is_a_strike(gazetteer):
    # the President via Novyny.LIVE, 18 August 2025 (official text), tests/realtexts/holdout201
    got = _events("And it is at this very moment that the Russians are striking at Kharkiv, Zaporizhia, Sumy region, "
                  "Odessa, residential buildings, and our civilian infrastructure.", gazetteer, pub=dt.date(2025, 8, 18))
    assert {p for p, t, *_ in got if t == "Explosions/Remote violence"} == {"Kharkiv", "Zaporizhzhia", "Sumy Oblast",
                                                                          "Odesa"}
    assert classify("It is a striking example of Kharkiv's resilience.") is None


def test_after_midnight_follows_the_day_last_told(gazetteer):
    # the Dnipropetrovsk regional military administration via Ukrinform, 22 September 2025 (official text),
    # tests/realtexts/holdout202: after yesterday's attacks, "after midnight" is the report's own day
    text = ("Also, according to updated information, a five-story building and private houses were damaged in one of "
            "yesterday's attacks in Nikopol.\n\nAfter midnight, the enemy struck the Pokrovske community in the "
            "Synelnykove district with drones. An outdoor kitchen, a garage, and a truck were in flames.\n\n"
            "Six cars were destroyed, and three more were damaged.")
    got = _events(text, gazetteer, pub=dt.date(2025, 9, 22))
    assert ("Nikopol", "2025-09-21") in {(p, d) for p, _t, d, *_ in got}
    assert {d for p, _t, d, *_ in got if p == "Pokrovske"} == {"2025-09-22"}


def test_fighting_now_concentrated_somewhere_is_of_the_report_day(gazetteer):
    # Ambassador Carpenter's State Department briefing, 10 June 2022 (US Government work), tests/realtexts/holdout199:
    # "now" in the present is the briefing's day, not the "yesterday" of the paragraph before
    text = ("Yesterday we had Oleg Samoilenko, the chairman of the Kherson Oblast Rada, speak to the OSCE Permanent "
            "Council here in Vienna as a special guest.\n\nSo while much of the fighting, as you all know, is now "
            "concentrated around Sieverodonetsk and more broadly in the Donbas region, Kherson has become part of the "
            "Kremlin's laboratory of horrors.")
    got = _events(text, gazetteer, pub=dt.date(2022, 6, 10))
    assert ("Sievierodonetsk", "Battles", "2022-06-10", "2022-06-10", "day") in got


def test_a_strike_spilling_over_into_a_neighbouring_country_is_placed_there(gazetteer):
    # Ukraine's Foreign Ministry, 4 September 2023 (tests/realtexts/holdout190), a UK statement in Parliament, 16
    # November 2022 (holdout88) and a UK statement at the OSCE, 25 September 2025 (holdout214): the country's point
    # from the bundled basemap; Russia and Ukraine themselves, or a summit's host, are never pinned as a country
    got = _events("During the night attack on the port of Izmail, Russian drones fell and detonated on the territory of "
                  "Romania.", gazetteer, pub=dt.date(2023, 9, 4))
    assert ("Romania", "Explosions/Remote violence") in {(p, t) for p, t, *_ in got}
    ev = extract_text("With your permission, I will make a statement about the missile strike in Poland overnight.",
                      dt.date(2022, 11, 16), gazetteer=gazetteer).events
    row = ev[ev["place"] == "Poland"].iloc[0]
    assert abs(row.geometry.y - 52.0) < 0.3 and abs(row.geometry.x - 19.4) < 0.3 and row["uncertainty_km"] > 250
    got = _events("The UK is gravely concerned by the most recent incursions of drones into the sovereign airspace of "
                  "Estonia.", gazetteer, pub=dt.date(2025, 9, 25))
    assert "Estonia" in {p for p, *_ in got}
    got = _events("Zelensky was interviewed ahead of this week's NATO summit in Lithuania. Russian missiles struck "
                  "Odesa.", gazetteer, pub=dt.date(2023, 7, 10))
    assert "Lithuania" not in {p for p, *_ in got}


def test_a_list_of_entries_newest_first_goes_back_a_day_where_its_clock_goes_up(gazetteer):
    # the Kharkiv regional head via UNN, 28 September 2024 (official text), tests/realtexts/holdout212; the same
    # form in the Kharkiv administration's post of 1 August 2024 (holdout29)
    text = ("According to the head of the RMA, the following hostile attacks were recorded in the region over the day:\n\n"
            "- September 28 05:20 Kupyansk district, Kurylivska TG, Novoosynove village. A private house was damaged as a "
            "result of the shelling.\n\n- 28 September 04:49 Kupyansk district, Velykoburlutsk TG, Shypuvate village. "
            "The warehouse building of the enterprise was hit.\n\n- 17:03 м. Kharkiv, Kyivskyi district. The shelling "
            "damaged 16 houses.\n\n- 16:15 Kupyansk district, Kupyansk community, Kivsharivka village. The shelling of a "
            "5-storey residential building.")
    got = {(p, d) for p, _t, d, *_ in _events(text, gazetteer, pub=dt.date(2024, 9, 28))}
    assert {("Novoosynove", "2024-09-28"), ("Shypuvate", "2024-09-28"), ("Kharkiv", "2024-09-27"),
            ("Kivsharivka", "2024-09-27")} <= got
    # an entry of the small hours, dated, then the evening before: the night told back (UNN, 8 June 2024, holdout212;
    # the Kharkiv police and RMA head via UNN, 24 September 2024, holdout101); a few minutes up is no new day
    text = ("Kupyansk and the district were shelled by enemies:\n\nJune 8, 01: 50, Senkovo village, Kupyansky district. "
            "As a result of enemy shelling by the Russian military, a private house was damaged.\n\n22: 50, Shevchenkovo "
            "Village, Kupyansky district. As a result of enemy shelling from UAVs, a car was damaged.\n\n22: 00, Kupyansk "
            "city. As a result of enemy shelling by the Russian military, 4 private houses were damaged.")
    got = {(p, d) for p, _t, d, *_ in _events(text, gazetteer, pub=dt.date(2024, 6, 8))}
    assert {("Senkove", "2024-06-08"), ("Shevchenkove", "2024-06-07"), ("Kupiansk", "2024-06-07")} <= got
    text = ("September 24 03:49, Kharkiv, Kyiv district. An open area. As a result of shelling from \u201cTornado-S\u201d "
            "MLRS, grass and branches burned.\n\n17:40, Kharkiv. An enemy UAV hits the ground on the territory of the "
            "cemetery.\n\n17:49, Kharkiv district, Tsyrkunivska community. As a result of the shelling, grass burned.\n\n"
            "14:20, Bohodukhiv district, Zolochivska TG, Ivashky village. A private house caught fire as a result of the "
            "shelling.")
    got = {(p, d) for p, _t, d, *_ in _events(text, gazetteer, pub=dt.date(2024, 9, 24))}
    assert {("Kharkiv", "2024-09-24"), ("Kharkiv", "2024-09-23"), ("Ivashky", "2024-09-23")} <= got
    assert not any(d == "2024-09-22" for _p, d in got)
    # a live page's entries run back through midnight in a.m. hours: no day goes back ("1:04 a.m.", "12:02 a.m.")
    text = ("1:04 a.m.: The New York Times reports that Russian shelling hit Lyman.\n\n12:02 a.m.: Al Jazeera, citing the "
            "mayor of Severodonetsk, reports that Russian shelling hit the city.")
    assert {d for _p, _t, d, *_ in _events(text, gazetteer, pub=dt.date(2022, 5, 27))} == {"2022-05-27"}


def test_a_mass_grave_is_violence_against_civilians_where_it_was_found(gazetteer):
    # EU statement at the OSCE Permanent Council, 22 September 2022 (EU reuse policy), tests/realtexts/holdout211
    got = _events("We are profoundly shocked by the abhorrent reports of a mass grave found in Izyum last week, "
                  "containing over 440 persons, many of them with their arms tied behind their backs.", gazetteer,
                  pub=dt.date(2022, 9, 22))
    assert got == [("Izium", "Violence against civilians", "2022-09-12", "2022-09-18", "week")]


def test_a_briefings_troop_movements_are_strategic_developments(gazetteer):
    # DoD News, 11 April 2022 (US federal work), tests/realtexts/holdout279: a convoy headed toward a town, forces
    # that stay north of a city, positions reinforced
    got = _events("Lines of Russian vehicles are now headed toward Izyum, but they're still north of that city. "
                  "In Kharkiv, the DOD assesses that Russian forces remain north of the city but they have not totally "
                  "left the area as of yet, the official said. There's some evidence that the Russians are beginning "
                  "to reinforce some of their positions southwest of Donetsk.", gazetteer, pub=dt.date(2022, 4, 11))
    assert {(p, t) for p, t, *_ in got} == {("Izium", "Strategic developments"), ("Kharkiv", "Strategic developments"),
                                            ("Donetsk", "Strategic developments")}
    # a delegation that heads for a capital is no troop movement
    assert _events("The delegation headed for Kyiv on Monday.", gazetteer) == []


def test_the_presidents_focal_points_and_direction_headings_are_the_front(gazetteer):
    # the President's addresses of 6 and 22 October/November 2023 (official texts), tests/realtexts/holdout275
    got = _events("Avdiivka, Kupyansk, Kherson are the main focal points today.", gazetteer, pub=dt.date(2023, 11, 6))
    assert got == [(p, "Battles", "2023-11-06", "2023-11-06", "day") for p in ("Avdiivka", "Kherson", "Kupiansk")]
    text = ("Today, I want to mention our warriors who have distinguished themselves during these weeks.\n\n"
            "Kupiansk direction, Kharkiv region.\n\nThe 57th separate motorized infantry brigade.")
    got = _events(text, gazetteer, pub=dt.date(2023, 10, 22))
    assert ("Kupiansk", "Battles", "2023-10-22", "2023-10-22", "day") in got
    # a direction in a sentence of its own verbs is not a heading
    assert _events("The Kupiansk direction was mentioned in the report.", gazetteer) == []
    # "combat capabilities" are no combat (the address of 3 October 2023)
    text = ("Today I am in Kharkiv region.\n\nAs always, we talked to the battalion commanders. There are things that "
            "need to be done, in particular, to ensure that our brigades have greater motivation and combat "
            "capabilities.")
    assert _events(text, gazetteer, pub=dt.date(2023, 10, 3)) == []


def test_a_list_of_places_told_by_their_kinds_shares_the_cue_after_it(gazetteer):
    # the Donetsk regional prosecutor via Interfax-Ukraine, 27 March 2022 (official text), tests/realtexts/holdout281
    got = _events('"On March 26, 2022, the towns of New York and Zalizne, Toretsk, the village of Maksymilianivka, and '
                  'the town of Avdiyivka were subject to another enemy attacks with bombardments and shelling from '
                  'rocket artillery systems.', gazetteer, pub=dt.date(2022, 3, 27))
    assert {p for p, *_ in got} == {"Niu-York", "Zalizne", "Toretsk", "Maksymilianivka", "Avdiivka"}
    # a district that locates the list is no item of it (Lysak via Ukrinform, 6 August 2025, holdout118)
    got = _events("According to him, in the Nikopol district, the cities of Nikopol , Pokrovsk, and Marhanets were hit "
                  "by enemy fire.", gazetteer, pub=dt.date(2025, 8, 6))
    assert "Nikopol District (Nikopol)" not in {p for p, *_ in got} and "Marhanets" in {p for p, *_ in got}


def test_a_hromada_spelt_in_russian_opens_a_list_item(gazetteer):
    # the Sumy regional head via UNN, 4 October 2025 (official text), tests/realtexts/holdout284: Seredyna-Buda,
    # spelt Seredyno-Buda at the head of its item
    got = _events("According to the head of the OVA, yesterday in the Sumy region, 9 people were injured in three "
                  "communities: Seredyno-Buda - three women aged 59, 67, 76; Andriashivka - two women aged 62 and 50.",
                  gazetteer, pub=dt.date(2025, 10, 4))
    assert {(p, d) for p, _t, d, *_ in got} >= {("Seredyna-Buda", "2025-10-03"), ("Andriiashivka", "2025-10-03")}
    # and a list of hromadas is no address of a village
    got = _events("Yunakivska, Bilopilia and Esmanska communities were shelled.", gazetteer, pub=dt.date(2024, 8, 2))
    assert {p for p, *_ in got} == {"Yunakivska community (Yunakivka)", "Bilopillia", "Esmanska community (Esman)"}


def test_today_in_a_speech_the_lead_dates_is_the_day_of_the_speech(gazetteer):
    # the President's address of Tuesday 27 June 2023 as Interfax-Ukraine filed it on 28 June (official text),
    # tests/realtexts/holdout285
    text = ("Every manifestation of terror proves that Russia deserves defeat and a tribunal, Ukrainian President "
            "Volodymyr Zelenskyy said in a video address on Tuesday, commenting on the missile attacks.\n\n"
            "\"Today, Russian terrorists also brutally shelled Kramatorsk. S-300 missiles. Three people were killed, "
            "including a child,\" he said.")
    assert _events(text, gazetteer, pub=dt.date(2023, 6, 28)) == [
        ("Kramatorsk", "Explosions/Remote violence", "2023-06-27", "2023-06-27", "day")]
    # the agency's own "today" outside the quote stays the day it files
    text = ("Zelenskyy said in a video address on Tuesday that help is coming.\n\nToday, Russian troops shelled "
            "Kramatorsk.")
    assert _events(text, gazetteer, pub=dt.date(2023, 6, 28)) == [
        ("Kramatorsk", "Explosions/Remote violence", "2023-06-28", "2023-06-28", "day")]


def test_a_list_of_fronts_names_each_and_regions_trail_after_an_ellipsis(gazetteer):
    # the President's addresses of 18 and 15 May 2024 (official texts), tests/realtexts/holdout291
    got = _events("Quote from Zelenskyy: \"Let's not forget about other fronts beyond the Kharkiv front: the Kramatorsk, "
                  "Pokrovsk, and Kurakhove fronts, and the southern fronts; it's tough on all of those fronts, and our "
                  "forces are fighting back with dignity.", gazetteer, pub=dt.date(2024, 5, 18))
    assert {"Kramatorsk", "Pokrovsk", "Kurakhove"} <= {p for p, *_ in got}
    got = _events("Today there was a brutal attack on Kherson, Russian aerial bombs\u2026 Dnipro \u2014 there was a Russian "
                  "missile attack\u2026 Kharkiv, Mykolaiv, and Sumy regions\u2026 Our rescuers of SES of Ukraine had a lot "
                  "of work today.", gazetteer, pub=dt.date(2024, 5, 15))
    assert {"Mykolaiv Oblast", "Sumy Oblast", "Dnipro"} <= {p for p, *_ in got}


def test_a_direction_named_by_an_adjective_is_its_towns(gazetteer):
    # the General Staff via Interfax-Ukraine, 1 April 2024 (official text), tests/realtexts/holdout246: not the
    # village Novopavlivske of Mykolaiv Oblast; the Kharkiv head, 14 December 2024 (holdout202): Borova, not Borove
    got = _events("The occupiers also used aircraft to attack the Ukrainian defense positions in the Bakhmut, "
                  "Novopavlivske and Orikhiv directions.", gazetteer, pub=dt.date(2024, 4, 1))
    assert {p for p, *_ in got} == {"Bakhmut", "Novopavlivka", "Orikhiv"}
    got = _events("According to him, 26 people were evacuated from Kupiansk and Borivske directions yesterday.",
                  gazetteer, pub=dt.date(2024, 12, 14))
    assert "Borova" in {p for p, *_ in got}


def test_falling_wreckage_of_downed_drones_is_what_struck(gazetteer):
    # the Kyiv regional head and the State Emergency Service via Ukrainska Pravda, 3 December 2024 (official texts),
    # tests/realtexts/holdout301; not "pieces of wreckage" of an airliner handed over (holdout90)
    got = _events("The SES clarified that the wreckage fell on the territory of the Vyshgorod district.", gazetteer,
                  pub=dt.date(2024, 12, 3))
    assert [(p, t) for p, t, *_ in got] == [("Vyshgorod District (Vyshhorod)", "Explosions/Remote violence")]
    assert _events("The Dutch team is supervising the hand-over of personal property and any available pieces of "
                   "wreckage in Kharkiv.", gazetteer) == []


def test_a_front_whose_situation_was_stabilized_is_fought_over(gazetteer):
    # the President after the Commander-in-Chief's report, via UNN, 15 March 2025 (official words),
    # tests/realtexts/holdout297; not a humanitarian situation stabilized
    got = _events("The situation in the Pokrovsk direction has been stabilized.", gazetteer, pub=dt.date(2025, 3, 15))
    assert got == [("Pokrovsk", "Battles", "2025-03-14", "2025-03-15", "day")]  # (undated: the dateline span)
    assert _events("The humanitarian situation in Kherson has been stabilized.", gazetteer) == []


def test_forces_concentrating_their_efforts_near_towns_fight_there(gazetteer):
    # the Kharkiv group's spokesman via Ukrainska Pravda, 4 July 2024 (official words), tests/realtexts/holdout298
    got = _events("Details: Povkh stated that Russian forces continue to concentrate their efforts near Vovchansk and "
                  "Liptsy.", gazetteer, pub=dt.date(2024, 7, 4))
    assert {(p, t) for p, t, *_ in got} == {("Vovchansk", "Battles"), ("Lyptsi", "Battles")}


def test_pressure_increased_in_regions_is_fighting_there_not_pressure_on_a_capital(gazetteer):
    # the President via Censor.NET, 20 May 2022 (official words), tests/realtexts/holdout303; the Foreign Minister,
    # 24 June 2025 (holdout207): diplomatic pressure on Moscow is no battle
    got = _events("Russian invaders are trying to increase pressure in Donetsk and Luhansk regions.", gazetteer,
                  pub=dt.date(2022, 5, 20))
    assert {(p, t) for p, t, *_ in got} == {("Donetsk Oblast", "Battles"), ("Luhansk Oblast", "Battles")}
    assert _events("Increased pressure on Moscow by allies is a matter of trust.", gazetteer) == []


def test_lysaks_districts_and_communities(gazetteer):
    # the Dnipropetrovsk head via Ukrinform/MENAFN, Censor.NET and UNN, 2025 (official texts), tests/realtexts/holdout311
    got = _events("In the Nikopol district, Russian forces used both drones and artillery. \"It was loud in the district "
                  "center, as well as in the Marhanets, Myrove, and Pokrovske communities,\" Lysak said.", gazetteer,
                  pub=dt.date(2025, 8, 7))
    assert {"Nikopol", "Marhanets", "Myrove", "Pokrovske"} <= {p for p, *_ in got}
    # the Pokrovske of two districts in one report: each keeps its own, the one before the Synelnykove district too
    text = ("The Head of the Dnipropetrovsk Regional Military Administration stated that in the Nikopol district, the "
            "Russians used Grad MLRS to attack the communities of Nikopol, Marganets, and Pokrovske.\n\nIn the Pokrovske "
            "community, a private house was damaged by an FPV drone strike.\n\nThe Russians launched UAVs at the "
            "Synelnykivskyi district. A private house caught fire in the Pokrovske community.")
    ex = extract_text(text, dt.date(2025, 9, 25), gazetteer=gazetteer).events
    lats = sorted({round(g.y, 2) for p, g in zip(ex["place"], ex.geometry) if p == "Pokrovske"})
    assert lats == [47.55, 47.98]
    # "Synelnykiv region" is the Synelnykove district; "Mezhivska and Slavhorod districts" are hromadas
    got = _events("According to updated information, due to yesterday's KAB strikes on Synelnykiv region, 8 more "
                  "private houses were damaged.", gazetteer, pub=dt.date(2025, 4, 24))
    assert [p for p, *_ in got] == ["Synelnykiv District (Synelnykove)"]
    got = _events("Two enterprises in Mezhivska and Slavhorod districts of the Synelnykove direction were damaged.",
                  gazetteer, pub=dt.date(2025, 4, 27))
    assert "Mezhivska community (Mezhova)" in {p for p, *_ in got}


def test_the_presidents_fronts_of_late_2024(gazetteer):
    # Ukrinform on the President's addresses of 16 December, 22 and 28 August 2024 (official words),
    # tests/realtexts/holdout309
    got = _events("The situation remains difficult in the Pokrovsk sector and with Kurakhove.", gazetteer,
                  pub=dt.date(2024, 12, 16))
    assert {p for p, *_ in got} == {"Pokrovsk", "Kurakhove"}
    got = _events("The conflict condition is still tough in the Pokrovsk and Kurakhove areas.", gazetteer,
                  pub=dt.date(2024, 12, 16))
    assert {p for p, *_ in got} == {"Pokrovsk", "Kurakhove"}
    got = _events("Specifically, about the steps taken to strengthen the defense in the Toretsk and Pokrovsk "
                  "directions.", gazetteer, pub=dt.date(2024, 8, 22))
    assert {(p, t) for p, t, *_ in got} == {("Toretsk", "Battles"), ("Pokrovsk", "Battles")}
    got = _events("The Commander-in-Chief also reported on our operation in the Kursk region.", gazetteer,
                  pub=dt.date(2024, 8, 28))
    assert [(p, t) for p, t, *_ in got] == [("Kursk Oblast", "Battles")]
    # a rescue operation is no battle
    assert [t for _p, t, *_ in _events("The rescue operation in Dnipro is over.", gazetteer)] != ["Battles"]


def test_a_past_day_tally_restated_with_its_day_dates_the_lines_between(gazetteer):
    # the Donetsk head via Censor.NET, 9 April 2025 (official text), tests/realtexts/holdout317
    text = ("Russian troops shelled the Donetsk region 17 times over the past day, wounding 5 people.\n\nThis was "
            "announced by the head of the RMA Vadym Filashkin, Censor.NET reports.\n\nPokrovsk district\n\nA person was "
            "wounded, and a house was damaged in Pokrovsk.\n\nOn 8 April, Russian troops shelled Donetsk region 17 "
            "times, injuring 5 residents.")
    got = _events(text, gazetteer, pub=dt.date(2025, 4, 9))
    assert ("Pokrovsk", "Explosions/Remote violence", "2025-04-08", "2025-04-08", "day") in got
    # another count is no restatement: the past day stays the day before and the day
    got = _events(text.replace("Donetsk region 17 \ntimes", "x").replace("17 times, injuring", "3 times, injuring"),
                  gazetteer, pub=dt.date(2025, 4, 9))
    assert ("Pokrovsk", "Explosions/Remote violence", "2025-04-08", "2025-04-09", "day") in got


def test_entries_opened_by_at_or_around_after_midnight_go_back_a_day(gazetteer):
    # the Kharkiv head via UNN, 21 February 2024 (official text), tests/realtexts/holdout318: "Today around midnight",
    # then the day before told newest first
    text = ("Today around midnight in Liptsy village of Kharkiv district a garden association and one car were shelled.\n\n"
            "Also, according to him, at 20:50, the village of Kozacha Lopan, Dergachiv district, was shelled.\n\n"
            "Around 16:50 in the village of Petropavlivka, Kupyansk district, a civilian car was hit by an enemy "
            "kamikaze drone.\n\nAt 13:10, the village of Hlushkivka, Kupyansk district, was shelled by the KAB.")
    got = {(p, d) for p, _t, d, *_ in _events(text, gazetteer, pub=dt.date(2024, 2, 21))}
    assert {("Lyptsi", "2024-02-21"), ("Kozacha Lopan", "2024-02-20"), ("Petropavlivka", "2024-02-20"),
            ("Hlushkivka", "2024-02-20")} <= got


def test_the_presidents_strikes_of_2022_and_2025_place_their_towns(gazetteer):
    # the President's address of 18 July 2022 (official text), tests/realtexts/holdout321: the region locates the
    # cities after Toretsk, not Toretsk; the address of 8 November 2025 (holdout322): a life lost
    got = _events("And while this time lasts, while Russia can still destroy life in Ukraine, as it did today with strikes "
                  "at Nikopol, Toretsk, cities in the Kharkiv region.", gazetteer, pub=dt.date(2022, 7, 18))
    ex = extract_text("Russia struck Nikopol, Toretsk, cities in the Kharkiv region today.", dt.date(2022, 7, 18),
                      gazetteer=gazetteer).events
    toretsk = [g for p, g in zip(ex["place"], ex.geometry) if p.startswith("Toretsk")]
    assert toretsk and abs(toretsk[0].y - 48.395) < 0.05 and {"Nikopol", "Toretsk"} <= {p for p, *_ in got}
    got = _events("Tragically, one life was also lost in the Kharkiv region, and people were also injured in the Kyiv "
                  "and Poltava regions.", gazetteer, pub=dt.date(2025, 11, 8))
    assert {"Kharkiv Oblast", "Kyiv Oblast", "Poltava Oblast"} <= {p for p, *_ in got}


def test_a_visit_to_a_place_a_strike_destroyed_keeps_the_strike(gazetteer):
    # Ukrainska Pravda on the President's post, 24 May 2024 (official words), tests/realtexts/holdout315; a visit
    # alone stays no event
    got = _events("During his visit to Kharkiv, Ukrainian President Volodymyr Zelenskyy visited the printing facility "
                  "destroyed by a Russian strike on 23 May.", gazetteer, pub=dt.date(2024, 5, 24))
    assert got == [("Kharkiv", "Explosions/Remote violence", "2024-05-23", "2024-05-23", "day")]
    assert _events("During his visit to Kharkiv, the President met the regional head.", gazetteer,
                   pub=dt.date(2024, 5, 24)) == []


def test_a_place_with_a_settlement_military_administration_is_the_town(gazetteer):
    # the Kharkiv head via UNN, 6 October 2025 (official text), tests/realtexts/holdout324: Borova of the Izium
    # district, not the village Borova by Kharkiv
    ex = extract_text("This morning, the occupiers struck a light vehicle with an FPV drone. The head of the Borova "
                      "settlement military administration and the community secretary were in the car - they sustained "
                      "blast injuries.", dt.date(2025, 10, 6), gazetteer=gazetteer).events
    borova = [g for p, g in zip(ex["place"], ex.geometry) if p == "Borova"]
    assert borova and abs(borova[0].y - 49.38) < 0.05


def test_a_convoy_of_cars_shot_is_violence_against_civilians(gazetteer):
    # the Kharkiv head and prosecutors via Babel, 1 October 2022 (official text), tests/realtexts/holdout328: the
    # evacuation convoy shot between Kurylivka and Pishchane (not "shot down" an aircraft)
    text = ("The Russians shot a convoy of seven cars between the villages of Kurylivka and Pishchane in the Kupyansk "
            "district.")
    got = _events(text, gazetteer, dt.date(2022, 10, 1))
    assert {(g[0], g[1]) for g in got} == {("Kurylivka", "Violence against civilians"),
                                          ("Pishchane", "Violence against civilians")}


def test_a_collapsed_bridge_is_where_the_lead_in_says_not_on_its_route(gazetteer):
    # Fedorov via Ukrainska Pravda, 22 June 2023 (official words), tests/realtexts/holdout331: the Chonhar bridge
    # "has collapsed"; Crimea, Melitopol and Zaporizhzhia are the route its traffic took
    text = ('And in Chonhar, the road bridge used by the Russian army to transport heavy weapons from Crimea through '
            'Melitopol to the Zaporizhzhia and other fronts has "collapsed".')
    got = _events(text, gazetteer, dt.date(2023, 6, 22))
    assert [(g[0], g[1]) for g in got] == [("Chonhar", "Explosions/Remote violence")]


def test_a_summary_whose_lead_names_its_past_day_is_of_that_day(gazetteer):
    # Malashko via Ukrinform, 23 October 2023 (official text), tests/realtexts/holdout356: "Over the past day, October
    # 22" dates the summary's undated lines, not the headline's "overnight"
    text = ("Russian troops shell 24 settlements in Zaporizhzhia region overnight\n\n"
            "Over the past day, October 22, Russian invaders opened fire on 24 settlements in the Zaporizhzhia "
            "region.\n\nYuriy Malashko, the head of the Zaporizhzhia Regional Military Administration, reported this "
            "on Facebook, Ukrinform reported.\n\n\"177 attacks: the enemy fired at 24 settlements in the Zaporizhzhia "
            "region. 153 artillery attacks took place on the territory of Gulyaypole, Novoandriivka, Chervone and "
            "Stepnohirsk,\" the statement reads.")
    got = _events(text, gazetteer, dt.date(2023, 10, 23))
    towns = {g[0]: (g[2], g[3]) for g in got if g[0] in ("Huliaipole", "Novoandriivka", "Chervone", "Stepnohirsk")}
    assert len(towns) == 4 and set(towns.values()) == {("2023-10-22", "2023-10-22")}


def test_an_intense_situation_in_the_area_of_a_town_is_fighting_there(gazetteer):
    # Tregubov via Ukrinform (MENAFN copy), 2 January 2025 (official words), tests/realtexts/holdout362: no advance
    # "in the area of Chasiv Yar, although the situation is intense" (not "difficult to independently verify")
    text = ("He informed that there is currently no advance of Russian troops in the area of Chasiv Yar, although the "
            "situation is intense.")
    assert [(g[0], g[1]) for g in _events(text, gazetteer, dt.date(2025, 1, 2))] == [("Chasiv Yar", "Battles")]
    assert _events("The situation in the area of Chasiv Yar is difficult to independently verify.", gazetteer,
                   dt.date(2025, 1, 2)) == []


def test_communities_also_affected_were_hit(gazetteer):
    # Lysak via Ukrinform (MENAFN copy), 10 August 2025 (official text), tests/realtexts/holdout370
    text = "The Vasylkivka and Mezhova communities were also affected. An administrative building was destroyed."
    got = _events(text, gazetteer, dt.date(2025, 8, 10))
    assert {g[0] for g in got} == {"Vasylkivka", "Mezhova"}
    # UNN, 15 March 2025, tests/realtexts/holdout384
    text = "Nikopol, as well as the Marhanets and Myrove communities, were the most affected."
    assert {g[0] for g in _events(text, gazetteer, dt.date(2025, 3, 15))} == {"Nikopol", "Marhanets", "Myrove"}
