"""Every corpus case (tests/clean/corpus/, made by make_corpus.py) cleans to its ground truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.clean import clean_document

CORPUS = Path(__file__).resolve().parent / "corpus"
CASES = sorted(p.stem for p in CORPUS.glob("*.json"))


def test_corpus_is_big_enough():
    assert len(CASES) >= 30


@pytest.mark.parametrize("name", CASES)
def test_corpus_case_cleans_to_expected_text(name):
    case = json.loads((CORPUS / f"{name}.json").read_text("utf-8"))
    data = (CORPUS / case["file"]).read_bytes()
    result = clean_document(
        data,
        selectors=case.get("selectors"),
        source=case.get("source"),
        fetched_at=case.get("fetched_at", "2025-01-20T00:00:00Z"),
    )
    assert result.reason is None
    assert result.paragraphs == case["expected"]
    if "title" in case:
        assert result.title == case["title"]
    if "published_at" in case:
        assert result.published_at == case["published_at"]
    if "authors" in case:
        assert result.authors == case["authors"]
