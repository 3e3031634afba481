"""The frozen history of the presswatch schema: every migration as shipped, in order.

``MIGRATIONS`` is positional: migration *n* (its index + 1) takes a database from schema
version *n - 1* to *n*, and ``db.schema.migrate`` applies the ones a database lacks. A
migration that has shipped never changes — an old store must upgrade to exactly the schema
a fresh one gets — so this module holds each migration's SQL as it shipped and imports no
other project module (``tests/test_layers.py`` checks that): a live module's SQL may change,
a migration's may not. To change the schema, append a function to ``MIGRATIONS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Execute several statements inside the current transaction.

    ``sqlite3.executescript`` would COMMIT first, breaking the one-transaction migration.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")


def _v1_core(db: sqlite_utils.Database) -> None:
    """Articles, sightings, crawl runs, dropped items and compressed raw responses."""
    run_script(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            published_at TEXT,
            fetched_at TEXT NOT NULL,
            media TEXT,
            author TEXT,
            status TEXT NOT NULL CHECK (status IN ('reference', 'new', 'related')),
            related_to INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            similarity REAL,
            content_hash TEXT NOT NULL,
            body_url TEXT,
            body_updated_at TEXT,
            meta TEXT NOT NULL DEFAULT '{}',
            body TEXT NOT NULL DEFAULT '',
            original_text TEXT
        );
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_source_published ON articles(source, published_at);
        CREATE INDEX articles_status ON articles(status);
        CREATE INDEX articles_related_to ON articles(related_to);

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            trigger TEXT NOT NULL DEFAULT 'manual',
            pid INTEGER,
            planned_at TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL
                CHECK (status IN ('running', 'ok', 'partial', 'failed', 'killed')),
            pages INTEGER NOT NULL DEFAULT 0,
            items INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            related INTEGER NOT NULL DEFAULT 0,
            dropped INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            message TEXT
        );
        CREATE INDEX crawl_runs_source_started ON crawl_runs(source, started_at);
        CREATE INDEX crawl_runs_status ON crawl_runs(status);

        CREATE TABLE sightings (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            source TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            similarity REAL NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('original', 'exact', 'near')),
            run_id INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
            UNIQUE (article_id, url)
        );
        CREATE INDEX sightings_url ON sightings(url);

        CREATE TABLE dropped (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            source TEXT,
            run_id INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
            dropped_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT,
            permanent INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX dropped_url ON dropped(url);
        CREATE INDEX dropped_reason ON dropped(reason);

        CREATE TABLE raw_pages (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            final_url TEXT,
            source TEXT,
            fetched_at TEXT NOT NULL,
            http_status INTEGER,
            headers TEXT,
            encoding TEXT,
            size INTEGER NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            body_zlib BLOB NOT NULL
        );
        CREATE INDEX raw_pages_url ON raw_pages(url);
        """
    )


def _v2_search(db: sqlite_utils.Database) -> None:
    """Full-text search for queries of every length.

    ``articles_fts`` (trigram tokenizer, kept in step by triggers) answers terms of three
    characters or more. SQLite's trigram tokenizer matches nothing for shorter terms, so
    ``articles_grams`` indexes every 1- and 2-character gram; it cannot be computed in SQL,
    so triggers queue each change (with the old text, which a contentless FTS5 table needs
    to delete postings) and ``db.search.sync_grams`` applies the queue in the writer's
    transaction, or before a search if another program wrote to the table.
    """
    run_script(
        db,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, body)
                VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END;

        CREATE VIRTUAL TABLE articles_grams USING fts5(
            title, body, content='', detail='column', columnsize=0
        );
        CREATE TABLE search_queue (
            seq INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            old_title TEXT,
            old_body TEXT
        );
        CREATE TRIGGER articles_grams_ai AFTER INSERT ON articles BEGIN
            INSERT INTO search_queue(article_id, op) VALUES (new.id, 'insert');
        END;
        CREATE TRIGGER articles_grams_ad AFTER DELETE ON articles BEGIN
            INSERT INTO search_queue(article_id, op, old_title, old_body)
                VALUES (old.id, 'delete', old.title, old.body);
        END;
        CREATE TRIGGER articles_grams_au AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO search_queue(article_id, op, old_title, old_body)
                VALUES (old.id, 'update', old.title, old.body);
        END;
        """
    )
    # Index what a version-1 database already holds.
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO search_queue(article_id, op) SELECT id, 'insert' FROM articles")


def _v3_dedup(db: sqlite_utils.Database) -> None:
    """The duplicate-detection index (all its SQL is in ``db/dedup_index.py``).

    ``dedup_keys`` maps LSH band keys and anchor hashes to articles; triggers queue every
    change of an article's body in ``dedup_queue`` (with the old body, from which its old
    keys are derived), and ``db.dedup_index.sync`` applies the queue in the writer's
    transaction. Articles already stored are queued here and indexed on first use.
    """
    run_script(
        db,
        """
        CREATE TABLE dedup_keys (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE dedup_docs (
            article_id INTEGER PRIMARY KEY,
            size INTEGER NOT NULL
        );
        CREATE TABLE dedup_meta (
            name TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE dedup_queue (
            seq INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
            old_body TEXT
        );
        CREATE TRIGGER dedup_queue_ai AFTER INSERT ON articles BEGIN
            INSERT INTO dedup_queue(article_id, op) VALUES (new.id, 'insert');
        END;
        CREATE TRIGGER dedup_queue_ad AFTER DELETE ON articles BEGIN
            INSERT INTO dedup_queue(article_id, op, old_body) VALUES (old.id, 'delete', old.body);
        END;
        CREATE TRIGGER dedup_queue_au AFTER UPDATE OF body ON articles
            WHEN old.body IS NOT new.body BEGIN
            INSERT INTO dedup_queue(article_id, op, old_body) VALUES (old.id, 'update', old.body);
        END;
        """
    )
    db.execute("INSERT INTO dedup_queue(article_id, op) SELECT id, 'insert' FROM articles")


def _v4_fetch_validators(db: sqlite_utils.Database) -> None:
    """ETag / Last-Modified per listing and feed URL, for conditional requests.

    Frozen as shipped (a migration never changes); reads and writes are in
    ``db/fetch_state.py``.
    """
    run_script(
        db,
        """
        CREATE TABLE fetch_validators (
            url TEXT PRIMARY KEY,
            source TEXT,
            etag TEXT,
            last_modified TEXT,
            checked_at TEXT NOT NULL
        );
        """,
    )


def _v5_title_search(db: sqlite_utils.Database) -> None:
    """A trigram index of titles alone, for ranking title matches first.

    A column filter on ``articles_fts`` (``title : "..."``) walks the term's whole doclist
    over bodies too: 50-100 ms for common terms on 100k articles. Titles' own index holds
    only title postings.
    """
    run_script(
        db,
        """
        CREATE VIRTUAL TABLE articles_title_fts USING fts5(
            title, content='articles', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER articles_title_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_title_fts(rowid, title) VALUES (new.id, new.title);
        END;
        CREATE TRIGGER articles_title_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_title_fts(articles_title_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
        END;
        CREATE TRIGGER articles_title_fts_au AFTER UPDATE OF title ON articles BEGIN
            INSERT INTO articles_title_fts(articles_title_fts, rowid, title)
                VALUES ('delete', old.id, old.title);
            INSERT INTO articles_title_fts(rowid, title) VALUES (new.id, new.title);
        END;
        """,
    )
    db.execute("INSERT INTO articles_title_fts(articles_title_fts) VALUES ('rebuild')")


def _v8_crawl_state(db: sqlite_utils.Database) -> None:
    """Issue 11's slot: what each listing page of a run showed (entries, next page), for
    catch-up and ``status`` warnings. Frozen as shipped; reads and writes are in
    ``db/crawl_state.py``."""
    run_script(
        db,
        """
        CREATE TABLE listing_pages (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES crawl_runs(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            start_url TEXT,
            page INTEGER NOT NULL,
            entries INTEGER NOT NULL,
            fallback INTEGER NOT NULL DEFAULT 0,
            next_url TEXT,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX listing_pages_source_run ON listing_pages(source, run_id);
        """,
    )


def _v6_datasette_and_outbox(db: sqlite_utils.Database) -> None:
    """Search tables other tools recognise and scan; the notification outbox.

    Datasette and sqlite-utils find an FTS table of ``articles`` by the text
    ``content="articles"`` or ``content=[articles]`` in its declaration, and take the
    first such table: the quotes of ``content='articles'`` (v2) hid ``articles_fts`` from
    them, so it is declared again and rebuilt from ``articles``. ``articles_title_fts`` (v5)
    keeps its single quotes on purpose, so that the title-only index is never the one they
    pick for ``articles``. ``articles_grams`` (v2) was declared with
    ``columnsize=0``, which makes FTS5 refuse every full scan (``table does not support
    scanning``): ``sqlite-utils tables --counts`` and Datasette's table list crashed on it.
    It is declared again with its size table and filled anew from the queue.
    The outbox's rules are in ``db/outbox.py``; its table is frozen here as shipped.
    """

    run_script(
        db,
        """
        DROP TABLE articles_fts;
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content="articles", content_rowid="id", tokenize="trigram"
        );
        DROP TABLE articles_grams;
        CREATE VIRTUAL TABLE articles_grams USING fts5(
            title, body, content='', detail='column'
        );
        DELETE FROM search_queue;
        """,
    )
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    db.execute("INSERT INTO search_queue(article_id, op) SELECT id, 'insert' FROM articles")
    run_script(
        db,
        """
        CREATE TABLE notify_outbox (
            id INTEGER PRIMARY KEY,
            subscription TEXT NOT NULL,
            target TEXT NOT NULL,
            event TEXT NOT NULL,
            run_id INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
            source TEXT,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            article_ids TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'delivered')),
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_by TEXT,
            lease_until TEXT,
            delivered_at TEXT,
            last_error TEXT
        );
        CREATE INDEX notify_outbox_due ON notify_outbox(state, due_at);
        -- one message per subscription, service URL, event and run, however often a run's
        -- end is recorded
        CREATE UNIQUE INDEX notify_outbox_once
            ON notify_outbox(subscription, target, event, run_id);
        """,
    )


# dropped.reason codes as of issue 10 (db.dropped.REASONS then): frozen here, like the SQL
_V9_CODES = ("blocked", "not_found", "http_error", "timeout", "connection_error", "dns_error",
             "truncated", "too_large", "redirect_loop", "robots", "fetch_error", "parse_error",
             "no_entries", "pipeline_error", "clean_failed", "binary", "empty", "not_article",
             "irrelevant")


def _v9_process_identity_and_reason_codes(db: sqlite_utils.Database) -> None:
    """Issue 10's slot.

    ``crawl_runs.pid_started`` and ``boot_id`` identify the process carrying a run beyond
    its PID (PIDs are reused), so ``crawl``, ``status`` and ``runs`` can tell a run whose
    process died from one still going. Old free-text ``dropped.reason`` values become
    codes, the text moving into ``detail``; a decompression bomb recorded as ``ignored``
    becomes ``too_large`` and permanent, so it is never downloaded again.
    """
    db.execute("ALTER TABLE crawl_runs ADD COLUMN pid_started REAL")
    db.execute("ALTER TABLE crawl_runs ADD COLUMN boot_id TEXT")
    known = ", ".join(f"'{code}'" for code in _V9_CODES)
    run_script(db, f"""
        UPDATE dropped SET
            detail = reason || CASE WHEN COALESCE(detail, '') = '' THEN ''
                                    ELSE ': ' || detail END,
            permanent = CASE
                WHEN reason = 'ignored' AND detail LIKE '%during decompression%' THEN 1
                WHEN reason IN ('off_site', 'binary data', 'empty input',
                                'no article text found') OR reason LIKE 'input %over the %'
                     THEN 1
                ELSE permanent END,
            reason = CASE
                WHEN reason = 'ignored' AND detail LIKE '%during decompression%' THEN 'too_large'
                WHEN reason LIKE 'input %over the %' THEN 'too_large'
                WHEN reason = 'binary data' THEN 'binary'
                WHEN reason = 'empty input' THEN 'empty'
                WHEN reason = 'no article text found' THEN 'not_article'
                WHEN reason = 'off_site' THEN 'blocked'
                WHEN reason = 'ignored' THEN 'fetch_error'
                ELSE 'clean_failed' END
        WHERE reason NOT IN ({known});
    """)


def _v7_events(db: sqlite_utils.Database) -> None:
    """Press-conference events and the articles reporting on each (issue 12, slot v7).

    An article belongs to at most one event (``event_articles.article_id`` is the key);
    ``basis`` says how it joined (``date+organiser``, ``speakers``, ``quotes``). All SQL on
    these tables is in ``db/events.py``.
    """
    run_script(
        db,
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            date TEXT,
            organiser TEXT,
            title TEXT,
            speakers TEXT NOT NULL DEFAULT '[]',
            participants TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_articles (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            basis TEXT NOT NULL
        );
        CREATE INDEX event_articles_event ON event_articles(event_id);
        CREATE TRIGGER articles_event_ad AFTER DELETE ON articles BEGIN
            DELETE FROM event_articles WHERE article_id = old.id;
        END;
        """,
    )


def _feed_order_index(db: sqlite_utils.Database) -> None:
    """Issue 15's second step: ``articles`` by ``fetched_at``, for the feed's "newest found
    first" and ``--found-since``.

    Without it the feed sorted every article: 2.5 s per ``/feed.atom`` on 58k articles
    (``benchmarks/serve.py``), most of it reading bodies' pages.
    """
    db.execute("CREATE INDEX articles_fetched_at ON articles(fetched_at)")


def _search_sync_at_commit(db: sqlite_utils.Database) -> None:
    """Issue 9: the trigram indexes are filled from ``search_queue`` like the gram index,
    not by triggers row by row.

    A crawl writes each article in a savepoint of a commit group, and FTS5 writes its
    pending postings out as a new segment at every savepoint: one segment per article and
    table, merged again and again. Filled from the queue just before the commit
    (``db.search.sync_search``) a group of 50 articles makes one segment. Rows queued
    before this migration were already applied to the trigram indexes by their triggers:
    the new ``fts`` column marks rows (``1``) whose change the trigram indexes still need.
    """
    run_script(
        db,
        """
        DROP TRIGGER IF EXISTS articles_fts_ai;
        DROP TRIGGER IF EXISTS articles_fts_ad;
        DROP TRIGGER IF EXISTS articles_fts_au;
        DROP TRIGGER IF EXISTS articles_title_fts_ai;
        DROP TRIGGER IF EXISTS articles_title_fts_ad;
        DROP TRIGGER IF EXISTS articles_title_fts_au;
        ALTER TABLE search_queue ADD COLUMN fts INTEGER NOT NULL DEFAULT 0;
        DROP TRIGGER articles_grams_ai;
        DROP TRIGGER articles_grams_ad;
        DROP TRIGGER articles_grams_au;
        CREATE TRIGGER search_queue_ai AFTER INSERT ON articles BEGIN
            INSERT INTO search_queue(article_id, op, fts) VALUES (new.id, 'insert', 1);
        END;
        CREATE TRIGGER search_queue_ad AFTER DELETE ON articles BEGIN
            INSERT INTO search_queue(article_id, op, old_title, old_body, fts)
                VALUES (old.id, 'delete', old.title, old.body, 1);
        END;
        CREATE TRIGGER search_queue_au AFTER UPDATE OF title, body ON articles BEGIN
            INSERT INTO search_queue(article_id, op, old_title, old_body, fts)
                VALUES (old.id, 'update', old.title, old.body, 1);
        END;
        """,
    )


def _search_merge_setting(db: sqlite_utils.Database) -> None:
    """Issue 9: the search indexes merge their segments 16 at a time, not 4.

    Each commit group writes one new FTS5 segment per index, and FTS5 merges a level's
    segments into the next level once ``automerge`` of them exist: with its default of 4
    every posting is rewritten about log4(groups) times, and the merging was ~40 % of the
    indexes' cost at commit on a 2,000-article crawl. With 16 it is rewritten about half
    as often; a search reads a few more segments per term, which measured no slower on
    20,000 articles written in crawl-sized groups (docs/search.md). The setting is stored
    in each index's own ``_config`` table.
    """
    for table in ("articles_fts", "articles_grams", "articles_title_fts"):
        db.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', 16)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_core,
    _v2_search,
    _v3_dedup,
    _v4_fetch_validators,
    _v5_title_search,
    _v8_crawl_state,  # slot v8 (issue 11); its position is its version
    _v6_datasette_and_outbox,  # slot v6 (issue 15), at the next free position
    _v9_process_identity_and_reason_codes,  # slot v9 (issue 10), at the next free position
    _v7_events,  # slot v7 (issue 12), at the next free position (9)
    _feed_order_index,  # issue 15's second migration, at the next free position (10)
    _search_sync_at_commit,  # issue 9: trigram indexes filled from the queue at commit (11)
    _search_merge_setting,  # issue 9: search segments merged 16 at a time (12)
]
