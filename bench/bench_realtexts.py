"""Accuracy on real texts that nobody on the project wrote (``tests/realtexts/``).

The texts are Wikipedia lead excerpts (CC BY-SA 4.0) about dated events of the
war.  Each
``NAME.txt`` has a hand-made ``NAME.gold.json`` (the format of the shared
sample's gold, plus a ``source`` block with the attribution) whose coordinates
come from the article's infobox or a GeoNames record.

Measures (over the gold events not marked ``optional``):

* ``located_share`` -- an extracted event lies within 25 km of the true point
  (a region's label point when the text names only a region; an event may
  carry its own ``tolerance_km`` when the text gives no closer position);
* ``dated_share`` -- such an event also carries the right date: its
  ``date``..``date_end`` span lies inside the gold span (± ``date_slack_days``),
  so a month-precision answer does not pass for a day event;
* place recall / precision, as in :mod:`bench.bench_extract`;
* event precision: extracted events that match some gold event (optional ones
  included) by place and date.

Run ``python -m bench.bench_realtexts`` for a per-text table and the totals;
``--holdout`` scores ``tests/realtexts/holdout/`` instead, and ``--holdoutN`` scores
``tests/realtexts/holdoutN/``; ``--dateline`` counts what the gold writers chose where the tool gives an
undated line the dateline span (:func:`dateline_choices`). A held-out set is gold-annotated before the extractor
ever ran on it, so that its first measurement is an unseen baseline
(``tests/realtexts/README.md`` says which were later tuned on).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "realtexts"
RUN_SETS = ("holdout", "holdout2", "holdout3", "holdout4", "holdout5")  # scored by run() beside the main set
BAR_KM = 25.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def gold_pairs(folder: Path = CORPUS) -> list[tuple[Path, dict]]:
    """Return ``(text path, gold dict)`` for every text with a gold file in ``folder``, by name."""
    return [(p, json.loads(p.with_suffix(".gold.json").read_text(encoding="utf-8")))
            for p in sorted(folder.glob("*.txt")) if p.with_suffix(".gold.json").exists()]


def _records(frame) -> list[dict]:
    return [dict(r, lat=geom.y, lon=geom.x) for r, geom in
            zip(frame.drop(columns="geometry").to_dict("records"), frame.geometry)]


def _tolerance(event: dict, place: dict) -> float:
    # 25 km even for a region: the pin must be at the region named, not at a neighbour
    return float(event.get("tolerance_km", BAR_KM))


def _date_ok(ev: dict, g: dict) -> bool:
    slack = dt.timedelta(days=g.get("date_slack_days", 0))
    start, end = dt.date.fromisoformat(ev["date"]), dt.date.fromisoformat(ev["date_end"])
    return (dt.date.fromisoformat(g["date"]) - slack <= start
            and end <= dt.date.fromisoformat(g["date_end"]) + slack)


def score(extraction, gold: dict) -> dict:
    """Compare one extraction with its gold; return counts and the failures, one line each."""
    places, events = _records(extraction.places), _records(extraction.events)
    gplaces = {p["name"]: p for p in gold["places"]}
    required = [g for g in gold["events"] if not g.get("optional")]
    failures: list[str] = []
    located = dated = 0
    for g in required:
        gp = gplaces[g["place"]]
        tol = _tolerance(g, gp)
        near = [e for e in events if _km(e["lat"], e["lon"], gp["lat"], gp["lon"]) <= tol]
        if not near:
            failures.append(f"no event within {tol:.0f} km of {g['place']} ({g['date']})")
            continue
        located += 1
        if any(_date_ok(e, g) for e in near):
            dated += 1
        else:
            got = ", ".join(sorted({f"{e['date']}..{e['date_end']}/{e['date_precision']}" for e in near}))
            failures.append(f"wrong date at {g['place']}: want {g['date']}..{g['date_end']}, got {got}")
    correct_events = sum(
        1 for e in events if any(
            _km(e["lat"], e["lon"], gplaces[g["place"]]["lat"], gplaces[g["place"]]["lon"])
            <= _tolerance(g, gplaces[g["place"]]) and _date_ok(e, g) for g in gold["events"]))
    wanted = [p for p in gold["places"] if not p.get("optional")]
    found = [p for p in wanted if any(_km(x["lat"], x["lon"], p["lat"], p["lon"]) <= p["tolerance_km"] for x in places)]
    failures += [f"missing place {p['name']}" for p in wanted if p not in found]
    right_places = 0
    for x in places:
        if any(_km(x["lat"], x["lon"], p["lat"], p["lon"]) <= p["tolerance_km"] for p in gold["places"]):
            right_places += 1
        else:
            failures.append(f"wrong place {x['name']} for {'/'.join(x['mentions'])}")
    return {"events_gold": len(required), "events_located": located, "events_dated": dated,
            "events_out": len(events), "events_correct": correct_events,
            "places_gold": len(wanted), "places_found": len(found), "places_out": len(places),
            "places_correct": right_places, "failures": failures}


def accuracy(gazetteer=None, folder: Path = CORPUS) -> dict:
    """Extract every real text in ``folder`` (published date from its gold) and score it; rows and totals."""
    from geodata.extract import extract_text

    rows = {}
    for path, gold in gold_pairs(folder):
        ex = extract_text(path.read_text(encoding="utf-8"), dt.date.fromisoformat(gold["published"]),
                          gazetteer=gazetteer)
        rows[path.stem] = score(ex, gold)
    keys = ("events_gold", "events_located", "events_dated", "events_out", "events_correct",
            "places_gold", "places_found", "places_out", "places_correct")
    tot: dict[str, float] = {k: sum(r[k] for r in rows.values()) for k in keys}
    tot["texts"] = len(rows)
    tot["located_share"] = tot["events_located"] / max(1, tot["events_gold"])
    tot["dated_share"] = tot["events_dated"] / max(1, tot["events_gold"])
    tot["event_precision"] = tot["events_correct"] / max(1, tot["events_out"])
    tot["place_recall"] = tot["places_found"] / max(1, tot["places_gold"])
    tot["place_precision"] = tot["places_correct"] / max(1, tot["places_out"])
    return {"texts": rows, "total": tot}


def dateline_choices(gazetteer=None) -> dict[str, int]:
    """What the gold writers chose where the tool gives an undated line the dateline span (the day before publication
    and the day itself): counts of gold events of every set dated ``P`` alone, ``P-1`` alone, ``P-1..P`` or
    ``other``.  It tells whether the publication day alone would be the better default (the bench's dated share
    cannot: a narrower span inside the gold's counts as right)."""
    from geodata.extract import extract_text

    counts = {"P": 0, "P-1": 0, "P-1..P": 0, "other": 0}
    for folder in [CORPUS, *sorted(p for p in CORPUS.iterdir() if p.is_dir())]:
        for path, gold in gold_pairs(folder):
            pub = dt.date.fromisoformat(gold["published"])
            day_before = pub - dt.timedelta(days=1)
            events = _records(extract_text(path.read_text(encoding="utf-8"), pub, gazetteer=gazetteer).events)
            places = {p["name"]: p for p in gold["places"]}
            for g in (g for g in gold["events"] if not g.get("optional")):
                gp = places[g["place"]]
                near = [e for e in events if _km(e["lat"], e["lon"], gp["lat"], gp["lon"]) <= _tolerance(g, gp)]
                if any(e["date_text"] for e in near) or not any(
                        e["date"] == str(day_before) and e["date_end"] == str(pub) for e in near):
                    continue  # a date the text told, or no dateline span: not the choice measured
                span = (dt.date.fromisoformat(g["date"]), dt.date.fromisoformat(g["date_end"]))
                counts[{(pub, pub): "P", (day_before, day_before): "P-1",
                        (day_before, pub): "P-1..P"}.get(span, "other")] += 1
    return counts


def run() -> dict:
    """Return the totals over the real texts (``real_*``) and the held-out sets (``holdout_*`` .. ``holdout5_*``)."""
    from geodata import gazetteer as gz

    out = {}
    for prefix, folder in (("real", CORPUS), *((name, CORPUS / name) for name in RUN_SETS)):
        tot = accuracy(gz.default(), folder)["total"]
        out.update({f"{prefix}_{k}": round(v, 3) if isinstance(v, float) else v for k, v in tot.items()})
    return out


def print_table(acc: dict) -> None:
    """Print one line per text: events located/dated, places, then what went wrong."""
    print(f"{'text':36} {'located':>8} {'dated':>7} {'places':>7} {'pl.ok':>7}  failures")
    for name, r in acc["texts"].items():
        print(f"{name:36} {r['events_located']:>3}/{r['events_gold']:<4} {r['events_dated']:>2}/{r['events_gold']:<4}"
              f" {r['places_found']:>2}/{r['places_gold']:<4} {r['places_correct']:>2}/{r['places_out']:<4}"
              f"  {'; '.join(r['failures'])}")


if __name__ == "__main__":
    import sys

    from geodata import gazetteer as gz

    args = sys.argv[1:]
    if "--dateline" in args:
        print(json.dumps(dateline_choices(gz.default())))
        sys.exit(0)
    sets = [a[2:] for a in args if a.startswith("--holdout")]
    folder = CORPUS / sets[0] if sets else CORPUS
    if not folder.is_dir():
        sys.exit(f"{sets[0]}: no such set under {CORPUS}; use --holdout, --holdout2 .. --holdout9")
    result = accuracy(gz.default(), folder)
    print_table(result)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result["total"].items()}, indent=1))
