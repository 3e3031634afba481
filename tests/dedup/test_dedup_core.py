"""Pure dedup functions: normalisation, fingerprints, comparison, verdict rules, settings."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.dedup_settings import DedupSettings
from pipelines.duplicates import classify, compare, is_more_complete
from pipelines.fingerprint import anchor_keys, content_hash, dedup_text, fingerprint, match_text
from tests.dedup.evalset import excerpt, paras, pinyin, spam, traditional


def test_match_text_ignores_script_width_and_punctuation():
    assert match_text("質量認證，ＣＣＣ 2024年!") == match_text("质量认证ccc2024年")
    assert content_hash("經濟") == content_hash("经济")


def test_dedup_text_drops_pinyin_annotations_but_keeps_english_text():
    assert dedup_text("經(jīng)濟(jì)新聞(wén)") == "经济新闻"
    assert dedup_text("Quality certification") == "qualitycertification"


@given(st.text(alphabet="质量认证是國際通行的(jīng)abc，。 123", max_size=60))
@settings(max_examples=60, deadline=None)
def test_dedup_text_is_idempotent(text):
    assert dedup_text(dedup_text(text)) == dedup_text(text)


def test_index_keys_are_the_same_in_another_process(seed_clean_text):
    code = ("from pipelines.fingerprint import fingerprint; import sys; "
            "print(fingerprint(sys.stdin.read()).keys)")
    out = subprocess.run([sys.executable, "-c", code], input=seed_clean_text, text=True,
                         capture_output=True, check=True).stdout.strip()
    assert out == str(fingerprint(seed_clean_text).keys)


def test_copies_share_lsh_bands_and_excerpts_share_anchors(seed_clean_text):
    full = fingerprint(seed_clean_text)
    trad = fingerprint(traditional(seed_clean_text))
    assert set(full.band_keys) == set(trad.band_keys)  # same text after normalisation
    part = fingerprint(excerpt(seed_clean_text, 4, 5))
    assert set(part.anchor_keys) & set(full.anchor_keys)


def test_anchors_catch_any_shared_sentence():
    import random

    rng = random.Random(3)
    sentence = ("市场监管总局将持续优化登记注册服务推进个体工商户年报多报合一"
                "降低制度性交易成本营造公平环境")
    a = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(300)) + sentence
    b = sentence + "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(300))
    assert len(sentence) >= 12 + 32 - 1
    assert set(anchor_keys(a, 12, 32)) & set(anchor_keys(b, 12, 32))


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


def test_settings_from_the_table_and_environment():
    from crawler import settings as module

    defaults = DedupSettings()
    assert DedupSettings.from_settings(environ={}) == defaults
    for name in ("shingle_size", "duplicate_containment", "related_min_chars"):
        # Scrapy's settings module carries the same defaults as the dataclass.
        assert getattr(module, f"PRESSWATCH_DEDUP_{name.upper()}") == getattr(defaults, name)
    tuned = DedupSettings.from_settings(environ={"PRESSWATCH_DEDUP_DUPLICATE_CONTAINMENT": "0.9"})
    assert tuned.duplicate_containment == 0.9
    with pytest.raises(ValueError, match="PRESSWATCH_DEDUP_BANDS"):
        DedupSettings.from_settings(environ={"PRESSWATCH_DEDUP_BANDS": "many"})
    with pytest.raises(ValueError, match="multiple"):
        DedupSettings(num_perm=64, bands=10)


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
