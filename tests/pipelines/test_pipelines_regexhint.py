"""``pipelines.regexhint``: the literals a list of patterns cannot match without. A hint
may let a pattern run for nothing, but must never skip a text one of them matches."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.boilerplate import default_rules
from pipelines.regexhint import first_chars, hint_for, requirement


def _builtin_patterns() -> list[re.Pattern[str]]:
    rules = default_rules()
    patterns = [*rules.drop_lines, *rules.spam, *rules.spam_lines]
    for name in rules.sources:
        extra = rules.for_source(name)
        patterns += [*extra.drop_lines, *extra.spam, *extra.spam_lines]
    return list({p.pattern: p for p in patterns}.values())


@pytest.mark.parametrize("pattern", _builtin_patterns(), ids=lambda p: p.pattern[:30])
def test_every_text_a_builtin_rule_matches_contains_its_hint(pattern):
    found = requirement(pattern)
    if found is None:
        return  # no hint: the pattern always runs
    hint = hint_for([pattern])

    @given(st.from_regex(pattern))
    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def check(text: str) -> None:
        assert pattern.search(text)
        assert hint.search(text), (pattern.pattern, text)

    check()


TRICKY = [
    "abc", "a?bc", "(?:ab|cd)e", "(?:ab|)c", "(?:ab|c?)", "x{2,}y", "x{0,3}", "(?=ab)c",
    "(?<=a)b", "(?!a)b", "a(?i:b)c", "(?i)ab", r"\d+", r"[a-c]x", "[^a]b", "a|b|", "^ab$",
    "(a)(?(1)b|c)", r"(a)\1", "(?>ab)c", "a++b", "[ab][cd]", "(?:a(?:b|c)d|e)+", ".*",
    "(?:ab)*c", r"\bab", "[:：]来源", "(?x) a b  c", "(?=.*ab)c", "(?<=ab)c", "a(?=b)c",
    r"^(?=.*(?:ab|cd))(?:ab|\d)+$", r"^\s*a", "^[^a]b", "^(?:x?)+a", "^(?!a)b|c",
]


@pytest.mark.parametrize("source", TRICKY)
def test_a_hint_never_skips_a_text_its_pattern_matches(source):
    pattern = re.compile(source)
    hint = hint_for([pattern])
    rng = random.Random(source)
    alphabet = "abcdexyABC来源：: "
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        if pattern.search(text) and hint is not None:
            assert hint.search(text), (source, text)


@pytest.mark.parametrize(("source", "expected"), [
    ("(?:香港|澳门)?(?:六合彩|马会)", {"六合彩", "马会"}),
    ("(?:香港|澳门)?(?:六合彩|马会)开奖", {"开奖"}),  # one string beats two
    ("(?:严禁|禁止|不得).{0,4}转载", {"转载"}),
    ("不构成(?:任何)?投资建议", {"投资建议"}),
    (r"\d+", None),          # anything numeric: no literal
    ("(?i)app", None),       # case-insensitive: the literal is not the text
    ("a|", None),            # an alternative that needs nothing
    ("x{0,3}y?", None),      # everything optional
])
def test_requirements_read_from_patterns(source, expected):
    found = requirement(re.compile(source))
    assert (set(found) if found is not None else None) == expected


def test_a_list_with_one_unreadable_pattern_has_no_hint():
    assert hint_for([re.compile("转载"), re.compile(r"\d+")]) is None
    assert hint_for([re.compile("转载"), re.compile("二维码")]).search("扫描二维码")


@pytest.mark.parametrize("pattern", [p for p in _builtin_patterns() if p.pattern.startswith("^")],
                         ids=lambda p: p.pattern[:30])
def test_every_text_a_builtin_anchored_rule_matches_starts_with_one_of_its_first_chars(pattern):
    chars = first_chars(pattern)
    if chars is None:
        return  # unreadable first characters: the pattern is always tried

    @given(st.from_regex(pattern))
    @settings(max_examples=40, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    def check(text: str) -> None:
        assert pattern.match(text)
        assert text[:1] in chars, (pattern.pattern, text)

    check()


@pytest.mark.parametrize("source", TRICKY)
def test_first_chars_never_rule_out_a_text_its_pattern_matches_at_the_start(source):
    pattern = re.compile(source)
    chars = first_chars(pattern)
    rng = random.Random(source)
    alphabet = "abcdexyABC来源：: \t\u3000"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        if pattern.match(text) and chars is not None:
            assert text[:1] in chars, (source, text)


@pytest.mark.parametrize(("source", "expected"), [
    ("^(?:图片|题图)来源", {"图", "题"}),
    (r"^(?:\[|【)?责任编辑", {"[", "【", "责"}),
    (r"^(?=.*下一页)(?:上|\.)+", {"上", "."}),  # a lookahead consumes nothing
    (r"^\d+", None),  # any digit of any script: unreadable
    ("^[\u4e00-\u9fff]{2}", None),  # too wide
    ("^(?:a|)b?", None),  # can match the empty string
    ("(?i)^ab", None),
])
def test_first_chars_read_from_patterns(source, expected):
    found = first_chars(re.compile(source))
    assert (set(found) if found is not None else None) == expected


def test_the_space_class_is_every_character_python_calls_whitespace():
    from pipelines.regexhint import _spaces

    assert _spaces() == {c for c in map(chr, range(0x110000)) if c.isspace()}
    assert _spaces() == {c for c in map(chr, range(0x110000)) if re.match(r"\s", c)}
    # \s* may be empty: then 上 begins the match
    assert first_chars(re.compile(r"^\s*上一页")) == _spaces() | {"上"}
