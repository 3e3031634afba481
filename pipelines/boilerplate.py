"""Publisher furniture and content-farm spam, from a rules file a user can extend.

The built-in rules are ``pipelines/rules/boilerplate.toml``; the setting
``PRESSWATCH_CLEAN_RULES_FILE`` names a user file of the same layout whose lists are added
to them, globally (``[default]``) or for one source (``[sources.NAME]``). Rules match
simplified, width-folded paragraphs.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipelines.regexhint import first_chars, hint_for, requirement

logger = logging.getLogger(__name__)

_LIST_KEYS = ("drop_lines", "spam", "spam_lines")


class RulesError(ValueError):
    """A rules file that cannot be read or has a bad pattern (message names file and rule)."""


# What a cut spam phrase may leave: a doubled mark, a run of spaces.
_DOUBLED_MARK = re.compile(r"([，、；：])\1+")
_SPACES = re.compile(r"\s{2,}")


@dataclass
class BoilerplateRules:
    """Compiled rules: paragraphs to drop whole, spam phrases to cut out, spam paragraphs."""

    drop_lines: list[re.Pattern[str]] = field(default_factory=list)
    spam: list[re.Pattern[str]] = field(default_factory=list)
    spam_lines: list[re.Pattern[str]] = field(default_factory=list)
    max_line_chars: int = 160
    # Raw tables per source, compiled on demand by for_source().
    sources: dict[str, dict] = field(default_factory=dict)

    def for_source(self, source: str | None) -> BoilerplateRules:
        """These rules plus the ``[sources.<source>]`` additions, if any."""
        extra = self.sources.get(source or "")
        if not extra:
            return self
        # Built once per source and kept: every page of a crawl asks, and a fresh copy
        # compiled its alternations and hints again for each page (~2 ms). The key notes
        # the lists' sizes, so rules extended afterwards are merged anew.
        cache = self.__dict__.setdefault("_source_cache", {})
        key = (source, len(self.drop_lines), len(self.spam), len(self.spam_lines),
               self.max_line_chars, len(extra.get("drop_lines", ())),
               len(extra.get("spam", ())), len(extra.get("spam_lines", ())),
               extra.get("max_line_chars"))
        if key not in cache:
            cache[key] = self._merged(source, extra)
        return cache[key]

    def _merged(self, source: str | None, extra: dict) -> BoilerplateRules:
        merged = BoilerplateRules(
            drop_lines=list(self.drop_lines),
            spam=list(self.spam),
            spam_lines=list(self.spam_lines),
            max_line_chars=int(extra.get("max_line_chars", self.max_line_chars)),
            sources=self.sources,
        )
        _add_table(merged, extra, f"sources.{source}")
        return merged

    def _combined(self, name: str) -> _Scan:
        """The patterns of one list as one alternation (one scan per paragraph, not 40),
        with the hint that rules it out cheaply (:mod:`pipelines.regexhint`)."""
        cache = self.__dict__.setdefault("_combined_cache", {})
        patterns = getattr(self, name)
        key = (name, len(patterns))
        if key not in cache:
            cache[key] = _Scan.of(patterns)
        return cache[key]

    def _drop_line_tests(self) -> tuple[_ByFirstChar, _Search]:
        """``drop_lines`` as two tests: the patterns anchored at the start (most of them),
        tried once at position 0, and the rest, searched. One search over all of them tried
        every anchored pattern at every position of the paragraph."""
        cache = self.__dict__.setdefault("_combined_cache", {})
        key = ("drop_lines/split", len(self.drop_lines))
        if key not in cache:
            cache[key] = (_ByFirstChar([p for p in self.drop_lines if _anchored_at_start(p)]),
                          _Search.of([p for p in self.drop_lines if not _anchored_at_start(p)]))
        return cache[key]

    def _spam_line_test(self) -> _Search:
        cache = self.__dict__.setdefault("_combined_cache", {})
        key = ("spam_lines/search", len(self.spam_lines))
        if key not in cache:
            cache[key] = _Search.of(self.spam_lines)
        return cache[key]

    def is_boilerplate(self, paragraph: str) -> bool:
        """True when the paragraph is publisher furniture (footer, credits, share prompt)."""
        if len(paragraph) > self.max_line_chars:
            return False
        anchored, anywhere = self._drop_line_tests()
        return anchored.matches(paragraph) or anywhere.found_in(paragraph)

    def is_spam_line(self, paragraph: str) -> bool:
        return self._spam_line_test().found_in(paragraph)

    def remove_spam(self, paragraph: str) -> tuple[str, int]:
        """Cut injected spam phrases out of a paragraph; returns (text, phrases removed)."""
        scan = self._combined("spam")
        if not scan.may_match(paragraph):
            return paragraph, 0
        paragraph, removed = scan.pattern.subn("", paragraph)
        if removed:
            # The cut may leave doubled punctuation or a space where the phrase sat.
            paragraph = _DOUBLED_MARK.sub(r"\1", paragraph)
            paragraph = _SPACES.sub(" ", paragraph).strip()
        return paragraph, removed


def _alternation(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """The patterns as one alternation, in order (one that never matches when empty)."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns) or r"(?!x)x")


@dataclass(frozen=True)
class _Scan:
    """One list of patterns as one alternation, and a hint that must match wherever any of
    them can (None: no hint, always run the alternation)."""

    pattern: re.Pattern[str]
    hint: re.Pattern[str] | None

    @classmethod
    def of(cls, patterns: list[re.Pattern[str]]) -> _Scan:
        return cls(_alternation(patterns), hint_for(patterns))

    def may_match(self, text: str) -> bool:
        """False only when no pattern can match in ``text`` (its hint finds nothing)."""
        return self.hint is None or self.hint.search(text) is not None


@dataclass(frozen=True)
class _Search:
    """Whether any of a list of patterns is found in a text. The patterns a hint can rule
    out are searched only where their hint finds something; the others (no literal to
    require, e.g. a user's ``\\d+元``) always are, so one of them never costs the rest
    their hint."""

    always: re.Pattern[str] | None
    hinted: re.Pattern[str] | None
    hint: re.Pattern[str] | None

    @classmethod
    def of(cls, patterns: list[re.Pattern[str]]) -> _Search:
        hinted = [p for p in patterns if requirement(p)]
        always = [p for p in patterns if not requirement(p)]

        return cls(_alternation(always) if always else None,
                   _alternation(hinted) if hinted else None, hint_for(hinted))

    def found_in(self, text: str, *, anchored: bool = False) -> bool:
        """Whether a pattern is found in ``text`` (``anchored``: at its start only)."""
        run = re.Pattern.match if anchored else re.Pattern.search
        if self.always is not None and run(self.always, text) is not None:
            return True
        return (self.hinted is not None and self.hint is not None
                and self.hint.search(text) is not None
                and run(self.hinted, text) is not None)


class _ByFirstChar:
    """Patterns anchored at the start, each tried only on a text whose first character can
    begin one of its matches (:func:`pipelines.regexhint.first_chars`); a pattern whose
    first characters cannot be read (``^[\\u4e00-\\u9fff]{2,6}…``) is not ruled out by its
    first character. One alternation of all ~50 tried every branch at position 0 of every
    paragraph (~4 µs in a loop, ~13 µs inside a crawl). The few patterns a character leaves
    are tried one by one (each already compiled): an alternation and a hint of them cost
    ~10 ms to compile for each new first character, paid inside the pages that bring one
    (~60 on a corpus, 3 ms a page on a run of 40 pages)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        self.firsts = [first_chars(p) for p in patterns]
        # first character -> the matchers of the patterns it can begin, found when needed
        self._for_char: dict[str, tuple] = {}

    def _for(self, char: str) -> tuple:
        chosen = tuple(p.match for p, chars in zip(self.patterns, self.firsts, strict=True)
                       if chars is None or char in chars)
        if len(self._for_char) > 20_000:  # every first character of a huge corpus: bounded
            self._for_char.clear()
        self._for_char[char] = chosen
        return chosen

    def matches(self, text: str) -> bool:
        """Whether one of the patterns matches at the start of ``text``."""
        char = text[:1]
        try:
            tests = self._for_char[char]
        except KeyError:
            tests = self._for(char)
        return any(match(text) is not None for match in tests)


def _anchored_at_start(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at position 0: it begins with ``^``, has
    no ``|`` outside brackets and parentheses, and no MULTILINE flag."""
    text = pattern.pattern
    if pattern.flags & re.MULTILINE or not text.startswith("^"):
        return False
    depth, in_class, escaped = 0, False, False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return False
    return True


def _compile(patterns: list, where: str) -> list[re.Pattern[str]]:
    compiled = []
    for pattern in patterns:
        if not isinstance(pattern, str):
            raise RulesError(f"{where}: rule {pattern!r} is not a string")
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise RulesError(f"{where}: bad pattern {pattern!r} ({exc})") from exc
    return compiled


def _add_table(rules: BoilerplateRules, table: dict, where: str) -> None:
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list):
            raise RulesError(f"{where}.{key} must be a list of patterns")
        getattr(rules, key).extend(_compile(value, f"{where}.{key}"))
    if "max_line_chars" in table:
        rules.max_line_chars = int(table["max_line_chars"])


def _merge_data(rules: BoilerplateRules, data: dict, origin: str) -> None:
    _add_table(rules, data.get("default", {}), f"{origin} [default]")
    for name, table in data.get("sources", {}).items():
        if not isinstance(table, dict):
            raise RulesError(f"{origin} [sources.{name}] must be a table")
        for key in _LIST_KEYS:
            _compile(table.get(key, []), f"{origin} [sources.{name}].{key}")
        current = rules.sources.setdefault(name, {})
        for key in _LIST_KEYS:
            current.setdefault(key, []).extend(table.get(key, []))
        if "max_line_chars" in table:
            current["max_line_chars"] = table["max_line_chars"]


def _read_toml(text: str, origin: str) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{origin} is not valid TOML: {exc}") from exc


def load_rules(path: str | Path | None = None) -> BoilerplateRules:
    """Built-in rules plus the rules file ``path`` (or ``PRESSWATCH_CLEAN_RULES_FILE``).

    A missing user file named only by the environment is ignored with a warning-free
    fallback to built-ins only when the variable is unset; a named file that does not exist
    is a :class:`RulesError`.
    """
    builtin = resources.files("pipelines.rules").joinpath("boilerplate.toml").read_text("utf-8")
    rules = BoilerplateRules()
    _merge_data(rules, _read_toml(builtin, "built-in boilerplate.toml"), "built-in rules")
    if path is None:
        path = os.environ.get("PRESSWATCH_CLEAN_RULES_FILE") or None
    if path:
        file = Path(path)
        try:
            text = file.read_text("utf-8")
        except OSError as exc:
            raise RulesError(f"cannot read rules file {file}: {exc.strerror or exc}") from exc
        _merge_data(rules, _read_toml(text, str(file)), str(file))
    return rules


@lru_cache(maxsize=4)
def _cached_rules(path: str | None) -> BoilerplateRules:
    rules = load_rules(path)
    # The lists' alternations and hints are built now, with the rules (~30 ms), rather than
    # inside the first page that holds a line short enough to be judged.
    rules._drop_line_tests()
    rules._spam_line_test()
    rules._combined("spam")
    return rules


def default_rules() -> BoilerplateRules:
    """The rules in force (built-in + ``PRESSWATCH_CLEAN_RULES_FILE``), loaded once."""
    return _cached_rules(os.environ.get("PRESSWATCH_CLEAN_RULES_FILE") or None)
