"""Opening an older database migrates it without losing rows; a newer one is refused."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from db import SCHEMA_VERSION, DatabaseTooNew, open_db
from db.schema import current_version, migrate
from db.search import search


def _version_1_database(path) -> None:
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrate(db, target=1)
    for n in range(50):
        db.execute(
            "INSERT INTO articles (url, source, status, content_hash, fetched_at, title, body) "
            "VALUES (?, 'old', 'new', ?, '2024-01-01T00:00:00+00:00', ?, ?)",
            [f"https://old.example/{n}", str(n), f"旧文章{n}", f"央行第{n}次发布会"],
        )
    db.execute("INSERT INTO crawl_runs (source, started_at, status) VALUES ('old', 'x', 'ok')")
    db.conn.commit()
    db.close()


def test_old_version_database_is_migrated_without_losing_rows(db_path):
    _version_1_database(db_path)
    db = open_db(db_path)
    assert current_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 50
    assert db.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 1
    # Rows from before the search migration are searchable, short and long queries alike.
    assert len(search(db, "央行", limit=None)) == 50
    assert len(search(db, "第7次", limit=None)) == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_migrating_twice_changes_nothing(db_path):
    open_db(db_path).close()
    db = open_db(db_path)
    assert migrate(db) == 0
    assert current_version(db) == SCHEMA_VERSION


def test_database_from_newer_presswatch_is_refused(db_path):
    open_db(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(DatabaseTooNew, match="upgrade presswatch"):
        open_db(db_path)


def test_store_uses_wal_and_a_busy_timeout(fresh_db):
    assert fresh_db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert fresh_db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    assert fresh_db.execute("PRAGMA temp_store").fetchone()[0] == 2  # savepoints in memory


def test_failed_migration_leaves_the_database_at_its_old_version(db_path, monkeypatch):
    import db.migrations as migrations

    db = sqlite_utils.Database(sqlite3.connect(db_path))
    migrate(db, target=1)

    def broken(_db):
        _db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        migrate(db, target=2)
    assert current_version(db) == 1
    assert "half_done" not in db.table_names()


def test_nested_write_transaction_rolls_back_only_its_own_writes(fresh_db):
    from db.connection import write_transaction

    with write_transaction(fresh_db):
        fresh_db.execute("INSERT INTO dropped (url, dropped_at, reason) VALUES ('a', 'x', 'r')")
        with pytest.raises(RuntimeError), write_transaction(fresh_db):
            fresh_db.execute(
                "INSERT INTO dropped (url, dropped_at, reason) VALUES ('b', 'x', 'r')"
            )
            raise RuntimeError("inner failure")
    assert [r[0] for r in fresh_db.execute("SELECT url FROM dropped")] == ["a"]


def _version_5_database(path) -> None:
    db = sqlite_utils.Database(sqlite3.connect(path))
    migrate(db, target=5)
    from db.articles import insert_article

    for n in range(30):
        insert_article(db, {"url": f"https://v5.example/{n}", "source": "old", "status": "new",
                            "content_hash": str(n), "title": f"旧标题{n}",
                            "body": f"市场监管总局第{n}次发布会，质量认证。"})
    db.close()


def test_search_tables_become_visible_to_sqlite_utils_and_datasette(db_path):
    """Migration 6: Datasette and sqlite-utils find articles_fts, and every table scans."""
    from datasette.utils import detect_fts

    _version_5_database(db_path)
    db = open_db(db_path)
    assert db["articles"].detect_fts() == "articles_fts"
    assert detect_fts(db.conn, "articles") == "articles_fts"
    for table in db.table_names():  # what `sqlite-utils tables --counts` does
        db.execute(f"SELECT count(*) FROM [{table}]").fetchone()
    # sqlite-utils' own search goes through the rebuilt trigram index
    assert len(list(db["articles"].search("质量认证"))) == 30
    # presswatch's search after the gram index was rebuilt from the queue
    assert len(search(db, "认", limit=None)) == 30
    assert len(search(db, "第7次", limit=None)) == 1
    assert db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sqlite_utils_tables_counts_command_works(db_path):
    import subprocess
    import sys

    open_db(db_path).close()
    result = subprocess.run(
        [sys.executable, "-m", "sqlite_utils", "tables", str(db_path), "--counts"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert '"table": "articles_grams"' in result.stdout


def test_changes_queued_under_the_trigram_triggers_are_indexed_once_after_the_upgrade(db_path):
    """Before the search indexes were filled at commit, triggers kept the trigram indexes
    and only the gram index read the queue: rows another program changed then are neither
    indexed twice nor removed with text the index never held."""
    from db import migrations

    db = sqlite_utils.Database(db_path)
    migrate(db, target=migrations.MIGRATIONS.index(migrations._search_sync_at_commit))
    db.close()
    conn = sqlite3.connect(db_path)  # another program, while the triggers kept articles_fts
    for n in range(6):
        conn.execute("INSERT INTO articles (url, source, status, content_hash, fetched_at, "
                     "title, body) VALUES (?, 's', 'new', ?, '2025-01-01T00:00:00+00:00', ?, ?)",
                     (f"https://old.example/{n}", str(n), f"旧标题{n}", f"旧正文第{n}段内容"))
    conn.execute("UPDATE articles SET title = '新标题甲', body = '新正文甲乙丙' WHERE id = 2")
    conn.execute("DELETE FROM articles WHERE id = 3")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 8
    conn.close()

    db = open_db(db_path)  # migrates, then applies the queue
    assert db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
    for table in ("articles_fts", "articles_title_fts", "articles_grams"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    assert {hit.id for hit in search(db, "新正文甲", limit=None)} == {2}
    assert {hit.id for hit in search(db, "甲", limit=None)} == {2}
    assert {hit.id for hit in search(db, "旧正文", limit=None)} == {1, 4, 5, 6}
    assert search(db, "旧标题2", limit=None) == []
    # and from now on a change reaches every index through the queue
    db.execute("UPDATE articles SET title = '再改标题', body = '再改正文' WHERE id = 4")
    assert {hit.id for hit in search(db, "再改正文", limit=None)} == {4}
    assert search(db, "旧正文第3", limit=None) == []
    for table in ("articles_fts", "articles_title_fts", "articles_grams"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_new_and_upgraded_stores_merge_search_segments_sixteen_at_a_time(db_path, tmp_path):
    """FTS5's automerge is 16 for every search index, whether the store was created now or
    upgraded from one made before the setting (and searches still find what they did)."""
    from db import migrations
    from db.articles import insert_article

    def automerge(db, table):
        row = db.execute(f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()
        return row[0] if row else None

    old = sqlite_utils.Database(db_path)
    migrate(old, target=migrations.MIGRATIONS.index(migrations._search_merge_setting))
    assert automerge(old, "articles_fts") is None  # FTS5's default (4) until the upgrade
    old.close()
    for db in (open_db(db_path), open_db(tmp_path / "new.db")):
        for table in ("articles_fts", "articles_grams", "articles_title_fts"):
            assert automerge(db, table) == 16
        for n in range(40):  # a commit each: a segment each, merged as FTS5 sees fit
            insert_article(db, {"url": f"https://m.example/{n}", "source": "s",
                                "status": "new", "content_hash": str(n),
                                "title": f"标题{n}", "body": f"央行第{n}次会"})
        assert db.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 0
        assert len(search(db, "央行", limit=None)) == 40
        assert len(search(db, "第17次", limit=None)) == 1
        for table in ("articles_fts", "articles_title_fts", "articles_grams"):
            db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        db.close()
