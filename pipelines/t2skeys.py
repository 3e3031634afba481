"""Which texts OpenCC's ``t2s`` conversion cannot change, known without running it.

Most text the cleaner sees is already simplified, yet every paragraph, headline and body
went through OpenCC (~5 µs a paragraph in a loop, several times that inside a crawl, with
cold caches: 0.2–0.5 ms an article). This module lets :func:`pipelines.textnorm.to_simplified`
skip the call when the answer is known to be the text itself.

**Why the skip is exact.** OpenCC converts by scanning the text left to right; at each
position it looks for the longest dictionary key that starts there and emits that key's
first value, or else copies one character (or one ideographic description sequence)
unchanged. Each stage of the configuration (``normalization``, then ``conversion_chain``)
does this over the previous stage's output. So if no key whose value differs from the key
itself (a *changing* key) occurs anywhere in the text, every position either copies its
character or matches a key that maps to itself, and the output equals the input, stage
after stage. A changing key cannot occur without each of its characters, so it suffices
that the text holds none of a set of *required* characters: for every changing key, one
character of it. For a one-character key (``發``) that is the key; for a phrase
(``瞭解`` → ``了解``) it is a character already required if the phrase has one, else the
first character that the phrase changes (``回覆`` → ``覆``: the ``回`` of everyday text
must not send every paragraph to OpenCC), else its last. Keys that map to themselves
(``有序``) need nothing: matched or not, they copy the text.

**Where the set comes from.** ``t2s_keys.json`` beside this module is generated from the
installed OpenCC by ``python -m pipelines.t2skeys`` (every dictionary the ``t2s``
configuration names, normalisation included, exported with OpenCC's own ``opencc_dict``
tool). It records the SHA-256 of the configuration and of each dictionary file; at first
use the installed files are hashed again and, if any differs (OpenCC was upgraded), no
text is skipped: every one goes through OpenCC as before, with one warning. The test
``tests/pipelines/test_pipelines_t2skeys.py`` regenerates the file from the installed
OpenCC and fails if it differs, and checks the skip against OpenCC itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

logger = logging.getLogger(__name__)

CONFIG = "t2s"
DATA_FILE = Path(__file__).with_name("t2s_keys.json")

# Dictionary types whose keys the generator can read (a group only holds others).
_FILE_TYPES = ("ocd2", "text")


class UnknownConfig(ValueError):
    """An OpenCC configuration this module cannot reason about (a plugin segmenter, a new
    dictionary type): no skip set can be derived from it."""


def config_path() -> Path:
    """The configuration file OpenCC loads for ``t2s`` (the Python package resolves it)."""
    import opencc

    return Path(opencc.OpenCC(CONFIG).config)


def _dict_specs(node: object) -> Iterator[dict]:
    """Every dictionary object (``{"type": …, "file": …}``) inside a parsed config."""
    if isinstance(node, dict):
        if "type" in node and ("file" in node or "entries" in node or "dicts" in node):
            yield node
        for value in node.values():
            yield from _dict_specs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _dict_specs(value)


def dictionary_files(config: Path) -> list[Path]:
    """The dictionary files ``config`` names (normalisation, segmentation, conversion),
    resolved beside it as OpenCC resolves them for a configuration given by path.

    Raises :class:`UnknownConfig` for a segmenter other than ``mmseg`` (a plugin could
    change text) or a dictionary type other than ``ocd2``, ``text``, ``inline``, ``group``.
    """
    parsed = json.loads(config.read_text(encoding="utf-8"))
    segmentation = parsed.get("segmentation")
    if segmentation is not None and segmentation.get("type") != "mmseg":
        raise UnknownConfig(f"segmentation {segmentation.get('type')!r} in {config}")
    files: list[Path] = []
    for spec in _dict_specs(parsed):
        kind = spec["type"]
        if kind in ("group", "inline"):
            continue  # a group's members are visited; inline entries are in the config
        if kind not in _FILE_TYPES:
            raise UnknownConfig(f"dictionary type {kind!r} in {config}")
        path = config.parent / spec["file"]
        if path not in files:
            files.append(path)
    return files


def digests(config: Path) -> dict[str, str]:
    """SHA-256 of the configuration and each dictionary file it names, by file name."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
            for path in [config, *dictionary_files(config)]}


def _opencc_dict_tool() -> str:
    import shutil

    import opencc

    bundled = Path(opencc.__file__).parent / "clib" / "bin" / "opencc_dict"
    if bundled.is_file():
        return str(bundled)
    found = shutil.which("opencc_dict")
    if found is None:
        raise FileNotFoundError("OpenCC's opencc_dict tool is not installed")
    return found


def _entries_of_text(text: str) -> Iterator[tuple[str, str]]:
    """(key, first value) of each line of OpenCC's text dictionary format
    (``key<TAB>value value…``)."""
    for line in text.splitlines():
        if not line.strip():
            continue
        key, _, values = line.partition("\t")
        yield key, values.split(" ")[0]


def dictionary_entries(config: Path) -> Iterator[tuple[str, str]]:
    """(key, first value) of every entry of every dictionary ``config`` uses: the
    ``.ocd2`` files exported with ``opencc_dict``, text files read, inline entries."""
    import subprocess
    import tempfile

    for spec in _dict_specs(json.loads(config.read_text(encoding="utf-8"))):
        if spec["type"] == "inline":
            yield from spec["entries"].items()
    tool = None
    with tempfile.TemporaryDirectory(prefix="presswatch-t2s-") as folder:
        for path in dictionary_files(config):
            if path.suffix == ".ocd2":
                tool = tool or _opencc_dict_tool()
                out = Path(folder) / (path.stem + ".txt")
                subprocess.run([tool, "-i", str(path), "-o", str(out), "-f", "ocd2",
                                "-t", "text"], check=True, capture_output=True)
                yield from _entries_of_text(out.read_text(encoding="utf-8"))
            else:
                yield from _entries_of_text(path.read_text(encoding="utf-8"))


def required_characters(entries: list[tuple[str, str]]) -> str:
    """The sorted characters of which a text must hold at least one for any changing key
    to occur in it (the rule is in the module's docstring)."""
    changing = [(key, value) for key, value in entries if key and key != value]
    required = {key for key, _ in changing if len(key) == 1}
    for key, value in changing:
        if len(key) == 1 or any(char in required for char in key):
            continue
        changed = ([a for a, b in zip(key, value, strict=True) if a != b]
                   if len(key) == len(value) else [])
        required.add(changed[0] if changed else key[-1])
    return "".join(sorted(required))


def build() -> dict:
    """The content of :data:`DATA_FILE` for the installed OpenCC."""
    import opencc

    config = config_path()
    return {
        "about": "Characters of which a text needs one for OpenCC t2s to change it; "
                 "generated by `python -m pipelines.t2skeys` (see its docstring). "
                 "Do not edit.",
        "opencc": opencc.__version__,
        "config": config.name,
        "digests": digests(config),
        "required": required_characters(list(dictionary_entries(config))),
    }


def dumps(data: dict) -> str:
    """The file's text: stable key order, characters as themselves."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@lru_cache(maxsize=4)
def may_change(config: str) -> re.Pattern[str] | None:
    """A pattern found in every text the converter loaded from ``config`` (the path of its
    ``t2s.json``) can change, or None when the recorded set was not made from these very
    files (then nothing may be skipped).

    The class holds the required characters of the Basic Multilingual Plane, all
    surrogates (OpenCC's wrapper raises on them; the call must still happen) and every
    character beyond U+FFFF as one range: a regex class of hundreds of scattered astral
    characters is tried item by item (~15 µs a paragraph), the one range costs nothing,
    and such characters are rare enough in news text to go to OpenCC every time."""
    try:
        data = json.loads(DATA_FILE.read_text(encoding="utf-8"))
        installed = digests(Path(config))
    except (OSError, ValueError, KeyError) as exc:
        logger.warning("OpenCC skip set unusable (%s): every text goes through OpenCC", exc)
        return None
    if data.get("digests") != installed:
        logger.warning("OpenCC's t2s dictionaries differ from the ones %s was made from: "
                       "every text goes through OpenCC (same output, slower); regenerate "
                       "it with `python -m pipelines.t2skeys`", DATA_FILE.name)
        return None
    bmp = [ord(char) for char in data["required"] if ord(char) <= 0xFFFF]
    return re.compile(f"[{_ranges(bmp)}\ud800-\udfff\U00010000-\U0010ffff]")


def _ranges(codepoints: list[int]) -> str:
    """A regex class body for sorted code points, consecutive runs as ranges."""
    parts: list[str] = []
    start = prev = None
    for cp in [*sorted(codepoints), None]:
        if cp is not None and prev is not None and cp == prev + 1:
            prev = cp
            continue
        if start is not None:
            first, last = re.escape(chr(start)), re.escape(chr(prev))
            parts.append(first if start == prev else f"{first}-{last}")
        start = prev = cp
    return "".join(parts)


def main(argv: list[str] | None = None) -> int:
    """``python -m pipelines.t2skeys [--check]``: write (or compare) :data:`DATA_FILE`."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Regenerate pipelines/t2s_keys.json from "
                                                 "the installed OpenCC.")
    parser.add_argument("--check", action="store_true",
                        help="only compare; exit 1 if the file differs")
    args = parser.parse_args(argv)
    text = dumps(build())
    current = DATA_FILE.read_text(encoding="utf-8") if DATA_FILE.exists() else ""
    if args.check:
        if text != current:
            print(f"{DATA_FILE} differs from the installed OpenCC", file=sys.stderr)
            return 1
        print(f"{DATA_FILE} is up to date")
        return 0
    DATA_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {DATA_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
