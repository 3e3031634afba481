"""Fixtures of the events tests."""

from __future__ import annotations

import pytest

from tests.dedup.evalset import seed_clean


@pytest.fixture(scope="session")
def seed_clean_text() -> str:
    """The seed story, cleaned by hand (the dedup tests' copy)."""
    return seed_clean()
