"""CPU time per page of presswatch's cleaning on the real-page corpus (one half at a time).

    python benchmarks/extraction_cpu.py --real benchmarks/out/real --split tune [--rounds 3]
    python benchmarks/extraction_cpu.py --real DIR --split opened [--bar 60]

``benchmarks/extraction.py --real`` compares extractors by wall time within one run, which
on a shared, loaded machine is inflated by whatever else runs. This script reports, for
presswatch alone, the CPU time of the calling thread (``time.thread_time``) next to the wall
time, best of ``--rounds`` runs per page, so the cost of the code itself can be told apart
from the load. It also gives the CPU time of each page's first run, in a process warmed on
one page only, as ``extraction.py`` times it: what is built once and kept (compiled
patterns, caches) is paid inside the first pages that need it, and shows there. Pages come
from the folder ``benchmarks/real/fill.py`` fills; only the pages of the chosen half (by
``benchmarks/real/labels-<split>.json``) are read. ``--split opened`` reads every opened
split's pages and never the held-out one's (``all`` would include it), so the worst case of
the pages anyone may tune on is one command. Pages whose best CPU time is over ``--bar`` ms
are listed, slowest first. Without the folder it prints one line and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from real.scoring import OPENED, SPLITS, load_labels  # benchmarks/real/, beside this script

from pipelines.clean import clean_document


def measure(data: bytes, rounds: int) -> tuple[float, float, float]:
    """(CPU ms, wall ms) of cleaning ``data``, each the best of ``rounds`` runs, and the CPU
    ms of the first run."""
    cpu, wall = [], []
    for _ in range(rounds):
        start_wall, start_cpu = time.perf_counter(), time.thread_time()
        clean_document(data)
        cpu.append((time.thread_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    return min(cpu), min(wall), cpu[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, required=True, metavar="DIR",
                        help="folder filled by benchmarks/real/fill.py")
    parser.add_argument("--split", choices=(*SPLITS, "opened", "all"), required=True,
                        help="one split, every opened split, or all splits")
    parser.add_argument("--rounds", type=int, default=3, help="runs per page (best is kept)")
    parser.add_argument("--bar", type=float, default=60.0, metavar="MS",
                        help="list the pages whose best CPU time is over this (default 60)")
    args = parser.parse_args()
    if not args.real.is_dir():
        print(f"no real-page folder at {args.real}: fill it with benchmarks/real/fill.py")
        return 0
    splits = {"all": SPLITS, "opened": OPENED}.get(args.split, (args.split,))
    ids = sorted(page for split in splits for page in load_labels(split))
    pages = [(page, args.real / f"{page}.html") for page in ids]
    pages = [(page, path) for page, path in pages if path.is_file()]
    if not pages:
        print(f"no pages of the {args.split} half in {args.real}")
        return 0
    clean_document(pages[0][1].read_bytes())  # warm-up: OpenCC, rules, lazy imports
    rows = [(page, *measure(path.read_bytes(), max(1, args.rounds))) for page, path in pages]
    cpu = [row[1] for row in rows]
    wall = [row[2] for row in rows]
    first = [row[3] for row in rows]
    worst = max(rows, key=lambda row: row[1])
    print(f"{args.split}: {len(rows)} pages, best of {args.rounds} runs each")
    print(f"CPU ms per page:  mean {statistics.mean(cpu):.1f}  median {statistics.median(cpu):.1f}"
          f"  max {max(cpu):.1f} ({worst[0]})")
    print(f"wall ms per page: mean {statistics.mean(wall):.1f}  median "
          f"{statistics.median(wall):.1f}  max {max(wall):.1f}")
    print(f"CPU ms per page, first run (as extraction.py times it): mean "
          f"{statistics.mean(first):.1f}  median {statistics.median(first):.1f}"
          f"  max {max(first):.1f}")
    over = sorted((row for row in rows if row[1] > args.bar), key=lambda row: -row[1])
    print(f"pages over {args.bar:g} ms CPU: {len(over)}"
          + "".join(f"\n  {cpu:.1f} {page}" for page, cpu, _wall, _first in over))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
