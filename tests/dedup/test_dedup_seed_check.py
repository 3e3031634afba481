"""`presswatch check` recognises the seed in every state as the reference article."""

from __future__ import annotations

import json
import random

import pytest

from crawler.cli import main
from tests.dedup.evalset import excerpt, spam
from tests.paths import SEED_FILE


@pytest.fixture
def initialised(runner, db_path):
    result = runner.invoke(main, ["init", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    return db_path


def _variants(seed_clean_text: str) -> dict[str, bytes]:
    raw = SEED_FILE.read_bytes()
    return {
        "seed_file.txt": raw,
        "clean_simplified.txt": seed_clean_text.encode("utf-8"),
        "excerpt_5_paragraphs.txt": excerpt(seed_clean_text, 5, 5).encode("utf-8"),
        "spam_injected.txt": spam(seed_clean_text, random.Random(7), 3).encode("utf-8"),
        "seed_file_gbk.txt": raw.decode("utf-8").encode("gb18030"),
    }


def test_check_says_duplicate_of_the_reference(runner, initialised, tmp_path,
                                               seed_clean_text):
    for name, data in _variants(seed_clean_text).items():
        path = tmp_path / name
        path.write_bytes(data)
        result = runner.invoke(main, ["check", str(path), "--db", str(initialised), "--json"])
        assert result.exit_code == 0, (name, result.output)
        verdict = json.loads(result.output)
        assert (verdict["verdict"], verdict["article_id"]) == ("duplicate", 1), (name, verdict)
        assert verdict["similarity"] >= 0.8


def test_init_twice_keeps_one_reference(runner, initialised):
    result = runner.invoke(main, ["init", "--db", str(initialised)])
    assert result.exit_code == 0 and "already present" in result.output
