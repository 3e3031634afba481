"""Properties of cleaning (hypothesis): idempotent on its own output, never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.clean import clean_document, clean_text
from pipelines.textnorm import to_simplified

# Simplified and traditional characters, Latin, digits, and the punctuation cleaning touches.
ALPHABET = list("质量认证是国际通行的市场经济信用证經濟認證發展總局记者表示年月日中国")
ALPHABET += list("ABCxyz0123456789，。、；：？！“”（）《》,.;:?!()% \u3000\xa0\u200b&")
sentence = st.text(alphabet=ALPHABET, min_size=1, max_size=60).map(
    lambda s: s.strip() + "。"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(sentence, min_size=1, max_size=6))
def test_cleaning_clean_output_again_changes_nothing(paragraphs):
    first = clean_text("\n".join(paragraphs))
    if not first.paragraphs:
        return
    text = "\n".join(([first.title] if first.title else []) + first.paragraphs)
    second = clean_text(text)
    assert second.paragraphs == first.paragraphs
    assert second.title == first.title


@settings(max_examples=150, deadline=None)
@given(st.lists(sentence, min_size=1, max_size=6))
def test_output_is_simplified_and_has_no_invisible_characters(paragraphs):
    result = clean_text("\n".join(paragraphs))
    for paragraph in result.paragraphs:
        assert to_simplified(paragraph) == paragraph
        assert not any(c in paragraph for c in "\u200b\u3000\xa0\ufffd\n")
        assert paragraph == paragraph.strip()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_a_result_or_a_reason(data):
    result = clean_document(data)
    assert result.paragraphs or result.reason
    assert not (result.reason or "").startswith("cleaning failed"), result.reason
    assert "\ufffd" not in result.body


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_result_or_a_reason(text):
    result = clean_document(text)
    assert result.paragraphs or result.reason
    assert not (result.reason or "").startswith("cleaning failed"), result.reason
