"""Fixtures of the dedup tests: the labelled texts and a store holding the seed reference."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def seed_clean_text() -> str:
    """The seed story, cleaned by hand: simplified, no annotations, no footers."""
    return (DATA / "seed_clean.txt").read_text(encoding="utf-8").strip()


@pytest.fixture
def seeded_db(fresh_db, seed_clean_text):
    """A fresh store whose reference article is the hand-cleaned seed (id returned too)."""
    from pipelines.reference import load_reference

    loaded = load_reference(fresh_db, seed_clean_text.encode("utf-8"),
                            url="reference:seed_clean.txt", name="seed_clean.txt")
    return fresh_db, loaded.article_id
