#!/usr/bin/env python3
"""batch16: synthetic RASSO pre-charge case folders with expected outcomes.

Usage: python make_batch.py OUTDIR

Deterministic: fixed dates, seeded randomness, fixed archive timestamps.  All people, places,
forces and record systems are invented.  Phone numbers are from the Ofcom drama ranges and
e-mail addresses use the .example domain.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import random
import re
import shutil
import sys
import textwrap
import wave
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DT = dt.datetime(2026, 4, 20, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DT = (2026, 4, 20, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# Document model: a list of blocks
#   ("title", text) ("sub", text) ("h", text) ("p", text) ("small", text) ("mono", text)
#   ("kv", [(key, value), ...]) ("table", headers, rows, widths|None) ("pb",) ("sig", text)
#   ("rule",)  ("squiggle", name)  -- squiggle: a drawn signature on images, "(signed)" elsewhere
# --------------------------------------------------------------------------------------------


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), size)


class _PDF(FPDF):
    head_text = ""
    foot_text = ""
    foot_pages = True
    family = "DejaVu"

    def header(self):
        if self.head_text:
            self.set_font(self.family, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self.head_text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(90, 90, 90)
        txt = self.foot_text
        if self.foot_pages:
            txt = (txt + "    " if txt else "") + f"Page {self.page_no()} of {{nb}}"
        self.cell(0, 4, txt, align="C")
        self.set_text_color(0, 0, 0)


def render_pdf(blocks, path: Path, head="", foot="", pages=True, serif=False, title="",
               author="", font_size=9.5):
    pdf = _PDF(format="A4")
    pdf.head_text, pdf.foot_text, pdf.foot_pages = head, foot, pages
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("DejaVu", "", str(FONT_DIR / f"{base}.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / f"{base}-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / (f"{base}-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf")))
    pdf.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("Case file builder")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    fs = font_size
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", fs + 4)
            pdf.multi_cell(W, 7, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font("DejaVu", "I", fs - 0.5)
            pdf.multi_cell(W, 4.6, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font("DejaVu", "B", fs + 0.5)
            pdf.set_fill_color(228, 228, 228)
            pdf.multi_cell(W, 5.6, b[1], fill=True, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", fs)
            pdf.multi_cell(W, 4.8, b[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.4)
        elif kind == "small":
            pdf.set_font("DejaVu", "I", fs - 2)
            pdf.multi_cell(W, 3.8, b[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "mono":
            pdf.set_font("Mono", "", fs - 2)
            pdf.multi_cell(W, 3.9, b[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "sig":
            pdf.ln(1)
            pdf.set_font("DejaVu", "", fs)
            pdf.multi_cell(W, 5, b[1], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "squiggle":
            pdf.set_font("DejaVu", "I", fs)
            pdf.multi_cell(W, 5, f"Signature: (signed) {b[1]}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(3)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "kv":
            pdf.set_font("DejaVu", "", fs - 0.5)
            with pdf.table(col_widths=(34, 66), first_row_as_headings=False, line_height=4.8,
                           text_align="LEFT", padding=1.2) as t:
                for k, v in b[1]:
                    r = t.row()
                    pdf.set_font("DejaVu", "B", fs - 0.5)
                    r.cell(str(k))
                    pdf.set_font("DejaVu", "", fs - 0.5)
                    r.cell(str(v))
            pdf.ln(2)
        elif kind == "table":
            headers, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            pdf.set_font("DejaVu", "", fs - 1.5)
            with pdf.table(col_widths=widths or None, line_height=4.3, text_align="LEFT",
                           padding=1.0, repeat_headings=1,
                           headings_style=_heading_style()) as t:
                r = t.row()
                for h in headers:
                    r.cell(str(h))
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _heading_style():
    from fpdf.fonts import FontFace
    return FontFace(emphasis="BOLD", fill_color=(215, 215, 215))


# ---------------------------------------------------------------- DOCX
def render_docx(blocks, path: Path, head="", foot="", title="", author="", real_headings=False,
                font="Arial", size=10):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if head:
        sec.header.paragraphs[0].text = head
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot:
        fp.add_run(foot + "    ")
    fp.add_run("Page ")
    _docx_field(fp, "PAGE", OxmlElement, qn)
    fp.add_run(" of ")
    _docx_field(fp, "NUMPAGES", OxmlElement, qn)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
        elif kind == "sub":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h":
            if real_headings:
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.underline = True
        elif kind in ("p", "sig"):
            d.add_paragraph(b[1])
        elif kind == "squiggle":
            p = d.add_paragraph()
            p.add_run("Signature: ")
            r = p.add_run(f"(signed) {b[1]}")
            r.italic = True
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 2)
        elif kind == "mono":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.name = "Courier New"
            r.font.size = Pt(size - 2)
        elif kind == "rule":
            d.add_paragraph("_" * 60)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = ""
                rr = cells[0].paragraphs[0].add_run(str(k))
                rr.bold = True
                cells[1].text = str(v)
            d.add_paragraph()
        elif kind == "table":
            headers, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                t.rows[0].cells[i].text = ""
                rr = t.rows[0].cells[i].paragraphs[0].add_run(str(h))
                rr.bold = True
            # repeat the heading row on each page
            trPr = t.rows[0]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author or "user"
    cp.last_modified_by = author or "user"
    cp.title = title
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    write_zip_normalised(buf.getvalue(), path)


def _docx_field(par, code, OxmlElement, qn):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = code
    r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r3._r.append(f2)


def write_zip_normalised(data: bytes, path: Path):
    """Rewrite an OOXML zip with fixed member dates and fixed core.xml dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = body.decode("utf-8")
                s = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                           r"\g<1>2026-04-20T09:00:00Z\g<2>", s)
                body = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- ODT
def _x(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def render_odt(blocks, path: Path, title="", author=""):
    body = []
    tcount = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            body.append(f'<text:p text:style-name="PTitle">{_x(b[1])}</text:p>')
        elif kind == "sub":
            body.append(f'<text:p text:style-name="PSub">{_x(b[1])}</text:p>')
        elif kind == "h":
            body.append(f'<text:h text:style-name="PHead" text:outline-level="2">{_x(b[1])}</text:h>')
        elif kind in ("p", "sig", "small", "mono"):
            body.append(f'<text:p text:style-name="PBody">{_x(b[1])}</text:p>')
        elif kind == "squiggle":
            body.append(f'<text:p text:style-name="PBody">Signature: (signed) {_x(b[1])}</text:p>')
        elif kind == "rule":
            body.append('<text:p text:style-name="PBody">' + "_" * 50 + "</text:p>")
        elif kind == "pb":
            body.append('<text:p text:style-name="PBreak"/>')
        elif kind in ("kv", "table"):
            tcount += 1
            if kind == "kv":
                headers, rows = None, [list(r) for r in b[1]]
                ncol = 2
            else:
                headers, rows = b[1], b[2]
                ncol = len(headers)
            t = [f'<table:table table:name="Table{tcount}">',
                 f'<table:table-column table:number-columns-repeated="{ncol}"/>']
            if headers:
                t.append("<table:table-header-rows><table:table-row>")
                for h in headers:
                    t.append('<table:table-cell office:value-type="string"><text:p text:style-name="PBold">'
                             f"{_x(str(h))}</text:p></table:table-cell>")
                t.append("</table:table-row></table:table-header-rows>")
            for row in rows:
                t.append("<table:table-row>")
                for c in row:
                    t.append('<table:table-cell office:value-type="string"><text:p text:style-name="PBody">'
                             f"{_x(str(c))}</text:p></table:table-cell>")
                t.append("</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        else:
            raise ValueError(kind)
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.3">'
        "<office:automatic-styles>"
        '<style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="PSub" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
        '<style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="PHead" style:family="paragraph"><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>'
        '<style:style style:name="PBold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>'
        '<style:style style:name="PBreak" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>'
        "</office:automatic-styles><office:body><office:text>"
        + "".join(body) + "</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.3"><office:meta>'
            f"<dc:title>{_x(title)}</dc:title><meta:initial-creator>{_x(author)}</meta:initial-creator>"
            "<meta:creation-date>2026-04-20T09:00:00</meta:creation-date>"
            "<dc:date>2026-04-20T09:00:00</dc:date></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=ZIP_DT)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- RTF
def _r(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?")
        elif ch == "\n":
            out.append("\\line ")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, path: Path):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}",
         r"{\info{\title Document}{\creatim\yr2026\mo4\dy20\hr9\min0}}", r"\paperw11906\paperh16838\margl1134\margr1134"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            o.append(r"\pard\qc\b\fs28 " + _r(b[1]) + r"\b0\fs20\par")
        elif kind == "sub":
            o.append(r"\pard\qc\i\fs20 " + _r(b[1]) + r"\i0\par")
        elif kind == "h":
            o.append(r"\pard\sb120\b\fs22 " + _r(b[1]) + r"\b0\fs20\par")
        elif kind in ("p", "sig", "small"):
            o.append(r"\pard\sa80\fs20 " + _r(b[1]) + r"\par")
        elif kind == "mono":
            o.append(r"\pard\f1\fs16 " + _r(b[1]) + r"\f0\fs20\par")
        elif kind == "squiggle":
            o.append(r"\pard\fs20 Signature: \i (signed) " + _r(b[1]) + r"\i0\par")
        elif kind == "rule":
            o.append(r"\pard\brdrb\brdrs\brdrw10\par")
        elif kind == "pb":
            o.append(r"\page")
        elif kind in ("kv", "table"):
            if kind == "kv":
                rows = [list(r) for r in b[1]]
                ncol, widths = 2, [3000, 6600]
                header = None
            else:
                header, rows = b[1], b[2]
                ncol = len(header)
                widths = [int(9600 / ncol)] * ncol
            def row(cells, bold=False):
                s = [r"\trowd\trgaph80"]
                x = 0
                for w in widths:
                    x += w
                    s.append(rf"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx{x}")
                s.append(r"\pard\intbl\fs18 ")
                for c in cells:
                    s.append((r"\b " if bold else "") + _r(str(c)) + (r"\b0" if bold else "") + r"\cell ")
                s.append(r"\row")
                return "".join(s)
            if header:
                o.append(row(header, True))
            for rr in rows:
                o.append(row(rr))
            o.append(r"\pard\par")
    o.append("}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(o), encoding="ascii")


# ---------------------------------------------------------------- plain text
def render_txt(blocks, width=96) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [b[1].upper(), "=" * min(width, len(b[1]))]
        elif kind == "sub":
            out.append(b[1])
        elif kind == "h":
            out += ["", b[1], "-" * min(width, len(b[1]))]
        elif kind in ("p", "sig", "small"):
            out += textwrap.wrap(b[1], width) or [""]
            out.append("")
        elif kind == "mono":
            out.append(b[1])
        elif kind == "squiggle":
            out.append(f"Signature: (signed) {b[1]}")
        elif kind == "rule":
            out.append("-" * width)
        elif kind == "pb":
            out.append("\f")
        elif kind == "kv":
            kw = max(len(str(k)) for k, _ in b[1]) + 2
            for k, v in b[1]:
                lines = textwrap.wrap(str(v), width - kw) or [""]
                out.append(f"{str(k) + ':':<{kw}}{lines[0]}")
                out += [" " * kw + ln for ln in lines[1:]]
            out.append("")
        elif kind == "table":
            headers, rows = b[1], b[2]
            out.append(" | ".join(str(h) for h in headers))
            out.append("-" * width)
            for r in rows:
                out.append(" | ".join(str(c) for c in r))
            out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- page images (scans, photos)
def render_page_images(blocks, width_px=1654, height_px=2339, margin=130, size=27, seed=0,
                       handwriting_sig=True):
    """Draw blocks onto white A4 pages (200 dpi at the default size). Returns a list of images."""
    rnd = random.Random(seed)
    reg = _font("DejaVuSans.ttf", size)
    bold = _font("DejaVuSans-Bold.ttf", size)
    big = _font("DejaVuSans-Bold.ttf", int(size * 1.35))
    ital = _font("DejaVuSans-Oblique.ttf", size)
    sigfont = _font("DejaVuSerif-Italic.ttf", int(size * 1.5))
    pages = []
    lh = int(size * 1.38)
    usable = width_px - 2 * margin

    def new_page():
        im = Image.new("L", (width_px, height_px), 255)
        return im, ImageDraw.Draw(im), margin

    im, dr, y = new_page()

    def wrap(text, font, w):
        words = text.split(" ")
        lines, cur = [], ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if dr.textlength(t, font=font) <= w:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = wd
        lines.append(cur)
        return lines

    def need(h):
        nonlocal im, dr, y
        if y + h > height_px - margin:
            pages.append(im)
            im, dr, y = new_page()

    for b in blocks:
        kind = b[0]
        if kind == "pb":
            pages.append(im)
            im, dr, y = new_page()
            continue
        if kind == "title":
            for ln in wrap(b[1], big, usable):
                need(lh * 1.5)
                w = dr.textlength(ln, font=big)
                dr.text(((width_px - w) / 2, y), ln, font=big, fill=0)
                y += int(lh * 1.5)
            y += lh // 3
        elif kind in ("sub", "small"):
            for ln in wrap(b[1], ital, usable):
                need(lh)
                dr.text((margin, y), ln, font=ital, fill=40)
                y += lh
            y += lh // 3
        elif kind == "h":
            need(lh * 2)
            y += lh // 3
            dr.rectangle([margin - 6, y - 4, width_px - margin + 6, y + lh - 2], fill=225)
            dr.text((margin, y), b[1], font=bold, fill=0)
            y += lh + lh // 3
        elif kind in ("p", "sig", "mono"):
            for ln in wrap(b[1], reg, usable):
                need(lh)
                dr.text((margin, y), ln, font=reg, fill=0)
                y += lh
            y += lh // 2
        elif kind == "squiggle":
            need(lh * 2)
            dr.text((margin, y + lh // 2), "Signature:", font=reg, fill=0)
            x0 = margin + dr.textlength("Signature:  ", font=reg)
            if handwriting_sig:
                dr.text((x0, y), b[1], font=sigfont, fill=20)
                # a flourish under the name
                pts = [(x0 + i * 9, y + lh + 10 + int(6 * math.sin(i / 2.0 + rnd.random()))) for i in range(40)]
                dr.line(pts, fill=30, width=3)
            y += lh * 2
        elif kind == "rule":
            need(lh)
            dr.line([margin, y + lh // 2, width_px - margin, y + lh // 2], fill=0, width=2)
            y += lh
        elif kind == "kv":
            kw = int(usable * 0.34)
            for k, v in b[1]:
                vl = wrap(str(v), reg, usable - kw - 20)
                h = lh * len(vl) + 10
                need(h)
                dr.rectangle([margin, y - 4, width_px - margin, y + h - 6], outline=0, width=2)
                dr.line([margin + kw, y - 4, margin + kw, y + h - 6], fill=0, width=2)
                dr.text((margin + 8, y), str(k), font=bold, fill=0)
                for i, ln in enumerate(vl):
                    dr.text((margin + kw + 10, y + i * lh), ln, font=reg, fill=0)
                y += h
            y += lh // 2
        elif kind == "table":
            headers, rows = b[1], b[2]
            n = len(headers)
            cw = usable / n
            for ri, row in enumerate([headers] + rows):
                f = bold if ri == 0 else reg
                cells = [wrap(str(c), f, cw - 16) for c in row]
                h = lh * max(len(c) for c in cells) + 10
                need(h)
                for ci, cl in enumerate(cells):
                    x = margin + ci * cw
                    dr.rectangle([x, y - 4, x + cw, y + h - 6], outline=0, width=2)
                    for i, ln in enumerate(cl):
                        dr.text((x + 8, y + i * lh), ln, font=f, fill=0)
                y += h
            y += lh // 2
    pages.append(im)
    return pages


def scanify(im: Image.Image, seed: int, angle=0.35) -> Image.Image:
    rnd = np.random.RandomState(seed)
    im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im).astype(np.int16)
    a = a - 8 + rnd.randint(0, 16, a.shape)  # paper grain
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.SMOOTH)


def image_pdf(pages, path: Path, dpi=200, title="scan"):
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("SCANNER MFP-4410 / scan to PDF")
    pdf.set_title(title)
    for im in pages:
        pdf.add_page()
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=62, optimize=True)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def phone_photo(page: Image.Image, path: Path, seed: int, angle=-3.2):
    """A page photographed on a desk: scaled, tilted, slightly keystoned, warm light, JPEG."""
    rnd = random.Random(seed)
    pg = page.convert("RGB").resize((1240, int(1240 * page.height / page.width)), Image.LANCZOS)
    W, H = 1500, 2000
    bg = Image.new("RGB", (W, H), (118, 96, 74))
    arr = np.asarray(bg).astype(np.int16)
    rs = np.random.RandomState(seed)
    arr = np.clip(arr + rs.randint(-10, 10, arr.shape), 0, 255).astype(np.uint8)
    bg = Image.fromarray(arr)
    pg = pg.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(118, 96, 74))
    bg.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
    # keystone: top edge a little narrower than the bottom
    d = 36
    quad = (-d, 0, -d // 3, H, W + d // 3, H, W + d, 0)
    bg = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    # warm light fall-off
    g = np.linspace(1.0, 0.86, H)[:, None, None]
    a = np.asarray(bg).astype(np.float32) * g * np.array([1.0, 0.97, 0.9])
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    path.parent.mkdir(parents=True, exist_ok=True)
    bg.save(path, "JPEG", quality=82)


# ---------------------------------------------------------------- XLSX
def render_xlsx(sheets, path: Path, author="user"):
    """sheets: list of (sheet title, preamble rows [list of str], headers, rows, col widths)."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, pre, headers, rows, widths in sheets:
        ws = wb.create_sheet(title)
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line).font = Font(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        r += 1
        for ci, h in enumerate(headers, 1):
            c = ws.cell(row=r, column=ci, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDDDDD")
            c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.print_title_rows = f"{r}:{r}"
        r += 1
        for row in rows:
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    write_zip_normalised(buf.getvalue(), path)


# ---------------------------------------------------------------- e-mail
def write_eml(path: Path, frm, to, subject, date, body, cc=None, msgid=""):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["X-Classification"] = "OFFICIAL-SENSITIVE"
    m.set_content(body)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(m.as_bytes())


# ---------------------------------------------------------------- video and audio
def make_video(path: Path, kind: str, overlay: str, seconds=4, seed=1, start="00:00:00"):
    """A short 320x240 MPEG-4 Part 2 MP4 with a mono AAC track; kind: abe | cctv | bwv."""
    import av

    rnd = np.random.RandomState(seed)
    fps = 10
    W, H = 320, 240
    font = _font("DejaVuSansMono.ttf", 11)
    fontb = _font("DejaVuSans-Bold.ttf", 12)
    h0, m0, s0 = (int(x) for x in start.split(":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    out = av.open(str(path), mode="w", format="mp4")
    vs = out.add_stream("mpeg4", rate=fps, options={"qscale": "4", "g": "20"})
    vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
    vs.codec_context.thread_count = 1
    vs.codec_context.thread_type = "NONE"
    as_ = out.add_stream("aac", rate=22050)
    as_.codec_context.layout = "mono"
    as_.codec_context.thread_count = 1
    # pre-compute audio: soft room tone plus a "voice" band for ABE/BWV
    sr = 22050
    n = sr * seconds
    t = np.arange(n) / sr
    noise = rnd.normal(0, 0.01, n)
    if kind in ("abe", "bwv"):
        env = (np.sin(2 * np.pi * 2.3 * t) > 0.1).astype(float) * 0.06
        voice = env * np.sin(2 * np.pi * (180 + 40 * np.sin(2 * np.pi * 0.7 * t)) * t)
        audio = noise + voice
    else:
        audio = noise * 0.5 + 0.004 * np.sin(2 * np.pi * 50 * t)
    audio = audio.astype(np.float32)
    for i in range(seconds * fps):
        im = Image.new("RGB", (W, H))
        d = ImageDraw.Draw(im)
        if kind == "abe":
            d.rectangle([0, 0, W, H], fill=(168, 160, 146))
            d.rectangle([0, 150, W, H], fill=(96, 104, 120))
            d.rectangle([230, 40, 300, 120], fill=(120, 150, 170))  # window blind
            for x, col in ((95, (60, 70, 120)), (215, (120, 50, 60))):
                sway = int(2 * math.sin(i / 4 + x))
                d.ellipse([x - 16 + sway, 70, x + 16 + sway, 104], fill=(214, 178, 150))
                d.rectangle([x - 28, 104, x + 28, 180], fill=col)
                d.rectangle([x - 34, 170, x + 34, 200], fill=(60, 50, 40))
            d.rectangle([140, 160, 180, 176], fill=(200, 200, 200))  # low table
        elif kind == "cctv":
            d.rectangle([0, 0, W, H], fill=(70, 74, 78))
            d.polygon([(0, 240), (120, 110), (200, 110), (320, 240)], fill=(52, 54, 58))
            d.rectangle([10, 60, 90, 130], fill=(90, 90, 60))  # shop front
            d.rectangle([205, 80, 300, 125], fill=(180, 170, 60))  # taxi
            x = 40 + i * 3
            for k, dx in enumerate((0, 16)):
                d.ellipse([x + dx, 120, x + dx + 10, 130], fill=(200, 190, 180))
                d.rectangle([x + dx - 2, 130, x + dx + 12, 165], fill=(40 + 80 * k, 40, 90 - 30 * k))
            arr = np.asarray(im).astype(np.int16) + rnd.randint(-14, 14, (H, W, 1))
            im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            d = ImageDraw.Draw(im)
        elif kind == "bwv":
            ox = int(6 * math.sin(i / 2.5))
            oy = int(4 * math.sin(i / 1.7))
            d.rectangle([0, 0, W, H], fill=(40, 36, 34))
            d.rectangle([90 + ox, 30 + oy, 230 + ox, 240], fill=(150, 120, 90))  # door frame
            d.rectangle([105 + ox, 45 + oy, 215 + ox, 240], fill=(200, 190, 170))  # hallway light
            d.ellipse([145 + ox, 80 + oy, 175 + ox, 112 + oy], fill=(210, 170, 140))
            d.rectangle([135 + ox, 112 + oy, 185 + ox, 200 + oy], fill=(70, 90, 110))
        secs = s0 + i // fps
        ts = f"{h0:02d}:{m0 + (secs // 60):02d}:{secs % 60:02d}"
        d.rectangle([0, 0, W, 16], fill=(0, 0, 0))
        d.text((4, 2), overlay.replace("{t}", ts), font=font, fill=(255, 255, 255))
        if kind == "abe":
            d.text((4, H - 16), "REC", font=fontb, fill=(230, 30, 30))
        frame = av.VideoFrame.from_image(im)
        for pkt in vs.encode(frame):
            out.mux(pkt)
    for pkt in vs.encode():
        out.mux(pkt)
    frame_size = 1024
    pts = 0
    for k in range(0, n, frame_size):
        chunk = audio[k:k + frame_size]
        if len(chunk) < frame_size:
            chunk = np.pad(chunk, (0, frame_size - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = sr
        af.pts = pts
        pts += frame_size
        for pkt in as_.encode(af):
            out.mux(pkt)
    for pkt in as_.encode():
        out.mux(pkt)
    out.close()


def make_call_wav(path: Path, seconds=5, seed=3):
    """A short 8 kHz mono WAV: two ring tones, then a call-handler/caller exchange (synthetic)."""
    sr = 8000
    rnd = np.random.RandomState(seed)
    t = np.arange(sr * seconds) / sr
    sig = np.zeros_like(t)
    ring = ((t % 3) < 0.8) & (t < 1.5)
    sig += ring * 0.25 * (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t))
    talk = t >= 1.6
    env = (np.sin(2 * np.pi * 3.1 * t) > -0.2) * talk
    pitch = np.where((t % 2.0) < 1.0, 210, 140)
    sig += env * 0.22 * np.sin(2 * np.pi * pitch * t + 3 * np.sin(2 * np.pi * 5 * t))
    sig += rnd.normal(0, 0.015, len(t))
    pcm = np.clip(sig * 32767 * 0.7, -32768, 32767).astype("<i2")
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def make_screenshot(path: Path, header: str, msgs, seed=0):
    """A phone screenshot of a message thread (PNG). msgs: list of (side 'in'/'out', time, text)."""
    W, H = 540, 960
    im = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(im)
    f = _font("DejaVuSans.ttf", 20)
    fs = _font("DejaVuSans.ttf", 14)
    fb = _font("DejaVuSans-Bold.ttf", 22)
    d.rectangle([0, 0, W, 34], fill=(20, 20, 20))
    d.text((16, 6), "09:41", font=fs, fill=(255, 255, 255))
    d.text((W - 80, 6), "61%", font=fs, fill=(255, 255, 255))
    d.rectangle([0, 34, W, 104], fill=(40, 90, 80))
    d.text((24, 56), header, font=fb, fill=(255, 255, 255))
    y = 130
    for side, tm, text in msgs:
        lines = textwrap.wrap(text, 30)
        h = 28 * len(lines) + 36
        if side == "out":
            x0, col = W - 40 - 380, (220, 248, 198)
        else:
            x0, col = 30, (255, 255, 255)
        d.rounded_rectangle([x0, y, x0 + 380, y + h], radius=14, fill=col)
        for i, ln in enumerate(lines):
            d.text((x0 + 14, y + 10 + 28 * i), ln, font=f, fill=(20, 20, 20))
        d.text((x0 + 380 - 60, y + h - 22), tm, font=fs, fill=(110, 110, 110))
        y += h + 18
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "PNG", optimize=True)


# --------------------------------------------------------------------------------------------
# Form builders
# --------------------------------------------------------------------------------------------
DECL = {
    "a": ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my "
          "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
          "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
          "do not believe to be true."),
    "b": ("Declaration: this statement, of {n} page(s), each signed by me, is true to the best of my "
          "knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable "
          "to prosecution if I have wilfully stated in it anything which I know to be false or do not "
          "believe to be true."),
    "c": ("I declare that this statement ({n} page(s), each page signed by me) is true to the best of my "
          "knowledge and belief, and I make it knowing that, if it is tendered in evidence, I shall be "
          "liable to prosecution if I have wilfully stated anything in it which I know to be false or "
          "do not believe to be true."),
}


def mg11(*, force, urn, name, occupation, pages, sig, date, age="Over 18", decl="a",
         heading="WITNESS STATEMENT", legal=True, urn_style="kv", rear=None, witnessed=None,
         sig_style="text", page_foot=True, signed=True, extra_top=None):
    """Blocks for an MG11 with continuation sheets.

    pages: list of lists of paragraphs (one list per sheet).
    sig:   the signature mark as typed ("[signed]", "(Sgd) A. Person", ...) or a name when
           sig_style == "squiggle" (drawn on images).
    signed=False leaves the signature and date lines blank (a planted failure).
    """
    n = len(pages)
    blocks = [("small", f"{force}    RESTRICTED (when complete)    MG11"),
              ("title", heading)]
    if legal:
        blocks.append(("sub", "(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5A(3)(a) "
                              "and s.5B; Criminal Procedure Rules 2025, r.16.2)"))
    if urn_style == "kv":
        top = [("URN", urn), ("Statement of", name), ("Age if under 18", age), ("Occupation", occupation)]
    else:
        top = [("URN", "  ".join(f"[{urn[i:j]}]" for i, j in ((0, 2), (2, 4), (4, 9), (9, 11)))),
               ("Statement of", name), ("Age if under 18", age), ("Occupation", occupation)]
    if extra_top:
        top += extra_top
    blocks.append(("kv", top))
    blocks.append(("p", DECL[decl].format(n=n)))

    def sigline(first=False):
        if not signed:
            return ("sig", "Signature: ...................................        Date: ........................")
        if sig_style == "squiggle":
            return ("squiggle", sig)
        lead = "" if sig.lower().startswith("signed") else "Signature: "
        return ("sig", f"{lead}{sig}" + (f"        Date: {date}" if first else ""))

    blocks.append(sigline(first=True))
    blocks.append(("rule",))
    for i, paras in enumerate(pages):
        if i > 0:
            blocks.append(("pb",))
            blocks.append(("small", f"{force}    MG11 (cont)    URN {urn}"))
            blocks.append(("h", f"Continuation of statement of {name}        Page {i + 1} of {n}"))
        elif n > 1:
            blocks.append(("small", f"Page 1 of {n}"))
        for ptxt in paras:
            blocks.append(("p", ptxt))
        if not signed:
            blocks.append(("sig", "Signature: ...................................    "
                                  "Signature witnessed by: ..............................."))
        elif sig_style == "squiggle":
            blocks.append(("squiggle", sig))
            if witnessed:
                blocks.append(("sig", f"Signature witnessed by: {witnessed}"))
        else:
            lead = "" if sig.lower().startswith("signed") else "Signature: "
            blocks.append(("sig", f"{lead}{sig}" + (f"        Signature witnessed by: {witnessed}" if witnessed else "")))
    if rear:
        blocks.append(("pb",))
        blocks.append(("small", "RESTRICTED (when complete) - NOT FOR DISCLOSURE - rear of MG11"))
        blocks.append(("h", "Witness details (not disclosed to the defence)"))
        blocks.append(("kv", rear))
    return blocks


def pnc_print(*, system, urn, surname, forenames, dob, pncid, convictions, cautions=None,
              printed, by, note=None):
    b = [("mono", f"{system}  --  PNC PRINT (PHOENIX) -- COURT/DEFENCE VERSION   URN: {urn}"),
         ("title", "Previous convictions and cautions"),
         ("kv", [("Name", f"{surname.upper()}, {forenames}"), ("Date of birth", dob),
                 ("PNC ID", pncid), ("Printed", printed), ("Printed by", by)])]
    if convictions:
        b.append(("h", "Convictions"))
        b.append(("table", ["Date", "Court", "Offence", "Disposal"], convictions, (16, 24, 36, 24)))
    else:
        b.append(("h", "Convictions"))
        b.append(("p", "No convictions recorded."))
    b.append(("h", "Cautions, reprimands, warnings"))
    if cautions:
        b.append(("table", ["Date", "Force", "Offence", "Disposal"], cautions, (16, 24, 36, 24)))
    else:
        b.append(("p", "None recorded."))
    if note:
        b.append(("p", note))
    return b


def write_expected(outdir: Path, case: str, exp: dict):
    exp = dict(exp)
    exp["case"] = case
    order = ["case", "stage", "exit", "present_types", "must_fail", "must_not_fail", "docs"]
    exp = {k: exp[k] for k in order if k in exp}
    (outdir / f"{case}.expected.json").write_text(json.dumps(exp, indent=2) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Case helper
# --------------------------------------------------------------------------------------------
class Case:
    def __init__(self, out: Path, name: str):
        self.name = name
        self.dir = out / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs = []

    def _doc(self, fname, dtype, role):
        if dtype:
            d = {"name": fname, "type": dtype}
            if role:
                d["role"] = role
            self.docs.append(d)

    def pdf(self, fname, blocks, dtype=None, role=None, **kw):
        render_pdf(blocks, self.dir / fname, **kw)
        self._doc(fname, dtype, role)

    def docx(self, fname, blocks, dtype=None, role=None, **kw):
        render_docx(blocks, self.dir / fname, **kw)
        self._doc(fname, dtype, role)

    def odt(self, fname, blocks, dtype=None, role=None, **kw):
        render_odt(blocks, self.dir / fname, **kw)
        self._doc(fname, dtype, role)

    def rtf(self, fname, blocks, dtype=None, role=None):
        render_rtf(blocks, self.dir / fname)
        self._doc(fname, dtype, role)

    def txt(self, fname, text, dtype=None, role=None):
        (self.dir / fname).write_text(text, encoding="utf-8")
        self._doc(fname, dtype, role)

    def scan(self, fname, blocks, dtype=None, role=None, seed=0, angle=0.35):
        pages = [scanify(p, seed + i, angle) for i, p in enumerate(render_page_images(blocks, seed=seed))]
        image_pdf(pages, self.dir / fname)
        self._doc(fname, dtype, role)

    def photo(self, fname, blocks, dtype=None, role=None, seed=0, angle=-3.0):
        page = render_page_images(blocks, seed=seed, size=30)[0]
        phone_photo(page, self.dir / fname, seed, angle)
        self._doc(fname, dtype, role)

    def xlsx(self, fname, sheets, dtype=None, role=None, author="user"):
        render_xlsx(sheets, self.dir / fname, author=author)
        self._doc(fname, dtype, role)

    def video(self, fname, kind, overlay, dtype=None, seconds=4, seed=1, start="00:00:00"):
        make_video(self.dir / fname, kind, overlay, seconds=seconds, seed=seed, start=start)
        self._doc(fname, dtype, None)

    def wav(self, fname, dtype=None, seconds=5, seed=3):
        make_call_wav(self.dir / fname, seconds=seconds, seed=seed)
        self._doc(fname, dtype, None)

    def eml(self, fname, dtype=None, **kw):
        write_eml(self.dir / fname, **kw)
        self._doc(fname, dtype, None)

    def finish(self, out: Path, **exp):
        exp["docs"] = self.docs
        write_expected(out, self.name, exp)


def mg6c_blocks(force, urn, rows, *, officer, date, heading_note=None, cols=None, widths=None, r_v=""):
    cols = cols or ["Item no.", "Description and relevance", "Location", "CPS use (comment)"]
    b = [("small", f"{force}    RESTRICTED (when complete)    MG6C"),
         ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
         ("kv", [("URN", urn)] + ([("R v", r_v)] if r_v else []) + [("Disclosure officer", officer), ("Date", date)])]
    if heading_note:
        b.append(("p", heading_note))
    b.append(("table", cols, rows, widths or (9, 55, 18, 18)))
    b.append(("p", "I certify that, to the best of my knowledge and belief, all relevant material retained "
                   "in this investigation that does not form part of the prosecution case is listed on this "
                   "schedule or on the sensitive schedule."))
    b.append(("sig", f"Disclosure officer: {officer}        Date: {date}"))
    return b


COMPLIANT_CHARGING = [
    "mg3_present", "test_sought", "lines_of_enquiry", "suspect_account", "outstanding_dated",
    "complainant_account", "key_statements", "officer_statement", "signed", "suspect_interview",
    "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
    "rebuttable_presumption", "exhibits", "forensic_medical", "special_measures", "victim_care",
    "multimedia", "dig_dpn", "dig_prop", "digital_proportionality",
]


# ============================================================================================
# 1. Hollinsdale Police (CORVUS RMS, BEACON CAD) -- compliant, charging, ABE, SARC, CCTV, DPN
# ============================================================================================
def case_hollinsdale(out: Path):
    c = Case(out, "hollinsdale_31HD0441226")
    URN = "31HD0441226"
    F = "Hollinsdale Police"
    OS = "OFFICIAL-SENSITIVE when complete"

    # ---------------- MG3 (tabular boxes) ----------------
    mg3 = [
        ("small", f"{F}  |  CORVUS RMS case file output  |  MG3"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("sub", "Pre-charge submission - RASSO - Crown Court"),
        ("kv", [("URN", URN), ("Force / station", "Hollinsdale Police / Hollinsdale Central"),
                ("Suspect", "DOYLE, Kieran (born 19th August 1996)"),
                ("Complainant", "ASHWORTH, Freya (24)"),
                ("Offence", "Rape of a woman aged 16 or over, Sexual Offences Act 2003, s.1"),
                ("Date of offence", "Sunday 15th March 2026, between 02:30 and 03:20"),
                ("Decision requested", "Full Code Test charging decision (anticipated not guilty plea, Crown Court)"),
                ("Date of submission", "9th April 2026")]),
        ("h", "Officer in the case"),
        ("kv", [("OIC", "DC 3318 Oliver PRENTICE, RASSO Investigation Team, Hollinsdale Central"),
                ("Direct line", "01632 960418"), ("E-mail", "oliver.prentice@hollinsdale.police.example"),
                ("Supervisor", "DS 1044 Rachel CARVER, 01632 960402, rachel.carver@hollinsdale.police.example")]),
        ("h", "Custody / bail status"),
        ("p", "Arrested 16th March 2026 at 07:10. Released on pre-charge bail on 16th March 2026 at 21:05 "
              "(authorised by Insp 77 Karen WAITE), answer date 16th June 2026. Conditions: (1) not to contact "
              "Freya ASHWORTH directly or indirectly, including through social media or third parties; (2) not "
              "to enter Wrenfield Court, Hollinsdale. No breaches recorded."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought. The suspect was arrested and interviewed within 36 hours of the "
              "report, the material is limited and the case was ready for a full code test submission within "
              "four weeks. DS CARVER recorded this decision on CORVUS on 20th March 2026."),
        ("h", "Summary of the case"),
        ("p", "On the evening of Saturday 14th March 2026 Freya ASHWORTH was at the Lamb and Flag, Market Street, "
              "with her friend Hannah PRICE. Kieran DOYLE, whom she knew slightly through friends, joined their "
              "group at about 22:30. Hannah left at about 01:30. At 02:09 Freya and DOYLE are seen on CCTV "
              "getting into a taxi at the Market Street rank. The driver, Laszlo NEMETH, dropped them both at "
              "Wrenfield Court at 02:24."),
        ("p", "Freya says that DOYLE said he would see her to her door and then get another taxi. Inside the "
              "flat she told him she was going to bed. He followed her into the bedroom, got onto the bed and "
              "pulled her leggings down. She said 'Kieran, no, get off' several times and pushed at his chest. He "
              "held her left upper arm and had vaginal intercourse with her. He left at about 03:20."),
        ("p", "At about 03:40 Freya knocked on the door of her neighbour, Pauline OKAFOR, crying, and told her "
              "'Kieran raped me, I kept telling him no and he wouldn't stop.' She stayed with Mrs OKAFOR for the "
              "rest of the night and reported the offence online at 08:47. PC 2231 TANNER attended at 09:35 and "
              "took a brief first account. She was examined at Riverside SARC that afternoon and gave a "
              "video-recorded (ABE) interview on 16th March 2026."),
        ("h", "Key evidence"),
        ("table", ["Evidence", "Source / exhibit", "In file"], [
            ["Complainant's account: ABE interview 16/03/2026 (58 min), with index", "DC KENWORTHY, NK/1 and NK/2", "Yes (video and index)"],
            ["First account to neighbour at 03:40", "MG11 Pauline OKAFOR", "Yes"],
            ["First account to police at 09:35", "MG11 PC TANNER, PNB JT/1", "Yes"],
            ["Taxi rank CCTV 02:09-02:13", "MG11 PC SHAH, clip AS/1", "Yes (clip)"],
            ["Taxi driver", "MG11 Laszlo NEMETH", "Yes"],
            ["Friend at the pub; 01:58 message", "MG11 Hannah PRICE, HP/1", "Yes"],
            ["Forensic medical examination", "MG11 Dr Helen MARSH (FME), HM/1-HM/3", "Yes"],
            ["Suspect interview", "ROTI 16/03/2026", "Yes"],
        ], (52, 30, 18)),
        ("h", "Suspect's account"),
        ("p", "Interviewed on 16th March 2026 with his solicitor present, DOYLE answered all questions. He says "
              "that he and Freya kissed in the pub, that she invited him back for a drink, that they kissed on "
              "the sofa and she led him to the bedroom, and that the intercourse was consensual. He says she "
              "never said no or pushed him, denies holding her arm and says he left because he was starting work "
              "at 08:00. He said she had messaged him that night asking him to come back. The defence is "
              "consent and, in the alternative, reasonable belief in consent."),
        ("h", "Reasonable lines of enquiry (including those pointing away from the suspect)"),
        ("table", ["Line of enquiry", "Result / reason"], [
            ["Suspect says Freya messaged him asking him back (points away)",
             "Complainant's handset: selective extraction under a DPN limited to her WhatsApp thread with the "
             "suspect and her call log, 18:00 14/03 to 12:00 15/03. No message from her to him in that window. "
             "Suspect's handset (same parameters, to 07:00 16/03) agrees: his only messages are at 03:31 ('u ok? "
             "x', unanswered) and 10:02."],
            ["Suspect says they kissed in the pub (points away)",
             "Hannah PRICE saw them talking and laughing but not kissing; she left at 01:30. Internal pub CCTV "
             "was requested on 17/03 but the system overwrites after 72 hours (licensee's e-mail, MG6C item 17). "
             "Zoe BARNES, also in the group, left at 23:30 and saw nothing relevant (MG6C item 26)."],
            ["Demeanour on leaving the pub and in the taxi (may point either way)",
             "CCTV AS/1 shows her unsteady with his arm round her, no sign of distress. The taxi driver says "
             "they chatted and laughed and she rested her head on his shoulder; he heard DOYLE say 'I'll see you "
             "in'. This assists the defence and is flagged on the MG6E."],
            ["Other witnesses at Wrenfield Court", "House-to-house at flats 9-14 on 17/03: nobody heard anything."],
            ["Injury", "FME found a 2 x 3 cm bruise to the left upper arm; she cannot say how it was caused. "
                       "Photographed on a body map (HM/2)."],
            ["Forensic", "Intimate swabs submitted for DNA (MG21, 17/03). Intercourse is admitted, so the result "
                         "is confirmatory only. Bedsheet JT/2 held, not submitted for the same reason. The early "
                         "evidence kit (mouth rinse and urine) is stored but not submitted: she does not suggest "
                         "she was drugged and her recollection is clear."],
            ["Lines not pursued", "Her wider phone content, social media and any medical or counselling records: "
                                  "no request made. Both agree they had never messaged privately before that night "
                                  "and nothing suggests those records hold anything relevant."],
        ], (34, 66)),
        ("h", "Outstanding evidence / enquiries"),
        ("table", ["Item", "With", "Target date"], [
            ["DNA results from intimate swabs HM/1 (confirmatory; intercourse admitted)",
             "Arden Forensic Services, submitted 17th March 2026", "22nd May 2026"],
        ], (50, 30, 20)),
        ("p", "No other enquiries are outstanding. We ask that the decision is not delayed for the DNA result."),
        ("h", "Forensic and medical; consent"),
        ("p", "Examined at Riverside SARC on 15th March 2026 by Dr Helen MARSH. Freya signed the SARC consent "
              "form (HM/3) on 15th March 2026 agreeing to release of the examination notes, body map and samples "
              "to the police and CPS."),
        ("h", "Victim and witness care"),
        ("kv", [("Special measures", "MG2 attached. Eligible under s.17(4) YJCEA 1999. She asks for the ABE to "
                 "be played as her evidence-in-chief and for screens. Asked about s.28, she said she would like "
                 "her cross-examination to be pre-recorded. No communication needs; an intermediary is not "
                 "required."),
                ("Needs", "No interpreter (English first language). Anxiety since the offence; she wants her "
                          "ISVA present at meetings and prefers contact by text after 17:00 on weekdays."),
                ("ISVA", "Referred 16th March 2026 to Hollinsdale Rape Crisis ISVA Service; ISVA Bethan LLOYD."),
                ("VPS", "Explained and offered on 9th April 2026. She wants to make one after the charging "
                        "decision.")]),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D and MG6E attached. Rebuttable presumption material (crime report, CAD log including the "
              "online report, records of first complaint, witness PNC checks) is supplied with this file."),
        ("h", "Supervisor's endorsement"),
        ("p", "I have reviewed this file against the National File Standard and the Director's Guidance and "
              "authorise submission for a full code test decision."),
        ("sig", "DS 1044 Rachel CARVER        9th April 2026"),
    ]
    c.pdf("MG3 ASHWORTH v DOYLE.pdf", mg3, "MG3", head=OS, foot=f"{F} - MG3 - URN {URN}")

    # ---------------- ABE recording + index ----------------
    c.video("ABE_FA_160326_part1.mp4", "abe", "HOLLINSDALE VRI SUITE 2  16/03/2026 {t}", "ABE_RECORDING",
            seconds=4, seed=11, start="10:04:12")
    abe_idx = [
        ("title", "Record of video recorded interview - index and summary"),
        ("kv", [("URN", URN), ("Interviewee", "Freya ASHWORTH (complainant)"),
                ("Date / place", "16th March 2026, VRI Suite 2, Hollinsdale Central"),
                ("Interviewer", "DC 4120 Naomi KENWORTHY"), ("Monitoring", "DC 2877 Paul ESSEX"),
                ("Start / finish", "10:04 / 11:02 (58 minutes)"),
                ("Exhibits", "NK/1 (master), NK/2 (working copy)"),
                ("File", "ABE_FA_160326_part1.mp4 (working copy)")]),
        ("table", ["Counter", "Topic", "Summary"], [
            ["00:00", "Introductions", "Ground rules explained; truth and lies; she agrees to record."],
            ["02:40", "Free narrative", "Night out at the Lamb and Flag with Hannah; Kieran joined the group about 22:30; 'friendly, a bit full on'."],
            ["11:15", "Leaving", "Hannah left about half one. She decided to go home; Kieran said he would see her to her door and get another taxi."],
            ["16:30", "At the flat", "Told him she was going to bed. He followed her into the bedroom."],
            ["21:05", "The offence", "He got on the bed, pulled her leggings down; she said 'Kieran, no, get off' and pushed his chest; he held her left arm; vaginal penetration with his penis."],
            ["33:50", "After", "He left about 03:20. She sat on the bathroom floor, then went next door to Pauline."],
            ["39:10", "Questioning", "Alcohol: four or five vodka and lemonades; she remembers the events clearly. No messages to Kieran that night; messaged Hannah at 01:58."],
            ["50:20", "Closing", "Injury to left arm; no further points; thanks."],
        ], (12, 20, 68)),
        ("sig", "Prepared by DC 4120 KENWORTHY, 17th March 2026"),
    ]
    c.pdf("ABE index - ASHWORTH.pdf", abe_idx, "ABE_SUMMARY", head=OS)

    # ---------------- MG11s ----------------
    c.pdf("scan_0004.pdf", mg11(
        force=F, urn=URN, name="Pauline OKAFOR", occupation="Retired school administrator",
        sig="Signed: P. Okafor", date="17th March 2026", witnessed="DC 3318 O. Prentice",
        pages=[[
            "I live at Wrenfield Court, Hollinsdale, next door to Freya ASHWORTH. I have known Freya for about "
            "two years as a neighbour. We are friendly and she sometimes feeds my cat when I am away.",
            "In the early hours of Sunday 15th March 2026 I was woken by knocking at my front door. I looked at "
            "the clock by my bed and it said 03:38. I went to the door and saw Freya through the spy hole. When I "
            "opened the door she was crying so much she could hardly speak. She was wearing a long T-shirt and "
            "was barefoot.",
            "I brought her in and sat her on the settee. She kept saying 'I told him no'. I asked her what had "
            "happened and she said 'Kieran raped me, I kept telling him no and he wouldn't stop.' I asked who "
            "Kieran was and she said he was someone from the pub who had shared her taxi. She said he had left.",
        ], [
            "She was shaking and holding her left arm. She said he had held her there. I made her a cup of "
            "sweet tea and put a blanket round her. I asked if she wanted me to ring the police and she said she "
            "couldn't face it yet and wanted to wait until it was light. She stayed on my settee and I sat with "
            "her. I don't think either of us slept.",
            "At about quarter to nine she said she wanted to report it and we did it together on her phone on "
            "the police website. A police officer came to my flat at about half past nine.",
            "I am willing to attend court if required.",
        ]]), "MG11", "first_account", head=OS)

    c.docx("MG11_PC2231_TANNER.docx", mg11(
        force=F, urn=URN, name="PC 2231 Jordan TANNER", occupation="Police constable",
        sig="[signed]", date="15/03/2026", decl="a",
        pages=[[
            "I am a police constable with Hollinsdale Police on response duties. On Sunday 15th March 2026 I "
            "was on duty in full uniform. At 09:12 I was sent to an online report of a rape (BEACON incident "
            "0315-0091) and at 09:35 I arrived at a flat at Wrenfield Court, where I met Freya ASHWORTH and her "
            "neighbour Pauline OKAFOR.",
            "Ms ASHWORTH was tearful and was holding her left upper arm. I explained I needed only a brief "
            "first account so that evidence could be secured. She told me she had been at the Lamb and Flag, "
            "had shared a taxi home with a man called Kieran DOYLE, and that at her flat he had had sex with her "
            "while she told him no and pushed him. She said he left at about 03:20. I wrote her words in my "
            "pocket notebook at the time and she read and signed the entry. I produce the notebook entry as "
            "exhibit JT/1. My body-worn camera was not switched on while she gave this account.",
            "At 09:50 I took an early evidence kit (mouth rinse and urine sample) with her agreement and handed "
            "it to the SARC crisis worker. With her consent I seized the bottom bedsheet from her bed, which I "
            "sealed and produce as exhibit JT/2. At 11:30 I drove her to Riverside SARC.",
        ]]), "MG11", "officer", head=OS, foot=F)

    c.pdf("MG11 KENWORTHY (ABE).pdf", mg11(
        force=F, urn=URN, name="DC 4120 Naomi KENWORTHY", occupation="Detective constable, RASSO team",
        sig="(Sgd) N. Kenworthy", date="17th March 2026", decl="a",
        pages=[[
            "I am a detective constable trained in Achieving Best Evidence interviewing. On Monday 16th March "
            "2026 between 10:04 and 11:02 I conducted a video-recorded interview with Freya ASHWORTH in VRI "
            "Suite 2 at Hollinsdale Central. DC 2877 ESSEX operated the equipment and monitored.",
            "Before the interview I prepared a written interview plan, which is retained and listed on the "
            "schedule of unused material.",
            "At the end of the interview the recording was copied to two discs. I sealed the master recording and "
            "produce it as exhibit NK/1. I produce the working copy as exhibit NK/2; the digital file of the "
            "working copy is supplied as ABE_FA_160326_part1.mp4. I prepared an index of the interview on 17th "
            "March 2026.",
        ]]), "MG11", "officer", head=OS)

    c.pdf("MG11 SHAH cctv.pdf", mg11(
        force=F, urn=URN, name="PC 1187 Amir SHAH", occupation="Police constable",
        sig="(Sgd) A. Shah", date="18th March 2026",
        pages=[[
            "On Tuesday 17th March 2026 I attended the Hollinsdale Council CCTV control room and downloaded "
            "footage from camera 04, which covers the taxi rank in Market Street, for 01:50 to 02:30 on Sunday "
            "15th March 2026. The system clock was checked against the speaking clock and was correct. I produce "
            "the full download as exhibit AS/2.",
            "I viewed the footage. At 02:09 a woman in a light jacket and a man in a dark hooded top walk to the "
            "rank from the direction of the Lamb and Flag. The man has his arm around the woman's waist and she "
            "is unsteady. At 02:11 they get into the rear of a light-coloured saloon taxi, which leaves at 02:12. "
            "I made a clip of 02:09:40 to 02:13:00 and produce it as exhibit AS/1 (file "
            "CCTV_MarketSt_cam04_clip.mp4).",
        ]]), "MG11", "officer", head=OS)
    c.video("CCTV_MarketSt_cam04_clip.mp4", "cctv", "CAM04 MARKET ST RANK 15/03/26 {t}", "CCTV",
            seconds=3, seed=12, start="02:09:40")

    c.pdf("Statement - Dr H Marsh FME.pdf", mg11(
        force=F, urn=URN, name="Dr Helen MARSH MBChB DFFLM", occupation="Forensic physician, Riverside SARC",
        sig="Signed: H. Marsh", date="20 March 2026", decl="c",
        pages=[[
            "I am a forensic physician with eleven years' experience of examining adults after sexual assault. "
            "I work at Riverside SARC, Hollinsdale.",
            "On Sunday 15th March 2026 between 13:05 and 14:40 I examined Freya ASHWORTH, aged 24, at her "
            "request. Before the examination she signed a consent form agreeing to the examination and to the "
            "release of my notes, body map and samples to the police and the CPS. I produce the signed form as "
            "exhibit HM/3.",
            "I found a bruise of 2 x 3 cm on the inner aspect of the left upper arm, reddish-purple, and a "
            "superficial abrasion of 3 mm at the posterior fourchette. The bruise is consistent with firm "
            "gripping but could have been caused in other ways. The abrasion is a non-specific finding that can "
            "occur with consensual or non-consensual intercourse.",
        ], [
            "I took high and low vaginal swabs, an endocervical swab and a perineal swab, which I sealed and "
            "handed to PC TANNER; I produce them together as exhibit HM/1. I recorded my findings on a body map "
            "with my notes, which I produce as exhibit HM/2.",
            "I have read the declaration above and I understand my duty to the court to give objective and "
            "unbiased evidence within my expertise.",
        ]]), "MG11", "expert", head=OS)

    c.pdf("MG11 NEMETH.pdf", mg11(
        force=F, urn=URN, name="Laszlo NEMETH", occupation="Taxi driver, Hollinsdale Cars",
        sig="[signed]", date="19th March 2026",
        pages=[[
            "I drive for Hollinsdale Cars. In the early hours of Sunday 15th March 2026 I was on the rank in "
            "Market Street. At about 02:10 a young man and a young woman got into the back of my car. The woman "
            "asked for Wrenfield Court.",
            "During the journey they chatted and laughed. At one point she rested her head on his shoulder. She "
            "seemed to have had a few drinks but she was not being sick and she knew where she was going. When we "
            "got there he paid and I heard him say 'I'll see you in'. They both got out and walked towards the "
            "flats. I did not see where they went. I drove off at 02:24 according to my job sheet.",
        ]]), "MG11", "witness", head=OS)

    c.pdf("MG11 PRICE Hannah.pdf", mg11(
        force=F, urn=URN, name="Hannah PRICE", occupation="Dental nurse",
        sig="Signed: H. Price", date="18/03/2026",
        pages=[[
            "Freya ASHWORTH is my best friend. On Saturday 14th March 2026 we went to the Lamb and Flag. A group "
            "of people we half know joined us, including a man called Kieran, who I had met once before. He "
            "spent most of the night talking to Freya. I saw them talking and laughing; I did not see them kiss. "
            "Earlier in the evening Freya said he was 'a bit full on' but she did not seem worried.",
            "I left at about half one because I had work. At 01:58 Freya messaged me 'getting a taxi, kieran's "
            "walking me to my door then going home x'. I showed this message to DC PRENTICE on my phone and he "
            "photographed the screen. I produce the photograph as exhibit HP/1.",
        ]]), "MG11", "witness", head=OS)

    # ---------------- ROTI ----------------
    roti = [
        ("title", "RECORD OF TAPED INTERVIEW (MG15)"),
        ("kv", [("URN", URN), ("Person interviewed", "DOYLE, Kieran"), ("Place", "Hollinsdale Custody Suite, interview room 3"),
                ("Date", "16/03/2026"), ("Time commenced / concluded", "17:41 / 18:36"),
                ("Interviewing officers", "DC 3318 PRENTICE, DC 4409 MORLEY"),
                ("Others present", "Mr Ian COULL, solicitor, Coull & Partners"),
                ("Recording ref", "HC-2026-03-16-0412 (digital)")]),
        ("table", ["Time", "Person speaking", "Text / summary"], [
            ["17:41", "DC PRENTICE", "Introductions, caution, right to legal advice confirmed; solicitor present."],
            ["17:44", "DOYLE", "Agrees he was at the Lamb and Flag with Freya and her friends. Says they 'got on really well' and kissed at the bar."],
            ["17:52", "DOYLE", "Says Freya asked him back for a drink; they shared a taxi. Denies saying he would get another taxi."],
            ["17:58", "DOYLE", "At the flat they kissed on the sofa; she took his hand and led him to the bedroom. Sex was consensual. 'She never said no. She never pushed me.'"],
            ["18:09", "DC MORLEY", "Puts her account that she said 'Kieran, no, get off' and pushed him. DOYLE: 'That didn't happen.'"],
            ["18:14", "DOYLE", "Denies holding her arm. Cannot explain the bruise: 'she was falling about drunk.'"],
            ["18:19", "DOYLE", "Left about 03:15 because he had work at 8. Messaged her at 03:31 to check she was OK."],
            ["18:25", "DOYLE", "Says she had messaged him during the night asking him to come back. Consents to examination of his phone for messages with her."],
            ["18:33", "DC PRENTICE", "Any further points? DOYLE: 'I'd never do that to anyone.' Interview concluded 18:36."],
        ], (12, 20, 68)),
        ("sig", "Record prepared by DC 3318 PRENTICE, 18th March 2026"),
    ]
    c.pdf("ROTI DOYLE 160326.pdf", roti, "ROTI", head=OS)

    c.pdf("PNC DOYLE.pdf", pnc_print(
        system="HOLLINSDALE POLICE", urn=URN, surname="DOYLE", forenames="Kieran", dob="19/08/1996",
        pncid="14/228817L",
        convictions=[["12/06/2019", "Hollinsdale Magistrates", "Assault by beating (Criminal Justice Act 1988 s.39)", "Fine £200, costs £85"],
                     ["03/02/2021", "Hollinsdale Magistrates", "Drunk and disorderly in a public place", "Fine £90"]],
        printed="08/04/2026 14:12", by="DC 3318 PRENTICE"), "PNC")
    c.pdf("witness PNC checks.pdf", [
        ("title", "Prosecution witnesses - PNC checks"),
        ("kv", [("URN", URN), ("Checked by", "DC 3318 PRENTICE"), ("Date", "8th April 2026")]),
        ("table", ["Witness", "Date of birth", "Result"], [
            ["ASHWORTH, Freya (complainant)", "held on MG6D", "No trace"],
            ["OKAFOR, Pauline", "held on MG6D", "No trace"],
            ["PRICE, Hannah", "held on MG6D", "No trace"],
            ["NEMETH, Laszlo", "held on MG6D", "1 conviction: 22/09/2015 Hollinsdale Magistrates, using a vehicle "
                                                 "while uninsured, fine £300 and 6 points. Not of dishonesty; listed on MG6E."],
            ["MARSH, Helen (FME)", "-", "Professional witness - not checked"],
        ], (32, 18, 50)),
    ], "PNC", head=OS)

    # ---------------- schedules ----------------
    r6c = [
        ["1", "Crime report CORVUS 26/11842 (created 15/03/2026 08:58), full print with audit trail, 7 pages", "OIC", "Rebuttable presumption - copy supplied with file"],
        ["2", "BEACON CAD incident log 0315-0091, 15/03/2026, 3 pages, includes text of online report", "OIC", "Rebuttable presumption - copy supplied with file"],
        ["3", "Online report form submitted by the complainant via force website 15/03/2026 08:47 (text reproduced in item 2)", "OIC", "Record of first complaint - supplied within item 2"],
        ["4", "Pocket notebook of PC 2231 TANNER, pp.31-34, first account 15/03/2026 (exhibit JT/1)", "Property store ref HP-4471", "Exhibit - see MG12"],
        ["5", "ABE interview plan by DC 4120 KENWORTHY, 16/03/2026, 3 pages", "OIC", ""],
        ["6", "Monitoring officer's notes, DC 2877 ESSEX, ABE 16/03/2026, 2 pages", "OIC", ""],
        ["7", "SARC referral form (non-clinical), 15/03/2026, 2 pages", "OIC", ""],
        ["8", "Early evidence kit continuity record, PC TANNER, 15/03/2026", "OIC", ""],
        ["9", "MG21 forensic submission to Arden Forensic Services, 17/03/2026 (swabs HM/1)", "OIC", "Copy supplied with file"],
        ["10", "Digital Processing Notice signed by complainant 16/03/2026", "OIC", "Copy supplied with file"],
        ["11", "Kiosk extraction report, complainant's handset: WhatsApp thread with suspect and call log, 18:00 14/03 to 12:00 15/03/2026, 6 pages (18/03/2026)", "Digital Media Unit", "No message to suspect in window"],
        ["12", "Extraction report, suspect's handset: messages and calls with complainant 18:00 14/03 to 07:00 16/03/2026, 4 pages (25/03/2026)", "Digital Media Unit", ""],
        ["13", "Custody record, DOYLE, Hollinsdale Custody Suite 16/03/2026, 14 pages", "Custody", ""],
        ["14", "Pre-interview disclosure document given to Mr COULL, 16/03/2026, 2 pages", "OIC", ""],
        ["15", "Arrest notes of PC 1650 Dale ROWNTREE, 16/03/2026 (arrest at home address, reply 'I knew she'd do this')", "OIC", "Reply also in crime report"],
        ["16", "House-to-house questionnaires, Wrenfield Court flats 9 to 14, 17/03/2026, 6 forms, nothing heard", "OIC", ""],
        ["17", "E-mail from licensee of the Lamb and Flag, 17/03/2026, confirming internal CCTV overwritten after 72 hours", "OIC", ""],
        ["18", "Hollinsdale Cars booking record, job 7731, rank pick-up 02:10, drop-off Wrenfield Court 02:24, 15/03/2026", "OIC", ""],
        ["19", "Full CCTV download, Market St camera 04, 01:50-02:30 15/03/2026 (exhibit AS/2)", "Property store", "Exhibit - see MG12"],
        ["20", "CCTV viewing log, PC SHAH, 18/03/2026, 1 page", "OIC", ""],
        ["21", "Scene photographs of bedroom, CSI 0912 BELL, 12 images, 15/03/2026", "CSI", ""],
        ["22", "CSI scene attendance log, 15/03/2026", "CSI", ""],
        ["23", "Bail record and notice of conditions, DOYLE, 16/03/2026", "Custody", ""],
        ["24", "Property record: suspect's handset seized 16/03/2026, ref HP-4480", "Property store", ""],
        ["25", "Investigation plan and supervisory reviews on CORVUS, 15/03/2026 to 08/04/2026", "OIC", ""],
        ["26", "Officer's note of conversation with Zoe BARNES, 20/03/2026: left the pub 23:30, saw nothing relevant; no statement taken", "OIC", ""],
        ["27", "Witness PNC checks, 08/04/2026 (NEMETH conviction)", "OIC", "Rebuttable presumption - copy supplied with file"],
        ["28", "Bedsheet from complainant's bed (exhibit JT/2), not submitted", "Property store", "Exhibit - see MG12"],
        ["29", "MG11 of PC 1650 ROWNTREE (arrest), 16/03/2026, 1 page", "OIC", ""],
        ["30", "Photograph of Hannah PRICE's phone screen, message 01:58 (exhibit HP/1)", "OIC", "Exhibit - see MG12"],
    ]
    c.pdf("MG6C.pdf", mg6c_blocks(F, URN, r6c, officer="DC 3318 Oliver PRENTICE", date="9th April 2026",
                                  heading_note="R v Kieran DOYLE. The disclosure officer is also the OIC."),
          "MG6C", head=OS)
    c.pdf("MG6D.pdf", [
        ("small", f"{F}    RESTRICTED (when complete)    MG6D"),
        ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", URN), ("R v", "Kieran DOYLE"), ("Disclosure officer", "DC 3318 PRENTICE")]),
        ("table", ["No.", "Description", "Reason for sensitivity", "CPS view"], [
            ["1", "Complainant's and witnesses' personal details and contact preferences (rear of MG11s, victim contact log)", "Personal data of witnesses; safety", ""],
            ["2", "ISVA referral form, 16/03/2026, Hollinsdale Rape Crisis", "Confidential support referral", ""],
            ["3", "Riverside SARC clinical notes (full), 15/03/2026; complainant consented to release (HM/3)", "Medical confidentiality", ""],
            ["4", "Intelligence check on suspect, 16/03/2026, nothing relevant to this allegation", "Intelligence source and methods", ""],
        ], (8, 46, 30, 16)),
        ("sig", "DC 3318 PRENTICE   9th April 2026"),
    ], "MG6D", head=OS)
    c.pdf("MG6E.pdf", [
        ("small", f"{F}    MG6E"),
        ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("kv", [("URN", URN), ("R v", "Kieran DOYLE")]),
        ("h", "Material which may undermine the prosecution case or assist the defence"),
        ("table", ["Item", "Why it may meet the test", "Where"], [
            ["MG11 Laszlo NEMETH", "Describes laughing and chatting in the taxi and 'I'll see you in': may support the suspect's account", "Served - in file"],
            ["NEMETH PNC (MG6C 27)", "Previous conviction of a prosecution witness", "Copy in file"],
            ["MG11 Hannah PRICE", "'A bit full on' but not worried", "Served - in file"],
        ], (26, 54, 20)),
        ("p", "Rebuttable presumption material: MG6C items 1, 2, 3 and 27 are copied with this file."),
        ("sig", "DC 3318 PRENTICE, disclosure officer, 9th April 2026"),
    ], "MG6E", head=OS)
    c.pdf("MG12.pdf", [
        ("small", f"{F}    MG12"),
        ("title", "EXHIBIT LIST"),
        ("kv", [("URN", URN), ("R v", "Kieran DOYLE")]),
        ("table", ["Exhibit ref", "Description", "Produced by"], [
            ["JT/1", "Pocket notebook entry, first account, 15/03/2026", "PC 2231 TANNER"],
            ["JT/2", "Bottom bedsheet from complainant's bed", "PC 2231 TANNER"],
            ["NK/1", "ABE interview of Freya ASHWORTH 16/03/2026 - sealed master", "DC 4120 KENWORTHY"],
            ["NK/2", "ABE interview of Freya ASHWORTH 16/03/2026 - working copy", "DC 4120 KENWORTHY"],
            ["AS/1", "CCTV clip, Market St camera 04, 02:09:40-02:13:00 15/03/2026", "PC 1187 SHAH"],
            ["AS/2", "CCTV full download, camera 04, 01:50-02:30", "PC 1187 SHAH"],
            ["HM/1", "Intimate swabs (HVS, LVS, endocervical, perineal)", "Dr H MARSH"],
            ["HM/2", "FME notes and body map", "Dr H MARSH"],
            ["HM/3", "SARC consent form signed 15/03/2026", "Dr H MARSH"],
            ["HP/1", "Photograph of phone screen, message 01:58 15/03/2026", "Hannah PRICE"],
        ], (14, 60, 26)),
    ], "MG12", head=OS)

    # ---------------- MG2 (docx) ----------------
    c.docx("MG2 special measures.docx", [
        ("title", "MG2 - SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", URN), ("Witness", "Freya ASHWORTH"), ("Category", "Intimidated witness - complainant in a sexual offence, YJCEA 1999 s.17(4)"),
                ("Completed by", "DC 3318 PRENTICE, 9th April 2026")]),
        ("h", "Measures sought"),
        ("table", ["Measure", "Sought?", "Witness's view"], [
            ["Video-recorded evidence-in-chief (s.27)", "Yes", "Wants the ABE played"],
            ["Pre-recorded cross-examination (s.28)", "Yes", "Would like it; explained on 9th April 2026"],
            ["Screens (s.23)", "Yes", "If she attends court in person"],
            ["Live link (s.24)", "Alternative", "Would accept a live link room"],
            ["Intermediary (s.29)", "No", "No communication needs identified"],
            ["Removal of wigs and gowns", "No", "Not needed"],
        ]),
        ("h", "Other needs"),
        ("p", "ISVA Bethan LLOYD to accompany her to the pre-trial visit. No interpreter. No mobility needs."),
    ], "MG2", head=OS, real_headings=True)

    # ---------------- DPN ----------------
    c.pdf("DPN signed 16-03-26.pdf", [
        ("small", f"{F} - Digital Processing Notice (victim/witness) - version 3"),
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("sub", "Agreement to the extraction of information from a digital device (Police, Crime, Sentencing and Courts Act 2022, s.37)"),
        ("kv", [("URN", URN), ("Device user", "Freya ASHWORTH"), ("Device", "Black smartphone, screen locked, IMEI held on MG6D"),
                ("Officer", "DC 3318 PRENTICE"), ("Date", "16th March 2026")]),
        ("h", "Why we are asking"),
        ("p", "The suspect says that you sent him messages during the night of 14th-15th March 2026 asking him to "
              "come back to your flat. Checking your messages with him in that window is a reasonable line of "
              "enquiry: it may support your account or his."),
        ("h", "What we will look at (parameters)"),
        ("table", ["Data type", "Limit"], [
            ["WhatsApp messages", "Only the conversation with the suspect's number"],
            ["Call log", "All calls"],
            ["Date and time range", "18:00 on 14th March 2026 to 12:00 on 15th March 2026"],
            ["Method", "Selective extraction at a kiosk; the device is returned to you the same day"],
        ], (30, 70)),
        ("p", "Nothing outside these limits will be reviewed. If anything outside these limits is captured by the "
              "tool it will not be looked at and will be deleted when the case ends."),
        ("h", "Agreement"),
        ("p", "I have read this notice, had it explained to me and had the chance to ask questions. I agree to the "
              "extraction described above. I understand I can withdraw my agreement before the extraction."),
        ("sig", "Signed: F. Ashworth        Date: 16/03/2026 16:40        Officer: (Sgd) O. Prentice"),
    ], "DPN", head=OS)

    c.pdf("Forensic submission MG21.pdf", [
        ("title", "MG21 - SUBMISSION OF WORK REQUEST"),
        ("kv", [("URN", URN), ("Laboratory", "Arden Forensic Services, Unit 4, Corley Park (fictional)"),
                ("Submitted", "17th March 2026 by DC 3318 PRENTICE"),
                ("Items", "HM/1 intimate swabs (set of four)"),
                ("Request", "Screen for semen; DNA profile and comparison with reference sample of Kieran DOYLE (taken in custody 16/03/2026)"),
                ("Case context", "Intercourse admitted; issue is consent. Standard turnaround."),
                ("Laboratory acknowledgement", "Case ref AFS-26-01877; results target date 22nd May 2026")]),
    ], "FORENSIC", head=OS)

    # ---------------- incident log (txt) and crime report ----------------
    cad = f"""BEACON CAD  ::  INCIDENT 0315-0091  ::  HOLLINSDALE POLICE
URN (linked): {URN}        Printed 08/04/2026 15:02 by 3318
OPENED 15/03/2026 08:52   SOURCE: ONLINE REPORT (force website)   GRADE: P2   CLASS: SEXUAL OFFENCE - RAPE
------------------------------------------------------------------------------------------
08:47  ONLINE  Report text: "I was raped last night by a man called Kieran who came back to my flat in a taxi. I
               told him no and he didn't stop. He left about 3. I'm at my neighbour's flat next door. Please
               can a woman officer come if possible." Reporting person: Freya ASHWORTH.
08:52  OP114   Incident created from online report. Callback made to RP 08:55 - RP confirms safe, suspect not
               present, not injured apart from bruise to arm. Advised not to wash or change.
09:03  OP114   RASSO duty DS (DS 1044) informed. SARC notified - slot 13:00.
09:12  DISP    PC 2231 TANNER assigned. (No female officer available - RP told and agreed.)
09:35  2231    On scene. RP with neighbour. Brief first account taken in PNB.
09:50  2231    EEK taken. Bedsheet seized JT/2.
11:30  2231    Conveying RP to Riverside SARC.
11:52  2231    Arrived SARC. Handed to crisis worker.
12:40  DS1044  Crime recorded CORVUS 26/11842. Suspect named: Kieran DOYLE (PNC trace). Arrest plan for 16/03.
13:10  OP114   Incident closed to crime 26/11842.
------------------------------------------------------------------------------------------
END OF LOG
"""
    c.txt("CAD_BEACON_0315-0091.txt", cad, "INCIDENT_LOG")
    c.pdf("Crime report 26-11842.pdf", [
        ("mono", "CORVUS RMS  -  CRIME REPORT  -  PRINT  -  OFFICIAL-SENSITIVE"),
        ("kv", [("Crime ref", "26/11842"), ("URN", URN), ("Classification", "Rape of female 16 or over (SOA 2003 s.1)"),
                ("Reported", "15/03/2026 08:47 (online)"), ("Committed", "15/03/2026 02:30-03:20"),
                ("Location", "Wrenfield Court, Hollinsdale (complainant's home)"),
                ("Victim", "ASHWORTH, Freya - female - 24"), ("Suspect", "DOYLE, Kieran - male - 29"),
                ("OIC", "DC 3318 PRENTICE"), ("Victims' Code", "Enhanced service - victim of sexual offence"),
                ("Protected characteristics", "Female; White British; no disability declared")]),
        ("h", "MO / initial account"),
        ("p", "Victim and suspect met socially at the Lamb and Flag. Shared taxi to victim's flat. Victim states "
              "suspect had vaginal intercourse with her in her bedroom while she said no and pushed him. Suspect "
              "left approx 03:20. Victim disclosed to neighbour (Pauline OKAFOR) at 03:40."),
        ("h", "Log"),
        ("table", ["Date", "By", "Entry"], [
            ["15/03/2026", "DS 1044", "Investigation plan set: SARC, ABE, arrest, CCTV, first account witness, phone strategy (DPN only if suspect raises messages)."],
            ["16/03/2026", "DC 3318", "ABE completed. Suspect arrested 07:10, interviewed 17:41. Raises messages - DPN agreed by victim 16:40."],
            ["17/03/2026", "DC 3318", "CCTV recovered. MG21 submitted. Pub CCTV overwritten. House-to-house done."],
            ["18/03/2026", "DC 3318", "Kiosk extraction within DPN parameters; handset returned same day."],
            ["09/04/2026", "DS 1044", "File reviewed and endorsed for FCT submission."],
        ], (16, 12, 72)),
    ], "CRIME_REPORT")

    must_not_fail = COMPLIANT_CHARGING + ["abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                                          "early_advice", "oic_contact", "mg6e", "files_readable", "one_urn"]
    c.finish(out, stage="charging", exit=0,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D",
                            "MG6E", "MG12", "MG2", "DPN", "CCTV", "FORENSIC", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=[], must_not_fail=must_not_fail)


# ============================================================================================
# 2. Calderbrook Police (Meridian Case File) -- compliant, charging, written MG11, no device,
#    XLSX schedules, ODT first-account statement, .eml, DOCX narrative MG3
# ============================================================================================
def case_calderbrook(out: Path):
    c = Case(out, "calderbrook CB-26-003318")
    URN = "44CB0207726"
    F = "Calderbrook Police"
    OS = "OFFICIAL - SENSITIVE"

    mg3 = [
        ("small", "Meridian Case File  >  Pre-charge  >  MG3 (memo format)"),
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("p", f"URN: {URN}        Date: 03/03/26"),
        ("p", "To: CPS Direct / RASSO Unit, Calderbrook.   From: DC 2741 Daniel OYELARAN, Public Protection "
              "Investigations, Calderbrook Central (direct dial 01632 960733; daniel.oyelaran@calderbrook.police.example)."),
        ("p", "Re: Martin FELL (born 02/11/80) - assault by penetration (Sexual Offences Act 2003, s.2) and, in the "
              "alternative, sexual assault (s.3) of Sana QURESHI (31) on 06/02/26."),
        ("h", "1. What we are asking for"),
        ("p", "We ask for a Full Code Test charging decision. The suspect has been interviewed and every line of "
              "enquiry we consider reasonable has been completed."),
        ("h", "2. Early advice"),
        ("p", "Early advice was not sought because the investigation was short: the report was made on 13/02/26 "
              "and all lines of enquiry were closed within three weeks. DS HENDRY agreed this on 20/02/26."),
        ("h", "3. The facts"),
        ("p", "Ms QURESHI and Mr FELL work for Halden Logistics; he is her line manager. On Friday 06/02/26 "
              "colleagues held leaving drinks at the Copper Kettle, Brook Street. At about 22:50 Mr FELL offered "
              "her a lift home, saying it was on his way. Their colleague Priya NAIR saw them leave together. "
              "Instead of driving her home he drove into the Halden Logistics car park, saying he needed his "
              "laptop. In the parked car he kissed her; she turned her face away. He put his hand inside her "
              "trousers and underwear and pushed his fingers into her vagina. She froze, then said 'Martin, stop, "
              "please'. He stopped after about a minute and said 'don't be like that'. He then drove her home."),
        ("p", "At 23:41 she texted a colleague and friend, Owen BRADSHAW: 'Martin did something horrible in the "
              "car. I can't talk now. Please don't say anything at work.' At 09:12 the next morning Mr FELL texted "
              "her 'Sorry if I overstepped last night. Hope we're ok. M' (screenshot exhibited as SQ/1). On Monday "
              "09/02/26 she told Mr BRADSHAW in the office kitchen what Mr FELL had done. She rang 101 on 13/02/26 "
              "at 16:02 and PC 5120 ELLIOTT saw her at home that evening."),
        ("h", "4. How her account was obtained"),
        ("p", "A written statement was taken rather than a video-recorded interview. The options were explained to "
              "her by PC ELLIOTT on 13/02/26 and again by me on 17/02/26; she said being filmed would distress her "
              "and she wanted to write her account with an officer. Her MG11 (4 pages) was taken by me on "
              "17/02/26."),
        ("h", "5. The suspect's account"),
        ("p", "Mr FELL attended a voluntary interview under caution on 24/02/26 with his solicitor, Ms Farah DEEN. "
              "He gave a prepared statement: he gave Ms QURESHI a lift, called at the office for his laptop, she "
              "kissed him and they kissed and touched 'over clothing, by mutual consent'; he did not put his hand "
              "inside her clothing; his text the next morning was an apology for kissing a junior colleague. He "
              "then made no comment. The likely defence is that no penetration took place and that any touching "
              "was consensual."),
        ("h", "6. Lines of enquiry - including those that point away from Mr FELL"),
        ("p", "(a) Priya NAIR was spoken to because she saw them leave. She says Ms QURESHI was 'tipsy but fine, "
              "laughing' and went with him willingly. Her statement is served; it is relevant to the defence case "
              "that the contact was welcome."),
        ("p", "(b) Other colleagues at the drinks (six in all) were listed. Tom HOLT left at 21:30 and saw nothing "
              "(officer's note, MG6C 12). The others left before 22:30 according to Ms NAIR and Mr HOLT; they were "
              "contacted by e-mail and none saw the pair leave."),
        ("p", "(c) Previous relationship: Mr FELL does not suggest any earlier romantic or sexual contact and Ms "
              "QURESHI says there was none. We have not asked Halden Logistics for work messages between them "
              "because nobody suggests such messages exist or would bear on consent."),
        ("p", "(d) CCTV: the Copper Kettle has no cameras. The Halden Logistics car park camera covers only the "
              "barrier; the system keeps seven days and the footage had been overwritten when I checked on "
              "16/02/26 (MG6C 9). There is no footage in this case."),
        ("p", "(e) Mr FELL's phone: he handed it over at interview. A selective download limited to messages and "
              "calls with Ms QURESHI between 06/02/26 and 13/02/26 confirms the 09:12 message and shows no reply "
              "(MG6C 7)."),
        ("p", "(f) Ms QURESHI's phone: she did not want her phone examined and it has not been. She chose to give "
              "a screenshot of the 09:12 message (SQ/1). The 23:41 text to Mr BRADSHAW was photographed on his "
              "phone with his agreement (OB/1); only that one message was viewed. No other digital material has "
              "been requested from her because nothing in either account calls for it."),
        ("p", "(g) Forensic and medical: none. The report came seven days later, she had washed and the "
              "penetration was digital, so there was no forensic opportunity. She was offered a SARC referral "
              "for health and wellbeing on 13/02/26 and declined; the offer remains open."),
        ("h", "7. Outstanding matters"),
        ("p", "Nil - there is nothing outstanding."),
        ("h", "8. Custody / bail"),
        ("p", "Mr FELL was not arrested; he attended a voluntary interview. He is under investigation without "
              "bail. Halden Logistics suspended him on 16/02/26 and I told him in writing on 24/02/26 not to "
              "contact Ms QURESHI. There has been no contact since."),
        ("h", "9. The complainant: special measures, needs and VPS"),
        ("p", "Special measures: she is eligible under s.17(4) YJCEA 1999. She asks to give evidence by live link "
              "from a room away from the court building, or behind screens if that is not possible. Her view on "
              "s.28 was sought on 17/02/26: she understands that pre-recorded cross-examination would mean a "
              "video-recorded account and she does not want that. No intermediary is needed - she has no "
              "communication difficulty."),
        ("p", "Needs: English is her first language; no interpreter. She asked for a female officer where possible "
              "and that we avoid contacting her on Fridays between 12:30 and 14:00. ISVA: referred on 14/02/26 "
              "to Calderbrook ISVA Service; her ISVA is Mel JARVIS (e-mail attached)."),
        ("p", "VPS: explained and offered on 17/02/26. She declined at this stage and knows she can make one "
              "later; it will be offered again if he is charged."),
        ("h", "10. Disclosure"),
        ("p", "MG6C and MG6D attached (spreadsheets). The 101 incident log, crime report and witness PNC nil "
              "returns are with the file. Nothing on the MG6C is thought to undermine the prosecution beyond Ms "
              "NAIR's statement, which is served."),
        ("h", "11. Supervisor"),
        ("p", "Reviewed and endorsed for submission: DS 2290 Paul HENDRY, 03/03/26."),
    ]
    c.docx("Doc1.docx", mg3, "MG3", head=OS, foot=f"URN {URN}", author="doyelaran")

    sana = [[
        "I am 31 years old and I work as a procurement analyst for Halden Logistics in Calderbrook. I have worked "
        "there for three years. My line manager is Martin FELL. I have never had any romantic or sexual "
        "relationship with Martin and we have never met outside work except at team events.",
        "On Friday 6th February 2026 there were leaving drinks for a colleague at the Copper Kettle on Brook "
        "Street. I got there at about 18:30. I drank three glasses of white wine over the evening. I was a "
        "little tipsy but I knew exactly what I was doing.",
        "At about 22:45 I said I was going to get a taxi. Martin said there was no need, he lived past my end of "
        "town and he would drop me home. He had only been drinking lime and soda. I said yes because he is my "
        "manager and it would have been awkward to refuse. Priya NAIR was by the door when we left.",
    ], [
        "Martin drove towards the town centre and then turned into the Halden Logistics car park. He said he "
        "needed to pick up his laptop. He parked in the corner away from the barrier and turned the engine off "
        "but he did not get out.",
        "He leaned across and kissed me on the mouth. I turned my face towards the window. He said something "
        "like 'come on, you know you want to'. He put his right hand down the front of my trousers, inside my "
        "knickers, and pushed his fingers inside my vagina. It hurt. I froze. I could not move or speak at "
        "first. After a few seconds I said 'Martin, stop, please'. He carried on for what felt like about a "
        "minute and then took his hand away and said 'don't be like that'.",
    ], [
        "He started the car and drove me home without getting his laptop. Neither of us said anything. I got "
        "out of the car without saying goodbye. I went straight to the bathroom and was sick.",
        "At 23:41 I sent a text to Owen BRADSHAW, who is a colleague and a friend, saying 'Martin did something "
        "horrible in the car. I can't talk now. Please don't say anything at work.' Owen rang me twice but I did "
        "not answer.",
        "At 09:12 on Saturday Martin sent me a text: 'Sorry if I overstepped last night. Hope we're ok. M'. I did "
        "not reply. I took a screenshot of it, which I have given to DC OYELARAN and produce as exhibit SQ/1.",
    ], [
        "On Monday 9th February I went into work because I did not know what else to do. Owen found me in the "
        "kitchen and I told him that Martin had put his hand down my trousers and his fingers inside me in the "
        "car park after the drinks. I asked him not to tell anyone.",
        "I did not go to the police straight away because I was scared about my job and I did not think anyone "
        "would believe me over a manager. By Friday 13th February I could not sleep or eat and I rang 101.",
        "I did not consent to Martin kissing me or touching me or putting his fingers inside me. I did not want "
        "any of it to happen.",
    ]]
    rear = [("Address / phone", "Held on Meridian - not for disclosure"), ("Preferred contact", "E-mail; not Fridays 12:30-14:00"),
            ("Dates to avoid", "10/04/26 to 20/04/26 (travel)"), ("Willing to attend court", "Yes, with live link"),
            ("Victim Personal Statement", "Offered 17/02/26 - declined at this stage"),
            ("Consent to medical records", "Not applicable - no medical examination"),
            ("ISVA", "Mel JARVIS, Calderbrook ISVA Service")]
    c.pdf("MG11 QURESHI S (complainant) pp1-4.pdf", mg11(
        force=F, urn=URN, name="Sana QURESHI", occupation="Procurement analyst", sig="[signed]",
        date="17/02/26", decl="b", pages=sana, witnessed="DC 2741 OYELARAN", rear=rear),
        "MG11", "complainant", head=OS, foot=F)

    c.odt("BRADSHAW statement.odt", mg11(
        force=F, urn=URN, name="Owen BRADSHAW", occupation="Logistics planner", sig="Signed: O. Bradshaw",
        date="19/02/26", decl="b", pages=[[
            "I work at Halden Logistics with Sana QURESHI. We started within a month of each other and we are good "
            "friends. Martin FELL is our manager.",
            "On Friday 6th February 2026 I was at the leaving drinks at the Copper Kettle but left at about 21:00. "
            "At 23:41 that night I got a text from Sana: 'Martin did something horrible in the car. I can't talk "
            "now. Please don't say anything at work.' I rang her twice but she did not answer. I let DC OYELARAN "
            "photograph the message on my phone on 19th February 2026 and I produce the photograph as exhibit OB/1. "
            "He looked only at that message.",
            "On Monday 9th February at about 08:30 I found Sana in the kitchen at work. She looked like she had "
            "not slept. She told me that Martin had driven her to the work car park instead of home, kissed her, "
            "and put his hand down her trousers and his fingers inside her. She said she told him to stop. She "
            "was crying and asked me not to tell anyone. I told her she should report it.",
        ]]), "MG11", "first_account", title="MG11 Owen BRADSHAW", author="Meridian export")

    c.pdf("MG11 ELLIOTT 5120.pdf", mg11(
        force=F, urn=URN, name="PC 5120 Grace ELLIOTT", occupation="Police constable", sig="(Sgd) G. Elliott",
        date="13/02/26", decl="b", pages=[[
            "On Friday 13th February 2026 I was on duty in uniform. At 17:40 I was asked to see Sana QURESHI about "
            "a sexual assault she had reported by 101 at 16:02 (incident 1302-0388). I was the first officer to "
            "see her. I arrived at her home at 18:30.",
            "She told me that on Friday 6th February her manager, Martin FELL, had given her a lift after work "
            "drinks, driven into the work car park and put his fingers inside her vagina while she froze and then "
            "told him to stop. She said she had texted a friend from work that night. I recorded her account in "
            "my pocket notebook and she signed it.",
            "I explained the choice between a video-recorded interview and a written statement, and the support "
            "available from an ISVA and the SARC. She said she did not want to be filmed. She declined a SARC "
            "appointment. I told her a detective would contact her to take a full statement.",
        ]]), "MG11", "officer", head=OS)

    c.docx("MG11 OYELARAN.docx", mg11(
        force=F, urn=URN, name="DC 2741 Daniel OYELARAN", occupation="Detective constable", sig="[signed]",
        date="25/02/26", decl="b", pages=[[
            "I am the officer in the case. On 16th February 2026 I visited Halden Logistics to ask about CCTV. "
            "The car park camera covers only the barrier and keeps footage for seven days; the footage for 6th "
            "February had been overwritten. No footage was recovered.",
            "On 17th February 2026 I took a written statement from Sana QURESHI. She gave me a screenshot of a "
            "text message from Martin FELL received at 09:12 on 7th February 2026; she chose what to show me and "
            "I did not examine her phone. I produce the printed screenshot as exhibit SQ/1.",
            "On 19th February 2026, with Owen BRADSHAW's agreement, I photographed the message he received from "
            "Ms QURESHI at 23:41 on 6th February 2026, exhibit OB/1. I looked only at that message.",
            "On 24th February 2026 Martin FELL attended Calderbrook Central for a voluntary interview and handed "
            "me his phone. A selective download was made of messages and calls with Ms QURESHI between 6th and "
            "13th February 2026.",
        ]]), "MG11", "officer", head=OS)

    c.pdf("MG11 NAIR P.pdf", mg11(
        force=F, urn=URN, name="Priya NAIR", occupation="Accounts assistant", sig="(Sgd) P. Nair",
        date="20/02/26", decl="b", pages=[[
            "I work at Halden Logistics. On Friday 6th February 2026 I was at the leaving drinks at the Copper "
            "Kettle. At about 22:50 I was standing by the door when Sana QURESHI and Martin FELL left together. "
            "Martin said he was dropping Sana home because it was on his way.",
            "Sana seemed tipsy but fine; she was laughing and she said goodnight to me. She did not seem unhappy "
            "to be going with him. I did not see anything else.",
        ]]), "MG11", "witness", head=OS)

    c.pdf("ROTI FELL 24.02.26.pdf", [
        ("title", "Record of Tape Recorded Interview"),
        ("kv", [("URN", URN), ("Interviewee", "FELL, Martin"), ("Status", "Voluntary attendee, under caution"),
                ("Date", "24/02/26"), ("Place", "Calderbrook Central, interview room 2"), ("Start / end", "14:03 / 14:31"),
                ("Officers", "DC 2741 OYELARAN, DC 1880 PATEL"), ("Solicitor", "Ms Farah DEEN, Deen Lawson LLP")]),
        ("h", "Prepared statement (read by Ms DEEN at 14:06 and handed in)"),
        ("p", "'I gave Sana a lift after the leaving drinks on 6 February because she lives near me. I called at "
              "the office to collect my laptop. While we were parked she kissed me and we kissed and touched each "
              "other over our clothing, by mutual consent. At no point did I put my hand inside her clothing or "
              "penetrate her. When she seemed to cool off I stopped and drove her home. My text the next morning "
              "was an apology because I felt I had been unprofessional kissing a member of my team. I will not "
              "answer further questions on legal advice.' Signed M. Fell, 24/02/26."),
        ("h", "Summary of questions"),
        ("table", ["Time", "Question topic", "Reply"], [
            ["14:09", "Why drive to the car park rather than her home?", "No comment"],
            ["14:12", "Why leave without the laptop?", "No comment"],
            ["14:15", "Her account of 'Martin, stop, please'", "No comment"],
            ["14:20", "Meaning of 'overstepped'", "No comment (refers to prepared statement)"],
            ["14:26", "Any contact with her since?", "No comment"],
        ], (12, 52, 36)),
    ], "ROTI", head=OS)

    c.pdf("PNC print FELL.pdf", pnc_print(
        system="CALDERBROOK POLICE", urn=URN, surname="FELL", forenames="Martin Andrew", dob="02/11/1980",
        pncid="98/102334M", convictions=[], printed="26/02/26 09:40", by="DC 2741",
        note="No trace of convictions, cautions or reprimands. No local intelligence of relevance."), "PNC")
    c.pdf("PNC witnesses.pdf", [
        ("title", "Witness PNC / local checks"),
        ("kv", [("URN", URN), ("Date", "26/02/26"), ("By", "DC 2741 OYELARAN")]),
        ("table", ["Name", "Result"], [["QURESHI, Sana", "No trace"], ["BRADSHAW, Owen", "No trace"],
                                       ["NAIR, Priya", "No trace"], ["ELLIOTT, Grace (PC 5120)", "n/a - police officer"]], (40, 60)),
        ("p", "Nil return: no prosecution witness has a recorded conviction or caution."),
    ], "PNC")

    hdr = ["No.", "Description", "Location", "Remarks / CPS"]
    rows = [
        [1, "Meridian incident 1302-0388, 101 call 13/02/26 16:02, call handler's notes of what Ms QURESHI said", "Meridian", "Record of first complaint - copy with file"],
        [2, "Crime report CB-26-003318 with investigation log to 02/03/26", "Meridian", "Copy with file"],
        [3, "PC ELLIOTT pocket notebook, 13/02/26, pp.14-16, initial account signed by Ms QURESHI", "OIC", "First account to police"],
        [4, "ISVA / SARC information leaflet given 13/02/26 (standard leaflet)", "OIC", ""],
        [5, "Pre-interview disclosure to Ms DEEN, 24/02/26, 2 pages", "OIC", ""],
        [6, "Prepared statement of Martin FELL, original signed copy, 24/02/26", "OIC", "Contents in ROTI"],
        [7, "Selective download report, suspect's phone: messages/calls with complainant 06/02-13/02/26, 3 pages", "Digital Unit", "Confirms 09:12 text; no reply"],
        [8, "Property record for suspect's phone, returned 02/03/26", "Property", ""],
        [9, "Note of CCTV enquiry at Halden Logistics 16/02/26: barrier camera only, 7-day retention, overwritten", "OIC", ""],
        [10, "E-mail from Copper Kettle manager 16/02/26 confirming no CCTV at the premises", "OIC", ""],
        [11, "List of six colleagues at the leaving drinks with times they left (from NAIR and HOLT)", "OIC", ""],
        [12, "Officer's note of telephone conversation with Tom HOLT 18/02/26: left 21:30, saw nothing", "OIC", ""],
        [13, "E-mails to four other colleagues 18/02/26 and their replies: none saw the pair leave", "OIC", ""],
        [14, "Letter to Martin FELL 24/02/26 about no contact with the complainant", "OIC", ""],
        [15, "Witness PNC checks 26/02/26 - nil return", "OIC", "Copy with file"],
        [16, "Supervisory review entries, DS HENDRY, 16/02/26, 20/02/26 and 03/03/26", "Meridian", ""],
    ]
    c.xlsx("MG6C_Qureshi.xlsx", [("MG6C", [
        "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)", f"URN {URN}    R v Martin FELL",
        "Disclosure officer: DC 2741 Daniel OYELARAN    Date: 03/03/26", "OFFICIAL - SENSITIVE"],
        hdr, rows, [6, 70, 14, 30])], "MG6C", author="doyelaran")
    c.xlsx("sensitive sched.xlsx", [("MG6D", [
        "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)", f"URN {URN}    R v Martin FELL",
        "Disclosure officer: DC 2741 OYELARAN    03/03/26"],
        ["No.", "Description", "Reason sensitive", "CPS"],
        [[1, "Complainant's contact details, contact preferences and dates to avoid (rear of MG11)", "Personal data", ""],
         [2, "ISVA referral form to Calderbrook ISVA Service, 14/02/26", "Confidential support", ""],
         [3, "Halden Logistics HR e-mail to OIC 16/02/26 confirming suspension of FELL (HR matter)", "Employment confidentiality", ""]],
        [6, 70, 24, 12])], "MG6D", author="doyelaran")

    c.docx("MG12 exhibit list.docx", [
        ("title", "MG12 - Exhibit list"),
        ("kv", [("URN", URN), ("Case", "R v Martin FELL")]),
        ("table", ["Ref", "Description", "Produced by"], [
            ["SQ/1", "Printed screenshot of text from Martin FELL 07/02/26 09:12", "Sana QURESHI"],
            ["OB/1", "Photograph of text from Sana QURESHI 06/02/26 23:41 on Owen BRADSHAW's phone", "Owen BRADSHAW"],
            ["GE/1", "PC ELLIOTT pocket notebook entry 13/02/26 (also MG6C 3)", "PC 5120 ELLIOTT"],
        ]),
    ], "MG12")
    make_screenshot(c.dir / "SQ1_screenshot.png", "Martin F",
                    [("in", "09:12", "Sorry if I overstepped last night. Hope we're ok. M")])

    c.pdf("Meridian incident 13-02-26.pdf", [
        ("mono", f"MERIDIAN CONTACT MANAGEMENT   INCIDENT 1302-0388   13/02/26   URN {URN}"),
        ("title", "Incident log"),
        ("table", ["Time", "Operator", "Entry"], [
            ["16:02", "CH 2210", "101 call from Sana QURESHI. States on Fri 06/02 her manager Martin FELL gave her a lift after work drinks, drove to work car park and 'put his fingers inside me' while she froze; she told him to stop. Told a friend by text that night. Not in immediate danger. Suspect does not know she is reporting."],
            ["16:07", "CH 2210", "Risk assessed standard/medium. Caller wants female officer if possible. Advised re SARC."],
            ["16:10", "CH 2210", "Sexual offence - referred to PPU duty DS."],
            ["17:40", "DISP 07", "PC 5120 ELLIOTT assigned."],
            ["18:30", "5120", "With caller at home address. Initial account obtained. Declines SARC. Wants written statement not video."],
            ["19:45", "5120", "Crime recorded CB-26-003318. Handed to PPU (DC 2741)."],
        ], (10, 14, 76)),
    ], "INCIDENT_LOG", head=OS)
    c.pdf("Crime Report CB-26-003318.pdf", [
        ("mono", "MERIDIAN CASE FILE  ::  CRIME REPORT  ::  CB-26-003318"),
        ("kv", [("URN", URN), ("Offence", "Assault of a woman by penetration, SOA 2003 s.2"),
                ("Date/time committed", "06/02/26 approx 23:00-23:30"), ("Reported", "13/02/26 16:02 by 101"),
                ("Victim", "QURESHI, Sana (F, 31)"), ("Suspect", "FELL, Martin (M, 45) - line manager"),
                ("Location", "Halden Logistics staff car park, Calderbrook"),
                ("Protected characteristics", "Female; British Pakistani; Muslim"),
                ("OIC", "DC 2741 OYELARAN"), ("Supervisor", "DS 2290 HENDRY")]),
        ("h", "Investigation log"),
        ("table", ["Date", "Entry"], [
            ["13/02/26", "Initial account PC ELLIOTT. No SARC. Written statement preferred."],
            ["14/02/26", "ISVA referral made."],
            ["16/02/26", "CCTV: Halden car park overwritten; Copper Kettle none. Employer told of investigation with victim's agreement; suspect suspended."],
            ["17/02/26", "Victim MG11 taken. VPS offered - declined for now."],
            ["19/02/26", "First account witness BRADSHAW statement; OB/1."],
            ["20/02/26", "NAIR statement. DS review: no early advice needed; plan for voluntary interview."],
            ["24/02/26", "Voluntary interview - prepared statement then no comment. Phone handed over."],
            ["02/03/26", "Selective download complete; phone returned."],
        ], (16, 84)),
    ], "CRIME_REPORT")

    c.eml("RE ISVA referral.eml", "CORRESPONDENCE",
          frm="Mel Jarvis <mel.jarvis@calderbrook-isva.example>",
          to="DC Daniel Oyelaran <daniel.oyelaran@calderbrook.police.example>",
          subject=f"RE: ISVA referral - S.Q. - URN {URN}", date="Mon, 16 Feb 2026 10:14:00 +0000",
          msgid="<20260216101400.4471@calderbrook-isva.example>",
          body=("Hi Daniel,\n\nThanks for the referral on Saturday. I've been allocated as Sana's ISVA and we "
                "spoke by phone this morning. She is happy for me to be copied into updates and would prefer "
                "contact by e-mail. We've booked a first meeting for Thursday.\n\nShe asked me to pass on that "
                "she'd like a female officer for the statement if at all possible.\n\nKind regards\nMel Jarvis\n"
                "ISVA, Calderbrook ISVA Service\n01632 960871\n\n-----Original Message-----\nFrom: Daniel "
                "Oyelaran\nSent: 14 February 2026 11:02\nSubject: ISVA referral - S.Q. - URN " + URN +
                "\n\nReferral attached for a complainant of a sexual assault reported 13/02/26. She has agreed "
                "to the referral.\n"))

    # files_readable left out: the folder holds an image exhibit (SQ1_screenshot.png) with no text layer,
    # which a tool may reasonably send to "review".
    must_not_fail = COMPLIANT_CHARGING + ["abe_recording", "abe_summary", "abe_exhibited", "early_advice",
                                          "oic_contact", "one_urn"]
    c.finish(out, stage="charging", exit=0,
             present_types=["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "INCIDENT_LOG",
                            "CRIME_REPORT", "CORRESPONDENCE"],
             must_fail=[], must_not_fail=must_not_fail)


# ============================================================================================
# 3. Kestrelshire Police (KESTREL CMS Q&A export) -- compliant, charging, ABE, BWV, 999 audio,
#    scanned first-account MG11, digital examiner, SFR, RTF MG2, early advice e-mail, DMD
# ============================================================================================
def case_kestrel(out: Path):
    c = Case(out, "Kestrel_Op_SILVERBIRCH")
    URN = "62KS0099126"
    F = "Kestrelshire Police"
    OS = "OFFICIAL-SENSITIVE (when complete)"

    qa = [
        ("Q01 Decision sought", "Full Code Test - charge decision. Suspect on pre-charge bail."),
        ("Q02 Offence(s) under consideration", "Rape (Sexual Offences Act 2003, s.1) on 2026-02-07 at about 22:40. "
                                               "Domestic abuse flag: suspect is the complainant's former partner."),
        ("Q03 Suspect", "CROSSLEY, Jamie - DOB 1995-06-03 - scaffolder"),
        ("Q04 Complainant", "MORRISON, Leah - 27 - nursery nurse"),
        ("Q05 Custody / bail", "Arrested 2026-02-09 07:20. Pre-charge bail to 2026-05-09 (authorised Insp 1190 DALE). "
                               "Conditions: not to contact Leah MORRISON directly or indirectly; not to enter Orchard "
                               "Close, Eastmere; to live and sleep at his mother's address in Kestrel Bridge. Copy of "
                               "bail notice on MG6C item 14."),
        ("Q06 Early advice", "Sought 2026-02-16; given by Hannah GREAVES, CPS RASSO, by e-mail on 2026-02-19 (copy "
                             "attached). All five action points completed - see Q10."),
        ("Q07 Summary", "Leah MORRISON and Jamie CROSSLEY were together from 2021 and separated on 2025-12-14. On "
                        "2026-02-07 at about 22:30 he came to her house in Orchard Close to return belongings. She "
                        "had asked him by message to leave them at the door. When she opened the door he pushed "
                        "past her into the living room, pulled her onto the sofa, held her wrists and had vaginal "
                        "intercourse with her while she cried and told him to stop. He left at about 23:05. At "
                        "23:10 she rang her cousin and said 'Jamie's raped me'. She rang 999 at 23:28. PC 4471 "
                        "REID arrived at 23:46 and recorded her initial account on body-worn video. She was "
                        "examined at Kestrel SARC on 2026-02-08 and gave an ABE interview that afternoon."),
        ("Q08 Suspect's account / likely defence", "Interviewed 2026-02-09 with solicitor; full account. Says they had "
                        "talked about getting back together and she invited him in; sex was consensual; afterwards he "
                        "told her he was seeing someone else and she became angry and threw him out. Says the wrist "
                        "bruising happened when she grabbed for his phone. Defence: consent; allegation made out of "
                        "jealousy."),
        ("Q09 Key evidence", "ABE (IF/1, IF/2) with index; cousin's first account (MG11 Danielle ROWE); 999 call "
                             "(ES/1); BWV initial account (CR/1); FME letter and SARC consent; SFR1 (DNA on HVS "
                             "matches suspect - intercourse admitted in any event); photographs of wrist bruising on "
                             "her phone (MH/1); extraction summary."),
        ("Q10 Reasonable lines of enquiry - for and against the suspect", "1. Suspect's claim of reconciliation "
                        "(points away): her WhatsApp/SMS with him from 2025-12-01 to 2026-02-08 extracted under the "
                        "DPN. They show her asking him to leave her things at the door and refusing his request to "
                        "come in for a chat. They also show a message from her on 2026-01-20 'I miss you sometimes' "
                        "- this supports his account that there was talk of reconciliation and is disclosed. "
                        "2. Suspect's phone: messages with her and location data 2026-02-07 20:00 to 2026-02-08 "
                        "01:00 - consistent with both accounts on timings. 3. Jealousy motive (points away): her "
                        "messages show she knew about his new partner from 2026-01-28, ten days earlier; recorded in "
                        "the DMD. 4. Neighbours: house-to-house at Orchard Close 2026-02-08; the neighbour at no. 6 "
                        "heard a raised male voice at about 22:45 (note on MG6C item 19; statement not taken as she "
                        "cannot say more). 5. Wrist injury: FME found fingertip-type bruising on both wrists; his "
                        "explanation (grabbing for his phone) put to the FME, who says either is possible. "
                        "6. Not pursued: her medical and counselling records and social media - no request made; "
                        "the CPS agreed in early advice that nothing suggests they are relevant."),
        ("Q11 Outstanding evidence", "None outstanding. SFR1 received 2026-03-10. Extraction complete 2026-02-12."),
        ("Q12 First account witnesses", "Her cousin (telephone call 23:10 and in person from 23:40) - statement "
                                        "attached. Police: 999 call and PC REID's BWV."),
        ("Q13 Forensic / medical", "FME Dr Tomasz WOJCIK, Kestrel SARC, 2026-02-08. She signed consent for the "
                                   "release of her SARC notes and samples on 2026-02-08 (recorded in the FME letter). "
                                   "SFR1 Northgate Forensic Science in file. Blood sample TW/3 not submitted for "
                                   "toxicology: she had not been drinking and nobody suggests she was drugged."),
        ("Q14 Special measures", "MG2 attached. s.17(4) eligible. ABE as evidence in chief; she wants s.28 "
                                 "pre-recorded cross-examination; screens. Intermediary not needed (no "
                                 "communication needs)."),
        ("Q15 Victim needs", "Single parent of a three-year-old: needs notice of dates for childcare and a pre-trial "
                             "visit. No interpreter. ISVA: referred 2026-02-08 to Kestrel Rape & Sexual Abuse Support "
                             "Centre, ISVA Ruth OKONKWO."),
        ("Q16 VPS", "VPS made on 2026-02-20 (attached)."),
        ("Q17 Disclosure", "MG6C, MG6D, MG12 and a DMD attached. Rebuttable presumption material with file: CAD log, "
                           "crime report, 999 call, BWV, witness PNC (cousin has a 2018 theft conviction)."),
        ("Q18 OIC contact", "DC 1650 Elliot SUTTON - 01632 960551 - elliot.sutton@kestrelshire.police.example"),
        ("Q19 Supervisor endorsement", "DS 0772 Marie LAMBERT - endorsed 2026-03-16 - 'File complete for FCT.'"),
    ]
    blocks = [("mono", f"KESTREL CMS  |  FORM EXPORT  |  MG3  |  URN {URN}  |  exported 2026-03-16 16:22"),
              ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
              ("small", "Question and answer export. Free-text answers are reproduced as entered.")]
    for q, a in qa:
        blocks.append(("h", q))
        blocks.append(("p", a))
    c.pdf(f"MG3_export_KCMS_{URN}.pdf", blocks, "MG3", head=OS, foot="KESTREL CMS export")

    # ABE
    c.video("VRI_MORRISON_20260208.mp4", "abe", "EASTMERE VRI  2026-02-08 {t}", "ABE_RECORDING",
            seconds=5, seed=31, start="14:31:05")
    c.docx("VRI index MORRISON.docx", [
        ("title", "ABE interview - index"),
        ("kv", [("URN", URN), ("Witness", "Leah MORRISON"), ("Date", "2026-02-08"), ("Venue", "Eastmere VRI suite"),
                ("Interviewer", "DC 2756 Imogen FAIRBAIRN"), ("Second officer", "DC 3108 Lee CHAMBERS"),
                ("Duration", "14:31 to 15:34"), ("Recording", "IF/1 master; IF/2 working copy (VRI_MORRISON_20260208.mp4)")]),
        ("table", ["Time", "Content"], [
            ["00:00-03:10", "Rapport; explanation of the interview; agreement to record"],
            ["03:10-17:45", "Free recall: relationship history, separation 2025-12-14, messages about his belongings"],
            ["17:45-29:30", "2026-02-07: doorbell 22:30, he pushed past, living room, held wrists, penetration, 'Jamie stop'"],
            ["29:30-36:00", "After: he left about 23:05; phoned cousin 23:10; 999 at 23:28; photographed wrists"],
            ["36:00-55:40", "Questioning: sequence, clothing, his words ('you still want me'), the 'I miss you' message of 2026-01-20"],
            ["55:40-63:00", "Closure; support; next steps"],
        ]),
        ("sig", "Index completed by DC 2756 FAIRBAIRN 2026-02-09"),
    ], "ABE_SUMMARY", real_headings=True)

    c.pdf("MG11 FAIRBAIRN.pdf", mg11(
        force=F, urn=URN, name="DC 2756 Imogen FAIRBAIRN", occupation="Detective constable", sig="[signed]",
        date="2026-02-09", decl="c", urn_style="boxes", pages=[[
            "On 2026-02-08 between 14:31 and 15:34 I interviewed Leah MORRISON on video at the Eastmere VRI suite, "
            "following a written plan. DC CHAMBERS monitored.",
            "I produce the sealed master recording as IF/1 and the working copy as IF/2. The working copy file is "
            "VRI_MORRISON_20260208.mp4. I completed an index of the interview on 2026-02-09.",
        ]]), "MG11", "officer", head=OS)

    c.scan("IMG_0417_scan.pdf", mg11(
        force=F, urn=URN, name="Danielle ROWE", occupation="Hairdresser", sig="D Rowe", sig_style="squiggle",
        date="2026-02-10", decl="c", witnessed="DC 1650 E. SUTTON", pages=[[
            "Leah MORRISON is my cousin. We grew up together and speak most days.",
            "On Saturday 2026-02-07 at about 23:10 Leah rang me. She was crying and breathing fast. She said "
            "'Jamie's raped me, he pushed his way in and he wouldn't stop.' I told her to lock the door and "
            "ring the police and that I was coming. I drove straight over and got to her house at about 23:40. "
            "She had rung 999.",
            "When I got there she was on the stairs in a dressing gown. Her wrists were red. She told me Jamie had "
            "come to drop her stuff off, pushed past her and held her down on the sofa and had sex with her while "
            "she was telling him to stop. The police arrived a few minutes after me.",
            "I am willing to go to court.",
        ]]), "MG11", "first_account", seed=33, angle=0.4)

    c.pdf("MG11 REID 4471.pdf", mg11(
        force=F, urn=URN, name="PC 4471 Callum REID", occupation="Police constable", sig="Signed: C. Reid",
        date="2026-02-08", decl="c", pages=[[
            "On 2026-02-07 I was on uniformed patrol with PC 2093 NOLAN. At 23:31 we were sent to a 999 call from "
            "a woman reporting rape at Orchard Close, Eastmere. We were the first officers there, arriving at 23:46. "
            "The caller, Leah MORRISON, and her cousin Danielle ROWE were inside.",
            "I switched on my body-worn camera at 23:48 when Ms MORRISON began to tell me what had happened and "
            "switched it off at 23:53 when she had given a brief account. I produce that recording as exhibit CR/1 "
            "(file BWV_REID_20260207_2348.mp4).",
            "She told me her ex-partner Jamie CROSSLEY had come to drop off her things, pushed in, held her wrists "
            "and raped her on the sofa, and left about 23:05. I saw redness on both her wrists. I arranged a SARC "
            "appointment and secured the living room until the CSI attended.",
        ]]), "MG11", "officer", head=OS)
    c.video("BWV_REID_20260207_2348.mp4", "bwv", "BWV 4471 2026-02-07 {t}", "BWV", seconds=4, seed=32,
            start="23:48:02")

    c.pdf("MG11 DC SUTTON OIC.pdf", mg11(
        force=F, urn=URN, name="DC 1650 Elliot SUTTON", occupation="Detective constable (OIC)", sig="(Sgd) E. Sutton",
        date="2026-02-11", decl="c", pages=[[
            "I am the officer in the case. On 2026-02-10 I obtained from the Force Contact Centre a copy of the "
            "999 call made by Leah MORRISON at 23:28 on 2026-02-07. I produce it as exhibit ES/1 (file "
            "'999 call 2026-02-07 2328.wav').",
            "On 2026-02-10 I took the statement of Danielle ROWE and witnessed her signature.",
        ]]), "MG11", "officer", head=OS)
    c.wav("999 call 2026-02-07 2328.wav", "CALL_999", seconds=5, seed=34)

    c.pdf("MG11 HALE digital.pdf", mg11(
        force=F, urn=URN, name="Marcus HALE", occupation="Digital forensic examiner, Kestrelshire Digital Forensic Unit",
        sig="[signed]", date="2026-02-13", decl="c", pages=[[
            "I have worked as a digital forensic examiner for seven years and hold the unit's accreditation for "
            "mobile device extraction.",
            "On 2026-02-12 I received a smartphone belonging to Leah MORRISON with a signed Digital Processing Notice "
            "dated 2026-02-08. I carried out a selective extraction limited to the parameters in the notice: "
            "WhatsApp and SMS messages with one named contact (the suspect's number) between 2025-12-01 and "
            "2026-02-08; the call log from 2026-02-07 18:00 to 2026-02-08 02:00; and photographs taken by the "
            "device camera between 2026-02-07 23:00 and 2026-02-08 06:00. No other data was reviewed. The handset "
            "was returned to Ms MORRISON on 2026-02-12.",
            "I produce my report as exhibit MH/1. It contains 61 messages, 9 call entries and 4 photographs.",
        ]]), "MG11", "expert", head=OS)
    c.pdf("Extraction summary MH1.pdf", [
        ("title", "Mobile device extraction - summary report (MH/1)"),
        ("kv", [("URN", URN), ("Device", "Smartphone of Leah MORRISON"), ("Examiner", "Marcus HALE, DFU"),
                ("Date", "2026-02-12"), ("Authority", "DPN signed 2026-02-08"),
                ("Scope", "Selective: messages with suspect 2025-12-01 to 2026-02-08; calls 2026-02-07 18:00 to 02:00; camera photos 2026-02-07 23:00 to 2026-02-08 06:00")]),
        ("table", ["Date/time", "Type", "Content"], [
            ["2026-01-20 21:14", "WhatsApp (out)", "'I miss you sometimes'"],
            ["2026-01-20 21:30", "WhatsApp (in)", "'we could try again?'"],
            ["2026-01-21 08:02", "WhatsApp (out)", "'No. I meant what I said. Don't read into it'"],
            ["2026-01-28 19:40", "WhatsApp (out)", "'Heard about you and her. Good luck to you both'"],
            ["2026-02-05 18:11", "WhatsApp (out)", "'Can you drop my stuff round Saturday? Just leave it at the door'"],
            ["2026-02-05 18:20", "WhatsApp (in)", "'I'll come in for a chat'"],
            ["2026-02-05 18:22", "WhatsApp (out)", "'No Jamie. Just leave it.'"],
            ["2026-02-07 23:10", "Call (out)", "To 'Dani cousin', 6 min 02 s"],
            ["2026-02-07 23:28", "Call (out)", "999, 4 min 51 s"],
            ["2026-02-07 23:50", "Photo", "Four images of both wrists showing reddening"],
        ], (20, 16, 64)),
    ], "DIGITAL_EXTRACT", head=OS)
    c.pdf("DPN_MORRISON.pdf", [
        ("title", "Digital Processing Notice - victim / witness device"),
        ("sub", "Kestrelshire Police - issued under the code of practice for the extraction of information from electronic devices"),
        ("kv", [("URN", URN), ("Device owner", "Leah MORRISON"), ("Date", "2026-02-08"), ("Officer", "DC 1650 SUTTON")]),
        ("h", "Reason (reasonable line of enquiry)"),
        ("p", "You have told us that you asked Jamie CROSSLEY by message to leave your things at the door, that you "
              "rang your cousin straight afterwards and that you photographed your wrists. He is likely to say you "
              "had agreed to meet. Your messages with him since you separated, the calls that night and those "
              "photographs may support your account; they may also contain something that helps his."),
        ("h", "Parameters"),
        ("table", ["Data", "Range"], [
            ["WhatsApp and SMS with the suspect's number only", "2025-12-01 to 2026-02-08"],
            ["Call log", "2026-02-07 18:00 to 2026-02-08 02:00"],
            ["Photographs taken by the device camera", "2026-02-07 23:00 to 2026-02-08 06:00"],
        ]),
        ("p", "Anything else on the phone will not be looked at. We aim to return the phone within 7 days."),
        ("sig", "I agree to the extraction described. Signature: L. Morrison   2026-02-08 17:20"),
        ("sig", "Officer: E. Sutton DC 1650   2026-02-08 17:20"),
    ], "DPN", head=OS)

    c.pdf("SFR1 Northgate.pdf", [
        ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("kv", [("URN", URN), ("Provider", "Northgate Forensic Science Ltd (fictional)"), ("Lab ref", "NFS-26-4410"),
                ("Date", "2026-03-10"), ("Suspect", "CROSSLEY, Jamie"), ("Complainant", "MORRISON, Leah")]),
        ("p", "Semen was identified on the high vaginal swab (TW/1). A DNA profile obtained from it matches the "
              "reference profile of Jamie CROSSLEY. The probability of a match if the DNA came from an unknown "
              "unrelated person is in the order of one in a billion. No other male DNA was detected."),
        ("p", "This is a streamlined report; a full statement will be provided if the findings are disputed."),
        ("sig", "Reporting scientist: (Sgd) K. Ambrose    2026-03-10"),
    ], "FORENSIC")
    c.pdf("SARC letter.pdf", [
        ("title", "Kestrel SARC - forensic medical examination: summary for police"),
        ("kv", [("URN", URN), ("Patient", "Leah MORRISON"), ("Examined", "2026-02-08 09:10-10:45"),
                ("Examiner", "Dr Tomasz WOJCIK, forensic physician")]),
        ("p", "Consent: Ms MORRISON gave written consent on 2026-02-08 to examination, to the taking of samples and "
              "to the release of this summary, the body map and her SARC notes to police and the CPS."),
        ("p", "Findings: oval bruises 1-1.5 cm on the inner aspect of both wrists, consistent with fingertip "
              "pressure; no genital injury (which is common after both consensual and non-consensual intercourse). "
              "Asked about the suspect's explanation (grabbing for a phone), I would say the pattern could be caused "
              "either way. Samples TW/1 (HVS), TW/2 (LVS), TW/3 (blood for toxicology) handed to PC NOLAN."),
        ("sig", "Dr T. Wojcik   2026-02-09"),
    ], "MEDICAL")

    c.pdf("ROTI_CROSSLEY.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", URN), ("Interviewee", "CROSSLEY, Jamie"), ("Date", "2026-02-09"), ("Times", "14:10-15:02"),
                ("Location", "Kestrel Bridge custody, room 1"), ("Officers", "DC 1650 SUTTON, DC 3108 CHAMBERS"),
                ("Legal adviser", "Ms Olivia BRANT, Brant & Co")]),
        ("table", ["Time", "Summary"], [
            ["14:10", "Caution; legal advice confirmed."],
            ["14:14", "Together about four years, split in December. 'We'd been talking about getting back together.'"],
            ["14:22", "Went round with her stuff on the 7th. She opened the door and said come in. They sat on the sofa, kissed, had sex. 'She was up for it.'"],
            ["14:35", "Afterwards told her he'd been seeing someone; she went mad, grabbed for his phone, he held her wrists to stop her."],
            ["14:44", "Told she says she messaged him to leave her things at the door. Says she 'always says that and doesn't mean it.'"],
            ["14:52", "Denies she said stop. Says she is making it up because she is jealous."],
            ["15:02", "Interview concluded."],
        ], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC CROSSLEY.pdf", pnc_print(
        system="KESTRELSHIRE POLICE", urn=URN, surname="CROSSLEY", forenames="Jamie Lee", dob="1995-06-03",
        pncid="13/401128T",
        convictions=[["2020-08-14", "Eastmere Magistrates", "Criminal damage (under £5,000)", "Conditional discharge 12 months; compensation £150"]],
        cautions=[["2016-04-02", "Kestrelshire", "Possession of cannabis", "Simple caution"]],
        printed="2026-03-12 10:02", by="DC 1650"), "PNC")
    c.pdf("Witness PNC.pdf", [
        ("title", "PNC checks - prosecution witnesses"),
        ("kv", [("URN", URN), ("Date", "2026-03-12"), ("By", "DC 1650 SUTTON")]),
        ("table", ["Witness", "Result"], [
            ["MORRISON, Leah", "No trace"],
            ["ROWE, Danielle", "2018-03-02 Eastmere Magistrates: theft from a shop - conditional discharge 6 months"],
            ["HALE, Marcus (police staff)", "Not required"],
        ], (30, 70)),
    ], "PNC")

    c.rtf("MG2.rtf", [
        ("title", "MG2 Special Measures Assessment"),
        ("kv", [("URN", URN), ("Witness", "Leah MORRISON"), ("Eligibility", "Intimidated - complainant in sexual offence (s.17(4) YJCEA 1999)"),
                ("Completed", "2026-03-16 by DC 1650 SUTTON")]),
        ("table", ["Measure", "Request", "Notes"], [
            ["s.27 video-recorded evidence-in-chief", "Yes", "ABE 2026-02-08"],
            ["s.28 pre-recorded cross-examination", "Yes", "Her choice, discussed 2026-03-05 with ISVA present"],
            ["s.23 screens", "Yes", ""],
            ["s.29 intermediary", "No", "No communication needs"],
        ]),
        ("p", "Other: needs dates early to arrange childcare; pre-trial visit requested."),
    ], "MG2")
    c.pdf("VPS.pdf", [
        ("title", "Victim Personal Statement"),
        ("kv", [("URN", URN), ("Name", "Leah MORRISON"), ("Date", "2026-02-20")]),
        ("p", "I want the court to know that since that night I have not been able to sleep in my own living room. "
              "I moved my son's cot into my room because I am frightened of the door. I have had two weeks off work."),
        ("p", "This statement is true to the best of my knowledge and belief and I make it knowing that, if it is "
              "tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it anything which "
              "I know to be false, or do not believe to be true."),
        ("sig", "Signature: [signed]   2026-02-20"),
    ], ["VPS", "MG11"], head=OS)

    c.eml("Early advice RE_ 62KS0099126.eml", ["EARLY_ADVICE", "CORRESPONDENCE"],
          frm="Hannah Greaves (CPS RASSO) <hannah.greaves@cps-rasso.example>",
          to="DC Elliot Sutton <elliot.sutton@kestrelshire.police.example>",
          cc="DS Marie Lambert <marie.lambert@kestrelshire.police.example>",
          subject=f"RE: Early advice request - R v CROSSLEY - {URN}", date="Thu, 19 Feb 2026 15:47:10 +0000",
          msgid="<EA.62KS0099126.20260219@cps-rasso.example>",
          body=("Elliot,\n\nEarly advice - R v Jamie CROSSLEY\n\nThank you for the early advice request and the "
                "call on 16 February. My advice:\n\n1. Submit the HVS for DNA; even though intercourse is "
                "likely to be admitted, the result should be in the file.\n2. The extraction from Ms Morrison's "
                "phone should stay within the DPN parameters you describe. I do not advise going wider.\n"
                "3. Obtain and exhibit the 999 call and PC Reid's BWV: both are records of complaint.\n"
                "4. Take a statement from the cousin she rang at 23:10 and run PNC checks on all witnesses.\n"
                "5. I see no basis for requesting medical, counselling or social media records and do not advise "
                "it.\n\nOnce these are done please submit for a full code test decision. Target: 20 March.\n\n"
                "Hannah Greaves\nSenior Crown Prosecutor, RASSO Unit\n01632 960902\n"))

    c.pdf("DMD.pdf", [
        ("title", "Disclosure Management Document"),
        ("kv", [("URN", URN), ("R v", "Jamie CROSSLEY"), ("Disclosure officer", "DC 1650 SUTTON"), ("Date", "2026-03-16")]),
        ("h", "Issues"), ("p", "Consent; alleged motive (jealousy over his new partner); cause of wrist bruising."),
        ("h", "Digital strategy"),
        ("p", "Complainant's phone: selective extraction limited by the DPN (see MG11 HALE). Suspect's phone: "
              "messages with the complainant and location data 2026-02-07 20:00 to 2026-02-08 01:00. Material "
              "reviewed by keyword and by reading the whole of the filtered thread."),
        ("h", "Third-party material"), ("p", "None requested; CPS agreed in early advice (2026-02-19) that there is no basis."),
        ("h", "Material that may meet the test"),
        ("p", "Her message of 2026-01-20 'I miss you sometimes' and his reply; her knowledge of his new partner from "
              "2026-01-28; Danielle ROWE's 2018 conviction."),
    ], "DMD", head=OS)

    r6c = [
        ["1", "CAD log 0207-1164 (999 call 23:28, dispatch, scene)", "Copy with file"],
        ["2", "Crime report KS/26/02231 with investigation log", "Copy with file"],
        ["3", "999 call audio (exhibit ES/1)", "With file - exhibit"],
        ["4", "BWV of PC REID 23:48-23:53 (exhibit CR/1)", "With file - exhibit"],
        ["5", "ABE interview plan, DC FAIRBAIRN, 2026-02-08", "OIC"],
        ["6", "ABE monitoring notes, DC CHAMBERS, 2026-02-08", "OIC"],
        ["7", "PC NOLAN's pocket notebook entries 2026-02-07/08 (scene log, SARC transport)", "OIC"],
        ["8", "Scene log, Orchard Close, 2026-02-07 23:55 to 2026-02-08 04:10", "OIC"],
        ["9", "CSI photographs of living room (18 images), CSI 0521", "CSI"],
        ["10", "MG21 submission of TW/1 to Northgate 2026-02-13", "OIC"],
        ["11", "Suspect phone extraction report (messages with complainant, location 2026-02-07 20:00 to 2026-02-08 01:00)", "DFU"],
        ["12", "Custody record, CROSSLEY, 2026-02-09", "Custody"],
        ["13", "Pre-interview disclosure to Ms BRANT 2026-02-09", "OIC"],
        ["14", "Bail notice and conditions, 2026-02-09", "Custody"],
        ["15", "DPN signed 2026-02-08", "With file"],
        ["16", "Extraction report MH/1 (summary with file)", "With file"],
        ["17", "Early advice request 2026-02-16 and CPS reply 2026-02-19", "With file (reply)"],
        ["18", "Domestic abuse risk assessment (DARA) 2026-02-08 - non-sensitive parts", "OIC"],
        ["19", "House-to-house, Orchard Close nos 1-12, 2026-02-08; no. 6 heard a raised male voice about 22:45", "OIC"],
        ["20", "Witness PNC checks 2026-03-12 (ROWE conviction)", "With file"],
    ]
    c.pdf("MG6C.pdf", mg6c_blocks(F, URN, [[a, b, cc, ""] for a, b, cc in r6c], officer="DC 1650 Elliot SUTTON",
                                  date="2026-03-16", r_v="Jamie CROSSLEY"), "MG6C", head=OS)
    c.pdf("MG6D.pdf", [
        ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 1650 SUTTON"), ("Date", "2026-03-16")]),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "MARAC referral and minutes, 2026-02-12", "Multi-agency safeguarding; third-party confidentiality"],
            ["2", "Complainant's address, child's details, contact arrangements", "Personal data; safety"],
            ["3", "ISVA referral 2026-02-08", "Confidential support"],
            ["4", "SARC clinical notes (released with consent)", "Medical confidentiality"],
        ], (8, 52, 40)),
    ], "MG6D", head=OS)
    c.pdf("MG12.pdf", [
        ("title", "MG12 Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Description", "Producer"], [
            ["IF/1", "ABE master 2026-02-08", "DC FAIRBAIRN"], ["IF/2", "ABE working copy", "DC FAIRBAIRN"],
            ["CR/1", "BWV recording 2026-02-07 23:48-23:53", "PC REID"],
            ["ES/1", "999 call recording 2026-02-07 23:28", "DC SUTTON"],
            ["MH/1", "Extraction report, complainant's phone", "M. HALE"],
            ["TW/1-3", "HVS, LVS, blood sample", "Dr WOJCIK"],
        ]),
    ], "MG12", head=OS)

    cad_rows = []
    t0 = dt.datetime(2026, 2, 7, 23, 28, 14)
    events = [
        ("CH31", "999 call received. Female caller Leah MORRISON, Orchard Close, Eastmere. States ex-partner Jamie CROSSLEY raped her at about 22:40 and left 23:05. Crying."),
        ("CH31", "Caller says 'he pushed in and held me down and I told him to stop'. Suspect left on foot, believed to his mother's."),
        ("CH31", "Caller safe, doors locked. Cousin on way. Advised not to wash, not to drink, keep clothing."),
        ("CH31", "DA flag: previous partner. No previous DA incidents recorded at address."),
        ("SUP2", "Grade 1 emergency. RASSO duty DS informed."),
        ("DISP", "4471/2093 assigned."),
        ("DISP", "Units en route."),
        ("CH31", "Caller update: cousin arrived."),
        ("4471", "On scene. Two females present."),
        ("4471", "BWV initial account taken."),
        ("4471", "Redness to both wrists noted."),
        ("4471", "Living room secured. CSI requested."),
        ("SUP2", "SARC booked 09:00 2026-02-08."),
        ("DISP", "Units searching for suspect - mother's address Kestrel Bridge. No reply."),
        ("4471", "Victim staying at cousin's tonight. Transport arranged to SARC in the morning."),
        ("CSI", "CSI 0521 attended. Photographs taken."),
        ("4471", "Scene released."),
        ("SUP2", "Crime KS/26/02231 raised. OIC to be DC 1650."),
        ("DISP", "Suspect arrest plan: early turn 2026-02-09."),
        ("SUP2", "Incident closed to crime."),
    ]
    for i, (op, txt) in enumerate(events):
        t = t0 + dt.timedelta(minutes=int(i * 13.5))
        cad_rows.append([t.strftime("%Y-%m-%d %H:%M"), op, txt])
    # pad with routine resourcing entries so the log runs over page breaks
    for k in range(28):
        t = t0 + dt.timedelta(minutes=270 + k * 9)
        cad_rows.append([t.strftime("%Y-%m-%d %H:%M"), "AUTO",
                         f"Resource status update - unit {['4471', '2093', 'CSI0521', 'DS0772'][k % 4]} "
                         f"{['available', 'committed', 'at location', 'en route'][k % 4]}."])
    c.pdf("CAD 0207-1164.pdf", [
        ("mono", f"KESTRELSHIRE POLICE - STORMGLASS CAD - INCIDENT 0207-1164 - URN {URN}"),
        ("title", "Incident log (full)"),
        ("table", ["Date/time", "Operator", "Entry"], cad_rows, (20, 10, 70)),
    ], "INCIDENT_LOG", head=OS)
    c.docx("Crime report.docx", [
        ("title", "KESTREL CMS - Crime Report KS/26/02231"),
        ("kv", [("URN", URN), ("Offence", "Rape - SOA 2003 s.1 (DA related)"), ("Committed", "2026-02-07 22:40"),
                ("Reported", "2026-02-07 23:28 (999)"), ("Victim", "MORRISON, Leah - F - 27"),
                ("Suspect", "CROSSLEY, Jamie - M - 30 - ex-partner"),
                ("Protected characteristics", "Female; White Scottish; no disability"),
                ("OIC", "DC 1650 SUTTON"), ("Victims' Code", "Enhanced")]),
        ("table", ["Date", "Update"], [
            ["2026-02-08", "SARC, ABE, DPN signed, ISVA referral, DARA (medium)."],
            ["2026-02-09", "Suspect arrested and interviewed; bailed with conditions."],
            ["2026-02-10", "Cousin's MG11; 999 call obtained."],
            ["2026-02-12", "Extraction complete; phone returned."],
            ["2026-02-16", "Early advice requested."],
            ["2026-02-19", "Early advice received; actions set."],
            ["2026-03-10", "SFR1 received."],
            ["2026-03-16", "MG3 submitted for FCT."],
        ]),
    ], "CRIME_REPORT")

    # files_readable left out: IMG_0417_scan.pdf is an image-only scan.
    must_not_fail = COMPLIANT_CHARGING + ["abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                                          "early_advice", "oic_contact", "dmd", "one_urn"]
    c.finish(out, stage="charging", exit=0,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "CALL_999", "DIGITAL_EXTRACT",
                            "DPN", "FORENSIC", "MEDICAL", "ROTI", "PNC", "MG2", "VPS", "EARLY_ADVICE", "DMD",
                            "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=[], must_not_fail=must_not_fail)


# ============================================================================================
# 4. Ashcombe Vale Constabulary (LANTERN) -- compliant EARLY ADVICE request, non-recent, ABE
# ============================================================================================
def case_ashcombe(out: Path):
    c = Case(out, "ashcombe_EA_2026_019")
    URN = "17AV0031226"
    F = "Ashcombe Vale Constabulary"
    OS = "OFFICIAL-SENSITIVE"

    mg3 = [
        ("small", f"{F}  -  LANTERN  -  MG3 (early advice)"),
        ("title", "MG3: Report to Crown Prosecutor - REQUEST FOR EARLY ADVICE"),
        ("kv", [("URN", URN), ("Date", "27 Feb 2026"),
                ("OIC", "DC 0419 Simon KERR, Ashcombe RASSO Team - 01632 960377 - simon.kerr@ashcombe.police.example"),
                ("Suspect", "BARTRAM, Neil (born 14 May 1974), former stepfather - not yet arrested or interviewed"),
                ("Complainant", "HOLLIS, Megan (22), student nurse"),
                ("Offences under investigation", "Non-recent: sexual assault of a child under 13 (SOA 2003 s.7) and rape of a child "
                                                 "under 13 (s.5), 2015 to 2017, at the family home in Coldharbour, Ashcombe")]),
        ("h", "What we are asking for"),
        ("p", "Early advice on the lines of enquiry below, in particular on third-party material, before the "
              "suspect is arrested. We are not asking for a charging decision at this stage and no test is to be "
              "applied yet. We expect to submit for a full code test decision once the actions agreed are done."),
        ("h", "The investigation so far"),
        ("p", "Megan reported on 5 Jan 2026 by 101 that her former stepfather sexually abused her from when she "
              "was 11 until she was 13, while he lived with her and her mother. PC BRIGGS took a first account on "
              "6 Jan 2026. Megan gave a video-recorded (ABE) interview on 22 Jan 2026 (DC PENNINGTON; LP/1, LP/2; "
              "index attached). She describes repeated touching of her vagina over and under clothing when her "
              "mother was at work on Saturday mornings, and two occasions in 2017 when he put his penis in her "
              "vagina in the bathroom."),
        ("p", "First account: she told her then-boyfriend, now partner, Tom ARKWRIGHT, in summer 2023. His "
              "statement (10 Feb 2026) is attached. She has told nobody else."),
        ("h", "Suspect"),
        ("p", "Not yet spoken to. He left the family home in 2018 when he and Megan's mother divorced. He works "
              "offshore on two-week rotations. PNC: no convictions (print attached). We expect him to deny the "
              "allegations."),
        ("h", "Lines of enquiry planned - including those that may point away from the suspect"),
        ("table", ["No.", "Enquiry", "Why", "Target date"], [
            ["1", "Arrest and interview BARTRAM; search for and seize devices", "Account; any relevant images", "20 Mar 2026"],
            ["2", "Statement from Karen BARTRAM (mother)", "Household routine; may support or undermine - she was at home most Saturdays according to Megan's aunt", "13 Mar 2026"],
            ["3", "Offshore employer rota records 2015-2017", "May show he was away on dates Megan describes (points away)", "27 Mar 2026"],
            ["4", "Statement from brother Josh HOLLIS (now 19)", "Lived in the house; may confirm or contradict opportunity", "13 Mar 2026"],
            ["5", "Children's services: 2019 referral about family conflict", "She did not disclose abuse then: possible inconsistency (points away). We seek advice before requesting.", "Decision after advice; if advised, request by 27 Mar 2026"],
            ["6", "School safeguarding records 2015-2017", "Any disclosure or concern. We do not propose a request unless advised - nothing suggests one exists.", "Decision after advice; if advised, request by 27 Mar 2026"],
            ["7", "PNC checks on all witnesses", "Rebuttable presumption", "13 Mar 2026"],
        ], (6, 34, 44, 16)),
        ("p", "No request has been made to any third party. Megan knows we may ask about records and has been told "
              "she will be given written notice of any request before it is made."),
        ("h", "Digital and forensic"),
        ("p", "No digital material is sought from Megan: the offences pre-date her current phone and she has never "
              "communicated with the suspect by phone or social media. Her phone has not been examined. There is no "
              "forensic or medical evidence because of the time that has passed."),
        ("h", "Victim care"),
        ("kv", [("Special measures", "Eligible s.17(4). She wants her ABE as evidence-in-chief and, asked about s.28, "
                                     "would like cross-examination pre-recorded; screens. No intermediary needed."),
                ("Needs", "Placement shifts: needs dates two weeks ahead. No interpreter."),
                ("ISVA", "Referred 7 Jan 2026 to Ashcombe Survivors ISVA Service (ISVA Claire FOLEY)."),
                ("VPS", "Explained 22 Jan 2026; she will decide after the advice and any charge.")]),
        ("h", "Supervisor"),
        ("p", "Reviewed and approved for early advice submission - DS 1120 Tamsin BLAKE, 27 Feb 2026."),
    ]
    c.pdf("EA request MG3 HOLLIS.pdf", mg3, "MG3", head=OS, foot=f"URN {URN}")

    c.video("VRI_Hollis_22012026.mp4", "abe", "ASHCOMBE VRI ROOM A  22/01/2026 {t}", "ABE_RECORDING",
            seconds=4, seed=41, start="10:12:30")
    c.pdf("ABE summary Hollis.pdf", [
        ("title", "ABE interview summary"),
        ("kv", [("URN", URN), ("Witness", "Megan HOLLIS"), ("Date", "22 Jan 2026"), ("Interviewer", "DC 2204 Laura PENNINGTON"),
                ("Length", "1 hr 21 min (10:12-11:33)"), ("Exhibits", "LP/1 master, LP/2 working copy")]),
        ("table", ["From", "To", "Summary"], [
            ["00:00", "04:30", "Explanation; ground rules."],
            ["04:30", "28:00", "Free account: family background; Neil moved in 2014; Saturday mornings when mum worked at the bakery."],
            ["28:00", "47:15", "Touching over and under pyjamas in the living room and her bedroom, 'most Saturdays' aged 11-13."],
            ["47:15", "61:40", "Two incidents in the bathroom in 2017 (after her 13th birthday party and at Halloween): penile penetration."],
            ["61:40", "74:00", "Why she did not tell: fear of breaking up the family; 2019 social worker visit about arguments - did not tell her."],
            ["74:00", "81:00", "Told Tom in 2023. Closure."],
        ], (10, 10, 80)),
    ], "ABE_SUMMARY", head=OS)
    c.docx("ABE interview plan.docx", [
        ("title", "Interview plan - ABE"),
        ("kv", [("URN", URN), ("Witness", "Megan HOLLIS (22)"), ("Planned date", "22 Jan 2026"),
                ("Interviewer", "DC 2204 PENNINGTON"), ("Monitor", "DC 0419 KERR")]),
        ("h", "Objectives"), ("p", "Obtain a full account of each type of abuse, the setting and the frequency; "
                                   "particularise at least two specific incidents; first disclosure."),
        ("h", "Witness needs"), ("p", "No communication needs. Prefers a female interviewer. Break at 45 minutes."),
        ("h", "Structure"), ("p", "Rapport; free narrative; questioning on Saturday routine; specific incidents "
                                  "(anchor events: birthdays, Halloween); disclosure history; closure."),
    ], "ABE_PLAN")
    c.docx("MG11 PENNINGTON.docx", mg11(
        force=F, urn=URN, name="DC 2204 Laura PENNINGTON", occupation="Detective constable", sig="Signed: L. Pennington",
        date="22 Jan 2026", decl="a", pages=[[
            "On Thursday 22 January 2026 from 10:12 to 11:33 I interviewed Megan HOLLIS on video at Ashcombe VRI "
            "room A, following a written interview plan. DC KERR monitored the interview.",
            "I produce the master recording as exhibit LP/1 and a working copy as exhibit LP/2 (file "
            "VRI_Hollis_22012026.mp4).",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 ARKWRIGHT T.pdf", mg11(
        force=F, urn=URN, name="Thomas ARKWRIGHT", occupation="Electrician", sig="(Sgd) T. Arkwright",
        date="10 Feb 2026", decl="a", pages=[[
            "Megan HOLLIS is my partner. We have been together since 2022.",
            "One evening in the summer of 2023, I think July, we were at my flat and a news story came on about a "
            "stepfather who had abused a child. Megan went quiet and then started crying. She told me that her "
            "stepdad Neil used to touch her 'down there' on Saturday mornings when her mum was at work, from when "
            "she was about 11, and that twice he had 'had sex with me' in the bathroom when she was 13. She made me "
            "promise not to tell anyone. She said she was not ready to go to the police.",
        ]]), "MG11", "first_account", head=OS)
    c.pdf("MG11 PC BRIGGS.pdf", mg11(
        force=F, urn=URN, name="PC 6612 Hannah BRIGGS", occupation="Police constable", sig="[signed]",
        date="6 Jan 2026", decl="a", pages=[[
            "On Tuesday 6 January 2026 I visited Megan HOLLIS at her home following her 101 report the day before "
            "(LANTERN incident 0105-0412). I was the first officer to see her.",
            "She told me that her former stepfather Neil BARTRAM sexually abused her between the ages of 11 and 13, "
            "including touching her and twice having sex with her, at the family home. I did not ask for detail "
            "and explained the ABE process. I recorded her brief account in my notebook.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("PNC BARTRAM.pdf", pnc_print(
        system="ASHCOMBE VALE CONSTABULARY", urn=URN, surname="BARTRAM", forenames="Neil", dob="14/05/1974",
        pncid="92/55210C", convictions=[], printed="09 Feb 2026", by="DC 0419 KERR",
        note="No convictions, cautions or reprimands. No intelligence of note."), "PNC")
    c.pdf("MG12 LP.pdf", [
        ("title", "MG12 Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Description", "Producer"], [
            ["LP/1", "ABE master, Megan HOLLIS 22 Jan 2026", "DC 2204 PENNINGTON"],
            ["LP/2", "ABE working copy", "DC 2204 PENNINGTON"]]),
    ], "MG12")
    c.txt("LANTERN incident 0105-0412.txt", render_txt([
        ("mono", f"LANTERN :: INCIDENT 0105-0412 :: {F} :: URN {URN}"),
        ("table", ["Time", "By", "Narrative"], [
            ["05 Jan 2026 19:40", "CH 88", "101 call from Megan HOLLIS (22). Reports non-recent sexual abuse by former stepfather Neil BARTRAM 2015-2017 aged 11-13. Safe, no current contact. Wants to speak to someone in person."],
            ["05 Jan 2026 19:52", "CH 88", "Crime raised. Appointment made for 06 Jan 2026 13:00."],
            ["06 Jan 2026 13:05", "6612", "Seen at home. First account in PNB. ABE to be booked. ISVA info given."],
            ["06 Jan 2026 15:30", "DS1120", "Allocated to DC 0419 KERR, RASSO."],
        ]),
    ]), "INCIDENT_LOG")
    c.pdf("LANTERN crime 26-000087.pdf", [
        ("mono", "LANTERN RMS :: CRIME 26-000087"),
        ("kv", [("URN", URN), ("Offences", "SOA 2003 s.5 and s.7 (non-recent)"), ("Reported", "05 Jan 2026"),
                ("Victim", "HOLLIS, Megan, F, 22"), ("Suspect", "BARTRAM, Neil, M, 51"), ("OIC", "DC 0419 KERR"),
                ("Protected characteristics", "Female; White British")]),
        ("table", ["Date", "Entry"], [
            ["07 Jan 2026", "ISVA referral made (Ashcombe Survivors)."],
            ["22 Jan 2026", "ABE complete."],
            ["10 Feb 2026", "First account witness statement (partner)."],
            ["27 Feb 2026", "Early advice requested."],
        ]),
    ], "CRIME_REPORT")

    c.finish(out, stage="early_advice", exit=0,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "MG11", "PNC", "MG12",
                            "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=[],
             must_not_fail=["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "outstanding_dated",
                            "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                            "key_statements", "officer_statement", "signed", "previous_convictions",
                            "special_measures", "victim_care", "multimedia", "exhibits", "forensic_medical",
                            "dig_dpn", "dig_prop", "digital_proportionality", "files_readable", "one_urn"])


# ============================================================================================
# 5. Thornfield County Police (HALCYON RMS) -- compliant, charging, non-recent, ABE with
#    intermediary, teacher first account, third-party (school) request done properly with notice,
#    phone photo of the school record, DOCX tabular MG3 and schedules
# ============================================================================================
def case_thornfield(out: Path):
    c = Case(out, "thornfield-0226-RASSO")
    URN = "09TF0152626"
    F = "Thornfield County Police"
    OS = "OFFICIAL-SENSITIVE - when complete"

    mg3 = [
        ("small", f"{F}   HALCYON RMS   MG3"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("kv", [("URN", URN), ("Date", "16th March 2026"),
                ("Decision sought", "Full Code Test - charge"),
                ("Suspect", "PROBERT, Gareth John, born 22nd July 1987, swimming coach"),
                ("Complainant", "WARRINGTON, Ellie, now 19 (15 at the time)"),
                ("Offences", "Sexual activity with a child, Sexual Offences Act 2003 s.9 (three specimen counts), "
                             "September 2021 to February 2022, Thornfield Otters Swimming Club, Thornfield Leisure Centre"),
                ("OIC", "DC 2615 Mark HEWITT - 01632 960264 - mark.hewitt@thornfield.police.example"),
                ("Custody / bail", "Arrested 3rd March 2026; pre-charge bail to 3rd June 2026. Conditions: no contact "
                                   "with Ellie WARRINGTON directly or indirectly; not to coach or be alone with any person "
                                   "under 18. Reason: protection of the complainant and of children."),
                ("Early advice", "Sought 24th February 2026 on the school records; given by Ben ACHEBE (CPS RASSO) on "
                                 "25th February 2026 - record attached. Advice followed.")]),
        ("h", "Summary"),
        ("p", "Ellie swam for Thornfield Otters from age 11. The suspect was the squad coach. She says that from "
              "September 2021, after Tuesday and Thursday evening training, he called her into the poolside office "
              "'to talk about times', shut the door, hugged her and touched her breasts and between her legs over "
              "her swimsuit - about once a fortnight until February 2022, when she left the club. In March 2022 "
              "she told her form tutor, Mr Adam KHAN, that her coach 'touches me in a way he shouldn't'. The next "
              "day she told the Designated Safeguarding Lead that she had 'made it sound worse than it was'. The "
              "school recorded both conversations and consulted the LADO; the police were not told. Ellie reported "
              "to police on 10th February 2026 after hearing that the suspect was coaching juniors at another club."),
        ("h", "Key evidence"),
        ("table", ["Evidence", "Detail"], [
            ["ABE (with registered intermediary)", "18th February 2026, DC ADDISON, SA/1-SA/2; summary attached"],
            ["First account: teacher", "MG11 Adam KHAN (form tutor) - 7th March 2022 disclosure"],
            ["School safeguarding record", "MG11 Beverley ONSLOW (DSL) producing BO/1 (log entries 7th-9th March 2022)"],
            ["First account to police", "MG11 PC 902 FOSTER, 10th February 2026"],
            ["Club attendance registers 2021-22", "Show Ellie at Tuesday/Thursday squad sessions coached by the suspect (MG6C 9)"],
            ["Assistant coach", "MG11 Rachel DUNN"],
            ["Suspect interview", "ROTI 3rd March 2026"],
        ], (35, 65)),
        ("h", "Suspect's account"),
        ("p", "He denies any sexual touching. He says the office has a glass panel in the door, the door was always "
              "open, he was never alone with a swimmer and he hugged swimmers only in public after galas. He "
              "suggests Ellie was upset at being dropped from the regional squad in January 2022."),
        ("h", "Lines of enquiry, including those pointing away from the suspect"),
        ("p", "1. The retraction in March 2022 (points away): obtained through the school record (BO/1) and the DSL's "
              "statement. It is served. Ellie explains it in her ABE (she was frightened her parents would be told "
              "and she would have to leave swimming)."),
        ("p", "2. Office layout and opportunity (points away): I visited on 5th March 2026. The door does have a "
              "glass panel, but a noticeboard has covered it since at least 2021 (photographs, MG6C 11). The "
              "assistant coach, Rachel DUNN, says the door was 'usually open' but she left before the end of most "
              "Thursday sessions to collect her own children; she did not see Ellie alone with him and did not see "
              "the contrary either."),
        ("p", "3. Motive suggested by the suspect (points away): the squad selection list shows Ellie was dropped on "
              "12th January 2022; her account of touching starts in September 2021 and her disclosure to Mr KHAN "
              "was in March 2022. Recorded in the OIC's note on the timeline (MG6C item 14)."),
        ("p", "4. Other swimmers: the club welfare officer has given a list of eleven squad members from 2021-22. "
              "Four have been contacted; none saw anything. Their notes are on the MG6C (item 12). The rest are not "
              "being pursued: they trained in other lanes and the four spoken to describe the same routine."),
        ("p", "5. Digital: Ellie says he never messaged her privately; the club used a parents' WhatsApp group. Her "
              "phone has not been examined and no digital material has been requested from her; nothing in either "
              "account makes it a reasonable line of enquiry. The suspect's phone was seized on arrest and its "
              "messages with club members for 2021-22 were reviewed: nothing relevant (MG6C 13)."),
        ("p", "6. Third-party material: one request only, to Thornfield Park Academy, for the safeguarding entries "
              "about this disclosure between 1st March 2022 and 31st July 2022. Ellie was given written notice on "
              "2nd March 2026 before the request was sent on 4th March 2026 (copies attached). No request has been "
              "made for her counselling records (Thornfield Young Minds, 2023): there is nothing to suggest they "
              "hold anything of substantial probative value, so the presumption against a counselling request "
              "stands."),
        ("h", "Outstanding"),
        ("p", "None outstanding."),
        ("h", "Forensic / medical"),
        ("p", "Not applicable - non-recent offences; no forensic or medical evidence exists."),
        ("h", "Special measures and victim needs"),
        ("p", "Ellie has an autism diagnosis. A registered intermediary (Jo FENWICK) assessed her on 16th February "
              "2026 and assisted at the ABE; her recommendations are summarised on the MG2. Ellie wants the ABE as "
              "evidence-in-chief and s.28 pre-recorded cross-examination with the intermediary; she would like to "
              "give evidence from a remote link site. Needs: a quiet waiting room, advance notice of any change, "
              "questions one at a time. No interpreter. ISVA: referred 11th February 2026 to Thornfield Sexual "
              "Violence Support, children and young people's ISVA Dan REECE. VPS: offered on 18th February 2026; "
              "she would like to make one after the decision."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D, MG12 attached. Incident log, crime report, school records, witness PNC checks attached."),
        ("h", "Supervisor"),
        ("p", "Endorsed for submission - DS 0458 Anita ROSS - 16th March 2026."),
    ]
    c.docx("RASSO MG3 - WARRINGTON.docx", mg3, "MG3", head=OS, foot=F, author="mhewitt", font="Calibri")

    c.video("ABE_EW_180226.mp4", "abe", "TFD VRI 1  18-02-2026 {t}", "ABE_RECORDING", seconds=4, seed=51,
            start="11:00:40")
    c.pdf("EW ABE summary.pdf", [
        ("title", "Video Recorded Interview - Summary"),
        ("kv", [("URN", URN), ("Interviewee", "Ellie WARRINGTON"), ("Date", "18th February 2026"),
                ("Interviewer", "DC 3380 Sophie ADDISON"), ("Registered intermediary", "Jo FENWICK"),
                ("Times", "11:00 - 12:14, with breaks at 11:21 and 11:47"), ("Exhibits", "SA/1, SA/2")]),
        ("p", "Ellie describes joining the Otters aged 11 and the suspect becoming squad coach in 2019. From "
              "September 2021 he would ask her to the office after Tuesday or Thursday training to 'talk about "
              "times'. He shut the door, hugged her and moved his hands to her breasts and between her legs over "
              "her swimsuit. It happened 'maybe every other week' until she left in February 2022. She describes "
              "the noticeboard over the door window. She explains the 2022 disclosure to Mr KHAN and why she told "
              "Mrs ONSLOW she had exaggerated: she was scared her parents would make her leave swimming and that "
              "nobody would believe her over him."),
        ("p", "Key times: first incident 08:10-19:30; layout of office 19:30-24:00; frequency 24:00-31:15; "
              "disclosure and retraction 46:00-58:20; being dropped from the regional squad 58:20-61:00."),
    ], "ABE_SUMMARY", head=OS)
    c.pdf("MG11_ADDISON.pdf", mg11(
        force=F, urn=URN, name="DC 3380 Sophie ADDISON", occupation="Detective constable", sig="(Signed) S. Addison",
        date="18th February 2026", decl="a", pages=[[
            "On 18th February 2026 I conducted a video-recorded interview with Ellie WARRINGTON at Thornfield VRI "
            "suite 1 from 11:00 to 12:14, assisted by the registered intermediary Jo FENWICK, in line with a "
            "written interview plan agreed with the intermediary.",
            "I produce the master recording as SA/1 and the working copy as SA/2 (ABE_EW_180226.mp4).",
        ]]), "MG11", "officer", head=OS)

    c.docx("Statement_KHAN_A.docx", mg11(
        force=F, urn=URN, name="Adam KHAN", occupation="Teacher, Thornfield Park Academy", sig="Signed: A. Khan",
        date="26th February 2026", decl="a", witnessed="DC 2615 HEWITT", pages=[[
            "I am a teacher of geography at Thornfield Park Academy and in 2021-22 I was form tutor to Ellie "
            "WARRINGTON's Year 10 tutor group.",
            "On Monday 7th March 2022 Ellie stayed behind after afternoon registration. She was tearful. She said "
            "she did not want to go to swimming any more. When I asked why, she said her coach 'touches me in a way "
            "he shouldn't' when she was in the office with him after training. I did not ask leading questions. I "
            "told her I had to pass it on to keep her safe.",
        ], [
            "She asked me not to tell her parents. I wrote down what she had said on the school safeguarding system "
            "straight away, at 15:40, and spoke to the Designated Safeguarding Lead, Mrs ONSLOW, before I left "
            "school that day.",
            "I did not know the outcome. Ellie did not raise it with me again.",
        ]]), "MG11", "first_account", head=OS)

    c.pdf("MG11 ONSLOW (DSL).pdf", mg11(
        force=F, urn=URN, name="Beverley ONSLOW", occupation="Designated Safeguarding Lead, Thornfield Park Academy",
        sig="[signed]", date="10th March 2026", decl="a", pages=[[
            "I have been the Designated Safeguarding Lead at Thornfield Park Academy since 2019.",
            "On 4th March 2026 I received a written request from DC HEWITT for the safeguarding log entries "
            "relating to a disclosure Ellie WARRINGTON made about her swimming coach, limited to the period 1st "
            "March 2022 to 31st July 2022. I searched the log. There are three entries: Mr KHAN's note of 7th March "
            "2022, my note of my conversation with Ellie on 8th March 2022, and my note of a call to the LADO on "
            "9th March 2022. I printed those three entries and nothing else, and produce them as exhibit BO/1.",
            "On 8th March 2022 Ellie told me she had 'made it sound worse than it was' and that 'he just hugs "
            "people'. She did not want it taken further. The LADO advised recording the concern and monitoring. I "
            "accept, looking back, that the police should have been informed.",
        ]]), "MG11", "witness", head=OS)
    log_blocks = [
        ("title", "SafeLog - Incident print"),
        ("small", f"Thornfield Park Academy - CONFIDENTIAL - printed 09/03/2026 for police request ref {URN}"),
        ("table", ["Date / by", "Entry"], [
            ["07/03/2022 15:40 A. Khan", "Ellie W (10K) upset after reg. Said coach at swimming club 'touches me in a way he shouldn't' in office after training. Asked me not to tell parents. Passed to DSL."],
            ["08/03/2022 09:15 B. Onslow", "Spoke to Ellie. She said she 'made it sound worse than it was - he just hugs people'. Does not want anything done. Upset. Offered school counsellor."],
            ["09/03/2022 12:30 B. Onslow", "LADO consulted by phone. Advice: record, monitor, re-refer if further concern. No further action."],
        ]),
        ("small", "Exhibit BO/1   Signed: B. Onslow"),
    ]
    c.photo("IMG_2231.jpg", log_blocks, "THIRD_PARTY", seed=52, angle=-2.6)

    c.docx("TPM request to Thornfield Park Academy.docx", [
        ("p", "Thornfield County Police - Public Protection Unit, Thornfield Central"),
        ("p", "Our ref: " + URN + "        4th March 2026"),
        ("p", "To: The Headteacher and Designated Safeguarding Lead, Thornfield Park Academy"),
        ("title", "Request for third-party material (victim information request)"),
        ("p", "I am investigating an allegation that a former pupil, Ellie WARRINGTON, was sexually abused by her "
              "swimming coach in 2021-22. She has told us that she disclosed this to her form tutor in March 2022."),
        ("h", "What I am asking for"),
        ("p", "Only the safeguarding log entries and DSL notes about that disclosure, dated between 1st March 2022 "
              "and 31st July 2022. I am not asking for her pupil file, attendance, SEN, pastoral or counselling "
              "records, or anything else."),
        ("h", "Why it is a reasonable line of enquiry, and why necessary and proportionate"),
        ("p", "The entries are a record of her first complaint and are likely to be relevant evidence. They may also "
              "record something that does not support her account, which the prosecution must consider for "
              "disclosure. No other source holds this information. The request is limited to the dates and subject "
              "above so as to intrude no further into her private life than is needed."),
        ("h", "Notice to Ellie"),
        ("p", "Ellie was given written notice of this request on 2nd March 2026 and does not object."),
        ("h", "Handling"),
        ("p", "The material will be held securely by the police, read only by the investigating team and the CPS, "
              "and disclosed to the defence only if it meets the test for disclosure."),
        ("sig", "DC 2615 Mark HEWITT, 01632 960264, mark.hewitt@thornfield.police.example"),
    ], ["THIRD_PARTY", "CORRESPONDENCE"])
    c.pdf("Notice to complainant - TPM.pdf", [
        ("p", "Thornfield County Police        Ref " + URN),
        ("p", "2nd March 2026"),
        ("p", "Dear Ellie,"),
        ("title", "Notice of a request for information about you"),
        ("p", "As we discussed today with Dan (your ISVA) and Jo (the intermediary), we intend to ask Thornfield "
              "Park Academy for a copy of their safeguarding notes about what you told Mr Khan in March 2022."),
        ("p", "What we will ask for: only the school's safeguarding log entries and the safeguarding lead's notes "
              "about that disclosure, from 1st March 2022 to 31st July 2022. We will not ask for anything else."),
        ("p", "Why: the notes are a record of the first time you told someone, which can be used as evidence. They "
              "may also include your conversation with Mrs Onslow the next day. We have to look at anything that "
              "might help either side."),
        ("p", "How it will be handled: the notes will be kept securely, seen only by the investigation team and the "
              "CPS, and shown to the defence only if the law on disclosure requires it. We will talk to you before "
              "anything is disclosed. We will send the request on or after 4th March 2026."),
        ("p", "You told us you understand and do not object. You can ask us questions at any time."),
        ("sig", "DC Mark Hewitt        Received and read with ISVA present: E. Warrington (signed) 02/03/2026"),
    ], ["THIRD_PARTY", "CORRESPONDENCE"], pages=False)

    c.pdf("MG11 FOSTER 902.pdf", mg11(
        force=F, urn=URN, name="PC 902 Liam FOSTER", occupation="Police constable", sig="(Sgd) L. Foster",
        date="10th February 2026", decl="a", pages=[[
            "On Tuesday 10th February 2026 at 14:20 I was on duty at the front counter of Thornfield Central when "
            "Ellie WARRINGTON came in with her mother. I was the first officer to deal with the report.",
            "She told me that her old swimming coach, Gareth PROBERT, had touched her breasts and between her legs "
            "over her swimsuit in the club office after training when she was 15, and that she had told a teacher "
            "at the time. I recorded this in the crime report and my notebook and referred it to the Public "
            "Protection Unit.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 DUNN R.pdf", mg11(
        force=F, urn=URN, name="Rachel DUNN", occupation="Assistant swimming coach", sig="Signed: R. Dunn",
        date="6th March 2026", decl="a", pages=[[
            "I was assistant coach at Thornfield Otters from 2018 to 2023. Gareth PROBERT was head coach.",
            "The office by the pool has a door with a window, but there has been a noticeboard over the window for "
            "as long as I can remember. The door was usually open when I was there. On Thursdays I usually left "
            "about 15 minutes before the end of the session to collect my children, so I was not there when "
            "swimmers were getting out. I never saw Ellie alone with Gareth in the office and I did not see "
            "anything that worried me.",
        ]]), "MG11", "witness", head=OS)

    c.pdf("ROTI PROBERT 030326.pdf", [
        ("title", "Record of Taped Interview (ROTI)"),
        ("kv", [("URN", URN), ("Interviewee", "PROBERT, Gareth"), ("Date", "3rd March 2026"),
                ("Time", "13:35-14:40"), ("Officers", "DC 2615 HEWITT, DC 3380 ADDISON"), ("Solicitor", "Mr Jon PRICE-EVANS")]),
        ("table", ["Time", "Summary"], [
            ["13:35", "Caution. Legal advice confirmed."],
            ["13:40", "Head coach Otters 2019-2025. Remembers Ellie as 'a talented swimmer, a bit moody'."],
            ["13:51", "Denies any sexual touching. Office door has a glass panel and was always open. Never alone with a swimmer."],
            ["14:05", "Shown photographs of the noticeboard over the panel: 'that might have been there.'"],
            ["14:12", "Hugged swimmers after galas in public. 'Everyone does.'"],
            ["14:25", "Suggests Ellie resented being dropped from the regional squad in January 2022."],
            ["14:40", "Concluded."],
        ], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC Probert.pdf", pnc_print(
        system="THORNFIELD COUNTY POLICE", urn=URN, surname="PROBERT", forenames="Gareth John", dob="22/07/1987",
        pncid="05/881120K", convictions=[], cautions=[["18/09/2014", "Thornfield", "Possession of a controlled drug (cannabis)", "Simple caution"]],
        printed="4th March 2026", by="DC 2615"), "PNC")
    c.pdf("PNC - prosecution witnesses.pdf", [
        ("title", "Prosecution witness PNC checks"),
        ("kv", [("URN", URN), ("Date", "9th March 2026"), ("Checked by", "DC 2615 HEWITT")]),
        ("table", ["Witness", "Result"], [["WARRINGTON, Ellie", "No trace"], ["KHAN, Adam", "No trace"],
                                          ["ONSLOW, Beverley", "No trace"], ["DUNN, Rachel", "No trace"]]),
    ], "PNC")
    c.pdf("MG2_Warrington.pdf", [
        ("title", "MG2 - Special Measures Assessment"),
        ("kv", [("URN", URN), ("Witness", "Ellie WARRINGTON (19)"),
                ("Eligibility", "s.16 (autism - quality of evidence likely to be diminished) and s.17(4) (complainant, sexual offence)"),
                ("Intermediary", "Registered intermediary Jo FENWICK assessed 16th February 2026; report held (MG6D 3)")]),
        ("table", ["Measure", "Requested", "Witness's view"], [
            ["Evidence-in-chief by ABE (s.27)", "Yes", "Agrees"],
            ["Pre-recorded cross-examination (s.28)", "Yes", "Wants it, with the intermediary"],
            ["Intermediary (s.29)", "Yes", "Wants Jo FENWICK"],
            ["Live link from remote site (s.24)", "Yes", "Prefers not to enter the court building"],
            ["Aids to communication (s.30)", "Yes", "Visual timeline"],
        ]),
        ("h", "Intermediary recommendations (summary)"),
        ("p", "Breaks every 20 minutes; one question at a time; avoid tag and negative questions; give warning of "
              "topic changes; ground rules hearing before cross-examination."),
    ], "MG2", head=OS)
    c.pdf("Record of early advice.pdf", [
        ("title", "Record of early advice from CPS"),
        ("kv", [("URN", URN), ("Requested", "24th February 2026 by DC 2615 HEWITT"), ("Given", "25th February 2026 by telephone"),
                ("Prosecutor", "Ben ACHEBE, Senior Crown Prosecutor, RASSO")]),
        ("p", "Advice: a request to the school is a reasonable line of enquiry because the disclosure to the teacher "
              "is a first complaint and the school may have recorded a retraction. Limit the request to "
              "safeguarding entries about the disclosure (March to July 2022). Give Ellie written notice first. Do "
              "not request counselling records: nothing suggests substantial probative value. Statement from the "
              "assistant coach about the office. Then submit for FCT."),
        ("sig", "Recorded by DC HEWITT on HALCYON, 25th February 2026"),
    ], "EARLY_ADVICE", head=OS)

    c.docx("MG6C.docx", mg6c_blocks(F, URN, [
        ["1", "HALCYON incident 1002-0219 (front counter report 10th February 2026)", "HALCYON", "Copy with file"],
        ["2", "Crime report TF-26-004471 and investigation log", "HALCYON", "Copy with file"],
        ["3", "PC FOSTER's notebook entry 10th February 2026", "OIC", ""],
        ["4", "ABE interview plan agreed with the intermediary, 17th February 2026", "OIC", ""],
        ["5", "Notice to complainant of third-party request, 2nd March 2026", "OIC", "Copy with file"],
        ["6", "Request letter to Thornfield Park Academy, 4th March 2026", "OIC", "Copy with file"],
        ["7", "Custody record PROBERT 3rd March 2026", "Custody", ""],
        ["8", "Pre-interview disclosure 3rd March 2026", "OIC", ""],
        ["9", "Club attendance registers, Tuesday and Thursday squad, September 2021 to February 2022 (from club welfare officer)", "OIC", ""],
        ["10", "Regional squad selection list, 12th January 2022 (Ellie not selected)", "OIC", "Relevant to suggested motive"],
        ["11", "Photographs of the poolside office door and noticeboard, 5th March 2026 (6 images)", "OIC", ""],
        ["12", "Notes of conversations with four former squad members, 6th-9th March 2026: none saw anything", "OIC", ""],
        ["13", "Review note: suspect's phone, messages with club members 2021-22, nothing relevant", "Digital Unit", ""],
        ["14", "OIC's note on the suggested motive and timeline, 10th March 2026", "OIC", ""],
        ["15", "Record of early advice, 25th February 2026", "OIC", "Copy with file"],
        ["16", "Witness PNC checks, 9th March 2026", "OIC", "Copy with file"],
    ], officer="DC 2615 Mark HEWITT", date="16th March 2026", r_v="Gareth PROBERT"), "MG6C", head=OS)
    c.docx("MG6D.docx", [
        ("title", "MG6D - Police schedule of sensitive material"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 2615 HEWITT"), ("Date", "16th March 2026")]),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "Complainant's personal details, diagnosis letter and contact plan", "Personal and health data"],
            ["2", "ISVA referral 11th February 2026", "Confidential support"],
            ["3", "Registered intermediary assessment report, 16th February 2026", "Health and communication needs"],
            ["4", "LADO record (not obtained); school's LADO call is within BO/1", "Third-party safeguarding"],
        ]),
    ], "MG6D", head=OS)
    c.pdf("MG12.pdf", [
        ("title", "MG12 - Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Description", "Produced by"], [
            ["SA/1", "ABE master 18th February 2026", "DC ADDISON"], ["SA/2", "ABE working copy", "DC ADDISON"],
            ["BO/1", "SafeLog entries 7th-9th March 2022 (three entries)", "B. ONSLOW"]]),
    ], "MG12", head=OS)
    c.pdf("incident log.pdf", [
        ("mono", f"HALCYON RMS - INCIDENT 1002-0219 - URN {URN}"),
        ("table", ["Time", "Entry"], [
            ["10/02/2026 14:20", "Front counter: Ellie WARRINGTON (19) with mother. Reports sexual touching by former swimming coach Gareth PROBERT 2021-22 aged 15. Told teacher at the time. Suspect believed coaching juniors at Riverside Dolphins."],
            ["10/02/2026 14:55", "PC 902 FOSTER: crime raised TF-26-004471; safeguarding - LADO informed re current coaching role."],
            ["10/02/2026 16:10", "PPU: allocated DC 2615 HEWITT."],
        ], (22, 78)),
    ], "INCIDENT_LOG")
    c.pdf("HALCYON crime report.pdf", [
        ("mono", "HALCYON RMS - CRIME REPORT TF-26-004471"),
        ("kv", [("URN", URN), ("Offence", "Sexual activity with a child (s.9 SOA 2003) - non-recent"),
                ("Period", "September 2021 - February 2022"), ("Reported", "10th February 2026"),
                ("Victim", "WARRINGTON, Ellie (F, 19) - autism diagnosis; needs recorded"),
                ("Suspect", "PROBERT, Gareth (M, 38)"), ("OIC", "DC 2615 HEWITT")]),
        ("table", ["Date", "Update"], [
            ["11/02/2026", "ISVA referral (CYP ISVA)."], ["16/02/2026", "Intermediary assessment."],
            ["18/02/2026", "ABE completed with RI. VPS offered."], ["25/02/2026", "Early advice received."],
            ["02/03/2026", "TPM notice given to victim."], ["03/03/2026", "Suspect arrested and interviewed; bailed."],
            ["04/03/2026", "TPM request sent to school."], ["10/03/2026", "BO/1 received with DSL statement."],
            ["16/03/2026", "MG3 submitted."],
        ]),
    ], "CRIME_REPORT")

    # files_readable left out: IMG_2231.jpg is a phone photo of a page.
    must_not_fail = COMPLIANT_CHARGING + ["abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                                          "early_advice", "oic_contact", "one_urn"]
    c.finish(out, stage="charging", exit=0,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "THIRD_PARTY", "ROTI", "PNC", "MG2",
                            "EARLY_ADVICE", "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=[], must_not_fail=must_not_fail)


# ============================================================================================
# 6. Brackenridge Police (ORBIT RMS) -- FAULTY: lines of enquiry pointing away not addressed
#    (alibi / alternative suspect), outstanding items without target dates
# ============================================================================================
def case_brackenridge(out: Path):
    c = Case(out, "brackenridge_0331")
    URN = "23BR0077126"
    F = "Brackenridge Police"
    OS = "OFFICIAL SENSITIVE"

    mg3 = [
        ("small", "ORBIT RMS  //  MG3  //  v2 FINAL"),
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("table", ["Field", "Entry"], [
            ["URN", URN],
            ["Decision requested", "Full Code Test"],
            ["Suspect", "WHITTLE, Carl (DOB 09.11.2002)"],
            ["Complainant", "DAVENPORT, Chloe (20), student"],
            ["Offence", "Rape, s.1 Sexual Offences Act 2003 - 01.03.2026 approx 02:30 - bedroom of Flat 3, 44 Linden Terrace, Brackenridge"],
            ["OIC", "DC 0917 Jason PRYCE, Brackenridge CID - 01632 960610 - jason.pryce@brackenridge.police.example"],
            ["Custody status", "Released under investigation 03.03.2026. Reason: he does not know where the complainant lives, "
                               "has not contacted her, and no conditions were judged necessary (Insp 228 COLE)."],
            ["Early advice", "Not sought - the suspect was identified and interviewed within 48 hours; DS NASH decided a "
                             "full file was the better route (recorded on ORBIT 03.03.2026)."],
        ], (28, 72)),
        ("h", "Circumstances"),
        ("p", "On the night of 28.02.2026 into 01.03.2026 Chloe DAVENPORT went to a party at Flat 3, 44 Linden Terrace, "
              "the home of Devesh MALHOTRA. About 25 people were there, including Carl WHITTLE, who had been "
              "flirting with her. At about 01:30, feeling drunk, she lay down on the bed in the host's bedroom. She "
              "woke in the dark at about 02:30 to a man having vaginal sex with her. She pushed him and said 'get "
              "off me'; he got up and left. She saw a bearded man silhouetted in the doorway. At about 09:30 WHITTLE "
              "came back to the flat for his jacket and said to her in the kitchen 'last night was fun, yeah?'. "
              "She walked home and told her housemate Amira SELLERS at about 10:30. She reported at 11:05."),
        ("h", "Evidence"),
        ("p", "ABE 02.03.2026 (DC WOODS) with summary; first account MG11 Amira SELLERS; MG11 PC 3307 HUSSAIN "
              "(first attending); FME statement Dr Grace OKONJO with consent; MG2; ROTI; PNC."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 03.03.2026. WHITTLE denies being in the bedroom and denies any sexual contact with Chloe. "
              "He says he left the party at about 00:50 and went home. He accepts going back for his jacket in the "
              "morning and says 'last night was fun' was about the party. His defence is that he is not the man."),
        ("h", "Reasonable lines of enquiry"),
        ("table", ["Enquiry", "Status"], [
            ["SARC examination and intimate swabs", "Done 01.03.2026 - swabs submitted for DNA"],
            ["ABE interview of complainant", "Done 02.03.2026"],
            ["Statement from housemate (first account)", "Done"],
            ["Arrest and interview of suspect", "Done 03.03.2026"],
            ["Suspect's phone", "Seized on arrest - with DFU for download"],
            ["Comment in kitchen next morning", "Recorded in ABE; suspect's explanation noted"],
        ], (45, 55)),
        ("p", "There are no lines of enquiry pointing away from the suspect. His denial is not supported by any "
              "witness and the comment in the kitchen is strong evidence that he was the man in the bedroom."),
        ("h", "Outstanding evidence"),
        ("table", ["Item", "With", "Expected"], [
            ["DNA on intimate swabs GO/1", "Linden Forensic Laboratory", "15.05.2026"],
            ["Blood toxicology GO/2", "Linden Forensic Laboratory", "10.04.2026"],
            ["Download of WHITTLE's phone", "Digital Forensic Unit", "awaited"],
            ["Further statement from complainant about her clothing", "OIC", "to follow"],
        ], (45, 30, 25)),
        ("h", "Forensic / medical"),
        ("p", "FME Dr OKONJO, Linden SARC, 01.03.2026. Chloe signed the SARC consent to release of notes and samples "
              "on 01.03.2026 (GO/3)."),
        ("h", "Victim care"),
        ("p", "Special measures: MG2 attached - ABE as evidence-in-chief, screens, and she wants s.28 pre-recorded "
              "cross-examination; no intermediary needed. Needs: no interpreter; exam period May-June, needs "
              "notice. ISVA: Brackenridge ISVA Hub, referral 02.03.2026 (ISVA Sophie KANE). VPS: offered "
              "02.03.2026, she made one on 09.03.2026 - held on ORBIT, to be served at sentence if needed."),
        ("h", "Digital"),
        ("p", "Chloe's phone has not been examined and no request has been made: she had no contact with the "
              "suspect by phone or social media and nothing in her account is on it."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Incident log, crime report, first account and witness PNC with the file."),
        ("h", "Supervisor"),
        ("p", "Endorsed for FCT submission. DS 1402 Helen NASH 17.03.2026"),
    ]
    c.docx("MG3 v2 FINAL.docx", mg3, "MG3", head=OS, foot=f"URN {URN}", author="jpryce")

    c.video("ABE CD 020326.mp4", "abe", "BRACKENRIDGE VRI 02.03.2026 {t}", "ABE_RECORDING", seconds=4, seed=61,
            start="13:15:00")
    c.pdf("ABE summary DAVENPORT.pdf", [
        ("title", "ABE - record of video interview (summary)"),
        ("kv", [("URN", URN), ("Witness", "Chloe DAVENPORT"), ("Date", "02.03.2026"), ("Interviewer", "DC 1762 Karen WOODS"),
                ("Time", "13:15-14:20"), ("Exhibits", "KW/1 master, KW/2 working copy")]),
        ("p", "00:00-06:00 introductions. 06:00-22:00 the party: Carl flirting, 'kept topping up my drink'; she lay "
              "down about 01:30 in Dev's room. 22:00-34:00 woke in the dark, man on top of her, penis in her "
              "vagina; pushed him; he got up; bearded man in the doorway against the hall light. 34:00-41:00 "
              "identification: 'I think it was Carl, he had been all over me. It was dark. It could have been Dev - "
              "they both have beards - but Dev has a girlfriend and I don't think he would.' 41:00-50:00 morning: "
              "Carl came back for his jacket and said 'last night was fun, yeah?'. 50:00-65:00 told Amira; report."),
    ], "ABE_SUMMARY", head=OS)
    c.pdf("MG11 DC WOODS (ABE).pdf", mg11(
        force=F, urn=URN, name="DC 1762 Karen WOODS", occupation="Detective constable", sig="(Sgd) K. Woods",
        date="02.03.2026", decl="b", pages=[[
            "On 02.03.2026 between 13:15 and 14:20 I conducted a video-recorded interview of Chloe DAVENPORT at "
            "Brackenridge VRI suite under a written interview plan.",
            "I produce the master recording as KW/1 and the working copy as KW/2 (file 'ABE CD 020326.mp4').",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 SELLERS A.pdf", mg11(
        force=F, urn=URN, name="Amira SELLERS", occupation="Student", sig="Signed: A. Sellers", date="04.03.2026",
        decl="b", pages=[[
            "Chloe DAVENPORT is my friend and housemate; we share a house with two others.",
            "On Sunday 01.03.2026 at about 10:30 Chloe came home from a party. She went straight to her room and I "
            "heard her crying. I went in and she told me she had woken up in the night with someone having sex with "
            "her and that she had pushed him off. She said she thought it was Carl because he had been all over her "
            "and had said 'last night was fun' in the morning, but she wasn't sure at first whether it was Carl or "
            "Dev because it was dark and they both have beards. I told her to ring the police, and she did.",
        ]]), "MG11", "first_account", head=OS)
    c.pdf("MG11 PC HUSSAIN.pdf", mg11(
        force=F, urn=URN, name="PC 3307 Bilal HUSSAIN", occupation="Police constable", sig="[signed]",
        date="01.03.2026", decl="b", pages=[[
            "On 01.03.2026 at 11:20 I attended a student house in Brackenridge after a report of rape (ORBIT "
            "incident 0301-0140). I was the first officer to arrive. Chloe DAVENPORT told me she had woken at a "
            "party at 44 Linden Terrace to a man having sex with her, that she thought it was a man called Carl, "
            "and that it was dark. I arranged a SARC examination and took her there at 12:30.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("FME statement Dr OKONJO.pdf", mg11(
        force=F, urn=URN, name="Dr Grace OKONJO", occupation="Forensic physician, Linden SARC", sig="Signed: G. Okonjo",
        date="05.03.2026", decl="c", pages=[[
            "I examined Chloe DAVENPORT (20) at Linden SARC on 01.03.2026 from 13:10. She gave written consent to "
            "the examination and to release of my notes and samples to police and CPS (GO/3).",
            "I found no injuries. The absence of injury neither supports nor undermines an allegation of rape. I "
            "took intimate swabs (GO/1) and a blood sample for toxicology (GO/2).",
        ]]), "MG11", "expert", head=OS)
    c.pdf("ROTI WHITTLE.pdf", [
        ("title", "ROTI - record of taped interview"),
        ("kv", [("URN", URN), ("Interviewee", "WHITTLE, Carl"), ("Date", "03.03.2026"), ("Times", "10:05-10:49"),
                ("Officers", "DC 0917 PRYCE, DC 1762 WOODS"), ("Solicitor", "Ms Anna FRITH")]),
        ("table", ["Time", "Summary"], [
            ["10:05", "Caution. Legal advice confirmed."],
            ["10:08", "At Dev's party; chatted to Chloe; 'a bit of flirting, nothing more'."],
            ["10:15", "Left about ten to one. Booked an Uber home from outside - 'it'll be on my app'. Went to bed."],
            ["10:22", "Never went into Dev's bedroom. Did not have sex with Chloe."],
            ["10:30", "Went back about half nine for his jacket. Said 'last night was fun, yeah?' - meant the party."],
            ["10:38", "Asked who else had a beard: 'Dev, and a couple of Dev's mates from work.'"],
            ["10:44", "Provides DNA sample and phone PIN voluntarily."],
        ], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC Whittle.pdf", pnc_print(
        system="BRACKENRIDGE POLICE", urn=URN, surname="WHITTLE", forenames="Carl", dob="09.11.2002",
        pncid="21/330871P", convictions=[], printed="05.03.2026", by="DC 0917",
        note="No convictions or cautions."), "PNC")
    c.pdf("PNC wits.pdf", [
        ("title", "Witness PNC checks"),
        ("kv", [("URN", URN), ("Date", "05.03.2026")]),
        ("table", ["Name", "Result"], [["DAVENPORT, Chloe", "No trace"], ["SELLERS, Amira", "No trace"]]),
    ], "PNC")
    c.pdf("MG6C.pdf", mg6c_blocks(F, URN, [
        ["1", "ORBIT incident log 0301-0140, 01.03.2026", "ORBIT", "Copy with file"],
        ["2", "Crime report BR/26/3318", "ORBIT", "Copy with file"],
        ["3", "ABE interview plan, DC WOODS, 02.03.2026", "OIC", ""],
        ["4", "SARC referral form 01.03.2026", "OIC", ""],
        ["5", "MG21 submission to Linden Forensic Laboratory 04.03.2026 (GO/1, GO/2)", "OIC", ""],
        ["6", "Custody record WHITTLE 03.03.2026", "Custody", ""],
        ["7", "Pre-interview disclosure 03.03.2026", "OIC", ""],
        ["8", "Scene photographs, bedroom of Flat 3, 01.03.2026 (14 images)", "CSI", ""],
        ["9", "Property record, suspect's phone, 03.03.2026", "Property", ""],
        ["10", "Witness PNC checks 05.03.2026", "OIC", "Copy with file"],
    ], officer="DC 0917 Jason PRYCE", date="17.03.2026", r_v="Carl WHITTLE"), "MG6C", head=OS)
    c.pdf("MG6D.pdf", [
        ("title", "MG6D - Sensitive material schedule"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 0917 PRYCE")]),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "Complainant's contact details and VPS working notes", "Personal data"],
            ["2", "ISVA referral 02.03.2026", "Confidential support"],
        ]),
    ], "MG6D", head=OS)
    c.pdf("MG12.pdf", [
        ("title", "MG12 Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Item", "Producer"], [
            ["KW/1", "ABE master 02.03.2026", "DC WOODS"], ["KW/2", "ABE working copy", "DC WOODS"],
            ["GO/1", "Intimate swabs", "Dr OKONJO"], ["GO/2", "Blood sample (toxicology)", "Dr OKONJO"],
            ["GO/3", "SARC consent form", "Dr OKONJO"]]),
    ], "MG12", head=OS)
    c.docx("MG2.docx", [
        ("title", "MG2 Special Measures"),
        ("kv", [("URN", URN), ("Witness", "Chloe DAVENPORT"), ("Basis", "s.17(4) YJCEA 1999")]),
        ("table", ["Measure", "Sought", "Her view"], [
            ["ABE as evidence-in-chief", "Yes", "Agrees"], ["s.28 pre-recorded cross-examination", "Yes", "Wants it"],
            ["Screens", "Yes", ""], ["Intermediary", "No", "No communication needs"]]),
    ], "MG2")
    c.txt("incident.txt", render_txt([
        ("mono", f"ORBIT  INCIDENT 0301-0140  01.03.2026  URN {URN}"),
        ("table", ["Time", "Op", "Entry"], [
            ["11:05", "C12", "Call from Chloe DAVENPORT (20): woke at a party at 44 Linden Terrace last night with a man having sex with her. Thinks it was 'Carl', not sure, dark. Now at home with housemate."],
            ["11:08", "C12", "P1. SARC alerted. RASSO DS informed."],
            ["11:20", "3307", "With caller. First account taken. To SARC 12:30."],
            ["14:00", "DS1402", "Crime BR/26/3318 raised. Suspect Carl WHITTLE identified via host."],
        ]),
    ]), "INCIDENT_LOG")
    c.pdf("crime report.pdf", [
        ("mono", "ORBIT RMS - CRIME BR/26/3318"),
        ("kv", [("URN", URN), ("Offence", "Rape (s.1 SOA 2003)"), ("Victim", "DAVENPORT, Chloe (F, 20)"),
                ("Suspect", "WHITTLE, Carl (M, 23)"), ("OIC", "DC 0917 PRYCE"), ("Reported", "01.03.2026 11:05")]),
        ("table", ["Date", "Update"], [
            ["01.03.2026", "SARC; scene photographed."], ["02.03.2026", "ABE. ISVA referral. VPS offered."],
            ["03.03.2026", "Suspect interviewed; RUI."], ["04.03.2026", "MG21 submitted; first account statement."],
            ["17.03.2026", "MG3 submitted."]]),
    ], "CRIME_REPORT")

    mnf = [t for t in COMPLIANT_CHARGING if t not in ("lines_of_enquiry", "outstanding_dated")]
    mnf += ["abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "early_advice", "oic_contact",
            "files_readable", "one_urn"]
    c.finish(out, stage="charging", exit=1,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
                            "MG2", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=["lines_of_enquiry", "outstanding_dated"], must_not_fail=mnf)


# ============================================================================================
# 7. Fennmarsh Constabulary (PRISM Case Builder) -- FAULTY: DPN / MG3 ask for a full download of
#    the complainant's phone with no parameters; vague MG6C entries
# ============================================================================================
def case_fennmarsh(out: Path):
    c = Case(out, "fennmarsh-RA-26-1188")
    URN = "38FM0260426"
    F = "Fennmarsh Constabulary"
    OS = "OFFICIAL-SENSITIVE"

    mg3 = [
        ("mono", f"PRISM Case Builder :: MG3 :: {URN} :: status SUBMITTED 2 March 2026"),
        ("title", "Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", URN), ("Decision sought", "Full code test"), ("Suspect", "ASHCROFT, Ben - 30 April 1989 - estate agent"),
                ("Complainant", "CHANDLER, Rosie - 34 - hairdresser"), ("Offence", "Rape (SOA 2003 s.1), 20 January 2026, suspect's flat, Marsh Quay, Fennmarsh"),
                ("OIC", "DC 2290 Fiona GALE - 01632 960145 - fiona.gale@fennmarsh.police.example"),
                ("Bail", "Pre-charge bail to 21 April 2026 - no contact with Rosie CHANDLER directly or indirectly, including through dating apps."),
                ("Early advice", "Not sought: the suspect admitted intercourse at interview and the issue is narrow (consent). DS ROBB, 26 January 2026.")]),
        ("h", "Summary"),
        ("p", "Rosie and Ben ASHCROFT matched on the dating app Kindling on 2 January 2026 and messaged on the app "
              "and then WhatsApp. On 20 January 2026 they had dinner and went back to his flat. She says she told "
              "him she did not want sex that night. He pushed her onto the bed, held her down by the shoulders and "
              "had vaginal intercourse while she said no. She left by taxi at 23:50. At 00:30 she messaged him: 'I "
              "said no. You know I said no.' He replied: 'you seemed into it, sorry if you got the wrong idea'. At "
              "08:15 she rang her sister-in-law, Kerry CHANDLER, and told her. She reported at 09:20."),
        ("h", "How the account was obtained"),
        ("p", "She chose to give a written statement rather than a video-recorded interview; the choice was "
              "explained by DC GALE. MG11 dated 22 January 2026 (5 pages)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 23 January 2026. Admits intercourse; says it was consensual and that the messages they "
              "exchanged before the date were sexual and showed she wanted to sleep with him. Says she only "
              "complained because he said he was not looking for a relationship. Defence: consent / reasonable "
              "belief."),
        ("h", "Lines of enquiry (including those pointing away)"),
        ("p", "1. The messages before the date (points away if as he says): his phone was downloaded for the "
              "Kindling and WhatsApp conversation with her - the messages are flirtatious; two are sexual in "
              "content, sent by him; her replies are non-committal. 2. Taxi: driver traced, says she was crying "
              "(statement obtained, MG6C). 3. Neighbours at Marsh Quay: nothing heard. 4. Her phone: see below."),
        ("h", "Complainant's phone"),
        ("p", "A full download of Rosie's phone has been obtained (DPN signed 21 January 2026). All data on the "
              "handset from the date of first use has been extracted and reviewed to check her credibility and to "
              "identify any other relevant material, including her contact with other men, her internet history "
              "and photographs. The examiner's statement is attached."),
        ("h", "Outstanding"),
        ("p", "No further enquiries are outstanding. SFR1 received 20 February 2026."),
        ("h", "Forensic / medical"),
        ("p", "Fennmarsh SARC 21 January 2026, Dr Anil BHATT. Consent to release of notes and samples signed 21 "
              "January 2026. FME report and SFR1 in file."),
        ("h", "Victim and witness"),
        ("p", "Special measures: s.17(4) eligible; she wants screens and would use a live link; asked about s.28 "
              "she said she understands it needs a recorded interview and does not want one. No intermediary "
              "needed. Needs: no interpreter; works Saturdays. ISVA: referred 21 January 2026 to Fennmarsh Rape "
              "Crisis, ISVA Jade TURNER. VPS offered 22 January 2026 - she will make one later."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Incident log and crime report and witness checks with file."),
        ("p", "Supervisor endorsement: DS 3301 Martin ROBB, 2 March 2026."),
    ]
    c.pdf("MG3_CHANDLER_ASHCROFT.pdf", mg3, "MG3", head=OS, foot=F)

    rosie = [[
        "I am 34 and I run a hair salon. On 2 January 2026 I matched with a man called Ben on the Kindling app. "
        "We messaged on the app and then on WhatsApp. Some of his messages were flirty and a couple were sexual. "
        "I didn't mind, but I told him I wanted to take things slowly.",
        "On Tuesday 20 January 2026 we had dinner at Ostro on the quay. I had two glasses of wine. He suggested "
        "we go back to his flat for a coffee. I agreed. I told him on the walk there that I wasn't going to sleep "
        "with him that night. He said 'no pressure'.",
    ], [
        "At his flat we kissed on the sofa. He started to undo my jeans and I stopped him and said 'not tonight'. "
        "He laughed and picked me up and carried me into the bedroom. I said 'Ben, put me down, I mean it'.",
        "He put me on the bed and knelt over me with his hands on my shoulders. He pulled my jeans and knickers "
        "down. I said no, again and again. He put his penis in my vagina. I tried to push him off but he was too "
        "heavy. It lasted a few minutes. Then he rolled off and said 'see, that was nice'.",
    ], [
        "I got dressed and ordered a taxi on my phone. I waited outside in the cold. The taxi came at about "
        "23:50. I was crying in the taxi and the driver asked if I was OK.",
        "At home I sat in the shower. At 00:30 I messaged Ben: 'I said no. You know I said no.' He replied "
        "'you seemed into it, sorry if you got the wrong idea'.",
    ], [
        "At about 08:15 I rang my sister-in-law Kerry, who is married to my brother. I told her Ben had raped me. "
        "She came round and I rang the police at 09:20.",
        "I signed a form so that the police could look at my phone because they said they needed to.",
    ], [
        "I did not consent to sex with Ben. I told him before we got to the flat and I told him at the flat.",
    ]]
    c.pdf("MG11 CHANDLER R (complainant).pdf", mg11(
        force=F, urn=URN, name="Rosie CHANDLER", occupation="Hairdresser", sig="Signed: R. Chandler",
        date="22 January 2026", decl="a", pages=rosie, witnessed="DC 2290 F. GALE", urn_style="boxes",
        rear=[("Dates to avoid", "None given"), ("VPS", "Offered 22 January 2026 - later"),
              ("Medical records consent", "Yes - SARC notes (signed 21 January 2026)")]),
        "MG11", "complainant", head=OS)
    c.pdf("MG11 K CHANDLER.pdf", mg11(
        force=F, urn=URN, name="Kerry CHANDLER", occupation="Teaching assistant", sig="(Sgd) K. Chandler",
        date="23 January 2026", decl="a", pages=[[
            "Rosie CHANDLER is my sister-in-law; she is my husband's sister.",
            "On Wednesday 21 January 2026 at about 08:15 Rosie rang me. She was crying. She said 'Kerry, that man "
            "Ben raped me last night. I told him no and he did it anyway.' I drove to her flat. She was in her "
            "dressing gown and shaking. She told me he had carried her to his bed and held her down by the "
            "shoulders. I stayed with her while she rang the police.",
        ]]), "MG11", "first_account", head=OS)
    c.pdf("MG11 PC OWUSU.pdf", mg11(
        force=F, urn=URN, name="PC 1408 Kwame OWUSU", occupation="Police constable", sig="[signed]",
        date="21 January 2026", decl="a", pages=[[
            "On 21 January 2026 at 10:05 I attended Rosie CHANDLER's flat after her 999 report at 09:20 (PRISM "
            "incident 2101-0066). I was the first officer there. She told me that a man she had met on a dating "
            "app, Ben ASHCROFT, had held her down and had sex with her at his flat the night before while she said "
            "no. I took her to Fennmarsh SARC.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 MOSS digital examiner.pdf", mg11(
        force=F, urn=URN, name="Jake MOSS", occupation="Digital forensic examiner, Fennmarsh Constabulary",
        sig="Signed: J. Moss", date="6 February 2026", decl="c", pages=[[
            "On 27 January 2026 I received a smartphone belonging to Rosie CHANDLER with a Digital Processing "
            "Notice. As instructed, I carried out a full file system extraction of the entire device, with no date "
            "or data-type filter, and produced a full report of all data (messages with all contacts, call logs, "
            "photographs and videos, internet history, location history, notes and app data). I produce the "
            "extraction as JM/1. The phone was returned on 5 February 2026.",
        ]]), "MG11", "expert", head=OS)
    c.pdf("DPN 21-01-2026.pdf", [
        ("title", "Digital Processing Notice"),
        ("kv", [("URN", URN), ("Device owner", "Rosie CHANDLER"), ("Device", "Smartphone"), ("Date", "21 January 2026"),
                ("Officer", "DC 2290 GALE")]),
        ("h", "Reason"), ("p", "To assess your credibility and to look for anything relevant to the investigation."),
        ("h", "What will be extracted"),
        ("p", "Full download - the entire handset. All data held on the device and any linked accounts, from the "
              "date you first used it to the date of seizure."),
        ("sig", "I agree. Signed: R. Chandler   21/01/2026"),
    ], "DPN", head=OS)
    c.pdf("FME report.pdf", [
        ("title", "Fennmarsh SARC - Forensic medical report"),
        ("kv", [("URN", URN), ("Patient", "Rosie CHANDLER"), ("Date", "21 January 2026"), ("Examiner", "Dr Anil BHATT")]),
        ("p", "Written consent to examination, samples and release of notes to police and CPS obtained 21 January "
              "2026. Findings: bruising 2 cm and 1.5 cm on the front of both shoulders, consistent with pressure; "
              "no genital injury. Swabs AB/1 taken."),
    ], "MEDICAL", head=OS)
    c.pdf("SFR1.pdf", [
        ("title", "SFR1 - Streamlined forensic report"),
        ("kv", [("URN", URN), ("Date", "20 February 2026"), ("Lab", "Fenland Forensic Services (fictional)")]),
        ("p", "Semen on HVS (AB/1); DNA matches Ben ASHCROFT. Intercourse is not disputed."),
    ], "FORENSIC")
    c.pdf("ROTI ASHCROFT.pdf", [
        ("title", "Record of Taped Interview"),
        ("kv", [("URN", URN), ("Interviewee", "ASHCROFT, Ben"), ("Date", "23 January 2026"), ("Time", "15:10-15:58"),
                ("Officers", "DC 2290 GALE, DC 1077 IRWIN"), ("Solicitor", "Mr Luke HART")]),
        ("table", ["Time", "Summary"], [
            ["15:10", "Caution; legal advice."], ["15:14", "Met on Kindling; messages 'got quite steamy'."],
            ["15:25", "Back to flat for coffee; kissed; she 'didn't stop me'. Carried her to the bedroom 'as a joke'."],
            ["15:36", "Sex was consensual. She never said no."],
            ["15:44", "Her 00:30 message: 'I was shocked. I'd said I wasn't after a relationship.'"],
            ["15:58", "End."]], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC ASHCROFT.pdf", pnc_print(
        system="FENNMARSH CONSTABULARY", urn=URN, surname="ASHCROFT", forenames="Benjamin", dob="30/04/1989",
        pncid="07/114492H", convictions=[["11 March 2011", "Fennmarsh Magistrates", "Driving with excess alcohol", "Disqualified 16 months, fine £400"]],
        printed="24 January 2026", by="DC 2290"), "PNC")
    c.pdf("Witness PNC nil returns.pdf", [
        ("title", "Witness PNC - nil returns"), ("kv", [("URN", URN), ("Date", "24 January 2026")]),
        ("table", ["Witness", "Result"], [["CHANDLER, Rosie", "No trace"], ["CHANDLER, Kerry", "No trace"],
                                          ["DUFFY, Sean (taxi driver)", "No trace"]]),
    ], "PNC")
    c.pdf("MG2.pdf", [
        ("title", "MG2 - Special measures"),
        ("kv", [("URN", URN), ("Witness", "Rosie CHANDLER"), ("Eligibility", "s.17(4)")]),
        ("table", ["Measure", "Sought", "View"], [["Screens", "Yes", ""], ["Live link", "Yes", "alternative"],
                                                  ["s.28", "No", "Does not want a recorded interview"], ["Intermediary", "No", "not needed"]]),
    ], "MG2")
    hdr = ["Item", "Description", "Location", "CPS"]
    rows = [
        [1, "PRISM incident log 2101-0066 (999 call 21 January 2026 09:20)", "PRISM", "Copy with file"],
        [2, "Crime report FM/26/1188", "PRISM", "Copy with file"],
        [3, "Misc paperwork", "OIC", ""],
        [4, "Various notes", "OIC", ""],
        [5, "Emails x14", "OIC", ""],
        [6, "MG11 Sean DUFFY (taxi driver), 28 January 2026: she was crying", "OIC", ""],
        [7, "Officer notes", "OIC", ""],
        [8, "Custody record ASHCROFT 23 January 2026", "Custody", ""],
        [9, "Extraction JM/1 (complainant's phone)", "DFU", ""],
        [10, "Download of suspect's phone: Kindling and WhatsApp with complainant 2-21 January 2026", "DFU", ""],
        [11, "Docs from SARC", "OIC", ""],
        [12, "House-to-house Marsh Quay 22 January 2026 - nothing heard", "OIC", ""],
        [13, "Witness PNC checks 24 January 2026", "OIC", "Copy with file"],
    ]
    c.xlsx("MG6C.xlsx", [("Sheet1", [
        "MG6C - POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN: {URN}   R v ASHCROFT",
        "Disclosure officer: DC 2290 GALE   2 March 2026"], hdr, rows, [6, 60, 12, 16])], "MG6C", author="fgale")
    c.xlsx("MG6D.xlsx", [("Sheet1", [
        "MG6D - POLICE SCHEDULE OF SENSITIVE MATERIAL", f"URN: {URN}   R v ASHCROFT"],
        ["Item", "Description", "Reason"],
        [[1, "ISVA referral 21 January 2026", "Confidential support"],
         [2, "Complainant's address and contact details", "Personal data"]], [6, 60, 30])], "MG6D", author="fgale")
    c.xlsx("MG12.xlsx", [("MG12", ["MG12 EXHIBIT LIST", f"URN {URN}"], ["Ref", "Description", "Producer"],
                          [["AB/1", "Intimate swabs", "Dr BHATT"], ["JM/1", "Extraction of complainant's phone", "J. MOSS"]],
                          [8, 50, 20])], "MG12", author="fgale")
    c.pdf("Incident log.pdf", [
        ("mono", f"PRISM CONTACT  INCIDENT 2101-0066  URN {URN}"),
        ("table", ["Time", "Entry"], [
            ["09:20", "999: Rosie CHANDLER reports rape last night by man from dating app, Ben, at his flat Marsh Quay. Sister-in-law with her."],
            ["09:24", "Grade 1. SARC informed."], ["10:05", "PC 1408 on scene; first account."],
            ["11:30", "Crime FM/26/1188 raised."]], (12, 88)),
    ], "INCIDENT_LOG")
    c.pdf("Crime report.pdf", [
        ("mono", "PRISM Case Builder - Crime FM/26/1188"),
        ("kv", [("URN", URN), ("Offence", "Rape s.1"), ("Victim", "CHANDLER, Rosie F 34"), ("Suspect", "ASHCROFT, Ben M 36"),
                ("OIC", "DC 2290 GALE")]),
        ("table", ["Date", "Update"], [["21 January 2026", "SARC, DPN, ISVA."], ["22 January 2026", "Victim MG11. VPS offered."],
                                       ["23 January 2026", "Suspect arrested, interviewed, bailed."],
                                       ["5 February 2026", "Victim phone returned."], ["2 March 2026", "MG3 submitted."]]),
    ], "CRIME_REPORT")

    mnf = [t for t in COMPLIANT_CHARGING if t not in ("dig_prop", "digital_proportionality",
                                                       "schedule_descriptions")]
    mnf += ["abe_recording", "abe_summary", "abe_exhibited", "early_advice", "oic_contact", "files_readable",
            "one_urn"]
    c.finish(out, stage="charging", exit=1,
             present_types=["MG3", "MG11", "DPN", "MEDICAL", "FORENSIC", "ROTI", "PNC", "MG2", "MG6C", "MG6D",
                            "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=["dig_prop", "schedule_descriptions"], must_not_fail=mnf)


# ============================================================================================
# 8. Greywater Constabulary (TALLY) -- FAULTY: flatmate's MG11 unsigned and undated; sister named
#    as first-account witness with no statement; (also, not scored: a blanket counselling-records
#    request made without notice to the complainant)
# ============================================================================================
def case_greywater(out: Path):
    c = Case(out, "greywater_op_harrow")
    URN = "55GW0013926"
    F = "Greywater Constabulary"
    OS = "OFFICIAL-SENSITIVE when complete"

    mg3 = [
        ("small", f"{F} - TALLY case management - MG3"),
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", URN), ("Date submitted", "02/03/2026"), ("Decision sought", "Full Code Test"),
                ("Suspect", "HALLIDAY, Scott - DOB 05/03/1992"), ("Complainant", "FERREIRA, Nadia (26), bar manager"),
                ("Offence", "Assault by penetration, SOA 2003 s.2 - 14/12/2025 about 01:45 - cellar of The Ropewalk bar, Greywater"),
                ("OIC", "DC 0833 Peter VOSS - 01632 960990 - peter.voss@greywater.police.example"),
                ("Bail", "Pre-charge bail to 18/03/2026, extended to 18/06/2026 (Supt 12 ALLAN). Conditions: not to contact "
                         "Nadia FERREIRA directly or indirectly; not to enter The Ropewalk."),
                ("Early advice", "Not sought; the evidence was gathered within a week and the CPS were not needed to "
                                 "direct lines of enquiry (DS KEMP, 22/12/2025)")]),
        ("h", "Summary"),
        ("p", "Nadia manages The Ropewalk. After closing on 13/12/2025 the owner, Gary BRIGHT, held a lock-in for a "
              "few regulars including Scott HALLIDAY. Gary left at about 01:30, leaving Nadia to lock up; HALLIDAY "
              "was still finishing his drink. Nadia went down to the cellar to turn off the gas. HALLIDAY followed "
              "her, pushed her against the keg racks, put his hand inside her jeans and penetrated her vagina with "
              "his fingers. She kneed him and ran upstairs; he left. She locked herself in the office until about "
              "02:30 and then drove home."),
        ("p", "She first told her sister, Jodie PARFITT, by phone at about 08:30 the next morning, and later that "
              "day her flatmate, Gemma LOCKE. She reported at 12:10 on 14/12/2025."),
        ("h", "Evidence"),
        ("p", "ABE 16/12/2025 (DC GRANT, LG/1-LG/2) with summary; MG11 PC MAHMOOD (first attending); MG11 Gemma "
              "LOCKE (first account); MG11 Gary BRIGHT (owner); FME findings and SFR (no male DNA - digital "
              "penetration, swabs taken 11 hours later); ROTI; PNC."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 18/12/2025. HALLIDAY says he left with Gary BRIGHT at about 01:30 and never went into the "
              "cellar. Defence: he was not there - this is put in issue by Mr BRIGHT, who says HALLIDAY was still "
              "at the bar when he left."),
        ("h", "Lines of enquiry"),
        ("p", "1. Gary BRIGHT: statement obtained - HALLIDAY still present at 01:30 (undermines the suspect's "
              "account). 2. The other two regulars at the lock-in, Dean ROSS and Mark TULLY: both left at about "
              "01:00 (officer's notes on MG6C); neither can say when HALLIDAY left - this neither helps nor harms. "
              "3. HALLIDAY's taxi: he says he walked; no taxi records. 4. Bar CCTV: the system has not worked since "
              "October 2025 (owner's statement); none exists. 5. Street CCTV, Quay Street: none covering the "
              "entrance (council confirmed, MG6C). 6. HALLIDAY's phone location data for 01:00-03:00: requested "
              "from the network on 20/12/2025, received 10/02/2026 - his phone was connected to the cell serving "
              "the bar until 01:58, which is consistent with Nadia's account and not with his."),
        ("p", "7. Counselling: Nadia told us she has had counselling in the past. A request was sent on 05/01/2026 to "
              "Greywater Talking Therapies for all her counselling records (copy attached). Nadia was not told "
              "about the request so as not to cause her further upset. The service sent 46 pages of notes "
              "(2019 to 2025) on 20/01/2026; I have read them and they contain nothing about HALLIDAY or the "
              "offence (MG6D 3)."),
        ("h", "Outstanding"),
        ("p", "Outstanding: none."),
        ("h", "Forensic / medical"),
        ("p", "Greywater SARC 14/12/2025, Dr Ruth KIPLING. Nadia signed the SARC consent to release of notes and "
              "samples on 14/12/2025. Bruising to the inner thighs. SFR 20/02/2026: no male DNA detected."),
        ("h", "Victim and witness care"),
        ("p", "Special measures: MG2 attached; s.17(4) eligible; ABE as evidence-in-chief; she wants s.28 "
              "pre-recorded cross-examination; screens; no intermediary needed. Needs: works nights - contact "
              "after 14:00; no interpreter (Portuguese and English, fluent in English). ISVA: referred 15/12/2025, "
              "Greywater ISVA Service, ISVA Anna MOORE. VPS: offered 16/12/2025 - made 05/01/2026 (on MG6D, to be "
              "served at sentence)."),
        ("h", "Digital"),
        ("p", "Nadia's phone has not been examined: she had no contact with HALLIDAY by phone and nothing in her "
              "account is on it."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Incident log, crime report, witness PNC attached."),
        ("sig", "Supervisor: DS 2214 Jo KEMP - reviewed 02/03/2026"),
    ]
    c.pdf("MG3 FERREIRA.pdf", mg3, "MG3", head=OS, foot=f"{F} MG3")

    c.video("ABE NF 16.12.25.mp4", "abe", "GREYWATER VRI 16/12/2025 {t}", "ABE_RECORDING", seconds=4, seed=71,
            start="15:40:00")
    c.docx("ABE summary.docx", [
        ("title", "Summary of video recorded interview"),
        ("kv", [("URN", URN), ("Witness", "Nadia FERREIRA"), ("Date", "16/12/2025"), ("Interviewer", "DC 1190 Lauren GRANT"),
                ("Duration", "52 minutes"), ("Exhibits", "LG/1, LG/2")]),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions and ground rules."],
            ["03:30", "Lock-in after closing; Gary, Scott, Dean and Mark. Dean and Mark left about 1; Gary about half one."],
            ["14:10", "Went to the cellar to turn off the gas; Scott followed; pushed against the keg racks; hand inside jeans; fingers in vagina."],
            ["27:45", "Kneed him, ran up, locked herself in office; heard the door go."],
            ["33:00", "Drove home 02:30. Rang sister Jodie in the morning; told flatmate Gemma at lunchtime."],
            ["41:00", "Questioning on lighting, his words ('don't be frigid'), clothing."],
        ]),
    ], "ABE_SUMMARY")
    c.pdf("MG11 DC GRANT ABE.pdf", mg11(
        force=F, urn=URN, name="DC 1190 Lauren GRANT", occupation="Detective constable", sig="Signed: L. Grant",
        date="16/12/2025", decl="a", pages=[[
            "On 16/12/2025 I conducted a video-recorded interview with Nadia FERREIRA at Greywater VRI suite from "
            "15:40 to 16:32 following a written plan.",
            "I produce the master recording as LG/1 and the working copy as LG/2 (file 'ABE NF 16.12.25.mp4').",
        ]]), "MG11", "officer", head=OS)
    c.docx("Doc3.docx", mg11(
        force=F, urn=URN, name="Gemma LOCKE", occupation="Nurse", sig="", date="", decl="a", signed=False,
        pages=[[
            "I share a flat with Nadia FERREIRA. We have lived together for two years.",
            "On Sunday 14/12/2025 I came home from a night shift at about 08:00 and went to bed. When I got up at "
            "about 12:00 Nadia was sitting in the kitchen. She looked awful. She told me that Scott, one of the "
            "regulars at the bar, had followed her into the cellar after the lock-in, pushed her against the racks "
            "and put his fingers inside her. She said she had told her sister that morning. I said she had to go to "
            "the police and sat with her while she rang them.",
        ]]), "MG11", "first_account")
    c.pdf("MG11 PC MAHMOOD.pdf", mg11(
        force=F, urn=URN, name="PC 2764 Imran MAHMOOD", occupation="Police constable", sig="[signed]",
        date="14/12/2025", decl="a", pages=[[
            "On 14/12/2025 at 12:50 I attended Nadia FERREIRA's flat following her call at 12:10 (TALLY incident "
            "1412-0233). I was the first officer to attend. She told me that a customer, Scott HALLIDAY, had "
            "followed her into the bar cellar after a lock-in and put his fingers in her vagina. I took her to "
            "Greywater SARC at 14:00.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 BRIGHT bar owner.pdf", mg11(
        force=F, urn=URN, name="Gary BRIGHT", occupation="Licensee, The Ropewalk", sig="(Sgd) G. Bright",
        date="17/12/2025", decl="a", pages=[[
            "I own The Ropewalk. On Saturday 13/12/2025 after closing I had a few regulars in for a drink: Dean, "
            "Mark and Scott HALLIDAY. Nadia, my manager, was tidying up. Dean and Mark went at about one. I left "
            "at about half past one. Scott was still at the bar finishing a pint. Nadia was going to lock up.",
            "The bar's CCTV has not worked since October 2025. I have been meaning to get it fixed.",
        ]]), "MG11", "witness", head=OS)
    c.pdf("SARC findings and SFR.pdf", [
        ("title", "Forensic medical findings and SFR"),
        ("kv", [("URN", URN), ("Patient", "Nadia FERREIRA"), ("Examined", "14/12/2025, Greywater SARC, Dr Ruth KIPLING"),
                ("Consent", "Written consent to examination, samples and release of notes to police/CPS, signed 14/12/2025")]),
        ("p", "Findings: two bruises 1-2 cm on the inner left thigh; no genital injury. Swabs RK/1."),
        ("p", "SFR (Greywater Forensic Services, 20/02/2026): no male DNA detected on RK/1. Given the time and the "
              "nature of the act, the absence of DNA is not unexpected."),
    ], ["MEDICAL", "FORENSIC"])
    c.pdf("ROTI HALLIDAY.pdf", [
        ("title", "Record of Taped Interview"),
        ("kv", [("URN", URN), ("Interviewee", "HALLIDAY, Scott"), ("Date", "18/12/2025"), ("Time", "09:40-10:20"),
                ("Officers", "DC 0833 VOSS, DC 1190 GRANT"), ("Solicitor", "Ms Kate DUNNE")]),
        ("table", ["Time", "Summary"], [
            ["09:40", "Caution."], ["09:44", "Regular at the Ropewalk; at the lock-in."],
            ["09:50", "Left with Gary about half one. Walked home."], ["10:02", "Never went in the cellar. 'Why would I?'"],
            ["10:12", "Told Gary says he was still at the bar: 'He's wrong.'"], ["10:20", "End."]], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC HALLIDAY.pdf", pnc_print(
        system="GREYWATER CONSTABULARY", urn=URN, surname="HALLIDAY", forenames="Scott", dob="05/03/1992",
        pncid="10/220198D", convictions=[["19/11/2015", "Greywater Magistrates", "Sexual assault (s.3 SOA 2003)", "Community order 12 months; SOR 5 years"]],
        printed="20/12/2025", by="DC 0833"), "PNC")
    c.pdf("PNC witnesses.pdf", [
        ("title", "Witness PNC checks"), ("kv", [("URN", URN), ("Date", "20/12/2025")]),
        ("table", ["Witness", "Result"], [["FERREIRA, Nadia", "No trace"], ["LOCKE, Gemma", "No trace"],
                                          ["BRIGHT, Gary", "No trace"]]),
    ], "PNC")
    c.pdf("Letter to Greywater Talking Therapies.pdf", [
        ("p", f"Greywater Constabulary - Public Protection        Ref {URN}        05/01/2026"),
        ("p", "To: Records Manager, Greywater Talking Therapies"),
        ("title", "Request for records"),
        ("p", "Re: Nadia FERREIRA. Please provide copies of all counselling notes, assessments, referral letters, "
              "correspondence and any other records you hold for Ms FERREIRA, from 2018 to the present day."),
        ("p", "Ms FERREIRA is the complainant in a sexual offence investigation and has mentioned that she has had "
              "counselling. It is standard practice to obtain these records so that the investigation cannot be "
              "criticised later by the defence."),
        ("sig", "DC 0833 Peter VOSS"),
    ], ["THIRD_PARTY", "CORRESPONDENCE"])
    c.pdf("MG2.pdf", [
        ("title", "MG2 Special Measures Assessment"), ("kv", [("URN", URN), ("Witness", "Nadia FERREIRA")]),
        ("table", ["Measure", "Sought", "Witness's view"], [
            ["ABE EIC", "Yes", "Agrees"], ["s.28", "Yes", "Wants it"], ["Screens", "Yes", ""], ["Intermediary", "No", "Not needed"]]),
    ], "MG2")
    c.pdf("MG6C.pdf", mg6c_blocks(F, URN, [
        ["1", "TALLY incident log 1412-0233, 14/12/2025", "TALLY", "Copy with file"],
        ["2", "Crime report GW/25/9931", "TALLY", "Copy with file"],
        ["3", "ABE interview plan, DC GRANT, 16/12/2025", "OIC", ""],
        ["4", "Officer's notes of conversations with Dean ROSS and Mark TULLY, 19/12/2025: both left about 01:00", "OIC", ""],
        ["5", "E-mail from Greywater Council CCTV 19/12/2025: no camera covers the Ropewalk entrance", "OIC", ""],
        ["6", "Network cell-site data for HALLIDAY's phone 01:00-03:00 14/12/2025, received 10/02/2026", "OIC", "Supports prosecution"],
        ["7", "Custody record HALLIDAY 18/12/2025", "Custody", ""],
        ["8", "Bail extension authority 16/03/2026", "OIC", ""],
        ["9", "Witness PNC checks 20/12/2025", "OIC", "Copy with file"],
    ], officer="DC 0833 Peter VOSS", date="02/03/2026", r_v="Scott HALLIDAY"), "MG6C", head=OS)
    c.pdf("MG6D.pdf", [
        ("title", "MG6D Sensitive material schedule"), ("kv", [("URN", URN), ("Disclosure officer", "DC 0833 VOSS")]),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "Victim personal statement 05/01/2026", "Victim's personal information until sentence"],
            ["2", "ISVA referral 15/12/2025", "Confidential support"],
            ["3", "Request to Greywater Talking Therapies 05/01/2026 and their reply of 20/01/2026 with counselling notes 2019-2025 (46 pages)", "Counselling - confidential health"],
        ]),
    ], "MG6D", head=OS)
    c.pdf("MG12.pdf", [
        ("title", "MG12 Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Description", "Producer"], [["LG/1", "ABE master", "DC GRANT"], ["LG/2", "ABE working copy", "DC GRANT"],
                                                       ["RK/1", "Intimate swabs", "Dr KIPLING"]]),
    ], "MG12", head=OS)
    c.txt("TALLY incident.txt", render_txt([
        ("mono", f"TALLY  INCIDENT 1412-0233  14/12/2025  URN {URN}"),
        ("table", ["Time", "By", "Entry"], [
            ["12:10", "CH4", "Call from Nadia FERREIRA: sexually assaulted in the cellar of The Ropewalk after a lock-in about 01:45 by customer Scott HALLIDAY. Told sister this morning. Flatmate with her."],
            ["12:15", "CH4", "Grade 2. SARC notified."], ["12:50", "2764", "On scene, first account."],
            ["14:00", "2764", "To SARC."], ["15:30", "DS2214", "Crime GW/25/9931. Suspect known - PNC: previous sexual assault 2015."]]),
    ]), "INCIDENT_LOG")
    c.pdf("TALLY crime.pdf", [
        ("mono", "TALLY - CRIME GW/25/9931"),
        ("kv", [("URN", URN), ("Offence", "Assault by penetration s.2"), ("Victim", "FERREIRA, Nadia F 26"),
                ("Suspect", "HALLIDAY, Scott M 33"), ("OIC", "DC 0833 VOSS")]),
        ("table", ["Date", "Update"], [["14/12/2025", "SARC; crime raised."], ["16/12/2025", "ABE; VPS offered."],
                                       ["17/12/2025", "Owner's statement; flatmate spoken to."],
                                       ["18/12/2025", "Suspect arrested, interviewed, bailed."],
                                       ["05/01/2026", "Counselling records requested."],
                                       ["20/01/2026", "Counselling records received and read."], ["02/03/2026", "MG3 submitted."]]),
    ], "CRIME_REPORT")

    mnf = [t for t in COMPLIANT_CHARGING if t not in ("signed", "key_statements")]
    mnf += ["abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "early_advice", "oic_contact",
            "files_readable", "one_urn"]
    c.finish(out, stage="charging", exit=1,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "MEDICAL", "ROTI", "PNC", "THIRD_PARTY",
                            "MG2", "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
             must_fail=["signed", "key_statements"], must_not_fail=mnf)


# ============================================================================================
# 9. Marrowby Police (QUILL RMS) -- FAULTY: no officer's MG11 exhibits the ABE; incident log and
#    crime report not with the file; special measures not considered (no MG2, no s.28 view)
# ============================================================================================
def case_marrowby(out: Path):
    c = Case(out, "marrowby_2026_0090")
    URN = "71MB0048826"
    F = "Marrowby Police"
    OS = "OFFICIAL - SENSITIVE (when complete)"

    mg3 = [
        ("small", "QUILL RMS - case file - MG3"),
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", URN), ("Date", "14.04.26"), ("Test", "Full Code Test requested"),
                ("Suspect", "COATES, Ryan (DOB 11.08.97), mechanic"), ("Complainant", "DUNMORE, Kayleigh (29), care worker"),
                ("Offence", "Rape, s.1 SOA 2003, 21.03.26 about 04:00, spare bedroom of 9 Fallow Road, Marrowby"),
                ("OIC", "DC 1544 Craig HOLDEN - 01632 960724 - craig.holden@marrowby.police.example"),
                ("Bail", "Pre-charge bail to 25.06.26: not to contact Kayleigh DUNMORE directly or indirectly; not to attend her home street (Bank Lane)."),
                ("Early advice", "Not sought - consent is the only issue and the file was ready within four weeks (DS WARD, 27.03.26).")]),
        ("h", "Summary"),
        ("p", "On 20.03.26 Kayleigh stayed the night at her friend Stacey COATES's house after Stacey's birthday. "
              "Stacey's brother Ryan COATES was also staying. Kayleigh went to bed in the spare room at about 02:00. "
              "She woke at about 04:00 to find Ryan in the bed behind her with his penis in her vagina. She said "
              "'what are you doing, get off' and he got up and left. She did not sleep. At 07:15 she rang her "
              "mother, Janice DUNMORE, and told her; her mother collected her. She reported at 08:40."),
        ("p", "Kayleigh gave a video-recorded interview on 24.03.26 (DC 2260 Marcus LEE, exhibit ML/1). A summary is "
              "attached."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 25.03.26. Says Kayleigh invited him into the spare room when he went to the bathroom and "
              "that the sex was consensual; says she was awake and 'kissing me back'. Defence: consent / reasonable "
              "belief."),
        ("h", "Lines of enquiry (including those pointing away)"),
        ("p", "Stacey COATES (points either way): heard nothing; says Kayleigh left early and upset, and that Ryan "
              "told her 'nothing happened'. Messages between Kayleigh and Ryan: none - they had met twice before and "
              "are not connected on social media (both agree). Alcohol: Kayleigh says four drinks; toxicology not "
              "taken as she was seen more than 12 hours after drinking stopped. SARC: examined 21.03.26. No other "
              "guests stayed. No CCTV or digital lines arise. Her phone has not been examined and is not needed."),
        ("h", "Outstanding"),
        ("table", ["Item", "Target"], [["DNA on swabs SM/1 (intercourse admitted - confirmatory)", "05.05.26"]]),
        ("h", "Forensic / medical"),
        ("p", "Marrowby SARC 21.03.26 (Dr S. MENDES). Kayleigh signed consent to release of her SARC notes and "
              "samples on 21.03.26."),
        ("h", "Victim care"),
        ("p", "Special measures: TBC - to be discussed with Kayleigh nearer to trial."),
        ("p", "Needs: no interpreter; shift worker; prefers phone contact. ISVA: referred 22.03.26 to Marrowby ISVA "
              "Partnership (ISVA Lucy HART). VPS: offered 24.03.26; she made one on 31.03.26 (held on QUILL)."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached."),
        ("sig", "Supervisor: DS 0981 Karen WARD - endorsed 14.04.26"),
    ]
    c.pdf("MG3.pdf", mg3, "MG3", head=OS, foot=F)

    c.video("VRI 24-03-26 DUNMORE.mp4", "abe", "MARROWBY VRI 24.03.26 {t}", "ABE_RECORDING", seconds=4,
            seed=81, start="10:30:00")
    c.pdf("VRI summary.pdf", [
        ("title", "Video Recorded Interview - summary"),
        ("kv", [("URN", URN), ("Witness", "Kayleigh DUNMORE"), ("Date", "24.03.26"), ("Interviewer", "DC 2260 LEE"),
                ("Time", "10:30-11:24")]),
        ("p", "00:00-05:00 intro. 05:00-18:00 the birthday night, drinks, bed at about 2 in the spare room, alone. "
              "18:00-30:00 woke about 4 with Ryan behind her, penis in her vagina; 'what are you doing, get off'; "
              "he got up and went. 30:00-40:00 lay awake; left at 7; rang mum. 40:00-54:00 questions: never invited "
              "him in, had met him twice, no messages; was asleep when it started."),
    ], "ABE_SUMMARY", head=OS)
    c.pdf("MG11 J DUNMORE (mother).pdf", mg11(
        force=F, urn=URN, name="Janice DUNMORE", occupation="School cook", sig="Signed: J. Dunmore",
        date="23.03.26", decl="b", pages=[[
            "Kayleigh DUNMORE is my daughter.",
            "On Saturday 21.03.26 at about 07:15 Kayleigh rang me. She was whispering and crying. She asked me to "
            "come and get her from Stacey's. She said 'Mum, Stacey's brother got into my bed and had sex with me "
            "while I was asleep.' I drove straight there. She was waiting at the end of the road. In the car she "
            "told me she woke up and he was inside her and she told him to get off. I took her home and she rang "
            "the police.",
        ]]), "MG11", "first_account", head=OS)
    c.pdf("MG11 PC 3391 ATKINS.pdf", mg11(
        force=F, urn=URN, name="PC 3391 Neil ATKINS", occupation="Police constable", sig="[signed]", date="21.03.26",
        decl="b", pages=[[
            "On 21.03.26 at 09:10 I attended an address in Bank Lane, Marrowby, after a report of rape (QUILL "
            "incident 2103-0077). I was the first officer to attend. Kayleigh DUNMORE told me that Ryan COATES had "
            "got into her bed at his sister's house at about 04:00 and had sex with her while she was asleep. I "
            "took her to Marrowby SARC.",
        ]]), "MG11", "officer", head=OS)
    c.pdf("MG11 S COATES.pdf", mg11(
        force=F, urn=URN, name="Stacey COATES", occupation="Retail assistant", sig="(Sgd) S. Coates", date="27.03.26",
        decl="b", pages=[[
            "Kayleigh DUNMORE is my friend. On 20.03.26 she stayed at my house after my birthday. My brother Ryan "
            "also stayed; he slept on the sofa. I went to bed about 2 and did not hear anything in the night.",
            "In the morning Kayleigh had gone before I got up. She texted me 'had to go, sorry'. Ryan told me "
            "'nothing happened'. I have not spoken to Kayleigh since.",
        ]]), "MG11", "witness", head=OS)
    c.pdf("SARC summary.pdf", [
        ("title", "Marrowby SARC - summary for police"),
        ("kv", [("URN", URN), ("Patient", "Kayleigh DUNMORE"), ("Date", "21.03.26"), ("Examiner", "Dr S. MENDES")]),
        ("p", "Consent to examination, samples and release of notes to police and CPS signed 21.03.26. No injuries "
              "seen. Swabs SM/1 taken and handed to PC ATKINS."),
    ], "MEDICAL")
    c.pdf("ROTI COATES R.pdf", [
        ("title", "Record of taped interview"),
        ("kv", [("URN", URN), ("Interviewee", "COATES, Ryan"), ("Date", "25.03.26"), ("Time", "11:02-11:41"),
                ("Officers", "DC 1544 HOLDEN, DC 2260 LEE"), ("Solicitor", "Mr Sam OYELOWO")]),
        ("table", ["Time", "Summary"], [
            ["11:02", "Caution."], ["11:06", "Slept on the sofa. Went up to the bathroom about 4."],
            ["11:12", "Kayleigh called him in from the spare room. They kissed; she was 'kissing me back'."],
            ["11:24", "Sex consensual. She said 'get off' only when she heard a noise on the landing."],
            ["11:41", "End."]], (12, 88)),
    ], "ROTI", head=OS)
    c.pdf("PNC - R COATES.pdf", pnc_print(
        system="MARROWBY POLICE", urn=URN, surname="COATES", forenames="Ryan", dob="11.08.97", pncid="16/009921B",
        convictions=[["04.02.19", "Marrowby Magistrates", "Possession of an offensive weapon in a public place", "Suspended sentence 12 weeks"]],
        printed="26.03.26", by="DC 1544"), "PNC")
    c.pdf("witness checks.pdf", [
        ("title", "PNC - witness checks"), ("kv", [("URN", URN), ("Date", "26.03.26")]),
        ("table", ["Witness", "Result"], [["DUNMORE, Kayleigh", "No trace"], ["DUNMORE, Janice", "No trace"],
                                          ["COATES, Stacey", "No trace"]]),
    ], "PNC")
    c.pdf("MG6C.pdf", mg6c_blocks(F, URN, [
        ["1", "QUILL incident log 2103-0077, 21.03.26", "QUILL", ""],
        ["2", "Crime report MB/26/0090", "QUILL", ""],
        ["3", "ABE interview plan, DC LEE, 24.03.26", "OIC", ""],
        ["4", "SARC referral 21.03.26", "OIC", ""],
        ["5", "MG21 submission of SM/1, 23.03.26", "OIC", ""],
        ["6", "Custody record COATES 25.03.26", "Custody", ""],
        ["7", "Text from Kayleigh to Stacey COATES 21.03.26 07:40 'had to go, sorry' (seen on Stacey's phone)", "OIC", ""],
        ["8", "Witness PNC checks 26.03.26", "OIC", "Copy with file"],
    ], officer="DC 1544 Craig HOLDEN", date="14.04.26", r_v="Ryan COATES"), "MG6C", head=OS)
    c.pdf("MG6D.pdf", [
        ("title", "MG6D - Police schedule of sensitive material"), ("kv", [("URN", URN)]),
        ("table", ["No.", "Description", "Reason"], [["1", "VPS 31.03.26 and complainant contact details", "Personal data"],
                                                     ["2", "ISVA referral 22.03.26", "Confidential support"]]),
    ], "MG6D", head=OS)
    c.pdf("MG12.pdf", [
        ("title", "MG12 - Exhibit list"), ("kv", [("URN", URN)]),
        ("table", ["Ref", "Description", "Producer"], [["ML/1", "VRI of Kayleigh DUNMORE 24.03.26", "DC 2260 LEE"],
                                                       ["SM/1", "Intimate swabs", "Dr MENDES"]]),
    ], "MG12", head=OS)

    mnf = [t for t in COMPLIANT_CHARGING if t not in ("rebuttable_presumption", "special_measures", "victim_care")]
    mnf += ["abe_recording", "abe_summary", "abe_plan", "early_advice", "oic_contact", "files_readable", "one_urn"]
    c.finish(out, stage="charging", exit=1,
             present_types=["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "MEDICAL", "ROTI", "PNC", "MG6C", "MG6D", "MG12"],
             must_fail=["abe_exhibited", "rebuttable_presumption", "special_measures"], must_not_fail=mnf)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for fn in (case_hollinsdale, case_calderbrook, case_kestrel, case_ashcombe, case_thornfield,
               case_brackenridge, case_fennmarsh, case_greywater, case_marrowby):
        fn(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
