"""The presswatch daemon: ``python scheduler.py [--once]``, the same as ``presswatch daemon``.

Crawls every enabled source on its schedule into the SQLite database until stopped
(SIGTERM/SIGINT); SIGHUP reloads the sources. See docs/daemon.md. The command itself is
``crawler.cli.daemon_cmds.daemon``; this file is its entry point at the top of the layers.
"""

from __future__ import annotations

from crawler.cli.daemon_cmds import daemon

if __name__ == "__main__":
    daemon(prog_name="scheduler.py")
