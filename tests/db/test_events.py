"""db/events.py: the events tables' reads and writes."""

from __future__ import annotations

import sqlite3

import sqlite_utils

from db import migrations, open_db
from db.articles import insert_article
from db.events import create_event, has_events, set_article_event
from db.schema import migrate


def test_has_events_on_stores_opened_any_way_before_and_after_the_tables_exist(tmp_path):
    path = tmp_path / "old.db"
    plain = sqlite_utils.Database(sqlite3.connect(path))  # a user's own connection
    migrate(plain, target=migrations.MIGRATIONS.index(migrations._v7_events))
    assert has_events(plain) is False
    migrate(plain)
    assert has_events(plain) is True and has_events(plain) is True
    plain.close()
    db = open_db(path)
    assert has_events(db) is True and has_events(db) is True  # remembered by the connection


def test_putting_an_article_in_an_event_says_whether_anything_changed(fresh_db):
    article = insert_article(fresh_db, {"url": "https://e.example/1", "source": "s",
                                        "status": "new", "content_hash": "1", "body": "正文"})
    first, second = (create_event(fresh_db, date="2025-01-10", organiser="商务部", title=None,
                                  speakers=[], participants=[]) for _ in range(2))
    assert set_article_event(fresh_db, article, first, "new") is True
    assert set_article_event(fresh_db, article, first, "new") is False
    assert set_article_event(fresh_db, article, first, "speakers") is True
    assert set_article_event(fresh_db, article, second, "speakers") is True
    rows = fresh_db.execute("SELECT article_id, event_id, basis FROM event_articles").fetchall()
    assert rows == [(article, second, "speakers")]
