"""``pipelines.duplicates``: the verdict rules over compared fingerprints — excerpts and
perturbed copies are duplicates, short shared phrases are not related, a more complete copy
replaces the stored body and a spammed one does not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.dedup_settings import DedupSettings
from pipelines.duplicates import classify, compare, is_more_complete
from pipelines.fingerprint import fingerprint
from tests.dedup.evalset import excerpt, paras, pinyin, spam, traditional


def test_excerpt_is_contained_and_full_story_contains_it(seed_clean_text):
    s = DedupSettings()
    full = fingerprint(seed_clean_text, s)
    part = fingerprint(excerpt(seed_clean_text, 0, 5), s)
    cmp = compare(part, full, 1)
    assert cmp.query_in_candidate > 0.95 and cmp.resemblance < 0.5
    assert classify(part, [(cmp, full.size)], s) == ("duplicate", cmp)
    reverse = compare(full, part, 2)
    assert reverse.candidate_in_query > 0.95
    assert classify(full, [(reverse, part.size)], s)[0] == "duplicate"


def test_short_shared_phrases_are_not_related(seed_clean_text):
    s = DedupSettings()
    other = fingerprint("市场监管总局副局长表示，将进一步加强质量认证工作，助力经济高质量发展。"
                        "今年将开展专项行动，抽查重点产品。", s)
    cmp = compare(other, fingerprint(seed_clean_text, s), 1)
    assert classify(other, [(cmp, 0)], s)[0] == "new"


def test_more_complete_copy_versus_spam_copy(seed_clean_text):
    s = DedupSettings()
    stored_excerpt = fingerprint(excerpt(seed_clean_text, 0, 4), s)
    assert is_more_complete(seed_clean_text, stored_excerpt, s)
    full = fingerprint(seed_clean_text, s)
    import random

    assert not is_more_complete(spam(seed_clean_text, random.Random(1), 3), full, s)
    assert not is_more_complete(pinyin(seed_clean_text, random.Random(1)), full, s)
    assert len(paras(seed_clean_text)) == 15


_CHARS = "市场监管总局质量认证产品安全发布会经济发展企业消费者标准检查工作国家记者表示介绍"


@given(st.lists(st.text(alphabet=_CHARS, min_size=30, max_size=80), min_size=3, max_size=8),
       st.integers(0, 2**16))
@settings(max_examples=40, deadline=None)
def test_perturbed_copies_of_any_story_are_duplicates(parts, seed):
    import random

    s = DedupSettings()
    story = "\n\n".join(p + "。" for p in parts)
    stored = fingerprint(story, s)
    rng = random.Random(seed)
    for copy in (traditional(story), pinyin(story, rng), spam(story, rng, 1)):
        query = fingerprint(copy, s)
        cmp = compare(query, stored, 1)
        assert classify(query, [(cmp, stored.size)], s)[0] == "duplicate", copy
