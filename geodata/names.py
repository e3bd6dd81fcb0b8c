"""Place-name keys: folding, romanisation-insensitive variants and fuzzy scores.

News reports spell the same village many ways: ``Klishchiivka`` (official
Ukrainian romanisation), ``Kleshcheevka`` (from Russian), ``Klyshchiyivka``
(GeoNames) or ``Klishchevka``.  The gazetteer indexes every name under two
keys so that such spellings meet without a slow fuzzy scan:

* :func:`fold` -- case, diacritics, apostrophes and hyphens removed;
* :func:`variant_key` -- the folded name with the usual Ukrainian/Russian
  romanisation differences evened out (y/i/e, kh/h, g/h, doubled letters,
  soft signs, adjective endings);
* :func:`skeleton` -- the consonants of the variant key, used to gather
  candidates for fuzzy scoring (:func:`similarity`).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz
from translitua import (
    RussianICAO,
    RussianInternationalPassport1997,
    UkrainianBGN,
    UkrainianKMU,
    translit,
)

_APOSTROPHES = "'’ʼ`´ʹʺ″′‘ʻʽ\""
_SEPARATORS = "-‐‑‒–—_./,()[]"
_SPECIAL = {"ß": "ss", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "þ": "th", "œ": "oe",
            "ı": "i", "ŀ": "l", "ħ": "h", "ŧ": "t"}


def _fold_table() -> dict[int, str]:
    """Map Latin letters with diacritics to ASCII, drop apostrophes, space separators."""
    table: dict[int, str] = {}
    ranges = list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00))
    for cp in ranges:
        ch = chr(cp)
        low = ch.lower()
        if low in _SPECIAL:
            table[cp] = _SPECIAL[low]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        if base.isascii() and base.isalpha():
            table[cp] = base
    for ch in _APOSTROPHES:
        table[ord(ch)] = ""
    for ch in _SEPARATORS:
        table[ord(ch)] = " "
    for cp in range(0x0300, 0x0370):  # stray combining marks on Latin text
        table[cp] = ""
    return table


_FOLD = _fold_table()
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_UK_ONLY = set("іїєґ")
_RU_ONLY = set("ыэъё")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Return ``name`` lower-cased, without diacritics, apostrophes or hyphens.

    Latin letters lose their accents (``Dnipró`` -> ``dnipro``); Cyrillic keeps
    its letters (``й`` and ``ї`` are distinct letters, not accented ones).
    Hyphens and dots become spaces and runs of spaces collapse, so
    ``Kup'yansk`` -> ``kupyansk`` and ``Ivano-Frankivsk`` -> ``ivano frankivsk``.
    Memoised: extraction folds the same few names over and over.
    """
    if name.isascii():
        text = name.lower().translate(_FOLD)
    else:
        text = unicodedata.normalize("NFC", name).casefold().translate(_FOLD)
    return " ".join(text.split())


# Ordered rewrites of the folded, space-free name (applied one after the other).
# Placeholders in upper case keep digraphs apart from the single letters they contain.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("w", "v"), ("ph", "f"), ("x", "ks"), ("q", "k"),
    ("tsch", "C"), ("tch", "C"),
    ("shch", "W"), ("sch", "W"), ("szcz", "W"),
    ("sh", "S"), ("sz", "S"), ("zh", "Z"), ("ch", "C"), ("cz", "C"),
    ("kh", "h"), ("ts", "c"), ("tz", "c"),
)
_LETTERS = str.maketrans({"g": "h", "y": "i", "j": "i", "e": "i"})
_DOUBLES = re.compile(r"(.)\1+")
_NO_VOWELS = str.maketrans("", "", "aiou")
_NON_LETTERS = re.compile(r"[^a-z\u0400-\u04ff]")


def variant_of_folded(folded: str) -> str:
    """Return :func:`variant_key` of a name that is already folded."""
    text = folded.replace(" ", "")
    if not text.isalpha():
        text = _NON_LETTERS.sub("", text)
    if not text.isascii():
        if not _CYRILLIC.search(text):
            return text
        text = _NON_LETTERS.sub("", fold(translit(text, UkrainianKMU)).replace(" ", ""))
        if not text.isascii():
            return text
    for old, new in _DIGRAPHS:
        if old in text:
            text = text.replace(old, new)
    text = _DOUBLES.sub(r"\1", text.translate(_LETTERS))
    stripped = text.rstrip("aiou")
    return stripped if len(stripped) >= 4 else text


@lru_cache(maxsize=65536)
def variant_key(name: str) -> str:
    """Return a romanisation-insensitive key of ``name``.

    Spellings that differ only by the usual Ukrainian/Russian romanisation
    choices share the key: ``Klishchiivka``, ``Klyshchiyivka``, ``Kleshcheevka``
    and ``Klishchevka`` all give ``kliWivk``; ``Urozhaine`` and ``Urozhaynoye``
    give ``uroZain``.  Trailing vowels are dropped so that "-e", "-ye", "-oye"
    and "-yi" endings meet.  Cyrillic input is romanised first.
    """
    return variant_of_folded(fold(name))


def skeleton_of_variant(key: str) -> str:
    """Return the consonant skeleton of a variant key."""
    return key.translate(_NO_VOWELS) if key.isascii() else key


def skeleton(name: str) -> str:
    """Return the consonant skeleton of ``name`` (its variant key without vowels)."""
    return skeleton_of_variant(variant_key(name))


def is_latin(name: str) -> bool:
    """Return True when ``fold(name)`` is plain ASCII (a name worth indexing for English text)."""
    return fold(name).isascii()


def is_cyrillic(name: str) -> bool:
    """Return True when ``name`` contains Cyrillic letters."""
    return bool(_CYRILLIC.search(name))


def romanisations(cyrillic: str) -> list[str]:
    """Return Ukrainian and Russian romanisations of a Cyrillic name, unique, in order.

    Ukrainian-only letters (і ї є ґ) select the Ukrainian tables (KMU 2010, BGN),
    Russian-only letters (ы э ъ ё) the Russian ones (ICAO, passport 1997); a name
    with neither gets both.
    """
    letters = set(cyrillic.lower())
    tables = []
    if not letters & _RU_ONLY:
        tables += [UkrainianKMU, UkrainianBGN]
    if not letters & _UK_ONLY:
        tables += [RussianICAO, RussianInternationalPassport1997]
    out: list[str] = []
    for table in tables:
        latin = translit(cyrillic, table)
        if latin.isascii() and latin not in out:
            out.append(latin)
    return out


def similarity(query: str, name: str) -> float:
    """Return a 0..100 similarity of two names, on their variant keys and folded forms."""
    a, b = variant_key(query), variant_key(name)
    if a == b:
        return 100.0
    return max(fuzz.ratio(a, b), fuzz.ratio(fold(query), fold(name)))


# What re.I does to text against ASCII letters: A-Z, and the four non-ASCII letters
# that Python's re also matches to one of them (dotted and dotless I, long s, Kelvin sign).
_CASE_FOLD = {**{c: c + 32 for c in range(0x41, 0x5B)}, 0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


_CASE_FOLD_RARE = {c: v for c, v in _CASE_FOLD.items() if c > 0x7F}


def fold_case(text: str) -> str:
    """Lower-case ``text`` exactly as re.I compares it with lower-case ASCII literals (for substring pre-checks)."""
    if text.isascii():
        return text.lower()
    # bytes.lower() changes A-Z only (every byte of a UTF-8 multi-byte sequence is >= 0x80):
    # the ASCII half of _CASE_FOLD at C speed, where str.translate looks up each character
    low = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    if any(map(low.__contains__, _CASE_FOLD_RARE_CHARS)):
        low = low.translate(_CASE_FOLD_RARE)
    return low


_CASE_FOLD_RARE_CHARS = tuple(chr(c) for c in _CASE_FOLD_RARE)
