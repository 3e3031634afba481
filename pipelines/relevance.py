"""Is a news item about a regulator's press conference? Plain functions, no Scrapy.

Government press-conference sections are relevant as a whole (``relevance = false`` is the
default for ``kind = "government"``). News sources publish everything, so an item is kept
when its title or text names a press event (新闻发布会, 吹风会, 答记者问…) *and* a regulator
(央行, 市场监管总局, 证监会…, with aliases). A source can tune this in its TOML::

    [sources.mynews.relevance]
    require = "event+regulator"     # or "event", "regulator", "any" (any term at all)
    add_events = ["通气会"]          # added to the built-in press-event terms
    add_regulators = [["医保局", "国家医疗保障局"]]   # a name with its aliases
    exclude = ["招聘"]               # an item naming one of these is never relevant
    events = [...]                  # replace the built-in lists instead of adding
    regulators = [...]

A rejected item is dropped with reason ``irrelevant`` by ``pipelines.ingest``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

IRRELEVANT = "irrelevant"

PRESS_EVENTS: tuple[str, ...] = (
    "新闻发布会",
    "发布会",
    "吹风会",
    "答记者问",
    "记者会",
    "记者招待会",
    "通气会",
    "新闻发布",
    "例行发布",
    "答问",
    "回应关切",
    "发言人",
)

# Each group: the canonical name first, then aliases seen in coverage.
REGULATORS: tuple[tuple[str, ...], ...] = (
    ("中国人民银行", "人民银行", "央行", "人行"),
    ("国家市场监督管理总局", "市场监管总局", "市场监管局"),
    ("中国证券监督管理委员会", "中国证监会", "证监会"),
    ("国家金融监督管理总局", "金融监管总局", "银保监会"),
    ("国家发展和改革委员会", "国家发展改革委", "国家发改委", "发改委", "发展改革委"),
    ("商务部",),
    ("国务院新闻办公室", "国务院新闻办", "国新办"),
    ("国务院",),
    ("国家外汇管理局", "外汇局"),
    ("财政部",),
    ("国家统计局", "统计局"),
    ("海关总署",),
    ("工业和信息化部", "工信部"),
    ("国家药品监督管理局", "国家药监局", "药监局"),
)

REQUIRE_MODES = ("event+regulator", "event", "regulator", "any")
_RULE_KEYS = {"require", "events", "add_events", "regulators", "add_regulators", "exclude"}


@dataclass(frozen=True)
class RelevanceRules:
    """Terms that make a news item relevant; see the module docstring for the TOML form."""

    events: tuple[str, ...] = PRESS_EVENTS
    regulators: tuple[tuple[str, ...], ...] = REGULATORS
    require: str = "event+regulator"
    exclude: tuple[str, ...] = ()


def _groups(value: Any, key: str) -> tuple[tuple[str, ...], ...]:
    if not isinstance(value, list):
        raise ValueError(f"{key} must be a list of names (or lists of a name and its aliases)")
    groups = []
    for entry in value:
        if isinstance(entry, str) and entry:
            groups.append((entry,))
        elif isinstance(entry, list) and entry and all(isinstance(e, str) and e for e in entry):
            groups.append(tuple(entry))
        else:
            raise ValueError(f"{key} entries must be names or lists of names, got {entry!r}")
    return tuple(groups)


def _terms(value: Any, key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ValueError(f"{key} must be a list of terms")
    return tuple(value)


def check_rules(table: dict[str, Any]) -> RelevanceRules:
    """Rules from a TOML table; ``ValueError`` with one sentence when the table is wrong."""
    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise ValueError(
            f"unknown key {unknown[0]!r}; use {', '.join(sorted(_RULE_KEYS))}"
        )
    require = table.get("require", "event+regulator")
    if require not in REQUIRE_MODES:
        raise ValueError(f"require must be one of {', '.join(REQUIRE_MODES)}, got {require!r}")
    events = _terms(table["events"], "events") if "events" in table else PRESS_EVENTS
    if "add_events" in table:
        events = events + _terms(table["add_events"], "add_events")
    regulators = (
        _groups(table["regulators"], "regulators") if "regulators" in table else REGULATORS
    )
    if "add_regulators" in table:
        regulators = regulators + _groups(table["add_regulators"], "add_regulators")
    exclude = _terms(table.get("exclude", []), "exclude")
    return RelevanceRules(events=events, regulators=regulators, require=require, exclude=exclude)


def rules_for(relevance: bool | dict[str, Any]) -> RelevanceRules | None:
    """The rules a source's ``relevance`` value asks for; None means keep everything."""
    if relevance is False:
        return None
    if relevance is True:
        return RelevanceRules()
    return check_rules(relevance)


def _first(text: str, terms: Iterable[str]) -> str | None:
    return next((term for term in terms if term in text), None)


def judge(title: str | None, text: str, rules: RelevanceRules) -> tuple[bool, str]:
    """Whether an item with ``title`` and body ``text`` is relevant, and why (for logs).

    Example::

        >>> judge("国新办举行新闻发布会 介绍市场监管工作", "", RelevanceRules())
        (True, 'event 新闻发布会, regulator 国新办')
    """
    haystack = f"{title or ''}\n{text}"
    excluded = _first(haystack, rules.exclude)
    if excluded:
        return False, f"names excluded term {excluded}"
    event = _first(haystack, rules.events)
    regulator = next(
        (alias for group in rules.regulators for alias in group if alias in haystack), None
    )
    found = ", ".join(
        part for part in (event and f"event {event}", regulator and f"regulator {regulator}")
        if part
    )
    if rules.require == "event+regulator":
        ok = bool(event and regulator)
    elif rules.require == "event":
        ok = bool(event)
    elif rules.require == "regulator":
        ok = bool(regulator)
    else:
        ok = bool(event or regulator)
    if ok:
        return True, found
    return False, f"needs {rules.require}; found {found or 'no term'}"


def make_relevance(relevance: bool | dict[str, Any]) -> Callable[[Any], str | None] | None:
    """The callable ``pipelines.ingest.ingest(relevance=...)`` expects, for one source.

    It takes a ``CleanResult`` (``title`` and ``body``) and returns ``"irrelevant"`` or None.
    Returns None (no filter) when the source keeps everything.
    """
    rules = rules_for(relevance)
    if rules is None:
        return None

    def relevance_check(result: Any) -> str | None:
        body = getattr(result, "body", "") or ""
        ok, why = judge(getattr(result, "title", None), body, rules)
        if not ok:
            logger.debug("irrelevant: %s (%s)", getattr(result, "title", None), why)
            return IRRELEVANT
        return None

    return relevance_check
