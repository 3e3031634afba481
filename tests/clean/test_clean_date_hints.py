"""``pipelines.dates.parse_date_hint``: the dates listings, feeds and sitemaps show, as
Beijing time unless they say otherwise."""

from __future__ import annotations

import pytest

from pipelines.dates import parse_date_hint


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-10", "2025-01-10T00:00:00+08:00"),
    ("2025年01月10日 16:47", "2025-01-10T16:47:00+08:00"),
    ("[2025/1/9]", "2025-01-09T00:00:00+08:00"),
    ("发布时间：2025.01.10 16:47:15", "2025-01-10T16:47:15+08:00"),
    ("2025-01-10T08:47:15Z", "2025-01-10T08:47:15+00:00"),
    ("no date", None),
    ("2025-13-45", None),
])
def test_date_hints(text, expected):
    parsed = parse_date_hint(text)
    assert (parsed.isoformat() if parsed else None) == expected
