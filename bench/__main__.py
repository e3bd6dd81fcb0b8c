"""Run the benchmarks: ``python -m bench`` (all) or ``python -m bench gazetteer extract``."""
from __future__ import annotations

import sys

from bench.run import main

sys.exit(main(sys.argv[1:]))
