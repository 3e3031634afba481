"""The store commands as a user runs them: init, seed add, search, show, stats, export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from crawler.cli import main
from crawler.exitcodes import ExitStatus
from tests.paths import SEED_FILE


def run(runner, *args, env=None):
    return runner.invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)


def test_init_loads_the_seed_once_as_a_reference(runner, db_path):
    first = run(runner, "init", "--db", db_path)
    second = run(runner, "init", "--db", db_path)
    assert first.exit_code == second.exit_code == 0, first.output
    assert "already present" in second.output
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT status, original_text FROM articles").fetchall()
    assert len(rows) == 1
    assert rows[0][0] == "reference"
    assert rows[0][1] == SEED_FILE.read_text(encoding="utf-8")


def test_search_finds_the_seed_by_its_reporter_subject(runner, db_path):
    run(runner, "init", "--db", db_path)
    result = run(runner, "search", "束为", "--db", db_path, "--json")
    assert result.exit_code == 0, result.output
    hits = json.loads(result.output)
    assert len(hits) == 1
    assert hits[0]["status"] == "reference"
    assert "[束为]" in hits[0]["snippet"]
    # The traditional spelling and a two-character query find it too.
    assert len(json.loads(run(runner, "search", "束為", "--db", db_path, "--json").output)) == 1
    assert len(json.loads(run(runner, "search", "認證", "--db", db_path, "--json").output)) == 1


def test_seed_add_twice_changes_nothing(runner, db_path, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("中国人民银行举行新闻发布会。\n央行副行长介绍金融支持实体经济有关情况。\n",
                     encoding="utf-8")
    first = run(runner, "seed", "add", story, "--url", "https://www.pbc.gov.cn/x", "--db", db_path)
    second = run(runner, "seed", "add", story, "--db", db_path)
    assert first.exit_code == 0 and second.exit_code == 0
    assert "Already stored" in second.output
    conn = sqlite3.connect(db_path)
    # The bundled seed (made with the new store) and the story, once.
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_show_prints_the_article_and_its_sightings(runner, db_path):
    run(runner, "init", "--db", db_path)
    result = run(runner, "show", "1", "--db", db_path, "--json")
    article = json.loads(result.output)
    assert article["status"] == "reference"
    assert [s["kind"] for s in article["sightings"]] == ["original"]
    text = run(runner, "show", "1", "--db", db_path)
    assert "Sightings (1)" in text.output


def test_stats_counts_articles_by_source_and_status(runner, db_path):
    run(runner, "init", "--db", db_path)
    data = json.loads(run(runner, "stats", "--db", db_path, "--json").output)
    assert data["articles"] == 1
    assert data["articles_by_source"] == {"reference": {"reference": 1}}


def test_export_writes_jsonl_and_csv(runner, db_path, tmp_path):
    run(runner, "init", "--db", db_path)
    lines = run(runner, "export", "--db", db_path).output.splitlines()
    assert json.loads(lines[0])["status"] == "reference"
    out = tmp_path / "out.csv"
    result = run(runner, "export", "--format", "csv", "-o", out, "--db", db_path)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 1 and rows[0]["status"] == "reference"


def test_db_path_comes_from_the_environment(runner, db_path):
    result = run(runner, "init", env={"PRESSWATCH_DB": str(db_path)})
    assert result.exit_code == 0
    assert db_path.exists()


# --- errors: one sentence on stderr, the documented exit code -----------------------------


def test_missing_database_is_a_usage_error_with_a_hint(runner, tmp_path):
    result = runner.invoke(main, ["search", "央行", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == ExitStatus.USAGE
    assert "presswatch init" in result.output
    assert "Traceback" not in result.output


def test_corrupt_database_is_a_runtime_failure(runner, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    result = runner.invoke(main, ["stats", "--db", str(bad)])
    assert result.exit_code == ExitStatus.FAILURE
    assert result.output.startswith("Error: ") and "not a readable" in result.output


def test_locked_database_is_reported_not_raised(runner, db_path, tmp_path):
    run(runner, "init", "--db", db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    story = tmp_path / "s.txt"
    story.write_text("国新办举行新闻发布会介绍有关情况。", encoding="utf-8")
    try:
        result = runner.invoke(main, ["seed", "add", str(story), "--db", str(db_path)],
                               env={"PRESSWATCH_BUSY_TIMEOUT": "100"})
    finally:
        holder.execute("ROLLBACK")
    assert result.exit_code == ExitStatus.FAILURE
    assert "locked" in result.output


def test_unreadable_input_file_is_a_usage_error(runner, db_path, tmp_path):
    result = runner.invoke(main, ["seed", "add", str(tmp_path / "nope.txt"), "--db", str(db_path)])
    assert result.exit_code == ExitStatus.USAGE
    assert "no such file" in result.output


def test_empty_query_is_a_usage_error(runner, db_path):
    run(runner, "init", "--db", db_path)
    result = runner.invoke(main, ["search", "  ", "--db", str(db_path)])
    assert result.exit_code == ExitStatus.USAGE


def test_bad_busy_timeout_is_a_usage_error(runner, db_path):
    result = runner.invoke(main, ["init", "--db", str(db_path)],
                           env={"PRESSWATCH_BUSY_TIMEOUT": "soon"})
    assert result.exit_code == ExitStatus.USAGE
    assert "PRESSWATCH_BUSY_TIMEOUT" in result.output
