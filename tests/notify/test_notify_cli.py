"""`presswatch notify list | test | pending | send` against a real local webhook."""

from __future__ import annotations

import json

from crawler.cli import main
from db import open_db
from db.articles import insert_article
from db.runs import finish_run, start_run
from notify.config import load_subscriptions
from notify.deliver import deliver_pending
from notify.rules import run_end_hook
from tests.notify.webhook import Webhook, free_port


def _sources(tmp_path, body: str):
    path = tmp_path / "sources.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_list_masks_secrets_and_shows_rules(tmp_path, runner):
    path = _sources(tmp_path, """
[notify]
urls = ["mailto://user:secret@example.com/to", "dingtalk://TOKEN123/"]
[notify.subscriptions.compliance]
urls = ["wecom://KEY456/"]
organisers = ["CSRC"]
""")
    result = runner.invoke(main, ["notify", "list", "--sources-file", str(path)],
                           env={"PRESSWATCH_NOTIFY_URLS": ""})
    assert result.exit_code == 0, result.output
    assert "secret" not in result.output and "KEY456" not in result.output
    assert "TOKEN123" not in result.output and "dingtalk://TO…/…" in result.output
    assert "mailto://example.com/…" in result.output
    assert "compliance: events new, related, unhealthy; organisers CSRC" in result.output
    data = json.loads(runner.invoke(main, ["notify", "list", "--sources-file", str(path),
                                           "--json"], env={"PRESSWATCH_NOTIFY_URLS": ""}
                                    ).output)
    assert [d["name"] for d in data] == ["default", "compliance"]


def test_test_command_delivers_through_the_outbox_and_reports_failures(tmp_path, runner,
                                                                      db_path):
    hook = Webhook()
    down = f"json://127.0.0.1:{free_port()}/down"
    try:
        env = {"PRESSWATCH_NOTIFY_URLS": f"{hook.url()} {down}"}
        args = ["notify", "test", "--db", str(db_path),
                "--sources-file", str(tmp_path / "none.toml")]
        result = runner.invoke(main, args, env=env)
        assert result.exit_code == 1  # one URL is down
        assert "Delivered 1 message(s); 1 failed." in result.output
        assert [m["title"] for m in hook.messages] == ["presswatch test message"]
        pending = runner.invoke(main, ["notify", "pending", "--db", str(db_path), "--json"])
        [row] = json.loads(pending.output)
        assert row["attempts"] == 1 and "Connection" in row["last_error"]
        assert runner.invoke(main, ["notify", "test", "-s", "nobody", "--db", str(db_path)],
                             env=env).exit_code == 2
    finally:
        hook.close()


def test_digest_sends_one_message_for_several_runs(tmp_path, db_path):
    hook = Webhook()
    try:
        path = _sources(tmp_path, f'[notify]\nurls = ["{hook.url()}"]\ndigest = "1h"\n')
        subs = load_subscriptions(path, environ={})
        db = open_db(db_path)
        hook_fn = run_end_hook(subs)
        for n in range(3):
            run = start_run(db, "nbd")
            insert_article(db, {"url": f"https://nbd.example/{n}", "source": "nbd",
                                "status": "new", "title": f"第{n}篇", "content_hash": str(n),
                                "body": "正文"}, run_id=run)
            finish_run(db, run, "ok", counts={"items": 1, "new": 1}, on_end=hook_fn)
        assert deliver_pending(db, subs).delivered == 0  # not due before the hour ends
        db.execute("UPDATE notify_outbox SET due_at = '2000-01-01T00:00:00+00:00'")
        report = deliver_pending(db, subs)
        assert report.delivered == 3 and len(hook.messages) == 1
        assert hook.messages[0]["title"] == "presswatch digest: 3 update(s)"
        assert all(f"第{n}篇" in hook.messages[0]["message"] for n in range(3))
    finally:
        hook.close()


def test_a_message_whose_url_left_the_configuration_stays_pending(tmp_path, db_path):
    hook = Webhook()
    try:
        old = load_subscriptions(tmp_path / "none.toml",
                                 environ={"PRESSWATCH_NOTIFY_URLS": hook.url("old")})
        db = open_db(db_path)
        run = start_run(db, "nbd")
        insert_article(db, {"url": "https://nbd.example/1", "source": "nbd", "status": "new",
                            "title": "标题", "content_hash": "1", "body": "正文"}, run_id=run)
        finish_run(db, run, "ok", on_end=run_end_hook(old))
        new = load_subscriptions(tmp_path / "none.toml",
                                 environ={"PRESSWATCH_NOTIFY_URLS": hook.url("new")})
        report = deliver_pending(db, new, retry_delay=0)
        assert report.delivered == 0 and hook.messages == []
        [row] = db.execute("SELECT state, last_error FROM notify_outbox").fetchall()
        assert row == ("pending", "its service URL is no longer configured")
    finally:
        hook.close()


def test_the_daemon_ending_a_killed_run_records_its_messages_once(fresh_db):
    from db.runs import kill_run

    subs = load_subscriptions("/nonexistent.toml",
                              environ={"PRESSWATCH_NOTIFY_URLS": "json://127.0.0.1:9/x"})
    hook_fn = run_end_hook(subs)
    run = start_run(fresh_db, "nbd")
    insert_article(fresh_db, {"url": "https://nbd.example/k", "source": "nbd",
                              "status": "new", "title": "被杀的运行", "content_hash": "k",
                              "body": "正文"}, run_id=run)
    kill_run(fresh_db, run, "timeout", on_end=hook_fn)
    kill_run(fresh_db, run, "timeout again", on_end=hook_fn)  # finished already: no more
    rows = fresh_db.execute("SELECT event, title FROM notify_outbox").fetchall()
    assert rows == [("coverage", "presswatch: 1 new article(s) from nbd")]
