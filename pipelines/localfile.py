"""Reading a file named on the command line (``clean``, ``check``, ``ingest``, ``seed add``)
safely: whatever the name points at, the command answers at once and in bounded memory.

``Path.read_bytes()`` on ``/dev/zero`` grows until MemoryError, on a FIFO it waits forever
for a writer, and on an 80 MB file it reads the whole file before any size check. Here:

1. ``stat`` first: anything but a regular file (folder, FIFO, character or block device,
   socket) is refused in one sentence without being opened;
2. a file whose size is over the limit is refused before it is opened;
3. the file is opened non-blocking and checked again on the open descriptor (``fstat``), so
   a name swapped for a FIFO between the two steps cannot block;
4. at most ``limit + 1`` bytes are read, so a file that lies about its size (``/proc``) or
   grows while read is refused too, never loaded whole.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 20


class LocalFileError(Exception):
    """A file that cannot be used, as one sentence; ``usage`` when the name is wrong
    (missing, a folder, not a regular file) rather than the content."""

    def __init__(self, message: str, *, usage: bool) -> None:
        super().__init__(message)
        self.usage = usage


def _not_regular(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    for test, kind in ((stat.S_ISDIR, "folder"), (stat.S_ISFIFO, "FIFO (named pipe)"),
                       (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
                       (stat.S_ISSOCK, "socket")):
        if test(mode):
            return kind
    return None if stat.S_ISREG(mode) else "special file"


def _refuse_kind(path: Path, mode: int) -> None:
    kind = _not_regular(mode)
    if kind == "folder":
        raise LocalFileError(f"{path} is a folder; give a file", usage=True)
    if kind is not None:
        raise LocalFileError(f"{path} is a {kind}, not a regular file; give a file",
                             usage=True)


def _too_large(path: Path, size: str, limit: int) -> LocalFileError:
    return LocalFileError(
        f"{path} is {size} bytes, over the {limit}-byte limit for one document "
        "(PRESSWATCH_CLEAN_MAX_BYTES)", usage=False)


def read_local_file(path: str | Path, *, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit``; else :class:`LocalFileError`.

    >>> try:
    ...     read_local_file("/dev/zero", limit=10)
    ... except LocalFileError as exc:
    ...     print(exc)
    /dev/zero is a character device, not a regular file; give a file
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise LocalFileError(f"no such file: {path}", usage=True) from exc
    except OSError as exc:  # permissions on a folder, name too long, a loop of links
        raise LocalFileError(f"cannot read {path}: {exc.strerror}", usage=False) from exc
    _refuse_kind(path, info.st_mode)
    if info.st_size > limit:
        raise _too_large(path, str(info.st_size), limit)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise LocalFileError(f"cannot read {path}: {exc.strerror}", usage=False) from exc
    try:
        _refuse_kind(path, os.fstat(fd).st_mode)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise LocalFileError(f"cannot read {path}: {exc.strerror}", usage=False) from exc
    finally:
        os.close(fd)
    if remaining <= 0:
        raise _too_large(path, "more than " + str(limit), limit)
    return b"".join(chunks)
