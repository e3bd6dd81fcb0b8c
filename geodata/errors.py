"""Exception types of frontline-map.

Every message is one line that names the input and the fix; the CLI prints it
and exits with code 2, never with a traceback.
"""
from __future__ import annotations


class FrontlineError(Exception):
    """Base class: a problem with what the user gave us, not a bug."""


class InputError(FrontlineError):
    """A file, argument or text that cannot be read or understood."""


class GazetteerError(FrontlineError):
    """The gazetteer cannot be built, loaded or extended."""


class StoreError(FrontlineError):
    """The store cannot be opened, read or written."""


class ControlError(FrontlineError):
    """Areas-of-control (front-line) data that cannot be imported or used."""


class ExportError(FrontlineError):
    """A map or data export that cannot be produced."""
