"""Scrapy add-on: Scrapy components switched off by a setting are not even imported.

Scrapy 2.19 imports every component of a ``*_MIDDLEWARES``/``EXTENSIONS`` list and of its
``*_BASE`` counterpart to resolve their names, even one listed as ``None``, and only then
asks it whether it is enabled. So a crawl with cookies off still imports the cookies
middleware, which imports ``tldextract`` and ``requests`` (~0.1–0.2 s), and one with remote
control off still imports ``aiohttp`` for it (~0.15–0.3 s). Every crawl is a process of its
own (the daemon starts one per source), so that is paid per crawl. This add-on runs before
any component is built and takes the switched-off ones out of the ``*_BASE`` lists, so
they are never imported. The switches are read from the final settings (command line
included): with ``COOKIES_ENABLED = True`` the cookies middleware stays; a component a
user lists in ``DOWNLOADER_MIDDLEWARES``/``EXTENSIONS`` themselves is left alone.
"""

from __future__ import annotations

from typing import Any

from scrapy.settings import BaseSettings

# (base component setting, component path, the boolean setting that switches it on)
SWITCHED = (
    ("DOWNLOADER_MIDDLEWARES_BASE", "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
     "COOKIES_ENABLED"),
    ("EXTENSIONS_BASE", "scrapy.extensions.remote_control.RemoteControl",
     "REMOTE_CONTROL_ENABLED"),
    ("EXTENSIONS_BASE", "scrapy.extensions.telnet.TelnetConsole", "TELNETCONSOLE_ENABLED"),
    ("EXTENSIONS_BASE", "scrapy.extensions.memdebug.MemoryDebugger", "MEMDEBUG_ENABLED"),
)


class SkipSwitchedOff:
    """Takes the components of :data:`SWITCHED` whose switch is off out of Scrapy's base
    component lists."""

    def update_settings(self, settings: Any) -> None:
        """Called by Scrapy's add-on manager before any component is loaded."""
        for name, path, switch in SWITCHED:
            components = settings[name]
            if (not settings.getbool(switch) and isinstance(components, BaseSettings)
                    and path in components):
                components.delete(path, priority="addon")
