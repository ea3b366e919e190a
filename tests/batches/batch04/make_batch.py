#!/usr/bin/env python3
"""batch04: synthetic RASSO pre-charge case folders (one week of submissions from several forces).

Usage:  python make_batch.py OUTDIR

Writes 12 case folders into OUTDIR and, beside each, NAME.expected.json.
Everything is invented: people, places, forces, phone numbers (Ofcom drama ranges), e-mail
addresses (.example).  Deterministic: seeded randomness, fixed document dates, fixed zip times.
Standard library plus fpdf2, python-docx, openpyxl, Pillow, PyAV, numpy.
"""
from __future__ import annotations

import datetime as dt
import fractions
import re
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
from email.message import EmailMessage
from email.utils import format_datetime

import av
import numpy as np
import openpyxl
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
_PDF_FONT_DIR = None   # small subsets of DejaVu made once per run (parsing full DejaVu per PDF is slow)


def pdf_font_dir():
    """Subset the DejaVu fonts once (Latin, Latin Extended, punctuation) into a temporary folder."""
    global _PDF_FONT_DIR
    if _PDF_FONT_DIR is None:
        import atexit
        import tempfile
        from fontTools import subset as ftsubset
        from fontTools.ttLib import TTFont
        import logging
        logging.getLogger("fontTools").setLevel(logging.ERROR)
        tmp = tempfile.mkdtemp(prefix="batch04-fonts-")
        atexit.register(shutil.rmtree, tmp, True)
        unicodes = list(range(0x20, 0x250)) + list(range(0x2010, 0x2050)) + [0x20AC, 0x2122, 0x2713, 0x25A1]
        for base in FAMILIES.values():
            for suffix in ("", "-Bold", "-Oblique", "-BoldOblique", "-Italic", "-BoldItalic"):
                src = f"{FONT_DIR}/{base}{suffix}.ttf"
                if not os.path.exists(src):
                    continue
                opts = ftsubset.Options()
                opts.hinting = False
                opts.layout_features = []
                opts.notdef_outline = True
                f = TTFont(src, recalcTimestamp=False)
                sub = ftsubset.Subsetter(opts)
                sub.populate(unicodes=unicodes)
                sub.subset(f)
                f.save(os.path.join(tmp, f"{base}{suffix}.ttf"))
        _PDF_FONT_DIR = tmp
    return _PDF_FONT_DIR
UTC = dt.timezone.utc
MASTER_SEED = 4042027

# ----------------------------------------------------------------------------------------------
# Document model: a document is a list of blocks, rendered to PDF / DOCX / scanned image PDF /
# phone photo (JPEG) by the renderers below.
# ----------------------------------------------------------------------------------------------


def T(text, sub=None):          # title
    return ("title", text, sub)


def H(text):                    # section heading
    return ("h", text)


def P(text, bold=False, italic=False, size=None):
    return ("p", text, bold, italic, size)


def KV(rows, cols=2, label_w=0.32):   # label / value grid; rows = [(label, value), ...]
    return ("kv", rows, cols, label_w)


def TBL(headers, rows, widths=None, size=None):
    return ("table", headers, rows, widths, size)


def BOX(text, bold=False):      # boxed paragraph (declarations, warnings)
    return ("box", text, bold)


def SIG(label, value, mode="text", who=""):
    """A signature line.  mode: text (value printed), scribble (hand signature drawn, value ignored),
    blank (dotted line, unsigned)."""
    return ("sig", label, value, mode, who)


def RULE():
    return ("rule",)


def BR():
    return ("br",)


def MONO(text, size=None):
    return ("mono", text, size)


def SP(h=3):
    return ("sp", h)


def URNBOX(urn, label="URN"):
    """URN written in the separate boxes of the national forms: force / station / serial / year."""
    return ("urnbox", urn, label)


def HAND(label, value):         # handwritten entry on a printed form (images only)
    return ("hand", label, value)


class Doc:
    def __init__(self, blocks, head=None, foot=None, family="sans", size=10, title=None,
                 author=None, creator=None, head_right=None, pageno=True, pageno_fmt="Page {n} of {N}"):
        self.blocks = blocks
        self.head = head                  # running head text (left)
        self.head_right = head_right      # running head text (right), e.g. "MG 11"
        self.foot = foot                  # running foot text
        self.family = family              # sans / serif / mono
        self.size = size
        self.title = title
        self.author = author
        self.creator = creator
        self.pageno = pageno
        self.pageno_fmt = pageno_fmt


# ----------------------------------------------------------------------------------------------
# PDF renderer (fpdf2, text PDFs)
# ----------------------------------------------------------------------------------------------

FAMILIES = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "mono": "DejaVuSansMono",
            "cond": "DejaVuSansCondensed"}


class _PDF(FPDF):
    def __init__(self, doc):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.doc = doc
        # embed only what the document uses (each embedded font costs a few KB)
        kinds = {b[0] for b in doc.blocks}
        italic = any((b[0] == "p" and b[3]) for b in doc.blocks) or "hand" in kinds
        need = {(doc.family, ""), (doc.family, "B")}
        if italic:
            need.add((doc.family, "I"))
        if "mono" in kinds:
            need.add(("mono", ""))
        for key, style in sorted(need):
            base = FAMILIES[key]
            suffix = {"": "", "B": "-Bold",
                      "I": "-Italic" if key == "serif" else "-Oblique"}[style]
            self.add_font(key, style, f"{pdf_font_dir()}/{base}{suffix}.ttf")
        self.set_margins(16, 18, 16)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages("{N}")

    def header(self):
        d = self.doc
        if d.head or d.head_right:
            self.set_font(d.family, "", 7.5)
            self.set_y(8)
            if d.head:
                self.cell(0, 4, d.head, align="L")
            if d.head_right:
                self.set_xy(self.l_margin, 8)
                self.set_font(d.family, "B", 9)
                self.cell(0, 4, d.head_right, align="R")
            self.set_y(16)

    def footer(self):
        d = self.doc
        self.set_y(-13)
        self.set_font(d.family, "", 7.5)
        txt = []
        if d.foot:
            txt.append(d.foot)
        if d.pageno:
            txt.append(d.pageno_fmt.replace("{n}", str(self.page_no())))
        if txt:
            self.cell(0, 4, "      ".join(txt), align="C")


def render_pdf(doc: Doc, path, when: dt.datetime):
    pdf = _PDF(doc)
    fam, sz = doc.family, doc.size
    pdf.set_creation_date(when)
    if doc.title:
        pdf.set_title(doc.title)
    if doc.author:
        pdf.set_author(doc.author)
    pdf.set_creator(doc.creator or "Microsoft Word")
    pdf.set_producer(doc.creator or "Microsoft: Print To PDF")
    pdf.add_page()
    lh = sz * 0.48
    W = pdf.epw
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", sz + 4)
            pdf.multi_cell(0, lh + 2, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            if b[2]:
                pdf.set_font(fam, "", sz - 1)
                pdf.multi_cell(0, lh, b[2], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", sz + 0.5)
            pdf.set_fill_color(225, 225, 225)
            pdf.multi_cell(0, lh + 1, b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            style = ("B" if b[2] else "") + ("I" if b[3] else "")
            pdf.set_font(fam, style, b[4] or sz)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "mono":
            pdf.set_font("mono", "", b[2] or sz - 1.5)
            for line in b[1].split("\n"):
                pdf.multi_cell(0, (b[2] or sz - 1.5) * 0.45, line if line else " ",
                               new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            rows, cols, lw = b[1], b[2], b[3]
            pdf.set_font(fam, "", sz - 0.5)
            if cols == 2:
                widths = (lw, 1 - lw)
            else:
                widths = (lw / 2, (1 - lw) / 2, lw / 2, (1 - lw) / 2)
            with pdf.table(col_widths=[w * 100 for w in widths], first_row_as_headings=False,
                           line_height=lh, text_align="LEFT", padding=1) as t:
                flat = list(rows)
                if cols == 4 and len(flat) % 2:
                    flat.append(("", ""))
                step = 1 if cols == 2 else 2
                for i in range(0, len(flat), step):
                    r = t.row()
                    for (k, v) in flat[i:i + step]:
                        r.cell(k, style=FontFace(emphasis="BOLD", fill_color=(238, 238, 238)))
                        r.cell(v if v else " ")
            pdf.ln(1.5)
        elif kind == "table":
            headers, rows, widths, tsz = b[1], b[2], b[3], b[4]
            pdf.set_font(fam, "", tsz or sz - 1.5)
            widths = widths or [1] * len(headers)
            with pdf.table(col_widths=widths, line_height=(tsz or sz - 1.5) * 0.47, text_align="LEFT",
                           repeat_headings=1, padding=1,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(215, 215, 215))) as t:
                r = t.row()
                for h in headers:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c) if str(c) else " ")
            pdf.ln(1.5)
        elif kind == "box":
            pdf.set_font(fam, "B" if b[2] else "", sz - 0.5)
            pdf.multi_cell(0, lh, b[1], border=1, padding=1.5, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sig":
            label, value, mode, who = b[1], b[2], b[3], b[4]
            pdf.set_font(fam, "B", sz - 0.5)
            pdf.cell(pdf.get_string_width(label) + 2, lh + 2, label)
            pdf.set_font(fam, "", sz)
            if mode == "scribble":
                img = scribble_image(who or label, 360, 90)
                x, y = pdf.get_x(), pdf.get_y()
                pdf.image(img, x=x, y=y - 3, w=40, h=10)
                pdf.set_x(x + 44)
                pdf.cell(0, lh + 2, value or "", new_x="LMARGIN", new_y="NEXT")
            elif mode == "blank":
                pdf.cell(0, lh + 2, "." * 50 + ("   " + value if value else ""),
                         new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, lh + 2, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.l_margin + W, y)
            pdf.ln(3)
        elif kind == "br":
            pdf.add_page()
        elif kind == "sp":
            pdf.ln(b[1])
        elif kind == "urnbox":
            urn, label = b[1], b[2]
            parts = split_urn(urn)
            pdf.set_font(fam, "B", sz - 0.5)
            x0 = pdf.l_margin + W - 78
            pdf.set_x(x0)
            pdf.cell(12, 7, label, border=0)
            for part, w in zip(parts, (10, 10, 26, 10)):
                pdf.set_font(fam, "", sz + 1)
                pdf.cell(w + 2, 7, part, border=1, align="C")
            pdf.ln(9)
        elif kind == "hand":
            pdf.set_font(fam, "B", sz - 0.5)
            pdf.cell(pdf.get_string_width(b[1]) + 2, lh + 1, b[1])
            pdf.set_font(fam, "I", sz)
            pdf.multi_cell(0, lh + 1, b[2], new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def split_urn(urn):
    return [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]


# ----------------------------------------------------------------------------------------------
# DOCX renderer (python-docx); fixed core properties and zip times
# ----------------------------------------------------------------------------------------------

ZIP_TIME = (2027, 1, 11, 9, 0, 0)


def normalise_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def _shade(cell, hexfill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexfill)
    tcPr.append(shd)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def render_docx(doc: Doc, path, when: dt.datetime):
    d = Document()
    fontname = {"sans": "Arial", "serif": "Times New Roman", "mono": "Courier New",
                "cond": "Arial Narrow"}[doc.family]
    st = d.styles["Normal"]
    st.font.name = fontname
    st.font.size = Pt(doc.size + 1)
    sec = d.sections[0]
    sec.page_height, sec.page_width = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(18)
    if doc.head or doc.head_right:
        hp = sec.header.paragraphs[0]
        hp.text = (doc.head or "") + ("\t\t" + doc.head_right if doc.head_right else "")
        for r in hp.runs:
            r.font.size = Pt(8)
    if doc.foot or doc.pageno:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if doc.foot:
            r = fp.add_run(doc.foot + "      ")
            r.font.size = Pt(8)
        if doc.pageno:
            fmt = doc.pageno_fmt
            pre, rest = fmt.split("{n}", 1)
            r = fp.add_run(pre)
            r.font.size = Pt(8)
            r = fp.add_run()
            r.font.size = Pt(8)
            _add_field(r, "PAGE")
            if "{N}" in rest:
                mid, post = rest.split("{N}", 1)
                r = fp.add_run(mid)
                r.font.size = Pt(8)
                r = fp.add_run()
                r.font.size = Pt(8)
                _add_field(r, "NUMPAGES")
                if post:
                    fp.add_run(post).font.size = Pt(8)
            elif rest:
                fp.add_run(rest).font.size = Pt(8)
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(doc.size + 5)
            if b[2]:
                p2 = d.add_paragraph()
                p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r2 = p2.add_run(b[2])
                r2.font.size = Pt(doc.size)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(doc.size + 2)
        elif kind == "p":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold, r.italic = b[2], b[3]
            if b[4]:
                r.font.size = Pt(b[4] + 1)
        elif kind == "mono":
            for line in b[1].split("\n"):
                p = d.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
        elif kind == "kv":
            rows, cols = b[1], b[2]
            flat = list(rows)
            if cols == 4 and len(flat) % 2:
                flat.append(("", ""))
            step = 1 if cols == 2 else 2
            t = d.add_table(rows=0, cols=cols)
            t.style = "Table Grid"
            for i in range(0, len(flat), step):
                cells = t.add_row().cells
                for j, (k, v) in enumerate(flat[i:i + step]):
                    cells[2 * j].text = k
                    _shade(cells[2 * j], "EEEEEE")
                    for r in cells[2 * j].paragraphs[0].runs:
                        r.bold = True
                    cells[2 * j + 1].text = v
            d.add_paragraph()
        elif kind == "table":
            headers, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                c = t.rows[0].cells[i]
                c.text = h
                _shade(c, "D9D9D9")
                for r in c.paragraphs[0].runs:
                    r.bold = True
                    r.font.size = Pt(doc.size)
            _repeat_header(t.rows[0])
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
                    for r in cells[i].paragraphs[0].runs:
                        r.font.size = Pt(doc.size)
            d.add_paragraph()
        elif kind == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = b[1]
            if b[2]:
                for r in t.rows[0].cells[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph()
        elif kind == "sig":
            label, value, mode, who = b[1], b[2], b[3], b[4]
            p = d.add_paragraph()
            r = p.add_run(label + " ")
            r.bold = True
            if mode == "scribble":
                buf = scribble_image(who or label, 360, 90)
                p.add_run().add_picture(buf, width=Mm(38))
                if value:
                    p.add_run("  " + value)
            elif mode == "blank":
                p.add_run("." * 50 + ("   " + value if value else ""))
            else:
                p.add_run(value)
        elif kind == "rule":
            d.add_paragraph("_" * 80)
        elif kind == "br":
            d.add_page_break()
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "urnbox":
            parts = split_urn(b[1])
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = b[2]
            for i, part in enumerate(parts):
                t.rows[0].cells[i + 1].text = part
            d.add_paragraph()
        elif kind == "hand":
            p = d.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            p.add_run(b[2]).italic = True
    cp = d.core_properties
    cp.author = doc.author or "Police User"
    cp.last_modified_by = doc.author or "Police User"
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    cp.revision = 1
    if doc.title:
        cp.title = doc.title
    d.save(str(path))
    normalise_zip(path)


# ----------------------------------------------------------------------------------------------
# Image renderer: a page drawn with Pillow (for scans and phone photos)
# ----------------------------------------------------------------------------------------------

_FONT_CACHE = {}


def font(family, style, px):
    base = FAMILIES[family]
    suffix = {"": "", "B": "-Bold", "I": "-Oblique" if family != "serif" else "-Italic",
              "BI": "-BoldOblique" if family != "serif" else "-BoldItalic"}[style]
    key = (base + suffix, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(f"{FONT_DIR}/{base}{suffix}.ttf", px)
    return _FONT_CACHE[key]


def wrap(text, f, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = (line + " " + w) if line else w
            if f.getlength(cand) <= width:
                line = cand
            else:
                if line:
                    out.append(line)
                while f.getlength(w) > width and len(w) > 1:   # very long token
                    k = len(w)
                    while k > 1 and f.getlength(w[:k]) > width:
                        k -= 1
                    out.append(w[:k])
                    w = w[k:]
                line = w
        out.append(line)
    return out


def scribble_image(seed_text, w, h, ink=(20, 30, 90)):
    """A hand signature: a few connected random strokes (returns PNG bytes in a BytesIO)."""
    rng = random.Random(sum(ord(c) for c in seed_text) * 7919)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    pts = []
    x = 10
    for i in range(9):
        x += rng.randint(18, 40)
        pts.append((min(x, w - 10), rng.randint(12, h - 12)))
    # smooth the strokes
    fine = []
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        for t in range(12):
            tt = t / 12
            fine.append((x1 + (x2 - x1) * tt, y1 + (y2 - y1) * tt + 8 * math.sin(tt * math.pi)))
    dr.line(fine, fill=ink + (255,), width=3, joint="curve")
    dr.line([(pts[0][0] - 5, h - 18), (pts[-1][0], h - 22)], fill=ink + (255,), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    buf.seek(0)
    return buf


class PageImages:
    """Lays a Doc out on A4 page images at a given dpi."""

    def __init__(self, doc: Doc, dpi=200, ink=(20, 20, 20), hand_ink=(25, 45, 140)):
        self.doc, self.dpi, self.ink, self.hand_ink = doc, dpi, ink, hand_ink
        self.W, self.H = int(8.27 * dpi), int(11.69 * dpi)
        self.mm = dpi / 25.4
        self.lm = int(16 * self.mm)
        self.rm = self.W - int(16 * self.mm)
        self.tm = int(18 * self.mm)
        self.bm = self.H - int(20 * self.mm)
        self.pages = []
        self.px = lambda pt: int(pt * dpi / 72)
        self.new_page()

    def new_page(self):
        im = Image.new("RGB", (self.W, self.H), (255, 255, 255))
        self.pages.append(im)
        self.dr = ImageDraw.Draw(im)
        self.y = self.tm

    def need(self, h):
        if self.y + h > self.bm:
            self.new_page()
            return True
        return False

    def text_lines(self, lines, f, x=None, fill=None, lh=None):
        lh = lh or int(f.size * 1.32)
        for ln in lines:
            self.need(lh)
            self.dr.text((x or self.lm, self.y), ln, font=f, fill=fill or self.ink)
            self.y += lh

    def render(self):
        d = self.doc
        fam, sz = d.family, d.size
        fN = font(fam, "", self.px(sz))
        fB = font(fam, "B", self.px(sz))
        width = self.rm - self.lm
        for b in d.blocks:
            kind = b[0]
            if kind == "title":
                f = font(fam, "B", self.px(sz + 4))
                for ln in wrap(b[1], f, width):
                    self.need(int(f.size * 1.4))
                    tw = f.getlength(ln)
                    self.dr.text((self.lm + (width - tw) / 2, self.y), ln, font=f, fill=self.ink)
                    self.y += int(f.size * 1.4)
                if b[2]:
                    f2 = font(fam, "", self.px(sz - 1))
                    for ln in wrap(b[2], f2, width):
                        tw = f2.getlength(ln)
                        self.need(int(f2.size * 1.4))
                        self.dr.text((self.lm + (width - tw) / 2, self.y), ln, font=f2, fill=self.ink)
                        self.y += int(f2.size * 1.4)
                self.y += int(2 * self.mm)
            elif kind == "h":
                f = font(fam, "B", self.px(sz + 0.5))
                lines = wrap(b[1], f, width - 10)
                h = int(len(lines) * f.size * 1.35 + 8)
                self.need(h + int(12 * self.mm))
                self.y += int(1.5 * self.mm)
                self.dr.rectangle([self.lm, self.y, self.rm, self.y + h], fill=(226, 226, 226))
                self.y += 4
                self.text_lines(lines, f, x=self.lm + 6)
                self.y += int(1.5 * self.mm)
            elif kind == "p":
                style = ("B" if b[2] else "") + ("I" if b[3] else "")
                f = font(fam, style, self.px(b[4] or sz))
                self.text_lines(wrap(b[1], f, width), f)
                self.y += int(1.2 * self.mm)
            elif kind == "mono":
                f = font("mono", "", self.px(b[2] or sz - 1.5))
                for line in b[1].split("\n"):
                    self.text_lines(wrap(line, f, width) if line else [" "], f, lh=int(f.size * 1.25))
                self.y += int(1 * self.mm)
            elif kind == "kv":
                rows, cols, lw = b[1], b[2], b[3]
                f = font(fam, "", self.px(sz - 0.5))
                fb = font(fam, "B", self.px(sz - 0.5))
                if cols == 2:
                    widths = [lw * width, (1 - lw) * width]
                else:
                    widths = [lw / 2 * width, (1 - lw) / 2 * width] * 2
                flat = list(rows)
                if cols == 4 and len(flat) % 2:
                    flat.append(("", ""))
                step = 1 if cols == 2 else 2
                cells_rows = []
                for i in range(0, len(flat), step):
                    row = []
                    for k, v in flat[i:i + step]:
                        row += [(k, fb, True), (v, f, False)]
                    cells_rows.append(row)
                self._grid(None, cells_rows, widths, f)
                self.y += int(1.5 * self.mm)
            elif kind == "table":
                headers, rows, widths, tsz = b[1], b[2], b[3], b[4]
                f = font(fam, "", self.px(tsz or sz - 1.5))
                fb = font(fam, "B", self.px(tsz or sz - 1.5))
                widths = widths or [1] * len(headers)
                tot = sum(widths)
                widths = [w / tot * width for w in widths]
                hdr = [(h, fb, True) for h in headers]
                body = [[(str(c), f, False) for c in r] for r in rows]
                self._grid(hdr, body, widths, f)
                self.y += int(1.5 * self.mm)
            elif kind == "box":
                f = font(fam, "B" if b[2] else "", self.px(sz - 0.5))
                lines = wrap(b[1], f, width - 20)
                lh = int(f.size * 1.32)
                h = len(lines) * lh + 16
                self.need(h)
                self.dr.rectangle([self.lm, self.y, self.rm, self.y + h], outline=self.ink, width=2)
                self.y += 8
                self.text_lines(lines, f, x=self.lm + 10)
                self.y += 8 + int(1.5 * self.mm)
            elif kind == "sig":
                label, value, mode, who = b[1], b[2], b[3], b[4]
                lh = int(fB.size * 1.5)
                self.need(lh + int(8 * self.mm))
                self.dr.text((self.lm, self.y), label, font=fB, fill=self.ink)
                x = self.lm + fB.getlength(label) + 12
                if mode == "scribble":
                    sw, sh = int(45 * self.mm), int(11 * self.mm)
                    sig = Image.open(scribble_image(who or label, 360, 90)).resize((sw, sh))
                    self.pages[-1].paste(sig, (int(x), int(self.y - sh * 0.45)), sig)
                    if value:
                        self.dr.text((x + sw + 20, self.y), value, font=fN, fill=self.ink)
                elif mode == "blank":
                    self.dr.text((x, self.y), "." * 50 + ("   " + value if value else ""), font=fN, fill=self.ink)
                elif mode == "hand":
                    fh = font(fam, "I", self.px(sz + 1))
                    self.dr.text((x, self.y - 4), value, font=fh, fill=self.hand_ink)
                else:
                    self.dr.text((x, self.y), value, font=fN, fill=self.ink)
                self.y += lh + int(1 * self.mm)
            elif kind == "rule":
                self.need(10)
                self.dr.line([self.lm, self.y + 4, self.rm, self.y + 4], fill=self.ink, width=2)
                self.y += int(3 * self.mm)
            elif kind == "br":
                self.new_page()
            elif kind == "sp":
                self.y += int(b[1] * self.mm)
            elif kind == "urnbox":
                parts = split_urn(b[1])
                f = font(fam, "", self.px(sz + 1))
                self.need(int(9 * self.mm))
                x = self.rm - int(80 * self.mm)
                self.dr.text((x, self.y + 6), b[2], font=fB, fill=self.ink)
                x += int(13 * self.mm)
                for part, w in zip(parts, (12, 12, 28, 12)):
                    wpx = int(w * self.mm)
                    self.dr.rectangle([x, self.y, x + wpx, self.y + int(7 * self.mm)], outline=self.ink, width=2)
                    tw = f.getlength(part)
                    self.dr.text((x + (wpx - tw) / 2, self.y + 8), part, font=f, fill=self.ink)
                    x += wpx
                self.y += int(10 * self.mm)
            elif kind == "hand":
                fh = font(fam, "I", self.px(sz + 1.5))
                self.need(int(fh.size * 1.5))
                self.dr.text((self.lm, self.y + 4), b[1], font=fB, fill=self.ink)
                x = self.lm + fB.getlength(b[1]) + 14
                lines = wrap(b[2], fh, self.rm - x)
                for i, ln in enumerate(lines):
                    self.need(int(fh.size * 1.45))
                    self.dr.text((x if i == 0 else self.lm + 30, self.y), ln, font=fh, fill=self.hand_ink)
                    self.y += int(fh.size * 1.45)
                self.y += 4
        # running heads and feet
        n = len(self.pages)
        fs = font(fam, "", self.px(7.5))
        fsb = font(fam, "B", self.px(9))
        for i, im in enumerate(self.pages, 1):
            dr = ImageDraw.Draw(im)
            if d.head:
                dr.text((self.lm, int(8 * self.mm)), d.head, font=fs, fill=self.ink)
            if d.head_right:
                tw = fsb.getlength(d.head_right)
                dr.text((self.rm - tw, int(8 * self.mm)), d.head_right, font=fsb, fill=self.ink)
            parts = []
            if d.foot:
                parts.append(d.foot)
            if d.pageno:
                parts.append(d.pageno_fmt.replace("{n}", str(i)).replace("{N}", str(n)))
            if parts:
                s = "      ".join(parts)
                tw = fs.getlength(s)
                dr.text(((self.W - tw) / 2, self.H - int(13 * self.mm)), s, font=fs, fill=self.ink)
        return self.pages

    def _grid(self, header, rows, widths, f):
        pad = 6
        lh = int(f.size * 1.3)

        def row_h(row):
            hmax = 0
            for (txt, ff, _), w in zip(row, widths):
                hmax = max(hmax, len(wrap(txt or " ", ff, w - 2 * pad)) * lh)
            return hmax + 2 * pad

        def draw_row(row, shade):
            h = row_h(row)
            x = self.lm
            for (txt, ff, is_label), w in zip(row, widths):
                box = [x, self.y, x + w, self.y + h]
                if shade or is_label:
                    self.dr.rectangle(box, fill=(222, 222, 222) if shade else (240, 240, 240))
                self.dr.rectangle(box, outline=self.ink, width=1)
                yy = self.y + pad
                for ln in wrap(txt or " ", ff, w - 2 * pad):
                    self.dr.text((x + pad, yy), ln, font=ff, fill=self.ink)
                    yy += lh
                x += w
            self.y += h

        if header:
            if self.need(row_h(header) + (row_h(rows[0]) if rows else 0)):
                pass
            draw_row(header, True)
        for r in rows:
            if self.y + row_h(r) > self.bm:
                self.new_page()
                if header:
                    draw_row(header, True)
            draw_row(r, False)


def scan_effect(im: Image.Image, rng: random.Random, angle=None):
    g = im.convert("L")
    a = angle if angle is not None else rng.uniform(-0.7, 0.7)
    g = g.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(g).astype(np.int16)
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    arr = arr + nrng.normal(0, 6, arr.shape).astype(np.int16)
    arr = np.clip(arr * 0.97 + 4, 0, 255).astype(np.uint8)
    g = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.4))
    return g


def render_scan_pdf(doc: Doc, path, when, rng, dpi=200, pre_pages=None):
    """An image-only PDF: pages drawn as images, 'scanned' (grey, slightly skewed, noisy)."""
    pages = pre_pages or PageImages(doc, dpi=dpi).render()
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(when)
    pdf.set_creator("RICOH MP C3004 Scan to Folder")
    pdf.set_producer("RICOH MP C3004")
    for im in pages:
        g = scan_effect(im, rng)
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=52, optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def render_photo(doc: Doc, path, when, rng, page_index=0, dpi=170, make="Apple", model="iPhone 12",
                 background=(122, 92, 64), pre_pages=None):
    """A phone photo of one page: on a desk, rotated and in perspective, uneven light; JPEG+EXIF."""
    pages = pre_pages or PageImages(doc, dpi=dpi).render()
    page = pages[page_index].convert("RGB")
    pw, ph = page.size
    CW, CH = int(pw * 1.22), int(ph * 1.16)
    canvas = Image.new("RGB", (CW, CH), background)
    arr = np.asarray(canvas).astype(np.float32)
    nrng = np.random.default_rng(rng.randint(0, 2 ** 31))
    grain = nrng.normal(0, 9, (CH, CW, 1)).astype(np.float32)
    stripes = (np.sin(np.linspace(0, 40, CW))[None, :, None] * 6).astype(np.float32)
    canvas = Image.fromarray(np.clip(arr + grain + stripes, 0, 255).astype(np.uint8))
    # paper slightly off-white and curled: perspective quad
    paper = page.point(lambda v: int(v * 0.93 + 10))
    ang = rng.choice([-1, 1]) * rng.uniform(2.0, 4.5)
    paper = paper.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=background)
    mask = Image.new("L", page.size, 255).rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox, oy = (CW - paper.size[0]) // 2, (CH - paper.size[1]) // 2
    canvas.paste(paper, (ox, oy), mask)
    # perspective (keystone): top narrower than bottom
    k = rng.uniform(0.025, 0.05) * CW
    quad = (k, 0, -k * 0.2, CH, CW + k * 0.2, CH, CW - k, 0)   # UL, LL, LR, UR source corners
    canvas = canvas.transform((CW, CH), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=background)
    # uneven lighting: darker towards one corner
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * CW, rng.uniform(0.1, 0.5) * CH
    light = 1.05 - 0.28 * np.sqrt(((xx - cx) / CW) ** 2 + ((yy - cy) / CH) ** 2)
    a2 = np.asarray(canvas).astype(np.float32) * light[..., None]
    a2[..., 2] *= 0.95   # warm indoor light
    canvas = Image.fromarray(np.clip(a2, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    canvas = canvas.resize((int(CW * 0.9), int(CH * 0.9)), Image.LANCZOS)
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0131] = "16.6.1" if make == "Apple" else "Android 14"
    canvas.save(str(path), "JPEG", quality=78, exif=exif.tobytes())


# ----------------------------------------------------------------------------------------------
# Multimedia: ABE / CCTV / BWV video with PyAV; 999 audio as WAV; phone screenshots
# ----------------------------------------------------------------------------------------------


def rgb_to_yuv420(rgb):
    """BT.601 limited-range conversion done in numpy (deterministic, unlike a scaler with SIMD paths)."""
    a = rgb.astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    out = np.empty((h * 3 // 2, w), dtype=np.uint8)
    out[:h] = np.clip(np.rint(y), 0, 255)
    out[h:h + h // 4] = np.clip(np.rint(u), 0, 255).reshape(h // 4, w)
    out[h + h // 4:] = np.clip(np.rint(v), 0, 255).reshape(h // 4, w)
    return out


def make_video(path, kind, overlay_lines, seconds=4, size=(320, 240), fps=25, seed=1, audio=True):
    rng = np.random.default_rng(seed)
    W, Hh = size
    out = av.open(str(path), mode="w", format="mp4")
    vs = out.add_stream("libx264", rate=fps)
    vs.width, vs.height, vs.pix_fmt = W, Hh, "yuv420p"
    vs.options = {"preset": "veryfast", "crf": "30", "threads": "1", "x264-params": "threads=1:sync-lookahead=0:rc-lookahead=0:lookahead-threads=1"}
    vs.codec_context.time_base = fractions.Fraction(1, fps)
    if audio:
        ast = out.add_stream("aac", rate=16000)
        ast.layout = "mono"
    f_small = font("mono", "", 11)
    f_lab = font("sans", "B", 12)
    nframes = seconds * fps
    for i in range(nframes):
        im = Image.new("RGB", (W, Hh), (0, 0, 0))
        dr = ImageDraw.Draw(im)
        if kind == "abe":          # interview room: soft wall, two seated figures, sofa
            dr.rectangle([0, 0, W, Hh], fill=(176, 170, 150))
            dr.rectangle([0, int(Hh * 0.68), W, Hh], fill=(110, 96, 84))
            dr.rectangle([30, 120, 150, 190], fill=(70, 90, 120))
            dr.rectangle([190, 125, 290, 190], fill=(90, 70, 60))
            sway = 2 * math.sin(i / 9)
            dr.ellipse([70 + sway, 70, 110 + sway, 112], fill=(205, 170, 140))
            dr.rectangle([62 + sway, 110, 118 + sway, 170], fill=(60, 60, 80))
            dr.ellipse([222, 74, 260, 114], fill=(190, 150, 120))
            dr.rectangle([214, 112, 268, 172], fill=(40, 70, 60))
        elif kind == "cctv":       # corridor seen from above, a figure walking through
            dr.rectangle([0, 0, W, Hh], fill=(60, 60, 60))
            dr.polygon([(100, 0), (220, 0), (W, Hh), (0, Hh)], fill=(95, 95, 92))
            dr.rectangle([230, 20, 270, 110], fill=(40, 40, 44))
            x = int(60 + i * (W - 120) / nframes)
            dr.ellipse([x, 110 - i // 6, x + 22, 132 - i // 6], fill=(150, 150, 150))
            dr.rectangle([x - 4, 130 - i // 6, x + 26, 180 - i // 6], fill=(35, 35, 35))
        elif kind == "bwv":        # doorway at night, shaky
            sh = int(4 * math.sin(i / 3))
            dr.rectangle([0, 0, W, Hh], fill=(28, 30, 40))
            dr.rectangle([110 + sh, 40, 210 + sh, 230], fill=(90, 70, 50))
            dr.rectangle([128 + sh, 60, 192 + sh, 225], fill=(200, 190, 150))
            dr.ellipse([145 + sh, 80, 175 + sh, 112], fill=(210, 175, 150))
            dr.rectangle([138 + sh, 110, 182 + sh, 180], fill=(120, 40, 60))
        arr = np.asarray(im).astype(np.int16)
        arr = arr + rng.integers(-6, 7, arr.shape, dtype=np.int16)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        dr = ImageDraw.Draw(im)
        y = 4
        for ln in overlay_lines(i / fps):
            dr.text((5, y), ln, font=f_small if kind != "abe" else f_lab, fill=(255, 255, 255))
            y += 14
        frame = av.VideoFrame.from_ndarray(rgb_to_yuv420(np.asarray(im)), format="yuv420p")
        frame.pts = i
        for p in vs.encode(frame):
            out.mux(p)
    for p in vs.encode():
        out.mux(p)
    if audio:
        sr = 16000
        total = seconds * sr
        t = np.arange(total) / sr
        env = (0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t)) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.7 * t))
        sig = (0.08 * env * np.sin(2 * np.pi * 180 * t + 3 * np.sin(2 * np.pi * 5 * t))
               + 0.01 * rng.standard_normal(total)).astype(np.float32)
        n = 1024
        pts = 0
        for s in range(0, total, n):
            chunk = sig[s:s + n]
            if len(chunk) < n:
                chunk = np.pad(chunk, (0, n - len(chunk)))
            fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            fr.sample_rate = sr
            fr.pts = pts
            pts += n
            for p in ast.encode(fr):
                out.mux(p)
        for p in ast.encode():
            out.mux(p)
    out.close()


def make_wav(path, seconds=6, seed=3):
    """A 999 call recording: 8 kHz mono, ringing tone then two alternating 'voices'."""
    sr = 8000
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    ring = ((t < 1.2) * (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) * 0.15
            * (np.mod(t, 0.6) < 0.4))
    voice_a = np.sin(2 * np.pi * 210 * t + 4 * np.sin(2 * np.pi * 4 * t)) * (np.sin(2 * np.pi * 2.3 * t) > 0)
    voice_b = np.sin(2 * np.pi * 140 * t + 5 * np.sin(2 * np.pi * 3 * t)) * (np.sin(2 * np.pi * 1.7 * t) > 0.2)
    sig = ring + (t >= 1.2) * (0.25 * np.where(np.mod(t, 2.0) < 1.0, voice_a, voice_b)) + 0.02 * rng.standard_normal(len(t))
    pcm = np.clip(sig * 32767 * 0.8, -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def make_chat_screenshot(path, header, messages, status_time, when):
    """A phone screenshot of a message thread; messages = [(side 'in'/'out', time, text), ...]."""
    W, Hh = 720, 1480
    im = Image.new("RGB", (W, Hh), (236, 229, 221))
    dr = ImageDraw.Draw(im)
    dr.rectangle([0, 0, W, 60], fill=(7, 94, 84))
    dr.text((20, 16), status_time, font=font("sans", "B", 24), fill=(255, 255, 255))
    dr.text((W - 150, 16), "4G  78%", font=font("sans", "", 22), fill=(255, 255, 255))
    dr.rectangle([0, 60, W, 160], fill=(7, 94, 84))
    dr.ellipse([20, 78, 84, 142], fill=(200, 200, 200))
    dr.text((100, 84), header, font=font("sans", "B", 30), fill=(255, 255, 255))
    dr.text((100, 122), "online", font=font("sans", "", 20), fill=(220, 240, 230))
    y = 190
    f = font("sans", "", 26)
    fs = font("sans", "", 18)
    for side, tm, text in messages:
        if side == "day":
            tw = fs.getlength(text)
            dr.rounded_rectangle([(W - tw) / 2 - 16, y, (W + tw) / 2 + 16, y + 36], 10, fill=(225, 245, 254))
            dr.text(((W - tw) / 2, y + 7), text, font=fs, fill=(60, 60, 60))
            y += 56
            continue
        lines = wrap(text, f, 470)
        bh = len(lines) * 34 + 44
        bw = max(f.getlength(l) for l in lines) + 40
        bw = max(bw, 150)
        x = 30 if side == "in" else W - 30 - bw
        dr.rounded_rectangle([x, y, x + bw, y + bh], 14, fill=(255, 255, 255) if side == "in" else (220, 248, 198))
        yy = y + 12
        for ln in lines:
            dr.text((x + 20, yy), ln, font=f, fill=(20, 20, 20))
            yy += 34
        dr.text((x + bw - 80, y + bh - 28), tm, font=fs, fill=(120, 120, 120))
        y += bh + 18
    im.save(str(path), "PNG", optimize=True)


def write_eml(path, frm, to, subject, body, when, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{abs(hash_str(subject + frm)) % 10**12}@mail.police.example>"
    m.set_content(body)
    with open(path, "wb") as fh:
        fh.write(bytes(m))


def hash_str(s):
    h = 0
    for c in s:
        h = (h * 131 + ord(c)) % (2 ** 61 - 1)
    return h


def render_xlsx(path, title_rows, headers, rows, when, sheet="MG6C"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for tr in title_rows:
        ws.cell(row=r, column=1, value=tr)
        r += 1
    r += 1
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = openpyxl.styles.Font(bold=True)
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v)
    for col, w in zip("ABCDE", (8, 70, 22, 30, 18)):
        ws.column_dimensions[col].width = w
    wb.properties.creator = "Disclosure Officer"
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    wb.save(str(path))
    fixed = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + fixed.encode() + m.group(3), data)
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------------------------
# A case folder and its expected outcome
# ----------------------------------------------------------------------------------------------

class Case:
    def __init__(self, outdir, name, urn, seed, stage="charging"):
        self.outdir, self.name, self.urn, self.stage = outdir, name, urn, stage
        self.dir = os.path.join(outdir, name)
        if os.path.exists(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        self.rng = random.Random(seed)
        self.seed = seed
        self.files = []          # (name, etype, role, present)

    def _reg(self, fname, etype, role, present):
        self.files.append((fname, etype, role, present))
        return os.path.join(self.dir, fname)

    def pdf(self, fname, doc, when, etype=None, role=None, present=True):
        render_pdf(doc, self._reg(fname, etype, role, present), when)

    def docx(self, fname, doc, when, etype=None, role=None, present=True):
        render_docx(doc, self._reg(fname, etype, role, present), when)

    def scan(self, fname, doc, when, etype=None, role=None, present=True, dpi=200):
        render_scan_pdf(doc, self._reg(fname, etype, role, present), when, self.rng, dpi=dpi)

    def photo(self, fname, doc, when, etype=None, role=None, present=True, page_index=0, **kw):
        render_photo(doc, self._reg(fname, etype, role, present), when, self.rng, page_index=page_index, **kw)

    def photos(self, fnames, doc, when, etype=None, role=None, present=True, **kw):
        """Each page of a document photographed separately (IMG_0001.jpg, IMG_0002.jpg...)."""
        pages = PageImages(doc, dpi=170).render()
        assert len(pages) <= len(fnames), (fnames, len(pages))
        for i, fn in enumerate(fnames[:len(pages)]):
            first = i == 0
            render_photo(doc, self._reg(fn, etype if first else None, role if first else None, present and first),
                         when, self.rng,
                         page_index=i, pre_pages=pages, **kw)

    def video(self, fname, kind, overlay, seconds=4, etype=None, present=True, audio=True, size=(320, 240)):
        make_video(self._reg(fname, etype, None, present), kind, overlay, seconds=seconds,
                   seed=self.rng.randint(0, 10 ** 6), audio=audio, size=size)

    def wav(self, fname, etype="CALL_999", seconds=6):
        make_wav(self._reg(fname, etype, None, True), seconds=seconds, seed=self.rng.randint(0, 10 ** 6))

    def chat(self, fname, header, messages, status_time, when, etype=None, present=False):
        make_chat_screenshot(self._reg(fname, etype, None, present), header, messages, status_time, when)

    def eml(self, fname, frm, to, subject, body, when, etype="CORRESPONDENCE", cc=None):
        write_eml(self._reg(fname, etype, None, True), frm, to, subject, body, when, cc=cc)

    def xlsx(self, fname, title_rows, headers, rows, when, etype=None, sheet="MG6C"):
        render_xlsx(self._reg(fname, etype, None, True), title_rows, headers, rows, when, sheet=sheet)

    def expected(self, exit_code, must_fail, must_not_fail, extra_types=()):
        present = []
        for (_n, et, _r, pres) in self.files:
            if pres and isinstance(et, str) and et not in present and et != "OTHER":
                present.append(et)
        for t in extra_types:
            if t not in present:
                present.append(t)
        docs = []
        for (n, et, role, _p) in self.files:
            if et is None or et == "OTHER":
                continue
            e = {"name": os.path.basename(n), "type": et}
            if role:
                e["role"] = role
            docs.append(e)
        exp = {"case": self.name, "stage": self.stage, "exit": exit_code,
               "present_types": present, "must_fail": list(must_fail),
               "must_not_fail": list(must_not_fail), "docs": docs}
        with open(os.path.join(self.outdir, self.name + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2, ensure_ascii=False)
            fh.write("\n")


def D(y, m, d, hh=10, mm=0):
    return dt.datetime(y, m, d, hh, mm, tzinfo=UTC)


# ----------------------------------------------------------------------------------------------
# People and names
# ----------------------------------------------------------------------------------------------

def person(first, last, middle="", title="", **kw):
    p = dict(first=first, last=last.upper(), middle=middle, title=title)
    p.update(kw)
    return p


def officer(rank, no, first, last, **kw):
    return person(first, last, rank=rank, no=no, **kw)


def nm(p, how="full"):
    f, l, m = p["first"], p["last"], p.get("middle", "")
    if how == "full":
        return f"{f} {l}"
    if how == "fullm":
        return f"{f} {m} {l}" if m else f"{f} {l}"
    if how == "sf":           # SURNAME, Forename
        return f"{l}, {f}"
    if how == "sfm":
        return f"{l}, {f} {m}" if m else f"{l}, {f}"
    if how == "title":
        return f"{p.get('title') or ''} {l.title()}".strip()
    if how == "init":
        return f"{f[0]}. {l}"
    if how == "lowercase":
        return f"{f} {l.title()}"
    if how == "rank":         # DC 4410 Rachel BYRNE
        return f"{p['rank']} {p['no']} {f} {l}"
    if how == "rankshort":
        return f"{p['rank']} {l.title()}"
    if how == "rankinit":
        return f"{p['rank']} {p['no']} {f[0]}. {l}"
    raise ValueError(how)


SIG_MODES = ("typed", "sgd", "signed_name", "scribble", "esig", "blank", "hand")


def sig_block(label, p, mode, date_str, when_time=None):
    """Signature line for a statement in the requested mode."""
    if mode == "typed":
        return SIG(label, "[signed]")
    if mode == "sgd":
        return SIG(label, f"(Sgd) {nm(p, 'init')}")
    if mode == "signed_name":
        return SIG(label, nm(p, "lowercase"))
    if mode == "scribble":
        return SIG(label, "", "scribble", nm(p))
    if mode == "hand":
        return SIG(label, nm(p, "lowercase"), "scribble", nm(p))
    if mode == "esig":
        return SIG(label, f"Electronically signed by {nm(p, 'init')} on {date_str}" + (f" at {when_time}" if when_time else ""))
    if mode == "blank":
        return SIG(label, "", "blank")
    raise ValueError(mode)


DECL_VARIANTS = [
    "This statement (consisting of {pages} page(s) each signed by me) is true to the best of my knowledge "
    "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution "
    "if I have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "This statement, consisting of {pages} page(s) each signed by me, is true to the best of my knowledge and "
    "belief. I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
    "wilfully stated anything in it which I know to be false or do not believe to be true.",
]

STATUTE_LINES = [
    "(Criminal Procedure Rules 2025, r.16.2; Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B)",
    "Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules, Part 16",
    "CJ Act 1967 s.9  MC Act 1980 s.5B  CrimPR r.16.2",
]


def mg11(c: Case, who, pages_body, date_str, *, style="national", sig="typed", occupation="",
         age="Over 18", rear=None, taken_by=None, time_place="", visually_recorded=False,
         decl=0, statute=0, head="OFFICIAL-SENSITIVE (when complete)", witnessed_by=None,
         interpreter=None, extra_top=None, force=""):
    """A witness statement (MG11 and MG11(T) continuation sheets, optional rear page).
    pages_body: list of pages, each a list of paragraphs."""
    n = len(pages_body)
    name_line = nm(who, "fullm") if style != "system" else nm(who, "sfm")
    decl_txt = DECL_VARIANTS[decl].format(pages=n)
    blocks = []
    if style == "national":
        blocks += [T("WITNESS STATEMENT", STATUTE_LINES[statute]), URNBOX(c.urn)]
        blocks += [KV([("Statement of:", name_line),
                       ("Age if under 18:", age if age != "Over 18" else "Over 18  (if over 18 insert 'over 18')"),
                       ("Occupation:", occupation)], cols=2, label_w=0.26)]
        if extra_top:
            blocks += [P(extra_top, italic=True)]
        blocks += [BOX(decl_txt)]
        blocks += [sig_block("Signature:", who, sig, date_str), P(f"Date: {date_str if sig != 'blank' else ''}")]
        blocks += [P(("[X]" if visually_recorded else "[  ]") +
                     " Tick if witness evidence is visually recorded   (supply witness details on rear)", size=8)]
        if interpreter:
            blocks += [P(interpreter, italic=True)]
        blocks += [RULE()]
        for i, body in enumerate(pages_body):
            if i > 0:
                blocks += [BR(), P("MG 11(T)", bold=True),
                           KV([("Continuation of statement of:", name_line),
                               ("Page No.", f"{i + 1} of {n}")], cols=2, label_w=0.35), RULE()]
            for para in body:
                blocks += [P(para)]
            blocks += [SP(2)]
            if witnessed_by and i == n - 1:
                blocks += [sig_block("Signature:", who, sig, date_str),
                           SIG("Signature witnessed by:", witnessed_by[0], witnessed_by[1] if len(witnessed_by) > 1 else "text",
                               witnessed_by[2] if len(witnessed_by) > 2 else "")]
            else:
                blocks += [sig_block("Signature:", who, sig, date_str)]
        if rear:
            blocks += [BR()] + rear_page(c, who, rear, taken_by, time_place, date_str, sig)
        return Doc(blocks, head=head, head_right="MG 11", title="MG11 " + nm(who, "full"),
                   author=nm(taken_by, "full") if taken_by else None)
    if style == "system":
        sysname = force or "AEGIS"
        top = (f"{sysname} RECORDS MANAGEMENT  -  STATEMENT PRINT\n"
               f"URN: {c.urn}      Statement ref: S{c.rng.randint(100, 999)}      Version: 1 (final)\n"
               f"Statement type: MG11 Witness Statement (CJA 1967 s.9 / MCA 1980 s.5B / CrimPR r.16.2)")
        blocks += [MONO(top), RULE(),
                   KV([("Surname, Forename(s)", name_line), ("Age", age), ("Occupation", occupation),
                       ("Date of statement", date_str), ("Pages", str(n))], cols=2, label_w=0.3),
                   P("Declaration", bold=True), P(decl_txt)]
        if interpreter:
            blocks += [P(interpreter, italic=True)]
        blocks += [sig_block("Signed:", who, sig, date_str, "14:22" if sig == "esig" else None), RULE()]
        for i, body in enumerate(pages_body):
            if i > 0:
                blocks += [BR(), MONO(f"Continuation of statement of {name_line}  -  page {i + 1} of {n}"), RULE()]
            for para in body:
                blocks += [P(para)]
            blocks += [sig_block("Signed:", who, sig, date_str, "14:22" if sig == "esig" else None)]
        if witnessed_by:
            blocks += [SIG("Witnessed:", witnessed_by[0])]
        if rear:
            blocks += [BR()] + rear_page(c, who, rear, taken_by, time_place, date_str, sig)
        return Doc(blocks, family="sans", size=9.5, head=f"{sysname} | OFFICIAL-SENSITIVE",
                   foot=f"Printed {c.rng.randint(10, 14)}/01/2027 by user {c.rng.randint(1000, 9999)}",
                   creator=f"{sysname} RMS Print Service", title="Statement " + name_line)
    # prose: a plain word-processed statement
    blocks += [P("RESTRICTED / OFFICIAL-SENSITIVE WHEN COMPLETE", size=8),
               T("Witness Statement", STATUTE_LINES[statute]),
               P(f"URN: {c.urn}"),
               P(f"Statement of: {name_line}"), P(f"Age: {age}"), P(f"Occupation: {occupation}"),
               P(decl_txt, italic=True)]
    if interpreter:
        blocks += [P(interpreter, italic=True)]
    blocks += [sig_block("Signed:", who, sig, date_str), P(f"Dated: {date_str if sig != 'blank' else ''}"), RULE()]
    for i, body in enumerate(pages_body):
        if i > 0:
            blocks += [BR(), P(f"Continuation of statement of {name_line} - page {i + 1} of {n}", bold=True)]
        for para in body:
            blocks += [P(para)]
        blocks += [sig_block("Signed:", who, sig, date_str)]
    if witnessed_by:
        blocks += [SIG("Witnessed by:", witnessed_by[0])]
    if rear:
        blocks += [BR()] + rear_page(c, who, rear, taken_by, time_place, date_str, sig)
    return Doc(blocks, family="serif", size=10.5, pageno_fmt="- {n} -", title="Statement", author=None)


def rear_page(c, who, r, taken_by, time_place, date_str, sig):
    """The rear of the MG11: contact details, witness care, medical consent, VPS, who took it."""
    yn = lambda v: "Yes" if v else "No"
    rows = [("Home address:", r.get("address", "")), ("Postcode:", r.get("postcode", "")),
            ("Home tel / mobile:", r.get("phone", "")), ("E-mail:", r.get("email", "")),
            ("Preferred means of contact:", r.get("contact", "Mobile telephone")),
            ("Gender:", r.get("gender", "")), ("Date of birth:", r.get("dob", "")),
            ("Ethnicity code:", r.get("eth", "")), ("Religion / belief (optional):", r.get("religion", "Not stated")),
            ("Dates of witness non-availability:", r.get("dates", "None given"))]
    blocks = [T("Witness contact details", "Rear of MG11 - not to be disclosed"), URNBOX(c.urn),
              KV([("Name:", nm(who, "sfm"))] + rows, cols=2, label_w=0.34),
              H("Witness care"),
              KV([("a) Is the witness willing and likely to attend court?", r.get("attend", "Yes")),
                  ("b) What can be done to ensure attendance?", r.get("ensure", "Nothing further")),
                  ("c) Does the witness require a special measures assessment as a vulnerable or intimidated witness?",
                   r.get("sm", "No")),
                  ("d) Does the witness have any particular needs? (e.g. disability, language, childcare, transport)",
                   r.get("needs", "None")),
                  ("e) Does the witness have any specific care needs?", r.get("care", "None"))], cols=2, label_w=0.55)]
    if "medical" in r:
        blocks += [H("Medical records"),
                   P("I consent to police having access to my medical record(s) in relation to this matter, and to "
                     "their use by the prosecution: " + r["medical"]),
                   sig_block("Signature of witness:", who, sig if sig != "blank" else "blank", date_str) if r["medical"].startswith("Yes") else P("Not applicable")]
    if "vps" in r:
        blocks += [H("Victim Personal Statement"),
                   P("The Victim Personal Statement scheme (victims only) has been explained: " + r["vps"])]
    if "isva" in r:
        blocks += [P("ISVA / support referral: " + r["isva"])]
    if taken_by:
        blocks += [H("Statement taken by"),
                   KV([("Print name:", nm(taken_by, "rank")), ("Station:", taken_by.get("station", "")),
                       ("Time and place statement taken:", time_place)], cols=2, label_w=0.34)]
    return blocks


# ----------------------------------------------------------------------------------------------
# Form builders.  Each returns a Doc; wording and layout vary with `style`.
# ----------------------------------------------------------------------------------------------

def _paras(x):
    if x is None:
        return []
    if isinstance(x, str):
        return [P(x)]
    return [P(s) for s in x]


def mg3(c: Case, d, style="national"):
    oic = d["oic"]
    sup, sup_date, sup_comment = d["supervisor"]
    if style == "national":
        b = [T("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
               d.get("subtitle", "Director's Guidance on Charging - pre-charge file")), URNBOX(c.urn)]
        b += [KV([("Police force:", d["force"]), ("Station / unit:", d["station"]),
                  ("Date of referral:", d["date"]), ("Operation name:", d.get("op", "-")),
                  ("Decision sought:", d["test"]), ("Crown Court / RASSO:", "Yes - RASSO unit")], cols=4, label_w=0.4)]
        b += [H("1. Suspect(s)")]
        for s in d["suspects"]:
            b += [KV([("Name:", s["name"]), ("Date of birth:", s["dob"]), ("Address:", s.get("address", "")),
                      ("Custody / bail status:", s["status"])], cols=2, label_w=0.3)]
        b += [H("2. Offence(s) under consideration")] + _paras(d["offences"])
        if d.get("test_reason"):
            b += [H("3. Test to be applied and reasons")] + _paras(d["test_reason"])
        else:
            b += [H("3. Test to be applied")] + _paras(f"The {d['test']} is requested.")
        b += [H("4. Early advice")] + _paras(d["early_advice"])
        b += [H("5. Summary of the case (incl. key evidence)")] + _paras(d["summary"])
        if d.get("witnesses"):
            b += [TBL(["Witness", "Relevance", "Evidence"], d["witnesses"], widths=[3, 4, 4])]
        b += [H("6. Suspect's account / likely defence")] + _paras(d["suspect_account"])
        b += [H("7. Reasonable lines of enquiry (including those pointing away from the suspect)")]
        b += _paras(d.get("loe"))
        if d.get("loe_table"):
            b += [TBL(["Line of enquiry", "Result / reason not pursued"], d["loe_table"], widths=[4, 6])]
        b += [H("8. Forensic and medical evidence")] + _paras(d.get("forensic"))
        b += [H("9. Digital material")] + _paras(d.get("digital"))
        b += [H("10. Outstanding evidence and target dates")]
        if d.get("outstanding"):
            b += [TBL(["Outstanding item", "Requested", "Target date"], d["outstanding"], widths=[6, 2, 2])]
        b += _paras(d.get("outstanding_text"))
        v = d["victim"]
        b += [H("11. Victim and witness care")]
        b += [KV([("Special measures (MG2 attached):", v["sm"]), ("Victim's needs:", v["needs"]),
                  ("Victim Personal Statement:", v["vps"]), ("ISVA / support:", v["isva"]),
                  ("Victim's views:", v.get("views", ""))], cols=2, label_w=0.3)]
        b += [H("12. Disclosure and unused material")] + _paras(d["disclosure"])
        b += [H("13. Bail / custody")] + _paras(d["bail"])
        if d.get("pi"):
            b += [H("14. Public interest / other relevant information")] + _paras(d["pi"])
        b += [H("Officer in the case")]
        b += [KV([("Name / rank / number:", nm(oic, "rank")), ("Direct telephone:", oic["phone"]),
                  ("E-mail:", oic["email"]), ("Availability:", oic.get("avail", "Mon-Fri, 08:00-16:00"))],
                 cols=2, label_w=0.3)]
        b += [H("Supervisor's endorsement")] + _paras(sup_comment)
        b += [KV([("Supervisor:", nm(sup, "rank")), ("Date:", sup_date)], cols=4, label_w=0.3),
              SIG("Signature:", f"{nm(sup, 'init')} ({sup['rank']})")]
        return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 3", title="MG3 " + c.urn,
                   author=nm(oic, "full"))
    if style == "system":
        sysname = d.get("system", "AEGIS")
        b = [MONO(f"{sysname} CASE FILE MODULE  >>  CPS PRE-CHARGE SUBMISSION (MG3)\n"
                  f"Case URN ........ {c.urn}\nSubmission ...... {d['date']}   Status: SUBMITTED TO CPS\n"
                  f"Force ........... {d['force']}   Unit: {d['station']}"), RULE()]
        b += [H("Decision requested"), P(d["test"])] + _paras(d.get("test_reason"))
        b += [H("Suspect details")]
        for s in d["suspects"]:
            b += [KV([("Suspect", s["name"]), ("DOB", s["dob"]), ("Address", s.get("address", "")),
                      ("Status", s["status"])], cols=2, label_w=0.22)]
        b += [H("Offences")] + _paras(d["offences"])
        b += [H("Early advice")] + _paras(d["early_advice"])
        b += [H("Case summary")] + _paras(d["summary"])
        if d.get("witnesses"):
            b += [TBL(["Witness", "Type", "Statement"], d["witnesses"], widths=[3, 3, 4])]
        b += [H("Suspect account / defence")] + _paras(d["suspect_account"])
        b += [H("Lines of enquiry")] + _paras(d.get("loe"))
        if d.get("loe_table"):
            b += [TBL(["Enquiry", "Outcome"], d["loe_table"], widths=[4, 6])]
        b += [H("Forensics / medical")] + _paras(d.get("forensic"))
        b += [H("Digital")] + _paras(d.get("digital"))
        b += [H("Outstanding work")]
        if d.get("outstanding"):
            b += [TBL(["Item", "Requested", "Due"], d["outstanding"], widths=[6, 2, 2])]
        b += _paras(d.get("outstanding_text"))
        v = d["victim"]
        b += [H("Victim / witness")]
        b += [KV([("Special measures", v["sm"]), ("Needs", v["needs"]), ("VPS", v["vps"]),
                  ("ISVA", v["isva"]), ("Views", v.get("views", ""))], cols=2, label_w=0.22)]
        b += [H("Disclosure")] + _paras(d["disclosure"])
        b += [H("Bail / RUI")] + _paras(d["bail"])
        if d.get("pi"):
            b += [H("Other information")] + _paras(d["pi"])
        b += [H("OIC")]
        b += [MONO(f"{nm(oic, 'rank')}\nTel (direct) {oic['phone']}\nEmail {oic['email']}")]
        b += [H("Supervisor review")] + _paras(sup_comment)
        b += [MONO(f"Reviewed by {nm(sup, 'rank')} on {sup_date}  -  status AUTHORISED")]
        return Doc(b, family="sans", size=9.5, head=f"{sysname} | OFFICIAL-SENSITIVE | {c.urn}",
                   foot=f"Printed {d['date']} 09:1{c.rng.randint(0, 9)}", creator=f"{sysname} RMS Print Service")
    # prose report
    b = [P("OFFICIAL - SENSITIVE", bold=True, size=8), T(d.get("prose_title", "Report to the Crown Prosecutor"),
                                                        d.get("subtitle", "Request for a charging decision (MG3)")),
         P(f"URN {c.urn}     {d['force']}, {d['station']}     {d['date']}")]
    b += [H("What we are asking for")] + _paras(d["test"]) + _paras(d.get("test_reason"))
    b += [H("The suspect")]
    for s in d["suspects"]:
        b += [P(f"{s['name']}, born {s['dob']}, {s.get('address', '')}. {s['status']}")]
    b += [H("Offences")] + _paras(d["offences"])
    b += [H("Early advice")] + _paras(d["early_advice"])
    b += [H("The case in summary")] + _paras(d["summary"])
    b += [H("What the suspect says")] + _paras(d["suspect_account"])
    b += [H("The investigation: what has been done, what has not, and why")] + _paras(d.get("loe"))
    if d.get("loe_table"):
        b += [TBL(["Enquiry", "Result"], d["loe_table"], widths=[4, 6])]
    b += [H("Forensic and medical")] + _paras(d.get("forensic"))
    b += [H("Phones and other digital material")] + _paras(d.get("digital"))
    b += [H("Anything still to come")]
    if d.get("outstanding"):
        b += [TBL(["Item", "Requested", "Expected by"], d["outstanding"], widths=[6, 2, 2])]
    b += _paras(d.get("outstanding_text"))
    v = d["victim"]
    b += [H("The complainant: support, special measures and her wishes" if not d.get("male") else
            "The complainant: support, special measures and his wishes")]
    b += [P(v["sm"]), P(v["needs"]), P(v["vps"]), P(v["isva"])] + _paras(v.get("views"))
    b += [H("Unused material and disclosure")] + _paras(d["disclosure"])
    b += [H("Bail")] + _paras(d["bail"])
    if d.get("pi"):
        b += [H("Other matters")] + _paras(d["pi"])
    b += [H("Contact")]
    b += [P(f"Officer in the case: {nm(oic, 'rank')}, {d['station']}. Direct line {oic['phone']}; "
            f"e-mail {oic['email']}.")]
    b += [H("Supervision")] + _paras(sup_comment) + [P(f"Endorsed: {nm(sup, 'rank')}, {sup_date}.")]
    return Doc(b, family="serif", size=10.5, foot=f"URN {c.urn}", title="MG3", author=nm(oic, "full"))


def roti(c: Case, d, style="mg15"):
    """Record of the suspect's interview: MG15 (Q&A summary) or SDN-like short note."""
    if style == "mg15":
        b = [T("RECORD OF TAPED INTERVIEW", "MG 15"), URNBOX(c.urn),
             KV([("Person interviewed:", d["suspect"]), ("Place of interview:", d["place"]),
                 ("Date:", d["date"]), ("Time commenced:", d["start"]), ("Time concluded:", d["end"]),
                 ("Duration:", d["duration"]), ("Interviewing officer(s):", d["officers"]),
                 ("Other persons present:", d["present"]), ("Recording ref / exhibit:", d["exhibit"]),
                 ("Caution given / understood:", "Yes / Yes")], cols=2, label_w=0.3)]
        b += [TBL(["Tape counter", "Person speaking", "Text"], d["rows"], widths=[1.3, 1.4, 7.3])]
        b += [P(f"Signature of officer preparing record: {d['prepared_by']}")]
        return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 15")
    if style == "sdn":
        b = [T("SHORT DESCRIPTIVE NOTE OF RECORDED INTERVIEW", "Record of suspect interview (SDN)"),
             KV([("URN", c.urn), ("Interviewee", d["suspect"]), ("Date / times", f"{d['date']}  {d['start']} - {d['end']}"),
                 ("Location", d["place"]), ("Officers", d["officers"]), ("Others present", d["present"]),
                 ("Recording", d["exhibit"])], cols=2, label_w=0.22)]
        b += [H("Summary")] + [P(f"{r[0]}  {r[2]}") for r in d["rows"]]
        b += [P(f"Prepared by {d['prepared_by']}")]
        return Doc(b, family="sans", size=9.5, head="OFFICIAL-SENSITIVE")
    # prepared statement + no comment interview record
    b = [T("RECORD OF INTERVIEW", "Prepared statement and no comment interview"),
         KV([("URN", c.urn), ("Interviewee", d["suspect"]), ("Date", d["date"]), ("Times", f"{d['start']} - {d['end']}"),
             ("Location", d["place"]), ("Officers", d["officers"]), ("Present", d["present"]),
             ("Recording", d["exhibit"])], cols=2, label_w=0.22)]
    b += [H("Prepared statement (read by the solicitor at the start of the interview)")] + _paras(d["prepared"])
    b += [H("Interview")] + [P(f"{r[0]}  {r[1]}: {r[2]}") for r in d["rows"]]
    b += [P(f"Prepared by {d['prepared_by']}")]
    return Doc(b, family="sans", size=9.5, head="OFFICIAL-SENSITIVE")


def pnc_print(c: Case, subj, convictions, style="phoenix", printed="", by=""):
    """PNC print of previous convictions. convictions: list of (date, court, offence, disposal)."""
    n = len(convictions)
    if style == "phoenix":
        b = [MONO("POLICE NATIONAL COMPUTER  -  PERSON PRINT (RESTRICTED)\n"
                  f"Printed: {printed}   By: {by}   Reason: CPS pre-charge file  URN {c.urn}"), RULE(),
             KV([("Name", subj["name"]), ("Date of birth", subj["dob"]), ("PNC ID", subj["pnc"]),
                 ("CRO No.", subj.get("cro", "-")), ("Place of birth", subj.get("pob", "")),
                 ("Warning signals", subj.get("warn", "None"))], cols=2, label_w=0.25)]
        if n:
            b += [P(f"SUMMARY: {n} conviction(s) for {n} offence(s).   0 cautions.", bold=True)]
            b += [TBL(["Date", "Court", "Offence", "Disposal"], convictions, widths=[2, 3, 5, 4])]
        else:
            b += [P("SUMMARY: No convictions, cautions, reprimands or final warnings recorded.", bold=True)]
        b += [P("End of print.")]
        return Doc(b, family="mono", size=9, head="PNC PRINT - RESTRICTED", creator="PNC Print Gateway")
    b = [T("Previous convictions and cautions", "Antecedents summary for the CPS"),
         KV([("URN", c.urn), ("Subject", subj["name"]), ("DOB", subj["dob"]), ("PNC ID", subj["pnc"])],
            cols=2, label_w=0.2)]
    if n:
        b += [TBL(["Date", "Court", "Offence", "Result"], convictions, widths=[2, 3, 5, 4])]
    else:
        b += [P("No trace of convictions or cautions on PNC.")]
    b += [P(f"Checked {printed} by {by}.")]
    return Doc(b, family="sans", size=10)


def witness_pnc(c: Case, rows, printed, by, style="table", note=None):
    """PNC / PND checks on prosecution witnesses (the rebuttable presumption material)."""
    b = [T("PROSECUTION WITNESS PNC / PND CHECKS", "Previous convictions of prosecution witnesses"),
         P(f"URN: {c.urn}")]
    b += [TBL(["Witness", "DOB", "Role", "PNC result", "PND / local"], rows, widths=[3, 2, 3, 4, 3])]
    if note:
        b += [P(note)]
    b += [P(f"Checks completed {printed} by {by}.")]
    return Doc(b, family="sans" if style == "table" else "cond", size=9.5, head="OFFICIAL-SENSITIVE")


def incident_log(c: Case, d, style="orbis"):
    """Command and control incident log (CAD).  d: ref, date, opened, location, type, informant, entries[(time, op, text)]."""
    if style == "orbis":
        sysname = d.get("system", "ORBIS")
        top = (f"{sysname} COMMAND & CONTROL   -   INCIDENT LOG PRINT\n"
               f"Incident: {d['ref']}        Created: {d['date']} {d['opened']}\n"
               f"Opening code: {d['type']}\nClosing code: {d.get('closing', 'CRIME RECORDED')}\n"
               f"Location: {d['location']}\nInformant: {d['informant']}\nGrade: {d.get('grade', 'S - SCHEDULED')}\n"
               f"Linked crime: {d.get('crime', '')}     URN: {c.urn}")
        b = [MONO(top), RULE()]
        b += [TBL(["Time", "Operator", "Entry"], d["entries"], widths=[1.4, 1.4, 7.2], size=8)]
        return Doc(b, family="mono", size=9, head=f"{sysname} INCIDENT {d['ref']}", creator=f"{sysname} C&C",
                   pageno_fmt="Page {n} of {N}")
    b = [T("Incident record", d.get("sub", "Call and deployment log")),
         KV([("Log number", d["ref"]), ("Date/time", f"{d['date']} {d['opened']}"), ("Type", d["type"]),
             ("Location", d["location"]), ("Caller", d["informant"]), ("URN", c.urn)], cols=4, label_w=0.3)]
    b += [TBL(["Time", "By", "Narrative"], d["entries"], widths=[1.4, 1.4, 7.2], size=8.5)]
    return Doc(b, family="sans", size=9.5, head="OFFICIAL-SENSITIVE")


def crime_report(c: Case, d, style="aegis"):
    sysname = d.get("system", "AEGIS")
    b = [MONO(f"{sysname}  -  CRIME RECORD  {d['ref']}\nURN {c.urn}   Status: UNDER INVESTIGATION"), RULE(),
         KV([("Crime classification", d["classification"]), ("HO code", d["hocode"]),
             ("Date(s) of offence", d["when"]), ("Reported", d["reported"]), ("Location", d["location"]),
             ("Victim", d["victim"]), ("Suspect", d["suspect"]), ("OIC", d["oic"]),
             ("Linked incident", d["incident"]), ("Vulnerability / flags", d.get("flags", ""))], cols=2, label_w=0.28),
         H("MO / summary")] + _paras(d["mo"])
    if d.get("diversity"):
        b += [H("Victim diversity information")] + _paras(d["diversity"])
    b += [H("Investigation log")]
    b += [TBL(["Date", "Officer", "Entry"], d["log"], widths=[1.5, 2, 7], size=8)]
    return Doc(b, family="sans", size=9.5, head=f"{sysname} | OFFICIAL-SENSITIVE", creator=f"{sysname} RMS Print Service")


def mg6c(c: Case, d, style="national"):
    """Non-sensitive unused material schedule.  d: rv, entries[(no, description, location)], officer, date, page_hint."""
    if style == "national":
        b = [T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", "MG 6C"), URNBOX(c.urn),
             KV([("R v", d["rv"]), ("Schedule no.", d.get("schedno", "1")), ("Page", "see foot of page")],
                cols=4, label_w=0.3),
             P("The disclosure officer believes that the following material, which does not form part of the "
               "prosecution case, is NOT SENSITIVE.", italic=True)]
        rows = [(n, desc, loc, "") for (n, desc, loc) in d["entries"]]
        b += [TBL(["Item no.", "Description and relevance", "Location", "Comment (CPS use)"], rows,
                  widths=[1, 7, 2.4, 2])]
        b += [SIG("Disclosure officer:", d["officer"]), P(f"Date: {d['date']}")]
        return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 6C")
    if style == "system":
        sysname = d.get("system", "AEGIS")
        b = [MONO(f"{sysname} DISCLOSURE MODULE  -  UNUSED MATERIAL: NON-SENSITIVE (MG6C)\nURN {c.urn}   R v {d['rv']}\n"
                  f"Schedule status: FINAL   Version {d.get('ver', 2)}")]
        rows = [(n, desc, loc, d.get("reviewed", "Reviewed")) for (n, desc, loc) in d["entries"]]
        b += [TBL(["Item", "Description", "Location / ref", "Review"], rows, widths=[0.8, 7, 2.4, 1.5], size=8)]
        b += [MONO(f"Disclosure officer: {d['officer']}    Certified {d['date']}")]
        return Doc(b, family="sans", size=9, head=f"{sysname} | OFFICIAL-SENSITIVE", creator=f"{sysname} RMS Print Service")
    b = [T("Schedule of non-sensitive unused material (MG6C)"), P(f"URN {c.urn} - R v {d['rv']}")]
    b += [TBL(["No", "Item and why it is relevant", "Where held"], d["entries"], widths=[0.8, 7, 2.4])]
    b += [P(f"Signed {d['officer']}, disclosure officer, {d['date']}.")]
    return Doc(b, family="serif", size=10)


def mg6d(c: Case, d, style="national"):
    """Sensitive material schedule (entries or a nil return)."""
    b = [T("POLICE SCHEDULE OF SENSITIVE MATERIAL", "MG 6D"), URNBOX(c.urn),
         KV([("R v", d["rv"]), ("Page", "1")], cols=4, label_w=0.3),
         P("The disclosure officer believes that the following material is sensitive and that it is not in the "
           "public interest to disclose it, for the reasons given.", italic=True)]
    if d["entries"]:
        b += [TBL(["Item", "Description", "Reason for sensitivity", "Crown prosecutor's view"],
                  [(n, desc, why, "") for (n, desc, why) in d["entries"]], widths=[0.8, 5, 4, 2])]
    else:
        b += [BOX("NIL RETURN: I have examined the material in this investigation and there is no sensitive "
                  "unused material to schedule.", bold=True)]
    b += [SIG("Disclosure officer:", d["officer"]), P(f"Date: {d['date']}")]
    return Doc(b, head="OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", head_right="MG 6D", family="sans" if style == "national" else "serif")


def mg6e(c: Case, d):
    b = [T("DISCLOSURE OFFICER'S REPORT", "MG 6E"), URNBOX(c.urn), KV([("R v", d["rv"])], cols=2, label_w=0.2),
         H("Material which may satisfy the test for disclosure (undermines the prosecution or assists the defence)")]
    b += _paras(d["undermine"])
    b += [H("Other material the prosecutor should see")] + _paras(d.get("other", "None."))
    b += [H("Certification")]
    b += [P("I certify that to the best of my knowledge and belief all relevant material which has been retained "
            "and made available to me has been revealed to the prosecutor in accordance with the CPIA 1996 Code of Practice.")]
    b += [SIG("Disclosure officer:", d["officer"]), P(f"Date: {d['date']}")]
    return Doc(b, head="OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", head_right="MG 6E")


def dmd(c: Case, d):
    b = [T("DISCLOSURE MANAGEMENT DOCUMENT", "Pre-charge (RASSO)"), P(f"URN {c.urn}     R v {d['rv']}")]
    for head, text in d["sections"]:
        b += [H(head)] + _paras(text)
    b += [P(f"Completed by {d['officer']} on {d['date']}.")]
    return Doc(b, family="sans", size=10, head="OFFICIAL-SENSITIVE")


def mg2(c: Case, d):
    b = [T("SPECIAL MEASURES ASSESSMENT", "MG 2 - vulnerable or intimidated witness"), URNBOX(c.urn),
         KV([("Witness:", d["witness"]), ("Date of birth / age:", d["age"]), ("Status:", d["status"]),
             ("Eligibility:", d["eligibility"])], cols=2, label_w=0.3),
         H("Special measures sought")]
    b += [TBL(["Measure", "Sought?", "Notes"], d["measures"], widths=[4, 1.3, 6])]
    b += [H("Section 28 (pre-recorded cross-examination)")] + _paras(d["s28"])
    b += [H("Intermediary / communication aids")] + _paras(d["intermediary"])
    b += [H("Witness's views and any other needs")] + _paras(d["views"])
    b += [SIG("Completed by:", d["by"]), P(f"Date: {d['date']}")]
    return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 2")


def mg12(c: Case, rv, rows, by, date, style="national"):
    b = [T("EXHIBIT LIST", "MG 12"), URNBOX(c.urn), KV([("R v", rv)], cols=2, label_w=0.15)]
    b += [TBL(["Exhibit ref", "Description", "Produced by", "Location"], rows, widths=[1.5, 6, 3, 2.5])]
    b += [SIG("Prepared by:", by), P(f"Date: {date}")]
    return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 12",
               family="sans" if style == "national" else "cond")


def dpn(c: Case, d):
    """Digital Processing Notice (agreement to extract from a complainant's device)."""
    b = [T("DIGITAL PROCESSING NOTICE", "Victims and witnesses: agreement to the extraction of information from a "
                                          "device (Police, Crime, Sentencing and Courts Act 2022, s.37)"),
         P(f"Force: {d['force']}     URN / crime ref: {c.urn}"),
         H("Part 1 - The device"),
         KV([("Device user:", d["user"]), ("Device:", d["device"]), ("IMEI / serial:", d["imei"]),
             ("Passcode provided:", d.get("passcode", "Yes"))], cols=2, label_w=0.28),
         H("Part 2 - Why we are asking (the reasonable line of enquiry)")] + _paras(d["why"])
    b += [H("Part 3 - What will be extracted and reviewed")]
    b += [KV([("Data types:", d["types"]), ("Date range:", d["range"]), ("Extraction method:", d["method"]),
              ("What will not be examined:", d["exclude"])], cols=2, label_w=0.28)]
    b += [H("Part 4 - What happens to your information")] + _paras(
        "Only material relevant to the investigation will be kept as part of the case. Anything that is not relevant "
        "will not be looked at further. Material that is relevant but not used as evidence is recorded on a schedule "
        "and may be disclosed to the defence only if it meets the legal test for disclosure; you will be told if that "
        "is proposed. The extracted data will be held securely and deleted in line with force retention policy. "
        + d.get("ret", ""))
    b += [H("Part 5 - Your agreement")]
    b += [P("I have read this notice (or had it read to me). I understand why the police are asking, what will be "
            "extracted and how it will be used. I agree voluntarily and understand that I can withdraw my agreement "
            "at any time before the extraction takes place.")]
    b += d["sig_blocks"]
    b += [KV([("Officer:", d["officer"]), ("Date / time:", d["date"])], cols=2, label_w=0.28)]
    return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="DPN", family="sans", size=9.5)


def extraction(c: Case, d):
    b = [T("DIGITAL FORENSIC EXTRACTION REPORT", d.get("sub", "Selective / logical extraction")),
         KV([("Lab reference", d["labref"]), ("URN", c.urn), ("Requesting officer", d["req"]),
             ("Examiner", d["examiner"]), ("Device", d["device"]), ("Owner / user", d["user"]),
             ("Authority", d["authority"]), ("Date of extraction", d["date"])], cols=2, label_w=0.28),
         H("Parameters applied")] + _paras(d["params"])
    b += [H("Results")] + _paras(d.get("results"))
    if d.get("rows"):
        b += [TBL(["#", "Date / time", "From", "To", "Content"], d["rows"], widths=[0.6, 2.2, 1.8, 1.8, 6], size=8)]
    b += _paras(d.get("end"))
    return Doc(b, family="sans", size=9.5, head="OFFICIAL-SENSITIVE", creator="DFU Report Builder")


def sfr1(c: Case, d):
    b = [T("STREAMLINED FORENSIC REPORT - SFR1", d.get("provider", "")),
         KV([("Case ref", d["ref"]), ("URN", c.urn), ("Submitting force", d["force"]),
             ("Date of report", d["date"]), ("Reporting scientist", d["scientist"])], cols=2, label_w=0.28),
         H("Items examined")]
    b += [TBL(["Item", "Description"], d["items"], widths=[2, 8])]
    b += [H("Findings")] + _paras(d["findings"])
    b += [H("Notes")] + _paras(
        "This is a streamlined report of the key findings. If the findings are not agreed, a full evaluative "
        "statement (SFR2 / MG11) will be provided on request. Continuity records are held by the laboratory.")
    return Doc(b, family="sans", size=9.5, head="OFFICIAL-SENSITIVE", head_right="SFR1")


def abe_summary(c: Case, d, style="national"):
    b = [T("RECORD OF VIDEO RECORDED INTERVIEW", d.get("sub", "Summary and index (ABE)")),
         KV([("URN", c.urn), ("Interviewee", d["who"]), ("Age / DOB", d["age"]),
             ("Date of interview", d["date"]), ("Time started / ended", d["times"]), ("Location", d["place"]),
             ("Interviewer", d["interviewer"]), ("Monitor / second officer", d["monitor"]),
             ("Others present", d.get("others", "None")), ("Exhibit (master / working copy)", d["exhibit"])],
            cols=2, label_w=0.3)]
    if d.get("intro"):
        b += _paras(d["intro"])
    b += [TBL(["Time (hh:mm:ss)", "Summary of account"], d["rows"], widths=[1.6, 8.4])]
    b += _paras(d.get("end"))
    b += [P(f"Prepared by {d['by']} on {d['prepared']}.")]
    return Doc(b, family="sans" if style == "national" else "serif", size=9.5 if style == "national" else 10.5,
               head="OFFICIAL-SENSITIVE", head_right="ABE index")


def vps(c: Case, who, paras, date_str, sig="typed", interpreter=None, style="national"):
    blocks = [T("VICTIM PERSONAL STATEMENT", STATUTE_LINES[0]), URNBOX(c.urn),
              KV([("Statement of:", nm(who, "fullm")), ("Age if under 18:", "Over 18"), ("Occupation:", who.get("occ", ""))],
                 cols=2, label_w=0.26),
              BOX(DECL_VARIANTS[0].format(pages=1)), sig_block("Signature:", who, sig, date_str), P(f"Date: {date_str}")]
    if interpreter:
        blocks += [P(interpreter, italic=True)]
    blocks += [RULE()] + [P(p) for p in paras] + [sig_block("Signature:", who, sig, date_str)]
    return Doc(blocks, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 11 (VPS)")


def letter(c: Case, heading, from_lines, to_lines, date, paras, sign, ref=None, family="serif"):
    b = [P("\n".join(from_lines), size=9), SP(3), P("\n".join(to_lines)), P(date)]
    if ref:
        b += [P(ref, bold=True)]
    b += [P(heading, bold=True)] + [P(p) for p in paras] + [SP(4), P(sign)]
    return Doc(b, family=family, size=10.5, pageno=False)


# ==============================================================================================
# CASE 01  -  Op KESTREL, Wyvern Constabulary.  National-form PDFs and DOCX.  COMPLIANT.
# First account by WhatsApp message to a friend; FME (expert); taxi driver; selective download + DPN.
# ==============================================================================================

def case01(out):
    c = Case(out, "Op_KESTREL_47KT0311226", "47KT0311226", seed=101)
    force, stn = "Wyvern Constabulary", "Brackenford Police Station - RASSO Team"
    meg = person("Megan", "Turner", "Louise", title="Ms", occ="Retail assistant")
    chloe = person("Chloe", "Hartley", "Anne", title="Miss")
    iqbal = person("Mohammed", "Iqbal", "Tariq", title="Mr")
    ash = person("Helen", "Ashworth", "Clare", title="Dr")
    okoro = officer("PC", "2291", "Samuel", "Okoro", station="Brackenford")
    byrne = officer("DC", "4410", "Rachel", "Byrne", station="Brackenford")
    ellison = officer("DC", "3372", "Tom", "Ellison", station="Brackenford",
                      phone="01632 960412", email="tom.ellison@wyvern.police.example")
    whitlock = officer("DS", "1187", "Kate", "Whitlock")
    price = officer("DC", "5120", "Aled", "Price")
    sus = "Liam James FENWICK"

    # --- MG3 ---
    d = dict(
        force=force, station=stn, date="08/01/2027", op="KESTREL", test="Full Code Test",
        suspects=[dict(name=sus, dob="11/03/1999", address="22 Larch Court, Tannery Lane, Brackenford BK2 7LP",
                       status="Conditional pre-charge bail (conditions set out at section 13)")],
        offences=["Rape of a woman aged 16 or over, contrary to section 1(1) Sexual Offences Act 2003: between 02:00 and "
                  "03:00 on Sunday 13/09/2026 at 22 Larch Court, Brackenford, the suspect intentionally penetrated the "
                  "vagina of Megan TURNER with his penis without her consent and without a reasonable belief in consent."],
        early_advice="Early advice was not sought. The key evidence (ABE interview, SARC examination, first account, suspect "
                     "interview) was secured within seven days of the report, and the only outstanding work after that was "
                     "forensic. DI 0904 GRANT agreed on 21/09/2026 that early advice would add delay without changing the "
                     "investigation plan, and the file is now submitted for a full code test decision.",
        summary=[
            "Megan TURNER (24) met the suspect, whom she knew slightly through friends, at the Old Malthouse bar in "
            "Brackenford on the evening of Saturday 12/09/2026. At about 01:30 they shared a private-hire taxi to his flat. "
            "She agreed to go in for a drink. They kissed on the sofa. She says she told him she did not want sex and wanted "
            "to go home; he pulled her into the bedroom, held her wrists above her head, pulled down her leggings and "
            "penetrated her vagina with his penis while she said 'no' and 'stop' repeatedly. She left at about 03:00 and "
            "walked home.",
            "At 07:12 that morning she sent a WhatsApp message to her friend Chloe HARTLEY: 'something happened with Liam "
            "last night. I told him no and he didnt stop'. Miss HARTLEY phoned her and went round at about 09:00, when Megan "
            "told her more. Megan reported to police by 101 on Monday 14/09/2026 at 18:40 with Miss HARTLEY present.",
            "She was examined at Brackenford SARC on 14/09/2026 by Dr Helen ASHWORTH, forensic physician, who found bruising "
            "to both inner wrists consistent with fingertip pressure and a small abrasion at the posterior fourchette. "
            "Semen on the high vaginal swab gave a DNA profile matching the suspect (SFR1 02/12/2026); intercourse is admitted.",
            "At 03:12 on 13/09/2026 the suspect sent her a message: 'u get home ok? sorry if i got carried away x'. She did "
            "not reply. Her account was video-recorded (ABE) on 17/09/2026 by DC BYRNE."],
        witnesses=[("Megan TURNER", "Complainant", "ABE 17/09/2026 (RB/1), index attached"),
                   ("Chloe HARTLEY (friend)", "First account - WhatsApp message 07:12 13/09 and in person", "MG11 attached"),
                   ("PC 2291 OKORO", "First officer to attend 14/09/2026", "MG11 attached"),
                   ("DC 4410 BYRNE", "ABE interviewer; DPN and phone", "MG11 attached"),
                   ("Dr Helen ASHWORTH", "Forensic physician, SARC", "MG11 attached"),
                   ("Mohammed IQBAL", "Taxi driver, 01:35 journey", "MG11 attached"),
                   ("DC 3372 ELLISON", "Arrest, seizures, interview", "MG11 attached")],
        suspect_account=[
            "Interviewed on 19/09/2026 with his solicitor (ROTI attached). He accepts intercourse but says it was consensual: "
            "she came back willingly, kissed him, undressed herself and never said no. She left because she had work the next "
            "day. He says 'carried away' referred to him being 'full-on' and drunk. He denies holding her wrists and cannot "
            "explain the bruising. The likely defence is consent / reasonable belief in consent."],
        loe=["The following lines of enquiry were identified. Those that could point away from the suspect are marked (A)."],
        loe_table=[
            ("Taxi driver and booking record (A)", "Driver IQBAL traced; statement taken. He describes them as friendly, "
             "her head on the suspect's shoulder. This is disclosed in his statement and assists the defence."),
            ("Messages between complainant and suspect before the night (A)", "Selective download of her phone (DPN signed). "
             "Messages 10-12/09/2026 are friendly and flirtatious; scheduled MG6C item 11 and provided (MG6E)."),
            ("CCTV at the Old Malthouse (A)", "Requested 15/09/2026. The manager confirmed by e-mail (MG6C item 13) that "
             "the system was not recording that weekend because of a hard-drive fault. No footage exists."),
            ("House-to-house at Larch Court", "20 flats visited 20/09/2026. Nobody heard anything. MG6C item 10."),
            ("Suspect's phone", "Seized on arrest, downloaded (DFU/26/2254). Confirms the 03:12 message; nothing else relevant."),
            ("Forensic: swabs, clothing", "Swabs submitted; SFR1 received 02/12/2026. Clothing and bedding retained, not "
             "submitted because intercourse is admitted (recorded on MG6C)."),
            ("Complainant's medical / counselling records", "Not sought. There is nothing to suggest they hold anything "
             "relevant to an issue in the case; seeking them would not be a reasonable line of enquiry."),
            ("Other friends at the bar", "Two friends (named on MG6C item 21) were spoken to; neither saw them leave. "
             "No statements taken as they add nothing.")],
        forensic=["SARC examination 14/09/2026 (Dr ASHWORTH, statement attached). Ms TURNER signed consent on 14/09/2026 "
                  "to the release of her SARC notes and photographs to the police and CPS.",
                  "SFR1 (Aston Forensic Services, 02/12/2026) attached: DNA matching the suspect on HA/1."],
        digital=["Complainant's iPhone: Digital Processing Notice signed 17/09/2026. Extraction limited to WhatsApp, SMS and "
                 "call logs between her and the suspect and between her and Chloe HARTLEY, 10/09/2026 to 15/09/2026. "
                 "Extraction report DFU/26/2231 attached. Phone returned to her on 18/09/2026.",
                 "Suspect's Samsung phone: seized under s.32 PACE, downloaded (DFU/26/2254)."],
        outstanding_text=["No further enquiries are outstanding. All forensic and digital results have been received."],
        victim=dict(
            sm="Eligible (s.17(4) YJCEA 1999). MG2 attached: ABE as evidence in chief, screens, live link as alternative. "
               "She has been told about s.28 pre-recorded cross-examination and wants it. No intermediary is needed: she "
               "has no communication difficulty and is not vulnerable under s.16.",
            needs="No interpreter or disability. Works shifts; contact by mobile after 17:00. Wants updates weekly.",
            vps="VPS explained and offered on 17/09/2026. She will make her VPS after the charging decision.",
            isva="Referred to Safe Harbour ISVA Service on 15/09/2026; ISVA Jo MARSH allocated.",
            views="She supports a prosecution."),
        disclosure=["MG6C, MG6D, MG6E and the DMD are attached. Material meeting the disclosure test is identified on the "
                    "MG6E and copies are attached."],
        bail=["Arrested 19/09/2026 and released on conditional pre-charge bail to 19/12/2026; extended on 15/12/2026 by "
              "Supt 0210 HALE to 19/03/2027. Conditions: (1) not to contact Megan TURNER directly or indirectly, including "
              "through social media or third parties; (2) not to enter Hollins Road, Brackenford. No breaches recorded."],
        pi=["The suspect has one previous conviction (affray, 2020). PNC attached."],
        oic=ellison,
        supervisor=(whitlock, "08/01/2027",
                    "I have reviewed this file against the National File Standard and the DG6 checklist. The evidence is "
                    "complete for a full code test decision and the unused material is scheduled. Approved for submission."))
    c.pdf("MG3 TURNER v FENWICK.pdf", mg3(c, d, "national"), D(2027, 1, 8), "MG3")

    # --- statements ---
    rear_civ = lambda **kw: dict(kw)
    okoro_body = [[
        "I am a police constable in Wyvern Constabulary, based at Brackenford. At 19:20 hours on Monday 14 September "
        "2026 I was deployed to a report of a rape made through the 101 service (incident 0418). I arrived at 14 Hollins "
        "Road, Brackenford at 19:35 hours and I was the first officer to attend. I was met by a woman I now know as Megan "
        "TURNER and her friend Chloe HARTLEY.",
        "Ms TURNER was tearful but calm. I asked her only what I needed to secure evidence and keep her safe. She told me, in "
        "summary, that after a night out on Saturday she had gone back to the flat of a man called Liam FENWICK, that she had "
        "told him she did not want to have sex and he had held her down and had sex with her anyway. I recorded this "
        "initial account in my pocket notebook at 19:41 hours. She asked me not to film her and I did not activate my "
        "body-worn video camera inside the address.",
        "She told me she had not washed the leggings or underwear she had worn. At 19:58 hours I seized a pair of black "
        "leggings, which I exhibit as SO/1, and a pair of grey underwear, which I exhibit as SO/2. I sealed them in separate "
        "evidence bags. I contacted the SOIT officer on duty and Brackenford SARC, and at 21:50 hours I drove Ms TURNER and "
        "Miss HARTLEY to the SARC, where I handed over to DC BYRNE. I booked SO/1 and SO/2 into the property store at "
        "Brackenford at 23:40 hours."]]
    c.docx("MG11 OKORO.docx", mg11(c, okoro, okoro_body, "14/09/2026", sig="typed",
                                   occupation="Police Constable 2291"), D(2026, 9, 14, 23), "MG11", "officer")

    byrne_body = [[
        "I am a detective constable in the RASSO team at Brackenford and I am trained in Achieving Best Evidence (ABE) "
        "interviewing and as a sexual offences liaison officer. On Wednesday 17 September 2026 between 10:04 and 11:18 hours "
        "I conducted a video-recorded interview with Megan TURNER at the Meadowside video interview suite, Brackenford. "
        "DC 5120 PRICE monitored the interview and operated the recording equipment.",
        "The interview was recorded digitally. At the end of the interview I created a master copy, which I sealed and "
        "exhibit as RB/1, and a working copy, which I exhibit as RB/2. The working copy has been provided with this file as "
        "a digital video file. I have also prepared a summary and index of the interview.",
        "After the interview I explained the Digital Processing Notice to Ms TURNER, including why we wished to look at "
        "messages on her phone, what would be extracted and what would not. She read it, asked questions and signed it at "
        "11:52 hours. I took her Apple iPhone 13, which I exhibit as RB/3, to the Digital Forensic Unit. It was returned to "
        "her on 18 September 2026 after a selective extraction."],
        ["On 17 September 2026 I also explained the Victim Personal Statement scheme to Ms TURNER. She told me she would "
         "prefer to make her statement once a charging decision has been made. I explained special measures, including "
         "pre-recorded cross-examination under section 28, and she said she would like that. Her views are recorded on the MG2."]]
    c.pdf("MG11 BYRNE (ABE).pdf", mg11(c, byrne, byrne_body, "17/09/2026", sig="sgd", statute=1,
                                       occupation="Detective Constable 4410"), D(2026, 9, 17, 16), "MG11", "officer")

    chloe_body = [[
        "I have been friends with Megan TURNER since secondary school. On Saturday 12 September 2026 I was out with Megan "
        "and some other friends at the Old Malthouse in Brackenford. Liam FENWICK was there; he is a friend of my boyfriend's "
        "cousin. I left at about midnight. Megan was still there and was fine.",
        "At 07:12 on Sunday 13 September 2026 I received a WhatsApp message from Megan. It said 'something happened with Liam "
        "last night. I told him no and he didnt stop'. I replied 'Oh my god. Where are you? Are you ok?' and then rang her. "
        "She was crying and could not really talk. I went to her flat at about 9 o'clock.",
        "Megan was in her dressing gown on the sofa. She told me she had gone back to Liam's flat for a drink, that they had "
        "been kissing and she told him she didn't want to do anything else and wanted to go home. She said he pulled her into "
        "the bedroom and held her arms down and had sex with her while she was saying no. She showed me red marks on the "
        "insides of both her wrists. She said she did not want to go to the police because she felt stupid for going back there.",
        "On Monday evening she decided to report it and I was with her when she rang 101. I have taken screenshots of the "
        "WhatsApp messages between us from 07:12 to 07:16 on 13 September 2026, which I produce as CH/1."]]
    c.docx("Statement - HARTLEY.docx", mg11(c, chloe, chloe_body, "15/09/2026", sig="signed_name", occupation="Nursery nurse",
                                           rear=dict(address="Flat 3, 9 Mill Street, Brackenford", postcode="BK3 1DF",
                                                     phone="07700 900318", gender="Female", dob="21/07/2002",
                                                     dates="02/03/2027 - 09/03/2027 (holiday)", contact="Mobile, text first"),
                                           taken_by=byrne, time_place="15/09/2026 14:30, Brackenford Police Station"),
           D(2026, 9, 15, 15), "MG11", "first_account")

    iqbal_body = [[
        "I am a licensed private-hire driver working for Brackenford Cars. I was working on the night of Saturday 12 into "
        "Sunday 13 September 2026. At about 01:35 I picked up a booking from outside the Old Malthouse, High Street, for two "
        "people going to Larch Court, Tannery Lane. It was a man and a woman in their twenties.",
        "They seemed happy and were chatting and laughing. The woman had her head on the man's shoulder for part of the "
        "journey. She seemed quite drunk but she was talking normally. I did not hear what they said. I dropped them at "
        "Larch Court at about 01:44. They both walked towards the flats together. I did not see anything else.",
        "I was shown no photographs and I would not be able to recognise either of them again."]]
    c.docx("Doc1.docx", mg11(c, iqbal, iqbal_body, "24/09/2026", sig="sgd", occupation="Private hire driver",
                             rear=dict(address="41 Cobden Terrace, Brackenford", postcode="BK1 6HR", phone="07700 900451",
                                       gender="Male", dates="None"),
                             taken_by=price, time_place="24/09/2026 11:10, witness's home"),
           D(2026, 9, 24, 12), "MG11", "witness")

    ash_body = [[
        "I am a registered medical practitioner (GMC number 7012345) and a Fellow of the Faculty of Forensic and Legal "
        "Medicine. I have worked as a forensic physician at Brackenford Sexual Assault Referral Centre since 2015 and have "
        "examined more than 900 complainants of sexual offences.",
        "At 22:30 hours on Monday 14 September 2026, at the SARC, I examined Megan TURNER, aged 24, with her written consent. "
        "She also gave written consent for my notes and photographs to be released to the police and the Crown Prosecution "
        "Service. She gave a brief history of non-consensual penile-vaginal intercourse at about 02:00 to 03:00 on 13 "
        "September 2026, with her wrists held.",
        "On examination I found (1) on the inner aspect of the right wrist, three oval blue-purple bruises, each about 1 cm, "
        "in a line; (2) on the inner aspect of the left wrist, two similar bruises, about 1 to 1.5 cm. These are consistent "
        "with fingertip pressure from gripping and their appearance is consistent with the time given, although bruises "
        "cannot be aged precisely. (3) On genital examination there was a 4 mm superficial abrasion at the posterior "
        "fourchette. This is a non-specific finding which can follow consensual or non-consensual intercourse."],
        ["I took the following samples: high vaginal swab (HA/1), low vaginal swab (HA/2), external vulval swab (HA/3). "
         "I took photographs of the wrist bruising with her consent; these are retained at the SARC (HA/4). I sealed the "
         "swabs and handed them to DC BYRNE at 00:20 hours on 15 September 2026.",
         "In my opinion the bruising to both wrists is consistent with the account of the wrists being held. The absence or "
         "presence of genital injury does not in itself indicate whether intercourse was consensual."]]
    c.pdf("MG11 Dr Ashworth FME.pdf", mg11(c, ash, ash_body, "21/09/2026", sig="scribble",
                                           occupation="Forensic physician"), D(2026, 9, 21, 17), "MG11", "expert")

    ell_body = [[
        "I am the officer in the case. At 07:05 hours on Saturday 19 September 2026 I arrested Liam James FENWICK at 22 Larch "
        "Court, Brackenford on suspicion of rape. He was cautioned and replied 'She wanted it, ask anyone.' I seized a Samsung "
        "Galaxy mobile phone from his hand, which I exhibit as TE/2. I searched the flat under section 32 PACE and seized the "
        "bedding from the double bed in the bedroom, which I exhibit as TE/3.",
        "At Brackenford custody I took a buccal (mouth) swab from FENWICK for DNA reference, which I exhibit as TE/1. At "
        "14:02 hours, with DC PRICE, I interviewed him in the presence of his solicitor; the interview was recorded and a "
        "record of it has been prepared. He was released on conditional bail at 18:30 hours."]]
    c.docx("MG11 DC Ellison.docx", mg11(c, ellison, ell_body, "19/09/2026", sig="esig", occupation="Detective Constable 3372"),
           D(2026, 9, 19, 19), "MG11", "officer")

    # --- ABE recording and index ---
    c.video("RB-1 TURNER ABE 17-09-2026.mp4", "abe",
            lambda t: ["MEADOWSIDE VRI  ROOM 1", "17/09/2026 10:04:%02d" % (int(t) + 5)], seconds=5, etype="ABE_RECORDING")
    abe_rows = [("00:00:05", "Introductions. DC BYRNE explains the room, the cameras and DC PRICE monitoring. Truth and lies "
                             "discussed; Megan confirms she understands."),
                ("00:03:40", "Free narrative. Night out at the Old Malthouse with Chloe and friends from about 20:00. Liam "
                             "FENWICK there; she knew him slightly. They talked most of the night."),
                ("00:11:15", "Shared taxi at about 01:30. She agreed to go in 'for one drink'. She intended to get a taxi home "
                             "afterwards."),
                ("00:15:02", "Kissing on the sofa. She said 'I'm not having sex with you, I'm going to go'. He said 'just stay "
                             "for a bit'."),
                ("00:19:30", "He pulled her by the arm into the bedroom, pushed her onto the bed, held both wrists above her "
                             "head with one hand and pulled down her leggings and underwear with the other."),
                ("00:24:48", "Penile penetration of her vagina. She said 'no' and 'stop' 'loads of times' and tried to turn "
                             "over. She 'froze'. It lasted a few minutes. He did not use a condom."),
                ("00:31:10", "Afterwards he went to the bathroom. She dressed and left at about 03:00, walked home "
                             "(about 20 minutes). Did not reply to his message at 03:12."),
                ("00:37:55", "07:12 WhatsApp to Chloe; Chloe rang and came round. Showed her the marks on her wrists."),
                ("00:44:20", "Questioning: alcohol (4 or 5 vodka and lemonade), her messages to him in the week before (she "
                             "accepts they were flirty), why she went back, what she said and when."),
                ("01:08:40", "Clarification of times. Describes the bedroom and the grey bedding."),
                ("01:13:30", "Closure. Next steps explained. Interview ends 11:18.")]
    c.docx("ABE index TURNER.docx", abe_summary(c, dict(
        who="Megan Louise TURNER", age="24", date="17/09/2026", times="10:04 - 11:18", place="Meadowside VRI suite, Brackenford",
        interviewer="DC 4410 Rachel BYRNE", monitor="DC 5120 Aled PRICE", exhibit="RB/1 (master), RB/2 (working copy)",
        rows=abe_rows, by="DC 4410 BYRNE", prepared="18/09/2026",
        intro="Summary of the video-recorded interview. Times are from the on-screen counter of the working copy RB/2.")),
        D(2026, 9, 18), "ABE_SUMMARY")

    # --- chat screenshot (exhibit CH/1) ---
    c.chat("CH1 screenshot.png", "Meg", [("day", "", "Sunday 13 September"),
                                        ("in", "07:12", "something happened with Liam last night. I told him no and he didnt stop"),
                                        ("out", "07:14", "Oh my god. Where are you? Are you ok?"),
                                        ("in", "07:15", "home. can u come round"),
                                        ("out", "07:16", "Calling you now x")], "07:16", D(2026, 9, 15, 14))

    # --- ROTI ---
    rows = [("00:00", "DC ELLISON", "Introductions; caution; solicitor Ms KERR present; free legal advice confirmed."),
            ("01:40", "FENWICK", "Says he knew Megan 'a bit' through friends; they had been messaging that week."),
            ("04:15", "FENWICK", "They left the bar together and got a taxi to his. It was her idea to come back."),
            ("08:30", "FENWICK", "They kissed on the sofa; she took his hand and went to the bedroom; she took her own "
                                 "leggings off. Sex was consensual. She never said no or stop."),
            ("15:20", "DC ELLISON", "Puts her account: she said she did not want sex and wanted to go home."),
            ("15:50", "FENWICK", "'That's not true. She never said that. If she had I'd have stopped.'"),
            ("19:05", "DC PRICE", "Asks about the wrists. FENWICK denies holding them; 'maybe she did that somewhere else'."),
            ("23:40", "DC ELLISON", "Shows message of 03:12 'sorry if i got carried away'. FENWICK: he meant he had been 'a "
                                    "bit full-on' and drunk, not that she had not consented."),
            ("29:10", "FENWICK", "She left at about 3 as she had work. She seemed fine."),
            ("33:00", "DC ELLISON", "Closing questions; nothing to add. Interview concluded 14:38.")]
    c.pdf("MG15 FENWICK.pdf", roti(c, dict(suspect=sus, place="Brackenford custody, interview room 3", date="19/09/2026",
                                           start="14:02", end="14:38", duration="36 minutes",
                                           officers="DC 3372 ELLISON, DC 5120 PRICE",
                                           present="Ms Joanne KERR, Kerr & Daley Solicitors", exhibit="Digital recording TE/4",
                                           rows=rows, prepared_by="DC 3372 ELLISON, 21/09/2026")), D(2026, 9, 21), "ROTI")

    # --- PNC ---
    c.pdf("PNC FENWICK.pdf", pnc_print(c, dict(name="FENWICK, Liam James", dob="11/03/1999", pnc="17/0311829C",
                                              cro="048812/17E", pob="Brackenford"),
                                       [("02/11/2020", "Brackenford Magistrates' Court", "Affray - Public Order Act 1986 s.3 "
                                         "(town centre fight, 09/08/2020)", "Fine GBP 400, costs GBP 85")],
                                       printed="07/01/2027 11:20", by="DC 3372 ELLISON"), D(2027, 1, 7), "PNC")
    c.pdf("Witness PNC checks.pdf", witness_pnc(c, [
        ("TURNER, Megan Louise", "02/05/2002", "Complainant", "No trace", "No trace"),
        ("HARTLEY, Chloe Anne", "21/07/2002", "First account", "No trace", "No trace"),
        ("IQBAL, Mohammed Tariq", "14/01/1981", "Taxi driver", "No trace", "Licensed PHV driver - no concerns"),
        ("Dr ASHWORTH, Helen", "-", "Forensic physician", "Not checked (professional witness)", "-")],
        "07/01/2027", "DC 3372 ELLISON"), D(2027, 1, 7), "PNC")

    # --- incident log, crime report ---
    c.pdf("Incident 0418 14-09-26.pdf", incident_log(c, dict(
        ref="0418 14/09/2026", date="14/09/2026", opened="18:40", type="SEXUAL OFFENCE - RAPE (101)",
        location="14 Hollins Road, Brackenford", informant="TURNER, Megan (victim) - 07700 900xxx (withheld on print)",
        crime="CR/26/118842", entries=[
            ("18:40", "CH4417", "101 call from female caller reporting she was raped on Saturday night / Sunday morning at a "
                                "man's flat in Larch Court. Names him as Liam FENWICK. Caller with her friend. Caller safe."),
            ("18:44", "CH4417", "Caller has not washed clothing; has showered. Not injured other than 'marks on wrists'."),
            ("18:52", "SGT1022", "Grade S1. Resource to attend; SOIT to be informed; consider SARC."),
            ("19:20", "DISP09", "PC 2291 OKORO assigned."),
            ("19:35", "PC2291", "On scene. Speaking with victim."),
            ("20:10", "PC2291", "Initial account obtained. Clothing seized SO/1, SO/2. SARC booked 22:30."),
            ("21:50", "PC2291", "Conveying victim and friend to SARC."),
            ("23:45", "PC2291", "Handed to DC BYRNE at SARC. Crime recorded CR/26/118842."),
            ("23:50", "SGT1022", "Closed - crime recorded. Handed to RASSO team.")])), D(2026, 9, 15), "INCIDENT_LOG")
    c.pdf("CR-26-118842.pdf", crime_report(c, dict(
        ref="CR/26/118842", classification="Rape of a female aged 16 or over", hocode="19C",
        when="13/09/2026 02:00 - 03:00", reported="14/09/2026 18:40 (101)", location="22 Larch Court, Tannery Lane, Brackenford",
        victim="TURNER, Megan Louise (24)", suspect="FENWICK, Liam James (27)", oic="DC 3372 ELLISON",
        incident="0418 14/09/2026", flags="Sexual offence - anonymity applies",
        mo=["Victim and suspect (known to each other) returned to suspect's flat after a night out. Suspect is alleged to "
            "have restrained victim by the wrists and raped her after she said she did not want sex."],
        diversity=["Female, 24, White British, heterosexual, no disability, no religion declared."],
        log=[("14/09/2026", "PC 2291 OKORO", "Attended. Initial account. SO/1, SO/2 seized. SARC."),
             ("15/09/2026", "DC 4410 BYRNE", "HARTLEY statement taken. ISVA referral made (Safe Harbour)."),
             ("17/09/2026", "DC 4410 BYRNE", "ABE interview. DPN signed. Phone to DFU (selective extraction)."),
             ("19/09/2026", "DC 3372 ELLISON", "Suspect arrested, interviewed, bailed with conditions."),
             ("20/09/2026", "PC 1875 DAVIES", "House-to-house Larch Court: negative."),
             ("21/09/2026", "DC 3372 ELLISON", "Forensic submission HA/1-3, TE/1 (MG21)."),
             ("02/12/2026", "DC 3372 ELLISON", "SFR1 received: DNA match to suspect on HA/1."),
             ("15/12/2026", "Supt 0210 HALE", "Bail extension authorised to 19/03/2027."),
             ("08/01/2027", "DS 1187 WHITLOCK", "File reviewed and approved for CPS (full code test).")])),
        D(2027, 1, 7), "CRIME_REPORT")

    # --- schedules (MG6C long enough to run over pages) ---
    e = [("1", "Incident log 0418 of 14/09/2026: the 101 call in which Ms TURNER first reported the offence to police; "
               "contains her first description of events. Copy attached to file.", "Attached"),
         ("2", "Crime report CR/26/118842 with investigation log. Copy attached to file.", "Attached"),
         ("3", "PC 2291 OKORO pocket notebook, pages 33-36, 14/09/2026: initial account noted at 19:41.", "Brackenford PPU"),
         ("4", "ABE interview plan for Megan TURNER prepared by DC BYRNE on 17/09/2026.", "Case file"),
         ("5", "SARC referral form, Brackenford SARC, 14/09/2026 (times, consent to examination).", "Case file"),
         ("6", "SARC forensic medical notes and body maps, Dr ASHWORTH, 14/09/2026; released with written consent of "
               "14/09/2026.", "Brackenford SARC"),
         ("7", "MG21 forensic submission form, 21/09/2026, items HA/1-3 and TE/1.", "Case file"),
         ("8", "Custody record of Liam FENWICK, 19/09/2026 (Brackenford custody ref BK/26/4471).", "Custody system"),
         ("9", "Brackenford Cars booking record and driver job sheet: pick-up Old Malthouse 01:33, drop Larch Court 01:44, "
               "13/09/2026, driver IQBAL.", "Case file"),
         ("10", "House-to-house proformas, Larch Court, 20 flats, 20/09/2026 (PC DAVIES): no one heard or saw anything.",
          "Case file"),
         ("11", "WhatsApp messages between Megan TURNER and Liam FENWICK 10/09/2026-12/09/2026 (friendly and flirtatious, "
                "arranging to see each other on Saturday). May assist the defence on consent: see MG6E. Contained in "
                "extraction report DFU/26/2231, copy attached.", "Attached"),
         ("12", "Full extraction report DFU/26/2231 of Ms TURNER's iPhone (selective extraction, parameters as DPN).",
          "DFU"),
         ("13", "E-mail from Darren COLE, manager of the Old Malthouse, 16/09/2026: CCTV not recording 11/09-14/09/2026 due "
                "to hard-drive failure.", "Case file"),
         ("14", "Download report DFU/26/2254 of FENWICK's Samsung Galaxy (TE/2); messages to TURNER at 03:12 13/09/2026 "
                "already exhibited; nothing further relevant.", "DFU"),
         ("15", "Search record for 22 Larch Court, 19/09/2026 (s.32 PACE), bedding seized TE/3.", "Case file"),
         ("16", "Bedding from suspect's bed (TE/3): retained, not submitted because intercourse is admitted.", "Property store"),
         ("17", "Leggings SO/1 and underwear SO/2: retained, not submitted for the same reason.", "Property store"),
         ("18", "Arrest and interview plan, DC ELLISON, 19/09/2026.", "Case file"),
         ("19", "Pre-interview disclosure document given to the solicitor, 19/09/2026.", "Case file"),
         ("20", "Bail records: grant 19/09/2026 and extension authority (Supt HALE) 15/12/2026.", "Custody system"),
         ("21", "Officer's notes of conversations with two friends present at the bar (Sophie LANE, Amy FROST), "
                "22/09/2026: neither saw the complainant and suspect leave.", "Case file"),
         ("22", "DC PRICE's monitoring notes made during the ABE interview, 17/09/2026.", "Case file"),
         ("23", "Victim contact log (Victims' Code updates) 14/09/2026 to 08/01/2027.", "Case file"),
         ("24", "Digital Processing Notice signed by Ms TURNER 17/09/2026 (copy also in file).", "Attached")]
    c.pdf("MG6C.pdf", mg6c(c, dict(rv="FENWICK", entries=e, officer="DC 3372 T. ELLISON (disclosure officer)",
                                    date="07/01/2027")), D(2027, 1, 7), "MG6C")
    c.docx("MG6D.docx", mg6d(c, dict(rv="FENWICK", officer="DC 3372 T. ELLISON", date="07/01/2027", entries=[
        ("1", "ISVA referral form, Safe Harbour, 15/09/2026, including the complainant's health and housing information.",
         "Personal and confidential information of the complainant; not relevant to any issue."),
        ("2", "Intelligence log 26/INT/30771 concerning the suspect's associates.", "Police intelligence; "
         "disclosure would reveal intelligence methods. Does not relate to the allegation.")])), D(2027, 1, 7), "MG6D")
    c.pdf("MG6E.pdf", mg6e(c, dict(rv="FENWICK", officer="DC 3372 T. ELLISON", date="07/01/2027",
                                   undermine=["MG6C item 11: the messages between Ms TURNER and the suspect in the three days "
                                              "before the night are friendly and flirtatious and could assist a defence of "
                                              "consent or reasonable belief. They are reproduced in the extraction report "
                                              "DFU/26/2231, a copy of which is attached to this file.",
                                              "The evidence of the taxi driver (used material) is also capable of assisting the "
                                              "defence."],
                                   other="MG6C item 13 (no CCTV) so that the prosecutor knows why there is none.")),
          D(2027, 1, 7), "MG6E")
    c.docx("DMD.docx", dmd(c, dict(rv="FENWICK", officer="DC 3372 ELLISON", date="07/01/2027", sections=[
        ("Investigation and key issues", "Allegation of rape between acquaintances; intercourse admitted; issue is consent "
                                         "and reasonable belief."),
        ("Digital strategy", "Complainant: selective extraction of messages with the suspect and with the first-account "
                             "witness, 10-15/09/2026, agreed by DPN. Suspect: full logical download of his phone, reviewed "
                             "by keyword and date (12-19/09/2026)."),
        ("Third-party material", "None sought. No reasonable line of enquiry identified (see MG3)."),
        ("Approach to disclosure", "Schedules MG6C/MG6D complete; MG6E identifies items that may meet the test.")])),
        D(2027, 1, 7), "DMD")

    # --- MG2, MG12 ---
    c.pdf("MG2 TURNER.pdf", mg2(c, dict(
        witness="Megan Louise TURNER", age="02/05/2002 (24)", status="Complainant", eligibility="Intimidated witness "
        "(s.17(4) YJCEA 1999: complainant in a sexual offence)",
        measures=[("Screens (s.23)", "Yes", "If s.28 is not available."),
                  ("Live link (s.24)", "Yes", "Her preference if giving live evidence."),
                  ("Video-recorded evidence in chief (s.27)", "Yes", "ABE 17/09/2026, RB/1."),
                  ("Pre-recorded cross-examination (s.28)", "Yes", "She wants this."),
                  ("Evidence in private (s.25)", "No", "Not needed."),
                  ("Removal of wigs and gowns (s.26)", "No", "Not requested.")],
        s28=["Explained on 17/09/2026. Ms TURNER would like her cross-examination recorded in advance."],
        intermediary=["Not required. No communication needs; not a vulnerable witness under s.16."],
        views=["She would like her ISVA with her in the live-link room and a pre-trial visit to the court."],
        by="DC 4410 BYRNE", date="17/09/2026")), D(2026, 9, 17), "MG2")
    c.pdf("MG12.pdf", mg12(c, "FENWICK", [
        ("RB/1", "ABE interview of Megan TURNER, master copy, 17/09/2026", "DC BYRNE", "Sealed - PPU"),
        ("RB/2", "ABE working copy (digital file provided)", "DC BYRNE", "With file"),
        ("RB/3", "Apple iPhone 13 of Megan TURNER (returned 18/09/2026)", "DC BYRNE", "Returned"),
        ("SO/1", "Black leggings", "PC OKORO", "Property store"),
        ("SO/2", "Grey underwear", "PC OKORO", "Property store"),
        ("HA/1", "High vaginal swab", "Dr ASHWORTH", "Laboratory"),
        ("HA/2", "Low vaginal swab", "Dr ASHWORTH", "Laboratory"),
        ("HA/3", "External vulval swab", "Dr ASHWORTH", "Laboratory"),
        ("HA/4", "Photographs of wrist bruising", "Dr ASHWORTH", "SARC"),
        ("CH/1", "Screenshots of WhatsApp messages 07:12-07:16 13/09/2026", "Chloe HARTLEY", "With file"),
        ("TE/1", "Buccal swab (DNA reference) of FENWICK", "DC ELLISON", "Laboratory"),
        ("TE/2", "Samsung Galaxy phone of FENWICK", "DC ELLISON", "Property store"),
        ("TE/3", "Bedding from 22 Larch Court", "DC ELLISON", "Property store"),
        ("TE/4", "Recording of interview of FENWICK 19/09/2026", "DC ELLISON", "Interview store")],
        "DC 3372 ELLISON", "07/01/2027"), D(2027, 1, 7), "MG12")

    # --- digital ---
    c.pdf("DPN TURNER iPhone.pdf", dpn(c, dict(
        force=force, user="Megan Louise TURNER", device="Apple iPhone 13 (blue), exhibit RB/3", imei="35 401726 118204 7",
        why=["You told us you exchanged WhatsApp messages with Liam FENWICK before and after the night, and that you sent "
             "a message to Chloe HARTLEY the next morning. These messages are relevant to what happened and when you told "
             "someone, and may be relevant to what the suspect says."],
        types="WhatsApp and SMS messages and call log entries with Liam FENWICK and with Chloe HARTLEY only",
        range="10/09/2026 00:00 to 15/09/2026 23:59", method="Selective logical extraction at the DFU kiosk",
        exclude="Photographs, internet history, other contacts' messages, social media other than WhatsApp, location data",
        ret="The phone will be returned to you within 48 hours.",
        sig_blocks=[SIG("Signature of device user:", "(Sgd) M. TURNER"), P("Date: 17/09/2026  11:52")],
        officer="DC 4410 Rachel BYRNE", date="17/09/2026 11:52")), D(2026, 9, 17, 12), "DPN")
    c.pdf("DFU-26-2231 extraction.pdf", extraction(c, dict(
        labref="DFU/26/2231", req="DC 4410 BYRNE", examiner="Karen MOSS, Digital Forensic Investigator",
        device="Apple iPhone 13, RB/3", user="Megan TURNER (complainant)", authority="Digital Processing Notice 17/09/2026",
        date="18/09/2026",
        params=["Selective extraction. Data types: WhatsApp, SMS, call log. Filtered to conversations with the contacts "
                "'Liam' (07700 900672) and 'Chloe' (07700 900318). Date range 10/09/2026 00:00 to 15/09/2026 23:59. No other "
                "data was extracted or reviewed."],
        results=["42 messages and 6 call entries fell within the parameters. Those relevant are listed below."],
        rows=[("1", "10/09/2026 21:14", "Liam", "Megan", "good to meet u sat, u out this weekend?"),
              ("2", "10/09/2026 21:20", "Megan", "Liam", "might be, Malthouse probably ;)"),
              ("3", "11/09/2026 19:02", "Liam", "Megan", "save me a dance then"),
              ("4", "12/09/2026 18:31", "Megan", "Liam", "see u later then x"),
              ("5", "13/09/2026 03:12", "Liam", "Megan", "u get home ok? sorry if i got carried away x"),
              ("6", "13/09/2026 07:12", "Megan", "Chloe", "something happened with Liam last night. I told him no and he didnt stop"),
              ("7", "13/09/2026 07:14", "Chloe", "Megan", "Oh my god. Where are you? Are you ok?"),
              ("8", "13/09/2026 07:15", "Megan", "Chloe", "home. can u come round"),
              ("9", "13/09/2026 07:16", "Chloe", "Megan", "Calling you now x")],
        end=["The device was returned to the officer for return to the owner on 18/09/2026."])), D(2026, 9, 18), "DIGITAL_EXTRACT")
    c.pdf("SFR1 Aston 02-12-2026.pdf", sfr1(c, dict(
        provider="Aston Forensic Services Ltd", ref="AFS-26-55120", force=force, date="02/12/2026",
        scientist="Dr Priya NAIR, Reporting Scientist",
        items=[("HA/1", "High vaginal swab from Megan TURNER"), ("HA/2", "Low vaginal swab"), ("HA/3", "External vulval swab"),
               ("TE/1", "Reference buccal swab from Liam FENWICK")],
        findings=["Semen was identified on HA/1 and HA/2. A DNA profile obtained from the sperm fraction of HA/1 matches the "
                  "reference profile of Liam FENWICK (TE/1). The probability of a match if the DNA came from someone else "
                  "unrelated to him is estimated at less than one in a billion.",
                  "No semen was identified on HA/3."])), D(2026, 12, 2), "FORENSIC")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
                "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 02  -  Northmere Police, ATLAS record-system printouts.  COMPLIANT.
# Male complainant; written MG11 with continuation sheets instead of ABE; 999 call audio; BWV;
# released under investigation with reasons; his phone not examined (and why).
# ==============================================================================================

def case02(out):
    c = Case(out, "52NW0417826 - ANSAH", "52NW0417826", seed=202)
    SYS = "ATLAS"
    force, stn = "Northmere Police", "Northwick Central - Public Protection Unit"
    kwame = person("Kwame", "Ansah", "Mensah", title="Mr")
    dan = person("Daniel", "Ansah", "Kofi", title="Mr")
    ryan = person("Ryan", "Cooper", "Lee", title="Mr")
    harg = officer("PC", "1456", "Ben", "Hargreaves", station="Northwick Central")
    croft = officer("DC", "2207", "Jasmine", "Croft", station="Northwick Central", phone="01632 960587",
                    email="jasmine.croft@northmere.police.example")
    bell = officer("DC", "3119", "Owen", "Bell", station="Northwick Central")
    patt = officer("DS", "0788", "Neil", "Patterson")
    shaw = officer("T/DI", "0342", "Anita", "Shaw")
    sus = "LLOYD, Gareth Owen"

    d = dict(
        system=SYS, force=force, station=stn, date="11/01/2027", test="FULL CODE TEST - charging decision requested",
        suspects=[dict(name=sus, dob="05/06/1988", address="7 Quarry Bank, Ellerby, Northwick NW8 3JS",
                       status="Released under investigation (RUI) 06/10/2026 - see Bail / RUI")],
        offences=["Rape (penile penetration of the anus) of a male aged 16 or over, contrary to s.1(1) Sexual Offences Act "
                  "2003, at 7 Quarry Bank, Ellerby, between 03:30 and 04:40 on 04/10/2026. Victim: Kwame ANSAH."],
        early_advice=["Not requested. The suspect's own message after the event and the DNA findings made the evidential "
                      "issues clear from an early stage; T/DI SHAW reviewed on 12/10/2026 and recorded that early advice "
                      "was not needed."],
        summary=["The complainant (31) and the suspect (38) played in the same five-a-side team. After the team's end-of-season "
                 "party on 03/10/2026 the complainant was very drunk and accepted the suspect's offer of his sofa for the night. "
                 "He fell asleep on the sofa fully clothed and woke to find his jeans and boxer shorts pulled down and the "
                 "suspect penetrating his anus with his penis. He pushed him off, took his things and left. At 04:52 he rang "
                 "999 from the street (recording JC/1). PC HARGREAVES arrived at 05:01 and recorded his first account on "
                 "body-worn video (BH/1).",
                 "At 05:30 the suspect sent him a message: 'mate im sorry i thought you were up for it. please dont tell the "
                 "lads'. PC HARGREAVES photographed it on the complainant's screen (BH/2); the same message was recovered "
                 "from the suspect's phone.",
                 "Later that morning he told his brother what had happened. He was examined at the Willow Centre SARC; "
                 "semen on the anal swab matches the suspect. He chose to give a written statement rather than a "
                 "video-recorded interview; it was taken on 05/10/2026."],
        witnesses=[("ANSAH, Kwame", "Complainant", "MG11 05/10/2026 (3 pages)"),
                   ("ANSAH, Daniel - his brother", "First account (in person, 04/10 about 11:00)", "MG11 attached"),
                   ("COOPER, Ryan", "Party guest - saw them leave", "MG11 attached"),
                   ("PC 1456 HARGREAVES", "First officer on scene, BWV", "MG11 attached"),
                   ("DC 2207 CROFT", "OIC - 999 recording, arrest, interview", "MG11 attached")],
        suspect_account=["Interviewed 06/10/2026 with a solicitor. Prepared statement: the complainant was awake, kissed him "
                         "and initiated sexual contact; the sex was consensual; he sent the message because the complainant "
                         "'freaked out' afterwards and he did not want their teammates to know he was gay. No comment to all "
                         "questions. Likely defence: consent / reasonable belief in consent."],
        loe=["Reasonable lines of enquiry, including those which might point away from the suspect:"],
        loe_table=[("Party guests (points away?)", "Ryan COOPER saw them leave together, the complainant with his arm round the "
                    "suspect's shoulders, 'messing about'. Statement taken. Three other guests spoken to; none saw anything "
                    "after 01:30 (MG6C items 9-11)."),
                   ("Complainant's level of intoxication", "Toxicology on SARC samples (SFR1): alcohol only, no drugs."),
                   ("Suspect's phone", "Seized on arrest; download (DFU 26-0981) recovers the 05:30 message and a deleted "
                    "call attempt at 05:26. No earlier messages of a sexual nature between them."),
                   ("Complainant's phone", "Not examined. The only relevant item is the 05:30 message, which was photographed "
                    "at the scene and recovered from the suspect's phone. He and the suspect had no other contact except "
                    "the team group chat, which the suspect's download covers. Not a reasonable line of enquiry."),
                   ("Taxi from the party", "Booked on the suspect's app; confirmed pick-up 02:54 (MG6C item 7)."),
                   ("Neighbours at Quarry Bank", "House-to-house 05/10/2026: negative (MG6C item 12).")],
        forensic=["SARC (Willow Centre) examination 04/10/2026 08:30 by Dr Simon REEVES: summary attached. Consent to release "
                  "SARC notes signed 04/10/2026 (also recorded on the rear of his MG11).",
                  "SFR1 attached: semen on anal swab SR/2 matches the suspect; toxicology alcohol 96 mg/100 ml blood at 08:40, "
                  "no drugs."],
        digital=["Suspect's phone downloaded (full logical, reviewed 01/10-06/10/2026 and the team group chat). The complainant's "
                 "phone was not taken, so no Digital Processing Notice was needed."],
        outstanding_text=["None. All results are in."],
        victim=dict(sm="Eligible under s.17(4). He would like to give evidence from behind a screen and does not want a live "
                       "link. Because his account is a written statement, s.28 pre-recorded cross-examination would need a "
                       "video-recorded interview first; this was explained on 05/10/2026 and he prefers to give all his "
                       "evidence at trial. No intermediary: no communication needs.",
                    needs="Dyslexia: he asks for documents by e-mail in a large font and for his statement to be read to him "
                          "before signing (done). No interpreter needed.",
                    vps="VPS offered and made on 05/10/2026 (attached).",
                    isva="Referred on 04/10/2026 to the Northmere Male Survivors Partnership; ISVA Tom GREEN allocated.",
                    views="Supports prosecution."),
        disclosure=["MG6C, MG6D (nil return) and MG6E attached. Disclosure strategy: all material is scheduled on ATLAS; "
                    "digital review limited to the suspect's phone as described above."],
        bail=["Released under investigation on 06/10/2026. Pre-charge bail was considered by the custody officer, "
              "Sgt 1902 AKHTAR: the suspect lives 12 miles away, has no contact with the complainant (who has left the "
              "team), has no previous convictions and has not tried to contact him since 04/10/2026; the complainant did "
              "not ask for conditions. Conditions were not necessary and proportionate. RUI reviewed 06/12/2026, no change."],
        oic=croft,
        supervisor=(patt, "11/01/2027", ["File complete to NFS. Approved for submission. Countersigned by T/DI 0342 SHAW, "
                                         "11/01/2027."]))
    c.pdf("52NW0417826_MG3.pdf", mg3(c, d, "system"), D(2027, 1, 11), "MG3")

    kwame_pages = [
        ["I live in Northwick with my partner and work as a software tester. I am making this statement about what happened "
         "to me in the early hours of Sunday 4 October 2026 at the house of Gareth LLOYD, 7 Quarry Bank, Ellerby. I have "
         "dyslexia and this statement has been typed by DC CROFT from what I told her and read back to me.",
         "I have known Gareth for about two years through a five-a-side team we both played for on Thursday nights. We got "
         "on fine but were not close friends. I had never been to his house before that night and had never had any sexual "
         "or romantic contact with him. I am not interested in him in that way and he knows I have a girlfriend."],
        ["On Saturday 3 October 2026 the team had an end-of-season party at the Anchor in Ellerby. I drank a lot: beer and then "
         "shots. By about half past two I was very drunk and had missed the last bus. Gareth said I could sleep on his sofa as "
         "he lived nearby. We got a taxi. At his house he gave me a blanket and I lay on the sofa in my clothes and went to sleep.",
         "I woke up because of a pain in my bottom. I was lying on my front. My jeans and boxers had been pulled down to my "
         "knees and Gareth was on top of me. I could feel that his penis was inside my anus. I did not agree to this and I was "
         "asleep when it started. I shouted 'What are you doing?' and pushed back with my elbow. He got off me and said "
         "'Sorry, sorry, I thought you wanted it'. I pulled my clothes up, grabbed my phone and jacket and ran out."],
        ["I walked down the road and rang 999 at about ten to five. A police officer came and I told him what had happened; "
         "he was wearing a camera. At 05:30 I got a message from Gareth saying 'mate im sorry i thought you were up for it. "
         "please dont tell the lads'. I showed it to the officer, who took a photo of my screen. I did not reply.",
         "Later that morning I went to my brother Daniel's flat and told him. I then went to the Willow Centre, where a doctor "
         "examined me. I have been offered a video-recorded interview but I preferred to give a written statement. I am "
         "willing to go to court."]]
    c.pdf("Statement_ANSAH_K_S1.pdf", mg11(c, kwame, kwame_pages, "05/10/2026", style="system", sig="esig",
                                           occupation="Software tester", force=SYS,
                                           rear=dict(address="Flat 12, Cardigan House, Northwick", postcode="NW2 4TT",
                                                     phone="07700 900774", email="k.ansah@mail.example", gender="Male",
                                                     dob="18/02/1995", sm="Yes - MG3 records his views (screens)",
                                                     needs="Dyslexia: documents by e-mail, large font; read back before signing",
                                                     medical="Yes - consent to SARC notes and GP records relating to this matter",
                                                     vps="Yes - VPS made 05/10/2026", isva="Male Survivors Partnership (T. GREEN)",
                                                     dates="14/04/2027 - 21/04/2027"),
                                           taken_by=croft, time_place="05/10/2026 10:00-12:40, Northwick Central"),
          D(2026, 10, 5, 13), "MG11", "complainant")

    dan_body = [["Kwame ANSAH is my younger brother. At about 11 o'clock on Sunday 4 October 2026 he came to my flat in "
                 "Northwick without warning. He looked grey and had been crying. He sat down and said 'Something bad happened "
                 "last night, Gareth did something to me while I was asleep.' He then told me he had stayed at Gareth's after "
                 "a party and woke up with Gareth having sex with him. He said he had already called the police.",
                 "I know Gareth a little from the football. I had never heard Kwame say anything that suggested they were "
                 "more than teammates. I went with Kwame to the Willow Centre that afternoon."]]
    c.pdf("Statement_ANSAH_D_S2.pdf", mg11(c, dan, dan_body, "07/10/2026", style="system", sig="esig", occupation="Electrician",
                                           force=SYS, rear=dict(address="33 Kenmore Road, Northwick", postcode="NW3 9PD",
                                                               phone="07700 900775", gender="Male")),
          D(2026, 10, 7, 15), "MG11", "first_account")

    ryan_body = [["I play five-a-side with Kwame ANSAH and Gareth LLOYD. On Saturday 3 October 2026 I was at the team's party "
                  "at the Anchor, Ellerby. Kwame was very drunk by the end of the night: slurring and stumbling. Gareth seemed "
                  "less drunk. At about 02:50 I saw them leave together. Kwame had his arm round Gareth's shoulders and they were "
                  "messing about and laughing; Gareth was more or less holding him up. Gareth said he was taking Kwame to his "
                  "to sleep it off. I did not see anything sexual between them at any time that night."]]
    c.pdf("Statement_COOPER_R_S3.pdf", mg11(c, ryan, ryan_body, "09/10/2026", style="system", sig="esig",
                                            occupation="Plumber", force=SYS, rear=dict(address="2 Birch Way, Ellerby",
                                                                                       phone="07700 900776", gender="Male")),
          D(2026, 10, 9, 15), "MG11", "witness")

    harg_body = [["At 04:54 on Sunday 4 October 2026 I was sent to a 999 call from a male reporting a sexual assault in "
                  "Quarry Bank, Ellerby. I arrived at 05:01 at the junction with Mill Lane, the first officer on scene. I "
                  "activated my body-worn video camera at 05:03 before speaking to the caller, Kwame ANSAH. The footage is "
                  "exhibited as BH/1 and a copy is provided with this file.",
                  "Mr ANSAH was distressed and shivering. He told me he had been asleep on a friend's sofa at number 7 and "
                  "had woken to find the man, whom he named as Gareth LLOYD, having anal sex with him. At 05:30, while we were "
                  "in my vehicle, a message arrived on his phone from a contact saved as 'Gaz Football'. With his agreement I "
                  "photographed the screen; I exhibit the photograph as BH/2. I did not take his phone.",
                  "I conveyed him to the Willow Centre SARC, arriving at 06:20, and handed over to DC CROFT at 07:10."]]
    c.pdf("Statement_HARGREAVES_B_S4.pdf", mg11(c, harg, harg_body, "04/10/2026", style="system", sig="esig",
                                                occupation="Police Constable 1456", force=SYS),
          D(2026, 10, 4, 9), "MG11", "officer")

    croft_body = [["I am the officer in the case. On 4 October 2026 I obtained from the Force Contact Centre a copy of the "
                   "recording of the 999 call made by Kwame ANSAH at 04:52 that day. I exhibit it as JC/1; a copy in WAV format "
                   "is provided with this file.",
                   "At 09:15 on 6 October 2026 I arrested Gareth LLOYD at his home on suspicion of rape. After caution he made "
                   "no reply. I seized an Apple iPhone from him, which I exhibit as JC/2. At 13:40 that day, with DC BELL, I "
                   "interviewed him at Northwick custody in the presence of his solicitor; a record of the interview is in the "
                   "file. I took a DNA reference sample from him, exhibit JC/3."]]
    c.pdf("Statement_CROFT_J_S5.pdf", mg11(c, croft, croft_body, "06/10/2026", style="system", sig="esig",
                                           occupation="Detective Constable 2207", force=SYS),
          D(2026, 10, 6, 18), "MG11", "officer")

    c.pdf("VPS_ANSAH_K.pdf", vps(c, kwame, [
        "Since that night I have not been able to sleep without a light on. I left the football team, which was a big part "
        "of my week, because I could not face seeing people who know Gareth. I have had time off work and I am seeing my GP "
        "about anxiety. I feel ashamed even though I know I did nothing wrong. I want the court to know how much this has "
        "changed how I trust people."], "05/10/2026", sig="typed"), D(2026, 10, 5, 13), "VPS")

    # multimedia
    c.video("BH1_BWV_HARGREAVES_20261004_0503.mp4", "bwv",
            lambda t: ["BWV 1456  NMP", "2026-10-04 05:03:%02d" % (int(t) + 10)], seconds=4, etype="BWV")
    c.wav("JC1_999_call_20261004_0452.wav", seconds=6)

    # interview record
    c.pdf("ATLAS_Doc_00231.pdf", roti(c, dict(
        suspect="Gareth Owen LLOYD", place="Northwick custody suite, room 2", date="06/10/2026", start="13:40", end="14:05",
        officers="DC 2207 CROFT, DC 3119 BELL", present="Mr Paul FINCH, solicitor (Finch Rowe LLP)",
        exhibit="Digital interview recording JC/4",
        prepared=["I am Gareth LLOYD. On 3 October I went to the team party. Kwame was drunk and I offered him my sofa. "
                  "When we got back he kissed me and we went on to have sex, which he was up for; he was awake and taking part. "
                  "Afterwards he panicked and left. I messaged him because I was worried he would tell people I am gay, which "
                  "I have not told the team. I did not do anything without his consent. I will not answer further questions "
                  "on legal advice."],
        rows=[("13:44", "DC CROFT", "Why did you say 'I thought you were up for it'? - No comment."),
              ("13:48", "DC CROFT", "Was Mr ANSAH asleep when you started? - No comment."),
              ("13:55", "DC BELL", "Why did you try to call him at 05:26? - No comment."),
              ("14:02", "DC CROFT", "Anything to add? - No comment. Interview concluded 14:05.")],
        prepared_by="DC 2207 CROFT"), "prepared"), D(2026, 10, 7), "ROTI")

    c.pdf("PNC_LLOYD_G.pdf", pnc_print(c, dict(name="LLOYD, Gareth Owen", dob="05/06/1988", pnc="06/0588123L"), [],
                                       printed="10/01/2027 08:55", by="DC 2207 CROFT"), D(2027, 1, 10), "PNC")
    c.pdf("PNC_witnesses.pdf", witness_pnc(c, [
        ("ANSAH, Kwame Mensah", "18/02/1995", "Complainant", "No trace", "No trace"),
        ("ANSAH, Daniel Kofi", "02/09/1991", "First account", "1 conviction: 12/03/2019 Northwick MC, drive with excess "
         "alcohol - disqualified 14 months, fine", "Nothing further"),
        ("COOPER, Ryan Lee", "30/11/1993", "Witness", "No trace", "No trace")],
        "10/01/2027", "DC 2207 CROFT", note="Daniel ANSAH's conviction is disclosable as a previous conviction of a prosecution "
        "witness; listed on MG6C item 15."), D(2027, 1, 10), "PNC")

    c.pdf("print_20270110_0912.pdf", incident_log(c, dict(
        system="VANTAGE", ref="NM-20261004-0211", date="04/10/2026", opened="04:52", type="SEXUAL OFFENCE (999)",
        location="Quarry Bank j/w Mill Lane, Ellerby", informant="ANSAH, Kwame (victim)", grade="E - EMERGENCY",
        crime="ATL/26/40917", entries=[
            ("04:52", "OP 3381", "999 male caller states he has been raped by a man he knows at 7 Quarry Bank while asleep. "
                                 "Caller has left the address and is in the street. Suspect named 'Gareth'."),
            ("04:53", "OP 3381", "Caller drunk but coherent. No injuries he can see. Advised not to wash or change."),
            ("04:54", "DISP 12", "PC 1456 HARGREAVES dispatched."),
            ("05:01", "PC1456", "On scene with victim. BWV on."),
            ("05:20", "SGT 0655", "Suspect address - units to stand by, no entry at this stage pending PPU advice."),
            ("05:33", "PC1456", "Message received by victim from suspect; photographed."),
            ("06:20", "PC1456", "At SARC. Handover to PPU DC CROFT arranged 07:10."),
            ("07:15", "SGT 0655", "Crime recorded ATL/26/40917. Closed to PPU.")])), D(2027, 1, 10), "INCIDENT_LOG")
    c.pdf("ATLAS_Doc_00198.pdf", crime_report(c, dict(
        system=SYS, ref="ATL/26/40917", classification="Rape of a male aged 16 or over", hocode="19D",
        when="04/10/2026 03:30 - 04:40", reported="04/10/2026 04:52 (999)", location="7 Quarry Bank, Ellerby, Northwick",
        victim="ANSAH, Kwame Mensah (31)", suspect="LLOYD, Gareth Owen (38)", oic="DC 2207 CROFT",
        incident="NM-20261004-0211", flags="Male victim; dyslexia (communication needs recorded)",
        mo=["Victim asleep on suspect's sofa after a party; woke to being anally penetrated."],
        diversity=["Male, 31, Black British (Ghanaian heritage), heterosexual, dyslexia; religion: Christian."],
        log=[("04/10/2026", "PC 1456 HARGREAVES", "Scene, BWV, SARC."),
             ("04/10/2026", "DC 2207 CROFT", "ISVA referral. SARC consent forms. Statement planning."),
             ("05/10/2026", "DC 2207 CROFT", "Written MG11 (victim chose written statement). VPS taken."),
             ("06/10/2026", "DC 2207 CROFT", "Arrest, interview (prepared statement). RUI - rationale recorded."),
             ("07/10/2026", "DC 2207 CROFT", "Statement of brother (first account)."),
             ("09/10/2026", "DC 3119 BELL", "Statement COOPER. Three other guests spoken to."),
             ("12/10/2026", "T/DI 0342 SHAW", "Review. Early advice not required - rationale recorded."),
             ("27/11/2026", "DC 2207 CROFT", "SFR1 received."),
             ("11/01/2027", "DS 0788 PATTERSON", "File approved for CPS.")])), D(2027, 1, 10), "CRIME_REPORT")

    e = [("1", "VANTAGE incident log NM-20261004-0211, 04/10/2026 (999 call, first complaint). Copy attached.", "In file"),
         ("2", "ATLAS crime record ATL/26/40917 and investigation log. Copy attached.", "In file"),
         ("3", "PC HARGREAVES pocket notebook 04/10/2026 pp 12-14: times and first account notes.", "PPU"),
         ("4", "SARC referral and consent forms, Willow Centre, 04/10/2026.", "PPU"),
         ("5", "SARC forensic medical notes, Dr REEVES, 04/10/2026 (released with consent).", "Willow Centre"),
         ("6", "MG21 forensic submission 07/10/2026.", "PPU"),
         ("7", "Taxi app booking (Ryde) on suspect's account: pick-up the Anchor 02:54, drop Quarry Bank 03:06.", "PPU"),
         ("8", "Custody record of LLOYD 06/10/2026 including RUI decision rationale of Sgt AKHTAR.", "Custody"),
         ("9", "Officer's note of conversation with Harry DEAN (party guest), 09/10/2026: left at 01:30, saw nothing relevant.", "PPU"),
         ("10", "Officer's note of conversation with Liam MOSS (party guest), 09/10/2026: left at 01:45, saw nothing relevant.", "PPU"),
         ("11", "Officer's note of conversation with Sean KAY (bar staff), 10/10/2026: recalls the complainant ordering shots "
                "at about 01:00; nothing else.", "PPU"),
         ("12", "House-to-house forms, Quarry Bank nos. 1-15, 05/10/2026: negative.", "PPU"),
         ("13", "Download report DFU 26-0981 of suspect's iPhone (JC/2), reviewed 01/10-06/10/2026.", "DFU"),
         ("14", "Team WhatsApp group 'Thursday 5s' messages 01/10-05/10/2026 from the suspect's download: party "
                "arrangements only.", "DFU"),
         ("15", "PNC record of Daniel ANSAH (prosecution witness): one conviction 2019 for excess alcohol. Copy attached.", "In file"),
         ("16", "Pre-interview disclosure to solicitor 06/10/2026.", "PPU"),
         ("17", "RUI review record 06/12/2026, T/DI SHAW.", "PPU")]
    c.pdf("ATLAS_Doc_00240.pdf", mg6c(c, dict(system=SYS, rv="LLOYD", entries=e, officer="DC 2207 J. CROFT",
                                             date="10/01/2027"), "system"), D(2027, 1, 10), "MG6C")
    c.pdf("ATLAS_Doc_00241.pdf", mg6d(c, dict(rv="LLOYD", entries=[], officer="DC 2207 J. CROFT", date="10/01/2027")),
          D(2027, 1, 10), "MG6D")
    c.pdf("ATLAS_Doc_00242.pdf", mg6e(c, dict(rv="LLOYD", officer="DC 2207 J. CROFT", date="10/01/2027",
                                              undermine=["Item 15 (previous conviction of Daniel ANSAH) - copy in file "
                                                         "(PNC_witnesses.pdf). The evidence of Ryan COOPER (used) may assist "
                                                         "the defence on the relationship between the two men."])),
          D(2027, 1, 10), "MG6E")
    c.pdf("SARC_summary_Willow.pdf", Doc([
        T("Forensic medical examination - summary for police", "The Willow Centre SARC, Northwick"),
        KV([("Patient", "Kwame ANSAH (31)"), ("Examined", "04/10/2026 08:30-09:45"), ("Examiner", "Dr Simon REEVES, FFLM"),
            ("Police ref", c.urn), ("Consent to examination", "Yes - signed"),
            ("Consent to release of notes to police/CPS", "Yes - signed 04/10/2026")], cols=2, label_w=0.35),
        H("Findings"), P("Two superficial fissures at 6 and 7 o'clock at the anal margin, with tenderness. Such findings can "
                         "follow penetration and are consistent with the history but do not of themselves indicate "
                         "absence of consent. No other injuries."),
        H("Samples"), P("SR/1 perianal swab, SR/2 anal swab, SR/3 blood (toxicology), SR/4 urine (toxicology). Handed to "
                        "DC CROFT 09:55."),
        P("A full statement can be provided on request.", italic=True)], head="OFFICIAL-SENSITIVE MEDICAL IN CONFIDENCE"),
        D(2026, 10, 4, 11), "MEDICAL")
    c.pdf("SFR1_26-7781.pdf", sfr1(c, dict(
        provider="Northern Forensic Laboratories", ref="NFL-26-7781", force=force, date="27/11/2026",
        scientist="Mark HOLDEN, Reporting Scientist",
        items=[("SR/1", "Perianal swab (ANSAH)"), ("SR/2", "Anal swab (ANSAH)"), ("SR/3", "Blood, 08:40"),
               ("SR/4", "Urine, 08:45"), ("JC/3", "Reference sample LLOYD")],
        findings=["Semen identified on SR/2. The DNA profile from the sperm fraction matches LLOYD (JC/3); match probability "
                  "less than one in a billion.",
                  "Toxicology: blood alcohol 96 mg/100 ml at 08:40; no drugs of abuse or sedatives detected in SR/3 or SR/4."])),
        D(2026, 11, 27), "FORENSIC")
    c.pdf("ATLAS_Doc_00250.pdf", mg12(c, "LLOYD", [
        ("BH/1", "Body-worn video, PC HARGREAVES, 04/10/2026 05:03 (copy in file)", "PC HARGREAVES", "In file"),
        ("BH/2", "Photograph of message on complainant's phone 05:30", "PC HARGREAVES", "PPU"),
        ("JC/1", "Recording of 999 call 04:52 04/10/2026 (copy in file)", "DC CROFT", "In file"),
        ("JC/2", "Apple iPhone of LLOYD", "DC CROFT", "Property"),
        ("JC/3", "DNA reference sample LLOYD", "DC CROFT", "Laboratory"),
        ("JC/4", "Recording of interview of LLOYD 06/10/2026", "DC CROFT", "Interview store"),
        ("SR/1-SR/4", "SARC samples (swabs, blood, urine)", "Dr REEVES", "Laboratory")],
        "DC 2207 CROFT", "10/01/2027", style="system"), D(2027, 1, 10), "MG12")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "key_statements", "officer_statement", "signed",
                "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
                "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
                "one_urn", "abe_recording", "abe_summary", "abe_exhibited"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 03  -  Elmshire Police, mostly prose documents; Polish-speaking complainant with an
# interpreter; first-account statement only as a scanned image PDF; DPN only as phone photos;
# MG6D scanned.  Alibi line of enquiry.  COMPLIANT.
# ==============================================================================================

def case03(out):
    c = Case(out, "Op Thistle (Elmshire)", "14EL0662926", seed=303)
    force, stn = "Elmshire Police", "Kettlewick Police Station, Public Protection Unit"
    ag = person("Agnieszka", "Wójcik", "Maria", title="Ms")
    sunny = person("Sunita", "Patel", title="Mrs")
    kasia = person("Katarzyna", "Nowak", "Ewa", title="Ms")
    paul = person("Paul", "Marsh", "Anthony", title="Mr")
    finch = officer("PC", "0917", "Laura", "Finch", station="Kettlewick")
    stone = officer("DC", "2650", "Gemma", "Stone", station="Kettlewick", phone="01632 960233",
                    email="gemma.stone@elmshire.police.example")
    okafor = officer("DS", "1444", "Emeka", "Okafor")
    rowe = officer("DI", "0871", "Claire", "Rowe")
    interp_note = ("This statement was made in Polish through Katarzyna NOWAK, NRPSI-registered interpreter (no. 10443), "
                   "who translated it into English and read it back to the witness in Polish before she signed it.")

    d = dict(
        force=force, station=stn, date="12/01/2027",
        prose_title="Report to the Crown Prosecutor", subtitle="Request for a charging decision - MG3 (narrative format)",
        test=["We ask the CPS to apply the Full Code Test to the allegation below. All the evidence we expect to obtain has "
              "been obtained."],
        suspects=[dict(name="Robert John MARSH", dob="23/08/1985",
                       address="currently residing at 18 Orchard Rise, Fenby (his brother's address, a bail condition)",
                       status="He is on conditional police bail - see the bail section below.")],
        offences=["Rape, contrary to section 1(1) of the Sexual Offences Act 2003: on 02/08/2026 at Flat 6, 41 Nene Street, "
                  "Kettlewick, he penetrated the vagina of Agnieszka WÓJCIK with his penis without her consent."],
        early_advice=["Early advice was sought. On 25/08/2026 DC STONE discussed the case with Dawn ELLIS, Senior Crown "
                      "Prosecutor, CPS RASSO unit, who advised (1) cell site analysis of the suspect's phone to test his alibi "
                      "and (2) a statement from the alibi witness. Both have been done and the results are with this report."],
        summary=["Ms WÓJCIK is 35 and Polish; her English is limited and every contact with her has been through an interpreter. "
                 "She and the suspect were partners for four years and separated in March 2026. On the evening of Sunday "
                 "02/08/2026 he came to her flat, by arrangement, to collect some tools. He would not leave, said he wanted "
                 "them to get back together, and when she refused he pushed her onto the bed in her bedroom, held her down by "
                 "the shoulders and raped her. Her six-year-old son was asleep in the next room. He left at about 23:45.",
                 "At 01:14 on 03/08/2026 he sent her a WhatsApp message: 'Im sorry about tonight. I just miss you. Dont do "
                 "anything stupid'. She did not reply.",
                 "The next morning, at work, she told a colleague what had happened. That colleague encouraged her to report "
                 "it, and went with her to Kettlewick police station on 11/08/2026, where PC FINCH took the initial report "
                 "using a telephone interpreter. Her account was video-recorded (ABE) on 14/08/2026 through an interpreter in "
                 "the room."],
        suspect_account=["Interviewed on 19/08/2026 with a solicitor (record attached). He denies being at the flat that night "
                         "at all. He says he went to the flat on the afternoon of 02/08/2026 to collect his tools, left at about "
                         "17:00 and spent the evening and night at his brother Paul's house in Fenby, eleven miles away. He says "
                         "the message meant he was sorry for an argument about the tools earlier in the day. His defence is "
                         "alibi and denial."],
        loe=["Alibi (points away from the suspect). Paul MARSH has given a statement saying his brother arrived at about 22:00 "
             "and stayed the night. This is disclosed (MG6E) and attached. Cell site analysis of the suspect's phone shows it "
             "using masts that serve Nene Street between 21:38 and 23:51 and then masts serving Fenby from 00:22. The analyst's "
             "report is attached.",
             "Messages. A selective download of Ms WÓJCIK's phone (Digital Processing Notice signed in Polish and English) "
             "covers messages and calls with the suspect from 01/07/2026 to 11/08/2026. Earlier messages show the tools "
             "arrangement; there is an argument by message at 15:10 on 02/08/2026, which supports part of his explanation and "
             "is disclosed.",
             "Previous police contact. There is one domestic incident log from 14/11/2025 (a verbal argument, no offences); it "
             "is on the MG6C and has been reviewed. It contains nothing inconsistent with her account.",
             "Neighbours. House-to-house at 41 Nene Street (eight flats) on 13/08/2026: nobody heard anything.",
             "Medical and other third-party records. Not sought: she did not see a doctor about this and there is no reason "
             "to think any records would be relevant to an issue in the case."],
        forensic=["Because of the nine-day delay the SARC advised there were no forensic opportunities. She was offered a "
                  "health-only SARC appointment and declined it. There is no forensic or medical evidence and no medical "
                  "records have been sought, so no consent to release was needed."],
        digital=["Complainant: Digital Processing Notice explained in Polish by the interpreter and signed on 14/08/2026 (copy "
                 "attached: photographs of the signed form). Selective extraction only - WhatsApp and calls with the suspect, "
                 "01/07/2026 to 11/08/2026. Report DFU-EL-26-1120 attached. Suspect: phone seized and downloaded; call data "
                 "obtained for the cell site analysis."],
        outstanding_text=["There is nothing outstanding."],
        victim=dict(sm="Special measures: she is an intimidated witness (s.17(4)). The MG2 asks for her ABE to be played as "
                       "evidence in chief, screens and, if possible, s.28 pre-recorded cross-examination, which she wants after "
                       "it was explained to her in Polish. She does not need an intermediary; she needs a Polish interpreter, "
                       "which is not a special measure and is recorded below.",
                    needs="Needs: a Polish interpreter for every contact and at court; letters translated into Polish; childcare "
                          "for her son when she attends court (her sister will help). No disability.",
                    vps="VPS: offered through the interpreter and made on 20/08/2026 (translation attached).",
                    isva="ISVA: referred to Elmshire Rape Crisis on 12/08/2026; a Polish-speaking ISVA, Marta KOWALSKA, is "
                         "allocated.",
                    views=["She wants the prosecution to go ahead and wants the bail conditions kept in place."]),
        disclosure=["Schedules MG6C and MG6D (signed paper copy, scanned) and the disclosure officer's report MG6E are attached. "
                    "The alibi statement of Paul MARSH and the argument messages of 02/08/2026 are identified as capable of "
                    "assisting the defence and copies are attached. Digital strategy: as above; no full downloads."],
        bail=["Pre-charge bail granted 19/08/2026 by Sgt 1633 BARKER, extended to 19/02/2027 by Supt 0120 NAYLOR on 14/11/2026. "
              "Conditions: (1) not to contact Agnieszka WÓJCIK directly or indirectly; (2) not to enter Nene Street, Kettlewick; "
              "(3) to live and sleep each night at 18 Orchard Rise, Fenby. He has complied."],
        pi=["Previous conviction: assault by beating of a former partner, 2017 (PNC attached). A bad character application may "
            "be considered."],
        oic=stone,
        supervisor=(okafor, "12/01/2027", ["I have read the whole file. It meets the National File Standard and the early "
                                           "advice has been followed. DI 0871 ROWE has also reviewed it (12/01/2027)."]))
    c.docx("Report to CPS - WOJCIK.docx", mg3(c, d, "prose"), D(2027, 1, 12), "MG3")

    finch_body = [["I am a police constable at Kettlewick. At 10:20 on Tuesday 11 August 2026 I was working on the front "
                   "counter when two women came in. One of them, whom I now know as Agnieszka WÓJCIK, wished to report a sexual "
                   "offence. The other introduced herself as her supervisor at work, Sunita PATEL. I was the first officer to "
                   "deal with the report.",
                   "Ms WÓJCIK speaks limited English. I booked a Polish telephone interpreter through the force's language "
                   "service and we went into a private interview room. Through the interpreter, she told me briefly that her "
                   "ex-partner, Robert MARSH, had come to her flat on Sunday 2 August, would not leave and had forced her to "
                   "have sex. I asked only what was needed to assess her safety and arrange the investigation. I noted her "
                   "words in my pocket notebook. No body-worn video was recorded because the report was made inside the "
                   "police station interview room.",
                   "I completed a risk assessment (high risk), recorded the crime and contacted the PPU. DC STONE took over the "
                   "case at 12:05."]]
    c.docx("Statement PC Finch.docx", mg11(c, finch, finch_body, "11/08/2026", style="prose", sig="signed_name",
                                           occupation="Police constable 0917"), D(2026, 8, 11, 14), "MG11", "officer")

    stone_body = [["I am a detective constable in the PPU at Kettlewick and I am ABE-trained. On Friday 14 August 2026, from "
                   "10:30 to 12:02, I interviewed Agnieszka WÓJCIK on video at the Kettlewick interview suite. The interview was "
                   "conducted in Polish through an interpreter, Katarzyna NOWAK, who sat in the interview room. DC 3001 LEWIS "
                   "monitored the interview.",
                   "I made a master recording of the interview, which I exhibit as GS/1, and a working copy, which I exhibit as "
                   "GS/2. The working copy is provided with this file. I prepared an English summary of the interview.",
                   "After the interview, with the interpreter, I explained the Digital Processing Notice to Ms WÓJCIK, "
                   "including which messages we wanted to look at and why, and what would not be examined. She signed it at "
                   "12:40. I took her Samsung phone, exhibit GS/3, to the Digital Forensic Unit and returned it to her on 17 "
                   "August 2026."]]
    c.docx("DC Stone ABE statement.docx", mg11(c, stone, stone_body, "14/08/2026", style="prose", sig="sgd",
                                               occupation="Detective constable 2650"), D(2026, 8, 14, 16), "MG11", "officer")

    rows = [("00:00:30", "Introductions in English and Polish; the interpreter takes the interpreter's oath on camera; ground "
                         "rules explained through the interpreter."),
            ("00:05:10", "Free narrative (through the interpreter). She and Robert separated in March. He had left tools at the "
                         "flat and said he would collect them on Sunday evening."),
            ("00:12:45", "He arrived at about 21:30. He did not take the tools but sat down and said he wanted to come back. She "
                         "said no and asked him to go. Her son was asleep."),
            ("00:19:20", "In the bedroom, where she had gone to get his jacket, he pushed her onto the bed, held her shoulders "
                         "down and pulled off her pyjama shorts. He put his penis in her vagina. She said 'nie, przestań' and "
                         "in English 'no, stop'. She did not scream because of her son."),
            ("00:27:05", "He left at about 23:45 saying 'you'll come back to me'. Message from him at 01:14."),
            ("00:31:50", "Monday at work she told 'Sunny, my supervisor' in the staff room; Sunny held her hand and said she "
                         "must go to the police. She was frightened he would take her son."),
            ("00:40:15", "Questioning: the earlier argument about the tools by message at 15:10; whether he came in the "
                         "afternoon (she says no, he only came in the evening); the 2025 argument."),
            ("01:21:40", "Closure. Next steps explained through the interpreter.")]
    c.docx("ABE summary (English).docx", abe_summary(c, dict(
        who="Agnieszka Maria WÓJCIK", age="35 (DOB 09/04/1991)", date="14/08/2026", times="10:30 - 12:02",
        place="Kettlewick ABE suite", interviewer="DC 2650 Gemma STONE", monitor="DC 3001 Ian LEWIS",
        others="Katarzyna NOWAK, Polish interpreter (in the room)", exhibit="GS/1 master, GS/2 working copy",
        rows=rows, by="DC 2650 STONE", prepared="16/08/2026",
        intro="The interview was conducted in Polish through an interpreter. This summary is in English; quotations are "
              "of the interpreter's English unless marked as Polish.",
        end=["A full translated transcript can be prepared if the CPS requires it."]), style="prose"),
        D(2026, 8, 16), "ABE_SUMMARY")
    c.video("GS2 working copy.mp4", "abe", lambda t: ["KETTLEWICK VRI", "14/08/2026 10:30:%02d" % (int(t) + 31)],
            seconds=4, etype="ABE_RECORDING")

    # first-account witness: scanned national MG11 only
    sunny_body = [["I am a cleaning supervisor with Brightway Cleaning Services. Agnieszka works in my team and I have known "
                   "her for three years. On Monday 3 August 2026 at about 7.30 in the morning Agnieszka came into the staff room "
                   "at the Fenwick Business Park site. She was pale and shaking and did not want to start work.",
                   "I took her aside and asked what was wrong. In English, and a bit in Polish which I do not speak, she told me "
                   "that Robert, her ex, came to her flat the night before and 'forced me, he forced me to have sex'. She said "
                   "she kept saying no. She was crying. She said her son was asleep next door. She showed me a message on her "
                   "phone from Robert saying sorry.",
                   "I told her she must go to the police. She was scared that he would try to take her son. On Tuesday 11 "
                   "August I went with her to Kettlewick police station. Everyone at work calls me Sunny."]]
    sunny_doc = mg11(c, sunny, sunny_body, "12/08/2026", sig="scribble", occupation="Cleaning supervisor",
                     rear=dict(address="27 Pembroke Avenue, Kettlewick", postcode="KT4 8RU", phone="07700 900561",
                               gender="Female", dates="None", contact="Mobile after 15:00"),
                     taken_by=stone, time_place="12/08/2026 16:00, Kettlewick Police Station")
    c.scan("scan_0004.pdf", sunny_doc, D(2026, 8, 12, 17), "MG11", "first_account")

    kasia_body = [["I am a Polish-English interpreter registered with the National Register of Public Service Interpreters "
                   "(no. 10443). On 14 August 2026 I interpreted the video-recorded interview of Agnieszka WÓJCIK conducted by "
                   "DC STONE at Kettlewick. I interpreted accurately and completely everything said by the officer and by Ms "
                   "WÓJCIK. Afterwards I translated and read to her the Digital Processing Notice. On 20 August 2026 I "
                   "interpreted while she made her victim personal statement and I translated it into English."]]
    c.docx("Interpreter statement NOWAK.docx", mg11(c, kasia, kasia_body, "20/08/2026", style="prose", sig="signed_name",
                                                    occupation="Interpreter (NRPSI 10443)"), D(2026, 8, 20, 16), "MG11", "witness")

    paul_body = [["Robert MARSH is my older brother. On Sunday 2 August 2026 he came to my house at 18 Orchard Rise, Fenby. I "
                  "think it was about ten o'clock at night, but I had been drinking and I am not certain of the time. He slept "
                  "on my sofa and was there in the morning. He told me he had been to Aga's in the afternoon to get his tools "
                  "and they had argued."]]
    c.docx("Statement MARSH Paul (alibi).docx", mg11(c, paul, paul_body, "02/09/2026", style="prose", sig="sgd",
                                                     occupation="Warehouse operative"), D(2026, 9, 2), "MG11", "witness")

    c.docx("VPS translation.docx", vps(c, ag, [
        "Since this happened I do not feel safe in my own home. I moved my son into my bedroom because I cannot sleep alone. "
        "I am afraid when I hear a car stop outside. I had to take two weeks off work and I lost money. My son asks why his "
        "father does not come any more and I do not know what to tell him. I want the court to understand that I was his "
        "partner but that did not give him the right to do this."], "20/08/2026", sig="sgd", interpreter=interp_note),
        D(2026, 8, 20), "VPS")

    # DPN photographed with a phone (two pages)
    dpn_doc = dpn(c, dict(
        force=force, user="Agnieszka WÓJCIK", device="Samsung Galaxy A54 (black), exhibit GS/3", imei="35 882104 553901 2",
        why=["You told us that Robert MARSH sent you messages before and after 2 August 2026 and that you argued by message "
             "about his tools. These messages may help show what happened and when, and what he says about it. "
             "(Treść zawiadomienia przetłumaczona ustnie na język polski.)"],
        types="WhatsApp messages and call log with Robert MARSH only",
        range="01/07/2026 to 11/08/2026", method="Selective extraction (kiosk), filtered by contact and date",
        exclude="Everything else: photographs, other contacts, internet, social media, location",
        ret="Your phone will be returned within three days.",
        sig_blocks=[SIG("Signature of device user:", "", "scribble", "Agnieszka Wojcik"), P("Date: 14/08/2026 12:40"),
                    P("Interpreter: Katarzyna NOWAK (NRPSI 10443) - notice translated orally into Polish"),
                    SIG("Interpreter's signature:", "", "scribble", "K Nowak")],
        officer="DC 2650 Gemma STONE", date="14/08/2026 12:40"))
    c.photos(["IMG_4471.jpg", "IMG_4472.jpg", "IMG_4473.jpg"], dpn_doc, D(2026, 8, 14, 12, 45), "DPN",
             make="samsung", model="SM-A546B", background=(90, 96, 104))
    c.pdf("Extraction report DFU-EL-26-1120.pdf", extraction(c, dict(
        labref="DFU-EL-26-1120", req="DC 2650 STONE", examiner="Tom BRADY, DFU", device="Samsung Galaxy A54, GS/3",
        user="Agnieszka WÓJCIK (complainant)", authority="Digital Processing Notice 14/08/2026", date="15/08/2026",
        params=["WhatsApp and call log only, contact 'Robert' (07700 900882), 01/07/2026 00:00 to 11/08/2026 23:59."],
        results=["118 messages, 23 calls within parameters. Key messages:"],
        rows=[("1", "30/07/2026 18:02", "Robert", "Aga", "Ill come for the tools sunday night ok"),
              ("2", "30/07/2026 18:40", "Aga", "Robert", "Ok. Only tools. 9 o clock"),
              ("3", "02/08/2026 15:10", "Robert", "Aga", "Why are you being like this about my own stuff"),
              ("4", "02/08/2026 15:12", "Aga", "Robert", "Just come tonight take them and go"),
              ("5", "03/08/2026 01:14", "Robert", "Aga", "Im sorry about tonight. I just miss you. Dont do anything stupid")])),
        D(2026, 8, 15), "DIGITAL_EXTRACT")
    c.pdf("Cell site report.pdf", Doc([
        T("Cell site analysis - summary report", "Elmshire Police Telecoms Intelligence Unit"),
        KV([("URN", c.urn), ("Handset", "07700 900882 (attributed to Robert MARSH)"), ("Period", "02/08/2026 16:00 - "
            "03/08/2026 02:00"), ("Analyst", "Sarah QUINN, Telecoms Analyst"), ("Date", "18/10/2026")], cols=2, label_w=0.3),
        H("Findings"),
        P("Between 16:05 and 17:20 the handset used cells serving Kettlewick town centre including Nene Street. Between "
          "17:40 and 21:15 it used cells serving Fenby. Between 21:38 and 23:51 it used cells whose best-serving areas include "
          "Nene Street, Kettlewick, and not Fenby. From 00:22 it used cells serving Fenby."),
        P("The activity between 21:38 and 23:51 is not consistent with the handset being at 18 Orchard Rise, Fenby, at that "
          "time.")], family="sans", size=10, head="OFFICIAL-SENSITIVE"), D(2026, 10, 18), "OTHER")

    c.pdf("ROTI MARSH.pdf", roti(c, dict(
        suspect="Robert John MARSH", place="Kettlewick custody", date="19/08/2026", start="11:15", end="12:01",
        duration="46 minutes", officers="DC 2650 STONE, DC 3001 LEWIS", present="Ms Amanda REID, solicitor",
        exhibit="GS/4",
        rows=[("00:00", "DC STONE", "Caution, rights, solicitor present."),
              ("02:10", "MARSH", "He went to the flat in the afternoon, about 4, for his tools. They argued. He left at 5."),
              ("09:30", "MARSH", "He went to his brother's in Fenby and stayed all night. He did not go back to Nene Street."),
              ("16:45", "DC STONE", "Puts the 01:14 message. MARSH: 'sorry for the row about the tools'."),
              ("24:10", "DC LEWIS", "Puts her account. MARSH: 'It didn't happen. I wasn't there.'"),
              ("38:00", "DC STONE", "Asks if phone was with him all evening. MARSH: yes."),
              ("45:30", "DC STONE", "Nothing further. Interview concluded 12:01.")],
        prepared_by="DC 2650 STONE, 20/08/2026")), D(2026, 8, 20), "ROTI")
    c.pdf("PNC MARSH.pdf", pnc_print(c, dict(name="MARSH, Robert John", dob="23/08/1985", pnc="03/0771526R", cro="022190/03A"),
                                     [("06/06/2017", "Elmshire Magistrates' Court", "Assault by beating (former partner) - "
                                       "Criminal Justice Act 1988 s.39", "Community order 12 months, RAR 20 days")],
                                     style="summary", printed="11/01/2027", by="DC 2650 STONE"), D(2027, 1, 11), "PNC")
    c.docx("witness PNC.docx", witness_pnc(c, [
        ("WÓJCIK, Agnieszka Maria", "09/04/1991", "Complainant", "No trace", "Domestic incident 14/11/2025 as party (no crime)"),
        ("PATEL, Sunita", "03/03/1979", "First complaint", "No trace", "No trace"),
        ("NOWAK, Katarzyna Ewa", "17/12/1984", "Interpreter", "No trace", "NRPSI registration checked"),
        ("MARSH, Paul Anthony", "11/05/1983", "Alibi witness (defence)", "Not a prosecution witness - checked: no trace", "-")],
        "11/01/2027", "DC 2650 STONE"), D(2027, 1, 11), "PNC")
    c.pdf("Incident KTW-20260811-0093.pdf", incident_log(c, dict(
        ref="KTW-20260811-0093", date="11/08/2026", opened="10:24", type="Sexual offence reported at front counter",
        location="Kettlewick Police Station (offence at 41 Nene Street)", informant="WÓJCIK, Agnieszka (with PATEL, Sunita)",
        sub="Front counter report - command and control", entries=[
            ("10:24", "PC 0917", "Female attends front counter with colleague to report rape by ex-partner on 02/08/2026. "
                                 "Limited English - telephone interpreter (Polish) booked."),
            ("10:41", "PC 0917", "Initial account via interpreter. Suspect Robert MARSH. Risk: HIGH (DASH). Child at address."),
            ("11:05", "PS 1633", "PPU informed. Safeguarding referral for child."),
            ("12:05", "DC 2650", "PPU taking ownership. ISVA referral to follow."),
            ("12:30", "PS 1633", "Crime recorded CRM/26/33815. Closed to PPU.")]), style="plain"),
        D(2026, 8, 11, 13), "INCIDENT_LOG")
    c.pdf("Crime report.pdf", crime_report(c, dict(
        system="ELMS-RMS", ref="CRM/26/33815", classification="Rape of a female aged 16 or over (domestic)", hocode="19C",
        when="02/08/2026 21:30 - 23:45", reported="11/08/2026 10:24 (front counter)", location="Flat 6, 41 Nene Street, Kettlewick",
        victim="WÓJCIK, Agnieszka Maria (35)", suspect="MARSH, Robert John (41)", oic="DC 2650 STONE",
        incident="KTW-20260811-0093", flags="Domestic abuse; interpreter (Polish); child in household",
        mo=["Ex-partner attended to collect property, refused to leave and raped the victim in her bedroom."],
        diversity=["Female, 35, White Other (Polish), Roman Catholic, first language Polish."],
        log=[("11/08/2026", "PC 0917 FINCH", "Report received, DASH high, interpreter used."),
             ("12/08/2026", "DC 2650 STONE", "PATEL statement (first complaint). ISVA referral (Polish-speaking)."),
             ("14/08/2026", "DC 2650 STONE", "ABE with interpreter. DPN signed. Phone to DFU."),
             ("19/08/2026", "DC 2650 STONE", "Arrest, interview (alibi), bail with conditions."),
             ("20/08/2026", "DC 2650 STONE", "VPS through interpreter."),
             ("25/08/2026", "DC 2650 STONE", "Early advice CPS (D. ELLIS): cell site + alibi statement."),
             ("02/09/2026", "DC 3001 LEWIS", "Statement Paul MARSH (alibi)."),
             ("18/10/2026", "DC 2650 STONE", "Cell site report received."),
             ("12/01/2027", "DS 1444 OKAFOR", "File approved for CPS.")])), D(2027, 1, 11), "CRIME_REPORT")
    e = [("1", "Incident record KTW-20260811-0093 (front counter report, first complaint to police) - copy attached.", "File"),
         ("2", "Crime report CRM/26/33815 - copy attached.", "File"),
         ("3", "PC FINCH pocket notebook 11/08/2026, pp 40-42 (initial account through telephone interpreter).", "PPU"),
         ("4", "Language service booking record and call reference for the telephone interpreter, 11/08/2026.", "PPU"),
         ("5", "DASH risk assessment 11/08/2026 (high).", "PPU"),
         ("6", "ABE interview plan, DC STONE, 14/08/2026.", "PPU"),
         ("7", "Extraction report DFU-EL-26-1120 including messages of 02/08/2026 15:10-15:12 about the tools (may assist "
               "the defence) - copy attached.", "File"),
         ("8", "Statement of Paul MARSH, 02/09/2026 (alibi, not relied on by the prosecution) - copy attached.", "File"),
         ("9", "Call data records for 07700 900882, 02-03/08/2026, obtained for cell site analysis.", "TIU"),
         ("10", "Domestic incident log 14/11/2025 (verbal argument between complainant and suspect, no offences).", "PPU"),
         ("11", "House-to-house forms, 41 Nene Street (8 flats), 13/08/2026: negative.", "PPU"),
         ("12", "Download report of suspect's phone, DFU-EL-26-1188.", "DFU"),
         ("13", "Custody record and bail records of MARSH, 19/08/2026 and extension 14/11/2026.", "Custody"),
         ("14", "Note of early advice discussion with CPS (D. ELLIS), 25/08/2026.", "PPU"),
         ("15", "Translated copy of the VPS (Polish original).", "PPU")]
    c.docx("MG6C.docx", mg6c(c, dict(rv="MARSH", entries=e, officer="DC 2650 G. STONE", date="11/01/2027"), "prose"),
           D(2027, 1, 11), "MG6C")
    c.scan("scan_0007.pdf", mg6d(c, dict(rv="MARSH", officer="DC 2650 G. STONE", date="11/01/2027", entries=[
        ("1", "Safeguarding (child) referral to Elmshire Children's Services, 11/08/2026.", "Third-party sensitive information "
         "about a child; not relevant to the issues."),
        ("2", "ISVA referral form with the complainant's new address.", "Personal data; risk to the complainant.")])),
        D(2027, 1, 11), "MG6D")
    c.docx("MG6E.docx", mg6e(c, dict(rv="MARSH", officer="DC 2650 G. STONE", date="11/01/2027",
                                     undermine=["MG6C item 8: statement of Paul MARSH supporting the suspect's alibi - copy "
                                                "attached.",
                                                "MG6C item 7: messages of 02/08/2026 at 15:10-15:12 showing an argument about the "
                                                "tools, which is consistent with part of the suspect's account - contained in "
                                                "the extraction report, copy attached."])), D(2027, 1, 11), "MG6E")
    c.pdf("MG2.pdf", mg2(c, dict(
        witness="Agnieszka Maria WÓJCIK", age="09/04/1991 (35)", status="Complainant",
        eligibility="Intimidated witness - s.17(4) YJCEA 1999", measures=[
            ("Evidence in chief by video recording (s.27)", "Yes", "ABE 14/08/2026, GS/1."),
            ("Pre-recorded cross-examination (s.28)", "Yes", "Explained in Polish 14/08/2026; she wants it."),
            ("Screens (s.23)", "Yes", "She does not want to see the suspect."),
            ("Live link (s.24)", "Yes", "Alternative to screens."),
            ("Intermediary (s.29)", "No", "No communication difficulty other than language.")],
        s28=["She understands that her cross-examination can be recorded before trial and wants this."],
        intermediary=["Not required. A Polish interpreter will be needed at every hearing (not a special measure)."],
        views=["She asks for a female interpreter and for her ISVA to be with her."],
        by="DC 2650 STONE", date="14/08/2026")), D(2026, 8, 14), "MG2")
    c.docx("MG12.docx", mg12(c, "MARSH", [
        ("GS/1", "ABE interview master, WÓJCIK, 14/08/2026", "DC STONE", "PPU (sealed)"),
        ("GS/2", "ABE working copy (file provided)", "DC STONE", "With file"),
        ("GS/3", "Samsung Galaxy A54 of the complainant (returned 17/08/2026)", "DC STONE", "Returned"),
        ("GS/4", "Recording of interview of MARSH 19/08/2026", "DC STONE", "Interview store"),
        ("SQ/1", "Cell site analysis report, 18/10/2026", "Sarah QUINN", "With file")], "DC 2650 STONE", "11/01/2027"),
        D(2027, 1, 11), "MG12")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
                "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


def action_plan(c: Case, d):
    b = [P("CROWN PROSECUTION SERVICE", bold=True), P(d["area"]),
         T("Pre-charge decision - Action Plan", "Further information required before a charging decision can be made"),
         KV([("Police URN", c.urn), ("CPS reference", d["cpsref"]), ("Suspect", d["suspect"]),
             ("Date of action plan", d["date"]), ("Police response required by", d["due"]),
             ("Officer in the case", d["oic"])], cols=2, label_w=0.32),
         P(d["intro"])]
    b += [TBL(["No.", "Action required", "Reason", "Date due"], d["items"], widths=[0.6, 5, 4, 1.5])]
    b += _paras(d.get("end"))
    b += [P(f"{d['lawyer']}\nTel {d['tel']}   E-mail {d['email']}")]
    return Doc(b, family="sans", size=10, head="OFFICIAL-SENSITIVE", foot=f"CPS ref {d['cpsref']}")


def mg3a(c: Case, d):
    oic = d["oic"]
    sup, sup_date, sup_comment = d["supervisor"]
    b = [T("FURTHER REPORT TO CROWN PROSECUTOR", "MG3A - response to CPS action plan"), URNBOX(c.urn),
         KV([("Force", d["force"]), ("Date", d["date"]), ("Previous MG3", d["prev"]), ("Action plan dated", d["ap_date"]),
             ("CPS reference", d["cpsref"]), ("Decision now sought", d["test"])], cols=4, label_w=0.4),
         H("Response to each action")]
    b += [TBL(["No.", "Action", "Police response", "Where in file"], d["rows"], widths=[0.6, 3, 6, 2])]
    b += [H("Updated position")] + _paras(d["update"])
    b += [H("Outstanding evidence")] + _paras(d["outstanding"])
    b += [H("Officer in the case")]
    b += [KV([("Name", nm(oic, "rank")), ("Direct line", oic["phone"]), ("E-mail", oic["email"])], cols=2, label_w=0.25)]
    b += [H("Supervisor")] + _paras(sup_comment) + [KV([("Supervisor", nm(sup, "rank")), ("Date", sup_date)], cols=4, label_w=0.3)]
    return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 3A", title="MG3A")


# ==============================================================================================
# CASE 04  -  Marcher Vale Police: RESUBMISSION.  MG3A answering every item of a CPS action plan
# (action plan in the folder); original submission in a subfolder; MG6C as a spreadsheet;
# third-party (employer HR) request with notice to the complainant.  COMPLIANT.
# ==============================================================================================

def case04(out):
    c = Case(out, "63MV0288126 resubmission (MG3A)", "63MV0288126", seed=404)
    force, stn = "Marcher Vale Police", "Ludbury Police Station - RASSO Team"
    sub = "Original submission 15-10-2026"
    os.makedirs(os.path.join(c.dir, sub))
    han = person("Hannah", "Cole", "Louise", title="Ms")
    mum = person("Angela", "Cole", "Mary", title="Mrs")
    priya = person("Priya", "Desai", title="Ms")
    malik = person("Aisha", "Malik", "Noor", title="Dr")
    evans = officer("PC", "3310", "Rhys", "Evans", station="Ludbury")
    khan = officer("DC", "1290", "Sarah", "Khan", station="Ludbury", phone="01632 960738",
                   email="sarah.khan@marchervale.police.example")
    ward = officer("DS", "2015", "Peter", "Ward")
    sus = "Darren Paul WHITFIELD"

    # ---------------- original submission (subfolder) ----------------
    d = dict(force=force, station=stn, date="15/10/2026", op="-", test="Full Code Test",
             suspects=[dict(name=sus, dob="30/01/1980", address="5 Tanners Row, Ludbury LB6 2EE",
                            status="Conditional pre-charge bail")],
             offences=["Count 1: sexual assault, s.3 Sexual Offences Act 2003 - 12/06/2026, Brindley Logistics, Unit 4, "
                       "Ludbury (touching her breasts and bottom over clothing in the loading-bay office).",
                       "Count 2: rape, s.1 Sexual Offences Act 2003 - 20/06/2026 at about 22:40, in the suspect's car, lay-by "
                       "on Coldharbour Lane, Ludbury (penile-vaginal)."],
             early_advice="Early advice was not sought because the suspect had been interviewed and the evidence gathered "
                          "by the time the RASSO team took the case; DS WARD recorded this decision on 30/06/2026.",
             summary=["Ms COLE (19) works at Brindley Logistics, where the suspect (46) is her shift supervisor. On 12/06/2026 "
                      "he touched her breasts and bottom in the loading-bay office. On 20/06/2026 he offered her a lift home "
                      "after a late shift, drove to a lay-by on Coldharbour Lane, and raped her in the back of the car.",
                      "She told a colleague at work on 22/06/2026 and her mother on 23/06/2026, who called 101 on 24/06/2026. "
                      "ABE interview 26/06/2026 (DC KHAN). SARC examination 21/06/2026 was not possible as she had not then "
                      "disclosed; she attended the SARC on 25/06/2026 (Dr MALIK)."],
             witnesses=[("Hannah COLE", "Complainant", "ABE SK/1"), ("Angela COLE (mother)", "First account 23/06", "MG11"),
                        ("PC 3310 EVANS", "First officer", "MG11"), ("DC 1290 KHAN", "ABE, OIC", "MG11")],
             suspect_account=["He accepts giving her a lift on 20/06/2026 but says he drove her straight home. He denies any "
                              "sexual contact on either date. He says she is lying because he reported her for lateness on "
                              "18/06/2026 and she faced a disciplinary hearing."],
             loe=["Lines of enquiry pursued: workplace CCTV (loading bay office not covered; MG6C item 6); colleagues on shift; "
                  "the suspect's phone (seized); Ms COLE's phone examined by the DFU (see DPN); vehicle examined (nothing of "
                  "evidential value after two weeks and valeting, MG6C item 9)."],
             forensic=["SARC attendance 25/06/2026. FME statement requested 01/07/2026, target date 30/10/2026."],
             digital=["Ms COLE's phone was examined by the DFU following her signed agreement."],
             outstanding=[("FME statement, Dr MALIK", "01/07/2026", "30/10/2026")],
             victim=dict(sm="MG2 attached: ABE as evidence in chief, screens.", needs="None identified.",
                         vps="See MG2.", isva="Referred to Marcher Vale ISVA service 24/06/2026."),
             disclosure=["MG6C and MG6E attached."],
             bail=["Conditional bail to 24/01/2027: not to contact Hannah COLE directly or indirectly; not to enter the "
                   "Brindley Logistics site, Unit 4, Ludbury Trading Estate (he is suspended from work)."],
             oic=khan, supervisor=(ward, "15/10/2026", "Approved for submission."))
    c.pdf(f"{sub}/MG3 original 15-10-2026.pdf", mg3(c, d, "national"), D(2026, 10, 15), "MG3")

    evans_body = [["At 16:20 on Wednesday 24 June 2026 I attended 19 Weaver Street, Ludbury, following a 101 call from Angela "
                   "COLE, and I was the first officer to attend. I spoke to her daughter Hannah COLE, who told me that her "
                   "supervisor at work, Darren WHITFIELD, had touched her in the office at work and had later 'made her have "
                   "sex' in his car after giving her a lift. With her agreement I recorded this initial account on my body-worn "
                   "video camera from 16:22 to 16:41. I exhibit the recording as RE/1; a copy is provided with the file. I "
                   "arranged for the PPU to contact her."]]
    c.pdf(f"{sub}/MG11 PC EVANS.pdf", mg11(c, evans, evans_body, "24/06/2026", sig="typed",
                                           occupation="Police Constable 3310"), D(2026, 6, 24, 20), "MG11", "officer")
    khan_body = [["I am a detective constable trained in Achieving Best Evidence. On Friday 26 June 2026 between 13:00 and 14:12 "
                  "I conducted a video-recorded interview with Hannah COLE at Ludbury ABE suite, monitored by DC 4412 NASH. I "
                  "exhibit the master recording as SK/1 and the working copy as SK/2; a copy is supplied with the file.",
                  "On the same day I explained the Digital Processing Notice to her. She signed it at 14:40 and I took her "
                  "Apple iPhone SE (SK/3) to the DFU."]]
    c.pdf(f"{sub}/MG11 DC KHAN.pdf", mg11(c, khan, khan_body, "26/06/2026", sig="sgd", occupation="Detective Constable 1290"),
          D(2026, 6, 26, 17), "MG11", "officer")
    mum_body = [["Hannah is my daughter and lives with me. On the evening of Tuesday 23 June 2026 she was very quiet at dinner "
                 "and then started crying. She told me that her boss Darren had been 'touching her' at work and that on the "
                 "Saturday before he had driven her to a lay-by and 'had sex with me when I didn't want to'. She said she "
                 "had told her friend at work the day before. I rang 101 the next day."]]
    c.pdf(f"{sub}/MG11 COLE Angela.pdf", mg11(c, mum, mum_body, "24/06/2026", sig="signed_name", occupation="Teaching assistant",
                                              rear=dict(address="19 Weaver Street, Ludbury", postcode="LB2 7QA",
                                                        phone="07700 900240", gender="Female")),
          D(2026, 6, 24, 21), "MG11", "first_account")
    c.video(f"{sub}/RE1 BWV EVANS 24-06-2026.mp4", "bwv", lambda t: ["BWV PC3310  MVP", "2026-06-24 16:22:%02d" % (int(t) + 4)],
            seconds=3, etype="BWV")
    c.video(f"{sub}/ABE COLE SK2.mp4", "abe", lambda t: ["LUDBURY ABE SUITE", "26/06/2026 13:00:%02d" % (int(t) + 12)],
            seconds=3, etype="ABE_RECORDING")
    c.pdf(f"{sub}/ABE summary COLE.pdf", abe_summary(c, dict(
        who="Hannah Louise COLE", age="19", date="26/06/2026", times="13:00 - 14:12", place="Ludbury ABE suite",
        interviewer="DC 1290 Sarah KHAN", monitor="DC 4412 Paul NASH", exhibit="SK/1 master; SK/2 working copy",
        rows=[("00:01:00", "Introductions and ground rules."),
              ("00:04:30", "Free narrative: job at Brindley since January; Darren is her supervisor."),
              ("00:09:50", "12/06: in the loading-bay office he put his hands on her breasts and then her bottom over her "
                           "clothes; she pushed his hand away; he laughed."),
              ("00:18:40", "20/06: lift home after the 14:00-22:00 shift. He turned into the lay-by on Coldharbour Lane, said "
                           "he wanted to 'talk about her warning'. Got in the back, pulled her to him, pulled down her leggings."),
              ("00:26:15", "Penile penetration of her vagina; she said 'no, please don't'; she was crying. He then drove her "
                           "home and said 'this stays between us or you're finished here'."),
              ("00:32:10", "Monday 22/06 on break she told 'Priya' from her shift what happened. Told her mum the next day."),
              ("00:41:00", "Questioning: the lateness warning on 18/06; why she accepted the lift; messages from him."),
              ("01:10:30", "Closure.")],
        by="DC 1290 KHAN", prepared="29/06/2026")), D(2026, 6, 29), "ABE_SUMMARY")
    c.pdf(f"{sub}/ROTI WHITFIELD.pdf", roti(c, dict(
        suspect=sus, place="Ludbury custody", date="29/06/2026", start="10:05", end="10:49", duration="44 minutes",
        officers="DC 1290 KHAN, DC 4412 NASH", present="Mr Alan PRYOR, solicitor", exhibit="SK/4",
        rows=[("00:00", "DC KHAN", "Caution, rights."),
              ("03:20", "WHITFIELD", "Gave Hannah a lift on 20/06 because it was late. Drove straight to Weaver Street."),
              ("11:00", "WHITFIELD", "Denies stopping in a lay-by. Denies any sexual contact then or on 12/06."),
              ("19:40", "WHITFIELD", "She is lying because he reported her lateness on 18/06 and she was given a warning."),
              ("33:10", "DC NASH", "Asks about messages to her on 21/06 ('you ok? remember what I said'). He says he meant the "
                                   "lateness warning."),
              ("43:50", "DC KHAN", "Interview concluded 10:49.")],
        prepared_by="DC 1290 KHAN")), D(2026, 6, 30), "ROTI")
    c.pdf(f"{sub}/PNC WHITFIELD.pdf", pnc_print(c, dict(name="WHITFIELD, Darren Paul", dob="30/01/1980", pnc="98/0130447W"),
                                                [], printed="14/10/2026", by="DC 1290 KHAN"), D(2026, 10, 14), "PNC")
    c.pdf(f"{sub}/Incident log.pdf", incident_log(c, dict(
        system="STRATA", ref="MV-260624-0388", date="24/06/2026", opened="15:02", type="SEXUAL OFFENCE - HISTORIC < 1 MONTH",
        location="19 Weaver Street, Ludbury", informant="COLE, Angela (mother of victim)", crime="MV/26/20911",
        entries=[("15:02", "CC 2231", "101 call from mother: daughter (19) disclosed last night that her supervisor raped "
                                      "her in his car on Sat 20/06 and touched her at work. Suspect Darren WHITFIELD."),
                 ("15:10", "CC 2231", "Victim at home, safe. Suspect not present."),
                 ("15:40", "DISP", "PC 3310 EVANS allocated."),
                 ("16:20", "PC3310", "On scene. Initial account, BWV with consent."),
                 ("17:30", "PS 0922", "Crime recorded MV/26/20911. PPU informed.")])), D(2026, 6, 24, 18), "INCIDENT_LOG")
    c.pdf(f"{sub}/Crime report.pdf", crime_report(c, dict(
        system="STRATA", ref="MV/26/20911", classification="Rape of a female 16 or over; sexual assault on a female",
        hocode="19C / 20A", when="12/06/2026 and 20/06/2026", reported="24/06/2026 15:02 (101)",
        location="Brindley Logistics, Unit 4; lay-by Coldharbour Lane, Ludbury", victim="COLE, Hannah Louise (19)",
        suspect="WHITFIELD, Darren Paul (46)", oic="DC 1290 KHAN", incident="MV-260624-0388",
        mo=["Supervisor abused position of trust at work; offered lift and raped victim in car."],
        log=[("24/06/2026", "PC 3310 EVANS", "Initial account. ISVA referral."),
             ("25/06/2026", "DC 1290 KHAN", "SARC attendance (Dr MALIK)."),
             ("26/06/2026", "DC 1290 KHAN", "ABE; DPN; phone to DFU."),
             ("29/06/2026", "DC 1290 KHAN", "Arrest, interview, bail."),
             ("15/10/2026", "DS 2015 WARD", "File to CPS."),
             ("09/11/2026", "DC 1290 KHAN", "CPS action plan received (6 items) - response due 11/01/2027."),
             ("08/01/2027", "DS 2015 WARD", "MG3A approved.")])), D(2026, 10, 14), "CRIME_REPORT")
    e = [(1, "Incident log MV-260624-0388 (101 call by mother, first report to police) - in file", "File", ""),
         (2, "Body-worn video activation log for PC EVANS, 24/06/2026 (the footage itself is exhibited as RE/1)", "DEMS", ""),
         (3, "PC EVANS pocket notebook 24/06/2026 pp 5-7", "PPU", ""),
         (4, "ABE interview plan, DC KHAN, 26/06/2026", "PPU", ""),
         (5, "SARC referral and consent forms 25/06/2026", "SARC", ""),
         (6, "E-mail from Brindley Logistics security, 30/06/2026: CCTV covers the yard only, not the loading-bay office; "
             "yard footage for 12/06/2026 viewed, shows nothing relevant", "PPU", ""),
         (7, "Download report DFU/26/1471 of suspect's Samsung phone", "DFU", ""),
         (8, "Suspect's message to Ms COLE 21/06/2026 09:12 'you ok? remember what I said' (exhibited in extraction report)",
          "DFU", ""),
         (9, "Vehicle examination record, suspect's Ford Focus, 03/07/2026: valeted, nothing recovered", "PPU", ""),
         (10, "Custody record and bail records of WHITFIELD", "Custody", ""),
         (11, "Notes of conversations with four colleagues on the 20/06 shift (none saw them leave)", "PPU", ""),
         (12, "Lateness warning letter to Ms COLE dated 18/06/2026 (supplied by employer; see MG3A item 6)", "PPU", ""),
         (13, "Work rota and clocking records 20/06/2026 (see MG3A item 6) - in file", "File", ""),
         (14, "Vehicle telematics report, 20/06/2026 (see MG3A item 6) - in file", "File", "")]
    c.xlsx("16 MG6C updated.xlsx", ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)", f"URN {c.urn}",
                                "R v WHITFIELD", "Disclosure officer: DC 1290 S. KHAN   Updated 08/01/2027"],
           ["Item", "Description", "Location", "CPS comment"], [(a, b_, l) for (a, b_, l, _x) in e], D(2027, 1, 8),
           etype="MG6C")
    c.pdf("17 MG6E updated.pdf", mg6e(c, dict(rv="WHITFIELD", officer="DC 1290 S. KHAN", date="08/01/2027",
                                          undermine=["Item 12: lateness warning of 18/06/2026 - supports the suspect's "
                                                     "suggested motive; copy in file (HR response of 30/11/2026, document 19).",
                                                     "Item 13: rota/clocking records - in file."])), D(2027, 1, 8), "MG6E")
    c.pdf("18 MG12 updated.pdf", mg12(c, "WHITFIELD", [
        ("RE/1", "Body-worn video, PC EVANS, 24/06/2026 16:22-16:41 (copy provided)", "PC EVANS", "File"),
        ("SK/1", "ABE master, COLE, 26/06/2026", "DC KHAN", "PPU"), ("SK/2", "ABE working copy (provided)", "DC KHAN", "File"),
        ("SK/3", "Apple iPhone SE of complainant (returned 29/06/2026)", "DC KHAN", "Returned"),
        ("SK/4", "Recording of interview WHITFIELD", "DC KHAN", "Interview store"),
        ("AM/1-AM/3", "SARC swabs 25/06/2026 (not submitted - five days after, no forensic strategy)", "Dr MALIK", "SARC"),
        ("PD/1", "Screenshots of Snapchat messages with the complainant 22/06/2026", "Priya DESAI", "File"),
        ("TEL/1", "Telematics report, Ford Focus LB21 XKE, 20/06/2026", "DC KHAN", "File")],
        "DC 1290 KHAN", "08/01/2027"), D(2027, 1, 8), "MG12")

    # ---------------- action plan and response (top level) ----------------
    items = [("1", "Obtain a statement from the colleague to whom the complainant first disclosed at work (referred to in "
                   "the ABE at 00:32:10 as 'Priya').", "Recent complaint evidence (CJA 2003 s.120); key statement missing.",
              "07/12/2026"),
             ("2", "Provide the sensitive material schedule (MG6D), or a nil return.", "Schedule not provided.", "07/12/2026"),
             ("3", "Clarify the examination of the complainant's phone: the reasonable line of enquiry, the data and date "
                   "range extracted, and provide the signed Digital Processing Notice.", "MG3 does not say what was "
                   "extracted or on what basis (R v Bater-James).", "07/12/2026"),
             ("4", "Provide the statement of the forensic physician (target date 30/10/2026 has passed).",
              "Medical evidence outstanding.", "07/12/2026"),
             ("5", "Confirm whether a VPS was offered and record the complainant's view on s.28 pre-recorded "
                   "cross-examination.", "Victims' Code; special measures.", "07/12/2026"),
             ("6", "Obtain the suspect's rota/clocking data and any telematics for his car on 20/06/2026; consider "
                   "proportionately the suspect's claim that the complainant had a motive (disciplinary).",
              "Reasonable lines of enquiry, including those pointing away from the suspect.", "11/01/2027")]
    c.pdf("01 CPS action plan 09-11-2026.pdf", action_plan(c, dict(
        area="Marcher Vale Area - RASSO Unit", cpsref="MV-RASSO-26-3391", suspect=sus, date="09/11/2026", due="11/01/2027",
        oic="DC 1290 Sarah KHAN", intro="The prosecutor has reviewed the file submitted on 15/10/2026. A charging decision "
                                        "cannot be made until the following actions are completed.",
        items=items, end=["Please respond on form MG3A, addressing each numbered action."],
        lawyer="Jonathan REECE, Senior Crown Prosecutor", tel="01632 960901", email="jonathan.reece@cps.example")),
        D(2026, 11, 9), "ACTION_PLAN")

    rows = [("1", "Statement of first-disclosure colleague", "Statement taken from Priya DESAI on 30/11/2026. She confirms "
                  "the disclosure on 22/06/2026 in the canteen and exhibits Snapchat messages from that evening (PD/1).",
             "04 MG11 DESAI"),
            ("2", "MG6D", "Sensitive schedule completed (two items).", "05 MG6D"),
            ("3", "Complainant's phone", "The examination was not a full download. Line of enquiry: messages sent to her by "
                  "the suspect after 20/06/2026 and her messages to Priya DESAI about the disclosure. DPN signed 26/06/2026. "
                  "Extraction limited to iMessage/SMS with the suspect's number and Snapchat with DESAI, 01/06/2026 to "
                  "24/06/2026. DPN and extraction report attached.", "06 DPN; 07 extraction"),
            ("4", "FME statement", "Statement of Dr Aisha MALIK dated 27/11/2026 attached. Ms COLE's consent to release of "
                  "SARC notes (25/06/2026) is recorded in it.", "08 MG11 Dr MALIK"),
            ("5", "VPS and s.28", "VPS offered 26/06/2026; she made it on 02/12/2026 (attached). s.28 explained on "
                  "02/12/2026; she wants her cross-examination pre-recorded. Updated MG2 attached.", "09 VPS; 10 MG2"),
            ("6", "Rota, telematics, motive", "Clocking: both clocked out 22:04. Telematics (company fleet tracker) show the "
                  "car stationary in the Coldharbour Lane lay-by 22:31-22:58, then at Weaver Street 23:06. HR records: a "
                  "request limited to the lateness warning and any disciplinary outcome for June 2026 was sent to Brindley "
                  "Logistics on 25/11/2026 with its reasons; Ms COLE was given written notice beforehand. The warning was "
                  "informal and no hearing was arranged. Items scheduled on MG6C 12-14 and the warning is disclosed (MG6E).",
             "11, 12, 14, 15")]
    upd = ["The evidence is now complete. The telematics contradict the suspect's account that he drove straight home and "
           "support the complainant's account of the lay-by. The lateness warning (which may assist the defence) is scheduled "
           "and provided."]
    c.pdf("02 MG3A response.pdf", mg3a(c, dict(
        force=force, date="08/01/2027", prev="MG3 of 15/10/2026", ap_date="09/11/2026", cpsref="MV-RASSO-26-3391",
        test="Full Code Test", rows=rows, update=upd,
        outstanding=["No further enquiries are outstanding."], oic=khan,
        supervisor=(ward, "08/01/2027", ["All six actions have been completed and checked by me."]))),
        D(2027, 1, 8), "MG3A")

    priya_body = [["I work at Brindley Logistics on the same shift as Hannah COLE. On Monday 22 June 2026, on our 11 o'clock "
                   "break in the canteen, Hannah was very quiet. When I asked what was wrong she started crying and said "
                   "'Darren did something to me on Saturday when he gave me a lift'. She said he drove into a lay-by and got "
                   "in the back with her and 'had sex with me, I kept saying no'. She also said he had grabbed her chest in the "
                   "office the week before. She begged me not to tell anyone at work because he was our supervisor.",
                   "That evening we messaged on Snapchat. I saved screenshots of those messages and produce them as PD/1. I "
                   "am willing to go to court."]]
    c.pdf("04 MG11 DESAI.pdf", mg11(c, priya, priya_body, "30/11/2026", sig="scribble", occupation="Warehouse operative",
                                    rear=dict(address="8 Linden Court, Ludbury", postcode="LB4 1SS", phone="07700 900612",
                                              gender="Female", dates="22/03/2027 - 26/03/2027"),
                                    taken_by=khan, time_place="30/11/2026 18:00, witness's home"),
          D(2026, 11, 30, 19), "MG11", "first_account")
    c.pdf("05 MG6D.pdf", mg6d(c, dict(rv="WHITFIELD", officer="DC 1290 S. KHAN", date="30/11/2026", entries=[
        ("1", "ISVA referral form 24/06/2026", "Complainant's personal and health information."),
        ("2", "Employer's HR correspondence naming other staff under investigation for unrelated matters",
         "Personal data of third parties unconnected with the case.")])), D(2026, 11, 30), "MG6D")
    c.pdf("06 DPN COLE.pdf", dpn(c, dict(
        force=force, user="Hannah Louise COLE", device="Apple iPhone SE (white), SK/3", imei="35 320915 770455 1",
        why=["Darren WHITFIELD sent you messages after 20 June 2026, and you messaged your friend Priya about what happened. "
             "These messages are relevant to what happened, to when you first told someone, and to what he has said."],
        types="iMessage/SMS with 07700 900934 (WHITFIELD); Snapchat messages with Priya DESAI",
        range="01/06/2026 to 24/06/2026", method="Selective extraction", exclude="All other apps, contacts, photos and data",
        sig_blocks=[SIG("Signature of device user:", "", "scribble", "H Cole"), P("Date: 26/06/2026 14:40")],
        officer="DC 1290 Sarah KHAN", date="26/06/2026 14:40")), D(2026, 6, 26, 15), "DPN")
    c.pdf("07 Extraction report DFU-26-1466.pdf", extraction(c, dict(
        labref="DFU/26/1466", req="DC 1290 KHAN", examiner="L. GRANT, DFU", device="Apple iPhone SE, SK/3",
        user="Hannah COLE (complainant)", authority="DPN 26/06/2026", date="27/06/2026",
        params=["iMessage/SMS with 07700 900934; Snapchat with user 'priya.d'; 01/06/2026 - 24/06/2026. Nothing else extracted."],
        rows=[("1", "21/06/2026 09:12", "Darren", "Hannah", "you ok? remember what I said"),
              ("2", "22/06/2026 19:40", "Hannah", "priya.d", "pls dont tell anyone what i said today"),
              ("3", "22/06/2026 19:42", "priya.d", "Hannah", "I wont babe but u need to tell someone. what he did is rape")])),
        D(2026, 6, 27), "DIGITAL_EXTRACT")
    malik_body = [["I am a registered medical practitioner and forensic physician at Marcher Vale SARC. On 25 June 2026 at 11:00 "
                   "I examined Hannah COLE, aged 19, with her written consent, which included consent to release my notes to "
                   "the police and CPS. She described non-consensual penile-vaginal intercourse on 20 June 2026.",
                   "There were no injuries. Five days after the event, the absence of injury is common and neither supports "
                   "nor undermines the account. I took swabs AM/1 to AM/3; after discussion with the OIC they have not been "
                   "submitted as intercourse is denied and the interval reduces the prospects of recovery; they remain stored."]]
    c.pdf("08 MG11 Dr MALIK.pdf", mg11(c, malik, malik_body, "27/11/2026", sig="sgd", occupation="Forensic physician"),
          D(2026, 11, 27), "MG11", "expert")
    c.pdf("09 VPS COLE.pdf", vps(c, han, ["I loved my job and now I cannot go back there. I have stopped going out and I "
                                          "get panic attacks in cars. I want him to know what he took from me."], "02/12/2026"),
          D(2026, 12, 2), "VPS")
    c.pdf("10 MG2 (updated).pdf", mg2(c, dict(
        witness="Hannah Louise COLE", age="19", status="Complainant", eligibility="s.17(4) YJCEA - sexual offence complainant",
        measures=[("Video-recorded evidence in chief (s.27)", "Yes", "SK/1"),
                  ("Pre-recorded cross-examination (s.28)", "Yes", "Explained 02/12/2026 - she wants it"),
                  ("Screens (s.23)", "Yes", ""), ("Live link (s.24)", "Yes", "Preferred")],
        s28=["She wants her cross-examination pre-recorded (02/12/2026)."],
        intermediary=["Not needed - no communication needs; not vulnerable under s.16."],
        views=["Support from her ISVA; she would like to avoid the suspect's family at court."],
        by="DC 1290 KHAN", date="02/12/2026")), D(2026, 12, 2), "MG2")
    c.pdf("11 Telematics report.pdf", Doc([
        T("Fleet telematics extract", "Brindley Logistics - vehicle LB21 XKE (Ford Focus, allocated to D. WHITFIELD)"),
        P(f"URN {c.urn}  -  exhibit TEL/1, obtained by DC KHAN 01/12/2026 from the fleet manager."),
        TBL(["Time (20/06/2026)", "Location", "Status"], [
            ("22:06", "Unit 4, Ludbury Trading Estate", "Ignition on"),
            ("22:18", "A4110 northbound", "Moving"),
            ("22:31", "Lay-by, Coldharbour Lane", "Stationary, ignition off"),
            ("22:58", "Lay-by, Coldharbour Lane", "Ignition on"),
            ("23:06", "Weaver Street, Ludbury", "Stationary 3 min"),
            ("23:19", "Tanners Row, Ludbury", "Ignition off")], widths=[2, 5, 3])], family="sans", size=10,
        head="OFFICIAL-SENSITIVE"), D(2026, 12, 1), "OTHER")
    c.pdf("12 Rota and clocking.pdf", Doc([
        T("Rota and clocking records", "Brindley Logistics, Unit 4 - 20/06/2026 late shift"),
        TBL(["Employee", "Rota", "Clock in", "Clock out"], [("WHITFIELD D", "14:00-22:00 (supervisor)", "13:52", "22:04"),
                                                           ("COLE H", "14:00-22:00", "13:57", "22:04")], widths=[3, 3, 2, 2]),
        P(f"Supplied to DC KHAN on 01/12/2026. URN {c.urn}.")], family="sans", size=10), D(2026, 12, 1), "OTHER")
    c.pdf("13 Witness PNC updated.pdf", witness_pnc(c, [
        ("COLE, Hannah Louise", "14/05/2007", "Complainant", "No trace", "No trace"),
        ("COLE, Angela Mary", "02/10/1976", "First account (mother)", "No trace", "No trace"),
        ("DESAI, Priya", "19/08/2005", "First account (colleague)", "No trace", "No trace")],
        "04/12/2026", "DC 1290 KHAN"), D(2026, 12, 4), "PNC")
    c.pdf("14 Third party request - Brindley HR.pdf", letter(c, "Request for information: employment records relating to "
                                                             "Hannah COLE",
        ["Marcher Vale Police, RASSO Team", "Ludbury Police Station, Castle Street, Ludbury LB1 1AA", "Tel 01632 960738"],
        ["The HR Manager", "Brindley Logistics Ltd", "Unit 4, Ludbury Trading Estate"], "25/11/2026",
        ["I am investigating an allegation made by your employee Hannah COLE against another employee. The suspect says that "
         "Ms COLE has a reason to make a false allegation because he reported her for lateness on 18/06/2026 and she faced "
         "disciplinary action. Testing that claim is a reasonable line of enquiry that might point away from the suspect.",
         "I ask only for: (1) any lateness warning or disciplinary record concerning Ms COLE dated 01/06/2026 to 30/06/2026; "
         "(2) the outcome, if any. I do not ask for her personnel file, sickness or medical records, or anything else. This "
         "is necessary because the claim cannot be tested any other way, and proportionate because it is limited to one "
         "month and one subject. Ms COLE has been given written notice of this request.",
         "The information will be used only for this investigation and handled under the Data Protection Act 2018, Part 3."],
        f"DC 1290 Sarah KHAN, officer in the case  -  URN {c.urn}"), D(2026, 11, 25), "THIRD_PARTY")
    c.pdf("15 Notice to complainant s44B.pdf", letter(c, "Notice of a request for information about you (s.44B Police, "
                                                          "Crime, Sentencing and Courts Act 2022)",
        ["Marcher Vale Police, RASSO Team", "Ludbury Police Station"], ["Ms Hannah COLE", "(delivered by hand)"], "24/11/2026",
        ["We intend to ask your employer, Brindley Logistics, for one piece of information: any lateness warning or "
         "disciplinary record about you from June 2026, and its outcome. We are doing this because Darren WHITFIELD says you "
         "have made the allegation because of a warning, and we have a duty to check things that could point away from him.",
         "We will not ask for anything else. What we receive will be kept securely, used only for this case, and may be "
         "disclosed to the defence only if the law requires it. You can talk to me or your ISVA about this at any time.",
         "Delivered by hand and explained in person on 24/11/2026 at 17:30 in the presence of her ISVA."],
        f"DC 1290 Sarah KHAN  -  URN {c.urn}"), D(2026, 11, 24), ["CORRESPONDENCE", "OTHER", "THIRD_PARTY"])
    c.pdf("19 HR response and lateness warning.pdf", letter(c, "Your request of 25/11/2026 - Hannah COLE",
        ["Brindley Logistics Ltd - Human Resources", "Unit 4, Ludbury Trading Estate"],
        ["DC 1290 Sarah KHAN", "Marcher Vale Police, Ludbury"], "30/11/2026",
        ["In answer to your request, the only record for June 2026 is an informal lateness warning given to Ms COLE by her "
         "supervisor, Darren WHITFIELD, on 18/06/2026 after she arrived 25 minutes late for two shifts. A copy is enclosed. "
         "No disciplinary hearing was arranged and no further action was taken.",
         "Enclosure - warning note dated 18/06/2026: 'Hannah COLE, late 15/06 and 17/06. Informal warning given. To be "
         "reviewed in one month. D. Whitfield.'"],
        "Karen BELL, HR Manager", ref=f"Your ref: {c.urn}"), D(2026, 11, 30), "THIRD_PARTY")
    c.eml("Cover email.eml", "Sarah KHAN <sarah.khan@marchervale.police.example>", "MV RASSO Unit <rasso.mv@cps.example>",
          f"URN {c.urn} R v WHITFIELD - MG3A response to action plan of 09/11/2026",
          f"Dear Mr Reece,\n\nPlease find the MG3A and the material answering each of the six actions in your action plan of "
          f"09/11/2026 (your ref MV-RASSO-26-3391). The original submission is re-attached in its own folder for "
          f"completeness.\n\nDC 1290 Sarah Khan\nRASSO Team, Ludbury\nDirect line 01632 960738\n", D(2027, 1, 8, 16, 30))

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
                "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


def mg11_handwritten(c: Case, who, paras, date_str, occupation, rear=None, taken_by=None, time_place=""):
    """A paper MG11 filled in by hand at the scene (printed labels, handwritten entries)."""
    b = [T("WITNESS STATEMENT", STATUTE_LINES[0]), URNBOX(c.urn),
         HAND("Statement of:", nm(who, "fullm")), HAND("Age if under 18:", "over 18"), HAND("Occupation:", occupation),
         BOX(DECL_VARIANTS[0].format(pages=1)),
         SIG("Signature:", "", "scribble", nm(who)), HAND("Date:", date_str), RULE()]
    for p_ in paras:
        b += [HAND("", p_)]
    b += [SP(2), SIG("Signature:", "", "scribble", nm(who)), SIG("Signature witnessed by:", "", "scribble", "witness" + date_str)]
    if rear:
        b += [BR(), T("Witness contact details"), HAND("Home address:", rear["address"]), HAND("Tel:", rear["phone"]),
              HAND("Dates to avoid:", rear.get("dates", "none")),
              HAND("Willing to attend court?", rear.get("attend", "Yes")),
              HAND("Special measures / needs?", rear.get("needs", "No")),
              HAND("Statement taken by:", nm(taken_by, "rank")), HAND("Time and place:", time_place)]
    return Doc(b, head="OFFICIAL-SENSITIVE (when complete)", head_right="MG 11", size=10)


# ==============================================================================================
# CASE 05  -  Calderbrook Police, NEXUS printouts + phone photos.  THRESHOLD TEST, suspect in
# custody.  Stranger rape; first account to a householder (handwritten MG11 photographed at the
# scene); 999 audio; petrol-station CCTV; outstanding forensics all with target dates.  COMPLIANT.
# ==============================================================================================

def case05(out):
    c = Case(out, "CUSTODY 31CB0041227 threshold", "31CB0041227", seed=505, stage="threshold")
    SYS = "NEXUS"
    force, stn = "Calderbrook Police", "Calderbrook Central - Major Crime / RASSO"
    zoe = person("Zoe", "Price", "Amelia", title="Miss")
    holt = person("Graham", "Holt", "Peter", title="Mr")
    ren = officer("PC", "2733", "Jack", "Renshaw", station="Calderbrook Central")
    morton = officer("DC", "1170", "Faye", "Morton", station="Calderbrook Central")
    walsh = officer("PC", "1988", "Dean", "Walsh", station="Calderbrook Central")
    hughes = officer("DC", "2290", "Lucy", "Hughes", station="Calderbrook Central")
    oic = officer("DS", "0612", "Mark", "Bancroft", station="Calderbrook Central", phone="01632 960655",
                  email="mark.bancroft@calderbrook.police.example")
    di = officer("DI", "0301", "Ruth", "Ogunleye")

    d = dict(
        system=SYS, force=force, station=stn, date="12/01/2027",
        test="THRESHOLD TEST - suspect in custody",
        test_reason=[
            "Why the threshold test (Code for Crown Prosecutors, s.5):",
            "(1) The full code test cannot yet be applied: the DNA comparisons (complainant's swabs and fingernail scrapings "
            "against the suspect) are not yet available and the identification currently rests on police recognition from "
            "CCTV and scratches on the suspect's neck.",
            "(2) Further evidence will become available within a reasonable period: the swabs were submitted on the forensic "
            "fast-track at 18:00 on 11/01/2027 with results due 19/01/2027; cell site analysis is due 26/01/2027; a VIPER "
            "procedure is booked for 14/01/2027 (see outstanding evidence).",
            "(3) The seriousness of the case justifies an immediate decision: a stranger rape in a public park at night.",
            "(4) There are substantial grounds to object to bail: the suspect has a 2019 conviction for sexually assaulting a "
            "woman he did not know, he lives 400 metres from the park and from the complainant's route home, and there is a "
            "real risk that on bail he would commit further offences against women. No conditions would manage that risk.",
            "Detention: arrested 14:10 11/01/2027, relevant time 14:30. Superintendent 0455 CLARKE authorised continued "
            "detention to 02:30 13/01/2027 (s.42 PACE)."],
        suspects=[dict(name="BRENNAN, Kyle Anthony", dob="14/07/1997", address="41 Ashgrove Road, Calderbrook CB3 5NY",
                       status="IN CUSTODY - Calderbrook Central (custody ref CC/27/0119); detention authorised to 02:30 13/01/2027")],
        offences=["Rape, s.1(1) Sexual Offences Act 2003 - at about 23:20 on 10/01/2027 behind the bowls pavilion, Ashgrove "
                  "Park, Calderbrook, penetrated the vagina of Zoe PRICE with his penis without consent."],
        early_advice=["Early advice was not sought: the suspect was identified and arrested within fifteen hours and a "
                      "decision is needed within the custody time limit. This request goes to the CPS RASSO duty lawyer."],
        summary=["Miss PRICE (22), a student nurse, was walking home through Ashgrove Park at about 23:15 on Sunday 10/01/2027 "
                 "when a man grabbed her from behind, dragged her behind the bowls pavilion and raped her. She scratched his "
                 "neck. He ran towards the Ashgrove Road gate. She ran to 3 Park Terrace and told the householder, Graham "
                 "HOLT, 'a man attacked me in the park, he raped me'. Mr HOLT called 999 at 23:41 (recording MM/1).",
                 "CCTV from the Parkside service station on Ashgrove Road shows a man in a grey hooded top jogging away from the "
                 "park gate at 23:34 (FM/1). On 11/01/2027 PC WALSH recognised the man as the suspect, whom he has dealt with "
                 "several times. The suspect was arrested at home at 14:10; a grey hooded top was seized and there are fresh "
                 "scratches on the left side of his neck (photographed).",
                 "Her account was video-recorded (ABE) at 15:00 on 11/01/2027 by DC HUGHES."],
        witnesses=[("PRICE, Zoe Amelia", "Complainant", "ABE LH/1 (index attached)"),
                   ("HOLT, Graham - householder 3 Park Terrace", "First account, 999 caller", "MG11 at scene (photographed)"),
                   ("PC 2733 RENSHAW", "First officer on scene", "MG11 attached"),
                   ("PC 1988 WALSH", "Recognition from CCTV", "MG11 attached"),
                   ("DC 1170 MORTON", "CCTV recovery; 999 recording", "MG11 attached"),
                   ("DC 2290 HUGHES", "ABE interviewer", "MG11 attached")],
        suspect_account=["Interviewed twice (11/01 and 12/01/2027) with a solicitor; record attached. He denies the offence "
                         "and says he was at home alone all evening watching television. He says the scratches were caused "
                         "by his cat and that he had not been in the park. He declined to say whether the man on the CCTV was "
                         "him. Defence: alibi / mistaken identity."],
        loe=["Lines of enquiry, including those capable of pointing away from the suspect:"],
        loe_table=[("Identification (may point away)", "Recognition by PC WALSH (Turnbull: prior dealings listed in his "
                    "statement; CCTV at distance, night, street lighting). VIPER with Miss PRICE booked 14/01/2027; she saw "
                    "his face for 'a second or two'. DNA is the key test."),
                   ("Alibi: home alone", "House-to-house on Ashgrove Road; doorbell camera at no. 44 (opposite) viewed - "
                    "covers its own path only, shows nothing of no. 41. Suspect's phone: cell site requested."),
                   ("Other possible offenders", "Public appeal produced two other names; both eliminated (verified alibis), "
                    "MG6C items 7 and 8."),
                   ("Scratches - cat", "Suspect does own a cat. FME examination of the suspect (Dr SHEIKH) describes the "
                    "scratches; comparison opinion requested with the FME statement."),
                   ("Complainant's phone", "Not examined: the offender is a stranger and no line of enquiry requires it. She "
                    "rang her flatmate at 23:05 before entering the park; the flatmate has been spoken to (MG6C item 6)."),
                   ("Wider CCTV", "Trawl of Ashgrove Road and the bus route continuing; see outstanding.")],
        forensic=["SARC (Calder SARC) 11/01/2027 02:30, Dr Imran SHEIKH: swabs, fingernail scrapings and clippings taken. "
                  "Miss PRICE signed consent at 03:10 on 11/01/2027 to the release of her SARC notes to police and CPS. "
                  "Suspect: intimate swabs, buccal reference, photographs of neck scratches, grey hooded top (FM/3)."],
        digital=["Suspect's phone seized (FM/4), full download and call data requested for cell site. No complainant device "
                 "examined, so no Digital Processing Notice is required."],
        outstanding=[("DNA: HVS/LVS swabs v suspect reference (fast-track)", "11/01/2027", "19/01/2027"),
                     ("DNA: complainant's fingernail scrapings v suspect", "11/01/2027", "19/01/2027"),
                     ("VIPER identification procedure (Miss PRICE)", "12/01/2027", "14/01/2027"),
                     ("Cell site analysis of suspect's phone 10/01/2027 22:00-00:30", "12/01/2027", "26/01/2027"),
                     ("Wider CCTV trawl, Ashgrove Road and bus route", "11/01/2027", "22/01/2027"),
                     ("FME statements (complainant and suspect)", "11/01/2027", "22/01/2027"),
                     ("Fibres/soil comparison, grey hooded top v scene", "12/01/2027", "15/02/2027")],
        victim=dict(sm="Eligible s.17(4). ABE to be evidence in chief; she wants screens and s.28 pre-recorded "
                       "cross-examination (explained 11/01/2027). No intermediary needed: no communication needs.",
                    needs="Wants female officers only. Student nurse on placement: contact by mobile after 18:00. No "
                          "interpreter.",
                    vps="VPS explained 11/01/2027; she will make it later when she feels able.",
                    isva="Referred by Calder SARC to Calder ISVA service 11/01/2027.",
                    views="Supports prosecution; wants to be told immediately of any release."),
        disclosure=["Initial MG6C and MG6D (nil) attached. Disclosure strategy: all appeal calls and eliminations are "
                    "scheduled; CCTV trawl material will be scheduled as it is viewed."],
        bail=["Not applicable - in custody (see above). If charged, a remand in custody will be sought."],
        pi=["PNC: 2019 sexual assault (stranger), registered sex offender until 2026 (expired). Copy attached."],
        oic=oic, supervisor=(di, "12/01/2027 19:40", ["I have reviewed the evidence and the threshold test grounds. The "
                                                       "case meets the conditions for a threshold decision. Approved."]))
    c.pdf("NEXUS_MG3_31CB0041227.pdf", mg3(c, d, "system"), D(2027, 1, 12, 20), "MG3")

    holt_paras = ["I live at 3 Park Terrace. At about 23:35 on Sunday 10 January 2027 there was loud banging on my front door. "
                  "When I opened it a young woman I did not know was on the step. She was crying and shaking and her jeans "
                  "were muddy and undone. She said 'Please help me, a man attacked me in the park, he raped me'. I brought her "
                  "in and rang 999 straight away.",
                  "While we waited she said he came from behind, put his hand over her mouth and dragged her behind the "
                  "bowls hut. She said she scratched his neck. She kept saying 'I couldn't stop him'. The police came about "
                  "ten minutes later. I did not see anyone outside."]
    holt_doc = mg11_handwritten(c, holt, holt_paras, "11/01/2027", "Retired postman",
                                rear=dict(address="3 Park Terrace, Calderbrook CB3 5PA", phone="07700 900909",
                                          dates="none", needs="No"),
                                taken_by=ren, time_place="11/01/2027 00:40, 3 Park Terrace")
    c.photos(["IMG_20270111_004512.jpg", "IMG_20270111_004530.jpg"], holt_doc, D(2027, 1, 11, 0, 45), "MG11",
             "first_account", make="Google", model="Pixel 7a", background=(60, 64, 70))

    ren_body = [["At 23:42 on Sunday 10 January 2027 I was sent to a report of a rape in Ashgrove Park. I arrived at 3 Park "
                 "Terrace at 23:49 and was the first officer there. A young woman, Zoe PRICE, was in the front room with the "
                 "householder, Graham HOLT. She was distressed, her jeans were muddy and she had leaves in her hair. She told "
                 "me a man had grabbed her from behind in the park, dragged her behind the bowls pavilion and raped her, and "
                 "that she had scratched his neck. She described him as white, about 5 foot 10, slim, in a grey hoodie, with "
                 "stubble.",
                 "I circulated the description at 23:53. I did not have a body-worn camera with me on this shift as my "
                 "camera was away for repair; I recorded her first description in my pocket notebook. I took a handwritten "
                 "statement from Mr HOLT at the address at 00:40. I then went with Miss PRICE to Calder SARC."]]
    c.pdf("NEXUS_STMT_RENSHAW.pdf", mg11(c, ren, ren_body, "11/01/2027", style="system", sig="esig",
                                         occupation="Police Constable 2733", force=SYS), D(2027, 1, 11, 8), "MG11", "officer")
    mor_body = [["At 09:30 on 11 January 2027 I attended the Parkside service station, Ashgrove Road, and viewed the CCTV "
                 "with the manager. Camera 3 covers the forecourt and the pavement towards the park gate. At 23:34:10 a man "
                 "in a grey hooded top is seen jogging past from the direction of the park gate. I downloaded the footage "
                 "from 23:00 to 00:00 and exhibit it as FM/1; the relevant clip (23:33:50-23:34:30) is provided with the file "
                 "as FM/2.",
                 "At 10:40 I obtained from the Force Control Room a copy of the 999 call made by Graham HOLT at 23:41 on 10 "
                 "January 2027, which I exhibit as MM/1 and which is provided with the file. At 14:10 I was present at the "
                 "arrest of Kyle BRENNAN at 41 Ashgrove Road and seized a grey hooded top (FM/3) from the hallway and a "
                 "Samsung phone (FM/4) from the suspect."]]
    c.pdf("NEXUS_STMT_MORTON.pdf", mg11(c, morton, mor_body, "11/01/2027", style="system", sig="esig",
                                        occupation="Detective Constable 1170", force=SYS), D(2027, 1, 11, 18), "MG11", "officer")
    wal_body = [["At 12:15 on 11 January 2027 at Calderbrook Central I was shown the clip FM/2 as part of a recognition "
                 "briefing, following the procedure for recognition by police officers. I recognised the man jogging past "
                 "the service station as Kyle BRENNAN. I have known him for about six years through my duties: I have spoken "
                 "to him face to face on at least eight occasions, most recently in November 2026 on Ashgrove Road. I "
                 "recognise his build, his way of moving with his head forward and his face when it turns towards the camera "
                 "at 23:34:18. I recorded my recognition on the recognition form at 12:22."]]
    c.pdf("NEXUS_STMT_WALSH.pdf", mg11(c, walsh, wal_body, "11/01/2027", style="system", sig="esig",
                                       occupation="Police Constable 1988", force=SYS), D(2027, 1, 11, 13), "MG11", "officer")
    hug_body = [["I am a detective constable trained in ABE interviewing. On 11 January 2027 from 15:00 to 15:58 I interviewed "
                 "Zoe PRICE on video at the Calder suite, monitored by DC 2411 FRY. I exhibit the master recording as LH/1 and a "
                 "working copy as LH/2, which is provided with the file. I explained the Victim Personal Statement scheme and "
                 "special measures, including section 28, to Miss PRICE afterwards."]]
    c.pdf("NEXUS_STMT_HUGHES.pdf", mg11(c, hughes, hug_body, "11/01/2027", style="system", sig="esig",
                                        occupation="Detective Constable 2290", force=SYS), D(2027, 1, 11, 17), "MG11", "officer")

    c.video("LH2 PRICE ABE 11-01-2027.mp4", "abe", lambda t: ["CALDER SUITE", "11/01/2027 15:00:%02d" % (int(t) + 20)],
            seconds=4, etype="ABE_RECORDING")
    c.pdf("NEXUS_ABE_INDEX.pdf", abe_summary(c, dict(
        who="PRICE, Zoe Amelia", age="22", date="11/01/2027", times="15:00 - 15:58", place="Calder video suite",
        interviewer="DC 2290 Lucy HUGHES", monitor="DC 2411 Amy FRY", exhibit="LH/1 master; LH/2 working copy",
        rows=[("00:00:40", "Introductions, ground rules."),
              ("00:03:15", "Walking home from a friend's; phoned flatmate at 23:05; entered park at the Park Terrace gate."),
              ("00:08:30", "Grabbed from behind near the bowls pavilion, hand over mouth, dragged onto the grass behind it."),
              ("00:13:05", "He pulled her jeans down and raped her (penis in vagina). She scratched the left side of his "
                           "neck. He said 'shut up or I'll kill you'."),
              ("00:19:40", "He ran towards the Ashgrove Road gate. She saw his face 'for a second or two' under the lamp: "
                           "stubble, thin face, grey hood."),
              ("00:24:10", "Ran to the nearest house with lights on; told the man who opened the door."),
              ("00:31:00", "Questioning: lighting, distance, description, what was said, clothing, injuries."),
              ("00:56:30", "Closure.")],
        by="DC 2290 HUGHES", prepared="11/01/2027")), D(2027, 1, 11, 19), "ABE_SUMMARY")

    c.video("FM2 Parkside cam3 clip.mp4", "cctv", lambda t: ["CAM 3 PARKSIDE S/S", "10-01-2027 23:34:%02d" % (int(t) + 10)],
            seconds=4, etype="CCTV", audio=False, size=(352, 288))
    c.wav("MM1 999 HOLT 2341.wav", seconds=6)

    c.pdf("NEXUS_ROTI_BRENNAN.pdf", roti(c, dict(
        suspect="Kyle Anthony BRENNAN", place="Calderbrook Central custody", date="11/01/2027 and 12/01/2027",
        start="19:05 (11/01); 10:30 (12/01)", end="19:48 (11/01); 11:02 (12/01)", officers="DC 1170 MORTON, DS 0612 BANCROFT",
        present="Ms Leanne HOWE, solicitor", exhibit="FM/5, FM/6",
        rows=[("11/01 19:07", "BRENNAN", "At home all evening alone watching TV; did not go out after 18:00."),
              ("11/01 19:20", "BRENNAN", "Scratches on his neck are from his cat, 'Bella', on Saturday."),
              ("11/01 19:35", "BRENNAN", "Shown CCTV still: 'No comment'."),
              ("12/01 10:35", "BRENNAN", "Told of recognition by PC WALSH: 'He's got it in for me'."),
              ("12/01 10:50", "BRENNAN", "Denies being in Ashgrove Park on 10/01; denies any sexual contact with anyone.")],
        prepared_by="DC 1170 MORTON"), "sdn"), D(2027, 1, 12, 12), "ROTI")
    c.pdf("NEXUS_PNC_BRENNAN.pdf", pnc_print(c, dict(name="BRENNAN, Kyle Anthony", dob="14/07/1997", pnc="13/0714552K",
                                                    cro="039917/13T", warn="None"),
                                             [("22/10/2019", "Calderbrook Crown Court", "Sexual assault on a female (s.3 SOA "
                                               "2003) - stranger, touched woman in street 30/05/2019",
                                               "12 months imprisonment suspended 24 months; SHPO 5 years (expired)"),
                                              ("04/02/2016", "Calderbrook Magistrates' Court", "Theft from a shop", "Fine")],
                                             printed="11/01/2027 16:02", by="DS 0612 BANCROFT"), D(2027, 1, 11), "PNC")
    c.pdf("NEXUS_witness_checks.pdf", witness_pnc(c, [
        ("PRICE, Zoe Amelia", "06/06/2004", "Complainant", "No trace", "No trace"),
        ("HOLT, Graham Peter", "19/03/1965", "First account / 999 caller", "No trace", "No trace")],
        "12/01/2027", "DS 0612 BANCROFT", note="Police witnesses: no disciplinary findings recorded (checked with PSD)."),
        D(2027, 1, 12), "PNC")
    c.pdf("NEXUS_incident_0987.pdf", incident_log(c, dict(
        system="NEXUS C&C", ref="CB-0987-10012027", date="10/01/2027", opened="23:41", type="RAPE - IMMEDIATE (999)",
        location="3 Park Terrace / Ashgrove Park, Calderbrook", informant="HOLT, Graham (householder) 07700 900909",
        grade="I - IMMEDIATE", crime="CB/27/00412", entries=[
            ("23:41", "OP 221", "Male caller: young woman at his door says a man attacked and raped her in Ashgrove Park "
                                "just now. She is inside with him."),
            ("23:42", "OP 221", "Offender: white male, grey hoodie, ran towards Ashgrove Road. Circulated."),
            ("23:42", "DISP 4", "PC 2733 RENSHAW, PC 3021 LEE assigned. Dog unit requested."),
            ("23:49", "PC2733", "At scene with victim."),
            ("23:53", "PC2733", "Full description circulated. Scene preserved: bowls pavilion."),
            ("00:40", "PC2733", "Statement from informant taken. Victim to SARC."),
            ("01:15", "INSP 0701", "Crime recorded. Major crime on-call DS BANCROFT informed.")])), D(2027, 1, 11, 2), "INCIDENT_LOG")
    c.pdf("NEXUS_crime_CB-27-00412.pdf", crime_report(c, dict(
        system=SYS, ref="CB/27/00412", classification="Rape of a female aged 16 or over (stranger)", hocode="19C",
        when="10/01/2027 23:15 - 23:30", reported="10/01/2027 23:41 (999 by householder)", location="Ashgrove Park, Calderbrook",
        victim="PRICE, Zoe Amelia (22)", suspect="BRENNAN, Kyle Anthony (29) - in custody", oic="DS 0612 BANCROFT",
        incident="CB-0987-10012027", mo=["Stranger attack from behind in park at night."],
        log=[("11/01/2027", "DC 1170 MORTON", "CCTV Parkside recovered; 999 recording obtained."),
             ("11/01/2027", "PC 1988 WALSH", "Recognition of BRENNAN from FM/2."),
             ("11/01/2027", "DS 0612 BANCROFT", "Arrest 14:10. Forensic strategy set; fast-track submission 18:00."),
             ("11/01/2027", "DC 2290 HUGHES", "ABE 15:00."),
             ("12/01/2027", "Supt 0455 CLARKE", "s.42 extension to 02:30 13/01/2027."),
             ("12/01/2027", "DI 0301 OGUNLEYE", "Threshold submission approved.")])), D(2027, 1, 12), "CRIME_REPORT")
    e = [("1", "NEXUS incident CB-0987-10012027 (999 call by Mr HOLT: first report) - in file.", "File"),
         ("2", "Crime report CB/27/00412 - in file.", "File"),
         ("3", "PC RENSHAW pocket notebook 10-11/01/2027 pp 51-55 (first description at 23:50).", "Major crime"),
         ("4", "Scene log, bowls pavilion, 10-11/01/2027.", "Major crime"),
         ("5", "Full CCTV download FM/1, Parkside service station 23:00-00:00 (clip FM/2 is used material).", "DEMS"),
         ("6", "Officer's note of call with complainant's flatmate, Ella JONES, 11/01/2027: Zoe rang at 23:05 to say she "
               "was walking home through the park.", "Major crime"),
         ("7", "Appeal call 11/01/2027 naming Lee STOTT; eliminated - at work in Leeds (rota verified).", "Major crime"),
         ("8", "Appeal call 11/01/2027 naming Aaron BIRD; eliminated - in custody elsewhere that night.", "Major crime"),
         ("9", "Recognition briefing record and form, PC WALSH, 11/01/2027 12:15-12:22.", "Major crime"),
         ("10", "Doorbell camera footage, 44 Ashgrove Road, 10/01/2027 22:00-00:30: shows only its own path; no sighting.",
          "DEMS"),
         ("11", "Custody record CC/27/0119 and s.42 authority.", "Custody"),
         ("12", "House-to-house forms Ashgrove Road nos. 30-50, 11/01/2027.", "Major crime")]
    c.pdf("NEXUS_MG6C.pdf", mg6c(c, dict(system=SYS, rv="BRENNAN", entries=e, officer="DC 1170 F. MORTON",
                                        date="12/01/2027", ver=1), "system"), D(2027, 1, 12), "MG6C")
    c.pdf("NEXUS_MG6D.pdf", mg6d(c, dict(rv="BRENNAN", entries=[], officer="DC 1170 F. MORTON", date="12/01/2027")),
          D(2027, 1, 12), "MG6D")
    c.pdf("NEXUS_MG12.pdf", mg12(c, "BRENNAN", [
        ("MM/1", "Recording of 999 call, HOLT, 23:41 10/01/2027 (copy provided)", "DC MORTON", "File"),
        ("FM/1", "Parkside CCTV 23:00-00:00 (full download)", "DC MORTON", "DEMS"),
        ("FM/2", "Parkside CCTV clip 23:33:50-23:34:30 (provided)", "DC MORTON", "File"),
        ("FM/3", "Grey hooded top from 41 Ashgrove Road", "DC MORTON", "Laboratory"),
        ("FM/4", "Samsung phone of BRENNAN", "DC MORTON", "DFU"),
        ("FM/5-6", "Interview recordings 11/01 and 12/01/2027", "DC MORTON", "Interview store"),
        ("LH/1", "ABE master, PRICE, 11/01/2027", "DC HUGHES", "Major crime"),
        ("LH/2", "ABE working copy (provided)", "DC HUGHES", "File"),
        ("IS/1-IS/6", "SARC samples and fingernail scrapings (complainant)", "Dr SHEIKH", "Laboratory"),
        ("IS/7-IS/9", "Suspect intimate swabs, buccal, neck photographs", "Dr SHEIKH", "Laboratory")],
        "DS 0612 BANCROFT", "12/01/2027", style="system"), D(2027, 1, 12), "MG12")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 06  -  Hollinshire Constabulary: request for EARLY ADVICE.  Non-recent domestic rape by an
# ex-husband; suspect not yet arrested; family proceedings; counselling notes question.  ABE +
# summary + interviewing officer's MG11 + ABE plan.  COMPLIANT for the early-advice stage.
# ==============================================================================================

def case06(out):
    c = Case(out, "EA request - 20HB0998226", "20HB0998226", seed=606, stage="early_advice")
    force, stn = "Hollinshire Constabulary", "Harlby Police Station - Rape and Serious Sexual Offences Team"
    soph = person("Sophie", "Dalton", "Jane", title="Mrs")
    field = officer("DC", "0745", "Naomi", "Fielding", station="Harlby", phone="01632 960318",
                    email="naomi.fielding@hollinshire.police.example")
    burke = officer("DS", "1630", "Alan", "Burke")
    d = dict(
        force=force, station=stn, date="13/01/2027", op="WILLOWHERB",
        subtitle="Request for EARLY ADVICE (DG6) - no charging decision is sought at this stage",
        test="Early advice only (no test applied yet)",
        test_reason=["We are asking for early advice on the investigation strategy before the suspect is interviewed. We "
                     "are not asking for a charging decision. We expect to submit for a full code test decision once the "
                     "enquiries agreed at early advice are complete."],
        suspects=[dict(name="Craig Anthony DALTON", dob="02/02/1992", address="Flat 2, 7 Station Approach, Harlby HB1 4LR",
                       status="Not arrested. He is not yet aware of the allegation. No bail or RUI status arises; arrest or "
                              "voluntary interview to follow early advice.")],
        offences=["Rape (s.1 SOA 2003), three occasions between 01/03/2024 and 31/07/2025 at 12 Foxglove Way, Harlby, during "
                  "the marriage. Possible controlling or coercive behaviour (s.76 Serious Crime Act 2015) 2023-2025."],
        early_advice=["This MG3 is the request for early advice, made because of the issues set out at section 7: family "
                      "proceedings running in parallel, the complainant's counselling records, and the scope of any digital "
                      "enquiry. A meeting with the RASSO unit lawyer would be welcome."],
        summary=["Mrs DALTON (29) was married to the suspect from 2019 and they separated in September 2025. They have two "
                 "children (5 and 3). On 18/11/2026 she reported to police that during 2024 and 2025 he raped her on at "
                 "least three occasions at their home, when she had told him she did not want sex, and that he controlled "
                 "her money and contact with her family.",
                 "Her account was video-recorded (ABE) on 03/12/2026 by DC FIELDING; the recording, the summary, the "
                 "interview plan and DC FIELDING's statement are attached. She says she told her sister Laura about the "
                 "first rape in early 2025. Child arrangements proceedings are before the family court; the next hearing is "
                 "on 09/03/2027."],
        witnesses=[("Sophie DALTON", "Complainant", "ABE NF/1 - attached"),
                   ("Her sister (Laura)", "First account, early 2025", "Statement to be taken - planned, see LOE")],
        suspect_account=["Not yet known: he has not been interviewed. From the family court papers his position is that the "
                         "marriage ended because of arguments about money; he has made no comment about sexual matters."],
        loe=["Planned lines of enquiry, including those that may point away from the suspect, on which advice is sought:"],
        loe_table=[("1. Statement from her sister (first account)", "Planned for w/c 18/01/2027; target 29/01/2027."),
                   ("2. Messages between complainant and suspect 2024-2025", "She has kept messages she says show him "
                    "pressuring her for sex and controlling money. Proposal: she provides screenshots; if a device extraction "
                    "is needed it will be with a DPN and limited to messages with him, 01/01/2024-30/09/2025. Advice sought."),
                   ("3. Family court material (may point away)", "He may say the allegation is made to gain advantage in "
                    "the child arrangements case. Proposal: seek disclosure of her and his family court statements via the "
                    "family court protocol, limited to references to the relationship and sexual matters. Advice sought."),
                   ("4. Counselling notes (Harlby Women's Aid, 2026)", "Our present view is that they should not be requested: "
                    "there is no indication they hold anything of substantial probative value (PCSC Act 2022 s.44A). "
                    "Advice sought to confirm."),
                   ("5. Suspect interview", "Arrest and interview after advice; suspect's phone to be seized and reviewed "
                    "for messages with her."),
                   ("6. Previous police contact", "One domestic incident 2023 (verbal); reviewed. No other reports.")],
        forensic=["Non-recent: no forensic opportunities. No medical evidence expected; her GP records are not being sought "
                  "(no line of enquiry identified)."],
        digital=["See line of enquiry 2. No device has been examined."],
        outstanding=[("Statement of sister (first account)", "13/01/2027", "29/01/2027"),
                     ("Family court protocol request (if advised)", "after early advice", "26/02/2027")],
        victim=dict(sm="Eligible s.17(4). She would like her ABE played as evidence in chief, screens, and s.28 "
                       "pre-recorded cross-examination (explained 03/12/2026). No intermediary: no communication needs.",
                    needs="Childcare for two young children when attending appointments; anxiety (under GP care). Contact by "
                          "e-mail first. No interpreter.",
                    vps="VPS scheme explained 03/12/2026; she will decide after a charging decision.",
                    isva="Referred to Hollinshire ISVA service 19/11/2026 (ISVA: Rosa PEARCE).",
                    views="She wants the investigation to continue and is worried about the effect on the family case."),
        disclosure=["Unused material is being recorded as gathered. Schedules will accompany the charging file."],
        bail=["Suspect not yet arrested (see section 1)."],
        oic=field, supervisor=(burke, "13/01/2027", ["Early advice is appropriate given the parallel family proceedings "
                                                      "and third-party material issues. Approved."]))
    c.docx("MG3 early advice DALTON.docx", mg3(c, d, "national"), D(2027, 1, 13), "MG3")

    fb = [["I am a detective constable in the RASSO team at Harlby and I am trained to conduct video-recorded interviews. "
           "On Thursday 3 December 2026, between 10:15 and 12:05, I interviewed Sophie DALTON on video at the Harlby "
           "interview suite. DC 2290 COLLINS monitored the interview. Before the interview I prepared a written interview "
           "plan.",
           "I created a master recording of the interview, which I exhibit as NF/1, and a working copy, which I exhibit as "
           "NF/2. The working copy is supplied with this request as a digital video file."]]
    c.pdf("MG11 DC Fielding.pdf", mg11(c, field, fb, "03/12/2026", sig="typed", occupation="Detective Constable 0745"),
          D(2026, 12, 3, 15), "MG11", "officer")
    c.video("NF2 DALTON ABE 03-12-2026.mp4", "abe", lambda t: ["HARLBY SUITE 1", "03/12/2026 10:15:%02d" % (int(t) + 3)],
            seconds=4, etype="ABE_RECORDING")
    c.pdf("ABE summary DALTON.pdf", abe_summary(c, dict(
        who="Sophie Jane DALTON", age="29", date="03/12/2026", times="10:15 - 12:05", place="Harlby interview suite",
        interviewer="DC 0745 Naomi FIELDING", monitor="DC 2290 Sam COLLINS", exhibit="NF/1 master; NF/2 working copy",
        rows=[("00:01:10", "Introductions and ground rules."),
              ("00:04:00", "Relationship history: married 2019; from 2023 he controlled money and her phone use."),
              ("00:15:30", "First rape, about March 2024, after his birthday meal: she said no, she was tired and pregnant "
                           "worry; he held her arm and had sex with her. She cried afterwards; he said 'you're my wife'."),
              ("00:38:20", "Second occasion, summer 2024: he woke her and had sex with her while she was saying no."),
              ("00:55:45", "Third occasion, July 2025, after an argument about her seeing her sister; he pinned her on the "
                           "bed."),
              ("01:12:10", "She told her sister Laura about the first occasion in early 2025 'at Mum's kitchen table'."),
              ("01:20:00", "Messages she has kept; family court; why she reported now (safety of the children)."),
              ("01:48:30", "Closure.")],
        by="DC 0745 FIELDING", prepared="07/12/2026")), D(2026, 12, 7), "ABE_SUMMARY")
    c.docx("ABE interview plan.docx", Doc([
        T("ABE interview plan", "Achieving Best Evidence - planning record"),
        KV([("URN", c.urn), ("Witness", "Sophie Jane DALTON (29)"), ("Date of interview", "03/12/2026"),
            ("Interviewer / monitor", "DC 0745 FIELDING / DC 2290 COLLINS"), ("Location", "Harlby interview suite")],
           cols=2, label_w=0.3),
        H("Objectives"), P("Obtain her best account of each alleged occasion; the context of the relationship; first "
                           "disclosure; any material she holds (messages)."),
        H("Witness needs"), P("Anxiety: breaks every 40 minutes; ISVA in the building; no intermediary needed."),
        H("Phases"), P("Rapport and ground rules; free narrative; questioning by occasion (time, place, what was said, "
                       "consent); closure."),
        H("Points to cover"), P("Dates and anchor events; words used; any injuries; who she told and when; family "
                                "proceedings and their timing.")], family="sans", size=10, head="OFFICIAL-SENSITIVE"),
        D(2026, 12, 2), "ABE_PLAN")
    c.pdf("Incident HB-20261118-0560.pdf", incident_log(c, dict(
        system="HOLLIS C&C", ref="HB-20261118-0560", date="18/11/2026", opened="09:12", type="SEXUAL OFFENCE - NON-RECENT",
        location="12 Foxglove Way, Harlby (offence); caller at 3 Meadow Lane", informant="DALTON, Sophie (victim)",
        crime="HB/26/51877", entries=[
            ("09:12", "OP 512", "Caller reports her ex-husband raped her several times during 2024-2025. Now separated; "
                                "safe. Does not want officers at home while children there."),
            ("09:30", "PS 0119", "Appointment made with RASSO team 19/11/2026; DASH medium."),
            ("09:45", "PS 0119", "Crime recorded HB/26/51877. Closed to RASSO.")])), D(2026, 11, 18, 10), "INCIDENT_LOG")
    c.pdf("Crime record HB-26-51877.pdf", crime_report(c, dict(
        system="HOLLIS RMS", ref="HB/26/51877", classification="Rape of a female 16 or over (domestic, non-recent)",
        hocode="19C", when="01/03/2024 - 31/07/2025", reported="18/11/2026", location="12 Foxglove Way, Harlby",
        victim="DALTON, Sophie Jane (29)", suspect="DALTON, Craig Anthony (34)", oic="DC 0745 FIELDING",
        incident="HB-20261118-0560", flags="Domestic abuse; children in family; family proceedings",
        mo=["Ex-husband alleged to have raped victim on three occasions during the marriage; coercive control."],
        log=[("19/11/2026", "DC 0745 FIELDING", "Initial meeting; ISVA referral."),
             ("03/12/2026", "DC 0745 FIELDING", "ABE interview."),
             ("13/01/2027", "DS 1630 BURKE", "Early advice request approved.")])), D(2027, 1, 12), "CRIME_REPORT")
    c.eml("email to CPS RASSO.eml", "Naomi FIELDING <naomi.fielding@hollinshire.police.example>",
          "Hollinshire RASSO Unit <rasso.hollinshire@cps.example>",
          f"Early advice request - URN {c.urn} - Op WILLOWHERB",
          "Good afternoon,\n\nPlease find attached a request for early advice (MG3) with the ABE recording, summary, plan and "
          "my statement. The questions are set out at section 7 of the MG3. I am available on 01632 960318.\n\nKind regards\n"
          "DC 0745 Naomi Fielding\n", D(2027, 1, 13, 14, 5))

    must_not = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "complainant_account", "abe_recording",
                "abe_summary", "abe_exhibited", "abe_plan", "signed", "special_measures", "victim_care", "files_readable",
                "one_urn"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 07  -  Ashdown Police: assault by penetration in a nightclub.  Mixed formats; the A&E doctor
# who treated her (witness of fact, not a forensic examiner); club CCTV clip; door supervisor;
# forensic scientist (expert); A&E records obtained by a third-party request with notice and
# consent; continuation sheets.  COMPLIANT.
# ==============================================================================================

def case07(out):
    c = Case(out, "Op SANDPIPER", "44AS0731526", seed=707)
    force, stn = "Ashdown Police", "Ashdown Police Station - Sexual Offences Investigation Team"
    leah = person("Leah", "Morgan", "Marie", title="Miss")
    ellie = person("Eleanor", "Carter", "Rose", title="Miss")
    reid = person("Marcus", "Reid", "Dwayne", title="Mr")
    hassan = person("Farid", "Hassan", title="Dr")
    pierce = person("Joanna", "Pierce", "Kate", title="Dr")
    trent = person("Owen", "Trent", "Rhys", title="Dr")
    barnes = officer("PC", "0560", "Hollie", "Barnes", station="Ashdown")
    hunt = officer("DC", "1402", "Rebecca", "Hunt", station="Ashdown")
    sidd = officer("DC", "2188", "Omar", "Siddiqui", station="Ashdown", phone="01632 960144",
                   email="omar.siddiqui@ashdown.police.example")
    cole = officer("DS", "0977", "Julia", "Fenn")
    sus = "Connor James BLAKE"
    d = dict(
        force=force, station=stn, date="11/01/2027", op="SANDPIPER", test="Full Code Test",
        suspects=[dict(name=sus, dob="09/09/2003", address="27 Kiln Lane, Ashdown AS4 8TB",
                       status="Pre-charge bail with conditions (see section 13)")],
        offences=["Assault by penetration, s.2(1) Sexual Offences Act 2003: at about 01:09-01:11 on 17/10/2026 in the "
                  "ladies' toilets of the Vault nightclub, Bridge Street, Ashdown, penetrated the vagina of Leah MORGAN with "
                  "his fingers without her consent."],
        early_advice="Early advice was not sought: the suspect was identified and interviewed within 24 hours and the "
                     "remaining work was forensic. DS FENN recorded the decision on 20/10/2026.",
        summary=["Miss MORGAN (20), a student, was at the Vault nightclub with friends. At 01:08 she went to the ladies' "
                 "toilets. The suspect, a stranger to her, followed her in (CCTV 01:09:05), pushed her into a cubicle against "
                 "the wall, put his hand inside her leggings and penetrated her vagina with his fingers while she said 'no' "
                 "and tried to push him away. When she pushed him hard she fell and struck her head on the sink. He left at "
                 "01:11:50.",
                 "Her friend Eleanor (Ellie) CARTER found her crying on the floor at about 01:13; Leah told her what had "
                 "happened. The door supervisor, Marcus REID, identified the suspect from the club CCTV as a regular customer "
                 "and called police at 01:24. She was taken to Ashdown General A&E, where Dr HASSAN glued a 2 cm forehead "
                 "laceration and noted bruising to both upper arms.",
                 "Her account was video-recorded (ABE) on 18/10/2026. Fingernail scrapings from the suspect's right hand "
                 "(taken on arrest) contain DNA matching her (SFR1; evaluative statement of Dr TRENT)."],
        witnesses=[("Leah MORGAN", "Complainant", "ABE RH/1 + summary"),
                   ("Eleanor CARTER (friend)", "First account 01:13", "MG11 (2 pages)"),
                   ("Marcus REID", "Door supervisor; ID from CCTV; 999", "MG11"),
                   ("PC 0560 BARNES", "First officer", "MG11"),
                   ("Dr Farid HASSAN", "A&E registrar who treated her", "MG11"),
                   ("Dr Joanna PIERCE", "Forensic physician (SARC)", "MG11"),
                   ("Dr Owen TRENT", "Forensic scientist", "MG11"),
                   ("DC 1402 HUNT", "ABE interviewer", "MG11"),
                   ("DC 2188 SIDDIQUI", "CCTV, arrest, interview", "MG11")],
        suspect_account=["Interviewed 17/10/2026 (ROTI attached). He says they had been kissing on the dance floor and she "
                         "led him into the toilets; they kissed in the cubicle and he touched her over her clothes only; she "
                         "was very drunk, slipped and hit her head and he left because he 'panicked'. He denies penetration. "
                         "Defence: no penetration; any touching consensual."],
        loe=["(a) Dance-floor CCTV to test whether they were kissing earlier (may point away): viewed - camera 2 shows them "
             "standing near each other at the bar at 00:52 for about a minute; no kissing visible; quality poor (MG6C item 5).",
             "(b) Friends of the suspect present: two traced and spoken to; neither saw him with her (MG6C items 8 and 9).",
             "(c) Her intoxication: A&E records (obtained with her consent and a limited third-party request, notice given) "
             "record her as intoxicated but alert (GCS 15).",
             "(d) Forensic: fingernail scrapings, her SARC samples (see below).",
             "(e) Her phone: not examined and not needed: the offender was a stranger and there is no message or call "
             "relevant to an issue.",
             "(f) Her wider medical history: not sought - only the A&E attendance of 17/10/2026 is relevant."],
        forensic=["SARC examination 17/10/2026 15:00 (Dr PIERCE): superficial abrasion at the introitus. Fingernail "
                  "scrapings from the suspect (OS/3): DNA matching Miss MORGAN. SFR1 and Dr TRENT's statement attached.",
                  "Consent: Miss MORGAN signed consent to the release of her SARC notes (17/10/2026) and her A&E records "
                  "(18/10/2026); the consent form is in the file."],
        digital=["No devices of the complainant examined. Suspect's phone not seized - no line of enquiry required it (he "
                 "did not contact her)."],
        outstanding_text=["No enquiries are outstanding."],
        victim=dict(sm="MG2 attached: ABE as evidence in chief, screens; she wants s.28 pre-recorded cross-examination. No "
                       "intermediary needed.", needs="Student; lectures Mon-Thu; contact by text first. No interpreter. She "
                       "has been referred to university wellbeing.",
                    vps="VPS offered 18/10/2026; she made it on 02/11/2026 (copy attached).",
                    isva="Referred to Ashdown ISVA service 17/10/2026.", views="Supports prosecution."),
        disclosure=["MG6C, MG6D, MG6E attached; no DMD - the case is not complex: disclosure strategy is set out here and in "
                    "the MG6E."],
        bail=["Bailed 17/10/2026 to 17/01/2027, extended by Insp 0233 CROWE to 17/04/2027. Conditions: (1) not to contact "
              "Leah MORGAN directly or indirectly; (2) not to enter the Vault nightclub, Bridge Street, Ashdown."],
        oic=sidd, supervisor=(cole, "11/01/2027", ["Reviewed against NFS; complete. Approved for CPS."]))
    c.pdf("scan_0012.pdf", mg3(c, d, "national"), D(2027, 1, 11), "MG3")

    ellie_pages = [["I am a student at the University of Ashdown and I have been friends with Leah MORGAN since our first "
                    "year. On Friday 16 October 2026 we went to the Vault on Bridge Street with three other friends. We got "
                    "there at about 11 pm. Leah had been drinking but was fine - dancing and chatting. I did not see her "
                    "with any man that night.",
                    "At about ten past one Leah went to the toilets. When she had not come back after a few minutes I went "
                    "to find her. The toilets are down a corridor off the main room. As I went into the corridor a man in a "
                    "white shirt came out of the ladies' quite fast and walked past me. I did not see his face properly."],
                   ["Inside I found Leah on the floor of the end cubicle. Her forehead was bleeding and her leggings were "
                    "half down. She was sobbing. She said 'he followed me in, he put his fingers inside me, I told him no'. "
                    "She said she pushed him and fell. I held a tissue on her head and shouted for help. A bouncer came.",
                    "Leah is not someone who would make something like this up. I went with her to the hospital in the "
                    "ambulance."]]
    c.docx("Doc3.docx", mg11(c, ellie, ellie_pages, "17/10/2026", sig="sgd", occupation="Student",
                             rear=dict(address="Halls, Room 114, Tolley House, Ashdown", phone="07700 900121",
                                       gender="Female", dates="Exams 10/05/2027 - 28/05/2027"),
                             taken_by=hunt, time_place="17/10/2026 16:30, Ashdown Police Station"),
           D(2026, 10, 17, 18), "MG11", "first_account")
    reid_body = [["I am an SIA-licensed door supervisor (licence ending 4471) working at the Vault nightclub. At about 01:14 "
                  "on Saturday 17 October 2026 I heard a woman shouting for help from the ladies' toilets. I went in and "
                  "found a young woman on the floor with a cut to her head, with her friend. The friend said a man had "
                  "attacked her.",
                  "I went to the CCTV office and looked at the corridor camera. I saw a man follow the young woman into the "
                  "toilets at 01:09 and come out at 01:11. I recognised him as Connor BLAKE, a regular customer whose name "
                  "I know from ID checks. He had already left the club. I rang 999 at 01:24 and kept the footage for the "
                  "police."]]
    c.docx("Statement REID door supervisor.docx", mg11(c, reid, reid_body, "17/10/2026", sig="signed_name",
                                                       occupation="Door supervisor",
                                                       rear=dict(address="c/o Vault nightclub, Bridge Street, Ashdown",
                                                                 phone="07700 900122", gender="Male")),
           D(2026, 10, 17, 12), "MG11", "witness")
    barnes_body = [["At 01:24 on Saturday 17 October 2026 I was sent to the Vault nightclub, Bridge Street, following a 999 "
                    "call from the door staff. I arrived at 01:31, the first officer on scene. In the ladies' toilets I found "
                    "Leah MORGAN sitting on the floor with a paramedic and her friend. I activated my body-worn video but, as "
                    "she was receiving treatment, I asked her only who had done this and what had happened in outline. She "
                    "said a man she did not know had followed her into the cubicle and put his fingers inside her.",
                    "My body-worn video recording is exhibited as HB/1 and is provided with this file. The door supervisor "
                    "showed me the CCTV and named the man as Connor BLAKE. I went with Miss MORGAN to Ashdown General "
                    "Hospital."]]
    c.pdf("MG11 PC0560 BARNES.pdf", mg11(c, barnes, barnes_body, "17/10/2026", sig="typed",
                                         occupation="Police Constable 0560"), D(2026, 10, 17, 6), "MG11", "officer")
    c.video("HB1 BWV BARNES 0131.mp4", "bwv", lambda t: ["BWV 0560  ASP", "2026-10-17 01:31:%02d" % (int(t) + 40)],
            seconds=3, etype="BWV")
    hassan_body = [["I am a specialty registrar in emergency medicine at Ashdown General Hospital (GMC 7654321). I was on duty "
                    "in the Emergency Department in the early hours of 17 October 2026. At 02:25 I assessed Leah MORGAN, aged "
                    "20, who had been brought in by ambulance with a head injury. She was accompanied by a police officer "
                    "and a friend. The history of the injury was taken by the triage nurse; I limited my questions to what "
                    "I needed clinically.",
                    "On examination she smelled of alcohol but was alert and oriented, Glasgow Coma Scale 15. There was a 2 cm "
                    "laceration on the right side of the forehead, which I closed with tissue adhesive. There were two "
                    "fresh bruises, about 2 cm and 3 cm, on the outer aspect of each upper arm. No other injuries were "
                    "examined by me; I did not carry out any genital examination, and she was referred to the SARC for "
                    "that. She was discharged at 04:10.",
                    "I have made this statement from my contemporaneous clinical notes, which I have been shown."]]
    c.pdf("MG11 Dr HASSAN A&E.pdf", mg11(c, hassan, hassan_body, "28/10/2026", sig="scribble",
                                         occupation="Specialty registrar, emergency medicine"), D(2026, 10, 28), "MG11",
          "witness")
    pierce_body = [["I am a forensic physician at Ashdown SARC. At 15:00 on 17 October 2026 I examined Leah MORGAN, aged 20, "
                    "with her consent, including consent to release my notes to the police and CPS. She gave a history of "
                    "digital vaginal penetration by a stranger at about 01:10 that day.",
                    "I found a superficial 3 mm abrasion at the vaginal introitus at the 5 o'clock position, and the "
                    "forehead laceration and upper-arm bruises already treated at hospital. The genital abrasion is "
                    "consistent with recent penetration, by fingers or otherwise, but does not indicate whether it was "
                    "consensual. I took swabs JP/1 to JP/3, which I handed to DC HUNT at 16:20."]]
    c.pdf("MG11 Dr PIERCE SARC.pdf", mg11(c, pierce, pierce_body, "03/11/2026", sig="sgd", occupation="Forensic physician"),
          D(2026, 11, 3), "MG11", "expert")
    trent_body = [["I am a forensic scientist with Ashdown Forensic Science Ltd, specialising in biology and DNA, with 14 "
                   "years' experience. I have been asked to evaluate the DNA findings on the fingernail scrapings from the "
                   "right hand of Connor BLAKE (OS/3), taken at 11:30 on 17 October 2026, about ten hours after the incident.",
                   "A mixed DNA profile was obtained. The major contributor matches Leah MORGAN (reference JP/4). The "
                   "quantity of her DNA was high. In my opinion the findings are much more likely if his fingers had been in "
                   "contact with a moist body area of hers, such as the genital area, than if there had only been social "
                   "contact such as holding hands or touching her face or clothes. I cannot say how the contact occurred or "
                   "whether it was consensual."]]
    c.pdf("MG11 Dr TRENT scientist.pdf", mg11(c, trent, trent_body, "14/12/2026", sig="esig", statute=1,
                                              occupation="Forensic scientist"), D(2026, 12, 14), "MG11", "expert")
    hunt_body = [["I am a detective constable trained in ABE. On Sunday 18 October 2026 between 11:00 and 12:20 I interviewed "
                  "Leah MORGAN on video at Ashdown ABE suite; DC 3320 OWEN monitored. I exhibit the master recording as RH/1 "
                  "and the working copy as RH/2, which is provided with the file.",
                  "On 18 October 2026 Miss MORGAN signed a form consenting to police obtaining her Ashdown General Hospital "
                  "Emergency Department records for her attendance on 17 October 2026 only. On 19 October 2026 I gave her "
                  "written notice of the request to the hospital before it was sent."]]
    c.docx("MG11 DC HUNT ABE.docx", mg11(c, hunt, hunt_body, "19/10/2026", sig="typed", occupation="Detective Constable 1402"),
           D(2026, 10, 19), "MG11", "officer")
    sid_body = [["I am the officer in the case. At 02:05 on 17 October 2026 at the Vault nightclub I downloaded the corridor "
                 "camera footage from 00:45 to 01:30 (OS/1) and made a clip of 01:08:30 to 01:14:00 (OS/2), which is provided "
                 "with this file. On 20 October 2026 I viewed the dance-floor camera 2 footage from 00:30 to 01:10 and made a "
                 "clip of 00:51:30 to 00:53:30 (OS/5), which is also provided. At 10:55 on 17 October 2026 I arrested Connor "
                 "BLAKE at 27 Kiln Lane. At 11:30 at Ashdown custody I took "
                 "fingernail scrapings from his right hand (OS/3). At 14:15, with DC OWEN, I interviewed him in the presence "
                 "of his solicitor."]]
    c.docx("MG11 DC SIDDIQUI.docx", mg11(c, sidd, sid_body, "17/10/2026", sig="sgd", occupation="Detective Constable 2188"),
           D(2026, 10, 17, 20), "MG11", "officer")
    c.video("OS2 Vault corridor 0108-0114.mp4", "cctv", lambda t: ["VAULT CAM 04 CORRIDOR", "17/10/2026 01:09:%02d" % int(t * 2)],
            seconds=5, etype="CCTV", audio=False, size=(352, 288))
    c.video("OS5 Vault cam2 dancefloor 0051-0053.mp4", "cctv",
            lambda t: ["VAULT CAM 02 DANCEFLOOR", "17/10/2026 00:51:%02d" % (int(t * 3) + 30)],
            seconds=4, etype="CCTV", audio=False, size=(352, 288))
    c.video("RH2 MORGAN ABE.mp4", "abe", lambda t: ["ASHDOWN ABE SUITE", "18/10/2026 11:00:%02d" % (int(t) + 8)],
            seconds=4, etype="ABE_RECORDING")
    c.docx("ABE summary MORGAN.docx", abe_summary(c, dict(
        who="Leah Marie MORGAN", age="20", date="18/10/2026", times="11:00 - 12:20", place="Ashdown ABE suite",
        interviewer="DC 1402 Rebecca HUNT", monitor="DC 3320 Gareth OWEN", exhibit="RH/1 master; RH/2 working copy",
        rows=[("00:00:50", "Introductions; ground rules."),
              ("00:04:10", "Night out with Ellie and friends; drinks (four vodkas, two shots)."),
              ("00:10:30", "She did not speak to or kiss anyone. A man in a white shirt stood near them at the bar once."),
              ("00:14:20", "Went to the toilets; a man came in behind her, pushed her into the end cubicle, hand over her mouth."),
              ("00:18:55", "He put his hand down her leggings and his fingers inside her vagina; she said no and pushed."),
              ("00:22:40", "She shoved him, slipped, hit her head on the sink; he left."),
              ("00:25:15", "Ellie came in; she told her. Door staff; police; hospital."),
              ("00:30:00", "Questioning: what she drank; who she spoke to; whether she kissed anyone (no); the man's "
                           "description."),
              ("01:19:00", "Closure.")],
        by="DC 1402 HUNT", prepared="19/10/2026")), D(2026, 10, 19), "ABE_SUMMARY")

    c.pdf("ROTI BLAKE 17-10-2026.pdf", roti(c, dict(
        suspect=sus, place="Ashdown custody", date="17/10/2026", start="14:15", end="14:52", duration="37 minutes",
        officers="DC 2188 SIDDIQUI, DC 3320 OWEN", present="Mr Ravi SHAH, solicitor", exhibit="OS/4",
        rows=[("00:00", "DC SIDDIQUI", "Caution; solicitor present."),
              ("02:30", "BLAKE", "Met a girl at the bar; they kissed on the dance floor; she went to the toilets and waved "
                                  "him to follow."),
              ("09:15", "BLAKE", "They kissed in the cubicle; he touched her bum and her top over clothes; nothing inside."),
              ("15:40", "BLAKE", "She was 'wasted', slipped and hit her head; he panicked and left."),
              ("22:05", "DC OWEN", "Why leave without getting help? 'I thought I'd get the blame.'"),
              ("30:10", "DC SIDDIQUI", "Puts her account of penetration. BLAKE: 'No way. Never happened.'"),
              ("36:40", "DC SIDDIQUI", "Interview concluded 14:52.")],
        prepared_by="DC 2188 SIDDIQUI")), D(2026, 10, 18), "ROTI")
    c.pdf("PNC print BLAKE.pdf", pnc_print(c, dict(name="BLAKE, Connor James", dob="09/09/2003", pnc="21/0909317B"),
                                           [("15/03/2022", "Ashdown Magistrates' Court", "Possession of cannabis (class B)",
                                             "Fine GBP 120")], printed="10/01/2027", by="DC 2188 SIDDIQUI"),
          D(2027, 1, 10), "PNC")
    c.pdf("PNC witnesses.pdf", witness_pnc(c, [
        ("MORGAN, Leah Marie", "30/04/2006", "Complainant", "No trace", "No trace"),
        ("CARTER, Eleanor Rose", "12/12/2005", "First account", "No trace", "No trace"),
        ("REID, Marcus Dwayne", "07/07/1988", "Door supervisor", "No trace", "SIA licence valid"),
        ("Dr HASSAN / Dr PIERCE / Dr TRENT", "-", "Professional witnesses", "Not checked", "-")],
        "10/01/2027", "DC 2188 SIDDIQUI"), D(2027, 1, 10), "PNC")
    c.pdf("Incident log 0044.pdf", incident_log(c, dict(
        system="COMMAND", ref="AS-0044-17102026", date="17/10/2026", opened="01:24", type="SEXUAL ASSAULT - 999",
        location="Vault nightclub, Bridge Street, Ashdown", informant="REID, Marcus (door supervisor)",
        crime="AS/26/7719", entries=[
            ("01:24", "CH 88", "Door staff: female assaulted in ladies' toilets, head injury; male offender left; staff "
                               "know him as Connor BLAKE. Ambulance requested."),
            ("01:25", "DISP", "PC 0560 BARNES, PC 1922 HALL assigned."),
            ("01:31", "PC0560", "On scene. Victim with paramedics. BWV on."),
            ("02:05", "DC2188", "CCTV secured."),
            ("02:10", "PC0560", "Travelling to Ashdown General with victim."),
            ("03:00", "PS 0811", "Crime recorded AS/26/7719.")])), D(2026, 10, 17, 3), "INCIDENT_LOG")
    c.pdf("Crime report AS-26-7719.pdf", crime_report(c, dict(
        system="ASP RMS", ref="AS/26/7719", classification="Assault by penetration", hocode="19H",
        when="17/10/2026 01:09 - 01:11", reported="17/10/2026 01:24 (999)", location="Vault nightclub, Bridge Street",
        victim="MORGAN, Leah Marie (20)", suspect="BLAKE, Connor James (23)", oic="DC 2188 SIDDIQUI",
        incident="AS-0044-17102026", mo=["Stranger followed victim into toilets; digital penetration; victim injured."],
        log=[("17/10/2026", "DC 2188 SIDDIQUI", "CCTV, arrest, scrapings, interview, bail."),
             ("17/10/2026", "DC 1402 HUNT", "SARC; CARTER statement."),
             ("18/10/2026", "DC 1402 HUNT", "ABE; consent to A&E records; VPS offered."),
             ("19/10/2026", "DC 1402 HUNT", "Notice to complainant; third-party request to hospital."),
             ("02/11/2026", "DC 1402 HUNT", "VPS taken."),
             ("14/12/2026", "DC 2188 SIDDIQUI", "Evaluative DNA statement received."),
             ("11/01/2027", "DS 0977 FENN", "Approved for CPS.")])), D(2027, 1, 10), "CRIME_REPORT")
    e = [("1", "Incident log AS-0044-17102026 (999 call from door staff; first report) - in file", "File"),
         ("2", "Crime report AS/26/7719 - in file", "File"),
         ("3", "Full corridor camera download 00:45-01:30 (OS/1)", "DEMS"),
         ("4", "PC BARNES pocket notebook 17/10/2026 pp 20-23", "SOIT"),
         ("5", "Dance-floor camera 2 footage 00:30-01:10 viewed: both near the bar 00:52 for about a minute, no contact "
               "visible; poor quality (may assist defence - see MG6E; clip OS/5 provided)", "DEMS"),
         ("6", "Ambulance patient report form, 17/10/2026 (obtained with the A&E records)", "SOIT"),
         ("7", "Ashdown General ED records for the attendance of 17/10/2026 (obtained with consent) - in file", "File"),
         ("8", "Officer's note of conversation with Jake PRYOR (suspect's friend), 20/10/2026: did not see BLAKE with any "
               "woman", "SOIT"),
         ("9", "Officer's note of conversation with Tom ASTLEY (suspect's friend), 20/10/2026: left before 01:00", "SOIT"),
         ("10", "Custody record and bail records of BLAKE", "Custody"),
         ("11", "ABE interview plan, DC HUNT, 18/10/2026", "SOIT"),
         ("12", "SARC referral and notes (released with consent)", "SARC")]
    c.pdf("MG6C Op Sandpiper.pdf", mg6c(c, dict(rv="BLAKE", entries=e, officer="DC 2188 O. SIDDIQUI", date="10/01/2027")),
          D(2027, 1, 10), "MG6C")
    c.pdf("MG6D Op Sandpiper.pdf", mg6d(c, dict(rv="BLAKE", officer="DC 2188 O. SIDDIQUI", date="10/01/2027", entries=[
        ("1", "University wellbeing referral for the complainant", "Personal welfare information; not relevant.")])),
        D(2027, 1, 10), "MG6D")
    c.pdf("MG6E Op Sandpiper.pdf", mg6e(c, dict(rv="BLAKE", officer="DC 2188 O. SIDDIQUI", date="10/01/2027",
                                               undermine=["Item 5: dance-floor footage placing them near each other at 00:52 "
                                                          "- arguably consistent with his account of meeting her; the "
                                                          "relevant clip (OS/5) is provided with the file.",
                                                          "Item 7: ED records noting intoxication - copy in file."])),
          D(2027, 1, 10), "MG6E")
    c.pdf("MG2 MORGAN.pdf", mg2(c, dict(
        witness="Leah Marie MORGAN", age="20", status="Complainant", eligibility="s.17(4) YJCEA",
        measures=[("ABE as evidence in chief (s.27)", "Yes", "RH/1"), ("s.28 pre-recorded cross-examination", "Yes", "Wants it"),
                  ("Screens (s.23)", "Yes", ""), ("Live link (s.24)", "Yes", "From the ISVA centre if possible")],
        s28=["Explained 18/10/2026; she wants her cross-examination recorded in advance."],
        intermediary=["Not required."], views=["Would like a court familiarisation visit."],
        by="DC 1402 HUNT", date="18/10/2026")), D(2026, 10, 18), "MG2")
    c.pdf("MG12 exhibits.pdf", mg12(c, "BLAKE", [
        ("HB/1", "BWV, PC BARNES, 01:31 17/10/2026 (provided)", "PC BARNES", "File"),
        ("OS/1", "Vault corridor camera 00:45-01:30 (master download)", "DC SIDDIQUI", "DEMS"),
        ("OS/2", "Clip 01:08:30-01:14:00 (provided)", "DC SIDDIQUI", "File"),
        ("OS/3", "Fingernail scrapings, right hand, BLAKE", "DC SIDDIQUI", "Laboratory"),
        ("OS/5", "Dance-floor camera 2 clip 00:51:30-00:53:30 (provided)", "DC SIDDIQUI", "File"),
        ("OS/4", "Interview recording BLAKE", "DC SIDDIQUI", "Interview store"),
        ("RH/1", "ABE master, MORGAN", "DC HUNT", "SOIT"), ("RH/2", "ABE working copy (provided)", "DC HUNT", "File"),
        ("JP/1-JP/3", "SARC swabs", "Dr PIERCE", "Laboratory"), ("JP/4", "Reference sample, MORGAN", "Dr PIERCE", "Laboratory")],
        "DC 2188 SIDDIQUI", "10/01/2027"), D(2027, 1, 10), "MG12")
    c.pdf("SFR1 AFS-26-9902.pdf", sfr1(c, dict(
        provider="Ashdown Forensic Science Ltd", ref="AFS-26-9902", force=force, date="30/11/2026",
        scientist="Dr Owen TRENT", items=[("OS/3", "Fingernail scrapings BLAKE"), ("JP/4", "Reference MORGAN"),
                                          ("JP/1-3", "SARC swabs MORGAN")],
        findings=["OS/3: mixed DNA profile, major component matching Leah MORGAN. JP/1-3: no male DNA detected above "
                  "reporting threshold. See evaluative statement."])), D(2026, 11, 30), "FORENSIC")
    c.pdf("VPS MORGAN.pdf", vps(c, leah, ["I have stopped going out with my friends and I moved back home for three weeks. "
                                          "I still have a scar on my forehead which reminds me every day. I find it hard to "
                                          "concentrate on my course."], "02/11/2026", sig="signed_name"),
          D(2026, 11, 2), "VPS")
    c.pdf("Consent medical records MORGAN.pdf", Doc([
        T("Consent to police access to medical records", "Ashdown Police - victim/witness"),
        KV([("URN", c.urn), ("Name", "Leah Marie MORGAN"), ("Records", "Ashdown General Hospital Emergency Department - "
            "attendance 17/10/2026 only"), ("Purpose", "To record her injuries and condition on arrival and to check the "
            "record of her intoxication, which the suspect has raised")], cols=2, label_w=0.25),
        P("I understand why the police want these records, that they will be limited to the attendance above, and that "
          "material in them may be disclosed to the defence if the law requires it. I agree."),
        SIG("Signed:", "(Sgd) L. MORGAN"), P("Date: 18/10/2026"), SIG("Officer:", "DC 1402 R. HUNT")], family="sans", size=10),
        D(2026, 10, 18), ["MEDICAL", "OTHER", "CORRESPONDENCE"])
    c.pdf("TP request Ashdown General ED.pdf", Doc([
        T("Request for third-party material", "Victim information request - PCSC Act 2022 s.44A"),
        KV([("URN", c.urn), ("To", "Information Governance, Ashdown General Hospital NHS Trust"),
            ("About", "Leah Marie MORGAN (complainant)"), ("Date of request", "19/10/2026"),
            ("Requested by", "DC 1402 HUNT, authorised by DS 0977 FENN")], cols=2, label_w=0.25),
        H("Material requested"), P("Emergency Department record of her attendance from 02:10 to 04:10 on 17/10/2026 only: "
                                   "triage notes, doctor's notes and discharge summary. Nothing before or after."),
        H("Reasonable line of enquiry and why it is necessary"),
        P("The suspect says she was very drunk and fell; the clinical record of her condition on arrival and of her injuries "
          "is relevant to both accounts and cannot be obtained another way."),
        H("Proportionality"), P("Limited to one attendance of two hours. The complainant consented on 18/10/2026 and was "
                                "given written notice of this request on 19/10/2026 before it was sent.")],
        family="sans", size=10, head="OFFICIAL-SENSITIVE"), D(2026, 10, 19), ["THIRD_PARTY", "OTHER"])
    c.pdf("Notice to complainant 19-10-2026.pdf", letter(c, "Notice of a request for information about you",
        ["Ashdown Police - Sexual Offences Investigation Team", "Ashdown Police Station"], ["Miss Leah MORGAN"], "19/10/2026",
        ["As we discussed, we are asking Ashdown General Hospital for the record of your visit to the Emergency Department "
         "on 17 October 2026, and nothing else. We are doing this because the man you have accused says you were very drunk "
         "and fell, and the hospital record shows how you were and what injuries you had.",
         "The record will be stored securely and used only in this case. If any part of it has to be given to the defence, "
         "we will tell you first. You can speak to me or your ISVA about this at any time."],
        "DC 1402 Rebecca HUNT (given by hand 19/10/2026 10:30)", ref=f"Our ref: {c.urn}"), D(2026, 10, 19),
        ["CORRESPONDENCE", "OTHER"])
    c.pdf("ED records Ashdown General 17-10-2026.pdf", Doc([
        T("Emergency Department - attendance record", "Ashdown General Hospital NHS Trust"),
        KV([("Patient", "MORGAN, Leah Marie"), ("Arrived", "17/10/2026 02:10 (ambulance)"), ("Discharged", "04:10"),
            ("Released to police", f"with consent, URN {c.urn}")], cols=2, label_w=0.25),
        P("Triage 02:15: head injury after fall in nightclub toilet; reports assault; intoxicated, alert, GCS 15."),
        P("Dr F HASSAN 02:25: 2 cm laceration R forehead - glued. Bruises both upper arms (2 cm, 3 cm). Neuro normal. "
          "Referred to SARC. Discharged with head injury advice.")], family="sans", size=9.5,
        head="MEDICAL IN CONFIDENCE"), D(2026, 10, 25), ["MEDICAL", "THIRD_PARTY"])

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
                "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 08  -  Dunmore Constabulary: non-recent child sexual abuse.  Mostly prose documents.
# Early advice record; first accounts named by relationship in the MG3; school records obtained by
# a limited third-party request with notice; counselling notes deliberately not requested; a
# prosecution witness with a conviction (disclosed).  COMPLIANT.
# ==============================================================================================

def case08(out):
    c = Case(out, "Op LARKSPUR", "16DM0512926", seed=808)
    force, stn = "Dunmore Constabulary", "Dunmore Police Station - Child Abuse and Non-Recent Investigation Team"
    jess = person("Jessica", "Holland", "Anne", title="Ms")
    foster = person("Eileen", "Foster", "Margaret", title="Mrs")
    aaron = person("Aaron", "Price", "James", title="Mr")
    karen = person("Karen", "Holland", "Louise", title="Mrs")
    naz = officer("PC", "1204", "Amir", "Naz", station="Dunmore")
    wells = officer("DC", "0388", "Tanya", "Wells", station="Dunmore", phone="01632 960850",
                    email="tanya.wells@dunmore.police.example")
    hale = officer("DS", "0514", "Robert", "Ingram")
    d = dict(
        force=force, station=stn, date="14/01/2027",
        test=["This file is submitted for a charging decision under the Full Code Test."],
        suspects=[dict(name="Neil Robert PARSONS", dob="08/11/1974", address="14 Heron Walk, Dunmore DM3 2RS",
                       status="He is on conditional pre-charge bail until 10/04/2027 (conditions below).")],
        offences=["Count 1: sexual activity with a child, s.9(1) Sexual Offences Act 2003 - between 01/09/2013 and 31/12/2014, "
                  "touching Jessica HOLLAND (then 13-14) sexually in his car and at his home (specimen count; multiple "
                  "occasions).",
                  "Count 2: rape, s.1(1) Sexual Offences Act 2003 - between 01/06/2015 and 31/08/2015 at 14 Heron Walk, "
                  "Dunmore, penile-vaginal penetration of Jessica HOLLAND (then 15)."],
        early_advice=["Early advice was obtained from Rachel OKONJO, Senior Crown Prosecutor, on 02/09/2026 (record attached). "
                      "She advised a limited request for school safeguarding records, statements from the teacher and the "
                      "ex-boyfriend to whom Ms HOLLAND disclosed, and that counselling notes should not be sought without a "
                      "specific basis. All advice has been followed."],
        summary=["Ms HOLLAND is now 26. The suspect was a close friend of her parents, known to her as 'Uncle Neil'. From "
                 "about September 2013, when she was 13 and babysat his children, he began touching her breasts and "
                 "genitals when driving her home and at his house. In the summer of 2015, when she was 15, he had sexual "
                 "intercourse with her in his spare bedroom. She stopped babysitting soon afterwards.",
                 "In March 2016, aged 16, she told her Head of Year at school that a family friend had been touching her, but "
                 "would not name him. In 2019 she told a boyfriend. She reported to police online on 04/08/2026 after "
                 "seeing the suspect coaching a children's football team. Her account was video-recorded on 20/08/2026."],
        suspect_account=["Interviewed 10/10/2026 with a solicitor. He accepts she babysat and that he sometimes drove her home. "
                         "He denies any sexual contact. He says the allegation is revenge because in 2019 he fell out with "
                         "her parents over a loan of GBP 5,000 that he asked them to repay. Likely defence: denial; "
                         "fabrication with a motive."],
        loe=["The following lines of enquiry have been pursued, including those that might point away from the suspect.",
             "The motive he suggests: her mother has made a statement confirming the 2019 dispute over the loan; she also says "
             "her daughter was not involved and did not know the details. The statement is used and also assists the defence "
             "in part; it is flagged on the MG6E.",
             "First disclosures: statements have been taken from her former Head of Year and from her former boyfriend. The "
             "school safeguarding log for March 2016 was obtained by a limited third-party request (notice given to her "
             "first); it records a disclosure about 'a family friend' and that no referral was made because she asked that "
             "nobody be told.",
             "Counselling: she had six sessions of talking therapy in 2022. The notes have not been requested. Nothing "
             "suggests they contain anything of substantial probative value, and the early advice agreed.",
             "Her phone and social media: not examined. The events pre-date her current phone by many years and she "
             "disclosed to the boyfriend in person; no reasonable line of enquiry requires it, so no Digital Processing "
             "Notice arises.",
             "The suspect's devices: phone and laptop seized 10/10/2026 and reviewed for contact with her and for indecent "
             "images: nothing relevant found (MG6C item 9).",
             "Other children he babysat for or coached: no disclosures; enquiries with the football club recorded on MG6C "
             "item 10 (safeguarding referral made separately)."],
        forensic=["This is a non-recent allegation; there is no forensic or medical evidence and none is expected. No "
                  "medical records have been sought."],
        digital=["See lines of enquiry. No complainant device examined."],
        outstanding_text=["No further enquiries are outstanding."],
        victim=dict(sm="Special measures: MG2 attached. She would like her ABE played as her evidence in chief and to "
                       "give the rest of her evidence by live link from a remote site. She has been told about s.28 "
                       "pre-recorded cross-examination and does not want it; she would rather give evidence at trial. No "
                       "intermediary is needed.",
                    needs="Needs: she has a diagnosis of PTSD and has panic attacks; she needs regular breaks and prefers "
                          "female officers. No interpreter.",
                    vps="Victim Personal Statement: offered on 20/08/2026; she declined for now and knows she can make one "
                        "at any time before sentence.",
                    isva="ISVA: referred to Dunmore Sexual Abuse Support on 05/08/2026; ISVA Helen BROOK.",
                    views=["She wants a prosecution and is worried about children at the football club."]),
        disclosure=["MG6C, MG6D and MG6E are attached. The school safeguarding extract and her mother's statement are "
                    "identified as capable of assisting the defence and are in the file."],
        bail=["Arrested 10/10/2026 and bailed to 10/01/2027, extended by Supt 0066 FORD to 10/04/2027. Conditions: (1) not to "
              "contact Jessica HOLLAND or her family directly or indirectly; (2) not to have unsupervised contact with any "
              "child under 16, and not to take part in coaching or other activities involving children under 16."],
        oic=wells, supervisor=(hale, "14/01/2027", ["Reviewed. The early advice has been followed in full and the file "
                                                     "meets the National File Standard."]))
    c.docx("MG3 narrative - Op LARKSPUR.docx", mg3(c, d, "prose"), D(2027, 1, 14), "MG3")
    c.pdf("Early advice record 02-09-2026.pdf", letter(c, "Record of early advice - Op LARKSPUR",
        ["Crown Prosecution Service", "Dunmore RASSO Unit"], ["DC 0388 Tanya WELLS", "Dunmore Police Station"], "02/09/2026",
        ["Following our discussion today, my advice is as follows.",
         "1. Obtain statements from the Head of Year and from the former boyfriend to whom Ms HOLLAND says she disclosed.",
         "2. Make a limited request to the school for its safeguarding records about Ms HOLLAND for the period January to "
         "June 2016 only, giving her notice first.",
         "3. Do not request her counselling notes unless a specific reason emerges that they hold material of substantial "
         "probative value.",
         "4. Arrest and interview the suspect; seize and review his devices for contact with her.",
         "5. Consider the motive he may raise and record the enquiries made about it.",
         "Please submit for a full code test decision when these are complete."],
        "Rachel OKONJO, Senior Crown Prosecutor (tel 01632 960990; rachel.okonjo@cps.example)",
        ref=f"Police URN {c.urn} - CPS ref DM-RASSO-26-0712"), D(2026, 9, 2), "EARLY_ADVICE")

    naz_body = [["At 09:40 on Wednesday 5 August 2026 I was allocated an online report made the previous evening by Jessica "
                 "HOLLAND. I was the first officer to deal with her. I telephoned her and then visited her at home at 14:00 "
                 "that day. She told me that when she was a teenager a family friend, whom she named as Neil PARSONS, had "
                 "sexually abused her over about two years. I did not take a detailed account; I explained the next steps "
                 "and the role of an ISVA, and she agreed to a referral. I recorded what she said in my pocket notebook."]]
    c.docx("Statement - PC Naz.docx", mg11(c, naz, naz_body, "05/08/2026", style="prose", sig="signed_name",
                                           occupation="Police constable 1204"), D(2026, 8, 5, 17), "MG11", "officer")
    wells_body = [["I am a detective constable and ABE-trained interviewer. On Thursday 20 August 2026 from 10:00 to 12:25 I "
                   "interviewed Jessica HOLLAND on video at the Dunmore suite, with DC 1150 BRIGGS monitoring. I produce the "
                   "master recording as TW/1 and a working copy as TW/2; the working copy is supplied with the file."]]
    c.docx("Statement - DC Wells (ABE).docx", mg11(c, wells, wells_body, "20/08/2026", style="prose", sig="sgd",
                                                  occupation="Detective constable 0388"), D(2026, 8, 20, 15), "MG11", "officer")
    foster_body = [["I am a retired teacher. From 2008 to 2020 I was Head of Year at Dunmore High School (now Dunmore "
                    "Academy). I remember Jessica HOLLAND as a pupil in my year group.",
                    "One lunchtime in March 2016 Jessica asked to speak to me in my office. She was upset. She told me that "
                    "'a friend of the family' had been 'touching me, and more' for a long time, but that it had stopped. She "
                    "would not tell me who it was and begged me not to tell her parents. I recorded the conversation in the "
                    "school's safeguarding log the same day and spoke to the designated safeguarding lead.",
                    "Looking back, I regret that more was not done. I have seen the log entry again and it is in my "
                    "handwriting."]]
    c.docx("Statement FOSTER Eileen.docx", mg11(c, foster, foster_body, "22/09/2026", style="prose", sig="signed_name",
                                                occupation="Retired teacher"), D(2026, 9, 22), "MG11", "first_account")
    aaron_body = [["I went out with Jessica HOLLAND for about a year in 2019. One night in about May 2019, at my flat, we "
                   "were talking about her family and she went quiet and then told me that a man called Neil, a friend of her "
                   "parents, 'did stuff to me when I was a kid - sex stuff'. She said it started when she was babysitting for "
                   "him. She cried and asked me never to tell anyone. We split up in early 2020. I have not talked to her about "
                   "it since."]]
    c.docx("Statement PRICE Aaron.docx", mg11(c, aaron, aaron_body, "29/09/2026", style="prose", sig="sgd",
                                              occupation="Chef"), D(2026, 9, 29), "MG11", "first_account")
    karen_body = [["I am Jessica HOLLAND's mother. Neil PARSONS was a close family friend for many years. Jessica babysat "
                   "for his children from about 2013 to 2015, and he often drove her home.",
                   "In 2019 we fell out with Neil because he wanted back a loan of 5,000 pounds that he had made to my husband, "
                   "and there were angry words. We have not spoken to him since. Jessica was living away at that time and was "
                   "not involved; I do not think she knew the details. Jessica has never said anything to me about Neil "
                   "touching her; I only found out when the police came."]]
    c.docx("Statement HOLLAND Karen.docx", mg11(c, karen, karen_body, "05/10/2026", style="prose", sig="signed_name",
                                                occupation="Dental receptionist"), D(2026, 10, 5), "MG11", "witness")
    c.video("TW2 HOLLAND ABE 20-08-2026.mp4", "abe", lambda t: ["DUNMORE SUITE", "20/08/2026 10:00:%02d" % (int(t) + 14)],
            seconds=4, etype="ABE_RECORDING")
    rows = [("00:00:45", "Introductions; explanation of breaks (PTSD)."),
            ("00:05:20", "Family friendship with the PARSONS family; babysitting from age 13."),
            ("00:14:10", "First incident, autumn 2013: in his car outside her house, he put his hand on her thigh, then "
                         "inside her school skirt."),
            ("00:26:40", "Pattern 2013-2014: touching her breasts and vagina over and under clothes in the car and in his "
                         "kitchen after his wife had gone to bed; 'our secret'."),
            ("00:47:05", "Summer 2015 (after her GCSE mocks): in the spare bedroom he had sex with her (penis in vagina); "
                         "she froze; he said nobody would believe her."),
            ("01:05:30", "Stopped babysitting late 2015."),
            ("01:12:00", "March 2016: told her Head of Year (Mrs FOSTER) 'a family friend' but would not name him."),
            ("01:20:15", "2019: told her boyfriend Aaron at his flat."),
            ("01:28:40", "Why she reported now: saw him coaching under-12s football in July 2026."),
            ("01:35:00", "Questioning: the 2019 loan dispute (she says she knew there had been 'a row' but not about "
                         "what); dates anchored to school years; layout of the house and car."),
            ("02:20:10", "Closure; breaks taken at 00:40 and 01:30.")]
    c.docx("ABE index HOLLAND.docx", abe_summary(c, dict(
        who="Jessica Anne HOLLAND", age="26", date="20/08/2026", times="10:00 - 12:25 (two breaks)", place="Dunmore suite",
        interviewer="DC 0388 Tanya WELLS", monitor="DC 1150 Paul BRIGGS", exhibit="TW/1 master; TW/2 working copy",
        rows=rows, by="DC 0388 WELLS", prepared="24/08/2026"), style="prose"), D(2026, 8, 24), "ABE_SUMMARY")
    c.pdf("ROTI PARSONS.pdf", roti(c, dict(
        suspect="Neil Robert PARSONS", place="Dunmore custody", date="10/10/2026", start="13:10", end="14:21",
        duration="71 minutes", officers="DC 0388 WELLS, DC 1150 BRIGGS", present="Mrs Julia ADAMS, solicitor", exhibit="TW/3",
        rows=[("00:00", "DC WELLS", "Caution, rights."),
              ("04:00", "PARSONS", "Known the HOLLANDs 20 years. Jessica babysat; he drove her home 'a few times'."),
              ("18:30", "PARSONS", "Denies touching her at any time; 'I treated her like my own daughter'."),
              ("35:10", "PARSONS", "Denies sexual intercourse in 2015 or ever."),
              ("49:00", "PARSONS", "Says the family turned on him over the 2019 loan; 'this is payback'."),
              ("70:30", "DC WELLS", "Interview concluded 14:21.")],
        prepared_by="DC 0388 WELLS")), D(2026, 10, 11), "ROTI")
    c.pdf("PNC PARSONS.pdf", pnc_print(c, dict(name="PARSONS, Neil Robert", dob="08/11/1974", pnc="92/1108744P"), [],
                                       style="summary", printed="13/01/2027", by="DC 0388 WELLS"), D(2027, 1, 13), "PNC")
    c.pdf("Witness convictions check.pdf", witness_pnc(c, [
        ("HOLLAND, Jessica Anne", "19/02/2000", "Complainant", "No trace", "No trace"),
        ("FOSTER, Eileen Margaret", "14/06/1958", "First account (teacher)", "No trace", "No trace"),
        ("PRICE, Aaron James", "03/01/1999", "First account (ex-boyfriend)", "1 conviction: 17/08/2020 Dunmore MC, possession "
         "of cannabis - fine GBP 150", "Nothing further"),
        ("HOLLAND, Karen Louise", "22/05/1973", "Witness (mother)", "No trace", "No trace")],
        "13/01/2027", "DC 0388 WELLS", note="Aaron PRICE's conviction is disclosable (MG6C item 12)."), D(2027, 1, 13), "PNC")
    c.pdf("Online report record.pdf", incident_log(c, dict(
        system="DUNMORE C&C", ref="DM-ONL-20260804-2217", date="04/08/2026", opened="22:17",
        type="ONLINE REPORT - SEXUAL OFFENCE (NON-RECENT)", location="14 Heron Walk, Dunmore (offences 2013-2015)",
        informant="HOLLAND, Jessica (victim), online form", grade="S - SCHEDULED", crime="DM/26/18820", entries=[
            ("22:17", "ONLINE", "Report: 'When I was 13-15 a family friend, Neil Parsons, abused me sexually, including rape. "
                                "He now coaches a kids football team.'"),
            ("08:55", "PS 0877", "Reviewed 05/08. Safeguarding: suspect has access to children - CAIT informed."),
            ("09:40", "PS 0877", "PC 1204 NAZ allocated for first contact."),
            ("14:00", "PC1204", "Visited victim. Initial account. ISVA referral. Crime recorded DM/26/18820.")])),
        D(2026, 8, 5, 15), "INCIDENT_LOG")
    c.pdf("Crime record DM-26-18820.pdf", crime_report(c, dict(
        system="DUNMORE RMS", ref="DM/26/18820", classification="Rape of a female child 13-15; sexual activity with a child",
        hocode="19E / 22A", when="01/09/2013 - 31/08/2015", reported="04/08/2026 22:17 (online)",
        location="14 Heron Walk, Dunmore and suspect's car", victim="HOLLAND, Jessica Anne (now 26)",
        suspect="PARSONS, Neil Robert (51)", oic="DC 0388 WELLS", incident="DM-ONL-20260804-2217",
        flags="Non-recent CSA; suspect has current access to children",
        mo=["Family friend abused child babysitter over two years."],
        log=[("05/08/2026", "PC 1204 NAZ", "First contact; ISVA referral."),
             ("20/08/2026", "DC 0388 WELLS", "ABE. VPS offered - declined for now."),
             ("02/09/2026", "DC 0388 WELLS", "Early advice (R. OKONJO)."),
             ("08/09/2026", "DC 0388 WELLS", "Notice to victim; school records request."),
             ("22/09/2026", "DC 0388 WELLS", "FOSTER statement; school extract received 21/09."),
             ("29/09/2026", "DC 1150 BRIGGS", "PRICE statement."),
             ("10/10/2026", "DC 0388 WELLS", "Arrest, interview, devices seized, bail."),
             ("14/01/2027", "DS 0514 INGRAM", "File approved.")])), D(2027, 1, 13), "CRIME_REPORT")
    c.docx("Request to Dunmore Academy.docx", letter(c, "Request for safeguarding records - former pupil Jessica HOLLAND",
        ["Dunmore Constabulary - CANIT", "Dunmore Police Station", "Tel 01632 960850"],
        ["The Designated Safeguarding Lead", "Dunmore Academy (formerly Dunmore High School)"], "08/09/2026",
        ["I am investigating allegations of non-recent sexual abuse made by a former pupil, Jessica HOLLAND (date of birth "
         "19/02/2000). She says that in March 2016 she told her Head of Year, Mrs Eileen FOSTER, that she was being abused.",
         "Why: a record made at the time of that disclosure is relevant to when and how she first complained and may either "
         "support or undermine her account; it cannot be obtained from any other source. This is a reasonable line of "
         "enquiry and the CPS advised it on 02/09/2026.",
         "What: only safeguarding or pastoral records about her dated 01/01/2016 to 30/06/2016. I do not ask for her "
         "academic, attendance, medical or other records.",
         "Ms HOLLAND was given written notice of this request on 08/09/2026 before it was sent. The material will be used "
         "only for this investigation."],
        f"DC 0388 Tanya WELLS   URN {c.urn}"), D(2026, 9, 8), ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"])
    c.docx("Notice to Ms Holland.docx", letter(c, "We are going to ask your old school for a record about you",
        ["Dunmore Constabulary - CANIT"], ["Ms Jessica HOLLAND"], "08/09/2026",
        ["We are going to ask Dunmore Academy for any safeguarding record made about you between January and June 2016, "
         "because you have told us you spoke to Mrs FOSTER in March 2016. A record from that time may help show when you "
         "first told someone.",
         "We will not ask for anything else. Anything we receive will be kept securely and used only in this case. If the law "
         "requires any part of it to be shown to the defence, we will tell you first.",
         "Given to Ms HOLLAND in person on 08/09/2026 at 11:00 with her ISVA present."],
        f"DC 0388 Tanya WELLS   URN {c.urn}"), D(2026, 9, 8), ["CORRESPONDENCE", "OTHER"])
    c.pdf("School safeguarding extract.pdf", Doc([
        T("Safeguarding log - extract", "Dunmore High School (now Dunmore Academy)"),
        P(f"Supplied to Dunmore Constabulary on 21/09/2026 in answer to the request of 08/09/2026. URN {c.urn}."),
        TBL(["Date", "Recorded by", "Entry"], [
            ("14/03/2016", "E. Foster (HoY 11)", "JH (Y11) came to see me at lunch, upset. Said 'a friend of the family' has "
                                                 "been 'touching me and more' for a long time, now stopped. Would not name "
                                                 "him. Begged me not to tell parents. Passed to DSL."),
            ("15/03/2016", "M. Grant (DSL)", "Spoke to JH. She does not want any action and will not name the person; says "
                                             "she is safe now. Agreed to monitor and offer school counsellor. No referral "
                                             "made.")], widths=[1.5, 2, 7])], family="sans", size=10, head="CONFIDENTIAL"),
        D(2026, 9, 21), "THIRD_PARTY")
    e = [("1", "Online report and command and control record DM-ONL-20260804-2217 (first report to police) - in file", "File"),
         ("2", "Crime record DM/26/18820 - in file", "File"),
         ("3", "PC NAZ pocket notebook 05/08/2026 pp 2-4", "CANIT"),
         ("4", "ABE interview plan, DC WELLS, 19/08/2026", "CANIT"),
         ("5", "Record of early advice, CPS, 02/09/2026 - in file", "File"),
         ("6", "School safeguarding log extract, March 2016 (may assist the defence: she would not name the man) - in file",
          "File"),
         ("7", "Request to the school and notice to the complainant, 08/09/2026 - in file", "File"),
         ("8", "Loan agreement note 2017 and text messages between the suspect and Mr HOLLAND about repayment, 2019 "
               "(supplied by the suspect's solicitor)", "CANIT"),
         ("9", "Device review reports, suspect's phone and laptop (DFU/26/3318-19): nothing relevant", "DFU"),
         ("10", "Enquiries with Dunmore Juniors FC, 12-20/10/2026: no concerns reported; safeguarding referral to LADO", "CANIT"),
         ("11", "Custody record, bail and extension authority", "Custody"),
         ("12", "PNC record of Aaron PRICE (prosecution witness): possession of cannabis 2020 - in file", "File")]
    c.pdf("MG6C LARKSPUR.pdf", mg6c(c, dict(rv="PARSONS", entries=e, officer="DC 0388 T. WELLS", date="13/01/2027")),
          D(2027, 1, 13), "MG6C")
    c.pdf("MG6D LARKSPUR.pdf", mg6d(c, dict(rv="PARSONS", officer="DC 0388 T. WELLS", date="13/01/2027", entries=[
        ("1", "LADO referral concerning the suspect's coaching role", "Third-party safeguarding process; not relevant to "
         "the issues."),
        ("2", "ISVA referral form", "Complainant's health information (PTSD).")]), style="prose"), D(2027, 1, 13), "MG6D")
    c.pdf("MG6E LARKSPUR.pdf", mg6e(c, dict(rv="PARSONS", officer="DC 0388 T. WELLS", date="13/01/2027",
                                            undermine=["MG6C item 6 (school log: she would not name the man) - in file.",
                                                       "MG6C item 12 (conviction of Aaron PRICE) - in file.",
                                                       "The statement of Karen HOLLAND (used) confirms the 2019 loan dispute "
                                                       "relied on by the suspect as a motive."])), D(2027, 1, 13), "MG6E")
    c.pdf("MG2 HOLLAND.pdf", mg2(c, dict(
        witness="Jessica Anne HOLLAND", age="26", status="Complainant", eligibility="s.17(4) YJCEA; PTSD noted",
        measures=[("Evidence in chief by ABE (s.27)", "Yes", "TW/1"), ("Live link from remote site (s.24)", "Yes", "Preferred"),
                  ("Screens (s.23)", "Yes", "If live link unavailable"),
                  ("Pre-recorded cross-examination (s.28)", "No", "Explained 20/08/2026; she does not want it")],
        s28=["Explained to her on 20/08/2026. She does not want her cross-examination pre-recorded; she prefers to give "
             "evidence at trial by live link."],
        intermediary=["Considered: not needed. No communication difficulty; needs breaks for PTSD."],
        views=["Female court staff where possible; breaks every 45 minutes."], by="DC 0388 WELLS", date="20/08/2026")),
        D(2026, 8, 20), "MG2")
    c.pdf("MG12 LARKSPUR.pdf", mg12(c, "PARSONS", [
        ("TW/1", "ABE master, HOLLAND, 20/08/2026", "DC WELLS", "CANIT"),
        ("TW/2", "ABE working copy (provided)", "DC WELLS", "File"),
        ("TW/3", "Interview recording PARSONS 10/10/2026", "DC WELLS", "Interview store"),
        ("TW/4", "Suspect's phone and laptop", "DC WELLS", "DFU")], "DC 0388 WELLS", "13/01/2027", style="prose"),
        D(2027, 1, 13), "MG12")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
                "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, [], must_not)
    return c


# ==============================================================================================
# CASE 09  -  Riverholme Police, national forms.  FAULTY (2 planted):
#   dig_dpn - her phone was downloaded (report in file) but there is no Digital Processing Notice
#             anywhere and none is mentioned;
#   schedule_descriptions - four MG6C entries are vague ("Officer's notes", "Misc documents",
#             "Various e-mails", "Notes").
# ==============================================================================================

def case09(out):
    c = Case(out, "61RH0553726_SHAH_v_WEBB", "61RH0553726", seed=909)
    force, stn = "Riverholme Police", "Riverholme Central - Sexual Offences Unit"
    amira = person("Amira", "Shah", "Yasmin", title="Ms")
    nadia = person("Nadia", "Shah", title="Miss")
    gray = person("Lucy", "Gray", "Anne", title="Dr")
    malone = officer("PC", "0822", "Chris", "Malone", station="Riverholme")
    rees = officer("DC", "1919", "Anna", "Rees", station="Riverholme", phone="01632 960471",
                   email="anna.rees@riverholme.police.example")
    sgt = officer("DS", "1010", "Gary", "Lomax")
    sus = "Jordan Lee WEBB"
    d = dict(
        force=force, station=stn, date="12/01/2027", test="Full Code Test",
        suspects=[dict(name=sus, dob="17/10/1996", address="Flat 9, Wharf House, Quayside, Riverholme RH1 3XT",
                       status="Conditional pre-charge bail")],
        offences=["Rape, s.1(1) Sexual Offences Act 2003, at about 23:30 on 04/07/2026 at Flat 9, Wharf House, Riverholme "
                  "(penile-vaginal)."],
        early_advice="Early advice not sought: a straightforward issue of consent with the key evidence obtained within a "
                     "week (DS LOMAX, 13/07/2026).",
        summary=["Ms SHAH (27), a pharmacist, met the suspect through the Spark dating app. On their first date on "
                 "04/07/2026 they had dinner and she agreed to go back to his flat for a drink. They kissed. She told him "
                 "she did not want sex on a first date. He pushed her back on the bed, pulled off her underwear and "
                 "penetrated her vagina with his penis while she tried to push him away and said 'no, Jordan, stop'.",
                 "She left at about 00:30 and, from the taxi at 00:41, phoned her sister, who she told what had happened. She "
                 "reported by 101 at 14:00 on 05/07/2026. SARC 05/07/2026 (Dr GRAY). ABE 07/07/2026 (DC REES). Semen DNA "
                 "matches the suspect; intercourse is admitted."],
        witnesses=[("Amira SHAH", "Complainant", "ABE AR/1"), ("Her sister, Nadia SHAH", "First account (phone call 00:41)",
                                                               "MG11 attached"),
                   ("PC 0822 MALONE", "First officer", "MG11"), ("DC 1919 REES", "ABE; phone", "MG11"),
                   ("Dr Lucy GRAY", "Forensic physician", "MG11")],
        suspect_account=["Interviewed 09/07/2026: consensual sex; she had agreed by message earlier in the day to 'stay over' "
                         "and initiated intercourse; she left because she had an early shift. Defence: consent / reasonable "
                         "belief."],
        loe=["Lines of enquiry, including those which may point away from the suspect:"],
        loe_table=[("Spark app and WhatsApp messages (may point away)", "The suspect says she agreed to 'stay over'. Her "
                    "Spark chat and WhatsApp messages with him, and with her sister, from 01/07/2026 to 10/07/2026 were "
                    "extracted from her iPhone (report DFU/RH/26/0712 attached). Her message at 16:02 on 04/07 says 'might "
                    "stay for one drink, not staying over tho'."),
                   ("Taxi to and from the flat", "Booking records obtained; driver traced, saw nothing of note."),
                   ("Neighbours at Wharf House", "House-to-house negative."),
                   ("Suspect's phone", "Downloaded; contains the same chat; no other relevant material."),
                   ("Her medical records", "Not sought - no line of enquiry.")],
        forensic=["SARC 05/07/2026 (Dr GRAY, statement attached): no injuries. She consented to release of SARC notes. SFR1 "
                  "attached (DNA match to suspect on HVS)."],
        digital=["Ms SHAH handed her iPhone 14 to DC REES on 07/07/2026. A selective extraction limited to the Spark app and "
                 "WhatsApp conversations with the suspect and with her sister, 01/07/2026 to 10/07/2026, was carried out on "
                 "08/07/2026; report attached. Suspect's phone downloaded."],
        outstanding_text=["Nothing is outstanding."],
        victim=dict(sm="MG2 attached: ABE as evidence in chief, screens; she wants s.28. No intermediary needed.",
                    needs="Works shifts at a pharmacy; contact by e-mail. No interpreter.",
                    vps="VPS offered 07/07/2026; made 20/07/2026 (attached).",
                    isva="Referred to Riverholme ISVA (Safe Spaces) 05/07/2026.", views="Supports prosecution."),
        disclosure=["MG6C, MG6D, MG6E attached."],
        bail=["Conditional bail to 09/01/2027, extended by Supt 0040 MAYNE to 09/04/2027: not to contact Amira SHAH directly "
              "or indirectly, including by any app; not to enter Elm Grove, Riverholme."],
        oic=rees, supervisor=(sgt, "12/01/2027", ["Approved for submission."]))
    c.pdf("MG3_61RH0553726.pdf", mg3(c, d, "national"), D(2027, 1, 12), "MG3")

    nb = [["Amira SHAH is my older sister. At 00:41 on Sunday 5 July 2026 she rang me. I could hear she was in a car and she "
           "was crying. She said 'Nads, I've done something stupid, I went back to his flat and he made me have sex, I told "
           "him no'. She said the man was Jordan from the dating app. I told her to come to mine and she arrived at about "
           "1:10. She was shaking and kept saying she should not have gone in. I stayed up with her. The next afternoon I sat "
           "with her while she rang 101."]]
    c.pdf("MG11_SHAH_Nadia.pdf", mg11(c, nadia, nb, "06/07/2026", sig="sgd", occupation="Student",
                                      rear=dict(address="22 Elm Grove, Riverholme", phone="07700 900190", gender="Female")),
          D(2026, 7, 6), "MG11", "first_account")
    mb = [["At 14:25 on Sunday 5 July 2026 I attended 22 Elm Grove, Riverholme, in response to a 101 report of rape, and I was "
           "the first officer to attend. I spoke to Amira SHAH, who told me in outline that a man she met on a dating app had "
           "raped her at his flat the night before. I recorded her first account on my body-worn video, which I exhibit as "
           "CM/1 and which is provided with the file. I arranged a SARC appointment for 17:00."]]
    c.pdf("MG11_MALONE_PC0822.pdf", mg11(c, malone, mb, "05/07/2026", sig="typed", occupation="Police Constable 0822"),
          D(2026, 7, 5, 20), "MG11", "officer")
    c.video("CM1_BWV_MALONE_20260705.mp4", "bwv", lambda t: ["BWV 0822 RHP", "2026-07-05 14:26:%02d" % (int(t) + 2)],
            seconds=3, etype="BWV")
    rb = [["I am an ABE-trained detective constable. On 7 July 2026, from 10:00 to 11:20, I interviewed Amira SHAH on video at "
           "Riverholme suite, monitored by DC 2020 OSEI. I exhibit the master recording as AR/1 and a working copy as AR/2, "
           "which is provided with the file.",
           "After the interview Ms SHAH handed me her Apple iPhone 14, which I exhibit as AR/3. I took it to the Digital "
           "Forensic Unit on 8 July 2026 and returned it to her on 9 July 2026."]]
    c.pdf("MG11_REES_DC1919.pdf", mg11(c, rees, rb, "09/07/2026", sig="sgd", occupation="Detective Constable 1919"),
          D(2026, 7, 9), "MG11", "officer")
    gb = [["I am a forensic physician at Riverholme SARC. At 17:10 on 5 July 2026 I examined Amira SHAH, 27, with her consent, "
           "which included consent to release my notes to police and the CPS. She described non-consensual penile-vaginal "
           "intercourse at about 23:30 on 4 July 2026. I found no injuries; this is common after both consensual and "
           "non-consensual intercourse and does not assist in deciding whether there was consent. I took swabs LG/1 to LG/3."]]
    c.pdf("MG11_Dr_GRAY.pdf", mg11(c, gray, gb, "20/07/2026", sig="scribble", occupation="Forensic physician"),
          D(2026, 7, 20), "MG11", "expert")
    c.video("AR2_SHAH_ABE.mp4", "abe", lambda t: ["RIVERHOLME SUITE", "07/07/2026 10:00:%02d" % (int(t) + 9)],
            seconds=4, etype="ABE_RECORDING")
    c.pdf("ABE_index_SHAH.pdf", abe_summary(c, dict(
        who="Amira Yasmin SHAH", age="27", date="07/07/2026", times="10:00 - 11:20", place="Riverholme suite",
        interviewer="DC 1919 Anna REES", monitor="DC 2020 Kofi OSEI", exhibit="AR/1 master; AR/2 working copy",
        rows=[("00:01:00", "Introductions."), ("00:04:20", "Matched on Spark two weeks before; messages; first date."),
              ("00:12:30", "Dinner at Lucca's; two glasses of wine; agreed to one drink at his flat."),
              ("00:19:45", "Kissing; she said she did not want sex on a first date."),
              ("00:24:10", "He pushed her onto the bed and had sex with her; she said 'no, Jordan, stop'."),
              ("00:33:00", "Left at 00:30; called her sister Nadia from the taxi."),
              ("00:38:00", "Questioning: her message about 'not staying over'; alcohol; what she said."),
              ("01:18:00", "Closure.")], by="DC 1919 REES", prepared="08/07/2026")), D(2026, 7, 8), "ABE_SUMMARY")
    c.pdf("DFU_RH_26_0712_report.pdf", extraction(c, dict(
        labref="DFU/RH/26/0712", req="DC 1919 REES", examiner="P. JAMES, DFU", device="Apple iPhone 14, AR/3",
        user="Amira SHAH (complainant)", authority="Request of DC REES, 07/07/2026", date="08/07/2026",
        params=["Spark app and WhatsApp: conversations with 'Jordan' (07700 900355) and 'Nadia' (07700 900190) only; "
                "01/07/2026 - 10/07/2026."],
        rows=[("1", "04/07/2026 16:01", "Jordan", "Amira", "still on for tonight? ur welcome to stay over x"),
              ("2", "04/07/2026 16:02", "Amira", "Jordan", "might stay for one drink, not staying over tho"),
              ("3", "05/07/2026 00:35", "Jordan", "Amira", "u ok? u left quick"),
              ("4", "05/07/2026 00:41", "Amira", "Nadia", "[voice call 6 min]")])), D(2026, 7, 8), "DIGITAL_EXTRACT")
    c.pdf("MG15_WEBB.pdf", roti(c, dict(
        suspect=sus, place="Riverholme custody", date="09/07/2026", start="15:00", end="15:41", duration="41 minutes",
        officers="DC 1919 REES, DC 2020 OSEI", present="Ms Dina PAPAS, solicitor", exhibit="AR/4",
        rows=[("00:00", "DC REES", "Caution."), ("03:00", "WEBB", "Date went well; she came back to his; they had sex; she "
                                                                 "was up for it."),
              ("14:20", "WEBB", "She had said she would stay over (message)."),
              ("21:45", "DC REES", "Puts her 16:02 message 'not staying over'. WEBB: 'She changed her mind, girls do.'"),
              ("29:30", "WEBB", "She never said no or stop."), ("40:50", "DC REES", "Concluded 15:41.")],
        prepared_by="DC 1919 REES")), D(2026, 7, 10), "ROTI")
    c.pdf("PNC_WEBB.pdf", pnc_print(c, dict(name="WEBB, Jordan Lee", dob="17/10/1996", pnc="14/1017203W"), [],
                                    printed="11/01/2027", by="DC 1919 REES"), D(2027, 1, 11), "PNC")
    c.pdf("PNC_witnesses_SHAH.pdf", witness_pnc(c, [
        ("SHAH, Amira Yasmin", "25/02/1999", "Complainant", "No trace", "No trace"),
        ("SHAH, Nadia", "30/09/2004", "First account", "No trace", "No trace")], "11/01/2027", "DC 1919 REES"),
        D(2027, 1, 11), "PNC")
    c.pdf("Incident_RH_0705_0311.pdf", incident_log(c, dict(
        system="RIVER C&C", ref="RH-0705-0311", date="05/07/2026", opened="14:00", type="RAPE (101)",
        location="22 Elm Grove, Riverholme", informant="SHAH, Amira (victim)", crime="RH/26/14420",
        entries=[("14:00", "CH 17", "Female reports rape last night by man met on dating app, at his flat on Quayside."),
                 ("14:08", "DISP", "PC 0822 MALONE assigned."), ("14:25", "PC0822", "On scene; BWV; SARC 17:00."),
                 ("15:10", "PS 0700", "Crime recorded.")])), D(2026, 7, 5, 16), "INCIDENT_LOG")
    c.pdf("Crime_RH_26_14420.pdf", crime_report(c, dict(
        system="RIVER RMS", ref="RH/26/14420", classification="Rape of a female 16 or over", hocode="19C",
        when="04/07/2026 23:30", reported="05/07/2026 14:00", location="Flat 9, Wharf House, Riverholme",
        victim="SHAH, Amira (27)", suspect="WEBB, Jordan Lee (29)", oic="DC 1919 REES", incident="RH-0705-0311",
        mo=["First date via dating app; rape at suspect's flat."],
        log=[("05/07/2026", "PC 0822 MALONE", "Attended; SARC."), ("07/07/2026", "DC 1919 REES", "ABE; phone to DFU."),
             ("09/07/2026", "DC 1919 REES", "Arrest, interview, bail."), ("12/01/2027", "DS 1010 LOMAX", "File approved.")])),
        D(2027, 1, 11), "CRIME_REPORT")
    # PLANTED: vague entries 4, 7, 10 and 13
    e = [("1", "Incident log RH-0705-0311 (101 report, first complaint to police) - in file", "File"),
         ("2", "Crime report RH/26/14420 - in file", "File"),
         ("3", "ABE interview plan, DC REES, 07/07/2026", "SOU"),
         ("4", "Officer's notes", "SOU"),
         ("5", "SARC referral and notes (released with consent)", "SARC"),
         ("6", "Taxi booking records, Quayside Cabs, 04-05/07/2026 (pick-up Lucca's 21:48; pick-up Wharf House 00:33)", "SOU"),
         ("7", "Misc documents", "SOU"),
         ("8", "House-to-house forms, Wharf House (12 flats), 08/07/2026: negative", "SOU"),
         ("9", "Download report of suspect's phone, DFU/RH/26/0730", "DFU"),
         ("10", "Various e-mails", "SOU"),
         ("11", "Custody record and bail records of WEBB", "Custody"),
         ("12", "Spark app account information for the suspect, obtained from the provider 20/07/2026", "SOU"),
         ("13", "Notes", "SOU")]
    c.pdf("MG6C_WEBB.pdf", mg6c(c, dict(rv="WEBB", entries=e, officer="DC 1919 A. REES", date="11/01/2027")),
          D(2027, 1, 11), "MG6C")
    c.pdf("MG6D_WEBB.pdf", mg6d(c, dict(rv="WEBB", entries=[], officer="DC 1919 A. REES", date="11/01/2027")),
          D(2027, 1, 11), "MG6D")
    c.pdf("MG6E_WEBB.pdf", mg6e(c, dict(rv="WEBB", officer="DC 1919 A. REES", date="11/01/2027",
                                        undermine=["Message of 04/07/2026 16:01 from the suspect inviting her to stay over "
                                                   "(in the extraction report, in file) is relied on by the defence."])),
          D(2027, 1, 11), "MG6E")
    c.pdf("MG2_SHAH.pdf", mg2(c, dict(
        witness="Amira Yasmin SHAH", age="27", status="Complainant", eligibility="s.17(4) YJCEA",
        measures=[("ABE EIC (s.27)", "Yes", "AR/1"), ("s.28", "Yes", "Wants it"), ("Screens", "Yes", "")],
        s28=["Explained 07/07/2026 - she wants it."], intermediary=["Not required."], views=["None further."],
        by="DC 1919 REES", date="07/07/2026")), D(2026, 7, 7), "MG2")
    c.pdf("MG12_WEBB.pdf", mg12(c, "WEBB", [
        ("CM/1", "BWV, PC MALONE, 05/07/2026 (provided)", "PC MALONE", "File"),
        ("AR/1", "ABE master", "DC REES", "SOU"), ("AR/2", "ABE working copy (provided)", "DC REES", "File"),
        ("AR/3", "Apple iPhone 14 of complainant (returned)", "DC REES", "Returned"),
        ("AR/4", "Interview recording WEBB", "DC REES", "Interview store"),
        ("AR/5", "DNA reference sample, WEBB", "DC REES", "Laboratory"),
        ("LG/1-LG/3", "SARC swabs", "Dr GRAY", "Laboratory")], "DC 1919 REES", "11/01/2027"), D(2027, 1, 11), "MG12")
    c.pdf("SFR1_RH.pdf", sfr1(c, dict(provider="Riverholme Forensic Partnership", ref="RFP-26-4410", force=force,
                                      date="01/10/2026", scientist="Helen WOO",
                                      items=[("LG/1", "HVS, SHAH"), ("AR/5", "Reference, WEBB")],
                                      findings=["Semen on LG/1; DNA matches WEBB (match probability < 1 in a billion)."])),
          D(2026, 10, 1), "FORENSIC")
    c.pdf("VPS_SHAH.pdf", vps(c, amira, ["I have deleted every dating app and I do not trust my own judgement any more. I "
                                         "have had time off work."], "20/07/2026", sig="sgd"), D(2026, 7, 20), "VPS")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                "witness_convictions", "mg6c", "mg6d", "mg6e", "rebuttable_presumption", "dig_prop", "multimedia",
                "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, ["dig_dpn", "schedule_descriptions"], must_not)
    return c


# ==============================================================================================
# CASE 10  -  Wealdmoor Police.  Several pages only as scans (ABE summary, MG6D, witness PNC).
# FAULTY (2 planted):
#   key_statements   - the MG3 names the neighbour to whom she first disclosed and says her statement
#                      is attached; it is not in the folder;
#   outstanding_dated - "Toxicology ... has been submitted; results awaited." with no target date
#                      (the other outstanding item has one).
# ==============================================================================================

def case10(out):
    c = Case(out, "Doc bundle 14 Jan - OYELARAN", "35WM0198426", seed=1010)
    force, stn = "Wealdmoor Police", "Ashby Cross Police Station - RASSO"
    ruth = person("Ruth", "Oyelaran", "Abimbola", title="Mrs")
    ash = person("Martin", "Ash", "Edward", title="Dr")
    lynch = officer("PC", "2054", "Kieran", "Lynch", station="Ashby Cross")
    gregg = officer("DC", "0630", "Paula", "Gregg", station="Ashby Cross", phone="01632 960566",
                    email="paula.gregg@wealdmoor.police.example")
    insp = officer("DS", "1881", "Victoria", "Hume")
    sus = "Stephen Paul CROSS"
    d = dict(
        force=force, station=stn, date="14/01/2027", test="Full Code Test",
        suspects=[dict(name=sus, dob="12/12/1976", address="21 Mercer Road, Ashby Cross AC2 9LN (ground floor)",
                       status="Released on conditional bail")],
        offences=["Rape, s.1(1) Sexual Offences Act 2003, at about 03:00 on 21/11/2026 at 21 Mercer Road, Ashby Cross "
                  "(penile-vaginal, complainant asleep after taking prescribed zopiclone)."],
        early_advice="Early advice was not sought because the suspect was interviewed within three days and the issues "
                     "(consent; capacity) were clear; DS HUME agreed on 25/11/2026.",
        summary=["Mrs OYELARAN (44), a care worker, rents a room in a shared house owned by the suspect (50), who lives on the "
                 "ground floor. At about 22:30 on 20/11/2026 she took her prescribed zopiclone and went to sleep. She woke at "
                 "about 03:00 to find the suspect in her bed having sexual intercourse with her. She pushed him off; he left.",
                 "At about 08:00 she went to her neighbour, Joan BAXTER, at no. 19, and told her what had happened. Mrs BAXTER "
                 "persuaded her to call the police (101, 11:20). She was examined at the SARC on 21/11/2026 (Dr ASH) and "
                 "interviewed on video on 24/11/2026."],
        witnesses=[("Ruth OYELARAN", "Complainant", "ABE PG/1; summary attached"),
                   ("Joan BAXTER (neighbour, 19 Mercer Road)", "First account, 08:00 21/11/2026", "MG11 attached"),
                   ("PC 2054 LYNCH", "First officer", "MG11 attached"),
                   ("DC 0630 GREGG", "ABE interviewer", "MG11 attached"),
                   ("Dr Martin ASH", "Forensic physician", "MG11 attached")],
        suspect_account=["Interviewed 24/11/2026: he says she invited him into her room when he went up to check the "
                         "boiler, was awake and consented. Defence: consent; reasonable belief."],
        loe=["Lines of enquiry, including those pointing away from the suspect:",
             "Her capacity to consent: toxicology on SARC blood and urine (to establish zopiclone and alcohol levels). Her "
             "GP prescription record obtained with her consent (dose and date of prescription) - MG6C item 7.",
             "Other tenants (two): one away; the other, Tomasz LIS, heard a door at about 03:00 and nothing else (statement "
             "not required; note on MG6C item 9).",
             "The suspect's phone (his claim that he was called about the boiler): downloaded; see outstanding.",
             "Her phone: not examined; no line of enquiry requires it - she had no contact with the suspect by phone."],
        forensic=["SARC 21/11/2026 (Dr ASH, statement attached); consent to release of SARC notes signed 21/11/2026. DNA on "
                  "HVS matches the suspect (SFR1 attached)."],
        digital=["No complainant device examined. Suspect's phone download: see outstanding."],
        outstanding=[("Download and review of the suspect's phone (boiler call claim)", "25/11/2026", "29/01/2027")],
        outstanding_text=["Toxicology on her blood and urine samples (SARC, 21/11/2026) has been submitted to the laboratory; "
                          "results awaited."],
        victim=dict(sm="MG2 attached: ABE as evidence in chief; screens; s.28 - she wants it. No intermediary needed.",
                    needs="Works nights: contact by phone after 14:00. No interpreter.",
                    vps="VPS offered 24/11/2026; she will make it later.",
                    isva="Referred to Wealdmoor ISVA 21/11/2026.", views="Supports prosecution; has moved out."),
        disclosure=["MG6C, MG6D (signed copy scanned) and MG6E attached."],
        bail=["Conditional bail to 24/02/2027: not to contact Ruth OYELARAN directly or indirectly; not to enter Harlow "
              "Close, Ashby Cross (her new address is known to police only)."],
        oic=gregg, supervisor=(insp, "14/01/2027", ["Approved for submission."]))
    c.pdf("MG3.pdf", mg3(c, d, "national"), D(2027, 1, 14), "MG3")

    lb = [["At 11:45 on Saturday 21 November 2026 I attended 21 Mercer Road, Ashby Cross, after a 101 call, and I was the "
           "first officer to arrive. Ruth OYELARAN was in the kitchen of 19 Mercer Road with her neighbour. She told me "
           "that her landlord, Stephen CROSS, had come into her room in the night and had sex with her while she was asleep "
           "after taking a sleeping tablet. I activated my body-worn video on arrival; I exhibit the recording as KL/1 and it "
           "is provided with the file. I secured her bedding (KL/2) and arranged the SARC."]]
    c.pdf("MG11 PC LYNCH.pdf", mg11(c, lynch, lb, "21/11/2026", sig="typed", occupation="Police Constable 2054"),
          D(2026, 11, 21, 18), "MG11", "officer")
    c.video("KL1 BWV LYNCH 21-11-2026.mp4", "bwv", lambda t: ["BWV 2054 WMP", "2026-11-21 11:45:%02d" % (int(t) + 3)],
            seconds=3, etype="BWV")
    gb = [["I am an ABE-trained detective constable. On 24 November 2026 from 10:30 to 11:50 I interviewed Ruth OYELARAN on "
           "video at Ashby Cross suite, monitored by DC 0712 BOND. I exhibit the master as PG/1 and the working copy as PG/2, "
           "which is provided with the file."]]
    c.pdf("MG11 DC GREGG.pdf", mg11(c, gregg, gb, "24/11/2026", sig="sgd", occupation="Detective Constable 0630"),
          D(2026, 11, 24, 15), "MG11", "officer")
    ab = [["I am a forensic physician. At 15:30 on 21 November 2026 I examined Ruth OYELARAN, 44, at Wealdmoor SARC with her "
           "written consent, including consent to release of my notes to the police and CPS. She reported taking zopiclone "
           "7.5 mg at about 22:30 and waking at about 03:00 during intercourse. There were no injuries. I took swabs MA/1 "
           "to MA/3, and blood (MA/4) and urine (MA/5) for toxicology, and handed them to PC LYNCH."]]
    c.pdf("MG11 Dr ASH.pdf", mg11(c, ash, ab, "02/12/2026", sig="scribble", occupation="Forensic physician"),
          D(2026, 12, 2), "MG11", "expert")
    c.video("PG2 OYELARAN ABE.mp4", "abe", lambda t: ["ASHBY CROSS SUITE", "24/11/2026 10:30:%02d" % (int(t) + 5)],
            seconds=4, etype="ABE_RECORDING")
    c.scan("scan_0021.pdf", abe_summary(c, dict(
        who="Ruth Abimbola OYELARAN", age="44", date="24/11/2026", times="10:30 - 11:50", place="Ashby Cross suite",
        interviewer="DC 0630 Paula GREGG", monitor="DC 0712 Liam BOND", exhibit="PG/1 master; PG/2 working copy",
        rows=[("00:00:50", "Introductions."), ("00:03:30", "Lodger at 21 Mercer Road since 2024; landlord lives downstairs."),
              ("00:09:15", "Took her zopiclone at 22:30 as prescribed; went to sleep."),
              ("00:14:40", "Woke about 03:00: he was on top of her, penis in her vagina. She pushed him off and said 'get "
                           "out'. He said 'you wanted it'."),
              ("00:22:10", "Could not sleep; at about 8 went next door to Joan and told her."),
              ("00:30:00", "Questioning: boiler; whether she had spoken to him that evening; the tablet; alcohol (none)."),
              ("01:18:00", "Closure.")], by="DC 0630 GREGG", prepared="26/11/2026")), D(2026, 11, 26), "ABE_SUMMARY")
    c.pdf("ROTI CROSS.pdf", roti(c, dict(
        suspect=sus, place="Ashby Cross custody", date="24/11/2026", start="15:20", end="15:58", duration="38 minutes",
        officers="DC 0630 GREGG, DC 0712 BOND", present="Mr Neil HAYES, solicitor", exhibit="PG/3",
        rows=[("00:00", "DC GREGG", "Caution."), ("02:40", "CROSS", "Went up about 2.30 because the boiler was banging."),
              ("08:10", "CROSS", "She was awake and invited him in; one thing led to another."),
              ("20:30", "CROSS", "Did not know she took sleeping tablets."), ("37:40", "DC GREGG", "Concluded 15:58.")],
        prepared_by="DC 0630 GREGG")), D(2026, 11, 25), "ROTI")
    c.pdf("PNC CROSS.pdf", pnc_print(c, dict(name="CROSS, Stephen Paul", dob="12/12/1976", pnc="95/1212884C"), [],
                                     printed="13/01/2027", by="DC 0630 GREGG"), D(2027, 1, 13), "PNC")
    c.scan("scan_0022.pdf", witness_pnc(c, [
        ("OYELARAN, Ruth Abimbola", "08/08/1982", "Complainant", "No trace", "No trace"),
        ("BAXTER, Joan", "01/04/1951", "First account (neighbour)", "No trace", "No trace")], "13/01/2027",
        "DC 0630 GREGG"), D(2027, 1, 13), "PNC")
    c.pdf("Incident WM-1121-0207.pdf", incident_log(c, dict(
        system="WEALD C&C", ref="WM-1121-0207", date="21/11/2026", opened="11:20", type="RAPE (101)",
        location="21 Mercer Road, Ashby Cross", informant="OYELARAN, Ruth (victim) - calling from 19 Mercer Road",
        crime="WM/26/31902", entries=[
            ("11:20", "CH 04", "Female: landlord came into her room overnight and had sex with her while she was asleep. "
                               "She is at neighbour's house (no. 19). Suspect downstairs at no. 21."),
            ("11:24", "DISP", "PC 2054 LYNCH, PC 1190 SHAW to attend."), ("11:45", "PC2054", "On scene; BWV."),
            ("12:30", "PS 0301", "Crime recorded WM/26/31902; suspect arrested by PC SHAW 12:20.")])),
        D(2026, 11, 21, 13), "INCIDENT_LOG")
    c.pdf("Crime report WM-26-31902.pdf", crime_report(c, dict(
        system="WEALD RMS", ref="WM/26/31902", classification="Rape of a female 16 or over", hocode="19C",
        when="21/11/2026 03:00", reported="21/11/2026 11:20 (101)", location="21 Mercer Road, Ashby Cross",
        victim="OYELARAN, Ruth Abimbola (44)", suspect="CROSS, Stephen Paul (49)", oic="DC 0630 GREGG",
        incident="WM-1121-0207", mo=["Landlord entered tenant's room at night; intercourse while she was asleep."],
        log=[("21/11/2026", "PC 2054 LYNCH", "Attended; BWV; bedding seized; SARC."),
             ("21/11/2026", "DC 0630 GREGG", "Spoke to neighbour Joan BAXTER; statement taken."),
             ("24/11/2026", "DC 0630 GREGG", "ABE; suspect interviewed; bail."),
             ("26/11/2026", "DC 0630 GREGG", "Toxicology submitted."), ("14/01/2027", "DS 1881 HUME", "Approved.")])),
        D(2027, 1, 13), "CRIME_REPORT")
    e = [("1", "Incident log WM-1121-0207 (101 call, first complaint to police) - in file", "File"),
         ("2", "Crime report WM/26/31902 - in file", "File"),
         ("3", "ABE interview plan, DC GREGG, 24/11/2026", "RASSO"),
         ("4", "PC LYNCH pocket notebook 21/11/2026 pp 14-16", "RASSO"),
         ("5", "SARC referral and notes (released with consent)", "SARC"),
         ("6", "Bedding from the complainant's room (KL/2): not submitted - intercourse admitted", "Property"),
         ("7", "GP prescription record (zopiclone 7.5 mg, issued 02/11/2026), obtained with consent", "RASSO"),
         ("8", "Tenancy agreement, 21 Mercer Road, room 3", "RASSO"),
         ("9", "Officer's note of conversation with tenant Tomasz LIS, 22/11/2026: heard a door about 03:00", "RASSO"),
         ("10", "Custody record and bail records of CROSS", "Custody"),
         ("11", "MG21 submission (toxicology) 26/11/2026", "RASSO")]
    c.pdf("MG6C.pdf", mg6c(c, dict(rv="CROSS", entries=e, officer="DC 0630 P. GREGG", date="13/01/2027")),
          D(2027, 1, 13), "MG6C")
    c.scan("scan_0023.pdf", mg6d(c, dict(rv="CROSS", entries=[("1", "ISVA referral form", "Complainant's personal data.")],
                                         officer="DC 0630 P. GREGG", date="13/01/2027")), D(2027, 1, 13), "MG6D")
    c.pdf("MG6E.pdf", mg6e(c, dict(rv="CROSS", officer="DC 0630 P. GREGG", date="13/01/2027",
                                   undermine=["None identified at this stage."])), D(2027, 1, 13), "MG6E")
    c.pdf("MG2.pdf", mg2(c, dict(
        witness="Ruth Abimbola OYELARAN", age="44", status="Complainant", eligibility="s.17(4)",
        measures=[("ABE EIC (s.27)", "Yes", "PG/1"), ("s.28", "Yes", ""), ("Screens", "Yes", "")],
        s28=["Explained 24/11/2026; she wants it."], intermediary=["Not required."], views=["None."],
        by="DC 0630 GREGG", date="24/11/2026")), D(2026, 11, 24), "MG2")
    c.pdf("MG12.pdf", mg12(c, "CROSS", [
        ("KL/1", "BWV, PC LYNCH (provided)", "PC LYNCH", "File"), ("KL/2", "Bedding", "PC LYNCH", "Property"),
        ("PG/1", "ABE master", "DC GREGG", "RASSO"), ("PG/2", "ABE working copy (provided)", "DC GREGG", "File"),
        ("PG/3", "Interview recording CROSS", "DC GREGG", "Interview store"),
        ("PG/4", "DNA reference sample, CROSS", "DC GREGG", "Laboratory"),
        ("MA/1-MA/5", "SARC swabs, blood, urine", "Dr ASH", "Laboratory")], "DC 0630 GREGG", "13/01/2027"),
        D(2027, 1, 13), "MG12")
    c.pdf("SFR1.pdf", sfr1(c, dict(provider="Weald Forensics", ref="WF-26-2201", force=force, date="18/12/2026",
                                   scientist="Adam COLE", items=[("MA/1", "HVS, OYELARAN")],
                                   findings=["Semen on MA/1; DNA matches CROSS (reference PG/4)."])), D(2026, 12, 18), "FORENSIC")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "officer_statement",
                "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
                "multimedia", "exhibits", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, ["key_statements", "outstanding_dated"], must_not)
    return c


# ==============================================================================================
# CASE 11  -  Pennine Vale Police, ORION record-system printouts.  FAULTY (2 planted):
#   abe_recording - the ABE interview is summarised, exhibited (JK/1, JK/2) and listed on the MG12,
#                   and the statement says the working copy is provided, but no video is in the folder;
#   victim_care   - whether a Victim Personal Statement was offered is recorded nowhere.
# ==============================================================================================

def case11(out):
    c = Case(out, "OP_WILLOW_FINAL", "13PV0370126", seed=1111)
    SYS = "ORION"
    force, stn = "Pennine Vale Police", "Holmebridge PVP Hub"
    nat = person("Natalie", "Ashcroft", "Jane", title="Ms")
    becky = person("Rebecca", "Lane", "Louise", title="Miss")
    king = officer("DC", "1777", "Joel", "King", station="Holmebridge", phone="01632 960377",
                   email="joel.king@penninevale.police.example")
    pc = officer("PC", "4120", "Sian", "Hughes", station="Holmebridge")
    ds = officer("DS", "0909", "Tariq", "Mahmood")
    sus = "KELLY, Daniel Mark"
    d = dict(
        system=SYS, force=force, station=stn, date="13/01/2027", test="Full Code Test",
        suspects=[dict(name=sus, dob="21/04/1991", address="3 Moor Lane, Holmebridge HB7 1PQ",
                       status="Released under investigation 17/06/2026 - rationale below")],
        offences=["Assault by penetration (s.2 SOA 2003) and rape (s.1 SOA 2003) - 14/06/2026 about 02:30, upstairs back "
                  "bedroom, 11 Calder Street, Holmebridge."],
        early_advice=["Not sought - the RASSO DS considered the evidential issues straightforward (recorded 18/06/2026)."],
        summary=["Ms ASHCROFT (31) went to a house party at 11 Calder Street on 13/06/2026. At about 01:45 she went upstairs to "
                 "lie down in the back bedroom, having drunk a lot. She woke to find the suspect, whom she had met that night, "
                 "with his fingers in her vagina; he then penetrated her with his penis. She pushed him off and he left.",
                 "At about 09:00 she told her friend and housemate Rebecca LANE, who drove her home. She reported on "
                 "15/06/2026. Her account was video-recorded (ABE) on 16/06/2026 by DC KING; the summary is attached."],
        witnesses=[("ASHCROFT, Natalie", "Complainant", "ABE JK/1"), ("LANE, Rebecca - friend/housemate",
                                                                     "First account", "MG11 attached"),
                   ("PC 4120 HUGHES", "First officer", "MG11 attached"), ("DC 1777 KING", "ABE; OIC", "MG11 attached")],
        suspect_account=["Interviewed 17/06/2026: they had been flirting; she invited him upstairs; she was awake and "
                         "consenting throughout. Defence: consent."],
        loe=["Lines of enquiry, including those pointing away from the suspect:"],
        loe_table=[("Other guests (may point away)", "Six guests identified; four spoken to. Two saw them talking and "
                    "laughing in the kitchen about 01:00 (MG6C items 6-7). None saw them go upstairs."),
                   ("Host's doorbell camera", "Covers front door only; shows suspect leaving 02:51 alone."),
                   ("Suspect's phone", "Downloaded: no messages with her; a search at 03:04 'can you get in trouble if a "
                    "girl was drunk' - relied on."),
                   ("Her phone", "Not examined - she had no contact with him by phone or social media; not a reasonable "
                    "line of enquiry.")],
        forensic=["SARC 15/06/2026 (Dr Priya SEN): no injuries; swabs - DNA matches suspect (SFR1 attached). Consent to "
                  "release of SARC notes signed 15/06/2026."],
        digital=["Suspect's phone downloaded (full logical, reviewed 13/06-15/06/2026). No complainant device examined."],
        outstanding_text=["None."],
        victim=dict(sm="Eligible s.17(4). ABE as evidence in chief; screens; she wants s.28 pre-recorded cross-examination "
                       "(explained 16/06/2026). No intermediary required.",
                    needs="Asks for contact by text. No interpreter. Anxiety - GP aware.",
                    vps="",
                    isva="Referred to Pennine ISVA service 15/06/2026.", views="Supports prosecution."),
        disclosure=["MG6C, MG6D, MG6E attached."],
        bail=["RUI: he lives in another part of town, has had no contact with her and she asked for no conditions; "
              "custody Sgt 0404 REID decided bail was not necessary and proportionate. Reviewed monthly."],
        oic=king, supervisor=(ds, "13/01/2027", ["Reviewed; approved."]))
    # The system MG3 prints a "VPS" line; this force's template omits it (PLANTED: VPS never mentioned).
    b = mg3(c, d, "system")
    b.blocks = [x for x in b.blocks if not (x[0] == "kv" and any(k == "VPS" for k, _ in x[1]))]
    for i, x in enumerate(b.blocks):
        if x[0] == "h" and x[1] == "Victim / witness":
            b.blocks.insert(i + 1, KV([("Special measures", d["victim"]["sm"]), ("Needs", d["victim"]["needs"]),
                                       ("ISVA", d["victim"]["isva"]), ("Views", d["victim"]["views"])], cols=2,
                                      label_w=0.22))
            break
    c.pdf("ORION_PCR_13PV0370126.pdf", b, D(2027, 1, 13), "MG3")

    lb = [["I have lived with Natalie ASHCROFT for three years and she is my closest friend. On Saturday 13 June 2026 we went "
           "to a party at 11 Calder Street. I left at about midnight. At about 8.30 the next morning Natalie rang me and asked "
           "me to pick her up. When I got there at about 9 she was sitting on the front wall, crying.",
           "In the car she said 'I woke up and that Dan was on me, he was inside me, I was asleep Becks'. She said she had "
           "pushed him off. At home she got in the shower and I told her not to but she was upset. I persuaded her to call "
           "the police the next day."]]
    c.pdf("ORION_STMT_LANE_R.pdf", mg11(c, becky, lb, "15/06/2026", style="system", sig="esig", occupation="Hairdresser",
                                       force=SYS), D(2026, 6, 15, 18), "MG11", "first_account")
    pb = [["At 10:05 on Monday 15 June 2026 I attended Flat 2, 40 Westgate, Holmebridge, following a 101 call, and was the "
           "first officer to attend. Natalie ASHCROFT told me that at a party on Saturday night a man called Dan had had sex "
           "with her while she was asleep. I did not ask for detail. I did not record her account on body-worn video because "
           "she did not want to be filmed. I arranged the SARC."]]
    c.pdf("ORION_STMT_HUGHES_S.pdf", mg11(c, pc, pb, "15/06/2026", style="system", sig="esig",
                                         occupation="Police Constable 4120", force=SYS), D(2026, 6, 15, 14), "MG11", "officer")
    kb = [["I am an ABE-trained detective constable. On Tuesday 16 June 2026 between 13:30 and 14:45 I conducted a video-"
           "recorded interview with Natalie ASHCROFT at the Holmebridge suite, monitored by DC 2323 FOX. At the end of the "
           "interview I produced a master DVD, which I sealed and exhibit as JK/1, and a working copy, which I exhibit as "
           "JK/2. The working copy has been uploaded to the case file for the CPS.",
           "On 17 June 2026 I interviewed Daniel KELLY with his solicitor (record attached)."]]
    c.pdf("ORION_STMT_KING_J.pdf", mg11(c, king, kb, "17/06/2026", style="system", sig="esig",
                                       occupation="Detective Constable 1777", force=SYS), D(2026, 6, 17, 18), "MG11", "officer")
    c.pdf("ORION_ABE_SUMMARY.pdf", abe_summary(c, dict(
        who="ASHCROFT, Natalie Jane", age="31", date="16/06/2026", times="13:30 - 14:45", place="Holmebridge suite",
        interviewer="DC 1777 Joel KING", monitor="DC 2323 Emma FOX", exhibit="JK/1 master DVD; JK/2 working copy",
        rows=[("00:01:00", "Introductions."), ("00:05:00", "Party; met 'Dan' in the kitchen; chatted; he was friendly."),
              ("00:11:30", "Drunk by 01:30; went upstairs to lie down alone; shut the door."),
              ("00:16:20", "Woke to his fingers in her vagina; then he was on top of her, penis inside her."),
              ("00:21:45", "She said 'what the fuck' and pushed him off; he said 'you were up for it' and left."),
              ("00:27:00", "Rang Becky in the morning; told her in the car."),
              ("00:33:00", "Questioning: drink; whether she flirted; whether she said anything to him upstairs."),
              ("01:13:00", "Closure.")], by="DC 1777 KING", prepared="18/06/2026")), D(2026, 6, 18), "ABE_SUMMARY")
    c.pdf("ORION_ROTI_KELLY.pdf", roti(c, dict(
        suspect="Daniel Mark KELLY", place="Holmebridge custody", date="17/06/2026", start="11:00", end="11:36",
        duration="36 minutes", officers="DC 1777 KING, DC 2323 FOX", present="Ms Jo BRENNAN, solicitor", exhibit="JK/3",
        rows=[("00:00", "DC KING", "Caution."), ("02:30", "KELLY", "They flirted; she took his hand upstairs."),
              ("09:40", "KELLY", "She was awake, kissing him, and said yes."),
              ("21:00", "DC FOX", "Puts the 03:04 search. KELLY: 'I panicked after she went weird.'"),
              ("35:50", "DC KING", "Concluded 11:36.")], prepared_by="DC 1777 KING")), D(2026, 6, 18), "ROTI")
    c.pdf("ORION_PNC_KELLY.pdf", pnc_print(c, dict(name="KELLY, Daniel Mark", dob="21/04/1991", pnc="09/0421330K"), [],
                                           printed="12/01/2027", by="DC 1777 KING"), D(2027, 1, 12), "PNC")
    c.pdf("ORION_PNC_WITNESSES.pdf", witness_pnc(c, [
        ("ASHCROFT, Natalie Jane", "03/09/1995", "Complainant", "No trace", "No trace"),
        ("LANE, Rebecca Louise", "27/01/1996", "First account", "No trace", "No trace")], "12/01/2027", "DC 1777 KING"),
        D(2027, 1, 12), "PNC")
    c.pdf("ORION_INCIDENT.pdf", incident_log(c, dict(
        system="ORION C&C", ref="PV-20260615-0140", date="15/06/2026", opened="09:31", type="SEXUAL OFFENCE (101)",
        location="Flat 2, 40 Westgate, Holmebridge", informant="ASHCROFT, Natalie (victim)", crime="PV/26/22310",
        entries=[("09:31", "CH 31", "Female reports that at a party on Sat night a man had sex with her while she was asleep."),
                 ("09:40", "DISP", "PC 4120 HUGHES assigned."), ("10:05", "PC4120", "On scene."),
                 ("11:00", "PS 0410", "Crime recorded PV/26/22310.")])), D(2026, 6, 15, 12), "INCIDENT_LOG")
    c.pdf("ORION_CRIME.pdf", crime_report(c, dict(
        system=SYS, ref="PV/26/22310", classification="Rape of a female 16 or over; assault by penetration", hocode="19C/19H",
        when="14/06/2026 02:30", reported="15/06/2026 09:31", location="11 Calder Street, Holmebridge",
        victim="ASHCROFT, Natalie Jane (30)", suspect="KELLY, Daniel Mark (35)", oic="DC 1777 KING", incident="PV-20260615-0140",
        mo=["Complainant asleep at a party; penetrated by a man she met that night."],
        log=[("15/06/2026", "PC 4120 HUGHES", "Attended; SARC; ISVA referral."), ("16/06/2026", "DC 1777 KING", "ABE."),
             ("17/06/2026", "DC 1777 KING", "Voluntary attendance, arrest, interview, RUI."),
             ("13/01/2027", "DS 0909 MAHMOOD", "Approved.")])), D(2027, 1, 12), "CRIME_REPORT")
    e = [("1", "Incident log PV-20260615-0140 (first complaint to police) - in file", "File"),
         ("2", "Crime record PV/26/22310 - in file", "File"),
         ("3", "ABE interview plan, DC KING, 16/06/2026", "PVP"),
         ("4", "SARC referral and consent to release of notes, 15/06/2026", "SARC"),
         ("5", "Doorbell camera footage, 11 Calder Street, 13-14/06/2026 (front door only; suspect leaves 02:51)", "DEMS"),
         ("6", "Officer's note of conversation with party guest Kerry BOND, 20/06/2026: saw them laughing in the kitchen "
               "about 01:00 - copy attached", "File"),
         ("7", "Officer's note of conversation with party guest Sam WEST, 20/06/2026: saw them chatting by the fridge about "
               "01:00 - copy attached", "File"),
         ("8", "Download report of suspect's phone DFU/PV/26/1550", "DFU"),
         ("9", "Custody record and RUI rationale", "Custody")]
    c.pdf("ORION_MG6C.pdf", mg6c(c, dict(system=SYS, rv="KELLY", entries=e, officer="DC 1777 J. KING", date="12/01/2027"),
                                 "system"), D(2027, 1, 12), "MG6C")
    c.pdf("ORION_MG6D.pdf", mg6d(c, dict(rv="KELLY", entries=[], officer="DC 1777 J. KING", date="12/01/2027")),
          D(2027, 1, 12), "MG6D")
    c.pdf("ORION_MG6E.pdf", mg6e(c, dict(rv="KELLY", officer="DC 1777 J. KING", date="12/01/2027",
                                         undermine=["Items 6 and 7 (guests saw them laughing together) may assist the "
                                                    "defence; copies of both notes are attached to the file.",
                                                    ])), D(2027, 1, 12), "MG6E")
    c.pdf("ORION_Officer_notes_guests.pdf", Doc([
        MONO(f"ORION  -  OFFICER'S NOTE (UNUSED)   URN {c.urn}"), RULE(),
        P("20/06/2026 14:10, DC 2323 FOX - telephone conversation with Kerry BOND (party guest): she saw Natalie and a man "
          "she knew as Dan talking and laughing in the kitchen at about 01:00; he had his arm round her waist for a short "
          "time; she did not see either of them go upstairs; she left at 01:30."),
        P("20/06/2026 15:40, DC 2323 FOX - conversation with Sam WEST (party guest): saw the two of them chatting and "
          "laughing by the fridge around 1 am; nothing else; left about 02:00.")], family="sans", size=10,
        head="OFFICIAL-SENSITIVE"), D(2026, 6, 20), "OTHER")
    c.pdf("ORION_MG12.pdf", mg12(c, "KELLY", [
        ("JK/1", "ABE master DVD, ASHCROFT, 16/06/2026", "DC KING", "PVP (sealed)"),
        ("JK/2", "ABE working copy (uploaded to case file)", "DC KING", "Case file"),
        ("JK/3", "Interview recording KELLY", "DC KING", "Interview store"),
        ("PS/1-PS/3", "SARC swabs", "Dr SEN", "Laboratory")], "DC 1777 KING", "12/01/2027", style="system"),
        D(2027, 1, 12), "MG12")
    c.pdf("ORION_SFR1.pdf", sfr1(c, dict(provider="Pennine Forensic Services", ref="PFS-26-0881", force=force,
                                         date="02/09/2026", scientist="Ian WOLFE",
                                         items=[("PS/1", "HVS, ASHCROFT"), ("JK/4", "Reference KELLY")],
                                         findings=["Semen on PS/1; DNA matches KELLY."])), D(2026, 9, 2), "FORENSIC")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited", "abe_plan", "key_statements",
                "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                "digital_proportionality", "exhibits", "forensic_medical", "special_measures", "files_readable", "one_urn"]
    c.expected(1, ["abe_recording", "victim_care"], must_not)
    return c


# ==============================================================================================
# CASE 12  -  Westcombe Police, mixed formats with phone photos (DPN, witness PNC).  FAULTY (2):
#   signed   - the neighbour's MG11 is a typed copy with the signature and date left blank;
#   dig_prop - the complainant's phone was sent for a "full download - all data, all dates" with no
#              parameters (MG3, DFU request form, DPN and extraction summary all say so).
# ==============================================================================================

def case12(out):
    c = Case(out, "49WC0733026 DOYLE", "49WC0733026", seed=1212)
    force, stn = "Westcombe Police", "Westcombe Police Station - Sexual Offences Team"
    kirsty = person("Kirsty", "Doyle", "Ann", title="Ms")
    mo = person("Maureen", "Doyle", "Patricia", title="Mrs")
    sean = person("Sean", "O'Neill", "Patrick", title="Mr")
    fair = person("Nina", "Fairbairn", "Claire", title="Dr")
    jones = officer("PC", "1301", "Aled", "Jones", station="Westcombe")
    bevan = officer("DC", "0217", "Carys", "Bevan", station="Westcombe", phone="01632 960721",
                    email="carys.bevan@westcombe.police.example")
    ds = officer("DS", "1515", "Gareth", "Pugh")
    sus = "Lee Adam HARPER"
    d = dict(
        force=force, station=stn, date="14/01/2027", test="Full Code Test",
        suspects=[dict(name=sus, dob="05/05/1990", address="44 Bramble Rise, Westcombe WC4 6GH",
                       status="Conditional pre-charge bail")],
        offences=["Rape, s.1(1) Sexual Offences Act 2003 - about 01:15-01:40 on 22/11/2026 at Flat 1, 6 Orchard Street, "
                  "Westcombe (penile-vaginal)."],
        early_advice="Early advice was not sought; the RASSO DS decided on 26/11/2026 that the issue (consent) was clear.",
        summary=["Ms DOYLE (33) was at a birthday party at the home of her friend Michelle HARPER and Michelle's husband, the "
                 "suspect, on 21/11/2026. At about 01:00 the suspect offered to walk her home. At her door she said goodnight; "
                 "he pushed in behind her, pulled her onto the sofa, and had sexual intercourse with her while she said no "
                 "and tried to push him off. He left at about 01:40.",
                 "At about 09:30 she rang her mother and told her. She reported at 11:00 on 22/11/2026. SARC 22/11/2026; ABE "
                 "24/11/2026 (DC BEVAN). A neighbour saw them at the door at about 01:10."],
        witnesses=[("Kirsty DOYLE", "Complainant", "ABE CB/1"), ("Maureen DOYLE (mother)", "First account by phone 09:30",
                                                                 "MG11 attached"),
                   ("Sean O'NEILL (neighbour, Flat 2)", "Saw them at the door", "MG11 attached"),
                   ("PC 1301 JONES", "First officer; BWV", "MG11 attached"), ("DC 0217 BEVAN", "ABE", "MG11 attached"),
                   ("Dr Nina FAIRBAIRN", "Forensic physician", "MG11 attached")],
        suspect_account=["Interviewed 25/11/2026: she invited him in for a drink, kissed him and had consensual sex; she is "
                         "now alleging rape because she regrets it and is worried about his wife finding out. Defence: "
                         "consent."],
        loe=["Lines of enquiry: party guests (three spoken to - she left with him and seemed 'fine'; MG6C item 6); the "
             "neighbour; suspect's phone (downloaded - a message to his wife at 01:52 'just dropped K home, on way back'); "
             "CCTV on Orchard Street (none available).",
             "A full download of Ms DOYLE's phone has been requested to establish her contact with the suspect and her "
             "movements that night. She agreed and signed a Digital Processing Notice on 24/11/2026."],
        forensic=["SARC 22/11/2026 (Dr FAIRBAIRN, statement attached): bruising to the left upper arm. Consent to release of "
                  "SARC notes signed 22/11/2026. SFR1 attached - DNA matches the suspect; intercourse admitted."],
        digital=["Complainant's iPhone 13: full download requested 24/11/2026 (all data); extraction completed 03/12/2026; "
                 "review continuing. Suspect's phone downloaded."],
        outstanding=[("Review of the full download of the complainant's phone", "03/12/2026", "12/02/2027")],
        victim=dict(sm="MG2 attached: ABE as evidence in chief; screens; she wants s.28 pre-recorded cross-examination. No "
                       "intermediary needed.",
                    needs="Works in a primary school: contact after 16:00. No interpreter.",
                    vps="VPS offered 24/11/2026; made 08/12/2026 (attached).",
                    isva="Referred to Westcombe ISVA 22/11/2026.", views="Supports prosecution."),
        disclosure=["MG6C, MG6D, MG6E attached."],
        bail=["Bail to 25/02/2027: not to contact Kirsty DOYLE directly or indirectly; not to enter Orchard Street, Westcombe."],
        oic=bevan, supervisor=(ds, "14/01/2027", ["Approved for submission."]))
    c.docx("MG3 DOYLE v HARPER.docx", mg3(c, d, "national"), D(2027, 1, 14), "MG3")

    mb = [["Kirsty DOYLE is my daughter. At about half past nine on Sunday 22 November 2026 she rang me. She was crying so "
           "much I could hardly understand her. She said 'Mum, Lee Harper walked me home and he forced himself on me, he "
           "raped me, I said no'. I drove straight round to her flat. She was in her dressing gown and had a bruise on her "
           "arm. I took her to the police station at about eleven."]]
    c.pdf("MG11 DOYLE Maureen.pdf", mg11(c, mo, mb, "22/11/2026", sig="signed_name", occupation="Retired",
                                         rear=dict(address="9 Cherry Tree Walk, Westcombe", phone="07700 900733",
                                                   gender="Female")), D(2026, 11, 22, 15), "MG11", "first_account")
    # PLANTED: typed copy, never signed or dated
    sb = [["I live in Flat 2, 6 Orchard Street. At about 01:10 on Sunday 22 November 2026 I was coming back from the chip "
           "shop and saw my neighbour from Flat 1, Kirsty, at the front door with a man I did not know. She had her key in "
           "the door and I heard her say 'night then, Lee, thanks'. The man stepped in behind her as she opened the door. I "
           "went up to my flat. A bit later I heard a bang from downstairs but I thought nothing of it."]]
    c.docx("Doc4.docx", mg11(c, sean, sb, "", sig="blank", occupation="Delivery driver",
                             rear=dict(address="Flat 2, 6 Orchard Street, Westcombe", phone="07700 900734", gender="Male")),
           D(2026, 11, 27), "MG11", "witness")
    jb = [["At 12:10 on Sunday 22 November 2026 I attended Flat 1, 6 Orchard Street, Westcombe, and was the first officer to "
           "see Kirsty DOYLE after her report at the front counter. I activated my body-worn video; I exhibit the recording "
           "as AJ/1, provided with the file. She told me that Lee HARPER had walked her home, pushed in and raped her on the "
           "sofa. I secured the sofa cushion cover (AJ/2) and arranged the SARC."]]
    c.pdf("MG11 PC JONES 1301.pdf", mg11(c, jones, jb, "22/11/2026", sig="typed", occupation="Police Constable 1301"),
          D(2026, 11, 22, 19), "MG11", "officer")
    c.video("AJ1 BWV JONES.mp4", "bwv", lambda t: ["BWV 1301 WCP", "2026-11-22 12:10:%02d" % (int(t) + 6)], seconds=3,
            etype="BWV")
    bb = [["I am an ABE-trained detective constable. On 24 November 2026 between 10:00 and 11:15 I interviewed Kirsty DOYLE on "
           "video at Westcombe suite, monitored by DC 0990 LEWIS. I exhibit the master as CB/1 and the working copy as CB/2, "
           "which is provided. Afterwards she signed a Digital Processing Notice and I took her Apple iPhone 13 (CB/3) to the "
           "DFU with a request for a full download."]]
    c.pdf("MG11 DC BEVAN.pdf", mg11(c, bevan, bb, "24/11/2026", sig="sgd", occupation="Detective Constable 0217"),
          D(2026, 11, 24, 16), "MG11", "officer")
    fb = [["I am a forensic physician. On 22 November 2026 at 15:00 at Westcombe SARC I examined Kirsty DOYLE, 33, with her "
           "consent, including consent to release of my notes to the police and CPS. I found a 3 cm by 2 cm bruise on the "
           "inner left upper arm consistent with a firm grip. There were no genital injuries, which is common. I took swabs "
           "NF/1 to NF/3."]]
    c.pdf("MG11 Dr FAIRBAIRN.pdf", mg11(c, fair, fb, "30/11/2026", sig="scribble", occupation="Forensic physician"),
          D(2026, 11, 30), "MG11", "expert")
    c.video("CB2 DOYLE ABE.mp4", "abe", lambda t: ["WESTCOMBE SUITE", "24/11/2026 10:00:%02d" % (int(t) + 15)],
            seconds=4, etype="ABE_RECORDING")
    c.docx("ABE summary DOYLE.docx", abe_summary(c, dict(
        who="Kirsty Ann DOYLE", age="33", date="24/11/2026", times="10:00 - 11:15", place="Westcombe suite",
        interviewer="DC 0217 Carys BEVAN", monitor="DC 0990 Huw LEWIS", exhibit="CB/1; CB/2",
        rows=[("00:01:00", "Introductions."), ("00:04:10", "Michelle's birthday party; Lee offered to walk her home."),
              ("00:10:20", "At her door she said goodnight; he pushed in behind her."),
              ("00:14:00", "On the sofa he held her arm, pulled down her jeans and had sex with her; she said no, pushed him."),
              ("00:22:30", "He left about 01:40 saying 'Michelle doesn't need to know'."),
              ("00:26:00", "Rang her mum at 09:30."), ("00:30:00", "Questioning: drink; kissing (denies); the neighbour."),
              ("01:13:00", "Closure.")], by="DC 0217 BEVAN", prepared="25/11/2026")), D(2026, 11, 25), "ABE_SUMMARY")
    dpn_doc = dpn(c, dict(
        force=force, user="Kirsty Ann DOYLE", device="Apple iPhone 13, CB/3", imei="35 209911 404418 6",
        why=["To establish your contact with Lee HARPER and your movements on the night."],
        types="All data on the device", range="Entire device (no date restriction)", method="Full file system extraction",
        exclude="-", ret="Your phone will be returned when the extraction is complete.",
        sig_blocks=[SIG("Signature of device user:", "", "scribble", "K Doyle"), P("Date: 24/11/2026 11:40")],
        officer="DC 0217 Carys BEVAN", date="24/11/2026 11:40"))
    c.photo("IMG_0931.jpg", dpn_doc, D(2026, 11, 24, 11, 45), "DPN", make="Apple", model="iPhone 14",
            background=(140, 110, 80))
    c.pdf("DFU request 24-11-2026.pdf", Doc([
        T("DIGITAL FORENSIC UNIT - EXAMINATION REQUEST"),
        KV([("URN", c.urn), ("Requesting officer", "DC 0217 BEVAN"), ("Device", "Apple iPhone 13 (CB/3) - complainant"),
            ("Authority", "DPN signed 24/11/2026"), ("Examination required", "FULL DOWNLOAD - all data"),
            ("Date range", "All"), ("Data types", "All"), ("Reason", "Rape investigation - establish contact with suspect "
                                                                     "and movements"),
            ("Priority", "Standard")], cols=2, label_w=0.3),
        SIG("Authorised:", "DS 1515 PUGH 24/11/2026")], family="sans", size=10, head="OFFICIAL-SENSITIVE"),
        D(2026, 11, 24), ["OTHER", "DIGITAL_EXTRACT", "CORRESPONDENCE"])
    c.pdf("Extraction summary DFU-WC-26-2210.pdf", extraction(c, dict(
        labref="DFU/WC/26/2210", req="DC 0217 BEVAN", examiner="R. OWEN, DFU", device="Apple iPhone 13, CB/3",
        user="Kirsty DOYLE (complainant)", authority="DPN 24/11/2026", date="03/12/2026", sub="Full file system extraction",
        params=["Full file system extraction as requested. No filtering applied."],
        results=["61,402 messages (all apps), 18,911 images, 402 videos, web history, location history 2019-2026, health "
                 "data, notes, deleted items. The complete extraction has been supplied to the OIC for review on the "
                 "review platform."])), D(2026, 12, 3), "DIGITAL_EXTRACT")
    c.pdf("ROTI HARPER.pdf", roti(c, dict(
        suspect=sus, place="Westcombe custody", date="25/11/2026", start="14:00", end="14:40", duration="40 minutes",
        officers="DC 0217 BEVAN, DC 0990 LEWIS", present="Mr Dev PATEL, solicitor", exhibit="CB/4",
        rows=[("00:00", "DC BEVAN", "Caution."), ("03:10", "HARPER", "Walked her home; she invited him in for a drink."),
              ("10:45", "HARPER", "They kissed; sex was consensual; she was 'well up for it'."),
              ("22:30", "HARPER", "She is saying this because she is worried Michelle will find out."),
              ("39:00", "DC BEVAN", "Concluded 14:40.")], prepared_by="DC 0217 BEVAN")), D(2026, 11, 26), "ROTI")
    c.pdf("PNC HARPER.pdf", pnc_print(c, dict(name="HARPER, Lee Adam", dob="05/05/1990", pnc="08/0505118H"),
                                      [("11/07/2014", "Westcombe MC", "Drunk and disorderly", "Fine")],
                                      printed="13/01/2027", by="DC 0217 BEVAN"), D(2027, 1, 13), "PNC")
    c.photo("IMG_0934.jpg", witness_pnc(c, [
        ("DOYLE, Kirsty Ann", "12/02/1993", "Complainant", "No trace", "No trace"),
        ("DOYLE, Maureen Patricia", "30/10/1961", "First account (mother)", "No trace", "No trace"),
        ("O'NEILL, Sean Patrick", "18/08/1985", "Neighbour", "No trace", "No trace")], "13/01/2027", "DC 0217 BEVAN"),
        D(2027, 1, 13, 9, 20), "PNC", make="Apple", model="iPhone 14", background=(200, 200, 196))
    c.pdf("Incident WC-1122-0119.pdf", incident_log(c, dict(
        system="WEST C&C", ref="WC-1122-0119", date="22/11/2026", opened="11:02", type="RAPE - FRONT COUNTER",
        location="Flat 1, 6 Orchard Street, Westcombe", informant="DOYLE, Kirsty (victim) with mother",
        crime="WC/26/40077", entries=[("11:02", "FC 12", "Female with mother reports rape overnight by friend's husband "
                                                        "Lee HARPER at her flat."),
                                      ("11:40", "DISP", "PC 1301 JONES to attend flat with victim."),
                                      ("12:10", "PC1301", "At flat; BWV; scene."), ("13:00", "PS 0600", "Crime recorded.")])),
        D(2026, 11, 22, 14), "INCIDENT_LOG")
    c.pdf("Crime report WC-26-40077.pdf", crime_report(c, dict(
        system="WEST RMS", ref="WC/26/40077", classification="Rape of a female 16 or over", hocode="19C",
        when="22/11/2026 01:15-01:40", reported="22/11/2026 11:02", location="Flat 1, 6 Orchard Street, Westcombe",
        victim="DOYLE, Kirsty Ann (33)", suspect="HARPER, Lee Adam (36)", oic="DC 0217 BEVAN", incident="WC-1122-0119",
        mo=["Friend's husband walked victim home, forced entry behind her, raped her."],
        log=[("22/11/2026", "PC 1301 JONES", "Scene; SARC."), ("24/11/2026", "DC 0217 BEVAN", "ABE; DPN; phone to DFU."),
             ("25/11/2026", "DC 0217 BEVAN", "Arrest; interview; bail."), ("14/01/2027", "DS 1515 PUGH", "Approved.")])),
        D(2027, 1, 13), "CRIME_REPORT")
    e = [("1", "Incident log WC-1122-0119 (front counter report, first complaint) - in file", "File"),
         ("2", "Crime report WC/26/40077 - in file", "File"),
         ("3", "ABE interview plan, DC BEVAN, 24/11/2026", "SOT"),
         ("4", "SARC referral and notes (released with consent)", "SARC"),
         ("5", "Sofa cushion cover AJ/2 - not submitted (intercourse admitted)", "Property"),
         ("6", "Officer's notes of conversations with three party guests (Michelle HARPER, Dean FOX, Amy COX), 28/11/2026: "
               "she left with the suspect about 01:00 and seemed fine", "SOT"),
         ("7", "Orchard Street CCTV enquiry, 23/11/2026: no cameras covering the address", "SOT"),
         ("8", "Download report of suspect's phone DFU/WC/26/2214 (message to wife 01:52)", "DFU"),
         ("9", "Full extraction of complainant's phone DFU/WC/26/2210 (review continuing)", "DFU"),
         ("10", "Custody and bail records", "Custody")]
    c.pdf("MG6C.pdf", mg6c(c, dict(rv="HARPER", entries=e, officer="DC 0217 C. BEVAN", date="13/01/2027")),
          D(2027, 1, 13), "MG6C")
    c.pdf("MG6D.pdf", mg6d(c, dict(rv="HARPER", entries=[], officer="DC 0217 C. BEVAN", date="13/01/2027")),
          D(2027, 1, 13), "MG6D")
    c.pdf("MG6E.pdf", mg6e(c, dict(rv="HARPER", officer="DC 0217 C. BEVAN", date="13/01/2027",
                                   undermine=["None of the unused material is considered to meet the test at this stage."])),
          D(2027, 1, 13), "MG6E")
    c.pdf("MG2.pdf", mg2(c, dict(
        witness="Kirsty Ann DOYLE", age="33", status="Complainant", eligibility="s.17(4)",
        measures=[("ABE EIC", "Yes", "CB/1"), ("s.28", "Yes", "Wants it"), ("Screens", "Yes", "")],
        s28=["Explained 24/11/2026; she wants it."], intermediary=["Not required."], views=["None."],
        by="DC 0217 BEVAN", date="24/11/2026")), D(2026, 11, 24), "MG2")
    c.pdf("MG12.pdf", mg12(c, "HARPER", [
        ("AJ/1", "BWV, PC JONES (provided)", "PC JONES", "File"), ("AJ/2", "Sofa cushion cover", "PC JONES", "Property"),
        ("CB/1", "ABE master", "DC BEVAN", "SOT"), ("CB/2", "ABE working copy (provided)", "DC BEVAN", "File"),
        ("CB/3", "iPhone 13 of complainant", "DC BEVAN", "DFU"), ("CB/4", "Interview recording HARPER", "DC BEVAN",
                                                                "Interview store"),
        ("CB/5", "DNA reference sample, HARPER", "DC BEVAN", "Laboratory"),
        ("NF/1", "HVS", "Dr FAIRBAIRN", "Laboratory"), ("NF/2", "LVS", "Dr FAIRBAIRN", "Laboratory"),
        ("NF/3", "External swab", "Dr FAIRBAIRN", "Laboratory")], "DC 0217 BEVAN", "13/01/2027"), D(2027, 1, 13), "MG12")
    c.pdf("SFR1.pdf", sfr1(c, dict(provider="Westcombe Forensic Services", ref="WFS-26-3120", force=force, date="21/12/2026",
                                   scientist="Leanne PRICE", items=[("NF/1", "HVS DOYLE"), ("CB/5", "Reference HARPER")],
                                   findings=["Semen on NF/1; DNA matches HARPER."])), D(2026, 12, 21), "FORENSIC")
    c.pdf("VPS DOYLE.pdf", vps(c, kirsty, ["I have lost my best friend and the people around her. I dread going out in case I "
                                           "see him. I have moved my bed into the other room because I cannot go in the "
                                           "lounge."], "08/12/2026"), D(2026, 12, 8), "VPS")

    must_not = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                "key_statements", "officer_statement", "suspect_interview", "previous_convictions", "witness_convictions",
                "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "multimedia",
                "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, ["signed", "dig_prop"], must_not)
    return c


CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12]


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(MASTER_SEED)
    np.random.seed(MASTER_SEED % (2 ** 32))
    for fn in CASES:
        c = fn(out)
        print(f"{c.name}: {len(c.files)} files")


if __name__ == "__main__":
    main()
