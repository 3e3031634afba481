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


# --- the keys stored in every index must never change with a speed-up ---------------------


def _reference_kgrams(cps, k):
    """Hashes of every run of ``k`` code points by the plain recurrence h = h·B + c."""
    import numpy as np

    from pipelines import fingerprint as fp

    n = len(cps)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    k = min(k, n)
    h = np.zeros(n - k + 1, dtype=np.uint64)
    for j in range(k):
        h = h * fp._BASE + cps[j : n - k + 1 + j]
    return fp._mix(h ^ np.uint64(k))


def test_run_hashes_from_running_sums_equal_the_plain_recurrence_at_every_length():
    """Every run's hash read from the running sums (and, past the power tables, computed
    by the recurrence itself) equals the plain recurrence: around the table size too."""
    import random

    import numpy as np

    from pipelines import fingerprint as fp

    rng = random.Random(41)
    for n in [1, 2, 5, 12, 13, 4095, 4096, 4097, fp._POWERS_MAX, fp._POWERS_MAX + 1, 70_000]:
        cps = np.array([rng.choice([0x4E00 + rng.randrange(20000), 0x61, 0x10FFFF, 0])
                        for _ in range(n)], dtype=np.uint64)
        for k in (1, 5, 12, 200):
            assert np.array_equal(fp._kgram_hashes(cps, k), _reference_kgrams(cps, k)), (n, k)


def _reference_fingerprint(text: str) -> tuple:
    """The derivation written the plain way (np.unique, sliding_window_view, a fresh array
    per step), as it was before the in-place rewrite: what every stored index holds."""
    import hashlib

    import numpy as np

    from pipelines import fingerprint as fp
    from pipelines.dedup_settings import DedupSettings

    s = DedupSettings()
    kgrams = _reference_kgrams
    matched = fp.match_text(text)
    norm = fp._drop_pinyin(matched)
    cps = np.frombuffer(norm.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    shingles = np.unique(kgrams(cps, s.shingle_size))
    bands: list[int] = []
    anchors: list[int] = []
    if norm:
        a, b = fp._perm_seeds(s.num_perm)
        signature = (np.multiply.outer(a, shingles) + b[:, None]).min(axis=1)
        bands = fp.band_keys(signature, s.bands)
        h = kgrams(cps, s.anchor_size)
        if len(h) > s.anchor_window:
            windows = np.lib.stride_tricks.sliding_window_view(h, s.anchor_window)
            h = h[np.unique(windows.argmin(axis=1) + np.arange(len(windows)))]
        keys = ((h >> np.uint64(2)) & np.uint64(fp._KEY_MASK)) << np.uint64(1)
        anchors = np.unique(keys).tolist()
    return (norm, hashlib.sha1(matched.encode()).hexdigest(), shingles.tolist(), bands, anchors)


def _as_tuple(fp) -> tuple:
    return (fp.text, fp.content_hash, fp.shingles.tolist(), fp.band_keys, fp.anchor_keys)


@given(st.text(alphabet="质量认证是國際通行的經濟新聞重复数据ab１２ 3，。", max_size=400))
@settings(max_examples=150, deadline=None)
def test_fingerprint_equals_the_plain_derivation(text):
    assert _as_tuple(fingerprint(text)) == _reference_fingerprint(text)


def test_fingerprints_of_a_fixed_corpus_are_unchanged():
    """A digest of the fingerprints of fixed texts (every length around the shingle, anchor
    and window sizes, and a run of repeats where every window ties), recorded with the
    derivation the stored indexes were built with."""
    import hashlib
    import random

    rng = random.Random(9)
    alphabet = "质量认证是国际通行的經濟新聞发布会记者表示数据同比增长abcXYZ123，。 ()ｑ１"
    texts = ["".join(rng.choice(alphabet) for _ in range(n))
             for n in [0, 1, 2, 4, 5, 6, 11, 12, 13, 40, 42, 43, 44, 45, 100, 500, 3000]
             for _ in range(3)]
    texts.append("重复" * 400)
    digest = hashlib.sha256()
    for text in texts:
        fp = fingerprint(text)
        assert _as_tuple(fp) == _reference_fingerprint(text)
        digest.update(repr(_as_tuple(fp)).encode())
    assert digest.hexdigest() == (
        "17a2fd56daa330165e04447a08fd95309c0300888a2621dde28db9768011795b")
