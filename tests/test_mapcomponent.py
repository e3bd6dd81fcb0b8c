"""The dashboard's mounted map: rendered once, exactly as streamlit-folium renders it."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import streamlit_folium

from dashboard import mapcomponent
from dashboard.mapview import build_map, to_html
from geodata.layers import events_frame

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "ukraine-2023-07-10.gold.json"


@pytest.fixture(scope="module")
def sample_map():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    places = {p["name"]: p for p in gold["places"]}
    events = events_frame([{
        "id": f"sample-{i}", "event_type": ev.get("event_type", "Battles"), "date": ev["date"],
        "date_end": ev.get("date_end", ev["date"]), "date_precision": ev.get("date_precision", "day"),
        "place": ev["place"], "lon": places[ev["place"]]["lon"], "lat": places[ev["place"]]["lat"],
        "sentence": f"Something happened in {ev['place']}.", "confidence": 0.8, "uncertainty_km": 5.0,
    } for i, ev in enumerate(gold["events"]) if ev["place"] in places])
    return build_map(events)


def test_render_gives_what_st_folium_would_send(sample_map) -> None:
    rendered = mapcomponent.render(sample_map)
    theirs = copy.deepcopy(sample_map)
    theirs.get_root().render()
    theirs.render()
    assert rendered.script == streamlit_folium._get_map_string(theirs)
    assert rendered.html == streamlit_folium._get_html(theirs)
    assert rendered.header == streamlit_folium._get_header(theirs)
    assert "FL.setup(map_div, " in rendered.script and f'"key":"{sample_map.frontline_key}"' in rendered.script
    # Leaflet and its stylesheet come inline: nothing for the browser to fetch
    assert rendered.js_links and all(link.startswith("data:") for link in rendered.js_links + rendered.css_links)


def test_render_leaves_the_map_alone_and_is_stable(sample_map) -> None:
    before = to_html(copy.deepcopy(sample_map))  # rendering adds children: render copies
    first, second = mapcomponent.render(sample_map), mapcomponent.render(sample_map)
    assert to_html(copy.deepcopy(sample_map)) == before and first.map is sample_map
    # a map rebuilt from the same events keeps its key, so the browser keeps it mounted
    assert first.digest == second.digest == mapcomponent.render(copy.deepcopy(sample_map)).digest
    assert first.script == second.script
