"""``crawler.addons.SkipSwitchedOff``: Scrapy components switched off are never imported,
and a crawler builds exactly the components it built without the add-on. Each case runs in
a fresh interpreter, whose ``sys.modules`` shows what was imported."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.paths import REPO_ROOT

# Builds a crawler with the project's settings (plus overrides) as Scrapy does, then its
# extensions and downloader middlewares, and reports them with the modules imported.
_BUILD = """
import json, sys
from config.settings import scrapy_values
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.utils.test import get_crawler

# no run row: the run recorder needs a running spider, and is not what is looked at here
settings = {**scrapy_values(), "PRESSWATCH_RUNS_ENABLED": False, **json.loads(sys.argv[1])}
crawler = get_crawler(settings_dict=settings)
names = lambda manager: [type(m).__name__ for m in manager.middlewares]
print(json.dumps({
    "extensions": names(crawler.extensions),
    "downloader": names(DownloaderMiddlewareManager.from_crawler(crawler)),
    "imported": sorted(m for m in ("aiohttp", "tldextract", "scrapy.extensions.telnet")
                       if m in sys.modules),
}))
"""


def _build(**overrides) -> dict:
    done = subprocess.run([sys.executable, "-c", _BUILD, json.dumps(overrides)],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                          check=True)
    return json.loads(done.stdout.splitlines()[-1])


def test_switched_off_components_are_not_imported():
    built = _build()
    assert built["imported"] == []
    assert "CookiesMiddleware" not in built["downloader"]
    assert "RemoteControl" not in built["extensions"]
    assert "CoreStats" in built["extensions"]  # the others are all there
    assert "RequestPolicyMiddleware" in built["downloader"]


def test_the_crawler_builds_the_same_components_as_without_the_add_on():
    with_addon, without = _build(), _build(ADDONS={})
    assert without["imported"] == ["aiohttp", "scrapy.extensions.telnet", "tldextract"]
    assert with_addon["extensions"] == without["extensions"]
    assert with_addon["downloader"] == without["downloader"]


def test_a_component_switched_on_is_kept():
    built = _build(COOKIES_ENABLED=True)
    assert "CookiesMiddleware" in built["downloader"]
    assert "tldextract" in built["imported"]
