"""Where frontline-map keeps its data: package data and the user's home."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR = Path(__file__).resolve().parent / "data"
BASEMAP_DIR = DATA_DIR / "basemap"
COUNTRIES_GEOJSON = BASEMAP_DIR / "countries.geojson"
ADMIN1_GEOJSON = BASEMAP_DIR / "admin1.geojson"
SAMPLES_DIR = DATA_DIR / "samples"


def home() -> Path:
    """Return the user data directory (``FRONTLINE_HOME`` or the platform default), created."""
    env = os.environ.get("FRONTLINE_HOME")
    path = Path(env).expanduser() if env else Path(platformdirs.user_data_dir("frontline-map"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def db_path(db: str | os.PathLike[str] | None = None) -> Path:
    """Return the store path: ``db`` when given, else ``home()/frontline.db``."""
    return Path(db).expanduser() if db else home() / "frontline.db"
