"""Check that no labelled page of the corpus is another copy of an article that a kept-apart
repository holds.

    python benchmarks/real/kept_apart.py [--mirrors /work/.mirror] [--split S ...]

The project keeps five repositories apart as independent checks (``KEPT_APART`` in
``scoring.py``): none of their pages may be used. The manifest test already refuses a page
*from* one of them; this script finds the subtler case, the same article saved again by
someone else (a library's test page copied into another library's tests). It reads every
file of every commit of each kept-apart mirror and reports a labelled page when its exact
bytes, its headline (8 characters or more) or both its body anchors occur in one of them,
after the scoring's normalisation (NFKC, traditional folded to simplified, no whitespace).

Exit status: 0 when no page overlaps, 1 when some do (each printed with the file it matches),
2 when a kept-apart mirror is missing (the message says how to fetch it).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

try:  # run as a script: scoring.py and fill.py sit beside it
    from fill import DEFAULT_MIRRORS, find_git_dir, load_manifest
    from scoring import KEPT_APART, SPLITS, load_labels, squeeze
except ModuleNotFoundError:  # imported as benchmarks.real.kept_apart (tests)
    from benchmarks.real.fill import DEFAULT_MIRRORS, find_git_dir, load_manifest
    from benchmarks.real.scoring import KEPT_APART, SPLITS, load_labels, squeeze

HEADLINE_MIN = 8
_HAN = re.compile(r"[\u3400-\u9fff]")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def repository_files(git_dir: Path) -> dict[str, tuple[str, bytes]]:
    """Every file blob reachable from any ref of ``git_dir``: blob id -> (path, bytes).

    A snapshot may lack its largest objects: those are skipped, not an error."""
    listing = subprocess.run(["git", "--git-dir", str(git_dir), "rev-list", "--all", "--objects",
                              "--missing=allow-any"],
                             capture_output=True, text=True, check=True).stdout
    paths = dict(line.split(" ", 1) for line in listing.splitlines() if " " in line)
    if not paths:
        return {}
    batch = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                           input="\n".join(paths).encode() + b"\n", capture_output=True,
                           check=True).stdout
    files, at = {}, 0
    while at < len(batch):
        header_end = batch.index(b"\n", at)
        header = batch[at:header_end].decode().split(" ")
        if len(header) != 3:  # "<id> missing"
            at = header_end + 1
            continue
        blob, kind, size = header
        body = batch[header_end + 1:header_end + 1 + int(size)]
        at = header_end + 1 + int(size) + 1
        if kind == "blob":
            files[blob] = (paths[blob], body)
    return files


def overlaps(pages: list[dict], labels: dict[str, dict],
             kept: dict[str, dict[str, tuple[str, bytes]]]) -> list[str]:
    """One line per labelled page that shares bytes or its article with a kept-apart file."""
    digests, texts = {}, []
    for repo, files in kept.items():
        for path, data in files.values():
            digests[hashlib.sha256(data).hexdigest()] = f"{repo}:{path}"
            text = _decode(data)
            if _HAN.search(text):
                texts.append((f"{repo}:{path}", squeeze(text)))
    found = []
    for page in pages:
        label = labels.get(page["id"])
        if label is None:
            continue
        if page["sha256"] in digests:
            found.append(f"{page['id']} ({page['split']}): same bytes as {digests[page['sha256']]}")
            continue
        headline = squeeze(label.get("headline"))
        start, end = squeeze(label.get("start")), squeeze(label.get("end"))
        for where, text in texts:
            if (len(headline) >= HEADLINE_MIN and headline in text) or \
                    (start and end and start in text and end in text):
                found.append(f"{page['id']} ({page['split']}): same article as {where}")
                break
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                        help="folder holding the git mirrors (default: %(default)s)")
    parser.add_argument("--split", nargs="*", choices=SPLITS, default=list(SPLITS),
                        help="splits to check (default: all)")
    args = parser.parse_args(argv)
    kept = {}
    for repo in KEPT_APART:
        git_dir = find_git_dir(args.mirrors, repo)
        if git_dir is None:
            print(f"kept_apart: no mirror of {repo} under {args.mirrors} (fetch github:{repo} "
                  "with the search tool, or git clone --mirror it there)", file=sys.stderr)
            return 2
        kept[repo] = repository_files(git_dir)
    pages = [p for p in load_manifest() if p["split"] in args.split]
    labels = {pid: label for split in args.split for pid, label in load_labels(split).items()}
    found = overlaps(pages, labels, kept)
    files = sum(len(f) for f in kept.values())
    print(f"{len(pages)} pages of {', '.join(args.split)} checked against {files} files of "
          f"{len(kept)} kept-apart repositories: {len(found)} overlap")
    for line in found:
        print(f"  {line}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
