"""frontline-map engine: from news reports to dated, geocoded event layers."""
from __future__ import annotations

__version__ = "0.1.0"
