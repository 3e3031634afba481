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


def test_free_text_reasons_of_an_older_store_become_codes(db_path):
    import sqlite3

    import sqlite_utils

    from db import open_db
    from db.migrations import MIGRATIONS, _v9_process_identity_and_reason_codes
    from db.schema import migrate

    old = sqlite_utils.Database(sqlite3.connect(db_path))
    migrate(old, target=MIGRATIONS.index(_v9_process_identity_and_reason_codes))
    rows = [
        ("https://a.cn/1", "input of 81838900 bytes is over the 5242880-byte limit", "", 0),
        ("https://a.cn/2", "ignored", "Ignored response <200 https://a.cn/2> because its body "
         "(5 B compressed, 10551296 B decompressed so far) exceeded DOWNLOAD_MAXSIZE "
         "(10485760 B) during decompression.", 0),
        ("https://a.cn/3", "no article text found", "no article text after cleaning", 1),
        ("https://a.cn/4", "timeout", "took longer than 30 s", 0),
        ("https://a.cn/5", "ignored", "something else", 0),
    ]
    for url, reason, detail, permanent in rows:
        old.execute("INSERT INTO dropped (url, dropped_at, reason, detail, permanent) "
                    "VALUES (?, 'x', ?, ?, ?)", [url, reason, detail, permanent])
    old.conn.commit()
    old.close()
    db = open_db(db_path)
    got = db.execute("SELECT reason, detail, permanent FROM dropped ORDER BY id").fetchall()
    assert [(r, p) for r, _, p in got] == [("too_large", 1), ("too_large", 1),
                                           ("not_article", 1), ("timeout", 0),
                                           ("fetch_error", 0)]
    assert got[0][1] == "input of 81838900 bytes is over the 5242880-byte limit"
    assert got[3][1] == "took longer than 30 s"
    assert {reason for reason, _, _ in got} <= set(REASONS)
