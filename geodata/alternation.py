"""Big regex alternations of keywords, regrouped so that the regex engine tries fewer branches.

At each position of a text, Python's regex engine tries the branches of an
alternation one after another; a branch that starts with a plain letter is
skipped cheaply when the text has another letter there, but a branch that starts
with a group is entered.  A keyword list of some hundred branches written as
nested groups ("(?:took|taken)\\s+over|...") is therefore slow to scan.
:func:`by_first_letter` rewrites it as one branch per first letter, each holding,
in their original order, the branches that start with that letter: at any
position only the branches of the letter there are tried, in the same order as
before, so every match (its start, its end, the branch that wins) is the same.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

__all__ = ["by_first_letter", "first_keys", "split_alternatives"]

_QUANTIFIERS = ("?", "*", "+", "{")
_UP_TO = re.compile(r"\{0?,([1-9])\}(?![?+])")  # a greedy {0,n} (or {,n}), n < 10
_MIN_COUNT = re.compile(r"\{0*[1-9]\d*(?:,\d*)?\}")


def _skip_class(pattern: str, i: int) -> int:
    """Index just after the character class that opens at ``pattern[i] == "["``."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _plain_chars(pattern: str, start: int = 0, *, skip_groups: bool = False) -> Iterator[int]:
    """Indices of ``pattern``'s characters from ``start`` outside escapes and character classes (and groups)."""
    i = start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
        elif c == "[":
            i = _skip_class(pattern, i)
        elif c == "(" and skip_groups:
            i = _group_end(pattern, i)
        else:
            yield i
            i += 1


def _group_end(pattern: str, i: int) -> int:
    """Index just after the group that opens at ``pattern[i] == "("``."""
    depth = 0
    for j in _plain_chars(pattern, i):
        if pattern[j] == "(":
            depth += 1
        elif pattern[j] == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    msg = f"unbalanced group in pattern {pattern!r}; close every parenthesis"
    raise ValueError(msg)


def _captures(pattern: str) -> bool:
    """True when ``pattern`` holds a group that captures (named or not) or a back-reference."""
    return any(pattern[i] == "(" and (pattern[i + 1:i + 2] != "?" or pattern[i + 2:i + 3] == "P")
               for i in _plain_chars(pattern))


def split_alternatives(pattern: str) -> list[str]:
    """Return the top-level branches of ``pattern`` (its ``|`` outside groups and classes)."""
    out, start = [], 0
    for i in _plain_chars(pattern, skip_groups=True):
        if pattern[i] == "|":
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _distribute(branch: str) -> list[str]:
    """``(?:a|b)rest`` -> ``[arest, brest]``, recursively: the same matches, tried in the same order.

    Also ``\\b(?:a|b)rest`` -> ``[\\barest, \\bbrest]``, ``(?:a)?rest`` -> ``[arest, rest]`` (greedy:
    with the group first) and ``(?:a){0,2}rest`` -> ``[a(?:a){0,1}rest, rest]``.
    """
    if branch.startswith("\\b(?:"):
        return ["\\b" + x for x in _distribute(branch[2:])]
    if branch.startswith("(?:"):
        end = _group_end(branch, 0)
        quantifier, rest = branch[end:end + 1], branch[end:]
        if quantifier == "?" and branch[end + 1:end + 2] not in ("?", "+"):
            return _distribute(branch[:end] + branch[end + 1:]) + _distribute(branch[end + 1:])
        upto = _UP_TO.match(branch, end)
        if upto is not None:  # (?:a){0,n}rest: (?:a)(?:a){0,n-1}rest, then rest (greedy, as above)
            n = int(upto.group(1))
            more = f"{branch[:end]}{{0,{n - 1}}}" if n > 1 else ""
            return _distribute(branch[:end] + more + branch[upto.end():]) + _distribute(branch[upto.end():])
        if quantifier not in _QUANTIFIERS:
            return [x for inner in split_alternatives(branch[3:end - 1]) for x in _distribute(inner + rest)]
    return [branch]


def _once_at_least(after: str) -> bool:
    """True when the atom that ``after`` follows matches at least once (no quantifier, ``+`` or ``{m,...}``, m > 0)."""
    if after[:1] == "{":
        return _MIN_COUNT.match(after) is not None
    return after[:1] not in ("?", "*")


def _first_key(branch: str) -> str | None:
    """What every match of ``branch`` starts with, when the pattern says so plainly: a letter or ``\\d``."""
    if branch[:4] in ("(?<!", "(?<="):  # a look-behind consumes nothing: the letter after it
        return _first_key(branch[_group_end(branch, 0):])
    if branch[:2] == "\\b":  # nor does a word boundary
        return _first_key(branch[2:])
    if branch[:2] == "\\d" and _once_at_least(branch[2:]):
        return "\\d"
    c = branch[:1]
    if c.isascii() and c.isalpha() and _once_at_least(branch[1:]):
        return c
    return None


def first_keys(pattern: str) -> frozenset[str] | None:
    """What every match of ``pattern`` starts with (letters, ``\\d``), or None when a branch does not say plainly."""
    keys = {_first_key(b) for branch in split_alternatives(pattern) for b in _distribute(branch)}
    return None if None in keys else frozenset(keys)


def by_first_letter(branches: Sequence[str]) -> str:
    """Return one alternation of ``branches``, as ``"|".join(branches)`` matches, grouped by first letter.

    Each branch must start (after distributing leading ``(?:...)`` groups) with a
    plain letter or ``\\d``, optionally after a look-behind or ``\\b``, and hold no group that captures; the
    patterns are taken case-sensitively (use it on lower-case literals matched
    against folded text).  Raises ValueError for a branch that does not fit.
    """
    groups: dict[str, list[str]] = {}
    for branch in branches:
        for b in _distribute(branch):
            c = _first_key(b)
            if c is None or _captures(b):
                msg = (f"branch {b!r} does not start with a plain letter or holds a group that captures; "
                       "keep it out of by_first_letter")
                raise ValueError(msg)
            groups.setdefault(c, []).append(b)
    parts = []
    for c, bs in groups.items():
        if all(b[0] == c and b[1:2] not in _QUANTIFIERS for b in bs):
            parts.append(f"{c}(?:{'|'.join(b[1:] for b in bs)})")  # a leading literal: the engine skips fast
        else:
            parts.append(f"(?={c})(?:{'|'.join(bs)})")
    return "(?:" + "|".join(parts) + ")"
