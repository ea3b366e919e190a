#!/usr/bin/env python3
"""batch12: synthetic RASSO pre-charge case folders with expected outcomes.

Run:  /work/main/.venv/bin/python make_batch.py OUTDIR

Everything here is invented (names, places, forces, reference numbers). Phone numbers are in the
UK drama ranges and e-mail addresses are at .example domains. Deterministic: seeded randomness,
fixed dates, fixed PDF/Office metadata and zip timestamps.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import math
import os
import random
import shutil
import sys
import wave
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime

import av
import docx
import numpy as np
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2026, 4, 20, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DT = (2026, 4, 20, 9, 0, 0)

DECL_A = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my "
          "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
          "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
          "do not believe to be true.")
DECL_B = ("I declare that this statement of {n} page(s), each signed by me, is true to the best of my "
          "knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable "
          "to prosecution if I have wilfully stated in it anything which I know to be false or do not "
          "believe to be true.")
S9_LINE = ("Criminal Procedure Rules 2025, r. 16.2; Criminal Justice Act 1967, s. 9; "
           "Magistrates' Courts Act 1980, s. 5B")


# ----------------------------------------------------------------------------------------------
# A tiny document model rendered to PDF, DOCX, TXT and to page images (scans, photos)
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self):
        self.items = []

    def h(self, text, lvl=1, align="L"):
        self.items.append(("h", text, lvl, align)); return self

    def p(self, text, bold=False, size=None, align="L", italic=False):
        self.items.append(("p", text, bold, size, align, italic)); return self

    def kv(self, rows, widths=(34, 66), size=None):
        self.items.append(("kv", [(str(a), str(b)) for a, b in rows], widths, size)); return self

    def table(self, headers, rows, widths=None, size=None):
        self.items.append(("table", headers, [[str(c) for c in r] for r in rows], widths, size)); return self

    def box(self, label, text, size=None):
        self.items.append(("box", label, text, size)); return self

    def sig(self, text, scribble=False):
        self.items.append(("sig", text, scribble)); return self

    def urnbox(self, urn, label="URN"):
        self.items.append(("urnbox", urn, label)); return self

    def gap(self, mm=3):
        self.items.append(("gap", mm)); return self

    def pb(self):
        self.items.append(("pb",)); return self

    def rule(self):
        self.items.append(("rule",)); return self


def urn_groups(urn):
    return [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]


class _PDF(FPDF):
    hdr = None
    ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def new_pdf(orientation="P", hdr=None, ftr=None, title=None, author=None, bottom=20, top=None, fonts=("Sans",)):
    pdf = _PDF(orientation=orientation, unit="mm", format="A4")
    files = {"Sans": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
             "Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
             "Serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
             "Cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique")}
    for fam in dict.fromkeys(tuple(fonts)):
        if fam not in files:
            continue  # core PDF font (Helvetica, Courier, Times): nothing to load
        for style, fn in zip(("", "B", "I"), files[fam]):
            pdf.add_font(fam, style, f"{FONT_DIR}/{fn}.ttf")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Records export")
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.set_auto_page_break(True, margin=bottom)
    if top is not None:
        pdf.set_top_margin(top)
    pdf.alias_nb_pages()
    return pdf


CORE = {"Helvetica", "Courier", "Times"}
_TR = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                     "\u2026": "...", "\u2022": "*"})


def core_safe(doc):
    for i, it in enumerate(doc.items):
        doc.items[i] = tuple(x.translate(_TR) if isinstance(x, str) else
                             ([tuple(y.translate(_TR) for y in r) if isinstance(r, tuple) else
                               ([z.translate(_TR) for z in r] if isinstance(r, list) else
                                (r.translate(_TR) if isinstance(r, str) else r)) for r in x]
                              if isinstance(x, list) else x) for x in it)


def render_pdf(doc, path=None, font="Helvetica", size=10, orientation="P", hdr=None, ftr=None, title=None,
               author=None, lh=None, bottom=20, top=None, grey=(225, 225, 225), extra_fonts=()):
    pdf = new_pdf(orientation, hdr, ftr, title, author, bottom, top, fonts=(font,) + tuple(extra_fonts))
    pdf.base = font
    if font in CORE:
        core_safe(doc)
    pdf.add_page()
    lh = lh or size * 0.5
    W = pdf.epw
    for it in doc.items:
        k = it[0]
        if k == "h":
            _, text, lvl, align = it
            pdf.set_font(font, "B", {1: size + 4, 2: size + 2, 3: size + 0.5}[lvl])
            pdf.multi_cell(W, lh + 1.2, text, align={"L": "L", "C": "C", "R": "R"}[align],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif k == "p":
            _, text, bold, sz, align, italic = it
            style = ("B" if bold else "") + ("I" if italic else "")
            pdf.set_font(font, style, sz or size)
            pdf.multi_cell(W, lh if not sz else sz * 0.5, text, align={"L": "L", "C": "C", "R": "R", "J": "J"}[align],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif k == "kv":
            _, rows, widths, sz = it
            pdf.set_font(font, "", sz or size)
            with pdf.table(col_widths=widths, width=W, text_align="LEFT", line_height=(sz or size) * 0.5,
                           first_row_as_headings=False, borders_layout="ALL") as t:
                for a, b in rows:
                    r = t.row()
                    r.cell(a, style=FontFace(emphasis="BOLD", fill_color=grey))
                    r.cell(b)
            pdf.ln(2)
        elif k == "table":
            _, headers, rows, widths, sz = it
            pdf.set_font(font, "", sz or size)
            kw = dict(width=W, text_align="LEFT", line_height=(sz or size) * 0.5,
                      borders_layout="ALL", repeat_headings=1,
                      headings_style=FontFace(emphasis="BOLD", fill_color=grey))
            if widths:
                kw["col_widths"] = widths
            with pdf.table(**kw) as t:
                r = t.row()
                for hd in headers:
                    r.cell(hd)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif k == "box":
            _, label, text, sz = it
            pdf.set_font(font, "B", (sz or size))
            pdf.set_fill_color(*grey)
            pdf.multi_cell(W, lh + 0.6, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(font, "", sz or size)
            pdf.multi_cell(W, lh, text, border=1, new_x="LMARGIN", new_y="NEXT", padding=(1.2, 1.5, 1.2, 1.5))
            pdf.ln(2)
        elif k == "sig":
            _, text, scribble = it
            pdf.set_font(font, "", size)
            pdf.multi_cell(W, lh + 1, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif k == "urnbox":
            _, urn, label = it
            pdf.set_font(font, "B", size)
            x0 = pdf.l_margin + W - 78
            y = pdf.get_y()
            pdf.set_xy(x0, y)
            pdf.cell(12, 7, label, border=0)
            x = x0 + 12
            for g, wd in zip(urn_groups(urn), (9, 9, 20, 9)):
                pdf.set_xy(x, y)
                pdf.set_font(font, "", size + 1)
                pdf.cell(wd, 7, g, border=1, align="C")
                x += wd + 2
            pdf.set_xy(pdf.l_margin, y + 9)
        elif k == "gap":
            pdf.ln(it[1])
        elif k == "rule":
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.l_margin + W, y)
            pdf.ln(1.5)
        elif k == "pb":
            pdf.add_page()
    if path:
        pdf.output(path)
    return pdf.page


def pdf_pages_of(build):
    """Render once to count pages; build(n) must return (doc, kwargs)."""
    doc, kw = build("?")
    n = render_pdf(doc, None, **kw)
    doc, kw = build(n)
    return doc, kw, n


# ---------------------------------------------------------------- DOCX
def _fld(run, code):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _shade(cell, hexcol="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def normalize_zip(path):
    import re
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    entries = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + fixed + rb"\g<2>", data)
                if n == "docProps/core.xml" else data) for n, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(doc, path, font="Arial", size=10.5, header=None, footer=None, page_numbers=None,
                author="", title="", landscape=False, heading_style="bold", table_style="Table Grid"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if landscape:
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    sec.top_margin = Cm(1.6); sec.bottom_margin = Cm(1.6)
    if header:
        hp = sec.header.paragraphs[0]; hp.text = header
        for r in hp.runs:
            r.font.size = Pt(8)
    if footer or page_numbers:
        fp = sec.footer.paragraphs[0]
        if footer:
            r = fp.add_run(footer + ("    " if page_numbers else "")); r.font.size = Pt(8)
        if page_numbers:
            r = fp.add_run("Page "); r.font.size = Pt(8)
            r = fp.add_run(); _fld(r, "PAGE"); r.font.size = Pt(8)
            r = fp.add_run(" of "); r.font.size = Pt(8)
            r = fp.add_run(); _fld(r, "NUMPAGES"); r.font.size = Pt(8)
    for it in doc.items:
        k = it[0]
        if k == "h":
            _, text, lvl, align = it
            if heading_style == "word":
                hpara = d.add_heading(text, level=min(lvl, 3))
            else:
                hpara = d.add_paragraph()
                r = hpara.add_run(text); r.bold = True
                r.font.size = Pt({1: size + 4, 2: size + 2, 3: size + 0.5}[lvl])
            if align == "C":
                hpara.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == "p":
            _, text, bold, sz, align, italic = it
            para = d.add_paragraph()
            lines = text.split("\n")
            for i, ln in enumerate(lines):
                r = para.add_run(ln); r.bold = bold; r.italic = italic
                if sz:
                    r.font.size = Pt(sz)
                if i < len(lines) - 1:
                    r.add_break()
            if align == "C":
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "J":
                para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            elif align == "R":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif k in ("kv", "table"):
            if k == "kv":
                _, rows, widths, sz = it
                headers = None
            else:
                _, headers, rows, widths, sz = it
            ncol = 2 if k == "kv" else len(headers)
            t = d.add_table(rows=0, cols=ncol)
            t.style = d.styles[table_style]
            if headers:
                cells = t.add_row().cells
                for c, hd in zip(cells, headers):
                    c.text = ""
                    r = c.paragraphs[0].add_run(hd); r.bold = True
                    if sz:
                        r.font.size = Pt(sz)
                    _shade(c)
            for row in rows:
                cells = t.add_row().cells
                for j, (c, v) in enumerate(zip(cells, row)):
                    c.text = ""
                    lines = str(v).split("\n")
                    para = c.paragraphs[0]
                    for li, ln in enumerate(lines):
                        if li:
                            para = c.add_paragraph()
                        r = para.add_run(ln)
                        if k == "kv" and j == 0:
                            r.bold = True
                        if sz:
                            r.font.size = Pt(sz)
                    if k == "kv" and j == 0:
                        _shade(c, "EDEDED")
            if widths:
                tot = sum(widths)
                usable = (27.7 if landscape else 17.4)
                for row in t.rows:
                    for c, wv in zip(row.cells, widths):
                        c.width = Cm(usable * wv / tot)
            d.add_paragraph()
        elif k == "box":
            _, label, text, sz = it
            t = d.add_table(rows=2, cols=1)
            t.style = d.styles[table_style]
            c0 = t.rows[0].cells[0]; c0.text = ""
            r = c0.paragraphs[0].add_run(label); r.bold = True
            _shade(c0)
            c1 = t.rows[1].cells[0]; c1.text = ""
            for li, ln in enumerate(text.split("\n")):
                para = c1.paragraphs[0] if li == 0 else c1.add_paragraph()
                para.add_run(ln)
            d.add_paragraph()
        elif k == "sig":
            d.add_paragraph(it[1])
        elif k == "urnbox":
            _, urn, label = it
            t = d.add_table(rows=1, cols=5)
            t.style = d.styles[table_style]
            t.rows[0].cells[0].text = label
            for c, g in zip(t.rows[0].cells[1:], urn_groups(urn)):
                c.text = g
            d.add_paragraph()
        elif k == "gap":
            d.add_paragraph()
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author; cp.title = title; cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None); cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    d.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- TXT
def wrap(text, width):
    out = []
    for para in str(text).split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            if len(line) + len(w) + (1 if line else 0) > width:
                if line:
                    out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def doc_lines(doc, width=96):
    L = []
    for it in doc.items:
        k = it[0]
        if k == "h":
            L.append(it[1].upper() if it[2] == 1 else it[1])
            L.append(("=" if it[2] == 1 else "-") * min(width, len(it[1])))
        elif k == "p":
            L += wrap(it[1], width); L.append("")
        elif k == "kv":
            lw = max(len(a) for a, _ in it[1]) + 2
            lw = min(lw, 30)
            for a, b in it[1]:
                wl = wrap(b, width - lw)
                L.append((a + ":").ljust(lw) + wl[0])
                for x in wl[1:]:
                    L.append(" " * lw + x)
            L.append("")
        elif k == "table":
            _, headers, rows, widths, _ = it
            n = len(headers)
            ws = widths or [1] * n
            tot = sum(ws)
            cw = [max(6, int((width - n) * w / tot)) for w in ws]
            def fmt(cells):
                cols = [wrap(c, w) for c, w in zip(cells, cw)]
                h = max(len(c) for c in cols)
                return [" ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, cw)).rstrip()
                        for i in range(h)]
            L += fmt(headers)
            L.append("-" * min(width, sum(cw) + n - 1))
            for r in rows:
                L += fmt(r)
            L.append("")
        elif k == "box":
            L.append("[" + it[1] + "]")
            L += wrap(it[2], width); L.append("")
        elif k == "sig":
            L.append(it[1])
        elif k == "urnbox":
            L.append(it[2] + ": " + " | ".join(urn_groups(it[1])))
        elif k == "gap":
            L.append("")
        elif k == "rule":
            L.append("-" * width)
        elif k == "pb":
            L.append("\f")
    return L


def render_txt(doc, path, width=96, head=None):
    lines = ([head, ""] if head else []) + doc_lines(doc, width)
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- page images (scans / photos)
_FC = {}


def font(name, px):
    key = (name, px)
    if key not in _FC:
        fn = {"Sans": "DejaVuSans.ttf", "SansB": "DejaVuSans-Bold.ttf", "Serif": "DejaVuSerif.ttf",
              "SerifB": "DejaVuSerif-Bold.ttf", "Mono": "DejaVuSansMono.ttf", "SansI": "DejaVuSans-Oblique.ttf"}[name]
        _FC[key] = ImageFont.truetype(f"{FONT_DIR}/{fn}", px)
    return _FC[key]


def _wrap_px(text, fnt, maxw):
    out = []
    for para in str(text).split("\n"):
        line = ""
        for w in para.split(" "):
            cand = (line + " " + w) if line else w
            if fnt.getlength(cand) <= maxw:
                line = cand
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def render_images(doc, dpi=200, base="Sans", pt=10, head=None, foot=None, rng=None):
    """Lay out the document onto A4 page images; head/foot(page, total) give running text."""
    rng = rng or random.Random(1)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    mm = dpi / 25.4
    ml, mt, mb = int(16 * mm), int(18 * mm), int(20 * mm)
    cw = W - 2 * ml
    px = int(pt / 72 * dpi)
    fN, fB = font(base, px), font(base + "B" if base in ("Sans", "Serif") else base, px)
    lh = int(px * 1.35)
    pages = [[]]
    y = [mt]

    def need(hgt):
        if y[0] + hgt > H - mb:
            pages.append([]); y[0] = mt

    def text(x, t, f):
        pages[-1].append(("t", x, y[0], t, f))

    for it in doc.items:
        k = it[0]
        if k == "h":
            f = font(base + "B" if base in ("Sans", "Serif") else base, int(px * {1: 1.4, 2: 1.2, 3: 1.05}[it[2]]))
            for ln in _wrap_px(it[1], f, cw):
                need(int(f.size * 1.4))
                x = ml + (cw - f.getlength(ln)) / 2 if it[3] == "C" else ml
                text(x, ln, f); y[0] += int(f.size * 1.4)
            y[0] += lh // 3
        elif k in ("p", "sig"):
            f = fB if (k == "p" and it[2]) else fN
            for ln in _wrap_px(it[1], f, cw):
                need(lh)
                x = ml + (cw - f.getlength(ln)) / 2 if (k == "p" and it[4] == "C") else ml
                text(x, ln, f)
                if k == "sig" and it[2]:
                    pages[-1].append(("scr", int(ml + f.getlength(ln) + 20), y[0], rng.random()))
                y[0] += lh
            y[0] += lh // 3
        elif k in ("kv", "table", "box"):
            if k == "kv":
                cols = [w for w in it[2]]; rows = [list(r) for r in it[1]]; hdr = None
            elif k == "table":
                n = len(it[1]); cols = list(it[3] or [1] * n); rows = it[2]; hdr = it[1]
            else:
                cols = [1]; rows = [[it[2]]]; hdr = [it[1]]
            tot = sum(cols)
            cws = [int(cw * c / tot) for c in cols]
            pad = int(1.5 * mm)

            def draw_row(cells, bold_first=False, shade=False):
                wrapped = [_wrap_px(c, fB if (bold_first and j == 0) or shade else fN, cws[j] - 2 * pad)
                           for j, c in enumerate(cells)]
                hgt = max(len(w) for w in wrapped) * lh + 2 * pad
                need(hgt)
                x = ml
                for j, wl in enumerate(wrapped):
                    pages[-1].append(("r", x, y[0], x + cws[j], y[0] + hgt, shade or (bold_first and j == 0)))
                    for i, ln in enumerate(wl):
                        pages[-1].append(("t", x + pad, y[0] + pad + i * lh, ln,
                                          fB if (bold_first and j == 0) or shade else fN))
                    x += cws[j]
                y[0] += hgt
            if hdr:
                draw_row(hdr, shade=True)
            for r in rows:
                draw_row(r, bold_first=(k == "kv"))
            y[0] += lh // 2
        elif k == "urnbox":
            need(lh * 2)
            x = W - ml - int(80 * mm)
            text(x, it[2], fB)
            x += int(13 * mm)
            for g, wd in zip(urn_groups(it[1]), (9, 9, 20, 9)):
                pages[-1].append(("r", x, y[0] - 4, x + int(wd * mm), y[0] + lh + 4, False))
                text(x + (int(wd * mm) - fN.getlength(g)) / 2, g, fN)
                x += int((wd + 2) * mm)
            y[0] += lh * 2
        elif k == "gap":
            y[0] += int(it[1] * mm)
        elif k == "rule":
            pages[-1].append(("l", ml, y[0], W - ml, y[0])); y[0] += lh // 2
        elif k == "pb":
            pages.append([]); y[0] = mt
    imgs = []
    tot = len(pages)
    small = font(base, int(px * 0.8))
    for pi, ops in enumerate(pages, 1):
        im = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "r":
                _, x0, y0, x1, y1, sh = op
                if sh:
                    dr.rectangle([x0, y0, x1, y1], fill=228)
                dr.rectangle([x0, y0, x1, y1], outline=40, width=2)
        for op in ops:
            if op[0] == "t":
                _, x, yy, t, f = op
                dr.text((x, yy), t, font=f, fill=25)
            elif op[0] == "l":
                dr.line(op[1:], fill=40, width=2)
            elif op[0] == "scr":
                _, x, yy, s = op
                r2 = random.Random(int(s * 1e6))
                pts = []
                for i in range(40):
                    t = i / 39
                    pts.append((x + t * 260, yy + lh * 0.6 + math.sin(t * (9 + r2.random() * 5)) * lh * 0.45
                                + r2.uniform(-3, 3)))
                dr.line(pts, fill=30, width=4, joint="curve")
                dr.line([(x - 10, yy + lh), (x + 280, yy + lh * 0.9)], fill=30, width=3)
        if head:
            dr.text((ml, int(7 * mm)), head(pi, tot), font=small, fill=40)
        if foot:
            ft = foot(pi, tot)
            dr.text((ml, H - int(12 * mm)), ft, font=small, fill=40)
        imgs.append(im)
    return imgs


def scanify(im, rng, angle=None):
    angle = rng.uniform(-0.6, 0.6) if angle is None else angle
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255, expand=False)
    arr = np.asarray(im).astype(np.int16)
    nr = np.random.default_rng(rng.randint(0, 10**6))
    speck = nr.random(arr.shape) < 0.0009
    arr[speck] = 60
    arr = arr + nr.integers(-6, 7, size=arr.shape)
    # faint darker band at the left edge, like a feeder scanner
    arr[:, :18] -= 35
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.5))
    return im


def write_scan_pdf(doc, path, rng, **kw):
    imgs = render_images(doc, rng=rng, **kw)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Scanner ScanStation 4000")
    pdf.set_producer("ScanStation PDF")
    for im in imgs:
        im = scanify(im, rng)
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=62, optimize=True)
        bio.seek(0)
        pdf.add_page()
        pdf.image(bio, x=0, y=0, w=210, h=297)
    pdf.output(path)


def photoify(im, rng):
    """A phone photo of a page lying on a desk: perspective, rotation, uneven light."""
    page = im.convert("RGB")
    pw, ph = page.size
    page = page.resize((int(pw * 0.74), int(ph * 0.74)), Image.LANCZOS)
    pw, ph = page.size
    Wc, Hc = int(pw * 1.18), int(ph * 1.14)
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    bg = np.zeros((Hc, Wc, 3), np.float32)
    grain = (np.sin(xx / 23.0 + np.sin(yy / 140.0) * 3) * 0.5 + 0.5)
    bg[..., 0] = 118 + grain * 30
    bg[..., 1] = 84 + grain * 22
    bg[..., 2] = 52 + grain * 15
    canvas = Image.fromarray(bg.astype(np.uint8), "RGB")
    # perspective: top edge slightly narrower than bottom
    sk = rng.uniform(0.025, 0.045)
    src_w, src_h = pw, ph
    dx = int(src_w * sk)
    quad = (0, 0, src_w, 0, src_w, src_h, 0, src_h)
    coeffs = _persp_coeffs([(dx, 0), (src_w - dx, int(src_h * 0.01)), (src_w, src_h), (0, src_h - int(src_h * 0.008))],
                           [(0, 0), (src_w, 0), (src_w, src_h), (0, src_h)])
    warped = page.transform((src_w, src_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    mask = Image.new("L", (src_w, src_h), 255).transform((src_w, src_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    ox, oy = (Wc - src_w) // 2, (Hc - src_h) // 2
    canvas.paste(warped, (ox, oy), mask)
    canvas = canvas.rotate(rng.uniform(-3.2, -1.5), resample=Image.BICUBIC, fillcolor=(90, 64, 40))
    arr = np.asarray(canvas).astype(np.float32)
    light = 0.80 + 0.22 * np.exp(-(((xx - Wc * 0.35) / (Wc * 0.7)) ** 2 + ((yy - Hc * 0.3) / (Hc * 0.8)) ** 2))
    arr *= light[..., None]
    arr[..., 2] *= 0.94
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return canvas


def _persp_coeffs(pa, pb):
    A = []
    for p1, p2 in zip(pa, pb):
        A.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        A.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    Am = np.array(A, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    res = np.linalg.solve(Am, B)
    return tuple(res.tolist())


def write_photo_jpgs(doc, paths, rng, **kw):
    imgs = render_images(doc, rng=rng, **kw)
    assert len(imgs) == len(paths), (len(imgs), paths)
    for im, pth in zip(imgs, paths):
        ph = photoify(im, rng)
        ph.save(pth, "JPEG", quality=80, optimize=True)


# ---------------------------------------------------------------- XLSX
THIN = Side(style="thin", color="808080")


def write_xlsx(path, sheets, creator="Records export"):
    """sheets: list of dicts: title, top (list of rows before the table), headers, rows, widths"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for s in sheets:
        ws = wb.create_sheet(s["title"])
        r = 1
        for top in s.get("top", []):
            for j, v in enumerate(top, 1):
                c = ws.cell(row=r, column=j, value=v)
                if j == 1:
                    c.font = Font(bold=True)
            r += 1
        if s.get("top"):
            r += 1
        for j, hd in enumerate(s["headers"], 1):
            c = ws.cell(row=r, column=j, value=hd)
            c.font = Font(bold=True, color="FFFFFF")
            c.fill = PatternFill("solid", fgColor="44546A")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
        r += 1
        for row in s["rows"]:
            for j, v in enumerate(row, 1):
                c = ws.cell(row=r, column=j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            r += 1
        for j, w in enumerate(s.get("widths", []), 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = w
        for extra in s.get("bottom", []):
            r += 1
            ws.cell(row=r, column=1, value=extra).font = Font(italic=True)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path)


# ---------------------------------------------------------------- multimedia
def _scene(kind, w, h, seed):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w]
    img = np.zeros((h, w, 3), np.float32)
    if kind == "abe":
        img[...] = (168, 160, 146)
        img[int(h * 0.72):, :] = (96, 90, 110)                       # carpet
        img[int(h * 0.18):int(h * 0.52), int(w * 0.62):int(w * 0.9)] = (120, 150, 170)  # picture on wall
        for cx, col in ((0.3, (70, 90, 120)), (0.7, (90, 70, 80))):   # two chairs
            x0, x1 = int(w * (cx - 0.1)), int(w * (cx + 0.1))
            img[int(h * 0.45):int(h * 0.8), x0:x1] = col
            img[int(h * 0.30):int(h * 0.45), x0 + 4:x1 - 4] = np.array(col) * 0.85
        img[int(h * 0.62):int(h * 0.68), int(w * 0.44):int(w * 0.56)] = (150, 120, 80)  # low table
    elif kind == "cctv":
        img[...] = 60
        img[int(h * 0.55):, :] = 85                                   # yard floor
        img[int(h * 0.1):int(h * 0.55), int(w * 0.05):int(w * 0.3)] = 40  # doorway
        img[int(h * 0.3):int(h * 0.5), int(w * 0.55):int(w * 0.95)] = 70  # bins
        img = img + rng.normal(0, 4, img.shape)
    else:  # bwv
        img[...] = (35, 32, 40)
        img[int(h * 0.5):, :] = (55, 50, 48)
        img[int(h * 0.15):int(h * 0.6), int(w * 0.35):int(w * 0.65)] = (140, 120, 90)  # lit doorway
    return np.clip(img, 0, 255)


def make_video(path, kind, seconds, overlay, start_hms, seed, fps=10, w=320, h=240, audio=True):
    """Short H.264 MP4 with a drawn scene, a moving figure and a burnt-in clock; AAC tone track."""
    base = _scene(kind, w, h, seed)
    cont = av.open(path, "w", format="mp4", options={"fflags": "+bitexact"})
    vs = cont.add_stream("libx264", rate=fps, options={"crf": "31", "preset": "veryfast", "threads": "1",
                                                      "x264-params": "threads=1:sliced-threads=0"})
    vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
    vs.codec_context.flags |= 0  # noqa
    as_ = None
    if audio:
        as_ = cont.add_stream("aac", rate=16000)
        as_.codec_context.layout = "mono"
    hh, mi, ss = [int(x) for x in start_hms.split(":")]
    f_small = font("Mono", 11)
    n = int(seconds * fps)
    for i in range(n):
        frame = base.copy()
        t = i / n
        cx = int(w * (0.25 + 0.5 * t)) if kind != "abe" else int(w * 0.3 + 3 * math.sin(i / 3))
        cy = int(h * 0.55)
        frame[max(0, cy - 40):cy + 30, max(0, cx - 9):cx + 9] = (200, 170, 140) if kind == "abe" else 150
        frame[max(0, cy - 58):cy - 40, max(0, cx - 7):cx + 7] = (220, 190, 160) if kind == "abe" else 170
        im = Image.fromarray(frame.astype(np.uint8), "RGB")
        dr = ImageDraw.Draw(im)
        secs = ss + i // fps
        stamp = f"{hh:02d}:{mi + (secs // 60):02d}:{secs % 60:02d}"
        for j, line in enumerate(overlay):
            dr.text((4, 4 + j * 13), line, font=f_small, fill=(255, 255, 255))
        dr.text((4, h - 16), stamp, font=f_small, fill=(255, 255, 0))
        vf = av.VideoFrame.from_image(im)
        for pkt in vs.encode(vf):
            cont.mux(pkt)
    for pkt in vs.encode():
        cont.mux(pkt)
    if as_ is not None:
        sr = 16000
        total = int(seconds * sr)
        tt = np.arange(total) / sr
        rs = np.random.default_rng(seed)
        sig = (0.05 * np.sin(2 * np.pi * 180 * tt) * (0.5 + 0.5 * np.sin(2 * np.pi * 2.1 * tt))
               + 0.01 * rs.standard_normal(total)).astype(np.float32)
        fs = as_.codec_context.frame_size or 1024
        pts = 0
        for k in range(0, total, fs):
            chunk = sig[k:k + fs]
            if len(chunk) < fs:
                chunk = np.pad(chunk, (0, fs - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pts
            pts += fs
            for pkt in as_.encode(af):
                cont.mux(pkt)
        for pkt in as_.encode():
            cont.mux(pkt)
    cont.close()


def make_wav(path, seconds, seed):
    sr = 8000
    rs = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    env = (np.sin(2 * np.pi * 1.7 * t) > -0.2).astype(np.float32)
    sig = 0.25 * np.sin(2 * np.pi * 220 * t) * env * (0.6 + 0.4 * np.sin(2 * np.pi * 5 * t))
    sig += 0.03 * rs.standard_normal(len(t))
    sig[: int(0.6 * sr)] = 0.2 * np.sin(2 * np.pi * 425 * t[: int(0.6 * sr)])  # ring tone
    data = (np.clip(sig, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(sr)
        w.writeframes(data)


def write_eml(path, frm, to, subject, date, body, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    mid = int(hashlib.sha1(subject.encode()).hexdigest()[:8], 16)
    m["Message-ID"] = f"<{mid}.{date.strftime('%Y%m%d%H%M')}@mail.police.example>"
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(bytes(m))


# ----------------------------------------------------------------------------------------------
# Case folder bookkeeping
# ----------------------------------------------------------------------------------------------
class Case:
    def __init__(self, out, name, urn, stage="charging", exit_code=None, seed=0):
        self.out, self.name, self.urn, self.stage, self.exit = out, name, urn, stage, exit_code
        self.dir = os.path.join(out, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []
        self.must_fail, self.must_not_fail = [], []
        self.rng = random.Random(seed)

    def path(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, fname, typ, role=None):
        e = {"name": fname, "type": typ}
        if role:
            e["role"] = role
        self.docs.append(e)
        return self.path(fname)

    def finish(self):
        present = sorted({d["type"] for d in self.docs if isinstance(d["type"], str)})
        exp = {"case": self.name, "stage": self.stage}
        if self.exit is not None:
            exp["exit"] = self.exit
        exp["present_types"] = present
        exp["must_fail"] = self.must_fail
        exp["must_not_fail"] = self.must_not_fail
        exp["docs"] = self.docs
        on_disk = sorted(os.listdir(self.dir))
        listed = sorted(d["name"] for d in self.docs)
        missing = set(listed) - set(on_disk)
        assert not missing, (self.name, missing)
        with open(os.path.join(self.out, self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")


def sigtext(mode, who, date):
    ini = who["sig"]
    return {
        "sgd": f"Signature: (Sgd) {ini}",
        "typed": "Signature: [signed]",
        "signed": f"Signed: {ini}",
        "esig": "Signature: [signed - captured electronically on device]",
        "scribble": "Signature:",
        "blank": "Signature: ..............................",
    }[mode]


def datetext(mode, date):
    return "Date: ...................." if mode == "blank" else f"Date: {date}"


# ----------------------------------------------------------------------------------------------
# MG11 witness statements in several record-system styles
# ----------------------------------------------------------------------------------------------
def mg11_classic_doc(c, w, n, with_rear=True):
    d = Doc()
    d.p("OFFICIAL-SENSITIVE (when complete)", size=8, align="R")
    d.p("MG 11", bold=True, align="R")
    d.h("WITNESS STATEMENT", 1, "C")
    d.p(S9_LINE, size=8, align="C")
    d.urnbox(c.urn)
    d.kv([("Statement of", w["name"]), ("Age if under 18", w.get("age", "Over 18") + "   (if over 18 insert 'over 18')"),
          ("Occupation", w["occ"])], widths=(30, 70))
    d.p(w.get("decl", DECL_A).format(n=n), size=9)
    if w["sigmode"] == "scribble":
        d.sig("Signature:", scribble=True)
        d.sig(datetext(w["sigmode"], w["date"]))
    else:
        d.sig(sigtext(w["sigmode"], w, w["date"]) + "          " + datetext(w["sigmode"], w["date"]))
    d.p("Tick if witness evidence is visually recorded  [ ]   (supply witness details on rear)", size=8)
    d.rule()
    for para in w["body"]:
        d.p(para, align="J")
    if w["sigmode"] == "scribble":
        d.sig("Signature:", scribble=True)
        d.sig("Signature witnessed by: " + w.get("witnessed", ""))
    else:
        d.sig(sigtext(w["sigmode"], w, w["date"]) + "      Signature witnessed by: " + w.get("witnessed", ""))
    if w.get("taken"):
        d.p(w["taken"], size=8, italic=True)
    if with_rear and w.get("rear"):
        d.pb()
        d.p("OFFICIAL-SENSITIVE (when complete)", size=8, align="R")
        d.h("Witness details (rear of MG11 - not to be disclosed)", 2)
        d.kv(w["rear"], widths=(40, 60))
    return d


def mg11_classic_pdf(c, w, fname, role):
    path = c.add(fname, "MG11", role)
    nm = w["name"]

    def build(n):
        nn = n if n == "?" else (n - 1 if w.get("rear") else n)
        d = mg11_classic_doc(c, w, nn)

        def ftr(p, st=w["sigmode"]):
            p.set_y(-17)
            p.set_font("Helvetica", "", 7.5)
            p.cell(0, 4, sigtext(st, w, w["date"]) + "     Signature witnessed by: " + w.get("witnessed", ""),
                   new_x="LMARGIN", new_y="NEXT")
            p.cell(0, 4, f"Page {p.page_no()} of {{nb}}", align="C", new_x="LMARGIN", new_y="NEXT")
            p.cell(0, 4, "OFFICIAL-SENSITIVE (when complete)", align="C")

        def hdr(p):
            if p.page_no() > 1:
                p.set_font("Helvetica", "", 7.5)
                p.cell(0, 4, f"MG 11 (cont.)   Continuation of statement of {nm}        URN {c.urn}",
                       new_x="LMARGIN", new_y="NEXT")
                p.ln(2)
        return d, dict(size=9.5, hdr=hdr, ftr=ftr, bottom=24, title="MG11 " + nm, author=w.get("author", ""))
    d, kw, n = pdf_pages_of(build)
    render_pdf(d, path, **kw)


def mg11_image(c, w, fnames, role, kind="scan", pdfname=None):
    """kind scan: image-only PDF; kind photo: one JPEG per page."""
    tot_guess = len(render_images(mg11_classic_doc(c, w, "?"), rng=random.Random(0)))
    nn = tot_guess - (1 if w.get("rear") else 0)
    d = mg11_classic_doc(c, w, nn)
    nm = w["name"]
    foot = lambda p, t: (f"Page {p} of {t}      " + ("Signature witnessed by: " + w.get("witnessed", "")))
    head = lambda p, t: ("" if p == 1 else f"MG 11 (cont.)  Continuation of statement of {nm}   URN {c.urn}")
    if kind == "scan":
        path = c.add(pdfname, "MG11", role)
        write_scan_pdf(d, path, c.rng, head=head, foot=foot)
    else:
        paths = [c.add(fn, "MG11", role) for fn in fnames]
        write_photo_jpgs(d, paths, c.rng, head=head, foot=foot)


def mg11_table_docx(c, w, fname, role, force):
    """Record-system export: every statement is one two-column table, narrative in the last row."""
    path = c.add(fname, "MG11", role)
    words = sum(len(b.split()) for b in w["body"])
    n = 1 + words // 520
    d = Doc()
    d.p(force.upper(), bold=True, align="C")
    d.p("WITNESS STATEMENT (MG11)", bold=True, align="C")
    d.p(S9_LINE, size=8, align="C")
    rows = [("URN", c.urn), ("Statement of", w["name_sf"]), ("Age if under 18", w.get("age", "Over 18")),
            ("Occupation", w["occ"]), ("Date statement taken", w["date"]), ("Place taken", w.get("place", "")),
            ("Statement recorded by", w.get("taken_by", "")), ("Number of pages", str(n)),
            ("Visually recorded?", "No"),
            ("Declaration", w.get("decl", DECL_B).format(n=n)),
            ("Signature", sigtext(w["sigmode"], w, w["date"]).split(": ", 1)[1]),
            ("Date signed", w["date"] if w["sigmode"] != "blank" else ""),
            ("Signature witnessed by", w.get("witnessed", "")),
            ("Statement narrative", "\n\n".join(w["body"]))]
    d.kv(rows, widths=(28, 72))
    render_docx(d, path, font="Arial", size=10, header=f"OFFICIAL-SENSITIVE    {force}    URN {c.urn}",
                page_numbers=True, author=w.get("author", "RMS export"), title="MG11 " + w["name_sf"])


def mg11_web_pdf(c, w, fname, role, system, host, printed, crime_no, seq):
    path = c.add(fname, "MG11", role)

    def build(n):
        d = Doc()
        d.h(f"Statement - {w['name_sf']}", 2)
        d.kv([("Case URN", c.urn), ("Crime reference", crime_no),
              ("Document type", "MG11 Witness Statement (s.9 Criminal Justice Act 1967)"),
              ("Witness", w["name_sf"]), ("Age", w.get("age", "Over 18")), ("Occupation", w["occ"]),
              ("Date taken", w["date"]), ("Location taken", w.get("place", "")),
              ("Taken by", w.get("taken_by", "")), ("Record status", "SIGNED - LOCKED")], widths=(30, 70), size=8.5)
        d.box("Declaration", w.get("decl", DECL_A).format(n=n), size=8.5)
        d.box("Statement text", "\n\n".join(w["body"]), size=10)
        d.kv([("Signature", sigtext(w["sigmode"], w, w["date"]).split(": ", 1)[1]),
              ("Date signed", w["date"] if w["sigmode"] != "blank" else ""),
              ("Signature witnessed by", w.get("witnessed", ""))], widths=(30, 70), size=8.5)

        def hdr(p):
            p.set_font("Helvetica", "", 7)
            p.set_text_color(60, 60, 60)
            p.cell(60, 4, printed)
            p.cell(0, 4, f"{system} - Statement View - {c.urn}", align="C", new_x="LMARGIN", new_y="NEXT")
            p.set_draw_color(0, 94, 160); p.set_fill_color(0, 94, 160)
            p.rect(p.l_margin, p.get_y() + 1, p.epw, 6, style="F")
            p.set_text_color(255, 255, 255); p.set_font("Helvetica", "B", 8)
            p.set_xy(p.l_margin + 2, p.get_y() + 1.5)
            p.cell(0, 5, f"{system.upper()}   |   Cases   |   {c.urn}   |   Statements   |   #{seq}")
            p.set_text_color(0, 0, 0)
            p.ln(10)

        def ftr(p):
            p.set_y(-12)
            p.set_font("Helvetica", "", 7); p.set_text_color(60, 60, 60)
            p.cell(150, 4, f"https://{host}/cases/{c.urn}/statements/{seq}?view=print")
            p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R")
            p.set_text_color(0, 0, 0)
        return d, dict(font="Sans", size=10.5, hdr=hdr, ftr=ftr, title=f"{system} - Statement View", author=system, top=8)
    d, kw, n = pdf_pages_of(build)
    render_pdf(d, path, **kw)


def mg11_mono_pdf(c, w, fname, role, force, printed_by, occ_no):
    path = c.add(fname, "MG11", role)
    ln = "-" * 92

    def build(n):
        d = Doc()
        d.p(f"{force.upper():<52}OCCURRENCE SYSTEM - DOCUMENT PRINT", bold=True, size=8.5)
        d.p(f"Document  : MG11 STATEMENT OF WITNESS          Printed by {printed_by}\n"
            f"Occurrence: {occ_no}                         URN: {c.urn}\n{ln}", size=8.5)
        d.p("STATEMENT OF WITNESS\n(Criminal Justice Act 1967 s.9; Magistrates' Courts Act 1980 s.5B; "
            "Criminal Procedure Rules r.16.2)", bold=True, size=8.5)
        d.p(f"Name         : {w['name_sf']}\nAge          : {w.get('age', 'Over 18')}\nOccupation   : {w['occ']}\n"
            f"Date taken   : {w['date']}\nTaken by     : {w.get('taken_by', '')}\n{ln}", size=8.5)
        d.p(w.get("decl", DECL_A).format(n=n), size=8.5)
        d.p(f"{sigtext(w['sigmode'], w, w['date'])}      {datetext(w['sigmode'], w['date'])}\n{ln}", size=8.5)
        for para in w["body"]:
            d.p(para, size=8.5)
        d.p(f"{ln}\n{sigtext(w['sigmode'], w, w['date'])}     Witnessed by: {w.get('witnessed', '')}\n"
            f"*** END OF STATEMENT ***", size=8.5)

        def ftr(p):
            p.set_y(-12); p.set_font("Courier", "", 7)
            p.cell(0, 4, f"{c.urn}  MG11 {w['name_sf']}  Page {p.page_no()} of {{nb}}   OFFICIAL-SENSITIVE", align="C")
        return d, dict(font="Courier", size=8.5, ftr=ftr, lh=4.0, title="MG11 print", author=force)
    d, kw, n = pdf_pages_of(build)
    render_pdf(d, path, **kw)


def mg11_plain_docx(c, w, fname, role, force):
    path = c.add(fname, "MG11", role)
    words = sum(len(b.split()) for b in w["body"])
    n = 1 + words // 480
    d = Doc()
    d.p("WITNESS STATEMENT", bold=True, align="C", size=14)
    d.p(S9_LINE, size=8, align="C")
    d.p(f"URN: {c.urn}")
    d.p(f"Statement of: {w['name']}\nAge if under 18: {w.get('age', 'Over 18')}\nOccupation: {w['occ']}")
    d.p(w.get("decl", DECL_A).format(n=n), italic=True, size=9)
    d.p(f"{sigtext(w['sigmode'], w, w['date'])}        {datetext(w['sigmode'], w['date'])}")
    d.rule()
    for para in w["body"]:
        d.p(para, align="J")
    d.p(f"{sigtext(w['sigmode'], w, w['date'])}        Signature witnessed by: {w.get('witnessed', '')}")
    if w.get("taken"):
        d.p(w["taken"], size=8.5, italic=True)
    render_docx(d, path, font="Times New Roman", size=11, header=f"{force} - OFFICIAL-SENSITIVE (when complete)",
                footer=f"MG11 {w['name']}  URN {c.urn}", page_numbers=True, author=w.get("author", ""))


# ----------------------------------------------------------------------------------------------
# Shared builders for common record types
# ----------------------------------------------------------------------------------------------
def pdf_simple(c, fname, typ, doc, role=None, **kw):
    path = c.add(fname, typ, role)
    render_pdf(doc, path, **kw)


def std_ftr(text):
    def ftr(p):
        p.set_y(-13)
        p.set_font("Helvetica", "", 7)
        p.cell(0, 4, f"{text}    Page {p.page_no()} of {{nb}}", align="C")
    return ftr


def std_hdr(text):
    def hdr(p):
        p.set_font("Helvetica", "", 7)
        p.cell(0, 4, text, align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
    return hdr


def pnc_print(c, fname, force, subj, dob, pncid, convictions, printed, operator, other=None):
    d = Doc()
    d.p(f"POLICE NATIONAL COMPUTER - PRINT           {force.upper()}", bold=True)
    d.p(f"Printed {printed} by {operator}    Reason: pre-charge file (URN {c.urn})")
    d.p("=" * 86)
    d.p(f"SUBJECT : {subj}\nDOB     : {dob}\nPNC ID  : {pncid}\nCRO NO  : {pncid.split('/')[1][:6]}/{pncid[2:4]}X")
    d.p("=" * 86)
    if not convictions:
        d.p("CONVICTIONS/CAUTIONS SUMMARY: NIL\nNo convictions, cautions, reprimands or final warnings recorded.")
    else:
        d.p(f"CONVICTION(S): {len(convictions)} OFFENCE(S) ON {len(convictions)} OCCASION(S)")
        for i, (cd, court, off, odate, disp) in enumerate(convictions, 1):
            d.p(f"{i}. CONVICTED ON {cd} AT {court}\n   OFFENCE  : {off}\n   COMMITTED: {odate}\n   DISPOSAL : {disp}")
    if other:
        d.p(other)
    d.p("*** END OF PRINT ***")
    pdf_simple(c, fname, "PNC", d, font="Courier", size=8.5, lh=4.2, title="PNC print", author=operator,
               ftr=std_ftr(f"OFFICIAL-SENSITIVE  URN {c.urn}"))


def witness_pnc_doc(c, rows, officer, date, note=None):
    d = Doc()
    d.h("Prosecution witnesses - PNC / previous convictions checks", 2)
    d.p(f"URN: {c.urn}        Checks completed by {officer} on {date}")
    d.table(["Witness", "DOB", "Role in case", "PNC result", "Disclosure note"], rows, widths=[24, 13, 22, 20, 30], size=8.5)
    if note:
        d.p(note)
    return d


def video_abe(c, fname, date, start, lines, seed, secs=3):
    path = c.add(fname, "ABE_RECORDING")
    make_video(path, "abe", secs, lines, start, seed)


# ==============================================================================================
# C1  Kestrel Vale Police - compliant. DOCX two-column-table statements; long-narrative MG3;
#     partner = first account (named); sister told months later (witness, not first account).
# ==============================================================================================
def case_c1(out):
    c = Case(out, "KV_MARSH_rape_FCT", "63KV0412726", exit_code=0, seed=101)
    F = "Kestrel Vale Police"
    OIC_TEL, OIC_MAIL = "01632 960318", "owen.pryce@kestrelvale.police.example"

    # ---------------- MG3 (long narrative, Word)
    d = Doc()
    d.p("OFFICIAL-SENSITIVE", bold=True, align="R", size=9)
    d.h("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)", 1)
    d.kv([("URN", c.urn), ("Police force / station", "Kestrel Vale Police - Kestwick RASSO Team"),
          ("Suspect", "DALTON, Craig  (DOB 04/07/1991)  PNC 2009/0312877K"),
          ("Offence(s)", "Rape of a woman aged 16 or over, contrary to section 1 of the Sexual Offences Act 2003, "
                         "on 14/09/2025 at 14 Tanner's Row, Kestwick."),
          ("Complainant", "MARSH, Leanne (aged 29)"),
          ("Decision sought", "Full Code Test - charging decision. The suspect is on pre-charge bail."),
          ("Date of report", "14/04/2026")], widths=(28, 72))
    d.h("1. Custody / bail status", 2)
    d.p("DALTON was arrested on 16/09/2025 and released on pre-charge bail the same evening. Bail was extended by "
        "Superintendent HOLLOWAY on 11/12/2025 and then by Kestwick Magistrates' Court on 10/03/2026; he is now bailed "
        "to return to Kestwick police station on 14/06/2026. The conditions, which he has kept, are: (1) not to contact "
        "Leanne MARSH directly or indirectly, including through social media or third parties; (2) not to enter Harlow "
        "Street, Kestwick; (3) not to attend Forge Fitness gym on Canal Road, Kestwick. There have been no reported "
        "breaches.")
    d.h("2. Early advice", 2)
    d.p("Early advice was not sought. By the time the file could have been discussed the suspect had been interviewed, "
        "the forensic result had been received and the complainant's account was fixed on video, so the case was ready "
        "for a full code test and an early advice request would only have added delay.")
    d.h("3. Summary of the evidence", 2)
    d.p("On the evening of Saturday 13/09/2025 Leanne MARSH was out with colleagues at the Copper Kettle bar on Mill "
        "Lane, Kestwick. She knows Craig DALTON only as another member of Forge Fitness gym, where they have attended "
        "the same early-morning classes since the spring of 2025. He was at the bar with a friend, Lee FARRIS. At "
        "about 23:45, as her colleagues were leaving, DALTON suggested one more drink at his flat, which is two minutes' "
        "walk away. She agreed. She describes herself as 'merry but completely with it' after three large glasses of wine.")
    d.p("At the flat they sat on the sofa and he poured her a glass of wine. She accepts that they kissed briefly. She "
        "says she then stopped, told him she had a partner and that she should go, and stood up. He pulled her back "
        "down by her upper arms, held her down on the sofa, pulled down her jeans and underwear and penetrated her "
        "vagina with his penis. She told him 'no' and 'stop' several times and tried to push him off by the shoulders. "
        "She says it lasted a few minutes and he ejaculated. She dressed and left at about 01:20 (ABE, SK/1, from "
        "00:09:40).")
    d.p("At 01:24 she phoned her partner, Tom ASHBY, from the street. He collected her by car at the junction of "
        "Tanner's Row and Mill Lane at about 01:40. In the car she told him that 'Craig from the gym' had forced "
        "himself on her at his flat and that she kept telling him no (statement of Tom ASHBY). Mr ASHBY is the first "
        "person she told and his statement is in the file. With her agreement he called 999 at 02:10 (the call "
        "recording is exhibited as OP/3 and is in the file). PC 2291 FERREIRA arrived at 02:34 and recorded a short "
        "first account in her pocket notebook (NF/1), which matches the later ABE account.")
    d.p("At the SARC later that morning Dr Helen QUARRIE found four oval bruises on the inside of the right upper arm "
        "and two on the left upper arm, which in her opinion are consistent with firm gripping by fingertips. There "
        "was no genital injury, which she explains is common and neither supports nor undermines either account. "
        "The SFR1 dated 20/11/2025 reports semen on the high vaginal swab (HQ/2) with a DNA profile matching "
        "DALTON. Intercourse is admitted, so the issue is consent and his belief in consent.")
    d.p("At 09:12 on 14/09/2025 DALTON sent her a WhatsApp message: 'sorry if I got carried away last night x'. "
        "She showed this to DC PRYCE the next day and it was recovered by a selective extraction of that one "
        "conversation, under a signed Digital Processing Notice (OP/2).")
    d.p("Her sister, Gemma MARSH, was not told until 07/02/2026, nearly five months later. She is not a first "
        "complaint witness. Her statement describes the change in Leanne's behaviour since September and how the "
        "disclosure came about; it is supplied so that the prosecutor has the full picture.")
    d.h("4. The suspect's account", 2)
    d.p("Interviewed on 16/09/2025 with his solicitor, Ms Anita ROWE, DALTON answered all questions (ROTI attached). "
        "He says the intercourse was consensual: she had kissed him at the bar, she came to the flat willingly, she "
        "initiated sex on the sofa and never said no or stop. He says she left suddenly saying she had to get back to "
        "her boyfriend. He explains the message 'sorry if I got carried away' as an apology for kissing her in front "
        "of people at the bar. Asked about the bruises, he said he may have held her arms during sex and that she "
        "did not object. The likely defence at trial is consent, or reasonable belief in consent.")
    d.h("5. Reasonable lines of enquiry, including those that point away from the suspect", 2)
    d.p("(a) Behaviour at the bar. The suspect says she kissed him there. Lee FARRIS was traced and gave a statement on "
        "19/09/2025 which supports the suspect on this point ('they kissed at the bar, she had her hand on his arm'). "
        "It points away from the suspect on the question of her interest in him and is scheduled on the MG6C as meeting "
        "the disclosure test; a copy is attached. His PNC check shows one conviction (possession of cannabis, 2020).")
    d.p("(b) Bar CCTV. The Copper Kettle's recorder had been faulty since August 2025 and held nothing (note of "
        "enquiry with the manager on 17/09/2025, MG6C item 9). Council CCTV: there are no public cameras on Tanner's "
        "Row or Mill Lane (checked 18/09/2025). No further CCTV enquiry is possible.")
    d.p("(c) House-to-house. The occupant of Flat 12 Tanner's Row heard music until about 1 am and nothing else. That "
        "record could be said to assist the defence and is scheduled and attached.")
    d.p("(d) Earlier contact between them. The suspect implied a mutual interest before that night. The extraction of "
        "the complainant's WhatsApp conversation with him from 01/09/2025 shows only arrangements about gym classes "
        "and, on the night, 'You out tonight?' and 'At the Copper Kettle with work lot'. Nothing suggests a prior "
        "relationship.")
    d.p("(e) Her account to others. Her first account to Mr ASHBY and to PC FERREIRA, and her ABE account, are "
        "consistent on the points that matter. No inconsistency has been identified.")
    d.p("(f) The suspect's phone was seized on arrest (OP/4). See outstanding evidence below.")
    d.p("Not pursued, with reasons: we have not sought the complainant's medical records, counselling records or any "
        "wider download of her phone. Nothing in the evidence suggests they would contain anything relevant to an "
        "issue in the case, and seeking them would not be a reasonable line of enquiry. Toxicology was not requested: "
        "she gives a clear and detailed account, describes what she drank, and does not suggest she was drugged.")
    d.h("6. Forensic, medical and digital evidence", 2)
    d.p("SARC examination 14/09/2025 by Dr QUARRIE (statement attached). Ms MARSH signed the SARC consent form on "
        "14/09/2025 agreeing to the release of her forensic medical notes, body map and samples to the police and "
        "CPS. SFR1 (DNA) dated 20/11/2025 is attached. A selective extraction of her phone was made under a DPN signed "
        "on 15/09/2025, limited to the WhatsApp conversation with the suspect's number from 01/09/2025 to 16/09/2025 "
        "(DPN and extraction report attached).")
    d.h("7. Outstanding evidence", 2)
    d.table(["Item", "Status", "Target date"],
            [["Extraction of suspect's iPhone (OP/4): WhatsApp conversation with the complainant's number and any "
              "messages about the night of 13-14/09/2025 to others, 13/09/2025 to 16/09/2025 only",
              "With the Digital Forensic Unit since 17/09/2025; backlog", "29/05/2026"]],
            widths=[55, 30, 15])
    d.p("The full code test can be applied now: her copy of the conversation is already in the file, and the "
        "suspect's handset is expected to show the same messages. Any other material found will be sent to you as "
        "soon as the report is received.")
    d.h("8. Unused material", 2)
    d.p("MG6C, MG6D and MG6E are attached. Rebuttable presumption material is attached: the STORM log, the crime "
        "report, PC FERREIRA's notebook record of the first account, the 999 recording, the house-to-house record, "
        "Lee FARRIS's statement and the witness PNC results.")
    d.h("9. Victim and witness care", 2)
    d.p("Special measures: an MG2 is attached. Ms MARSH is eligible under s.17(4) YJCEA 1999. She wants her ABE played as "
        "evidence in chief and to give the rest of her evidence behind screens. Asked about s.28, she said she would "
        "prefer her cross-examination to be pre-recorded so that she does not have to wait for a trial date; we ask "
        "that the CPS apply for it. She is not vulnerable within s.16 and has no communication needs, so an "
        "intermediary assessment is not needed.")
    d.p("Needs: English is her first language and no interpreter is needed. She has anxiety since the offence and "
        "is supported by her GP. She asks that contact is by mobile phone after 17:00 and not by letter to her home. "
        "ISVA: referred to Kestrel Vale ISVA Service on 16/09/2025; her ISVA is Jo DENNING. VPS: the scheme was explained "
        "by DC KEMBLE on 15/09/2025 and again by me on 02/04/2026; she wants to make a VPS after the charging decision.")
    d.h("10. Officer in the case", 2)
    d.kv([("Name", "DC 3185 Owen PRYCE, Kestwick RASSO Team"), ("Direct line", OIC_TEL), ("Email", OIC_MAIL),
          ("Signature / date", "O. Pryce  14/04/2026")], widths=(28, 72))
    d.h("11. Supervisor's endorsement", 2)
    d.p("I have reviewed this file against the National File Standard. The MG3 is complete, the key evidence and "
        "the unused schedules are attached, and the outstanding item is properly dated. Approved for submission to "
        "CPS for a full code test decision.\nDS 1770 Rachel AINSWORTH, Kestwick RASSO Team - 14/04/2026")
    render_docx(d, c.add("MG3 - 63KV0412726 - MARSH v DALTON.docx", "MG3"), font="Arial", size=10.5,
                header=f"{F}  |  OFFICIAL-SENSITIVE  |  URN {c.urn}", page_numbers=True, author="O Pryce")

    # ---------------- MG11s (two-column table export)
    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "typed"))
        w.update(kw)
        return w
    mg11_table_docx(c, W("Sarah KEMBLE", "KEMBLE, Sarah", "S. Kemble", "Police Officer - DC 4410, Kestwick RASSO Team",
                         "15/09/2025", [
        "I am a Detective Constable with Kestrel Vale Police and a trained specialist interviewer (ABE) and sexual "
        "offences investigative trained officer. On Monday 15th September 2025 I conducted a video-recorded interview "
        "with Leanne MARSH at the Kestwick Video Suite, Kestwick police station. DC Tom VERNON monitored the interview "
        "from the adjoining room. The interview began at 10:05 and ended at 11:12.",
        "The interview was recorded digitally onto the suite's secure recorder. At the end I produced a master copy, "
        "which I sealed in bag number KV0098812 and exhibit as SK/1, and a working copy which I exhibit as SK/2. I "
        "prepared an index and summary of the interview, which I exhibit as SK/3.",
        "Before the interview I explained the Victim Personal Statement scheme to Ms MARSH and gave her the leaflet. "
        "I also explained that, if the case goes to court, the recording can be played as her evidence in chief.",
    ], place="Kestwick Police Station", taken_by="Self", witnessed="", author="SKemble"),
        "Statement - KEMBLE S.docx", "officer", F)
    mg11_table_docx(c, W("Nadia FERREIRA", "FERREIRA, Nadia", "N. Ferreira", "Police Officer - PC 2291, Kestwick Response",
                         "14/09/2025", [
        "I am a Police Constable with Kestrel Vale Police. At 02:15 hours on Sunday 14th September 2025 I was on "
        "uniformed mobile patrol in Kestwick when I was sent to 41 Harlow Street after a 999 call reporting a rape. "
        "I arrived at 02:34 and was let in by Tom ASHBY. Leanne MARSH was sitting on the sofa in a dressing gown, "
        "holding her knees, and had clearly been crying.",
        "I explained that I only needed a few details for now and that a specially trained officer would speak to "
        "her properly later. She asked me not to film her, so I did not activate my body-worn camera and instead "
        "wrote down what she said in my pocket notebook at the time. I exhibit that entry, pages 41 to 43, as NF/1. "
        "She told me: 'I went back to Craig's for a drink. Craig from my gym. I kissed him and then I said I had to "
        "go and he pulled me down and held my arms and had sex with me. I kept saying no, stop. I said no loads of "
        "times.' She said this happened at his flat on Tanner's Row after midnight.",
        "I gave her advice about not washing. She had put the jeans and top she had been wearing into a carrier bag "
        "on the kitchen table. I sealed the jeans in an evidence bag, which I exhibit as NF/2, and the top, which I "
        "exhibit as NF/3. I stayed with her until the SOIT officer had arranged the SARC appointment and left at "
        "04:10. At 12:20 the same day I handed NF/2 and NF/3 to DC PRYCE at Willow House SARC.",
    ], place="Kestwick Police Station", taken_by="Self", author="NFerreira"),
        "Statement - FERREIRA N.docx", "officer", F)
    mg11_table_docx(c, W("Tom ASHBY", "ASHBY, Tom", "T. Ashby", "Electrician", "14/09/2025", [
        "I live with my partner Leanne MARSH at an address known to police. We have been together for four years.",
        "On Saturday 13th September 2025 Leanne went out with people from her work. I stayed in. At about 01:24 on "
        "Sunday morning she rang me. She was crying so much I could hardly understand her. She said 'please come and "
        "get me, please come now' and told me she was near the Copper Kettle on Mill Lane. I drove straight there "
        "and found her standing at the corner of Tanner's Row at about 01:40. She was shaking and had her arms "
        "wrapped round herself.",
        "In the car I asked her what had happened. She said 'It was Craig from the gym. I went back to his for a "
        "drink and he forced himself on me. I kept telling him no, I kept saying no.' She said he had held her arms "
        "down. I asked if she meant he had raped her and she nodded and said 'yes'. I wanted to go round there but "
        "she begged me to just take her home.",
        "At home she sat on the bathroom floor for a long time. I asked if I could call the police and she said yes. "
        "I rang 999 at about 02:10. A police officer arrived about twenty minutes later.",
        "I have never met Craig. Leanne had mentioned a Craig at the gym once or twice as someone in her class.",
    ], place="41 Harlow Street, Kestwick", taken_by="PC 2291 FERREIRA", witnessed="PC 2291 FERREIRA",
        sigmode="typed"), "Statement - ASHBY T.docx", "first_account", F)
    mg11_table_docx(c, W("Gemma MARSH", "MARSH, Gemma", "G. Marsh", "Dental nurse", "12/02/2026", [
        "I am the older sister of Leanne MARSH. We are close and normally see each other every week.",
        "From about the middle of September 2025 Leanne changed. She stopped going to the gym, which she had loved, "
        "cancelled plans with me several times and did not want to go into town at night. When I asked, she said "
        "she was just tired from work.",
        "On Saturday 7th February 2026 she came to my house for lunch. I asked her straight out what was wrong. She "
        "started crying and told me that in September a man from her gym had raped her at his flat after a night out, "
        "that she had reported it and that the police were dealing with it. She said she had not told me or our "
        "parents because she was ashamed and did not want anyone to look at her differently. She did not give me "
        "details and I did not ask for them.",
        "Before that day she had never said anything to me about it.",
    ], place="Kestwick Police Station", taken_by="DC 3185 PRYCE", witnessed="DC 3185 PRYCE", sigmode="typed"),
        "Statement - MARSH G.docx", "witness", F)
    mg11_table_docx(c, W("Dr Helen QUARRIE", "QUARRIE, Helen (Dr)", "H. Quarrie",
                         "Forensic Physician, Willow House SARC", "02/10/2025", [
        "I am a registered medical practitioner (MBChB, DFFLM) and have worked as a forensic physician at Willow "
        "House Sexual Assault Referral Centre since 2017. I examine about 120 complainants of sexual offences a year.",
        "On 14th September 2025 between 10:30 and 12:05 I examined Leanne MARSH at Willow House with her written "
        "consent. She told me that at about 00:30 that day she had been held down and vaginally penetrated by a man "
        "she knew. She had not washed or changed her underwear.",
        "On the inner aspect of the right upper arm I found four oval bruises, each 1 to 1.5 cm, in a rough line, "
        "and on the inner aspect of the left upper arm two similar bruises. In my opinion these are consistent with "
        "firm gripping by fingertips, and recent. I found no injury to the genitalia. The absence of genital injury "
        "is common after both consensual and non-consensual intercourse and does not help decide which occurred.",
        "I took the following samples, which I sealed, labelled and handed to DC PRYCE at 12:20: HQ/1 vulval swab, "
        "HQ/2 high vaginal swab, HQ/3 low vaginal swab, HQ/4 endocervical swab, HQ/5 swabs from both upper arms, "
        "HQ/6 blood sample (not submitted), HQ/7 underwear. Ms MARSH signed the SARC consent form agreeing to the "
        "release of my notes, body map and samples to the police and CPS.",
    ], place="Willow House SARC", taken_by="Self", author="HQuarrie"),
        "Statement - QUARRIE H (FME).docx", "expert", F)
    mg11_table_docx(c, W("Owen PRYCE", "PRYCE, Owen", "O. Pryce", "Police Officer - DC 3185, Kestwick RASSO Team",
                         "20/09/2025", [
        "I am a Detective Constable in the Kestwick RASSO team and the officer in the case.",
        "At 12:20 on 14th September 2025 at Willow House SARC I received from Dr QUARRIE the sealed exhibits HQ/1 to "
        "HQ/7, and from PC FERREIRA the sealed exhibits NF/2 and NF/3, which I booked into the property store at "
        "Kestwick under reference KV/PS/25/11873.",
        "On 15th September 2025 Leanne MARSH showed me a WhatsApp message on her phone from a contact saved as "
        "'Craig Gym', received at 09:12 on 14th September 2025, reading 'sorry if I got carried away last night x'. "
        "I photographed the screen and exhibit the photograph as OP/1. I explained the Digital Processing Notice to "
        "her and she agreed to a selective extraction limited to her WhatsApp conversation with that contact between "
        "01/09/2025 and 16/09/2025 and nothing else. She signed the notice. The extraction was carried out that "
        "afternoon at the Kestwick digital kiosk and the phone was returned to her at 16:40 the same day. I exhibit "
        "the extraction report as OP/2.",
        "I obtained from the Contact Management Centre a copy of the recording of the 999 call made by Tom ASHBY at "
        "02:10 on 14th September 2025, which I exhibit as OP/3.",
        "At 07:05 on 16th September 2025 I arrested Craig DALTON at 14 Tanner's Row. On arrest I seized his Apple "
        "iPhone, which I exhibit as OP/4, and in custody a buccal reference sample was taken, which I exhibit as OP/5.",
    ], place="Kestwick Police Station", taken_by="Self", author="OPryce"),
        "Statement - PRYCE O.docx", "officer", F)
    mg11_table_docx(c, W("Lee FARRIS", "FARRIS, Lee", "L. Farris", "Warehouse operative", "19/09/2025", [
        "I have known Craig DALTON for about ten years; we used to work together.",
        "On Saturday 13th September 2025 I was with Craig at the Copper Kettle on Mill Lane from about 21:00. A "
        "woman Craig knew from his gym, who I now know as Leanne, came over to talk to him at about 22:30. They "
        "talked for a long time. She had her hand on his arm and they were laughing. At about 23:30 I saw them kiss "
        "at the bar. It looked mutual to me.",
        "I left at about 23:40 to get the last bus. I did not see them leave and I have not discussed the evening "
        "with Craig other than him telling me he had been arrested.",
    ], place="Kestwick Police Station", taken_by="DC 3185 PRYCE", witnessed="DC 3185 PRYCE", sigmode="typed"),
        "Statement - FARRIS L.docx", "witness", F)

    # ---------------- ABE recording + index
    video_abe(c, "ABE_MARSH_L_150925.mp4", "15/09/2025", "10:05:00",
              ["KESTWICK VIDEO SUITE 1", "15/09/2025  SK/1"], seed=11)
    d = Doc()
    d.h("Record of video recorded interview (ABE) - index and summary", 1)
    d.kv([("URN", c.urn), ("Interviewee", "Leanne MARSH (complainant)"), ("Date", "15/09/2025"),
          ("Time", "10:05 - 11:12 (running time 01:07:12)"), ("Location", "Kestwick Video Suite 1"),
          ("Interviewer", "DC 4410 Sarah KEMBLE"), ("Monitor", "DC 2877 Tom VERNON"),
          ("Exhibits", "SK/1 master (sealed bag KV0098812); SK/2 working copy; this index SK/3")], widths=(25, 75))
    d.table(["Counter", "Summary"], [
        ["00:00:00", "Introductions, date, time, people present; explanation of the cameras."],
        ["00:03:10", "Ground rules; truth and lies discussed; she confirms she understands."],
        ["00:05:45", "Free narrative begins: night out with work colleagues at the Copper Kettle; three large glasses of wine."],
        ["00:07:30", "Craig DALTON, known from Forge Fitness classes, comes over about 22:30; they chat; she accepts a kiss at the bar 'for a second'."],
        ["00:09:40", "He suggests a drink at his flat; she agrees; at the flat they sit on the sofa; brief kiss; she stands and says she has a partner and should go."],
        ["00:13:05", "He pulls her down by her upper arms, holds her on the sofa, pulls down jeans and underwear; penile vaginal penetration; she says 'no' and 'stop' repeatedly and pushes his shoulders."],
        ["00:19:20", "Afterwards she dresses and leaves about 01:20; phones Tom from the street; Tom collects her."],
        ["00:24:00", "Questioning: layout of the flat, lighting, what was said, how long it lasted (few minutes), ejaculation."],
        ["00:38:30", "Questioning about the kiss at the bar and why she went to the flat ('I thought it was just a drink')."],
        ["00:49:15", "Injuries: sore arms next day; bruising seen at the SARC."],
        ["00:55:40", "The WhatsApp message received the next morning: 'sorry if I got carried away last night x'."],
        ["01:02:30", "Anything else; closing; time 11:12."],
    ], widths=[14, 86], size=9)
    d.p("Prepared by DC 4410 S. KEMBLE, 16/09/2025.")
    pdf_simple(c, "ABE index MARSH L.pdf", "ABE_SUMMARY", d, size=9.5, title="ABE index",
               ftr=std_ftr(f"OFFICIAL-SENSITIVE - URN {c.urn} - SK/3"))

    # ---------------- STORM incident log (monospaced print)
    d = Doc()
    d.p("KESTREL VALE POLICE - STORM COMMAND AND CONTROL - INCIDENT LOG PRINT", bold=True)
    d.p("Incident : KV-20250914-0311          Opened 14/09/2025 02:10:37   Closed 14/09/2025 06:58:02\n"
        "Grade    : 2 PRIORITY                Class  : SEXUAL OFFENCE / RAPE (OCC)\n"
        "Location : 41 HARLOW STREET, KESTWICK KW4 2PL\n"
        "Caller   : ASHBY, TOM  (PARTNER OF VICTIM)  TEL 07700 900418\n"
        f"Linked   : CRIME KV-25-031877   URN {c.urn} (added 16/09/2025)")
    d.p("-" * 88)
    log = [
        ("02:10:37", "CH4471", "999 CALL RECEIVED - BT ROUTED"),
        ("02:11:20", "CH4471", "CALLER STATES HIS PARTNER HAS JUST TOLD HIM SHE WAS RAPED TONIGHT BY A MAN SHE KNOWS FROM HER GYM, 'CRAIG', AT HIS FLAT ON TANNERS ROW. SHE IS HOME WITH CALLER NOW, SAFE, VERY DISTRESSED."),
        ("02:12:05", "CH4471", "VICTIM LEANNE MARSH 29YRS. SUSP CRAIG LNU W/M 30S LIVES TANNERS ROW. NOT PRESENT."),
        ("02:12:40", "CH4471", "FORENSIC ADVICE GIVEN - NOT TO WASH, EAT, DRINK OR DISCARD CLOTHING."),
        ("02:13:02", "CH4471", "THRIVE: THREAT - NO IMMEDIATE; HARM - HIGH; RISK - MED; VULNERABILITY - VICTIM OF SERIOUS SEXUAL OFFENCE. ENGAGEMENT - VICTIM CONSENTS TO POLICE ATTENDANCE (VIA CALLER)."),
        ("02:15:44", "DIS2210", "RESOURCE KV23 (PC 2291 FERREIRA) ASSIGNED"),
        ("02:16:30", "DIS2210", "SOIT ON CALL REQUESTED VIA DUTY SGT"),
        ("02:34:10", "KV23", "AT SCENE"),
        ("02:58:31", "KV23", "VIA RADIO: INITIAL ACCOUNT RECORDED IN PNB. VICTIM DECLINED BWV. CLOTHING BAGGED. SUSP BELIEVED CRAIG DALTON 14 TANNERS ROW - TBC."),
        ("03:20:12", "DIS2210", "DC 4410 KEMBLE (SOIT) INFORMED. SARC BOOKED WILLOW HOUSE 10:30 TODAY."),
        ("03:41:55", "DIS2210", "PNC/PND DALTON CRAIG 04/07/1991 - TRACE. ADDRESS 14 TANNERS ROW CONFIRMED. INTEL PASSED TO DUTY DS."),
        ("04:10:40", "KV23", "LEAVING SCENE. VICTIM WITH PARTNER. SOIT TO COLLECT 10:00."),
        ("06:58:02", "CH5102", "CRIME RAISED KV-25-031877. INCIDENT CLOSED - RESULT: CRIME RECORDED."),
    ]
    for t, who, txt in log:
        lines = wrap(txt, 66)
        d.p(f"{t}  {who:<8} {lines[0]}" + "".join("\n" + " " * 19 + x for x in lines[1:]), size=8.5)
    pdf_simple(c, "STORM log 0311 140925.pdf", "INCIDENT_LOG", d, font="Courier", size=8.5, lh=4.1,
               ftr=std_ftr("STORM print KV-20250914-0311 - OFFICIAL-SENSITIVE"), title="STORM incident print")

    # ---------------- Crime report (occurrence-style boxes)
    d = Doc()
    d.h("CRIME REPORT / OCCURRENCE SUMMARY", 1)
    d.kv([("Crime reference", "KV-25-031877"), ("URN", c.urn), ("Incident", "KV-20250914-0311"),
          ("Classification", "Rape of a female aged 16 or over - penetration of vagina (SOA 2003 s.1)"),
          ("Reported", "14/09/2025 02:10 by 999 (third party - partner)"),
          ("Committed", "14/09/2025 00:15 to 01:20"), ("Location", "14 Tanner's Row, Kestwick KW1 6TD (dwelling)"),
          ("Officer in case", "DC 3185 PRYCE"), ("Status", "Under investigation - file to CPS")], widths=(28, 72), size=9)
    d.box("Victim", "MARSH, Leanne - female - aged 29 - White British (W1) - no disability recorded - "
                    "Victims' Code: enhanced service (victim of a sexual offence). Needs: contact by mobile after 17:00; "
                    "no letters to home address. ISVA referral made 16/09/2025.", size=9)
    d.box("Suspect", "DALTON, Craig - male - DOB 04/07/1991 - 14 Tanner's Row, Kestwick - arrested 16/09/2025, "
                     "interviewed, pre-charge bail with conditions.", size=9)
    d.box("MO / summary", "Victim went to suspect's flat for a drink after a night out. Suspect held her down on the "
                          "sofa and had vaginal intercourse with her while she said no. Victim told partner on "
                          "collection at 01:40; partner called 999.", size=9)
    d.table(["Date/time", "Officer", "Investigation log entry"], [
        ["14/09/2025 06:58", "CH5102", "Crime recorded from incident KV-20250914-0311. Allocated Kestwick RASSO."],
        ["14/09/2025 12:40", "DC 3185 PRYCE", "SARC complete. Exhibits HQ/1-HQ/7 received and stored KV/PS/25/11873. SARC consent form signed by victim."],
        ["15/09/2025 11:30", "DC 4410 KEMBLE", "ABE complete (SK/1, SK/2). VPS explained. Victim wants screens; s.28 discussed."],
        ["15/09/2025 16:40", "DC 3185 PRYCE", "DPN signed. Selective extraction (WhatsApp thread with suspect, 01/09-16/09/2025). Phone returned same day."],
        ["16/09/2025 07:05", "DC 3185 PRYCE", "Suspect arrested at home. iPhone seized OP/4. Interviewed 13:20. Bailed with conditions."],
        ["16/09/2025 15:00", "DC 3185 PRYCE", "ISVA referral to Kestrel Vale ISVA Service (J. DENNING)."],
        ["17/09/2025 10:10", "DC 3185 PRYCE", "Copper Kettle: manager states recorder faulty since August, no footage. OP/4 to DFU."],
        ["18/09/2025 09:30", "PS 1402 ODUYA", "H2H Tanner's Row complete (HH/TR/01-06). Flat 12 heard music only."],
        ["19/09/2025 14:00", "DC 3185 PRYCE", "Statement from Lee FARRIS (suspect's friend) - describes kiss at bar. Scheduled as disclosable."],
        ["20/11/2025 09:05", "DC 3185 PRYCE", "SFR1 received: DNA on HQ/2 matches suspect."],
        ["12/02/2026 15:20", "DC 3185 PRYCE", "Statement from sister Gemma MARSH (told 07/02/2026)."],
        ["14/04/2026 16:00", "DS 1770 AINSWORTH", "File reviewed and endorsed for CPS FCT submission."],
    ], widths=[17, 18, 65], size=8)
    pdf_simple(c, "Crime report KV-25-031877.pdf", "CRIME_REPORT", d, size=9,
               hdr=std_hdr(f"{F} - Occurrence system print - OFFICIAL-SENSITIVE"),
               ftr=std_ftr(f"Crime KV-25-031877 / {c.urn}"), title="Crime report")

    # ---------------- ROTI
    d = Doc()
    d.p("MG 15", bold=True, align="R")
    d.h("RECORD OF TAPED INTERVIEW", 1, "C")
    d.kv([("URN", c.urn), ("Person interviewed", "Craig DALTON"), ("Place of interview", "Kestwick Custody Suite, Interview Room 3"),
          ("Date", "16/09/2025"), ("Time commenced", "13:20"), ("Time concluded", "14:31"),
          ("Interviewing officers", "DC 3185 PRYCE, DC 2877 VERNON"), ("Other persons present", "Ms Anita ROWE, solicitor, Rowe & Kell"),
          ("Recording reference", "KV-DIR-25-77124 (digital interview recorder)")], widths=(30, 70), size=9)
    roti = [
        ("13:20", "Introductions. Caution given and explained; DALTON says he understands. Reminded of his right to legal advice; his solicitor is present."),
        ("13:23", "Asked for his account. Says he knows Leanne from the gym, they get on well and he has 'always thought there was something there'."),
        ("13:27", "At the Copper Kettle she came over to him, touched his arm and kissed him at the bar. He suggested a drink at his; she said 'go on then'."),
        ("13:34", "At the flat they kissed on the sofa and she 'got on top of him'. She undid his belt. They had sex on the sofa. She did not say no or stop at any point."),
        ("13:41", "Afterwards she 'went a bit quiet', said she had to get back to her boyfriend and left quickly. He did not know she had a boyfriend until then."),
        ("13:48", "Put to him: she says she stood up to leave and he pulled her back by her arms. Denies it. 'I never pulled her anywhere.'"),
        ("13:55", "Bruising to both upper arms put to him. Says he may have held her arms during sex, 'she was into it', and she did not complain."),
        ("14:03", "WhatsApp message 'sorry if I got carried away last night x' shown. Says he meant kissing her in front of everyone at the bar."),
        ("14:12", "Asked why she would say she told him no. 'Maybe she feels guilty because of the boyfriend.'"),
        ("14:20", "Consents to a buccal sample. Says his phone will show nothing bad. Provides PIN voluntarily."),
        ("14:29", "Nothing further to add. Solicitor has nothing to add. Interview concluded 14:31."),
    ]
    d.table(["Time", "Summary of questions and answers"], [[a, b] for a, b in roti], widths=[10, 90], size=9)
    d.p("Record prepared by DC 3185 O. PRYCE from the digital recording, 18/09/2025.  Signed: O. Pryce")
    pdf_simple(c, "ROTI DALTON 160925.pdf", "ROTI", d, size=9.5, ftr=std_ftr(f"MG15 DALTON - URN {c.urn}"),
               title="ROTI")

    # ---------------- PNC, witness PNC
    pnc_print(c, "PNC DALTON C.pdf", F, "DALTON, CRAIG", "04/07/1991", "2009/0312877K", [
        ("12/05/2016", "KESTWICK MAGISTRATES", "ASSAULT BY BEATING - CRIMINAL JUSTICE ACT 1988 S.39", "02/04/2016",
         "COMMUNITY ORDER 12 MTHS, UNPAID WORK 80 HRS, COMPENSATION GBP 150"),
        ("03/10/2019", "KESTWICK MAGISTRATES", "DRIVING WITH EXCESS ALCOHOL - RTA 1988 S.5(1)(A)", "14/09/2019",
         "FINE GBP 640, DISQUALIFIED 18 MONTHS"),
    ], "14/04/2026 10:14", "DC 3185 PRYCE")
    d = witness_pnc_doc(c, [
        ["MARSH, Leanne", "22/03/1996", "Complainant", "No trace", "Nil"],
        ["ASHBY, Tom", "09/11/1994", "First account (partner)", "No trace", "Nil"],
        ["MARSH, Gemma", "30/01/1993", "Witness (sister)", "No trace", "Nil"],
        ["FARRIS, Lee", "17/06/1990", "Witness (friend of suspect) - unused", "1 conviction: 08/2020 possession of cannabis (class B), fine GBP 200",
         "Listed on MG6C item 8; copy of this result provided"],
        ["Dr H. QUARRIE", "-", "Expert (forensic physician)", "Not checked - professional witness", "-"],
    ], "DC 3185 PRYCE", "14/04/2026", note="Police witnesses: no MG6B (misconduct) records for PC 2291 FERREIRA, DC 4410 KEMBLE or DC 3185 PRYCE.")
    pdf_simple(c, "Witness PNC checks.pdf", "PNC", d, size=9.5, ftr=std_ftr(f"URN {c.urn} - OFFICIAL-SENSITIVE"))

    # ---------------- MG6C / MG6D (spreadsheets), MG6E (Word)
    top = [["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)"], ["URN", c.urn], ["R v", "Craig DALTON"],
           ["Disclosure officer", "DC 3185 Owen PRYCE"], ["Page", "1 of 1"]]
    rows = [
        [1, "STORM incident log KV-20250914-0311: 999 call by Tom ASHBY 14/09/2025 02:10 and police deployment", "Kestwick RASSO file", "Rebuttable presumption - copy provided"],
        [2, "Crime report KV-25-031877 with investigation log to 14/04/2026", "Occurrence system", "Rebuttable presumption - copy provided"],
        [3, "PC 2291 FERREIRA pocket notebook 118733 pp.41-43: first account given by complainant at 02:40 on 14/09/2025 (exhibit NF/1)", "Kestwick property store", "Rebuttable presumption - copy provided"],
        [4, "Recording of 999 call 14/09/2025 02:10, 4m12s (exhibit OP/3)", "Digital evidence store", "Rebuttable presumption - copy provided"],
        [5, "ABE interview plan for Leanne MARSH dated 15/09/2025, DC KEMBLE", "Kestwick RASSO file", "Not considered to meet the test"],
        [6, "House-to-house record HH/TR/03, occupant of Flat 12 Tanner's Row, heard music until about 1am and nothing else", "Kestwick RASSO file", "May assist defence - copy provided"],
        [7, "MG11 of Lee FARRIS 19/09/2025 (suspect's friend): describes complainant kissing suspect at the bar", "Kestwick RASSO file", "May assist defence - copy provided"],
        [8, "PNC result for Lee FARRIS: possession of cannabis 2020 (within witness PNC checks)", "Kestwick RASSO file", "Copy provided"],
        [9, "Note of enquiry with manager of the Copper Kettle 17/09/2025: CCTV recorder faulty since August 2025, no footage", "Kestwick RASSO file", "Not considered to meet the test"],
        [10, "Record of council CCTV check 18/09/2025: no public cameras on Tanner's Row or Mill Lane", "Kestwick RASSO file", "Not considered to meet the test"],
        [11, "Custody record of Craig DALTON 16/09/2025 (KV/C/25/5521)", "Custody system", "Not considered to meet the test"],
        [12, "Pre-interview disclosure given to Ms ROWE, solicitor, 16/09/2025", "Kestwick RASSO file", "Not considered to meet the test"],
        [13, "Bail extension records: Supt HOLLOWAY authority 11/12/2025; Kestwick Magistrates' Court extension 10/03/2026", "Custody system", "Not considered to meet the test"],
        [14, "MG21 forensic submission form for HQ/2, HQ/7 and OP/5, 18/09/2025", "Kestwick RASSO file", "Not considered to meet the test"],
    ]
    write_xlsx(c.add("MG6C.xlsx", "MG6C"), [dict(title="MG6C", top=top,
               headers=["Item no.", "Description and relative location", "Location", "Disclosure officer's view (CPS comment column overleaf)"],
               rows=rows, widths=[8, 70, 24, 34],
               bottom=["Signed: O. Pryce (Disclosure officer)  14/04/2026"])])
    top = [["POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)"], ["URN", c.urn], ["R v", "Craig DALTON"],
           ["Disclosure officer", "DC 3185 Owen PRYCE"]]
    write_xlsx(c.add("MG6D.xlsx", "MG6D"), [dict(title="MG6D", top=top,
               headers=["Item no.", "Description", "Reason for sensitivity", "Disclosure officer's view"],
               rows=[[1, "Complainant's contact details and home address (witness details, rear of MG11s)", "Personal data of complainant; risk of contact", "Does not meet the test"],
                     [2, "ISVA referral form for Leanne MARSH, 16/09/2025", "Personal support information", "Does not meet the test"]],
               widths=[8, 55, 40, 30], bottom=["Signed: O. Pryce  14/04/2026"])])
    d = Doc()
    d.h("DISCLOSURE OFFICER'S REPORT (MG6E)", 1)
    d.kv([("URN", c.urn), ("R v", "Craig DALTON"), ("Disclosure officer", "DC 3185 Owen PRYCE"), ("Date", "14/04/2026")])
    d.p("I have examined all the material retained in this investigation. The following items on the MG6C might "
        "reasonably be considered capable of undermining the prosecution case or assisting the case for the accused, "
        "or are presumed to meet the test: items 1, 2, 3, 4, 6, 7 and 8. Copies of each of them are provided with "
        "this file.")
    d.p("Nothing on the MG6D meets the test. No material has been withheld from the schedules. The suspect's phone "
        "(OP/4) has not yet been examined; when the report is received it will be reviewed and the schedules updated.")
    d.p("Signed: O. Pryce    Date: 14/04/2026")
    render_docx(d, c.add("MG6E.docx", "MG6E"), author="OPryce")

    # ---------------- house-to-house record (rebuttable presumption item 6)
    d = Doc()
    d.h("House-to-house enquiry record  HH/TR/03", 2)
    d.kv([("URN", c.urn), ("Address", "Flat 12, Tanner's Row, Kestwick"), ("Date/time", "18/09/2025 09:10"),
          ("Officer", "PS 1402 ODUYA"), ("Occupant", "Victor HALE (lives alone)")], widths=(25, 75))
    d.p("Q: Were you at home overnight Saturday 13th into Sunday 14th September? A: Yes, in bed about 23:30. "
        "Q: Did you hear anything from Flat 14? A: Music until about 1 am, not loud. Nothing else, no shouting or "
        "arguing. The walls are thin and I normally hear raised voices. Q: Did you see anyone? A: No. "
        "Willing to give a statement: yes if needed.")
    pdf_simple(c, "H2H HH-TR-03.pdf", ["OTHER"], d, size=10)

    # ---------------- PNB extract (phone photo)
    d = Doc()
    d.p("KESTREL VALE POLICE - POCKET NOTEBOOK 118733 - PC 2291 FERREIRA        p.41", bold=True)
    d.p(f"Exhibit NF/1        URN {c.urn}")
    d.p("Sun 14/09/2025. 02:34 at 41 Harlow St. IP Leanne MARSH, dressing gown, crying. Partner Tom ASHBY present. "
        "Declined BWV - asked me not to film. Her words at 02:40: \"I went back to Craig's for a drink. Craig from my gym. "
        "I kissed him and then I said I had to go and he pulled me down and held my arms and had sex with me. I kept "
        "saying no, stop. I said no loads of times.\" Flat on Tanner's Row, after midnight. Forensic advice given. "
        "Clothing bagged NF/2-NF/3 (jeans, top) - handed DC PRYCE 14/09 12:20.  04:10 left scene.")
    d.sig("N. Ferreira PC 2291   14/09/2025 04:15", scribble=False)
    imgs_path = c.add("IMG_0417.jpg", ["OTHER"])
    im = render_images(d, pt=11)[0]
    im = im.crop((0, 0, im.width, int(im.height * 0.42)))
    photoify(im, c.rng).save(imgs_path, "JPEG", quality=80)

    # ---------------- 999 call
    make_wav(c.add("999_call_0210.wav", "CALL_999"), 4, 7)

    # ---------------- MG12 exhibit list
    d = Doc()
    d.p("MG 12", bold=True, align="R")
    d.h("EXHIBIT LIST", 1, "C")
    d.p(f"URN {c.urn}    R v Craig DALTON")
    d.table(["Ref", "Description", "Produced by", "Location"], [
        ["SK/1", "ABE interview of Leanne MARSH 15/09/2025 - master (sealed KV0098812)", "DC KEMBLE", "Property store"],
        ["SK/2", "ABE interview - working copy (file ABE_MARSH_L_150925.mp4)", "DC KEMBLE", "With file"],
        ["SK/3", "ABE index and summary", "DC KEMBLE", "With file"],
        ["NF/1", "Pocket notebook 118733 pp.41-43 (first account)", "PC FERREIRA", "With file (copy)"],
        ["NF/2", "Jeans (complainant)", "PC FERREIRA", "Property store"],
        ["NF/3", "Top (complainant)", "PC FERREIRA", "Property store"],
        ["HQ/1-HQ/5", "Vulval, high vaginal, low vaginal, endocervical and upper-arm swabs", "Dr QUARRIE", "Forensic provider / store"],
        ["HQ/6", "Blood sample (not submitted)", "Dr QUARRIE", "Property store"],
        ["HQ/7", "Underwear (complainant)", "Dr QUARRIE", "Forensic provider"],
        ["OP/1", "Photograph of WhatsApp message 14/09/2025 09:12 (same message is in OP/2)", "DC PRYCE", "Kestwick RASSO file"],
        ["OP/2", "Selective extraction report - complainant's phone", "DC PRYCE", "With file"],
        ["OP/3", "999 call recording 14/09/2025 02:10 (file 999_call_0210.wav)", "DC PRYCE", "With file"],
        ["OP/4", "Apple iPhone seized from Craig DALTON", "DC PRYCE", "Digital Forensic Unit"],
        ["OP/5", "Buccal reference sample - Craig DALTON", "DC PRYCE", "Forensic provider"],
    ], widths=[12, 52, 16, 20], size=9)
    pdf_simple(c, "MG12 exhibit list.pdf", "MG12", d, size=9.5, ftr=std_ftr(f"MG12 - URN {c.urn}"))

    # ---------------- MG2
    d = Doc()
    d.p("OFFICIAL-SENSITIVE", size=8, align="R")
    d.h("MG2 - INITIAL WITNESS ASSESSMENT: SPECIAL MEASURES", 1)
    d.kv([("URN", c.urn), ("Witness", "Leanne MARSH"), ("Status", "Complainant in a sexual offence - eligible s.17(4) YJCEA 1999"),
          ("Vulnerable (s.16)?", "No - no mental disorder, learning disability or physical disorder affecting evidence"),
          ("Intimidated (s.17)?", "Yes - automatic eligibility as complainant of a sexual offence"),
          ("Measures requested", "s.27 video-recorded evidence in chief (ABE 15/09/2025); s.23 screens in court"),
          ("s.28 pre-recorded cross-examination", "Discussed 15/09/2025 and 02/04/2026. She would like her cross-examination pre-recorded."),
          ("Intermediary", "Not required - no communication needs identified"),
          ("Interpreter", "Not required - English first language"),
          ("Witness's own views", "'I don't want to see him. I'd rather get it over with early.'"),
          ("Other support", "ISVA Jo DENNING (Kestrel Vale ISVA Service) to accompany her; pre-trial visit requested"),
          ("Completed by", "DC 3185 PRYCE, 02/04/2026")], widths=(30, 70))
    pdf_simple(c, "MG2 special measures.pdf", "MG2", d, size=9.5, ftr=std_ftr(f"MG2 - URN {c.urn}"))

    # ---------------- DPN + extraction + SFR1
    d = Doc()
    d.h("Digital Processing Notice (victim or witness)", 1)
    d.kv([("URN / crime", f"{c.urn} / KV-25-031877"), ("Device owner", "Leanne MARSH"),
          ("Device", "Apple iPhone 13, black, IMEI ending 4417"), ("Officer", "DC 3185 Owen PRYCE")], widths=(28, 72))
    d.box("Why we are asking", "The suspect sent you a WhatsApp message on the morning of 14/09/2025. The conversation "
          "between you and him is relevant to what happened and to what he says about it. Looking at it is a "
          "reasonable line of enquiry. We do not need anything else from your phone.")
    d.box("What we will look at (parameters)", "Only the WhatsApp conversation between you and the contact 'Craig Gym' "
          "(07700 900561), from 01/09/2025 to 16/09/2025 inclusive. We will not look at other conversations, photos, "
          "browsing history, location data, notes or any other app.")
    d.box("How", "A selective logical extraction at the Kestwick digital kiosk while you wait. Only that conversation "
          "is kept. Your phone will be returned to you the same day.")
    d.box("What happens to the information", "It is kept securely for this investigation. Anything relevant may be "
          "shown to the prosecution and, if it meets the disclosure test, to the defence. Anything not relevant "
          "will not be kept. You can ask questions at any time and you can change your mind before the extraction.")
    d.p("Agreement: I have read this notice (it was also read to me) and I agree to the extraction described above.")
    d.sig("Signed: L. Marsh            Date: 15/09/2025  14:05")
    d.sig("Officer: O. Pryce DC 3185     Date: 15/09/2025  14:05")
    pdf_simple(c, "DPN signed MARSH.pdf", "DPN", d, size=9.5, ftr=std_ftr(f"DPN - URN {c.urn}"))
    d = Doc()
    d.h("Selective extraction report - exhibit OP/2", 1)
    d.kv([("URN", c.urn), ("Device", "Apple iPhone 13 (Leanne MARSH) IMEI ...4417"), ("Authority", "DPN signed 15/09/2025"),
          ("Tool / method", "Kiosk logical extraction, selective: WhatsApp, single chat"),
          ("Parameters", "Chat with 07700 900561 ('Craig Gym'), 01/09/2025 00:00 to 16/09/2025 23:59"),
          ("Examiner", "DC 3185 PRYCE"), ("Date", "15/09/2025 14:20-14:55")], widths=(25, 75))
    d.table(["Date/time", "From", "Message"], [
        ["02/09/2025 06:51", "Craig Gym", "You doing Thursday 6am?"],
        ["02/09/2025 07:30", "Leanne", "Yeah if I can drag myself out of bed"],
        ["11/09/2025 18:02", "Craig Gym", "Class moved to 6.15 tomorrow fyi"],
        ["11/09/2025 18:40", "Leanne", "Cheers"],
        ["13/09/2025 21:05", "Craig Gym", "You out tonight?"],
        ["13/09/2025 21:30", "Leanne", "At the Copper Kettle with work lot"],
        ["14/09/2025 09:12", "Craig Gym", "sorry if I got carried away last night x"],
    ], widths=[20, 15, 65])
    d.p("No other data was extracted. The phone was returned to Ms MARSH at 16:40 on 15/09/2025.")
    pdf_simple(c, "Digital extraction report - selective.pdf", "DIGITAL_EXTRACT", d, size=9.5)
    d = Doc()
    d.h("STREAMLINED FORENSIC REPORT - SFR1", 1)
    d.kv([("Provider", "Veritas Forensic Services Ltd (Kestrel Vale contract)"), ("Lab ref", "VFS-25-88214"),
          ("Police ref / URN", f"KV-25-031877 / {c.urn}"), ("Date", "20/11/2025"),
          ("Items examined", "HQ/2 high vaginal swab; HQ/7 underwear; OP/5 reference buccal sample (Craig DALTON)")])
    d.p("Key findings: semen was detected on HQ/2 and HQ/7. A DNA profile obtained from the sperm fraction of HQ/2 "
        "matches the reference profile of Craig DALTON (OP/5). The probability of obtaining this match if the DNA came "
        "from an unknown person unrelated to Craig DALTON is in the order of one in a billion.")
    d.p("This is a streamlined report. If the findings are disputed a full evaluative statement (SFR2) can be provided.")
    d.p("Reporting scientist: Dr Amelia STROUD, 20/11/2025")
    pdf_simple(c, "SFR1 DNA.pdf", "FORENSIC", d, size=10)

    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                       "exhibits", "forensic_medical", "special_measures", "victim_care", "one_urn"]
    c.finish()
    return c


def web_print(c, fname, typ, doc, system, host, route, printed, crumb, role=None, size=9, orientation="P"):
    path = c.add(fname, typ, role)

    def hdr(p):
        p.set_font("Helvetica", "", 7)
        p.set_text_color(60, 60, 60)
        p.cell(60, 4, printed)
        p.cell(0, 4, f"{system} - {crumb} - {c.urn}", align="C", new_x="LMARGIN", new_y="NEXT")
        p.set_fill_color(0, 94, 160)
        p.rect(p.l_margin, p.get_y() + 1, p.epw, 6, style="F")
        p.set_text_color(255, 255, 255); p.set_font("Helvetica", "B", 8)
        p.set_xy(p.l_margin + 2, p.get_y() + 1.5)
        p.cell(0, 5, f"{system.upper()}   |   Cases   |   {c.urn}   |   {crumb}")
        p.set_text_color(0, 0, 0)
        p.ln(10)

    def ftr(p):
        p.set_y(-12)
        p.set_font("Helvetica", "", 7); p.set_text_color(60, 60, 60)
        p.cell(150 if orientation == "P" else 230, 4, f"https://{host}/cases/{c.urn}/{route}?view=print")
        p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R")
        p.set_text_color(0, 0, 0)
    render_pdf(doc, path, font="Sans", size=size, hdr=hdr, ftr=ftr, title=f"{system} - {crumb}", author=system,
               top=8, orientation=orientation)


# ==============================================================================================
# C2  Marlshire Constabulary - compliant. Web case-management print-outs (header/footer on every
#     page); terse bullet MG3 in "Doc1.docx"; CAD log as a spreadsheet; written complainant
#     statement (no ABE); CCTV clip; taxi driver = first account, named in MG3 only by relationship.
# ==============================================================================================
def case_c2(out):
    c = Case(out, "MC-52MC0230926-RAHMAN", "52MC0230926", exit_code=0, seed=202)
    SYS, HOST = "CaseLink", "caselink.marlshire.police.example"
    CR = "MC/26/004417"
    pr = lambda n: f"09/03/2026, 14:{10 + n:02d}"

    # ---------------- MG3 terse bullets
    d = Doc()
    d.p("MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION          OFFICIAL-SENSITIVE", bold=True)
    d.p(f"URN: {c.urn}     Crime ref: {CR}     Force: Marlshire Constabulary (Marlbury SOIT)")
    d.p("Suspect: KELLY, Jordan   DOB 19/10/1999   Plasterer, Hembury")
    d.p("Offences:\n- Assault by penetration, s.2 Sexual Offences Act 2003\n- Sexual assault, s.3 Sexual Offences Act 2003\n"
        "- Both 21/02/2026 approx 00:55, rear yard of The Lantern nightclub, Quay Street, Marlbury")
    d.p("Test sought: FULL CODE TEST", bold=True)
    d.p("Custody / bail:\n- Released under investigation 26/02/2026.\n- Why RUI not bail: no previous contact between them, he does not "
        "know her name or address, lives 15 miles away in Hembury, no contact attempted since. Bail conditions judged not "
        "necessary or proportionate (Insp. DRAYCOTT, 26/02/2026). IP told and content.")
    d.p("Early advice: not sought. CCTV, door staff and both first-account witnesses were secured within a week and "
        "the evidential picture is straightforward.")
    d.p("KEY EVIDENCE", bold=True)
    d.p("- IP Aisha RAHMAN (23), student. Written MG11 23/02/2026. Offered a video-recorded interview; she chose a written "
        "statement as she did not want to be filmed.\n"
        "- Met KELLY in the club that night. Danced, kissed on the dance floor (she accepts this). He said he needed air, "
        "took her hand to the rear yard. Pushed her against the wall, grabbed her breast under her top, put his hand inside "
        "her knickers and penetrated her vagina with his fingers. She said 'no, get off' and pushed him away. Left.\n"
        "- CCTV (DS/2, rear yard camera): 00:52 both go into yard; 00:58 IP comes back through the door alone, hand over "
        "mouth, walks fast to front exit. 00:59 KELLY returns, straightens his shirt.\n"
        "- Door supervisor Ryan CROSS: saw IP come through crying 'like she'd had a fright', saw KELLY follow 'grinning'.\n"
        "- First account 1: the taxi driver who took her home from the Quay Street rank at about 01:05. She told him in the "
        "cab what had happened. MG11 attached.\n"
        "- First account 2: text to friend Chloe BRENNAN at 01:22 'some guy just attacked me outside lantern. i feel sick. "
        "he put his hand in my knickers'; told Chloe in full next morning. MG11 attached; photo of the text HO/1.\n"
        "- PC 4102 LLOYD attended her home 12:10 on 21/02/2026 after 101 report: first officer, MG11 attached.")
    d.p("SUSPECT'S ACCOUNT", bold=True)
    d.p("- Interviewed 26/02/2026 with solicitor. Prepared statement: accepts dancing and kissing, went to the yard for "
        "air, they kissed again, she 'suddenly pulled away and went off'. Denies touching her breast or vagina. No comment "
        "to all questions. SDN attached.\n- Likely defence: denial of any sexual touching beyond consensual kissing.")
    d.p("LINES OF ENQUIRY (incl. pointing away from suspect)", bold=True)
    d.p("- All Lantern cameras 00:40-01:10 seized (DS/1). Dance floor camera 00:41 shows them kissing, which supports the "
        "suspect on that point - clipped as DS/3 and attached so it is not missed.\n"
        "- Front door supervisor Tyrone MILLS spoken to: saw nothing relevant (MG6C 7).\n"
        "- KELLY's friend Jake PEARCE: declined a statement; told DC OKAFOR that KELLY said 'she was all over me then went "
        "weird'. Could assist the defence; note scheduled (MG6C 6) and copy attached.\n"
        "- Taxi firm: no booking (rank pick-up), no dashcam in the vehicle (MG6C 8).\n"
        "- Any previous contact between IP and KELLY: none; neither has the other's number or social media.\n"
        "- Not pursued: IP's phone - she does not want it examined and it has not been. No reason to think it holds "
        "anything about an issue: no contact with KELLY before or after. Her message to Chloe was photographed on "
        "Chloe's phone with Chloe's agreement (HO/1); no device was downloaded. No third-party material about IP sought: "
        "no line of enquiry identified.")
    d.p("FORENSIC / MEDICAL", bold=True)
    d.p("- SARC examination offered twice (PC LLOYD 21/02, DC OKAFOR 23/02); IP declined both times and had showered. "
        "Decision recorded on crime report. No forensic or medical evidence exists; nothing outstanding.")
    d.p("OUTSTANDING EVIDENCE", bold=True)
    d.p("- None. No further enquiries are outstanding.")
    d.p("DISCLOSURE", bold=True)
    d.p("- MG6C and MG6D attached (CaseLink prints). RP material attached: CAD log, crime report, PNB records of "
        "first account (PC LLOYD) and the PEARCE note, witness PNC results (taxi driver has a 2015 theft conviction).")
    d.p("VICTIM / WITNESS", bold=True)
    d.p("- Special measures: s.17(4) eligible. No VRI, so her evidence in chief will be live and s.28 is not available; "
        "explained to her 23/02/2026 and she understands. She wants to give evidence by live link from a remote site, "
        "screens if she has to attend court. Not s.16 vulnerable; no intermediary needed.\n"
        "- Needs: dyslexic - asks for letters to be read to her by phone, prefers email. No interpreter.\n"
        "- ISVA: referred 23/02/2026 to Marlshire ISVA service (Kay FENWICK).\n"
        "- VPS: offered 23/02/2026 by DC OKAFOR. Declined for now; may make one later. Will re-offer at charge.")
    d.p("OIC: DC 2764 Hannah OKAFOR, Marlbury SOIT.  Tel 01632 960527.  Email hannah.okafor@marlshire.police.example")
    d.p("Supervisor: DS 2201 Piet ACHTERBERG - file reviewed 09/03/2026, approved for submission. (Sgd) P. Achterberg")
    render_docx(d, c.add("Doc1.docx", "MG3"), font="Calibri", size=10.5, author="HOkafor")

    # ---------------- statements (CaseLink)
    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "esig"))
        w.update(kw)
        return w
    mg11_web_pdf(c, W("Aisha RAHMAN", "RAHMAN, Aisha", "A. Rahman", "Student", "23/02/2026", [
        "I am 23 years old and a third-year student at Marlbury University. I have been told that I could give my "
        "account on video and I chose to give a written statement instead because I do not want to be filmed.",
        "On Friday 20th February 2026 I went to The Lantern nightclub on Quay Street with two friends from my course. "
        "We arrived about 22:45. I drank two vodka and lemonades and one glass of prosecco over the night. I was tipsy "
        "but I knew exactly what I was doing.",
        "At about midnight a man started dancing near me. I now know his name is Jordan KELLY. I had never seen him "
        "before. He was white, about 6 foot, short dark hair, wearing a light blue shirt. We danced and, yes, we kissed "
        "on the dance floor a couple of times. I was happy with that. My friends went home about 00:30 and I stayed "
        "because I was having a good time.",
        "At about 00:50 he said he was boiling and needed some air. He took my hand and led me through a door at the "
        "back near the toilets into a yard with bins. I thought we were just getting air. As soon as the door shut he "
        "pushed me back against the wall with his body. He kissed me hard and put his right hand up under my top and "
        "squeezed my left breast over my bra. I said 'no, not here' and tried to move his hand. He then undid the "
        "button of my jeans and pushed his hand down the front inside my knickers and put his fingers inside my "
        "vagina. It hurt. I said 'no, get off' and pushed his chest with both hands. He stepped back and laughed and "
        "said 'what's your problem'.",
        "I did up my jeans and went straight back inside and out through the front door. I did not say anything to the "
        "bouncer because I just wanted to get away. I walked to the taxi rank on Quay Street and got in the first cab. "
        "The driver asked if I was alright because I was crying and I told him a lad had just pushed me against a wall "
        "and put his hand inside me. He was kind and told me I should call the police. He took me home.",
        "At 01:22 I texted my friend Chloe BRENNAN. In the morning she rang me and came over and I told her everything. "
        "At 11:05 I rang 101. A police officer came to my flat about midday.",
        "I have been offered a medical examination at the SARC and I do not want one. I had a shower as soon as I got "
        "home because I felt dirty. I do not want my phone looked at; I have never had any contact with him on it. I "
        "have never seen him since and I did not give him my number.",
    ], place="Marlbury Police Station", taken_by="DC 2764 OKAFOR", witnessed="DC 2764 OKAFOR"),
        "caselink_print_0001.pdf", "complainant", SYS, HOST, pr(1), CR, 1)
    mg11_web_pdf(c, W("Mohammed ILYAS", "ILYAS, Mohammed", "M. Ilyas", "Private hire driver, Marlbury Cars", "24/02/2026", [
        "I am a licensed private hire and hackney driver in Marlbury and have been for twelve years. I drive a silver "
        "Toyota Prius for Marlbury Cars and work from the rank on Quay Street at weekends.",
        "In the early hours of Saturday 21st February 2026, at about five past one, a young woman got into the back of my "
        "car at the rank. She was Asian, slim, with long dark hair and a black top. She was crying very hard and "
        "shaking. She gave me an address off Grove Road. I asked her 'are you alright love, has something happened?'",
        "She said 'a lad just pushed me up against a wall round the back of the Lantern and put his hand inside me'. "
        "She pointed between her legs when she said 'inside me'. She said she had told him no. I said she should go "
        "to the police and she said she would think about it in the morning. She did not say anything else. I dropped "
        "her at Grove Road at about 01:15 and waited until she was inside.",
        "On Monday 23rd February the police contacted Marlbury Cars and I told them what I have said here. My car does "
        "not have a dashcam.",
    ], place="Marlbury Police Station", taken_by="DC 2764 OKAFOR", witnessed="DC 2764 OKAFOR"),
        "caselink_print_0002.pdf", "first_account", SYS, HOST, pr(2), CR, 2)
    mg11_web_pdf(c, W("Chloe BRENNAN", "BRENNAN, Chloe", "C. Brennan", "Student", "22/02/2026", [
        "I have been friends with Aisha RAHMAN since our first year at Marlbury University.",
        "At 01:22 on Saturday 21st February 2026 I received a text from Aisha which said 'some guy just attacked me "
        "outside lantern. i feel sick. he put his hand in my knickers'. I was asleep and saw it when I woke up at about "
        "09:30. I rang her straight away and she was crying. I went to her flat and got there at about 10:00.",
        "She told me that she had been dancing with a lad and kissed him, that he took her out the back for air and "
        "pushed her against a wall, grabbed her boob and then put his hand down her jeans and his fingers inside her. "
        "She said she told him no and pushed him off. She kept saying 'I only kissed him'. I told her to ring the "
        "police and sat with her while she rang 101.",
        "I showed the text on my phone to DC OKAFOR and agreed to her photographing the screen. She did not take my "
        "phone. I understand the photograph is exhibit HO/1.",
    ], place="Marlbury Police Station", taken_by="DC 2764 OKAFOR", witnessed="DC 2764 OKAFOR"),
        "caselink_print_0003.pdf", "first_account", SYS, HOST, pr(3), CR, 3)
    mg11_web_pdf(c, W("Gareth LLOYD", "LLOYD, Gareth", "G. Lloyd", "Police Constable 4102, Marlbury Neighbourhood Team",
                      "21/02/2026", [
        "I am a Police Constable with Marlshire Constabulary. At 11:40 on Saturday 21st February 2026 I was sent to an "
        "address on Grove Road, Marlbury, after a 101 report of a sexual assault. I arrived at 12:10 and was the first "
        "police officer to see Aisha RAHMAN. Her friend Chloe BRENNAN was with her.",
        "I explained that I only needed an outline and that a specially trained officer would take a full account. I "
        "recorded what she said in my pocket notebook at 12:15: 'I was at the Lantern last night. A lad I was dancing "
        "with took me out the back and pushed me on the wall and put his hand up my top and then in my jeans and his "
        "fingers inside me. I said no and pushed him off.' She described him as white, about six foot, dark short hair, "
        "light blue shirt. She had showered and put her clothes in the wash.",
        "I offered her a forensic medical examination at the SARC and explained what it involves. She said she did not "
        "want one. I recorded that on the crime report. I arranged for the Sexual Offences Investigation Team to contact "
        "her and left at 13:05.",
    ], place="Marlbury Police Station", taken_by="Self", witnessed=""),
        "caselink_print_0004.pdf", "officer", SYS, HOST, pr(4), CR, 4)
    mg11_web_pdf(c, W("Dev SHARMA", "SHARMA, Dev", "D. Sharma", "Police Constable 3390, Marlbury Town Centre Team",
                      "22/02/2026", [
        "I am a Police Constable with Marlshire Constabulary. At 14:00 on Sunday 22nd February 2026 I attended The "
        "Lantern, Quay Street, Marlbury, and met the manager, Mr Paul GRIMSHAW. He showed me the club's CCTV system, "
        "a 16-channel recorder. I checked the system clock against the speaking clock; it was 47 seconds fast. The "
        "times below are as displayed.",
        "Mr GRIMSHAW exported cameras 1 to 16 from 00:40 to 01:10 on 21st February 2026 onto a USB stick, which I "
        "sealed in bag MC00419921 and exhibit as DS/1. I later made a working clip of camera 11 (rear yard) from 00:52 "
        "to 00:59, which I exhibit as DS/2, and a clip of camera 4 (dance floor) from 00:40 to 00:42, which I exhibit as "
        "DS/3.",
        "On DS/2 I saw a man in a light blue shirt and a woman in a black top go through the rear door into the yard "
        "at 00:52. They move out of view to the left. At 00:58 the woman comes back alone through the door, holding "
        "her hand over her mouth, and walks quickly towards the front. At 00:59 the man returns and tucks his shirt in. "
        "On DS/3, camera 4 (dance floor), at 00:41 the same two people can be seen kissing.",
    ], place="Marlbury Police Station", taken_by="Self", witnessed=""),
        "caselink_print_0005.pdf", "officer", SYS, HOST, pr(5), CR, 5)
    mg11_classic_pdf(c, W("Ryan CROSS", "CROSS, Ryan", "R. Cross", "Door supervisor (SIA licensed)", "22/02/2026", [
        "I am an SIA-licensed door supervisor and work at The Lantern on Friday and Saturday nights. On the night of "
        "Friday 20th into Saturday 21st February 2026 I was posted inside by the corridor to the toilets and the rear "
        "yard door.",
        "At about 00:50 I saw a couple go out of the rear door. The man was tall with a light blue shirt. A few minutes "
        "later the woman came back in on her own. She was crying and had her hand over her mouth. She looked like she "
        "had had a fright. She went past me very quickly towards the front and I lost sight of her. A minute or so "
        "later the man came back in. He was grinning and tucking his shirt in. I did not speak to either of them.",
        "I would recognise the man again. I did not see what happened in the yard; there is no window.",
    ], sigmode="sgd", witnessed="PC 3390 SHARMA", taken="Typed copy of handwritten original. Original retained by OIC.",
        rear=[("Witness address", "Known to police (see MG6D)"), ("Home tel", "07700 900733"),
              ("Willing to attend court?", "Yes"), ("Special measures assessment needed?", "No"),
              ("Particular needs", "None"), ("VPS scheme explained (victims only)", "N/A - not a victim")]),
        "CROSS R statement (typed copy).pdf", "witness")

    # ---------------- crime report (CaseLink)
    d = Doc()
    d.h(f"Crime report {CR}", 2)
    d.kv([("Crime reference", CR), ("URN", c.urn), ("Linked CAD", "21/02/26-0187"),
          ("Offence", "Assault by penetration (SOA 2003 s.2); sexual assault (SOA 2003 s.3)"),
          ("Reported", "21/02/2026 11:05 (101 - victim)"),
          ("Offence date", "21/02/2026 00:50-00:58"), ("Location", "Rear yard, The Lantern, Quay Street, Marlbury"),
          ("OIC", "DC 2764 OKAFOR"), ("Status", "Investigation - file submitted to CPS")], widths=(26, 74), size=8.5)
    d.box("Victim", "RAHMAN, Aisha - female - 23 - Asian British (A3) - Muslim - dyslexia (reading). Enhanced "
          "service under the Victims' Code. SARC offered 21/02 and 23/02 - declined both times (recorded). ISVA "
          "referral 23/02/2026. VPS offered 23/02/2026, declined for now.", size=8.5)
    d.box("Suspect", "KELLY, Jordan - male - DOB 19/10/1999 - identified from CCTV by door supervisor and entry scanner "
          "log 24/02/2026 - interviewed 26/02/2026 - RUI.", size=8.5)
    d.table(["Date / time", "By", "Log"], [
        ["21/02/2026 11:05", "Control", "101 call from victim. CAD 21/02/26-0187."],
        ["21/02/2026 12:10", "PC 4102 LLOYD", "Attended. Initial account in PNB. SARC offered, declined. Clothing washed."],
        ["21/02/2026 15:30", "DS 2201 ACHTERBERG", "Crime confirmed, allocated Marlbury SOIT, DC OKAFOR."],
        ["22/02/2026 14:00", "PC 3390 SHARMA", "CCTV recovered from The Lantern DS/1. Door staff CROSS statement; MILLS saw nothing."],
        ["22/02/2026 16:20", "DC 2764 OKAFOR", "Statement Chloe BRENNAN; photo of 01:22 text on her phone (HO/1). No device taken."],
        ["23/02/2026 10:00", "DC 2764 OKAFOR", "Victim statement (written, her choice; VRI offered). SARC re-offered, declined. ISVA referral. VPS offered."],
        ["24/02/2026 11:00", "DC 2764 OKAFOR", "Taxi driver ILYAS traced via Marlbury Cars - statement. No dashcam."],
        ["24/02/2026 15:00", "DC 2764 OKAFOR", "Suspect identified: entry scanner log + CROSS. KELLY Jordan."],
        ["25/02/2026 18:30", "DC 2764 OKAFOR", "Jake PEARCE (friend of suspect) spoken to - declines statement. Comments in PNB."],
        ["26/02/2026 10:00", "DC 2764 OKAFOR", "KELLY arrested by appointment, interviewed (prepared statement, no comment). RUI - Insp DRAYCOTT."],
        ["09/03/2026 14:00", "DS 2201 ACHTERBERG", "File reviewed, MG3 approved for CPS FCT."],
    ], widths=[18, 20, 62], size=8)
    web_print(c, "caselink_print_0006.pdf", "CRIME_REPORT", d, SYS, HOST, "crime", pr(6), "Crime Report")

    # ---------------- CAD log spreadsheet
    rows = [
        ["21/02/2026 11:05:12", "CH 6610", "CALL", "101 call. Female caller states she was sexually assaulted by a male she met in The Lantern last night, in the rear yard, about 00:50. She is at home, safe, with a friend."],
        ["21/02/2026 11:06:40", "CH 6610", "DETAIL", "Caller Aisha RAHMAN 23. Suspect unknown W/M approx 6ft dark hair light blue shirt. Says he put his hand inside her jeans and 'inside me'."],
        ["21/02/2026 11:07:55", "CH 6610", "RISK", "THRIVE completed - Grade 2. No immediate threat. Forensic advice: caller has showered. Advised keep clothing."],
        ["21/02/2026 11:40:02", "DISP 2240", "RESOURCE", "MB14 PC 4102 LLOYD assigned."],
        ["21/02/2026 12:10:30", "MB14", "STATUS", "At scene."],
        ["21/02/2026 12:58:17", "MB14", "UPDATE", "Initial account obtained. SARC offered - declined. SOIT referral. Crime to be raised."],
        ["21/02/2026 13:05:44", "MB14", "STATUS", "Clear."],
        ["21/02/2026 13:20:09", "CRIME BUREAU", "RESULT", "Crime recorded MC/26/004417. Incident closed."],
    ]
    write_xlsx(c.add("CAD_export_210226_0187.xlsx", "INCIDENT_LOG"), [dict(
        title="Incident 21-02-26-0187",
        top=[["MARSHLINK CAD - INCIDENT EXPORT"], ["Incident", "21/02/26-0187"], ["URN", c.urn],
             ["Opened", "21/02/2026 11:05:12"], ["Classification", "SEXUAL OFFENCE - REPORTED LATER"],
             ["Location", "Grove Road, Marlbury (caller home)"], ["Closing code", "CRIME RECORDED MC/26/004417"]],
        headers=["Log time", "Operator / unit", "Entry type", "Text"], rows=rows, widths=[20, 14, 12, 110])],
        creator="MarshLink CAD")

    # ---------------- CCTV clip
    make_video(c.add("CCTV_Lantern_rear_0052-0059.mp4", "CCTV"), "cctv", 4,
               ["CH11 REAR YARD", "21-02-2026"], "00:52:10", 23, fps=8, audio=False)
    make_video(c.add("CCTV_Lantern_dancefloor_0040-0042.mp4", "CCTV"), "cctv", 2,
               ["CH04 DANCE FLOOR", "21-02-2026"], "00:40:55", 24, fps=8, audio=False)

    # ---------------- SDN + prepared statement
    d = Doc()
    d.h("SHORT DESCRIPTIVE NOTE OF INTERVIEW (SDN) WITH PREPARED STATEMENT", 2)
    d.kv([("URN", c.urn), ("Interviewee", "KELLY, Jordan (DOB 19/10/1999)"), ("Date / place", "26/02/2026, Marlbury Custody Suite"),
          ("Times", "10:42 - 11:19"), ("Officers", "DC 2764 OKAFOR, DC 1890 HEWITT"),
          ("Legal representative", "Mr Ian BALDWIN, Quayside Law"), ("Recording ref", "MB-DIR-26-03318")], widths=(28, 72), size=9)
    d.p("Prepared statement (read by Mr BALDWIN at 10:46):", bold=True)
    d.p("\"I, Jordan Kelly, was at The Lantern on the night of 20th into 21st February 2026. I met a girl on the dance "
        "floor. We danced and kissed a few times; she was very keen. I was hot and said I needed some air and she came "
        "with me into the back yard. We kissed again up against the wall. She suddenly pulled away and went back inside. "
        "I did not touch her breasts and I did not put my hand in her jeans or inside her. I do not know why she would "
        "say that. I will not be answering any further questions on legal advice.\" Signed J. Kelly 26/02/2026.")
    d.p("Summary of interview: the prepared statement was read and handed to officers. KELLY was then asked about: "
        "the CCTV timings (00:52 - 00:59); why the complainant was seen with her hand over her mouth; why he was tucking "
        "in his shirt on return; the account given to the taxi driver and to her friend; what was said in the yard; "
        "whether she said 'no'. He answered 'no comment' to every question. Special warning not given. Interview ended 11:19.")
    d.p("SDN prepared by DC 1890 HEWITT from the recording, 27/02/2026.")
    pdf_simple(c, "SDN KELLY J 260226.pdf", "ROTI", d, size=9.5, ftr=std_ftr(f"SDN KELLY - URN {c.urn}"))

    pnc_print(c, "PNC KELLY.pdf", "Marlshire Constabulary", "KELLY, JORDAN", "19/10/1999", "2017/0441902M", [],
              "09/03/2026 09:51", "DC 2764 OKAFOR",
              other="CAUTIONS: 1\n1. 14/06/2021 MARLSHIRE CONSTABULARY - SIMPLE CAUTION\n   OFFENCE: POSSESSING A CONTROLLED DRUG - CLASS B - CANNABIS (MISUSE OF DRUGS ACT 1971 S.5(2))")
    d = witness_pnc_doc(c, [
        ["RAHMAN, Aisha", "11/06/2002", "Complainant", "No trace", "Nil"],
        ["ILYAS, Mohammed", "03/05/1977", "First account (taxi driver)", "1 conviction: 11/2015 theft by employee, conditional discharge 12 months",
         "Rebuttable presumption - provided (MG6C item 13)"],
        ["BRENNAN, Chloe", "27/09/2003", "First account (friend)", "No trace", "Nil"],
        ["CROSS, Ryan", "06/02/1995", "Witness (door supervisor)", "No trace; SIA licence valid", "Nil"],
    ], "DC 2764 OKAFOR", "09/03/2026", note="No MG6B entries for PC 4102 LLOYD, PC 3390 SHARMA or DC 2764 OKAFOR.")
    web_print(c, "caselink_print_0009.pdf", "PNC", d, SYS, HOST, "checks/pnc-witness", pr(9), "Witness checks")

    # ---------------- PNB extracts (records of first complaint / PEARCE note)
    d = Doc()
    d.h("Pocket notebook extracts - copies for CPS", 2)
    d.p(f"URN {c.urn}")
    d.box("PC 4102 LLOYD - PNB 220415 p.17 - 21/02/2026",
          "12:10 Grove Rd. IP Aisha RAHMAN, friend Chloe BRENNAN present. 12:15 IP states: \"I was at the Lantern last "
          "night. A lad I was dancing with took me out the back and pushed me on the wall and put his hand up my top "
          "and then in my jeans and his fingers inside me. I said no and pushed him off.\" Susp W/M ~6ft dark short hair "
          "light blue shirt. IP showered, clothes washed. SARC offered - declined. 13:05 left. G. Lloyd")
    d.box("DC 2764 OKAFOR - PNB 301882 p.44 - 25/02/2026",
          "18:30 Spoke to Jake PEARCE at his home, Hembury. States he was with KELLY at the Lantern. Declines to make a "
          "statement: 'I don't want to get involved.' Said KELLY told him on the way home 'she was all over me then went "
          "weird'. Did not see KELLY leave the dance floor. H. Okafor")
    pdf_simple(c, "PNB extracts.pdf", ["OTHER"], d, size=9.5)

    # ---------------- MG6C / MG6D (CaseLink prints; MG6C runs over two pages)
    items = [
        ["1", "CAD incident log 21/02/26-0187: 101 report by victim 21/02/2026 11:05 and deployment", "CaseLink", "Rebuttable presumption. Copy provided."],
        ["2", "Crime report MC/26/004417 with investigation log to 09/03/2026", "CaseLink", "Rebuttable presumption. Copy provided."],
        ["3", "PC 4102 LLOYD pocket notebook 220415 p.17: initial account given by victim at 12:15 on 21/02/2026", "Marlbury SOIT", "Record of first complaint. Copy provided (PNB extracts)."],
        ["4", "Record of SARC offers made 21/02 and 23/02/2026 and victim's decision to decline (crime report entries)", "CaseLink", "Not considered to meet the test."],
        ["5", "Lantern entry scanner log 20-21/02/2026 showing admission times of KELLY (23:12) and RAHMAN (22:47)", "Marlbury SOIT", "Not considered to meet the test."],
        ["6", "DC OKAFOR PNB 301882 p.44: conversation with Jake PEARCE 25/02/2026, 'she was all over me then went weird'; declined statement", "Marlbury SOIT", "May assist the defence. Copy provided (PNB extracts)."],
        ["7", "PC SHARMA note of conversation with Tyrone MILLS, front door supervisor, 22/02/2026: saw nothing relevant", "Marlbury SOIT", "Not considered to meet the test."],
        ["8", "Email from Marlbury Cars 24/02/2026 confirming ILYAS on shift and vehicle has no dashcam", "CaseLink", "Not considered to meet the test."],
        ["9", "Custody record KELLY 26/02/2026 MB/C/26/1180", "Custody system", "Not considered to meet the test."],
        ["10", "Pre-interview disclosure document given to Mr BALDWIN 26/02/2026", "CaseLink", "Not considered to meet the test."],
        ["11", "RUI decision record and notification letter to KELLY 26/02/2026 (Insp. DRAYCOTT)", "CaseLink", "Not considered to meet the test."],
        ["12", "SIA licence check for Ryan CROSS 22/02/2026 - valid", "CaseLink", "Not considered to meet the test."],
        ["13", "PNC results for prosecution witnesses, including ILYAS conviction for theft by employee (2015)", "CaseLink", "Rebuttable presumption. Copy provided."],
        ["14", "The Lantern incident book, page for 20-21/02/2026: no entry relating to this incident", "The Lantern (copy on file)", "Not considered to meet the test."],
        ["15", "Handwritten original of Ryan CROSS statement 22/02/2026 (typed copy served)", "Marlbury SOIT", "Not considered to meet the test."],
        ["16", "Email from CCTV manager at The Lantern 22/02/2026 confirming system time 47 seconds fast", "CaseLink", "Not considered to meet the test."],
    ]
    d = Doc()
    d.h("MG6C - Police schedule of non-sensitive unused material", 2)
    d.kv([("URN", c.urn), ("R v", "KELLY, Jordan"), ("Disclosure officer", "DC 2764 Hannah OKAFOR"),
          ("Schedule status", "Submitted with MG3 - 09/03/2026")], widths=(26, 74), size=8.5)
    d.table(["No.", "Description and relative location", "Location", "Disclosure officer comment"], items,
            widths=[6, 54, 16, 24], size=10.5)
    d.p("I certify that, to the best of my knowledge and belief, all relevant material which has been retained and "
        "does not form part of the prosecution case is listed on this schedule.  Signed: H. Okafor  09/03/2026", size=8.5)
    web_print(c, "caselink_print_0007.pdf", "MG6C", d, SYS, HOST, "disclosure/mg6c", pr(7), "Disclosure - MG6C")
    d = Doc()
    d.h("MG6D - Police schedule of sensitive material", 2)
    d.kv([("URN", c.urn), ("R v", "KELLY, Jordan"), ("Disclosure officer", "DC 2764 Hannah OKAFOR")], widths=(26, 74), size=8.5)
    d.table(["No.", "Description", "Reason for sensitivity", "Comment"], [
        ["1", "Victim needs assessment 21/02/2026 (dyslexia, contact preferences, religion)", "Personal data of victim", "Does not meet the test."],
        ["2", "ISVA referral form 23/02/2026", "Victim support information", "Does not meet the test."],
        ["3", "Witness contact details (rear of MG11s) for RAHMAN, ILYAS, BRENNAN, CROSS", "Personal data of witnesses", "Does not meet the test."],
    ], widths=[6, 44, 26, 24], size=8.5)
    web_print(c, "caselink_print_0008.pdf", "MG6D", d, SYS, HOST, "disclosure/mg6d", pr(8), "Disclosure - MG6D")

    # ---------------- MG12
    d = Doc()
    d.p("MG12 EXHIBIT LIST", bold=True, size=13)
    d.p(f"URN {c.urn}   R v KELLY")
    d.table(["Exhibit", "Description", "Produced by", "Where"], [
        ["DS/1", "USB stick: The Lantern CCTV cameras 1-16, 00:40-01:10, 21/02/2026 (sealed MC00419921)", "PC 3390 SHARMA", "Property store"],
        ["DS/2", "CCTV clip camera 11 rear yard 00:52-00:59 (CCTV_Lantern_rear_0052-0059.mp4)", "PC 3390 SHARMA", "With file"],
        ["DS/3", "CCTV clip camera 4 dance floor 00:40-00:42 (CCTV_Lantern_dancefloor_0040-0042.mp4)", "PC 3390 SHARMA", "With file"],
        ["HO/1", "Photograph of text message 01:22 on Chloe BRENNAN's phone", "DC 2764 OKAFOR / C. BRENNAN", "With file (print on CaseLink)"],
    ], widths=[10, 55, 20, 15])
    render_docx(d, c.add("MG12.docx", "MG12"), author="HOkafor")

    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "key_statements",
                       "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
                       "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "files_readable", "one_urn", "abe_recording", "abe_summary", "abe_exhibited"]
    c.finish()
    return c


# ==============================================================================================
# C3  Northmoor Police - compliant. Child complainant (15); form teacher = first account (named);
#     MG3 as a box form answered "N/A" / "see above" where that is the right answer; ABE plan;
#     registered-intermediary assessment; scanned officer statement; Word incident summary and
#     Word crime record.
# ==============================================================================================
def case_c3(out):
    c = Case(out, "NM 41NM0517826 GRANT (child)", "41NM0517826", exit_code=0, seed=303)
    F = "Northmoor Police"
    CR = "NM/26/8812"

    # ---------------- MG3 form
    d = Doc()
    d.p("OFFICIAL-SENSITIVE", size=8, align="R")
    d.h("MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 1)
    d.kv([("URN", c.urn), ("Force / station", "Northmoor Police / Northby - Child Abuse Investigation Unit"),
          ("Suspect", "FOLEY, Dean  DOB 02/05/2003"), ("Complainant", "GRANT, Ellie-May  DOB 14/08/2010 (aged 15)"),
          ("Offence(s)", "1. Sexual activity with a child (penetration), SOA 2003 s.9(1) and (2) - 20/12/2025\n"
                         "2. Sexual activity with a child (penetration), SOA 2003 s.9(1) and (2) - 17/01/2026\n"
                         "Both at 9 Pell Court, Northby"),
          ("Date", "27/03/2026")], widths=(24, 76), size=9)
    boxes = [
        ("1. Full Code Test or Threshold Test?", "Full Code Test."),
        ("2. If Threshold Test: grounds and further evidence expected", "N/A"),
        ("3. Custody / bail status", "Pre-charge bail from 06/03/2026 to 06/06/2026. Conditions: (a) not to contact "
         "Ellie-May GRANT directly or indirectly, including by Snapchat, Instagram or any other online means; (b) not to "
         "go within 100 metres of Hollins Academy, Northby; (c) to live and sleep at 9 Pell Court, Northby. No breaches."),
        ("4. Summary of key evidence", "Ellie-May (15) met FOLEY (22) on Snapchat in November 2025. On 12/11/2025 she "
         "told him 'im 15 btw'; he replied 'age is just a number lol' (extraction report ME/1). She went to his flat on "
         "20/12/2025 and 17/01/2026 and on each occasion they had penile vaginal intercourse (ABE 05/03/2026, AH/1). "
         "On 03/03/2026 after a PSHE lesson she told her form tutor, Mrs Rachel OYELARAN, who made a note (RO/1) and "
         "told the designated safeguarding lead, Mr WEBB, who called police. Mrs OYELARAN is the first person she told; "
         "her statement is attached. Her mother's statement proves her date of birth (birth certificate KG/1) and that "
         "she was not where she said she was on both dates. PC TILLOTSON was the first officer to attend (statement "
         "attached)."),
        ("5. Identification issues", "N/A - FOLEY accepts he knows Ellie-May and has met her twice at his flat."),
        ("6. Suspect's account / likely defence", "Interviewed 06/03/2026 with solicitor (ROVI summary attached). Denies "
         "any sexual activity: they 'just chilled and watched films'. Says she told him she was 16 and in the sixth "
         "form. Shown 'im 15 btw': says he did not read it or thought it was a joke; 'age is just a number' was 'banter'. "
         "Likely defence: no sexual activity; alternatively reasonable belief that she was 16 or over."),
        ("7. Reasonable lines of enquiry pursued (including those that point away from the suspect)",
         "(a) Complainant's phone: Snapchat conversation with 'deanf_99' 01/11/2025 - 03/03/2026 only, under a DPN signed "
         "by Ellie-May and her mother on 05/03/2026. Goes to her age being known to him and to the two meetings. "
         "(b) Her whereabouts on both dates: her mother was told she was at a friend's (20/12) and the cinema (17/01); "
         "the friend's mother confirms she did not stay (MG6C 9). (c) House-to-house at Pell Court: the neighbour at "
         "no. 7 never saw a young girl visit and says FOLEY has a girlfriend of his own age - this could assist the "
         "defence and is provided (MG6C 10). (d) Whether she told anyone before 03/03/2026: she says not; her friends "
         "at school were not told (confirmed by Mr WEBB). (e) Suspect's phone seized on arrest (ME/2) - see box 11."),
        ("8. Lines of enquiry not pursued and why", "No school, social care or health records about Ellie-May have been "
         "requested: there is nothing to suggest they hold anything relevant to an issue, and a request would not be a "
         "reasonable line of enquiry. No wider download of her phone: the DPN parameters cover everything relevant."),
        ("9. Forensic / medical evidence", "No forensic medical examination: the last contact was seven weeks before "
         "disclosure and the paediatric SARC advised there would be no forensic benefit. Ellie-May had a health and "
         "wellbeing check at the paediatric SARC on 09/03/2026. She and her mother signed consent for the doctor's "
         "summary letter to be released to police and CPS; the letter is attached (no injuries, screening negative). "
         "No forensic evidence outstanding."),
        ("10. Digital material", "See above (box 7(a)). DPN and extraction report attached."),
        ("11. Outstanding evidence and target dates", "Suspect's Samsung phone (ME/2): Snapchat account 'deanf_99' and "
         "messages with the complainant 01/11/2025 - 06/03/2026, with the Digital Forensic Unit; target date 24/04/2026. "
         "Not needed for the decision: the messages are already recovered from her phone."),
        ("12. Early advice sought?", "N/A"),
        ("13. Unused material", "MG6C and MG6D attached. Incident summary, crime record, witness PNC results, ABE plan "
         "and house-to-house record attached."),
        ("14. Bad character / hearsay / other applications", "N/A"),
        ("15. Special measures, intermediary and s.28", "See MG2 attached. Ellie-May is under 18 and a vulnerable witness "
         "(s.16 YJCEA). ABE to be played as evidence in chief; she and her mother want s.28 pre-recorded "
         "cross-examination and live link from the Cedar Lodge suite. Registered intermediary assessment by Ms Fiona "
         "DUNMORE on 10/03/2026: no intermediary needed; recommends breaks every 30 minutes and short, plain questions "
         "(report attached)."),
        ("16. Victim's needs and support", "Children's ISVA referral 05/03/2026 (Northmoor ChISVA, Sam OKORO). Her mother "
         "supports her; school aware and providing pastoral support. No interpreter. Contact through her mother."),
        ("17. Victim Personal Statement", "VPS scheme explained to Ellie-May and her mother on 05/03/2026. Both wish to "
         "make a VPS once a decision is made."),
        ("18. Interpreter required?", "N/A"),
        ("19. Any other information", "N/A"),
    ]
    for lab, txt in boxes:
        d.box(lab, txt, size=9)
    d.kv([("Officer in the case", "DC 2650 Mark ELLERBY, Northby CAIU"), ("Telephone", "01632 960264"),
          ("Email", "mark.ellerby@northmoor.police.example"), ("Supervisor", "DS 1188 Jean KOWALCZYK"),
          ("Supervisor's comments", "Reviewed 27/03/2026. File meets the NFS for a full code test. Approved."),
          ("Supervisor signature / date", "J. Kowalczyk   27/03/2026")], widths=(30, 70), size=9)
    pdf_simple(c, "MG3.pdf", "MG3", d, size=9.5, hdr=std_hdr(f"{F} - MG3 - URN {c.urn}"),
               ftr=std_ftr("OFFICIAL-SENSITIVE when complete"))

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mg11_classic_pdf(c, W("Rachel OYELARAN", "OYELARAN, Rachel", "R. Oyelaran", "Teacher, Hollins Academy", "04/03/2026", [
        "I am a teacher of English at Hollins Academy, Northby, and have been Ellie-May GRANT's form tutor since she "
        "joined Year 10 in September 2025. I have completed the academy's annual safeguarding training.",
        "On Tuesday 3rd March 2026 I taught my form's PSHE lesson, which that week was about healthy relationships and "
        "consent. At the end of the lesson, at about 12:50, Ellie-May stayed behind when the others went to lunch. She "
        "looked nervous. She said 'Miss, can I talk to you about something? You won't tell my mum?' I told her that "
        "I could not promise to keep things secret if I was worried she might be at risk, but that I would only tell "
        "the people who needed to know.",
        "She said 'I've been seeing this guy, Dean. He's 22. I've been to his flat twice and we had sex. The first time "
        "was before Christmas. He said not to tell anyone because he'd get in trouble.' I asked her 'is there anything "
        "else you want to tell me?' She said that after the lesson she thought maybe it was not okay and that he "
        "knows she is fifteen because she told him. She started to cry. I did not ask her any other questions.",
        "I told her I needed to pass this to Mr WEBB, the designated safeguarding lead, and she said 'okay'. At 13:25, "
        "while it was fresh, I wrote down what she had said, as near as I could to her exact words, on a sheet of "
        "paper, and signed and dated it. I exhibit this note as RO/1. At 13:30 I took her to Mr WEBB's office and "
        "told him what she had said.",
        "Ellie-May has never spoken to me about anything like this before. She is a quiet, conscientious student.",
    ], witnessed="DC 2650 ELLERBY", taken="Statement taken by DC 2650 ELLERBY at Hollins Academy, 04/03/2026, 15:10-16:05.",
        rear=[("Address", "c/o Hollins Academy, Northby"), ("Work tel", "01632 960771"),
              ("Dates to avoid", "School holidays can attend"), ("Willing to attend court?", "Yes"),
              ("Special measures?", "Not required"), ("Needs", "None")]),
        "Statement - OYELARAN R (form tutor).pdf", "first_account")
    mg11_classic_pdf(c, W("Amira HOLT", "HOLT, Amira", "A. Holt", "Detective Constable 3021, Northby CAIU", "05/03/2026", [
        "I am a Detective Constable in the Northby Child Abuse Investigation Unit and a trained ABE interviewer for "
        "child witnesses.",
        "On Thursday 5th March 2026 between 10:00 and 10:48 I conducted a video-recorded interview with Ellie-May GRANT "
        "(15) at the Cedar Lodge ABE suite, Northby, in accordance with Achieving Best Evidence. DC Ian FRY monitored. "
        "Before the interview I had prepared a written interview plan with DC ELLERBY and assessed Ellie-May's "
        "communication in a rapport meeting; she communicates well for her age and I did not consider an intermediary "
        "necessary for the interview.",
        "At the end of the interview I made a master recording, which I sealed in bag NM00551872 and exhibit as AH/1, "
        "and a working copy, which I exhibit as AH/2. I have prepared a summary of the interview, which I exhibit as "
        "AH/3.",
    ], witnessed="", taken="Police witness: statement written by officer."),
        "Statement - HOLT A (ABE).pdf", "officer")
    # PC TILLOTSON - scanned signed original
    w = W("Josh TILLOTSON", "TILLOTSON, Josh", "J. Tillotson", "Police Constable 5512, Northby Response", "03/03/2026", [
        "I am a Police Constable with Northmoor Police. At 13:58 on Tuesday 3rd March 2026 I was sent to Hollins Academy, "
        "Northby, following a call from the designated safeguarding lead about a disclosure by a pupil. I arrived at "
        "14:25 and was the first officer to attend.",
        "I spoke to Mr Colin WEBB and to Mrs Rachel OYELARAN. Mrs OYELARAN told me that at about 12:50 Ellie-May GRANT, "
        "aged 15, had told her she had been seeing a man called Dean who is 22 and had been to his flat twice and had "
        "sex with him, the first time before Christmas, and that he knew she was 15. Mrs OYELARAN showed me the note she "
        "had made at 13:25, which she kept.",
        "I spoke to Ellie-May briefly in Mr WEBB's office with him present, only to check her safety. I did not ask her "
        "about what had happened, as an ABE interview would be arranged. She told me the man was Dean FOLEY, he lives at "
        "Pell Court, she last saw him on 17th January and he messages her every day. She was calm but tearful.",
        "At 15:20 I took Ellie-May home and explained the situation to her mother, Karen GRANT. I informed the CAIU and "
        "the duty DS. I left at 16:10.",
    ], sigmode="scribble", witnessed="")
    mg11_image(c, w, None, "officer", kind="scan", pdfname="scan_0004.pdf")
    mg11_plain_docx(c, W("Karen GRANT", "GRANT, Karen", "K. Grant", "Pharmacy assistant", "06/03/2026", [
        "I am the mother of Ellie-May GRANT, who was born on 14th August 2010. I produce a copy of her birth certificate, "
        "which I exhibit as KG/1.",
        "On Saturday 20th December 2025 Ellie-May told me she was staying overnight at her friend Lily's house. I dropped "
        "her at the end of Lily's road at about 17:00 and collected her from the same place at 11:00 the next day. On "
        "Saturday 17th January 2026 she told me she was going to the cinema in town with friends and came home at about "
        "21:30. I had no reason to doubt her.",
        "In January I noticed she had a new bottle of perfume which she said Lily had given her for Christmas.",
        "On 3rd March 2026 a police officer brought Ellie-May home from school and told me what she had said to her "
        "teacher. That evening Ellie-May told me a little about Dean but said she did not want to talk about the "
        "details with me. I did not push her.",
        "I agreed to Ellie-May being interviewed on video and to the police looking at her Snapchat messages with Dean "
        "only, and I signed the form with her. I want Ellie-May to be able to give her evidence without going into the "
        "courtroom.",
    ], sigmode="signed", witnessed="DC 2650 ELLERBY",
        taken="Typed copy - original signed statement held by OIC."), "Doc 2 - statement K Grant.docx", "witness", F)
    mg11_classic_pdf(c, W("Colin WEBB", "WEBB, Colin", "C. Webb", "Deputy Headteacher and Designated Safeguarding Lead, Hollins Academy",
                          "04/03/2026", [
        "I am Deputy Headteacher and the Designated Safeguarding Lead at Hollins Academy, Northby.",
        "At about 13:30 on Tuesday 3rd March 2026 Mrs OYELARAN brought Ellie-May GRANT to my office and told me what "
        "Ellie-May had said to her after the PSHE lesson. I asked Ellie-May only whether she was safe to go home and "
        "whether the man knew where she was today. She said she was, and that he did not know. She told me his name "
        "was Dean and that he is 22.",
        "At 13:52 I telephoned the police on 101 and then made a referral to the local authority children's services "
        "front door. A police officer arrived at 14:25.",
        "I later asked Ellie-May's two closest friends' form tutors whether there had been any concerns. There had been "
        "none and Ellie-May told me she had not told her friends.",
    ], witnessed="DC 2650 ELLERBY"), "Statement - WEBB C (DSL).pdf", "witness")
    mg11_plain_docx(c, W("Mark ELLERBY", "ELLERBY, Mark", "M. Ellerby", "Detective Constable 2650, Northby CAIU", "07/03/2026", [
        "I am the officer in the case. On 5th March 2026, after her ABE interview, I explained the Digital Processing "
        "Notice to Ellie-May GRANT and her mother Karen GRANT. Both agreed, and both signed the notice, to a selective "
        "extraction limited to Ellie-May's Snapchat conversation with the account 'deanf_99' from 1st November 2025 "
        "to 3rd March 2026, including images sent within that conversation, and her phone contact entry for 'Dean'. "
        "The extraction was done at the Northby digital hub the same afternoon and the phone was returned at 17:15. "
        "I exhibit the extraction report as ME/1.",
        "At 07:10 on 6th March 2026 I arrested Dean FOLEY at 9 Pell Court, Northby. I seized a black Samsung Galaxy "
        "phone from him, which I exhibit as ME/2. It was submitted to the Digital Forensic Unit on 7th March 2026.",
    ], sigmode="signed", witnessed=""), "Statement - ELLERBY M.docx", "officer", F)

    # ---------------- ABE
    video_abe(c, "VRI_GRANT_EM_050326.mp4", "05/03/2026", "10:00:00", ["CEDAR LODGE ABE SUITE", "05/03/2026 CAM 1"], seed=31)
    d = Doc()
    d.h("ABE interview - summary (AH/3)", 1)
    d.kv([("Witness", "Ellie-May GRANT (15)"), ("URN", c.urn), ("Date / time", "05/03/2026 10:00 - 10:48"),
          ("Location", "Cedar Lodge ABE suite, Northby"), ("Interviewer / monitor", "DC 3021 HOLT / DC 4107 FRY"),
          ("Recording", "AH/1 master, AH/2 working copy (VRI_GRANT_EM_050326.mp4)")], widths=(26, 74))
    d.p("00:00 Introductions, explanation of cameras and people in monitoring room. 00:02 Ground rules: 'I don't "
        "know', correcting the interviewer, truth and lies - she demonstrates understanding.")
    d.p("00:05 Free narrative. Met 'Dean' on Snapchat (quick add) in November. He said he was 22. She told him she "
        "was 15 'straight away, the first week'. They messaged every day. He sent her money for a taxi.")
    d.p("00:12 20th December: told mum she was staying at Lily's. Got a taxi to Pell Court. Watched a film; he kissed "
        "her; they went to the bedroom and had sex ('he put his penis in my vagina'). He used a condom. She stayed the "
        "night; he gave her perfume in the morning.")
    d.p("00:21 17th January: told mum she was at the cinema. At his flat about 17:00; had sex again in his bedroom. "
        "He drove her to the end of her road at about 21:15.")
    d.p("00:27 Questioning: layout of flat (blue sofa, big TV, bedroom at the end on the left), his tattoo on left "
        "forearm (a compass), what he said about her age ('he said it's fine as long as no one finds out').")
    d.p("00:39 Why she told Mrs OYELARAN: the PSHE lesson made her realise 'it wasn't normal'. Has not told anyone else.")
    d.p("00:45 Anything else; closing at 10:48.")
    pdf_simple(c, "ABE summary GRANT.pdf", "ABE_SUMMARY", d, size=10, ftr=std_ftr(f"URN {c.urn} - AH/3"))
    d = Doc()
    d.h("ABE INTERVIEW PLAN", 1)
    d.kv([("Witness", "Ellie-May GRANT, 15"), ("URN", c.urn), ("Planned by", "DC 3021 HOLT with DC 2650 ELLERBY"),
          ("Date", "04/03/2026")], widths=(25, 75))
    d.box("Objectives", "Obtain her best evidence of the two occasions of sexual activity, how they met, what he knew "
          "about her age, and the circumstances of disclosure to her teacher.")
    d.box("Witness assessment", "Age 15, Year 10, no SEN. Rapport meeting to confirm communication. Parent not to be "
          "present at her request. Breaks offered every 30 minutes. Intermediary: not needed for interview on present "
          "information; RI assessment to be requested for trial.")
    d.box("Structure", "Rapport; ground rules; free narrative; questioning (each occasion separately; age; gifts and "
          "money; how he contacted her; who else knows); closure.")
    d.box("Points to cover", "Dates (20/12/2025 and 17/01/2026); location; specific acts; condom use; messages about "
          "age; instructions to keep it secret.")
    render_docx(d, c.add("ABE plan - EMG.docx", "ABE_PLAN"), author="AHolt")

    # ---------------- incident summary (Word) and crime record (Word table)
    d = Doc()
    d.p("NORTHMOOR POLICE - COMMAND AND CONTROL", bold=True)
    d.p("INCIDENT SUMMARY REPORT", bold=True, size=14)
    d.kv([("Incident number", "NM-260303-0655"), ("Date created", "03/03/2026 13:52"), ("Source", "101 - professional caller"),
          ("Caller", "Colin WEBB, DSL Hollins Academy, 01632 960770"), ("Initial classification", "CHILD PROTECTION / SEXUAL OFFENCE"),
          ("Final classification", "SEXUAL ACTIVITY WITH A CHILD - CRIME " + CR), ("URN (added)", c.urn)], widths=(30, 70))
    d.table(["Time", "User", "Remark"], [
        ["13:52", "OP 8812", "Caller is DSL at Hollins Academy. Year 10 pupil (F, 15) disclosed to her form tutor at 12:50 sexual activity with a 22 y/o male 'Dean' at his flat on two occasions, last 17/01/2026. Pupil safe in school."],
        ["13:55", "OP 8812", "Caller has referred to children's services. Requests police attendance. Advised not to question the pupil further."],
        ["13:58", "DISP 0419", "NB31 PC 5512 TILLOTSON assigned. CAIU informed - DS KOWALCZYK."],
        ["14:25", "NB31", "At school."],
        ["15:22", "NB31", "Suspect named as Dean FOLEY, Pell Court. Pupil taken home to mother. Strategy discussion requested."],
        ["16:14", "NB31", "Clear. CAIU taking ownership. Crime raised " + CR + "."],
    ], widths=[10, 14, 76])
    render_docx(d, c.add("Incident NM-260303-0655.docx", "INCIDENT_LOG"), author="C&C export")
    d = Doc()
    d.p("CRIME RECORD", bold=True, size=14)
    d.table(["Field", "Entry"], [
        ["Crime number", CR], ["URN", c.urn], ["Offence", "Sexual activity with a child (penetration) x2 - SOA 2003 s.9"],
        ["Date(s) committed", "20/12/2025 and 17/01/2026"], ["Location", "9 Pell Court, Northby"],
        ["Date reported", "03/03/2026 13:52 (DSL Hollins Academy)"],
        ["Victim", "GRANT, Ellie-May, F, 15, White British; vulnerable (child). Parent: Karen GRANT."],
        ["Suspect", "FOLEY, Dean, M, DOB 02/05/2003. Arrested 06/03/2026; pre-charge bail to 06/06/2026 with conditions."],
        ["Victim care", "Enhanced entitlement (child; sexual offence). ChISVA referral 05/03/2026. VPS explained 05/03/2026."],
        ["OIC", "DC 2650 ELLERBY"],
        ["Investigation summary", "03/03 disclosure to teacher; strategy discussion 04/03; ABE 05/03; DPN + selective "
         "extraction 05/03; arrest and ROVI 06/03; paediatric health check 09/03; RI assessment 10/03; H2H Pell Court "
         "12/03; file to CPS 27/03."],
    ], widths=[25, 75])
    render_docx(d, c.add("Crime record NM-26-8812.docx", "CRIME_REPORT"), author="Crime recording")

    # ---------------- ROVI
    d = Doc()
    d.h("Record of video-recorded interview (ROVI) - summary", 2)
    d.kv([("URN", c.urn), ("Interviewee", "Dean FOLEY"), ("Date", "06/03/2026"), ("Time", "11:05 - 11:52"),
          ("Place", "Northby Custody, Interview Room 2"), ("Officers", "DC 2650 ELLERBY, DC 3021 HOLT"),
          ("Solicitor", "Mr Kamal ANSARI, Ansari & Co")], widths=(25, 75))
    d.p("FOLEY was cautioned and said he understood. He answered questions. He met Ellie-May on Snapchat 'a few months "
        "ago'. He accepts she came to his flat twice, before Christmas and in January. He says they 'just chilled and "
        "watched films' and nothing sexual happened. He says she told him she was 16 and in the sixth form at college. "
        "He was shown the message 'im 15 btw' of 12/11/2025: he says he did not read it properly or thought she was "
        "joking. Shown his reply 'age is just a number lol': 'just banter, I didn't mean anything'. Asked why he gave her "
        "money for taxis and perfume: 'to be nice'. Asked why he told her not to tell anyone: denies saying that. He "
        "declined to give the PIN for his phone. Interview concluded 11:52.")
    d.p("Summary prepared by DC ELLERBY 08/03/2026.")
    pdf_simple(c, "ROVI FOLEY 060326.pdf", "ROTI", d, size=10, ftr=std_ftr(f"URN {c.urn}"))

    pnc_print(c, "PNC FOLEY D.pdf", F, "FOLEY, DEAN", "02/05/2003", "2021/0219004T", [], "27/03/2026 09:12", "DC 2650 ELLERBY")
    d = witness_pnc_doc(c, [
        ["GRANT, Ellie-May", "14/08/2010", "Complainant", "No trace", "Nil"],
        ["OYELARAN, Rachel", "21/04/1986", "First account (form tutor)", "No trace", "Nil"],
        ["WEBB, Colin", "09/12/1972", "Witness (DSL)", "No trace", "Nil"],
        ["GRANT, Karen", "30/07/1983", "Witness (mother)", "No trace", "Nil"],
    ], "DC 2650 ELLERBY", "27/03/2026")
    pdf_simple(c, "Witness PNC.pdf", "PNC", d, size=10)

    # ---------------- schedules (Word)
    d = Doc()
    d.h("MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 2)
    d.p(f"URN: {c.urn}     R v Dean FOLEY     Disclosure officer: DC 2650 Mark ELLERBY     Page 1 of 1")
    d.table(["Item", "Description and relative location", "Location", "D.O. comment"], [
        ["1", "Incident summary NM-260303-0655 (101 call from DSL, 03/03/2026 13:52)", "CAIU file", "Rebuttable presumption - copy provided"],
        ["2", "Crime record " + CR, "Crime system", "Rebuttable presumption - copy provided"],
        ["3", "ABE interview plan for Ellie-May GRANT, 04/03/2026", "CAIU file", "Copy provided for information"],
        ["4", "PC 5512 TILLOTSON pocket notebook 03/03/2026 pp.12-14 (information from DSL and teacher) - content reproduced in his MG11", "Northby", "Not considered to meet the test beyond the served MG11"],
        ["5", "PNC results for prosecution witnesses (all no trace)", "CAIU file", "Copy provided"],
        ["6", "Custody record FOLEY 06/03/2026 NB/C/26/0771", "Custody system", "Not considered to meet the test"],
        ["7", "Pre-interview disclosure given to Mr ANSARI 06/03/2026", "CAIU file", "Not considered to meet the test"],
        ["8", "Bail record and conditions 06/03/2026", "Custody system", "Not considered to meet the test"],
        ["9", "Note of enquiry with Lily ASPREY's mother 11/03/2026: Ellie-May did not stay at their house on 20/12/2025", "CAIU file", "Not considered to meet the test"],
        ["10", "House-to-house record HH/PC/02, 7 Pell Court: never saw a young girl visit; FOLEY has a girlfriend about his age", "CAIU file", "May assist defence - copy provided"],
        ["11", "Original handwritten note of disclosure made by Mrs OYELARAN 03/03/2026 13:25 (exhibit RO/1)", "Exhibit store", "Exhibit - listed on MG12"],
    ], widths=[6, 54, 14, 26], size=9)
    d.p("Signed: M. Ellerby   Disclosure officer   27/03/2026")
    render_docx(d, c.add("MG6C FOLEY.docx", "MG6C"), author="MEllerby", landscape=True)
    d = Doc()
    d.h("MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 2)
    d.p(f"URN: {c.urn}     R v Dean FOLEY     Disclosure officer: DC 2650 Mark ELLERBY")
    d.table(["Item", "Description", "Reason for sensitivity", "D.O. comment"], [
        ["1", "Minutes of police / children's social care strategy discussion 04/03/2026 (police copy)", "Child's personal and family information; multi-agency confidentiality", "Does not meet the test"],
        ["2", "Hollins Academy referral to children's services front door 03/03/2026 (police copy)", "Child's personal information", "Does not meet the test"],
        ["3", "Contact details of Ellie-May GRANT and Karen GRANT", "Personal data", "Does not meet the test"],
    ], widths=[6, 44, 30, 20], size=9)
    d.p("Signed: M. Ellerby   27/03/2026")
    render_docx(d, c.add("MG6D FOLEY.docx", "MG6D"), author="MEllerby")
    d = Doc()
    d.h("House-to-house record HH/PC/02", 2)
    d.kv([("URN", c.urn), ("Address", "7 Pell Court, Northby"), ("Date", "12/03/2026 18:40"), ("Officer", "PC 5512 TILLOTSON"),
          ("Occupant", "Mrs Brenda FAIRLIE")], widths=(25, 75))
    d.p("Has lived next door to no. 9 for two years. Knows Dean to say hello. Has never seen a young girl visit. He has "
        "a girlfriend 'about his age, dark hair' who stays at weekends. Did not notice anything on 20/12/2025 or "
        "17/01/2026. Does not want to make a statement unless needed.")
    pdf_simple(c, "HH-PC-02.pdf", ["OTHER"], d, size=10)

    # ---------------- MG2, DPN, extraction, health letter, RI report, MG12
    d = Doc()
    d.h("MG2  SPECIAL MEASURES ASSESSMENT", 1)
    d.kv([("URN", c.urn), ("Witness", "Ellie-May GRANT (DOB 14/08/2010)"),
          ("Eligibility", "Vulnerable: under 18 at the time of the hearing (s.16(1)(a) YJCEA 1999). Also s.17(4)."),
          ("Measures sought", "s.27 ABE as evidence in chief; s.28 pre-recorded cross-examination; s.24 live link from Cedar Lodge suite"),
          ("Witness's views", "Does not want to see FOLEY or go into the courtroom. Wants to 'get it done before my GCSEs'. "
                              "Her mother agrees and wants s.28."),
          ("Intermediary", "RI assessment 10/03/2026 (Fiona DUNMORE, RI no. 0417): not required; ground rules recommended"),
          ("Other needs", "Breaks every 30 minutes; short plain questions; ChISVA Sam OKORO to support"),
          ("Completed by", "DC 2650 ELLERBY 27/03/2026")], widths=(28, 72))
    render_docx(d, c.add("MG2 GRANT.docx", "MG2"), author="MEllerby")
    d = Doc()
    d.h("DIGITAL PROCESSING NOTICE - victim / witness", 1)
    d.kv([("URN", c.urn), ("Device user", "Ellie-May GRANT (15) - with parent Karen GRANT"), ("Device", "iPhone 12 (white)"),
          ("Reasonable line of enquiry", "Messages between Ellie-May and the suspect are relevant to whether he knew her age, "
                                         "to the dates they met and to what he asked her to do."),
          ("What will be extracted", "Snapchat conversation with account 'deanf_99' from 01/11/2025 to 03/03/2026, including "
                                     "images sent in that conversation; the phone contact entry 'Dean'. Nothing else."),
          ("What will not be examined", "Any other conversation, app, photo gallery, browsing history or location data."),
          ("Method and return", "Selective extraction at Northby digital hub; phone returned the same day."),
          ("Retention and disclosure", "Only the extracted conversation is kept. Relevant material may be shown to the CPS "
                                       "and, if it meets the disclosure test, to the defence.")], widths=(30, 70))
    d.p("We agree to the extraction described above. We have been told we can withdraw agreement before it is done.")
    d.sig("Signed: E-M. Grant (device user)   Signed: K. Grant (parent)   Date: 05/03/2026 14:30")
    d.sig("Officer: M. Ellerby DC 2650   Date: 05/03/2026 14:30")
    pdf_simple(c, "DPN GRANT.pdf", "DPN", d, size=9.5)
    d = Doc()
    d.h("Selective extraction report (ME/1)", 1)
    d.kv([("URN", c.urn), ("Device", "iPhone 12 - Ellie-May GRANT"), ("Authority", "DPN 05/03/2026"),
          ("Scope", "Snapchat chat with 'deanf_99' 01/11/2025-03/03/2026; contact 'Dean'"), ("Examiner", "DC 2650 ELLERBY")], widths=(22, 78))
    d.table(["Date/time", "From", "Content"], [
        ["11/11/2025 20:14", "deanf_99", "hey u look familiar"],
        ["12/11/2025 19:02", "Ellie-May", "im 15 btw"],
        ["12/11/2025 19:05", "deanf_99", "age is just a number lol"],
        ["18/12/2025 21:40", "deanf_99", "sat still on? ill send u taxi money"],
        ["20/12/2025 16:20", "deanf_99", "mums the word x dont tell no one"],
        ["15/01/2026 22:03", "deanf_99", "sat again? say ur at cinema"],
        ["17/01/2026 21:20", "deanf_99", "drop u at the corner"],
        ["02/03/2026 23:11", "deanf_99", "miss u when r we next"],
    ], widths=[20, 15, 65])
    d.p("Contact entry 'Dean': 07700 900219. No other data extracted.")
    pdf_simple(c, "Extraction report ME1.pdf", "DIGITAL_EXTRACT", d, size=9.5)
    d = Doc()
    d.h("Paediatric SARC - health and wellbeing assessment: summary for police", 2)
    d.p("Willow Bank Paediatric SARC, Northby        Dr Nia PRITCHARD, consultant paediatrician        13/03/2026")
    d.p(f"Re: Ellie-May GRANT (DOB 14/08/2010)   Police ref {CR} / URN {c.urn}")
    d.p("Ellie-May attended with her mother on 09/03/2026 for a health and wellbeing assessment. A forensic examination "
        "was not indicated because the last reported contact was on 17/01/2026. There were no injuries. Sexual health "
        "screening was negative. She has been referred to the ChISVA and to CAMHS for emotional support.")
    d.p("Consent: Ellie-May and her mother gave written consent on 09/03/2026 for this summary to be shared with the "
        "police and the Crown Prosecution Service. The full clinical notes have not been shared and have not been "
        "requested.")
    d.p("Dr N. Pritchard")
    pdf_simple(c, "SARC letter 130326.pdf", "MEDICAL", d, size=10)
    d = Doc()
    d.h("Registered Intermediary - assessment report (summary)", 2)
    d.kv([("Witness", "Ellie-May GRANT (15)"), ("URN", c.urn), ("RI", "Fiona DUNMORE, RI no. 0417"), ("Date of assessment", "10/03/2026")], widths=(25, 75))
    d.p("Ellie-May communicates at a level expected for her age. She understands and answers open and closed questions "
        "and can say when she does not understand. I do not consider that an intermediary is needed at trial. I recommend "
        "ground rules: short, single-point questions; no tag questions; a break every 30 minutes; the advocate to check "
        "understanding of time words.")
    pdf_simple(c, "RI assessment GRANT.pdf", ["OTHER"], d, size=10)
    d = Doc()
    d.h("MG12 - EXHIBIT LIST", 1)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Producer"], [
        ["AH/1", "ABE master recording 05/03/2026 (sealed NM00551872)", "DC HOLT"],
        ["AH/2", "ABE working copy (VRI_GRANT_EM_050326.mp4)", "DC HOLT"],
        ["AH/3", "ABE summary", "DC HOLT"],
        ["RO/1", "Handwritten note of disclosure 03/03/2026 13:25", "Mrs OYELARAN"],
        ["KG/1", "Copy birth certificate of Ellie-May GRANT", "Mrs K. GRANT"],
        ["ME/1", "Selective extraction report (complainant's phone)", "DC ELLERBY"],
        ["ME/2", "Samsung Galaxy phone seized from FOLEY", "DC ELLERBY"],
    ], widths=[12, 66, 22])
    pdf_simple(c, "MG12.pdf", "MG12", d, size=10)

    c.must_not_fail = ["mg3_present", "test_sought", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "exhibits",
                       "forensic_medical", "special_measures", "victim_care", "one_urn", "multimedia"]
    c.finish()
    return c


# ==============================================================================================
# C4  Severnbrook Police - compliant. Ex-partner rape; GP receptionist = first account (MG3 names
#     her only as "the receptionist at her GP surgery"); written complainant statement (typed copy
#     "Signed:"); neighbour's statement as a phone photo; landscape incident log running over pages;
#     crime report as a plain-text export; early advice record; third-party request with notice;
#     DMD; VPS; forensic results outstanding with a date.
# ==============================================================================================
def case_c4(out):
    c = Case(out, "SB_22SB0098126", "22SB0098126", exit_code=0, seed=404)
    F = "Severnbrook Police"
    CR = "SB/2602/1187"
    INC = "SB-050226-0412"

    # ---------------- MG3 (standard boxed form, Times)
    d = Doc()
    d.p("OFFICIAL-SENSITIVE (when complete)", size=8, align="R")
    d.h("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 1, "C")
    d.p("MG3", bold=True, align="C")
    d.urnbox(c.urn)
    d.kv([("Police force", "Severnbrook Police - Public Protection Unit (RASSO)"),
          ("Suspect", "HOLLIS, Martin  DOB 28/01/1980  HGV driver"),
          ("Offence", "Rape (Sexual Offences Act 2003, s.1) - 02/02/2026 at 6 Orchard Close, Severnbrook"),
          ("Complainant", "PRICE, Joanne (41) - former partner of the suspect"),
          ("Charging decision sought", "Full Code Test")], widths=(26, 74), size=10)
    d.box("Bail / custody", "Arrested 09/02/2026; pre-charge bail to 09/05/2026 with conditions: not to contact "
          "Joanne PRICE directly or indirectly; not to enter Orchard Close, Severnbrook; to reside at Flat 2, 19 Quarry "
          "Road, Severnbrook. No breaches reported.")
    d.box("Early advice", "Early advice was sought and given by Ms Priya NAIR (CPS RASSO unit) on 12/02/2026; the record "
          "is attached. Each point has been completed: (1) the GP receptionist's statement and the practice's note of "
          "the call have been obtained; (2) a selective extraction of the complainant's messages with the suspect "
          "(25/01/2026 - 05/02/2026) has been made under a DPN; (3) house-to-house on Orchard Close is complete; (4) the "
          "forensic results are awaited (below).")
    d.box("Summary of the case", "Joanne PRICE and Martin HOLLIS were together for six years and separated in November "
          "2025. On 02/02/2026 he came to her home at 21:00, by arrangement, to collect his belongings. They argued about "
          "his new partner. At about 22:40 he pushed her onto her bed, held her left wrist, pulled down her leggings and "
          "raped her, ignoring her saying 'no' and 'get off me'. He left at about 23:35 in his white Transit van. The "
          "neighbour, Kevin ASPINALL, heard a woman shout 'get off me' and a thud at about 22:40 and saw the van leave at "
          "about 23:40.\n"
          "At 08:14 the next morning she rang her GP surgery for the morning-after pill. When the receptionist asked "
          "whether it was urgent she broke down and said 'my ex forced himself on me last night'. The receptionist at her "
          "GP surgery is the first person she told; her statement is attached, and so is the note she made on the "
          "appointment system at the time.\n"
          "She self-referred to Beacon House SARC, was examined on 05/02/2026 (bruise to left wrist, bruising to inner "
          "thighs) and decided that day to report to police. PC BISHOP was the first officer to see her.")
    d.box("Complainant's account", "Written MG11 dated 08/02/2026 (her choice: a video-recorded interview was offered "
          "and she preferred to write her account with an officer).")
    d.box("Suspect's interview", "09/02/2026, with solicitor, full account (ROTI attached). Accepts intercourse. Says it "
          "was consensual 'for old times' sake', that she had texted him to come round and stay, and that she initiated "
          "it. Says she is bitter about his new relationship with Sasha DRAKE and sent Ms DRAKE a spiteful message. "
          "Likely defence: consent.")
    d.box("Reasonable lines of enquiry (including those that point away from the suspect)",
          "- His claim that she invited him to stay: her messages with him 25/01-05/02/2026 extracted under a DPN. They "
          "show 'You can collect your stuff Monday at 9. Don't stay. Leave the key on the side.' and nothing inviting "
          "him to stay.\n"
          "- His claim that she is motivated by jealousy: Sasha DRAKE traced and a statement taken (18/02/2026). She "
          "produces a Facebook message from Ms PRICE of 28/01/2026: 'He'll get bored of you too, he always does.' This "
          "could assist the defence on motive; the statement is provided and scheduled.\n"
          "- Neighbours: house-to-house on Orchard Close (six addresses); only Mr ASPINALL heard anything.\n"
          "- Timing of first complaint: the GP practice's appointment-system note of the 08:14 call, obtained by a "
          "limited third-party request with written notice to her.\n"
          "- Van movements: no ANPR cameras between Orchard Close and Quarry Road; not pursued further.\n"
          "- Not pursued: her GP clinical records and any counselling records. There is no suggestion they contain "
          "anything relevant to an issue; requesting them would not be necessary or proportionate.")
    d.box("Forensic and medical", "FME Dr Samir NAZARI (statement attached): 2 cm bruise to the left wrist; two bruises "
          "to the inner left thigh; no genital injury. Samples SN/1-SN/5 and the duvet cover LB/1 submitted 07/02/2026. "
          "Ms PRICE signed the SARC consent form on 05/02/2026 for her forensic medical records and samples to be released "
          "to the police and CPS. Intercourse is admitted so the DNA result is expected to be formal.")
    d.box("Outstanding evidence (with target dates)",
          "1. Forensic results on SN/2, SN/3 and LB/1 - Cairn Forensics - target date 30/04/2026.\n"
          "2. Extraction of suspect's phone (LH/2): messages with Ms PRICE and with Ms DRAKE 25/01/2026-09/02/2026 - "
          "Digital Forensic Unit - target date 15/05/2026.\n"
          "Neither is needed for the full code test decision: intercourse is admitted and the complainant's side of the "
          "messages is in the file.")
    d.box("Previous convictions", "HOLLIS: 2012 assault occasioning actual bodily harm on a former partner, and 2008 "
          "criminal damage (PNC attached). The prosecutor may wish to consider whether the 2012 conviction is admissible "
          "as bad character evidence. Witness PNC checks attached: all no trace.")
    d.box("Disclosure", "MG6C, MG6D and a DMD are attached. Rebuttable presumption material attached: incident log, crime "
          "report, the GP appointment-system note, PC BISHOP's record of first account (in her MG11 and the incident "
          "log), witness PNCs, and the DRAKE statement.")
    d.box("Victim and witness care", "Special measures: eligible under s.17(4) YJCEA. No VRI was made, so her evidence "
          "in chief will be given live and s.28 is not available; this was explained to her on 08/02/2026 and she said she "
          "understood. She wants screens and does not want a live link. No intermediary needed (not vulnerable within "
          "s.16).\n"
          "Needs: she is hard of hearing and wears hearing aids - she needs a hearing loop at court and face-to-face "
          "meetings rather than telephone calls. No interpreter.\n"
          "ISVA: referred by the SARC on 05/02/2026 to Severnbrook ISVA Service (Mel OKORO).\n"
          "VPS: offered by PC BISHOP on 05/02/2026; she made a VPS on 20/02/2026, attached.")
    d.kv([("OIC", "DC 2046 Luke HARMAN, PPU Severnbrook"), ("Direct line", "01632 960482"),
          ("Email", "luke.harman@severnbrook.police.example"), ("Date", "20/03/2026"),
          ("Supervisor endorsement", "DS 0933 Ann MARSDEN - reviewed 20/03/2026 - file complete, outstanding items dated, "
                                     "approved for submission.  (Sgd) A. Marsden")], widths=(26, 74), size=10)
    pdf_simple(c, "MG3 PRICE v HOLLIS.pdf", "MG3", d, font="Times", size=10.5, ftr=std_ftr(f"MG3  URN {c.urn}"))

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mg11_plain_docx(c, W("Joanne PRICE", "PRICE, Joanne", "J. Price", "Care home team leader", "08/02/2026", [
        "I am 41 years old. I have been told I could give my account on a video recording and I have chosen to give a "
        "written statement with the officer instead.",
        "I was in a relationship with Martin HOLLIS for six years. We lived together at my house in Orchard Close until "
        "November 2025, when I ended it. Since then he has been living in a flat on Quarry Road. Some of his things were "
        "still at my house and we agreed by text that he would collect them on Monday 2nd February 2026 at 9pm. I told "
        "him not to stay and to leave his key.",
        "He arrived just after nine. He was packing boxes and we were civil at first. At about half ten he started "
        "talking about his new girlfriend, Sasha, and saying I was jealous. I told him I just wanted him to go. We were "
        "in my bedroom because his clothes were in the wardrobe. He grabbed my left wrist and pushed me backwards onto "
        "the bed. He said 'you know you still want it'. I said 'no, get off me' loudly, more than once. He held my "
        "wrist down with one hand and pulled my leggings and knickers down with the other and pushed my legs apart with "
        "his knee. He put his penis in my vagina. I kept saying no and trying to push him off with my free hand. It "
        "lasted a few minutes. He ejaculated inside me.",
        "Afterwards he got up and said 'don't be so dramatic'. He carried his last boxes to his van and left at about "
        "twenty-five to twelve. He did not leave the key.",
        "I stripped the bed that night and put the duvet cover in a bin bag because I could not bear to look at it. I "
        "gave it to the police officer on 5th February.",
        "The next morning at about quarter past eight I rang my doctor's surgery to get the morning-after pill. The "
        "receptionist asked if it was urgent and I just broke down and told her my ex had forced himself on me last "
        "night. She was very kind and got me an appointment that morning and gave me the number for the SARC. She is "
        "the first person I told. I had not even told my sister.",
        "I rang the SARC on the 4th and went in on the 5th. After the examination I decided to tell the police.",
        "I did message Sasha on Facebook in January. I said 'He'll get bored of you too, he always does.' I was upset. "
        "That has nothing to do with what he did to me.",
    ], sigmode="signed", witnessed="DC 2046 HARMAN",
        taken="Statement recorded by DC 2046 HARMAN at Severnbrook police station, 08/02/2026, 10:00-12:40. Typed copy; signed original held."),
        "Statement_JP_080226.docx", "complainant", F)
    mg11_classic_pdf(c, W("Denise CARTER", "CARTER, Denise", "D. Carter", "Receptionist, Elmfield Medical Practice", "10/02/2026", [
        "I have worked as a receptionist at Elmfield Medical Practice, Severnbrook, for nine years. Part of my job is "
        "answering the telephone and booking appointments on the practice's appointment system.",
        "At about 08:14 on Tuesday 3rd February 2026 I took a call from a patient, Joanne PRICE. She asked for an "
        "appointment to get the morning-after pill. Because the first routine appointment was not until the following "
        "week, I asked her whether it was urgent. There was a pause and then she started crying. She said 'my ex forced "
        "himself on me last night, I need the morning-after pill'. She was sobbing and it was hard to hear her.",
        "I told her I was very sorry and that I would get her in that morning. I booked her with the duty doctor at "
        "10:20. I gave her the telephone number for the Beacon House SARC and told her they could help even if she did "
        "not want to go to the police.",
        "While she was still on the phone I typed a short note in the booking: 'Pt distressed, states ex-partner forced "
        "sex last night, requests EHC. Urgent appt duty GP. SARC no. given.' I did not speak to her again that day.",
    ], witnessed="DC 2046 HARMAN", taken="Taken at Elmfield Medical Practice 10/02/2026 by DC 2046 HARMAN."),
        "Statement - CARTER D (GP receptionist).pdf", "first_account")
    mg11_classic_pdf(c, W("Laura BISHOP", "BISHOP, Laura", "L. Bishop", "Police Constable 1187, Severnbrook Response", "05/02/2026", [
        "I am a Police Constable with Severnbrook Police. At 10:40 on Thursday 5th February 2026 I was sent to Beacon "
        "House SARC following a call from a crisis worker there reporting that a client wished to report a rape. I "
        "arrived at 11:15 and was the first police officer to see Joanne PRICE.",
        "I explained that I needed only a brief account and that a detective would take a full statement. At 11:25 she "
        "told me: 'My ex, Martin Hollis, came round on Monday night to get his stuff. He pushed me on the bed and held "
        "my wrist and had sex with me. I told him no. I said get off me.' She said it happened at about 22:40 at her "
        "home. I recorded this on my body-worn camera with her agreement. I downloaded the footage to the digital "
        "evidence system at 16:00 the same day and exhibit the clip of her account (11:25 to 11:31) as LB/2.",
        "I explained the Victim Personal Statement scheme and gave her the leaflet.",
        "At 14:00 I went with her to 6 Orchard Close, where she handed me a tied black bin bag containing a duvet cover. "
        "I sealed it in an evidence bag and exhibit it as LB/1. I handed it to DC HARMAN at 15:30.",
    ], witnessed=""), "Statement - BISHOP L.pdf", "officer")
    mg11_classic_pdf(c, W("Dr Samir NAZARI", "NAZARI, Samir (Dr)", "S. Nazari", "Forensic Physician, Beacon House SARC", "12/02/2026", [
        "I am a registered medical practitioner and a Fellow of the Faculty of Forensic and Legal Medicine. I have worked "
        "as a forensic physician at Beacon House SARC since 2015.",
        "At 09:00 on 5th February 2026, with her written consent, I examined Joanne PRICE, who told me she had been "
        "raped by her former partner on the night of 2nd February 2026.",
        "I found: a 2 cm purple-blue bruise on the inner left wrist; two bruises, 2 cm and 3 cm, on the inner left thigh. "
        "In my opinion they are consistent with the account given but could have other causes. There was no genital "
        "injury; this is common and does not indicate whether intercourse was consensual.",
        "I took the following samples, which I sealed and handed to the SARC store: SN/1 vulval swab, SN/2 high vaginal "
        "swab, SN/3 low vaginal swab, SN/4 endocervical swab, SN/5 urine. Ms PRICE signed the SARC consent form for the "
        "release of my notes, body map and samples to the police and the CPS.",
    ], witnessed=""), "Statement - NAZARI S (FME).pdf", "expert")
    mg11_plain_docx(c, W("Luke HARMAN", "HARMAN, Luke", "L. Harman", "Detective Constable 2046, PPU Severnbrook", "16/02/2026", [
        "I am the officer in the case. At 15:30 on 5th February 2026 I received LB/1 from PC BISHOP and collected SN/1-SN/5 "
        "from the Beacon House SARC store; I submitted SN/2, SN/3 and LB/1 to Cairn Forensics on 7th February 2026.",
        "At 07:30 on 9th February 2026 I arrested Martin HOLLIS at Flat 2, 19 Quarry Road. I seized his phone, a black "
        "iPhone, which I exhibit as LH/2.",
        "On 10th February 2026 I explained the Digital Processing Notice to Joanne PRICE. She agreed, and signed the "
        "notice, to a selective extraction of SMS and WhatsApp messages between her phone and Martin HOLLIS's number "
        "only, for 25th January to 5th February 2026. The extraction was completed that afternoon and her phone returned "
        "to her at 16:05. I exhibit the report as LH/1.",
        "On 10th February 2026 I gave Ms PRICE written notice that I intended to ask her GP practice for the "
        "appointment-system note of her telephone call on 3rd February only, and why. She did not object. I sent the "
        "request on 11th February and received the note on 16th February 2026. I exhibit it as LH/3.",
    ], sigmode="signed", witnessed=""), "Statement - HARMAN L (OIC).docx", "officer", F)
    mg11_mono_pdf(c, W("Sasha DRAKE", "DRAKE, Sasha", "S. Drake", "Hairdresser", "18/02/2026", [
        "I have been in a relationship with Martin HOLLIS since the beginning of January 2026.",
        "On 28th January 2026 I received a Facebook message from Joanne PRICE, who I know is Martin's ex-partner. It said "
        "'He'll get bored of you too, he always does.' I did not reply. I showed it to Martin. I showed the message on my "
        "phone to DC HARMAN, who photographed it with my agreement; I understand the photograph is exhibit LH/4.",
        "Martin told me on 3rd February that he had collected his things from Joanne's the night before and that it had "
        "'got a bit heated'. He did not tell me anything else about that night.",
    ], witnessed="DC 2046 HARMAN", sigmode="sgd"), "DRAKE S - MG11.pdf", "witness", F, "DC 2046 HARMAN 18/02/2026", "SB-OCC-26-004188")
    # neighbour - phone photograph of the signed page
    w = W("Kevin ASPINALL", "ASPINALL, Kevin", "K. Aspinall", "Retired postman", "14/02/2026", [
        "I live at 8 Orchard Close, Severnbrook, next door to Joanne PRICE. Our bedrooms share a wall.",
        "On Monday 2nd February 2026 at about half past ten at night I was in bed reading. I heard raised voices from "
        "next door, a man and a woman. At about twenty to eleven I heard the woman shout 'get off me' two or three "
        "times, and then a thud against the wall. Then it went quiet. I thought about knocking but did not.",
        "At about twenty to twelve I took my dog out. I saw Martin, who used to live with Joanne, loading boxes into "
        "his white van. He drove off quickly. He did not see me.",
    ], sigmode="scribble", witnessed="PC 1187 BISHOP")
    mg11_image(c, w, ["IMG_20260214_141502.jpg"], "witness", kind="photo")

    make_video(c.add("BWV_1187_050226_1125.mp4", "BWV"), "bwv", 3, ["BWV PC1187 SEVERNBROOK", "2026-02-05 T"], "11:25:04",
               41, fps=10)

    # ---------------- ROTI
    d = Doc()
    d.h("RECORD OF TAPED INTERVIEW (MG15)", 1)
    d.kv([("URN", c.urn), ("Person interviewed", "HOLLIS, Martin"), ("Date / place", "09/02/2026 - Severnbrook Custody"),
          ("Times", "13:10 - 14:02"), ("Officers", "DC 2046 HARMAN, DC 1550 PIKE"), ("Solicitor", "Ms Rhian BEVAN, Bevan Lloyd LLP")], widths=(26, 74))
    for t, q in [
        ("13:10", "Caution given and understood. Legal advice confirmed."),
        ("13:13", "Says he went to collect his things at 9pm as agreed. They 'got on fine' at first and had a glass of wine."),
        ("13:20", "Says Joanne had texted him earlier 'come round tonight' and 'you can stay if you want'."),
        ("13:27", "Says she kissed him in the bedroom and they had sex 'for old times' sake'. She did not say no. Denies pushing her or holding her wrist."),
        ("13:38", "Put to him: the neighbour heard a woman shout 'get off me'. Says they were 'having a laugh' and it was 'play-fighting'."),
        ("13:45", "Says she is bitter about Sasha and sent Sasha a nasty Facebook message on 28/01/2026."),
        ("13:52", "Offered PIN to his phone voluntarily."),
        ("14:00", "Nothing to add. Interview concluded 14:02."),
    ]:
        d.p(f"{t}  {q}")
    d.p("Prepared by DC HARMAN 11/02/2026. Signed: L. Harman")
    pdf_simple(c, "ROTI HOLLIS.pdf", "ROTI", d, font="Times", size=11, ftr=std_ftr(f"MG15 HOLLIS URN {c.urn}"))
    pnc_print(c, "PNC print HOLLIS M.pdf", F, "HOLLIS, MARTIN", "28/01/1980", "1998/0077312R", [
        ("17/09/2008", "SEVERNBROOK MAGISTRATES", "CRIMINAL DAMAGE - CRIMINAL DAMAGE ACT 1971 S.1(1)", "02/08/2008", "FINE GBP 150, COMPENSATION GBP 90"),
        ("04/04/2012", "SEVERNBROOK CROWN COURT", "ASSAULT OCCASIONING ACTUAL BODILY HARM - OAPA 1861 S.47 (VICTIM: FORMER PARTNER)",
         "11/12/2011", "16 WEEKS IMPRISONMENT SUSPENDED 12 MONTHS, UNPAID WORK 100 HRS"),
    ], "20/03/2026 08:55", "DC 2046 HARMAN")
    d = witness_pnc_doc(c, [
        ["PRICE, Joanne", "17/05/1984", "Complainant", "No trace", "Nil"],
        ["CARTER, Denise", "02/10/1969", "First account (GP receptionist)", "No trace", "Nil"],
        ["ASPINALL, Kevin", "15/03/1955", "Witness (neighbour)", "No trace", "Nil"],
        ["DRAKE, Sasha", "28/08/1992", "Witness (suspect's partner) - unused", "No trace", "Nil"],
    ], "DC 2046 HARMAN", "20/03/2026")
    pdf_simple(c, "Witness PNC checks.pdf", "PNC", d, font="Times", size=10.5)

    # ---------------- incident log (landscape, runs over pages)
    rows = [
        ["05/02/26 10:34:02", "CALL", "OP 3319", "101 call from Beacon House SARC crisis worker (Lou FIELD). Client Joanne PRICE (41) attended for forensic examination after self-referral; now wishes to report rape by ex-partner Martin HOLLIS on Mon 02/02 approx 22:40 at her home 6 Orchard Close."],
        ["05/02/26 10:36:40", "INFO", "OP 3319", "Client safe at SARC. Suspect not present. Suspect now lives Quarry Road area, drives white Transit van."],
        ["05/02/26 10:37:15", "RISK", "OP 3319", "THRIVE: Threat - medium (ex-partner, knows her address); Harm - high; Risk - medium; Investigation - forensic exam completed today; Vulnerability - hearing impaired; Engagement - willing."],
        ["05/02/26 10:38:30", "GRADE", "OP 3319", "Graded P2. Domestic-related sexual offence. DA flag added."],
        ["05/02/26 10:40:05", "DISP", "DISP 0881", "SB22 PC 1187 BISHOP assigned to SARC."],
        ["05/02/26 10:42:50", "PNC", "DISP 0881", "PNC HOLLIS Martin 28/01/1980 - trace: previous for ABH (former partner) 2012. Warning marker: violence."],
        ["05/02/26 10:44:12", "INFO", "DISP 0881", "Previous incidents at 6 Orchard Close: none recorded. Previous DA with other partner 2011."],
        ["05/02/26 11:15:31", "STATUS", "SB22", "At SARC."],
        ["05/02/26 11:31:09", "UPDATE", "SB22", "Initial account obtained on BWV with consent. Victim states ex-partner pushed her on bed, held wrist, had sex with her, she said no / get off me. FME has taken samples."],
        ["05/02/26 11:33:45", "UPDATE", "SB22", "VPS explained. ISVA referral made by SARC. DASH to be completed."],
        ["05/02/26 11:50:20", "DASH", "SB22", "DASH completed: HIGH risk (sexual violence, separation, previous DA by suspect). MARAC referral by PPU."],
        ["05/02/26 12:05:02", "SUPV", "PS 2280 GOODE", "PPU informed. DS MARSDEN allocating. Suspect not to be arrested until PPU plan agreed; safety advice and cocoon watch for Orchard Close arranged."],
        ["05/02/26 12:20:44", "UPDATE", "SB22", "Victim has duvet cover from that night bagged at home. Will attend with victim to collect."],
        ["05/02/26 13:40:10", "STATUS", "SB22", "En route Orchard Close with victim."],
        ["05/02/26 14:00:35", "UPDATE", "SB22", "Duvet cover seized LB/1. Home secure. Victim has family member staying tonight (sister)."],
        ["05/02/26 14:20:00", "MARKER", "DISP 0881", "Address 6 Orchard Close flagged: DA/sexual violence - treat 999 calls as urgent (review 05/05/26)."],
        ["05/02/26 15:30:18", "UPDATE", "SB22", "LB/1 handed to DC 2046 HARMAN at Severnbrook PS."],
        ["05/02/26 15:45:51", "STATUS", "SB22", "Clear."],
        ["05/02/26 16:02:07", "CRIME", "CRIME BUREAU", f"Crime recorded {CR} - Rape (s.1 SOA 2003). OIC DC HARMAN."],
        ["05/02/26 16:02:40", "CLOSE", "CRIME BUREAU", "Incident closed - result: crime recorded."],
    ]
    d = Doc()
    d.h("Command and Control - Incident Print", 1)
    d.kv([("Incident", INC), ("Opened", "05/02/2026 10:34:02"), ("Location", "Beacon House SARC, Severnbrook / 6 Orchard Close, Severnbrook"),
          ("Type", "SEXUAL OFFENCE - DOMESTIC RELATED"), ("Linked crime / URN", f"{CR} / {c.urn}")], widths=(20, 80), size=9)
    d.table(["Date/time", "Type", "Operator", "Narrative"], rows, widths=[14, 7, 11, 68], size=11.5)
    pdf_simple(c, "Incident print SB-050226-0412.pdf", "INCIDENT_LOG", d, orientation="L", size=11.5,
               hdr=std_hdr(f"{F} - Command and Control - OFFICIAL-SENSITIVE"), ftr=std_ftr(f"Incident {INC}"))

    # ---------------- crime report (plain-text export)
    d = Doc()
    d.kv([("CRIME NUMBER", CR), ("URN", c.urn), ("INCIDENT", INC), ("OFFENCE", "RAPE OF FEMALE 16+ (SOA 2003 S.1)"),
          ("COMMITTED", "02/02/2026 22:40 - 23:35"), ("REPORTED", "05/02/2026 10:34 VIA SARC"),
          ("LOCATION", "6 ORCHARD CLOSE, SEVERNBROOK"), ("DOMESTIC", "YES - FORMER PARTNER"),
          ("VICTIM", "PRICE, JOANNE  F  41  WHITE BRITISH  HEARING IMPAIRED (AIDS)"),
          ("VICTIM NEEDS", "HEARING LOOP / FACE TO FACE CONTACT PREFERRED. NO INTERPRETER."),
          ("VCOP", "ENHANCED. VPS OFFERED 05/02/2026 (MADE 20/02/2026). ISVA REFERRAL 05/02/2026."),
          ("SUSPECT", "HOLLIS, MARTIN  M  28/01/1980  ARRESTED 09/02/2026  BAILED TO 09/05/2026"),
          ("OIC", "DC 2046 HARMAN")])
    d.p("INVESTIGATION LOG")
    d.table(["DATE", "OFFICER", "ENTRY"], [
        ["05/02/26", "PC 1187 BISHOP", "Initial account at SARC on BWV. LB/1 duvet cover seized. VPS leaflet given."],
        ["05/02/26", "DS 0933 MARSDEN", "Allocated DC HARMAN. Plan: statement, arrest after evidence secured, H2H, DPN if messages relevant."],
        ["07/02/26", "DC 2046 HARMAN", "SN/2, SN/3, LB/1 submitted Cairn Forensics (target 30/04/26)."],
        ["08/02/26", "DC 2046 HARMAN", "Written statement from victim (VRI offered, declined). SM discussed: screens; s.28 n/a explained."],
        ["09/02/26", "DC 2046 HARMAN", "HOLLIS arrested, interviewed - claims consent and that victim invited him. Phone LH/2 seized. Bailed."],
        ["10/02/26", "DC 2046 HARMAN", "DPN signed. Selective extraction LH/1. Notice given to victim re GP reception note request. Statement CARTER."],
        ["11/02/26", "DC 2046 HARMAN", "Request to Elmfield Medical Practice (reception note 03/02/26 only) - authorised DS MARSDEN."],
        ["12/02/26", "DC 2046 HARMAN", "Early advice - CPS P. NAIR. Record on file."],
        ["14/02/26", "PC 1187 BISHOP", "H2H Orchard Close 1-11 odd. No 8 ASPINALL heard shout 'get off me' - statement."],
        ["16/02/26", "DC 2046 HARMAN", "Reception note received LH/3."],
        ["18/02/26", "DC 2046 HARMAN", "Statement Sasha DRAKE - FB message from victim 28/01/26 (LH/4). Scheduled as disclosable."],
        ["20/02/26", "DC 2046 HARMAN", "VPS made by victim."],
        ["20/03/26", "DS 0933 MARSDEN", "File reviewed. MG3 endorsed. Submitted to CPS for FCT."],
    ], widths=[10, 18, 72])
    render_txt(d, c.add("crime_report_SB-2602-1187.txt", "CRIME_REPORT"), width=110,
               head=f"SEVERNBROOK POLICE  ::  CRIME RECORD EXPORT  ::  {CR}  ::  printed 20/03/2026 08:51  ::  OFFICIAL-SENSITIVE")

    # ---------------- early advice record, third party request, notice, returned note
    d = Doc()
    d.p("CROWN PROSECUTION SERVICE - RASSO UNIT (SEVERN)", bold=True)
    d.h("Record of early advice", 2)
    d.kv([("URN", c.urn), ("Suspect", "Martin HOLLIS"), ("Date", "12/02/2026 (Teams call with DC HARMAN and DS MARSDEN)"),
          ("Prosecutor", "Priya NAIR, Senior Crown Prosecutor, 01632 960900, priya.nair@cps.example")], widths=(22, 78))
    d.p("Advice given:")
    d.p("1. Obtain a statement from the GP receptionist to whom the complainant first disclosed, and the practice's note "
        "of the call. Request only that note; the clinical record is not needed.\n"
        "2. The suspect says she invited him to stay. Her messages with him from 25/01/2026 to 05/02/2026 are a reasonable "
        "line of enquiry. Seek her agreement under a DPN for those messages only. No wider examination.\n"
        "3. Complete house-to-house on Orchard Close.\n"
        "4. Trace and speak to Sasha DRAKE about the Facebook message; record and schedule what she says.\n"
        "5. The forensic results need not delay submission for a full code test, as intercourse is admitted; give a "
        "target date on the MG3.")
    d.p("Next step: submit for a full code test decision once points 1-4 are complete.  P. Nair")
    pdf_simple(c, "CPS early advice 120226.pdf", "EARLY_ADVICE", d, size=10)
    d = Doc()
    d.h("Request for third-party material", 2)
    d.kv([("To", "Practice Manager, Elmfield Medical Practice, Severnbrook"), ("From", "DC 2046 Luke HARMAN, Severnbrook Police (01632 960482)"),
          ("Date", "11/02/2026"), ("URN / crime", f"{c.urn} / {CR}"), ("Person the material is about", "Joanne PRICE (patient)"),
          ("Material requested", "The appointment-system entry or entries made by reception staff for the telephone call "
                                 "from Joanne PRICE on 03/02/2026 between 08:00 and 08:30 ONLY. No clinical records, "
                                 "consultation notes or prescribing records are requested."),
          ("Reasonable line of enquiry", "Ms PRICE told the receptionist on that call that her ex-partner had forced himself "
                                         "on her. A note made at the time is a record of her first complaint, relevant to "
                                         "its timing and content (CJA 2003 s.120), and may confirm or undermine her account."),
          ("Why necessary and proportionate", "The note cannot be obtained any other way; the request is limited to one "
                                              "call on one morning. Nothing else in her records is thought relevant."),
          ("Notice to the person", "Written notice given to Ms PRICE on 10/02/2026 (copy attached). She did not object."),
          ("Authorised", "DS 0933 MARSDEN 11/02/2026")], widths=(28, 72))
    pdf_simple(c, "TP request Elmfield 110226.pdf", ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"], d, size=9.5)
    d = Doc()
    d.p("Severnbrook Police - Public Protection Unit, Severnbrook Police Station", size=9)
    d.p("10 February 2026")
    d.p("Dear Ms Price")
    d.p(f"Our reference: {CR}")
    d.h("Notice of a request for information about you", 2)
    d.p("We are writing to tell you, before we make it, about a request we intend to send to Elmfield Medical Practice. "
        "This notice is given under the Police, Crime, Sentencing and Courts Act 2022 (victim information requests).")
    d.p("What we will ask for: only the note the receptionist typed on the appointment system when you telephoned on the "
        "morning of 3 February 2026. We will not ask for your medical records or any notes of your consultations.")
    d.p("Why: what you said on that call is the first time you told anyone what happened. A note made at the time can help "
        "show when and what you said. This is a reasonable line of enquiry and we think it is necessary and proportionate.")
    d.p("How it will be handled: the note will be kept securely with the investigation file. It will be shown to the "
        "prosecutor. It will only be given to the defence if the law on disclosure requires it, and if so we will tell you.")
    d.p("If you have any questions or concerns, please contact me on 01632 960482 or luke.harman@severnbrook.police.example. "
        "As you asked, I will also go through this letter with you in person.")
    d.p("Yours sincerely\nL. Harman\nDC 2046 Luke Harman, Officer in the case")
    render_docx(d, c.add("Letter to JP - notice of request.docx", ["CORRESPONDENCE", "OTHER"]), font="Arial", size=11, author="LHarman")
    d = Doc()
    d.p("ELMFIELD MEDICAL PRACTICE - appointment system extract (disclosed to police on request 11/02/2026)", bold=True)
    d.table(["Date/time", "Staff", "Slot booked", "Booking note"], [
        ["03/02/2026 08:14", "DCARTER (reception)", "03/02/2026 10:20 - duty GP",
         "Pt distressed, states ex-partner forced sex last night, requests EHC. Urgent appt duty GP. SARC no. given."],
    ], widths=[18, 18, 20, 44])
    d.p("Provided by: Practice Manager, 16/02/2026. Exhibit LH/3.")
    pdf_simple(c, "Elmfield reception note LH3.pdf", "THIRD_PARTY", d, size=10)

    # ---------------- DPN, extraction
    d = Doc()
    d.h("Digital Processing Notice", 1)
    d.kv([("URN", c.urn), ("Device user", "Joanne PRICE"), ("Device", "Samsung Galaxy A54"),
          ("Why", "Mr HOLLIS says you texted him to come round and stay. Your messages with him around that date are a "
                  "reasonable line of enquiry to test that."),
          ("What", "SMS and WhatsApp messages between your phone and Martin HOLLIS's number (07700 900847) only, from "
                   "25/01/2026 to 05/02/2026. Nothing else will be examined or kept."),
          ("How", "Selective extraction at Severnbrook digital kiosk; phone returned the same day."),
          ("Handling", "Kept securely; relevant material given to the prosecutor and, if it meets the disclosure test, the defence.")], widths=(18, 82))
    d.p("I agree to the extraction described above.")
    d.sig("Signed: J. Price    Date: 10/02/2026")
    d.sig("Officer: L. Harman DC 2046    Date: 10/02/2026")
    pdf_simple(c, "DPN PRICE.pdf", "DPN", d, size=10)
    d = Doc()
    d.h("Extraction report LH/1 - selective", 1)
    d.p(f"URN {c.urn}. Samsung Galaxy A54 (Joanne PRICE). Parameters: SMS/WhatsApp with 07700 900847, 25/01/2026-05/02/2026.")
    d.table(["Date/time", "Direction", "Text"], [
        ["26/01/2026 19:02", "From HOLLIS", "When can I get the rest of my stuff"],
        ["26/01/2026 19:40", "To HOLLIS", "Monday 2nd at 9. Boxes will be in the bedroom"],
        ["01/02/2026 11:15", "From HOLLIS", "Still on for tomorrow?"],
        ["01/02/2026 11:30", "To HOLLIS", "You can collect your stuff Monday at 9. Don't stay. Leave the key on the side."],
        ["03/02/2026 00:12", "From HOLLIS", "Don't be like that Jo"],
    ], widths=[20, 15, 65])
    d.p("No message from Ms PRICE inviting Mr HOLLIS to stay was found in the extracted range.")
    pdf_simple(c, "LH1 extraction.pdf", "DIGITAL_EXTRACT", d, size=10)

    # ---------------- VPS
    d = Doc()
    d.h("VICTIM PERSONAL STATEMENT", 1, "C")
    d.p(f"URN {c.urn}")
    d.p("Statement of: Joanne PRICE          Age: over 18")
    d.p("I want the court to know how this has affected me. I do not feel safe in my own bedroom any more and I sleep on "
        "the sofa. I have had to take three weeks off work. I jump every time a van goes past. I trusted him for six years.")
    d.p("Signed: J. Price     Date: 20/02/2026")
    render_docx(d, c.add("VPS J PRICE.docx", "VPS"), author="LHarman")

    # ---------------- schedules (PDF, MG6C runs over two pages), DMD, MG12
    items = [
        ["1", f"Command and control incident print {INC} (SARC call 05/02/2026 10:34 and deployment)", "PPU file", "Rebuttable presumption - copy provided"],
        ["2", f"Crime record {CR} with investigation log", "Crime system", "Rebuttable presumption - copy provided"],
        ["3", "PC 1187 BISHOP body-worn video 05/02/2026 11:25-11:31: victim's initial account at SARC (exhibit LB/2)", "DEMS", "Record of first account - copy provided (exhibit LB/2)"],
        ["4", "Elmfield Medical Practice appointment-system note of call 03/02/2026 08:14 (LH/3)", "PPU file", "Record of first complaint - copy provided (exhibit)"],
        ["5", "Statement of Sasha DRAKE 18/02/2026 and photograph of Facebook message from victim 28/01/2026 (LH/4)", "PPU file", "May assist defence (motive) - copy provided"],
        ["6", "PNC results for prosecution witnesses (all no trace)", "PPU file", "Copy provided"],
        ["7", "DASH risk assessment 05/02/2026 (HIGH)", "PPU file", "Not considered to meet the test"],
        ["8", "MARAC referral 06/02/2026 and minutes extract 19/02/2026 (police actions only)", "PPU file", "Not considered to meet the test"],
        ["9", "House-to-house proformas Orchard Close nos. 1, 3, 5, 7, 9, 11 (14/02/2026): nothing heard or seen", "PPU file", "Not considered to meet the test"],
        ["10", "House-to-house proforma no. 8 (ASPINALL) - superseded by his MG11", "PPU file", "Not considered to meet the test"],
        ["11", "ANPR check record 15/02/2026: no cameras on route Orchard Close - Quarry Road", "PPU file", "Not considered to meet the test"],
        ["12", "Custody record HOLLIS 09/02/2026 SB/C/26/0412", "Custody system", "Not considered to meet the test"],
        ["13", "Pre-interview disclosure given to Ms BEVAN 09/02/2026", "PPU file", "Not considered to meet the test"],
        ["14", "Pre-charge bail record and conditions 09/02/2026", "Custody system", "Not considered to meet the test"],
        ["15", "MG21 forensic submission 07/02/2026 (SN/2, SN/3, LB/1)", "PPU file", "Not considered to meet the test"],
        ["16", "SARC referral form and crisis worker note of call 05/02/2026 10:30 (police copy)", "PPU file", "Not considered to meet the test"],
        ["17", "Third-party request to Elmfield Medical Practice 11/02/2026 and notice letter to victim 10/02/2026", "PPU file", "Copy provided for information"],
        ["18", "Record of early advice 12/02/2026 (CPS)", "PPU file", "Copy provided for information"],
        ["19", "Cocoon watch letters delivered to Orchard Close 05/02/2026 (template letter)", "PPU file", "Not considered to meet the test"],
        ["20", "Victim contact log (dates and times of updates to victim) 05/02 - 20/03/2026", "PPU file", "Not considered to meet the test"],
        ["21", "Text of DPN explanation leaflet given to victim 10/02/2026", "PPU file", "Not considered to meet the test"],
        ["22", "Email from Cairn Forensics 09/02/2026 acknowledging submission, target date 30/04/2026", "PPU file", "Not considered to meet the test"],
    ]
    d = Doc()
    d.h("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 2)
    d.p(f"MG6C     URN {c.urn}     R v Martin HOLLIS     Disclosure officer: DC 2046 Luke HARMAN", size=9)
    d.table(["Item", "Description and relative location", "Location", "Comment"], items, widths=[6, 56, 13, 25], size=12)
    d.p("Disclosure officer's certificate: to the best of my knowledge and belief all relevant material retained and not "
        "forming part of the prosecution case is listed above.  (Sgd) L. Harman  20/03/2026")
    pdf_simple(c, "MG6C HOLLIS.pdf", "MG6C", d, size=10, hdr=std_hdr(f"MG6C - {c.urn} - continued"),
               ftr=std_ftr("OFFICIAL-SENSITIVE when complete"))
    d = Doc()
    d.h("POLICE SCHEDULE OF SENSITIVE MATERIAL", 2)
    d.p(f"MG6D     URN {c.urn}     R v Martin HOLLIS     Disclosure officer: DC 2046 Luke HARMAN", size=9)
    d.table(["Item", "Description", "Reason", "Comment"], [
        ["1", "Victim's home address, telephone and safety plan (cocoon watch, address marker)", "Victim safety", "Does not meet the test"],
        ["2", "ISVA referral 05/02/2026", "Victim support", "Does not meet the test"],
        ["3", "MARAC minutes - full version (multi-agency information on victim and children of suspect's former relationship)", "Third-party confidential; DA safety", "Does not meet the test"],
    ], widths=[6, 54, 20, 20], size=9.5)
    d.p("(Sgd) L. Harman  20/03/2026")
    pdf_simple(c, "MG6D HOLLIS.pdf", "MG6D", d, size=10)
    d = Doc()
    d.h("Disclosure Management Document", 1)
    d.kv([("URN", c.urn), ("R v", "Martin HOLLIS"), ("OIC / disclosure officer", "DC 2046 Luke HARMAN"), ("Date", "20/03/2026")], widths=(28, 72))
    d.box("Issues", "Intercourse admitted. Issue: consent. Defence points so far: invitation to stay; motive (jealousy).")
    d.box("Digital strategy", "Complainant: selective extraction only (messages with suspect 25/01-05/02/2026) under DPN; no "
          "other data sought. Suspect: iPhone LH/2 - messages with complainant and with DRAKE 25/01-09/02/2026 - DFU target 15/05/2026.")
    d.box("Third-party material", "GP practice: reception note of one call only, with prior written notice to complainant. "
          "No clinical, counselling or social care records sought - no reasonable line of enquiry identified.")
    d.box("Approach to review", "All material reviewed by the OIC. Schedules MG6C/MG6D attached; material meeting the "
          "rebuttable presumption provided with the file.")
    render_docx(d, c.add("DMD HOLLIS.docx", "DMD"), author="LHarman")
    d = Doc()
    d.h("EXHIBIT LIST (MG12)", 1)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Produced by"], [
        ["LB/1", "Duvet cover", "PC BISHOP"],
        ["LB/2", "Body-worn video clip 05/02/2026 11:25-11:31, initial account (BWV_1187_050226_1125.mp4)", "PC BISHOP"],
        ["SN/1-SN/5", "SARC samples: vulval, HVS, LVS, endocervical swabs; urine", "Dr NAZARI"],
        ["LH/1", "Selective extraction report - complainant's phone", "DC HARMAN"], ["LH/2", "iPhone seized from HOLLIS", "DC HARMAN"],
        ["LH/3", "Elmfield Medical Practice appointment-system note 03/02/2026", "DC HARMAN"],
        ["LH/4", "Photograph of Facebook message shown by S. DRAKE", "DC HARMAN"],
    ], widths=[14, 66, 20])
    pdf_simple(c, "MG12 HOLLIS.pdf", "MG12", d, font="Times", size=11)

    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "exhibits",
                       "forensic_medical", "special_measures", "victim_care", "one_urn", "multimedia"]
    c.finish()
    return c


# ==============================================================================================
# C5  Eastwold Constabulary - compliant. Hotel worker, Polish speaker (interpreter throughout);
#     night duty manager = first account (MG3 names him only by job title); occurrence-system
#     monospaced statement prints; BWV and hotel CCTV each produced by a statement; forensic
#     scientist and forensic physician; she did not want her phone examined and it has not been.
# ==============================================================================================
def case_c5(out):
    c = Case(out, "EW 35EW0331226 KOWALSKA", "35EW0331226", exit_code=0, seed=505)
    F = "Eastwold Constabulary"
    OCC = "OCC 26000231857"
    PB = "5521 ANSTEY (file prep) 16/04/2026 10:02"

    d = Doc()
    d.p("OFFICIAL-SENSITIVE", align="R", size=8)
    d.h("MG3 - Report to the Crown Prosecutor for a charging decision", 1)
    d.kv([("URN", c.urn), ("Occurrence", OCC), ("Force", F + " - Eastwold Serious Sexual Offences Team"),
          ("Suspect", "STOKES, Gavin  DOB 11/02/1974  Sales manager, Brackley Moor"),
          ("Offences", "1. Assault by penetration - SOA 2003 s.2\n2. Sexual assault - SOA 2003 s.3\nBoth 18/03/2026, room 214, Harbourside Hotel, Eastwold"),
          ("Test", "Full Code Test requested"), ("Prepared", "16/04/2026 - DC 1904 Claire NUTTALL (OIC)")], widths=(22, 78), size=9)
    d.box("Custody / bail", "Arrested at the scene 18/03/2026 23:25. Pre-charge bail from 19/03/2026 to 18/06/2026. Conditions: "
          "not to contact Marta KOWALSKA directly or indirectly; not to enter the Harbourside Hotel, Harbour Parade, Eastwold; "
          "to live and sleep at his home address in Brackley Moor. Re-interviewed on bail 14/04/2026. No breaches.")
    d.box("Early advice", "Not sought. The suspect was arrested at the scene, the CCTV and forensic results came back within a "
          "month, and the case was ready for a full code test decision without it.")
    d.box("What happened", "Marta KOWALSKA (31, Polish national, room attendant) took towels to room 214 at 22:36 after the guest, "
          "STOKES, rang reception for them. Inside, he shut the door, grabbed her left breast, pushed her against the "
          "wardrobe, put his hand inside her work trousers and knickers and pushed his fingers into her vagina. She "
          "pushed him away and ran out at 22:41 (hotel CCTV CW/2). About ten minutes later she told the night duty "
          "manager what had happened; he rang 999 at 22:58. He is the first person she told and his statement is "
          "attached. PC ASHWORTH arrived at 23:09 and recorded her first account on body-worn video through a telephone "
          "interpreter (BA/1, attached). STOKES was arrested in the room at 23:25 and his right-hand fingers swabbed in "
          "custody (BA/2, BA/3). ABE with a Polish interpreter on 20/03/2026 (CN/1).")
    d.box("Forensic / medical", "Dr LAIRD (FME) examined her at 01:30 on 19/03/2026: a fresh 3 mm abrasion at the posterior "
          "fourchette and two small bruises on the left breast. She signed the SARC consent form for release of her notes "
          "and samples to police and CPS. Dr OKONJO (forensic scientist, statement 10/04/2026): a DNA profile matching Ms "
          "KOWALSKA is the major component on STOKES's right-hand finger swabs (BA/2); his findings give strong support to "
          "the fingers having been in contact with her vagina rather than only with skin or clothing. Male Y-STR DNA on "
          "her high vaginal swab (FL/2) matches STOKES's Y-STR profile. All results are in the file; nothing outstanding.")
    d.box("Suspect's account", "Interview 1 (19/03/2026): accepts she came in with towels; says she was 'chatty and friendly', "
          "he gave her a GBP 20 tip and 'patted her bottom' when she bent over to put the towels down, which he accepts "
          "was 'a bit cheeky'. Denies touching her breast or putting his hand in her trousers. Suggests she is making it up "
          "because he complained to the hotel that morning that his room had no towels. Interview 2 (14/04/2026, "
          "forensic results put): no comment. Likely defence: denial of penetration and of the breast touching; "
          "fabrication motivated by the complaint.")
    d.box("Lines of enquiry - including those that point away from the suspect",
          "- His complaint: the hotel guest-complaints log shows he complained at 08:15 on 18/03/2026 that room 214 had no "
          "towels. That is consistent with his account of a motive and is provided (MG6C 5). Ms KOWALSKA says she did "
          "not know about it; the housekeeping supervisor confirms complaints are not passed to attendants by name.\n"
          "- The tip: she says he offered her a GBP 20 note as she left; she did not take it. No note was found in "
          "her possession or in the corridor.\n"
          "- CCTV: corridor camera (CW/2) shows her entering 22:36 and running out 22:41, and STOKES looking out of the "
          "door at 22:42. No camera covers the room.\n"
          "- Other guests on floor 2: rooms 212 and 216 occupied; neither occupant heard anything (notes, MG6C 7).\n"
          "- Reception call log: room 214 requested towels at 22:30 (MG6C 4).\n"
          "- Her phone: she did not want her phone examined and it has not been. She and STOKES had no contact by phone "
          "or online, so there is no reasonable line of enquiry into it. STOKES's phone was not seized for the same "
          "reason.\n"
          "- Third-party material: none sought. Nothing suggests her employment, medical or other records are relevant.")
    d.box("Outstanding evidence", "None. No further enquiries are outstanding.")
    d.box("Disclosure", "MG6C and MG6D attached. Provided with the file: incident chronology, crime report, BWV of her first "
          "account, reception call log and guest-complaints log extract, witness PNC and ECRIS results.")
    d.box("Victim and witness needs", "Interpreter: Polish. All contact has been through a Polish interpreter and she will "
          "need one at court; written material to be sent in Polish.\n"
          "Special measures (MG2 attached): eligible under s.17(4) YJCEA. ABE as evidence in chief; screens. She wants "
          "her cross-examination pre-recorded under s.28 - please apply. Not vulnerable within s.16; her need is "
          "language and is met by an interpreter, so no intermediary is needed.\n"
          "Support: ISVA referral 19/03/2026 to Eastwold ISVA Service (Dorota NOWAK - speaks Polish). Works nights: "
          "contact after 14:00.\n"
          "VPS: explained through the interpreter on 20/03/2026; she wants to make a VPS after the charging decision.")
    d.kv([("OIC contact", "DC 1904 Claire NUTTALL - 01632 960190 - claire.nuttall@eastwold.police.example"),
          ("Supervisor", "DS 0761 Graham PELL - endorsed 16/04/2026: 'Evidence complete, all forensic results in, "
                         "disclosure schedules checked. Submit for FCT.'")], widths=(22, 78), size=9)
    pdf_simple(c, "MG3_35EW0331226.pdf", "MG3", d, font="Cond", size=9.5, hdr=std_hdr(f"{F} - URN {c.urn}"),
               ftr=std_ftr("OFFICIAL-SENSITIVE"))

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mono = lambda w, fn, role: mg11_mono_pdf(c, w, fn, role, F, PB, OCC)
    mono(W("Oluwaseun ADEYEMI", "ADEYEMI, Oluwaseun", "O. Adeyemi", "Night Duty Manager, Harbourside Hotel", "19/03/2026", [
        "I am the Night Duty Manager at the Harbourside Hotel, Harbour Parade, Eastwold. I have worked there for five "
        "years. I know Marta KOWALSKA as one of our room attendants; she works evenings.",
        "At about 22:50 on Wednesday 18th March 2026 Marta came into the back office behind reception. She was shaking, "
        "crying and holding her arms across her chest. Her English is basic but we normally understand each other. She "
        "said 'The man in 214. He touch me. Here' - she pointed to her left breast - 'and here' - she pointed between "
        "her legs - 'inside. Inside me with hand. I say no, no.' She kept saying 'inside' and making a pushing movement "
        "with two fingers.",
        "I sat her down and asked if she wanted the police. She nodded. At 22:58 I rang 999. I stayed with her until "
        "the police arrived at about 23:09. Nobody came down from room 214 in that time.",
        "Marta has never complained about a guest before. She is quiet and reliable.",
    ], taken_by="DC 2290 MARSH (Eastwold SSOT)", witnessed="DC 2290 MARSH"), "stmt_ADEYEMI_O.pdf", "first_account")
    mono(W("Ben ASHWORTH", "ASHWORTH, Ben", "B. Ashworth", "Police Constable 3310, Eastwold Response", "19/03/2026", [
        "I am a Police Constable with Eastwold Constabulary. At 23:00 on Wednesday 18th March 2026 I was sent with PC 2871 "
        "MORGAN to the Harbourside Hotel after a 999 call reporting a sexual assault on a member of staff. We arrived at "
        "23:09. I was the first officer to speak to Marta KOWALSKA. My body-worn camera was recording throughout.",
        "She speaks limited English, so at 23:11 I connected to the force's contracted telephone interpreting service "
        "on speakerphone and spoke to her through a Polish interpreter. Through the interpreter she said that the man in "
        "room 214 had pulled her in, touched her breast and put his hand in her trousers and his fingers inside her "
        "vagina, and that she had said no and pushed him away. I have downloaded the footage of her account, 23:11 to "
        "23:19, and exhibit it as BA/1.",
        "At 23:25 PC MORGAN arrested Gavin STOKES in room 214. I placed bags over his hands. At Eastwold custody at 00:20 "
        "on 19th March, with the custody nurse present, I swabbed the fingers of his right hand, exhibit BA/2, and took "
        "clippings from the right fingernails, exhibit BA/3. I sealed them and handed them to DC NUTTALL at 08:30.",
    ], taken_by="Self", witnessed=""), "stmt_ASHWORTH_B.pdf", "officer")
    mono(W("Claire NUTTALL", "NUTTALL, Claire", "C. Nuttall", "Detective Constable 1904, Eastwold SSOT", "20/03/2026", [
        "I am a Detective Constable and a trained specialist ABE interviewer.",
        "On Friday 20th March 2026 between 10:00 and 11:05 at the Eastwold video interview suite I conducted a "
        "video-recorded interview with Marta KOWALSKA. Ms Agnieszka WRÓBEL, an NRPSI-registered Polish interpreter, "
        "interpreted throughout. DC Paul GREAVES monitored.",
        "At the end of the interview I made a master recording, sealed in bag EW00338122, which I exhibit as CN/1, and "
        "a working copy, which I exhibit as CN/2. I have prepared an English summary of the interview, which I exhibit "
        "as CN/3.",
        "At 08:30 on 19th March 2026 I received BA/2 and BA/3 from PC ASHWORTH, and at 03:10 that day FL/1 to FL/5 from "
        "the SARC. I submitted BA/2, BA/3 and FL/2 to Cairn Forensics on 20th March 2026.",
    ], taken_by="Self", witnessed=""), "stmt_NUTTALL_C.pdf", "officer")
    mono(W("Craig WHITTLE", "WHITTLE, Craig", "C. Whittle", "Security Manager, Harbourside Hotel", "19/03/2026", [
        "I am the Security Manager at the Harbourside Hotel and I am responsible for its CCTV system, which has 24 "
        "cameras. I checked the system clock on 19th March 2026 and it was correct to within five seconds.",
        "At the request of DC NUTTALL I exported the recording from camera 9 (second-floor corridor) from 22:30 to "
        "22:45 on 18th March 2026 onto a disc, which I exhibit as CW/1, and made a clip of 22:36 to 22:43, which I "
        "exhibit as CW/2.",
        "I also printed the reception telephone log for 18th March 2026, which shows a call from room 214 at 22:30, and "
        "the guest-complaints log entry for room 214 at 08:15 that day. I gave copies to DC NUTTALL.",
    ], taken_by="DC 1904 NUTTALL", witnessed="DC 1904 NUTTALL"), "stmt_WHITTLE_C.pdf", "witness")
    mono(W("Agnieszka WRÓBEL", "WRÓBEL, Agnieszka", "A. Wróbel", "Interpreter (Polish), NRPSI registered", "20/03/2026", [
        "I am a Polish/English interpreter registered with the National Register of Public Service Interpreters. On 20th "
        "March 2026 I interpreted the video-recorded interview of Marta KOWALSKA conducted by DC NUTTALL between 10:00 "
        "and 11:05. I interpreted accurately and completely, to the best of my ability, everything said by both of them. "
        "I had not met Ms KOWALSKA before and I have no connection with her.",
    ], taken_by="DC 1904 NUTTALL", witnessed="DC 1904 NUTTALL"), "stmt_WROBEL_A.pdf", "witness")
    mg11_classic_pdf(c, W("Dr Fiona LAIRD", "LAIRD, Fiona (Dr)", "F. Laird", "Forensic Physician, Eastwold SARC", "25/03/2026", [
        "I am a registered medical practitioner with the Diploma of Legal Medicine and have worked as a forensic "
        "physician at Eastwold SARC since 2012.",
        "At 01:30 on 19th March 2026, with her written consent and through a Polish telephone interpreter, I examined "
        "Marta KOWALSKA. She told me that at about 22:40 a hotel guest had put his fingers inside her vagina and grabbed "
        "her left breast.",
        "I found a fresh 3 mm abrasion at the posterior fourchette and two bruises, 1 cm and 1.5 cm, on the upper outer "
        "left breast. In my opinion the abrasion is consistent with recent penetration by a finger or fingers. The "
        "bruises are consistent with firm gripping.",
        "I took FL/1 vulval swab, FL/2 high vaginal swab, FL/3 low vaginal swab, FL/4 swabs from the left breast, and "
        "FL/5 fingernail scrapings from Ms KOWALSKA, and handed them to the SARC store for collection. She signed the "
        "SARC consent form agreeing to release of my notes, body map and samples to the police and the CPS.",
    ], witnessed=""), "LAIRD FME statement.pdf", "expert")
    mg11_plain_docx(c, W("Dr Peter OKONJO", "OKONJO, Peter (Dr)", "P. Okonjo", "Forensic Scientist, Cairn Forensics Ltd", "10/04/2026", [
        "I am a forensic scientist employed by Cairn Forensics Ltd. I hold a PhD in molecular biology and have reported "
        "on DNA and body fluid casework since 2011. I understand my duty to the court.",
        "On 20th March 2026 Cairn Forensics received from Eastwold Constabulary: BA/2 finger swabs (right hand, Gavin "
        "STOKES); BA/3 fingernail clippings (right hand, STOKES); FL/2 high vaginal swab (Marta KOWALSKA); and reference "
        "samples from both. The seals were intact.",
        "BA/2: a mixed DNA profile was obtained. The major component matches Marta KOWALSKA; the probability of this "
        "match if the DNA came from someone other than, and unrelated to, her is in the order of one in a billion. The "
        "minor component is consistent with Mr STOKES. The quantity of her DNA, and the cellular material seen on "
        "microscopy, are in my opinion much more likely if his fingers had been in contact with an internal (mucosal) "
        "surface such as the vagina than if they had only touched her skin or her clothing. In my view the findings "
        "provide strong support for the first of those propositions.",
        "BA/3: a DNA profile matching Ms KOWALSKA was obtained from the clippings; this adds little to BA/2.",
        "FL/2: male DNA was detected. A Y-STR profile was obtained which matches that of Mr STOKES. Y-STR profiles are "
        "shared by paternal relatives; this profile has not been seen in a database of about 3,000 profiles.",
    ], sigmode="signed", witnessed=""), "Statement OKONJO P (forensic scientist).docx", "expert", F)

    # ---------------- multimedia
    video_abe(c, "CN2 ABE KOWALSKA 200326.mp4", "20/03/2026", "10:00:00", ["EASTWOLD VIS - ROOM A", "20/03/26  CN/2"], seed=51)
    make_video(c.add("BWV_3310_20260318_2311.mp4", "BWV"), "bwv", 3, ["PC3310 BWV", "2026-03-18"], "23:11:02", 52)
    make_video(c.add("CCTV corridor L2 2236-2243.mp4", "CCTV"), "cctv", 4, ["CAM 09  FLOOR 2 CORRIDOR", "18/03/2026"],
               "22:36:00", 53, fps=8, audio=False)
    d = Doc()
    d.h("ABE interview - English summary (CN/3)", 1)
    d.kv([("Witness", "Marta KOWALSKA (31)"), ("Date/time", "20/03/2026 10:00-11:05"), ("Interviewer", "DC 1904 NUTTALL"),
          ("Interpreter", "Agnieszka WRÓBEL (Polish)"), ("Monitor", "DC 3375 GREAVES"), ("URN", c.urn),
          ("Recording", "CN/1 master; CN/2 working copy (file CN2 ABE KOWALSKA 200326.mp4)")], widths=(22, 78))
    d.table(["Time", "Content"], [
        ["00:00-00:06", "Introductions through interpreter; ground rules; explanation of recording."],
        ["00:06-00:19", "Free narrative: guest in 214 rang for towels; she knocked, he opened the door and stood back; she put the towels on the bed; he closed the door, grabbed her left breast, pushed her against the wardrobe, put his hand inside her trousers and knickers and two fingers inside her vagina; she said 'nie, no, no' and pushed his chest; he laughed and held out a GBP 20 note; she ran out."],
        ["00:19-00:41", "Questioning: position of the door and wardrobe; which hand (right); how long (under a minute); pain; what he said ('come on, you like it')."],
        ["00:41-00:52", "What she did next: ran to the staff stairs, then to the back office; told the night manager; police came."],
        ["00:52-01:00", "Whether she knew of any complaint by the guest: no. Whether she had been in 214 before: once, on 17/03, to clean."],
        ["01:00-01:05", "Anything else; closing."],
    ], widths=[16, 84])
    pdf_simple(c, "CN3 ABE summary.pdf", "ABE_SUMMARY", d, size=9.5)

    # ---------------- incident chronology (Word), crime report (PDF)
    d = Doc()
    d.p("EASTWOLD CONSTABULARY - CONTACT MANAGEMENT - INCIDENT CHRONOLOGY", bold=True)
    d.p(f"Incident EW-260318-2258     Created 18/03/2026 22:58     URN {c.urn}     {OCC}")
    d.table(["Time", "Source", "Narrative"], [
        ["22:58:14", "999 (BT)", "Caller Oluwaseun ADEYEMI, night duty manager, Harbourside Hotel. Member of staff, Polish, limited English, says a guest in room 214 touched her breast and put his hand inside her. She is with caller in back office. Guest believed still in room."],
        ["22:59:30", "Call handler 4410", "Grade 1 - suspect on premises. Advise caller: keep her with him, do not approach guest, note anyone leaving."],
        ["23:00:05", "Dispatch", "ER12 PC 3310 ASHWORTH / PC 2871 MORGAN assigned."],
        ["23:09:40", "ER12", "On scene."],
        ["23:11:15", "ER12", "Using telephone interpreter. BWV running. Initial account: assault by penetration, room 214."],
        ["23:25:50", "ER12", "Male Gavin STOKES 11/02/1974 arrested in room 214 s.2 SOA. Hands bagged. Room 214 scene preserved."],
        ["23:40:12", "Dispatch", "SSOT on-call informed (DC MARSH). SARC booked 01:30. CSI requested for room 214."],
        ["00:05:33", "ER12", "Prisoner booked in Eastwold custody."],
        ["01:12:09", "DC 2290 MARSH", "Victim conveyed to SARC with interpreter booked."],
        ["02:40:00", "Crime Bureau", "Crime recorded " + OCC + ". Incident closed."],
    ], widths=[11, 17, 72])
    render_docx(d, c.add("Incident chronology EW-260318-2258.docx", "INCIDENT_LOG"), author="Contact Management")
    d = Doc()
    d.h("Crime recording - occurrence " + OCC, 2)
    d.kv([("URN", c.urn), ("Crime recording decision", "Recorded 19/03/2026 02:40 - assault by penetration (s.2) and sexual assault on a female (s.3)"),
          ("Location", "Room 214, Harbourside Hotel, Harbour Parade, Eastwold"), ("Date/time", "18/03/2026 22:36-22:41"),
          ("How reported", "999 by night duty manager on victim's behalf")], widths=(28, 72))
    d.box("Victim", "KOWALSKA, Marta. Protected characteristics recorded: sex female; age 31; nationality Polish; first language "
          "Polish (interpreter required); religion Roman Catholic; no disability. Victims' Code: enhanced. ISVA referral "
          "19/03/2026 (Polish-speaking ISVA). VPS explained 20/03/2026 via interpreter.")
    d.box("Suspect", "STOKES, Gavin, male, 52, Brackley Moor. Arrested at scene. Interviewed 19/03 and 14/04/2026. Pre-charge bail "
          "to 18/06/2026 with conditions.")
    d.box("Investigation summary", "BWV first account (BA/1); corridor CCTV (CW/1, CW/2); SARC FL/1-5; suspect finger swabs BA/2 "
          "and nail clippings BA/3; ABE with interpreter 20/03; forensic statement 10/04 (strong support for digital "
          "penetration); re-interview 14/04 no comment; MG3 16/04/2026.")
    pdf_simple(c, "Crime report OCC26000231857.pdf", "CRIME_REPORT", d, font="Cond", size=10)

    # ---------------- ROTI (two interviews)
    d = Doc()
    d.h("Record of taped interviews - Gavin STOKES", 1)
    d.p(f"URN {c.urn}. Solicitor in both interviews: Ms Joy ADEBAYO, Harbour Legal.")
    d.p("Interview 1 - 19/03/2026 10:12-11:03 - DC 1904 NUTTALL, DC 2290 MARSH", bold=True)
    d.p("Caution understood. Says the maid brought towels at about 22:35. She was 'chatty and friendly', smiled a lot. "
        "He gave her a GBP 20 tip. As she bent over to put the towels on the bed he 'patted her bottom' - 'a bit cheeky, "
        "I admit'. Denies closing the door, touching her breast or putting his hand in her trousers. Says she left "
        "quickly. Asked why she would make this up: he complained to reception that morning about having no towels and "
        "'maybe she got a telling-off'. Asked about the bruises to her breast and the abrasion: 'nothing to do with me'.")
    d.p("Interview 2 - 14/04/2026 14:00-14:26 - DC 1904 NUTTALL, DC 3375 GREAVES", bold=True)
    d.p("Forensic findings (BA/2, BA/3, FL/2) disclosed before interview. Prepared statement: none. 'No comment' to all "
        "questions, on legal advice.")
    d.p("Prepared by DC NUTTALL 15/04/2026.")
    pdf_simple(c, "ROTI STOKES x2.pdf", "ROTI", d, size=10)
    pnc_print(c, "PNC STOKES G.pdf", F, "STOKES, GAVIN", "11/02/1974", "1992/0511873L", [], "16/04/2026 09:40", "DC 1904 NUTTALL")
    d = witness_pnc_doc(c, [
        ["KOWALSKA, Marta", "04/09/1994", "Complainant", "No trace. ECRIS request to Poland 21/03/2026 - reply 02/04/2026: no convictions", "Nil"],
        ["ADEYEMI, Oluwaseun", "23/01/1988", "First account (night duty manager)", "No trace", "Nil"],
        ["WHITTLE, Craig", "12/07/1979", "Witness (security manager)", "No trace", "Nil"],
        ["WRÓBEL, Agnieszka", "05/05/1981", "Witness (interpreter)", "No trace", "Nil"],
    ], "DC 1904 NUTTALL", "16/04/2026")
    pdf_simple(c, "Witness PNC and ECRIS.pdf", "PNC", d, font="Sans", size=9.5)

    # ---------------- hotel logs (disclosable), schedules, MG2, MG12, SARC consent
    d = Doc()
    d.h("Harbourside Hotel - extracts provided to police (CW/ copies)", 2)
    d.p(f"URN {c.urn}")
    d.table(["Log", "Date/time", "Room", "Entry"], [
        ["Guest complaints", "18/03/2026 08:15", "214", "Guest (Mr Stokes) complained no towels in room on arrival 17/03. Apologised; towels to be sent. Housekeeping informed."],
        ["Reception telephone", "18/03/2026 22:30", "214", "Rm 214 requests 2 bath towels - passed to evening attendant (M.K.)"],
    ], widths=[18, 18, 8, 56])
    pdf_simple(c, "Hotel logs extract.pdf", ["OTHER"], d, size=10)
    mono_rows = lambda rows: "\n".join(f"{r[0]:<4} {r[1]:<62} {r[2]}" for r in rows)
    d = Doc()
    d.p(f"{F.upper():<52}OCCURRENCE SYSTEM - DISCLOSURE PRINT", bold=True, size=8.5)
    d.p(f"MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL\nURN {c.urn}   {OCC}   R v STOKES   Disclosure officer DC 1904 NUTTALL\n" + "-" * 92, size=8.5)
    rows6c = [
        ["1", "Incident chronology EW-260318-2258 (999 call 22:58 and deployment)", "Copy provided - rebuttable presumption"],
        ["2", "Crime report " + OCC, "Copy provided - rebuttable presumption"],
        ["3", "BWV PC 3310 ASHWORTH 23:09-23:40 (full, on DEMS); her account 23:11-23:19 is exhibit BA/1", "BA/1 provided (first account); rest does not meet test"],
        ["4", "Harbourside Hotel reception telephone log 18/03/2026: room 214 towels request 22:30", "Copy provided"],
        ["5", "Harbourside Hotel guest-complaints log 18/03/2026 08:15: STOKES complained of no towels", "May assist defence - copy provided"],
        ["6", "Note of conversation with housekeeping supervisor 21/03/2026: complaints not passed to attendants by name", "Not considered to meet the test"],
        ["7", "Notes of enquiries with occupants of rooms 212 and 216 (19/03/2026): heard nothing", "Not considered to meet the test"],
        ["8", "CSI scene report room 214 (photographs of layout; no forensic recovery)", "Not considered to meet the test"],
        ["9", "Custody record STOKES 18-19/03/2026 EW/C/26/2231", "Not considered to meet the test"],
        ["10", "Pre-interview disclosure documents 19/03 and 14/04/2026", "Not considered to meet the test"],
        ["11", "Telephone interpreter service call record 18/03/2026 23:11 (interpreter ID 40771)", "Not considered to meet the test"],
        ["12", "Witness PNC results and ECRIS reply for KOWALSKA (no convictions)", "Copy provided"],
        ["13", "Cairn Forensics submission forms and case notes 20/03-10/04/2026", "Not considered to meet the test"],
    ]
    for r in rows6c:
        lines = wrap(r[1], 56)
        d.p(f"{r[0]:<4} {lines[0]:<58} {r[2]}" + "".join("\n     " + x for x in lines[1:]), size=8.5)
    d.p("-" * 92 + "\nCertified complete: C. Nuttall DC 1904   16/04/2026", size=8.5)
    pdf_simple(c, "MG6C_print.pdf", "MG6C", d, font="Courier", size=8.5, lh=4.0, ftr=std_ftr(f"{c.urn} MG6C"))
    d = Doc()
    d.p(f"{F.upper():<52}OCCURRENCE SYSTEM - DISCLOSURE PRINT", bold=True, size=8.5)
    d.p(f"MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL\nURN {c.urn}   {OCC}   R v STOKES   Disclosure officer DC 1904 NUTTALL\n" + "-" * 92, size=8.5)
    for r in [["1", "Victim's home address, phone and shift pattern", "Personal data / safety - does not meet the test"],
              ["2", "ISVA referral form 19/03/2026", "Victim support - does not meet the test"],
              ["3", "Immigration status enquiry result for victim (settled status confirmed)", "Personal data - does not meet the test"]]:
        d.p(f"{r[0]:<4} {r[1]:<58} {r[2]}", size=8.5)
    d.p("-" * 92 + "\nC. Nuttall DC 1904   16/04/2026", size=8.5)
    pdf_simple(c, "MG6D_print.pdf", "MG6D", d, font="Courier", size=8.5, lh=4.0, ftr=std_ftr(f"{c.urn} MG6D"))
    d = Doc()
    d.h("MG2 - Special measures assessment", 1)
    d.kv([("URN", c.urn), ("Witness", "Marta KOWALSKA"), ("Eligibility", "s.17(4) YJCEA 1999 - complainant of a sexual offence"),
          ("Vulnerable s.16?", "No"), ("Measures", "s.27 ABE as evidence in chief; s.23 screens"),
          ("s.28", "Explained through interpreter 20/03/2026: she wants pre-recorded cross-examination"),
          ("Intermediary", "Not required - language need only, met by a Polish interpreter"),
          ("Interpreter", "Polish - required for all court attendances and meetings"),
          ("Witness's views", "'I do not want to see him. I want to say it once and finish.'"),
          ("Completed", "DC 1904 NUTTALL 16/04/2026")], widths=(25, 75))
    render_docx(d, c.add("MG2_KOWALSKA.docx", "MG2"), author="CNuttall")
    d = Doc()
    d.p(f"{F.upper():<52}OCCURRENCE SYSTEM - EXHIBITS", bold=True, size=8.5)
    d.p(f"MG12 EXHIBIT LIST   URN {c.urn}\n" + "-" * 92, size=8.5)
    for r in [["BA/1", "BWV clip 18/03/2026 23:11-23:19 (BWV_3310_20260318_2311.mp4)", "PC ASHWORTH"],
              ["BA/2", "Finger swabs, right hand, STOKES", "PC ASHWORTH"], ["BA/3", "Fingernail clippings, right hand, STOKES", "PC ASHWORTH"],
              ["CW/1", "Disc: CCTV camera 9, 22:30-22:45, 18/03/2026", "C. WHITTLE"],
              ["CW/2", "CCTV clip 22:36-22:43 (CCTV corridor L2 2236-2243.mp4)", "C. WHITTLE"],
              ["CN/1", "ABE master recording 20/03/2026 (sealed EW00338122)", "DC NUTTALL"],
              ["CN/2", "ABE working copy (CN2 ABE KOWALSKA 200326.mp4)", "DC NUTTALL"], ["CN/3", "ABE English summary", "DC NUTTALL"],
              ["FL/1-FL/5", "SARC samples: vulval, HVS, LVS, breast swabs, fingernail scrapings", "Dr LAIRD"]]:
        d.p(f"{r[0]:<10} {r[1]:<64} {r[2]}", size=8.5)
    pdf_simple(c, "MG12_print.pdf", "MG12", d, font="Courier", size=8.5, lh=4.0)
    d = Doc()
    d.h("Eastwold SARC - consent to share (copy for police)", 2)
    d.p(f"Client: Marta KOWALSKA     Date: 19/03/2026 01:25     Police ref: {OCC} / {c.urn}")
    d.p("Explained through a Polish telephone interpreter. I agree to: a forensic medical examination; samples being taken "
        "and given to the police; the doctor's notes, body map and any photographs being released to the police and the "
        "Crown Prosecution Service for the investigation and any prosecution.")
    d.p("Client signature: M. Kowalska      Doctor: F. Laird      Interpreter ID: 40771")
    pdf_simple(c, "SARC consent KOWALSKA.pdf", ["MEDICAL", "OTHER"], d, size=10)

    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                       "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# C6  Ashdown and Weald Police - compliant RE-SUBMISSION. Original MG3, the CPS action plan
#     (6 items) and an MG3A answering every item, with the new material; scanned statement of
#     the brother (first account) obtained in answer to the plan.
# ==============================================================================================
def case_c6(out):
    c = Case(out, "AW_14AW0276525_resubmission", "14AW0276525", exit_code=0, seed=606)
    F = "Ashdown and Weald Police"
    CR = "AW/25/16620"
    INC = "AW-240825-0213"

    # ---------------- original MG3 (Dec 2025)
    d = Doc()
    d.p("MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", bold=True, size=13)
    d.p(f"URN {c.urn}    Crime {CR}    {F} - Wealdham RASSO Team    Date 12/12/2025")
    d.p("Suspect: MERCER, Ryan (DOB 15/06/1996).  Offence: rape (SOA 2003 s.1), 24/08/2025, 22 Linden Way, Wealdham.")
    d.p("Decision requested: full code test.")
    d.p("Summary. Sophie TURNER (27) went to a house party hosted by Hannah and Matt COLE. She drank heavily and at about "
        "02:30 was shown to the spare room to sleep. She woke at about 03:45 to find MERCER, a friend of her brother, "
        "having sexual intercourse with her. She said 'what are you doing, get off' and he left. She walked home at 06:00 "
        "and at 06:20 rang her brother, Daniel TURNER, and told him. She reported at 10:12 (101). PC O'NEILL attended. "
        "SARC examination the same day; ABE on 26/08/2025.")
    d.p("Suspect's account. Interviewed 25/08/2025: intercourse consensual; she kissed him in the kitchen at about 01:30 "
        "and later invited him to lie down with her; she was awake and took part. He says she messaged him next day to "
        "apologise.")
    d.p("Lines of enquiry. Party guests being identified. Suspect's phone seized. The complainant's messages with the "
        "suspect have not been examined.")
    d.p("Forensic. SFR1 10/10/2025: semen on HVS, DNA matches MERCER. Toxicology on blood and urine taken at 11:50 "
        "requested 27/08/2025 - target date 31/12/2025.")
    d.p("Victim. ABE as evidence in chief; screens; she would like s.28. ISVA referral 25/08/2025. VPS offered 26/08/2025.")
    d.p("Bail. Pre-charge bail with conditions (no contact with Sophie or Daniel TURNER; not to enter Copse Road, Wealdham).")
    d.p("OIC DC 2119 Kate SOMERS, 01632 960211, kate.somers@ashdownweald.police.example.  Supervisor DS 1403 Neil "
        "FARRANT, 12/12/2025.")
    render_docx(d, c.add("MG3 original 121225.docx", "MG3"), font="Arial", size=10.5, author="KSomers",
                header=f"OFFICIAL-SENSITIVE  {c.urn}")

    # ---------------- CPS action plan
    items = [
        ("1", "Obtain an MG11 from Daniel TURNER, the complainant's brother, to whom she first disclosed by telephone at 06:20 on 24/08/2025.",
         "First complaint evidence; currently no statement.", "20/02/2026"),
        ("2", "Trace and take a statement from the host, Hannah COLE, who the complainant says was awake in the house; establish who else stayed overnight.",
         "Potential eyewitness evidence either way; reasonable line of enquiry.", "20/02/2026"),
        ("3", "Provide PNC checks for all prosecution witnesses (or confirm nil returns).", "Rebuttable presumption material.", "20/02/2026"),
        ("4", "Provide the MG6D (sensitive material schedule). None was submitted.", "Disclosure.", "20/02/2026"),
        ("5", "The suspect says the complainant messaged him the next day to apologise. Seek her agreement (DPN) to extract ONLY the "
              "messages between her and the suspect from 23/08/2025 to 25/08/2025. No wider download is to be sought.",
         "Reasonable line of enquiry on the suspect's account; limited to what is necessary.", "20/02/2026"),
        ("6", "Provide the toxicology result on the SARC blood and urine samples, with a back-calculation to about 03:45 if possible, or a new target date.",
         "Goes to capacity to consent.", "20/02/2026"),
    ]
    d = Doc()
    d.p("CROWN PROSECUTION SERVICE - WEALD RASSO UNIT", bold=True)
    d.h("Pre-charge action plan", 1)
    d.kv([("URN", c.urn), ("Suspect", "Ryan MERCER"), ("Police OIC", "DC 2119 Kate SOMERS"),
          ("Decision", "Further evidence required before a charging decision can be made (no decision at this stage)"),
          ("Date of plan", "09/01/2026"), ("Prosecutor", "Alan FROST, Senior Crown Prosecutor - 01632 960955 - alan.frost@cps.example")], widths=(22, 78))
    d.table(["No.", "Action", "Reason", "Target date"], [list(i) for i in items], widths=[6, 54, 26, 14])
    d.p("Please resubmit on an MG3A answering each numbered item. A. Frost")
    pdf_simple(c, "CPS action plan 090126.pdf", "ACTION_PLAN", d, size=10, ftr=std_ftr(f"CPS Weald RASSO - {c.urn}"))

    # ---------------- MG3A
    d = Doc()
    d.p("OFFICIAL-SENSITIVE", align="R", size=8)
    d.h("MG3A - FURTHER REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 1)
    d.kv([("URN", c.urn), ("Suspect", "MERCER, Ryan  DOB 15/06/1996"), ("Offence", "Rape (SOA 2003 s.1) - 24/08/2025 - 22 Linden Way, Wealdham"),
          ("Previous submission", "MG3 12/12/2025; CPS action plan 09/01/2026 (A. FROST)"), ("This report", "02/03/2026"),
          ("Decision sought", "Full Code Test")], widths=(26, 74))
    d.h("Response to each item of the action plan of 09/01/2026", 2)
    d.table(["Item", "Action required", "Response", "Attached"], [
        ["1", "MG11 from Daniel TURNER (first complaint)", "Done. Statement taken 21/01/2026. He describes the 06:20 call: 'Ryan had sex with me while I was asleep.'", "Scanned MG11 (scan_20260121_0931.pdf)"],
        ["2", "Statement from Hannah COLE; who stayed overnight", "Done. Statement 28/01/2026. At about 04:00 she saw MERCER leave the spare room doing up his belt; he said 'she's out cold'. She also saw the two kiss briefly in the kitchen at about 01:30 (could assist the defence). Overnight: Hannah and Matt COLE, Sophie TURNER, MERCER, Liam BOOTH. Matt COLE was asleep (note, MG6C 12). Liam BOOTH was asleep on the sofa from about 02:00 and saw and heard nothing (note, MG6C 13).", "COLE H MG11.pdf; MG6C v2"],
        ["3", "PNC checks for prosecution witnesses", "Done. Nil for Sophie TURNER and Hannah COLE. Daniel TURNER has one conviction (2017, s.4 Public Order Act, fine) - provided.", "Witness PNC 2026.pdf"],
        ["4", "MG6D", "Done. Sensitive schedule attached (3 items, none meets the test).", "MG6D.pdf"],
        ["5", "Messages complainant / suspect 23/08-25/08/2025 only, with DPN", "Done. DPN signed 29/01/2026; selective extraction limited to that conversation and those dates. There is no apology from her. The only messages are from MERCER at 11:04 on 24/08/2025: 'Soph are you ok? I'm so sorry about last night I don't know what happened' and her reply at 11:30: 'Don't ever contact me again'. No wider download was sought.", "DPN TURNER 290126.pdf; Extraction report AP1.pdf; PRESCOTT MG11"],
        ["6", "Toxicology with back-calculation", "Done. Dr EKWUEME 14/02/2026: blood 38 mg/100ml at 11:50; back-calculated to 03:45 most likely 160-200 mg/100ml (range 119-240). No drugs detected. At such levels deep sleep is likely.", "EKWUEME R toxicology MG11.pdf"],
    ], widths=[6, 22, 50, 22], size=9)
    d.p("All six items are answered. Nothing from the action plan is outstanding.")
    d.h("Updated position", 2)
    d.p("Suspect's account: unchanged since interview on 25/08/2025 (ROTI attached): consent; she was awake and took part; "
        "she apologised next day. The extraction shows that the message exchange was the other way round. He was "
        "re-interviewed on 25/02/2026 and the messages and Ms COLE's account were put to him: he made no comment (ROTI "
        "attached, second interview). Likely defence: consent or reasonable belief in consent.")
    d.p("Reasonable lines of enquiry: as above, including those that may assist him (the kiss seen by Ms COLE). The "
        "suspect's phone was examined for the same conversation and date range and shows the same messages (PRESCOTT "
        "MG11). No third-party material about the complainant has been sought; none is relevant to an issue.")
    d.p("Outstanding evidence: none. No further enquiries are outstanding.")
    d.p("Forensic/medical: SFR1 (DNA) and FME statement on file; consent to release her SARC records signed 24/08/2025.")
    d.p("Bail: pre-charge bail, extended by Wealdham Magistrates' Court on 20/02/2026 to 24/05/2026; conditions unchanged: "
        "no contact with Sophie TURNER or Daniel TURNER directly or indirectly; not to enter Copse Road, Wealdham.")
    d.p("Victim: special measures as in the MG2 attached (ABE as evidence in chief, screens, s.28 requested - she wants her "
        "cross-examination pre-recorded; not s.16 vulnerable, no intermediary). Needs: none beyond ISVA support; no "
        "interpreter. ISVA (Weald ISVA Service, Becky HALE) since 25/08/2025. VPS: offered 26/08/2025 and again 29/01/2026; "
        "she will make one after the decision.")
    d.kv([("OIC", "DC 2119 Kate SOMERS - 01632 960211 - kate.somers@ashdownweald.police.example"),
          ("Supervisor", "DS 1403 Neil FARRANT - reviewed against the action plan 02/03/2026, all items answered, approved. N. Farrant")], widths=(18, 82))
    render_docx(d, c.add("MG3A response 020326.docx", "MG3A"), font="Arial", size=10, author="KSomers",
                header=f"{F} - MG3A - URN {c.urn}", page_numbers=True)
    write_eml(c.add("RE_ 14AW0276525 resubmission.eml", "CORRESPONDENCE"),
              "Kate Somers <kate.somers@ashdownweald.police.example>", "Alan Frost <alan.frost@cps.example>",
              f"RE: {c.urn} MERCER - action plan 09/01/2026 - resubmission (MG3A)",
              dt.datetime(2026, 3, 2, 16, 40, tzinfo=dt.timezone.utc),
              "Mr Frost,\n\nPlease find the MG3A answering all six points of your action plan of 9 January, with the new "
              "statements (Daniel TURNER, Hannah COLE, Dr EKWUEME, Andy PRESCOTT), the DPN and extraction report, witness "
              "PNCs and the MG6D. The full file is re-sent so that everything is in one place.\n\n"
              "Kind regards\nDC 2119 Kate Somers\nWealdham RASSO Team\n01632 960211\n")

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    w = W("Daniel TURNER", "TURNER, Daniel", "D. Turner", "Plumber", "21/01/2026", [
        "I am Sophie TURNER's younger brother. I have known Ryan MERCER since school; we play five-a-side together.",
        "On Saturday 23rd August 2025 Sophie and I went to a party at Hannah and Matt COLE's house on Linden Way. Ryan was "
        "there. I left at about 1am because I had work; Sophie wanted to stay.",
        "At about 06:20 on Sunday 24th August Sophie rang me. She was crying so much I could not understand her at first. "
        "Then she said 'Ryan had sex with me while I was asleep. I woke up and he was on top of me.' She said she had "
        "walked home. I told her I was coming round and got to her flat on Copse Road at about 7am. She was sitting on the "
        "kitchen floor still in her dress. She said the same thing again and that she had told him to get off. I stayed "
        "with her. At about ten she decided to ring the police.",
        "Ryan sent me a message that afternoon saying 'mate I need to talk to you'. I did not reply and have not spoken "
        "to him since.",
    ], sigmode="scribble", witnessed="DC 2119 SOMERS")
    mg11_image(c, w, None, "first_account", kind="scan", pdfname="scan_20260121_0931.pdf")
    mg11_classic_pdf(c, W("Hannah COLE", "COLE, Hannah", "H. Cole", "Dental receptionist", "28/01/2026", [
        "I live at 22 Linden Way, Wealdham, with my husband Matt. On Saturday 23rd August 2025 we had a party for Matt's "
        "birthday; about thirty people came.",
        "At about 01:30 I saw Sophie TURNER and Ryan MERCER in the kitchen. They were chatting and I saw them kiss "
        "briefly; it was over in a second and Sophie laughed.",
        "At about 02:30 Sophie was very drunk, slurring and unsteady. I took her upstairs to the spare room and she lay "
        "down on the bed fully clothed. I put a bin by the bed and left the door ajar. She was asleep almost straight away.",
        "At about 4am I got up to use the toilet. As I came out I saw Ryan come out of the spare room. He was doing up his "
        "belt. He saw me and said 'she's out cold' and went downstairs. I thought he had been checking on her. I went back "
        "to bed. When I got up at 9am Sophie had gone.",
        "The people who stayed the night were me, Matt, Sophie, Ryan and Liam BOOTH, who slept on the sofa.",
    ], witnessed="DC 2119 SOMERS"), "COLE H MG11.pdf", "witness")
    mg11_classic_pdf(c, W("Priya BALAKRISHNAN", "BALAKRISHNAN, Priya", "P. Balakrishnan", "Detective Constable 3306, Wealdham RASSO Team", "26/08/2025", [
        "I am a Detective Constable and a trained ABE interviewer. On Tuesday 26th August 2025 between 14:00 and 15:16 I "
        "conducted a video-recorded interview with Sophie TURNER at the Wealdham video suite. DC 2119 SOMERS monitored.",
        "I produced a master recording, sealed in bag AW00918273, which I exhibit as PB/1, and a working copy, PB/2. I "
        "exhibit my summary of the interview as PB/3. I explained the Victim Personal Statement scheme to her.",
    ], witnessed=""), "BALAKRISHNAN P MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Sam O'NEILL", "O'NEILL, Sam", "S. O'Neill", "Police Constable 1422, Wealdham Response", "24/08/2025", [
        "I am a Police Constable. At 10:30 on Sunday 24th August 2025 I was sent to a flat on Copse Road, Wealdham, after a "
        "101 report of a rape. I arrived at 10:50 and was the first officer to attend. Sophie TURNER and her brother Daniel "
        "were there.",
        "She told me: 'I was at a party on Linden Way. I went to sleep in the spare room. I woke up and Ryan Mercer was "
        "having sex with me. I said get off and he went.' She was still wearing the dress from the party. With her "
        "agreement I seized the dress, exhibit SO/1, and her knickers, exhibit SO/2, and arranged the SARC.",
    ], witnessed=""), "ONEILL S MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Dr Omar SHEIKH", "SHEIKH, Omar (Dr)", "O. Sheikh", "Forensic Physician, Weald SARC", "03/09/2025", [
        "I am a forensic physician at the Weald SARC. At 11:30 on 24th August 2025, with her written consent, I examined "
        "Sophie TURNER. She told me she had woken at about 03:45 to find a man having intercourse with her.",
        "I found no injuries. This does not help to decide whether intercourse was consensual.",
        "I took OS/1 vulval swab, OS/2 high vaginal swab, OS/3 low vaginal swab, OS/4 endocervical swab, OS/5 blood (taken "
        "at 11:50) and OS/6 urine (11:55) for toxicology. She signed the SARC consent form for release of my notes and "
        "samples to the police and CPS.",
    ], witnessed=""), "SHEIKH O FME MG11.pdf", "expert")
    mg11_classic_pdf(c, W("Dr Ruth EKWUEME", "EKWUEME, Ruth (Dr)", "R. Ekwueme", "Forensic Toxicologist, Cairn Forensics Ltd", "14/02/2026", [
        "I am a forensic toxicologist with twenty years' experience. I received OS/5 (blood, taken 11:50 on 24/08/2025) and "
        "OS/6 (urine, 11:55) with seals intact.",
        "OS/5 contained 38 milligrams of alcohol in 100 millilitres of blood. OS/6 contained 85 mg/100 ml. No drugs were "
        "detected in either sample on a broad screen including sedatives and 'date-rape' drugs.",
        "Using the accepted range of elimination rates (10 to 25 mg/100 ml per hour), and assuming no drinking after 03:00, "
        "her blood alcohol at 03:45 would have been between about 119 and 240 mg/100 ml, most likely 160 to 200. At such "
        "levels most people show marked impairment of coordination and judgment, and drowsiness and deep sleep are likely.",
    ], witnessed=""), "EKWUEME R toxicology MG11.pdf", "expert")
    mg11_plain_docx(c, W("Andy PRESCOTT", "PRESCOTT, Andy", "A. Prescott", "Digital Media Investigator (police staff), Ashdown and Weald Police", "30/01/2026", [
        "I am a Digital Media Investigator employed by Ashdown and Weald Police.",
        "On 29th January 2026, after Sophie TURNER had signed a Digital Processing Notice, I carried out a selective "
        "extraction of her iPhone limited to the WhatsApp and SMS conversation with Ryan MERCER's number for 23rd to 25th "
        "August 2025. No other data was extracted or viewed. The phone was returned to her at 12:40 the same day. I "
        "exhibit the report as AP/1.",
        "On 30th January 2026 I examined MERCER's phone (seized 25/08/2025, exhibit KS/2) for the same conversation and "
        "dates. It holds the same messages and no others in that period.",
    ], sigmode="signed", witnessed=""), "PRESCOTT A DMI MG11.docx", "officer", F)

    # ---------------- ABE, summary
    video_abe(c, "ABE TURNER S PB2.mp4", "26/08/2025", "14:00:00", ["WEALDHAM VIDEO SUITE", "26-08-2025 PB/2"], seed=61)
    d = Doc()
    d.h("ABE summary - exhibit PB/3", 1)
    d.p(f"URN {c.urn}. Sophie TURNER, 26/08/2025 14:00-15:16, DC BALAKRISHNAN; monitor DC SOMERS. Recording PB/1 (master), PB/2 (working copy).")
    for t, s_ in [("00:00", "Introductions; ground rules."), ("00:04", "Party at 22 Linden Way from 20:00; drank wine, then shots; lost count."),
                  ("00:11", "Chatted to Ryan in the kitchen; accepts a 'silly quick kiss' about 01:30; told him she was going home soon."),
                  ("00:16", "About 02:30 felt sick; Hannah took her to the spare room; fell asleep straight away."),
                  ("00:20", "Woke in the dark; Ryan on top of her, penis in her vagina, her dress pushed up and knickers pulled to one side. Said 'what are you doing, get off'. He got off, said 'you were well up for it', left."),
                  ("00:31", "Lay frozen until it got light; walked home about 06:00; rang Daniel 06:20."),
                  ("00:45", "Questioning: whether she invited him to lie down (no); whether she was awake before (no); messages next day (he messaged her; she told him not to contact her)."),
                  ("01:12", "Closing.")]:
        d.p(f"{t}  {s_}")
    pdf_simple(c, "ABE summary PB3.pdf", "ABE_SUMMARY", d, size=10)

    # ---------------- DPN / extraction / SFR1 / ROTI / PNC
    d = Doc()
    d.h("Digital Processing Notice - victim/witness", 1)
    d.kv([("URN", c.urn), ("Device user", "Sophie TURNER"), ("Device", "iPhone 15"),
          ("Reasonable line of enquiry", "Mr MERCER says you messaged him the next day to apologise. The CPS has asked us to check this."),
          ("Scope", "Only WhatsApp and SMS messages between you and Ryan MERCER's number, 23/08/2025 to 25/08/2025. Nothing else."),
          ("Method", "Selective extraction by a Digital Media Investigator; phone returned the same day.")], widths=(26, 74))
    d.p("Agreement: I agree to this extraction.")
    d.sig("Signed: S. Turner   29/01/2026 10:15      Officer: K. Somers DC 2119")
    pdf_simple(c, "DPN TURNER 290126.pdf", "DPN", d, size=10)
    d = Doc()
    d.h("Selective extraction report - AP/1", 1)
    d.p(f"URN {c.urn}. iPhone 15 (Sophie TURNER). Scope per DPN 29/01/2026: WhatsApp/SMS with MERCER, 23/08-25/08/2025.")
    d.table(["Date/time", "From", "Message"], [
        ["24/08/2025 11:04", "MERCER", "Soph are you ok? I'm so sorry about last night I don't know what happened"],
        ["24/08/2025 11:30", "TURNER", "Don't ever contact me again"],
    ], widths=[20, 15, 65])
    d.p("No other messages exist in the date range. Examiner: A. PRESCOTT, DMI.")
    pdf_simple(c, "Extraction report AP1.pdf", "DIGITAL_EXTRACT", d, size=10)
    d = Doc()
    d.h("Streamlined Forensic Report (SFR1)", 1)
    d.p(f"Cairn Forensics ref CF-25-44102   Police ref {CR} / URN {c.urn}   10/10/2025")
    d.p("OS/2 (high vaginal swab, Sophie TURNER): semen detected. The DNA profile from the sperm fraction matches the "
        "reference profile of Ryan MERCER (KS/1). Match probability: in the order of one in a billion. SO/2 (knickers): "
        "semen detected; profile matches MERCER.")
    pdf_simple(c, "SFR1 AW-25-16620.pdf", "FORENSIC", d, size=10)
    d = Doc()
    d.h("RECORD OF TAPED INTERVIEW", 1)
    d.kv([("URN", c.urn), ("Interviewee", "Ryan MERCER"), ("Date", "25/08/2025 15:02-15:49"), ("Officers", "DC 2119 SOMERS, DC 3306 BALAKRISHNAN"),
          ("Solicitor", "Mr Dev PATEL, Weald Criminal Defence")], widths=(22, 78))
    d.p("Caution understood. Says he and Sophie 'got on really well' at the party and kissed in the kitchen about 01:30. "
        "Later he went up to see if she was OK and she 'pulled him onto the bed' and said 'lie with me'. They had sex; she "
        "was awake, kissing him and moving with him. Denies she was asleep. After, she 'went a bit weird' and told him "
        "to go. Says she messaged him next day to say sorry for making things awkward. Asked to show the message: says "
        "he must have deleted it. Consents to samples.")
    d.p("Second interview - 25/02/2026 10:05-10:31 - DC SOMERS / DC BALAKRISHNAN - Mr PATEL present.", bold=True)
    d.p("Disclosed before interview: the extracted messages of 24/08/2025 (AP/1) and Hannah COLE's account that he left the "
        "spare room at about 04:00 saying 'she's out cold'. He made no comment to all questions on legal advice.")
    pdf_simple(c, "ROTI MERCER 250825.pdf", "ROTI", d, size=10)
    pnc_print(c, "PNC MERCER.pdf", F, "MERCER, RYAN", "15/06/1996", "2014/0650231W", [], "02/03/2026 09:30", "DC 2119 SOMERS")
    d = witness_pnc_doc(c, [
        ["TURNER, Sophie", "03/12/1997", "Complainant", "No trace", "Nil"],
        ["TURNER, Daniel", "19/04/1999", "First account (brother)", "1 conviction: 2017 s.4 Public Order Act 1986, fine GBP 150", "Provided - rebuttable presumption"],
        ["COLE, Hannah", "08/08/1990", "Witness (host)", "No trace", "Nil"],
    ], "DC 2119 SOMERS", "30/01/2026")
    pdf_simple(c, "Witness PNC 2026.pdf", "PNC", d, size=10)

    # ---------------- schedules, incident log, crime report, MG2, MG12
    rows = [
        [1, f"Incident log {INC}: 101 call by complainant 24/08/2025 10:12 and deployment", "RASSO file", "Rebuttable presumption - copy provided"],
        [2, f"Crime report {CR} with investigation log", "Crime system", "Rebuttable presumption - copy provided"],
        [3, "PC 1422 O'NEILL pocket notebook 24/08/2025 p.8: initial account (reproduced word for word in his MG11)", "RASSO file", "Content served in MG11 - not considered to meet the test further"],
        [4, "ABE interview plan 26/08/2025 (DC BALAKRISHNAN)", "RASSO file", "Not considered to meet the test"],
        [5, "Custody record MERCER 25/08/2025 AW/C/25/3302", "Custody system", "Not considered to meet the test"],
        [6, "Pre-interview disclosure 25/08/2025", "RASSO file", "Not considered to meet the test"],
        [7, "Bail records 25/08/2025 and extensions (Supt 21/11/2025; Wealdham MC 20/02/2026)", "Custody system", "Not considered to meet the test"],
        [8, "MG21 forensic submission 27/08/2025 (OS/2, OS/5, OS/6, SO/2, KS/1)", "RASSO file", "Not considered to meet the test"],
        [9, "List of party guests compiled from Hannah COLE and Matt COLE (31 names)", "RASSO file", "Not considered to meet the test"],
        [10, "PNC results for prosecution witnesses incl. Daniel TURNER conviction 2017", "RASSO file", "Copy provided"],
        [11, "Hannah COLE account of the kiss at 01:30 (in her MG11, served)", "RASSO file", "Assists defence - served in MG11"],
        [12, "Note of conversation with Matt COLE 30/01/2026: asleep from about 02:00, saw nothing", "RASSO file", "Not considered to meet the test"],
        [13, "Note of conversation with Liam BOOTH 30/01/2026: asleep on sofa from about 02:00, saw and heard nothing", "RASSO file", "Not considered to meet the test"],
        [14, "CPS action plan 09/01/2026 and this response", "RASSO file", "Copy provided"],
    ]
    write_xlsx(c.add("MG6C v2.xlsx", "MG6C"), [dict(title="MG6C v2", top=[["MG6C - SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (revised)"],
               ["URN", c.urn], ["R v", "Ryan MERCER"], ["Disclosure officer", "DC 2119 Kate SOMERS"], ["Revised", "02/03/2026"]],
               headers=["No", "Description", "Location", "D.O. view"], rows=rows, widths=[5, 80, 16, 40],
               bottom=["Signed K. Somers 02/03/2026"])], creator="KSomers")
    d = Doc()
    d.h("MG6D - SCHEDULE OF SENSITIVE MATERIAL", 2)
    d.p(f"URN {c.urn}   R v MERCER   Disclosure officer DC 2119 SOMERS   02/03/2026")
    d.table(["No", "Description", "Reason", "View"], [
        ["1", "Complainant's address and contact details", "Personal data", "Does not meet the test"],
        ["2", "ISVA referral 25/08/2025", "Support information", "Does not meet the test"],
        ["3", "Bail condition map showing complainant's street", "Reveals complainant's address", "Does not meet the test"],
    ], widths=[6, 44, 26, 24])
    pdf_simple(c, "MG6D.pdf", "MG6D", d, size=10)
    d = Doc()
    d.p("ASHDOWN AND WEALD POLICE  -  COMMAND & CONTROL", bold=True)
    d.p(f"INCIDENT {INC}   CREATED 24/08/2025 10:12   CLOSED 24/08/2025 13:40   URN {c.urn}")
    for t, tx in [("10:12", "101 call - Sophie TURNER, 27, reports she was raped at a party at 22 Linden Way in the early hours by Ryan MERCER while asleep. At home, Copse Road, with brother."),
                  ("10:14", "Safety: suspect not present. Forensic advice given."), ("10:30", "WD07 PC 1422 O'NEILL assigned."),
                  ("10:50", "WD07 at scene. Initial account obtained. Clothing seized."), ("11:05", "SARC booked 11:30. RASSO on-call informed."),
                  ("13:40", f"Crime {CR} recorded. Closed.")]:
        d.p(f"{t}   {tx}")
    pdf_simple(c, "Incident log AW-240825-0213.pdf", "INCIDENT_LOG", d, font="Courier", size=9, lh=4.5)
    d = Doc()
    d.h("Crime report " + CR, 1)
    d.kv([("URN", c.urn), ("Offence", "Rape (s.1 SOA 2003)"), ("When", "24/08/2025 approx 03:45"), ("Where", "Spare bedroom, 22 Linden Way, Wealdham"),
          ("Victim", "TURNER, Sophie, F, 27, White British. Enhanced service. ISVA 25/08/2025. VPS offered 26/08/2025."),
          ("Suspect", "MERCER, Ryan, M, 29. Arrested 25/08/2025. Bail with conditions."),
          ("Log", "24/08 report, SARC; 25/08 arrest/interview; 26/08 ABE; 10/10 SFR1; 12/12 MG3; 09/01/2026 CPS action plan; "
                  "21/01 D. TURNER MG11; 28/01 H. COLE MG11; 29/01 DPN and extraction; 14/02 toxicology; 25/02 further interview (no comment); 02/03 MG3A.")], widths=(18, 82))
    render_docx(d, c.add("Crime report AW-25-16620.docx", "CRIME_REPORT"), author="Crime system")
    d = Doc()
    d.h("MG2  Special measures", 1)
    d.kv([("URN", c.urn), ("Witness", "Sophie TURNER"), ("Eligibility", "s.17(4) - complainant in a sexual offence"),
          ("Measures", "ABE as evidence in chief (s.27); screens (s.23)"), ("s.28", "Wants pre-recorded cross-examination"),
          ("Intermediary", "Not needed - not vulnerable (s.16)"), ("Date", "26/08/2025, reviewed 02/03/2026 - DC SOMERS")], widths=(22, 78))
    pdf_simple(c, "MG2 TURNER.pdf", "MG2", d, size=10)
    d = Doc()
    d.h("MG12 Exhibit list (v2)", 1)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Producer"], [
        ["PB/1", "ABE master 26/08/2025 (sealed AW00918273)", "DC BALAKRISHNAN"], ["PB/2", "ABE working copy (ABE TURNER S PB2.mp4)", "DC BALAKRISHNAN"],
        ["PB/3", "ABE summary", "DC BALAKRISHNAN"], ["SO/1", "Dress", "PC O'NEILL"], ["SO/2", "Knickers", "PC O'NEILL"],
        ["OS/1-OS/6", "SARC swabs, blood and urine", "Dr SHEIKH"], ["KS/1", "Buccal reference sample MERCER", "DC SOMERS"],
        ["KS/2", "MERCER's phone", "DC SOMERS"], ["AP/1", "Selective extraction report (complainant's phone)", "A. PRESCOTT"],
    ], widths=[14, 66, 20])
    pdf_simple(c, "MG12 v2.pdf", "MG12", d, size=10)

    c.must_not_fail = ["mg3_present", "test_sought", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                       "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                       "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                       "special_measures", "victim_care", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# E1  Northmoor Police - EARLY ADVICE request (stage early_advice), compliant for that stage.
#     Suspect not yet interviewed; ABE done; flatmate = first account (named).
# ==============================================================================================
def case_e1(out):
    c = Case(out, "NM_41NM0622626_early_advice", "41NM0622626", stage="early_advice", exit_code=0, seed=707)
    F = "Northmoor Police"
    CR = "NM/26/10331"
    d = Doc()
    d.p("OFFICIAL-SENSITIVE", align="R", size=8)
    d.h("MG3 - REQUEST FOR EARLY ADVICE", 1)
    d.kv([("URN", c.urn), ("Crime", CR), ("Force / unit", F + " - Northby RASSO Team"),
          ("Suspect", "BRADSHAW, Liam  DOB 10/10/2005  student (not yet arrested)"),
          ("Offence under investigation", "Rape (SOA 2003 s.1) - 03/05/2026 about 03:00 - Calder Court student residence, Northby"),
          ("Type of request", "Early advice (DG6). No charging decision is sought at this stage."),
          ("Date", "12/05/2026")], widths=(28, 72))
    d.h("Investigation so far", 2)
    d.p("Precious NDLOVU (19), a first-year student, went on a night out with friends on 02/05/2026. Liam BRADSHAW, who "
        "lives in the same block, walked back with her at about 02:30. He came into her room in flat 3C. She told him she "
        "wanted to sleep and lay down; he got into her bed and, despite her saying 'no, I don't want to', had penile "
        "vaginal intercourse with her. She says she froze and then pushed him away; he left at about 03:40. At 04:10 she "
        "knocked on the door of her flatmate, Zara HUSSAIN, and told her. Zara called 999 at 04:25 (statement attached). "
        "PC CHEN was the first officer to attend (statement attached). ABE on 06/05/2026 (recording, summary and "
        "interviewing officer's statement attached). SARC examination 03/05/2026; samples submitted.")
    d.p("The university moved Ms NDLOVU to another residence on 04/05/2026 as a safeguarding measure. BRADSHAW has not "
        "been told of the report. There has been no contact between them since.")
    d.h("Why early advice is sought now", 2)
    d.p("We would like advice before arrest on: (1) the interview strategy - he is likely to say it was consensual, and "
        "he sent her an Instagram message at 11:02 on 03/05/2026, 'did we..? sorry if I was out of order'; (2) whether a "
        "selective extraction of her Instagram conversation with him from 02/05/2026 to 06/05/2026 only is a "
        "reasonable line of enquiry - she has offered to show it; we do not propose any wider examination; (3) what "
        "other evidence you would expect before a full code test submission.")
    d.h("Reasonable lines of enquiry planned (including those that may point away from the suspect)", 2)
    d.table(["Line of enquiry", "Why", "Target date"], [
        ["Arrest and interview BRADSHAW; seize his phone", "His account; his messages about the night", "20/05/2026 (after advice)"],
        ["Calder Court door-fob logs for 3C and 5A, 02-03/05/2026", "Times in and out; tests both accounts", "19/05/2026"],
        ["Calder Court entrance CCTV 02:00-04:30", "Arrival together, demeanour; may show her at ease with him", "19/05/2026 (requested 04/05)"],
        ["Statements from the two friends on the night out (Ama OSEI, Kofi MENSAH)", "Drink taken, how she and BRADSHAW were together - may support either account", "26/05/2026"],
        ["Her Instagram conversation with BRADSHAW 02/05-06/05/2026 (selective, DPN) - subject to your advice", "His message of 11:02; any earlier messages", "After advice"],
        ["Forensic results (SARC samples)", "Intercourse likely to be admitted; completeness", "15/06/2026"],
    ], widths=[38, 42, 20], size=9)
    d.p("Not proposed: her medical, counselling or university records, or any general download of her phone; nothing "
        "suggests they would be relevant to an issue.")
    d.h("Victim", 2)
    d.p("She is not vulnerable within s.16 and has no communication needs; no interpreter. She has been told about special "
        "measures and s.28 and would like to pre-record her cross-examination. ISVA referral made 03/05/2026 (Northmoor "
        "ISVA Service). VPS explained on 06/05/2026; she will decide later.")
    d.kv([("OIC", "DC 4478 Rob KIRKBRIDE"), ("Telephone", "01632 960447"), ("Email", "rob.kirkbride@northmoor.police.example"),
          ("Supervisor", "DS 1188 Jean KOWALCZYK - agreed request 12/05/2026")], widths=(22, 78))
    render_docx(d, c.add("MG3 early advice request.docx", "MG3"), font="Calibri", size=10.5, author="RKirkbride",
                header=f"{F}  {c.urn}")
    write_eml(c.add("Early advice request 41NM0622626.eml", "CORRESPONDENCE"),
              "Rob Kirkbride <rob.kirkbride@northmoor.police.example>", "RASSO Early Advice <rasso.ea@cps.example>",
              f"Early advice request - {c.urn} - BRADSHAW", dt.datetime(2026, 5, 12, 15, 5, tzinfo=dt.timezone.utc),
              "Please find attached an MG3 requesting early advice, with the ABE recording and summary, and the statements "
              "taken so far. The suspect has not been arrested; we would value advice before interview.\n\nDC 4478 Rob "
              "Kirkbride, Northby RASSO Team, 01632 960447\n")

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mg11_plain_docx(c, W("Zara HUSSAIN", "HUSSAIN, Zara", "Z. Hussain", "Student", "04/05/2026", [
        "I am a first-year student at Northmoor University and I share flat 3C, Calder Court, with Precious NDLOVU and three "
        "others.",
        "At about 04:10 on Sunday 3rd May 2026 I was woken by knocking on my bedroom door. It was Precious. She was crying "
        "and shaking and had a hoodie on over her pyjamas. She said 'Liam from 5A came in my room. I said I didn't want "
        "to and he did it anyway. He had sex with me.' She kept saying 'I said no, I said I just wanted to sleep'.",
        "I asked if she wanted me to call the police and she said yes. I rang 999 at about 04:25. I stayed with her until "
        "the police came.",
    ], sigmode="signed", witnessed="PC 6021 CHEN"), "HUSSAIN Z statement.docx", "first_account", F)
    mg11_classic_pdf(c, W("Amy CHEN", "CHEN, Amy", "A. Chen", "Police Constable 6021, Northby Response", "03/05/2026", [
        "I am a Police Constable. At 04:27 on Sunday 3rd May 2026 I was sent to flat 3C Calder Court after a 999 call. I "
        "arrived at 04:48 and was the first officer there. Precious NDLOVU was in the kitchen with Zara HUSSAIN.",
        "She told me: 'Liam walked me home and came in my room. I told him I wanted to sleep. He got in my bed and had sex "
        "with me. I said no. I just froze.' She said it happened at about 3am and that he lives in flat 5A. My body-worn "
        "camera was not switched on because I had gone into the flat only to check on her welfare, and she then asked me "
        "not to record; I wrote her words in my pocket notebook at 04:55.",
        "I gave forensic advice and arranged the SARC. I stayed until 06:30.",
    ], witnessed=""), "CHEN A MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Rob KIRKBRIDE", "KIRKBRIDE, Rob", "R. Kirkbride", "Detective Constable 4478, Northby RASSO Team", "06/05/2026", [
        "I am a Detective Constable and a trained ABE interviewer. On Wednesday 6th May 2026 between 11:00 and 12:02 I "
        "conducted a video-recorded interview with Precious NDLOVU at the Northby video suite. DC Tara BEALE monitored.",
        "I made a master recording, sealed in bag NM00612200, which I exhibit as RK/1, and a working copy, which I exhibit "
        "as RK/2. I exhibit my summary of the interview as RK/3.",
    ], witnessed=""), "KIRKBRIDE R MG11.pdf", "officer")
    video_abe(c, "RK2_ABE_NDLOVU_060526.mp4", "06/05/2026", "11:00:00", ["NORTHBY VIDEO SUITE", "06/05/2026 RK/2"], seed=71)
    d = Doc()
    d.h("ABE summary - RK/3", 1)
    d.kv([("Witness", "Precious NDLOVU (19)"), ("Date", "06/05/2026 11:00-12:02"), ("Interviewer", "DC 4478 KIRKBRIDE"), ("URN", c.urn)], widths=(22, 78))
    for t, s_ in [("00:00", "Introductions; ground rules."),
                  ("00:05", "Night out on 02/05 with Ama and Kofi; four drinks; met Liam BRADSHAW at the bar; he offered to walk back."),
                  ("00:14", "In her room: she said she was tired and wanted to sleep; he sat on the bed; she lay down; he got in behind her, pulled down her shorts; she said 'no, I don't want to'; penile vaginal penetration; she froze."),
                  ("00:26", "She pushed him; he said 'sorry, sorry' and left about 03:40."),
                  ("00:31", "Told Zara at about 04:10."),
                  ("00:38", "Questioning: what was said on the walk back; whether they had kissed (once, at the bar, briefly); lighting; his clothing."),
                  ("00:55", "His Instagram message next morning; she has not replied."), ("01:01", "Closing.")]:
        d.p(f"{t}  {s_}")
    pdf_simple(c, "ABE summary RK3.pdf", "ABE_SUMMARY", d, size=10)
    d = Doc()
    d.p("NORTHMOOR POLICE - COMMAND AND CONTROL - INCIDENT NM-260503-0144", bold=True)
    d.p(f"Created 03/05/2026 04:25:51   URN (added 12/05) {c.urn}   Crime {CR}")
    for t, tx in [("04:25:51", "999 from Zara HUSSAIN, flat 3C Calder Court. Flatmate Precious NDLOVU 19 says male from flat 5A 'Liam' had sex with her in her room against her will approx 03:00. Male has left to his own flat."),
                  ("04:27:10", "Grade 1. NB44 PC 6021 CHEN assigned."), ("04:48:02", "NB44 at scene."),
                  ("05:05:30", "NB44: initial account in PNB. Victim declined BWV. SARC to be booked. Suspect not approached - RASSO to decide."),
                  ("06:30:00", "NB44 clear. SARC 10:00."), ("07:02:18", f"Crime recorded {CR}. Closed.")]:
        d.p(f"{t}  {tx}")
    pdf_simple(c, "NM-260503-0144 log.pdf", "INCIDENT_LOG", d, font="Courier", size=9, lh=4.4)
    d = Doc()
    d.h("Crime report " + CR, 1)
    d.kv([("URN", c.urn), ("Offence", "Rape (s.1 SOA 2003)"), ("Date", "03/05/2026 approx 03:00"), ("Location", "Flat 3C, Calder Court, Northby"),
          ("Victim", "NDLOVU, Precious, F, 19, Black African. Enhanced service. ISVA 03/05/2026."),
          ("Suspect", "BRADSHAW, Liam, M, 20, flat 5A Calder Court - not yet arrested; early advice requested 12/05/2026"),
          ("OIC", "DC 4478 KIRKBRIDE")], widths=(18, 82))
    pdf_simple(c, "Crime report NM-26-10331.pdf", "CRIME_REPORT", d, size=10)

    c.must_not_fail = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "complainant_account",
                       "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                       "files_readable", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# F1  Kestrel Vale Police - FAULTY: ABE recording referred to (and exhibited) but not in the file;
#     MG6C entries that say nothing ("Misc paperwork", "Officer's notes", "Emails").
# ==============================================================================================
def case_f1(out):
    c = Case(out, "KV-63KV0588126-BARKER", "63KV0588126", exit_code=1, seed=808)
    F = "Kestrel Vale Police"
    CR = "KV-25-047210"
    d = Doc()
    d.h("Report to the Crown Prosecutor for a charging decision (MG3)", 1)
    d.kv([("URN", c.urn), ("Suspect", "NEWTON, Stuart  DOB 19/08/1987"), ("Offence", "Rape (SOA 2003 s.1), 12/12/2025, lay-by on Moor Lane, Kestwick"),
          ("Test", "Full Code Test"), ("OIC", "DC 2388 Kate BRAMLEY, Kestwick RASSO - 01632 960238 - kate.bramley@kestrelvale.police.example")], widths=(18, 82))
    d.p("Case summary. Holly BARKER (34) and Stuart NEWTON (38) work for Brightwell Logistics. After the staff Christmas "
        "party at Kestwick Golf Club on 12/12/2025 he offered her a lift home. He stopped in a lay-by on Moor Lane, said "
        "he had something for her in the back, and when she got into the back seat to look he got in beside her, pushed "
        "her down and raped her, ignoring her saying 'no, Stuart, stop'. She got out and walked to Moorside Services, "
        "where at 23:58 she asked the cashier to use the phone because hers was dead. She rang her mother, Janet BARKER, who "
        "collected her at 00:20. In the car she told her mother 'Stuart from work raped me in his car'. Her mother is the "
        "first person she told; statement attached. Her mother called 999 at 00:45; PC DESAI was the first officer to "
        "attend (statement attached).", align="J")
    d.p("The complainant was interviewed on video on 15/12/2025 (ABE recording KB/2 and the summary KB/3 are attached, "
        "with DC BRAMLEY's exhibiting statement). SARC examination 13/12/2025 (Dr ROKE); she signed the SARC consent form "
        "for release of her records. SFR1 (20/02/2026): semen on the HVS, DNA matching NEWTON.", align="J")
    d.p("Suspect's account. Interviewed 16/12/2025 with a solicitor: intercourse was consensual; she kissed him first in "
        "the car and climbed into the back herself; she became upset afterwards because she regretted it and was worried "
        "about her job. Likely defence: consent.", align="J")
    d.p("Lines of enquiry. The cashier at Moorside Services (statement attached) describes her distress; the garage CCTV "
        "was not recording that night (confirmed by the manager). Work colleagues at the party: three seen; they saw the "
        "two leave together and nothing of note before - this neither supports nor undermines either account (MG6C). "
        "His claim that she kissed him first has been put to her in the ABE; she denies it. There was no contact between "
        "them outside work, so her phone has not been examined and no digital material has been sought; there is no "
        "reasonable line of enquiry into it. No third-party material sought.", align="J")
    d.p("Outstanding evidence: none.")
    d.p("Bail: pre-charge bail to 16/06/2026; conditions: no contact with Holly BARKER directly or indirectly; not to attend "
        "Brightwell Logistics' Kestwick office (he is suspended from work).")
    d.p("Early advice was not sought because the suspect's account and the forensic result were obtained before a request "
        "could usefully be made.")
    d.p("Victim. MG2 attached: s.17(4); ABE as evidence in chief, screens; s.28 - she would like her cross-examination "
        "pre-recorded. Not s.16 vulnerable; no intermediary. Needs: none; no interpreter. ISVA: Kestrel Vale ISVA Service "
        "since 14/12/2025. VPS offered 15/12/2025; she made one on 10/03/2026 (attached).")
    d.p("Disclosure: MG6C and MG6D attached.")
    d.p("Supervisor: DS 1770 Rachel AINSWORTH - approved 17/03/2026.")
    pdf_simple(c, "MG3_BARKER_NEWTON.pdf", "MG3", d, font="Serif", size=10.5, ftr=std_ftr(f"OFFICIAL-SENSITIVE  {c.urn}"))

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mg11_classic_pdf(c, W("Kate BRAMLEY", "BRAMLEY, Kate", "K. Bramley", "Detective Constable 2388, Kestwick RASSO Team", "15/12/2025", [
        "I am a Detective Constable and a trained ABE interviewer. On Monday 15th December 2025 between 10:30 and 11:41 I "
        "conducted a video-recorded interview with Holly BARKER at the Kestwick Video Suite. DC 2877 VERNON monitored.",
        "I made a master copy on DVD, sealed in bag KV0101977, which I exhibit as KB/1, and a working copy, which I exhibit "
        "as KB/2. I exhibit my summary of the interview as KB/3.",
    ], witnessed=""), "BRAMLEY K - MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Janet BARKER", "BARKER, Janet", "J. Barker", "Retired teacher", "13/12/2025", [
        "I am Holly BARKER's mother. At about 00:02 on Saturday 13th December 2025 my landline rang; it was Holly calling "
        "from the garage on Moor Lane. She was crying and said 'Mum, please come and get me, I'm at Moorside garage'.",
        "I drove there and arrived at about 00:20. She was sitting on a chair inside by the counter with her coat wrapped "
        "round her. Her tights were torn. In the car I asked what had happened. She said 'Stuart from work raped me in his "
        "car. He said he had something for me in the back and then he pushed me down. I told him to stop.'",
        "I took her home. At 00:45 I rang 999.",
    ], witnessed="PC 1655 DESAI"), "BARKER J - MG11.pdf", "first_account")
    mg11_classic_pdf(c, W("Ravi DESAI", "DESAI, Ravi", "R. Desai", "Police Constable 1655, Kestwick Response", "13/12/2025", [
        "I am a Police Constable. At 00:52 on Saturday 13th December 2025 I was sent to an address in Kestwick after a 999 "
        "call by Janet BARKER. I arrived at 01:10 and was the first officer to attend.",
        "Holly BARKER told me: 'A man from work, Stuart Newton, gave me a lift after the party. He stopped in a lay-by and "
        "got me in the back and raped me. I said no.' I wrote this down in my pocket notebook at 01:20. I seized her "
        "tights, exhibit RD/1, and arranged the SARC.",
    ], witnessed=""), "DESAI R - MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Tomasz LIS", "LIS, Tomasz", "T. Lis", "Night cashier, Moorside Services", "14/12/2025", [
        "I work nights at Moorside Services on Moor Lane. At about 23:58 on Friday 12th December 2025 a woman came in on "
        "foot. She was crying and her tights were ripped. She asked if she could use the phone because her mobile was "
        "dead and said 'I need to call my mum'. She did not say anything else about what had happened and I did not ask.",
        "She waited inside by the counter until an older woman collected her at about 00:20. The shop CCTV was not "
        "recording that night because the recorder was being replaced.",
    ], witnessed="DC 2388 BRAMLEY"), "LIS T - MG11.pdf", "witness")
    mg11_classic_pdf(c, W("Dr Anna ROKE", "ROKE, Anna (Dr)", "A. Roke", "Forensic Physician, Willow House SARC", "20/12/2025", [
        "I am a forensic physician at Willow House SARC. At 09:30 on 13th December 2025, with her written consent, I examined "
        "Holly BARKER. I found a 2 cm bruise on the back of the left shoulder and a graze on the right knee. There was no "
        "genital injury, which is common. I took swabs AR/1 to AR/4. She signed the SARC consent form for release of my "
        "notes and samples to police and CPS.",
    ], witnessed=""), "ROKE A - FME.pdf", "expert")
    d = Doc()
    d.h("ABE interview summary - KB/3", 1)
    d.p(f"URN {c.urn}. Holly BARKER, 15/12/2025 10:30-11:41. Interviewer DC 2388 BRAMLEY. Recording: KB/1 (master DVD), KB/2 (working copy DVD).")
    for t, s_ in [("00:00", "Introductions, ground rules."), ("00:06", "Christmas party; two glasses of wine; NEWTON offered a lift."),
                  ("00:14", "Lay-by on Moor Lane; 'I've got something for you in the back'; she got in to look; he got in, pushed her down on the seat."),
                  ("00:19", "He pulled her tights and knickers down and raped her; she said 'no, Stuart, stop' and tried to push him off."),
                  ("00:27", "Got out; walked to garage; called mum."), ("00:40", "Questioning: denies kissing him; no previous relationship."),
                  ("01:05", "Closing.")]:
        d.p(f"{t}  {s_}")
    pdf_simple(c, "KB3 ABE summary.pdf", "ABE_SUMMARY", d, size=10)
    d = Doc()
    d.h("Record of taped interview", 1)
    d.p(f"URN {c.urn}   NEWTON Stuart   16/12/2025 14:10-14:58   DC BRAMLEY / DC VERNON   Solicitor Mr G. HOLT")
    d.p("Consensual sex in the back of his car. Says she kissed him first while parked and climbed into the back herself. "
        "Afterwards she said 'this was a mistake' and got out; he offered to drive her home and she refused. Denies "
        "pushing her. Says she is worried about her job because he is her senior.")
    pdf_simple(c, "ROTI NEWTON.pdf", "ROTI", d, size=10)
    pnc_print(c, "PNC NEWTON S.pdf", F, "NEWTON, STUART", "19/08/1987", "2005/0133390P", [], "17/03/2026 11:02", "DC 2388 BRAMLEY")
    d = witness_pnc_doc(c, [["BARKER, Holly", "02/02/1991", "Complainant", "No trace", "Nil"],
                            ["BARKER, Janet", "11/05/1960", "First account (mother)", "No trace", "Nil"],
                            ["LIS, Tomasz", "29/09/1996", "Witness (cashier)", "No trace", "Nil"]], "DC 2388 BRAMLEY", "17/03/2026")
    pdf_simple(c, "Witness PNC.pdf", "PNC", d, size=10)
    d = Doc()
    d.h("MG6C - Schedule of non-sensitive unused material", 2)
    d.p(f"URN {c.urn}   R v NEWTON   Disclosure officer DC 2388 BRAMLEY")
    d.table(["No", "Description", "Location", "Comment"], [
        ["1", "STORM incident log KV-20251213-0052", "RASSO file", "Copy provided"],
        ["2", "Crime report " + CR, "Crime system", "Copy provided"],
        ["3", "Misc paperwork", "RASSO file", "Not disclosable"],
        ["4", "Officer's notes", "RASSO file", "Not disclosable"],
        ["5", "Emails", "Outlook", "Not disclosable"],
        ["6", "Various CCTV enquiries", "RASSO file", "Not disclosable"],
        ["7", "Custody record NEWTON 16/12/2025", "Custody system", "Not disclosable"],
        ["8", "PNC results for witnesses", "RASSO file", "Copy provided"],
        ["9", "Statements", "RASSO file", "Not disclosable"],
    ], widths=[6, 50, 20, 24])
    d.p("Signed K. Bramley 17/03/2026")
    render_docx(d, c.add("MG6C.docx", "MG6C"), author="KBramley")
    d = Doc()
    d.h("MG6D - Schedule of sensitive material", 2)
    d.p(f"URN {c.urn}   R v NEWTON")
    d.table(["No", "Description", "Reason", "Comment"], [
        ["1", "Complainant's address and telephone number", "Personal data", "Does not meet the test"],
        ["2", "ISVA referral 14/12/2025", "Support", "Does not meet the test"],
    ], widths=[6, 50, 20, 24])
    render_docx(d, c.add("MG6D.docx", "MG6D"), author="KBramley")
    d = Doc()
    d.p("KESTREL VALE POLICE - STORM INCIDENT LOG PRINT    KV-20251213-0052", bold=True)
    for t, tx in [("00:45:12", "999 - Janet BARKER: daughter Holly 34 raped tonight by a work colleague 'Stuart' in his car, lay-by Moor Lane, approx 23:30. Now at caller's home, safe."),
                  ("00:52:30", "KV19 PC 1655 DESAI assigned."), ("01:10:04", "KV19 at scene."),
                  ("01:36:40", "KV19: initial account in PNB. Suspect Stuart NEWTON, Brightwell Logistics. SARC 09:30."),
                  ("03:15:00", f"Crime recorded {CR}. Closed.")]:
        d.p(f"{t}  {tx}")
    pdf_simple(c, "STORM KV-20251213-0052.pdf", "INCIDENT_LOG", d, font="Courier", size=9, lh=4.4)
    d = Doc()
    d.h("Crime report " + CR, 1)
    d.kv([("URN", c.urn), ("Offence", "Rape (s.1)"), ("Date", "12/12/2025 approx 23:30"), ("Location", "Lay-by, Moor Lane, Kestwick"),
          ("Victim", "BARKER, Holly, F, 34. Enhanced. ISVA 14/12/2025. VPS offered 15/12/2025."), ("Suspect", "NEWTON, Stuart, M, 38 - bail with conditions"),
          ("OIC", "DC 2388 BRAMLEY")], widths=(18, 82))
    pdf_simple(c, "Crime report KV-25-047210.pdf", "CRIME_REPORT", d, size=10)
    d = Doc()
    d.h("MG2 - special measures", 1)
    d.kv([("URN", c.urn), ("Witness", "Holly BARKER"), ("Eligibility", "s.17(4) YJCEA"), ("Measures", "ABE as evidence in chief; screens"),
          ("s.28", "Wants pre-recorded cross-examination"), ("Intermediary", "Not needed"), ("Completed", "DC BRAMLEY 16/03/2026")], widths=(22, 78))
    pdf_simple(c, "MG2 BARKER.pdf", "MG2", d, size=10)
    d = Doc()
    d.h("Victim Personal Statement", 1)
    d.p(f"URN {c.urn}. Holly BARKER. I have not been back to work. I used to love my job. I cannot sit in the back of a car. "
        "Signed: H. Barker 10/03/2026")
    render_docx(d, c.add("VPS HB.docx", "VPS"), author="KBramley")
    d = Doc()
    d.h("MG12 Exhibit list", 1)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Producer"], [
        ["KB/1", "ABE master DVD 15/12/2025 (sealed KV0101977)", "DC BRAMLEY"], ["KB/2", "ABE working copy DVD", "DC BRAMLEY"],
        ["KB/3", "ABE summary", "DC BRAMLEY"], ["RD/1", "Tights", "PC DESAI"], ["AR/1-AR/4", "SARC swabs", "Dr ROKE"],
    ], widths=[14, 66, 20])
    pdf_simple(c, "MG12.pdf", "MG12", d, size=10)
    d = Doc()
    d.h("SFR1", 1)
    d.p(f"Veritas Forensic Services VFS-26-01022 - {CR} / URN {c.urn} - 20/02/2026. AR/2 high vaginal swab: semen detected; "
        "DNA profile matches the reference profile of Stuart NEWTON. Match probability in the order of one in a billion.")
    pdf_simple(c, "SFR1.pdf", "FORENSIC", d, size=10)

    c.must_fail = ["abe_recording", "schedule_descriptions"]
    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "outstanding_dated", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dig_dpn",
                       "dig_prop", "digital_proportionality", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "files_readable", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# F2  Marlshire Constabulary - FAULTY: the flatmate, named in the MG3 as the first person told,
#     has no statement; no statement from the first attending officer (only his PNB copy).
# ==============================================================================================
def case_f2(out):
    c = Case(out, "MC_52MC0411226_WARD", "52MC0411226", exit_code=1, seed=909)
    F = "Marlshire Constabulary"
    CR = "MC/26/006120"
    d = Doc()
    d.p(f"MG3 - Report to CPS (charging)                 URN {c.urn}                 OFFICIAL-SENSITIVE", bold=True)
    d.p("Suspect: DOYLE, Kieran (DOB 03/03/2001).  Offence: rape, SOA 2003 s.1, 31/01/2026 approx 00:40, Flat 3B "
        "Weaver's Yard, Marlbury.  Decision sought: Full Code Test.")
    d.p("Background and account: Bethany WARD (21) matched with DOYLE on the dating app Spark. First date 30/01/2026 at The "
        "Anchor. She agreed to go back to his flat to watch a film. On the sofa he kissed her, she kissed him back, then "
        "he pulled her jeans down; she said 'no, I don't want to' and 'stop'; he raped her (penile vaginal). She froze. "
        "Left 01:50 by taxi. Written MG11 from her (her choice - a VRI was offered and declined).")
    d.p("First account: she told her flatmate, Jodie MILLER, when she got home at about 02:30 - 'he wouldn't stop when I "
        "said no'. The next morning at about 07:30 she told a colleague at work (her shift supervisor at the Bean & Barrel "
        "cafe) that she had been raped on a date; his statement is attached.")
    d.p("Police: reported by 101 at 15:00 on 31/01/2026. PC 771 SIMMS attended her flat at 16:30 and recorded her initial "
        "account in his pocket notebook (copy attached); he arranged the SARC. DC HEWITT is the OIC.")
    d.p("Suspect's account: interviewed 02/02/2026 with a solicitor: consensual throughout; she never said no; she 'went "
        "quiet' afterwards and left. Likely defence: consent / reasonable belief.")
    d.p("Lines of enquiry incl. those away from the suspect: (1) Spark and WhatsApp messages between them 20/01-01/02/2026 - "
        "selective extraction of her phone under a DPN (attached). The messages before the date are friendly and "
        "flirtatious, which could assist the defence; the messages after are from him: 'you ok? you went quiet x'. (2) The "
        "Anchor: bar staff saw them leave together at about midnight holding hands, which could assist the defence (note "
        "on MG6C); the pub has no CCTV. (3) Taxi: Marlbury Cars booking 01:48 from Weaver's "
        "Yard. (4) Neighbours at Weaver's Yard: none heard anything. Not pursued: her medical or other records - no "
        "relevance identified.")
    d.p("Forensic/medical: SARC examination 31/01/2026 18:00 (Dr MORTON - statement attached); she signed consent to release "
        "SARC records. SFR1 attached (DNA matches DOYLE). Nothing outstanding. No further enquiries are outstanding.")
    d.p("Bail: pre-charge bail to 02/05/2026: not to contact Bethany WARD directly or indirectly, including via any app.")
    d.p("Victim: special measures - s.17(4); no VRI so evidence in chief live; s.28 not available and explained, she "
        "understands; she wants a live link. Needs: none, no interpreter. ISVA: Marlshire ISVA service 01/02/2026. VPS "
        "offered 01/02/2026; she will make one later.")
    d.p("Disclosure: MG6C, MG6D attached. Early advice not sought: straightforward account-versus-account case.")
    d.p("OIC: DC 1890 Tom HEWITT, 01632 960189, tom.hewitt@marlshire.police.example.  Supervisor: DS 2201 P. ACHTERBERG, 20/03/2026, approved.")
    render_docx(d, c.add("MG3 WARD.docx", "MG3"), font="Calibri", size=11, author="THewitt")

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "typed"))
        w.update(kw)
        return w
    mg11_plain_docx(c, W("Bethany WARD", "WARD, Bethany", "B. Ward", "Barista", "01/02/2026", [
        "I am 21. I was offered the chance to give my account on video and I chose to give a written statement.",
        "I matched with Kieran on the Spark app about ten days before we met. We messaged a lot and it was flirty. On "
        "Friday 30th January 2026 we met at The Anchor at about 8pm. I had three glasses of wine.",
        "At about midnight he asked if I wanted to go back to his and watch a film. I said yes, just a film. His flat is "
        "3B Weaver's Yard. We sat on the sofa and he put a film on. He kissed me and I kissed him back. Then he started "
        "undoing my jeans. I said 'no, I don't want to' and pushed his hand away. He pulled my jeans and knickers down "
        "anyway. I said 'stop'. He got on top of me and put his penis in my vagina. I froze. I just lay there until he "
        "finished. I don't know how long it was.",
        "After he went to the bathroom I got dressed and booked a taxi. I left at about 01:50. When I got home my flatmate "
        "Jodie was still up. I told her he would not stop when I said no. The next morning at work I told my supervisor, "
        "Amir, because I could not stop crying. In the afternoon I rang the police.",
    ], witnessed="DC 1890 HEWITT"), "WARD B statement.docx", "complainant", F)
    mg11_classic_pdf(c, W("Amir SHAH", "SHAH, Amir", "A. Shah", "Shift supervisor, Bean & Barrel cafe", "03/02/2026", [
        "I am the shift supervisor at the Bean & Barrel cafe on Market Street, Marlbury. Bethany WARD works for me.",
        "On Saturday 31st January 2026 she started at 07:00. At about 07:30 I found her crying in the store room. I asked "
        "what was wrong. She said 'I went on a date last night and he raped me. I told him no.' I sent her home and told "
        "her to ring the police.",
    ], sigmode="sgd", witnessed="DC 1890 HEWITT"), "SHAH A MG11.pdf", "first_account")
    mg11_classic_pdf(c, W("Tom HEWITT", "HEWITT, Tom", "T. Hewitt", "Detective Constable 1890, Marlbury SOIT", "05/02/2026", [
        "I am the officer in the case. I was not the first officer to attend; PC 771 SIMMS attended on 31st January 2026.",
        "On 1st February 2026 Bethany WARD agreed, and signed a Digital Processing Notice, to a selective extraction of "
        "her Spark and WhatsApp messages with Kieran DOYLE from 20th January to 1st February 2026 only. I exhibit the "
        "report as TH/1. Her phone was returned the same day.",
        "At 08:10 on 2nd February 2026 I arrested Kieran DOYLE at 3B Weaver's Yard and seized his phone, exhibit TH/2. A "
        "buccal sample was taken in custody, exhibit TH/3.",
    ], sigmode="sgd", witnessed=""), "HEWITT T MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Dr Leah MORTON", "MORTON, Leah (Dr)", "L. Morton", "Forensic Physician, Marlshire SARC", "10/02/2026", [
        "I am a forensic physician. At 18:00 on 31st January 2026, with her written consent, I examined Bethany WARD. I "
        "found no injuries; this is common and does not indicate whether intercourse was consensual. I took swabs LM/1 to "
        "LM/4. She signed the SARC consent form for release of my notes and samples to the police and CPS.",
    ], sigmode="sgd", witnessed=""), "MORTON L FME.pdf", "expert")
    d = Doc()
    d.h("Pocket notebook - copy", 2)
    d.p(f"PC 771 SIMMS - PNB 228190 p.31 - 31/01/2026 - URN {c.urn}")
    d.p("16:30 Flat 2, Abbey Mews. IP Bethany WARD. 16:38 states: \"I went on a date with a guy off Spark, Kieran. We went "
        "back to his flat to watch a film. He pulled my jeans down and I said no and he had sex with me anyway. I froze.\" "
        "Flat 3B Weaver's Yard. Flatmate Jodie MILLER present - says B told her at 02:30 'he wouldn't stop when I said no'. "
        "SARC booked 18:00. Forensic advice given. 17:20 left. M. Simms PC 771")
    pdf_simple(c, "PNB SIMMS 310126.pdf", ["OTHER"], d, size=10)
    d = Doc()
    d.h("Digital Processing Notice", 1)
    d.kv([("URN", c.urn), ("Device user", "Bethany WARD"), ("Why", "Messages with the suspect before and after the date are relevant to what each says happened."),
          ("Scope", "Spark app and WhatsApp conversation with Kieran DOYLE only, 20/01/2026 to 01/02/2026."),
          ("Method", "Selective extraction; phone returned same day.")], widths=(18, 82))
    d.sig("Signed: B. Ward 01/02/2026      Officer: T. Hewitt DC 1890")
    pdf_simple(c, "DPN WARD.pdf", "DPN", d, size=10)
    d = Doc()
    d.h("Selective extraction report TH/1", 1)
    d.p(f"URN {c.urn}. Scope: Spark + WhatsApp with DOYLE 20/01-01/02/2026.")
    d.table(["Date/time", "From", "Text"], [["22/01/2026 21:14", "DOYLE", "you're trouble aren't you x"],
                                           ["22/01/2026 21:20", "WARD", "only the good kind ;)"],
                                           ["30/01/2026 19:05", "WARD", "here, by the bar"],
                                           ["31/01/2026 09:12", "DOYLE", "you ok? you went quiet x"]], widths=[20, 12, 68])
    pdf_simple(c, "TH1 extraction.pdf", "DIGITAL_EXTRACT", d, size=10)
    d = Doc()
    d.h("SFR1", 1)
    d.p(f"{CR} / URN {c.urn} - 05/03/2026. LM/2 high vaginal swab: semen; DNA profile matches Kieran DOYLE (TH/3).")
    pdf_simple(c, "SFR1 WARD.pdf", "FORENSIC", d, size=10)
    d = Doc()
    d.h("Record of interview - summary", 1)
    d.p(f"URN {c.urn}. Kieran DOYLE, 02/02/2026 11:00-11:44, DC HEWITT / DC OKAFOR, solicitor Ms R. KANE. Says they "
        "kissed on the sofa and she 'was into it'; they had sex; she did not say no or stop; afterwards she went quiet and "
        "left. Shown his message 'you went quiet': he was worried she regretted it.")
    pdf_simple(c, "ROTI DOYLE.pdf", "ROTI", d, size=10)
    pnc_print(c, "PNC DOYLE.pdf", F, "DOYLE, KIERAN", "03/03/2001", "2019/0210077Q", [], "20/03/2026 10:00", "DC 1890 HEWITT")
    d = witness_pnc_doc(c, [["WARD, Bethany", "14/04/2004", "Complainant", "No trace", "Nil"],
                            ["SHAH, Amir", "12/12/1993", "First account (supervisor)", "No trace", "Nil"],
                            ["MILLER, Jodie", "07/07/2004", "Flatmate", "No trace", "Nil"]], "DC 1890 HEWITT", "20/03/2026")
    pdf_simple(c, "Witness PNC.pdf", "PNC", d, size=10)
    write_xlsx(c.add("MG6C.xlsx", "MG6C"), [dict(title="MG6C", top=[["MG6C SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"], ["URN", c.urn], ["R v", "DOYLE"]],
               headers=["Item", "Description", "Location", "Comment"], rows=[
                   [1, "CAD log 31/01/26-0410 (101 report 15:00)", "SOIT file", "Copy provided - rebuttable presumption"],
                   [2, f"Crime report {CR}", "CaseLink", "Copy provided - rebuttable presumption"],
                   [3, "PC 771 SIMMS PNB 228190 p.31 (initial account 16:38, 31/01/2026)", "SOIT file", "Copy provided - first complaint"],
                   [4, "Note of enquiry at The Anchor 02/02/2026: bar manager saw the two leave together holding hands at about midnight; no CCTV at the pub", "SOIT file", "May assist defence - content set out in MG3"],
                   [5, "Marlbury Cars booking record 31/01/2026 01:48 Weaver's Yard", "SOIT file", "Not considered to meet the test"],
                   [6, "House-to-house Weaver's Yard 02/02/2026 (flats 1A-4B): nothing heard", "SOIT file", "Not considered to meet the test"],
                   [7, "Custody record DOYLE 02/02/2026", "Custody", "Not considered to meet the test"],
                   [8, "Witness PNC results", "SOIT file", "Copy provided"]],
               widths=[6, 70, 14, 40])], creator="THewitt")
    write_xlsx(c.add("MG6D.xlsx", "MG6D"), [dict(title="MG6D", top=[["MG6D SCHEDULE OF SENSITIVE MATERIAL"], ["URN", c.urn]],
               headers=["Item", "Description", "Reason", "Comment"], rows=[
                   [1, "Victim contact details and address", "Personal data", "Does not meet the test"],
                   [2, "ISVA referral 01/02/2026", "Support", "Does not meet the test"]], widths=[6, 50, 20, 26])], creator="THewitt")
    write_xlsx(c.add("CAD 31-01-26-0410.xlsx", "INCIDENT_LOG"), [dict(title="CAD", top=[["MARSHLINK CAD - INCIDENT EXPORT"], ["Incident", "31/01/26-0410"], ["URN", c.urn]],
               headers=["Time", "Unit", "Text"], rows=[
                   ["31/01/2026 15:00:41", "CH 6602", "101: Bethany WARD 21 reports rape last night after a date, at male's flat Weaver's Yard. Safe at home with flatmate."],
                   ["31/01/2026 15:20:10", "DISP", "MB09 PC 771 SIMMS assigned."], ["31/01/2026 16:30:05", "MB09", "At scene."],
                   ["31/01/2026 17:18:44", "MB09", "Initial account in PNB. SARC 18:00. SOIT informed."],
                   ["31/01/2026 17:40:00", "CRIME BUREAU", f"Crime {CR} recorded. Closed."]], widths=[20, 12, 100])], creator="MarshLink CAD")
    d = Doc()
    d.h("Crime report " + CR, 2)
    d.kv([("URN", c.urn), ("Offence", "Rape s.1"), ("Victim", "WARD, Bethany, F, 21"), ("Suspect", "DOYLE, Kieran, M, 24"),
          ("First officer", "PC 771 SIMMS"), ("OIC", "DC 1890 HEWITT")], widths=(20, 80))
    pdf_simple(c, "Crime report MC-26-006120.pdf", "CRIME_REPORT", d, size=10)
    d = Doc()
    d.h("MG12", 1)
    d.table(["Ref", "Description", "Producer"], [["TH/1", "Extraction report", "DC HEWITT"], ["TH/2", "DOYLE phone", "DC HEWITT"],
                                                 ["TH/3", "Buccal sample DOYLE", "DC HEWITT"], ["LM/1-LM/4", "SARC swabs", "Dr MORTON"]], widths=[14, 66, 20])
    d.p(f"URN {c.urn}")
    pdf_simple(c, "MG12 WARD.pdf", "MG12", d, size=10)

    c.must_fail = ["key_statements", "officer_statement"]
    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
                       "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# F3  Severnbrook Police - FAULTY: complainant's phone sent for a "full download" with no stated
#     parameters and no DPN in the file; one MG11 unsigned and undated.
# ==============================================================================================
def case_f3(out):
    c = Case(out, "SB 22SB0140326 FLETCHER", "22SB0140326", exit_code=1, seed=1010)
    F = "Severnbrook Police"
    CR = "SB/2511/2290"
    d = Doc()
    d.h("MG3  Report to Crown Prosecutor for Charging Decision", 1)
    d.kv([("URN", c.urn), ("Suspect", "WHITCOMBE, Adam  DOB 22/12/1997"), ("Offence", "Rape (SOA 2003 s.1) 15/11/2025 approx 00:30, Flat 4, 27 Canal Street, Severnbrook"),
          ("Test sought", "Full Code Test"), ("Bail", "Released under investigation 18/11/2025: he lives 20 miles away, no contact since, "
                                                     "employer has moved him to another site; conditions judged unnecessary (Insp. ROSS).")], widths=(20, 80))
    d.box("Summary", "Naomi FLETCHER (25) and Adam WHITCOMBE (27) work at Severn Direct. After work drinks at The Mariner on "
          "14/11/2025 he walked her home and she let him in for a coffee. On the sofa he kissed her; she said she did not want "
          "anything more; he pulled her leggings down and raped her. He left at about 01:15. At 09:15 the next morning she told "
          "her team leader, Sarah JONES, in a meeting room: 'Adam walked me home and he raped me.' Ms JONES's statement is "
          "attached. They rang 101 together at 10:05. PC YATES attended at 10:45 (statement attached). ABE 17/11/2025.")
    d.box("Suspect's account", "Interview 18/11/2025: sex was consensual and she initiated it. Likely defence: consent.")
    d.box("Lines of enquiry", "Colleague Callum REID saw them leave The Mariner together at 23:50 (statement attached). The "
          "Mariner has no cameras; bar staff did not notice them. Suspect's phone not seized: they had no "
          "phone contact that night. The complainant's iPhone 14 was handed over on 17/11/2025 and submitted for a full download - all "
          "data - to check for anything relevant to the investigation and to her credibility. The download was completed on "
          "20/01/2026 and the phone returned to her. Report attached: nothing of evidential value found.")
    d.box("Forensic / medical", "SARC 15/11/2025; she signed consent for release of SARC records. SFR1 attached (DNA matches suspect).")
    d.box("Outstanding", "No further enquiries are outstanding.")
    d.box("Victim", "MG2 attached: s.17(4); ABE as evidence in chief; screens; s.28 - wants pre-recorded cross-examination; no "
          "intermediary. Needs: none, no interpreter. ISVA referral 15/11/2025. VPS offered 17/11/2025 - will decide later.")
    d.box("Disclosure", "MG6C and MG6D attached. Early advice not sought - not considered necessary in a single-issue case.")
    d.kv([("OIC", "DC 1320 Imran QURESHI - 01632 960132 - imran.qureshi@severnbrook.police.example"),
          ("Supervisor", "DS 0933 Ann MARSDEN - endorsed 10/03/2026")], widths=(20, 80))
    pdf_simple(c, "MG3 FLETCHER.pdf", "MG3", d, size=10)

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "sgd"))
        w.update(kw)
        return w
    mg11_plain_docx(c, W("Sarah JONES", "JONES, Sarah", "S. Jones", "Team leader, Severn Direct", "15/11/2025", [
        "I am a team leader at Severn Direct's call centre in Severnbrook. Naomi FLETCHER is in my team.",
        "On Saturday 15th November 2025 Naomi came in for the 09:00 shift. She looked as if she had been crying. At about "
        "09:15 I took her into a meeting room. She said 'Adam walked me home last night and he raped me.' She said she had "
        "told him she did not want to. At 10:05 we rang 101 together from the meeting room.",
    ], sigmode="signed", witnessed="PC 2214 YATES"), "JONES S statement.docx", "first_account", F)
    mg11_classic_pdf(c, W("Chris YATES", "YATES, Chris", "C. Yates", "Police Constable 2214, Severnbrook Response", "15/11/2025", [
        "I am a Police Constable. At 10:20 on Saturday 15th November 2025 I was sent to Severn Direct, Riverside Park, "
        "Severnbrook. I arrived at 10:45 and was the first officer to attend. Naomi FLETCHER told me: 'A man from work, "
        "Adam Whitcombe, walked me home and came in and raped me on my sofa. I said I didn't want to.' I wrote this in my "
        "pocket notebook and arranged the SARC.",
    ], witnessed=""), "YATES C MG11.pdf", "officer")
    mg11_classic_pdf(c, W("Helen FORD", "FORD, Helen", "H. Ford", "Detective Constable 0876, PPU Severnbrook", "17/11/2025", [
        "I am a trained ABE interviewer. On 17th November 2025 between 10:00 and 11:02 I conducted a video-recorded interview "
        "with Naomi FLETCHER at Severnbrook video suite. I exhibit the master as HF/1, the working copy as HF/2 and my "
        "summary as HF/3.",
    ], witnessed=""), "FORD H MG11.pdf", "officer")
    mg11_plain_docx(c, W("Imran QURESHI", "QURESHI, Imran", "I. Qureshi", "Detective Constable 1320, PPU Severnbrook", "22/01/2026", [
        "I am the officer in the case. On 17th November 2025 Naomi FLETCHER handed me her iPhone 14. I submitted it to the "
        "Digital Forensic Unit for a full download. The download was completed on 20th January 2026 and I returned the "
        "phone to her the same day. I exhibit the download report as IQ/1.",
        "At 08:00 on 18th November 2025 I arrested Adam WHITCOMBE. A buccal sample was taken in custody, exhibit IQ/2.",
    ], sigmode="signed", witnessed=""), "QURESHI I MG11.docx", "officer", F)
    mg11_plain_docx(c, W("Callum REID", "REID, Callum", "C. Reid", "Call centre adviser, Severn Direct", "", [
        "I work at Severn Direct. On Friday 14th November 2025 I was at The Mariner with about ten people from work. At "
        "about 23:50 I saw Naomi FLETCHER and Adam WHITCOMBE leave together. Naomi seemed tipsy but fine; she was laughing. "
        "Adam said he would walk her home as it was on his way.",
    ], sigmode="blank", witnessed=""), "REID C statement.docx", "witness", F)
    video_abe(c, "HF2 ABE FLETCHER.mp4", "17/11/2025", "10:00:00", ["SEVERNBROOK VIDEO SUITE", "17/11/2025 HF/2"], seed=1011)
    d = Doc()
    d.h("ABE summary HF/3", 1)
    d.p(f"URN {c.urn}. Naomi FLETCHER 17/11/2025 10:00-11:02. DC 0876 FORD.")
    d.table(["Time", "Content"], [["00:00", "Introductions."], ["00:05", "Work drinks; WHITCOMBE walked her home; coffee."],
                                  ["00:12", "Sofa; he kissed her; she said she did not want anything more; he pulled her leggings down; penile vaginal penetration; she said 'no' and 'please stop'."],
                                  ["00:25", "He left about 01:15; she could not sleep; told Sarah at work."], ["00:58", "Closing."]], widths=[12, 88])
    render_docx(d, c.add("ABE summary HF3.docx", "ABE_SUMMARY"), author="HFord")
    d = Doc()
    d.h("Digital Forensic Unit - download report IQ/1", 1)
    d.kv([("URN", c.urn), ("Device", "Apple iPhone 14 - Naomi FLETCHER (complainant)"), ("Request", "Full download - all data"),
          ("Extraction", "Full file system"), ("Received / completed", "17/11/2025 / 20/01/2026"),
          ("Data recovered", "Messages 14,233; call logs 3,210; images 8,112; videos 402; web history 22,910 entries; locations 61,204; notes 88; health data"),
          ("Review", "Reviewed by OIC for messages with WHITCOMBE and for anything else of relevance. Nothing of evidential value.")], widths=(24, 76))
    pdf_simple(c, "IQ1 download report.pdf", "DIGITAL_EXTRACT", d, size=10)
    d = Doc()
    d.h("Record of taped interview", 1)
    d.p(f"URN {c.urn}. Adam WHITCOMBE, 18/11/2025 13:00-13:40, DC QURESHI / DC FORD, solicitor Ms BEVAN. Says she invited him "
        "in, kissed him and initiated sex; she was 'fine' when he left. Denies she said no.")
    pdf_simple(c, "ROTI WHITCOMBE.pdf", "ROTI", d, size=10)
    pnc_print(c, "PNC WHITCOMBE.pdf", F, "WHITCOMBE, ADAM", "22/12/1997", "2016/0300281H", [], "10/03/2026 09:00", "DC 1320 QURESHI")
    d = witness_pnc_doc(c, [["FLETCHER, Naomi", "09/06/2000", "Complainant", "No trace", "Nil"],
                            ["JONES, Sarah", "15/01/1988", "First account (team leader)", "No trace", "Nil"],
                            ["REID, Callum", "04/04/1999", "Witness (colleague)", "No trace", "Nil"]], "DC 1320 QURESHI", "10/03/2026")
    pdf_simple(c, "Witness PNC.pdf", "PNC", d, size=10)
    d = Doc()
    d.h("SFR1", 1)
    d.p(f"{CR} / URN {c.urn}, 12/01/2026: semen on high vaginal swab; DNA matches Adam WHITCOMBE (IQ/2).")
    pdf_simple(c, "SFR1.pdf", "FORENSIC", d, size=10)
    write_xlsx(c.add("Schedules MG6C.xlsx", "MG6C"), [dict(title="MG6C", top=[["MG6C NON-SENSITIVE UNUSED"], ["URN", c.urn]],
               headers=["No", "Description", "Location", "Comment"], rows=[
                   [1, "Incident log SB-151125-0033 (101 call 10:05)", "PPU", "Copy provided"], [2, f"Crime report {CR}", "Crime system", "Copy provided"],
                   [3, "PC 2214 YATES PNB 15/11/2025 (initial account, reproduced in his MG11)", "PPU", "Not considered to meet the test further"],
                   [4, "Note of enquiry at The Mariner 19/11/2025: no CCTV; bar staff do not recall the pair", "PPU", "Not considered to meet the test"],
                   [5, "Custody record WHITCOMBE 18/11/2025", "Custody", "Not considered to meet the test"],
                   [6, "Witness PNC results", "PPU", "Copy provided"]], widths=[5, 70, 14, 34])], creator="IQureshi")
    write_xlsx(c.add("Schedules MG6D.xlsx", "MG6D"), [dict(title="MG6D", top=[["MG6D SENSITIVE"], ["URN", c.urn]],
               headers=["No", "Description", "Reason", "Comment"], rows=[[1, "Complainant's address and phone", "Personal data", "Does not meet the test"]],
               widths=[5, 50, 20, 26])], creator="IQureshi")
    d = Doc()
    d.p("SEVERNBROOK POLICE  COMMAND AND CONTROL  INCIDENT SB-151125-0033", bold=True)
    for t, tx in [("10:05", "101 - Sarah JONES (team leader) with Naomi FLETCHER 25: raped last night at her flat by colleague Adam WHITCOMBE."),
                  ("10:20", "SB14 PC 2214 YATES assigned."), ("10:45", "At scene - Severn Direct."), ("11:30", "Initial account PNB. SARC 13:00."),
                  ("12:10", f"Crime {CR}. Closed.")]:
        d.p(f"{t}  {tx}")
    d.p(f"URN {c.urn}")
    pdf_simple(c, "Incident SB-151125-0033.pdf", "INCIDENT_LOG", d, font="Courier", size=9, lh=4.4)
    d = Doc()
    d.h("Crime report " + CR, 1)
    d.kv([("URN", c.urn), ("Offence", "Rape s.1"), ("Victim", "FLETCHER, Naomi, F, 25. ISVA 15/11/2025. VPS offered 17/11/2025."),
          ("Suspect", "WHITCOMBE, Adam - RUI"), ("OIC", "DC 1320 QURESHI")], widths=(18, 82))
    render_docx(d, c.add("Crime report SB-2511-2290.docx", "CRIME_REPORT"), author="Crime system")
    d = Doc()
    d.h("MG2 Special measures", 1)
    d.kv([("URN", c.urn), ("Witness", "Naomi FLETCHER"), ("Eligibility", "s.17(4)"), ("Measures", "ABE EIC; screens"),
          ("s.28", "Wants pre-recorded cross-examination"), ("Intermediary", "Not needed")], widths=(22, 78))
    pdf_simple(c, "MG2.pdf", "MG2", d, size=10)
    d = Doc()
    d.h("MG12", 1)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Producer"], [["HF/1", "ABE master", "DC FORD"], ["HF/2", "ABE working copy (HF2 ABE FLETCHER.mp4)", "DC FORD"],
                                                 ["HF/3", "ABE summary", "DC FORD"], ["IQ/1", "Download report (complainant's iPhone)", "DC QURESHI"],
                                                 ["IQ/2", "Buccal sample WHITCOMBE", "DC QURESHI"]], widths=[14, 66, 20])
    pdf_simple(c, "MG12.pdf", "MG12", d, size=10)

    c.must_fail = ["dig_dpn", "dig_prop", "signed"]
    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "key_statements", "officer_statement", "suspect_interview", "previous_convictions",
                       "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                       "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care",
                       "files_readable", "one_urn"]
    c.finish()
    return c


# ==============================================================================================
# F4  Eastwold Constabulary - FAULTY: no special measures, s.28 view, needs or VPS anywhere in the
#     file; outstanding enquiries listed without target dates.
# ==============================================================================================
def case_f4(out):
    c = Case(out, "EW_35EW0402926_DUNN", "35EW0402926", exit_code=1, seed=1111)
    F = "Eastwold Constabulary"
    SYS, HOST = "EW Connect", "ewconnect.eastwold.police.example"
    OCC = "OCC 26000298113"
    pr = lambda n: f"24/03/2026, 11:{20 + n:02d}"
    d = Doc()
    d.h("MG3 - Report to Crown Prosecutor", 1)
    d.p(f"URN {c.urn} / {OCC}.  Suspect: COOKSON, Nathan (DOB 14/05/2002).  Offence: rape (s.1 SOA 2003), 08/03/2026 "
        "approx 04:30, 14 Fenwick Street, Eastwold.  Full code test requested.")
    d.p("Kayleigh DUNN (20) was at drinks at COOKSON's house with friends on the evening of 07/03/2026. She says she felt "
        "much drunker than usual after a drink he made her. She lay down on his bed at about 01:00 and fell asleep. She "
        "woke at about 04:30 to find him having sexual intercourse with her. She pushed him off and left at 05:15. At 05:40 "
        "she sent a Snapchat message to her friend Megan FAIRBAIRN: 'i think nathan raped me i woke up and he was having "
        "sex with me'. She told Megan in person at 08:00. Megan's statement is attached. She reported at 11:00 on 08/03; "
        "PC WHITFIELD attended (statement attached). ABE 10/03/2026 (recording, summary, DC ROWLANDS's statement attached). "
        "Jade ELLIS, another guest, saw COOKSON make her a drink and saw her become very drunk quickly.")
    d.p("Forensic/medical: SARC 08/03/2026; she consented to release of SARC records and samples. SFR1: semen, DNA matches "
        "COOKSON. Toxicology: alcohol only, no drugs detected (report attached).")
    d.p("Suspect's account (interview 09/03/2026): consensual; she was awake and 'up for it'; he made her one vodka and "
        "coke. Likely defence: consent; that she was awake.")
    d.p("Lines of enquiry: other guests (ELLIS statement; two others saw nothing - MG6C); Megan's phone - the Snapchat "
        "message was shown to the OIC and photographed with her agreement (MF/1); the complainant's phone has not been "
        "examined and is not needed; suspect's phone seized.")
    d.p("Outstanding:\n- Download of suspect's phone (DFU) - awaiting.\n- Statement from the taxi driver who took her to "
        "Fenwick Street - being traced.")
    d.p("Bail: pre-charge bail, no contact with Kayleigh DUNN; not to enter Holt Road, Eastwold; until 09/06/2026.")
    d.p("Early advice not sought: the evidence was gathered within a fortnight.")
    d.p("OIC: DC 1176 Sian ROWLANDS, 01632 960117, sian.rowlands@eastwold.police.example. Supervisor: DS 0761 Graham PELL - "
        "approved 24/03/2026.")
    d.p("Disclosure: MG6C, MG6D attached.")
    render_docx(d, c.add("MG3.docx", "MG3"), font="Arial", size=10.5, author="SRowlands")

    def W(name, name_sf, sig, occ, date, body, **kw):
        w = dict(name=name, name_sf=name_sf, sig=sig, occ=occ, date=date, body=body, sigmode=kw.pop("sigmode", "esig"))
        w.update(kw)
        return w
    mg11_web_pdf(c, W("Megan FAIRBAIRN", "FAIRBAIRN, Megan", "M. Fairbairn", "Student nurse", "09/03/2026", [
        "I have been best friends with Kayleigh DUNN since primary school.",
        "At 05:40 on Sunday 8th March 2026 I got a Snapchat message from Kayleigh: 'i think nathan raped me i woke up and he "
        "was having sex with me'. I was asleep and saw it at about 07:30. I rang her and went to her house at 08:00. She was "
        "in bed, crying. She told me she had gone to sleep on Nathan's bed at his house and woken up with him on top of her "
        "having sex with her. She said she had felt really drunk after the drink he made her.",
        "I showed the message on my phone to DC ROWLANDS, who photographed it with my agreement (MF/1). I kept my phone.",
    ], place="Eastwold Police Station", taken_by="DC 1176 ROWLANDS", witnessed="DC 1176 ROWLANDS"),
        "ewconnect_stmt_1.pdf", "first_account", SYS, HOST, pr(1), OCC, 1)
    mg11_web_pdf(c, W("Dan WHITFIELD", "WHITFIELD, Dan", "D. Whitfield", "Police Constable 0592, Eastwold Response", "08/03/2026", [
        "I am a Police Constable. At 11:15 on Sunday 8th March 2026 I was sent to Kayleigh DUNN's home on Holt Road, "
        "Eastwold, after she reported a rape by telephone. I arrived at 11:40 and was the first officer to attend.",
        "She told me: 'I went to sleep on Nathan Cookson's bed after drinks at his house. I woke up and he was having sex with "
        "me. I didn't agree to anything.' I wrote this in my pocket notebook at 11:48, seized the clothes she had worn "
        "(DW/1 dress, DW/2 knickers) and arranged the SARC.",
    ], place="Eastwold Police Station", taken_by="Self", witnessed=""), "ewconnect_stmt_2.pdf", "officer", SYS, HOST, pr(2), OCC, 2)
    mg11_web_pdf(c, W("Sian ROWLANDS", "ROWLANDS, Sian", "S. Rowlands", "Detective Constable 1176, Eastwold SSOT", "10/03/2026", [
        "I am a Detective Constable and trained ABE interviewer. On 10th March 2026 between 13:00 and 14:05 I conducted a "
        "video-recorded interview with Kayleigh DUNN at the Eastwold video interview suite. I exhibit the master recording as "
        "SR/1, the working copy as SR/2 and my summary as SR/3. On 9th March 2026 I photographed the Snapchat message on "
        "Megan FAIRBAIRN's phone with her agreement (MF/1).",
        "At 07:00 on 9th March 2026 I arrested Nathan COOKSON and seized his phone, exhibit SR/4.",
    ], place="Eastwold Police Station", taken_by="Self", witnessed=""), "ewconnect_stmt_3.pdf", "officer", SYS, HOST, pr(3), OCC, 3)
    mg11_web_pdf(c, W("Jade ELLIS", "ELLIS, Jade", "J. Ellis", "Hairdresser", "12/03/2026", [
        "I was at Nathan COOKSON's house on Fenwick Street on Saturday 7th March 2026 with Kayleigh and a few others. At about "
        "midnight I saw Nathan make Kayleigh a drink in the kitchen; I did not see what he put in it. Within about half an hour "
        "she was slurring and could hardly stand, which was not like her. Nathan said she could lie down on his bed. I left "
        "at about 01:30.",
    ], place="Eastwold Police Station", taken_by="DC 1176 ROWLANDS", witnessed="DC 1176 ROWLANDS"),
        "ewconnect_stmt_4.pdf", "witness", SYS, HOST, pr(4), OCC, 4)
    video_abe(c, "SR2_ABE_DUNN_100326.mp4", "10/03/2026", "13:00:00", ["EASTWOLD VIS - ROOM B", "10/03/26 SR/2"], seed=1112)
    d = Doc()
    d.h("ABE summary SR/3", 2)
    d.p(f"URN {c.urn}. Kayleigh DUNN, 10/03/2026 13:00-14:05, DC 1176 ROWLANDS.")
    d.table(["Time", "Summary"], [["00:00", "Introductions, ground rules."], ["00:06", "Drinks at COOKSON's; two ciders; then a vodka and coke he made; felt 'wasted' very quickly."],
                                  ["00:15", "Lay on his bed about 01:00; fell asleep."], ["00:18", "Woke about 04:30; he was on top of her, penis in her vagina; she had not agreed; pushed him off."],
                                  ["00:30", "Left 05:15; messaged Megan 05:40."], ["01:02", "Closing."]], widths=[12, 88])
    web_print(c, "ewconnect_abe_summary.pdf", "ABE_SUMMARY", d, SYS, HOST, "abe/1", pr(5), "ABE summary")
    d = Doc()
    d.h("Record of interview - COOKSON", 2)
    d.p(f"URN {c.urn}. 09/03/2026 10:30-11:15. DC ROWLANDS / DC MARSH. Solicitor Mr T. OWUSU. Says he made her one vodka and "
        "coke. She lay on his bed; later he lay down too; she was awake and kissed him and they had sex; she was 'up for it'. "
        "Afterwards she left suddenly. Denies putting anything in her drink.")
    web_print(c, "ewconnect_roti.pdf", "ROTI", d, SYS, HOST, "interviews/1", pr(6), "Interview record")
    pnc_print(c, "PNC COOKSON.pdf", F, "COOKSON, NATHAN", "14/05/2002", "2020/0419022F", [
        ("11/01/2022", "EASTWOLD MAGISTRATES", "POSSESSION OF CLASS B (CANNABIS) - MDA 1971 S.5(2)", "03/12/2021", "FINE GBP 120")],
        "24/03/2026 10:10", "DC 1176 ROWLANDS")
    d = witness_pnc_doc(c, [["DUNN, Kayleigh", "30/11/2005", "Complainant", "No trace", "Nil"],
                            ["FAIRBAIRN, Megan", "18/02/2006", "First account (friend)", "No trace", "Nil"],
                            ["ELLIS, Jade", "02/09/2005", "Witness (guest)", "No trace", "Nil"]], "DC 1176 ROWLANDS", "24/03/2026")
    web_print(c, "ewconnect_witness_checks.pdf", "PNC", d, SYS, HOST, "checks", pr(7), "Witness checks")
    d = Doc()
    d.h("Forensic results", 2)
    d.p(f"URN {c.urn}. SFR1 (Cairn Forensics, 18/03/2026): semen on high vaginal swab KD/2; DNA matches Nathan COOKSON. "
        "Toxicology (blood taken 08/03/2026 13:40): alcohol 22 mg/100ml; no drugs detected on a broad screen including "
        "GHB and benzodiazepines.")
    web_print(c, "ewconnect_forensics.pdf", "FORENSIC", d, SYS, HOST, "forensics", pr(8), "Forensic results")
    d = Doc()
    d.h("MG6C - non-sensitive unused material", 2)
    d.p(f"URN {c.urn}  R v COOKSON  Disclosure officer DC 1176 ROWLANDS")
    d.table(["No", "Description", "Location", "Comment"], [
        ["1", "Incident log EW-260308-1100 (telephone report 11:00)", "SSOT", "Copy provided - rebuttable presumption"],
        ["2", f"Crime report {OCC}", "EW Connect", "Copy provided - rebuttable presumption"],
        ["3", "PC 0592 WHITFIELD PNB 08/03/2026 p.22 (initial account, content in his MG11)", "SSOT", "Not considered to meet the test further"],
        ["4", "Notes of conversations with two other guests 11/03/2026: saw nothing after 01:00", "SSOT", "Not considered to meet the test"],
        ["5", "Custody record COOKSON 09/03/2026", "Custody", "Not considered to meet the test"],
        ["6", "Witness PNC results", "SSOT", "Copy provided"],
    ], widths=[6, 54, 14, 26])
    web_print(c, "ewconnect_mg6c.pdf", "MG6C", d, SYS, HOST, "disclosure/mg6c", pr(9), "MG6C")
    d = Doc()
    d.h("MG6D - sensitive material", 2)
    d.p(f"URN {c.urn}")
    d.table(["No", "Description", "Reason", "Comment"], [["1", "Complainant's contact details", "Personal data", "Does not meet the test"]], widths=[6, 54, 20, 20])
    web_print(c, "ewconnect_mg6d.pdf", "MG6D", d, SYS, HOST, "disclosure/mg6d", pr(10), "MG6D")
    d = Doc()
    d.h("Incident log EW-260308-1100", 2)
    d.table(["Time", "Entry"], [["11:00", "Telephone report - Kayleigh DUNN 20 - woke to male Nathan COOKSON having sex with her at his address 14 Fenwick St approx 04:30."],
                                ["11:15", "ER05 PC 0592 WHITFIELD assigned."], ["11:40", "At scene."], ["12:25", "Initial account in PNB. SARC 13:30."],
                                ["13:00", f"Crime {OCC} recorded. Closed."]], widths=[12, 88])
    d.p(f"URN {c.urn}")
    web_print(c, "ewconnect_incident.pdf", "INCIDENT_LOG", d, SYS, HOST, "incident", pr(11), "Incident")
    d = Doc()
    d.h("Crime report " + OCC, 2)
    d.kv([("URN", c.urn), ("Offence", "Rape s.1 SOA 2003"), ("Date", "08/03/2026 approx 04:30"), ("Location", "14 Fenwick Street, Eastwold"),
          ("Victim", "DUNN, Kayleigh, F, 20"), ("Suspect", "COOKSON, Nathan, M, 23 - bailed"), ("OIC", "DC 1176 ROWLANDS")], widths=(18, 82))
    web_print(c, "ewconnect_crime.pdf", "CRIME_REPORT", d, SYS, HOST, "crime", pr(12), "Crime report")
    d = Doc()
    d.h("MG12 exhibits", 2)
    d.p(f"URN {c.urn}")
    d.table(["Ref", "Description", "Producer"], [["SR/1", "ABE master", "DC ROWLANDS"], ["SR/2", "ABE working copy (SR2_ABE_DUNN_100326.mp4)", "DC ROWLANDS"],
                                                 ["SR/3", "ABE summary", "DC ROWLANDS"], ["SR/4", "COOKSON phone", "DC ROWLANDS"],
                                                 ["MF/1", "Photograph of Snapchat message on M. FAIRBAIRN's phone", "DC ROWLANDS"],
                                                 ["DW/1", "Dress", "PC WHITFIELD"], ["DW/2", "Knickers", "PC WHITFIELD"],
                                                 ["KD/1-KD/5", "SARC swabs and blood", "SARC"]], widths=[14, 66, 20])
    web_print(c, "ewconnect_mg12.pdf", "MG12", d, SYS, HOST, "exhibits", pr(13), "Exhibits")

    c.must_fail = ["special_measures", "victim_care", "outstanding_dated"]
    c.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                       "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
                       "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
                       "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "files_readable", "one_urn"]
    c.finish()
    return c


CASES = [case_c1, case_c2, case_c3, case_c4, case_c5, case_c6, case_e1, case_f1, case_f2, case_f3, case_f4]


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in CASES:
        fn(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
