"""Offline web assets for the map: Leaflet, jQuery and markercluster from installed packages.

folium points every script and stylesheet at a CDN, which leaves a blank map
offline. These helpers read the same libraries from the ``xstatic`` packages
and hand them out as ``data:`` URIs, so a folium map (and streamlit-folium,
which loads a map's ``default_js``/``default_css`` by URL) needs no network.
Images referenced from the stylesheets (the layer-control icon, the default
marker) are inlined too.
"""
from __future__ import annotations

import base64
import functools
import re
from pathlib import Path

import xstatic.pkg.jquery as _jquery
import xstatic.pkg.leaflet as _leaflet
import xstatic.pkg.leaflet_markercluster as _markercluster

LEAFLET_DIR = Path(_leaflet.BASE_DIR)
MARKERCLUSTER_DIR = Path(_markercluster.BASE_DIR)
JQUERY_DIR = Path(_jquery.BASE_DIR)

_MIME = {".js": "text/javascript", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml"}


def data_uri(data: bytes, mime: str) -> str:
    """Return ``data`` as a base64 ``data:`` URI of type ``mime``."""
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


@functools.lru_cache(maxsize=None)
def file_uri(path: Path) -> str:
    """Return the file at ``path`` as a ``data:`` URI (type from its suffix)."""
    return data_uri(Path(path).read_bytes(), _MIME[Path(path).suffix])


def _inline_css_images(css: str, base: Path) -> str:
    """Replace relative ``url(...)`` references in ``css`` with data URIs of files under ``base``."""

    def repl(match: re.Match[str]) -> str:
        ref = match.group(2)
        if ref.startswith(("data:", "#")):
            return match.group(0)
        path = (base / ref).resolve()
        if not path.is_file() or path.suffix not in _MIME:
            return "url()"  # never leave a relative or remote reference behind
        return f"url({file_uri(path)})"

    return re.sub(r"url\((['\"]?)([^'\")]+)\1\)", repl, css)


@functools.lru_cache(maxsize=None)
def _css_uri(path: Path) -> str:
    css = _inline_css_images(path.read_text(encoding="utf-8"), path.parent)
    return data_uri(css.encode("utf-8"), "text/css")


@functools.lru_cache(maxsize=None)
def marker_icon_uris() -> dict[str, str]:
    """Return Leaflet's default marker images as data URIs (``iconUrl``, ``iconRetinaUrl``, ``shadowUrl``)."""
    images = LEAFLET_DIR / "images"
    return {
        "iconUrl": file_uri(images / "marker-icon.png"),
        "iconRetinaUrl": file_uri(images / "marker-icon-2x.png"),
        "shadowUrl": file_uri(images / "marker-shadow.png"),
    }


def js_links(*, cluster: bool = False, jquery: bool = False) -> list[tuple[str, str]]:
    """Return ``(name, data URI)`` pairs for the scripts, in load order, for folium's ``default_js``.

    The names match folium's own (``leaflet``, ``jquery``) so folium elements
    that ask for the same library do not load it twice. jQuery only on request:
    only folium's HTML popups use it, and the event map has none.
    """
    links = [("leaflet", file_uri(LEAFLET_DIR / "leaflet.js"))]
    if jquery:
        links.append(("jquery", file_uri(JQUERY_DIR / "jquery.min.js")))
    if cluster:
        links.append(("markerclusterjs", file_uri(MARKERCLUSTER_DIR / "leaflet.markercluster.js")))
    return links


def css_links(*, cluster: bool = False) -> list[tuple[str, str]]:
    """Return ``(name, data URI)`` pairs for the stylesheets, for folium's ``default_css``."""
    links = [("leaflet_css", _css_uri(LEAFLET_DIR / "leaflet.css"))]
    if cluster:
        links += [
            ("markerclustercss", _css_uri(MARKERCLUSTER_DIR / "MarkerCluster.css")),
            ("markerclusterdefaultcss", _css_uri(MARKERCLUSTER_DIR / "MarkerCluster.Default.css")),
        ]
    return links
