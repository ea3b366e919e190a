"""Read e-mail: RFC 822 (.eml) with the standard library, Outlook .msg with extract-msg."""

from __future__ import annotations

import codecs
from typing import IO, Any

from gatekeeper.extract.result import Partial, ReadError
from gatekeeper.models import Problem


def read_eml(handle: IO[bytes], max_chars: int) -> Partial:
    import email  # imported here: the e-mail package costs more than a phone extract's message
    import email.policy

    handle.seek(0)
    message = email.message_from_binary_file(handle, policy=email.policy.default)
    headers = [f"{h}: {message[h]}" for h in ("From", "To", "Date", "Subject") if message[h]]
    body = message.get_body(preferencelist=("plain", "html"))
    content = ""
    if body is not None:
        try:
            content = body.get_content()
        except (LookupError, ValueError):
            content = ""
    text = "\n".join([*headers, "", str(content)])
    subject = str(message["Subject"]) if message["Subject"] else None
    return Partial(
        text=text[:max_chars], text_truncated=len(text) > max_chars, metadata_title=subject
    )


def read_msg(handle: IO[bytes], max_chars: int) -> Partial:
    import extract_msg

    handle.seek(0)
    try:
        message: Any = extract_msg.openMsg(handle.read())
    except Exception as exc:  # extract-msg raises many unrelated types for damaged files
        # Not the library's message: it may quote the message's own text.
        raise ReadError(
            Problem.CORRUPT, "the Outlook message is damaged: its parts cannot be read"
        ) from exc
    try:
        headers = [
            f"From: {message.sender or ''}",
            f"To: {message.to or ''}",
            f"Date: {message.date or ''}",
            f"Subject: {message.subject or ''}",
        ]
        text = "\n".join([*headers, "", message.body or ""])
        subject = message.subject or None
    finally:
        message.close()
    return Partial(
        text=text[:max_chars], text_truncated=len(text) > max_chars, metadata_title=subject
    )


def read_text(handle: IO[bytes], max_chars: int) -> Partial:
    handle.seek(0)
    raw = handle.read(max_chars * 4)
    more = bool(handle.read(1))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
    else:
        try:
            # As "utf-8-sig" decodes, without its codec's Python wrapper (a phone extract has
            # 100,000 messages).
            text = (raw[3:] if raw.startswith(codecs.BOM_UTF8) else raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            if more and exc.start >= len(raw) - 3:  # the sample cut a character in two
                text = raw[: exc.start].decode("utf-8-sig")
            else:
                text = raw.decode("cp1252", errors="replace")
    return Partial(text=text[:max_chars], text_truncated=more or len(text) > max_chars)
