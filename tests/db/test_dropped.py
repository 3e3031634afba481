"""``dropped.reason`` is a closed set of codes; numbers and messages go in ``detail``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from db.dropped import PERMANENT_REASONS, REASONS, UnknownReason, record_dropped

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_a_known_code_is_recorded_with_its_detail_and_permanence(fresh_db):
    record_dropped(fresh_db, "https://a.cn/1", "too_large", detail="7340032 bytes")
    record_dropped(fresh_db, "https://a.cn/2", "timeout", detail="took longer than 30 s")
    rows = fresh_db.execute("SELECT reason, detail, permanent FROM dropped ORDER BY id").fetchall()
    assert rows == [("too_large", "7340032 bytes", 1), ("timeout", "took longer than 30 s", 0)]


@pytest.mark.parametrize("reason", ["input of 81838900 bytes is over the 5242880-byte limit",
                                    "ignored", "Blocked", ""])
def test_an_unknown_code_is_a_programming_error_and_writes_nothing(fresh_db, reason):
    with pytest.raises(UnknownReason):
        record_dropped(fresh_db, "https://a.cn/1", reason)
    assert fresh_db.execute("SELECT count(*) FROM dropped").fetchone() == (0,)


def test_every_code_is_documented_with_its_permanence():
    text = (DOCS / "crawling.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `([a-z_]+)` \|.*\| (yes|no)[^|]*\|$", text, re.M))
    assert set(documented) == set(REASONS)
    assert {code for code, permanent in documented.items() if permanent == "yes"} == (
        PERMANENT_REASONS)
