"""One-time tables kept on disk: built once from installed data files, read back fast.

Mojibake repair needs three tables built from other packages' files (jieba's word list
filtered to short words, pypinyin's readings, the GBK characters OpenCC simplifies); built
in memory they cost ~315 ms, all of it inside the first damaged page a process cleans.
:func:`load` keeps each table as one ``marshal`` file in the cache directory
(``PRESSWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/presswatch``, else
``~/.cache/presswatch``) and reads it back in a few milliseconds.

A file is used only when it is exactly what a build would give now: it stores the key it
was built for — the cache format, the Python that wrote it, the builder module's own source
(its SHA-1: any change to the building code rebuilds) and the identity of every source file
(path, size, modification time in ns; a package's ``__init__.py`` stands for its version)
— and a CRC-32 of the table's bytes. A missing, stale, unreadable or corrupt file is
rebuilt and replaced atomically (a temporary file in the same directory, then
``os.replace``), so a reader never sees half a file and two processes building at once both
leave a whole one. When the directory cannot be written the table is built in memory, with
one warning line; nothing here raises for the cache's sake.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from config import settings as settings_table

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when the file layout below changes
T = TypeVar("T")


def cache_dir(environ: dict[str, str] | None = None) -> str:
    """The cache directory: ``PRESSWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/presswatch``
    (an absolute ``XDG_CACHE_HOME`` only, as the XDG spec says), else ``~/.cache/presswatch``.
    """
    env = os.environ if environ is None else environ
    given = settings_table.value("PRESSWATCH_CACHE_DIR", environ=env)
    if given:
        return os.path.expanduser(str(given))
    xdg = env.get("XDG_CACHE_HOME", "")
    base = xdg if os.path.isabs(xdg) else os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "presswatch")


def file_identity(path: str) -> tuple[str, int, int]:
    """(absolute path, size, modification time in ns) of a source file."""
    st = os.stat(path)
    return os.path.abspath(path), st.st_size, st.st_mtime_ns


def _module_digest(module_name: str) -> str:
    module = sys.modules.get(module_name)
    path = getattr(module, "__file__", None)
    if not path:
        return ""
    with open(path, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


def cache_path(name: str, directory: str | None = None) -> str:
    """Where table ``name`` is kept (one file per table and Python version)."""
    tag = sys.implementation.cache_tag or "python"
    return os.path.join(directory or cache_dir(), f"{name}-{tag}.marshal")


def _read(path: str, key: Any) -> tuple[bool, Any]:
    """(True, table) when ``path`` holds a whole table built for ``key``; else (False, None)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        return False, None
    except OSError as exc:
        logger.debug("cache file %s unreadable (%s): rebuilding", path, exc)
        return False, None
    try:
        stored_key, crc, payload = marshal.loads(data)
        if stored_key != key or not isinstance(payload, bytes) or zlib.crc32(payload) != crc:
            return False, None
        return True, marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as exc:
        logger.debug("cache file %s corrupt (%s): rebuilding", path, exc)
        return False, None


def _write(path: str, key: Any, table: Any) -> None:
    """Write ``table`` for ``key`` atomically; one warning line if the directory refuses."""
    payload = marshal.dumps(table)
    data = marshal.dumps((key, zlib.crc32(payload), payload))
    directory = os.path.dirname(path)
    tmp = None
    try:
        os.makedirs(directory, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".marshal")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        logger.warning("cache directory %s not writable (%s): table %s built in memory "
                       "each run", directory, exc.strerror or exc, os.path.basename(path))
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def load(name: str, sources: Sequence[str], build: Callable[[], T],
         directory: str | None = None) -> T:
    """Table ``name``: read from the cache when built for these ``sources`` and this
    ``build``'s module source, else built with ``build()`` and written to the cache.

    ``sources`` are the files the table is made from (a missing one raises OSError: the
    caller finds them first). ``build`` must return what ``marshal`` keeps exactly (dicts,
    lists, strings, numbers).
    """
    key = (FORMAT, name, sys.version, _module_digest(build.__module__),
           tuple(file_identity(p) for p in sources))
    path = cache_path(name, directory)
    found, table = _read(path, key)
    if found:
        return table
    table = build()
    _write(path, key, table)
    return table
