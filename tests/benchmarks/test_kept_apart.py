"""benchmarks/real/kept_apart.py: a corpus page that is another copy of an article a kept-apart
repository holds is found, in any commit of that repository, in either script."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from benchmarks.real import kept_apart


def _repository(root: Path, files: list[dict[str, bytes]]) -> Path:
    """A real git repository whose commits write ``files`` one after another."""
    root.mkdir(parents=True)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    for commit in files:
        for name, data in commit.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            if data:
                (root / name).write_bytes(data)
            else:
                (root / name).unlink()
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-q", "-m", "step"], check=True)
    return root / ".git"


def _page(pid: str, data: bytes) -> dict:
    return {"id": pid, "split": "fresh9", "sha256": hashlib.sha256(data).hexdigest()}


LABELS = {
    "copied": {"headline": "市场监管总局召开新闻发布会通报情况", "start": "甲", "end": "乙"},
    "reworded": {"headline": "短标题", "start": "本报讯今天上午", "end": "会议持续两小时。"},
    "own": {"headline": "一条没人保存过的新闻标题", "start": "开头的句子", "end": "结尾的句子。"},
}


def test_a_page_whose_article_a_kept_apart_repository_holds_is_reported(tmp_path):
    # the headline in traditional script, in a file an older commit had and a later one deleted
    # (an empty value deletes the file)
    older = "<h1>市場監管總局召開新聞發佈會通報情況</h1>".encode("gb18030")
    git_dir = _repository(tmp_path / "kept", [
        {"tests/old.html": older},
        {"tests/old.html": b"", "README.md": "本报讯 今天上午…… 会议持续两小时。".encode()},
    ])
    files = kept_apart.repository_files(git_dir)
    assert older in {data for _, data in files.values()}
    pages = [_page("copied", b"a"), _page("reworded", b"b"), _page("own", b"c")]
    found = kept_apart.overlaps(pages, LABELS, {"someone/kept": files})
    assert [line.split(" ")[0] for line in found] == ["copied", "reworded"]
    assert "someone/kept:tests/old.html" in found[0]
    assert "someone/kept:README.md" in found[1]


def test_the_same_bytes_are_reported_even_without_a_matching_label_text(tmp_path):
    data = b"<html><body>plain bytes</body></html>"
    files = kept_apart.repository_files(_repository(tmp_path / "kept", [{"page.html": data}]))
    found = kept_apart.overlaps([_page("own", data)], LABELS, {"someone/kept": files})
    assert found == ["own (fresh9): same bytes as someone/kept:page.html"]


def test_a_missing_mirror_is_one_line_and_exit_status_2(tmp_path, capsys):
    assert kept_apart.main(["--mirrors", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "fetch github:" in err
