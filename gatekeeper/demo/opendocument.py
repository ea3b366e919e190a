"""Write real OpenDocument text (.odt), spreadsheets (.ods) and Rich Text (.rtf) files.

Same conventions as ``writers.write_docx`` and ``write_xlsx``: a line starting with "# " is a
heading, a line "\\f" is a page break. Written with the standard library only, from text.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from gatekeeper.demo.writers import MADE_AT

ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'office:version="1.3"'
)
XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
PAGE_BREAK_STYLE = (
    '<office:automatic-styles><style:style style:name="PageBreak" style:family="paragraph">'
    '<style:paragraph-properties fo:break-before="page"/></style:style></office:automatic-styles>'
)
SPACES = re.compile(r"(?<= ) +|^ +")


def write_odf(
    path: Path,
    mimetype: str,
    content: str | bytes,
    parts: dict[str, str | bytes] | None = None,
    encrypted: bool = False,
) -> None:
    """An ODF package around ``content`` (content.xml): `mimetype` first and stored, as ODF requires.

    ``parts`` adds or replaces members (styles.xml, meta.xml ...), for hostile variants in tests.
    """
    entry = '<manifest:file-entry manifest:full-path="{}" manifest:media-type="{}">{}</manifest:file-entry>'
    crypt = (
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="AAAA"/></manifest:encryption-data>'
    )
    members: dict[str, str | bytes] = {"content.xml": content, **(parts or {})}
    manifest = (
        XML
        + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        + entry.format("/", mimetype, "")
        + "".join(
            entry.format(name, "text/xml", crypt if encrypted and name == "content.xml" else "")
            for name in members
        )
        + "</manifest:manifest>"
    )
    made = MADE_AT.timetuple()[:6]  # the same bytes each time the case is made
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype", date_time=made), mimetype, compress_type=zipfile.ZIP_STORED
        )
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=made), data, zipfile.ZIP_DEFLATED)
        archive.writestr(
            zipfile.ZipInfo("META-INF/manifest.xml", date_time=made), manifest, zipfile.ZIP_DEFLATED
        )


def _text(line: str) -> str:
    """Escape a line as ODF paragraph content: runs of spaces, tabs and line breaks as elements."""
    out = []
    for n, piece in enumerate(line.split("\n")):
        if n:
            out.append("<text:line-break/>")
        for m, part in enumerate(piece.split("\t")):
            if m:
                out.append("<text:tab/>")
            out.append(SPACES.sub(lambda s: f'<text:s text:c="{len(s.group())}"/>', escape(part)))
    return "".join(out)


def _meta(title: str | None) -> str:
    body = f"<dc:title>{escape(title)}</dc:title>" if title else ""
    return f"{XML}<office:document-meta {NAMESPACES}><office:meta>{body}</office:meta></office:document-meta>"


def _table(rows: list[list[str]], name: str) -> str:
    width = max((len(r) for r in rows), default=1)
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{_text(cell)}</text:p>'
            "</table:table-cell>"
            for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    return (
        f"<table:table table:name={quoteattr(name)}>"
        f'<table:table-column table:number-columns-repeated="{width}"/>{cells}</table:table>'
    )


def write_odt(
    path: Path,
    lines: list[str],
    table: list[list[str]] | None = None,
    title: str | None = None,
    header: str | None = None,
) -> None:
    """An OpenDocument text: paragraphs, headings, page breaks, then ``table`` if given."""
    body = []
    for line in lines:
        if line == "\f":
            body.append('<text:p text:style-name="PageBreak"/>')
        elif line.startswith("# "):
            body.append(f'<text:h text:outline-level="1">{_text(line[2:])}</text:h>')
        else:
            body.append(f"<text:p>{_text(line)}</text:p>")
    if table:
        body.append(_table(table, "Table1"))
    content = (
        f"{XML}<office:document-content {NAMESPACES}>{PAGE_BREAK_STYLE}"
        f"<office:body><office:text>{''.join(body)}</office:text></office:body>"
        "</office:document-content>"
    )
    page_header = f"<style:header><text:p>{_text(header)}</text:p></style:header>" if header else ""
    styles = (
        f"{XML}<office:document-styles {NAMESPACES}><office:master-styles>"
        f'<style:master-page style:name="Standard">{page_header}</style:master-page>'
        "</office:master-styles></office:document-styles>"
    )
    write_odf(path, ODT, content, {"styles.xml": styles, "meta.xml": _meta(title)})


def write_ods(path: Path, heading_lines: list[str], table: list[list[str]]) -> None:
    """An OpenDocument spreadsheet: the heading lines, an empty row, then the table, as write_xlsx."""
    rows = [[line] for line in heading_lines] + [[""]] + table
    sheet = _table(rows, "Sheet1")
    content = (
        f"{XML}<office:document-content {NAMESPACES}>"
        f"<office:body><office:spreadsheet>{sheet}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    write_odf(path, ODS, content, {"meta.xml": _meta(None)})


def _rtf_text(text: str) -> str:
    """Escape text for RTF: cp1252 characters as \\'hh, anything else as \\uN with a '?' fallback."""
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif char == "\t":
            out.append("\\tab ")
        elif char == "\n":
            out.append("\\line ")
        elif " " <= char <= "~":
            out.append(char)
        else:
            try:
                out.append(f"\\'{char.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                for unit in range(0, len(encoded := char.encode("utf-16-le")), 2):
                    value = int.from_bytes(encoded[unit : unit + 2], "little", signed=True)
                    out.append(f"\\u{value}?")
    return "".join(out)


def write_rtf(
    path: Path, lines: list[str], table: list[list[str]] | None = None, title: str | None = None
) -> None:
    """A Rich Text document as Word writes one: font table, info, paragraphs, then ``table``."""
    parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"]
    parts.append("{\\colortbl;\\red0\\green0\\blue0;}")
    if title:
        parts.append(f"{{\\info{{\\title {_rtf_text(title)}}}{{\\author Gatekeeper demo}}}}")
    parts.append("{\\*\\generator Gatekeeper demo;}\\viewkind4\\uc1\n")
    for line in lines:
        if line == "\f":
            parts.append("\\page\n")
        elif line.startswith("# "):
            parts.append(f"\\pard{{\\b\\fs28 {_rtf_text(line[2:])}}}\\par\n")
        else:
            parts.append(f"\\pard\\f0\\fs20 {_rtf_text(line)}\\par\n")
    for row in table or []:
        parts.append("\\trowd\\trgaph108")
        parts.extend(f"\\cellx{2000 * (n + 1)}" for n in range(len(row)))
        parts.append("\n")
        parts.extend(f"\\pard\\intbl {_rtf_text(cell)}\\cell\n" for cell in row)
        parts.append("\\row\n")
    if table:
        parts.append("\\pard\\par\n")
    parts.append("}")
    path.write_bytes("".join(parts).encode("ascii"))
