"""Named exit codes of every presswatch command (README, "Exit status").

The rule for a file given on the command line (``clean``, ``check``, ``ingest``,
``seed add``), the same in every command:

- the name is wrong — no such file, a folder — is a usage error: :attr:`ExitStatus.USAGE`;
- the file is there but gives nothing to work with — unreadable (permissions), empty,
  binary, not text, no article text in it — is :attr:`ExitStatus.NO_CONTENT` (1, a runtime
  failure: "nothing extracted"). ``ingest`` still records such a file as a ``dropped`` row.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """Process exit status: 0 success, 1 runtime failure, 2 usage or configuration error."""

    OK = 0
    FAILURE = 1
    USAGE = 2
    NO_CONTENT = 1  # alias of FAILURE: an input file that holds no usable article
