"""Peak memory under hostile input: the hostile-site crawl and ``clean /dev/zero``.

Builds the world of ``tests/crawl/test_crawl_hostile_site.py`` on 127.0.0.1 — a mapped
hostile site whose redirects, next pages and links aim at an unmapped internal server,
``localhost``, loopback spellings and ``file://``, a gzip bomb (1 GiB of zeros in about
1 MB) and 500 off-site links — and runs:

1. **hostile**: ``python -m crawler.crawl hostile hostile_zero hostile_port`` (all of it);
2. **benign**: ``python -m crawler.crawl hostile_zero`` (one listing, one article, one
   refused next page), the baseline of a crawl process on this machine;
3. **clean /dev/zero**: ``presswatch clean /dev/zero`` (refused at once).

Peak RSS is each process's own ``ru_maxrss`` (``wait4``). Also reported: requests the
internal server received (must be 0) and dropped rows by reason. Run::

    python -m benchmarks.hostile       # from the repository root

Nothing is asserted; the figures go to docs/security.md with the command.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as a file: the tests' modules it uses would not import
    sys.exit("run it from the repository root: python -m benchmarks.hostile")

from tests.crawl.test_crawl_hostile_site import crawl, hostile_world
from tests.processes import run_measured

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        print(f"{'run':<18} {'exit':>4} {'peak RSS MB':>12}  dropped by reason / notes")
        for label, names in (("hostile", ("hostile", "hostile_zero", "hostile_port")),
                             ("benign", ("hostile_zero",))):
            work = base / label
            work.mkdir()
            with hostile_world(work) as (site, internal, sources, db, _):
                code, _, peak_kb = crawl(site, sources, db, work, *names)
                conn = sqlite3.connect(db)
                reasons = dict(conn.execute(
                    "SELECT reason, count(*) FROM dropped GROUP BY reason ORDER BY 1"))
                conn.close()
                print(f"{label:<18} {code:>4} {peak_kb / 1024:>12.0f}  {reasons}; internal "
                      f"server requests: {len(internal.requests)}")
        presswatch = str(Path(sys.executable).parent / "presswatch")
        code, err, peak_kb = run_measured([presswatch, "clean", "/dev/zero"],
                                          output=base / "clean.out", timeout=60)
        print(f"{'clean /dev/zero':<18} {code:>4} {peak_kb / 1024:>12.0f}  {err.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
