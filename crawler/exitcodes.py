"""Named exit codes of every presswatch command (see DESIGN.md)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit status: 0 success, 1 runtime failure, 2 usage or configuration error."""

    OK = 0
    FAILURE = 1
    USAGE = 2
