"""Alternations grouped by first letter: the same matches as the plain alternation, on real report text."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geodata import events
from geodata.alternation import by_first_letter, first_keys, split_alternatives
from geodata.names import fold_case

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for d in ("reports", "realtexts")
         for p in sorted((ROOT / "tests" / d).rglob("*.txt"))]


def test_split_alternatives_keeps_groups_and_classes():
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f|(?<!-)g") == ["a(?:b|c)", "[|]d", r"e\|f", "(?<!-)g"]


def test_first_keys():
    assert first_keys(r"(?:fight|clash)(?:es)?|(?<!-)annex") == frozenset("fca")
    assert first_keys(r"\d+\s+km|near") == frozenset({"\\d", "n"})
    assert first_keys(r"(?:a|[bc])x") is None  # a class: not said plainly


def test_cue_of_a_letter_equals_all_cues_on_reports():
    # classify reads each cue at its start with the cues that can start with the letter there
    hits = 0
    for text in TEXTS:
        low = fold_case(text)
        for hit in events._CUE_ANY.finditer(low):
            a = events._CUE_ALL.match(low, hit.start())
            b = events._CUE_AT[low[hit.start()]].match(low, hit.start())
            assert (a.lastgroup, a.span()) == (b.lastgroup, b.span())
            hits += 1
    assert hits > 1000


def test_grouped_matches_equal_plain_on_reports():
    branches = [rf"(?:{events._lower_literals(p)})\b" for _t, _s, _w, p in events._CUES]
    plain = re.compile(r"\b(?=[a-z])(?:" + "|".join(branches) + ")")
    grouped = re.compile(r"\b(?=[a-z])" + by_first_letter(branches))
    assert len(TEXTS) >= 100
    hits = 0
    for text in TEXTS:
        low = fold_case(text)
        spans = [m.span() for m in plain.finditer(low)]
        assert [m.span() for m in grouped.finditer(low)] == spans
        hits += len(spans)
    assert hits > 500  # the reports are full of cues: the comparison is not vacuous


def test_order_within_a_letter_is_kept():
    # "take" before "taken": at "taken" the shorter branch wins in both
    assert re.match(by_first_letter(["take", "taken", "(?:took|taken)x"]), "takenx").group() == "take"
    assert re.match(by_first_letter(["(?<!-)annex", "attack"]), "annex").group() == "annex"
    assert re.search(by_first_letter(["(?<!-)annex", "attack"]), "Russian-annexed") is None
    assert re.search(by_first_letter([r"\bafu\b", "armed"]), "the disarmed afu").group() == "armed"
    assert re.search(by_first_letter([r"\bafu\b"]), "xafu") is None


@pytest.mark.parametrize("branch", [r"\w+x", "(?P<x>a)b", "a(b)", "[ab]c", "a?b"])
def test_unfit_branch_is_refused(branch):
    with pytest.raises(ValueError, match="plain letter"):
        by_first_letter(["ok", branch])


def test_grouped_actor_and_claim_patterns_match_as_written():
    # events searches the folded text with the re.I patterns' literals lowered and their branches grouped
    scans = [(rx, re.compile(events._lower_literals(orig.pattern)))
             for (_n, _needs, rx, folded), (_m, orig) in zip(events._ACTOR_SCANS + events._CLAIM_SCANS,
                                                             events._ACTORS + events._CLAIMS) if folded]
    assert len(scans) >= 10 and any("(?=" in rx.pattern for rx, _plain in scans)
    hits = 0
    for text in TEXTS:
        low = fold_case(text)
        for rx, plain in scans:
            spans = [m.span() for m in plain.finditer(low)]
            assert [m.span() for m in rx.finditer(low)] == spans
            hits += len(spans)
    assert hits > 200


def test_anchored_date_starts_match_as_written():
    # timeline finds "the next day", "two days later" ... with a grouped, group-free copy of _ANCHORED
    from geodata import timeline

    plain = re.compile(r"(?=[a-z0-9])(?:" + timeline._ANCHORED.pattern[len("(?i:"):])
    assert timeline._ANCHORED_FOLDED is not None and timeline._ANCHORED_FOLDED.pattern != plain.pattern
    hits = 0
    for text in TEXTS:
        low = fold_case(text)
        spans = [m.span() for m in plain.finditer(low)]
        assert [m.span() for m in timeline._ANCHORED_FOLDED.finditer(low)] == spans
        hits += len(spans)
    assert hits > 30


def test_optional_group_and_digit_branches():
    rx = re.compile(by_first_letter([r"(?:a)?ab", r"(?:(?:just|only)\s)?days", r"\d{1,2}\s+days", "x"]))
    assert rx.match("ab").group() == "ab" and rx.match("aab").group() == "aab"
    assert rx.match("only days").group() == "only days" and rx.match("days").group() == "days"
    assert rx.match("12 days").group() == "12 days" and rx.match("x").group() == "x"
