"""A writer process inserting continuously while another process searches: no errors, no
partial article ever visible."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

WRITER = textwrap.dedent(
    """
    import sys
    from db import open_db
    from db.articles import insert_article
    from db.connection import write_transaction
    db = open_db(sys.argv[1])
    for n in range(int(sys.argv[2])):
        with write_transaction(db):
            # An article and two more sightings in one transaction: a reader must see all
            # three sightings or no article at all.
            article_id = insert_article(db, {
                "url": f"https://w.example/{n}", "source": "w", "status": "new",
                "content_hash": str(n), "title": f"央行发布会{n}", "body": "降准" * 200})
            db.execute("INSERT INTO sightings (article_id, url, source, seen_at, similarity, kind)"
                       " VALUES (?, ?, 'w', 'now', 1.0, 'exact')", [article_id, f"c{n}"])
            db.execute("INSERT INTO sightings (article_id, url, source, seen_at, similarity, kind)"
                       " VALUES (?, ?, 'w', 'now', 0.9, 'near')", [article_id, f"d{n}"])
    print("writer done")
    """
)

READER = textwrap.dedent(
    """
    import json, sys, time
    from db import open_db
    from db.search import search
    db = open_db(sys.argv[1])
    checks = partial = 0
    deadline = time.time() + 60
    while time.time() < deadline:
        for hit in search(db, "央行", limit=None):
            n = db.execute("SELECT count(*) FROM sightings WHERE article_id = ?",
                           [hit.id]).fetchone()[0]
            partial += n != 3
        checks += 1
        if db.execute("SELECT count(*) FROM articles").fetchone()[0] >= int(sys.argv[2]):
            break
    short = len(search(db, "准", limit=None))
    print(json.dumps({"checks": checks, "partial": partial, "short": short}))
    """
)


def test_reader_never_sees_partial_articles_while_a_writer_inserts(db_path, tmp_path):
    from db import open_db

    open_db(db_path).close()
    (tmp_path / "writer.py").write_text(WRITER)
    (tmp_path / "reader.py").write_text(READER)
    total = "400"
    writer = subprocess.Popen([sys.executable, str(tmp_path / "writer.py"), str(db_path), total],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader = subprocess.run([sys.executable, str(tmp_path / "reader.py"), str(db_path), total],
                            capture_output=True, text=True, timeout=120)
    _out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert reader.returncode == 0, reader.stderr
    result = json.loads(reader.stdout)
    assert result["checks"] > 0
    assert result["partial"] == 0
    assert result["short"] == int(total)
