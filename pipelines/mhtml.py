"""A browser's single-file web archive (MHTML: ``.mht``, ``.mhtml``) to its page's bytes.

Internet Explorer's "Web Archive, single file" (the default way to save a page whole in the
years of IE 6–8) and Chrome's "Save as MHTML" write the page as a MIME message: headers
(``From: <Saved by Windows Internet Explorer 8>``, ``Content-Type: multipart/related``), then
the page's HTML in a quoted-printable or base64 part, then its pictures. Read as a page, it
is a MIME text with ``=3D`` for every ``=`` and no markup a parser can use: no headline, no
text. Unwrapped, it is the page as the browser had it, with the charset its part names and
the address it was saved from (``Content-Location``), which dates pages by their URL too.
"""

from __future__ import annotations

import email
import email.policy
import re

__all__ = ["unwrap_mhtml"]

# The message's own headers: a first line ``Name: value`` (no markup before), and
# ``multipart/related`` named in the header block (its first 4 KB).
_HEADER_START = re.compile(rb"\s*[A-Za-z][A-Za-z0-9-]{1,40}:")
_MULTIPART = re.compile(rb"content-type:\s*multipart/related", re.I)
_HEAD = 4096


def unwrap_mhtml(data: bytes) -> tuple[bytes, str | None, str | None] | None:
    """``(html bytes, content type, saved-from address)`` of the page an MHTML archive holds,
    or None when ``data`` is no such archive (or holds no HTML part). The page is the part
    the message's ``start`` parameter names, else its first ``text/html`` part.

    >>> archive = (b"MIME-Version: 1.0\\r\\n"
    ...            b"Content-Type: multipart/related; boundary=\\"b\\"\\r\\n\\r\\n"
    ...            b"--b\\r\\nContent-Type: text/html; charset=\\"utf-8\\"\\r\\n"
    ...            b"Content-Transfer-Encoding: quoted-printable\\r\\n"
    ...            b"Content-Location: http://example.cn/a.html\\r\\n\\r\\n"
    ...            b"<p class=3D\\"x\\">hi</p>\\r\\n--b--\\r\\n")
    >>> unwrap_mhtml(archive)
    (b'<p class="x">hi</p>', 'text/html; charset=utf-8', 'http://example.cn/a.html')
    """
    head = data[:_HEAD]
    if not _HEADER_START.match(head):
        return None
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    if not _MULTIPART.search(block):
        return None
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    if not message.is_multipart():
        return None
    start = (message.get_param("start") or "").strip("<>")
    parts = [part for part in message.walk() if not part.is_multipart()]
    page = next((part for part in parts if start
                 and (part.get("Content-ID") or "").strip().strip("<>") == start), None)
    if page is None:
        page = next((part for part in parts if part.get_content_type() == "text/html"), None)
    if page is None:
        return None
    body = page.get_payload(decode=True)
    if not isinstance(body, bytes) or not body.strip():
        return None
    charset = page.get_content_charset()
    content_type = f"text/html; charset={charset}" if charset else None
    location = page.get("Content-Location") or message.get("Snapshot-Content-Location")
    return body, content_type, location.strip() if location else None
