"""Accuracy on real texts written by others (tests/realtexts/): held at the measured level.

The floors are the measured values (11 texts, 32 gold events: 96.9 % located
within 25 km, 96.9 % with the right date, places 91 % recall / 100 % precision;
when the corpus was made: 90.6 %, 62.5 %, 91 %, 95 %) minus a small margin, so a
regression fails and an improvement can raise them.

The held-out texts (``tests/realtexts/holdout/``, 9 texts, 14 gold events) were
gold-annotated before the extractor was run on them; their first measurement
(100 % located, 64.3 % dated, event precision 44.8 %, places 100 % recall /
78.3 % precision) named failure classes (surnames read as villages, holidays and
acronyms read as places, undated sentences given the publication day, "early
months of 2023", "just days after", two dates in one sentence) that general rules
then fixed, so they are no longer unseen: floors are the values after those rules
(100 %, 85.7 %, 78.3 %, 100 %, 100 %) minus a margin.

The second held-out set (``tests/realtexts/holdout2/``, 9 texts, 18 gold events)
was gold-annotated before the extractor ever ran on it.  Its first measurement,
the unseen baseline, was 83.3 % located, 66.7 % dated, event precision 48.6 %,
places 96 % recall / 80 % precision; after the rules for the classes above it was
83.3 %, 77.8 %, 57.6 %, 96 %, 84.2 %.  Its failures were then looked at and fixed
with general rules too (words of organisation names, lists of places sharing a
cue, lists of city districts, an exactly spelled town against lookalike villages),
so it is no longer held out either: floors are the final values (100 %, 94.4 %,
69.7 %, 100 %, 100 %) minus a margin.

The third held-out set (``tests/realtexts/holdout3/``, 10 texts, 19 gold events: battles
for towns, strikes on cities, a drone attack in Moscow) was gold-annotated before the
extractor ever ran on it.  Its first measurement, the unseen baseline, is 89.5 % located,
63.2 % dated, event precision 57.1 %, places 100 % recall / 93.0 % precision; floors are
those values minus a margin until its failures are looked at.  Its failures were then fixed
with general rules (roads and districts named after cities, street names, withdrawals and
sieges, planned actions): 100 % located, 89.5 % dated, precision 73.5 %; no longer held out.

The fourth held-out set (``tests/realtexts/holdout4/``, 8 texts, 10 required gold events:
Belgorod, Bryansk, Kerch, Sevastopol, Crimea, Lviv oblast, Donetsk oblast) was written
after those fixes and measured once, unseen: 60 % located, 50 % dated, event precision
56 %, places 84.2 % recall / 85.7 % precision (villages missing from the gazetteer, the
Crimean Bridge as a place, a Russian district, a 2015 date taking a 2023 event's place).
Its failures were then looked at and fixed with general rules (a cited table of war-relevant
landmarks -- bridges, dams, power plants, air bases, an island; districts named by an
adjective resolved to their centre with a district-wide radius, and a village the gazetteer
lacks pinned at the centre of the district named with it; "People's Republic" and
"Secretary of State" as no places; a crash as an event; a target named after "for bombing"
as no event): 100 % located, 90 % dated, event precision 69.2 %, places 100 % / 100 %; so
holdout4 was then tuned on and is no longer held out.  The main set rose with the same
rules to 100 % located, 100 % dated, places 97.7 % recall.

The fifth held-out set (``tests/realtexts/holdout5/``, 8 texts, 31 required gold events:
Irpin, the Kakhovka dam, Krynky, Kurakhove, Chasiv Yar, Kharkiv, Toropets in Russia, a
country-wide strike on power plants) was gold-annotated blind and measured once, unseen,
with the extractor of 27 Nov: 96.8 % located, 83.9 % dated, event precision 69.5 %, places
90.7 % recall / 89.4 % precision. No rule is tuned on it. Measured again after the rules
drawn from holdout4 (landmarks, districts, People's Republics, crashes, intended targets; the
landmark table happens to hold the Kakhovka Dam that one of its texts names): 93.5 % located,
80.6 % dated, precision 69.0 %, places 93.0 % / 91.8 %: one event fewer each way; its texts and
failures were not looked at.

The sixth held-out set (``tests/realtexts/holdout6/``, 8 texts, 20 required gold events:
Przewodów in Poland, Okhtyrka, Trostianets, Transnistria, the Berdiansk port, the Tsezar
Kunikov, Robotyne, Pokrovsk) was gold-annotated blind and measured once, unseen, with the
extractor of 27 Nov after the holdout4 rules: 75 % located, 60 % dated, event precision 54.1 %,
places 92.9 % recall / 87.5 % precision. No rule is tuned on it. Measured again, blind, after the
date rules below: 80 % located, 70 % dated, precision 57.5 % (``holdout5/`` unchanged at 93.5 % /
80.6 %).

The seventh held-out set (``tests/realtexts/holdout7/``, 6 texts, 16 required gold events:
Kupiansk, Lyman, Popasna, the Zaporizhzhia nuclear plant, Balakliia, Melitopol, all 2022) was
gold-annotated blind and measured once, unseen, with the extractor at the end of 27 Nov:
87.5 % located, 62.5 % dated, event precision 48.5 %, places 92.6 % recall / 97.1 % precision.
No rule is tuned on it.

On 28 Nov the failures of holdout5, holdout6 and holdout7 were looked at (their unseen
measurements stay on record above) and fixed with general rules: "the city", "the dam", "the
plant" point back to the place named before; units and organisations hold no place ("1st Guards
Tank Army", "Bellona Foundation"); "occupied since 3 March" dates the taking; a year that frames
the days told after it is no event date; the year of a named event ("the 2023 counteroffensive");
a day of the story's clock ("later that day") is not pushed back as a said-date; "Two days after
the breach" counts forward; floods and breaches are events; Transnistria is a region; a region
later in a list does not claim an earlier town. They then read 100 %, 95 % and 100 % located and
dated. The eighth and ninth held-out sets (``holdout8/``: 8 settlement articles, 2023-2025, 23
events; ``holdout9/``: 8 articles on 2022 battles, 24 events) were gold-annotated blind and
measured once, unseen, after those rules: holdout8 87.0 % located, 73.9 % dated; holdout9 100 %
located, 95.8 % dated (together 93.6 % / 85.1 %). Their failures were then looked at and fixed with general
rules (each place takes the date of its own part of a clause; a date framing a finer one is not the
event's; "retook it"; "withdrew from X" happens at X; "X is a village" names what "the village"
means; language glosses, river names, award names; a place bearing the name as written beats one
GeoNames lists under it among its other names; "forces briefly entered"; "reached the outskirts"):
100 % / 100 % and 100 % / 100 %. The tenth held-out set (``holdout10/``: 4 UK Defence Intelligence
updates, the first news-style texts, and 5 Wikipedia excerpts; 28 events) was gold-annotated blind
and measured once, unseen, after those rules: 92.9 % located, 71.4 % dated, event precision 66.7 %. Its
failures were then fixed with general rules (a dispatch dated only by words counted from its own
day is no chronicle; hedged forecasts are no events; an axis named after a town is the place when
it is the only one; "the suburb"; "through May"; "contested", "secured the city", annexations):
96.4 % / 92.9 %. The eleventh held-out set (``holdout11/``: 7 UK Defence Intelligence updates and 2
Wikipedia excerpts; 31 events) was gold-annotated blind and measured once, unseen, after those
rules: 93.5 % located, 83.9 % dated, event precision 80.0 %. Its failures were fixed in turn (comparisons such as
"rose by 200 per cent from March to April"; "since at least January 2023"; "were located in the X
areas"; "entered Obolon District"; "the size of Greater London"): 93.5 % / 93.5 %. The twelfth
held-out set (``holdout12/``: 7 UK Defence Intelligence updates, 3 Wikipedia excerpts; 28 events)
was gold-annotated blind and measured once, unseen, after those rules: 85.7 % located, 85.7 % dated. A
thirteenth (``holdout13/``: 9 UK Defence Intelligence updates; 16 events), measured once, unseen,
after one more rule (the river beside its city): 93.8 % located, 68.8 % dated. Over the six sets
measured unseen on 28 Nov (holdout8..13, 150 events): 92.0 % located, 80.7 % dated. A fourteenth
(``holdout14/``: 6 US government briefings and releases, 2 Ukrainian official texts; 24 events),
measured once after the rules tuned on holdout12 and 13: 79.2 % located, 75.0 % dated. Over the
seven sets measured unseen on 28 Nov (174 events): 90.2 % located, 79.9 % dated. A fifteenth
(``holdout15/``: 5 US DoD briefings, a Ukrainian General Staff report, a UK update; 27 events),
measured once after the rules tuned on holdout14: 92.6 % located, 85.2 % dated. Over the eight
sets measured unseen on 28 Nov (201 events): 90.5 % located, 80.6 % dated.

Date rules drawn from the remaining date failures of the four tuned held-out sets (a country
that only speaks -- "Russia said" -- is no place and lets the sentence keep the place of the one
before; a leading calendar day before a reporting verb dates the event, a weekday still widens
to the day before; a date told after the reporting verb dates the event and the one before it
the statement; "gained control", "came under Russian control" and "troops entered" as captures;
a verb-led clause after a relative or participle clause is about the subject place; a date in a
"days after ..." clause does not date the main clause): dated 92.9 % (holdout), 100 %
(holdout2), 94.7 % (holdout3), 100 % (holdout4); event precision 82.6 %, 75.0 %, 81.6 %, 70.4 %.
"""
from __future__ import annotations

import datetime as dt

import pytest

from bench.bench_realtexts import CORPUS, accuracy, gold_pairs

MARGIN = 0.05
HOLDOUT_MARGIN = 0.08  # 14 events: one event more or less moves a share by 0.07
FLOORS = {"located_share": 1.0, "dated_share": 1.0, "place_recall": 0.977, "place_precision": 1.0}
HOLDOUT_FLOORS = {"located_share": 1.0, "dated_share": 0.929, "event_precision": 0.826,
                  "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT2_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                   "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT3_FLOORS = {"located_share": 1.0, "dated_share": 0.947, "event_precision": 0.816,
                   "place_recall": 1.0, "place_precision": 1.0}
# unseen baseline (27 Nov): 6/10 located, 5/10 dated; after the rules tuned on it: 10/10, 9/10; after the
# date rules of 28 Nov: 10/10, 10/10
HOLDOUT4_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.704,
                   "place_recall": 1.0, "place_precision": 1.0}
# unseen (27 Nov): 30/31 located, 26/31 dated; tuned on (28 Nov): 31/31, 31/31
HOLDOUT5_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.758,
                   "place_recall": 0.953, "place_precision": 0.935}
# unseen (27 Nov): 15/20 located, 12/20 dated; tuned on (28 Nov): 19/20, 19/20 (Przewodow is no cities500 village)
HOLDOUT6_FLOORS = {"located_share": 0.95, "dated_share": 0.95, "event_precision": 0.811,
                   "place_recall": 0.964, "place_precision": 0.903}
# unseen (27 Nov, end of day): 14/16 located, 10/16 dated; tuned on (28 Nov): 16/16, 16/16
HOLDOUT7_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.585,
                   "place_recall": 0.926, "place_precision": 1.0}
# unseen (28 Nov, after the rules tuned on holdout5..7): 20/23 located, 17/23 dated; tuned on: 23/23, 23/23
HOLDOUT8_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.921,
                   "place_recall": 1.0, "place_precision": 1.0}
# unseen (28 Nov, same extractor): 24/24 located, 23/24 dated; tuned on: 24/24, 24/24
HOLDOUT9_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.724,
                   "place_recall": 0.969, "place_precision": 0.947}
# unseen (28 Nov, after the rules tuned on holdout8 and 9): 26/28 located, 20/28 dated; tuned on: 27/28, 26/28
HOLDOUT10_FLOORS = {"located_share": 0.964, "dated_share": 0.929, "event_precision": 0.78,
                    "place_recall": 0.938, "place_precision": 0.971}
# unseen (28 Nov, after the rules tuned on holdout10): 29/31 located, 26/31 dated; tuned on: 29/31, 29/31
HOLDOUT11_FLOORS = {"located_share": 0.935, "dated_share": 0.935, "event_precision": 0.95,
                    "place_recall": 1.0, "place_precision": 0.973}
# measured once, unseen (28 Nov, after the rules tuned on holdout11): 24/28 located, 24/28 dated
# tuned on (the river beside its city, the Kinburn Spit as a landmark): 25/28, 25/28
HOLDOUT12_FLOORS = {"located_share": 0.893, "dated_share": 0.893, "event_precision": 0.725,
                    "place_recall": 0.897, "place_precision": 0.939}
# measured once, unseen (28 Nov, after the river rule drawn from holdout12): 15/16 located, 11/16 dated;
# tuned on (present progressive is the dispatch's day): 15/16, 14/16
HOLDOUT13_FLOORS = {"located_share": 0.9375, "dated_share": 0.875, "event_precision": 0.7,
                    "place_recall": 0.958, "place_precision": 1.0}
# unseen (28 Nov, after the rules tuned on holdout12 and 13): 19/24 located, 18/24 dated; tuned on: 20/24, 19/24
HOLDOUT14_FLOORS = {"located_share": 0.833, "dated_share": 0.792, "event_precision": 0.794,
                    "place_recall": 1.0, "place_precision": 0.95}
# measured once, unseen (28 Nov, after the rules tuned on holdout14): 25/27 located, 23/27 dated
HOLDOUT15_FLOORS = {"located_share": 0.926, "dated_share": 0.852, "event_precision": 0.833,
                    "place_recall": 0.919, "place_precision": 0.946}
# measured once, unseen (27 Nov, after the Donbas and district-of-town rules): 22/26 located, 17/26 dated;
# tuned on ("have just", "previous attacks", verbless lines, "opened fire"): 26/26, 26/26
HOLDOUT17_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.964,
                    "place_recall": 1.0, "place_precision": 1.0}
# measured once, unseen (27 Nov, after the rules tuned on holdout17): 23/24 located, 22/24 dated;
# tuned on (fuzzy names the text calls a town, ships, "southern Donetsk", fronts): 24/24, 24/24
# (event precision 0.857 -> 0.771 on 29 Nov, sixteenth session: "three areas - the Pokrovsk axis, the Kurakhove axis
# and the Velyka Novosilka axis in Donetsk Oblast" are now three month events of advances, which the gold does not list)
HOLDOUT16_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.771,
                    "place_recall": 1.0, "place_precision": 1.0}
# measured once, unseen (27 Nov, after the rules tuned on holdout17): 24/28 located, 18/28 dated;
# tuned on (month lists, years of named events, villages of a named region or district, nested witnesses): 28/28, 27/28
# measured once, unseen (27 Nov, after the rules tuned on holdout16-18): 21/25 located, 19/25 dated;
# tuned on ("secured the villages", "approximately 8km south of", a relative clause about Russia): 23/25, 22/25
HOLDOUT19_FLOORS = {"located_share": 0.92, "dated_share": 0.88, "event_precision": 0.88,
                    "place_recall": 1.0, "place_precision": 1.0}
# measured once, unseen (same rules as holdout19): 32/37 located, 28/37 dated; tuned on (fragments after a
# country-only line, "Kolomyia region", "Belgorod and Kursk Oblasts", a chronicle's year): 36/37, 33/37
HOLDOUT20_FLOORS = {"located_share": 0.973, "dated_share": 0.892, "event_precision": 0.821,
                    "place_recall": 0.967, "place_precision": 0.974}
# measured once, unseen (27 Nov, after the rules tuned on holdout19-20): 14/19 located, 14/19 dated;
# tuned on ("push west", "consolidated territory", the lower Dnipro): 16/19, 16/19
HOLDOUT21_FLOORS = {"located_share": 0.789, "dated_share": 0.789, "event_precision": 0.68,
                    "place_recall": 0.957, "place_precision": 1.0}
# measured once, unseen (same rules as holdout21): 28/32 located, 26/32 dated; tuned on ("the building",
# "we talked about yesterday", "the Odesa sea trade port", a bridge named after its town): 29/32, 29/32
HOLDOUT22_FLOORS = {"located_share": 0.906, "dated_share": 0.906, "event_precision": 0.787,
                    "place_recall": 0.906, "place_precision": 1.0}
# measured once, unseen (27 Nov, after the rules tuned on holdout21-22): 24/29 located, 13/29 dated;
# tuned on ("this week" ends at publication, "in the area of Vovchansk", "regaining", "National Police"): 29/29, 26/29
HOLDOUT23_FLOORS = {"located_share": 1.0, "dated_share": 0.966, "event_precision": 0.935,
                    "place_recall": 0.971, "place_precision": 1.0}
# measured once, unseen (same rules as holdout23): 33/35 located, 25/35 dated; tuned on (a chronicle section
# stepping back within its year): 33/35, 26/35
HOLDOUT24_FLOORS = {"located_share": 0.943, "dated_share": 0.743, "event_precision": 0.639,
                    "place_recall": 1.0, "place_precision": 0.956}
# measured once, unseen (27 Nov, after the rules tuned on holdout23-24): 5/7 located, 5/7 dated (a small set:
# "Orikiv" for Orikhiv is beyond the fuzzy index, "Russian-occupied Kherson" is the oblast)
HOLDOUT25_FLOORS = {"located_share": 0.714, "dated_share": 0.714, "event_precision": 0.857,
                    "place_recall": 0.9, "place_precision": 0.889}
# measured once, unseen (same rules): 8/11 located, 7/11 dated; tuned on ("take over" a town): 11/11, 10/11
HOLDOUT26_FLOORS = {"located_share": 1.0, "dated_share": 0.909, "event_precision": 0.762,
                    "place_recall": 1.0, "place_precision": 1.0}
# measured once, unseen: 14/22 located, 14/22 dated; tuned on (the Oskil River, "closer to", "remains isolated",
# "advance south from Izium", "concentrating equipment"): 19/22, 19/22
HOLDOUT27_FLOORS = {"located_share": 0.864, "dated_share": 0.864, "event_precision": 0.962,
                    "place_recall": 0.966, "place_precision": 1.0}
# measured once, unseen: 22/24 located, 14/24 dated; tuned on (a chronicle's "which began on", "two days into the
# war", the village of a named district, "ransacked"): 24/24, 23/24
HOLDOUT28_FLOORS = {"located_share": 1.0, "dated_share": 0.958, "event_precision": 0.914,
                    "place_recall": 1.0, "place_precision": 1.0}
# measured once, unseen: 25/32 located, 20/32 dated; tuned on ("the oblast", a morning report's "in the evening",
# a verbless header line, "Damage has also been reported in"): 31/32, 30/32
HOLDOUT29_FLOORS = {"located_share": 0.969, "dated_share": 0.938, "event_precision": 0.875,
                    "place_recall": 0.968, "place_precision": 1.0}
# measured once, unseen (same rules as holdout29): 11/11 located, 10/11 dated; tuned on ("early in the invasion",
# "returned to Russian control"): 11/11, 11/11
HOLDOUT30_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.938,
                    "place_recall": 1.0, "place_precision": 0.957}
# measured once, unseen: 5/13 located, 1/13 dated; tuned on ("the Pokrovske sector" is Pokrovsk, "since the beginning
# of the day", "gained success", "break through", "the Bakhmut and Melitopol fronts", "tried to improve the tactical
# situation"): 13/13, 13/13
HOLDOUT31_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.812,
                    "place_recall": 0.833, "place_precision": 0.818}
# measured once, unseen (same rules as holdout31): 8/8 located, 7/8 dated; tuned on (a dated section heading): 8/8, 8/8
HOLDOUT32_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.52,
                    "place_recall": 1.0, "place_precision": 0.727}
# measured once, unseen: 27/38 located, 22/38 dated; tuned on (a dated sentence naming no place dates the lines after
# it, "were targets for"): 36/38, 34/38
HOLDOUT33_FLOORS = {"located_share": 0.947, "dated_share": 0.895, "event_precision": 0.884,
                    "place_recall": 0.947, "place_precision": 1.0}
# three sets of Voice of America news reports (public domain), written blind: measured once, unseen (27 Nov, with the
# rules drawn from probing other wire reports: 'in the morning' of the day told, a village put in Russia, 'drones over'
# ...): holdout34 18/18 located, 15/18 dated; holdout35 20/24, 18/24; holdout36 26/34, 17/34; tuned on (a news
# report's undated lines are of its news day, 'drones over Bryansk' is the region, a governor's title is no event
# place, a district named apart, 'held since 2014' is background, 'the Zaporizhzhia nuclear station'): 18/18, 17/18;
# 22/24, 21/24; 34/34, 34/34
HOLDOUT34_FLOORS = {"located_share": 1.0, "dated_share": 0.944, "event_precision": 0.731,
                    "place_recall": 1.0, "place_precision": 0.821}
HOLDOUT35_FLOORS = {"located_share": 0.917, "dated_share": 0.875, "event_precision": 0.644,
                    "place_recall": 0.966, "place_precision": 0.789}
HOLDOUT36_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.821,
                    "place_recall": 1.0, "place_precision": 0.984}
# UK statements to the OSCE (OGL v3.0) and a fourth VOA set, written blind, each measured once unseen with the rules
# drawn from the sets before it: holdout38 25/25 located, 23/25 dated; holdout37 19/21, 19/21; holdout39 16/17, 13/17;
# tuned on ('24 hours later', 'Kyiv was shelled overnight by Russia', 'said on Thursday its air force struck' is of
# that day, 'a source in Kyiv told', 'Russia's western Belgorod region', 'before Russia's Friday attack', 'across the
# border from'): 25/25, 24/25; 20/21, 20/21; 17/17, 16/17
HOLDOUT37_FLOORS = {"located_share": 0.952, "dated_share": 0.952, "event_precision": 0.9,
                    "place_recall": 0.964, "place_precision": 0.903}
HOLDOUT38_FLOORS = {"located_share": 1.0, "dated_share": 0.96, "event_precision": 0.868,
                    "place_recall": 1.0, "place_precision": 0.933}
HOLDOUT39_FLOORS = {"located_share": 1.0, "dated_share": 0.941, "event_precision": 0.636,
                    "place_recall": 1.0, "place_precision": 0.778}
# UK statements to the OSCE and at the UN Security Council (OGL v3.0), US Mission to the OSCE statements (public
# domain), written blind and measured once unseen: holdout41 15/17 located, 8/17 dated and holdout42 15/16, 12/16 (with
# the rules drawn from holdout37-39); holdout40 15/16, 13/16 (after those drawn from holdout41-42); tuned on ('the
# Christmas period', 'This included overnight shelling', 'the southern Zaporizhzhia region', 'During the night' after a
# day told, 'Odesa.One', 'Greek'): 16/17, 13/17; 15/16, 13/16; 15/16, 14/16; holdout41 then 17/17, 14/17 ('came under
# attack', 'the UN Humanitarian Coordinator for Ukraine' is a title)
HOLDOUT40_FLOORS = {"located_share": 0.938, "dated_share": 0.875, "event_precision": 0.81,
                    "place_recall": 0.87, "place_precision": 0.826}
HOLDOUT41_FLOORS = {"located_share": 1.0, "dated_share": 0.824, "event_precision": 0.857,
                    "place_recall": 0.95, "place_precision": 0.85}
HOLDOUT42_FLOORS = {"located_share": 0.938, "dated_share": 0.812, "event_precision": 0.708,
                    "place_recall": 1.0, "place_precision": 0.962}
# UK government statements (OGL v3.0), Ukraine's missions to the UN and the OSCE (official texts) and US DoD News and
# Embassy texts (public domain), written blind and measured once unseen: holdout43 9/10 located, 8/10 dated (with the
# rules drawn from holdout40-42); holdout44 24/32, 24/32 and holdout45 6/6, 5/6 (after those drawn from holdout43);
# tuned on ('Omelnyk (Zaporizhzhia)', 'regions across Ukraine: Odesa, Poltava', 'affected by fire', 'Russia has
# launched attacks'): 9/10, 8/10; 30/32, 30/32; 6/6, 6/6
HOLDOUT43_FLOORS = {"located_share": 0.9, "dated_share": 0.8, "event_precision": 0.786,
                    "place_recall": 0.812, "place_precision": 0.917}
HOLDOUT44_FLOORS = {"located_share": 0.938, "dated_share": 0.938, "event_precision": 0.778,
                    "place_recall": 0.931, "place_precision": 0.826}
HOLDOUT45_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                    "place_recall": 1.0, "place_precision": 0.923}
# Wikipedia settlement articles 2024-25 (CC BY-SA 4.0), UK Defence Intelligence updates quoted in the press (OGL v3.0)
# and Ukrainian officials' statements 2024-25, written blind and measured once unseen: holdout47 3/11 located, 2/11
# dated and holdout48 10/13, 10/13 (with the rules drawn from holdout43-45); holdout46 4/10, 3/10 (after a rule drawn
# from holdout48: a region named alone is carried on); tuned on ('under Russian occupation since October 2024'):
# 6/10, 5/10; 3/11, 2/11; 12/13, 12/13 (holdout46's Verkhniokamianske is in no gazetteer; holdout47's quotes name
# the town after "the city" or only as "the Pokrovsk axis", "Ukraine's Kursk operation")
HOLDOUT46_FLOORS = {"located_share": 0.6, "dated_share": 0.5, "event_precision": 0.5,
                    "place_recall": 0.963, "place_precision": 0.939}
HOLDOUT47_FLOORS = {"located_share": 0.273, "dated_share": 0.182, "event_precision": 0.429,
                    "place_recall": 0.929, "place_precision": 1.0}
HOLDOUT48_FLOORS = {"located_share": 0.923, "dated_share": 0.923, "event_precision": 0.647,
                    "place_recall": 1.0, "place_precision": 0.958}
# Voice of America news 2024 (public domain), Ukrainian state bodies' official texts 2022-25 (General Staff reports,
# the President's addresses, prosecutors, the State Emergency Service) and Wikipedia attack articles (CC BY-SA 4.0),
# written blind and measured once unseen (with the rules drawn from holdout46-48 and three drawn from probes): 32/32
# located, 32/32 dated; 28/29, 28/29; 18/18, 17/18; tuned on ('Kliusy in the Chernihiv region': the namesake the
# region holds; 'the attack' after a background battle): 32/32, 32/32; 29/29, 29/29; 18/18, 18/18
HOLDOUT49_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.841,
                    "place_recall": 1.0, "place_precision": 0.976}
HOLDOUT50_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.889,
                    "place_recall": 1.0, "place_precision": 0.897}
HOLDOUT51_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.842,
                    "place_recall": 0.964, "place_precision": 1.0}
# Voice of America news 2022-23 (public domain), UK Defence Intelligence updates quoted whole (OGL v3.0) and Ukrainian
# regional administrations, police and ministries (official texts), written blind and measured once unseen (with the
# rules drawn from holdout49-51; holdout54 also with the fixes of holdout52-53): 18/18 located, 16/18 dated; 14/14,
# 13/14; 37/38, 28/38; tuned on ('have entered the city', 'has almost certainly relocated', a district with two
# records): 18/18, 17/18; 14/14, 14/14; 38/38, 29/38 (holdout54's undated lines of a day's summary are read by its
# writer as the publication day, where the tool keeps the sample gold's dateline span, the day before and the day)
HOLDOUT52_FLOORS = {"located_share": 1.0, "dated_share": 0.944, "event_precision": 0.794,
                    "place_recall": 1.0, "place_precision": 0.897}
HOLDOUT53_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.655,
                    "place_recall": 1.0, "place_precision": 0.92}
HOLDOUT54_FLOORS = {"located_share": 1.0, "dated_share": 0.763, "event_precision": 0.733,
                    "place_recall": 0.975, "place_precision": 0.978}
# Voice of America news 2023-24, UK statements to the OSCE and at the UN Security Council 2024-25 (OGL v3.0), Ukrainian
# ministries, border guards and police (official texts), US Government texts 2022-25 (public domain) and Wikipedia
# attack and village articles (CC BY-SA 4.0), written blind and measured once unseen (with the rules drawn from
# holdout52-54): 26/27 located, 25/27 dated; 8/10, 6/10; 31/33, 30/33; 9/10, 9/10; 27/28, 12/28; tuned on ('in an
# overnight nationwide attack' after its day, 'captured ... in late-April' after 'in 2022', a big city named as
# written, 'the Beryslav and Kherson districts', 'damaged, where over the weekend', 'fired overnight' after 'During
# the morning of 17 November'): 26/27, 25/27; 8/10, 7/10; 33/33, 32/33; 9/10, 9/10; 28/28, 28/28
HOLDOUT55_FLOORS = {"located_share": 0.963, "dated_share": 0.926, "event_precision": 0.743,
                    "place_recall": 0.912, "place_precision": 0.968}
HOLDOUT56_FLOORS = {"located_share": 0.8, "dated_share": 0.7, "event_precision": 0.533,
                    "place_recall": 0.957, "place_precision": 0.938}
HOLDOUT57_FLOORS = {"located_share": 1.0, "dated_share": 0.97, "event_precision": 0.872,
                    "place_recall": 0.97, "place_precision": 0.95}
HOLDOUT58_FLOORS = {"located_share": 0.9, "dated_share": 0.9, "event_precision": 0.846,
                    "place_recall": 0.867, "place_precision": 1.0}
HOLDOUT59_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.833,
                    "place_recall": 1.0, "place_precision": 0.842}
# EU statements to the OSCE 2022-24 (EU reuse policy), two Kremlin texts (CC BY 4.0), Ukrainian regional
# administrations, police and the Air Force 2022-24 (official texts) and VOA reports of 2022, written blind and
# measured once unseen (with the rules drawn from holdout55-59; holdout62 also with a rule drawn from holdout60): 57/60
# located, 53/60 dated; 1/1, 1/1; 15/18, 8/18; 5/9, 5/9; tuned on ('... and Odesa on 6th, 8th, 10th, 12th, 17th
# January respectively', 'the Pavlohrad, Kharkiv, Balakliia, and Kherson regions', 'fighting continues in', 'came
# under enemy fire', 'under permanent fire', "Ukraine's Kharkiv, Kherson ... regions"): 60/60, 60/60; 1/1, 1/1;
# 16/18, 13/18; 5/9, 5/9 (holdout63's recap lines name no act: "leaders
# are warning of an increasingly dire situation in Severodonetsk", "Duda visited Kyiv")
HOLDOUT60_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.958,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT61_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                    "place_recall": 1.0, "place_precision": 0.6}
HOLDOUT62_FLOORS = {"located_share": 0.889, "dated_share": 0.722, "event_precision": 0.577,
                    "place_recall": 0.944, "place_precision": 0.852}
HOLDOUT63_FLOORS = {"located_share": 0.556, "dated_share": 0.556, "event_precision": 0.727,
                    "place_recall": 1.0, "place_precision": 0.765}
# Wikinews (CC BY 2.5), Kremlin texts (CC BY 4.0), VOA reports of 2023 (public domain), Ukrainian regional
# administrations, the State Emergency Service and prosecutors 2024 (official texts), a Wikipedia attack article and
# village articles (CC BY-SA 4.0), Global Voices features (CC BY 3.0) and UK statements to the OSCE and the UN 2025-26
# (OGL v3.0), written blind and measured once unseen (with the rules drawn from holdout60-63 and the Okhmatdyt
# landmark): 9/9 located, 9/9 dated; 8/8, 4/8; 5/5, 5/5; 11/18, 11/18; 1/1, 1/1; 2/3, 0/3; 11/13, 11/13; 8/13, 7/13;
# tuned on ('Krasnopilska, Bilopilska ... communities', the story's one region for 'Semenivka', a region told after
# a conjunction, 'formerly known as Nevske', 'It was liberated', 'Starokonstantyniv:', 'from early March to
# November 11, 2022'): 9/9, 9/9; 8/8, 4/8; 5/5, 5/5; 18/18, 18/18; 1/1, 1/1; 2/3, 0/3; 13/13, 13/13; 13/13, 13/13
# (holdout65's meeting day and 'within two weeks' of a Kremlin report, holdout69's feature stories, are left)
HOLDOUT64_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.786,
                    "place_recall": 1.0, "place_precision": 0.923}
HOLDOUT65_FLOORS = {"located_share": 1.0, "dated_share": 0.5, "event_precision": 0.333,
                    "place_recall": 0.909, "place_precision": 0.818}
HOLDOUT66_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.7,
                    "place_recall": 1.0, "place_precision": 0.727}
HOLDOUT67_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.96,
                    "place_recall": 0.955, "place_precision": 0.793}
HOLDOUT68_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.333,
                    "place_recall": 1.0, "place_precision": 0.6}
HOLDOUT69_FLOORS = {"located_share": 0.667, "dated_share": 0.0, "event_precision": 0.333,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT70_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.889,
                    "place_recall": 0.941, "place_precision": 0.842}
HOLDOUT71_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.72,
                    "place_recall": 1.0, "place_precision": 0.973}
# Ukrainian official texts 2022-25 (a regional administration's daily round-ups, military administrations, the
# General Staff, the Air Force, the State Emergency Service, police; official texts), UK statements 2023-24 (OGL
# v3.0), Wikipedia village and battle articles (CC BY-SA 4.0) and EU statements to the OSCE 2023-25 (EU reuse
# policy), written blind and measured once unseen (with the rules drawn from holdout64-71): 45/45 located, 44/45
# dated; 3/3, 2/3; 15/15, 12/15; 15/17, 10/17; 48/54, 48/54; tuned on ('..., Shyroka Balka, Stanislav, Mykilske,
# ...', 'attempted to storm the positions', 'came under Russian occupation', 'On 10 November 2022, it was reported
# that', 'the cities of Poltava and Lviv', 'in September alone' before undated strikes, 'ravaged Kyiv and', 'broke
# into Tokmak'): 45/45, 44/45; 3/3, 2/3; 15/15, 15/15; 17/17, 15/17; 53/54, 53/54
HOLDOUT72_FLOORS = {"located_share": 1.0, "dated_share": 0.978, "event_precision": 0.935,
                    "place_recall": 1.0, "place_precision": 0.969}
HOLDOUT73_FLOORS = {"located_share": 1.0, "dated_share": 0.667, "event_precision": 0.545,
                    "place_recall": 0.833, "place_precision": 0.5}
HOLDOUT74_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.609,
                    "place_recall": 1.0, "place_precision": 0.968}
# (holdout75, US Government texts 2023-24, public domain, was measured unseen after that tuning: 2/3 located,
# 2/3 dated; the Defense Contact Group meeting "at Ramstein Air Base in Germany" has no place: an air base abroad
# is in no table)
HOLDOUT75_FLOORS = {"located_share": 0.667, "dated_share": 0.667, "event_precision": 1.0,
                    "place_recall": 0.75, "place_precision": 1.0}
HOLDOUT76_FLOORS = {"located_share": 1.0, "dated_share": 0.882, "event_precision": 0.783,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT77_FLOORS = {"located_share": 0.981, "dated_share": 0.981, "event_precision": 0.868,
                    "place_recall": 1.0, "place_precision": 0.94}
# VOA reports of 2024 (public domain), Wikipedia strike articles of 2022 (CC BY-SA 4.0), Ukrainian regional heads'
# reports 2023-25 as quoted by the agencies (official texts) and UK statements 2022-23 (OGL v3.0), written blind and
# measured once unseen (with the rules drawn from holdout72-77; holdout78 also with the 'Yesterday, the enemy fired'
# rule drawn from holdout80): 16/17 located, 15/17 dated; 2/2, 2/2; 26/27, 21/27; 4/4, 4/4; tuned on ('Yesterday,
# the enemy fired at the settlements of ...' dates its undated lines, 'the Synelnykivsky area'): 17/17, 16/17; 2/2,
# 2/2; 26/27, 26/27; 4/4, 4/4
HOLDOUT78_FLOORS = {"located_share": 1.0, "dated_share": 0.941, "event_precision": 0.633,
                    "place_recall": 0.9, "place_precision": 0.821}
HOLDOUT79_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.667,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT80_FLOORS = {"located_share": 0.963, "dated_share": 0.963, "event_precision": 0.615,
                    "place_recall": 1.0, "place_precision": 0.982}
HOLDOUT81_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.625,
                    "place_recall": 0.833, "place_precision": 0.714}
# Sixth session (28 Nov): government and parliament texts of other countries and a few more news and Wikipedia
# texts, written blind and measured once unseen (holdout82-87 with the rules of the sessions before; holdout89 also
# with the cues drawn from holdout82 and 86; holdout88, 90, 91 also with those drawn from holdout89): Australia/New
# Zealand at the UN and OSCE (CC BY 4.0) 8/12 located, 8/12 dated; France's foreign ministry 15/16, 14/16; Ukrainian
# prosecutors and police 14/14, 14/14; Wikipedia 2025 1/1, 1/1; Wikipedia western Russia 2/5, 2/5; VOA 2022 6/6,
# 4/6; UK Parliament (OPL v3.0) 4/7, 4/7; European Parliament 1/5, 1/5; Netherlands and Japan 4/4, 4/4; US Congress
# 5/11, 3/11 -- 60/81 located, 55/81 dated. Tuned on (a paper, church or final act named after a city; siege,
# occupy, invaded, military activity, a blockade, declared independence, troops sent, a human chain; a day still to
# come; "since Russia invaded ..."; a town's air base; the governor's region): 69/81, 65/81
HOLDOUT82_FLOORS = {"located_share": 0.917, "dated_share": 0.917, "event_precision": 0.929,
                    "place_recall": 0.933, "place_precision": 1.0}
HOLDOUT83_FLOORS = {"located_share": 0.938, "dated_share": 0.875, "event_precision": 0.882,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT84_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.786,
                    "place_recall": 1.0, "place_precision": 0.882}
HOLDOUT85_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                    "place_recall": 1.0, "place_precision": 0.5}
HOLDOUT86_FLOORS = {"located_share": 0.6, "dated_share": 0.6, "event_precision": 1.0,
                    "place_recall": 0.778, "place_precision": 1.0}
HOLDOUT87_FLOORS = {"located_share": 1.0, "dated_share": 0.667, "event_precision": 0.636,
                    "place_recall": 1.0, "place_precision": 0.875}
HOLDOUT88_FLOORS = {"located_share": 0.571, "dated_share": 0.571, "event_precision": 0.667,
                    "place_recall": 0.8, "place_precision": 0.778}
HOLDOUT89_FLOORS = {"located_share": 0.8, "dated_share": 0.6, "event_precision": 0.625,
                    "place_recall": 0.889, "place_precision": 1.0}
HOLDOUT90_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.714,
                    "place_recall": 0.9, "place_precision": 0.643}
HOLDOUT91_FLOORS = {"located_share": 0.636, "dated_share": 0.636, "event_precision": 0.688,
                    "place_recall": 0.882, "place_precision": 0.824}
# Second round of the sixth session: Ukrainian official texts (the President's addresses, southern regional heads and
# the State Emergency Service, the General Staff and the Air Force, the foreign ministry and its OSCE mission) and
# Norway's statements (NLOD 2.0), written blind and measured once unseen with every rule above (holdout92, 93, 94 and
# 96 also with the 'it was Kramatorsk, Sumy and Kherson' rule drawn from holdout95; holdout93, 94 and 96 also with
# 'the city' after a sentence opened by one city, drawn from holdout92; holdout94 also with the summary's 'past 24
# hours' drawn from holdout93): Norway 12/16 located, 12/16 dated; the President 7/9, 4/9; southern regional heads
# 42/42, 9/42 (the writer dated each 'past 24 hours' list by the lead's day; the tool gave the day and night before
# publication); General Staff and Air Force 54/55, 54/55; foreign ministry 16/17, 13/17 -- 131/139 located, 92/139
# dated. Tuned on (a summary's 'past 24 hours' is the lead's day; this morning's attack dates the lines after it;
# 'Russia struck them'): 137/139, 126/139
HOLDOUT92_FLOORS = {"located_share": 1.0, "dated_share": 0.667, "event_precision": 0.562,
                    "place_recall": 0.929, "place_precision": 0.522}
HOLDOUT93_FLOORS = {"located_share": 1.0, "dated_share": 0.833, "event_precision": 0.75,
                    "place_recall": 1.0, "place_precision": 0.981}
HOLDOUT94_FLOORS = {"located_share": 0.982, "dated_share": 0.982, "event_precision": 0.679,
                    "place_recall": 0.963, "place_precision": 0.659}
HOLDOUT95_FLOORS = {"located_share": 0.938, "dated_share": 0.938, "event_precision": 0.783,
                    "place_recall": 1.0, "place_precision": 0.87}
HOLDOUT96_FLOORS = {"located_share": 1.0, "dated_share": 0.941, "event_precision": 0.957,
                    "place_recall": 1.0, "place_precision": 0.933}
# Third round of the sixth session: Ukrainian regional heads of the north and east in 2025 (Sumy, Dnipropetrovsk,
# Donetsk, Kharkiv, Chernihiv, Poltava) and the State Border Guard Service and interior minister, written blind and
# measured once unseen with every rule above (holdout98 also with 'her name was' drawn from holdout92; holdout99 also
# with the regional body, the people list and the shortened hromada adjective drawn from holdout92 and holdout98):
# 28/33 located, 28/33 dated; 29/29, 29/29. Tuned on (a regional body names its region; 'the Vorozhbiansk community',
# 'the Chutiv community'): 31/33, 30/33
HOLDOUT98_FLOORS = {"located_share": 0.939, "dated_share": 0.909, "event_precision": 0.863,
                    "place_recall": 0.929, "place_precision": 0.98}
HOLDOUT99_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.824,
                    "place_recall": 0.966, "place_precision": 0.939}
# Sixth session's fourth round (28 Nov, seventh session): holdout97 (a Kremlin text), holdout100 (city heads),
# holdout101 (regional police), holdout102 (prosecutors), measured once unseen with the tree of cfd51df: 81/81
# located, 75/81 dated. Tuned on (an address 'X district, Y TG, Z village' names its event at Z; 'TG' is a hromada;
# 'the Myriv community'; 'Stanislav' in a list of villages; 'Police' heads a headline): event precision 77% -> 85%.
HOLDOUT97_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                    "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT100_FLOORS = {"located_share": 1.0, "dated_share": 0.8, "event_precision": 0.733,
                     "place_recall": 1.0, "place_precision": 0.75}
HOLDOUT101_FLOORS = {"located_share": 1.0, "dated_share": 0.92, "event_precision": 0.85,
                     "place_recall": 1.0, "place_precision": 0.971}
HOLDOUT102_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.837,
                     "place_recall": 1.0, "place_precision": 0.973}
# Measured once unseen on 8865229 (103: 12/13 located, 12/13 dated; 104: 47/48, 34/48; 105: 3/4, 3/4; 106: 14/16,
# 14/16), then general rules of the same session ('firing on', lists headed by a district, front-sector ends, any
# country of GeoNames, 'vetoed by Moscow', small airfields in a list, 'all day long', 'According to him' paragraphs,
# birth years, quoted names, launch sites, 'which' clauses). holdout104's Fedorov text gives 'the past day' as 26-27
# August for the city and 26 August for the 14 settlements; the extractor keeps one reading for both.
HOLDOUT103_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.928,
                     "place_recall": 1.0, "place_precision": 0.823}
HOLDOUT104_FLOORS = {"located_share": 1.0, "dated_share": 0.729, "event_precision": 0.703,
                     "place_recall": 1.0, "place_precision": 0.969}
HOLDOUT105_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT106_FLOORS = {"located_share": 0.937, "dated_share": 0.937, "event_precision": 1.0,
                     "place_recall": 0.958, "place_precision": 0.88}
# Measured once unseen on cf6e25a (107: 40/42 located, 25/42 dated; 12 of the date misses are one morning summary
# whose writer dated its undated lines the day before publication, where the tool gives the day and night before it),
# then general rules of the same session (a dispatch quoting Facebook or Telegram is of its day whatever past season
# it mentions; 'the Luhansk region's Makiivka'; 'the Seredyno-Buda community' is one place).
HOLDOUT107_FLOORS = {"located_share": 1.0, "dated_share": 0.714, "event_precision": 0.65,
                     "place_recall": 1.0, "place_precision": 0.983}
# Measured once unseen on 3e8d3ce (108: 8/10 located, 8/10 dated; 109, the three texts kept: 25/26, 25/26; 110: 10/11,
# 9/11), then general rules of the same session (fires that broke out or a house that caught fire; 'an early morning
# attack'; 'pushed 2-3km further west'; 'main effort'; 'since the beginning of the day on January 13').
HOLDOUT108_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT109_FLOORS = {"located_share": 0.961, "dated_share": 0.961, "event_precision": 0.675,
                     "place_recall": 0.875, "place_precision": 0.6}
HOLDOUT110_FLOORS = {"located_share": 1.0, "dated_share": 0.909, "event_precision": 0.75,
                     "place_recall": 1.0, "place_precision": 1.0}
# Eighth session (29 Nov): measured once unseen on 918267f (111, UK statements: 3/3 located, 1/3 dated, the
# statement's delivery date is not its page's; 112, regional heads: 30/30, 30/30; 114, Wikipedia 2024-25: 6/6, 5/6)
# and on 6f8ff30 (113, prosecutors, police and a regional head: 23/23, 23/23; 115, southern regional heads: 15/19,
# 14/19; 116, northern regional heads: 27/27, 27/27), then general rules ('in September last year'; the base of a
# comparison; 'not isolated incidents'; 'came under the fire of'; 'another soldier was wounded on ...'; 'at the Battle
# of X'; 'In Kherson, the regional governor said'; a toll shared out in a verbless line; 'Radsadivska').
# (place precision 0.833 since the twelfth session: "Ukraine's Black Sea and Danube ports" names the Danube ports, a
# landmark since then, which the gold does not list)
HOLDOUT111_FLOORS = {"located_share": 1.0, "dated_share": 0.333, "event_precision": 0.4,
                     "place_recall": 1.0, "place_precision": 0.833}
HOLDOUT112_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.906,
                     "place_recall": 0.951, "place_precision": 1.0}
HOLDOUT113_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.911,
                     "place_recall": 1.0, "place_precision": 0.969}
HOLDOUT114_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 0.937}
HOLDOUT115_FLOORS = {"located_share": 0.947, "dated_share": 0.842, "event_precision": 0.75,
                     "place_recall": 0.916, "place_precision": 0.96}
HOLDOUT116_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.902,
                     "place_recall": 0.972, "place_precision": 0.972}
# Eighth session's second round: measured once unseen on 03e3c42 (117, General Staff and Navy on strikes in Russia
# and Crimea: 11/12 located, 11/12 dated; 118, Dnipropetrovsk and Zaporizhzhia heads 2025: 17/20, 17/20; 119, Donetsk
# and Kharkiv heads 2025: 23/24, 21/24; 120, city administrations and police: 22/22, 21/22), then general rules
# (Radio Svoboda, Orion and Forpost drones; 'the cities of Nikopol, Pokrovsk, and Marhanets'; 'the Mezhevskaya
# community'; a dayless report of an unfolding aftermath is of its own day).
HOLDOUT117_FLOORS = {"located_share": 0.916, "dated_share": 0.916, "event_precision": 0.947,
                     "place_recall": 0.941, "place_precision": 0.941}
HOLDOUT118_FLOORS = {"located_share": 0.95, "dated_share": 0.95, "event_precision": 0.812,
                     "place_recall": 0.967, "place_precision": 0.911}
HOLDOUT119_FLOORS = {"located_share": 0.958, "dated_share": 0.958, "event_precision": 0.897,
                     "place_recall": 0.948, "place_precision": 0.975}
HOLDOUT120_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.857,
                     "place_recall": 1.0, "place_precision": 0.862}
# Ninth session's first round: measured once unseen on a7cb2de (121, border guards on Chernihiv and Sumy border
# communities: 24/24 located, 24/24 dated; 122, ministries of energy, culture and the interior: 17/19, 17/19; 123, SBU,
# National Guard and Defence Intelligence on sabotage, detentions and strikes in Russia: 8/13, 6/13; 124, 2022 regional
# heads and the President's Office: 19/19, 16/19; 125, the President and the Ombudsman: 15/18, 13/18), then general
# rules ('the events took place in the areas of Saratov, ...'; burned relay cabinets; an agency's attribution line; a
# quoted unit name; 'as of 09:00 a.m.'; a list of regions after a noun; 'continue their assaults'; Herman).
HOLDOUT121_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.871,
                     "place_recall": 1.0, "place_precision": 0.756}
HOLDOUT122_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.892,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT123_FLOORS = {"located_share": 0.846, "dated_share": 0.846, "event_precision": 0.875,
                     "place_recall": 0.933, "place_precision": 0.933}
HOLDOUT124_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT125_FLOORS = {"located_share": 0.833, "dated_share": 0.777, "event_precision": 0.818,
                     "place_recall": 1.0, "place_precision": 1.0}
# Ninth session's second round: measured once unseen on 5eef4f5 (126, State Emergency Service and the interior minister:
# 17/19 located, 15/19 dated; 127, Air Force and Navy: 14/14, 14/14; 128, Defense Forces of the South on Huliaipole:
# 21/21, 15/21; 130, Wikipedia village articles: 13/13, 12/13) and 1674528 (129, Kherson, Mykolaiv and Odesa heads 2025:
# 9/10, 7/10), then general rules (a daytime hour in a dayless report; the south of a region; 'the village' of an
# article; 'the Polohy district's village of'; 'was on fire'; Vladyslav; Hromadske Radio).
HOLDOUT126_FLOORS = {"located_share": 0.947, "dated_share": 0.842, "event_precision": 0.846,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT127_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.823,
                     "place_recall": 1.0, "place_precision": 0.666}
HOLDOUT128_FLOORS = {"located_share": 1.0, "dated_share": 0.714, "event_precision": 0.575,
                     "place_recall": 1.0, "place_precision": 0.848}
HOLDOUT129_FLOORS = {"located_share": 0.9, "dated_share": 0.9, "event_precision": 0.916,
                     "place_recall": 1.0, "place_precision": 0.916}
HOLDOUT130_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 1.0}
# Ninth session's third round: measured once unseen on 49dbe62 (134, prosecutors on crimes of 2022: 5/5 located,
# 3/5 dated), c0f299c (132, Zaporizhzhia head 2024-25: 11/11, 9/11) and ea453bc (133, Chernihiv and Sumy heads and
# police 2025: 17/18, 14/18), then general rules (city districts after a large city; 'shot four civilians'; 'After
# midnight'; a weekly summary).
HOLDOUT134_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.5,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT132_FLOORS = {"located_share": 1.0, "dated_share": 0.909, "event_precision": 0.588,
                     "place_recall": 1.0, "place_precision": 0.882}
HOLDOUT133_FLOORS = {"located_share": 0.944, "dated_share": 0.777, "event_precision": 0.722,
                     "place_recall": 0.964, "place_precision": 0.966}
# Ninth session's third round, last set: measured once unseen on 0d2f85b (131, Kharkiv head, SES, police and mayor 2025:
# 21/24 located, 20/24 dated), then general rules (a storey is no day; 'fire in the administrative building'; a
# mayor's city districts).
HOLDOUT131_FLOORS = {"located_share": 0.916, "dated_share": 0.916, "event_precision": 0.795,
                     "place_recall": 0.886, "place_precision": 0.954}
# Tenth session's round: measured once unseen on 82098a4 (135, Ministries of Energy and Health 2024-25: 20/20
# located, 20/20 dated; 137, prosecutors and SBU on crimes of 2022-24: 6/9, 6/9; 138, Dnipropetrovsk and Kherson heads
# 2025: 13/13, 9/13; 139, the UK at the Security Council and the US ambassador: 4/7, 4/7), then general rules ('to
# shell'; 'Since morning'; a regional council's building; the day a clause was reported; 'forcibly removing').
HOLDOUT135_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.916,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT137_FLOORS = {"located_share": 1.0, "dated_share": 0.777, "event_precision": 0.608,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT138_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.95,
                     "place_recall": 1.0, "place_precision": 0.941}
HOLDOUT139_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
# Tenth session's second round: measured once unseen on 3fc44b2 (140, the EU at the OSCE 2023-24: 20/21 located,
# 16/21 dated; 141, Ireland at the Security Council 2022: 9/11, 6/11; 142, city heads of Kherson, Sumy, Kharkiv and
# Kramatorsk 2024-25: 7/8, 7/8), then general rules (rescuers who 'arrived' where a drone struck; a big city spelt
# otherwise; dates in brackets after places; a headline's words are no surname; 'the Dnipro District of Kherson').
HOLDOUT140_FLOORS = {"located_share": 1.0, "dated_share": 0.904, "event_precision": 0.925,
                     "place_recall": 1.0, "place_precision": 0.96}
HOLDOUT141_FLOORS = {"located_share": 0.818, "dated_share": 0.545, "event_precision": 0.545,
                     "place_recall": 0.809, "place_precision": 1.0}
HOLDOUT142_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.727,
                     "place_recall": 1.0, "place_precision": 0.916}
# Tenth session's third round: measured once unseen on 6a05c67 (143, the EU at the OSCE 2024-25: 19/19 located, 9/19
# dated; 144, the Foreign Ministry of Ukraine 2025: 7/7, 6/7; 145, Norway at the OSCE and France 2022-24: 12/12, 9/12),
# then general rules ('Recent Russian attacks'; 'this weekend's attack'; a lower-case full date).
HOLDOUT143_FLOORS = {"located_share": 1.0, "dated_share": 0.842, "event_precision": 0.72,
                     "place_recall": 1.0, "place_precision": 0.95}
HOLDOUT144_FLOORS = {"located_share": 1.0, "dated_share": 0.857, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT145_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.684,
                     "place_recall": 1.0, "place_precision": 0.812}
# Eleventh session's first round: measured once unseen (146, Ukraine's Ombudsman 2022: 22/23 located, 21/23 dated;
# 147, US missions and Australia at the UN: 12/12, 5/12; 148, Ukraine's General Staff, Air Force and military spokespeople:
# 25/28, 24/28, all three on 1bee942; 151, the President's evening addresses 2022-23: 17/22, 15/22 on b49ea3d; 149,
# Wikipedia on frontline villages: 20/22, 16/22; 150, the Donetsk and Luhansk heads 2022-25: 29/29, 29/29, both on
# 5fc4eb4), then general rules (evacuated from, not to; 'did not abandon attempts'; what 'continues' after the past day;
# a list over two verbless lines; 'this day'; 'Russian forces took'; a river to cross; 'since 6 November 2014 ... was
# under control'; a common village name is no city's old name; the Tavriya and Slobozhansky directions).
HOLDOUT146_FLOORS = {"located_share": 1.0, "dated_share": 0.956, "event_precision": 0.967,
                     "place_recall": 1.0, "place_precision": 0.97}
HOLDOUT147_FLOORS = {"located_share": 1.0, "dated_share": 0.416, "event_precision": 0.277,
                     "place_recall": 1.0, "place_precision": 0.736}
HOLDOUT148_FLOORS = {"located_share": 0.964, "dated_share": 0.964, "event_precision": 0.872,
                     "place_recall": 0.969, "place_precision": 0.744}
HOLDOUT149_FLOORS = {"located_share": 1.0, "dated_share": 0.954, "event_precision": 0.764,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT150_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.822,
                     "place_recall": 1.0, "place_precision": 0.914}
HOLDOUT151_FLOORS = {"located_share": 0.909, "dated_share": 0.909, "event_precision": 0.961,
                     "place_recall": 1.0, "place_precision": 1.0}
# Eleventh session's second round: measured once unseen (153, Operational Command South and the southern heads
# 2022-23: 22/25 located, 22/25 dated, on 54142d3; 152, Wikipedia on settlements of Kyiv, Chernihiv and Luhansk oblasts:
# 15/18, 10/18; 154, the Kharkiv, Sumy and Zaporizhzhia heads and police 2022-23: 28/30, 28/30, both on f9ec0e4), then
# general rules (a neuter hromada adjective, 'Kutsurubske community'; a region after a semicolon heads what follows;
# 'the river Teteriv'; 'Borova village in Izium district').
HOLDOUT152_FLOORS = {"located_share": 0.833, "dated_share": 0.555, "event_precision": 0.512,
                     "place_recall": 0.969, "place_precision": 0.969}
HOLDOUT153_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.916,
                     "place_recall": 1.0, "place_precision": 0.945}
HOLDOUT154_FLOORS = {"located_share": 0.966, "dated_share": 0.966, "event_precision": 0.978,
                     "place_recall": 0.966, "place_precision": 0.962}
# Eleventh session's third round: measured once unseen on fa22503 (155, UK Defence Intelligence updates 2022: 11/13
# located, 10/13 dated; 156, US Defense Department briefings 2022: 10/16, 10/16; 157, Ukraine's Defence Ministry and
# Foreign Ministry 2022-24: 20/27, 20/27), then general rules ('The previous week was extremely difficult' names a
# weekly summary's week; 'attempts to restore the lost position'; forces 'repositioning from Kyiv'; 'Q: Can you';
# 'the Serebryan forest').
HOLDOUT155_FLOORS = {"located_share": 0.846, "dated_share": 0.769, "event_precision": 0.736,
                     "place_recall": 0.941, "place_precision": 1.0}
HOLDOUT156_FLOORS = {"located_share": 0.75, "dated_share": 0.75, "event_precision": 0.823,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT157_FLOORS = {"located_share": 0.777, "dated_share": 0.777, "event_precision": 0.812,
                     "place_recall": 0.935, "place_precision": 0.636}
# Eleventh session's fourth round: measured once unseen (158, the UK Parliament 2022-25: 8/14 located, 8/14 dated;
# 159, US State Department, UN mission, ambassador and Senate statements 2022-25: 12/12, 12/12, both on 7371c79; 160,
# UK statements at the OSCE and the Security Council 2023-25: 7/7, 6/7 on 9a088f8), then a general rule ('Russian forces
# are in control of Kherson, Melitopol and Berdyansk').
HOLDOUT158_FLOORS = {"located_share": 0.785, "dated_share": 0.785, "event_precision": 0.866,
                     "place_recall": 0.851, "place_precision": 1.0}
HOLDOUT159_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.95,
                     "place_recall": 1.0, "place_precision": 0.923}
HOLDOUT160_FLOORS = {"located_share": 1.0, "dated_share": 0.857, "event_precision": 0.533,
                     "place_recall": 0.923, "place_precision": 1.0}
# Eleventh session's fifth round: measured once unseen on 5257080 (161, the Kherson city and Nikopol district heads
# 2023-24: 28/28 located, 24/28 dated; 162, the Sumy, Odesa and Mykolaiv heads 2024-25: 27/28, 27/28; 163, the
# Dnipropetrovsk and Zaporizhzhia heads 2024-25: 11/13, 10/13), then a general rule ('the Shakhtarsk community in the
# Synelnykivskyi district', 'the village of Pokrovske in the Nikopol district': each mention keeps its district).
HOLDOUT161_FLOORS = {"located_share": 1.0, "dated_share": 0.857, "event_precision": 0.7,
                     "place_recall": 1.0, "place_precision": 0.857}
HOLDOUT162_FLOORS = {"located_share": 0.964, "dated_share": 0.964, "event_precision": 0.934,
                     "place_recall": 0.916, "place_precision": 0.93}
HOLDOUT163_FLOORS = {"located_share": 0.846, "dated_share": 0.769, "event_precision": 0.8,
                     "place_recall": 0.909, "place_precision": 0.909}
# Twelfth session's first round: measured once unseen on 51dd863 (164, western and central regional heads 2024-25:
# 11/13 located, 9/13 dated; 165, the Kharkiv head 2024-25: 29/29, 29/29; 166, the Donetsk heads 2023-25: 21/21, 19/21;
# 167, General Staff reports on the Kharkiv and Kupiansk directions 2024: 29/29, 29/29; 168, Wikipedia village articles:
# 12/12, 10/12; 169, prosecutors and the State Emergency Service: 11/12, 11/12), then general rules (a district heading;
# 'the morning Russian attack'; 'ruined'; the raion centres of 2020; 'offensive to reach'; 'X, Y community').
HOLDOUT164_FLOORS = {"located_share": 1.0, "dated_share": 0.923, "event_precision": 0.95,
                     "place_recall": 0.95, "place_precision": 1.0}
HOLDOUT165_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.934,
                     "place_recall": 1.0, "place_precision": 0.978}
HOLDOUT166_FLOORS = {"located_share": 1.0, "dated_share": 0.904, "event_precision": 0.774,
                     "place_recall": 1.0, "place_precision": 0.974}
HOLDOUT167_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.934,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT168_FLOORS = {"located_share": 1.0, "dated_share": 0.916, "event_precision": 0.772,
                     "place_recall": 1.0, "place_precision": 0.921}
HOLDOUT169_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
# Twelfth session's second round: measured once unseen on 1a93576 (171, Zaporizhzhia and Kherson heads 2023-24: 19/20
# located, 17/20 dated; 172, Sumy and Chernihiv administrations 2023-25: 27/27, 27/27; 174, the President and a Foreign
# Ministry envoy 2023-25: 15/15, 13/15; 175, Dnipropetrovsk, Mykolaiv and Odesa heads 2023-25: 22/22, 22/22) and on
# 733a428, the same extractor (170, the Defense Forces of the South and the Mykolaiv administration 2023-25: 11/13, 11/13;
# 173, UK statements at the OSCE FSC 2023-24: 11/13, 11/13), then general rules (the Danube ports and two power plants as
# landmarks; launch directions; a given name beside a village; 'As of now'; 'fighting for his life'; Hamas).
HOLDOUT170_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.85,
                     "place_recall": 1.0, "place_precision": 0.85}
HOLDOUT171_FLOORS = {"located_share": 1.0, "dated_share": 0.9, "event_precision": 0.84,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT172_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.97,
                     "place_recall": 1.0, "place_precision": 0.968}
HOLDOUT173_FLOORS = {"located_share": 0.923, "dated_share": 0.923, "event_precision": 0.736,
                     "place_recall": 0.882, "place_precision": 0.944}
HOLDOUT174_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.947,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT175_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.885,
                     "place_recall": 1.0, "place_precision": 0.891}
# Twelfth session's third round: measured once unseen on d5b2f38 (176, the Kharkiv head and city 2023-24: 24/24 located,
# 23/24 dated; 177, the Zaporizhzhia head 2024-25: 28/28, 26/28; 178, General Staff, SBU and HUR on strikes in Russia
# and Crimea 2024-25: 9/12, 7/12; 179, White House transcripts 2023-24: 4/4, 4/4; 180, the President's posts on strikes
# 2024-26: 28/28, 26/28; 181, the Kherson city and Mykolaiv heads 2024-25: 19/19, 19/19), then general rules (a night
# told by two days; 'the 23rd arsenal'; a district of a named region with no centre there; 'the village of'; words of
# an unfolding aftermath; 'Whitehouse').
HOLDOUT176_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 0.97}
HOLDOUT177_FLOORS = {"located_share": 1.0, "dated_share": 0.964, "event_precision": 0.921,
                     "place_recall": 1.0, "place_precision": 0.945}
HOLDOUT178_FLOORS = {"located_share": 0.75, "dated_share": 0.75, "event_precision": 1.0,
                     "place_recall": 0.823, "place_precision": 1.0}
HOLDOUT179_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.444,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT180_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT181_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.96,
                     "place_recall": 1.0, "place_precision": 0.916}
# Twelfth session's fourth round: measured once unseen on 0396d0b (184, Wikipedia on Kursk and Belgorod oblast
# villages: 9/12 located, 8/12 dated), d60de77 (182, Defence Ministry, HUR and SBU 2023-25: 19/19, 19/19; 183, the
# Khortytsia and border guard spokesmen 2024-25: 17/17, 16/17; 185, Donetsk, Dnipropetrovsk and Kharkiv police 2024:
# 29/30, 29/30) and 9656208 (186, Kyiv, Kirovohrad and Poltava heads 2025: 14/14, 14/14), then general rules (an
# occupation by any army; 'arrested and shot'; a grouping of forces named after a place; 'Nazar'; 'God').
HOLDOUT182_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.84,
                     "place_recall": 0.95, "place_precision": 0.962}
HOLDOUT183_FLOORS = {"located_share": 1.0, "dated_share": 0.941, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 0.974}
HOLDOUT184_FLOORS = {"located_share": 1.0, "dated_share": 0.916, "event_precision": 0.866,
                     "place_recall": 1.0, "place_precision": 0.95}
HOLDOUT185_FLOORS = {"located_share": 0.966, "dated_share": 0.966, "event_precision": 0.909,
                     "place_recall": 1.0, "place_precision": 0.947}
HOLDOUT186_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
# Twelfth session's fifth round: measured once unseen on 8f862e4 (188, Air Force reports and a VOA report 2024: 30/30
# located, 30/30 dated; 189, prosecutors 2024-25: 17/17, 17/17) and a917332 (187, the Sumy administration 2025: 28/28,
# 28/28), then one general rule (a Russian-spelt district adjective keeps a Ukrainian raion's centre).
HOLDOUT187_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT188_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.971,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT189_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.892,
                     "place_recall": 0.964, "place_precision": 0.961}
# Twelfth session's sixth round: measured once unseen on 16f5b67 (190, Foreign Ministry statements 2023-25, one of
# them in Ukrainian: 4/6 located, 2/6 dated; 192, Odesa heads 2024-25: 7/7, 7/7) and 8713bf7 (191, Wikipedia on Kharkiv
# and Sumy oblast places in 2022: 18/18, 17/18), then names only ('Industry'; Andrey, Alexey, Dmitriy, Evgeny).
HOLDOUT190_FLOORS = {"located_share": 0.666, "dated_share": 0.333, "event_precision": 0.6,
                     "place_recall": 0.714, "place_precision": 0.555}
HOLDOUT191_FLOORS = {"located_share": 1.0, "dated_share": 0.944, "event_precision": 0.812,
                     "place_recall": 1.0, "place_precision": 0.966}
HOLDOUT192_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 1.0}
# Thirteenth session's first round: measured once unseen on bfc4e2a (193, UK Defence Intelligence updates as the press
# rendered them 2023-25: 11/13 located, 10/13 dated; 194, VOA staff reports 2023-24: 24/30, 23/30; 195, official
# statements on single strikes 2023-25: 11/14, 9/14; 196, General Staff updates by direction 2024-25: 52/55, 52/55; 197,
# Pentagon briefings and DOD News of 2022: 5/10, 3/10; 198, western and central regional heads 2024-25: 12/12, 10/12),
# then lists naming regions, lists closed by a region, namesakes among list mates, Port Kavkaz, 'penetrate defences'.
HOLDOUT193_FLOORS = {"located_share": 0.846, "dated_share": 0.846, "event_precision": 0.8,
                     "place_recall": 0.84, "place_precision": 0.869}
HOLDOUT194_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.891,
                     "place_recall": 0.966, "place_precision": 0.969}
HOLDOUT195_FLOORS = {"located_share": 0.857, "dated_share": 0.857, "event_precision": 0.818,
                     "place_recall": 0.944, "place_precision": 0.894}
HOLDOUT196_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.93,
                     "place_recall": 1.0, "place_precision": 0.831}
HOLDOUT197_FLOORS = {"located_share": 0.6, "dated_share": 0.4, "event_precision": 0.625,
                     "place_recall": 1.0, "place_precision": 0.875}
HOLDOUT198_FLOORS = {"located_share": 1.0, "dated_share": 0.833, "event_precision": 0.777,
                     "place_recall": 1.0, "place_precision": 0.888}
# Thirteenth session's second round: measured once unseen on c82691d (199, US Government briefings 2022-25: 4/5
# located, 2/5 dated; 200, UK statements at the UN Security Council 2022-25: 12/12, 12/12; 201, the President's
# statements of 2025: 10/28, 9/28; 202, Kharkiv prosecutors and regional heads 2024-25: 25/25, 23/25; 203, Defense Forces
# of the South and the marines 2024-25: 12/13, 12/13; 204, Donetsk and Zaporizhzhia heads 2024-25: 26/26, 26/26), then
# cues (rescue operations, deaths, regions affected, striking at), 'after midnight', 'is now concentrated'.
HOLDOUT199_FLOORS = {"located_share": 0.8, "dated_share": 0.6, "event_precision": 0.6,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT200_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                     "place_recall": 0.941, "place_precision": 0.812}
HOLDOUT201_FLOORS = {"located_share": 0.964, "dated_share": 0.928, "event_precision": 0.878,
                     "place_recall": 0.969, "place_precision": 0.97}
HOLDOUT202_FLOORS = {"located_share": 1.0, "dated_share": 0.96, "event_precision": 0.69,
                     "place_recall": 1.0, "place_precision": 0.904}
HOLDOUT203_FLOORS = {"located_share": 0.923, "dated_share": 0.923, "event_precision": 0.904,
                     "place_recall": 0.937, "place_precision": 0.772}
HOLDOUT204_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.9,
                     "place_recall": 0.973, "place_precision": 1.0}
# Thirteenth session's third round: measured once unseen on 8805b48 (205, VOA staff reports and live pages 2022-24: 18/18
# located, 18/18 dated; 206, EU statements at the OSCE 2024-25: 12/13, 9/13; 207, the Foreign Minister's statements 2025:
# 3/3, 2/3; 208, Kherson heads 2025: 30/30, 30/30; 209, Sumy and Chernihiv administrations 2025: 27/28, 27/28; 210, the
# General Staff on strikes in Russia 2025: 10/12, 10/12), then wrapped lines, 'regions, including', 'Tuesday last week',
# plants named by their town's adjective, lists of hromadas.
HOLDOUT205_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.883,
                     "place_recall": 0.976, "place_precision": 0.958}
HOLDOUT206_FLOORS = {"located_share": 1.0, "dated_share": 0.923, "event_precision": 0.757,
                     "place_recall": 1.0, "place_precision": 0.967}
HOLDOUT207_FLOORS = {"located_share": 1.0, "dated_share": 0.666, "event_precision": 0.571,
                     "place_recall": 1.0, "place_precision": 0.833}
HOLDOUT208_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.942,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT209_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.944,
                     "place_recall": 1.0, "place_precision": 0.969}
HOLDOUT210_FLOORS = {"located_share": 0.916, "dated_share": 0.916, "event_precision": 0.923,
                     "place_recall": 0.937, "place_precision": 1.0}
# Thirteenth session's fourth round: measured once unseen on d15d18b (211, EU statements at the OSCE 2022-23: 27/29
# located, 26/29 dated; 212, Kharkiv, Sumy and Chernihiv border texts 2024: 27/27, 20/27; 213, the Donetsk head's daily
# reports 2025: 45/45, 45/45; 214, UK statements to the OSCE 2024-26: 8/12, 3/12; 215, prosecutors 2023-24: 15/17,
# 15/17), then countries struck beside Ukraine, lists of entries newest first, anniversaries.
HOLDOUT211_FLOORS = {"located_share": 0.931, "dated_share": 0.896, "event_precision": 1.0,
                     "place_recall": 0.962, "place_precision": 1.0}
HOLDOUT212_FLOORS = {"located_share": 1.0, "dated_share": 0.925, "event_precision": 0.782,
                     "place_recall": 1.0, "place_precision": 0.979}
HOLDOUT213_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.953,
                     "place_recall": 1.0, "place_precision": 0.957}
HOLDOUT214_FLOORS = {"located_share": 0.833, "dated_share": 0.75, "event_precision": 0.642,
                     "place_recall": 0.923, "place_precision": 0.857}
HOLDOUT215_FLOORS = {"located_share": 0.882, "dated_share": 0.882, "event_precision": 0.818,
                     "place_recall": 0.931, "place_precision": 1.0}
# Fourteenth session's first round: measured once unseen on 1c418ea (216, the Air Force and Defence Forces South 2024-25:
# 15/15 located, 15/15 dated; 217, the Dnipropetrovsk heads 2024-25: 26/27, 26/27; 218, Wikipedia battle and village
# articles 2024-25: 10/12, 9/12; 219, the Kharkiv head 2025: 16/18, 16/18; 220, the National Guard, Defence Ministry and
# Border Guard 2023-24: 17/17, 17/17; 221, the Zaporizhzhia head 2024-25: 27/28, 27/28), then district and hromada
# adjectives cut short, a region an offensive began in, coordinated subjects, items under a heading ending in a colon.
HOLDOUT216_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.782,
                     "place_recall": 1.0, "place_precision": 0.8}
HOLDOUT217_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.85,
                     "place_recall": 1.0, "place_precision": 0.973}
HOLDOUT218_FLOORS = {"located_share": 1.0, "dated_share": 0.833, "event_precision": 0.59,
                     "place_recall": 1.0, "place_precision": 0.961}
HOLDOUT219_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.945,
                     "place_recall": 0.973, "place_precision": 0.926}
HOLDOUT220_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                     "place_recall": 0.968, "place_precision": 0.966}
HOLDOUT221_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.9,
                     "place_recall": 1.0, "place_precision": 1.0}
# Fourteenth session's second round: measured once unseen on c9c6a11 (222, Wikipedia's current-events days 2024-25: 12/12
# located, 12/12 dated; 223, the State Department 2022-25: 3/4, 2/4; 224, the Luhansk head 2022: 23/23, 23/23; 225, the
# Interior Ministry and emergency service 2024-25: 24/28, 24/28; 226, the Mykolaiv head 2022-24: 20/22, 20/22; 227, UK
# Defence Intelligence 2022-23: 12/13, 10/13), then the city and its region in a list of regions, fires put out,
# district and hromada adjectives cut short, what the text calls a town, a sector in its region, a barrage.
# Its third round: measured once unseen on 4c722d4 (228, the Kherson head 2024: 24/25, 21/25; 229, the Poltava, Kirovohrad
# and Cherkasy heads 2024-25: 11/13, 9/13; 230, Odesa 2023: 8/8, 8/8; 231, Wikipedia on Belgorod places: 0/3, 0/3) and
# 4a4d829 (232, the General Staff 2023: 28/28, 28/28) and 4c722d4 (233, the Donetsk head 2024: 25/25, 24/25), then a
# municipal district, a morning headline, hromadas named for centres of other forms.
HOLDOUT222_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.937,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT223_FLOORS = {"located_share": 1.0, "dated_share": 0.75, "event_precision": 0.833,
                     "place_recall": 0.777, "place_precision": 0.857}
HOLDOUT224_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.827,
                     "place_recall": 1.0, "place_precision": 0.933}
HOLDOUT225_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.97,
                     "place_recall": 1.0, "place_precision": 0.97}
HOLDOUT226_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.857,
                     "place_recall": 1.0, "place_precision": 0.916}
HOLDOUT227_FLOORS = {"located_share": 1.0, "dated_share": 0.923, "event_precision": 0.73,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT228_FLOORS = {"located_share": 1.0, "dated_share": 0.84, "event_precision": 0.774,
                     "place_recall": 1.0, "place_precision": 0.939}
HOLDOUT229_FLOORS = {"located_share": 1.0, "dated_share": 0.846, "event_precision": 0.782,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT230_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.833,
                     "place_recall": 1.0, "place_precision": 0.937}
HOLDOUT231_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                     "place_recall": 0.909, "place_precision": 0.875}
HOLDOUT232_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.863,
                     "place_recall": 0.962, "place_precision": 0.836}
HOLDOUT233_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.918,
                     "place_recall": 1.0, "place_precision": 0.975}
# Fourteenth session's fourth round: measured once unseen on 62b5cc6 (234, Wikipedia on the Kharkiv strikes of 2022:
# 5/5 located, 5/5 dated; 238, the President's addresses 2023-24: 10/30, 7/30), 5d25833 (235, the Southern Defence Forces
# and the Navy spokesman 2024: 11/14, 11/14; 239, the Sumy administration 2023: 27/27, 18/27) and 55d22c0 (236, the
# Chernihiv head 2024-25: 17/17, 15/17), then throughout the day after a day told, the President's lists, holding ground,
# regions coordinated in a list.
HOLDOUT234_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.875,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT235_FLOORS = {"located_share": 0.857, "dated_share": 0.857, "event_precision": 0.826,
                     "place_recall": 0.818, "place_precision": 0.95}
HOLDOUT236_FLOORS = {"located_share": 1.0, "dated_share": 0.882, "event_precision": 0.735,
                     "place_recall": 1.0, "place_precision": 0.888}
HOLDOUT238_FLOORS = {"located_share": 0.833, "dated_share": 0.766, "event_precision": 0.828,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT239_FLOORS = {"located_share": 1.0, "dated_share": 0.962, "event_precision": 0.86,
                     "place_recall": 0.968, "place_precision": 0.937}
# Fifteenth session: each set measured once unseen on the tree given (240-242, 244, 245 on ec651fc; 243 on bf80b4c;
# 246-251 on 094c5f9; 255 on 1f7c403; 252-254, 256, 257 on b292963; holdout244's fourth text was dropped unmeasured, no
# credit line), then the rules drawn from them: "during the day" and "this day" are the report's day, "this night" the
# night before, hits and the district center, a quote said on a day told after it, front directions named for a city,
# "the situation remains difficult", a weekly dispatch is no chronicle, an evening summary.
HOLDOUT240_FLOORS = {"located_share": 0.937, "dated_share": 0.937, "event_precision": 0.96,
                     "place_recall": 1.0, "place_precision": 0.928}
HOLDOUT241_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.684,
                     "place_recall": 1.0, "place_precision": 0.805}
HOLDOUT242_FLOORS = {"located_share": 0.964, "dated_share": 0.964, "event_precision": 0.926,
                     "place_recall": 0.968, "place_precision": 0.863}
HOLDOUT243_FLOORS = {"located_share": 1.0, "dated_share": 0.961, "event_precision": 0.909,
                     "place_recall": 1.0, "place_precision": 0.729}
HOLDOUT244_FLOORS = {"located_share": 0.933, "dated_share": 0.933, "event_precision": 0.882,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT245_FLOORS = {"located_share": 0.92, "dated_share": 0.92, "event_precision": 0.75,
                     "place_recall": 0.92, "place_precision": 0.911}
HOLDOUT246_FLOORS = {"located_share": 0.977, "dated_share": 0.977, "event_precision": 0.766,
                     "place_recall": 0.955, "place_precision": 0.95}
HOLDOUT247_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.733,
                     "place_recall": 1.0, "place_precision": 0.846}
HOLDOUT248_FLOORS = {"located_share": 1.0, "dated_share": 0.882, "event_precision": 0.75,
                     "place_recall": 0.95, "place_precision": 0.777}
HOLDOUT249_FLOORS = {"located_share": 0.968, "dated_share": 0.968, "event_precision": 0.888,
                     "place_recall": 0.947, "place_precision": 1.0}
HOLDOUT250_FLOORS = {"located_share": 0.941, "dated_share": 0.882, "event_precision": 0.777,
                     "place_recall": 0.937, "place_precision": 1.0}
HOLDOUT251_FLOORS = {"located_share": 0.827, "dated_share": 0.724, "event_precision": 0.741,
                     "place_recall": 0.965, "place_precision": 0.973}
HOLDOUT252_FLOORS = {"located_share": 0.742, "dated_share": 0.571, "event_precision": 0.729,
                     "place_recall": 0.97, "place_precision": 0.96}
HOLDOUT253_FLOORS = {"located_share": 1.0, "dated_share": 0.958, "event_precision": 0.825,
                     "place_recall": 1.0, "place_precision": 0.934}
HOLDOUT254_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 0.76}
HOLDOUT255_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.901,
                     "place_recall": 1.0, "place_precision": 0.888}
HOLDOUT256_FLOORS = {"located_share": 0.888, "dated_share": 0.833, "event_precision": 0.775,
                     "place_recall": 0.944, "place_precision": 0.965}
HOLDOUT257_FLOORS = {"located_share": 0.947, "dated_share": 0.736, "event_precision": 0.741,
                     "place_recall": 1.0, "place_precision": 0.925}
# Fifteenth session's fourth round: measured once unseen on 189372e (holdout263's Snake Island text, written in 260 as
# well, was kept in 260 only, before any measurement), then "We are talking about X, Y and Z".
HOLDOUT258_FLOORS = {"located_share": 0.968, "dated_share": 0.937, "event_precision": 0.913,
                     "place_recall": 0.968, "place_precision": 0.956}
HOLDOUT259_FLOORS = {"located_share": 0.956, "dated_share": 0.739, "event_precision": 0.575,
                     "place_recall": 0.909, "place_precision": 0.575}
HOLDOUT260_FLOORS = {"located_share": 0.928, "dated_share": 0.857, "event_precision": 0.694,
                     "place_recall": 0.923, "place_precision": 0.718}
HOLDOUT261_FLOORS = {"located_share": 0.937, "dated_share": 0.937, "event_precision": 0.928,
                     "place_recall": 0.937, "place_precision": 0.923}
HOLDOUT262_FLOORS = {"located_share": 0.961, "dated_share": 0.923, "event_precision": 0.879,
                     "place_recall": 1.0, "place_precision": 0.789}
HOLDOUT263_FLOORS = {"located_share": 0.96, "dated_share": 0.96, "event_precision": 0.846,
                     "place_recall": 1.0, "place_precision": 0.864}
# Fifteenth session's fifth round: measured once unseen on 7c649b2 (264-269).
HOLDOUT264_FLOORS = {"located_share": 0.789, "dated_share": 0.736, "event_precision": 0.923,
                     "place_recall": 0.947, "place_precision": 0.88}
HOLDOUT265_FLOORS = {"located_share": 1.0, "dated_share": 0.972, "event_precision": 0.929,
                     "place_recall": 1.0, "place_precision": 0.974}
HOLDOUT266_FLOORS = {"located_share": 0.941, "dated_share": 0.941, "event_precision": 0.965,
                     "place_recall": 1.0, "place_precision": 0.928}
HOLDOUT267_FLOORS = {"located_share": 0.875, "dated_share": 0.708, "event_precision": 0.742,
                     "place_recall": 0.958, "place_precision": 0.928}
HOLDOUT268_FLOORS = {"located_share": 1.0, "dated_share": 0.941, "event_precision": 0.958,
                     "place_recall": 1.0, "place_precision": 0.952}
HOLDOUT269_FLOORS = {"located_share": 0.8, "dated_share": 0.76, "event_precision": 0.641,
                     "place_recall": 0.838, "place_precision": 0.806}
# Fifteenth session's sixth round: measured once unseen on 28c6a14 (270-272; 270 and 271 after the throughput
# benchmark's timing round had run over them, per-text output not looked at).
HOLDOUT270_FLOORS = {"located_share": 0.636, "dated_share": 0.575, "event_precision": 0.807,
                     "place_recall": 0.969, "place_precision": 0.86}
HOLDOUT271_FLOORS = {"located_share": 0.944, "dated_share": 0.833, "event_precision": 0.87,
                     "place_recall": 1.0, "place_precision": 0.923}
HOLDOUT272_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.934,
                     "place_recall": 1.0, "place_precision": 0.93}
# Fifteenth session's seventh round: measured once unseen on a92a7b7 (273, 274).
HOLDOUT273_FLOORS = {"located_share": 1.0, "dated_share": 0.965, "event_precision": 0.941,
                     "place_recall": 1.0, "place_precision": 0.969}
HOLDOUT274_FLOORS = {"located_share": 0.944, "dated_share": 0.888, "event_precision": 0.962,
                     "place_recall": 0.944, "place_precision": 0.948}
# Sixteenth session's first three rounds: measured once unseen on 598e284 (276-280; 275 with 0523fa6's change uncommitted), 0654be3 (281, 282, 284), 2c17206 (283) and b853edc (285-290).
HOLDOUT275_FLOORS = {"located_share": 0.733, "dated_share": 0.733, "event_precision": 0.882,
                     "place_recall": 1.0, "place_precision": 0.913}
HOLDOUT276_FLOORS = {"located_share": 1.0, "dated_share": 0.95, "event_precision": 0.851,
                     "place_recall": 1.0, "place_precision": 0.814}
HOLDOUT277_FLOORS = {"located_share": 0.972, "dated_share": 0.972, "event_precision": 0.842,
                     "place_recall": 0.945, "place_precision": 0.935}
HOLDOUT278_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.833,
                     "place_recall": 1.0, "place_precision": 0.727}
HOLDOUT279_FLOORS = {"located_share": 0.875, "dated_share": 0.875, "event_precision": 0.777,
                     "place_recall": 1.0, "place_precision": 0.812}
HOLDOUT280_FLOORS = {"located_share": 1.0, "dated_share": 0.875, "event_precision": 0.6,
                     "place_recall": 1.0, "place_precision": 0.473}
HOLDOUT281_FLOORS = {"located_share": 0.863, "dated_share": 0.818, "event_precision": 0.833,
                     "place_recall": 0.761, "place_precision": 0.918}
HOLDOUT282_FLOORS = {"located_share": 1.0, "dated_share": 0.933, "event_precision": 0.81,
                     "place_recall": 0.933, "place_precision": 0.9}
HOLDOUT283_FLOORS = {"located_share": 0.984, "dated_share": 0.984, "event_precision": 0.96,
                     "place_recall": 0.968, "place_precision": 0.958}
HOLDOUT284_FLOORS = {"located_share": 0.944, "dated_share": 0.888, "event_precision": 0.609,
                     "place_recall": 1.0, "place_precision": 0.5}
HOLDOUT285_FLOORS = {"located_share": 1.0, "dated_share": 0.947, "event_precision": 0.911,
                     "place_recall": 1.0, "place_precision": 0.966}
HOLDOUT286_FLOORS = {"located_share": 1.0, "dated_share": 0.815, "event_precision": 0.784,
                     "place_recall": 1.0, "place_precision": 0.95}
HOLDOUT287_FLOORS = {"located_share": 1.0, "dated_share": 0.909, "event_precision": 0.764,
                     "place_recall": 1.0, "place_precision": 0.75}
HOLDOUT288_FLOORS = {"located_share": 1.0, "dated_share": 0.888, "event_precision": 0.772,
                     "place_recall": 1.0, "place_precision": 0.888}
HOLDOUT289_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.857,
                     "place_recall": 1.0, "place_precision": 0.972}
HOLDOUT290_FLOORS = {"located_share": 1.0, "dated_share": 0.931, "event_precision": 0.886,
                     "place_recall": 1.0, "place_precision": 0.934}
# Sixteenth session's fourth round: measured once unseen on c665d32 (291, 293-296) and 2d43e5c (292).
HOLDOUT291_FLOORS = {"located_share": 1.0, "dated_share": 0.736, "event_precision": 0.72,
                     "place_recall": 1.0, "place_precision": 0.903}
HOLDOUT292_FLOORS = {"located_share": 1.0, "dated_share": 0.944, "event_precision": 0.888,
                     "place_recall": 1.0, "place_precision": 0.864}
HOLDOUT293_FLOORS = {"located_share": 0.944, "dated_share": 0.944, "event_precision": 0.827,
                     "place_recall": 1.0, "place_precision": 0.81}
HOLDOUT294_FLOORS = {"located_share": 0.875, "dated_share": 0.75, "event_precision": 0.75,
                     "place_recall": 1.0, "place_precision": 0.722}
HOLDOUT295_FLOORS = {"located_share": 1.0, "dated_share": 0.937, "event_precision": 0.842,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT296_FLOORS = {"located_share": 0.812, "dated_share": 0.812, "event_precision": 0.875,
                     "place_recall": 0.8, "place_precision": 0.826}
# Sixteenth session's fifth round: measured once unseen on 937743d (299, 301, 302), 1b5e525 (297, 300) and 3f24994 (298).
HOLDOUT297_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.931,
                     "place_recall": 1.0, "place_precision": 0.952}
HOLDOUT298_FLOORS = {"located_share": 0.75, "dated_share": 0.583, "event_precision": 0.666,
                     "place_recall": 0.904, "place_precision": 1.0}
HOLDOUT299_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 0.937}
HOLDOUT300_FLOORS = {"located_share": 1.0, "dated_share": 0.952, "event_precision": 0.809,
                     "place_recall": 1.0, "place_precision": 0.965}
HOLDOUT301_FLOORS = {"located_share": 0.962, "dated_share": 0.888, "event_precision": 0.862,
                     "place_recall": 1.0, "place_precision": 0.9}
HOLDOUT302_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.818,
                     "place_recall": 1.0, "place_precision": 0.9}
# Sixteenth session's sixth round: measured once unseen on 1ddf78f (303, 305) and db09782 (304, 306, 307, 308).
HOLDOUT303_FLOORS = {"located_share": 0.857, "dated_share": 0.714, "event_precision": 0.615,
                     "place_recall": 0.857, "place_precision": 0.809}
HOLDOUT304_FLOORS = {"located_share": 0.939, "dated_share": 0.939, "event_precision": 0.857,
                     "place_recall": 0.937, "place_precision": 0.8}
HOLDOUT305_FLOORS = {"located_share": 0.969, "dated_share": 0.878, "event_precision": 0.795,
                     "place_recall": 1.0, "place_precision": 0.943}
HOLDOUT306_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.562,
                     "place_recall": 1.0, "place_precision": 0.923}
HOLDOUT307_FLOORS = {"located_share": 0.937, "dated_share": 0.937, "event_precision": 0.857,
                     "place_recall": 0.968, "place_precision": 0.859}
HOLDOUT308_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.7,
                     "place_recall": 1.0, "place_precision": 0.857}
# Sixteenth session's seventh round: measured once unseen on 7f2328b (309, 311-314) and 646b54d (310).
HOLDOUT309_FLOORS = {"located_share": 0.944, "dated_share": 0.666, "event_precision": 0.629,
                     "place_recall": 1.0, "place_precision": 0.931}
HOLDOUT310_FLOORS = {"located_share": 0.947, "dated_share": 0.947, "event_precision": 0.853,
                     "place_recall": 0.921, "place_precision": 0.975}
HOLDOUT311_FLOORS = {"located_share": 0.968, "dated_share": 0.968, "event_precision": 0.953,
                     "place_recall": 0.968, "place_precision": 0.977}
HOLDOUT312_FLOORS = {"located_share": 1.0, "dated_share": 0.95, "event_precision": 0.88,
                     "place_recall": 1.0, "place_precision": 0.958}
HOLDOUT313_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.925,
                     "place_recall": 1.0, "place_precision": 0.918}
HOLDOUT314_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.952,
                     "place_recall": 1.0, "place_precision": 0.95}
# Sixteenth session's eighth round: measured once unseen on 437bb50 (317, 319, 320), e878255 (316, 318) and d7ba959 (315).
HOLDOUT315_FLOORS = {"located_share": 1.0, "dated_share": 0.75, "event_precision": 0.625,
                     "place_recall": 1.0, "place_precision": 0.875}
HOLDOUT316_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.97,
                     "place_recall": 1.0, "place_precision": 0.939}
HOLDOUT317_FLOORS = {"located_share": 0.958, "dated_share": 0.958, "event_precision": 0.843,
                     "place_recall": 1.0, "place_precision": 0.95}
HOLDOUT318_FLOORS = {"located_share": 0.944, "dated_share": 0.833, "event_precision": 0.8,
                     "place_recall": 0.941, "place_precision": 0.967}
HOLDOUT319_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.913,
                     "place_recall": 1.0, "place_precision": 0.893}
HOLDOUT320_FLOORS = {"located_share": 0.857, "dated_share": 0.857, "event_precision": 0.76,
                     "place_recall": 0.904, "place_precision": 0.931}
# Sixteenth session's ninth round: measured once unseen on 9c962cd (321-323).
HOLDOUT321_FLOORS = {"located_share": 1.0, "dated_share": 0.875, "event_precision": 0.55,
                     "place_recall": 1.0, "place_precision": 0.631}
HOLDOUT322_FLOORS = {"located_share": 0.937, "dated_share": 0.937, "event_precision": 1.0,
                     "place_recall": 0.937, "place_precision": 0.931}
HOLDOUT323_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.714,
                     "place_recall": 1.0, "place_precision": 0.733}
# Sixteenth session's tenth round: measured once unseen on 54bb8e3 (324).
HOLDOUT324_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.75,
                     "place_recall": 1.0, "place_precision": 1.0}
# Seventeenth session's rounds one to three: measured once unseen on eba0d70 (325-342).
HOLDOUT325_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.921,
                     "place_recall": 1.0, "place_precision": 0.897}
HOLDOUT326_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.931,
                     "place_recall": 1.0, "place_precision": 0.956}
HOLDOUT327_FLOORS = {"located_share": 1.0, "dated_share": 0.857, "event_precision": 0.806,
                     "place_recall": 1.0, "place_precision": 0.903}
HOLDOUT328_FLOORS = {"located_share": 1.0, "dated_share": 0.928, "event_precision": 0.657,
                     "place_recall": 1.0, "place_precision": 0.878}
HOLDOUT329_FLOORS = {"located_share": 1.0, "dated_share": 0.888, "event_precision": 0.937,
                     "place_recall": 1.0, "place_precision": 0.722}
HOLDOUT330_FLOORS = {"located_share": 0.666, "dated_share": 0.666, "event_precision": 0.666,
                     "place_recall": 0.833, "place_precision": 0.764}
HOLDOUT331_FLOORS = {"located_share": 0.937, "dated_share": 0.812, "event_precision": 0.629,
                     "place_recall": 1.0, "place_precision": 0.866}
HOLDOUT332_FLOORS = {"located_share": 1.0, "dated_share": 0.972, "event_precision": 0.934,
                     "place_recall": 1.0, "place_precision": 0.955}
HOLDOUT333_FLOORS = {"located_share": 0.96, "dated_share": 0.88, "event_precision": 0.767,
                     "place_recall": 0.956, "place_precision": 0.6}
HOLDOUT334_FLOORS = {"located_share": 0.833, "dated_share": 0.777, "event_precision": 0.96,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT335_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.92,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT336_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 0.944}
HOLDOUT337_FLOORS = {"located_share": 0.857, "dated_share": 0.857, "event_precision": 0.666,
                     "place_recall": 1.0, "place_precision": 0.8}
HOLDOUT338_FLOORS = {"located_share": 0.8, "dated_share": 0.6, "event_precision": 0.636,
                     "place_recall": 0.8, "place_precision": 1.0}
HOLDOUT339_FLOORS = {"located_share": 0.0, "dated_share": 0.0, "event_precision": 0.0,
                     "place_recall": 0.0, "place_precision": 0.666}
HOLDOUT340_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.809,
                     "place_recall": 1.0, "place_precision": 0.655}
HOLDOUT341_FLOORS = {"located_share": 1.0, "dated_share": 0.971, "event_precision": 0.955,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT342_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
# Seventeenth session's rounds four to six: measured once unseen on 9154110 (343-348), 251a05c (349, 350, 352-354),
# 9d11f79 (351, 356, 359, 360), d1c935e (355, 357) and afd25e1 (358).
HOLDOUT343_FLOORS = {"located_share": 1.0, "dated_share": 0.875, "event_precision": 0.916,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT344_FLOORS = {"located_share": 1.0, "dated_share": 0.8, "event_precision": 0.5,
                     "place_recall": 1.0, "place_precision": 0.909}
HOLDOUT345_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 1.0,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT346_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.947,
                     "place_recall": 1.0, "place_precision": 0.926}
HOLDOUT347_FLOORS = {"located_share": 0.97, "dated_share": 0.941, "event_precision": 0.777,
                     "place_recall": 1.0, "place_precision": 0.74}
HOLDOUT348_FLOORS = {"located_share": 1.0, "dated_share": 0.964, "event_precision": 0.88,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT349_FLOORS = {"located_share": 1.0, "dated_share": 0.965, "event_precision": 0.939,
                     "place_recall": 0.931, "place_precision": 0.911}
HOLDOUT350_FLOORS = {"located_share": 0.933, "dated_share": 0.933, "event_precision": 0.836,
                     "place_recall": 1.0, "place_precision": 0.877}
HOLDOUT351_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.981,
                     "place_recall": 0.965, "place_precision": 0.98}
HOLDOUT352_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.978,
                     "place_recall": 1.0, "place_precision": 0.968}
HOLDOUT353_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.942,
                     "place_recall": 1.0, "place_precision": 0.941}
HOLDOUT354_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.828,
                     "place_recall": 0.958, "place_precision": 1.0}
HOLDOUT355_FLOORS = {"located_share": 1.0, "dated_share": 0.8, "event_precision": 0.851,
                     "place_recall": 1.0, "place_precision": 0.961}
HOLDOUT356_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.918,
                     "place_recall": 1.0, "place_precision": 0.894}
HOLDOUT357_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.852,
                     "place_recall": 1.0, "place_precision": 0.905}
HOLDOUT358_FLOORS = {"located_share": 1.0, "dated_share": 0.918, "event_precision": 0.769,
                     "place_recall": 0.972, "place_precision": 0.946}
HOLDOUT359_FLOORS = {"located_share": 0.875, "dated_share": 0.666, "event_precision": 0.628,
                     "place_recall": 0.875, "place_precision": 0.846}
HOLDOUT360_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.949,
                     "place_recall": 1.0, "place_precision": 0.981}
# Seventeenth session's rounds seven and eight: measured once unseen on afd25e1 (361, 363-366), e496ac3 (362) and
# a36fafa (367-372).
HOLDOUT361_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.916,
                     "place_recall": 1.0, "place_precision": 0.857}
HOLDOUT362_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.903,
                     "place_recall": 1.0, "place_precision": 0.787}
HOLDOUT363_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.611,
                     "place_recall": 1.0, "place_precision": 0.625}
HOLDOUT364_FLOORS = {"located_share": 1.0, "dated_share": 0.894, "event_precision": 0.76,
                     "place_recall": 1.0, "place_precision": 0.666}
HOLDOUT365_FLOORS = {"located_share": 1.0, "dated_share": 0.653, "event_precision": 0.717,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT366_FLOORS = {"located_share": 1.0, "dated_share": 0.75, "event_precision": 0.521,
                     "place_recall": 1.0, "place_precision": 0.833}
HOLDOUT367_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.984,
                     "place_recall": 1.0, "place_precision": 1.0}
HOLDOUT368_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.888,
                     "place_recall": 1.0, "place_precision": 0.93}
HOLDOUT369_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.886,
                     "place_recall": 1.0, "place_precision": 0.952}
HOLDOUT370_FLOORS = {"located_share": 0.848, "dated_share": 0.787, "event_precision": 0.867,
                     "place_recall": 0.909, "place_precision": 0.954}
HOLDOUT371_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.806,
                     "place_recall": 1.0, "place_precision": 0.928}
HOLDOUT372_FLOORS = {"located_share": 1.0, "dated_share": 0.914, "event_precision": 0.849,
                     "place_recall": 1.0, "place_precision": 0.921}
# Seventeenth session's ninth round: measured once unseen on aa0f330 (373-378).
HOLDOUT373_FLOORS = {"located_share": 0.933, "dated_share": 0.933, "event_precision": 0.75,
                     "place_recall": 0.933, "place_precision": 1.0}
HOLDOUT374_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.894,
                     "place_recall": 1.0, "place_precision": 0.842}
HOLDOUT375_FLOORS = {"located_share": 0.923, "dated_share": 0.923, "event_precision": 0.866,
                     "place_recall": 0.923, "place_precision": 0.91}
HOLDOUT376_FLOORS = {"located_share": 1.0, "dated_share": 0.857, "event_precision": 0.818,
                     "place_recall": 1.0, "place_precision": 0.8}
HOLDOUT377_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.888,
                     "place_recall": 1.0, "place_precision": 0.888}
HOLDOUT378_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.7,
                     "place_recall": 1.0, "place_precision": 0.72}
# Seventeenth session's tenth round: measured once unseen on 95ef439 (379-384).
HOLDOUT379_FLOORS = {"located_share": 0.971, "dated_share": 0.971, "event_precision": 0.973,
                     "place_recall": 0.942, "place_precision": 0.974}
HOLDOUT380_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.948,
                     "place_recall": 1.0, "place_precision": 0.983}
HOLDOUT381_FLOORS = {"located_share": 1.0, "dated_share": 0.785, "event_precision": 0.777,
                     "place_recall": 1.0, "place_precision": 0.769}
HOLDOUT382_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.894,
                     "place_recall": 1.0, "place_precision": 0.625}
HOLDOUT383_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.978,
                     "place_recall": 1.0, "place_precision": 0.976}
HOLDOUT384_FLOORS = {"located_share": 1.0, "dated_share": 0.944, "event_precision": 0.846,
                     "place_recall": 1.0, "place_precision": 0.87}
# Seventeenth session's eleventh round: measured once unseen on 902aef6 (385, 387-390; the search budget ran out, no set 386).
HOLDOUT385_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.8,
                     "place_recall": 1.0, "place_precision": 0.571}
HOLDOUT387_FLOORS = {"located_share": 0.971, "dated_share": 0.971, "event_precision": 0.83,
                     "place_recall": 0.971, "place_precision": 1.0}
HOLDOUT388_FLOORS = {"located_share": 1.0, "dated_share": 0.875, "event_precision": 0.833,
                     "place_recall": 1.0, "place_precision": 0.647}
HOLDOUT389_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.962,
                     "place_recall": 1.0, "place_precision": 0.928}
HOLDOUT390_FLOORS = {"located_share": 1.0, "dated_share": 1.0, "event_precision": 0.904,
                     "place_recall": 1.0, "place_precision": 0.793}
HOLDOUT18_FLOORS = {"located_share": 1.0, "dated_share": 0.964, "event_precision": 0.889,
                    "place_recall": 0.962, "place_precision": 0.907}


@pytest.fixture(scope="module")
def result(gazetteer):
    return accuracy(gazetteer)


# each held-out set (a folder of tests/realtexts/): its floors, least number of gold events and of texts
HELD_OUT = {"holdout": (HOLDOUT_FLOORS, 14, 9), "holdout2": (HOLDOUT2_FLOORS, 18, 9),
            "holdout3": (HOLDOUT3_FLOORS, 19, 10), "holdout4": (HOLDOUT4_FLOORS, 10, 8),
            "holdout5": (HOLDOUT5_FLOORS, 31, 8), "holdout6": (HOLDOUT6_FLOORS, 20, 8),
            "holdout7": (HOLDOUT7_FLOORS, 16, 6), "holdout8": (HOLDOUT8_FLOORS, 23, 8),
            "holdout9": (HOLDOUT9_FLOORS, 24, 8), "holdout10": (HOLDOUT10_FLOORS, 28, 9),
            "holdout11": (HOLDOUT11_FLOORS, 31, 9), "holdout12": (HOLDOUT12_FLOORS, 28, 10),
            "holdout13": (HOLDOUT13_FLOORS, 16, 9), "holdout14": (HOLDOUT14_FLOORS, 24, 8),
            "holdout15": (HOLDOUT15_FLOORS, 27, 7), "holdout16": (HOLDOUT16_FLOORS, 24, 8),
            "holdout17": (HOLDOUT17_FLOORS, 26, 8), "holdout18": (HOLDOUT18_FLOORS, 28, 8),
            "holdout19": (HOLDOUT19_FLOORS, 25, 8), "holdout20": (HOLDOUT20_FLOORS, 37, 8),
            "holdout21": (HOLDOUT21_FLOORS, 19, 7), "holdout22": (HOLDOUT22_FLOORS, 32, 8),
            "holdout23": (HOLDOUT23_FLOORS, 29, 8), "holdout24": (HOLDOUT24_FLOORS, 35, 8),
            "holdout25": (HOLDOUT25_FLOORS, 7, 3), "holdout26": (HOLDOUT26_FLOORS, 11, 3),
            "holdout27": (HOLDOUT27_FLOORS, 22, 7), "holdout28": (HOLDOUT28_FLOORS, 24, 7),
            "holdout29": (HOLDOUT29_FLOORS, 32, 7), "holdout30": (HOLDOUT30_FLOORS, 11, 4),
            "holdout31": (HOLDOUT31_FLOORS, 13, 3), "holdout32": (HOLDOUT32_FLOORS, 8, 3),
            "holdout33": (HOLDOUT33_FLOORS, 38, 6), "holdout34": (HOLDOUT34_FLOORS, 18, 7),
            "holdout35": (HOLDOUT35_FLOORS, 24, 8), "holdout36": (HOLDOUT36_FLOORS, 34, 8),
            "holdout37": (HOLDOUT37_FLOORS, 21, 8), "holdout38": (HOLDOUT38_FLOORS, 25, 8),
            "holdout39": (HOLDOUT39_FLOORS, 17, 5), "holdout40": (HOLDOUT40_FLOORS, 16, 7),
            "holdout41": (HOLDOUT41_FLOORS, 17, 8), "holdout42": (HOLDOUT42_FLOORS, 16, 8),
            "holdout43": (HOLDOUT43_FLOORS, 10, 8), "holdout44": (HOLDOUT44_FLOORS, 32, 8),
            "holdout45": (HOLDOUT45_FLOORS, 6, 6), "holdout46": (HOLDOUT46_FLOORS, 10, 7),
            "holdout47": (HOLDOUT47_FLOORS, 11, 6), "holdout48": (HOLDOUT48_FLOORS, 13, 7),
            "holdout49": (HOLDOUT49_FLOORS, 32, 7), "holdout50": (HOLDOUT50_FLOORS, 29, 8),
            "holdout51": (HOLDOUT51_FLOORS, 18, 6), "holdout52": (HOLDOUT52_FLOORS, 18, 7),
            "holdout53": (HOLDOUT53_FLOORS, 14, 7), "holdout54": (HOLDOUT54_FLOORS, 38, 8),
            "holdout55": (HOLDOUT55_FLOORS, 27, 4), "holdout56": (HOLDOUT56_FLOORS, 10, 7),
            "holdout57": (HOLDOUT57_FLOORS, 33, 8), "holdout58": (HOLDOUT58_FLOORS, 10, 8),
            "holdout59": (HOLDOUT59_FLOORS, 28, 7), "holdout60": (HOLDOUT60_FLOORS, 60, 8),
            "holdout61": (HOLDOUT61_FLOORS, 1, 2), "holdout62": (HOLDOUT62_FLOORS, 18, 8),
            "holdout63": (HOLDOUT63_FLOORS, 9, 5), "holdout64": (HOLDOUT64_FLOORS, 9, 2),
            "holdout65": (HOLDOUT65_FLOORS, 8, 3), "holdout66": (HOLDOUT66_FLOORS, 5, 4),
            "holdout67": (HOLDOUT67_FLOORS, 18, 7), "holdout68": (HOLDOUT68_FLOORS, 1, 1),
            "holdout69": (HOLDOUT69_FLOORS, 3, 2), "holdout70": (HOLDOUT70_FLOORS, 13, 7),
            "holdout71": (HOLDOUT71_FLOORS, 13, 7), "holdout72": (HOLDOUT72_FLOORS, 45, 7),
            "holdout73": (HOLDOUT73_FLOORS, 3, 3), "holdout74": (HOLDOUT74_FLOORS, 15, 8),
            "holdout75": (HOLDOUT75_FLOORS, 3, 4),
            "holdout76": (HOLDOUT76_FLOORS, 17, 7), "holdout77": (HOLDOUT77_FLOORS, 54, 7),
            "holdout78": (HOLDOUT78_FLOORS, 17, 4), "holdout79": (HOLDOUT79_FLOORS, 2, 2),
            "holdout80": (HOLDOUT80_FLOORS, 27, 8), "holdout81": (HOLDOUT81_FLOORS, 4, 3),
            "holdout82": (HOLDOUT82_FLOORS, 12, 7), "holdout83": (HOLDOUT83_FLOORS, 16, 8),
            "holdout84": (HOLDOUT84_FLOORS, 14, 8), "holdout85": (HOLDOUT85_FLOORS, 1, 1),
            "holdout86": (HOLDOUT86_FLOORS, 5, 1), "holdout87": (HOLDOUT87_FLOORS, 6, 3),
            "holdout88": (HOLDOUT88_FLOORS, 7, 4), "holdout89": (HOLDOUT89_FLOORS, 5, 2),
            "holdout90": (HOLDOUT90_FLOORS, 4, 6), "holdout91": (HOLDOUT91_FLOORS, 11, 5),
            "holdout92": (HOLDOUT92_FLOORS, 9, 8), "holdout93": (HOLDOUT93_FLOORS, 42, 8),
            "holdout94": (HOLDOUT94_FLOORS, 55, 7), "holdout95": (HOLDOUT95_FLOORS, 16, 8),
            "holdout96": (HOLDOUT96_FLOORS, 17, 6),
            "holdout98": (HOLDOUT98_FLOORS, 33, 8), "holdout99": (HOLDOUT99_FLOORS, 29, 5),
            "holdout97": (HOLDOUT97_FLOORS, 1, 1), "holdout100": (HOLDOUT100_FLOORS, 10, 8),
            "holdout101": (HOLDOUT101_FLOORS, 50, 7), "holdout102": (HOLDOUT102_FLOORS, 20, 7),
            "holdout103": (HOLDOUT103_FLOORS, 13, 6), "holdout104": (HOLDOUT104_FLOORS, 48, 8),
            "holdout105": (HOLDOUT105_FLOORS, 4, 2), "holdout106": (HOLDOUT106_FLOORS, 16, 7),
            "holdout107": (HOLDOUT107_FLOORS, 42, 6),
            "holdout108": (HOLDOUT108_FLOORS, 10, 4), "holdout109": (HOLDOUT109_FLOORS, 26, 3),
            "holdout110": (HOLDOUT110_FLOORS, 11, 6),
            "holdout111": (HOLDOUT111_FLOORS, 3, 2),
            "holdout112": (HOLDOUT112_FLOORS, 30, 4),
            "holdout113": (HOLDOUT113_FLOORS, 23, 5),
            "holdout114": (HOLDOUT114_FLOORS, 6, 3),
            "holdout115": (HOLDOUT115_FLOORS, 19, 5),
            "holdout116": (HOLDOUT116_FLOORS, 27, 4),
            "holdout117": (HOLDOUT117_FLOORS, 12, 6),
            "holdout118": (HOLDOUT118_FLOORS, 20, 5),
            "holdout119": (HOLDOUT119_FLOORS, 24, 4),
            "holdout120": (HOLDOUT120_FLOORS, 22, 6),
            "holdout121": (HOLDOUT121_FLOORS, 24, 6),
            "holdout122": (HOLDOUT122_FLOORS, 19, 5),
            "holdout123": (HOLDOUT123_FLOORS, 13, 6),
            "holdout124": (HOLDOUT124_FLOORS, 19, 5),
            "holdout125": (HOLDOUT125_FLOORS, 18, 4),
            "holdout126": (HOLDOUT126_FLOORS, 19, 6),
            "holdout127": (HOLDOUT127_FLOORS, 14, 5),
            "holdout128": (HOLDOUT128_FLOORS, 21, 4),
            "holdout129": (HOLDOUT129_FLOORS, 10, 5),
            "holdout130": (HOLDOUT130_FLOORS, 13, 5),
            "holdout134": (HOLDOUT134_FLOORS, 5, 3),
            "holdout132": (HOLDOUT132_FLOORS, 11, 6),
            "holdout133": (HOLDOUT133_FLOORS, 18, 6),
            "holdout131": (HOLDOUT131_FLOORS, 24, 4),
            "holdout135": (HOLDOUT135_FLOORS, 20, 6),
            "holdout137": (HOLDOUT137_FLOORS, 9, 6),
            "holdout138": (HOLDOUT138_FLOORS, 13, 4),
            "holdout139": (HOLDOUT139_FLOORS, 7, 2),
            "holdout140": (HOLDOUT140_FLOORS, 21, 5),
            "holdout141": (HOLDOUT141_FLOORS, 11, 6),
            "holdout142": (HOLDOUT142_FLOORS, 8, 6),
            "holdout143": (HOLDOUT143_FLOORS, 19, 5),
            "holdout144": (HOLDOUT144_FLOORS, 7, 3),
            "holdout145": (HOLDOUT145_FLOORS, 12, 6),
            "holdout146": (HOLDOUT146_FLOORS, 23, 6),
            "holdout147": (HOLDOUT147_FLOORS, 12, 6),
            "holdout148": (HOLDOUT148_FLOORS, 28, 5),
            "holdout149": (HOLDOUT149_FLOORS, 22, 5),
            "holdout150": (HOLDOUT150_FLOORS, 29, 4),
            "holdout151": (HOLDOUT151_FLOORS, 22, 4),
            "holdout152": (HOLDOUT152_FLOORS, 18, 6),
            "holdout153": (HOLDOUT153_FLOORS, 25, 5),
            "holdout154": (HOLDOUT154_FLOORS, 30, 6),
            "holdout155": (HOLDOUT155_FLOORS, 13, 6),
            "holdout156": (HOLDOUT156_FLOORS, 16, 5),
            "holdout157": (HOLDOUT157_FLOORS, 27, 6),
            "holdout158": (HOLDOUT158_FLOORS, 14, 6),
            "holdout159": (HOLDOUT159_FLOORS, 12, 6),
            "holdout160": (HOLDOUT160_FLOORS, 7, 5),
            "holdout161": (HOLDOUT161_FLOORS, 28, 5),
            "holdout162": (HOLDOUT162_FLOORS, 28, 6),
            "holdout163": (HOLDOUT163_FLOORS, 13, 5),
            "holdout164": (HOLDOUT164_FLOORS, 13, 6),
            "holdout165": (HOLDOUT165_FLOORS, 29, 4),
            "holdout166": (HOLDOUT166_FLOORS, 21, 5),
            "holdout167": (HOLDOUT167_FLOORS, 29, 4),
            "holdout168": (HOLDOUT168_FLOORS, 12, 6),
            "holdout169": (HOLDOUT169_FLOORS, 12, 6),
            "holdout170": (HOLDOUT170_FLOORS, 13, 5),
            "holdout171": (HOLDOUT171_FLOORS, 20, 5),
            "holdout172": (HOLDOUT172_FLOORS, 27, 5),
            "holdout173": (HOLDOUT173_FLOORS, 13, 6),
            "holdout174": (HOLDOUT174_FLOORS, 15, 5),
            "holdout175": (HOLDOUT175_FLOORS, 22, 6),
            "holdout176": (HOLDOUT176_FLOORS, 24, 4),
            "holdout177": (HOLDOUT177_FLOORS, 28, 5),
            "holdout178": (HOLDOUT178_FLOORS, 12, 6),
            "holdout179": (HOLDOUT179_FLOORS, 4, 3),
            "holdout180": (HOLDOUT180_FLOORS, 28, 5),
            "holdout181": (HOLDOUT181_FLOORS, 19, 5),
            "holdout182": (HOLDOUT182_FLOORS, 19, 5),
            "holdout183": (HOLDOUT183_FLOORS, 17, 6),
            "holdout184": (HOLDOUT184_FLOORS, 12, 3),
            "holdout185": (HOLDOUT185_FLOORS, 30, 4),
            "holdout186": (HOLDOUT186_FLOORS, 14, 5),
            "holdout187": (HOLDOUT187_FLOORS, 28, 4),
            "holdout188": (HOLDOUT188_FLOORS, 30, 4),
            "holdout189": (HOLDOUT189_FLOORS, 17, 5),
            "holdout190": (HOLDOUT190_FLOORS, 6, 5),
            "holdout191": (HOLDOUT191_FLOORS, 18, 5),
            "holdout192": (HOLDOUT192_FLOORS, 7, 6),
            "holdout193": (HOLDOUT193_FLOORS, 13, 6),
            "holdout194": (HOLDOUT194_FLOORS, 30, 4),
            "holdout195": (HOLDOUT195_FLOORS, 14, 6),
            "holdout196": (HOLDOUT196_FLOORS, 55, 3),
            "holdout197": (HOLDOUT197_FLOORS, 10, 3),
            "holdout198": (HOLDOUT198_FLOORS, 12, 6),
            "holdout199": (HOLDOUT199_FLOORS, 5, 3),
            "holdout200": (HOLDOUT200_FLOORS, 12, 6),
            "holdout201": (HOLDOUT201_FLOORS, 28, 6),
            "holdout202": (HOLDOUT202_FLOORS, 25, 4),
            "holdout203": (HOLDOUT203_FLOORS, 13, 4),
            "holdout204": (HOLDOUT204_FLOORS, 26, 4),
            "holdout205": (HOLDOUT205_FLOORS, 18, 4),
            "holdout206": (HOLDOUT206_FLOORS, 13, 6),
            "holdout207": (HOLDOUT207_FLOORS, 3, 3),
            "holdout208": (HOLDOUT208_FLOORS, 30, 4),
            "holdout209": (HOLDOUT209_FLOORS, 28, 5),
            "holdout210": (HOLDOUT210_FLOORS, 12, 5),
            "holdout211": (HOLDOUT211_FLOORS, 29, 6),
            "holdout212": (HOLDOUT212_FLOORS, 27, 5),
            "holdout213": (HOLDOUT213_FLOORS, 45, 4),
            "holdout214": (HOLDOUT214_FLOORS, 12, 5),
            "holdout215": (HOLDOUT215_FLOORS, 17, 6),
            "holdout216": (HOLDOUT216_FLOORS, 15, 4),
            "holdout217": (HOLDOUT217_FLOORS, 27, 5),
            "holdout218": (HOLDOUT218_FLOORS, 12, 4),
            "holdout219": (HOLDOUT219_FLOORS, 18, 5),
            "holdout220": (HOLDOUT220_FLOORS, 17, 5),
            "holdout221": (HOLDOUT221_FLOORS, 28, 5),
            "holdout222": (HOLDOUT222_FLOORS, 12, 5),
            "holdout223": (HOLDOUT223_FLOORS, 4, 4),
            "holdout224": (HOLDOUT224_FLOORS, 23, 5),
            "holdout225": (HOLDOUT225_FLOORS, 28, 5),
            "holdout226": (HOLDOUT226_FLOORS, 22, 5),
            "holdout227": (HOLDOUT227_FLOORS, 13, 6),
            "holdout228": (HOLDOUT228_FLOORS, 25, 5),
            "holdout229": (HOLDOUT229_FLOORS, 13, 6),
            "holdout230": (HOLDOUT230_FLOORS, 8, 6),
            "holdout231": (HOLDOUT231_FLOORS, 3, 3),
            "holdout232": (HOLDOUT232_FLOORS, 28, 4),
            "holdout233": (HOLDOUT233_FLOORS, 25, 4),
            "holdout234": (HOLDOUT234_FLOORS, 5, 1),
            "holdout235": (HOLDOUT235_FLOORS, 14, 6),
            "holdout236": (HOLDOUT236_FLOORS, 17, 6),
            "holdout238": (HOLDOUT238_FLOORS, 30, 5),
            "holdout239": (HOLDOUT239_FLOORS, 27, 4),
            "holdout240": (HOLDOUT240_FLOORS, 16, 6),
            "holdout241": (HOLDOUT241_FLOORS, 20, 8),
            "holdout242": (HOLDOUT242_FLOORS, 28, 8),
            "holdout243": (HOLDOUT243_FLOORS, 26, 8),
            "holdout244": (HOLDOUT244_FLOORS, 15, 3),
            "holdout245": (HOLDOUT245_FLOORS, 25, 6),
            "holdout246": (HOLDOUT246_FLOORS, 45, 4),
            "holdout247": (HOLDOUT247_FLOORS, 9, 7),
            "holdout248": (HOLDOUT248_FLOORS, 17, 8),
            "holdout249": (HOLDOUT249_FLOORS, 32, 7),
            "holdout250": (HOLDOUT250_FLOORS, 17, 7),
            "holdout251": (HOLDOUT251_FLOORS, 29, 7),
            "holdout252": (HOLDOUT252_FLOORS, 35, 6),
            "holdout253": (HOLDOUT253_FLOORS, 24, 8),
            "holdout254": (HOLDOUT254_FLOORS, 16, 7),
            "holdout255": (HOLDOUT255_FLOORS, 34, 8),
            "holdout256": (HOLDOUT256_FLOORS, 18, 6),
            "holdout257": (HOLDOUT257_FLOORS, 19, 8),
            "holdout258": (HOLDOUT258_FLOORS, 32, 8),
            "holdout259": (HOLDOUT259_FLOORS, 23, 7),
            "holdout260": (HOLDOUT260_FLOORS, 14, 8),
            "holdout261": (HOLDOUT261_FLOORS, 16, 5),
            "holdout262": (HOLDOUT262_FLOORS, 26, 8),
            "holdout263": (HOLDOUT263_FLOORS, 25, 5),
            "holdout264": (HOLDOUT264_FLOORS, 19, 8),
            "holdout265": (HOLDOUT265_FLOORS, 36, 6),
            "holdout266": (HOLDOUT266_FLOORS, 17, 8),
            "holdout267": (HOLDOUT267_FLOORS, 24, 7),
            "holdout268": (HOLDOUT268_FLOORS, 34, 7),
            "holdout269": (HOLDOUT269_FLOORS, 25, 7),
            "holdout270": (HOLDOUT270_FLOORS, 33, 7),
            "holdout271": (HOLDOUT271_FLOORS, 18, 8),
            "holdout272": (HOLDOUT272_FLOORS, 32, 4),
            "holdout273": (HOLDOUT273_FLOORS, 29, 5),
            "holdout274": (HOLDOUT274_FLOORS, 18, 4),
            "holdout275": (HOLDOUT275_FLOORS, 15, 8),
            "holdout276": (HOLDOUT276_FLOORS, 20, 6),
            "holdout277": (HOLDOUT277_FLOORS, 37, 4),
            "holdout278": (HOLDOUT278_FLOORS, 26, 7),
            "holdout279": (HOLDOUT279_FLOORS, 8, 3),
            "holdout280": (HOLDOUT280_FLOORS, 8, 8),
            "holdout281": (HOLDOUT281_FLOORS, 22, 7),
            "holdout282": (HOLDOUT282_FLOORS, 15, 8),
            "holdout283": (HOLDOUT283_FLOORS, 63, 4),
            "holdout284": (HOLDOUT284_FLOORS, 18, 8),
            "holdout285": (HOLDOUT285_FLOORS, 19, 7),
            "holdout286": (HOLDOUT286_FLOORS, 38, 5),
            "holdout287": (HOLDOUT287_FLOORS, 11, 8),
            "holdout288": (HOLDOUT288_FLOORS, 9, 8),
            "holdout289": (HOLDOUT289_FLOORS, 22, 7),
            "holdout290": (HOLDOUT290_FLOORS, 29, 8),
            "holdout291": (HOLDOUT291_FLOORS, 19, 8),
            "holdout292": (HOLDOUT292_FLOORS, 18, 4),
            "holdout293": (HOLDOUT293_FLOORS, 18, 6),
            "holdout294": (HOLDOUT294_FLOORS, 8, 8),
            "holdout295": (HOLDOUT295_FLOORS, 16, 4),
            "holdout296": (HOLDOUT296_FLOORS, 16, 8),
            "holdout297": (HOLDOUT297_FLOORS, 16, 8),
            "holdout298": (HOLDOUT298_FLOORS, 12, 8),
            "holdout299": (HOLDOUT299_FLOORS, 6, 7),
            "holdout300": (HOLDOUT300_FLOORS, 21, 8),
            "holdout301": (HOLDOUT301_FLOORS, 27, 8),
            "holdout302": (HOLDOUT302_FLOORS, 9, 8),
            "holdout303": (HOLDOUT303_FLOORS, 7, 5),
            "holdout304": (HOLDOUT304_FLOORS, 33, 5),
            "holdout305": (HOLDOUT305_FLOORS, 33, 5),
            "holdout306": (HOLDOUT306_FLOORS, 7, 6),
            "holdout307": (HOLDOUT307_FLOORS, 32, 5),
            "holdout308": (HOLDOUT308_FLOORS, 8, 8),
            "holdout309": (HOLDOUT309_FLOORS, 18, 7),
            "holdout310": (HOLDOUT310_FLOORS, 38, 4),
            "holdout311": (HOLDOUT311_FLOORS, 32, 6),
            "holdout312": (HOLDOUT312_FLOORS, 20, 3),
            "holdout313": (HOLDOUT313_FLOORS, 21, 5),
            "holdout314": (HOLDOUT314_FLOORS, 32, 4),
            "holdout315": (HOLDOUT315_FLOORS, 4, 5),
            "holdout316": (HOLDOUT316_FLOORS, 29, 3),
            "holdout317": (HOLDOUT317_FLOORS, 24, 3),
            "holdout318": (HOLDOUT318_FLOORS, 36, 4),
            "holdout319": (HOLDOUT319_FLOORS, 39, 4),
            "holdout320": (HOLDOUT320_FLOORS, 21, 7),
            "holdout321": (HOLDOUT321_FLOORS, 8, 6),
            "holdout322": (HOLDOUT322_FLOORS, 16, 5),
            "holdout323": (HOLDOUT323_FLOORS, 20, 5),
            "holdout324": (HOLDOUT324_FLOORS, 6, 4),
            "holdout325": (HOLDOUT325_FLOORS, 21, 8),
            "holdout326": (HOLDOUT326_FLOORS, 16, 8),
            "holdout327": (HOLDOUT327_FLOORS, 21, 8),
            "holdout328": (HOLDOUT328_FLOORS, 14, 8),
            "holdout329": (HOLDOUT329_FLOORS, 9, 8),
            "holdout330": (HOLDOUT330_FLOORS, 6, 6),
            "holdout331": (HOLDOUT331_FLOORS, 16, 8),
            "holdout332": (HOLDOUT332_FLOORS, 37, 6),
            "holdout333": (HOLDOUT333_FLOORS, 25, 8),
            "holdout334": (HOLDOUT334_FLOORS, 18, 6),
            "holdout335": (HOLDOUT335_FLOORS, 13, 8),
            "holdout336": (HOLDOUT336_FLOORS, 4, 4),
            "holdout337": (HOLDOUT337_FLOORS, 7, 3),
            "holdout338": (HOLDOUT338_FLOORS, 5, 3),
            "holdout339": (HOLDOUT339_FLOORS, 0, 3),
            "holdout340": (HOLDOUT340_FLOORS, 11, 8),
            "holdout341": (HOLDOUT341_FLOORS, 35, 7),
            "holdout342": (HOLDOUT342_FLOORS, 31, 6),
            "holdout343": (HOLDOUT343_FLOORS, 8, 4),
            "holdout344": (HOLDOUT344_FLOORS, 5, 4),
            "holdout345": (HOLDOUT345_FLOORS, 32, 4),
            "holdout346": (HOLDOUT346_FLOORS, 34, 5),
            "holdout347": (HOLDOUT347_FLOORS, 34, 5),
            "holdout348": (HOLDOUT348_FLOORS, 28, 5),
            "holdout349": (HOLDOUT349_FLOORS, 29, 4),
            "holdout350": (HOLDOUT350_FLOORS, 30, 8),
            "holdout351": (HOLDOUT351_FLOORS, 30, 4),
            "holdout352": (HOLDOUT352_FLOORS, 38, 4),
            "holdout353": (HOLDOUT353_FLOORS, 65, 4),
            "holdout354": (HOLDOUT354_FLOORS, 24, 5),
            "holdout355": (HOLDOUT355_FLOORS, 15, 7),
            "holdout356": (HOLDOUT356_FLOORS, 35, 3),
            "holdout357": (HOLDOUT357_FLOORS, 27, 5),
            "holdout358": (HOLDOUT358_FLOORS, 37, 4),
            "holdout359": (HOLDOUT359_FLOORS, 24, 8),
            "holdout360": (HOLDOUT360_FLOORS, 51, 4),
            "holdout361": (HOLDOUT361_FLOORS, 17, 4),
            "holdout362": (HOLDOUT362_FLOORS, 25, 4),
            "holdout363": (HOLDOUT363_FLOORS, 6, 6),
            "holdout364": (HOLDOUT364_FLOORS, 19, 6),
            "holdout365": (HOLDOUT365_FLOORS, 26, 4),
            "holdout366": (HOLDOUT366_FLOORS, 8, 8),
            "holdout367": (HOLDOUT367_FLOORS, 61, 4),
            "holdout368": (HOLDOUT368_FLOORS, 29, 4),
            "holdout369": (HOLDOUT369_FLOORS, 22, 6),
            "holdout370": (HOLDOUT370_FLOORS, 33, 5),
            "holdout371": (HOLDOUT371_FLOORS, 19, 4),
            "holdout372": (HOLDOUT372_FLOORS, 35, 6),
            "holdout373": (HOLDOUT373_FLOORS, 15, 6),
            "holdout374": (HOLDOUT374_FLOORS, 28, 8),
            "holdout375": (HOLDOUT375_FLOORS, 39, 4),
            "holdout376": (HOLDOUT376_FLOORS, 7, 5),
            "holdout377": (HOLDOUT377_FLOORS, 4, 4),
            "holdout378": (HOLDOUT378_FLOORS, 10, 8),
            "holdout379": (HOLDOUT379_FLOORS, 35, 4),
            "holdout380": (HOLDOUT380_FLOORS, 39, 5),
            "holdout381": (HOLDOUT381_FLOORS, 14, 6),
            "holdout382": (HOLDOUT382_FLOORS, 10, 8),
            "holdout383": (HOLDOUT383_FLOORS, 35, 6),
            "holdout384": (HOLDOUT384_FLOORS, 18, 7),
            "holdout385": (HOLDOUT385_FLOORS, 12, 6),
            "holdout387": (HOLDOUT387_FLOORS, 35, 4),
            "holdout388": (HOLDOUT388_FLOORS, 8, 6),
            "holdout389": (HOLDOUT389_FLOORS, 20, 4),
            "holdout390": (HOLDOUT390_FLOORS, 13, 5)}


@pytest.fixture(scope="module")
def held_out_results(gazetteer):
    """Scores of every held-out set, computed on first use and kept for the module."""
    cache: dict[str, dict] = {}

    def score(name: str) -> dict:
        if name not in cache:
            cache[name] = accuracy(gazetteer, CORPUS / name)
        return cache[name]

    return score


@pytest.mark.parametrize(("name", "least"), [(None, 11)] + [(n, texts) for n, (_, _, texts) in HELD_OUT.items()])
def test_corpus_is_real_and_attributed(name, least):
    pairs = gold_pairs() if name is None else gold_pairs(CORPUS / name)
    assert len(pairs) >= least
    for path, gold in pairs:
        assert gold["report"] == path.name
        assert gold["source"].get("licence"), path.name
        assert gold["source"].get("url"), path.name
        names = {p["name"] for p in gold["places"]}
        for ev in gold["events"]:
            assert ev["place"] in names, (path.name, ev["place"])
            assert dt.date.fromisoformat(ev["date"]) <= dt.date.fromisoformat(ev["date_end"])
            assert dt.date.fromisoformat(ev["date"]) <= dt.date.fromisoformat(gold["published"])
            assert ev["precision"] in {"day", "week", "month", "year"}


@pytest.mark.parametrize("measure", sorted(FLOORS))
def test_accuracy_holds_the_measured_level(result, measure):
    tot = result["total"]
    assert tot["events_gold"] >= 30
    assert tot[measure] >= FLOORS[measure] - MARGIN, (measure, tot[measure], _failures(result))


@pytest.mark.parametrize(("name", "measure"), [(n, m) for n, (floors, _, _) in HELD_OUT.items() for m in sorted(floors)])
def test_held_out_accuracy_holds_the_measured_level(held_out_results, name, measure):
    res = held_out_results(name)
    floors, least, _ = HELD_OUT[name]
    tot = res["total"]
    assert tot["events_gold"] >= least
    assert tot[measure] >= floors[measure] - HOLDOUT_MARGIN, (name, measure, tot[measure], _failures(res))


def test_holdout_sets_are_distinct_texts():
    folders = [CORPUS / name for name in HELD_OUT]
    names = [{p.name for p, _ in gold_pairs(f)} for f in folders] + [{p.name for p, _ in gold_pairs()}]
    by_url: dict[str, list[set[str]]] = {}
    for path, g in [pair for f in folders for pair in gold_pairs(f)] + gold_pairs():
        lines = {line.strip() for line in path.read_text(encoding="utf-8").splitlines()[1:] if len(line.strip()) > 40}
        by_url.setdefault(g["source"]["url"], []).append(lines)
    assert all(not (a & b) for i, a in enumerate(names) for b in names[i + 1:])
    # one source twice only for parts of it that share no line (two sections of one Wikipedia article)
    assert all(not (a & b) for texts in by_url.values() for i, a in enumerate(texts) for b in texts[i + 1:])


def _failures(result) -> str:
    return "\n".join(f"{k}: {f}" for k, r in result["texts"].items() for f in r["failures"])
