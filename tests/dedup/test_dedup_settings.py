"""``pipelines.dedup_settings.DedupSettings``: defaults from the settings table, values from
the environment, one-line errors naming the setting."""

from __future__ import annotations

import pytest

from pipelines.dedup_settings import DedupSettings


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
