"""A cheap test that rules out a list of regular expressions before any of them is run.

The cleaner tries every paragraph against alternations of a few dozen patterns (spam
phrases, boilerplate lines); most paragraphs match none, yet each scan tries every pattern
at every position. Most patterns cannot match without a literal such as ``澳门``, ``转载``
or ``二维码``. :func:`hint_for` reads those literals out of the patterns and joins them
into one alternation of plain strings, which the regex engine scans with a first-character
skip: when the hint finds none of them, no pattern of the list can match, and the
expensive scan is skipped. When a hint does match, the patterns run exactly as before, so
results never change; a pattern whose literals cannot be read (it may match without any:
``\\d+``, ``.*``, case-insensitive) gives no hint, and its list is always run.

Patterns anchored at the start are tried at one position only; :func:`first_chars` reads
the characters their matches can begin with, so a text is tried only against the patterns
its first character can begin.

The analysis reads Python's own parse of the pattern (``re._parser``); anything it does not
recognise, or a parser that changed, means "no hint", never a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

try:  # the parser of the re module (private, stable since 3.11): a missing one = no hints
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - only if a later Python moves it
    _p = _c = None  # type: ignore[assignment]

# Character ranges up to this size in a class ([0-9], [:：]) count as literals.
_MAX_CLASS = 16
# Characters common in any text: a requirement made of them rules out little.
_COMMON = frozenset("0123456789 \t\n\r，。、；：！？“”（）《》,.;:!?\"'()-—/|")

# At least one of these strings is in every text the pattern finds a match in: in the match
# itself, or in what a lookaround at the match looked at.
Requirement = frozenset[str]


def _weakness(requirement: Requirement) -> tuple[int, int, int]:
    """Sort key: a requirement that fewer texts meet comes first (no common characters,
    fewer alternatives, longer strings): ``摄`` before ``记者|通讯员|摄影``."""
    shortest = min(len(s) for s in requirement)
    common = sum(1 for s in requirement if len(s) == 1 and s in _COMMON)
    return (common, len(requirement), -shortest)


def _best(candidates: list[Requirement]) -> Requirement | None:
    return min(candidates, key=_weakness) if candidates else None


def _sequence(items: Iterable[tuple]) -> Requirement | None:
    """What every match of a sequence of parsed items contains: the best of its items'
    requirements, runs of consecutive literal characters joined into one string."""
    candidates: list[Requirement] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        found = _item(op, av)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    return _best(candidates)


def _item(op: object, av: object) -> Requirement | None:
    if op is _c.IN:
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is _c.LITERAL:
                chars.add(chr(value))
            elif kind is _c.RANGE and value[1] - value[0] < _MAX_CLASS:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:  # NEGATE, CATEGORY (\d, \s), a wide range: anything may match
                return None
        return frozenset(chars) or None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av  # type: ignore[misc]
        return None if add_flags & re.IGNORECASE else _sequence(body)
    if op is _c.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            found = _sequence(branch)
            if not found:  # one alternative needs nothing: the branch needs nothing
                return None
            union |= found
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        return _sequence(body) if low >= 1 else None
    if op is _c.ASSERT:  # a lookahead's or lookbehind's text is in the text searched too
        _direction, body = av  # type: ignore[misc]
        return _sequence(body)
    # ANY, NOT_LITERAL, AT (^ $ \b), negative lookarounds, group references: nothing required
    return None


def requirement(pattern: re.Pattern[str]) -> Requirement | None:
    """Strings of which every text ``pattern`` matches in contains at least one (in the
    match or in a lookaround's reach), or None.

    >>> sorted(requirement(re.compile("(?:香港|澳门)?(?:六合彩|马会)")))
    ['六合彩', '马会']
    >>> requirement(re.compile(r"\\d+")) is None
    True
    """
    parsed = _parse(pattern)
    try:
        return _sequence(parsed) if parsed is not None else None
    except Exception:  # anything unexpected in the parse: no hint, the patterns just run
        return None


def _parse(pattern: re.Pattern[str]) -> object | None:
    """Python's own parse of a str pattern; None when it cannot be read, or when it is
    case-insensitive (then its literals are not the text's characters)."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # a parser that changed: no analysis
        return None
    return None if parsed.state.flags & re.IGNORECASE else parsed


def hint_for(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One alternation of plain strings that matches every text any of ``patterns`` can
    match in; None when some pattern gives no requirement (then always run them all)."""
    strings: set[str] = set()
    for pattern in patterns:
        found = requirement(pattern)
        if not found:
            return None
        strings |= found
    if not strings:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s))))


# --- first characters ------------------------------------------------------------------------

# A class wider than this (a range such as [\u4e00-\u9fff]) gives no usable first characters.
_MAX_FIRST = 64
First = tuple[frozenset[str] | None, bool]  # (characters a match may start with, may be empty)


@lru_cache(maxsize=1)
def _spaces() -> frozenset[str]:
    """What ``\\s`` matches in a str pattern: the characters ``str.isspace`` accepts (none
    lies above U+3000)."""
    return frozenset(c for c in map(chr, range(0x3001)) if c.isspace())


def _first_of_sequence(items: Iterable[tuple]) -> First:
    chars: set[str] = set()
    for op, av in items:
        found, nullable = _first_of_item(op, av)
        if found is None:
            return None, False
        chars |= found
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True


def _first_of_class(av: Iterable[tuple]) -> frozenset[str] | None:
    chars: set[str] = set()
    for kind, value in av:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < _MAX_FIRST:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars |= _spaces()  # under re.ASCII fewer: more is never wrong here
        else:  # NEGATE, \d, \w, a wide range: too many characters
            return None
    return frozenset(chars)


def _first_of_item(op: object, av: object) -> First:
    if op is _c.LITERAL:
        return frozenset([chr(av)]), False  # type: ignore[arg-type]
    if op is _c.IN:
        return _first_of_class(av), False  # type: ignore[arg-type]
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av  # type: ignore[misc]
        return (None, False) if add_flags & re.IGNORECASE else _first_of_sequence(body)
    if op is _c.ATOMIC_GROUP:
        return _first_of_sequence(av)  # type: ignore[arg-type]
    if op is _c.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:  # type: ignore[index]
            found, nullable = _first_of_sequence(branch)
            if found is None:
                return None, False
            union |= found
            empty = empty or nullable
        return frozenset(union), empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = av  # type: ignore[misc]
        found, nullable = _first_of_sequence(body)
        return found, nullable or low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        # ^ $ \b and lookarounds consume nothing: what follows them starts the match
        # (ignoring a lookahead's own condition only lets more texts through)
        return frozenset(), True
    return None, False  # ANY, NOT_LITERAL, group references, conditionals: anything


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters every non-empty match of ``pattern`` starts with, or None when they
    cannot be read or the pattern can match the empty string (it may match before any
    character).

    >>> sorted(first_chars(re.compile("^(?:图片|题图)来源")))
    ['图', '题']
    >>> first_chars(re.compile(r"^\\d+")) is None
    True
    """
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        found, nullable = _first_of_sequence(parsed)  # type: ignore[arg-type]
    except Exception:  # anything unexpected in the parse: unknown, the pattern just runs
        return None
    return None if found is None or nullable else found
