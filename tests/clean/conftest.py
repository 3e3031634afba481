"""Fixtures of the cleaning tests: the seed article as shipped and its cleaned form."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.clean import clean_document

SEED = Path(__file__).resolve().parents[2] / "crawler" / "reference" / "seed_article.txt"


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return SEED.read_bytes()


@pytest.fixture(scope="session")
def cleaned_seed(seed_bytes):
    return clean_document(seed_bytes, fetched_at="2025-01-11T02:00:00Z")
