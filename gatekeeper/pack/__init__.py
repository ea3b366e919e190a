"""The referral pack: what leaves the gatekeeper's desk, complete, paginated and verifiable.

``export_pack(report, source, out, by=...)`` writes the pack for a check of ``source``: the
cover and index, the check report, the action plan files given, ``bundle.pdf`` (the documents
to be read, stamped, bookmarked, labelled), the confidential part and ``manifest.json``.
``verify_pack(pack, source)`` re-hashes everything against the manifest. The core never imports
Qt; progress is a callback and cancelling a token, as for the check.
"""

from __future__ import annotations

from gatekeeper.pack.export import (
    AuditLog,
    PackCancelledError,
    PackProgress,
    PackSettings,
    export_pack,
)
from gatekeeper.pack.models import (
    BundlePart,
    FileHash,
    Manifest,
    NotProcessed,
    PackResult,
    VerifyResult,
)
from gatekeeper.pack.order import DEFAULT_CONFIDENTIAL, reading_order
from gatekeeper.pack.render import RenderSettings
from gatekeeper.pack.safety import PackError
from gatekeeper.pack.verify import verify_pack

__all__ = [
    "DEFAULT_CONFIDENTIAL",
    "AuditLog",
    "BundlePart",
    "FileHash",
    "Manifest",
    "NotProcessed",
    "PackCancelledError",
    "PackError",
    "PackProgress",
    "PackResult",
    "PackSettings",
    "RenderSettings",
    "VerifyResult",
    "export_pack",
    "reading_order",
    "verify_pack",
]
