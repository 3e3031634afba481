"""Hostile local inputs: devices, FIFOs, folders and oversized files are refused at once, in
one line, in bounded memory, and nothing is stored for them."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from pipelines.localfile import LocalFileError, read_local_file
from tests.cli.test_cli_newcomer import snapshot
from tests.processes import run_measured

pytestmark = pytest.mark.slow

COMMANDS = [["clean", "FILE"], ["check", "FILE"], ["ingest", "FILE", "--url", "https://a.cn/1"],
            ["seed", "add", "FILE"]]
LIMIT = 5 * 1024 * 1024  # PRESSWATCH_CLEAN_MAX_BYTES default


PRESSWATCH = str(Path(sys.executable).parent / "presswatch")


def run_cli(args: list[str], tmp_path: Path) -> tuple[int, str, int]:
    """``presswatch ARGS`` as a real process: (exit code, stderr, peak RSS in KB)."""
    return run_measured([PRESSWATCH, *args], output=tmp_path / "out.txt", timeout=30)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c[0] != "seed" else "seed-add")
def test_dev_zero_is_refused_in_one_line_in_bounded_memory(command, tmp_path):
    args = [("/dev/zero" if a == "FILE" else a) for a in command] + ["--db", str(tmp_path / "x.db")]
    if command[0] == "clean":
        args = args[:-2]
    code, err, peak_kb = run_cli(args, tmp_path)
    assert code == 2, err
    assert err.strip().splitlines() == [
        "Error: /dev/zero is a character device, not a regular file; give a file"]
    assert peak_kb < 300 * 1024, f"peak RSS {peak_kb} KB"


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    code, err, _ = run_cli(["clean", str(fifo)], tmp_path)
    assert code == 2
    assert err.strip().splitlines() == [
        f"Error: {fifo} is a FIFO (named pipe), not a regular file; give a file"]


def test_a_folder_is_refused_in_one_line(runner, tmp_path):
    from crawler.cli import main

    result = runner.invoke(main, ["clean", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {tmp_path} is a folder; give a file"


@pytest.mark.parametrize("command", COMMANDS[1:], ids=["check", "ingest", "seed-add"])
def test_an_over_limit_file_is_refused_before_anything_is_stored(command, runner, tmp_path):
    from crawler.cli import main

    db_path = tmp_path / "store.db"
    assert runner.invoke(main, ["init", "--db", str(db_path)]).exit_code == 0
    conn = sqlite3.connect(db_path)
    before = snapshot(conn)
    size_before = db_path.stat().st_size
    big = tmp_path / "big.html"
    big.write_bytes(b"<html><body><p>" + "新闻发布会".encode() * (LIMIT // 15 + 10) + b"</p>")
    args = [str(big) if a == "FILE" else a for a in command]
    result = runner.invoke(main, [*args, "--db", str(db_path)])
    assert result.exit_code == 1, result.output
    assert result.output.strip().splitlines() == [
        f"Error: {big} is {big.stat().st_size} bytes, over the {LIMIT}-byte limit for one "
        "document (PRESSWATCH_CLEAN_MAX_BYTES)"]
    assert snapshot(conn) == before  # no raw_pages row, no dropped row, nothing
    assert db_path.stat().st_size == size_before


def test_a_file_that_lies_about_its_size_is_read_only_to_the_limit(tmp_path):
    maps = Path("/proc/self/maps")  # st_size 0, a few KB of content
    if not maps.exists():
        pytest.skip("needs Linux /proc")
    with pytest.raises(LocalFileError) as info:
        read_local_file(maps, limit=64)
    assert "over the 64-byte limit" in str(info.value) and not info.value.usage
    assert read_local_file(maps, limit=10 * LIMIT).startswith(b"")


def test_a_regular_file_within_the_limit_is_read_whole(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(b"x" * 100)
    assert read_local_file(page, limit=100) == b"x" * 100
    with pytest.raises(LocalFileError):
        read_local_file(page, limit=99)
