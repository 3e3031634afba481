"""``presswatch crawl`` / ``demo`` and ``python -m crawler.crawl``: exit codes, run rows,
one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from crawler.cli import main
from db import open_db
from db.runs import get_run, start_run
from tests.crawl.site import NOW
from tests.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def _presswatch(*args: str, env: dict[str, str] | None = None, cwd=None):
    return subprocess.run([sys.executable, "-c", "from crawler.cli import main; main()", *args],
                          env=dict(os.environ, **(env or {})), cwd=cwd or REPO_ROOT,
                          capture_output=True, text=True, timeout=150)


def test_crawl_module_uses_the_given_run_row(crawl):
    db = open_db(crawl.db)
    run_id = start_run(db, "gov_listing", trigger="daemon")
    db.close()
    result = crawl.run("--run-id", f"gov_listing={run_id}", "gov_listing")
    assert result.returncode == 0, result.stderr[-3000:]
    db = open_db(crawl.db)
    row = get_run(db, run_id)
    db.close()
    assert row["status"] == "ok" and row["new"] == 3 and row["trigger"] == "daemon"
    assert len(crawl.rows("SELECT id FROM crawl_runs")) == 1


@pytest.mark.parametrize(("args", "env", "needle"), [
    (["no_such_source"], {}, "unknown source 'no_such_source'"),
    (["--run-id", "gov_listing=x", "gov_listing"], {}, "--run-id expects SOURCE=ID"),
    (["gov_listing"], {"PRESSWATCH_HOST_MAP": "{broken"}, "PRESSWATCH_HOST_MAP is not valid"),
    (["gov_listing"], {"PRESSWATCH_NOW": "soon"}, "PRESSWATCH_NOW='soon' is not a date"),
])
def test_crawl_module_configuration_errors_exit_2_with_one_line(crawl, args, env, needle):
    result = crawl.run(*args, env=env)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert needle in result.stderr


def test_presswatch_crawl_prints_a_summary_and_records_the_run(crawl, tmp_path):
    env = {"PRESSWATCH_HOST_MAP": json.dumps(crawl.server.host_map()), "PRESSWATCH_NOW": NOW}
    result = _presswatch("crawl", "gov_listing", "--db", str(crawl.db),
                         "--sources-file", str(crawl.sources_file), env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    header, line = result.stdout.splitlines()[:2]
    assert header.split()[:3] == ["source", "run", "status"]
    assert line.split()[:3] == ["gov_listing", "1", "ok"]
    assert "source(s): pages" in result.stderr  # the progress line
    runs = crawl.rows("SELECT source, status, new FROM crawl_runs")
    assert runs == [{"source": "gov_listing", "status": "ok", "new": 3}]
    bad = _presswatch("crawl", "nope", "--db", str(crawl.db),
                      "--sources-file", str(crawl.sources_file), env=env)
    assert bad.returncode == 2 and bad.stderr.startswith("Error: unknown source 'nope'")


def test_cli_crawl_rejects_unknown_source_before_crawling(runner, db_path):
    result = runner.invoke(main, ["crawl", "definitely_not_a_source", "--db", str(db_path)])
    assert result.exit_code == 2
    assert "unknown source" in result.output
    assert not db_path.exists()


def test_demo_crawls_builtin_sources_into_a_scratch_database(tmp_path):
    user_db = tmp_path / "user.db"
    result = _presswatch("demo", "--json", "--keep", str(tmp_path / "demo"),
                         env={"PRESSWATCH_DB": str(user_db)})
    assert result.returncode in (0, 1), result.stderr[-3000:]
    data = json.loads(result.stdout)
    assert not user_db.exists()  # never the user's database
    assert (tmp_path / "demo" / "demo.db").is_file()
    runs = data["runs"]
    assert {"people_finance", "stats_fbh"} <= set(runs)
    assert runs["stats_fbh"]["status"] == "ok" and runs["stats_fbh"]["counts"]["new"] == 4
    stored = {row["title"] for row in data["stored"]}
    assert "国家统计局局长就2024年国民经济运行情况答记者问" in stored
    assert "国新办举行新闻发布会 市场监管总局介绍2024年质量认证工作" in stored
    dropped = {(row["source"], row["reason"]) for row in data["dropped"]}
    assert ("people_finance", "irrelevant") in dropped  # the vegetable-price story
