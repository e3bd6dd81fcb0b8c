"""The dashboard's mounted event map: streamlit-folium's component, with the map rendered once.

``st_folium`` renders the whole folium map to its script on every rerun (for
10,000 events a 2.6 MB string: Jinja, regular expressions, ``dedent`` and a
hash over it, about 0.1-0.2 s) although the dashboard's map only changes
when the store does. :func:`render` does that rendering once per map, the
same way ``st_folium`` does, and :func:`show` hands the cached strings to
streamlit-folium's own frontend: the browser gets what ``st_folium`` would
send, and the very same message on every rerun, which Streamlit then sends
as a reference to the copy the browser holds. Each view (filters, dates,
front line, selection) goes beside the map as a small page script
(:func:`dashboard.mapview.view_update`, :func:`dashboard.mapview.view_script`).

This relies on streamlit-folium's rendering helpers and component arguments
(0.27); ``pyproject.toml`` pins that minor version, and the browser tests mount
this map in Chromium.
"""
from __future__ import annotations

import copy
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import folium
import streamlit_folium as _sf


@dataclass(frozen=True)
class RenderedMap:
    """A folium map rendered for streamlit-folium's frontend, plus the map itself for views."""

    map: folium.Map
    script: str
    header: str
    html: str
    map_id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]
    bounds: Any
    zoom: Any
    digest: str


def render(m: folium.Map) -> RenderedMap:
    """Render ``m`` once as ``st_folium`` would (``m`` itself is left untouched)."""
    fig = copy.deepcopy(m)  # rendering renames and adds children
    fig.get_root().render()
    fig.render()
    css: list[str] = []
    js: list[str] = []
    for elem in _walk(fig):
        css.extend(href for _, href in getattr(elem, "default_css", []))
        js.extend(src for _, src in getattr(elem, "default_js", []))
    script = _sf._get_map_string(fig)
    return RenderedMap(
        map=m,
        script=script,
        header=_sf._get_header(fig),
        html=_sf._get_html(fig),
        map_id=_sf.get_full_id(fig),
        css_links=tuple(dict.fromkeys(css)),
        js_links=tuple(dict.fromkeys(js)),
        bounds=fig.get_bounds(),
        zoom=fig.options.get("zoom"),
        digest=hashlib.sha1(script.encode("utf-8")).hexdigest()[:16],
    )


def _walk(elem: Any) -> Iterable[Any]:
    yield elem
    for child in getattr(elem, "_children", {}).values():
        yield from _walk(child)


def show(rendered: RenderedMap, *, key: str, height: int = 600,
         returned_objects: Iterable[str] = ("last_object_clicked",)) -> dict[str, Any] | None:
    """Draw ``rendered`` and return the map's value.

    The arguments are the same on every rerun for the same map, so the browser
    keeps it mounted and Streamlit sends the message as a reference to the copy
    the browser holds; views go beside it (:func:`dashboard.mapview.view_script`).
    """
    (south, west), (north, east) = rendered.bounds if rendered.bounds[0][0] is not None else ((None, None),) * 2
    wanted = list(returned_objects)
    defaults = {
        "last_clicked": None, "last_object_clicked": None, "last_object_clicked_count": None,
        "last_object_clicked_tooltip": None, "last_object_clicked_popup": None, "all_drawings": None,
        "last_active_drawing": None,
        "bounds": {"_southWest": {"lat": south, "lng": west}, "_northEast": {"lat": north, "lng": east}},
        "zoom": rendered.zoom, "last_circle_radius": None, "last_circle_polygon": None,
        "selected_layers": None, "selected_tags": None, "last_geocoder_result": None,
    }
    return _sf._component_func(
        script=rendered.script,
        header=rendered.header,
        html=rendered.html,
        id=rendered.map_id,
        key=f"{key}-{rendered.digest}",  # the same map stays mounted; a new one mounts afresh
        height=height,
        width=None,
        returned_objects=wanted,
        default={k: v for k, v in defaults.items() if k in wanted},
        zoom=None,
        center=None,
        feature_group=None,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(rendered.css_links),
        js_links=list(rendered.js_links),
        wrap_longitude=False,
    )
