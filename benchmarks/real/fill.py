"""Fill a local folder with the real-page corpus, taking each page's exact bytes from git mirrors.

    python benchmarks/real/fill.py [--mirrors /work/.mirror] [--out benchmarks/out/real]
                                   [--split tune|heldout|fresh|…|fresh19|fresh20|opened|all]

The corpus is not committed (third-party pages): ``manifest.json`` names each page by
repository, commit and path, with the sha256 of its bytes. This script looks for a git
mirror of every repository under ``--mirrors`` (laid out as ``owner+name/repo`` as the
search tool's ``fetch`` leaves it, or ``owner+name``, ``owner/name`` or ``owner/name.git``
as a plain ``git clone --mirror`` would), runs ``git show COMMIT:PATH`` and writes
``OUT/<id>.html`` only when the sha256 matches. It ends with a list of the repositories it
could not find and how to get them. A page kept inside another file is named by a fragment
after the path (``INNER``: a notebook output or JSON dataset string, ``nb.ipynb#/cells/4/
outputs/0/text``; a JSON Lines record, ``data.jsonl#L12/html``; a Python string literal,
``spider.py#py:html`` (a bytes literal there is the page's bytes as they are); Java string
literals joined by ``+``, assigned to a name or passed to a call, ``Test.java#java:text``,
``Test.java#java:parseHtml``; a JavaScript template literal assigned to a name or exported as
the module's default, ``page.js#js:html``, ``page.js#js:default``; a pickle that holds one
string and nothing else, ``page.pkl#pickle``, read opcode by opcode and never unpickled): its
text, UTF-8 encoded, is the page and what the
sha256 covers. A file whose whole text is one Python bytes literal (``b'…'``, what a crawler
writes with ``str(response.content)``) is named ``page.html#bytes-repr``: the bytes the literal
spells are the page, as the server sent them (parsed, never run). A page a tool wrote inside
a document of its own (a spider's preview file that wraps the response it fetched in its own
``<html>…<title>…</title>…<body>``) is named ``preview.html#doc:2``: the bytes of the file's
second ``<!DOCTYPE`` document, from that ``<!DOCTYPE`` to the first ``</html>`` after it, as
they are. A page a library keeps gzip-compressed (a crawler's test fixture ``page.html.gz``) is
named ``page.html.gz#gzip``: the file's bytes decompressed are the page.

The default split is ``tune``: the other splits are written only when asked for
(``--split heldout``, ``fresh``, ``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``,
``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``, ``fresh11``, ``fresh12``, ``fresh13``,
``fresh14``, ``fresh15``, ``fresh16``, ``fresh17``, ``fresh18``, ``fresh19``, ``fresh20``,
``opened`` or ``all``).
``opened`` writes every opened split (``OPENED``) and never the held-out one, so whoever tunes
never needs ``all``. The list of splits is ``SPLITS`` in ``scoring.py``; ``HELD_OUT`` there
names the split nobody tunes on (labelled before any extractor ran on it, scored once at the
end; docs/evaluation.md), filled only for that final report (at present none: ``fresh20``
was scored on 2026-12-04 and opened). ``fresh``,
``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``,
``fresh9``, ``fresh10``, ``fresh11``, ``fresh12``, ``fresh13``, ``fresh14``, ``fresh15``,
``fresh16``, ``fresh17``, ``fresh18``, ``fresh19`` and ``fresh20`` (repeat-source splits, the
last ten; fresh13 … fresh20 with pages of new sources too) were held out that way and have
since been opened for tuning.

Exit status: 0 when every page of the split was written, 1 when some were missing or did
not match or the manifest lists no page of the split, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import pickletools
import re
import subprocess
import sys
import zlib
from pathlib import Path

try:  # run as a script: scoring.py sits beside it
    from scoring import HELD_OUT, SPLITS, splits_chosen
except ModuleNotFoundError:  # imported as benchmarks.real.fill or loaded from its path (tests)
    from benchmarks.real.scoring import HELD_OUT, SPLITS, splits_chosen

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"
DEFAULT_OUT = HERE.parent / "out" / "real"
DEFAULT_MIRRORS = Path("/work/.mirror")


def load_manifest(path: Path = MANIFEST) -> list[dict]:
    """The manifest's page entries (id, split, site, kind, repo, commit, path, sha256, …)."""
    return json.loads(path.read_text("utf-8"))["pages"]


def find_git_dir(mirrors: Path, repo: str) -> Path | None:
    """The git directory of ``repo`` ("owner/name") under ``mirrors``, or None.

    Accepts the layouts the search tool's fetch and a plain clone leave behind."""
    owner, name = repo.split("/", 1)
    flat = mirrors / f"{owner}+{name}"
    for candidate in (flat / "repo" / ".git", flat / "repo", flat / ".git", flat,
                      mirrors / owner / name / ".git", mirrors / owner / f"{name}.git",
                      mirrors / owner / name):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


# A page kept inside another file: ``file#/json/pointer`` (a notebook's output or a JSON
# dataset's string), ``file#L<line>/json/pointer`` (one line of a JSON Lines file),
# ``file#py:<name>`` (the string literal a Python file assigns to ``name``, UTF-8 encoded, or the
# bytes literal it assigns to ``name``, its bytes as they are: a page pasted as ``b'…'``) or
# ``file#java:<name>`` (the concatenated string literals a Java file assigns to ``name`` or
# passes first to a call of ``name``) or ``file#js:<name>`` (the template literal a JavaScript
# file assigns to ``name``, or exports as its default with ``js:default``) or ``file#pickle``
# (a pickle whose only value is one string, as a spider dumps a response's text) or
# ``file#doc:<n>`` (the n-th ``<!DOCTYPE`` document of a file that holds a page inside a
# document of its own, up to the first ``</html>`` after it; its bytes as they are) or
# ``file#bytes-repr`` (a file whose whole text is one Python bytes literal; the bytes it spells)
# or ``file#gzip`` (a gzip-compressed file; its bytes decompressed).
INNER = re.compile(r"^(?P<file>.+?)#(?:(?:L(?P<line>[1-9]\d*))?(?P<pointer>/.*)"
                   r"|py:(?P<name>\w+)|java:(?P<java>\w+)|js:(?P<js>[\w$]+)|(?P<pickle>pickle)"
                   r"|doc:(?P<doc>[1-9]\d*)|(?P<bytes_repr>bytes-repr)|(?P<gzip>gzip))$")
# A gzip-compressed page larger than this once decompressed is refused (a page is far smaller).
_GZIP_LIMIT = 64 * 1024 * 1024
_DOCTYPE = re.compile(rb"<!doctype", re.I)
_HTML_END = re.compile(rb"</html\s*>", re.I)
# Opcodes a pickle of one string may hold besides the string itself (protocol, framing, memo).
_PICKLE_PLAIN = {"PROTO", "FRAME", "MEMOIZE", "PUT", "BINPUT", "LONG_BINPUT", "STOP"}
_PICKLE_STRING = {"UNICODE", "BINUNICODE", "SHORT_BINUNICODE", "BINUNICODE8"}
_JAVA_LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_JAVA_GAP = re.compile(r"(?:\s|//[^\n]*|/\*.*?\*/)*", re.S)
_JAVA_ESCAPE = re.compile(r"\\(u+[0-9a-fA-F]{4}|[0-3]?[0-7]{1,2}|.)", re.S)
_JAVA_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", "s": " ", '"': '"',
                "'": "'", "\\": "\\"}
_JS_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|.)", re.S)
_JS_STOP = re.compile(r"[`\\$]")
_JS_AFTER = re.compile(r"[ \t]*(?:$|[;,)}\r\n]|//|/\*)")
_JS_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", "0": "\0",
              "\n": "", "\r": "", "\r\n": "", "\u2028": "", "\u2029": ""}


def inner_text(data: bytes, fragment: re.Match) -> bytes | None:
    """The page held inside ``data`` at ``fragment`` (see ``INNER``), UTF-8 encoded, or None.

    A JSON value that is a list of strings (how a notebook keeps an output's text) is
    joined as it is; anything that is not a string there is None. A Python bytes literal
    (``#py:<name>``) is its bytes as they are: the page as the server sent them, in its own
    encoding, never decoded and encoded again."""
    if fragment["doc"]:
        return _nth_document(data, int(fragment["doc"]))
    if fragment["bytes_repr"]:
        return _bytes_literal(data)
    if fragment["gzip"]:
        return _gunzipped(data)
    if fragment["pickle"]:
        value = _pickled_string(data)
        return value.encode("utf-8") if value is not None else None
    try:
        text = data.decode("utf-8-sig")
        if fragment["name"]:
            value = _python_string(text, fragment["name"])
        elif fragment["java"]:
            value = _java_string(text, fragment["java"])
        elif fragment["js"]:
            value = _js_template(text, fragment["js"])
        else:
            if fragment["line"]:
                text = text.splitlines()[int(fragment["line"]) - 1]
            value = json.loads(text)
            for part in fragment["pointer"].split("/")[1:]:
                key = part.replace("~1", "/").replace("~0", "~")
                value = value[int(key)] if isinstance(value, list) else value[key]
    except (UnicodeDecodeError, ValueError, IndexError, KeyError, TypeError, SyntaxError):
        return None
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "".join(value)
    if isinstance(value, bytes) and fragment["name"]:
        return value
    return value.encode("utf-8") if isinstance(value, str) else None


def _nth_document(data: bytes, n: int) -> bytes | None:
    """The ``n``-th ``<!DOCTYPE`` document of ``data``: its bytes from that ``<!DOCTYPE`` to the
    first ``</html>`` after it, or None when there is no such document or another
    ``<!DOCTYPE`` starts before that ``</html>`` (a nesting this reader cannot tell apart)."""
    starts = [match.start() for match in _DOCTYPE.finditer(data)]
    if len(starts) < n:
        return None
    start = starts[n - 1]
    end = _HTML_END.search(data, start)
    if end is None or (n < len(starts) and starts[n] < end.start()):
        return None
    return data[start:end.end()]


def _bytes_literal(data: bytes) -> bytes | None:
    """The bytes spelled by ``data`` when its whole text (UTF-8, surrounding whitespace aside) is
    one Python bytes literal, or None.

    Parsed with ``ast.parse(mode="eval")`` and read only when the expression is that literal
    itself, so a joined, called or string (not bytes) expression is None and nothing is run."""
    try:
        tree = ast.parse(data.decode("utf-8-sig").strip(), mode="eval")
    except (UnicodeDecodeError, SyntaxError, ValueError):
        return None
    node = tree.body
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, bytes) else None


def _gunzipped(data: bytes) -> bytes | None:
    """The bytes a gzip file holds, decompressed, or None when ``data`` is not one whole gzip
    stream (a plain file, a truncated or corrupt one, trailing bytes that are no gzip member) or
    decompresses to more than ``_GZIP_LIMIT`` bytes."""
    unzip = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    parts, rest, size = [], data, 0
    try:
        while rest:
            part = unzip.decompress(rest, _GZIP_LIMIT + 1 - size)
            size += len(part)
            parts.append(part)
            if size > _GZIP_LIMIT or unzip.unconsumed_tail:
                return None
            if not unzip.eof:
                return None
            rest = unzip.unused_data
            unzip = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    except zlib.error:
        return None
    return b"".join(parts) if parts else None


def _pickled_string(data: bytes) -> str | None:
    """The string a pickle holds when it holds one string and nothing else, or None.

    Read with ``pickletools.genops`` (the opcodes are listed, nothing is built or run), so a
    pickle of any other object (or a malformed one) is None, never executed."""
    try:
        ops = [(op.name, arg) for op, arg, _ in pickletools.genops(data)]
    except (ValueError, EOFError):
        return None
    values = [(name, arg) for name, arg in ops if name not in _PICKLE_PLAIN]
    if len(values) != 1 or values[0][0] not in _PICKLE_STRING or ops[-1][0] != "STOP":
        return None
    return values[0][1]


def _python_string(source: str, name: str) -> str | bytes | None:
    """The first string or bytes literal assigned to ``name`` in ``source`` (read, never
    run); None when that value is anything else."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets):
            value = ast.literal_eval(node.value)
            return value if isinstance(value, (str, bytes)) else None
    return None


def _java_unescape(match: re.Match) -> str:
    code = match.group(1)
    if code[0] == "u":
        return chr(int(code.lstrip("u"), 16))
    if code[0] in "01234567":
        return chr(int(code, 8))
    if code not in _JAVA_SIMPLE:
        raise ValueError(f"not a Java escape: \\{code}")
    return _JAVA_SIMPLE[code]


def _java_string(source: str, name: str) -> str | None:
    """The string a Java file assigns to ``name`` (``name = "…" + "…";``) or passes first to
    a call of ``name`` (``name("…" + "…")``) as literals joined by ``+``, how an editor pastes
    a page into a test; read, never compiled; None when anything else is in the expression."""
    start = re.search(rf"\b{re.escape(name)}\s*(=|\()\s*(?=\")", source)
    if start is None:
        return None
    parts, pos = [], start.end()
    while True:
        literal = _JAVA_LITERAL.match(source, pos)
        if literal is None:
            return None
        parts.append(_JAVA_ESCAPE.sub(_java_unescape, literal.group(1)))
        pos = _JAVA_GAP.match(source, literal.end()).end()
        if source.startswith(";" if start.group(1) == "=" else (")", ","), pos):
            return "".join(parts)
        if not source.startswith("+", pos):
            return None
        pos = _JAVA_GAP.match(source, pos + 1).end()


def _js_unescape(match: re.Match) -> str:
    code = match.group(1)
    if code[0] == "u":
        return chr(int(code[1:].strip("{}"), 16))
    if code[0] == "x":
        return chr(int(code[1:], 16))
    if code in _JS_SIMPLE:
        return _JS_SIMPLE[code]
    if code in "123456789":
        raise ValueError(f"not a template-literal escape: \\{code}")
    return code  # \` \$ \\ \' \" and any other character stand for themselves


def _js_template(source: str, name: str) -> str | None:
    """The text of the template literal a JavaScript file assigns to ``name``
    (``const name = `…`;``) or exports as its default (``name`` = ``default``:
    ``export default `…```), as a JavaScript engine would hold it: escapes read, line ends
    CR LF and CR read as LF (the language's rule); read, never run. None when the literal
    interpolates (``${…}``: its text would depend on the program) or is not the whole
    expression."""
    head = r"\bexport\s+default" if name == "default" else rf"(?<![\w$.]){re.escape(name)}\s*="
    start = re.search(head + r"\s*`", source)
    if start is None:
        return None
    pos, raw = start.end(), []
    while True:
        end = _JS_STOP.search(source, pos)
        if end is None:
            return None
        raw.append(source[pos:end.start()])
        char = source[end.start()]
        if char == "`":
            break
        if char == "$":
            if source.startswith("${", end.start()):
                return None
            raw.append("$")
            pos = end.start() + 1
            continue
        escape = _JS_ESCAPE.match(source, end.start())
        if escape is None:
            return None
        raw.append(escape.group(0))
        pos = escape.end()
    if not _JS_AFTER.match(source, end.start() + 1):  # `…` + x, `…`.trim(): not the whole value
        return None
    text = "".join(raw).replace("\r\n", "\n").replace("\r", "\n")
    return _JS_ESCAPE.sub(_js_unescape, text)


def read_blob(git_dir: Path, commit: str, path: str) -> bytes | None:
    """The bytes of ``path`` at ``commit`` (or of the page held inside it, see ``INNER``), or
    None when the mirror lacks that object."""
    fragment = INNER.match(path)
    result = subprocess.run(["git", "--git-dir", str(git_dir), "show",
                             f"{commit}:{fragment['file'] if fragment else path}"],
                            capture_output=True, check=False)
    if result.returncode != 0:
        return None
    return inner_text(result.stdout, fragment) if fragment else result.stdout


def fill(mirrors: Path, out: Path, split: str, pages: list[dict] | None = None) -> dict:
    """Write the pages of ``split`` into ``out``; returns counts and the problems found."""
    wanted = splits_chosen(split)
    pages = [p for p in (pages if pages is not None else load_manifest())
             if p["split"] in wanted]
    out.mkdir(parents=True, exist_ok=True)
    written, missing_repos, bad = 0, {}, []
    for page in pages:
        git_dir = find_git_dir(mirrors, page["repo"])
        if git_dir is None:
            missing_repos.setdefault(page["repo"], []).append(page["id"])
            continue
        data = read_blob(git_dir, page["commit"], page["path"])
        if data is None:
            bad.append(f"{page['id']}: {page['repo']} has no {page['path']} at "
                       f"{page['commit'][:12]} (fetch a newer snapshot or the full history; "
                       "after a #, the fragment must name a string)")
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest != page["sha256"]:
            bad.append(f"{page['id']}: sha256 {digest[:12]}… is not the manifest's "
                       f"{page['sha256'][:12]}… (different bytes; not written)")
            continue
        (out / f"{page['id']}.html").write_bytes(data)
        written += 1
    return {"pages": len(pages), "written": written, "missing_repos": missing_repos, "bad": bad}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                        help="folder holding the git mirrors (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="folder to fill (default: %(default)s)")
    held_out = ", ".join(HELD_OUT) or "a held-out split"
    parser.add_argument("--split", choices=(*SPLITS, "opened", "all"), default="tune",
                        help=f"which split to write (opened: every opened split); {held_out} "
                             "only for the final report (default: %(default)s)")
    args = parser.parse_args(argv)
    if not args.mirrors.is_dir():
        print(f"fill: no mirror folder at {args.mirrors}", file=sys.stderr)
        return 1
    report = fill(args.mirrors, args.out, args.split)
    if not report["pages"]:
        print(f"the manifest lists no {args.split} page yet; nothing written to {args.out}")
        return 1
    print(f"{report['written']} of {report['pages']} {args.split} pages written to {args.out}")
    for line in report["bad"]:
        print(f"  not written: {line}")
    if report["missing_repos"]:
        print(f"{len(report['missing_repos'])} repositories have no mirror under {args.mirrors}:")
        for repo, ids in sorted(report["missing_repos"].items()):
            print(f"  {repo} ({len(ids)} pages): fetch it with the search tool "
                  f"(fetch github:{repo}) or `git clone --mirror https://github.com/{repo} "
                  f"{args.mirrors}/{repo.replace('/', '+')}`")
    return 0 if report["written"] == report["pages"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
