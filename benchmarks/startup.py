"""Start-up cost of the command line: ``presswatch --help`` and ``presswatch check`` on the
seed, each run as a fresh process many times (like hyperfine), for one or more checkouts.

    python benchmarks/startup.py --runs 10                      # this checkout
    python benchmarks/startup.py --runs 10 --root /tmp/base .   # an older checkout vs this one

Each root is put first on ``PYTHONPATH`` so its code is what runs, with this interpreter's
installed packages. A scratch database per root is made with ``presswatch init`` first (not
timed). Prints min / median / max wall seconds per command and root, and the ratio of each
root's median to the first root's. Compare roots within one run: the machine's load moves
every figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "crawler" / "reference" / "seed_article.txt"
ENTRY = "import sys; from crawler.cli import main; sys.argv[0] = 'presswatch'; main()"


def _command(root: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("PRESSWATCH_DB", None)
    return [sys.executable, "-c", ENTRY, *args], env


def time_command(root: Path, args: list[str], runs: int, cwd: Path) -> list[float]:
    """Wall seconds of ``runs`` fresh processes running ``presswatch ARGS`` from ``root``."""
    argv, env = _command(root, *args)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed in {root}: {done.stderr.decode()[-500:]}")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roots", nargs="*", type=Path, default=[Path(".")],
                        help="checkouts to compare (default: this one)")
    parser.add_argument("--root", dest="first", type=Path,
                        help="a checkout measured first (the baseline of the ratios)")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    roots = ([args.first] if args.first else []) + list(args.roots)
    medians: dict[str, float] = {}
    print(f"{'command':<22} {'root':<28} {'min':>6} {'median':>7} {'max':>6} {'ratio':>6}")
    for root in roots:
        root = root.resolve()
        with tempfile.TemporaryDirectory(prefix="pw-startup-") as tmp:
            work = Path(tmp)
            db = work / "s.db"
            argv, env = _command(root, "init", "--db", str(db))
            subprocess.run(argv, env=env, cwd=work, check=True, capture_output=True)
            for label, command in (("presswatch --help", ["--help"]),
                                   ("presswatch check seed", ["check", str(SEED), "--db",
                                                              str(db)])):
                times = time_command(root, command, args.runs, work)
                median = statistics.median(times)
                base = medians.setdefault(label, median)
                print(f"{label:<22} {str(root)[-28:]:<28} {min(times):6.2f} {median:7.2f} "
                      f"{max(times):6.2f} {median / base:6.2f}")


if __name__ == "__main__":
    main()
