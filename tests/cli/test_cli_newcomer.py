# ruff: noqa: E501  (Chinese test strings)
"""A newcomer's first hour: complete stores, read-only reads, strict dates, one exit-code rule,
managing reference articles, ``--db`` before the command, CSV for spreadsheets."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import sqlite3
from pathlib import Path

import pytest

from crawler.cli import main
from crawler.exitcodes import ExitStatus
from tests.paths import SEED_FILE

READ_COMMANDS = [
    ["search", "质量"],
    ["show", "1"],
    ["export"],
    ["stats"],
    ["runs"],
    ["status"],
    ["seed", "list"],
]


def invoke(runner, *args, env=None):
    return runner.invoke(main, [str(a) for a in args], env=env)


def snapshot(conn: sqlite3.Connection) -> dict[str, list]:
    """Every row of every real table (FTS shadow tables included) and the schema version."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    data = {name: conn.execute(f'SELECT * FROM "{name}"').fetchall() for name in names}
    data["user_version"] = conn.execute("PRAGMA user_version").fetchall()
    return data


# --- 2/3: write commands make a complete store, read commands never write --------------------


@pytest.mark.parametrize("command", [["seed", "add", "STORY"], ["ingest", "STORY", "--url", "https://example.com/a"]])
def test_a_write_command_on_a_missing_database_creates_a_complete_store_and_says_so(runner, db_path, tmp_path, command):
    story = tmp_path / "story.txt"
    story.write_text("中国人民银行举行新闻发布会。\n央行副行长介绍金融支持实体经济有关情况，回答记者提问。\n", encoding="utf-8")
    args = [str(story) if a == "STORY" else a for a in command]
    result = invoke(runner, *args, "--db", db_path)
    assert result.exit_code == 0, result.output
    created = [line for line in result.output.splitlines() if "Created the database" in line]
    assert len(created) == 1 and str(db_path) in created[0]
    conn = sqlite3.connect(db_path)
    refs = conn.execute("SELECT id, url FROM articles WHERE status = 'reference'").fetchall()
    assert refs[0] == (1, "reference:seed_article.txt")
    assert conn.execute("PRAGMA user_version").fetchone()[0] > 0


def test_ingesting_the_seed_into_a_new_database_finds_the_reference(runner, db_path):
    result = invoke(runner, "ingest", SEED_FILE, "--url", "https://mirror.example/seed", "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "duplicate" in result.output and "article 1" in result.output


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0] + (c[1] if len(c) > 1 else ""))
def test_read_commands_leave_a_zero_byte_file_untouched_and_say_why(runner, tmp_path, command):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = invoke(runner, *command, "--db", empty)
    assert result.exit_code == ExitStatus.FAILURE, result.output
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt"]
    assert "not a presswatch database" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0] + (c[1] if len(c) > 1 else ""))
def test_read_commands_never_create_a_database(runner, tmp_path, command):
    missing = tmp_path / "none.db"
    result = invoke(runner, *command, "--db", missing)
    assert result.exit_code == ExitStatus.USAGE, result.output
    assert not missing.exists()
    assert "presswatch init" in result.output


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0] + (c[1] if len(c) > 1 else ""))
def test_read_commands_do_not_change_a_database(runner, db_path, command):
    assert invoke(runner, "init", "--db", db_path).exit_code == 0
    # Another program adds an article; the gram index is left behind (its queue is not empty).
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO articles (url, source, title, fetched_at, status, content_hash, body) "
                 "VALUES ('https://x.example/1', 'x', '央行发布会', '2025-01-11T00:00:00+00:00', 'new', 'h', '央行介绍有关情况')")
    conn.commit()
    before = snapshot(conn)
    assert conn.execute("SELECT count(*) FROM search_queue").fetchone()[0] == 1
    result = invoke(runner, *command, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert snapshot(conn) == before  # not even the search index's queue was synced
    conn.close()


def test_search_read_only_still_finds_articles_other_programs_wrote(runner, db_path):
    invoke(runner, "init", "--db", db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO articles (url, source, title, fetched_at, status, content_hash, body) "
                 "VALUES ('https://x.example/1', 'x', '央行发布会', '2025-01-11T00:00:00+00:00', 'new', 'h', '央行介绍有关情况')")
    conn.commit()
    conn.close()
    hits = json.loads(invoke(runner, "search", "央行", "--json", "--db", db_path).output)
    assert [h["url"] for h in hits] == ["https://x.example/1"]


def test_a_non_database_file_is_one_line_and_exit_1(runner, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 200)
    before = notes.read_bytes()
    result = invoke(runner, "search", "质量", "--db", notes)
    assert result.exit_code == ExitStatus.FAILURE
    assert len(result.output.strip().splitlines()) == 1
    assert notes.read_bytes() == before


@pytest.mark.parametrize("command", [["init"], ["seed", "add", "STORY"], ["ingest", "STORY", "--url", "https://e.com/a"]])
def test_no_folder_is_created_silently(runner, tmp_path, command):
    story = tmp_path / "story.txt"
    story.write_text("国新办举行新闻发布会介绍有关情况。\n", encoding="utf-8")
    target = tmp_path / "no" / "such" / "folder" / "x.db"
    args = [str(story) if a == "STORY" else a for a in command]
    result = invoke(runner, *args, "--db", target)
    assert result.exit_code == ExitStatus.USAGE, result.output
    assert not (tmp_path / "no").exists()
    assert "does not exist" in result.output


def test_the_default_data_folder_is_made(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRESSWATCH_DB", raising=False)
    result = invoke(runner, "init", "--db", "data/presswatch.db")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "presswatch.db").is_file()


# --- 4: dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["notadate", "2025-13-45", "2025/01/10", "2025-01-10T25:00", "yesterday", "7x"])
@pytest.mark.parametrize("command", [["search", "质量", "--since"], ["search", "质量", "--until"], ["export", "--since"]])
def test_garbage_dates_are_usage_errors(runner, db_path, command, value):
    invoke(runner, "init", "--db", db_path)
    result = invoke(runner, *command, value, "--db", db_path)
    assert result.exit_code == ExitStatus.USAGE, result.output
    assert value in result.output


def _dated_store(runner, db_path):
    invoke(runner, "init", "--db", db_path)
    conn = sqlite3.connect(db_path)
    for n, published in enumerate(["2025-01-09T23:30:00+08:00", "2025-01-10T07:59:00+08:00",
                                   "2025-01-10 08:30:00+08:00", "2025-01-11T00:00:00+08:00"]):
        conn.execute("INSERT INTO articles (url, source, title, published_at, fetched_at, status, content_hash, body) "
                     "VALUES (?, 'x', '央行发布会', ?, '2025-01-11T00:00:00+00:00', 'new', ?, '央行介绍有关情况')",
                     [f"https://x.example/{n}", published, f"h{n}"])
    conn.commit()
    conn.close()


def test_dates_are_compared_as_instants_not_strings(runner, db_path):
    _dated_store(runner, db_path)
    # 08:00 Beijing = 00:00 UTC: the 07:59 article is before it, the "08:30" one (space, not T) after.
    hits = json.loads(invoke(runner, "search", "央行", "--since", "2025-01-10T00:00:00Z", "--json", "--db", db_path).output)
    assert sorted(h["url"][-1] for h in hits) == ["2", "3"]
    hits = json.loads(invoke(runner, "search", "央行", "--since", "2025-01-10", "--until", "2025-01-10", "--json", "--db", db_path).output)
    assert sorted(h["url"][-1] for h in hits) == ["1", "2"]
    lines = invoke(runner, "export", "--since", "2025-01-10T08:00+08:00", "--db", db_path).output.splitlines()
    urls = [json.loads(line)["url"] for line in lines]
    assert sorted(u[-1] for u in urls if u.startswith("https://x.example/")) == ["2", "3"]


def test_relative_dates_count_back_from_now(runner, db_path):
    _dated_store(runner, db_path)
    result = invoke(runner, "search", "央行", "--since", "7d", "--json", "--db", db_path)
    assert result.exit_code == 0
    assert json.loads(result.output) == []  # every article is from January 2025
    hits = json.loads(invoke(runner, "search", "央行", "--since", "1000w", "--json", "--db", db_path).output)
    assert len(hits) == 4


def test_readme_dropped_in_the_last_day_query_is_right_near_the_cutoff(fresh_db, db_path):
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    start = readme.index("-- what was dropped in the last day")
    query = readme[start:readme.index(";", start) + 1]
    conn = sqlite3.connect(db_path)
    old = conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-1 day', '-10 seconds')").fetchone()[0]
    recent = conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-1 day', '+60 seconds')").fetchone()[0]
    for url, at in (("https://x/old", old), ("https://x/recent", recent)):
        conn.execute("INSERT INTO dropped (url, source, dropped_at, reason, permanent) VALUES (?, 'x', ?, 'timeout', 0)", [url, at])
    conn.commit()
    assert conn.execute(query).fetchall() == [("timeout", 1)]


# --- 5: one exit code for bad input files -------------------------------------------------------


BAD_INPUTS = {
    "empty": b"",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
    "whitespace": b"  \n\t\n",
}


@pytest.mark.parametrize("kind", sorted(BAD_INPUTS))
@pytest.mark.parametrize("command", ["clean", "check", "ingest", "seed add"])
def test_a_file_without_article_text_exits_1_in_every_command(runner, db_path, tmp_path, command, kind):
    invoke(runner, "init", "--db", db_path)
    bad = tmp_path / f"{kind}.txt"
    bad.write_bytes(BAD_INPUTS[kind])
    extra = ["--url", "https://e.com/a"] if command == "ingest" else []
    db = [] if command == "clean" else ["--db", db_path]
    result = invoke(runner, *command.split(), bad, *extra, *db)
    assert result.exit_code == ExitStatus.NO_CONTENT == 1, result.output
    assert "Traceback" not in result.output


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
@pytest.mark.parametrize("command", ["clean", "check", "ingest", "seed add"])
def test_an_unreadable_file_exits_1_in_every_command(runner, db_path, tmp_path, command):
    invoke(runner, "init", "--db", db_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("国新办举行新闻发布会。", encoding="utf-8")
    locked.chmod(0)
    extra = ["--url", "https://e.com/a"] if command == "ingest" else []
    db = [] if command == "clean" else ["--db", db_path]
    result = invoke(runner, *command.split(), locked, *extra, *db)
    assert result.exit_code == ExitStatus.NO_CONTENT


@pytest.mark.parametrize("command", ["clean", "check", "ingest", "seed add"])
def test_a_missing_file_exits_2_in_every_command(runner, db_path, tmp_path, command):
    invoke(runner, "init", "--db", db_path)
    extra = ["--url", "https://e.com/a"] if command == "ingest" else []
    db = [] if command == "clean" else ["--db", db_path]
    result = invoke(runner, *command.split(), tmp_path / "nope.txt", *extra, *db)
    assert result.exit_code == ExitStatus.USAGE, result.output


# --- 6: reference articles ---------------------------------------------------------------------


def test_seed_add_of_an_excerpt_warns_naming_the_article_it_duplicates(runner, db_path, tmp_path):
    invoke(runner, "init", "--db", db_path)
    lines = SEED_FILE.read_text(encoding="utf-8").splitlines()
    excerpt = tmp_path / "excerpt.txt"
    excerpt.write_text("\n".join(lines[3:12]) + "\n", encoding="utf-8")
    result = invoke(runner, "seed", "add", excerpt, "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "Added reference article 2." in result.output
    warning = [line for line in result.output.splitlines() if line.startswith("Warning:")]
    assert len(warning) == 1 and "duplicates article 1" in warning[0]


def test_seed_list_and_remove(runner, db_path, tmp_path):
    invoke(runner, "init", "--db", db_path)
    story = tmp_path / "story.txt"
    story.write_text("中国人民银行举行新闻发布会。\n央行副行长介绍金融支持实体经济有关情况。\n", encoding="utf-8")
    invoke(runner, "seed", "add", story, "--url", "https://www.pbc.gov.cn/x", "--db", db_path)
    listed = json.loads(invoke(runner, "seed", "list", "--json", "--db", db_path).output)
    assert [row["id"] for row in listed] == [1, 2]
    assert listed[1]["url"] == "https://www.pbc.gov.cn/x"
    removed = invoke(runner, "seed", "remove", "2", "--db", db_path)
    assert removed.exit_code == 0 and "Removed reference article 2" in removed.output
    assert [r["id"] for r in json.loads(invoke(runner, "seed", "list", "--json", "--db", db_path).output)] == [1]
    # The removed text is gone from the dedup index too: checking it finds nothing.
    verdict = json.loads(invoke(runner, "check", story, "--json", "--db", db_path).output)
    assert verdict["verdict"] == "new"
    again = invoke(runner, "seed", "remove", "2", "--db", db_path)
    assert again.exit_code == ExitStatus.USAGE and "seed list" in again.output


def test_seed_remove_refuses_an_article_that_is_not_a_reference(runner, db_path):
    invoke(runner, "ingest", SEED_FILE.with_name("seed_article.txt"), "--url", "https://m.example/1", "--db", db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO articles (url, source, fetched_at, status, content_hash) VALUES ('https://n/1', 'n', 'x', 'new', 'h')")
    conn.commit()
    article_id = conn.execute("SELECT id FROM articles WHERE url = 'https://n/1'").fetchone()[0]
    result = invoke(runner, "seed", "remove", article_id, "--db", db_path)
    assert result.exit_code == ExitStatus.USAGE
    assert conn.execute("SELECT count(*) FROM articles WHERE id = ?", [article_id]).fetchone()[0] == 1


def test_the_seed_has_a_title_from_its_opening_words(runner, db_path):
    invoke(runner, "init", "--db", db_path)
    article = json.loads(invoke(runner, "show", "1", "--json", "--db", db_path).output)
    assert article["title"] == "市场监管总局副局长束为在回答《每日经济新闻》记者提问时表示"
    assert "(no title)" not in invoke(runner, "search", "束为", "--db", db_path).output


# --- 7: --db before the command ------------------------------------------------------------------


def test_db_is_accepted_before_the_command(runner, db_path, tmp_path):
    assert invoke(runner, "--db", db_path, "init").exit_code == 0
    assert db_path.exists()
    result = invoke(runner, "--db", db_path, "stats", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["articles"] == 1
    assert invoke(runner, "--db", db_path, "status").exit_code == 0
    # After the command wins over before it.
    other = tmp_path / "other.db"
    invoke(runner, "--db", db_path, "init", "--db", other)
    assert other.exists()


# --- 8: CSV for spreadsheets -------------------------------------------------------------------


def test_csv_export_starts_with_a_bom_unless_asked_not_to(runner, db_path, tmp_path):
    invoke(runner, "init", "--db", db_path)
    out = tmp_path / "a.csv"
    assert invoke(runner, "export", "--format", "csv", "-o", out, "--db", db_path).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["id"] == "1" and "束为" in rows[0]["title"]
    plain = tmp_path / "b.csv"
    invoke(runner, "export", "--format", "csv", "--no-bom", "-o", plain, "--db", db_path)
    assert plain.read_bytes() == data[len(codecs.BOM_UTF8):]
    stdout = runner.invoke(main, ["export", "--format", "csv", "--db", str(db_path)]).stdout_bytes
    assert stdout.startswith(codecs.BOM_UTF8)
    jsonl = runner.invoke(main, ["export", "--db", str(db_path)]).stdout_bytes
    assert not jsonl.startswith(codecs.BOM_UTF8)


# --- 12: progress of reprocess -------------------------------------------------------------------


def test_reprocess_reports_progress_on_stderr(runner, db_path, tmp_path):
    invoke(runner, "init", "--db", db_path)
    for n, topic in enumerate(["央行降准", "市场监管", "统计数据"]):
        page = tmp_path / f"p{n}.html"
        page.write_text(f"<html><body><h1>{topic}新闻发布会</h1><div class='content'><p>国务院新闻办公室1月{n + 10}日举行新闻发布会，介绍{topic}有关情况。</p>"
                        f"<p>有关负责人表示，{topic}工作取得积极进展，将继续推进相关工作，回答了记者提问。</p></div></body></html>", encoding="utf-8")
        assert invoke(runner, "ingest", page, "--url", f"https://e.example/{n}", "--db", db_path).exit_code == 0
    result = invoke(runner, "reprocess", "--db", db_path)
    assert result.exit_code == 0, result.output
    assert "Reprocessing: 3/3 pages (100%)" in result.stderr
    assert "Reprocessed:" in result.stdout
    quiet = invoke(runner, "reprocess", "-q", "--db", db_path)
    assert "Reprocessing" not in quiet.stderr
    as_json = invoke(runner, "reprocess", "--json", "--db", db_path)
    assert "Reprocessing" not in as_json.stderr and json.loads(as_json.stdout)["unchanged"] == 3


# --- 8: README queries tell the truth ------------------------------------------------------------


def test_readme_copies_query_does_not_count_the_original(runner, db_path):
    import re

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sql = re.search(r'"(select a\.title, count\(\*\) copies.*?)" --table', readme, re.S).group(1)
    invoke(runner, "init", "--db", db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute(sql).fetchall() == []  # the seed alone: no copies yet
    invoke(runner, "ingest", SEED_FILE, "--url", "https://mirror.example/1", "--db", db_path)
    rows = conn.execute(sql).fetchall()
    assert [count for _, count in rows] == [1]
