"""A real browser (Debian's headless Chromium, driven by Playwright) uses `presswatch serve`:
it opens the served store, searches 束为 with the search form and sees the seed article.

The screenshot is kept under pytest's temporary folder; its path is printed (pytest -s).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="chromium is not installed (apt-get install chromium; "
                              ".ci/run installs it)"),
]


def test_browser_searches_the_served_store_and_sees_the_seed_article(served, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(served.url + "/", wait_until="load")
            page.click("text=Search")  # the link on the home page to the canned search
            page.fill('input[name="q"]', "束为")
            page.keyboard.press("Enter")
            page.wait_for_selector("table.rows-and-columns tbody tr", timeout=30_000)
            rows = page.locator("table.rows-and-columns tbody tr")
            texts = [rows.nth(i).inner_text() for i in range(rows.count())]
            shot = tmp_path / "search-束为.png"
            page.screenshot(path=str(shot), full_page=True)
            print(f"\nscreenshot: {shot}")
            seed = [t for t in texts if "reference:seed_article.txt" in t]
            assert seed, texts
            assert "每日经济新闻" in seed[0] and "束" in seed[0]
            # the seed's page lists its copy on nbd.com.cn
            page.goto(served.url + "/article/1", wait_until="load")
            assert page.locator("h2", has_text="Copies").count() == 1
            assert page.locator("a[href*='nbd.com.cn']").count() == 1
            page.screenshot(path=str(tmp_path / "article-1.png"), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000
