"""Two real processes ingesting overlapping copies at once end with one article per story."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import open_db
from tests.dedup.data.articles import OTHER, STORED
from tests.dedup.evalset import garble, halfwidth, headline, traditional
from tests.paths import REPO_ROOT

WORKER = r"""
import json, pathlib, sys, time
from db import open_db
from pipelines.ingest import ingest
db = open_db(sys.argv[1])
items = json.load(open(sys.argv[2], encoding="utf-8"))
pathlib.Path(sys.argv[2] + ".ready").touch()
go = pathlib.Path(sys.argv[3])
while not go.exists():  # start together: both race for every story
    time.sleep(0.005)
for url, text in items:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    html = f"<html><body><article>{body}</article></body></html>"
    out = ingest(db, data=html, url=url, source="w")
    print(out.verdict, out.article_id, flush=True)
"""


@pytest.mark.slow
def test_two_processes_one_article_per_story(tmp_path, db_path):
    import random

    open_db(db_path).close()
    rng = random.Random(11)
    stories = {**STORED, "weather": OTHER["weather"], "sports": OTHER["sports"]}
    copies = []
    for key, text in stories.items():
        for i, variant in enumerate((text, traditional(text), halfwidth(text),
                                     headline(text, "转载"), garble(text, 2, rng))):
            copies.append((f"https://{key}.example/{i}.html", variant))
    # Each process gets all copies of every story, in a different order: both race to
    # create every story first.
    a, b = copies[:], copies[:]
    rng.shuffle(a)
    rng.shuffle(b)
    b = b[: len(b) * 3 // 4] + [c for c in copies if c not in b[: len(b) * 3 // 4]]
    files = []
    for n, part in enumerate((a, b)):
        f = tmp_path / f"part{n}.json"
        f.write_text(json.dumps(part, ensure_ascii=False), encoding="utf-8")
        files.append(f)
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(db_path), str(f), str(go)],
                              cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for f in files]
    deadline = time.monotonic() + 120
    while not all(Path(f"{f}.ready").exists() for f in files):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.01)
    go.touch()
    outputs = [p.communicate(timeout=240) for p in procs]
    for p, (_, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
    db = open_db(db_path)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == len(stories)
    sighted = {row[0] for row in db.execute("SELECT url FROM sightings")}
    assert sighted == {url for url, _ in copies}
    per_article = db.execute(
        "SELECT article_id, count(*) FROM sightings GROUP BY article_id").fetchall()
    assert sorted(n for _, n in per_article) == [5] * len(stories)
