"""The ``frontline`` command line.

Each sub-command is a small ``_cmd_*`` function that parses nothing itself and
imports its engine module lazily, so ``frontline geocode`` starts fast.  A
``FrontlineError`` becomes a one-line message on stderr and exit code 2.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from geodata.errors import FrontlineError, InputError


def _write_json(obj: Any, output: str | None) -> None:
    """Write ``obj`` as JSON to ``output`` atomically, or to stdout when ``output`` is None."""
    text = json.dumps(obj, ensure_ascii=False)
    if output is None:
        sys.stdout.write(text + "\n")
        return
    from geodata.io import atomic_write_text

    atomic_write_text(Path(output), text + "\n")


def _parse_date(value: str, option: str = "--published"):
    """Parse ``YYYY-MM-DD`` or raise an InputError naming the option."""
    import datetime as dt

    try:
        return dt.date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        msg = f"{option} {value!r} is not a date: give it as YYYY-MM-DD, e.g. 2023-07-10"
        raise InputError(msg) from None


# --- gazetteer -------------------------------------------------------------

def _cmd_geocode(args: argparse.Namespace) -> int:
    from geodata import gazetteer

    fc = gazetteer.geocode_collection(args.name, near=args.near, limit=args.limit)
    _write_json(fc, None)
    return 0


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from geodata import gazetteer

    if args.action == "build":
        info = gazetteer.build(force=True)
    elif args.action == "import":
        if not args.file:
            msg = "gazetteer import needs a file: frontline gazetteer import UA.txt"
            raise InputError(msg)
        info = gazetteer.import_geonames(Path(args.file))
    else:
        info = gazetteer.stats()
    _write_json(info, None)
    return 0


# --- extraction --------------------------------------------------------------

def _cmd_extract(args: argparse.Namespace) -> int:
    from geodata import extract

    published = _parse_date(args.published) if args.published else None
    snapshots = None
    if args.db:  # the store's front-line snapshots steer ambiguous combat places to the line
        from geodata.frontline import store_snapshots
        from geodata.store import Store

        with Store(args.db, read_only=True) as store:
            snapshots = store_snapshots(store) or None
    errors: list[str] = []
    try:
        fc = extract.extract_path(Path(args.path), published=published, source=args.source, layer=args.layer,
                                  errors=errors, frontline=snapshots)
    finally:
        for line in errors:
            print(f"frontline extract: skipped {line}", file=sys.stderr)
    _write_json(fc, args.output)
    return 0


# --- store -----------------------------------------------------------------------

def _cmd_ingest(args: argparse.Namespace) -> int:
    from geodata import ingest

    published = _parse_date(args.published) if args.published else None
    return ingest.run([Path(p) for p in args.paths], db=args.db, published=published,
                      source=args.source, workers=args.workers)


def _cmd_export(args: argparse.Namespace) -> int:
    from geodata import export

    return export.run(args)


# --- front line ----------------------------------------------------------------

def _cmd_control(args: argparse.Namespace) -> int:
    from geodata import frontline

    return frontline.run_cli(args)


# --- dashboard -------------------------------------------------------------------

def _cmd_serve(args: argparse.Namespace) -> int:
    from dashboard import server

    return server.serve(port=args.port, address=args.address, headless=args.headless,
                        read_only=args.read_only, db=args.db)


def _add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help="store file (default: FRONTLINE_HOME/frontline.db)")
    p.add_argument("--from", dest="date_from", metavar="D", help="first date, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="D", help="last date, YYYY-MM-DD")
    p.add_argument("--bbox", help="west,south,east,north in degrees")
    p.add_argument("--type", dest="types", action="append", help="event type (repeatable)")
    p.add_argument("--source", dest="sources", action="append", help="report source (repeatable)")
    p.add_argument("--min-confidence", type=float, help="drop events below this confidence (0-1)")


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``frontline`` command."""
    parser = argparse.ArgumentParser(prog="frontline", description="Reports in, a front-line map out.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="extract events or places from a report as GeoJSON")
    p.add_argument("path", help="report file: .txt, .html, .jsonl or .csv")
    p.add_argument("--published", help="publication date YYYY-MM-DD (required for .txt/.html)")
    p.add_argument("--source", help="name of the report's source")
    p.add_argument("--layer", choices=("events", "places"), default="events")
    p.add_argument("--db", help="store whose front-line snapshots help place ambiguous combat locations")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("geocode", help="ranked gazetteer candidates for a place name")
    p.add_argument("name")
    p.add_argument("--near", help="a region, a place or LAT,LON that the place is near")
    p.add_argument("--limit", type=int, default=5)
    p.set_defaults(func=_cmd_geocode)

    p = sub.add_parser("gazetteer", help="build, grow or describe the gazetteer")
    p.add_argument("action", choices=("build", "import", "stats"))
    p.add_argument("file", nargs="?", help="GeoNames dump for import (UA.txt, allCountries.zip ...)")
    p.set_defaults(func=_cmd_gazetteer)

    p = sub.add_parser("ingest", help="extract reports into the store (resumable, idempotent)")
    p.add_argument("paths", nargs="+", help="files or directories of reports")
    p.add_argument("--db", help="store file (default: FRONTLINE_HOME/frontline.db)")
    p.add_argument("--published", help="publication date for files that carry none")
    p.add_argument("--source", help="source name for files that carry none")
    p.add_argument("--workers", type=int, default=1, help="extraction processes")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser("export", help="export the map or the data of the store")
    p.add_argument("--format", required=True, help="png, html, geojson, csv, gpkg or kml")
    _add_filters(p)
    p.add_argument("--title", help="map title")
    p.add_argument("--width", type=int, default=1600)
    p.add_argument("--height", type=int, default=1000)
    p.add_argument("--coarsen-km", type=float, help="snap locations to a grid of this many km")
    p.add_argument("--delay-days", type=int, help="leave out events newer than this many days")
    p.add_argument("-o", "--output", required=True, help="output file")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser("control", help="areas of control (the front line)")
    csub = p.add_subparsers(dest="action", required=True)
    c = csub.add_parser("import", help="import dated occupied-territory polygons")
    c.add_argument("files", nargs="+")
    c.add_argument("--date", help="snapshot date YYYY-MM-DD (else from the file)")
    c.add_argument("--source", help="name of the data source")
    c.add_argument("--db", help="store file")
    c = csub.add_parser("change", help="area gained and lost between two dates")
    c.add_argument("--from", dest="date_from", required=True)
    c.add_argument("--to", dest="date_to", required=True)
    c.add_argument("--db", help="store file")
    c = csub.add_parser("list", help="the stored snapshots")
    c.add_argument("--db", help="store file")
    p.set_defaults(func=_cmd_control)

    p = sub.add_parser("serve", help="start the dashboard")
    p.add_argument("--port", type=int, default=8501)
    p.add_argument("--address", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    p.add_argument("--headless", action="store_true", help="do not open a browser")
    p.add_argument("--read-only", action="store_true", help="hide ingest, review and corrections")
    p.add_argument("--db", help="store file")
    p.set_defaults(func=_cmd_serve)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``frontline`` command; return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except FrontlineError as exc:
        print(f"frontline {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"frontline {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> NoReturn:
    """The ``frontline`` console script: :func:`main`, then, its output flushed, an immediate exit.

    Tearing down pandas, pyarrow and shapely at interpreter exit takes a third of a second, longer than
    extracting a report; nothing the commands write is left in a buffer (files are closed by then, the
    standard streams and the logging handlers are flushed here).
    """
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written
            pass
    os._exit(code)


if __name__ == "__main__":
    run()
