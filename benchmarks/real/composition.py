"""What a split of the real-page corpus is made of, counted from manifest.json and its labels.

    python benchmarks/real/composition.py --split fresh20 [--write docs/evaluation.md]

Prints one sentence: pages, sites and repositories; government and news pages and their
sites (and how many government pages are on Taiwan, Hong Kong or Macau sites); pages tagged
`known-site`; the largest share of one repository; how many pages are labelled, dated and
timed, and the span of years. It reads ids, sites, kinds, repositories, tags and the labels'
dates only — never a page's bytes or text — so it may be run on the held-out split.

``--write FILE`` puts that sentence between ``<!-- <split>-counts -->`` and
``<!-- /<split>-counts -->`` in FILE (docs/evaluation.md keeps it there, and a test checks
that it is what this script says once the split's labelling has ended).
Exit status: 0, or 2 when the split is unknown or FILE lacks the markers.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

try:  # run as a script: scoring.py sits beside it
    from scoring import SPLITS, load_labels, load_manifest
except ModuleNotFoundError:  # imported as benchmarks.real.composition or from its path
    from benchmarks.real.scoring import SPLITS, load_labels, load_manifest

KNOWN_SITE = "known-site"
# Government sites outside the mainland, by the end of their host name (the brief caps them).
OUTSIDE_MAINLAND = (".tw", ".taipei", ".hk", ".mo")


def _plural(count: int, word: str, plural: str = "") -> str:
    return f"{count} {word}" if count == 1 else f"{count} {plural or word + 's'}"


def count(pages: list[dict], labels: dict[str, dict]) -> str:
    """The composition sentence of ``pages`` (one split's manifest entries) and their labels."""
    gov = [p for p in pages if p["kind"] == "gov"]
    news = [p for p in pages if p["kind"] == "news"]
    outside = [p for p in gov if p["site"].endswith(OUTSIDE_MAINLAND)]
    known = [p for p in pages if KNOWN_SITE in p["shape"]]
    repos = Counter(p["repo"] for p in pages)
    mine = [labels[p["id"]] for p in pages if p["id"] in labels]
    dated = [label["published"] for label in mine if label.get("published")]
    timed = [when for when in dated if "T" in when]
    years = sorted({when[:4] for when in dated})
    parts = [
        f"{_plural(len(pages), 'page')} of {_plural(len({p['site'] for p in pages}), 'site')} "
        f"from {_plural(len(repos), 'repository', 'repositories')}",
        f"{_plural(len(gov), 'government page')} on "
        f"{_plural(len({p['site'] for p in gov}), 'site')} "
        f"({len(outside)} of them on Taiwan, Hong Kong or Macau sites) and "
        f"{_plural(len(news), 'news page')} on {_plural(len({p['site'] for p in news}), 'site')}",
        f"{len(known)} tagged `{KNOWN_SITE}`",
        f"at most {max(repos.values(), default=0)} from one repository",
        f"{len(mine)} labelled, {len(dated)} with a date ({len(timed)} with a printed time)"
        + (f", dated {years[0]}–{years[-1]}" if years else ""),
    ]
    return "; ".join(parts) + "."


def split_sentence(split: str) -> str:
    """The composition sentence of ``split`` as the manifest and its label file stand."""
    return count([p for p in load_manifest() if p["split"] == split], load_labels(split))


def write(path: Path, split: str, sentence: str) -> bool:
    """Put ``sentence`` between the split's count markers in ``path``; False without them."""
    text = path.read_text("utf-8")
    marks = re.compile(rf"(<!-- {split}-counts -->).*?(<!-- /{split}-counts -->)", re.S)
    if not marks.search(text):
        return False
    path.write_text(marks.sub(lambda m: m.group(1) + sentence + m.group(2), text, count=1),
                    "utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", required=True, choices=SPLITS)
    parser.add_argument("--write", type=Path, metavar="FILE",
                        help="also put the sentence between the split's markers in FILE")
    args = parser.parse_args(argv)
    sentence = split_sentence(args.split)
    print(sentence)
    if args.write is not None and not write(args.write, args.split, sentence):
        print(f"{args.write} has no <!-- {args.split}-counts --> markers; nothing written",
              file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
