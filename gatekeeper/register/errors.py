"""The one error the register raises, with a message a user can act on."""

from __future__ import annotations

import sqlalchemy.exc


class RegisterError(Exception):
    """The register cannot be opened or written: the message says why, in plain English."""


def explain(exc: BaseException, where: str) -> RegisterError:
    """Turn a database driver's error into a plain-English ``RegisterError`` about ``where``."""
    if isinstance(exc, RegisterError):
        return exc
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database is locked" in text or "database table is locked" in text:
        reason = "it is locked by another program that is writing to it; try again in a moment"
    elif "file is not a database" in text or "malformed" in text or "disk image" in text:
        reason = (
            "the file is damaged or is not a Gatekeeper register; keep a copy of it for your "
            "IT support and point Gatekeeper at another register (--register)"
        )
    elif "unable to open database file" in text or "readonly database" in text:
        reason = "the file or its folder cannot be written (check the path and permissions)"
    elif "password authentication failed" in text or "no password supplied" in text:
        reason = "the database server refused the user name or password"
    elif "does not exist" in text and "database" in text:
        reason = "the database server has no such database"
    elif (
        "connection refused" in text
        or "could not connect" in text
        or "timeout expired" in text
        or "no such file or directory" in text
        or "could not translate host name" in text
        or "connection failed" in text
    ):
        reason = "the database server cannot be reached (is it running, and is the address right?)"
    elif isinstance(exc, sqlalchemy.exc.ArgumentError | ValueError):
        reason = f"the register address is not one Gatekeeper understands ({exc})"
    else:
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return RegisterError(f"The case register ({where}) cannot be used: {reason}.")
