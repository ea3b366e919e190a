#!/usr/bin/env python3
"""batch15: synthetic RASSO pre-charge case folders with expected outcomes.

Usage: python make_batch.py OUTDIR

Everything here is invented: people, places, forces, phone numbers (UK drama ranges) and
e-mail addresses (.example).  Deterministic: fixed seeds, fixed dates, fixed zip times.
"""
from __future__ import annotations

import io
import json
import math
import os
import random
import shutil
import struct
import sys
import wave
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc

import numpy as np
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
F_REG = os.path.join(FONT_DIR, "DejaVuSans.ttf")
F_BOLD = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
F_ITAL = os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")
F_BI = os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")
F_SERIF = os.path.join(FONT_DIR, "DejaVuSerif.ttf")
F_SERIF_B = os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")
F_MONO = os.path.join(FONT_DIR, "DejaVuSansMono.ttf")
F_MONO_B = os.path.join(FONT_DIR, "DejaVuSansMono-Bold.ttf")

ZIP_TIME = (2026, 4, 1, 9, 0, 0)


def dt(y, m, d, hh=10, mm=0):
    return datetime(y, m, d, hh, mm, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------------------------
# Document model.  A document is a dict:
#   {"blocks": [...], "head": "running head", "foot": "running foot", "pagefoot": bool,
#    "title": "...", "author": "...", "created": datetime, "serif": bool, "size": 10}
# Blocks:
#   ("title", text)            big bold centred
#   ("h", text)                section heading
#   ("p", text)                paragraph
#   ("b", text)                bold paragraph
#   ("i", text)                italic paragraph
#   ("small", text)            small print
#   ("mono", text)             monospaced lines
#   ("kv", [(label, value), ...], label_width_fraction)
#   ("table", headers, rows, width_fractions)
#   ("gap",)  ("rule",)  ("pagebreak",)
#   ("sig", label, text)       a signature line; text "" = blank line; "@scribble:Name" = drawn
# ---------------------------------------------------------------------------------------------


def normalise_zip(path):
    """Rewrite a zip (docx/xlsx/odt) with fixed member times and a stable order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ctype in items:
            if name == "docProps/core.xml":
                import re
                txt = data.decode("utf-8")
                m = re.search(r"<dcterms:created[^>]*>([^<]*)</dcterms:created>", txt)
                if m:
                    txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 lambda mm: mm.group(1) + m.group(1) + mm.group(2), txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ------------------------------------------------------------------------------------- PDF ---
class _PDF(FPDF):
    head_text = ""
    foot_text = ""
    page_numbers = True
    family = "DV"
    sig_foot = ""
    cont_head = ""
    body_size = 9.5

    def header(self):
        if self.head_text:
            self.set_font(self.family, "", 7.5)
            self.set_text_color(70, 70, 70)
            self.set_xy(self.l_margin, 7)
            for i, line in enumerate(self.head_text.split("\n")):
                self.cell(0, 3.6, line, align="C" if i == 0 else "L", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.get_y() + 2, 16))
        if self.cont_head and self.page_no() > 1:
            self.set_font(self.family, "B", 9)
            self.cell(0, 5, self.cont_head, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)
            self.set_font(self.family, "", self.body_size)

    def footer(self):
        self.set_y(-17)
        self.set_font(self.family, "", 7.5)
        self.set_text_color(70, 70, 70)
        if self.sig_foot:
            self.cell(0, 3.6, self.sig_foot, align="L", new_x="LMARGIN", new_y="NEXT")
        if self.foot_text:
            self.cell(0, 3.6, self.foot_text, align="C", new_x="LMARGIN", new_y="NEXT")
        if self.page_numbers:
            self.cell(0, 3.6, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _write_pdf_raw(path, doc):
    pdf = _PDF(format="A4", unit="mm")
    fam = "DV"
    pdf.add_font(fam, "", F_SERIF if doc.get("serif") else F_REG)
    pdf.add_font(fam, "B", F_SERIF_B if doc.get("serif") else F_BOLD)
    pdf.add_font(fam, "I", F_ITAL)
    pdf.add_font(fam, "BI", F_BI)
    pdf.add_font("MONO", "", F_MONO)
    pdf.add_font("MONO", "B", F_MONO_B)
    pdf.family = fam
    pdf.head_text = doc.get("head", "")
    pdf.foot_text = doc.get("foot", "")
    pdf.page_numbers = doc.get("pagefoot", True)
    pdf.sig_foot = doc.get("sigfoot", "")
    pdf.cont_head = doc.get("cont_head", "")
    pdf.body_size = doc.get("size", 9.5)
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creation_date(doc.get("created", dt(2026, 3, 1)))
    pdf.set_title(doc.get("title", ""))
    pdf.set_author(doc.get("author", ""))
    pdf.set_creator(doc.get("creator", "Microsoft Word"))
    pdf.set_producer(doc.get("producer", "fpdf2"))
    pdf.add_page()
    size = doc.get("size", 9.5)
    lh = size * 0.5
    pdf.set_font(fam, "", size)
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "title":
            pdf.set_font(fam, "B", size + 4)
            pdf.multi_cell(0, lh + 2.5, blk[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            pdf.set_font(fam, "", size)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", size + 1)
            pdf.multi_cell(0, lh + 1, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", size)
            pdf.ln(0.5)
        elif kind in ("p", "b", "i", "small"):
            style = {"p": "", "b": "B", "i": "I", "small": ""}[kind]
            sz = size - 1.5 if kind == "small" else size
            pdf.set_font(fam, style, sz)
            pdf.multi_cell(0, lh, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
            pdf.set_font(fam, "", size)
        elif kind == "mono":
            pdf.set_font("MONO", "", size - 1.5)
            pdf.multi_cell(0, lh - 0.4, blk[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            pdf.set_font(fam, "", size)
        elif kind == "kv":
            rows, frac = blk[1], (blk[2] if len(blk) > 2 else 0.32)
            with pdf.table(col_widths=(frac, 1 - frac), first_row_as_headings=False,
                           text_align="LEFT", line_height=lh, width=pdf.epw,
                           padding=1.2) as t:
                for k, v in rows:
                    r = t.row()
                    r.cell(k, style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)))
                    r.cell(v)
            pdf.ln(2)
        elif kind == "table":
            headers, rows = blk[1], blk[2]
            fr = blk[3] if len(blk) > 3 else None
            pdf.set_font(fam, "", size - 1)
            with pdf.table(col_widths=fr, text_align="LEFT", line_height=lh - 0.3,
                           width=pdf.epw, padding=1,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220))) as t:
                r = t.row()
                for h in headers:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.set_font(fam, "", size)
            pdf.ln(2)
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(3)
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "sig":
            label, text = blk[1], blk[2]
            pdf.set_font(fam, "B", size)
            pdf.cell(pdf.get_string_width(label) + 2, lh + 1, label)
            pdf.set_font(fam, "", size)
            if text.startswith("@scribble:"):
                text = "[signed] " + text.split(":", 1)[1]
            pdf.cell(0, lh + 1, text if text else "." * 60, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            raise ValueError(kind)
    pdf.output(path)


# ------------------------------------------------------------------------------------ DOCX ---
def write_docx(path, doc):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.get("font", "Arial")
    st.font.size = Pt(doc.get("size", 10.5))
    sec = d.sections[0]
    if doc.get("head"):
        hp = sec.header.paragraphs[0]
        hp.text = doc["head"]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = doc.get("foot", "")
    if doc.get("sigfoot"):
        foot = doc["sigfoot"] + ("\n" + foot if foot else "")
    if foot:
        fp = sec.footer.paragraphs[0]
        fp.text = foot
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.font.size = Pt(14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            d.add_heading(blk[1], level=2)
        elif kind in ("p", "b", "i", "small"):
            for para in blk[1].split("\n\n"):
                p = d.add_paragraph()
                r = p.add_run(para)
                r.bold = kind == "b"
                r.italic = kind == "i"
                if kind == "small":
                    r.font.size = Pt(8)
        elif kind == "mono":
            p = d.add_paragraph()
            r = p.add_run(blk[1])
            r.font.name = "Courier New"
            r.font.size = Pt(8.5)
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in blk[1]:
                c = t.add_row().cells
                c[0].text = ""
                c[0].paragraphs[0].add_run(k).bold = True
                c[1].text = v
            d.add_paragraph()
        elif kind == "table":
            headers, rows = blk[1], blk[2]
            t = d.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                t.rows[0].cells[i].text = ""
                t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
            for row in rows:
                c = t.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = str(v)
            d.add_paragraph()
        elif kind == "gap":
            d.add_paragraph()
        elif kind == "rule":
            d.add_paragraph("_" * 60)
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "sig":
            label, text = blk[1], blk[2]
            if text.startswith("@scribble:"):
                text = "[signed] " + text.split(":", 1)[1]
            p = d.add_paragraph()
            p.add_run(label + " ").bold = True
            p.add_run(text if text else "." * 50)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = doc.get("author", "")
    cp.last_modified_by = doc.get("author", "")
    cp.title = doc.get("title", "")
    cp.created = doc.get("created", dt(2026, 3, 1)).replace(tzinfo=None)
    cp.modified = doc.get("created", dt(2026, 3, 1)).replace(tzinfo=None)
    cp.revision = 3
    d.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------------------------- ODT ---
def write_odt(path, doc):
    T = []
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "title":
            T.append(f'<text:h text:style-name="Title" text:outline-level="1">{xesc(blk[1])}</text:h>')
        elif kind == "h":
            T.append(f'<text:h text:style-name="H2" text:outline-level="2">{xesc(blk[1])}</text:h>')
        elif kind in ("p", "b", "i", "small", "mono"):
            sty = {"p": "P", "b": "PB", "i": "PI", "small": "PS", "mono": "PM"}[kind]
            for para in blk[1].split("\n"):
                T.append(f'<text:p text:style-name="{sty}">{xesc(para)}</text:p>')
        elif kind in ("kv", "table"):
            if kind == "kv":
                headers, rows = None, [list(x) for x in blk[1]]
                ncol = 2
            else:
                headers, rows = blk[1], blk[2]
                ncol = len(headers)
            T.append(f'<table:table table:name="T{len(T)}" table:style-name="Tbl">'
                     f'<table:table-column table:number-columns-repeated="{ncol}"/>')
            if headers:
                T.append("<table:table-header-rows><table:table-row>")
                for h in headers:
                    T.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                             f'<text:p text:style-name="PB">{xesc(h)}</text:p></table:table-cell>')
                T.append("</table:table-row></table:table-header-rows>")
            for row in rows:
                T.append("<table:table-row>")
                for j, c in enumerate(row):
                    sty = "PB" if (kind == "kv" and j == 0) else "P"
                    T.append(f'<table:table-cell table:style-name="Cell" office:value-type="string">'
                             f'<text:p text:style-name="{sty}">{xesc(str(c))}</text:p></table:table-cell>')
                T.append("</table:table-row>")
            T.append("</table:table>")
        elif kind == "gap":
            T.append('<text:p text:style-name="P"/>')
        elif kind == "rule":
            T.append('<text:p text:style-name="P">' + "_" * 60 + "</text:p>")
        elif kind == "pagebreak":
            T.append('<text:p text:style-name="Break"/>')
        elif kind == "sig":
            label, text = blk[1], blk[2]
            if text.startswith("@scribble:"):
                text = "[signed] " + text.split(":", 1)[1]
            T.append(f'<text:p text:style-name="P"><text:span text:style-name="Bold">{xesc(label)}</text:span> '
                     f'{xesc(text if text else "." * 50)}</text:p>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    auto = ('<office:automatic-styles>'
            '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="H2" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="10pt"/></style:style>'
            '<style:style style:name="PB" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="PI" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-style="italic"/></style:style>'
            '<style:style style:name="PS" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>'
            '<style:style style:name="PM" style:family="paragraph"><style:text-properties style:font-name="DejaVu Sans Mono" fo:font-size="8.5pt"/></style:style>'
            '<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>'
            '<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>'
            '</office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f'{auto}<office:body><office:text>{"".join(T)}</office:text></office:body></office:document-content>')
    hf = ""
    if doc.get("head") or doc.get("foot"):
        hf = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'<style:header><text:p>{xesc(doc.get("head", ""))}</text:p></style:header>'
              f'<style:footer><text:p>{xesc(doc.get("foot", ""))}</text:p></style:footer>'
              '</style:master-page></office:master-styles>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ns} office:version="1.2">'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2cm"/></style:page-layout></office:automatic-styles>'
              f'{hf}</office:document-styles>')
    created = doc.get("created", dt(2026, 3, 1)).strftime("%Y-%m-%dT%H:%M:%S")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.2"><office:meta>'
            f'<meta:generator>LibreOffice/7.3</meta:generator><dc:title>{xesc(doc.get("title", ""))}</dc:title>'
            f'<meta:initial-creator>{xesc(doc.get("author", ""))}</meta:initial-creator>'
            f'<meta:creation-date>{created}</meta:creation-date><dc:date>{created}</dc:date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.text"),
                           ("META-INF/manifest.xml", manifest), ("content.xml", content),
                           ("styles.xml", styles), ("meta.xml", meta)):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ------------------------------------------------------------------------------------- RTF ---
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)


def write_rtf(path, doc):
    o = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}",
         r"{\info{\title " + _rtf_esc(doc.get("title", "")) + r"}{\author " + _rtf_esc(doc.get("author", "")) + "}"
         + doc.get("created", dt(2026, 3, 1)).strftime(r"{\creatim\yr%Y\mo%m\dy%d\hr%H\min%M}") + "}",
         r"\paperw11906\paperh16838\margl1134\margr1134\margt1134\margb1134\fs20"]
    if doc.get("head"):
        o.append(r"{\header\pard\qc\fs16 " + _rtf_esc(doc["head"]) + r"\par}")
    if doc.get("foot"):
        o.append(r"{\footer\pard\qc\fs16 " + _rtf_esc(doc["foot"]) + r"\par}")
    tw = 9638
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "title":
            o.append(r"\pard\qc\b\fs28 " + _rtf_esc(blk[1]) + r"\b0\fs20\par\pard")
        elif kind == "h":
            o.append(r"\pard\sb120\b\fs22 " + _rtf_esc(blk[1]) + r"\b0\fs20\par")
        elif kind in ("p", "b", "i", "small", "mono"):
            pre = {"p": "", "b": r"\b ", "i": r"\i ", "small": r"\fs16 ", "mono": r"\f1\fs17 "}[kind]
            post = {"p": "", "b": r"\b0", "i": r"\i0", "small": r"\fs20", "mono": r"\f0\fs20"}[kind]
            for para in blk[1].split("\n\n"):
                o.append(r"\pard\sa100 " + pre + _rtf_esc(para) + post + r"\par")
        elif kind in ("kv", "table"):
            if kind == "kv":
                headers, rows = None, [list(x) for x in blk[1]]
                fr = [0.32, 0.68]
            else:
                headers, rows = blk[1], blk[2]
                fr = blk[3] if len(blk) > 3 else [1 / len(headers)] * len(headers)
            allrows = ([("H", headers)] if headers else []) + [("R", r) for r in rows]
            for typ, row in allrows:
                s = r"\trowd\trgaph60"
                if typ == "H":
                    s += r"\trhdr"
                acc = 0
                for f in fr:
                    acc += int(tw * f)
                    s += r"\clbrdrt\brdrs\clbrdrl\brdrs\clbrdrb\brdrs\clbrdrr\brdrs\cellx" + str(acc)
                o.append(s)
                cells = []
                for j, c in enumerate(row):
                    bold = typ == "H" or (kind == "kv" and j == 0)
                    cells.append(r"\pard\intbl " + (r"\b " if bold else "") + _rtf_esc(str(c)) + (r"\b0" if bold else "") + r"\cell")
                o.append(" ".join(cells) + r"\row")
            o.append(r"\pard\par")
        elif kind == "gap":
            o.append(r"\pard\par")
        elif kind == "rule":
            o.append(r"\pard\brdrb\brdrs\par\pard")
        elif kind == "pagebreak":
            o.append(r"\page")
        elif kind == "sig":
            label, text = blk[1], blk[2]
            if text.startswith("@scribble:"):
                text = "[signed] " + text.split(":", 1)[1]
            o.append(r"\pard\sa100\b " + _rtf_esc(label) + r"\b0  " + _rtf_esc(text if text else "." * 50) + r"\par")
    o.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(o))


# -------------------------------------------------------------------------------- XLSX -------
def write_xlsx(path, sheets, author="", created=None, title=""):
    """sheets: list of (sheet_name, preamble_lines, headers, rows, widths)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for name, pre, headers, rows, widths in sheets:
        ws = wb.create_sheet(name)
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line).font = Font(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        r += 1
        for j, h in enumerate(headers, 1):
            c = ws.cell(row=r, column=j, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for row in rows:
            r += 1
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for j, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + j)].width = w
        ws.print_title_rows = f"{len(pre) + 2}:{len(pre) + 2}"
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    c = (created or dt(2026, 3, 1)).replace(tzinfo=None)
    wb.properties.created = c
    wb.properties.modified = c
    wb.save(path)
    normalise_zip(path)


# ------------------------------------------------------------------------------ page images ---
PX_W, PX_H = 1654, 2339  # A4 at 200 dpi
_font_cache = {}


def _font(path, size):
    k = (path, size)
    if k not in _font_cache:
        _font_cache[k] = ImageFont.truetype(path, size)
    return _font_cache[k]


def _wrap(text, font, width):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if font.getlength(t) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def scribble(draw, x, y, name, rng, w=260, h=55):
    """A hand signature: a squiggle whose shape depends on the name, in blue-black ink."""
    r = random.Random("sig:" + name)
    ink = (20, 30, 90)
    freq = r.uniform(1.1, 2.6)
    amp = r.uniform(0.25, 0.45)
    n = 18 + len(name)
    pts = []
    for i in range(n):
        px = x + w * (i / (n - 1)) ** r.uniform(0.85, 1.15)
        py = y + h / 2 + math.sin(i * freq + r.random()) * h * amp + r.uniform(-5, 5) + rng.uniform(-1, 1)
        pts.append((px, py))
    draw.line(pts, fill=ink, width=3, joint="curve")
    lx = x + r.uniform(0, 40)
    draw.ellipse((lx, y + r.uniform(0, 12), lx + r.uniform(30, 55), y + h - r.uniform(0, 12)), outline=ink, width=3)
    if r.random() < 0.7:
        draw.line((x + r.uniform(10, 40), y + h - r.uniform(2, 10), x + w * r.uniform(0.6, 1.0),
                   y + h - r.uniform(5, 18)), fill=ink, width=2)
    if r.random() < 0.5:
        cx = x + w * r.uniform(0.3, 0.7)
        draw.arc((cx, y - 8, cx + 40, y + h * 0.6), r.uniform(150, 200), r.uniform(330, 400), fill=ink, width=3)


def render_pages(doc, rng, handwriting=False):
    """Lay the blocks out on A4 page images (RGB, 200 dpi)."""
    PW, PH = doc.get("page_px", (PX_W, PX_H))
    M = doc.get("margin_px", 130)
    W = PW - 2 * M
    base = doc.get("px_font", 29)
    fr = _font(F_SERIF if doc.get("serif") else F_REG, base)
    fb = _font(F_SERIF_B if doc.get("serif") else F_BOLD, base)
    fi = _font(F_ITAL, base)
    fs = _font(F_REG, base - 6)
    fm = _font(F_MONO, base - 5)
    ft = _font(F_BOLD, base + 10)
    fh = _font(F_REG, 22)
    pages = []
    state = {"img": None, "d": None, "y": 0}

    def new_page():
        img = Image.new("RGB", (PW, PH), doc.get("paper", (255, 255, 255)))
        d = ImageDraw.Draw(img)
        if doc.get("ruled"):
            step = int(base * 1.35)
            for yy_ in range(140, PH - 60, step):
                d.line((30, yy_ + base + 4, PW - 30, yy_ + base + 4), fill=(170, 195, 225), width=2)
            d.line((M - 25, 0, M - 25, PH), fill=(225, 150, 150), width=2)
        if doc.get("head"):
            yy = 60
            for line in doc["head"].split("\n"):
                d.text((PW / 2, yy), line, font=fh, fill=(60, 60, 60), anchor="ma")
                yy += 28
        state.update(img=img, d=d, y=max(150, 60 + 28 * len(doc.get("head", "").split("\n")) + 40))
        if pages and doc.get("cont_head"):
            d.text((M, state["y"]), doc["cont_head"], font=fb, fill=(0, 0, 0))
            state["y"] += 60
        pages.append(img)

    def need(h):
        if state["y"] + h > PH - 190:
            new_page()

    def text_lines(text, font, indent=0, lh=None, fill=(0, 0, 0)):
        lh = lh or int(font.size * 1.35)
        for line in _wrap(text, font, W - indent):
            need(lh)
            state["d"].text((M + indent, state["y"]), line, font=font, fill=fill)
            state["y"] += lh

    def grid(rows, fracs, bold_first_col=False, header=None):
        pad = 8
        widths = [int(W * f) for f in fracs]

        def row_h(cells, fonts):
            hs = []
            for c, w, f in zip(cells, widths, fonts):
                hs.append(len(_wrap(str(c), f, w - 2 * pad)) * int(f.size * 1.3) + 2 * pad)
            return max(hs)

        def draw_row(cells, fonts, shade=False):
            h = row_h(cells, fonts)
            if state["y"] + h > PH - 190:
                new_page()
                if header:
                    draw_row(header, [fb] * len(header), True)
            x = M
            y = state["y"]
            for c, w, f in zip(cells, widths, fonts):
                if shade:
                    state["d"].rectangle((x, y, x + w, y + h), fill=(225, 225, 225))
                state["d"].rectangle((x, y, x + w, y + h), outline=(0, 0, 0), width=2)
                yy = y + pad
                for line in _wrap(str(c), f, w - 2 * pad):
                    state["d"].text((x + pad, yy), line, font=f, fill=(0, 0, 0))
                    yy += int(f.size * 1.3)
                x += w
            state["y"] += h

        if header:
            draw_row(header, [fb] * len(header), True)
        for r in rows:
            fonts = [fb if (bold_first_col and j == 0) else fr for j in range(len(r))]
            draw_row(r, fonts)
        state["y"] += 18

    new_page()
    for blk in doc["blocks"]:
        k = blk[0]
        if k == "title":
            need(70)
            state["d"].text((PW / 2, state["y"]), blk[1], font=ft, fill=(0, 0, 0), anchor="ma")
            state["y"] += 70
        elif k == "h":
            state["y"] += 12
            text_lines(blk[1], fb)
            state["y"] += 4
        elif k == "p":
            text_lines(blk[1], fr)
            state["y"] += 14
        elif k == "b":
            text_lines(blk[1], fb)
            state["y"] += 14
        elif k == "i":
            text_lines(blk[1], fi)
            state["y"] += 14
        elif k == "small":
            text_lines(blk[1], fs)
            state["y"] += 10
        elif k == "mono":
            text_lines(blk[1], fm)
            state["y"] += 10
        elif k == "kv":
            frac = blk[2] if len(blk) > 2 else 0.32
            grid([list(x) for x in blk[1]], [frac, 1 - frac], bold_first_col=True)
        elif k == "table":
            fr_ = blk[3] if len(blk) > 3 else [1 / len(blk[1])] * len(blk[1])
            grid(blk[2], fr_, header=blk[1])
        elif k == "gap":
            state["y"] += 40
        elif k == "rule":
            need(20)
            state["d"].line((M, state["y"] + 8, PW - M, state["y"] + 8), fill=(0, 0, 0), width=2)
            state["y"] += 24
        elif k == "pagebreak":
            new_page()
        elif k == "sig":
            label, text = blk[1], blk[2]
            need(80)
            state["d"].text((M, state["y"] + 20), label, font=fb, fill=(0, 0, 0))
            x0 = M + int(fb.getlength(label)) + 20
            if text.startswith("@scribble:"):
                scribble(state["d"], x0, state["y"], text.split(":", 1)[1], rng)
            elif text:
                state["d"].text((x0, state["y"] + 20), text, font=fr, fill=(0, 0, 0))
            else:
                state["d"].text((x0, state["y"] + 20), "." * 50, font=fr, fill=(0, 0, 0))
            state["y"] += 80
    # footers
    n = len(pages)
    for i, img in enumerate(pages, 1):
        d = ImageDraw.Draw(img)
        yy = PH - 150
        if doc.get("sigfoot_img"):
            d.text((M, yy), doc["sigfoot_img"], font=fh, fill=(40, 40, 40))
            x0 = M + int(fh.getlength(doc["sigfoot_img"])) + 15
            if doc.get("sigfoot_scribble"):
                scribble(d, x0, yy - 25, doc["sigfoot_scribble"], rng, w=200, h=45)
            yy += 45
        if doc.get("foot"):
            d.text((PW / 2, yy), doc["foot"], font=fh, fill=(60, 60, 60), anchor="ma")
        if doc.get("pagefoot", True):
            d.text((PW - M, yy + 30), f"Page {i} of {n}", font=fh, fill=(60, 60, 60), anchor="ra")
    return pages


def scan_effect(img, rng, angle):
    """Make a page look scanned: slight rotation, grey, a little noise."""
    g = img.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(g).astype(np.int16)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr * 0.93 + 8
    specks = nr.random(arr.shape) < 0.0004
    arr[specks] = 90
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.4))


def write_scanned_pdf(path, doc, rng, created):
    """An image-only PDF: no text layer, only page pictures at 200 dpi."""
    pages = render_pages_auto(doc, rng) if doc.get("decl") else render_pages(doc, rng)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(created)
    pdf.set_creator("RICOH MP C3004 Scan to Folder")
    pdf.set_producer("RICOH MP C3004")
    pdf.set_auto_page_break(False)
    for i, p in enumerate(pages):
        s = scan_effect(p, rng, rng.uniform(-0.7, 0.7))
        buf = io.BytesIO()
        s.save(buf, "JPEG", quality=60, optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(path)


def write_photo_jpeg(path, page_img, rng, angle=2.5):
    """A phone photo of a paper page on a desk: skewed, rotated, uneven light, JPEG."""
    W0, H0 = 1500, 2000
    sc = min(1240 / page_img.width, 1754 / page_img.height)
    page = page_img.resize((int(page_img.width * sc), int(page_img.height * sc)), Image.LANCZOS)
    bg = np.zeros((H0, W0, 3), dtype=np.float32)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H0, 0:W0]
    wood = 0.5 + 0.5 * np.sin(xx / 37.0 + np.sin(yy / 210.0) * 3)
    bg[..., 0] = 120 + 30 * wood
    bg[..., 1] = 88 + 22 * wood
    bg[..., 2] = 60 + 14 * wood
    bg += nr.normal(0, 4, bg.shape)
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    pg = page.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    ox, oy = (W0 - pg.width) // 2, (H0 - pg.height) // 2
    shadow = Image.new("RGBA", pg.size, (0, 0, 0, 0))
    sd = pg.split()[3].point(lambda a: 90 if a > 0 else 0)
    shadow.putalpha(sd)
    canvas.paste((30, 20, 10), (ox + 14, oy + 18), sd.filter(ImageFilter.GaussianBlur(8)))
    canvas.paste(pg, (ox, oy), pg)
    # perspective skew: top slightly narrower than bottom
    s = 28
    coeffs = _persp_coeffs([(0, 0), (W0, 0), (W0, H0), (0, H0)],
                           [(-s, 0), (W0 + s, 0), (W0 - s // 3, H0), (s // 3, H0)])
    canvas = canvas.transform((W0, H0), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    arr = np.asarray(canvas).astype(np.float32)
    light = 1.02 - 0.16 * ((xx / W0 - 0.25) ** 2 + (yy / H0 - 0.2) ** 2)
    arr *= light[..., None]
    arr[..., 2] *= 0.96
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    canvas = canvas.crop((40, 30, W0 - 40, H0 - 30)).filter(ImageFilter.GaussianBlur(0.6))
    canvas.save(path, "JPEG", quality=82)


def _persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return list(np.linalg.solve(np.array(A, float), np.array(B, float)))


# ----------------------------------------------------------------------------- video/audio ---
def _rgb_to_yuv420p(rgb):
    """BT.601 limited-range conversion done in numpy, so no swscale path (and its SIMD rounding) is used."""
    r, g, b = [rgb[..., k].astype(np.float64) for k in range(3)]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    planes = [np.clip(np.rint(p), 0, 255).astype(np.uint8) for p in (y, u, v)]
    return np.concatenate([planes[0].ravel(), planes[1].ravel(), planes[2].ravel()]).reshape(h * 3 // 2, w)


def write_video(path, title, lines, seconds=3, rng=None, cctv=False, comment="", when=None):
    import av
    fps = 12
    w, h = 320, 240
    cont = av.open(path, "w", format="mp4")
    cont.metadata["title"] = title
    cont.metadata["comment"] = comment
    if when:
        cont.metadata["creation_time"] = when.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    # MPEG-4 Part 2 (ffmpeg's own encoder): plays everywhere and, unlike libx264 here, gives the same
    # bytes on every run.
    vs = cont.add_stream("mpeg4", rate=fps, options={"qscale": "6"})
    vs.codec_context.thread_count = 1
    vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
    sr = 16000
    aus = cont.add_stream("aac", rate=sr)
    aus.layout = "mono"
    f_small = _font(F_MONO, 11)
    f_big = _font(F_BOLD, 14)
    nr = np.random.default_rng(rng.randrange(1 << 30) if rng else 1)
    base = Image.new("RGB", (w, h), (40, 44, 52) if not cctv else (70, 72, 70))
    bd = ImageDraw.Draw(base)
    if cctv:
        bd.rectangle((0, 150, w, h), fill=(95, 95, 90))
        bd.rectangle((200, 40, 300, 150), fill=(110, 80, 60))
        bd.rectangle((230, 80, 260, 150), fill=(50, 40, 30))
    else:
        bd.rectangle((20, 60, 140, 200), fill=(120, 120, 150))
        bd.rectangle((180, 60, 300, 200), fill=(110, 130, 120))
        bd.ellipse((55, 70, 105, 120), fill=(200, 170, 150))
        bd.ellipse((215, 70, 265, 120), fill=(190, 160, 140))
    total = seconds * fps
    for i in range(total):
        img = base.copy()
        d = ImageDraw.Draw(img)
        if cctv:
            x = 20 + i * 5
            d.rectangle((x, 95, x + 18, 150), fill=(30, 30, 35))
            d.ellipse((x + 2, 80, x + 16, 96), fill=(180, 150, 130))
        for j, ln in enumerate(lines):
            d.text((6, 4 + j * 13), ln, font=f_small, fill=(255, 255, 255))
        d.text((6, h - 18), f"{title[:28]}  +{i / fps:05.2f}s", font=f_small, fill=(255, 255, 0))
        arr = np.asarray(img).astype(np.int16) + nr.integers(-4, 5, (h, w, 3))
        frame = av.VideoFrame.from_ndarray(_rgb_to_yuv420p(np.clip(arr, 0, 255)), format="yuv420p")
        frame.pts = i
        for p in vs.encode(frame):
            cont.mux(p)
    for p in vs.encode():
        cont.mux(p)
    # audio: room tone with a murmur (speech-like amplitude modulation)
    n = seconds * sr
    t = np.arange(n) / sr
    sig = 0.02 * nr.standard_normal(n) + 0.08 * np.sin(2 * np.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t)) ** 2
    sig = sig.astype(np.float32)
    fs_ = 1024
    pts = 0
    for k in range(0, n, fs_):
        chunk = sig[k:k + fs_]
        if len(chunk) < fs_:
            chunk = np.pad(chunk, (0, fs_ - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = sr
        af.pts = pts
        pts += fs_
        for p in aus.encode(af):
            cont.mux(p)
    for p in aus.encode():
        cont.mux(p)
    cont.close()


def write_wav(path, seconds, rng):
    sr = 8000
    nr = np.random.default_rng(rng.randrange(1 << 30))
    n = seconds * sr
    t = np.arange(n) / sr
    sig = 0.03 * nr.standard_normal(n)
    # two ring tones then speech-like murmur
    ring = (t < 1.2) & ((t % 0.6) < 0.4)
    sig += ring * 0.3 * (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) / 2
    speech = t >= 1.4
    sig += speech * 0.2 * np.sin(2 * np.pi * 210 * t + 3 * np.sin(2 * np.pi * 4 * t)) * (0.4 + 0.6 * np.abs(np.sin(2 * np.pi * 2.3 * t)))
    pcm = (np.clip(sig, -1, 1) * 32000).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def write_eml(path, frm, to, subject, date, body, msgid, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["X-Classification"] = "OFFICIAL-SENSITIVE"
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(bytes(m))


# ------------------------------------------------------------------------------ dispatcher ---
def emit(folder, name, doc, fmt, rng):
    """Write one document in the given format into folder/name."""
    p = os.path.join(folder, name)
    if fmt == "pdf":
        write_pdf(p, doc)
    elif fmt == "docx":
        write_docx(p, doc)
    elif fmt == "odt":
        write_odt(p, doc)
    elif fmt == "rtf":
        write_rtf(p, doc)
    elif fmt == "scan":
        write_scanned_pdf(p, doc, rng, doc.get("created", dt(2026, 3, 1)))
    elif fmt == "photo":
        pages = render_pages_auto(doc, rng) if doc.get("decl") else render_pages(doc, rng)
        stem, ext = os.path.splitext(name)
        names = doc.get("photo_names") or [name]
        for i, pg in enumerate(pages):
            nm = names[i] if i < len(names) else f"{stem}_{i + 1}{ext}"
            write_photo_jpeg(os.path.join(folder, nm), pg, rng, angle=rng.choice([-2.6, -1.8, 1.9, 2.7]))
    else:
        raise ValueError(fmt)


# =============================================================================================
# Form builders shared by the cases (each force writes them a little differently)
# =============================================================================================
DECL = {
    "std": ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my "
            "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
            "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
            "do not believe to be true."),
    "alt": ("I declare that this statement, of {n} pages each signed by me, is true to the best of my "
            "knowledge and belief, and that I make it knowing that if it is tendered in evidence I shall be "
            "liable to prosecution if I have wilfully stated in it anything which I know to be false or do "
            "not believe to be true."),
}


def mg11_doc(*, urn, name, occupation, date, body, sig, age="Over 18", style="classic", decl="std",
             npages=None, witnessed="", head=None, foot=None, created=None, rear=None, title_extra=None,
             force="", stmt_no=None, date_text=None, place=None):
    """A witness statement (MG11) as blocks.  body: list of paragraphs (strings)."""
    words = sum(len(p.split()) for p in body)
    n = npages or max(1, math.ceil((words + 260) / 700))
    dec = DECL[decl].format(n=n)
    dtext = date if date_text is None else date_text
    blocks = []
    if style == "classic":
        blocks += [("title", "WITNESS STATEMENT"),
                   ("small", "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; "
                             "Magistrates' Courts Act 1980, s.5B"),
                   ("kv", [("URN", urn)], 0.2),
                   ("kv", [("Statement of:", name), ("Age if under 18:", age), ("Occupation:", occupation)], 0.3),
                   ("p", dec),
                   ("sig", "Signature:", sig), ("sig", "Date:", dtext),
                   ("small", "Tick if witness evidence is visually recorded [  ]  (supply witness details on rear)")]
    elif style == "niche":
        blocks += [("b", f"{force} - Record Management System - Statement export"),
                   ("title", "MG11  WITNESS STATEMENT"),
                   ("kv", [("URN", urn), ("Statement no.", stmt_no or "S1"), ("Statement of", name),
                           ("Age", age), ("Occupation", occupation),
                           ("Place statement taken", place or "not recorded")], 0.3),
                   ("i", dec),
                   ("sig", "Signed:", sig), ("sig", "Dated:", dtext)]
    elif style == "boxes":
        parts = [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]
        blocks += [("small", "MG 11"),
                   ("title", "WITNESS STATEMENT"),
                   ("small", "(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2025, Part 16)"),
                   ("table", ["URN", "", "", ""], [parts], [0.25, 0.25, 0.25, 0.25]),
                   ("kv", [("Statement of", name), ("Age if under 18", age), ("Occupation", occupation)], 0.3),
                   ("p", dec),
                   ("sig", "Signature", sig), ("sig", "Date", dtext)]
    if title_extra:
        blocks.append(("small", title_extra))
    blocks.append(("rule",))
    for para in body:
        if para.startswith("##"):
            blocks.append(("h", para[2:].strip()))
        else:
            blocks.append(("p", para))
    blocks.append(("gap",))
    blocks.append(("sig", "Signature:", sig))
    blocks.append(("sig", "Signature witnessed by:", witnessed))
    if rear:
        blocks.append(("pagebreak",))
        blocks.append(("b", "Witness contact details (rear of MG11) - NOT FOR DISCLOSURE"))
        blocks.append(("kv", rear, 0.42))
    sigtext = sig if not sig.startswith("@scribble") else ""
    d = {"blocks": blocks, "head": head if head is not None else "OFFICIAL-SENSITIVE (when complete)",
         "foot": foot if foot is not None else f"MG11   URN {urn}",
         "sigfoot": f"Signature: {sigtext if sigtext else '....................'}     "
                    f"Signature witnessed by: {witnessed if witnessed and not witnessed.startswith('@') else '....................'}",
         "title": f"MG11 {name}", "author": "", "created": created or dt(2026, 3, 1)}
    d["decl"] = {"template": DECL[decl], "n": n, "rear": 1 if rear else 0, "fixed": npages is not None}
    if sig.startswith("@scribble"):
        d["sigfoot_img"] = "Signature:"
        d["sigfoot_scribble"] = sig.split(":", 1)[1]
        d["sigfoot"] = ""
    return d


def set_decl_pages(doc, n):
    """Replace the page count in an MG11 declaration."""
    info = doc["decl"]
    old = info["template"].format(n=info["n"])
    new = info["template"].format(n=n)
    doc["blocks"] = [(b[0], new) + tuple(b[2:]) if len(b) > 1 and b[1] == old else b for b in doc["blocks"]]
    info["n"] = n


def write_pdf(path, doc):
    """Write a text PDF; for an MG11 make the declaration's page count match the pages produced."""
    _write_pdf_raw(path, doc)
    info = doc.get("decl")
    if info and not info["fixed"]:
        from pypdf import PdfReader
        real = len(PdfReader(path).pages) - info["rear"]
        if real != info["n"]:
            set_decl_pages(doc, real)
            _write_pdf_raw(path, doc)


def render_pages_auto(doc, rng):
    state = rng.getstate()
    pages = render_pages(doc, rng)
    info = doc.get("decl")
    if info and not info["fixed"]:
        real = len(pages) - info["rear"]
        if real != info["n"]:
            set_decl_pages(doc, real)
            rng.setstate(state)
            pages = render_pages(doc, rng)
    return pages


def pnb_doc(title, paras, sigs, foot_small, a4=False):
    """A pocket-notebook page: ruled, serif, small page unless a4 (photocopy)."""
    blocks = [("b", title)] + [("p", p) for p in paras] + [("sig", a, b) for a, b in sigs]
    if foot_small:
        blocks.append(("small", foot_small))
    d = {"head": "", "pagefoot": False, "serif": True, "blocks": blocks}
    if not a4:
        d.update({"page_px": (1000, 1500), "px_font": 31, "margin_px": 90, "ruled": True, "paper": (250, 248, 238)})
    return d


def pnc_doc(*, urn, surname, forenames, dob, pnc_id, cro, convictions, head, created, operator,
            summary_line=None, layout="print", extra=None):
    """A PNC print.  convictions: list of (date, court, offence, disposal) or [] (no trace)."""
    blocks = []
    if layout == "print":
        blocks += [("mono",
                    f"PNC PRINT  -  PHOENIX  SUBJECT ENQUIRY                       {created.strftime('%d/%m/%Y %H:%M')}\n"
                    f"REQUESTED BY: {operator}\n"
                    f"REASON: PRE-CHARGE FILE  URN {urn}\n"
                    "-------------------------------------------------------------------------"),
                   ("kv", [("Name", f"{surname.upper()}, {forenames}"), ("Date of birth", dob),
                           ("PNC ID", pnc_id), ("CRO No.", cro or "none")], 0.28)]
    else:
        blocks += [("title", "Previous convictions and cautions"),
                   ("kv", [("URN", urn), ("Subject", f"{forenames} {surname.upper()}"), ("DOB", dob),
                           ("PNCID", pnc_id)], 0.28)]
    if convictions:
        blocks.append(("b", summary_line or f"{len(convictions)} conviction(s) recorded"))
        blocks.append(("table", ["Date", "Court", "Offence", "Disposal"],
                       [list(c) for c in convictions], [0.15, 0.25, 0.35, 0.25]))
    else:
        blocks.append(("b", summary_line or "NO TRACE - no convictions, cautions, reprimands, warnings or "
                                            "penalty notices are recorded against this subject."))
    if extra:
        blocks.append(("p", extra))
    blocks.append(("small", "PNC information is for the prosecutor. Check for updates before any hearing."))
    return {"blocks": blocks, "head": head, "foot": f"URN {urn}", "title": f"PNC {surname}",
            "created": created, "author": operator}


def witness_pnc_doc(*, urn, rows, head, created, operator, note=""):
    blocks = [("title", "Prosecution witnesses - PNC and local checks"),
              ("kv", [("URN", urn), ("Checked by", operator), ("Date of check", created.strftime("%d/%m/%Y"))], 0.28),
              ("p", "Civilian prosecution witnesses have been checked on PNC and on local systems for "
                    "convictions, cautions and other matters that may affect credibility. Results:"),
              ("table", ["Witness", "DOB", "PNC result", "Local systems"], rows, [0.27, 0.15, 0.33, 0.25])]
    if note:
        blocks.append(("p", note))
    return {"blocks": blocks, "head": head, "foot": f"URN {urn}", "title": "Witness PNC checks",
            "created": created, "author": operator}


def incident_log_doc(*, urn, system, inc_no, opened, rows, head, created, summary_kv):
    blocks = [("title", f"{system} - Incident log {inc_no}"),
              ("kv", summary_kv + [("Linked URN", urn)], 0.28),
              ("table", ["Time", "Operator", "Entry"], rows, [0.13, 0.17, 0.70])]
    return {"blocks": blocks, "head": head, "foot": f"{system} incident {inc_no} - printed for file {urn}",
            "title": f"Incident {inc_no}", "created": created, "author": system}


def mg12_doc(*, urn, rows, head, created, officer, title="EXHIBIT LIST"):
    blocks = [("small", "MG 12"), ("title", title),
              ("kv", [("URN", urn), ("Compiled by", officer)], 0.25),
              ("table", ["Exhibit ref", "Description", "Produced by", "Current location"], rows,
               [0.14, 0.46, 0.2, 0.2])]
    return {"blocks": blocks, "head": head, "foot": f"MG12  URN {urn}", "title": "MG12",
            "created": created, "author": officer}


# =============================================================================================
# Case A  -  Op KESTREL (Castlebridge Constabulary).  Compliant.  DPN with careful parameters.
# =============================================================================================
def case_A(out, rng):
    name = "Op_KESTREL_FCT_submission"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "44CB0213726"
    HEAD = "OFFICIAL-SENSITIVE\nCastlebridge Constabulary - Public Protection (RASSO)"
    C = dt(2026, 3, 6, 16, 20)

    # ---------------------------------------------------------------- MG3 (docx, narrative)
    mg3 = {"head": "OFFICIAL-SENSITIVE    MG3", "foot": f"URN {URN}  |  Castlebridge Constabulary MG3 v4",
           "author": "FINCH Rachel", "created": C, "title": "MG3 Hollis v Pryor", "blocks": [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("kv", [("URN", URN), ("Suspect", "PRYOR, Daniel Mark (DOB 21/09/1992)"),
                ("Offence(s)", "Rape of a woman aged 16 or over, Sexual Offences Act 2003 s.1, "
                               "on 15/02/2026 at 22 Tannery Row, Castlebridge"),
                ("Decision sought", "Full Code Test - charging decision. Threshold test not sought; the suspect "
                                    "is on pre-charge bail and there is no custody time limit."),
                ("Bail / custody", "Pre-charge bail to 16/05/2026. Conditions: (1) not to contact Megan HOLLIS "
                                   "or Aisha KHAN directly or indirectly, including through social media or the "
                                   "Spark app; (2) not to enter Ferrier Street, Castlebridge."),
                ("Officer in the case", "DC 4127 Rachel FINCH, RASSO Investigation Team, Castlebridge. "
                                        "Direct line 01632 960418, mobile 07700 900873, "
                                        "rachel.finch@castlebridge.police.example"),
                ("Date of submission", "06/03/2026")], 0.28),
        ("h", "1. Summary"),
        ("p", "Megan HOLLIS (29) met the suspect through the Spark dating app. On their second date, on "
              "14/02/2026, she went back to his flat at 22 Tannery Row. She says that at about 00:30 on "
              "15/02/2026 she told him she did not want sex and tried to get up from the bed, and that he "
              "held her left upper arm, pushed her back onto the bed and had vaginal intercourse with her "
              "while she said no and cried. She stayed in the flat because she was frightened and left at "
              "about 06:40. She told her flatmate Aisha KHAN at about 10:15 the same morning. The suspect "
              "accepts intercourse and says it was consensual throughout."),
        ("h", "2. The complainant's account"),
        ("p", "Megan was interviewed on video (ABE) by me on 17/02/2026 from 14:02 to 15:19 at the "
              "Castlebridge ABE suite (exhibit RF/1 master, RF/2 working copy). The ABE summary is attached "
              "and my MG11 exhibits the recording. Her account is consistent with the initial account given "
              "to PC OKAFOR at 12:40 on 15/02/2026 (PNB, exhibit LO/1)."),
        ("h", "3. First account"),
        ("p", "Her first account was to her flatmate Aisha KHAN at about 10:15 on 15/02/2026. Ms KHAN's "
              "statement is attached. She then told PC 2291 Lewis OKAFOR, the first attending officer, whose "
              "statement is attached. She told nobody else before the police arrived."),
        ("h", "4. Suspect's account and likely defence"),
        ("p", "PRYOR was arrested at 17:05 on 15/02/2026 and said on arrest: \"She stayed over, it was all "
              "fine.\" He was interviewed on 16/02/2026 with his solicitor present and answered all questions. "
              "He says the sex was consensual and that she never said no. He denies holding her arm and says "
              "any bruise could have come from him holding her hand when they walked back from the pub. He "
              "says she left early without waking him and sent him a message at about 06:45 apologising for "
              "leaving without saying goodbye. The defence will be consent, and reasonable belief in consent. "
              "The ROTI is attached."),
        ("h", "5. Forensic and medical evidence"),
        ("p", "Megan was examined at the Rowan Centre SARC on 15/02/2026 by Dr Priya NAIR, forensic "
              "physician, whose statement is attached: a 4 mm abrasion at the posterior fourchette and a 2 cm "
              "bruise on the inner left upper arm. Megan signed the SARC consent form on 15/02/2026 agreeing to "
              "release of the examination notes and body map to the police and CPS; they are listed on the "
              "MG6D. The Meridian SFR1 (02/03/2026) confirms semen on the high vaginal swab (PN/1) with a DNA "
              "profile matching PRYOR's reference sample (SH/2). Intercourse is not in dispute, so an SFR2 is "
              "not requested at this stage. The urine sample (PN/4) has not been submitted for toxicology: "
              "Megan says she had three glasses of wine and does not suggest she was incapable of consenting, "
              "so it would not assist either way."),
        ("h", "6. Digital material"),
        ("p", "Megan's phone. PRYOR's account refers to a message she sent him after she left, and Megan "
              "says the messages she exchanged with him that morning show the opposite. The conversation "
              "between them is therefore a reasonable line of enquiry. It was explained to her and she agreed "
              "to a limited extraction. A Digital Processing Notice was completed and signed on 17/02/2026 "
              "(attached). The extraction was limited to messages and calls between her phone and PRYOR "
              "(WhatsApp, SMS, the Spark app chat and the call log for 07700 900412) from 10/02/2026 00:00 to "
              "16/02/2026 23:59, including deleted items within that conversation and images or voice notes "
              "sent in it. Nothing else was extracted or viewed: no gallery, no other contacts or chats, no "
              "browsing, location or health data. The kiosk extraction took place on 18/02/2026 and her phone "
              "was returned to her the same afternoon. The extraction report (MT/1) is attached. It shows no "
              "message from her at or about 06:45. At 08:30 she wrote \"Don't contact me again. You know what "
              "you did.\" and he replied at 08:41 \"What?? You were well up for it. Sorry if you regret it\"."),
        ("p", "PRYOR's phone (SH/1, iPhone) was seized on arrest. Extraction is with the Digital Forensic Unit "
              "(job DFU-26-0233) and is outstanding: see section 8."),
        ("h", "7. Lines of enquiry"),
        ("p", "Completed: ABE; first account statement; first attending officer; SARC and forensic "
              "submissions; limited extraction of Megan's phone under the DPN; The Lamplighter pub - CCTV was "
              "requested on 16/02/2026 but the system keeps only 24 hours and it had been overwritten; the "
              "duty manager remembered the couple leaving together at about 23:00 \"holding hands, both "
              "fine\" (officer's note on the MG6C), which is consistent with both accounts; house-to-house "
              "at 18 to 26 Tannery Row on 16/02/2026 (nobody saw or heard anything; forms on the MG6C); PNC "
              "checks on the suspect and the civilian witnesses."),
        ("p", "Lines pointing away from the suspect: (a) his claim that Megan sent an apologetic message at "
              "06:45 - her phone was checked within the DPN parameters, including deleted items in that "
              "conversation, and no such message exists on her device; his own phone will show whether any "
              "such message was received, which is why its extraction is outstanding; (b) the pub manager's "
              "recollection of a relaxed parting, described fairly above; (c) whether anyone at 22 "
              "Tannery Row heard an argument - the neighbours heard nothing either way."),
        ("p", "Not pursued, with reasons: We will not be requesting Megan's GP or hospital records. She did "
              "not seek medical help apart from the SARC, there is no suggestion of any condition relevant to "
              "her account or her reliability, and such a request would not be a reasonable line of enquiry. "
              "She has not started counselling; no request for counselling notes is made or planned. Her "
              "social media has not been examined because neither account suggests that anything relevant "
              "was posted. Spark holds the app chat, which we already have from her phone; no request to "
              "Spark has been made."),
        ("h", "8. Outstanding evidence"),
        ("table", ["Item", "With", "Target date"],
         [["Extraction of PRYOR's iPhone (SH/1): messages with Megan HOLLIS 10/02/2026 - 16/02/2026 and the "
           "claimed 06:45 message", "Digital Forensic Unit, job DFU-26-0233", "30/04/2026"]],
         [0.6, 0.25, 0.15]),
        ("p", "Nothing else is outstanding."),
        ("h", "9. Disclosure and digital strategy"),
        ("p", "The MG6C, MG6D and MG6E are attached. The rebuttable presumption material (incident log, "
              "crime report, PC OKAFOR's PNB record of the first complaint, and the witness PNC checks) is "
              "provided with this file. The digital strategy is as set out in section 6: the complainant's "
              "device was examined only within the DPN parameters; the suspect's device is being examined for "
              "the same conversation and for the claimed 06:45 message."),
        ("h", "10. Victim and witness"),
        ("p", "Special measures: see the MG2. Megan is an intimidated witness (s.17(4) YJCEA 1999). She asks "
              "for evidence-in-chief by her ABE, the live link, and would like her cross-examination to be "
              "pre-recorded under s.28 if the case goes to trial. A Registered Intermediary was considered and "
              "is not needed; she has no communication difficulty."),
        ("p", "Needs: no interpreter. She works shifts as a staff nurse and asks for calls after 14:00 or "
              "e-mail. No mobility or other needs."),
        ("p", "ISVA: referred by the Rowan Centre on 15/02/2026 to the Safe Harbour ISVA Service; her ISVA is "
              "Jo MARSH and they are in contact."),
        ("p", "VPS: the Victim Personal Statement scheme was explained and a VPS offered on 17/02/2026. Megan "
              "would prefer to make her VPS after the charging decision; this is noted on the crime report."),
        ("h", "11. Early advice"),
        ("p", "Early advice was not sought. The suspect's account was known by 16/02/2026, the forensic "
              "position was straightforward and the digital work was limited; DI CLARKE agreed on 18/02/2026 "
              "that the case should come straight to the CPS for a full code test decision."),
        ("h", "12. Supervisor"),
        ("kv", [("Reviewed by", "DS 1187 Tom BRENNAN"), ("Date", "06/03/2026"),
                ("Comment", "File reviewed against the National File Standard. Submitted for FCT.")], 0.28),
    ]}
    write_docx(os.path.join(F, "MG3 Hollis v Pryor FINAL.docx"), mg3)

    # ---------------------------------------------------------------- ABE recording + index
    write_video(os.path.join(F, "VID_20260217_1402.mp4"), "ABE interview - Megan HOLLIS",
                ["CASTLEBRIDGE ABE SUITE 1", "17/02/2026 14:02:11", "RF/2 WORKING COPY", f"URN {URN}"],
                seconds=4, rng=rng, when=dt(2026, 2, 17, 14, 2))
    idx_rows = [
        ["00:00:00", "Introductions. DC FINCH and DC BAKER (monitoring). Date, time, place. Truth and lies "
                     "explained; ground rules (say if you don't know, correct me)."],
        ["00:04:40", "Free narrative begins. Second date with 'Dan' on Saturday 14/02; met at The Lamplighter "
                     "at about 20:00; three glasses of white wine over the evening."],
        ["00:11:05", "Walk back to his flat at about 23:15, holding hands; she was happy to go back and they "
                     "kissed on the sofa."],
        ["00:17:30", "In the bedroom. Consensual kissing; she says she told him 'not tonight' and that she "
                     "wanted to take things slowly. He said 'OK'."],
        ["00:22:10", "About 00:30. He got on top of her; she said 'no, Dan, I said no' and tried to sit up. "
                     "He held her left upper arm and pushed her back down. Describes penetration and that she "
                     "was crying. Estimates two or three minutes."],
        ["00:31:45", "Afterwards: he went to sleep; she lay awake, frightened to move; left at about 06:40 "
                     "when it was light. Walked home."],
        ["00:38:20", "Messages: he messaged at 07:52 'you get home ok? x'; she replied at 08:30. She denies "
                     "sending any message before that. She did not delete anything."],
        ["00:44:00", "Disclosure to her flatmate Aisha at about 10:15 in the kitchen. Aisha called the police "
                     "with her agreement."],
        ["00:49:30", "Questioning phase: layout of the bedroom; lighting (bedside lamp on); clothing; what "
                     "was said; his tone of voice."],
        ["01:05:15", "Bruise on arm first noticed in the shower at home. No other injuries she was aware of."],
        ["01:12:40", "Closure. Any questions; next steps; ISVA contact; welfare. Interview ends 15:19."],
    ]
    abe_idx = {"head": "OFFICIAL-SENSITIVE", "foot": f"URN {URN} - ABE index - RF/1", "author": "FINCH Rachel",
               "created": dt(2026, 2, 19, 11, 0), "title": "ABE index", "blocks": [
        ("title", "Record of Video Recorded Interview - Index and Summary"),
        ("kv", [("URN", URN), ("Interviewee", "Megan HOLLIS (adult complainant)"),
                ("Date / time", "17/02/2026, 14:02 - 15:19 (1 hr 17 min)"),
                ("Location", "ABE Suite 1, Castlebridge Police Station"),
                ("Interviewer", "DC 4127 Rachel FINCH"), ("Monitor", "DC 3310 Owen BAKER"),
                ("Exhibits", "RF/1 master recording (DEMS ref D-26-1140); RF/2 working copy"),
                ("Others present", "None")], 0.25),
        ("table", ["Counter", "Summary"], idx_rows, [0.14, 0.86]),
        ("p", "Summary prepared by DC FINCH on 19/02/2026 from the working copy. It is a guide to the "
              "recording, not a transcript."),
    ]}
    write_docx(os.path.join(F, "ABE index RF-1.docx"), abe_idx)

    # ---------------------------------------------------------------- MG11s
    finch = mg11_doc(urn=URN, name="Rachel FINCH", occupation="Police officer - DC 4127", date="19/02/2026",
                     sig="(Sgd) R. FINCH", created=dt(2026, 2, 19, 12), style="classic", body=[
        "I am a Detective Constable with Castlebridge Constabulary, posted to the RASSO Investigation Team. "
        "I am trained in the Achieving Best Evidence (ABE) interviewing of adult witnesses.",
        "On Tuesday 17th February 2026 between 14:02 and 15:19 hours I conducted a video-recorded interview "
        "with Megan HOLLIS at ABE Suite 1, Castlebridge Police Station. DC 3310 BAKER monitored the interview "
        "from the control room. No one else was present.",
        "The interview was recorded digitally. At the end of the interview I secured the master recording "
        "on the force digital evidence system under reference D-26-1140, which I now produce as exhibit "
        "RF/1. I also made a working copy, which I produce as exhibit RF/2. I prepared a written index and "
        "summary of the interview from the working copy on 19/02/2026.",
        "Before the interview I prepared a written interview plan, which I produce as exhibit RF/3.",
        "After the interview I explained to Megan, using the Digital Processing Notice, why we wished to "
        "look at part of her mobile phone and what would and would not be extracted. She read the notice, "
        "asked questions about who would see the messages, and signed it at 15:40. I produce the signed "
        "notice as exhibit RF/4. At 09:10 on 18th February 2026 I took her Samsung Galaxy A54 to the Digital "
        "Forensic Unit kiosk room, where it was examined by Mark TIERNEY within the agreed parameters. I "
        "returned the phone to Megan at her home at 14:35 the same day.",
    ])
    write_pdf(os.path.join(F, "Stmt DC FINCH.pdf"), finch)

    okafor = mg11_doc(urn=URN, name="Lewis OKAFOR", occupation="Police Constable 2291", date="15/02/2026",
                      sig="[signed] L. Okafor", created=dt(2026, 2, 15, 23, 0), style="classic", body=[
        "I am a Police Constable with Castlebridge Constabulary, based at Castlebridge Central response team.",
        "On Sunday 15th February 2026 I was on duty in full uniform when at 12:21 hours I was deployed to "
        "incident 0412 following a call to 101 from Aisha KHAN reporting that her flatmate had been raped "
        "overnight. I was the first officer to attend and arrived at 14 Ferrier Street, Castlebridge at "
        "12:40 hours.",
        "I was met by Aisha KHAN, who took me to the living room where I saw Megan HOLLIS sitting on the "
        "sofa wrapped in a blanket. She was tearful and spoke quietly. I explained I only needed brief "
        "details so that the right help could be arranged, and that a specialist officer would speak to "
        "her in detail later.",
        "I asked her what had happened. She told me, in summary, that she had been on a date with a man "
        "called Dan whom she had met on a dating app, that she had gone back to his flat on Tannery Row, "
        "that she had told him no and he had held her arm and had sex with her anyway, and that she had "
        "left in the morning. I wrote down her words in my pocket notebook at the time, pages 41 to 44, "
        "and she read and signed the entry. I produce a copy of those pages as exhibit LO/1.",
        "Megan asked me not to film her, and I did not activate my body-worn camera while she gave her "
        "initial account. No body-worn video exists of the initial account.",
        "Megan told me she had showered and changed but had put the dress and underwear she had been "
        "wearing into her laundry basket. With her agreement I seized a green knee-length dress, which I "
        "produce as exhibit LO/2, and a pair of black knickers, exhibit LO/3. I sealed each in a separate "
        "evidence bag.",
        "At 17:30 hours I drove Megan and Aisha to the Rowan Centre SARC, arriving at 17:52, and handed "
        "over to the SARC crisis worker. I booked exhibits LO/2 and LO/3 into the property store at "
        "Castlebridge Central at 20:15 hours.",
    ])
    write_pdf(os.path.join(F, "Stmt PC2291 OKAFOR.pdf"), okafor)

    hale = mg11_doc(urn=URN, name="Steven HALE", occupation="Police Constable 0876", date="15/02/2026",
                    sig="(Sgd) S HALE PC0876", created=dt(2026, 2, 15, 23, 30), style="classic", body=[
        "I am a Police Constable with Castlebridge Constabulary.",
        "At 17:05 hours on Sunday 15th February 2026 at 22 Tannery Row, Castlebridge, I arrested Daniel "
        "Mark PRYOR on suspicion of rape. I cautioned him and he replied: \"She stayed over, it was all "
        "fine.\" I recorded his reply in my pocket notebook.",
        "I seized an Apple iPhone 14 from his kitchen worktop, which he confirmed was his. I placed it in "
        "flight mode and sealed it in a Faraday bag, exhibit SH/1.",
        "At 19:20 hours in the custody suite at Castlebridge Central I took buccal (mouth) swabs from PRYOR "
        "with his consent, exhibit SH/2, and sealed them.",
        "I booked SH/1 and SH/2 into the property store at 21:05 hours.",
    ])
    write_pdf(os.path.join(F, "Stmt PC0876 HALE arrest.pdf"), hale)

    khan = mg11_doc(urn=URN, name="Aisha KHAN", occupation="Pharmacy technician", date="16/02/2026",
                    sig="@scribble:A Khan", witnessed="@scribble:L Okafor", created=dt(2026, 2, 16, 18),
                    style="boxes", body=[
        "I live at 14 Ferrier Street, Castlebridge with my friend Megan HOLLIS. We have shared the flat for "
        "about two years.",
        "On Saturday 14th February 2026 Megan went out on a second date with a man she had met on the Spark "
        "app. She called him Dan. She was excited and said she would probably be home late.",
        "On Sunday 15th February 2026 at about 07:10 I heard the front door. Megan came in and went straight "
        "to the bathroom. I heard the shower running for a long time. When she came out she went to her room "
        "and shut the door. That is not like her.",
        "At about 10:15 she came into the kitchen. Her eyes were red and puffy. I asked her if the date had "
        "gone badly. She started crying and said, \"I told him no and he didn't stop.\" I asked her what she "
        "meant and she said, \"I said no, Aisha, I said it more than once, and he held my arm and he just kept "
        "going.\" She showed me a bruise on the inside of her left arm above the elbow. It was reddish purple "
        "and about the size of a two pence coin.",
        "She said she had stayed until it got light because she was scared to move. She said he had messaged "
        "her asking if she got home OK and that she had told him never to contact her again.",
        "I asked her if she wanted me to call the police. She said yes, but asked me to do it because she did "
        "not think she could say it. At 11:58 I called 101 and told them what Megan had told me.",
        "Megan had not told anyone else before she told me, as far as I know. I stayed with her until the "
        "police officer arrived.",
    ], rear=[("Home address", "14 Ferrier Street, Castlebridge CB4 2TR"), ("Telephone", "07700 900516"),
             ("Dates to avoid", "None given"), ("Willing to attend court", "Yes")])
    write_scanned_pdf(os.path.join(F, "scan_0004.pdf"), khan, rng, dt(2026, 2, 17, 9, 5))

    nair = mg11_doc(urn=URN, name="Dr Priya NAIR", occupation="Forensic physician", date="20/02/2026",
                    sig="Signed: P. Nair", created=dt(2026, 2, 20, 10), style="niche",
                    force="Castlebridge Constabulary", stmt_no="S7", place="The Rowan Centre SARC", body=[
        "I am a registered medical practitioner (GMC no. 7012345) and hold the Licentiate of the Faculty of "
        "Forensic and Legal Medicine. I have worked as a forensic physician at the Rowan Centre Sexual "
        "Assault Referral Centre, Castlebridge since 2019 and have examined over 400 complainants of sexual "
        "offences.",
        "At 18:10 hours on 15th February 2026 at the Rowan Centre I examined Megan HOLLIS (DOB 03/06/1996). "
        "Before the examination I explained its purpose and she gave written consent to the examination, to "
        "the taking of samples, and to the release of my notes and the body map to the police and the Crown "
        "Prosecution Service.",
        "She gave me a brief account that she had been raped by a man at about 00:30 that morning and that "
        "he had held her left arm. She had showered once since the incident.",
        "## Findings",
        "On the inner aspect of the left upper arm, 8 cm above the elbow crease, there was a purple-red "
        "bruise measuring 2 cm by 1.5 cm. It was tender to touch. Its appearance is consistent with having "
        "been caused within the previous 48 hours. A bruise of this kind can be caused by firm gripping "
        "pressure, but its appearance does not allow me to say how it was caused.",
        "On genital examination there was a superficial abrasion 4 mm long at the posterior fourchette "
        "(the 6 o'clock position). Such abrasions can occur during penetration with or without consent and "
        "do not of themselves indicate whether intercourse was consensual. No other injuries were seen.",
        "## Samples",
        "I took the following samples and handed them to the SARC crisis worker for police collection: "
        "high vaginal swab, exhibit PN/1; low vaginal swab, exhibit PN/2; external genital swab, exhibit "
        "PN/3; urine sample, exhibit PN/4.",
    ])
    write_pdf(os.path.join(F, "Stmt Dr NAIR FME.pdf"), nair)

    # ---------------------------------------------------------------- SFR1 (forensic)
    sfr = {"head": "OFFICIAL-SENSITIVE\nMeridian Forensic Science Ltd", "foot": f"SFR1  Lab ref MF26-0419  URN {URN}",
           "created": dt(2026, 3, 2, 9), "author": "LOWE Kate", "title": "SFR1 MF26-0419", "blocks": [
        ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("kv", [("URN", URN), ("Laboratory reference", "MF26-0419"), ("Police force", "Castlebridge Constabulary"),
                ("Reporting scientist", "Kate LOWE BSc MSc, Reporting Scientist"),
                ("Date of report", "02/03/2026")], 0.3),
        ("h", "Items examined"),
        ("table", ["Exhibit", "Description", "Examined for"],
         [["PN/1", "High vaginal swab - Megan HOLLIS", "Semen; DNA"],
          ["PN/2", "Low vaginal swab - Megan HOLLIS", "Semen; DNA"],
          ["SH/2", "Buccal reference swabs - Daniel PRYOR", "Reference DNA profile"]],
         [0.15, 0.5, 0.35]),
        ("h", "Key findings"),
        ("p", "Semen was identified on PN/1 and PN/2. A DNA profile was obtained from the sperm fraction of "
              "PN/1. It matches the DNA profile of Daniel PRYOR (SH/2). The probability of obtaining a "
              "matching profile if the DNA came from an unknown person unrelated to Daniel PRYOR is estimated "
              "to be in the order of one in a billion."),
        ("p", "PN/3 and PN/4 were not examined, in agreement with the officer in the case, because the "
              "question of intercourse is not in dispute."),
        ("small", "This SFR1 is a summary of the key findings. A full evaluative statement (SFR2) can be "
                  "provided if the findings are disputed."),
    ]}
    write_pdf(os.path.join(F, "SFR1_Meridian_MF26-0419.pdf"), sfr)

    # ---------------------------------------------------------------- ROTI
    roti = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG15  URN {URN}", "created": dt(2026, 2, 18, 10),
            "author": "FINCH Rachel", "title": "ROTI PRYOR", "blocks": [
        ("small", "MG 15"), ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", URN), ("Person interviewed", "Daniel Mark PRYOR, DOB 21/09/1992"),
                ("Place", "Castlebridge Central custody, interview room 3"),
                ("Date / times", "16/02/2026, 10:12 - 11:03"),
                ("Interviewing officers", "DC 4127 FINCH, DC 3310 BAKER"),
                ("Others present", "Ms Fiona GRANT, solicitor, Grant & Pell"),
                ("Recording ref", "DEMS D-26-1121 (audio)")], 0.3),
        ("p", "Caution given and understood. Legal advice confirmed. Pre-interview disclosure was given to "
              "Ms GRANT at 09:30 (MG6A retained)."),
        ("table", ["Time", "Speaker", "Record"], [
            ["10:14", "DC FINCH", "Tell me about your evening with Megan on Saturday."],
            ["", "PRYOR", "We met at the Lamplighter about eight. Second date. It was going really well. We had a "
                          "few drinks and she suggested going back to mine."],
            ["10:19", "DC FINCH", "What happened when you got back?"],
            ["", "PRYOR", "We were kissing on the sofa then we went to the bedroom. We had sex. She was into it. "
                          "There was nothing wrong at all."],
            ["10:24", "DC FINCH", "Did she say anything about not wanting sex that night?"],
            ["", "PRYOR", "She said something about taking it slow earlier but then she was the one kissing me. "
                          "She never said no. If she had said no I'd have stopped."],
            ["10:31", "DC FINCH", "Megan has a bruise on her inner left arm. How might that have got there?"],
            ["", "PRYOR", "I didn't grab her. I held her hand walking back. Maybe that. I don't know."],
            ["10:40", "DC FINCH", "When did you last have contact with her?"],
            ["", "PRYOR", "She left early, I was asleep. She sent me a message about quarter to seven saying sorry "
                          "for going without saying bye. Then later she sent something weird telling me not to "
                          "contact her."],
            ["10:44", "DC FINCH", "Do you still have that earlier message?"],
            ["", "PRYOR", "It should be on my phone. You've got my phone."],
            ["10:52", "DC BAKER", "Did you believe she was consenting?"],
            ["", "PRYOR", "Yes. 100 per cent."],
        ], [0.1, 0.16, 0.74]),
        ("p", "Summary: PRYOR accepts vaginal intercourse with Megan HOLLIS in the early hours of 15/02/2026 "
              "and says it was consensual. He denies that she said no or that he held her arm. He says she "
              "sent an apologetic message at about 06:45. Interview concluded 11:03."),
        ("sig", "Record prepared by:", "DC 4127 R FINCH, 18/02/2026"),
    ]}
    write_pdf(os.path.join(F, "ROTI PRYOR 16-02-26.pdf"), roti)

    # ---------------------------------------------------------------- PNC prints
    write_pdf(os.path.join(F, "PNC PRYOR.pdf"), pnc_doc(
        urn=URN, surname="Pryor", forenames="Daniel Mark", dob="21/09/1992", pnc_id="11/4418273K",
        cro="22819/11H", convictions=[("12/07/2017", "Castlebridge Magistrates' Court",
                                       "Driving a motor vehicle with excess alcohol (RTA 1988 s.5(1)(a))",
                                       "Fine GBP 400; disqualified 16 months")],
        head="OFFICIAL-SENSITIVE", created=dt(2026, 3, 5, 9, 12), operator="DC 4127 FINCH"))
    write_pdf(os.path.join(F, "PNC witnesses nil return.pdf"), witness_pnc_doc(
        urn=URN, head="OFFICIAL-SENSITIVE", created=dt(2026, 3, 5, 9, 20), operator="DC 4127 FINCH",
        rows=[["Megan HOLLIS (complainant)", "03/06/1996", "No trace", "No relevant entries"],
              ["Aisha KHAN (first account)", "11/10/1995", "No trace", "No relevant entries"]],
        note="Nil return: neither civilian witness has any previous conviction, caution or other recorded "
             "matter. Police witnesses are not listed."))

    # ---------------------------------------------------------------- schedules
    mg6c_rows = [
        [1, "CADENCE incident log 0412 of 15/02/2026 - 101 call by Aisha KHAN reporting the rape and the "
            "deployment of PC OKAFOR", "Copy with file", "Rebuttable presumption (first complaint). Copy provided."],
        [2, "Crime report CR/004471/26 including victim contact log entries to 05/03/2026", "Copy with file",
         "Rebuttable presumption. Copy provided."],
        [3, "PC 2291 OKAFOR pocket notebook pp.41-44, Megan HOLLIS's initial account 15/02/2026 (LO/1)",
         "Copy with file", "Record of first complaint. Copy provided."],
        [4, "PC 0876 HALE pocket notebook pp.12-13, arrest of PRYOR and reply", "Castlebridge Central",
         "Reply is in his MG11. Does not meet test."],
        [5, "Custody record PRYOR 15/02/2026 - 16/02/2026 (CB/26/01922)", "Custody system",
         "Does not meet test."],
        [6, "MG6A pre-interview disclosure to Ms GRANT, 16/02/2026", "Case papers", "Does not meet test."],
        [7, "Audio recording of PRYOR interview, DEMS D-26-1121", "DEMS", "ROTI provided. Does not meet test."],
        [8, "ABE interview plan for Megan HOLLIS, 17/02/2026 (RF/3)", "Case papers", "Does not meet test."],
        [9, "Request to The Lamplighter for CCTV (16/02/2026) and officer's note of the duty manager's reply: "
            "footage overwritten after 24 hours; he recalls the couple leaving about 23:00 holding hands",
         "Case papers", "Consistent with both accounts. Does not meet test."],
        [10, "House-to-house questionnaires 18-26 Tannery Row, 16/02/2026 (5 forms, nothing seen or heard)",
         "Case papers", "Does not meet test."],
        [11, "DFU submission DFU-26-0219 for Megan HOLLIS's phone with the DPN parameters", "DFU",
         "Does not meet test."],
        [12, "DFU submission DFU-26-0233 for PRYOR's iPhone SH/1", "DFU", "Does not meet test."],
        [13, "Meridian submission form (MG21) for PN/1, PN/2 and SH/2, 18/02/2026", "Case papers",
         "Does not meet test."],
        [14, "E-mails between DC FINCH and Megan HOLLIS arranging the ABE, 16/02/2026 - 17/02/2026",
         "Force e-mail", "Does not meet test."],
        [15, "Property store records for LO/2, LO/3, SH/1, SH/2", "Property system", "Does not meet test."],
    ]
    write_xlsx(os.path.join(F, "MG6C.xlsx"), [("MG6C", [
        "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)",
        f"URN: {URN}    R v Daniel Mark PRYOR",
        "Disclosure officer: DC 4127 Rachel FINCH    Page 1 of 1",
        "The disclosure officer believes that the following material, which does not form part of the "
        "prosecution case, is not sensitive."],
        ["Item no.", "Description and relative date", "Location", "Disclosure officer's comment"],
        mg6c_rows, [8, 70, 22, 40])], author="FINCH Rachel", created=dt(2026, 3, 6, 11), title="MG6C")
    mg6d = {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", "foot": f"MG6D  URN {URN}",
            "created": dt(2026, 3, 6, 11, 30), "author": "FINCH Rachel", "title": "MG6D", "blocks": [
        ("small", "MG 6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", URN), ("R v", "Daniel Mark PRYOR"), ("Disclosure officer", "DC 4127 Rachel FINCH")], 0.3),
        ("table", ["No.", "Description", "Reason for sensitivity", "Officer's view"], [
            ["1", "Rowan Centre SARC examination notes and body map for Megan HOLLIS, 15/02/2026 (released with "
                  "her written consent)", "Confidential medical information", "Findings are in Dr NAIR's MG11. "
                                                                              "Does not undermine."],
            ["2", "Safe Harbour ISVA referral form, 15/02/2026", "Third-party support service; personal data",
             "Does not meet test."],
            ["3", "Victim and witness contact details (crime report victim page, MG11 rear pages)",
             "Personal data of witnesses", "Does not meet test."],
            ["4", "Full DFU kiosk extraction file for Megan HOLLIS's phone (the report MT/1 is an exhibit)",
             "Private communications of the complainant", "Within DPN parameters only; does not meet test."],
        ], [0.07, 0.43, 0.25, 0.25]),
    ]}
    write_docx(os.path.join(F, "MG6D_sensitive.docx"), mg6d)
    mg6e = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG6E  URN {URN}", "created": dt(2026, 3, 6, 11, 45),
            "author": "FINCH Rachel", "title": "MG6E", "blocks": [
        ("small", "MG 6E"), ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 4127 Rachel FINCH"), ("Date", "06/03/2026")], 0.3),
        ("p", "I have examined all the material listed on the MG6C and MG6D. I have not identified any "
              "material that might reasonably be considered capable of undermining the prosecution case or "
              "of assisting the case for the accused, other than the rebuttable presumption material, copies "
              "of which are provided with the file."),
        ("p", "I draw the prosecutor's attention to item 9 on the MG6C (the pub manager's recollection of the "
              "pair leaving together in a relaxed way). Both accounts agree on this and I do not consider it "
              "meets the test, but the prosecutor may wish to review it."),
        ("sig", "Signature:", "(Sgd) R. FINCH"),
    ]}
    write_docx(os.path.join(F, "MG6E.docx"), mg6e)

    write_pdf(os.path.join(F, "MG12 exhibits.pdf"), mg12_doc(
        urn=URN, head="OFFICIAL-SENSITIVE", created=dt(2026, 3, 6, 12), officer="DC 4127 FINCH", rows=[
            ["LO/1", "Copy PNB pp.41-44, initial account of Megan HOLLIS", "PC 2291 OKAFOR", "With file / property"],
            ["LO/2", "Green knee-length dress", "PC 2291 OKAFOR", "Property store CB-P-88120"],
            ["LO/3", "Black knickers", "PC 2291 OKAFOR", "Property store CB-P-88121"],
            ["SH/1", "Apple iPhone 14 (PRYOR)", "PC 0876 HALE", "DFU (job DFU-26-0233)"],
            ["SH/2", "Buccal swabs, Daniel PRYOR", "PC 0876 HALE", "Meridian Forensic"],
            ["PN/1", "High vaginal swab", "Dr P NAIR", "Meridian Forensic"],
            ["PN/2", "Low vaginal swab", "Dr P NAIR", "Meridian Forensic"],
            ["PN/3", "External genital swab", "Dr P NAIR", "Property store (not examined)"],
            ["PN/4", "Urine sample", "Dr P NAIR", "Property store freezer (not examined)"],
            ["RF/1", "ABE master recording, Megan HOLLIS, 17/02/2026 (DEMS D-26-1140)", "DC 4127 FINCH", "DEMS"],
            ["RF/2", "ABE working copy", "DC 4127 FINCH", "With file"],
            ["RF/3", "ABE interview plan", "DC 4127 FINCH", "Case papers"],
            ["RF/4", "Signed Digital Processing Notice, 17/02/2026", "DC 4127 FINCH", "With file"],
            ["MT/1", "DFU kiosk extraction report, Megan HOLLIS's phone", "Mark TIERNEY (DFU)", "With file"],
        ]))

    # ---------------------------------------------------------------- DPN
    dpn = {"head": "OFFICIAL-SENSITIVE when complete\nCastlebridge Constabulary", "foot": f"DPN v2.1  URN {URN}",
           "created": dt(2026, 2, 17, 15, 45), "author": "FINCH Rachel", "title": "DPN HOLLIS", "blocks": [
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("small", "Agreement to the extraction of information from a device - victims and witnesses "
                  "(Police, Crime, Sentencing and Courts Act 2022, s.37)"),
        ("kv", [("URN", URN), ("Name", "Megan HOLLIS"), ("Device", "Samsung Galaxy A54, black, IMEI ending 3312"),
                ("Officer", "DC 4127 Rachel FINCH, 01632 960418")], 0.28),
        ("h", "1. Why we are asking"),
        ("p", "Daniel PRYOR says you sent him a message at about 06:45 on 15 February 2026. You say you did "
              "not, and that the messages you exchanged with him that morning show what happened. The "
              "conversation between you and him is relevant to what each of you says, so looking at that "
              "conversation is a reasonable line of enquiry. We cannot get the same information another way "
              "without looking at your phone, because his phone may not show deleted messages from your side."),
        ("h", "2. What we will extract"),
        ("table", ["Data", "Limited to", "Dates"], [
            ["WhatsApp messages", "The chat with 'Dan' (07700 900412) only, including deleted messages in that "
                                  "chat and any images or voice notes sent in it", "10/02/2026 00:00 - 16/02/2026 23:59"],
            ["SMS / MMS", "Messages to and from 07700 900412 only", "as above"],
            ["Spark app chat", "The conversation with user 'DanP_92' only", "as above"],
            ["Call log", "Calls to and from 07700 900412 only", "as above"],
        ], [0.2, 0.55, 0.25]),
        ("h", "3. What we will not extract or look at"),
        ("p", "Your photo gallery (other than images sent in the chat above), any other contact or "
              "conversation, e-mails, browsing history, location data, notes, health or fitness data, "
              "banking and social media apps. If anything outside these limits is captured by accident it "
              "will not be examined and will be deleted."),
        ("h", "4. How it will be done and how long it will take"),
        ("p", "A selective extraction on the Digital Forensic Unit kiosk at Castlebridge Central on 18 "
              "February 2026. We expect to return your phone the same day. Only the extracted data will be "
              "kept; it will be stored securely on police systems, seen only by the investigation team, the "
              "CPS and, if the law requires it, the defence, and deleted when the case and any appeal are "
              "over."),
        ("h", "5. Your choice"),
        ("p", "You do not have to agree. You can withdraw your agreement at any time before the extraction "
              "starts by telling DC FINCH. If you do not agree we will discuss other ways of getting the "
              "information; refusing will not on its own mean the investigation stops."),
        ("h", "6. Agreement"),
        ("p", "I have read this notice (or had it read to me), I understand it and I agree to the extraction "
              "described above."),
        ("sig", "Signed (device user):", "[signed] M. Hollis"), ("sig", "Date / time:", "17/02/2026 15:40"),
        ("sig", "Officer:", "[signed] R. Finch DC 4127"),
    ]}
    write_pdf(os.path.join(F, "DPN signed HOLLIS.pdf"), dpn)

    ext = {"head": "OFFICIAL-SENSITIVE\nCastlebridge Constabulary Digital Forensic Unit", "foot": f"MT/1  DFU-26-0219  URN {URN}",
           "created": dt(2026, 2, 18, 13, 50), "author": "TIERNEY Mark", "title": "Extraction report MT/1", "blocks": [
        ("title", "Device extraction report - exhibit MT/1"),
        ("kv", [("URN", URN), ("DFU job", "DFU-26-0219"), ("Device", "Samsung Galaxy A54 (IMEI ending 3312), owner Megan HOLLIS"),
                ("Authority", "Digital Processing Notice signed 17/02/2026 15:40 (RF/4)"),
                ("Extraction", "Selective (logical) extraction on kiosk K2, 18/02/2026 09:40 - 11:05"),
                ("Filters applied", "Contact 07700 900412 / Spark user DanP_92; WhatsApp, SMS/MMS, Spark chat, "
                                    "call log; 10/02/2026 00:00 to 16/02/2026 23:59; deleted items within the "
                                    "filtered conversation included"),
                ("Examiner", "Mark TIERNEY, Digital Forensic Examiner")], 0.26),
        ("h", "Results"),
        ("table", ["Date/time", "App", "Direction", "Content"], [
            ["10/02/2026 19:02", "Spark", "In", "Hey Megan, fancy that drink on Saturday?"],
            ["10/02/2026 19:20", "Spark", "Out", "Yes! Lamplighter at 8?"],
            ["12/02/2026 21:14", "WhatsApp", "In", "Looking forward to Saturday x"],
            ["14/02/2026 19:41", "WhatsApp", "Out", "Running 5 mins late sorry"],
            ["14/02/2026 19:43", "Call", "In", "Call 00:41"],
            ["15/02/2026 07:52", "WhatsApp", "In", "you get home ok? x"],
            ["15/02/2026 08:30", "WhatsApp", "Out", "Don't contact me again. You know what you did."],
            ["15/02/2026 08:41", "WhatsApp", "In", "What?? You were well up for it. Sorry if you regret it"],
            ["15/02/2026 08:44", "WhatsApp", "In", "Megan??"],
        ], [0.2, 0.13, 0.12, 0.55]),
        ("p", "No outgoing message of any kind to 07700 900412 or DanP_92 was found between 14/02/2026 19:43 and "
              "15/02/2026 08:30. No deleted items were recovered within the filtered conversation. No data "
              "outside the filters was extracted."),
        ("sig", "Examiner:", "[signed] M. TIERNEY 18/02/2026"),
    ]}
    write_pdf(os.path.join(F, "Extraction report - Exhibit MT-1.pdf"), ext)

    # ---------------------------------------------------------------- incident log, crime report, MG2
    log_rows = [
        ["11:58:40", "CH 4471", "101 call from Aisha KHAN, 07700 900516. Caller reports her flatmate Megan HOLLIS "
                                "(29) was raped last night by a man she met on a dating app, known as 'Dan', at "
                                "his flat on Tannery Row. Victim at home with caller, 14 Ferrier Street."],
        ["12:01:15", "CH 4471", "Caller states victim has showered. Victim does not need an ambulance. Suspect not "
                                "present. Victim agreed to caller phoning police."],
        ["12:02:30", "CH 4471", "THRIVE: threat medium; harm high; risk medium; vulnerability - victim distressed. "
                                "Grade: priority."],
        ["12:05:02", "DISP 12", "Forensic advice given to caller: do not wash clothing; keep bedding/clothes as "
                                "they are; do not eat or drink if possible."],
        ["12:21:44", "DISP 12", "PC 2291 OKAFOR assigned. En route."],
        ["12:40:03", "PC 2291", "On scene 14 Ferrier Street."],
        ["13:18:20", "PC 2291", "Initial account taken (PNB). Suspect identified as Daniel PRYOR, 22 Tannery Row. "
                                "Victim would like a SARC examination. Clothing to be seized."],
        ["13:25:00", "DISP 12", "SARC booked at the Rowan Centre for 17:45. Crime report requested."],
        ["13:31:10", "DS 1187", "Supervisor review: rape, named suspect, early evidence kit considered. Suspect "
                                "arrest to be actioned by CID/response. RASSO team informed."],
        ["14:02:55", "RASSO", "DC FINCH allocated as OIC. SOLO officer to be arranged for SARC."],
        ["14:40:12", "DISP 12", "PC 0876 HALE assigned to arrest team. Scene at Tannery Row to be considered."],
        ["15:15:48", "DS 1187", "Scene: suspect's flat - victim left 8+ hours ago and suspect has had access; "
                                "no forensic strategy requiring a scene log at this stage. Bedding to be "
                                "considered on arrest."],
        ["17:05:20", "PC 0876", "Suspect arrested at 22 Tannery Row. Reply noted. Phone seized."],
        ["17:30:05", "PC 2291", "Conveying victim and flatmate to Rowan Centre."],
        ["17:52:41", "PC 2291", "At Rowan Centre. Handed over to crisis worker."],
        ["17:58:30", "PC 0876", "Suspect booked in at Castlebridge Central custody. Custody ref CB/26/01922."],
        ["19:20:00", "PC 0876", "Buccal swabs taken from suspect with consent."],
        ["20:15:33", "PC 2291", "Exhibits LO/2 and LO/3 booked into property. Off incident."],
        ["21:05:10", "PC 0876", "Exhibits SH/1 and SH/2 booked into property."],
        ["21:40:00", "DISP 12", "Incident closed to crime CR/004471/26. RASSO team to progress."],
    ]
    write_pdf(os.path.join(F, "CADENCE log 0412 15-02-26.pdf"), incident_log_doc(
        urn=URN, system="CADENCE", inc_no="0412 / 15-02-2026", opened="11:58", rows=log_rows,
        head="OFFICIAL-SENSITIVE", created=dt(2026, 3, 5, 10, 0),
        summary_kv=[("Opened", "15/02/2026 11:58:40"), ("Closed", "15/02/2026 21:40:00"),
                    ("Initial type", "SEXUAL OFFENCE - RAPE"), ("Location", "14 Ferrier Street, Castlebridge"),
                    ("Caller", "Aisha KHAN")]))

    crime = {"head": "OFFICIAL-SENSITIVE\nCastlebridge Constabulary - Crime Recording", "foot": f"CR/004471/26   URN {URN}",
             "created": dt(2026, 3, 5, 10, 5), "author": "FINCH Rachel", "title": "Crime report CR/004471/26", "blocks": [
        ("title", "CRIME REPORT  CR/004471/26"),
        ("kv", [("Classification", "Rape of a female aged 16 or over - SOA 2003 s.1 (HO 19C)"),
                ("Committed", "15/02/2026 00:20 - 01:00"), ("Location", "22 Tannery Row, Castlebridge"),
                ("Reported", "15/02/2026 11:58 by third party (flatmate), incident 0412"),
                ("Victim", "HOLLIS, Megan - female - 29 - White British - no disability recorded"),
                ("Suspect", "PRYOR, Daniel Mark - arrested 15/02/2026 - pre-charge bail to 16/05/2026"),
                ("OIC", "DC 4127 FINCH"), ("Linked URN", URN)], 0.25),
        ("h", "MO / summary"),
        ("p", "Victim on second date with suspect met via dating app. Returned to his flat. Victim states she "
              "refused sex and suspect held her arm and raped her. Suspect states consensual."),
        ("h", "Investigation log (extract)"),
        ("table", ["Date", "Entry"], [
            ["15/02/2026", "Initial account (PC OKAFOR). SARC. Suspect arrested."],
            ["16/02/2026", "Suspect interviewed - consent account. Bailed with conditions. H2H Tannery Row."],
            ["17/02/2026", "ABE completed. VPS explained and offered - victim wishes to make VPS after the charging "
                           "decision. DPN explained and signed."],
            ["18/02/2026", "Victim's phone - selective extraction, phone returned same day."],
            ["19/02/2026", "ABE index completed."],
            ["02/03/2026", "SFR1 received."],
            ["05/03/2026", "Victim update by phone (after 14:00 as requested). ISVA Jo MARSH in contact."],
        ], [0.18, 0.82]),
    ]}
    write_pdf(os.path.join(F, "Crime report CR-004471-26.pdf"), crime)

    mg2 = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG2  URN {URN}", "created": dt(2026, 3, 4, 15),
           "author": "FINCH Rachel", "title": "MG2 HOLLIS", "blocks": [
        ("small", "MG 2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", URN), ("Witness", "Megan HOLLIS"), ("Category", "Intimidated witness - complainant in a "
                                                                      "sexual offence (YJCEA 1999 s.17(4))"),
                ("Vulnerable (s.16)?", "No"), ("Date discussed with witness", "17/02/2026 and 04/03/2026")], 0.3),
        ("table", ["Measure", "Witness's view", "Officer's comment"], [
            ["Visually recorded evidence-in-chief (s.27)", "Wants her ABE played", "ABE RF/1 of good quality"],
            ["Pre-recorded cross-examination (s.28)", "Yes - would like to be cross-examined in advance of trial "
                                                     "and not attend the trial itself", "Apply if charged"],
            ["Live link (s.24)", "Yes, from a remote site if possible", ""],
            ["Screens (s.23)", "Only if live link refused", ""],
            ["Removal of wigs and gowns", "No preference", ""],
            ["Registered Intermediary", "Not needed", "Assessed by OIC: fluent, articulate, no communication "
                                                       "needs; no referral made"],
        ], [0.32, 0.38, 0.3]),
        ("h", "Other needs"),
        ("p", "Interpreter: not required. Support at court: her ISVA (Jo MARSH, Safe Harbour) will attend with "
              "her. Contact: phone after 14:00 or e-mail; she works shifts. Dates to avoid: 06/07/2026 - "
              "20/07/2026 (holiday)."),
        ("sig", "Completed by:", "DC 4127 R FINCH, 04/03/2026"),
    ]}
    write_pdf(os.path.join(F, "MG2 Special Measures.pdf"), mg2)

    # PNB first-account page photographed on a desk
    pnb = pnb_doc("PC 2291 OKAFOR    Pocket notebook No. 0441    p.41", [
        "Sun 15/02/26  12:40  14 Ferrier St, Castlebridge. Inc 0412. Present: Megan HOLLIS (IP), "
        "Aisha KHAN (flatmate).",
        "IP account in her words: \"I went on a date with Dan, I met him on Spark. I went back to his "
        "flat on Tannery Row. I told him I didn't want to. I said no. He held my arm really hard and "
        "pushed me down and did it anyway. I stayed till it was light because I was scared.\"",
        "Q Time?  A \"About half twelve, maybe later.\"   Q Injuries?  A \"My arm.\" (bruise L upper arm)",
        "Showered approx 07:15. Clothes in laundry basket - green dress, black knickers.",
        "IP declined BWV. SARC requested. 13:18."],
        [("Read and signed:", "@scribble:M Hollis"), ("PC 2291", "@scribble:L Okafor")],
        f"URN {URN}  - copy exhibit LO/1")
    pg = render_pages(pnb, rng)[0]
    write_photo_jpeg(os.path.join(F, "IMG_2231.jpg"), pg, rng, angle=-2.2)

    exp = {
        "case": name, "stage": "charging", "exit": 0,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG6E",
                          "MG12", "MG2", "DPN", "DIGITAL_EXTRACT", "FORENSIC", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                          "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "MG3 Hollis v Pryor FINAL.docx", "type": "MG3"},
            {"name": "VID_20260217_1402.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE index RF-1.docx", "type": "ABE_SUMMARY"},
            {"name": "Stmt DC FINCH.pdf", "type": "MG11", "role": "officer"},
            {"name": "Stmt PC2291 OKAFOR.pdf", "type": "MG11", "role": "officer"},
            {"name": "Stmt PC0876 HALE arrest.pdf", "type": "MG11", "role": "officer"},
            {"name": "scan_0004.pdf", "type": "MG11", "role": "first_account"},
            {"name": "Stmt Dr NAIR FME.pdf", "type": "MG11", "role": "expert"},
            {"name": "SFR1_Meridian_MF26-0419.pdf", "type": "FORENSIC"},
            {"name": "ROTI PRYOR 16-02-26.pdf", "type": "ROTI"},
            {"name": "PNC PRYOR.pdf", "type": "PNC"},
            {"name": "PNC witnesses nil return.pdf", "type": "PNC"},
            {"name": "MG6C.xlsx", "type": "MG6C"},
            {"name": "MG6D_sensitive.docx", "type": "MG6D"},
            {"name": "MG6E.docx", "type": "MG6E"},
            {"name": "MG12 exhibits.pdf", "type": "MG12"},
            {"name": "DPN signed HOLLIS.pdf", "type": "DPN"},
            {"name": "Extraction report - Exhibit MT-1.pdf", "type": "DIGITAL_EXTRACT"},
            {"name": "CADENCE log 0412 15-02-26.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report CR-004471-26.pdf", "type": "CRIME_REPORT"},
            {"name": "MG2 Special Measures.pdf", "type": "MG2"},
        ],
    }
    return name, exp


# =============================================================================================
# Case B  -  Sallowshire Police.  Compliant.  Complainant aged 16, youth-worker first account,
#            no-comment interview, question-and-answer MG3 (ODT), ABE summary in RTF.
# =============================================================================================
def case_B(out, rng):
    name = "SP-RASSO-26-0301"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "52SA0330126"
    HEAD = "OFFICIAL-SENSITIVE"

    qa = [
        ("Q1. What is the case about?",
         "Lily-Mae ASHWORTH (16, DOB 14/08/2009) says that on Sunday 08/03/2026 at about 20:30, in the "
         "suspect's grey Vauxhall Corsa parked at Millpond Lane car park, Brackenford, Connor DEAKIN (19) "
         "put his hand inside her leggings and penetrated her vagina with his fingers after she had pushed "
         "his hand away and told him to stop, and squeezed her breast under her top. They had been talking on "
         "Snapchat for about three weeks and this was the first time they had met alone. Kissing before the "
         "assault was consensual."),
        ("Q2. What does the complainant say, and how was her account recorded?",
         "Her account was video-recorded (ABE) on 12/03/2026 at the Cedar Suite, Sallowfield, by DC 3391 "
         "SHAH, a trained child interviewer. The recording (IS/1 master, IS/2 working copy), the ABE summary "
         "and DC SHAH's MG11 exhibiting it are attached. She was 16 at interview; her mother was not in the "
         "room at Lily-Mae's request."),
        ("Q3. Who did she first tell? Is there a statement?",
         "She first told Samuel OYELARAN, senior youth worker at Brackenford Youth Hub, at about 16:05 on "
         "Tuesday 10/03/2026. His MG11 is attached, together with the safeguarding concern form he wrote at "
         "16:20 the same day (SO/1). She had told nobody before him. Her mother was called to the hub; "
         "Lily-Mae did not describe the incident to her mother herself."),
        ("Q4. Who was the first officer to attend?",
         "PC 4410 Hannah PRICE attended the youth hub at 17:10 on 10/03/2026 and took brief first account "
         "details. Her MG11 is attached."),
        ("Q5. What does the suspect say? What is the likely defence?",
         "DEAKIN was arrested at 07:15 on 13/03/2026 by PC 2718 LLOYD (body-worn video GL/1, attached). On "
         "caution he replied: \"What? She wanted to. Ask her.\" He was interviewed from 14:20 to 14:51 the "
         "same day with his solicitor, Mr Ravi CHANDRA, present. He answered \"no comment\" to every question "
         "and gave no prepared statement. The special warning provisions did not arise. The likely defence, "
         "from his reply on arrest, is that the touching was consensual. The ROTI is attached; the prosecutor "
         "may wish to consider an adverse inference under s.34 CJPOA 1994 if consent is raised at trial."),
        ("Q6. What forensic or medical evidence is there?",
         "None. A forensic medical examination at Willow House SARC was offered on 10/03/2026 and declined "
         "by Lily-Mae, with her mother's agreement; by then two days had passed, she had showered and her "
         "clothes had been washed. No samples were taken and no forensic submissions have been made. The car "
         "was not examined: Lily-Mae accepts she got into it willingly and was kissing DEAKIN, so her DNA in "
         "the car would not help to prove anything in issue. No medical records are relied on."),
        ("Q7. What digital material has been obtained or sought?",
         "Lily-Mae's phone: she did not want her phone examined and it has not been. She says DEAKIN sent her a "
         "Snapchat at about 22:14 that night saying \"sorry if I went too far\", which disappeared after she "
         "opened it; she did not screenshot it. We can look for that message, and any other messages between "
         "them from 15/02/2026 to 13/03/2026, on DEAKIN's own phone (GL/2), which is being examined (see Q9). "
         "Her phone would add nothing that his phone cannot show, so we are not asking for it."),
        ("Q8. Lines of enquiry, including those pointing away from the suspect. What was not pursued and why?",
         "Done: ABE; first account statement; first officer statement; arrest with BWV; interview; PNC checks; "
         "ANPR - the Corsa was recorded on the A614 camera at 20:02 heading into Brackenford and at 20:51 "
         "heading out, which fits both her timings and any innocent account; Millpond Lane car park - "
         "Sallowshire District Council confirmed on 14/03/2026 that there are no cameras there. "
         "Pointing away from the suspect: his phone may hold friendly messages from Lily-Mae after the "
         "event, or messages that contradict her account, and it is being examined for exactly that period. "
         "The ANPR is neutral and is on the MG6C. "
         "Not pursued: We will not be requesting her school records or any social care records. There is no "
         "social care involvement with the family, the school holds no concern relating to DEAKIN, and nothing "
         "in either account suggests those records would hold anything relevant to the issues; a request "
         "would not be a reasonable line of enquiry and would intrude on her privacy. House-to-house was not "
         "done: the car park is bordered by the river and allotments and has no overlooking houses."),
        ("Q9. What evidence is outstanding and when will it be available?",
         "Extraction of DEAKIN's Samsung phone (GL/2), Snapchat and other messages with Lily-Mae from "
         "15/02/2026 to 13/03/2026 - Digital Forensic Unit job SDF-0418 - target date 15/05/2026. Nothing "
         "else is outstanding."),
        ("Q10. Third-party material?",
         "None requested (see Q8). The youth hub's safeguarding concern form (SO/1) was handed to PC PRICE by "
         "Mr OYELARAN on 10/03/2026 and is exhibited in his statement. The Registered Intermediary's "
         "assessment report is listed on the MG6D."),
        ("Q11. Disclosure",
         "MG6C and MG6D attached (one workbook, two sheets). Rebuttable presumption material with the file: "
         "incident log 1088, the crime record, the SO/1 safeguarding form and PC PRICE's pocket notebook entry "
         "(first complaint records), and the witness PNC checks."),
        ("Q12. Special measures and intermediary",
         "See MG2. Lily-Mae is under 18 and eligible under s.16 YJCEA 1999. She wants her ABE played as her "
         "evidence-in-chief and wants her cross-examination pre-recorded under s.28; she would prefer the live "
         "link. A Registered Intermediary, Claire DOBBS, assessed her on 11/03/2026: she communicates well "
         "and an intermediary was not needed for the ABE; the RI recommends breaks every 30 minutes and short "
         "plain questions, and that the need for an intermediary is reviewed before any s.28 hearing."),
        ("Q13. Victim's needs, VPS and ISVA",
         "Needs: no interpreter. Lily-Mae has dyslexia; letters and documents should be read to her or "
         "explained by phone. Contact is through her mother, Donna ASHWORTH, who has parental responsibility. "
         "Dates to avoid: GCSE examinations 11/05/2026 to 19/06/2026. "
         "VPS: the scheme was explained to Lily-Mae and her mother on 12/03/2026 and a VPS was offered; she "
         "would like to make one once she knows whether DEAKIN will be charged. "
         "ISVA: The CHISVA referral is to be made once she decides. Lily-Mae and her mother were given the "
         "Beacon CHISVA Service leaflet on 12/03/2026 and want time to think; DC SHAH will ask again at the "
         "next update on 27/03/2026."),
        ("Q14. Was early advice sought?",
         "No. The suspect was arrested and interviewed within five days of the report and the evidence is "
         "contained, so early advice was not considered necessary (agreed with DS WALSH on 13/03/2026)."),
        ("Q15. Supervisor's endorsement",
         "Reviewed by DS 1450 Kerry WALSH on 20/03/2026. File meets the NFS for a full code test submission."),
    ]
    blocks = [("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
              ("i", "Sallowshire Police - pre-charge submission in question and answer format (v2)"),
              ("kv", [("URN", URN),
                      ("Suspect", "DEAKIN, Connor James - DOB 02/05/2006"),
                      ("Offences", "1. Assault by penetration, SOA 2003 s.2.  2. Sexual assault, SOA 2003 s.3.  "
                                   "Both 08/03/2026, Millpond Lane car park, Brackenford."),
                      ("Decision required", "Full Code Test"),
                      ("Bail status", "Pre-charge bail to 13/06/2026. Conditions: not to contact Lily-Mae ASHWORTH "
                                      "directly or indirectly, including by social media; not to enter Brackenford "
                                      "Youth Hub, Station Road, or the grounds of Brackenford Academy."),
                      ("OIC", "DC 3391 Imran SHAH - 01632 960733 - imran.shah@sallowshire.police.example"),
                      ("Date", "20/03/2026")], 0.25)]
    for q, a in qa:
        blocks.append(("b", q))
        blocks.append(("p", a))
    write_odt(os.path.join(F, "MG3_QA_template.odt"),
              {"blocks": blocks, "head": "OFFICIAL-SENSITIVE - MG3", "foot": f"URN {URN}", "author": "SHAH Imran",
               "created": dt(2026, 3, 20, 13), "title": "MG3 DEAKIN"})

    write_video(os.path.join(F, "ABE_ASHWORTH_12032026.mp4"), "VRI Lily-Mae ASHWORTH 12-03-2026",
                ["CEDAR SUITE SALLOWFIELD", "12/03/2026 10:30:04", "IS/2"], seconds=3, rng=rng,
                when=dt(2026, 3, 12, 10, 30))
    summ = {"head": "OFFICIAL-SENSITIVE", "foot": f"URN {URN}  ABE summary IS/1", "author": "SHAH Imran",
            "created": dt(2026, 3, 14, 9), "title": "ABE summary ASHWORTH", "blocks": [
        ("title", "ABE INTERVIEW SUMMARY"),
        ("kv", [("URN", URN), ("Witness", "Lily-Mae ASHWORTH (16) - complainant"),
                ("Date", "12/03/2026, 10:30 to 11:24, with a break 10:58 to 11:06"),
                ("Place", "Cedar Suite, Sallowfield"), ("Interviewer", "DC 3391 SHAH"),
                ("Monitor", "DC 2204 FORBES"), ("Recording", "IS/1 master; IS/2 working copy")], 0.25),
        ("table", ["Time", "Topic", "Summary"], [
            ["00:00", "Rapport", "Introductions; school, youth hub, her dog. Ground rules and truth/lies explained "
                                 "in simple words; she says she is dyslexic and prefers not to read anything."],
            ["00:07", "Free recall", "Met Connor at a friend's party in February; chatted on Snapchat. He picked her "
                                     "up at 19:50 on Sunday 8 March from the end of her road and drove to Millpond "
                                     "Lane car park."],
            ["00:15", "Free recall", "They kissed; she was happy to. He put his hand down the front of her leggings. "
                                     "She pushed his hand away and said 'stop, I don't want to'. He said 'relax' and "
                                     "put his hand back inside her knickers and put his fingers inside her vagina. "
                                     "She says it hurt. He squeezed her left breast under her top."],
            ["00:22", "Free recall", "She opened the door and got out and walked home (about 15 minutes). Got home "
                                     "about 21:15, went to her room. Did not tell her mum."],
            ["00:28", "Break", "Break at the RI's recommendation; resumed 11:06."],
            ["00:36", "Questions", "Clarifies: it lasted 'maybe a minute'; she said stop twice; he was leaning over "
                                   "from the driver's seat; the car light was off; a song was playing."],
            ["00:45", "Questions", "Snapchat from him at about 22:14: 'sorry if I went too far'. It disappeared "
                                   "after she opened it. She did not screenshot it."],
            ["00:50", "Questions", "Told Sam at the youth hub on Tuesday after the session because 'he's someone "
                                   "you can talk to'."],
            ["00:54", "Closure", "Her questions answered; support; next steps explained with her mother afterwards."],
        ], [0.1, 0.17, 0.73]),
    ]}
    write_rtf(os.path.join(F, "ABE summary.rtf"), summ)

    shah = mg11_doc(urn=URN, name="Imran SHAH", occupation="Detective Constable 3391", date="14/03/2026",
                    sig="Signed: I. SHAH DC3391", created=dt(2026, 3, 14, 10), style="niche",
                    force="Sallowshire Police", stmt_no="S4", place="Sallowfield Police Station", body=[
        "I am a Detective Constable in the Sallowshire Police Child and Adult Sexual Offences team. I am "
        "trained to conduct Achieving Best Evidence interviews with children and young people.",
        "On 11th March 2026 I arranged for Registered Intermediary Claire DOBBS to assess Lily-Mae ASHWORTH "
        "(DOB 14/08/2009) before interview. Ms DOBBS advised that an intermediary was not needed for the "
        "interview and recommended regular breaks and short, plain questions, which I followed.",
        "On Thursday 12th March 2026 between 10:30 and 11:24 I conducted a video-recorded interview with "
        "Lily-Mae at the Cedar Suite, Sallowfield. DC 2204 FORBES monitored. There was a break between 10:58 "
        "and 11:06. Lily-Mae chose not to have her mother in the interview room.",
        "I now produce the master recording of that interview as exhibit IS/1 (digital evidence reference "
        "SDE-26-0771) and a working copy as exhibit IS/2. I also produce the written interview plan I "
        "prepared on 11th March 2026 as exhibit IS/3.",
        "After the interview I explained the Victim Personal Statement scheme to Lily-Mae and her mother and "
        "offered her the opportunity to make one.",
    ])
    write_docx(os.path.join(F, "DC SHAH MG11.docx"), shah)

    sam = mg11_doc(urn=URN, name="Samuel OYELARAN", occupation="Senior youth worker", date="11/03/2026",
                   sig="@scribble:S Oyelaran", witnessed="@scribble:H Price", created=dt(2026, 3, 11, 15),
                   style="classic", body=[
        "I am a senior youth worker employed by Sallowshire County Council at Brackenford Youth Hub, Station "
        "Road, Brackenford. I have worked there for six years. I am the hub's designated safeguarding lead.",
        "I have known Lily-Mae ASHWORTH for about two years. She comes to the Tuesday and Thursday sessions.",
        "On Tuesday 10th March 2026 the afternoon session finished at 16:00. Lily-Mae stayed behind, which "
        "she does sometimes to help tidy up. At about 16:05 she asked if she could talk to me. We went into "
        "the small office with the door open and another member of staff, Priya MALIK, nearby in the hall.",
        "Lily-Mae was quiet and was picking at her sleeve. She said, \"Something happened on Sunday and I "
        "don't know if it's my fault.\" I told her she could tell me whatever she wanted to.",
        "She told me that she had gone for a drive with a boy called Connor who she had been talking to on "
        "Snapchat, that they had parked at Millpond Lane and were kissing, and that he put his hand down her "
        "leggings. She said, \"I pushed his hand away and told him to stop, and he just said relax and did it "
        "anyway.\" I asked her, without pressing for detail, what she meant by \"did it\". She said, \"He put "
        "his fingers inside me.\" She also said he had grabbed her boob under her top. She said she got out "
        "of the car and walked home.",
        "She became tearful and said she had not told her mum or anyone else. I told her I believed she had "
        "done the right thing telling me, that it was not her fault, and that I would have to share what she "
        "had told me to keep her safe. She agreed to me calling the police and her mum.",
        "At 16:20 I wrote down what she had said on the hub's safeguarding concern form, as close to her "
        "words as I could. I now produce that form as exhibit SO/1. At 16:32 I telephoned the police on 101. "
        "I then telephoned her mother, Donna ASHWORTH, who arrived at about 16:55. Lily-Mae asked me to explain "
        "to her mum that something had happened, and I did so in general terms only.",
        "PC PRICE arrived at about 17:10. I handed her a copy of the safeguarding form.",
        "I have not discussed what Lily-Mae told me with anyone other than the police, her mother and my line "
        "manager.",
    ])
    sam["cont_head"] = "Continuation of statement of Samuel OYELARAN"
    sam["px_font"] = 33
    pages = render_pages_auto(sam, rng)
    photo_names = ["IMG_3381.jpg", "IMG_3382.jpg", "IMG_3383.jpg", "IMG_3384.jpg"]
    for i, pg in enumerate(pages):
        write_photo_jpeg(os.path.join(F, photo_names[i]), pg, rng, angle=[1.8, -2.4, 2.1, -1.5][i])
    n_sam_pages = len(pages)

    price = mg11_doc(urn=URN, name="Hannah PRICE", occupation="Police Constable 4410", date="10/03/2026",
                     sig="[signed]", created=dt(2026, 3, 10, 22), style="boxes", body=[
        "I am a Police Constable in Sallowshire Police, Brackenford neighbourhood team.",
        "At 16:41 hours on Tuesday 10th March 2026 I was deployed to incident 1088, a report from "
        "Brackenford Youth Hub that a 16-year-old girl had disclosed a sexual assault. I was the first "
        "officer to attend and arrived at 17:10 hours.",
        "I spoke to Samuel OYELARAN, who handed me a copy of a safeguarding concern form he had written "
        "(exhibit SO/1). I then spoke to Lily-Mae ASHWORTH in the office with her mother, Donna ASHWORTH, "
        "present. I explained that I only needed the main points and that a specially trained officer would "
        "speak to her properly.",
        "Lily-Mae told me that on Sunday evening she had been in a car with a boy called Connor DEAKIN at "
        "Millpond Lane car park, that he had put his hand inside her leggings after she told him to stop, "
        "and that he had put his fingers inside her. I recorded this in my pocket notebook at 17:25.",
        "I explained what a forensic medical examination was and offered one. Lily-Mae said she did not want "
        "one; her mother agreed with her decision. She told me she had showered and that her clothes had been "
        "washed on Monday.",
        "I did not record anything on body-worn video at the hub. Lily-Mae's mother asked me not to film her "
        "daughter, and I made a written record in my pocket notebook instead.",
    ])
    write_pdf(os.path.join(F, "PRICE 4410 statement.pdf"), price)

    lloyd = mg11_doc(urn=URN, name="Gareth LLOYD", occupation="Police Constable 2718", date="13/03/2026",
                     sig="(Sgd) G. Lloyd", created=dt(2026, 3, 13, 18), style="boxes", body=[
        "I am a Police Constable in Sallowshire Police.",
        "At 07:15 hours on Friday 13th March 2026 at 7 Kiln Lane, Sallowfield I arrested Connor James DEAKIN "
        "(DOB 02/05/2006) on suspicion of assault by penetration. I cautioned him and he replied, \"What? She "
        "wanted to. Ask her.\" My body-worn camera was recording throughout the arrest. I later downloaded "
        "the footage to the digital evidence system and now produce the clip of the arrest (07:14 to 07:17) "
        "as exhibit GL/1.",
        "I seized a black Samsung Galaxy S23 mobile phone from DEAKIN's trouser pocket, which I produce as "
        "exhibit GL/2. I placed it in a Faraday bag.",
        "I conveyed DEAKIN to Sallowfield custody, arriving at 07:41 hours.",
    ])
    write_pdf(os.path.join(F, "LLOYD arrest stmt.pdf"), lloyd)
    write_video(os.path.join(F, "BWV_GL1_arrest.mp4"), "BWV PC2718 LLOYD 13-03-2026",
                ["AXON BODY 3  X6012718", "2026-03-13 07:14:52", "GL/1"], seconds=3, rng=rng, cctv=True,
                when=dt(2026, 3, 13, 7, 14))

    nc = [["14:21", "DC SHAH", "Do you know Lily-Mae ASHWORTH?", "No comment."],
          ["14:22", "DC SHAH", "How did you meet her?", "No comment."],
          ["14:24", "DC SHAH", "Did you pick her up on Sunday the 8th of March?", "No comment."],
          ["14:26", "DC SHAH", "Where did you drive to?", "No comment."],
          ["14:29", "DC SHAH", "She says she told you to stop. Did she?", "No comment."],
          ["14:31", "DC SHAH", "Did you put your fingers inside her vagina?", "No comment."],
          ["14:34", "DC SHAH", "When you were arrested you said 'She wanted to.' What did you mean?", "No comment."],
          ["14:37", "DC FORBES", "Did you send her a Snapchat saying 'sorry if I went too far'?", "No comment."],
          ["14:41", "DC FORBES", "Is there anything you want to tell us about that evening?", "No comment."],
          ["14:48", "DC SHAH", "Is there anything you wish to add or clarify?", "No comment."]]
    roti = {"head": HEAD, "foot": f"URN {URN}  ROTI DEAKIN", "created": dt(2026, 3, 16, 9), "author": "SHAH Imran",
            "title": "ROTI DEAKIN", "blocks": [
        ("title", "Record of Tape Recorded Interview"),
        ("kv", [("URN", URN), ("Interviewee", "DEAKIN, Connor James (DOB 02/05/2006)"),
                ("Date", "13/03/2026"), ("Time", "14:20 - 14:51"), ("Location", "Sallowfield custody, room 2"),
                ("Officers", "DC 3391 SHAH, DC 2204 FORBES"),
                ("Legal adviser", "Mr Ravi CHANDRA, Chandra Law"), ("Appropriate adult", "Not required (aged 19)")], 0.28),
        ("p", "Caution given at 14:20 and explained. At the start of the interview Mr CHANDRA stated that, on "
              "his advice, his client would not be answering questions. No prepared statement was handed in "
              "before, during or after the interview."),
        ("table", ["Time", "Officer", "Question (summary)", "Reply"], nc, [0.09, 0.14, 0.57, 0.2]),
        ("p", "DEAKIN answered \"no comment\" to every question. Interview concluded at 14:51."),
        ("sig", "Prepared by:", "DC 3391 I SHAH - 16/03/2026"),
    ]}
    write_pdf(os.path.join(F, "Record of interview DEAKIN.pdf"), roti)

    write_pdf(os.path.join(F, "DEAKIN PNC.pdf"), pnc_doc(
        urn=URN, surname="Deakin", forenames="Connor James", dob="02/05/2006", pnc_id="24/0193377L", cro=None,
        convictions=[], head=HEAD, created=dt(2026, 3, 13, 16, 2), operator="DC 3391 SHAH", layout="summary"))
    write_docx(os.path.join(F, "Witness PNC checks.docx"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 3, 16, 11), operator="DC 3391 SHAH",
        rows=[["Lily-Mae ASHWORTH", "14/08/2009", "No trace", "Nil"],
              ["Samuel OYELARAN", "19/01/1992", "No trace", "Nil (enhanced DBS holder)"]],
        note="Nil return for both civilian prosecution witnesses."))

    mg2 = {"head": HEAD, "foot": f"MG2  URN {URN}", "author": "SHAH Imran", "created": dt(2026, 3, 19, 14),
           "title": "MG2 ASHWORTH", "blocks": [
        ("title", "MG2 - SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", URN), ("Witness", "Lily-Mae ASHWORTH, DOB 14/08/2009 (16)"),
                ("Eligibility", "Vulnerable - under 18 at the time of the hearing (YJCEA 1999 s.16(1)(a)); also "
                                "complainant in a sexual offence (s.17(4))"),
                ("Views obtained from", "Lily-Mae, with her mother present, 12/03/2026 and 19/03/2026")], 0.28),
        ("table", ["Measure", "Requested?", "Witness's view / reasons"], [
            ["s.27 video-recorded evidence-in-chief", "Yes", "ABE IS/1 to be played."],
            ["s.28 pre-recorded cross-examination", "Yes", "Lily-Mae wants her cross-examination recorded early so "
                                                          "that she can 'get it over with' and concentrate on her exams."],
            ["s.24 live link", "Yes", "From the Cedar Suite or another remote site; does not want to go to court."],
            ["s.23 screens", "Fallback only", "Only if the live link is unavailable."],
            ["s.29 intermediary", "Not at present", "RI Claire DOBBS assessed 11/03/2026: good communication; "
                                                    "recommend breaks every 30 min and short plain questions; review "
                                                    "before any s.28 hearing."],
            ["s.30 aids to communication", "No", ""],
        ], [0.32, 0.16, 0.52]),
        ("h", "Other needs"),
        ("p", "No interpreter. Dyslexia - read documents to her. Supporter at court: her mother. Contact via "
              "mother (Donna ASHWORTH). Dates to avoid: 11/05/2026 - 19/06/2026 (GCSEs)."),
    ]}
    write_docx(os.path.join(F, "MG2 ASHWORTH.docx"), mg2)

    c_rows = [
        [1, "STORM-S incident 1088 of 10/03/2026 - 101 call from Samuel OYELARAN and deployment", "With file",
         "Rebuttable presumption - provided"],
        [2, "Crime record SP/CR/26/0330 and investigation log to 20/03/2026", "With file",
         "Rebuttable presumption - provided"],
        [3, "PC 4410 PRICE pocket notebook p.17, Lily-Mae's first account to police 10/03/2026 17:25", "With file",
         "Record of first complaint - provided"],
        [4, "Strategy discussion minutes (police / Children's Services), 11/03/2026 - summary of decisions only",
         "Case file", "Does not meet test"],
        [5, "ABE interview plan, 11/03/2026 (IS/3)", "Case file", "Does not meet test"],
        [6, "Custody record DEAKIN 13/03/2026 (SF/26/04410)", "Custody system", "Does not meet test"],
        [7, "Interview audio recording DEAKIN 13/03/2026 (SDE-26-0790)", "DEMS", "ROTI provided - does not meet test"],
        [8, "ANPR read report for the Corsa, A614 camera, 08/03/2026 19:30-21:30 (2 reads: 20:02 inbound, 20:51 "
            "outbound)", "Case file", "Neutral - does not meet test"],
        [9, "E-mail from Sallowshire District Council, 14/03/2026, confirming no CCTV at Millpond Lane car park",
         "Case file", "Does not meet test"],
        [10, "DFU submission SDF-0418 for DEAKIN's phone GL/2 (date range 15/02/2026-13/03/2026)", "DFU",
         "Does not meet test"],
    ]
    d_rows = [
        [1, "Registered Intermediary assessment report, Claire DOBBS, 11/03/2026", "Case file",
         "Personal and health information (dyslexia) about a child witness", "Does not undermine"],
        [2, "Youth hub safeguarding referral onward to Children's Services, 10/03/2026 (no further action by CS)",
         "Children's Services", "Child safeguarding record", "Does not meet test"],
        [3, "Contact details of the complainant and her mother", "Crime record", "Personal data", "Does not meet test"],
    ]
    write_xlsx(os.path.join(F, "Unused schedules MG6C MG6D.xlsx"), [
        ("MG6C", ["MG6C - POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN {URN}   R v DEAKIN",
                  "Disclosure officer: DC 3391 SHAH"],
         ["No.", "Description", "Location", "DO comment"], c_rows, [6, 70, 20, 34]),
        ("MG6D", ["MG6D - POLICE SCHEDULE OF SENSITIVE MATERIAL", f"URN {URN}   R v DEAKIN",
                  "Disclosure officer: DC 3391 SHAH"],
         ["No.", "Description", "Location", "Reason for sensitivity", "DO comment"], d_rows, [6, 60, 18, 34, 20]),
    ], author="SHAH Imran", created=dt(2026, 3, 20, 10), title="Unused material schedules")

    write_pdf(os.path.join(F, "MG12.pdf"), mg12_doc(
        urn=URN, head=HEAD, created=dt(2026, 3, 20, 11), officer="DC 3391 SHAH", rows=[
            ["SO/1", "Brackenford Youth Hub safeguarding concern form, 10/03/2026 16:20", "S OYELARAN", "With file"],
            ["IS/1", "ABE master recording, Lily-Mae ASHWORTH, 12/03/2026 (SDE-26-0771)", "DC 3391 SHAH", "DEMS"],
            ["IS/2", "ABE working copy", "DC 3391 SHAH", "With file"],
            ["IS/3", "ABE interview plan", "DC 3391 SHAH", "Case file"],
            ["GL/1", "Body-worn video clip of arrest, 13/03/2026 07:14-07:17", "PC 2718 LLOYD", "With file"],
            ["GL/2", "Samsung Galaxy S23 (DEAKIN)", "PC 2718 LLOYD", "DFU job SDF-0418"],
        ]))

    log_rows = [
        ["16:32", "CH 0915", "101 call from Samuel OYELARAN, senior youth worker, Brackenford Youth Hub, 01632 960258. "
                             "A 16-year-old girl, Lily-Mae ASHWORTH, has disclosed that on Sunday evening a male "
                             "named Connor put his fingers inside her in his car at Millpond Lane after she told "
                             "him to stop. She is safe at the hub. Caller is contacting her mother."],
        ["16:34", "CH 0915", "Child victim. Suspect aged about 19 per caller. No immediate risk - suspect not present. "
                             "Safeguarding form completed by caller."],
        ["16:36", "CH 0915", "THRIVE completed - grade: priority."],
        ["16:41", "DISP 04", "PC 4410 PRICE assigned."],
        ["17:10", "PC 4410", "At scene."],
        ["17:40", "PC 4410", "Brief account obtained (PNB). FME offered and declined by victim, supported by mother. "
                             "Suspect Connor DEAKIN, 7 Kiln Lane, Sallowfield. CSAOT informed."],
        ["18:05", "DS 1450", "Strategy discussion with Children's Services booked for 11/03 09:30. DC SHAH OIC."],
        ["18:20", "PC 4410", "Victim conveyed home with mother. Closing to crime SP/CR/26/0330."],
    ]
    write_pdf(os.path.join(F, "Incident 1088 10-03-26.pdf"), incident_log_doc(
        urn=URN, system="STORM-S", inc_no="1088", opened="16:32", rows=log_rows, head=HEAD,
        created=dt(2026, 3, 16, 12), summary_kv=[("Date", "10/03/2026"), ("Caller", "Samuel OYELARAN (third party)"),
                                                  ("Type", "Sexual offence - child victim")]))
    crime = {"head": HEAD, "foot": f"Niche occurrence SP/CR/26/0330  URN {URN}", "created": dt(2026, 3, 16, 12, 5),
             "author": "SHAH Imran", "title": "Crime record", "blocks": [
        ("b", "Sallowshire Police - Niche RMS - Occurrence summary"),
        ("title", "CRIME RECORD SP/CR/26/0330"),
        ("kv", [("Offence", "Assault a female by penetration (SOA 2003 s.2); sexual assault (s.3)"),
                ("Occurred", "08/03/2026 20:15 - 20:45"), ("Location", "Millpond Lane car park, Brackenford"),
                ("Reported", "10/03/2026 16:32, third party (youth worker), incident 1088"),
                ("Victim", "ASHWORTH, Lily-Mae - F - 16 - White British - dyslexia (recorded with consent)"),
                ("Suspect", "DEAKIN, Connor James - M - 19 - pre-charge bail"),
                ("OIC", "DC 3391 SHAH"), ("URN", URN)], 0.25),
        ("h", "Victim contact log"),
        ("table", ["Date", "Contact"], [
            ["10/03/2026", "Initial contact at hub with mother present (PC PRICE)."],
            ["12/03/2026", "ABE. VPS explained and offered to victim and mother - wants to make one after the charging "
                           "decision. CHISVA leaflet given - family to decide."],
            ["16/03/2026", "Update by phone to mother re arrest and bail conditions."],
            ["19/03/2026", "Special measures views confirmed with victim and mother (MG2)."],
        ], [0.18, 0.82]),
    ]}
    write_pdf(os.path.join(F, "Crime record 52SA-CR-0330.pdf"), crime)

    form = {"head": "Brackenford Youth Hub - Sallowshire County Council Youth Service", "pagefoot": False,
            "blocks": [
        ("title", "SAFEGUARDING CONCERN FORM"),
        ("kv", [("Young person", "Lily-Mae ASHWORTH   (age 16)"), ("Date / time of disclosure", "10/03/26  16:05"),
                ("Recorded by", "Samuel OYELARAN (DSL)"), ("Date / time written", "10/03/26  16:20")], 0.35),
        ("b", "What was said (use the young person's words):"),
        ("p", "Something happened on Sunday and I don't know if it's my fault. Went in Connor's car to Millpond "
              "Lane. We were kissing. He put his hand down my leggings. \"I pushed his hand away and told him to "
              "stop, and he just said relax and did it anyway.\" \"He put his fingers inside me.\" He grabbed my "
              "boob under my top. I got out and walked home. Haven't told mum or anyone."),
        ("b", "Action taken:"),
        ("p", "Reassured. Explained I must share. LM agreed to police + mum being told. 101 called 16:32. Mum "
              "called 16:38."),
        ("sig", "Signed:", "@scribble:S Oyelaran"),
        ("small", f"Police ref: incident 1088 / exhibit SO/1 / URN {URN}"),
    ]}
    write_scanned_pdf(os.path.join(F, "Hub safeguarding form SO-1.pdf"), form, rng, dt(2026, 3, 11, 8, 30))
    pnb = pnb_doc("PC 4410 PRICE   PNB 2207   p.17", [
        "Tue 10/03/26. 17:10 Brackenford Youth Hub, Station Rd. Inc 1088. Present: Lily-Mae ASHWORTH (16), "
        "mother Donna ASHWORTH, S OYELARAN (youth worker) handed me copy safeguarding form.",
        "17:25 LM first account, her words: \"Sunday night I was in Connor's car at Millpond Lane. He put his "
        "hand in my leggings. I told him to stop and he said relax. He put his fingers inside me.\"",
        "Suspect: Connor DEAKIN approx 19, 7 Kiln Lane Sallowfield (per LM). Grey Corsa.",
        "FME offered - declined by LM, mum agrees. Showered, clothes washed Mon. No BWV - mum asked no filming."],
        [("Read and signed:", "@scribble:L Ashworth"), ("Witnessed (mother):", "@scribble:D Ashworth"),
         ("PC 4410", "@scribble:H Price")], f"URN {URN} - MG6C item 3 - copy for CPS")
    write_photo_jpeg(os.path.join(F, "IMG_3390.jpg"), render_pages(pnb, rng)[0], rng, angle=2.4)

    exp = {
        "case": name, "stage": "charging", "exit": 0,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "ROTI", "PNC", "MG6C", "MG6D",
                          "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "one_urn"],
        "docs": [
            {"name": "MG3_QA_template.odt", "type": "MG3"},
            {"name": "ABE_ASHWORTH_12032026.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary.rtf", "type": "ABE_SUMMARY"},
            {"name": "DC SHAH MG11.docx", "type": "MG11", "role": "officer"},
            {"name": "PRICE 4410 statement.pdf", "type": "MG11", "role": "officer"},
            {"name": "LLOYD arrest stmt.pdf", "type": "MG11", "role": "officer"},
            {"name": "BWV_GL1_arrest.mp4", "type": "BWV"},
            {"name": "Record of interview DEAKIN.pdf", "type": "ROTI"},
            {"name": "DEAKIN PNC.pdf", "type": "PNC"},
            {"name": "Witness PNC checks.docx", "type": "PNC"},
            {"name": "MG2 ASHWORTH.docx", "type": "MG2"},
            {"name": "Unused schedules MG6C MG6D.xlsx", "type": ["MG6C", "MG6D"]},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "Incident 1088 10-03-26.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime record 52SA-CR-0330.pdf", "type": "CRIME_REPORT"},
        ] + [{"name": photo_names[i], "type": "MG11", "role": "first_account"} for i in range(n_sam_pages)],
    }
    return name, exp


# =============================================================================================
# Case C  -  Northmoor Police.  Compliant resubmission: MG3A answering a CPS action plan (.eml).
#            Written complainant statement (not ABE), forensic scientist's evaluative statement.
# =============================================================================================
def case_C(out, rng):
    name = "Resub_2_61NM0098825"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "61NM0098825"
    HEAD = "OFFICIAL-SENSITIVE\nNorthmoor Police"

    # ---------------------------------------------------------------- action plan (e-mail)
    body = f"""Dear DC McAllister,

R v Gareth Lee CALLOW - URN {URN} - pre-charge action plan

Thank you for the file submitted on 23 January 2026 seeking a full code test decision on one allegation
of rape (SOA 2003 s.1) against Gareth CALLOW. I have reviewed it. I am not yet able to make a decision.
Please complete the actions below and resubmit on an MG3A answering each numbered point.

1. The MG3 records that Ms Drummond first told "a colleague at work" on 20/12/2025. Please obtain and
   provide an MG11 from that colleague (Natalie BYRNE).
2. The suspect denies any sexual contact. The SFR1 is not sufficient: please obtain an evaluative
   statement from the forensic scientist on the findings on the vaginal swabs.
3. Please provide PNC and local checks (or a nil return) for every civilian prosecution witness,
   including any witness obtained under these actions.
4. Please identify the taxi driver who took Ms Drummond and the suspect home, obtain a statement dealing
   with where each went when the taxi arrived, and obtain the booking record.
5. MG6C items 9 ("Notes") and 12 ("Misc") are not described. Please re-describe every entry so that each
   item can be assessed on its own.
6. The MG2 does not record Ms Drummond's view on pre-recorded cross-examination (s.28). Please record it.
7. Please confirm whether Ms Drummond has consented to the release of the SARC notes.

Target date for the police response: 10 March 2026.

If any action cannot be completed by then, please let me know before that date.

Kind regards

Harriet OKONJO
Senior Crown Prosecutor, RASSO Unit, CPS Northmoor and Fenwick
Direct line 01632 960990
harriet.okonjo@cps.example
"""
    write_eml(os.path.join(F, "CPS action plan 10-02-26.eml"),
              "Harriet OKONJO <harriet.okonjo@cps.example>",
              "Fiona McALLISTER <fiona.mcallister@northmoor.police.example>",
              f"ACTION PLAN - R v CALLOW - {URN}", dt(2026, 2, 10, 14, 37), body,
              "<ap-61NM0098825-0210@cps.example>", cc="RASSO Gatekeeper <rasso.gatekeeper@northmoor.police.example>")

    # ---------------------------------------------------------------- MG3A
    ans = [
        ("1. Statement from the colleague (first account)",
         "Done. Natalie BYRNE made an MG11 on 13/02/2026, attached (03 BYRNE N MG11). She describes Sophie's "
         "telephone call at about 11:00 on Saturday 20/12/2025, in which Sophie told her that Gareth had come "
         "into her flat after the party and had sex with her when she had said no. Ms BYRNE is the only "
         "person Sophie told before reporting to the police."),
        ("2. Forensic scientist's evaluative statement",
         "Done. Dr Helen AYODELE of Arden Forensic Services made an MG11 on 24/02/2026, attached (07). Semen "
         "was found on the high and low vaginal swabs; the DNA profile matches CALLOW. She evaluates the "
         "findings as providing extremely strong support for the proposition that CALLOW had sexual "
         "intercourse with Sophie rather than that he had no sexual contact with her."),
        ("3. Witness PNC checks",
         "Done, attached (11 PNC witnesses). Sophie DRUMMOND and Natalie BYRNE: no trace. Paul KEMP (taxi "
         "driver): one conviction, 14/03/2011, theft from a shop, conditional discharge 12 months. The print "
         "is provided so that the prosecutor can consider disclosure."),
        ("4. Taxi driver and booking record",
         "Done. The driver was identified through Kingsmere Cars as Paul KEMP. His statement (06 KEMP) says "
         "he dropped a man and a woman matching the descriptions at Aspen Court at about 23:52 and saw them "
         "both go in through the communal door together, and that the man did not ask to be taken on. He "
         "produces the booking record as PK/1 (booking 19/12/2025 23:31, pick-up The Grange Hotel, one "
         "drop, Aspen Court, fare paid by card ending 4471). The card has been checked: it is Sophie's."),
        ("5. MG6C descriptions",
         "Done. The MG6C has been rewritten (12 MG6C revised). The old item 9 \"Notes\" is now item 9 (DC "
         "McALLISTER's notes of the initial contact with Sophie on 21/12/2025, including her choice of a "
         "written statement rather than a video interview) and item 10 (the briefing note for the arrest "
         "team, 21/12/2025). The old item 12 \"Misc\" is now items 13 to 16, each described individually."),
        ("6. Sophie's view on s.28",
         "Done. Explained on 02/03/2026, including that pre-recorded cross-examination is available only "
         "where evidence-in-chief is video-recorded. Sophie does not want to make a video-recorded account "
         "and does not want s.28. She would like to give evidence at trial by live link from the Heather "
         "House remote site, with screens as the alternative. The updated MG2 is attached (15)."),
        ("7. Consent to the release of SARC notes",
         "Confirmed. Sophie signed the Heather House consent form on 21/12/2025 agreeing to the release of the "
         "examination notes to the police and CPS; it is recorded on the rear of her MG11 (02). The notes "
         "are on the MG6D, item 1, and Dr ADEBAYO's statement is attached (08)."),
    ]
    blocks = [("small", "MG 3A"), ("title", "FURTHER REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
              ("kv", [("URN", URN), ("Suspect", "CALLOW, Gareth Lee (09/11/1984)"),
                      ("Offence", "Rape, SOA 2003 s.1, 20/12/2025, 3 Aspen Court, Kingsmere"),
                      ("Decision sought", "Full Code Test (as original submission of 23/01/2026)"),
                      ("Responding to", "CPS action plan, Harriet OKONJO SCP, e-mail of 10/02/2026, target 10/03/2026"),
                      ("Bail", "Pre-charge bail extended to 21/06/2026 by Supt REID on 20/02/2026. "
                               "Conditions unchanged: no contact with Sophie DRUMMOND or Natalie BYRNE directly "
                               "or indirectly; not to attend Aspen Court, Kingsmere."),
                      ("OIC", "DC 2840 Fiona McALLISTER - 01632 960552 - fiona.mcallister@northmoor.police.example"),
                      ("Date", "06/03/2026")], 0.25),
              ("h", "Response to the action plan")]
    for q, a in ans:
        blocks += [("b", q), ("p", a)]
    blocks += [
        ("h", "Other developments since the original submission"),
        ("p", "CALLOW's iPhone (FM/2) was examined by the DFU; the report of 30/01/2026 is attached (19). It "
              "shows the two WhatsApp messages he sent Sophie at 09:12 and 09:14 on 20/12/2025 (\"Last night "
              "was a mistake. Let's keep it between us x\" and \"Please don't say anything to anyone at "
              "work\"), the same as the screenshots Sophie sent on 21/12/2025 (FM/1). This was the item "
              "shown as outstanding on the original MG3 with a target date of 13/02/2026; it is complete."),
        ("p", "Sophie's phone has not been examined and no request has been made for it. The only messages "
              "relied on are the two above, which are on his phone; nothing in either account makes anything "
              "else on her phone relevant."),
        ("p", "We have not requested counselling notes. Sophie started counselling with Northmoor Rape Crisis "
              "in February 2026, after her statement; there is nothing to suggest she has given a different "
              "account there, and a request would not be a reasonable line of enquiry."),
        ("h", "Lines of enquiry now"),
        ("p", "All lines of enquiry in the original MG3 are complete. The taxi enquiry was the remaining line "
              "capable of pointing away from the suspect (it could have supported his account that he did not "
              "go in); it does not support it. The hotel has no footage (its entrance cameras were out of "
              "order); the hotel receptionist saw them leave "
              "together, as the receptionist recalls (MG6C item 6)."),
        ("h", "Outstanding"),
        ("p", "No further enquiries are outstanding. The file is complete for a full code test decision."),
        ("h", "Victim"),
        ("p", "Needs, special measures, VPS and ISVA are as in the original MG3, updated in the MG2 (item 6 "
              "above). Sophie's ISVA (Kerry ADAMS, Northmoor ISVA Service) has been told of the resubmission. "
              "Sophie still does not wish to make a VPS at this stage; she knows she can make one at any time."),
        ("h", "Supervisor"),
        ("kv", [("Endorsed", "DS 0933 Graham PIKE, 06/03/2026 - all seven actions answered.")], 0.25),
    ]
    mg3a = {"blocks": blocks, "head": HEAD, "foot": f"MG3A  URN {URN}", "created": dt(2026, 3, 6, 15),
            "author": "McALLISTER Fiona", "title": "MG3A CALLOW"}
    write_pdf(os.path.join(F, "MG3A 06.03.2026.pdf"), mg3a)

    # ---------------------------------------------------------------- original MG3 (Jan 2026)
    mg3 = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG3  URN {URN}  - submitted 23/01/2026", "author": "McALLISTER Fiona",
           "created": dt(2026, 1, 23, 11), "title": "MG3 CALLOW", "blocks": [
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", URN), ("Suspect", "Gareth Lee CALLOW, 09/11/1984, 51 Quarry Road, Kingsmere"),
                ("Offence", "Rape (SOA 2003 s.1) - 20/12/2025 approx 00:05 - 3 Aspen Court, Kingsmere"),
                ("Test", "Full Code Test requested"),
                ("Bail", "Pre-charge bail to 21/03/2026: no contact with Sophie DRUMMOND directly or indirectly; "
                         "not to attend Aspen Court, Kingsmere"),
                ("OIC", "DC 2840 Fiona McALLISTER, 01632 960552, fiona.mcallister@northmoor.police.example"),
                ("Supervisor", "DS 0933 Graham PIKE - endorsed 23/01/2026")], 0.22),
        ("h", "Summary of the allegation"),
        ("p", "Sophie DRUMMOND (34) and Gareth CALLOW (41) both work at Halden & Roake Logistics. After the "
              "firm's Christmas party at The Grange Hotel on 19/12/2025 they shared a taxi. Sophie says he asked "
              "to use her toilet; inside her flat he kissed her, she pushed him away and said \"Gareth, no, "
              "you're married\", and he pushed her onto the sofa, pulled her underwear aside and had vaginal "
              "intercourse with her while she said no. He left at about 00:30."),
        ("h", "Complainant's evidence"),
        ("p", "A written statement was taken rather than a video-recorded interview. The ABE option was "
              "explained by DC McALLISTER on 21/12/2025 and Sophie chose to give a written statement because "
              "she did not want to be filmed. Her MG11 (22/12/2025) is attached."),
        ("h", "First account"),
        ("p", "Sophie first told a colleague at work, by telephone, at about 11:00 on 20/12/2025. Statement to "
              "be obtained - see outstanding. She reported to police by 101 at 09:20 on 21/12/2025; PC 1962 "
              "ROWE attended (statement attached)."),
        ("h", "Suspect's account"),
        ("p", "Arrested 21/12/2025. Interviewed 22/12/2025 with a solicitor. He denies any sexual contact. He "
              "says he shared the taxi, walked Sophie to her door, did not go in and walked home. He accepts "
              "sending the two WhatsApp messages on 20/12/2025 but says \"the mistake\" was sharing the taxi "
              "and flirting, and that he did not want gossip at work. Likely defence: denial that any "
              "intercourse took place; if the DNA is accepted, possibly consent."),
        ("h", "Forensic / medical"),
        ("p", "SARC examination 21/12/2025 (Dr ADEBAYO) - no injuries; swabs taken. Arden SFR1 (16/01/2026): "
              "semen on HVS, DNA matches CALLOW. Consent for release of SARC notes signed 21/12/2025."),
        ("h", "Lines of enquiry"),
        ("p", "Hotel CCTV requested: the entrance cameras were out of order that night and no footage exists; "
              "the receptionist recalls them leaving together. Taxi firm to be identified. CALLOW's phone seized (FM/2) - extraction requested for "
              "messages with Sophie 19/12/2025-21/12/2025. Sophie's phone is not required: the messages relied "
              "on are his, and she provided screenshots (FM/1). Neighbours at Aspen Court spoken to - none heard "
              "anything. Lines capable of pointing away from the suspect: the taxi driver may support his "
              "account that he did not go in; his phone may show friendly contact after the event."),
        ("h", "Outstanding"),
        ("table", ["Item", "Target date"], [
            ["MG11 from the colleague to whom Sophie first disclosed", "06/02/2026"],
            ["Extraction of CALLOW's phone FM/2 (DFU job NDF-26-0032)", "13/02/2026"],
            ["Identification of taxi firm and driver", "13/02/2026"]], [0.75, 0.25]),
        ("h", "Victim"),
        ("p", "Special measures: MG2 attached (screens/live link). Needs: none; no interpreter. ISVA: referred "
              "by Heather House SARC 21/12/2025 (Kerry ADAMS, Northmoor ISVA Service). VPS: offered 22/12/2025, "
              "declined at this stage; she knows she can make one later."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought because the suspect was identified, arrested and interviewed within "
              "two days and the investigation was straightforward."),
    ]}
    write_docx(os.path.join(F, "01 Original MG3 Jan26.docx"), mg3)

    # ---------------------------------------------------------------- complainant MG11 (written)
    soph_body = [
        "I am 34 years old and I work as the office manager at Halden & Roake Logistics on the Kingsmere "
        "business park. I have worked there for five years. I live alone in a ground floor flat at Aspen "
        "Court, Kingsmere.",
        "I know Gareth CALLOW through work. He is a supervisor in the warehouse. I would see him most days "
        "and we were friendly in a work way. I know he is married. Nothing had ever happened between us and "
        "I had never been out with him socially apart from work events.",
        "On Friday 19th December 2025 I went to the work Christmas party at The Grange Hotel in Kingsmere. It "
        "started at 7pm with a meal and then there was a disco. I drank quite a lot. I think I had four or "
        "five glasses of prosecco and two vodka and lemonades. I was drunk but I knew what I was doing and I "
        "remember the evening.",
        "At about half eleven I said I was going to get a taxi. Gareth said he lived in the same direction "
        "and asked if he could share it. I said yes. I did not think anything of it. The receptionist "
        "phoned Kingsmere Cars for me and the taxi came quite quickly. I paid on my card.",
        "In the taxi we chatted about the party. He did not try anything. When we got to Aspen Court he got "
        "out with me and said he was desperate for the toilet and could he use mine before he walked the rest "
        "of the way. I said OK. We went in through the main door and into my flat.",
        "He used the toilet and then came into the living room where I was taking my shoes off. He came up "
        "to me and kissed me on the lips. I pulled away and said, \"Gareth, no, you're married.\" He laughed "
        "and said, \"Nobody has to know.\" He kissed me again and put his hand on my chest. I pushed him with "
        "both hands and said, \"No, I mean it, go home.\"",
        "He pushed me backwards by my shoulders and I fell onto the sofa. He got on top of me. He was much "
        "heavier than me. I was wearing a black dress. He pulled my dress up and pulled my knickers to one "
        "side. I kept saying no and trying to push him off. He undid his trousers and put his penis inside "
        "my vagina. I said, \"Stop, please stop.\" He did not say anything. It went on for what felt like a "
        "few minutes. I think he ejaculated because he stopped and got off me.",
        "He did his trousers up and said, \"Don't make this into a thing, Soph.\" Then he left. I looked at "
        "the clock on the oven and it was about half past twelve.",
        "I locked the door and sat on the kitchen floor. I did not phone anyone because it was late and I "
        "felt ashamed. I did not shower until the Saturday afternoon.",
        "On Saturday morning at 09:12 and 09:14 I got two WhatsApp messages from Gareth. The first said, "
        "\"Last night was a mistake. Let's keep it between us x\" and the second said, \"Please don't say "
        "anything to anyone at work.\" I did not reply. I took screenshots of them.",
        "At about 11am on the Saturday I phoned my friend from work, Natalie BYRNE. I was crying. I told her "
        "that Gareth had come in to use the toilet and had had sex with me when I said no. She told me to "
        "go to the police. I was not ready to. She is the only person I told before I went to the police.",
        "On Sunday 21st December I phoned 101 at about twenty past nine in the morning. A police officer came "
        "to my flat. Later that day I went to Heather House and was examined by a doctor.",
        "I was offered the chance to be interviewed on video. I chose to give a written statement because I "
        "did not want to be filmed talking about this.",
        "I did not consent to having sex with Gareth CALLOW. I told him no and I pushed him away.",
    ]
    soph = mg11_doc(urn=URN, name="Sophie DRUMMOND", occupation="Office manager", date="22/12/2025",
                    sig="S. Drummond (signed)", witnessed="DC 2840 McALLISTER (signed)", created=dt(2026, 1, 5, 12),
                    style="classic", body=soph_body, rear=[
                        ("Home address", "3 Aspen Court, Kingsmere (not for disclosure)"),
                        ("Preferred contact", "Mobile 07700 900781, after 17:00"),
                        ("Dates to avoid", "None at present"),
                        ("Consent to release of medical / SARC records",
                         "YES - Heather House consent form signed 21/12/2025; this statement confirms it. "
                         "Signed: S. Drummond (signed)"),
                        ("Victim Personal Statement", "Offered 22/12/2025 - declined at this stage; may make one later"),
                        ("Special measures / needs", "See MG2. No interpreter."),
                    ])
    soph["cont_head"] = "MG11 (continuation) - Statement of Sophie DRUMMOND"
    soph["size"] = 10.5
    write_pdf(os.path.join(F, "02 Drummond MG11.pdf"), soph)

    byrne = mg11_doc(urn=URN, name="Natalie BYRNE", occupation="Accounts assistant", date="13/02/2026",
                     sig="Signed: N Byrne", witnessed="Signed: F McAllister DC2840", created=dt(2026, 2, 13, 17),
                     style="classic", body=[
        "I work as an accounts assistant at Halden & Roake Logistics in Kingsmere. Sophie DRUMMOND is the "
        "office manager there and is also a good friend of mine.",
        "I went to the work Christmas party at The Grange Hotel on Friday 19th December 2025 but left at about "
        "10pm. I did not see Sophie leave.",
        "On Saturday 20th December 2025 at about 11am Sophie rang my mobile. She was crying so much I could "
        "hardly understand her at first. She said, \"Nat, something happened with Gareth.\" I asked what she "
        "meant. She said that Gareth CALLOW had shared her taxi home and had asked to use her toilet, and that "
        "when they were inside he had kissed her and she had told him no. She said, \"He pushed me down on "
        "the sofa and he had sex with me and I kept saying no.\"",
        "She also told me he had sent her messages that morning telling her to keep it between them. I told "
        "her she should go to the police. She said she was not ready and that she was scared about work.",
        "We spoke for about twenty minutes. I checked on her by text later that day and again on Sunday, when "
        "she told me she had called the police.",
        "I have not spoken to Gareth CALLOW about this.",
    ])
    write_docx(os.path.join(F, "03 BYRNE N MG11.docx"), byrne)

    rowe = mg11_doc(urn=URN, name="Daniel ROWE", occupation="Police Constable 1962", date="21/12/2025",
                    sig="[signed]", created=dt(2025, 12, 21, 22), style="niche", force="Northmoor Police",
                    stmt_no="S2", place="Kingsmere Police Station", body=[
        "I am a Police Constable with Northmoor Police on the Kingsmere response team.",
        "At 10:12 hours on Sunday 21st December 2025 I was allocated incident 0219 of that date, a report "
        "made by telephone to 101 by Sophie DRUMMOND that she had been raped in her flat after a work party. "
        "I was the first officer to attend and arrived at 3 Aspen Court, Kingsmere at 10:45 hours.",
        "Ms DRUMMOND let me in. She was calm but spoke slowly and avoided eye contact. I explained that I "
        "needed only the basic facts so that the right officers could be involved.",
        "She told me that a colleague, Gareth CALLOW, had shared her taxi home from the party on Friday night, "
        "had asked to use her toilet, and had then pushed her onto the sofa and had sex with her while she "
        "was saying no. I recorded her first account in my pocket notebook, which she read and signed.",
        "She told me that she had not yet showered when she woke on Saturday but had showered on Saturday "
        "afternoon, and that the sofa cushion covers had not been washed. With her agreement I seized the "
        "two seat cushion covers from the sofa, exhibit DR/1, and the black dress she said she had been "
        "wearing, exhibit DR/2.",
        "I did not record our conversation on body-worn video. Sophie asked me not to, and I made a written "
        "record in my pocket notebook instead.",
        "At 12:30 hours I handed over to DC McALLISTER of the RASSO team.",
    ])
    write_pdf(os.path.join(F, "04 Stmt PC ROWE.pdf"), rowe)

    mca = mg11_doc(urn=URN, name="Fiona McALLISTER", occupation="Detective Constable 2840", date="22/12/2025",
                   sig="(Sgd) F. McAllister", created=dt(2025, 12, 22, 20), style="classic", body=[
        "I am a Detective Constable with Northmoor Police, RASSO Investigation Team, and the officer in the "
        "case.",
        "On Sunday 21st December 2025 at 12:30 hours I took over the investigation from PC ROWE at 3 Aspen "
        "Court, Kingsmere. I explained to Sophie DRUMMOND the options for recording her account, including a "
        "video-recorded interview. She chose to make a written statement, which I took on 22nd December 2025.",
        "At 13:05 hours on 21st December 2025 Sophie e-mailed me two screenshots of WhatsApp messages she had "
        "received from Gareth CALLOW at 09:12 and 09:14 on 20th December 2025. I printed them and I produce "
        "the e-mail and the prints as exhibit FM/1. Sophie kept her phone; it has not been taken or examined.",
        "At 17:40 hours on 21st December 2025 at 51 Quarry Road, Kingsmere I arrested Gareth Lee CALLOW on "
        "suspicion of rape. After caution he replied, \"I don't know what she's said but nothing happened.\" "
        "I seized his Apple iPhone 13, exhibit FM/2.",
        "At 19:05 hours in custody at Kingsmere I took buccal swabs from CALLOW with his consent, exhibit FM/3.",
    ])
    write_rtf(os.path.join(F, "05 DC McALLISTER MG11.rtf"), mca)

    kemp = mg11_doc(urn=URN, name="Paul KEMP", occupation="Private hire driver", date="19/02/2026",
                    sig="P Kemp (signed)", witnessed="DC2840 F McAllister (signed)", created=dt(2026, 2, 19, 14),
                    style="boxes", body=[
        "I am a licensed private hire driver and have driven for Kingsmere Cars for nine years.",
        "I have been shown my booking history by DC McALLISTER. On Friday 19th December 2025 at 23:31 I was "
        "given a job by the office to pick up from The Grange Hotel, Kingsmere, going to Aspen Court. I now "
        "produce a printout of the booking record from the Kingsmere Cars system as exhibit PK/1.",
        "I picked up a man and a woman at about 23:35 from the front of the hotel. They were both in party "
        "clothes. The woman was quite drunk but could walk. The man was chatty. I remember them because it "
        "was the office party night and I had a lot of those jobs.",
        "I dropped them at Aspen Court at about 23:52. There was one drop only. The woman paid by card on my "
        "machine. They both got out together. I watched them go to the main door because I always wait until "
        "a lone woman gets in. I saw them both go in through the communal door together. The man did not ask "
        "me to take him anywhere else and did not say he was walking on.",
        "I did not know either of them before that night.",
    ])
    write_odt(os.path.join(F, "06 KEMP taxi driver.odt"), kemp)

    ayo = mg11_doc(urn=URN, name="Dr Helen AYODELE", occupation="Forensic scientist", date="24/02/2026",
                   sig="[signed] H. Ayodele", created=dt(2026, 2, 24, 16), style="niche",
                   force="Arden Forensic Services", stmt_no="Lab ref AFS-25-8812", place="Arden Forensic Services, Fenwick",
                   body=[
        "## Qualifications and experience",
        "I am a Principal Forensic Scientist with Arden Forensic Services. I hold a BSc in Biochemistry and a "
        "PhD in Molecular Genetics. I have worked in forensic biology since 2008 and have given evidence in "
        "the Crown Court on body fluid and DNA findings. I am a member of the Chartered Society of Forensic "
        "Sciences. My duty is to the court and I understand my obligations under Part 19 of the Criminal "
        "Procedure Rules.",
        "## Purpose",
        "I have been asked to examine swabs taken from Sophie DRUMMOND and to evaluate the findings in the "
        "light of two propositions: (1) Gareth CALLOW had vaginal sexual intercourse with Sophie DRUMMOND in "
        "the early hours of 20th December 2025; (2) Gareth CALLOW had no sexual contact with Sophie DRUMMOND "
        "(his account in interview).",
        "## Items received",
        "OA/1 high vaginal swab and OA/2 low vaginal swab (taken by Dr ADEBAYO at Heather House SARC on 21st "
        "December 2025); FM/3 buccal reference swabs from Gareth CALLOW; reference sample from Sophie "
        "DRUMMOND taken at the SARC. The seals were intact on receipt on 23rd December 2025.",
        "## Examination and results",
        "I tested OA/1 and OA/2 for semen. Spermatozoa were seen in moderate numbers on OA/1 and in low "
        "numbers on OA/2. Differential extraction of OA/1 gave a male DNA profile in the sperm fraction. That "
        "profile matches the profile of Gareth CALLOW. I have assessed the probability of the match if the DNA "
        "had come from an unknown person unrelated to Gareth CALLOW as less than one in a billion.",
        "The number of spermatozoa on OA/1 is consistent with intercourse having taken place within about "
        "two days before the swab was taken. I cannot say when within that period.",
        "## Evaluation",
        "If proposition (2) were true, I would expect no semen from Gareth CALLOW to be present on the vaginal "
        "swabs, unless it had been transferred there by some indirect means. I am not aware of any "
        "circumstances in this case that would account for indirect transfer of this quantity of semen to the "
        "high vagina. If proposition (1) were true, the findings are what I would expect.",
        "In my opinion the findings provide extremely strong support for proposition (1) rather than "
        "proposition (2). The findings cannot assist in determining whether any intercourse was consensual.",
        "## Outstanding work",
        "None. No further work has been requested and none is in progress.",
    ])
    write_pdf(os.path.join(F, "07 Dr AYODELE forensic scientist.pdf"), ayo)

    ade = mg11_doc(urn=URN, name="Dr Oluwaseun ADEBAYO", occupation="Forensic physician", date="29/12/2025",
                   sig="@scribble:O Adebayo", created=dt(2025, 12, 29, 11), style="classic", body=[
        "I am a registered medical practitioner and a forensic physician at Heather House Sexual Assault "
        "Referral Centre, Kingsmere. I hold the Diploma in Forensic and Clinical Aspects of Sexual Assault.",
        "At 15:00 hours on Sunday 21st December 2025 I examined Sophie DRUMMOND (34) at Heather House. She "
        "gave written consent to the examination, to samples, and to the release of my notes to the police "
        "and CPS. She told me she had been raped at about midnight on 19th/20th December 2025 and had "
        "showered once since.",
        "General examination: no injuries were seen. Genital examination: no injuries were seen. The absence "
        "of injury does not mean that intercourse was consensual; most women who report rape have no genital "
        "injury.",
        "I took a high vaginal swab, exhibit OA/1, a low vaginal swab, exhibit OA/2, and a reference blood "
        "sample. I sealed them and handed them to DC McALLISTER at 16:20 hours.",
    ])
    write_scanned_pdf(os.path.join(F, "08 FME Dr ADEBAYO.pdf"), ade, rng, dt(2026, 1, 6, 10, 0))

    roti = {"head": "OFFICIAL-SENSITIVE", "foot": f"ROTI  URN {URN}", "created": dt(2026, 1, 8, 10),
            "author": "McALLISTER Fiona", "title": "ROTI CALLOW", "blocks": [
        ("title", "Record of Taped Interview (summary with key passages)"),
        ("kv", [("URN", URN), ("Interviewee", "Gareth Lee CALLOW, 09/11/1984"), ("Date", "22/12/2025"),
                ("Times", "11:02 - 11:47"), ("Officers", "DC 2840 McALLISTER, DC 1305 HAINES"),
                ("Solicitor", "Mr Adam VOSS, Voss & Co")], 0.25),
        ("p", "After caution CALLOW answered all questions. He said he and Sophie shared a taxi home from the "
              "Christmas party because they live in the same direction; that he walked her to her door at "
              "Aspen Court, said goodnight and walked home, arriving about 00:20; and that he did not go inside "
              "her flat."),
        ("p", "Q: Did you have any sexual contact with Sophie that night?  A: No. None. I didn't go in."),
        ("p", "Q: Did you kiss her?  A: Maybe a peck on the cheek at the door. That's all."),
        ("p", "Q: At 09:12 you messaged her 'Last night was a mistake. Let's keep it between us'. What was the "
              "mistake?  A: Flirting with her at the party and sharing the taxi. My wife wouldn't like it. "
              "People at work gossip."),
        ("p", "Q: If samples taken from Sophie were found to contain your DNA, how would you explain that?  "
              "A: They won't. No comment on that."),
        ("p", "Q: Why did you ask her not to say anything to anyone at work?  A: Same reason. Gossip."),
        ("p", "Interview concluded 11:47. CALLOW denies the offence and denies any sexual contact."),
    ]}
    write_pdf(os.path.join(F, "09 ROTI CALLOW.pdf"), roti)

    write_pdf(os.path.join(F, "10 PNC CALLOW.pdf"), pnc_doc(
        urn=URN, surname="Callow", forenames="Gareth Lee", dob="09/11/1984", pnc_id="03/5521984R",
        cro="41022/03T", convictions=[
            ("02/06/2008", "Kingsmere Magistrates' Court", "Assault occasioning actual bodily harm (OAPA 1861 s.47)",
             "Community order 12 months, 100 hours unpaid work"),
            ("17/10/2013", "Kingsmere Magistrates' Court", "Criminal damage (CDA 1971 s.1(1))", "Fine GBP 150, compensation GBP 90")],
        head="OFFICIAL-SENSITIVE", created=dt(2026, 1, 20, 9, 40), operator="DC 2840 McALLISTER"))
    write_pdf(os.path.join(F, "11 PNC witnesses.pdf"), witness_pnc_doc(
        urn=URN, head="OFFICIAL-SENSITIVE", created=dt(2026, 2, 25, 10), operator="DC 2840 McALLISTER",
        rows=[["Sophie DRUMMOND", "22/04/1991", "No trace", "Nil"],
              ["Natalie BYRNE", "07/07/1994", "No trace", "Nil"],
              ["Paul KEMP", "30/01/1979", "1 conviction: 14/03/2011 Fenwick MC, theft from a shop, conditional "
                                          "discharge 12 months", "Nil"]],
        note="The conviction of Paul KEMP is disclosed for the prosecutor's consideration."))

    c_rows = [
        ["1", "Incident log 0219 of 21/12/2025 - 101 call by Sophie DRUMMOND and deployment of PC ROWE", "With file",
         "Rebuttable presumption: first complaint to police. Provided."],
        ["2", "Crime report NP/CR/25/11873 with investigation and victim contact logs to 05/03/2026", "With file",
         "Rebuttable presumption. Provided."],
        ["3", "PC 1962 ROWE pocket notebook pp.88-90, first account of Sophie DRUMMOND 21/12/2025, signed by her",
         "With file", "Rebuttable presumption: record of first complaint. Copy provided."],
        ["4", "E-mail from The Grange Hotel duty manager, 23/12/2025: the entrance cameras were out of order from "
              "12/12/2025 to 02/01/2026 (fault log attached to the e-mail); no footage exists", "Case file",
         "Does not meet test."],
        ["5", "Witness PNC checks (DRUMMOND, BYRNE, KEMP), 25/02/2026", "With file", "Rebuttable presumption. Provided."],
        ["6", "Officer's note of conversation with The Grange Hotel receptionist (Amy LEWIS), 23/12/2025: booked the "
              "taxi at about 23:30 for 'Sophie from Halden's'; saw the two leave together", "Case file",
         "Consistent with both accounts. Does not meet test."],
        ["7", "House-to-house record, Aspen Court (6 flats), 23/12/2025: no one heard or saw anything", "Case file",
         "Does not meet test."],
        ["8", "Custody record CALLOW 21-22/12/2025 (KM/25/7731)", "Custody system", "Does not meet test."],
        ["9", "DC McALLISTER's notes of initial contact with Sophie DRUMMOND, 21/12/2025, including her choice of a "
              "written statement rather than a video-recorded interview", "Case file", "Does not meet test."],
        ["10", "Briefing note for the arrest team, 21/12/2025 (suspect details and risk)", "Case file",
         "Does not meet test."],
        ["11", "Interview audio CALLOW 22/12/2025 (DEMS NP-IV-20931)", "DEMS", "ROTI provided."],
        ["12", "Arden Forensic Services SFR1, 16/01/2026, and MG21 submission form 23/12/2025", "Case file",
         "Superseded by Dr AYODELE's MG11. Does not meet test."],
        ["13", "E-mail chain DC McALLISTER / Kingsmere Cars office manager, 12-19/02/2026, identifying the driver",
         "Force e-mail", "Does not meet test."],
        ["14", "Pre-charge bail extension authority, Supt REID, 20/02/2026", "Case file", "Does not meet test."],
        ["15", "Letters to Sophie DRUMMOND updating her on bail (22/12/2025, 20/02/2026)", "Case file",
         "Does not meet test."],
        ["16", "DFU submission NDF-26-0032 for CALLOW's iPhone FM/2 (date range 19/12/2025 - 21/12/2025, messages "
               "with Sophie DRUMMOND only)", "DFU", "Does not meet test."],
        ["17", "Halden & Roake Logistics staff list for the Christmas party (supplied by HR, 08/01/2026)",
         "Case file", "Does not meet test."],
        ["18", "Statements of two party guests seen on 06/01/2026 who saw nothing relevant after 22:00 - officer's "
               "note of conversation (no MG11 taken)", "Case file", "Does not meet test."],
        ["19", "Heather House SARC referral and booking record, 21/12/2025", "Case file", "Does not meet test."],
        ["20", "Property records for DR/1, DR/2, FM/2, FM/3, OA/1, OA/2", "Property system", "Does not meet test."],
        ["21", "Pre-interview disclosure (MG6A) given to Mr VOSS, 22/12/2025", "Case file", "Does not meet test."],
        ["22", "Taxi booking record - original e-mail from Kingsmere Cars attaching PK/1", "Force e-mail",
         "Exhibit PK/1 served. Does not meet test."],
    ]
    mg6c = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG6C (revised)  URN {URN}", "created": dt(2026, 3, 5, 16),
            "author": "McALLISTER Fiona", "title": "MG6C revised", "blocks": [
        ("small", "MG 6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", URN), ("R v", "Gareth Lee CALLOW"), ("Disclosure officer", "DC 2840 McALLISTER"),
                ("Version", "Revised 05/03/2026 - replaces the schedule submitted on 23/01/2026 (CPS action 5)")], 0.27),
        ("table", ["No.", "Description and relative date", "Location", "Comment"], c_rows, [0.06, 0.55, 0.14, 0.25]),
        ("sig", "Disclosure officer:", "(Sgd) F McAllister DC 2840 - 05/03/2026"),
    ]}
    # more words per row so the table runs over several pages
    mg6c["size"] = 10.5
    write_pdf(os.path.join(F, "12 MG6C revised.pdf"), mg6c)

    mg6d = {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", "foot": f"MG6D  URN {URN}", "created": dt(2026, 3, 5, 16, 30),
            "author": "McALLISTER Fiona", "title": "MG6D", "blocks": [
        ("small", "MG 6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 2840 McALLISTER")], 0.27),
        ("table", ["No.", "Description", "Reason", "Comment"], [
            ["1", "Heather House SARC examination notes, Sophie DRUMMOND, 21/12/2025 (released with her consent)",
             "Medical confidentiality", "Findings in Dr ADEBAYO's MG11. Does not undermine."],
            ["2", "ISVA referral (Northmoor ISVA Service), 21/12/2025", "Support service record", "Does not meet test."],
            ["3", "Witness address and contact details", "Personal data", "Does not meet test."],
        ], [0.06, 0.5, 0.2, 0.24]),
    ]}
    write_pdf(os.path.join(F, "13 MG6D.pdf"), mg6d)

    write_pdf(os.path.join(F, "14 MG12.pdf"), mg12_doc(
        urn=URN, head="OFFICIAL-SENSITIVE", created=dt(2026, 3, 5, 17), officer="DC 2840 McALLISTER", rows=[
            ["DR/1", "Two sofa seat cushion covers", "PC 1962 ROWE", "Property NP-88410"],
            ["DR/2", "Black dress", "PC 1962 ROWE", "Property NP-88411"],
            ["FM/1", "E-mail from Sophie DRUMMOND with screenshots of two WhatsApp messages, 21/12/2025",
             "DC 2840 McALLISTER", "Property NP-88416 (printouts); same messages in NDF/1"],
            ["FM/2", "Apple iPhone 13 (CALLOW)", "DC 2840 McALLISTER", "Property NP-88415"],
            ["FM/3", "Buccal reference swabs, CALLOW", "DC 2840 McALLISTER", "Arden Forensic Services"],
            ["OA/1", "High vaginal swab", "Dr O ADEBAYO", "Arden Forensic Services"],
            ["OA/2", "Low vaginal swab", "Dr O ADEBAYO", "Arden Forensic Services"],
            ["PK/1", "Kingsmere Cars booking record, 19/12/2025 23:31", "Paul KEMP", "With file"],
            ["NDF/1", "DFU extraction report, CALLOW's iPhone FM/2, 30/01/2026", "DFU (A LOCKE)", "With file"],
        ]))

    mg2 = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG2 (updated 02/03/2026)  URN {URN}", "author": "McALLISTER Fiona",
           "created": dt(2026, 3, 2, 17), "title": "MG2 DRUMMOND", "blocks": [
        ("title", "MG2 Special Measures Assessment - UPDATED"),
        ("kv", [("URN", URN), ("Witness", "Sophie DRUMMOND"),
                ("Eligibility", "Complainant in a sexual offence - eligible as an intimidated witness, YJCEA s.17(4)"),
                ("Vulnerable under s.16", "No"), ("Updated", "02/03/2026 in response to CPS action 6")], 0.3),
        ("table", ["Measure", "Sophie's view"], [
            ["Live link (s.24)", "Requested - from the Heather House remote site."],
            ["Screens (s.23)", "As an alternative if the live link cannot be used."],
            ["Video-recorded evidence-in-chief (s.27)", "Not available - her account is a written statement. She "
                                                         "does not want to make a video-recorded account."],
            ["Pre-recorded cross-examination (s.28)", "Explained 02/03/2026, including that it needs video-recorded "
                                                     "evidence-in-chief. She does NOT want s.28; she prefers to give "
                                                     "all her evidence at trial by live link."],
            ["Intermediary", "Not required - no communication needs."],
            ["Other", "ISVA Kerry ADAMS to accompany her. No interpreter. Contact after 17:00."],
        ], [0.35, 0.65]),
    ]}
    write_docx(os.path.join(F, "15 MG2 updated.docx"), mg2)

    write_pdf(os.path.join(F, "16 Incident log 21-12-25.pdf"), incident_log_doc(
        urn=URN, system="NORTHMOOR CAD", inc_no="0219/21DEC25", opened="09:21", head="OFFICIAL-SENSITIVE",
        created=dt(2026, 1, 20, 10), summary_kv=[("Caller", "Sophie DRUMMOND (victim)"), ("Date", "21/12/2025")],
        rows=[["09:21", "CH 2207", "101 call. Caller Sophie DRUMMOND states she was raped in her flat at Aspen Court, "
                                   "Kingsmere, just after midnight Friday night by a work colleague, Gareth CALLOW, "
                                   "who came in to use her toilet after sharing a taxi from the work party."],
              ["09:25", "CH 2207", "Caller safe, alone. Suspect not present. Caller has showered once. Advised not to "
                                   "wash the sofa covers or the clothes worn."],
              ["10:12", "DISP 3", "PC 1962 ROWE allocated."],
              ["10:45", "PC 1962", "At scene. Initial account obtained."],
              ["11:30", "PC 1962", "Victim agrees to SARC. Heather House booked 15:00. RASSO informed."],
              ["12:30", "PC 1962", "Handed to DC McALLISTER. Crime NP/CR/25/11873."]]))
    crime = {"head": "OFFICIAL-SENSITIVE", "foot": f"NP/CR/25/11873  URN {URN}", "author": "McALLISTER Fiona",
             "created": dt(2026, 3, 5, 9), "title": "Crime report", "blocks": [
        ("title", "Crime Report NP/CR/25/11873"),
        ("kv", [("Offence", "Rape of a female aged 16 or over (SOA 2003 s.1)"), ("Date", "20/12/2025 00:00 - 00:30"),
                ("Place", "3 Aspen Court, Kingsmere"), ("Victim", "DRUMMOND, Sophie - F - 34 - White British"),
                ("Suspect", "CALLOW, Gareth Lee - M - 41 - pre-charge bail to 21/06/2026"),
                ("Status", "Resubmitted to CPS 06/03/2026 (MG3A)"), ("URN", URN)], 0.22),
        ("h", "Victim contact"),
        ("table", ["Date", "Update"], [
            ["22/12/2025", "Statement. VPS explained and offered - declined for now."],
            ["23/01/2026", "Told file sent to CPS."],
            ["12/02/2026", "Told of CPS action plan and what it asks for."],
            ["02/03/2026", "s.28 and special measures discussed (MG2 updated)."],
            ["06/03/2026", "Told of resubmission; ISVA informed."]], [0.18, 0.82]),
    ]}
    write_pdf(os.path.join(F, "17 Crime report.pdf"), crime)

    dfu = {"head": "OFFICIAL-SENSITIVE\nNorthmoor Police Digital Forensic Unit", "foot": f"NDF-26-0032  URN {URN}",
           "created": dt(2026, 1, 30, 15), "author": "LOCKE Adrian", "title": "DFU report FM/2", "blocks": [
        ("title", "Mobile device examination report - SUSPECT device"),
        ("kv", [("URN", URN), ("Job", "NDF-26-0032"), ("Exhibit", "FM/2 Apple iPhone 13 - seized from Gareth CALLOW on arrest"),
                ("Authority", "Seized on arrest (PACE s.32 / s.19); examination of a suspect's device - no DPN required"),
                ("Scope requested", "Messages and calls between the device and Sophie DRUMMOND (07700 900781), "
                                    "19/12/2025 18:00 to 21/12/2025 18:00"),
                ("Examiner", "Adrian LOCKE, Digital Forensic Examiner")], 0.27),
        ("table", ["Date / time", "App", "To / from", "Content"], [
            ["20/12/2025 09:12", "WhatsApp", "Out to Sophie D", "Last night was a mistake. Let's keep it between us x"],
            ["20/12/2025 09:14", "WhatsApp", "Out to Sophie D", "Please don't say anything to anyone at work"],
        ], [0.2, 0.13, 0.2, 0.47]),
        ("p", "No calls between the device and 07700 900781 in the period. No other messages in the period."),
    ]}
    write_pdf(os.path.join(F, "19 DFU report FM-2 CALLOW phone.pdf"), dfu)
    write_pdf(os.path.join(F, "20 PK-1 booking record.pdf"), {
        "head": "Kingsmere Cars Ltd - booking system print", "foot": f"Exhibit PK/1   URN {URN}", "pagefoot": False,
        "created": dt(2026, 2, 19, 13), "author": "Kingsmere Cars", "title": "Booking 19/12/2025", "blocks": [
            ("mono", "KINGSMERE CARS  -  JOB HISTORY  -  DRIVER 114 (KEMP P)\n"
                     "----------------------------------------------------------------\n"
                     "Job      Booked   Pick-up                    Drop               Fare   Paid\n"
                     "771204   23:31    THE GRANGE HOTEL, FRONT    ASPEN COURT        14.60  CARD **4471\n"
                     "         19/12/25  POB 23:35  (2 pax)         CLEAR 23:52\n"
                     "----------------------------------------------------------------\n"
                     "Booked by: hotel reception (tel).  Name on booking: SOPHIE\n"
                     "Drops: 1"),
            ("small", "Printed 19/02/2026 12:58 for DC McALLISTER, Northmoor Police. Produced by Paul KEMP as PK/1."),
        ]})
    pnb = pnb_doc("PC 1962 ROWE - Pocket Notebook NP 3310 - pages 88 to 90 (photocopy)", [
        "Sun 21/12/25  10:45  3 Aspen Court, Kingsmere.  Inc 0219.  IP Sophie DRUMMOND (34).",
        "First account, IP's words: \"Gareth from work shared my taxi after the Christmas party on Friday. He "
        "asked to use my toilet. He kissed me and I said no, you're married. He pushed me on the sofa and had "
        "sex with me. I kept saying no. He left about half twelve.\"",
        "Suspect: Gareth CALLOW, warehouse supervisor, Halden & Roake. Lives Quarry Rd area.",
        "IP showered Sat pm. Sofa covers not washed - seized DR/1. Black dress - DR/2.",
        "Messages from suspect Sat am - IP has screenshots.  No BWV at IP's request.",
        "11:30 SARC agreed - Heather House 15:00."],
        [("Read & signed by IP:", "@scribble:S Drummond"), ("PC 1962:", "@scribble:D Rowe")],
        f"URN {URN}   MG6C item 3", a4=True)
    write_scanned_pdf(os.path.join(F, "18 PNB ROWE pp88-90.pdf"), pnb, rng, dt(2026, 3, 5, 12))

    exp = {
        "case": name, "stage": "charging", "exit": 0,
        "present_types": ["MG3A", "MG3", "ACTION_PLAN", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2",
                          "INCIDENT_LOG", "CRIME_REPORT", "DIGITAL_EXTRACT"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "CPS action plan 10-02-26.eml", "type": ["ACTION_PLAN", "CORRESPONDENCE"]},
            {"name": "MG3A 06.03.2026.pdf", "type": "MG3A"},
            {"name": "01 Original MG3 Jan26.docx", "type": "MG3"},
            {"name": "02 Drummond MG11.pdf", "type": "MG11", "role": "complainant"},
            {"name": "03 BYRNE N MG11.docx", "type": "MG11", "role": "first_account"},
            {"name": "04 Stmt PC ROWE.pdf", "type": "MG11", "role": "officer"},
            {"name": "05 DC McALLISTER MG11.rtf", "type": "MG11", "role": "officer"},
            {"name": "06 KEMP taxi driver.odt", "type": "MG11", "role": "witness"},
            {"name": "07 Dr AYODELE forensic scientist.pdf", "type": "MG11", "role": "expert"},
            {"name": "08 FME Dr ADEBAYO.pdf", "type": "MG11", "role": "expert"},
            {"name": "09 ROTI CALLOW.pdf", "type": "ROTI"},
            {"name": "10 PNC CALLOW.pdf", "type": "PNC"},
            {"name": "11 PNC witnesses.pdf", "type": "PNC"},
            {"name": "12 MG6C revised.pdf", "type": "MG6C"},
            {"name": "13 MG6D.pdf", "type": "MG6D"},
            {"name": "14 MG12.pdf", "type": "MG12"},
            {"name": "15 MG2 updated.docx", "type": "MG2"},
            {"name": "16 Incident log 21-12-25.pdf", "type": "INCIDENT_LOG"},
            {"name": "17 Crime report.pdf", "type": "CRIME_REPORT"},
            {"name": "19 DFU report FM-2 CALLOW phone.pdf", "type": "DIGITAL_EXTRACT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case D  -  Northmoor Police, Op BRAMBLE.  Compliant.  Two suspects, doorbell CCTV, two first-
#            account witnesses (friend and mother), VPS made, DMD.
# =============================================================================================
def case_D(out, rng):
    name = "BRAMBLE two suspects"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "61NM0140226"
    HEAD = "OFFICIAL-SENSITIVE"

    mg3 = {"head": "OFFICIAL-SENSITIVE", "foot": f"Northmoor Police  MG3  URN {URN}  Op BRAMBLE",
           "author": "PENROSE Laura", "created": dt(2026, 3, 27, 10), "title": "MG3 Op BRAMBLE", "font": "Calibri",
           "blocks": [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", URN), ("Operation", "BRAMBLE"),
                ("Suspect 1", "MADDOX, Kieran Paul - DOB 14/01/2002 - rape (SOA 2003 s.1)"),
                ("Suspect 2", "FAIRWEATHER, Jordan Lee - DOB 03/06/2002 - sexual assault (SOA 2003 s.3)"),
                ("Date / place", "01/02/2026 between 01:30 and 02:45, spare bedroom, 9 Orchard Close, Dunmere"),
                ("Decision requested", "Full code test for both suspects"),
                ("Bail", "Both on pre-charge bail to 01/05/2026. Conditions (each): not to contact Tamsin FROST or "
                         "Ella ROURKE directly or indirectly; not to contact the other suspect about the "
                         "investigation; not to enter Larch Avenue, Dunmere."),
                ("OIC", "DC 3087 Laura PENROSE, RASSO Team Dunmere - 01632 960604 - "
                        "laura.penrose@northmoor.police.example"),
                ("Supervisor", "DS 2012 Mark ELLERY - reviewed and endorsed 27/03/2026")], 0.22),
        ("h", "Summary"),
        ("p", "Tamsin FROST (22) was at a house party at 9 Orchard Close on the night of 31/01/2026. At about 01:30 "
              "she went to lie down in the spare bedroom because she felt drunk. She says that at about 01:40 "
              "Jordan FAIRWEATHER came in, sat on the bed, put his hands under her top and touched her breasts and "
              "kissed her neck, and left laughing when she pushed him away and said \"get off\". At about 02:15 "
              "Kieran MADDOX came in, got onto the bed behind her, pulled her jeans down and had vaginal intercourse "
              "with her while she said no and tried to roll away, holding her right hip. At about 03:10 she told her "
              "friend Ella ROURKE in the kitchen; at about 04:00 at home she told her mother, Helen FROST."),
        ("h", "Evidence - complainant"),
        ("p", "ABE interview 03/02/2026, DC PENROSE (LP/1 master, LP/2 working copy). ABE index attached; DC "
              "PENROSE's MG11 exhibits the recording. The ABE interview plan (LP/3) is on the MG6C."),
        ("h", "Evidence - first account and first officer"),
        ("p", "First accounts: Ella ROURKE (friend, at the party, 03:10) and Helen FROST (mother, 04:00). Both MG11s "
              "attached. First attending officer PC 1733 Marcus BELL (18 Larch Avenue, 11:20 on 01/02/2026): MG11 "
              "attached; his notebook record of her first account to police is provided (typed copy)."),
        ("h", "Suspect 1 - MADDOX - account"),
        ("p", "Arrested 16:10 on 01/02/2026; reply: \"Yeah we had sex, she was all over me.\" Interviewed 02/02/2026 "
              "with solicitor; full account. Accepts intercourse; says Tamsin kissed him on the landing and asked "
              "him to lie down with her; says she never said no and was 'into it'; denies holding her hip. Likely "
              "defence: consent / reasonable belief in consent."),
        ("h", "Suspect 2 - FAIRWEATHER - account"),
        ("p", "Arrested 17:30 on 01/02/2026; no reply. Interviewed 02/02/2026 with solicitor. Gave a prepared "
              "statement and then answered \"no comment\" to all questions. The prepared statement says he went "
              "upstairs to check on Tamsin because she was drunk, sat on the bed and hugged her, did not touch her "
              "breasts or kiss her neck, and left the party at about 1am by taxi. Likely defence: denial of any "
              "sexual touching; any DNA explained by the hug."),
        ("h", "Forensic and medical"),
        ("p", "Heather House SARC, 01/02/2026, Dr James WHITLOCK (MG11 attached): 1.5 cm bruise over the right hip; "
              "no genital injury. Tamsin signed the SARC consent form for release of her notes on 01/02/2026. "
              "Meridian SFR1 (06/03/2026, attached): semen on the high vaginal swab, DNA matching MADDOX; male DNA on "
              "the neck swab matching FAIRWEATHER; mixed DNA on the left breast swab with FAIRWEATHER as the major "
              "contributor. All forensic results are in; no further forensic work is outstanding."),
        ("h", "Lines of enquiry (including those that could point away from either suspect)"),
        ("table", ["Line", "Result"], [
            ["Doorbell CCTV, 11 Orchard Close (opposite the party house)", "Seized by DC HUGHES 02/02/2026 (DH/3, "
             "clip attached). Shows FAIRWEATHER leaving 9 Orchard Close at 02:51, not 'about 1am' as he says."],
            ["AppRide taxi record for FAIRWEATHER's account", "Booking made at 02:47, pick-up 02:53 (DH/5). Could "
             "have supported his timing; it does not."],
            ["Party guests (host Ryan COLE and 6 others)", "Spoken to 03-06/02/2026; none saw who went upstairs or "
             "when. Officer's notes on the MG6C. No statements taken as none could add relevant evidence."],
            ["Whether Tamsin kissed MADDOX on the landing (his account)", "No guest saw this either way. Put to "
             "Tamsin in the ABE; she denies it."],
            ["Messages between the two suspects about the night", "MADDOX's phone (DH/1) being examined - see "
             "outstanding. FAIRWEATHER's phone was not found on arrest; he says he lost it."],
            ["Tamsin's phone", "Not requested. Neither suspect says there were messages with her; the messages that "
             "matter are between the suspects."],
            ["Tamsin's medical or counselling records", "Not requested: no suggestion they hold anything relevant."],
        ], [0.4, 0.6]),
        ("h", "Outstanding"),
        ("table", ["Item", "Target date"], [
            ["DFU extraction of MADDOX's phone (DH/1) - messages with FAIRWEATHER and any mention of Tamsin, "
             "31/01/2026 18:00 to 02/02/2026 18:00 (job NDF-26-0188)", "24/04/2026"]], [0.8, 0.2]),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D, MG6E and a Disclosure Management Document are attached. Rebuttable presumption material "
              "with the file: CAD log 0377, crime report, PC BELL's notebook record, and witness PNC prints (Ella "
              "ROURKE has a conviction - see the print)."),
        ("h", "Victim"),
        ("p", "Special measures: MG2 attached. Tamsin wants her ABE played, the live link, and s.28 pre-recorded "
              "cross-examination. No intermediary needed. Needs: no interpreter; she has anxiety and would like her "
              "mother with her; dates to avoid are her college exam weeks (see MG2). ISVA: Priya DESAI, Northmoor "
              "ISVA Service, referral made by Heather House on 01/02/2026. VPS: made on 03/02/2026, attached."),
        ("h", "Early advice"),
        ("p", "Early advice was sought and given by telephone on 10/02/2026 (Tom ASHER, SCP): obtain the doorbell "
              "footage in its native format with a continuity statement, and submit once the forensic results "
              "were back. Both have been done."),
    ]}
    write_docx(os.path.join(F, "MG3 FROST - MADDOX & FAIRWEATHER.docx"), mg3)

    write_video(os.path.join(F, "ABE FROST 03.02.26.mp4"), "ABE - Tamsin FROST - 03/02/2026",
                ["DUNMERE VRI SUITE", "03/02/2026 13:30:02", "LP/2"], seconds=3, rng=rng, when=dt(2026, 2, 3, 13, 30))
    idx = {"head": HEAD, "foot": f"ABE index  LP/2  URN {URN}", "created": dt(2026, 2, 5, 9), "author": "PENROSE Laura",
           "title": "ABE index FROST", "blocks": [
        ("title", "Video Recorded Interview - Index"),
        ("kv", [("URN", URN), ("Witness", "Tamsin FROST (22)"), ("Date", "03/02/2026 13:30 - 14:48"),
                ("Interviewer / monitor", "DC 3087 PENROSE / DC 2950 OKORO"),
                ("Recording", "LP/1 master (DEMS NP-VR-1033); LP/2 working copy")], 0.27),
        ("table", ["Time", "Content"], [
            ["00:00", "Introductions, ground rules."], ["00:05", "Party at 9 Orchard Close from about 21:00; drinks."],
            ["00:14", "Felt drunk, went to the spare room at about 01:30 to lie down."],
            ["00:19", "About 01:40: Jordan came in, sat on the bed, hands under her top on her breasts, kissed her "
                      "neck; she pushed him and said 'get off'; he laughed and left."],
            ["00:31", "About 02:15: Kieran came in, lay behind her, pulled her jeans down, penetration; she said 'no, "
                      "Kieran, no' and tried to roll away; he held her right hip."],
            ["00:45", "Went downstairs about 03:05; told Ella in the kitchen; Ella took her home by taxi."],
            ["00:52", "Told her mum at about 04:00."],
            ["00:58", "Questions: denies kissing Kieran on the landing; lighting; positions; what was said."],
            ["01:15", "Closure."]], [0.12, 0.88]),
    ]}
    write_pdf(os.path.join(F, "ABE index FROST.pdf"), idx)

    pen = mg11_doc(urn=URN, name="Laura PENROSE", occupation="Detective Constable 3087", date="05/02/2026",
                   sig="Signed: L Penrose", created=dt(2026, 2, 5, 11), style="boxes", body=[
        "I am a Detective Constable in the Northmoor Police RASSO team at Dunmere and am trained to interview "
        "adult witnesses under Achieving Best Evidence guidance.",
        "On Tuesday 3rd February 2026 from 13:30 to 14:48 I conducted a video-recorded interview with Tamsin "
        "FROST at the Dunmere VRI suite. DC 2950 OKORO monitored.",
        "I produce the master recording (DEMS reference NP-VR-1033) as exhibit LP/1 and a working copy as "
        "exhibit LP/2. I produce my interview plan as exhibit LP/3.",
        "After the interview Tamsin made a Victim Personal Statement, which I recorded.",
    ])
    write_docx(os.path.join(F, "MG11 DC PENROSE.docx"), pen)

    bell = mg11_doc(urn=URN, name="Marcus BELL", occupation="Police Constable 1733", date="01/02/2026",
                    sig="[signed] M Bell PC1733", created=dt(2026, 2, 1, 21), style="classic", body=[
        "I am a Police Constable with Northmoor Police, Dunmere response.",
        "At 10:58 on Sunday 1st February 2026 I was allocated incident 0377, a 101 report by Helen FROST that "
        "her daughter had been raped at a party. I was the first officer to attend and arrived at 18 Larch "
        "Avenue, Dunmere at 11:20.",
        "I spoke to Tamsin FROST in the living room with her mother present. She told me that at a party at 9 "
        "Orchard Close a man called Jordan had touched her breasts and that later a man called Kieran had had "
        "sex with her while she was saying no. I recorded her account in my pocket notebook, pages 5 to 7.",
        "Tamsin told me she had not showered. With her agreement I seized the top she had been wearing, exhibit "
        "MB/1, and her jeans, exhibit MB/2. I did not activate body-worn video inside the address at Tamsin's "
        "request.",
        "At 14:50 I took Tamsin and her mother to Heather House SARC.",
    ])
    write_pdf(os.path.join(F, "MG11 PC BELL 1733.pdf"), bell)

    ella = mg11_doc(urn=URN, name="Ella ROURKE", occupation="Student", date="02/02/2026", sig="[signed] E Rourke",
                    witnessed="[signed] DC 3087 Penrose", created=dt(2026, 2, 2, 16), style="classic", body=[
        "I am Tamsin FROST's best friend. We have known each other since primary school.",
        "On Saturday 31st January 2026 we went together to a party at Ryan COLE's house, 9 Orchard Close. "
        "About half one Tamsin said she felt rough and was going to lie down upstairs. I stayed downstairs.",
        "At about ten past three Tamsin came into the kitchen. She was pale and her mascara had run. She pulled "
        "me into the utility room and said, \"Kieran just had sex with me and I said no.\" She was shaking. She "
        "also said, \"Jordan was touching me before that, my boobs, and I told him to get off.\" I asked if she "
        "was OK and she said she wanted to go home.",
        "I booked a taxi on my phone and we left at about half three. I took her home to her mum's. I did not "
        "go in. I know Kieran MADDOX and Jordan FAIRWEATHER a little from around Dunmere. I did not see either "
        "of them go upstairs.",
    ])
    write_pdf(os.path.join(F, "MG11 ROURKE Ella.pdf"), ella)

    helen = mg11_doc(urn=URN, name="Helen FROST", occupation="Teaching assistant", date="02/02/2026",
                     sig="Signed: H. Frost", witnessed="Signed: L. Penrose DC", created=dt(2026, 2, 2, 18),
                     style="niche", force="Northmoor Police", stmt_no="S5", place="18 Larch Avenue, Dunmere", body=[
        "I am Tamsin FROST's mother. Tamsin lives with me at our home in Dunmere.",
        "On the night of Saturday 31st January 2026 Tamsin was at a party. I went to bed at about 11pm.",
        "At about 4am on Sunday 1st February I woke up because I heard crying. I went to Tamsin's room. She was "
        "sitting on the floor still in her party clothes. I asked her what was wrong. After a while she said, "
        "\"Mum, Kieran raped me at the party.\" She said she had told him no. She also said another boy, "
        "Jordan, had been touching her before that.",
        "I wanted to call the police straight away but she begged me to wait until she had slept. I stayed with "
        "her. At about 09:40 I phoned 101 with her agreement.",
    ])
    write_docx(os.path.join(F, "MG11 FROST Helen (mother).docx"), helen)

    whit = mg11_doc(urn=URN, name="Dr James WHITLOCK", occupation="Forensic physician", date="04/02/2026",
                    sig="(Sgd) J. Whitlock", created=dt(2026, 2, 4, 12), style="classic", body=[
        "I am a registered medical practitioner and a forensic physician at Heather House SARC, with the MFFLM "
        "qualification and eleven years' experience of forensic examinations.",
        "At 15:30 on 1st February 2026 I examined Tamsin FROST (22). She consented in writing to the examination, "
        "samples, and release of my notes to the police and CPS.",
        "Findings: a 1.5 cm by 1 cm blue-purple bruise over the right iliac crest (hip bone), consistent with "
        "firm pressure in the last 48 hours; I cannot say how it was caused. No genital injury; this neither "
        "supports nor undermines an allegation of non-consensual intercourse.",
        "Samples: high vaginal swab JW/1; low vaginal swab JW/2; neck swab (left side) JW/3; left breast swab "
        "JW/4; right breast swab JW/5. Handed to PC BELL at 17:05.",
    ])
    write_pdf(os.path.join(F, "MG11 Dr WHITLOCK FME.pdf"), whit)

    hughes = mg11_doc(urn=URN, name="Dean HUGHES", occupation="Detective Constable 1190", date="03/02/2026",
                      sig="[signed] D HUGHES", created=dt(2026, 2, 3, 19), style="classic", body=[
        "I am a Detective Constable with Northmoor Police.",
        "At 16:10 on Sunday 1st February 2026 at 40 Weir Street, Dunmere I arrested Kieran Paul MADDOX on "
        "suspicion of rape. After caution he replied, \"Yeah we had sex, she was all over me.\" I seized his "
        "black iPhone 15, exhibit DH/1. In custody at 18:02 I took his buccal swabs with consent, exhibit DH/2.",
        "At 17:30 the same day at 12 Coppice Way, Dunmere I arrested Jordan Lee FAIRWEATHER on suspicion of "
        "sexual assault. After caution he made no reply. He said he had lost his phone. In custody at 19:15 I "
        "took his buccal swabs with consent, exhibit DH/4.",
        "At 10:05 on Monday 2nd February 2026 I attended 11 Orchard Close, Dunmere, opposite number 9. The "
        "occupier, Mr Stephen GRAY, showed me his video doorbell app. I watched the footage from 31st January "
        "21:00 to 1st February 04:00. I downloaded the clip covering 02:49 to 02:53 on 1st February 2026 in its "
        "native MP4 format directly from the provider's account, in Mr GRAY's presence, and produce it as "
        "exhibit DH/3. The camera clock was checked against the speaking clock and was 40 seconds fast. The "
        "clip shows a man I recognise from custody as FAIRWEATHER leaving number 9 at 02:51 and walking towards "
        "the junction with Coppice Way.",
        "On 4th February 2026 I obtained from AppRide a trip record for the account registered to "
        "FAIRWEATHER's e-mail, which I produce as exhibit DH/5: booking at 02:47 on 1st February 2026, pick-up "
        "at Orchard Close at 02:53, drop at Coppice Way at 03:01.",
    ])
    write_pdf(os.path.join(F, "MG11 DC HUGHES arrests and CCTV.pdf"), hughes)
    write_video(os.path.join(F, "CCTV_11OrchardClose_DH3.mp4"), "DOORBELL 11 Orchard Close DH/3",
                ["FRONT DOOR CAM", "2026-02-01 02:49:30", "DH/3"], seconds=4, rng=rng, cctv=True,
                when=dt(2026, 2, 1, 2, 49))

    sfr = {"head": "OFFICIAL-SENSITIVE\nMeridian Forensic Science Ltd", "foot": f"SFR1 MF26-0702  URN {URN}",
           "created": dt(2026, 3, 6, 9), "author": "BRANDT Olivia", "title": "SFR1 MF26-0702", "blocks": [
        ("title", "Streamlined Forensic Report - SFR1"),
        ("kv", [("URN", URN), ("Lab ref", "MF26-0702"), ("Scientist", "Olivia BRANDT, Reporting Scientist"),
                ("Date", "06/03/2026")], 0.25),
        ("table", ["Exhibit", "Finding"], [
            ["JW/1 high vaginal swab", "Semen present. DNA profile from sperm fraction matches Kieran MADDOX (DH/2). "
                                       "Match probability less than one in a billion."],
            ["JW/2 low vaginal swab", "Semen present, low level; not profiled (JW/1 result sufficient)."],
            ["JW/3 neck swab", "Male DNA; profile matches Jordan FAIRWEATHER (DH/4)."],
            ["JW/4 left breast swab", "Mixed profile; major contributor matches Jordan FAIRWEATHER; minor consistent "
                                      "with Tamsin FROST."],
            ["JW/5 right breast swab", "No male DNA detected."],
            ["MB/1 top, MB/2 jeans", "Not examined - not required in light of the swab results (agreed with OIC)."]],
         [0.3, 0.7]),
        ("p", "All requested work is complete. An evaluative statement (SFR2) can be prepared if the findings, or the "
              "possibility of transfer by a hug, are disputed."),
    ]}
    write_pdf(os.path.join(F, "SFR1 Meridian MF26-0702.pdf"), sfr)

    r1 = {"head": HEAD, "foot": f"ROTI MADDOX  URN {URN}", "created": dt(2026, 2, 6, 10), "author": "PENROSE Laura",
          "title": "ROTI MADDOX", "blocks": [
        ("title", "RECORD OF TAPED INTERVIEW - Kieran Paul MADDOX"),
        ("kv", [("URN", URN), ("Date / time", "02/02/2026 10:15 - 11:20"), ("Officers", "DC PENROSE, DC HUGHES"),
                ("Solicitor", "Ms Jane ORTIZ, Ortiz Legal")], 0.25),
        ("p", "Summary. MADDOX answered all questions. He says he and Tamsin had been flirting downstairs. At about "
              "2am he went upstairs to the toilet; Tamsin was on the landing and kissed him, then said she was going "
              "to lie down and asked him to come with her. In the spare room they kissed and had sex. He says she "
              "helped take her jeans off, never said no and did not try to move away. He denies holding her hip. He "
              "says afterwards she seemed fine and he went back downstairs. He did not know FAIRWEATHER had been in "
              "the room earlier."),
        ("p", "Q: Did Tamsin say 'no, Kieran, no'?  A: No. Never. I'd have stopped."),
        ("p", "Q: How drunk was she?  A: Tipsy. She knew what she was doing."),
        ("p", "Q: Have you messaged anyone about what happened?  A: Jordan maybe, just banter. Nothing bad."),
    ]}
    write_pdf(os.path.join(F, "ROTI MADDOX.pdf"), r1)
    r2 = {"head": HEAD, "foot": f"ROTI FAIRWEATHER  URN {URN}", "created": dt(2026, 2, 6, 11), "author": "PENROSE Laura",
          "title": "ROTI FAIRWEATHER", "blocks": [
        ("title", "RECORD OF TAPED INTERVIEW - Jordan Lee FAIRWEATHER"),
        ("kv", [("URN", URN), ("Date / time", "02/02/2026 14:05 - 14:32"), ("Officers", "DC PENROSE, DC HUGHES"),
                ("Solicitor", "Mr Colin BRIGHT, Bright & Co")], 0.25),
        ("b", "Prepared statement (read by Mr BRIGHT at 14:06 and handed in):"),
        ("i", "\"I went to the party at 9 Orchard Close. At some point I went upstairs to check on Tamsin because "
              "people said she was drunk. I sat on the bed and we had a hug. I did not touch her breasts or kiss "
              "her neck. I left the party at about 1am and got a taxi home. I will not be answering any questions.\" "
              "- signed J FAIRWEATHER 02/02/2026"),
        ("table", ["Time", "Question (summary)", "Reply"], [
            ["14:10", "What time did you go upstairs?", "No comment."],
            ["14:13", "Tamsin says you put your hands under her top. Did you?", "No comment."],
            ["14:17", "Why would your DNA be on her neck?", "No comment."],
            ["14:22", "What time did you actually leave?", "No comment."],
            ["14:28", "Where is your phone?", "No comment."]], [0.1, 0.65, 0.25]),
    ]}
    write_pdf(os.path.join(F, "ROTI FAIRWEATHER (prepared statement).pdf"), r2)

    write_pdf(os.path.join(F, "PNC MADDOX.pdf"), pnc_doc(
        urn=URN, surname="Maddox", forenames="Kieran Paul", dob="14/01/2002", pnc_id="20/0917734X", cro=None,
        convictions=[], head=HEAD, created=dt(2026, 2, 2, 9), operator="DC 3087 PENROSE"))
    write_pdf(os.path.join(F, "PNC FAIRWEATHER.pdf"), pnc_doc(
        urn=URN, surname="Fairweather", forenames="Jordan Lee", dob="03/06/2002", pnc_id="20/1100452C",
        cro="09931/21Q", convictions=[
            ("11/02/2022", "Police caution", "Possession of cannabis (Class B)", "Simple caution"),
            ("19/09/2023", "Dunmere Magistrates' Court", "Criminal damage (CDA 1971 s.1)", "Fine GBP 120, costs GBP 85")],
        summary_line="1 conviction, 1 caution", head=HEAD, created=dt(2026, 2, 2, 9, 5), operator="DC 3087 PENROSE"))
    write_pdf(os.path.join(F, "PNC witness checks.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 3, 20, 10), operator="DC 3087 PENROSE",
        rows=[["Tamsin FROST", "30/09/2003", "No trace", "Nil"],
              ["Ella ROURKE", "12/05/2003", "1 conviction: 08/10/2024 Dunmere MC, theft from a shop (goods GBP 36), "
                                            "conditional discharge 6 months", "Nil"],
              ["Helen FROST", "21/02/1978", "No trace", "Nil"]],
        note="Ella ROURKE's conviction is provided under the rebuttable presumption (previous convictions of a "
             "prosecution witness)."))

    c_rows = [
        ["1", "CAD incident 0377 of 01/02/2026 (101 call by Helen FROST, deployment, SARC booking)", "With file",
         "May meet test - rebuttable presumption. Provided."],
        ["2", "Crime report NP/CR/26/01544 and investigation log", "With file", "Rebuttable presumption. Provided."],
        ["3", "PC 1733 BELL pocket notebook pp.5-7 - Tamsin's first account to police, 01/02/2026 (typed copy provided)",
         "With file", "Record of first complaint. Provided."],
        ["4", "ABE interview plan, 03/02/2026 (LP/3)", "Case file", "Does not meet test."],
        ["5", "Officer's notes of conversations with party guests Ryan COLE, Mia HART, Ben ADEYEMI, Josh TULL, Keira "
              "WOOD, Sam PATEL and Lewis DUNN, 03-06/02/2026: none saw who went upstairs or when", "Case file",
         "Does not undermine. Names supplied in case the defence wish to trace."],
        ["6", "Full doorbell footage viewed at 11 Orchard Close, 31/01/2026 21:00 to 01/02/2026 04:00 (not downloaded "
              "beyond clip DH/3); officer's viewing log", "Case file", "Viewing log shows no other relevant movement. "
                                                                       "Does not meet test."],
        ["7", "Custody records MADDOX (DN/26/0551) and FAIRWEATHER (DN/26/0553)", "Custody system", "Does not meet test."],
        ["8", "Interview audio recordings MADDOX and FAIRWEATHER, 02/02/2026", "DEMS", "ROTIs provided."],
        ["9", "DFU submission NDF-26-0188 for MADDOX's iPhone DH/1 (date range and keywords as in MG3)", "DFU",
         "Does not meet test."],
        ["10", "Early advice telephone note, Tom ASHER SCP, 10/02/2026", "Case file", "Does not meet test."],
        ["11", "Meridian MG21 submission forms, 03/02/2026", "Case file", "Does not meet test."],
    ]
    mg6c = {"head": HEAD, "foot": f"MG6C  URN {URN}", "created": dt(2026, 3, 26, 15), "author": "PENROSE Laura",
            "title": "MG6C", "blocks": [
        ("title", "MG6C - Police Schedule of Non-Sensitive Unused Material"),
        ("kv", [("URN", URN), ("R v", "Kieran Paul MADDOX and Jordan Lee FAIRWEATHER"),
                ("Disclosure officer", "DC 3087 Laura PENROSE")], 0.25),
        ("table", ["No", "Description", "Location", "DO's assessment"], c_rows, [0.06, 0.56, 0.13, 0.25]),
    ]}
    write_docx(os.path.join(F, "MG6C.docx"), mg6c)
    mg6d = {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", "foot": f"MG6D  URN {URN}", "created": dt(2026, 3, 26, 15, 30),
            "author": "PENROSE Laura", "title": "MG6D", "blocks": [
        ("title", "MG6D - Police Schedule of Sensitive Material"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 3087 PENROSE")], 0.25),
        ("table", ["No", "Description", "Why sensitive", "Assessment"], [
            ["1", "Heather House SARC notes and body map, Tamsin FROST, 01/02/2026 (consent to release given)",
             "Medical confidentiality", "Findings in Dr WHITLOCK's MG11; does not undermine"],
            ["2", "ISVA referral form, 01/02/2026", "Support service record", "Does not meet test"],
            ["3", "Home addresses and phone numbers of Tamsin and Helen FROST and Ella ROURKE", "Personal data",
             "Does not meet test"],
            ["4", "Address and identity of the doorbell owner (Mr GRAY) beyond what is in DC HUGHES's MG11",
             "Personal data of a member of the public", "Does not meet test"]], [0.06, 0.48, 0.22, 0.24]),
    ]}
    write_pdf(os.path.join(F, "MG6D.pdf"), mg6d)
    mg6e = {"head": HEAD, "foot": f"MG6E  URN {URN}", "created": dt(2026, 3, 26, 16), "author": "PENROSE Laura",
            "title": "MG6E", "blocks": [
        ("title", "MG6E - Disclosure Officer's Report"),
        ("p", f"URN {URN}. R v MADDOX and FAIRWEATHER. I have inspected, viewed or listened to all the material on the "
              "MG6C and MG6D. Material that may meet the test (rebuttable presumption items 1-3 and the witness PNC "
              "prints) is provided with the file. Nothing else has been identified that might undermine the "
              "prosecution case or assist either suspect, save that the prosecutor's attention is drawn to MG6C "
              "item 5 (no guest saw the suspects go upstairs - neutral)."),
        ("sig", "Disclosure officer:", "DC 3087 L PENROSE (signed) 26/03/2026"),
    ]}
    write_docx(os.path.join(F, "MG6E.docx"), mg6e)
    dmd = {"head": HEAD, "foot": f"DMD  URN {URN}", "created": dt(2026, 3, 26, 16, 30), "author": "PENROSE Laura",
           "title": "DMD Op BRAMBLE", "blocks": [
        ("title", "Disclosure Management Document (pre-charge)"),
        ("kv", [("URN", URN), ("Operation", "BRAMBLE"), ("Disclosure officer", "DC 3087 PENROSE"),
                ("Prepared", "26/03/2026")], 0.25),
        ("h", "1. Reasonable lines of enquiry"),
        ("p", "As set out in the MG3, including the lines capable of pointing away from either suspect (doorbell "
              "footage, taxi record, party guests, messages between the suspects)."),
        ("h", "2. Digital strategy"),
        ("p", "Suspect devices: MADDOX's iPhone (DH/1), limited to 31/01/2026 18:00 - 02/02/2026 18:00, messages "
              "with FAIRWEATHER and any mention of Tamsin. FAIRWEATHER's phone has not been recovered. Complainant's "
              "device: not requested, because neither account suggests relevant communication with her; the "
              "decision will be reviewed if the suspects' accounts change."),
        ("h", "3. Third-party material"),
        ("p", "None sought. SARC notes obtained with consent and scheduled on the MG6D."),
        ("h", "4. Unused material"),
        ("p", "Schedules MG6C/MG6D and MG6E attached. Rebuttable presumption material provided."),
    ]}
    write_pdf(os.path.join(F, "DMD BRAMBLE.pdf"), dmd)

    write_pdf(os.path.join(F, "MG12.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 3, 26, 17),
                                                    officer="DC 3087 PENROSE", rows=[
        ["LP/1", "ABE master recording, Tamsin FROST, 03/02/2026", "DC 3087 PENROSE", "DEMS NP-VR-1033"],
        ["LP/2", "ABE working copy", "DC 3087 PENROSE", "With file"],
        ["LP/3", "ABE interview plan", "DC 3087 PENROSE", "Case file"],
        ["MB/1", "Top worn by Tamsin FROST", "PC 1733 BELL", "Property NP-90212"],
        ["MB/2", "Jeans worn by Tamsin FROST", "PC 1733 BELL", "Property NP-90213"],
        ["JW/1-JW/5", "Swabs (HVS, LVS, neck, left breast, right breast)", "Dr J WHITLOCK", "Meridian"],
        ["DH/1", "iPhone 15 (MADDOX)", "DC 1190 HUGHES", "DFU NDF-26-0188"],
        ["DH/2", "Buccal swabs MADDOX", "DC 1190 HUGHES", "Meridian"],
        ["DH/3", "Doorbell video clip, 11 Orchard Close, 01/02/2026 02:49-02:53 (native MP4)", "DC 1190 HUGHES", "With file"],
        ["DH/4", "Buccal swabs FAIRWEATHER", "DC 1190 HUGHES", "Meridian"],
        ["DH/5", "AppRide trip record, 01/02/2026", "DC 1190 HUGHES", "Case file"],
    ]))
    mg2 = {"head": HEAD, "foot": f"MG2  URN {URN}", "created": dt(2026, 3, 20, 14), "author": "PENROSE Laura",
           "title": "MG2 FROST", "blocks": [
        ("title", "MG2 - SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", URN), ("Witness", "Tamsin FROST (22)"),
                ("Eligible as", "Intimidated witness, complainant in sexual offence case (YJCEA s.17(4))"),
                ("Measures sought", "s.27 ABE as evidence-in-chief; s.28 pre-recorded cross-examination - Tamsin "
                                    "wants this (asked 03/02/2026 and 20/03/2026); s.24 live link; screens if in court"),
                ("Intermediary", "Considered - not required. No communication needs."),
                ("Other needs", "No interpreter. Anxiety - would like her mother and ISVA (Priya DESAI) with her. "
                                "Dates to avoid: 18/05/2026 - 05/06/2026 (college exams)."),
                ("Completed by", "DC 3087 PENROSE, 20/03/2026")], 0.25),
    ]}
    write_pdf(os.path.join(F, "MG2 FROST.pdf"), mg2)
    vps = {"head": "OFFICIAL-SENSITIVE (when complete)", "foot": f"VPS  URN {URN}", "created": dt(2026, 2, 3, 16),
           "author": "PENROSE Laura", "title": "VPS FROST", "blocks": [
        ("title", "VICTIM PERSONAL STATEMENT"),
        ("small", "Criminal Justice Act 1967 s.9 - made on form MG11"),
        ("kv", [("URN", URN), ("Name", "Tamsin FROST"), ("Age", "Over 18")], 0.25),
        ("p", DECL["std"].format(n=1)),
        ("sig", "Signature:", "[signed] T Frost"), ("sig", "Date:", "03/02/2026"),
        ("rule",),
        ("p", "I want the people who decide what happens to understand what this has done to me. Since that night I "
              "have not been able to go out in Dunmere without looking for them. I have stopped going to my college "
              "placement because one of their friends works near there. I sleep in my mum's room some nights. I am "
              "scared people will say I was asking for it because I was drunk."),
        ("p", "I would like to read this statement in court myself if that is possible, or have it read for me."),
        ("sig", "Signature:", "[signed] T Frost"),
    ]}
    write_pdf(os.path.join(F, "VPS FROST.pdf"), vps)
    write_pdf(os.path.join(F, "CAD 0377 01-02-26.pdf"), incident_log_doc(
        urn=URN, system="NORTHMOOR CAD", inc_no="0377/01FEB26", opened="09:41", head=HEAD, created=dt(2026, 3, 20, 9),
        summary_kv=[("Caller", "Helen FROST (mother of victim)"), ("Date", "01/02/2026")],
        rows=[["09:41", "CH 1804", "101. Caller Helen FROST reports her daughter Tamsin (22) was raped at a party at 9 "
                                   "Orchard Close, Dunmere overnight by a male called Kieran; another male, Jordan, "
                                   "touched her. Victim at home 18 Larch Avenue, has not showered."],
              ["09:44", "CH 1804", "Early evidence advice given: keep clothes, do not shower, do not drink if possible."],
              ["10:58", "DISP 2", "PC 1733 BELL allocated."], ["11:20", "PC 1733", "At scene."],
              ["12:05", "PC 1733", "Initial account taken. Suspects KIERAN (believed MADDOX) and JORDAN (believed "
                                   "FAIRWEATHER). Clothing seized. SARC requested."],
              ["12:20", "DS 2012", "RASSO notified. Arrest strategy for both suspects. DC PENROSE OIC."],
              ["14:50", "PC 1733", "Conveying to Heather House."], ["16:10", "DC 1190", "MADDOX arrested."],
              ["17:30", "DC 1190", "FAIRWEATHER arrested."], ["18:40", "DISP 2", "Closed to NP/CR/26/01544."]]))
    crime = {"head": HEAD, "foot": f"NP/CR/26/01544  URN {URN}", "created": dt(2026, 3, 20, 9, 10), "author": "PENROSE Laura",
             "title": "Crime report", "blocks": [
        ("title", "Crime Report NP/CR/26/01544 (Op BRAMBLE)"),
        ("kv", [("Offences", "Rape (s.1) - MADDOX; sexual assault (s.3) - FAIRWEATHER"), ("Date", "01/02/2026"),
                ("Location", "9 Orchard Close, Dunmere"), ("Victim", "FROST, Tamsin - F - 22 - mixed White/Black "
                                                                      "Caribbean - anxiety"),
                ("Suspects", "MADDOX, Kieran Paul; FAIRWEATHER, Jordan Lee - both on bail"), ("URN", URN)], 0.25),
        ("h", "Victim contact"),
        ("table", ["Date", "Note"], [["01/02/2026", "SARC; ISVA referral by Heather House."],
                                     ["03/02/2026", "ABE; VPS made."], ["20/03/2026", "MG2 views; s.28 wanted."],
                                     ["27/03/2026", "Told of submission to CPS."]], [0.18, 0.82]),
    ]}
    write_pdf(os.path.join(F, "Crime report NP-CR-26-01544.pdf"), crime)
    pnb = {"head": HEAD, "foot": f"URN {URN}  MG6C item 3", "created": dt(2026, 3, 20, 9, 20), "author": "BELL Marcus",
           "title": "PNB transcript", "blocks": [
        ("title", "Typed copy of pocket notebook entry"),
        ("kv", [("Officer", "PC 1733 Marcus BELL"), ("Notebook / pages", "NP 2291, pages 5 to 7"),
                ("Date / time", "01/02/2026 11:20 - 12:05"), ("Place", "18 Larch Avenue, Dunmere")], 0.27),
        ("p", "11:20 Present Tamsin FROST (victim) and Helen FROST (mother). First account, Tamsin's words: \"I went to "
              "lie down upstairs at Ryan's party. Jordan came in and put his hands up my top on my boobs and kissed "
              "my neck. I told him to get off. Later Kieran came in and pulled my jeans down and had sex with me. I "
              "said no. I said no Kieran. He held my hip.\""),
        ("p", "Not showered. Top and jeans seized MB/1 MB/2. No BWV (victim's request)."),
        ("p", "Entry read and signed by Tamsin FROST at 12:02."),
        ("sig", "Copy certified by:", "PC 1733 M BELL (signed) 20/03/2026"),
    ]}
    write_pdf(os.path.join(F, "PNB transcript BELL pp5-7.pdf"), pnb)

    exp = {
        "case": name, "stage": "charging", "exit": 0,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "CCTV", "FORENSIC", "ROTI", "PNC", "MG6C",
                          "MG6D", "MG6E", "DMD", "MG12", "MG2", "VPS", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                          "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 FROST - MADDOX & FAIRWEATHER.docx", "type": "MG3"},
            {"name": "ABE FROST 03.02.26.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE index FROST.pdf", "type": "ABE_SUMMARY"},
            {"name": "MG11 DC PENROSE.docx", "type": "MG11", "role": "officer"},
            {"name": "MG11 PC BELL 1733.pdf", "type": "MG11", "role": "officer"},
            {"name": "MG11 ROURKE Ella.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 FROST Helen (mother).docx", "type": "MG11", "role": "first_account"},
            {"name": "MG11 Dr WHITLOCK FME.pdf", "type": "MG11", "role": "expert"},
            {"name": "MG11 DC HUGHES arrests and CCTV.pdf", "type": "MG11", "role": "officer"},
            {"name": "CCTV_11OrchardClose_DH3.mp4", "type": "CCTV"},
            {"name": "SFR1 Meridian MF26-0702.pdf", "type": "FORENSIC"},
            {"name": "ROTI MADDOX.pdf", "type": "ROTI"},
            {"name": "ROTI FAIRWEATHER (prepared statement).pdf", "type": "ROTI"},
            {"name": "PNC MADDOX.pdf", "type": "PNC"},
            {"name": "PNC FAIRWEATHER.pdf", "type": "PNC"},
            {"name": "PNC witness checks.pdf", "type": "PNC"},
            {"name": "MG6C.docx", "type": "MG6C"},
            {"name": "MG6D.pdf", "type": "MG6D"},
            {"name": "MG6E.docx", "type": "MG6E"},
            {"name": "DMD BRAMBLE.pdf", "type": "DMD"},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "MG2 FROST.pdf", "type": "MG2"},
            {"name": "VPS FROST.pdf", "type": ["VPS", "MG11"]},
            {"name": "CAD 0377 01-02-26.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report NP-CR-26-01544.pdf", "type": "CRIME_REPORT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case E  -  Wyvern Vale Police.  Early advice request (stage early_advice).  Compliant.
#            First account named by relationship only ("her sister"); ABE summary scanned.
# =============================================================================================
def case_E(out, rng):
    name = "EA request - ELLERBY"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "73WV0071226"
    HEAD = "OFFICIAL-SENSITIVE"

    mg3 = {"head": "OFFICIAL-SENSITIVE  -  Wyvern Vale Police", "foot": f"MG3 (early advice)  URN {URN}",
           "author": "TREVITHICK Joanne", "created": dt(2026, 5, 4, 12), "title": "MG3 early advice ELLERBY", "blocks": [
        ("title", "MG3 - REQUEST FOR EARLY ADVICE"),
        ("kv", [("URN", URN),
                ("Suspect", "ELLERBY, Martin - DOB 02/02/1981 - not yet arrested or interviewed"),
                ("Offences under consideration", "Rape (SOA 2003 s.1), several occasions 2022 - 2025; controlling or "
                                                 "coercive behaviour in an intimate or family relationship (Serious "
                                                 "Crime Act 2015 s.76)"),
                ("Advice sought", "Early advice only. No charging decision is sought at this stage; a full code test "
                                  "submission will follow the suspect's interview."),
                ("Status of suspect", "Not arrested. No bail or RUI at present. He does not know of the report."),
                ("OIC", "DC 2764 Joanne TREVITHICK - direct 01632 960377 - "
                        "joanne.trevithick@wyvernvale.police.example"),
                ("Supervisor", "DS 0418 Colin MARSH - endorsed 04/05/2026")], 0.27),
        ("h", "1. Why early advice is sought"),
        ("p", "This is a case of repeated rape within a marriage alongside controlling behaviour over several years. "
              "We would value the prosecutor's view before arrest on (a) how the offending should be framed "
              "(specific incidents and any specimen or multiple-incident counts), (b) the evidence needed for the "
              "s.76 offence, and (c) the proportionality of the digital and third-party enquiries set out below."),
        ("h", "2. The investigation so far"),
        ("p", "Grace ELLERBY (41) reported in person, on her own, on 14/04/2026 at Redwater police station. She "
              "separated from the suspect in October 2025 and now lives with her sister. Her account was "
              "video-recorded (ABE) on 20/04/2026 by DC TREVITHICK (JT/1 master, JT/2 working copy, attached with "
              "the summary and my MG11). She describes the suspect having sex with her when she had said no on "
              "many occasions from early 2022, most often after arguments about money, and three incidents in "
              "detail: New Year's Eve 2022, her birthday in November 2023 and an occasion in August 2025 when she "
              "had a broken wrist."),
        ("p", "She first told her sister, by phone, in the spring of 2024 that he 'forces me when I say no'. Her "
              "sister's statement was taken on 28/04/2026 and is attached. She had told nobody else before she "
              "reported to the police."),
        ("p", "Police records show one domestic incident at the address, on 03/07/2023 (verbal argument, neighbour "
              "caller). Grace told the officers then that there had been no violence. The incident log is attached "
              "because it may be said to undermine her account; she says in her ABE that she was too frightened to "
              "say anything with him in the next room."),
        ("h", "3. Planned lines of enquiry (including those that may point away from the suspect)"),
        ("table", ["Enquiry", "Purpose", "Target date"], [
            ["Arrest and interview of Martin ELLERBY", "His account; put the three incidents and the 2023 call",
             "29/05/2026"],
            ["Limited extraction of Grace's phone under a DPN: texts and WhatsApp messages from the suspect's "
             "number only, 01/01/2024 - 31/12/2024", "She says he apologised 'for the other night' in messages "
             "in 2024; they may corroborate her, or show an affectionate relationship inconsistent with her account",
             "15/06/2026"],
            ["Statement from the neighbour who called police on 03/07/2023", "What was heard; may support or "
             "undermine", "22/05/2026"],
            ["Bank records of the joint account (financial control)", "s.76 - may show control, or ordinary joint "
             "finances", "12/06/2026"],
            ["Fracture clinic attendance August 2025 - date only, with her consent", "Dates the third incident; not "
             "her clinical notes", "05/06/2026"]], [0.38, 0.45, 0.17]),
        ("p", "Her phone has not yet been examined. We will not take it until the prosecutor has confirmed that the "
              "limited extraction above is proportionate; Grace has been told what would be looked at and why, and "
              "has said she would agree to those limits. A Digital Processing Notice will be completed with her "
              "before any extraction."),
        ("p", "We will not be requesting her medical records because she did not seek medical help for any of the "
              "sexual offending and there is nothing to suggest her GP holds anything relevant; the only medical "
              "enquiry is the date of the fracture clinic visit, with her written agreement. She saw a workplace "
              "counsellor for six sessions in 2024. She says she did not discuss the sexual abuse there. We do not "
              "propose to request those notes unless the prosecutor advises that there is a specific reason to "
              "think they hold relevant material."),
        ("h", "4. Victim care"),
        ("p", "ISVA: referred on 15/04/2026 to Wyvern ISVA Service; her ISVA is Amrit GILL. Special measures: "
              "Grace wants her ABE played as evidence-in-chief and would like s.28 pre-recorded cross-examination; "
              "she wants the live link; no intermediary is needed. Needs: no interpreter; she would like contact by "
              "text first. VPS: explained and offered on 20/04/2026; she wants to wait. An MG2 will be completed for "
              "the full code test file."),
        ("h", "5. Early advice - record"),
        ("p", "Early advice is being sought by this MG3, as strongly recommended for RASSO cases. The OIC's direct "
              "line and e-mail are above for the prosecutor's use."),
    ]}
    write_docx(os.path.join(F, "EA request ELLERBY.docx"), mg3)

    write_video(os.path.join(F, "20260420_101502.mp4"), "VRI ELLERBY G 20/04/2026",
                ["REDWATER VRI ROOM", "20/04/2026 10:15:02", "JT/2"], seconds=5, rng=rng, when=dt(2026, 4, 20, 10, 15))
    summ = {"head": "Wyvern Vale Police - OFFICIAL-SENSITIVE", "foot": f"URN {URN}", "blocks": [
        ("title", "ABE / VRI SUMMARY"),
        ("kv", [("URN", URN), ("Witness", "Grace ELLERBY"), ("Date", "20/04/2026 10:15 - 12:02"),
                ("Interviewer", "DC 2764 TREVITHICK"), ("Monitor", "DC 1127 OWEN"), ("Exhibits", "JT/1 master, JT/2 copy")], 0.25),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions and ground rules. Grace's ISVA waited outside."],
            ["00:06", "Marriage 2011. Controlling from about 2019: money, phone checking, who she sees."],
            ["00:21", "From early 2022 he would have sex with her when she said no, usually after rows about money. "
                      "She would freeze. 'More times than I can count.'"],
            ["00:40", "New Year's Eve 2022: pushed her onto the bed after she refused, held her wrists."],
            ["00:58", "Her birthday November 2023: after a meal out, she said no, he said 'it's my present too'."],
            ["01:15", "August 2025, wrist in plaster: she said no because of the pain; he carried on."],
            ["01:30", "Told her sister by phone spring 2024. Left in October 2025."],
            ["01:38", "July 2023 police call: too scared to say anything with him in the next room."],
            ["01:44", "Messages in 2024 where he said sorry 'for the other night'. Closure."]], [0.12, 0.88]),
        ("sig", "Summary by:", "@scribble:J Trevithick"),
    ]}
    write_scanned_pdf(os.path.join(F, "scan_20260422_0931.pdf"), summ, rng, dt(2026, 4, 22, 9, 31))

    trev = mg11_doc(urn=URN, name="Joanne TREVITHICK", occupation="Detective Constable 2764", date="22/04/2026",
                    sig="[signed] J. Trevithick", created=dt(2026, 4, 22, 14), style="classic", body=[
        "I am a Detective Constable with Wyvern Vale Police, Rape and Serious Sexual Offences team, trained in "
        "ABE interviewing of adult witnesses.",
        "On Monday 20th April 2026 between 10:15 and 12:02 I interviewed Grace ELLERBY on video at the Redwater "
        "VRI room. DC 1127 OWEN monitored. I produce the master recording as exhibit JT/1 and a working copy as "
        "exhibit JT/2. I produce my written interview plan as exhibit JT/3.",
    ])
    write_pdf(os.path.join(F, "TREVITHICK MG11.pdf"), trev)

    ruth = mg11_doc(urn=URN, name="Ruth CALDER", occupation="Dental nurse", date="28/04/2026",
                    sig="Signed R Calder", witnessed="Signed J Trevithick DC2764", created=dt(2026, 4, 28, 18),
                    style="classic", body=[
        "I am Grace ELLERBY's older sister. Grace has lived with me in Lowther Cross since October 2025.",
        "One evening in the spring of 2024, I think March or April, Grace phoned me. She was whispering and I "
        "could tell she had been crying. I asked what was wrong. She said, \"I can't keep doing this, Ruthie. He "
        "forces me when I say no.\" I asked if she meant Martin and she said yes. I asked if she meant sex and "
        "she said, \"Yes. When I say no he just does it anyway.\" Then she said she had to go because he was "
        "coming upstairs, and she hung up.",
        "I tried to talk to her about it again a few times but she always changed the subject. She told me more "
        "when she moved in with me last October.",
    ])
    write_docx(os.path.join(F, "Doc1.docx"), ruth)

    plan = {"head": HEAD, "foot": f"ABE plan  JT/3  URN {URN}", "created": dt(2026, 4, 19, 16), "author": "TREVITHICK Joanne",
            "title": "ABE plan", "blocks": [
        ("title", "ABE INTERVIEW PLAN"),
        ("kv", [("Witness", "Grace ELLERBY"), ("Planned for", "20/04/2026 10:00, Redwater VRI room"),
                ("Interviewer / monitor", "DC TREVITHICK / DC OWEN"),
                ("Needs", "Breaks on request; ISVA to wait outside; no intermediary needed")], 0.27),
        ("h", "Objectives"),
        ("p", "1. Free narrative of the relationship and the sexual offending. 2. Detail of specific incidents she can "
              "separate. 3. Context for the s.76 offence. 4. First disclosure. 5. The 2023 police call. 6. Any "
              "messages or documents."),
        ("h", "Points to cover"),
        ("p", "Dates anchored to events (New Year, birthday, injury). Consent and what was said. Her state of mind. "
              "Avoid leading questions on the 2023 call."),
    ]}
    write_pdf(os.path.join(F, "ABE plan ELLERBY.pdf"), plan)

    write_pdf(os.path.join(F, "Log 14-04-2026 front counter.pdf"), incident_log_doc(
        urn=URN, system="WV COMMAND", inc_no="0288/14APR26", opened="14:05", head=HEAD, created=dt(2026, 5, 1, 10),
        summary_kv=[("Reported by", "Grace ELLERBY in person"), ("Date", "14/04/2026")],
        rows=[["14:05", "FC 12", "Grace ELLERBY attends Redwater front counter alone, reports rape by husband over "
                                 "several years; separated since October 2025."],
              ["14:20", "PC 0655", "PC MOSS takes initial details in private room. DASH completed - medium."],
              ["15:10", "DS 0418", "RASSO allocated; DC TREVITHICK OIC. ABE to be arranged. Suspect not to be "
                                   "approached pending strategy."]]))
    write_pdf(os.path.join(F, "Log 03-07-2023 domestic.pdf"), incident_log_doc(
        urn=URN, system="WV COMMAND", inc_no="1190/03JUL23", opened="22:41", head=HEAD, created=dt(2026, 5, 1, 10, 5),
        summary_kv=[("Caller", "Neighbour (anonymous at the time)"), ("Date", "03/07/2023")],
        rows=[["22:41", "CH 07", "Caller reports shouting from the neighbouring house, 14 Sedge Lane, Redwater - male "
                                 "and female."],
              ["23:02", "PC 1544", "At scene. Verbal argument about money between Martin and Grace ELLERBY. Both spoken "
                                   "to separately. Female states no violence, no injuries, does not want police "
                                   "involvement. DASH: standard."],
              ["23:20", "PC 1544", "No offences disclosed. Closed - domestic non-crime."]]))

    exp = {
        "case": name, "stage": "early_advice", "exit": 0,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "MG11", "INCIDENT_LOG"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "outstanding_dated",
                          "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                          "key_statements", "signed", "dig_dpn", "dig_prop", "digital_proportionality",
                          "multimedia", "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "EA request ELLERBY.docx", "type": "MG3"},
            {"name": "20260420_101502.mp4", "type": "ABE_RECORDING"},
            {"name": "scan_20260422_0931.pdf", "type": "ABE_SUMMARY"},
            {"name": "TREVITHICK MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "Doc1.docx", "type": "MG11", "role": "first_account"},
            {"name": "ABE plan ELLERBY.pdf", "type": "ABE_PLAN"},
            {"name": "Log 14-04-2026 front counter.pdf", "type": "INCIDENT_LOG"},
            {"name": "Log 03-07-2023 domestic.pdf", "type": "INCIDENT_LOG"},
        ],
    }
    return name, exp


# =============================================================================================
# Case F  -  Sallowshire Police, Op SALTMARSH.  FAULTY: the sister's (first account) MG11 is not
#            signed or dated although the MG3 says all statements are signed; MG6C entries vague.
# =============================================================================================
def case_F(out, rng):
    name = "Op SALTMARSH"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "52SA0084426"
    HEAD = "OFFICIAL-SENSITIVE"

    mg3 = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG3  {URN}", "author": "NUTTALL Sarah", "created": dt(2026, 3, 30, 9),
           "title": "MG3 CROSSLEY", "size": 9.5, "blocks": [
        ("title", "MG3 - Report to CPS for charging decision"),
        ("kv", [("URN", URN), ("Op", "SALTMARSH"), ("Suspect", "CROSSLEY, Ryan Thomas  12/08/1985"),
                ("Offence", "Rape s.1 SOA 2003 - 22/02/2026 approx 23:30 - 27 Hollybush Road, Sallowfield"),
                ("Test", "FULL CODE TEST"),
                ("Bail", "Pre-charge bail to 23/05/2026 - no contact with Joanne PEEL or Karen LUND; not to enter "
                         "Hollybush Road"),
                ("OIC", "DC 1874 Sarah NUTTALL  01632 960815  sarah.nuttall@sallowshire.police.example"),
                ("Supervisor", "DS 1450 Kerry WALSH - endorsed 30/03/2026")], 0.2),
        ("h", "Summary"),
        ("p", "- V Joanne PEEL (38), care worker. S = friend of V's ex-partner.\n"
              "- 22/02 evening S came to V's house to return a drill. Stayed for drinks (V: 2 glasses wine).\n"
              "- c.23:30 S tried to kiss V on sofa. V refused, told him to leave.\n"
              "- S pulled V to the floor, pulled down her leggings, vaginal rape. V said no repeatedly, tried to push "
              "him off.\n"
              "- S left c.23:50. V phoned sister Karen LUND 08:05 next morning. Reported 09:48 (inc 0566)."),
        ("h", "Evidence"),
        ("p", "- ABE 25/02/2026 (DC NUTTALL) - SN/1 master, SN/2 working copy - ABE summary + MG11 attached.\n"
              "- First account: sister Karen LUND (phone 08:05, 23/02) - MG11 attached.\n"
              "- First officer: PC 3006 FELL - MG11 attached, PNB first account (typed copy) attached.\n"
              "- FME Dr Meera JOSHI (Willow House SARC 23/02) - MG11 attached. Bruising L forearm x2.\n"
              "- SFR1: semen HVS, DNA = CROSSLEY. Intercourse admitted.\n"
              "- All witness statements obtained and signed."),
        ("h", "Suspect account"),
        ("p", "- Arrested 23/02 14:20. Reply: \"It was consensual, she wanted it.\"\n"
              "- Interview 24/02 (solicitor present) - full account: kissing on sofa, V initiated, consensual sex on "
              "floor, V 'fine' when he left. Denies force / denies V said no. Bruises - 'no idea'.\n"
              "- Likely defence: consent / reasonable belief."),
        ("h", "Lines of enquiry"),
        ("p", "- Neighbours (25 and 29 Hollybush Rd) - no. 29 heard a woman shout \"get off\" at about 23:40 - MG6C "
              "item 5 (spoken to, declines to make a statement; officer's note scheduled).\n"
              "- S's phone (seized on arrest): DFU examined messages and calls between S and V only, 22/02/2026 - "
              "24/02/2026 (report 20/03) - none sent either way. V's phone not examined: S's claimed text would be "
              "on his own phone and it is not there - no reasonable line of enquiry into V's phone.\n"
              "- Pointing away: S says V texted him 'thanks for a nice night' - checked on S's phone (DFU report "
              "20/03) - no such message. Ex-partner (Lee PEEL) spoken to re any motive - nothing; note on MG6C.\n"
              "- Medical records / counselling - not sought, not a reasonable LOE."),
        ("h", "Outstanding"),
        ("p", "- None. All enquiries complete."),
        ("h", "Disclosure"),
        ("p", "- MG6C (xlsx) + MG6D attached. RP material attached: inc log, crime report, PNB first account, witness "
              "PNCs."),
        ("h", "Victim"),
        ("p", "- SM: intimidated witness s.17(4). Wants ABE as EIC, live link, and s.28 pre-recorded "
              "cross-examination (asked 25/02 and 27/03). RI not required - no comms needs.\n"
              "- Needs: no interpreter. Works nights - contact after 12:00.\n"
              "- ISVA: referred 23/02 by Willow House (Beacon ISVA - Dee HOLT).\n"
              "- VPS: offered 25/02, V made VPS 27/03 - held on file, will be served if charged.\n"
              "- Medical consent: SARC consent form signed 23/02."),
        ("h", "Early advice"),
        ("p", "- Not sought: S identified and interviewed within 48 hrs; straightforward consent issue."),
    ]}
    write_pdf(os.path.join(F, "MG3_SALTMARSH_v2.pdf"), mg3)

    write_video(os.path.join(F, "SN2_working_copy.mp4"), "ABE PEEL Joanne 25/02/2026",
                ["SALLOWFIELD ABE SUITE", "25/02/2026 11:00:09", "SN/2"], seconds=3, rng=rng, when=dt(2026, 2, 25, 11, 0))
    summ = {"head": HEAD, "foot": f"URN {URN}", "author": "NUTTALL Sarah", "created": dt(2026, 2, 27, 10),
            "title": "ABE summary PEEL", "blocks": [
        ("title", "Summary of video recorded interview (ABE)"),
        ("kv", [("URN", URN), ("Witness", "Joanne PEEL"), ("Date", "25/02/2026 11:00 - 12:10"),
                ("Interviewer", "DC 1874 NUTTALL"), ("Recording", "SN/1 master, SN/2 working copy")], 0.25),
        ("p", "00:00 Introductions. 00:05 Knows CROSSLEY through her ex-partner Lee; never a relationship. 00:12 He "
              "texted on 22/02 to say he'd drop the drill off; arrived about 20:30; two glasses of wine each. 00:24 "
              "On the sofa he tried to kiss her; she moved away and said 'no Ryan, you need to go'. 00:29 He pulled "
              "her by the arms onto the floor, pulled her leggings and knickers down, penetrated her vagina with his "
              "penis; she said no throughout and pushed at his chest. 00:41 He left about 23:50 saying 'don't be "
              "dramatic'. 00:47 Phoned her sister Karen at 08:05. 00:55 Questions: lighting, what was said, "
              "positions, bruises on forearms. 01:08 Closure."),
    ]}
    write_docx(os.path.join(F, "ABE summary PEEL.docx"), summ)

    nut = mg11_doc(urn=URN, name="Sarah NUTTALL", occupation="Detective Constable 1874", date="27/02/2026",
                   sig="(Sgd) S NUTTALL", created=dt(2026, 2, 27, 11), style="niche", force="Sallowshire Police",
                   stmt_no="S3", place="Sallowfield Police Station", body=[
        "I am a Detective Constable with Sallowshire Police, trained in ABE interviewing of adults.",
        "On Wednesday 25th February 2026 from 11:00 to 12:10 I conducted a video-recorded interview with Joanne "
        "PEEL at the Sallowfield ABE suite. I produce the master recording as SN/1 and a working copy as SN/2.",
    ])
    write_pdf(os.path.join(F, "S3 NUTTALL.pdf"), nut)

    fell = mg11_doc(urn=URN, name="Aaron FELL", occupation="Police Constable 3006", date="23/02/2026",
                    sig="[signed] A FELL", created=dt(2026, 2, 23, 22), style="niche", force="Sallowshire Police",
                    stmt_no="S1", place="Sallowfield Police Station", body=[
        "I am a Police Constable with Sallowshire Police.",
        "At 09:55 on Monday 23rd February 2026 I was deployed to incident 0566, a report by Joanne PEEL that she "
        "had been raped at her home the night before. I was the first officer to attend and arrived at 27 "
        "Hollybush Road, Sallowfield at 10:10.",
        "Joanne was in the kitchen with her sister, Karen LUND. Joanne told me that Ryan CROSSLEY had come round "
        "the night before and had pulled her onto the floor and raped her after she told him to leave. I wrote "
        "her account in my pocket notebook. I saw two bruises on the inside of her left forearm.",
        "With her agreement I seized her grey leggings, exhibit AF/1, and knickers, exhibit AF/2. At 12:30 I took "
        "her to Willow House SARC.",
    ])
    write_pdf(os.path.join(F, "S1 FELL.pdf"), fell)

    # THE PLANT: typed statement with empty signature and date lines.
    lund = mg11_doc(urn=URN, name="Karen LUND", occupation="Receptionist", date="", date_text="", sig="",
                    witnessed="", created=dt(2026, 2, 26, 19), style="classic", body=[
        "I am Joanne PEEL's younger sister. We speak most days.",
        "On Monday 23rd February 2026 at about 8am my phone rang and it was Joanne. She was sobbing. She said, "
        "\"Kaz, Ryan raped me last night.\" I knew she meant Ryan CROSSLEY, who is a friend of her ex, Lee. She "
        "said he had come round with a drill, they had a drink, and when she told him to go he pulled her onto "
        "the floor and had sex with her while she was saying no.",
        "I told her I was coming round. I got to her house at about 8:40. She was still in her dressing gown. She "
        "showed me bruises on her arm. I said she had to call the police and at about quarter to ten she did.",
        "Joanne has never said anything like this about anyone before.",
    ])
    write_docx(os.path.join(F, "LUND K statement.docx"), lund)

    joshi = mg11_doc(urn=URN, name="Dr Meera JOSHI", occupation="Forensic physician", date="02/03/2026",
                     sig="[signed] M Joshi", created=dt(2026, 3, 2, 10), style="classic", body=[
        "I am a forensic physician at Willow House SARC, Sallowfield, and a registered medical practitioner.",
        "At 13:00 on 23rd February 2026 I examined Joanne PEEL (38) with her written consent, including consent to "
        "release my notes to the police and CPS.",
        "On the inner left forearm there were two oval bruises, 1.5 cm and 2 cm, consistent with fingertip "
        "gripping within the previous 48 hours. No genital injury was seen; this does not indicate whether "
        "intercourse was consensual.",
        "Samples: high vaginal swab MJ/1, low vaginal swab MJ/2, handed to PC FELL at 14:30.",
    ])
    write_pdf(os.path.join(F, "Stmt JOSHI FME.pdf"), joshi)

    sfr = {"head": HEAD, "foot": f"SFR1  URN {URN}", "created": dt(2026, 3, 16, 9), "author": "Arden Forensic Services",
           "title": "SFR1", "blocks": [
        ("title", "SFR1 - Streamlined Forensic Report"),
        ("kv", [("URN", URN), ("Lab ref", "AFS-26-1140"), ("Date", "16/03/2026")], 0.25),
        ("p", "MJ/1 high vaginal swab: semen identified. DNA profile matches Ryan Thomas CROSSLEY (reference AF/3). "
              "MJ/2 not examined (not required). All requested work is complete."),
    ]}
    write_pdf(os.path.join(F, "SFR1 AFS-26-1140.pdf"), sfr)

    roti = {"head": HEAD, "foot": f"ROTI  URN {URN}", "created": dt(2026, 2, 26, 9), "author": "NUTTALL Sarah",
            "title": "ROTI CROSSLEY", "blocks": [
        ("title", "ROTI - Ryan Thomas CROSSLEY"),
        ("kv", [("URN", URN), ("Date", "24/02/2026 10:40 - 11:25"), ("Officers", "DC NUTTALL, DC 0771 BARKER"),
                ("Solicitor", "Ms Holly REES")], 0.25),
        ("p", "CROSSLEY gave a full account. He went to return Joanne's ex-partner's drill, she invited him in, they "
              "drank wine and she kissed him first on the sofa. They moved to the floor and had consensual sex. "
              "She did not say no or push him. When he left she said 'see you'. He says she later texted 'thanks for "
              "a nice night'. He has no idea how she got bruises."),
        ("p", "Q: Did Joanne tell you to leave?  A: No. Never."),
        ("p", "Q: Did she say no?  A: No."),
    ]}
    write_pdf(os.path.join(F, "ROTI CROSSLEY.pdf"), roti)
    write_pdf(os.path.join(F, "PNC CROSSLEY.pdf"), pnc_doc(
        urn=URN, surname="Crossley", forenames="Ryan Thomas", dob="12/08/1985", pnc_id="02/7781204M", cro="51210/04W",
        convictions=[("14/05/2019", "Sallowfield Magistrates' Court", "Common assault (CJA 1988 s.39)",
                      "Fine GBP 200, compensation GBP 100")],
        head=HEAD, created=dt(2026, 2, 24, 9), operator="DC 1874 NUTTALL"))
    write_pdf(os.path.join(F, "PNC witnesses.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 3, 20, 9), operator="DC 1874 NUTTALL",
        rows=[["Joanne PEEL", "05/05/1987", "No trace", "Nil"], ["Karen LUND", "19/09/1990", "No trace", "Nil"]]))

    # THE PLANT (2): vague MG6C descriptions
    c_rows = [
        [1, "Incident log 0566 of 23/02/2026 (report by Joanne PEEL, deployment)", "With file", "RP - provided"],
        [2, "Crime report SP/CR/26/0219", "With file", "RP - provided"],
        [3, "PNB PC FELL - first account 23/02/2026 (typed copy)", "With file", "RP - provided"],
        [4, "Misc paperwork", "OIC", "NDU"],
        [5, "Officer notes", "OIC", "NDU"],
        [6, "Various emails", "Outlook", "NDU"],
        [7, "Custody record CROSSLEY 23-24/02/2026", "Custody", "NDU"],
        [8, "Documents", "Case file", "NDU"],
        [9, "DFU report - CROSSLEY phone", "Case file", "NDU"],
    ]
    write_xlsx(os.path.join(F, "MG6C SALTMARSH.xlsx"), [("MG6C", [
        "MG6C  NON-SENSITIVE UNUSED MATERIAL", f"URN {URN}  R v CROSSLEY", "DO: DC 1874 NUTTALL"],
        ["Item", "Description", "Location", "DO view"], c_rows, [6, 60, 14, 18])],
        author="NUTTALL Sarah", created=dt(2026, 3, 27, 15), title="MG6C")
    mg6d = {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", "foot": f"MG6D  URN {URN}", "created": dt(2026, 3, 27, 15),
            "author": "NUTTALL Sarah", "title": "MG6D", "blocks": [
        ("title", "MG6D - Schedule of sensitive material"),
        ("kv", [("URN", URN), ("Disclosure officer", "DC 1874 NUTTALL")], 0.25),
        ("table", ["No", "Description", "Reason", "View"], [
            ["1", "Willow House SARC notes, Joanne PEEL, 23/02/2026 (consent given)", "Medical", "Does not undermine"],
            ["2", "ISVA referral 23/02/2026", "Support record", "Does not meet test"],
            ["3", "Victim Personal Statement made 27/03/2026 (held pending charge)", "Victim's personal statement",
             "Not unused material for disclosure purposes; listed for completeness"]], [0.06, 0.5, 0.2, 0.24]),
    ]}
    write_docx(os.path.join(F, "MG6D SALTMARSH.docx"), mg6d)
    write_pdf(os.path.join(F, "MG12 SALTMARSH.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 3, 27, 16),
                                                              officer="DC 1874 NUTTALL", rows=[
        ["SN/1", "ABE master, Joanne PEEL, 25/02/2026", "DC 1874 NUTTALL", "DEMS"],
        ["SN/2", "ABE working copy", "DC 1874 NUTTALL", "With file"],
        ["AF/1", "Grey leggings", "PC 3006 FELL", "Property"], ["AF/2", "Knickers", "PC 3006 FELL", "Property"],
        ["AF/3", "Buccal swabs CROSSLEY", "PC 3006 FELL", "Arden"],
        ["MJ/1", "High vaginal swab", "Dr M JOSHI", "Arden"], ["MJ/2", "Low vaginal swab", "Dr M JOSHI", "Arden"]]))
    write_pdf(os.path.join(F, "Inc 0566 23-02-26.pdf"), incident_log_doc(
        urn=URN, system="STORM-S", inc_no="0566", opened="09:48", head=HEAD, created=dt(2026, 3, 20, 10),
        summary_kv=[("Date", "23/02/2026"), ("Caller", "Joanne PEEL (victim)")],
        rows=[["09:48", "CH 0231", "Caller Joanne PEEL states she was raped last night at her home 27 Hollybush Road by "
                                   "Ryan CROSSLEY, a friend of her ex. Sister with her."],
              ["09:55", "DISP 01", "PC 3006 FELL allocated."], ["10:10", "PC 3006", "At scene. Account obtained."],
              ["12:30", "PC 3006", "To Willow House SARC."], ["14:20", "DC 0771", "Suspect arrested."]]))
    crime = {"head": HEAD, "foot": f"SP/CR/26/0219  URN {URN}", "created": dt(2026, 3, 20, 10, 5), "author": "NUTTALL Sarah",
             "title": "Crime report", "blocks": [
        ("title", "Crime report SP/CR/26/0219"),
        ("kv", [("Offence", "Rape s.1"), ("Victim", "PEEL, Joanne, F, 38"), ("Suspect", "CROSSLEY, Ryan Thomas"),
                ("Date", "22/02/2026"), ("URN", URN)], 0.25),
        ("p", "Victim contact: 23/02 SARC + ISVA referral; 25/02 ABE, VPS offered; 27/03 VPS made; 30/03 told of CPS "
              "submission."),
    ]}
    write_pdf(os.path.join(F, "Crime report SP-CR-26-0219.pdf"), crime)
    pnb = {"head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 3, 20, 10, 10), "author": "FELL Aaron",
           "title": "PNB copy", "blocks": [
        ("title", "PNB (typed copy) - PC 3006 FELL - p.31"),
        ("p", "23/02/26 10:10 27 Hollybush Rd. Joanne PEEL. \"Ryan Crossley raped me last night. I told him to go and "
              "he pulled me on the floor. I kept saying no.\" Bruises L forearm x2. Sister Karen present."),
        ("sig", "Copy certified:", "PC 3006 A FELL (signed)"),
    ]}
    write_pdf(os.path.join(F, "PNB FELL p31.pdf"), pnb)

    exp = {
        "case": name, "stage": "charging", "exit": 1,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "MG6C", "MG6D",
                          "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": ["signed", "schedule_descriptions"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "officer_statement", "suspect_interview", "previous_convictions",
                          "witness_convictions", "mg6c", "mg6d", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3_SALTMARSH_v2.pdf", "type": "MG3"},
            {"name": "SN2_working_copy.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary PEEL.docx", "type": "ABE_SUMMARY"},
            {"name": "S3 NUTTALL.pdf", "type": "MG11", "role": "officer"},
            {"name": "S1 FELL.pdf", "type": "MG11", "role": "officer"},
            {"name": "LUND K statement.docx", "type": "MG11", "role": "first_account"},
            {"name": "Stmt JOSHI FME.pdf", "type": "MG11", "role": "expert"},
            {"name": "SFR1 AFS-26-1140.pdf", "type": "FORENSIC"},
            {"name": "ROTI CROSSLEY.pdf", "type": "ROTI"},
            {"name": "PNC CROSSLEY.pdf", "type": "PNC"},
            {"name": "PNC witnesses.pdf", "type": "PNC"},
            {"name": "MG6C SALTMARSH.xlsx", "type": "MG6C"},
            {"name": "MG6D SALTMARSH.docx", "type": "MG6D"},
            {"name": "MG12 SALTMARSH.pdf", "type": "MG12"},
            {"name": "Inc 0566 23-02-26.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report SP-CR-26-0219.pdf", "type": "CRIME_REPORT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case G  -  Wyvern Vale Police.  FAULTY (subtle): the MG3 says all forensic work is complete and
#            nothing is outstanding; the forensic scientist's MG11 says Y-STR work and the tights
#            examination are still in progress, results "to follow", with no date anywhere.
# =============================================================================================
def case_G(out, rng):
    name = "73WV0211925 HUSSAIN"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "73WV0211925"
    HEAD = "OFFICIAL-SENSITIVE\nWyvern Vale Police"

    mg3 = {"head": "WYVERN VALE POLICE - ATHENA CASE FILE EXPORT\nOFFICIAL-SENSITIVE", "foot": f"MG3   URN {URN}",
           "author": "PARRY Rhys", "created": dt(2026, 2, 15, 16), "title": "MG3 GRAVES", "blocks": [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", URN), ("Defendant / suspect", "GRAVES, Liam Anthony  DOB 29/07/1998"),
                ("Offence", "Rape, s.1 Sexual Offences Act 2003 - 09/11/2025 at about 01:45 - service alley beside "
                            "Velvet nightclub, Market Street, Redwater"),
                ("Decision required", "Full Code Test"),
                ("Bail", "Released under investigation on 10/11/2025. Bail was not used: he lives in Lowther Cross, "
                         "had never met the complainant before that night and has made no contact since (custody "
                         "sergeant's rationale recorded)."),
                ("OIC", "DC 0922 Rhys PARRY, 01632 960240, rhys.parry@wyvernvale.police.example"),
                ("Supervisor", "DS 0418 Colin MARSH, endorsed 15/02/2026")], 0.25),
        ("h", "Case summary"),
        ("p", "Zara HUSSAIN (25) met Liam GRAVES (27) inside Velvet nightclub on the night of 08/11/2025. They danced "
              "and kissed consensually. At about 01:41 he led her out through the fire exit into the service alley, "
              "saying he wanted some air. She says that when she said she wanted to go back inside he pushed her "
              "against the wall, pulled down her tights and underwear and penetrated her vagina with his penis while "
              "she said no and tried to push him away. She broke free and ran round to the front of the club at "
              "about 01:52, where she told her friend Leah MORGAN. The door supervisor, Marek NOWAK, called 999 at "
              "02:01."),
        ("h", "Key evidence"),
        ("p", "ABE 11/11/2025 (DC PARRY, RP/1 and RP/2) with summary and exhibiting MG11. First account: Leah MORGAN "
              "(MG11). Door supervisor Marek NOWAK (MG11): saw her distressed; she did not speak to him. First "
              "attending officer PC 2480 DRAKE (MG11). Club CCTV (corridor camera by the fire exit, RP/3) shows them "
              "going out at 01:41 and shows nobody coming back in that way; front camera shows Zara at 01:52 crying. "
              "999 call recording RP/4. FME Dr Fiona HALL: linear abrasions to the upper back consistent with contact "
              "with a rough surface."),
        ("h", "Suspect's account"),
        ("p", "Identified from CCTV and the club's membership scan. Arrested 10/11/2025 by DC ROSS; reply: \"I never "
              "had sex with her.\" Interviewed the same day with a solicitor: accepts going into the alley and "
              "kissing; says she then said she wanted to go back in and he walked home; denies any sexual "
              "intercourse. Defence: denial that intercourse took place."),
        ("h", "Forensic"),
        ("p", "Swabs FH/1 to FH/3 and the tights (KD/1) were submitted to Arden Forensic Services. The forensic "
              "scientist's MG11 (Dr Marcus ELLIOTT) is attached. All forensic work is complete and the results are "
              "included in this file. Zara signed the SARC consent form for release of her notes on 09/11/2025."),
        ("h", "Lines of enquiry"),
        ("p", "Club CCTV (done - see above). Bar staff and door staff spoken to (done). Taxi/home: GRAVES says he "
              "walked home; Redwater town-centre CCTV on his route was checked, but the only camera on Bridge Street "
              "was fixed on the taxi rank that night and does not show the footpath, so there is no footage either "
              "way (MG6C). Zara's "
              "phone: not examined - she had no contact with GRAVES before or after, and he does not suggest any. "
              "GRAVES's phone: seized and examined for contact with Zara 08/11/2025 - 10/11/2025 - none."),
        ("h", "Outstanding"),
        ("p", "None. No further enquiries are outstanding."),
        ("h", "Victim and witness care"),
        ("p", "Special measures (no MG2 - recorded here): Zara is an intimidated witness (s.17(4)). She wants her ABE "
              "played as her evidence-in-chief, the live link, and would like her cross-examination pre-recorded "
              "under s.28. No intermediary is needed. Needs: Urdu-speaking mother may attend - no interpreter is "
              "needed for Zara. ISVA: referred 09/11/2025 by the SARC to Wyvern ISVA Service. VPS: offered on "
              "11/11/2025; she declined for now."),
        ("h", "Early advice"),
        ("p", "Not sought - single suspect, identified and interviewed within 48 hours; the issue is whether "
              "intercourse took place."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Incident log, crime report, PC DRAKE's notebook record of the first account "
              "and witness PNC checks attached."),
    ]}
    write_pdf(os.path.join(F, "MG3 GRAVES athena export.pdf"), mg3)

    write_video(os.path.join(F, "RP2 VRI HUSSAIN.mp4"), "VRI HUSSAIN Zara 11/11/2025",
                ["REDWATER VRI ROOM", "11/11/2025 14:00:31", "RP/2"], seconds=3, rng=rng, when=dt(2025, 11, 11, 14, 0))
    summ = {"head": HEAD, "foot": f"URN {URN}", "author": "PARRY Rhys", "created": dt(2025, 11, 13, 9),
            "title": "VRI summary", "blocks": [
        ("title", "VRI SUMMARY - Zara HUSSAIN"),
        ("kv", [("URN", URN), ("Date", "11/11/2025 14:00 - 15:05"), ("Interviewer", "DC 0922 PARRY"),
                ("Recording", "RP/1 master; RP/2 working copy")], 0.25),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions."], ["00:05", "Night out at Velvet with Leah; met 'Liam' at the bar about 00:30."],
            ["00:14", "Danced and kissed; happy to. At about 01:40 he said 'let's get some air' and took her out of "
                      "the fire exit."],
            ["00:22", "In the alley she said she was cold and wanted to go back in. He pushed her back against the "
                      "brick wall, pulled her tights and knickers down and penetrated her vagina with his penis. She "
                      "said 'no, stop' and pushed his shoulders."],
            ["00:35", "She got free, pulled her tights up and ran round to the front. Told Leah in the queue."],
            ["00:48", "Questions: lighting, how long, his words ('you know you want to'), whether he ejaculated (does "
                      "not know)."], ["01:02", "Closure."]], [0.12, 0.88]),
    ]}
    write_odt(os.path.join(F, "VRI summary HUSSAIN.odt"), summ)

    parry = mg11_doc(urn=URN, name="Rhys PARRY", occupation="Detective Constable 0922", date="14/11/2025",
                     sig="Signed R. Parry DC 0922", created=dt(2025, 11, 14, 12), style="classic", body=[
        "I am a Detective Constable with Wyvern Vale Police, RASSO team, and am ABE trained.",
        "On 11th November 2025 from 14:00 to 15:05 I interviewed Zara HUSSAIN on video at the Redwater VRI room. "
        "I produce the master recording as exhibit RP/1 and a working copy as exhibit RP/2.",
        "On 10th November 2025 I attended Velvet nightclub, Market Street, Redwater and, with the manager, viewed "
        "the club's CCTV. I exported the footage from the fire exit corridor camera and the front door camera "
        "for 01:35 to 02:05 on 9th November 2025 and produce it as exhibit RP/3 (a single clip with both views). "
        "The system clock was 2 minutes slow; the times shown in the MG3 are corrected times.",
        "On 12th November 2025 I obtained from the force control room a copy of the 999 call made at 02:01 on "
        "9th November 2025 by Marek NOWAK and produce it as exhibit RP/4.",
    ])
    write_docx(os.path.join(F, "MG11 PARRY.docx"), parry)
    write_video(os.path.join(F, "RP3 Velvet CCTV.mp4"), "VELVET CCTV CAM 4 + CAM 1 RP/3",
                ["CAM04 FIRE EXIT CORRIDOR", "09-11-2025 01:39:12", "RP/3"], seconds=4, rng=rng, cctv=True,
                when=dt(2025, 11, 9, 1, 39))
    write_wav(os.path.join(F, "RP4 999 call 0201.wav"), 6, rng)

    leah = mg11_doc(urn=URN, name="Leah MORGAN", occupation="Trainee accountant", date="09/11/2025",
                    sig="[signed] L Morgan", witnessed="[signed] PC 2480 Drake", created=dt(2025, 11, 9, 11),
                    style="boxes", body=[
        "I am Zara HUSSAIN's friend. On Saturday 8th November 2025 we went to Velvet in Redwater.",
        "At about 01:40 I went outside for a cigarette and then stood in the queue to get back in. At about "
        "01:52 Zara came running round the corner from the side of the building. She was crying and her tights "
        "were twisted. She grabbed me and said, \"Leah, he raped me, that Liam, out the back.\" She said, \"I "
        "said no, I said stop, he pushed me against the wall.\"",
        "I asked the bouncer, Marek, to call the police and he did. I stayed with Zara until the police came.",
    ])
    write_pdf(os.path.join(F, "MG11 MORGAN Leah.pdf"), leah)
    nowak = mg11_doc(urn=URN, name="Marek NOWAK", occupation="Door supervisor (SIA licensed)", date="09/11/2025",
                     sig="[signed] M Nowak", created=dt(2025, 11, 9, 12), style="boxes", body=[
        "I am an SIA-licensed door supervisor and was working at the front door of Velvet on the night of 8th to "
        "9th November 2025.",
        "At about 01:52 I saw a young woman run round from the side of the building towards the queue. She was "
        "crying hard and shaking. She went straight to her friend. She did not speak to me. Her friend asked me "
        "to call the police and said the woman had been attacked. I called 999 at 02:01 and gave the details.",
        "The side alley is a service alley. Customers are not allowed out of the fire exit. The fire exit door "
        "is alarmed but the alarm is switched off at weekends because of false alarms.",
    ])
    write_pdf(os.path.join(F, "MG11 NOWAK door supervisor.pdf"), nowak)
    drake = mg11_doc(urn=URN, name="Kelly DRAKE", occupation="Police Constable 2480", date="09/11/2025",
                     sig="(Sgd) K. Drake PC2480", created=dt(2025, 11, 9, 9), style="classic", body=[
        "I am a Police Constable with Wyvern Vale Police on the Redwater night-time economy team.",
        "At 02:03 on Sunday 9th November 2025 I was deployed to a 999 call from Velvet nightclub reporting a "
        "sexual assault. I was the first officer to attend and arrived at 02:09.",
        "I spoke to Zara HUSSAIN, who was with her friend Leah MORGAN by the front entrance. Zara was crying and "
        "her tights were laddered. She told me that a man called Liam had taken her out of the fire exit into the "
        "alley and had raped her against the wall. I recorded her first account in my pocket notebook.",
        "At 03:15 at the police station I seized Zara's tights, exhibit KD/1, with her agreement. I then took her "
        "to the Oak Tree SARC.",
    ])
    write_pdf(os.path.join(F, "MG11 PC DRAKE.pdf"), drake)
    hall = mg11_doc(urn=URN, name="Dr Fiona HALL", occupation="Forensic physician", date="12/11/2025",
                    sig="(Sgd) F Hall", created=dt(2025, 11, 12, 10), style="classic", body=[
        "I am a forensic physician at the Oak Tree SARC, Redwater.",
        "At 04:30 on 9th November 2025 I examined Zara HUSSAIN (25) with her written consent, including to the "
        "release of my notes to the police and CPS.",
        "There were three parallel linear abrasions across the upper back, 4 to 6 cm long, consistent with "
        "contact with a rough surface such as brickwork. No genital injury was seen.",
        "I took a high vaginal swab FH/1, a low vaginal swab FH/2 and an external genital swab FH/3.",
    ])
    write_pdf(os.path.join(F, "MG11 Dr HALL FME.pdf"), hall)

    # THE PLANT: the scientist says work is still in progress, results to follow, no date.
    ell = mg11_doc(urn=URN, name="Dr Marcus ELLIOTT", occupation="Forensic scientist", date="20/01/2026",
                   sig="[signed] M. Elliott", created=dt(2026, 1, 20, 15), style="niche", force="Arden Forensic Services",
                   stmt_no="AFS-25-7730", place="Arden Forensic Services, Fenwick", body=[
        "## Qualifications",
        "I am a Senior Forensic Scientist with Arden Forensic Services, with a BSc in Forensic Science and twelve "
        "years' experience of body fluid examination and DNA interpretation.",
        "## Items",
        "FH/1 high vaginal swab; FH/2 low vaginal swab; FH/3 external genital swab (Zara HUSSAIN); KD/1 tights; "
        "reference swabs from Liam GRAVES (GR/1). Received 11/11/2025, seals intact.",
        "## Results so far",
        "FH/1: no spermatozoa were seen. A low level of male DNA was detected, too low to produce a standard DNA "
        "profile. Given the allegation and the low level of male DNA, Y-STR profiling (a test of male-line DNA) "
        "was commissioned on 12/01/2026.",
        "FH/2 and FH/3: no male DNA detected.",
        "KD/1 tights: the examination of the gusset and waistband for semen has been requested and is in the "
        "laboratory queue.",
        "## Further work",
        "The Y-STR results on FH/1 and the examination of KD/1 are awaited. I will provide a further statement "
        "when those results are available. Until then I am not able to say whether the male DNA on FH/1 could "
        "have come from Liam GRAVES.",
    ])
    write_pdf(os.path.join(F, "MG11 Dr ELLIOTT Arden.pdf"), ell)

    roti = {"head": HEAD, "foot": f"ROTI  URN {URN}", "created": dt(2025, 11, 12, 16), "author": "ROSS Gemma",
            "title": "ROTI GRAVES", "blocks": [
        ("title", "Record of interview (ROTI) - Liam Anthony GRAVES"),
        ("kv", [("URN", URN), ("Date", "10/11/2025 15:10 - 15:52"), ("Officers", "DC 1401 ROSS, DC 0922 PARRY"),
                ("Solicitor", "Mr Tariq SHAH, Redwater Legal")], 0.25),
        ("p", "GRAVES answered all questions. He met Zara at the bar, they danced and kissed. He suggested going "
              "outside for air and they went out of the fire exit. They kissed against the wall. She said she was "
              "cold and wanted to go back in; he said fine and walked home along Bridge Street. He did not have sex "
              "with her and did not touch her under her clothes."),
        ("p", "Q: How do you explain the abrasions on her back?  A: Maybe from leaning on the wall when we kissed."),
        ("p", "Q: Did you pull her tights down?  A: No."),
        ("p", "Q: Why didn't you go back in?  A: I was tired. I'd had enough."),
    ]}
    write_pdf(os.path.join(F, "ROTI GRAVES 10-11-25.pdf"), roti)
    write_pdf(os.path.join(F, "PNC GRAVES.pdf"), pnc_doc(
        urn=URN, surname="Graves", forenames="Liam Anthony", dob="29/07/1998", pnc_id="16/3300218P", cro=None,
        convictions=[], head=HEAD, created=dt(2025, 11, 10, 12), operator="DC 0922 PARRY"))
    write_pdf(os.path.join(F, "PNC witnesses HUSSAIN.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 2, 10, 10), operator="DC 0922 PARRY",
        rows=[["Zara HUSSAIN", "17/03/2000", "No trace", "Nil"], ["Leah MORGAN", "02/01/2000", "No trace", "Nil"],
              ["Marek NOWAK", "28/08/1989", "No trace", "Nil (SIA licence current)"]]))
    c_rows = [
        ["1", "Incident log 0044 of 09/11/2025 (999 call by Marek NOWAK; deployment)", "With file", "RP - provided"],
        ["2", "Crime report WV/CR/25/09911 and investigation log", "With file", "RP - provided"],
        ["3", "PC 2480 DRAKE PNB p.60 - first account, 09/11/2025 02:15 (typed copy)", "With file", "RP - provided"],
        ["4", "Redwater CCTV control room log, 12/11/2025: Bridge Street camera 12 was fixed on the taxi rank "
              "02:00-03:00 on 09/11/2025; the footpath on GRAVES's stated route is not covered", "Case file",
         "Does not meet test"],
        ["5", "Officer's notes of conversations with Velvet bar staff (3) and door staff (2), 10/11/2025: none saw the "
              "pair in the alley", "Case file", "Does not meet test"],
        ["6", "Custody record GRAVES, 10/11/2025", "Custody", "Does not meet test"],
        ["7", "DFU report on GRAVES's phone GR/2 (contact with Zara 08/11-10/11/2025 - none)", "Case file",
         "Does not meet test"],
        ["8", "Velvet membership scan record identifying GRAVES, 08/11/2025 23:52", "Case file", "Does not meet test"],
    ]
    write_pdf(os.path.join(F, "MG6C GRAVES.pdf"), {"head": HEAD, "foot": f"MG6C URN {URN}", "created": dt(2026, 2, 14, 15),
                                                 "author": "PARRY Rhys", "title": "MG6C", "blocks": [
        ("title", "MG6C - Non-sensitive unused material"), ("kv", [("URN", URN), ("DO", "DC 0922 PARRY")], 0.2),
        ("table", ["No", "Description", "Location", "Assessment"], c_rows, [0.06, 0.56, 0.14, 0.24])]})
    write_pdf(os.path.join(F, "MG6D GRAVES.pdf"), {"head": HEAD, "foot": f"MG6D URN {URN}", "created": dt(2026, 2, 14, 15),
                                                 "author": "PARRY Rhys", "title": "MG6D", "blocks": [
        ("title", "MG6D - Sensitive material"), ("kv", [("URN", URN), ("DO", "DC 0922 PARRY")], 0.2),
        ("table", ["No", "Description", "Reason", "Assessment"], [
            ["1", "Oak Tree SARC notes, Zara HUSSAIN (released with consent)", "Medical", "Does not undermine"],
            ["2", "ISVA referral 09/11/2025", "Support record", "Does not meet test"],
            ["3", "Witness contact details", "Personal data", "Does not meet test"]], [0.06, 0.5, 0.2, 0.24])]})
    write_pdf(os.path.join(F, "MG12 GRAVES.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 2, 14, 16),
                                                         officer="DC 0922 PARRY", rows=[
        ["RP/1", "VRI master, Zara HUSSAIN, 11/11/2025", "DC 0922 PARRY", "DEMS"],
        ["RP/2", "VRI working copy", "DC 0922 PARRY", "With file"],
        ["RP/3", "Velvet CCTV clip (fire exit corridor and front door), 09/11/2025 01:35-02:05", "DC 0922 PARRY", "With file"],
        ["RP/4", "999 call recording, 09/11/2025 02:01", "DC 0922 PARRY", "With file"],
        ["KD/1", "Tights", "PC 2480 DRAKE", "Arden Forensic Services"],
        ["FH/1-FH/3", "Swabs (HVS, LVS, external)", "Dr F HALL", "Arden Forensic Services"],
        ["GR/1", "Buccal swabs GRAVES", "DC 1401 ROSS", "Arden Forensic Services"],
        ["GR/2", "Phone (GRAVES)", "DC 1401 ROSS", "Property"]]))
    write_pdf(os.path.join(F, "Incident 0044 09-11-25.pdf"), incident_log_doc(
        urn=URN, system="WV COMMAND", inc_no="0044/09NOV25", opened="02:01", head=HEAD, created=dt(2026, 2, 10, 11),
        summary_kv=[("Caller", "Marek NOWAK (door supervisor, Velvet)"), ("Date", "09/11/2025")],
        rows=[["02:01", "CH 11", "999. Door supervisor at Velvet, Market Street: young female says she was raped by a "
                                 "male in the alley beside the club. Female with friend at front door. Suspect "
                                 "described as white male, 20s, white shirt, left on foot?"],
              ["02:03", "DISP 5", "PC 2480 DRAKE allocated (NTE patrol)."], ["02:09", "PC 2480", "At scene."],
              ["02:20", "PC 2480", "First account obtained. Suspect 'Liam'. Area search negative."],
              ["02:45", "DS 0418", "Alley to be taped off until daylight; CCTV to be seized; SARC."]]))
    write_pdf(os.path.join(F, "Crime report WV-CR-25-09911.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 2, 10, 11, 5), "author": "PARRY Rhys", "title": "Crime report",
        "blocks": [("title", "Crime Report WV/CR/25/09911"),
                   ("kv", [("Offence", "Rape s.1"), ("Victim", "HUSSAIN, Zara - F - 25 - British Pakistani"),
                           ("Suspect", "GRAVES, Liam Anthony - RUI"), ("URN", URN)], 0.25),
                   ("p", "Victim contact: 09/11 SARC, ISVA referral. 11/11 VRI; VPS offered, declined for now. 15/02/2026 "
                         "told of CPS submission.")]})
    write_pdf(os.path.join(F, "PNB DRAKE p60.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 2, 10, 11, 10), "author": "DRAKE Kelly", "title": "PNB",
        "blocks": [("title", "Pocket notebook (typed copy) PC 2480 DRAKE p.60"),
                   ("p", "09/11/25 02:15 Velvet, Market St. Zara HUSSAIN, first account: \"This lad Liam took me out "
                         "the back and pushed me against the wall and pulled my tights down and raped me. I said no.\""),
                   ("sig", "Certified copy:", "PC 2480 K DRAKE (signed)")]})

    exp = {
        "case": name, "stage": "charging", "exit": 1,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "CCTV", "CALL_999", "ROTI", "PNC", "MG6C",
                          "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": ["outstanding_dated", "forensic_medical"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                          "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                          "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                          "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 GRAVES athena export.pdf", "type": "MG3"},
            {"name": "RP2 VRI HUSSAIN.mp4", "type": "ABE_RECORDING"},
            {"name": "VRI summary HUSSAIN.odt", "type": "ABE_SUMMARY"},
            {"name": "MG11 PARRY.docx", "type": "MG11", "role": "officer"},
            {"name": "RP3 Velvet CCTV.mp4", "type": "CCTV"},
            {"name": "RP4 999 call 0201.wav", "type": "CALL_999"},
            {"name": "MG11 MORGAN Leah.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 NOWAK door supervisor.pdf", "type": "MG11", "role": "witness"},
            {"name": "MG11 PC DRAKE.pdf", "type": "MG11", "role": "officer"},
            {"name": "MG11 Dr HALL FME.pdf", "type": "MG11", "role": "expert"},
            {"name": "MG11 Dr ELLIOTT Arden.pdf", "type": "MG11", "role": "expert"},
            {"name": "ROTI GRAVES 10-11-25.pdf", "type": "ROTI"},
            {"name": "PNC GRAVES.pdf", "type": "PNC"},
            {"name": "PNC witnesses HUSSAIN.pdf", "type": "PNC"},
            {"name": "MG6C GRAVES.pdf", "type": "MG6C"},
            {"name": "MG6D GRAVES.pdf", "type": "MG6D"},
            {"name": "MG12 GRAVES.pdf", "type": "MG12"},
            {"name": "Incident 0044 09-11-25.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report WV-CR-25-09911.pdf", "type": "CRIME_REPORT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case H  -  Castlebridge Constabulary.  FAULTY: the complainant's phone was fully downloaded on a
#            blanket request ("all data", no date range); the MG3 says a DPN "is attached" but
#            there is no DPN anywhere in the folder.
# =============================================================================================
def case_H(out, rng):
    name = "CR-26-0302 KNIGHT"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "44CB0030226"
    HEAD = "OFFICIAL-SENSITIVE\nCastlebridge Constabulary"

    mg3 = {"head": "OFFICIAL-SENSITIVE", "foot": f"URN {URN}  |  Castlebridge Constabulary MG3 v4",
           "author": "SAUNDERS Hollie", "created": dt(2026, 4, 9, 15), "title": "MG3 PAYNE", "blocks": [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("kv", [("URN", URN), ("Suspect", "PAYNE, Stuart Alan (DOB 15/12/1990)"),
                ("Offence", "Rape (SOA 2003 s.1), 14/03/2026 about 21:00, 5 Linnet Close, Castlebridge"),
                ("Decision sought", "Full Code Test"),
                ("Bail", "Pre-charge bail to 15/06/2026: not to contact Rebecca KNIGHT or Claire DUNNE directly or "
                         "indirectly; not to enter Linnet Close"),
                ("OIC", "DC 2301 Hollie SAUNDERS - 01632 960921 - hollie.saunders@castlebridge.police.example"),
                ("Supervisor", "DS 1187 Tom BRENNAN - endorsed 09/04/2026")], 0.25),
        ("h", "Summary"),
        ("p", "Rebecca KNIGHT (31) and Stuart PAYNE (35) were together for four years and separated in January 2026. "
              "On 14/03/2026 he came to her house by arrangement to collect his belongings. She says that while she "
              "was helping him pack in the bedroom he tried to kiss her; she said \"no, we're finished, Stu\"; he "
              "pushed her onto the bed, pulled down her jogging bottoms and raped her. He left at about 21:25. At "
              "about 21:40 she went next door and told her friend and neighbour Claire DUNNE."),
        ("h", "Evidence"),
        ("p", "ABE 17/03/2026 by DC SAUNDERS (HS/1, HS/2), summary and MG11 attached. First account Claire DUNNE "
              "(MG11). First attending officer PC 1290 WEBB (MG11). Rowan Centre SARC 15/03/2026 - Dr Ben OSEI (MG11) "
              "- bruising to both upper arms. SFR1: semen on HVS, DNA matching PAYNE. Rebecca signed the SARC "
              "consent form for release of her notes on 15/03/2026."),
        ("h", "Suspect's account"),
        ("p", "Arrested 15/03/2026; interviewed the same day with a solicitor. Accepts intercourse and says it was "
              "consensual \"goodbye sex\" which Rebecca started. Says she texted him afterwards \"you know where I "
              "am x\". Likely defence: consent."),
        ("h", "Digital"),
        ("p", "Rebecca's phone was downloaded with her consent on 20/03/2026; a DPN was completed with her on "
              "20/03/2026 and is attached. A full download was carried out so that all of her messages could be "
              "checked. The extraction report is attached. There is no message \"you know where I am x\" or any "
              "message from her to PAYNE after 14/03/2026. PAYNE's phone was also examined (messages with Rebecca "
              "01/03/2026 - 16/03/2026): no such message was received."),
        ("h", "Lines of enquiry"),
        ("p", "All complete: ABE; first account; first officer; SARC and forensic; both phones; house-to-house in "
              "Linnet Close (no one heard anything); PNC checks. Line pointing away: PAYNE's claimed text - checked "
              "on both phones, not found. Previous relationship: no domestic abuse history recorded for the couple; "
              "Rebecca says there was none."),
        ("h", "Outstanding"),
        ("p", "Nothing outstanding."),
        ("h", "Victim"),
        ("p", "MG2 attached: live link; s.28 wanted; no intermediary. No interpreter. ISVA: referred by Rowan Centre "
              "15/03/2026 (Safe Harbour). VPS offered 17/03/2026 - she wants to make one after the decision."),
        ("h", "Early advice"),
        ("p", "Not sought - straightforward consent case with intercourse admitted."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D attached. Incident log, crime report, PNB first account and witness PNC checks attached."),
    ]}
    write_docx(os.path.join(F, "MG3 KNIGHT v PAYNE.docx"), mg3)

    write_video(os.path.join(F, "ABE_KNIGHT_HS2.mp4"), "ABE interview - Rebecca KNIGHT",
                ["CASTLEBRIDGE ABE SUITE 2", "17/03/2026 10:04:40", "HS/2"], seconds=3, rng=rng,
                when=dt(2026, 3, 17, 10, 4))
    write_docx(os.path.join(F, "ABE index HS-1.docx"), {"head": "OFFICIAL-SENSITIVE", "foot": f"URN {URN}",
                                                        "author": "SAUNDERS Hollie", "created": dt(2026, 3, 18, 9),
                                                        "title": "ABE index", "blocks": [
        ("title", "Record of Video Recorded Interview - Index and Summary"),
        ("kv", [("URN", URN), ("Interviewee", "Rebecca KNIGHT"), ("Date", "17/03/2026 10:04 - 11:10"),
                ("Interviewer", "DC 2301 SAUNDERS"), ("Exhibits", "HS/1 master; HS/2 working copy")], 0.25),
        ("table", ["Counter", "Summary"], [
            ["00:00", "Introductions."], ["00:05", "Relationship history; split January 2026, his decision then hers."],
            ["00:15", "14/03: he came at 20:15 for his things. Packing in the bedroom. He tried to kiss her; she said "
                      "'no, we're finished, Stu'."],
            ["00:24", "He pushed her onto the bed by her upper arms, pulled her joggers down, vaginal penetration; she "
                      "said no and cried. He said 'one last time'."],
            ["00:38", "He left 21:25. She went to Claire's at 21:40."],
            ["00:50", "Denies sending any text afterwards. Agreed to police looking at her phone."],
            ["01:02", "Closure."]], [0.14, 0.86])]})

    sau = mg11_doc(urn=URN, name="Hollie SAUNDERS", occupation="Detective Constable 2301", date="18/03/2026",
                   sig="(Sgd) H. Saunders", created=dt(2026, 3, 18, 12), style="classic", body=[
        "I am a Detective Constable in the Castlebridge Constabulary RASSO Investigation Team and am ABE trained.",
        "On 17th March 2026 from 10:04 to 11:10 I interviewed Rebecca KNIGHT on video at ABE Suite 2, Castlebridge. I "
        "produce the master recording as HS/1 and a working copy as HS/2.",
        "On 20th March 2026 Rebecca handed me her Samsung Galaxy S22, which I produce as exhibit HS/3, and I took "
        "it to the Digital Forensic Unit. It was returned to her on 27th March 2026.",
    ])
    write_pdf(os.path.join(F, "MG11 DC SAUNDERS.pdf"), sau)
    webb = mg11_doc(urn=URN, name="Tom WEBB", occupation="Police Constable 1290", date="15/03/2026",
                    sig="[signed] T Webb", created=dt(2026, 3, 15, 2), style="classic", body=[
        "I am a Police Constable with Castlebridge Constabulary.",
        "At 22:02 on Saturday 14th March 2026 I was deployed to incident 1544, a 101 call from Claire DUNNE "
        "reporting that her neighbour had been raped by her ex-partner. I was the first officer to attend and "
        "arrived at 7 Linnet Close at 22:30.",
        "Rebecca KNIGHT was in Claire DUNNE's living room. She told me that Stuart PAYNE had come to collect his "
        "things and had pushed her onto the bed and raped her. I noted her account in my pocket notebook. I did not "
        "record on body-worn video; she asked me not to.",
        "I seized her grey jogging bottoms, TW/1, and underwear, TW/2.",
    ])
    write_rtf(os.path.join(F, "PC1290 WEBB MG11.rtf"), webb)
    dunne = mg11_doc(urn=URN, name="Claire DUNNE", occupation="Teaching assistant", date="15/03/2026",
                     sig="Signed C. Dunne", witnessed="Signed T. Webb PC1290", created=dt(2026, 3, 15, 1),
                     style="classic", body=[
        "I live at 7 Linnet Close, next door to Rebecca KNIGHT. We have been friends for about six years.",
        "At about 21:40 on Saturday 14th March 2026 Rebecca knocked on my back door. She was crying and holding her "
        "arms. She said, \"Stu's just raped me. I told him no, Claire, I told him we're finished.\" She said he had "
        "come for his stuff and pushed her onto the bed.",
        "I sat her down and at 21:55 I rang 101. She stayed with me until the police came.",
    ])
    write_pdf(os.path.join(F, "MG11 DUNNE.pdf"), dunne)
    osei = mg11_doc(urn=URN, name="Dr Ben OSEI", occupation="Forensic physician", date="19/03/2026",
                    sig="[signed] B Osei", created=dt(2026, 3, 19, 10), style="classic", body=[
        "I am a forensic physician at the Rowan Centre SARC, Castlebridge.",
        "At 09:30 on 15th March 2026 I examined Rebecca KNIGHT (31) with her written consent, including consent to "
        "the release of my notes to the police and CPS.",
        "There were bruises on the outer aspect of both upper arms (2 cm and 3 cm), consistent with gripping. No "
        "genital injury was seen. I took a high vaginal swab BO/1 and a low vaginal swab BO/2.",
    ])
    write_pdf(os.path.join(F, "MG11 Dr OSEI.pdf"), osei)
    write_pdf(os.path.join(F, "SFR1 MF26-0901.pdf"), {
        "head": "OFFICIAL-SENSITIVE\nMeridian Forensic Science Ltd", "foot": f"SFR1  URN {URN}",
        "created": dt(2026, 3, 30, 9), "author": "LOWE Kate", "title": "SFR1", "blocks": [
            ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
            ("kv", [("URN", URN), ("Lab ref", "MF26-0901"), ("Date", "30/03/2026")], 0.25),
            ("p", "BO/1: semen identified; DNA profile matches Stuart Alan PAYNE (reference PY/1). Intercourse is "
                  "admitted; no further work requested. All work complete.")]})

    # the blanket request and the full extraction
    req = {"head": "OFFICIAL-SENSITIVE", "foot": f"DFU submission  URN {URN}", "author": "SAUNDERS Hollie",
           "created": dt(2026, 3, 20, 9), "title": "DFU submission", "blocks": [
        ("title", "DIGITAL FORENSIC UNIT - SUBMISSION FORM"),
        ("kv", [("URN", URN), ("Job ref", "DFU-26-0412"), ("Exhibit", "HS/3 Samsung Galaxy S22 - owner Rebecca KNIGHT "
                                                                      "(complainant)"),
                ("Request type", "FULL DOWNLOAD - ALL DATA"),
                ("Reason", "Complainant's phone. To check all messages between the parties and anything else relevant "
                           "to the investigation."),
                ("Date range", "-"), ("Data types", "All"),
                ("Priority", "Standard"), ("Requesting officer", "DC 2301 SAUNDERS")], 0.3),
    ]}
    write_docx(os.path.join(F, "DFU submission HS-3.docx"), req)
    ext = {"head": "OFFICIAL-SENSITIVE\nCastlebridge Constabulary Digital Forensic Unit", "foot": f"DFU-26-0412  URN {URN}",
           "created": dt(2026, 3, 27, 12), "author": "TIERNEY Mark", "title": "Extraction report HS/3", "blocks": [
        ("title", "Extraction report - exhibit MT/4"),
        ("kv", [("URN", URN), ("Job", "DFU-26-0412"), ("Device", "HS/3 Samsung Galaxy S22 (complainant)"),
                ("Extraction", "Full file system extraction, 23/03/2026"),
                ("Scope", "All data - as requested. No filters applied."),
                ("Examiner", "Mark TIERNEY")], 0.25),
        ("table", ["Category", "Items extracted"], [
            ["SMS/MMS", "3,118"], ["WhatsApp messages", "14,233"], ["Images", "8,910"], ["Videos", "412"],
            ["Call log", "2,207"], ["Web history", "5,530"], ["Location points", "19,884"], ["Notes", "61"],
            ["Health data", "yes"]], [0.5, 0.5]),
        ("h", "Findings relevant to the request"),
        ("p", "Messages with PAYNE (07700 900358) reviewed 01/01/2026 - 20/03/2026. No outgoing message after "
              "14/03/2026 19:50. No message containing 'you know where I am'. The full extraction is held on the DFU "
              "server and is available to the OIC."),
        ("sig", "Examiner:", "[signed] M TIERNEY 27/03/2026"),
    ]}
    write_pdf(os.path.join(F, "Extraction report MT-4.pdf"), ext)

    write_pdf(os.path.join(F, "ROTI PAYNE.pdf"), {"head": HEAD, "foot": f"MG15  URN {URN}", "created": dt(2026, 3, 17, 9),
                                                 "author": "SAUNDERS Hollie", "title": "ROTI PAYNE", "blocks": [
        ("small", "MG 15"), ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", URN), ("Person interviewed", "Stuart Alan PAYNE"), ("Date", "15/03/2026 16:00 - 16:40"),
                ("Officers", "DC SAUNDERS, DC BAKER"), ("Solicitor", "Mr Ian CROFT")], 0.3),
        ("p", "PAYNE accepts going to Rebecca's to collect his belongings and having sex with her in the bedroom. He "
              "says she kissed him first and it was 'goodbye sex'. He denies pushing her or holding her arms. He says "
              "she texted him at about 22:00 'you know where I am x'. He deleted it because he was upset."),
        ("p", "Q: Did Rebecca say no?  A: No. She wanted it as much as me.")]})
    write_pdf(os.path.join(F, "PNC PAYNE.pdf"), pnc_doc(
        urn=URN, surname="Payne", forenames="Stuart Alan", dob="15/12/1990", pnc_id="09/2218831F", cro=None,
        convictions=[], head=HEAD, created=dt(2026, 3, 15, 12), operator="DC 2301 SAUNDERS"))
    write_pdf(os.path.join(F, "PNC witness checks.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 4, 8, 10), operator="DC 2301 SAUNDERS",
        rows=[["Rebecca KNIGHT", "08/08/1994", "No trace", "Nil"], ["Claire DUNNE", "14/02/1990", "No trace", "Nil"]]))
    write_pdf(os.path.join(F, "MG2 KNIGHT.pdf"), {"head": HEAD, "foot": f"MG2 URN {URN}", "created": dt(2026, 4, 8, 11),
                                                 "author": "SAUNDERS Hollie", "title": "MG2", "blocks": [
        ("title", "MG2 Special Measures Assessment"),
        ("kv", [("Witness", "Rebecca KNIGHT"), ("URN", URN), ("Eligibility", "s.17(4) - complainant, sexual offence"),
                ("Measures", "ABE as evidence-in-chief; live link; s.28 pre-recorded cross-examination - Rebecca wants "
                             "this"), ("Intermediary", "Not needed"),
                ("Needs", "No interpreter. Contact by text first. ISVA Safe Harbour.")], 0.3)]})
    write_xlsx(os.path.join(F, "MG6C MG6D KNIGHT.xlsx"), [
        ("MG6C", ["MG6C NON-SENSITIVE UNUSED MATERIAL", f"URN {URN}  R v PAYNE", "DO: DC 2301 SAUNDERS"],
         ["No", "Description", "Location", "Comment"], [
             [1, "Incident log 1544 of 14/03/2026 (101 call by Claire DUNNE)", "With file", "RP - copy provided"],
             [2, "Crime report CR/005102/26", "With file", "RP - copy provided"],
             [3, "PC 1290 WEBB PNB pp.14-15, Rebecca's first account 14/03/2026 (copy)", "With file", "RP - copy provided"],
             [4, "Custody record PAYNE 15/03/2026", "Custody", "Does not meet test"],
             [5, "DFU submission DFU-26-0412 and DFU report on PAYNE's phone (messages with Rebecca 01-16/03/2026)",
              "Case file", "Does not meet test"],
             [6, "Digital Processing Notice signed by Rebecca KNIGHT 20/03/2026", "Case file", "Does not meet test"],
             [7, "House-to-house forms Linnet Close 1-11, 15/03/2026", "Case file", "Does not meet test"]],
         [6, 70, 14, 24]),
        ("MG6D", ["MG6D SENSITIVE MATERIAL", f"URN {URN}", "DO: DC 2301 SAUNDERS"],
         ["No", "Description", "Reason", "Comment"], [
             [1, "Rowan Centre SARC notes (consent given)", "Medical", "Does not undermine"],
             [2, "Full extraction data from Rebecca's phone HS/3", "Complainant's private data", "Does not meet test"],
             [3, "ISVA referral", "Support record", "Does not meet test"]], [6, 60, 24, 24])],
        author="SAUNDERS Hollie", created=dt(2026, 4, 9, 10), title="Schedules")
    write_pdf(os.path.join(F, "MG12 KNIGHT.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 4, 9, 11),
                                                          officer="DC 2301 SAUNDERS", rows=[
        ["HS/1", "ABE master, Rebecca KNIGHT", "DC 2301 SAUNDERS", "DEMS"], ["HS/2", "ABE working copy", "DC 2301 SAUNDERS", "With file"],
        ["HS/3", "Samsung Galaxy S22 (Rebecca KNIGHT) - returned 27/03/2026", "DC 2301 SAUNDERS", "Returned to owner"],
        ["MT/4", "Extraction report HS/3", "M TIERNEY", "With file"],
        ["TW/1", "Grey jogging bottoms", "PC 1290 WEBB", "Property"], ["TW/2", "Underwear", "PC 1290 WEBB", "Property"],
        ["BO/1", "High vaginal swab", "Dr B OSEI", "Meridian"], ["BO/2", "Low vaginal swab", "Dr B OSEI", "Meridian"],
        ["PY/1", "Buccal swabs PAYNE", "DC 2301 SAUNDERS", "Meridian"]]))
    write_pdf(os.path.join(F, "Incident 1544.pdf"), incident_log_doc(
        urn=URN, system="CADENCE", inc_no="1544 / 14-03-2026", opened="21:55", head=HEAD, created=dt(2026, 4, 8, 12),
        summary_kv=[("Caller", "Claire DUNNE (neighbour)"), ("Date", "14/03/2026")],
        rows=[["21:55", "CH 3310", "101 from Claire DUNNE, 7 Linnet Close: neighbour Rebecca KNIGHT says ex-partner Stuart "
                                   "PAYNE has just raped her at 5 Linnet Close. Suspect left in a white van."],
              ["22:02", "DISP 08", "PC 1290 WEBB assigned."], ["22:30", "PC 1290", "On scene."],
              ["23:10", "PC 1290", "Account taken. SARC booked for the morning. Suspect outstanding."]]))
    write_pdf(os.path.join(F, "Crime report CR-005102-26.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 4, 8, 12, 5), "author": "SAUNDERS Hollie",
        "title": "Crime report", "blocks": [("title", "CRIME REPORT CR/005102/26"),
                                            ("kv", [("Offence", "Rape s.1"), ("Victim", "KNIGHT, Rebecca - F - 31"),
                                                    ("Suspect", "PAYNE, Stuart Alan - bail"), ("URN", URN)], 0.25),
                                            ("p", "Contact log: 15/03 SARC, ISVA referral. 17/03 ABE; VPS offered - later. "
                                                  "20/03 phone to DFU. 27/03 phone returned.")]})
    write_pdf(os.path.join(F, "PNB WEBB pp14-15.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 4, 8, 12, 10), "author": "WEBB Tom", "title": "PNB",
        "blocks": [("title", "Pocket notebook copy - PC 1290 WEBB pp.14-15"),
                   ("p", "14/03/26 22:30, 7 Linnet Close. Rebecca KNIGHT: \"Stu came for his stuff. He tried to kiss me, I "
                         "said no we're finished. He pushed me on the bed and pulled my joggers down and raped me.\""),
                   ("sig", "Certified:", "PC 1290 T WEBB (signed)")]})

    exp = {
        "case": name, "stage": "charging", "exit": 1,
        "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "DIGITAL_EXTRACT", "ROTI", "PNC",
                          "MG2", "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": ["dig_dpn", "dig_prop", "digital_proportionality"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                          "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                          "rebuttable_presumption", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 KNIGHT v PAYNE.docx", "type": "MG3"},
            {"name": "ABE_KNIGHT_HS2.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE index HS-1.docx", "type": "ABE_SUMMARY"},
            {"name": "MG11 DC SAUNDERS.pdf", "type": "MG11", "role": "officer"},
            {"name": "PC1290 WEBB MG11.rtf", "type": "MG11", "role": "officer"},
            {"name": "MG11 DUNNE.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 Dr OSEI.pdf", "type": "MG11", "role": "expert"},
            {"name": "SFR1 MF26-0901.pdf", "type": "FORENSIC"},
            {"name": "Extraction report MT-4.pdf", "type": "DIGITAL_EXTRACT"},
            {"name": "ROTI PAYNE.pdf", "type": "ROTI"},
            {"name": "PNC PAYNE.pdf", "type": "PNC"},
            {"name": "PNC witness checks.pdf", "type": "PNC"},
            {"name": "MG2 KNIGHT.pdf", "type": "MG2"},
            {"name": "MG6C MG6D KNIGHT.xlsx", "type": ["MG6C", "MG6D"]},
            {"name": "MG12 KNIGHT.pdf", "type": "MG12"},
            {"name": "Incident 1544.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report CR-005102-26.pdf", "type": "CRIME_REPORT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case I  -  Castlebridge Constabulary.  FAULTY: the ABE file is truncated (will not open/play);
#            the MG3 says PC WINTERS' statement is attached but only her notebook copy is there.
# =============================================================================================
def case_I(out, rng):
    name = "ALDER HALL 44CB0411826"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "44CB0411826"
    HEAD = "OFFICIAL-SENSITIVE"

    mg3 = {"head": "OFFICIAL-SENSITIVE    MG3", "foot": f"URN {URN}  |  Castlebridge Constabulary MG3 v4",
           "author": "KAUR Simran", "created": dt(2026, 4, 28, 14), "title": "MG3 DOYLE", "blocks": [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("kv", [("URN", URN), ("Suspect", "DOYLE, Nathan - DOB 04/10/2004"),
                ("Offence", "Rape (SOA 2003 s.1) - 05/04/2026 about 03:00 - room 214, Alder Hall, Castlebridge "
                            "University"),
                ("Decision sought", "Full Code Test"),
                ("Bail", "Pre-charge bail to 06/07/2026: not to contact Bethany CARR or Jasmine OKEKE; not to enter "
                         "Alder Hall"),
                ("OIC", "DC 2655 Simran KAUR - 01632 960455 - simran.kaur@castlebridge.police.example"),
                ("Supervisor", "DS 1187 Tom BRENNAN - 28/04/2026")], 0.25),
        ("h", "Summary"),
        ("p", "Bethany CARR (19) and Nathan DOYLE (21) are students who live in the same hall. After a night out on "
              "4-5 April 2026 several students went back to Alder Hall. Bethany went to bed in her room (214) at "
              "about 02:15, very drunk. She says she woke at about 03:00 to find DOYLE in her bed having vaginal "
              "intercourse with her. She pushed him off and told him to get out. She told her friend Jasmine OKEKE "
              "(room 212) at about 09:30."),
        ("h", "Evidence"),
        ("p", "ABE 07/04/2026 by DC KAUR (SK/1 master, SK/2 working copy) - recording, summary and DC KAUR's MG11 "
              "attached. First account: Jasmine OKEKE - MG11 attached. First attending officer: PC 3120 Sarah WINTERS, "
              "who attended Alder Hall at 11:15 on 05/04/2026 - her statement is attached. SARC: Dr Priya NAIR - MG11 "
              "attached; no injuries. SFR1: semen on HVS, DNA matching DOYLE (intercourse admitted)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 06/04/2026 with solicitor: accepts intercourse; says Bethany invited him into her room and "
              "was awake and willing throughout. Likely defence: consent / reasonable belief; capacity will be in "
              "issue."),
        ("h", "Lines of enquiry"),
        ("p", "Hall entry-card records: DOYLE's card opened the block door at 02:48; no record of Bethany's door (room "
              "doors are key-operated). Other students at the hall spoken to: one (Tom REILLY) saw Bethany 'being "
              "carried' up the stairs by friends at 02:10 - supports incapacity; his statement is attached. Both "
              "phones: neither party suggests any messages; not examined. Pointing away: DOYLE says Bethany texted "
              "'come up' - he has shown officers his phone: no such text; his account is that she said it on the "
              "stairs. Nothing outstanding."),
        ("h", "Victim"),
        ("p", "MG2 attached (ABE, live link, s.28 wanted; no intermediary). No interpreter. ISVA referral made 05/04/2026. "
              "VPS offered 07/04/2026 - declined for now."),
        ("h", "Early advice"),
        ("p", "Not sought: intercourse admitted; straightforward consent/capacity issue."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D attached. Rebuttable presumption material attached (incident log, crime report, PC WINTERS' "
              "notebook record of the first account, witness PNCs)."),
    ]}
    write_docx(os.path.join(F, "MG3 CARR v DOYLE.docx"), mg3)

    # THE PLANT (1): a truncated MP4 - the moov atom is lost, it will not open or play.
    full = os.path.join(F, "_tmp_abe.mp4")
    write_video(full, "ABE interview - Bethany CARR", ["CASTLEBRIDGE ABE SUITE 1", "07/04/2026 13:10:55", "SK/2"],
                seconds=4, rng=rng, when=dt(2026, 4, 7, 13, 10))
    with open(full, "rb") as f:
        data = f.read()
    with open(os.path.join(F, "ABE_CARR_07042026.mp4"), "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    os.remove(full)

    write_docx(os.path.join(F, "ABE summary CARR.docx"), {"head": HEAD, "foot": f"URN {URN}", "author": "KAUR Simran",
                                                          "created": dt(2026, 4, 9, 10), "title": "ABE summary", "blocks": [
        ("title", "ABE Summary - Bethany CARR"),
        ("kv", [("URN", URN), ("Date", "07/04/2026 13:10 - 14:20"), ("Interviewer", "DC 2655 KAUR"),
                ("Recording", "SK/1 master, SK/2 working copy")], 0.25),
        ("p", "00:00 Introductions. 00:06 Night out at the Union and Quayside bars; drinks (about 8 plus shots). "
              "00:15 Remembers being helped upstairs; does not remember getting into bed. 00:22 Woke to DOYLE on top "
              "of her, penetration; she had not invited him in; pushed him and said 'get out'. 00:35 He left. 00:40 "
              "Told Jasmine at 09:30. 00:50 Questions. 01:05 Closure.")]})
    kaur = mg11_doc(urn=URN, name="Simran KAUR", occupation="Detective Constable 2655", date="09/04/2026",
                    sig="[signed] S. Kaur", created=dt(2026, 4, 9, 12), style="classic", body=[
        "I am a Detective Constable with Castlebridge Constabulary, RASSO Investigation Team, ABE trained.",
        "On 7th April 2026 from 13:10 to 14:20 I interviewed Bethany CARR on video at ABE Suite 1, Castlebridge. I "
        "produce the master recording as exhibit SK/1 and a working copy as exhibit SK/2.",
    ])
    write_pdf(os.path.join(F, "MG11 DC KAUR.pdf"), kaur)
    jas = mg11_doc(urn=URN, name="Jasmine OKEKE", occupation="Student", date="06/04/2026", sig="Signed: J Okeke",
                   witnessed="Signed: S Kaur DC", created=dt(2026, 4, 6, 15), style="boxes", body=[
        "I am a second-year student at Castlebridge University and live in room 212, Alder Hall.",
        "At about 09:30 on Sunday 5th April 2026 Bethany knocked on my door. She was crying. She said, \"Nathan "
        "was in my bed. I woke up and he was having sex with me. I didn't let him in, Jas.\" I asked her what she "
        "meant and she said she had been asleep and woke up with him on top of her.",
        "I asked her if she wanted me to call the police and she said yes. I rang 999 from my room at about 10:20 "
        "with Bethany sitting next to me, and she spoke to the operator herself for part of the call.",
    ])
    write_pdf(os.path.join(F, "MG11 OKEKE.pdf"), jas)
    reilly = mg11_doc(urn=URN, name="Tom REILLY", occupation="Student", date="08/04/2026", sig="Signed: T Reilly",
                      created=dt(2026, 4, 8, 16), style="boxes", body=[
        "I live in room 209 at Alder Hall. At about 02:10 on Sunday 5th April 2026 I was coming back from the kitchen "
        "and saw two girls helping Bethany CARR up the stairs. She had her arms round their shoulders and her feet "
        "were dragging. One of them said they were putting her to bed. I did not see Nathan DOYLE.",
    ])
    write_pdf(os.path.join(F, "MG11 REILLY.pdf"), reilly)
    nair = mg11_doc(urn=URN, name="Dr Priya NAIR", occupation="Forensic physician", date="10/04/2026",
                    sig="Signed: P. Nair", created=dt(2026, 4, 10, 10), style="niche", force="Castlebridge Constabulary",
                    stmt_no="S6", place="The Rowan Centre SARC", body=[
        "I am a forensic physician at the Rowan Centre SARC, Castlebridge.",
        "At 15:00 on 5th April 2026 I examined Bethany CARR (19) with her written consent, including to the release "
        "of my notes and samples to the police and CPS. No injuries were seen. I took a high vaginal swab PN/7 and "
        "a blood sample for alcohol, PN/8.",
    ])
    write_pdf(os.path.join(F, "MG11 Dr NAIR.pdf"), nair)
    write_pdf(os.path.join(F, "SFR1 MF26-1033.pdf"), {
        "head": "OFFICIAL-SENSITIVE\nMeridian Forensic Science Ltd", "foot": f"URN {URN}", "created": dt(2026, 4, 24, 9),
        "author": "LOWE Kate", "title": "SFR1", "blocks": [
            ("title", "STREAMLINED FORENSIC REPORT (SFR1)"), ("kv", [("URN", URN), ("Lab ref", "MF26-1033")], 0.25),
            ("p", "PN/7: semen; DNA matches Nathan DOYLE (ND/1). PN/8: blood alcohol 96 mg/100 ml at 15:20; back-"
                  "calculation can be provided if required. All work complete.")]})
    # THE PLANT (2): only the notebook copy of the first attending officer - no MG11.
    write_pdf(os.path.join(F, "WINTERS PNB pp22-24.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 4, 20, 9), "author": "WINTERS Sarah", "title": "PNB WINTERS",
        "blocks": [("title", "Pocket notebook - typed copy - PC 3120 Sarah WINTERS - pages 22 to 24"),
                   ("p", "05/04/26 11:15 Alder Hall, Castlebridge University. Bethany CARR (19) in room 212 with friend "
                         "Jasmine OKEKE."),
                   ("p", "First account (her words): \"I woke up and Nathan was on top of me having sex with me. I never "
                         "asked him in. I was asleep.\" Suspect Nathan DOYLE, room 231."),
                   ("p", "11:40 bedding from room 214 seized - SW/1 (duvet cover), SW/2 (sheet). 12:10 DOYLE arrested by "
                         "PC 0876 HALE. 13:30 to Rowan Centre."),
                   ("sig", "Copy certified:", "PC 3120 S WINTERS 20/04/2026 (signed)")]})
    write_pdf(os.path.join(F, "ROTI DOYLE.pdf"), {"head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 4, 8, 9),
                                                 "author": "KAUR Simran", "title": "ROTI", "blocks": [
        ("title", "RECORD OF TAPED INTERVIEW - Nathan DOYLE"),
        ("kv", [("URN", URN), ("Date", "06/04/2026 10:00 - 10:48"), ("Officers", "DC KAUR, DC BAKER"),
                ("Solicitor", "Ms Amy FROME")], 0.25),
        ("p", "DOYLE accepts sex with Bethany in her room. He says she told him on the stairs to 'come up' and let "
              "him in; she was drunk but 'knew what she was doing', kissed him and took her own clothes off. He denies "
              "she was asleep. He left when she 'went weird' and told him to go.")]})
    write_pdf(os.path.join(F, "PNC DOYLE.pdf"), pnc_doc(
        urn=URN, surname="Doyle", forenames="Nathan", dob="04/10/2004", pnc_id="23/0051178T", cro=None, convictions=[],
        head=HEAD, created=dt(2026, 4, 6, 9), operator="DC 2655 KAUR"))
    write_pdf(os.path.join(F, "PNC witnesses.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 4, 27, 9), operator="DC 2655 KAUR",
        rows=[["Bethany CARR", "11/01/2007", "No trace", "Nil"], ["Jasmine OKEKE", "02/12/2005", "No trace", "Nil"],
              ["Tom REILLY", "30/06/2005", "No trace", "Nil"]]))
    write_pdf(os.path.join(F, "MG2 CARR.pdf"), {"head": HEAD, "foot": f"MG2 URN {URN}", "created": dt(2026, 4, 27, 10),
                                               "author": "KAUR Simran", "title": "MG2", "blocks": [
        ("title", "MG2 Special Measures"),
        ("kv", [("Witness", "Bethany CARR (19)"), ("URN", URN), ("Eligibility", "s.17(4)"),
                ("Measures", "ABE EIC; live link; s.28 - Bethany would like her cross-examination pre-recorded"),
                ("Intermediary", "Not required"), ("Needs", "No interpreter; exams 18/05-05/06/2026")], 0.3)]})
    write_xlsx(os.path.join(F, "MG6C.xlsx"), [("MG6C", ["MG6C", f"URN {URN}  R v DOYLE", "DO: DC 2655 KAUR"],
        ["No", "Description", "Location", "Comment"], [
            [1, "Incident log 0733 of 05/04/2026 (call from Jasmine OKEKE, Bethany speaking for part of it)", "With file",
             "RP - provided"],
            [2, "Crime report CR/006610/26", "With file", "RP - provided"],
            [3, "PC 3120 WINTERS PNB pp.22-24 (first account)", "With file", "RP - provided"],
            [4, "Alder Hall block door entry-card log 04-05/04/2026", "Case file", "Does not meet test"],
            [5, "Custody record DOYLE 05-06/04/2026", "Custody", "Does not meet test"],
            [6, "Officer's notes of conversations with 11 Alder Hall residents, 06-08/04/2026", "Case file",
             "Does not meet test - only REILLY saw anything (MG11 taken)"]], [6, 70, 14, 30])],
        author="KAUR Simran", created=dt(2026, 4, 28, 10), title="MG6C")
    write_docx(os.path.join(F, "MG6D.docx"), {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", "foot": f"URN {URN}",
                                              "author": "KAUR Simran", "created": dt(2026, 4, 28, 10), "title": "MG6D",
                                              "blocks": [
        ("title", "MG6D - Police schedule of sensitive material"), ("kv", [("URN", URN)], 0.2),
        ("table", ["No", "Description", "Reason"], [
            ["1", "Rowan Centre SARC notes, Bethany CARR (consent given)", "Medical"],
            ["2", "University wellbeing team referral (made by the hall warden after police attended, 05/04/2026)",
             "Third-party welfare record"]],
         [0.08, 0.62, 0.3])]})
    write_pdf(os.path.join(F, "MG12.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 4, 28, 11),
                                                   officer="DC 2655 KAUR", rows=[
        ["SK/1", "ABE master, Bethany CARR", "DC 2655 KAUR", "DEMS"], ["SK/2", "ABE working copy", "DC 2655 KAUR", "With file"],
        ["SW/1", "Duvet cover, room 214", "PC 3120 WINTERS", "Property"], ["SW/2", "Sheet, room 214", "PC 3120 WINTERS", "Property"],
        ["PN/7", "High vaginal swab", "Dr P NAIR", "Meridian"], ["PN/8", "Blood sample (alcohol)", "Dr P NAIR", "Meridian"],
        ["ND/1", "Buccal swabs DOYLE", "PC 0876 HALE", "Meridian"]]))
    write_pdf(os.path.join(F, "Incident 0733.pdf"), incident_log_doc(
        urn=URN, system="CADENCE", inc_no="0733 / 05-04-2026", opened="10:21", head=HEAD, created=dt(2026, 4, 27, 11),
        summary_kv=[("Caller", "Jasmine OKEKE (friend), victim on the line for part of the call"), ("Date", "05/04/2026")],
        rows=[["10:21", "CH 2290", "Caller Jasmine OKEKE, Alder Hall room 212: her friend Bethany CARR (19) woke in the "
                                   "night to a male student, Nathan DOYLE, having sex with her in her room. Victim comes "
                                   "on the line and confirms."],
              ["10:40", "DISP 12", "PC 3120 WINTERS assigned."], ["11:15", "PC 3120", "On scene."],
              ["12:10", "PC 0876", "Suspect arrested."]]))
    write_pdf(os.path.join(F, "Crime report CR-006610-26.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 4, 27, 11, 5), "author": "KAUR Simran",
        "title": "Crime report", "blocks": [("title", "CRIME REPORT CR/006610/26"),
                                            ("kv", [("Offence", "Rape s.1"), ("Victim", "CARR, Bethany - F - 19"),
                                                    ("Suspect", "DOYLE, Nathan - bail"), ("URN", URN)], 0.25),
                                            ("p", "05/04 SARC, ISVA referral (Safe Harbour). 07/04 ABE, VPS offered - "
                                                  "declined for now. 28/04 told of CPS submission.")]})

    exp = {
        "case": name, "stage": "charging", "exit": 1,
        "present_types": ["MG3", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "MG2", "MG6C", "MG6D", "MG12",
                          "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": ["abe_recording", "officer_statement", "files_readable"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited",
                          "key_statements", "signed", "suspect_interview", "previous_convictions",
                          "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                          "dig_dpn", "dig_prop", "digital_proportionality", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "MG3 CARR v DOYLE.docx", "type": "MG3"},
            {"name": "ABE summary CARR.docx", "type": "ABE_SUMMARY"},
            {"name": "MG11 DC KAUR.pdf", "type": "MG11", "role": "officer"},
            {"name": "MG11 OKEKE.pdf", "type": "MG11", "role": "first_account"},
            {"name": "MG11 REILLY.pdf", "type": "MG11", "role": "witness"},
            {"name": "MG11 Dr NAIR.pdf", "type": "MG11", "role": "expert"},
            {"name": "SFR1 MF26-1033.pdf", "type": "FORENSIC"},
            {"name": "ROTI DOYLE.pdf", "type": "ROTI"},
            {"name": "PNC DOYLE.pdf", "type": "PNC"},
            {"name": "PNC witnesses.pdf", "type": "PNC"},
            {"name": "MG2 CARR.pdf", "type": "MG2"},
            {"name": "MG6C.xlsx", "type": "MG6C"},
            {"name": "MG6D.docx", "type": "MG6D"},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "Incident 0733.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report CR-006610-26.pdf", "type": "CRIME_REPORT"},
        ],
    }
    return name, exp


# =============================================================================================
# Case J  -  Fenwick and Dale Police.  Compliant.  Historic child abuse reported as an adult;
#            teacher first account (2015) and partner (2025); written statement (ODT); MG3 in RTF;
#            school safeguarding record obtained by a proportionate request with prior notice;
#            early advice e-mail; partner's statement photographed.
# =============================================================================================
def case_J(out, rng):
    name = "HISTORIC - ELLIS v BARNARD"
    F = os.path.join(out, name)
    os.makedirs(F)
    URN = "58FD0120326"
    HEAD = "OFFICIAL-SENSITIVE\nFenwick and Dale Police"

    mg3 = {"head": "OFFICIAL-SENSITIVE", "foot": f"MG3  URN {URN}", "author": "ASHDOWN Peter",
           "created": dt(2026, 3, 12, 11), "title": "MG3 BARNARD", "blocks": [
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", URN), ("Suspect", "BARNARD, Graham - DOB 07/03/1970 - 4 Vicarage Mews, Dalebridge"),
                ("Offences", "Sexual activity with a child (SOA 2003 s.9(1) and (2)): touching on several occasions "
                             "between 01/09/2013 and 31/05/2015, and one occasion of digital penetration in about "
                             "February 2015, at 22 Mill Race, Dalebridge. Complainant then aged 14 to 15."),
                ("Decision required", "Full Code Test"),
                ("Bail / RUI", "Not arrested. Interviewed as a voluntary attender on 18/02/2026, so he is neither on "
                               "bail nor released under investigation. He has had no contact with the complainant or "
                               "her family since 2016 and lives 20 miles from her."),
                ("OIC", "DC 1766 Peter ASHDOWN, 01632 960163, peter.ashdown@fenwickdale.police.example"),
                ("Supervisor", "DS 0620 Nia ROBERTS, endorsed 12/03/2026")], 0.22),
        ("h", "Summary"),
        ("p", "Natalie ELLIS (now 26) says that Graham BARNARD, a friend of her parents who gave her maths tuition at "
              "his home on Thursday evenings from September 2013, touched her breasts and vagina over and under her "
              "clothes on many occasions during lessons when she was 14 and 15, and on one occasion in about "
              "February 2015 put his fingers inside her vagina. The tuition stopped in May 2015."),
        ("h", "Complainant's account"),
        ("p", "A written statement was taken rather than a video-recorded interview. The choice was explained by DC "
              "ASHDOWN on 12/01/2026; Natalie preferred a written statement, taken on 16/01/2026 (attached)."),
        ("h", "First accounts"),
        ("p", "(1) Her Year 10 form tutor at Dalebridge Academy, Mrs Janet COOKE, on 23/06/2015: Natalie said a "
              "family friend had been touching her. Mrs COOKE logged it and passed it to the designated safeguarding "
              "lead. Her MG11 is attached. (2) Her partner, in December 2025, before she reported: his statement is "
              "attached (Josh TANNER). The first officer to deal with her report was PC 2050 Oliver GRANT at the "
              "Dalebridge front counter on 09/01/2026; his MG11 is attached."),
        ("h", "Material that may undermine"),
        ("p", "The school safeguarding record (obtained - see below) shows that on 24/06/2015 the DSL spoke to Natalie "
              "and recorded that she said she 'didn't mean it' and that 'nothing has happened'; no further action "
              "was taken. Natalie deals with this in her statement: she was frightened that her parents would find "
              "out and that she would be blamed. The record is provided and is marked on the MG6C as meeting the "
              "disclosure test."),
        ("h", "Suspect's account"),
        ("p", "Voluntary interview 18/02/2026 with his solicitor. He accepts tutoring Natalie at his home on Thursday "
              "evenings from 2013 to 2015 and that they were alone in the dining room. He denies any sexual touching "
              "and says Natalie was 'a troubled girl' who may have been angry that he told her parents her grades "
              "were poor. Likely defence: denial; fabrication."),
        ("h", "Lines of enquiry"),
        ("p", "Done: school record (see below); form tutor's statement; partner's statement; suspect interview; PNC "
              "checks. Pointing away from the suspect: (a) the retraction in the school record - obtained and "
              "disclosed; (b) his wife Carol BARNARD, who might say she was present during lessons - contacted on "
              "25/02/2026; she declined to make a statement and said she was usually at choir on Thursday evenings "
              "(officer's note on the MG6C); (c) Natalie's school reports for 2014-15, which he says show poor grades "
              "- he has provided copies himself through his solicitor; they are on the MG6C."),
        ("p", "Third-party material: one request was made, to Dalebridge Academy Trust on 20/01/2026, for safeguarding "
              "records concerning Natalie ELLIS dated 01/05/2015 to 31/07/2015 only. The request letter states why "
              "the record is a reasonable line of enquiry (she says she told her tutor and that it was written down; "
              "the record could confirm or undermine that) and why it is necessary and proportionate (no other "
              "record of the 2015 disclosure exists; only that period and only safeguarding entries). Natalie was "
              "given written notice on 19/01/2026, before the request, of what would be asked for, why, and how it "
              "would be handled. Both letters are attached, with the Trust's reply."),
        ("p", "Not pursued: We will not be requesting her medical records because she did not seek medical help at "
              "the time or since about this, and there is nothing to suggest her GP holds anything relevant. She did "
              "not want her phone examined and it has not been: her current phone dates from 2024 and she has had no "
              "contact with BARNARD by phone or online. BARNARD's devices were not seized: the allegation is of "
              "contact offending ten years ago and nothing suggests images or messages. There is no forensic or "
              "medical evidence, and none could now exist."),
        ("h", "Outstanding"),
        ("p", "No further enquiries are outstanding."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Rebuttable presumption material with the file: front counter incident log, "
              "crime report, PC GRANT's notebook record of the first complaint to police, the 2015 school record of "
              "the first complaint, witness PNC checks."),
        ("h", "Victim"),
        ("p", "Special measures: MG2 attached. Natalie wants screens in court and does not want the live link. Because "
              "her account is a written statement, s.27 and s.28 do not arise unless she later gives a video-recorded "
              "account; this was explained and she does not want to. No intermediary needed. Needs: none; she works "
              "shifts and prefers e-mail. ISVA: referred on 09/01/2026 to Dale ISVA Service (ISVA Sam OGUNDIPE). VPS: "
              "offered on 16/01/2026; she has declined for now."),
        ("h", "Early advice"),
        ("p", "Early advice was sought on 30/01/2026 and given by e-mail on 06/02/2026 (attached): interview the "
              "suspect under caution, obtain the school record with notice to the complainant, and take statements "
              "from the form tutor and the partner. All done."),
    ]}
    write_rtf(os.path.join(F, "MG3_BARNARD_FCT.rtf"), mg3)

    ea = f"""Dear DC Ashdown,

EARLY ADVICE - Graham BARNARD - URN {URN}

Thank you for the early advice request of 30 January 2026. My advice at this stage:

1. The suspect should be interviewed under caution (a voluntary interview is appropriate given the time
   that has passed and the absence of any current contact).
2. The 2015 school safeguarding record is a reasonable line of enquiry: it may support or undermine the
   complainant's account of telling her tutor. Please limit the request to safeguarding entries about her
   in the summer term of 2015, and give her written notice before the request is made.
3. Please obtain statements from the form tutor and from the complainant's partner, whom she told before
   reporting.
4. I do not advise any request for her medical or counselling records on the present information.

Please submit for a full code test decision once the above is complete.

Idris KHALID
Senior Crown Prosecutor, RASSO, CPS Fenwick and Dale
01632 960971  |  idris.khalid@cps.example
"""
    write_eml(os.path.join(F, "RE EA request BARNARD.eml"), "Idris KHALID <idris.khalid@cps.example>",
              "Peter ASHDOWN <peter.ashdown@fenwickdale.police.example>", f"RE: Early advice request - BARNARD - {URN}",
              dt(2026, 2, 6, 11, 42), ea, "<ea-58FD0120326-0206@cps.example>")

    nat_body = [
        "I am 26 years old and work as a veterinary nurse. I am making this statement about things that Graham "
        "BARNARD did to me when I was 14 and 15.",
        "Graham BARNARD and his wife Carol were friends of my mum and dad. They lived at 22 Mill Race in Dalebridge. "
        "Graham used to be a maths teacher. When I started Year 10 in September 2013 my mum asked him to help me "
        "with maths because I was struggling. I went to his house every Thursday after school from about 5pm to "
        "6pm. My mum dropped me off and picked me up. Carol was usually out at choir on Thursdays.",
        "We sat next to each other at the dining table. After a few weeks he started putting his hand on my leg "
        "under the table. Then he started touching my breasts over my school shirt while we were doing questions. "
        "He would say things like \"this is our secret, you're so grown up\". I froze. I did not know what to do.",
        "This happened most Thursdays through Year 10. Sometimes he put his hand inside my shirt and bra, and "
        "sometimes inside my school trousers and touched my vagina over my knickers.",
        "I remember one time in about February 2015, because it was just after my mum's birthday, he put his hand "
        "inside my knickers and pushed his fingers inside my vagina. It hurt. I pulled away and said I needed the "
        "toilet and I locked myself in the bathroom until my mum came.",
        "The lessons stopped in May 2015 because I told my mum I didn't need them any more.",
        "In June 2015, near the end of Year 10, I stayed behind after registration and told my form tutor, Mrs "
        "COOKE, that a family friend had been touching me. I did not say who. She was kind and said she had to "
        "write it down and pass it on. The next day the safeguarding teacher called me in. I panicked. I thought "
        "my mum and dad would find out and that it would be my fault because I had kept going back. I told him I "
        "didn't mean it and that nothing had happened. That was not true. I said it because I was scared.",
        "I did not tell anyone else until December 2025, when I told my partner, Josh TANNER, after I saw Graham "
        "BARNARD in a supermarket and had a panic attack. Josh encouraged me to go to the police.",
        "I reported it at Dalebridge police station on 9th January 2026.",
        "I have been offered the chance to be interviewed on video and I have chosen to give a written statement.",
    ]
    nat = mg11_doc(urn=URN, name="Natalie ELLIS", occupation="Veterinary nurse", date="16/01/2026",
                   sig="Signed: N. Ellis", witnessed="Signed: P. Ashdown DC 1766", created=dt(2026, 1, 16, 17),
                   style="classic", decl="alt", body=nat_body, rear=[
                       ("Address", "Northam Quay (full address on the crime report - not for disclosure)"),
                       ("Contact", "E-mail preferred; mobile 07700 900624"),
                       ("Medical records", "No medical records are sought or relevant"),
                       ("VPS", "Offered 16/01/2026 - declined for now"), ("Dates to avoid", "None")])
    write_odt(os.path.join(F, "ELLIS N - MG11 16-01-26.odt"), nat)

    cooke = mg11_doc(urn=URN, name="Janet COOKE", occupation="Retired teacher", date="03/02/2026",
                     sig="(signed) J. Cooke", witnessed="(signed) P. Ashdown DC1766", created=dt(2026, 2, 3, 15),
                     style="niche", force="Fenwick and Dale Police", stmt_no="S4", place="Witness's home, Dalebridge",
                     body=[
        "I was a teacher at Dalebridge Academy from 1996 until I retired in 2022. In the school year 2014 to 2015 I "
        "was the form tutor of a Year 10 class which included Natalie ELLIS.",
        "I remember that on a morning near the end of the summer term in 2015, after registration, Natalie stayed "
        "behind. She seemed nervous. She said, \"Miss, can I tell you something? A family friend has been touching "
        "me.\" I asked her, gently, if she was safe at home and whether she wanted to tell me more. She said she "
        "didn't want to say who and that it had stopped.",
        "I told her I had to pass this on so that she could be looked after. That same morning I wrote it on the "
        "school's safeguarding concern log and spoke to the designated safeguarding lead, Mr Robert HALE. I was "
        "shown a copy of the log entry by DC ASHDOWN on 3rd February 2026 and I recognise it as my entry dated "
        "23rd June 2015.",
        "I was not involved after that. I do not know what the DSL did. I did not speak to Natalie about it again.",
    ])
    write_docx(os.path.join(F, "COOKE Janet statement.docx"), cooke)

    josh = mg11_doc(urn=URN, name="Josh TANNER", occupation="Electrician", date="22/01/2026",
                    sig="@scribble:J Tanner", witnessed="@scribble:P Ashdown", created=dt(2026, 1, 22, 19),
                    style="classic", body=[
        "I am Natalie ELLIS's partner. We have lived together in Northam Quay since 2023.",
        "One evening in December 2025, I think about the 12th, Natalie came home from the supermarket shaking and "
        "crying. She said she had seen \"Graham\". I did not know who she meant. Later that night she told me that "
        "when she was 14 and 15 a family friend called Graham BARNARD, who tutored her in maths, used to touch her, "
        "and that once he had put his fingers inside her. She said she had told a teacher at school once but then "
        "said it wasn't true because she was scared.",
        "I told her I believed her and that she should go to the police when she was ready. She went in January.",
    ])
    josh["px_font"] = 32
    josh_files = []
    for i, pg in enumerate(render_pages_auto(josh, rng)):
        josh_files.append(f"IMG_20260122_19{40 + i}.jpg")
        write_photo_jpeg(os.path.join(F, josh_files[-1]), pg, rng, angle=[-2.3, 1.7][i % 2])

    grant = mg11_doc(urn=URN, name="Oliver GRANT", occupation="Police Constable 2050", date="09/01/2026",
                     sig="[signed] O GRANT PC2050", created=dt(2026, 1, 9, 20), style="classic", body=[
        "I am a Police Constable with Fenwick and Dale Police.",
        "At 14:20 on Friday 9th January 2026 I was on duty at the front counter of Dalebridge police station when "
        "Natalie ELLIS asked to report a sexual offence. I took her to a private interview room. I was the first "
        "officer to deal with her report.",
        "She told me that a family friend, Graham BARNARD, had sexually abused her when he tutored her in maths "
        "between 2013 and 2015, when she was 14 and 15, including once putting his fingers inside her. She said she "
        "had told a teacher at the time. I recorded her first account in my pocket notebook, pages 40 and 41, and "
        "she read and signed it. I completed the crime report and referred the matter to the RASSO team.",
    ])
    write_pdf(os.path.join(F, "GRANT PC2050 MG11.pdf"), grant)

    notice = {"head": "Fenwick and Dale Police - RASSO Investigation Team", "foot": f"Ref {URN}", "author": "ASHDOWN Peter",
              "created": dt(2026, 1, 19, 10), "title": "Notice to complainant", "blocks": [
        ("p", "Ms Natalie ELLIS\n(by e-mail)"), ("p", "19 January 2026"),
        ("b", "Notice of a request for information about you - Dalebridge Academy Trust"),
        ("p", "Dear Natalie,"),
        ("p", "As we discussed on 16 January, I intend to ask Dalebridge Academy Trust for a copy of any safeguarding "
              "record made about you between 1 May 2015 and 31 July 2015. I will not ask for anything else: not your "
              "school reports, attendance, or any other records."),
        ("p", "Why: you told us that you told your form tutor in June 2015 and that she wrote it down. That record may "
              "support your account. It may also contain things that do not help it, and if so we must consider it "
              "fairly. It is the only record made at the time."),
        ("p", "How it will be handled: the record will be seen by the investigation team and the Crown Prosecution "
              "Service. If the case goes to court, parts of it may have to be shown to the defence if the law requires "
              "it; we would talk to you first. It will be stored securely and kept only as long as the law requires."),
        ("p", "You can tell me if you have any concerns or do not want this request made. I will not send the request "
              "before 20 January 2026."),
        ("p", "Yours sincerely,"), ("p", "DC 1766 Peter ASHDOWN  - 01632 960163 - peter.ashdown@fenwickdale.police.example"),
    ]}
    write_docx(os.path.join(F, "Letter to NE - notice 19-01-26.docx"), notice)
    req = {"head": "Fenwick and Dale Police - RASSO Investigation Team", "foot": f"Ref {URN}", "author": "ASHDOWN Peter",
           "created": dt(2026, 1, 20, 10), "title": "Request to Dalebridge Academy Trust", "blocks": [
        ("p", "The Data Protection Officer\nDalebridge Academy Trust"), ("p", "20 January 2026"),
        ("b", "Request for third-party material - former pupil Natalie ELLIS (DOB 19/06/1999)"),
        ("p", "I am investigating an allegation of sexual offences against a child in 2013 to 2015. The complainant, "
              "now an adult, says that in June 2015 she told her form tutor, Mrs Janet COOKE, that a family friend had "
              "been touching her, and that Mrs COOKE recorded it."),
        ("p", "Material requested: any safeguarding or child protection record (concern log entries, DSL notes, "
              "referrals) about Natalie ELLIS dated between 01/05/2015 and 31/07/2015. Nothing else is requested."),
        ("p", "Reasonable line of enquiry: the record is the only contemporaneous account of the 2015 disclosure. It may "
              "support or undermine the complainant's account. Necessity and proportionality: the information cannot "
              "be obtained any other way; the request is limited to one term and to safeguarding entries; it does not "
              "extend to academic, attendance, health or pastoral records."),
        ("p", "The complainant was given written notice of this request on 19/01/2026. This request is made under "
              "Schedule 2, paragraph 2 of the Data Protection Act 2018 (crime and taxation)."),
        ("p", "DC 1766 Peter ASHDOWN"),
    ]}
    write_docx(os.path.join(F, "Request to Dalebridge Academy Trust 20-01-26.docx"), req)
    log = {"head": "DALEBRIDGE ACADEMY - SAFEGUARDING CONCERN LOG - CONFIDENTIAL", "pagefoot": False, "blocks": [
        ("small", f"Copy supplied to Fenwick and Dale Police 28/01/2026 in response to request of 20/01/2026 (ref {URN})"),
        ("table", ["Date", "Pupil", "Concern / action", "By"], [
            ["23/06/15 09:10", "N. ELLIS 10C", "After registration N said 'a family friend has been touching me'. Would not say "
                                              "who. Said it has stopped. Reassured; told her I must pass this on. Passed to "
                                              "DSL (RH) 09:20.", "J Cooke"],
            ["24/06/15 12:30", "N. ELLIS 10C", "DSL spoke to N in office. N said she 'didn't mean it' and 'nothing has happened', "
                                              "was embarrassed. Did not want parents told. No disclosure made. Advised she can "
                                              "speak to any staff at any time. Log and monitor. No referral.", "R Hale (DSL)"],
            ["15/07/15 15:00", "N. ELLIS 10C", "Monitoring review - no further concerns. Close.", "R Hale (DSL)"]],
         [0.16, 0.14, 0.56, 0.14]),
        ("sig", "Certified true copy:", "@scribble:K Morris"),
        ("small", "K. Morris, Data Protection Officer, Dalebridge Academy Trust, 28/01/2026"),
    ]}
    write_scanned_pdf(os.path.join(F, "Trust reply - safeguarding log 2015.pdf"), log, rng, dt(2026, 1, 28, 15))

    roti = {"head": HEAD, "foot": f"ROTI  URN {URN}", "created": dt(2026, 2, 20, 10), "author": "ASHDOWN Peter",
            "title": "ROTI BARNARD", "blocks": [
        ("title", "Record of Taped Interview - voluntary attendance"),
        ("kv", [("URN", URN), ("Interviewee", "Graham BARNARD (07/03/1970)"), ("Date", "18/02/2026 10:00 - 11:12"),
                ("Status", "Voluntary attender, not under arrest, free to leave"),
                ("Officers", "DC 1766 ASHDOWN, DC 0345 LYLE"), ("Solicitor", "Mr Gordon PEARCE")], 0.27),
        ("p", "BARNARD accepts that he tutored Natalie in maths at 22 Mill Race on Thursday evenings from September "
              "2013 to May 2015, that they sat at the dining table and that his wife was often out. He denies ever "
              "touching Natalie sexually. He says she was a 'troubled girl' whose grades were poor and who was angry "
              "when he told her mother so. He says the lessons stopped because Natalie 'gave up'."),
        ("p", "Q: Did you ever put your hand on Natalie's leg?  A: Never."),
        ("p", "Q: Did you touch her breasts?  A: Absolutely not."),
        ("p", "Q: Why would she say this?  A: I've no idea. Attention. She was angry with me."),
        ("p", "At the end of the interview Mr PEARCE handed in copies of Natalie's 2014 and 2015 school reports, which "
              "he said Mrs ELLIS had given to BARNARD at the time."),
    ]}
    write_pdf(os.path.join(F, "ROTI BARNARD 18-02-26.pdf"), roti)
    write_pdf(os.path.join(F, "PNC BARNARD.pdf"), pnc_doc(
        urn=URN, surname="Barnard", forenames="Graham", dob="07/03/1970", pnc_id="none", cro=None, convictions=[],
        head=HEAD, created=dt(2026, 2, 18, 15), operator="DC 1766 ASHDOWN",
        summary_line="No record held on PNC for this subject (no PNC ID). No convictions, cautions or reprimands."))
    write_pdf(os.path.join(F, "Witness PNC checks.pdf"), witness_pnc_doc(
        urn=URN, head=HEAD, created=dt(2026, 3, 10, 9), operator="DC 1766 ASHDOWN",
        rows=[["Natalie ELLIS", "19/06/1999", "No trace", "Nil"], ["Janet COOKE", "08/02/1960", "No trace", "Nil"],
              ["Josh TANNER", "03/03/1997", "No trace", "Nil"]]))
    write_pdf(os.path.join(F, "MG2 ELLIS.pdf"), {"head": HEAD, "foot": f"MG2 URN {URN}", "created": dt(2026, 3, 10, 10),
                                                "author": "ASHDOWN Peter", "title": "MG2", "blocks": [
        ("title", "MG2 - Special Measures Assessment"),
        ("kv", [("Witness", "Natalie ELLIS"), ("URN", URN),
                ("Eligibility", "Complainant in a sexual offence - s.17(4) YJCEA 1999"),
                ("Screens (s.23)", "Requested - she wants to give evidence in the courtroom behind a screen"),
                ("Live link (s.24)", "Not wanted"),
                ("s.27 / s.28", "Not available - written statement. Explained 10/03/2026 that a video-recorded account "
                                "would be needed for s.28; she does not want pre-recorded cross-examination."),
                ("Intermediary", "Not needed"), ("Other needs", "No interpreter. ISVA to attend court with her. E-mail contact."),
                ("Completed", "DC 1766 ASHDOWN 10/03/2026")], 0.3)]})
    c_rows = [
        ["1", "Front counter occurrence / incident log 0812 of 09/01/2026", "With file", "RP - provided"],
        ["2", "Crime report FD/CR/26/00233 with victim contact log", "With file", "RP - provided"],
        ["3", "PC 2050 GRANT PNB pp.40-41, Natalie's first account to police 09/01/2026 (typed copy)", "With file",
         "RP: record of first complaint - provided"],
        ["4", "Dalebridge Academy safeguarding log extract 23/06/2015 - 15/07/2015 (including the DSL note of "
              "24/06/2015 recording that Natalie said she 'didn't mean it')", "With file",
         "MEETS THE TEST - may undermine. Provided."],
        ["5", "Natalie's school reports 2014 and 2015, handed in by the suspect's solicitor 18/02/2026", "Case file",
         "Does not meet test - grades average; prosecutor may wish to review"],
        ["6", "Officer's note of telephone call with Carol BARNARD, 25/02/2026: declined to make a statement; usually at "
              "choir on Thursday evenings", "Case file", "Does not undermine; may assist the prosecution"],
        ["7", "Notice to Natalie ELLIS, 19/01/2026, and request to Dalebridge Academy Trust, 20/01/2026", "With file",
         "Does not meet test"],
        ["8", "Early advice request 30/01/2026 and CPS reply 06/02/2026", "With file", "Does not meet test"],
        ["9", "Voluntary interview audio recording 18/02/2026", "DEMS", "ROTI provided"],
    ]
    write_pdf(os.path.join(F, "MG6C ELLIS.pdf"), {"head": HEAD, "foot": f"MG6C  URN {URN}", "created": dt(2026, 3, 11, 15),
                                                 "author": "ASHDOWN Peter", "title": "MG6C", "blocks": [
        ("small", "MG 6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", URN), ("R v", "Graham BARNARD"), ("Disclosure officer", "DC 1766 ASHDOWN")], 0.25),
        ("table", ["No", "Description", "Location", "Assessment"], c_rows, [0.06, 0.56, 0.12, 0.26])]})
    write_docx(os.path.join(F, "MG6D ELLIS.docx"), {"head": "OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE",
                                                    "foot": f"MG6D  URN {URN}", "author": "ASHDOWN Peter",
                                                    "created": dt(2026, 3, 11, 15), "title": "MG6D", "blocks": [
        ("title", "MG6D - Police Schedule of Sensitive Material"), ("kv", [("URN", URN), ("DO", "DC 1766 ASHDOWN")], 0.2),
        ("table", ["No", "Description", "Reason", "Assessment"], [
            ["1", "ISVA referral, Dale ISVA Service, 09/01/2026", "Support record", "Does not meet test"],
            ["2", "Complainant's current address and contact details", "Personal data", "Does not meet test"]],
         [0.06, 0.5, 0.2, 0.24])]})
    write_pdf(os.path.join(F, "MG12 ELLIS.pdf"), mg12_doc(urn=URN, head=HEAD, created=dt(2026, 3, 11, 16),
                                                         officer="DC 1766 ASHDOWN", rows=[
        ["PA/1", "Copy of Dalebridge Academy safeguarding log extract, June-July 2015", "DC 1766 ASHDOWN", "With file"]]))
    write_pdf(os.path.join(F, "Occurrence 0812 front counter.pdf"), incident_log_doc(
        urn=URN, system="F&D STORM", inc_no="0812/09JAN26", opened="14:20", head=HEAD, created=dt(2026, 3, 10, 11),
        summary_kv=[("Reported", "In person at Dalebridge front counter"), ("Date", "09/01/2026")],
        rows=[["14:20", "PC 2050", "Female, Natalie ELLIS (26), attends front counter to report non-recent sexual abuse by "
                                   "a family friend, Graham BARNARD, in 2013-2015 when she was 14-15."],
              ["15:05", "PC 2050", "First account in PNB. Victim safe; no current contact with suspect. ISVA referral "
                                   "offered and accepted."],
              ["15:30", "DS 0620", "RASSO allocation - DC ASHDOWN."]]))
    write_pdf(os.path.join(F, "Crime report FD-CR-26-00233.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 3, 10, 11, 5), "author": "ASHDOWN Peter",
        "title": "Crime report", "blocks": [("title", "Crime Report FD/CR/26/00233"),
                                            ("kv", [("Offence", "Sexual activity with a child s.9 SOA 2003 (non-recent)"),
                                                    ("Victim", "ELLIS, Natalie - F - 26 (14-15 at the time) - White British"),
                                                    ("Suspect", "BARNARD, Graham - voluntary interview, not arrested"),
                                                    ("URN", URN)], 0.25),
                                            ("p", "Contact: 09/01 report, ISVA referral. 16/01 statement, VPS offered - "
                                                  "declined for now. 19/01 notice of school request. 10/03 MG2 views. "
                                                  "12/03 told of CPS submission.")]})
    write_pdf(os.path.join(F, "PNB GRANT pp40-41.pdf"), {
        "head": HEAD, "foot": f"URN {URN}", "created": dt(2026, 3, 10, 11, 10), "author": "GRANT Oliver", "title": "PNB",
        "blocks": [("title", "Pocket notebook (typed copy) PC 2050 GRANT pp.40-41"),
                   ("p", "09/01/26 14:25 Dalebridge PS interview room 1. Natalie ELLIS: \"Graham Barnard was my maths tutor "
                         "when I was 14 and 15. He used to touch me, my boobs and down there, every week. Once he put his "
                         "fingers inside me. I told my form teacher once but then I said it wasn't true.\""),
                   ("sig", "Certified copy:", "PC 2050 O GRANT (signed)")]})

    exp = {
        "case": name, "stage": "charging", "exit": 0,
        "present_types": ["MG3", "EARLY_ADVICE", "MG11", "THIRD_PARTY", "ROTI", "PNC", "MG2", "MG6C", "MG6D", "MG12",
                          "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "MG3_BARNARD_FCT.rtf", "type": "MG3"},
            {"name": "RE EA request BARNARD.eml", "type": ["EARLY_ADVICE", "CORRESPONDENCE"]},
            {"name": "ELLIS N - MG11 16-01-26.odt", "type": "MG11", "role": "complainant"},
            {"name": "COOKE Janet statement.docx", "type": "MG11", "role": "first_account"},
            {"name": "GRANT PC2050 MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "Trust reply - safeguarding log 2015.pdf", "type": "THIRD_PARTY"},
            {"name": "ROTI BARNARD 18-02-26.pdf", "type": "ROTI"},
            {"name": "PNC BARNARD.pdf", "type": "PNC"},
            {"name": "Witness PNC checks.pdf", "type": "PNC"},
            {"name": "MG2 ELLIS.pdf", "type": "MG2"},
            {"name": "MG6C ELLIS.pdf", "type": "MG6C"},
            {"name": "MG6D ELLIS.docx", "type": "MG6D"},
            {"name": "MG12 ELLIS.pdf", "type": "MG12"},
            {"name": "Occurrence 0812 front counter.pdf", "type": "INCIDENT_LOG"},
            {"name": "Crime report FD-CR-26-00233.pdf", "type": "CRIME_REPORT"},
        ] + [{"name": n, "type": "MG11", "role": "first_account"} for n in josh_files],
    }
    return name, exp


# =============================================================================================
CASES = [case_A, case_B, case_C, case_D, case_E, case_F, case_G, case_H, case_I, case_J]


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in CASES:
        rng = random.Random("batch15:" + fn.__name__)
        name, exp = fn_wrapper(fn, out, rng)
        with open(os.path.join(out, name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")
    return 0


def fn_wrapper(fn, out, rng):
    # start each case from a clean folder so that re-runs are identical
    probe_name = {"case_A": "Op_KESTREL_FCT_submission", "case_B": "SP-RASSO-26-0301",
                  "case_C": "Resub_2_61NM0098825", "case_D": "BRAMBLE two suspects",
                  "case_E": "EA request - ELLERBY", "case_F": "Op SALTMARSH", "case_G": "73WV0211925 HUSSAIN",
                  "case_H": "CR-26-0302 KNIGHT", "case_I": "ALDER HALL 44CB0411826",
                  "case_J": "HISTORIC - ELLIS v BARNARD"}[fn.__name__]
    p = os.path.join(out, probe_name)
    if os.path.isdir(p):
        shutil.rmtree(p)
    return fn(out, rng)


if __name__ == "__main__":
    sys.exit(main())
