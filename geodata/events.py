"""Events: what happened, where and when, one record per (type, place, dates) of a report.

Each sentence is cut into clauses (at commas, semicolons and "which / while /
where ..."); a clause's keyword cues give an ACLED-style ``event_type`` and
``sub_event_type``, its resolved places give the locations, and its dates (from
:mod:`geodata.timeline`) the time.  A clause without a place of its own takes the
place of the clause before it ("Bakhmut, which was captured ... in May"); a
sentence with a cue but no place takes the places of the sentence before it
("The administration said ... 11 explosions ... on Sunday").  A place that is
only a venue (an interview, a meeting) gets no event, except a summit, which is
a Strategic development there.  Spatial modifiers from :mod:`geodata.spatial`
move the pin and set the uncertainty.  Duplicates within a report are merged.
A sentence without a date of its own takes the last day/week date of its
paragraph, else the dateline context -- unless the text is retrospective (no day
date near its publication: an encyclopedia article), where it goes on with the
last date told, or spans the text's first date to publication before any date.
A sentence's only date dates all its clauses unless a relative clause holds it;
a date that opens a long period ("since February 2022") or sits in a leading
"After ... began on 24 February," clause is not an event's date; two dates in one
clause give its place one event each; "just days after" dates what follows before
the day told.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from geodata import spatial, timeline
from geodata.alternation import by_first_letter, first_keys, split_alternatives
from geodata.gazetteer import region_codes
from geodata.names import fold_case
from geodata.resolve import RAION_REACH_KM, Resolution, district_centre_name
from geodata.toponyms import Mention, Sentence

__all__ = ["build_events", "classify", "find_actors", "find_claim", "split_clauses", "EVENT_TYPES"]

EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
_TYPE_ORDER = {t: i for i, t in enumerate(("Explosions/Remote violence", "Battles", "Violence against civilians",
                                           "Strategic developments", "Protests", "Riots"))}

BATTLES, EXPLOSIONS, VAC, PROTESTS, RIOTS, STRATEGIC = EVENT_TYPES

# (event type, sub-event type, weight, pattern); the type with the most weight wins a clause.
_CUES: list[tuple[str, str, float, str]] = [
    (BATTLES, "Armed clash", 2.0, r"fight(?:ing|s)?(?!\s+for\s+(?:his|her|their|the)\s+li(?:fe|ves))|fought|clash(?:es|ed)?|battles?|battled|combat(?!\s+(?:work|readiness|training|experience|capabilit(?:y|ies)|capacity|spirit|effectiveness|medics|brigades?|paths?))|firefights?|"
                                  r"skirmish(?:es|ed)?|gunfights?|hostilities|heavy fighting|military\s+engagements?"),
    (BATTLES, "Armed clash", 1.5, r"invaded|assaults?|assaulted|storm(?:ed|ing)|(?:broke|break(?:s|ing)?)\s+into|storms?\s+(?:the\s+)?(?:positions?|defen[cs]es|trenches|village|town|city)|offensives?|counter-?offensives?|"
                                  r"counter-?attacks?|counter-?attacked|repel(?:led|s)?|repulsed?|repulsing|"
                                  r"defend(?:ing|ed)|encircle(?:d|ment)?|ambush(?:ed)?|advanc(?:e|es|ed|ing)|"
                                  r"push(?:ed|ing)?\s+(?:[a-z]+\s+){0,2}back|mov(?:e|es|ed|ing)\s+forward|neutrali[sz]ed|push(?:ed|ing|es)?\s+(?:[\d.,–-]+\s?(?:km|kilometres|kilometers|miles)\s+)?(?:further\s+)?(?:west|east|north|south|"
                                  r"forward|deeper|into|through|toward|towards)|consolidated\s+(?:[a-z]+\s+){0,4}territory|breakthrough|broke\s+through|progress|gains|engaged|infiltrat\w+|"
                                  r"ground\s+attacks?|sabotage\s+group|foothold|bridgehead|main\s+effort|surround(?:ed|ing|s)?|"
                                  # "Russian forces continue to concentrate their efforts near Vovchansk and Liptsy"
                                  r"concentrat(?:e|es|ed|ing)\s+(?:their|its|the(?:ir)?\s+main|main)?\s*efforts|"
                                  r"besieged|besieging|(?:lay|laid|laying)\s+siege|contested|(?:became|become|becomes|is|was|were|remains?|remained)\s+disputed|reached\s+the\s+(?:\w+\s+)?(?:outskirts|edge|centre|center)|"
                                  r"(?:remains?|remained|is|was|are|were|been)\s+(?!not\b)(?:\w+\s+)?isolated(?!\s+(?:incidents?|cases?|events?|episodes?|attacks?)\b)|"
                                  r"(?:are|were|remains?|remained)\s+(?:still\s+)?(?:on|at)\s+the\s+outskirts|"
                                  r"under\s+(?:\w+\s+){0,2}pressure|"
                                  # "Russian invaders are trying to increase pressure in Donetsk and Luhansk regions"
                                  r"(?:increas\w*|intensif\w*|step(?:ped|ping|s)?\s+up|ramp(?:ed|ing|s)?\s+up|"
                                  r"(?:is|are|was|were)\s+putting|exert\w*)\s+(?:the\s+)?(?:\w+\s+)?pressure\s+(?:in|near|around)\b|"
                                  r"(?:bring\w*|brought|mov\w*|edg\w*|inch\w*|creep\w*|push\w*)\s+(?:\w+\s+){0,3}"
                                  r"closer\s+to|(?:gain(?:ed|s)?|achiev(?:ed|es)?)\s+(?:\w+\s+)?success(?:es)?|"
                                  r"break(?:s|ing)?\s+through|penetrat(?:e|ed|es|ing)\s+(?:our\s+|the\s+|their\s+|its\s+)?defen[cs]es?|improve\s+(?:the\s+|their\s+|its\s+)?tactical\s+"
                                  r"(?:situation|position)s?|"
                                  # "futile attempts to restore the lost position near Staromayorske"
                                  r"restor(?:e|ed|ing)\s+(?:the\s+|their\s+|its\s+)?lost\s+positions?|"
                                  # "Kupyansk and Lyman directions, Avdiivka and Maryinka - we are holding our ground"
                                  r"hold(?:s|ing)?\s+(?:our|their|its|the)\s+ground|holding\s+the\s+line|"
                                  # "Severodonetsk, Lysychansk ... are holding on", "our soldiers who heroically hold
                                  # the Bakhmut direction, Soledar, Avdiivka", "holding the defense in Mykolaiv direction"
                                  r"(?:are|is)\s+holding\s+on\b|hold(?:s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?"
                                  r"(?:direction|defen[cs]e)\b|"
                                  # the front as the President tells it: "The situation in Kupyansk remains difficult"
                                  # (not "The situation in the area is difficult to independently verify")
                                  r"(?<!humanitarian\s)(?<!energy\s)situation\s+(?:(?:in|on|near|around)\s+(?:the\s+)?"
                                  r"[\w'-]+(?:\s+[\w'-]+){0,3}\s+)?(?:is|remains|remained|was)\s+(?:\w+\s+){0,2}?"
                                  r"(?:difficult|tense|critical|intense)\b(?!\s+to\b)|"
                                  # "The situation in the Pokrovsk direction has been stabilized", "the stabilization
                                  # of the situation in the Pokrovskyi direction"
                                  r"(?<!humanitarian\s)(?<!energy\s)situation\s+(?:(?:in|on|near|around)\s+(?:the\s+)?"
                                  r"[\w'-]+(?:\s+[\w'-]+)?\s+)?(?:has\s+been|have\s+been|was|is)\s+stabili[sz]ed|"
                                  r"stabili[sz]ation\s+of\s+the\s+situation\s+(?:in|on|near|around)\b|"
                                  # "The conflict condition is still tough in the Pokrovsk and Kurakhove areas", "The
                                  # situation remains difficult in the Pokrovsk sector and with Kurakhove"
                                  r"(?<!humanitarian\s)(?<!energy\s)situation\s+(?:is|remains|remained|was)\s+"
                                  r"(?:still\s+|extremely\s+|very\s+)?(?:tough|difficult|tense|critical|hard)\s+(?:in|on|near|around|"
                                  r"with)\b|"
                                  r"conflict\s+condition\s+(?:is|remains|remained|was)\s+(?:still\s+)?(?:tough|difficult|tense|"
                                  r"critical|hard)\s+in\b|"
                                  # "our operation in the Kursk region", "steps taken to strengthen the defense in the
                                  # Toretsk and Pokrovsk directions"
                                  r"(?:our|offensive|military|ground)\s+operations?\s+in\b|"
                                  r"strengthen(?:s|ed|ing)?\s+(?:the\s+|our\s+)?defen[cs]es?\s+(?:in|of|near|on)\b|"
                                  # "In late 2025, the city became an active battleground"
                                  r"(?:became|become|becomes|is|was|remains?|remained)\s+(?:an?\s+)?(?:active\s+)?"
                                  r"battlegrounds?\b|"
                                  # "The most severe are the Maryinka, Avdiivka and Bakhmut areas", "Donetsk areas are
                                  # the toughest", "remains the hottest spot on the entire front line"
                                  r"the\s+(?:most\s+(?:challenging|severe|difficult|intense|tense)|toughest|hardest|"
                                  r"hottest)\b(?=[^.]{0,80}?\b(?:directions?|sectors?|areas|axis|axes|spots?|front)\b)"
                                  r"(?![^.]{0,80}?\bfires?\b)|"  # (not "The most challenging areas are ... fires")
                                  r"(?:directions?|sectors?|areas)\s+(?:are|is|remains?)\s+the\s+(?:most\s+\w+|toughest|"
                                  r"hardest|hottest)\b|"
                                  # "Avdiivka, Kupyansk, Kherson are the main focal points today"; "the course of
                                  # defensive actions", "our defenders are holding their positions firmly"
                                  r"(?:are|is|remains?)\s+(?:the\s+)?(?:main\s+|key\s+)?focal\s+points?\b|"
                                  r"defensive\s+(?:actions|operations|battles|fighting)|"
                                  r"holding\s+(?:their|our|its|the)\s+positions\b"),
    (BATTLES, "Armed clash", 1.0, r"attacks?|attacked|attacking|raids?|incursions?|military\s+actions?|"
                                  r"approach(?:ed|ing)\s+the\s+"
                                  r"(?:city|town|village)|entered(?!\s+(?:into|service|office|the\s+war)\b)"),
    (BATTLES, "Government regains territory", 2.5, r"liberat(?:ed|ion|ing|es?)|recaptur(?:ed|e|ing)|retook|retaken|"
                                                   r"retake|regain(?:ed|ing|s)?|took\s+back|de-?occupied|recover(?:ed)?|"
                                                   r"secured\s+(?:the\s+)?(?:city|town|village|settlement|area)s?"),
    (BATTLES, "Non-state actor overtakes territory", 2.2, r"captur(?:ed|e|ing)|seized|seize|occupied|occupy|fell\s+to|"
                                                          r"overran|(?:took|taken|tak(?:e|es|ing))\s+over\b|(?:took|taken|tak(?:e|es|ing)|gain(?:ed|ing|s)?|claim(?:ed|s)?)\s+"
                                                          r"(?:under\s+)?(?:full\s+|complete\s+|total\s+)?control|"
                                                          r"(?:troops|forces|units|soldiers|fighters)\s+(?:had\s+|have\s+|"
                                                          r"has\s+)?(?:[a-z]+ly\s+)?(?:entered|moved\s+into|"
                                                          # "Russian forces took most of the Kherson Oblast"
                                                          r"took(?!\s+(?:part|place|off|up|over|back|cover|aim|"
                                                          r"positions?|measures|steps|shelter|refuge|prisoners?|captive|"
                                                          r"control|heavy|losses|casualties)\b))|"
                                                          r"(?:troops|forces|units|soldiers)\s+moving\s+into|"
                                                          r"(?:came|come|fell|falls|passed|returned|returns)\s+(?:under|to)\s+(?:the\s+)?"
                                                          r"(?:full\s+|complete\s+)?(?:russian|ukrainian)\s+(?:control|occupation)"),
    (BATTLES, "Non-state actor overtakes territory", 1.5, r"(?:was|were|is|are|now|been)\s+(?:fully\s+)?under\s+"
                                                          r"(?:full\s+|complete\s+)?(?:russian|ukrainian|german|nazi|soviet|"
                                                          r"enemy|separatist)\s+(?:control|occupation)|"
                                                          # "While Russian forces are in control of Kherson, Melitopol
                                                          # and Berdyansk"
                                                          r"(?:forces|troops|units)\s+(?:are|were|is|was|remain(?:s|ed)?)\s+"
                                                          r"in\s+(?:full\s+)?control\s+of"),
    (EXPLOSIONS, "Shelling/artillery/missile attack", 2.5,
     r"shell(?:ed|ings?|s)|(?<!would\s)(?<!could\s)(?<!might\s)(?<!will\s)shell(?!-|\s+(?:compan|oil|plc|petrol|gas\s+station))|"
     r"artillery|mortars?|missiles?|rockets?|MLRS|multiple\s+rocket|Grad|HIMARS|Iskanders?|barrages?|"
     r"Kalibrs?|Kinzhals?|S-?[234]00s?|ballistic|cluster\s+munitions?|Tochka"),
    (EXPLOSIONS, "Air/drone strike", 2.6, r"drones?|UAVs?|Shaheds?|kamikaze|air\s*strikes?|airstrikes?|"
                                          r"aerial\s+bombs?|glide\s+bombs?|guided\s+(?:aerial\s+)?bombs?|KABs?|"
                                          r"warplanes?|fighter\s+jets?|"
                                          r"air\s+raids?|helicopters?|(?:aerial|air)\s+attacks?|"
                                          # "in the Kyiv region, debris has fallen in Boryspil, Bucha, and Fastiv
                                          # districts": what air defence brought down
                                          r"debris|fragments\s+of\s+(?:an?\s+|the\s+)?(?:downed\s+)?"
                                          r"(?:drones?|missiles?|rockets?|UAVs?|Shaheds?)|"
                                          # "the wreckage fell on the territory of the Vyshgorod district" (not "pieces
                                          # of wreckage" of an airliner handed over)
                                          r"wreckage(?=\s+(?:fell|falls|falling|fallen|damaged|hit|struck|caused|of\s+"
                                          r"(?:an?\s+|the\s+)?(?:downed\s+|destroyed\s+)?(?:drones?|missiles?|rockets?|UAVs?|"
                                          r"Shaheds?)))"),
    (EXPLOSIONS, "Remote explosive/landmine/IED", 2.7, r"landmines?|mines?|IEDs?|explosive\s+devices?|car\s+bomb|"
                                                       r"booby-?trap\w*|tripwire"),
    (EXPLOSIONS, "Shelling/artillery/missile attack", 1.6, r"explosions?|blasts?|struck|strikes?|hits?|"
                                                           # "the Russians are striking at Kharkiv, Zaporizhia"
                                                           # Lysak's "It was loud in the district center, as well as
                                                           # in the Marhanets, Myrove, and Pokrovske communities"
                                                           r"(?:it\s+was|it\s+is|it's|was)\s+(?:\w+\s+)?loud\s+in\b|"
                                                           r"(?:are|is|were|was|been|keeps?|kept)\s+striking|striking\s+(?:at|on)\b|under\s+(?!the\s)(?:[a-z]+\s+){0,2}(?:fire|attack)|under\s+the\s+(?:[a-z]+\s+)?fire\s+of|by\s+(?:enemy\s+)?fire|opened\s+fire|terrori[sz]ed|"
                                                           r"targeted|pounded|fired|firing\s+(?:on|at)|impact|bomb(?:ed|ing|s)?|bombard(?:ed|ment)|"
                                                           r"(?:were|was|became)\s+(?:the\s+)?targets?"),
    (EXPLOSIONS, "Shelling/artillery/missile attack", 0.8, r"killed|killing|wounded|injured|injuring|casualties|"
                                                           # what strikes on power leave: "A total blackout in the
                                                           # Kharkiv & Donetsk regions", "left without power"
                                                           r"(?:total|partial|complete)\s+blackouts?|\ba\s+partial\s+one\s+in\b|"
                                                           r"left\s+without\s+(?:power|electricity|light)|"
                                                           r"dead|died|damaged|damage|destroyed|destruction|caught\s+fire|(?:was|were)\s+on\s+fire|fires?\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?"
                                                           r"(?:buildings?|houses?|apartments?|premises|facilit(?:y|ies)|warehouses?|"
                                                           r"garages?|institutions?|dormitor(?:y|ies)|hospitals?)|fires?\s+(?:broke\s+out|erupted)|"
                                                           r"burn(?:ed|t)\s+down|ruined|deaths|death\s+toll|"
                                                           # "the road bridge used by the Russian army ... has collapsed"
                                                           r"(?:bridges?|spans?|buildings?|houses?|roofs?|entrances?|floors?)\b"
                                                           r"[^.;]{0,120}?\b(?:has|have|had)\s+\W?collapsed|"
                                                           # "one life was also lost in the Kharkiv region"
                                                           r"(?:lives?|life)\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?lost|"
                                                           # "rescue operations continued throughout the day in various
                                                           # regions, including Ternopil, Lutsk", "The regions of
                                                           # Donetsk, Kirovohrad ... were affected"
                                                           r"rescue\s+(?:operations?|work|efforts)|"
                                                           # "In Lutsk, Dnipro, and Bila Tserkva ..., rescuers are
                                                           # currently extinguishing ... warehouse space"
                                                           r"extinguish(?:ing|ed)|firefighting|"
                                                           # "Much has already been done to restore electricity, water
                                                           # and heat supply in Kharkiv, Dnipro ... regions"
                                                           r"restor(?:e|ed|ing)\s+(?:the\s+)?(?:electricity|power|water|heat|"
                                                           r"gas)\b|"
                                                           r"(?:was|were|has\s+been|have\s+been)\s+(?:also\s+|(?:the\s+)?most\s+|badly\s+|severely\s+)?affected|"
                                                           # "Nikopol, Pokrovska and Myrivska communities suffered"
                                                           r"(?:communit(?:y|ies)|hromadas?)\s+(?:also\s+)?suffered\b"),
    (STRATEGIC, "Other", 1.2, r"crash(?:ed|es)?|crash-landed"),
    (VAC, "Attack", 3.0, r"executed|executions?|shot\s+dead\s+(?:a\s+)?civilians?|shot\s+(?:\w+\s+){0,2}civilians|"
                         r"shot\s+(?:at\s+)?(?:a|an|the)\s+(?:\w+\s+){0,2}(?:convoy|car|cars|bus|minibus)\b|massacre[d]?|tortur(?:ed|e)|"
                         r"beaten\s+to\s+death|arrested\s+and\s+shot|(?:publicly\s+)?hanged\b"),
    # "reports of a mass grave found in Izyum last week ... many of them with their arms tied behind their backs"
    (VAC, "Attack", 2.0, r"mass\s+graves?|mass\s+burials?|burial\s+sites?|(?:bodies|corpses)\s+(?:\w+\s+){0,2}exhumed|"
                         r"exhumations?"),
    (VAC, "Abduction/forced disappearance", 3.0, r"abduct(?:ed|ion|s)|kidnapp?(?:ed|ing)|forcibly\s+"
                                                 r"(?:deported|disappeared|transferred|remov(?:ed|ing|al))|forced\s+(?:removal|deportation|transfer)|deported|"
                                                 r"filtration|held\s+(?:as\s+)?(?:hostages?|captive)|held\s+against\s+"
                                                 # "forced ... into the basement of a school at gunpoint, where they
                                                 # were held against their will"
                                                 r"(?:their|his|her)\s+will|(?:taken|took)\s+(?:\w+\s+){0,2}hostages?|"
                                                 r"at\s+gunpoint"),
    (VAC, "Sexual violence", 3.0, r"raped?|sexual\s+violence"),
    (PROTESTS, "Peaceful protest", 3.0, r"protests?|protested|protesters|rall(?:y|ies|ied)|demonstrat(?:ion|ions|ors|ed)|"
                                        r"protestors|pickets?|picketed|marched|marchers|human\s+chains?"),
    (RIOTS, "Violent demonstration", 3.5, r"riots?|rioters|rioting|violent\s+(?:demonstration|protest)s?"),
    (RIOTS, "Mob violence", 3.5, r"mob|lynch(?:ed|ing)"),
    (STRATEGIC, "Agreement", 2.5, r"agreements?|ceasefire|truce|prisoner\s+(?:exchange|swap)s?|swap(?:ped)?|in\s+exchange\s+for|"
                                  r"signed|accord|memorandum|grain\s+deal|deal"),
    (STRATEGIC, "Headquarters or base established", 2.5, r"headquarters|set\s+up\s+(?:a\s+)?base|"
                                                         r"established\s+(?:a\s+)?base|new\s+base"),
    (STRATEGIC, "Looting/property destruction", 2.5, r"loot(?:ed|ing)|plunder(?:ed)?|ransack(?:ed|ing)?|pillag(?:ed|ing|e)|arson|set\s+(?:on\s+)?fire|"
                                                     r"torched|blew\s+up|vandali[sz]ed|breach(?:ed|es)?|sabotage(?!\s+(?:and\s+reconnaissance\s+)?(?:groups?|units?|activit))|"
                                                     r"burn(?:ed|t)\s+(?:(?:down|again|several|a|an|the|two|three)\s+)?"
                                                     r"(?:\w+\s+){0,2}?(?:relay|cabinets?|cars?|vehicles?|trains?|"
                                                     r"locomotives?|substations?|offices?|buildings?|equipment)"),
    (STRATEGIC, "Other", 1.5, r"flooded|flooding|floods|submerged|inundated"),
    (STRATEGIC, "Arrests", 2.0, r"arrest(?:ed|s)?|detain(?:ed)?|detention"),
    (STRATEGIC, "Disrupted weapons use", 1.4, r"intercept(?:ed|s)?|shot\s+down|downed|defused|jamming|"
                                              r"air\s+defen[cs]e"),
    (STRATEGIC, "Other", 2.6, r"summit|talks|negotiations?|conference"),
    (STRATEGIC, "Other", 2.0, r"(?<!-)annex(?:ed|ation|es)|(?:declared|proclaimed|declaring|proclaiming)\s+"
                              r"(?:(?:their|its)\s+)?independence"),  # not "Russian-annexed Sevastopol"
    (STRATEGIC, "Other", 1.6, r"flags?\s+(?:flying|raised|hoisted)|(?:raised|hoisted)\s+(?:the\s+|a\s+)?(?:\w+\s+)?flags?"),
    (STRATEGIC, "Other", 2.6, r"counter-?terror(?:ist|ism)\s+operations?|state\s+of\s+(?:emergency|siege)|"
                              r"emergency\s+(?:regime|situation)|martial\s+law|curfew|evacuation\s+orders?|"
                              r"(?:ordered|announced|declared)\s+(?:an?\s+|the\s+)?(?:mandatory\s+)?evacuations?"),
    (STRATEGIC, "Other", 1.8, r"evacuat(?:e|ed|ion|ing)|flee|fled|curfew|martial\s+law|mobili[sz]ation|"
                              r"mobili[sz]ed|conscription|deploy(?:ed|ment)|reinforcements?|troop\s+build-?up|"
                              r"reinforc(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}(?:positions|troops|forces|units|grouping)|"
                              r"concentrat(?:e|es|ed|ing)\s+(?:\w+\s+){0,2}(?:forces|troops|equipment|units|reserves)|"
                              r"mass(?:ed|ing)\s+(?:\w+\s+){0,2}(?:forces|troops|equipment|units)|"
                              r"called\s+on\s+(?:the\s+)?residents|military\s+activity|blockad(?:e|ed|ing)|"
                              r"(?:troops|forces?|units|soldiers)\s+(?:was|were|(?:had|have|has)\s+been)\s+sent|"
                              r"sen[dt](?:s|ing)?\s+(?:in\s+)?(?:\w+\s+){0,2}(?:troops|forces|soldiers|units)|"
                              r"blocking\s+(?:the\s+)?(?:exits?|ports?|harbou?rs?|bays?)|"
                              # a briefing's troop movements: "Lines of Russian vehicles are now headed toward Izyum",
                              # "Russian forces remain north of the city"
                              r"(?:vehicles|convoys?|columns?|troops|forces|units|equipment)\s+(?:are\s+|were\s+|is\s+|"
                              r"was\s+)?(?:now\s+|still\s+)?head(?:ed|ing)\s+(?:toward|towards|for)\b|"
                              r"(?:troops|forces|units)\s+(?:still\s+)?remain(?:s|ed)?\s+(?:\w+\s+)?"
                              r"(?:north|south|east|west|outside|near|around)\b"),
    (STRATEGIC, "Change to group/activity", 1.2, r"withdr[ae]w(?:al|n)?|retreat(?:ed)?|pulled\s+out|relocated|"
                                                         r"(?:had|has|have)\s+(?:fully\s+|completely\s+)?left|"
                                                         # "continued repositioning of Russian forces from Kyiv"
                                                         r"pull(?:ed|ing)\s+back|repositioning\s+of\s+(?:\w+\s+){0,2}"
                                                         r"(?:forces|troops|units)"),
]


def _lower_literals(pattern: str) -> str:
    """Return ``pattern`` with its literal letters lower-cased (escapes such as ``\\S`` kept)."""
    out, i = [], 0
    while i < len(pattern):
        step = 2 if pattern[i] == "\\" else 1
        out.append(pattern[i:i + step] if step == 2 else pattern[i].lower())
        i += step
    return "".join(out)


# The cues are matched case-sensitively, in lower case, on the text folded by fold_case:
# the same matches as re.I at less than half the cost.  One leading \b serves all the
# alternatives (most positions are inside a word and fail it once), and as every cue
# starts with a letter, a word's end fails the look-ahead before the alternatives are tried.
_CUE_ALL = re.compile(r"\b(?=[a-z])(?:" + "|".join(rf"(?P<c{i}>(?:{_lower_literals(p)})\b)"
                                          for i, (_t, _s, _w, p) in enumerate(_CUES)) + ")")
# The same alternatives without their named groups, grouped by first letter (the same matches; the
# scan is some three times faster); the cue of each match is then read at its start with _CUE_ALL, or
# rather its copy for the letter there (_CUE_AT): the same alternative wins there.
_CUE_ANY = re.compile(r"\b(?=[a-z])" + by_first_letter([rf"(?:{_lower_literals(p)})\b" for _t, _s, _w, p in _CUES]))


def _cues_starting(letter: str) -> re.Pattern[str]:
    """_CUE_ALL with only the cues that can start with ``letter``: the same match where the text has that
    letter (a cue that cannot start there fails at once in _CUE_ALL), found some five times faster."""
    keep = [i for i, (_t, _s, _w, p) in enumerate(_CUES)
            if (keys := first_keys(_lower_literals(p))) is None or letter in keys]
    return re.compile(r"\b(?=[a-z])(?:" + "|".join(rf"(?P<c{i}>(?:{_lower_literals(_CUES[i][3])})\b)"
                                               for i in keep) + ")") if keep else _CUE_ALL


class _PerLetter(dict):
    """_cues_starting of each letter, compiled when first met (all 26 take a third of a second: a cold
    ``frontline extract`` of a short report meets about half of them)."""

    def __missing__(self, letter: str) -> re.Pattern[str]:
        self[letter] = pattern = _cues_starting(letter)
        return pattern


_CUE_AT = _PerLetter()
_MONTH_MARCH = re.compile(r"\bMarch\b")  # the month, not a protest march
_WEAK_CUE = re.compile(r"\b(?:situation|attention|focus(?:ed|es)?|hot\s?spots?|tense|pressure|front\s?line|"
                       r"positions|direction|axis|sector)\b")  # on fold_case text, like _CUE_ALL
_WEAK_NEEDS = ("situation", "attention", "focus", "hot", "tense", "pressure", "front", "positions", "direction", "axis",
               "sector")
_TOPIC = re.compile(r"\b(?:comment(?:ed|ing)?\s+on|discuss(?:ed|ing)?|talk(?:ed|s)?\s+about|spoke\s+about|"
                    r"asked\s+about|questions?\s+(?:about|on))\s+(?:the\s+)?(?:\w+\s+){0,2}\Z", re.I)
# (not "did not abandon attempts at offensive", "have not stopped shelling": a denial that it stopped)
_NEGATED = re.compile(r"\b(?:no|not|never|without|denied|den(?:y|ies))\b"
                      r"(?!\s{1,3}(?:abandon|stop|ceas|halt|give\s{1,3}up|let\s{1,3}up|end(?:ed|ing|s)?\b))[^,;]{0,30}\Z",
                      re.I)
# Words without which _NEGATED and _TOPIC cannot match (in the text folded by fold_case)
_NEGATED_NEEDS = ("no", "never", "without", "den")
_TOPIC_NEEDS = ("comment", "discuss", "talk", "spoke", "asked", "question")

# A split is a mark (";", ":", ", ", "(", ")") and the blanks after it, or a run of blanks, from
# where it starts (linear on a long run), before such a mark, a dash or "while/whereas/but/which/
# where".  The pattern opens with the set of characters a split starts with, so the regex engine
# skips every other character without trying it; a run of blanks, the most common start, is tried
# first (the kinds of start exclude each other) and given up at once before any other letter.
_CLAUSE_SPLIT = re.compile(r"[;:,()\s](?:(?<=\s)(?<!\s\s)\s*+(?=[;:,()\u2014\u2013wb-])"
                           r"(?:(?:[;:]|,(?=\s)|[\u2014\u2013-]\s|\(|\))\s*|(?=(?:while|whereas|but|which|where)\s))"
                           r"|(?<=[;:])\s*|(?<=,)(?=\s)\s*|(?<=[()])\s*)")
# a reporting verb (not "incidents reported in ...": a participle describing its noun; nor "nine were reported
# dead": a toll, not a speaker)
_REPORTING = re.compile(r"\b(?:said|says|announced|reported(?!\s+(?:in|by|at|near|from|across|dead|killed|injured"
                        r"|wounded|missing|hurt)\b)|claimed|stated|"
                        r"wrote|told|added|confirmed|statement)\b", re.I)
_REPORTING_NEEDS = ("said", "says", "announced", "reported", "claimed", "stated", "wrote", "told", "added",
                    "confirmed", "statement")  # without one of these (folded) _REPORTING cannot match
_VENUE_BEFORE = re.compile(r"\b(interview(?:ed)?|conference|speech|speaking|spoke|visit(?:ed|ing)?|talks|"
                           r"meeting|met|briefing|summit|forum|trip|arrived|travel(?:l?ed)?|flew|hosted|"
                           r"address(?:ed)?)\b[^,;.]{0,40}\b(?:in|to|at)\s+(?:the\s+)?\Z", re.I)
_HIT_BY = re.compile(r"\b(?:destroyed|damaged|hit|struck|ruined)\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?"
                     r"(?:strikes?|attacks?|missiles?|shelling|bombs?|drones?)\b", re.I)
_SUMMIT = re.compile(r"\b(?:summit|talks|negotiations?|conference|meeting)\b", re.I)
_SUMMIT_NEEDS = ("summit", "talks", "negotiation", "conference", "meeting")
# (not "withdrew from", "retreated from": the place left is where a withdrawal happens)
# (nor "the evacuation of residents from Starobilsk": people are evacuated or deported from where it happens)
_ORIGIN_BEFORE = re.compile(r"\b(?:advanc\w*|mov\w*|cross\w*|came|com\w*|enter\w*|fled|"
                            r"flee\w*|launch\w*|fir\w*|flew|flying|return\w*|relocat\w*|transferr\w*|"
                            r"redeploy\w*|shell\w*)\b[^,;.]{0,40}\bfrom\s+(?:the\s+)?(?:\w+\s+){0,4}\Z", re.I)
# "evacuating residents from Starobilsk (Luhansk region) to Dnipro": where they were taken, not where it happened
_TAKEN_TO_BEFORE = re.compile(r"\b(?:evacuat|deport)\w{0,6}\b[^;.]{0,60}\bfrom\s[^;.]{1,80}\bto\s{1,3}(?:the\s{1,3})?\Z",
                              re.I)
# "a car ..., which was moving through the village of Nova Sloboda": where the target was
_WHERE_IT_WAS = re.compile(r"\b(?:moving|driving|travell?ing|passing|located|situated|parked|based|stationed)\b")
_LAUNCHED_FROM_BEFORE = re.compile(r"\blaunch\w*\b[^,;.]{0,40}\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,4}\(?\Z", re.I)
# "600 of them from Saratov Oblast", "conscripts from Buryatia": where people come from
_PEOPLE_FROM_BEFORE = re.compile(r"\b(?:men|women|soldiers|servicemen|conscripts|recruits|reservists|mobili[sz]ed|"
                                 r"volunteers|natives?|residents|people|prisoners|them)\b[^,;.]{0,20}\bfrom\s+"
                                 r"(?:the\s+)?\Z", re.I)
# (not "were located in the Avdiivka, Chasiv Yar and Marinka areas": where the attacks were)
_REFERENCE_BEFORE = re.compile(r"\b(?:located|situated|lies|lying|which\s+is|sits)\b(?!\s+(?:in|at)\s)[^,;.]{0,60}\Z",
                               re.I)
# Words without which those patterns cannot match (in the text folded by fold_case): a
# substring test rules most mentions out before a regex tries every position of the window.
_VENUE_NEEDS = ("interview", "conference", "speech", "speaking", "spoke", "visit", "talks", "meeting", "met",
                "briefing", "summit", "forum", "trip", "arrived", "travel", "flew", "hosted", "address")
_REFERENCE_NEEDS = ("located", "situated", "lies", "lying", "which", "sits")

_ACTORS: list[tuple[str, re.Pattern[str]]] = [
    ("Ukrainian forces", re.compile(
        r"\bUkrain(?:ian|e['\u2019]s)\s+(?:(?:armed|defen[cs]e|special|ground|air|naval)\s+)?(?:forces|troops|army|"
        r"military|soldiers|units|defenders|artillery|drones?|air\s+force|navy|marines|brigades?|fighters|"
        r"counter-?offensive|offensive|advance|attack|gunners|border\s+guards)|Armed\s+Forces\s+of\s+Ukraine|"
        r"\bAFU\b|\bZSU\b|\bKie?y?v\s+regime|Ukrainian-backed\s+fighters|\bUkraine\s+launched|\bthe\s+Ukrainians\b",
        re.I)),
    ("Russian forces", re.compile(
        r"\bRussia(?:n|['\u2019]s)\s+(?:(?:armed|security|occupation|airborne|ground|air)\s+)?(?:forces|troops|army|"
        r"military|soldiers|units|artillery|drones?|air\s+force|aircraft|warplanes|navy|air\s+defen[cs]e|"
        r"bombing|shelling|strikes?|missiles?|invasion|occupiers|attack|offensive|assault|gunners|"
        r"servicemen|paratroopers|marines|border\s+guards)|\boccupiers\b|\boccupying\s+forces|\bthe\s+Russians\b|"
        r"\bthe\s+enemy\b|Russian\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)\s+said\s+its\s+forces",
        re.I)),
    ("Wagner Group", re.compile(r"\bWagner\b")),
    ("Chechen forces (Akhmat)", re.compile(r"\bChechen\s+(?:unit|units|fighters|forces|battalion)|\bAkhmat\b|"
                                           r"\bKadyrovites\b")),
    ("Russian Volunteer Corps", re.compile(r"Russian\s+Volunteer\s+Corps|\bRDK\b")),
    ("Freedom of Russia Legion", re.compile(r"Freedom\s+of\s+Russia\s+Legion")),
    ("Civilians", re.compile(r"\bcivilians?\b|\bresidents\b|\bchildren\b|\bpassers-?by\b", re.I)),
    ("Protesters", re.compile(r"\bprotesters\b|\bdemonstrators\b|\bactivists\b", re.I)),
    ("Police", re.compile(r"\bpolice\b", re.I)),
]

_CLAIMS: list[tuple[str, re.Pattern[str]]] = [
    ("Russian Ministry of Defence", re.compile(
        r"Russia(?:n|['\u2019]s)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MoD|defen[cs]e\s+ministry)", re.I)),
    ("Ukrainian Ministry of Defence", re.compile(
        r"Ukrain(?:ian|e['\u2019]s)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|(?:deputy\s+)?defen[cs]e\s+"
        r"minist(?:er|ry))", re.I)),
    ("General Staff of Ukraine", re.compile(
        r"General\s+Staff\s+of\s+(?:the\s+)?(?:Armed\s+Forces\s+of\s+)?Ukraine|Ukrain(?:ian|e['\u2019]s)\s+General\s+"
        r"Staff|\bthe\s+General\s+Staff\s+(?:said|reported)", re.I)),
    ("UK Ministry of Defence", re.compile(r"(?:British|UK|U\.K\.)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+"
                                          r"Defen[cs]e|defen[cs]e\s+intelligence|military\s+intelligence)", re.I)),
    ("Institute for the Study of War", re.compile(r"Institute\s+for\s+the\s+Study\s+of\s+War|\bISW\b")),
    ("Wagner Group", re.compile(r"\b(?:Prigozhin|Wagner\s+(?:Group|chief|founder|head))\b")),
    ("Regional military administration", re.compile(
        r"(?:regional|oblast|city)\s+(?:military\s+)?administration|\bgovernor\b|\bregional\s+authorities", re.I)),
    ("Russian media", re.compile(r"Russian\s+(?:state\s+)?(?:reports|media|news\s+agenc(?:y|ies)|sources|"
                                 r"(?:war\s+|military\s+)?bloggers|officials)|\bTASS\b|\bRIA\b", re.I)),
    ("Ukrainian officials", re.compile(r"Ukrainian\s+(?:officials|authorities|military|media|sources)|"
                                       r"\bZelensk(?:y|yy|iy)\b|\bUkrinform\b", re.I)),
    ("Russian-installed officials", re.compile(r"Russian-(?:installed|appointed)\s+(?:officials?|authorities|"
                                               r"governor|head)|\bSaldo\b|\bBalitsky\b|\bPushilin\b|\bGladkov\b",
                                               re.I)),
]
_CLAIM_TRIGGER = re.compile(r"\baccording\s+to\b|\b(?:said|says|reported|announced|claimed|stated|wrote|"
                            r"statement|told|confirmed|posted)\b", re.I)


@dataclass
class _Clause:
    start: int  # offsets in the sentence
    end: int
    text: str
    cue: tuple[str, str, float] | None
    weak: bool
    dates: list[timeline.DateSpan] = field(default_factory=list)
    places: list[Resolution] = field(default_factory=list)


# --------------------------------------------------------------------------- small public helpers

@lru_cache(maxsize=8192)
def classify(text: str) -> tuple[str, str, float] | None:
    """Return ``(event_type, sub_event_type, weight)`` of the cues in ``text``, or None without a cue."""
    scores: dict[str, float] = {}
    subs: dict[str, tuple[float, str]] = {}
    folded = fold_case(text)
    for m in (_CUE_AT[folded[hit.start()]].match(folded, hit.start()) for hit in _CUE_ANY.finditer(folded)):
        etype, sub, weight, _ = _CUES[int(m.lastgroup[1:])]
        if etype == PROTESTS and _MONTH_MARCH.match(text[m.start():m.end()]):
            continue
        lo = max(0, m.start() - 40)
        window = folded[lo:m.start()]
        if (any(map(window.__contains__, _NEGATED_NEEDS)) and _NEGATED.search(text, lo, m.start())
                or any(map(window.__contains__, _TOPIC_NEEDS)) and _TOPIC.search(text, lo, m.start())):
            continue
        scores[etype] = scores.get(etype, 0.0) + weight
        if weight > subs.get(etype, (0.0, ""))[0]:
            subs[etype] = (weight, sub)
    if not scores:
        return None
    best = max(scores, key=lambda t: (scores[t], -_TYPE_ORDER[t]))
    sub = subs[best][1]
    return best, sub, scores[best]


def find_actors(text: str) -> list[str]:
    """Return the actors named in ``text`` (Ukrainian forces, Russian forces, Wagner Group ...), in text order."""
    return list(_find_actors(text))


# Words without which an actor pattern cannot match, in the text folded by fold_case (what
# re.I compares with lower-case ASCII letters; a case-sensitive match holds them too):
# most clauses skip most patterns.
_ACTOR_NEEDS: dict[str, tuple[str, ...]] = {
    "Ukrainian forces": ("ukrain", "afu", "zsu", "regime"),
    "Russian forces": ("russia", "occup", "enemy"),
    "Wagner Group": ("wagner",),
    "Chechen forces (Akhmat)": ("chechen", "akhmat", "kadyrovites"),
    "Russian Volunteer Corps": ("volunteer", "rdk"),
    "Freedom of Russia Legion": ("freedom",),
    "Civilians": ("civilian", "residents", "children", "passers"),
    "Protesters": ("protesters", "demonstrators", "activists"),
    "Police": ("police",),
}
_CLAIM_NEEDS: dict[str, tuple[str, ...]] = {
    "Russian Ministry of Defence": ("russia",),
    "Ukrainian Ministry of Defence": ("ukrain",),
    "General Staff of Ukraine": ("staff",),
    "UK Ministry of Defence": ("defen", "intelligence"),
    "Institute for the Study of War": ("institute", "isw"),
    "Wagner Group": ("prigozhin", "wagner"),
    "Regional military administration": ("administration", "governor", "authorities"),
    "Russian media": ("russian", "tass", "ria"),
    "Ukrainian officials": ("ukrainian", "zelensk", "ukrinform"),
    "Russian-installed officials": ("russian-", "saldo", "balitsky", "pushilin", "gladkov"),
}
_TRIGGER_NEEDS = ("according", "said", "says", "reported", "announced", "claimed", "stated", "wrote", "statement",
                  "told", "confirmed", "posted")
# _CLAIM_TRIGGER without re.I on the text folded by fold_case: the same matches at less cost
_CLAIM_TRIGGER_FOLDED = re.compile(_CLAIM_TRIGGER.pattern)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?([A-Z][^,.;:]{2,60})")


def _on_folded(rx: re.Pattern[str]) -> tuple[re.Pattern[str], bool]:
    """``rx`` for the text folded by fold_case when it ignores case, and whether it is that copy.

    A case-sensitive copy with its literals in lower case finds the same spans in
    the folded text as ``rx`` in the text, at about half the cost; its branches are
    grouped by first letter when they all fit (the same matches again, found faster).
    """
    if not rx.flags & re.I:
        return rx, False
    pattern = _lower_literals(rx.pattern)
    try:
        pattern = by_first_letter(split_alternatives(pattern))
    except ValueError:
        pass  # a branch that starts with a group or class: tried as written
    return re.compile(pattern), True


# (name, the words one of which it needs, pattern, whether the pattern is for the folded text)
_ACTOR_SCANS = [(name, _ACTOR_NEEDS[name], *_on_folded(rx)) for name, rx in _ACTORS]
_CLAIM_SCANS = [(name, _CLAIM_NEEDS[name], *_on_folded(rx)) for name, rx in _CLAIMS]


def _may_match(low: str, needs: tuple[str, ...]) -> bool:
    """False only when ``low`` (the text folded by fold_case) lacks every needed word."""
    return any(map(low.__contains__, needs))


@lru_cache(maxsize=4096)
def _find_actors(text: str) -> tuple[str, ...]:
    hits = []
    low = fold_case(text)
    for name, needs, rx, folded in _ACTOR_SCANS:
        if not any(map(low.__contains__, needs)):
            continue
        for m in rx.finditer(low if folded else text):
            if not _SAYS.match(text, m.end()):  # "the Ukrainian military said": a source, not an actor
                hits.append((m.start(), name))
                break
    return tuple(name for _, name in sorted(hits))


_SAYS = re.compile(r"\s+(?:said|says|reported|reports|announced|claimed|claims|stated|wrote|added)\b")


@lru_cache(maxsize=4096)
def find_claim(text: str) -> str | None:
    """Return who the text attributes its claim to ("Russian Ministry of Defence"), or None."""
    low = fold_case(text)
    if not _may_match(low, _TRIGGER_NEEDS) or not _CLAIM_TRIGGER_FOLDED.search(low):
        return None
    hits = []
    for name, needs, rx, folded in _CLAIM_SCANS:
        if not any(map(low.__contains__, needs)):
            continue
        m = rx.search(low if folded else text)
        if m:
            hits.append((m.start(), name))
    if hits:
        return min(hits)[1]
    m = _ACCORDING_TO.search(text) if "according" in text else None
    return m.group(1).strip() if m else None


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the clauses of ``sentence``."""
    spans = []
    pos = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(sentence):
        spans.append((pos, len(sentence)))
    return spans or [(0, len(sentence))]


# --------------------------------------------------------------------------- building

@dataclass
class _Draft:
    record: dict
    start: dt.date
    end: dt.date
    precision: str
    explicit: bool
    strength: float


# "the city", "the dam", "the nuclear plant": a place named before (not "the city of X", which names it)
_ANAPHOR = re.compile(r"\bthe\s+(?:(?:nuclear|power|hydroelectric|air|military)\s+){0,2}(city|town|village|"
                      r"settlement|suburb|building|dam|plant|station|bridge|island|base|airbase|airfield|airport|"
                      r"district\s+cent(?:er|re)|district|oblast|region|province)\b(?!\s+of\b)")
_DISTRICT_CENTRE = re.compile(r"\bthe\s+district\s+cent(?:er|re)\b", re.I)
_SUBJECT_ANAPHOR = re.compile(r"(?:The|This)\s+(?:city|town|village|settlement)\b(?!\s+of\b)")
# (a battle is named after a town: "the village was captured ... at the Battle of Avdiivka" is not in Avdiivka, but
# "The town was the site of ... the battle of Kreminna" is)
_SUBJECT_NOUN = re.compile(r"\b[Tt]he\s+(?:village|settlement|hamlet)\b(?!\s+of\b)")
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "settlement", "suburb", "building"})
_ANAPHOR_NEEDS = ("the ",)
_NOUN_OF_BEFORE = re.compile(r"\b(city|town|village|settlement|suburb)\s+of\s+\Z", re.I)
# "Andriivka (Ukrainian: ...) is a village in ...", "Vovchansk is a destroyed city"
_IS_A_AFTER = re.compile(r"(?:\s{0,2}\([^()]{0,160}\))?,?\s{1,2}(?:is|was)\s{1,2}(?:a|an)\s{1,2}(?:[\w-]+\s{1,2}){0,3}?"
                         r"(city|town|village|settlement|suburb)\b", re.I)
# what a landmark of each feature code is called when named again
_LANDMARK_NOUNS = {"BDG": ("bridge",), "PS": ("plant", "station"), "DAM": ("dam", "plant", "station"),
                   "ISL": ("island",), "AIRB": ("base", "airbase", "airfield"), "AIRP": ("airport", "airfield"),
                   "PRT": ("port", "ports")}


def _district_centre(r: Resolution) -> Resolution:
    """"The district center" of a district named by its centre town: that town ("Nikopol district" -> Nikopol)."""
    place = r.place
    centre = dict(place, place_id=place["place_id"].removeprefix("district:"), name=district_centre_name(place),
                  feature_class="P", feature_code="PPLA2", radius_km=_CENTRE_RADIUS_KM)
    return Resolution(r.mention, centre, r.confidence, [])


_CENTRE_RADIUS_KM = 5.0  # a district centre is a town of some thousands


class _Antecedents:
    """The places a definite noun ("the city", "the dam") can point back to, as the report goes on."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.first: dict[str, int] = {}  # order of first mention: the report's subject comes first
        self.settlements: dict[str, Resolution] = {}
        self.called: dict[str, dict[str, Resolution]] = {}  # "the town of Avdiivka": what "the town" may mean
        self.subjects: dict[str, Resolution] = {}  # "Umanske (...) is a village in ...": an article's subject
        self.landmarks: dict[str, Resolution] = {}
        self._pending: list[tuple[Sequence[Resolution], str]] = []  # added, not yet read

    def add(self, resolutions: Sequence[Resolution], text: str) -> None:
        """Take in the place mentions of one sentence (after it is read); ``text`` is the report's.

        They are read when a definite noun is looked up (most reports have none).
        """
        self._pending.append((resolutions, text))

    def _read(self, resolutions: Sequence[Resolution], text: str) -> None:
        for r in resolutions:
            place = r.place
            if place["feature_class"] == "P":
                pid = place["place_id"]
                self.counts[pid] = self.counts.get(pid, 0) + 1
                self.first.setdefault(pid, len(self.first))
                self.settlements[pid] = r
                subject = _IS_A_AFTER.match(text, r.mention.end)
                noun = _NOUN_OF_BEFORE.search(text, max(0, r.mention.start - 20), r.mention.start) or subject
                if noun is not None:
                    self.called.setdefault(noun.group(1).lower(), {})[pid] = r
                if subject is not None:
                    self.subjects.setdefault(subject.group(1).lower(), r)
            for noun in _LANDMARK_NOUNS.get(place.get("feature_code", ""), ()) if place["feature_class"] == "S" else ():
                self.landmarks[noun] = r
            if place["place_id"].startswith("district:"):
                self.landmarks["district center"] = _district_centre(r)
                self.landmarks["district"] = r  # "sabotage groups entered the district": the one named last
            elif place["feature_class"] == "A":
                for noun in ("oblast", "region", "province"):  # "attacked the oblast 65 times": the last one named
                    self.landmarks[noun] = r

    def find(self, text: str, recent: Sequence[Resolution]) -> Resolution | None:
        """The place ``text`` names by a definite noun: for "the city" the one settlement of the sentence
        before that had an event, else the most named settlement of those the report called a city (of
        all when it called none so), the first named on a tie."""
        m = _ANAPHOR.search(fold_case(text))
        if m is None:
            return None
        for resolutions, report_text in self._pending:
            self._read(resolutions, report_text)
        self._pending.clear()
        noun = " ".join(m.group(1).split()).replace("centre", "center")
        if noun not in _SETTLEMENT_NOUNS:
            return self.landmarks.get(noun)
        near = {r.place["place_id"]: r for r in recent if r.place["feature_class"] == "P"}
        if len(near) == 1:
            subject = self.subjects.get(noun)
            if subject is None or next(iter(near)) in self.called.get(noun, ()):
                return next(iter(near.values()))
            # "Umanske is a village ... assaults took place from Tonenke towards the village. ... the village became
            # disputed": the article's subject, not a place the text never called so
            return subject
        # what the text called a settlement of any kind ("Novaya Sorochina is a village ... The settlement")
        # before every settlement it named
        pool = self.called.get(noun) or (noun == "settlement" and {
            k: r for named in self.called.values() for k, r in named.items()}) or self.settlements
        if not pool:
            return None
        return max(pool.values(), key=lambda r: (self.counts[r.place["place_id"]], -self.first[r.place["place_id"]]))


def _subject_of(sent: Sentence, resolutions: Sequence[Resolution]) -> list[Resolution]:
    """The one settlement a sentence names when it opens the sentence ("Bakhmut is holding out against all odds.
    And although most of the city is destroyed ..."): what "the city" after it means."""
    settlements = [r for r in resolutions if r.place["feature_class"] == "P"]
    if len(settlements) == 1 and settlements[0].mention.start - sent.start <= 1:
        return settlements
    return []


@dataclass
class _Scopes:
    """The dates an undated sentence may take, narrowest first: the last day or week its paragraph told, the date
    of a dated sentence that named no place (the story's), its section heading's, the day last told (when it is a
    news day or the sentence gives a clock time), else the report's dateline context (or, in a retrospective text,
    the last date told)."""

    published: dt.date
    context: timeline.DateSpan  # the dateline context, or the day a summary says it tells
    retro: bool  # a retrospective text (an encyclopedia article, a chronicle): it goes on from the last date told
    first_told: dt.date  # the first date the text tells
    anchor: timeline.DateSpan | None = None  # the last explicit day date: "the next morning" counts from it
    morning: timeline.DateSpan | None = None  # a day told as "the morning of 17 November"
    para: timeline.DateSpan | None = None  # the last day/week date of the paragraph
    section: timeline.DateSpan | None = None  # the date of the section heading above, if it gave one
    story: timeline.DateSpan | None = None  # the date of the last dated sentence that named no place
    last: timeline.DateSpan | None = None  # the last date told
    news_day: timeline.DateSpan | None = None  # the day the lead says a summary tells ("on Friday, November 8")
    clock: tuple[int, timeline.DateSpan, bool] | None = None  # the last list entry's minutes, day, and whether
    # the entries so far ran newest first
    clock_small_hours: bool = False  # the last entry gave its day and a time of the small hours

    def clock_entry(self, text: str, own: list[timeline.DateSpan], context: timeline.DateSpan) -> timeline.DateSpan:
        """"- 28 September 05:20 ... - 28 September 04:49 ... - 17:03 Kharkiv, Kyivskyi district ...": in a list of
        the day's entries told newest first, an entry whose clock goes up again is of the day before."""
        hm = _ENTRY_CLOCK.match(text)
        if hm is None:
            return context
        if hm.group("mid"):
            minutes = 0
        else:
            hour = int(hm.group("h")) % 12 + (12 if hm.group("ap") == "p" else 0) if hm.group("ap") else int(hm.group("h"))
            minutes = hour * 60 + int(hm.group("m"))
        day = next((d for d in own if d.precision == "day" and d.start == d.end), None)
        if day is None and self.clock is not None and context.start == context.end:
            last, last_day, newest_first = self.clock
            if context.start == last_day.start:
                if minutes < last:
                    newest_first = True
                elif minutes >= last + _CLOCK_WRAP and (newest_first or self.clock_small_hours):
                    # ("June 8, 01: 50, Senkovo ... 22: 50, Shevchenkovo": a night told back into the evening)
                    newest_first = True
                    before = last_day.start - dt.timedelta(days=1)
                    context = self.anchor = timeline.DateSpan(before, before, "day", text[hm.start("h"):hm.end()],
                                                              hm.start("h"))
                self.clock = (minutes, context, newest_first)
                return context
        if day is not None or context.start == context.end:
            self.clock = (minutes, day or context, bool(self.clock and day and self.clock[1].start == day.start
                                                        and minutes < self.clock[0]))
            self.clock_small_hours = day is not None and minutes < _SMALL_HOURS
        return context

    def new_paragraph(self, heading_dates: list[timeline.DateSpan] | None, first_line: str = "") -> None:
        """Start a paragraph (``heading_dates``: the dates of its first line when that line is a heading)."""
        self.para = None
        if (stamp := _ENTRY_STAMP.match(first_line)) is not None:
            # "10:37 p.m.: The BBC reports that the mayor of Melitopol ... has been released": a live page's entry
            # is of the page's day
            self.para = timeline.DateSpan(self.published, self.published, "day", stamp.group(), 0)
        if self.story is not None and self.story.precision != "day":
            self.story = None  # a period told ("in September alone") dates its own paragraph only
        if heading_dates is not None:
            # "Shelling of 3 May 2023" heads the paragraphs after it: their undated sentences are of its day
            # (not a date to come: "Russia to continue its tactical advance in coming weeks" heads what it did)
            self.section = next((d for d in heading_dates if d.precision in ("day", "week", "month")
                                 and not timeline.looks_ahead(d)), None)
            if (self.section is not None and self.context.offset == _NAMED_DAY
                    and self.section.start <= self.context.start <= self.section.end):
                # "Russian troops shell 24 settlements ... overnight", then "Over the past day, October 22, ...": the
                # day the lead names, not the headline's night
                self.section = self.context
            self.story = None  # (a date told in the section, after its heading, comes before the heading's)

    def night(self, sent: Sentence, clauses: list[_Clause]) -> None:
        """Date a sentence's "overnight" / "during the night" by the day or span told before it, when it goes on
        from that one."""
        if self.para is not None and any(d.text.lower() in _NIGHT_WORDS for c in clauses for d in c.dates) and (
                _INCLUDED_START.match(sent.text) or self.para is self.morning
                or (self.published - self.para.end).days > 1 and any(
                    d.offset <= 1 and d.text.lower() != "overnight" for c in clauses for d in c.dates)):
            # "Last weekend, ... 71 attacks ... This included overnight shelling on the city of Kherson"; "Then, on
            # June 13, Russia launched 14 more missiles. During the night, one missile hit ... Kryvyi Rih": the
            # night of the span or day told before, not the night before publication (but "reports overnight of
            # casualties in Lviv", days after the strike told before, are of last night)
            for c in clauses:
                c.dates = [self.para if d.text.lower() in _NIGHT_WORDS else d for d in c.dates]
        elif (self.anchor is not None and self.anchor.start == self.anchor.end and self.anchor.end < self.published
              and "overnight" in sent.text and _OVERNIGHT_NOUN.search(sent.text) is not None):
            # "In the early morning hours of 29 December 2023, Russia launched ... killing at least 58 people ... in
            # an overnight nationwide attack": the attack told, on its day, not the night before publication
            for c in clauses:
                c.dates = [self.anchor if d.text.lower() == "overnight" and _OVERNIGHT_NOUN.search(
                    sent.text, max(0, d.offset - 6), d.offset + 9) else d for d in c.dates]

    def past_day(self, clauses: list[_Clause]) -> None:
        """Date a summary's "in the past 24 hours" by the day its lead told: "Two people were killed ... in
        Russia's shelling of the Kherson region on Friday, November 8. ... 'In the past 24 hours, enemy fire
        targeted Sadove, Stanislav, ...'" is of that Friday, not of the day and night before publication."""
        day = self.news_day
        if day is None:
            return
        for c in clauses:
            c.dates = [timeline.DateSpan(day.start, day.end, "day", d.text, d.offset)
                       if d.start <= day.start and day.end <= d.end and _PAST_DAY.fullmatch(d.text) else d
                       for d in c.dates]

    def for_sentence(self, sent: Sentence, own: list[timeline.DateSpan], timed: bool) -> timeline.DateSpan:
        """Return the date of a sentence's undated clauses (``own``: its dates; ``timed``: it gives a clock time)."""
        # an undated sentence is about the day its paragraph last named ("On 8 April ... The strike
        # killed 63"), or the day being told when it gives a clock time ("At 10:30, two missiles hit")
        pub, retro, anchor = self.published, self.retro, self.anchor
        if self.para or self.story or self.section:
            sent_context = self.para or self.story or self.section
        elif anchor is not None and (timed or not retro and _news_day(anchor, pub)):
            sent_context = anchor
        elif retro:
            sent_context = self.last or _before_any_date(sent.text, self.first_told, pub, self.context)
        else:
            sent_context = self.context
        if (not retro and not own and "midnight" in sent.text and sent_context is not self.context
                and sent_context.start == sent_context.end and 1 <= (pub - sent_context.end).days <= 2
                and (after := _AFTER_MIDNIGHT.search(sent.text)) is not None):
            # "... damaged in one of yesterday's attacks in Nikopol. After midnight, the enemy struck the Pokrovske
            # community": the night after the day last told
            day = sent_context.end + dt.timedelta(days=1)
            sent_context = self.para = self.anchor = timeline.DateSpan(day, day, "day", after.group(), after.start())
        elif (not retro and not own and "midnight" in sent.text and sent_context.end == pub
                and (pub - sent_context.start).days == 1 and (after := _AFTER_MIDNIGHT.search(sent.text)) is not None):
            # "At night, the Russian army shelled four districts ... After midnight, the enemy struck the
            # Synelnykivskyi district": the part of the night that is the report's own day, and the paragraph's
            sent_context = self.para = timeline.DateSpan(pub, pub, "day", after.group(), after.start())
        elif (not retro and sent_context is self.context and anchor is None and not own
                and (daytime := _daytime_clock(sent.text)) is not None):
            # "At about 12:00, the Russians attacked the Kutsurubska community", "After midnight, the enemy attacked":
            # an hour of the day so far in a report naming no day is of the report's own day
            sent_context = timeline.DateSpan(pub, pub, "day", daytime.group(), daytime.start())
        elif (not retro and sent_context is self.context and anchor is None and not own and " ha" in sent.text
                and (perfect := _PRESENT_PERFECT.search(sent.text)) is not None):
            # "Russia has launched attacks against ... government facilities in Kyiv" in a report naming no day:
            # what has just happened, on the report's own day
            sent_context = timeline.DateSpan(pub, pub, "day", perfect.group(), perfect.start())
        elif (not retro and ("just" in sent.text or "of now" in sent.text)
              and (just := _JUST.search(sent.text)) is not None):
            # "I have just received reports on Odesa", "As of now, over 30 people have been wounded in
            # Kostiantynivka": the dispatch's own day, not the day before
            sent_context = timeline.DateSpan(pub, pub, "day", just.group(), just.start())
        elif (not retro and not own and "ing" in sent.text and _holds_any(sent.text, _DAY_PART_NEEDS)
              and (part := _DAY_PART.search(sent.text))):
            if self.para is None and anchor is None or (
                    self.para is not None and self.para.text.lower().endswith(("morning", "evening"))):
                # a morning report: "First, in the evening, the aggressor hit ... In the morning, Nikopol came under
                # attack again. And also the Marganetska community.": the evening before publication, the morning of it
                day = pub - dt.timedelta(days=1 if part.group(1).lower() == "evening" else 0)
                sent_context = self.para = timeline.DateSpan(day, day, "day", part.group(), part.start())
            elif anchor is not None:
                # "... killed three women on Sunday. Filashkin said Russian forces hit the village in the morning":
                # the morning of the day last told
                sent_context = timeline.DateSpan(anchor.start, anchor.end, "day", part.group(), part.start())
        elif not retro and self.para is not None and "now" in sent.text and _NOW_TOLD.search(sent.text) is not None:
            sent_context = self.context  # "Remember, yesterday, ... And we now assess that ...": the dispatch's day
        return sent_context

    def tell(self, sent: Sentence, own: list[timeline.DateSpan], *, names_place: bool,
             told_before_dates: list[timeline.DateSpan], lead: bool = False) -> timeline.DateSpan | None:
        """Take in the dates a sentence told (``own``; ``told_before_dates``: all its dates, background too;
        ``lead``: an event sentence of the report's first paragraph); return the day last told before it."""
        # "during the 2014 annexation", "Amelina, who died a few days later": no day the story goes on from
        # ("We will be back ... later this week": a day still to come dates nothing told after it)
        told = sorted((d for d in own if not _reference_text(sent.text, d) and not timeline.is_event_year(d)
                       and not _background_text(sent.text, d) and not timeline.looks_ahead(d)), key=lambda d: d.offset)
        self.para = next((d for d in reversed(told) if d.precision in ("day", "week")), self.para)
        if self.para is not None and self.para in told and self.para.offset >= 0 and self.para.end < self.published \
                and _MORNING_OF_BEFORE.search(sent.text, max(0, self.para.offset - 40), self.para.offset):
            # "During the morning of 17 November 2024, Russia launched a massive air attack ... fired overnight and
            # in the early morning": the night that ended in that morning, not the night before publication
            self.morning = self.para
        before = self.anchor
        self.anchor = next((d for d in reversed(own) if d.precision == "day" and not timeline.looks_back(d)
                            and not timeline.looks_ahead(d)), self.anchor)
        told = [d for d in told if not timeline.opens_period(sent.text, d)]
        if told:
            # "On Friday night, at 4 a.m., Ukraine was attacked ...  One of the missiles hit ... Uman": a dated
            # sentence that names no place dates the lines after it, paragraph or not, until a place's own date
            self.story = None if names_place else _story_date(sent.text, told, self.published) or self.story
        self.last = told[-1] if told else self.last
        if lead and self.news_day is None:
            # (not the day it was said: "shelled 11 settlements yesterday ..., Prokudin said on Thursday")
            self.news_day = next((d for d in told if d.precision == "day" and d.start == d.end
                                  and 0 <= (self.published - d.start).days <= 1 and not _PAST_DAY.fullmatch(d.text)
                                  and not _REPORTING_BEFORE.search(sent.text, max(0, d.offset - 16), d.offset)),
                                 None)
        if self.retro and self.last is None:
            # "... the Russian invasion of Ukraine, which began on 24 February 2022. The Russian military
            # invaded Kherson Oblast ...": a chronicle's story starts on the day its lead says it began
            self.last = next((d for d in told_before_dates if _background_text(sent.text, d)
                              and _BEGAN_BEFORE.search(sent.text, 0, d.offset)), None)
        return before


# '... We are holding the defense in Mykolaiv direction," he said on Thursday evening': a quote's closing
# attribution with its day
_SAID_ON_AFTER_QUOTE = re.compile(r"[\"\u201d]\s{0,2},?\s{0,2}(?:he|she|they|[Tt]he\s+\w+|[A-Z][\w'\u2019-]+"
                                  r"(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:said|stressed|noted|added|stated|emphasi[sz]ed|"
                                  r"wrote|told\s+\w+)\s+(?=on\s)")
_QUOTE_OPENS = ('"', "\u201c", "\u00ab")


def _quote_days(sentences: Sequence[Sentence], text: str,
                dates: Mapping[int, list[timeline.DateSpan]]) -> dict[int, timeline.DateSpan]:
    """The day each sentence of a quote is said on, when the quote ends with its attribution and that day ("The
    frontline situation has not changed much. Severodonetsk, Lysychansk ... are holding on. ... We are holding the
    defense in Mykolaiv direction," he said on Thursday evening'): sentence index -> that day."""
    out: dict[int, timeline.DateSpan] = {}
    for j, sent in enumerate(sentences):
        said = _SAID_ON_AFTER_QUOTE.search(sent.text)
        day = said and next((d for d in dates[sent.index] if d.offset == said.end() and d.precision == "day"
                             and d.start == d.end), None)
        if day is None:
            continue
        quote = []
        for i in range(j, -1, -1):
            quote.append(sentences[i].index)
            if sentences[i].text.startswith(_QUOTE_OPENS):
                out.update((k, day) for k in quote)
                break
            if i == 0 or "\n" in text[sentences[i - 1].end:sentences[i].start]:
                break  # (a quote opens in its own paragraph)
    return out


def _named_past_day(sentences: Sequence[Sentence], dates: Mapping[int, list[timeline.DateSpan]],
                    published: dt.date) -> timeline.DateSpan | None:
    """The day a summary's lead names its past day by ("Over the past day, October 22, ..."), or None."""
    for sent in sentences[:_LEAD_SENTENCES]:
        if "past" not in sent.text and "last" not in sent.text:
            continue
        for d in dates[sent.index]:
            if (d.precision == "day" and d.start == d.end and published - dt.timedelta(days=1) <= d.start <= published
                    and d.offset > 0 and _PAST_DAY_NAMED.search(sent.text, max(0, d.offset - 30), d.offset)):
                return timeline.DateSpan(d.start, d.end, "day", d.text, _NAMED_DAY)
    return None


_NAMED_DAY = -2  # the offset of a context span that a summary's lead named as its past day (not in any sentence)
_PAST_DAY_NAMED = re.compile(r"(?i:(?:in|over|during|for)\s(?:the\s)?(?:past|last)\s(?:day|24\shours)),?\s(?:on\s)?\Z")


def _restated_day(sentences: Sequence[Sentence], dates: Mapping[int, list[timeline.DateSpan]],
                  published: dt.date) -> timeline.DateSpan | None:
    """The day a report's past-day tally is restated with ("... 17 times over the past day ... On 8 April, Russian
    troops shelled Donetsk region 17 times"): the same count of attacks, told again with its day."""
    past = [set(_TALLY.findall(s.text)) for s in sentences[:_LEAD_SENTENCES]
            if "past day" in s.text or "past 24 hours" in s.text]
    counts = set().union(*past) if past else set()
    if not counts:
        return None
    for sent in sentences[_LEAD_SENTENCES:]:
        days = [d for d in dates[sent.index] if d.precision == "day" and d.start == d.end
                and published - dt.timedelta(days=1) <= d.start <= published]
        if len(days) == 1 and counts & set(_TALLY.findall(sent.text)):
            return timeline.DateSpan(days[0].start, days[0].end, "day", days[0].text, -1)
    return None


_TALLY = re.compile(r"\b(\d{1,4}+)\s++times\b")


def _speech_days(sentences: Sequence[Sentence], text: str, dates: Mapping[int, list[timeline.DateSpan]],
                 published: dt.date) -> dict[int, timeline.DateSpan]:
    """The day of a speech the lead dates ("Zelenskyy said in a video address on Tuesday") for each sentence of the
    quoted paragraphs after it: their "today" is that day, not the day the agency filed the report."""
    for j, sent in enumerate(sentences[:_LEAD_SENTENCES]):
        said = _SPOKE_ON.search(sent.text) if "said" in sent.text else None
        day = said and next((d for d in dates[sent.index] if d.offset == said.end() and d.precision == "day"
                             and d.start == d.end and d.start < published), None)
        if day is not None:
            break
    else:
        return {}
    out: dict[int, timeline.DateSpan] = {}
    in_quote = False
    for prev, sent in zip(sentences[j:], sentences[j + 1:]):
        if "\n" in text[prev.end:sent.start]:
            in_quote = sent.text.startswith(_QUOTE_OPENS)  # (a quoted paragraph of its own)
        if in_quote:
            out[sent.index] = day
    return out


_SPOKE_ON = re.compile(r"\bsaid\s+(?:(?:in|during)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}?(?:address|speech|"
                       r"statement|interview|briefing)\s+)?(?=on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                       r"Sunday)\b)")
_SPEECH_NOW = ("today", "tonight", "this morning", "this afternoon", "this evening")


def build_events(report, sentences: Sequence[Sentence], resolutions: Sequence[Resolution],
                 mentions: Sequence[Mention] = ()) -> list[dict]:
    """Return event records (dicts with the event fields plus ``lon``/``lat``) for one report.

    Parameters
    ----------
    report : Report
        Gives ``id``, ``published``, ``source``, ``url``, ``title``.
    sentences : sequence of Sentence
        The report's sentences (offsets into ``report.text``).
    resolutions : sequence of Resolution
        Resolved place and region mentions.
    mentions : sequence of Mention
        All mentions (countries and actors too): a sentence that names a country
        does not borrow the previous sentence's places.
    """
    published = report.published
    context = timeline.default_span(published)
    report_text = getattr(report, "text", None) or ""
    # (substring tests spare the case-insensitive search of the whole text, which most reports fail)
    report_low = fold_case(report_text)
    day_start = (_SINCE_DAY_START.search(report_text)
                 if "since" in report_low and ("beginning" in report_low or "start" in report_low) else None)
    if day_start is not None:
        # "... since the beginning of the day": a summary of the publication day alone, not of the night before
        context = timeline.DateSpan(published, published, "day", day_start.group(), -1)
        told = timeline.find_dates(report_text[day_start.end():day_start.end() + 30], published)
        if told and told[0].offset <= 4 and told[0].precision == "day" and told[0].start == told[0].end:
            # "since the beginning of the day on January 13": that day (a summary copied days later)
            said = report_text[day_start.start():day_start.end() + told[0].offset + len(told[0].text)]
            context = timeline.DateSpan(told[0].start, told[0].end, "day", said, -1)
    # a sentence's dates against no anchor: the same as against any when it holds no anchored word
    unanchored = {sent.index: _event_dates(sent.text, published, None) for sent in sentences}
    quote_days = _quote_days(sentences, report_text, unanchored) \
        if '," ' in report_text or ',\u201d ' in report_text else {}
    speech_days = _speech_days(sentences, report_text, unanchored, published) if "said" in report_text else {}
    if day_start is None and sentences:
        lead = unanchored[sentences[0].index]
        if (len(lead) == 1 and lead[0].text.lower() == "yesterday" and lead[0].offset == 0
                and lead[0].start == lead[0].end < published and classify(sentences[0].text) is not None):
            # "Yesterday, the enemy fired at the settlements of the Kharkiv, ... districts.": a summary of the day
            # before, whose undated lines ("Udy, Vovchansk ... were under fire") are of that day
            context = lead[0]
        elif (len(lead) == 1 and lead[0].offset == 0 and lead[0].precision == "week" and lead[0].end == published
              and _PAST_WEEK.match(lead[0].text) and classify(sentences[0].text) is not None):
            # "Over the past week, Russian forces carried out 292 strikes on 34 settlements ...": a weekly summary,
            # whose undated lines are of that week
            context = lead[0]
        elif (not lead and "orning" in sentences[0].text and _MORNING_HEADLINE.search(sentences[0].text)
              and "night" not in sentences[0].text.lower() and _is_heading(sentences[0], report_text, _TITLE_CHARS)):
            # "One person killed, seven injured in morning shelling in Donetsk Region": the headline tells of the
            # morning of the report's day, and so do the undated lines under it ("Toretsk came under fire again")
            context = timeline.DateSpan(published, published, "day", "", -1)
        elif not lead and "vening" in sentences[0].text and _EVENING_SUMMARY.match(sentences[0].text):
            # "Evening summary of the General Staff: ... Operational information ... as of 6 pm": the day's own
            # summary, whose undated lines are of the report's day
            context = timeline.DateSpan(published, published, "day", "", -1)
        elif (len(lead) == 1 and lead[0].precision == "week" and lead[0].end >= published - dt.timedelta(days=1)
              and _PERIOD_SUBJECT.match(sentences[0].text)):
            # "The previous week was extremely difficult. ... In Kupyansk direction, the Russians ... conducted
            # unsuccessful assaults": a weekly summary, whose lead names its week
            context = lead[0]
        elif (named := _named_past_day(sentences, unanchored, published)) is not None:
            # "Over the past day, October 22, Russian invaders opened fire on 24 settlements ...": the past day is
            # that date, and so are the undated lines of the summary
            context = named
        elif (restated := _restated_day(sentences, unanchored, published)) is not None:
            # "Russian troops shelled the Donetsk region 17 times over the past day ... On 8 April, Russian troops
            # shelled Donetsk region 17 times": the past day was that day, and so are the undated lines between
            context = restated
    report_dates = [d for sent in sentences for d in unanchored[sent.index]
                    if d.start <= published and not _reference_text(sent.text, d)
                    and not _background_text(sent.text, d) and not timeline.is_event_year(d)]
    if (day_start is None and context.start < published
            and not any(not timeline.is_recent(d) for dates in unanchored.values() for d in dates)
            and _UNFOLDING.search(report_text) is not None):
        # a report naming no day at all, written while the aftermath unfolds ("We are investigating. I will provide
        # information later", "Responsible services are eliminating the consequences"): of its own day
        context = timeline.DateSpan(published, published, "day", "", -1)
    # A retrospective text (no day date in the last days before publication: an encyclopedia
    # article, a chronicle) does not tell of the dateline's day: an undated sentence outside a
    # dated paragraph goes on with the last date told before it; before any date, it happened
    # between the text's first date and publication (a span at its honest precision).
    recent = published - dt.timedelta(days=_RECENT_DAYS)
    # (a dispatch that dates only by its own day, "over the last few days", "in coming days", is not one)
    retro = (not any(d.precision == "day" and d.start >= recent for d in report_dates)
             # ("Russian forces have seized control of several small settlements ... over the past week": a weekly
             # dispatch, whatever earlier months it names)
             and not any(d.precision == "week" and d.end >= published - dt.timedelta(days=1)
                         and _PAST_WEEK.match(d.text) for d in report_dates)
             and not all(map(timeline.from_publication, report_dates))
             and not any(_DISPATCH_LEAD.search(sent.text) for sent in sentences[:_LEAD_SENTENCES]))
    when = _Scopes(published, context, retro, min((d.start for d in report_dates), default=published))
    by_sentence: dict[int, list[Resolution]] = {}
    for r in resolutions:
        by_sentence.setdefault(r.mention.sentence_index, []).append(r)
    text = getattr(report, "text", None) or ""
    other_kinds: dict[int, set[str]] = {}
    for m in mentions:
        if m.kind == "country" and _is_speaker(text, m):
            continue  # "Russia said that its forces had captured the city": a source, not the place
        other_kinds.setdefault(m.sentence_index, set()).add(m.kind)
    drafts: list[_Draft] = []
    weak: list[tuple[Sentence, _Clause, Resolution, timeline.DateSpan]] = []
    topic_dates: dict[str, timeline.DateSpan] = {}
    type_dates: dict[str, timeline.DateSpan] = {}  # the date last told of each event type
    last_type: str | None = None  # the type of the event last told with its date
    prev_event_places: list[tuple[Resolution, object]] = []
    old_year: timeline.DateSpan | None = None  # an older year told in the paragraph (see _story_year)
    prev_dates: list[timeline.DateSpan] = []
    carried_chain = 0
    prev_sent: Sentence | None = None
    antecedents = _Antecedents()
    event_before = False  # whether the sentence before told an event (not only named places)
    fragment_cue: tuple[str, str, float] | None = None  # the cue a verbless line took from the sentence before
    place_list_before = False  # whether the sentence before was a verbless list of places ("Odesa, Kherson regions.")
    list_cue: tuple[str, str, float] | None = None  # the cue of a placeless line ending in ":" that heads a list
    list_item_before = False  # whether the sentence before was an item of that list
    for position, sent in enumerate(sentences):
        if prev_sent is not None and prev_sent.text.rstrip().endswith(":"):
            list_cue = None if prev_sent.index in by_sentence else classify(prev_sent.text)
        elif not list_item_before:
            list_cue = None
        list_item_before = False
        list_goes_on, place_list_before = place_list_before, False
        prev_subject = _subject_of(prev_sent, by_sentence.get(sent.index - 1, ())) if prev_sent is not None else []
        if sent.index - 1 in by_sentence:
            antecedents.add(by_sentence[sent.index - 1], text)
        new_paragraph = prev_sent is None or "\n" in text[prev_sent.end:sent.start]
        if new_paragraph:
            old_year = None
        if new_paragraph and not _GOES_ON.match(sent.text):
            when.new_paragraph(unanchored[sent.index] if _is_heading(sent, text) else None, sent.text)
        # "Missile strikes. Right in the center of the city of Dnipro, ...": a verbless line tells where, with
        # the cue of the line before (the cue that line took itself, else its own when it named no place; "And
        # also the Marganetska community." goes on from the sentence before, places or not)
        cue_before = None if new_paragraph else fragment_cue
        namely = _NAMELY_START.match(sent.text) if not new_paragraph and prev_sent is not None else None
        text_before = (None if new_paragraph or fragment_cue is not None
                       or prev_sent.index in by_sentence and not _ALSO_START.match(sent.text)
                       and not _SHARE_START.match(sent.text)
                       and not (len(sent.text) <= _FRAGMENT_CHARS and _REGIONS_MORE.fullmatch(sent.text))
                       and namely is None
                       else prev_sent.text)
        fragment_cue = None
        # "1 August, 05:13, the Kupiansk district, the village of Novoosynove. A man was killed ...": a
        # verbless header naming the place heads the sentences that tell what happened there
        # ("Zolotonosha district" on a line of its own heads the paragraph below it)
        after_header = (prev_sent is not None and (not new_paragraph or _is_heading(prev_sent, text))
                        and prev_sent.index in by_sentence and not event_before
                        and _FINITE.search(prev_sent.text) is None)
        prev_text = prev_sent.text if prev_sent is not None else None
        prev_sent = sent
        dates = unanchored[sent.index] if when.anchor is None or when.anchor.precision != "day" or not any(
            map(fold_case(sent.text).__contains__, timeline._ANCHORED_WORDS)) else None
        clauses = _clauses(sent, by_sentence.get(sent.index, []), published, when.anchor, dates)
        took_place = _holds_any(sent.text, _TOOK_PLACE_NEEDS) and _TOOK_PLACE.search(sent.text) is not None
        if took_place and cue_before is None and text_before is None and prev_text is not None:
            text_before = prev_text  # (in a paragraph of its own too: "As indicated, the events took place in ...")
        if (list_cue is not None and new_paragraph and len(sent.text) <= _LIST_ITEM_CHARS
                and text[sent.end:sent.end + 2].lstrip(" \t")[:1] in ("\n", "")  # (a line of its own)
                and not any(c.cue for c in clauses) and _FINITE.search(sent.text) is None):
            # "Civilian infrastructure facilities were damaged ... as a result of the attacks:" then "in Kupiansk
            # district - a private house (Voloska Balakliia village);": each verbless item of the list it heads
            list_item_before = True
            for c in clauses:
                if c.places:
                    c.cue = list_cue
        elif ((cue_before is not None or text_before is not None)
                and (len(sent.text) <= _FRAGMENT_CHARS or took_place or namely is not None)
                and not any(c.cue for c in clauses)
                and (_FINITE.search(sent.text, 0, _said_end(sent.text)) is None
                     or _IT_WAS.match(sent.text) is not None or took_place or namely is not None)):
            placeless = cue_before if cue_before is not None else classify(text_before)  # (only for a fragment)
            for c in clauses if placeless is not None else ():
                if c.places:
                    c.cue = fragment_cue = placeless  # "The center of Lutsk, a Ukrainian enterprise." goes on too
        elif (new_paragraph and len(sent.text) <= _FRAGMENT_CHARS and not any(c.cue for c in clauses)
              and text[sent.end:sent.end + 2].lstrip(" \t")[:1] in ("\n", "")
              and _DIRECTION_LINE.fullmatch(sent.text)):
            # "Kupiansk direction, Kharkiv region." on a line of its own: the front where the units praised next
            # fought
            for c in clauses:
                if c.places:
                    c.cue = _FRONT_CUE
        if retro and when.last is not None:
            ref = when.last  # "on 4 June 2023 and on June 10": a year told earlier in the sentence comes first
            for c in clauses:
                dated = []
                for d in c.dates:
                    d = _story_year(d, ref, published)
                    if timeline.states_year(d):
                        ref = d
                    dated.append(d)
                c.dates = dated
        elif old_year is not None:
            # "In March 2022, the area was occupied by Russia. The Armed Forces of Ukraine recaptured Vysokopillia on 4
            # September": in a paragraph telling an older year, a yearless day goes on from it (an article that
            # also tells a recent day is no chronicle, but this paragraph is)
            # (a day told as when, "on 4 September", not one naming an event: "Moscow's February 24 invasion")
            for c in clauses:
                c.dates = [_story_year(d, old_year, published) if d.text[:3].lower() in ("on ", "in ") else d
                           for d in c.dates]
        if sent.index in speech_days and not retro:
            # '"Today, Russian terrorists also brutally shelled Kramatorsk," he said' in the address of Tuesday
            day = speech_days[sent.index]
            for c in clauses:
                c.dates = [dataclasses.replace(d, start=day.start, end=day.end)
                           if d.text.lower() in _SPEECH_NOW and d.start == published else d for d in c.dates]
        when.night(sent, clauses)
        when.past_day(clauses)
        own = [d for c in clauses for d in c.dates]
        timed = ":" in sent.text and _CLOCK.search(sent.text) is not None
        sent_context = when.for_sentence(sent, own, timed)
        if not own and sent.index in quote_days and not retro:
            sent_context = quote_days[sent.index]  # what a quote tells that is said on a day told after it
        if (timed or "midnight" in sent.text[:_MIDNIGHT_LEAD]) and not retro:
            sent_context = when.clock_entry(sent.text, own, sent_context)
        old_year = next((d for d in reversed(own) if timeline.states_year(d) and d.offset >= 0
                         and (published - d.end).days > _OLD_YEAR_DAYS and not timeline.is_event_year(d)
                         and not _background_text(sent.text, d)), old_year)
        told_before = when.tell(sent, own, names_place=sent.index in by_sentence,
                                told_before_dates=unanchored[sent.index],
                                lead=position < _LEAD_SENTENCES and any(c.cue for c in clauses))
        sentence_places = any(c.places for c in clauses) or bool(other_kinds.get(sent.index, set()) & {"country"})
        # (not a relative clause's: "... from Russia, which launched an invasion of its neighbor in February")
        global_dates = [d for c in clauses if not c.places and c.cue is None for d in c.dates
                        if not _background_text(sent.text, d)]
        this_places: list[tuple[Resolution, object]] = []
        last_places: list[Resolution] = []
        last_borrowed = False  # whether last_places is the place a noun ("the settlement") stood for
        all_places = [r for c in clauses for r in c.places]
        carried_dates: list[timeline.DateSpan] = []
        event_places: list[list[Resolution]] = []  # per clause, its own places where something happened
        for k, cl in enumerate(clauses):
            if cl.dates and _holds_any(cl.text, _SUMMIT_NEEDS):
                nouns = _SUMMIT.findall(cl.text)
                for d in cl.dates:
                    for noun in nouns:
                        topic_dates.setdefault(noun.lower(), d)
            places = [r for r in cl.places if _is_event_place(sent, cl, r, cl.places, all_places)]
            event_places.append(places)
            inherited = False
            if not places and cl.cue is not None and k > 0 and last_places and (
                    _refers_back(clauses[k - 1], cl, last_places, sent)
                    or last_borrowed and _ELIDED_SUBJECT.match(cl.text) is not None):
                # ("the settlement came under attack, and was captured ... in late-April": the subject named before)
                places = last_places
                inherited = True
            borrowed: Resolution | None = None
            centre_at = _DISTRICT_CENTRE.search(cl.text) if cl.cue is not None and "istrict" in cl.text else None
            if cl.cue is not None and _holds_any(cl.text, _ANAPHOR_NEEDS) and (
                    not places or all(r.place["feature_class"] == "A" for r in places)
                    or k == 0 and _SUBJECT_ANAPHOR.match(sent.text) is not None
                    and all(r.place["feature_class"] != "P" for r in places)
                    # "Strikes hit the district center as well as Myrove, Marhanets, and Pokrovske communities"
                    or centre_at is not None):
                # "The village was flooded when the Kakhovka Dam collapsed", "the capture of the town ... in
                # the areas of Kursk Oblast": the noun names a place told before, beside the others
                # ("in Kryvyi Rih district, Russian forces targeted the district center": the district just named)
                districts = [r for r in all_places if r.place["place_id"].startswith("district:")
                             and r.mention.start - sent.start < cl.start + centre_at.start()] if centre_at else []
                ante = _district_centre(districts[-1]) if districts else antecedents.find(
                    cl.text, [r for r, _ in prev_event_places] if event_before else prev_subject)
                if ante is not None and all(r.place["place_id"] != ante.place["place_id"] for r in places):
                    borrowed = ante
                    inherited = not places
                    # "attacked the building again with missiles fired from Belgorod Oblast": the origin goes
                    places = [ante, *(r for r in places if not _ORIGIN_BEFORE.search(
                        sent.text, max(0, r.mention.start - sent.start - 80), r.mention.start - sent.start))]
            if places:
                last_places = places
                last_borrowed = borrowed is not None
            if cl.cue is None:
                if cl.weak and _NOT.search(cl.text) is None:  # "have not conducted any attacks in the Liman sector"
                    weak.extend((sent, cl, r, sent_context) for r in places)
                if cl.dates:
                    carried_dates = cl.dates
                continue
            if cl.dates and carried_dates and all(_REPORTING_BEFORE.search(
                    cl.text, max(0, d.offset - cl.start - 16), max(0, d.offset - cl.start)) for d in cl.dates):
                # "a missile strike on ... on March 29, 2022, where 36 people were killed, the SBU reported on
                # Thursday": the day it was reported, not of what the clause tells
                cl.dates = list(carried_dates)
            if not cl.dates and carried_dates:
                cl.dates = list(carried_dates)  # "... on Friday, attacking toward Vovchansk": same day
            carried_dates = cl.dates
            if not places:
                continue  # (no place to date)
            if _holds_any(cl.text, _PLANNED_NEEDS) and _PLANNED.search(cl.text):
                continue  # "Their plan was to rapidly take Chernihiv": an intention, not an event
            if (_holds_any(cl.text, _AIM_NEEDS) and (aim := _AIM_OF.search(cl.text)) is not None
                    and not _FIGHTING_TOWARDS_AIM.search(cl.text, 0, aim.start())):
                # (but "conducting offensive operations with the aim of establishing full control over Krasnohorivka":
                # the fighting is at the places it aims at)
                places = [r for r in places if r.mention.start - sent.start < cl.start + aim.start()]
                if not places:
                    continue
            now = None if cl.dates or global_dates or not _holds_any(cl.text, _NOW_NEEDS) else _NOW.search(cl.text)
            clause_context = sent_context
            if now is not None and retro:
                clause_context = context  # a chronicle's "remains contested": the report's own days
            elif now is not None and (sent_context is context or (now.group()[:1] in "cCrR" or " now " in now.group())
                                      and sent_context.start < published <= sent_context.end + dt.timedelta(days=1)) \
                    and _SPEAKING_NOW.search(now.group()) is None and not _SPEAKER_GOES_ON.match(cl.text, now.start()):
                # "Fierce fighting continues in Severodonetsk. Lysychansk is being shelled.": what a report tells in
                # the present goes on on its own day (not what "officials are trumpeting" that happened before);
                # after "over the past day" or "yesterday" told before, only what "continues" or "remains" ("Heavy
                # fighting continues ... near Voskresenka", not "Russia conducted 8 air strikes on Komyshuvakha, we
                # are assessing the consequences")
                clause_context = timeline.DateSpan(published, published, "day", now.group(), now.start())
            if when.para is None and not cl.dates and not global_dates:
                clause_context = _the_event_told(cl, type_dates, last_type) or clause_context
            dates, explicit = _clause_dates(cl, global_dates, clause_context, topic_dates, timed=timed)
            if explicit:
                type_dates[cl.cue[0]], last_type = dates, cl.cue[0]
            summit = cl.cue[1] == "Other" and _SUMMIT.search(cl.text) is not None
            for r in places:
                if summit and not _is_venue(sent, r):
                    continue  # a summit is an event at its venue only
                mod = _modifier(sent, cl, r, inherited or r is borrowed)
                for span in _place_dates(cl, r, sent, places, dates, told_before) if explicit else [dates]:
                    drafts.append(_draft(report, sent, cl, r, mod, span, explicit, carried=False))
                this_places.append((r, mod))
        # ("It was liberated ... during the 2022 Kharkiv counteroffensive": the pronoun is the place told before,
        # whatever background place the sentence names)
        it_subject = sent.text[:2] == "It" and _IT_SUBJECT.match(sent.text) is not None
        if ((not sentence_places or not any(event_places) and it_subject)
                and not this_places and prev_event_places and carried_chain < 2):
            cue = classify(sent.text)
            # "The previous attacks had taken place on 2 and 24 April": a dated event word is enough
            if cue is not None and (cue[2] >= 1.5 or own and cue[2] >= 1.0 or after_header and cue[2] >= 0.8) \
                    and not (_holds_any(sent.text, _PLANNED_NEEDS) and _PLANNED.search(sent.text)):
                whole = _Clause(0, len(sent.text), sent.text, cue, False,
                                [d for d in own if not _background_text(sent.text, d)])
                dates, explicit = _clause_dates(whole, [], sent_context, topic_dates)
                told_event = None if when.para is not None or whole.dates else _the_event_told(whole, type_dates,
                                                                                                last_type)
                if told_event is not None:
                    dates, explicit = told_event, True
                elif not whole.dates and prev_dates:
                    dates, explicit = prev_dates[0], True
                spans = [d for d in own if d.precision == "day"] if len(own) > 1 else [dates]
                # ("It" is one place: the first told, the subject of the sentence before)
                for r, mod in prev_event_places[:1] if it_subject else prev_event_places:
                    if cue[2] < 1.5:  # "the attack": the kind of event told just before at that place
                        kind = next((d.record for d in reversed(drafts) if d.record["place_id"] == r.place["place_id"]),
                                    None)
                        whole.cue = (kind["event_type"], kind["sub_event_type"], cue[2]) if kind else cue
                    for span in spans or [dates]:
                        drafts.append(_draft(report, sent, whole, r, mod, span, explicit, carried=True))
                carried_chain += 1
                prev_dates = whole.dates or prev_dates
                continue
        event_before = bool(this_places)
        if not sentence_places and prev_event_places:
            told = [d for d in own if d.precision == "day" and 0 <= (published - d.end).days <= _RECENT_DAYS
                    and not _background_text(sent.text, d)]
            if told:
                # "... 400-450 attacks ... in recent weeks. Yesterday was no exception. They struck almost 400
                # times ...": the day told in between dates what goes on about the same places
                prev_dates = told
        if this_places:
            prev_event_places = this_places
            prev_dates = [d for c in clauses for d in c.dates if not timeline.is_event_year(d)]
            carried_chain = 0
        elif sentence_places:
            # "Marines hold a foothold near Krynky. Russian forces have tried to dislodge them ...":
            # the next sentence may still be about these settlements
            refs = [r for r in all_places if _is_reference(sent.text, max(0, r.mention.start - sent.start - 80),
                                                           r.mention.start - sent.start)]
            if refs and len(refs) == len(all_places) and prev_event_places and not own:
                continue  # "The airport ... was located 10 km outside of the capital Kyiv": a reference point
            if prev_event_places and all_places and all(_BODY_AFTER.match(report.text, r.mention.end)
                                                        for r in all_places):
                continue  # "This was reported by the Kherson Regional Prosecutor's Office.": who tells, not where
            told_places = [(r, c) for c, places in zip(clauses, event_places) for r in places if not _is_venue(sent, r)]
            settlements = [(r, c) for r, c in told_places if r.place["feature_class"] != "A"]
            # ("Special attention is paid to the Kharkiv region. Defensive battles are ongoing ...": a region alone
            # is the subject carried on)
            listed = [(r, _modifier(sent, c, r, False)) for r, c in settlements or told_places]
            place_list_before = not own and _FINITE.search(sent.text) is None
            # "Odesa, Kherson, Zhytomyr, and Kirovohrad regions. Zaporizhzhia, Kharkiv and Donetsk regions.
            # Everywhere where there was shelling ...": one list told over two verbless lines
            prev_event_places = prev_event_places + listed if list_goes_on and place_list_before else listed
            prev_dates = [d for c in clauses for d in c.dates if not timeline.is_event_year(d)]
            carried_chain = 0
    drafts.extend(_weak_events(report, weak, drafts))
    return [_finish(d) for d in _merge(drafts)]


# "Russia said", "Ukraine's defence ministry has claimed", "according to Russia": who speaks, not where
_SPEAKER_AFTER = re.compile(
    r"(?:['\u2019]s\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:(?:defen[cs]e|foreign|interior)\s{1,3})?(?:ministry|government|"
    r"military|army|president|commander(?:-in-chief)?|general\s{1,3}staff|officials|authorities|MoD|spokes\w+|"
    r"envoy|ambassador|leader(?:ship)?|prime\s{1,3}minister|minister|command)\b(?:\s{1,3}[A-Z][\w'-]+){0,3})?"
    r",?\s{1,3}(?:(?:has|had|have|also|later|initially|officially|then|quickly|repeatedly|previously)\s{1,3}){0,2}"
    r"(?:said|says|claimed|claims|announced|announces|reported|reports|stated|states|confirmed|confirms|denied|"
    r"denies|insisted|insists|accused|accuses|warned|warns|alleged|alleges|acknowledged|admitted|declared)\b")
_SPEAKER_BEFORE = re.compile(r"\baccording\s{1,3}to\s{1,3}(?:the\s{1,3})?\Z|"
                             r"\b(?:Coordinator|Ambassador|Envoy|Representative|Commissioner|Mission|Embassy|Minister|"
                             r"Ministry|Office|Secretary|Forces|forces|troops)\s{1,3}(?:for|of|to|in)\s{1,3}(?:the\s{1,3})?\Z")
# ("the UN Humanitarian Coordinator for Ukraine", "the Armed Forces of the Russian Federation": who, not where)


def _is_speaker(text: str, m) -> bool:
    """True when a country mention only says who speaks ("Russia said ...", "according to Ukraine", "the UN
    Humanitarian Coordinator for Ukraine")."""
    if m.end > len(text) or text[m.start:m.end] != m.text:
        return False  # offsets not into this text
    if _SPEAKER_BEFORE.search(text, max(0, m.start - 30), m.start) is not None:
        return True
    if _IN_PART_BEFORE.search(text, max(0, m.start - 24), m.start) is not None:
        return False  # "officials in southern Ukraine said": where they are, not who speaks
    return _SPEAKER_AFTER.match(text, m.end) is not None or _AGENT_AFTER.match(text, m.end) is not None


_IN_PART_BEFORE = re.compile(r"\bin\s{1,3}(?:the\s{1,3})?(?:(?:north|south|east|west|central)[a-z-]{0,8}\s{1,3})?\Z")


# "the Kherson Regional Prosecutor's Office", "Kharkiv City Military Administration": a body named by its place
_SERVICE_AFTER = re.compile(r"\s(?:[Rr]egional\s|[Oo]blast\s)?(?:[Ss]tate\s)?[Ee]mergency\s[Ss]ervice\b|\sSES\b")
_BODY_AFTER = re.compile(r"(?:\s{1,3}(?:[Rr]egional|[Oo]blast|[Cc]ity|[Dd]istrict|[Mm]ilitary|[Ss]tate)){0,3}\s{1,3}"
                         r"(?:[Aa]dministration|[Cc]ouncil|[Pp]rosecutor|[Pp]olice|[Dd]epartment|RMA|OVA|MVA|CMA|OMA|ODA)"
                         r"\b")
# "This morning Russia struck them": the country that did it to what was told before, not where
_AGENT_AFTER = re.compile(r"\s{1,3}(?:(?:has|had|have|again|also|then)\s{1,3}){0,2}(?:struck|attacked|shelled|hit|bombed|"
                          r"targeted|pounded|destroyed|damaged)\s{1,3}(?:them|it|the\s{1,3}(?:city|town|village|"
                          r"buildings?|houses?))\b")


_THE_TOWN = re.compile(r"\bthe\s+(?:city|town|village|settlement)\b", re.I)
# "It was liberated ...", "It has been shelled ...": what happened to the place before, its subject
_IT_SUBJECT = re.compile(r"It\s++(?:was|is|has\s++been|had\s++been)\s++(?:[a-z]+ly\s++)?[a-z]+ed\b")
_THERE_OR_IT = re.compile(r"^(?:and\s+|but\s+)?(?:(?:then|later)\s+)?(?:[a-z]+ed\s+)?(?:there|it)\b", re.I)
_RELATIVE_LEAD = re.compile(r"(?<!\W)\W*+(?:which|who|that)\b", re.I)  # (matched at a clause start)
_RELATIVE_START = re.compile(r"^(?:which|where|who|that)\b", re.I)


_ANOTHER = re.compile(r"(?:and\s+)?(?:another|a\s+(?:second|third|further)|one\s+more|(?:two|three|four|five|(?<!\d)\d{1,3}+)"
                      r"\s+(?:more|others))\b", re.I)


_LOCATIVE_LEAD = re.compile(r"(?:(?:And|But|Also),?\s)?(?:[Ii]n|[Nn]ear|[Aa]t)\s(?:the\s)?[A-Z][\w'\u2019-]*+"
                            r"(?:\s[A-Z][\w'\u2019-]*+)?,?")


def _refers_back(prev: _Clause, cl: _Clause, places: list[Resolution], sent: Sentence) -> bool:
    """True when a clause without a place is about the place of the clause before it.

    "Bakhmut, which was captured ..." and "near Bakhmut, where fighting ..." (the
    place ends the clause before), or "..., while ... on the southern side of the city".
    """
    if _THE_TOWN.search(cl.text) or _THERE_OR_IT.match(cl.text):
        return True
    if _OBJECT_PRONOUN.search(cl.text) and not _RELATIVE_LEAD.match(cl.text):
        return True  # "..., but Ukrainian forces retook it on 11 June 2023": the place before is its object
    if _PREDICATE.match(cl.text) and (_RELATIVE.match(prev.text) or _PARTICIPLE.match(prev.text)
                                      or prev.places and prev.places[0].mention.start - sent.start == prev.start):
        return True  # "Kherson, which Ukraine liberated in November 2022, was shelled on Sunday": its subject
    if _ELIDED_SUBJECT.match(cl.text) and prev.places and prev.places[0].mention.start - sent.start == prev.start:
        return True  # "Hroza was captured ... early in the invasion, and liberated ... in September 2022": its subject
    if _LOCATIVE_LEAD.fullmatch(prev.text.strip()):
        return True  # "And in Chonhar, the road bridge used by the Russian army ... has collapsed": there
    if len(places) == 1 and _ANOTHER.match(cl.text):
        return True  # "One serviceman was killed at the village on 24 January 2015, another was wounded on ...": there
    if not _RELATIVE_START.match(cl.text):
        return False
    if len(places) == 1 and cl.text[:5].lower() == "where":
        return True  # "Kharkiv has been badly damaged, where over the weekend ... were damaged": there
    tail = prev.end
    last_end = max(r.mention.end - sent.start for r in places)
    return tail - last_end <= 12 and sent.text[last_end:tail].strip(" ,'\u2019s") == ""


def _clauses(sent: Sentence, places: list[Resolution], published: dt.date,
             anchor: timeline.DateSpan | None = None,
             dates: list[timeline.DateSpan] | None = None) -> list[_Clause]:
    """Cut a sentence into clauses; a clause without a cue joins the clause before it.

    ``dates``: the sentence's :func:`_event_dates` against ``anchor`` when already known.
    """
    text = sent.text
    if dates is None:
        dates = _event_dates(text, published, anchor)
    low = fold_case(text)  # (fold_case keeps offsets: a clause's folded text is a slice of it)
    weak_words = any(map(low.__contains__, _WEAK_NEEDS))  # most sentences have none: no clause is weak
    raw = []
    for a, b in split_clauses(text):
        seg = text[a:b]
        folded = low[a:b]
        weak = weak_words and any(map(folded.__contains__, _WEAK_NEEDS)) and _WEAK_CUE.search(folded) is not None
        cue = classify(seg)
        if cue is not None and any(map(folded.__contains__, ("launched", "began", "started"))) \
                and _WAR_START.search(seg) is not None:
            cue = classify(_WAR_START.sub(" ", seg))  # "... before Russia launched its military offensive": no event
        raw.append(_Clause(a, b, seg, cue, weak))
    raw = _join_place_lists(raw, sent, places)
    merged: list[_Clause] = []
    aside: list[tuple[int, int]] = []  # "..., which launched an invasion of its neighbor in February": not its date
    described: list[tuple[int, int]] = []
    for cl in raw:
        if places:  # (a clause's places are an empty list from the start)
            _fill(cl, sent, places)
        # "In Zaporizhzhia, a missile strike damaged ...": a cue-less lead-in gives its place to the clause
        # ("In the vicinity of the village of Sosnivka, Russian forces advanced ... further into Dnipropetrovsk
        # region": the lead-in's village, the clause's region only where they went)
        if merged and (cl.cue is None or merged[-1].cue is None and (
                not merged[-1].places or not cl.places or all(map(_wide_landmark, (r.place for r in cl.places)))
                or all(r.place["feature_class"] == "A" for r in cl.places) and _NEAR_LEAD.match(merged[-1].text)
                or _AND_SUBJECT_PASSIVE.match(cl.text) and _FINITE.search(merged[-1].text) is None)):
            if cl.cue is None and not cl.places and cl.text[:5].lower() == "which" and _about_no_place(sent, cl, places):
                aside.append((cl.start, cl.end))
            elif (cl.cue is None and cl.places and cl.text[:5].lower() == "which" and merged[-1].places
                  and not _WHERE_IT_WAS.search(cl.text)):
                # "... at the "Steel Horse" station, which manages the "Druzhba" pipeline ... to the seaport
                # "Ust-Luga" in the Leningrad region": what describes a target is not where it was hit
                described.append((cl.start, cl.end))
            last = merged[-1]
            cue = last.cue if cl.cue is None else cl.cue
            if cl.cue is not None and last.cue is not None:
                cue = max(last.cue, cl.cue, key=lambda c: c[2])
            # widened in place (a raw clause, no dates yet, referenced nowhere else)
            last.end, last.text, last.cue, last.weak = cl.end, text[last.start:cl.end], cue, last.weak or cl.weak
            if places:
                _fill(last, sent, places)
        else:
            merged.append(cl)  # filled above
    for cl in merged if described else ():
        cl.places = [r for r in cl.places
                     if not any(a <= r.mention.start - sent.start < b for a, b in described)]
    # dates with no place and no cue of their own ("Last May, ...") are left for the clause they lead
    if aside:
        dates = [d for d in dates if not any(a <= d.offset < b for a, b in aside)]
    for cl in merged if dates else ():  # (a clause's dates are an empty list from the start)
        cl.dates = [d for d in dates if cl.start <= d.offset < cl.end]
    if len(dates) == 1:
        # "Hroza was captured ..., and liberated ..., in September 2022": the one date is the
        # sentence's, unless a relative clause holds it ("Bakhmut, which was captured in May")
        owner = next(cl for cl in merged if cl.dates)
        if not _RELATIVE.match(owner.text) and not (owner is not merged[0] and (
                _RELATIVE_TIME.match(owner.text) or _NOUN_RELATIVE.search(text, owner.start, dates[0].offset))):
            for cl in merged:
                cl.dates = cl.dates or list(dates)
    return merged


# "a station building in the village of Enerhetykiv, and a utility structure in Vyshneve were damaged": the
# predicate after the last of coordinated subjects is each one's (the clause before it has no verb of its own)
_AND_SUBJECT_PASSIVE = re.compile(r"and\s{1,3}(?:[\w'\u2019-]+,?\s{1,3}){1,12}?(?:were|have\s{1,3}been)\s{1,3}(?:also\s{1,3})?"
                                  r"(?:damaged|destroyed|hit|struck|shelled|attacked|injured|wounded|killed)\b")
_NEAR_LEAD = re.compile(r"(?:but\s{1,3}|and\s{1,3})?(?:in\s{1,3}the\s{1,3}(?:vicinity|area)\s{1,3}of|near|around|close"
                        r"\s{1,3}to|not\s{1,3}far\s{1,3}from)\s", re.I)


def _news_day(day: timeline.DateSpan, published: dt.date) -> bool:
    """True for the day a news report is about ("killed six on Thursday" in Thursday's or Friday's paper): its
    undated lines after it ("Another three people were killed in Kurakhivka") are of that day; so is a night told
    ("struck on the night of 27-28 August. ... In addition, strikes were carried out on the Zenit oil depot")."""
    night = (day.end - day.start).days == 1 and _TWO_DAYS.search(day.text) is not None  # (not "the last 24 hours")
    return (day.start == day.end or night) and 0 <= (published - day.end).days <= _NEWS_DAYS


_TWO_DAYS = re.compile(r"\b\d{1,2}\s?[-\u2013]\s?\d{1,2}\b|\b\d{1,2}\s(?:to|into|and)\s\d{1,2}\b")  # "27-28 August"


_NEWS_DAYS = 1
_UNFOLDING = re.compile(r"\b(?:we\s+are\s+investigating|(?:is|are)\s+(?:now\s+)?(?:eliminating|liquidating)\s+the\s+"
                        r"consequences|(?:information|details|data|number|consequences|extent)(?:\s+(?:of|about|on|regarding)"
                        r"(?:\s+[\w-]+){1,4}?)?\s+(?:is|are)\s+(?:still\s+)?being\s+(?:clarified|specified|updated|established)|"
                        # (not the General Staff's "The results of the attack are being clarified" of a night's strikes)
                        r"(?:will|I'll)\s+provide\s+(?:more\s+)?(?:information|details|updates)\s+later|"
                        r"we\s+are\s+clarifying|(?:rescue|search)\s+(?:operations?|efforts?|work)\s+(?:is|are)\s+"
                        r"(?:currently\s+)?(?:underway|ongoing|continuing)|air[- ]raid\s+alert\s+(?:is\s+)?(?:ongoing|continues)|"
                        r"(?:are|is)\s+(?:currently\s+)?working\s+at\s+the\s+scene|"
                        # "A five-storey building is on fire in Dnipro. ... There may be people under the rubble."
                        r"(?:is|are)\s+(?:still\s+)?on\s+fire|there\s+(?:may|might|could)\s+(?:still\s+)?be\s+"
                        r"people\s+under\s+the\s+rubble)\b", re.I)


def _story_date(text: str, told: list[timeline.DateSpan], published: dt.date) -> timeline.DateSpan | None:
    """The date a placeless sentence gives the lines after it: its one date of an event, before the day of
    publication (not "on 2 and 24 April, 12 May and 18 June", "today", "since yesterday", "over the last few
    days", nor "yesterday it was around 80%"), or None."""
    told = list({(d.offset, d.text): d for d in told}.values())  # (a date its clauses share counts once)
    if len(told) != 1 or classify(text) is None:
        return None
    one = told[0]
    if one.precision == "day" and one.start == one.end == published and not timeline.looks_ahead(one) \
            and _DAY_PART.search(one.text):
        # "Yesterday, late in the evening, ... drones ... Likewise, this morning, they were woken up again by ... a
        # massive missile attack. ... There are killed and wounded, at least, in Kyiv.": this morning's attack
        return one
    if (one.precision not in ("day", "week", "month") or one.end >= published or timeline.counts_from_story(one)
            or _SINCE_BEFORE.search(text, 0, max(0, one.offset)) or one.text.lower().startswith("since")
            or one.precision == "week" and one.end >= published - dt.timedelta(days=1)):
        return None
    return one


def _before_any_date(text: str, first_told: dt.date, published: dt.date,
                     context: timeline.DateSpan) -> timeline.DateSpan:
    """A retrospective text's sentence before any date told: between its first date and publication, unless it
    tells what an update just saw ("Russian forces have made limited advance", or in the present tense before
    a date of the last weeks: "Russia has made further gains ... In early December"), then the update's days."""
    if _PERFECT.search(text) or first_told >= published - dt.timedelta(days=_DISPATCH_DAYS) and _PRESENT.search(text):
        return context
    return _since(first_told, published)


def _story_year(d: timeline.DateSpan, told: timeline.DateSpan, published: dt.date) -> timeline.DateSpan:
    """A chronicle's yearless date goes on from the year it last told ("By July 2022 ... However, in early
    September, Ukraine launched a counteroffensive": September 2022, not the September before publication)."""
    if (d.offset < 0 or d.precision not in ("day", "week", "month") or d.start.year != d.end.year
            or d.start.year == told.end.year or timeline.states_year(d) or not _MONTH_NAME.search(d.text)):
        return d  # (only a calendar date: "in recent days", "on Monday" count from publication)
    if (d.precision != "month" and told.precision != "day"
            and 0 <= (published - d.end).days <= _RECENT_READING_DAYS):
        # "... destroyed between August and October 2023. Between 5 and 14 October, Russian missiles struck four
        # ships" in a statement of 24 October 2024: the days just before it
        return d
    for year in (told.end.year, told.end.year + 1):
        try:
            moved = timeline.DateSpan(d.start.replace(year=year), d.end.replace(year=year), d.precision, d.text,
                                      d.offset)
        except ValueError:
            continue
        # (a new section may step back a little: "Russian forces left on 1 April ... On 29 March, ...")
        if told.start - dt.timedelta(days=_STEP_BACK_DAYS) <= moved.start and moved.end <= published:
            return moved
    return d


_STEP_BACK_DAYS = 92
_OLD_YEAR_DAYS = 365  # a year told this long before publication frames the yearless days after it in its paragraph
_RECENT_READING_DAYS = 21


_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")


def _about_no_place(sent: Sentence, cl: _Clause, places: Sequence[Resolution]) -> bool:
    """True for a relative clause after a name that is no place of the sentence ("Russia, which launched ...")."""
    before = sent.text[:cl.start].rstrip(" ,")
    word = _LAST_NAME.search(before)
    return word is not None and all(r.mention.end - sent.start != word.end() for r in places)


_LAST_NAME = re.compile(r"[A-Z][\w'\u2019-]*\Z")
_RELATIVE = re.compile(r"(?:and\s+|but\s+)?(?:which|who|whom|whose|where|that)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(?:[a-z]+ed|[a-z]{3,}ing|took|retook|hit|struck|held|left|lost|shot|overran)\s+it\b(?!\s+(?:was|is|to)\b)",
                             re.I)
# a clause that opens with its verb: the predicate of a subject told before ("..., was shelled on Sunday")
_PREDICATE = re.compile(r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were|is|are)\s+(?:again\s+|also\s+|then\s+)?)"
                        r"[a-z]+(?:ed|en|ing)\b|(?:came|come|remained|remains|suffered|saw|faced)\s", re.I)
_PARTICIPLE = re.compile(r"\b[A-Z][\w'\u2019-]*,?\s+(?:[a-z]+ed|taken|retaken|seized|held|hit|struck|shot)\s+"
                         r"(?:by|in|on|during|from|after|since)\b")
# a clause that only places the sentence's event relative to another ("days after Ukraine retook it on 2 July");
# (this and _PARTICIPLE begin at a word start only: a search over hostile text stays linear)
# the war's start as a time reference ("a village that had 180 inhabitants before Russia launched its military
# offensive in Ukraine in February 2022", "since Moscow launched its assault on Ukraine")
_WAR_START = re.compile(r"\b(?:before|after|since|when|as)\s+(?:Russia|Moscow|Putin|the\s+Kremlin|Russian\s+(?:forces|troops))"
                        r"\s+(?:\w+\s+)?(?:launched|began|started)\s+(?:its|his|a|the)\s+(?:(?:full-scale|large-scale|"
                        r"military|all-out|special)\s+)*(?:invasion|offensive|assault|war|operation)"
                        r"(?:\s+(?:of|on|in|against)\s+Ukraine)?", re.I)
# "..., the capital of the region that Moscow claimed to have annexed in 2022": a relative clause inside an apposition
# (not "said that ...")
_NOUN_RELATIVE = re.compile(r"\b(?!(?:said|says|claimed|claims|reported|announced|added|stated|noted|confirmed|"
                            r"believes?|believed|warned|insisted|so|such|now|and|but)\s)[a-z]+\s+(?:that|which|whom|where)"
                            r"\s[^,;()]*\Z", re.I)
_RELATIVE_TIME = re.compile(r"\b(?:(?:just|only|some|about|[a-z]+|\d+)\s+)?(?:(?:days|weeks|hours|months|years)\s+)?"
                            r"(?:after|before|following)\b", re.I)
# ("Dnipropetrovsk, Kyiv and Kyiv regions, Kirovohrad, ...": the kind of the names before it is glue too)
_LIST_GLUE = re.compile(r"[\s,;&]*(?:(?:and|or|as\s+well\s+as|the|our|regions|oblasts)\b[\s,;&]*)*", re.I)


_BARE_NAME = re.compile(r"[A-Z][\w'\u2019-]*+(?:\s[A-Z][\w'\u2019-]*+)?")  # (matched whole, on a stripped clause)


def _join_place_lists(raw: list[_Clause], sent: Sentence, places: list[Resolution]) -> list[_Clause]:
    """Join "Kyiv, Kryvyi Rih, Dnipro, and Pokrovsk came under fire": the comma split cut the subject list.

    A clause that is only a place name (no cue), followed by a clause that starts with a
    place (after "and"/"or"), is an item of a list that the next clause's cue is about.
    """
    if len(raw) < 2 or not places:
        return raw
    spans = sorted((r.mention.start - sent.start, r.mention.end - sent.start) for r in places)
    starts = [a for a, _ in spans]
    out: list[_Clause] = []
    bare_head = False  # whether the last clause joined begins with an item that is no place
    for i in range(len(raw) - 1, -1, -1):
        cl = raw[i]
        # (an item that is no place, "..., Shyroka Balka, Stanislav, Mykilske, ...", between two that are)
        bare = (i > 0 and _BARE_NAME.fullmatch(cl.text.strip()) is not None
                and _only_places(raw[i - 1], sent, spans, starts))
        only = out and cl.cue is None and _only_places(cl, sent, spans, starts)
        if (out and cl.cue is None
                and (bare or only or _ends_with_item(cl, sent, spans))
                and (bare_head or _starts_with_place(out[-1], starts, kind=only))):
            nxt = out.pop()
            text = sent.text[cl.start:nxt.end]
            out.append(_Clause(cl.start, nxt.end, text, classify(text), cl.weak or nxt.weak))
            bare_head = bare
        else:
            out.append(cl)
            bare_head = False
    out.reverse()
    return out


_LIST_HEAD = re.compile(r"\s{0,3}+(?:[Tt]he\s{1,3})?(?:[Cc]it(?:y|ies)|[Tt]owns?|[Vv]illages?|[Ss]ettlements?|[Cc]ommunit(?:y|ies)|"
                        r"[Hh]romadas?)\s{1,3}of\s{1,3}")
# "..., the village of Maksymilianivka, and the town of Avdiyivka were subject to ... shelling": an item told by its kind
_KIND_OF = re.compile(r"(?:cit(?:y|ies)|towns?|villages?|settlements?|communit(?:y|ies)|hromadas?)\s{1,3}of\s{1,3}")


def _only_places(cl: _Clause, sent: Sentence, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when the clause holds place names and list glue ("and", commas) only."""
    k = bisect.bisect_left(starts, cl.start)
    pos, found = cl.start, False
    while k < len(spans) and spans[k][1] <= cl.end:
        a, b = spans[k]
        if not _LIST_GLUE.fullmatch(sent.text, pos, a) and (found or not _LIST_HEAD.fullmatch(sent.text, pos, a)):
            return False  # ("the cities of Nikopol, Pokrovsk, and Marhanets were hit": a list told by its kind)
        pos, found, k = b, True, k + 1
    return found and _LIST_GLUE.fullmatch(sent.text, pos, cl.end) is not None


def _ends_with_item(cl: _Clause, sent: Sentence, spans: list[tuple[int, int]]) -> bool:
    """True when the clause ends with a place and a comma: "Facilities in the Kirovohrad," of "..., Poltava, and
    Vinnytsia regions were attacked" is the head of the list the next clause goes on with."""
    end = cl.start + len(sent.text[cl.start:cl.end].rstrip(" ,"))
    return sent.text.startswith(",", end) and any(b == end for _a, b in spans)


def _starts_with_place(cl: _Clause, starts: list[int], kind: bool = False) -> bool:
    """True when the clause opens with a place (after list glue; after "the town of" too when ``kind``, for an item
    of a list of places, not "in the Nikopol district, the cities of Nikopol, ...")."""
    lead = cl.start + _LIST_GLUE.match(cl.text).end()
    told = _KIND_OF.match(cl.text, lead - cl.start) if kind else None
    if told is not None:
        lead = cl.start + told.end()
    k = bisect.bisect_left(starts, lead)
    return k < len(starts) and starts[k] == lead


def _event_dates(text: str, published: dt.date, anchor: timeline.DateSpan | None) -> list[timeline.DateSpan]:
    """The dates of ``text`` that may date an event.

    A date that opens a long period ("the fifth attack since February 2022", "since the
    start of the invasion") is background, not the event's date; a short one is the
    span of what goes on ("Since the beginning of October, the fighting has been relentless").
    """
    out = []
    found = timeline.find_dates(text, published, anchor)
    if len(found) > 1 and any(d.text.lower() == "overnight" for d in found) and any(
            d.precision == "day" and d.text.lower() != "overnight" for d in found):
        # "On 25 June, Kyiv was shelled overnight": the night of the day named, not the night before publication
        found = [d for d in found if d.text.lower() != "overnight"]
    for d in found:
        if d.offset > 0 and _SPOKEN_BEFORE.search(text, max(0, d.offset - 40), d.offset) is not None:
            continue  # "that second line of advance that we talked about yesterday": when it was said
        if d.offset > 0 and _BEFORE_NOUN.search(text, max(0, d.offset - 30), d.offset) is not None:
            continue  # "a border town with some 3,000 residents before Russia's Friday attack": a time reference
        if (d.offset > 0 and len(found) > 1 and "as of" in text
                and _AS_OF_BEFORE.search(text, max(0, d.offset - 30), d.offset) is not None):
            continue  # "Victims ... for 11/21/2022 (as of 09:00 a.m. 11/22/2022)": when the count was made
        if d.offset > 0 and _BASELINE_BEFORE.search(text, max(0, d.offset - 40), d.offset) is not None:
            continue  # "31% higher than the same period last year": the base of a comparison, not when it happened
        if d.text[:4].lower() == "from" and _COMPARED_BEFORE.search(text, max(0, d.offset - 40), max(0, d.offset)):
            # "rising by 17 per cent from March 2024": the base of a comparison; "rose by 200 per cent from
            # March to April": what is told is the last month
            if d.precision != "month" or (d.start.year, d.start.month) == (d.end.year, d.end.month):
                continue
            d = timeline.DateSpan(d.end.replace(day=1), d.end, "month", d.text, d.offset)
        if timeline.opens_period(text, d) and (max(d.end, published) - d.start).days > _LONG_PERIOD_DAYS:
            if (d.text[:5].lower() == "since" and d.precision != "year"
                    and (_HELD_BEFORE.search(text, max(0, d.offset - 60), d.offset)
                         or _HELD_AFTER.match(text, d.offset + len(d.text)))):
                # "occupied by Russian forces since 3 March 2022", "since 6 November 2014 Opytne was fully under
                # Ukrainian control": taken that day; but "held by Russian-backed
                # separatists since 2014" is the city's background in a report of its shelling
                out.append(timeline.began(d))
            continue
        out.append(d)
    return out


_LONG_PERIOD_DAYS = 31
_PAST_WEEK = re.compile(r"(?:over|during|in|for)\s+the\s+(?:past|last)\s+(?:week|seven\s+days)\Z", re.I)
# "The previous week was extremely difficult": the period a summary tells, its subject
_PERIOD_SUBJECT = re.compile(r"\W{0,3}(?:The\s{1,3})?(?:previous|past|last)\s{1,3}(?:week|month)\s{1,3}"
                             r"(?:was|has\s{1,3}been)\b", re.I)
_AS_OF_BEFORE = re.compile(r"\bas\sof\s(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s?(?:[ap]\.?m\.?\s)?(?:on\s)?)?\Z", re.I)
_BEFORE_NOUN = re.compile(r"\bbefore\s+(?:the\s+|[A-Z][\w-]*['\u2019]s\s+)\Z")
_SPOKEN_BEFORE = re.compile(r"\b(?:we|I|you)\s+(?:talked|spoke|briefed|told\s+you|mentioned|discussed|said)"
                            r"(?:\s+(?:about|to\s+you|you))?\s+\Z", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:per\s?cent|percent|rose|rising|risen|increased?|decreased?|fell|dropped|"
                              r"doubled|tripled|compared)\b[^.;]{0,25}\Z", re.I)
_BASELINE_BEFORE = re.compile(r"\b(?:than|compared\s+(?:to|with)|versus)\s+(?:(?:in|during|for|over)\s+)?"
                              r"(?:the\s+same\s+(?:period|time|months?|weeks?|days?|quarter)\s+(?:of\s+|in\s+)?)?\Z"
                              r"|\bthe\s+same\s+(?:period|time|months?|weeks?|quarter)\s+(?:of\s+|in\s+)?\Z", re.I)
# "since 6 November 2014 Opytne was fully under Ukrainian control": the date opens a hold told after it
_HELD_AFTER = re.compile(r",?\s{1,3}(?:[A-Z][\w'\u2019-]{0,40}\s{1,3}){1,3}"
                         r"(?:was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}"
                         r"(?:fully\s{1,3}|completely\s{1,3}|entirely\s{1,3})?"
                         r"(?:under\s{1,3}(?:[\w-]+\s{1,3}){0,2}control|occupied|held)\b")
_HELD_BEFORE = re.compile(r"\b(?:occupied|held|controlled|under\s+(?:[\w-]+\s+){0,2}(?:control|occupation))\b(?:\s+[\w-]+){0,4}\s+\Z",
                          re.I)


def _fill(cl: _Clause, sent: Sentence, places: list[Resolution]) -> None:
    cl.places = [r for r in places if cl.start <= r.mention.start - sent.start < cl.end]


def _clause_dates(cl: _Clause, global_dates: list[timeline.DateSpan], context: timeline.DateSpan,
                  topic_dates: dict[str, timeline.DateSpan], *, timed: bool = False
                  ) -> tuple[timeline.DateSpan, bool]:
    if cl.dates:
        reported = _holds_any(cl.text, _REPORTING_NEEDS)
        finer = [o for o in cl.dates
                 if not (reported and _REPORTING.search(cl.text, 0, max(0, o.offset - cl.start)))]
        d = next((d for d in cl.dates if not _reference_date(cl, d) and not _frames(d, finer)), cl.dates[0])
        rep = _REPORTING.search(cl.text) if reported else None
        if rep and len(cl.dates) > 1:
            # "On 9 July, the ministry said that a strike on 7 July had killed ...": the first date is when
            # it was said, the one told after the verb is when it happened
            dated = [(x, x.offset - cl.start) for x in cl.dates if not _reference_date(cl, x)]
            said = [x for x, at in dated if at < rep.start() or 0 <= at - rep.end() <= 2]
            # (not a wider date that holds the day it was said: "On 10 November 2022, it was reported that ... had
            # retaken the village during the 2022 Kherson counteroffensive")
            told = [x for x, at in dated if at - rep.end() > 2
                    and not any(x.start <= y.start and y.end <= x.end and x.end - x.start > y.end - y.start
                                for y in said)]
            if said and told and classify(cl.text[rep.end():]) is not None:
                return told[0], True
        rel = d.offset - cl.start
        if rep and d.precision == "day" and not timed and \
                not _ONGOING.search(cl.text, rep.end(), rep.end() + 80) and \
                not (rel >= rep.end() and _ONGOING.search(cl.text, 0, rep.start())) and \
                not _SUBORDINATE_REPORT.search(cl.text, 0, rep.start()) and (
                (rel < rep.start() and classify(cl.text[rep.end():]) is not None
                 and not timeline.names_calendar_day(d) and not timeline.counts_from_story(d))
                or 0 <= rel - rep.end() <= 2):
            # "On Sunday, the governor said Russian artillery had shelled Nikopol": that day or the day before (not
            # what goes on as it is said: '"We are holding the defense in Mykolaiv direction," he said on Thursday'; not
            # when the text is timed to the minute: "At 10:10 the next morning, the MoD announced ...", nor for a
            # leading calendar day: "On 25 December 2023, Russia said its forces had captured ..." is how a
            # chronicle dates the event itself); but "Ukraine said on Thursday its air force struck two targets",
            # told after the verb and its day in the simple past, is of the day said, as the readers of 40 news
            # reports took it
            told_after = cl.text[rep.end():]
            if rel < rep.start() or classify(told_after) is None or "had" in told_after and _PAST_PERFECT.search(
                    told_after):
                return timeline.DateSpan(d.start - dt.timedelta(days=1), d.end, "day", d.text, d.offset), True
        return d, True
    if global_dates:
        return global_dates[0], True
    for noun in _SUMMIT.findall(cl.text) if topic_dates else ():  # (most reports date no talks)
        if noun.lower() in topic_dates:
            return topic_dates[noun.lower()], True
    return context, False


def _the_event_told(cl: _Clause, type_dates: dict[str, timeline.DateSpan],
                    last_type: str | None) -> timeline.DateSpan | None:
    """The date of "the attack" an undated clause speaks of, when another kind of event was told last: "On 3
    February 2024, a missile struck a cafe in Lysychansk. ... the site of a battle in June 2022 ... The mayor
    reported that the attack was a missile strike" is of 3 February 2024."""
    if last_type in (None, cl.cue[0]) or cl.cue[0] not in type_dates or _THE_EVENT.search(cl.text) is None:
        return None
    return type_dates[cl.cue[0]]


_THE_EVENT = re.compile(r"\bthe\s+(?:(?:missile|drone|air|rocket|artillery)\s+)?(?:attack|strike|bombing|shelling|"
                        r"explosion|blast)\b", re.I)
_RECENT_DAYS = 2
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|just|again|already)\s+)?(?:been\s+)?"
                              # ("Kharkiv and Donetsk regions ... have been fully de-energized")
                              r"(?:(?:fully|partially|completely|totally|heavily|badly)\s+)?"
                              r"(?:launched|struck|hit|attacked|shelled|targeted|killed|destroyed|damaged|captured|"
                              r"seized|taken|liberated|fired|entered|withdrawn|de-?energi[sz]ed|disconnected)\b")
_MORNING_OF_BEFORE = re.compile(r"\bmorning\s+(?:hours\s+)?of\s+\Z", re.I)
_OVERNIGHT_NOUN = re.compile(r"\b(?:an|the|this|that|its|their)\s+overnight\b", re.I)
_INCLUDED_START = re.compile(r"(?:This|These|That|Those|They|It)\s+(?:also\s+)?(?:included|includes|include)\b")
_NIGHT_WORDS = ("overnight", "during the night", "at night", "in the night", "that night")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+)?(?:been\s+)?[a-z]+\b", re.I)
# "Russian forces are continuing to attack", "planners are likely facing", "the town remains contested": the
# state on the report's day
_NOW = re.compile(r"\b(?:(?:are|is)\s+(?:[a-z]+ly\s+|still\s+|now\s+)?[a-z]{2,}ing|(?:are|is)\s+now\s+[a-z]{3,}(?:ed|en)|"
                  r"continues?\s+(?:to|in|near|around|on|their|its|the)|"
                  r"remains?\s+(?:contested|under|in|heavy|intense))\b", re.I)
# "We continue to assess", "while we continue to monitor": the speaker goes on, not the war
_SPEAKER_GOES_ON = re.compile(r"continues?\s+to\s+(?:assess|monitor|see|believe|watch|call|urge|support|stand|work|"
                              r"follow|observe|track|condemn|demand)\b", re.I)
_SPEAKING_NOW = re.compile(r"(?:saying|reporting|claiming|warning|trumpeting|telling|announcing|calling|urging|"
                           r"hoping|expecting|planning|preparing|trying|seeking|considering)\Z", re.I)
_LEAD_SENTENCES = 3  # a headline, then the lead: where a report says which day it tells
_PAST_DAY = re.compile(r"(?i:(?:in|over|during|for)\s+the\s+(?:past|last)\s+(?:day|24\s+hours))")
_REPORTING_BEFORE = re.compile(r"\b(?:said|says|reported|wrote|posted|announced|stated|told)\s+(?:on\s+)?\Z")
_EVENING_SUMMARY = re.compile(r"\W{0,3}(?:The\s+)?[Ee]vening\s+(?:summary|report|update)\b")
_MORNING_HEADLINE = re.compile(r"\b(?:[Mm]orning\s+(?:(?:missile|drone|rocket|air|massive|combined)\s+)?(?:shelling|attacks?|"
                               r"strikes?|bombardment)|[Tt]his\s+morning)\b")
_FRAGMENT_CHARS = 80  # a line short enough to be a fragment that goes on from the sentence before
_LIST_ITEM_CHARS = 200  # a verbless line this short after a line ending in ":" is an item of its list
# "Last week it was Kramatorsk, Sumy and Kherson.": the sentence before's event, at other places
_IT_WAS = re.compile(r"\A(?:[A-Z][\w'\u2019]*+(?:\s[a-z]+){0,2},?\s)?(?:it|this)\s(?:was|is)\s(?:also\s)?"
                     r"(?:the\s(?:turn|city|town)\sof\s)?[A-Z]")
_NOW_TOLD = re.compile(r"\b(?:we|I|they|officials)\s+now\s+(?:assess|believe|see|know|think|judge)\b|\bas\s+of\s+now\b|"
                       r"\bright\s+now\b", re.I)
# "As indicated, the events took place in the areas of the cities of Saratov, Yaroslavl and ...": where the
# sentence before's event happened
_TOOK_PLACE = re.compile(r"\b(?:events?|incidents?|attacks?|it|this|explosions?|fires?|sabotage)\s(?:\w+\s)?"
                         r"(?:took\splace|happened|occurred)\s(?:\w+\s){0,2}?(?:in|near|at|around)\s", re.I)
_TOOK_PLACE_NEEDS = ("took", "happened", "occurred")  # a word _TOOK_PLACE needs (most sentences have none)
_ELIDED_SUBJECT = re.compile(r"(?:[Aa]nd|[Bb]ut)\s+(?:was\s+|were\s+)?(?:(?:later|then|subsequently)\s+)?[a-z]+ed\b")
# "Today, they targeted objects in the Volyn, Lviv, and Ivano-Frankivsk regions. The Vinnytsia and Khmelnytskyi regions,
# and our Ternopil region.": more regions the sentence before goes on to
_REGIONS_MORE = re.compile(r"(?:And\s++)?(?:[Tt]he\s++|[Oo]ur\s++)?[A-Z][\w'\u2019-]++(?:(?:,\s++|,?\s++and\s++)(?:the\s++|"
                           r"our\s++)?[A-Z][\w'\u2019-]++)*+\s++(?:regions?|oblasts?)(?:,?\s++and\s++(?:the\s++|our\s++)?"
                           r"[A-Z][\w'\u2019-]++\s++(?:region|oblast))?(?:\.|\u2026|\.\.\.)")
# "Kupiansk direction, Kharkiv region.", "Bakhmut and Avdiivka directions." (a heading of the President's praise)
_DIRECTION_LINE = re.compile(r"(?:The\s++|[Oo]n\s++the\s++|In\s++the\s++)?[A-Z][\w'\u2019-]++(?:(?:,\s++|,?\s++and\s++)"
                             r"[A-Z][\w'\u2019-]++)*+\s++directions?(?:,\s++(?:the\s++)?[A-Z][\w'\u2019-]++\s++"
                             r"(?:region|oblast|Oblast))?\s*+[.:]?")
_FRONT_CUE = (BATTLES, "Armed clash", 1.0)
# "... five settlements in the Kherson region were liberated over the past two weeks. We are talking about
# Visokopillia, Novovoznesensk, Biloghirka ...": the places of the event the sentence before told
_NAMELY_START = re.compile(r"(?:We\s+are\s+talking\s+about|(?:These|They)\s+are|Namely|In\s+particular,?\s+(?:these\s+are|it\s+is))\s")
_ALSO_START = re.compile(r"(?:And\s+also|Also|As\s+well\s+as)\b")
# "Seven civilians were injured ... in the Izmail district. Six people in Reni and one in Izmail": the toll shared out
_SHARE_START = re.compile(r"\W{0,2}(?:\d{1,3}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)"
                          r"\s+(?:(?:people|persons|civilians|residents|victims|of\s+them|men|women|children)\s+)?in\s+[A-Z]")
# '..., Six people in Reni and one in Izmail," Kiper said.': who said the line is no verb of it
_SAID_END = re.compile(r"[,.]?[\"\u201d']?(?<!\s)\s{1,3}+(?:[A-Z][\w'\u2019-]*+\s{1,3}+){1,3}+(?:said|says|added|noted|"
                       r"reported|stated)\.?\s{0,3}+\Z")


def _said_end(text: str) -> int:
    """Where the closing attribution ('," Kiper said.') of a line starts, or its length."""
    m = _SAID_END.search(text)
    return m.start() if m is not None else len(text)


_DISPATCH_DAYS = 31
_SINCE_BEFORE = re.compile(r"\bsince\s*\Z", re.I)
_NOT = re.compile(r"\b(?:no|not|never|nor)\b|n['\u2019]t\b", re.I)
_SINCE_DAY_START = re.compile(r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+day\b", re.I)
_PRESENT = re.compile(r"\b(?:has|have|is|are)\b")
# "Russian forces have made limited advance ...": what an update tells as just done
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:almost\s+certainly|highly\s+likely|likely|probably|now|also|already|"
                      r"reportedly)\s+){0,2}(?:made|taken|seized|captured|advanced|gained|entered|pushed|reached|struck|"
                      r"hit|relocated|moved|redeployed|withdrawn)\b")
# "... In the morning, the Russians dropped 11 guided bombs," Prokudin wrote. / According to him, six
# settlements came under enemy fire: ...": a paragraph that goes on with the speaker's account keeps its days
_GOES_ON = re.compile(r"(?:According\s+to\s+(?:him|her|them)|(?:He|She)\s+(?:added|also\s+said|further\s+said))\b")
_DAY_PART = re.compile(r"\b(?:in\s+the|last|this|(?=(?:an?|the)\s+(?:early\s+)?(?:morning|evening)\s+(?:[a-z]+\s+){0,2}?"
                       r"(?:attack|strike|shelling|raid)s?\b)(?:an?|the))\s+(?:early\s+)?(morning|evening)\b", re.I)
_DAY_PART_NEEDS = ("morning", "evening")  # (folded) without one of them _DAY_PART cannot match
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|"
                     r"says?|said|told|\w{3,}ed)\b", re.I)  # a verb: the line is a sentence, not a fragment
_JUST = re.compile(r"\b(?:ha(?:ve|s)\s+just|just\s+(?:now|received|learned|learnt|heard)|as\s+of\s+now)\b", re.I)
_NOW_NEEDS = ("are ", "is ", "continu", "remain")
_PLANNED = re.compile(r"\b(?:plans?\s+(?:was|is|were)\s+to|plann(?:ed|ing)\s+to|aim(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|"
                      r"objective\s+(?:was|is)\s+to|sought\s+to|in\s+order\s+to|(?:tactic|strategy)\s+to|"
                      r"will\s+(?:likely|probably|almost\s+certainly|(?:very\s+|highly\s+)?likely)\s+|will\s+take\s+place)\b",
                      re.I)  # "Heavy fighting will likely take place in the suburbs": a forecast
_PLANNED_NEEDS = ("plan", "aim", "intend", "objective", "sought", "order", "tactic", "strategy", "will")
# "attacked Zatoka Bridge with the aim of disconnecting the city of Odesa": what follows is only aimed at
_AIM_OF = re.compile(r"\b(?:objective|aim|goal|intention)s?\s+of\s+[a-z]+ing\b", re.I)
_AIM_NEEDS = ("objective", "aim", "goal", "intention")
_FIGHTING_TOWARDS_AIM = re.compile(r"\b(?:conduct(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|launch(?:es|ed|ing)?)\s+"
                                   r"(?:\w+\s+){0,2}(?:offensive|assault|attack)(?:s|\s+operations?|\s+actions?)?\b",
                                   re.I)
# "On 24 February, a few hours after Putin announced ..., troops made an air assault": no report of the event
_SUBORDINATE_REPORT = re.compile(r"\b(?:hours|days|minutes|shortly|just|soon)\s+(?:after|before)\b[^;.]{0,80}\Z", re.I)
# "Orlov stated that Russian troops were again approaching the city": what goes on as it is said
_ONGOING = re.compile(r"\b(?:is|are|was|were)\s+(?:(?:still|again|now|currently)\s+)?[\"\u201c]?[a-z]+ing\b", re.I)
_DAYS_AFTER = re.compile(r"\bdays\s+(?:after|following)\Z", re.I)
# a date inside a leading subordinate clause ("After the invasion began on 24 February 2022, ...")
# ("As a result of the destruction of the dam in June 2023, Krynky was submerged": no, that is the same time)
_LEAD_SUBORDINATE = re.compile(r"\A\W*(?:after|before|following|since|when|once|as(?!\s+a\s+result)|until|while)\b"
                               r"[^,;]*\Z", re.I)


def _reference_date(cl: _Clause, d: timeline.DateSpan) -> bool:
    """True for a date that only places the clause's event relative to another one."""
    return d.offset >= cl.start and bool(_LEAD_SUBORDINATE.match(cl.text[:d.offset - cl.start]))


def _since(start: dt.date, published: dt.date) -> timeline.DateSpan:
    """The span from ``start`` to publication at its honest precision (an undated sentence's context)."""
    start = min(start, published)
    return timeline.DateSpan(start, published, timeline.precision_for(start, published), "")


_BACKGROUND = re.compile(r"(?:\A|[,(;])\s*(?:which|who|whom|whose|where|that)\b[^,(;]*\Z", re.I)


def _background_text(sentence: str, d: timeline.DateSpan) -> bool:
    """True for a date in a relative clause ("Bakhmut, which was captured in May"): background."""
    if d.offset < 0:
        return False
    # a match can only start at the last "," "(" or ";" before the date, or at the start without one
    start = max(0, *(sentence.rfind(c, 0, d.offset) for c in ",(;"))
    return _BACKGROUND.match(sentence, start, d.offset) is not None


def _reference_text(sentence: str, d: timeline.DateSpan) -> bool:
    """True for a date in a sentence's leading subordinate clause ("After ... began on 24 February, ...")."""
    return d.offset >= 0 and bool(_LEAD_SUBORDINATE.match(sentence[:d.offset])) and "," in sentence[d.offset:]


def _place_dates(cl: _Clause, r: Resolution, sent: Sentence, places: list[Resolution],
                 first: timeline.DateSpan, told_before: timeline.DateSpan | None) -> list[timeline.DateSpan]:
    """The dates of one place of a clause: usually the clause's first date.

    "X occurred just days after ... in Y": X keeps the day told before, Y gets the days
    before it.  Two dates in one clause ("On 24 June ... retreat ... and the next day ...
    captured Sievierodonetsk") give a place one event each; with several places each takes
    its nearest date.
    """
    ms = r.mention.start - sent.start
    dates = [d for d in cl.dates if d.offset >= 0]
    if dates and _DAYS_AFTER.search(dates[0].text) and ms < dates[0].offset and told_before is not None:
        return [told_before]
    if len(dates) < 2:
        return [first]  # (its own dates below are fewer still)
    own = [d for d in dates if not _reference_date(cl, d) and not _DAYS_AFTER.search(d.text)
           and not timeline.opens_period(sent.text, d)
           and not (_holds_any(cl.text, _REPORTING_NEEDS)  # "..., the governor said today"
                    and _REPORTING.search(cl.text, 0, max(0, d.offset - cl.start)))]
    if len(own) < 2 or first not in dates:
        return [first]
    distinct = list({(d.start, d.end): d for d in own}.values())
    distinct = [d for d in distinct if not _frames(d, distinct)] or distinct
    if len(distinct) < 2:
        return distinct if first in own and first not in distinct else [first]
    if len({p.place["place_id"] for p in places}) == 1:
        return distinct
    if "respectively" in cl.text:
        # "hitting Pokrovsk, Novomoskovsk, Kharkiv, Kherson, and Odesa on 6th, 8th, 10th, 12th, 17th January
        # respectively": the places and the days in the same order
        order = sorted({p.place["place_id"]: p for p in reversed(places)}.values(), key=lambda p: p.mention.start)
        days = sorted(distinct, key=lambda d: d.offset)
        if len(order) == len(days):
            return [days[[p.place["place_id"] for p in order].index(r.place["place_id"])]]
    if all(sent.text[d.offset - 1:d.offset] == "(" for d in distinct):
        # "attacks against residential areas of Lviv (6 July), Mykolaiv and Orikhiv (10 July)": each date in
        # brackets after the places it dates
        following = [d for d in distinct if d.offset > ms]
        if following:
            return [min(following, key=lambda d: d.offset)]
    # "On 18 July they seized a position in Klishchiivka and on 25 July entered Andriivka": a date of the
    # place's own part of the clause (between "and"s), else the nearest
    a = max((m.end() for m in _AND.finditer(sent.text, cl.start, ms)), default=cl.start)
    b = next((m.start() for m in _AND.finditer(sent.text, ms, cl.end)), cl.end)
    own_part = [d for d in distinct if a <= d.offset < b]
    return [min(own_part or distinct, key=lambda d: abs(d.offset - ms))]


_AND = re.compile(r"\band\b")


def _frames(d: timeline.DateSpan, dates: Sequence[timeline.DateSpan]) -> bool:
    """True when ``d`` only frames a finer date beside it ("in 2022 between 25 and 27 April", "the 2023
    counteroffensive in the first week of July"): the finer one dates the event."""
    return any((o.start, o.end) != (d.start, d.end) and d.start <= o.start and o.end <= d.end for o in dates)


def _is_venue(sent: Sentence, r: Resolution) -> bool:
    ms = r.mention.start - sent.start
    before = sent.text[max(0, ms - 80):ms]
    return _holds_any(before, _VENUE_NEEDS) and _VENUE_BEFORE.search(before) is not None


def _is_reference(sentence: str, start: int, end: int) -> bool:
    """True when ``sentence[start:end]`` ends in "located ...", "which is ...": a reference point follows."""
    return _holds_any(sentence[start:end], _REFERENCE_NEEDS) and _REFERENCE_BEFORE.search(sentence, start, end) is not None


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """False when no word of ``words`` (lower case) is in ``text`` even as re.I would compare it."""
    return any(map(fold_case(text).__contains__, words))


# a wire dateline after a city in capitals: "WASHINGTON (Feb. 28, 2022) --", "KYIV, Ukraine (AP) —", "LONDON —"
_DATELINE_AFTER = re.compile(r"(?:,\s{1,3}[A-Z][\w.]*+(?:\s[A-Z][\w.]*+)?)?\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?"
                             r"(?:—|–|--|-)\s")


# "the road bridge used by the Russian army to transport heavy weapons from Crimea through Melitopol to the Zaporizhzhia
# and other fronts": the ends and the way of a route, not where anything happened
_TRANSPORT_ROUTE_BEFORE = re.compile(r"\btransport\w*\s[^.;]{0,60}?\b(?:from|through|via|to)\s(?:the\s)?\Z")


def _is_event_place(sent: Sentence, cl: _Clause, r: Resolution, places: list[Resolution],
                    sentence_places: list[Resolution] = ()) -> bool:
    """False for a place that is only a venue, an origin, a reference point or the region of another place."""
    sentence = sent.text
    ms = r.mention.start - sent.start
    if (ms <= 1 and r.mention.text.isupper() and _DATELINE_AFTER.match(sentence, ms + len(r.mention.text))
            and (r.place["country_code"] != "UA" or len(places) > 1 or len(sentence_places) > 1)):
        # "WASHINGTON (Feb. 28, 2022) -- Since Russian military forces invaded ...": where the report was filed
        # (but "ODESA — Russian drones struck the port overnight" is of Odesa)
        return False
    before = sentence[max(0, ms - 80):ms]
    low = fold_case(before)  # the window _is_venue reads too
    if any(map(low.__contains__, _VENUE_NEEDS)) and (venue := _VENUE_BEFORE.search(before)) is not None:
        if (venue.group(1).lower() == "arrived" and len(places) == len(sentence_places or places) == 1
                and cl.cue is not None and cl.cue[0] != STRATEGIC and cl.cue[2] >= 2.5):
            return True  # "Three rescue workers lost their lives in ... drone attack ... after they arrived ... in
            # Kharkiv": where the attack was, not a visit
        if (venue.group(1).lower().startswith("visit") and cl.cue is not None and cl.cue[0] == EXPLOSIONS
                and _HIT_BY.search(cl.text) is not None):
            return True  # "During his visit to Kharkiv, ... visited the printing facility destroyed by a Russian
            # strike on 23 May": the strike was there
        return cl.cue is not None and cl.cue[0] == STRATEGIC and bool(_SUMMIT.search(cl.text))
    if "from" in low and (_ORIGIN_BEFORE.search(before) and len(places) > 1 and not _COMPASS_FROM.search(before)
                          or _FROM_DIRECTION.search(before)):
        return False  # "advanced from the direction of Popasna": the origin, not where it happened
    if "from" in low and ("evacuat" in low or "deport" in low) and _TAKEN_TO_BEFORE.search(before):
        return False  # "evacuating residents from Starobilsk to Dnipro": where they were taken
    if "from" in low and "launch" in low and _LAUNCHED_FROM_BEFORE.search(before):
        return False  # "Shahed drones, which the enemy launched from Cape Chauda (Crimea)": the launch site
    if "from" in low and _ACROSS_FROM_BEFORE.search(before):
        return False  # "captured five villages across the border from Russia's Belgorod region": the other side
    if "from" in low and _PEOPLE_FROM_BEFORE.search(before):
        return False  # "mobilized men, 600 of them from Saratov Oblast, were crowded ...": where they came from
    if "transport" in low and _TRANSPORT_ROUTE_BEFORE.search(before):
        return False  # "the bridge used ... to transport heavy weapons from Crimea through Melitopol": a route
    if ("for" in low or "cross" in low) and _PURPOSE_BEFORE.search(before):
        return False  # "carrying missiles for bombing Kharkiv Oblast": a target intended, not hit; "offensive
        # operations to cross the Oskil river": a line to cross, not where it happened
    if ("reach" in low or "encircl" in low) and _DRIVE_TO_BEFORE.search(before):
        return False  # "the village was entered ... amidst their offensive to reach the city of Pokrovsk": the goal
    if any(map(low.__contains__, _GOAL_NEEDS)) and _GOAL_BEFORE.search(before):
        return False  # "its most likely operational goal of the Sloviansk-Kramatorsk urban area": not reached
    me = ms + (r.mention.end - r.mention.start)
    if "in" in low and _TOLD_AFTER.match(sentence, me) and _SOURCE_IN_BEFORE.search(before):
        return False  # "a Ukrainian intelligence source in Kyiv told Reuters": where the source sits
    if (len(places) > 1 or len(sentence_places) > 1) and (
            "of" in low and _TITLE_OF_BEFORE.search(before) or _TITLE_AFTER.match(sentence, me)):
        return False  # "Oleh Kiper, the regional governor of Odesa, said the Izmail district came under attack"
    op = _OPERATION_AFTER.match(sentence, me)
    # (a sector only when it leads to a place after it: "In the Kramatorsk sector, ... in the area of Chasovyi
    # Yar", not "the assault against the Severodonetsk pocket ... advances in the Kharkiv sector")
    sector = op is not None and op.group(1).lower().startswith("sector")
    if op is not None and (op.group(1).lower() not in _AXES or not all(
            o is r or _names_axis(sentence, o, sent.start) or sector and o.mention.start < r.mention.start
            or o.mention.start > r.mention.start and _AXIS_AND.fullmatch(sentence, me, o.mention.start - sent.start)
            is not None  # "in the Pokrovsk sector and with Kurakhove": the sector and the town
            or 0 < ms - (o.mention.end - sent.start) <= _ITEMS_GAP_CHARS
            and _ITEMS_GAP.fullmatch(sentence, o.mention.end - sent.start, ms) is not None  # "the Kramatorsk,
            # Pokrovsk, and Kurakhove fronts": items of one list of axes
            or (sector or o.mention.start > r.mention.start) and o.place.get("feature_code") == "ADM1"
            and o.place.get("admin1") == r.place.get("admin1")
            for o in [*places, *sentence_places])):
        # "the Kharkiv counteroffensive": an operation's name; "In the Kupyansk direction, units repelled attacks
        # near Sinkovka": the place it happened is the other one (alone, "gains on the Popasna axis" are near it, and
        # "reinforced the Kremina sector of its frontline in Luhansk Oblast": its region only locates the sector)
        return False
    if ("front" in low or "ax" in low) and (len(places) > 1 or len(sentence_places) > 1) \
            and _AXIS_OF_BEFORE.search(before) is not None:
        return False  # "the intersection between the two key fronts of Zaporizhzhia and Donetsk": axes' names
    if _DISTRICT_AFTER.match(sentence, me) and _AFTER_PLACE.search(before[-200:]):
        return False  # "Hroza, Kupiansk Raion, ...", "Dobropillia, Kryvyi Rih community": it only locates the place
    if r.place["place_id"].startswith("community:") and any(
            _COMMUNITY_OF.fullmatch(sentence, o.mention.end - sent.start, ms) is not None
            and o.place["feature_class"] == "P" and not o.place["place_id"].startswith(("community:", "district:"))
            and (sentence[o.mention.end - sent.start] != "," or r.place["place_id"] == f"community:{o.place['place_id']}")
            for o in [*places, *sentence_places]):
        return False  # "the town of Ochakiv, Ochakivsk community", "Dudchany in the Mylivsk community": it locates
        # the town (not "Nikopol, Marganetska and Myrivska communities": a list)
    if sentence[me:me + 1] == " " and _SERVICE_AFTER.match(sentence, me):
        return False  # "34 rescuers ... from the Kirovohrad State Emergency Service": a body's name
    if _addresses_next(sentence, r, me, [*places, *sentence_places], sent.start):
        return False  # "Chuhuiv district, Vovchansk TG, Riznykove village": the district and hromada only locate it
    local = sentence[max(cl.start, ms - 80):ms]
    if len(places) > 1 and (_is_reference(local, 0, len(local))
                            or "," in local and _COMMA_REFERENCE.search(local)):
        return False  # "Blahodatne and Makarivka, south of Velyka Novosilka": a reference point
    if r.place["feature_class"] == "A":
        codes = region_codes(r.place)
        district = r.place.get("feature_code") == "ADM2"
        others = [o for o in list(places) + list(sentence_places) if o is not r]
        if r.mention.kind == "region" and sentence[me:me + 5] == " area":
            # "the assault on Kherson ... 54 attacks ... in the Kherson area": the region around the city told apart
            others = [o for o in others if o.mention.text != r.mention.text]
        if any((o.place["feature_class"] != "A" or not district and o.place.get("feature_code") == "ADM2")
               and o.place.get("admin1_code") in codes and not _wide_landmark(o.place)
               and o.mention.kind != "region"  # ("the Pavlohrad, Kharkiv, Balakliia, and Kherson regions": items)
               and not (o.mention.start > r.mention.end and _TOWARD_BEFORE.search(
                   sentence, max(0, o.mention.start - sent.start - 80), o.mention.start - sent.start))
               and (not district or o.mention.end <= r.mention.start and _DISTRICT_GAP.fullmatch(
                   sentence, o.mention.end - sent.start, ms) is not None) for o in others) and not (
                r.mention.kind == "region" and any(_region_items(sentence, r, o, sent.start) for o in others)):
            # ("shelling of the southern regions of Mykolaiv and Kherson": items of a list of regions, each hit)
            return False  # "near Liman, ... in the Donetsk region": the region only locates Liman
        campaign = _CAMPAIGN_BEFORE.search(before)
        if campaign is not None and (others or campaign.group(1) is not None):
            return False  # "Popasna ... during the battle of Donbas", "the war in Donbas": a campaign's name
    elif ("attle" in before and _CAMPAIGN_BEFORE.search(before) is not None
          and _SUBJECT_NOUN.search(sentence, max(0, cl.start), max(0, ms - 20)) is not None):
        return False  # "the village was captured ... at the Battle of Avdiivka": the battle's name, not the village
    return True


# "an offensive operation in Ukraine's Kharkiv Oblast, ... in the direction of Vovchansk and Kharkiv": where it
# headed, which does not stand for the region it was in
_TOWARD_BEFORE = re.compile(r"\b(?:in\s+the\s+directions?\s+of|towards?)\s+(?:[A-Z][\w'\u2019-]+(?:,\s+|\s+and\s+))*\Z")
def _region_items(sentence: str, r: Resolution, o: Resolution, offset: int) -> bool:
    """True when region mentions ``r`` and ``o`` are neighbouring items of one list ("Mykolaiv and Kherson")."""
    if o.mention.kind != "region" or o.place.get("feature_code") != "ADM1":
        return False
    a, b = sorted((r.mention, o.mention), key=lambda m: m.start)
    return _REGION_ITEM_GAP.fullmatch(sentence, a.end - offset, b.start - offset) is not None


_REGION_ITEM_GAP = re.compile(r"\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s(?:and|or)\s)")
_ACROSS_FROM_BEFORE = re.compile(r"\bacross\s+the\s+(?:border|river|front\s+line)\s+from\s+(?:the\s+|Russia['\u2019]s\s+)?\Z",
                                 re.I)
_SOURCE_IN_BEFORE = re.compile(r"\b(?:sources?|diplomats?|analysts?|correspondents?|reporters?)\s+in\s+\Z", re.I)
_TOLD_AFTER = re.compile(r"(?<!\s)\s+(?:told|said|says|tells|reported|confirmed)\b")
_TITLE_OF_BEFORE = re.compile(r"\b(?:governor|mayor|head|chief)\s+of\s+(?:the\s+|Russia['\u2019]s\s+)?\Z", re.I)
_TITLE_AFTER = re.compile(r"(?:['\u2019]s|(?<!\s))\s++(?:(?:regional|region|oblast|city)\s+)?(?:governor|mayor)\b", re.I)
_CAMPAIGN_BEFORE = re.compile(r"\b(?:([Ww]ar\s+in)|[Bb]attle\s+(?:of|for))\s+(?:the\s+)?\Z")
_PURPOSE_BEFORE = re.compile(r"\bfor\s+(?:use\s+(?:against|on|in)|bombing|striking|attacking|shelling|targeting|"
                             r"hitting)\s+(?:the\s+)?\Z|\bto\s+cross\s+(?:the\s+)?\Z", re.I)
_DRIVE_TO_BEFORE = re.compile(r"\b(?:offensives?|push|drive|bid|attempts?|efforts?)\s+to\s+(?:reach|encircle)\s+"
                              r"(?:the\s+(?:city|town|village|outskirts)\s+of\s+)?\Z", re.I)
# "an attempted advance south from Izium towards Slovyansk": the push is at the town's edge, not only its origin
_COMPASS_FROM = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:wards?)?\s+"
                           r"from\s+(?:the\s+)?\Z", re.I)
_WIDE_FEATURE_KM = 30.0


# a district locates the village named just before it ("Odnorovka, Bohodukhiv district", "Kozacha Lopan village of
# Kharkiv district"); named apart, it is where something happened too ("the Izmail district ... came under attack
# again, and ... in the city of Vylkove")
_DISTRICT_GAP = re.compile(r"\s*+(?:,|(?:village|town|settlement)?\s*+(?:of|in))?\s*+(?:the\s+)?", re.I)


# what separates the parts of an address, general to particular: "Bohodukhiv district, Zolochivska TG, Ivashky
# village", "Vovchansk TG, Riznykove village"
_ADDRESS_GAP = re.compile(r"(\s{1,3}(?:territorial\s{1,3})?(?:[Cc]ommunity|[Hh]romada|O?TG|district|raion))?\s{0,2},"
                          r"\s{1,3}(?:the\s{1,3})?(?:(?:village|town|settlement|city)\s{1,3}of\s{1,3})?")


def _addresses_next(sentence: str, r: Resolution, me: int, places: Sequence[Resolution], offset: int) -> bool:
    """True when ``r`` is a district or hromada that only locates the narrower place named right after it."""
    gap = _ADDRESS_GAP.match(sentence, me)
    if gap is None or r.mention.kind != "district" and gap.group(1) is None:
        return False
    if r.mention.kind == "district" and " " not in r.mention.text:
        return False  # "Yunakivska, Bilopilia and Esmanska communities": a bare adjective is an item of a list
    nxt = next((o for o in places if o.mention.start - offset == gap.end()), None)
    return nxt is not None and nxt.mention.kind != "region" and nxt.place["radius_km"] < r.place["radius_km"] and _km(
        r.place["lat"], r.place["lon"], nxt.place["lat"], nxt.place["lon"]) <= RAION_REACH_KM


def _wide_landmark(place: dict) -> bool:
    """A river or an estuary: the region named beside it is where things happened, not only where it lies."""
    return place["place_id"].startswith("landmark:") and place.get("radius_km", 0) >= _WIDE_FEATURE_KM


_BEGAN_BEFORE = re.compile(r"\b(?:began|begun|started|launched|commenced)\s+(?:\w+\s+){0,2}\Z", re.I)
_GOAL_BEFORE = re.compile(r"\b(?:goal|goals|objective|objectives|aim|aims)\s+(?:of|is|was|will\s+be|would\s+be)\s+"
                          r"(?:to\s+(?:capture|seize|take|reach|encircle)\s+)?(?:the\s+)?(?:[A-Z][\w'\u2019]+-)?\Z", re.I)
_GOAL_NEEDS = ("goal", "objective", "aim")
# "The relevant statement was made by Luhansk Regional Military Administration on Facebook, an Ukrinform
# correspondent reports": a dispatch of the day, not a chronicle, whatever past dates it mentions
# (", Censor.NET reports.", "This was reported by the Security Service": an agency's attribution line of the day)
_DISPATCH_LEAD = re.compile(r"\bon\s(?:Telegram|Facebook)\b|\bcorrespondent\sreports\b|\bThis\s(?:was|is)\sreported\sby\b|"
                            r",\s(?:[A-Z][\w.'\u2019-]*+\s){1,3}+(?:reports|writes|informs)\b")
_ENTRY_STAMP = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s?[ap]\.m\.(?:\s[A-Z]{2,4})?:")
# "after 3 p.m.", "At about 12:00", "After 15.00": an hour of the day told with a preposition
_CLOCK_TIME = re.compile(r"\b(?:[Aa]t|[Aa]fter|[Bb]efore|[Aa]round|[Aa]bout|[Ss]ince|[Uu]ntil|[Ff]rom)\s(?:about\s|around\s|"
                         r"approximately\s)?(?P<h>[01]?\d|2[0-3])(?:(?P<m>[:.][0-5]\d)(?!\d)|\s?(?P<ap>[ap])\.?m\b)"
                         r"(?:\s?(?P<ap2>[ap])\.?m\b)?")


def _daytime_clock(text: str) -> re.Match[str] | None:
    """The first clock time of ``text`` when it is of the day so far (00:00 to 17:59, "after midnight"), else None.

    (An evening hour, told the next morning, may be of the day before.)"""
    if "midnight" in text and (after := _AFTER_MIDNIGHT.search(text)) is not None:
        return after
    if not any(map(str.isdigit, text)):
        return None
    m = _CLOCK_TIME.search(text)
    if m is None:
        return None
    hour = int(m.group("h"))
    if (m.group("ap") or m.group("ap2") or "").lower() == "p" and hour < 12:
        hour += 12
    return m if hour < 18 else None


_AFTER_MIDNIGHT = re.compile(r"\b(?:[Jj]ust\s)?[Aa]fter\smidnight\b")


_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3]):\s?[0-5]\d\b")  # ("22: 50": a rendering's stray space)
# the clock time that opens a list entry, after its day if it gives one ("- 28 September 04:49 Kupyansk district")
# (an entry may open with "At", "Around", "Also, according to him, at": "Today around midnight in Liptsy village ...
# Also, according to him, at 20:50, the village of Kozacha Lopan ... Around 16:50 in the village of Petropavlivka")
_ENTRY_CLOCK = re.compile(r"[-\u2013\u2022*]?\s{0,2}(?:(?:\d{1,2}\s[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s\d{1,2}),?\s)?"
                          r"(?:(?:Also,\s)?(?:according\sto\s(?:him|her),\s)?(?:[Aa]t|[Aa]round|[Aa]bout)\s(?:about\s|around\s)?)?"
                          r"(?:(?P<h>[01]?\d|2[0-3]):\s?(?P<m>[0-5]\d)\b(?:\s?(?P<ap>[ap])\.?m\b\.?)?|"
                          r"(?:Today\s)?(?:around\s|at\s)?(?P<mid>midnight)\b)")
_MIDNIGHT_LEAD = 24  # ("Today around midnight in Liptsy village": an entry of 00:00)
_CLOCK_WRAP = 4 * 60  # a newest-first list goes back a day where its clock jumps up this much (not 17:40, 17:49)
_SMALL_HOURS = 6 * 60  # an entry dated and timed before this opens a night told newest first
# ("attacks with the Shahed-136/131 UAVs from the south and southeast directions (Cape Chauda, Crimea, and
# Primorsko-Akhtarsk, Russia)": the launch sites)
_FROM_DIRECTION = re.compile(r"\bfrom\s+the\s+(?:(?:direction|side)\s+of\s+|(?:north|south|east|west)[a-z-]{0,6}\s+"
                             r"(?:and\s+(?:north|south|east|west)[a-z-]{0,6}\s+)?directions?\s+\([^()]{0,80}?)\Z", re.I)
# ("the Bakhmut and Melitopol fronts": each name of a coordinated pair)
_OPERATION_AFTER = re.compile(r"['\u2019]?s?\s++(?:(?:and|or)\s+[A-Z][\w'\u2019-]*+\s+)?(counter-?offensive|offensive|"
                              r"operation|directions?|fronts?|axis|axes|sectors?|war|campaign|incursion)\b", re.I)
_AXES = frozenset({"direction", "directions", "front", "fronts", "axis", "axes", "sector", "sectors"})
_AXIS_AND = re.compile(r"\s{1,2}(?:sector|direction|axis|front)s?\s{1,2}and\s{1,2}(?:with\s{1,2}|in\s{1,2}|near\s{1,2}|"
                       r"around\s{1,2})?(?:the\s{1,2})?(?:(?:town|city|village)\s{1,2}of\s{1,2})?")
_ITEMS_GAP_CHARS = 200  # (tried whole on the gap between two items, never scanned)
_ITEMS_GAP = re.compile(r"(?:\s*+,\s*+(?:and\s++)?|\s++and\s++)(?:[A-Z][\w'\u2019-]*+(?:\s*+,\s*+(?:and\s++)?|\s++and\s++))*+")


_HEADING_CHARS = 80
_TITLE_CHARS = 160  # a report's title may run longer: "Zelenskyy on morning strike on Ukraine: Russia launched ..."


def _is_heading(sent: Sentence, text: str, longest: int = 0) -> bool:
    """A line of its own, short (``longest``, else ``_HEADING_CHARS``) and without a full stop: a title or a section
    heading."""
    line = sent.text.rstrip()
    return (len(line) <= (longest or _HEADING_CHARS) and not line.endswith((".", "!", "?", ":", ";", ",", '"', "\u201d", "\u00bb"))
            and (sent.end >= len(text) or text[sent.end:sent.end + 2].lstrip(" \t")[:1] in ("\n", "")))


def _names_axis(sentence: str, r: Resolution, offset: int) -> bool:
    """True for a place named as an axis ("the Kurakhove and Pokrovsk directions"): each is one, and together they
    are where it happened; beside a place of another kind ("... near Sinkovka") they only name the front."""
    op = _OPERATION_AFTER.match(sentence, r.mention.end - offset)
    return op is not None and op.group(1).lower() in _AXES
_AXIS_OF_BEFORE = re.compile(r"\b(?:fronts?|ax[ei]s)\s+of\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*(?:,|and)\s+)?\Z")
_COMMUNITY_OF = re.compile(r",\s|\s(?:in|of)\s(?:the\s)?")
_DISTRICT_AFTER = re.compile(r"\s++(?:raion|district|rayon|(?:territorial\s+)?community|hromada)\b", re.I)
# ("Hroza, Kupiansk Raion", "Yasenove of the Pokrovsk community")
_AFTER_PLACE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]++(?:,\s{1,3}|\s(?:of|in)\s(?:the\s)?)\Z")
_COMMA_REFERENCE = re.compile(r",\s*(?:(?:about|some|around|roughly|just|approximately|nearly|almost|(?:\d+(?:\.\d+)?|[a-z]+(?:teen|ty)|one|two|three|"
                              r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:km|kilomet\w+|miles?)|"
                              r"a\s+few\s+(?:km|kilomet\w+|miles))\s+)*(?:to\s+the\s+)?(?:north|south|east|west)\w*"
                              r"\s+of\s+(?:the\s+)?(?:[\w-]+,?\s+){0,5}\Z", re.I)  # "..., the capital city of Ukraine, Kyiv"


def _modifier(sent: Sentence, cl: _Clause, r: Resolution, inherited: bool) -> spatial.Modifier:
    if inherited:
        side = spatial.find_city_side(cl.text)
        if side is not None:
            return side
        return spatial.Modifier("at", None, None, "", 0, 0)
    ms = r.mention.start - sent.start
    me = ms + (r.mention.end - r.mention.start)
    mod = spatial.find_modifier(sent.text, ms, me)
    if mod.relation == "at":
        side = spatial.find_city_side(cl.text)
        if side is not None and r.place["feature_class"] != "A":
            return side
    return mod


def _draft(report, sent: Sentence, cl: _Clause, r: Resolution, mod: spatial.Modifier,
           span: timeline.DateSpan, explicit: bool, *, carried: bool) -> _Draft:
    place = r.place
    lat, lon, unc, precision = spatial.apply_modifier(place["lat"], place["lon"], place["radius_km"], mod)
    etype, sub, weight = cl.cue
    if place["feature_class"] == "A" and precision in ("exact", "near"):
        precision = "region"
    elif precision == "exact" and place["place_id"].startswith("unlocated:"):
        precision = "near"  # a village the gazetteer lacks, pinned at its district's centre
    strength = min(1.0, 0.55 + 0.15 * weight)
    conf = r.confidence * strength * (0.95 if explicit else 0.85) * (0.8 if carried else 1.0)
    ms = r.mention.start - sent.start if not carried else -1
    actors = find_actors(cl.text) or find_actors(sent.text)
    if sub == "Non-state actor overtakes territory" and "Wagner Group" not in actors:
        sub = "Armed clash" if not any(a.startswith("Ukrainian") for a in actors[:1]) else \
            "Government regains territory"
    rec = {
        "report_id": report.id, "source": report.source,
        "published": report.published.isoformat() if report.published else None,
        "event_type": etype, "sub_event_type": sub, "actors": actors,
        "claimed_by": find_claim(sent.text),
        "place": place["name"], "place_mention": r.mention.text, "place_id": place["place_id"],
        "country_code": place["country_code"], "admin1": place["admin1"],
        "location_precision": precision, "relation": mod.relation, "uncertainty_km": round(float(unc), 2),
        "sentence": sent.text, "confidence": round(conf, 3), "date_text": span.text,
        "mention_start": ms if ms >= 0 else None,
        "mention_end": ms + (r.mention.end - r.mention.start) if ms >= 0 else None,
        "url": report.url, "title": report.title,
        "lat": lat, "lon": lon, "_sentence_index": sent.index, "_candidates": r.candidates,
    }
    return _Draft(rec, span.start, span.end, span.precision, explicit, conf)


def _weak_events(report, weak, drafts: list[_Draft]) -> list[_Draft]:
    """"Attention focused on Klishchevka" is fighting when fighting is reported within ~50 km."""
    battles = [(d.record["lat"], d.record["lon"], d.record["_sentence_index"]) for d in drafts
               if d.record["event_type"] == BATTLES]
    out = []
    for sent, cl, r, context in weak:  # context: the sentence's own (a retrospective text's, not the dateline)
        local = [(la, lo) for la, lo, si in battles if abs(si - sent.index) <= 25]
        if r.place["feature_class"] == "A" or not local:
            continue
        near = min(_km(r.place["lat"], r.place["lon"], la, lo) for la, lo in local)
        if near > 50:
            continue
        wc = _Clause(cl.start, cl.end, cl.text, (BATTLES, "Armed clash", 0.5), True, cl.dates)
        span, explicit = _clause_dates(wc, [], context, {})
        mod = _modifier(sent, wc, r, False)
        out.append(_draft(report, sent, wc, r, mod, span, explicit, carried=False))
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


_PRECISION_RANK = {p: i for i, p in enumerate(timeline.PRECISIONS)}


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Merge drafts at the same place, of the same type and precision, whose dates overlap."""
    out: list[_Draft] = []
    for d in drafts:
        for o in out:
            r1, r2 = o.record, d.record
            if (r1["place_id"] == r2["place_id"] and r1["event_type"] == r2["event_type"]
                    and o.precision == d.precision and o.start <= d.end and d.start <= o.end):
                _absorb(o, d)
                break
        else:
            out.append(d)
    return out


def _better(a: _Draft, b: _Draft) -> bool:
    """True when ``b`` is the better witness of the event than ``a``."""
    return (b.explicit, -b.record["uncertainty_km"], b.strength) > (a.explicit, -a.record["uncertainty_km"],
                                                                    a.strength)


def _absorb(keep: _Draft, other: _Draft) -> None:
    start, end = min(keep.start, other.start), max(keep.end, other.end)
    if keep.explicit != other.explicit:  # a dated witness is not widened by the dateline context
        start, end = (keep.start, keep.end) if keep.explicit else (other.start, other.end)
    elif keep.start <= other.start and other.end <= keep.end or other.start <= keep.start and keep.end <= other.end:
        # "during the first days of the invasion" and "in February 2022": the one inside the other is the closer
        start, end = max(keep.start, other.start), min(keep.end, other.end)
    actors = list(dict.fromkeys(keep.record["actors"] + other.record["actors"]))
    claimed = keep.record["claimed_by"] or other.record["claimed_by"]
    explicit = keep.explicit or other.explicit
    conf = max(keep.strength, other.strength)
    if _better(keep, other):
        keep.record = dict(other.record)
    keep.record["actors"] = actors
    keep.record["claimed_by"] = claimed
    keep.record["confidence"] = round(min(1.0, conf + 0.05), 3)
    keep.start, keep.end, keep.explicit, keep.strength = start, end, explicit, conf
    keep.record.setdefault("_merged", 1)
    keep.record["_merged"] = keep.record.get("_merged", 1) + 1


def _finish(d: _Draft) -> dict:
    rec = dict(d.record)
    rec["date"] = d.start.isoformat()
    rec["date_end"] = d.end.isoformat()
    rec["date_precision"] = d.precision
    key = f"{rec['report_id']}|{rec.pop('_sentence_index')}|{rec['place_id']}|{rec['event_type']}"
    rec["id"] = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    rec.pop("_candidates", None)
    rec["source_count"] = rec.pop("_merged", 1)
    return rec
