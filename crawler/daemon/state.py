"""The daemon's state file beside the database: its PID and each source's next run.

Only the daemon knows when APScheduler will fire next; it writes that here (atomically)
after every change so ``presswatch status`` can show it from another process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def state_path_for(db_path: str | Path) -> Path:
    """``<db>.daemon.json`` in the database's folder."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".daemon.json")


def write_state(db_path: str | Path, state: dict[str, Any]) -> None:
    """Replace the state file in one step (readers never see half a file)."""
    path = state_path_for(db_path)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state, ensure_ascii=False, indent=1, default=str))
    os.replace(tmp, path)


def read_state(db_path: str | Path) -> dict[str, Any] | None:
    """The last state the daemon wrote, or None (no file, or unreadable)."""
    try:
        return json.loads(state_path_for(db_path).read_text())
    except (OSError, ValueError):
        return None
