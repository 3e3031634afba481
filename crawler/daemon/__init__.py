"""The scheduler daemon's parts: settings, schedules, crawl processes, the daemon loop.

``scheduler.py`` at the repository root is the entry point; ``docs/daemon.md`` the manual.
"""
