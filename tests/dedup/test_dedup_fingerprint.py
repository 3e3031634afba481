"""``pipelines.fingerprint``: normalisation to dedup text, content hashes, index keys (LSH
bands, anchors) that are the same in every process."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.fingerprint import anchor_keys, content_hash, dedup_text, fingerprint, match_text
from tests.dedup.evalset import excerpt, traditional


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


def test_the_docstring_examples_hold():
    import doctest

    import pipelines.fingerprint

    result = doctest.testmod(pipelines.fingerprint)
    assert result.attempted > 0 and result.failed == 0
