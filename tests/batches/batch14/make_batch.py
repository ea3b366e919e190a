#!/usr/bin/env python3
"""batch14: synthetic RASSO case-file folders with expected outcomes.

Run: /work/main/.venv/bin/python make_batch.py OUTDIR
Deterministic (fixed seeds and dates). Standard library + fpdf2, python-docx, openpyxl, Pillow, PyAV, numpy.
"""
# ---------------------------------------------------------------------------
# Rendering engine: one block model, several output formats.
# ---------------------------------------------------------------------------
import datetime as _dt
import io
import json
import math
import os
import random
import re
import struct
import sys
import wave
import zipfile
from fractions import Fraction

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import av

FONTDIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
}
FIXED_ZIP_TIME = (2026, 6, 1, 9, 0, 0)


def D(y, m, d, hh=10, mm=0):
    return _dt.datetime(y, m, d, hh, mm, 0, tzinfo=_dt.timezone.utc)


# Block helpers -------------------------------------------------------------
def T(text):            # big title
    return ("title", text)


def S(text):            # subtitle / form reference line
    return ("sub", text)


def H(text):            # section heading
    return ("h", text)


def P(text):            # paragraph
    return ("p", text)


def KV(pairs, cols=2):  # boxed label/value grid
    return ("kv", pairs, cols)


def TB(headers, rows, widths=None, size=None):
    return ("table", headers, rows, widths, size)


def BOX(text):
    return ("box", text)


def MONO(text):
    return ("mono", text)


def SP(h=3):
    return ("sp", h)


def PB():
    return ("pb",)


def RULE():
    return ("rule",)


# PDF -----------------------------------------------------------------------
class _PDF(FPDF):
    def __init__(self, st):
        super().__init__(orientation=st.get("orient", "P"), unit="mm", format="A4")
        self.st = st
        fam = st.get("font", "sans")
        reg, bold, ital = FONTS[fam]
        self.add_font("F", "", os.path.join(FONTDIR, reg))
        self.add_font("F", "B", os.path.join(FONTDIR, bold))
        self.add_font("F", "I", os.path.join(FONTDIR, ital))
        self.add_font("M", "", os.path.join(FONTDIR, FONTS["mono"][0]))
        self.add_font("M", "B", os.path.join(FONTDIR, FONTS["mono"][1]))
        self.set_auto_page_break(True, margin=st.get("bottom", 22))
        self.set_margins(st.get("left", 16), st.get("top", 14), st.get("left", 16))

    def header(self):
        st = self.st
        if st.get("head_left") or st.get("head_right"):
            self.set_font("F", "B" if st.get("head_bold") else "", 8)
            self.set_text_color(60, 60, 60)
            y = 7
            self.set_xy(self.l_margin, y)
            self.cell(0, 4, st.get("head_left", ""), align="L")
            self.set_xy(self.l_margin, y)
            self.cell(0, 4, st.get("head_right", ""), align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 13))
        if self.page_no() > 1 and st.get("cont"):
            self.set_font("F", "B", 9)
            txt = st["cont"].replace("{p}", str(self.page_no()))
            self.multi_cell(0, 4.6, txt, border="B", align="L")
            self.ln(2)

    def footer(self):
        st = self.st
        lines = []
        if st.get("foot_sig"):
            lines.append(st["foot_sig"])
        if st.get("foot"):
            lines.append(st["foot"].replace("{p}", str(self.page_no())))
        if not lines:
            return
        self.set_y(-8 - 4.2 * len(lines))
        self.set_font("F", "", 7.5)
        self.set_text_color(70, 70, 70)
        for ln in lines:
            self.cell(0, 4.2, ln, align=st.get("foot_align", "C"), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)


def render_pdf(blocks, path, st, date):
    pdf = _PDF(st)
    pdf.set_creation_date(date)
    pdf.set_title(st.get("meta_title", ""))
    pdf.set_author(st.get("meta_author", ""))
    pdf.set_creator(st.get("meta_creator", "Microsoft Word"))
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    base = st.get("size", 10)
    lh = base * 0.48
    W = pdf.epw
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("F", "B", base + 5)
            pdf.multi_cell(0, (base + 5) * 0.5, b[1], align=st.get("title_align", "C"),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sub":
            pdf.set_font("F", "I", base - 1.5)
            pdf.multi_cell(0, (base - 1) * 0.45, b[1], align=st.get("title_align", "C"),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("F", "B", base + 1)
            if st.get("h_fill"):
                pdf.set_fill_color(*st["h_fill"])
                pdf.multi_cell(0, (base + 1) * 0.5, b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, (base + 1) * 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif k == "p":
            pdf.set_font("F", "", base)
            pdf.multi_cell(0, lh, b[1], align=st.get("p_align", "L"), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(st.get("p_gap", 1.6))
        elif k == "box":
            pdf.set_font("F", "", base - 0.5)
            pdf.multi_cell(0, lh, b[1], border=1, padding=1.5, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "mono":
            pdf.set_font("M", "", base - 1.5)
            pdf.multi_cell(0, (base - 1.5) * 0.46, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "sp":
            pdf.ln(b[1])
        elif k == "pb":
            pdf.add_page()
        elif k == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.l_margin + W, y)
            pdf.ln(3)
        elif k == "kv":
            pairs, cols = b[1], b[2]
            pdf.set_font("F", "", base - 0.5)
            lab_fill = st.get("kv_fill", (225, 225, 225))
            widths = []
            for _ in range(cols):
                widths += [0.36 / cols, 0.64 / cols]
            with pdf.table(col_widths=widths, first_row_as_headings=False, line_height=lh,
                           text_align="LEFT", padding=1, width=W) as t:
                row = None
                for i, (lab, val) in enumerate(pairs):
                    if i % cols == 0:
                        row = t.row()
                    row.cell(lab, style=FontFace(emphasis="B", fill_color=lab_fill))
                    row.cell(val)
                rem = len(pairs) % cols
                if rem:
                    for _ in range(cols - rem):
                        row.cell("")
                        row.cell("")
            pdf.ln(2)
        elif k == "table":
            headers, rows, widths, size = b[1], b[2], b[3], b[4]
            fs = size or (base - 1)
            pdf.set_font("F", "", fs)
            with pdf.table(col_widths=widths, line_height=fs * 0.47, text_align="LEFT", padding=1,
                           headings_style=FontFace(emphasis="B", fill_color=st.get("th_fill", (210, 210, 210))),
                           width=W, repeat_headings=1) as t:
                r = t.row()
                for h in headers:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
    pdf.output(path)
    return pdf.pages_count


# DOCX ----------------------------------------------------------------------
def _add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    fs = OxmlElement("w:fldChar"); fs.set(qn("w:fldCharType"), "separate")
    tx = OxmlElement("w:t"); tx.text = "1"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(fs); run._r.append(tx); run._r.append(f2)


def _shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def normalize_zip(path, date=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if date is not None:
        stamp = date.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        fixed = []
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              lambda m: m.group(1) + stamp + m.group(2), data)
            fixed.append((name, data))
        items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_docx(blocks, path, st, date):
    d = docx.Document()
    sec = d.sections[0]
    sec.page_height = Mm(297); sec.page_width = Mm(210)
    sec.left_margin = sec.right_margin = Mm(18)
    sec.top_margin = Mm(18); sec.bottom_margin = Mm(18)
    font = st.get("docx_font", "Arial")
    base = st.get("size", 10.5)
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(base)
    if st.get("head_left") or st.get("head_right"):
        hp = sec.header.paragraphs[0]
        hp.text = (st.get("head_left", "") + "\t\t" + st.get("head_right", "")).strip()
        for r in hp.runs:
            r.font.size = Pt(8)
    if st.get("foot") or st.get("foot_sig"):
        fp = sec.footer.paragraphs[0]
        if st.get("foot_sig"):
            r = fp.add_run(st["foot_sig"] + "\n"); r.font.size = Pt(8)
        if st.get("foot"):
            txt = st["foot"]
            if "{p}" in txt and "{nb}" in txt:
                a, rest = txt.split("{p}", 1)
                b_, c = rest.split("{nb}", 1)
                r = fp.add_run(a); r.font.size = Pt(8)
                r = fp.add_run(); _add_field(r, "PAGE"); r.font.size = Pt(8)
                r = fp.add_run(b_); r.font.size = Pt(8)
                r = fp.add_run(); _add_field(r, "NUMPAGES"); r.font.size = Pt(8)
                r = fp.add_run(c); r.font.size = Pt(8)
            else:
                r = fp.add_run(txt.replace("{p}", "").replace("{nb}", "")); r.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(base + 5)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get("title_align", "C") == "C" else WD_ALIGN_PARAGRAPH.LEFT
        elif k == "sub":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(base - 1)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if st.get("title_align", "C") == "C" else WD_ALIGN_PARAGRAPH.LEFT
        elif k == "h":
            if st.get("docx_headings"):
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(base + 1)
                if st.get("h_caps"):
                    r.font.all_caps = True
        elif k in ("p", "box"):
            if k == "box":
                t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
                t.cell(0, 0).text = b[1]
                d.add_paragraph()
            else:
                d.add_paragraph(b[1])
        elif k == "mono":
            for ln in b[1].split("\n"):
                p = d.add_paragraph(); r = p.add_run(ln); r.font.name = "Courier New"; r.font.size = Pt(base - 1.5)
                p.paragraph_format.space_after = Pt(0)
        elif k == "sp":
            d.add_paragraph()
        elif k == "pb":
            d.add_page_break()
        elif k == "rule":
            d.add_paragraph("_" * 60)
        elif k == "kv":
            pairs, cols = b[1], b[2]
            nrows = (len(pairs) + cols - 1) // cols
            t = d.add_table(rows=nrows, cols=cols * 2); t.style = "Table Grid"
            for i, (lab, val) in enumerate(pairs):
                r_, c_ = divmod(i, cols)
                c1 = t.cell(r_, c_ * 2); c1.text = lab
                for pr in c1.paragraphs:
                    for rn in pr.runs:
                        rn.bold = True
                _shade(c1, st.get("docx_kv_fill", "E6E6E6"))
                t.cell(r_, c_ * 2 + 1).text = val
            d.add_paragraph()
        elif k == "table":
            headers, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(headers)); t.style = "Table Grid"
            for j, h in enumerate(headers):
                c = t.cell(0, j); c.text = h
                for pr in c.paragraphs:
                    for rn in pr.runs:
                        rn.bold = True
                _shade(c, "D9D9D9")
            # repeat header row on each page
            trPr = t.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i + 1, j).text = str(v)
            d.add_paragraph()
    cp = d.core_properties
    cp.author = st.get("meta_author", "")
    cp.last_modified_by = st.get("meta_author", "")
    cp.title = st.get("meta_title", "")
    cp.created = date.replace(tzinfo=None)
    cp.modified = date.replace(tzinfo=None)
    cp.revision = 1
    d.save(path)
    normalize_zip(path, date)


# RTF -----------------------------------------------------------------------
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(blocks, path, st, date):
    fs = int(st.get("size", 10.5) * 2)
    o = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057",
         "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fmodern\\fcharset0 Courier New;}}",
         "{\\info{\\title %s}{\\author %s}{\\creatim\\yr%d\\mo%d\\dy%d\\hr%d\\min%d}}" % (
             _rtf_esc(st.get("meta_title", "")), _rtf_esc(st.get("meta_author", "")),
             date.year, date.month, date.day, date.hour, date.minute),
         "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134"]
    if st.get("head_left") or st.get("head_right"):
        o.append("{\\header\\pard\\qc\\fs16 %s\\par}" % _rtf_esc(
            (st.get("head_left", "") + "    " + st.get("head_right", "")).strip()))
    if st.get("foot"):
        f = _rtf_esc(st["foot"]).replace("\\{p\\}", "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}") \
            .replace("\\{nb\\}", "{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}")
        o.append("{\\footer\\pard\\qc\\fs16 %s\\par}" % f)
    total = 9638  # twips of text width
    for b in blocks:
        k = b[0]
        if k == "title":
            o.append("\\pard\\qc\\b\\fs%d %s\\b0\\fs%d\\par" % (fs + 10, _rtf_esc(b[1]), fs))
        elif k == "sub":
            o.append("\\pard\\qc\\i\\fs%d %s\\i0\\fs%d\\par" % (fs - 2, _rtf_esc(b[1]), fs))
        elif k == "h":
            o.append("\\pard\\sb120\\sa60\\b\\fs%d %s\\b0\\fs%d\\par" % (fs + 2, _rtf_esc(b[1]), fs))
        elif k in ("p", "box"):
            o.append("\\pard\\sa100\\fs%d %s\\par" % (fs, _rtf_esc(b[1])))
        elif k == "mono":
            o.append("\\pard\\f1\\fs%d %s\\f0\\fs%d\\par" % (fs - 3, _rtf_esc(b[1]), fs))
        elif k == "sp":
            o.append("\\pard\\par")
        elif k == "pb":
            o.append("\\page")
        elif k == "rule":
            o.append("\\pard\\brdrb\\brdrs\\brdrw10\\par")
        elif k in ("kv", "table"):
            if k == "kv":
                pairs, cols = b[1], b[2]
                rows = []
                for i in range(0, len(pairs), cols):
                    r = []
                    for lab, val in pairs[i:i + cols]:
                        r += ["\\b " + _rtf_esc(lab) + "\\b0 ", _rtf_esc(val)]
                    while len(r) < cols * 2:
                        r.append("")
                    rows.append(r)
                ncol = cols * 2
                widths = [0.36 / cols, 0.64 / cols] * cols
            else:
                headers, trows, widths = b[1], b[2], b[3]
                ncol = len(headers)
                rows = [["\\b " + _rtf_esc(h) + "\\b0 " for h in headers]] + \
                       [[_rtf_esc(str(c)) for c in r] for r in trows]
                if not widths:
                    widths = [1.0 / ncol] * ncol
            tw = sum(widths)
            for ri, r in enumerate(rows):
                row = ["\\trowd\\trgaph70"]
                if k == "table" and ri == 0:
                    row.append("\\trhdr")
                x = 0
                for w in widths:
                    x += int(total * w / tw)
                    row.append("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x)
                row.append("\\pard\\intbl\\fs%d " % (fs - 1))
                row.append("".join(c + "\\cell " for c in r))
                row.append("\\row")
                o.append("".join(row))
            o.append("\\pard\\par")
    o.append("}")
    with open(path, "w", encoding="ascii") as f:
        f.write("\n".join(o))


# Page images (scans, phone photos) -----------------------------------------
def _font(kind, px):
    reg, bold, ital = FONTS[kind]
    return {
        "r": ImageFont.truetype(os.path.join(FONTDIR, reg), px),
        "b": ImageFont.truetype(os.path.join(FONTDIR, bold), px),
        "i": ImageFont.truetype(os.path.join(FONTDIR, ital), px),
    }


def _wrap(draw, text, font, width):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            t = (cur + " " + w) if cur else w
            if draw.textlength(t, font=font) <= width:
                cur = t
            else:
                if cur:
                    lines.append(cur)
                while draw.textlength(w, font=font) > width and len(w) > 1:
                    # hard split very long tokens
                    n = len(w)
                    while n > 1 and draw.textlength(w[:n], font=font) > width:
                        n -= 1
                    lines.append(w[:n]); w = w[n:]
                cur = w
        lines.append(cur)
    return lines


def render_pages(blocks, st, dpi=200, handwriting_sig=None):
    """Lay blocks out on A4 page images; returns list of PIL RGB images."""
    W, Hh = int(8.27 * dpi), int(11.69 * dpi)
    mx, my = int(0.7 * dpi), int(0.75 * dpi)
    pt = dpi / 72.0
    base = st.get("size", 10)
    kind = st.get("font", "sans")
    f = _font(kind, int(base * pt))
    fh = _font(kind, int((base + 1) * pt))
    ft = _font(kind, int((base + 5) * pt))
    fs = _font(kind, int((base - 1.5) * pt))
    fsm = _font(kind, int((base - 1) * pt))
    fm = _font("mono", int((base - 1.5) * pt))
    lh = int(base * pt * 1.38)
    pages = []
    state = {}

    def new_page():
        img = Image.new("RGB", (W, Hh), "white")
        dr = ImageDraw.Draw(img)
        pages.append(img)
        state["img"], state["dr"], state["y"] = img, dr, my
        n = len(pages)
        hl, hr = st.get("head_left", ""), st.get("head_right", "")
        if hl or hr:
            dr.text((mx, int(0.35 * dpi)), hl, font=fs["r"], fill=(40, 40, 40))
            if hr:
                dr.text((W - mx - dr.textlength(hr, font=fs["r"]), int(0.35 * dpi)), hr, font=fs["r"], fill=(40, 40, 40))
        if n > 1 and st.get("cont"):
            txt = st["cont"].replace("{p}", str(n))
            for ln in _wrap(dr, txt, fh["b"], W - 2 * mx):
                dr.text((mx, state["y"]), ln, font=fh["b"], fill="black")
                state["y"] += lh
            dr.line((mx, state["y"] + 4, W - mx, state["y"] + 4), fill="black", width=2)
            state["y"] += lh // 2 + 6

    bottom = Hh - int(0.95 * dpi)

    def need(h):
        if state["y"] + h > bottom:
            new_page()

    new_page()
    for b in blocks:
        k = b[0]
        dr = state["dr"]
        if k in ("title", "sub", "h", "p", "box", "mono"):
            fnt = {"title": ft["b"], "sub": fsm["i"], "h": fh["b"], "p": f["r"], "box": f["r"], "mono": fm["r"]}[k]
            size = fnt.size
            llh = int(size * 1.38)
            lines = _wrap(dr, b[1], fnt, W - 2 * mx - (30 if k == "box" else 0))
            if k == "h":
                need(llh * 2)
                state["y"] += llh // 3
            y0 = state["y"]
            for ln in lines:
                need(llh)
                dr = state["dr"]
                if k in ("title", "sub") and st.get("title_align", "C") == "C":
                    x = (W - dr.textlength(ln, font=fnt)) / 2
                else:
                    x = mx + (15 if k == "box" else 0)
                dr.text((x, state["y"]), ln, font=fnt, fill="black")
                state["y"] += llh
            if k == "box" and state["y"] > y0:
                state["dr"].rectangle((mx, max(y0 - 8, my), W - mx, state["y"] + 6), outline="black", width=2)
                state["y"] += 10
            state["y"] += int(llh * 0.35)
        elif k == "sp":
            state["y"] += int(b[1] * dpi / 25.4)
        elif k == "pb":
            new_page()
        elif k == "rule":
            dr.line((mx, state["y"], W - mx, state["y"]), fill="black", width=2)
            state["y"] += lh // 2
        elif k in ("kv", "table"):
            if k == "kv":
                pairs, cols = b[1], b[2]
                widths = [0.36 / cols, 0.64 / cols] * cols
                rows, bolds = [], []
                for i in range(0, len(pairs), cols):
                    r = []
                    for lab, val in pairs[i:i + cols]:
                        r += [lab, val]
                    while len(r) < cols * 2:
                        r.append("")
                    rows.append(r)
                header = None
                fnt = fsm
            else:
                header, rows, widths = b[1], b[2], b[3]
                if not widths:
                    widths = [1] * len(header)
                fnt = _font(kind, int((b[4] or (base - 1)) * pt))
            tw = sum(widths)
            avail = W - 2 * mx
            cw = [int(avail * w / tw) for w in widths]
            pad = 8
            llh = int(fnt["r"].size * 1.3)

            def draw_row(cells, bold_cols, fill=None):
                dr = state["dr"]
                wrapped = [_wrap(dr, str(c), fnt["b"] if j in bold_cols else fnt["r"], cw[j] - 2 * pad)
                           for j, c in enumerate(cells)]
                hgt = max(len(w) for w in wrapped) * llh + 2 * pad
                if state["y"] + hgt > bottom:
                    new_page()
                    if header is not None:
                        draw_row(header, set(range(len(header))), fill=(215, 215, 215))
                dr = state["dr"]
                x = mx
                for j, lines in enumerate(wrapped):
                    box = (x, state["y"], x + cw[j], state["y"] + hgt)
                    if fill or (k == "kv" and j % 2 == 0):
                        dr.rectangle(box, fill=fill or (228, 228, 228))
                    dr.rectangle(box, outline="black", width=2)
                    yy = state["y"] + pad
                    for ln in lines:
                        dr.text((x + pad, yy), ln, font=fnt["b"] if j in bold_cols else fnt["r"], fill="black")
                        yy += llh
                    x += cw[j]
                state["y"] += hgt

            if header is not None:
                need(llh * 3)
                draw_row(header, set(range(len(header))), fill=(215, 215, 215))
            for r in rows:
                draw_row(r, set(range(0, len(r), 2)) if k == "kv" else set())
            state["y"] += lh // 2
    # footers
    n = len(pages)
    for i, img in enumerate(pages):
        dr = ImageDraw.Draw(img)
        y = Hh - int(0.6 * dpi)
        for key in ("foot_sig", "foot"):
            if st.get(key):
                t = st[key].replace("{p}", str(i + 1)).replace("{nb}", str(n))
                dr.text(((W - dr.textlength(t, font=fs["r"])) / 2, y), t, font=fs["r"], fill=(50, 50, 50))
                y += int(fs["r"].size * 1.4)
    if handwriting_sig:
        for img in pages:
            _scribble(img, handwriting_sig, dpi)
    return pages


def _scribble(img, spec, dpi):
    """Draw a pen-like signature squiggle at a relative position (x, y fractions, seed)."""
    x0, y0, seed = spec
    rnd = random.Random(seed)
    dr = ImageDraw.Draw(img)
    W, Hh = img.size
    x, y = int(W * x0), int(Hh * y0)
    pts = []
    for i in range(40):
        pts.append((x + i * dpi * 0.035 + rnd.uniform(-6, 6), y + math.sin(i * 0.9 + rnd.random()) * dpi * 0.06))
    dr.line(pts, fill=(20, 30, 110), width=max(2, dpi // 90), joint="curve")


def scan_pdf(pages, path, date, seed, skew=0.35, title=""):
    """Image-only PDF: every page is a greyscale 'scan' with a little noise and skew."""
    rnd = random.Random(seed)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(date)
    pdf.set_creator("ScanStation MFP")
    pdf.set_producer("ScanStation MFP imaging")
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(False)
    for img in pages:
        g = img.convert("L")
        g = g.rotate(rnd.uniform(-skew, skew), resample=Image.BICUBIC, fillcolor=255, expand=False)
        arr = np.asarray(g).astype(np.int16)
        nrng = np.random.default_rng(rnd.randrange(1 << 30))
        noise = nrng.normal(0, 2.5, arr.shape)
        arr = np.clip(arr * 0.97 + 8 + noise, 0, 255).astype(np.uint8)
        # a few specks
        for _ in range(25):
            yy, xx = nrng.integers(0, arr.shape[0] - 3), nrng.integers(0, arr.shape[1] - 3)
            arr[yy:yy + 2, xx:xx + 2] = 60
        g = Image.fromarray(arr, "L")
        buf = io.BytesIO()
        g.save(buf, format="JPEG", quality=55, optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(path)


def phone_photo(page, path, seed, angle=2.5, when="2026:03:16 10:15:22"):
    """A JPEG that looks like a phone photo of a paper page on a desk."""
    rnd = random.Random(seed)
    pw, ph = page.size
    scale = 2000 / ph
    pg = page.resize((int(pw * scale), int(ph * scale)), Image.LANCZOS)
    CW, CH = int(pg.size[0] * 1.22), int(pg.size[1] * 1.12)
    # desk background with a gradient
    yy, xx = np.mgrid[0:CH, 0:CW]
    base = np.stack([120 + 40 * xx / CW, 95 + 30 * yy / CH, 70 + 20 * xx / CW], axis=-1)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    # paper tone
    arr = np.asarray(pg).astype(np.float32)
    arr = arr * np.array([0.97, 0.96, 0.91])
    pg = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    pg = pg.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.resize((int(pw * scale), int(ph * scale))).size, 255).rotate(angle, expand=True)
    ox, oy = (CW - pg.size[0]) // 2, (CH - pg.size[1]) // 2
    bg.paste(pg, (ox, oy), mask)
    # mild perspective (top edge slightly narrower)
    k = rnd.uniform(0.015, 0.03)
    coeffs = _persp_coeffs([(0, 0), (CW, 0), (CW, CH), (0, CH)],
                           [(CW * k, 0), (CW * (1 - k), CH * 0.01), (CW, CH), (0, CH)])
    bg = bg.transform((CW, CH), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(118, 94, 70))
    # lighting falloff
    a = np.asarray(bg).astype(np.float32)
    light = 1.05 - 0.18 * ((xx / CW - 0.35) ** 2 + (yy / CH - 0.3) ** 2)
    a = a * light[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    ex = Image.Exif()
    ex[0x0110] = "Phone camera"
    ex[0x0132] = when
    img.save(path, format="JPEG", quality=84, exif=ex.tobytes())


def _persp_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


# Multimedia ----------------------------------------------------------------
def make_video(path, seconds, lines, seed, size=(320, 240), fps=10, codec="libx264", audio=True,
               stamp_fmt=None, bg=(40, 44, 52), start=(14, 2, 0), noise=6):
    rnd = np.random.default_rng(seed)
    W, Hh = size
    out = av.open(path, mode="w", format="mp4")
    vs = out.add_stream(codec, rate=fps)
    vs.width, vs.height = W, Hh
    vs.pix_fmt = "yuv420p"
    vs.codec_context.thread_count = 1
    vs.codec_context.thread_type = "NONE"
    if codec == "libx264":
        vs.options = {"preset": "veryfast", "crf": "30", "threads": "1"}
    else:
        vs.bit_rate = 200000
    as_ = None
    if audio:
        as_ = out.add_stream("aac", rate=16000)
        as_.layout = "mono"
        as_.codec_context.thread_count = 1
    fnt = ImageFont.truetype(os.path.join(FONTDIR, FONTS["mono"][0]), 12)
    fntb = ImageFont.truetype(os.path.join(FONTDIR, FONTS["sans"][1]), 14)
    nframes = int(seconds * fps)
    h0, m0, s0 = start
    for i in range(nframes):
        img = Image.new("RGB", (W, Hh), bg)
        dr = ImageDraw.Draw(img)
        # a simple 'scene': two seated shapes and a table
        dr.rectangle((40, 150, 280, 175), fill=(110, 90, 70))
        sway = int(3 * math.sin(i / 4.0))
        dr.ellipse((70 + sway, 80, 110 + sway, 120), fill=(190, 160, 140))
        dr.rectangle((65 + sway, 120, 115 + sway, 170), fill=(60, 80, 120))
        dr.ellipse((210, 85, 245, 120), fill=(170, 140, 120))
        dr.rectangle((205, 120, 250, 170), fill=(90, 60, 60))
        y = 6
        for ln in lines:
            dr.text((6, y), ln, font=fntb if y == 6 else fnt, fill=(255, 255, 255))
            y += 16
        secs = s0 + i // fps
        t = "%02d:%02d:%02d" % (h0 + (m0 + secs // 60) // 60, (m0 + secs // 60) % 60, secs % 60)
        dr.text((W - 80, Hh - 18), t, font=fnt, fill=(255, 255, 0))
        arr = np.asarray(img).astype(np.int16)
        arr = np.clip(arr + rnd.integers(-noise, noise + 1, arr.shape), 0, 255).astype(np.uint8)
        frame = av.VideoFrame.from_ndarray(arr, format="rgb24")
        for pkt in vs.encode(frame):
            out.mux(pkt)
    for pkt in vs.encode():
        out.mux(pkt)
    if as_ is not None:
        sr = 16000
        n = int(seconds * sr)
        t = np.arange(n) / sr
        env = 0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t) ** 2
        sig = (0.08 * env * np.sin(2 * np.pi * 180 * t) + 0.02 * rnd.standard_normal(n)).astype(np.float32)
        fsz = 1024
        pts = 0
        for k in range(0, n, fsz):
            chunk = sig[k:k + fsz]
            if len(chunk) < fsz:
                chunk = np.pad(chunk, (0, fsz - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pts
            af.time_base = Fraction(1, sr)
            pts += fsz
            for pkt in as_.encode(af):
                out.mux(pkt)
        for pkt in as_.encode():
            out.mux(pkt)
    out.close()


def make_wav(path, seconds, seed, rate=8000):
    rnd = np.random.default_rng(seed)
    n = int(seconds * rate)
    t = np.arange(n) / rate
    # ring tone for the first second then 'voice-like' modulated noise
    ring = (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) * (t < 1.0) * ((t * 2.5) % 1 < 0.6)
    voice = rnd.standard_normal(n) * (0.4 + 0.6 * np.abs(np.sin(2 * np.pi * 2.3 * t))) * (t >= 1.2)
    voice = np.convolve(voice, np.ones(6) / 6, mode="same")
    sig = 0.25 * ring + 0.35 * voice
    data = (np.clip(sig, -1, 1) * 20000).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(rate)
        w.writeframes(data)


# Spreadsheets --------------------------------------------------------------
def write_xlsx(path, sheets, date, author):
    """sheets: list of (title, preamble_rows, headers, rows, widths, footer_rows)."""
    wb = openpyxl.Workbook()
    first = True
    thin = Side(style="thin", color="000000")
    for title, pre, headers, rows, widths, foot in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line)
            ws.cell(row=r, column=1).font = Font(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        r += 1
        for j, h in enumerate(headers):
            c = ws.cell(row=r, column=j + 1, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            r += 1
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=j + 1, value=v)
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 2
        for line in foot:
            ws.cell(row=r, column=1, value=line)
            r += 1
        for j, w in enumerate(widths):
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width = w
        ws.print_title_rows = None
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = date.replace(tzinfo=None)
    wb.properties.modified = date.replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path, date)

# ---------------------------------------------------------------------------
# Case-folder infrastructure
# ---------------------------------------------------------------------------
def _sub_nb(blocks, n):
    out = []
    for b in blocks:
        if b[0] in ("kv",):
            out.append((b[0], [(k, v.replace("{nb}", str(n))) for k, v in b[1]], b[2]))
        elif b[0] == "table":
            out.append((b[0], b[1], [[str(c).replace("{nb}", str(n)) for c in r] for r in b[2]], b[3], b[4]))
        elif len(b) > 1 and isinstance(b[1], str):
            out.append((b[0], b[1].replace("{nb}", str(n))) + tuple(b[2:]))
        else:
            out.append(b)
    return out


def _sub_nb_st(st, n):
    return {k: (v.replace("{nb}", str(n)) if isinstance(v, str) else v) for k, v in st.items()}


class Case:
    def __init__(self, outdir, name, stage, exit_code, urn):
        self.outdir, self.name, self.stage, self.exit, self.urn = outdir, name, stage, exit_code, urn
        self.dir = os.path.join(outdir, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs, self.present = [], []
        self.must_fail, self.must_not_fail = [], []

    def _p(self, fname):
        p = os.path.join(self.dir, fname)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def _rec(self, fname, dtype, role):
        base = os.path.basename(fname)
        if dtype is not None:
            e = {"name": base, "type": dtype}
            if role:
                e["role"] = role
            self.docs.append(e)
            for t in (dtype if isinstance(dtype, list) else [dtype]):
                pass
            t0 = dtype if isinstance(dtype, str) else None
            if t0 and t0 not in self.present:
                self.present.append(t0)

    def add(self, fname, fmt, blocks, st, date, dtype=None, role=None, nb=None, seed=1, sig=None,
            angle=2.0, when=None):
        path = self._p(fname)
        if fmt == "pdf":
            render_pdf(blocks, path, st, date)
        elif fmt in ("docx", "rtf"):
            n = nb or 1
            bl, s2 = _sub_nb(blocks, n), _sub_nb_st(st, n)
            (render_docx if fmt == "docx" else render_rtf)(bl, path, s2, date)
        elif fmt in ("scan", "photo"):
            pages = render_pages(blocks, st, dpi=200 if fmt == "scan" else 170)
            n = len(pages)
            pages = render_pages(_sub_nb(blocks, n), _sub_nb_st(st, n), dpi=200 if fmt == "scan" else 170,
                                 handwriting_sig=sig)
            if fmt == "scan":
                scan_pdf(pages, path, date, seed)
            else:
                assert len(pages) == 1, fname + " must be one page for a photo"
                phone_photo(pages[0], path, seed, angle=angle,
                            when=when or date.strftime("%Y:%m:%d %H:%M:%S"))
        else:
            raise ValueError(fmt)
        self._rec(fname, dtype, role)

    def add_raw(self, fname, writer, dtype=None, role=None):
        writer(self._p(fname))
        self._rec(fname, dtype, role)

    def expect(self, present=None, must_fail=(), must_not_fail=()):
        self.must_fail = list(must_fail)
        self.must_not_fail = list(must_not_fail)
        if present is not None:
            self.present = list(present)

    def write_expected(self):
        exp = {"case": self.name, "stage": self.stage}
        if self.exit is not None:
            exp["exit"] = self.exit
        exp["present_types"] = self.present
        exp["must_fail"] = self.must_fail
        exp["must_not_fail"] = self.must_not_fail
        exp["docs"] = self.docs
        with open(os.path.join(self.outdir, self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")


# ---------------------------------------------------------------------------
# MG11 in each force's house style
# ---------------------------------------------------------------------------
DECL = {
    1: ("This statement (of {n} page(s), each signed by me) is true to the best of my knowledge and belief. "
        "I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
        "wilfully stated in it anything that I know to be false or do not believe to be true."),
    2: ("I declare that this statement, which consists of {n} page(s) each signed by me, is true to the best "
        "of my knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable "
        "to prosecution if I have wilfully stated in it anything which I know to be false or do not believe "
        "to be true."),
    3: ("This statement, of {n} pages each signed by me, is true to the best of my knowledge and belief, and "
        "I make it knowing that, should it be tendered in evidence, I would be liable to prosecution if I had "
        "wilfully stated in it anything I knew to be false or did not believe to be true."),
}


def urn_boxes(urn):
    return [("Force", urn[0:2]), ("Stn", urn[2:4]), ("No.", urn[4:9]), ("Year", urn[9:11])]


def mg11(force, urn, w):
    """w: name, age, occ, date, body(list), sig, witnessed(opt), rear(list of pairs, opt), vr(bool)."""
    n = w.get("pages", "{nb}")
    decl = DECL[w.get("decl", {"calder": 1, "north": 2, "weald": 1, "fen": 2, "thorn": 3, "avon": 1}[force])]
    decl = decl.replace("{n}", str(n))
    name = w["name"]
    body = [P(x) if isinstance(x, str) else x for x in w["body"]]
    wit = w.get("witnessed", "")
    if force == "calder":
        st = dict(head_left="OFFICIAL-SENSITIVE (when complete)", head_right="MG11",
                  foot_sig="Signature: %s          Signature witnessed by: %s" % (w["sig"], wit or "-"),
                  foot="Page {p} of {nb}",
                  cont="Continuation of Statement of: %s                    Page No. {p} of {nb}" % name,
                  meta_author=w.get("author", "Calderbrook Constabulary"), meta_title="MG11 " + name)
        bl = [T("WITNESS STATEMENT"),
              S("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B"),
              KV([("URN", urn)], 1),
              KV([("Statement of", name), ("Age if under 18", w["age"]), ("Occupation", w["occ"]),
                  ("Date", w["date"])], 2),
              BOX(decl),
              KV([("Signature", w["sig"]), ("Date", w["date"])], 2),
              P("Tick if witness evidence is visually recorded  [%s]   (supply witness details on rear)" %
                ("X" if w.get("vr") else "  "))] + body
    elif force == "north":
        st = dict(head_left="RESTRICTED (when complete)", head_right="MG 11(T)",
                  foot="Page {p} of {nb}", meta_author="Northmere Police", meta_title="Statement of witness")
        bl = [T("STATEMENT OF WITNESS"),
              S("(Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, ss.5A(3)(a) and 5B; "
                "Criminal Procedure Rules 2025, r.16.2)"),
              KV([("Statement of", name), ("Age if under 18", w["age"]), ("Occupation", w["occ"]),
                  ("URN", urn)], 2),
              P(decl),
              P("Signed: %s                         Dated: %s" % (w["sig"], w["date"]))] + body + \
             [P("Signed: %s        Signature witnessed by: %s" % (w["sig"], wit or "n/a"))]
    elif force == "weald":
        st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Form MG11 (Wealdhurst Police v4.2)", font="serif",
                  foot="Witness statement of %s - page {p} of {nb} - URN %s" % (name, urn),
                  meta_author="Wealdhurst Police", meta_title="Witness Statement")
        bl = [T("Witness Statement"),
              S("CJ Act 1967 s.9 / MC Act 1980 s.5B / Crim PR r.16.2"),
              KV([("URN", urn), ("Statement of", name), ("Age if under 18", w["age"]),
                  ("Occupation", w["occ"])], 2),
              P(decl),
              P("Signature: %s          Date: %s" % (w["sig"], w["date"]))] + body + \
             [P("Signature: %s          Witnessed by: %s" % (w["sig"], wit or "-"))]
    elif force == "fen":
        st = dict(head_left="OFFICIAL-SENSITIVE when complete", head_right="MG11", docx_font="Calibri",
                  foot="Fenholt Constabulary  |  URN %s  |  Page {p} of {nb}" % urn,
                  meta_author="HEARTH RMS", meta_title="MG11 witness statement")
        bl = [T("WITNESS STATEMENT (MG11)"),
              S("Criminal Justice Act 1967, section 9  -  Magistrates' Courts Act 1980, section 5B  -  "
                "Criminal Procedure Rules, rule 16.2"),
              KV([("URN", urn), ("Statement of", name), ("Age if under 18", w["age"]), ("Occupation", w["occ"])], 2),
              BOX(decl),
              P(w["sig"] + "      Date: " + w["date"])] + body + [P(w["sig"])]
    elif force == "thorn":
        st = dict(head_left="OFFICIAL - SENSITIVE (WHEN COMPLETE)", head_right="MG11  Thornmouth Police",
                  foot="Signature: %s    Signature witnessed by: %s    Page {p} of {nb}" % (w["sig"], wit or "-"),
                  cont="Continuation sheet - statement of %s" % name,
                  h_fill=(230, 230, 240), meta_author="Thornmouth Police Quarry", meta_title="MG11")
        bl = [KV(urn_boxes(urn), 4), T("WITNESS STATEMENT"),
              S("Crim PR r.16.2; CJ Act 1967 s.9; MC Act 1980 s.5B"),
              KV([("Statement of", name), ("Age if under 18", w["age"]), ("Occupation", w["occ"]),
                  ("Date", w["date"])], 2),
              BOX(decl), KV([("Signature", w["sig"]), ("Date", w["date"])], 2)] + body
    elif force == "avon":
        st = dict(head_left="OFFICIAL \u2013 SENSITIVE", head_right="Avonbury Police \u2013 MG11", font="cond",
                  foot="URN %s   |   %s   |   page {p} of {nb}" % (urn, name),
                  meta_author="Avonbury Police", meta_title="Witness Statement")
        bl = [T("Witness Statement"),
              S("Section 9 Criminal Justice Act 1967; section 5B Magistrates' Courts Act 1980; rule 16.2 Criminal Procedure Rules"),
              KV([("URN", urn), ("Name", name), ("Age if under 18", w["age"]), ("Occupation", w["occ"])], 2),
              P(decl),
              KV([("Signed", w["sig"]), ("Date", w["date"])], 2)] + body + \
             [P("Signed: %s    Witnessed: %s" % (w["sig"], wit or "-"))]
    else:
        raise ValueError(force)
    if w.get("rear"):
        bl += [PB(), H("MG11 (rear) - witness details - not for disclosure"), KV(w["rear"], 1)]
    st.update(w.get("st", {}))
    return bl, st

# ---------------------------------------------------------------------------
# Case A: 47KQ0413826  (Calderbrook Constabulary)  COMPLIANT, charging
# ---------------------------------------------------------------------------
def case_a(outdir):
    urn = "47KQ0413826"
    c = Case(outdir, "47KQ0413826", "charging", 0, urn)
    OIC = "DC 4406 Gareth NOLAN"
    base_st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Calderbrook Constabulary",
                   foot="URN 47KQ0413826  -  Page {p} of {nb}", meta_author="G Nolan")

    # MG3 ------------------------------------------------------------------
    st = dict(base_st, head_right="MG3", h_fill=(220, 228, 240), meta_title="MG3 VOSS")
    bl = [T("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
          S("MG3  |  Calderbrook Constabulary, Public Protection - RASSO Investigation Team"),
          KV([("URN", urn), ("Date of report", "12/05/2026"),
              ("Suspect", "VOSS, Declan  (born 02/08/1996)"), ("Offence(s)", "Rape, s.1 Sexual Offences Act 2003"),
              ("Date/place of offence", "14-15/03/2026, 9 Tarrant Mews, Calderbrook"),
              ("Complainant", "Rhiannon ASHCOMBE (24)"),
              ("Officer in the case", OIC), ("OIC direct line", "01632 960418")], 2),
          KV([("OIC e-mail", "gareth.nolan@calderbrook.police.example"), ("Station", "Calderbrook Central")], 1),
          H("1. Decision requested"),
          P("Full Code Test. All of the evidence the investigation needs is now with the file; we are not "
            "asking for a threshold test decision. The suspect is on pre-charge bail (section 9 below)."),
          H("2. Early advice"),
          P("Early advice was requested from CPS Calder and Vale RASSO on 24/03/2026 and given by telephone and in "
            "writing on 25/03/2026 (record attached, EA_record_25032026.pdf). The two action points - a statement "
            "from the flatmate and a streamlined forensic report - have both been completed."),
          H("3. Summary"),
          P("Rhiannon ASHCOMBE and Declan VOSS met through the Kindling dating app in early March 2026. Their second "
            "date was on Saturday 14/03/2026 at the Corn Exchange bar. At about 23:40 they went back to his flat at "
            "9 Tarrant Mews. She accepts that they kissed on the sofa and that she was happy to do so. Her account is "
            "that he then pulled her into the bedroom, that she told him more than once she did not want to have sex "
            "and tried to push him off, and that he held both her wrists above her head and had penile-vaginal "
            "intercourse with her. She left at about 01:15 by RideNow car and got home at 01:31."),
          H("4. The complainant's account"),
          P("Rhiannon gave a video-recorded (ABE) interview on 17/03/2026 conducted by DC 5170 MARSH. The recording "
            "(VRI_RA_17032026.mp4), its summary and index, and DC MARSH's statement exhibiting it as LM/1 are with "
            "this file. There is no separate written statement from her."),
          H("5. First account"),
          P("She first told her flatmate, at about 09:30 on 15/03/2026, that he had 'carried on when I told him to "
            "stop'. The flatmate's statement is attached. At 01:34 she had sent the flatmate a message asking if she "
            "was awake but said nothing about what had happened. She then reported it to the police by 101 at 10:52 "
            "(incident log 0417) and gave PC 2231 DUNMORE a brief account, which he recorded in his pocket "
            "notebook."),
          H("6. Suspect's account"),
          P("Interviewed under caution on 20/03/2026 with his solicitor present (ROTI attached). He accepts that "
            "intercourse took place and says it was consensual throughout: she never asked him to stop, she 'seemed "
            "fine' when she left, and the marks on her wrists must have come from 'messing about'. He accepts sending "
            "the 11:42 message 'sorry if it got out of hand, I thought you were into it' and says it referred to the "
            "evening in general. The likely defence is consent, or a reasonable belief in consent."),
          H("7. Lines of enquiry, including those pointing away from the suspect"),
          TB(["Line of enquiry", "Why", "Result"], [
              ["Messages between them 10/03-16/03/2026 (her phone, under a DPN; his phone, seized on arrest)",
               "Both before and after the date; could support or undermine either account",
               "Done. Before the date she wrote 'could come back to yours after if you like' (14/03, 18:30). This "
               "points towards the defence and is scheduled and supplied. After the event: her 11:20 message 'you "
               "know what you did. I told you to stop' and his reply."],
              ["House-to-house, Tarrant Mews nos 1-11 (16/03/2026)",
               "Anyone who heard or saw them arrive or leave",
               "Done. Nobody heard or saw anything. Proforma on the MG6C."],
              ["RideNow trip record and driver",
               "Time she left and her demeanour",
               "Done. Pick-up 01:16, drop-off 01:31, confirming her timings. The driver recalls nothing of note, "
               "so no statement was taken."],
              ["CCTV", "Arrival and departure",
               "There is no CCTV covering Tarrant Mews. The Station Road shop camera was checked on 16/03/2026; it "
               "covers the counter only and nothing was seized."],
              ["Suspect's PNC and intelligence; any previous complaints", "Bad character / pattern",
               "Done. No trace."],
              ["Wrist injuries", "Support for force being used",
               "Done. FME found bruising to both wrists (Dr KESTEVEN's statement)."],
          ], [30, 25, 45]),
          P("Lines not pursued, and why: her GP and other medical records have not been requested, because nothing "
            "in the case suggests they hold relevant material (the prosecutor agreed at early advice). She has not "
            "had counselling, so there are no counselling notes. The Kindling app provider was not approached: the "
            "whole chat is already on both phones."),
          H("8. Outstanding evidence"),
          P("No further enquiries are outstanding. The SFR1 (28/04/2026) confirms semen on AK/2 with a DNA profile "
            "matching the suspect. Intercourse is admitted, so no SFR2 is proposed unless the CPS asks for one."),
          H("9. Custody and bail"),
          P("Released on pre-charge bail on 20/03/2026. Bail was extended to 20/06/2026 by Superintendent OKAFOR on "
            "18/04/2026. Conditions: not to contact Rhiannon ASHCOMBE directly or indirectly, including through "
            "social media; not to enter Linden Court, Calderbrook."),
          H("10. Forensic and medical"),
          P("Forensic medical examination at Brookside SARC on 15/03/2026 by Dr Anand KESTEVEN (statement attached): "
            "bruising to the inner aspect of both wrists, consistent with grip. Rhiannon signed the SARC consent "
            "form on 15/03/2026 agreeing to the release of the examination notes to the police and CPS; the notes "
            "are attached and also listed on the MG6D."),
          H("11. Digital material"),
          P("Rhiannon's phone was examined with her agreement under a Digital Processing Notice signed on "
            "17/03/2026 (attached). The extraction was limited to the Kindling chat and the WhatsApp chat with the "
            "suspect's number, plus her 01:34 message to her flatmate, for 10/03/2026 to 16/03/2026. Nothing else "
            "was extracted or examined, and the phone was returned to her on 18/03/2026. The extraction report is "
            "exhibit GN/1."),
          H("12. Victim and witness care"),
          P("Special measures: MG2 attached. She is eligible as a complainant of a sexual offence (YJCEA 1999 "
            "s.17(4)). She asks for her ABE to stand as her evidence-in-chief, for screens, and she has said she "
            "would like her cross-examination pre-recorded under s.28. No communication needs were identified, so "
            "an intermediary assessment has not been requested."),
          P("Needs: no interpreter is needed. She works shifts as a veterinary nurse and prefers contact by text "
            "after 18:00. She has anxiety, for which her GP is supporting her. ISVA: referred to Calder ISVA Service "
            "on 15/03/2026; her ISVA is Jo PRITCHETT. VPS: offered on 17/03/2026. She made a VPS on 02/05/2026, "
            "which is attached."),
          H("13. Disclosure"),
          P("The MG6C (spreadsheet), MG6D and MG6E are attached. The incident log, crime report, PC DUNMORE's "
            "notebook entry of her first account and the witness conviction checks are all sent with this file. "
            "The ABE interview plan is listed on the MG6C."),
          H("14. Supervisor"),
          P("File reviewed and endorsed by DS 1290 Anita CHAUDHRY on 12/05/2026: content complete against the "
            "National File Standard for a Full Code Test request."),
          ]
    c.add("MG3_47KQ0413826.pdf", "pdf", bl, st, D(2026, 5, 12), "MG3")

    # Early advice record ---------------------------------------------------
    st = dict(base_st, head_left="OFFICIAL-SENSITIVE - LEGAL PROFESSIONAL PRIVILEGE", head_right="CPS Calder and Vale")
    bl = [T("Record of Early Advice"),
          S("Crown Prosecution Service, Calder and Vale RASSO Unit"),
          KV([("URN", urn), ("Suspect", "Declan VOSS"), ("Prosecutor", "Harriet ODUYA, Senior Crown Prosecutor"),
              ("Police officer", OIC), ("Requested", "24/03/2026"), ("Advice given", "25/03/2026")], 2),
          H("Advice"),
          P("1. A statement should be taken from the flatmate to whom Ms ASHCOMBE spoke on the morning of "
            "15/03/2026. Target: 08/04/2026."),
          P("2. Intercourse is admitted. A streamlined forensic report (SFR1) on the intimate swabs will be "
            "enough; a full evaluative report is not needed at this stage."),
          P("3. I see no reasonable line of enquiry into Ms ASHCOMBE's medical records and do not advise any "
            "request for them. The selective extraction already done under the DPN is proportionate and nothing "
            "wider should be sought."),
          P("4. When the above is complete, submit for a Full Code Test decision with the full NFS file."),
          P("Harriet ODUYA  (signed)   25/03/2026")]
    c.add("EA_record_25032026.pdf", "pdf", bl, st, D(2026, 3, 25), "EARLY_ADVICE")

    # ABE recording + summary + officer MG11 --------------------------------
    c.add_raw("VRI_RA_17032026.mp4", lambda p: make_video(
        p, 4, ["ABE SUITE 1 - CALDERBROOK", "VRI  17/03/2026  Exhibit LM/1"], 11, start=(14, 2, 0)),
        "ABE_RECORDING")
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Calderbrook Constabulary", docx_font="Arial",
              foot="ABE summary - URN 47KQ0413826", meta_author="L Marsh", meta_title="ABE summary")
    bl = [T("RECORD OF VIDEO RECORDED INTERVIEW"),
          S("Summary and index of the interview (prepared by the interviewing officer)"),
          KV([("URN", urn), ("Interviewee", "Rhiannon ASHCOMBE (complainant)"), ("Date", "17/03/2026"),
              ("Place", "ABE Suite 1, Calderbrook Central"), ("Interviewer", "DC 5170 Leanne MARSH"),
              ("Monitoring", "DC 4406 Gareth NOLAN"), ("Start / end", "14:02 / 15:11"),
              ("Exhibit", "LM/1 - file VRI_RA_17032026.mp4")], 2),
          H("Index"),
          TB(["Counter", "Summary"], [
              ["00:00:00", "Introductions; people present; ground rules; truth and lies discussed."],
              ["00:04:10", "Free narrative. Met Declan on Kindling; first date 08/03/2026; second date 14/03 at "
                           "the Corn Exchange; he was friendly; she had two glasses of wine."],
              ["00:11:35", "They walked to his flat at about 23:40. Kissing on the sofa, which she wanted."],
              ["00:16:50", "He pulled her by the hand into the bedroom. She said 'no, not tonight' and 'stop'. He "
                           "held both wrists above her head with one hand. Describes intercourse. She says she "
                           "froze and turned her face away."],
              ["00:27:20", "Afterwards he went to the bathroom; she dressed and booked a RideNow car; left about "
                           "01:15."],
              ["00:31:00", "Questioning: how many times she said stop (three, she thinks); what she was wearing; "
                           "whether she was drunk (she says not)."],
              ["00:44:30", "Messages next morning: she sent 'you know what you did'; his reply."],
              ["00:52:15", "Telling her flatmate in the kitchen about 09:30; calling 101."],
              ["01:03:40", "Closure; questions answered; welfare; next steps explained."],
          ], [18, 82]),
          P("Prepared by DC 5170 L MARSH, 18/03/2026.")]
    c.add("ABE summary - R ASHCOMBE.docx", "docx", bl, st, D(2026, 3, 18), "ABE_SUMMARY")

    w = dict(name="Leanne MARSH", age="Over 18", occ="Police Officer (DC 5170)", date="18/03/2026",
             sig="(Sgd) L MARSH DC 5170", author="L Marsh",
             body=["I am a Detective Constable in the RASSO Investigation Team at Calderbrook Central. I am trained "
                   "in Achieving Best Evidence interviewing and I am a Sexual Offences Investigative Technique "
                   "(SOIT) officer.",
                   "On Tuesday 17/03/2026 between 14:02 and 15:11 I conducted a video-recorded interview with "
                   "Rhiannon ASHCOMBE in ABE Suite 1 at Calderbrook Central. DC 4406 NOLAN monitored from the "
                   "adjoining room. Before the interview DC NOLAN and I drew up a written interview plan; that plan "
                   "is retained by DC NOLAN.",
                   "The interview was recorded on the suite's digital recording system. At the end of the interview "
                   "I sealed the master recording and made a working copy. I produce the working copy, the digital "
                   "file VRI_RA_17032026.mp4, as exhibit LM/1. I have also prepared a summary and index of the "
                   "interview.",
                   "After the interview I explained the Digital Processing Notice to Ms ASHCOMBE, including what "
                   "would and would not be looked at, and that she could refuse. She read it and signed it at 16:20. "
                   "I handed her phone to the Digital Forensic Unit at 16:45.",
                   "On 19/03/2026 I took a written statement from Saskia FERNLEY."])
    bl, st = mg11("calder", urn, w)
    c.add("MG11 DC MARSH.pdf", "pdf", bl, st, D(2026, 3, 18), "MG11", "officer")

    # First-account witness: scanned MG11 ----------------------------------
    w = dict(name="Saskia FERNLEY", age="Over 18", occ="Pharmacy assistant", date="19/03/2026",
             sig="(Sgd) S. Fernley", witnessed="DC 5170 L MARSH",
             body=["I live in a shared flat in Calderbrook with Rhiannon ASHCOMBE. We have lived together since "
                   "August 2024 and we are good friends.",
                   "On Saturday 14 March 2026 Rhiannon went out on a second date with a man she called Declan, who "
                   "she had met on a dating app. I stayed in. I went to bed at about midnight.",
                   "At 01:34 on Sunday 15 March Rhiannon sent me a WhatsApp message saying 'you up?'. I was asleep "
                   "and did not see it until I woke up at about 09:00.",
                   "At about 09:30 I went into the kitchen. Rhiannon was sitting at the table in her dressing gown. "
                   "Her eyes were red and puffy and she looked like she had been crying for a long time. I asked her "
                   "how the date went and she just started crying.",
                   "She told me that they had gone back to his flat and had been kissing, and that he had then taken "
                   "her into the bedroom. She said 'I told him to stop and he just carried on'. She said he held her "
                   "wrists down and she couldn't move. She said she had got a taxi home as soon as she could.",
                   "She showed me her wrists. There were red marks on the inside of both wrists.",
                   "She said she did not know if anyone would believe her because she had gone back to his. I told "
                   "her that did not matter and that she should call the police. I sat with her while she rang 101 "
                   "at about 10:50. I was there when a police officer came to the flat at about midday."],
             rear=[("Home address", "Supplied separately to the OIC (not for disclosure)"),
                   ("Dates to avoid", "None at present"), ("Special measures", "None requested"),
                   ("Willing to attend court", "Yes")])
    bl, st = mg11("calder", urn, w)
    c.add("scan_0004.pdf", "scan", bl, st, D(2026, 3, 19, 15), "MG11", "first_account", seed=404,
          sig=(0.35, 0.905, 44))

    # First attending officer -----------------------------------------------
    w = dict(name="Tomasz DUNMORE", age="Over 18", occ="Police Constable 2231", date="15/03/2026",
             sig="PC 2231 T DUNMORE [signed]",
             body=["I am a Police Constable with Calderbrook Constabulary, based at Calderbrook Central.",
                   "On Sunday 15/03/2026 at 11:58 I was assigned to incident 0417 of that day, a report of a rape "
                   "the night before. I arrived at the caller's flat in Linden Court, Calderbrook, at 12:10. I was "
                   "alone, crewing an unmarked car on enquiries, and I had not been issued a body-worn camera that "
                   "day, so none of what follows was recorded on video.",
                   "I spoke to Rhiannon ASHCOMBE, who was with her flatmate Saskia FERNLEY. Ms ASHCOMBE was tearful "
                   "and spoke quietly. I asked only what I needed to establish what had happened, where, and who the "
                   "suspect was, and I recorded her answers in my pocket notebook, PNB 2231/14, pages 14 to 17, "
                   "between 12:15 and 12:40. She signed my notebook as a correct record.",
                   "In summary she told me that she had been on a date with a man called Declan VOSS, that they had "
                   "gone to his flat at 9 Tarrant Mews, and that he had 'held my wrists and had sex with me when I "
                   "said no'. I saw reddening to the inside of both her wrists.",
                   "She had not showered. At 12:50 I seized the dress she had worn, which I exhibit as TD/1, and her "
                   "underwear, which I exhibit as TD/2, and sealed them in separate bags.",
                   "I arranged an appointment at Brookside SARC for 16:00 and informed the on-call SOIT officer, DC "
                   "MARSH. I cleared at 13:40."])
    bl, st = mg11("calder", urn, w)
    c.add("MG11_PC2231.pdf", "pdf", bl, st, D(2026, 3, 15, 18), "MG11", "officer")

    # PNB extract -----------------------------------------------------------
    st = dict(base_st, head_right="PNB extract (typed copy)")
    bl = [T("Pocket Notebook - typed copy of entries"),
          KV([("Officer", "PC 2231 Tomasz DUNMORE"), ("PNB serial", "2231/14"), ("Pages", "14 to 17"),
              ("Date", "15/03/2026"), ("URN", urn), ("Incident", "0417 of 15/03/2026")], 2),
          MONO("12:10  Arr. Linden Court. Present: R ASHCOMBE (IP), S FERNLEY (flatmate).\n"
               "12:15  IP states (verbatim as far as possible):\n"
               "       'I went on a date with Declan, Declan Voss, from Kindling. We went back to his,\n"
               "       9 Tarrant Mews. We were kissing and then he pulled me into the bedroom. I said no,\n"
               "       I said stop. He held my wrists and had sex with me when I said no. After, I got a\n"
               "       taxi home. I haven't showered.'\n"
               "12:28  Reddening noted inner aspect both wrists.\n"
               "12:31  Q. Did you drink? A. Two glasses of wine. I wasn't drunk.\n"
               "12:40  Entry read over; IP signs as correct.  (Sgd) R Ashcombe\n"
               "12:50  Seized TD/1 dress, TD/2 underwear.\n"
               "13:05  SARC booked 16:00. SOIT DC 5170 informed.\n"
               "13:40  Cleared.   (Sgd) PC 2231")]
    c.add("PNB_extract_DUNMORE.pdf", "pdf", bl, st, D(2026, 3, 16), "OTHER")

    # Expert: forensic physician (DOCX) -------------------------------------
    w = dict(name="Dr Anand KESTEVEN", age="Over 18", occ="Forensic Physician", date="20/03/2026",
             sig="Signed: A. Kesteven", author="A Kesteven", pages=2,
             body=["I am a Forensic Physician at Brookside Sexual Assault Referral Centre (SARC), Calderbrook. I "
                   "hold the degrees of MBChB and the Diploma of the Faculty of Forensic and Legal Medicine. I have "
                   "worked as a forensic physician for eleven years and examine complainants of sexual offences "
                   "regularly.",
                   "On Sunday 15/03/2026 at 16:10 at the SARC I examined Rhiannon ASHCOMBE (24) with her written "
                   "consent. A crisis worker was present throughout.",
                   "She told me that at about midnight the previous night a man had held her wrists and had vaginal "
                   "intercourse with her against her will.",
                   "On the inner aspect of the left wrist there were two oval blue-red bruises, 1.2 cm and 1.0 cm. "
                   "On the inner aspect of the right wrist there was a single oval bruise, 1.5 cm. In my opinion "
                   "these are consistent with fingertip pressure, such as from the wrists being gripped, within the "
                   "previous 24 hours.",
                   "I found no anogenital injury. The absence of genital injury is common after both consensual and "
                   "non-consensual intercourse and neither supports nor undermines either account.",
                   "I took intimate swabs, which I handed to DC NOLAN sealed and labelled as AK/1 to AK/4. I made a "
                   "body map, which I exhibit as AK/5. My examination notes are retained at the SARC; Ms ASHCOMBE "
                   "agreed in writing to a copy being given to the police and CPS.",
                   "I understand my duty to the court as an expert witness and I have complied with it."])
    bl, st = mg11("calder", urn, w)
    c.add("Dr Kesteven statement.docx", "docx", bl, st, D(2026, 3, 20), "MG11", "expert", nb=2)

    # SARC notes (MEDICAL) --------------------------------------------------
    st = dict(head_left="CONFIDENTIAL - MEDICAL", head_right="Brookside SARC", foot="Page {p} of {nb}",
              meta_author="Brookside SARC")
    bl = [T("Forensic Medical Examination - summary notes"),
          S("Released to Calderbrook Constabulary and the CPS with the patient's written consent"),
          KV([("Patient", "Rhiannon ASHCOMBE"), ("Police URN", urn), ("Examined", "15/03/2026 16:10-17:25"),
              ("Examiner", "Dr A KESTEVEN, Forensic Physician"),
              ("Consent to examination", "Given in writing 16:05"),
              ("Consent to release of notes to police/CPS", "Given in writing 15/03/2026 16:05 (SARC form F3)")], 1),
          H("Findings"),
          P("Left wrist, inner aspect: two oval bruises 1.2 cm and 1.0 cm. Right wrist, inner aspect: one oval bruise "
            "1.5 cm. No other injuries. No anogenital injury seen."),
          H("Samples"),
          P("AK/1 to AK/4 intimate swabs handed to DC 4406 NOLAN at 17:40. AK/5 body map (copy to police).")]
    c.add("SARC_FME_notes.pdf", "pdf", bl, st, D(2026, 3, 20), "MEDICAL")

    # SFR1 (FORENSIC) --------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Halvern Forensic Services",
              foot="LAB-26-07731  |  Page {p} of {nb}", meta_author="Halvern Forensic Services")
    bl = [T("STREAMLINED FORENSIC REPORT - SFR1"),
          KV([("Laboratory reference", "LAB-26-07731"), ("Police URN", urn), ("Submitting officer", OIC),
              ("Suspect", "Declan VOSS"), ("Complainant", "Rhiannon ASHCOMBE"), ("Date of report", "28/04/2026"),
              ("Reporting scientist", "Dr Morven TAIT")], 2),
          H("Items examined"),
          TB(["Item", "Description", "Result"], [
              ["AK/2", "Low vaginal swab (R ASHCOMBE)", "Semen identified. DNA profile matches the reference profile "
                                                      "of Declan VOSS."],
              ["AK/1, AK/3, AK/4", "Other intimate swabs", "Not examined at this stage (intercourse admitted)."],
              ["CS/1", "Reference DNA sample, Declan VOSS (taken in custody 20/03/2026)", "Reference profile "
                                                                                           "obtained."]],
             [18, 37, 45]),
          H("Conclusion"),
          P("The DNA profile from the semen on AK/2 matches that of Declan VOSS. The probability of a match if the "
            "DNA came from someone unrelated to him is smaller than one in a billion. This is a summary of the key "
            "findings and is not a full evaluative report."),
          P("Dr Morven TAIT, Reporting Scientist  (signed electronically 28/04/2026)")]
    c.add("SFR1_LAB-26-07731.pdf", "pdf", bl, st, D(2026, 4, 28), "FORENSIC")

    # ROTI ------------------------------------------------------------------
    st = dict(base_st, head_right="MG15")
    bl = [T("RECORD OF TAPED INTERVIEW"),
          S("Summary record (MG15) - digitally recorded interview"),
          KV([("Person interviewed", "Declan VOSS"), ("URN", urn),
              ("Place", "Calderbrook Custody Suite, Interview Room 3"), ("Date", "20/03/2026"),
              ("Time commenced", "15:40"), ("Time concluded", "16:52"),
              ("Interviewers", "DC 4406 G NOLAN, DC 3871 P SEHGAL"), ("Others present", "Mr Adrian KELLOW, solicitor"),
              ("Recording reference", "CB-INT-26-02291"), ("Caution", "Given and understood")], 2),
          TB(["Time", "Speaker", "Record"], [
              ["15:40", "DC NOLAN", "Introductions, caution, right to legal advice, reason for arrest."],
              ["15:44", "VOSS", "Agrees he met Rhiannon on Kindling and that 14/03 was their second date."],
              ["15:52", "VOSS", "They went back to his flat; she suggested it in a message earlier that evening."],
              ["16:01", "VOSS", "Accepts they had sex in his bedroom. Says it was her idea to go into the bedroom and "
                               "that she was 'completely up for it'."],
              ["16:09", "DC SEHGAL", "Puts that she said 'no' and 'stop' and that he held her wrists."],
              ["16:10", "VOSS", "Denies she said no or stop. Says he may have held her hands 'during' but not to "
                               "stop her moving. 'It was just messing about.'"],
              ["16:22", "DC NOLAN", "Shows the 11:42 message 'sorry if it got out of hand, I thought you were into "
                                   "it'."],
              ["16:23", "VOSS", "Accepts sending it. Says he meant she seemed upset when she left and he did not know "
                               "why."],
              ["16:40", "VOSS", "Says she left quickly and 'seemed fine'. He did not know why she went."],
              ["16:50", "DC NOLAN", "Anything to add? VOSS: 'No. I didn't rape anyone.'"],
              ["16:52", "-", "Interview concluded."]], [12, 16, 72]),
          P("Record prepared by DC 3871 P SEHGAL, 21/03/2026. The full recording is available.")]
    c.add("ROTI_VOSS_20-03-26.pdf", "pdf", bl, st, D(2026, 3, 21), "ROTI")

    # PNC suspect -------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PNC print", font="mono", size=9,
              foot="Printed 11/05/2026 09:14 by 4406  Page {p} of {nb}")
    bl = [T("POLICE NATIONAL COMPUTER - PRINT"),
          MONO("NAME      : VOSS, DECLAN\n"
               "DOB       : 02/08/1996      SEX: M\n"
               "PNC ID    : 26/0112874X     CRO: NONE\n"
               "LAST ARREST: 20/03/2026 CALDERBROOK (RAPE - ON BAIL)\n"
               "-----------------------------------------------------\n"
               "CONVICTIONS          : 0\n"
               "CAUTIONS/REPRIMANDS  : 0\n"
               "IMPENDING PROSECUTIONS: NONE\n"
               "WARNING SIGNALS      : NONE\n"
               "-----------------------------------------------------\n"
               "NO PREVIOUS CONVICTIONS RECORDED\n"
               "END OF PRINT   URN REF 47KQ0413826")]
    c.add("PNC_VOSS.pdf", "pdf", bl, st, D(2026, 5, 11), "PNC")

    st = dict(base_st, head_right="Witness checks")
    bl = [T("Prosecution witness conviction checks"),
          S("Rebuttable presumption material - previous convictions of prosecution witnesses"),
          KV([("URN", urn), ("Checked by", OIC), ("Date of checks", "11/05/2026"), ("Systems", "PNC and PND")], 2),
          TB(["Witness", "Role", "PNC", "PND", "Result"], [
              ["Rhiannon ASHCOMBE", "Complainant", "No trace", "No trace", "Nil - nothing to disclose"],
              ["Saskia FERNLEY", "First account", "No trace", "No trace", "Nil - nothing to disclose"],
              ["Dr Anand KESTEVEN", "Forensic physician", "No trace", "No trace", "Nil"],
              ["Dr Morven TAIT", "Forensic scientist (SFR)", "No trace", "No trace", "Nil"]], [26, 22, 14, 14, 24]),
          P("Police witnesses (PC 2231 DUNMORE, DC 5170 MARSH): Professional Standards confirm on 11/05/2026 that "
            "there is no misconduct material to notify.")]
    c.add("wit_checks.pdf", "pdf", bl, st, D(2026, 5, 11), "PNC")

    # MG6C (xlsx) --------------------------------------------------------------
    rows = [
        [1, "Incident log 0417 of 15/03/2026 (ATLAS C&C), full print, 10:52-13:40, including the caller's first "
            "description of the suspect and offence", "Force system; copy with file", "Rebuttable presumption - copy sent", ""],
        [2, "Crime report CB-26-011872 with investigation log to 11/05/2026", "ATLAS; copy with file",
         "Rebuttable presumption - copy sent", ""],
        [3, "PC 2231 DUNMORE pocket notebook 2231/14 pp.14-17, 15/03/2026, recording complainant's initial account",
         "Typed copy with file; original at Calderbrook Central", "First complaint record - copy sent", ""],
        [4, "Witness conviction checks (PNC/PND) for all civilian and expert witnesses, 11/05/2026 - all nil",
         "Copy with file", "Rebuttable presumption - copy sent", ""],
        [5, "ABE interview plan for R ASHCOMBE, DC MARSH and DC NOLAN, 16/03/2026, 3 pages", "OIC case file",
         "Does not meet the test", ""],
        [6, "Kindling and WhatsApp messages 10/03-14/03/2026 between complainant and suspect, within extraction "
            "report GN/1 pp.3-5, including her message of 14/03 18:30 'could come back to yours after if you like'",
         "GN/1 with file", "May assist the defence (consent) - copy sent", ""],
        [7, "House-to-house proforma, Tarrant Mews nos 1-11, PC 1187 ASH, 16/03/2026 - nobody saw or heard anything",
         "OIC case file", "Does not meet the test", ""],
        [8, "RideNow trip record, pick-up 01:16 Tarrant Mews, drop-off 01:31 Linden Court, operator e-mail "
            "23/03/2026", "OIC case file", "Supports timings; does not undermine", ""],
        [9, "PC 1187 ASH notebook entry 24/03/2026: RideNow driver spoken to, recalls nothing of note",
         "OIC case file", "Does not meet the test", ""],
        [10, "Officer's note of CCTV check at Station Road convenience store, 16/03/2026: camera covers counter "
             "only, nothing seized", "OIC case file", "Does not meet the test", ""],
        [11, "Custody record, Declan VOSS, 20/03/2026 (CB/C/26/1183)", "Custody system", "Does not meet the test", ""],
        [12, "Examination notes of suspect's phone: messages with complainant 10/03-20/03/2026, DC SEHGAL, "
             "02/04/2026", "Digital Forensic Unit", "Consistent with GN/1; does not undermine", ""],
        [13, "Pre-interview disclosure given to Mr KELLOW (solicitor), 20/03/2026, 2 pages", "OIC case file",
         "Does not meet the test", ""],
        [14, "Bail extension authority, Supt OKAFOR, 18/04/2026", "OIC case file", "Does not meet the test", ""],
    ]
    write_xlsx(c._p("unused_nonsensitive.xlsx"), [(
        "MG6C",
        ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)",
         "R v Declan VOSS        URN: 47KQ0413826        Page 1 of 1",
         "The disclosure officer believes that the following material, which does not form part of the "
         "prosecution case, is not sensitive."],
        ["Item no.", "Description and relative location", "Location", "Disclosure officer's view", "CPS use (D / I / CND)"],
        rows, [8, 70, 28, 30, 14],
        ["Disclosure officer: DC 4406 Gareth NOLAN      Signature: G. Nolan (signed)      Date: 11/05/2026",
         "Reviewing lawyer: ____________________"])], D(2026, 5, 11), "G Nolan")
    c._rec("unused_nonsensitive.xlsx", "MG6C", None)

    # MG6D ------------------------------------------------------------------------
    st = dict(base_st, head_left="OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE", head_right="MG6D", orient="L")
    bl = [T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          KV([("R v", "Declan VOSS"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "11/05/2026")], 2),
          TB(["Item", "Description", "Reason for sensitivity", "Location", "CPS view"], [
              ["1", "Brookside SARC forensic medical examination notes and body map, Dr KESTEVEN, 15/03/2026 "
                    "(released with written consent)", "Confidential medical information of the complainant",
               "Copy with file (SARC_FME_notes.pdf)", ""],
              ["2", "ISVA referral form to Calder ISVA Service, 15/03/2026", "Complainant's personal details and "
                                                                            "support needs", "OIC case file", ""],
              ["3", "MG11 rear page of S FERNLEY and contact details of complainant", "Personal data of witnesses",
               "OIC case file", ""],
              ["4", "Victim needs assessment (Victims' Code), 17/03/2026", "Complainant's health and personal "
                                                                           "circumstances", "OIC case file", ""]],
             [7, 40, 30, 15, 8])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 5, 11), "MG6D")

    # MG6E (docx) ----------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6E", meta_author="G Nolan")
    bl = [T("DISCLOSURE OFFICER'S REPORT (MG6E)"),
          KV([("URN", urn), ("R v", "Declan VOSS"), ("Disclosure officer", OIC), ("Date", "11/05/2026")], 2),
          H("Material which may undermine the prosecution case or assist the defence"),
          P("MG6C item 6: messages sent by the complainant before the date, in particular her message of 14/03/2026 "
            "at 18:30 suggesting going back to the suspect's flat. This may assist a defence of consent. A copy is "
            "sent (extraction report GN/1)."),
          P("No other material has been identified that might reasonably be considered capable of undermining the "
            "prosecution case or assisting the defence."),
          H("Certification"),
          P("I certify that, to the best of my knowledge and belief, all relevant material retained has been "
            "recorded on the MG6C and MG6D and made available to the prosecutor."),
          P("Signed: G Nolan, DC 4406            Date: 11/05/2026")]
    c.add("MG6E DO report.docx", "docx", bl, st, D(2026, 5, 11), "MG6E")

    # MG2 ----------------------------------------------------------------------
    st = dict(base_st, head_right="MG2")
    bl = [T("SPECIAL MEASURES ASSESSMENT"), S("MG2 - Youth Justice and Criminal Evidence Act 1999"),
          KV([("URN", urn), ("Witness", "Rhiannon ASHCOMBE (complainant)"), ("Date discussed with witness",
                                                                            "17/03/2026"),
              ("Officer", "DC 5170 L MARSH")], 2),
          H("Eligibility"),
          P("Intimidated witness: complainant in respect of a sexual offence (s.17(4)). Not a vulnerable witness "
            "under s.16: no mental disorder, learning disability or physical disorder affecting the quality of her "
            "evidence."),
          H("Measures requested and the witness's views"),
          TB(["Measure", "Requested?", "Witness's view"], [
              ["Video-recorded evidence-in-chief (s.27)", "Yes", "Wants her ABE interview to be her evidence."],
              ["Pre-recorded cross-examination (s.28)", "Yes", "Explained on 17/03/2026; she would like to be "
                                                               "cross-examined in advance of the trial."],
              ["Screens (s.23)", "Yes", "Does not want to see the defendant."],
              ["Live link (s.24)", "As alternative", "Would accept a live link if s.28 is not available."],
              ["Intermediary (s.29)", "No", "No communication needs identified; not required."],
              ["Removal of wigs and gowns / evidence in private", "No", "Not needed."]], [38, 14, 48]),
          P("Supporter at court: her ISVA, Jo PRITCHETT (Calder ISVA Service)."),
          P("Completed by DC 5170 L MARSH, 17/03/2026. Reviewed DS 1290 A CHAUDHRY, 12/05/2026.")]
    c.add("MG2 special measures.pdf", "pdf", bl, st, D(2026, 3, 17), "MG2")

    # VPS --------------------------------------------------------------------
    st = dict(base_st, head_right="VPS")
    bl = [T("VICTIM PERSONAL STATEMENT"),
          KV([("URN", urn), ("Name", "Rhiannon ASHCOMBE"), ("Date", "02/05/2026"), ("Taken by", "DC 5170 L MARSH")], 2),
          P("I have been told that this statement may be read or played in court if the defendant is convicted, "
            "and that I can say how the crime has affected me."),
          P("Since March I have not been able to sleep properly. I moved my shifts so I don't work late on my own. "
            "I deleted every dating app and I don't trust people I meet. My mum has been coming to stay with me. "
            "I want the court to know that I still feel his hands on my wrists when I close my eyes."),
          P("I would like to read this statement to the court myself, if I can."),
          P("Signed: R Ashcombe (signed)          Date: 02/05/2026")]
    c.add("VPS_RA.pdf", "pdf", bl, st, D(2026, 5, 2), "VPS")

    # DPN --------------------------------------------------------------------
    st = dict(base_st, head_right="DPN v3 (Calderbrook)")
    bl = [T("DIGITAL PROCESSING NOTICE"),
          S("Agreement to the extraction of information from a digital device - Police, Crime, Sentencing and "
            "Courts Act 2022, section 37"),
          KV([("URN", urn), ("Device user", "Rhiannon ASHCOMBE"), ("Device", "Apple iPhone 13, blue, case on"),
              ("Officer", "DC 5170 Leanne MARSH")], 2),
          H("Why we are asking"),
          P("You have told us that you and the man you reported exchanged messages before and after 14 March 2026. "
            "Those messages could help show what happened, and they could also contain things that help him, which "
            "we have to look for too. This is a reasonable line of enquiry in this investigation."),
          H("What we will look at"),
          P("Only: (a) your Kindling app chat with the user 'DecV'; (b) your WhatsApp chat with 07700 900561; "
            "(c) your WhatsApp message to Saskia FERNLEY sent at 01:34 on 15/03/2026. Date range: 10/03/2026 00:00 "
            "to 16/03/2026 23:59."),
          H("What we will not look at"),
          P("Photographs, other chats or contacts, e-mails, internet history, location data, health apps or "
            "anything outside the dates above."),
          H("How it will be done and what happens to the data"),
          P("A selective extraction at the Calderbrook Digital Forensic Unit. Your phone will be returned within "
            "two days. Only the material above will be kept, for as long as the case needs it, and it will be "
            "handled in line with the Data Protection Act 2018."),
          H("Your rights"),
          P("You do not have to agree. If you do not agree we will not take your phone and will record your "
            "reasons. You can withdraw your agreement at any time before the extraction starts."),
          H("Agreement"),
          P("I have read this notice, or had it read to me, and I agree to the extraction described above."),
          KV([("Device user", "R Ashcombe (signed)"), ("Date/time", "17/03/2026 16:20"),
              ("Officer", "L Marsh DC 5170 (signed)"), ("Date/time", "17/03/2026 16:20")], 2)]
    c.add("DPN signed.pdf", "pdf", bl, st, D(2026, 3, 17), "DPN")

    st = dict(base_st, head_right="DFU extraction report")
    bl = [T("Selective Extraction Report"),
          S("Calderbrook Constabulary Digital Forensic Unit - kiosk extraction"),
          KV([("Exhibit", "GN/1"), ("URN", urn), ("Device", "Apple iPhone 13 (R ASHCOMBE)"),
              ("Authority", "DPN signed 17/03/2026"), ("Extraction date", "18/03/2026"),
              ("Examiner", "Digital Media Investigator Pete LARKHAM"),
              ("Parameters", "Kindling chat with 'DecV'; WhatsApp chat with 07700 900561; single WhatsApp message "
                             "to S FERNLEY 15/03/2026 01:34; 10/03/2026 00:00 - 16/03/2026 23:59"),
              ("Data not extracted", "All other data")], 1),
          H("Relevant messages (23 in range; key items)"),
          TB(["Date/time", "From", "To", "Content"], [
              ["12/03/2026 19:04", "RA", "DecV (Kindling)", "Saturday still good? x"],
              ["14/03/2026 18:30", "RA", "07700 900561", "could come back to yours after if you like"],
              ["14/03/2026 18:32", "07700 900561", "RA", "deal :)"],
              ["15/03/2026 01:34", "RA", "S FERNLEY", "you up?"],
              ["15/03/2026 11:20", "RA", "07700 900561", "you know what you did. I told you to stop."],
              ["15/03/2026 11:42", "07700 900561", "RA", "sorry if it got out of hand, I thought you were into it"],
              ["15/03/2026 11:43", "07700 900561", "RA", "can we talk?"]], [20, 18, 20, 42]),
          P("The device was returned to Ms ASHCOMBE on 18/03/2026 at 15:10.")]
    c.add("extraction_summary_GN1.pdf", "pdf", bl, st, D(2026, 3, 18), "DIGITAL_EXTRACT")

    # CAD ----------------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="ATLAS Command & Control", font="mono", size=9,
              foot="Incident 0417 15/03/2026 - print 11/05/2026 - Page {p} of {nb}")
    bl = [T("INCIDENT LOG  0417  15/03/2026"),
          MONO("OPENED  : 15/03/2026 10:52   CHANNEL: 101 NON-EMERGENCY\n"
               "TYPE    : SEXUAL OFFENCE - RAPE (REPORTED)   GRADE: PRIORITY\n"
               "LOCATION: LINDEN COURT, CALDERBROOK (CALLER HOME ADDRESS)\n"
               "CALLER  : ASHCOMBE, RHIANNON (VICTIM)\n"
               "URN     : 47KQ0413826\n"
               "----------------------------------------------------------------\n"
               "10:52 OP 7731  CALLER STATES SHE WAS RAPED LAST NIGHT BY A MAN SHE MET ON A\n"
               "               DATING APP, 'DECLAN', AT HIS FLAT TARRANT MEWS. SHE SAID NO AND\n"
               "               HE HELD HER WRISTS. NOW HOME WITH FLATMATE. MARKS ON WRISTS.\n"
               "               HAS NOT SHOWERED. NO MEDICAL ATTN REQUIRED.\n"
               "10:58 OP 7731  EVIDENCE PRESERVATION ADVICE GIVEN. CALLER TOLD NOT TO WASH.\n"
               "11:02 OP 7731  SUSPECT NOT PRESENT. NO ONGOING RISK AT CALLER ADDRESS.\n"
               "11:58 DISP 412 PC 2231 ASSIGNED.\n"
               "12:10 PC 2231  AT SCENE.\n"
               "12:44 PC 2231  INITIAL ACCOUNT OBTAINED. SUSP NAMED DECLAN VOSS 9 TARRANT MEWS.\n"
               "               SARC BOOKED 16:00. CLOTHING SEIZED.\n"
               "13:05 PC 2231  SOIT DC 5170 INFORMED.\n"
               "13:40 DISP 412 CRIME CB-26-011872 RAISED. CLOSED - RESULT: CRIME RECORDED.")]
    c.add("CAD 0417 15-03-26.pdf", "pdf", bl, st, D(2026, 5, 11), "INCIDENT_LOG")

    st = dict(base_st, head_right="ATLAS Crime Record", h_fill=(235, 235, 235))
    bl = [T("ATLAS - CRIME RECORD CB-26-011872"),
          KV([("Crime no.", "CB-26-011872"), ("URN", urn),
              ("Classification", "Rape of a female aged 16 or over - penile penetration of vagina (HO 19C)"),
              ("Status", "Under investigation - file to CPS"), ("Reported", "15/03/2026 10:52 (101)"),
              ("Committed", "14/03/2026 23:40 to 15/03/2026 01:15"), ("Location", "9 Tarrant Mews, Calderbrook"),
              ("OIC", OIC)], 2),
          H("Victim"),
          KV([("Name", "Rhiannon ASHCOMBE"), ("Age", "24"), ("Sex", "Female"),
              ("Disability declared", "None declared (anxiety - supported by GP)"), ("Ethnicity (self-defined)",
                                                                                   "White British"),
              ("Interpreter", "Not required")], 2),
          H("Suspect"),
          KV([("Name", "Declan VOSS"), ("Born", "02/08/1996"), ("Status", "Arrested 20/03/2026; pre-charge bail"),
              ("Relationship", "Met via dating app - second date")], 2),
          H("Circumstances (MO)"),
          P("Victim and suspect returned to his flat after a date. Victim states that after consensual kissing the "
            "suspect took her into the bedroom and, holding her wrists, had vaginal intercourse with her after she "
            "had said no and stop."),
          H("Investigation log (extract)"),
          TB(["Date", "Entry"], [
              ["15/03/2026", "Initial account (PC 2231). SARC 16:00. Clothing TD/1, TD/2 seized. ISVA referral made."],
              ["17/03/2026", "ABE interview (DC 5170). DPN signed. VPS offered."],
              ["19/03/2026", "Statement S FERNLEY (first account)."],
              ["20/03/2026", "Suspect arrested, interviewed, bailed with conditions."],
              ["25/03/2026", "Early advice received (CPS). Actions noted."],
              ["28/04/2026", "SFR1 received."],
              ["12/05/2026", "MG3 Full Code Test submitted after DS review."]], [20, 80])]
    c.add("crime_report_CB-26-011872.pdf", "pdf", bl, st, D(2026, 5, 11), "CRIME_REPORT")

    # MG12 (docx) ---------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG12", meta_author="G Nolan")
    bl = [T("EXHIBIT LIST (MG12)"),
          KV([("URN", urn), ("R v", "Declan VOSS"), ("Prepared by", OIC), ("Date", "11/05/2026")], 2),
          TB(["Exhibit", "Description", "Produced by", "Where held"], [
              ["LM/1", "Working copy of ABE interview of R ASHCOMBE, 17/03/2026 (VRI_RA_17032026.mp4)",
               "DC 5170 L MARSH", "Digital evidence store; copy with file"],
              ["TD/1", "Dress worn by R ASHCOMBE", "PC 2231 T DUNMORE", "Property store CB/26/4471"],
              ["TD/2", "Underwear worn by R ASHCOMBE", "PC 2231 T DUNMORE", "Property store CB/26/4472"],
              ["AK/1-AK/4", "Intimate swabs, R ASHCOMBE", "Dr A KESTEVEN", "Halvern Forensic Services"],
              ["AK/5", "Body map", "Dr A KESTEVEN", "Brookside SARC (summary in SARC notes with file)"],
              ["CS/1", "Reference DNA sample, D VOSS", "Custody staff, 20/03/2026", "Halvern Forensic Services"],
              ["GN/1", "Selective extraction report, complainant's phone", "DMI P LARKHAM / DC NOLAN",
               "Copy with file"]], [12, 44, 20, 24])]
    c.add("MG12.docx", "docx", bl, st, D(2026, 5, 11), "MG12")

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case B: OP_LANTERN_FELL (Northmere Police)  COMPLIANT, charging
# Male complainant, written statement (no ABE), taxi driver first account,
# 999 call via the ambulance service.
# ---------------------------------------------------------------------------
def case_b(outdir):
    urn = "62XB0277126"
    c = Case(outdir, "OP_LANTERN_FELL", "charging", 0, urn)
    OIC = "DC 4120 Bryn ELLIS"

    # MG3 (docx) ------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG3  Northmere Police", docx_font="Arial",
              foot="Operation LANTERN FELL  -  URN 62XB0277126  -  page {p} of {nb}", meta_author="B Ellis",
              meta_title="MG3 LYSAGHT", h_caps=True)
    bl = [T("Report to Crown Prosecutor for Charging Decision"),
          S("Form MG3 - Northmere Police Serious Sexual Offences Unit - Operation LANTERN FELL"),
          KV([("URN", urn), ("Date", "02/04/2026"), ("Suspect", "Gareth LYSAGHT, born 19/11/1981"),
              ("Offence", "Rape (penile penetration of the anus), Sexual Offences Act 2003 s.1"),
              ("Complainant", "Owen TREHARNE, 31"), ("Officer in case", OIC),
              ("OIC telephone (direct)", "01632 960733"), ("OIC e-mail", "bryn.ellis@northmere.police.example")], 2),
          H("Charging decision sought"),
          P("We ask for a charging decision on the Full Code Test. One item (toxicology) is outstanding with a "
            "target date, but it does not affect whether the test can be applied now: its only relevance is to "
            "how much Mr TREHARNE had drunk, which he does not dispute."),
          H("Early advice"),
          P("Early advice was not sought. The suspect was arrested and interviewed within hours of the report, the "
            "DNA result came back on 20/03/2026, and by then the file was ready for a full decision; my supervisor "
            "agreed on 23/03/2026 that early advice would only have added delay."),
          H("Outline"),
          P("On the evening of Thursday 05/02/2026 Owen TREHARNE was at the Drover's Arms in Northmere, where he "
            "met Gareth LYSAGHT, whom he knew slightly from the darts league. He missed the last bus and LYSAGHT "
            "offered him his sofa at 22 Quarry Row. Owen fell asleep on the sofa at about 01:30. He says he woke to "
            "find LYSAGHT lying on top of him, having pulled down his jeans and boxer shorts, and that LYSAGHT "
            "penetrated his anus with his penis while holding him face down by the back of the neck. He managed to "
            "push him off, picked up his jacket and phone, and left at about 03:00."),
          H("Complainant's evidence"),
          P("A written statement was taken rather than a video-recorded interview. Owen was offered a "
            "video-recorded interview on 06/02/2026 and again on 07/02/2026; he said he would not be comfortable "
            "being filmed and asked to give a written statement. DC ELLIS took his statement (MG11, 3 pages) on "
            "07/02/2026. There is therefore no ABE recording in this case."),
          H("First accounts"),
          P("He first told the taxi driver who picked him up at the Market Square rank at 03:08 (Marek ZIELINSKI) "
            "that he had 'just been raped by a bloke'. He then told his brother, at whose house the taxi dropped "
            "him at about 03:25. Statements from both are attached. His brother called 999 at 03:41; the call was "
            "taken by the ambulance service and the recording is attached, produced by the call handler."),
          H("The suspect's account"),
          P("LYSAGHT was arrested at home at 09:30 on 06/02/2026 and interviewed at 17:00 with a duty solicitor "
            "(record attached). He denies any sexual contact. He says Owen slept on the sofa, that he himself went "
            "to bed at about midnight and slept through, and that Owen must have let himself out. He suggested that "
            "Owen was 'off his face' and may have 'imagined it or got it mixed up with someone else'. The defence "
            "is therefore a denial that anything sexual happened, with the DNA now contradicting it; once served "
            "with the DNA result he may move to consent."),
          H("Reasonable lines of enquiry (for and against the suspect)"),
          TB(["Enquiry", "Outcome"], [
              ["DNA: intimate swabs from the SARC", "SFR1 20/03/2026: semen on HR/2 with a DNA profile matching "
                                                   "LYSAGHT. This contradicts his account in interview."],
              ["Drover's Arms CCTV and staff", "The pub's system was checked on 06/02/2026; it records over every "
                                              "48 hours and the evening had already gone, so there is no CCTV. Two "
                                              "bar staff remember them drinking together and leaving together at "
                                              "closing, both 'merry but walking fine'. Their notebook accounts are "
                                              "on the MG6C; neither saw anything relevant to consent."],
              ["Whether Owen was too drunk to remember accurately (points away)", "Toxicology on the blood sample "
                                                                                   "(HR/6) was requested to test "
                                                                                   "this - see outstanding."],
              ["Whether another man could have been responsible (points away)", "No one else was at 22 Quarry Row "
                                                                                 "(LYSAGHT lives alone); the DNA "
                                                                                 "answers this."],
              ["Messages between them", "Owen showed DC ELLIS three Facebook Messenger messages from LYSAGHT, "
                                        "including 09:02 06/02/2026 'hope u got home ok mate. sorry about last nite "
                                        "i was wasted'. These were photographed on his phone screen (BE/1)."],
              ["Taxi driver and brother", "Statements attached; both describe him as shaking and crying."],
              ["Suspect's history", "PNC attached: one old conviction for criminal damage (2008)."]], [35, 65]),
          P("Mr TREHARNE did not want his phone examined and it has not been. No digital request has been made: the "
            "only relevant messages are the three he chose to show, and LYSAGHT accepts sending the 09:02 message. "
            "No third-party material (medical, counselling) has been requested, because no line of enquiry "
            "points to any."),
          H("Outstanding evidence"),
          TB(["Item", "With", "Target date"], [
              ["Toxicology (alcohol) on blood sample HR/6 taken 06/02/2026 10:20", "Kestrel Forensic Science Ltd",
               "24/04/2026"]], [55, 25, 20]),
          P("Nothing else is outstanding."),
          H("Forensic and medical"),
          P("Examined at The Beacon SARC on 06/02/2026 at 10:00 by Dr Helena ROSTOV, forensic physician (statement "
            "attached): bruising to the back of the neck and a small anal laceration. Mr TREHARNE signed the SARC "
            "consent to release his forensic medical records to the police and CPS on 06/02/2026 (also recorded on "
            "the rear of his MG11)."),
          H("Bail"),
          P("Pre-charge bail granted 06/02/2026, extended by Superintendent HARGREAVES on 03/03/2026 to "
            "06/05/2026. Conditions: not to contact Owen TREHARNE or Aled TREHARNE directly or indirectly; not to "
            "go to Elm Terrace, Northmere."),
          H("Victim and witness needs"),
          P("Special measures (no MG2; recorded here and on the rear of the MG11): Owen is an intimidated witness "
            "(YJCEA 1999 s.17(4)). He would like to give evidence from behind a screen. The option of having his "
            "cross-examination pre-recorded under s.28 was explained on 07/02/2026; he said he would rather give "
            "his evidence live at trial, behind a screen, and does not want s.28. He has dyslexia: his statement "
            "was read back to him slowly and he confirmed it. He does not feel he needs help to communicate and no "
            "intermediary assessment is needed."),
          P("Other needs: he wants contact by phone call, not letter. He has been referred (06/02/2026) to the "
            "Harbour Men's Project ISVA service; his ISVA is Craig MATTOCK. VPS: offered on 07/02/2026; he does not "
            "want to make one now and knows he can make one later."),
          H("Unused material"),
          P("MG6C and MG6D attached. Sent with this file: the police incident log, the crime report, the 999 call "
            "and the ambulance service call log (first complaint), and the witness conviction checks, which show "
            "one conviction for Aled TREHARNE."),
          H("Supervisor's endorsement"),
          P("I have reviewed this file. DS 3302 Nia PROTHERO, 02/04/2026.")]
    c.add("MG3 v2 FINAL.docx", "docx", bl, st, D(2026, 4, 2), "MG3", nb=4)

    # Complainant's written statement ---------------------------------------
    w = dict(name="Owen TREHARNE", age="Over 18", occ="Warehouse supervisor", date="07/02/2026",
             sig="O. Treharne", witnessed="DC 4120 B ELLIS",
             body=["I am making this statement about what happened to me at the house of a man called Gareth, in "
                   "Quarry Row, Northmere, in the early hours of Friday 6th February 2026. I have been offered the "
                   "chance to do this on video and I have chosen to give a written statement instead.",
                   "I know Gareth a little from the darts league. I think his second name is LYSAGHT. He is in his "
                   "forties, white, stocky, with short grey hair and a tattoo of a swallow on his right hand.",
                   "On Thursday 5th February I went to the Drover's Arms after work at about 7pm. Gareth was there "
                   "and we got talking and played a few games of darts. I drank about six pints of lager and two "
                   "whiskies over the evening. I was drunk but I knew what I was doing.",
                   "At closing time, about 11.30pm, I realised I had missed the last bus to my flat. Gareth said I "
                   "could sleep on his sofa. We walked to his house, which is about ten minutes away. We had another "
                   "drink there and watched television. I fell asleep on the sofa in my clothes. I think that was "
                   "about half past one.",
                   "I woke up because there was a weight on my back. I was lying on my front. My jeans and boxers "
                   "had been pulled down to my knees. Gareth was lying on top of me. I could feel his hand on the "
                   "back of my neck pushing my face into the cushion. Then I felt his penis go into my anus. It "
                   "really hurt. I tried to shout but my face was in the cushion. I did not want this and I had "
                   "never given him any reason to think I did.",
                   "I don't know how long it went on, maybe a minute or two. I got my arm under me and pushed back "
                   "as hard as I could and he fell off the sofa onto the floor. He said something like 'come on, "
                   "you were up for it'. I said 'what the fuck are you doing'. I pulled my jeans up, grabbed my "
                   "jacket and my phone off the table and ran out of the front door.",
                   "I walked, then ran, to the taxi rank in Market Square. There was one taxi there. I got in and "
                   "asked him to take me to my brother Aled's house in Elm Terrace. I was shaking. The driver asked "
                   "if I was alright and I told him I had just been raped by a bloke. He asked if I wanted the "
                   "police and I said I just wanted my brother.",
                   "When I got to Aled's I told him what Gareth had done. Aled called 999. A paramedic came and then "
                   "a police officer. Later that morning I went to the SARC.",
                   "At about 9am on the 6th I got a Facebook message from Gareth saying 'hope u got home ok mate. "
                   "sorry about last nite i was wasted'. I have shown this to DC ELLIS, who took photographs of my "
                   "phone screen. I do not want my phone taken away and I have not been asked to hand it over.",
                   "I have not spoken to Gareth since and I do not want any contact with him."],
             rear=[("Home address", "Held by OIC (not for disclosure)"),
                   ("Preferred contact", "Phone call (not letters)"),
                   ("Dates to avoid", "10/08/2026 - 24/08/2026 (holiday)"),
                   ("Special measures", "Screen. s.28 explained - does not want it. No intermediary needed."),
                   ("Particular needs", "Dyslexia - documents to be read to him; no interpreter"),
                   ("VPS", "Offered 07/02/2026 - declined for now; may make one later"),
                   ("Consent to medical records", "Yes - signed SARC consent 06/02/2026"),
                   ("ISVA", "Harbour Men's Project - Craig MATTOCK")])
    bl, st = mg11("north", urn, w)
    st["foot_sig"] = "Signed: O. Treharne      Signature witnessed by: DC 4120 B ELLIS"
    c.add("TREHARNE O - MG11.pdf", "pdf", bl, st, D(2026, 2, 7, 16), "MG11", "complainant")

    # Taxi driver: phone photo of a one-page statement -------------------------
    w = dict(name="Marek ZIELINSKI", age="Over 18", occ="Hackney carriage driver", date="09/02/2026",
             sig="M. Zielinski", witnessed="PC 811 H QUAYLE",
             body=["I drive a hackney carriage, licence number NM-HC-0412. In the early hours of Friday 6 February "
                   "2026 I was first in line at the Market Square rank in Northmere.",
                   "At about 03:08 a man in his early thirties got into the back of my cab. He was out of breath and "
                   "his hands were shaking. He asked me to take him to Elm Terrace.",
                   "I asked him if he was alright because he looked terrible. He put his head in his hands and said "
                   "'I've just been raped by a bloke'. He started crying. I asked if he wanted me to take him to the "
                   "police station and he said 'no, I just want my brother'.",
                   "I drove him to Elm Terrace. It took about 15 minutes. He did not say anything else. When we got "
                   "there a man came out of the house and paid me. I left at about 03:25.",
                   "I would recognise the passenger again. I have a dash camera, but it only faces the road ahead "
                   "and the footage from that night was recorded over before the police asked; the police officer "
                   "checked this with me."])
    bl, st = mg11("north", urn, w)
    st["size"] = 10.5
    c.add("IMG_2231.jpg", "photo", bl, st, D(2026, 2, 9, 14, 5), "MG11", "first_account", seed=2231, angle=-2.2,
          sig=(0.25, 0.503, 7))

    # Brother's statement: Doc1.docx ---------------------------------------------
    w = dict(name="Aled TREHARNE", age="Over 18", occ="Electrician", date="07/02/2026", pages=2,
             sig="A. Treharne", witnessed="DC 4120 B ELLIS",
             body=["Owen TREHARNE is my younger brother. I live in Elm Terrace, Northmere.",
                   "At about 03:20 on Friday 6 February 2026 my phone rang. It was Owen. He was crying and said he "
                   "was in a taxi on his way to me. I went downstairs and waited at the door.",
                   "A taxi pulled up at about 03:25 and Owen got out. I paid the driver. Owen was white and shaking "
                   "and kept saying 'he held me down, he held me down'. I brought him inside and sat him on the "
                   "settee.",
                   "He told me that a man called Gareth from the darts had let him sleep on his sofa, and that he "
                   "woke up with Gareth on top of him and Gareth raped him. He said Gareth had his hand on the back "
                   "of his neck. I could see red marks on the back of his neck.",
                   "I said we had to call the police. Owen said he was in pain and did not know what to do. At 03:41 "
                   "I rang 999. I asked for an ambulance because of the pain he was in, and told the operator what "
                   "Owen had told me. A paramedic arrived at about 04:05 and a police officer shortly after.",
                   "I know Gareth LYSAGHT by sight from the Drover's Arms. I have never had any trouble with him."])
    bl, st = mg11("north", urn, w)
    c.add("Doc1.docx", "docx", bl, st, D(2026, 2, 7, 19), "MG11", "first_account", nb=2)

    # Ambulance service call handler (non-police professional) -------------------
    w = dict(name="Joanne PELL", age="Over 18", occ="Emergency Medical Dispatcher, North Vale Ambulance Service",
             date="15/02/2026", sig="J. Pell",
             body=["I am an Emergency Medical Dispatcher employed by North Vale Ambulance Service NHS Trust at its "
                   "Northmere emergency operations centre. I have held this post for six years.",
                   "At 03:41 on Friday 06/02/2026 I answered a 999 call from a man who gave his name as Aled and an "
                   "address in Elm Terrace, Northmere. He said his brother had been raped by a man he had been "
                   "drinking with, that his brother was in pain and bleeding a little, and that he had marks on his "
                   "neck. I triaged the call and dispatched a paramedic, and at 03:44 I passed the call to Northmere "
                   "Police as a crime in progress had been reported.",
                   "All 999 calls to the centre are recorded automatically. On 12/02/2026 I downloaded the recording "
                   "of this call from the call recording system. I produce it as exhibit JP/1 (audio file named "
                   "'999 call 0341.wav', 6 seconds of which is the relevant opening of the call in the copy "
                   "provided). I also produce the computer-aided dispatch log of the call as exhibit JP/2.",
                   "The time shown on the recording system is synchronised to the national time signal."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 Pell NVAS.pdf", "pdf", bl, st, D(2026, 2, 15), "MG11", "witness")
    c.add_raw("999 call 0341.wav", lambda p: make_wav(p, 6, 341), "CALL_999")

    # Paramedic ---------------------------------------------------------------
    w = dict(name="Sian HOLLOWAY", age="Over 18", occ="Paramedic, North Vale Ambulance Service", date="12/02/2026",
             sig="S Holloway",
             body=["I am a registered paramedic with North Vale Ambulance Service. At 04:05 on Friday 06/02/2026 I "
                   "arrived at an address in Elm Terrace, Northmere, in response to a 999 call.",
                   "A man who introduced himself as Owen TREHARNE was sitting on a settee. He was pale, tearful and "
                   "trembling. I noted a smell of alcohol but he was alert, oriented and answering questions "
                   "appropriately; his Glasgow Coma Score was 15/15.",
                   "I saw red, raised marks across the back of his neck. He told me he had pain in his bottom. I did "
                   "not examine him intimately and I did not ask him about what had happened beyond what I needed "
                   "for my clinical assessment, because the police were on their way and I knew he would be offered "
                   "a specialist examination.",
                   "His observations were normal. He declined to go to hospital. I handed over to PC QUAYLE at 04:20 "
                   "and advised a SARC examination. My patient record is held by the Trust."])
    bl, st = mg11("north", urn, w)
    c.add("paramedic statement.pdf", "pdf", bl, st, D(2026, 2, 12), "MG11", "witness")

    # First attending officer ------------------------------------------------
    w = dict(name="Harriet QUAYLE", age="Over 18", occ="Police Constable 811", date="06/02/2026",
             sig="PC 811 H QUAYLE", pages=2,
             body=["I am a Police Constable with Northmere Police, on response at Northmere Central.",
                   "At 03:46 on Friday 06/02/2026 I was dispatched to incident 0119 of that date, an address in Elm "
                   "Terrace, Northmere, passed to us by the ambulance service. I arrived at 04:12. A paramedic was "
                   "already there.",
                   "I spoke to Owen TREHARNE, who was upset and shaking. I asked him briefly what had happened. He "
                   "told me that a man called Gareth, whose address he gave as 22 Quarry Row, had raped him while he "
                   "slept on Gareth's sofa, holding him down by the neck. I wrote down what he said in my pocket "
                   "notebook at 04:15 (PNB 811/9, page 31).",
                   "He asked me not to film him while he was talking about it, so I did not switch on my body-worn "
                   "camera inside the house and no body-worn video was recorded.",
                   "At 04:35 I seized the jeans and boxer shorts he had been wearing, which I exhibit as HQ/1 "
                   "(jeans) and HQ/2 (boxer shorts).",
                   "I arranged for him to attend The Beacon SARC and handed over to the SSOU at 06:00. At 09:30 I "
                   "was present when DC ELLIS arrested Gareth LYSAGHT at 22 Quarry Row."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 PC811 QUAYLE.docx", "docx", bl, st, D(2026, 2, 6, 12), "MG11", "officer", nb=2)

    # OIC statement: screenshots ------------------------------------------------
    w = dict(name="Bryn ELLIS", age="Over 18", occ="Detective Constable 4120", date="08/02/2026",
             sig="DC 4120 B ELLIS",
             body=["I am the officer in the case. On 06/02/2026 at 09:30 I arrested Gareth LYSAGHT at 22 Quarry Row, "
                   "Northmere. On caution he said 'what? I never touched him'.",
                   "On 07/02/2026 I took a written statement from Owen TREHARNE at Northmere Central. Before doing so "
                   "I again explained the option of a video-recorded interview. He told me he did not want to be "
                   "filmed. I read his statement back to him slowly because he has told me he has dyslexia, and he "
                   "signed each page.",
                   "During that meeting he showed me three Facebook Messenger messages on his phone from an account "
                   "in the name 'Gaz Lysaght'. With his agreement I photographed the phone's screen showing them. "
                   "I did not take or examine the phone. I produce the three photographs as exhibit BE/1."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 DC ELLIS.pdf", "pdf", bl, st, D(2026, 2, 8), "MG11", "officer")

    # Expert: forensic physician -------------------------------------------------
    w = dict(name="Dr Helena ROSTOV", age="Over 18", occ="Forensic Physician, The Beacon SARC", date="20/02/2026",
             sig="H. Rostov",
             body=["I am a forensic physician at The Beacon Sexual Assault Referral Centre, Northmere. I am a member "
                   "of the Faculty of Forensic and Legal Medicine and have examined complainants of sexual assault, "
                   "male and female, since 2015.",
                   "At 10:00 on 06/02/2026 I examined Owen TREHARNE with his written consent. He gave a history of "
                   "anal penetration by a man at about 02:00 that morning while he was held face down.",
                   "On the back of his neck there were three parallel red bruises, up to 3 cm long, consistent with "
                   "firm grip or pressure by fingers. At the anal margin there was a 0.5 cm fresh laceration at the "
                   "6 o'clock position. In my opinion this is consistent with recent penetration with force; it does "
                   "not of itself show whether the penetration was consented to.",
                   "I took swabs HR/1 to HR/5 and a blood sample, HR/6, at 10:20 for toxicology. All were sealed and "
                   "handed to DC ELLIS.",
                   "I understand that my duty is to the court and I have complied with it."])
    bl, st = mg11("north", urn, w)
    c.add("ROSTOV FME statement.pdf", "pdf", bl, st, D(2026, 2, 20), "MG11", "expert")

    # SFR1 ---------------------------------------------------------------------
    st = dict(head_left="OFFICIAL", head_right="Kestrel Forensic Science Ltd", font="serif",
              foot="KFS/26/11408  page {p} of {nb}")
    bl = [T("Streamlined Forensic Report (SFR1)"),
          KV([("Our reference", "KFS/26/11408"), ("Police reference (URN)", urn), ("Officer", OIC),
              ("Date", "20/03/2026"), ("Scientist", "Dr Imran BHATTI")], 2),
          P("Item HR/2 (intimate swab, Owen TREHARNE): semen was found. A DNA profile was obtained from it which "
            "matches the reference DNA profile of Gareth LYSAGHT (item CS/2). If the semen had come from someone "
            "other than, and unrelated to, Gareth LYSAGHT, the chance of obtaining this match would be less than "
            "one in a billion."),
          P("Item HR/6 (blood, Owen TREHARNE): alcohol analysis in progress; report expected by 24/04/2026."),
          P("Dr Imran BHATTI, Forensic Scientist - signed 20/03/2026")]
    c.add("SFR1 KFS-26-11408.pdf", "pdf", bl, st, D(2026, 3, 20), "FORENSIC")

    # ROTI (docx) ----------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG15", meta_author="B Ellis")
    bl = [T("Record of Interview"), S("MG15 - summary of audio-recorded interview"),
          KV([("Interviewee", "Gareth LYSAGHT"), ("URN", urn), ("Date", "06/02/2026"), ("Place", "Northmere Custody"),
              ("Commenced", "17:02"), ("Concluded", "17:48"), ("Interviewing officers", "DC 4120 ELLIS, DC 2218 FOLEY"),
              ("Solicitor", "Ms Gwen ARNOTT (duty)")], 2),
          P("After caution LYSAGHT confirmed he met Owen TREHARNE at the Drover's Arms and offered him his sofa "
            "because he had missed the last bus. He said they had 'a couple more cans' at his house. He said he went "
            "to bed at about midnight and left Owen asleep on the sofa. He said he slept through and did not hear "
            "Owen leave."),
          P("Asked whether anything sexual happened, he said 'Absolutely not. I'm not like that.' He said Owen was "
            "'off his face' and 'must have imagined it or be mixing me up with someone'."),
          P("Asked about the 09:02 message, he said he sent it because he had been drunk and 'a bit loud' and was "
            "apologising for that."),
          P("Asked how marks could have come to be on Owen's neck, he said he had no idea."),
          P("Summary prepared by DC 4120 B ELLIS 09/02/2026. The recording is retained (NM-INT-26-0554).")]
    c.add("ROI LYSAGHT 060226.docx", "docx", bl, st, D(2026, 2, 9), "ROTI", nb=1)

    # PNC ------------------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PNC", font="mono", size=9, foot="page {p}")
    bl = [T("PNC - Convictions / Antecedents"),
          MONO("SUBJECT : LYSAGHT, GARETH JOHN   DOB 19/11/1981\n"
               "PNCID   : 00/441902P\n"
               "SUMMARY : 1 CONVICTION FOR 1 OFFENCE  0 CAUTIONS\n"
               "\n"
               "1. 17/03/2008  NORTHMERE MAGISTRATES\n"
               "   CRIMINAL DAMAGE (NOT EXCEEDING 5000) - CRIMINAL DAMAGE ACT 1971 s.1(1)\n"
               "   FINE 150.00  COMPENSATION 80.00\n"
               "\n"
               "NO OTHER CONVICTIONS, CAUTIONS OR WARNING MARKERS\n"
               "PRINTED 01/04/2026 FOR URN 62XB0277126 BY 4120")]
    c.add("PNC_LYSAGHT.pdf", "pdf", bl, st, D(2026, 4, 1), "PNC")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Northmere Police", meta_author="B Ellis")
    bl = [T("Previous convictions of prosecution witnesses"),
          S("Checked for disclosure (rebuttable presumption) - PNC and PND"),
          KV([("URN", urn), ("Checked by", OIC), ("Date", "01/04/2026")], 2),
          TB(["Witness", "Status", "Result of check"], [
              ["Owen TREHARNE", "Complainant", "No convictions or cautions"],
              ["Marek ZIELINSKI", "First account (taxi driver)", "No convictions or cautions"],
              ["Aled TREHARNE", "First account (brother)", "1 conviction: 14/06/2019 Northmere MC, driving with "
                                                          "excess alcohol - fined, disqualified 14 months. "
                                                          "Disclosed on MG6C."],
              ["Joanne PELL", "Ambulance service call handler", "No convictions or cautions"],
              ["Sian HOLLOWAY", "Paramedic", "No convictions or cautions"],
              ["Dr Helena ROSTOV", "Forensic physician", "No convictions or cautions"]], [25, 30, 45])]
    c.add("witness convictions.docx", "docx", bl, st, D(2026, 4, 1), "PNC", nb=1)

    # Incident log, crime report ----------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PRISM Command & Control", font="mono", size=8.5,
              foot="Incident 0119 06/02/2026 page {p} of {nb}")
    bl = [T("PRISM INCIDENT 0119  06/02/2026"),
          MONO("CREATED 03:44  SOURCE: NVAS (AMBULANCE) LINK  URN 62XB0277126\n"
               "CLASS: SEXUAL OFFENCE  LOCATION: ELM TERRACE NORTHMERE\n"
               "03:44 NVAS REF 4471-0341: 999 FROM ALED TREHARNE. BROTHER OWEN (31) STATES\n"
               "      RAPED BY MALE 'GARETH' AT HIS HOUSE QUARRY ROW. IN PAIN, MARKS ON NECK.\n"
               "      AMBULANCE DISPATCHED.\n"
               "03:46 PC 811 DISPATCHED\n"
               "04:12 PC 811 ON SCENE. PARAMEDIC PRESENT.\n"
               "04:18 PC 811: VICTIM OWEN TREHARNE. SUSP GARETH (LYSAGHT?) 22 QUARRY ROW.\n"
               "      OFFENCE AROUND 0200-0245. SUSP LIVES ALONE.\n"
               "04:36 CLOTHING SEIZED. SARC REQUESTED.\n"
               "05:10 SSOU DS 3302 INFORMED. ARREST PLAN AGREED.\n"
               "06:00 HANDOVER TO SSOU.  CRIME NM/26/3317 CREATED. CLOSED.")]
    c.add("incident log 0119.pdf", "pdf", bl, st, D(2026, 4, 1), "INCIDENT_LOG")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PRISM RMS", foot="Crime NM/26/3317 - page {p} of {nb}",
              h_fill=(225, 235, 225))
    bl = [T("Crime Report NM/26/3317"),
          KV([("URN", urn), ("Offence", "Rape of a male aged 16 or over (HO 19D)"), ("Reported", "06/02/2026 03:44"),
              ("Occurred", "06/02/2026 02:00-02:45"), ("Location", "22 Quarry Row, Northmere"), ("OIC", OIC)], 2),
          H("Victim"),
          KV([("Name", "Owen TREHARNE"), ("Sex", "Male"), ("Age", "31"), ("Disability", "Dyslexia (self-declared)"),
              ("First language", "English"), ("Victims' Code contact", "Weekly, by phone")], 2),
          H("Suspect"),
          KV([("Name", "Gareth LYSAGHT"), ("DOB", "19/11/1981"), ("Arrested", "06/02/2026 09:30"),
              ("Outcome to date", "Pre-charge bail with conditions")], 2),
          H("Summary"),
          P("Victim stayed at suspect's house after drinking; woke to suspect penetrating his anus while holding him "
            "down by the neck. Disclosed to taxi driver and brother within an hour; brother called 999."),
          H("Actions"),
          TB(["Date", "Action"], [
              ["06/02/2026", "Clothing seized (HQ/1, HQ/2). SARC exam. Suspect arrested and interviewed. ISVA "
                             "referral (Harbour Men's Project)."],
              ["07/02/2026", "Written statement from victim (declined video interview). Statement from brother. "
                             "VPS offered."],
              ["09/02/2026", "Statement from taxi driver."],
              ["12-15/02/2026", "Paramedic and NVAS call handler statements; 999 recording obtained."],
              ["20/03/2026", "SFR1 received - DNA match."],
              ["02/04/2026", "MG3 submitted for Full Code Test."]], [20, 80])]
    c.add("crime report NM-26-3317.pdf", "pdf", bl, st, D(2026, 4, 1), "CRIME_REPORT")

    # PNB copy and NVAS dispatch log (first complaint records) ---------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PNB 811/9", font="mono", size=9)
    bl = [T("Pocket notebook 811/9 - page 31 (typed copy)"),
          MONO("URN 62XB0277126   PC 811 H QUAYLE   Fri 06/02/2026\n"
               "04:12 Elm Terrace. Paramedic S HOLLOWAY present. Victim Owen TREHARNE.\n"
               "04:15 States: 'Gareth from the darts. 22 Quarry Row. I was asleep on his sofa.\n"
               "      I woke up and he was on top of me, my jeans were down. He held my neck\n"
               "      down and he raped me. Up my backside. I pushed him off and ran.'\n"
               "04:19 Red marks noted back of neck. Asked not to be filmed - BWV not activated.\n"
               "04:22 Entry read to IP. Agrees correct. (Sgd) O Treharne\n"
               "04:35 Seized HQ/1 jeans, HQ/2 boxers.")]
    c.add("PNB 811-9 p31.pdf", "pdf", bl, st, D(2026, 2, 6, 7), "OTHER")

    st = dict(head_left="North Vale Ambulance Service NHS Trust", head_right="CAD extract (JP/2)", font="mono",
              size=8.5)
    bl = [T("Emergency call record 4471-0341"),
          MONO("Police URN (added by police): 62XB0277126\n"
               "03:41:07 CALL CONNECTED  999  CALLER: ALED (BROTHER)  LOCATION: ELM TERRACE NORTHMERE\n"
               "03:41:40 CHIEF COMPLAINT: SEXUAL ASSAULT - PATIENT MALE 31 - PAIN, MINOR BLEEDING\n"
               "03:42:55 CALLER STATES BROTHER RAPED BY MALE 'GARETH' AT MALE'S ADDRESS. MARKS TO NECK.\n"
               "03:43:30 RESPONSE: PARAMEDIC RRV 4 ALLOCATED\n"
               "03:44:02 POLICE INFORMED VIA LINK (NORTHMERE POLICE INCIDENT 0119)\n"
               "04:05:11 RRV 4 ON SCENE\n"
               "04:41:20 PATIENT DECLINED CONVEYANCE - HANDED TO POLICE - CLEAR\n"
               "Produced by J PELL, EMD, 12/02/2026")]
    c.add("NVAS CAD 4471-0341.pdf", "pdf", bl, st, D(2026, 2, 12), ["INCIDENT_LOG", "OTHER"])

    # MG6C (PDF, long table running over pages) ------------------------------------
    items = [
        ("PRISM incident log 0119 of 06/02/2026, full print (12 entries)", "Copy with file", "RP - sent"),
        ("PRISM crime report NM/26/3317 including all updates to 01/04/2026", "Copy with file", "RP - sent"),
        ("NVAS computer-aided dispatch log of 999 call ref 4471-0341 (also exhibit JP/2)", "Copy with file",
         "First complaint record - sent"),
        ("PC 811 QUAYLE pocket notebook 811/9 p.31, 06/02/2026 04:15, complainant's initial account",
         "Copy with file", "First complaint record - sent"),
        ("Witness conviction checks 01/04/2026 (one conviction: Aled TREHARNE, 2019, excess alcohol)",
         "Copy with file", "RP - sent"),
        ("Note by DC ELLIS of CCTV enquiry at the Drover's Arms, 06/02/2026: system overwrites after 48 hours, "
         "nothing available", "OIC file", "Not disclosable"),
        ("PC 1340 DRAKE notebook 06/02/2026: account of bar worker Amy FENN - saw both leave at closing, "
         "'merry but walking fine'", "OIC file", "Neutral - CPS to review"),
        ("PC 1340 DRAKE notebook 06/02/2026: account of bar worker Tom RILEY - same as above", "OIC file",
         "Neutral - CPS to review"),
        ("PC 811 QUAYLE notebook 09/02/2026: taxi driver's dash camera checked - faces road only; footage "
         "overwritten", "OIC file", "Not disclosable"),
        ("Custody record, Gareth LYSAGHT, 06/02/2026 (NM/C/26/0411)", "Custody system", "Not disclosable"),
        ("Pre-interview disclosure note given to Ms ARNOTT (solicitor), 06/02/2026", "OIC file", "Not disclosable"),
        ("Audio recording of suspect interview NM-INT-26-0554 (master and working copy)", "Property store",
         "Summary with file (MG15)"),
        ("Search record, 22 Quarry Row, 06/02/2026 (s.32 PACE), 2 pages: sofa cushion cover seized", "OIC file",
         "Not disclosable"),
        ("Sofa cushion cover from 22 Quarry Row - not submitted for examination; retained", "Property store NM/26/882",
         "Not disclosable"),
        ("Forensic submission form (MG21) for HR/2, HR/6 and CS/2, 09/02/2026", "OIC file", "Not disclosable"),
        ("SARC referral and booking record, 06/02/2026 (times only)", "OIC file", "Not disclosable"),
        ("Bail extension authority, Supt HARGREAVES, 03/03/2026", "OIC file", "Not disclosable"),
        ("E-mails OIC / Kestrel Forensic Science re toxicology turnaround, 20/03/2026 - 26/03/2026 (4 e-mails)",
         "OIC file", "Not disclosable"),
        ("Victim contact log (Victims' Code updates) 06/02/2026 - 01/04/2026, 9 entries", "OIC file",
         "Not disclosable"),
        ("Darts league fixture list January-February 2026 provided by league secretary", "OIC file",
         "Not disclosable"),
        ("House-to-house proforma, Quarry Row nos 16-28, 07/02/2026 - no witnesses", "OIC file", "Not disclosable"),
        ("Photographs of the scene (lounge, sofa) 06/02/2026, 14 images, CSI 5512", "CSI system",
         "Not disclosable"),
    ]
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6C", orient="L", size=9,
              foot="R v LYSAGHT  URN 62XB0277126   MG6C page {p} of {nb}")
    bl = [T("Police Schedule of Non-Sensitive Unused Material"),
          KV([("R v", "Gareth LYSAGHT"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "01/04/2026")], 2),
          P("The disclosure officer believes that the following material, which does not form part of the "
            "prosecution case, is not sensitive."),
          TB(["No.", "Description and relative location", "Location", "DO comment", "CPS"],
             [[str(i + 1), a, b, cc, ""] for i, (a, b, cc) in enumerate(items)], [6, 52, 18, 16, 8]),
          P("Signed: B Ellis DC 4120, disclosure officer, 01/04/2026")]
    c.add("MG6C unused.pdf", "pdf", bl, st, D(2026, 4, 1), "MG6C")

    st = dict(head_left="OFFICIAL-SENSITIVE - NOT TO BE DISCLOSED", head_right="MG6D", orient="L",
              foot="MG6D page {p} of {nb}")
    bl = [T("Police Schedule of Sensitive Material"),
          KV([("R v", "Gareth LYSAGHT"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "01/04/2026")], 2),
          TB(["No.", "Description", "Reason for sensitivity", "CPS"], [
              ["1", "Beacon SARC forensic medical notes of Owen TREHARNE, 06/02/2026 (released with consent)",
               "Confidential medical record", ""],
              ["2", "NVAS patient report form completed by paramedic S HOLLOWAY, 06/02/2026",
               "Confidential medical record", ""],
              ["3", "ISVA referral form, Harbour Men's Project, 06/02/2026", "Victim's personal and health details",
               ""],
              ["4", "Contact details and rear pages of MG11s for civilian witnesses", "Personal data", ""]],
             [6, 52, 34, 8])]
    c.add("MG6D sensitive.pdf", "pdf", bl, st, D(2026, 4, 1), "MG6D")

    # MG12 (xlsx) ---------------------------------------------------------------
    write_xlsx(c._p("exhibits.xlsx"), [(
        "MG12",
        ["EXHIBIT LIST (MG12)", "R v Gareth LYSAGHT   URN 62XB0277126", "Prepared by DC 4120 ELLIS, 01/04/2026"],
        ["Ref", "Description", "Produced by", "Location"],
        [["JP/1", "Recording of 999 call 03:41 06/02/2026 (file '999 call 0341.wav')", "Joanne PELL (NVAS)",
          "Copy with file"],
         ["JP/2", "NVAS dispatch log of the call", "Joanne PELL (NVAS)", "Copy with file"],
         ["HQ/1", "Jeans worn by O TREHARNE", "PC 811 QUAYLE", "Property NM/26/871"],
         ["HQ/2", "Boxer shorts worn by O TREHARNE", "PC 811 QUAYLE", "Property NM/26/872"],
         ["HR/1-HR/5", "Swabs taken at SARC", "Dr H ROSTOV", "Kestrel Forensic Science"],
         ["HR/6", "Blood sample (toxicology)", "Dr H ROSTOV", "Kestrel Forensic Science"],
         ["CS/2", "Reference DNA sample, G LYSAGHT", "Custody, 06/02/2026", "Kestrel Forensic Science"],
         ["BE/1", "Three photographs of Facebook Messenger messages on complainant's phone", "DC 4120 ELLIS",
          "Digital evidence store"]],
        [10, 60, 24, 26], ["Signed: B Ellis"])], D(2026, 4, 1), "B Ellis")
    c._rec("exhibits.xlsx", "MG12", None)

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case C: "EA request - TOLLAND" (Wealdhurst Police)  COMPLIANT, early_advice
# ---------------------------------------------------------------------------
def case_c(outdir):
    urn = "33WH0589226"
    c = Case(outdir, "EA request - TOLLAND", "early_advice", 0, urn)
    OIC = "DC 2290 Fraser LOCKHART"
    tess = dict(head_left="OFFICIAL-SENSITIVE", head_right="Tessera RMS export", font="serif",
                foot="Tessera  |  33WH0589226  |  {p}/{nb}", meta_author="Tessera RMS", meta_creator="Tessera RMS 7.2")

    # MG3 early advice ----------------------------------------------------------
    st = dict(tess, head_right="MG3 - EARLY ADVICE", h_fill=(232, 232, 220), meta_title="MG3 early advice")
    bl = [T("MG3 - REPORT TO CROWN PROSECUTOR"),
          S("Request for EARLY ADVICE - Operation TOLLAND - Wealdhurst Police Rape and Serious Sexual Offences Team"),
          KV([("URN", urn), ("Submitted", "13/05/2026"),
              ("Advice type", "Early advice (DG6). No charging decision is requested at this stage, so neither the "
                              "Full Code Test nor the Threshold Test is sought."),
              ("Suspect", "Ellis PRENDERGAST, 21 (not yet arrested or interviewed)"),
              ("Offences under investigation", "Assault by penetration (SOA 2003 s.2); sexual assault (s.3)"),
              ("Complainant", "Nadia KOWALCZYK, 19")], 1),
          KV([("OIC", OIC), ("OIC phone", "01632 960582"), ("OIC e-mail", "fraser.lockhart@wealdhurst.police.example"),
              ("Supervisor", "DS 1044 Ruth AMBROSE - endorsed 13/05/2026")], 1),
          H("A. Why early advice now"),
          P("Early advice is sought because the suspect has not yet been interviewed and we want the prosecutor's "
            "view on the lines of enquiry, and in particular on digital material, before we arrest him. We aim to "
            "arrest and interview him by 27/05/2026."),
          H("B. Investigation so far"),
          P("Nadia is a first-year student. On the night of 01-02/05/2026 she was at a house party at 41 Cranmer "
            "Road, Wealdhurst. She knew Ellis PRENDERGAST slightly from halls. She accepts that she kissed him "
            "downstairs earlier in the evening. At about 00:30 she went to lie down in an upstairs bedroom because "
            "she felt drunk. She says he came in, lay beside her, put his hand under her top and touched her breasts, "
            "and then put his fingers inside her vagina. She said 'no' and pushed his hand away twice; he carried "
            "on. She got up and left the room and went home at about 01:00."),
          P("Her account was video-recorded (ABE) on 05/05/2026 by DC LOCKHART; the recording, its index and DC "
            "LOCKHART's statement exhibiting it (FL/1) are attached, with the interview plan."),
          H("C. First accounts"),
          P("At 01:10 she sent a Snapchat message to a friend on her course, and then spoke to her on the phone. The "
            "next morning she telephoned her mother. Statements from both are attached. Her mother then called 101 "
            "with Nadia's agreement (incident log attached) and PC 6612 HAQUE attended."),
          H("D. Suspect's likely account"),
          P("He has not been spoken to and his account is not yet known. From the messages he sent her the next "
            "morning ('sorry about last night x, hope we're ok') the likely defence is that touching took place with "
            "her consent, or that he reasonably believed she consented. Identity is not in issue."),
          H("E. Lines of enquiry planned (including those that may point away from the suspect)"),
          TB(["Enquiry", "Purpose", "Target date"], [
              ["Arrest and interview PRENDERGAST; seize his phone", "His account; messages to and about Nadia "
                                                                   "01/05-03/05/2026", "27/05/2026"],
              ["Statements from the four tenants of 41 Cranmer Road and the two guests who saw them go upstairs",
               "What they saw of the two together, including earlier kissing and whether she appeared drunk. This "
               "may support the defence as well as the prosecution.", "10/06/2026"],
              ["Submit her underwear (NH/1) for DNA", "Only if his account makes contact an issue - see question 3",
               "Submission by 29/05/2026; result expected 10/07/2026"],
              ["Examination of his phone (messages with Nadia and with others about her, 01/05-03/05/2026)",
               "Any admission, or messages consistent with consent", "Request by 29/05/2026; result by 26/06/2026"],
              ["PNC and intelligence on PRENDERGAST", "Bad character", "Done 12/05/2026 - no trace"]], [38, 42, 20]),
          P("There is no CCTV: the tenants say there is no doorbell or other camera at 41 Cranmer Road and there is "
            "none in the street. We are not proposing to request any of Nadia's university, medical or counselling "
            "records, as nothing suggests they hold anything relevant."),
          H("F. Specific questions for the prosecutor"),
          P("1. Are s.2 and s.3 the right offences to investigate on this account?"),
          P("2. Are there topics you would like covered in the suspect interview?"),
          P("3. Her friend has already provided screenshots of the 01:10 Snapchat exchange (JA/1), and Nadia gave PC "
            "HAQUE a screenshot of his morning message (NH/2). We do not intend to ask for Nadia's own phone. Do you "
            "agree that no request for her device is needed at this stage?"),
          P("4. Should NH/1 be submitted now, or only if contact is disputed in interview?"),
          H("G. Victim and witness care"),
          P("Special measures: she is eligible as the complainant of a sexual offence (YJCEA 1999 s.17(4)). She "
            "wants the ABE to be her evidence-in-chief and to give evidence from behind a screen. Pre-recorded "
            "cross-examination under s.28 was explained on 05/05/2026 and she would like it. No communication "
            "needs; an intermediary is not required."),
          P("Needs: she has exams in June and prefers e-mail contact during the day; no interpreter needed. She did "
            "not want a forensic medical examination and did not have one. ISVA: referred 03/05/2026 to Wealdhurst "
            "Rape Crisis ISVA service. VPS: offered on 05/05/2026; she will decide after the suspect is interviewed."),
          H("H. Unused material"),
          P("No MG6C or MG6D is submitted with this early advice request; unused material is being recorded and will "
            "be scheduled for the charging file. The incident log, crime report, PC HAQUE's notebook entry of the "
            "first account and her body-worn video of it (NH/3) are attached."),
          H("I. Custody / bail"),
          P("Not applicable yet: the suspect has not been arrested. He is not aware of the allegation.")]
    c.add("EA request MG3 13-05-26.pdf", "pdf", bl, st, D(2026, 5, 13), "MG3")

    # ABE recording, index, plan, officer MG11 --------------------------------------
    c.add_raw("ABE_NK_050526.mp4", lambda p: make_video(
        p, 5, ["WEALDHURST VRI SUITE B", "05/05/2026  KOWALCZYK  FL/1"], 21, start=(10, 31, 0),
        codec="mpeg4", bg=(52, 48, 44)), "ABE_RECORDING")
    st = dict(tess, head_right="VRI index", meta_title="ABE index")
    bl = [T("ABE Interview - Index and Summary"),
          KV([("URN", urn), ("Witness", "Nadia KOWALCZYK (complainant)"), ("Date of interview", "05/05/2026"),
              ("Interviewer", "DC 2290 F LOCKHART"), ("Second officer", "DC 3106 Emma SOLE (monitor)"),
              ("Recording", "ABE_NK_050526.mp4 - exhibit FL/1"), ("Duration", "52 minutes")], 2),
          TB(["Time", "Topic", "Summary"], [
              ["00:00", "Rapport", "Introductions, ground rules, course and halls."],
              ["00:05", "Free narrative", "The party; arrived 21:30 with two friends; drank vodka and cider; "
                                          "kissed Ellis in the kitchen at about 23:00 and 'that was it'."],
              ["00:14", "Free narrative", "Felt sick and dizzy, went upstairs about 00:30 to lie down. Ellis came "
                                          "in and lay next to her."],
              ["00:19", "Offence", "Hand under her top on her breasts; she said 'no, I'm not doing this'. He put "
                                   "his hand into her jeans and his fingers inside her vagina. She pushed his hand "
                                   "away twice and said no. He said 'relax'."],
              ["00:28", "After", "She got up, found her shoes, walked home (15 min). Messaged Jess at 01:10 and "
                                 "then spoke to her."],
              ["00:35", "Questioning", "Clarified how drunk she was ('drunk but I knew what was happening'); "
                                       "lighting in the room; what he said."],
              ["00:46", "Next day", "His Snapchat 'sorry about last night x, hope we're ok'; she screenshotted "
                                    "it. Told her mum by phone about 11:00."],
              ["00:50", "Closure", "Questions answered; support explained."]], [10, 18, 72]),
          P("Index prepared by DC 2290 F LOCKHART on 06/05/2026.")]
    c.add("ABE index NK.pdf", "pdf", bl, st, D(2026, 5, 6), "ABE_SUMMARY")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="ABE interview plan", meta_author="F Lockhart",
              docx_font="Times New Roman")
    bl = [T("ABE Interview Plan"),
          KV([("URN", urn), ("Witness", "Nadia KOWALCZYK"), ("Planned by", "DC 2290 F LOCKHART, DC 3106 E SOLE"),
              ("Date of plan", "04/05/2026"), ("Interview booked", "05/05/2026 10:30, VRI Suite B")], 2),
          H("Witness assessment"),
          P("Aged 19, no learning or communication needs identified; English first language. Anxious; asked for a "
            "female monitor. Wants breaks when needed. No intermediary required."),
          H("Objectives"),
          P("Obtain her best account of the events upstairs at 41 Cranmer Road, the earlier contact with the "
            "suspect (kissing), her level of intoxication, what was said, and the messages afterwards."),
          H("Structure"),
          P("Phase 1 rapport; phase 2 free narrative; phase 3 questioning (open then specific); phase 4 closure."),
          H("Points to cover"),
          P("Who else was upstairs; lighting; whether door was closed; his words; her words; any injury; clothing "
            "worn; how she got home; who she has told and when.")]
    c.add("ABE plan NK.docx", "docx", bl, st, D(2026, 5, 4), "ABE_PLAN", nb=1)

    w = dict(name="Fraser LOCKHART", age="Over 18", occ="Detective Constable 2290", date="06/05/2026",
             sig="[signed]", witnessed="",
             body=["I am a Detective Constable on the Rape and Serious Sexual Offences Team, Wealdhurst Police, and a "
                   "trained ABE interviewer.",
                   "On 04/05/2026, with DC SOLE, I prepared a written plan for an interview with Nadia KOWALCZYK.",
                   "On 05/05/2026 between 10:31 and 11:23 I interviewed Nadia KOWALCZYK on video at VRI Suite B, "
                   "Wealdhurst Police Station, in line with Achieving Best Evidence guidance. DC SOLE monitored.",
                   "The interview was recorded digitally. At the end I created a sealed master copy and a working "
                   "copy. I produce the working copy (digital file ABE_NK_050526.mp4) as exhibit FL/1. On 06/05/2026 "
                   "I prepared an index and summary of the interview."])
    bl, st = mg11("weald", urn, w)
    c.add("statement DC LOCKHART.pdf", "pdf", bl, st, D(2026, 5, 6), "MG11", "officer")

    w = dict(name="Noor HAQUE", age="Over 18", occ="Police Constable 6612", date="02/05/2026", sig="[signed]",
             body=["I am a Police Constable with Wealdhurst Police.",
                   "At 17:40 on Saturday 02/05/2026 I was sent to incident 0227 of that day, a report made by Teresa "
                   "KOWALCZYK about her daughter. At 18:05 I arrived at Nadia KOWALCZYK's student accommodation in "
                   "Wealdhurst, where she was with her mother.",
                   "Nadia was quiet and kept her arms folded. I explained that I needed only a brief outline. She "
                   "told me that at a party the night before a boy from her halls called Ellis had touched her "
                   "breasts and put his fingers inside her after she said no. I recorded what she said in my "
                   "pocket notebook at 18:10 (PNB 6612/3, page 44). My body-worn camera was switched on throughout "
                   "my time in the room, with her agreement. I downloaded the footage to the force evidence system "
                   "and produce a copy of it (file BWV_6612_020526_1805.mp4) as exhibit NH/3.",
                   "I offered her a forensic medical examination at the SARC. She did not want one and it did not "
                   "take place. She handed me the knickers she had been wearing, in a plastic bag; I sealed them and "
                   "produce them as exhibit NH/1. She also showed me a Snapchat message she had received that morning "
                   "and had screenshotted; at my request she e-mailed me the screenshot, which I produce as NH/2.",
                   "I made a referral to the Wealdhurst Rape Crisis ISVA service on 03/05/2026 with her agreement."])
    bl, st = mg11("weald", urn, w)
    c.add("statement PC HAQUE.pdf", "pdf", bl, st, D(2026, 5, 2, 22), "MG11", "officer")

    w = dict(name="Jess ADEYEMI", age="Over 18", occ="Student", date="07/05/2026", sig="[signed]",
             witnessed="DC 2290 F LOCKHART",
             body=["I study History at Wealdhurst University and I am on the same course as Nadia KOWALCZYK. We have "
                   "been close friends since September 2025.",
                   "I was not at the party at Cranmer Road on Friday 1 May 2026. At 01:10 on Saturday 2 May I got a "
                   "Snapchat message from Nadia. It said 'something happened with Ellis. I didn't want it. I said "
                   "no'. I replied 'omg are you ok?? call me' and she rang me straight away.",
                   "She was crying so much I could hardly understand her at first. She said Ellis had come into the "
                   "room where she was lying down, put his hand up her top, and then 'put his fingers in me when I "
                   "said no'. She said she pushed him off and walked home. I stayed on the phone until she was in "
                   "bed.",
                   "Because Snapchat messages disappear, I took screenshots of our messages that night on my own "
                   "phone. I have given copies to DC LOCKHART, and I produce them as exhibit JA/1."])
    bl, st = mg11("weald", urn, w)
    c.add("stmt_ADEYEMI_J.pdf", "pdf", bl, st, D(2026, 5, 7), "MG11", "first_account")

    w = dict(name="Teresa KOWALCZYK", age="Over 18", occ="Dental receptionist", date="08/05/2026",
             sig="[signed]", witnessed="DC 3106 E SOLE", pages=1,
             body=["I am Nadia KOWALCZYK's mother.",
                   "At about 11:00 on Saturday 2 May 2026 Nadia phoned me from her room at university. She sounded "
                   "like she had not slept. She said 'Mum, something bad happened at a party'. She told me a boy "
                   "called Ellis had touched her and put his fingers inside her when she was lying down and had told "
                   "him no.",
                   "I drove straight to Wealdhurst, which took about three hours. When I got there she was in bed. "
                   "She repeated what had happened. I asked if she wanted to tell the police and she said yes if I "
                   "rang them. At 16:20 I rang 101 and a police officer came at about 6pm."])
    bl, st = mg11("weald", urn, w)
    c.add("stmt mother.rtf", "rtf", bl, st, D(2026, 5, 8), "MG11", "first_account", nb=1)

    c.add_raw("BWV_6612_020526_1805.mp4", lambda p: make_video(
        p, 4, ["BWV 6612  WEALDHURST POLICE", "2026-05-02  18:05  NH/3"], 31, start=(18, 5, 10),
        bg=(70, 64, 58), noise=10), "BWV")

    # PNB, CAD, crime report ---------------------------------------------------------
    st = dict(tess, head_right="PNB 6612/3 p.44 (typed)", font="mono", size=9)
    bl = [T("Notebook entry - PC 6612 HAQUE"),
          MONO("Sat 02/05/2026  URN 33WH0589226\n"
               "18:05 Student halls. Present IP Nadia KOWALCZYK + mother.\n"
               "18:10 IP: 'At the party Ellis came in where I was lying down. He put his hand up\n"
               "      my top and then put his fingers inside me. I said no. I pushed him.'\n"
               "18:16 FME offered - declined. Knickers handed over - NH/1.\n"
               "18:20 Screenshot of suspect's Snapchat shown - to be e-mailed (NH/2).\n"
               "18:31 Read over. IP agrees. (Sgd) N Kowalczyk")]
    c.add("PNB HAQUE p44.pdf", "pdf", bl, st, D(2026, 5, 3), "OTHER")

    st = dict(tess, head_right="Command and control", font="mono", size=8.5)
    bl = [T("Incident 0227 / 02-05-2026"),
          MONO("16:20 101 CALL  CALLER: TERESA KOWALCZYK (MOTHER OF VICTIM)   URN 33WH0589226\n"
               "16:21 DAUGHTER NADIA (19) SEXUALLY ASSAULTED AT A PARTY 41 CRANMER ROAD LAST NIGHT\n"
               "      BY MALE 'ELLIS' FROM HER HALLS. TOUCHED AND FINGERS INSIDE HER. SHE SAID NO.\n"
               "      VICTIM PRESENT WITH CALLER AND AGREES TO REPORT. NO INJURIES REQUIRING TREATMENT.\n"
               "16:25 EVIDENCE PRESERVATION ADVICE.\n"
               "17:40 PC 6612 ALLOCATED\n"
               "18:05 PC 6612 IN ATTENDANCE\n"
               "18:40 PC 6612: ACCOUNT TAKEN. FME DECLINED. CLOTHING SEIZED. SUSPECT ELLIS PRENDERGAST.\n"
               "19:02 CRIME WH-26-20931. RASSO TEAM NOTIFIED. CLOSED.")]
    c.add("CAD 0227 020526.pdf", "pdf", bl, st, D(2026, 5, 12), "INCIDENT_LOG")

    st = dict(tess, head_right="Crime WH-26-20931")
    bl = [T("Tessera crime record WH-26-20931"),
          KV([("URN", urn), ("Crime type", "Assault of a female by penetration (HO 20A); sexual assault (HO 17A)"),
              ("Date reported", "02/05/2026"), ("Date of offence", "02/05/2026 approx. 00:30"),
              ("Place", "41 Cranmer Road, Wealdhurst (upstairs bedroom)"), ("OIC", OIC),
              ("Victim", "Nadia KOWALCZYK, female, 19, student"), ("Protected characteristics",
                                                                   "Female; White - other (Polish heritage); no "
                                                                   "disability declared"),
              ("Suspect", "Ellis PRENDERGAST, 21, student - not yet arrested"), ("Status", "Early advice requested")], 1),
          H("Log"),
          TB(["Date", "Officer", "Entry"], [
              ["02/05/2026", "PC 6612", "Initial account; NH/1 seized; FME declined."],
              ["03/05/2026", "PC 6612", "ISVA referral made."],
              ["04/05/2026", "DC 2290", "ABE plan prepared."],
              ["05/05/2026", "DC 2290", "ABE interview. s.28 explained - wants it. VPS offered."],
              ["07/05/2026", "DC 2290", "Statement J ADEYEMI; JA/1 screenshots."],
              ["08/05/2026", "DC 3106", "Statement T KOWALCZYK."],
              ["12/05/2026", "DC 2290", "PNC checks suspect and witnesses."],
              ["13/05/2026", "DS 1044", "Early advice MG3 reviewed and sent."]], [15, 12, 73])]
    c.add("Tessera crime WH-26-20931.pdf", "pdf", bl, st, D(2026, 5, 12), "CRIME_REPORT")

    st = dict(tess, head_right="PNC")
    bl = [T("PNC / PND checks"),
          KV([("URN", urn), ("Checked by", OIC), ("Date", "12/05/2026")], 2),
          TB(["Name", "Role", "Result"], [
              ["Ellis PRENDERGAST (born 2004)", "Suspect", "No trace on PNC. No intelligence on PND."],
              ["Nadia KOWALCZYK", "Complainant", "No trace"],
              ["Jess ADEYEMI", "Witness - first account", "No trace"],
              ["Teresa KOWALCZYK", "Witness - first account", "No trace"]], [35, 25, 40]),
          P("Nil return for all prosecution witnesses: no previous convictions, cautions or pending matters.")]
    c.add("PNC checks 120526.pdf", "pdf", bl, st, D(2026, 5, 12), "PNC")

    st = dict(tess, head_right="MG12")
    bl = [T("Exhibit list (MG12)"),
          KV([("URN", urn), ("Date", "13/05/2026")], 2),
          TB(["Exhibit", "Description", "Produced by"], [
              ["FL/1", "Working copy of ABE interview of Nadia KOWALCZYK, 05/05/2026", "DC 2290 F LOCKHART"],
              ["NH/1", "Knickers worn by N KOWALCZYK, sealed", "PC 6612 N HAQUE"],
              ["NH/2", "Screenshot of Snapchat message from suspect, 02/05/2026", "PC 6612 N HAQUE"],
              ["NH/3", "Body-worn video of PC 6612 HAQUE, 02/05/2026 18:05-18:40 (BWV_6612_020526_1805.mp4)",
               "PC 6612 N HAQUE"],
              ["JA/1", "Screenshots of Snapchat messages N KOWALCZYK / J ADEYEMI, 02/05/2026 01:10 onward",
               "Jess ADEYEMI"]], [12, 60, 28])]
    c.add("exhibit list.pdf", "pdf", bl, st, D(2026, 5, 13), "MG12")

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "rebuttable_presumption", "dig_dpn", "dig_prop",
        "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care",
        "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case D: "R v CROSSLEY" (Fenholt Constabulary)  COMPLIANT, charging
# Male child complainant (now 17), ABE in two parts with a registered
# intermediary, teacher + mother first accounts, school records request.
# ---------------------------------------------------------------------------
def case_d(outdir):
    urn = "58FH0732926"
    c = Case(outdir, "R v CROSSLEY", "charging", 0, urn)
    OIC = "DC 6019 Martin OYELARAN"
    hearth = dict(head_left="OFFICIAL-SENSITIVE", head_right="Fenholt Constabulary - HEARTH RMS",
                  foot="URN 58FH0732926 - Page {p} of {nb}", meta_author="M Oyelaran", size=9.5)

    # MG3 (RTF) ---------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG3", foot="MG3 R v CROSSLEY - page {p} of {nb}",
              meta_author="M Oyelaran", meta_title="MG3 CROSSLEY")
    bl = [T("MG3 - Report to Crown Prosecutor for Charging Decision"),
          S("Fenholt Constabulary - Child Abuse Investigation Unit (RASSO)"),
          KV([("URN", urn), ("Date of submission", "20/03/2026"),
              ("Suspect", "CROSSLEY, Ross Anthony - DOB 07/10/1987"),
              ("Offences", "Sexual activity with a child (SOA 2003 s.9) x 2; causing or inciting a child to engage "
                           "in sexual activity (s.10) x 1"),
              ("Complainant", "MORROW, Jayden - DOB 14/07/2008 (aged 15 at the time; 17 now)"),
              ("Officer in the case", OIC), ("OIC phone", "01632 960915 (direct)"),
              ("OIC e-mail", "martin.oyelaran@fenholt.police.example")], 1),
          H("Decision sought"),
          P("A charging decision applying the Full Code Test."),
          H("Early advice"),
          P("Early advice was sought on 22/01/2026 after the ABE interview and received by e-mail on 28/01/2026 "
            "(copy attached). The prosecutor agreed the arrest strategy, the limits of the school records request "
            "and the parameters for examining the suspect's phone. All points have been actioned."),
          H("Case summary"),
          P("CROSSLEY was the volunteer coach of the Hartsmere Juniors FC under-16 team in the 2023-24 season. "
            "Jayden MORROW played for the team. Jayden describes three incidents: (1) on 16/09/2023, at the Seabrook "
            "Lodge Hotel during an away tournament, CROSSLEY called him to his room (214) 'to talk tactics' and "
            "touched his penis under his clothing; (2) on 24/02/2024, in the club minibus returning from the Brackley "
            "Cup, CROSSLEY, sitting beside him in the back row, touched his groin over his clothing; (3) on "
            "11/05/2024, at CROSSLEY's home, 5 Orchard Rise, Hartsmere, after a team barbecue, CROSSLEY told him to "
            "touch CROSSLEY's penis and he did. He told nobody until 12/01/2026."),
          H("The complainant's evidence"),
          P("Video-recorded (ABE) interview on 20/01/2026 by DC 7781 RAI with Registered Intermediary Beth "
            "CALLOWAY present. There was a break after 35 minutes, so the recording is in two parts (SR/1 and SR/2), "
            "both attached in the VRI folder with one index covering both parts, and DC RAI's statement exhibiting "
            "them. The interview plan and the intermediary's assessment report are attached."),
          H("First complaint"),
          P("On 12/01/2026 Jayden handed a note to a teacher at his school, his form tutor, saying 'Ross did stuff "
            "to me when I played for Hartsmere and I can't stop thinking about it'. She took it to the designated "
            "safeguarding lead, who called the police. That evening he told his mother more. Statements from his "
            "form tutor and his mother are attached; the school's safeguarding log entry for the disclosure has been "
            "obtained and is attached."),
          H("Suspect's account"),
          P("Arrested 02/02/2026 and interviewed with a solicitor. His solicitor read a prepared statement: he "
            "denies any sexual contact with Jayden or any child, says he was never alone with Jayden in his hotel "
            "room, that the minibus was full and he always drove it, and that the barbecue was attended by the whole "
            "team and parents. He then answered 'no comment' to all questions. The defence is denial, with a "
            "suggestion that there was no opportunity."),
          H("Lines of enquiry - including those which may undermine the case or assist the suspect"),
          TB(["Enquiry", "Result"], [
              ["Opportunity: club records of the tournaments, hotel room list and minibus driver rota (club secretary "
               "Graham TOWNLEY)", "Supports opportunity for (1): CROSSLEY alone in room 214. For (2) the rota shows "
               "a parent, not CROSSLEY, drove on 24/02/2024, which is consistent with Jayden's account that CROSSLEY "
               "sat in the back. Statement attached."],
              ["Other players and parents present on the three dates", "Points both ways. Nine families spoken to "
               "(list on MG6C). Nobody saw anything of concern; two parents describe CROSSLEY as 'always with the "
               "lads'. None of them said anything that undermines Jayden's account, and none are relied on."],
              ["Suspect's phone (seized on arrest)", "Examined only for contact with Jayden, 01/06/2023 to "
               "02/02/2026: one WhatsApp message, 04/05/2024 22:14, 'remember what we said, our secret ok? you're "
               "my top player'. Report attached."],
              ["Other complaints / intelligence about CROSSLEY", "PNC: no trace. LADO and club welfare officer "
               "checks: no previous concerns recorded."],
              ["School records (attendance; safeguarding log)", "Request made under the Victims and Prisoners Act "
               "provisions with written notice to Jayden and his mother; see below."],
              ["Whether Jayden has motive to invent (points away)", "Jayden was dropped from the team in June 2024. "
               "This is recorded on the MG6C and in the DMD as a matter that may assist the defence."]], [35, 65]),
          P("Jayden's own phone has not been examined and no request has been made for it: he says he never "
            "messaged CROSSLEY about what happened and deleted the WhatsApp chat in 2024, and the chat has been "
            "recovered from CROSSLEY's phone instead."),
          H("Third party material"),
          P("On 26/01/2026 we asked Hartsmere Academy for two things only: the safeguarding log entry of 12/01/2026, "
            "because it is the record of his first complaint, and his attendance for the three dates, because "
            "Jayden says he missed school on 17/09/2023 after the hotel trip. The request explains why each item is "
            "a reasonable line of enquiry and why nothing wider is needed. Jayden and his mother were given written "
            "notice on the same day, before the request was sent. Counselling or health records have not been "
            "requested."),
          H("Outstanding"),
          P("No further enquiries are outstanding."),
          H("Forensic and medical"),
          P("The last incident was in May 2024, so no forensic medical examination was indicated and there is no "
            "forensic evidence."),
          H("Bail"),
          P("Pre-charge bail to 02/05/2026 (authorised by Inspector WEBB, extended by Superintendent LAIRD on "
            "27/02/2026). Conditions: not to contact Jayden MORROW or his family directly or indirectly; no "
            "unsupervised contact with any child under 18 other than in the presence of a person approved by "
            "children's services; not to attend Hartsmere Juniors FC or any youth football fixture. The club has "
            "suspended him."),
          H("Victim and witness care"),
          P("Special measures: MG2 attached. Jayden is eligible as a child witness (YJCEA s.16(1)(a)) and as the "
            "complainant of a sexual offence (s.17(4)). He has a diagnosis of autism. The registered intermediary "
            "assessed him on 15/01/2026 and recommends an intermediary at trial. He wants his ABE as his "
            "evidence-in-chief and wants his cross-examination pre-recorded under s.28; he would like a live link "
            "from a room away from the court building. He will be 18 on 14/07/2026; please note this for the "
            "application."),
          P("Needs: he finds telephone calls hard; contact through his mother by text. Children's ISVA referral "
            "made 13/01/2026 (Fenholt Children's ISVA, Zoe HANLEY). VPS offered to Jayden on 20/01/2026; he wants "
            "to make one later, with his ISVA's help."),
          H("Disclosure"),
          P("MG6C, MG6D and a Disclosure Management Document are attached. The incident log, crime report, PC "
            "FAHY's notebook record and the school safeguarding log entry (first complaint) and the witness "
            "conviction checks are sent with this file."),
          H("Supervisor"),
          P("Reviewed and endorsed: DS 2215 Claire BASSETT, 20/03/2026.")]
    c.add("MG3.rtf", "rtf", bl, st, D(2026, 3, 20), "MG3", nb=4)

    # Early advice e-mail --------------------------------------------------------
    st = dict(head_left="", head_right="", font="sans", size=9.5, meta_author="Outlook")
    bl = [MONO("From:    Ayesha QURESHI (CPS RASSO Midlands-West) <ayesha.qureshi@cps.example>\n"
               "Sent:    28 January 2026 15:12\n"
               "To:      OYELARAN Martin DC 6019 <martin.oyelaran@fenholt.police.example>\n"
               "Subject: EARLY ADVICE - R v CROSSLEY - URN 58FH0732926"),
          RULE(),
          P("Martin,"),
          P("Thank you for the early advice request of 22/01/2026. My advice is as follows."),
          P("1. Arrest and interview: agreed. Please put the hotel, minibus and barbecue in turn and put the 'our "
            "secret' message if it is recovered."),
          P("2. Suspect's phone: examine for contact with Jayden from June 2023 to the date of arrest. I do not "
            "advise a wider examination at this stage."),
          P("3. School: the safeguarding log entry of the disclosure and his attendance on the three dates are "
            "reasonable lines of enquiry. Nothing else from the school is needed. Remember the notice to Jayden and "
            "his mother before the request goes."),
          P("4. No request for Jayden's phone is needed on what we know now."),
          P("Regards, Ayesha QURESHI, Senior Crown Prosecutor")]
    c.add("EA email CPS 28-01-26.pdf", "pdf", bl, st, D(2026, 1, 28, 15), ["EARLY_ADVICE", "CORRESPONDENCE"])

    # ABE parts + index ------------------------------------------------------------
    c.add_raw("VRI/JM_VRI_part1.mp4", lambda p: make_video(
        p, 3, ["FENHOLT VRI - SUITE 2", "20/01/2026 PART 1 SR/1"], 41, start=(10, 0, 0)), "ABE_RECORDING")
    c.add_raw("VRI/JM_VRI_part2.mp4", lambda p: make_video(
        p, 3, ["FENHOLT VRI - SUITE 2", "20/01/2026 PART 2 SR/2"], 42, start=(10, 47, 0)), "ABE_RECORDING")
    st = dict(hearth, docx_font="Calibri")
    bl = [T("Index of Video Recorded Interview - parts 1 and 2"),
          KV([("URN", urn), ("Witness", "Jayden MORROW (complainant)"), ("Date", "20/01/2026"),
              ("Interviewer", "DC 7781 Sunita RAI"), ("Intermediary", "Beth CALLOWAY (Registered Intermediary)"),
              ("Monitor", "DC 6019 M OYELARAN"),
              ("Part 1", "JM_VRI_part1.mp4 - exhibit SR/1 - 10:00 to 10:35"),
              ("Part 2", "JM_VRI_part2.mp4 - exhibit SR/2 - 10:47 to 11:29")], 1),
          H("Part 1 (SR/1)"),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions; the intermediary explains the 'stop' card and visual timeline."],
              ["00:06", "Joining Hartsmere Juniors; Ross as coach; 'he picked me for everything'."],
              ["00:14", "Seabrook tournament, September 2023: Ross asked him to room 214 to talk tactics; touched "
                        "his penis under his tracksuit; told him not to tell."],
              ["00:27", "Missed school the Monday after because he 'felt sick about it'."],
              ["00:33", "Intermediary requests a break."]], [12, 88]),
          H("Part 2 (SR/2)"),
          TB(["Time", "Summary"], [
              ["00:00", "Resumes. Minibus back from the Brackley Cup, February 2024: Ross sat next to him at the "
                        "back; a parent was driving; Ross put his hand on his groin over his shorts under a coat."],
              ["00:15", "Barbecue at Ross's house, May 2024: others in the garden; Ross took him upstairs to 'get a "
                        "signed shirt' and told him to touch him; describes it."],
              ["00:29", "The 'our secret' message; deleting the chat; being dropped from the team in June 2024."],
              ["00:36", "Telling his form tutor with a note; telling his mum."],
              ["00:40", "Closure."]], [12, 88]),
          P("Prepared by DC 7781 S RAI, 22/01/2026.")]
    c.add("VRI/Index of VRI parts 1 and 2.docx", "docx", bl, st, D(2026, 1, 22), "ABE_SUMMARY", nb=2)

    st = dict(hearth, head_right="ABE interview plan")
    bl = [T("ABE Interview Plan - Jayden MORROW"),
          KV([("URN", urn), ("Prepared", "16/01/2026"), ("By", "DC 7781 S RAI with B CALLOWAY (RI)"),
              ("Interview", "20/01/2026 10:00, Suite 2")], 2),
          H("Witness"),
          P("Age 17. Autism diagnosis. Intermediary recommends: one question at a time; avoid tag questions and "
            "figures of speech; visual timeline; breaks every 20-30 minutes or when he uses the stop card."),
          H("Objectives and topics"),
          P("Three incidents in sequence; first disclosure; messages; any other contact with the suspect."),
          H("Practicalities"),
          P("Mother to wait nearby but not in the room, at Jayden's request. Monitor: DC OYELARAN.")]
    c.add("ABE plan - JM.pdf", "pdf", bl, st, D(2026, 1, 16), "ABE_PLAN")

    st = dict(hearth, head_right="Registered Intermediary report")
    bl = [T("Registered Intermediary Assessment Report"),
          KV([("Witness", "Jayden MORROW"), ("Police URN", urn), ("Intermediary", "Beth CALLOWAY, RI no. 0731"),
              ("Assessment", "15/01/2026, Fenholt CAIU")], 2),
          P("Jayden has a diagnosis of autism. He understands simple, literal questions well but can answer "
            "'yes' to long or multi-part questions without following them. He needs processing time and regular "
            "breaks. I recommend that I am present at the ABE interview and at trial, and that a ground rules hearing "
            "takes place before any cross-examination, which should be pre-recorded (s.28) if possible."),
          P("Beth CALLOWAY (signed) 15/01/2026")]
    c.add("RI assessment report.pdf", "pdf", bl, st, D(2026, 1, 15), ["OTHER", "THIRD_PARTY"])

    # Statements (docx, e-signed) -------------------------------------------------
    def fen(name, occ, date, body, nb=1, esig=None, fname=None, role=None, dt=None):
        w = dict(name=name, age="Over 18", occ=occ, date=date,
                 sig=esig or ("Electronically signed by %s on %s (HEARTH e-signature)" % (name, date)), body=body)
        bl, st = mg11("fen", urn, w)
        c.add(fname, "docx", bl, st, dt, "MG11", role, nb=nb)

    fen("Sunita RAI", "Detective Constable 7781", "22/01/2026",
        ["I am a Detective Constable in the Child Abuse Investigation Unit and am trained to conduct Achieving Best "
         "Evidence interviews with children and vulnerable witnesses.",
         "On 20/01/2026 at Fenholt CAIU Suite 2 I interviewed Jayden MORROW on video. Registered Intermediary Beth "
         "CALLOWAY was present. The interview ran from 10:00 to 10:35, then, after a break the intermediary asked "
         "for, from 10:47 to 11:29.",
         "The two parts were recorded as separate files. I produce the working copy of part 1 "
         "(JM_VRI_part1.mp4) as exhibit SR/1 and of part 2 (JM_VRI_part2.mp4) as exhibit SR/2. The master copies "
         "are sealed and stored in the CAIU evidence safe.",
         "The interview plan, which I drew up with the intermediary on 16/01/2026, is retained with the case "
         "papers."],
        fname="MG11 DC RAI.docx", role="officer", dt=D(2026, 1, 22))
    fen("Colm FAHY", "Police Constable 3390", "12/01/2026",
        ["I am a Police Constable with Fenholt Constabulary at Hartsmere.",
         "At 13:52 on Monday 12/01/2026 I was sent to Hartsmere Academy following a call from the designated "
         "safeguarding lead (incident 0388). I arrived at 14:30 and was the first officer to attend.",
         "I spoke to Mrs Karen LOWE, the designated safeguarding lead, and to Ms NANDAKUMAR, who showed me a "
         "handwritten note. I then spoke briefly to Jayden MORROW in Mrs LOWE's office. I did not ask him for "
         "details because I knew a video interview would follow. He told me that 'Ross, my old football coach' had "
         "touched him 'in private places' on trips with the team when he was fifteen. I wrote this in my pocket "
         "notebook (PNB 3390/22, page 8) at 14:41.",
         "I was not wearing a body-worn camera, because the school asked that no filming take place in the "
         "building and a camera was not needed for a brief account.",
         "I seized the note, which I produce as exhibit CF/1, and I informed the Child Abuse Investigation Unit."],
        fname="MG11 PC FAHY.docx", role="officer", dt=D(2026, 1, 12, 18))
    fen("Priya NANDAKUMAR", "Teacher, Hartsmere Academy", "14/01/2026",
        ["I am a teacher at Hartsmere Academy and Jayden MORROW's form tutor. I have known him since September "
         "2024.",
         "On Monday 12 January 2026 at about 08:45, at the end of registration, Jayden stayed behind and handed me "
         "a folded note. He did not say anything and left. The note said: 'Ross did stuff to me when I played for "
         "Hartsmere and I can't stop thinking about it'.",
         "At break I asked Jayden to come to my room. He was very quiet and looked at the floor. I asked him if he "
         "wanted to tell me anything more. He said Ross was his old football coach and that 'he touched me, down "
         "there, more than once'. He said it happened when he was 15. I did not ask him any more questions. I told "
         "him I had to pass this on to keep him safe, and he nodded.",
         "I took the note straight to Mrs LOWE, the designated safeguarding lead, and recorded what Jayden had "
         "said on the school's safeguarding system at 11:05. I later gave the note to PC FAHY."],
        esig="Electronically signed by Priya NANDAKUMAR at 16:42 on 14/01/2026",
        fname="MG11 NANDAKUMAR.docx", role="first_account", dt=D(2026, 1, 14, 17))
    fen("Denise MORROW", "Care worker", "15/01/2026",
        ["I am Jayden MORROW's mother. Jayden lives with me in Hartsmere.",
         "On Monday 12 January 2026 the school phoned me at work and told me Jayden had told a teacher something "
         "about his old football coach and that the police had been informed. I went home early.",
         "When Jayden came in at about 16:30 I told him he was not in trouble. He sat on the stairs and cried. He "
         "told me that Ross CROSSLEY had touched his private parts at the hotel at the Seabrook tournament and "
         "again in the minibus, and that at the barbecue at Ross's house Ross had made him touch him. He said Ross "
         "told him it was their secret. He said he had not told me because he thought I would be angry that he "
         "had kept going to training.",
         "I remember Jayden being off school, saying he felt sick, after the Seabrook trip in September 2023. I "
         "also remember he became withdrawn in 2024 and stopped wanting to play football."],
        fname="MG11 D MORROW.docx", role="first_account", dt=D(2026, 1, 15))
    fen("Graham TOWNLEY", "Club secretary, Hartsmere Juniors FC (retired accountant)", "05/02/2026",
        ["I have been the volunteer secretary of Hartsmere Juniors FC since 2019. I keep the club's records of "
         "fixtures, tournaments, travel and accommodation.",
         "The under-16 team attended the Seabrook Tournament on 16-17/09/2023 and stayed at the Seabrook Lodge "
         "Hotel. I booked the rooms. Ross CROSSLEY had room 214 on his own. Jayden MORROW shared room 216 with two "
         "other players.",
         "On 24/02/2024 the team travelled to the Brackley Cup in the club minibus. My driver rota shows that a "
         "parent, Mr Dean HOLT, drove both ways that day, not Ross CROSSLEY.",
         "On 11/05/2024 Ross CROSSLEY hosted an end-of-season barbecue for the team and parents at his home.",
         "I produce a copy of the tournament booking, the room list and the minibus rota as exhibit GT/1."],
        fname="MG11 TOWNLEY.docx", role="witness", dt=D(2026, 2, 5))

    # PNB FAHY --------------------------------------------------------------------
    st = dict(hearth, head_right="PNB 3390/22 p.8", font="mono", size=9)
    bl = [T("Pocket notebook PC 3390 FAHY - page 8 (typed copy)"),
          MONO("Mon 12/01/2026 - Hartsmere Academy - URN 58FH0732926\n"
               "14:30 Arr. Seen Mrs K LOWE (DSL), Ms P NANDAKUMAR (form tutor).\n"
               "14:36 Note handed over - CF/1.\n"
               "14:41 Jayden MORROW (17) in DSL office. States: 'Ross, my old football coach,\n"
               "      touched me in private places on trips with the team. I was fifteen.'\n"
               "      No further questions - ABE to follow. CAIU informed 14:50.")]
    c.add("PNB FAHY.pdf", "pdf", bl, st, D(2026, 1, 13), "OTHER")

    # Third party: request, notice, returned material ------------------------------------
    st = dict(hearth, head_right="Third party material request")
    bl = [T("Request for third party material - Hartsmere Academy"),
          KV([("URN", urn), ("Date", "26/01/2026"), ("From", OIC), ("To", "Mrs Karen LOWE, Designated Safeguarding "
                                                                          "Lead")], 2),
          H("What we are asking for"),
          P("(a) The safeguarding log entry made on 12/01/2026 recording Jayden MORROW's disclosure. (b) Jayden's "
            "attendance record for 18/09/2023, 26/02/2024 and 13/05/2024 only."),
          H("Why - the reasonable line of enquiry"),
          P("(a) is the written record of the complainant's first complaint, which the prosecutor must see and "
            "which the defence may be entitled to. (b) tests a detail of his account: he says he missed school the "
            "school day after the hotel trip. The other dates are the first school days after the other two "
            "incidents."),
          H("Why this is necessary and proportionate"),
          P("Only the two entries above are sought. We are not asking for his pupil file, behaviour, SEN, pastoral, "
            "counselling or health records, because nothing in the investigation suggests they are relevant. "
            "Counselling notes are not requested."),
          H("Notice to the complainant"),
          P("Jayden and his mother were given written notice of this request today, before it was sent (copy "
            "retained)."),
          P("DC 6019 M OYELARAN (signed)")]
    c.add("TPR school 26-01-26.pdf", "pdf", bl, st, D(2026, 1, 26), ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"])

    st = dict(hearth, head_right="Notice to complainant")
    bl = [T("Notice of a request for information about you"),
          S("Police, Crime, Sentencing and Courts Act 2022, s.44B - written notice"),
          KV([("To", "Jayden MORROW and Denise MORROW (parent)"), ("Date", "26/01/2026"), ("URN", urn),
              ("Officer", OIC)], 2),
          P("We are going to ask Hartsmere Academy for two pieces of information about you: the note the school "
            "made when you told your teacher on 12 January 2026, and your attendance on three school days "
            "(18/09/2023, 26/02/2024 and 13/05/2024)."),
          P("Why: the school's note is a record of when you first told someone, and your attendance can help "
            "check a detail you gave in your interview."),
          P("How it will be handled: the information will be kept securely, seen only by the investigation team and "
            "the CPS, and will only be shared with the defence if the law requires it. We will not ask for anything "
            "else from the school."),
          P("You can talk to your ISVA or to me about this at any time."),
          P("Handed to Jayden and Denise MORROW at their home at 17:15 on 26/01/2026 by DC OYELARAN. Received: "
            "D Morrow (signed).")]
    c.add("notice to JM re school records.pdf", "pdf", bl, st, D(2026, 1, 26), ["CORRESPONDENCE", "OTHER"])

    st = dict(head_left="CONFIDENTIAL", head_right="Hartsmere Academy", foot="Page {p} of {nb}", size=9.5)
    bl = [T("Safeguarding log - extract supplied to police"),
          KV([("Pupil", "Jayden MORROW (Y13)"), ("Supplied", "09/02/2026 in response to request of 26/01/2026"),
              ("Police URN", urn)], 1),
          TB(["Date/time", "Recorded by", "Entry"], [
              ["12/01/2026 11:05", "P NANDAKUMAR", "At registration J handed me a note: 'Ross did stuff to me when I "
                                                   "played for Hartsmere and I can't stop thinking about it'. At "
                                                   "break he said Ross was his old football coach and 'he touched me, "
                                                   "down there, more than once', aged 15. Passed to DSL with note."],
              ["12/01/2026 13:20", "K LOWE (DSL)", "Police called (Fenholt, 101). Parent informed 13:40."]],
             [18, 17, 65]),
          H("Attendance"),
          TB(["Date", "Mark"], [["18/09/2023", "Absent - illness (parent phoned)"], ["26/02/2024", "Present"],
                                ["13/05/2024", "Present"]], [30, 70])]
    c.add("Hartsmere Academy safeguarding log extract.pdf", "pdf", bl, st, D(2026, 2, 9), "THIRD_PARTY")

    # Suspect interview ------------------------------------------------------------------
    st = dict(hearth, head_right="Interview record")
    bl = [T("Prepared Statement and Short Descriptive Note of Interview"),
          KV([("Interviewee", "Ross Anthony CROSSLEY"), ("URN", urn), ("Date", "02/02/2026"),
              ("Place", "Fenholt Custody, Room 2"), ("Times", "13:04-13:41"),
              ("Officers", "DC 6019 OYELARAN, DC 7781 RAI"), ("Solicitor", "Mr Hugh PENNANT, Pennant & Co")], 2),
          H("Prepared statement (read by Mr PENNANT at 13:07)"),
          BOX("I, Ross CROSSLEY, deny that I have ever touched Jayden MORROW in a sexual way or asked him to touch "
              "me. I have never behaved sexually towards any child. At the Seabrook tournament I had my own room "
              "and no player came into it. On the minibus I was always either driving or sitting at the front. The "
              "barbecue at my house was attended by the whole squad and their parents and I was never alone with "
              "Jayden. I have nothing further to add. Signed R Crossley 02/02/2026."),
          H("Short descriptive note"),
          P("Following the prepared statement CROSSLEY answered 'no comment' to all questions, including questions "
            "about room 214, the minibus seating, the upstairs of his house during the barbecue and the WhatsApp "
            "message of 04/05/2024. Special warnings were not given."),
          P("SDN completed by DC 6019 OYELARAN, 03/02/2026.")]
    c.add("prepared statement and SDN - CROSSLEY.pdf", "pdf", bl, st, D(2026, 2, 3), "ROTI")

    st = dict(hearth, head_right="Digital Forensic Unit")
    bl = [T("Mobile Device Examination Report"),
          KV([("URN", urn), ("Device", "Samsung Galaxy S22 seized from Ross CROSSLEY on arrest (MO/3)"),
              ("Authority", "Seized under PACE s.32; examination authorised by DI FRAME 03/02/2026"),
              ("Parameters", "WhatsApp, SMS, call log and contacts - communications with Jayden MORROW's number only - "
                             "01/06/2023 to 02/02/2026"),
              ("Examiner", "DFU examiner Lewis OKORO"), ("Report date", "10/03/2026")], 1),
          TB(["Date/time", "Direction", "Content"], [
              ["14/09/2023 19:40", "Out", "Seabrook kit list attached, don't forget boots"],
              ["17/09/2023 21:02", "Out", "Good weekend lad. Keep it between us x"],
              ["04/05/2024 22:14", "Out", "remember what we said, our secret ok? you're my top player"],
              ["12/06/2024 18:30", "Out", "Sorry mate, not selected for next season"]], [22, 12, 66]),
          P("41 messages in range in total; all listed in the full report held by the DFU.")]
    c.add("suspect phone report.pdf", "pdf", bl, st, D(2026, 3, 10), "DIGITAL_EXTRACT")

    # PNC ------------------------------------------------------------------------------
    st = dict(hearth, head_right="PNC", font="mono", size=9)
    bl = [T("PNC print"),
          MONO("CROSSLEY ROSS ANTHONY  07/10/1987   PNCID 26/0049117K\n"
               "NO CONVICTIONS  NO CAUTIONS  NO WARNING SIGNALS\n"
               "ARREST 02/02/2026 FENHOLT - SEXUAL ACTIVITY WITH A CHILD - BAILED\n"
               "URN 58FH0732926   PRINTED 19/03/2026")]
    c.add("PNC CROSSLEY.pdf", "pdf", bl, st, D(2026, 3, 19), "PNC")

    st = dict(hearth, docx_font="Calibri")
    bl = [T("Witness convictions - nil return"),
          KV([("URN", urn), ("Date", "19/03/2026"), ("Checked by", OIC)], 2),
          TB(["Witness", "Type", "PNC/PND"], [
              ["Jayden MORROW", "Complainant", "No trace"],
              ["Priya NANDAKUMAR", "First complaint (teacher)", "No trace"],
              ["Denise MORROW", "First complaint (mother)", "No trace"],
              ["Graham TOWNLEY", "Witness (club secretary)", "No trace"]], [35, 35, 30]),
          P("No prosecution witness has any previous conviction or caution.")]
    c.add("witness PNC.docx", "docx", bl, st, D(2026, 3, 19), "PNC", nb=1)

    # CAD, crime ---------------------------------------------------------------------------
    st = dict(hearth, head_right="Command & Control", font="mono", size=8.5)
    bl = [T("Incident 0388 - 12/01/2026"),
          MONO("13:20 CALL FROM HARTSMERE ACADEMY DSL MRS K LOWE  URN 58FH0732926\n"
               "      Y13 PUPIL (17) DISCLOSED TO TUTOR BY NOTE THAT FORMER FOOTBALL COACH 'ROSS'\n"
               "      'DID STUFF' TO HIM AGED 15. PUPIL AT SCHOOL, SAFE. PARENT BEING INFORMED.\n"
               "13:52 PC 3390 ALLOCATED\n"
               "14:30 PC 3390 AT SCHOOL\n"
               "14:55 PC 3390: BRIEF ACCOUNT. SUSPECT ROSS CROSSLEY (COACH HARTSMERE JUNIORS FC)\n"
               "      NOTE SEIZED CF/1. CAIU ACCEPT. STRATEGY DISCUSSION REQUESTED.\n"
               "15:30 CRIME FH-26-004107 CREATED. CLOSED.")]
    c.add("incident 0388 12-01-26.pdf", "pdf", bl, st, D(2026, 3, 19), "INCIDENT_LOG")

    st = dict(hearth, head_right="HEARTH crime record")
    bl = [T("HEARTH - Crime FH-26-004107"),
          KV([("URN", urn), ("Offences", "Sexual activity with a child (HO 22B) x2; causing/inciting (HO 22B) x1"),
              ("Dates", "16/09/2023; 24/02/2024; 11/05/2024"), ("Reported", "12/01/2026"),
              ("Victim", "Jayden MORROW, male, now 17 - autism (declared)"), ("Suspect", "Ross CROSSLEY, 38"),
              ("OIC", OIC), ("Status", "Submitted to CPS for charging decision 20/03/2026")], 1),
          H("Key actions"),
          TB(["Date", "Action"], [
              ["12/01/2026", "Disclosure at school; PC 3390 attended; CF/1 seized."],
              ["13/01/2026", "Strategy discussion; CHISVA referral."],
              ["15/01/2026", "RI assessment."],
              ["20/01/2026", "ABE (2 parts). s.28 explained. VPS offered."],
              ["26/01/2026", "School request; written notice to J and parent."],
              ["02/02/2026", "Arrest, interview, bail; phone seized."],
              ["10/03/2026", "Phone report."]], [20, 80])]
    c.add("HEARTH crime FH-26-004107.pdf", "pdf", bl, st, D(2026, 3, 19), "CRIME_REPORT")

    # Schedules --------------------------------------------------------------------------
    st = dict(hearth, docx_font="Calibri", head_right="MG6C")
    bl = [T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
          KV([("R v", "Ross Anthony CROSSLEY"), ("URN", urn), ("Disclosure officer", OIC), ("Page", "1 of 1")], 2),
          TB(["Item", "Description and relative location", "Location", "Comment"], [
              ["1", "Incident log 0388, 12/01/2026 (call from school DSL)", "Copy with file", "RP - sent"],
              ["2", "Crime record FH-26-004107 with action log", "Copy with file", "RP - sent"],
              ["3", "PC 3390 FAHY notebook 3390/22 p.8 - first account at school 14:41", "Copy with file",
               "First complaint - sent"],
              ["4", "Witness conviction checks - nil return, 19/03/2026", "Copy with file", "RP - sent"],
              ["5", "ABE interview plan, DC RAI / RI CALLOWAY, 16/01/2026", "Copy with file", "-"],
              ["6", "Notes of visits to nine families of 2023-24 under-16 squad (list of names, dates, DC "
                    "OYELARAN), 09-20/02/2026: none saw anything of concern", "OIC file", "CPS to consider"],
              ["7", "Suspect's WhatsApp message of 12/06/2024 telling J MORROW he was not selected for the "
                    "2024-25 squad (DFU report on MO/3, page 1)", "Copy with file (suspect phone report)",
               "May assist defence (motive) - sent"],
              ["8", "Strategy discussion minutes 13/01/2026 - non-sensitive summary", "OIC file", "-"],
              ["9", "Custody record CROSSLEY 02/02/2026", "Custody system", "-"],
              ["10", "Search record 5 Orchard Rise 02/02/2026 (nothing of note seized other than phone MO/3)",
               "OIC file", "-"],
              ["11", "Pre-interview disclosure to Mr PENNANT 02/02/2026", "OIC file", "-"],
              ["12", "LADO and club welfare officer e-mails 04/02/2026 confirming no previous concerns", "OIC file",
               "-"]], [7, 55, 18, 20])]
    c.add("schedule MG6C.docx", "docx", bl, st, D(2026, 3, 19), "MG6C", nb=1)

    st = dict(hearth, docx_font="Calibri", head_right="MG6D")
    bl = [T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          KV([("R v", "Ross Anthony CROSSLEY"), ("URN", urn), ("Disclosure officer", OIC)], 2),
          TB(["Item", "Description", "Reason for sensitivity"], [
              ["1", "Hartsmere Academy safeguarding log extract and attendance (supplied 09/02/2026)",
               "Third party confidential school record of a child - copy with file"],
              ["2", "Registered Intermediary assessment report, 15/01/2026", "Complainant's health and "
                                                                              "communication needs - copy with file"],
              ["3", "Strategy discussion minutes 13/01/2026 (full)", "Children's social care information"],
              ["4", "Children's ISVA referral, 13/01/2026", "Complainant's personal details"]], [7, 55, 38])]
    c.add("schedule MG6D.docx", "docx", bl, st, D(2026, 3, 19), "MG6D", nb=1)

    st = dict(hearth, head_right="DMD")
    bl = [T("Disclosure Management Document"),
          KV([("R v", "Ross Anthony CROSSLEY"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "19/03/2026")], 2),
          H("1. Reasonable lines of enquiry"),
          P("As set out in the MG3: opportunity (club records), other squad members and parents, the suspect's "
            "phone, school records (limited), intelligence and LADO checks."),
          H("2. Digital strategy"),
          P("Suspect's phone: communications with the complainant only, 01/06/2023 - 02/02/2026. Complainant's "
            "phone: not examined and not requested - he deleted the chat in 2024 and it was recovered from the "
            "suspect's phone; no other digital line of enquiry relating to his device has been identified."),
          H("3. Third party material"),
          P("School: safeguarding log entry and three attendance marks only, with written notice to the complainant. "
            "No health, counselling or social care records have been requested."),
          H("4. Material that may assist the defence"),
          P("The complainant was not selected for the 2024-25 squad (MG6C item 7; message in the phone report)."),
          P("M OYELARAN DC 6019 (signed)")]
    c.add("DMD R v CROSSLEY.pdf", "pdf", bl, st, D(2026, 3, 19), "DMD")

    st = dict(hearth, docx_font="Calibri", head_right="MG2")
    bl = [T("MG2 - Special Measures Assessment"),
          KV([("URN", urn), ("Witness", "Jayden MORROW"), ("Discussed with witness and parent", "20/01/2026"),
              ("Officer", "DC 7781 RAI")], 2),
          TB(["Question", "Answer"], [
              ["Eligibility", "Child witness (s.16(1)(a)); complainant in a sexual offence (s.17(4)). Autism - "
                              "may also qualify under s.16(2)."],
              ["Video-recorded evidence-in-chief (s.27)", "Yes - wants ABE played."],
              ["Pre-recorded cross-examination (s.28)", "Yes - explained with intermediary; he wants it."],
              ["Live link (s.24)", "Yes - from a remote site away from the court building."],
              ["Screens", "Only if live link refused."],
              ["Intermediary (s.29)", "Yes - RI Beth CALLOWAY recommends; ground rules hearing needed."],
              ["Communication aids", "Visual timeline and 'stop' card (RI report)."],
              ["Views of parent", "Mother agrees with all of the above."]], [35, 65])]
    c.add("MG2 JM.docx", "docx", bl, st, D(2026, 1, 20), "MG2", nb=1)

    st = dict(hearth, head_right="MG12")
    bl = [T("Exhibit list - MG12"),
          KV([("URN", urn), ("Date", "19/03/2026")], 2),
          TB(["Exhibit", "Description", "Produced by"], [
              ["SR/1", "ABE interview part 1, 20/01/2026 (JM_VRI_part1.mp4)", "DC 7781 RAI"],
              ["SR/2", "ABE interview part 2, 20/01/2026 (JM_VRI_part2.mp4)", "DC 7781 RAI"],
              ["CF/1", "Handwritten note given by Jayden to his form tutor, 12/01/2026", "PC 3390 FAHY"],
              ["GT/1", "Seabrook tournament booking, room list and minibus rota", "Graham TOWNLEY"],
              ["MO/3", "Samsung Galaxy S22 phone of Ross CROSSLEY and DFU report", "DC 6019 OYELARAN"]],
             [12, 63, 25])]
    c.add("MG12.pdf", "pdf", bl, st, D(2026, 3, 19), "MG12")

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case E: 20260611_submission (Thornmouth Police)  COMPLIANT, charging
# Polish-speaking complainant (interpreter), rape by husband, BWV,
# neighbour + daughter first accounts, scanned MG6C, DMD.
# ---------------------------------------------------------------------------
def case_e(outdir):
    urn = "71TM0166426"
    c = Case(outdir, "20260611_submission", "charging", 0, urn)
    OIC = "DC 3318 Rosa PENHALIGON"
    quarry = dict(head_left="OFFICIAL - SENSITIVE", head_right="Thornmouth Police | Quarry",
                  foot="Quarry case 71TM0166426 | page {p} of {nb}", h_fill=(230, 230, 240),
                  meta_author="R Penhaligon", meta_creator="Quarry Case Builder")

    # MG3 ----------------------------------------------------------------------
    st = dict(quarry, head_right="MG3 | Thornmouth Police", meta_title="MG3")
    bl = [KV(urn_boxes(urn), 4),
          T("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
          KV([("Suspect", "MAZUREK, Zbigniew (DOB 03/03/1965)"), ("Offence", "Rape - SOA 2003 s.1"),
              ("Complainant", "MAZUREK, Halina (58) - his wife"), ("Date of offence", "21/04/2026 approx. 05:15"),
              ("Location", "7 Seaholme Close, Thornmouth (the matrimonial home)"), ("Report date", "05/06/2026"),
              ("OIC", OIC), ("OIC tel.", "01632 960274"), ("OIC e-mail", "rosa.penhaligon@thornmouth.police.example"),
              ("Supervisor", "DS 0917 Kenan YILDIZ - reviewed 05/06/2026")], 2),
          H("Test requested"),
          P("Full Code Test."),
          H("Early advice"),
          P("Early advice was not sought. The suspect was arrested and interviewed on the day of the report, "
            "admits intercourse, and the evidence was gathered quickly; my supervisor and I judged that the file "
            "could go straight to a full charging decision once the interpreter-assisted ABE and statements were "
            "complete."),
          H("Summary of the allegation"),
          P("Mr and Mrs MAZUREK have been married for 35 years. Mrs MAZUREK speaks Polish and limited English. At "
            "about 04:30 on 21/04/2026 her husband came home after drinking, woke her and tried to have sex with "
            "her. She refused and said 'nie' (no) several times. She says he held her arms down on the bed, tore her "
            "nightdress and had vaginal intercourse with her. At about 05:45 she left the house in her dressing gown "
            "and went to her neighbour at no. 9."),
          H("Complainant's evidence"),
          P("ABE interview on 22/04/2026 by DC PENHALIGON through a Polish interpreter, Mrs Ewa SOKOLOWSKA. The "
            "recording, an English summary and my statement exhibiting it (RP/1) are attached."),
          H("First accounts"),
          P("She first told her neighbour, who let her in at about 05:50; the neighbour called 999 at 05:58. At "
            "06:20, using the neighbour's phone, she called her daughter and told her in Polish. Statements from "
            "both are attached. PC 1402 BEST's body-worn video of his first contact with her at the neighbour's "
            "house (AB/1) is attached and is produced in his statement."),
          H("Suspect's account"),
          P("Interviewed 21/04/2026 (19:02-19:58) with a solicitor and a Polish interpreter. He accepts having "
            "intercourse with his wife that morning but says it was consensual: 'she is my wife, she never said no'. "
            "He denies holding her down and says the nightdress 'was old and tore by itself'. He suggested she is "
            "making the allegation because she wants the house. Defence: consent / reasonable belief in consent."),
          H("Lines of enquiry (including those pointing away from the suspect)"),
          TB(["Enquiry", "Result / status"], [
              ["Injuries - FME at Halden SARC 21/04/2026", "Bruising to both upper arms consistent with grip (Dr "
                                                            "ACHTERBERG's statement)."],
              ["Nightdress (AB/2) - damage assessment", "Submitted 23/04/2026; result due 19/06/2026 (see "
                                                        "outstanding)."],
              ["Suspect's suggestion of a motive (the house) - points away", "Mrs MAZUREK says she has never "
               "consulted a solicitor about divorce or the house; the daughter confirms there has been no talk of "
               "selling. The house is in joint names (Land Registry, MG6C). No evidence supports the suggested "
               "motive, but it is recorded for disclosure."],
              ["Previous domestic incidents", "Two recorded incidents (2019 and 2022), both verbal arguments, no "
                                              "offences. On the MG6C; they neither support nor undermine the "
                                              "allegation directly."],
              ["Neighbours at nos 5 and 11", "Spoken to 21/04/2026: heard nothing. Recorded on the MG6C."],
              ["His level of intoxication", "Custody record: breath test 06:58, 41 micrograms - relevant to his "
                                            "belief in consent. On the MG6C."],
              ["Digital", "No digital line of enquiry: events in the home, no suggestion of relevant messages. "
                          "Mrs MAZUREK's phone has not been examined and will not be. The suspect's phone was not "
                          "seized."]], [35, 65]),
          H("Outstanding"),
          TB(["Evidence", "Provider", "Target date"], [
              ["Damage assessment of nightdress AB/2 (tear: force vs wear)", "Halvern Forensic Services",
               "19/06/2026"]], [55, 25, 20]),
          P("DNA analysis of the SARC swabs was not requested because intercourse is admitted; the swabs are kept "
            "frozen at the SARC."),
          H("Forensic / medical"),
          P("FME 21/04/2026 14:00 (Dr Isobel ACHTERBERG), with a telephone interpreter. Mrs MAZUREK gave written "
            "consent (explained in Polish) to release the SARC report to police and CPS; the report is attached and "
            "listed on the MG6D."),
          H("Bail"),
          P("Pre-charge bail from 22/04/2026 to 21/07/2026 (Inspector authority; extension by Superintendent "
            "ROWE on 18/05/2026). Conditions: live and sleep at his brother's address in Porthcarn; not to contact "
            "Halina MAZUREK directly or indirectly; not to enter Seaholme Close, Thornmouth."),
          H("Victim and witness care"),
          P("Needs: Mrs MAZUREK needs a Polish interpreter for every contact and at court; written updates are sent "
            "to her in Polish. Her daughter helps her with appointments. She has high blood pressure. The DASH risk "
            "assessment was high; a MARAC referral was made on 22/04/2026."),
          P("Special measures: MG2 attached. She is an intimidated witness (s.17(4)). She wants her ABE to be her "
            "evidence-in-chief, a live link, and cross-examination pre-recorded under s.28 (explained through the "
            "interpreter on 22/04/2026; she wants it). No intermediary is needed: her needs are language needs, "
            "met by the interpreter."),
          P("ISVA: referred on 21/04/2026 to Thornmouth Rape Crisis, which has a Polish-speaking ISVA, Mrs Dorota "
            "KRAL. VPS: offered on 22/04/2026; she made a VPS through the interpreter on 30/05/2026 (attached)."),
          H("Disclosure"),
          P("The MG6C (a scanned copy of the signed schedule), MG6D and the DMD are attached. The incident log, crime report, BWV of the "
            "first account and the witness conviction checks are provided.")]
    c.add("20260605 MG3 MAZUREK.pdf", "pdf", bl, st, D(2026, 6, 5), "MG3")

    # ABE --------------------------------------------------------------------------
    c.add_raw("ABE_HM_220426.mp4", lambda p: make_video(
        p, 5, ["THORNMOUTH VRI ROOM 1", "22/04/2026  RP/1  (Polish interp.)"], 51, start=(11, 15, 0)),
        "ABE_RECORDING")
    st = dict(quarry, head_right="VRI summary")
    bl = [KV(urn_boxes(urn), 4),
          T("Video Recorded Interview - Summary"),
          KV([("Interviewee", "MAZUREK, Halina"), ("Date / time", "22/04/2026 11:15-12:40"),
              ("Interviewer", "DC 3318 PENHALIGON"), ("Interpreter", "Mrs Ewa SOKOLOWSKA (Polish), NRPSI 0224"),
              ("Exhibit", "RP/1 - ABE_HM_220426.mp4"), ("Language", "Polish, interpreted into English")], 2),
          P("This is a summary of the English interpretation. A full transcript can be prepared if required."),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions; interpreter's role explained; ground rules."],
              ["00:08", "Her marriage; husband's drinking has got worse since he retired."],
              ["00:15", "21/04: he came in about 04:30 smelling of alcohol, got into bed and pulled at her "
                        "nightdress. She said 'nie, nie chce' (no, I don't want). He held both her arms above the "
                        "elbows and pressed them into the bed. The nightdress tore at the neck. He had vaginal "
                        "intercourse with her. She cried and told him to stop."],
              ["00:38", "He fell asleep. She put on her dressing gown and went to Janet at no. 9 at about 05:45."],
              ["00:47", "What she told Janet; phoning her daughter Marta from Janet's phone."],
              ["00:58", "Questioning: earlier relationship, previous arguments (2019, 2022), never physical "
                        "before. She denies any wish to take the house."],
              ["01:20", "Closure."]], [12, 88]),
          P("Summary by DC 3318 R PENHALIGON, 24/04/2026.")]
    c.add("ABE_HM_summary.pdf", "pdf", bl, st, D(2026, 4, 24), "ABE_SUMMARY")

    w = dict(name="PENHALIGON, Rosa", age="Over 18", occ="Detective Constable 3318", date="24.04.2026",
             sig="(Sgd) R PENHALIGON",
             body=["I am a Detective Constable on the Thornmouth Police Rape and Serious Sexual Offences team and am "
                   "ABE trained.",
                   "On Wednesday 22/04/2026 between 11:15 and 12:40 in VRI Room 1, Thornmouth Police Station, I "
                   "conducted a video-recorded interview with Halina MAZUREK. Because Mrs MAZUREK's first language "
                   "is Polish, the interview was conducted through an interpreter, Mrs Ewa SOKOLOWSKA, who is on the "
                   "National Register of Public Service Interpreters. DC 0655 LEWIN monitored.",
                   "The interview plan was agreed with DC LEWIN on 21/04/2026 and is retained.",
                   "The interview was recorded digitally. I produce the working copy, file ABE_HM_220426.mp4, as "
                   "exhibit RP/1; the master is sealed.",
                   "During that visit I explained, through the interpreter, the special measures available, including "
                   "s.28 pre-recorded cross-examination, and the right to make a Victim Personal Statement."])
    bl, st = mg11("thorn", urn, w)
    c.add("MG11 PENHALIGON.pdf", "pdf", bl, st, D(2026, 4, 24), "MG11", "officer")

    # First attending officer + BWV ---------------------------------------------------
    w = dict(name="BEST, Aaron", age="Over 18", occ="Police Constable 1402", date="21.04.2026",
             sig="(Sgd) A BEST PC 1402", pages=2,
             body=["I am a Police Constable in the Thornmouth response team.",
                   "At 05:59 on Tuesday 21/04/2026 I was dispatched to a 999 call from 9 Seaholme Close, Thornmouth. "
                   "I arrived at 06:09 and was the first officer there. I activated my body-worn camera as I walked "
                   "up to the door and it recorded until 06:38.",
                   "Janet ORCHARD let me in. In her kitchen was a woman in a dressing gown, Halina MAZUREK, who was "
                   "crying and shaking. She speaks limited English. At 06:14 I connected to a Polish interpreter by "
                   "telephone. Through the interpreter I asked her only what had happened and who had done it. She "
                   "said that her husband Zbigniew had forced her to have sex with him in their bed next door after she "
                   "said no, and that he was still in the house asleep.",
                   "I saw that the neckline of her nightdress, under the dressing gown, was torn.",
                   "At 06:40, with PC 2277 TREGEAR, I went to 7 Seaholme Close and arrested Zbigniew MAZUREK on "
                   "suspicion of rape. He smelt strongly of alcohol. After caution he said in English 'she is my "
                   "wife'.",
                   "At 07:30 at the neighbour's house Mrs MAZUREK handed me her nightdress, which I sealed and "
                   "produce as exhibit AB/2.",
                   "At the end of my shift I uploaded the body-worn video to the force system. I produce a copy of "
                   "the footage of my attendance, file BWV AB1 1402 210426.mp4, as exhibit AB/1."])
    bl, st = mg11("thorn", urn, w)
    c.add("MG11 BEST 1402.pdf", "pdf", bl, st, D(2026, 4, 21, 15), "MG11", "officer")
    c.add_raw("BWV AB1 1402 210426.mp4", lambda p: make_video(
        p, 4, ["AXON-BWV 1402  THORNMOUTH", "2026-04-21 06:09:12  AB/1"], 52, start=(6, 9, 12),
        bg=(90, 84, 70), noise=12), "BWV")

    # First-account witnesses ------------------------------------------------------------
    w = dict(name="ORCHARD, Janet", age="Over 18", occ="Retired school secretary", date="21.04.2026",
             sig="(Sgd) J. ORCHARD", witnessed="PC 1402 BEST",
             body=["I live at 9 Seaholme Close, Thornmouth. My next-door neighbours at no. 7 are Halina and "
                   "Zbigniew MAZUREK. I have known them for about twelve years. Halina and I are friendly; her "
                   "English is not good but we manage.",
                   "At about 05:50 on Tuesday 21 April 2026 someone knocked hard on my back door. It was Halina, in "
                   "her dressing gown and slippers. She was crying and shaking and her hair was all over the place.",
                   "I brought her in. She kept saying 'He force me. Zbyszek. He force me, I say no, I say no.' She "
                   "made a gesture of holding her arms down. I understood that she was telling me her husband had "
                   "forced her to have sex. I asked 'did he hurt you?' and she pointed to her arms.",
                   "I rang 999 at 05:58. While we waited she asked to use my phone to ring her daughter Marta, and "
                   "she spoke to her in Polish. A police officer arrived at about ten past six.",
                   "I did not hear anything from next door before Halina knocked."])
    bl, st = mg11("thorn", urn, w)
    c.add("ORCHARD J MG11.pdf", "pdf", bl, st, D(2026, 4, 21, 12), "MG11", "first_account")

    w = dict(name="LINDSAY, Marta", age="Over 18", occ="Accounts assistant", date="23.04.2026", pages=1,
             sig="(Sgd) M. LINDSAY", witnessed="DC 3318 PENHALIGON",
             body=["I am the daughter of Halina and Zbigniew MAZUREK. I live in Kelsall, about two hours' drive from "
                   "Thornmouth. I speak Polish and English.",
                   "At 06:20 on Tuesday 21 April 2026 I got a call from a number I did not know. It was my mother, "
                   "calling from her neighbour Janet's phone. She was crying. In Polish she said 'tata mnie "
                   "zgwałcił', which means 'Dad raped me'. She said he had come home drunk, held her arms down and "
                   "torn her nightie, and that she had told him no.",
                   "I told her to stay at Janet's and that I was coming. I drove to Thornmouth and arrived at about "
                   "08:45.",
                   "My parents have argued a lot since my father retired and started drinking more, but I have never "
                   "known him to hurt her before. I have never heard my mother talk about selling the house or "
                   "getting divorced."])
    bl, st = mg11("thorn", urn, w)
    c.add("LINDSAY M MG11.docx", "docx", bl, st, D(2026, 4, 23), "MG11", "first_account", nb=1)

    # Expert FME + SARC report ----------------------------------------------------------------
    w = dict(name="ACHTERBERG, Dr Isobel", age="Over 18", occ="Forensic Physician", date="05.05.2026",
             sig="(Sgd) I. ACHTERBERG",
             body=["I am a Forensic Physician at Halden Sexual Assault Referral Centre, Thornmouth, MB BS, MRCGP, "
                   "DFFLM. I have practised forensic medicine since 2012.",
                   "On 21/04/2026 at 14:00 I examined Halina MAZUREK at the SARC with her written consent. A Polish "
                   "interpreter assisted by telephone throughout.",
                   "On the inner aspect of the right upper arm there were three oval bruises (1.0-1.8 cm) and on the "
                   "left upper arm two oval bruises (1.5 cm and 2.0 cm). In my opinion these are consistent with "
                   "firm gripping by fingers, within the previous 24 hours. There was a superficial abrasion at the "
                   "back of the neck, consistent with the neckline of a garment being pulled.",
                   "Genital examination showed no injury. This neither supports nor undermines either account.",
                   "I took swabs, which are stored frozen at the SARC. My report has been released to the police with "
                   "Mrs MAZUREK's written consent.",
                   "I understand my duty to the court and have complied with it."])
    bl, st = mg11("thorn", urn, w)
    c.add("ACHTERBERG I MG11.pdf", "pdf", bl, st, D(2026, 5, 5), "MG11", "expert")

    st = dict(head_left="CONFIDENTIAL - MEDICAL", head_right="Halden SARC", foot="Page {p} of {nb}", size=9.5)
    bl = [T("Forensic medical report"),
          KV([("Patient", "Halina MAZUREK"), ("Police ref (URN)", urn), ("Examined", "21/04/2026 14:00-15:20"),
              ("Examiner", "Dr I ACHTERBERG"), ("Interpreter", "Polish, by telephone"),
              ("Consent to release to police/CPS", "Yes - signed 21/04/2026 13:55 after explanation in Polish")], 1),
          P("Bruising to both upper arms (5 bruises), abrasion to the back of the neck. No genital injury. Swabs "
            "taken and stored frozen; not submitted (intercourse admitted).")]
    c.add("SARC report HM.pdf", "pdf", bl, st, D(2026, 4, 22), "MEDICAL")

    st = dict(quarry, head_right="MG21")
    bl = [KV(urn_boxes(urn), 4), T("MG21 - Submission of work for scientific examination"),
          KV([("Laboratory", "Halvern Forensic Services"), ("Submitted", "23/04/2026"),
              ("Item", "AB/2 nightdress (torn at neckline)"),
              ("Question", "Is the damage consistent with recent tearing by force rather than wear?"),
              ("Agreed turnaround", "Result by 19/06/2026"), ("Submitting officer", OIC)], 1)]
    c.add("MG21 submission AB2.pdf", "pdf", bl, st, D(2026, 4, 23), "FORENSIC")

    # ROVI ------------------------------------------------------------------------------------
    st = dict(quarry, head_right="ROVI")
    bl = [KV(urn_boxes(urn), 4),
          T("Record of Video Recorded Interview with Suspect (ROVI) - summary"),
          KV([("Suspect", "MAZUREK, Zbigniew"), ("Date", "21/04/2026 19:02-19:58"), ("Place", "Thornmouth Custody"),
              ("Interviewers", "DC 3318 PENHALIGON, DC 0655 LEWIN"), ("Solicitor", "Ms Joanna WELLS"),
              ("Interpreter", "Mr Piotr NOWAK (Polish)")], 2),
          P("Cautioned through the interpreter; understood. He agreed that he had been drinking in the Harbour "
            "Inn until about 04:00 and walked home."),
          P("He said he got into bed and his wife 'wanted it too'. 'She is my wife thirty-five years, she never "
            "said no.' Asked whether she said 'nie', he said he did not remember her saying anything."),
          P("Asked about bruising on her arms: 'Maybe I hold her. Not hard.' Asked about the torn nightdress: 'It "
            "is old, it tore by itself.'"),
          P("He said she wants him out so she can have the house, and that their daughter 'puts ideas in her head'."),
          P("Summary prepared by DC 0655 LEWIN 22/04/2026.")]
    c.add("ROVI MAZUREK Z.pdf", "pdf", bl, st, D(2026, 4, 22), "ROTI")

    st = dict(quarry, head_right="PNC", font="mono", size=9)
    bl = [T("PNC - record print"),
          MONO("MAZUREK, ZBIGNIEW   DOB 03/03/1965   PNCID 09/0317720D\n"
               "CONVICTIONS: 1   OFFENCES: 1\n"
               "1) 12/11/2009 THORNMOUTH MC - COMMON ASSAULT (CJA 1988 s.39)\n"
               "   ON 20/09/2009 - PUSHED A MAN DURING A DISPUTE OUTSIDE A PUBLIC HOUSE\n"
               "   COMMUNITY ORDER 12 MONTHS, UNPAID WORK 80 HRS\n"
               "NO CAUTIONS.  URN 71TM0166426  PRINTED 04/06/2026")]
    c.add("PNC MAZUREK Z.pdf", "pdf", bl, st, D(2026, 6, 4), "PNC")

    st = dict(quarry, docx_font="Arial")
    bl = [T("Prosecution witnesses - previous convictions"),
          KV([("URN", urn), ("Date", "04/06/2026"), ("By", OIC)], 2),
          TB(["Witness", "Status", "Result"], [
              ["MAZUREK, Halina", "Complainant", "No convictions / cautions"],
              ["ORCHARD, Janet", "First account (neighbour)", "No convictions / cautions"],
              ["LINDSAY, Marta", "First account (daughter)", "No convictions / cautions"],
              ["ACHTERBERG, Dr Isobel", "Expert", "No convictions / cautions"]], [35, 35, 30])]
    c.add("witness checks.docx", "docx", bl, st, D(2026, 6, 4), "PNC", nb=1)

    # CAD + crime -------------------------------------------------------------------------------
    st = dict(quarry, head_right="Quarry C&C", font="mono", size=8.5)
    bl = [T("Quarry incident 0093 21/04/2026"),
          MONO("05:58:40 999  CALLER JANET ORCHARD 9 SEAHOLME CLOSE  URN 71TM0166426\n"
               "         NEIGHBOUR HALINA (POLISH, LITTLE ENGLISH) AT CALLER'S HOUSE IN DRESSING GOWN,\n"
               "         SAYS HUSBAND 'FORCE ME' - CALLER BELIEVES RAPE. HUSBAND NEXT DOOR AT NO 7.\n"
               "05:59:30 PC 1402 DISPATCHED  GRADE 1\n"
               "06:09:05 PC 1402 ON SCENE  BWV ACTIVATED\n"
               "06:14:00 LANGUAGE LINE POLISH CONNECTED\n"
               "06:25:10 PC 1402: IP STATES HUSBAND ZBIGNIEW RAPED HER IN BED ~0515 AFTER SHE SAID NO\n"
               "06:40:55 SUSPECT ARRESTED AT NO 7 BY PC 1402 / PC 2277\n"
               "07:30:00 NIGHTDRESS SEIZED AB/2.  SARC BOOKED 14:00\n"
               "08:10:00 CRIME TH-26-1554  DASH HIGH  CLOSED")]
    c.add("Quarry incident 0093 21-04-26.pdf", "pdf", bl, st, D(2026, 6, 4), "INCIDENT_LOG")

    st = dict(quarry, head_right="Quarry crime")
    bl = [KV(urn_boxes(urn), 4),
          T("Crime record TH-26-1554"),
          KV([("Offence", "Rape of a female 16+ (HO 19C) - domestic"), ("Reported", "21/04/2026 05:58 (999)"),
              ("Victim", "MAZUREK, Halina, F, 58, Polish national; first language Polish; hypertension"),
              ("Suspect", "MAZUREK, Zbigniew, 61, husband"), ("Risk", "DASH high - MARAC 22/04/2026"),
              ("OIC", OIC)], 1),
          H("Previous incidents at the address"),
          TB(["Date", "Incident", "Outcome"], [
              ["03/08/2019", "Verbal argument reported by neighbour", "No offences; DA advice"],
              ["14/12/2022", "Verbal argument, Mrs MAZUREK called police", "No offences; DASH standard"]], [20, 50, 30]),
          H("Updates"),
          TB(["Date", "Update"], [
              ["21/04/2026", "Arrest; SARC; ISVA referral (Thornmouth Rape Crisis, Polish-speaking ISVA)."],
              ["22/04/2026", "ABE with interpreter. VPS offered. Bail with conditions."],
              ["23/04/2026", "AB/2 submitted."],
              ["30/05/2026", "VPS made (interpreter)."],
              ["05/06/2026", "MG3 submitted after DS review."]], [20, 80])]
    c.add("Quarry crime TH-26-1554.pdf", "pdf", bl, st, D(2026, 6, 4), "CRIME_REPORT")

    # Scanned MG6C (2 pages) ------------------------------------------------------------------------
    items = [
        ["1", "Quarry incident log 0093 of 21/04/2026, full print", "With file", "RP - sent"],
        ["2", "Crime record TH-26-1554 with updates to 04/06/2026", "With file", "RP - sent"],
        ["3", "BWV of PC 1402 BEST 21/04/2026 06:09-06:38 (exhibit AB/1) - first account", "With file",
         "Evidence - sent"],
        ["4", "Witness conviction checks 04/06/2026 - all nil", "With file", "RP - sent"],
        ["5", "ABE interview plan, DC PENHALIGON / DC LEWIN, 21/04/2026", "OIC file", "Not disclosable"],
        ["6", "Previous incident 03/08/2019 at 7 Seaholme Close - verbal argument, no offences", "Quarry",
         "CPS to consider"],
        ["7", "Previous incident 14/12/2022 at 7 Seaholme Close - verbal argument, no offences", "Quarry",
         "CPS to consider"],
        ["8", "Land Registry title print for 7 Seaholme Close (joint names), obtained 12/05/2026", "OIC file",
         "Relevant to suggested motive - CPS to consider"],
        ["9", "PC 2277 TREGEAR notebook 21/04/2026: house-to-house at nos 5 and 11 Seaholme Close - nothing "
              "heard", "OIC file", "Not disclosable"],
        ["10", "Custody record Z MAZUREK 21-22/04/2026 incl. breath test 06:58 (41 micrograms)", "Custody",
         "May be relevant to belief in consent - CPS to consider"],
        ["11", "Language Line call record 21/04/2026 06:14-06:31 (interpreter ID 88213)", "OIC file",
         "Not disclosable"],
        ["12", "Interpreter booking records for ABE and suspect interview", "OIC file", "Not disclosable"],
        ["13", "Bail extension authority, Supt ROWE, 18/05/2026", "OIC file", "Not disclosable"],
        ["14", "Photographs of bedroom at 7 Seaholme Close, CSI 3021, 21/04/2026 (12 images)", "CSI system",
         "Not disclosable"],
        ["15", "MG21 submission record for AB/2, 23/04/2026", "With file", "-"],
    ]
    st = dict(head_left="OFFICIAL - SENSITIVE (when complete)", head_right="MG6C", size=9,
              foot="MG6C  R v MAZUREK  page {p} of {nb}")
    bl = [KV(urn_boxes(urn), 4),
          T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
          P("R v Zbigniew MAZUREK. The disclosure officer believes that the material listed below, which does not "
            "form part of the prosecution case, is not sensitive."),
          TB(["No.", "Description and relative location", "Location", "Comment"], items, [7, 58, 15, 20], size=9),
          P("Disclosure officer: DC 3318 R PENHALIGON    Signature: (Sgd) R Penhaligon    Date: 04/06/2026")]
    c.add("scan_MG6C_0001.pdf", "scan", bl, st, D(2026, 6, 4, 16), "MG6C", seed=6601)

    st = dict(quarry, head_right="MG6D", orient="L")
    bl = [KV(urn_boxes(urn), 4), T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          TB(["No.", "Description", "Reason", "CPS"], [
              ["1", "Halden SARC forensic medical report, 21/04/2026 (released with consent)", "Medical - "
                                                                                              "confidential", ""],
              ["2", "DASH risk assessment 21/04/2026", "Victim safety information", ""],
              ["3", "MARAC referral and minutes 22/04/2026", "Multi-agency safeguarding information", ""],
              ["4", "ISVA referral, Thornmouth Rape Crisis, 21/04/2026", "Victim's personal details", ""]],
             [6, 50, 34, 10])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 6, 4), "MG6D")

    st = dict(quarry, head_right="DMD")
    bl = [KV(urn_boxes(urn), 4), T("Disclosure Management Document"),
          H("Reasonable lines of enquiry"), P("As set out in the MG3, including the suspected motive, previous "
                                              "incidents and his intoxication."),
          H("Digital strategy"),
          P("No digital devices have been examined. There is no digital line of enquiry: the allegation arises in "
            "the home with no suggestion of relevant messages. The complainant's phone will not be requested unless "
            "a specific reason arises, which would be recorded here."),
          H("Third party material"), P("None requested. The SARC report was released with consent."),
          H("Unused material approach"),
          P("All material is scheduled on the MG6C/MG6D. Items 6-8 and 10 of the MG6C are flagged for the "
            "prosecutor's consideration."),
          P("DC 3318 R PENHALIGON - 04/06/2026")]
    c.add("DMD.pdf", "pdf", bl, st, D(2026, 6, 4), "DMD")

    st = dict(quarry, head_right="MG2")
    bl = [KV(urn_boxes(urn), 4), T("MG2 - SPECIAL MEASURES ASSESSMENT"),
          KV([("Witness", "MAZUREK, Halina"), ("Assessed", "22/04/2026 with interpreter"), ("Officer", OIC)], 2),
          TB(["Item", "Detail"], [
              ["Eligibility", "Intimidated witness - complainant of a sexual offence (s.17(4)); domestic abuse."],
              ["Evidence-in-chief", "ABE recording (s.27)."],
              ["Cross-examination", "s.28 pre-recorded - explained in Polish; she wants it."],
              ["Live link", "Yes, from the witness suite."],
              ["Screens", "If a live link is not possible."],
              ["Intermediary", "Not needed - no communication difficulty other than language."],
              ["Interpreter", "Polish interpreter required for all proceedings."],
              ["Other", "Wants ISVA (Polish-speaking) with her at court."]], [30, 70])]
    c.add("MG2 MAZUREK H.pdf", "pdf", bl, st, D(2026, 4, 22), "MG2")

    st = dict(quarry, head_right="VPS")
    bl = [KV(urn_boxes(urn), 4), T("VICTIM PERSONAL STATEMENT"),
          KV([("Name", "MAZUREK, Halina"), ("Date", "30/05/2026"), ("Interpreter", "Mrs Ewa SOKOLOWSKA")], 2),
          P("(Interpreted from Polish.) I feel ashamed to go out in my street. I sleep with the light on. My "
            "daughter stays with me at weekends. I want the court to know that after thirty-five years I did not "
            "think my husband would do this to me."),
          P("Signed: (Sgd) H. Mazurek    Interpreter: (Sgd) E. Sokolowska    30/05/2026")]
    c.add("VPS H MAZUREK.pdf", "pdf", bl, st, D(2026, 5, 30), "VPS")

    st = dict(quarry, head_right="MG12")
    bl = [KV(urn_boxes(urn), 4), T("MG12 - Exhibit list"),
          TB(["Exhibit", "Description", "Produced by"], [
              ["RP/1", "ABE interview of H MAZUREK 22/04/2026 (ABE_HM_220426.mp4)", "DC 3318 PENHALIGON"],
              ["AB/1", "BWV footage 21/04/2026 06:09-06:38 (BWV AB1 1402 210426.mp4)", "PC 1402 BEST"],
              ["AB/2", "Nightdress of H MAZUREK", "PC 1402 BEST"]], [12, 63, 25])]
    c.add("MG12 exhibits.pdf", "pdf", bl, st, D(2026, 6, 4), "MG12")

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case F: Hollins_Street_incident (Avonbury Police)  COMPLIANT, charging
# Suspected spiking; nightclub CCTV via security manager; A&E nurse;
# DPN photographed on a phone; toxicology outstanding with a date.
# ---------------------------------------------------------------------------
def case_f(outdir):
    urn = "29AV0350826"
    c = Case(outdir, "Hollins_Street_incident", "charging", 0, urn)
    OIC = "DC 1183 Megan TULLOCH"
    mer = dict(head_left="OFFICIAL \u2013 SENSITIVE", head_right="Avonbury Police", font="cond",
               foot="29AV0350826  \u2013  page {p} of {nb}", meta_author="M Tulloch", h_fill=(226, 236, 246))

    # MG3 docx ----------------------------------------------------------------------
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG3", docx_font="Verdana", size=9.5, docx_headings=True,
              foot="MG3 REDDINGTON - page {p} of {nb}", meta_author="M Tulloch", meta_title="MG3")
    bl = [T("MG3: Report to Crown Prosecutor for Charging Decision"),
          KV([("URN", urn), ("Date", "08/05/2026"), ("Suspect", "Callum REDDINGTON (born 21/06/2002)"),
              ("Offences", "Rape (s.1 SOA 2003); administering a substance with intent (s.61 SOA 2003)"),
              ("Complainant", "Imogen FAIRWEATHER (20)"), ("OIC", OIC),
              ("Direct dial", "01632 960651"), ("Email", "megan.tulloch@avonbury.police.example"),
              ("Supervisor", "DS 0802 Paul GRISEDALE (endorsed 08/05/2026)"), ("Bail", "Pre-charge bail - see below")], 2),
          H("Which test"),
          P("We request a decision on the Full Code Test."),
          H("Early advice"),
          P("Early advice was sought by telephone from the CPS Avon Valley RASSO duty lawyer, Mr Tobias WREN, on "
            "19/03/2026. He advised obtaining the nightclub CCTV of the exit and the toxicology, and a limited "
            "extraction of Imogen's phone. A note of the call is on the MG6C (item 9)."),
          H("What happened"),
          P("On Saturday 14/03/2026 Imogen, a second-year student, was at The Foundry nightclub, Hollins Street, "
            "with her friend Ellie HOLT. She had three vodka and lemonades between 22:30 and 00:45. She met Callum "
            "REDDINGTON, who bought her a drink at about 00:50. Her last clear memory is at about 01:15 on the "
            "dance floor, feeling 'like my legs weren't mine'. Nightclub CCTV shows her leaving with him at 01:52, "
            "his arm around her, stumbling twice. She woke at about 09:00 in his bed at Flat 3, 88 Wharf Road, naked "
            "from the waist down and sore, with a condom wrapper on the floor. She has no memory of going there or of "
            "any sexual activity and says she would never have agreed to it."),
          H("Her evidence"),
          P("ABE interview 17/03/2026 by DC TULLOCH: recording (exhibit MT/1), summary and my statement attached."),
          H("First account"),
          P("At 09:47 on 15/03/2026 she messaged her friend Ellie HOLT, then met her at 10:30 and told her. Ellie's "
            "statement is attached. Ellie took her to A&E, where, at Imogen's request, the triage nurse called the "
            "police; the nurse's statement (demeanour and the call) and the first attending officer's statement "
            "are attached."),
          H("Suspect's account"),
          P("Arrested 18/03/2026 and interviewed with a solicitor (ROTI attached). He says she was 'tipsy but "
            "fine', that she suggested going back to his, that sex was consensual and he used a condom, and that she "
            "left in the morning without saying anything. He accepts buying her one vodka and lemonade and denies "
            "putting anything in it. Expected defence: consent, and that she had capacity to consent."),
          H("Lines of enquiry (both ways)"),
          TB(["Enquiry", "Outcome"], [
              ["Nightclub CCTV", "Exit camera 01:51-01:53 shows them leaving (clip DK/1, attached). The bar cameras "
                                 "do not show where they were standing, so nothing from them was seized."],
              ["Toxicology (blood FM/7, urine FM/8)", "Outstanding - target 29/05/2026. May show a drug, or only "
                                                      "alcohol: either result could help either side."],
              ["DNA (FM/2)", "SFR1 20/04/2026: semen, DNA matches REDDINGTON. Intercourse not disputed."],
              ["Her phone - limited extraction under DPN", "Photos at 23:15 show her apparently sober with Ellie "
                                                          "(may assist the defence - scheduled). 09:47 message to "
                                                          "Ellie. An Instagram follow request from 'cal_redd' at "
                                                          "10:12 on 15/03; no messages."],
              ["Ellie HOLT and two other friends in the group", "Ellie lost sight of her at about 01:30. The other "
                                                               "two left at 00:30 and saw nothing relevant (noted "
                                                               "on the MG6C)."],
              ["Door staff", "One door supervisor recalls a man helping a 'very drunk' woman out at about 01:50; he "
                             "cannot say more. His account is on the MG6C and he has been asked for a statement; see "
                             "outstanding."],
              ["Suspect's phone", "Seized; examined for contact with Imogen and for photographs or videos 14/03 22:00 - "
                                  "15/03 10:00: none found."],
              ["Taxi / route to Wharf Road", "They walked (about 8 minutes). There is no CCTV on Wharf Road; the "
                                             "council confirmed that no camera covers it."]], [30, 70]),
          H("Outstanding - with target dates"),
          TB(["Item", "Target date"], [
              ["Toxicology report on FM/7 and FM/8 (Meridian Forensic Toxicology)", "29/05/2026"],
              ["Statement from door supervisor Lewis PAGE", "22/05/2026"]], [75, 25]),
          H("Digital"),
          P("Her phone was examined with her agreement under a Digital Processing Notice (photograph of the signed "
            "notice attached). The request was limited to: WhatsApp messages with Ellie HOLT; Instagram messages "
            "with the account 'cal_redd'; call log; photos and videos created in the window 14/03/2026 18:00 to "
            "16/03/2026 12:00. The reasons are set out in the digital request form (attached). No other data was "
            "taken. The phone was returned the same day."),
          H("Forensic / medical"),
          P("FME at The Willow Centre SARC on 15/03/2026 by Dr Fiona McALLISTER (statement attached): no injuries; "
            "samples taken. Imogen consented in writing to release of the SARC records to police and CPS on "
            "15/03/2026. Her A&E attendance is covered by the nurse's statement; the hospital record is listed on "
            "the MG6D and was released with her consent."),
          H("Bail"),
          P("Pre-charge bail to 18/06/2026. Conditions: no contact with Imogen FAIRWEATHER or Ellie HOLT; not to "
            "enter The Foundry nightclub."),
          H("Victim"),
          P("Special measures: see MG2. Eligible under s.17(4). She wants the ABE as evidence-in-chief and to give "
            "the rest of her evidence by live link from a remote site. s.28 was explained on 17/03/2026: she does "
            "not want her cross-examination pre-recorded and would rather give it at trial by live link. No "
            "communication needs; intermediary not required."),
          P("Needs: contact by e-mail; she has end-of-year exams 18/05-05/06/2026 and asks that contact is kept to "
            "a minimum then. ISVA referral made 15/03/2026 to the Avonbury ISVA Hub (ISVA Priya MENON). VPS offered "
            "17/03/2026: she did not want to make one at this stage and knows she can do so later."),
          H("Disclosure"),
          P("MG6C (spreadsheet), MG6D and MG6E attached. Rebuttable presumption material (incident log, crime "
            "report, PC ASANTE's notebook record of the first account, witness conviction checks) is sent.")]
    c.add("MG3 - REDDINGTON - 08.05.26.docx", "docx", bl, st, D(2026, 5, 8), "MG3", nb=4)

    # ABE ----------------------------------------------------------------------------
    c.add_raw("ABE IF 17-03-26.mp4", lambda p: make_video(
        p, 4, ["AVONBURY ABE SUITE", "17-03-2026  MT/1"], 61, start=(13, 30, 0), codec="mpeg4", audio=True),
        "ABE_RECORDING")
    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="ABE summary", docx_font="Verdana", size=9.5,
              meta_author="M Tulloch")
    bl = [T("ABE Interview Summary"),
          KV([("URN", urn), ("Interviewee", "Imogen FAIRWEATHER"), ("Date", "17/03/2026 13:30-14:38"),
              ("Interviewer", OIC), ("Exhibit", "MT/1 (ABE IF 17-03-26.mp4)")], 2),
          P("00:00-00:05 Introductions and ground rules."),
          P("00:05-00:20 The evening: pre-drinks (one glass of wine) at 21:30; The Foundry from 22:30 with Ellie; "
            "three vodka and lemonades by 00:45; photos with Ellie at 23:15."),
          P("00:20-00:31 Meeting 'Cal' at the bar about 00:50; he bought her a vodka and lemonade; she left it on a "
            "ledge while dancing and drank the rest about 01:05. From about 01:15 she felt 'like my legs weren't "
            "mine'; nothing after that."),
          P("00:31-00:45 Waking in a strange bed at 09:00, naked from the waist down, sore; condom wrapper on the "
            "floor; the man asleep; she dressed and left, found her way by her phone map."),
          P("00:45-01:00 Messages to Ellie; A&E; police; SARC. Questioning about how much she drank and her "
            "tolerance."),
          P("01:00-01:08 Closure."),
          P("Prepared by DC 1183 TULLOCH 18/03/2026")]
    c.add("IF ABE summary.docx", "docx", bl, st, D(2026, 3, 18), "ABE_SUMMARY", nb=1)

    def avon(name, occ, date, body, fname, role, dt, fmt="pdf", sig=None, nb=None, witnessed=None, rear=None):
        w = dict(name=name, age="Over 18", occ=occ, date=date, body=body, sig=sig or (name.split()[0][0] + ". " + name.split()[-1].title()),
                 witnessed=witnessed, rear=rear)
        if nb:
            w["pages"] = nb
        bl, st = mg11("avon", urn, w)
        c.add(fname, fmt, bl, st, dt, "MG11", role, nb=nb)

    avon("Megan TULLOCH", "Detective Constable 1183", "18/03/2026",
         ["I am a Detective Constable and the officer in the case. I am ABE trained.",
          "On 17/03/2026 from 13:30 to 14:38 I interviewed Imogen FAIRWEATHER on video at the Avonbury ABE suite. "
          "DC 2044 MARLOW monitored. The interview plan, agreed with DC MARLOW on 16/03/2026, is retained.",
          "I produce the working copy of the recording, file 'ABE IF 17-03-26.mp4', as exhibit MT/1.",
          "On 16/03/2026 at 10:15 at Avonbury Police Station I explained a Digital Processing Notice to Ms "
          "FAIRWEATHER. She read and signed it. I photographed the signed notice with the force phone before the "
          "original was filed; the photograph is with the file. I handed her phone to the Digital Media "
          "Investigator at 10:40 and returned it to her at 16:05 the same day."],
         "TULLOCH MG11.pdf", "officer", D(2026, 3, 18), sig="M. Tulloch DC 1183")
    avon("Kwame ASANTE", "Police Constable 2755", "15/03/2026",
         ["I am a Police Constable in the Avonbury response team.",
          "At 12:44 on Sunday 15/03/2026 I was sent to the Emergency Department at Avonbury General Hospital "
          "following a call from a nurse (incident 0461). I arrived at 13:05 and was the first officer to attend.",
          "In a side room I spoke to Imogen FAIRWEATHER, who was with her friend Ellie HOLT. She was pale and "
          "quiet. I asked for a brief account only. She said she had been at The Foundry, had a drink bought for "
          "her by a man called Cal, lost her memory from about 01:15, and woke up in his flat that morning with "
          "her lower clothing off and sore, and she believed he had had sex with her. I recorded this in my "
          "pocket notebook at 13:10 (PNB 2755/6, p.19).",
          "My body-worn camera was not switched on: it is hospital policy that cameras are not used in clinical "
          "areas without specific need, and there was none.",
          "I seized the clothing she had worn, which was in a bag she had brought with her: a black dress (KA/1) "
          "and underwear (KA/2). I arranged an appointment at The Willow Centre SARC for 16:00."],
         "ASANTE MG11.pdf", "officer", D(2026, 3, 15, 19), sig="K. Asante PC 2755")
    avon("Ellie HOLT", "Student", "19/03/2026",
         ["I am a student at Avonbury University. Imogen FAIRWEATHER is my best friend; we share a flat in "
          "Bramley House.",
          "On Saturday 14 March 2026 we went to The Foundry on Hollins Street at about 22:30. Imogen had had one "
          "glass of wine before we went out. In the club she had three vodka and lemonades over about two hours. "
          "At 23:15 we took some selfies. She was fine, chatty and normal.",
          "At about 00:50 a man with short dark hair and a grey shirt, who said his name was Cal, started talking "
          "to Imogen at the bar and bought her a drink. I went to the toilet at about 01:30 and when I came back I "
          "could not find her. I messaged and called her; she did not answer. I assumed she had gone home and I "
          "went home at 02:15. She was not in the flat.",
          "At 09:47 on Sunday she sent me a WhatsApp: 'I think something really bad happened. I woke up at some "
          "guy's flat and I don't remember anything'. I rang her and she was crying. We met back at our flat at "
          "10:30.",
          "She told me she remembered feeling really strange on the dance floor after the drink Cal bought her, "
          "and then nothing until she woke in his bed with her knickers off. She said 'I think he had sex with me. "
          "I can't remember any of it. I'd never do that'. She said she was sore.",
          "I took her to A&E at Avonbury General at about 12:00."],
         "HOLT E statement.pdf", "first_account", D(2026, 3, 19))
    avon("Darren KILBRIDE", "Security manager, The Foundry nightclub", "20/03/2026",
         ["I am the security manager at The Foundry nightclub, Hollins Street, Avonbury. I am responsible for the "
          "club's CCTV system, which has 16 cameras. The system clock was checked against the speaking clock on "
          "20/03/2026 and was correct.",
          "On 16/03/2026 DC TULLOCH asked me to look for footage of a woman in a black dress leaving with a man in "
          "a grey shirt in the early hours of 15/03/2026. On camera 3, which covers the main exit, I found them "
          "leaving at 01:52. I downloaded a clip from camera 3 covering 01:51:40 to 01:53:10 onto a USB stick, "
          "which I produce as exhibit DK/1 (clip file 'Foundry CCTV DK1 clip 0152.mp4').",
          "I also checked the two cameras over the bar. They point at the tills and do not show the part of the "
          "bar where customers stand, so I did not download anything from them."],
         "KILBRIDE statement.pdf", "witness", D(2026, 3, 20))
    c.add_raw("Foundry CCTV DK1 clip 0152.mp4", lambda p: make_video(
        p, 5, ["CAM03 MAIN EXIT", "15-03-2026"], 62, start=(1, 51, 40), codec="mpeg4", audio=False,
        bg=(30, 30, 34), noise=14), "CCTV")
    avon("Grace OYEDEPO", "Staff Nurse, Emergency Department, Avonbury General Hospital", "24/03/2026",
         ["I am a registered nurse working in the Emergency Department at Avonbury General Hospital.",
          "At 12:15 on Sunday 15/03/2026 I triaged Imogen FAIRWEATHER, aged 20, who came in with a friend. Her "
          "friend told me at the desk that Imogen thought her drink had been spiked the night before and that "
          "something had happened to her. Imogen was tearful and withdrawn but fully alert. I did not ask her "
          "about what had happened beyond what I needed for my clinical assessment.",
          "She asked me to call the police, and I telephoned them at 12:40. I did not take any forensic samples; "
          "I advised her that the SARC could do this. Her observations were normal.",
          "Ms FAIRWEATHER has given written consent for her hospital record of this attendance to be released to "
          "the police."],
         "OYEDEPO nurse statement.docx", "witness", D(2026, 3, 24), fmt="docx", nb=1, sig="G. Oyedepo")
    avon("Dr Fiona McALLISTER", "Forensic Physician, The Willow Centre SARC", "02/04/2026",
         ["I am a forensic physician at The Willow Centre Sexual Assault Referral Centre, Avonbury. I hold MBChB "
          "and MFFLM and have worked in forensic medicine for nine years.",
          "At 16:00 on 15/03/2026 I examined Imogen FAIRWEATHER with her written consent. She gave a history of "
          "loss of memory from about 01:15 and of waking in a stranger's bed with vaginal soreness.",
          "I found no injuries. The absence of injury neither supports nor undermines an allegation of "
          "non-consensual intercourse.",
          "I took swabs FM/1 to FM/6, a blood sample FM/7 (16:35) and a urine sample FM/8 (16:40) for "
          "toxicology. I sealed them and handed them to DC TULLOCH.",
          "I am aware of my duty to the court as an expert and have complied with it."],
         "McALLISTER FME.pdf", "expert", D(2026, 4, 2), sig="F. McAllister")

    st = dict(head_left="OFFICIAL", head_right="Meridian Forensic", font="serif", foot="page {p} of {nb}")
    bl = [T("SFR1 - Streamlined Forensic Report"),
          KV([("Case", "MF-26-2291"), ("URN", urn), ("Officer", OIC), ("Date", "20/04/2026"),
              ("Scientist", "Ms Harriet COLE")], 2),
          P("FM/2 (high vaginal swab, Imogen FAIRWEATHER): semen identified. DNA profile matches that of Callum "
            "REDDINGTON (reference sample CR/1). Match probability: less than one in a billion."),
          P("Toxicology on FM/7 (blood) and FM/8 (urine) is being carried out by Meridian Forensic Toxicology. "
            "Expected report date: 29/05/2026."),
          P("Harriet COLE, Forensic Scientist (signed) 20/04/2026")]
    c.add("SFR1 DNA.pdf", "pdf", bl, st, D(2026, 4, 20), "FORENSIC")

    # DPN photographed ------------------------------------------------------------
    st = dict(head_left="OFFICIAL - SENSITIVE", head_right="Avonbury Police - DPN", size=11, font="sans")
    bl = [T("DIGITAL PROCESSING NOTICE"),
          S("Police, Crime, Sentencing and Courts Act 2022, s.37 - voluntary provision of a device"),
          KV([("URN", urn), ("Device user", "Imogen FAIRWEATHER"), ("Device", "iPhone 14, black"),
              ("Officer", "DC 1183 M TULLOCH")], 2),
          P("WHY: your messages to Ellie the morning after, any contact with the man (Instagram 'cal_redd'), and "
            "photos or videos from the night may show your condition and what happened. They could help the "
            "investigation or help him, and we must look at both."),
          P("WHAT WE WILL EXTRACT: WhatsApp chat with Ellie HOLT; Instagram messages with 'cal_redd'; call log; "
            "photos and videos created between 14/03/2026 18:00 and 16/03/2026 12:00. NOTHING ELSE."),
          P("WHAT WE WILL NOT LOOK AT: any other chats or contacts, e-mail, internet history, notes, health data, "
            "photos outside the dates above."),
          P("HOW LONG: the phone will be returned today. Extracted data is kept only as long as the case needs it."),
          P("YOUR CHOICE: you do not have to agree. You can withdraw your agreement before the extraction starts. "
            "If you refuse, we will record your reasons; it will not stop us investigating."),
          P("I agree to the extraction described above."),
          KV([("Signed (device user)", "I. Fairweather"), ("Date / time", "16/03/2026 10:15"),
              ("Officer", "M. Tulloch DC 1183"), ("Date / time", "16/03/2026 10:15")], 2)]
    c.add("IMG_20260316_101522.jpg", "photo", bl, st, D(2026, 3, 16, 10, 15), "DPN", seed=1522, angle=3.1,
          sig=(0.33, 0.447, 91))

    st = dict(mer, head_right="Digital device examination request")
    bl = [T("Request for examination of a digital device"),
          KV([("URN", urn), ("Requested by", OIC), ("Authorised by", "DS 0802 P GRISEDALE, 16/03/2026 09:50"),
              ("Device", "iPhone 14 of the complainant (provided voluntarily; DPN signed)")], 2),
          H("Reasonable line of enquiry (foundation)"),
          P("The complainant's first account was given by WhatsApp to Ellie HOLT at 09:47 on 15/03/2026. She does "
            "not recall contact with the suspect but may have been sent messages through Instagram by 'cal_redd'. "
            "Photos or videos taken that night may show her level of intoxication at particular times, which is "
            "central to capacity and could assist either side."),
          H("Parameters"),
          P("Date range: 14/03/2026 18:00 to 16/03/2026 12:00. Data types: WhatsApp chat with Ellie HOLT only; "
            "Instagram direct messages with 'cal_redd' only; call log; photos and videos created in the date "
            "range. Excluded: all other data. A full download is not requested and is not justified."),
          H("Proportionality"),
          P("The extraction is limited to the material above, which is all that the line of enquiry needs. The "
            "complainant has been told what will and will not be examined.")]
    c.add("digital request 16-03-26.pdf", "pdf", bl, st, D(2026, 3, 16), ["OTHER", "CORRESPONDENCE"])

    st = dict(mer, head_right="DMI extraction report")
    bl = [T("Extraction report - complainant's iPhone"),
          KV([("URN", urn), ("Exhibit", "AH/1"), ("DMI", "Anil HUSSEIN"), ("Date", "16/03/2026"),
              ("Authority", "DPN 16/03/2026; request authorised DS 0802"),
              ("Parameters applied", "14/03/2026 18:00 - 16/03/2026 12:00; WhatsApp (E HOLT), Instagram DMs "
                                     "('cal_redd'), call log, photos/videos in range")], 1),
          TB(["Item", "Date/time", "Detail"], [
              ["Photo", "14/03/2026 23:15", "Selfie, complainant with E HOLT in The Foundry (2 images)"],
              ["Calls", "15/03/2026 01:31-01:44", "4 missed calls from E HOLT"],
              ["WhatsApp", "15/03/2026 09:47", "To E HOLT: 'I think something really bad happened. I woke up at "
                                               "some guy's flat and I don't remember anything'"],
              ["Call", "15/03/2026 09:48", "Outgoing call to E HOLT, 6 min 12 s"],
              ["Instagram", "15/03/2026 10:12", "Follow request from 'cal_redd'. No messages exchanged."]],
             [12, 22, 66]),
          P("No other data was extracted. Device returned to the complainant 16/03/2026 16:05.")]
    c.add("extraction report IF phone.pdf", "pdf", bl, st, D(2026, 3, 16), "DIGITAL_EXTRACT")

    # ROTI, PNC --------------------------------------------------------------------
    st = dict(mer, head_right="ROTI")
    bl = [T("Record of Taped Interview"),
          KV([("Name", "Callum REDDINGTON"), ("URN", urn), ("Date", "18/03/2026"), ("Time", "14:10-15:02"),
              ("Location", "Avonbury Custody"), ("Officers", "DC 1183 TULLOCH, DC 2044 MARLOW"),
              ("Legal adviser", "Mr Omar SIDDIQ")], 2),
          TB(["Time", "Who", "What was said (summary)"], [
              ["14:12", "TULLOCH", "Caution; explains allegation."],
              ["14:15", "REDDINGTON", "Met Imogen at the bar; bought her 'one vodka lemonade'; they danced and "
                                      "kissed."],
              ["14:24", "REDDINGTON", "She was 'tipsy but fine'; she said 'let's go to yours'. They walked to his "
                                      "flat; she was 'a bit wobbly in her heels'."],
              ["14:31", "REDDINGTON", "Sex was consensual; she was 'into it'; he used a condom."],
              ["14:40", "MARLOW", "Shows still from DK/1 (stumbling at exit)."],
              ["14:41", "REDDINGTON", "'She'd had a few but she knew what she was doing.'"],
              ["14:50", "REDDINGTON", "Denies putting anything in her drink: 'I'd never do that.'"],
              ["15:00", "TULLOCH", "Anything to add? 'No.' Interview ends."]], [10, 18, 72])]
    c.add("ROTI REDDINGTON.pdf", "pdf", bl, st, D(2026, 3, 19), "ROTI")

    st = dict(mer, head_right="PNC", font="mono", size=9)
    bl = [T("PNC antecedents"),
          MONO("REDDINGTON CALLUM JAMES  21/06/2002  PNCID 20/0881234R\n"
               "CONVICTIONS 1  CAUTIONS 0\n"
               "09/09/2021 AVONBURY MC  POSSESSION OF A CONTROLLED DRUG CLASS B (CANNABIS)\n"
               "           MISUSE OF DRUGS ACT 1971 s.5(2)  FINE 120\n"
               "URN 29AV0350826  PRINTED 07/05/2026")]
    c.add("PNC REDDINGTON.pdf", "pdf", bl, st, D(2026, 5, 7), "PNC")

    st = dict(mer, head_right="Witness checks")
    bl = [T("Witness previous convictions - PNC/PND checks"),
          KV([("URN", urn), ("Date", "07/05/2026"), ("Officer", OIC)], 2),
          TB(["Witness", "Result"], [
              ["Imogen FAIRWEATHER (complainant)", "No trace"],
              ["Ellie HOLT (first account)", "No trace"],
              ["Darren KILBRIDE (CCTV)", "No trace"],
              ["Grace OYEDEPO (nurse)", "No trace"],
              ["Dr Fiona McALLISTER (FME)", "No trace"],
              ["Lewis PAGE (door supervisor - statement outstanding)", "No trace"]], [60, 40]),
          P("Nil return: no prosecution witness has a recorded conviction or caution.")]
    c.add("witness PNC 29AV0350826.pdf", "pdf", bl, st, D(2026, 5, 7), "PNC")

    # CAD, crime, PNB ------------------------------------------------------------
    st = dict(mer, head_right="MERIDIAN Command & Control", font="mono", size=8.5)
    bl = [T("MERIDIAN incident 0461 / 15-03-2026"),
          MONO("12:40 CALL (999 LANDLINE) AVONBURY GENERAL ED - S/N G OYEDEPO   URN 29AV0350826\n"
               "      PATIENT IMOGEN FAIRWEATHER 20 ASKS FOR POLICE. FRIEND STATES DRINK SPIKED AT THE\n"
               "      FOUNDRY LAST NIGHT AND SOMETHING HAPPENED TO HER AT A MALE'S FLAT. PATIENT\n"
               "      CONSENTS TO POLICE ATTENDING.\n"
               "12:44 PC 2755 DEPLOYED\n"
               "13:05 PC 2755 AT ED\n"
               "13:35 PC 2755: ACCOUNT TAKEN. CLOTHING KA/1 KA/2. SARC 16:00. SUSP ADDRESS WHARF ROAD\n"
               "14:10 CRIME AV-26-08812. RASSO INFORMED. CLOSED")]
    c.add("MERIDIAN incident 0461.pdf", "pdf", bl, st, D(2026, 5, 7), "INCIDENT_LOG")

    st = dict(mer, head_right="Crime record")
    bl = [T("Crime record AV-26-08812"),
          KV([("URN", urn), ("Offences", "Rape (HO 19C); administering a substance with intent (HO 88E)"),
              ("Reported", "15/03/2026 12:40"), ("Committed", "15/03/2026 01:50-09:00"),
              ("Locations", "The Foundry, Hollins Street; Flat 3, 88 Wharf Road"),
              ("Victim", "Imogen FAIRWEATHER, F, 20, student - no disability declared"),
              ("Suspect", "Callum REDDINGTON, 23"), ("OIC", OIC)], 1),
          TB(["Date", "Update"], [
              ["15/03/2026", "First account (PC 2755). SARC. ISVA referral to Avonbury ISVA Hub."],
              ["16/03/2026", "DPN; limited extraction; CCTV requested."],
              ["17/03/2026", "ABE. VPS offered - declined for now. Special measures discussed."],
              ["18/03/2026", "Arrest and interview; bail with conditions."],
              ["19/03/2026", "Early advice by phone (CPS duty lawyer)."],
              ["20/04/2026", "SFR1 DNA."],
              ["08/05/2026", "MG3 to CPS."]], [20, 80])]
    c.add("crime report AV-26-08812.pdf", "pdf", bl, st, D(2026, 5, 7), "CRIME_REPORT")

    st = dict(mer, head_right="PNB 2755/6", font="mono", size=9)
    bl = [T("PC 2755 ASANTE - PNB 2755/6 p.19 (typed)"),
          MONO("Sun 15/03/2026  Avonbury General ED side room 4   URN 29AV0350826\n"
               "13:10 IP Imogen FAIRWEATHER: 'I was at The Foundry with Ellie. A guy called Cal bought\n"
               "      me a drink. After that I felt weird and I don't remember anything from about quarter\n"
               "      past one. I woke up in his bed at his flat with my knickers off. I'm sore. I think he\n"
               "      had sex with me. I would never.'\n"
               "13:22 Read over, agreed. (Sgd) I Fairweather\n"
               "13:30 Clothing bag: KA/1 dress, KA/2 knickers.")]
    c.add("PNB ASANTE.pdf", "pdf", bl, st, D(2026, 3, 16), "OTHER")

    # Schedules --------------------------------------------------------------------
    hdr = ["Item", "Description and relative location", "Location", "DO comment", "CPS"]
    p1 = [
        [1, "MERIDIAN incident log 0461 of 15/03/2026 (call from ED nurse)", "Copy with file", "RP - sent", ""],
        [2, "Crime record AV-26-08812 with updates to 07/05/2026", "Copy with file", "RP - sent", ""],
        [3, "PC 2755 ASANTE PNB 2755/6 p.19, initial account 13:10 15/03/2026", "Copy with file",
         "First complaint - sent", ""],
        [4, "Witness PNC/PND checks 07/05/2026 - nil", "Copy with file", "RP - sent", ""],
        [5, "Two photographs from complainant's phone, 14/03/2026 23:15, showing her with E HOLT (in extraction "
            "report AH/1)", "Copy with file (AH/1)", "May assist defence - sent", ""],
        [6, "Instagram follow request from 'cal_redd' 15/03/2026 10:12 (in AH/1)", "Copy with file (AH/1)",
         "Neutral - sent", ""],
        [7, "PC 0930 LYLE PNB 16/03/2026: account of door supervisor Lewis PAGE - saw a man helping a 'very drunk' "
            "woman out at about 01:50", "OIC file", "CPS to consider", ""],
        [8, "DC MARLOW PNB 21/03/2026: accounts of friends Sasha BYRNE and Tia OKOYE - left 00:30, saw nothing "
            "relevant", "OIC file", "Does not meet test", ""],
    ]
    p2 = [
        [9, "Note of early advice telephone call with CPS duty lawyer T WREN, 19/03/2026", "OIC file",
         "Not disclosable (privileged)", ""],
        [10, "ABE interview plan, DC TULLOCH / DC MARLOW, 16/03/2026", "OIC file", "Does not meet test", ""],
        [11, "Avonbury Council CCTV control e-mail 23/03/2026: no camera covers Wharf Road", "OIC file",
         "Does not meet test", ""],
        [12, "DFU notes of suspect's phone examination, 30/03/2026 - no contact with complainant, no images in "
             "range", "DFU", "Does not meet test", ""],
        [13, "Custody record C REDDINGTON 18/03/2026", "Custody system", "Does not meet test", ""],
        [14, "Search record Flat 3, 88 Wharf Road, 18/03/2026 (bedding and condom wrapper seized, not submitted)",
         "OIC file", "Does not meet test", ""],
        [15, "Pre-interview disclosure to Mr SIDDIQ 18/03/2026", "OIC file", "Does not meet test", ""],
    ]
    foot = ["Disclosure officer: DC 1183 M TULLOCH   (signed)   07/05/2026"]
    write_xlsx(c._p("MG6C.xlsx"), [
        ("MG6C p1", ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", "R v Callum REDDINGTON - URN 29AV0350826 - "
                                                                         "page 1 of 2",
                     "The disclosure officer believes that the following material, which does not form part of the "
                     "prosecution case, is not sensitive."], hdr, p1, [7, 70, 22, 24, 8], foot),
        ("MG6C p2", ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (continuation)",
                     "R v Callum REDDINGTON - URN 29AV0350826 - page 2 of 2"], hdr, p2, [7, 70, 22, 24, 8], foot)],
        D(2026, 5, 7), "M Tulloch")
    c._rec("MG6C.xlsx", "MG6C", None)

    st = dict(mer, head_right="MG6D", orient="L")
    bl = [T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          KV([("R v", "Callum REDDINGTON"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "07/05/2026")], 2),
          TB(["Item", "Description", "Reason for sensitivity"], [
              ["1", "The Willow Centre SARC records, 15/03/2026 (released with consent)", "Confidential medical"],
              ["2", "Avonbury General ED record of attendance 15/03/2026 (released with consent)",
               "Confidential medical"],
              ["3", "ISVA referral, Avonbury ISVA Hub, 15/03/2026", "Personal data of complainant"],
              ["4", "Complainant's contact details and university timetable (for witness care)", "Personal data"]],
             [8, 60, 32])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 5, 7), "MG6D")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6E", docx_font="Verdana", size=9.5)
    bl = [T("Disclosure Officer's Report (MG6E)"),
          KV([("URN", urn), ("R v", "Callum REDDINGTON"), ("DO", OIC), ("Date", "07/05/2026")], 2),
          P("Material which may undermine the prosecution or assist the defence: MG6C items 5 (photographs at "
            "23:15 showing the complainant apparently sober) and 7 (door supervisor's account, which could be "
            "read as describing her as drunk rather than drugged). Both are flagged for the prosecutor."),
          P("I confirm that all relevant material has been recorded on the MG6C/MG6D."),
          P("(signed) M TULLOCH DC 1183")]
    c.add("MG6E.docx", "docx", bl, st, D(2026, 5, 7), "MG6E", nb=1)

    st = dict(mer, head_right="MG2")
    bl = [T("MG2 Special Measures Assessment"),
          KV([("Witness", "Imogen FAIRWEATHER"), ("URN", urn), ("Discussed", "17/03/2026"), ("Officer", OIC)], 2),
          TB(["Measure", "Witness's view / officer's assessment"], [
              ["s.27 video-recorded evidence-in-chief", "Yes - ABE MT/1"],
              ["s.28 pre-recorded cross-examination", "Explained. She does not want it; she would rather be "
                                                      "cross-examined at trial by live link."],
              ["s.24 live link", "Yes - from a remote site"],
              ["Screens", "Only if live link not available"],
              ["Intermediary", "Not required - no communication needs"],
              ["Supporter", "ISVA Priya MENON"]], [35, 65])]
    c.add("MG2.pdf", "pdf", bl, st, D(2026, 3, 17), "MG2")

    st = dict(mer, head_right="MG12")
    bl = [T("MG12 Exhibit List"),
          TB(["Ref", "Description", "Producer"], [
              ["MT/1", "ABE interview of I FAIRWEATHER 17/03/2026", "DC 1183 TULLOCH"],
              ["DK/1", "CCTV clip camera 3 The Foundry 01:51:40-01:53:10 15/03/2026", "D KILBRIDE"],
              ["KA/1", "Black dress", "PC 2755 ASANTE"],
              ["KA/2", "Underwear", "PC 2755 ASANTE"],
              ["FM/1-FM/6", "SARC swabs", "Dr F McALLISTER"],
              ["FM/7", "Blood sample (toxicology)", "Dr F McALLISTER"],
              ["FM/8", "Urine sample (toxicology)", "Dr F McALLISTER"],
              ["CR/1", "Reference DNA sample C REDDINGTON", "Custody 18/03/2026"],
              ["AH/1", "Extraction report, complainant's iPhone", "DMI A HUSSEIN"]], [14, 60, 26])]
    c.add("MG12.pdf", "pdf", bl, st, D(2026, 5, 7), "MG12")

    c.expect(must_fail=[], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case G: "case 0193" (Calderbrook Constabulary)  FAULTY
# Planted: key_statements (colleague at work named as first account, no
# statement, only a plan) and dig_prop (blanket full download requested).
# ---------------------------------------------------------------------------
def case_g(outdir):
    urn = "47KQ0520226"
    c = Case(outdir, "case 0193", "charging", 1, urn)
    OIC = "DC 2871 Owain PRICE"
    base = dict(head_left="OFFICIAL-SENSITIVE", head_right="Calderbrook Constabulary",
                foot="URN 47KQ0520226  -  Page {p} of {nb}", meta_author="O Price")

    st = dict(base, head_right="MG3", h_fill=(220, 228, 240))
    bl = [T("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
          S("MG3  |  Calderbrook Constabulary, RASSO Investigation Team"),
          KV([("URN", urn), ("Date of report", "06/05/2026"), ("Suspect", "PELHAM, Aaron (born 14/12/1994)"),
              ("Offence", "Rape, s.1 Sexual Offences Act 2003"), ("Complainant", "Sophie LINDQVIST (28)"),
              ("Officer in the case", OIC), ("OIC direct line", "01632 960477")], 2),
          KV([("OIC e-mail", "owain.price@calderbrook.police.example"),
              ("Supervisor", "DS 1290 Anita CHAUDHRY - endorsed 06/05/2026")], 1),
          H("1. Decision requested"), P("Full Code Test."),
          H("2. Early advice"),
          P("Early advice was not sought because the suspect's account was obtained within ten days and the "
            "file was then ready for a full decision."),
          H("3. Summary"),
          P("Sophie LINDQVIST and Aaron PELHAM were in a relationship for two years and separated in December "
            "2025. On Friday 30/01/2026 at about 21:30 he came to her flat, Flat 9 Merrow House, Calderbrook, to "
            "collect belongings. She says that after an argument he pushed her onto the bed and had vaginal "
            "intercourse with her while she told him to stop and tried to push him away. He left at about 22:15."),
          H("4. The complainant's account"),
          P("ABE interview on 04/02/2026 by DC PRICE (recording OP/1, summary and my statement attached)."),
          H("5. First accounts"),
          P("At 22:40 that night she rang her sister, who lives in Leeds, and told her; the sister's statement is "
            "attached. The next day she told a colleague at work, a senior care assistant at Birchwood Care Home, "
            "who encouraged her to report. A statement from her colleague has not yet been taken; it is planned "
            "and the target date is 22/05/2026. She reported at the front counter of Calderbrook Central on "
            "02/02/2026."),
          H("6. Suspect's account"),
          P("Interviewed 10/02/2026 with a solicitor. He accepts intercourse and says it was consensual: they had "
            "been talking about getting back together and 'one thing led to another'. He denies pushing her or "
            "that she said stop. Likely defence: consent."),
          H("7. Lines of enquiry, including those pointing away from the suspect"),
          TB(["Line", "Result"], [
              ["Messages between them before and after 30/01/2026", "From her phone download (see section 10): "
               "friendly messages on 28/01 about collecting his things, including her 'come round Friday, we can "
               "talk'. This may support his account and is disclosed. After: her message 31/01 'you know what you "
               "did' and his reply 'I'm sorry, I thought we were ok'."],
              ["Neighbours at Merrow House", "House-to-house 03/02/2026: no one heard anything."],
              ["Door-entry system at Merrow House", "The management company's door-entry log shows the flat 9 "
                                                    "buzzer answered at 21:27 and the main door opened from inside "
                                                    "at 22:16, matching both accounts of the timings (on the MG6C). "
                                                    "There is no CCTV at Merrow House."],
              ["Suspect's previous behaviour", "PNC: a 2020 caution for harassment of a previous partner (print "
                                               "attached)."],
              ["Injuries", "FME 02/02/2026: small bruise left upper arm (Dr KESTEVEN's statement)."]], [30, 70]),
          H("8. Outstanding"),
          TB(["Item", "Target date"], [["Statement from the colleague at work (first account)", "22/05/2026"]],
             [75, 25]),
          H("9. Forensic and medical"),
          P("SARC examination on 02/02/2026 by Dr KESTEVEN (statement attached). As she reported three days later "
            "and intercourse is admitted, no swabs were submitted. She consented in writing to release of the SARC "
            "notes to police and CPS (SARC consent form, 02/02/2026)."),
          H("10. Digital"),
          P("Sophie's Samsung phone was downloaded in full on 05/02/2026 after she signed a Digital Processing "
            "Notice. The download report is attached."),
          H("11. Bail"),
          P("Pre-charge bail to 10/06/2026. Conditions: not to contact Sophie LINDQVIST directly or indirectly; "
            "not to enter Merrow House."),
          H("12. Victim and witness care"),
          P("Special measures: MG2 attached - she is eligible under s.17(4); she wants ABE as evidence-in-chief "
            "and screens; she was told about s.28 on 04/02/2026 and wants her cross-examination pre-recorded. No "
            "intermediary needed. Needs: she works shifts at a care home; contact by text. ISVA: referred "
            "02/02/2026 (Calder ISVA Service). VPS: offered 04/02/2026; she will make one later."),
          H("13. Disclosure"),
          P("MG6C and MG6D attached; incident log, crime report, PC TOWNSEND's notebook and witness checks sent.")]
    c.add("MG3 LINDQVIST v PELHAM.pdf", "pdf", bl, st, D(2026, 5, 6), "MG3")

    c.add_raw("ABE_SL_040226.mp4", lambda p: make_video(
        p, 3, ["ABE SUITE 2 - CALDERBROOK", "04/02/2026  OP/1"], 71, start=(10, 5, 0)), "ABE_RECORDING")
    st = dict(base, head_right="ABE summary")
    bl = [T("RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY"),
          KV([("Interviewee", "Sophie LINDQVIST"), ("URN", urn), ("Date", "04/02/2026 10:05-11:02"),
              ("Interviewer", OIC), ("Exhibit", "OP/1 (ABE_SL_040226.mp4)")], 2),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions, ground rules."],
              ["00:05", "Relationship history; separation in December."],
              ["00:12", "30/01: he came to collect his things; argument about a watch; he pushed her onto the bed; "
                        "she said 'stop, I don't want to'; he had sex with her; she turned her face to the wall."],
              ["00:31", "He left about 22:15. She rang her sister at 22:40."],
              ["00:38", "Next day at work she told her colleague Jade, who said she should go to the police."],
              ["00:45", "Messages with him before and after."],
              ["00:55", "Closure."]], [12, 88]),
          P("DC 2871 O PRICE, 05/02/2026")]
    c.add("ABE summary SL.pdf", "pdf", bl, st, D(2026, 2, 5), "ABE_SUMMARY")

    w = dict(name="Owain PRICE", age="Over 18", occ="Detective Constable 2871", date="05/02/2026",
             sig="O PRICE DC 2871 [signed]",
             body=["I am a Detective Constable and ABE-trained interviewer in the RASSO Investigation Team.",
                   "On 04/02/2026 between 10:05 and 11:02 I interviewed Sophie LINDQVIST on video in ABE Suite 2 at "
                   "Calderbrook Central. DC 3871 SEHGAL monitored. The interview plan we prepared on 03/02/2026 is "
                   "retained and listed as unused material.",
                   "I produce the working copy of the recording, file ABE_SL_040226.mp4, as exhibit OP/1."])
    bl, st = mg11("calder", urn, w)
    c.add("MG11 DC PRICE.pdf", "pdf", bl, st, D(2026, 2, 5), "MG11", "officer")

    w = dict(name="Gemma TOWNSEND", age="Over 18", occ="Police Constable 5528", date="02/02/2026",
             sig="(Sgd) G TOWNSEND PC 5528",
             body=["I am a Police Constable at Calderbrook Central.",
                   "At 09:20 on Monday 02/02/2026 I was on front counter duty when Sophie LINDQVIST came in and asked "
                   "to report a rape. I took her to a private room. She told me that on Friday night her ex-partner "
                   "Aaron PELHAM had come to her flat to collect his things, pushed her onto the bed and had sex "
                   "with her when she told him to stop. I made notes in my pocket notebook (PNB 5528/4, pp.2-4).",
                   "No body-worn video was recorded; the front counter interview rooms have no camera and I was not "
                   "wearing one.",
                   "I arranged a SARC appointment for 14:00 and informed the RASSO team."])
    bl, st = mg11("calder", urn, w)
    c.add("MG11 PC TOWNSEND.pdf", "pdf", bl, st, D(2026, 2, 2, 17), "MG11", "officer")

    st = dict(base, head_right="PNB 5528/4 (typed copy)", font="mono", size=9)
    bl = [T("PNB 5528/4 pp.2-4 - PC TOWNSEND - typed copy"),
          MONO("02/02/2026 09:25 Front counter, Calderbrook Central. URN 47KQ0520226\n"
               "IP Sophie LINDQVIST: 'Aaron came on Friday to get his stuff. We argued. He pushed me\n"
               "on the bed and had sex with me. I told him to stop. I rang my sister after. I told Jade\n"
               "at work on Saturday and she said to come in.'\n"
               "09:48 Read over - agreed (Sgd) S Lindqvist.  SARC 14:00 booked.")]
    c.add("PNB TOWNSEND.pdf", "pdf", bl, st, D(2026, 2, 3), "OTHER")

    w = dict(name="Hannah LINDQVIST", age="Over 18", occ="Physiotherapist", date="06/02/2026", pages=1,
             sig="(Sgd) H. Lindqvist", witnessed="DC 2871 O PRICE",
             body=["I am Sophie LINDQVIST's older sister. I live in Leeds. This statement was taken by video call and "
                   "I signed it electronically.",
                   "At about 22:40 on Friday 30 January 2026 Sophie rang me. She was sobbing. She said Aaron had come "
                   "round to get his things and that he had pushed her on the bed and 'made me have sex with him'. "
                   "She said she kept telling him to stop. I told her to call the police; she said she couldn't face "
                   "it that night. I stayed on the phone with her for about an hour.",
                   "I know Aaron; they were together for two years."])
    bl, st = mg11("calder", urn, w)
    c.add("MG11 H LINDQVIST.docx", "docx", bl, st, D(2026, 2, 6), "MG11", "first_account", nb=1)

    w = dict(name="Dr Anand KESTEVEN", age="Over 18", occ="Forensic Physician", date="09/02/2026",
             sig="Signed: A. Kesteven",
             body=["I am a Forensic Physician at Brookside SARC, Calderbrook (MBChB, DFFLM).",
                   "At 14:00 on 02/02/2026 I examined Sophie LINDQVIST with her written consent. She gave a history "
                   "of non-consensual vaginal intercourse on the evening of 30/01/2026.",
                   "There was a 2 cm yellow-brown bruise on the outer left upper arm, consistent with an injury "
                   "several days old. No anogenital injury was seen; this neither supports nor undermines her "
                   "account. No samples were submitted, as agreed with the OIC.",
                   "I understand my duty to the court as an expert witness."])
    bl, st = mg11("calder", urn, w)
    c.add("FME statement KESTEVEN.pdf", "pdf", bl, st, D(2026, 2, 9), "MG11", "expert")

    # Digital: DPN (present) and a blanket request (planted) ------------------------------
    st = dict(base, head_right="DPN")
    bl = [T("DIGITAL PROCESSING NOTICE"),
          S("Police, Crime, Sentencing and Courts Act 2022, s.37"),
          KV([("URN", urn), ("Device user", "Sophie LINDQVIST"), ("Device", "Samsung Galaxy A54"),
              ("Officer", OIC)], 2),
          H("What we will extract"), P("A full extraction of the device."),
          H("Your rights"), P("You do not have to agree and may withdraw agreement before the extraction starts."),
          KV([("Device user", "S Lindqvist (signed)"), ("Date", "04/02/2026 11:30"),
              ("Officer", "O Price DC 2871 (signed)"), ("Date", "04/02/2026 11:30")], 2)]
    c.add("DPN SL.pdf", "pdf", bl, st, D(2026, 2, 4), "DPN")

    st = dict(base, head_right="DFU request form DF-7")
    bl = [T("Digital Forensic Unit - Device Examination Request (DF-7)"),
          KV([("URN", urn), ("Requesting officer", OIC), ("Date", "04/02/2026"),
              ("Device", "Samsung Galaxy A54 - complainant (S LINDQVIST)"),
              ("Examination level", "Level 2 - full file system extraction"),
              ("Data required", "All data"), ("Date range", "All dates"),
              ("Reason", "Full download of complainant's phone, standard in RASSO cases, to review all content for "
                         "anything relevant to the investigation."),
              ("Authorised", "DS 1290 A CHAUDHRY 04/02/2026")], 1)]
    c.add("digital examination request.pdf", "pdf", bl, st, D(2026, 2, 4), ["OTHER", "CORRESPONDENCE"])

    st = dict(base, head_right="DFU")
    bl = [T("Download report - full file system extraction"),
          KV([("URN", urn), ("Exhibit", "OP/2"), ("Device", "Samsung Galaxy A54 (S LINDQVIST)"),
              ("Extraction", "05/02/2026, full file system, all data"), ("Examiner", "DMI P LARKHAM")], 1),
          TB(["Category", "Items"], [["Messages (all apps)", "48,212"], ["Images", "11,904"], ["Videos", "612"],
                                     ["Call log", "3,118"], ["Web history", "22,450"], ["Location points", "96,020"],
                                     ["Health data", "present"]], [50, 50]),
          P("Relevant items identified by OIC review: WhatsApp chat with 'Aaron' 28/01/2026 - 31/01/2026 (14 "
            "messages), call to 'Hannah' 30/01/2026 22:40 (61 min).")]
    c.add("download report SL.pdf", "pdf", bl, st, D(2026, 2, 12), "DIGITAL_EXTRACT")

    st = dict(base, head_right="MG15")
    bl = [T("RECORD OF TAPED INTERVIEW"),
          KV([("Person interviewed", "Aaron PELHAM"), ("URN", urn), ("Date", "10/02/2026"), ("Times", "11:10-11:58"),
              ("Interviewers", "DC 2871 PRICE, DC 3871 SEHGAL"), ("Solicitor", "Ms Rachel DUFFY")], 2),
          TB(["Time", "Speaker", "Record"], [
              ["11:12", "PELHAM", "Went to collect his things; they talked about getting back together."],
              ["11:20", "PELHAM", "They kissed; she took him to the bedroom; sex was consensual."],
              ["11:31", "PRICE", "Puts that she said stop and he pushed her. PELHAM: 'That never happened.'"],
              ["11:40", "PELHAM", "Accepts his message 'I'm sorry, I thought we were ok' - says he was sorry they "
                                  "argued afterwards."],
              ["11:58", "-", "Concluded."]], [12, 16, 72])]
    c.add("ROTI PELHAM.pdf", "pdf", bl, st, D(2026, 2, 11), "ROTI")

    st = dict(base, head_right="PNC print", font="mono", size=9)
    bl = [T("POLICE NATIONAL COMPUTER - PRINT"),
          MONO("PELHAM, AARON   14/12/1994   PNC 20/0552187M\n"
               "CONVICTIONS 0\n"
               "CAUTIONS 1: 02/06/2020 CALDERBROOK - HARASSMENT (PROTECTION FROM HARASSMENT ACT 1997 s.2)\n"
               "            (VICTIM: FORMER PARTNER)\n"
               "URN REF 47KQ0520226  PRINTED 05/05/2026")]
    c.add("PNC PELHAM.pdf", "pdf", bl, st, D(2026, 5, 5), "PNC")

    st = dict(base, head_right="Witness checks")
    bl = [T("Prosecution witness conviction checks"),
          KV([("URN", urn), ("Checked by", OIC), ("Date", "05/05/2026")], 2),
          TB(["Witness", "Role", "Result"], [
              ["Sophie LINDQVIST", "Complainant", "No trace"], ["Hannah LINDQVIST", "First account", "No trace"],
              ["Dr Anand KESTEVEN", "Expert", "No trace"]], [35, 30, 35])]
    c.add("witness PNC checks.pdf", "pdf", bl, st, D(2026, 5, 5), "PNC")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="ATLAS Command & Control", font="mono", size=9)
    bl = [T("INCIDENT LOG 0288 02/02/2026"),
          MONO("09:21 FRONT COUNTER REPORT  URN 47KQ0520226\n"
               "      IP SOPHIE LINDQVIST REPORTS RAPE BY EX-PARTNER AARON PELHAM FRI 30/01 ~2130-2215\n"
               "      AT HER FLAT MERROW HOUSE. IP SAFE. PC 5528 DEALING.\n"
               "10:02 SARC BOOKED 14:00\n"
               "10:30 CRIME CB-26-004419 RAISED. CLOSED")]
    c.add("CAD 0288 02-02-26.pdf", "pdf", bl, st, D(2026, 5, 5), "INCIDENT_LOG")

    st = dict(base, head_right="ATLAS Crime Record")
    bl = [T("ATLAS - CRIME RECORD CB-26-004419"),
          KV([("URN", urn), ("Classification", "Rape of a female 16+ (HO 19C) - domestic"),
              ("Victim", "Sophie LINDQVIST, F, 28 - no disability declared"), ("Suspect", "Aaron PELHAM, 31"),
              ("Reported", "02/02/2026 09:21"), ("OIC", OIC)], 2),
          P("Log: 02/02 initial account, SARC, ISVA referral; 04/02 ABE, DPN, VPS offered; 05/02 full download; "
            "06/02 sister's statement; 10/02 arrest and interview; 06/05 MG3 submitted.")]
    c.add("crime report CB-26-004419.pdf", "pdf", bl, st, D(2026, 5, 5), "CRIME_REPORT")

    st = dict(base, head_right="MG6C", orient="L")
    bl = [T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
          KV([("R v", "Aaron PELHAM"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "05/05/2026")], 2),
          TB(["No.", "Description and relative location", "Location", "DO view"], [
              ["1", "Incident log 0288 of 02/02/2026", "Copy with file", "RP - sent"],
              ["2", "Crime record CB-26-004419", "Copy with file", "RP - sent"],
              ["3", "PC 5528 TOWNSEND PNB 5528/4 pp.2-4 - initial account at front counter", "Copy with file",
               "First complaint - sent"],
              ["4", "Witness conviction checks 05/05/2026", "Copy with file", "RP - sent"],
              ["5", "ABE interview plan, DC PRICE / DC SEHGAL, 03/02/2026", "OIC file", "Does not meet test"],
              ["6", "WhatsApp messages 28/01/2026 including 'come round Friday, we can talk' (download report OP/2)",
               "Copy with file (OP/2)", "May assist defence - sent"],
              ["7", "Merrow House door-entry log 30/01/2026: flat 9 buzzer answered 21:27, main door opened from "
                    "inside 22:16 (management company e-mail 04/02/2026)", "OIC file", "Neutral"],
              ["8", "House-to-house proforma, Merrow House, 03/02/2026 - nothing heard", "OIC file",
               "Does not meet test"],
              ["9", "Custody record A PELHAM 10/02/2026", "Custody system", "Does not meet test"]], [6, 55, 19, 20])]
    c.add("MG6C.pdf", "pdf", bl, st, D(2026, 5, 5), "MG6C")

    st = dict(base, head_right="MG6D", orient="L")
    bl = [T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          KV([("R v", "Aaron PELHAM"), ("URN", urn)], 2),
          TB(["No.", "Description", "Reason"], [
              ["1", "Brookside SARC notes 02/02/2026 (released with consent)", "Medical confidentiality"],
              ["2", "Full download of complainant's phone (OP/2 data set) - material not reviewed as relevant",
               "Complainant's private data"],
              ["3", "ISVA referral 02/02/2026", "Personal data"]], [6, 60, 34])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 5, 5), "MG6D")

    st = dict(base, head_right="MG2")
    bl = [T("SPECIAL MEASURES ASSESSMENT (MG2)"),
          KV([("Witness", "Sophie LINDQVIST"), ("URN", urn), ("Date", "04/02/2026"), ("Officer", OIC)], 2),
          TB(["Measure", "View"], [["s.27 ABE as evidence-in-chief", "Yes"],
                                   ["s.28 pre-recorded cross-examination", "Explained; she wants it"],
                                   ["Screens", "Yes"], ["Intermediary", "Not required"]], [45, 55])]
    c.add("MG2.pdf", "pdf", bl, st, D(2026, 2, 4), "MG2")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG12", meta_author="O Price")
    bl = [T("EXHIBIT LIST (MG12)"), KV([("URN", urn)], 1),
          TB(["Exhibit", "Description", "Produced by"], [
              ["OP/1", "ABE interview of S LINDQVIST 04/02/2026", "DC 2871 PRICE"],
              ["OP/2", "Download report of complainant's phone", "DMI P LARKHAM / DC PRICE"]], [15, 60, 25])]
    c.add("MG12.docx", "docx", bl, st, D(2026, 5, 5), "MG12", nb=1)

    c.expect(must_fail=["key_statements", "dig_prop"], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
        "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "multimedia", "exhibits",
        "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case H: KITE-26-0420 (Northmere Police)  FAULTY
# Planted: abe_recording (the ABE file is truncated and will not play) and
# signed (the cousin's MG11 has blank signature and date).
# ---------------------------------------------------------------------------
def _truncated_mp4(path, seed):
    make_video(path, 4, ["NORTHMERE VRI 1", "03/03/2026 KAS/1"], seed, start=(14, 0, 0))
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[: int(len(data) * 0.37)])   # copy interrupted: no moov atom


def case_h(outdir):
    urn = "62XB0301126"
    c = Case(outdir, "KITE-26-0420", "charging", 1, urn)
    OIC = "DC 3377 Kerry ASTLEY"

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG3  Northmere Police", docx_font="Arial",
              foot="Operation KITE - URN 62XB0301126 - page {p} of {nb}", meta_author="K Astley", h_caps=True)
    bl = [T("Report to Crown Prosecutor for Charging Decision"),
          S("Form MG3 - Northmere Police Serious Sexual Offences Unit - Operation KITE"),
          KV([("URN", urn), ("Date", "15/04/2026"), ("Suspect", "Liam GARVEY, born 02/05/1998"),
              ("Offence", "Rape, s.1 SOA 2003"), ("Complainant", "Chantelle BRISCOE, 33"), ("OIC", OIC),
              ("OIC direct line", "01632 960736"), ("OIC e-mail", "kerry.astley@northmere.police.example")], 2),
          H("Decision sought"), P("Full Code Test."),
          H("Early advice"),
          P("Not sought: the suspect was interviewed and the DNA result received within five weeks, and my DS "
            "agreed the file should go straight for a charging decision."),
          H("Outline"),
          P("On 28/02/2026 Chantelle BRISCOE went to an after-party at 5 Tanner's Yard, Northmere, the home of a "
            "friend. At about 03:00 she went to sleep, fully clothed, in the spare room. She woke at about 04:30 to "
            "find Liam GARVEY, whom she had met that evening, having vaginal intercourse with her; her jeans and "
            "underwear had been pulled down. She pushed him off and left at about 04:45, walking to her cousin "
            "Danielle's flat nearby."),
          H("Complainant's evidence"),
          P("ABE interview on 03/03/2026 by DC ASTLEY. The recording (ABE_CB_030326.mp4, exhibit KAS/1), the "
            "summary, the interview plan and my statement exhibiting the recording are attached."),
          H("First account"),
          P("She told her cousin Danielle BRISCOE at about 05:10 on 28/02/2026, at Danielle's flat. Danielle's "
            "statement is attached. Chantelle rang 101 herself at 09:15."),
          H("Suspect's account"),
          P("Interviewed 04/03/2026. He accepts intercourse and says she was awake, had been flirting with him all "
            "night, invited him into the spare room and 'kissed me back'. Defence: consent."),
          H("Lines of enquiry"),
          TB(["Enquiry", "Result"], [
              ["Other guests at 5 Tanner's Yard (6 people)", "All spoken to. Two saw them talking and laughing in "
               "the kitchen at about 02:00 (may assist the defence - MG6C). None saw them go upstairs. The host saw "
               "Chantelle go up alone at about 03:00 and said she looked 'shattered'. Notes on the MG6C."],
              ["DNA", "SFR1: semen on high vaginal swab matches GARVEY; intercourse not in dispute."],
              ["Messages", "GARVEY's phone examined for contact with Chantelle 27/02-05/03/2026: he sent her a "
                           "Facebook friend request at 06:12 on 28/02. No other contact."],
              ["Her phone", "No digital line of enquiry relating to her phone was identified; it has not been "
                            "requested."],
              ["CCTV", "None: Tanner's Yard is a residential cul-de-sac with no cameras (checked 01/03/2026)."]],
             [30, 70]),
          H("Outstanding"), P("No further enquiries are outstanding."),
          H("Forensic and medical"),
          P("FME at The Beacon SARC on 28/02/2026 by Dr ROSTOV (statement attached). SFR1 attached. Chantelle "
            "signed the SARC consent to release of her records to police and CPS on 28/02/2026."),
          H("Bail"),
          P("Pre-charge bail to 04/06/2026; conditions: no contact with Chantelle or Danielle BRISCOE; not to go to "
            "Tanner's Yard."),
          H("Victim"),
          P("Special measures: MG2 attached (s.17(4); ABE as evidence-in-chief; screens; s.28 explained on "
            "03/03/2026 and she wants it; no intermediary needed). Needs: none beyond evening contact by phone. "
            "ISVA: referred 28/02/2026 to Northmere ISVA Service. VPS: offered 03/03/2026; made on 10/04/2026 and "
            "attached."),
          H("Disclosure"),
          P("MG6C and MG6D attached; incident log, crime report, PC IQBAL's notebook and witness checks provided."),
          H("Supervisor"), P("Endorsed by DS 3302 Nia PROTHERO, 15/04/2026.")]
    c.add("MG3 KITE.docx", "docx", bl, st, D(2026, 4, 15), "MG3", nb=3)

    # The ABE file is present but truncated.
    c.add_raw("ABE_CB_030326.mp4", lambda p: _truncated_mp4(p, 81), "ABE_RECORDING")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Northmere Police", docx_font="Arial", meta_author="K Astley")
    bl = [T("ABE Summary"),
          KV([("Witness", "Chantelle BRISCOE"), ("URN", urn), ("Date", "03/03/2026"), ("Interviewer", OIC),
              ("Recording", "KAS/1 ABE_CB_030326.mp4 (14:00-14:49)")], 2),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions."],
              ["00:04", "The party; met Liam; chatted in the kitchen; no kissing."],
              ["00:15", "Went to sleep alone in the spare room about 03:00, fully dressed."],
              ["00:21", "Woke about 04:30; jeans and knickers down; Liam on top of her having sex with her. She "
                        "pushed him and said 'get off me'. He said 'you wanted this'."],
              ["00:33", "Left; walked to Danielle's; told her."],
              ["00:44", "Closure."]], [12, 88])]
    c.add("ABE summary CB.docx", "docx", bl, st, D(2026, 3, 4), "ABE_SUMMARY", nb=1)

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="ABE plan", foot="page {p} of {nb}")
    bl = [T("ABE Interview Plan"),
          KV([("Witness", "Chantelle BRISCOE"), ("URN", urn), ("Prepared", "02/03/2026 by DC ASTLEY and DC 2218 "
                                                                           "FOLEY")], 1),
          P("Objectives: full account of events in the spare room, earlier interaction with the suspect, alcohol, "
            "first account. Needs: none identified; no intermediary. Phases: rapport, free narrative, questioning, "
            "closure.")]
    c.add("ABE plan CB.pdf", "pdf", bl, st, D(2026, 3, 2), "ABE_PLAN")

    w = dict(name="Kerry ASTLEY", age="Over 18", occ="Detective Constable 3377", date="04/03/2026",
             sig="K. Astley DC 3377",
             body=["I am a Detective Constable in the Serious Sexual Offences Unit and an ABE-trained interviewer.",
                   "On 03/03/2026 from 14:00 to 14:49 at Northmere VRI suite 1 I interviewed Chantelle BRISCOE on "
                   "video. DC 2218 FOLEY monitored.",
                   "I produce the working copy of the recording, digital file ABE_CB_030326.mp4, as exhibit KAS/1."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 DC ASTLEY.pdf", "pdf", bl, st, D(2026, 3, 4), "MG11", "officer")

    w = dict(name="Mohammed IQBAL", age="Over 18", occ="Police Constable 2044", date="28/02/2026",
             sig="PC 2044 M IQBAL",
             body=["I am a Police Constable at Northmere Central.",
                   "At 09:40 on 28/02/2026 I was sent to incident 0342, a report of rape made by the victim by 101. "
                   "At 10:05 I arrived at a flat in Northmere where Chantelle BRISCOE was with her cousin.",
                   "She told me briefly that she had fallen asleep at a party at 5 Tanner's Yard and had woken to find "
                   "a man she knew as Liam having sex with her. I recorded this in my PNB (2044/11 p.7). My "
                   "body-worn camera was not switched on: she asked me not to record her and I respected that.",
                   "I seized her jeans (MI/1) and underwear (MI/2) and arranged a SARC appointment."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 PC IQBAL.pdf", "pdf", bl, st, D(2026, 2, 28, 17), "MG11", "officer")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PNB 2044/11", font="mono", size=9)
    bl = [T("PNB 2044/11 p.7 - typed copy"),
          MONO("28/02/2026 10:05  URN 62XB0301126\n"
               "IP Chantelle BRISCOE: 'I fell asleep at the party at Tanner's Yard. I woke up and Liam\n"
               "was on top of me having sex with me. My jeans were down. I pushed him off and ran to\n"
               "Danielle's.'  Asked not to be filmed.  10:19 read over, agreed (Sgd) C Briscoe")]
    c.add("PNB IQBAL.pdf", "pdf", bl, st, D(2026, 3, 1), "OTHER")

    # Planted: first-account MG11 with no signature and no date.
    w = dict(name="Danielle BRISCOE", age="Over 18", occ="Hairdresser", date="____________", pages=1,
             sig="______________________", witnessed="______________________",
             body=["I am Chantelle BRISCOE's cousin. I live in a flat about ten minutes' walk from Tanner's Yard, "
                   "Northmere.",
                   "At about 05:10 on Saturday 28 February 2026 my buzzer went. It was Chantelle. She was crying and "
                   "her mascara was all down her face. She had her jacket on inside out.",
                   "She told me she had fallen asleep in the spare room at the party and woke up with 'that Liam' on "
                   "top of her having sex with her. She said 'I was asleep, Dan, I was asleep'. She said she pushed "
                   "him off and ran.",
                   "I made her a tea and she stayed with me. At about 09:15 she rang the police from my flat."])
    bl, st = mg11("north", urn, w)
    c.add("D BRISCOE statement.docx", "docx", bl, st, D(2026, 3, 5), "MG11", "first_account", nb=1)

    w = dict(name="Dr Helena ROSTOV", age="Over 18", occ="Forensic Physician, The Beacon SARC", date="10/03/2026",
             sig="H. Rostov",
             body=["I am a forensic physician at The Beacon SARC, Northmere (MFFLM).",
                   "At 14:00 on 28/02/2026 I examined Chantelle BRISCOE with her written consent. She described "
                   "waking to find a man having vaginal intercourse with her.",
                   "I found no injuries. This neither supports nor undermines her account. I took swabs HR/1 to HR/4 "
                   "and handed them to DC ASTLEY.",
                   "I understand my duty to the court and have complied with it."])
    bl, st = mg11("north", urn, w)
    c.add("MG11 Dr ROSTOV.pdf", "pdf", bl, st, D(2026, 3, 10), "MG11", "expert")

    st = dict(head_left="OFFICIAL", head_right="Kestrel Forensic Science Ltd", font="serif")
    bl = [T("Streamlined Forensic Report (SFR1)"),
          KV([("Our ref", "KFS/26/13020"), ("URN", urn), ("Date", "01/04/2026"), ("Scientist", "Dr Imran BHATTI")], 2),
          P("HR/2 (high vaginal swab, Chantelle BRISCOE): semen identified; DNA profile matches Liam GARVEY "
            "(reference CS/4). Match probability less than one in a billion."),
          P("Dr Imran BHATTI (signed) 01/04/2026")]
    c.add("SFR1 KFS-26-13020.pdf", "pdf", bl, st, D(2026, 4, 1), "FORENSIC")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG15", meta_author="K Astley")
    bl = [T("Record of Interview"), S("MG15 - summary"),
          KV([("Interviewee", "Liam GARVEY"), ("URN", urn), ("Date", "04/03/2026 15:30-16:12"),
              ("Officers", "DC ASTLEY, DC FOLEY"), ("Solicitor", "Mr Ben OAKES")], 2),
          P("He accepts sex with Chantelle in the spare room. He says she had been flirting all evening, that she "
            "said 'come up' when she went upstairs, and that she was awake and 'kissed me back'. He denies she was "
            "asleep. Asked why he sent a friend request at 06:12: 'I liked her.'")]
    c.add("ROTI GARVEY.docx", "docx", bl, st, D(2026, 3, 5), "ROTI", nb=1)

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PNC", font="mono", size=9)
    bl = [T("PNC - Convictions / Antecedents"),
          MONO("GARVEY, LIAM PATRICK  02/05/1998  PNCID 16/0301022H\n"
               "NO CONVICTIONS, CAUTIONS OR WARNINGS\nPRINTED 14/04/2026 FOR URN 62XB0301126")]
    c.add("PNC GARVEY.pdf", "pdf", bl, st, D(2026, 4, 14), "PNC")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="Northmere Police")
    bl = [T("Previous convictions of prosecution witnesses"),
          KV([("URN", urn), ("Date", "14/04/2026"), ("By", OIC)], 2),
          TB(["Witness", "Result"], [["Chantelle BRISCOE", "No trace"], ["Danielle BRISCOE", "No trace"],
                                     ["Dr Helena ROSTOV", "No trace"]], [50, 50])]
    c.add("witness checks.pdf", "pdf", bl, st, D(2026, 4, 14), "PNC")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PRISM Command & Control", font="mono", size=8.5)
    bl = [T("PRISM INCIDENT 0342 28/02/2026"),
          MONO("09:15 101 CALL  CALLER CHANTELLE BRISCOE (VICTIM)  URN 62XB0301126\n"
               "      WOKE AT A PARTY 5 TANNER'S YARD TO MALE 'LIAM' HAVING SEX WITH HER. NOW AT\n"
               "      COUSIN'S FLAT. NOT INJURED. HAS NOT WASHED.\n"
               "09:40 PC 2044 DISPATCHED   10:05 ON SCENE\n"
               "10:45 CRIME NM/26/4102. SARC 14:00. CLOSED")]
    c.add("incident 0342.pdf", "pdf", bl, st, D(2026, 4, 14), "INCIDENT_LOG")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="PRISM RMS")
    bl = [T("Crime Report NM/26/4102"),
          KV([("URN", urn), ("Offence", "Rape of a female 16+ (HO 19C)"), ("Victim", "Chantelle BRISCOE, F, 33"),
              ("Suspect", "Liam GARVEY, 27"), ("OIC", OIC), ("Status", "MG3 submitted 15/04/2026")], 2),
          P("Updates: 28/02 account, SARC, ISVA referral; 03/03 ABE, VPS offered; 04/03 arrest and interview; "
            "01/04 SFR1; 10/04 VPS made; 15/04 MG3.")]
    c.add("crime report NM-26-4102.pdf", "pdf", bl, st, D(2026, 4, 14), "CRIME_REPORT")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6C", orient="L")
    bl = [T("Police Schedule of Non-Sensitive Unused Material"),
          KV([("R v", "Liam GARVEY"), ("URN", urn), ("Disclosure officer", OIC), ("Date", "14/04/2026")], 2),
          TB(["No.", "Description and relative location", "Location", "DO comment"], [
              ["1", "PRISM incident log 0342 of 28/02/2026", "Copy with file", "RP - sent"],
              ["2", "Crime report NM/26/4102", "Copy with file", "RP - sent"],
              ["3", "PC 2044 IQBAL PNB 2044/11 p.7 - first account to police", "Copy with file", "First complaint - "
                                                                                                  "sent"],
              ["4", "Witness conviction checks 14/04/2026", "Copy with file", "RP - sent"],
              ["5", "DC FOLEY notes 01-02/03/2026 of accounts of six party guests (names and addresses listed); two "
                    "saw C BRISCOE and L GARVEY talking and laughing in the kitchen about 02:00", "OIC file",
               "May assist defence - CPS to consider"],
              ["6", "Note of CCTV check, Tanner's Yard, 01/03/2026: no cameras", "OIC file", "Does not meet test"],
              ["7", "DFU report on suspect's phone (contact with complainant only), 20/03/2026", "OIC file",
               "Does not meet test"],
              ["8", "Custody record L GARVEY 04/03/2026", "Custody", "Does not meet test"]], [6, 56, 18, 20])]
    c.add("MG6C.pdf", "pdf", bl, st, D(2026, 4, 14), "MG6C")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6D", orient="L")
    bl = [T("Police Schedule of Sensitive Material"),
          KV([("R v", "Liam GARVEY"), ("URN", urn)], 2),
          TB(["No.", "Description", "Reason"], [
              ["1", "Beacon SARC records 28/02/2026 (released with consent)", "Medical"],
              ["2", "ISVA referral 28/02/2026", "Personal data"]], [6, 60, 34])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 4, 14), "MG6D")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG2")
    bl = [T("MG2 Special Measures"),
          KV([("Witness", "Chantelle BRISCOE"), ("URN", urn), ("Date", "03/03/2026")], 2),
          TB(["Measure", "View"], [["ABE as evidence-in-chief (s.27)", "Yes"],
                                   ["s.28 pre-recorded cross-examination", "Explained - wants it"],
                                   ["Screens", "Yes"], ["Intermediary", "Not needed"]], [50, 50])]
    c.add("MG2.pdf", "pdf", bl, st, D(2026, 3, 3), "MG2")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="VPS")
    bl = [T("Victim Personal Statement"),
          KV([("Name", "Chantelle BRISCOE"), ("URN", urn), ("Date", "10/04/2026")], 2),
          P("I don't go to parties any more. I can't sleep anywhere but my own bed with the door locked."),
          P("Signed: C. Briscoe   10/04/2026")]
    c.add("VPS CB.pdf", "pdf", bl, st, D(2026, 4, 10), "VPS")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG12")
    bl = [T("Exhibit list (MG12)"), KV([("URN", urn)], 1),
          TB(["Ref", "Description", "Produced by"], [
              ["KAS/1", "ABE recording of C BRISCOE 03/03/2026", "DC 3377 ASTLEY"],
              ["MI/1", "Jeans", "PC 2044 IQBAL"], ["MI/2", "Underwear", "PC 2044 IQBAL"],
              ["HR/1-HR/4", "SARC swabs", "Dr H ROSTOV"], ["CS/4", "Reference DNA L GARVEY", "Custody"]],
             [15, 60, 25])]
    c.add("MG12.pdf", "pdf", bl, st, D(2026, 4, 14), "MG12")

    c.expect(must_fail=["abe_recording", "signed"], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "abe_summary", "abe_exhibited", "abe_plan",
        "officer_statement", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
        "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
        "exhibits", "forensic_medical", "special_measures", "victim_care", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case I: for_gatekeeper (Wealdhurst Police)  FAULTY
# Planted: mg6d (no sensitive schedule, not even a nil return),
# witness_convictions (no checks on prosecution witnesses),
# outstanding_dated (outstanding items listed with no target dates).
# ---------------------------------------------------------------------------
def case_i(outdir):
    urn = "33WH0612426"
    c = Case(outdir, "for_gatekeeper", "charging", 1, urn)
    OIC = "DC 5530 Alys MORGAN"
    tess = dict(head_left="OFFICIAL-SENSITIVE", head_right="Tessera RMS export", font="serif",
                foot="Tessera  |  33WH0612426  |  {p}/{nb}", meta_author="Tessera RMS")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG3", foot="R v COLEY MG3 page {p} of {nb}",
              meta_author="A Morgan", meta_title="MG3")
    bl = [T("MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
          S("Wealdhurst Police - Rape and Serious Sexual Offences Team"),
          KV([("URN", urn), ("Date", "28/04/2026"), ("Suspect", "Nathan COLEY (DOB 11/09/1985)"),
              ("Offences", "Rape (SOA 2003 s.1); sexual assault (s.3)"),
              ("Complainant", "Kerry-Ann WESTLAKE (36)"), ("OIC", OIC), ("OIC telephone", "01632 960590"),
              ("Supervisor", "DS 1044 Ruth AMBROSE, reviewed 28/04/2026")], 1),
          H("Decision required"), P("Full Code Test charging decision."),
          H("Early advice"),
          P("Not sought: the DNA result was available within four weeks and contradicts the suspect's denial; the "
            "file was ready for a full decision."),
          H("Summary"),
          P("Kerry-Ann WESTLAKE rents the upstairs flat at 40A Foundry Lane, Wealdhurst. Nathan COLEY owns the "
            "building and keeps a key. At about 01:30 on 17/02/2026 she woke to find him in her bedroom. He got "
            "into her bed, touched her breasts and vagina, and then, holding her down, had vaginal intercourse "
            "with her. She screamed and he left. She ran downstairs to her friend and neighbour at 40B."),
          H("Her evidence"),
          P("ABE interview 19/02/2026 by DC MORGAN: recording AM/1, summary and DC MORGAN's statement attached."),
          H("First account"),
          P("At about 01:50 she told her friend and downstairs neighbour Bernadette O'SHEA, who called 999 at "
            "01:58. Mrs O'SHEA's statement is attached."),
          H("Suspect's account"),
          P("Arrested 17/02/2026 at 08:00 at his girlfriend's address; interviewed the same day. He denies being at "
            "40A Foundry Lane that night. He says he was at home with his girlfriend, Lorna FITCH, from 23:00. "
            "Defence: denial/alibi. His girlfriend's statement (attached) says he came in at about 23:00 and was in "
            "bed when she woke at 07:00, but she went to sleep at 23:30 and cannot say whether he went out."),
          H("Lines of enquiry"),
          TB(["Enquiry", "Result"], [
              ["DNA", "SFR1 (16/03/2026): semen on high vaginal swab matches COLEY - contradicts his denial."],
              ["Alibi (points away)", "Statement from Lorna FITCH taken; she cannot account for him between 23:30 "
                                      "and 07:00."],
              ["Keys to 40A", "Complainant says only she and COLEY have keys. Letting agent asked to confirm."],
              ["Suspect's phone and cell site", "Phone seized on arrest. Examination requested of his call records, "
                                                "messages and location data for 16/02/2026 20:00 to 17/02/2026 "
                                                "08:00 only, and cell site analysis for 01:00-02:00, to test the "
                                                "alibi."],
              ["Complainant's phone", "Not examined and not requested: there is no digital line of enquiry "
                                      "concerning it."]], [30, 70]),
          H("Outstanding evidence"),
          P("Download of the suspect's phone - in progress. Cell site analysis - requested, awaited. Statement "
            "from the letting agent about keys - to follow."),
          H("Forensic and medical"),
          P("FME at the Wealdhurst SARC on 17/02/2026 by Dr Olu BANKOLE (statement attached). SFR1 attached. Ms "
            "WESTLAKE signed consent for the SARC records to be released to police and CPS on 17/02/2026."),
          H("Bail"),
          P("Pre-charge bail to 17/05/2026. Conditions: not to contact Kerry-Ann WESTLAKE or Bernadette O'SHEA; "
            "not to enter Foundry Lane; not to attend 40A or 40B Foundry Lane for any purpose (property matters "
            "through the letting agent)."),
          H("Victim"),
          P("MG2 attached: s.17(4) eligible; ABE as evidence-in-chief; s.28 explained on 19/02/2026 - she wants it; "
            "screens; no intermediary needed. Needs: she has moved out to her mother's and wants contact by phone "
            "after 17:00. ISVA: referred 17/02/2026 (Wealdhurst Rape Crisis). VPS: offered 19/02/2026; she will "
            "make one after a charging decision."),
          H("Disclosure"),
          P("MG6C attached. Incident log and crime report attached.")]
    c.add("MG3_COLEY.rtf", "rtf", bl, st, D(2026, 4, 28), "MG3", nb=3)

    c.add_raw("VRI KW 190226.mp4", lambda p: make_video(
        p, 3, ["WEALDHURST VRI SUITE A", "19/02/2026 AM/1"], 91, start=(11, 0, 0), codec="mpeg4"),
        "ABE_RECORDING")
    st = dict(tess, head_right="VRI summary")
    bl = [T("ABE Interview - Summary"),
          KV([("URN", urn), ("Witness", "Kerry-Ann WESTLAKE"), ("Date", "19/02/2026 11:00-11:58"),
              ("Interviewer", OIC), ("Recording", "VRI KW 190226.mp4 - AM/1")], 2),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions."],
              ["00:06", "Tenancy; COLEY as landlord; he has 'always been a bit too friendly'."],
              ["00:14", "Woke about 01:30; he was standing by the bed; he got in; touched her breasts and between "
                        "her legs; she said no and tried to get up; he held her wrists and had sex with her."],
              ["00:32", "She screamed; he left by the front door; she ran down to Bernie at 40B."],
              ["00:50", "Closure."]], [12, 88])]
    c.add("VRI summary KW.pdf", "pdf", bl, st, D(2026, 2, 20), "ABE_SUMMARY")

    def weald(name, occ, date, body, fname, role, dt, fmt="pdf", nb=None, witnessed=None):
        w = dict(name=name, age="Over 18", occ=occ, date=date, body=body, sig="[signed]", witnessed=witnessed)
        if nb:
            w["pages"] = nb
        bl, st = mg11("weald", urn, w)
        c.add(fname, fmt, bl, st, dt, "MG11", role, nb=nb)

    weald("Alys MORGAN", "Detective Constable 5530", "20/02/2026",
          ["I am a Detective Constable on the RASSO team and ABE trained.",
           "On 19/02/2026 between 11:00 and 11:58 at VRI Suite A, Wealdhurst, I interviewed Kerry-Ann WESTLAKE on "
           "video. I produce the working copy, file VRI KW 190226.mp4, as exhibit AM/1."],
          "statement DC MORGAN.pdf", "officer", D(2026, 2, 20))
    weald("Daniel WHITTLE", "Police Constable 4419", "17/02/2026",
          ["At 01:59 on 17/02/2026 I was dispatched to 40B Foundry Lane, Wealdhurst, and arrived at 02:10 as the "
           "first officer.",
           "Kerry-Ann WESTLAKE was in the ground-floor flat with Bernadette O'SHEA. She was shaking and wrapped in a "
           "blanket. She told me that her landlord Nathan COLEY had let himself into her flat, got into her bed and "
           "raped her. I recorded her words in my pocket notebook (PNB 4419/2 p.15) at 02:14.",
           "My body-worn camera was not working that night (battery fault logged at 00:40), so nothing was "
           "recorded.",
           "I seized her pyjama bottoms (DW/1) and bedsheet (DW/2) from 40A."],
          "statement PC WHITTLE.pdf", "officer", D(2026, 2, 17, 8))
    weald("Bernadette O'SHEA", "Retired nurse", "18/02/2026",
          ["I live at 40B Foundry Lane, the ground-floor flat. Kerry-Ann WESTLAKE lives upstairs at 40A. We have "
           "become good friends.",
           "At about 01:50 on 17/02/2026 Kerry-Ann banged on my door, screaming my name. She was in a vest top and "
           "knickers and was hysterical. She said 'Nathan was in my bed. He raped me. He's got a key.' She said he "
           "held her arms down.",
           "I have seen Nathan COLEY, the landlord, at the building many times. I rang 999 at 01:58."],
          "statement O'SHEA B.pdf", "first_account", D(2026, 2, 18), witnessed="DC 5530 A MORGAN")
    weald("Lorna FITCH", "Receptionist", "24/02/2026",
          ["I live at 3 Millbrook Close, Wealdhurst, with my boyfriend Nathan COLEY.",
           "On Monday 16 February 2026 Nathan came home at about 23:00. We watched television and I went to bed at "
           "about 23:30. I take sleeping tablets and I sleep heavily. I did not wake until my alarm at 07:00, when "
           "Nathan was in bed next to me.",
           "I cannot say whether or not he went out during the night."],
          "statement FITCH L.rtf", "witness", D(2026, 2, 24), fmt="rtf", nb=1, witnessed="DC 5530 A MORGAN")
    weald("Dr Olu BANKOLE", "Forensic Physician, Wealdhurst SARC", "03/03/2026",
          ["I am a forensic physician (MBBS, DFFLM) at the Wealdhurst Sexual Assault Referral Centre.",
           "At 11:00 on 17/02/2026 I examined Kerry-Ann WESTLAKE with her written consent.",
           "There were fresh bruises on both forearms consistent with gripping. There was a 0.4 cm fresh abrasion "
           "at the posterior fourchette, consistent with recent penetration; it does not indicate whether the "
           "penetration was consensual.",
           "I took swabs OB/1 to OB/4 and handed them to DC MORGAN.",
           "I understand my duty to the court."],
          "FME statement BANKOLE.pdf", "expert", D(2026, 3, 3))

    st = dict(head_left="OFFICIAL", head_right="Halvern Forensic Services")
    bl = [T("STREAMLINED FORENSIC REPORT - SFR1"),
          KV([("Lab ref", "LAB-26-08842"), ("URN", urn), ("Date", "16/03/2026"), ("Scientist", "Dr Morven TAIT")], 2),
          P("OB/2 (high vaginal swab, K WESTLAKE): semen; DNA profile matches Nathan COLEY (reference NC/1). Match "
            "probability less than one in a billion."),
          P("Dr Morven TAIT (signed electronically) 16/03/2026")]
    c.add("SFR1 DNA KW.pdf", "pdf", bl, st, D(2026, 3, 16), "FORENSIC")

    st = dict(tess, head_right="ROTI")
    bl = [T("Record of Taped Interview"),
          KV([("Interviewee", "Nathan COLEY"), ("URN", urn), ("Date", "17/02/2026 15:20-16:01"),
              ("Officers", "DC 5530 MORGAN, DC 3106 SOLE"), ("Solicitor", "Mr Alan VICKERS")], 2),
          P("COLEY denies being at 40A Foundry Lane on the night. He says he was at home with Lorna FITCH from "
            "23:00 and did not go out. He says he has keys to all his properties 'for emergencies' but has never "
            "entered 40A without notice. Asked how his DNA could be found (result not yet known at interview, put "
            "hypothetically): 'It wouldn't be.'")]
    c.add("ROTI COLEY.pdf", "pdf", bl, st, D(2026, 2, 18), "ROTI")

    st = dict(tess, head_right="PNC", font="mono", size=9)
    bl = [T("PNC print"),
          MONO("COLEY NATHAN  11/09/1985  PNCID 05/0998123C\nNO CONVICTIONS  NO CAUTIONS\n"
               "URN 33WH0612426  PRINTED 27/04/2026")]
    c.add("PNC COLEY.pdf", "pdf", bl, st, D(2026, 4, 27), "PNC")

    st = dict(tess, head_right="Command and control", font="mono", size=8.5)
    bl = [T("Incident 0019 / 17-02-2026"),
          MONO("01:58 999 CALLER BERNADETTE O'SHEA 40B FOUNDRY LANE  URN 33WH0612426\n"
               "      UPSTAIRS NEIGHBOUR KERRY-ANN SAYS LANDLORD NATHAN LET HIMSELF IN AND RAPED HER\n"
               "      SUSPECT LEFT ON FOOT. VICTIM WITH CALLER.\n"
               "01:59 PC 4419 DISPATCHED GRADE 1   02:10 ON SCENE\n"
               "02:40 SARC REFERRAL. CRIME WH-26-09917. CLOSED 03:30")]
    c.add("incident 0019 170226.pdf", "pdf", bl, st, D(2026, 4, 27), "INCIDENT_LOG")

    st = dict(tess, head_right="Crime WH-26-09917")
    bl = [T("Tessera crime record WH-26-09917"),
          KV([("URN", urn), ("Crime", "Rape (HO 19C); sexual assault (HO 17A)"), ("Reported", "17/02/2026 01:58"),
              ("Victim", "Kerry-Ann WESTLAKE, F, 36"), ("Suspect", "Nathan COLEY, 40, landlord"), ("OIC", OIC)], 1),
          P("Log: 17/02 arrest, interview, bail, SARC, ISVA referral; 19/02 ABE, VPS offered, s.28 explained; "
            "24/02 alibi statement; 16/03 SFR1; 28/04 MG3.")]
    c.add("Tessera crime WH-26-09917.pdf", "pdf", bl, st, D(2026, 4, 27), "CRIME_REPORT")

    st = dict(head_left="OFFICIAL-SENSITIVE", head_right="MG6C", docx_font="Times New Roman")
    bl = [T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
          KV([("R v", "Nathan COLEY"), ("URN", urn), ("Disclosure officer", OIC), ("Page", "1 of 1")], 2),
          TB(["Item", "Description and relative location", "Location", "Comment"], [
              ["1", "Incident log 0019 of 17/02/2026 (999 call from B O'SHEA)", "Copy with file", "RP - sent"],
              ["2", "Crime record WH-26-09917", "Copy with file", "RP - sent"],
              ["3", "PC 4419 WHITTLE PNB 4419/2 p.15 - initial account 02:14 17/02/2026", "Wealdhurst station",
               "First complaint record"],
              ["4", "BWV fault log for camera issued to PC 4419, 17/02/2026 00:40", "OIC file", "Does not meet test"],
              ["5", "Custody record N COLEY 17/02/2026", "Custody", "Does not meet test"],
              ["6", "Search record 3 Millbrook Close 17/02/2026 (clothing and phone seized)", "OIC file",
               "Does not meet test"],
              ["7", "Tenancy agreement for 40A Foundry Lane (COLEY landlord, WESTLAKE tenant) from 2024", "OIC file",
               "Does not meet test"],
              ["8", "Pre-interview disclosure to Mr VICKERS 17/02/2026", "OIC file", "Does not meet test"]],
             [7, 55, 18, 20])]
    c.add("MG6C unused COLEY.docx", "docx", bl, st, D(2026, 4, 27), "MG6C", nb=1)

    st = dict(tess, head_right="MG2")
    bl = [T("MG2 Special Measures Assessment"),
          KV([("Witness", "Kerry-Ann WESTLAKE"), ("URN", urn), ("Date", "19/02/2026")], 2),
          TB(["Measure", "View"], [["ABE as evidence-in-chief", "Yes"], ["s.28", "Explained - wants it"],
                                   ["Screens", "Yes"], ["Intermediary", "Not required"]], [50, 50])]
    c.add("MG2 KW.pdf", "pdf", bl, st, D(2026, 2, 19), "MG2")

    st = dict(tess, head_right="MG12")
    bl = [T("Exhibit list (MG12)"), KV([("URN", urn)], 1),
          TB(["Exhibit", "Description", "Produced by"], [
              ["AM/1", "ABE recording K WESTLAKE 19/02/2026", "DC 5530 MORGAN"],
              ["DW/1", "Pyjama bottoms", "PC 4419 WHITTLE"], ["DW/2", "Bedsheet from 40A", "PC 4419 WHITTLE"],
              ["OB/1-OB/4", "SARC swabs", "Dr O BANKOLE"], ["NC/1", "Reference DNA N COLEY", "Custody"]],
             [15, 60, 25])]
    c.add("MG12.pdf", "pdf", bl, st, D(2026, 4, 27), "MG12")

    c.expect(must_fail=["mg6d", "witness_convictions", "outstanding_dated"], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "lines_of_enquiry", "suspect_account",
        "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
        "officer_statement", "signed", "suspect_interview", "previous_convictions", "mg6c",
        "schedule_descriptions", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    c.write_expected()
    return c

# ---------------------------------------------------------------------------
# Case J: "RASSO 26-114 (DRUMMOND)" (Thornmouth Police)  FAULTY
# Male complainant. Planted: schedule_descriptions (vague MG6C entries) and
# special_measures (dismissed as "N/A", no MG2, no s.28 view).
# ---------------------------------------------------------------------------
def case_j(outdir):
    urn = "71TM0207926"
    c = Case(outdir, "RASSO 26-114 (DRUMMOND)", "charging", 1, urn)
    OIC = "DC 3318 Rosa PENHALIGON"
    quarry = dict(head_left="OFFICIAL - SENSITIVE", head_right="Thornmouth Police | Quarry",
                  foot="Quarry case 71TM0207926 | page {p} of {nb}", h_fill=(230, 230, 240),
                  meta_author="R Penhaligon")

    st = dict(quarry, head_right="MG3 | Thornmouth Police")
    bl = [KV(urn_boxes(urn), 4),
          T("REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
          KV([("Suspect", "KELLAWAY, Stuart (DOB 19/01/1992)"), ("Offence", "Assault by penetration - SOA 2003 s.2"),
              ("Complainant", "DRUMMOND, Finlay (22)"), ("Date of offence", "11/04/2026 approx. 03:00"),
              ("Location", "12 Lantern Court, Thornmouth"), ("Report date", "20/05/2026"),
              ("OIC", OIC), ("OIC tel.", "01632 960274"), ("OIC e-mail", "rosa.penhaligon@thornmouth.police.example"),
              ("Supervisor", "DS 0917 Kenan YILDIZ - reviewed 20/05/2026")], 2),
          H("Test requested"), P("Full Code Test."),
          H("Early advice"),
          P("Early advice was not sought because the suspect was interviewed within a week and the file was then "
            "ready, save for forensic results which have a firm date."),
          H("Summary"),
          P("On the evening of 10/04/2026 Finlay DRUMMOND and two friends played video games at Stuart KELLAWAY's "
            "flat. The friends left at about 01:00. Finlay, who had been drinking, fell asleep on the sofa at about "
            "01:30. He woke at about 03:00 to find his jogging bottoms pulled down and KELLAWAY's fingers in his "
            "anus. He shouted, pushed him away and walked home, arriving at 03:40."),
          H("Complainant's evidence"),
          P("ABE interview 14/04/2026 by DC PENHALIGON: recording RP/4, summary and statement attached."),
          H("First account"),
          P("He told his housemate, who was still up, when he got home at 03:40. The housemate's statement is "
            "attached. Finlay rang 101 at 10:05."),
          H("Suspect's account"),
          P("Interviewed 15/04/2026 (scanned record attached). He says nothing sexual happened: Finlay was asleep "
            "on the sofa when he went to bed at about 01:45 and must have left in the night. Defence: denial."),
          H("Lines of enquiry"),
          TB(["Enquiry", "Result / status"], [
              ["Perianal and finger-related swabs", "Submitted 20/04/2026; results due 30/06/2026."],
              ["The two friends who left at 01:00 (points both ways)", "Both spoken to: nothing sexual or "
               "flirtatious seen; Finlay 'pretty drunk' when they left. Notes on the MG6C."],
              ["Messages", "KELLAWAY sent Finlay a WhatsApp at 11:20 on 11/04: 'you alright? you left in a "
                           "hurry'. Finlay showed it to PC MORCOMBE, who photographed the screen (LM/3). His phone "
                           "was not taken or examined."],
              ["CCTV", "There is no CCTV at Lantern Court or on his route home (checked 12/04/2026)."],
              ["Suspect's history", "PNC: no convictions."]], [35, 65]),
          H("Outstanding"),
          TB(["Evidence", "Target date"], [["DNA results on swabs SA/1-SA/4 (Halvern Forensic Services)",
                                            "30/06/2026"]], [75, 25]),
          H("Forensic / medical"),
          P("FME at Halden SARC on 11/04/2026 by Dr ACHTERBERG (statement attached). Finlay signed consent for "
            "release of the SARC record to police and CPS on 11/04/2026."),
          H("Bail"),
          P("Pre-charge bail to 15/07/2026; not to contact Finlay DRUMMOND or Rory BELL directly or indirectly."),
          H("Victim and witness care"),
          P("Special measures: N/A - adult male witness, no vulnerability identified."),
          P("Needs: he works early shifts as a barista; contact after 14:00 by phone. ISVA: referred 11/04/2026 to "
            "Thornmouth Rape Crisis male survivors' service. VPS: offered 14/04/2026; he may make one later."),
          H("Disclosure"),
          P("MG6C and MG6D attached. Incident log, crime report and witness checks are included.")]
    c.add("MG3 DRUMMOND.pdf", "pdf", bl, st, D(2026, 5, 20), "MG3")

    c.add_raw("VRI_FD_140426.mp4", lambda p: make_video(
        p, 4, ["THORNMOUTH VRI ROOM 1", "14/04/2026 RP/4"], 101, start=(15, 0, 0)), "ABE_RECORDING")
    st = dict(quarry, head_right="VRI summary")
    bl = [KV(urn_boxes(urn), 4), T("Video Recorded Interview - Summary"),
          KV([("Interviewee", "DRUMMOND, Finlay"), ("Date", "14/04/2026 15:00-15:46"), ("Interviewer", OIC),
              ("Exhibit", "RP/4 - VRI_FD_140426.mp4")], 2),
          TB(["Time", "Summary"], [
              ["00:00", "Introductions."],
              ["00:05", "Gaming night; drinks (about eight cans); friends left about 01:00."],
              ["00:12", "Fell asleep on sofa. Woke about 03:00; jogging bottoms down; Stuart's fingers in his anus. "
                        "He shouted 'what the fuck' and shoved him. Stuart said 'sorry, sorry, I thought you were "
                        "awake'."],
              ["00:25", "Walked home; told Rory."],
              ["00:40", "Closure."]], [12, 88])]
    c.add("VRI summary FD.pdf", "pdf", bl, st, D(2026, 4, 15), "ABE_SUMMARY")

    w = dict(name="PENHALIGON, Rosa", age="Over 18", occ="Detective Constable 3318", date="15.04.2026",
             sig="(Sgd) R PENHALIGON",
             body=["I am a Detective Constable on the RASSO team and ABE trained.",
                   "On 14/04/2026 from 15:00 to 15:46 in VRI Room 1, Thornmouth, I interviewed Finlay DRUMMOND on "
                   "video. I produce the working copy, file VRI_FD_140426.mp4, as exhibit RP/4."])
    bl, st = mg11("thorn", urn, w)
    c.add("MG11 PENHALIGON (FD).pdf", "pdf", bl, st, D(2026, 4, 15), "MG11", "officer")

    w = dict(name="MORCOMBE, Leah", age="Over 18", occ="Police Constable 1877", date="11.04.2026",
             sig="(Sgd) L MORCOMBE PC 1877",
             body=["I am a Police Constable at Thornmouth.",
                   "At 10:40 on 11/04/2026 I was sent to incident 0207 and at 11:00 arrived at Finlay DRUMMOND's "
                   "shared house, the first officer to attend. He told me that his friend Stuart had put his fingers "
                   "up his bum while he was asleep at Stuart's flat. I noted this in my PNB (1877/5 p.22).",
                   "At his request I did not switch on my body-worn camera, so there is no body-worn video.",
                   "I seized his jogging bottoms (LM/1) and boxer shorts (LM/2). At 11:20 he showed me a WhatsApp "
                   "message from Stuart and I photographed his phone screen (LM/3)."])
    bl, st = mg11("thorn", urn, w)
    c.add("MG11 MORCOMBE 1877.pdf", "pdf", bl, st, D(2026, 4, 11, 16), "MG11", "officer")

    w = dict(name="BELL, Rory", age="Over 18", occ="Warehouse operative", date="12.04.2026",
             sig="(Sgd) R. BELL", witnessed="PC 1877 MORCOMBE",
             body=["I share a house in Thornmouth with Finlay DRUMMOND.",
                   "At about 03:40 on Saturday 11 April 2026 I was still up playing a game when Finlay came in. He was "
                   "pale and out of breath. He sat on the stairs and said 'Stu did something to me. I woke up and he "
                   "had his fingers up my arse.' He was shaking. I said he should call the police; he said he would "
                   "in the morning. He did at about 10:00."])
    bl, st = mg11("thorn", urn, w)
    c.add("BELL R MG11.pdf", "pdf", bl, st, D(2026, 4, 12), "MG11", "first_account")

    w = dict(name="ACHTERBERG, Dr Isobel", age="Over 18", occ="Forensic Physician", date="28.04.2026",
             sig="(Sgd) I. ACHTERBERG",
             body=["I am a Forensic Physician at Halden SARC, Thornmouth (MB BS, MRCGP, DFFLM).",
                   "At 15:00 on 11/04/2026 I examined Finlay DRUMMOND with his written consent. I found a 0.3 cm "
                   "superficial perianal abrasion, consistent with recent digital penetration; it does not show "
                   "whether he was asleep or consented.",
                   "I took swabs SA/1 to SA/4 and handed them to DC PENHALIGON.",
                   "I understand my duty to the court."])
    bl, st = mg11("thorn", urn, w)
    c.add("MG11 Dr ACHTERBERG (FD).pdf", "pdf", bl, st, D(2026, 4, 28), "MG11", "expert")

    # ROTI: scanned, image only ----------------------------------------------------------
    st = dict(head_left="OFFICIAL - SENSITIVE", head_right="ROTI - Thornmouth Police",
              foot="ROTI KELLAWAY - page {p} of {nb}", size=10.5)
    qa = [["15:02", "PENHALIGON", "Caution given; explained."],
          ["15:04", "KELLAWAY", "Confirms gaming night; Finlay, Jack and Sami there; Jack and Sami left about 1."],
          ["15:09", "KELLAWAY", "Finlay was 'pretty wasted' and fell asleep on the sofa. I put a blanket on him."],
          ["15:13", "KELLAWAY", "Went to bed about quarter to two. Did not go back into the lounge."],
          ["15:18", "LEWIN", "Puts the allegation. KELLAWAY: 'No. Nothing like that happened. I'm not gay.'"],
          ["15:24", "LEWIN", "Asks about 'sorry, sorry, I thought you were awake'. KELLAWAY: 'I never said that.'"],
          ["15:29", "PENHALIGON", "Puts WhatsApp 'you alright? you left in a hurry'. KELLAWAY: woke at 9, Finlay "
                                  "gone, door open, he was worried."],
          ["15:36", "KELLAWAY", "Suggests Finlay 'dreamt it' because he was drunk."],
          ["15:40", "PENHALIGON", "Forensic samples explained. KELLAWAY agrees to provide reference sample."],
          ["15:47", "PENHALIGON", "Anything to add? 'No comment on that, I've said it didn't happen.'"],
          ["15:49", "-", "Interview concluded."]]
    bl = [KV(urn_boxes(urn), 4), T("RECORD OF TAPED INTERVIEW"),
          KV([("Interviewee", "KELLAWAY, Stuart"), ("Date", "15/04/2026"), ("Times", "15:02-15:49"),
              ("Place", "Thornmouth Custody, room 1"), ("Officers", "DC 3318 PENHALIGON, DC 0655 LEWIN"),
              ("Solicitor", "Ms Eleanor GRANT")], 2),
          TB(["Time", "Speaker", "Summary of what was said"], qa, [12, 20, 68]),
          P("Record prepared by DC 0655 LEWIN on 16/04/2026. Signed: (Sgd) P LEWIN DC 0655."),
          PB(),
          KV(urn_boxes(urn), 4),
          H("Continuation - exhibits and custody"),
          P("Reference DNA sample taken 16:05 (SK/1). Clothing and bedding not seized from the flat: the suspect had "
            "laundered the sofa throw before arrest (seen in washing machine at search, 15/04/2026 09:10)."),
          P("Released on pre-charge bail 17:30 with conditions (see MG3).")]
    c.add("scan_ROTI_KELLAWAY.pdf", "scan", bl, st, D(2026, 4, 16, 9), "ROTI", seed=1404)

    st = dict(quarry, head_right="PNC", font="mono", size=9)
    bl = [T("PNC - record print"),
          MONO("KELLAWAY, STUART  19/01/1992  PNCID 11/0200918T\nNO CONVICTIONS.  NO CAUTIONS.\n"
               "URN 71TM0207926  PRINTED 19/05/2026")]
    c.add("PNC KELLAWAY.pdf", "pdf", bl, st, D(2026, 5, 19), "PNC")

    # Witness checks photographed on a phone (one page) -----------------------------------
    st = dict(head_left="OFFICIAL - SENSITIVE", head_right="Thornmouth Police", size=11)
    bl = [KV(urn_boxes(urn), 4),
          T("Witness PNC / PND checks"),
          S("Rebuttable presumption - convictions of prosecution witnesses"),
          TB(["Witness", "Role", "PNC", "PND"], [
              ["DRUMMOND, Finlay", "Complainant", "No trace", "No trace"],
              ["BELL, Rory", "First account", "No trace", "No trace"],
              ["ACHTERBERG, Dr Isobel", "Expert", "No trace", "No trace"]], [35, 25, 20, 20]),
          P("NIL RETURN - no prosecution witness has a conviction or caution."),
          P("Checked by DC 3318 PENHALIGON on 19/05/2026.   Signed: (Sgd) R Penhaligon")]
    c.add("IMG_0457.jpg", "photo", bl, st, D(2026, 5, 19, 16, 2), "PNC", seed=457, angle=-1.6,
          sig=(0.55, 0.325, 12))

    st = dict(quarry, head_right="Quarry C&C", font="mono", size=8.5)
    bl = [T("Quarry incident 0207 11/04/2026"),
          MONO("10:05 101 CALL  FINLAY DRUMMOND (VICTIM)  URN 71TM0207926\n"
               "      WOKE AT FRIEND STUART'S FLAT 12 LANTERN COURT ~0300 WITH FRIEND'S FINGERS IN HIS\n"
               "      ANUS. LEFT AND WALKED HOME. TOLD HOUSEMATE. NOT INJURED. HAS NOT SHOWERED.\n"
               "10:40 PC 1877 DISPATCHED   11:00 ON SCENE\n"
               "11:35 CLOTHING SEIZED. SARC 15:00. CRIME TH-26-2230. CLOSED")]
    c.add("Quarry incident 0207.pdf", "pdf", bl, st, D(2026, 5, 19), "INCIDENT_LOG")

    st = dict(quarry, head_right="Quarry crime")
    bl = [KV(urn_boxes(urn), 4), T("Crime record TH-26-2230"),
          KV([("Offence", "Assault of a male by penetration (HO 20B)"), ("Victim", "DRUMMOND, Finlay, M, 22"),
              ("Suspect", "KELLAWAY, Stuart, 34"), ("Reported", "11/04/2026 10:05"), ("OIC", OIC)], 1),
          P("Updates: 11/04 account, SARC, ISVA referral; 14/04 ABE, VPS offered; 15/04 arrest, interview, bail; "
            "20/04 swabs submitted; 20/05 MG3.")]
    c.add("Quarry crime TH-26-2230.pdf", "pdf", bl, st, D(2026, 5, 19), "CRIME_REPORT")

    # Planted: vague MG6C descriptions ------------------------------------------------------
    st = dict(quarry, head_right="MG6C", orient="L")
    bl = [KV(urn_boxes(urn), 4), T("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
          P("R v Stuart KELLAWAY. The disclosure officer believes that the material below is not sensitive."),
          TB(["No.", "Description and relative location", "Location", "Comment"], [
              ["1", "Incident log", "With file", "RP"],
              ["2", "Crime report", "With file", "RP"],
              ["3", "Misc. paperwork", "OIC file", ""],
              ["4", "Officer's notes", "OIC file", ""],
              ["5", "Various emails", "OIC file", ""],
              ["6", "Notes re friends", "OIC file", ""],
              ["7", "Custody stuff", "Custody", ""],
              ["8", "Docs from suspect's address", "Property store", ""]], [6, 54, 20, 20]),
          P("Disclosure officer: DC 3318 R PENHALIGON   (Sgd)   19/05/2026")]
    c.add("MG6C.pdf", "pdf", bl, st, D(2026, 5, 19), "MG6C")

    st = dict(quarry, head_right="MG6D", orient="L")
    bl = [KV(urn_boxes(urn), 4), T("POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          TB(["No.", "Description", "Reason", "CPS"], [
              ["1", "Halden SARC record of examination of F DRUMMOND, 11/04/2026 (released with consent)",
               "Medical - confidential", ""],
              ["2", "ISVA referral (male survivors' service), 11/04/2026", "Victim's personal details", ""]],
             [6, 54, 30, 10])]
    c.add("MG6D.pdf", "pdf", bl, st, D(2026, 5, 19), "MG6D")

    st = dict(quarry, head_right="MG12")
    bl = [KV(urn_boxes(urn), 4), T("MG12 - Exhibit list"),
          TB(["Exhibit", "Description", "Produced by"], [
              ["RP/4", "ABE interview of F DRUMMOND 14/04/2026", "DC 3318 PENHALIGON"],
              ["LM/1", "Jogging bottoms", "PC 1877 MORCOMBE"], ["LM/2", "Boxer shorts", "PC 1877 MORCOMBE"],
              ["LM/3", "Photograph of WhatsApp message on complainant's phone", "PC 1877 MORCOMBE"],
              ["SA/1-SA/4", "SARC swabs", "Dr I ACHTERBERG"], ["SK/1", "Reference DNA S KELLAWAY", "Custody"]],
             [15, 60, 25])]
    c.add("MG12 exhibits.pdf", "pdf", bl, st, D(2026, 5, 19), "MG12")

    c.expect(must_fail=["schedule_descriptions", "special_measures"], must_not_fail=[
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
        "exhibits", "forensic_medical", "files_readable", "one_urn"])
    c.write_expected()
    return c


# ---------------------------------------------------------------------------
def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    random.seed(14)
    np.random.seed(14)
    for fn in (case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h, case_i, case_j):
        fn(outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
