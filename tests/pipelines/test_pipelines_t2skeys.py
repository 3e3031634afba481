"""``pipelines.t2skeys``: ``to_simplified`` skips OpenCC only for text OpenCC leaves as it
is. The skip set is regenerated from the installed OpenCC and compared with the shipped
file; the reasoning behind it is checked against OpenCC itself (every dictionary key, every
character of the Basic Multilingual Plane, real and random texts)."""

from __future__ import annotations

import json
import logging
import random
from pathlib import Path

import pytest

from benchmarks.crawl import article
from pipelines import t2skeys
from pipelines.decode import decode_html, decode_text
from pipelines.textnorm import _t2s, to_simplified
from tests.paths import REPO_ROOT, SEED_FILE


@pytest.fixture(scope="module")
def converter():
    return _t2s()


@pytest.fixture(scope="module")
def required() -> frozenset[str]:
    return frozenset(json.loads(t2skeys.DATA_FILE.read_text(encoding="utf-8"))["required"])


@pytest.fixture(scope="module")
def entries(converter) -> list[tuple[str, str]]:
    return list(t2skeys.dictionary_entries(Path(converter.config)))


def test_the_shipped_skip_set_is_what_the_installed_opencc_gives():
    assert t2skeys.DATA_FILE.read_text(encoding="utf-8") == t2skeys.dumps(t2skeys.build()), (
        "OpenCC changed: run `python -m pipelines.t2skeys` and commit pipelines/t2s_keys.json")


def test_the_dictionaries_read_are_those_of_the_configuration(converter, entries):
    config = Path(converter.config)
    names = {path.name for path in t2skeys.dictionary_files(config)}
    # t2s: the normalisation dictionary, the phrases, and both character tables
    assert {"TSPhrases.ocd2", "TSCharacters.ocd2"} <= names
    assert set(t2skeys.digests(config)) == names | {config.name}
    assert len(entries) > 5000
    assert ("發", "发") in entries and ("瞭解", "了解") in entries


def test_every_key_without_a_required_character_converts_to_itself(converter, entries,
                                                                    required):
    free = [key for key, _ in entries if not required.intersection(key)]
    assert free  # keys that map to themselves (有序, 阪): they need no character
    for key in free:
        assert converter.convert(key) == key, key


def test_every_changing_key_holds_a_required_character(entries, required):
    for key, value in entries:
        if key != value:
            assert required.intersection(key), (key, value)


def test_every_other_character_of_the_plane_is_left_as_it_is(converter, required):
    others = [chr(cp) for cp in range(1, 0x10000)
              if not 0xD800 <= cp <= 0xDFFF and chr(cp) not in required]
    text = "".join(others)
    assert converter.convert(text) == text
    rng = random.Random(9)
    for _ in range(3):  # other neighbours: a phrase key could only start where one ends
        rng.shuffle(others)
        text = "".join(others)
        assert converter.convert(text) == text


def _real_texts() -> list[str]:
    texts = [SEED_FILE.read_text(encoding="utf-8")]
    corpus = REPO_ROOT / "tests" / "clean" / "corpus"
    for path in sorted(corpus.iterdir()):
        data = path.read_bytes()
        if path.suffix == ".html":
            texts.append(decode_html(data)[0])
        elif path.suffix == ".txt":
            texts.append(decode_text(data)[0])
        elif path.suffix == ".json":
            texts += [p for p in json.loads(data).get("expected", []) if isinstance(p, str)]
    texts += [path.read_text(encoding="utf-8", errors="replace")
              for path in sorted((REPO_ROOT / "crawler" / "replicas").rglob("*.html"))]
    rng = random.Random(20250110)
    texts += [article(i, rng)[2] for i in range(200)]
    return texts


def test_to_simplified_equals_opencc_on_every_test_and_benchmark_text(converter, required):
    skipped = converted = 0
    for text in _real_texts():
        for piece in [text, *text.splitlines()]:
            assert to_simplified(piece) == converter.convert(piece)
            if piece and required.isdisjoint(piece):
                skipped += 1
            else:
                converted += 1
    assert skipped > 1000 and converted > 100  # both paths taken


def test_to_simplified_equals_opencc_on_random_mixed_text(converter, required):
    rng = random.Random(14)
    needed = sorted(required)
    common = [chr(cp) for cp in range(0x4E00, 0x9FA6) if chr(cp) not in required]
    odd = ["\x00", "\n", " ", "a", "Z", "9", "，", "。", "（", "）", "⿰", "⿱", "\u200b",
           "\ufe0f", "\U0001f600", "\U00020000", "\u3000", "Ａ", "é", "\u0301"]
    skipped = 0
    for n in range(4000):
        pool_of = [common, odd] if n % 2 else [common, odd, needed]
        text = "".join(rng.choice(rng.choice(pool_of)) for _ in range(rng.randint(1, 40)))
        if n % 7 == 0:  # a changing phrase or character planted in simplified text
            key = rng.choice(["回覆", "瞭解", "沈默", "藉口", "發", "國", "甦醒", "衹得"])
            cut = rng.randint(0, len(text))
            text = text[:cut] + key + text[cut:]
        assert to_simplified(text) == converter.convert(text), text
        skipped += required.isdisjoint(text)
    assert 1000 < skipped < 4000


def test_surrogates_still_raise_as_opencc_does():
    with pytest.raises(UnicodeEncodeError):
        to_simplified("国家\udcff统计局")


def test_required_characters_follow_the_rule():
    entries = [("發", "发"), ("阪", "阪"), ("有序", "有序"), ("回覆", "回复"), ("發展", "发展"),
               ("坏土", "坯土"), ("藉以", "借以"), ("一目瞭然", "一目了然"), ("ab", "c")]
    # 發: a changing character; 阪, 有序 map to themselves; 回覆 → its changed 覆; 發展
    # already holds 發; 坏土 → 坏; 藉以 → 藉; 一目瞭然 → 瞭; ab → c changes length: its last.
    assert t2skeys.required_characters(entries) == "".join(sorted("發覆坏藉瞭b"))


def test_a_skip_set_made_from_other_dictionaries_is_not_used(converter, tmp_path,
                                                              monkeypatch, caplog):
    data = json.loads(t2skeys.DATA_FILE.read_text(encoding="utf-8"))
    data["digests"]["TSPhrases.ocd2"] = "0" * 64  # as after an OpenCC upgrade
    stale = tmp_path / "t2s_keys.json"
    stale.write_text(t2skeys.dumps(data), encoding="utf-8")
    monkeypatch.setattr(t2skeys, "DATA_FILE", stale)
    t2skeys.may_change.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="pipelines.t2skeys"):
            assert t2skeys.may_change(converter.config) is None
            assert to_simplified("回覆國家统计局") == "回复国家统计局"
        assert "regenerate" in caplog.text
    finally:
        t2skeys.may_change.cache_clear()
    monkeypatch.undo()
    assert t2skeys.may_change(converter.config) is not None


def test_a_configuration_with_a_plugin_segmenter_gives_no_skip_set(tmp_path):
    config = tmp_path / "t2s.json"
    config.write_text(json.dumps({
        "segmentation": {"type": "jieba", "resources": {}},
        "conversion_chain": [{"dict": {"type": "ocd2", "file": "TSCharacters.ocd2"}}]}))
    with pytest.raises(t2skeys.UnknownConfig):
        t2skeys.dictionary_files(config)
    assert t2skeys.may_change(str(config)) is None
