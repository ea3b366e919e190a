#!/usr/bin/env python3
"""batch06: a RASSO unit's fortnight of submissions (11-22 May 2026) from several invented forces.

Usage: python make_batch.py OUTDIR

Deterministic: seeded randomness, fixed dates, fixed PDF creation dates, zip members of DOCX/XLSX
written with a fixed timestamp. Standard library plus fpdf2, python-docx, openpyxl, Pillow, PyAV,
numpy. Everything is synthetic: invented forces, people and places; phone numbers from the UK drama
ranges; e-mail addresses at .example domains.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import shutil
import sys
import wave
import zipfile
from datetime import datetime, timezone, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path

import av
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from fpdf import FPDF
import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

SEED = 6006
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "sans": {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
             "BI": "DejaVuSans-BoldOblique.ttf"},
    "serif": {"": "DejaVuSerif.ttf", "B": "DejaVuSerif-Bold.ttf", "I": "DejaVuSerif-Italic.ttf",
              "BI": "DejaVuSerif-BoldItalic.ttf"},
    "mono": {"": "DejaVuSansMono.ttf", "B": "DejaVuSansMono-Bold.ttf", "I": "DejaVuSansMono-Oblique.ttf",
             "BI": "DejaVuSansMono-BoldOblique.ttf"},
    "cond": {"": "DejaVuSansCondensed.ttf", "B": "DejaVuSansCondensed-Bold.ttf",
             "I": "DejaVuSansCondensed-Oblique.ttf", "BI": "DejaVuSansCondensed-BoldOblique.ttf"},
}
MM_PER_PT = 25.4 / 72
ZIP_DATE = (2026, 5, 22, 9, 0, 0)


def fixed(y, m, d, hh=9, mi=0):
    return datetime(y, m, d, hh, mi, 0, tzinfo=timezone.utc)


# ----------------------------------------------------------------------------------------------
# text measurement and wrapping (same metrics for PDF and for drawn images)
# ----------------------------------------------------------------------------------------------
_FONT_CACHE: dict = {}


def pil_font(fam, style, px):
    key = (fam, style, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(FONT_DIR / FONTS[fam][style]), px)
    return _FONT_CACHE[key]


_W_CACHE: dict = {}


def text_w(s, fam, style, pt):
    """width in mm of s at pt points"""
    key = (s, fam, style)
    if key not in _W_CACHE:
        _W_CACHE[key] = pil_font(fam, style, 200).getlength(s)
    return _W_CACHE[key] * pt / 200 * MM_PER_PT


def wrap(text, width, fam, style, pt):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if not line or text_w(cand, fam, style, pt) <= width:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


# ----------------------------------------------------------------------------------------------
# page layout: a list of pages, each a list of drawing operations in mm
# ops: ("t", x, y_baseline, text, pt, style, fam, colour) ("l", x1, y1, x2, y2, width)
#      ("r", x, y, w, h, "D"|"F"|"FD", grey) ("sig", x, y, text, pt)
# ----------------------------------------------------------------------------------------------
class Layout:
    def __init__(self, fam="sans", size=10, margins=(18, 20, 18, 20), lh=1.35, on_new_page=None):
        self.fam, self.size, self.lhf = fam, size, lh
        self.L, self.T, self.R, self.B = margins
        self.W = 210 - self.L - self.R
        self.pages = []
        self.table_header = None
        self.on_new_page = on_new_page
        self._new()

    def _new(self):
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.T
        if self.on_new_page and len(self.pages) > 1:
            self.on_new_page(self, len(self.pages))
        if self.table_header:
            th, self.table_header = self.table_header, None
            th()
            self.table_header = th

    def lh(self, pt=None):
        return (pt or self.size) * MM_PER_PT * self.lhf

    def bottom(self):
        return 297 - self.B

    def need(self, h):
        if self.y + h > self.bottom():
            self._new()

    def text(self, x, y, s, pt=None, st="", fam=None, colour=None):
        self.ops.append(("t", x, y, s, pt or self.size, st, fam or self.fam, colour))

    def ctext(self, y, s, pt=None, st="", fam=None):
        pt = pt or self.size
        w = text_w(s, fam or self.fam, st, pt)
        self.text(self.L + (self.W - w) / 2, y, s, pt, st, fam)

    def rtext(self, x_right, y, s, pt=None, st="", fam=None):
        pt = pt or self.size
        w = text_w(s, fam or self.fam, st, pt)
        self.text(x_right - w, y, s, pt, st, fam)

    def para(self, s, pt=None, st="", indent=0, after=1.6, center=False, fam=None):
        pt = pt or self.size
        fam = fam or self.fam
        h = self.lh(pt)
        for ln in wrap(s, self.W - indent, fam, st, pt):
            self.need(h)
            if center:
                self.ctext(self.y + h * 0.78, ln, pt, st, fam)
            else:
                self.text(self.L + indent, self.y + h * 0.78, ln, pt, st, fam)
            self.y += h
        self.y += after

    def bullets(self, items, pt=None, mark="\u2022"):
        pt = pt or self.size
        h = self.lh(pt)
        for it in items:
            lines = wrap(it, self.W - 6, self.fam, "", pt)
            for k, ln in enumerate(lines):
                self.need(h)
                if k == 0:
                    self.text(self.L + 1, self.y + h * 0.78, mark, pt)
                self.text(self.L + 6, self.y + h * 0.78, ln, pt)
                self.y += h
            self.y += 0.8
        self.y += 1

    def heading(self, s, pt=None, st="B", style="plain", after=1.5):
        pt = pt or self.size + 1.5
        h = self.lh(pt)
        self.need(h * 3.2)
        if style == "shade":
            self.ops.append(("r", self.L, self.y, self.W, h + 1.0, "F", 215))
            self.text(self.L + 1.5, self.y + h * 0.8 + 0.3, s, pt, st)
            self.y += h + 1.0
        elif style == "bar":
            self.ops.append(("r", self.L, self.y, self.W, h + 1.0, "F", 60))
            self.text(self.L + 1.5, self.y + h * 0.8 + 0.3, s, pt, st, colour=(255, 255, 255))
            self.y += h + 1.0
        else:
            self.text(self.L, self.y + h * 0.8, s, pt, st)
            self.y += h
            if style == "rule":
                self.ops.append(("l", self.L, self.y + 0.3, self.L + self.W, self.y + 0.3, 0.35))
                self.y += 0.8
        self.y += after

    def space(self, mm):
        self.y += mm

    def grid(self, rows, widths, pt=None, header=None, pad=1.3, styles=None, shade_first_col=False,
             header_grey=215):
        pt = pt or self.size
        scale = self.W / sum(widths)
        widths = [w * scale for w in widths]
        h = self.lh(pt)
        ncol = len(widths)
        styles = styles or [""] * ncol

        def cell_lines(row, sts):
            return [wrap(str(c), w - 2 * pad, self.fam, st, pt) for c, w, st in zip(row, widths, sts)]

        def draw_row(cells, sts, shade=None, allow_split=True):
            idx = [0] * ncol
            while True:
                avail = int((self.bottom() - self.y - 2 * pad) / h)
                rem = max(len(c) - i for c, i in zip(cells, idx))
                if avail < 1 or (avail < rem and (rem <= 8 or avail < 3) and self.y > self.T + 25):
                    self._new()
                    continue
                n = min(avail, rem)
                rh = n * h + 2 * pad
                x = self.L
                if shade is not None:
                    self.ops.append(("r", self.L, self.y, self.W, rh, "F", shade))
                for ci, (c, w) in enumerate(zip(cells, widths)):
                    if ci == 0 and shade_first_col and shade is None:
                        self.ops.append(("r", x, self.y, w, rh, "F", 232))
                    self.ops.append(("r", x, self.y, w, rh, "D", 0))
                    for k, ln in enumerate(c[idx[ci]:idx[ci] + n]):
                        self.text(x + pad, self.y + pad + h * (k + 0.78), ln, pt, sts[ci])
                    idx[ci] = min(len(c), idx[ci] + n)
                    x += w
                self.y += rh
                if all(i >= len(c) for c, i in zip(cells, idx)):
                    break
                self._new()

        if header:
            hcells = cell_lines(header, ["B"] * ncol)

            def th():
                draw_row(hcells, ["B"] * ncol, shade=header_grey)
            self.need(h * 4 + 4 * pad)
            th()
            self.table_header = th
        for row in rows:
            draw_row(cell_lines(row, styles), styles)
        self.table_header = None
        self.y += 2.5

    def urn_boxes(self, label, urn, x=None, y=None, pt=None):
        """URN written in separate boxes: force / station / number / year"""
        pt = pt or self.size
        parts = [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]
        x = self.L if x is None else x
        y = self.y if y is None else y
        self.text(x, y + 4.5, label, pt, "B")
        x += text_w(label, self.fam, "B", pt) + 3
        for p in parts:
            w = text_w(p, self.fam, "", pt) + 4
            self.ops.append(("r", x, y, w, 6.5, "D", 0))
            self.text(x + 2, y + 4.6, p, pt)
            x += w + 1.2
        return x

    def sig(self, x, y, s, pt=15):
        self.ops.append(("sig", x, y, s, pt))

    def page_break(self):
        self._new()


def blocks_to_layout(blocks, fam="sans", size=10, hstyle="rule", margins=(18, 22, 18, 20), lh=1.35):
    lay = Layout(fam, size, margins, lh)
    for b in blocks:
        k = b[0]
        if k == "title":
            lay.para(b[1], pt=size + 4, st="B", center=True, after=1)
        elif k == "subtitle":
            lay.para(b[1], pt=size - 0.5, center=True, after=2.5)
        elif k == "h":
            lay.heading(b[1], style=b[2] if len(b) > 2 else hstyle)
        elif k == "h2":
            lay.heading(b[1], pt=size + 0.5, style="plain", after=0.8)
        elif k == "p":
            lay.para(b[1])
        elif k == "pb":
            lay.para(b[1], st="B")
        elif k == "pi":
            lay.para(b[1], st="I")
        elif k == "small":
            lay.para(b[1], pt=size - 2)
        elif k == "bul":
            lay.bullets(b[1])
        elif k == "kv":
            lay.grid(b[1], b[2] if len(b) > 2 else [55, 125], styles=["B", ""], shade_first_col=True)
        elif k == "table":
            lay.grid(b[2], b[3], pt=b[4] if len(b) > 4 else size - 1, header=b[1])
        elif k == "urn":
            lay.need(10)
            lay.urn_boxes(b[1], b[2])
            lay.y += 9
        elif k == "sp":
            lay.space(b[1])
        elif k == "sign":   # ("sign", label, signature-text, name line, date)
            lay.need(22)
            lay.text(lay.L, lay.y + 6, b[1], size, "B")
            lay.sig(lay.L + text_w(b[1], fam, "B", size) + 4, lay.y + 7, b[2])
            lay.y += 10
            lay.para(b[3], after=0.5)
            if len(b) > 4 and b[4]:
                lay.para(b[4], after=2)
        elif k == "break":
            lay.page_break()
        else:
            raise ValueError(k)
    return lay


# ----------------------------------------------------------------------------------------------
# canvases
# ----------------------------------------------------------------------------------------------
class PdfCanvas:
    def __init__(self, created, title="", author="", creator="Microsoft Word"):
        pdf = FPDF(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        self.loaded = set()
        pdf.set_creation_date(created)
        if title:
            pdf.set_title(title)
        if author:
            pdf.set_author(author)
        pdf.set_creator(creator)
        pdf.set_producer("fpdf2")
        self.pdf = pdf

    def new_page(self):
        self.pdf.add_page()

    def font(self, fam, st, pt):
        if (fam, st) not in self.loaded:
            self.pdf.add_font(fam, st, str(FONT_DIR / FONTS[fam][st]))
            self.loaded.add((fam, st))
        self.pdf.set_font(fam, st, pt)

    def draw(self, op):
        pdf = self.pdf
        if op[0] == "t":
            _, x, y, s, pt, st, fam, colour = op
            self.font(fam, st, pt)
            if colour:
                pdf.set_text_color(*colour)
            pdf.text(x, y, s)
            if colour:
                pdf.set_text_color(0, 0, 0)
        elif op[0] == "sig":
            _, x, y, s, pt = op
            self.font("serif", "I", pt)
            pdf.set_text_color(20, 40, 120)
            pdf.text(x, y, s)
            pdf.set_text_color(0, 0, 0)
        elif op[0] == "l":
            _, x1, y1, x2, y2, w = op
            pdf.set_line_width(w)
            pdf.line(x1, y1, x2, y2)
        elif op[0] == "r":
            _, x, y, w, h, mode, grey = op
            pdf.set_line_width(0.25)
            if "F" in mode:
                pdf.set_fill_color(grey, grey, grey)
            pdf.rect(x, y, w, h, mode)
        elif op[0] == "img":
            _, x, y, w, h, data = op
            pdf.image(data, x=x, y=y, w=w, h=h)

    def save(self, path):
        self.pdf.output(str(path))


class ImgCanvas:
    def __init__(self, dpi=200, ink=(25, 25, 30), sig_ink=(25, 45, 140)):
        self.dpi, self.ink, self.sig_ink = dpi, ink, sig_ink
        self.pages = []

    def px(self, mm):
        return mm / 25.4 * self.dpi

    def new_page(self):
        img = Image.new("RGB", (round(self.px(210)), round(self.px(297))), "white")
        self.pages.append(img)
        self.d = ImageDraw.Draw(img)

    def draw(self, op):
        d = self.d
        if op[0] == "t":
            _, x, y, s, pt, st, fam, colour = op
            f = pil_font(fam, st, max(6, round(pt / 72 * self.dpi)))
            d.text((self.px(x), self.px(y)), s, font=f, fill=colour or self.ink, anchor="ls")
        elif op[0] == "sig":
            _, x, y, s, pt = op
            f = pil_font("serif", "I", round(pt / 72 * self.dpi))
            d.text((self.px(x), self.px(y)), s, font=f, fill=self.sig_ink, anchor="ls")
        elif op[0] == "l":
            _, x1, y1, x2, y2, w = op
            d.line([(self.px(x1), self.px(y1)), (self.px(x2), self.px(y2))], fill=self.ink,
                   width=max(1, round(self.px(w))))
        elif op[0] == "r":
            _, x, y, w, h, mode, grey = op
            box = [self.px(x), self.px(y), self.px(x + w), self.px(y + h)]
            if "F" in mode:
                d.rectangle(box, fill=(grey, grey, grey))
            if "D" in mode:
                d.rectangle(box, outline=self.ink, width=max(1, round(self.dpi / 150)))


def paint(layout, canvas, decorate=None):
    n = len(layout.pages)
    for i, ops in enumerate(layout.pages, 1):
        canvas.new_page()
        if decorate:
            for op in decorate(i, n):
                canvas.draw(op)
        for op in ops:
            canvas.draw(op)


def deco(fam="sans", head=None, foot=None, page_fmt="Page {i} of {n}", head_right=None, pt=7.5):
    """running heads and feet"""
    def f(i, n):
        ops = []
        if head:
            ops.append(("t", 18, 11, head, pt, "", fam, None))
        if head_right:
            s = head_right.format(i=i, n=n)
            ops.append(("t", 192 - text_w(s, fam, "", pt), 11, s, pt, "", fam, None))
        if foot:
            s = foot.format(i=i, n=n)
            ops.append(("t", 105 - text_w(s, fam, "", pt) / 2, 288, s, pt, "", fam, None))
        if page_fmt:
            s = page_fmt.format(i=i, n=n)
            ops.append(("t", 192 - text_w(s, fam, "", pt), 288, s, pt, "", fam, None))
        return ops
    return f


def write_pdf(path, layout, created, decorate=None, title="", author="", creator="Microsoft Word"):
    c = PdfCanvas(created, title, author, creator)
    paint(layout, c, decorate)
    c.save(path)


def scan_effect(img, rng, angle=None):
    g = img.convert("L")
    a = angle if angle is not None else rng.uniform(-0.6, 0.6)
    g = g.rotate(a, resample=Image.BICUBIC, fillcolor=250, expand=False)
    arr = np.asarray(g).astype(np.float32)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    arr = arr * 0.93 + 12 + nrng.normal(0, 2.5, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    g = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.35))
    return g


def write_scan_pdf(path, layout, created, rng, decorate=None, dpi=200, quality=55):
    """image-only PDF: pages drawn onto images, then embedded without any text layer"""
    ic = ImgCanvas(dpi=dpi, ink=(10, 10, 10), sig_ink=(30, 30, 60))
    paint(layout, ic, decorate)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(created)
    pdf.set_creator("Canon iR-ADV C5535 Scan")
    pdf.set_producer("Canon iR-ADV")
    for img in ic.pages:
        g = scan_effect(img, rng)
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def photo_effect(img, rng, angle=None):
    """a phone photo of a paper page on a desk: rotated, slightly skewed, uneven light"""
    W, H = img.size
    bgW, bgH = int(W * 1.16), int(H * 1.12)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    base = np.zeros((bgH, bgW, 3), np.float32)
    base[:] = (104, 84, 64)
    base += nrng.normal(0, 6, (bgH, bgW, 1))
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    # perspective: top edge slightly narrower than bottom
    sk = W * rng.uniform(0.015, 0.03)
    quad = (-sk, 0, -sk * 0.2, H, W + sk * 0.2, H, W + sk, 0)   # UL, LL, LR, UR of source
    page = img.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(104, 84, 64))
    mask = Image.new("L", (W, H), 255).transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC,
                                                 fillcolor=0)
    page = page.convert("RGB")
    paper = np.asarray(page).astype(np.float32)
    paper[..., 2] *= 0.96   # warm paper
    page = Image.fromarray(np.clip(paper, 0, 255).astype(np.uint8), "RGB")
    a = angle if angle is not None else rng.choice([-1, 1]) * rng.uniform(1.5, 3.2)
    page = page.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=(104, 84, 64))
    mask = mask.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox = (bgW - page.size[0]) // 2 + rng.randint(-15, 15)
    oy = (bgH - page.size[1]) // 2 + rng.randint(-15, 15)
    bg.paste(page, (ox, oy), mask)
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:bgH, 0:bgW]
    light = 1.0 - 0.16 * (xx / bgW) * (yy / bgH) - 0.05 * (yy / bgH)
    arr *= light[..., None]
    arr += nrng.normal(0, 2.5, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.6))
    return out


def write_photo_jpgs(paths, layout, rng, decorate=None, dpi=160, quality=80):
    ic = ImgCanvas(dpi=dpi, ink=(30, 30, 38), sig_ink=(20, 40, 150))
    paint(layout, ic, decorate)
    assert len(paths) == len(ic.pages), (paths, len(ic.pages))
    for p, img in zip(paths, ic.pages):
        photo_effect(img, rng).save(p, "JPEG", quality=quality)


# ----------------------------------------------------------------------------------------------
# DOCX and XLSX
# ----------------------------------------------------------------------------------------------
def normalize_zip(path, created):
    stamp = created.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _docx_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def _shade(cell, hexcolour="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def write_docx(path, blocks, created, author="", head=None, foot=None, page_numbers=True,
               font="Arial", size=10.5, hstyle="bold"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    if head:
        hp = sec.header.paragraphs[0]
        hp.text = head
        hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    if foot:
        r = fp.add_run(foot + "    ")
        r.font.size = Pt(8)
    if page_numbers:
        fp.add_run("Page ").font.size = Pt(8)
        _docx_field(fp, "PAGE")
        fp.add_run(" of ").font.size = Pt(8)
        _docx_field(fp, "NUMPAGES")

    def add_table(rows, header=None, widths=None, first_bold=False):
        ncol = len(header) if header else len(rows[0])
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        allrows = ([header] if header else []) + rows
        for ri, row in enumerate(allrows):
            cells = t.add_row().cells
            for ci, val in enumerate(row):
                cells[ci].text = ""
                par = cells[ci].paragraphs[0]
                for li, line in enumerate(str(val).split("\n")):
                    if li:
                        par = cells[ci].add_paragraph()
                    run = par.add_run(line)
                    run.font.size = Pt(size - 1)
                    if (header and ri == 0) or (first_bold and ci == 0):
                        run.bold = True
                if header and ri == 0:
                    _shade(cells[ci])
                elif first_bold and ci == 0:
                    _shade(cells[ci], "EDEDED")
                if widths:
                    cells[ci].width = Mm(widths[ci])
        d.add_paragraph()

    for b in blocks:
        k = b[0]
        if k == "title":
            p = d.add_paragraph()
            p.alignment = 1
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 4)
        elif k == "subtitle":
            p = d.add_paragraph()
            p.alignment = 1
            r = p.add_run(b[1]); r.font.size = Pt(size - 0.5)
        elif k == "h":
            if hstyle == "word":
                d.add_heading(b[1], level=2)
            else:
                p = d.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 1)
                if hstyle == "caps":
                    r.font.all_caps = True
        elif k == "h2":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.underline = True
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "pb":
            p = d.add_paragraph(); p.add_run(b[1]).bold = True
        elif k == "pi":
            p = d.add_paragraph(); p.add_run(b[1]).italic = True
        elif k == "small":
            p = d.add_paragraph(); p.add_run(b[1]).font.size = Pt(size - 2)
        elif k == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "kv":
            w = b[2] if len(b) > 2 else [55, 115]
            s = 170 / sum(w)
            add_table([list(r) for r in b[1]], widths=[x * s for x in w], first_bold=True)
        elif k == "table":
            s = 170 / sum(b[3])
            add_table([list(r) for r in b[2]], header=list(b[1]), widths=[x * s for x in b[3]])
        elif k == "urn":
            t = d.add_table(rows=1, cols=5)
            t.style = "Table Grid"
            u = b[2]
            for ci, v in enumerate([b[1], u[0:2], u[2:4], u[4:9], u[9:11]]):
                t.rows[0].cells[ci].text = v
            d.add_paragraph()
        elif k == "sp":
            d.add_paragraph()
        elif k == "sign":
            p = d.add_paragraph()
            p.add_run(b[1] + " ").bold = True
            r = p.add_run(b[2]); r.italic = True; r.font.name = "Segoe Script"
            d.add_paragraph(b[3])
            if len(b) > 4 and b[4]:
                d.add_paragraph(b[4])
        elif k == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created.replace(tzinfo=None)
    cp.modified = created.replace(tzinfo=None)
    cp.revision = 3
    cp.title = ""
    d.save(str(path))
    normalize_zip(path, created)


def write_xlsx(path, sheets, created, author=""):
    """sheets: list of dict(title, top=[[...]], header=[...], rows=[[...]], widths=[...])"""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="808080")
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        r = 1
        for top in sh.get("top", []):
            for ci, v in enumerate(top, 1):
                c = ws.cell(row=r, column=ci, value=v)
                if ci == 1:
                    c.font = Font(bold=True, size=12 if r == 1 else 10)
            r += 1
        if sh.get("top"):
            r += 1
        for ci, v in enumerate(sh["header"], 1):
            c = ws.cell(row=r, column=ci, value=v)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        r += 1
        for row in sh["rows"]:
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            r += 1
        for extra in sh.get("bottom", []):
            r += 1
            ws.cell(row=r, column=1, value=extra[0]).font = Font(bold=True)
            if len(extra) > 1:
                ws.cell(row=r, column=2, value=extra[1])
        for ci, w in enumerate(sh.get("widths", []), 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = created.replace(tzinfo=None)
    wb.save(str(path))
    normalize_zip(path, created)


# ----------------------------------------------------------------------------------------------
# multimedia
# ----------------------------------------------------------------------------------------------
def rgb_to_i420(img):
    """BT.601 limited-range conversion done in numpy, so that the encoder input is byte-identical
    from run to run (swscale's result can depend on buffer alignment)"""
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    H, W = y.shape
    u = u.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    v = v.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    out = np.concatenate([y.ravel(), u.ravel(), v.ravel()])
    return np.clip(np.rint(out), 0, 255).astype(np.uint8).reshape(H * 3 // 2, W)


def write_mp4(path, seconds, kind, lines, start, rng, fps=10, size=(320, 240), audio=True):
    """kind: 'abe' (interview room, two figures, caption) or 'cctv' (street/bar scene, timestamp)"""
    W, H = size
    cont = av.open(str(path), "w", format="mp4")
    vs = cont.add_stream("libx264", rate=fps)
    vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
    vs.options = {"preset": "veryfast", "crf": "30", "threads": "1", "x264-params": "psy=0:mbtree=0:bframes=0"}
    vs.codec_context.thread_count = 1
    vs.codec_context.thread_type = "NONE"
    if audio:
        aus = cont.add_stream("aac", rate=16000)
        aus.layout = "mono"
    small = pil_font("mono", "", 10)
    tiny = pil_font("sans", "", 9)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    nframes = seconds * fps
    for i in range(nframes):
        t = start + timedelta(seconds=i / fps)
        if kind == "abe":
            img = Image.new("RGB", (W, H), (92, 96, 104))
            d = ImageDraw.Draw(img)
            d.rectangle([0, 150, W, H], fill=(70, 60, 55))             # floor
            d.rectangle([40, 110, 120, 170], fill=(120, 40, 40))       # sofa
            d.rectangle([200, 110, 280, 170], fill=(40, 70, 110))      # chair
            sway = int(3 * math.sin(i / 4))
            d.ellipse([65 + sway, 70, 95 + sway, 100], fill=(200, 170, 150))
            d.rectangle([60 + sway, 100, 100 + sway, 150], fill=(60, 80, 60))
            d.ellipse([225, 72, 255, 102], fill=(180, 150, 130))
            d.rectangle([220, 102, 260, 150], fill=(40, 40, 50))
            d.rectangle([0, 0, W, 14], fill=(0, 0, 0))
            d.text((3, 2), t.strftime("%d/%m/%Y %H:%M:%S"), font=small, fill=(255, 255, 255))
            d.text((W - 60, 2), "CAM 1", font=small, fill=(255, 255, 255))
            for k, ln in enumerate(lines):
                d.text((4, H - 14 * (len(lines) - k)), ln, font=tiny, fill=(255, 255, 0))
        else:
            base = np.full((H, W, 3), 70, np.float32)
            base[: H // 2] = (55, 60, 70)
            base += nrng.normal(0, 7, (H, W, 1))
            img = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
            d = ImageDraw.Draw(img)
            d.polygon([(0, H), (W, H), (W * 0.6, H * 0.45), (W * 0.4, H * 0.45)], fill=(85, 85, 85))
            d.rectangle([10, 40, 90, 120], fill=(40, 35, 30))
            x = 60 + i * 3
            d.rectangle([x, 130, x + 14, 175], fill=(30, 30, 60))
            d.ellipse([x + 2, 118, x + 12, 130], fill=(170, 140, 120))
            d.rectangle([x + 20, 132, x + 33, 175], fill=(90, 20, 30))
            d.ellipse([x + 21, 120, x + 31, 132], fill=(180, 150, 130))
            d.text((3, 3), t.strftime("%Y-%m-%d %H:%M:%S"), font=small, fill=(255, 255, 255))
            for k, ln in enumerate(lines):
                d.text((3, H - 13 * (len(lines) - k)), ln, font=small, fill=(255, 255, 255))
        frame = av.VideoFrame.from_ndarray(rgb_to_i420(img), format="yuv420p")
        frame.pts = i
        for p in vs.encode(frame):
            cont.mux(p)
    for p in vs.encode():
        cont.mux(p)
    if audio:
        sr = 16000
        total = seconds * sr
        tt = np.arange(total) / sr
        env = (np.sin(2 * np.pi * 2.3 * tt) > 0.1).astype(np.float32) * 0.6 + 0.05
        sig = (0.08 * np.sin(2 * np.pi * 180 * tt) * env + nrng.normal(0, 0.01, total)).astype(np.float32)
        for k in range(0, total, 1024):
            chunk = sig[k:k + 1024]
            if len(chunk) < 1024:
                chunk = np.pad(chunk, (0, 1024 - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = k
            for p in aus.encode(af):
                cont.mux(p)
        for p in aus.encode():
            cont.mux(p)
    cont.close()


def write_wav_call(path, seconds, rng):
    """a short 999 call: ring tone, then a voice-like modulated signal, 8 kHz mono"""
    sr = 8000
    n = seconds * sr
    t = np.arange(n) / sr
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    ring = (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) * 0.2
    ring *= ((t % 3) < 0.4) | (((t % 3) > 0.6) & ((t % 3) < 1.0))
    voice = np.sin(2 * np.pi * (150 + 40 * np.sin(2 * np.pi * 3 * t)) * t) * 0.25
    voice *= (np.sin(2 * np.pi * 1.7 * t) > -0.2)
    sig = np.where(t < 2.0, ring, voice) + nrng.normal(0, 0.02, n)
    pcm = (np.clip(sig, -1, 1) * 32000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


def write_eml(path, frm, to, subject, date, body, cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%s@mail.police.example>" % re.sub(r"\W", "", subject)[:20].lower()
    m.set_content(body)
    Path(path).write_bytes(m.as_bytes(policy=policy.SMTP))


# ----------------------------------------------------------------------------------------------
# MG11 witness statement with continuation sheets (and optional rear page)
# ----------------------------------------------------------------------------------------------
DECL = ("This statement (consisting of {n} page{s} each signed by me) is true to the best of my "
        "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
        "liable to prosecution if I have wilfully stated in it anything which I know to be false, or do "
        "not believe to be true.")


def mg11_layout(st, n_pages=1):
    fam = st.get("fam", "sans")
    size = st.get("size", 10.5)
    marking = st.get("marking", "OFFICIAL-SENSITIVE (when complete)")
    urn = st["urn"]

    def sig_line(lay, y):
        mode = st.get("sig_mode", "hand")
        lay.ops.append(("l", lay.L, y - 7, lay.L + lay.W, y - 7, 0.3))
        lay.text(lay.L, y, "Signature:", 9, "B")
        if mode == "hand":
            lay.sig(lay.L + 20, y, st["sig"], 14)
        elif mode == "typed":
            lay.text(lay.L + 20, y, st["typed_sig"], 10)
        else:
            lay.text(lay.L + 20, y, "....................................", 10)
        lay.text(lay.L + 88, y, "Signature witnessed by:", 9, "B")
        wx = lay.L + 88 + text_w("Signature witnessed by:", fam, "B", 9) + 2.5
        w = st.get("witness_sig")
        if w and mode == "hand":
            lay.sig(wx, y, w, 12)
        elif w and mode == "typed":
            lay.text(wx, y, st.get("typed_witness", "(Sgd) " + w), 9)
        else:
            lay.text(wx, y, "............................", 10)

    def cont_header(lay, pno):
        lay.ctext(12, marking, 8)
        lay.rtext(192, 12, "MG 11 (cont)", 9, "B")
        if st.get("typed_copy_note"):
            lay.text(lay.L, 12, "TYPED COPY", 8, "B")
        lay.text(lay.L, 22, "Page No. %d of %d" % (pno, n_pages), 10, "B")
        if st.get("urn_boxes"):
            lay.urn_boxes("URN", urn, x=120, y=17, pt=9)
        else:
            lay.rtext(192, 22, "URN: " + urn, 10)
        lay.text(lay.L, 30, "Continuation of statement of:  " + st["name"], 10)
        lay.ops.append(("l", lay.L, 33, lay.L + lay.W, 33, 0.4))
        lay.y = 38

    lay = Layout(fam, size, margins=(18, 20, 18, 36), lh=st.get("lh", 1.75), on_new_page=cont_header)
    # first page header
    lay.ctext(12, marking, 8)
    lay.rtext(192, 12, "MG 11", 10, "B")
    if st.get("force_top"):
        lay.text(lay.L, 12, st["force_top"], 8, "B")
    y = 22
    lay.ctext(y, "WITNESS STATEMENT", 14, "B")
    lay.ctext(y + 5.5, "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
                       "Magistrates' Courts Act 1980, s. 5B", 7.5)
    if st.get("typed_copy_note"):
        lay.y = y + 9
        lay.para(st["typed_copy_note"], pt=8.5, st="B", after=0.5)
        y = lay.y - 8
    lay.y = y + 9
    if st.get("urn_boxes"):
        lay.urn_boxes("URN", urn, x=120, y=lay.y, pt=10)
    else:
        lay.rtext(192, lay.y + 4.6, "URN:  " + urn, 10, "B")
    lay.y += 9
    lay.grid([["Statement of:", st["name"]],
              ["Age if under 18:", st.get("age", "Over 18") + "     (if over 18 insert 'over 18')"],
              ["Occupation:", st.get("occupation", "")]], [40, 122], pt=9.5, styles=["B", ""],
             shade_first_col=True, pad=1.0)
    lay.y -= 1
    lay.para(DECL.format(n=n_pages, s="" if n_pages == 1 else "s"), pt=8.5, after=1)
    # signature and date of the declaration
    lay.text(lay.L, lay.y + 6, "Signature:", 9, "B")
    mode = st.get("sig_mode", "hand")
    if mode == "hand":
        lay.sig(lay.L + 20, lay.y + 6.5, st["sig"], 14)
    elif mode == "typed":
        lay.text(lay.L + 20, lay.y + 6, st["typed_sig"], 10)
    else:
        lay.text(lay.L + 20, lay.y + 6, "....................................", 10)
    lay.text(lay.L + 110, lay.y + 6, "Date:", 9, "B")
    lay.text(lay.L + 122, lay.y + 6, st["date"] if mode != "blank" else "......./......./...........", 10)
    lay.y += 10
    tick = "X" if st.get("vrec") else " "
    lay.ops.append(("r", lay.L, lay.y, 4, 4, "D", 0))
    lay.text(lay.L + 1, lay.y + 3.3, tick, 8, "B")
    lay.text(lay.L + 6, lay.y + 3.3, "Tick if witness evidence is visually recorded      "
             "(supply witness details on rear)", 8)
    lay.y += 6
    lay.ops.append(("l", lay.L, lay.y, lay.L + lay.W, lay.y, 0.4))
    lay.y += 3
    for p in st["body"]:
        lay.para(p, after=st.get("para_gap", 2.2))
    # signature line at the foot of every page
    for ops in lay.pages:
        cur = lay.ops
        lay.ops = ops
        sig_line(lay, 297 - 22)
        lay.ops = cur
    lay.ops = lay.pages[-1]
    if st.get("rear"):
        lay.table_header = None
        lay.on_new_page = None
        lay._new()
        lay.ctext(12, "RESTRICTED - FOR POLICE AND PROSECUTION ONLY (rear of MG 11, not for disclosure)", 8, "B")
        lay.y = 20
        lay.heading("Witness details and needs", style="shade")
        lay.grid(st["rear"], [62, 100], pt=9, styles=["B", ""], shade_first_col=True)
    return lay


def mg11_pages(st):
    n = len(mg11_layout(st, 9).pages) - (1 if st.get("rear") else 0)
    lay = mg11_layout(st, n)
    assert len(lay.pages) - (1 if st.get("rear") else 0) == n
    return lay, n


def mg11_pdf(path, st, created, **kw):
    lay, n = mg11_pages(st)
    write_pdf(path, lay, created, title="MG11 " + st["name"], author=st.get("author", ""), **kw)
    return n


def mg11_scan(path, st, created, rng):
    lay, n = mg11_pages(st)
    write_scan_pdf(path, lay, created, rng)
    return n


def mg11_photos(paths, st, rng):
    lay, n = mg11_pages(st)
    write_photo_jpgs(paths, lay, rng)
    return n


def mg11_docx(path, st, created, author="", per_page=4):
    """a typed MG11 in Word: page 1 with the form header, continuation pages after page breaks"""
    paras = st["body"]
    chunks = [paras[i:i + per_page] for i in range(0, len(paras), per_page)]
    n = len(chunks)
    blocks = [("subtitle", st.get("marking", "OFFICIAL-SENSITIVE (when complete)")),
              ("title", "WITNESS STATEMENT"),
              ("subtitle", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9        MG 11")]
    if st.get("typed_copy_note"):
        blocks.append(("pb", st["typed_copy_note"]))
    blocks += [("kv", [["URN", st["urn"]], ["Statement of", st["name"]],
                       ["Age if under 18", st.get("age", "Over 18")], ["Occupation", st.get("occupation", "")]],
                [40, 130]),
               ("small", DECL.format(n=n, s="" if n == 1 else "s")),
               ("p", "Signature: %s          Date: %s" % (st["typed_sig"] if st.get("sig_mode") == "typed"
                                                         else "............................",
                                                         st["date"] if st.get("sig_mode") != "blank"
                                                         else "..................."))]
    for i, ch in enumerate(chunks, 1):
        if i > 1:
            blocks += [("break",), ("pb", "MG 11 (cont)    Page No. %d of %d    URN %s" % (i, n, st["urn"])),
                       ("p", "Continuation of statement of: " + st["name"])]
        blocks += [("p", p) for p in ch]
        sig = st["typed_sig"] if st.get("sig_mode") == "typed" else "............................"
        blocks.append(("small", "Signature: %s          Signature witnessed by: %s"
                       % (sig, st.get("typed_witness", "............................"))))
    if st.get("rear"):
        blocks += [("break",), ("pb", "RESTRICTED - rear of MG 11 - witness details (not for disclosure)"),
                   ("kv", st["rear"], [60, 110])]
    write_docx(path, blocks, created, author=author, page_numbers=False, font="Arial", size=11)
    return n


def rear_rows(taken_by, place, vps, medical="N/A", dates="None given", needs="None identified",
              sm="Not required", contact="Via OIC"):
    return [["Home address", "Held on force records system - withheld from this copy"],
            ["Contact", contact],
            ["Dates to avoid (next 3 months)", dates],
            ["Witness care needs (disability, language, childcare)", needs],
            ["Special measures", sm],
            ["Victim Personal Statement", vps],
            ["Consent to medical records", medical],
            ["Statement taken by", taken_by],
            ["Time and place statement taken", place]]


# ----------------------------------------------------------------------------------------------
# collecting expected.json
# ----------------------------------------------------------------------------------------------
class Case:
    def __init__(self, root, name, stage="charging"):
        self.name = name
        self.dir = root / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.stage = stage
        self.docs = []
        self.types = set()
        self._unchecked = set()

    def p(self, fname):
        q = self.dir / fname
        q.parent.mkdir(parents=True, exist_ok=True)
        return q

    def add(self, fname, typ, role=None, check=True):
        t = typ if isinstance(typ, str) else typ[0]
        self.types.add(t)
        if not check:
            self._unchecked.add(fname)
        if check:
            e = {"name": fname, "type": typ}
            if role:
                e["role"] = role
            self.docs.append(e)

    def expected(self, exit_, must_fail, must_not_fail):
        assert not set(must_fail) & set(must_not_fail)
        for f in list(self.dir.rglob("*")):
            if f.is_file():
                rel = f.relative_to(self.dir).as_posix()
                assert rel in {d["name"] for d in self.docs} or rel in self._unchecked, rel
        return {"case": self.name, "stage": self.stage, "exit": exit_,
                "present_types": sorted(self.types), "must_fail": must_fail,
                "must_not_fail": must_not_fail, "docs": self.docs}


# ----------------------------------------------------------------------------------------------
# common document builders (return blocks)
# ----------------------------------------------------------------------------------------------
def pnc_blocks(force, urn, printed, operator, subject, dob, pnc_id, convictions, cautions=None,
               extra=None, marking="OFFICIAL-SENSITIVE"):
    b = [("pb", marking),
         ("title", "PNC PRINT - PREVIOUS CONVICTIONS AND CAUTIONS"),
         ("subtitle", "%s  |  printed %s  |  operator %s" % (force, printed, operator)),
         ("kv", [["URN", urn], ["Subject", subject], ["Date of birth", dob], ["PNC ID", pnc_id]], [40, 140])]
    if convictions:
        b.append(("h2", "Convictions (%d)" % len(convictions)))
        b.append(("table", ["#", "Date", "Court", "Offence", "Disposal"], convictions, [8, 22, 40, 60, 45], 8.5))
    else:
        b.append(("p", "Convictions: NIL. No record of any conviction is held for this subject."))
    if cautions:
        b.append(("h2", "Cautions, reprimands and warnings"))
        b.append(("table", ["#", "Date", "Force", "Offence", "Type"], cautions, [8, 22, 40, 60, 45], 8.5))
    else:
        b.append(("p", "Cautions, reprimands, final warnings: NIL."))
    b += extra or [("p", "Warning signals: none recorded. Wanted/missing: no. Bail conditions on PNC: as entered by the "
                         "investigating force (see MG3).")]
    b.append(("small", "Printed for prosecution purposes only. Do not attach to served material."))
    return b


def witness_pnc_blocks(force, urn, rows, operator, printed, note=None):
    b = [("title", "PROSECUTION WITNESSES - PNC / LOCAL CHECKS"),
         ("subtitle", "%s   URN %s" % (force, urn)),
         ("p", "Checks made on the Police National Computer and on local intelligence systems for each "
               "prosecution witness, as the disclosure guidelines presume their previous convictions meet the "
               "test for disclosure. Results below; 'no trace' is a nil return."),
         ("table", ["Witness", "Role in case", "DOB", "Date checked", "Result"], rows, [38, 34, 22, 24, 62], 8.5)]
    if note:
        b.append(("p", note))
    b.append(("p", "Checked by: %s   Date: %s" % (operator, printed)))
    return b


# ==============================================================================================
# F1  Op KESTREL: resubmission answering a CPS action plan (Wessex Vale Police)
# ==============================================================================================
def case_kestrel(root, rng):
    c = Case(root, "Op KESTREL resubmission 61WV0215526")
    URN = "61WV0215526"
    FORCE = "Wessex Vale Police"
    OIC = "DC 3107 Jodie DARROW"
    OIC_CONTACT = "Desk 01632 960418, mobile 07700 900418, jodie.darrow@wessexvale.police.example"
    head = "OFFICIAL-SENSITIVE"
    sub = "Original submission 27-03-2026/"

    # ---------------- original submission (subfolder) ----------------
    mg3 = [
        ("subtitle", "OFFICIAL-SENSITIVE when complete"),
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("urn", "URN", URN),
        ("kv", [["Suspect", "PARFITT, Liam James   DOB 03/09/1998   (plasterer)"],
                ["Offence", "Rape, contrary to section 1 of the Sexual Offences Act 2003 - one occasion, "
                            "in the early hours of 15/02/2026 at 12 Quarry Lane, Ashcombe"],
                ["Custody / bail status", "Released on pre-charge bail 16/02/2026, to return 16/05/2026. "
                                          "Conditions: not to contact Hannah OKORO directly or indirectly; "
                                          "not to enter Harbour Road, Ashcombe."],
                ["Decision requested", "Full Code Test. The threshold test is not sought (no custody grounds)."],
                ["Officer in the case", OIC + ", Ashcombe CID (RASSO). " + OIC_CONTACT],
                ["Early advice", "Not sought. The suspect was identified, arrested and interviewed within 48 hours "
                                 "and the remaining work was routine; DS HOLLIS agreed on 18/02/2026 that the file "
                                 "should come straight for a charging decision."]]),
        ("h", "Summary of the case"),
        ("p", "Hannah OKORO (24) met the suspect, whom she knew slightly through friends, at The Mariner's Rest, "
              "Quay Street, Ashcombe on the evening of Saturday 14/02/2026. They left together at 23:48 and took a "
              "taxi to his flat at 12 Quarry Lane. She says they kissed on the sofa; when he tried to undress her "
              "she told him she wanted to go home and stood up. He pulled her onto the bed, held both her wrists "
              "above her head and had vaginal intercourse with her while she said 'no' repeatedly. She left at about "
              "03:10 and walked home. She rang her sister at 08:53 and told her what had happened; with her sister "
              "beside her she reported it on 101 at 10:31."),
        ("h", "Key evidence"),
        ("bul", ["Video-recorded interview of the complainant, 17/02/2026 (JD/1 master, JD/2 working copy), "
                 "with index; exhibited by DC DARROW.",
                 "First account to PC 2291 BELL on body-worn video (AB/1), 15/02/2026 11:41.",
                 "First complaint to her sister by telephone at 08:53 on 15/02/2026 - statement to be obtained "
                 "by 10/04/2026.",
                 "SARC examination 15/02/2026: fingertip-type bruising to both wrists (FNE report).",
                 "DNA: semen on high vaginal swab matches the suspect (SFR1 20/03/2026) - intercourse admitted.",
                 "CCTV, The Mariner's Rest (AB/2), and the taxi driver Sanjay PATEL (statement)."]),
        ("h", "Suspect's account"),
        ("p", "Interviewed 16/02/2026 with a solicitor present. He answered all questions. He says the "
              "intercourse was consensual, that she led him to the bedroom, that he did not hold her wrists and "
              "that she did not say no at any point. He points to a WhatsApp message she sent him at 03:42, "
              "'home safe x', as showing nothing was wrong. He could not explain the bruising."),
        ("h", "Reasonable lines of enquiry"),
        ("bul", ["CCTV from the pub viewed: they leave together at 23:48; she walks unaided and is holding his "
                 "hand. This is capable of supporting his account of a friendly departure and is scheduled.",
                 "Taxi driver traced and seen; describes her as 'tipsy but chatty'.",
                 "House-to-house in Quarry Lane 16/02/2026: eight addresses, nobody heard anything.",
                 "Suspect's phone downloaded (messages 14-16/02/2026): confirms the 03:31 and 03:42 exchange.",
                 "Complainant's phone: looked at by DC DARROW, who saw the messages.",
                 "Her friend Freya LINDQVIST, who was at the pub until 23:30, spoken to: saw nothing after 23:30."]),
        ("h", "Evidence outstanding"),
        ("table", ["Item", "Status", "Target date"],
         [["Toxicology (blood and urine, 15/02/2026)", "Submitted to Eastgate Forensic Services 17/02/2026",
           "30/04/2026"],
          ["Statement of the complainant's sister (first complaint)", "Appointment being arranged",
           "10/04/2026"]], [70, 70, 30]),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D and MG6E attached. The incident log, crime report and the messages relied on by the "
              "suspect are provided with this file."),
        ("h", "Victim and witness issues"),
        ("p", "Hannah has been referred to the Wessex ISVA service (17/02/2026). She is eligible for special "
              "measures as the complainant in a sexual offence; an MG2 will follow. She has mild dyslexia and "
              "prefers documents to be read to her. She has no need of an interpreter. VPS explained and offered on "
              "17/02/2026; she wants to decide later."),
        ("h", "Officer's certification"),
        ("p", "I certify that I have reviewed all the material. Signed: DC 3107 J. DARROW, 27/03/2026"),
        ("p", "Supervisor: DS 1120 Mark HOLLIS - file reviewed and authorised for submission, 27/03/2026."),
    ]
    write_docx(c.p(sub + "MG3 Kestrel.docx"), mg3, fixed(2026, 3, 27), author="DARROW Jodie",
               head="OFFICIAL-SENSITIVE", foot="MG3 v2020")
    c.add(sub + "MG3 Kestrel.docx", "MG3")

    write_mp4(c.p(sub + "VRI_OKORO_JD2.mp4"), 4, "abe",
              ["Ashcombe Victim Suite - VRI", "OKORO H - JD/2 working copy"], datetime(2026, 2, 17, 10, 5, 2), rng)
    c.add(sub + "VRI_OKORO_JD2.mp4", "ABE_RECORDING")

    abe_sum = [
        ("pb", "OFFICIAL-SENSITIVE"),
        ("title", "RECORD OF VIDEO RECORDED INTERVIEW - INDEX AND SUMMARY"),
        ("kv", [["URN", URN], ["Interviewee", "Hannah OKORO (over 18)"],
                ["Date / place", "Tuesday 17th February 2026, Ashcombe Victim Suite"],
                ["Start / end", "10:05 / 11:22"], ["Interviewer", OIC],
                ["Monitoring officer", "DC 4410 Ben ASHWORTH"], ["Exhibits", "JD/1 master (sealed), JD/2 working copy"],
                ["Index exhibit", "JD/3"]]),
        ("table", ["Counter", "Summary"],
         [["00:00", "Introductions, date, time, persons present. Ground rules explained; importance of telling the "
                    "truth. Hannah confirms she understands."],
          ["00:04", "Free narrative. Evening at The Mariner's Rest with Freya from about 20:30; had 'four or five' "
                    "glasses of wine. Liam, a friend of a friend, joined them about 22:00."],
          ["00:11", "Left with Liam at closing; taxi to his flat; she intended to have one drink and go home."],
          ["00:16", "Kissing on the sofa, which she wanted. He tried to take her dress off; she said 'no, I'm going "
                    "home' and stood up."],
          ["00:21", "He pulled her by the arm into the bedroom and onto the bed; held her wrists above her head with "
                    "one hand. Vaginal intercourse. She said 'no' and 'stop' several times and tried to turn away."],
          ["00:29", "Afterwards he fell asleep; she dressed and left about 03:10; walked home."],
          ["00:33", "Messages: he texted 'you home?' at 03:31; she replied 'home safe x' because 'that's what I "
                    "always put' and she did not want him to come after her."],
          ["00:38", "Rang her sister Grace at about 09:00 and told her. Reported on 101 with Grace present."],
          ["00:44", "Questioning: layout of flat, lighting, what was said, clothing, injuries (sore wrists), "
                    "alcohol (felt 'merry, not drunk')."],
          ["01:09", "Closure. No further points. Interview ends 11:22."]], [22, 158], 9),
        ("p", "Prepared by DC 3107 DARROW on 18/02/2026. This is a summary, not a transcript."),
    ]
    write_pdf(c.p(sub + "ABE summary JD3.pdf"), blocks_to_layout(abe_sum), fixed(2026, 2, 18),
              decorate=deco(head=head, page_fmt="Page {i} of {n}"))
    c.add(sub + "ABE summary JD3.pdf", "ABE_SUMMARY")

    plan = [
        ("title", "ABE INTERVIEW PLAN"),
        ("kv", [["URN", URN], ["Witness", "Hannah OKORO"], ["Planned for", "17/02/2026 10:00, Ashcombe Victim Suite"],
                ["Interviewer / monitor", "DC 3107 DARROW / DC 4410 ASHWORTH"]]),
        ("h", "Objectives"),
        ("bul", ["Obtain her best account of events from leaving the pub to returning home.",
                 "Cover the points to prove for s.1 SOA 2003: penetration, absence of consent, absence of "
                 "reasonable belief in consent.",
                 "Explore alcohol consumed and its effect on her, and the message she sent at 03:42.",
                 "Establish whom she told first and what she said (first complaint)."]),
        ("h", "Witness needs"),
        ("p", "Mild dyslexia - no written material to be used in the interview. No interpreter. Breaks on request. "
              "ISVA not present in the room at her wish."),
        ("h", "Phases"),
        ("p", "Rapport (brief, neutral topics); free narrative; questioning in topic areas; closure with "
              "information about next steps."),
        ("p", "Plan written by DC DARROW 16/02/2026; agreed by DS HOLLIS 16/02/2026."),
    ]
    write_pdf(c.p(sub + "ABE interview plan.pdf"), blocks_to_layout(plan), fixed(2026, 2, 16),
              decorate=deco(head=head))
    c.add(sub + "ABE interview plan.pdf", "ABE_PLAN")

    st_darrow = dict(
        name="Jodie DARROW", occupation="Police officer (DC 3107)", urn=URN, date="18/02/2026", sig="J Darrow",
        witness_sig="", force_top=FORCE, body=[
            "I am a Detective Constable with Wessex Vale Police, posted to the Rape and Serious Sexual Offences "
            "team at Ashcombe. I am trained to conduct video-recorded interviews of adult and child witnesses in "
            "accordance with Achieving Best Evidence.",
            "On Tuesday 17th February 2026 between 10:05 and 11:22 hours I interviewed Hannah OKORO at the Ashcombe "
            "Victim Suite, Harbour Lane, Ashcombe. The interview was video recorded. DC 4410 ASHWORTH monitored the "
            "interview from the adjoining room. Nobody else was present.",
            "At the end of the interview I made two copies of the recording. The master copy I sealed in the "
            "presence of Hannah and DC ASHWORTH and I now produce it as exhibit JD/1. The working copy I produce "
            "as exhibit JD/2. The video file supplied with the file is a true copy of JD/2.",
            "On Wednesday 18th February 2026 I prepared an index and summary of the interview, which I produce as "
            "exhibit JD/3.",
            "The interview plan that I prepared on 16th February 2026 is retained and is listed on the schedule of "
            "unused material.",
        ])
    mg11_pdf(c.p(sub + "MG11 DC DARROW.pdf"), st_darrow, fixed(2026, 2, 18))
    c.add(sub + "MG11 DC DARROW.pdf", "MG11", "officer")

    st_bell = dict(
        name="Aaron BELL", occupation="Police officer (PC 2291)", urn=URN, urn_boxes=True, date="16th February 2026",
        sig="A. Bell", witness_sig="", body=[
            "I am a police constable with Wessex Vale Police, posted to the Ashcombe response team. This statement "
            "refers to Sunday 15th February 2026 and Monday 16th February 2026.",
            "On Sunday 15th February 2026 I was on duty in full uniform, single crewed in a marked police vehicle "
            "and wearing a body-worn video camera. At 10:46 hours I was assigned to incident WV-20260215-0412, a "
            "report made on the 101 line by a woman at an address in Harbour Road, Ashcombe, that she had been "
            "raped the night before.",
            "At 11:40 hours I arrived at the address and was let in by a woman who told me she was Grace OKORO, the "
            "caller's sister. In the living room I met the caller, who gave her name as Hannah OKORO. I told her who "
            "I was, that my camera was recording, and that I only needed a short account at this stage so that the "
            "right people could help her. She agreed to the recording. I produce the recording as exhibit AB/1.",
            "I asked her what had happened. She said: 'I went back to Liam's after the Mariner's. I told him I "
            "wanted to go home and he wouldn't let me. He held my wrists down and he had sex with me. I kept saying "
            "no.' I asked when and where. She said it was 'about half one this morning' at his flat in Quarry Lane. "
            "She said the man was Liam PARFITT and that she knew him a little through friends.",
            "I did not ask her for more detail than that, because I knew a specialist officer would speak to her "
            "later. While she spoke she was tearful and spoke quietly. She was not slurring her words and in my "
            "opinion she was sober at that time. She showed me her wrists without my asking; I saw faint reddening "
            "on the inside of both wrists. I did not photograph them, as she was to be seen at the SARC.",
            "She told me she had not showered. She had changed out of the clothes she wore the night before and "
            "had put them into a carrier bag in her bedroom. I took possession of the bag, which contained a black "
            "dress, a pair of tights and underwear, and sealed it as exhibit AB/3. It has not been sent for "
            "examination; it is stored at Ashcombe police station.",
            "With her agreement I arranged for her to attend the Lighthouse SARC at 16:00 hours that day, and I "
            "asked her not to eat or drink before then if she could manage it. She said she had drunk a glass of "
            "water. I stopped the recording at 12:09 hours. I handed over to DC DARROW by telephone at 12:20 hours.",
            "On Monday 16th February 2026 at 13:20 hours I attended The Mariner's Rest public house, 4 Quay Street, "
            "Ashcombe. The duty manager, whose details I have recorded, downloaded the CCTV for cameras 2 (bar) "
            "and 5 (front door) from 22:00 hours on 14th February to 00:30 hours on 15th February 2026 onto a USB "
            "stick in my presence. I sealed the stick and produce it as exhibit AB/2. The time on the system was "
            "correct to within one minute of the speaking clock.",
            "I have viewed the footage. On camera 5, at 23:48:10, a woman I recognise as Hannah OKORO leaves the "
            "premises with a man. She is walking without difficulty and is holding his hand. They turn left out "
            "of view at 23:48:31. I made a clip of camera 5 from 23:48:00 to 23:48:40, which is the clip supplied "
            "with this file and is part of exhibit AB/2.",
            "No other CCTV was identified in Quarry Lane. I spoke to the occupiers of eight addresses in Quarry "
            "Lane on 16th February 2026 between 15:00 and 16:30 hours; none had heard or seen anything on the "
            "night in question. I recorded those enquiries on a house-to-house pro-forma.",
        ])
    mg11_pdf(c.p(sub + "MG11 PC BELL.pdf"), st_bell, fixed(2026, 2, 16), creator="Niche RMS")
    c.add(sub + "MG11 PC BELL.pdf", "MG11", "officer")

    write_mp4(c.p(sub + "BWV_2291_20260215_1141.mp4"), 4, "abe",
              ["BWV 2291 - Harbour Road", "AB/1"], datetime(2026, 2, 15, 11, 41, 5), rng, size=(320, 240))
    c.add(sub + "BWV_2291_20260215_1141.mp4", "BWV")
    write_mp4(c.p(sub + "CCTV MarinersRest cam5 2348.mp4"), 3, "cctv", ["CAM 05 FRONT DOOR", "AB/2 clip"],
              datetime(2026, 2, 14, 23, 48, 0), rng, audio=False)
    c.add(sub + "CCTV MarinersRest cam5 2348.mp4", "CCTV")

    st_patel = dict(
        name="Sanjay PATEL", occupation="Private hire driver", urn=URN, date="19/02/2026", sig_mode="typed",
        typed_sig="Signed: S. PATEL", typed_witness="Signed: DC 4410 B. ASHWORTH",
        typed_copy_note="TYPED COPY of a handwritten MG11. The signed original is held by the OIC.",
        body=[
            "I have been a private hire driver for Ashcombe Cabs for six years. I drive a silver Skoda Octavia, "
            "licence number AC-PH-0917.",
            "On Saturday 14th February 2026 I was working the night shift. At about 23:50 I got a job through the "
            "app for a pick-up outside The Mariner's Rest on Quay Street. A man and a woman got in the back. I "
            "now know them to be Liam PARFITT and Hannah OKORO. The man gave the address 12 Quarry Lane.",
            "The journey took about seven minutes. They were chatting and laughing. She was a bit tipsy but she "
            "was not falling about and she was speaking clearly. She asked me to turn the music up. I did not see "
            "anything that worried me. I dropped them at Quarry Lane at about 23:59 and the man paid by card.",
            "I would not recognise the man again. I did not see them go into any address.",
        ])
    mg11_pdf(c.p(sub + "MG11 PATEL typed.pdf"), st_patel, fixed(2026, 2, 20))
    c.add(sub + "MG11 PATEL typed.pdf", "MG11", "witness")

    roti = [
        ("pb", "OFFICIAL-SENSITIVE"),
        ("title", "RECORD OF TAPED INTERVIEW (MG15)"),
        ("kv", [["URN", URN], ["Person interviewed", "PARFITT, Liam James (DOB 03/09/1998)"],
                ["Place", "Ashcombe custody suite, interview room 3"],
                ["Date / time", "16/02/2026, commenced 14:10, concluded 15:02"],
                ["Interviewing officers", "DC 3107 DARROW, DC 4410 ASHWORTH"],
                ["Others present", "Mr Owen TREHARNE, solicitor (Treharne & Co)"],
                ["Recording reference", "WV-DIR-2026-02161410"]]),
        ("table", ["Time", "Summary of questions and answers"],
         [["14:10", "Introductions; caution given and understood; legal advice confirmed; reminded of free legal "
                    "advice and right to stop for advice."],
          ["14:13", "Confirms he met Hannah at The Mariner's Rest on 14/02/2026; has known her 'to say hello' "
                    "for about a year."],
          ["14:17", "Says she suggested going back to his; they took a taxi. Kissing on the sofa, 'she was well "
                    "into it'. She went into the bedroom first."],
          ["14:24", "Intercourse was consensual. Denies she said no or stop. Denies holding her wrists."],
          ["14:31", "Asked about bruising found at the SARC: 'no idea, I never grabbed her'."],
          ["14:38", "She left 'about three' while he was dozing. He texted 'you home?' at 03:31 and she replied "
                    "'home safe x'. He says that shows she was happy."],
          ["14:47", "Asked how drunk she was: 'merry, same as me'. Drank about six pints himself."],
          ["14:55", "Special warning not given (not applicable). Nothing to add. Phone handed over voluntarily; "
                    "PIN provided."],
          ["15:02", "Interview concluded."]], [18, 162], 9),
        ("p", "Prepared by DC 4410 ASHWORTH from the recording, 17/02/2026."),
    ]
    write_pdf(c.p(sub + "ROTI PARFITT 16-02-26.pdf"), blocks_to_layout(roti), fixed(2026, 2, 17),
              decorate=deco(head=head))
    c.add(sub + "ROTI PARFITT 16-02-26.pdf", "ROTI")

    write_pdf(c.p(sub + "PNC PARFITT.pdf"),
              blocks_to_layout(pnc_blocks(FORCE, URN, "16/02/2026 09:02", "WV3107", "PARFITT, Liam James",
                                          "03/09/1998", "2016/0441876K",
                                          [["1", "11/06/2019", "Ashcombe Magistrates' Court",
                                            "Common assault (CJA 1988 s.39)", "Fine GBP 200, compensation GBP 100"]]),
                               fam="mono", size=9), fixed(2026, 2, 16), decorate=deco("mono", page_fmt=None))
    c.add(sub + "PNC PARFITT.pdf", "PNC")

    inc = [
        ("title", "STORM COMMAND AND CONTROL - INCIDENT LOG"),
        ("kv", [["Incident", "WV-20260215-0412"], ["Opened", "15/02/2026 10:31:07"],
                ["Classification", "SEXUAL OFFENCE - RAPE (reported)"], ["Grade", "S - priority"],
                ["Location", "Harbour Road, Ashcombe (full address held on system)"], ["URN", URN]], [40, 140]),
        ("table", ["Time", "Operator", "Entry"],
         [["10:31:07", "CH 8812", "101 call from female HANNAH OKORO. States she was raped last night by a man she "
                                  "knows, LIAM, at his flat in Quarry Lane. Sister present with her. Not in danger "
                                  "now. Suspect not with her."],
          ["10:33:40", "CH 8812", "Early evidence advice given: not to wash, keep clothing, do not eat or drink if "
                                  "possible."],
          ["10:35:12", "CH 8812", "Suspect named as LIAM PARFITT. Local checks: one trace, 2019 assault."],
          ["10:46:30", "DISP 2", "PC 2291 BELL assigned."],
          ["11:40:02", "PC 2291", "At scene."],
          ["12:20:45", "PC 2291", "First account obtained on BWV. SARC booked 16:00. Clothing seized. Handed to "
                                  "DC 3107 DARROW (CID RASSO)."],
          ["12:24:10", "DISP 2", "Crime recorded WV-CR-2026-018842. Incident closed to crime."]], [20, 20, 140], 8.5),
    ]
    write_pdf(c.p(sub + "Incident log 15-02-2026.pdf"), blocks_to_layout(inc, fam="mono", size=9),
              fixed(2026, 2, 15, 13), decorate=deco("mono", head="STORM - printed 27/03/2026"))
    c.add(sub + "Incident log 15-02-2026.pdf", "INCIDENT_LOG")

    crime = [
        ("title", "CRIME REPORT  WV-CR-2026-018842"),
        ("kv", [["Crime type", "Rape of a female aged 16 or over (s.1 SOA 2003)"],
                ["Reported", "15/02/2026 10:31 by the victim (101)"],
                ["Committed", "Between 15/02/2026 01:00 and 03:10"],
                ["Location", "12 Quarry Lane, Ashcombe"], ["Victim", "OKORO, Hannah (24) - female"],
                ["Suspect", "PARFITT, Liam James (27) - arrested 16/02/2026"],
                ["OIC", OIC], ["Linked incident", "WV-20260215-0412"], ["URN", URN]]),
        ("h", "MO / summary"),
        ("p", "Victim and suspect left a public house together and went to the suspect's flat; victim states "
              "that after she said she wanted to leave, the suspect held her wrists and raped her."),
        ("h", "Investigation log (extract)"),
        ("table", ["Date", "Entry"],
         [["15/02/2026", "First account on BWV. SARC attended. Clothing seized (AB/3). ISVA referral to follow."],
          ["16/02/2026", "Suspect arrested 07:15, interviewed, released on pre-charge bail. CCTV seized (AB/2). "
                         "House-to-house Quarry Lane: negative. DPN signed; selective extraction of victim's phone."],
          ["17/02/2026", "ABE interview (JD/1, JD/2). ISVA referral made. VPS explained and offered."],
          ["19/02/2026", "Taxi driver S. PATEL statement."],
          ["20/03/2026", "DNA SFR1 received."], ["27/03/2026", "MG3 submitted to CPS."]], [28, 152], 9),
    ]
    write_pdf(c.p(sub + "Crime report WV-CR-2026-018842.pdf"), blocks_to_layout(crime, size=9.5),
              fixed(2026, 3, 27), decorate=deco(head="Niche RMS - OFFICIAL-SENSITIVE"))
    c.add(sub + "Crime report WV-CR-2026-018842.pdf", "CRIME_REPORT")

    fme = [
        ("title", "THE LIGHTHOUSE SARC - FORENSIC MEDICAL EXAMINATION REPORT"),
        ("kv", [["Patient", "Hannah OKORO (24)"], ["Police reference", URN + " / WV-CR-2026-018842"],
                ["Examined", "15/02/2026, 16:05-17:40"], ["Examiner", "Karen LOWRY, Forensic Nurse Examiner"],
                ["Consent", "Written consent given by the patient to examination, to the taking of samples and to "
                            "the release of this report and the SARC notes to the police and the CPS (form signed "
                            "15/02/2026)."]]),
        ("h", "Findings"),
        ("bul", ["Left wrist, inner aspect: two oval bruises 2 x 1.5 cm and 1.5 x 1 cm.",
                 "Right wrist, inner aspect: three round bruises each about 1 cm, in a line.",
                 "The pattern on each wrist is consistent with fingertip pressure; the age of bruises cannot be "
                 "stated with precision.",
                 "No genital injury seen. The absence of genital injury neither supports nor undermines an "
                 "account of non-consensual intercourse."]),
        ("h", "Samples"),
        ("p", "KL/1 high vaginal swab, KL/2 low vaginal swab, KL/3 external swab, KL/4 blood (toxicology), "
              "KL/5 urine (toxicology), KL/6 control. Handed to DC DARROW 17:50."),
    ]
    write_pdf(c.p(sub + "SARC FME report.pdf"), blocks_to_layout(fme), fixed(2026, 2, 20),
              decorate=deco(head="SARC - confidential medical report"))
    c.add(sub + "SARC FME report.pdf", "MEDICAL")

    dna = [
        ("title", "STREAMLINED FORENSIC REPORT - SFR1"),
        ("subtitle", "Eastgate Forensic Services Ltd (fictional provider)"),
        ("kv", [["Case", URN + " / Op KESTREL"], ["Date of report", "20/03/2026"],
                ["Scientist", "Dr Ewan MACRAE"], ["Items", "KL/1 high vaginal swab; reference sample PARFITT (BA/1)"]]),
        ("h", "Result"),
        ("p", "Semen was found on KL/1. A DNA profile obtained from the sperm fraction matches the reference "
              "profile of Liam PARFITT. The match probability is in the order of one in a billion."),
        ("p", "This report is provided on the basis that the suspect accepts that intercourse took place. If "
              "this is disputed an SFR2 can be requested."),
    ]
    write_pdf(c.p(sub + "SFR1 DNA 20.03.26.pdf"), blocks_to_layout(dna), fixed(2026, 3, 20))
    c.add(sub + "SFR1 DNA 20.03.26.pdf", "FORENSIC")

    sx = [("title", "DOWNLOAD REPORT - EXTRACT"),
          ("kv", [["Device", "PARFITT - Samsung Galaxy A54 (seized 16/02/2026, exhibit BA/2)"], ["URN", URN],
                  ["Extract", "WhatsApp chat with contact saved as 'Hannah Mariners', 15/02/2026 03:00-04:00"],
                  ["Full report", "MG6C item 9 - DFU ref HO-EXT-0121"]]),
          ("table", ["Date/time", "From", "Message"],
           [["15/02/2026 03:31:02", "PARFITT", "you home?"], ["15/02/2026 03:42:47", "Hannah Mariners", "home safe x"]],
           [40, 40, 100]),
          ("p", "Extract prepared by DC DARROW for the MG6E, 26/03/2026.")]
    write_pdf(c.p(sub + "Suspect phone download extract.pdf"), blocks_to_layout(sx), fixed(2026, 3, 26))
    c.add(sub + "Suspect phone download extract.pdf", "DIGITAL_EXTRACT")

    mg6c_rows = [
        [1, "Incident log WV-20260215-0412 (101 call, dispatch, first advice)", "Command and control (STORM)",
         "Rebuttable presumption. Copy with file."],
        [2, "Crime report WV-CR-2026-018842 and investigation log", "Niche RMS", "Rebuttable presumption. "
         "Copy with file."],
        [3, "PC 2291 BELL pocket notebook, pages 14-17, 15/02/2026: notes of first account", "Ashcombe PS",
         "First account also on BWV AB/1."],
        [4, "ABE interview plan, DC DARROW, 16/02/2026", "OIC case folder", "Retained per ABE guidance."],
        [5, "CCTV AB/2 (full download, cameras 2 and 5, 22:00-00:30) beyond the clip served", "Property store",
         "Shows the pair leaving hand in hand; may assist the defence."],
        [6, "House-to-house pro-forma, Quarry Lane, 16/02/2026 (8 addresses, nil)", "OIC case folder", ""],
        [7, "Custody record PARFITT 16/02/2026", "Custody system", ""],
        [8, "Pre-interview disclosure document given to solicitor, 16/02/2026", "OIC case folder", ""],
        [9, "Download report of suspect's phone (messages 14-16/02/2026)", "DFU", "Contains 03:31/03:42 "
         "exchange relied on by suspect. Extract with file."],
        [10, "DC DARROW notes of conversation with Freya LINDQVIST, 18/02/2026 (left pub 23:30, saw nothing later)",
         "OIC case folder", ""],
    ]
    write_xlsx(c.p(sub + "MG6C.xlsx"), [dict(
        title="MG6C", top=[["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)"],
                           ["R v PARFITT", "", "URN", URN], ["Disclosure officer", OIC, "Page", "1 of 1"]],
        header=["Item no.", "Description and relative location", "Location", "Comment"],
        rows=mg6c_rows, widths=[8, 70, 22, 40],
        bottom=[["Signed (disclosure officer)", "J DARROW 27/03/2026"]])], fixed(2026, 3, 27), "DARROW Jodie")
    c.add(sub + "MG6C.xlsx", "MG6C")

    mg6d = [
        ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)"),
        ("kv", [["R v", "PARFITT"], ["URN", URN], ["Disclosure officer", OIC]]),
        ("table", ["Item", "Description", "Reason for sensitivity", "CPS view"],
         [["1", "SARC full clinical notes, 15/02/2026", "Confidential medical information about the complainant",
           ""],
          ["2", "ISVA referral form, 17/02/2026", "Personal details and support needs of the complainant", ""],
          ["3", "MG11 rear pages (witness contact details)", "Home addresses and telephone numbers of witnesses",
           ""]], [12, 58, 80, 30]),
        ("p", "Signed J DARROW, disclosure officer, 27/03/2026"),
    ]
    write_pdf(c.p(sub + "MG6D.pdf"), blocks_to_layout(mg6d), fixed(2026, 3, 27),
              decorate=deco(head="OFFICIAL-SENSITIVE - NOT FOR DISCLOSURE"))
    c.add(sub + "MG6D.pdf", "MG6D")

    mg6e = [
        ("title", "DISCLOSURE OFFICER'S REPORT (MG6E)"),
        ("kv", [["URN", URN], ["Disclosure officer", OIC]]),
        ("p", "Material which may undermine the prosecution case or assist the defence: MG6C item 5 (CCTV showing "
              "them leaving hand in hand), item 9 (the 03:42 message 'home safe x'), and the taxi driver's "
              "description of her as 'tipsy but chatty' (served statement). Copies of items 1 and 2 are "
              "provided with the file, with the relevant extract of item 9 (messages of 15/02/2026 03:00-04:00). "
              "The part of item 5 that may assist (leaving hand in hand) is the clip supplied with the file."),
        ("p", "Previous convictions of prosecution witnesses: checks to follow."),
        ("p", "I certify that to the best of my knowledge and belief all relevant material has been recorded "
              "and retained. J DARROW, 27/03/2026."),
    ]
    write_pdf(c.p(sub + "MG6E.pdf"), blocks_to_layout(mg6e), fixed(2026, 3, 27))
    c.add(sub + "MG6E.pdf", "MG6E")

    mg12 = [
        ("title", "EXHIBIT LIST (MG12)"),
        ("subtitle", "R v PARFITT   URN " + URN),
        ("table", ["Exhibit", "Description", "Produced by"],
         [["JD/1", "Master recording of video-recorded interview of Hannah OKORO, 17/02/2026", "DC 3107 DARROW"],
          ["JD/2", "Working copy of the above (file copy supplied)", "DC 3107 DARROW"],
          ["JD/3", "Index and summary of interview", "DC 3107 DARROW"],
          ["AB/1", "Body-worn video, PC 2291 BELL, 15/02/2026 11:41-12:09 (first account)", "PC 2291 BELL"],
          ["AB/2", "USB stick: CCTV The Mariner's Rest, cameras 2 and 5 (clip 23:48 supplied)", "PC 2291 BELL"],
          ["AB/3", "Carrier bag: black dress, tights, underwear", "PC 2291 BELL"],
          ["KL/1-KL/6", "SARC samples (swabs, blood, urine, control)", "Karen LOWRY (FNE)"]], [22, 118, 40]),
    ]
    write_pdf(c.p(sub + "MG12 exhibit list.pdf"), blocks_to_layout(mg12), fixed(2026, 3, 27))
    c.add(sub + "MG12 exhibit list.pdf", "MG12")

    # ---------------- the CPS action plan and the resubmission (top level) ----------------
    ap = [
        ("pb", "Crown Prosecution Service - Wessex - RASSO Unit"),
        ("title", "PRE-CHARGE ACTION PLAN"),
        ("kv", [["Police URN", URN], ["Suspect", "Liam James PARFITT"], ["Operation", "KESTREL"],
                ["MG3 considered", "27/03/2026"], ["Date of action plan", "09/04/2026"],
                ["Reviewing lawyer", "Ruth ABERNETHY, Senior Crown Prosecutor - 01632 960733, "
                                     "ruth.abernethy@cps.example"],
                ["Response due by", "14/05/2026"]]),
        ("p", "I am not able to make a charging decision on the material provided. The following actions are "
              "needed. They are in priority order. Please answer each on an MG3A."),
        ("table", ["No.", "Action", "Reason"],
         [["1", "Obtain a statement from the complainant's sister, to whom she first complained.",
           "Previous complaint evidence (CJA 2003 s.120); she is named in the MG3 only as 'her sister'."],
          ["2", "Provide previous convictions (or nil returns) for all prosecution witnesses.",
           "Material presumed to meet the disclosure test."],
          ["3", "The MG3 says the complainant's phone was 'looked at'. Confirm whether it was examined. If it was, "
                "provide the Digital Processing Notice and state the parameters used. If it was not, say so.",
           "Proportionality of any intrusion; disclosure."],
          ["4", "Provide the toxicology result (target date given as 30/04/2026).",
           "Relevant to her capacity and to the reliability of her recall."],
          ["5", "Provide the MG2 and the complainant's view on s.28 pre-recorded cross-examination; confirm "
                "whether a VPS was offered.", "Special measures application; Victims' Code."]],
         [10, 95, 75]),
        ("p", "No other enquiry is required. In particular I do not ask for her social media or counselling "
              "records: nothing in the file suggests they would be relevant."),
        ("p", "Ruth ABERNETHY, SCP, 09/04/2026"),
    ]
    write_pdf(c.p("CPS Action Plan 09.04.26.pdf"), blocks_to_layout(ap), fixed(2026, 4, 9),
              decorate=deco(head="OFFICIAL-SENSITIVE", foot="CPS Wessex"), creator="CPS Case Management System")
    c.add("CPS Action Plan 09.04.26.pdf", "ACTION_PLAN")

    mg3a = [
        ("subtitle", "OFFICIAL-SENSITIVE when complete"),
        ("title", "MG3A  FURTHER REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("urn", "URN", URN),
        ("kv", [["Suspect", "PARFITT, Liam James  (03/09/1998)"],
                ["Offence", "Rape, s.1 Sexual Offences Act 2003 (15/02/2026)"],
                ["Previous MG3", "27/03/2026 (copy in the sub-folder 'Original submission')"],
                ["Action plan answered", "CPS action plan of 09/04/2026, Ruth ABERNETHY SCP, 5 actions"],
                ["Decision sought", "Full Code Test. We do not seek a threshold test decision."],
                ["OIC", OIC + " - " + OIC_CONTACT],
                ["Bail", "On pre-charge bail to 16/08/2026 (extended by Insp 0457 FAWCETT on 12/05/2026). "
                         "Conditions unchanged: no contact with Hannah OKORO directly or indirectly; not to "
                         "enter Harbour Road, Ashcombe. No breach reported."]]),
        ("h", "Response to the action plan"),
        ("table", ["Action", "Response", "Where"],
         [["1 - sister's statement", "Done. Grace OKORO made a statement on 22nd April 2026 describing the call "
                                     "at 08:53 on 15/02/2026 and what Hannah said. She is the sister referred to "
                                     "in the MG3.", "IMG_4471.jpg, IMG_4472.jpg (pages 1 and 2 of her MG11)"],
          ["2 - witness convictions", "Done 24/04/2026. Hannah OKORO, Grace OKORO, Sanjay PATEL: no trace on "
                                      "PNC or local systems (nil returns).", "Witness PNC nil returns.pdf"],
          ["3 - complainant's phone", "It was examined, on a selective basis and with her agreement. She signed a "
                                      "Digital Processing Notice on 16.02.26 before anything was taken. Only WhatsApp "
                                      "and SMS messages with the suspect's number and with her sister, and the call "
                                      "log, from 14/02/2026 18:00 to 16/02/2026 12:00 were extracted. No photos, "
                                      "other chats, browsing, location or social media data were taken and none will "
                                      "be sought. Phone returned to her the same afternoon. 'Looked at' in the MG3 "
                                      "was poorly worded.",
           "DPN_OKORO.pdf; Extraction report HO-EXT-0117.pdf"],
          ["4 - toxicology", "Received 2026-04-28. No drugs detected; no alcohol in blood taken at 16:20; urine "
                             "alcohol 19 mg/100 ml. The scientist cannot back-calculate reliably to 01:30.",
           "SFR1 toxicology 28-04-2026.pdf"],
          ["5 - MG2, s.28, VPS", "MG2 completed 30/04/2026. Hannah wants her cross-examination pre-recorded under "
                                 "s.28 and to give evidence by live link from a remote site. No intermediary is "
                                 "needed (no communication difficulty; mild dyslexia managed by reading documents "
                                 "to her). VPS offered on 17/02/2026 and again on 22/04/2026; she will decide after "
                                 "the charging decision.", "MG2 special measures.pdf"]], [32, 98, 50]),
        ("h", "Evidence outstanding"),
        ("p", "None. All forensic results are in (DNA 20/03/2026, toxicology 28/04/2026). There is no outstanding "
              "digital work. No further enquiries are outstanding."),
        ("h", "Reasonable lines of enquiry - position now"),
        ("bul", ["Pointing away from the suspect: the CCTV (leaving hand in hand, walking steadily), the taxi driver "
                 "('tipsy but chatty'), and her 03:42 message 'home safe x'. All scheduled; the message and CCTV are "
                 "marked as possibly assisting the defence.",
                 "Pointing towards: wrist bruising consistent with fingertip pressure; her distress and prompt "
                 "complaint to her sister and to PC BELL; consistency between BWV and ABE accounts.",
                 "Not pursued, with reasons: her social media and counselling records (she has had no counselling) "
                 "have not been sought - there is no indication they hold anything relevant and the CPS has not "
                 "asked for them. The clothing (AB/3) has not been submitted: intercourse is admitted and the "
                 "clothing would not help on consent."]),
        ("h", "Suspect's account (unchanged)"),
        ("p", "Consensual intercourse; denies she said no and denies holding her wrists; relies on her 03:42 "
              "message. Full summary on the MG3 of 27/03/2026 and in the ROTI."),
        ("h", "Victim care"),
        ("p", "ISVA: Pauline GRANT, Wessex ISVA Service, since 17/02/2026. Needs: documents to be read to her "
              "(mild dyslexia); English is her first language, no interpreter. She supports a prosecution."),
        ("h", "Disclosure"),
        ("p", "Revised MG6C (rev 2, 12/05/2026) attached with the new items. MG6D and MG6E of 27/03/2026 are "
              "unchanged. Disclosure strategy: no third-party material has been sought about her apart from the "
              "SARC report and notes, released with her written consent."),
        ("h", "Early advice"),
        ("p", "Not sought, for the reason given on the MG3 (suspect identified and interviewed within 48 hours)."),
        ("h", "Supervisor"),
        ("p", "Reviewed: DS 1120 Mark HOLLIS, 13/05/2026. All five actions are answered; the file is ready for a "
              "decision."),
        ("p", "OIC: DC 3107 J DARROW, 13th May 2026."),
    ]
    write_docx(c.p("MG3A_KESTREL_13May26.docx"), mg3a, fixed(2026, 5, 13), author="DARROW Jodie",
               head="OFFICIAL-SENSITIVE    URN 61WV0215526", foot="MG3A")
    c.add("MG3A_KESTREL_13May26.docx", "MG3A")

    st_grace = dict(
        name="Grace OKORO", occupation="Dental nurse", urn=URN, date="22/04/2026", sig="G. Okoro",
        witness_sig="J Darrow", urn_boxes=True, size=11, body=[
            "I am the older sister of Hannah OKORO. We are close and speak most days.",
            "On Sunday 15th February 2026 at about five to nine in the morning Hannah rang me on my mobile. I was "
            "at home. She was crying so much that at first I could not understand what she was saying. I kept "
            "asking her what was wrong. She said, 'Liam wouldn't let me go. He held me down. I said no, Grace, I "
            "kept saying no.' I asked her which Liam and she said 'Liam from the Mariner's, Jess's mate'. I asked "
            "if she was hurt and she said her wrists hurt.",
            "I told her I was coming straight round. I drove to her flat in Harbour Road and got there at about "
            "twenty past nine. She was sitting on the floor of the living room in her dressing gown. She had put "
            "the clothes she had been wearing into a carrier bag. She said she felt dirty but she had not showered "
            "because she had seen on the television that you shouldn't.",
            "I said we should ring the police. At first she did not want to. She said nobody would believe her "
            "because she had gone back to his flat. We talked for about an hour. At about half past ten she rang "
            "101 herself while I sat next to her. Later a police officer came and I let him in.",
            "I did not ask her for the details and she has not told me any more since. The officer asked us not "
            "to discuss it and we have not. I have not spoken to Liam PARFITT and I do not know him.",
            "Before that weekend Hannah was her normal self. Since then she has been very quiet, she has had time "
            "off work and she has been staying with me some nights.",
            "I am willing to attend court if needed.",
        ])
    mg11_photos([c.p("IMG_4471.jpg"), c.p("IMG_4472.jpg")], st_grace, rng)
    c.add("IMG_4471.jpg", "MG11", "first_account")
    c.add("IMG_4472.jpg", "MG11", "first_account")

    write_pdf(c.p("Witness PNC nil returns.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Hannah OKORO", "Complainant", "held", "24/04/2026", "No trace (PNC and local)"],
                     ["Grace OKORO", "First complaint", "held", "24/04/2026", "No trace (PNC and local)"],
                     ["Sanjay PATEL", "Taxi driver", "held", "24/04/2026", "No trace (PNC and local)"],
                     ["Karen LOWRY", "FNE (professional)", "n/a", "24/04/2026", "Not checked - professional "
                                                                           "witness giving expert findings"]],
        "PS 7781 L. HARTE (Case Progression)", "24/04/2026",
        note="Police officers in the case (DC DARROW, DC ASHWORTH, PC BELL) have no disciplinary findings or "
             "convictions recorded (professional standards check 24/04/2026).")),
              fixed(2026, 4, 24), decorate=deco(head=head))
    c.add("Witness PNC nil returns.pdf", "PNC")

    dpn = [
        ("pb", "Wessex Vale Police"),
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("subtitle", "Extraction of information from a digital device with the agreement of the user - "
                     "Police, Crime, Sentencing and Courts Act 2022, s.37"),
        ("kv", [["URN / crime", URN + " / WV-CR-2026-018842"], ["Device user", "Hannah OKORO"],
                ["Device", "Apple iPhone 12, black, in a clear case; IMEI recorded on the DFU form"],
                ["Officer", OIC]]),
        ("h", "1. Why we are asking"),
        ("p", "You have told us that after you left his flat, Liam PARFITT messaged you and you replied, and that "
              "you then spoke to your sister. Those messages and calls are part of what happened and he may rely "
              "on them. We need to be able to show the whole exchange and when each message was sent. This is a "
              "reasonable line of enquiry; we will not look at anything else."),
        ("h", "2. What we will extract"),
        ("bul", ["WhatsApp and SMS messages between you and the number you gave us for Liam PARFITT, and between "
                 "you and your sister Grace;",
                 "your call log;",
                 "only for the period 18:00 on 14/02/2026 to 12:00 on 16/02/2026."]),
        ("h", "3. What we will not extract"),
        ("p", "Photographs and videos, other conversations, e-mail, internet history, location data, notes, "
              "health and banking apps, and social media other than the WhatsApp chats named above. If a "
              "reason to look further ever arose, we would come back to you and explain why first."),
        ("h", "4. How it will be done and what happens to the data"),
        ("p", "A selective extraction at the Digital Forensics Unit, today if possible, with the phone returned "
              "to you the same day. The extracted data is kept securely and only for this case. Material that is "
              "relevant is listed on disclosure schedules; personal material that is not relevant will not be "
              "shown to the defence."),
        ("h", "5. Your agreement"),
        ("p", "You do not have to agree. If you do not, we will record your reasons and explain what other "
              "options there are; saying no will not on its own stop the investigation. You may withdraw your "
              "agreement at any time before the extraction starts."),
        ("sign", "Signature of device user:", "H Okoro", "Hannah OKORO - 16/02/2026 10:40",
         "I have read this notice (it was also read aloud to me) and I agree to the extraction described in "
         "sections 2 and 3."),
        ("sign", "Officer:", "J Darrow", "DC 3107 J DARROW - 16/02/2026 10:42", ""),
    ]
    write_pdf(c.p("DPN_OKORO.pdf"), blocks_to_layout(dpn), fixed(2026, 2, 16),
              decorate=deco(head="OFFICIAL-SENSITIVE", foot="DPN (victim/witness) v3"))
    c.add("DPN_OKORO.pdf", "DPN")

    ext = [
        ("title", "DIGITAL FORENSICS UNIT - EXTRACTION REPORT"),
        ("kv", [["DFU reference", "HO-EXT-0117"], ["URN", URN], ["Exhibit", "JD/4 (report)"],
                ["Device", "Apple iPhone 12 (complainant's device, returned 16/02/2026 15:20)"],
                ["Authority", "Digital Processing Notice signed 16/02/2026 10:40"],
                ["Extraction type", "Selective logical extraction, filtered at acquisition"],
                ["Parameters", "WhatsApp and SMS with two named contacts; call log; 14/02/2026 18:00 to "
                               "16/02/2026 12:00"],
                ["Examiner", "Tom ASHBY, Digital Forensic Technician (police staff)"]]),
        ("h", "Results"),
        ("table", ["Date/time", "Type", "Direction", "Content"],
         [["14/02/2026 19:02", "WhatsApp", "In (PARFITT)", "you out tonight?"],
          ["14/02/2026 19:10", "WhatsApp", "Out", "mariners with freya x"],
          ["15/02/2026 03:31", "WhatsApp", "In (PARFITT)", "you home?"],
          ["15/02/2026 03:42", "WhatsApp", "Out", "home safe x"],
          ["15/02/2026 08:53", "Call", "Out to Grace", "Duration 4 min 12 s"],
          ["15/02/2026 08:58", "WhatsApp", "Out to Grace", "can you come round please something happened"],
          ["15/02/2026 09:01", "WhatsApp", "In (Grace)", "on my way"],
          ["15/02/2026 10:31", "Call", "Out 101", "Duration 11 min 40 s"]], [32, 22, 30, 96], 8.5),
        ("p", "Nothing outside the parameters was extracted or reviewed."),
    ]
    write_pdf(c.p("Extraction report HO-EXT-0117.pdf"), blocks_to_layout(ext, size=9.5), fixed(2026, 2, 16),
              decorate=deco(head="OFFICIAL-SENSITIVE"), creator="DFU report generator")
    c.add("Extraction report HO-EXT-0117.pdf", "DIGITAL_EXTRACT")

    tox = [
        ("title", "STREAMLINED FORENSIC REPORT - SFR1 (TOXICOLOGY)"),
        ("subtitle", "Eastgate Forensic Services Ltd"),
        ("kv", [["Case", URN], ["Date of report", "28th April 2026"], ["Scientist", "Dr Priya SHANKAR"],
                ["Items", "KL/4 blood taken 15/02/2026 16:20; KL/5 urine taken 15/02/2026 16:25"]]),
        ("h", "Results"),
        ("bul", ["Alcohol: not detected in blood (below 10 mg/100 ml). Urine: 19 mg/100 ml.",
                 "Drugs: none of the drugs in the standard screen were detected (including GHB, benzodiazepines, "
                 "cocaine, cannabinoids)."]),
        ("h", "Interpretation"),
        ("p", "Given the interval of about fifteen hours, I cannot reliably calculate her blood alcohol at 01:30. "
              "The results are consistent with moderate drinking the previous evening. They neither confirm nor "
              "exclude significant intoxication at the time."),
    ]
    write_pdf(c.p("SFR1 toxicology 28-04-2026.pdf"), blocks_to_layout(tox), fixed(2026, 4, 28))
    c.add("SFR1 toxicology 28-04-2026.pdf", "FORENSIC")

    mg2 = [
        ("title", "MG2  SPECIAL MEASURES ASSESSMENT"),
        ("urn", "URN", URN),
        ("kv", [["Witness", "Hannah OKORO (complainant)"],
                ["Eligibility", "Eligible as an intimidated witness: complainant in a sexual offence "
                                "(YJCEA 1999 s.17(4))."],
                ["Measures sought", "Video-recorded interview as evidence in chief (s.27); pre-recorded "
                                    "cross-examination (s.28); live link from a remote site (s.24); screens as "
                                    "a fall-back if she attends court."],
                ["Witness's view", "Discussed 30/04/2026 with her ISVA present. She wants s.28 and the live link. "
                                   "She does not want to be in the courtroom with him."],
                ["Intermediary", "Not required: she communicates well; her mild dyslexia is met by reading "
                                 "documents to her."],
                ["Other needs", "Supporter (ISVA) in the live link room; pre-trial visit; refresh memory by "
                                "viewing JD/2 before cross-examination."],
                ["Completed by", "DC 3107 DARROW, 30/04/2026"]]),
    ]
    write_pdf(c.p("MG2 special measures.pdf"), blocks_to_layout(mg2), fixed(2026, 4, 30),
              decorate=deco(head=head))
    c.add("MG2 special measures.pdf", "MG2")

    rev = mg6c_rows + [
        [11, "Witness PNC / local checks, 24/04/2026 (nil returns for all three lay witnesses)", "OIC case folder",
         "Rebuttable presumption. Copy with file."],
        [12, "Extraction report HO-EXT-0117 of complainant's phone (selective, per DPN)", "DFU",
         "Contains her 03:42 message. Copy with file."],
        [13, "Digital Processing Notice signed by the complainant, 16/02/2026", "OIC case folder", "Copy with file."],
        [14, "DC DARROW notes of meeting with Grace OKORO, 22/04/2026 (statement arrangements only)",
         "OIC case folder", ""],
        [15, "E-mail OIC to Eastgate Forensic Services chasing toxicology, 21/04/2026", "OIC mailbox", ""],
        [16, "Bail extension authority, Insp FAWCETT, 12/05/2026", "Custody system", ""],
        [17, "Arrest record and PC 1877 LUCAS pocket notebook p.22, arrest of PARFITT 16/02/2026 07:15 "
             "(no reply to caution)", "Ashcombe PS", ""],
        [18, "Search record, 12 Quarry Lane, 16/02/2026 (s.32 PACE): bedding photographed, not seized",
         "OIC case folder", "Bedding not seized: intercourse admitted."],
        [19, "Photographs of bedroom at 12 Quarry Lane (14 images), PC LUCAS, 16/02/2026", "Digital evidence "
             "store", ""],
        [20, "SARC booking record and chain of custody for samples KL/1-KL/6", "SARC / property", ""],
        [21, "Forensic submission form (MG21) DNA, 17/02/2026", "OIC case folder", ""],
        [22, "Forensic submission form (MG21) toxicology, 17/02/2026", "OIC case folder", ""],
        [23, "Property register entry for AB/3 (clothing), not submitted", "Property store", ""],
        [24, "Ashcombe Cabs booking record, job 14/02/2026 23:50 (pick-up and drop-off times)",
         "OIC case folder", "Confirms times given by S. PATEL."],
        [25, "Messages between OIC and ISVA about appointments, February-May 2026", "OIC mailbox",
         "Administrative only; no account of events."],
        [26, "Witness care unit needs assessment, Hannah OKORO, 20/02/2026", "WCU system",
         "Logistics only; support needs summarised on MG3A."],
        [27, "Duty manager's note of CCTV download, The Mariner's Rest, 16/02/2026", "OIC case folder", ""],
        [28, "Interview recording (master), PARFITT, 16/02/2026 (WV-DIR-2026-02161410)", "Digital "
             "interview recording system", "ROTI served."],
        [29, "Custody CCTV, Ashcombe custody, 16/02/2026 07:40-16:10", "Custody system",
         "Not viewed in full; retained for 12 months."],
        [30, "Supervisor's review entries on crime report, 18/02/2026 and 27/03/2026", "Niche RMS", ""],
    ]
    lay = blocks_to_layout([
        ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("subtitle", "MG6C - revision 2 (12/05/2026) - R v PARFITT - URN " + URN),
        ("table", ["Item", "Description and relative location", "Location", "Comment"],
         [[str(r[0]), r[1], r[2], r[3]] for r in rev] +
         [[str(r[0]), r[1], r[2], r[3]] for r in []], [12, 92, 36, 40], 9.5),
        ("p", "Disclosure officer: DC 3107 J DARROW. Signed J Darrow. Date 12/05/2026."),
    ], size=10.5)
    write_pdf(c.p("MG6C rev2.pdf"), lay, fixed(2026, 5, 12),
              decorate=deco(head="OFFICIAL-SENSITIVE when complete", page_fmt="Page {i} of {n}"))
    c.add("MG6C rev2.pdf", "MG6C")

    write_eml(c.p("RE Op Kestrel action plan response.eml"),
              "Jodie DARROW <jodie.darrow@wessexvale.police.example>",
              "Ruth ABERNETHY <ruth.abernethy@cps.example>",
              "RE: Op KESTREL 61WV0215526 - response to action plan of 09/04/2026",
              datetime(2026, 5, 14, 8, 12, tzinfo=timezone.utc),
              "Ruth,\n\nPlease find the MG3A answering your action plan of 9 April for PARFITT. All five actions "
              "are done; the documents are in the folder with the original submission in a sub-folder.\n\n"
              "There is nothing outstanding. He is on bail to 16/08/2026.\n\nJodie\n\nDC 3107 Jodie DARROW\n"
              "RASSO team, Ashcombe CID\n01632 960418 / 07700 900418\n",
              cc="Mark HOLLIS <mark.hollis@wessexvale.police.example>")
    c.add("RE Op Kestrel action plan response.eml", "CORRESPONDENCE")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ==============================================================================================
# F2  two complainants, one suspect, one URN (Northmarch Constabulary) - MG3 as a two-column table
# ==============================================================================================
def case_lantern(root, rng):
    c = Case(root, "58NM0441026 HALE two complainants")
    URN = "58NM0441026"
    FORCE = "Northmarch Constabulary"
    OIC = "DC 1880 Marcus WEBB"
    head = "OFFICIAL-SENSITIVE"

    mg3_rows = [
        ["URN", URN],
        ["Force / unit", "Northmarch Constabulary - Kelbridge Public Protection Unit (RASSO)"],
        ["Suspect", "HALE, Dominic  (DOB 12/11/1992), bar supervisor, The Lantern, 19 Castle Street, Kelbridge"],
        ["Complainants", "(1) Priya NAIR, 22 - offences of 22/03/2026\n(2) Megan FLYNN, 26 - offence of 07-08/01/2026"],
        ["Offences", "1. Assault by penetration, s.2 SOA 2003 - NAIR - 22/03/2026 - stockroom of The Lantern\n"
                     "2. Sexual assault, s.3 SOA 2003 - NAIR - same occasion\n"
                     "3. Rape, s.1 SOA 2003 - FLYNN - 08/01/2026 about 01:00 - her flat, Orchard Row, Kelbridge"],
        ["Decision sought", "Full Code Test on all three offences, and advice on whether the two complainants' "
                            "evidence is cross-admissible. We are not asking for a threshold test."],
        ["Early advice", "Sought 14/04/2026 (Daniel OSEI, CPS Northmarch RASSO) on joinder and collusion. Advice "
                         "of 21/04/2026: rule out contact between the complainants; take the flatmate's statement. "
                         "Both done (see lines of enquiry)."],
        ["OIC", OIC + ". Tel 01632 960552 / 07700 900552. marcus.webb@northmarch.police.example"],
        ["Bail / RUI", "Pre-charge bail to 22/06/2026. Conditions: no contact, direct or indirect, with Priya NAIR or "
                       "Megan FLYNN; not to enter The Lantern (he is suspended from work). Compliant so far."],
        ["Summary - complainant 1", "Priya NAIR spent the evening of 21/03/2026 at The Lantern with workmates, who "
                                    "left at 00:10. She went back at about 00:30 for a phone charger. HALE let her in "
                                    "by the side door and said it was in the stockroom. In the stockroom he pushed "
                                    "her against the shelving, put his hand inside her top and bra, then inside her "
                                    "jeans and penetrated her vagina with his fingers while she said 'no, stop' and "
                                    "pushed at his chest. She got free and ran into the bar, where she told the "
                                    "manager of the bar, who rang 999 at 00:41. Account given in a video-recorded "
                                    "interview on 23/03/2026 (MW/1, MW/2), summary MW/3."],
        ["Summary - complainant 2", "Megan FLYNN met HALE through a dating app. After a first date on 07/01/2026 "
                                    "he walked her home and she invited him in for a coffee. She says she told him "
                                    "she did not want sex; he pulled her jeans down on the sofa and had vaginal "
                                    "intercourse with her while she 'froze'. She told her flatmate the next morning. "
                                    "She did not report it until 28/03/2026, after a friend who works at The Lantern "
                                    "told her the police had been called there about Dom. She gave a written "
                                    "statement on 02/04/2026; she was offered a video-recorded interview and chose a "
                                    "written statement instead."],
        ["Key evidence", "NAIR: ABE; first complaint to the bar manager within minutes; 999 call (MW/4); CCTV of the "
                         "stock corridor (RT/1) - HALE follows her in at 00:31:05, she runs out at 00:38:40; FNE "
                         "findings (bruising to left upper arm, small abrasion, posterior fourchette); DNA matching "
                         "HALE on the low vaginal swab (SFR1 30/04/2026).\n"
                         "FLYNN: written MG11; first complaint to her flatmate on the morning of 08/01/2026; the "
                         "app messages (screenshots MF/1, matched against HALE's phone download)."],
        ["Suspect's account", "Interview 22/03/2026 (NAIR): she came back 'for him', they kissed, she was willing; "
                              "he touched her breasts with consent; he denies putting his hand inside her jeans and "
                              "says the DNA could be from kissing and touching over clothing. Interview 09/04/2026 "
                              "(FLYNN): consensual sex; she never said no; relies on her message the next day "
                              "'had a nice time x' and a week of friendly messages. Denies both complainants' "
                              "accounts; says FLYNN has 'jumped on the bandwagon'."],
        ["Reasonable lines of enquiry", "Towards and away from the suspect:\n"
                                        "- Collusion: both complainants say they have never met; no shared contacts "
                                        "appear in HALE's download; FLYNN reported before NAIR's name was known to "
                                        "anyone outside the investigation. The friend who told FLYNN about the police "
                                        "visit (Chloe ANDREWS, bar staff) spoken to 16/04/2026: she did not know "
                                        "NAIR's name and passed on nothing about the allegation. No evidence of "
                                        "contact found.\n"
                                        "- CCTV of the bar earlier (23:15) shows NAIR laughing with HALE at the bar "
                                        "- scheduled as possibly assisting the defence.\n"
                                        "- FLYNN's messages to HALE after 08/01/2026 are friendly; she explains she "
                                        "was 'keeping him sweet' because he knew where she lived. All messages "
                                        "disclosed in full.\n"
                                        "- NAIR's workmates (three) spoken to: she was 'tipsy, not drunk' at 00:10.\n"
                                        "- Not pursued: neither complainant's phone has been examined or will be. "
                                        "NAIR had no phone contact with HALE; FLYNN's whole thread with him is "
                                        "in HALE's download and matches her screenshots. Dating app records have not "
                                        "been sought from the provider, as the match and messages are agreed. No "
                                        "third-party material (medical, counselling, social care) has been requested "
                                        "for either complainant beyond the SARC report, for which NAIR gave consent."],
        ["Evidence outstanding", "None. All forensic results are received. No further enquiries are outstanding."],
        ["Disclosure", "MG6C, MG6D, MG6E and a DMD are attached. Rebuttable presumption material with the file: "
                       "incident log, both crime reports, PC GRAINGER's notes of the first account (in her "
                       "statement and on the MG6C), witness PNC results (one conviction for TEMPLETON, 2014, "
                       "disclosed)."],
        ["Special measures", "NAIR: VRI as evidence in chief, s.28 pre-recorded cross-examination (she wants it), live "
                             "link. FLYNN: she wants s.28 cross-examination and screens if she attends. Neither needs "
                             "an intermediary; both communicate well."],
        ["Victim needs", "NAIR: student, exams in June - dates to avoid given; no interpreter needed. FLYNN: works night "
                         "shifts as a care assistant; contact by text after 14:00. ISVA: both referred to Northmarch "
                         "ISVA service (NAIR 23/03/2026, FLYNN 02/04/2026)."],
        ["VPS", "NAIR made a VPS on 23/03/2026 (attached). FLYNN was offered a VPS on 02/04/2026 and declined for now."],
        ["Protected characteristics", "NAIR: female, British Indian. FLYNN: female, white British."],
        ["Officer / supervisor", "Submitted by DC 1880 WEBB 15/05/2026. Endorsed: DS 2010 Alison KERR, 15/05/2026 - "
                                 "file meets the NFS; ready for decision."],
    ]
    lay = Layout("sans", 9.5, margins=(15, 22, 15, 18))
    lay.para("OFFICIAL-SENSITIVE", pt=8, st="B", center=True, after=0.5)
    lay.para("MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", pt=13, st="B", center=True, after=0.5)
    lay.para("Northmarch Constabulary - RASSO file template (table layout)", pt=8.5, center=True, after=3)
    lay.grid(mg3_rows, [45, 135], styles=["B", ""], shade_first_col=True)
    write_pdf(c.p("MG3 HALE 15-05-2026.pdf"), lay, fixed(2026, 5, 15), title="MG3 HALE",
              decorate=deco(head="URN " + URN, page_fmt="Page {i} of {n}", foot="OFFICIAL-SENSITIVE"))
    c.add("MG3 HALE 15-05-2026.pdf", "MG3")

    # ABE (NAIR)
    write_mp4(c.p("NAIR_VRI_MW2.mp4"), 4, "abe", ["Kelbridge VRI suite", "NAIR P - MW/2"],
              datetime(2026, 3, 23, 14, 2, 11), rng)
    c.add("NAIR_VRI_MW2.mp4", "ABE_RECORDING")
    summ = [
        ("title", "ABE INTERVIEW - SUMMARY AND INDEX (MW/3)"),
        ("kv", [["Witness", "Priya NAIR"], ["Date", "23/03/2026, 14:02 to 15:10"], ["Place", "Kelbridge VRI suite"],
                ["Interviewer", "DC 1880 WEBB"], ["Monitor", "DC 3320 Hayley PRICE"], ["URN", URN]]),
        ("table", ["Time", "Topic", "Summary"],
         [["14:02", "Opening", "Introductions, ground rules, truth and lies understood."],
          ["14:06", "Free recall", "Evening with workmates at The Lantern from 19:30; three large glasses of wine. "
                                   "Knew HALE as the supervisor; had chatted to him at the bar."],
          ["14:15", "Free recall", "Workmates left 00:10; she walked to the bus stop, realised her charger was still "
                                   "plugged in behind the bar, went back about 00:30; HALE let her in at the side."],
          ["14:21", "Free recall", "Stockroom: he closed the door, pushed her against shelving, hand up her top and "
                                   "into her bra, then inside her jeans; fingers inside her vagina. She said 'no, stop, "
                                   "Dom' and pushed his chest. He said 'you came back for this'."],
          ["14:30", "Free recall", "She pushed past him and ran into the bar; the manager Rosa was at the till; she "
                                   "told her and Rosa rang the police."],
          ["14:36", "Questions", "Duration (a few minutes), lighting, his words, her clothing, injuries (arm sore), "
                                 "drink, earlier conversation at the bar (friendly, 'a bit flirty from him')."],
          ["15:04", "Closing", "Anything to add: no. Next steps explained."]], [16, 24, 140], 9),
        ("p", "Prepared by DC WEBB 24/03/2026."),
    ]
    write_pdf(c.p("ABE summary NAIR MW3.pdf"), blocks_to_layout(summ), fixed(2026, 3, 24), decorate=deco(head=head))
    c.add("ABE summary NAIR MW3.pdf", "ABE_SUMMARY")
    plan = [("title", "Video Recorded Interview - Interview Plan"),
            ("kv", [["Witness", "Priya NAIR"], ["Planned", "23/03/2026 14:00"], ["Interviewer", OIC]]),
            ("p", "Aims: best evidence of events from returning to the bar to leaving the stockroom; points to prove "
                  "for s.2 and s.3 SOA 2003; earlier interaction with HALE; alcohol; first complaint."),
            ("p", "Needs: none identified; English first language. Breaks offered every 30 minutes."),
            ("p", "Approved DS KERR 23/03/2026.")]
    write_pdf(c.p("interview plan NAIR.pdf"), blocks_to_layout(plan), fixed(2026, 3, 23))
    c.add("interview plan NAIR.pdf", "ABE_PLAN")

    st_webb = dict(name="Marcus WEBB", occupation="Detective Constable 1880, Northmarch Constabulary", urn=URN,
                   date="24.03.26", sig="M Webb", witness_sig="", fam="serif", body=[
        "I am a Detective Constable in the Public Protection Unit at Kelbridge and the officer in the case. I am "
        "trained to conduct video-recorded interviews under Achieving Best Evidence.",
        "On Monday 23rd March 2026 between 14:02 and 15:10 hours at the Kelbridge VRI suite I conducted a video-"
        "recorded interview with Priya NAIR. DC 3320 PRICE monitored. At the end I made a master recording, which "
        "I sealed and produce as MW/1, and a working copy, which I produce as MW/2. On 24th March 2026 I prepared "
        "a summary and index of the interview, which I produce as MW/3.",
        "On 23rd March 2026 I requested from the Force Contact Centre a copy of the 999 call made at 00:41 hours on "
        "22nd March 2026 from The Lantern. I received an audio file by secure e-mail on 25th March 2026, which I "
        "copied to disc and produce as MW/4. I have listened to it; a woman gives her name as Rosa, says she is the "
        "manager, and reports that a member of her staff has 'put his hands on a girl' in the stockroom.",
        "I did not conduct an ABE interview with Megan FLYNN. She was offered one on 28th March 2026 and said she "
        "would prefer to write her statement with an officer; I took her written statement on 2nd April 2026.",
    ])
    mg11_pdf(c.p("MG11 WEBB.pdf"), st_webb, fixed(2026, 3, 25))
    c.add("MG11 WEBB.pdf", "MG11", "officer")

    st_grainger = dict(name="Lucy GRAINGER", occupation="Police Constable 907", urn=URN, date="22/03/2026",
                       sig="L.Grainger", witness_sig="", body=[
        "I am a police constable with Northmarch Constabulary based at Kelbridge. At 00:43 hours on Sunday 22nd "
        "March 2026 I was on uniformed mobile patrol with PC 1311 DEAN when we were sent to The Lantern, 19 Castle "
        "Street, Kelbridge, following a 999 call from the manager.",
        "We arrived at 00:55 hours. The manager, a woman who gave her name as Rosa TEMPLETON, let us in. Sitting on "
        "a bench in the bar was a young woman who gave her name as Priya NAIR. She was crying and her hands were "
        "shaking. Her jeans were undone at the top. I asked her what had happened. She said: 'Dom took me in the "
        "stockroom. He pushed me against the shelves and put his hand down my jeans, inside me. I told him to stop.' "
        "She said this had happened 'ten minutes ago, maybe fifteen'.",
        "My body-worn camera was not recording: it had shown a battery fault at the start of my shift, which I "
        "reported, and I had not been issued a replacement. I wrote down what she said in my pocket notebook at "
        "01:02 hours and she read and signed the entry. PC DEAN's camera was not activated because he stayed at the "
        "front door.",
        "PC DEAN found the man she named, Dominic HALE, in the office at the back of the bar. At 01:04 hours he "
        "arrested him on suspicion of assault by penetration. After caution HALE said 'She's lying, she came back for "
        "me.' I did not speak to HALE further.",
        "I arranged, with Priya's agreement, an appointment at the Kelbridge SARC for 10:00 hours. I asked her to "
        "keep the clothes she was wearing in a bag. I drove her home at 01:40 hours and remained until her mother "
        "arrived. I handed over to DC WEBB at 08:00 hours.",
    ])
    mg11_pdf(c.p("MG11 PC907 GRAINGER.pdf"), st_grainger, fixed(2026, 3, 22, 7))
    c.add("MG11 PC907 GRAINGER.pdf", "MG11", "officer")

    st_rosa = dict(name="Rosa TEMPLETON", occupation="Bar manager", urn=URN, urn_boxes=True, date="22/03/2026",
                   sig="R Templeton", witness_sig="L Grainger", body=[
        "I am the manager of The Lantern, 19 Castle Street, Kelbridge. I have worked there for four years. Dominic "
        "HALE is one of my two supervisors.",
        "On Saturday 21st March 2026 I was on duty until closing. At about 00:20 on Sunday 22nd I was on my own "
        "at the till at the end of the bar, cashing up. Dom was restocking. I knew a group of customers had left a "
        "few minutes after midnight. I did not see anyone come back in; the side door is out of my sight from the "
        "till.",
        "At about twenty to one a young woman came running out of the corridor that leads to the stockroom. I now "
        "know her name is Priya. She came straight to me and grabbed my arm. She was crying and out of breath. She "
        "said 'Dom's just put his hand inside me, I told him to stop, please don't let him near me.' Her jeans were "
        "undone. I took her behind the bar and rang 999 from my mobile. Dom came out of the corridor and said 'it's "
        "not what she's saying'. I told him to go to the office and stay there, and he did.",
        "The police arrived at about five to one. I stayed with Priya until then. She kept saying 'I only came back "
        "for my charger'. Her charger was still plugged in behind the bar.",
        "The bar has CCTV. On Sunday 22nd March 2026 at 11:00 I downloaded the footage from camera 4, which covers "
        "the stock corridor, and camera 1, which covers the bar, for 23:00 on 21st March to 01:30 on 22nd March, on "
        "to a USB stick. I handed it to DC WEBB at 11:30. I produce it as exhibit RT/1. The clock on the system is "
        "about two minutes fast.",
    ])
    mg11_pdf(c.p("TEMPLETON statement.pdf"), st_rosa, fixed(2026, 3, 22, 12))
    c.add("TEMPLETON statement.pdf", "MG11", "first_account")

    write_mp4(c.p("RT1 cam4 stock corridor 0031.mp4"), 3, "cctv", ["CAM 4 STOCK CORR", "RT/1"],
              datetime(2026, 3, 22, 0, 31, 5), rng, audio=False)
    c.add("RT1 cam4 stock corridor 0031.mp4", "CCTV")
    write_mp4(c.p("RT1 cam1 bar 2315.mp4"), 3, "cctv", ["CAM 1 BAR", "RT/1"],
              datetime(2026, 3, 21, 23, 15, 0), rng, audio=False)
    c.add("RT1 cam1 bar 2315.mp4", "CCTV")
    ft = [("title", "DFU DOWNLOAD REPORT - EXTRACT (MG6C item 6)"),
          ("kv", [["Device", "HALE - iPhone 14 (exhibit DW/2)"], ["URN", URN],
                  ["Extract", "Linkup and WhatsApp thread with contact 'Megan linkup', 27/12/2025-15/01/2026"]]),
          ("table", ["Date/time", "From", "Message"],
           [["27/12/2025 20:14", "HALE", "hey megan, nice smile :)"],
            ["27/12/2025 20:31", "FLYNN", "haha thanks, you work at the lantern?"],
            ["05/01/2026 21:02", "HALE", "wednesday then? 8 at mine (work) lol"],
            ["07/01/2026 19:40", "FLYNN", "running 5 mins late x"],
            ["08/01/2026 12:22", "HALE", "had a great night, you ok?"],
            ["08/01/2026 12:40", "FLYNN", "had a nice time x"],
            ["10/01/2026 18:05", "HALE", "when can i see you again"],
            ["10/01/2026 22:51", "FLYNN", "busy with work this week sorry"],
            ["15/01/2026 09:12", "HALE", "?"],
            ["15/01/2026 17:30", "FLYNN", "sorry think im going to concentrate on work for now"]], [34, 22, 124], 9),
          ("p", "The full thread (212 messages) matches the screenshots MF/1 supplied by Megan FLYNN.")]
    write_pdf(c.p("HALE download extract FLYNN thread.pdf"), blocks_to_layout(ft), fixed(2026, 4, 20))
    c.add("HALE download extract FLYNN thread.pdf", "DIGITAL_EXTRACT")
    write_wav_call(c.p("MW4 999 call 22-03-2026 0041.wav"), 6, rng)
    c.add("MW4 999 call 22-03-2026 0041.wav", "CALL_999")

    st_megan = dict(name="Megan FLYNN", occupation="Care assistant", urn=URN, date="02/04/2026", sig="M Flynn",
                    witness_sig="M. Webb", size=11, lh=1.8, rear=rear_rows(
                        "DC 1880 WEBB", "Kelbridge police station, 02/04/2026 10:15-13:40",
                        "Explained and offered 02/04/2026 - declined for now, may make one later",
                        medical="Not applicable - no medical examination (report three months after)",
                        dates="Night shifts - text after 14:00; holiday 10-17 August 2026",
                        needs="None. Would like ISVA at court.", sm="Screens; s.28 cross-examination"),
                    body=[
        "I am making this statement about what happened between me and a man called Dom HALE in January of this "
        "year. I have been offered a video interview and I would rather write it down with the officer.",
        "I live in a flat on Orchard Row in Kelbridge with my flatmate, Jade. I work as a care assistant at a "
        "residential home, mostly on nights.",
        "Just after Christmas 2025 I matched with Dom on a dating app called Linkup. His profile said his name was "
        "Dom and that he worked in hospitality. We messaged for about a week. He was funny and he seemed kind. We "
        "arranged to meet for a drink on Wednesday 7th January 2026, which was my night off.",
        "We met at The Lantern on Castle Street at about eight o'clock. He said he worked there but was not working "
        "that night. We had three or four drinks each over the evening. I had two glasses of wine and then a gin "
        "and tonic. I felt fine. We talked about our families and about work. I liked him and I was happy for him "
        "to kiss me when we left.",
        "At about half past eleven he offered to walk me home. It is about fifteen minutes. When we got to my door "
        "he asked if he could come in for a coffee. I said yes, but I said clearly that it was just a coffee because "
        "I had to be up early to go to my mum's. He laughed and said 'of course'.",
        "Jade was in her room with the door shut. We went into the living room and I made two coffees. We sat on the "
        "sofa and we kissed for a bit. Then he started to undo my jeans. I took his hand away and said 'no, I'm not "
        "doing that tonight'. He said 'OK' and we carried on kissing for a minute. Then he tried again. I pushed his "
        "hand away again and I said 'Dom, I said no'. I remember I said it quite firmly because I was starting to "
        "feel uncomfortable.",
        "He stopped kissing me and looked at me, and then he pushed me back on the sofa with his forearm across my "
        "chest. He pulled my jeans and my knickers down to my knees with his other hand. I said 'no' again and 'stop "
        "it'. I tried to sit up but his arm was heavy and he is a lot bigger than me. He undid his own jeans and he "
        "put his penis inside my vagina.",
        "I froze. I don't know how else to describe it. I stopped saying anything and I stopped pushing. I just "
        "looked at the ceiling light and waited for it to be over. I thought about shouting for Jade but I was "
        "scared of what he would do and I didn't want her to see me like that. I think it lasted a few minutes. He "
        "did not wear a condom. I don't know if he ejaculated.",
        "When he stopped he got up, did his jeans up and said 'that was nice, I'll message you'. He kissed me on the "
        "forehead and let himself out. I think it was about one o'clock, because I looked at my phone when I heard "
        "the door and it said 01:04.",
        "I went to the bathroom and had a shower. I sat on the floor of the shower for a long time. I did not sleep. "
        "I did not go to my mum's the next day.",
        "In the morning, at about half eight, Jade came into the kitchen while I was sitting at the table. She asked "
        "how the date went and I started crying. I told her that I had told him no and he did it anyway. I told her "
        "that he held me down on the sofa. She hugged me and said I should go to the police. I said I couldn't, "
        "because I had invited him in and I had kissed him, and nobody would believe me.",
        "At lunchtime on 8th January Dom sent me a message saying 'had a great night, you ok?'. I replied 'had a nice "
        "time x'. I know that looks bad. I sent it because I was frightened. He knew where I lived and I didn't want "
        "him to turn up. We messaged on and off for about a week after that. I kept it friendly and I kept making "
        "excuses not to meet again, and then I stopped replying and he stopped messaging. I have shown the officer "
        "the whole conversation on my phone and I have given screenshots of all of it, from the first message on the "
        "app to the last one on 15th January. The officer has exhibited these as MF/1. I have not deleted anything.",
        "I did not tell anyone else until March. On Friday 27th March 2026 my friend Chloe, who works behind the bar "
        "at The Lantern, told me that the police had been at the bar the weekend before and that Dom had been "
        "arrested. She did not tell me why or who was involved and I did not ask. That night I told Jade I was "
        "going to report what happened to me, and on Saturday 28th March I rang 101.",
        "I do not know anyone called Priya NAIR. I have never spoken to any other woman about Dom, apart from Jade. "
        "Nobody has told me what anybody else has said about him.",
        "Since January I have found it hard to sleep and I have changed my shifts so that I am not on my own in the "
        "flat at night. I am willing to go to court. I would like to be behind a screen and I would like my "
        "cross-examination to be recorded beforehand if that is possible.",
    ])
    mg11_scan(c.p("scan_0004.pdf"), st_megan, fixed(2026, 4, 2, 15), rng)
    c.add("scan_0004.pdf", "MG11", "complainant")

    st_jade = dict(name="Jade KOWALSKI", occupation="Trainee accountant", urn=URN, date="22nd April 2026",
                   sig_mode="typed", typed_sig="[signed]", typed_witness="[signed] DC 3320 PRICE", body=[
        "I share a flat on Orchard Row, Kelbridge with Megan FLYNN. We have lived together for two years and we "
        "are good friends.",
        "On the evening of Wednesday 7th January 2026 Megan went on a date with a man she had met on an app. I "
        "went to bed at about half ten and shut my door. I had headphones in and I did not hear anyone come in.",
        "On Thursday 8th January at about half past eight in the morning I went into the kitchen. Megan was sitting "
        "at the table in her dressing gown. Her hair was wet. I asked her how the date had gone and she burst into "
        "tears. When she could talk she said 'I told him no, Jade, I told him no and he did it anyway'. She said he "
        "had pushed her down on the sofa and held her there. She said his name was Dom and that he worked at The "
        "Lantern.",
        "I told her she should go to the police. She said she couldn't because she had asked him in and nobody "
        "would believe her. She made me promise not to tell anyone and I didn't.",
        "She was not herself for weeks after that. She stopped going out and she changed her shifts at work.",
        "On Friday 27th March 2026 Megan told me she was going to report it. I have not discussed the details with "
        "her since then.",
    ])
    mg11_docx(c.p("Doc3.docx"), st_jade, fixed(2026, 4, 22), author="PRICE Hayley", per_page=6)
    c.add("Doc3.docx", "MG11", "first_account")

    st_carol = dict(name="Carol DENHOLM", occupation="Forensic Nurse Examiner, Kelbridge SARC", urn=URN,
                    date="30/03/2026", sig="C Denholm", witness_sig="", body=[
        "I am a registered nurse and a Forensic Nurse Examiner at the Kelbridge Sexual Assault Referral Centre. I "
        "have examined complainants of sexual assault for nine years. I hold the Faculty of Forensic and Legal "
        "Medicine qualification for sexual offence examiners.",
        "On Sunday 22nd March 2026 between 10:05 and 11:50 hours I examined Priya NAIR at the SARC with her "
        "written consent. She also consented to the release of my report and of the SARC notes to the police and "
        "the CPS.",
        "I found: (1) on the outer left upper arm, two bruises, 2.5 x 2 cm and 2 x 1.5 cm, red-purple; (2) a "
        "superficial abrasion 4 mm long at the posterior fourchette. The bruises are consistent with gripping. "
        "The abrasion is consistent with penetration by a finger; it could also occur in other ways, including "
        "consensual activity.",
        "I took the following samples, which I handed to DC WEBB at 12:05 hours: CD/1 low vaginal swab, CD/2 high "
        "vaginal swab, CD/3 fingernail scrapings, CD/4 control swab. My full notes are retained at the SARC.",
    ])
    mg11_pdf(c.p("MG11 DENHOLM FNE.pdf"), st_carol, fixed(2026, 3, 30))
    c.add("MG11 DENHOLM FNE.pdf", "MG11", "expert")

    vps = [
        ("subtitle", "OFFICIAL-SENSITIVE"),
        ("title", "VICTIM PERSONAL STATEMENT"),
        ("kv", [["URN", URN], ["Name", "Priya NAIR"], ["Date", "23/03/2026"],
                ["Taken by", "DC 1880 WEBB, after the VRI"]]),
        ("p", "I want the court to know how this has affected me. I used to love going out with my friends from "
              "work. Now I don't go anywhere I might be on my own with a man I don't know well. I have moved my "
              "desk at work so I can see the door. I can't sleep without the light on."),
        ("p", "I have exams in June and I have not been able to revise properly. My parents are worried about me "
              "and I feel I have let them down, even though I know it isn't my fault."),
        ("p", "I understand this statement may be read in court and the defendant will see it. I would like to read "
              "it myself if he is convicted."),
        ("sign", "Signed:", "P Nair", "Priya NAIR, 23/03/2026", ""),
    ]
    write_pdf(c.p("VPS NAIR.pdf"), blocks_to_layout(vps), fixed(2026, 3, 23))
    c.add("VPS NAIR.pdf", ["VPS", "MG11"])

    roti = [
        ("title", "MG15  RECORD OF TAPED INTERVIEW"),
        ("kv", [["URN", URN], ["Person interviewed", "HALE, Dominic (12/11/1992)"],
                ["Interview 1", "22/03/2026 13:05-13:52, Kelbridge custody - re NAIR. DC WEBB, DC PRICE. Solicitor: "
                                "Ms Fay OKONJO."],
                ["Interview 2", "09/04/2026 10:30-11:16, Kelbridge custody (voluntary attendance) - re FLYNN. DC "
                                "WEBB, DC PRICE. Solicitor: Ms Fay OKONJO."]]),
        ("h", "Interview 1 (re Priya NAIR)"),
        ("p", "Cautioned; understood. Says NAIR had been 'flirting all night' and came back after her friends left. "
              "He says she came back 'for him'. He took her to the stockroom 'for privacy'. They kissed; she put her "
              "arms round him. He touched her breasts under her top 'and she was fine with it'. Denies putting his "
              "hand inside her jeans or inside her. Asked about the DNA result (put at a later date by letter): "
              "not put in this interview as results were not back. Says she 'freaked out' when he said he had a "
              "girlfriend. Denies saying 'you came back for this'."),
        ("h", "Interview 2 (re Megan FLYNN)"),
        ("p", "Cautioned; understood. Prepared statement read by the solicitor: he met FLYNN via Linkup; they had "
              "consensual sex at her flat after a date on 07/01/2026; she never said no; they kept messaging "
              "afterwards. He then answered questions: denies pushing her down or holding her; says she 'was into "
              "it'. Referred to her message 'had a nice time x'. Asked why she would make it up: 'she's jumped on the "
              "bandwagon after hearing about the other girl'. Asked how FLYNN could have heard: does not know."),
        ("h", "Further account on DNA (08/05/2026)"),
        ("p", "Further interview not required: on 08/05/2026 his solicitor provided a written response to the SFR1 "
              "result, saying any DNA would be from touching 'over and around her clothing'. Copy on the MG6C."),
        ("p", "ROTI prepared by DC 3320 PRICE."),
    ]
    write_pdf(c.p("ROTI HALE x2.pdf"), blocks_to_layout(roti), fixed(2026, 4, 10), decorate=deco(head=head))
    c.add("ROTI HALE x2.pdf", "ROTI")
    write_pdf(c.p("PNC HALE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "22/03/2026 02:10", "NM1880", "HALE, Dominic", "12/11/1992", "2011/0298841X", None),
        fam="mono", size=9), fixed(2026, 3, 22), decorate=deco("mono", page_fmt=None))
    c.add("PNC HALE.pdf", "PNC")
    write_pdf(c.p("Witness checks.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Priya NAIR", "Complainant 1", "held", "25/03/2026", "No trace"],
                     ["Megan FLYNN", "Complainant 2", "held", "03/04/2026", "No trace"],
                     ["Rosa TEMPLETON", "First complaint (C1); CCTV", "held", "25/03/2026",
                      "1 conviction: 09/2014 drive with excess alcohol - disqualified 12 months, fine. "
                      "Disclosed (MG6C item 14)."],
                     ["Jade KOWALSKI", "First complaint (C2)", "held", "23/04/2026", "No trace"],
                     ["Carol DENHOLM", "FNE (expert)", "-", "-", "Not checked (professional witness)"]],
        "DC 1880 WEBB", "23/04/2026")), fixed(2026, 4, 23))
    c.add("Witness checks.pdf", "PNC")

    inc = [
        ("title", "INCIDENT LOG  NM-260322-0019"),
        ("kv", [["Received", "22/03/2026 00:41:22 - 999"], ["Caller", "TEMPLETON, Rosa (manager)"],
                ["Location", "The Lantern, 19 Castle Street, Kelbridge"], ["Type", "SEXUAL ASSAULT - IMMEDIATE"],
                ["URN", URN]], [40, 140]),
        ("table", ["Time", "Entry"],
         [["00:41:22", "Caller states a girl has run out of the stockroom saying a member of staff, DOM, put his "
                       "hand inside her. Male now in office. Caller with victim."],
          ["00:43:05", "PC 907 GRAINGER / PC 1311 DEAN assigned."],
          ["00:55:40", "Units at scene."], ["01:04:12", "One male arrested - HALE, Dominic."],
          ["01:40:00", "Victim taken home by PC 907. SARC 10:00 booked."],
          ["08:05:00", "Handed to PPU - DC 1880 WEBB. Crime NM-CR-2026-007731."]], [22, 158], 9),
    ]
    write_pdf(c.p("Incident log NM-260322-0019.pdf"), blocks_to_layout(inc, fam="cond"), fixed(2026, 3, 22, 9))
    c.add("Incident log NM-260322-0019.pdf", "INCIDENT_LOG")
    for ref, who, when, how, text in [
        ("NM-CR-2026-007731", "NAIR, Priya (22)", "22/03/2026 00:25-00:40",
         "999 call by bar manager, 22/03/2026 00:41",
         "Victim returned to licensed premises after closing; suspect (bar supervisor) took her into the stockroom "
         "and digitally penetrated her and touched her breasts without consent."),
        ("NM-CR-2026-008102", "FLYNN, Megan (26)", "08/01/2026 about 00:45-01:04",
         "101 call by victim, 28/03/2026 18:12 (no incident log: report taken straight to a crime record)",
         "Victim met suspect via a dating app; after a date he came into her flat and raped her on the sofa, "
         "holding her down with his forearm.")]:
        cr = [("title", "CRIME RECORD " + ref),
              ("kv", [["Victim", who], ["Offence date/time", when], ["How reported", how],
                      ["Suspect", "HALE, Dominic (33)"], ["URN", URN], ["OIC", OIC]]),
              ("h", "Summary"), ("p", text),
              ("p", "Linked to the other crime record under the same URN; one suspect.")]
        fname = "Crime record %s.pdf" % ref
        write_pdf(c.p(fname), blocks_to_layout(cr), fixed(2026, 3, 28), decorate=deco(head="Niche RMS"))
        c.add(fname, "CRIME_REPORT")

    sfr = [("title", "SFR1 - DNA"), ("subtitle", "Halden Forensics (fictional provider)"),
           ("kv", [["URN", URN], ["Report date", "30/04/2026"], ["Items", "CD/1 low vaginal swab; CD/3 fingernail "
                                                                          "scrapings; reference HALE (DW/1)"]]),
           ("p", "CD/1: a mixed DNA profile; the major contributor other than the complainant matches Dominic HALE "
                 "(match probability in the order of one in a billion). No semen was detected; the DNA is likely "
                 "to be cellular. CD/3: complainant's profile only."),
           ("p", "If the presence of DNA is accepted but its route of transfer is disputed, an evaluative SFR2 can "
                 "be provided on request.")]
    write_pdf(c.p("SFR1 HALE 30.04.2026.pdf"), blocks_to_layout(sfr), fixed(2026, 4, 30))
    c.add("SFR1 HALE 30.04.2026.pdf", "FORENSIC")
    fme = [("title", "KELBRIDGE SARC - FORENSIC MEDICAL REPORT (summary)"),
           ("kv", [["Patient", "Priya NAIR"], ["Examined", "22/03/2026 10:05"], ["Examiner", "Carol DENHOLM, FNE"],
                   ["Consent", "Consent to examination, samples and release of report and notes to police/CPS: "
                               "given in writing 22/03/2026."]]),
           ("p", "Findings and samples as in the examiner's MG11. Body map retained at the SARC (listed on MG6D).")]
    write_pdf(c.p("SARC summary NAIR.pdf"), blocks_to_layout(fme), fixed(2026, 3, 30))
    c.add("SARC summary NAIR.pdf", "MEDICAL")

    mg12 = [("title", "MG12  EXHIBIT LIST"), ("subtitle", "R v HALE - " + URN),
            ("table", ["Ref", "Description", "Produced by"],
             [["MW/1", "VRI master recording, Priya NAIR, 23/03/2026", "DC WEBB"],
              ["MW/2", "VRI working copy (file copy supplied)", "DC WEBB"],
              ["MW/3", "ABE summary and index", "DC WEBB"],
              ["MW/4", "999 call audio 22/03/2026 00:41", "DC WEBB"],
              ["RT/1", "USB - CCTV The Lantern cameras 1 and 4 (clips of camera 4 at 00:31 and camera 1 at 23:15 "
                       "supplied)", "Rosa TEMPLETON"],
              ["MF/1", "Screenshots of Linkup/WhatsApp messages FLYNN-HALE, 27/12/2025-15/01/2026", "DC WEBB "
                                                                                                  "(from Megan FLYNN)"],
              ["CD/1-CD/4", "SARC samples", "Carol DENHOLM"],
              ["DW/1", "Reference DNA sample, HALE", "PC 1311 DEAN"],
              ["DW/2", "iPhone 14 seized from HALE on arrest 22/03/2026", "PC 1311 DEAN"]], [22, 118, 40])]
    write_pdf(c.p("MG12.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 14))
    c.add("MG12.pdf", "MG12")

    rows6c = [
        [1, "Incident log NM-260322-0019 (999 call, dispatch)", "STORM", "Copy with file"],
        [2, "Crime record NM-CR-2026-007731 (NAIR)", "Niche", "Copy with file"],
        [3, "Crime record NM-CR-2026-008102 (FLYNN) incl. 101 call notes 28/03/2026", "Niche", "Copy with file"],
        [4, "PC 907 GRAINGER pocket notebook p.41-42: first account of NAIR, signed by her 22/03/2026 01:02",
         "Kelbridge PS", "First account - content set out in PC GRAINGER's MG11"],
        [5, "CCTV RT/1 camera 1 (bar) 23:00-00:30: NAIR and HALE talking and laughing at 23:15",
         "Property store", "May assist defence - available to view"],
        [6, "Download of HALE's phone (Linkup and WhatsApp, 27/12/2025-22/03/2026)", "DFU",
         "Contains FLYNN thread incl. 'had a nice time x' - matches MF/1"],
        [7, "Notes of conversations with NAIR's three workmates, 24-26/03/2026 ('tipsy, not drunk')", "OIC file",
         ""],
        [8, "Notes of conversation with Chloe ANDREWS, 16/04/2026 (collusion enquiry; nil)", "OIC file", ""],
        [9, "Early advice request 14/04/2026 and CPS advice 21/04/2026", "OIC file", ""],
        [10, "Custody records HALE 22/03/2026 and 09/04/2026", "Custody system", ""],
        [11, "Solicitor's written response on DNA, 08/05/2026", "OIC file", ""],
        [12, "ABE interview plan NAIR, 23/03/2026", "OIC file", "Retained"],
        [13, "PC 1311 DEAN pocket notebook p.8: arrest of HALE, reply 'She's lying, she came back for me'",
         "Kelbridge PS", "Significant statement - in ROTI"],
        [14, "PNC result for Rosa TEMPLETON (2014 excess alcohol)", "OIC file", "Rebuttable presumption - copy "
                                                                              "with file"],
    ]
    write_xlsx(c.p("MG6C_HALE.xlsx"), [dict(title="MG6C", top=[["MG6C - POLICE SCHEDULE OF NON-SENSITIVE UNUSED "
                                                                 "MATERIAL"], ["URN", URN, "R v", "HALE"]],
                                            header=["Item", "Description", "Location", "Comment"], rows=rows6c,
                                            widths=[6, 80, 18, 45],
                                            bottom=[["Disclosure officer", "DC 1880 WEBB 14/05/2026"]])],
               fixed(2026, 5, 14), "WEBB Marcus")
    c.add("MG6C_HALE.xlsx", "MG6C")
    write_xlsx(c.p("MG6D_HALE.xlsx"), [dict(title="MG6D", top=[["MG6D - POLICE SCHEDULE OF SENSITIVE MATERIAL"],
                                                                ["URN", URN]],
                                            header=["Item", "Description", "Reason for sensitivity"],
                                            rows=[[1, "SARC notes and body map, NAIR, 22/03/2026",
                                                   "Confidential medical information"],
                                                  [2, "ISVA referral forms (NAIR, FLYNN)", "Personal details and "
                                                                                          "support needs"],
                                                  [3, "MG11 rear pages and MG2 details", "Addresses and contact "
                                                                                         "details of witnesses"]],
                                            widths=[6, 70, 60])], fixed(2026, 5, 14), "WEBB Marcus")
    c.add("MG6D_HALE.xlsx", "MG6D")
    mg6e = [("title", "MG6E  DISCLOSURE OFFICER'S REPORT"), ("kv", [["URN", URN], ["Disclosure officer", OIC]]),
            ("p", "Items that may assist the defence or undermine the prosecution: MG6C 5 (earlier friendly "
                  "interaction on CCTV), 6 (FLYNN's friendly messages after the event - also served as MF/1), 14 "
                  "(TEMPLETON's conviction). Copies of items 1-3 and 14 are with the file, with the clip of camera 1 "
                  "at 23:15 (item 5) and the FLYNN thread from the download (item 6)."),
            ("p", "Signed M WEBB 14/05/2026")]
    write_pdf(c.p("MG6E.pdf"), blocks_to_layout(mg6e), fixed(2026, 5, 14))
    c.add("MG6E.pdf", "MG6E")
    dmd = [("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("subtitle", "R v HALE  -  " + URN),
           ("h", "1. Investigation"), ("p", "Two complainants, one suspect, three offences. Key issue: consent "
                                             "(both); route of DNA transfer (NAIR); possible collusion."),
           ("h", "2. Reasonable lines of enquiry"), ("p", "As set out in the MG3. Collusion enquiries completed; "
                                                        "no evidence of contact between the complainants."),
           ("h", "3. Digital strategy"),
           ("p", "Suspect's phone: full logical extraction, reviewed for contact with either complainant and with "
                 "Chloe ANDREWS (keywords and contacts), date range 27/12/2025-22/03/2026. Complainants' phones: not "
                 "examined and not to be. NAIR had no phone contact with the suspect. FLYNN's messages with him are "
                 "captured in his download and in her screenshots; examining her phone would add nothing and would "
                 "be a disproportionate intrusion."),
           ("h", "4. Third-party material"),
           ("p", "None sought. SARC material obtained with consent. No counselling, medical, education or social "
                 "care records have been requested for either complainant: there is no reasonable line of enquiry "
                 "that would justify it."),
           ("p", "DC WEBB, 14/05/2026")]
    write_pdf(c.p("DMD HALE.pdf"), blocks_to_layout(dmd), fixed(2026, 5, 14), decorate=deco(head=head))
    c.add("DMD HALE.pdf", "DMD")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ==============================================================================================
# F3  non-recent: complainant a child at the time (Calder and Ryle Police) - MG3 in numbered parts
# ==============================================================================================
def case_ashgrove(root, rng):
    c = Case(root, "Op ASHGROVE 44CR0098326 (non-recent)")
    URN = "44CR0098326"
    FORCE = "Calder and Ryle Police"
    OIC = "DC 6120 Nadia ROSSI"
    head = "OFFICIAL-SENSITIVE"

    mg3 = [
        ("subtitle", "CALDER AND RYLE POLICE - OFFICIAL-SENSITIVE when complete"),
        ("title", "MG3 (force version 4)  REQUEST FOR A CHARGING DECISION - RASSO"),
        ("h", "PART 1 - CASE AND SUSPECT"),
        ("kv", [["URN", URN], ["Operation", "ASHGROVE"],
                ["Suspect", "ROWE, Graham Michael, born 02/05/1966 (now 60), retired HGV driver, of Ashford-on-Ryle"],
                ["Complainant", "Laura BARRACLOUGH (nee HIRST), born 1994, now 31. Aged 10 to 12 at the time."],
                ["Relationship", "Suspect was the complainant's mother's partner and lived with the family at "
                                 "7 Wharf Terrace, Ryleford, from 2003 to March 2008."],
                ["Suspect status", "Released under investigation after voluntary interview on 12/02/2026. Bail was "
                                   "not considered necessary: he lives 30 miles away, has had no contact with Laura or "
                                   "her mother since 2008, and there is no indication of risk to witnesses. He has "
                                   "been told in writing not to contact them."]]),
        ("h", "PART 2 - DECISION REQUESTED"),
        ("p", "A charging decision applying the Full Code Test to the three offences below. We do not seek a "
              "threshold test decision."),
        ("table", ["Count", "Offence", "Dates"],
         [["1", "Sexual assault of a child under 13, s.7 SOA 2003 (touching over and under clothing; not fewer "
                "than five occasions - multiple incident count)", "01/09/2004 - 31/12/2005"],
          ["2", "Assault of a child under 13 by penetration, s.6 SOA 2003 (digital)", "01/01/2006 - 13/08/2007"],
          ["3", "Rape of a child under 13, s.5 SOA 2003 (one occasion, summer holidays 2007)",
           "20/07/2007 - 13/08/2007"]], [12, 118, 40]),
        ("h", "PART 3 - SUMMARY OF THE KEY EVIDENCE"),
        ("p", "Laura reported on 09/01/2026 by 101, after her GP encouraged her to. She describes abuse by ROWE "
              "beginning in the autumn after she started Year 5 (2004) and ending when she told him in August 2007 "
              "that she would tell her mother. It happened in her bedroom at 7 Wharf Terrace on evenings when her "
              "mother worked late shifts at the Ryleford bakery. She gave a video-recorded interview on 21st January "
              "2026 (NR/1 master, NR/2 working copy, summary NR/3), exhibited by DC ROSSI."),
        ("p", "Previous complaint: she first told her husband, Tom, in June 2018, before they married. She later "
              "told her GP during a consultation about anxiety on 11/03/2019; the GP recorded the disclosure the "
              "same day. Statements from both are in the file (her husband's is a typed copy of his handwritten "
              "statement)."),
        ("p", "Her mother, Susan HIRST, confirms ROWE lived with them throughout 2003-2008 and often looked after "
              "Laura on the evenings she worked. She did not know of any abuse. She noticed Laura 'went quiet' and "
              "began locking the bathroom door from about Year 6."),
        ("h", "PART 4 - WHAT THE SUSPECT SAYS"),
        ("p", "Voluntary interview 12/02/2026 with a solicitor. He gave a prepared statement denying every "
              "allegation and then answered no questions. In the prepared statement he says (a) he moved out of "
              "Wharf Terrace in 2005, (b) he worked away on long-haul routes most weeks, and (c) Laura has always "
              "resented him for 'breaking up' her mother's earlier relationship. The likely defence is denial, with "
              "a challenge to opportunity (dates and his working pattern) and a suggested motive to lie."),
        ("h", "PART 5 - REASONABLE LINES OF ENQUIRY (including those pointing away from the suspect)"),
        ("bul", ["Residence: electoral roll and DVLA address history both place ROWE at 7 Wharf Terrace from 2003 to "
                 "2008. This undermines (a).",
                 "Working pattern: his former employer (Ryle Haulage) closed in 2013; payroll records no longer "
                 "exist. His mother confirms he 'was away a lot'. Laura's account is of evenings when he was at home, "
                 "and Susan HIRST's evidence is that he looked after Laura on her late shifts. Recorded as "
                 "partly supporting the defence on opportunity.",
                 "Motive: Laura's relationship with ROWE was 'cold' according to her mother; this is capable of "
                 "supporting (c) and is recorded on the MG6C.",
                 "Her half-brother Jordan HIRST (then 15) was spoken to on 04/02/2026. He says he saw nothing of "
                 "concern and does not want to make a statement. His account is recorded and scheduled; it neither "
                 "supports nor undermines her account.",
                 "GP record: the consultation entry of 11/03/2019 was obtained (see Part 7). It is consistent with "
                 "her account.",
                 "Counselling: she had six sessions with the Ryleford Wellbeing Service in 2020, for anxiety. The "
                 "notes have not been requested and will not be. She says she did not talk about the abuse in those "
                 "sessions, and nothing suggests the notes hold any account of the offences, so a request would not "
                 "meet the test of likely substantial probative value. The CPS agreed at early advice.",
                 "School and social care: children's social care records were not sought (neither Laura nor her "
                 "mother says there was any involvement, and nothing suggests otherwise). Pupil files from Ryleford "
                 "Primary, which closed in 2012, were destroyed under the council's retention schedule; no request "
                 "about Laura was made.",
                 "Her phone has not been examined and will not be: she has had no contact with ROWE by phone or "
                 "online, and the events predate any device she owns.",
                 "ROWE's devices: not seized. There is no suggestion of any image or communication; a search would "
                 "not be a reasonable line of enquiry after 19 years."]),
        ("h", "PART 6 - EVIDENCE STILL TO COME"),
        ("p", "None. No forensic or medical evidence exists or is expected given the passage of time: no forensic "
              "medical examination was appropriate and none took place. There are no outstanding enquiries."),
        ("h", "PART 7 - DISCLOSURE"),
        ("p", "MG6C (xlsx), MG6D and MG6E attached. Rebuttable presumption material with the file: incident log, "
              "crime report, PC PRICE's notes of the first report, the GP entry of 11/03/2019, witness PNC results. "
              "Third-party material: only the GP consultation entry was requested, on 22/01/2026, limited to the "
              "11/03/2019 entry and any entry between 2004 and 2019 recording a disclosure of sexual abuse or "
              "naming ROWE. Laura was given written notice on 20/01/2026, before the request, and agreed in "
              "writing to the release. Disclosure and digital strategy: no digital material is held; third-party "
              "material limited as above; the counselling notes decision is recorded in Part 5."),
        ("h", "PART 8 - VICTIM AND WITNESSES"),
        ("bul", ["Special measures: eligible (s.17(4) YJCEA 1999). VRI as evidence in chief; she wants her "
                 "cross-examination pre-recorded under s.28 and to give it by live link. No intermediary is needed - "
                 "she is articulate and has no communication needs; this was considered at the ABE planning stage.",
                 "Needs: she has two young children; needs notice of dates. No interpreter. Anxiety - she would like "
                 "her ISVA with her.",
                 "ISVA: referred 12/01/2026 to Calder ISVA Service (Ms Bev ODUYA).",
                 "VPS: offered 21/01/2026; she wants to make one if there is a charge.",
                 "Susan HIRST (mother): no needs; willing to attend. Tom BARRACLOUGH: none.",
                 "Protected characteristics: female; white British."]),
        ("h", "PART 9 - EARLY ADVICE, OFFICER AND SUPERVISOR"),
        ("kv", [["Early advice", "Sought 26/01/2026 (Helen MARSH, CPS Calder RASSO) on third-party material. Advice "
                                 "30/01/2026: obtain the GP consultation entry only; do not seek counselling notes "
                                 "unless a reason emerges. Followed."],
                ["OIC", OIC + " - 01632 960287 - 07700 900287 - nadia.rossi@calderryle.police.example"],
                ["Date", "14/05/2026"],
                ["Supervisor", "DS 4402 Gareth LLOYD - reviewed and endorsed 14/05/2026"]]),
    ]
    write_docx(c.p("ASHGROVE MG3 v4.docx"), mg3, fixed(2026, 5, 14), author="ROSSI Nadia",
               head="CALDER AND RYLE POLICE   OFFICIAL-SENSITIVE", foot="MG3 (CRP v4)", hstyle="caps")
    c.add("ASHGROVE MG3 v4.docx", "MG3")

    write_mp4(c.p("NR2 VRI BARRACLOUGH 21-01-2026.mp4"), 5, "abe", ["Ryleford VRI suite", "NR/2 working copy"],
              datetime(2026, 1, 21, 10, 30, 4), rng)
    c.add("NR2 VRI BARRACLOUGH 21-01-2026.mp4", "ABE_RECORDING")
    summ = [
        ("title", "VIDEO RECORDED INTERVIEW - SUMMARY (NR/3)"),
        ("kv", [["URN", URN], ["Witness", "Laura BARRACLOUGH (over 18; aged 10-12 at the time of the events)"],
                ["Date / time", "21st January 2026, 10:30-12:14"], ["Interviewer", OIC],
                ["Second interviewer", "DC 2291 Sam KHAN"]]),
        ("table", ["Time", "Summary"],
         [["10:30", "Introductions; purpose; ground rules. Breaks available."],
          ["10:36", "Free narrative. ROWE moved in when she was 9. Started 'tickling' that became touching between "
                    "her legs over pyjamas, on evenings her mum worked at the bakery (Tuesdays and Thursdays)."],
          ["10:52", "From Year 6: hand inside pyjamas, fingers inside her. 'Lots of times - more than I can count'."],
          ["11:08", "Summer holidays 2007, before her 13th birthday: he came into her room in the afternoon while "
                    "her brother was at football; penile penetration. She remembers a Harry Potter poster and the "
                    "radio playing."],
          ["11:20", "Afterwards she told him she would tell her mum. It stopped. He moved out in March 2008."],
          ["11:31", "Questions: layout of the house, routines, mum's shifts, brother's whereabouts, what ROWE said "
                    "('our secret'), why she did not tell."],
          ["11:58", "First told Tom in June 2018; then her GP in March 2019. Counselling in 2020 was for anxiety; "
                    "she did not talk about the abuse there."],
          ["12:10", "Closure."]], [18, 162], 9),
    ]
    write_pdf(c.p("NR3 summary.pdf"), blocks_to_layout(summ), fixed(2026, 1, 23), decorate=deco(head=head))
    c.add("NR3 summary.pdf", "ABE_SUMMARY")
    plan = [("title", "ABE INTERVIEW PLAN - NON-RECENT"),
            ("kv", [["Witness", "Laura BARRACLOUGH"], ["Interview", "21/01/2026 10:30, Ryleford VRI suite"],
                    ["Interviewers", "DC ROSSI (lead), DC KHAN"]]),
            ("p", "Objectives: account of offending 2004-2007 with anchor events (school years, birthdays, "
                  "holidays, house moves) to help fix dates; the particular occasion in summer 2007; first complaint "
                  "history; why she did not tell at the time."),
            ("p", "Intermediary: considered and not needed; no communication difficulty. Anxiety: breaks, ISVA in "
                  "the building."), ("p", "DS LLOYD approved 19/01/2026.")]
    write_pdf(c.p("ABE plan 19.01.26.pdf"), blocks_to_layout(plan), fixed(2026, 1, 19))
    c.add("ABE plan 19.01.26.pdf", "ABE_PLAN")

    st_rossi = dict(name="Nadia ROSSI", occupation="Detective Constable 6120", urn=URN, date="23/01/2026",
                    sig="N Rossi", witness_sig="", urn_boxes=True, body=[
        "I am a Detective Constable in the Child and Adult Sexual Offences team of Calder and Ryle Police and I am "
        "the officer in the case. I am trained in Achieving Best Evidence interviewing.",
        "On Wednesday 21st January 2026 from 10:30 to 12:14 hours at the Ryleford VRI suite I interviewed Laura "
        "BARRACLOUGH on video, with DC 2291 KHAN as second interviewer. I produce the master recording as NR/1 and "
        "the working copy as NR/2. I prepared the summary of the interview, which I produce as NR/3.",
        "On 20th January 2026 I gave Laura a written notice explaining that I intended to ask her GP practice for "
        "one consultation entry and what would happen to it. She signed her agreement that day. I sent the request "
        "on 22nd January 2026 and received the entry on 10th February 2026, which I produce as NR/4.",
    ])
    mg11_pdf(c.p("MG11 ROSSI.pdf"), st_rossi, fixed(2026, 2, 10))
    c.add("MG11 ROSSI.pdf", "MG11", "officer")

    st_price = dict(name="Owen PRICE", occupation="Police Constable 3318", urn=URN, date="9th January 2026",
                    sig="O. Price", witness_sig="", body=[
        "I am a police constable with Calder and Ryle Police based at Ryleford. On Friday 9th January 2026 at "
        "14:10 hours I was asked to attend an address in Ryleford following a 101 call from a woman reporting that "
        "she had been sexually abused as a child.",
        "At 15:05 hours I arrived and spoke to Laura BARRACLOUGH. I explained that I needed only a short account "
        "so that the case could be passed to a specialist team. My body-worn camera was recording with her "
        "agreement; I produce the recording as OP/1.",
        "She said: 'My mum's boyfriend, Graham Rowe, abused me from when I was about ten until I was nearly "
        "thirteen. It was at our house on Wharf Terrace. He touched me and then it got worse and he raped me once, "
        "the summer before I went to secondary. I've only told my husband and my doctor.' She was calm but tearful. "
        "She said she had decided to report it because her own daughter was now nine.",
        "I asked whether she or any other child was at risk now. She said ROWE had no contact with the family. I "
        "passed the details to the Child and Adult Sexual Offences team and DC ROSSI took over the investigation "
        "at 17:00 hours.",
    ])
    mg11_pdf(c.p("MG11 PC3318 PRICE.pdf"), st_price, fixed(2026, 1, 9, 18))
    c.add("MG11 PC3318 PRICE.pdf", "MG11", "officer")
    write_mp4(c.p("OP1 BWV 3318 09-01-2026.mp4"), 3, "abe", ["BWV 3318", "OP/1"],
              datetime(2026, 1, 9, 15, 5, 30), rng)
    c.add("OP1 BWV 3318 09-01-2026.mp4", "BWV")

    st_tom = dict(name="Thomas BARRACLOUGH", occupation="Electrician", urn=URN, date="02/02/2026",
                  sig_mode="typed", typed_sig="(Sgd) T. Barraclough", typed_witness="(Sgd) N. Rossi DC 6120",
                  typed_copy_note="TYPED COPY - the witness wrote this statement by hand on 02/02/2026. The signed "
                                  "original is retained by the OIC.", body=[
        "I am married to Laura BARRACLOUGH. We met in 2016 and married in August 2019. We have two children.",
        "In June 2018 we were living together in a flat in Ryleford. One evening, I think it was a Sunday because "
        "we had been at her mum's for dinner, Laura was very quiet in the car on the way home. When we got in she "
        "sat on the kitchen floor and cried. I asked her what was wrong many times. Eventually she said 'When I was "
        "little, Graham used to come into my room. He did things to me.' I asked her what she meant and she said "
        "'sexual things, Tom. For years.' She said it started when she was about ten and stopped when she was "
        "twelve or thirteen. She said one time he 'did everything'. I understood her to mean he raped her.",
        "I knew Graham ROWE was her mum's ex-partner but I had never met him. I wanted to go to the police there "
        "and then. Laura begged me not to. She said her mum would never cope and it would be her word against his. "
        "I respected that. She made me promise not to tell anyone and I have not, until now.",
        "We have not talked about the details since then. I know she told our GP in 2019 because she told me she "
        "had. In January 2026 she told me she had decided to report it, and I supported her.",
        "I wrote this statement myself at Ryleford police station on 2nd February 2026.",
    ])
    mg11_docx(c.p("Doc1.docx"), st_tom, fixed(2026, 2, 3), author="ROSSI Nadia", per_page=3)
    c.add("Doc1.docx", "MG11", "first_account")

    st_gp = dict(name="Dr Anjali MEHTA", occupation="General Practitioner, Ryleford Medical Practice", urn=URN,
                 date="16/02/2026", sig="A Mehta", witness_sig="N Rossi", fam="serif", size=11, lh=1.8, body=[
        "I am a General Practitioner at Ryleford Medical Practice, where I have been a partner since 2015. I hold "
        "the qualifications MBBS and MRCGP. Laura BARRACLOUGH has been registered with the practice since 2012 and "
        "I have been her usual doctor since 2017.",
        "I make this statement at the request of DC ROSSI, with Laura's written consent, which I have seen. I have "
        "referred to the practice's electronic record, and in particular to my own entry for a consultation on 11th "
        "March 2019, which I typed during and immediately after the consultation. I have no independent memory of "
        "the exact words used, beyond the general nature of the consultation, which I do remember because it was "
        "unusual.",
        "On Monday 11th March 2019 Laura attended a routine ten-minute appointment, booked for 'anxiety and poor "
        "sleep'. During the consultation she became tearful. I asked her, as I would ask any patient in that "
        "situation, whether anything had happened to cause the anxiety. She said that something had happened to "
        "her when she was a child. I asked whether she felt able to tell me. She said that her mother's partner "
        "had sexually abused her from the age of about ten until about twelve, at home. She did not name him in "
        "the consultation. She said she had told her partner the previous year but no-one else.",
        "My record of the consultation reads, in part: 'Pt tearful. Discloses CSA by mother's then partner age c.10-"
        "12, at home, not reported. Told partner 2018. No current contact with him. No current safeguarding concern "
        "- no contact with children. Declines referral to police at present - "
        "aware of options, given info re SARC and Calder ISVA. Low mood and anxiety - discussed talking therapies, "
        "self-referral Ryleford Wellbeing. Review 4/52.' I produce a print of that entry, provided to the police, "
        "as exhibit AM/1 (this is the same document the police list as NR/4).",
        "I asked her whether any child was at risk. She told me that the man had no contact with her family and "
        "that she had no contact with him. I recorded that there was no current safeguarding concern. Because she "
        "was an adult and did not want the police to be told, and because there was no current risk to a child, I "
        "did not make a referral to the police or to social care. That was in line with practice guidance at the "
        "time.",
        "I saw her again on 8th April 2019. She said she had self-referred to the wellbeing service. She did not "
        "mention the abuse again in that consultation and I did not ask her about it.",
        "Apart from the entries I have described, nothing in her record refers to sexual abuse or to any injury "
        "that might be connected with it. I have not reviewed her childhood records held by a previous practice "
        "and I was not asked to.",
        "I am willing to attend court if required. My availability is restricted on Tuesdays and Wednesdays because "
        "of surgery commitments.",
    ])
    mg11_pdf(c.p("GP statement MEHTA.pdf"), st_gp, fixed(2026, 2, 16))
    c.add("GP statement MEHTA.pdf", "MG11", "first_account")

    st_sue = dict(name="Susan HIRST", occupation="Retired", urn=URN, date="2026-02-05", sig="S Hirst",
                  witness_sig="N Rossi", body=[
        "I am Laura BARRACLOUGH's mother. I was in a relationship with Graham ROWE from 2002 until March 2008. He "
        "moved into my house at 7 Wharf Terrace, Ryleford in the summer of 2003 and lived there until we split up "
        "in March 2008. He never moved out before then, although he was away a lot with his work as a lorry driver, "
        "usually two or three nights a week.",
        "From 2004 until 2008 I worked at the Ryleford bakery. I did late shifts on Tuesdays and Thursdays, from four "
        "in the afternoon until about eleven at night. When Graham was at home he looked after Laura and her brother "
        "Jordan on those evenings. When he was away my neighbour had them.",
        "Laura and Graham never got on well. She was a bit cold with him from the start. When she was about eleven "
        "she went very quiet. She started locking the bathroom door and she did not want to be hugged. I put it "
        "down to her growing up.",
        "Laura never told me anything about Graham touching her. She told me about it in January this year, just "
        "before she went to the police. I did not know and I had no idea. I have not discussed the details with "
        "her.",
        "I have no contact with Graham ROWE. I have not seen him since 2008.",
    ])
    mg11_pdf(c.p("MG11 HIRST S.pdf"), st_sue, fixed(2026, 2, 5))
    c.add("MG11 HIRST S.pdf", "MG11", "witness")

    notice = [
        ("title", "NOTICE ABOUT A REQUEST FOR INFORMATION ABOUT YOU"),
        ("subtitle", "Police, Crime, Sentencing and Courts Act 2022, s.44B - victim information request"),
        ("kv", [["To", "Laura BARRACLOUGH"], ["From", OIC], ["Date", "20/01/2026"], ["URN", URN]]),
        ("h", "What we intend to ask for"),
        ("p", "From Ryleford Medical Practice: the record of your consultation on 11th March 2019, and any other "
              "entry from 2004 to 2019 that records you telling the practice about sexual abuse or that names "
              "Graham ROWE. We will not ask for your full medical record."),
        ("h", "Why"),
        ("p", "You have told us you told your GP about the abuse in March 2019. The doctor's note made at the time is "
              "a record of what you said then. It is a reasonable line of enquiry because it may support your "
              "account, and because the prosecution must consider anything that might help the defence. We think "
              "the request is necessary and proportionate because it is limited to the one consultation and to "
              "entries about the abuse."),
        ("h", "How it will be handled"),
        ("p", "The entry will be seen by the investigation team and the CPS. It will be listed on the schedule of "
              "sensitive material. It will only be shown to the defence if the law on disclosure requires it; if so, "
              "we will tell you first where possible. We are not asking for your counselling notes."),
        ("sign", "I have received this notice and I agree to the request:", "L Barraclough",
         "Laura BARRACLOUGH 20/01/2026", "Notice given in person by DC ROSSI at Ryleford police station."),
    ]
    write_pdf(c.p("Notice to complainant 20-01-2026.pdf"), blocks_to_layout(notice), fixed(2026, 1, 20))
    c.add("Notice to complainant 20-01-2026.pdf", ["CORRESPONDENCE", "OTHER", "THIRD_PARTY"])
    req = [
        ("pb", "Calder and Ryle Police - Child and Adult Sexual Offences team"),
        ("title", "REQUEST FOR THIRD-PARTY MATERIAL"),
        ("kv", [["To", "Practice Manager, Ryleford Medical Practice"], ["Date", "22/01/2026"], ["URN", URN],
                ["Patient", "Laura BARRACLOUGH (details supplied separately)"]]),
        ("p", "Line of enquiry: the patient reports that she disclosed childhood sexual abuse to Dr MEHTA on "
              "11/03/2019. The contemporaneous note is potential evidence of a previous complaint and is material "
              "that may support or undermine her account."),
        ("p", "Material requested (only): (1) the consultation entry of 11/03/2019; (2) any entry between "
              "01/01/2004 and 31/12/2019 that records a disclosure of sexual abuse or names Graham ROWE. Please do "
              "not send the full record."),
        ("p", "Necessity and proportionality: the request is limited to the entries that bear on the complaint. "
              "The patient has been given written notice of this request (20/01/2026) and has agreed in writing. "
              "The CPS was consulted at early advice and agreed the scope."),
        ("p", "DC 6120 N ROSSI - 01632 960287 - nadia.rossi@calderryle.police.example"),
    ]
    write_pdf(c.p("TP request GP 22.01.26.pdf"), blocks_to_layout(req), fixed(2026, 1, 22))
    c.add("TP request GP 22.01.26.pdf", ["CORRESPONDENCE", "THIRD_PARTY", "OTHER"])
    gp = [("title", "RYLEFORD MEDICAL PRACTICE - RECORD EXTRACT"),
          ("kv", [["Exhibit", "NR/4 (also AM/1)"], ["Provided", "10/02/2026 in answer to the request of 22/01/2026"],
                  ["Scope", "Entry of 11/03/2019. No other entry meets the request."]]),
          ("table", ["Date", "Clinician", "Entry"],
           [["11/03/2019", "Dr A MEHTA", "Anxiety, poor sleep. Pt tearful. Discloses CSA by mother's then partner age "
                                         "c.10-12, at home, not reported. Told partner 2018. No current contact with "
                                         "him. No current safeguarding concern - no contact with children. Declines "
                                         "referral to police at present - aware of options, given info re SARC and "
                                         "Calder ISVA. Low mood and anxiety - discussed talking therapies, "
                                         "self-referral Ryleford Wellbeing. Review 4/52."]], [25, 30, 125], 9)]
    write_pdf(c.p("GP extract NR4.pdf"), blocks_to_layout(gp), fixed(2026, 2, 10),
              decorate=deco(head="CONFIDENTIAL - MEDICAL"))
    c.add("GP extract NR4.pdf", "THIRD_PARTY")

    roti = [
        ("title", "RECORD OF INTERVIEW (MG15) - VOLUNTARY ATTENDANCE"),
        ("kv", [["URN", URN], ["Interviewee", "ROWE, Graham Michael (02/05/1966)"],
                ["Date", "12.02.26, 10:05-10:48, Ryleford police station"],
                ["Officers", "DC ROSSI, DC KHAN"], ["Solicitor", "Mr Alan PRYCE (Pryce Legal)"]]),
        ("h", "Prepared statement (read by solicitor at 10:09)"),
        ("p", "'I deny all the allegations. I never touched Laura in any sexual way. I moved out of Wharf Terrace "
              "in 2005, and even before that I was working away most weeks driving for Ryle Haulage. Laura always "
              "resented me for coming between her mum and her dad. I will not be answering questions on legal "
              "advice.'"),
        ("h", "Questions"),
        ("p", "He was asked about the electoral roll and DVLA history placing him at Wharf Terrace until 2008, about "
              "looking after the children on Tuesdays and Thursdays, about the house layout, about the summer of "
              "2007, and about why Laura would make this up. To each question he replied 'no comment'. Special "
              "warnings were not appropriate. Interview concluded 10:48."),
    ]
    write_docx(c.p("ROWE interview record.docx"), roti, fixed(2026, 2, 13), author="KHAN Sam")
    c.add("ROWE interview record.docx", "ROTI")
    write_pdf(c.p("PNC ROWE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "12/02/2026 08:30", "CR6120", "ROWE, Graham Michael", "02/05/1966", "1984/0112093P",
        [["1", "17/03/2011", "Calder Magistrates' Court", "Driving with excess alcohol (RTA 1988 s.5)",
          "Disqualified 18 months; fine GBP 450"]]), fam="mono", size=9), fixed(2026, 2, 12))
    c.add("PNC ROWE.pdf", "PNC")
    write_pdf(c.p("witness PNC.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Laura BARRACLOUGH", "Complainant", "held", "13/01/2026", "No trace"],
                     ["Thomas BARRACLOUGH", "Previous complaint (husband)", "held", "03/02/2026", "No trace"],
                     ["Susan HIRST", "Witness (mother)", "held", "06/02/2026", "No trace"],
                     ["Dr Anjali MEHTA", "Previous complaint (GP)", "held", "17/02/2026", "No trace"]],
        "DC 6120 ROSSI", "17/02/2026")), fixed(2026, 2, 17))
    c.add("witness PNC.pdf", "PNC")
    inc = [("title", "INCIDENT RECORD  CR-20260109-0588"),
           ("kv", [["Opened", "09/01/2026 13:52 (101 telephone)"], ["Caller", "BARRACLOUGH, Laura"],
                   ["Type", "SEXUAL OFFENCE - NON-RECENT"], ["URN", URN]]),
           ("table", ["Time", "Entry"],
            [["13:52", "Caller reports sexual abuse as a child by her mother's ex-partner GRAHAM ROWE between about "
                       "2004 and 2007 at an address in Ryleford. No current contact; no children at risk known."],
             ["14:10", "PC 3318 PRICE allocated - attend for initial account."],
             ["15:05", "PC 3318 at address; BWV."], ["17:00", "Transferred to CASO team - DC 6120 ROSSI."]],
            [20, 160], 9)]
    write_pdf(c.p("Incident record.pdf"), blocks_to_layout(inc, fam="mono", size=9), fixed(2026, 1, 9, 18))
    c.add("Incident record.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT CR/002231/26"),
             ("kv", [["Offences", "s.7, s.6, s.5 SOA 2003 (child under 13) - non-recent"],
                     ["Dates", "between 01/09/2004 and 13/08/2007"], ["Victim", "BARRACLOUGH (nee HIRST), Laura - "
                                                                                "female, 31 (aged 10-12 at the time)"],
                     ["Suspect", "ROWE, Graham Michael (60)"], ["Reported", "09/01/2026"], ["OIC", OIC],
                     ["URN", URN]]),
             ("p", "Summary: victim reports repeated sexual abuse by her mother's then partner at the family home, "
                   "including one rape in summer 2007. First disclosed to her partner (2018) and GP (2019).")]
    write_pdf(c.p("Crime report CR-002231-26.pdf"), blocks_to_layout(crime), fixed(2026, 5, 14))
    c.add("Crime report CR-002231-26.pdf", "CRIME_REPORT")
    rows6c = [
        [1, "Incident record CR-20260109-0588 (101 call)", "Control room", "RP material - copy with file"],
        [2, "Crime report CR/002231/26", "RMS", "RP material - copy with file"],
        [3, "PC 3318 PRICE pocket notebook p.55-56, 09/01/2026 (first report)", "Ryleford PS",
         "Account also on BWV OP/1 (served)"],
        [4, "ABE interview plan 19/01/2026", "OIC file", ""],
        [5, "Electoral roll extracts 2003-2009, 7 Wharf Terrace", "OIC file", "Places ROWE at the address to 2008"],
        [6, "DVLA address history ROWE", "OIC file", ""],
        [7, "Notes of conversation with Jordan HIRST, 04/02/2026: saw nothing of concern, declines statement",
         "OIC file", "Neutral"],
        [8, "Notes of conversation with ROWE's mother, 10/02/2026: he 'was away a lot' with work", "OIC file",
         "May assist defence on opportunity - copy with file"],
        [9, "Companies House record: Ryle Haulage Ltd dissolved 2013; no payroll records exist", "OIC file", ""],
        [10, "Early advice request 26/01/2026 and CPS advice 30/01/2026", "OIC file", ""],
        [11, "Letter to ROWE about RUI and no contact, 12/02/2026", "OIC file", ""],
        [12, "Witness PNC results", "OIC file", "RP material - copy with file"],
    ]
    write_xlsx(c.p("MG6C ASHGROVE.xlsx"), [dict(title="MG6C", top=[["POLICE SCHEDULE OF NON-SENSITIVE UNUSED "
                                                                     "MATERIAL"], ["URN", URN, "R v ROWE"]],
                                                header=["No.", "Description", "Location", "Comment"], rows=rows6c,
                                                widths=[5, 80, 16, 40])], fixed(2026, 5, 14), "ROSSI Nadia")
    c.add("MG6C ASHGROVE.xlsx", "MG6C")
    # item 8 (may assist) must be with the file
    n8 = [("title", "OFFICER'S NOTE - CONVERSATION WITH MRS Irene ROWE"),
          ("kv", [["URN", URN], ["Date", "10/02/2026 11:20, by telephone"], ["Officer", OIC],
                  ["MG6C item", "8"]]),
          ("p", "Mrs ROWE (84), the suspect's mother, said that in the 2000s Graham 'was away a lot, sometimes all "
                "week' driving for Ryle Haulage, and that he 'came to mine for Sunday dinner most weeks'. She could "
                "not say which years. She declined to make a statement. She did not know what the investigation "
                "was about beyond 'something to do with Susan's girl'.")]
    write_pdf(c.p("MG6C item 8 note.pdf"), blocks_to_layout(n8), fixed(2026, 2, 10))
    c.add("MG6C item 8 note.pdf", "OTHER")
    mg6d = [("title", "MG6D - SCHEDULE OF SENSITIVE MATERIAL"), ("kv", [["URN", URN]]),
            ("table", ["No.", "Description", "Reason"],
             [["1", "GP record entry 11/03/2019 (NR/4) - served as an exhibit with the GP's statement; the request "
                    "and notice are listed here", "Medical information of complainant"],
              ["2", "Notice to complainant 20/01/2026 and her signed agreement", "Personal information"],
              ["3", "ISVA referral 12/01/2026", "Support needs of complainant"],
              ["4", "Information that the complainant attended six counselling sessions in 2020 (records NOT "
                    "obtained)", "Private life of complainant"]], [10, 110, 60]),
            ("p", "DC ROSSI 14/05/2026")]
    write_pdf(c.p("MG6D ASHGROVE.pdf"), blocks_to_layout(mg6d), fixed(2026, 5, 14),
              decorate=deco(head="NOT FOR DISCLOSURE"))
    c.add("MG6D ASHGROVE.pdf", "MG6D")
    mg6e = [("title", "MG6E Disclosure officer's report"), ("kv", [["URN", URN], ["Disclosure officer", OIC]]),
            ("p", "Material that may assist the defence: MG6C item 8 (suspect 'away a lot'), copy with file; the "
                  "mother's evidence that the complainant was 'cold' with him (served statement)."),
            ("p", "Rebuttable presumption material with file: items 1, 2, 3 (served BWV), 12."),
            ("p", "Signed N Rossi 14/05/2026")]
    write_docx(c.p("MG6E.docx"), mg6e, fixed(2026, 5, 14), author="ROSSI Nadia")
    c.add("MG6E.docx", "MG6E")
    mg12 = [("title", "EXHIBIT LIST - MG12"), ("subtitle", "Op ASHGROVE  " + URN),
            ("table", ["Exhibit", "Description", "Producer"],
             [["NR/1", "VRI master, Laura BARRACLOUGH, 21/01/2026", "DC ROSSI"],
              ["NR/2", "VRI working copy (supplied)", "DC ROSSI"], ["NR/3", "VRI summary", "DC ROSSI"],
              ["NR/4 (AM/1)", "GP record entry 11/03/2019", "DC ROSSI / Dr MEHTA"],
              ["OP/1", "BWV PC 3318 PRICE 09/01/2026 (first report)", "PC PRICE"]], [30, 110, 40])]
    write_pdf(c.p("MG12 ASHGROVE.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 14))
    c.add("MG12 ASHGROVE.pdf", "MG12")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ==============================================================================================
# F4  two suspects, one complainant (Fenwick Shire Constabulary) - written statement, no ABE
# ==============================================================================================
def case_linden(root, rng):
    c = Case(root, "FS 39FS0552126 COLE & MARSH")
    URN = "39FS0552126"
    FORCE = "Fenwick Shire Constabulary"
    OIC = "DC 2718 Ian MOSS"

    mg3 = [
        ("subtitle", "OFFICIAL-SENSITIVE (when complete)"),
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("urn", "URN:", URN),
        ("h", "Suspects", "bar"),
        ("table", ["", "Suspect 1", "Suspect 2"],
         [["Name", "COLE, Ryan", "MARSH, Kieran"], ["DOB", "30/06/2004", "11/02/2004"],
          ["Occupation", "Student", "Student"],
          ["Offence", "Rape (s.1 SOA 2003) of Niamh CARVER at 14 Linden Road, Fenwick, 19/04/2026 about 01:20",
           "Rape (s.1 SOA 2003) of Niamh CARVER at the same address, 19/04/2026 about 01:55"],
          ["Status", "Pre-charge bail to 21/07/2026", "Pre-charge bail to 21/07/2026"],
          ["Bail conditions", "Not to contact Niamh CARVER directly or indirectly (including social media); not to "
                              "enter Harrow Halls, Fenwick University", "As suspect 1"],
          ["Interview", "21/04/2026 - full account (MG15 supplied)", "21/04/2026 - prepared statement, then no "
                                                                    "comment (SDN supplied)"],
          ["PNC", "No convictions or cautions", "Caution 2023, possession of cannabis"]], [25, 78, 77]),
        ("h", "Charging decision sought", "bar"),
        ("p", "We ask for a decision under the Full Code Test for each suspect. A threshold test is not sought. Early "
              "advice was not sought: both suspects were arrested and interviewed within three days, the issues "
              "(consent, capacity through drink, reasonable belief) were clear from the outset, and DS RENWICK "
              "agreed on 24/04/2026 that the file should come straight for a decision."),
        ("h", "Summary", "bar"),
        ("p", "Niamh CARVER (20) went to a house party at 14 Linden Road on the evening of 18/04/2026. By her own "
              "account she drank a lot and remembers only parts of the night after about 00:30. She remembers COLE "
              "taking her upstairs, being on a bed, telling him she felt sick and wanted to lie down, and COLE having "
              "sex with her. She then remembers someone else on top of her, whom she recognised as MARSH, and "
              "saying 'no' and trying to push him. She woke at about 07:00 alone in COLE's room, partly dressed. "
              "The party host Joe FENTON saw COLE helping her up the stairs at about 01:15 ('she could barely "
              "walk') and MARSH going upstairs at about 01:50. She told her friend Isla by message at 09:12 and in "
              "person at 10:30, and reported it on 101 at 13:40. She gave a written statement on 20/04/2026: she "
              "was offered a video-recorded interview and chose a written statement instead."),
        ("h", "Suspects' accounts", "bar"),
        ("p", "COLE: sex was consensual; she kissed him on the landing and led him into his room; she was 'drunk "
              "but knew what she was doing' and said 'yes'. He left to go back to the party at about 01:45 and does "
              "not know what happened after. MARSH (prepared statement): he went to COLE's room to collect his coat; "
              "she was awake, pulled him towards her and they had consensual sex. He made no further comment."),
        ("h", "Reasonable lines of enquiry", "bar"),
        ("bul", ["Guests: nine identified, six spoken to. FENTON's statement taken. Three others said she 'seemed "
                 "fine' or 'was dancing' earlier in the evening, and one (Amir SAEED) saw her kissing COLE in the "
                 "kitchen at about midnight. These accounts point away from the suspects on consent and are listed "
                 "on the MG6C and marked as possibly assisting the defence.",
                 "Suspects' phones: seized on arrest and downloaded (both complete 30/04/2026), limited to 18/04/2026 "
                 "18:00 to 21/04/2026 23:59. A group chat between COLE and MARSH at 11:02 on 19/04/2026 is relevant "
                 "('she was well up for it' / 'hope she remembers lol'). Extract supplied.",
                 "Her own messages: she supplied screenshots of a Snapchat exchange with MARSH at 12:15 on 19/04/2026 "
                 "(NC/1), in which she writes 'what happened? I don't remember anything after the kitchen'. Her phone "
                 "has not been examined and will not be: the screenshots show the whole exchange and the same "
                 "messages are in MARSH's download. No Digital Processing Notice was needed.",
                 "CCTV: none. The doorbell camera at 12 Linden Road was checked on 22/04/2026; it keeps footage for 48 "
                 "hours and had overwritten the night. No footage exists.",
                 "Body-worn video: PC NOWAK did not record her first account, at her request (see his statement); "
                 "his pocket notebook record is scheduled.",
                 "Forensic: she declined a forensic medical examination; no samples exist. The bedding in COLE's "
                 "room had been washed before police attended on 21/04/2026 and was not seized. Both suspects accept "
                 "intercourse, so identity is not in issue.",
                 "Third-party material: none requested. She has not seen a doctor or counsellor about this and "
                 "there is no line of enquiry that would justify seeking university or medical records."]),
        ("h", "Evidence outstanding", "bar"),
        ("p", "None. No forensic submissions were made, so none are awaited. Both phone downloads are complete. "
              "No further enquiries are outstanding."),
        ("h", "Disclosure", "bar"),
        ("p", "MG6C (two pages), MG6D (nil return) and MG6E attached. Rebuttable presumption material with the file: "
              "incident log, crime report, PC NOWAK's notebook entry (copy), witness PNC results. Disclosure and "
              "digital strategy: suspects' devices reviewed within the stated date range; complainant's device not "
              "examined (reasons above)."),
        ("h", "Victim and witness care", "bar"),
        ("bul", ["Special measures: she is eligible (s.17(4)). She would like screens, or to give evidence by live "
                 "link, and she wants her cross-examination pre-recorded under s.28. An intermediary is not needed - "
                 "no communication needs were identified.",
                 "Needs: second-year student; exams 1-12 June 2026. Has moved out of halls to stay with Isla. No "
                 "interpreter.",
                 "ISVA: referred 20/04/2026 to Fenwick Rape Crisis ISVA service; first contact 22/04/2026.",
                 "VPS: explained and offered on 20/04/2026; she declined for now and knows she can make one later.",
                 "Protected characteristics: female, 20, Irish."]),
        ("h", "Officer and supervisor", "bar"),
        ("kv", [["OIC", OIC + ", Fenwick Central CID. 01632 960664 / 07700 900664. ian.moss@fenwickshire.police.example"],
                ["Submitted", "18/05/2026"], ["Supervisor", "DS 930 Kate RENWICK - reviewed, endorsed 18/05/2026"]]),
    ]
    write_pdf(c.p("MG3 CARVER.pdf"), blocks_to_layout(mg3, size=9.5), fixed(2026, 5, 18), title="MG3",
              decorate=deco(head="Fenwick Shire Constabulary", foot="OFFICIAL-SENSITIVE", page_fmt="{i}/{n}"))
    c.add("MG3 CARVER.pdf", "MG3")

    st_niamh = dict(name="Niamh CARVER", occupation="Student", urn=URN, urn_boxes=True, date="20/04/2026",
                    sig="N Carver", witness_sig="I. Moss", size=11, lh=1.8, rear=rear_rows(
                        "DC 2718 MOSS", "Fenwick Central police station, 20/04/2026 11:00-15:30",
                        "Explained and offered 20/04/2026 - declined for now",
                        medical="Not applicable - no medical examination or treatment",
                        dates="Exams 1-12 June 2026", needs="ISVA support; contact by mobile",
                        sm="Screens or live link; s.28 cross-examination"),
                    body=[
        "I am a second-year student at Fenwick University. I am making this statement about what happened to me "
        "at a party at 14 Linden Road, Fenwick, on the night of Saturday 18th April 2026. The officer offered me a "
        "video-recorded interview. I chose to give a written statement instead because I felt I could be more "
        "careful about what I remember and what I don't.",
        "I want to say at the start that there are parts of that night I do not remember. I will try to be clear "
        "about which bits I remember and which bits I have been told.",
        "I knew about the party because Ryan COLE, who lives at 14 Linden Road, is on my course. I have known him "
        "since first year. We were friendly but never more than that. I knew Kieran MARSH by sight as Ryan's friend; "
        "I had spoken to him maybe twice.",
        "I got ready at my friend Isla's room in Harrow Halls. We had a bottle of prosecco between us there, from "
        "about eight o'clock. We walked to Linden Road at about half past nine. At the party I drank vodka and "
        "lemonade that I had brought, and some shots that were being handed round in the kitchen. I think I had "
        "four or five shots. I did not take any drugs and nobody offered me any.",
        "I remember dancing in the living room with Isla and other people. I remember being in the kitchen with "
        "Ryan at some point, and I think we kissed. I have been told by the officer that somebody saw us kissing at "
        "about midnight. I don't remember the time but I accept that it probably happened. I was flattered. It did "
        "not mean I wanted to have sex with him.",
        "Isla left at about half past twelve because she had work in the morning. She asked me to come with her "
        "and I said I would stay a bit longer. After that my memory gets patchy.",
        "The next thing I remember is being on the stairs. Ryan had his arm round my waist and I was holding the "
        "banister. I felt really dizzy and I think I said I needed to lie down. He said 'you can lie down in my "
        "room'. I remember a room with a grey duvet and a poster of a football team on the wall.",
        "I remember lying on the bed on my back. I remember Ryan pulling my jeans off. I said 'I feel sick' and I "
        "tried to roll on my side. He rolled me back. He was on top of me and he had sex with me - I mean he put "
        "his penis in my vagina. I remember the feeling of it and I remember thinking 'this is happening'. I did "
        "not say yes. I don't think I said anything at that point, I felt too sick and my body felt heavy, like it "
        "wasn't mine. I did not kiss him in the room and I did not lead him there. I don't know how long it lasted.",
        "I don't remember him leaving. The next thing I remember is someone else being on top of me. The light "
        "from the landing was on and I could see his face. It was Kieran. He was having sex with me. I said 'no' "
        "and I tried to push his shoulders with my hands, but my arms were weak. He said something like 'shh, it's "
        "fine'. I don't remember anything after that.",
        "I woke up at about seven in the morning. I was in the same room on my own. I had my top on but my jeans "
        "and knickers were on the floor. My head was pounding and I felt sore between my legs. I got dressed and "
        "left the house without seeing anyone. I walked back to halls.",
        "At about ten past nine I messaged Isla. I wrote something like 'something bad happened last night, I think "
        "Ryan and Kieran both had sex with me and I didn't want to, I don't remember properly'. She came to my room "
        "at about half past ten and I told her what I could remember. She hugged me and said I should call the "
        "police. I was scared nobody would believe me because I had been drinking and because I had kissed Ryan.",
        "At about quarter past twelve I got a Snapchat message from Kieran. It said 'last night was mad lol'. I "
        "replied 'what happened? I don't remember anything after the kitchen'. He did not reply. I took "
        "screenshots of the messages before they disappeared. I have given copies of those screenshots to the "
        "officer and I produce them as exhibit NC/1.",
        "At about twenty to two Isla sat with me while I rang 101. A police officer came to my room at about twenty "
        "past two. I told him what I remembered. I asked him not to film me on his camera because I was in my "
        "pyjamas and I was very upset, and he agreed and wrote it down instead.",
        "The officer offered to take me to the SARC for a medical examination. I said no. I had already had a "
        "shower and I could not face being examined. I know that means there are no samples. I have not seen a "
        "doctor about what happened.",
        "I did not consent to having sex with Ryan or with Kieran. I was too drunk to know what was going on for "
        "much of the time and I remember being sick and heavy and unable to move properly. With Kieran I said no "
        "and tried to push him off.",
        "Since that night I have not gone back to my room in halls to sleep. I am staying with Isla. I have exams in "
        "June and I am finding it very hard to concentrate. I am willing to go to court. I would like a screen, or "
        "to give evidence from another room, and I would like my cross-examination to be recorded in advance.",
    ])
    mg11_pdf(c.p("CARVER MG11 20.04.26.pdf"), st_niamh, fixed(2026, 4, 20, 16))
    c.add("CARVER MG11 20.04.26.pdf", "MG11", "complainant")

    st_isla = dict(name="Isla BRENNAN", occupation="Student / part-time barista", urn=URN, date="21/04/2026",
                   sig="Isla Brennan", witness_sig="I Moss", body=[
        "I am a student at Fenwick University and Niamh CARVER is one of my closest friends. We live on the same "
        "floor of Harrow Halls.",
        "On Saturday 18th April 2026 Niamh and I got ready in my room and shared a bottle of prosecco before going "
        "to a party at 14 Linden Road at about half nine. I left the party at about half twelve because I had an "
        "early shift. Niamh was drunk but she was talking normally and dancing. I asked her to come with me and she "
        "said she would stay a bit longer.",
        "On Sunday 19th April 2026 at 09:12 I received a WhatsApp message from Niamh. It said: 'something bad "
        "happened last night, I think Ryan and Kieran both had sex with me and I didn't want to, I don't remember "
        "properly'. I rang her but she did not answer. I finished my shift early and went to her room at about "
        "10:30.",
        "She was sitting on her bed in her pyjamas with her knees up. Her eyes were red. She told me she remembered "
        "Ryan taking her upstairs, that she felt sick and said she wanted to lie down, that he had sex with her, "
        "and then that Kieran was on top of her and she said no and tried to push him off. She kept saying 'I don't "
        "remember it all, Isla, but I know I didn't want it'. She said she woke up on her own with her jeans off.",
        "I told her she should report it. She was worried she would not be believed because she had been drinking. "
        "At about 13:40 she rang 101 while I sat with her. I have shown the officer the message on my phone and he "
        "has photographed it. I have not deleted it.",
    ])
    mg11_pdf(c.p("BRENNAN.pdf"), st_isla, fixed(2026, 4, 21))
    c.add("BRENNAN.pdf", "MG11", "first_account")

    st_now = dict(name="Tomasz NOWAK", occupation="PC 1502, Fenwick Shire Constabulary", urn=URN, date="19.04.26",
                  sig="T Nowak", witness_sig="", body=[
        "I am a police constable based at Fenwick Central. On Sunday 19th April 2026 I was on uniformed patrol. At "
        "13:52 hours I was sent to Harrow Halls, Fenwick University, following a 101 report of rape.",
        "At 14:20 hours I arrived at a study bedroom in Block C and spoke to Niamh CARVER. Her friend Isla BRENNAN "
        "was with her. I explained that I was wearing a body-worn camera and that I would usually record her first "
        "account. She asked me not to, because she was in her pyjamas and very upset. I explained why a recording "
        "can help; she still did not want it. I respected her wishes and did not record. I made notes in my pocket "
        "notebook instead, starting at 14:24 hours.",
        "She said: 'I went to a party at Ryan Cole's house last night. I was really drunk. Ryan took me upstairs and "
        "had sex with me. Then Kieran Marsh did. I said no to Kieran. I didn't want either of them to.' She said "
        "this was at 14 Linden Road 'after one o'clock'. She was tearful and spoke slowly. She did not appear to be "
        "under the influence of drink at that time.",
        "I offered to take her to the SARC for a forensic medical examination and explained why it might help. She "
        "declined. She said she had showered. I did not press her. I then passed the details to CID, and DC MOSS "
        "took over at 15:30 hours. My notebook entry is listed on the schedule and a copy is provided.",
    ])
    mg11_pdf(c.p("MG11 PC 1502 NOWAK.pdf"), st_now, fixed(2026, 4, 19, 17))
    c.add("MG11 PC 1502 NOWAK.pdf", "MG11", "officer")

    st_joe = dict(name="Joseph FENTON", occupation="Student", urn=URN, date="23rd April 2026", sig="J Fenton",
                  witness_sig="I Moss", body=[
        "I am one of four tenants at 14 Linden Road, Fenwick. Ryan COLE is another tenant. On Saturday 18th April "
        "2026 we had a party at the house. About thirty people came.",
        "I know Niamh CARVER a little; she is on Ryan's course. Early in the evening she was dancing and seemed "
        "happy. At some point before midnight I saw her and Ryan kissing in the kitchen.",
        "At about quarter past one I was in the hallway when I saw Ryan helping Niamh up the stairs. He had his arm "
        "round her and she was holding onto the banister with both hands. She looked very drunk; she could barely "
        "walk. I said 'is she alright?' and Ryan said 'she just needs a lie down'.",
        "At about ten to two I saw Kieran MARSH go up the stairs. I did not see Ryan come down, but he was in the "
        "living room when I went in there at about two. I did not go upstairs myself until about four, and Ryan's "
        "door was shut.",
        "I have been asked about cameras. We do not have a doorbell camera or any CCTV at number 14.",
    ])
    mg11_pdf(c.p("FENTON J.pdf"), st_joe, fixed(2026, 4, 23))
    c.add("FENTON J.pdf", "MG11", "witness")

    st_moss = dict(name="Ian MOSS", occupation="Detective Constable 2718", urn=URN, date="30/04/2026",
                   sig="I. Moss", witness_sig="", body=[
        "I am the officer in the case. On Tuesday 21st April 2026 at 07:05 hours I arrested Ryan COLE at 14 Linden "
        "Road and seized his mobile phone, which I produce as IM/1. At 07:40 hours DC 3002 LOWE arrested Kieran "
        "MARSH at his home address and seized his phone, which I now produce as IM/2 (handed to me at 08:15 "
        "hours).",
        "Both phones were downloaded by the Digital Forensics Unit. The examination was limited to 18:00 hours on "
        "18th April 2026 to 23:59 hours on 21st April 2026. I received the reports on 30th April 2026. I produce an "
        "extract of the messages between COLE and MARSH, and of the Snapchat exchange between MARSH and Niamh "
        "CARVER, as IM/3.",
        "On 20th April 2026 Niamh CARVER gave me screenshots of her Snapchat exchange with MARSH, which she "
        "produces as NC/1. Her phone was not seized or examined.",
        "On 22nd April 2026 I asked the occupier of 12 Linden Road about his doorbell camera. He showed me the "
        "settings: the system keeps 48 hours of footage. The night of 18th/19th April 2026 had been overwritten. No "
        "footage was seized.",
    ])
    mg11_pdf(c.p("MOSS statement.pdf"), st_moss, fixed(2026, 4, 30))
    c.add("MOSS statement.pdf", "MG11", "officer")

    roti1 = [("title", "MG15 RECORD OF TAPED INTERVIEW"),
             ("kv", [["URN", URN], ["Person interviewed", "COLE, Ryan (30/06/2004)"],
                     ["Date/place", "21/04/2026, Fenwick Central custody"], ["Times", "11:02-12:10"],
                     ["Officers", "DC MOSS, DC LOWE"], ["Solicitor", "Ms Dee ANAND"]]),
             ("table", ["Time", "Questions and answers (summary)"],
              [["11:02", "Caution; understood."],
               ["11:05", "Knows Niamh from his course. Says she 'had been all over me all night'; they kissed in the "
                         "kitchen around midnight."],
               ["11:14", "About 01:15 she said she was tired; he offered his room. She was 'drunk but fine', walking "
                         "'a bit wobbly'. Denies she was holding the banister with both hands."],
               ["11:22", "In the room she kissed him and took off her own jeans. He asked 'are you sure?' and she "
                         "said 'yes'. Intercourse. She did not say she felt sick."],
               ["11:35", "He went back downstairs about 01:45. Saw Kieran on the landing; did not speak about "
                         "Niamh. Denies telling Kieran she was 'up for it'."],
               ["11:48", "Shown the group chat 11:02 19/04/2026: says 'she was well up for it' was 'banter' and "
                         "true. Does not know what Kieran meant by 'hope she remembers'."],
               ["12:05", "Nothing to add. Interview concluded 12:10."]], [18, 162], 9)]
    write_docx(c.p("ROTI COLE.docx"), roti1, fixed(2026, 4, 22), author="LOWE Sarah")
    c.add("ROTI COLE.docx", "ROTI")
    sdn = [("title", "SHORT DESCRIPTIVE NOTE OF INTERVIEW"),
           ("kv", [["URN", URN], ["Interviewee", "MARSH, Kieran (11/02/2004)"], ["Date", "21/04/2026 14:30-14:58"],
                   ["Officers", "DC MOSS, DC LOWE"], ["Solicitor", "Mr Colin FROST"]]),
           ("p", "Prepared statement read by solicitor: 'I went upstairs to get my coat from Ryan's room. Niamh was on "
                 "the bed and awake. She said hi and pulled me towards her. We kissed and had sex. She was willing and "
                 "did not say no. I left and went home about 02:30.'"),
           ("p", "Thereafter 'no comment' to all questions, including questions about the Snapchat message 'last night "
                 "was mad lol', the group chat, her level of intoxication, and whether he heard her say no. Special "
                 "warnings not given."),
           ("p", "SDN prepared by DC LOWE 22/04/2026.")]
    write_pdf(c.p("SDN MARSH.pdf"), blocks_to_layout(sdn), fixed(2026, 4, 22))
    c.add("SDN MARSH.pdf", "ROTI")
    write_pdf(c.p("PNC COLE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "21/04/2026 07:50", "FS2718", "COLE, Ryan", "30/06/2004", "2026/0211054B", None),
        fam="mono", size=9), fixed(2026, 4, 21))
    c.add("PNC COLE.pdf", "PNC")
    write_pdf(c.p("PNC MARSH.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "21/04/2026 07:52", "FS2718", "MARSH, Kieran", "11/02/2004", "2023/0561337M", None,
        cautions=[["1", "14/09/2023", "Fenwick Shire", "Possession of a controlled drug, class B (cannabis)",
                   "Simple caution"]]), fam="mono", size=9), fixed(2026, 4, 21))
    c.add("PNC MARSH.pdf", "PNC")
    write_pdf(c.p("Witness PNC checks.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Niamh CARVER", "Complainant", "held", "21/04/2026", "No trace"],
                     ["Isla BRENNAN", "First account", "held", "22/04/2026", "No trace"],
                     ["Joseph FENTON", "Witness (host)", "held", "24/04/2026", "No trace"]],
        "DC 2718 MOSS", "24/04/2026")), fixed(2026, 4, 24))
    c.add("Witness PNC checks.pdf", "PNC")
    ext = [("title", "EXTRACT FROM DOWNLOAD REPORTS (IM/3)"),
           ("kv", [["URN", URN], ["Sources", "IM/1 (COLE), IM/2 (MARSH) - DFU refs FS-DFU-26-0388/0389"],
                   ["Parameters", "18/04/2026 18:00 - 21/04/2026 23:59; messaging apps only"]]),
           ("table", ["Date/time", "From -> To", "App", "Message"],
            [["19/04/2026 11:02", "MARSH -> COLE", "WhatsApp", "mad night lol"],
             ["19/04/2026 11:03", "COLE -> MARSH", "WhatsApp", "she was well up for it"],
             ["19/04/2026 11:03", "MARSH -> COLE", "WhatsApp", "hope she remembers lol"],
             ["19/04/2026 12:15", "MARSH -> CARVER", "Snapchat", "last night was mad lol"],
             ["19/04/2026 12:31", "CARVER -> MARSH", "Snapchat", "what happened? i dont remember anything after the "
                                                                "kitchen"]], [32, 32, 22, 94], 9),
           ("p", "Nothing else in either download within the parameters refers to the complainant or the party.")]
    write_pdf(c.p("IM3 download extract.pdf"), blocks_to_layout(ext), fixed(2026, 4, 30))
    c.add("IM3 download extract.pdf", "DIGITAL_EXTRACT")
    shots = [("title", "NC/1 - SCREENSHOTS (Snapchat, 19/04/2026)"),
             ("p", "Two screenshots supplied by Niamh CARVER on 20/04/2026, reproduced below as text."),
             ("table", ["Time", "Sender", "Text"],
              [["12:15", "kieran.m", "last night was mad lol"],
               ["12:31", "Me", "what happened? i dont remember anything after the kitchen"]], [20, 40, 120])]
    write_pdf(c.p("NC1 screenshots.pdf"), blocks_to_layout(shots), fixed(2026, 4, 20))
    c.add("NC1 screenshots.pdf", "OTHER")
    inc = [("title", "INCIDENT  FS-20260419-0731"),
           ("kv", [["Received", "19/04/2026 13:40:55 via 101"], ["Caller", "CARVER, Niamh"],
                   ["Location", "Harrow Halls Block C, Fenwick University"], ["URN", URN]]),
           ("table", ["Time", "Log"],
            [["13:40", "Caller reports she was raped by two males at a party at 14 Linden Road last night. Friend "
                       "with her. Not injured. Suspects named RYAN COLE and KIERAN MARSH."],
             ["13:52", "PC 1502 NOWAK dispatched."], ["14:20", "PC 1502 at scene."],
             ["15:30", "CID informed; DC 2718 MOSS OIC. Crime FS/11873/26."]], [18, 162], 9)]
    write_pdf(c.p("incident FS-20260419-0731.pdf"), blocks_to_layout(inc, fam="mono", size=9),
              fixed(2026, 4, 19, 16))
    c.add("incident FS-20260419-0731.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT FS/11873/26"),
             ("kv", [["Offence", "Rape (x2) - s.1 SOA 2003"], ["Date", "19/04/2026 01:00-02:30"],
                     ["Location", "14 Linden Road, Fenwick"], ["Victim", "CARVER, Niamh, 20, female"],
                     ["Suspects", "COLE, Ryan (21); MARSH, Kieran (22)"], ["URN", URN], ["OIC", OIC]]),
             ("p", "Victim heavily intoxicated at a house party; taken upstairs by suspect 1; intercourse by suspect 1 "
                   "and then suspect 2 without consent.")]
    write_pdf(c.p("crime report FS-11873-26.pdf"), blocks_to_layout(crime), fixed(2026, 5, 18))
    c.add("crime report FS-11873-26.pdf", "CRIME_REPORT")
    pnb = [("title", "COPY - POCKET NOTEBOOK PC 1502 NOWAK, p.31-33"),
           ("kv", [["URN", URN], ["MG6C item", "3"]]),
           ("p", "19/04/26 1424 Harrow Halls C-block rm 14. IP Niamh CARVER. Friend Isla BRENNAN present. BWV offered "
                 "- IP declines recording (in PJs, upset). Explained benefits. Declined. Notes instead."),
           ("p", "IP states: 'I went to a party at Ryan Cole's house last night. I was really drunk. Ryan took me "
                 "upstairs and had sex with me. Then Kieran Marsh did. I said no to Kieran. I didn't want either of "
                 "them to.' 14 Linden Rd, after 0100. SARC offered - declined (has showered). 1530 h/o DC MOSS."),
           ("p", "Signed T NOWAK PC 1502.")]
    write_pdf(c.p("PNB copy NOWAK.pdf"), blocks_to_layout(pnb), fixed(2026, 4, 19, 18))
    c.add("PNB copy NOWAK.pdf", "OTHER")

    items = [
        ("Incident log FS-20260419-0731", "Control room", "RP - copy with file"),
        ("Crime report FS/11873/26", "RMS", "RP - copy with file"),
        ("PC 1502 NOWAK pocket notebook p.31-33, 19/04/2026: first account and BWV declined", "Fenwick Central",
         "RP - copy with file"),
        ("Witness PNC checks (CARVER, BRENNAN, FENTON): no trace", "OIC file", "RP - copy with file"),
        ("Notes: Amir SAEED, guest, 24/04/2026 - saw CARVER and COLE kissing in kitchen about midnight",
         "OIC file", "May assist defence"),
        ("Notes: Hollie GRANT, guest, 24/04/2026 - CARVER 'seemed fine, dancing' about 23:30", "OIC file",
         "May assist defence"),
        ("Notes: Ben YATES, guest, 25/04/2026 - CARVER 'drunk but laughing' about 00:15", "OIC file",
         "May assist defence"),
        ("Notes: Priti DESAI, guest, 25/04/2026 - left 23:45, saw nothing relevant", "OIC file", ""),
        ("Notes: Sam OYELOWO, guest, 26/04/2026 - saw CARVER 'very drunk' in hallway about 01:10", "OIC file",
         "Supports complainant"),
        ("Notes: attempts to trace three further guests (first names only) - not traced", "OIC file", ""),
        ("Custody record COLE 21/04/2026", "Custody system", ""),
        ("Custody record MARSH 21/04/2026", "Custody system", ""),
        ("Pre-interview disclosure COLE and MARSH", "OIC file", ""),
        ("Interview recordings COLE and MARSH (masters)", "Interview system", "ROTI/SDN served"),
        ("Full download report IM/1 COLE (within parameters)", "DFU", "Relevant extract served as IM/3"),
        ("Full download report IM/2 MARSH (within parameters)", "DFU", "Relevant extract served as IM/3"),
        ("DFU submission forms for IM/1 and IM/2 stating date range and data types", "OIC file", ""),
        ("Search record 14 Linden Road 21/04/2026 - bedding washed, not seized; room photographed", "OIC file", ""),
        ("Photographs of COLE's bedroom (22 images), 21/04/2026", "Digital store", ""),
        ("Notes of enquiry at 12 Linden Road re doorbell camera, 22/04/2026 - footage overwritten", "OIC file",
         ""),
        ("Photograph of Isla BRENNAN's WhatsApp message of 19/04/2026 09:12", "Digital store",
         "Content set out in her statement"),
        ("Bail records and conditions COLE and MARSH", "Custody system", ""),
        ("Letter to Fenwick University about bail condition (Harrow Halls), 22/04/2026", "OIC file", ""),
        ("ISVA referral confirmation (administrative)", "OIC file", "Contact details on MG6D"),
        ("Victim contact log (Victims' Code updates) 19/04-18/05/2026", "RMS", ""),
        ("Supervisor review entries 24/04/2026 and 18/05/2026", "RMS", ""),
        ("Street plan of Linden Road with house numbers (OIC), 22/04/2026", "OIC file", ""),
        ("Party guest list compiled from FENTON and COLE (names only), 23/04/2026", "OIC file", ""),
        ("E-mails OIC-DFU about download progress, 22-30/04/2026", "OIC mailbox", "Administrative"),
        ("Risk assessment (DASH not applicable) and safeguarding referral to university, 20/04/2026",
         "RMS", ""),
    ]
    rows = [[str(i), d, l, cm] for i, (d, l, cm) in enumerate(items, 1)]
    lay = Layout("sans", 10.5, margins=(15, 24, 15, 20))
    lay.para("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL - MG6C", pt=12, st="B", center=True, after=1)
    lay.para("R v COLE and MARSH     URN " + URN + "     Disclosure officer: " + OIC, pt=9, center=True, after=3)
    lay.grid(rows, [10, 100, 30, 40], pt=10, header=["Item", "Description and relative location", "Location",
                                                     "Comment"])
    lay.para("Signed: I. Moss (disclosure officer)    Date: 18/05/2026")
    write_pdf(c.p("MG6C COLE MARSH.pdf"), lay, fixed(2026, 5, 18),
              decorate=deco(head="OFFICIAL-SENSITIVE when complete", page_fmt="Page {i} of {n}",
                            foot="MG6C  URN " + URN))
    c.add("MG6C COLE MARSH.pdf", "MG6C")
    # items marked 'may assist' - with the file
    notes = [("title", "OFFICER'S NOTES OF GUEST ENQUIRIES - MG6C items 5 to 9"), ("kv", [["URN", URN]]),
             ("table", ["Item", "Guest", "Date", "Note"],
              [["5", "Amir SAEED", "24/04/2026", "Saw Niamh and Ryan kissing in the kitchen 'around midnight'. Did not "
                                                  "see them go upstairs. Declined statement."],
               ["6", "Hollie GRANT", "24/04/2026", "Niamh 'seemed fine, dancing' about 23:30. Left at 00:30."],
               ["7", "Ben YATES", "25/04/2026", "Niamh 'drunk but laughing' about 00:15 in the kitchen."],
               ["8", "Priti DESAI", "25/04/2026", "Left 23:45. Saw nothing relevant."],
               ["9", "Sam OYELOWO", "26/04/2026", "Saw Niamh 'very drunk, leaning on the wall' in the hallway about "
                                                   "01:10. Willing to give a statement if needed."]],
              [10, 30, 22, 118], 9)]
    write_pdf(c.p("Guest enquiry notes.pdf"), blocks_to_layout(notes), fixed(2026, 4, 26))
    c.add("Guest enquiry notes.pdf", "OTHER")
    nil = [("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)"),
           ("kv", [["R v", "COLE and MARSH"], ["URN", URN]]),
           ("pb", "NIL RETURN"),
           ("p", "I have reviewed all the material retained in this investigation. Apart from the complainant's and "
                 "witnesses' contact details on the rear of their MG11s and the ISVA referral contact details, which "
                 "are withheld as a matter of routine, there is no sensitive material. There is no material whose "
                 "disclosure would create a real risk of serious prejudice to an important public interest."),
           ("p", "Disclosure officer: DC 2718 I. MOSS   Date: 18/05/2026")]
    write_pdf(c.p("MG6D nil.pdf"), blocks_to_layout(nil), fixed(2026, 5, 18))
    c.add("MG6D nil.pdf", "MG6D")
    mg6e = [("title", "DISCLOSURE OFFICER'S REPORT - MG6E"), ("kv", [["URN", URN]]),
            ("p", "Items on the MG6C that may undermine the prosecution or assist either defendant: 5, 6 and 7 "
                  "(guests' descriptions of her earlier in the evening and of kissing COLE). The officer's notes of "
                  "items 5-9 are provided with this file. Rebuttable presumption material (items 1-4) is provided."),
            ("p", "Signed I Moss, 18/05/2026")]
    write_docx(c.p("MG6E COLE MARSH.docx"), mg6e, fixed(2026, 5, 18), author="MOSS Ian")
    c.add("MG6E COLE MARSH.docx", "MG6E")
    mg12 = [("title", "MG12 - EXHIBIT LIST"), ("subtitle", "R v COLE and MARSH  " + URN),
            ("table", ["Exhibit", "Description", "Produced by"],
             [["NC/1", "Screenshots of Snapchat exchange with MARSH, 19/04/2026", "Niamh CARVER"],
              ["IM/1", "Mobile phone seized from COLE", "DC MOSS"], ["IM/2", "Mobile phone seized from MARSH", "DC MOSS"],
              ["IM/3", "Extract of download reports (group chat; Snapchat exchange)", "DC MOSS"]], [22, 118, 40])]
    write_pdf(c.p("MG12.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 18))
    c.add("MG12.pdf", "MG12")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ==============================================================================================
# F5  FAULTY: first-account colleague with no statement; outstanding evidence without dates
#     (Severnside Police) - MG3 template with questions as headings
# ==============================================================================================
def case_quayline(root, rng):
    c = Case(root, "72SV0307726_DUNMORE")
    URN = "72SV0307726"
    FORCE = "Severnside Police"
    OIC = "DC 1544 Gareth WYNNE"

    mg3 = [
        ("pb", "SEVERNSIDE POLICE          OFFICIAL-SENSITIVE          MG3 (Q-format)"),
        ("title", "Report to the Crown Prosecutor for a Charging Decision"),
        ("subtitle", "URN " + URN + "   |   R v Craig DUNMORE   |   submitted 19/05/2026"),
        ("h", "What is the case about?"),
        ("p", "Jasmine TAYLOR-REID (29) says her line manager, Craig DUNMORE (41), raped her in the back of his car "
              "in the car park of Severn Quay Business Park, Portbury, at about 23:35 on Friday 06/03/2026, after "
              "a colleague's leaving drinks at The Boathouse bar on the business park."),
        ("h", "Who is the suspect and where is he now?"),
        ("p", "Craig DUNMORE, DOB 23/01/1985, sales manager at Quayline Logistics. Arrested 11/03/2026, interviewed "
              "and released on pre-charge bail to 11/06/2026. Conditions: no contact with Jasmine TAYLOR-REID "
              "directly or indirectly; not to attend the Quayline offices (the company has suspended him)."),
        ("h", "What decision do you want from the prosecutor?"),
        ("p", "A charging decision under the Full Code Test for rape (s.1 SOA 2003). We are not asking for the "
              "threshold test."),
        ("h", "Have you had early advice? If not, why not?"),
        ("p", "No. The suspect was interviewed the day after the report and this is a one-complainant, one-suspect "
              "case where the issue is consent. DS BIRCH decided early advice would add nothing."),
        ("h", "What does the complainant say?"),
        ("p", "She accepted a lift home from DUNMORE at about 23:20. He drove to the far corner of the car park, "
              "said he wanted to 'talk about her promotion', and got into the back seat beside her. He kissed her; "
              "she pulled away and said 'Craig, no, you're my boss'. He pushed her down across the seat, pulled her "
              "dress up and her tights and underwear down, and had vaginal intercourse with her while she said no "
              "and tried to push him off. Afterwards she got out, walked to the taxi rank at the business park "
              "entrance and went home. She gave a written statement (MG11) on 12/03/2026; she did not want a "
              "video-recorded interview."),
        ("h", "Who did she tell, and when?"),
        ("p", "She first told a colleague at work on the Monday after (09/03/2026), in the office toilets. The "
              "colleague encouraged her to report it, and she did so on 10/03/2026 by 101."),
        ("h", "What does the suspect say?"),
        ("p", "In interview he said they had 'been flirting for months', that she kissed him first in the car and "
              "climbed into the back, and that the intercourse was consensual. He denies pushing her down or that she "
              "said no. He says she is making the allegation because she was passed over for promotion in February."),
        ("h", "What other evidence supports or undermines the allegation?"),
        ("bul", ["Security officer Dave PRENTICE saw DUNMORE's black Audi in the far corner with its interior light "
                 "on at about 23:40, and at about 23:50 saw a woman walking quickly towards the entrance, 'head down, "
                 "wiping her face'.",
                 "Barrier camera (DP/1): the Audi leaves at 23:52.",
                 "SARC examination 10/03/2026 (four days after): small bruise to right inner thigh; consent to release "
                 "of the report given.",
                 "Messages: at 08:14 on 07/03/2026 DUNMORE messaged her 'last night was amazing, our secret x'. She did "
                 "not reply. She showed the message to DC WYNNE and it was photographed (JTR/1).",
                 "Undermining: she was not given a promotion she applied for in February (the defence suggests "
                 "motive); HR confirm she complained informally about the decision. Scheduled."]),
        ("h", "What lines of enquiry have you followed, and which have you decided not to follow?"),
        ("bul", ["Bar staff at The Boathouse: two spoken to; both saw the pair leave together at about 23:20, 'chatting "
                 "normally'. Notes scheduled (may assist the defence).",
                 "Colleagues at the leaving drinks (five) asked about the relationship: none saw any flirting by her; two "
                 "say DUNMORE 'paid her a lot of attention'.",
                 "HR records about the promotion decision obtained from Quayline (about the process, not about her "
                 "private life).",
                 "Her phone: not examined and not to be. The only relevant message is from him and is also on his "
                 "phone; she showed it to us and it was photographed. No DPN was therefore required.",
                 "Her medical or counselling records: not sought; nothing suggests they are relevant."]),
        ("h", "What is still outstanding?"),
        ("bul", ["The download of DUNMORE's phone has been requested from the Digital Forensics Unit and we are "
                 "waiting for it.",
                 "Quayline's door-access records for the office on the evening of 06/03/2026 have been asked for and "
                 "are awaited.",
                 "I will forward both as soon as they arrive."]),
        ("p", "The DNA result is back (SFR1 of 20/04/2026, attached): semen on the high vaginal swab matches "
              "DUNMORE. He accepts intercourse, so it is not in dispute."),
        ("h", "What about disclosure?"),
        ("p", "MG6C and MG6D attached. Incident log, crime report and witness PNC results are with the file."),
        ("h", "What does the victim need?"),
        ("p", "Special measures: she is eligible (s.17(4)); she would like screens and her cross-examination "
              "pre-recorded under s.28; no intermediary is needed. Needs: she is off work with anxiety; contact by "
              "e-mail preferred; no interpreter. ISVA: referred 12/03/2026 (Severnside ISVA, Ms Rhian DAVIES). VPS: "
              "offered 12/03/2026 - she declined for now."),
        ("h", "Who can the prosecutor contact?"),
        ("p", OIC + ", Portbury CID - 01632 960391 - 07700 900391 - gareth.wynne@severnside.police.example"),
        ("h", "Supervisor's review"),
        ("p", "DS 812 Lorna BIRCH, 19/05/2026: file reviewed; submit for a decision."),
    ]
    write_pdf(c.p("MG3.pdf"), blocks_to_layout(mg3, fam="sans", size=10, hstyle="shade"), fixed(2026, 5, 19),
              decorate=deco(head="URN " + URN, page_fmt="page {i} of {n}"), creator="Severnside case builder")
    c.add("MG3.pdf", "MG3")

    st_j = dict(name="Jasmine TAYLOR-REID", occupation="Marketing executive", urn=URN, date="12/03/2026",
                sig_mode="typed", typed_sig="[signed]", typed_witness="[signed] DC 1544 WYNNE",
                rear=rear_rows("DC 1544 WYNNE", "Home, 12/03/2026 10:00-13:15",
                               "Offered 12/03/2026 - declined for now",
                               medical="Consents to release of SARC report and notes (signed 10/03/2026)",
                               dates="None", needs="Contact by e-mail", sm="Screens; s.28"),
                body=[
        "I work as a marketing executive for Quayline Logistics at Severn Quay Business Park, Portbury. I have "
        "worked there for three years. Since June 2025 my line manager has been Craig DUNMORE.",
        "On Friday 6th March 2026 a colleague had leaving drinks at The Boathouse, the bar on the business park. I "
        "went straight from work at about half five. I had four glasses of wine over the evening. I was tipsy but I "
        "knew what I was doing.",
        "At about twenty past eleven Craig offered me a lift home. He had been drinking lime and soda. I said yes "
        "because it was raining and I live twenty minutes away. His car is a black Audi.",
        "Instead of leaving the car park he drove to the far corner by the recycling bins and parked. He said he "
        "wanted to talk about my promotion. Then he got out and got into the back seat next to me; I had sat in the "
        "back because his gym bag was on the front seat.",
        "He put his arm round me and kissed me. I pulled away and said 'Craig, no, you're my boss'. He laughed and "
        "said 'nobody needs to know'. He pushed me back so I was lying across the seat and he held me down with his "
        "hand on my chest. He pulled my dress up and pulled my tights and knickers down. I kept saying no and I "
        "tried to push him off. He put his penis in my vagina. I don't know how long it lasted; maybe two or three "
        "minutes. He did not use a condom.",
        "When he stopped I opened the door and got out. I pulled my clothes straight and walked to the taxi rank at "
        "the entrance. I was crying. A security guard was near the barrier but I did not speak to him. I got a taxi "
        "home.",
        "The next morning at 08:14 Craig sent me a WhatsApp message: 'last night was amazing, our secret x'. I did "
        "not reply. I have shown the message to the officer, who photographed it. I produce the photograph as "
        "JTR/1.",
        "On Monday 9th March I went into work because I did not know what else to do. I told my colleague Farah "
        "QURESHI what had happened when we were in the toilets. She said I had to go to the police. On Tuesday "
        "10th March I rang 101.",
        "It is true that I was disappointed not to get a promotion in February and I told HR I was unhappy with "
        "how it was handled. That has nothing to do with this.",
        "I did not consent to sex with Craig DUNMORE. I told him no more than once and I tried to push him off.",
    ])
    mg11_docx(c.p("Statement JTR.docx"), st_j, fixed(2026, 3, 12), author="WYNNE Gareth", per_page=4)
    c.add("Statement JTR.docx", "MG11", "complainant")

    st_pc = dict(name="Ruth ELLIOTT", occupation="Police Constable 2260", urn=URN, date="10/03/2026",
                 sig="R Elliott", witness_sig="", body=[
        "I am a police constable with Severnside Police at Portbury. On Tuesday 10th March 2026 at 15:20 hours I was "
        "sent to an address in Portbury following a 101 report of rape by a woman.",
        "At 16:00 hours I spoke to Jasmine TAYLOR-REID at her home. My body-worn camera was recording; I produce the "
        "recording as RE/1. She said: 'My boss Craig Dunmore raped me in his car on Friday night after work drinks. "
        "I told him no. He held me down.' She said it happened in the car park at Severn Quay Business Park at "
        "about half eleven.",
        "She was calm but tearful. She said she had washed since Friday and that she had put the dress she wore in "
        "the washing machine. I arranged, with her agreement, for her to attend the Severnside SARC at 18:30 hours "
        "that day. I handed over to DC WYNNE at 17:15 hours.",
    ])
    mg11_pdf(c.p("MG11 PC2260.pdf"), st_pc, fixed(2026, 3, 10, 18))
    c.add("MG11 PC2260.pdf", "MG11", "officer")
    write_mp4(c.p("RE1 BWV 2260.mp4"), 3, "abe", ["BWV 2260", "RE/1"], datetime(2026, 3, 10, 16, 0, 12), rng)
    c.add("RE1 BWV 2260.mp4", "BWV")

    st_dp = dict(name="David PRENTICE", occupation="Security officer", urn=URN, date="14/03/2026",
                 sig="D Prentice", witness_sig="G Wynne", body=[
        "I am a security officer at Severn Quay Business Park, employed by Portgate Security. On Friday 6th March "
        "2026 I was on the night shift, 18:00 to 06:00, based in the gatehouse by the main barrier.",
        "At about 23:40 I did a foot patrol of the car park. In the far corner by the recycling bins was a black "
        "Audi estate with its interior light on. I could see the shape of two people in the back. I did not go "
        "closer. I thought it was a couple.",
        "At about 23:50, when I was back near the gatehouse, I saw a woman walking quickly from that direction "
        "towards the taxi rank. She had her head down and she was wiping her face. She got into a taxi.",
        "The barrier camera records every vehicle leaving. On 13th March 2026 I downloaded the footage from 23:45 to "
        "23:59 on 6th March 2026 and gave it to DC WYNNE. I produce it as DP/1. It shows a black Audi estate leaving "
        "at 23:52. The camera clock is accurate.",
    ])
    mg11_pdf(c.p("PRENTICE D MG11.pdf"), st_dp, fixed(2026, 3, 14))
    c.add("PRENTICE D MG11.pdf", "MG11", "witness")
    write_mp4(c.p("DP1 barrier cam 23.52.mp4"), 3, "cctv", ["BARRIER EXIT", "DP/1"],
              datetime(2026, 3, 6, 23, 51, 58), rng, audio=False)
    c.add("DP1 barrier cam 23.52.mp4", "CCTV")

    roti = [("title", "RECORD OF TAPED INTERVIEW - MG15"),
            ("kv", [["URN", URN], ["Interviewee", "DUNMORE, Craig (23/01/1985)"], ["Date", "11/03/2026 14:00-14:55"],
                    ["Officers", "DC WYNNE, DC 1902 PATEL"], ["Solicitor", "Ms Karen HOLT"]]),
            ("p", "Cautioned. Says he and Jasmine had 'been flirting for months'. He offered her a lift. She sat in the "
                  "back because of his bag. He parked in the corner 'to talk'. She kissed him first. She climbed over "
                  "to him - he had moved into the back 'to be next to her'. Intercourse was consensual; she did not say "
                  "no and he did not hold her down. She got out and said she would get a taxi, which he thought was "
                  "'a bit odd'. Sent the 08:14 message because he 'thought they had something'. Says she is making it "
                  "up because he did not support her promotion. Phone handed over; PIN provided.")]
    write_pdf(c.p("ROTI DUNMORE.pdf"), blocks_to_layout(roti), fixed(2026, 3, 12))
    c.add("ROTI DUNMORE.pdf", "ROTI")
    write_pdf(c.p("PNC DUNMORE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "11/03/2026 09:40", "SV1544", "DUNMORE, Craig", "23/01/1985", "no PNC record", None,
        extra=[("p", "No PNC record exists for this subject (no trace on name and date of birth).")]),
        fam="mono", size=9), fixed(2026, 3, 11))
    c.add("PNC DUNMORE.pdf", "PNC")
    write_pdf(c.p("Witness PNC.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Jasmine TAYLOR-REID", "Complainant", "held", "12/03/2026", "No trace"],
                     ["David PRENTICE", "Witness", "held", "14/03/2026", "No trace"],
                     ["Farah QURESHI", "Colleague (first told)", "held", "14/03/2026", "No trace"]],
        "DC 1544 WYNNE", "14/03/2026")), fixed(2026, 3, 14))
    c.add("Witness PNC.pdf", "PNC")
    fme = [("title", "SEVERNSIDE SARC - FORENSIC MEDICAL EXAMINATION SUMMARY"),
           ("kv", [["Patient", "Jasmine TAYLOR-REID"], ["Date", "10/03/2026 18:40"],
                   ["Examiner", "Dr Nkechi OBI, forensic physician"],
                   ["Consent", "Written consent to examination, samples, and release of report and notes to police "
                               "and CPS, 10/03/2026"]]),
           ("p", "Findings: 2 x 1 cm yellow-brown bruise, right inner thigh, consistent with blunt force several days "
                 "earlier. No genital injury (examination four days after; absence of injury is common)."),
           ("p", "Samples: NO/1 high vaginal swab, NO/2 low vaginal swab, NO/3 endocervical swab. Handed to DC WYNNE.")]
    write_pdf(c.p("SARC report.pdf"), blocks_to_layout(fme), fixed(2026, 3, 11))
    c.add("SARC report.pdf", "MEDICAL")
    sfr = [("title", "SFR1 - DNA"), ("subtitle", "Westbrook Forensic Science (fictional provider)"),
           ("kv", [["URN", URN], ["Date", "20/04/2026"], ["Items", "NO/1 HVS; reference DUNMORE (GW/2)"]]),
           ("p", "Semen detected on NO/1. The DNA profile from the sperm fraction matches Craig DUNMORE (match "
                 "probability about one in a billion). An SFR2 is available on request if the finding is disputed.")]
    write_pdf(c.p("SFR1 DNA 20-04-2026.pdf"), blocks_to_layout(sfr), fixed(2026, 4, 20))
    c.add("SFR1 DNA 20-04-2026.pdf", "FORENSIC")
    inc = [("title", "SEVERNSIDE POLICE - INCIDENT SV-260310-0455"),
           ("table", ["Time", "Entry"],
            [["10/03/2026 15:11", "101 call: female JASMINE TAYLOR-REID reports rape by her manager CRAIG DUNMORE on "
                                  "Friday night in his car at Severn Quay Business Park."],
             ["15:20", "PC 2260 ELLIOTT assigned."], ["16:00", "PC 2260 with caller. BWV."],
             ["17:15", "CID - DC 1544 WYNNE. Crime SV/7741/26. URN " + URN]], [35, 145], 9)]
    write_pdf(c.p("Incident SV-260310-0455.pdf"), blocks_to_layout(inc, fam="mono", size=9), fixed(2026, 3, 10))
    c.add("Incident SV-260310-0455.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT SV/7741/26"),
             ("kv", [["Offence", "Rape s.1 SOA 2003"], ["Date", "06/03/2026 23:30-23:50"],
                     ["Location", "Car park, Severn Quay Business Park, Portbury"],
                     ["Victim", "TAYLOR-REID, Jasmine, 29, female"], ["Suspect", "DUNMORE, Craig, 41"], ["URN", URN]])]
    write_pdf(c.p("Crime SV-7741-26.pdf"), blocks_to_layout(crime), fixed(2026, 5, 19))
    c.add("Crime SV-7741-26.pdf", "CRIME_REPORT")
    rows = [[1, "Incident log SV-260310-0455", "Control room", "Copy with file"],
            [2, "Crime report SV/7741/26", "RMS", "Copy with file"],
            [3, "Notes of conversations with Boathouse bar staff (2), 16/03/2026 - pair left 23:20 'chatting "
                "normally'", "OIC file", "May assist defence"],
            [4, "Notes of conversations with five colleagues who attended the drinks, 16-18/03/2026", "OIC file", ""],
            [5, "Quayline HR file on the February 2026 promotion decision and her informal complaint", "OIC file",
             "May assist defence (motive)"],
            [6, "Custody record DUNMORE 11/03/2026", "Custody", ""],
            [7, "Barrier camera full download 23:45-23:59 (DP/1 is the served clip)", "Property store", ""],
            [8, "Witness PNC checks", "OIC file", "Copy with file"]]
    write_xlsx(c.p("MG6C.xlsx"), [dict(title="MG6C", top=[["MG6C NON-SENSITIVE UNUSED MATERIAL - R v DUNMORE - "
                                                            "URN " + URN]],
                                       header=["Item", "Description", "Location", "Comment"], rows=rows,
                                       widths=[5, 80, 16, 30])], fixed(2026, 5, 19), "WYNNE Gareth")
    c.add("MG6C.xlsx", "MG6C")
    extra = [("title", "MG6C ITEMS 3 AND 5 - COPIES FOR THE PROSECUTOR"), ("kv", [["URN", URN]]),
             ("p", "Item 3: bar staff Leah MORRIS and Tom EVANS (16/03/2026) saw DUNMORE and TAYLOR-REID leave together "
                   "about 23:20; 'chatting normally', 'nothing odd'."),
             ("p", "Item 5: Quayline HR confirm that TAYLOR-REID applied for the role of senior marketing executive in "
                   "February 2026; DUNMORE was on the panel; she was unsuccessful (letter 20/02/2026) and raised an "
                   "informal complaint about feedback on 24/02/2026, which was closed on 02/03/2026.")]
    write_pdf(c.p("MG6C items 3 and 5.pdf"), blocks_to_layout(extra), fixed(2026, 5, 19))
    c.add("MG6C items 3 and 5.pdf", "OTHER")
    mg6d = [("title", "MG6D SENSITIVE MATERIAL"), ("kv", [["URN", URN]]),
            ("table", ["Item", "Description", "Reason"],
             [["1", "SARC full notes 10/03/2026", "Medical confidentiality"],
              ["2", "ISVA referral", "Personal support details"]], [10, 100, 70])]
    write_pdf(c.p("MG6D.pdf"), blocks_to_layout(mg6d), fixed(2026, 5, 19))
    c.add("MG6D.pdf", "MG6D")
    mg12 = [("title", "MG12 EXHIBIT LIST"), ("subtitle", "R v DUNMORE - " + URN),
            ("table", ["Ref", "Description", "Produced by"],
             [["JTR/1", "Photograph of WhatsApp message 07/03/2026 08:14", "Jasmine TAYLOR-REID"],
              ["RE/1", "BWV PC 2260 ELLIOTT 10/03/2026", "PC ELLIOTT"],
              ["DP/1", "Barrier camera clip 06/03/2026 23:45-23:59", "David PRENTICE"],
              ["NO/1-NO/3", "SARC swabs", "Dr N OBI"],
              ["GW/2", "Reference DNA sample, DUNMORE, 11/03/2026", "DC WYNNE"]], [25, 115, 40])]
    write_pdf(c.p("MG12.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 19))
    c.add("MG12.pdf", "MG12")
    photo = [("title", "JTR/1 - photograph of WhatsApp message (transcribed)"),
             ("p", "From: Craig DUNMORE (contact 'Craig Work')  07/03/2026 08:14  'last night was amazing, our secret x'"),
             ("p", "Photographed by DC WYNNE on 12/03/2026 from the complainant's handset, which she held. The handset "
                   "was not taken or examined.")]
    write_pdf(c.p("JTR1.pdf"), blocks_to_layout(photo), fixed(2026, 3, 12))
    c.add("JTR1.pdf", "OTHER")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
           "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    return c, c.expected(1, ["key_statements", "outstanding_dated"], mnf)


# ==============================================================================================
# F6  FAULTY: complainant's phone fully downloaded, no DPN, blanket request (Harland Valley Police)
# ==============================================================================================
def case_tannery(root, rng):
    c = Case(root, "HVP 23HV0119826 KILBRIDE")
    URN = "23HV0119826"
    FORCE = "Harland Valley Police"
    OIC = "DC 880 Owen JARVIS"

    mg3 = [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [["URN", URN], ["Suspect", "KILBRIDE, Aaron Lee - DOB 19/10/2002 - warehouse operative"],
                ["Offence", "Rape (s.1 SOA 2003) - Flat 6, Tannery Court, Millbridge - 28/02/2026 about 23:45"],
                ["Bail", "Pre-charge bail to 01/06/2026. Conditions: not to contact Zoe PEMBERTON directly or "
                         "indirectly, including through apps; not to enter Wharf Street, Millbridge."],
                ["Decision sought", "Full Code Test."],
                ["OIC", OIC + " - Millbridge CID - tel 01632 960145 - mob 07700 900145 - "
                              "owen.jarvis@harlandvalley.police.example"],
                ["Early advice", "Not sought: straightforward single-suspect case, suspect interviewed within 48 "
                                 "hours. Reason recorded by DS CROFT on the crime report 03/03/2026."]]),
        ("h", "Case summary"),
        ("p", "Zoe PEMBERTON (19) matched with KILBRIDE on the dating app Sparkr on 20/02/2026. On 28/02/2026 they "
              "met for drinks in Millbridge and went back to his flat. She says that after kissing on his bed she "
              "told him she did not want sex and wanted to go home; he pinned her arms and had vaginal intercourse "
              "with her. She left at about 00:30, rang her best friend Madison CLARKE at 00:41, and Madison collected "
              "her. She reported by 101 at 10:02 on 01/03/2026. ABE interview 03/03/2026 (OJ/1, OJ/2; summary OJ/3)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 02/03/2026. Consensual sex; she 'never said no'; she left because she had work in the "
              "morning. He relies on her Sparkr messages before the date, which were flirtatious."),
        ("h", "Lines of enquiry"),
        ("bul", ["Friend Madison CLARKE - statement obtained (first account).",
                 "Suspect's phone seized and downloaded: Sparkr and WhatsApp messages with Zoe 20/02-01/03/2026.",
                 "Zoe's iPhone 13 was taken on 01/03/2026 and a full download was requested so that nothing is "
                 "missed. She agreed verbally. The download report is attached; all messages, photographs, "
                 "internet history and location data have been reviewed.",
                 "Neighbours at Tannery Court (Flats 5 and 7): heard music, nothing else. Points neither way.",
                 "Door camera at Tannery Court entrance: footage shows them entering together at 22:58 laughing "
                 "(may assist defence) and Zoe leaving alone at 00:31, walking quickly. Clip OJ/4 supplied."]),
        ("h", "Outstanding"),
        ("p", "Nothing is outstanding: the SFR1 is back (semen on HVS matches KILBRIDE; intercourse admitted) and "
              "both downloads are complete."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D, MG6E attached; incident log, crime report, witness PNC with the file."),
        ("h", "Victim and witness issues"),
        ("p", "Special measures: VRI as evidence in chief; she wants s.28 pre-recorded cross-examination; live link. "
              "No intermediary needed (no communication difficulties). Needs: apprentice hairdresser, works "
              "Saturdays; no interpreter. ISVA referral made 03/03/2026. VPS offered 03/03/2026; she wants to make "
              "one after the charging decision."),
        ("p", "Submitted by DC 880 JARVIS 20/05/2026. Supervisor: DS 145 Helen CROFT - endorsed 20/05/2026."),
    ]
    write_docx(c.p("MG3 KILBRIDE.docx"), mg3, fixed(2026, 5, 20), author="JARVIS Owen", head="OFFICIAL-SENSITIVE")
    c.add("MG3 KILBRIDE.docx", "MG3")

    write_mp4(c.p("OJ2 PEMBERTON VRI.mp4"), 4, "abe", ["Millbridge VRI suite", "OJ/2"],
              datetime(2026, 3, 3, 13, 15, 40), rng)
    c.add("OJ2 PEMBERTON VRI.mp4", "ABE_RECORDING")
    summ = [("title", "ABE INDEX - OJ/3"),
            ("kv", [["URN", URN], ["Witness", "Zoe PEMBERTON"], ["Date", "03/03/2026 13:15-14:20"],
                    ["Interviewer", OIC]]),
            ("table", ["Time", "Content"],
             [["13:15", "Introductions and ground rules."],
              ["13:19", "Free narrative: the match on Sparkr; date at The Copper Kettle and The Anchor; back to his flat "
                        "about 23:00."],
              ["13:31", "On his bed, kissing; he tried to undo her jeans; she said 'no, I want to go home'. He held her "
                        "wrists, pulled her jeans down; vaginal intercourse; she said no repeatedly and cried."],
              ["13:44", "She left about 00:30; called Maddie from the street; Maddie picked her up."],
              ["13:50", "Questions: messages before the date, drink, layout of the flat, what he said."],
              ["14:16", "Closure."]], [18, 162], 9)]
    write_pdf(c.p("OJ3 ABE index.pdf"), blocks_to_layout(summ), fixed(2026, 3, 4))
    c.add("OJ3 ABE index.pdf", "ABE_SUMMARY")
    plan = [("title", "ABE interview plan"), ("kv", [["Witness", "Zoe PEMBERTON"], ["Date", "03/03/2026"]]),
            ("p", "Objectives: full account; points to prove s.1; first account; alcohol; messages. No intermediary "
                  "needed. Approved DS CROFT 02/03/2026.")]
    write_pdf(c.p("ABE plan PEMBERTON.pdf"), blocks_to_layout(plan), fixed(2026, 3, 2))
    c.add("ABE plan PEMBERTON.pdf", "ABE_PLAN")
    st_j = dict(name="Owen JARVIS", occupation="Detective Constable 880", urn=URN, date="04/03/2026", sig="O Jarvis",
                witness_sig="", body=[
        "I am a Detective Constable at Millbridge CID and the officer in the case. On Tuesday 3rd March 2026 from "
        "13:15 to 14:20 hours at the Millbridge VRI suite I conducted a video-recorded interview of Zoe PEMBERTON in "
        "accordance with Achieving Best Evidence. I produce the master recording as OJ/1 and the working copy as "
        "OJ/2, and the index I prepared on 4th March 2026 as OJ/3.",
        "On 2nd March 2026 I obtained from the managing agent of Tannery Court a copy of the entrance door camera "
        "footage for 28th February 2026 22:30 to 1st March 2026 01:00. I produce it as OJ/4.",
    ])
    mg11_pdf(c.p("MG11 JARVIS.pdf"), st_j, fixed(2026, 3, 4))
    c.add("MG11 JARVIS.pdf", "MG11", "officer")
    write_mp4(c.p("OJ4 Tannery Court door cam.mp4"), 3, "cctv", ["TANNERY CT ENTRANCE", "OJ/4"],
              datetime(2026, 2, 28, 22, 58, 0), rng, audio=False)
    c.add("OJ4 Tannery Court door cam.mp4", "CCTV")
    st_o = dict(name="Liam OAKES", occupation="PC 1990", urn=URN, date="01/03/2026", sig="L Oakes", witness_sig="",
                body=[
        "I am a police constable at Millbridge. On Sunday 1st March 2026 at 10:20 hours I was sent to an address in "
        "Millbridge after a 101 call from Zoe PEMBERTON. I arrived at 10:55 hours; my body-worn camera was recording "
        "and I produce the recording as LO/1.",
        "She said: 'I went back to Aaron's flat after a date and I told him I wanted to go home. He held my arms "
        "down and had sex with me. I kept saying no.' She named him as Aaron KILBRIDE of Tannery Court. Her friend "
        "Madison CLARKE was with her.",
        "Zoe handed me her iPhone 13 when I asked for it, so that it could be downloaded. I sealed it as LO/2 and "
        "booked it into the property store for the Digital Forensics Unit. I arranged for her to attend the SARC at "
        "14:00 hours.",
    ])
    mg11_pdf(c.p("OAKES PC1990.pdf"), st_o, fixed(2026, 3, 1, 16))
    c.add("OAKES PC1990.pdf", "MG11", "officer")
    write_mp4(c.p("LO1 BWV.mp4"), 3, "abe", ["BWV 1990", "LO/1"], datetime(2026, 3, 1, 10, 55, 3), rng)
    c.add("LO1 BWV.mp4", "BWV")
    st_m = dict(name="Madison CLARKE", occupation="Retail assistant", urn=URN, date="2nd March 2026",
                sig="M Clarke", witness_sig="O Jarvis", body=[
        "Zoe PEMBERTON has been my best friend since primary school.",
        "At 00:41 on Sunday 1st March 2026 Zoe rang me. She was crying and I could hear traffic. She said 'Maddie, "
        "can you come and get me, he wouldn't stop, I told him no'. She said she was on Wharf Street. I drove there "
        "and found her sitting on a wall at about 00:55.",
        "In the car she told me she had gone back to Aaron's flat after their date, and when she said she wanted to "
        "go home he held her arms down and had sex with her while she said no. She kept rubbing her wrists.",
        "She stayed at mine that night. In the morning I said she should report it and I sat with her while she rang "
        "101.",
    ])
    mg11_pdf(c.p("CLARKE M.pdf"), st_m, fixed(2026, 3, 2))
    c.add("CLARKE M.pdf", "MG11", "first_account")

    dfu = [("title", "DIGITAL FORENSICS UNIT - EXAMINATION REQUEST"),
           ("kv", [["URN", URN], ["Requesting officer", "PC 1990 OAKES for DC 880 JARVIS"],
                   ["Date", "01/03/2026"], ["Exhibit", "LO/2 - Apple iPhone 13 (victim's)"],
                   ["Extraction level", "FULL FILE SYSTEM"], ["Date range", "ALL"], ["Data types", "ALL"],
                   ["Reason", "Victim's phone - RASSO - full download as standard"],
                   ["Authority", "Verbal consent from owner"], ["Priority", "Routine"]])]
    write_pdf(c.p("DFU request LO2.pdf"), blocks_to_layout(dfu), fixed(2026, 3, 1))
    c.add("DFU request LO2.pdf", ["OTHER", "CORRESPONDENCE"])
    ext = [("title", "EXTRACTION REPORT - HV-DFU-26-0219"),
           ("kv", [["Exhibit", "LO/2 Apple iPhone 13 (complainant)"], ["URN", URN],
                   ["Extraction", "Full file system"], ["Period covered", "Whole device (2021-2026)"],
                   ["Items", "48,211 messages; 9,874 images; 1,203 videos; browser history; location history; "
                             "health data; notes"],
                   ["Reviewed by", "DC JARVIS, 10-14/03/2026"]]),
           ("p", "Relevant: Sparkr and WhatsApp messages with KILBRIDE 20/02-28/02/2026 (flirtatious, arranging the "
                 "date); call to Madison CLARKE 01/03/2026 00:41 (3 min 50 s). Nothing else relevant found.")]
    write_pdf(c.p("Extraction report LO2.pdf"), blocks_to_layout(ext), fixed(2026, 3, 14))
    c.add("Extraction report LO2.pdf", "DIGITAL_EXTRACT")
    roti = [("title", "ROTI - KILBRIDE, Aaron"),
            ("kv", [["URN", URN], ["Date", "02/03/2026 11:10-11:52"], ["Officers", "DC JARVIS, DC 1230 WARD"],
                    ["Solicitor", "Mr Ray BISHOP"]]),
            ("p", "Cautioned. Met Zoe on Sparkr; messages were 'flirty'; after drinks she came back to his. Kissing on "
                  "the bed; he says she undid his belt. Sex was consensual; she did not say no and he did not hold her "
                  "arms. She left saying she had work in the morning. Denies any force. Phone handed over.")]
    write_pdf(c.p("ROTI KILBRIDE.pdf"), blocks_to_layout(roti), fixed(2026, 3, 3))
    c.add("ROTI KILBRIDE.pdf", "ROTI")
    write_pdf(c.p("PNC KILBRIDE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "02/03/2026 07:30", "HV880", "KILBRIDE, Aaron Lee", "19/10/2002", "2020/0877123T", None),
        fam="mono", size=9), fixed(2026, 3, 2))
    c.add("PNC KILBRIDE.pdf", "PNC")
    write_pdf(c.p("Witness PNC.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Zoe PEMBERTON", "Complainant", "held", "04/03/2026", "No trace"],
                     ["Madison CLARKE", "First account", "held", "04/03/2026", "No trace"]],
        "DC 880 JARVIS", "04/03/2026")), fixed(2026, 3, 4))
    c.add("Witness PNC.pdf", "PNC")
    sfr = [("title", "SFR1"), ("kv", [["URN", URN], ["Date", "08/04/2026"], ["Item", "SARC HVS (KB/1)"]]),
           ("p", "Semen present; DNA profile matches Aaron KILBRIDE. Intercourse is admitted.")]
    write_pdf(c.p("SFR1 08-04-2026.pdf"), blocks_to_layout(sfr), fixed(2026, 4, 8))
    c.add("SFR1 08-04-2026.pdf", "FORENSIC")
    fme = [("title", "HARLAND VALLEY SARC - FME SUMMARY"),
           ("kv", [["Patient", "Zoe PEMBERTON"], ["Date", "01/03/2026 14:10"], ["Examiner", "Dr Kate BURNS"],
                   ["Consent", "Written consent to examination and to release of the report to police and CPS"]]),
           ("p", "Bruising to both forearms (fingertip pattern). Samples KB/1-KB/4.")]
    write_pdf(c.p("SARC FME.pdf"), blocks_to_layout(fme), fixed(2026, 3, 2))
    c.add("SARC FME.pdf", "MEDICAL")
    inc = [("title", "INCIDENT HV-20260301-0188"),
           ("table", ["Time", "Entry"],
            [["01/03/2026 10:02", "101 - ZOE PEMBERTON reports rape by AARON KILBRIDE at Tannery Court last night."],
             ["10:20", "PC 1990 OAKES assigned."], ["10:55", "At scene."],
             ["12:30", "CID DC 880 JARVIS. Crime HV/2231/26. URN " + URN]], [35, 145], 9)]
    write_pdf(c.p("Incident log.pdf"), blocks_to_layout(inc, fam="mono", size=9), fixed(2026, 3, 1))
    c.add("Incident log.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT HV/2231/26"),
             ("kv", [["Offence", "Rape s.1"], ["Date", "28/02/2026 23:30-00:30"], ["Victim", "PEMBERTON, Zoe (19)"],
                     ["Suspect", "KILBRIDE, Aaron (23)"], ["URN", URN]])]
    write_pdf(c.p("Crime report.pdf"), blocks_to_layout(crime), fixed(2026, 5, 20))
    c.add("Crime report.pdf", "CRIME_REPORT")
    rows = [[1, "Incident log HV-20260301-0188", "STORM", "Copy with file"],
            [2, "Crime report HV/2231/26", "RMS", "Copy with file"],
            [3, "Full extraction report of complainant's phone LO/2 (HV-DFU-26-0219)", "DFU", "Copy with file"],
            [4, "Download of suspect's phone (Sparkr/WhatsApp 20/02-01/03/2026)", "DFU", "Same thread as item 3 "
                                                                                        "(copy with file)"],
            [5, "Notes of house-to-house, Tannery Court flats 5 and 7, 02/03/2026", "OIC file", ""],
            [6, "Custody record KILBRIDE 02/03/2026", "Custody", ""],
            [7, "ABE interview plan 02/03/2026", "OIC file", ""],
            [8, "Witness PNC checks", "OIC file", "Copy with file"]]
    write_xlsx(c.p("MG6C KILBRIDE.xlsx"), [dict(title="MG6C", top=[["MG6C - R v KILBRIDE - " + URN]],
                                                header=["Item", "Description", "Location", "Comment"], rows=rows,
                                                widths=[5, 70, 15, 35])], fixed(2026, 5, 20), "JARVIS Owen")
    c.add("MG6C KILBRIDE.xlsx", "MG6C")
    mg6d = [("title", "MG6D - Sensitive material"), ("kv", [["URN", URN]]),
            ("table", ["Item", "Description", "Reason"],
             [["1", "SARC notes 01/03/2026", "Medical"], ["2", "ISVA referral", "Personal"]], [10, 100, 70])]
    write_pdf(c.p("MG6D KILBRIDE.pdf"), blocks_to_layout(mg6d), fixed(2026, 5, 20))
    c.add("MG6D KILBRIDE.pdf", "MG6D")
    mg6e = [("title", "MG6E - Disclosure officer's report"), ("kv", [["URN", URN]]),
            ("p", "May assist the defence: door camera footage of the pair entering laughing (served as OJ/4); the "
                  "flirtatious messages before the date, which appear in both item 3 and item 4 (the same thread; "
                  "copy of item 3 with file). Signed O JARVIS 20/05/2026.")]
    write_pdf(c.p("MG6E KILBRIDE.pdf"), blocks_to_layout(mg6e), fixed(2026, 5, 20))
    c.add("MG6E KILBRIDE.pdf", "MG6E")
    mg12 = [("title", "MG12 EXHIBIT LIST - " + URN),
            ("table", ["Ref", "Description", "Producer"],
             [["OJ/1-OJ/3", "VRI master, working copy, index", "DC JARVIS"],
              ["OJ/4", "Tannery Court entrance camera, 28/02/2026 22:30-01:00", "DC JARVIS"],
              ["LO/1", "BWV PC OAKES 01/03/2026", "PC OAKES"], ["LO/2", "Complainant's iPhone 13", "PC OAKES"],
              ["KB/1-KB/4", "SARC samples", "Dr K BURNS"]], [25, 115, 40])]
    write_pdf(c.p("MG12 KILBRIDE.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 20))
    c.add("MG12 KILBRIDE.pdf", "MG12")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
           "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
           "one_urn"]
    return c, c.expected(1, ["dig_dpn", "dig_prop", "digital_proportionality"], mnf)


# ==============================================================================================
# F7  FAULTY: ABE recording referred to but absent; first officer's MG11 unsigned and undated;
#     vague schedule entries (Kennet and Avon Constabulary)
# ==============================================================================================
def case_millane(root, rng):
    c = Case(root, "KAC_31KA0076126")
    URN = "31KA0076126"
    FORCE = "Kennet and Avon Constabulary"
    OIC = "DC 2240 Simone OYELARAN"

    mg3 = [
        ("subtitle", "OFFICIAL-SENSITIVE"),
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("urn", "URN", URN),
        ("kv", [["Suspect", "SHAW, Paul Anthony (DOB 14/08/1988)"],
                ["Offence", "Rape, s.1 SOA 2003 - 9 Mill Lane, Melbury - 02/04/2026 about 23:30 (domestic: "
                            "the complainant's husband)"],
                ["Status", "Pre-charge bail to 03/07/2026. Conditions: not to contact Rebecca SHAW directly or "
                           "indirectly except through a solicitor about the children; not to go to Mill Lane, Melbury; "
                           "to live and sleep at 41 Orchard Close, Devizebury."],
                ["Decision", "Full Code Test"],
                ["Early advice", "Not sought because the suspect made full admissions to intercourse and the sole issue is "
                                 "consent; supervisor agreed 06/04/2026."],
                ["OIC", OIC + " - 01632 960822 / 07700 900822 - simone.oyelaran@kennetavon.police.example"]]),
        ("h", "Summary"),
        ("p", "Rebecca SHAW (34) and the suspect have been married for nine years and have two children. The "
              "marriage had been failing and they slept in separate rooms from January 2026. On 02/04/2026 at about "
              "23:30 he came into her room, got into bed and tried to have sex with her. She said no and that she "
              "wanted a divorce. He held her down by the shoulders and had vaginal intercourse with her. The next "
              "morning she took the children to her sister Kate ALLEN's house and told her; she reported by 101 at "
              "09:45 on 03/04/2026. She was interviewed on video on 05/04/2026 by DC OYELARAN. The ABE recording "
              "(SO/2) is provided with this file with its summary (SO/3)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 03/04/2026: accepts intercourse, says it was consensual and that 'she is making it up "
              "because she wants the house in the divorce'."),
        ("h", "Lines of enquiry"),
        ("bul", ["Her sister Kate ALLEN (first account) - statement obtained.",
                 "Children (aged 6 and 8) were asleep; not spoken to, as it would not be proportionate and they heard "
                 "nothing according to both parents.",
                 "Previous domestic incidents: two logged in 2025 (verbal arguments, no offences) - scheduled.",
                 "Her phone: not examined; no relevant messages exist according to both parties. No DPN required.",
                 "Suspect's messages to her on 03/04/2026 ('sorry about last night, I lost it') shown by her and "
                 "photographed (RS/1) - supports her account."]),
        ("h", "Outstanding"),
        ("p", "No further enquiries are outstanding. No forensic submissions were made because intercourse is "
              "admitted; the SARC report is attached."),
        ("h", "Victim issues"),
        ("p", "Special measures: VRI; s.28 - she wants it; screens. Intermediary not required. Needs: childcare for "
              "court days; no interpreter. IDVA/ISVA: referred to Kennet ISVA service 05/04/2026. VPS: offered "
              "05/04/2026 - she will make one after the decision. DASH: high risk; MARAC referral made."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Incident log, crime report, witness PNC checks with file."),
        ("p", "OIC: DC 2240 S OYELARAN 21/05/2026. Supervisor: DS 610 Rob HARGREAVES - endorsed 21/05/2026."),
    ]
    write_docx(c.p("MG3 SHAW.docx"), mg3, fixed(2026, 5, 21), author="OYELARAN Simone")
    c.add("MG3 SHAW.docx", "MG3")
    summ = [("title", "ABE SUMMARY - SO/3"),
            ("kv", [["URN", URN], ["Witness", "Rebecca SHAW"], ["Date", "05/04/2026 10:00-11:05"],
                    ["Interviewer", OIC], ["Recording", "SO/1 master (sealed); SO/2 working copy"]]),
            ("table", ["Time", "Summary"],
             [["10:00", "Introductions; ground rules."],
              ["10:04", "Background: separate rooms since January; she had told him she wanted a divorce."],
              ["10:15", "02/04/2026 about 23:30 he came into her room, got into bed, pulled her nightie up. She said "
                        "'no, Paul, I want a divorce'. He held her shoulders down; vaginal intercourse; she cried."],
              ["10:31", "Next morning: he texted 'sorry about last night, I lost it'. She took the children to Kate's and "
                        "told her."],
              ["10:40", "Questions: previous incidents, children's whereabouts, injuries (bruised shoulders)."],
              ["11:02", "Closure."]], [18, 162], 9)]
    write_pdf(c.p("SO3 ABE summary.pdf"), blocks_to_layout(summ), fixed(2026, 4, 6))
    c.add("SO3 ABE summary.pdf", "ABE_SUMMARY")
    plan = [("title", "ABE interview plan"), ("kv", [["Witness", "Rebecca SHAW"], ["Date", "05/04/2026"]]),
            ("p", "Objectives: account; points to prove; history of relationship; first account. Approved DS "
                  "HARGREAVES 04/04/2026.")]
    write_pdf(c.p("ABE plan.pdf"), blocks_to_layout(plan), fixed(2026, 4, 4))
    c.add("ABE plan.pdf", "ABE_PLAN")
    st_so = dict(name="Simone OYELARAN", occupation="DC 2240", urn=URN, date="06/04/2026", sig="S Oyelaran",
                 witness_sig="", body=[
        "I am a Detective Constable in the Domestic Abuse Investigation Unit at Melbury and the officer in the case.",
        "On Sunday 5th April 2026 from 10:00 to 11:05 hours at the Melbury VRI suite I conducted a video-recorded "
        "interview of Rebecca SHAW in accordance with Achieving Best Evidence. I produce the sealed master recording "
        "as SO/1 and the working copy as SO/2. I produce my summary of the interview as SO/3.",
        "On 3rd April 2026 Rebecca showed me a text message on her phone from Paul SHAW. I photographed it and "
        "produce the photograph as RS/1. I did not take or examine her phone.",
    ])
    mg11_pdf(c.p("MG11 OYELARAN.pdf"), st_so, fixed(2026, 4, 6))
    c.add("MG11 OYELARAN.pdf", "MG11", "officer")
    st_fr = dict(name="Daniel FROST", occupation="Police Constable 688", urn=URN, date="", sig_mode="blank",
                 witness_sig="", body=[
        "I am a police constable at Melbury. On Friday 3rd April 2026 at 09:58 hours I was sent to an address in "
        "Melbury following a 101 call from a woman reporting that her husband had raped her the night before.",
        "At 10:30 hours I arrived at the home of Kate ALLEN and spoke to her sister, Rebecca SHAW. My body-worn camera "
        "was recording; I produce it as DF/1.",
        "She said: 'Paul raped me last night. I told him no, I told him I wanted a divorce, and he held me down.' "
        "She said it happened at their home on Mill Lane at about half eleven. She was shaking and spoke quietly. "
        "She showed me bruising on the front of both shoulders.",
        "At 12:15 hours I arrested Paul SHAW at 9 Mill Lane on suspicion of rape. After caution he said 'She's "
        "twisting it'. I conveyed him to Melbury custody.",
    ])
    mg11_pdf(c.p("FROST PC688.pdf"), st_fr, fixed(2026, 4, 3, 15))
    c.add("FROST PC688.pdf", "MG11", "officer")
    write_mp4(c.p("DF1 BWV 688.mp4"), 3, "abe", ["BWV 688", "DF/1"], datetime(2026, 4, 3, 10, 30, 15), rng)
    c.add("DF1 BWV 688.mp4", "BWV")
    st_k = dict(name="Kate ALLEN", occupation="Teaching assistant", urn=URN, date="04.04.26", sig="K Allen",
                witness_sig="S Oyelaran", body=[
        "I am Rebecca SHAW's younger sister.",
        "At about half past eight on Friday 3rd April 2026 Rebecca arrived at my house in Melbury with the two "
        "children. She asked me to put the television on for them and took me into the kitchen. She was shaking. She "
        "said 'Paul came into my room last night. I told him no, I told him I wanted a divorce, and he held me down "
        "and did it anyway.' I asked if she meant he raped her and she said yes.",
        "She showed me a text from Paul on her phone which said 'sorry about last night, I lost it'.",
        "I told her to call the police and she did, from my house, at about quarter to ten.",
    ])
    mg11_pdf(c.p("ALLEN K.pdf"), st_k, fixed(2026, 4, 4))
    c.add("ALLEN K.pdf", "MG11", "first_account")
    roti = [("title", "RECORD OF TAPED INTERVIEW"),
            ("kv", [["URN", URN], ["Interviewee", "SHAW, Paul Anthony"], ["Date", "03/04/2026 16:20-17:05"],
                    ["Officers", "DC OYELARAN, DC 915 BARNES"], ["Solicitor", "Ms Ann COLE"]]),
            ("p", "Cautioned. Accepts intercourse in her room on 02/04/2026. Says she 'didn't say no', that they "
                  "'still did that sometimes', and that the text 'sorry about last night, I lost it' referred to an "
                  "argument earlier in the evening. Denies holding her down. Says she wants the house in the "
                  "divorce.")]
    write_pdf(c.p("ROTI SHAW.pdf"), blocks_to_layout(roti), fixed(2026, 4, 4))
    c.add("ROTI SHAW.pdf", "ROTI")
    write_pdf(c.p("PNC SHAW P.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "03/04/2026 12:40", "KA2240", "SHAW, Paul Anthony", "14/08/1988", "2006/0337210H",
        [["1", "02/02/2016", "Melbury Magistrates' Court", "Common assault (CJA 1988 s.39) - former partner",
          "Community order 12 months; restraining order 2 years (expired 2018)"]]), fam="mono", size=9),
        fixed(2026, 4, 3))
    c.add("PNC SHAW P.pdf", "PNC")
    write_pdf(c.p("Witness PNC.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Rebecca SHAW", "Complainant", "held", "04/04/2026", "No trace"],
                     ["Kate ALLEN", "First account", "held", "04/04/2026", "No trace"]],
        "DC 2240 OYELARAN", "04/04/2026")), fixed(2026, 4, 4))
    c.add("Witness PNC.pdf", "PNC")
    fme = [("title", "SARC REPORT (summary)"),
           ("kv", [["Patient", "Rebecca SHAW"], ["Date", "03/04/2026 15:00"], ["Examiner", "Dr Lena PRICE"],
                   ["Consent", "Written consent to examination and to release of report to police and CPS"]]),
           ("p", "Bruising to the front of both shoulders, consistent with pressure from hands. No genital injury. "
                 "Samples taken and stored; not submitted as intercourse is admitted.")]
    write_pdf(c.p("SARC report SHAW.pdf"), blocks_to_layout(fme), fixed(2026, 4, 4))
    c.add("SARC report SHAW.pdf", "MEDICAL")
    photo = [("title", "RS/1 - photograph of text message (transcribed)"),
             ("p", "03/04/2026 07:12 from 'Paul': 'sorry about last night, I lost it'. Photographed by DC OYELARAN "
                   "03/04/2026.")]
    write_pdf(c.p("RS1 text message.pdf"), blocks_to_layout(photo), fixed(2026, 4, 3))
    c.add("RS1 text message.pdf", "OTHER")
    inc = [("title", "INCIDENT KA-260403-0321"),
           ("table", ["Time", "Entry"],
            [["03/04/2026 09:45", "101: REBECCA SHAW reports rape by husband PAUL SHAW last night at 9 Mill Lane. Now "
                                  "at sister's with children."],
             ["09:58", "PC 688 FROST assigned."], ["10:30", "At scene - BWV."], ["12:15", "Suspect arrested."]],
            [35, 145], 9)]
    write_pdf(c.p("Incident log KA-260403-0321.pdf"), blocks_to_layout(inc, fam="mono", size=9), fixed(2026, 4, 3))
    c.add("Incident log KA-260403-0321.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT KA/4410/26"),
             ("kv", [["Offence", "Rape s.1 SOA 2003 (domestic)"], ["Date", "02/04/2026 23:30"],
                     ["Victim", "SHAW, Rebecca (34)"], ["Suspect", "SHAW, Paul (37)"], ["URN", URN]])]
    write_pdf(c.p("Crime report KA-4410-26.pdf"), blocks_to_layout(crime), fixed(2026, 5, 21))
    c.add("Crime report KA-4410-26.pdf", "CRIME_REPORT")
    rows = [["1", "Incident log", "Control room", "Copy with file"],
            ["2", "Crime report", "RMS", "Copy with file"],
            ["3", "Misc paperwork", "OIC desk", ""],
            ["4", "Various emails", "OIC mailbox", ""],
            ["5", "Officer notes", "Melbury PS", ""],
            ["6", "Documents", "OIC file", ""],
            ["7", "Custody record SHAW 03/04/2026", "Custody", ""],
            ["8", "DASH risk assessment 03/04/2026", "RMS", ""]]
    lay = blocks_to_layout([("title", "MG6C - NON-SENSITIVE UNUSED MATERIAL"),
                            ("subtitle", "R v SHAW   URN " + URN),
                            ("table", ["No", "Description", "Location", "Comment"], rows, [10, 90, 40, 40]),
                            ("p", "Disclosure officer DC 2240 OYELARAN - 21/05/2026")])
    write_pdf(c.p("MG6C SHAW.pdf"), lay, fixed(2026, 5, 21))
    c.add("MG6C SHAW.pdf", "MG6C")
    mg6d = [("title", "MG6D - SENSITIVE MATERIAL"), ("kv", [["URN", URN]]),
            ("table", ["No", "Description", "Reason"],
             [["1", "MARAC referral and minutes", "Multi-agency safeguarding information"],
              ["2", "SARC notes", "Medical"], ["3", "Refuge/ISVA referral details", "Safety of complainant"]],
             [10, 100, 70])]
    write_pdf(c.p("MG6D SHAW.pdf"), blocks_to_layout(mg6d), fixed(2026, 5, 21))
    c.add("MG6D SHAW.pdf", "MG6D")
    mg12 = [("title", "MG12 - EXHIBITS"), ("subtitle", URN),
            ("table", ["Ref", "Description", "Producer"],
             [["SO/1", "VRI master - Rebecca SHAW", "DC OYELARAN"], ["SO/2", "VRI working copy", "DC OYELARAN"],
              ["SO/3", "VRI summary", "DC OYELARAN"], ["RS/1", "Photograph of text message", "DC OYELARAN"],
              ["DF/1", "BWV PC 688 FROST 03/04/2026", "PC FROST"]], [20, 120, 40])]
    write_pdf(c.p("MG12 SHAW.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 21))
    c.add("MG12 SHAW.pdf", "MG12")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "exhibits", "forensic_medical", "special_measures", "victim_care",
           "files_readable", "one_urn"]
    return c, c.expected(1, ["abe_recording", "signed", "schedule_descriptions"], mnf)


# ==============================================================================================
# F8  front-counter disclosure to police staff; DPN with narrow parameters; police-staff CCTV officer
#     (Northmarch Constabulary, Brackley Ferry)
# ==============================================================================================
def case_ferry(root, rng):
    c = Case(root, "Brackley Ferry - LOCKE - 58BF0388426")
    URN = "58BF0388426"
    FORCE = "Northmarch Constabulary"
    OIC = "DC 3390 Sunita REDDY"

    mg3 = [
        ("pb", "NORTHMARCH CONSTABULARY                                         OFFICIAL-SENSITIVE"),
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [["URN", URN], ["Suspect", "Stuart LOCKE, born 07/07/1980, licensed private hire driver (Ferry Cars)"],
                ["Offences", "(1) Assault by penetration, s.2 SOA 2003; (2) sexual assault, s.3 SOA 2003 - in a "
                             "private hire car, lay-by on Mill Street, Brackley Ferry, 25/04/2026 between 01:30 and "
                             "01:52"],
                ["Test", "Full Code Test requested. Threshold test not sought."],
                ["Custody/bail", "Pre-charge bail to 25/07/2026. Conditions: no contact with Danielle MORTIMER; not "
                                 "to drive any private hire or hackney vehicle (the council has also suspended his "
                                 "licence)."]], [40, 140]),
        ("h", "1. Outline", "rule"),
        ("p", "Danielle MORTIMER (38), a nurse, booked a Ferry Cars car home from Bridge Street at 01:08 on "
              "25/04/2026 after a friend's birthday meal. She fell asleep in the back. She woke to find the car "
              "stopped in an unlit lay-by, the driver (LOCKE) in the back seat beside her, his hand inside her bra and "
              "then inside her underwear, his fingers penetrating her vagina. She shouted and pushed him away; he "
              "said 'you were asking for it' and drove her home, arriving 01:58. At 09:05 she went to the front "
              "counter of Brackley Ferry police station and told the enquiry office clerk what had happened. PC "
              "HOLT took her first account on body-worn video at 09:20."),
        ("h", "2. Evidence", "rule"),
        ("bul", ["Complainant's written statement (she was offered a video-recorded interview and preferred to write "
                 "a statement with DC REDDY on 26/04/2026).",
                 "First complaint: the enquiry office clerk (police staff) - statement attached; PC HOLT's BWV GH/1.",
                 "Council CCTV, Mill Street camera 14 (GP/1): the Ferry Cars vehicle enters the lay-by at 01:31 and "
                 "leaves at 01:52; the rear nearside door opens at 01:46 and a figure moves from the rear to the "
                 "driver's seat. Produced by the CCTV retrieval officer (police staff).",
                 "Ferry Cars booking record: job 4471, pick-up 01:10 Bridge Street, drop-off 01:58.",
                 "SARC 25/04/2026: DNA result 15/05/2026 - a male DNA profile matching LOCKE on the breast swab and "
                 "the low vaginal swab (SFR1 attached).",
                 "Her phone (DPN, selective): booking app and location data confirm the route and the 21-minute stop."]),
        ("h", "3. The suspect's account", "rule"),
        ("p", "Interviewed 26/04/2026 with a solicitor. Denies any sexual touching. Says she was drunk and felt sick, "
              "so he stopped in the lay-by; he got into the back to help her sit up and 'may have touched her top' "
              "while doing so. He suggests the DNA came from that. He does not explain the DNA on the low vaginal "
              "swab. Likely defence: denial; innocent transfer."),
        ("h", "4. Lines of enquiry", "rule"),
        ("bul", ["Points away from the suspect: Ferry Cars dispatch notes record her as 'very drunk' at pick-up "
                 "(driver's radio message 01:12); her friends say she drank 'a fair bit'. Scheduled and marked as "
                 "possibly assisting the defence; the dispatch note is with the file.",
                 "In-car camera: none. The car has no camera, and Ferry Cars confirms none of its fleet has one.",
                 "Other passengers/drivers: none; no other Ferry Cars vehicle was in Mill Street.",
                 "Her digital material: she agreed to a selective extraction under a Digital Processing Notice "
                 "(25/04/2026). Parameters: the Ferry Cars app (booking and in-app messages) and location history, "
                 "24/04/2026 20:00 to 25/04/2026 12:00 only. Nothing else was extracted. No further digital material "
                 "about her is sought.",
                 "His phone: seized; call and location data 25/04/2026 00:00-03:00 examined - consistent with the stop.",
                 "No third-party material about her (medical, counselling, employer) has been requested; there is no "
                 "basis for it."]),
        ("h", "5. Outstanding", "rule"),
        ("p", "Vehicle telematics from Ferry Cars (speed and stop data): requested 28/04/2026, target date "
              "29/05/2026. It is not needed for the decision; the CCTV already shows the stop. Nothing else is "
              "outstanding."),
        ("h", "6. Disclosure", "rule"),
        ("p", "MG6C (pdf), MG6D (xlsx) and MG6E attached. Rebuttable presumption material with the file: incident "
              "log, crime report, witness PNC checks, the clerk's and PC HOLT's records of the first complaint. "
              "Disclosure and digital strategy: as in section 4 - selective extraction of her phone only, within the "
              "DPN parameters; suspect's device reviewed for the relevant night."),
        ("h", "7. Victim and witnesses", "rule"),
        ("bul", ["Special measures: eligible (s.17(4)). She wants to give evidence by live link and to have her "
                 "cross-examination pre-recorded under s.28. Intermediary: not needed; no communication needs.",
                 "Needs: works rotating shifts at Brackley General; needs notice of dates. No interpreter. She would "
                 "like her ISVA with her.",
                 "ISVA: referred 25/04/2026 (Northmarch ISVA service).",
                 "VPS: offered 26/04/2026; she will make one if there is a charge.",
                 "Protected characteristics: female, Black British."]),
        ("h", "8. Early advice", "rule"),
        ("p", "Not sought. The suspect was identified from the booking within hours and interviewed the next day; "
              "the DNA result resolved the remaining issue. DS PARRY recorded this decision on 27/04/2026."),
        ("h", "9. Contacts and endorsement", "rule"),
        ("kv", [["OIC", OIC + ", Brackley Ferry CID. Phone 01632 960930. Mobile 07700 900930. "
                              "sunita.reddy@northmarch.police.example"],
                ["Supervisor", "DS 1702 Neil PARRY - reviewed 20/05/2026 - approved for submission"]], [40, 140]),
    ]
    write_pdf(c.p("MG3_LOCKE_v2.pdf"), blocks_to_layout(mg3, fam="serif", size=10), fixed(2026, 5, 20),
              decorate=deco("serif", head="URN " + URN, page_fmt="Page {i} of {n}",
                            foot="OFFICIAL-SENSITIVE when complete"))
    c.add("MG3_LOCKE_v2.pdf", "MG3")

    st_d = dict(name="Danielle MORTIMER", occupation="Staff nurse", urn=URN, date="26/04/2026", sig="D Mortimer",
                witness_sig="S Reddy", size=11, lh=1.75, body=[
        "I am a staff nurse at Brackley General Hospital. I am making this statement about what happened to me in "
        "a taxi in the early hours of Saturday 25th April 2026. I was offered a video interview; I preferred to "
        "write a statement with the officer.",
        "On Friday 24th April 2026 I went for a meal at Luca's on Bridge Street, Brackley Ferry, for my friend "
        "Yvonne's birthday. There were six of us. I arrived at about half seven. I drank prosecco and then two "
        "cocktails. By the end of the night I was drunk, but I knew where I was and what I was doing.",
        "At about eight minutes past one I booked a car home on the Ferry Cars app. It arrived at about ten past. "
        "It was a silver Toyota. I sat in the back behind the passenger seat. The driver was a white man, about "
        "forty-five, heavy build, grey stubble. I now know his name is Stuart LOCKE. He asked me if I'd had a good "
        "night and I said yes. I closed my eyes because I felt tired.",
        "The next thing I remember is waking up because someone was touching me. The car was not moving and it was "
        "dark outside; there were no street lights. The driver was sitting next to me in the back. His right hand "
        "was inside my top and inside my bra, on my breast. I was too shocked to move at first. Then he moved his "
        "hand down and put it inside my jeans and inside my knickers, and he pushed his fingers inside my vagina.",
        "I shouted 'get off me' and pushed him with both hands. He took his hand away and said 'you were asking for "
        "it'. I said 'take me home now'. He got out of the back and into the driver's seat and drove off. I did not "
        "say anything else. I held my phone in my hand the whole way. I did not feel sick at any point and I did not "
        "ask him to stop the car.",
        "He dropped me outside my flat at about two o'clock. I went in and locked the door and sat in the kitchen "
        "until it was light. I did not sleep. I did not shower because I am a nurse and I know about evidence.",
        "At about nine o'clock I walked to Brackley Ferry police station. I told the lady at the front desk that a "
        "taxi driver had sexually assaulted me. She took me into a side room and a police officer came.",
        "Later that morning I went to the SARC and was examined. I agreed to the examination and to the police and "
        "the CPS seeing the report.",
        "The officer asked whether she could look at some of the information on my phone. She explained exactly "
        "what she wanted - the Ferry Cars app and where my phone was that night - and why, and that nothing else "
        "would be looked at. I read and signed the form. I had my phone back the same afternoon.",
        "I did not agree to any sexual contact with the driver. I was asleep when it started.",
    ])
    mg11_pdf(c.p("MORTIMER D 26-04-2026.pdf"), st_d, fixed(2026, 4, 26, 17))
    c.add("MORTIMER D 26-04-2026.pdf", "MG11", "complainant")

    st_den = dict(name="Denise ARKWRIGHT", occupation="Police staff - Enquiry Office Clerk, Brackley Ferry police station",
                  urn=URN, date="25th April 2026", sig="D Arkwright", witness_sig="G Holt", size=11, body=[
        "I am employed by Northmarch Constabulary as a member of police staff. I work as an enquiry office clerk at "
        "the front counter of Brackley Ferry police station. I am not a police officer.",
        "On Saturday 25th April 2026 I was on duty at the front counter from 08:00. At about 09:05 a woman came to "
        "the counter. She was very pale and her hands were shaking. She said quietly, 'I need to report something. "
        "A taxi driver touched me last night. He put his hand inside my jeans, inside me, while I was asleep in his "
        "car.' She said it was a Ferry Cars taxi.",
        "I took her straight into the side interview room so that she did not have to talk at the counter, and I "
        "radioed for an officer. I stayed with her. I did not ask her any questions about what had happened. She "
        "said, without my asking, 'I woke up and he was in the back with me'. She gave her name as Danielle "
        "MORTIMER.",
        "PC HOLT arrived at about 09:20 and I left the room. I made a note of what she had said on the front counter "
        "log at 09:25.",
    ])
    mg11_photos([c.p("IMG_2231.jpg")], st_den, rng)
    c.add("IMG_2231.jpg", "MG11", "first_account")

    st_h = dict(name="Gemma HOLT", occupation="Police Constable 1420", urn=URN, date="25/04/2026", sig="G Holt",
                witness_sig="", body=[
        "I am a police constable at Brackley Ferry. On Saturday 25th April 2026 at 09:12 hours I was called to the "
        "front office by the enquiry office clerk, who said a woman wanted to report a sexual assault.",
        "At 09:20 hours I went into the side room and spoke to Danielle MORTIMER. My body-worn camera was "
        "recording and she agreed to that. I produce the recording as GH/1. She said: 'I got a Ferry Cars taxi home "
        "from Bridge Street about ten past one. I fell asleep. When I woke up the car was parked somewhere dark and "
        "the driver was in the back with me. His hand was in my bra and then he put his fingers inside me.' She "
        "said he had dropped her home at about two.",
        "She showed me the booking on her phone: Ferry Cars job 4471, silver Toyota, driver 'Stuart'. I arranged for "
        "her to attend the SARC at 11:00 hours. I passed the details to CID and DC REDDY took over at 10:05 hours.",
    ])
    mg11_pdf(c.p("MG11 PC1420 HOLT.pdf"), st_h, fixed(2026, 4, 25, 14))
    c.add("MG11 PC1420 HOLT.pdf", "MG11", "officer")
    write_mp4(c.p("GH1 BWV 1420 25-04-2026.mp4"), 4, "abe", ["BWV 1420 - front office", "GH/1"],
              datetime(2026, 4, 25, 9, 20, 11), rng)
    c.add("GH1 BWV 1420 25-04-2026.mp4", "BWV")

    st_p = dict(name="Graham PIKE", occupation="Police staff - CCTV retrieval officer", urn=URN, date="2026-04-28",
                sig="G. Pike", witness_sig="", urn_boxes=True, body=[
        "I am employed by Northmarch Constabulary as a CCTV retrieval officer (police staff). I hold no police "
        "powers.",
        "On Monday 27th April 2026 at 10:00 hours, at the request of DC REDDY, I attended the Brackley Ferry council "
        "CCTV control room and downloaded footage from camera 14 (Mill Street, facing the lay-by) for 25th April "
        "2026 from 01:00 to 02:30 hours. The system time was 12 seconds slow against the speaking clock. I copied the "
        "footage to a DVD, which I sealed and produce as GP/1, and I made a clip of 01:30 to 01:53 for the file.",
        "I have viewed the clip. At 01:31:05 a silver Toyota with a Ferry Cars roof sign enters the lay-by and stops. "
        "At 01:46:20 the rear nearside door opens and a person moves from the rear to the driver's seat. At 01:52:10 "
        "the car leaves towards Ferry Road.",
    ])
    mg11_pdf(c.p("PIKE statement.pdf"), st_p, fixed(2026, 4, 28))
    c.add("PIKE statement.pdf", "MG11", "witness")
    write_mp4(c.p("GP1 Mill St cam14 0130-0153.mp4"), 4, "cctv", ["CAM14 MILL ST", "GP/1 clip"],
              datetime(2026, 4, 25, 1, 31, 0), rng, audio=False)
    c.add("GP1 Mill St cam14 0130-0153.mp4", "CCTV")

    st_o = dict(name="Olwen BRYCE", occupation="Forensic Nurse Examiner, Brackley SARC", urn=URN, date="30/04/2026",
                sig="O Bryce", witness_sig="", body=[
        "I am a Forensic Nurse Examiner at the Brackley Sexual Assault Referral Centre with eleven years' experience.",
        "On Saturday 25th April 2026 from 11:10 to 12:40 hours I examined Danielle MORTIMER with her written consent, "
        "which included consent to the release of my report and notes to the police and the CPS.",
        "I found no injuries. Absence of injury is common after digital penetration and does not mean it did not "
        "happen. I took swabs from the left breast (OB/1), low vaginal (OB/2), high vaginal (OB/3), and a control "
        "(OB/4), and handed them to DC REDDY at 12:50 hours.",
    ])
    mg11_pdf(c.p("MG11 BRYCE FNE.pdf"), st_o, fixed(2026, 4, 30))
    c.add("MG11 BRYCE FNE.pdf", "MG11", "expert")
    sfr = [("title", "STREAMLINED FORENSIC REPORT (SFR1)"), ("subtitle", "Halden Forensics"),
           ("kv", [["URN", URN], ["Date", "15/05/2026"], ["Items", "OB/1 breast swab; OB/2 low vaginal swab; "
                                                                   "reference LOCKE (SR/2)"]]),
           ("p", "OB/1: saliva not detected; a male DNA profile matching Stuart LOCKE was obtained. OB/2: a mixed "
                 "profile; the male component matches Stuart LOCKE. Match probability for each is in the order of "
                 "one in a billion."),
           ("p", "The route by which DNA was transferred is not addressed in this report. An evaluative SFR2 can be "
                 "provided if the defence puts forward an alternative explanation.")]
    write_pdf(c.p("SFR1 15.05.26.pdf"), blocks_to_layout(sfr), fixed(2026, 5, 15))
    c.add("SFR1 15.05.26.pdf", "FORENSIC")
    fme = [("title", "BRACKLEY SARC - REPORT SUMMARY"),
           ("kv", [["Patient", "Danielle MORTIMER"], ["Examined", "25/04/2026 11:10"], ["Examiner", "Olwen BRYCE, FNE"],
                   ["Consent", "Consent to examination and to release of report and notes: signed 25/04/2026"]]),
           ("p", "No injuries. Samples OB/1-OB/4. Full notes retained at the SARC (MG6D).")]
    write_pdf(c.p("SARC summary.pdf"), blocks_to_layout(fme), fixed(2026, 4, 30))
    c.add("SARC summary.pdf", "MEDICAL")

    dpn = [("title", "Digital Processing Notice - victim / witness"),
           ("subtitle", "Northmarch Constabulary - extraction with agreement (PCSC Act 2022 s.37)"),
           ("kv", [["URN", URN], ["Name", "Danielle MORTIMER"], ["Device", "Samsung Galaxy S23 (blue)"],
                   ["Officer", OIC], ["Date", "25.04.26"]]),
           ("h", "Why"),
           ("p", "To confirm the booking, the journey, and the time and place the car stopped. You told us the driver "
                 "stopped somewhere dark; your phone's location history for that night can show where and for how "
                 "long, and the Ferry Cars app holds the booking and any messages with the driver or the operator."),
           ("h", "What we will take"),
           ("bul", ["The Ferry Cars app: bookings and in-app messages;",
                    "location history;",
                    "for 24/04/2026 20:00 to 25/04/2026 12:00 only."]),
           ("h", "What we will not take"),
           ("p", "Messages with anyone else, photos, social media, e-mail, browsing, health or work apps, and any "
                 "data outside the time window."),
           ("h", "Your agreement"),
           ("p", "You can say no, and you can change your mind before we start. We will keep the data securely for "
                 "this case only and will not show personal material to anyone unless the law requires it."),
           ("sign", "Signed:", "D Mortimer", "Danielle MORTIMER 25/04/2026 13:05", ""),
           ("sign", "Officer:", "S Reddy", "DC 3390 S REDDY 25/04/2026 13:07", "")]
    write_pdf(c.p("DPN MORTIMER.pdf"), blocks_to_layout(dpn), fixed(2026, 4, 25))
    c.add("DPN MORTIMER.pdf", "DPN")
    ext = [("title", "SELECTIVE EXTRACTION REPORT - BF-DFU-26-0412"),
           ("kv", [["URN", URN], ["Device", "Samsung Galaxy S23 (complainant) - returned 25/04/2026 16:40"],
                   ["Authority", "DPN 25/04/2026"], ["Scope", "Ferry Cars app; location history; 24/04 20:00-25/04 "
                                                              "12:00"]]),
           ("table", ["Time", "Source", "Data"],
            [["25/04 01:08", "Ferry Cars app", "Booking 4471 Bridge St -> home; driver 'Stuart', silver Toyota"],
             ["25/04 01:10", "Ferry Cars app", "'Your driver has arrived'"],
             ["25/04 01:31-01:52", "Location", "Stationary, Mill Street lay-by (accuracy 8 m)"],
             ["25/04 01:58", "Ferry Cars app", "Trip complete"]], [30, 35, 115], 9),
           ("p", "No data outside the scope was extracted.")]
    write_pdf(c.p("Extraction report BF-DFU-26-0412.pdf"), blocks_to_layout(ext), fixed(2026, 4, 25))
    c.add("Extraction report BF-DFU-26-0412.pdf", "DIGITAL_EXTRACT")

    roti = [("title", "MG15 RECORD OF INTERVIEW"),
            ("kv", [["URN", URN], ["Interviewee", "LOCKE, Stuart (07/07/1980)"], ["Date", "26/04/2026 10:15-11:20"],
                    ["Officers", "DC REDDY, DC 2045 FOSTER"], ["Solicitor", "Mr James ORR"]]),
            ("table", ["Time", "Summary"],
             [["10:15", "Caution."], ["10:18", "Confirms he drove job 4471. Passenger 'very drunk'."],
              ["10:26", "Says she said she felt sick; he stopped in the lay-by so she could get air. She did not get "
                        "out. He got in the back 'to help her sit up so she wouldn't choke'."],
              ["10:40", "Denies touching her breasts or inside her clothing. 'I might have touched her top helping "
                        "her.' Denies saying 'you were asking for it'."],
              ["10:58", "Asked why he was in the back for about six minutes: 'making sure she was alright'."],
              ["11:15", "Nothing to add."]], [18, 162], 9)]
    write_pdf(c.p("ROTI LOCKE.pdf"), blocks_to_layout(roti), fixed(2026, 4, 27))
    c.add("ROTI LOCKE.pdf", "ROTI")
    write_pdf(c.p("PNC LOCKE.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "25/04/2026 15:10", "BF3390", "LOCKE, Stuart", "07/07/1980", "1999/0455021C", None),
        fam="mono", size=9), fixed(2026, 4, 25))
    c.add("PNC LOCKE.pdf", "PNC")
    write_pdf(c.p("Witness PNC.pdf"), blocks_to_layout(witness_pnc_blocks(
        FORCE, URN, [["Danielle MORTIMER", "Complainant", "held", "27/04/2026", "No trace"],
                     ["Denise ARKWRIGHT", "First complaint (police staff)", "held", "27/04/2026",
                      "No trace; vetted employee"],
                     ["Graham PIKE", "CCTV (police staff)", "held", "27/04/2026", "No trace; vetted employee"],
                     ["Olwen BRYCE", "FNE (expert)", "-", "-", "Not checked (professional witness)"]],
        "DC 3390 REDDY", "27/04/2026")), fixed(2026, 4, 27))
    c.add("Witness PNC.pdf", "PNC")
    inc = [("title", "FRONT COUNTER / INCIDENT LOG  BF-260425-0093"),
           ("table", ["Time", "By", "Entry"],
            [["09:05", "ARKWRIGHT (staff)", "Female attends front counter - reports sexual assault by taxi driver "
                                            "overnight. Taken to side room. Officer requested."],
             ["09:12", "Control", "PC 1420 HOLT to front office."],
             ["09:25", "ARKWRIGHT (staff)", "Note: female said 'A taxi driver touched me last night. He put his hand "
                                            "inside my jeans, inside me, while I was asleep in his car.'"],
             ["10:05", "PC 1420", "Handed to CID DC 3390 REDDY. Crime BF/3312/26. URN " + URN]], [15, 35, 130], 9)]
    write_pdf(c.p("Incident log BF-260425-0093.pdf"), blocks_to_layout(inc, size=9.5), fixed(2026, 4, 25, 11))
    c.add("Incident log BF-260425-0093.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT BF/3312/26"),
             ("kv", [["Offences", "s.2 and s.3 SOA 2003"], ["Date", "25/04/2026 01:30-01:52"],
                     ["Location", "Lay-by, Mill Street, Brackley Ferry (in vehicle)"],
                     ["Victim", "MORTIMER, Danielle (38)"], ["Suspect", "LOCKE, Stuart (45)"], ["URN", URN]])]
    write_pdf(c.p("Crime report BF-3312-26.pdf"), blocks_to_layout(crime), fixed(2026, 5, 20))
    c.add("Crime report BF-3312-26.pdf", "CRIME_REPORT")
    din = [("title", "OFFICER'S NOTES - DINERS AT LUCA'S, 24/04/2026 (MG6C item 7)"),
           ("kv", [["URN", URN], ["Officer", OIC], ["Date of enquiries", "27/04/2026, by telephone"]]),
           ("table", ["Diner", "Note"],
            [["Yvonne ADDO (birthday)", "Danielle 'drank a fair bit - prosecco and a couple of cocktails'; 'merry but "
                                        "fine' when she got into the car about 01:10. Saw the driver but would not "
                                        "recognise him."],
             ["Chidi OKEKE", "She was 'tipsy, laughing', walking normally. Left before the car came."],
             ["Marie LAWSON", "'She'd had a few' but was 'completely with it'. Did not see the car."]], [40, 140], 9),
           ("p", "None of the three saw anything of the journey. Statements not taken; available if needed.")]
    write_pdf(c.p("Diners notes 27-04-2026.pdf"), blocks_to_layout(din), fixed(2026, 4, 27))
    c.add("Diners notes 27-04-2026.pdf", "OTHER")
    disp = [("title", "FERRY CARS - DISPATCH NOTE, JOB 4471 (MG6C item 6)"),
            ("kv", [["URN", URN], ["Obtained", "27/04/2026 from Ferry Cars operations manager"]]),
            ("table", ["Time", "Entry"],
             [["01:08", "Booking via app - Bridge Street to Orchard Rise"], ["01:10", "Driver 27 (LOCKE) on scene"],
              ["01:12", "Driver 27 radio: 'POB, she's very drunk, might be a sick one'"],
              ["01:58", "Job complete"]], [20, 160], 9)]
    write_pdf(c.p("Ferry Cars dispatch note.pdf"), blocks_to_layout(disp), fixed(2026, 4, 27))
    c.add("Ferry Cars dispatch note.pdf", "OTHER")
    items = [
        ("Front counter / incident log BF-260425-0093 (includes clerk's 09:25 note of first complaint)", "Control",
         "RP - copy with file"),
        ("Crime report BF/3312/26", "RMS", "RP - copy with file"),
        ("Witness PNC checks", "OIC file", "RP - copy with file"),
        ("DPN signed by the complainant 25/04/2026", "OIC file", "Copy with file"),
        ("Selective extraction report BF-DFU-26-0412", "DFU", "Copy with file"),
        ("Ferry Cars dispatch note job 4471 ('she's very drunk')", "OIC file", "May assist defence - copy with file"),
        ("Notes of conversations with Yvonne ADDO and two other diners, 27/04/2026: she 'drank a fair bit' but "
         "was 'fine' leaving", "OIC file", "Partly assists defence - copy with file"),
        ("Full CCTV download GP/1 camera 14, 01:00-02:30 (clip served)", "Property", ""),
        ("Ferry Cars confirmation that no vehicle in its fleet has an in-car camera (e-mail 27/04/2026)", "OIC file",
         ""),
        ("Suspect's phone data review 25/04/2026 00:00-03:00", "DFU", "Consistent with stop"),
        ("Custody record LOCKE 25-26/04/2026", "Custody", ""),
        ("Council licensing notification and suspension letter, 28/04/2026", "OIC file", ""),
        ("Telematics request to Ferry Cars, 28/04/2026", "OIC file", "Result outstanding - target 29/05/2026"),
        ("PC 1420 HOLT pocket notebook p.12", "Brackley Ferry PS", "Content in MG11 and BWV"),
    ]
    rows = [[str(i), d, l, cm] for i, (d, l, cm) in enumerate(items, 1)]
    lay = Layout("serif", 10.5, margins=(15, 24, 15, 20))
    lay.para("MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", pt=12, st="B", center=True, after=1)
    lay.para("R v LOCKE  -  URN " + URN + "  -  Disclosure officer " + OIC, pt=9, center=True, after=3)
    lay.grid(rows, [10, 105, 28, 40], pt=10.5, header=["Item", "Description", "Location", "Comment"])
    lay.para("Signed: S Reddy, disclosure officer, 20/05/2026")
    write_pdf(c.p("MG6C LOCKE.pdf"), lay, fixed(2026, 5, 20),
              decorate=deco("serif", head="OFFICIAL-SENSITIVE", page_fmt="Page {i} of {n}"))
    c.add("MG6C LOCKE.pdf", "MG6C")
    write_xlsx(c.p("MG6D LOCKE.xlsx"), [dict(title="MG6D", top=[["MG6D SENSITIVE MATERIAL - R v LOCKE - " + URN]],
                                             header=["Item", "Description", "Reason"],
                                             rows=[[1, "SARC notes and body map 25/04/2026", "Medical confidentiality"],
                                                   [2, "ISVA referral 25/04/2026", "Complainant's support needs"],
                                                   [3, "Complainant's home address and phone (MG11 rear)", "Personal "
                                                                                                        "data"]],
                                             widths=[6, 60, 40])], fixed(2026, 5, 20), "REDDY Sunita")
    c.add("MG6D LOCKE.xlsx", "MG6D")
    mg6e = [("title", "MG6E - DISCLOSURE OFFICER'S REPORT"), ("kv", [["URN", URN]]),
            ("p", "Material that may assist the defence: item 6 (driver's radio remark that she was very drunk) - copy "
                  "with file; item 7 (diners' accounts of her drinking) - copy with file. All rebuttable presumption material is "
                  "with the file."),
            ("p", "S REDDY 20/05/2026")]
    write_pdf(c.p("MG6E LOCKE.pdf"), blocks_to_layout(mg6e, fam="serif"), fixed(2026, 5, 20))
    c.add("MG6E LOCKE.pdf", "MG6E")
    mg12 = [("title", "MG12 EXHIBIT LIST"), ("subtitle", "R v LOCKE  " + URN),
            ("table", ["Exhibit", "Description", "Produced by"],
             [["GH/1", "BWV PC 1420 HOLT 25/04/2026 09:20", "PC HOLT"],
              ["GP/1", "DVD - council CCTV camera 14, 25/04/2026 01:00-02:30 (clip supplied)", "Graham PIKE"],
              ["OB/1-OB/4", "SARC swabs", "Olwen BRYCE"],
              ["SR/1", "Selective extraction report BF-DFU-26-0412", "DC REDDY"],
              ["SR/2", "Reference DNA sample LOCKE", "DC REDDY"]], [25, 115, 40])]
    write_pdf(c.p("MG12 LOCKE.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 20))
    c.add("MG12 LOCKE.pdf", "MG12")

    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ==============================================================================================
# F9  EARLY ADVICE stage: child complainant (17), 999 call, call handler (police staff)
#     (Wessex Vale Police, Saltbury)
# ==============================================================================================
def case_copse(root, rng):
    c = Case(root, "EA request DWYER 61SB0301926", stage="early_advice")
    URN = "61SB0301926"
    FORCE = "Wessex Vale Police"
    OIC = "DC 4521 Callum REID"

    mg3 = [
        ("subtitle", "OFFICIAL-SENSITIVE when complete"),
        ("title", "MG3 - REQUEST FOR EARLY ADVICE"),
        ("urn", "URN", URN),
        ("kv", [["Type of request", "Early advice (DG6). We are not asking for a charging decision at this stage; we "
                                    "expect to submit for a Full Code Test decision once the enquiries below are "
                                    "complete."],
                ["Suspect", "DWYER, Marcus James, DOB 03/12/2006 (19), apprentice electrician"],
                ["Complainant", "Ffion ELLIS, aged 17 (a child)"],
                ["Offence under investigation", "Rape, s.1 SOA 2003 - 22 Copse Road, Saltbury - 10/05/2026 about 21:30"],
                ["Status", "Arrested 11/05/2026; interviewed; released on pre-charge bail to 11/08/2026. Conditions: no "
                           "contact with Ffion ELLIS or her family, directly or via social media; not to enter "
                           "Saltbury Sixth Form College grounds."],
                ["OIC", OIC + " - Saltbury CID - 01632 960577 - 07700 900577 - callum.reid@wessexvale.police.example"],
                ["Supervisor", "DS 2201 Amy FORDE - request endorsed 21/05/2026"]]),
        ("h", "Why early advice is sought"),
        ("bul", ["Whether the CPS considers it a reasonable line of enquiry to seek Ffion's college safeguarding "
                 "records. We do not currently intend to: she has not disclosed anything to the college and there "
                 "is nothing to suggest the records hold anything relevant.",
                 "Whether Snapchat account data for DWYER should be sought from the provider by an overseas "
                 "production order, given that his phone download (due 12/06/2026) may already contain the "
                 "messages.",
                 "The approach to a further interview once the DNA result and phone download are back."]),
        ("h", "Investigation so far"),
        ("p", "Ffion and DWYER were in a relationship from September 2025 until she ended it in April 2026. On "
              "10/05/2026 he messaged asking her to collect a hoodie from his house. His parents were away. She "
              "says that in his bedroom he asked to 'get back together', kissed her, and when she said no and tried "
              "to leave he pushed her onto the bed, pulled down her leggings and raped her. She ran home. Her mother "
              "Sian ELLIS rang 999 at 22:05. PC NASH attended at 22:25 and took a brief first account on body-worn "
              "video. She was interviewed on video on 12/05/2026 (CR/1 master, CR/2 working copy, summary CR/3) after "
              "an assessment by a Registered Intermediary on 11/05/2026."),
        ("h", "The suspect's account"),
        ("p", "Interviewed 11/05/2026 with a solicitor. He accepts she came to the house and that they had sex, and "
              "says it was consensual and that she 'wanted to get back together'. He says she became upset "
              "afterwards because he told her he was seeing someone else."),
        ("h", "Lines of enquiry - done and planned"),
        ("table", ["Enquiry", "Position", "Target date"],
         [["Her first account to her mother; 999 call", "Done - mother's statement, call handler's statement "
                                                         "producing the recording (LM/1)", "-"],
          ["SARC examination 11/05/2026", "Done - FME report in file; consent to release given by Ffion and her "
                                          "mother", "-"],
          ["DNA on swabs", "Submitted 12/05/2026", "19/06/2026"],
          ["DWYER's phone download (messages with Ffion and others about her, 01/04-12/05/2026)", "With DFU",
           "12/06/2026"],
          ["Statements from two friends she messaged on 11/05/2026", "Arranged", "29/05/2026"],
          ["House-to-house, Copse Road", "Done 12/05/2026 - nothing heard", "-"],
          ["Line pointing away: his account that he told her about a new girlfriend - identify and speak to the "
           "girlfriend", "Planned", "05/06/2026"],
          ["Her phone", "Not examined and not planned: the relevant messages are in his account and she has "
                        "shown them to us; examining her phone would be disproportionate.", "-"]], [70, 75, 35]),
        ("h", "Victim and witness care"),
        ("bul", ["Special measures: she is a child witness (s.16 YJCEA 1999). VRI as evidence in chief; s.28 "
                 "pre-recorded cross-examination - she and her mother want it; live link. Registered Intermediary "
                 "Joanne FAIRLEY assessed her on 11/05/2026: no communication needs requiring an intermediary; the "
                 "report is retained.",
                 "Needs: A-level exams June 2026; her mother to be her supporter; no interpreter.",
                 "ISVA: referred to the Wessex children and young people's ISVA service (CHISVA) on 11/05/2026.",
                 "VPS: explained to Ffion and her mother on 12/05/2026; they will decide after a charging decision.",
                 "Safeguarding: children's services informed (strategy discussion 11/05/2026)."]),
        ("h", "Disclosure and digital strategy (so far)"),
        ("p", "Unused material is being recorded as it is gathered; schedules will accompany the full file. Digital: "
              "suspect's phone only, within the date range above. No third-party material about Ffion has been "
              "requested."),
    ]
    write_docx(c.p("MG3 early advice DWYER.docx"), mg3, fixed(2026, 5, 21), author="REID Callum",
               head="OFFICIAL-SENSITIVE", foot="MG3 - early advice", hstyle="word")
    c.add("MG3 early advice DWYER.docx", "MG3")

    write_mp4(c.p("CR2 VRI ELLIS 12-05-2026.mp4"), 5, "abe", ["Saltbury VRI suite", "ELLIS F - CR/2"],
              datetime(2026, 5, 12, 15, 30, 2), rng)
    c.add("CR2 VRI ELLIS 12-05-2026.mp4", "ABE_RECORDING")
    summ = [("title", "ACHIEVING BEST EVIDENCE - INTERVIEW SUMMARY (CR/3)"),
            ("kv", [["URN", URN], ["Witness", "Ffion ELLIS (17)"], ["Date", "12/05/2026 15:30-16:25"],
                    ["Interviewer", OIC], ["Present", "Monitor DC 1180 Lisa GRANT; supporter not in room"]]),
            ("table", ["Time", "Summary"],
             [["15:30", "Introductions; ground rules; truth and lies."],
              ["15:35", "Relationship with Marcus since September; she ended it in April because he was 'controlling'."],
              ["15:41", "10/05: he messaged about her hoodie; she went round about 21:00; his parents away."],
              ["15:47", "In his room he asked to get back together; kissed her; she said no and went to the door; he "
                        "pulled her back, pushed her onto the bed, pulled her leggings down; vaginal intercourse; she "
                        "said 'no, get off' and cried."],
              ["15:58", "She ran home; told her mum 'Marcus raped me'; mum rang 999."],
              ["16:05", "Questions: timings, what he said, injuries (sore wrist), messages after."],
              ["16:22", "Closure."]], [18, 162], 9)]
    write_pdf(c.p("CR3 ABE summary.pdf"), blocks_to_layout(summ), fixed(2026, 5, 13))
    c.add("CR3 ABE summary.pdf", "ABE_SUMMARY")
    plan = [("title", "ABE INTERVIEW PLAN (child witness)"),
            ("kv", [["Witness", "Ffion ELLIS (17)"], ["Date", "12/05/2026"], ["Interviewer", OIC]]),
            ("p", "RI assessment 11/05/2026: no intermediary needed; short questions; breaks. Objectives: account; "
                  "points to prove; relationship history; first account; messages. Approved DS FORDE 11/05/2026.")]
    write_pdf(c.p("ABE plan ELLIS.pdf"), blocks_to_layout(plan), fixed(2026, 5, 11))
    c.add("ABE plan ELLIS.pdf", "ABE_PLAN")

    st_r = dict(name="Callum REID", occupation="Detective Constable 4521", urn=URN, date="13/05/2026",
                sig="C Reid", witness_sig="", body=[
        "I am a Detective Constable at Saltbury CID and the officer in the case. I am trained to interview child "
        "witnesses under Achieving Best Evidence.",
        "On Tuesday 12th May 2026 from 15:30 to 16:25 hours at the Saltbury VRI suite I interviewed Ffion ELLIS on "
        "video. DC 1180 GRANT monitored. I produce the master recording as CR/1 and the working copy as CR/2. I "
        "produce my summary of the interview as CR/3.",
    ])
    mg11_pdf(c.p("MG11 DC REID.pdf"), st_r, fixed(2026, 5, 13))
    c.add("MG11 DC REID.pdf", "MG11", "officer")
    st_n = dict(name="Jade NASH", occupation="Police Constable 3144", urn=URN, date="11/05/2026", sig="J Nash",
                witness_sig="", body=[
        "I am a police constable at Saltbury. At 22:07 hours on Sunday 10th May 2026 I was sent to an address in "
        "Saltbury following a 999 call from a woman reporting that her daughter had been raped.",
        "I arrived at 22:25 hours. My body-worn camera was recording; I produce the recording as JN/1. In the living "
        "room I spoke to Ffion ELLIS, aged 17, with her mother present. I asked only what had happened, where and "
        "who. She said: 'Marcus, my ex. At his house on Copse Road. I told him no and he pushed me on the bed and he "
        "did it anyway.' She was crying and holding her right wrist.",
        "I arranged for her to attend the SARC the next morning and asked her to keep her clothing in a bag. I "
        "seized the bag at 23:10 hours (JN/2). DC REID took over the next morning.",
    ])
    mg11_pdf(c.p("MG11 PC NASH.pdf"), st_n, fixed(2026, 5, 11, 2))
    c.add("MG11 PC NASH.pdf", "MG11", "officer")
    write_mp4(c.p("JN1 BWV 3144.mp4"), 3, "abe", ["BWV 3144", "JN/1"], datetime(2026, 5, 10, 22, 25, 20), rng)
    c.add("JN1 BWV 3144.mp4", "BWV")
    st_s = dict(name="Sian ELLIS", occupation="Pharmacy technician", urn=URN, date="14/05/2026", sig="S Ellis",
                witness_sig="C Reid", body=[
        "I am Ffion ELLIS's mother.",
        "At about nine on Sunday 10th May 2026 Ffion said she was popping to Marcus's to get her hoodie back. At "
        "about five to ten she came running in through the back door. Her leggings were on inside out and she was "
        "crying so hard she could hardly breathe. I asked what had happened. She said 'Mum, Marcus raped me. I told "
        "him no.'",
        "I rang 999 straight away, at about five past ten. I stayed with her until the police officer came.",
        "I have not asked her for any details since then and she has not told me any.",
    ])
    mg11_pdf(c.p("ELLIS S MG11.pdf"), st_s, fixed(2026, 5, 14))
    c.add("ELLIS S MG11.pdf", "MG11", "first_account")
    st_l = dict(name="Lisa MORROW", occupation="Police staff - Call Handler, Force Contact Centre", urn=URN,
                date="15th May 2026", sig="L Morrow", witness_sig="", body=[
        "I am employed by Wessex Vale Police as a call handler in the Force Contact Centre. I am a member of police "
        "staff, not a police officer.",
        "At 22:05 hours on Sunday 10th May 2026 I answered a 999 call from a woman who gave her name as Sian ELLIS. "
        "She said her daughter had just come home and said she had been raped by her ex-boyfriend at his house. I "
        "created incident WV-20260510-1187 and dispatched a unit.",
        "All 999 calls are recorded automatically. On 13th May 2026 I retrieved the recording of this call and "
        "copied it to a disc, which I produce as LM/1.",
    ])
    mg11_pdf(c.p("MORROW L - call handler.pdf"), st_l, fixed(2026, 5, 15))
    c.add("MORROW L - call handler.pdf", "MG11", "witness")
    write_wav_call(c.p("LM1 999 call 10-05-2026 2205.wav"), 5, rng)
    c.add("LM1 999 call 10-05-2026 2205.wav", "CALL_999")
    roti = [("title", "RECORD OF TAPED INTERVIEW"),
            ("kv", [["URN", URN], ["Interviewee", "DWYER, Marcus James"], ["Date", "11/05/2026 14:00-14:40"],
                    ["Officers", "DC REID, DC GRANT"], ["Solicitor", "Ms Erin WALSH"]]),
            ("p", "Cautioned. Accepts Ffion came to collect her hoodie and that they had sex. Says she kissed him first, "
                  "that she 'wanted to get back together', and that it was consensual. Says she got upset when he "
                  "told her he had started seeing someone else, and left. Denies pushing her or that she said no. "
                  "Declined to name the new girlfriend. Phone seized.")]
    write_pdf(c.p("ROTI DWYER.pdf"), blocks_to_layout(roti), fixed(2026, 5, 12))
    c.add("ROTI DWYER.pdf", "ROTI")
    write_pdf(c.p("PNC DWYER.pdf"), blocks_to_layout(pnc_blocks(
        FORCE, URN, "11/05/2026 08:02", "SB4521", "DWYER, Marcus James", "03/12/2006", "2026/0330871R", None),
        fam="mono", size=9), fixed(2026, 5, 11))
    c.add("PNC DWYER.pdf", "PNC")
    fme = [("title", "SALTBURY SARC - FORENSIC MEDICAL EXAMINATION (summary)"),
           ("kv", [["Patient", "Ffion ELLIS (17)"], ["Date", "11/05/2026 09:30"],
                   ["Examiner", "Dr Ruth OKAFOR, forensic physician"],
                   ["Consent", "Ffion (Gillick competent) and her mother consented in writing to the examination, "
                               "samples and release of the report to police and CPS."]]),
           ("p", "Bruising to the right wrist (2 x 1 cm). Small tear at the posterior fourchette. Swabs RO/1-RO/4 "
                 "submitted for DNA (results due 19/06/2026).")]
    write_pdf(c.p("SARC ELLIS.pdf"), blocks_to_layout(fme), fixed(2026, 5, 12))
    c.add("SARC ELLIS.pdf", "MEDICAL")
    inc = [("title", "STORM INCIDENT WV-20260510-1187"),
           ("table", ["Time", "Entry"],
            [["22:05:14", "999 - SIAN ELLIS: daughter FFION (17) home, states raped by ex-boyfriend MARCUS at his "
                          "house Copse Road. Suspect not present."],
             ["22:07:02", "PC 3144 NASH assigned."], ["22:25:40", "At scene. BWV."],
             ["23:30:00", "Suspect address checked - no reply. Handed to CID."]], [22, 158], 9)]
    write_pdf(c.p("Incident WV-20260510-1187.pdf"), blocks_to_layout(inc, fam="mono", size=9), fixed(2026, 5, 11))
    c.add("Incident WV-20260510-1187.pdf", "INCIDENT_LOG")
    crime = [("title", "CRIME REPORT WV-CR-2026-031104"),
             ("kv", [["Offence", "Rape s.1 SOA 2003"], ["Date", "10/05/2026 21:15-21:50"],
                     ["Victim", "ELLIS, Ffion (17) - child"], ["Suspect", "DWYER, Marcus (19)"], ["URN", URN]])]
    write_pdf(c.p("Crime report 031104.pdf"), blocks_to_layout(crime), fixed(2026, 5, 21))
    c.add("Crime report 031104.pdf", "CRIME_REPORT")
    mg12 = [("title", "EXHIBIT LIST (MG12) - interim"), ("subtitle", URN),
            ("table", ["Ref", "Description", "Produced by"],
             [["CR/1-CR/3", "VRI master, working copy, summary", "DC REID"],
              ["JN/1", "BWV PC NASH 10/05/2026", "PC NASH"], ["JN/2", "Bag of clothing", "PC NASH"],
              ["LM/1", "999 call recording 10/05/2026 22:05", "Lisa MORROW"],
              ["RO/1-RO/4", "SARC swabs", "Dr R OKAFOR"]], [25, 115, 40])]
    write_pdf(c.p("MG12 interim.pdf"), blocks_to_layout(mg12), fixed(2026, 5, 21))
    c.add("MG12 interim.pdf", "MG12")

    mnf = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    return c, c.expected(0, [], mnf)


# ----------------------------------------------------------------------------------------------
CASES = [case_kestrel, case_lantern, case_ashgrove, case_linden, case_quayline, case_tannery, case_millane,
         case_ferry, case_copse]


def _run(args):
    i, out = args
    fn = CASES[i]
    case, exp = fn(Path(out), random.Random(SEED + i))
    return case.name, exp


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    out = Path(sys.argv[1]).resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    jobs = [(i, str(out)) for i in range(len(CASES))]
    try:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=2) as ex:
            results = list(ex.map(_run, jobs))
    except (ImportError, OSError, PermissionError):
        results = [_run(j) for j in jobs]
    for name, exp in results:
        (out / (name + ".expected.json")).write_text(json.dumps(exp, indent=2) + "\n")


if __name__ == "__main__":
    main()
