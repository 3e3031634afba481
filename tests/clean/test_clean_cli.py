"""``presswatch clean FILE``: human and JSON output, exit codes for bad files."""

from __future__ import annotations

import json

from click.testing import CliRunner

from crawler.cli import main


def run(*args):
    return CliRunner().invoke(main, ["clean", *map(str, args)])


def test_clean_seed_json(seed_bytes, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_bytes)
    result = run(path, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["media"] == "每日经济新闻"
    assert data["published_at"] == "2025-01-10T16:47:15+08:00"
    assert data["authors"] == ["李宣璋"] and data["editors"] == ["陈星"]
    assert data["body"] == "\n\n".join(data["paragraphs"])
    assert data["counts"]["pinyin_removed"] > 300 and data["conversions_count"] > 500
    assert data["extracted_by"] == "text" and "title" in data


def test_clean_human_output(seed_bytes, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_bytes(seed_bytes)
    result = run(path)
    assert result.exit_code == 0
    assert "authors:      李宣璋" in result.output
    assert "质量认证是国际通行的市场经济“信用证”" in result.output


def test_clean_html_with_selectors(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><div id='c'><p>第一段正文内容在这里。</p></div>"
                    "<div class='x'><p>不是正文的内容，不要它。</p></div></body></html>", "utf-8")
    result = run(path, "--json", "--selector", "body=#c")
    data = json.loads(result.output)
    assert data["paragraphs"] == ["第一段正文内容在这里。"] and data["extracted_by"] == "selectors"


def test_missing_file_exits_2_with_one_line(tmp_path):
    result = run(tmp_path / "nope.html")
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: no such file")
    assert len(result.output.strip().splitlines()) == 1


def test_empty_and_binary_files_exit_1_with_the_reason(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = run(empty)
    assert result.exit_code == 1 and "empty input" in result.output
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    result = run(binary)
    assert result.exit_code == 1 and "binary data" in result.output


def test_bad_selector_option_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("正文内容。", "utf-8")
    assert run(path, "--selector", "nonsense").exit_code == 2


def test_bad_rules_file_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("正文内容。", "utf-8")
    rules = tmp_path / "r.toml"
    rules.write_text("[default]\ndrop_lines = ['(']\n", "utf-8")
    result = run(path, "--rules", rules)
    assert result.exit_code == 2 and "bad pattern" in result.output
