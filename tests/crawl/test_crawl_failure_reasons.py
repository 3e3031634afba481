"""``crawler.middlewares.failures.classify_failure``: the reason code of a failed request."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest

from crawler.middlewares.failures import RedirectLoop, classify_failure


def test_a_failure_gets_its_reason_from_the_exception_not_from_a_url_in_its_message():
    assert classify_failure(DownloadTimeoutError("took longer than 3 seconds"))[0] == "timeout"
    assert classify_failure(DownloadCancelledError("larger than download max size"))[0] == (
        "too_large")
    assert classify_failure(RedirectLoop("redirect loop: a -> a"))[0] == "redirect_loop"
    # a URL in another refusal's message must not decide the reason
    assert classify_failure(IgnoreRequest("<200 https://a.cn/redirect/robots>"))[0] == (
        "fetch_error")
    assert classify_failure(IgnoreRequest("max redirections reached"))[0] == "redirect_loop"
    reason, _, is_error = classify_failure(IgnoreRequest("Forbidden by robots.txt"))
    assert reason == "robots" and not is_error
    assert classify_failure(ConnectionResetError("reset"))[0] == "connection_error"
