"""Parsing survives markup that libxml2 handles badly by default."""

from __future__ import annotations

from pipelines.clean import clean_document
from pipelines.htmlparse import parse_html


def test_article_below_hundreds_of_unclosed_tags_is_kept():
    # libxml2's default depth limit (256) silently drops everything below it.
    page = ("<html><head><meta charset='utf-8'><title>国新办举行新闻发布会</title></head><body>"
            + "<font size='3'>" * 300
            + "<p>国务院新闻办公室1月10日举行新闻发布会，介绍营造公平公正市场环境有关情况。</p>"
            + "</body></html>")
    result = clean_document(page.encode("utf-8"))
    assert "介绍营造公平公正市场环境有关情况" in result.body


def test_parse_html_gives_none_for_a_document_without_markup_or_text():
    assert parse_html("<!-- nothing but a comment -->") is None
    assert parse_html("   ") is None
