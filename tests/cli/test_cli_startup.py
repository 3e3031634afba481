"""Start-up stays cheap: ``--help`` imports no command module's heavy dependencies, and
``check`` imports neither Scrapy nor jieba nor pypinyin's phrase tables (timings are
measured by benchmarks/startup.py, never asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys

import click

from crawler.cli import COMMAND_MODULES, main
from crawler.cli.lazy import read_stubs
from tests.paths import REPO_ROOT, SEED_FILE

HEAVY = ("scrapy", "twisted", "numpy", "sqlite_utils", "apscheduler", "jieba", "pypinyin",
         "opencc", "bs4", "lxml")


def _modules_after(*args: str, cwd) -> set[str]:
    code = ("import json, sys\nfrom crawler.cli import main\n"
            f"try:\n    main({list(args)!r}, prog_name='presswatch')\n"
            "except SystemExit:\n    pass\n"
            "print('MODULES=' + json.dumps(sorted(sys.modules)), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(REPO_ROOT),
                                                       "PATH": "/usr/bin:/bin"})
    line = next(x for x in done.stderr.splitlines() if x.startswith("MODULES="))
    return set(json.loads(line[len("MODULES="):]))


def _packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_top_level_help_imports_no_heavy_dependency(tmp_path):
    loaded = _packages(_modules_after("--help", cwd=tmp_path))
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_check_on_the_seed_imports_neither_scrapy_nor_jieba_nor_all_of_pypinyin(tmp_path, runner):
    db = tmp_path / "s.db"
    assert runner.invoke(main, ["init", "--db", str(db)]).exit_code == 0
    modules = _modules_after("check", str(SEED_FILE), "--db", str(db), cwd=tmp_path)
    loaded = _packages(modules)
    assert "opencc" in loaded  # the check really cleaned the seed
    assert not loaded & {"scrapy", "twisted", "jieba", "apscheduler", "bs4"}
    assert "pypinyin.core" not in modules and "pypinyin.phrases_dict" not in modules


def test_the_lazy_command_index_matches_the_commands_themselves():
    ctx = click.Context(main)
    limit = 60
    for module in COMMAND_MODULES:
        stubs = read_stubs(f"crawler.cli.{module}")
        assert stubs is not None, f"crawler.cli.{module}: commands not readable from source"
        for stub in stubs:
            command = main.get_command(ctx, stub.name)
            assert command is not None, stub.name
            assert stub.short_help(limit) == command.get_short_help_str(limit), stub.name


def test_help_lists_every_command(runner):
    listed = runner.invoke(main, ["--help"]).output
    for name in main.load_all():
        assert f"  {name} " in listed
    assert REPO_ROOT.is_dir()


def test_shell_completion_documented_in_the_readme_works(tmp_path):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert "_PRESSWATCH_COMPLETE=bash_source presswatch" in readme
    exe = str(REPO_ROOT / ".venv" / "bin" / "presswatch")
    argv = [exe] if (REPO_ROOT / ".venv" / "bin" / "presswatch").exists() else \
        [sys.executable, "-c", "from crawler.cli import main; main(prog_name='presswatch')"]
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO_ROOT)}
    script = subprocess.run(argv, env={**env, "_PRESSWATCH_COMPLETE": "bash_source"},
                            capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert "_presswatch_completion" in script.stdout
    words = subprocess.run(argv, env={**env, "_PRESSWATCH_COMPLETE": "bash_complete",
                                      "COMP_WORDS": "presswatch se", "COMP_CWORD": "1"},
                           capture_output=True, text=True, timeout=60, cwd=tmp_path)
    offered = {line.split(",", 1)[1] for line in words.stdout.splitlines() if "," in line}
    assert offered == {"search", "seed", "serve"}
    sub = subprocess.run(argv, env={**env, "_PRESSWATCH_COMPLETE": "bash_complete",
                                    "COMP_WORDS": "presswatch seed ", "COMP_CWORD": "2"},
                         capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert {"add", "list", "remove"} <= {line.split(",", 1)[1] for line in sub.stdout.splitlines()
                                         if "," in line}
