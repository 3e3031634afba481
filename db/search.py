"""Full-text search over article titles and bodies that behaves like a substring scan.

A query is split on whitespace into terms; an article matches when every normalised term
is a case-insensitive substring of its title or of its body. The normaliser is passed in
by the caller (``pipelines.textnorm.normalize_query`` folds traditional script and full
width to the stored form): the store does not know the text rules. Terms of three
characters or more are answered by the trigram index ``articles_fts``; shorter ones (the
most common Chinese queries: 央行, 认证) by the 1- and 2-gram index ``articles_grams``.
Ranking: articles whose title holds every term first, then the rest, most recently stored
(highest id) first within each group. The three indexes are filled from ``search_queue``
by :func:`sync_search`, which writers run before they commit and a writable search runs
first; a read-only search checks the queued articles' text directly instead.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import sqlite_utils

from db.transaction import is_read_only, write_transaction

SNIPPET_CONTEXT = 40  # characters shown on each side of the first hit


@dataclass
class Hit:
    id: int
    url: str
    source: str
    title: str | None
    published_at: str | None
    status: str
    title_match: bool
    snippet: str


# --- the 1- and 2-gram index ------------------------------------------------------------


def _encode(gram: str) -> str:
    # Every character as six hex digits: one FTS5 token per gram whatever the script, so
    # the default unicode61 tokenizer never splits or folds it.
    return "".join(f"{ord(ch):06x}" for ch in gram)


def _hex_tokens(values: np.ndarray, width: int) -> str:
    """Space-separated hex of each value's last ``width`` bytes (``width`` * 2 digits)."""
    raw = values.astype(">u8").view(np.uint8).reshape(-1, 8)[:, 8 - width:]
    return raw.tobytes().hex(" ", width)


_LOW_24 = np.uint64(0xFFFFFF)
_SHIFT = np.uint64(24)
_PAIRS_FROM = np.uint64(1 << 24)


def gram_tokens(text: str | None) -> str:
    """The space-separated 1- and 2-gram tokens of ``text`` (lower-cased), each gram once.

    Grams never span whitespace: queries are split on it, so such grams are never asked for.
    A gram is its characters' code points in six hex digits each. Computed over a numpy
    array of code points (a Python loop over character pairs cost ~1 ms an article).
    """
    if not text:
        return ""
    text = text.lower()
    if "\0" in text:
        text = text.replace("\0", " ")
    # Whitespace runs become one NUL, the one separator left (NUL never made a gram).
    text = "\0".join(text.split())
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(
        np.uint64)
    # Every character, and every neighbour pair as (first << 24) | second: one sort gives
    # both sets, pairs above every single code point. A pair across a NUL is no gram: with
    # the NUL second its low 24 bits are 0 (dropped below, with the NUL itself); with the
    # NUL first it equals its second character, which is a gram already (one copy kept).
    grams = np.concatenate((codes, (codes[:-1] << _SHIFT) | codes[1:]))
    grams.sort()
    keep = (grams & _LOW_24) != 0
    keep[1:] &= grams[1:] != grams[:-1]
    grams = grams[keep]
    if not len(grams):
        return ""
    cut = int(grams.searchsorted(_PAIRS_FROM))
    tokens = _hex_tokens(grams[:cut], 3)
    return f"{tokens} {_hex_tokens(grams[cut:], 6)}" if cut < len(grams) else tokens


_CHUNK = 500  # articles per statement batch when a long queue is applied


def sync_search(db: sqlite_utils.Database) -> int:
    """Apply queued article changes to the search indexes; return how many articles changed.

    Triggers on ``articles`` queue every insert, update of title or body, and delete in
    ``search_queue``, with the old text (contentless and external-content FTS5 tables need
    it to remove postings). This applies the queue to the gram index ``articles_grams`` and
    to the trigram indexes ``articles_fts`` and ``articles_title_fts`` — those only for rows
    queued since they stopped being kept by triggers (``fts = 1``; until then their
    triggers had applied the change). The first queued change of an article tells what an
    index holds for it: nothing after an insert, the old text after an update or a delete.

    Runs in the caller's transaction when there is one. Writers register it with
    ``db.transaction.before_commit``, so a whole commit group is indexed in one pass (one
    FTS5 segment per group instead of one per article) and nothing is committed unindexed.
    """
    conn = db.conn
    if conn.execute("SELECT 1 FROM search_queue LIMIT 1").fetchone() is None:
        return 0

    with write_transaction(db):
        # SELECT *: a store older than the ``fts`` column (its trigram indexes still kept
        # by triggers) reads as all rows 0.
        cursor = conn.execute("SELECT * FROM search_queue ORDER BY seq")
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        at = {name: names.index(name) for name in ("article_id", "op", "old_title", "old_body")}
        fts_at = names.index("fts") if "fts" in names else None
        grams: dict[int, tuple[str, str | None, str | None]] = {}
        texts: dict[int, tuple[str, str | None, str | None]] = {}
        for row in rows:
            change = (row[at["op"]], row[at["old_title"]], row[at["old_body"]])
            grams.setdefault(row[at["article_id"]], change)
            if fts_at is not None and row[fts_at]:
                texts.setdefault(row[at["article_id"]], change)
        conn.executemany(
            "INSERT INTO articles_grams(articles_grams, rowid, title, body) "
            "VALUES ('delete', ?, ?, ?)",
            [(article_id, gram_tokens(title), gram_tokens(body))
             for article_id, (op, title, body) in grams.items() if op != "insert"])
        removed = [(article_id, title, body)
                   for article_id, (op, title, body) in texts.items() if op != "insert"]
        conn.executemany("INSERT INTO articles_fts(articles_fts, rowid, title, body) "
                         "VALUES ('delete', ?, ?, ?)", removed)
        conn.executemany("INSERT INTO articles_title_fts(articles_title_fts, rowid, title) "
                         "VALUES ('delete', ?, ?)", [row[:2] for row in removed])
        ids = list(grams)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            marks = ", ".join("?" for _ in chunk)
            current = conn.execute(
                f"SELECT id, title, body FROM articles WHERE id IN ({marks}) ORDER BY id", chunk
            ).fetchall()
            conn.executemany(
                "INSERT INTO articles_grams(rowid, title, body) VALUES (?, ?, ?)",
                [(article_id, gram_tokens(title), gram_tokens(body))
                 for article_id, title, body in current])
            indexed = [row for row in current if row[0] in texts]
            conn.executemany("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
                             indexed)
            conn.executemany("INSERT INTO articles_title_fts(rowid, title) VALUES (?, ?)",
                             [row[:2] for row in indexed])
        conn.execute("DELETE FROM search_queue WHERE seq <= ?", (rows[-1][names.index("seq")],))
    return len(grams)


# --- queries ------------------------------------------------------------------------------


Normalizer = Callable[[str], str]


def _lower(term: str) -> str:
    return term.strip().lower()


def query_terms(query: str, normalize: Normalizer = _lower) -> list[str]:
    """Normalised, de-duplicated terms of a query, in order."""
    terms: list[str] = []
    for raw in query.split():
        term = normalize(raw)
        if term and term not in terms:
            terms.append(term)
    return terms


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _bigrams(term: str) -> list[str]:
    return [term[i : i + 2] for i in range(len(term) - 1)]


def _candidate_query(terms: list[str], column: str | None) -> tuple[str, str, bool]:
    """(FTS table, MATCH expression, whether hits need checking) for ``terms``.

    One FTS query drives each search, read in rowid order so the first page costs little
    even when a term matches every article. Terms of one kind use their own index exactly.
    Mixed queries use the gram index with the bigrams of the long terms — a necessary
    condition — and the caller checks each candidate's text: intersecting two FTS tables
    in SQL would materialise both hit lists (seconds for common terms on 100k articles).
    """
    prefix = f"{column} : " if column else ""
    long_terms = [t for t in terms if len(t) >= 3]
    short_terms = [t for t in terms if len(t) < 3]
    if not short_terms:
        table = "articles_title_fts" if column == "title" else "articles_fts"
        return table, " AND ".join(_phrase(t) for t in long_terms), False
    grams = list(dict.fromkeys([*short_terms, *(g for t in long_terms for g in _bigrams(t))]))
    return "articles_grams", " AND ".join(f"{prefix}{_encode(g)}" for g in grams), bool(long_terms)


def _holds(title: str | None, body: Callable[[], str], terms: list[str], column: str | None):
    """Whether every term is in the title (title pass) or in the title or the body."""
    title = (title or "").lower()
    if column == "title":
        return all(t in title for t in terms)
    missing = [t for t in terms if t not in title]
    if not missing:
        return True
    text = body().lower()
    return all(t in text for t in missing)


def search(
    db: sqlite_utils.Database,
    query: str,
    *,
    source: str | None = None,
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    found_since: str | None = None,
    limit: int | None = 20,
    read_only: bool = False,
    normalize: Normalizer = _lower,
) -> list[Hit]:
    """Articles matching every term of ``query``; see the module docstring for the rules.

    ``normalize`` turns a raw query term into the stored text's form (default: lower case).

    ``since``/``until`` are ISO 8601 (a date such as ``2025-01-10`` works, ``until`` is
    inclusive of that day) and are compared with ``published_at`` as instants (UTC);
    ``found_since`` likewise with ``fetched_at`` (when presswatch found the article).
    ``limit=None`` returns all. ``read_only`` (implied by a connection from
    ``open_db(read_only=True)``; Datasette's connections pass it) never writes: instead of
    applying ``search_queue`` it checks the queued articles' current text directly.

    >>> [h.title for h in search(db, "束为")]  # doctest: +SKIP
    ['市场监管总局：...']
    """
    terms = query_terms(query, normalize)
    if not terms:
        return []
    # A read-only connection cannot bring the gram index up to date: for articles written
    # by other programs since the last writer ran, the index may be stale, so their hits
    # are set aside and their current text is checked directly instead.
    stale: set[int] = set()
    if read_only or is_read_only(db):
        stale = {row[0] for row in db.execute("SELECT DISTINCT article_id FROM search_queue")}
    else:
        sync_search(db)
    filters, filter_params = _filters(source=source, status=status, since=since, until=until,
                                      found_since=found_since)
    hits: list[Hit] = []
    seen: set[int] = set()
    for column in ("title", None):
        if limit is not None and len(hits) >= limit:
            break
        table, match, check = _candidate_query(terms, column)
        # The body is read only for checks and snippets: on big stores most of the cost of a
        # row is its body's overflow pages.
        cursor = db.execute(
            "SELECT a.id, a.url, a.source, a.title, a.published_at, a.status "
            f"FROM {table} f JOIN articles a ON a.id = f.rowid "
            f"WHERE {table} MATCH ?{filters} ORDER BY f.rowid DESC",
            [match, *filter_params],
        )
        rows: Iterable[tuple] = cursor
        if stale:
            rows = _with_queued(db, cursor, stale, filters, filter_params)
        for row in rows:
            if row[0] in seen:
                continue
            body = _body_reader(db, row[0])
            if (check or row[0] in stale) and not _holds(row[3], body, terms, column):
                continue
            seen.add(row[0])
            hits.append(
                Hit(
                    id=row[0],
                    url=row[1],
                    source=row[2],
                    title=row[3],
                    published_at=row[4],
                    status=row[5],
                    title_match=column == "title",
                    snippet=snippet(body() or row[3] or "", terms),
                )
            )
            if limit is not None and len(hits) >= limit:
                break
        cursor.close()
    return hits


def _with_queued(
    db: sqlite_utils.Database, hits: Iterable[tuple], queued: set[int], filters: str,
    params: list[str],
) -> Iterator[tuple]:
    """Index hits without the queued articles (the indexes may be stale for them),
    merged newest first with every queued article still present — to be checked by text."""
    marks = ", ".join("?" for _ in queued)
    current = db.execute(
        "SELECT a.id, a.url, a.source, a.title, a.published_at, a.status FROM articles a "
        f"WHERE a.id IN ({marks}){filters} ORDER BY a.id DESC",
        [*sorted(queued), *params],
    ).fetchall()
    fresh = (row for row in hits if row[0] not in queued)
    yield from heapq.merge(fresh, current, key=lambda row: -row[0])


def _body_reader(db: sqlite_utils.Database, article_id: int) -> Callable[[], str]:
    """A function returning the article's body, read from the database at most once."""
    cache: list[str] = []

    def read() -> str:
        if not cache:
            row = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
            cache.append((row[0] if row else "") or "")
        return cache[0]

    return read


def _filters(
    *, source: str | None, status: str | None, since: str | None, until: str | None,
    found_since: str | None = None,
) -> tuple[str, list[str]]:
    clauses, params = [], []
    if source:
        clauses.append("a.source = ?")
        params.append(source)
    if status:
        clauses.append("a.status = ?")
        params.append(status)
    # Compared as instants (datetime() turns '2025-01-10T08:00:00+08:00' into UTC), not as
    # strings: 'T' against ' ' and '+08:00' against 'Z' made text comparison wrong.
    if since:
        clauses.append("datetime(a.published_at) >= datetime(?)")
        params.append(since)
    if until:
        if len(until) == 10:  # a bare date includes the whole day
            clauses.append("datetime(a.published_at) < datetime(?, '+1 day')")
        else:
            clauses.append("datetime(a.published_at) <= datetime(?)")
        params.append(until)
    if found_since:
        clauses.append("datetime(a.fetched_at) >= datetime(?)")
        params.append(found_since)
    return "".join(f" AND {c}" for c in clauses), params


def snippet(text: str, terms: list[str], *, mark: tuple[str, str] = ("[", "]")) -> str:
    """A window of ``text`` around the first hit, every term occurrence in it marked."""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    first = pattern.search(text)
    if first is None:
        window, start, end = text[: 2 * SNIPPET_CONTEXT], 0, 2 * SNIPPET_CONTEXT
    else:
        start = max(0, first.start() - SNIPPET_CONTEXT)
        end = min(len(text), first.end() + SNIPPET_CONTEXT)
        window = text[start:end]
    window = pattern.sub(lambda m: f"{mark[0]}{m.group(0)}{mark[1]}", window)
    window = " ".join(window.split())
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")
