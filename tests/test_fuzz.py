"""Fuzzing: hostile text and files through every parser, the pipeline and every regex.

Property-based tests (hypothesis) feed random Unicode, mixed Latin/Cyrillic,
very long tokens, pathological punctuation, stacked modifiers ("near near near")
and numbers ("20 km south of") to the text pipeline, the date finder, the
spatial modifiers, the report readers, the front-line importer and name
folding.  The properties: nothing raises but the project's ``FrontlineError``
types; offsets point into the text; coordinates, radii and dates are valid.

Every module-level regex of ``geodata`` is timed on adversarial strings, and a
1 MB hostile report is extracted in a child process within a time bound.
Inputs that once crashed a parser (found by ``bench/fuzz_parsers.py``, atheris)
live in ``tests/fuzz_corpus/<target>/`` and are replayed here.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geodata import names, spatial, timeline
from geodata.errors import FrontlineError
from geodata.extract import extract
from geodata.reports import decode_bytes, html_to_text, read_reports, report_from_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fuzz_corpus"
PUBLISHED = dt.date(2023, 7, 10)
PRECISIONS = {"day", "week", "month", "year"}
LOCATION_PRECISIONS = {"exact", "near", "region", "country"}

FUZZ = settings(max_examples=120, deadline=dt.timedelta(seconds=5), derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

# --- strategies ---------------------------------------------------------------------------------

_WAR_WORDS = [
    "near", "near near near", "20 km south of", "3.5 miles north-east of", "west of", "outskirts of",
    "northern", "on the southern side of", "the border areas in the", "region", "oblast", "direction",
    "Bakhmut", "Klishchiivka", "Klishchevka", "Kiev", "Київ", "Харків", "Liman", "Lyman", "Avdiivka",
    "Donetsk", "Sumy", "Kherson", "the Kiev regime", "Russian forces", "Ukrainian troops", "shelled",
    "attacked", "repelled", "drone strike", "according to the Russian Defense Ministry", "said",
    "on July 9", "last May", "at the end of last June", "in recent days", "this week", "on Sunday",
    "more than 500 days of war", "2023-07-09", "9 July 2023", "July 9-11", "yesterday", "overnight",
    "NATO", "Wagner", "S200", "HIMARS", "Mr.", "Gen.", "U.S.", "St.", "...", "!!!", "?!", "\u2026",
    "\u2014", "\u2013", "-", "'s", "\u2019s", "(", ")", "[", "]", '"', "\u201c", "\u201d", ",", ";", ":",
    "\n", "\n\n", "\t", " ", "  ", "\u00a0", "\u200b", "\ufeff", "\u0301", "Z", "V", "0", "99999999999",
    "-1", "1e308", "\u0130", "\u00df", "\ufb01", "\U0001f600", "Ꙗ", "ǅ",
]
_SCRIPT_CHARS = st.characters(codec="utf-8", categories=("Lu", "Ll", "Nd", "Pd", "Ps", "Pe", "Po", "Zs"))
_MIXED = st.text(alphabet=st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "абвгдеєжзиіїйклмнопрстуфхцчшщьюяАБВГДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯёЁъыэ'’ʼ-.,!? \n0123456789"),
    max_size=80)
_PIECE = st.one_of(st.sampled_from(_WAR_WORDS), _MIXED, st.text(max_size=30),
                   st.text(alphabet=_SCRIPT_CHARS, max_size=30))
_LONG_TOKEN = st.builds(lambda ch, n: ch * n, st.sampled_from(list("aZж.,-'(!1 \u2014")),
                        st.integers(200, 5000))

texts = st.one_of(
    st.lists(_PIECE, max_size=40).map(" ".join),
    st.lists(st.one_of(_PIECE, _LONG_TOKEN), max_size=8).map("".join),
    st.text(max_size=300),
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


def _check_offsets(text: str, start: int, end: int, piece: str | None = None) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    if piece is not None:
        assert text[start:end] == piece


# --- the text pipeline ----------------------------------------------------------------------------

@FUZZ
@given(text=texts, published=dates)
@example(text="Russian forces shelled 20 km south of Bakhmut near near near Soledar on Sunday.",
         published=PUBLISHED)
@example(text="near " * 400 + "Bakhmut.", published=PUBLISHED)
@example(text="Київ і Kiev, Klishchevka and Liman: 5 km north-east of Avdiivka!!!", published=dt.date(1900, 1, 1))
def test_extract_never_crashes_and_gives_valid_events(gazetteer, text, published):
    try:
        report = report_from_text(text, published)
        ex = extract(report, gazetteer=gazetteer)
    except FrontlineError:
        return
    for ev in ex.event_records:
        assert -90 <= ev["lat"] <= 90 and -180 <= ev["lon"] <= 180, ev
        assert math.isfinite(ev["uncertainty_km"]) and ev["uncertainty_km"] >= 0
        assert 0 <= ev["confidence"] <= 1
        assert ev["location_precision"] in LOCATION_PRECISIONS
        start, end = dt.date.fromisoformat(ev["date"]), dt.date.fromisoformat(ev["date_end"])
        assert start <= end and ev["date_precision"] in PRECISIONS
        sentence = ev["sentence"]
        assert sentence in report.text
        _check_offsets(sentence, ev["mention_start"], ev["mention_end"], ev["place_mention"])
    for pl in ex.place_records:
        assert -90 <= pl["lat"] <= 90 and -180 <= pl["lon"] <= 180
        assert pl["mentions"] and all(m in report.text for m in pl["mentions"])


@FUZZ
@given(text=texts, published=dates)
@example(text="on July 9, last May, at the end of last June and 2023-02-30", published=PUBLISHED)
@example(text="next week, this year, in recent days", published=dt.date(2100, 12, 31))
@example(text="last year, last May, on Monday", published=dt.date(1900, 1, 1))
def test_find_dates_spans_are_valid_and_point_into_the_text(text, published):
    try:
        spans = timeline.find_dates(text, published)
    except FrontlineError:
        return
    for s in spans:
        assert isinstance(s.start, dt.date) and isinstance(s.end, dt.date)
        assert s.start <= s.end and s.precision in PRECISIONS
        if s.text:
            _check_offsets(text, s.offset, s.offset + len(s.text), s.text)


@FUZZ
@given(sentence=texts, data=st.data(),
       lat=st.floats(-90, 90), lon=st.floats(-180, 180), radius=st.floats(0, 2000))
def test_spatial_modifiers_stay_on_the_globe(sentence, data, lat, lon, radius):
    a = data.draw(st.integers(0, len(sentence)))
    b = data.draw(st.integers(a, len(sentence)))
    try:
        mod = spatial.find_modifier(sentence, a, b)
        new_lat, new_lon, unc, precision = spatial.apply_modifier(lat, lon, radius, mod)
    except FrontlineError:
        return
    _check_offsets(sentence, mod.start, mod.end)
    assert mod.relation in spatial.RELATIONS
    if mod.distance_km is not None:
        assert math.isfinite(mod.distance_km) and mod.distance_km >= 0
    assert -90 <= new_lat <= 90 and -180 <= new_lon <= 180
    assert math.isfinite(unc) and unc >= 0 and precision in LOCATION_PRECISIONS


@FUZZ
@given(sentence=st.builds(lambda n, unit, place: f"{n} {unit} {place} Bakhmut.",
                          st.one_of(st.integers(-10**6, 10**12).map(str), st.floats(allow_nan=True).map(str)),
                          st.sampled_from(["km", "kilometres", "miles", "mi"]),
                          st.sampled_from(["south of", "north-east of", "west of", "from"])))
def test_absurd_distances_are_refused_or_bounded(sentence):
    start = sentence.index("Bakhmut")
    try:
        mod = spatial.find_modifier(sentence, start, start + len("Bakhmut"))
        lat, lon, unc, _ = spatial.apply_modifier(48.59, 38.0, 4.1, mod)
    except FrontlineError:
        return
    assert -90 <= lat <= 90 and -180 <= lon <= 180 and math.isfinite(unc)


@FUZZ
@given(name=st.one_of(texts, st.text(alphabet=_SCRIPT_CHARS, max_size=60)))
@example(name="Kleshcheevka")
@example(name="\u0130stanbul \ufb01 Straße")
def test_fold_is_idempotent_and_total(name):
    folded = names.fold(name)
    assert isinstance(folded, str)
    assert names.fold(folded) == folded
    assert isinstance(names.variant_key(name), str)
    assert isinstance(names.skeleton(name), str)
    if names.is_cyrillic(name):
        assert all(isinstance(r, str) for r in names.romanisations(name))


# --- report readers ---------------------------------------------------------------------------------

def _jsonl_lines():
    value = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts, dates.map(str),
                      st.text(max_size=12))
    record = st.fixed_dictionaries({}, optional={
        "id": value, "published": st.one_of(value, dates.map(str)), "text": st.one_of(texts, value),
        "source": value, "url": value, "title": value, "date": value})
    line = st.one_of(record.map(json.dumps), st.text(max_size=40), st.just("{"), st.just("[]"),
                     st.just('"text"'), st.just("null"))
    return st.lists(line, max_size=6).map("\n".join)


def _csv_text():
    cell = st.one_of(texts, dates.map(str), st.text(max_size=10), st.just('"'), st.just('""'))
    header = st.lists(st.sampled_from(["id", "published", "text", "source", "url", "title", "x", ""]),
                      min_size=1, max_size=6)
    return st.builds(lambda h, rows, q: "\n".join([",".join(h)] + [
        ",".join(f'"{c}"' if q else c for c in r) for r in rows]), header,
        st.lists(st.lists(cell, max_size=7), max_size=5), st.booleans())


_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1251"]
report_bytes = st.one_of(
    st.binary(max_size=600),
    st.tuples(texts, st.sampled_from(_ENCODINGS)).map(lambda t: t[0].encode(t[1], errors="replace")),
    st.tuples(_jsonl_lines(), st.sampled_from(_ENCODINGS)).map(lambda t: t[0].encode(t[1], errors="replace")),
    st.tuples(_csv_text(), st.sampled_from(_ENCODINGS)).map(lambda t: t[0].encode(t[1], errors="replace")),
    st.builds(lambda a, b: f"<html><title>{a}</title><body><p>{b}<script>{a}</script><br>{b}".encode(),
              texts, texts),
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-files")


@FUZZ
@given(data=report_bytes, suffix=st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".md", ".ndjson"]),
       published=st.one_of(st.none(), dates))
@example(data=b'{"text": "Bakhmut", "published": "2023-02-30"}\n{"text": 5}\n{', suffix=".jsonl",
         published=None)
@example(data=b"\xff\xfe" + "Київ".encode("utf-16-le") + b"\x00", suffix=".txt", published=PUBLISHED)
@example(data=b"text,published\n\"unterminated,2023-07-10\n", suffix=".csv", published=None)
@example(data=b'{"text": "Bakhmut.", "published": "2023-07-10", "source": 5, "url": [1], "title": {}}',
         suffix=".jsonl", published=None)
def test_report_readers_yield_clean_reports_or_one_error(scratch, data, suffix, published):
    path = scratch / f"report{suffix}"
    path.write_bytes(data)
    errors: list[str] = []
    try:
        reports = list(read_reports(path, published=published, errors=errors))
    except FrontlineError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
        return
    for rep in reports:
        assert isinstance(rep.id, str) and rep.id
        assert isinstance(rep.published, dt.date)
        assert isinstance(rep.text, str) and rep.text.strip()
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", rep.text)
        assert all(v is None or isinstance(v, str) for v in (rep.source, rep.url, rep.title))
        assert len(rep.content_hash) == 64
    assert all(isinstance(e, str) and "\n" not in e for e in errors)


@FUZZ
@given(data=st.binary(max_size=400))
def test_decode_and_strip_markup_of_any_bytes(data):
    try:
        text = decode_bytes(data, "fuzz.txt")
    except FrontlineError:
        return
    body, title = html_to_text(text)
    assert isinstance(body, str) and (title is None or isinstance(title, str))


# --- front-line importer -------------------------------------------------------------------------

_coord = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.floats(22, 41), st.floats(44, 53),
                   st.integers(-1000, 1000), st.text(max_size=3), st.none())
_position = st.lists(_coord, max_size=4)
_ring = st.one_of(st.lists(_position, max_size=6),
                  st.builds(lambda pts: [*pts, pts[0]] if pts else pts,
                            st.lists(st.tuples(st.floats(30, 40), st.floats(45, 50)).map(list),
                                     min_size=0, max_size=6)))
_json = st.recursive(st.one_of(st.none(), st.booleans(), st.floats(), st.integers(), st.text(max_size=8)),
                     lambda inner: st.one_of(st.lists(inner, max_size=3),
                                             st.dictionaries(st.text(max_size=6), inner, max_size=3)),
                     max_leaves=12)
_geometry = st.one_of(
    st.fixed_dictionaries({"type": st.just("Polygon"), "coordinates": st.lists(_ring, max_size=3)}),
    st.fixed_dictionaries({"type": st.just("MultiPolygon"),
                           "coordinates": st.lists(st.lists(_ring, max_size=2), max_size=3)}),
    st.fixed_dictionaries({"type": st.sampled_from(["GeometryCollection", "Point", "LineString", "Polygon", 5]),
                           "geometries": st.lists(_json, max_size=2), "coordinates": _json}),
    _json)
_feature = st.fixed_dictionaries(
    {"type": st.sampled_from(["Feature", "feature", None]), "geometry": _geometry},
    optional={"properties": st.one_of(_json, st.fixed_dictionaries({}, optional={
        "name": st.sampled_from(["Occupied /// Окуповано", "ORDLO///ОРДЛО", "x", ""]),
        "date": st.one_of(dates.map(str), _json)}))})
control_docs = st.one_of(
    st.fixed_dictionaries({"type": st.just("FeatureCollection"), "features": st.one_of(
        st.lists(_feature, max_size=4), _json)}, optional={"crs": _json, "date": _json}),
    _feature, _geometry, _json)


@FUZZ
@given(doc=control_docs, date=st.one_of(st.none(), dates, st.just("2023-13-45")))
@example(doc={"type": "Polygon", "coordinates": [[[37.0, 48.0], [37.5, 48.0]]]}, date=PUBLISHED)
@example(doc={"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {
    "type": "Polygon", "coordinates": [[[37.0, 48.0], [37.5, 48.0], [37.5, 48.5], [37.0, 48.0]]]}}],
    "crs": {"properties": {"name": "EPSG:3857"}}}, date=PUBLISHED)
def test_control_importer_accepts_or_refuses_in_one_line(scratch, doc, date):
    from shapely.geometry import MultiPolygon

    from geodata.frontline import read_control_file

    path = scratch / "frontline-2023-07-10.geojson"
    path.write_text(json.dumps(doc), encoding="utf-8")
    try:
        day, geom, digest = read_control_file(path, date=date)
    except FrontlineError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(day, dt.date)
    assert isinstance(geom, MultiPolygon) and geom.is_valid and not geom.is_empty
    assert re.fullmatch(r"[0-9a-f]{64}", digest)


# --- corpora of inputs that once crashed a parser (bench/fuzz_parsers.py) ------------------------------

def _corpus(target: str) -> list[Path]:
    folder = CORPUS / target
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")) if folder.is_dir() else []


def _corpus_params() -> list:
    sys.path.insert(0, str(ROOT))
    from bench.fuzz_parsers import TARGETS

    return [pytest.param(t, p, id=f"{t}/{p.name}") for t in TARGETS for p in _corpus(t)]


@pytest.mark.parametrize(("target", "path"), _corpus_params())
def test_fuzz_corpus_replays_without_a_crash(gazetteer, target, path, tmp_path, monkeypatch):
    from bench import fuzz_parsers

    monkeypatch.setattr(fuzz_parsers, "_SCRATCH", tmp_path)
    fuzz_parsers.TARGETS[target](path.read_bytes())  # raises anything but FrontlineError on a regression


def test_the_corpus_holds_the_crashes_that_were_fixed():
    assert sum(len(_corpus(t)) for t in ("reports", "geonames", "control", "dates")) >= 1


# --- regexes: no catastrophic backtracking --------------------------------------------------------

#: Patterns only ever applied to short, bounded input, with that bound (characters)
#: and the method used; every other pattern is scanned with finditer over 50,000+
#: characters, as the text pipeline does with sentences and reports.
_BOUNDED = {
    "gazetteer._REGION_SUFFIX": ("fullmatch", 200),  # names <= MAX_NAME_CHARS, checked first
    "gazetteer._REGION_PREFIX": ("fullmatch", 200),
    "gazetteer._LATLON": ("fullmatch", 200),
    # anchored at one position (``.match(sentence, end)``) after a mention or cue, never scanned
    "events._SAYS": ("match", None),
    "toponyms._ACTOR_AFTER": ("match", None),
    "toponyms._PERSON_AFTER": ("match", None),
    "toponyms._NOT_SETTLEMENT_AFTER": ("match", None),
    "toponyms._PLURAL_REGION": ("match", None),
    "toponyms._SINGLE_REGION": ("match", None),
    "toponyms._LIST_AFTER": ("match", None),
    "events._OPERATION_AFTER": ("match", None),
    "events._DISTRICT_AFTER": ("match", None),
    # tried whole on a line of at most events._FRAGMENT_CHARS characters
    "events._REGIONS_MORE": ("fullmatch", 80),
    "events._DIRECTION_LINE": ("fullmatch", 80),  # a line of its own, <= _FRAGMENT_CHARS
    "events._ITEMS_GAP": ("fullmatch", 200),  # the gap between two items, <= _ITEMS_GAP_CHARS
    "resolve._IN_LOCATOR": ("fullmatch", 8),  # the gap between a town and its region, <= 8 characters
}

_REGEX_PROBE = textwrap.dedent(r'''
    import importlib, json, pkgutil, re, signal, sys, time
    import geodata
    budget, bounded = float(sys.argv[1]), json.loads(sys.argv[2])
    from geodata import events
    for letter in "abcdefghijklmnopqrstuvwxyz":
        events._CUE_AT[letter]  # the per-letter cue patterns, compiled when first met: all of them here
    patterns = {}
    for info in pkgutil.iter_modules(geodata.__path__):
        module = importlib.import_module(f"geodata.{info.name}")
        for attr, value in vars(module).items():
            values = ({"": value} if isinstance(value, re.Pattern) else
                      {f"[{k}]": v for k, v in value.items()} if isinstance(value, dict) else
                      {f"[{k}]": v for k, v in enumerate(value)} if isinstance(value, (list, tuple)) else {})
            for suffix, v in values.items():
                if isinstance(v, re.Pattern):
                    patterns[f"{info.name}.{attr}{suffix}"] = v
    N = 50_000
    hostile = {
        "letters": "a" * N, "capitals": "A" * N, "cyrillic": "\u0416" * N, "spaces": " " * N,
        "newlines": "\n" * N, "digits": "1" * N, "dots": "." * N, "commas": "," * N, "dashes": "-" * N,
        "apostrophes": "'" * N, "words": "a " * 100_000, "Words": "Aa " * 20_000,
        "nested": "(" * 20_000 + "[" * 5_000 + ")" * 20_000, "near": "near " * 10_000,
        "km": "20 km south of " * 3_000, "places": "Bakhmut Avdiivka " * 3_000, "dates": "July 9 2023 " * 4_000,
        "mixed": "a\u04161.-' " * 8_000, "long_token": "x" * N + " region", "almost": "the " + "a " * 20_000 + "regio",
    }
    class Slow(Exception):
        pass
    def _alarm(*_):
        raise Slow
    signal.signal(signal.SIGALRM, _alarm)
    worst = {}
    for name, p in patterns.items():
        how, bound = bounded.get(name, ("finditer", None))
        for label, text in hostile.items():
            text = text[:bound] if bound else text
            t = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, budget)
            try:
                if how == "finditer":
                    for _ in p.finditer(text):
                        pass
                else:
                    getattr(p, how)(text)
                    p.match(text)
            except Slow:
                pass
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.perf_counter() - t
            if took > worst.get(name, (0.0, ""))[0]:
                worst[name] = (took, label)
    print(json.dumps(worst))
''')


# Catastrophic backtracking takes minutes on these inputs; the slowest linear pattern (timeline._PATTERN on 200,000
# characters of "a a a ...") takes 0.4 s on a quiet 2-core machine and 1.0 s when two test workers share it.
_REGEX_BUDGET_S = 2.5


@pytest.fixture(scope="module")
def regex_times(alone_for_module) -> dict[str, tuple[float, str]]:
    """Worst time (and input) of every module-level regex of geodata, measured in a child process."""
    with alone_for_module():  # not beside the other xdist worker: the budget is wall-clock time
        proc = subprocess.run([sys.executable, "-c", _REGEX_PROBE, str(_REGEX_BUDGET_S), json.dumps(_BOUNDED)],
                              capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {name: (t, label) for name, (t, label) in json.loads(proc.stdout).items()}


@pytest.mark.slow
def test_every_regex_finishes_on_adversarial_input(regex_times):
    assert len(regex_times) >= 40  # the patterns were found (names.py, timeline.py, toponyms.py ...)
    slow = {name: (round(t, 2), label) for name, (t, label) in regex_times.items()
            if t >= _REGEX_BUDGET_S}
    assert not slow, f"regexes over {_REGEX_BUDGET_S} s on 50,000+ hostile characters: {slow}"


_BIG_PROBE = textwrap.dedent(r'''
    import datetime as dt, json, random, sys, time
    from geodata import gazetteer
    from geodata.extract import extract
    from geodata.reports import report_from_text
    gaz = gazetteer.default()
    M = 1_000_000
    rng = random.Random(9)
    pieces = list("aAЖж1.,;:-'\"()[]  \n\t…—") + ["Bakhmut ", "near ", "20 km south of ", "on July 9 ",
                                                   "north of ", "region ", "Kyiv's ", "Mr. ", "U.S. "]
    texts = {
        "dots": "." * M, "one_token": "A" * M, "words": "a " * (M // 2), "parentheses": "(" * (M // 2) + ")" * (M // 2),
        "near": "near " * (M // 5) + "Bakhmut", "km": "20 km south of Bakhmut, " * (M // 24),
        "dates": "on July 9 and last May in recent days " * (M // 38),
        "sentences": "Russian forces shelled Bakhmut on Sunday. " * (M // 42),
        "mixed": "".join(rng.choice(pieces) for _ in range(M))[:M],
        "places": "Avdiivka Bakhmut Soledar Kherson Kyiv " * (M // 38),
    }
    out = {}
    for name in sys.argv[1:]:
        t = time.perf_counter()
        ex = extract(report_from_text(texts[name], dt.date(2023, 7, 10)), gazetteer=gaz)
        out[name] = [round(time.perf_counter() - t, 2), len(ex.event_records)]
    print(json.dumps(out))
''')
_BIG_BOUND_S = 30.0


@pytest.mark.slow
@pytest.mark.parametrize("kind", [
    "words", "parentheses", "near", "sentences", "mixed", "dots", "one_token", "km", "dates", "places",
])
def test_one_megabyte_hostile_report_in_bounded_time(gazetteer, kind, alone):
    try:
        proc = subprocess.run([sys.executable, "-c", _BIG_PROBE, kind], capture_output=True, text=True,
                              timeout=_BIG_BOUND_S + 15, cwd=ROOT, env=dict(os.environ))
    except subprocess.TimeoutExpired:
        proc = None
    assert proc is not None, f"extracting the 1 MB {kind!r} text took over {_BIG_BOUND_S + 15:.0f} s"
    assert proc.returncode == 0, proc.stderr[-2000:]
    seconds, _events = json.loads(proc.stdout)[kind]
    assert seconds < _BIG_BOUND_S, f"{kind}: {seconds} s"
