"""Tell a file's format from its first bytes, never from its name."""

from __future__ import annotations

import re
import zipfile
import zlib
from typing import IO

from gatekeeper.models import FileFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
AUDIO_BRANDS = (b"M4A ", b"M4B ", b"M4P ")
IMAGE_BRANDS = (b"heic", b"heix", b"mif1", b"avif")
MIMETYPE_LIMIT = 100
ODF_TEXT = frozenset(
    f"application/vnd.oasis.opendocument.{k}" for k in ("text", "text-template", "text-master")
)
ODF_SPREADSHEET = frozenset(
    f"application/vnd.oasis.opendocument.{k}" for k in ("spreadsheet", "spreadsheet-template")
)
EMAIL_HEADERS = (b"from:", b"to:", b"subject:", b"date:", b"received:", b"mime-version:")
# The first byte of every signature below, bar the ISO media "ftyp" (bytes 4 to 8): a file that
# starts with none of them (text, most of a phone extract) skips those comparisons.
MAGIC_FIRST_BYTES = frozenset(b"PR{#BGIMO\x00\x1a\x30\x89\xd0\xff")

# Extensions people give each format, to spot a file whose name contradicts its content.
EXTENSIONS: dict[FileFormat, frozenset[str]] = {
    FileFormat.PDF: frozenset({".pdf"}),
    FileFormat.DOCX: frozenset({".docx", ".docm", ".dotx"}),
    FileFormat.XLSX: frozenset({".xlsx", ".xlsm"}),
    FileFormat.ODT: frozenset({".odt", ".ott"}),
    FileFormat.ODS: frozenset({".ods", ".ots"}),
    FileFormat.VIDEO: frozenset(
        {".mp4", ".mov", ".avi", ".wmv", ".mkv", ".m4v", ".webm", ".asf", ".mpg", ".mpeg"}
    ),
    FileFormat.AUDIO: frozenset({".mp3", ".wav", ".m4a", ".wma", ".aac", ".ogg", ".amr"}),
    FileFormat.IMAGE: frozenset(
        {".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff", ".bmp", ".heic", ".webp"}
    ),
    FileFormat.EMAIL: frozenset({".eml", ".txt"}),
    FileFormat.OUTLOOK_MSG: frozenset({".msg"}),
    FileFormat.TEXT: frozenset({".txt", ".csv", ".log", ".text", ".md"}),
    FileFormat.LEGACY_OFFICE: frozenset({".doc", ".xls", ".ppt", ".dot"}),
    FileFormat.RTF: frozenset({".rtf", ".doc"}),
    FileFormat.ENCRYPTED_OFFICE: frozenset({".docx", ".xlsx", ".doc", ".xls"}),
    FileFormat.ZIP: frozenset({".zip"}),
}


def sniff(head: bytes, handle: IO[bytes] | None = None) -> FileFormat:
    """Return the format the leading bytes show. ``handle`` lets zip and OLE files be looked into."""
    if not head:
        return FileFormat.EMPTY
    if b"%PDF-" in head[:1024]:
        return FileFormat.PDF
    if head[0] in MAGIC_FIRST_BYTES or head[4:8] == b"ftyp":
        if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
            return _zip_kind(handle)
        if head.startswith(OLE_MAGIC):
            return _ole_kind(handle)
        if head.startswith(b"{\\rtf"):
            return FileFormat.RTF
        media = _media_kind(head)
        if media is not None:
            return media
    if _looks_like_email(head):
        return FileFormat.EMAIL
    if _looks_like_text(head):
        return FileFormat.TEXT
    return FileFormat.UNKNOWN


def _media_kind(head: bytes) -> FileFormat | None:
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in AUDIO_BRANDS:
            return FileFormat.AUDIO
        if brand in IMAGE_BRANDS:
            return FileFormat.IMAGE
        return FileFormat.VIDEO
    if head.startswith(b"RIFF"):
        form = head[8:12]
        if form == b"AVI ":
            return FileFormat.VIDEO
        if form == b"WAVE":
            return FileFormat.AUDIO
        if form == b"WEBP":
            return FileFormat.IMAGE
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return FileFormat.VIDEO
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return FileFormat.VIDEO
    if head.startswith(b"\x00\x00\x01\xba") or (
        head.startswith(b"\x47") and head[188:189] == b"\x47"
    ):
        return FileFormat.VIDEO
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return FileFormat.AUDIO
    if head.startswith(b"OggS") or head.startswith(b"#!AMR"):
        return FileFormat.AUDIO
    image_magic = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
    if head.startswith(image_magic) or head[:4] in (b"II*\x00", b"MM\x00*"):
        return FileFormat.IMAGE
    return None


def _zip_kind(handle: IO[bytes] | None) -> FileFormat:
    if handle is None:
        return FileFormat.ZIP
    mimetype = b""
    try:
        handle.seek(0)
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                # Read a few bytes only: a hostile archive may make this member huge.
                with archive.open("mimetype") as member:
                    mimetype = member.read(MIMETYPE_LIMIT)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, zlib.error):
        handle.seek(0)
        head = handle.read(LOCAL_HEADERS)
        return _odf_local_header(head) or _office_local_names(head) or FileFormat.ZIP
    finally:
        handle.seek(0)
    if "word/document.xml" in names:
        return FileFormat.DOCX
    if "xl/workbook.xml" in names:
        return FileFormat.XLSX
    if "mimetype" in names:
        return _odf_kind(mimetype) or FileFormat.ZIP
    return FileFormat.ZIP


LOCAL_HEADERS = 256 * 1024
# A local entry's header: its signature, then 22 bytes, the name's length, the extra's length.
LOCAL_ENTRY = re.compile(rb"PK\x03\x04.{22}(..)(..)", re.DOTALL)


def _office_local_names(head: bytes) -> FileFormat | None:
    """A Word or Excel file cut off before its zip index (a copy that stopped part way) still
    names its parts in the local entries it has: "word/document.xml", "xl/workbook.xml"."""
    for entry in LOCAL_ENTRY.finditer(head):
        length = int.from_bytes(entry.group(1), "little")
        name = head[entry.end() : entry.end() + length]
        if name.startswith(b"word/"):
            return FileFormat.DOCX
        if name.startswith(b"xl/"):
            return FileFormat.XLSX
    return None


def _odf_kind(mimetype: bytes) -> FileFormat | None:
    """OpenDocument names its kind in a `mimetype` member (templates and master documents too)."""
    kind = mimetype.strip().decode("ascii", "replace").lower()
    if kind in ODF_TEXT:
        return FileFormat.ODT
    if kind in ODF_SPREADSHEET:
        return FileFormat.ODS
    return None


def _odf_local_header(head: bytes) -> FileFormat | None:
    """The ODF kind from the first zip entry alone, for a file cut off before its zip index."""
    # ODF requires `mimetype` to be the first entry, stored uncompressed, so it is in the head.
    if head[30:38] != b"mimetype" or int.from_bytes(head[26:28], "little") != len("mimetype"):
        return None
    stored = head[8:10] == b"\x00\x00"
    size = int.from_bytes(head[18:22], "little")
    if not stored or not 0 < size <= MIMETYPE_LIMIT:
        return None
    start = 38 + int.from_bytes(head[28:30], "little")
    return _odf_kind(head[start : start + size])


def _ole_kind(handle: IO[bytes] | None) -> FileFormat:
    if handle is None:
        return FileFormat.LEGACY_OFFICE
    import olefile

    try:
        handle.seek(0)
        ole = olefile.OleFileIO(handle)
        try:
            streams = {"/".join(s) for s in ole.listdir(streams=True, storages=True)}
        finally:
            ole.close()
    except (OSError, ValueError, IndexError, KeyError):
        return FileFormat.LEGACY_OFFICE
    finally:
        handle.seek(0)
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        return FileFormat.ENCRYPTED_OFFICE
    if any(s.startswith("__substg1.0_") for s in streams):
        return FileFormat.OUTLOOK_MSG
    return FileFormat.LEGACY_OFFICE


def _looks_like_email(head: bytes) -> bool:
    if head.count(b":", 0, 2048) < 3:  # three headers, each on its own line with its colon
        return False
    lines = head[:2048].lower().splitlines()[:20]
    found = {h for line in lines for h in EMAIL_HEADERS if line.startswith(h)}
    return len(found) >= 3


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((b"\xff\xfe", b"\xfe\xff"))
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of the sample is still text.
        if exc.start >= len(head) - 3:
            return True
        # Windows-1252 notes ("£", curly quotes): mostly printable ASCII with a few high bytes.
        printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
        return printable >= 0.95 * len(head)
    return True


# Each format as a person calls it, with its article ("a PDF", "an Outlook message").
FORMAT_NAMES = {
    FileFormat.PDF: "a PDF",
    FileFormat.DOCX: "a Word (DOCX) document",
    FileFormat.XLSX: "an Excel (XLSX) workbook",
    FileFormat.ODT: "an OpenDocument text",
    FileFormat.ODS: "an OpenDocument spreadsheet",
    FileFormat.VIDEO: "a video",
    FileFormat.AUDIO: "an audio recording",
    FileFormat.IMAGE: "an image",
    FileFormat.EMAIL: "an e-mail",
    FileFormat.OUTLOOK_MSG: "an Outlook message",
    FileFormat.TEXT: "plain text",
    FileFormat.RTF: "a Rich Text document",
    FileFormat.LEGACY_OFFICE: "an old-format Office document",
    FileFormat.ZIP: "a zip archive",
}
