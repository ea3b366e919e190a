#!/usr/bin/env python3
"""batch01: synthetic RASSO pre-charge case files laid out like the national MG forms.

Run:  python make_batch.py OUTDIR
Writes eight case folders into OUTDIR and, beside each folder NAME, NAME.expected.json.
Everything is invented: people, places, forces, phone numbers (Ofcom drama ranges), e-mail
addresses (.example). Deterministic: seeded randomness, fixed dates in every container.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import math
import os
import random
import re
import shutil
import sys
import zipfile
from fractions import Fraction

import av
import numpy as np
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_UTC = _dt.datetime(2026, 5, 1, 9, 0, 0, tzinfo=_dt.timezone.utc)
ZIP_TIME = (2026, 5, 1, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
#  small utilities
# ----------------------------------------------------------------------------------------------


def d(day, month, year=2026, h=9, m=0):
    return _dt.datetime(year, month, day, h, m, 0, tzinfo=_dt.timezone.utc)


def latin(s: str) -> str:
    """Text for core (latin-1) fonts."""
    table = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
             "\u2014": "-", "\u2026": "...", "\u2713": "X", "\u2022": "-", "\u00a0": " "}
    return "".join(table.get(c, c) for c in s).encode("latin-1", "replace").decode("latin-1")


def fix_zip(path: str, when: _dt.datetime):
    """Rewrite an OOXML zip with fixed member times and fixed core-property dates."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            if name == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)


def wrap_paras(text: str):
    """Split a block written with blank lines into paragraphs, collapsing inner newlines; lines that
    start with '- ' or '(n)' begin a new line of their own (lists)."""
    paras = []
    for block in text.strip().split("\n\n"):
        items = []
        for line in block.strip().splitlines():
            st = line.strip()
            if not st:
                continue
            if items and not re.match(r"^(- |\u2022 |\(\d+\) |\d+\. )", st):
                items[-1] += " " + st
            else:
                items.append(st)
        paras.append("\n".join(items))
    return paras


URN_GROUPS = (2, 2, 5, 2)
TTF = {("dv", ""): "DejaVuSans.ttf", ("dv", "B"): "DejaVuSans-Bold.ttf", ("dv", "I"): "DejaVuSans-Oblique.ttf",
       ("dv", "BI"): "DejaVuSans-BoldOblique.ttf",
       ("mono", ""): "DejaVuSansMono.ttf", ("mono", "B"): "DejaVuSansMono-Bold.ttf",
       ("mono", "I"): "DejaVuSansMono-Oblique.ttf",
       ("serif", ""): "DejaVuSerif.ttf", ("serif", "I"): "DejaVuSerif-Italic.ttf", ("serif", "B"): "DejaVuSerif-Bold.ttf"}

# ----------------------------------------------------------------------------------------------
#  PDF engine (fpdf2): boxed national forms
# ----------------------------------------------------------------------------------------------


class FormPDF(FPDF):
    """A4 form with a protective marking, a form code, running page numbers and optional
    repeated header block (for schedules that run over several pages)."""

    def __init__(self, code="", marking="OFFICIAL-SENSITIVE (when complete)", orientation="P",
                 created=FIXED_UTC, core=False, page_fmt="Page {p} of {nb}", foot_left="",
                 repeat=None, author="", title=""):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.core = core
        self._added = set()
        self.code = code
        self.marking = marking
        self.page_fmt = page_fmt
        self.foot_left = foot_left
        self.repeat = repeat
        self.set_creation_date(created)
        self.set_margins(12, 12, 12)
        self.set_auto_page_break(True, margin=16)
        if author:
            self.set_author(author)
        if title:
            self.set_title(title)
        self.set_creator("Case file system")
        self.set_producer("fpdf2")

    def multi_cell(self, *a, **k):
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    # fonts ---------------------------------------------------------------------------------
    def f(self, style="", size=9, family=None):
        fam = family or ("helvetica" if self.core else "dv")
        if self.core and fam in ("dv", "serif", "mono"):
            fam = {"dv": "helvetica", "serif": "times", "mono": "courier"}[fam]
        if not self.core and (fam, style) not in self._added:
            self.add_font(fam, style, FONT_DIR + TTF[(fam, style)])
            self._added.add((fam, style))
        self.set_font(fam, style, size)

    def t(self, s):
        return latin(s) if self.core else s

    def header(self):
        self.f("", 7)
        if self.marking:
            self.set_xy(self.l_margin, 5)
            self.cell(self.epw, 4, self.t(self.marking), align="C")
        if self.code:
            self.f("B", 12)
            self.set_xy(self.w - self.r_margin - 40, 5)
            self.cell(40, 6, self.t(self.code), align="R")
        self.set_y(12)
        if self.repeat:
            self.repeat(self)

    def footer(self):
        self.set_y(-11)
        self.f("", 7)
        if self.foot_left:
            self.cell(self.epw / 2, 4, self.t(self.foot_left))
        else:
            self.cell(self.epw / 2, 4, "")
        if self.page_fmt:
            self.cell(self.epw / 2, 4, self.page_fmt.format(p=self.page_no(), nb="{nb}"), align="R")
        if self.marking:
            self.set_xy(self.l_margin, -7)
            self.cell(self.epw, 4, self.t(self.marking), align="C")

    # drawing helpers ----------------------------------------------------------------------
    def urn_boxes(self, x, y, urn, label="URN", bw=4.6, bh=6):
        self.f("B", 8)
        self.set_xy(x, y)
        self.cell(10, bh, label)
        cx = x + 10
        i = 0
        for g in URN_GROUPS:
            for _ in range(g):
                self.rect(cx, y, bw, bh)
                self.set_xy(cx, y)
                self.f("", 9)
                self.cell(bw, bh, urn[i] if i < len(urn) else "", align="C")
                cx += bw
                i += 1
            cx += 1.6
        return cx

    def tick(self, x, y, on, size=3.8, mark="X"):
        self.rect(x, y, size, size)
        if on:
            self.set_xy(x, y)
            self.f("B", 8)
            self.cell(size, size, self.t(mark), align="C")
            self.f("", 8)

    def field(self, x, y, w, h, label, value="", lw=28, lsize=6.8, vsize=9, shade=True, vstyle=""):
        """A labelled box: label on the left (wraps over two lines), value on the right."""
        if shade:
            self.set_fill_color(232, 232, 232)
            self.rect(x, y, lw, h, style="F")
        self.rect(x, y, w, h)
        self.line(x + lw, y, x + lw, y + h)
        self.f("B", lsize)
        self.set_xy(x + 0.8, y + 0.8)
        self.multi_cell(lw - 1.6, lsize * 0.42, self.t(label), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.f(vstyle, vsize)
        self.set_xy(x + lw + 1, y + 0.8)
        self.multi_cell(w - lw - 2, vsize * 0.45, self.t(value), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bar(self, title, size=9, fill=(200, 200, 200), h=6):
        if self.get_y() + h + 12 > self.h - self.b_margin:
            self.add_page()
        self.set_fill_color(*fill)
        self.f("B", size)
        self.set_x(self.l_margin)
        self.cell(self.epw, h, self.t(title), border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def boxed_text(self, text, size=9, lh=None, note=None, min_h=0, family=None):
        """Free text in a box that may run over pages (border drawn per page part)."""
        lh = lh or size * 0.46
        if note:
            self.f("I", 7, family)
            self.set_x(self.l_margin)
            self.multi_cell(self.epw, 3.2, self.t(note), border="LR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.f("", size, family)
        paras = text if isinstance(text, list) else wrap_paras(text)
        body = "\n\n".join(paras) if paras else " "
        self.set_x(self.l_margin)
        y0 = self.get_y()
        self.multi_cell(self.epw, lh, self.t(body), border="LRB" if note else 1, padding=(1.2, 1.5, 1.2, 1.5), align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if min_h and self.get_y() - y0 < min_h and self.get_y() + (min_h - (self.get_y() - y0)) < self.h - self.b_margin:
            extra = min_h - (self.get_y() - y0)
            self.rect(self.l_margin, self.get_y(), self.epw, extra)
            self.set_y(self.get_y() + extra)

    def para(self, text, size=9, style="", lh=None, align="L", family=None):
        lh = lh or size * 0.46
        self.f(style, size, family)
        self.set_x(self.l_margin)
        self.multi_cell(self.epw, lh, self.t(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def scribble(self, x, y, w, h, seed):
        rnd = random.Random(seed)
        pts = []
        n = 14
        for i in range(n):
            pts.append((x + w * i / (n - 1) + rnd.uniform(-1, 1), y + h / 2 + rnd.uniform(-h / 2, h / 2)))
        self.set_line_width(0.35)
        self.set_draw_color(20, 30, 110)
        self.polyline(pts)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)

    def kv_rows(self, rows, lw=45, size=8.5, h=7):
        """Full-width labelled boxes, one per row; a row is (label, value) or a list of them."""
        for row in rows:
            if isinstance(row, tuple):
                row = [row]
            n = len(row)
            w = self.epw / n
            # measure needed height
            need = h
            lwi = lw if n <= 2 else max(lw * 0.7, 24)
            for lab, val in row:
                self.f("", size)
                lines = self.multi_cell(w - lwi - 2, size * 0.45, self.t(val or " "),
                                        dry_run=True, output="LINES")
                need = max(need, len(lines) * size * 0.45 + 2)
                self.f("B", 6.8)
                llines = self.multi_cell(lwi - 1.6, 6.8 * 0.42, self.t(lab), dry_run=True, output="LINES")
                need = max(need, len(llines) * 6.8 * 0.42 + 1.8)
            if self.get_y() + need > self.h - self.b_margin:
                self.add_page()
            y = self.get_y()
            for i, (lab, val) in enumerate(row):
                self.field(self.l_margin + i * w, y, w, need, lab, val, lw=lwi, vsize=size)
            self.set_xy(self.l_margin, y + need)

    def out(self, path):
        self.output(path)


def pdf_table(pdf: FormPDF, headers, rows, widths, size=8, line_height=None, head_fill=(215, 215, 215),
              align="LEFT"):
    """fpdf2 table; headings repeat on every page the table runs over."""
    pdf.f("B", size)
    pdf.f("", size)
    tot = sum(widths)
    if tot > pdf.epw:
        widths = [w_ * pdf.epw / tot for w_ in widths]
    lh = line_height or size * 0.5
    style = FontFace(emphasis="BOLD", fill_color=head_fill)
    with pdf.table(col_widths=widths, headings_style=style, line_height=lh, text_align=align,
                   width=sum(widths), align="L", padding=1) as table:
        r = table.row()
        for h in headers:
            r.cell(pdf.t(h))
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(pdf.t(str(c)))


# ----------------------------------------------------------------------------------------------
#  raster pages: scans and phone photos (Pillow)
# ----------------------------------------------------------------------------------------------


def _font(size, bold=False, mono=False, serif=False):
    name = "DejaVuSans"
    if mono:
        name = "DejaVuSansMono"
    elif serif:
        name = "DejaVuSerif"
    if bold:
        name += "-Bold"
    return ImageFont.truetype(FONT_DIR + name + ".ttf", size)


def raster_page(lines, dpi=200, seed=0, page_w_mm=210, page_h_mm=297, handwritten=False):
    """Draw a page of form text onto a greyscale image. `lines` is a list of commands:
    ('title', text) ('text', text) ('rule',) ('box', label, value) ('gap', mm) ('sig', label, name)."""
    rnd = random.Random(seed)
    px = lambda mm: int(round(mm * dpi / 25.4))
    W, H = px(page_w_mm), px(page_h_mm)
    img = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(img)
    x0, y = px(16), px(14)
    maxw = W - 2 * x0
    body = _font(int(dpi * 10.5 / 72), serif=handwritten)
    small = _font(int(dpi * 7.5 / 72))
    bold = _font(int(dpi * 10.5 / 72), bold=True)
    big = _font(int(dpi * 14 / 72), bold=True)
    lh = int(dpi * 15 / 72)

    def wrap(text, font, width):
        words, out, cur = text.split(), [], ""
        for w_ in words:
            trial = (cur + " " + w_).strip()
            if dr.textlength(trial, font=font) <= width:
                cur = trial
            else:
                out.append(cur)
                cur = w_
        if cur:
            out.append(cur)
        return out or [""]

    for cmd in lines:
        kind = cmd[0]
        if kind == "marking":
            tw = dr.textlength(cmd[1], font=small)
            dr.text(((W - tw) / 2, px(6)), cmd[1], font=small, fill=40)
        elif kind == "code":
            tw = dr.textlength(cmd[1], font=big)
            dr.text((W - x0 - tw, px(8)), cmd[1], font=big, fill=20)
        elif kind == "title":
            tw = dr.textlength(cmd[1], font=big)
            dr.text(((W - tw) / 2, y), cmd[1], font=big, fill=15)
            y += int(lh * 1.5)
        elif kind == "small":
            for ln in wrap(cmd[1], small, maxw):
                dr.text((x0, y), ln, font=small, fill=40)
                y += int(lh * 0.75)
        elif kind == "text":
            for ln in wrap(cmd[1], body, maxw - px(4)):
                dr.text((x0 + px(2) + rnd.randint(-1, 1), y), ln, font=body, fill=25)
                y += lh
            y += int(lh * 0.35)
        elif kind == "box":
            label, value = cmd[1], cmd[2]
            lw = px(cmd[3]) if len(cmd) > 3 else px(40)
            vlines = wrap(value, body, maxw - lw - px(4))
            bh = max(lh + px(3), len(vlines) * lh + px(3))
            dr.rectangle([x0, y, x0 + lw, y + bh], fill=228)
            dr.rectangle([x0, y, x0 + maxw, y + bh], outline=30, width=2)
            dr.line([x0 + lw, y, x0 + lw, y + bh], fill=30, width=2)
            ly = y + px(1)
            for ln in wrap(label, small, lw - px(2)):
                dr.text((x0 + px(1), ly), ln, font=small, fill=30)
                ly += int(lh * 0.7)
            vy = y + px(1.5)
            for ln in vlines:
                dr.text((x0 + lw + px(2), vy), ln, font=body, fill=20)
                vy += lh
            y += bh
        elif kind == "urn":
            dr.text((x0, y + px(1)), "URN", font=bold, fill=20)
            cx = x0 + px(12)
            i = 0
            for g in URN_GROUPS:
                for _ in range(g):
                    dr.rectangle([cx, y, cx + px(5), y + px(7)], outline=30, width=2)
                    ch = cmd[1][i]
                    tw = dr.textlength(ch, font=body)
                    dr.text((cx + (px(5) - tw) / 2, y + px(1)), ch, font=body, fill=15)
                    cx += px(5)
                    i += 1
                cx += px(2)
            y += px(10)
        elif kind == "gap":
            y += px(cmd[1])
        elif kind == "rule":
            dr.line([x0, y, x0 + maxw, y], fill=60, width=2)
            y += px(2)
        elif kind == "sig":
            dr.text((x0, y), cmd[1], font=bold, fill=20)
            sx = x0 + int(dr.textlength(cmd[1], font=bold)) + px(3)
            pts = [(sx + i * px(3), y + px(3) + rnd.randint(-px(2), px(2))) for i in range(12)]
            dr.line(pts, fill=35, width=3)
            if len(cmd) > 2 and cmd[2]:
                dr.text((sx + px(42), y), cmd[2], font=body, fill=20)
            y += int(lh * 1.4)
        elif kind == "bold":
            for ln in wrap(cmd[1], bold, maxw):
                dr.text((x0, y), ln, font=bold, fill=15)
                y += lh
        elif kind == "foot":
            tw = dr.textlength(cmd[1], font=small)
            dr.text((W - x0 - tw, H - px(10)), cmd[1], font=small, fill=40)
    # scanner texture: faint noise and a slight skew
    arr = np.asarray(img, dtype=np.int16)
    noise = np.random.default_rng(seed).normal(0, 4, arr.shape)
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    img = Image.fromarray(arr, "L")
    img = img.rotate(rnd.uniform(-0.5, 0.5), resample=Image.BICUBIC, fillcolor=245)
    return img


def scanned_pdf(path, pages, created, dpi=200):
    """Image-only PDF: each page a greyscale JPEG, no text layer."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(created)
    pdf.set_creator("ScanStation 4.2")
    pdf.set_producer("ScanStation 4.2")
    pdf.set_auto_page_break(False)
    for img in pages:
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=55, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(path)


def phone_photo(path, page_img, seed, angle=3.5):
    """A phone photo of a paper page on a desk: rotated, slightly keystoned, uneven light."""
    rnd = random.Random(seed)
    page = page_img.convert("RGB")
    page = page.resize((page.width * 8 // 10, page.height * 8 // 10), Image.LANCZOS)
    pw, ph = page.size
    W, H = int(pw * 1.18), int(ph * 1.12)
    canvas = Image.new("RGB", (W, H), (118, 92, 64))
    dr = ImageDraw.Draw(canvas)
    for i in range(0, H, 9):  # wood grain
        c = 100 + rnd.randint(0, 30)
        dr.line([(0, i), (W, i + rnd.randint(-6, 6))], fill=(c + 18, c - 4, c - 30), width=2)
    rot = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(118, 92, 64))
    canvas.paste(rot, ((W - rot.width) // 2, (H - rot.height) // 2))
    # gentle keystone
    dx = int(W * 0.025)
    coeffs = _perspective_coeffs([(dx, 0), (W - dx, 0), (W, H), (0, H)], [(0, 0), (W, 0), (W, H), (0, H)])
    canvas = canvas.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    # light falloff
    yy, xx = np.mgrid[0:H, 0:W]
    shade = 1.0 - 0.18 * (((xx - W * 0.35) / W) ** 2 + ((yy - H * 0.3) / H) ** 2)
    arr = np.asarray(canvas, dtype=np.float32) * shade[..., None] * np.array([1.0, 0.98, 0.93])
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.4))
    canvas.save(path, format="JPEG", quality=72)


def _perspective_coeffs(src, dst):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    b = np.array(src, dtype=float).reshape(8)
    return np.linalg.solve(a, b).tolist()


# ----------------------------------------------------------------------------------------------
#  multimedia (PyAV)
# ----------------------------------------------------------------------------------------------


def rgb_to_yuv420(rgb):
    """BT.601 limited-range conversion done in numpy, so no library colour conversion (whose SIMD
    path can depend on buffer alignment) is involved and the output is byte-identical run to run."""
    f = rgb.astype(np.float32)
    r, g, b = f[..., 0], f[..., 1], f[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    yy = np.clip(np.rint(y), 0, 255).astype(np.uint8)
    uu = np.clip(np.rint(u), 0, 255).astype(np.uint8).reshape(h // 4, w)
    vv = np.clip(np.rint(v), 0, 255).astype(np.uint8).reshape(h // 4, w)
    return np.ascontiguousarray(np.concatenate([yy, uu, vv], axis=0))


def make_video(path, seconds, overlay, scene="room", fps=10, size=(320, 240), codec="libx264",
               audio=True, start=(10, 2, 0), seed=1, fmt=None, when="2026-03-09T10:02:00.000000Z"):
    rnd = random.Random(seed)
    W, H = size
    container = av.open(path, "w", format=fmt) if fmt else av.open(path, "w")
    container.metadata["creation_time"] = when
    container.metadata["title"] = overlay
    vs = container.add_stream(codec, rate=fps)
    vs.width, vs.height = W, H
    vs.pix_fmt = "yuv420p"
    if codec == "libx264":
        vs.options = {"preset": "veryfast", "crf": "30", "threads": "1", "flags": "+bitexact"}
    else:
        vs.bit_rate = 250000
    vs.codec_context.thread_count = 1
    as_ = None
    if audio:
        as_ = container.add_stream("aac", rate=16000)
        as_.layout = "mono"
        as_.options = {"flags": "+bitexact", "aac_pns": "0"}
    font = _font(11, mono=True)
    fontb = _font(12, bold=True)
    n = int(seconds * fps)
    h0, m0, s0 = start
    for i in range(n):
        if scene == "room":
            img = Image.new("RGB", (W, H), (168, 160, 150))
            dr = ImageDraw.Draw(img)
            dr.rectangle([0, 150, W, H], fill=(92, 86, 96))  # floor
            dr.rectangle([30, 120, 140, 175], fill=(120, 60, 60))  # sofa
            dr.rectangle([190, 120, 300, 175], fill=(70, 90, 120))
            sway = int(3 * math.sin(i / 4))
            dr.ellipse([70 + sway, 70, 100 + sway, 100], fill=(210, 180, 160))  # heads
            dr.rectangle([65 + sway, 100, 105 + sway, 150], fill=(60, 70, 140))
            dr.ellipse([230, 72, 258, 100], fill=(200, 170, 150))
            dr.rectangle([225, 100, 263, 150], fill=(40, 40, 40))
            dr.rectangle([150, 130, 185, 150], fill=(140, 110, 80))  # table
        elif scene == "street":
            g = 60 + (i % 3)
            img = Image.new("RGB", (W, H), (g, g, g + 4))
            dr = ImageDraw.Draw(img)
            dr.polygon([(0, H), (W, H), (W * 0.65, 90), (W * 0.35, 90)], fill=(95, 95, 95))
            dr.rectangle([0, 20, 80, 150], fill=(45, 45, 50))
            dr.rectangle([240, 30, W, 160], fill=(50, 48, 46))
            dr.rectangle([20, 60, 60, 110], fill=(230, 200, 120))  # lit doorway
            px_ = int(40 + i * (200 / n))
            dr.ellipse([px_, 110, px_ + 12, 122], fill=(190, 190, 190))
            dr.rectangle([px_ - 2, 122, px_ + 14, 165], fill=(150, 150, 150))
            dr.ellipse([px_ + 20, 112, px_ + 31, 123], fill=(170, 170, 170))
            dr.rectangle([px_ + 18, 123, px_ + 34, 166], fill=(120, 120, 130))
        else:  # bwv
            img = Image.new("RGB", (W, H), (40 + rnd.randint(0, 6), 45, 50))
            dr = ImageDraw.Draw(img)
            dr.rectangle([0, 0, W, 40], fill=(70, 70, 80))
            dr.rectangle([100, 60, 220, 240], fill=(110, 100, 95))  # doorway
            dr.ellipse([140 + int(2 * math.sin(i / 3)), 80, 180 + int(2 * math.sin(i / 3)), 120], fill=(205, 175, 150))
        secs = s0 + i // fps
        stamp = f"{h0:02d}:{m0 + secs // 60:02d}:{secs % 60:02d}"
        dr.rectangle([0, H - 18, W, H], fill=(0, 0, 0))
        dr.text((4, H - 16), f"{overlay}  {stamp}", font=font, fill=(255, 255, 255))
        if scene == "room":
            dr.text((4, 2), "CAM 1", font=fontb, fill=(255, 255, 0))
        frame = av.VideoFrame.from_ndarray(rgb_to_yuv420(np.asarray(img)), format="yuv420p")
        frame.pts = i
        frame.time_base = Fraction(1, fps)
        for pkt in vs.encode(frame):
            container.mux(pkt)
    for pkt in vs.encode():
        container.mux(pkt)
    if as_ is not None:
        sr = 16000
        total = int(seconds * sr)
        t = np.arange(total) / sr
        rng = np.random.default_rng(seed)
        env = (0.5 + 0.5 * np.sin(2 * np.pi * 1.3 * t)) ** 2
        sig = (0.08 * np.sin(2 * np.pi * 180 * t) * env + 0.01 * rng.standard_normal(total)).astype(np.float32)
        pts = 0
        for k in range(0, total, 1024):
            chunk = sig[k:k + 1024]
            if len(chunk) < 1024:
                chunk = np.pad(chunk, (0, 1024 - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pts
            af.time_base = Fraction(1, sr)
            pts += 1024
            for pkt in as_.encode(af):
                container.mux(pkt)
        for pkt in as_.encode():
            container.mux(pkt)
    container.close()


def make_audio(path, seconds, seed=3, when="2026-02-15T01:15:00.000000Z"):
    """A short call recording: ringing tone then voice-like bursts, MP3."""
    sr = 22050
    container = av.open(path, "w")
    container.metadata["creation_time"] = when
    st = container.add_stream("libmp3lame", rate=sr)
    st.layout = "mono"
    total = int(seconds * sr)
    t = np.arange(total) / sr
    rng = np.random.default_rng(seed)
    ring = ((t < 1.2) & ((t * 2.5) % 1 < 0.6)) * 0.2 * np.sin(2 * np.pi * 425 * t)
    env = (t >= 1.4) * (0.5 + 0.5 * np.sin(2 * np.pi * 2.1 * t)) ** 3
    voice = env * (0.12 * np.sin(2 * np.pi * 210 * t + 3 * np.sin(2 * np.pi * 4 * t)) + 0.03 * rng.standard_normal(total))
    sig = (ring + voice).astype(np.float32)
    fs = st.codec_context.frame_size or 1152
    pts = 0
    for k in range(0, total, fs):
        chunk = sig[k:k + fs]
        if len(chunk) < fs:
            chunk = np.pad(chunk, (0, fs - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = sr
        af.pts = pts
        af.time_base = Fraction(1, sr)
        pts += fs
        for pkt in st.encode(af):
            container.mux(pkt)
    for pkt in st.encode():
        container.mux(pkt)
    container.close()


# ----------------------------------------------------------------------------------------------
#  case context
# ----------------------------------------------------------------------------------------------


class Case:
    def __init__(self, out, name, urn, stage="charging"):
        self.name, self.urn, self.stage = name, urn, stage
        self.dir = os.path.join(out, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs, self.present = [], []

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def reg(self, fname, typ, role=None, present=None, check=True):
        if present is None:
            present = isinstance(typ, str) and not fname.lower().endswith((".jpg", ".jpeg", ".png"))
        if check:
            e = {"name": fname, "type": typ}
            if role:
                e["role"] = role
            self.docs.append(e)
        t0 = typ if isinstance(typ, str) else typ[0]
        if present and t0 not in self.present:
            self.present.append(t0)

    def expected(self, out, exit_code, must_fail, must_not_fail, extra_types=()):
        for t in extra_types:
            if t not in self.present:
                self.present.append(t)
        exp = {"case": self.name, "stage": self.stage}
        if exit_code is not None:
            exp["exit"] = exit_code
        exp["present_types"] = self.present
        exp["must_fail"] = list(must_fail)
        exp["must_not_fail"] = list(must_not_fail)
        exp["docs"] = self.docs
        with open(os.path.join(out, self.name + ".expected.json"), "w") as fh:
            json.dump(exp, fh, indent=2)
            fh.write("\n")


# ----------------------------------------------------------------------------------------------
#  MG11 witness statement: national PDF form with continuation sheets and rear page
# ----------------------------------------------------------------------------------------------

DECL = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge "
        "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to "
        "prosecution if I have wilfully stated anything in it which I know to be false, or do not "
        "believe to be true.")

DECL_B = ("I declare that this statement, of {n} page(s) each signed by me, is true to the best of my "
          "knowledge and belief, and that I make it knowing that if it is tendered in evidence I shall be "
          "liable to prosecution if I have wilfully stated in it anything which I know to be false or do "
          "not believe to be true.")


def mg11_pdf(c: Case, fname, w):
    """w: name, age, occupation, date, body, sig, wit (signature witnessed by), vr (visually recorded),
    rear (dict or None), core, seed, marking, foot, decl."""
    core = w.get("core", False)
    pdf = FormPDF(code="MG 11", marking=w.get("marking", "OFFICIAL-SENSITIVE (when complete)"), core=core,
                  page_fmt="", foot_left=w.get("foot", "MG11 (T) Wexshire 03/24"), created=w["created"],
                  author=w.get("author", ""), title="Witness statement")
    pdf.set_auto_page_break(False)
    size = w.get("size", 10.5)
    lh = w.get("lh", 5.6)
    pdf.add_page()
    pdf.f("", size)
    body_paras = wrap_paras(w["body"])
    lines = []
    for i, para in enumerate(body_paras):
        if i:
            lines.append("")
        lines.extend(pdf.multi_cell(pdf.epw - 4, lh, pdf.t(para), dry_run=True, output="LINES"))
    y_body1, y_bodyn, y_end = 88, 44, 268
    cap1 = int((y_end - y_body1 - 3) // lh)
    capn = int((y_end - y_bodyn - 3) // lh)
    n = 1 + (max(0, len(lines) - cap1) + capn - 1) // capn
    sig, wit = w.get("sig", ""), w.get("wit", "")
    decl = (w.get("decl") or DECL).format(n=n)

    def bottom():
        pdf.f("B", 8)
        pdf.set_xy(pdf.l_margin, 270)
        pdf.cell(18, 6, "Signature:", border="LTB")
        pdf.f("I", 8.5)
        pdf.cell(72, 6, pdf.t(sig), border="TB")
        pdf.f("B", 8)
        pdf.cell(38, 6, "Signature witnessed by:", border="LTB")
        pdf.f("I", 8.5)
        pdf.cell(pdf.epw - 128, 6, pdf.t(wit), border="TBR")
        if sig and w.get("scribble", True):
            pdf.scribble(pdf.l_margin + 68, 270.8, 20, 4.4, w.get("seed", 1) * 7 + pdf.page_no())

    def body_block(y0, chunk):
        pdf.rect(pdf.l_margin, y0, pdf.epw, y_end - y0)
        pdf.f("", size)
        y = y0 + 1.5
        for ln in chunk:
            pdf.set_xy(pdf.l_margin + 2, y)
            pdf.cell(pdf.epw - 4, lh, ln)
            y += lh

    # page 1
    pdf.f("B", 14)
    pdf.set_xy(pdf.l_margin, 13)
    pdf.cell(pdf.epw, 7, "WITNESS STATEMENT", align="C")
    pdf.f("", 7.5)
    pdf.set_xy(pdf.l_margin, 20)
    pdf.cell(pdf.epw, 4, pdf.t(w.get("refline", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9")),
             align="C")
    pdf.f("B", 8)
    pdf.set_xy(pdf.l_margin, 27)
    pdf.cell(40, 6, f"Page No. 1 of {n}")
    pdf.urn_boxes(pdf.w - pdf.r_margin - 72, 27, c.urn)
    pdf.set_y(36)
    pdf.kv_rows([("Statement of:", w["name"])], lw=30)
    y = pdf.get_y()
    pdf.field(pdf.l_margin, y, 70, 9, "Age if under 18:", w.get("age", "Over 18"), lw=24)
    pdf.f("I", 6.5)
    pdf.set_xy(pdf.l_margin + 71, y + 1)
    pdf.multi_cell(25, 3, "(if over 18 insert 'over 18')")
    pdf.field(pdf.l_margin + 97, y, pdf.epw - 97, 9, "Occupation:", w.get("occupation", ""), lw=22)
    pdf.set_xy(pdf.l_margin, y + 11)
    pdf.f("", 8.5)
    pdf.multi_cell(pdf.epw, 4, pdf.t(decl), border=1, padding=1.5, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y = pdf.get_y() + 1
    pdf.field(pdf.l_margin, y, 120, 8, "Signature:", sig, lw=22, vstyle="I")
    if sig and w.get("scribble", True):
        pdf.scribble(pdf.l_margin + 70, y + 2, 30, 4.5, w.get("seed", 1))
    pdf.field(pdf.l_margin + 122, y, pdf.epw - 122, 8, "Date:", w.get("date", ""), lw=12)
    y += 10
    pdf.tick(pdf.l_margin, y + 0.5, w.get("vr", False))
    pdf.f("", 8)
    pdf.set_xy(pdf.l_margin + 5, y)
    pdf.cell(0, 5, "Tick if witness evidence is visually recorded       (supply witness details on rear)")
    y_body1_real = max(y + 7, y_body1)
    body_block(y_body1_real, lines[:cap1])
    bottom()
    rest = lines[cap1:]
    k = 2
    while rest:
        chunk, rest = rest[:capn], rest[capn:]
        pdf.add_page()
        pdf.f("B", 8)
        pdf.set_xy(pdf.l_margin, 14)
        pdf.cell(40, 6, f"Page No. {k} of {n}")
        pdf.urn_boxes(pdf.w - pdf.r_margin - 72, 14, c.urn)
        pdf.set_xy(pdf.l_margin, 23)
        pdf.f("B", 11)
        pdf.cell(pdf.epw, 6, "WITNESS STATEMENT (continuation sheet)", align="C")
        pdf.set_y(31)
        pdf.kv_rows([("Continuation of Statement of:", w["name"])], lw=30)
        body_block(y_bodyn, chunk)
        bottom()
        k += 1
    rear = w.get("rear")
    if rear:
        mg11_rear(pdf, c, w, rear)
    pdf.out(c.p(fname))


def mg11_rear(pdf: FormPDF, c: Case, w, r):
    pdf.set_auto_page_break(True, margin=14)
    pdf.add_page()
    pdf.f("B", 11)
    pdf.set_xy(pdf.l_margin, 13)
    pdf.cell(pdf.epw, 6, "WITNESS STATEMENT - REAR: WITNESS CONTACT DETAILS AND CONSENT", align="C")
    pdf.f("I", 7)
    pdf.set_xy(pdf.l_margin, 19)
    pdf.cell(pdf.epw, 4, "Not for disclosure. Complete for every civilian witness.", align="C")
    pdf.urn_boxes(pdf.w - pdf.r_margin - 72, 24, c.urn)
    pdf.set_y(32)
    pdf.bar("Witness contact details")
    pdf.kv_rows([
        ("Home address:", r.get("address", "")),
        [("Postcode:", r.get("postcode", "")), ("Home telephone No:", r.get("home_tel", ""))],
        [("Work telephone No:", r.get("work_tel", "")), ("Mobile / pager No:", r.get("mobile", ""))],
        [("Email address:", r.get("email", "")), ("Preferred means of contact:", r.get("pref", ""))],
        [("Male / Female (delete as applicable):", r.get("gender", "")), ("Date and place of birth:", r.get("dob", ""))],
        [("Former name:", r.get("former", "")), ("Height:", r.get("height", ""))],
        [("Ethnicity code (self-defined):", r.get("eth", "")), ("Religion / belief (optional):", r.get("rel", ""))],
        ("Dates of witness non-availability:", r.get("nonavail", "None known")),
    ], lw=34, size=8.5)
    pdf.bar("Witness care")
    def qrow(q, ans, extra=""):
        y = pdf.get_y()
        pdf.f("", 8)
        pdf.set_xy(pdf.l_margin + 1, y + 1)
        pdf.multi_cell(108, 3.6, pdf.t(q))
        yq = pdf.get_y()
        pdf.f("", 8)
        if ans is not None:
            pdf.set_xy(pdf.l_margin + 112, y + 1)
            pdf.cell(8, 4, "Yes")
            pdf.tick(pdf.l_margin + 120, y + 1.2, ans == "Yes")
            pdf.set_xy(pdf.l_margin + 127, y + 1)
            pdf.cell(7, 4, "No")
            pdf.tick(pdf.l_margin + 134, y + 1.2, ans == "No")
        if ans == "N/A" or "N/A" in extra:
            pdf.set_xy(pdf.l_margin + 141, y + 1)
            pdf.cell(8, 4, "N/A")
            pdf.tick(pdf.l_margin + 149, y + 1.2, ans == "N/A")
        yy = max(yq, y + 6)
        if extra and extra != "N/A":
            pdf.f("I", 8)
            pdf.set_xy(pdf.l_margin + 4, yy)
            pdf.multi_cell(pdf.epw - 6, 3.8, pdf.t(extra))
            yy = pdf.get_y() + 0.5
        pdf.rect(pdf.l_margin, y, pdf.epw, yy - y)
        pdf.set_xy(pdf.l_margin, yy)
    qrow("a) Is the witness willing and likely to attend court? If 'No', include the reason.", r.get("attend", "Yes"),
         r.get("attend_note", ""))
    qrow("b) What can be done to ensure attendance?", None, r.get("ensure", "Nothing further identified."))
    qrow("c) Does the witness require a special measures assessment as a vulnerable or intimidated witness? "
         "(If Yes, submit an MG2 with the file)", r.get("sm", "No"), r.get("sm_note", ""))
    qrow("d) Does the witness have any particular needs? If 'Yes', what are they? (disability, health, "
         "childcare, transport, language, visual impairment, restricted mobility or other concerns)",
         r.get("needs", "No"), r.get("needs_note", ""))
    pdf.bar("Witness consent (for the witness to complete)")
    qrow("a) The criminal justice process and, for victims, the Victim Personal Statement scheme have been "
         "explained to me", r.get("vps_explained", "Yes"), r.get("vps_note", ""))
    qrow("b) I have been given the leaflet about giving a witness statement and what happens next",
         r.get("leaflet", "Yes"))
    qrow("c) I consent to the police having access to my medical record(s) in relation to this matter",
         r.get("med_police", "N/A"), "N/A")
    qrow("d) I consent to my medical record in relation to this matter being disclosed to the defence",
         r.get("med_defence", "N/A"), "N/A")
    qrow("e) I consent to the statement being disclosed for the purposes of civil proceedings (e.g. child "
         "care proceedings), if applicable", r.get("civil", "Yes"))
    y = pdf.get_y()
    pdf.f("", 8)
    pdf.set_xy(pdf.l_margin + 1, y + 1)
    pdf.multi_cell(140, 3.6, "f) The details above will be passed to the Witness Service so that they can offer "
                   "help and support, unless you ask them not to. Tick this box to decline their services:")
    pdf.tick(pdf.l_margin + 150, y + 2, r.get("ws_decline", False))
    pdf.rect(pdf.l_margin, y, pdf.epw, 10)
    pdf.set_xy(pdf.l_margin, y + 11)
    pdf.kv_rows([
        [("Signature of witness:", w.get("sig", "")), ("Print name:", w["name"])],
        [("Signature of parent / guardian / appropriate adult:", r.get("parent", "N/A")),
         ("Address and telephone of parent / guardian:", r.get("parent_addr", "N/A"))],
        [("Statement taken by (print name):", r.get("taken_by", "")), ("Station:", r.get("station", ""))],
        ("Time and place statement taken:", r.get("taken_at", "")),
    ], lw=38, size=8.5)


# ----------------------------------------------------------------------------------------------
#  MG11 typed copy in a plain force layout (core fonts, no boxes)
# ----------------------------------------------------------------------------------------------


def mg11_plain_pdf(c: Case, fname, w):
    pdf = FormPDF(code="", marking=w.get("marking", "OFFICIAL - SENSITIVE"), core=True, created=w["created"],
                  page_fmt="Page {p} of {nb}", foot_left=f"URN {c.urn}   Statement of {w['name']}",
                  author=w.get("author", ""), title="Witness statement")
    pdf.add_page()
    pdf.f("B", 13)
    pdf.cell(pdf.epw, 7, "WITNESS STATEMENT", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.f("", 8)
    pdf.cell(pdf.epw, 4, latin(w.get("refline", "(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules, r.16.2)")),
             align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.f("", 9.5)
    rows = [("URN:", c.urn), ("Statement of:", w["name"]), ("Age if under 18:", w.get("age", "Over 18")),
            ("Occupation:", w.get("occupation", ""))]
    for k, v in rows:
        pdf.f("B", 9.5)
        pdf.cell(38, 5.5, k)
        pdf.f("", 9.5)
        pdf.cell(0, 5.5, latin(v), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.f("", 9)
    pdf.multi_cell(pdf.epw, 4.4, latin((w.get("decl") or DECL_B).format(n=w.get("pages", "{nb}"))), border=1, padding=1.5, align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.f("B", 9.5)
    pdf.cell(22, 6, "Signature:")
    pdf.f("", 9.5)
    pdf.cell(70, 6, latin(w.get("sig", "")))
    pdf.f("B", 9.5)
    pdf.cell(14, 6, "Date:")
    pdf.f("", 9.5)
    pdf.cell(0, 6, w.get("date", ""), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.f("", 10)
    for para in wrap_paras(w["body"]):
        pdf.multi_cell(pdf.epw, 5, latin(para), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.ln(2)
    pdf.f("B", 9.5)
    pdf.cell(22, 6, "Signature:")
    pdf.f("", 9.5)
    pdf.cell(70, 6, latin(w.get("sig", "")))
    pdf.f("B", 9.5)
    pdf.cell(44, 6, "Signature witnessed by:")
    pdf.f("", 9.5)
    pdf.cell(0, 6, latin(w.get("wit", "")), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.out(c.p(fname))


# ----------------------------------------------------------------------------------------------
#  MG11 as a DOCX filled in by an officer (URN in separate cells, rear page as tables)
# ----------------------------------------------------------------------------------------------


def docx_new(author, font="Arial", size=10, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(15))
    sec.top_margin = sec.bottom_margin = Mm(14)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    cp.created = FIXED_UTC.replace(tzinfo=None)
    cp.modified = FIXED_UTC.replace(tzinfo=None)
    return doc


def docx_save(doc, path, when):
    doc.core_properties.created = when.replace(tzinfo=None)
    doc.core_properties.modified = when.replace(tzinfo=None)
    doc.save(path)
    fix_zip(path, when)


def _shade(cell, hexcol="D9D9D9"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcol)
    tcPr.append(shd)


def docx_runhead(doc, left, right):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = left + "\t\t" + right
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "OFFICIAL-SENSITIVE (when complete)"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)


def docx_urn_cells(doc, urn, label="URN"):
    t = doc.add_table(rows=1, cols=1 + len(urn) + 3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    cells = t.rows[0].cells
    cells[0].text = label
    _shade(cells[0])
    j = 1
    i = 0
    for g in URN_GROUPS:
        for _ in range(g):
            cells[j].text = urn[i]
            j += 1
            i += 1
        if j < len(cells):
            cells[j].text = ""
            _shade(cells[j], "FFFFFF")
            j += 1
    for cc in cells:
        cc.width = Mm(6)
    return t


def docx_kv(doc, rows, shade=True, size=9):
    """rows: list of (label, value) or list of pairs (two pairs per row -> 4 cols)."""
    ncols = max(2 * (len(r) if isinstance(r, list) else 1) for r in rows)
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    for r in rows:
        pairs = r if isinstance(r, list) else [r]
        cells = t.add_row().cells
        if len(pairs) == 1 and ncols == 4:
            a = cells[1].merge(cells[3])
            cells[0].text = pairs[0][0]
            a.text = pairs[0][1]
            if shade:
                _shade(cells[0])
        else:
            for i, (k, v) in enumerate(pairs):
                cells[2 * i].text = k
                cells[2 * i + 1].text = v
                if shade:
                    _shade(cells[2 * i])
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    return t


def docx_table(doc, headers, rows, widths_mm=None, size=8.5):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c_ = t.rows[0].cells[i]
        c_.text = h
        _shade(c_)
        for r in c_.paragraphs[0].runs:
            r.font.bold = True
            r.font.size = Pt(size)
    # repeat header row on each page
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = str(v)
            for p in cells[i].paragraphs:
                for r in p.runs:
                    r.font.size = Pt(size)
    if widths_mm:
        for row in t.rows:
            for i, wmm in enumerate(widths_mm):
                row.cells[i].width = Mm(wmm)
    return t


def docx_heading(doc, text, size=13, bold=True, align="center"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_bar(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    cell.text = text
    _shade(cell, "BFBFBF")
    cell.paragraphs[0].runs[0].bold = True
    return t


def docx_box(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    paras = wrap_paras(text) if isinstance(text, str) else text
    cell.text = paras[0] if paras else ""
    for para in paras[1:]:
        cell.add_paragraph(para)
    return t


def mg11_docx(c: Case, fname, w):
    doc = docx_new(w.get("author", "Officer"), font=w.get("font", "Arial"))
    docx_runhead(doc, "MG 11", "OFFICIAL-SENSITIVE (when complete)")
    docx_heading(doc, "WITNESS STATEMENT", 14)
    p = doc.add_paragraph(w.get("refline", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9"))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].font.size = Pt(8)
    docx_urn_cells(doc, c.urn)
    doc.add_paragraph()
    docx_kv(doc, [("Statement of:", w["name"]), [("Age if under 18:", w.get("age", "Over 18")),
                                                   ("Occupation:", w.get("occupation", ""))]])
    doc.add_paragraph()
    docx_box(doc, (w.get("decl") or DECL).format(n=w.get("pages", 1)))
    docx_kv(doc, [[("Signature:", w.get("sig", "")), ("Date:", w.get("date", ""))]])
    p = doc.add_paragraph(("\u2612" if w.get("vr") else "\u2610") +
                          " Tick if witness evidence is visually recorded (supply witness details on rear)")
    p.runs[0].font.size = Pt(8)
    for i, para in enumerate(wrap_paras(w["body"])):
        if para.startswith("[[PAGE"):
            k = para[6:-2]
            pb = doc.add_paragraph()
            pb.add_run().add_break(WD_BREAK.PAGE)
            q = doc.add_paragraph(f"Page No. {k} of {w.get('pages', 1)}      Continuation of statement of: {w['name']}")
            q.runs[0].bold = True
            q.runs[0].font.size = Pt(9)
            continue
        doc.add_paragraph(para)
    docx_kv(doc, [[("Signature:", w.get("sig", "")), ("Signature witnessed by:", w.get("wit", ""))]])
    r = w.get("rear")
    if r:
        pb = doc.add_paragraph()
        pb.add_run().add_break(WD_BREAK.PAGE)
        docx_heading(doc, "WITNESS DETAILS (rear of MG11) - not for disclosure", 11)
        docx_urn_cells(doc, c.urn)
        doc.add_paragraph()
        docx_bar(doc, "Witness contact details")
        docx_kv(doc, [
            ("Home address:", r.get("address", "")),
            [("Postcode:", r.get("postcode", "")), ("Home telephone No:", r.get("home_tel", ""))],
            [("Work telephone No:", r.get("work_tel", "")), ("Mobile / pager No:", r.get("mobile", ""))],
            [("Email address:", r.get("email", "")), ("Preferred means of contact:", r.get("pref", ""))],
            [("Male / Female:", r.get("gender", "")), ("Date and place of birth:", r.get("dob", ""))],
            [("Former name:", r.get("former", "")), ("Height:", r.get("height", ""))],
            [("Ethnicity code:", r.get("eth", "")), ("Dates of witness non-availability:", r.get("nonavail", "None known"))],
        ])
        docx_bar(doc, "Witness care")
        def yes(v, opts=("Yes", "No")):
            return "   ".join(("\u2612 " if v == o else "\u2610 ") + o for o in opts)
        docx_kv(doc, [
            ("a) Willing and likely to attend court?", yes(r.get("attend", "Yes")) + ("  " + r.get("attend_note", ""))),
            ("b) What can be done to ensure attendance?", r.get("ensure", "Nothing further identified.")),
            ("c) Special measures assessment required (vulnerable or intimidated witness)?",
             yes(r.get("sm", "No")) + ("  " + r.get("sm_note", ""))),
            ("d) Any particular needs?", yes(r.get("needs", "No")) + ("  " + r.get("needs_note", ""))),
        ])
        docx_bar(doc, "Witness consent")
        docx_kv(doc, [
            ("a) Criminal justice process and VPS scheme (victims only) explained to me",
             yes(r.get("vps_explained", "Yes")) + ("  " + r.get("vps_note", ""))),
            ("b) Leaflet about giving a statement and what happens next given to me", yes(r.get("leaflet", "Yes"))),
            ("c) I consent to police access to my medical record(s) in relation to this matter",
             yes(r.get("med_police", "N/A"), ("Yes", "No", "N/A"))),
            ("d) I consent to my medical record in relation to this matter being disclosed to the defence",
             yes(r.get("med_defence", "N/A"), ("Yes", "No", "N/A"))),
            ("e) I consent to the statement being disclosed for civil proceedings", yes(r.get("civil", "Yes"))),
            ("f) Details passed to the Witness Service unless declined - decline?",
             ("\u2612" if r.get("ws_decline") else "\u2610") + " decline"),
        ])
        docx_kv(doc, [
            [("Signature of witness:", w.get("sig", "")), ("Print name:", w["name"])],
            [("Statement taken by:", r.get("taken_by", "")), ("Station:", r.get("station", ""))],
            ("Time and place statement taken:", r.get("taken_at", "")),
        ])
    docx_save(doc, c.p(fname), w["created"])


def mg11_scan(c: Case, fname, w, seed=5):
    """A statement printed, signed in ink and scanned: image-only PDF."""
    body = wrap_paras(w["body"])
    n_pages = w.get("pages", 2)
    split = w.get("split", (len(body) + 1) // 2)
    pages = []
    p1 = [("marking", "OFFICIAL-SENSITIVE (when complete)"), ("code", "MG 11"), ("gap", 4),
          ("title", "WITNESS STATEMENT"), ("small", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9"),
          ("gap", 2), ("urn", c.urn), ("box", "Statement of:", w["name"]),
          ("box", "Age if under 18:", w.get("age", "Over 18")), ("box", "Occupation:", w.get("occupation", "")),
          ("gap", 2), ("small", DECL.format(n=n_pages)), ("gap", 2),
          ("sig", "Signature:", "Date: " + w.get("date", "")), ("rule",)]
    p1 += [("text", t) for t in body[:split]]
    p1 += [("gap", 4), ("sig", "Signature:", "Witnessed by: " + w.get("wit", "")), ("foot", f"Page 1 of {n_pages}")]
    pages.append(raster_page(p1, seed=seed))
    if n_pages > 1:
        p2 = [("marking", "OFFICIAL-SENSITIVE (when complete)"), ("code", "MG 11 (cont)"), ("gap", 4),
              ("urn", c.urn), ("box", "Continuation of statement of:", w["name"], 48), ("rule",)]
        p2 += [("text", t) for t in body[split:]]
        p2 += [("gap", 4), ("sig", "Signature:", "Witnessed by: " + w.get("wit", "")), ("foot", f"Page 2 of {n_pages}")]
        pages.append(raster_page(p2, seed=seed + 1))
    scanned_pdf(c.p(fname), pages, w["created"])
    return pages


# ----------------------------------------------------------------------------------------------
#  generic documents from blocks (PDF and DOCX)
# ----------------------------------------------------------------------------------------------


def render_blocks_pdf(pdf: FormPDF, c: Case, blocks):
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.f("B", b[2] if len(b) > 2 else 13)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(pdf.epw, 6.5, pdf.t(b[1]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "sub":
            pdf.f("", 8)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(pdf.epw, 4, pdf.t(b[1]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "urn":
            y = pdf.get_y() + 1
            pdf.urn_boxes(pdf.w - pdf.r_margin - 72, y, c.urn)
            if len(b) > 1 and b[1]:
                pdf.f("B", 8.5)
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(80, 6, pdf.t(b[1]))
            pdf.set_y(y + 8)
        elif k == "urntext":
            pdf.f("B", 9)
            pdf.set_x(pdf.l_margin)
            pdf.cell(pdf.epw, 5, pdf.t(f"{b[1] if len(b) > 1 else 'URN'}: {c.urn}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "kv":
            pdf.kv_rows(b[1], lw=b[2] if len(b) > 2 else 45, size=b[3] if len(b) > 3 else 8.5)
        elif k == "bar":
            pdf.bar(b[1])
        elif k == "box":
            pdf.boxed_text(b[1], note=b[2] if len(b) > 2 else None, size=b[3] if len(b) > 3 else 9)
        elif k == "p":
            for para in wrap_paras(b[1]):
                pdf.para(para, size=b[2] if len(b) > 2 else 9.5, lh=4.8)
                pdf.ln(1.5)
        elif k == "pb":  # bold paragraph
            pdf.para(b[1], size=b[2] if len(b) > 2 else 9.5, style="B")
            pdf.ln(1)
        elif k == "mono":
            pdf.f("", b[2] if len(b) > 2 else 8, "mono")
            for line in b[1].strip("\n").split("\n"):
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(pdf.epw, 3.9, pdf.t(line) if line else " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "table":
            pdf_table(pdf, b[1], b[2], b[3], size=b[4] if len(b) > 4 else 8)
            pdf.ln(2)
        elif k == "ticks":
            y = pdf.get_y() + 1
            x = pdf.l_margin
            pdf.f("", 8.5)
            for label, on in b[1]:
                wl = pdf.get_string_width(pdf.t(label)) + 3
                pdf.set_xy(x, y)
                pdf.cell(wl, 5, pdf.t(label))
                pdf.tick(x + wl, y + 0.6, on, mark=b[2] if len(b) > 2 else "X")
                x += wl + 9
            pdf.set_y(y + 7)
        elif k == "gap":
            pdf.ln(b[1])
        elif k == "page":
            pdf.add_page()
        elif k == "sig":
            pdf.kv_rows([[(lab, val) for lab, val in b[1]]], lw=b[2] if len(b) > 2 else 30)
        elif k == "scrib":
            pdf.scribble(pdf.l_margin + b[1], pdf.get_y() - b[2], 28, 4, b[3])
        else:
            raise ValueError(k)


def doc_pdf(c: Case, fname, blocks, code="", marking="OFFICIAL-SENSITIVE (when complete)", core=False,
            orientation="P", created=FIXED_UTC, page_fmt="Page {p} of {nb}", foot="", repeat=None, author="",
            title=""):
    pdf = FormPDF(code=code, marking=marking, core=core, orientation=orientation, created=created,
                  page_fmt=page_fmt, foot_left=foot, repeat=repeat, author=author, title=title)
    pdf.add_page()
    render_blocks_pdf(pdf, c, blocks)
    pdf.out(c.p(fname))


def doc_docx(c: Case, fname, blocks, code="", created=FIXED_UTC, author="", landscape=False, font="Arial",
             runhead=True):
    doc = docx_new(author, font=font, landscape=landscape)
    if runhead:
        docx_runhead(doc, code, "OFFICIAL-SENSITIVE (when complete)")
    for b in blocks:
        k = b[0]
        if k == "title":
            docx_heading(doc, b[1], b[2] if len(b) > 2 else 13)
        elif k == "sub":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.runs[0].font.size = Pt(8)
        elif k == "urn":
            docx_urn_cells(doc, c.urn)
            doc.add_paragraph()
        elif k == "urntext":
            p = doc.add_paragraph()
            r = p.add_run(f"{b[1] if len(b) > 1 else 'URN'}: {c.urn}")
            r.bold = True
        elif k == "kv":
            docx_kv(doc, b[1])
            doc.add_paragraph()
        elif k == "bar":
            docx_bar(doc, b[1])
        elif k == "box":
            if len(b) > 2 and b[2]:
                p = doc.add_paragraph(b[2])
                p.runs[0].italic = True
                p.runs[0].font.size = Pt(8)
            docx_box(doc, b[1])
        elif k == "p":
            for para in wrap_paras(b[1]):
                doc.add_paragraph(para)
        elif k == "pb":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif k == "mono":
            for line in b[1].strip("\n").split("\n"):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
                p.paragraph_format.space_after = Pt(0)
        elif k == "table":
            docx_table(doc, b[1], b[2], b[3] if len(b) > 3 else None)
            doc.add_paragraph()
        elif k == "ticks":
            p = doc.add_paragraph("    ".join(("\u2612 " if on else "\u2610 ") + lab for lab, on in b[1]))
        elif k == "gap":
            doc.add_paragraph()
        elif k == "page":
            p = doc.add_paragraph()
            p.add_run().add_break(WD_BREAK.PAGE)
        elif k == "sig":
            docx_kv(doc, [[(lab, val) for lab, val in b[1]]])
        elif k == "scrib":
            pass
        else:
            raise ValueError(k)
    docx_save(doc, c.p(fname), created)


# ----------------------------------------------------------------------------------------------
#  MG3: report to crown prosecutor, sections in form order
# ----------------------------------------------------------------------------------------------


def mg3_blocks(c: Case, m):
    """m: dict of MG3 content. Returns the block list in the form's order."""
    want = m.get("decision", "FCT")
    B = [("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 13),
         ("sub", "(Director's Guidance on Charging, 6th edition - police to complete parts A to H; CPS to complete part I)"),
         ("urn", m.get("urn_label", "")),
         ("kv", [[("Police force / unit:", m["unit"]), ("Date of submission:", m["date"])],
                 ("Suspect(s) - SURNAME, Forename(s), date of birth:", m["suspects"]),
                 ("Offence(s) for consideration:", m["offences"]),
                 ("Custody / bail / RUI status (conditions, return date):", m["bail"])], 44),
         ("bar", "A. Advice or decision sought"),
         ("ticks", [("Early advice", want == "EA"), ("Full Code Test", want == "FCT"),
                    ("Threshold Test", want == "TT")], m.get("tickmark", "X")),
         ("kv", [("If Threshold Test: why, and what further evidence is expected and when:", m.get("tt_reason", "N/A")),
                 ("Early advice - sought / given (date, prosecutor) or reason not sought:", m["early_advice"])], 60),
         ("bar", "B. Summary of key evidence"),
         ("box", m["summary"]),
         ("bar", "C. Complainant's account and first disclosure"),
         ("box", m["account"]),
         ("bar", "D. Suspect's account / likely defence"),
         ("box", m["defence"]),
         ("bar", "E. Reasonable lines of enquiry (including those pointing away from the suspect)"),
         ("box", m["loe"], "Record the lines pursued and their result, and any not pursued with the reason."),
         ("bar", "F. Outstanding evidence and target dates")]
    if m.get("outstanding_rows"):
        B.append(("table", ["Outstanding item", "Responsible", "Target date"], m["outstanding_rows"], [110, 42, 34]))
    if m.get("outstanding_text"):
        B.append(("box", m["outstanding_text"]))
    B += [("bar", "G. Disclosure, digital and third-party material"),
          ("box", m["disclosure"]),
          ("bar", "H. Victim and witness issues"),
          ("kv", [("Special measures (MG2) and s.28 view:", m["sm"]),
                  ("Intermediary:", m.get("intermediary", "Not required - no communication needs identified.")),
                  ("Needs (interpreter, disability, support):", m["needs"]),
                  ("Victim Personal Statement:", m["vps"]),
                  ("ISVA / support services:", m["isva"]),
                  ("Forensic / medical (SARC) and consent:", m["formed"])], 46),
          ("bar", "Previous convictions and bad character"),
          ("box", m["pnc"]),
          ("bar", "Officer in the case"),
          ("kv", [[("Name, rank, number:", m["oic"]), ("Station / unit:", m["oic_unit"])],
                  [("Direct telephone:", m["oic_tel"]), ("Email:", m["oic_email"])]], 30),
          ("bar", "Supervisor's endorsement"),
          ("box", m["supervisor"]),
          ("bar", "I. Prosecutor's decision (CPS use only)"),
          ("kv", [("Decision:", ""), [("Prosecutor:", ""), ("Date:", "")]], 30)]
    return B


def mg3_pdf(c: Case, fname, m, created, core=False, foot=""):
    doc_pdf(c, fname, mg3_blocks(c, m), code="MG 3", core=core, created=created, foot=foot or "MG3 (DG6) 2021",
            author=m.get("author", ""), title="MG3")


# ----------------------------------------------------------------------------------------------
#  unused material schedules with a repeated header block
# ----------------------------------------------------------------------------------------------


def schedule_pdf(c: Case, fname, kind, rv, items, officer, date, created, continuation_of=None, nil=None,
                 foot="MG6C 2024", size=8):
    sensitive = kind == "MG 6D"
    title = "POLICE SCHEDULE OF SENSITIVE MATERIAL" if sensitive else "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"

    def head(pdf: FormPDF):
        pdf.f("B", 12)
        pdf.set_xy(pdf.l_margin, 12)
        pdf.cell(pdf.epw, 6, title, align="C")
        pdf.f("", 8)
        pdf.set_xy(pdf.l_margin, 19)
        pdf.cell(90, 5, pdf.t(f"R v {rv}"))
        pdf.urn_boxes(pdf.w - pdf.r_margin - 72, 18, c.urn)
        pdf.set_xy(pdf.l_margin + 95, 19)
        pdf.f("B", 8)
        pdf.cell(50, 5, f"Page {pdf.page_no()} of {{nb}}")
        pdf.set_xy(pdf.l_margin, 25)
        pdf.f("I", 7.5)
        if sensitive:
            txt = ("The disclosure officer believes the material below is sensitive: disclosing it would give rise to a "
                   "real risk of serious prejudice to an important public interest, for the reason given. "
                   "This schedule is not disclosed to the defence.")
        else:
            txt = ("The disclosure officer believes that the material listed below, which has been retained and does not "
                   "form part of the prosecution case, is not sensitive." +
                   (f" (Continuation of schedule dated {continuation_of}: numbering continues.)" if continuation_of else ""))
        pdf.multi_cell(pdf.epw, 3.6, pdf.t(txt), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(pdf.get_y() + 2)

    pdf = FormPDF(code=kind, marking="OFFICIAL-SENSITIVE" if sensitive else "OFFICIAL (when complete)",
                  orientation="L", created=created, page_fmt="", foot_left=foot, repeat=head)
    pdf.add_page()
    if nil:
        pdf.boxed_text(nil, size=10, min_h=40)
    else:
        if sensitive:
            headers = ["Item No.", "Description", "Reason for sensitivity", "CPS comment (D / ND / PII)"]
            widths = [16, 105, 105, 47]
        else:
            headers = ["Item No.", "Description and relative location", "Location",
                       "CPS use: comment / D = disclose, CND = clearly not disclosable, I = inspect"]
            widths = [16, 150, 52, 55]
        pdf_table(pdf, headers, items, widths, size=size)
    pdf.ln(3)
    if pdf.get_y() > pdf.h - 40:
        pdf.add_page()
    pdf.kv_rows([[("Disclosure officer (name, rank, number):", officer), ("Signature:", "[signed]"), ("Date:", date)],
                 [("Reviewing prosecutor:", ""), ("Signature:", ""), ("Date:", "")]], lw=40)
    pdf.out(c.p(fname))


def pnb_copy(c: Case, fname, who, pages, text, created):
    doc_pdf(c, fname, [
        ("title", f"COPY OF POCKET NOTEBOOK ENTRY - {who} - pages {pages}"),
        ("urntext",),
        ("mono", text),
        ("p", "True copy of the original entry, made for the file. Original retained by the officer."),
    ], code="PNB", created=created, foot="PNB copy")
    c.reg(fname, "OTHER", check=False, present=False)


def write_eml(path, frm, to, subject, date_str, body, cc=None):
    lines = [f"From: {frm}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", f"Date: {date_str}", "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.strip(), ""]
    with open(path, "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write("\n".join(lines))


# ==============================================================================================
#  CASE A  (compliant) - ABE complainant, national PDF forms, first account named by relationship
# ==============================================================================================


def case_a(out):
    c = Case(out, "LINNET_DOYLE", "47KD0213826")
    urn = c.urn
    oic = "DC 3077 Sam ELLERY"
    oic_email = "sam.ellery@wexshire.police.example"
    sub_date = d(20, 4)

    # ---------------- MG3 ----------------
    m = dict(
        unit="Wexshire Police - Kilnworth RASSO Investigation Team (Operation Linnet)",
        date="20/04/2026",
        suspects="DOYLE, Ryan Michael - 14/08/1996",
        offences="Rape of a woman aged 16 or over, contrary to s.1 Sexual Offences Act 2003 (one count), "
                 "14 Tannery Court, Kilnworth, between 01:30 and 02:50 on 07/03/2026.",
        bail="Pre-charge bail granted 10/03/2026 by the custody officer, return Kilnworth police station "
             "10/06/2026 10:00. Conditions: (1) not to contact Chloe ASHWORTH directly or indirectly, including "
             "via social media or third parties; (2) not to enter Fennel Street, Kilnworth. Rationale: protection "
             "of the complainant; authorised by Insp 0871 WEBB.",
        early_advice="Early advice was sought on 16/03/2026 and given by Joanna PELL, Senior Crown Prosecutor, "
                     "CPS Wexshire RASSO Unit, on 23/03/2026 (record of advice attached). Every point of that "
                     "advice has been actioned; see section E.",
        summary="""
The complainant, Chloe ASHWORTH (24), met the suspect, Ryan DOYLE (29), for the first time at The Lantern
Bar, Castle Street, Kilnworth on the evening of Friday 06/03/2026. They left the bar together at 01:12 on
07/03/2026 (CCTV, exhibit DM/3) and walked to the suspect's flat at 14 Tannery Court. She states that she
was very drunk, went to lie down on his bed, and that he removed her underwear and had vaginal intercourse
with her while she said "no" and pushed at his chest. She left in a taxi booked at 02:48 and arrived home
at 03:14 (Kilnworth Cars booking record).

Key evidence: (1) the complainant's video-recorded interview of 09/03/2026 (KP/1, working copy KP/2), with
summary; (2) her flatmate's account of her distress and of what she said about five minutes after she came
home; (3) PC 2291 MARSH's account of the complainant's demeanour and initial account at 09:58; (4) CCTV from
the bar showing her level of intoxication when leaving; (5) the forensic physician's findings (a small
abrasion at the posterior fourchette and a bruise to the inner left upper arm); (6) the suspect's text
messages the next morning, recovered from his phone (SE/2); (7) his interview, in which intercourse is admitted.
""",
        account="""
Chloe gave a video-recorded interview (ABE) on 09/03/2026 to DC 4410 PHELPS, monitored by DS 1177 GRANT. The
recording (KP/1 master, KP/2 working copy), the ABE summary/index and DC PHELPS's statement exhibiting it are
on file. Her account is consistent with the initial account recorded by PC MARSH in his pocket notebook.

First disclosure: the first person she told was her flatmate, at about 03:20 on 07/03/2026, when she came
home crying. Her flatmate's statement is on file. She then reported to police by 999 at 09:41 (CAD 0412).
She has told no one else about the detail of the incident.
""",
        defence="""
Interviewed under caution on 10/03/2026 (MG15 attached), with solicitor Ms K OYELARAN present. DOYLE answered
all questions. He accepts vaginal intercourse but says it was consensual: she was "tipsy but fine", she
suggested going to bed, she never said no or pushed him, and she left because she had work. He points to his
text messages the next morning as showing he thought nothing was wrong. On arrest he said: "She was well up
for it, this is mad." The likely defence is consent and reasonable belief in consent; capacity through drink
is likely to be in issue.
""",
        loe="""
Pursued, with result:
- CCTV, The Lantern Bar (all cameras 22:00-02:00): obtained (DM/4, clip DM/3). Shows the pair talking from
  23:05, leaving at 01:12, her holding his arm and unsteady on the step; they kiss briefly outside. This
  last point is capable of assisting the defence and is addressed in the MG6E.
- CCTV, Tannery Court communal entrance: camera not recording since January 2026 (managing agent's email,
  MG6C item 13). No footage exists.
- House-to-house, Tannery Court flats 1-16: nobody saw or heard anything relevant.
- Taxi (Kilnworth Cars): booking record obtained. The driver was spoken to and does not recall the fare.
- Bar staff and manager: no recollection of the pair. No statements taken; notes on MG6C.
- Liam GRAHAM, the suspect's friend, who walked with them from the bar: statement obtained. He describes her
  as happy, affectionate and "tipsy but not falling over". This points away from the suspect and is on file.
- Suspect's phone (SE/1): selective extraction 06/03 18:00 to 09/03 16:20, messages and calls with the
  complainant and with GRAHAM. Two texts to her on 07/03 ("hope you got home ok, had a great night x" at
  10:12 and "?" at 11:30); she did not reply. Nothing else relevant.
- Toxicology on blood and urine taken at the SARC: submitted; results outstanding (section F).

Considered and not pursued, with reasons:
- Complainant's phone: she did not want her phone examined and it has not been. It is not a reasonable line
  of enquiry: they exchanged numbers at the bar, the only messages between them are on the suspect's phone
  (SE/2), and her taxi call is proved by the operator's record. No Digital Processing Notice was needed.
- DNA on the intimate swabs (SR/1-SR/3): not submitted, because intercourse is admitted.
- Social media of either party: neither account suggests contact by social media; an open-source check of
  DOYLE's public profile found nothing (MG6C item 22).
- Third-party material about the complainant (counselling, GP, education, social care): none sought. Nothing
  in the investigation suggests any such record is relevant, so no request would be necessary or proportionate.
""",
        outstanding_rows=[
            ["Toxicology (alcohol and drug screen) on blood SR/5 and urine SR/6, Castlegate Forensic Services, "
             "submitted 11/03/2026 (MG21 on file)", "DC 3077 ELLERY", "22/05/2026"],
            ["Back-calculation of blood alcohol at 01:30-02:50 by the toxicologist, on receipt of results",
             "DC 3077 ELLERY", "05/06/2026"],
        ],
        outstanding_text="No other evidence is outstanding. A full code test decision is requested now: the "
                         "toxicology goes to the weight of the capacity evidence and is not needed for the decision.",
        disclosure="""
MG6C (24 items), MG6D (1 item) and MG6E are attached. Items which may meet the disclosure test are identified
on the MG6E and copies are attached: the CAD log, the crime report, PC MARSH's notebook entry of the initial
account (records of first complaint) and the statement of Liam GRAHAM. Witness PNC checks: the complainant,
her flatmate and GRAHAM have no convictions (nil return on file). A Disclosure Management Document is attached
setting out the digital strategy and the reasons for the limits of the phone examination.
""",
        sm="MG2 attached. Chloe is eligible as a complainant in a sexual offence (YJCEA s.17(4)). She asks for her "
           "ABE to be played as evidence in chief (s.27), for pre-recorded cross-examination under s.28, which was "
           "explained to her on 09/03/2026 and which she wants, and for a screen if she has to attend court.",
        needs="No interpreter needed (first language English). No disability. She has anxiety and is supported "
              "by her GP and her ISVA. Contact by mobile after 17:00 on weekdays. A female officer was requested "
              "and provided.",
        vps="VPS explained and offered on 09/03/2026. She chose not to make one yet and wishes to make one "
            "later; she knows she can do so at any stage.",
        isva="Referred to Harbour Lane ISVA service on 07/03/2026 by the SARC; ISVA Bethan CROSS is in "
             "regular contact.",
        formed="Examined at Harbour Lane SARC on 07/03/2026 by Dr Sunita RAO (statement attached). Chloe gave "
               "written consent at the SARC for the examination findings and notes to be released to police "
               "and CPS. Toxicology outstanding - target 22/05/2026.",
        pnc="DOYLE: one conviction, assault by beating, 03/06/2019 (fine) - print attached. No sexual offences "
            "and no relevant intelligence. Prosecution witnesses: no trace (nil return attached).",
        oic=oic, oic_unit="Kilnworth RASSO Investigation Team", oic_tel="01632 960417 / 07700 900417",
        oic_email=oic_email,
        supervisor="I have reviewed this file against the National File Standard and the early advice. I am "
                   "satisfied it is ready for a charging decision. DS 1559 Priyanka DHILLON, 20/04/2026.",
        author="Sam Ellery",
    )
    mg3_pdf(c, "MG3 - DOYLE - FCT.pdf", m, sub_date)
    c.reg("MG3 - DOYLE - FCT.pdf", "MG3")

    # ---------------- early advice e-mail ----------------
    write_eml(c.p("RE URN 47KD0213826 early advice.eml"),
              "Joanna Pell <joanna.pell@cps-wexshire.example>", f"Sam Ellery <{oic_email}>",
              "RE: URN 47KD0213826 - R v DOYLE - early advice", "Mon, 23 Mar 2026 15:42:10 +0000", """
Sam,

Thank you for the MG3 requesting early advice, and for the call this morning. Record of my advice:

1. Obtain a statement from the flatmate about what Chloe said when she came home and how she appeared.
   This is a previous complaint (CJA 2003 s.120) and I will want it before a decision.
2. Secure the bar CCTV for the whole evening, not just the exit, so that drink consumption can be seen.
3. Toxicology: please submit blood and urine now. I do not need the results before a decision but I will
   need a target date.
4. The suspect's phone: a selective extraction limited to contact with Chloe and with his friend on the
   night is proportionate. I do not consider examination of Chloe's phone a reasonable line of enquiry
   on what you have told me, and I agree with your rationale.
5. Take a statement from the friend (Liam GRAHAM), even though it may assist the defence.
6. No third-party material about Chloe is needed on present information.

When you submit for a decision please include the MG6 schedules and witness PNC checks.

Kind regards
Joanna Pell
Senior Crown Prosecutor, RASSO Unit, CPS Wexshire
Tel 01632 960288
""")
    c.reg("RE URN 47KD0213826 early advice.eml", ["EARLY_ADVICE", "CORRESPONDENCE"])

    # ---------------- statements ----------------
    marsh = dict(name="Daniel MARSH", occupation="Police Constable 2291", date="08/03/2026",
                 sig="(Sgd) D. MARSH PC 2291", wit="", created=d(8, 3, h=18), seed=11, author="PC 2291 Marsh",
                 body="""
I am a police constable with Wexshire Police, on response duties at Kilnworth police station. On Saturday
7 March 2026 I was on duty in uniform, single crewed in a marked police vehicle. At 09:44 hours I was sent by
the control room to incident 0412 of that day, a report of a rape, at Flat 3, 18 Fennel Street, Kilnworth.
I was the first officer to attend.

I arrived at 09:58 hours. The door was opened by a woman who said she was Hannah PRICE and that she lived
there. She took me into the living room, where a woman I now know as Chloe ASHWORTH was sitting on the sofa
wrapped in a blanket. She was crying and shaking. Her speech was quiet but clear and she understood my
questions. I could not smell intoxicants on her at that time.

I told her who I was and that I needed to ask a few short questions so that I could make sure she was safe
and that evidence was kept, and that she would be able to give a full account later to a specially trained
officer. I asked only what I needed to. I wrote her answers in my pocket notebook, pages 23 to 26, at the
time. In summary she told me that she had been at The Lantern Bar on Castle Street the night before, that she
had met a man called Ryan there, that she had gone back to his flat at Tannery Court, that she had been very
drunk, that she had told him "no" and tried to push him off and that he had had sex with her anyway. She said
that she left in a taxi at about 3am and told Hannah as soon as she got home. She said she had not showered
or changed her underwear. I read the entry back to her and she signed it as correct at 10:19 hours.

I did not switch on my body-worn camera inside the flat. Chloe asked me not to film her, and I judged that a
short notebook record of her first account was enough in the circumstances.

At 10:20 hours, with Chloe's agreement, I seized the clothing she said she had worn: a black dress, which I
sealed in a bag and exhibited as DM/1, and a pair of black knickers, which I sealed and exhibited as DM/2. I
arranged through the control room for Chloe to be seen at the Harbour Lane Sexual Assault Referral Centre.
At 13:50 hours at Kilnworth police station I handed DM/1 and DM/2 to DC 3077 ELLERY.

On Sunday 8 March 2026 at 11:30 hours I went to The Lantern Bar and spoke to the manager, Mr Ian FOWLER, who
showed me the CCTV system. The system clock was two minutes fast when checked against my Airwave radio. On
camera 3, which covers the front door and the pavement, I saw at 01:12 hours (system time 01:14) a woman
matching Chloe's description leave with a man. Mr FOWLER downloaded all cameras from 22:00 to 02:00 hours onto
a USB drive, which I sealed and exhibited as DM/4, and exported a clip from camera 3, 01:05 to 01:20 hours,
which I exhibited as DM/3. I asked the staff who had worked on the Friday night whether they remembered Chloe
or the man. None of them did.
""")
    mg11_pdf(c, "MG11 PC2291 MARSH.pdf", marsh)
    c.reg("MG11 PC2291 MARSH.pdf", "MG11", "officer")

    price = dict(name="Hannah PRICE", size=11, lh=7.4, occupation="Trainee accountant", date="08/03/2026",
                 sig="(Sgd) H. Price", wit="(Sgd) PC 2291 D MARSH", created=d(8, 3, h=16), seed=12,
                 author="PC 2291 Marsh",
                 rear=dict(address="Flat 3, 18 Fennel Street, Kilnworth", postcode="KN4 2PL", home_tel="",
                           work_tel="01632 960552", mobile="07700 900552", email="h.price@mailbox.example",
                           pref="Mobile, after 5pm", gender="Female", dob="02/05/2000, Kilnworth", height="5'6\"",
                           eth="W1", nonavail="01/08/2026 - 15/08/2026 (holiday abroad)", attend="Yes",
                           sm="No", needs="No", vps_explained="Yes", leaflet="Yes", med_police="N/A",
                           med_defence="N/A", civil="Yes", taken_by="PC 2291 Daniel MARSH", station="Kilnworth",
                           taken_at="08/03/2026, 14:05 to 15:20, at the witness's home address"),
                 body="""
I live at Flat 3, 18 Fennel Street, Kilnworth with my friend Chloe ASHWORTH. We have shared the flat for
about two years and we get on well.

On Friday 6 March 2026 Chloe went out with friends from work in Kilnworth town centre. I stayed in. I went to
bed at about half past midnight but I wasn't asleep because I was watching something on my phone.

At about quarter past three, maybe twenty past, I heard the front door and then I heard Chloe crying in the
hallway. I got up and found her sitting on the floor by the door holding her shoes. She was sobbing, really
sobbing, and her mascara was all down her face. I asked her what had happened. At first she just kept saying
"I'm so stupid, I'm so stupid." I sat down with her and after a few minutes she told me she had gone back to
the flat of a man called Ryan who she had met at the Lantern. She said she had felt really drunk and had gone
to lie down and he had got on top of her. She said, "I told him no, Han, I said no and he just kept going."
She said she had pushed at his chest and he didn't stop. She said afterwards she got her things and got a
taxi home.

I asked her if she wanted me to ring the police and she said no, not yet, she just wanted to sleep. I made
her a cup of tea and stayed with her in her room. She hardly slept. At about half past nine she said she
wanted to report it and she rang 999 on her phone while I sat with her. A police officer arrived at about ten.

When she came in Chloe seemed drunk. She was unsteady on her feet and her words were a bit slurred, but she
knew what she was saying. I do not know the man called Ryan and I have never met him.
""")
    mg11_pdf(c, "MG11 PRICE H.pdf", price)
    c.reg("MG11 PRICE H.pdf", "MG11", "first_account")

    phelps = dict(name="Karen PHELPS", occupation="Detective Constable 4410", date="09/03/2026",
                  sig="(Sgd) K. Phelps DC4410", wit="", created=d(9, 3, h=15), seed=13, author="DC 4410 Phelps",
                  body="""
I am a detective constable with Wexshire Police in the Kilnworth RASSO Investigation Team. I am trained to
conduct video-recorded interviews of adult and child witnesses in line with Achieving Best Evidence.

On Monday 9 March 2026 between 10:02 and 11:14 hours I conducted a video-recorded interview with Chloe
ASHWORTH at the Kilnworth video interview suite. DS 1177 GRANT monitored the interview and operated the
recording equipment from the monitoring room. Before the interview I prepared a written interview plan,
which has been retained.

At the end of the interview the recording was copied to two discs. I sealed the master copy in the presence
of Chloe and DS GRANT and exhibited it as KP/1. I exhibited the working copy as KP/2. The master copy KP/1 is
in the property store at Kilnworth police station under property reference KN/P/26/03318. A digital copy of
the working copy KP/2 accompanies this file as a video file.

I have prepared a written summary and index of the interview with time references, which also accompanies
this file.
""")
    mg11_pdf(c, "MG11 DC4410 PHELPS (ABE).pdf", phelps)
    c.reg("MG11 DC4410 PHELPS (ABE).pdf", "MG11", "officer")

    ellery = dict(name="Sam ELLERY", occupation="Detective Constable 3077", date="14/04/2026",
                  sig="(Sgd) S ELLERY DC 3077", wit="", created=d(14, 4, h=12), seed=14, author="Sam Ellery",
                  body="""
I am a detective constable with Wexshire Police and the officer in the case.

On Saturday 7 March 2026 at 13:50 hours at Kilnworth police station I received from PC 2291 MARSH two sealed
exhibits, DM/1 (black dress) and DM/2 (black knickers), which I booked into the property store. At 16:30 hours
at the Harbour Lane SARC I received from Dr RAO the sealed samples SR/1 to SR/6.

On Monday 9 March 2026 at 16:20 hours I arrested Ryan Michael DOYLE at 14 Tannery Court, Kilnworth on
suspicion of rape. I cautioned him and he replied, "She was well up for it, this is mad." I seized from him a
black Samsung Galaxy S23 mobile phone, which I exhibited as SE/1.

On Tuesday 10 March 2026 between 11:05 and 12:02 hours at Kilnworth police station, with DC 5120 MORGAN, I
interviewed DOYLE under caution in the presence of his solicitor, Ms K OYELARAN. The interview was audio
recorded. I have prepared a record of the interview (MG15), which I exhibit as SE/3.

On Wednesday 11 March 2026 I submitted SR/5 (blood) and SR/6 (urine) to Castlegate Forensic Services for an
alcohol and drug screen. On the same day the Digital Forensic Unit carried out a selective extraction of SE/1
limited to 18:00 on 6 March to 16:20 on 9 March 2026 and to messages and calls with the complainant's number
and with Liam GRAHAM. I exhibit the extraction report as SE/2.
""")
    mg11_pdf(c, "MG11 DC3077 ELLERY.pdf", ellery)
    c.reg("MG11 DC3077 ELLERY.pdf", "MG11", "officer")

    rao = dict(name="Dr Sunita RAO", occupation="Forensic Physician", date="12/03/2026",
               sig="[signed]", wit="", created=d(12, 3, h=11), seed=15, author="S Rao", scribble=False,
               foot="MG11 (T) Wexshire 03/24 - expert", body="""
I am a forensic physician at the Harbour Lane Sexual Assault Referral Centre (SARC). I hold the degrees of
MBChB and MRCGP and the Diploma of the Faculty of Forensic and Legal Medicine. I have worked in forensic
medicine for nine years and have examined more than 600 complainants of sexual offences.

On Saturday 7 March 2026 at 14:35 hours at the SARC I examined Chloe ASHWORTH, born 11/10/2001, at the request
of Wexshire Police. A crisis worker was present throughout. Before the examination Chloe gave written consent
to the examination, to the taking of samples and to the release of my findings and notes to the police and
the Crown Prosecution Service.

Chloe told me that at about 02:00 that morning a man had had penile-vaginal intercourse with her without her
consent while she was very drunk. She said he had held her left arm. She had not washed or changed since.

On examination she was alert and orientated, with no smell of alcohol. I found: (1) a superficial abrasion,
4 mm long, at the posterior fourchette at the 6 o'clock position; (2) an oval bruise, 2 cm by 1.5 cm, purple,
on the inner aspect of the left upper arm. There were no other injuries.

I took the following samples, which I sealed and labelled: SR/1 low vaginal swab; SR/2 high vaginal swab;
SR/3 external vulval swab; SR/4 mouth swab (control); SR/5 blood sample, taken at 14:58 hours, for toxicology;
SR/6 urine sample, taken at 14:40 hours, for toxicology. At 16:30 hours I handed all six samples to DC 3077
ELLERY.

Opinion. The abrasion is consistent with blunt force trauma to the genital area, such as penile penetration.
Injuries of this kind can occur with consensual or non-consensual intercourse; its presence does not by
itself show which. The bruise is consistent with firm gripping of the arm, as Chloe described, but could have
other causes. The absence of further injury does not mean that an assault did not take place.

Expert's declaration. I understand that my duty is to help the court by giving objective, unbiased opinion on
matters within my expertise, and that this duty overrides any obligation to the party instructing me. I have
complied with that duty. I have stated the facts and matters on which my opinion is based, and where a matter
is outside my expertise I have said so. I confirm that the opinions I have expressed are my own.
""")
    mg11_pdf(c, "Statement Dr S RAO FME.pdf", rao)
    c.reg("Statement Dr S RAO FME.pdf", "MG11", "expert")

    graham = dict(name="Liam GRAHAM", occupation="Plasterer", date="14/03/2026", sig="(Sgd) L Graham",
                  wit="(Sgd) DC 3077 S ELLERY", created=d(14, 3, h=13), seed=16, author="Sam Ellery",
                  rear=dict(address="22 Mill Lane, Kilnworth", postcode="KN2 7DF", mobile="07700 900361",
                            email="", pref="Mobile", gender="Male", dob="19/01/1995, Castlebridge",
                            nonavail="None known", attend="Yes", sm="No", needs="No", vps_explained="Yes",
                            leaflet="Yes", civil="Yes", taken_by="DC 3077 Sam ELLERY", station="Kilnworth",
                            taken_at="14/03/2026, 10:10 to 11:05, Kilnworth police station"),
                  body="""
I have known Ryan DOYLE for about six years. We play five-a-side football together and go out now and then.

On Friday 6 March 2026 I was at The Lantern Bar on Castle Street with Ryan from about 9pm. At about 11pm Ryan
started chatting to a girl with dark hair who I now know is called Chloe. Her friends were with her at first
and then they left. Chloe stayed with us. She seemed happy and was laughing a lot. She had a few drinks while
I was there, I think vodka and coke. She was tipsy but she wasn't falling over and she was talking normally.

At about 1am we all left together. Chloe was holding Ryan's arm. Outside the bar they kissed. I walked with
them as far as the corner of Tannery Court and then went home to Mill Lane. I did not go into Ryan's flat. I
did not see Chloe again.

I spoke to Ryan on the phone on the Saturday afternoon about football. He said he'd had a good night. He did
not say anything else about Chloe.
""")
    mg11_pdf(c, "MG11 GRAHAM L.pdf", graham)
    c.reg("MG11 GRAHAM L.pdf", "MG11", "witness")

    # ---------------- ABE recording, summary, plan ----------------
    make_video(c.p("VRI ASHWORTH 090326.mp4"), 4, "VRI KP/2 09/03/2026", scene="room", start=(10, 2, 0), seed=21,
               when="2026-03-09T10:02:00.000000Z")
    c.reg("VRI ASHWORTH 090326.mp4", "ABE_RECORDING")
    doc_pdf(c, "ABE summary - ASHWORTH.pdf", [
        ("title", "RECORD OF VIDEO-RECORDED INTERVIEW - SUMMARY AND INDEX"),
        ("sub", "Achieving Best Evidence - summary prepared by the interviewing officer"),
        ("urn",),
        ("kv", [[("Interviewee:", "Chloe ASHWORTH (24)"), ("Date of interview:", "09/03/2026")],
                [("Interviewing officer:", "DC 4410 Karen PHELPS"), ("Monitoring officer:", "DS 1177 Martin GRANT")],
                [("Place:", "Kilnworth video interview suite"), ("Times:", "10:02 - 11:14 (72 min)")],
                [("Exhibits:", "KP/1 (master, sealed), KP/2 (working copy)"), ("Others present:", "None")]], 32),
        ("bar", "Index"),
        ("table", ["Time (hh:mm:ss)", "Content"], [
            ["00:00:00", "Introductions; date, time, place; people present and in the monitoring room."],
            ["00:02:10", "Ground rules explained; truth and lies; 'I don't know' and 'I don't understand' are fine."],
            ["00:05:40", "Free narrative begins: going out with work friends, arriving at The Lantern Bar about 21:30."],
            ["00:11:25", "Meeting 'Ryan' at the bar about 23:00; his friend Liam; drinks (about five vodka and cokes, two shots)."],
            ["00:17:50", "Friends leave about 00:30; she feels 'really drunk'; agrees to walk back with Ryan for 'one more drink'."],
            ["00:22:15", "Walk to Tannery Court; Liam leaves at the corner; she recalls kissing Ryan outside the bar."],
            ["00:26:30", "In the flat: kissing on the sofa; room spinning; she asks to lie down and goes to the bedroom alone."],
            ["00:31:05", "Ryan comes in, lies next to her, removes her knickers; she says 'no, I don't want to', tries to push his chest."],
            ["00:36:40", "He holds her left arm and has vaginal intercourse; she 'froze' and turned her face away; unsure how long."],
            ["00:41:20", "Afterwards: he goes to the bathroom; she dresses, leaves, books a taxi on her phone outside."],
            ["00:45:00", "Arrives home; tells her flatmate what happened; reports to police in the morning."],
            ["00:48:30", "Questioning phase: how drunk she was; what she said and how loudly; his words ('you're fine, relax')."],
            ["00:59:10", "Description of Ryan and of the flat (grey sofa, bedroom at the end of the hall, blue bedding)."],
            ["01:06:00", "Clarification of timings; whether she had sent him any messages (no); phone numbers exchanged at bar."],
            ["01:10:45", "Closure: anything to add; special measures and s.28 explained; VPS explained; next steps."],
        ], [32, 154]),
        ("bar", "Summary of account"),
        ("box", """
Chloe describes meeting the suspect for the first time in the bar, drinking heavily and leaving with him to
go to his flat. She says she lay down alone because she felt unwell, that he joined her, removed her
underwear and had vaginal intercourse with her while she said 'no' and pushed at his chest, and that he held
her left arm. She describes freezing. She left shortly after and told her flatmate as soon as she got home.
Points for the prosecutor: her recall of the walk and of the flat is detailed; she accepts she kissed him in
the street and on the sofa; she cannot say how long the intercourse lasted.
"""),
        ("sig", [("Prepared by:", "DC 4410 K PHELPS"), ("Date:", "10/03/2026")]),
    ], code="ABE", created=d(10, 3, h=17), foot="Index / summary of VRI")
    c.reg("ABE summary - ASHWORTH.pdf", "ABE_SUMMARY")

    doc_pdf(c, "ABE plan ASHWORTH.pdf", [
        ("title", "VIDEO-RECORDED INTERVIEW PLAN (ADULT WITNESS)"),
        ("urn",),
        ("kv", [[("Witness:", "Chloe ASHWORTH"), ("Planned date / time:", "09/03/2026 10:00")],
                [("Interviewer:", "DC 4410 PHELPS"), ("Monitor:", "DS 1177 GRANT")],
                ("Location:", "Kilnworth video interview suite (soft room 1)")], 32),
        ("bar", "Objectives"),
        ("box", """
Obtain Chloe's best evidence of events from meeting the suspect at The Lantern Bar to arriving home, in her
own words, for use as evidence in chief. Points to cover if not raised in free narrative: amount and type of
drink; what was said about consent and how; any force or restraint; her condition and memory gaps; the
suspect's words; how she left; who she told and when.
"""),
        ("bar", "Witness needs and welfare"),
        ("box", "No communication needs identified; no intermediary required. Female interviewer at her request. "
                "ISVA to be available after the interview. Breaks offered every 30 minutes."),
        ("bar", "Phases"),
        ("box", "Rapport (ground rules) - free narrative - questioning (open then specific, no leading questions) "
                "- closure (special measures, s.28, VPS, next steps)."),
        ("sig", [("Plan prepared by:", "DC 4410 K PHELPS"), ("Date:", "08/03/2026"), ("Agreed by:", "DS 1177 M GRANT")]),
    ], code="ABE PLAN", created=d(8, 3, h=19))
    c.reg("ABE plan ASHWORTH.pdf", "ABE_PLAN")

    # ---------------- suspect interview ----------------
    doc_pdf(c, "MG15 DOYLE 100326.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("urn",),
        ("kv", [[("Person interviewed:", "Ryan Michael DOYLE"), ("Exhibit number:", "SE/3")],
                [("Place of interview:", "Kilnworth police station, interview room 2"), ("Date:", "10/03/2026")],
                [("Time commenced:", "11:05"), ("Time concluded:", "12:02")],
                [("Duration of interview:", "57 minutes"), ("Recording ref.:", "KN-IR2-260310-01")],
                [("Interviewing officer(s):", "DC 3077 ELLERY, DC 5120 MORGAN"),
                 ("Other persons present:", "Ms K OYELARAN, solicitor (Oyelaran & Finch)")]], 34),
        ("table", ["Tape counter time", "Person speaking", "Text"], [
            ["00:00", "ELLERY", "Introductions. Caution given and explained. DOYLE confirms he understands. Reminded of free legal advice; solicitor present."],
            ["01:30", "OYELARAN", "Confirms pre-interview disclosure received; client will answer questions."],
            ["02:10", "ELLERY", "Asks him to describe Friday night 6 March."],
            ["02:20", "DOYLE", "At the Lantern with Liam from about nine. Started talking to Chloe at the bar about eleven. 'She was lovely, we got on really well.'"],
            ["06:45", "ELLERY", "How much had she had to drink?"],
            ["06:50", "DOYLE", "'A few. She was tipsy but she was fine, she was chatting, she wasn't falling about.' Says he bought her two vodkas."],
            ["10:15", "DOYLE", "They left about one. She kissed him outside. 'She asked if I had anything to drink at mine.'"],
            ["15:40", "ELLERY", "What happened at the flat?"],
            ["15:45", "DOYLE", "Kissing on the sofa. 'She said shall we go to bed and went in.' He followed a minute later. 'We had sex. She was into it.'"],
            ["21:30", "MORGAN", "Puts to him that she says she said 'no' and pushed his chest."],
            ["21:40", "DOYLE", "'That never happened. She never said no. If she'd said no I'd have stopped.'"],
            ["27:05", "MORGAN", "Puts to him the bruise on her left arm."],
            ["27:15", "DOYLE", "'I don't know anything about that. I didn't grab her.'"],
            ["33:50", "ELLERY", "Why did she leave at about three?"],
            ["33:55", "DOYLE", "'She said she had work in the morning.' She booked her own taxi. He texted her the next morning to check she was okay."],
            ["41:10", "ELLERY", "Shows texts of 10:12 and 11:30 on 7 March from SE/2."],
            ["41:20", "DOYLE", "'That's me being nice. Would I send that if I'd done something?'"],
            ["49:00", "OYELARAN", "Nothing further to add on behalf of client."],
            ["56:40", "ELLERY", "Interview concluded 12:02. Notice given re: recordings."],
        ], [26, 26, 134]),
        ("sig", [("Record prepared by:", "DC 3077 S ELLERY"), ("Date:", "11/03/2026")]),
    ], code="MG 15", created=d(11, 3, h=14), foot="MG15 (ROTI)")
    c.reg("MG15 DOYLE 100326.pdf", "ROTI")

    # ---------------- PNC ----------------
    doc_pdf(c, "PNC print DOYLE.pdf", [
        ("mono", f"""
PNC PRINT - PERSON CONVICTIONS / CAUTIONS              PRINTED 20/04/26 08:52 USER 3077 WEX
URN REF: {urn}
=====================================================================================
PNC ID: 19/0284611M          CRO NO: 118204/19A
NAME: DOYLE, RYAN MICHAEL    DOB: 14/08/1996   POB: KILNWORTH    SEX: M
ADDRESS (LAST KNOWN): 14 TANNERY COURT, KILNWORTH
WARNING SIGNALS: NONE
-------------------------------------------------------------------------------------
SUMMARY: 1 CONVICTION FOR 1 OFFENCE   0 CAUTIONS   0 REPRIMANDS/WARNINGS
-------------------------------------------------------------------------------------
CONVICTION 1   DATE 03/06/19   COURT: KILNWORTH MAGISTRATES
  1. ASSAULT BY BEATING  CRIMINAL JUSTICE ACT 1988 S.39   OFFENCE DATE 02/05/19
     DISPOSAL: FINE 200.00  COMPENSATION 100.00  COSTS 85.00
     CIRCUMSTANCES (FROM MG5): PUNCHED A MAN ONCE OUTSIDE A TAKEAWAY AFTER AN ARGUMENT.
-------------------------------------------------------------------------------------
OUTSTANDING MATTERS: NONE    BAIL: PRE-CHARGE BAIL KILNWORTH TO 10/06/26
*** END OF PRINT ***
""", 8.5),
    ], code="", marking="OFFICIAL-SENSITIVE", created=d(20, 4, h=9), page_fmt="", foot="PNC print")
    c.reg("PNC print DOYLE.pdf", "PNC")
    doc_pdf(c, "Wit checks.pdf", [
        ("title", "PROSECUTION WITNESS CONVICTION CHECKS (PNC / PND)"),
        ("urntext",),
        ("p", "Checks made on all civilian prosecution witnesses for previous convictions, cautions and pending "
              "matters, for the purposes of disclosure. Nil return unless stated."),
        ("table", ["Witness", "DOB", "Role", "PNC result", "PND result", "Checked by / date"], [
            ["ASHWORTH, Chloe", "11/10/2001", "Complainant", "No trace", "No relevant trace", "DC 3077 ELLERY 16/04/2026"],
            ["PRICE, Hannah", "02/05/2000", "First account", "No trace", "No relevant trace", "DC 3077 ELLERY 16/04/2026"],
            ["GRAHAM, Liam", "19/01/1995", "Witness (suspect's friend)", "No trace", "No relevant trace", "DC 3077 ELLERY 16/04/2026"],
            ["FOWLER, Ian", "07/07/1978", "Bar manager (unused)", "No trace", "Not checked - not a prosecution witness", "DC 3077 ELLERY 16/04/2026"],
        ], [34, 20, 36, 22, 40, 34]),
        ("p", "Result: none of the prosecution witnesses has any previous conviction, caution or pending matter."),
    ], code="", marking="OFFICIAL-SENSITIVE", created=d(16, 4), foot="Wexshire Police - witness checks")
    c.reg("Wit checks.pdf", "PNC")

    # ---------------- unused material ----------------
    mg6c = [
        ["1", "CAD incident log 0412 of 07/03/2026: 999 call by Chloe ASHWORTH at 09:41 reporting rape, dispatch of PC 2291 MARSH and updates to 11:02. Record of first complaint to police. Copy attached to file.", "Attached / OIC", ""],
        ["2", "Audio recording of the 999 call for incident 0412 (4 min 12 s). Listened to by OIC: caller gives short account consistent with CAD entries. Retained by Force Contact Centre.", "FCC archive ref FCC/26/0412", ""],
        ["3", "Crime report CR/118734/26 (NEXUS) including investigation log to 17/04/2026. Copy attached to file.", "Attached / NEXUS", ""],
        ["4", "Pocket notebook of PC 2291 MARSH, pp.23-26: initial account given by Chloe ASHWORTH 10:02-10:19 on 07/03/2026, signed by her. Copy attached.", "Attached; original with officer", ""],
        ["5", "Pocket notebook of DC 3077 ELLERY, pp.4-9: arrest of DOYLE 09/03/2026, reply after caution, seizure of phone SE/1.", "OIC", ""],
        ["6", "Custody record KN/26/1187 for Ryan DOYLE, 09/03/2026 16:41 to 10/03/2026 13:15, including detention log, risk assessment and bail record.", "Custody system", ""],
        ["7", "Pre-interview disclosure document handed to Ms OYELARAN, solicitor, at 10:40 on 10/03/2026.", "OIC", ""],
        ["8", "ABE interview plan for Chloe ASHWORTH prepared by DC 4410 PHELPS on 08/03/2026. Copy attached.", "Attached", ""],
        ["9", "Monitoring notes made by DS 1177 GRANT during the ABE interview of 09/03/2026 (3 pages).", "OIC", ""],
        ["10", "SARC referral form and forensic medical examination notes and body map, Harbour Lane SARC, 07/03/2026. Written consent to release given by complainant.", "Harbour Lane SARC", ""],
        ["11", "Full CCTV download, The Lantern Bar, all 8 cameras, 22:00-02:00 (USB drive DM/4). Viewed by OIC: arrival of complainant and friends 21:36; DOYLE and GRAHAM at bar; pair talking from 23:05; pair leave 01:12; brief kiss outside.", "Property store KN/P/26/03302", ""],
        ["12", "Note of CCTV viewing by DC 3077 ELLERY of DM/4 on 12/03/2026, with times of each sighting (2 pages).", "OIC", ""],
        ["13", "Email from Castlemoor Lettings (managing agents, Tannery Court) of 10/03/2026: communal entrance camera faulty and not recording since January 2026.", "OIC", ""],
        ["14", "House-to-house enquiry forms, Tannery Court flats 1-16, completed 08-09/03/2026 (16 forms). No occupant saw or heard anything relevant.", "OIC", ""],
        ["15", "Kilnworth Cars booking record: booking made at 02:48 on 07/03/2026 from complainant's mobile; collected 03:01 Tannery Court; dropped 03:14 Fennel Street.", "OIC", ""],
        ["16", "Note of telephone call by OIC with taxi driver Mr Sajid ALI on 12/03/2026: he does not recall the fare.", "OIC", ""],
        ["17", "Note by PC 2291 MARSH of enquiry with bar manager Ian FOWLER and four bar staff on 08/03/2026: none recall the complainant or the suspect.", "OIC", ""],
        ["18", "MG21 forensic submission form (toxicology, SR/5 and SR/6) dated 11/03/2026. Copy attached.", "Attached", ""],
        ["19", "Statement (MG11) of Liam GRAHAM dated 14/03/2026: describes complainant as happy, 'tipsy but not falling over', holding suspect's arm and kissing him outside the bar. Not relied on by the prosecution. Copy attached.", "Attached", ""],
        ["20", "Property records and continuity labels for exhibits DM/1-DM/4, SR/1-SR/6, SE/1, SE/3.", "Property store", ""],
        ["21", "ISVA referral form, Harbour Lane ISVA service, 07/03/2026 (referral and contact details only).", "OIC", ""],
        ["22", "Open-source check of DOYLE's public Facebook and Instagram profiles by DC ELLERY on 12/03/2026: no posts about the complainant or the night.", "OIC", ""],
        ["23", "OIC's decision log entry of 09/03/2026 recording the complainant's wish that her phone is not examined and the rationale that examination is not a reasonable line of enquiry.", "OIC", ""],
        ["24", "Bail record and bail conditions notice for DOYLE dated 10/03/2026, with rationale for conditions.", "Custody system", ""],
    ]
    schedule_pdf(c, "MG6C.pdf", "MG 6C", "Ryan Michael DOYLE", mg6c, "DC 3077 Sam ELLERY", "17/04/2026", d(17, 4),
                 size=10)
    c.reg("MG6C.pdf", "MG6C")
    schedule_pdf(c, "MG6D.pdf", "MG 6D", "Ryan Michael DOYLE", [
        ["1", "Adult safeguarding (MASH) referral record concerning Chloe ASHWORTH, dated 09/03/2026, made by DC PHELPS after the ABE interview; contains details of her health and support.",
         "Confidential information given by and about the complainant to safeguarding partners for her protection; disclosure would deter victims and agencies from sharing such information. Nothing in it bears on the issues; reviewed by OIC.", ""],
    ], "DC 3077 Sam ELLERY", "17/04/2026", d(17, 4), foot="MG6D 2024")
    c.reg("MG6D.pdf", "MG6D")
    doc_pdf(c, "MG6E.pdf", [
        ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("urn", "R v Ryan Michael DOYLE"),
        ("kv", [[("Disclosure officer:", "DC 3077 Sam ELLERY"), ("Date:", "17/04/2026")],
                ("Schedules submitted:", "MG6C (items 1-24), MG6D (item 1)")], 32),
        ("bar", "Material which may satisfy the disclosure test (may undermine the prosecution case or assist the accused)"),
        ("table", ["Schedule / item", "Description", "Reason", "Copy attached?"], [
            ["MG6C 1", "CAD log 0412", "Record of first complaint (rebuttable presumption)", "Yes"],
            ["MG6C 3", "Crime report CR/118734/26", "Rebuttable presumption material", "Yes"],
            ["MG6C 4", "PNB PC MARSH pp.23-26", "Record of first complaint / first account", "Yes"],
            ["MG6C 19", "MG11 Liam GRAHAM", "Describes her as affectionate and not very drunk; may assist defence on consent and capacity", "Yes"],
        ], [26, 52, 80, 28]),
        ("p", "Note: the kiss outside the bar at 01:12, which may assist the defence, is within the CCTV clip DM/3 that "
              "is served as evidence. I have viewed the rest of the full download DM/4 (MG6C item 11); it shows "
              "nothing further capable of meeting the disclosure test."),
        ("bar", "Certification"),
        ("box", "I certify that to the best of my knowledge and belief all relevant material which has been retained "
                "and made available to me has been revealed to the prosecutor in accordance with the CPIA 1996, "
                "its Code of Practice and the Attorney General's Guidelines. Signed: [signed] DC 3077 S ELLERY, 17/04/2026."),
    ], code="MG 6E", created=d(17, 4), foot="MG6E")
    c.reg("MG6E.pdf", "MG6E")
    doc_pdf(c, "PNB MARSH p23-26 (copy).pdf", [
        ("title", "COPY OF POCKET NOTEBOOK ENTRY - PC 2291 D MARSH - PNB No. WX/PNB/88123, pages 23-26"),
        ("urntext",),
        ("mono", """
Sat 07/03/26  0944 Tasked inc 0412 - Flat 3, 18 Fennel St - report of rape
0958 Arr. Met Hannah PRICE (flatmate). Chloe ASHWORTH on sofa, crying, shaking.
1002 Initial account, my qns in brackets:
  (What has happened?) "I went out last night, the Lantern. I met a guy, Ryan.
   I went back to his, Tannery Court. I was so drunk. I told him no and I
   pushed him and he just did it anyway."
  (Did he have sex with you?) "Yes. Inside me."  (When?) "About 2, I got a
   taxi at about 3."  (Who have you told?) "Han. When I got in."
  (Have you washed or changed?) "No. I just lay down."
1019 Read over. Signed as correct: (Sgd) C Ashworth
1020 Seized black dress DM/1, black knickers DM/2. SARC requested via control.
"""),
    ], code="PNB", created=d(17, 4), foot="Copy made for file by OIC")
    c.reg("PNB MARSH p23-26 (copy).pdf", "OTHER", check=False, present=False)

    # ---------------- incident log / crime report ----------------
    doc_pdf(c, "CAD 0412-070326.pdf", [
        ("mono", f"""
WEXSHIRE POLICE - COMMAND AND CONTROL - INCIDENT LOG       PRINTED 16/04/26 14:02
INCIDENT: 0412  DATE: 07/03/26   CREATED: 09:41:07   ORIGIN: 999   GRADE: 1 (IMMEDIATE)
OPENING CODE: SEXUAL OFFENCE - RAPE          CLOSING CODE: CRIME RECORDED CR/118734/26
LOCATION: FLAT 3, 18 FENNEL STREET, KILNWORTH
CALLER: ASHWORTH, CHLOE (VICTIM)   TEL: 07700 900188
LINKED URN: {urn}
--------------------------------------------------------------------------------------
09:41:07 OP7712  CALLER STATES SHE WAS RAPED LAST NIGHT BY A MALE SHE MET AT THE
                 LANTERN BAR. WENT BACK TO HIS FLAT IN TANNERY COURT. SHE TOLD HIM
                 NO AND HE CARRIED ON. LEFT ABOUT 0300 BY TAXI. KNOWS HIM AS RYAN.
09:42:30 OP7712  CALLER CRYING. FRIEND HANNAH WITH HER. NOT INJURED, NO MEDICAL NEEDED.
                 ADVISED NOT TO WASH/CHANGE/EAT/DRINK. SUSPECT NOT PRESENT.
09:43:55 OP7712  RISK: MEDIUM. SUSPECT NOT WITH CALLER.
09:44:20 DSP0391 ALLOC KN21 (PC 2291 MARSH)
09:58:12 KN21    AT SCENE
10:21:40 KN21    INITIAL ACCOUNT OBTAINED PNB. CLOTHING SEIZED. REQ SARC.
10:34:02 DSP0391 SARC HARBOUR LANE BOOKED 14:30. CID RASSO INFORMED - DC ELLERY.
11:02:15 KN21    CLEAR. HANDED TO RASSO.
--------------------------------------------------------------------------------------
END OF LOG
"""),
    ], code="", marking="OFFICIAL-SENSITIVE", created=d(16, 4, h=14), foot="STORM-X export")
    c.reg("CAD 0412-070326.pdf", "INCIDENT_LOG")
    doc_pdf(c, "CR-118734-26.pdf", [
        ("title", "NEXUS CRIME RECORD - CR/118734/26"),
        ("urntext", "CPS URN"),
        ("kv", [[("Classification:", "Rape of female 16 or over (SOA 2003 s.1)"), ("Status:", "Under investigation")],
                [("Committed:", "07/03/2026 01:30 - 02:50"), ("Reported:", "07/03/2026 09:41 (999)")],
                ("Location:", "14 Tannery Court, Kilnworth"),
                [("Victim:", "ASHWORTH, Chloe (F, 24)"), ("Suspect:", "DOYLE, Ryan Michael (M, 29) - arrested 09/03/2026")],
                [("OIC:", "DC 3077 ELLERY"), ("Supervisor:", "DS 1559 DHILLON")],
                ("Protected characteristics (victim):", "Female; White British; no disability declared; heterosexual")], 36),
        ("bar", "MO / summary"),
        ("box", "Victim met suspect in bar; walked to his flat; while intoxicated and lying on bed suspect removed her "
                "underwear and had vaginal intercourse despite her saying no and pushing him away."),
        ("bar", "First complaint details"),
        ("box", "First told flatmate Hannah PRICE about 03:20 on 07/03/2026 on return home. First report to police "
                "999 at 09:41 (CAD 0412). Initial account to PC 2291 MARSH recorded in PNB pp.23-26 at 10:02."),
        ("bar", "Investigation log (extract)"),
        ("table", ["Date", "Entry", "By"], [
            ["07/03/2026", "Crime recorded. SARC attended 14:30. ISVA referral made by SARC.", "DC 3077"],
            ["08/03/2026", "Statement from flatmate. CCTV Lantern Bar seized DM/3, DM/4. H2H Tannery Court.", "PC 2291"],
            ["09/03/2026", "ABE interview (KP/1). Suspect arrested 16:20; phone SE/1 seized. Victim declines phone examination - rationale recorded.", "DC 3077"],
            ["10/03/2026", "Suspect interviewed - consent. Pre-charge bail with conditions to 10/06/2026.", "DC 3077"],
            ["11/03/2026", "Tox submitted (MG21). Selective extraction SE/1.", "DC 3077"],
            ["16/03/2026", "Early advice requested from CPS.", "DC 3077"],
            ["23/03/2026", "Early advice received (J PELL). Actions allocated.", "DS 1559"],
            ["17/04/2026", "MG6C/D/E completed. File to DS for review.", "DC 3077"],
        ], [24, 140, 22]),
    ], code="", marking="OFFICIAL-SENSITIVE", created=d(17, 4, h=10), foot="NEXUS print")
    c.reg("CR-118734-26.pdf", "CRIME_REPORT")

    # ---------------- exhibits, MG2, CCTV, forensic, digital, DMD ----------------
    doc_pdf(c, "MG12.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn", "R v Ryan Michael DOYLE"),
        ("table", ["Exhibit ref.", "Description", "Produced by", "Location / property ref."], [
            ["DM/1", "Black dress worn by complainant", "PC 2291 MARSH", "Property store KN/P/26/03299"],
            ["DM/2", "Black knickers worn by complainant", "PC 2291 MARSH", "Property store KN/P/26/03300"],
            ["DM/3", "CCTV clip, The Lantern Bar camera 3, 01:05-01:20 on 07/03/2026 (file 'DM3 Lantern CCTV.avi')", "PC 2291 MARSH", "Copy on file; original KN/P/26/03301"],
            ["DM/4", "USB drive: full CCTV download The Lantern Bar 22:00-02:00", "PC 2291 MARSH", "Property store KN/P/26/03302 (unused, MG6C 11)"],
            ["KP/1", "DVD - master copy of VRI of Chloe ASHWORTH 09/03/2026", "DC 4410 PHELPS", "Property store KN/P/26/03318 (sealed)"],
            ["KP/2", "DVD - working copy of VRI (digital copy on file)", "DC 4410 PHELPS", "OIC"],
            ["SR/1-SR/4", "Low vaginal, high vaginal, external vulval and mouth swabs", "Dr S RAO", "Freezer, Kilnworth"],
            ["SR/5", "Blood sample (toxicology)", "Dr S RAO", "Castlegate Forensic Services"],
            ["SR/6", "Urine sample (toxicology)", "Dr S RAO", "Castlegate Forensic Services"],
            ["SE/1", "Samsung Galaxy S23 mobile phone of Ryan DOYLE", "DC 3077 ELLERY", "Property store KN/P/26/03330"],
            ["SE/2", "Selective extraction report of SE/1", "DC 3077 ELLERY", "On file"],
            ["SE/3", "Record of taped interview (MG15) of DOYLE 10/03/2026", "DC 3077 ELLERY", "On file"],
        ], [24, 90, 34, 58]),
    ], code="MG 12", created=d(17, 4), foot="MG12")
    c.reg("MG12.pdf", "MG12")
    doc_pdf(c, "MG2 ASHWORTH.pdf", [
        ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("urn",),
        ("kv", [[("Witness:", "Chloe ASHWORTH"), ("Witness type:", "Complainant (adult)")],
                ("Eligibility:", "Complainant in respect of a sexual offence - YJCEA 1999 s.17(4)"),
                [("Assessed by:", "DC 4410 PHELPS"), ("Date discussed with witness:", "09/03/2026")]], 36),
        ("bar", "Measures sought"),
        ("ticks", [("Screens (s.23)", True), ("Live link (s.24)", False), ("Evidence in private (s.25)", False),
                   ("Removal of wigs/gowns (s.26)", False), ("VRI as evidence in chief (s.27)", True),
                   ("Pre-recorded cross-exam (s.28)", True)]),
        ("ticks", [("Intermediary (s.29)", False), ("Communication aids (s.30)", False)]),
        ("bar", "Witness's views"),
        ("box", "Chloe wants her recorded interview played as her evidence in chief. Section 28 pre-recorded "
                "cross-examination was explained to her on 09/03/2026; she would like it, as she does not want to "
                "attend the trial. If she has to come to court she wants a screen so she does not see the "
                "defendant. She would like her ISVA to be with her."),
        ("bar", "Communication needs / intermediary"),
        ("box", "None identified. She communicates well and no intermediary assessment is needed."),
        ("sig", [("Officer:", "DC 4410 K PHELPS"), ("Date:", "10/03/2026")]),
    ], code="MG 2", created=d(10, 3))
    c.reg("MG2 ASHWORTH.pdf", "MG2")
    make_video(c.p("DM3 Lantern CCTV.avi"), 5, "CAM03 LANTERN 07/03/26", scene="street", codec="mpeg4", audio=False,
               start=(1, 14, 0), seed=22, when="2026-03-08T11:30:00.000000Z")
    c.reg("DM3 Lantern CCTV.avi", "CCTV")
    doc_pdf(c, "MG21 tox submission.pdf", [
        ("title", "SUBMISSION OF WORK FOR SCIENTIFIC EXAMINATION"),
        ("urn",),
        ("kv", [[("Laboratory:", "Castlegate Forensic Services, Toxicology"), ("Date submitted:", "11/03/2026")],
                [("Submitting officer:", "DC 3077 ELLERY"), ("Budget authority:", "DI 0644 HARTLEY")],
                ("Offence:", "Rape (SOA 2003 s.1)"),
                ("Exhibits submitted:", "SR/5 blood (taken 14:58 07/03/2026); SR/6 urine (taken 14:40 07/03/2026)"),
                ("Examination requested:", "Blood and urine alcohol; drug screen (including sedatives). Back-calculation "
                 "of blood alcohol concentration for 01:30-02:50 on 07/03/2026."),
                ("Points to prove:", "Complainant's level of intoxication at the time of intercourse (capacity to consent)."),
                [("Target date for results:", "22/05/2026"), ("Status:", "Results outstanding")]], 40),
    ], code="MG 21", created=d(11, 3))
    c.reg("MG21 tox submission.pdf", "FORENSIC")
    doc_pdf(c, "SE2 download report.pdf", [
        ("title", "DIGITAL FORENSIC UNIT - SELECTIVE EXTRACTION REPORT"),
        ("urntext",),
        ("kv", [[("Exhibit:", "SE/1 Samsung Galaxy S23 (owner: Ryan DOYLE, suspect)"), ("Report exhibit:", "SE/2")],
                [("Power:", "Seized on arrest, PACE s.32"), ("Examiner:", "Lee CARVER, DFU")],
                ("Parameters:", "Date range 06/03/2026 18:00 to 09/03/2026 16:20. Data types: SMS, WhatsApp, call logs. "
                 "Limited to communication with 07700 900188 (complainant) and 07700 900361 (Liam GRAHAM)."),
                ("Reason:", "To recover any contact between suspect and complainant around the offence, and with the witness "
                 "GRAHAM, as advised by the CPS on 23/03/2026 (early advice point 4).")], 30),
        ("table", ["Date/time", "Type", "From", "To", "Content"], [
            ["06/03/2026 23:41", "Contact saved", "-", "-", "Contact 'Chloe Lantern' 07700 900188 created"],
            ["07/03/2026 10:12", "SMS", "DOYLE", "07700 900188", "hope you got home ok, had a great night x"],
            ["07/03/2026 11:30", "SMS", "DOYLE", "07700 900188", "?"],
            ["07/03/2026 15:02", "Call (4m10s)", "07700 900361", "DOYLE", "-"],
        ], [32, 24, 26, 26, 78]),
        ("p", "No other communication with either number in the date range. Extraction completed 11/03/2026."),
    ], code="", created=d(11, 3, h=17), foot="DFU report")
    c.reg("SE2 download report.pdf", "DIGITAL_EXTRACT")
    doc_docx(c, "DMD.docx", [
        ("title", "DISCLOSURE MANAGEMENT DOCUMENT", 13),
        ("urntext",),
        ("kv", [("Case:", "R v Ryan Michael DOYLE - rape"), ("Disclosure officer:", "DC 3077 Sam ELLERY"),
                ("Date:", "17/04/2026")]),
        ("pb", "1. Reasonable lines of enquiry"),
        ("p", "The lines of enquiry pursued and not pursued are set out in section E of the MG3, including those "
              "pointing away from the suspect (statement of Liam GRAHAM; CCTV of the kiss outside the bar)."),
        ("pb", "2. Digital strategy"),
        ("p", """Suspect's phone (SE/1): selective extraction limited to 06/03/2026 18:00 to 09/03/2026 16:20 and to
contact with the complainant and GRAHAM. Reason: the only contact between the parties was after numbers were
exchanged at the bar. Complainant's phone: not examined. She did not want it examined, and there is no
reasonable line of enquiry that requires it, because every message between the parties is on SE/2."""),
        ("pb", "3. Third-party material"),
        ("p", "None sought. No basis to believe any third party holds material capable of meeting the disclosure test."),
        ("pb", "4. Unused material"),
        ("p", "Scheduled on the MG6C (24 items) and MG6D (1 item). Rebuttable presumption material attached."),
    ], code="DMD", created=d(17, 4), author="Sam Ellery")
    c.reg("DMD.docx", "DMD")

    c.expected(out, 0, [], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    return c



# ==============================================================================================
#  CASE B  (compliant) - written complainant statement (DOCX), phone examined with DPN, 999 + BWV
# ==============================================================================================


def case_b(out):
    c = Case(out, "Brackenbury_GREAVES_Feb26", "52AB0457126")
    oic = "DC 2840 Rachel OSEI"
    m = dict(
        unit="Ashdown Constabulary - Brackenbury Public Protection (RASSO)", date="06/04/2026",
        suspects="GREAVES, Thomas Edward - 02/12/1987",
        offences="(1) Assault by penetration, s.2 Sexual Offences Act 2003; (2) sexual assault, s.3 Sexual "
                 "Offences Act 2003 - both at 7 Orchard Rise, Brackenbury, about 00:10 on 15/02/2026.",
        bail="Released under investigation (RUI) on 17/02/2026. Reason for RUI rather than bail: conditions "
             "were not necessary and proportionate - he has been suspended by his employer, lives 9 miles away, "
             "has no convictions and has made no contact since the text of 01:02 on 15/02/2026. The complainant "
             "was consulted and agreed. Reviewed by Insp 1456 NAGRA on 17/03/2026: RUI continues.",
        early_advice="Early advice was not sought because the suspect was known from the outset, the evidence "
                     "was gathered within days and the forensic results arrived within six weeks, so the file "
                     "was ready for a full code test decision without it.",
        tickmark="\u2713",
        summary="""
Megan FLETCHER (31) and her line manager Thomas GREAVES (38) attended a staff leaving party at The
Feathers, Brackenbury on 14/02/2026. At about 23:30 GREAVES, who says he had drunk two pints, offered her a
lift home. At her house he asked to use the toilet and came in. She says he tried to kiss her on the sofa,
she said no, he pushed her back, put his hand inside her leggings and knickers and put his fingers into her
vagina; she pushed him off and told him to leave. He left at about 00:40 saying, "Don't make this into
something, Meg."

Supporting evidence: (1) at 00:47 she sent a WhatsApp message to her colleague Priya NAIR ("Tom just did
something awful. He put his hand down my leggings and wouldn't stop. I feel sick.") and they then spoke for
8 minutes; (2) at 01:02 GREAVES texted her: "Sorry if I got the wrong idea. Please don't say anything at
work"; (3) her 999 call at 01:15 (RO/1); (4) PC 5512 WHITFIELD's body-worn video of her initial account
at 01:38 (AW/1); (5) male DNA matching GREAVES on the inside front waistband of her leggings and a Y-STR
profile on the external vulval swab that he cannot be excluded from (SFR1 and statement of Dr FERRIS).
""",
        account="""
Megan gave a written statement (MG11) on 15/02/2026 to DC OSEI. She was offered a video-recorded interview
and chose a written statement; a written statement was taken rather than a video-recorded interview, and
her reasons are recorded in the MG2.

First disclosure: Priya NAIR, a colleague at work, named above - WhatsApp at 00:47 and a phone call at
00:52 on 15/02/2026. Her statement is on file. The message is in the extraction report (RO/3).
""",
        defence="""
Interviewed 17/02/2026 with solicitor Mr D PARR. He gave a prepared statement and then answered "no
comment". In the prepared statement he says he drove her home, went in only to use the toilet, stayed
about five minutes and never touched her sexually. He says the text at 01:02 was because she had been
"funny with him" about a row at work. The DNA result was not available at interview; he is expected to say
any DNA came from innocent contact (a goodbye hug). Likely defence: denial / fabrication.
""",
        loe="""
Pursued:
- Complainant's phone: selective extraction under a Digital Processing Notice (see section G).
- Suspect's phone: seized on arrest; selective extraction 14/02 18:00 to 16/02 23:59, messages and calls with
  the complainant and with NAIR. Confirms the 01:02 text. No messages to NAIR.
- Forensic: leggings AW/2 and knickers AW/3 and SARC swabs examined - see SFR1.
- Colleagues at the party (six spoken to, notes on MG6C): two say Megan and GREAVES were chatting and laughing
  at the bar during the evening. This could assist the defence and is on the MG6C for the prosecutor.
- The Feathers CCTV: there is no camera on the car park, and the internal recordings had been overwritten
  after seven days when requested on 23/02/2026 (manager's email on MG6C). No footage exists.
- Employer (Larkspur Logistics): asked whether there had been complaints about GREAVES - none recorded.
- Lines pointing away from the suspect: the colleagues' accounts above; whether any innocent contact could
  explain the DNA (put to the scientist, who addresses it in her evaluation); whether Megan and GREAVES had a
  work dispute that could give a motive to lie (HR confirms a disagreement about a rota in January 2026; noted
  on MG6C).

Not pursued, with reasons: no third-party material about Megan (medical, counselling, HR) has been sought;
nothing suggests it holds anything relevant, so a request would not be necessary or proportionate.
""",
        outstanding_text="No further enquiries are outstanding. All forensic results have been received (SFR1 "
                         "dated 27/03/2026 and statement of Dr FERRIS dated 31/03/2026).",
        disclosure="""
MG6C attached (20 items); MG6D is a nil return. Rebuttable presumption material on file: incident log,
crime report, 999 call, BWV of the initial account, WhatsApp message (within RO/3), witness PNC nil return.

Digital: Megan's iPhone 13 was examined with her agreement under a Digital Processing Notice signed on
15/02/2026 (on file). The request was limited to 14/02/2026 18:00 to 16/02/2026 23:59 and to WhatsApp,
SMS and call logs with GREAVES and with Priya NAIR, because those are the messages that record the first
complaint and the suspect's apology. No photographs, internet history or other apps were extracted. Her
phone was returned to her the same day. Suspect's phone as above.
""",
        sm="MG2 attached. Eligible under YJCEA s.17(4). She wants to give evidence by live link from a remote "
           "site. Section 28 pre-recorded cross-examination was explained on 15/02/2026; she does not want it "
           "and would rather give all her evidence at trial.",
        intermediary="Not required. She is dyslexic; she asked for her statement to be read back to her, which "
                     "was done. No communication assessment needed.",
        needs="No interpreter. Dyslexia - written material to be read to her or sent as audio. Prefers contact "
              "by phone after 6pm. Support from her sister.",
        vps="VPS explained and offered on 15/02/2026. She wants to make it after the charging decision.",
        isva="Referred to Ashdown ISVA Service on 15/02/2026; ISVA Mel DARBY allocated.",
        formed="SARC attended 15/02/2026 (summary on file). She consented in her MG11 to police access to her "
               "medical records about this matter and to their disclosure. SFR1 and expert statement on file.",
        pnc="GREAVES: no trace on PNC (print attached). Witness PNC: nil return for FLETCHER and NAIR.",
        oic=oic, oic_unit="Brackenbury PPU", oic_tel="01632 960733", oic_email="rachel.osei@ashdown.police.example",
        supervisor="Reviewed. The file meets the National File Standard for a full code test decision. "
                   "DS 0912 Colin BRAITHWAITE, 06/04/2026.",
        author="Rachel Osei",
    )
    mg3_pdf(c, "MG3 GREAVES.pdf", m, d(6, 4, h=16), foot="MG3 Ashdown v2.3")
    c.reg("MG3 GREAVES.pdf", "MG3")

    meg = dict(name="Megan FLETCHER", occupation="Marketing assistant", date="15/02/2026", pages=3,
               sig="[signed]", wit="[signed] DC 2840 R OSEI", created=d(15, 2, h=17), author="OSEI Rachel",
               rear=dict(address="7 Orchard Rise, Brackenbury", postcode="BK3 9QJ", mobile="07700 900274",
                         email="megfletcher@inbox.example", pref="Mobile after 6pm (call, not text)",
                         gender="Female", dob="23/06/1994, Eastmere", eth="W1", nonavail="None known",
                         attend="Yes", sm="Yes", sm_note="MG2 completed - live link requested",
                         needs="Yes", needs_note="Dyslexic: please read documents to her.",
                         vps_explained="Yes", vps_note="Wishes to make VPS later.", leaflet="Yes",
                         med_police="Yes", med_defence="Yes", civil="Yes", taken_by="DC 2840 Rachel OSEI",
                         station="Brackenbury", taken_at="15/02/2026 13:10 - 16:25, Brackenbury police station"),
               body="""
This statement is about what happened on the night of Saturday 14 February 2026 into Sunday 15 February 2026
at my home, 7 Orchard Rise, Brackenbury. I was offered a video-recorded interview and I chose to give a
written statement instead. I have dyslexia and I asked DC OSEI to read it back to me, which she did.

I work for Larkspur Logistics in Brackenbury as a marketing assistant. I have worked there for three years.
My line manager is Tom GREAVES. He is about 38, white, about 6 foot, with short dark hair and a beard. We
get on all right at work. In January we had a disagreement about the holiday rota, but it was sorted out.

On Saturday 14 February there was a leaving do for a colleague, Janet, at The Feathers pub. I got there at
about 8pm. I drank three glasses of white wine over the night. I was not drunk. Tom was there and I chatted
to him at the bar, like I did with everyone.

At about half eleven I said I was going to get a taxi. Tom said he was going my way and he'd give me a lift
because he'd only had a couple. I said okay. He drove me home in his grey car.

[[PAGE2]]

When we got to my house he asked if he could use my toilet. I said yes. I went in and put the kettle on
and he used the downstairs toilet. Then he came and sat on the sofa in the living room. I stayed standing.
He said, "Come and sit down, Meg," so I sat at the other end of the sofa. He moved closer and tried to kiss
me. I turned my head away and said, "No, Tom, don't." He laughed and said, "Come on, it's Valentine's."

He put his hand on my shoulder and pushed me back so I was lying on the sofa. He was leaning over me. He
put his right hand down the front of my leggings, inside my knickers. I said, "No, stop it," and grabbed his
wrist. He pushed his fingers inside my vagina. It hurt. I don't know how long it was, maybe ten seconds. I
pushed him really hard in the chest with both hands and he fell back against the arm of the sofa.

I got up and said, "Get out of my house." He stood up and said, "Don't make this into something, Meg." He
left. I locked the door. It was about twenty to one.

[[PAGE3]]

I was shaking. At 12.47 I sent a WhatsApp to my friend from work, Priya NAIR. I wrote, "Tom just did
something awful. He put his hand down my leggings and wouldn't stop. I feel sick." Priya rang me straight
away and we talked for a few minutes. She told me to call the police. At about 1am I got a text from Tom
saying, "Sorry if I got the wrong idea. Please don't say anything at work." I did not reply.

At 1.15am I rang 999. A police officer came. I told him what had happened and he filmed it on his camera
with my agreement. He took my leggings and knickers. I went to the SARC in the morning.

I did not consent to Tom kissing me, touching me or putting his fingers inside me. I have never had any
sort of relationship with him apart from work. I agreed to the police looking at my phone for the messages
with Tom and with Priya on that night and the next day.
""")
    mg11_docx(c, "Doc1.docx", meg)
    c.reg("Doc1.docx", "MG11", "complainant")

    nair = dict(name="Priya NAIR", occupation="Account manager", date="16/02/2026", sig="Signed: P. Nair",
                wit="Signed: DC 2840 R. Osei", created=d(16, 2, h=14), seed=31, foot="MG11 Ashdown (typed copy)",
                rear=dict(address="41 Weavers Lane, Brackenbury", postcode="BK1 4RE", mobile="07700 900631",
                          email="priya.nair@inbox.example", pref="Email", gender="Female", dob="09/09/1992, Castlebridge",
                          nonavail="None known", attend="Yes", sm="No", needs="No", vps_explained="Yes",
                          leaflet="Yes", civil="Yes", taken_by="DC 2840 Rachel OSEI", station="Brackenbury",
                          taken_at="16/02/2026, 11:00 - 11:50, witness's home"),
                body="""
I work at Larkspur Logistics in Brackenbury as an account manager. I have known Megan FLETCHER for about
three years through work and we are good friends. Our manager is Tom GREAVES.

On Saturday 14 February 2026 I was at a leaving do at The Feathers. I left at about 11pm. Megan was still
there.

At 00:47 on Sunday 15 February I got a WhatsApp message from Megan. It said, "Tom just did something awful.
He put his hand down my leggings and wouldn't stop. I feel sick." I rang her straight away, at about 00:52.
She was crying and her voice was shaking. She told me Tom had given her a lift home, had come in to use the
toilet, had tried to kiss her on the sofa and when she said no he pushed her down and put his hand inside
her leggings and inside her. She said she had pushed him off and made him leave. I told her she had to ring
the police. She said she would. We were on the phone for about eight minutes.

I showed DC OSEI the message on my phone and she photographed the screen. I have not discussed what
happened with anyone at work.
""")
    mg11_pdf(c, "NAIR Priya MG11.pdf", nair)
    c.reg("NAIR Priya MG11.pdf", "MG11", "first_account")

    whit = dict(name="Aaron WHITFIELD", occupation="Police Constable 5512", date="15/02/2026",
                sig="(Sgd) A Whitfield PC5512", wit="", created=d(15, 2, h=7), author="PC 5512 WHITFIELD",
                body="""
I am a police constable with Ashdown Constabulary based at Brackenbury. At 01:19 hours on Sunday 15 February
2026 I was sent to incident 0063, a 999 call from a woman reporting a sexual assault at 7 Orchard Rise,
Brackenbury. I was the first officer to arrive, at 01:34 hours.

The door was answered by a woman who told me she was Megan FLETCHER. She was tearful and her hands were
shaking. I explained who I was. I asked if I could switch on my body-worn video camera to record what she
told me and she agreed. I switched it on at 01:38 hours and recorded her initial account, which lasted
about six minutes. She told me that her manager Tom GREAVES had driven her home from a work party, had come
in to use the toilet, had tried to kiss her, had pushed her back on the sofa and had put his fingers inside
her vagina, and that she had pushed him away and told him to leave. She showed me a text message on her
phone from a contact saved as "Tom Work" received at 01:02 hours reading "Sorry if I got the wrong idea.
Please don't say anything at work." I stopped recording at 01:45 hours.

At 01:52 hours, with her agreement, I seized the grey leggings and black knickers she said she had been
wearing, which she had taken off and put in a carrier bag. I sealed them separately and exhibited them as
AW/2 (leggings) and AW/3 (knickers).

At the end of my shift I uploaded the body-worn video to the evidence management system and produced a copy,
which I exhibit as AW/1. I handed AW/2 and AW/3 to DC 2840 OSEI at 08:15 hours.
""")
    mg11_plain_pdf(c, "Whitfield statement.pdf", whit)
    c.reg("Whitfield statement.pdf", "MG11", "officer")

    osei = dict(name="Rachel OSEI", occupation="Detective Constable 2840", date="03/04/2026",
                sig="(Sgd) R. OSEI DC 2840", wit="", created=d(3, 4, h=15), author="OSEI Rachel", body="""
I am a detective constable in the Public Protection Unit at Brackenbury and the officer in the case.

On Sunday 15 February 2026 at 08:15 hours I received exhibits AW/2 and AW/3 from PC 5512 WHITFIELD. Later that
day I took a written statement from Megan FLETCHER. I explained the Digital Processing Notice to her and she
read it with me and signed it at 16:40 hours. It set out that only WhatsApp, SMS and call logs with Tom GREAVES
and Priya NAIR between 18:00 on 14 February and 23:59 on 16 February 2026 would be extracted. Her iPhone 13
was examined by the Digital Forensic Unit at 17:10 hours and returned to her at 18:30 hours. I exhibit the
extraction report as RO/3.

On Monday 16 February 2026 I obtained from the Force Control Room a copy of the recording of the 999 call made
at 01:15 hours on 15 February 2026, incident 0063. I have listened to it. It is a call from a woman who gives
her name as Megan FLETCHER. I exhibit the recording as RO/1.

On Tuesday 17 February 2026 at 09:05 hours I arrested Thomas GREAVES at his home in Eastmere on suspicion of
assault by penetration. After caution he made no reply. I seized his mobile phone, an Apple iPhone 14, which I
exhibit as RO/2. At 13:30 hours, with DC 0377 HUGHES, I interviewed him in the presence of his solicitor, Mr D
PARR. His solicitor read a prepared statement, which I exhibit as RO/4, and he then made no comment. I have
prepared a short descriptive note of the interview.

On 19 February 2026 I submitted AW/2, AW/3 and the SARC swabs TW/1 to TW/3 and reference sample RO/5 (mouth
swab from GREAVES) to Castlegate Forensic Services.
""")
    mg11_plain_pdf(c, "OSEI MG11.pdf", osei)
    c.reg("OSEI MG11.pdf", "MG11", "officer")

    ferris = dict(name="Dr Alison FERRIS", occupation="Forensic Scientist", date="31/03/2026", sig="[signed]",
                  wit="", created=d(31, 3, h=11), seed=33, scribble=False, foot="Castlegate Forensic Services - MG11",
                  refline="Criminal Procedure Rules, r. 16.2 and Part 19; Criminal Justice Act 1967, s. 9",
                  body="""
I am a reporting forensic scientist with Castlegate Forensic Services. I hold a BSc (Hons) in Biological
Sciences and a PhD in molecular biology and have worked in forensic biology for 14 years, interpreting
DNA findings in cases of alleged sexual assault. My statement follows the Streamlined Forensic Report (SFR1)
of 27/03/2026 and gives my evaluation.

Items received on 19/02/2026 from DC OSEI: AW/2 grey leggings; AW/3 black knickers; TW/1 external vulval
swab; TW/2 low vaginal swab; TW/3 high vaginal swab (all from Megan FLETCHER); RO/5 reference mouth swab
from Thomas GREAVES.

Findings. (1) AW/2: taping of the inside front waistband produced a mixed DNA profile with a major male
contributor. The major profile matches the profile of Thomas GREAVES. The chance of an unrelated person
matching is estimated at less than one in a billion. (2) TW/1: no semen; a partial male Y-STR profile was
obtained. GREAVES and all his paternal male relatives cannot be excluded as its source. (3) TW/2, TW/3 and
AW/3: no male DNA above reporting level.

Evaluation. I have considered two propositions: (a) Mr GREAVES put his hand inside the front of the leggings
and touched the vulval area, as Ms FLETCHER describes; (b) Mr GREAVES had only social contact with her, such
as a hug over her clothing, as the defence may suggest. In my opinion the findings, in particular a major
male profile on the inside of the waistband and male DNA on the external vulval swab, are much more likely
if (a) is true than if (b) is true. Indirect transfer via a hug to the inside of the waistband and to the
vulval area is possible but would not be expected to give these findings.

Expert's declaration. I understand that my overriding duty is to the court, to give objective and unbiased
opinion within my expertise. I have complied with that duty and will continue to. I have set out the facts
and assumptions on which my opinions are based and the range of opinion where it exists. I confirm that the
contents of this statement are true and that the opinions are my own.
""")
    mg11_pdf(c, "FERRIS SFR2 statement.pdf", ferris)
    c.reg("FERRIS SFR2 statement.pdf", "MG11", "expert")

    doc_pdf(c, "SFR1 Castlegate 27-03-26.pdf", [
        ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("urn", "R v Thomas Edward GREAVES"),
        ("kv", [[("Provider:", "Castlegate Forensic Services, Biology"), ("Lab ref.:", "CFS-26-BIO-00871")],
                [("Reporting scientist:", "Dr Alison FERRIS"), ("Date:", "27/03/2026")],
                ("Submitted by:", "DC 2840 OSEI, 19/02/2026")], 34),
        ("bar", "Key findings"),
        ("box", """
1. The DNA profile obtained from the inside front waistband of the leggings (AW/2) has a major contributor
matching Thomas GREAVES (RO/5); match probability less than one in a billion.
2. A partial Y-STR profile from the external vulval swab (TW/1): GREAVES and his paternal male relatives
cannot be excluded.
3. No semen or male DNA above reporting level on TW/2, TW/3 or AW/3.
"""),
        ("p", "This report summarises the key findings. A full evaluative statement (SFR2 / MG11) has been "
              "prepared by the reporting scientist."),
    ], code="SFR1", created=d(27, 3), foot="SFR1")
    c.reg("SFR1 Castlegate 27-03-26.pdf", "FORENSIC")

    doc_pdf(c, "SARC summary.pdf", [
        ("title", "ASHDOWN SARC - FORENSIC MEDICAL EXAMINATION: SUMMARY FOR POLICE"),
        ("urntext",),
        ("kv", [[("Patient:", "Megan FLETCHER"), ("Date / time:", "15/02/2026 10:05")],
                [("Forensic physician:", "Dr Tessa WYNNE"), ("Police officer:", "DC 2840 OSEI")],
                ("Consent:", "Written consent given for examination, samples and release of this summary and the "
                 "examination notes to police and CPS.")], 34),
        ("bar", "Findings"),
        ("box", "No visible injury to the genital area or elsewhere. Absence of injury is common after digital "
                "penetration and does not mean it did not happen. Samples: TW/1 external vulval swab, TW/2 low "
                "vaginal swab, TW/3 high vaginal swab, handed to DC OSEI 11:20."),
        ("bar", "Aftercare"),
        ("box", "Emergency contraception not needed. Sexual health screening offered. ISVA referral made."),
        ("sig", [("Signed:", "[signed] Dr T WYNNE"), ("Date:", "15/02/2026")]),
    ], code="SARC", created=d(15, 2, h=13), foot="Ashdown SARC")
    c.reg("SARC summary.pdf", "MEDICAL")

    doc_pdf(c, "DPN FLETCHER.pdf", [
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("sub", "Agreement to provide a digital device for examination - Police, Crime, Sentencing and Courts Act 2022, s.37"),
        ("urn",),
        ("kv", [[("Name:", "Megan FLETCHER"), ("Status:", "Victim")],
                ("Device:", "Apple iPhone 13, blue, IMEI ending 4417 - exhibit reference RO/3 (report)"),
                ("Why we are asking:", "To obtain the WhatsApp message you sent to Priya NAIR at 00:47 on 15/02/2026 "
                 "(your first complaint) and the text message Tom GREAVES sent you at 01:02, and the call log "
                 "showing your call with Priya. These are a reasonable line of enquiry because they record what "
                 "you said at the time and what the suspect said afterwards."),
                ("What will be extracted:", "Date range 14/02/2026 18:00 to 16/02/2026 23:59 only. Data types: "
                 "WhatsApp and SMS messages and call logs between you and (a) Tom GREAVES (07700 900915) and "
                 "(b) Priya NAIR (07700 900631). Nothing else: no photographs, internet history, other apps or contacts."),
                ("How it will be done:", "Selective (logical) extraction by the Digital Forensic Unit. A full image "
                 "will not be taken. Phone returned to you the same day if possible."),
                ("Less intrusive options considered:", "Screenshots were considered; an extraction was chosen so "
                 "that the times and sender details can be proved. You may decline."),
                ("Retention and sharing:", "Only the extracted messages will be kept, as evidence; material that "
                 "is not relevant will not be retained or shared. Relevant material may be disclosed to the "
                 "defence if it meets the disclosure test."),
                ], 40),
        ("bar", "Agreement"),
        ("box", "I have read (had read to me) this notice. I understand why my device is needed, what will be "
                "taken and how it will be used. I agree to the extraction as described. I understand I can "
                "withdraw my agreement before the extraction takes place."),
        ("sig", [("Signature:", "[signed] M Fletcher"), ("Date / time:", "15/02/2026 16:40")]),
        ("sig", [("Officer:", "DC 2840 R OSEI"), ("Authorised by:", "DS 0912 C BRAITHWAITE")]),
    ], code="DPN", created=d(15, 2, h=16), foot="DPN v3 (Ashdown)")
    c.reg("DPN FLETCHER.pdf", "DPN")

    doc_pdf(c, "Extraction report RO3.pdf", [
        ("title", "SELECTIVE EXTRACTION REPORT - COMPLAINANT DEVICE"),
        ("urntext",),
        ("kv", [[("Exhibit:", "RO/3"), ("Device:", "Apple iPhone 13 (Megan FLETCHER)")],
                ("Authority:", "Digital Processing Notice signed 15/02/2026 16:40"),
                ("Parameters applied:", "14/02/2026 18:00 - 16/02/2026 23:59; WhatsApp, SMS, call log; "
                 "parties: 07700 900915 (GREAVES), 07700 900631 (NAIR)")], 34),
        ("table", ["Date / time", "App", "Direction", "Party", "Content"], [
            ["14/02/2026 23:24", "WhatsApp", "Out", "Priya NAIR", "are you still here? x"],
            ["15/02/2026 00:47", "WhatsApp", "Out", "Priya NAIR", "Tom just did something awful. He put his hand down my leggings and wouldn't stop. I feel sick."],
            ["15/02/2026 00:52", "Call", "In (8m02s)", "Priya NAIR", "-"],
            ["15/02/2026 01:02", "SMS", "In", "Tom Work (GREAVES)", "Sorry if I got the wrong idea. Please don't say anything at work"],
            ["15/02/2026 01:15", "Call", "Out (11m40s)", "999", "-"],
            ["15/02/2026 09:12", "WhatsApp", "In", "Priya NAIR", "how are you? did they come? xx"],
        ], [30, 20, 24, 32, 80]),
        ("p", "No other records within the parameters. Extraction by DFU examiner P ANSAH, 15/02/2026 17:10-17:55."),
    ], code="", created=d(15, 2, h=18), foot="DFU Ashdown")
    c.reg("Extraction report RO3.pdf", "DIGITAL_EXTRACT")

    pnb_copy(c, "PNB WHITFIELD 61-63.pdf", "PC 5512 A WHITFIELD", "61-63", """
Sun 15/02/26 0119 Tasked inc 0063 - 7 Orchard Rise - sexual assault
0134 Arr. Megan FLETCHER - tearful, hands shaking. BWV on 0138 with consent.
0138-0145 Initial account on BWV: manager Tom GREAVES lift home from work do,
  came in for toilet, tried to kiss her on sofa, she said no, pushed her back,
  hand inside leggings + knickers, fingers inside her. She pushed him off.
  Left approx 0040. Text from 'Tom Work' 0102 seen on her phone (not seized).
0152 Seized grey leggings AW/2, black knickers AW/3 (in carrier bag).
0205 SARC booked 1000. PPU notified.
""", d(15, 2, h=7))
    make_audio(c.p("999 call 15-02-2026 0115.mp3"), 6, seed=41, when="2026-02-15T01:15:00.000000Z")
    c.reg("999 call 15-02-2026 0115.mp3", "CALL_999")
    make_video(c.p("BWV AW1 WHITFIELD.mp4"), 4, "AXON 5512 2026-02-15", scene="bwv", start=(1, 38, 0), seed=42,
               when="2026-02-15T01:38:00.000000Z")
    c.reg("BWV AW1 WHITFIELD.mp4", "BWV")

    doc_pdf(c, "SDN GREAVES.pdf", [
        ("title", "SHORT DESCRIPTIVE NOTE OF INTERVIEW"),
        ("urntext",),
        ("kv", [[("Interviewee:", "Thomas Edward GREAVES"), ("Date:", "17/02/2026")],
                [("Start / end:", "13:30 / 13:52"), ("Location:", "Brackenbury custody, interview room 3")],
                [("Interviewers:", "DC 2840 OSEI, DC 0377 HUGHES"), ("Legal adviser:", "Mr D PARR, Parr Solicitors")],
                ("Recording ref.:", "BK-260217-IR3-02")], 30),
        ("bar", "Summary"),
        ("box", """
Caution given and understood. Mr PARR read a prepared statement (exhibit RO/4), set out below. GREAVES then
answered "no comment" to all questions, including questions about the kiss, the sofa, the 01:02 text and why
he went into the house. Special warnings were not given. Interview concluded 13:52.
"""),
        ("bar", "Prepared statement (RO/4), read by the solicitor"),
        ("box", """
"I gave Megan a lift home from the leaving do because it was on my way. I went into her house to use the
toilet. I was there about five minutes. I did not try to kiss her, I did not push her and I did not touch
her sexually in any way. I sent her a text afterwards because she had been off with me about a work issue and
I wanted to clear the air. I deny the allegation." Signed T. GREAVES 17/02/2026.
"""),
    ], code="SDN", created=d(18, 2), foot="SDN / prepared statement")
    c.reg("SDN GREAVES.pdf", "ROTI")
    doc_pdf(c, "PNC GREAVES.pdf", [
        ("mono", f"""
POLICE NATIONAL COMPUTER - NAMES ENQUIRY              ASHDOWN CONSTABULARY  03/04/26 10:17
REF URN: {c.urn}
SEARCH: GREAVES, THOMAS EDWARD   DOB 02/12/1987
RESULT: PNC ID 26/0041177Y (CREATED 17/02/26 - ARREST)
CONVICTIONS: NONE    CAUTIONS: NONE    REPRIMANDS/WARNINGS: NONE
IMPENDING PROSECUTIONS: NONE RECORDED
WANTED/MISSING: NO       DISQUALIFIED DRIVER: NO
LOCAL INTELLIGENCE (PND): NO TRACE
*** END ***
"""),
    ], code="", marking="OFFICIAL-SENSITIVE", created=d(3, 4, h=10), page_fmt="", foot="PNC")
    c.reg("PNC GREAVES.pdf", "PNC")
    doc_pdf(c, "witness PNC.pdf", [
        ("title", "WITNESS PREVIOUS CONVICTIONS - NIL RETURN", 12),
        ("urntext",),
        ("p", "I have checked the Police National Computer for previous convictions, cautions and pending cases "
              "for each civilian prosecution witness below. There are none."),
        ("table", ["Witness", "Date of birth", "Result"], [
            ["Megan FLETCHER (complainant)", "23/06/1994", "No trace"],
            ["Priya NAIR (first complaint)", "09/09/1992", "No trace"],
        ], [80, 40, 66]),
        ("sig", [("Checked by:", "DC 2840 R OSEI"), ("Date:", "03/04/2026")]),
    ], code="", created=d(3, 4, h=11), core=True)
    c.reg("witness PNC.pdf", "PNC")

    mg6c = [
        ["1", "Incident log 0063 (15/02/2026): 999 call 01:15, dispatch, PC WHITFIELD updates. Copy on file.", "On file", ""],
        ["2", "Crime report 26/0118/BK. Copy on file.", "On file", ""],
        ["3", "PNB of PC 5512 WHITFIELD pp.61-63: arrival, initial account noted alongside BWV, seizure of AW/2, AW/3. Copy on file.", "On file", ""],
        ["4", "Custody record BK/0217/26/0442 for GREAVES, 17/02/2026.", "Custody", ""],
        ["5", "Pre-interview disclosure given to Mr PARR 17/02/2026 12:50.", "OIC", ""],
        ["6", "Audio recording of interview 17/02/2026 (BK-260217-IR3-02), 22 minutes.", "Property store", ""],
        ["7", "Notes of conversations with six colleagues at the party (19-21/02/2026): two say Megan and GREAVES chatted and laughed together at the bar; none saw physical contact; none saw them leave.", "OIC", ""],
        ["8", "Email from manager of The Feathers, 23/02/2026: no car park camera; internal CCTV overwritten after 7 days.", "OIC", ""],
        ["9", "Email from Larkspur Logistics HR, 24/02/2026: no complaints recorded about GREAVES; a disagreement between him and Megan about the holiday rota in January 2026 was resolved informally.", "OIC", ""],
        ["10", "Screenshot photographed by DC OSEI from Priya NAIR's phone of the 00:47 WhatsApp message, 16/02/2026.", "OIC", ""],
        ["11", "Selective extraction report of GREAVES' iPhone 14 (RO/2), 14/02 18:00-16/02 23:59: shows the 01:02 text; no other relevant content.", "OIC", ""],
        ["12", "MG21 submission form to Castlegate Forensic Services, 19/02/2026.", "OIC", ""],
        ["13", "Castlegate case file notes and DNA profiles (lab ref CFS-26-BIO-00871).", "Castlegate", ""],
        ["14", "SARC examination notes and body map (Dr WYNNE), 15/02/2026 - consent to release given.", "Ashdown SARC", ""],
        ["15", "ISVA referral form, Ashdown ISVA Service, 15/02/2026.", "OIC", ""],
        ["16", "Victim contact log (Victims' Code updates) 15/02/2026 - 03/04/2026.", "OIC", ""],
        ["17", "RUI decision record and review by Insp NAGRA, 17/02/2026 and 17/03/2026.", "OIC", ""],
        ["18", "Property records and continuity for AW/1-AW/3, TW/1-TW/3, RO/1-RO/5.", "Property store", ""],
        ["19", "Force Control Room audit of the 999 recording download, 16/02/2026.", "OIC", ""],
        ["20", "OIC's notes of the telephone call with GREAVES' employer confirming suspension on 18/02/2026.", "OIC", ""],
    ]
    schedule_pdf(c, "MG6C.pdf", "MG 6C", "Thomas Edward GREAVES", mg6c, "DC 2840 Rachel OSEI", "03/04/2026", d(3, 4),
                 foot="MG6C (Ashdown)")
    c.reg("MG6C.pdf", "MG6C")
    schedule_pdf(c, "MG6D nil.pdf", "MG 6D", "Thomas Edward GREAVES", None, "DC 2840 Rachel OSEI", "03/04/2026",
                 d(3, 4), nil="NIL RETURN. I have examined all the material retained in this investigation. There is "
                 "no sensitive material to schedule.", foot="MG6D (Ashdown)")
    c.reg("MG6D nil.pdf", "MG6D")
    doc_pdf(c, "MG12.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn", "R v GREAVES"),
        ("table", ["Ref.", "Description", "Produced by", "Where"], [
            ["AW/1", "Body-worn video of initial account, 15/02/2026 01:38-01:45 (file 'BWV AW1 WHITFIELD.mp4')", "PC 5512 WHITFIELD", "On file"],
            ["AW/2", "Grey leggings", "PC 5512 WHITFIELD", "Castlegate / property"],
            ["AW/3", "Black knickers", "PC 5512 WHITFIELD", "Castlegate / property"],
            ["RO/1", "Recording of 999 call, 15/02/2026 01:15 (file '999 call 15-02-2026 0115.mp3')", "DC 2840 OSEI", "On file"],
            ["RO/2", "Apple iPhone 14 of GREAVES", "DC 2840 OSEI", "Property store"],
            ["RO/3", "Selective extraction report, complainant's iPhone 13", "DC 2840 OSEI", "On file"],
            ["RO/4", "Prepared statement of GREAVES, 17/02/2026", "DC 2840 OSEI", "On file (within SDN)"],
            ["RO/5", "Reference mouth swab from GREAVES", "DC 2840 OSEI", "Castlegate"],
            ["TW/1-TW/3", "External vulval, low vaginal and high vaginal swabs", "Dr T WYNNE", "Castlegate"],
        ], [22, 96, 36, 32]),
    ], code="MG 12", created=d(3, 4))
    c.reg("MG12.pdf", "MG12")
    doc_docx(c, "MG2.docx", [
        ("title", "MG2 - SPECIAL MEASURES ASSESSMENT", 13),
        ("urn",),
        ("kv", [("Witness:", "Megan FLETCHER"), ("Category:", "Complainant in a sexual offence (YJCEA s.17(4)) - eligible"),
                ("Discussed with witness on:", "15/02/2026 by DC 2840 OSEI")]),
        ("bar", "Measures requested"),
        ("ticks", [("Screens", False), ("Live link (remote site)", True), ("Evidence in private", False),
                   ("Video-recorded evidence in chief (s.27)", False), ("Pre-recorded cross-examination (s.28)", False),
                   ("Intermediary", False)]),
        ("bar", "Witness's views"),
        ("box", "Megan would like to give evidence by live link from a remote site so she does not have to enter "
                "the court building. She chose a written statement rather than a video-recorded interview because "
                "she did not want to be filmed. Section 28 pre-recorded cross-examination was explained; she does "
                "not want it and prefers to give her evidence at the trial. She wants her ISVA with her."),
        ("bar", "Needs"),
        ("box", "Dyslexia - documents to be read to her. No intermediary assessment needed: she communicates "
                "clearly and understood the questions. No interpreter."),
        ("sig", [("Officer:", "DC 2840 R OSEI"), ("Date:", "16/02/2026")]),
    ], code="MG2", created=d(16, 2), author="OSEI Rachel")
    c.reg("MG2.docx", "MG2")
    with open(c.p("Incident 0063 15-02-26.txt"), "w", encoding="utf-8", newline="\r\n") as fh:
        fh.write(f"""ASHDOWN CONSTABULARY - INCIDENT RECORD EXPORT
Incident: 0063   Date: 15/02/2026   Source: 999   Priority: P1
Type: SEXUAL OFFENCE   Location: 7 ORCHARD RISE, BRACKENBURY
Caller: FLETCHER MEGAN (victim)   Contact: 07700 900274
Linked crime: 26/0118/BK    CPS URN: {c.urn}
------------------------------------------------------------------
01:15:22 CH4471  FEMALE CALLER STATES HER MANAGER GAVE HER A LIFT HOME, CAME IN AND
                 PUT HIS HAND INSIDE HER LEGGINGS AND INSIDE HER. SHE PUSHED HIM OFF.
                 HE LEFT AT APPROX 0040. NAMED AS TOM GREAVES. HAS SINCE TEXTED HER.
01:16:40 CH4471  CALLER UPSET BUT SAFE, DOORS LOCKED. NO INJURIES REQUIRING AMB.
01:17:05 CH4471  ADVISED RE EVIDENCE PRESERVATION. HAS NOT WASHED.
01:19:10 DISP02  ASSIGNED BK12 PC 5512 WHITFIELD
01:34:48 BK12    IN ATTENDANCE
01:46:30 BK12    INITIAL ACCOUNT ON BWV. TEXT FROM SUSPECT SEEN. CLOTHING SEIZED.
02:05:12 DISP02  SARC BOOKED 1000 HRS. PPU NOTIFIED FOR MORNING.
03:10:00 BK12    RESULTED - CRIME 26/0118/BK
""")
    c.reg("Incident 0063 15-02-26.txt", "INCIDENT_LOG")
    doc_pdf(c, "Crime 26-0118.pdf", [
        ("title", "CRIME RECORD 26/0118/BK"),
        ("urntext", "CPS URN"),
        ("kv", [[("Offence:", "Assault by penetration (SOA 2003 s.2)"), ("Reported:", "15/02/2026 01:15 (999)")],
                [("Victim:", "FLETCHER, Megan (F, 31)"), ("Suspect:", "GREAVES, Thomas Edward (M, 38)")],
                ("Location:", "7 Orchard Rise, Brackenbury"),
                ("Victim protected characteristics:", "Female; White British; disability: dyslexia (declared)"),
                [("OIC:", "DC 2840 OSEI"), ("Supervisor:", "DS 0912 BRAITHWAITE")]], 36),
        ("bar", "Circumstances"),
        ("box", "Suspect, victim's line manager, drove her home from work party, entered to use toilet, tried to "
                "kiss her, pushed her onto sofa and digitally penetrated her. First complaint to colleague Priya "
                "NAIR by WhatsApp 00:47 and phone 00:52; 999 at 01:15; initial account on BWV at 01:38."),
        ("bar", "Victims' Code"),
        ("box", "Enhanced service (victim of sexual offence). Updates weekly by phone after 6pm. ISVA referral 15/02/2026. "
                "VPS offered 15/02/2026 - to be made later."),
    ], code="", created=d(3, 4, h=9), foot="Crime record print")
    c.reg("Crime 26-0118.pdf", "CRIME_REPORT")

    c.expected(out, 0, [], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
        "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
        "victim_care", "files_readable", "one_urn"])
    return c



# ==============================================================================================
#  CASE C  (compliant) - resubmission: MG3, CPS action plan, MG3A answering item by item;
#           scanned statement (image-only PDF) and a phone photo of the signed VPS
# ==============================================================================================


def case_c(out):
    c = Case(out, "HB0088226 WALSH resub", "61HB0088226")
    oic = "DS 2207 Helen CARR"
    common = dict(unit="North Marches Police - Harrowby Sexual Offences Investigation Team",
                  suspects="WALSH, Kieran - 17/09/2003",
                  offences="Rape (s.1 Sexual Offences Act 2003), 9 Osier Road, Eastmere, about 01:30 on 31/01/2026.",
                  oic=oic, oic_unit="Harrowby SOIT", oic_tel="01632 960845 (direct)",
                  oic_email="helen.carr@northmarches.police.example", author="Helen Carr")
    m1 = dict(common,
        date="24/02/2026",
        bail="Pre-charge bail from 05/02/2026 to 05/05/2026 (3 months, authorised by Insp 0772 FRY). Conditions: "
             "not to contact Laura BENNETT directly or indirectly; not to enter Heron Way, Eastmere.",
        early_advice="Not sought. The suspect admitted intercourse in interview within a week and the issue "
                     "(consent / capacity) was clear, so the OIC and DI judged that a full code test request "
                     "could be made promptly without it.",
        summary="""
Laura BENNETT (19) attended a house party at 9 Osier Road, Eastmere on the night of 30/01/2026. She drank
heavily, went upstairs to lie down in a spare bedroom and says she woke to find Kieran WALSH (22), whom she
knew slightly from college, having vaginal intercourse with her. She pushed him off and left the room. She
went home by taxi at about 02:15 and told her mother the next morning. WALSH admits intercourse and says
it was consensual and she was awake.
""",
        account="""
ABE interview 02/02/2026 by DC 3120 PRYCE (OP/1, OP/2); summary attached. First disclosure: to her mother,
at home at about 10:00 on 31/01/2026. Her mother then called the police (CAD 0219). A statement from her
mother will be obtained.
""",
        defence="Interviewed 05/02/2026: admits intercourse; says Laura kissed him in the kitchen, took him "
                "upstairs, was awake and 'into it' and pulled him onto the bed. Defence: consent / belief in consent.",
        loe="""
Pursued: party attendees identified by the host (14 names); 9 spoken to, none saw them go upstairs; host
Jade MORRIS to be seen. WALSH's phone seized and examined for images or video from 30/01 22:00 to 31/01
06:00 - none. Taxi record obtained (Eastmere Cabs: picked up 02:16). Toxicology on SARC blood sample.
Not pursued: Laura's phone - both say they did not message each other and nothing suggests it holds
relevant material, so examining it is not a reasonable line of enquiry. No third-party material sought.
""",
        outstanding_rows=[["Toxicology and back-calculation, Northgate Toxicology", "DS 2207 CARR", "13/03/2026"],
                          ["Statement from party host Jade MORRIS", "DC 3120 PRYCE", "06/03/2026"]],
        disclosure="MG6C, MG6D and MG6E attached. Witness PNC checks to follow.",
        sm="ABE as evidence in chief; screens. s.28 to be discussed.",
        needs="None identified; no interpreter.", vps="To be offered.", isva="Referred to Marches ISVA 31/01/2026.",
        formed="SARC 31/01/2026; consent to release notes given; tox outstanding (target 13/03/2026).",
        pnc="WALSH: no previous convictions (print attached).",
        supervisor="Reviewed - DI 0310 Andrew KEANE, 24/02/2026.")
    mg3_pdf(c, "MG3 Feb 2026.pdf", m1, d(24, 2, h=15), foot="MG3 North Marches")
    c.reg("MG3 Feb 2026.pdf", "MG3")

    doc_pdf(c, "CPS action plan 20-03-26.pdf", [
        ("title", "CROWN PROSECUTION SERVICE - ACTION PLAN"),
        ("sub", "CPS Marches - RASSO Unit - pre-charge decision: further information required"),
        ("urntext",),
        ("kv", [[("Suspect:", "Kieran WALSH"), ("Date of action plan:", "20/03/2026")],
                [("Prosecutor:", "Mark DENHOLM, Senior Crown Prosecutor"), ("Response required by:", "30/04/2026")],
                ("Police OIC:", "DS 2207 Helen CARR")], 34),
        ("p", "I have reviewed the MG3 of 24/02/2026. I cannot make a charging decision until the following actions "
              "are completed. Please respond to each numbered point on an MG3A."),
        ("table", ["No.", "Action required", "Target date"], [
            ["1", "Obtain a statement from the complainant's mother, to whom she first disclosed (referred to in the MG3 only as 'her mother'). This is previous complaint evidence.", "30/04/2026"],
            ["2", "Provide PNC checks (or a nil return) for every civilian prosecution witness.", "30/04/2026"],
            ["3", "Obtain the toxicology results and a statement from the toxicologist with a back-calculation to about 01:30.", "30/04/2026"],
            ["4", "Take a statement from the party host, Jade MORRIS, who the suspect says saw them kissing.", "30/04/2026"],
            ["5", "MG6C items 6, 9 and 11 are described as 'Misc documents', 'Officer notes' and 'Emails'. Re-schedule them with proper descriptions.", "30/04/2026"],
            ["6", "Confirm the suspect's bail position and conditions: bail expires on 05/05/2026.", "30/04/2026"],
            ["7", "Confirm whether Laura has been offered a VPS and record her view on s.28 pre-recorded cross-examination.", "30/04/2026"],
        ], [12, 140, 34]),
        ("p", "Mark Denholm, Senior Crown Prosecutor, 01632 960901, mark.denholm@cps-marches.example"),
    ], code="", created=d(20, 3, h=12), foot="CPS action plan", marking="OFFICIAL-SENSITIVE")
    c.reg("CPS action plan 20-03-26.pdf", "ACTION_PLAN")

    # ---------------- MG3A ----------------
    rows = [
        ["1", "Statement from complainant's mother (first disclosure).",
         "Done. Statement of Denise BENNETT (Laura's mother) taken 27/03/2026. She describes Laura coming home at about 10:00 on 31/01/2026, crying, and saying she had woken up with Kieran WALSH 'on top of her and inside her'.",
         "27/03/2026 - MG11 D BENNETT attached"],
        ["2", "PNC checks for civilian witnesses.",
         "Done. Laura BENNETT, Denise BENNETT and Jade MORRIS checked on PNC and PND: no trace for any of them. Nil return attached.",
         "10/04/2026 - nil return attached"],
        ["3", "Toxicology results and back-calculation statement.",
         "Done. Blood (taken 15:10 on 31/01/2026) 86 mg alcohol per 100 ml; no drugs detected. Dr Imogen HALE's statement back-calculates 196-262 mg/100 ml at 01:30 and explains the likely effects (including sleep).",
         "14/04/2026 - report and MG11 Dr HALE attached"],
        ["4", "Statement from party host Jade MORRIS.",
         "Done. Statement taken 14/04/2026 (signed original scanned). She saw Laura and WALSH kissing in the kitchen at about 00:30 and says Laura was 'really drunk, slurring'. She later saw Laura go upstairs alone. This is capable of assisting the defence and the prosecution.",
         "14/04/2026 - MG11 J MORRIS (scan) attached"],
        ["5", "Re-schedule MG6C items 6, 9 and 11.",
         "Done. Revised MG6C attached: item 6 is now the list of party attendees with the result of each enquiry; item 9 the OIC's notes of the taxi enquiry; item 11 the emails with Eastmere Cabs. All items are described individually.",
         "15/04/2026 - revised MG6C attached"],
        ["6", "Bail position.",
         "Pre-charge bail extended by Supt 0044 CARTER on 24/04/2026 to 05/08/2026. Conditions unchanged: not to contact Laura BENNETT or Jade MORRIS directly or indirectly; not to enter Heron Way, Eastmere.",
         "24/04/2026"],
        ["7", "VPS and s.28.",
         "VPS offered again on 20/04/2026 and Laura made one that day (copy attached). Section 28 explained on 20/04/2026: she wants her cross-examination pre-recorded, with screens, and her ISVA present.",
         "20/04/2026 - VPS attached"],
    ]
    doc_pdf(c, "MG3A 28-04-26.pdf", [
        ("title", "FURTHER REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("sub", "Response to CPS action plan - one row for each numbered action"),
        ("urn",),
        ("kv", [[("Police force / unit:", common["unit"]), ("Date of report:", "28/04/2026")],
                ("Suspect:", common["suspects"]),
                ("Offence(s):", common["offences"]),
                [("Previous MG3:", "24/02/2026"), ("Action plan answered:", "CPS action plan dated 20/03/2026 (M DENHOLM)")],
                ("Decision now sought:", "Full Code Test - all actions completed; the file is ready for a decision.")], 40),
        ("bar", "Response to action plan"),
        ("table", ["No.", "Action (as set by the prosecutor)", "Police response / result", "Date completed / document"],
         rows, [10, 44, 92, 40]),
        ("bar", "Outstanding evidence"),
        ("box", "No further enquiries are outstanding."),
        ("bar", "Any other new information"),
        ("box", """
Since the MG3: WALSH's phone extraction is complete (no images or video in the date range, MG6C item 14).
Laura's phone has still not been examined, for the reasons in the MG3; nothing since has changed that view.
Laura remains supported by her ISVA (Marches ISVA, referred 31/01/2026). She needs no interpreter and has no
communication needs; an intermediary is not required.
"""),
        ("kv", [[("OIC:", oic), ("Telephone / email:", "01632 960845 / helen.carr@northmarches.police.example")],
                ("Supervisor's review:", "All seven actions are answered and the evidence is attached. DI 0310 "
                 "Andrew KEANE, 28/04/2026.")], 32),
    ], code="MG 3A", created=d(28, 4, h=16), foot="MG3A North Marches")
    c.reg("MG3A 28-04-26.pdf", "MG3A")

    # ---------------- statements ----------------
    lewis = dict(name="Grace LEWIS", occupation="Police Constable 881", date="31/01/2026", sig="(Sgd) G Lewis PC881",
                 wit="", created=d(31, 1, h=20), seed=51, foot="MG11 North Marches 2025",
                 body="""
I am a police constable with North Marches Police at Eastmere. At 11:04 hours on Saturday 31 January 2026 I
was sent to 12 Heron Way, Eastmere, after a call from a woman who said her daughter had been raped at a
party. I was the first officer there, arriving at 11:20 hours.

Mrs Denise BENNETT let me in. Her daughter, Laura BENNETT, was sitting at the kitchen table in a dressing
gown. Her eyes were red and swollen and she was very quiet. She smelled faintly of alcohol. I explained who I
was and asked her a few questions to establish what had happened and to preserve evidence.

She told me she had been at a party at Jade's house on Osier Road, had drunk a lot, had gone upstairs to lie
down and had woken up with Kieran WALSH having sex with her. She said she did not know how he got there and
she had not wanted it. She said she pushed him off, went downstairs and got a taxi home. I recorded this in my
pocket notebook, pages 12 to 14, and she signed it at 11:41 hours.

She had changed her clothes. At 11:50 hours she handed me the clothes she had worn, in a plastic bag: a green
top, black jeans and black underwear. I sealed them and exhibited them as GL/1. I arranged for her to attend
the Marches SARC and handed GL/1 to DS 2207 CARR at 13:15 hours at Eastmere police station.
""")
    mg11_pdf(c, "MG11 LEWIS G PC881.pdf", lewis)
    pnb_copy(c, "PNB LEWIS 12-14.pdf", "PC 881 G LEWIS", "12-14", """
Sat 31/01/26 1104 Inc 0219 - 12 Heron Way Eastmere - reported rape (mother called)
1120 Arr. Mrs Denise BENNETT. Laura BENNETT at kitchen table, eyes red, quiet.
1125 (What happened?) "I was at Jade's party on Osier Road. I was really drunk.
  I went upstairs to lie down and I woke up and Kieran Walsh was having sex
  with me. I don't know how he got there. I didn't want it."
  (What did you do?) "Pushed him off, went down, got a taxi home."
  (Who have you told?) "My mum, this morning."
1141 Read over - signed (Sgd) L Bennett
1150 Clothing handed over in bag - GL/1. SARC 1430 arranged.
""", d(31, 1, h=20))
    c.reg("MG11 LEWIS G PC881.pdf", "MG11", "officer")

    pryce = dict(name="Owen PRYCE", occupation="Detective Constable 3120", date="02/02/2026", sig="(Sgd) O PRYCE",
                 wit="", created=d(2, 2, h=17), seed=52, foot="MG11 North Marches 2025", body="""
I am a detective constable in the Harrowby Sexual Offences Investigation Team and am trained in Achieving Best
Evidence interviewing.

On Monday 2 February 2026 between 10:30 and 11:41 hours at the Harrowby video interview suite I conducted a
video-recorded interview with Laura BENNETT. DC 4519 AMIN monitored the interview. I prepared an interview plan
beforehand, which has been retained and is listed on the MG6C.

After the interview I produced a master recording, which I sealed and exhibited as OP/1, and a working copy,
which I exhibited as OP/2. OP/1 is stored in the property store at Harrowby police station, reference
HB/26/00871. A digital copy of OP/2 is supplied with the file, together with my index and summary of the
interview.
""")
    mg11_pdf(c, "Statement DC PRYCE.pdf", pryce)
    c.reg("Statement DC PRYCE.pdf", "MG11", "officer")

    denise = dict(name="Denise BENNETT", size=11, lh=7.4, occupation="School administrator", date="27/03/2026",
                  sig="Signed: D. Bennett", wit="Signed: DS 2207 H. Carr", created=d(27, 3, h=15), seed=53,
                  foot="MG11 North Marches 2025",
                  rear=dict(address="12 Heron Way, Eastmere", postcode="EM5 2TW", mobile="07700 900726",
                            home_tel="01632 960726", email="d.bennett@homemail.example", pref="Home telephone",
                            gender="Female", dob="14/11/1975, Eastmere", nonavail="None known", attend="Yes",
                            sm="No", needs="No", vps_explained="Yes", leaflet="Yes", civil="Yes",
                            taken_by="DS 2207 Helen CARR", station="Harrowby",
                            taken_at="27/03/2026 18:00 - 19:05, 12 Heron Way, Eastmere"),
                  body="""
I live at 12 Heron Way, Eastmere with my daughter Laura BENNETT, who is 19.

On Friday 30 January 2026 Laura went to a party at a friend's house on Osier Road. She said she would get a
taxi home. I went to bed at about 11pm. I heard her come in at some point in the night but I did not get up.

On Saturday 31 January at about 10am Laura came into the kitchen. She looked awful; she had been crying and
she was pale. I asked her if she was hungover and she burst into tears. She sat down and said, "Mum, something
happened at the party." I asked her what. She said she had gone upstairs to lie down because she felt sick
and she had woken up and Kieran WALSH was "on top of her and inside her". She said she didn't know how long he
had been there. She said she pushed him off and ran downstairs and got a taxi. She kept saying, "I was asleep,
Mum, I was asleep."

I know Kieran WALSH by name only; he was at college with Laura. I asked her if she wanted me to call the police
and she said yes. I rang 999 at about 11am. A police officer came about twenty minutes later.
""")
    mg11_pdf(c, "MG11 D BENNETT.pdf", denise)
    c.reg("MG11 D BENNETT.pdf", "MG11", "first_account")

    hale = dict(name="Dr Imogen HALE", occupation="Forensic Toxicologist", date="14/04/2026", sig="(Sgd) I. Hale",
                wit="", created=d(14, 4, h=10), seed=54, scribble=False, foot="Northgate Toxicology - MG11",
                body="""
I am a forensic toxicologist employed by Northgate Toxicology Ltd. I hold a BSc in Pharmacology and an MSc
in Forensic Toxicology and have reported on alcohol and drugs in criminal cases for 11 years.

I received on 03/02/2026 a sealed blood sample, exhibit KA/3, taken from Laura BENNETT at 15:10 hours on
31/01/2026 at the Marches SARC. Analysis showed 86 milligrams of alcohol in 100 millilitres of blood. A drug
screen, including common sedatives and so-called date-rape drugs, found no drugs.

Back-calculation. Assuming she drank nothing after about 01:30 on 31/01/2026 and eliminated alcohol at the
usual range of 10 to 25 mg per 100 ml per hour, her blood alcohol at 01:30 would have been between about 196
and 262 mg per 100 ml (for comparison, the drink-drive limit is 80). At such a level most people show marked
impairment: unsteadiness, slurred speech, impaired memory and drowsiness, and many would be likely to fall
asleep. Tolerance varies between individuals. This calculation assumes absorption was complete by 01:30.

Expert's declaration. I understand my duty to the court to give independent and unbiased evidence within my
expertise, which overrides any duty to those instructing me. I have complied with that duty. I have set out
the facts and assumptions on which my opinion is based. The opinions expressed are my own.
""")
    mg11_pdf(c, "Tox statement Dr HALE.pdf", hale)
    c.reg("Tox statement Dr HALE.pdf", "MG11", "expert")

    jade = dict(name="Jade MORRIS", occupation="Student", date="14/04/2026", wit="DC 3120 PRYCE", created=d(15, 4, h=9),
                pages=2, split=4, body="""
I am 20 years old and I live at 9 Osier Road, Eastmere with my parents. On Friday 30 January 2026 my parents
were away and I had a party at the house. About twenty people came, mostly from college.

Laura BENNETT came at about 9pm with two friends. I know Laura from college. Kieran WALSH came later, at
about 11pm, with his cousin. I know Kieran a bit from college.

At about half past twelve I went into the kitchen and Laura and Kieran were kissing by the back door. Laura
was really drunk by then. She was slurring and holding onto the worktop. I said something like "get a room"
as a joke and they both laughed.

About ten or fifteen minutes later I saw Laura go upstairs on her own. I thought she was going to the toilet.
I did not see Kieran go upstairs. I did not see either of them again until about quarter past two, when
Laura came downstairs crying and went out of the front door. She did not say anything to me. I tried to
ring her but she didn't answer.

The spare bedroom is at the top of the stairs on the left. Nobody was supposed to be upstairs. I did not
hear anything from upstairs because the music was loud.
""")
    pages = mg11_scan(c, "scan_0004.pdf", jade, seed=55)
    c.reg("scan_0004.pdf", "MG11", "witness")

    # VPS photographed on a phone
    vps_lines = [("marking", "OFFICIAL-SENSITIVE (when complete)"), ("code", "MG 11"), ("gap", 4),
                 ("title", "VICTIM PERSONAL STATEMENT"), ("urn", c.urn),
                 ("box", "Statement of:", "Laura BENNETT"), ("box", "Age if under 18:", "Over 18"),
                 ("gap", 2), ("small", DECL.format(n=1)), ("gap", 2),
                 ("sig", "Signature:", "Date: 20/04/2026"), ("rule",),
                 ("text", "I want the court to know how this has affected me. Since that night I have not been able "
                          "to sleep without the light on. I stopped going to college for six weeks and I am now behind "
                          "with my course. I do not go to parties or pubs any more and I have lost touch with friends "
                          "because I am frightened of seeing him or people who know him."),
                 ("text", "I blamed myself for drinking so much. My ISVA has helped me understand that it was not my "
                          "fault. I have started counselling through my GP."),
                 ("text", "I would like the court to know that I am scared of giving evidence and I want my "
                          "cross-examination recorded before the trial so that I can try to move on."),
                 ("gap", 4), ("sig", "Signature:", "Witnessed by: DS 2207 H CARR")]
    vimg = raster_page(vps_lines, dpi=150, seed=57)
    phone_photo(c.p("IMG_2231.jpg"), vimg, seed=58, angle=3.2)
    c.reg("IMG_2231.jpg", "VPS")

    # ---------------- ABE ----------------
    make_video(c.p("ABE_BENNETT_L_020226.mp4"), 3, "VRI OP/2 02-02-2026", scene="room", start=(10, 30, 0), seed=59,
               when="2026-02-02T10:30:00.000000Z")
    c.reg("ABE_BENNETT_L_020226.mp4", "ABE_RECORDING")
    doc_docx(c, "Index of interview OP2.docx", [
        ("title", "ABE INTERVIEW INDEX AND SUMMARY", 13),
        ("urntext",),
        ("kv", [("Witness:", "Laura BENNETT (19)"), ("Date / time:", "02/02/2026, 10:30 - 11:41"),
                ("Interviewer / monitor:", "DC 3120 PRYCE / DC 4519 AMIN"), ("Exhibits:", "OP/1 master; OP/2 working copy")]),
        ("table", ["Counter", "Topic"], [
            ["00:00", "Introductions, ground rules, people in monitoring room"],
            ["04:30", "Free narrative: arriving at Jade's party about 9pm with two friends; drinking vodka and lemonade, 'lost count'"],
            ["12:10", "Talking to Kieran in the kitchen; kissing him by the back door; says she 'didn't mind' kissing him"],
            ["17:45", "Feeling sick; going upstairs alone to the spare room to lie down; lying on top of the covers fully clothed"],
            ["21:20", "Waking up: jeans and pants pulled down, Kieran on top of her, penis in her vagina; she had not agreed"],
            ["26:00", "Pushing him off, saying 'what are you doing'; he said 'you wanted it'; she pulled up her jeans and ran downstairs"],
            ["31:40", "Leaving by taxi about 02:15; crying in the taxi; going to bed at home"],
            ["36:05", "Telling her mother in the morning; police called"],
            ["41:00", "Questions: how drunk; memory of going upstairs; whether she invited anyone up (no); what she remembers of waking"],
            ["58:30", "Description of the room; Kieran's clothes; what was said"],
            ["66:00", "Closure; special measures explained; next steps; ISVA details"],
        ], [25, 150]),
        ("pb", "Summary"),
        ("p", "Laura accepts kissing Kieran in the kitchen but says she went upstairs alone because she felt sick, fell "
              "asleep and woke to find him having intercourse with her. She says she never agreed. She has gaps in her "
              "memory of the hour before going upstairs."),
        ("p", "Prepared by DC 3120 O PRYCE, 03/02/2026."),
    ], code="ABE index", created=d(3, 2), author="Owen Pryce")
    c.reg("Index of interview OP2.docx", "ABE_SUMMARY")

    # ---------------- interview, PNC, schedules ----------------
    doc_pdf(c, "ROTI WALSH 05-02-26.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW (MG15)"),
        ("urn",),
        ("kv", [[("Person interviewed:", "Kieran WALSH"), ("Date:", "05/02/2026")],
                [("Place:", "Harrowby custody suite, IR1"), ("Times:", "14:12 - 14:58")],
                [("Interviewers:", "DS 2207 CARR, DC 3120 PRYCE"), ("Others present:", "Ms A LOWE, solicitor")]], 32),
        ("table", ["Time", "Speaker", "Record"], [
            ["00:00", "CARR", "Caution; rights; solicitor present."],
            ["02:15", "WALSH", "Went to Jade's party about 11pm with his cousin. Knew Laura from college. They got talking in the kitchen."],
            ["07:40", "WALSH", "'She kissed me first.' They kissed by the back door. She said 'come upstairs'."],
            ["12:30", "CARR", "How drunk was she?"],
            ["12:35", "WALSH", "'She'd had a few but she knew what she was doing.'"],
            ["18:10", "WALSH", "Went up a few minutes after her. She was lying on the bed awake, 'smiled at me'. She pulled him onto the bed. They had sex; she 'was into it'."],
            ["25:50", "PRYCE", "Puts to him that she says she was asleep and woke with him inside her."],
            ["26:05", "WALSH", "'That's not true. She was awake the whole time. She only got upset after, I don't know why.'"],
            ["33:00", "PRYCE", "Why did she run out crying?"],
            ["33:10", "WALSH", "'No idea. Maybe she was embarrassed because of her mates.'"],
            ["45:30", "CARR", "Interview concluded."],
        ], [16, 22, 148]),
    ], code="MG 15", created=d(6, 2), foot="MG15")
    c.reg("ROTI WALSH 05-02-26.pdf", "ROTI")
    doc_pdf(c, "PNC WALSH.pdf", [("mono", f"""
PNC - PERSON RECORD SUMMARY                      NORTH MARCHES   10/04/26 09:31
URN {c.urn}
NAME: WALSH, KIERAN          DOB 17/09/2003         PNC ID 21/0309817B
CONVICTIONS: 0     CAUTIONS: 0     YOUTH DISPOSALS: 1
  1. 12/06/19 YOUTH CAUTION - CRIMINAL DAMAGE (BUS SHELTER)  EASTMERE
PENDING: RAPE - NORTH MARCHES - PRE-CHARGE BAIL TO 05/08/26
*** END ***
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(10, 4), page_fmt="", foot="PNC")
    c.reg("PNC WALSH.pdf", "PNC")
    doc_pdf(c, "Witness PNC nil return.pdf", [
        ("title", "NIL RETURN - PREVIOUS CONVICTIONS OF PROSECUTION WITNESSES"),
        ("urntext",),
        ("table", ["Name", "DOB", "Role", "PNC", "PND"], [
            ["Laura BENNETT", "04/04/2006", "Complainant", "No trace", "No trace"],
            ["Denise BENNETT", "14/11/1975", "First complaint (mother)", "No trace", "No trace"],
            ["Jade MORRIS", "22/08/2005", "Witness (party host)", "No trace", "No trace"],
        ], [44, 28, 54, 30, 30]),
        ("p", "Checked 10/04/2026 by DS 2207 CARR. None of the civilian prosecution witnesses has any conviction, "
              "caution or pending matter."),
    ], code="", created=d(10, 4, h=11))
    c.reg("Witness PNC nil return.pdf", "PNC")
    mg6c = [
        ["1", "CAD log 0219 of 31/01/2026: 999 call by Denise BENNETT at 11:02 reporting that her daughter had been raped at a party; dispatch of PC 881 LEWIS. Copy on file.", "On file", ""],
        ["2", "Crime report HB/26/0442 with investigation log. Copy on file.", "On file", ""],
        ["3", "PNB of PC 881 LEWIS pp.12-14: initial account of Laura BENNETT at 11:25-11:41 on 31/01/2026, signed by her. Copy on file.", "On file", ""],
        ["4", "ABE interview plan for Laura BENNETT, DC 3120 PRYCE, 01/02/2026.", "OIC", ""],
        ["5", "Custody record HB/2602/0117 for WALSH, 05/02/2026.", "Custody", ""],
        ["6", "List of 14 party attendees supplied by Jade MORRIS with the OIC's note of the result of each enquiry (9 spoken to; none saw Laura or WALSH go upstairs; 5 not traced).", "OIC", ""],
        ["7", "Pre-interview disclosure to Ms LOWE, 05/02/2026.", "OIC", ""],
        ["8", "SARC notes and body map, Marches SARC, 31/01/2026 (consent to release given).", "Marches SARC", ""],
        ["9", "OIC's handwritten notes of the taxi enquiry with Eastmere Cabs on 03/02/2026: driver Mr P GILL recalls a young woman crying, picked up from Osier Road at 02:16.", "OIC", ""],
        ["10", "Eastmere Cabs booking log extract for 31/01/2026 02:00-02:30.", "OIC", ""],
        ["11", "Emails between OIC and Eastmere Cabs, 02-04/02/2026, requesting and supplying the booking log and driver details.", "OIC", ""],
        ["12", "MG21 toxicology submission to Northgate Toxicology, 03/02/2026.", "OIC", ""],
        ["13", "Northgate Toxicology case file and chromatograms (ref NT/26/1093).", "Northgate", ""],
        ["14", "Selective extraction report of WALSH's phone (seized 05/02/2026), images/video 30/01 22:00-31/01 06:00: none found.", "OIC", ""],
        ["15", "ISVA referral form, Marches ISVA, 31/01/2026.", "OIC", ""],
        ["16", "Bail extension authority, Supt 0044 CARTER, 24/04/2026, with representations.", "OIC", ""],
    ]
    schedule_pdf(c, "MG6C revised 15-04-26.pdf", "MG 6C", "Kieran WALSH", mg6c, "DS 2207 Helen CARR", "15/04/2026",
                 d(15, 4), foot="MG6C (revised)")
    c.reg("MG6C revised 15-04-26.pdf", "MG6C")
    schedule_pdf(c, "MG6D.pdf", "MG 6D", "Kieran WALSH", None, "DS 2207 Helen CARR", "15/04/2026", d(15, 4),
                 nil="There is no sensitive unused material in this case. (Nil return.)", foot="MG6D")
    c.reg("MG6D.pdf", "MG6D")
    doc_pdf(c, "MG6E.pdf", [
        ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("urn", "R v Kieran WALSH"),
        ("box", """
Material which might reasonably be considered capable of undermining the prosecution case or assisting the
accused: none on the MG6C beyond what is served. The statement of Jade MORRIS (kissing in the kitchen) is
served as part of the prosecution case. No MG6C item is marked as meeting the disclosure test.

I certify that, to the best of my knowledge and belief, all relevant material retained has been revealed to
the prosecutor. [signed] DS 2207 H CARR, disclosure officer, 15/04/2026.
"""),
    ], code="MG 6E", created=d(15, 4))
    c.reg("MG6E.pdf", "MG6E")
    doc_pdf(c, "MG12 exhibits.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn", "R v WALSH"),
        ("table", ["Exhibit", "Description", "Produced by"], [
            ["GL/1", "Green top, black jeans and black underwear (Laura BENNETT)", "PC 881 LEWIS"],
            ["OP/1", "Master recording of VRI, Laura BENNETT, 02/02/2026", "DC 3120 PRYCE"],
            ["OP/2", "Working copy of VRI (digital copy on file)", "DC 3120 PRYCE"],
            ["KA/1-KA/2", "High and low vaginal swabs (not submitted - intercourse admitted)", "Dr K ASANTE"],
            ["KA/3", "Blood sample 15:10 31/01/2026 (toxicology)", "Dr K ASANTE"],
        ], [26, 120, 40]),
    ], code="MG 12", created=d(15, 4))
    c.reg("MG12 exhibits.pdf", "MG12")
    doc_pdf(c, "Tox report NT-26-1093.pdf", [
        ("title", "NORTHGATE TOXICOLOGY LTD - REPORT OF ANALYSIS"),
        ("urntext",),
        ("kv", [[("Case ref.:", "NT/26/1093"), ("Date:", "09/04/2026")],
                ("Item:", "KA/3 blood, Laura BENNETT, taken 15:10 31/01/2026"),
                ("Results:", "Ethanol 86 mg/100 ml. Drug screen (benzodiazepines, Z-drugs, GHB, ketamine, opiates, "
                 "cocaine, cannabinoids, antidepressants): none detected."),
                ("Reporting scientist:", "Dr Imogen HALE")], 34),
    ], code="", created=d(9, 4), foot="Northgate Toxicology")
    c.reg("Tox report NT-26-1093.pdf", "FORENSIC")
    doc_pdf(c, "SARC FME report.pdf", [
        ("title", "MARCHES SARC - FORENSIC MEDICAL EXAMINATION REPORT"),
        ("urntext",),
        ("kv", [[("Examinee:", "Laura BENNETT"), ("Date:", "31/01/2026 14:30")],
                [("Forensic physician:", "Dr Kwame ASANTE"), ("Consent:", "Written consent to examination and release to police/CPS")]], 34),
        ("box", "History of waking to find a man having penile-vaginal intercourse with her at about 01:30. "
                "Examination: no genital injury seen; small bruise (1 cm) right knee, said to be from falling on the "
                "stairs. Samples: KA/1 HVS, KA/2 LVS, KA/3 blood for toxicology. Absence of genital injury is common "
                "and neither supports nor undermines the account."),
    ], code="", created=d(2, 2), foot="Marches SARC")
    c.reg("SARC FME report.pdf", "MEDICAL")
    doc_pdf(c, "CAD 0219.pdf", [("mono", f"""
NORTH MARCHES POLICE  INCIDENT 0219  31/01/2026   OPENED 11:02:40   SOURCE 999
TYPE: RAPE (REPORTED BY THIRD PARTY)   LOCN: 12 HERON WAY, EASTMERE
CALLER: BENNETT, DENISE (MOTHER OF VICTIM)  VICTIM: BENNETT, LAURA (19)
URN {c.urn}
11:02:40 CALLER STATES DAUGHTER TOLD HER THIS MORNING SHE WOKE AT A PARTY IN OSIER
         ROAD WITH A MALE 'KIERAN WALSH' HAVING SEX WITH HER. DAUGHTER WAS ASLEEP.
11:03:55 BOTH AT HOME, SAFE. SUSPECT NOT PRESENT. DAUGHTER HAS SHOWERED.
11:04:30 RESOURCE EM14 PC 881 LEWIS ALLOCATED
11:20:05 EM14 ON SCENE
11:52:10 EM14 INITIAL ACCOUNT OBTAINED. CLOTHING SEIZED GL/1. SARC 1430.
12:30:00 SOIT DS CARR INFORMED. CLOSED - CRIME HB/26/0442
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(3, 2), page_fmt="", foot="CAD")
    c.reg("CAD 0219.pdf", "INCIDENT_LOG")
    doc_pdf(c, "Crime HB-26-0442.pdf", [
        ("title", "CRIME REPORT HB/26/0442"),
        ("urntext", "URN"),
        ("kv", [[("Offence:", "Rape s.1 SOA 2003"), ("Reported:", "31/01/2026 11:02 by mother (999)")],
                [("Victim:", "BENNETT, Laura, 19, female"), ("Suspect:", "WALSH, Kieran, 22, male")],
                ("First complaint:", "To her mother Denise BENNETT about 10:00 on 31/01/2026; initial account to PC 881 "
                 "LEWIS 11:25 (PNB pp.12-14)."),
                ("Victim needs / protected characteristics:", "Female, 19, White British. No disability. No interpreter. "
                 "Enhanced Victims' Code service. ISVA referral 31/01/2026.")], 40),
    ], code="", created=d(15, 4), foot="Crime report")
    c.reg("Crime HB-26-0442.pdf", "CRIME_REPORT")

    c.expected(out, 0, [], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements",
        "officer_statement", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
        "mg6e", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
        "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "one_urn"])
    return c



# ==============================================================================================
#  CASE D  (compliant, early advice stage) - MG3 as a DOCX, ABE done, suspect not yet arrested
# ==============================================================================================


def case_d(out):
    c = Case(out, "EA request KARIM 33TR0301926", "33TR0301926", stage="early_advice")
    created = d(20, 5, h=15)
    blocks = [
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR", 14),
        ("sub", "Fenwold Police - request for EARLY ADVICE (DG6) - OFFICIAL-SENSITIVE"),
        ("urn",),
        ("kv", [[("Force / unit:", "Fenwold Police, Tarrow RASSO Team"), ("Date:", "20/05/2026")],
                ("Suspect:", "HOLT, Marcus James (DOB 08/01/1996) - not yet arrested or interviewed"),
                ("Offences under investigation:", "Rape x2 (s.1 SOA 2003) - about 14/09/2024 and about 02/03/2025 at "
                 "Flat 6, Kestrel House, Tarrow; controlling or coercive behaviour (s.76 Serious Crime Act 2015), "
                 "01/2024 - 07/2025."),
                ("Bail / RUI:", "Not applicable - suspect not yet arrested (arrest planned after early advice).")]),
        ("bar", "Advice sought"),
        ("ticks", [("Early advice", True), ("Full Code Test", False), ("Threshold Test", False)]),
        ("box", """
Early advice is requested under DG6 before the suspect is arrested, on (1) the proposed lines of enquiry,
in particular whether and how far the complainant's phone should be examined; (2) whether any third-party
material is needed; (3) the interview strategy for the controlling behaviour allegation. No charging
decision is requested at this stage and no test is applied yet.
"""),
        ("bar", "Investigation so far"),
        ("box", """
Aisha KARIM (27) reported on 04/05/2026 at the front counter of Tarrow police station that her former
partner Marcus HOLT raped her twice during their relationship (January 2024 to July 2025) and controlled her
finances, phone and friendships. She gave a video-recorded interview on 12/05/2026 (NF/1, NF/2 - recording,
index and DC FORD's statement attached). She first told her sister, Samira KARIM, in August 2025, after the
relationship ended; Samira's statement is attached. PC 2044 BOYD, who took the report at the front counter,
has made a statement. Aisha has kept screenshots of 42 messages from HOLT (she sent them to the OIC by email
on 13/05/2026, unused material).
"""),
        ("bar", "Lines of enquiry planned (including those that may point away from the suspect)"),
        ("box", """
1. Arrest and interview HOLT; seize his phone; selective extraction limited to messages with Aisha,
   January 2024 to July 2025 (target: within 14 days of advice).
2. Aisha's phone: NOT yet examined. Proposal for advice: a selective extraction, under a Digital Processing
   Notice, of messages between Aisha and HOLT only, 01/01/2024 - 31/07/2025, because the screenshots show
   threats and demands for her bank PIN and the originals would prove dates and sender. No photographs, other
   apps or other contacts. If the screenshots can be proved another way (HOLT's phone), we propose not to
   examine her phone at all.
3. Statement from Aisha's friend Keeley, who Aisha says noticed she was "cut off" in 2024 (may not support).
4. Bank records of the joint account (HOLT's control of money) - production order if needed.
5. Neighbours at Kestrel House: house-to-house for any disturbances in 2024/25 (pointing either way).
6. HOLT's likely account: we expect him to say the relationship was consensual and volatile on both sides;
   we will ask for his messages and any witnesses he names, and follow them up.
7. Third-party material: none proposed. Aisha saw her GP in 2025 about anxiety; we do not propose to seek GP
   or counselling records unless advised there is a specific reasonable line of enquiry.
"""),
        ("bar", "Victim and witness care"),
        ("kv", [("Special measures:", "Eligible (s.17(4)). She wants her ABE played as evidence in chief, screens, "
                 "and s.28 pre-recorded cross-examination, which was explained to her on 12/05/2026."),
                ("Needs:", "English fluent (also speaks Urdu); no interpreter needed. Prefers contact by email. Lives "
                 "with her sister; safety plan in place; no contact from HOLT since 2025."),
                ("VPS:", "Explained and offered on 12/05/2026; she will decide after the charging decision."),
                ("ISVA:", "Referred to Fenwold ISVA Service 04/05/2026; ISVA Ruth OGDEN allocated.")]),
        ("bar", "Officer in the case"),
        ("kv", [[("OIC:", "DC 0559 Nina FORD"), ("Phone:", "01632 960571")],
                [("Email:", "nina.ford@fenwold.police.example"), ("Supervisor:", "DS 1630 Gareth PYM - reviewed 20/05/2026")]]),
    ]
    doc_docx(c, "MG3 early advice KARIM.docx", blocks, code="MG3", created=created, author="Nina Ford")
    c.reg("MG3 early advice KARIM.docx", "MG3")

    make_video(c.p("NF1 VRI KARIM 12.05.26.mp4"), 4, "VRI NF/2 12/05/2026", scene="room", start=(14, 0, 0), seed=61,
               when="2026-05-12T14:00:00.000000Z")
    c.reg("NF1 VRI KARIM 12.05.26.mp4", "ABE_RECORDING")
    doc_pdf(c, "VRI summary KARIM.pdf", [
        ("title", "VISUALLY RECORDED INTERVIEW - INDEX / SUMMARY"),
        ("urn",),
        ("kv", [[("Witness:", "Aisha KARIM"), ("Date:", "12/05/2026 14:00 - 15:36")],
                [("Interviewer:", "DC 0559 FORD"), ("Monitor:", "DC 2201 HASSAN")],
                ("Exhibits:", "NF/1 (master), NF/2 (working copy)")], 30),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions and ground rules."],
            ["05:10", "Relationship history: met HOLT 2023; moved in January 2024; his control of her phone and money."],
            ["22:40", "First rape, about 14/09/2024, after an argument about her sister's birthday: bedroom, he held her wrists; she said no repeatedly."],
            ["41:15", "Second rape, about 02/03/2025: woke to him on top of her; told him to stop; he did not."],
            ["58:00", "Controlling behaviour: PIN demands, tracking app, stopping her seeing friends; screenshots she kept."],
            ["74:30", "Ending the relationship July 2025; telling her sister in August 2025."],
            ["88:00", "Closure: special measures, s.28, VPS, ISVA."],
        ], [20, 166]),
        ("p", "Prepared by DC 0559 N FORD, 14/05/2026."),
    ], code="", created=d(14, 5), foot="VRI index")
    c.reg("VRI summary KARIM.pdf", "ABE_SUMMARY")
    ford = dict(name="Nina FORD", occupation="Detective Constable 0559", date="12/05/2026", sig="[signed]",
                wit="", created=d(12, 5, h=17), author="Nina Ford", body="""
I am a detective constable in the Tarrow RASSO Team, Fenwold Police, trained in Achieving Best Evidence
interviewing. On Tuesday 12 May 2026 from 14:00 to 15:36 hours at Tarrow video interview suite I interviewed
Aisha KARIM on video. DC 2201 HASSAN monitored.

I produced a master recording, sealed and exhibited as NF/1 (property ref TR/26/2290), and a working copy,
exhibited as NF/2, a digital copy of which accompanies the file with my index and summary.
""")
    mg11_plain_pdf(c, "Statement FORD NF1.pdf", ford)
    c.reg("Statement FORD NF1.pdf", "MG11", "officer")
    boyd = dict(name="Lewis BOYD", occupation="Police Constable 2044", date="04/05/2026", sig="[signed]",
                wit="", created=d(4, 5, h=19), author="PC Boyd", body="""
I am a police constable at Tarrow police station. On Monday 4 May 2026 at about 15:20 hours I was on front
counter duty when a woman who told me she was Aisha KARIM asked to speak to an officer in private. I was the
first police officer she spoke to about what had happened. I took her
to an interview room. She told me that her ex-partner, Marcus HOLT, had raped her twice while they lived
together at Kestrel House, Tarrow, and had controlled her money and phone. I asked only enough to record the
report and check her safety. She said she was no longer in contact with him and was living with her sister.
She appeared nervous and spoke quietly, often looking down.

I recorded the report on incident 1187 and crime report TR/26/3391 and informed the RASSO team, who took
over. I did not record her account on body-worn video as the conversation took place in the front office
interview room, where cameras are not used.
""")
    mg11_plain_pdf(c, "BOYD PC2044.pdf", boyd)
    c.reg("BOYD PC2044.pdf", "MG11", "officer")
    samira = dict(name="Samira KARIM", occupation="Pharmacist", date="15/05/2026", pages=1,
                  sig="(Sgd) S Karim", wit="(Sgd) DC 0559 N FORD",
                  created=d(15, 5, h=18), author="Nina Ford",
                  rear=dict(address="3 Linnet Close, Tarrow", postcode="TR4 8AY", mobile="07700 900883",
                            email="samira.k@homemail.example", pref="Mobile", gender="Female",
                            dob="30/01/1993, Tarrow", nonavail="None known", attend="Yes", sm="No", needs="No",
                            vps_explained="Yes", leaflet="Yes", civil="Yes", taken_by="DC 0559 Nina FORD",
                            station="Tarrow", taken_at="15/05/2026 18:30-19:20 at the witness's home"),
                  body="""
I am Aisha KARIM's older sister. Aisha has lived with me at 3 Linnet Close, Tarrow since July 2025, when she
left Marcus HOLT.

In about the middle of August 2025, one evening in my kitchen, Aisha was very quiet and I asked her what was
wrong. She started crying and said that Marcus had "forced himself" on her. I asked what she meant and she
said he had raped her, more than once, when she told him no. She said once was after my birthday meal in
September 2024 and he held her wrists down. She said she had not told anyone because she was ashamed and
because he checked her phone. I told her she should go to the police. She said she was not ready.

During their relationship I saw much less of Aisha. Marcus always came with her if she visited and she
never had money of her own.
""")
    mg11_docx(c, "Samira KARIM statement.docx", samira)
    c.reg("Samira KARIM statement.docx", "MG11", "first_account")
    doc_pdf(c, "Crime report TR-26-3391.pdf", [
        ("title", "CRIME REPORT TR/26/3391"),
        ("urntext", "URN"),
        ("kv", [[("Offences:", "Rape x2; controlling or coercive behaviour"), ("Reported:", "04/05/2026 15:20, front counter")],
                [("Victim:", "KARIM, Aisha (F, 27)"), ("Suspect:", "HOLT, Marcus James (M, 30)")],
                ("First complaint:", "To sister Samira KARIM, August 2025. Report to police 04/05/2026 to PC 2044 BOYD."),
                ("Victim details:", "Female; British Pakistani; Muslim; no disability; no interpreter. Enhanced service. ISVA referral 04/05/2026.")], 34),
    ], code="", created=d(18, 5), foot="Fenwold crime report")
    c.reg("Crime report TR-26-3391.pdf", "CRIME_REPORT")
    doc_pdf(c, "Incident 1187.pdf", [("mono", f"""
FENWOLD POLICE - INCIDENT 1187 - 04/05/2026 15:31 - SOURCE: FRONT COUNTER (TARROW)
CLASS: SEXUAL OFFENCE - NON-RECENT    URN {c.urn}
15:31 PC2044 FEMALE ATTENDED FRONT COUNTER REPORTING RAPE BY EX-PARTNER MARCUS HOLT
      ON TWO OCCASIONS 2024/2025 AT KESTREL HOUSE. ALSO CONTROLLING BEHAVIOUR.
15:40 PC2044 VICTIM SAFE - LIVES WITH SISTER. NO CONTACT WITH SUSP SINCE 07/2025.
15:58 PC2044 CRIME TR/26/3391 RAISED. RASSO DS PYM INFORMED.
16:10 DS1630 ALLOCATED DC 0559 FORD. ISVA REFERRAL TO BE MADE TODAY.
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(4, 5, h=17), page_fmt="", foot="Incident log")
    c.reg("Incident 1187.pdf", "INCIDENT_LOG")

    c.expected(out, 0, [], [
        "mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "complainant_account", "abe_recording",
        "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed", "dig_dpn", "dig_prop",
        "digital_proportionality", "multimedia", "special_measures", "victim_care", "files_readable", "one_urn"])
    return c



def mg12_xlsx(c: Case, fname, rv, rows, created, author):
    wb = Workbook()
    ws = wb.active
    ws.title = "MG12"
    bold = Font(bold=True)
    thin = Side(style="thin")
    ws["A1"] = "EXHIBIT LIST (MG12)"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = f"R v {rv}"
    ws["D2"] = "URN"
    ws["E2"] = c.urn
    ws["E2"].font = bold
    ws["A3"] = "OFFICIAL-SENSITIVE (when complete)"
    heads = ["Exhibit ref.", "Description", "Produced by", "Location", "Continuity ref."]
    for j, h in enumerate(heads, 1):
        cell = ws.cell(row=5, column=j, value=h)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for i_, r in enumerate(rows, 6):
        for j, v in enumerate(r, 1):
            cell = ws.cell(row=i_, column=j, value=v)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for col, wdt in zip("ABCDE", (13, 60, 24, 26, 18)):
        ws.column_dimensions[col].width = wdt
    ws.print_title_rows = "5:5"
    wb.properties.creator = author
    wb.properties.created = created.replace(tzinfo=None)
    wb.properties.modified = created.replace(tzinfo=None)
    wb.save(c.p(fname))
    fix_zip(c.p(fname), created)


# ==============================================================================================
#  CASE E  (compliant) - vulnerable complainant with intermediary; officers' DOCX forms; MG12 in
#           a spreadsheet; a third-party request with notice; forensic scientist as expert
# ==============================================================================================


def case_e(out):
    c = Case(out, "SY0777226_PIKE", "47SY0777226")
    made = d(5, 5, h=14)
    mg3 = [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 13),
        ("sub", "Wexshire Police template MG3 (W) v5 - OFFICIAL-SENSITIVE when complete"),
        ("urn",),
        ("kv", [[("Suspect", "PIKE, Jordan (02/02/2002)"), ("Date of report", "05/05/2026")],
                ("Offence(s)", "Rape (s.1 SOA 2003); in the alternative, sexual activity with a person with a mental "
                 "disorder impeding choice (s.30 SOA 2003) - 15 Canal Row, Saltby, about 19:30 on 11/04/2026."),
                ("Decision required", "FULL CODE TEST - charging decision requested. (Threshold test not sought.)"),
                ("Bail status", "Pre-charge bail to 13/07/2026 (granted 13/04/2026, Insp 0933 ROWE). Conditions: not to "
                 "contact Sophie TURNER directly or indirectly; not to attend Saltby Community Centre; not to enter "
                 "Abbey Walk, Saltby."),
                ("Early advice", "Sought by phone 20/04/2026; given 22/04/2026 by Ruth ADEYEMI, CPS Wexshire RASSO "
                 "(advised the s.30 alternative, an intermediary for the ABE and trial, and a request to the care "
                 "provider limited to 11/04/2026). All points actioned.")]),
        ("bar", "1. Case summary"),
        ("box", """
Sophie TURNER (22) has a mild learning disability and lives in supported accommodation at Linden House,
Saltby. Jordan PIKE (24) knew her from the Friday social at Saltby Community Centre. On 11/04/2026 he
texted her "come round mine at 7 ill get pizza". She went to his flat. She says he gave her cider, took
her into the bedroom, and when she said "I want to go home" pushed her onto the bed and had vaginal
intercourse with her. She returned to Linden House at 20:45 crying and told her support worker, Joanne
REID, within minutes. PIKE denies any sexual contact. Semen on the high vaginal swab gives a DNA profile
matching PIKE (SFR1 and statement of Dr LOCKE).
"""),
        ("bar", "2. Complainant's evidence and first complaint"),
        ("box", """
ABE interview 16/04/2026 by DC 2755 HART with registered intermediary Claire FINNEGAN present (recording,
index and DC HART's statement exhibiting LH/1 on file; intermediary's assessment report on file).
First complaint: to Joanne REID, support worker, at 20:50 on 11/04/2026 - statement on file. The Linden
House daily record of her return (a record of the first complaint) is on file.
"""),
        ("bar", "3. Suspect's account"),
        ("box", "Interviewed 13/04/2026 with solicitor (ROTI on file). Denies any sexual activity: she came round, they "
                "ate pizza and watched TV, she went home. When the DNA result is put to him he is expected to say "
                "consensual sex and that he did not realise she had a learning disability. Defence: denial / consent."),
        ("bar", "4. Lines of enquiry pursued and not pursued"),
        ("box", """
- PIKE's phone: selective extraction 10/04-12/04/2026, messages/calls with Sophie: the 17:02 invitation text;
  nothing else.
- Sophie's phone: not examined or viewed. The invitation text (17:02) was recovered from PIKE's phone (IQ/4);
  no other reasonable line of enquiry needs her phone.
- Linden House: daily records of 11/04/2026 and her communication profile obtained by a proportionate request
  (section 8). Times: left 18:40, returned 20:45.
- Community Centre staff: two volunteers describe PIKE as "friendly" with Sophie over several weeks and say
  Sophie talked about him as her boyfriend - this may assist the defence; notes on MG6C and flagged on MG6E.
- Neighbours at Canal Row: house-to-house, no one saw or heard anything.
- Whether PIKE knew of her disability: volunteers say her disability is obvious in conversation; noted.
Not pursued: medical, counselling or education records - no reasonable line of enquiry identified.
"""),
        ("bar", "5. Further evidence awaited"),
        ("box", "None. No further enquiries are outstanding; all forensic results have been received."),
        ("bar", "6. Victim and witness"),
        ("kv", [("Special measures", "MG2 attached: ABE as evidence in chief; intermediary at trial (s.29); s.28 "
                 "pre-recorded cross-examination - with the intermediary's help Sophie said she wants to 'do the "
                 "questions early'; live link."),
                ("Intermediary", "Registered intermediary assessment completed 14/04/2026 (Claire FINNEGAN); report attached."),
                ("Needs", "Learning disability: easy-read letters, short sentences, support worker present at meetings. "
                 "No interpreter. Contact via Linden House manager and her mother, with Sophie's consent."),
                ("VPS", "Explained and offered with the intermediary on 16/04/2026; Sophie wants her mum to help her "
                 "make one later."),
                ("ISVA", "Referred 12/04/2026 to the Wexshire ISVA service (learning disability specialist ISVA)."),
                ("Forensic / medical", "SARC 12/04/2026; Sophie consented (assessed as having capacity, with RI "
                 "support) to release of findings to police and CPS. SFR1 + expert statement on file.")]),
        ("bar", "7. Disclosure"),
        ("box", "MG6C (18 items), MG6D (1 item) and MG6E attached. Witness PNC nil return attached. Suspect PNC attached."),
        ("bar", "8. Digital and third-party material"),
        ("box", """
One request to a third party was made, to Saltby Supported Living Services on 18/04/2026 (copy on file): for
the daily support records for 11/04/2026 16:00-23:59 and Sophie's communication profile only. Reason: the only
independent record of when she left and returned and of her presentation, and to inform the intermediary.
Her care plan, medical and historical records were not requested. Sophie was given written notice in
easy-read form on 17/04/2026, before the request (copy on file).
"""),
        ("bar", "9. Officer in the case and supervisor"),
        ("kv", [[("OIC", "DC 1312 Imran QURESHI, Saltby CID (RASSO)"), ("Contact", "01632 960392 / imran.qureshi@wexshire.police.example")],
                ("Supervisor", "Reviewed and endorsed for submission. DS 0288 Fiona LAING, 05/05/2026.")]),
    ]
    doc_docx(c, "MG3 PIKE v2.docx", mg3, code="MG3", created=made, author="QURESHI Imran")
    c.reg("MG3 PIKE v2.docx", "MG3")

    def rear(addr, pc_, mob, dob, taken_by, taken_at, **kw):
        r = dict(address=addr, postcode=pc_, mobile=mob, email="", pref="Mobile", gender="Female", dob=dob,
                 nonavail="None known", attend="Yes", sm="No", needs="No", vps_explained="Yes", leaflet="Yes",
                 civil="Yes", taken_by=taken_by, station="Saltby", taken_at=taken_at)
        r.update(kw)
        return r

    reid = dict(name="Joanne REID", occupation="Support worker", date="12/04/2026", pages=2, sig="[signed]",
                wit="[signed] PC 1977 K MORLEY", created=d(12, 4, h=13), author="MORLEY K",
                rear=rear("18 Fairfield Road, Saltby", "SY2 6LP", "07700 900145", "11/03/1981, Saltby",
                          "PC 1977 Kate MORLEY", "12/04/2026 10:15-11:20, Linden House office"),
                body="""
I am a support worker employed by Saltby Supported Living Services at Linden House, 4 Abbey Walk, Saltby. I
have supported Sophie TURNER for about two years. Sophie has a learning disability. She can read simple words
and uses a phone for calls and short texts. She understands simple questions best.

On Saturday 11 April 2026 I was on a late shift. At about 18:40 Sophie told me she was going to "Jordan's
for pizza". I know she meant Jordan PIKE from the Friday social. She said she would be back by 9.

At about 20:45 Sophie came back. She came straight into the office and she was crying and shaking. Her
hoodie was on inside out. I asked her what was wrong. She said, "Jordan hurt me down there." I asked her what
she meant and she said, "He did sex and I said no. I said I want to go home." I asked if she was hurt and she
said her "private" was sore.

[[PAGE2]]

I did not ask her anything else because I knew the police would need to speak to her. I wrote down what she
said in the daily record at 20:55 and rang 999 at 21:05. I stayed with her until the police came at about
21:25. Sophie did not want to change her clothes or use the toilet until I told her the police would want
them.

I have never known Sophie to have a boyfriend. She has talked about Jordan at the social as "my friend".
""")
    mg11_docx(c, "statement JR.docx", reid)
    c.reg("statement JR.docx", "MG11", "first_account")

    morley = dict(name="Kate MORLEY", occupation="Police Constable 1977", date="12/04/2026", pages=1,
                  sig="(Sgd) K. MORLEY", wit="", created=d(12, 4, h=2), author="MORLEY K", font="Calibri", body="""
I am a police constable with Wexshire Police at Saltby. At 21:08 hours on Saturday 11 April 2026 I was sent to
Linden House, 4 Abbey Walk, Saltby, after a 999 call from a support worker reporting that a resident had been
raped. I was the first officer to attend, arriving at 21:25 hours.

In the office I met Joanne REID, support worker, and Sophie TURNER. Sophie was crying and rocking in her chair.
Her hoodie was inside out. I did not switch on my body-worn camera: Sophie became very distressed when she
saw it on my vest, so I turned it away and made written notes instead. With Joanne present I asked a few short
simple questions. Sophie told me, "Jordan did sex on me, I said no, I said I want to go home," and that it
was at his flat "by the canal" that evening. I recorded this in my notebook at the time.

Sophie told me that Jordan had sent her a text asking her round for pizza. I did not look at or take her
phone. At 21:50 hours I seized her clothing, a grey hoodie, leggings and underwear, and exhibited them as KM/1.
Arrangements were made for her to attend the SARC in the morning. I handed KM/1 to DC 1312 QURESHI at 23:40
hours.
""")
    mg11_docx(c, "Document (3).docx", morley)
    pnb_copy(c, "PNB MORLEY 40-43.pdf", "PC 1977 K MORLEY", "40-43", """
Sat 11/04/26 2108 Inc 1630 Linden House 4 Abbey Walk - rape reported by staff
2125 Arr. Joanne REID (support worker) + Sophie TURNER in office. Sophie crying,
  rocking. Hoodie inside out. BWV NOT switched on - Sophie distressed on seeing
  camera on my vest. Notes only.
2127 (Short simple qns, JR present) "Jordan did sex on me. I said no. I said I
  want to go home." (Where?) "His flat by the canal." (When?) "Tonight."
2150 Seized grey hoodie, leggings, underwear - KM/1.
2220 DS LAING informed. SARC 12/04 1030.
""", d(12, 4, h=2))
    c.reg("Document (3).docx", "MG11", "officer")

    hart = dict(name="Louise HART", occupation="Detective Constable 2755", date="16/04/2026", pages=1,
                sig="Signed: L. Hart DC2755", wit="", created=d(16, 4, h=17), author="HART Louise", body="""
I am a detective constable in the Saltby RASSO team, trained in Achieving Best Evidence interviewing of
vulnerable witnesses.

On Thursday 16 April 2026 between 11:00 and 12:20 hours, at the Saltby video interview suite, I conducted a
video-recorded interview with Sophie TURNER. The registered intermediary, Claire FINNEGAN, sat with Sophie
and helped with communication as recommended in her assessment. DC 0740 BELL monitored. The interview plan,
prepared with the intermediary on 15/04/2026, has been retained.

I exhibit the master recording, sealed after the interview, as LH/1 and the working copy as LH/2. A digital
copy of LH/2 and my index of the interview accompany this file.
""")
    mg11_docx(c, "Doc2.docx", hart)
    c.reg("Doc2.docx", "MG11", "officer")

    qureshi = dict(name="Imran QURESHI", occupation="Detective Constable 1312", date="28/04/2026", pages=1,
                   sig="[signed]", wit="", created=d(28, 4, h=16), author="QURESHI Imran", body="""
I am the officer in the case. On 11/04/2026 at 23:40 hours I received exhibit KM/1 from PC 1977 MORLEY. On 12/04/2026 at 13:30 hours at the SARC I received from Dr A OWUSU the sealed samples AO/1 (high
vaginal swab), AO/2 (low vaginal swab) and AO/3 (external vulval swab).

On 13/04/2026 at 07:10 hours I arrested Jordan PIKE at 15 Canal Row, Saltby. He made no reply after caution.
I seized his phone, a Motorola handset, exhibit IQ/1, and took a reference mouth swab, IQ/2. I interviewed
him that afternoon with DC 0740 BELL and produce the record of interview as IQ/3.

On 14/04/2026 I submitted AO/1-AO/3, KM/1 and IQ/2 to Castlegate Forensic Services. A selective extraction of
IQ/1 (messages and calls with Sophie's number, 10/04-12/04/2026) was completed on 15/04/2026; I exhibit the
report as IQ/4.
""")
    mg11_docx(c, "QURESHI MG11.docx", qureshi)
    c.reg("QURESHI MG11.docx", "MG11", "officer")

    locke = dict(name="Dr Graham LOCKE", occupation="Forensic Scientist (Biology)", date="30/04/2026", pages=1,
                 sig="[signed] G LOCKE", wit="", created=d(30, 4, h=10), author="LOCKE G",
                 refline="Criminal Procedure Rules, r. 16.2 and Part 19; Criminal Justice Act 1967, s. 9", body="""
I am a forensic scientist with Castlegate Forensic Services, with a BSc in Genetics and 16 years' experience
of body fluid identification and DNA profiling in sexual offence cases.

I examined AO/1-AO/3 (swabs from Sophie TURNER) and compared results with IQ/2 (reference sample, Jordan
PIKE). Semen was identified on AO/1 (high vaginal swab) and AO/2 (low vaginal swab). A full DNA profile
obtained from the sperm fraction of AO/1 matches PIKE. The probability of a match if the semen came from an
unknown person unrelated to him is less than one in a billion. In my opinion the findings provide very strong
support for the view that PIKE had vaginal intercourse with Sophie TURNER shortly before the swabs were
taken at about 11:00 on 12/04/2026. The findings cannot assist on consent.

I understand my duty to the court, which overrides any duty to the party instructing me, to give objective
and unbiased opinion within my expertise. I have complied with that duty. The opinions in this statement are
my own and I have set out the facts on which they are based.
""")
    mg11_docx(c, "LOCKE statement.docx", locke)
    c.reg("LOCKE statement.docx", "MG11", "expert")

    doc_pdf(c, "SFR1 PIKE.pdf", [
        ("title", "STREAMLINED FORENSIC REPORT - SFR1"),
        ("urntext",),
        ("kv", [[("Suspect:", "PIKE, Jordan"), ("Complainant:", "TURNER, Sophie")],
                [("Lab ref.:", "CFS-26-BIO-01322"), ("Date:", "28/04/2026")],
                ("Key finding:", "Semen on AO/1 and AO/2. DNA profile from AO/1 sperm fraction matches PIKE (IQ/2); "
                 "match probability < 1 in a billion."),
                ("Other items:", "KM/1 (clothing) not examined at this stage - not required given the swab result.")], 30),
    ], code="SFR1", created=d(28, 4), foot="Castlegate")
    c.reg("SFR1 PIKE.pdf", "FORENSIC")
    doc_pdf(c, "SARC notes summary.pdf", [
        ("title", "WEXSHIRE SARC - EXAMINATION SUMMARY"),
        ("urntext",),
        ("kv", [[("Patient:", "Sophie TURNER"), ("Date:", "12/04/2026 10:40")],
                [("Forensic physician:", "Dr Abena OWUSU"), ("Present:", "Joanne REID (support worker), crisis worker")],
                ("Capacity and consent:", "Capacity to consent to examination and to release of findings assessed using "
                 "easy-read materials: Sophie understood and agreed. Signed consent to release to police and CPS."),
                ("Findings:", "Two small fresh lacerations of the posterior fourchette; tenderness. Bruise 3 cm left "
                 "upper arm. Consistent with recent penetration; cannot indicate consent."),
                ("Samples:", "AO/1 HVS, AO/2 LVS, AO/3 external vulval swab - to DC QURESHI 13:30.")], 34),
    ], code="", created=d(13, 4), foot="Wexshire SARC")
    c.reg("SARC notes summary.pdf", "MEDICAL")
    doc_pdf(c, "RI report FINNEGAN.pdf", [
        ("title", "REGISTERED INTERMEDIARY - ASSESSMENT REPORT"),
        ("urntext",),
        ("kv", [[("Witness:", "Sophie TURNER"), ("Assessment date:", "14/04/2026")],
                ("Registered intermediary:", "Claire FINNEGAN (Witness Intermediary Scheme)")], 34),
        ("box", """
Sophie has a mild learning disability. She understands short, concrete questions; she struggles with
negatives, time concepts ("before/after") and questions containing two parts. Recommendations: one idea per
question; avoid tag questions; use a simple timeline with pictures; breaks every 15-20 minutes; allow extra
time. She will need an intermediary at the ABE interview, at any s.28 hearing and at trial.
"""),
    ], code="", created=d(14, 4, h=18), foot="RI report")
    c.reg("RI report FINNEGAN.pdf", "OTHER", check=False, present=False)

    make_video(c.p("ABE 160426 TURNER.mp4"), 5, "VRI LH/2 16.04.2026", scene="room", start=(11, 0, 0), seed=71,
               when="2026-04-16T11:00:00.000000Z")
    c.reg("ABE 160426 TURNER.mp4", "ABE_RECORDING")
    doc_docx(c, "ABE index TURNER.docx", [
        ("title", "INDEX OF VIDEO RECORDED INTERVIEW", 13),
        ("urntext",),
        ("kv", [("Witness:", "Sophie TURNER (22) - intermediary Claire FINNEGAN present"),
                ("Date / times:", "16/04/2026 11:00-12:20 (two breaks)"),
                ("Interviewer / monitor:", "DC 2755 HART / DC 0740 BELL"), ("Exhibits:", "LH/1 master, LH/2 working copy")]),
        ("table", ["Time", "Content"], [
            ["00:00", "Introductions; intermediary explains picture timeline; ground rules with cards"],
            ["06:30", "Free narrative: text from Jordan; walking to his flat by the canal"],
            ["14:00", "Pizza and cider; watching TV; Jordan 'kissing my neck', she moved away"],
            ["21:15", "Bedroom: 'I said I want to go home'; he pushed her on the bed; took her leggings down"],
            ["27:40", "Describes intercourse using body diagram; 'it hurt'; 'I said no'"],
            ["33:00", "Break (intermediary)"],
            ["41:20", "Leaving; hoodie inside out; walking back; telling Joanne"],
            ["55:00", "Questions: who Jordan is; whether he is her boyfriend ('no, my friend')"],
            ["71:10", "Closure; s.28 explained with intermediary; VPS explained"],
        ], [25, 150]),
        ("p", "Summary: Sophie gives a clear, consistent account of being taken to the bedroom, saying she wanted to go "
              "home and being pushed onto the bed; she describes intercourse with a body diagram."),
        ("p", "DC 2755 L HART, 17/04/2026."),
    ], code="ABE", created=d(17, 4), author="HART Louise")
    c.reg("ABE index TURNER.docx", "ABE_SUMMARY")
    doc_docx(c, "ROTI PIKE.docx", [
        ("title", "RECORD OF TAPED INTERVIEW", 13),
        ("urn",),
        ("kv", [[("Person interviewed", "Jordan PIKE"), ("Exhibit", "IQ/3")],
                [("Date / place", "13/04/2026, Saltby custody IR2"), ("Times", "14:05 - 14:41")],
                [("Interviewers", "DC 1312 QURESHI, DC 0740 BELL"), ("Others present", "Mr S COLE, solicitor")]]),
        ("table", ["Time", "Speaker", "Text"], [
            ["00:00", "QURESHI", "Caution; rights confirmed."],
            ["01:40", "PIKE", "Knows Sophie from the Friday social. Invited her round for pizza."],
            ["06:20", "PIKE", "'We had pizza, watched a film, she went home about half eight. Nothing happened.'"],
            ["11:05", "BELL", "Did you give her alcohol? - 'She had one can of cider, she asked for it.'"],
            ["16:30", "QURESHI", "Puts her account: bedroom, said she wanted to go home, pushed onto the bed."],
            ["16:50", "PIKE", "'That's a lie. We never went in the bedroom. I never touched her.'"],
            ["24:00", "BELL", "Did you know Sophie has a learning disability? - 'She's a bit slow, but she's normal.'"],
            ["35:50", "QURESHI", "Interview ended."],
        ], [15, 25, 130]),
    ], code="MG15", created=d(14, 4), author="QURESHI Imran")
    c.reg("ROTI PIKE.docx", "ROTI")
    doc_pdf(c, "PNC PIKE.pdf", [("mono", f"""
PNC PRINT - CONVICTIONS / CAUTIONS                    WEX 28/04/26 15:44  URN {c.urn}
PIKE, JORDAN   DOB 02/02/2002   PNC ID 20/0118342T
2 CONVICTIONS FOR 2 OFFENCES
 1. 14/09/20 SALTBY MC    THEFT FROM SHOP (07/08/20)          CONDITIONAL DISCHARGE 12 MTHS
 2. 03/03/22 SALTBY MC    POSSESSION CANNABIS (CLASS B)       FINE 120.00
NO SEXUAL OFFENCES.  NO WARNINGS.  PRE-CHARGE BAIL (RAPE) TO 13/07/26
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(28, 4), page_fmt="", foot="PNC")
    c.reg("PNC PIKE.pdf", "PNC")
    doc_docx(c, "wit convictions.docx", [
        ("title", "Witness conviction checks - nil return", 12),
        ("urntext",),
        ("table", ["Witness", "Role", "Checked", "Result"], [
            ["Sophie TURNER", "Complainant", "28/04/2026", "No trace PNC / PND"],
            ["Joanne REID", "First complaint (support worker)", "28/04/2026", "No trace PNC / PND"],
        ]),
        ("p", "No civilian prosecution witness has any previous conviction, caution or pending matter. DC 1312 I QURESHI."),
    ], code="", created=d(28, 4), author="QURESHI Imran")
    c.reg("wit convictions.docx", "PNC")
    items = [
        ["1", "CAD log 1630 of 11/04/2026: 999 call by Joanne REID at 21:05 reporting that Sophie said Jordan had 'done sex' and she said no. Copy on file.", "On file"],
        ["2", "Crime report SY/26/5512. Copy on file.", "On file"],
        ["3", "PNB of PC 1977 MORLEY pp.40-43: Sophie's initial words at 21:27 on 11/04/2026 and reason body-worn video was not used. Copy on file.", "On file"],
        ["4", "Linden House daily record for 11/04/2026 (REID entry at 20:55 recording Sophie's words on return). Copy on file.", "On file"],
        ["5", "ABE interview plan prepared with the registered intermediary, 15/04/2026.", "OIC"],
        ["6", "Registered intermediary's booking and invoice, 14-16/04/2026.", "OIC"],
        ["7", "Custody record SY/26/0933 for PIKE, 13/04/2026, including bail record.", "Custody"],
        ["8", "Pre-interview disclosure to Mr COLE, 13/04/2026.", "OIC"],
        ["9", "Selective extraction report IQ/4 of PIKE's phone, 10/04-12/04/2026: invitation text at 17:02; no other contact.", "OIC"],
        ["10", "House-to-house forms, Canal Row nos. 1-24 (24 forms): no one saw or heard anything.", "OIC"],
        ["11", "Notes of conversations with Community Centre volunteers Sue PARKER and Dev MISTRY on 20/04/2026: PIKE 'friendly' with Sophie over several weeks; Sophie called him her boyfriend once; MISTRY told PIKE she has a learning disability. Copy on file.", "On file"],
        ["12", "Request to Saltby Supported Living Services dated 18/04/2026 and their reply of 24/04/2026.", "On file"],
        ["13", "Sophie's communication profile supplied by Saltby Supported Living Services (2 pages), used by the intermediary.", "OIC"],
        ["14", "Written notice (easy-read) given to Sophie on 17/04/2026 about the request to the care provider. Copy on file.", "On file"],
        ["15", "SARC examination notes and body map, 12/04/2026 (consent to release).", "Wexshire SARC"],
        ["16", "MG21 submission to Castlegate, 14/04/2026.", "OIC"],
        ["17", "ISVA referral, 12/04/2026.", "OIC"],
        ["18", "Victim contact log (via Linden House manager and mother), 12/04-05/05/2026.", "OIC"],
    ]
    doc_docx(c, "MG6C.docx", [
        ("title", "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 12),
        ("p", "R v Jordan PIKE"),
        ("urn",),
        ("p", "The disclosure officer believes that the following material, which does not form part of the "
              "prosecution case, is not sensitive."),
        ("table", ["Item No.", "Description and relative location", "Location", "CPS comment"],
         [r + [""] for r in items], [18, 170, 35, 40]),
        ("sig", [("Disclosure officer", "DC 1312 I QURESHI"), ("Signature", "[signed]"), ("Date", "01/05/2026")]),
    ], code="MG6C", created=d(1, 5), author="QURESHI Imran", landscape=True)
    c.reg("MG6C.docx", "MG6C")
    doc_docx(c, "MG6D.docx", [
        ("title", "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 12),
        ("urn",),
        ("table", ["Item No.", "Description", "Reason for sensitivity", "CPS comment"], [
            ["1", "Saltby Supported Living Services safeguarding log entry for Sophie TURNER dated 12/04/2026 (care provider's internal report to the local authority).",
             "Confidential third-party safeguarding material about a vulnerable adult; disclosure would risk the willingness of care providers to report. Reviewed: contains nothing about the events beyond what is in the daily record.", ""],
        ]),
        ("sig", [("Disclosure officer", "DC 1312 I QURESHI"), ("Signature", "[signed]"), ("Date", "01/05/2026")]),
    ], code="MG6D", created=d(1, 5), author="QURESHI Imran", landscape=True)
    c.reg("MG6D.docx", "MG6D")
    doc_docx(c, "MG6E.docx", [
        ("title", "MG6E  DISCLOSURE OFFICER'S REPORT", 12),
        ("urntext",),
        ("p", "Material that might undermine the prosecution case or assist the accused: MG6C item 11 (volunteers' "
              "notes: Sophie once called PIKE her boyfriend; he was friendly with her). A copy of the notes is "
              "attached to the file."),
        ("p", "Rebuttable presumption material on file: MG6C items 1, 2 and 4; witness PNC nil return."),
        ("p", "I certify that to the best of my knowledge and belief all relevant retained material has been revealed "
              "to the prosecutor. DC 1312 I QURESHI [signed], 01/05/2026."),
    ], code="MG6E", created=d(1, 5), author="QURESHI Imran")
    c.reg("MG6E.docx", "MG6E")
    mg12_xlsx(c, "MG12.xlsx", "Jordan PIKE", [
        ["KM/1", "Grey hoodie, leggings, underwear of Sophie TURNER", "PC 1977 MORLEY", "Property store SY/P/26/1180", "SY/P/26/1180"],
        ["AO/1-AO/3", "High vaginal, low vaginal and external vulval swabs", "Dr A OWUSU", "Castlegate", "SY/P/26/1190"],
        ["LH/1", "Master recording of VRI of Sophie TURNER, 16/04/2026", "DC 2755 HART", "Property store (sealed)", "SY/P/26/1242"],
        ["LH/2", "Working copy of VRI (digital copy on file)", "DC 2755 HART", "On file", "SY/P/26/1243"],
        ["IQ/1", "Motorola phone of Jordan PIKE", "DC 1312 QURESHI", "Property store", "SY/P/26/1201"],
        ["IQ/2", "Reference mouth swab, Jordan PIKE", "DC 1312 QURESHI", "Castlegate", "SY/P/26/1202"],
        ["IQ/3", "Record of taped interview, 13/04/2026", "DC 1312 QURESHI", "On file", "-"],
        ["IQ/4", "Selective extraction report of IQ/1", "DC 1312 QURESHI", "OIC (MG6C 9)", "-"],
    ], d(1, 5), "QURESHI Imran")
    c.reg("MG12.xlsx", "MG12")
    doc_docx(c, "MG2 TURNER.docx", [
        ("title", "MG2  SPECIAL MEASURES ASSESSMENT", 12),
        ("urn",),
        ("kv", [("Witness", "Sophie TURNER (22) - complainant"),
                ("Eligibility", "Vulnerable (YJCEA s.16: learning disability) and complainant of a sexual offence (s.17(4))"),
                ("Discussed", "16/04/2026 with Sophie, the intermediary and her support worker")]),
        ("ticks", [("VRI as evidence in chief (s.27)", True), ("Pre-recorded cross-examination (s.28)", True),
                   ("Live link (s.24)", True), ("Intermediary (s.29)", True), ("Communication aids (s.30)", True),
                   ("Screens (s.23)", False)]),
        ("box", "Sophie's view (with the intermediary): she wants to 'do the questions early' with Claire there, and "
                "to be 'in the other room, not with him'. She would like to use her picture timeline. Intermediary "
                "assessment completed 14/04/2026 - report attached."),
        ("sig", [("Officer", "DC 2755 L HART"), ("Date", "17/04/2026")]),
    ], code="MG2", created=d(17, 4), author="HART Louise")
    c.reg("MG2 TURNER.docx", "MG2")
    doc_docx(c, "Third party request 18-04-26.docx", [
        ("title", "REQUEST FOR THIRD PARTY MATERIAL (VICTIM INFORMATION REQUEST)", 12),
        ("urntext",),
        ("kv", [("To", "Registered Manager, Saltby Supported Living Services, Linden House, 4 Abbey Walk, Saltby"),
                ("From", "DC 1312 Imran QURESHI, Wexshire Police, 01632 960392"),
                ("Date", "18/04/2026"),
                ("Person the material is about", "Sophie TURNER (resident)")]),
        ("pb", "Material requested (and nothing else)"),
        ("p", "(1) Daily support records for Sophie for 11/04/2026 between 16:00 and 23:59. (2) Sophie's current "
              "communication profile."),
        ("pb", "Reasonable line of enquiry and why it is necessary"),
        ("p", "The investigation concerns an allegation that Sophie was raped on the evening of 11/04/2026. The daily "
              "record is the only independent record of when she left and returned and how she presented on her "
              "return, which is directly relevant to the issues (timing and first complaint). The communication "
              "profile is needed so that the registered intermediary and the court can meet Sophie's needs. The "
              "material cannot be obtained from any other source."),
        ("pb", "Why the request is proportionate"),
        ("p", "The request is limited to one evening and to the communication profile. Her care plan, health, "
              "medical and historical records are not requested because there is no reason to believe they are "
              "relevant. This is not a request for counselling records."),
        ("pb", "Notice to the victim"),
        ("p", "Sophie was given written notice of this request in easy-read form on 17/04/2026 (copy attached to the "
              "file), explaining what would be asked for, why, and how it will be handled. She agreed, with her "
              "support worker present."),
        ("p", "Authorised: DS 0288 F LAING, 18/04/2026."),
    ], code="", created=d(18, 4), author="QURESHI Imran")
    c.reg("Third party request 18-04-26.docx", "THIRD_PARTY")
    doc_docx(c, "Notice to Sophie 17-04-26.docx", [
        ("title", "Letter for Sophie - asking Linden House for some of your records", 13),
        ("urntext", "Police reference"),
        ("p", "Dear Sophie,"),
        ("p", "We want to ask Linden House for two things: (1) what the staff wrote about you on Saturday 11 April, "
              "from 4 o'clock until midnight; (2) your communication profile, which tells people how to talk with "
              "you."),
        ("p", "Why? To show what time you went out and came back, and how you were when you came back. And to help "
              "Claire (the intermediary) and the court talk with you in the right way."),
        ("p", "We will NOT ask for your health records or any other records."),
        ("p", "Only the police and the Crown Prosecution Service will read them. If something in them must be shown to "
              "the other side's lawyers, we will tell you first."),
        ("p", "You can ask us questions at any time. Call Imran on 01632 960392."),
        ("p", "Given to Sophie on 17/04/2026 at Linden House by DC 1312 I QURESHI, with Joanne REID present. Sophie "
              "said she understood and was happy for us to ask."),
    ], code="", created=d(17, 4), author="QURESHI Imran", font="Verdana")
    c.reg("Notice to Sophie 17-04-26.docx", ["THIRD_PARTY", "CORRESPONDENCE"])
    doc_pdf(c, "Linden House daily record 11-04-26.pdf", [
        ("title", "SALTBY SUPPORTED LIVING SERVICES - DAILY SUPPORT RECORD"),
        ("p", f"Disclosed to Wexshire Police on 24/04/2026 in response to request of 18/04/2026. Police URN {c.urn}."),
        ("kv", [[("Resident:", "Sophie TURNER"), ("Date:", "11/04/2026")]], 30),
        ("table", ["Time", "Entry", "Staff"], [
            ["16:10", "Sophie back from shop. Had tea. Happy, chatty.", "JR"],
            ["18:40", "Sophie going out to 'Jordan's for pizza', back by 9. Reminded to take phone.", "JR"],
            ["20:45", "Sophie returned crying and shaking, hoodie inside out.", "JR"],
            ["20:55", "Sophie said 'Jordan hurt me down there. He did sex and I said no. I said I want to go home.' Said she was sore. I did not ask more. Police to be called.", "JR"],
            ["21:05", "999 called by JR. Sophie stayed in office with JR.", "JR"],
            ["21:25", "Police (PC MORLEY) arrived.", "JR"],
        ], [18, 150, 18]),
    ], code="", marking="CONFIDENTIAL", created=d(24, 4), foot="SSLS daily record")
    c.reg("Linden House daily record 11-04-26.pdf", "THIRD_PARTY")
    doc_pdf(c, "Volunteer notes 20-04-26.pdf", [
        ("title", "OFFICER'S NOTES - ENQUIRIES AT SALTBY COMMUNITY CENTRE"),
        ("urntext",),
        ("p", "Copy of notes made by DC 1312 QURESHI on 20/04/2026 (MG6C item 11)."),
        ("mono", """
20/04/26 1410 Saltby Community Centre. Spoke to Sue PARKER (volunteer, Friday social):
  Knows Sophie 3 yrs and Jordan PIKE since about Jan 2026. Jordan 'friendly' with Sophie,
  sat with her most weeks, bought her drinks (soft). Once in March Sophie said 'Jordan is
  my boyfriend' and laughed. Sue thought she was joking. Sophie's disability 'obvious if
  you talk to her for a minute'.
1440 Dev MISTRY (volunteer): saw Jordan and Sophie dancing at the social 27/03. Never saw
  anything more. Jordan asked him once 'what's wrong with her' - Dev told him she has a
  learning disability.
"""),
    ], code="", created=d(20, 4, h=16), foot="Officer notes (copy)")
    c.reg("Volunteer notes 20-04-26.pdf", "OTHER", check=False, present=False)
    doc_pdf(c, "CAD 1630 110426.pdf", [("mono", f"""
WEXSHIRE POLICE  COMMAND & CONTROL  INCIDENT 1630  11/04/2026  CREATED 21:05:33  999
TYPE: RAPE   LOCATION: LINDEN HOUSE, 4 ABBEY WALK, SALTBY     URN {c.urn}
CALLER: REID, JOANNE (SUPPORT WORKER)   VICTIM: TURNER, SOPHIE (22) - LEARNING DISABILITY
21:05:33 CALLER STATES RESIDENT SOPHIE RETURNED 2045 CRYING, SAID 'JORDAN HURT ME DOWN
         THERE, HE DID SEX AND I SAID NO'. SUSPECT JORDAN PIKE, CANAL ROW.
21:06:50 VICTIM SAFE WITH STAFF. NOT CHANGED. AMBULANCE NOT REQUIRED.
21:08:10 SY07 PC 1977 MORLEY DEPLOYED
21:25:02 SY07 AT SCENE
21:58:44 SY07 INITIAL ACCOUNT NOTED (PNB). BWV NOT USED - VICTIM DISTRESSED BY CAMERA. CLOTHING SEIZED.
22:20:10 DS LAING INFORMED. SARC 12/04 1030.
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(12, 4), page_fmt="", foot="STORM-X")
    c.reg("CAD 1630 110426.pdf", "INCIDENT_LOG")
    doc_pdf(c, "Crime SY-26-5512.pdf", [
        ("title", "NEXUS CRIME RECORD SY/26/5512"),
        ("urntext", "URN"),
        ("kv", [[("Offence:", "Rape (s.1 SOA 2003)"), ("Reported:", "11/04/2026 21:05 (999, support worker)")],
                [("Victim:", "TURNER, Sophie (F, 22)"), ("Suspect:", "PIKE, Jordan (M, 24)")],
                ("Victim protected characteristics:", "Female; White British; disability - learning disability"),
                ("First complaint:", "To support worker Joanne REID, 20:50 on 11/04/2026 (recorded in daily record 20:55).")], 36),
    ], code="", created=d(1, 5), foot="NEXUS print")
    c.reg("Crime SY-26-5512.pdf", "CRIME_REPORT")

    c.expected(out, 0, [], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    return c



# ==============================================================================================
#  CASE F  (faulty) - the ABE recording is referred to but missing; the sister named as the
#           first person told has no statement
# ==============================================================================================


def case_f(out):
    c = Case(out, "52AB0612326 COOPER v WARD", "52AB0612326")
    m = dict(
        unit="Ashdown Constabulary - Brackenbury Public Protection (RASSO)", date="21/04/2026",
        suspects="WARD, Gareth John - 05/05/1984",
        offences="Rape (s.1 Sexual Offences Act 2003) at 27 Sandpiper Close, Brackenbury, about 20:45 on 22/03/2026.",
        bail="Pre-charge bail to 25/06/2026 (granted 25/03/2026, Insp 1456 NAGRA). Conditions: not to contact "
             "Natalie COOPER directly or indirectly except through Family Mediation Ashdown about child contact; "
             "not to enter Sandpiper Close; children to be collected and returned at his mother's address.",
        early_advice="Not sought: the suspect admitted intercourse at interview on 25/03/2026, the issue is "
                     "consent only, and all evidence was obtained within four weeks, so a full code test "
                     "request was made without delay instead.",
        summary="""
Natalie COOPER (34) and Gareth WARD (41) divorced in 2024 and share care of their two children. On Sunday
22/03/2026 at about 20:30 WARD brought the children back to her house. The children went upstairs. She says
he followed her into the kitchen, tried to kiss her, and when she refused pushed her against the worktop and
onto the floor and raped her (vaginal). He left at about 21:15. Her neighbour heard a woman shout "get off
me" at about 20:50. The next morning WARD texted: "I'm sorry about last night, I lost it, please don't stop me
seeing the kids." The forensic physician found bruising to her lower back consistent with the worktop edge.
""",
        account="""
Natalie gave a video-recorded interview on 24/03/2026 to DC 1980 DAVIES (exhibit SD/1, working copy SD/2).
The ABE summary and DC DAVIES's statement are attached.

First disclosure: at 21:40 on 22/03/2026 she rang her sister, Amy COOPER, and told her what had happened.
Amy came to the house at about 22:00 and was with her when she called 999 at 22:31.
""",
        defence="Interviewed 25/03/2026 (ROTI attached). Admits intercourse in the kitchen; says it was consensual "
                "and that they 'still sleep together now and then'. Says the text referred to an argument about "
                "the children. Defence: consent.",
        loe="""
- Neighbour house-to-house: Mr Harold BRIGGS (no. 25) heard a shout at about 20:50 - statement taken. No. 29
  was away.
- Natalie's phone: selective extraction under a Digital Processing Notice, messages and calls with WARD
  22/03/2026 18:00 to 25/03/2026 23:59 - recovers the 08:12 text of 23/03/2026 and confirms no messages
  arranging to meet for sex (which would have supported his account).
- WARD's phone: seized; selective extraction same parameters; confirms the text.
- Whether the two had a continuing sexual relationship (points away if true): Natalie denies it; WARD names no
  one who could support it; the family mediator's records show no reference to reconciliation (MG6C).
- Children: not spoken to - they were upstairs with the door shut and Natalie says they saw nothing; a
  conversation would not be proportionate (decision logged).
- No third-party material about Natalie has been sought; none is relevant.
""",
        outstanding_text="None. No further enquiries are outstanding.",
        disclosure="MG6C and MG6D (nil) attached; witness PNC nil return attached. Digital: DPN and extraction "
                   "report on file; extraction limited to messages and calls with WARD over four days.",
        sm="MG2 attached: ABE as evidence in chief, screens, s.28 explained 24/03/2026 - she wants it.",
        needs="No interpreter. Childcare needed for any court dates (children 7 and 9). Contact by mobile.",
        vps="Offered 24/03/2026; she made no VPS yet and wishes to make one before any sentence.",
        isva="Referred to Ashdown ISVA Service on 23/03/2026.",
        formed="SARC 23/03/2026 (statement of Dr WYNNE on file). She consented to release of SARC notes and "
               "findings to police and CPS. No forensic submission needed (intercourse admitted).",
        pnc="WARD: one conviction (drink driving, 2017). Witness PNC nil return attached.",
        oic="DC 2840 Rachel OSEI", oic_unit="Brackenbury PPU", oic_tel="01632 960733",
        oic_email="rachel.osei@ashdown.police.example",
        supervisor="Reviewed - DS 0912 C BRAITHWAITE, 21/04/2026.", author="Rachel Osei")
    mg3_pdf(c, "MG3.pdf", m, d(21, 4, h=15), core=True, foot="MG3 Ashdown v2.3")
    c.reg("MG3.pdf", "MG3")

    davies = dict(name="Sian DAVIES", occupation="Detective Constable 1980", date="24/03/2026",
                  sig="[signed]", wit="", created=d(24, 3, h=16), author="DAVIES S", body="""
I am a detective constable in the Brackenbury Public Protection Unit, trained in Achieving Best Evidence
interviewing.

On Tuesday 24 March 2026 from 10:15 to 11:32 hours at the Brackenbury video suite I conducted a video-recorded
interview with Natalie COOPER. DC 0377 HUGHES monitored. I produced and sealed a master recording, exhibit
SD/1 (property reference BK/P/26/0771), and a working copy, exhibit SD/2. A digital copy of SD/2 accompanies
this file together with my summary of the interview.
""")
    mg11_plain_pdf(c, "DAVIES SD1 statement.pdf", davies)
    c.reg("DAVIES SD1 statement.pdf", "MG11", "officer")
    doc_pdf(c, "ABE summary COOPER.pdf", [
        ("title", "ABE INTERVIEW - SUMMARY"),
        ("urntext",),
        ("kv", [[("Witness:", "Natalie COOPER"), ("Date:", "24/03/2026 10:15-11:32")],
                [("Interviewer:", "DC 1980 DAVIES"), ("Exhibit:", "SD/1 (master), SD/2 (working copy)")]], 30),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions and ground rules."],
            ["04:30", "Background: separation 2023, divorce 2024, shared care; relationship with WARD 'civil' but tense."],
            ["11:00", "Sunday 22/03: children returned about 20:30; children go upstairs."],
            ["15:20", "Kitchen: he tries to kiss her; she says 'no, Gareth, we're not doing this'."],
            ["19:45", "He pushes her back against the worktop edge; then to the floor; pulls down her jogging bottoms; rape. She says 'get off me' loudly."],
            ["27:10", "He leaves about 21:15 saying 'you know you wanted that'."],
            ["31:00", "Rings sister Amy at 21:40; Amy arrives; 999 call."],
            ["45:00", "Questions: previous sexual contact since divorce (none); the text of 23/03."],
            ["70:00", "Closure, special measures, s.28."],
        ], [20, 166]),
    ], code="", created=d(25, 3), foot="ABE summary")
    c.reg("ABE summary COOPER.pdf", "ABE_SUMMARY")

    foster = dict(name="Dean FOSTER", occupation="Police Constable 4120", date="23/03/2026", sig="(Sgd) D FOSTER",
                  wit="", created=d(23, 3, h=6), seed=81, foot="MG11 Ashdown", body="""
I am a police constable at Brackenbury. At 22:35 hours on Sunday 22 March 2026 I was sent to 27 Sandpiper
Close, Brackenbury, following a 999 call from a woman reporting that she had been raped by her ex-husband.
I was the first officer to attend, arriving at 22:52 hours.

Natalie COOPER opened the door. Her sister, who introduced herself as Amy, was with her. Natalie was pale,
tearful and holding her lower back. I asked a few questions to establish what had happened and whether she
and the children were safe. She said her ex-husband Gareth WARD had dropped the children back at about
half eight, had followed her into the kitchen, pushed her against the worktop and onto the floor and raped
her, and had left at about quarter past nine. The children were asleep upstairs. I recorded her answers in
my pocket notebook, pages 88 to 90. She did not want to be filmed with the children in the house, so I did
not use body-worn video.

At 23:20 hours, with her agreement, I seized the grey jogging bottoms and underwear she had been wearing,
exhibits DF/1 and DF/2. I arranged a SARC appointment and handed the exhibits to DC 2840 OSEI on 23/03/2026 at
08:00 hours.
""")
    mg11_pdf(c, "PC FOSTER MG11.pdf", foster)
    pnb_copy(c, "PNB FOSTER 88-90.pdf", "PC 4120 D FOSTER", "88-90", """
Sun 22/03/26 2235 Inc 0411 - 27 Sandpiper Close - rape by ex-husband
2252 Arr. Natalie COOPER + sister Amy present. N pale, tearful, holding lower back.
2255 (What happened?) "Gareth brought the kids back about half eight. He came
  in the kitchen, tried to kiss me, I said no. He pushed me against the side
  and then on the floor and he raped me." (When did he leave?) "Quarter past nine."
  (Children?) "Asleep upstairs. They didn't see."
2315 No BWV - N did not want filming with children in house.
2320 Seized grey jogging bottoms DF/1, underwear DF/2.
""", d(23, 3, h=6))
    c.reg("PC FOSTER MG11.pdf", "MG11", "officer")
    briggs = dict(name="Harold BRIGGS", occupation="Retired", date="23/03/2026", sig="(Sgd) H Briggs",
                  wit="(Sgd) DC 2840 R OSEI", created=d(23, 3, h=14), seed=82, foot="MG11 Ashdown",
                  rear=dict(address="25 Sandpiper Close, Brackenbury", postcode="BK6 1NS", home_tel="01632 960219",
                            pref="Home telephone", gender="Male", dob="17/04/1951, Brackenbury",
                            nonavail="12/10/2026 - 26/10/2026", attend="Yes", sm="No", needs="Yes",
                            needs_note="Hard of hearing - hearing loop at court.", vps_explained="Yes", leaflet="Yes",
                            civil="Yes", taken_by="DC 2840 Rachel OSEI", station="Brackenbury",
                            taken_at="23/03/2026 12:30-13:00, witness's home"),
                  body="""
I live at 25 Sandpiper Close, Brackenbury. My house is joined to number 27, where Natalie lives with her two
children. Our kitchens are next to each other.

On Sunday 22 March 2026 at about ten to nine in the evening I was in my kitchen making a hot drink. I heard a
woman's voice through the wall, loud, shouting "get off me". It was one shout. I then heard a bang, like
something hitting a cupboard. I did not hear anything else. I thought about knocking but I didn't. I saw a
man's car, a dark estate, leave at about quarter past nine.
""")
    mg11_pdf(c, "Statement BRIGGS.pdf", briggs)
    c.reg("Statement BRIGGS.pdf", "MG11", "witness")
    wynne = dict(name="Dr Tessa WYNNE", occupation="Forensic Physician", date="30/03/2026", sig="[signed]",
                 wit="", created=d(30, 3), seed=83, scribble=False, foot="MG11 Ashdown - expert", body="""
I am a forensic physician at the Ashdown SARC (MBBS, DFFLM; 12 years in forensic medicine).

On 23/03/2026 at 10:10 I examined Natalie COOPER with her written consent, which included consent to release
my notes and findings to the police and CPS. She described being pushed against a kitchen worktop and onto
the floor and raped at about 20:45 the previous evening.

Findings: (1) a horizontal band of bruising 9 cm by 2 cm across the lower back at waist height, tender;
(2) two small bruises on the front of the left thigh; (3) no genital injury. Samples were taken (TW/11-TW/13)
but not submitted, as I understand intercourse is admitted.

Opinion: the lower back bruise is consistent with being pressed forcefully against a hard straight edge such
as a worktop. The absence of genital injury is common and does not indicate consent.

I understand my duty to the court to give independent opinion within my expertise; I have complied with it.
""")
    mg11_pdf(c, "FME statement WYNNE.pdf", wynne)
    c.reg("FME statement WYNNE.pdf", "MG11", "expert")

    doc_pdf(c, "DPN.pdf", [
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("sub", "Police, Crime, Sentencing and Courts Act 2022, s.37 - agreement to extraction"),
        ("urn",),
        ("kv", [("Person:", "Natalie COOPER (victim)"),
                ("Device:", "Samsung Galaxy A54"),
                ("Reason:", "To recover the message from Gareth WARD at 08:12 on 23/03/2026 and any messages between you "
                 "around the incident, which may support or undermine the account of either of you."),
                ("Extraction limited to:", "22/03/2026 18:00 to 25/03/2026 23:59; SMS, WhatsApp and call logs with "
                 "Gareth WARD only. Nothing else will be extracted or reviewed."),
                ("Retention:", "Only the extracted messages are kept. You may decline or withdraw before extraction.")], 36),
        ("sig", [("Signature:", "[signed] N COOPER"), ("Date:", "24/03/2026 12:05"), ("Officer:", "DC 2840 R OSEI")]),
    ], code="DPN", created=d(24, 3, h=12))
    c.reg("DPN.pdf", "DPN")
    doc_pdf(c, "Extraction COOPER phone.pdf", [
        ("title", "SELECTIVE EXTRACTION REPORT"),
        ("urntext",),
        ("kv", [("Device:", "Samsung Galaxy A54 (Natalie COOPER) - under DPN 24/03/2026"),
                ("Parameters:", "22/03 18:00 - 25/03/2026 23:59; SMS, WhatsApp, calls; party Gareth WARD 07700 900508")], 30),
        ("table", ["Date / time", "Type", "Direction", "Content"], [
            ["22/03/2026 19:58", "SMS", "In", "On way back with kids, 30 mins"],
            ["23/03/2026 08:12", "SMS", "In", "I'm sorry about last night, I lost it, please don't stop me seeing the kids"],
            ["23/03/2026 08:40", "Call (missed)", "In", "-"],
        ], [34, 24, 24, 104]),
    ], code="", created=d(24, 3, h=15), foot="DFU")
    c.reg("Extraction COOPER phone.pdf", "DIGITAL_EXTRACT")
    doc_pdf(c, "ROTI WARD.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("urn",),
        ("kv", [[("Interviewee:", "Gareth John WARD"), ("Date:", "25/03/2026, 11:00-11:48")],
                [("Officers:", "DC 2840 OSEI, DC 1980 DAVIES"), ("Solicitor:", "Ms P HANLEY")]], 30),
        ("table", ["Time", "Speaker", "Text"], [
            ["00:00", "OSEI", "Caution and rights."],
            ["03:10", "WARD", "Dropped the kids back about half eight. 'Nat and me still sleep together now and then.'"],
            ["09:45", "WARD", "In the kitchen 'she kissed me'. Sex on the kitchen floor, 'she was fine with it'."],
            ["18:20", "DAVIES", "Puts the neighbour hearing 'get off me'. - 'Not me. Maybe the telly.'"],
            ["26:00", "OSEI", "Puts the text of 08:12. - 'We'd argued about the kids' school. That's what I meant.'"],
            ["34:30", "OSEI", "Bruising to her back? - 'Don't know. Not from me.'"],
            ["47:50", "OSEI", "Interview concluded."],
        ], [16, 22, 148]),
    ], code="MG 15", created=d(26, 3))
    c.reg("ROTI WARD.pdf", "ROTI")
    doc_pdf(c, "PNC WARD.pdf", [("mono", f"""
PNC PRINT   ASHDOWN   19/04/26   URN {c.urn}
WARD, GARETH JOHN   DOB 05/05/1984   PNC ID 17/0093321H
1 CONVICTION: 11/09/17 BRACKENBURY MC - DRIVING WITH EXCESS ALCOHOL - FINE 400.00, DISQ 14 MTHS
NO OTHER TRACE
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(19, 4), page_fmt="", foot="PNC")
    c.reg("PNC WARD.pdf", "PNC")
    doc_pdf(c, "Witness checks nil.pdf", [
        ("title", "PROSECUTION WITNESSES - PNC CHECKS"),
        ("urntext",),
        ("table", ["Witness", "DOB", "Result"], [
            ["Natalie COOPER", "12/12/1991", "No trace"],
            ["Amy COOPER", "02/03/1989", "No trace"],
            ["Harold BRIGGS", "17/04/1951", "No trace"],
        ], [80, 40, 66]),
        ("p", "Nil return - checked by DC 2840 OSEI on 19/04/2026."),
    ], code="", created=d(19, 4), core=True)
    c.reg("Witness checks nil.pdf", "PNC")
    mg6c = [
        ["1", "CAD incident 0411 of 22/03/2026: 999 call by Natalie COOPER at 22:31 (sister present) reporting rape by ex-husband. Copy on file.", "On file", ""],
        ["2", "Crime report 26/0377/BK. Copy on file.", "On file", ""],
        ["3", "PNB of PC 4120 FOSTER pp.88-90: initial account 22:55-23:15 on 22/03/2026. Copy on file.", "On file", ""],
        ["4", "999 call recording, incident 0411 (9 min 20 s), retained by Force Control Room; content summarised on CAD.", "FCR", ""],
        ["5", "Custody record BK/0325/26/0610 for WARD.", "Custody", ""],
        ["6", "Extraction report of WARD's phone, same parameters as complainant's: confirms 08:12 text.", "OIC", ""],
        ["7", "House-to-house forms Sandpiper Close 21-33 (7 forms): only no. 25 (BRIGGS) heard anything.", "OIC", ""],
        ["8", "Family Mediation Ashdown letter of 07/04/2026 confirming mediation sessions in 2025 concerned child arrangements only.", "OIC", ""],
        ["9", "OIC decision log 26/03/2026: children not to be spoken to, with reasons.", "OIC", ""],
        ["10", "SARC notes and body map 23/03/2026 (consent given).", "Ashdown SARC", ""],
        ["11", "ISVA referral 23/03/2026.", "OIC", ""],
        ["12", "Bail record and conditions, 25/03/2026.", "Custody", ""],
    ]
    schedule_pdf(c, "MG6C.pdf", "MG 6C", "Gareth John WARD", mg6c, "DC 2840 Rachel OSEI", "19/04/2026", d(19, 4),
                 foot="MG6C (Ashdown)")
    c.reg("MG6C.pdf", "MG6C")
    schedule_pdf(c, "MG6D.pdf", "MG 6D", "Gareth John WARD", None, "DC 2840 Rachel OSEI", "19/04/2026", d(19, 4),
                 nil="Nil return - there is no sensitive material.", foot="MG6D (Ashdown)")
    c.reg("MG6D.pdf", "MG6D")
    doc_pdf(c, "MG12.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn",),
        ("table", ["Ref.", "Description", "Produced by"], [
            ["DF/1", "Grey jogging bottoms (Natalie COOPER)", "PC 4120 FOSTER"],
            ["DF/2", "Underwear (Natalie COOPER)", "PC 4120 FOSTER"],
            ["SD/1", "Master recording of ABE interview of Natalie COOPER, 24/03/2026", "DC 1980 DAVIES"],
            ["SD/2", "Working copy of ABE interview", "DC 1980 DAVIES"],
            ["TW/11-TW/13", "SARC swabs (not submitted)", "Dr T WYNNE"],
        ], [28, 110, 48]),
    ], code="MG 12", created=d(19, 4))
    c.reg("MG12.pdf", "MG12")
    doc_docx(c, "MG2 COOPER.docx", [
        ("title", "MG2 - Special measures assessment", 12),
        ("urn",),
        ("kv", [("Witness", "Natalie COOPER (complainant, s.17(4) eligible)"), ("Date discussed", "24/03/2026")]),
        ("ticks", [("ABE as evidence in chief", True), ("Screens", True), ("s.28 pre-recorded cross-examination", True),
                   ("Live link", False), ("Intermediary", False)]),
        ("box", "Natalie wants screens and her ABE played. s.28 explained - she wants it so the trial is over sooner "
                "for her. No communication needs; intermediary not required."),
        ("sig", [("Officer", "DC 1980 S DAVIES"), ("Date", "24/03/2026")]),
    ], code="MG2", created=d(24, 3), author="DAVIES S")
    c.reg("MG2 COOPER.docx", "MG2")
    doc_pdf(c, "CAD 0411.pdf", [("mono", f"""
ASHDOWN CONSTABULARY  INCIDENT 0411  22/03/2026  22:31:06  999   URN {c.urn}
LOCATION 27 SANDPIPER CLOSE BRACKENBURY   CALLER COOPER NATALIE (VICTIM)
22:31:06 CALLER STATES EX-HUSBAND GARETH WARD RAPED HER IN KITCHEN AT APPROX 2045 AFTER
         DROPPING CHILDREN OFF. HE LEFT 2115. HER SISTER AMY IS WITH HER.
22:32:40 CHILDREN ASLEEP UPSTAIRS. VICTIM HAS BACK PAIN - DECLINES AMBULANCE.
22:35:00 BK09 PC 4120 FOSTER ASSIGNED
22:52:15 BK09 ON SCENE
23:25:30 BK09 PNB ACCOUNT. CLOTHING SEIZED DF/1 DF/2. SARC 23/03 1000.
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(23, 3), page_fmt="", foot="Incident")
    c.reg("CAD 0411.pdf", "INCIDENT_LOG")
    doc_pdf(c, "Crime 26-0377.pdf", [
        ("title", "CRIME RECORD 26/0377/BK"),
        ("urntext", "URN"),
        ("kv", [[("Offence:", "Rape s.1"), ("Reported:", "22/03/2026 22:31 - 999")],
                [("Victim:", "COOPER, Natalie (F, 34)"), ("Suspect:", "WARD, Gareth John (M, 41) - ex-husband")],
                ("First complaint:", "Telephone call to sister Amy COOPER 21:40; 999 at 22:31; initial account to PC FOSTER 22:55."),
                ("Victim details:", "Female; White British; no disability; two dependent children. DA risk: DASH high - MARAC referral 24/03/2026.")], 34),
    ], code="", created=d(19, 4), foot="Crime record")
    c.reg("Crime 26-0377.pdf", "CRIME_REPORT")

    c.expected(out, 1, ["abe_recording", "complainant_account", "key_statements"], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "abe_summary", "abe_exhibited", "officer_statement", "signed", "suspect_interview",
        "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
        "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


# ==============================================================================================
#  CASE G  (faulty) - blanket download of the complainant's phone, no DPN, vague MG6C entries
# ==============================================================================================


def case_g(out):
    c = Case(out, "Op HB0934426 BLAKE", "61HB0934426")
    m = dict(
        unit="North Marches Police - Harrowby Sexual Offences Investigation Team", date="12/06/2026",
        suspects="BLAKE, Connor - 21/10/1999",
        offences="Rape (s.1 Sexual Offences Act 2003), 31 Wharf Street, Harrowby, about 00:30 on 05/04/2026.",
        bail="Released under investigation on 07/04/2026: he has no convictions, no contact with the complainant "
             "since 05/04/2026 and lives outside the area; bail conditions were not necessary or proportionate "
             "(Insp 0772 FRY). Complainant informed.",
        early_advice="Not sought. The suspect accepted intercourse on arrest and the case turns on consent; the "
                     "DI decided a full code test request could be made once the evidence was gathered.",
        summary="""
Ellie HUGHES (20) met Connor BLAKE (26) through the dating app Spark. On their first date on 04/04/2026 they
went to the Riverside Tap in Harrowby and then to his flat at 31 Wharf Street. She says she agreed to kiss
him but told him she did not want sex; he held her wrists down on the bed and had vaginal intercourse with
her. She left at about 01:40 and at 01:52 texted her friend Zara KHAN: "he wouldnt stop when i said no. im
walking home". Zara met her at her flat at 02:20. BLAKE says the intercourse was consensual.
""",
        account="Written statement (MG11) of Ellie HUGHES dated 06/04/2026 attached. A written statement was taken at "
                "her request rather than a video-recorded interview. First complaint: text to her friend Zara KHAN at "
                "01:52 and in person at 02:20 - Zara's statement attached.",
        defence="Interviewed 07/04/2026: accepts intercourse; says she initiated it and never said no. He says the "
                "Spark messages before the date were 'flirty' and show she wanted sex. Defence: consent.",
        loe="""
- Spark app messages between the two (28/03-04/04/2026): obtained from BLAKE's phone by selective extraction.
- Riverside Tap: bar staff spoken to; the pair appeared relaxed; no CCTV retained (system overwrites after 72
  hours and the request was made on 08/04/2026).
- Taxi / route home: Ellie walked; no CCTV on the route (council confirmed).
- Flatmate of BLAKE (Ryan COLE): away that weekend - confirmed by his employer.
- Pointing away: the flirtatious Spark messages and the bar staff's account; both on the MG6C.
- Ellie's phone: a full download of Ellie's phone has been requested to review all her communications,
  social media and photographs so that anything relevant to her credibility can be identified.
- No third-party material has been requested.
""",
        outstanding_rows=[["Review of the download of Ellie's phone", "DC 0190 EVANS", "19/06/2026"]],
        disclosure="MG6C and MG6D (nil) attached. Witness PNC nil return attached.",
        sm="MG2 attached: live link and s.28 - explained 06/04/2026; she wants pre-recorded cross-examination.",
        needs="No interpreter or disability. Works shifts - contact by text first.",
        vps="Offered 06/04/2026; she made a VPS on 20/04/2026, held by OIC.",
        isva="Referred to Marches ISVA 05/04/2026.",
        formed="SARC 05/04/2026 - no injuries; swabs not submitted (intercourse admitted). Consent to release "
               "SARC notes recorded on her MG11.",
        pnc="BLAKE: no trace. Witness PNC nil return attached.",
        oic="DC 0190 Rhiannon EVANS", oic_unit="Harrowby SOIT", oic_tel="01632 960847",
        oic_email="rhiannon.evans@northmarches.police.example",
        supervisor="Reviewed: DS 2207 H CARR, 12/06/2026.", author="Rhiannon Evans")
    mg3_pdf(c, "MG3 BLAKE.pdf", m, d(12, 6, h=15), foot="MG3 North Marches")
    c.reg("MG3 BLAKE.pdf", "MG3")

    ellie = dict(name="Ellie HUGHES", size=11, lh=7.4, occupation="Barista", date="06/04/2026", sig="(Sgd) E Hughes",
                 wit="(Sgd) DC 0190 R EVANS", created=d(6, 4, h=17), seed=91, foot="MG11 North Marches 2025",
                 rear=dict(address="Flat 2, 8 Cooper Street, Harrowby", postcode="HB2 5EE", mobile="07700 900977",
                           email="ellie.h@inbox.example", pref="Text first, then call", gender="Female",
                           dob="08/08/2005, Harrowby", nonavail="None known", attend="Yes", sm="Yes",
                           sm_note="MG2 - live link and s.28", needs="No", vps_explained="Yes", leaflet="Yes",
                           med_police="Yes", med_defence="Yes", civil="Yes", taken_by="DC 0190 Rhiannon EVANS",
                           station="Harrowby", taken_at="06/04/2026 13:00-16:40, Harrowby police station"),
                 body="""
I want to explain what happened on the night of Saturday 4 April 2026 at Connor BLAKE's flat. I was offered
a video interview but I preferred to write a statement with the officer.

I am 20 and work as a barista in Harrowby. I met Connor on the dating app Spark about a week before. We
messaged every day. Some of the messages were flirty. I told him I wanted to take things slowly.

On Saturday 4 April we met at the Riverside Tap at about 8pm. I had three bottles of lager over the evening.
I was tipsy but I knew what I was doing. At about 11.30 he asked if I wanted to go back to his for a coffee.
I said yes, but I said, "Just coffee, I'm not staying." He laughed and said, "Course."

At his flat, 31 Wharf Street, we sat on his bed because there was nowhere else to sit in his room. We
kissed. I was happy to kiss him. He started to undo my jeans and I said, "No, I told you, not tonight." He
said, "Relax." He pulled my jeans down. I said no again and tried to sit up. He held both my wrists above my
head with one hand and pushed his penis into my vagina. I said, "Stop, please stop." He didn't. It lasted a
few minutes. Afterwards he rolled over and said, "See, you loved it."

I got dressed and left at about twenty to two. I walked home. At 1.52 I texted my friend Zara, "he wouldnt
stop when i said no. im walking home". She rang me and then came to my flat at about 2.20am and stayed with
me. I reported it to the police the next day.

I did not consent to sex with Connor. I told him no more than once and tried to get up.
""")
    mg11_pdf(c, "MG11 HUGHES E.pdf", ellie)
    c.reg("MG11 HUGHES E.pdf", "MG11", "complainant")
    zara = dict(name="Zara KHAN", occupation="Student nurse", date="07/04/2026", sig="[signed]",
                wit="[signed] DC 0190 R EVANS", created=d(7, 4, h=12), author="Rhiannon Evans", pages=1,
                rear=dict(address="14 Tannery Lane, Harrowby", postcode="HB2 6PU", mobile="07700 900418",
                          pref="Mobile", gender="Female", dob="15/01/2005, Harrowby", nonavail="None known",
                          attend="Yes", sm="No", needs="No", vps_explained="Yes", leaflet="Yes", civil="Yes",
                          taken_by="DC 0190 Rhiannon EVANS", station="Harrowby",
                          taken_at="07/04/2026 10:00-10:45 at Harrowby police station"),
                body="""
I have been best friends with Ellie HUGHES since school. On Saturday 4 April 2026 I knew she was going on a
first date with a man she had met on Spark called Connor.

At 01:52 on Sunday 5 April I got a text from Ellie: "he wouldnt stop when i said no. im walking home". I rang
her straight away. She was crying and out of breath, walking. She said, "I told him no, Zara, I told him
no twice and he held my arms." I told her to go straight home and I would meet her there. I got to her flat
on Cooper Street at about 2.20am. She was sitting on the kitchen floor, still in her jacket, crying. She told
me he had pinned her wrists and had sex with her while she was saying stop. She showed me red marks on her
wrists. I stayed with her until the morning and told her to call the police. She called them the next day.
""")
    mg11_docx(c, "Doc4.docx", zara)
    c.reg("Doc4.docx", "MG11", "first_account")
    shah = dict(name="Amir SHAH", occupation="Police Constable 2290", date="05/04/2026", sig="Signed A SHAH PC2290",
                wit="", created=d(5, 4, h=22), author="PC2290", body="""
I am a police constable at Harrowby. At 14:02 hours on Sunday 5 April 2026 I was sent to Flat 2, 8 Cooper
Street, Harrowby, after a 101 call from Ellie HUGHES reporting that she had been raped the night before. I was
the first officer to attend, arriving at 14:25 hours.

Ellie HUGHES and her friend Zara KHAN were there. Ellie was calm but tearful when talking about the night. I
asked a few questions to establish what had happened and to preserve evidence. She told me that on a first
date with a man called Connor from the Spark app she had gone to his flat on Wharf Street, had told him no,
and he had held her wrists and had sex with her. I saw faint red marks on the inside of both wrists. I
recorded her account in my pocket notebook, pages 51-53.

At 14:50 hours I seized the jeans and underwear she wore, which she had put in a bag, as AS/1 and AS/2. I
arranged the SARC for 17:00 hours and handed AS/1 and AS/2 to DC 0190 EVANS at 16:30 hours.
""")
    mg11_plain_pdf(c, "SHAH AS statement.pdf", shah)
    pnb_copy(c, "PNB SHAH 51-53.pdf", "PC 2290 A SHAH", "51-53", """
Sun 05/04/26 1402 Inc 0588 - Flat 2, 8 Cooper St - rape reported (101)
1425 Arr. Ellie HUGHES + friend Zara KHAN. E calm, tearful re night.
1430 (What happened?) "First date, Connor from Spark. Went back to his on Wharf
  Street for coffee. I said just coffee. He pulled my jeans down, I said no, he
  held my wrists and had sex with me. I said stop." Faint red marks both wrists.
1448 Read over, signed (Sgd) E Hughes
1450 Jeans AS/1, underwear AS/2 seized. SARC 1700.
""", d(5, 4, h=22))
    c.reg("SHAH AS statement.pdf", "MG11", "officer")
    doc_pdf(c, "SARC summary HUGHES.pdf", [
        ("title", "MARCHES SARC - SUMMARY OF FORENSIC MEDICAL EXAMINATION"),
        ("urntext",),
        ("kv", [[("Patient:", "Ellie HUGHES"), ("Date / time:", "05/04/2026 17:05")],
                [("Forensic physician:", "Dr Kwame ASANTE"), ("Officer:", "DC 0190 EVANS")],
                ("Consent:", "Written consent to examination, samples and release of findings and notes to police and CPS."),
                ("Findings:", "Two faint linear red marks on the inner aspect of both wrists, fading, consistent with "
                 "grip; no genital injury (common and not inconsistent with her account)."),
                ("Samples:", "KA/21 HVS, KA/22 LVS - retained, not submitted (intercourse admitted).")], 34),
    ], code="", created=d(6, 4), foot="Marches SARC")
    c.reg("SARC summary HUGHES.pdf", "MEDICAL")
    doc_pdf(c, "Download report HUGHES handset.pdf", [
        ("title", "DIGITAL FORENSIC UNIT - EXTRACTION REPORT"),
        ("urntext",),
        ("kv", [[("Device:", "Apple iPhone 12 (owner: Ellie HUGHES, complainant)"), ("Exhibit:", "RE/3")],
                [("Extraction type:", "Full file system"), ("Date:", "22/04/2026")],
                ("Scope requested by OIC:", "Full download - all data."),
                ("Data extracted:", "All available data categories, device creation to 22/04/2026.")], 34),
        ("table", ["Category", "Items"], [
            ["SMS / iMessage", "14,302"], ["WhatsApp messages", "61,877"], ["Instagram / Snapchat data", "9,410"],
            ["Spark app messages", "2,114"], ["Photographs and videos", "23,560"], ["Web history", "48,902"],
            ["Location data", "112,004 points"], ["Health / fitness data", "present"], ["Notes", "311"],
        ], [90, 60]),
        ("p", "The full extraction has been provided to the OIC on encrypted media for review."),
    ], code="", created=d(22, 4, h=16), foot="DFU North Marches")
    c.reg("Download report HUGHES handset.pdf", "DIGITAL_EXTRACT")
    doc_pdf(c, "ROTI BLAKE 07-04-26.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("urn",),
        ("kv", [[("Person interviewed:", "Connor BLAKE"), ("Date:", "07/04/2026 15:10-15:52")],
                [("Interviewers:", "DC 0190 EVANS, DC 3120 PRYCE"), ("Solicitor:", "Mr J AMOS")]], 32),
        ("table", ["Time", "Speaker", "Text"], [
            ["00:00", "EVANS", "Caution and rights."],
            ["02:30", "BLAKE", "Met Ellie on Spark; date at Riverside Tap; 'we got on brilliantly'."],
            ["09:10", "BLAKE", "She agreed to come back to his; they kissed on his bed; 'she took her own jeans off'."],
            ["14:45", "PRYCE", "Did she say no? - 'Never. She was into it.'"],
            ["19:20", "PRYCE", "Did you hold her wrists? - 'We were messing about, she held mine too.'"],
            ["27:00", "BLAKE", "Shows Spark messages: 'she said she couldn't wait to see me'."],
            ["41:00", "EVANS", "Concluded."],
        ], [16, 22, 148]),
    ], code="MG 15", created=d(8, 4))
    c.reg("ROTI BLAKE 07-04-26.pdf", "ROTI")
    doc_pdf(c, "PNC BLAKE.pdf", [("mono", f"""
PNC NAMES ENQUIRY  NORTH MARCHES  10/06/26  URN {c.urn}
BLAKE, CONNOR  DOB 21/10/1999   RESULT: PNC ID 26/0200456C (ARREST 07/04/26)
CONVICTIONS NIL   CAUTIONS NIL   NO TRACE OF PREVIOUS DISPOSALS
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(10, 6), page_fmt="", foot="PNC")
    c.reg("PNC BLAKE.pdf", "PNC")
    doc_pdf(c, "Wit PNC.pdf", [
        ("title", "Witness PNC checks - nil return"),
        ("urntext",),
        ("table", ["Witness", "Result"], [["Ellie HUGHES", "No trace"], ["Zara KHAN", "No trace"]], [100, 86]),
        ("p", "Checked 10/06/2026, DC 0190 EVANS. No convictions, cautions or pending matters for any prosecution witness."),
    ], code="", created=d(10, 6))
    c.reg("Wit PNC.pdf", "PNC")
    mg6c = [
        ["1", "Incident log 0588 of 05/04/2026: 101 call by Ellie HUGHES at 13:55 reporting rape the previous night; dispatch of PC 2290 SHAH. Copy on file.", "On file", ""],
        ["2", "Crime report HB/26/1180. Copy on file.", "On file", ""],
        ["3", "Misc papers", "OIC", ""],
        ["4", "Officer notes", "OIC", ""],
        ["4a", "PNB of PC 2290 SHAH pp.51-53: Ellie's initial account 14:30-14:48 on 05/04/2026. Copy on file.", "On file", ""],
        ["5", "Spark app messages between Ellie HUGHES and Connor BLAKE, 28/03-04/04/2026, from BLAKE's phone (selective extraction): flirtatious; Ellie says she wants 'to take it slow'.", "OIC", ""],
        ["6", "Various emails", "OIC", ""],
        ["7", "Notes of enquiry with Riverside Tap staff 08/04/2026: pair relaxed and affectionate at the bar; no CCTV retained.", "OIC", ""],
        ["8", "Custody record HB/26/0871 for BLAKE.", "Custody", ""],
        ["9", "Unused statements (x3)", "OIC", ""],
        ["10", "Phone stuff", "DFU", ""],
        ["11", "SARC notes 05/04/2026 (consent given).", "Marches SARC", ""],
    ]
    schedule_pdf(c, "MG6C BLAKE.pdf", "MG 6C", "Connor BLAKE", mg6c, "DC 0190 Rhiannon EVANS", "10/06/2026", d(10, 6),
                 foot="MG6C North Marches")
    c.reg("MG6C BLAKE.pdf", "MG6C")
    schedule_pdf(c, "MG6D BLAKE.pdf", "MG 6D", "Connor BLAKE", None, "DC 0190 Rhiannon EVANS", "10/06/2026", d(10, 6),
                 nil="NIL - no sensitive unused material.", foot="MG6D North Marches")
    c.reg("MG6D BLAKE.pdf", "MG6D")
    doc_pdf(c, "MG12.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn", "R v BLAKE"),
        ("table", ["Ref.", "Description", "Produced by"], [
            ["AS/1", "Jeans (Ellie HUGHES)", "PC 2290 SHAH"], ["AS/2", "Underwear (Ellie HUGHES)", "PC 2290 SHAH"],
            ["RE/1", "Apple iPhone 15 of Connor BLAKE", "DC 0190 EVANS"],
            ["RE/2", "Selective extraction of RE/1 (Spark messages)", "DC 0190 EVANS"],
            ["RE/3", "Extraction report, complainant's iPhone 12", "DC 0190 EVANS"],
            ["KA/21-KA/22", "SARC swabs (retained, not submitted)", "Dr K ASANTE"],
        ], [24, 110, 52]),
    ], code="MG 12", created=d(10, 6))
    c.reg("MG12.pdf", "MG12")
    doc_pdf(c, "MG2 HUGHES.pdf", [
        ("title", "SPECIAL MEASURES ASSESSMENT (MG2)"),
        ("urn",),
        ("kv", [("Witness:", "Ellie HUGHES - complainant, eligible s.17(4)"), ("Discussed:", "06/04/2026")], 30),
        ("ticks", [("Live link", True), ("Screens", False), ("s.28 pre-recorded cross-examination", True),
                   ("Intermediary", False)]),
        ("box", "Ellie would like to give evidence by live link and have her cross-examination recorded in advance "
                "under s.28, which was explained to her on 06/04/2026. No communication needs; no intermediary."),
    ], code="MG 2", created=d(6, 4))
    c.reg("MG2 HUGHES.pdf", "MG2")
    doc_pdf(c, "Incident 0588.pdf", [("mono", f"""
NORTH MARCHES POLICE  INCIDENT 0588  05/04/2026  13:55:10  SOURCE 101   URN {c.urn}
CALLER HUGHES ELLIE (VICTIM)  FLAT 2, 8 COOPER STREET, HARROWBY
13:55:10 CALLER REPORTS RAPE LAST NIGHT AT MALE'S FLAT WHARF ST AFTER FIRST DATE (SPARK APP).
         SAYS SHE TOLD HIM NO TWICE. MALE 'CONNOR'. FRIEND ZARA WITH HER.
14:02:00 HB21 PC 2290 SHAH ALLOCATED
14:25:30 HB21 ON SCENE
15:10:45 HB21 ACCOUNT IN PNB, CLOTHING SEIZED. SARC 1700.
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(6, 4), page_fmt="", foot="Incident log")
    c.reg("Incident 0588.pdf", "INCIDENT_LOG")
    doc_pdf(c, "Crime HB-26-1180.pdf", [
        ("title", "CRIME REPORT HB/26/1180"),
        ("urntext", "URN"),
        ("kv", [[("Offence:", "Rape s.1 SOA 2003"), ("Reported:", "05/04/2026 13:55 (101)")],
                [("Victim:", "HUGHES, Ellie (F, 20)"), ("Suspect:", "BLAKE, Connor (M, 26)")],
                ("First complaint:", "Text to friend Zara KHAN 01:52 on 05/04/2026; in person 02:20."),
                ("Victim details:", "Female; Mixed White/Black Caribbean; no disability; ISVA referral made.")], 34),
    ], code="", created=d(10, 6), foot="Crime report")
    c.reg("Crime HB-26-1180.pdf", "CRIME_REPORT")

    c.expected(out, 1, ["dig_prop", "dig_dpn", "schedule_descriptions"], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
        "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
        "witness_convictions", "mg6c", "mg6d", "rebuttable_presumption", "multimedia", "exhibits",
        "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


# ==============================================================================================
#  CASE H  (faulty) - porter's statement unsigned and undated; no witness PNC checks;
#           outstanding evidence without target dates
# ==============================================================================================


def case_h(out):
    c = Case(out, "KD0355026 KEMP", "47KD0355026")
    blocks = [
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 13),
        ("urn",),
        ("kv", [[("Force / unit", "Wexshire Police, Kilnworth RASSO Investigation Team"), ("Date", "10/07/2026")],
                ("Suspect", "KEMP, Paul Anthony - 19/06/1973"),
                ("Offence", "Rape (s.1 SOA 2003), Room 312, Kilnworth Grange Hotel, about 23:45 on 16/05/2026"),
                ("Bail / RUI", "Pre-charge bail to 21/08/2026 (Insp 0871 WEBB). Conditions: no contact with Rebecca "
                 "SHAW directly or indirectly; not to attend her workplace (Hollins & Pryor, Kilnworth)."),
                ("Decision sought", "Full Code Test")]),
        ("bar", "Early advice"),
        ("p", "Early advice was not sought because the suspect was identified and interviewed within five days and "
              "the evidential issue (consent) was clear from the outset."),
        ("bar", "Summary of evidence"),
        ("p", """
Rebecca SHAW (45) attended a wedding reception at Kilnworth Grange Hotel on 16/05/2026 and had a room there.
Paul KEMP (52), a friend of the groom, offered to walk her to her room at about 23:40. She says he pushed his
way in, pushed her onto the bed and raped her (vaginal), leaving at about 00:20. The night porter saw them at
the lift at 23:38 with KEMP's hand on her back, and saw KEMP leave the third-floor corridor at 00:25 looking
"flustered". She thinks her last drink may have been spiked. She did not report until Monday 18/05/2026,
after telling a colleague at work, who persuaded her to call the police.
"""),
        ("bar", "Complainant's account and first complaint"),
        ("p", "ABE interview 20/05/2026 by DC 4410 PHELPS (KP/7) - recording, summary and DC PHELPS's statement attached. "
              "First complaint: a colleague at work, on the morning of 18/05/2026 - statement attached."),
        ("bar", "Suspect's account"),
        ("p", "Interviewed 21/05/2026 (ROTI attached). Accepts intercourse; says she invited him in for a drink from the "
              "minibar and initiated sex. Denies spiking any drink. Defence: consent."),
        ("bar", "Lines of enquiry"),
        ("p", """
Pursued: hotel staff (night porter statement obtained; bar staff spoken to - nothing of note); hotel key-card
log for room 312 (door opened 23:41, no further entries); wedding guests (the bride, groom and four guests
spoken to: KEMP and Rebecca were chatting and dancing during the evening - this may assist the defence and is
on the MG6C); KEMP's phone (SE/11) seized on arrest - a selective extraction has been requested, limited to
16/05/2026 18:00 to 18/05/2026 23:59 and to messages and calls with Rebecca SHAW and images taken in that
period, to test his account that she invited him to her room.
Not pursued: Rebecca's phone - no messages between them; nothing to suggest relevant material; she did not
want it examined. No third-party material sought.
"""),
        ("bar", "Outstanding evidence"),
        ("p", "The download of KEMP's phone (SE/11) is awaited from the Digital Forensic Unit. The barman who served "
              "the drinks at the wedding has not yet been traced; enquiries with the staffing agency are continuing."),
        ("bar", "Disclosure"),
        ("p", "MG6C and MG6D (nil) attached."),
        ("bar", "Victim and witness"),
        ("kv", [("Special measures", "MG2 attached: ABE as evidence in chief, screens; s.28 explained 20/05/2026 - she "
                 "does not want it."),
                ("Needs", "None; no interpreter. Prefers email contact."),
                ("VPS", "Offered 20/05/2026; she will consider it."),
                ("ISVA", "Referred to Harbour Lane ISVA 18/05/2026."),
                ("Medical", "SARC 18/05/2026 - FME report attached; consent to release given."),
                ("Toxicology", "Urine JF/1: result received 02/07/2026 - no drugs detected; alcohol not detectable "
                 "(sample taken about 38 hours after the incident). Report attached.")]),
        ("bar", "Previous convictions"),
        ("p", "KEMP: no trace (print attached)."),
        ("bar", "OIC / supervisor"),
        ("kv", [[("OIC", "DC 3077 Sam ELLERY"), ("Phone / email", "01632 960417 / sam.ellery@wexshire.police.example")],
                ("Supervisor", "DS 1559 P DHILLON - reviewed 10/07/2026")]),
    ]
    doc_docx(c, "MG3 KEMP.docx", blocks, code="MG3", created=d(10, 7, h=15), author="Sam Ellery")
    c.reg("MG3 KEMP.docx", "MG3")

    make_video(c.p("KP7 VRI SHAW.mp4"), 3, "VRI KP/7 20/05/2026", scene="room", start=(13, 30, 0), seed=101,
               when="2026-05-20T13:30:00.000000Z")
    c.reg("KP7 VRI SHAW.mp4", "ABE_RECORDING")
    doc_pdf(c, "KP7 summary.pdf", [
        ("title", "ABE - RECORD OF VIDEO RECORDED INTERVIEW (SUMMARY)"),
        ("urn",),
        ("kv", [[("Witness:", "Rebecca SHAW"), ("Date:", "20/05/2026 13:30-14:51")],
                [("Interviewer:", "DC 4410 PHELPS"), ("Exhibit:", "KP/7 master, KP/8 working copy")]], 30),
        ("table", ["Time", "Content"], [
            ["00:00", "Introductions, ground rules."],
            ["05:00", "Wedding; drinks (four glasses of prosecco, one gin); chatting with KEMP at the bar."],
            ["18:30", "Feeling 'suddenly very drunk' after a gin KEMP bought at about 23:15."],
            ["24:00", "KEMP offers to walk her up; at the door he pushes in; pushes her onto the bed."],
            ["31:20", "Rape; she says 'no, Paul, stop'; he says 'don't be silly'."],
            ["44:00", "He leaves about 00:20; she cries, sleeps; tells no one on Sunday."],
            ["52:10", "Monday: tells a colleague, Mark, at work; he persuades her to report."],
            ["70:00", "Closure; special measures; s.28; VPS."],
        ], [20, 166]),
    ], code="", created=d(21, 5), foot="ABE summary")
    c.reg("KP7 summary.pdf", "ABE_SUMMARY")
    phelps = dict(name="Karen PHELPS", occupation="Detective Constable 4410", date="20/05/2026",
                  sig="(Sgd) K. Phelps DC4410", wit="", created=d(20, 5, h=17), seed=102, body="""
I am a detective constable in the Kilnworth RASSO Investigation Team, trained in Achieving Best Evidence
interviewing. On Wednesday 20 May 2026 from 13:30 to 14:51 hours I conducted a video-recorded interview with
Rebecca SHAW at the Kilnworth video interview suite, monitored by DS 1177 GRANT.

I sealed the master recording and exhibit it as KP/7 (property reference KN/P/26/05502). I exhibit the working
copy as KP/8; a digital copy accompanies the file with my summary.
""")
    mg11_pdf(c, "MG11 PHELPS KP7.pdf", phelps)
    c.reg("MG11 PHELPS KP7.pdf", "MG11", "officer")
    ferry = dict(name="Joe FERRY", occupation="Police Constable 3305", date="18/05/2026", sig="(Sgd) J FERRY PC3305",
                 wit="", created=d(18, 5, h=20), seed=103, body="""
I am a police constable at Kilnworth. At 12:41 hours on Monday 18 May 2026 I was sent to Hollins & Pryor
Accountants, Bridge Street, Kilnworth, following a 101 call from Rebecca SHAW reporting that she had been
raped at a hotel on Saturday night. I was the first officer to attend, arriving at 13:05 hours.

In a private office I spoke to Rebecca SHAW. She was composed but her voice shook when she described what
had happened. She told me a man called Paul KEMP, a guest at a wedding at Kilnworth Grange Hotel, had walked
her to her room, pushed in and had sex with her when she said no. She said she had felt very drunk very
suddenly after a drink he bought her. I asked her for a urine sample in case a drug was involved; she gave
one at 13:40 hours, which I sealed as JF/1. I recorded her account in my notebook, pages 14-16. I did not use
body-worn video: we spoke in a private office at her workplace and she asked not to be filmed.

I arranged the SARC for that afternoon and handed JF/1 to DC 3077 ELLERY at 15:30 hours.
""")
    mg11_pdf(c, "FERRY MG11.pdf", ferry)
    pnb_copy(c, "PNB FERRY 14-16.pdf", "PC 3305 J FERRY", "14-16", """
Mon 18/05/26 1241 Inc 0655 - Hollins & Pryor, Bridge St - rape reported (101)
1305 Arr. Rebecca SHAW, private office. Composed, voice shaking.
1310 (What happened?) "Saturday, wedding at the Grange. Paul, a friend of the
  groom, walked me to my room. He pushed in and pushed me on the bed. I said no.
  He had sex with me." (Drink?) "I felt really drunk all of a sudden after a gin
  he bought me." (Told anyone?) "Mark, at work, this morning."
1335 Read over, signed (Sgd) R Shaw
1340 Urine sample JF/1 sealed. SARC 1600.
""", d(18, 5, h=20))
    c.reg("FERRY MG11.pdf", "MG11", "officer")
    ellis = dict(name="Mark ELLIS", occupation="Accounts assistant", date="19/05/2026", sig="(Sgd) M Ellis",
                 wit="(Sgd) DC 3077 S ELLERY", created=d(19, 5, h=12), seed=104,
                 rear=dict(address="6 Sorrel Way, Kilnworth", postcode="KN7 3HG", mobile="07700 900702",
                           pref="Mobile", gender="Male", dob="28/02/1990, Kilnworth", nonavail="None known",
                           attend="Yes", sm="No", needs="No", vps_explained="Yes", leaflet="Yes", civil="Yes",
                           taken_by="DC 3077 Sam ELLERY", station="Kilnworth",
                           taken_at="19/05/2026 09:30-10:10, Hollins & Pryor office"),
                 body="""
I work at Hollins & Pryor Accountants, Bridge Street, Kilnworth. Rebecca SHAW is the office manager. We have
worked together for six years and we are friends.

On Monday 18 May 2026 Rebecca came in at about 9am. She was very quiet and her eyes were puffy. At about
10:30 I found her in the kitchen crying. I asked what was wrong. She said she had been at a wedding on
Saturday and a man had walked her to her room and "forced himself on me". I asked if she meant he raped her
and she nodded and said, "I said no, Mark. I said no and he didn't care." She said his name was Paul. She said
she felt sick that she had not reported it. I told her she should call the police and she did so at lunchtime
from the meeting room.
""")
    mg11_pdf(c, "MG11 ELLIS.pdf", ellis)
    c.reg("MG11 ELLIS.pdf", "MG11", "first_account")
    novak = dict(name="Stefan NOVAK", occupation="Night porter", date="", sig="", wit="",
                 created=d(25, 5, h=23), author="Sam Ellery", pages=1,
                 rear=dict(address="Staff Flat 2, Kilnworth Grange Hotel, Kilnworth", postcode="KN9 1AA",
                           mobile="07700 900810", pref="Mobile", gender="Male", dob="04/10/1988, Krakow",
                           nonavail="Not yet asked", attend="Yes", sm="No", needs="No", leaflet="Yes", civil="Yes",
                           taken_by="DC 3077 Sam ELLERY", station="Kilnworth",
                           taken_at="25/05/2026 22:15-22:50, hotel office"),
                 body="""
I am the night porter at Kilnworth Grange Hotel. On Saturday 16 May 2026 I was on duty from 10pm. There was a
wedding in the function room.

At about 23:38 I was at the front desk, which faces the lifts. I saw a woman in a green dress and a man in a
grey suit waiting for the lift. The man had his hand on the small of her back. She was unsteady and holding
the wall. I know now the woman was Rebecca SHAW, room 312. I did not know the man then; I have since been
shown his name on the guest list as Paul KEMP.

At about 00:25 I was doing my round on the third floor and I saw the same man coming from the end of the
corridor where room 312 is. He looked flustered and was tucking his shirt in. He walked past me quickly
without speaking and took the stairs down.
""")
    mg11_docx(c, "Statement NOVAK.docx", novak)
    c.reg("Statement NOVAK.docx", "MG11", "witness")
    doc_pdf(c, "ROTI KEMP.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("urn",),
        ("kv", [[("Person interviewed:", "Paul Anthony KEMP"), ("Date:", "21/05/2026 10:20-11:06")],
                [("Officers:", "DC 3077 ELLERY, DC 5120 MORGAN"), ("Solicitor:", "Mrs R GILL")]], 32),
        ("table", ["Time", "Speaker", "Text"], [
            ["00:00", "ELLERY", "Caution and rights."],
            ["02:40", "KEMP", "Friend of the groom; spent the evening chatting with Rebecca; 'we hit it off'."],
            ["10:15", "KEMP", "Offered to walk her up as she was 'a bit tipsy'. 'She asked me in for a drink from the minibar.'"],
            ["17:30", "KEMP", "'She kissed me and pulled me onto the bed.' Sex was consensual."],
            ["24:10", "MORGAN", "Did you put anything in her drink? - 'Absolutely not. That's disgusting.'"],
            ["31:00", "MORGAN", "She says she said no. - 'She didn't. She never said no.'"],
            ["45:50", "ELLERY", "Concluded."],
        ], [16, 22, 148]),
    ], code="MG 15", created=d(22, 5))
    c.reg("ROTI KEMP.pdf", "ROTI")
    doc_pdf(c, "PNC KEMP.pdf", [("mono", f"""
PNC PERSON ENQUIRY   WEX   08/07/26 09:02   URN {c.urn}
KEMP, PAUL ANTHONY   DOB 19/06/1973   PNC ID 26/0330915P (ARREST 21/05/26)
CONVICTIONS: NIL   CAUTIONS: NIL
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(8, 7), page_fmt="", foot="PNC")
    c.reg("PNC KEMP.pdf", "PNC")
    doc_pdf(c, "Tox result JF1.pdf", [
        ("title", "CASTLEGATE FORENSIC SERVICES - TOXICOLOGY REPORT"),
        ("urntext",),
        ("kv", [[("Lab ref.:", "CFS-26-TOX-02217"), ("Date:", "02/07/2026")],
                ("Item:", "JF/1 urine, Rebecca SHAW, taken 13:40 on 18/05/2026"),
                ("Results:", "Ethanol: not detected. Drug screen (benzodiazepines, Z-drugs, GHB, ketamine, opiates, "
                 "cocaine, amphetamines, cannabinoids): none detected."),
                ("Interpretation:", "The sample was taken about 38 hours after the events described. Alcohol and some "
                 "drugs (notably GHB) would be expected to have been eliminated by then, so a negative result cannot "
                 "exclude their presence at the time."),
                ("Reporting scientist:", "Dr M OKAFOR")], 34),
    ], code="", created=d(2, 7), foot="Castlegate toxicology")
    c.reg("Tox result JF1.pdf", "FORENSIC")
    doc_pdf(c, "SARC report SHAW.pdf", [
        ("title", "HARBOUR LANE SARC - FORENSIC MEDICAL REPORT"),
        ("urntext",),
        ("kv", [[("Patient:", "Rebecca SHAW"), ("Date:", "18/05/2026 16:00")],
                [("Forensic physician:", "Dr Sunita RAO"), ("Consent:", "Written consent to release to police and CPS")],
                ("Findings:", "No injuries (examined about 40 hours after the incident). Samples: none of evidential "
                 "value taken given time elapsed and shower; urine already taken by police (JF/1).")], 34),
    ], code="", created=d(19, 5), foot="SARC")
    c.reg("SARC report SHAW.pdf", "MEDICAL")
    mg6c = [
        ["1", "Incident log 0655 of 18/05/2026: 101 call by Rebecca SHAW at 12:30 from her workplace reporting rape at Kilnworth Grange Hotel on 16/05/2026. Copy on file.", "On file", ""],
        ["2", "Crime report CR/141220/26. Copy on file.", "On file", ""],
        ["3", "PNB of PC 3305 FERRY pp.14-16: initial account at her workplace 13:10-13:35 on 18/05/2026. Copy on file.", "On file", ""],
        ["4", "Note by PC 3305 FERRY of the SARC booking and handover of JF/1 to DC ELLERY, 18/05/2026.", "OIC", ""],
        ["5", "Hotel key-card log, room 312, 16-17/05/2026: door opened 23:41; no further entries until 08:02.", "OIC", ""],
        ["6", "Notes of conversations with bride, groom and four guests 22-24/05/2026: KEMP and Rebecca chatting and dancing during the evening.", "OIC", ""],
        ["7", "Hotel guest list and room allocation for the wedding (supplied by hotel 22/05/2026).", "OIC", ""],
        ["8", "Custody record KN/26/2210 for KEMP, 21/05/2026.", "Custody", ""],
        ["9", "MG21 toxicology submission for JF/1, 20/05/2026.", "OIC", ""],
        ["10", "ISVA referral 18/05/2026.", "OIC", ""],
    ]
    schedule_pdf(c, "MG6C.pdf", "MG 6C", "Paul Anthony KEMP", mg6c, "DC 3077 Sam ELLERY", "08/07/2026", d(8, 7))
    c.reg("MG6C.pdf", "MG6C")
    schedule_pdf(c, "MG6D.pdf", "MG 6D", "Paul Anthony KEMP", None, "DC 3077 Sam ELLERY", "08/07/2026", d(8, 7),
                 nil="NIL RETURN - no sensitive material has been identified.", foot="MG6D 2024")
    c.reg("MG6D.pdf", "MG6D")
    doc_pdf(c, "MG12.pdf", [
        ("title", "EXHIBIT LIST"),
        ("urn",),
        ("table", ["Ref.", "Description", "Produced by"], [
            ["KP/7", "Master recording of VRI of Rebecca SHAW, 20/05/2026", "DC 4410 PHELPS"],
            ["KP/8", "Working copy of VRI (digital copy on file)", "DC 4410 PHELPS"],
            ["JF/1", "Urine sample, Rebecca SHAW, 18/05/2026 13:40 (toxicology)", "PC 3305 FERRY"],
            ["SE/11", "Mobile phone of Paul KEMP (iPhone 13)", "DC 3077 ELLERY"],
        ], [24, 112, 50]),
    ], code="MG 12", created=d(8, 7))
    c.reg("MG12.pdf", "MG12")
    doc_pdf(c, "MG2 SHAW.pdf", [
        ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("urn",),
        ("kv", [("Witness:", "Rebecca SHAW (complainant; s.17(4))"), ("Date:", "20/05/2026")], 30),
        ("ticks", [("VRI as evidence in chief", True), ("Screens", True), ("s.28", False), ("Live link", False)]),
        ("box", "Rebecca wants her ABE played and screens in court. s.28 pre-recorded cross-examination was explained; "
                "she does not want it and would rather give evidence at the trial. No communication needs."),
    ], code="MG 2", created=d(20, 5))
    c.reg("MG2 SHAW.pdf", "MG2")
    doc_pdf(c, "Incident 0655.pdf", [("mono", f"""
WEXSHIRE POLICE   INCIDENT 0655   18/05/2026 12:30:44   101    URN {c.urn}
CALLER SHAW REBECCA (VICTIM) - AT WORK, HOLLINS & PRYOR, BRIDGE ST, KILNWORTH
12:30:44 CALLER REPORTS RAPE SAT NIGHT 16/05 AT KILNWORTH GRANGE HOTEL RM 312 BY WEDDING GUEST
         'PAUL'. BELIEVES DRINK MAY HAVE BEEN SPIKED. TOLD COLLEAGUE THIS MORNING.
12:41:10 KN14 PC 3305 FERRY ASSIGNED
13:05:55 KN14 ON SCENE
13:50:20 KN14 ACCOUNT PNB. URINE JF/1. SARC 1600.
""")], code="", marking="OFFICIAL-SENSITIVE", created=d(19, 5), page_fmt="", foot="Incident")
    c.reg("Incident 0655.pdf", "INCIDENT_LOG")
    doc_pdf(c, "CR-141220-26.pdf", [
        ("title", "NEXUS CRIME RECORD - CR/141220/26"),
        ("urntext", "CPS URN"),
        ("kv", [[("Offence:", "Rape s.1 SOA 2003"), ("Reported:", "18/05/2026 12:30 (101)")],
                [("Victim:", "SHAW, Rebecca (F, 45)"), ("Suspect:", "KEMP, Paul Anthony (M, 52)")],
                ("First complaint:", "To work colleague Mark ELLIS about 10:30 on 18/05/2026."),
                ("Victim details:", "Female; White British; no disability.")], 34),
    ], code="", created=d(8, 7), foot="NEXUS print")
    c.reg("CR-141220-26.pdf", "CRIME_REPORT")

    c.expected(out, 1, ["signed", "witness_convictions", "outstanding_dated"], [
        "mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
        "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
        "officer_statement", "suspect_interview", "previous_convictions", "mg6c", "mg6d", "schedule_descriptions",
        "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
        "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in CASES:
        fn(out)
    return 0


CASES = [case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h]

if __name__ == "__main__":
    sys.exit(main())
