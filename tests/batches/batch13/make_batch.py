#!/usr/bin/env python3
"""batch13: synthetic RASSO pre-charge case folders for first-sight testing.

Run:  /work/main/.venv/bin/python make_batch.py OUTDIR

Deterministic: seeded randomness, fixed dates, fixed PDF creation dates, zip
containers (docx/odt/xlsx) rewritten with fixed timestamps. All names, places,
phone numbers (01632 960xxx / 07700 900xxx) and e-mail domains (.example) are
invented. Standard library plus fpdf2, python-docx, openpyxl, Pillow, PyAV, numpy.
"""
import datetime as _dt
import hashlib
import io
import re
import json
import math
import os
import random
import shutil
import sys
import zipfile
from fractions import Fraction
from xml.sax.saxutils import escape as xesc

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONTS = {
    "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
    "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
             "DejaVuSansCondensed-Oblique.ttf"),
}
FIXED_ZIP_TIME = (2026, 7, 1, 9, 0, 0)


def fixed_dt(y, m, d, hh=10, mm=0):
    return _dt.datetime(y, m, d, hh, mm, 0, tzinfo=_dt.timezone.utc)


# ---------------------------------------------------------------------------
# Block model
#   ("title", text) ("h", text) ("p", text) ("small", text)
#   ("kv", [(label, value), ...], "table"|"lines")
#   ("table", headers, rows, widths)      widths: fractions summing to ~1
#   ("ul", [items]) ("ol", [items])
#   ("sig", dict(label=..., text=..., image=PIL.Image or None, date=...))
#   ("mono", [lines]) ("rule",) ("sp",) ("pb",)
# ---------------------------------------------------------------------------


def sig_image(name, seed):
    """A drawn signature: a pen squiggle, black ink on white, PNG-ready."""
    rnd = random.Random(seed)
    w, h = 520, 160
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    pts = []
    x = 20.0
    base = h * 0.58
    t = 0.0
    while x < w - 40:
        t += 0.22
        y = base + 34 * math.sin(t * 1.7 + rnd.random() * 0.5) * (0.6 + 0.4 * math.sin(t * 0.31))
        y += rnd.uniform(-4, 4)
        pts.append((x, y))
        x += rnd.uniform(5, 11) + 3 * (1 + math.sin(t * 2.3))
    for i in range(len(pts) - 1):
        d.line([pts[i], pts[i + 1]], fill=(20, 24, 70), width=4)
    # a loop for the initial and an underline flourish
    cx, cy = 60, base - 20
    d.arc([cx - 34, cy - 50, cx + 34, cy + 30], 20, 330, fill=(20, 24, 70), width=4)
    d.line([(40, h - 22), (w - 90, h - 34)], fill=(20, 24, 70), width=3)
    return im


def png_bytes(im):
    b = io.BytesIO()
    im.save(b, "PNG", optimize=False)
    return b.getvalue()


# ---------------------------------------------------------------------------
# PDF (fpdf2)
# ---------------------------------------------------------------------------
CORE = {"Helvetica", "Times", "Courier"}
PIL_FAM = {"Helvetica": "Sans", "Times": "Serif", "Courier": "Mono"}


class StylePDF(FPDF):
    def __init__(self, st):
        super().__init__(format="A4", unit="mm")
        self.st = st
        fam = st.get("font", "Helvetica")
        if fam in CORE:
            self.core_fonts_encoding = "windows-1252"
            self.mono = "Courier"
        else:
            reg, bold, ital = FONTS[fam]
            self.add_font(fam, "", os.path.join(FONT_DIR, reg))
            self.add_font(fam, "B", os.path.join(FONT_DIR, bold))
            self.add_font(fam, "I", os.path.join(FONT_DIR, ital))
            self.mono = None
        self.fam = fam
        self.base = st.get("size", 10)
        m = st.get("margin", 18)
        self.set_margins(m, st.get("top", 22), m)
        self.set_auto_page_break(True, st.get("bottom", 20))
        self.alias_nb_pages("{nb}")

    def mono_family(self):
        if self.mono is None:
            self.add_font("Mono", "", os.path.join(FONT_DIR, FONTS["Mono"][0]))
            self.mono = "Mono"
        return self.mono

    def header(self):
        st = self.st
        if st.get("header_fn"):
            st["header_fn"](self)
            return
        left = st.get("head_left", "")
        right = st.get("head_right", "")
        centre = st.get("head_centre", "")
        if not (left or right or centre):
            return
        self.set_font(self.fam, "B" if st.get("head_bold") else "", 8)
        y = 8
        if centre:
            self.set_xy(self.l_margin, y)
            self.cell(self.w - self.l_margin - self.r_margin, 4, centre, align="C")
        if left:
            self.set_xy(self.l_margin, y + (4 if centre else 0))
            self.cell(90, 4, left)
        if right:
            self.set_xy(self.w - self.r_margin - 90, y + (4 if centre else 0))
            self.cell(90, 4, right.replace("{page}", str(self.page_no())), align="R")
        if st.get("head_rule"):
            yy = y + (9 if centre else 5)
            self.line(self.l_margin, yy, self.w - self.r_margin, yy)
        self.set_y(st.get("top", 22))

    def footer(self):
        st = self.st
        if st.get("footer_fn"):
            st["footer_fn"](self)
            return
        foot = st.get("foot", "")
        foot2 = st.get("foot2", "")
        if not (foot or foot2):
            return
        self.set_y(-14)
        self.set_font(self.fam, "", 7.5)
        if foot:
            self.cell(0, 4, foot.replace("{page}", str(self.page_no())), align=st.get("foot_align", "C"),
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if foot2:
            self.cell(0, 4, foot2.replace("{page}", str(self.page_no())), align="C")


def _pdf_text_width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def render_pdf(path, blocks, st, created):
    pdf = StylePDF(st)
    pdf.set_creation_date(created)
    pdf.set_title(st.get("title", ""))
    pdf.set_author(st.get("author", ""))
    pdf.set_creator(st.get("creator", "case file export"))
    pdf.add_page()
    fam, base = pdf.fam, pdf.base
    W = _pdf_text_width(pdf)
    lh = base * 0.50
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", base + 4)
            pdf.multi_cell(W, lh + 2.5, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "subtitle":
            pdf.set_font(fam, "", base - 1)
            pdf.multi_cell(W, lh, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "h":
            pdf.ln(1.5)
            hs = st.get("h_style", "plain")
            pdf.set_font(fam, "B", base + 0.5)
            if hs == "band":
                pdf.set_fill_color(215, 222, 232)
                pdf.multi_cell(W, lh + 1.5, b[1], fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif hs == "underline":
                pdf.set_font(fam, "BU", base + 0.5)
                pdf.multi_cell(W, lh + 1, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            elif hs == "caps":
                pdf.multi_cell(W, lh + 1, b[1].upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(W, lh + 1, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font(fam, "", base)
            pdf.multi_cell(W, lh, b[1], align=st.get("align", "L"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(lh * 0.55)
        elif kind == "small":
            pdf.set_font(fam, "I", base - 2)
            pdf.multi_cell(W, lh * 0.85, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "kv":
            rows, mode = b[1], (b[2] if len(b) > 2 else "table")
            if mode == "table":
                pdf.set_font(fam, "", base - 0.5)
                with pdf.table(col_widths=(32, 68), text_align="LEFT", line_height=lh + 0.6,
                               first_row_as_headings=False, padding=1.2) as t:
                    for k, v in rows:
                        r = t.row()
                        pdf.set_font(fam, "B", base - 0.5)
                        r.cell(k)
                        pdf.set_font(fam, "", base - 0.5)
                        r.cell(v)
                pdf.ln(2)
            else:
                for k, v in rows:
                    pdf.set_font(fam, "B", base)
                    kw = pdf.get_string_width(k + " ") + 1
                    if kw > W * 0.45:
                        pdf.multi_cell(W, lh, k, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                        kw = 8
                        pdf.set_x(pdf.l_margin + kw)
                    else:
                        pdf.cell(kw, lh, k + " ")
                    pdf.set_font(fam, "", base)
                    pdf.multi_cell(W - kw, lh, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1.5)
        elif kind == "table":
            headers, rows, widths = b[1], b[2], b[3]
            size = b[4] if len(b) > 4 else base - 1
            pdf.set_font(fam, "", size)
            shade = st.get("table_head_fill", (225, 225, 225))
            from fpdf.fonts import FontFace
            with pdf.table(col_widths=tuple(int(w * 1000) for w in widths), text_align="LEFT",
                           line_height=size * 0.48, padding=1.0,
                           headings_style=FontFace(emphasis="BOLD", fill_color=shade),
                           repeat_headings=1) as t:
                hr = t.row()
                for hcell in headers:
                    hr.cell(hcell)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif kind in ("ul", "ol"):
            pdf.set_font(fam, "", base)
            for i, item in enumerate(b[1], 1):
                mark = f"{i}." if kind == "ol" else "\u2022"
                if kind == "ol" and len(b) > 2:
                    mark = b[2].format(i=i, a="abcdefghijklmnop"[i - 1])
                x0 = pdf.l_margin
                pdf.set_x(x0 + 2)
                pdf.cell(7, lh, mark)
                pdf.multi_cell(W - 9, lh, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(0.6)
            pdf.ln(1)
        elif kind == "sig":
            d = b[1]
            pdf.ln(1)
            pdf.set_font(fam, "", base)
            label = d.get("label", "Signature:")
            if d.get("image") is not None:
                if pdf.get_y() > pdf.h - 50:
                    pdf.add_page()
                pdf.cell(pdf.get_string_width(label) + 3, 12, label)
                x, y = pdf.get_x(), pdf.get_y() - 3
                pdf.image(io.BytesIO(png_bytes(d["image"])), x=x, y=y, w=45)
                pdf.set_xy(x + 55, pdf.get_y())
                pdf.cell(0, 12, d.get("date", ""), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(4)
            else:
                pdf.multi_cell(W, lh, (label + " " + d.get("text", "")).strip()
                               + ("      " + d["date"] if d.get("date") else ""),
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
        elif kind == "mono":
            pdf.set_font(pdf.mono_family(), "", b[2] if len(b) > 2 else base - 1.5)
            for line in b[1]:
                pdf.multi_cell(W, (b[2] if len(b) > 2 else base - 1.5) * 0.47, line,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(3)
        elif kind == "sp":
            pdf.ln(b[1] if len(b) > 1 else 4)
        elif kind == "pb":
            pdf.add_page()
        elif kind == "image":
            im, wmm = b[1], b[2]
            pdf.image(io.BytesIO(png_bytes(im)), w=wmm)
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(path)


def render_image_pdf(path, pages, created, dpi=200, title=""):
    """An image-only PDF (a scan): each PIL page image becomes one A4 page."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(created)
    pdf.set_creator("Scanner ScanSnap-like MFD 4410")
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(False)
    for im in pages:
        pdf.add_page()
        b = io.BytesIO()
        im.convert("L").save(b, "JPEG", quality=72, optimize=False)
        b.seek(0)
        pdf.image(b, x=0, y=0, w=210, h=297)
    pdf.output(path)


# ---------------------------------------------------------------------------
# Page images (for scans and phone photos)
# ---------------------------------------------------------------------------
def _font(fam, style, px):
    reg, bold, ital = FONTS[fam]
    f = {"": reg, "B": bold, "I": ital}[style]
    return ImageFont.truetype(os.path.join(FONT_DIR, f), px)


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=font) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def render_page_images(blocks, st, dpi=200):
    fam = st.get("font", "Sans")
    fam = PIL_FAM.get(fam, fam)
    pw, ph = int(8.27 * dpi), int(11.69 * dpi)
    mm = dpi / 25.4
    margin = int(st.get("margin", 18) * mm)
    base = st.get("size", 10)
    px = int(base / 72 * dpi)
    fr, fb, fi = _font(fam, "", px), _font(fam, "B", px), _font(fam, "I", int(px * 0.85))
    ft = _font(fam, "B", int(px * 1.35))
    fm = _font("Mono", "", int(px * 0.9))
    fh = _font(fam, "", int(px * 0.8))
    lh = int(px * 1.45)
    pages = []
    state = {}

    def new_page():
        im = Image.new("L", (pw, ph), 255)
        d = ImageDraw.Draw(im)
        pages.append(im)
        n = len(pages)
        if st.get("head_left"):
            d.text((margin, int(8 * mm)), st["head_left"], font=fh, fill=40)
        if st.get("head_right"):
            t = st["head_right"].replace("{page}", str(n))
            d.text((pw - margin - d.textlength(t, font=fh), int(8 * mm)), t, font=fh, fill=40)
        if st.get("head_centre"):
            t = st["head_centre"]
            d.text(((pw - d.textlength(t, font=fh)) / 2, int(4 * mm)), t, font=fh, fill=40)
        state["d"] = d
        state["y"] = int(st.get("top", 22) * mm)

    def need(h):
        if state["y"] + h > ph - int(st.get("bottom", 20) * mm):
            new_page()

    new_page()
    W = pw - 2 * margin
    for b in blocks:
        d = state["d"]
        kind = b[0]
        if kind in ("title", "subtitle"):
            f = ft if kind == "title" else fr
            for line in _wrap(d, b[1], f, W):
                need(lh * 1.4)
                d = state["d"]
                d.text(((pw - d.textlength(line, font=f)) / 2, state["y"]), line, font=f, fill=0)
                state["y"] += int(lh * (1.4 if kind == "title" else 1.1))
            state["y"] += lh // 3
        elif kind == "h":
            state["y"] += lh // 3
            for line in _wrap(d, b[1], fb, W):
                need(lh)
                d = state["d"]
                d.text((margin, state["y"]), line, font=fb, fill=0)
                state["y"] += lh
        elif kind in ("p", "small"):
            f = fr if kind == "p" else fi
            for line in _wrap(d, b[1], f, W):
                need(lh)
                d = state["d"]
                d.text((margin, state["y"]), line, font=f, fill=10)
                state["y"] += lh
            state["y"] += lh // 2
        elif kind == "kv":
            for k, v in b[1]:
                kw = d.textlength(k + " ", font=fb)
                lines = _wrap(d, v, fr, W - kw - 10) if kw < W * 0.5 else _wrap(d, v, fr, W)
                need(lh)
                d = state["d"]
                d.text((margin, state["y"]), k, font=fb, fill=0)
                if kw < W * 0.5:
                    for i, line in enumerate(lines):
                        if i:
                            need(lh)
                            d = state["d"]
                        d.text((margin + kw + 10, state["y"]), line, font=fr, fill=10)
                        state["y"] += lh
                else:
                    state["y"] += lh
                    for line in lines:
                        need(lh)
                        d = state["d"]
                        d.text((margin + 20, state["y"]), line, font=fr, fill=10)
                        state["y"] += lh
            state["y"] += lh // 2
        elif kind == "table":
            headers, rows, widths = b[1], b[2], b[3]
            colw = [int(W * w / sum(widths)) for w in widths]
            fsm = _font(fam, "", int(px * 0.85))
            fsb = _font(fam, "B", int(px * 0.85))
            slh = int(px * 1.2)
            allrows = [(headers, True)] + [(r, False) for r in rows]
            for row, is_h in allrows:
                f = fsb if is_h else fsm
                cells = [_wrap(d, str(c), f, cw - 16) for c, cw in zip(row, colw)]
                hgt = max(len(c) for c in cells) * slh + 12
                need(hgt)
                d = state["d"]
                x = margin
                for c, cw in zip(cells, colw):
                    d.rectangle([x, state["y"], x + cw, state["y"] + hgt], outline=0, width=2)
                    for i, line in enumerate(c):
                        d.text((x + 8, state["y"] + 6 + i * slh), line, font=f, fill=0)
                    x += cw
                state["y"] += hgt
            state["y"] += lh // 2
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                mark = f"{i}." if kind == "ol" else "\u2022"
                if kind == "ol" and len(b) > 2:
                    mark = b[2].format(i=i, a="abcdefghijklmnop"[i - 1])
                lines = _wrap(d, item, fr, W - 70)
                for j, line in enumerate(lines):
                    need(lh)
                    d = state["d"]
                    if j == 0:
                        d.text((margin + 10, state["y"]), mark, font=fr, fill=0)
                    d.text((margin + 70, state["y"]), line, font=fr, fill=10)
                    state["y"] += lh
                state["y"] += lh // 5
            state["y"] += lh // 3
        elif kind == "sig":
            dd = b[1]
            need(lh * 3)
            d = state["d"]
            label = dd.get("label", "Signature:")
            d.text((margin, state["y"] + lh // 2), label, font=fr, fill=0)
            lx = margin + d.textlength(label + "  ", font=fr)
            if dd.get("image") is not None:
                sim = dd["image"].convert("L").resize((int(45 * mm), int(45 * mm * 160 / 520)))
                pages[-1].paste(sim, (int(lx), int(state["y"] - lh * 0.4)))
                if dd.get("date"):
                    d.text((lx + 55 * mm, state["y"] + lh // 2), dd["date"], font=fr, fill=0)
                state["y"] += lh * 3
            else:
                t = dd.get("text", "") + ("      " + dd["date"] if dd.get("date") else "")
                d.text((lx, state["y"] + lh // 2), t, font=fr, fill=0)
                state["y"] += lh * 2
        elif kind == "mono":
            for line in b[1]:
                for sub in _wrap(d, line, fm, W):
                    need(lh)
                    d = state["d"]
                    d.text((margin, state["y"]), sub, font=fm, fill=0)
                    state["y"] += int(lh * 0.95)
            state["y"] += lh // 2
        elif kind == "rule":
            need(lh)
            state["d"].line([(margin, state["y"] + lh // 3), (pw - margin, state["y"] + lh // 3)],
                            fill=0, width=2)
            state["y"] += lh
        elif kind == "sp":
            state["y"] += lh
        elif kind == "pb":
            new_page()
        elif kind == "image":
            pass
    # footers
    n = len(pages)
    for i, im in enumerate(pages, 1):
        d = ImageDraw.Draw(im)
        for j, key in enumerate(("foot", "foot2")):
            if st.get(key):
                t = st[key].replace("{page}", str(i)).replace("{nb}", str(n))
                d.text(((pw - d.textlength(t, font=fh)) / 2, ph - int((14 - 4.5 * j) * mm)), t,
                       font=fh, fill=40)
    return pages


def scan_effect(im, seed, angle=None):
    """Grey paper, a hint of skew and speckle: still plainly legible."""
    rnd = random.Random(seed)
    a = angle if angle is not None else rnd.uniform(-0.6, 0.6)
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=250)
    arr = np.asarray(im).astype(np.int16)
    rng = np.random.default_rng(seed)
    noise = rng.normal(0, 6, arr.shape)
    arr = np.clip(arr * 0.94 + 8 + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "L")


def photo_of_page(page, seed, out_w=1500):
    """A phone photo of a printed page lying on a desk: tilted, shaded, JPEG."""
    rnd = random.Random(seed)
    pg = page.convert("RGB")
    scale = out_w * 0.82 / pg.width
    pg = pg.resize((int(pg.width * scale), int(pg.height * scale)), Image.LANCZOS)
    bg_w, bg_h = out_w, int(pg.height * 1.14)
    bg = Image.new("RGB", (bg_w, bg_h), (112, 86, 60))
    # wood-ish grain
    arr = np.asarray(bg).astype(np.int16)
    rng = np.random.default_rng(seed)
    grain = (np.sin(np.linspace(0, 60, bg_h))[:, None] * 10 + rng.normal(0, 4, (bg_h, bg_w)))
    arr = np.clip(arr + grain[:, :, None], 0, 255).astype(np.uint8)
    bg = Image.fromarray(arr, "RGB")
    angle = rnd.choice([-1, 1]) * rnd.uniform(1.8, 3.2)
    rot = pg.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", pg.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True)
    ox, oy = (bg_w - rot.width) // 2, (bg_h - rot.height) // 2
    bg.paste(rot, (ox, oy), mask)
    # slight perspective (keystone)
    k = rnd.uniform(0.015, 0.03)
    w, h = bg.size
    coeffs = _perspective_coeffs(
        [(0, 0), (w, 0), (w, h), (0, h)],
        [(w * k, 0), (w * (1 - k), h * 0.005), (w, h), (0, h)])
    bg = bg.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(90, 70, 50))
    # lighting gradient
    grad = np.linspace(1.06, 0.86, w)[None, :, None] * np.linspace(1.0, 0.92, h)[:, None, None]
    arr = np.clip(np.asarray(bg).astype(np.float32) * grad, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "RGB").filter(ImageFilter.GaussianBlur(0.4))


def _perspective_coeffs(src, dst):
    # maps output (dst) coordinates to input (src) coordinates
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    res = np.linalg.solve(np.array(A, dtype=float), np.array(B, dtype=float))
    return tuple(float(r) for r in res)


def save_photo_jpeg(path, img, when):
    ex = Image.Exif()
    ex[0x010F] = "Generic"            # Make
    ex[0x0110] = "Handset X2"         # Model
    ex[0x0132] = when                 # DateTime "YYYY:MM:DD HH:MM:SS"
    img.save(path, "JPEG", quality=82, exif=ex.tobytes())


# ---------------------------------------------------------------------------
# DOCX (python-docx)
# ---------------------------------------------------------------------------
def _docx_field(par, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = par.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        run._r.append(el)


def render_docx(path, blocks, st, created):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = st.get("author", "")
    cp.title = st.get("title", "")
    cp.created = created.replace(tzinfo=None)
    cp.modified = created.replace(tzinfo=None)
    cp.last_modified_by = st.get("author", "")
    cp.revision = 1
    font_name = {"Sans": "Arial", "Serif": "Times New Roman", "Mono": "Courier New",
                 "Cond": "Arial Narrow", "Helvetica": "Arial", "Times": "Times New Roman", "Courier": "Courier New"}.get(st.get("font", "Sans"), "Arial")
    normal = doc.styles["Normal"]
    normal.font.name = font_name
    normal.font.size = Pt(st.get("size", 10.5))
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(st.get("margin", 20))
    if st.get("head_left") or st.get("head_right") or st.get("head_centre"):
        hp = sec.header.paragraphs[0]
        hp.text = "   ".join(x for x in (st.get("head_left"), st.get("head_centre"),
                                          (st.get("head_right") or "").replace(" {page}", ""))
                             if x)
        hp.runs[0].font.size = Pt(8)
    if st.get("foot") or st.get("foot2"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        foot = st.get("foot", "")
        if "{page}" in foot:
            pre, rest = foot.split("{page}", 1)
            fp.add_run(pre)
            _docx_field(fp, "PAGE")
            if "{nb}" in rest:
                mid, post = rest.split("{nb}", 1)
                fp.add_run(mid)
                _docx_field(fp, "NUMPAGES")
                fp.add_run(post)
            else:
                fp.add_run(rest)
        else:
            fp.add_run(foot)
        if st.get("foot2"):
            p2 = sec.footer.add_paragraph(st["foot2"])
            p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for p in sec.footer.paragraphs:
            for r in p.runs:
                r.font.size = Pt(7.5)
    use_heading_styles = st.get("docx_headings", False)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            if use_heading_styles:
                doc.add_heading(b[1], level=0 if st.get("title_level0") else 1)
            else:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(st.get("size", 10.5) + 4)
        elif kind == "subtitle":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            if use_heading_styles:
                doc.add_heading(b[1], level=2)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[1].upper() if st.get("h_style") == "caps" else b[1])
                r.bold = True
                if st.get("h_style") == "underline":
                    r.underline = True
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(8)
        elif kind == "kv":
            mode = b[2] if len(b) > 2 else "table"
            if mode == "table":
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b[1]:
                    cells = t.add_row().cells
                    cells[0].text = ""
                    cells[0].paragraphs[0].add_run(k).bold = True
                    cells[1].text = v
                doc.add_paragraph()
            else:
                for k, v in b[1]:
                    p = doc.add_paragraph()
                    p.add_run(k + " ").bold = True
                    p.add_run(v)
        elif kind == "table":
            headers, rows, widths = b[1], b[2], b[3]
            t = doc.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, hcell in enumerate(headers):
                t.rows[0].cells[i].text = ""
                t.rows[0].cells[i].paragraphs[0].add_run(hcell).bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            doc.add_paragraph()
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                if len(b) > 2:
                    doc.add_paragraph(b[2].format(i=i, a="abcdefghijklmnop"[i - 1]) + " " + item)
                else:
                    doc.add_paragraph(item, style="List Number" if kind == "ol" else "List Bullet")
        elif kind == "sig":
            d = b[1]
            p = doc.add_paragraph()
            p.add_run(d.get("label", "Signature:") + " ")
            if d.get("image") is not None:
                p.add_run().add_picture(io.BytesIO(png_bytes(d["image"])), width=Mm(42))
            else:
                p.add_run(d.get("text", ""))
            if d.get("date"):
                p.add_run("        " + d["date"])
        elif kind == "mono":
            for line in b[1]:
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.font.name = "Courier New"
                r.font.size = Pt(8.5)
                p.paragraph_format.space_after = Pt(0)
        elif kind == "rule":
            doc.add_paragraph("_" * 60)
        elif kind == "sp":
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "image":
            doc.add_picture(io.BytesIO(png_bytes(b[1])), width=Mm(b[2]))
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------
# ODT (hand-written OpenDocument text)
# ---------------------------------------------------------------------------
def render_odt(path, blocks, st, created):
    T = []
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink"')
    e = xesc
    images = []
    tcount = [0]
    colstyles = []

    def cols(widths):
        tot = float(sum(widths))
        out = []
        for i, w in enumerate(widths):
            name = f"T{tcount[0]}C{i}"
            colstyles.append(f'<style:style style:name="{name}" style:family="table-column">'
                             f'<style:table-column-properties style:column-width="{17.0 * w / tot:.2f}cm"/></style:style>')
            out.append(f'<table:table-column table:style-name="{name}"/>')
        return "".join(out)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            T.append(f'<text:h text:style-name="Title" text:outline-level="1">{e(b[1])}</text:h>')
        elif kind == "subtitle":
            T.append(f'<text:p text:style-name="Centre">{e(b[1])}</text:p>')
        elif kind == "h":
            T.append(f'<text:h text:style-name="H2" text:outline-level="2">{e(b[1])}</text:h>')
        elif kind in ("p",):
            T.append(f'<text:p text:style-name="Body">{e(b[1])}</text:p>')
        elif kind == "small":
            T.append(f'<text:p text:style-name="Small">{e(b[1])}</text:p>')
        elif kind == "kv":
            mode = b[2] if len(b) > 2 else "table"
            if mode == "table":
                tcount[0] += 1
                T.append(f'<table:table table:name="Fields{tcount[0]}" table:style-name="Tbl">' + cols([0.3, 0.7]))
                for k, v in b[1]:
                    T.append('<table:table-row>'
                             f'<table:table-cell office:value-type="string"><text:p text:style-name="Bold">{e(k)}</text:p></table:table-cell>'
                             f'<table:table-cell office:value-type="string"><text:p>{e(v)}</text:p></table:table-cell>'
                             '</table:table-row>')
                T.append('</table:table>')
            else:
                for k, v in b[1]:
                    T.append(f'<text:p text:style-name="Body"><text:span text:style-name="B">{e(k)}</text:span> {e(v)}</text:p>')
        elif kind == "table":
            headers, rows = b[1], b[2]
            tcount[0] += 1
            T.append(f'<table:table table:name="Table{tcount[0]}" table:style-name="Tbl">' + cols(b[3])
                     + '<table:table-header-rows><table:table-row>')
            for hcell in headers:
                T.append(f'<table:table-cell office:value-type="string"><text:p text:style-name="Bold">{e(hcell)}</text:p></table:table-cell>')
            T.append('</table:table-row></table:table-header-rows>')
            for row in rows:
                T.append('<table:table-row>')
                for c in row:
                    T.append(f'<table:table-cell office:value-type="string"><text:p>{e(str(c))}</text:p></table:table-cell>')
                T.append('</table:table-row>')
            T.append('</table:table>')
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                mark = f"{i}." if kind == "ol" else "\u2022"
                if kind == "ol" and len(b) > 2:
                    mark = b[2].format(i=i, a="abcdefghijklmnop"[i - 1])
                T.append(f'<text:p text:style-name="Indent">{e(mark)}<text:tab/>{e(item)}</text:p>')
        elif kind == "sig":
            d = b[1]
            if d.get("image") is not None:
                name = f"Pictures/sig{len(images) + 1}.png"
                images.append((name, png_bytes(d["image"])))
                T.append(f'<text:p text:style-name="Body">{e(d.get("label", "Signature:"))} '
                         f'<draw:frame draw:name="sig{len(images)}" text:anchor-type="as-char" svg:width="4.2cm" svg:height="1.3cm">'
                         f'<draw:image xlink:href="{name}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
                         f'  {e(d.get("date", ""))}</text:p>')
            else:
                T.append(f'<text:p text:style-name="Body">{e(d.get("label", "Signature:"))} {e(d.get("text", ""))}'
                         f'{"  " + e(d["date"]) if d.get("date") else ""}</text:p>')
        elif kind == "mono":
            for line in b[1]:
                T.append(f'<text:p text:style-name="Mono">{e(line)}</text:p>')
        elif kind == "rule":
            T.append('<text:p text:style-name="Body">______________________________________________</text:p>')
        elif kind == "sp":
            T.append('<text:p text:style-name="Body"/>')
        elif kind == "pb":
            T.append('<text:p text:style-name="Break"/>')
    fontname = {"Sans": "DejaVu Sans", "Serif": "DejaVu Serif", "Mono": "DejaVu Sans Mono",
                "Cond": "DejaVu Sans Condensed", "Helvetica": "Liberation Sans", "Times": "Liberation Serif", "Courier": "Liberation Mono"}[st.get("font", "Sans")]
    size = st.get("size", 10.5)
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>'
        '<style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>'
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        + "".join(colstyles) + '</office:automatic-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns} office:version="1.3">'
               f'{auto}<office:body><office:text>{"".join(T)}</office:text></office:body></office:document-content>')

    def pst(name, extra_p="", extra_t=""):
        return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
                f'<style:paragraph-properties {extra_p}/><style:text-properties {extra_t}/></style:style>')
    head = e((st.get("head_left", "") + "    " + st.get("head_centre", "") + "    "
              + st.get("head_right", "").replace(" {page}", "")).strip())
    foot = st.get("foot", "")
    if "{page}" in foot:
        pre, rest = foot.split("{page}", 1)
        rest = rest.replace("{nb}", "\x00")
        parts = rest.split("\x00")
        foot_xml = e(pre) + '<text:page-number text:select-page="current">1</text:page-number>'
        if len(parts) == 2:
            foot_xml += e(parts[0]) + '<text:page-count>1</text:page-count>' + e(parts[1])
        else:
            foot_xml += e(rest)
    else:
        foot_xml = e(foot)
    foot2 = st.get("foot2", "")
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ns} office:version="1.3">'
        f'<office:font-face-decls><style:font-face style:name="{fontname}" svg:font-family="\'{fontname}\'"/>'
        '<style:font-face style:name="DejaVu Sans Mono" svg:font-family="\'DejaVu Sans Mono\'"/></office:font-face-decls>'
        '<office:styles>'
        f'<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{fontname}" fo:font-size="{size}pt"/></style:style>'
        + pst("Body", 'fo:margin-bottom="0.16cm"')
        + pst("Centre", 'fo:text-align="center"')
        + pst("Small", 'fo:margin-bottom="0.1cm"', 'fo:font-size="8pt" fo:font-style="italic"')
        + pst("Bold", '', 'fo:font-weight="bold"')
        + pst("Indent", 'fo:margin-left="0.9cm" fo:text-indent="-0.6cm" fo:margin-bottom="0.08cm"')
        + pst("Mono", 'fo:margin-bottom="0cm"', 'style:font-name="DejaVu Sans Mono" fo:font-size="8.5pt"')
        + pst("Title", 'fo:text-align="center" fo:margin-bottom="0.3cm"', f'fo:font-size="{size + 4}pt" fo:font-weight="bold"')
        + pst("H2", 'fo:margin-top="0.3cm" fo:margin-bottom="0.12cm"', f'fo:font-size="{size + 0.5}pt" fo:font-weight="bold"')
        + pst("HeadFoot", 'fo:text-align="center"', 'fo:font-size="8pt"')
        + '</office:styles>'
        '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
        f'<style:header><text:p text:style-name="HeadFoot">{head}</text:p></style:header>'
        f'<style:footer><text:p text:style-name="HeadFoot">{foot_xml}</text:p>'
        + (f'<text:p text:style-name="HeadFoot">{e(foot2)}</text:p>' if foot2 else '')
        + '</style:footer></style:master-page></office:master-styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ns} office:version="1.3"><office:meta>'
            f'<meta:generator>LanternDesk/3.1</meta:generator><dc:title>{e(st.get("title", ""))}</dc:title>'
            f'<meta:initial-creator>{e(st.get("author", ""))}</meta:initial-creator>'
            f'<meta:creation-date>{created.strftime("%Y-%m-%dT%H:%M:%S")}</meta:creation-date>'
            f'<dc:date>{created.strftime("%Y-%m-%dT%H:%M:%S")}</dc:date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                + "".join(f'<manifest:file-entry manifest:full-path="{n}" manifest:media-type="image/png"/>' for n, _ in images)
                + '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        zi = zipfile.ZipInfo("mimetype", FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, "application/vnd.oasis.opendocument.text")
        for name, data in (("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
        for name, data in images:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# RTF
# ---------------------------------------------------------------------------
def _rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ch == "\t":
            out.append("\\tab ")
        elif o > 127:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(path, blocks, st, created):
    fonts = {"Sans": "Arial", "Serif": "Times New Roman", "Mono": "Courier New",
             "Cond": "Arial Narrow", "Helvetica": "Arial", "Times": "Times New Roman", "Courier": "Courier New"}
    f0 = fonts[st.get("font", "Serif")]
    hs = int(st.get("size", 11) * 2)
    R = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\uc1",
         "{\\fonttbl{\\f0\\fnil " + f0 + ";}{\\f1\\fmodern Courier New;}}",
         "{\\info{\\title " + _rtf_esc(st.get("title", "")) + "}{\\author " + _rtf_esc(st.get("author", "")) + "}"
         + created.strftime("{\\creatim\\yr%Y\\mo%m\\dy%d\\hr%H\\min%M}") + "}",
         "\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134"]
    head = (st.get("head_left", "") + "    " + st.get("head_centre", "") + "    "
            + st.get("head_right", "").replace(" {page}", "")).strip()
    if head:
        R.append("{\\header\\pard\\qc\\fs16 " + _rtf_esc(head) + "\\par}")
    foot = st.get("foot", "")
    if foot:
        fx = foot.replace("{page}", "\x01").replace("{nb}", "\x02")
        fx = _rtf_esc(fx).replace("\x01", "{\\field{\\*\\fldinst PAGE}{\\fldrslt 1}}") \
                         .replace("\x02", "{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}")
        fx2 = ("\\par " + _rtf_esc(st["foot2"])) if st.get("foot2") else ""
        R.append("{\\footer\\pard\\qc\\fs16 " + fx + fx2 + "\\par}")
    R.append(f"\\f0\\fs{hs} ")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            R.append(f"\\pard\\qc\\sb120\\sa160{{\\b\\fs{hs + 8} {_rtf_esc(b[1])}}}\\par")
        elif kind == "subtitle":
            R.append(f"\\pard\\qc\\sa120 {_rtf_esc(b[1])}\\par")
        elif kind == "h":
            R.append(f"\\pard\\sb160\\sa80{{\\b {_rtf_esc(b[1])}}}\\par")
        elif kind == "p":
            R.append(f"\\pard\\sa120 {_rtf_esc(b[1])}\\par")
        elif kind == "small":
            R.append(f"\\pard\\sa80{{\\i\\fs16 {_rtf_esc(b[1])}}}\\par")
        elif kind == "kv":
            mode = b[2] if len(b) > 2 else "table"
            if mode == "table":
                for k, v in b[1]:
                    R.append("\\trowd\\trgaph80\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx3000"
                             "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx9600"
                             f"\\pard\\intbl{{\\b {_rtf_esc(k)}}}\\cell {_rtf_esc(v)}\\cell\\row")
                R.append("\\pard\\par")
            else:
                for k, v in b[1]:
                    R.append(f"\\pard\\sa60{{\\b {_rtf_esc(k)}}} {_rtf_esc(v)}\\par")
        elif kind == "table":
            headers, rows, widths = b[1], b[2], b[3]
            tot = 9600
            xs, acc = [], 0
            for w in widths:
                acc += int(tot * w / sum(widths))
                xs.append(acc)
            for ri, row in enumerate([headers] + rows):
                defs = "".join("\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x for x in xs)
                cells = "".join(("{\\b " + _rtf_esc(str(c)) + "}" if ri == 0 else _rtf_esc(str(c))) + "\\cell " for c in row)
                trh = "\\trhdr" if ri == 0 else ""
                R.append(f"\\trowd\\trgaph60{trh}{defs}\\pard\\intbl\\fs{hs - 2} {cells}\\row")
            R.append(f"\\pard\\fs{hs}\\par")
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                mark = f"{i}." if kind == "ol" else "\\bullet"
                if kind == "ol" and len(b) > 2:
                    mark = _rtf_esc(b[2].format(i=i, a="abcdefghijklmnop"[i - 1]))
                R.append(f"\\pard\\li600\\fi-400\\sa60 {mark}\\tab {_rtf_esc(item)}\\par")
        elif kind == "sig":
            d = b[1]
            if d.get("image") is not None:
                im = d["image"].convert("RGB")
                data = png_bytes(im).hex()
                R.append(f"\\pard\\sa120 {_rtf_esc(d.get('label', 'Signature:'))} "
                         f"{{\\pict\\pngblip\\picw{im.width}\\pich{im.height}\\picwgoal2400\\pichgoal740 {data}}}"
                         f"  {_rtf_esc(d.get('date', ''))}\\par")
            else:
                R.append(f"\\pard\\sa120 {_rtf_esc(d.get('label', 'Signature:'))} {_rtf_esc(d.get('text', ''))}"
                         f"{'    ' + _rtf_esc(d['date']) if d.get('date') else ''}\\par")
        elif kind == "mono":
            for line in b[1]:
                R.append(f"\\pard\\f1\\fs17 {_rtf_esc(line)}\\par")
            R.append(f"\\pard\\f0\\fs{hs}\\par")
        elif kind == "rule":
            R.append("\\pard\\brdrb\\brdrs\\brdrw10\\brsp20 \\par\\pard\\par")
        elif kind == "sp":
            R.append("\\pard\\par")
        elif kind == "pb":
            R.append("\\page ")
    R.append("}")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(R))


# ---------------------------------------------------------------------------
# XLSX, EML
# ---------------------------------------------------------------------------
def render_xlsx(path, title_rows, headers, rows, created, sheet="MG6C"):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    wb.properties.creator = "Disclosure module"
    wb.properties.created = created.replace(tzinfo=None)
    wb.properties.modified = created.replace(tzinfo=None)
    r = 1
    for tr in title_rows:
        ws.cell(row=r, column=1, value=tr).font = Font(bold=(r == 1))
        r += 1
    r += 1
    for i, h in enumerate(headers, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDE", (8, 70, 28, 30, 16)):
        ws.column_dimensions[col].width = w
    wb.save(path)
    normalise_zip(path)


def render_eml(path, frm, to, subject, date_str, body, cc=None):
    lines = [f"From: {frm}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", f"Date: {date_str}",
              f"Message-ID: <{hashlib.sha1(subject.encode()).hexdigest()[:16]}.{len(body)}@mail.police.example>",
              "MIME-Version: 1.0", 'Content-Type: text/plain; charset="utf-8"',
              "Content-Transfer-Encoding: 8bit", "", body]
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


def normalise_zip(path, stamp="2026-07-01T09:00:00Z"):
    """Rewrite a zip container with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    fixed = []
    for name, data, ct in items:
        if name == "docProps/core.xml":
            txt = data.decode("utf-8")
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
            data = txt.encode("utf-8")
        fixed.append((name, data, ct))
    items = fixed
    with zipfile.ZipFile(path, "w") as z:
        for name, data, ct in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ---------------------------------------------------------------------------
# Multimedia (PyAV)
# ---------------------------------------------------------------------------
def _frame_image(kind, i, n, w, h, caption, stamp, seed):
    rnd = random.Random(seed * 1000 + i)
    im = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(im)
    small = _font("Mono", "", 11)
    if kind == "abe":
        # a soft interview room: wall, sofa, two seated figures
        d.rectangle([0, 0, w, h], fill=(196, 188, 170))
        d.rectangle([0, int(h * 0.68), w, h], fill=(120, 110, 98))
        d.rounded_rectangle([30, int(h * 0.45), 150, int(h * 0.75)], 10, fill=(86, 104, 128))
        d.rounded_rectangle([w - 150, int(h * 0.45), w - 30, int(h * 0.75)], 10, fill=(86, 104, 128))
        sway = 2 * math.sin(i / 6)
        for cx in (90, w - 90):
            d.ellipse([cx - 16 + sway, int(h * 0.22), cx + 16 + sway, int(h * 0.36)], fill=(70, 60, 55))
            d.rounded_rectangle([cx - 26, int(h * 0.36), cx + 26, int(h * 0.62)], 8, fill=(60, 70, 80))
        d.rectangle([int(w * 0.42), int(h * 0.55), int(w * 0.58), int(h * 0.66)], fill=(150, 120, 90))
    elif kind == "cctv":
        v = 70 + rnd.randint(-3, 3)
        d.rectangle([0, 0, w, h], fill=(v, v, v))
        d.polygon([(0, h), (w * 0.35, h * 0.35), (w * 0.65, h * 0.35), (w, h)], fill=(95, 95, 95))
        for k in range(6):
            d.rectangle([10 + k * 52, 20, 40 + k * 52, 60], outline=(140, 140, 140))
        x = int(w * 0.2 + (w * 0.5) * i / max(n - 1, 1))
        d.ellipse([x - 7, int(h * 0.45), x + 7, int(h * 0.52)], fill=(30, 30, 30))
        d.rectangle([x - 9, int(h * 0.52), x + 9, int(h * 0.75)], fill=(35, 35, 35))
    elif kind == "bwv":
        d.rectangle([0, 0, w, h], fill=(40, 44, 52))
        d.rectangle([0, int(h * 0.6), w, h], fill=(58, 58, 60))
        d.rectangle([int(w * 0.55), int(h * 0.2), int(w * 0.9), int(h * 0.9)], fill=(90, 70, 50))
        jig = rnd.randint(-3, 3)
        d.ellipse([140 + jig, 80, 170 + jig, 112], fill=(180, 150, 130))
        d.rectangle([135 + jig, 112, 175 + jig, 190], fill=(30, 30, 90))
    for j, t in enumerate([caption, stamp]):
        d.rectangle([0, h - 30 + j * 15 - 1, w, h - 30 + j * 15 + 13], fill=(0, 0, 0))
        d.text((4, h - 30 + j * 15), t, font=small, fill=(255, 255, 255))
    return im


def rgb_to_yuv420p(im):
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    q = lambda x: np.clip(np.rint(x), 0, 255).astype(np.uint8)
    return np.concatenate([q(y), q(u).reshape(h // 4, w), q(v).reshape(h // 4, w)], axis=0)


def make_video(path, kind, seconds, caption, start_hms, seed, codec="libx264", audio=True,
               w=320, h=240, fps=12):
    n = int(seconds * fps)
    hh, mm, ss = start_hms
    cont = av.open(path, "w", format="mp4")
    vs = cont.add_stream(codec, rate=fps)
    vs.width, vs.height = w, h
    vs.pix_fmt = "yuv420p"
    if codec == "libx264":
        vs.options = {"preset": "veryfast", "crf": "30", "threads": "1"}
        vs.codec_context.thread_count = 1
    else:
        vs.bit_rate = 300000
        vs.codec_context.thread_count = 1
    ast = None
    if audio:
        ast = cont.add_stream("aac", rate=16000)
        ast.codec_context.layout = "mono"
        ast.codec_context.thread_count = 1
    for i in range(n):
        sec = ss + i // fps
        stamp = f"{hh:02d}:{mm + (sec // 60):02d}:{sec % 60:02d}  cam01" if kind != "abe" else \
            f"{hh:02d}:{mm + (sec // 60):02d}:{sec % 60:02d}"
        im = _frame_image(kind, i, n, w, h, caption, stamp, seed)
        # convert to yuv420p ourselves (numpy) so the bytes do not depend on swscale code paths
        fr = av.VideoFrame.from_ndarray(rgb_to_yuv420p(im), format="yuv420p")
        fr.pts = i
        for p in vs.encode(fr):
            cont.mux(p)
    for p in vs.encode():
        cont.mux(p)
    if ast is not None:
        _encode_tone(cont, ast, seconds, 16000, seed, speech=(kind == "abe"))
    cont.close()


def _encode_tone(cont, stream, seconds, rate, seed, speech=False):
    rng = np.random.default_rng(seed)
    total = int(seconds * rate)
    t = np.arange(total) / rate
    if speech:
        env = (0.5 + 0.5 * np.sin(2 * np.pi * 2.3 * t)) * (np.sin(2 * np.pi * 0.4 * t) > -0.3)
        sig = env * (0.2 * np.sin(2 * np.pi * 180 * t) + 0.1 * np.sin(2 * np.pi * 360 * t))
    else:
        sig = 0.15 * np.sin(2 * np.pi * 425 * t) * (np.sin(2 * np.pi * 0.5 * t) > 0) \
            + 0.08 * np.sin(2 * np.pi * 220 * t)
    sig = sig + rng.normal(0, 0.01, total)
    pcm = (np.clip(sig, -1, 1) * 32000).astype(np.int16)
    step = 1024
    pts = 0
    fmt = stream.codec_context.format.name if stream.codec_context.format else "fltp"
    for s in range(0, total, step):
        chunk = pcm[s:s + step]
        if len(chunk) < step:
            chunk = np.pad(chunk, (0, step - len(chunk)))
        if fmt in ("fltp", "flt"):
            arr = (chunk.astype(np.float32) / 32768.0).reshape(1, -1)
            fr = av.AudioFrame.from_ndarray(arr, format=fmt, layout="mono")
        else:
            fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="s16", layout="mono")
        fr.sample_rate = rate
        fr.pts = pts
        pts += step
        for p in stream.encode(fr):
            cont.mux(p)
    for p in stream.encode():
        cont.mux(p)


def make_audio(path, seconds, seed, fmt="mp3"):
    cont = av.open(path, "w", format={"mp3": "mp3", "m4a": "ipod", "wav": "wav"}[fmt])
    codec = {"mp3": "libmp3lame", "m4a": "aac", "wav": "pcm_s16le"}[fmt]
    rate = 16000 if fmt != "mp3" else 22050
    st = cont.add_stream(codec, rate=rate)
    st.codec_context.layout = "mono"
    _encode_tone(cont, st, seconds, rate, seed, speech=True)
    cont.close()


import av  # noqa: E402  (kept near its use)


# ===========================================================================
# Folder bookkeeping
# ===========================================================================
class Folder:
    def __init__(self, outdir, name, urn, stage="charging"):
        self.name, self.urn, self.stage = name, urn, stage
        self.path = os.path.join(outdir, name)
        os.makedirs(self.path, exist_ok=True)
        self.docs = []          # expected.json docs entries
        self.types = set()
        self.must_fail, self.must_not_fail = [], []
        self.exit = None

    def _p(self, fname):
        return os.path.join(self.path, fname)

    def _reg(self, fname, dtype, role=None, check=True):
        if isinstance(dtype, str):
            self.types.add(dtype)
        if check and dtype:
            e = {"name": fname, "type": dtype}
            if role:
                e["role"] = role
            self.docs.append(e)

    def pdf(self, fname, blocks, st, created, dtype=None, role=None, check=True):
        render_pdf(self._p(fname), blocks, st, created)
        self._reg(fname, dtype, role, check)

    def docx(self, fname, blocks, st, created, dtype=None, role=None, check=True):
        render_docx(self._p(fname), blocks, st, created)
        self._reg(fname, dtype, role, check)

    def odt(self, fname, blocks, st, created, dtype=None, role=None, check=True):
        render_odt(self._p(fname), blocks, st, created)
        self._reg(fname, dtype, role, check)

    def rtf(self, fname, blocks, st, created, dtype=None, role=None, check=True):
        render_rtf(self._p(fname), blocks, st, created)
        self._reg(fname, dtype, role, check)

    def scan(self, fname, blocks, st, created, seed, dtype=None, role=None, check=True, dpi=200):
        pages = [scan_effect(p, seed + i) for i, p in enumerate(render_page_images(blocks, st, dpi))]
        render_image_pdf(self._p(fname), pages, created, dpi, st.get("title", ""))
        self._reg(fname, dtype, role, check)

    def photo(self, fname, blocks, st, when, seed, dtype=None, role=None, check=True, page=0):
        pages = render_page_images(blocks, st, 150)
        save_photo_jpeg(self._p(fname), photo_of_page(pages[page], seed), when)
        self._reg(fname, dtype, role, check)

    def photos(self, fnames, blocks, st, when, seed, dtype=None, role=None, check=True):
        pages = render_page_images(blocks, st, 150)
        assert len(pages) == len(fnames), (fnames, len(pages))
        for i, (fn, pg) in enumerate(zip(fnames, pages)):
            save_photo_jpeg(self._p(fn), photo_of_page(pg, seed + i), when)
            self._reg(fn, dtype, role, check)

    def image(self, fname, im, dtype=None, check=False, quality=85):
        if fname.lower().endswith(".png"):
            im.save(self._p(fname), "PNG")
        else:
            im.convert("RGB").save(self._p(fname), "JPEG", quality=quality)
        self._reg(fname, dtype, None, check)

    def xlsx(self, fname, title_rows, headers, rows, created, dtype=None, check=True):
        render_xlsx(self._p(fname), title_rows, headers, rows, created)
        self._reg(fname, dtype, None, check)

    def eml(self, fname, dtype=None, check=True, **kw):
        render_eml(self._p(fname), **kw)
        self._reg(fname, dtype, None, check)

    def video(self, fname, dtype, check=True, **kw):
        if kw.get("codec", "libx264") == "libx264":
            # libx264 output was seen to vary slightly in a long-running process; a fresh
            # interpreter per clip gives byte-identical files on every run.
            import subprocess
            subprocess.run([sys.executable, os.path.abspath(__file__), "--video", self._p(fname), json.dumps(kw)],
                           check=True)
        else:
            make_video(self._p(fname), **kw)
        self._reg(fname, dtype, None, check)

    def audio(self, fname, dtype, seconds, seed, fmt, check=True):
        make_audio(self._p(fname), seconds, seed, fmt)
        self._reg(fname, dtype, None, check)

    def write_expected(self, outdir):
        assert self.exit in (0, 1)
        exp = {"case": self.name, "stage": self.stage, "exit": self.exit,
               "present_types": sorted(self.types), "must_fail": self.must_fail,
               "must_not_fail": self.must_not_fail, "docs": self.docs}
        with open(os.path.join(outdir, self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")


# ===========================================================================
# Force record systems (invented)
# ===========================================================================
def sys_style(system, urn, kind="record", **over):
    if system == "CORVID":      # Northmoor Police
        st = dict(font="Helvetica", size=9.5, head_left="CORVID  |  Northmoor Police",
                  head_right=f"URN {urn}", head_rule=True, h_style="band",
                  foot="OFFICIAL-SENSITIVE when complete",
                  foot2="CORVID 7.3 export  -  Page {page} of {nb}", creator="CORVID 7.3")
    elif system == "KESTREL":   # Severnside Constabulary
        st = dict(font="Sans", size=10, head_left="KESTREL RMS - Severnside Constabulary",
                  head_right="OFFICIAL - SENSITIVE", h_style="caps",
                  foot="Printed from KESTREL RMS  Page {page} of {nb}", creator="KESTREL RMS 12")
    elif system == "LANTERN":   # Kingsmere Police
        st = dict(font="Serif", size=10.5, head_left="LANTERN Crime & Case", head_centre="Kingsmere Police",
                  head_right=f"Ref {urn}", h_style="underline",
                  foot="Lantern extract - review before disclosure - page {page} of {nb}",
                  creator="Lantern Desk 3")
    elif system == "TIDEMARK":  # Pennine Borders Police
        st = dict(font="Courier", size=9, head_left="TIDEMARK  ::  Pennine Borders Police",
                  head_right=f"URN: {urn}", h_style="caps",
                  foot="TIDEMARK - OFFICIAL SENSITIVE - {page}/{nb}", creator="TIDEMARK CAD")
    elif system == "BRAMBLE":   # Eastwick Vale Police
        st = dict(font="Cond", size=10, head_left="BRAMBLE Case Builder", head_right=f"Case URN {urn}",
                  head_rule=True, h_style="plain",
                  foot="Eastwick Vale Police  |  BRAMBLE  |  Page {page} of {nb}",
                  foot2="OFFICIAL-SENSITIVE (when complete)", creator="BRAMBLE Case Builder 2.4")
    elif system == "QUILL":     # Harrowfield Police
        st = dict(font="Serif", size=11, head_left="QUILL Investigation Manager", head_centre="Harrowfield Police",
                  head_right=f"{urn}", h_style="plain",
                  foot="QUILL  |  OFFICIAL-SENSITIVE  |  Page {page} of {nb}", creator="QUILL IM")
    elif system == "FORM":      # the plain national form, no force system
        st = dict(font="Helvetica", size=10, head_right="MG 11", head_left="OFFICIAL-SENSITIVE (when complete)",
                  foot="Page {page} of {nb}")
    else:
        raise ValueError(system)
    st.update(over)
    return st


DECL = [
    "This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge and "
    "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if "
    "I have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "This statement, consisting of {n} pages each signed by me, is true to the best of my knowledge and "
    "belief. I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
    "have wilfully stated in it anything which I know to be false or do not believe to be true.",
]


def sig_block(sig, date, label="Signature:"):
    kind, val = sig
    if kind == "image":
        return ("sig", dict(label=label, image=val, date=("Date: " + date) if date else ""))
    if kind == "text":
        return ("sig", dict(label=label, text=val, date=("Date: " + date) if date else ""))
    if kind == "sgd":
        return ("sig", dict(label="", text=f"(Sgd) {val}", date=("Dated " + date) if date else ""))
    if kind == "signed":
        return ("sig", dict(label="Signed:", text=val, date=("Date: " + date) if date else ""))
    if kind == "dots":
        return ("sig", dict(label="Signature ........", text=f"{val} ........", date=("Date ...." + date + "....") if date else ""))
    if kind == "esig":
        return ("sig", dict(label="Signature:", text=val, date=("Date: " + date) if date else ""))
    raise ValueError(kind)


def mg11(urn, w, body, sig, *, layout="table", decl=0, pages=None, rear=None, vr=False,
         taken_by=None, continuation=False, title="WITNESS STATEMENT", system_line=None,
         exhibit_note=None, end_sig=True):
    """Blocks for an MG11. w: dict(name, age, occ, date). body: list of paragraphs."""
    n = pages or max(1, min(4, (sum(len(p) for p in body) + 900) // 2600 + 1))
    blocks = []
    if system_line:
        blocks.append(("small", system_line))
    blocks += [("title", title),
               ("subtitle", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
                            "Magistrates' Courts Act 1980, s. 5B")]
    head = [("URN:", urn), ("Statement of:", w["name"]),
            ("Age if under 18:", w.get("age", "Over 18")), ("Occupation:", w["occ"])]
    if layout == "table":
        blocks.append(("kv", head, "table"))
    else:
        blocks.append(("kv", head, "lines"))
    blocks.append(("p", DECL[decl].format(n=n)))
    blocks.append(sig_block(sig, w["date"]))
    if vr:
        blocks.append(("p", "Tick if witness evidence is visually recorded  [X]  (supply witness details on rear)"))
    else:
        blocks.append(("p", "Tick if witness evidence is visually recorded  [ ]  (supply witness details on rear)"))
    blocks.append(("rule",))
    for i, para in enumerate(body):
        blocks.append(("p", para))
        if continuation and i == len(body) // 2:
            blocks.append(sig_block(sig, None, "Signature:"))
            blocks.append(("pb",))
            blocks.append(("small", f"MG 11 (T)  Continuation of statement of {w['name']}"))
    if exhibit_note:
        blocks.append(("p", exhibit_note))
    if end_sig:
        blocks.append(sig_block(sig, None, "Signature:"))
        if taken_by:
            blocks.append(("p", f"Signature witnessed by: {taken_by}"))
    if rear:
        blocks.append(("pb",))
        blocks.append(("h", "RESTRICTED/OFFICIAL-SENSITIVE - rear of MG11 (not for disclosure)"))
        blocks.append(("kv", rear, "table" if layout == "table" else "lines"))
    return blocks


def pnb_extract(urn, officer, pages, when, lines, signed):
    """A typed copy of a pocket-notebook entry recording a first account."""
    return [("title", "Pocket notebook entry - copy"),
            ("kv", [("Officer:", officer), ("Pages:", pages), ("Date:", when), ("URN:", urn)], "lines"),
            ("small", "Typed copy of the original handwritten entry; the original notebook is retained by the officer."),
            ("mono", lines),
            ("p", "Certified a true copy of my notebook entry: " + signed)]


def rear_page(name, *, address="Held by OIC - not for disclosure", contact="Via OIC", dates_avoid="None given",
              sm="Not required", vps=None, medical=None, taken=None, extra=None):
    rows = [("Witness name:", name), ("Home address:", address), ("Contact:", contact),
            ("Dates to avoid:", dates_avoid), ("Special measures / needs:", sm)]
    if vps:
        rows.append(("Victim Personal Statement:", vps))
    if medical:
        rows.append(("Consent to release medical records:", medical))
    if taken:
        rows.append(("Statement taken by:", taken))
    for r in extra or []:
        rows.append(r)
    return rows


# ===========================================================================
# C1  Op WILLOW  (Northmoor Police, CORVID)  -- compliant
# ===========================================================================
def case_willow(out):
    urn = "52KV0418826"
    F = Folder(out, "Op WILLOW - 52KV0418826", urn)
    ST = lambda **o: sys_style("CORVID", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 3310 Hannah BRIERLEY"

    # ---------------- MG3 (numbered lists under headings) ----------------
    mg3 = [
        ("small", "OFFICIAL-SENSITIVE when complete"),
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Operation", "WILLOW"), ("Police area / unit", "Northmoor Police - RASSO Investigation Team, Marlbury"),
                ("Decision sought", "Full Code Test - charging decision (Crown Court case)"),
                ("Date of submission", "30/06/2026")], "table"),
        ("h", "1. Suspect"),
        ("kv", [("Name", "FENWICK, Daniel Roy"), ("Date of birth", "03/09/1996 (29)"),
                ("Custody / bail status", "Released on pre-charge bail on 17/02/2026 to 17/05/2026, extended by "
                 "Supt 0412 ABBOTT to 17/08/2026. Conditions: (a) not to contact Megan HOLLIS directly or "
                 "indirectly, including through social media; (b) not to enter Quarry Lane, Marlbury. "
                 "No breaches recorded.")], "table"),
        ("h", "2. Offence under consideration"),
        ("p", "Rape, contrary to section 1 of the Sexual Offences Act 2003: that on 15/02/2026 at Marlbury he "
              "intentionally penetrated the vagina of Megan HOLLIS with his penis, she did not consent and he "
              "did not reasonably believe that she consented."),
        ("h", "3. Summary of the key evidence"),
        ("ol", [
            "The complainant, Megan HOLLIS (24), met the suspect through the Spark dating app on 05/02/2026. On "
            "14/02/2026 they had a second date at the Tanner's Arms and at about 23:30 went back to his flat at "
            "14 Alder Court. In her video-recorded interview (SK/1, 16/02/2026) she describes kissing on the sofa, "
            "then telling him clearly and more than once that she did not want to have sex, pushing at his chest "
            "and trying to sit up; he held her wrist, pulled her leggings down and penetrated her vagina with his "
            "penis. She says she froze and cried. She left at about 02:10.",
            "Recent complaint: at 02:14 she texted her friend Chloe ASHWORTH \"he wouldnt stop when i said no\". "
            "Ms ASHWORTH collected her and drove her to Marlbury police station front counter (statement and "
            "screenshots CA/1 attached).",
            "PC 2291 OWEN was the first officer to deal with her at the front counter at 03:04. He records her "
            "distress, a cut to her lower lip and a short initial account in his pocket notebook (RO/1).",
            "Paramedic Gareth LLOYD treated her for a panic attack and noted the cut lip and a red mark on her "
            "left wrist (statement attached).",
            "SARC: she was examined at The Beacon SARC on 15/02/2026 by Dr Alison QUARRY (FME summary attached). "
            "Crisis worker Nadia PRICE supported her and sealed her underwear (NP/1).",
            "Forensic: semen on the high vaginal swab; the DNA profile matches the suspect (SFR1 dated 20/04/2026). "
            "Intercourse is not in issue.",
        ]),
        ("h", "4. Suspect's account"),
        ("p", "Interviewed 17/02/2026 with a solicitor (ROTI attached). He accepts intercourse and says it was "
              "consensual throughout. He says that at one point she said she \"should probably go\", he asked if "
              "she was okay, she said yes and they carried on. He denies holding her wrist and says the cut lip "
              "must have been from kissing. He relies on a message she sent him at 02:35, \"home x\", as showing "
              "she was not upset. The likely defence is consent, alternatively reasonable belief in consent."),
        ("h", "5. Reasonable lines of enquiry (including those pointing away from the suspect)"),
        ("ol", [
            "Her phone: limited extraction with her agreement (DPN signed 16/02/2026) - the Spark chat with the "
            "suspect and her SMS/WhatsApp with Ms ASHWORTH, 05/02/2026 to 16/02/2026 only. Done. This confirms "
            "the 02:14 texts to Ms ASHWORTH and also confirms the \"home x\" message at 02:35, which points away "
            "from the suspect and is disclosed. Her explanation (ABE 00:58:10) is that he had told her to let him "
            "know she got home and she sent it because she was frightened he would come looking for her.",
            "Suspect's phone (HB/2): messages and call data with the complainant for the same period. Done; it "
            "contains nothing beyond the Spark chat already seen. There is no deleted material of note.",
            "Earlier Spark messages between them (05/02 to 14/02): reviewed. They are friendly and flirtatious and "
            "include her saying she was \"looking forward to tomorrow\". This may assist the defence on the "
            "question of her interest in him and is listed on the MG6C as potentially undermining.",
            "House-to-house at Alder Court, 16/02/2026: no one heard or saw anything. Recorded on the MG6C.",
            "CCTV: the Co-op on Alder Street, where she waited, had a fault on its external camera from 10/02 to "
            "18/02 (manager's e-mail, MG6C item 6). The Tanner's Arms CCTV was not seized: both accept they were "
            "there together and left together, so it would not help either way; the pub keeps footage for 7 days "
            "and this was considered on 17/02 and not pursued for that reason.",
            "Pub staff: not approached, for the same reason - there is no dispute about the evening before 23:30.",
            "Her previous relationship history and counselling or medical records: not requested. Nothing in the "
            "account or the defence suggests any such record is relevant; a request would be speculative.",
        ]),
        ("h", "6. Outstanding evidence"),
        ("ol", ["Toxicology on the blood and urine samples (AQ/5, AQ/6) - submitted 18/02/2026, target date for "
                "the result 24/07/2026 (laboratory estimate). It goes only to how much she had drunk; she says "
                "three glasses of wine and he agrees she was not drunk.",
                "Nothing else is outstanding."]),
        ("h", "7. Forensic and medical"),
        ("p", "FME summary (Dr QUARRY) and SFR1 attached. Ms HOLLIS signed consent at the SARC on 15/02/2026 to "
              "the release of the SARC medical records and the paramedic's patient record to police and CPS."),
        ("h", "8. Disclosure and digital strategy"),
        ("p", "MG6C, MG6D and MG6E attached, with the rebuttable presumption material: the CORVID crime record, "
              "command log 0112, the record of her first complaint (PNB RO/1 and the text screenshots CA/1) and "
              "the PNC checks on all civilian witnesses (no trace for any)."),
        ("p", "Disclosure strategy: all material generated is recorded on CORVID and scheduled; the pre-date Spark "
              "messages and the 02:35 message are identified as capable of assisting the defence. Digital "
              "strategy: no blanket downloads. Her phone was examined only for the two conversations and the date "
              "range agreed in early advice and set out in the DPN; the suspect's phone was reviewed for the same "
              "period. No social media or cloud material has been sought from either of them, as nothing in the "
              "case points to it."),
        ("h", "9. Victim and witness care"),
        ("ol", [
            "Special measures: MG2 attached. She is eligible under s.17(4) YJCEA 1999. She wants the ABE played as "
            "her evidence in chief and she does want her cross-examination pre-recorded under s.28; screens if "
            "she has to attend. No communication needs; an intermediary is not required.",
            "Needs: no interpreter. She has anxiety and panic attacks since the incident; prefers contact by text "
            "through her ISVA. No dates to avoid given.",
            "ISVA: referred by the SARC on 15/02/2026 to the Safe Harbour ISVA service (ISVA Lorna BECK).",
            "VPS: the scheme was explained on 16/02/2026; she wants to make her VPS once a decision is made and "
            "this is noted for the OIC.",
        ]),
        ("h", "10. Early advice"),
        ("p", "Early advice was sought on 02/03/2026 and given by Jane ODELL (Senior Crown Prosecutor, RASSO "
              "unit) on 09/03/2026. All four action points have been completed (record attached)."),
        ("h", "11. Officer in the case / supervisor"),
        ("kv", [("OIC", f"{oic}, RASSO Team, Marlbury"), ("Direct line", "01632 960412"),
                ("E-mail", "hannah.brierley@northmoor.police.example"),
                ("Supervisor's endorsement", "Reviewed and approved for submission. DS 1877 Paul MERCER, 30/06/2026")],
         "table"),
    ]
    F.pdf("MG3 Op WILLOW v3.pdf", mg3, dict(font="Sans", size=9.5, head_right="MG3", head_left=f"URN {urn}",
                                               foot="Page {page} of {nb}", h_style="band"),
          d(6, 30), "MG3")

    # ---------------- Early advice record ----------------
    ea = [("title", "Record of Early Advice - CPS RASSO Unit"),
          ("kv", [("URN", urn), ("Requested by", oic + " on 02/03/2026"),
                  ("Advice given by", "Jane ODELL, Senior Crown Prosecutor, 09/03/2026"),
                  ("Suspect", "Daniel FENWICK")], "table"),
          ("p", "I have read the early advice request, the ABE summary and the first officer's notes. This is a "
                "case where the issue will be consent. My advice on the investigation is as follows."),
          ("ol", ["Obtain a statement from Chloe ASHWORTH about the text messages and what Ms HOLLIS said in the "
                  "car, and exhibit screenshots of the messages. Target 23/03/2026.",
                  "Extraction from the complainant's phone should be limited to communications with the suspect "
                  "and with Ms ASHWORTH between first contact (05/02/2026) and 16/02/2026. I see no basis for "
                  "anything wider.",
                  "Obtain the paramedic's statement and his patient record, with her consent.",
                  "Chase the SFR1 on the swabs; a full evaluative report will only be needed if intercourse is "
                  "disputed."]),
          ("p", "Once these are done please submit for a full code test decision. Jane ODELL, 01632 960877, "
                "jane.odell@cps.example")]
    F.docx("Early advice record 09-03-2026.docx", ea, dict(font="Sans", size=10.5, foot="CPS - OFFICIAL SENSITIVE"),
           d(3, 9), "EARLY_ADVICE")

    # ---------------- ABE recording, summary, plan ----------------
    F.video("VRI_HOLLIS_SK1.mp4", "ABE_RECORDING", kind="abe", seconds=4,
            caption="Juniper House VRI Suite 2  16/02/2026  SK/1", start_hms=(10, 2, 15), seed=11)
    summ = [("title", "Record of Video Recorded Interview (ABE) - Index and Summary"),
            ("kv", [("URN", urn), ("Interviewee", "Megan HOLLIS (complainant)"),
                    ("Date / place", "16/02/2026, Juniper House VRI Suite 2, Marlbury"),
                    ("Interviewer", "DC 4471 Sarah KENDRICK"), ("Monitor", "DC 3310 Hannah BRIERLEY"),
                    ("Exhibit", "SK/1 (master), SK/2 (working copy)"),
                    ("Start / finish", "10:02:15 - 11:17:40 (one break 10:49 - 10:58)")], "table"),
            ("table", ["Counter", "Summary"], [
                ["00:00:00", "Introductions, ground rules, truth and lies discussed; she confirms she understands."],
                ["00:03:40", "Free narrative: the dating app, first date 08/02, second date 14/02 at the Tanner's Arms."],
                ["00:11:20", "Going back to his flat at about 23:30; drinks; she had three glasses of wine during the evening."],
                ["00:16:05", "Kissing on the sofa. She says she told him \"I don't want to do this tonight\" and tried to sit up."],
                ["00:22:30", "He held her left wrist; pulled down her leggings; she said no \"about three times\"; penetration. She froze and cried."],
                ["00:31:10", "Afterwards: he went to the bathroom; she dressed and left about 02:10. Her lip was bleeding."],
                ["00:36:45", "Texts to Chloe ASHWORTH from outside the Co-op on Alder Street; Chloe collected her and drove to the police station."],
                ["00:47:00", "Break."],
                ["00:49:30", "Questioning: position on the sofa, which hand held her wrist, what she said and how loudly."],
                ["00:58:10", "The \"home x\" message at 02:35: he had told her to let him know she got home; she sent it because she was scared he would come after her."],
                ["01:06:00", "Earlier messages on the app; she agrees she liked him and had been looking forward to the date."],
                ["01:12:30", "Clarification of times; her wish for her evidence to be pre-recorded; closure."]],
             [0.14, 0.86]),
            ("p", "Prepared by DC 4471 KENDRICK 17/02/2026. This summary is not a transcript.")]
    F.docx("ABE index SK1.docx", summ, dict(font="Sans", size=10, head_left="CORVID | Northmoor Police",
                                              foot="OFFICIAL-SENSITIVE  Page {page} of {nb}"), d(2, 17), "ABE_SUMMARY")
    plan = [("title", "ABE Interview Plan"),
            ("kv", [("URN", urn), ("Witness", "Megan HOLLIS (24) - adult complainant"), ("Interview date", "16/02/2026 10:00"),
                    ("Interviewer / monitor", "DC 4471 KENDRICK / DC 3310 BRIERLEY"),
                    ("Location", "Juniper House VRI Suite 2")], "table"),
            ("h", "Rapport and needs"), ("p", "Anxious; panic attack overnight. Allow breaks; her ISVA can wait outside. No interpreter; no communication needs identified."),
            ("h", "Objectives"),
            ("ul", ["Obtain her free narrative of 14-15/02/2026.",
                    "Points to probe: words used to refuse, wrist, leggings, timing of leaving, texts sent afterwards (including any to the suspect).",
                    "Avoid leading questions on the 'home x' message; invite her own explanation.",
                    "Ask her view on s.28 pre-recorded cross-examination and on screens."]),
            ("h", "Closure"), ("p", "Explain next steps, VPS, ISVA contact, and the DPN for her phone.")]
    F.pdf("Interview plan - HOLLIS.pdf", plan, ST(), d(2, 16, 8), "ABE_PLAN")

    # ---------------- MG11s ----------------
    sysl = "CORVID e-Statement  -  Northmoor Police"
    kb = [
        "I am a Detective Constable in Northmoor Police, working in the RASSO Investigation Team at Marlbury. I "
        "am trained to Achieving Best Evidence standard to interview adult witnesses.",
        "On Monday 16th February 2026 at 10:02 hours at Juniper House VRI Suite 2, Marlbury, I conducted a "
        "video-recorded interview with Megan HOLLIS. DC 3310 BRIERLEY monitored the interview from the control "
        "room. The interview ended at 11:17 hours, with one break between 10:49 and 10:58 hours.",
        "The interview was recorded digitally on the suite system. At the end of the interview I made a master "
        "copy, which I sealed in bag number NP2604417 and now produce as exhibit SK/1, and a working copy which I "
        "produce as exhibit SK/2. I prepared the index and summary of the interview on 17th February 2026.",
        "I handed SK/1 to the property store at Marlbury police station at 12:10 hours the same day. SK/2 has "
        "been provided with this file.",
    ]
    F.pdf("Statement KENDRICK.pdf",
          mg11(urn, dict(name="Sarah KENDRICK", occ="Police Officer (DC 4471)", date="16/02/2026"), kb,
               ("esig", "Electronically signed - DC 4471 S. KENDRICK (CORVID PIN verified)"), system_line=sysl),
          ST(), d(2, 16, 12, 30), "MG11", "officer")

    cb = [
        "I have known Megan HOLLIS for about six years. We met at college and we play netball for the same club. I "
        "would describe her as one of my closest friends. I live in Marlbury and work as a dental nurse.",
        "On Saturday 14th February 2026 I knew Megan was going on a second date with a man she had met on a dating "
        "app. She had messaged me earlier in the evening that it was going well.",
        "At 02:14 hours on Sunday 15th February 2026 I was woken by my phone. I had several WhatsApp messages from "
        "Megan. The first one said \"Chlo can u come get me\". The next said \"he wouldnt stop when i said no\" and "
        "the next \"im outside the coop on alder st\". I rang her straight away. She was crying so much I could "
        "hardly understand her. I told her to stay where she was and I drove over in my car. It took me about "
        "fifteen minutes.",
        "When I got there Megan was sitting on the step of the Co-op with her arms round her knees. She was shaking "
        "and her bottom lip had dried blood on it. She got in the car and said \"I told him no, Chlo, I told him "
        "no and he just kept going\". She said he had held her arm down. She kept saying she felt stupid for going "
        "back to his. I said we were going to the police and she said okay.",
        "I drove her to Marlbury police station and we went to the front counter at about 02:55 hours. I stayed "
        "with her until the ambulance crew and the officers took over.",
        "I have taken screenshots of the messages Megan sent me between 02:14 and 02:27 hours on 15th February "
        "2026, showing the times and her name, and I produce them as exhibit CA/1. I have not deleted anything "
        "from that conversation.",
        "I am willing to attend court if needed.",
    ]
    F.pdf("Statement ASHWORTH.pdf",
          mg11(urn, dict(name="Chloe ASHWORTH", occ="Dental nurse", date="20/03/2026"), cb, ("text", "[signed]"),
               system_line=sysl, decl=0,
               rear=rear_page("Chloe ASHWORTH", dates_avoid="01/08/2026 - 15/08/2026 (holiday)",
                              taken="DC 3310 BRIERLEY at Marlbury police station, 20/03/2026 18:10 - 19:05")),
          ST(), d(3, 20, 19, 10), "MG11", "first_account")

    ob = [
        "I am a police constable in Northmoor Police, on response duties at Marlbury. On Sunday 15th February 2026 "
        "I was on night duty in full uniform.",
        "At 03:02 hours the front counter asked me to attend because a woman wished to report a rape. At 03:04 "
        "hours I spoke in the front office with a woman I now know as Megan HOLLIS, who was with her friend Chloe "
        "ASHWORTH. I was the first police officer to speak to her.",
        "Ms HOLLIS was crying and breathing very fast. Her lower lip was swollen with a small cut on the inside. I "
        "asked her, in order to decide on immediate action, what had happened. She told me she had been on a date, "
        "had gone back to the man's flat at Alder Court, and that he had had sex with her when she had told him no. "
        "She named him as 'Dan' and gave his flat number. I wrote her words in my pocket notebook at the time, at "
        "page 35, and I produce a copy of that entry as exhibit RO/1. She declined to be filmed on body-worn video "
        "and I did not record her on it.",
        "At 03:12 hours her breathing got worse and she said her chest was tight. I requested an ambulance through "
        "the control room. Paramedics arrived at 03:25 hours and treated her in the medical room.",
        "I advised her not to wash or change and arranged, through the duty sergeant, an appointment at The Beacon "
        "SARC for later that morning. I handed over to DC 3310 BRIERLEY at 07:30 hours.",
    ]
    F.pdf("Statement OWEN 2291.pdf",
          mg11(urn, dict(name="Rhys OWEN", occ="Police Constable 2291", date="15/02/2026"), ob,
               ("signed", "R. OWEN PC 2291"), system_line=sysl, decl=1, layout="lines"),
          ST(), d(2, 15, 7, 45), "MG11", "officer")

    lb = [
        "I am a registered paramedic employed by the Moorland Ambulance Service NHS Trust. I have been a paramedic "
        "for nine years.",
        "At 03:14 hours on 15th February 2026 my crewmate and I were sent to Marlbury police station to a female "
        "with difficulty breathing. We arrived at 03:25 hours. In the medical room I saw Megan HOLLIS, who was "
        "sitting on the bed with a police officer and a friend present.",
        "She was hyperventilating and tearful. Her observations were otherwise normal. I coached her breathing and "
        "after about ten minutes her breathing settled. I diagnosed a panic attack.",
        "I noticed a small laceration, about 4 mm, on the inside of her lower lip, with some swelling, and a red "
        "mark around her left wrist. I asked her how she got them and she said \"he held my arm\" and \"I think I "
        "bit my lip\". I did not ask anything further as the police were dealing.",
        "I recorded my findings on the electronic patient care record for the attendance. I produce a copy of that "
        "record as exhibit GL/1. She did not need to go to hospital and we left at 04:02 hours.",
    ]
    F.pdf("LLOYD paramedic.pdf",
          mg11(urn, dict(name="Gareth LLOYD", occ="Paramedic", date="02/04/2026"), lb,
               ("image", sig_image("Gareth Lloyd", 4471)), decl=0,
               rear=rear_page("Gareth LLOYD", address="Moorland Ambulance Service, Marlbury station",
                              contact="Via station manager", dates_avoid="None")),
          dict(font="Helvetica", size=10, head_left="OFFICIAL-SENSITIVE (when complete)", head_right="MG 11",
               foot="Page {page} of {nb}"), d(4, 2, 15), "MG11", "witness")

    pb = [
        "I am employed as a crisis worker at The Beacon Sexual Assault Referral Centre, Marlbury. My role is to "
        "support people who come to the centre and to help with the practical arrangements of their visit.",
        "On Sunday 15th February 2026 at 09:25 hours I met Megan HOLLIS at the centre. She was brought by DC "
        "BRIERLEY. I stayed with her throughout her time at the centre, including during her examination by the "
        "forensic physician, Dr QUARRY.",
        "Ms HOLLIS was quiet and tired and cried at times. She told me she had not slept.",
        "After the examination she changed into clothing provided by the centre. In her presence I placed the "
        "underwear she had been wearing into a bag and sealed it, and I produce that bag as exhibit NP/1. At 11:40 "
        "hours I handed NP/1 to DC BRIERLEY.",
        "With her agreement I made a referral for her to the Safe Harbour ISVA service the same day.",
    ]
    F.docx("Crisis worker statement.docx",
           mg11(urn, dict(name="Nadia PRICE", occ="Crisis worker, The Beacon SARC", date="15/02/2026"), pb,
                ("sgd", "N. PRICE"), layout="table"),
           ST(foot="OFFICIAL-SENSITIVE (when complete)  -  Page {page} of {nb}", foot2=""),
           d(2, 15, 12), "MG11", "witness")

    # ---------------- ROTI ----------------
    roti = [("title", "Record of Tape Recorded Interview (MG15)"),
            ("kv", [("URN", urn), ("Person interviewed", "Daniel Roy FENWICK"), ("Date of birth", "03/09/1996"),
                    ("Place", "Marlbury Custody Suite, interview room 3"), ("Date", "17/02/2026"),
                    ("Time commenced / concluded", "13:05 / 13:52"),
                    ("Interviewing officers", "DC 3310 BRIERLEY, DC 4471 KENDRICK"),
                    ("Other persons present", "Ms R. ANWAR, solicitor, Anwar & Pike"),
                    ("Exhibit / recording ref", "HB/6 (DIR 2602-1733)")], "table"),
            ("p", "Caution given and understood. Reminded of free legal advice; solicitor present. Special warning not given."),
            ("table", ["Time", "Person speaking", "Text"], [
                ["13:07", "DC BRIERLEY", "Tell me about your evening with Megan on the 14th."],
                ["13:07", "FENWICK", "We met at the Tanner's, had a few drinks, it was going really well. She suggested going back to mine."],
                ["13:12", "DC BRIERLEY", "What happened at your flat?"],
                ["13:12", "FENWICK", "We were kissing on the sofa and it went from there. She was into it. She took her own top off."],
                ["13:18", "DC BRIERLEY", "Did she say anything about not wanting sex?"],
                ["13:18", "FENWICK", "At one point she said she should probably go. I asked was she okay and she said yeah. So we carried on. If she'd said stop I'd have stopped."],
                ["13:24", "DC KENDRICK", "She says you held her left wrist."],
                ["13:24", "FENWICK", "No. I never held her. Maybe I was leaning on her, I don't know."],
                ["13:29", "DC KENDRICK", "How did her lip get cut?"],
                ["13:29", "FENWICK", "Must have been kissing. It was a bit full on, both of us."],
                ["13:36", "DC BRIERLEY", "Why did she leave at two in the morning?"],
                ["13:36", "FENWICK", "She said she had work. She texted me 'home x' after. You don't send a kiss to someone who's just raped you."],
                ["13:45", "DC BRIERLEY", "Anything you want to add?"],
                ["13:45", "FENWICK", "Only that I'd never do that. She wanted it as much as me."]],
             [0.1, 0.18, 0.72]),
            ("p", "Interview concluded 13:52. Summary prepared by DC BRIERLEY 18/02/2026.")]
    F.pdf("ROTI FENWICK 17-02-2026.pdf", roti, ST(), d(2, 18), "ROTI")

    # ---------------- PNC ----------------
    pnc = [("mono", ["PNC PRINT - PERSON RECORD          PRINTED 29/06/2026 16:41  BY 3310 NP-RASSO",
                     "URN REF: " + urn,
                     "NAME: FENWICK, DANIEL ROY        DOB: 03/09/1996    SEX: M",
                     "PNCID: 14/0338172K               CRO: 082771/15A",
                     "-" * 72,
                     "CONVICTIONS: 2   CAUTIONS: 0   FINAL WARNINGS/REPRIMANDS: 0",
                     "-" * 72,
                     "1. 11/06/2015  MARLBURY MAGISTRATES",
                     "   DRUNK AND DISORDERLY (PUBLIC ORDER - CRIMINAL JUSTICE ACT 1967 S.91)",
                     "   FINE 150.00 GBP",
                     "2. 04/03/2019  NORTHMOOR MAGISTRATES",
                     "   DRIVING A MOTOR VEHICLE WITH EXCESS ALCOHOL (RTA 1988 S.5(1)(A))",
                     "   DISQUALIFIED FROM DRIVING 17 MONTHS; FINE 420.00 GBP",
                     "-" * 72,
                     "WARNING SIGNALS: NONE       LOCAL/OTHER INFO: NONE",
                     "*** END OF PRINT ***"], 8.5)]
    F.pdf("PNC FENWICK.pdf", [("title", "Police National Computer - antecedents / previous convictions")] + pnc,
          dict(font="Courier", size=9, foot="OFFICIAL-SENSITIVE"), d(6, 29, 16, 41), "PNC")
    wpnc = [("title", "PNC checks - prosecution witnesses"),
            ("p", f"URN {urn}. Checks completed 29/06/2026 by {oic}."),
            ("table", ["Witness", "Role", "DOB", "PNC result"], [
                ["Megan HOLLIS", "Complainant", "held on file", "No trace - no convictions, cautions or pending matters"],
                ["Chloe ASHWORTH", "First complaint witness", "held on file", "No trace"],
                ["Gareth LLOYD", "Paramedic", "held on file", "No trace"],
                ["Nadia PRICE", "SARC crisis worker", "held on file", "No trace"]], [0.24, 0.22, 0.14, 0.40]),
            ("p", "Police witnesses (PC OWEN, DC KENDRICK) have no disciplinary findings or convictions to disclose.")]
    F.pdf("Witness PNC checks.pdf", wpnc, ST(), d(6, 29, 17), "PNC")

    # ---------------- Schedules ----------------
    rows6c = [
        ["1", "CORVID crime record 26/0041733 (rape), created 15/02/2026, all entries to 29/06/2026", "Attached to file", ""],
        ["2", "CORVID command log 0112 of 15/02/2026 - front counter report, ambulance request", "Attached to file", ""],
        ["3", "PC 2291 OWEN pocket notebook pp. 34-37, 15/02/2026; p.35 records her first account (exhibited as RO/1)", "Attached (copy p.35)", ""],
        ["4", "PC 3120 Kelly HART pocket notebook p. 12, 15/02/2026: tasked to Alder Court to identify the flat; no contact made", "Marlbury RASSO office", ""],
        ["5", "House-to-house proformas, Alder Court flats 1-18, 16/02/2026: 11 occupants spoken to, none heard or saw anything; 7 no reply, cards left", "Marlbury RASSO office", ""],
        ["6", "E-mail from Co-op Alder Street store manager, 16/02/2026, confirming the external camera was faulty 10/02-18/02 (fault ticket number given)", "Marlbury RASSO office", ""],
        ["7", "ABE interview plan for Megan HOLLIS, 16/02/2026, DC KENDRICK", "Attached to file", ""],
        ["8", "Custody record, Daniel FENWICK, Marlbury custody, 17/02/2026", "Custody records unit", ""],
        ["9", "Pre-interview disclosure document given to Ms ANWAR (solicitor), 17/02/2026", "Marlbury RASSO office", ""],
        ["10", "Suspect's phone (HB/2) full extraction data; reviewed only for messages/calls with the complainant 05/02-16/02/2026", "Digital Forensic Unit", ""],
        ["11", "Complainant's phone (HB/1) extraction data, limited to the parameters in the DPN", "Digital Forensic Unit", ""],
        ["12", "Spark dating app messages between complainant and suspect 05/02-14/02/2026 (friendly and flirtatious; she says she is looking forward to the date). May assist the defence.", "In extraction report HB/3 (attached)", ""],
        ["13", "Spark (provider) response to data request 02/04/2026: account creation dates and match date 05/02/2026", "Marlbury RASSO office", ""],
        ["14", "OIC investigation log / policy decisions, 15/02-30/06/2026", "Marlbury RASSO office", ""],
        ["15", "E-mails OIC to CPS requesting early advice, 02/03/2026", "Marlbury RASSO office", ""],
        ["16", "Bail extension authority, Supt ABBOTT, 14/05/2026 (reasons: forensic results awaited)", "Marlbury RASSO office", ""],
        ["17", "Forensic submission form MG21, 18/02/2026", "Marlbury RASSO office", ""],
        ["18", "Toxicology submission form, 18/02/2026", "Marlbury RASSO office", ""],
        ["19", "Moorland Ambulance Service dispatch record, incident MAS-0215-0143", "Marlbury RASSO office", ""],
        ["20", "Photographs of the complainant's lip and wrist taken at the SARC (non-intimate), 15/02/2026", "Marlbury RASSO office", ""],
        ["21", "Search record, 14 Alder Court, 17/02/2026 (s.32 PACE) - bedding seized, not submitted as intercourse is admitted", "Marlbury RASSO office", ""],
        ["22", "Record of Tanner's Arms CCTV decision, 17/02/2026 - not seized, reasons in MG3 para 5", "Marlbury RASSO office", ""],
        ["23", "Duty sergeant's log entry arranging SARC appointment, 15/02/2026 04:10", "Marlbury RASSO office", ""],
        ["24", "PNC checks on civilian witnesses, 29/06/2026 (no trace for each)", "Attached to file", ""],
    ]
    sched = [("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)"),
             ("kv", [("URN", urn), ("R v", "Daniel Roy FENWICK"), ("Page", "see foot"),
                     ("Disclosure officer", "DC 3310 Hannah BRIERLEY")], "table"),
             ("p", "The disclosure officer believes that the following material, which does not form part of the "
                   "prosecution case, is not sensitive."),
             ("table", ["Item", "Description and relevant date", "Location", "CPS comment"], rows6c,
              [0.07, 0.6, 0.2, 0.13]),
             ("p", "Signature: DC 3310 H. BRIERLEY (signed)      Date: 30/06/2026")]
    F.pdf("MG6C.pdf", sched, ST(), d(6, 30, 11), "MG6C")
    mg6d = [("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)"),
            ("kv", [("URN", urn), ("R v", "Daniel Roy FENWICK"), ("Disclosure officer", "DC 3310 BRIERLEY")], "table"),
            ("p", "The disclosure officer believes the following material is sensitive and that it would not be in "
                  "the public interest to disclose it, for the reasons given."),
            ("table", ["Item", "Description", "Reason for sensitivity", "CPS comment"], [
                ["1", "SARC medical notes and body map (Dr QUARRY), 15/02/2026", "Confidential medical record of the complainant (consent to police/CPS only)", ""],
                ["2", "Complainant's home address, phone number and date of birth (witness details)", "Personal data of a complainant in a sexual offence; risk to her safety", ""],
                ["3", "ISVA referral form (Safe Harbour), 15/02/2026", "Confidential support-service record", ""]],
             [0.07, 0.4, 0.4, 0.13]),
            ("p", "Signed: DC 3310 H. BRIERLEY   30/06/2026")]
    F.pdf("MG6D.pdf", mg6d, ST(), d(6, 30, 11, 20), "MG6D")
    mg6e = [("title", "Disclosure Officer's Report (MG6E)"),
            ("kv", [("URN", urn), ("Disclosure officer", "DC 3310 Hannah BRIERLEY"), ("Date", "30/06/2026")], "table"),
            ("p", "I have examined all the material listed on the MG6C and MG6D. The following items might "
                  "reasonably be considered capable of undermining the case for the prosecution or assisting the "
                  "case for the accused:"),
            ("ul", ["MG6C item 12: the Spark messages before the date, in which she expresses interest in him "
                    "(they are in the extraction report HB/3, attached).",
                    "The \"home x\" message at 02:35 (in the extraction report, HB/3, attached).",
                    "MG6C items 1, 2, 3 and 24 (rebuttable presumption material), attached."]),
            ("p", "I have no other material to draw to your attention. Certified by DC 3310 BRIERLEY, 30/06/2026.")]
    F.docx("MG6E.docx", mg6e, dict(font="Sans", size=10.5, foot="OFFICIAL-SENSITIVE"), d(6, 30, 11, 30), "MG6E")
    mg12 = [("title", "MG12  EXHIBIT LIST"),
            ("kv", [("URN", urn), ("R v", "FENWICK")], "table"),
            ("table", ["Exhibit ref", "Description", "Produced by"], [
                ["SK/1", "ABE interview of Megan HOLLIS, master copy, 16/02/2026", "DC 4471 KENDRICK"],
                ["SK/2", "ABE interview of Megan HOLLIS, working copy", "DC 4471 KENDRICK"],
                ["CA/1", "Screenshots of WhatsApp messages Megan HOLLIS to Chloe ASHWORTH, 15/02/2026 02:14-02:27", "Chloe ASHWORTH"],
                ["RO/1", "Copy of PNB p.35, PC OWEN, 15/02/2026 (first account)", "PC 2291 OWEN"],
                ["GL/1", "Electronic patient care record, Moorland Ambulance Service, 15/02/2026", "Gareth LLOYD"],
                ["NP/1", "Underwear of Megan HOLLIS, sealed bag", "Nadia PRICE"],
                ["AQ/1-AQ/6", "SARC samples: swabs (AQ/1-AQ/4), blood (AQ/5), urine (AQ/6)", "Dr Alison QUARRY (FME)"],
                ["HB/1", "Apple iPhone of Megan HOLLIS (returned 19/02/2026)", "DC 3310 BRIERLEY"],
                ["HB/2", "Samsung phone of Daniel FENWICK, seized 17/02/2026", "DC 3310 BRIERLEY"],
                ["HB/3", "DFU extraction report, HB/1 (limited extraction)", "DC 3310 BRIERLEY"],
                ["HB/4", "DFU extraction report, HB/2", "DC 3310 BRIERLEY"],
                ["HB/6", "Interview recording, FENWICK, 17/02/2026", "DC 3310 BRIERLEY"]], [0.15, 0.6, 0.25])]
    F.pdf("MG12 exhibits.pdf", mg12, ST(), d(6, 30, 11, 40), "MG12")

    # ---------------- CORVID crime record and command log ----------------
    cr = [("title", "CORVID  -  CRIME RECORD"),
          ("kv", [("Crime number", "26/0041733"), ("URN", urn), ("Classification", "Rape of a female aged 16 or over (SOA 2003 s.1)"),
                  ("Reported", "15/02/2026 03:04, front counter, Marlbury police station"),
                  ("Committed", "between 14/02/2026 23:30 and 15/02/2026 02:10"),
                  ("Location", "14 Alder Court, Marlbury"), ("Victim", "HOLLIS, Megan (24) F"),
                  ("Victim diversity (self-declared)", "Female; White British; no disability declared; heterosexual"),
                  ("Suspect", "FENWICK, Daniel Roy, 03/09/1996 - arrested 17/02/2026"),
                  ("OIC", oic), ("Status", "Under investigation - submitted to CPS for charging decision")], "table"),
          ("h", "Modus operandi"),
          ("p", "Victim met suspect via dating app. Went back to his flat after second date. States she refused "
                "sex repeatedly; suspect held her wrist and penetrated her vagina with his penis."),
          ("h", "Initial account (from PC 2291 OWEN, 15/02/2026 03:10)"),
          ("p", "\"I went back to his, we were kissing and I said I didn't want to, I said no, and he did it "
                "anyway. He held my arm.\" Victim distressed; cut lip. Friend Chloe ASHWORTH present; received "
                "texts from victim at 02:14."),
          ("h", "Investigation log (extract)"),
          ("table", ["Date", "Entry", "By"], [
              ["15/02/2026", "SARC appointment 09:30 arranged; forensic strategy set; ISVA referral by SARC.", "DS MERCER"],
              ["16/02/2026", "ABE completed (SK/1). DPN explained and signed; handset taken for limited extraction.", "DC BRIERLEY"],
              ["17/02/2026", "Suspect arrested and interviewed; bailed with conditions.", "DC BRIERLEY"],
              ["19/02/2026", "Complainant's handset returned after limited extraction.", "DC BRIERLEY"],
              ["09/03/2026", "Early advice received; action points set.", "DC BRIERLEY"],
              ["20/03/2026", "Statement of Chloe ASHWORTH and screenshots CA/1 obtained.", "DC BRIERLEY"],
              ["20/04/2026", "SFR1 received: DNA match to suspect on HVS.", "DC BRIERLEY"],
              ["30/06/2026", "File submitted to CPS for full code test.", "DC BRIERLEY"]], [0.16, 0.66, 0.18])]
    F.pdf("CORVID crime record 26-0041733.pdf", cr, ST(), d(6, 29, 18), "CRIME_REPORT")
    log = [("title", "CORVID  -  COMMAND & CONTROL INCIDENT LOG"),
           ("kv", [("Log", "0112 of 15/02/2026"), ("Opened", "03:02 by Front Counter MARLBURY"),
                   ("Grade", "Priority"), ("Type", "Sexual offence - report at station"), ("URN", urn)], "lines"),
           ("mono", ["03:02  FC MARLBURY   FEMALE AT FRONT COUNTER WITH FRIEND WISHES TO REPORT RAPE. VERY UPSET.",
                     "03:03  CONTROL      PC 2291 OWEN ASSIGNED (IN STATION)",
                     "03:04  PC 2291      WITH VICTIM HOLLIS MEGAN. SUSP 'DAN' 14 ALDER COURT. OCCURRED APPROX 0100-0200",
                     "03:12  PC 2291      VICTIM HYPERVENTILATING - CHEST TIGHT - REQ AMBULANCE",
                     "03:14  CONTROL      AMBULANCE REQUESTED MAS REF 0215-0143",
                     "03:25  CONTROL      AMBULANCE ON SCENE",
                     "03:40  PS 1190      SCENE: 14 ALDER COURT - PC 3120 HART TO ATTEND AND IDENTIFY FLAT ONLY",
                     "04:02  PC 2291      AMB LEFT - PANIC ATTACK - NOT CONVEYED",
                     "04:10  PS 1190      SARC BEACON 0930 BOOKED. EARLY EVIDENCE KIT NOT USED - VICTIM HAS NOT WASHED",
                     "07:30  PC 2291      HANDOVER TO DC 3310 BRIERLEY RASSO",
                     "07:31  CONTROL      CRIME 26/0041733 LINKED. LOG CLOSED"], 8)]
    F.pdf("CORVID command log 0112.pdf", log, ST(), d(2, 15, 7, 31), "INCIDENT_LOG")

    # ---------------- Digital ----------------
    dpn = [("title", "DIGITAL PROCESSING NOTICE (DPN) - victims and witnesses"),
           ("kv", [("URN", urn), ("Device user", "Megan HOLLIS"), ("Device", "Apple iPhone 13, black, exhibit HB/1"),
                   ("Officer", oic), ("Date", "16/02/2026 11:40")], "table"),
           ("h", "Why we are asking"),
           ("p", "You have told us you sent messages to your friend straight after leaving the flat, and that you "
                 "and the suspect messaged on the Spark app before and after the date. These messages may help "
                 "establish what happened and when. This is a reasonable line of enquiry."),
           ("h", "What we will look at"),
           ("ul", ["Messages in the Spark app between you and the suspect (user 'DanF_96').",
                   "SMS and WhatsApp messages between you and Chloe ASHWORTH.",
                   "Only between 05/02/2026 (first contact) and 16/02/2026.",
                   "We will not examine photographs, other contacts, browsing, location or health data."]),
           ("p", "A logical extraction will be made and filtered to these parameters; anything outside them will not "
                 "be reviewed. The material will be retained and disclosed under the CPIA 1996 only as necessary."),
           ("h", "Your agreement"),
           ("p", "I have read this notice / it has been read to me. I understand I can refuse and that refusing will "
                 "not by itself mean the investigation stops. I agree to the extraction described above."),
           ("sig", dict(label="Signed (device user):", text="M. Hollis", date="16/02/2026")),
           ("sig", dict(label="Officer:", text="H. Brierley DC 3310", date="16/02/2026"))]
    F.pdf("DPN HOLLIS.pdf", dpn, ST(), d(2, 16, 11, 45), "DPN")
    ext = [("title", "Digital Forensic Unit - Extraction Report"),
           ("kv", [("Lab ref", "DFU-26-0311"), ("URN", urn), ("Exhibit", "HB/1 Apple iPhone 13 (Megan HOLLIS)"),
                   ("Authority", "DPN dated 16/02/2026 (agreement of device user)"),
                   ("Extraction type", "Logical, filtered"),
                   ("Parameters", "Spark chat with user DanF_96; SMS/WhatsApp with Chloe ASHWORTH; 05/02/2026 00:00 to 16/02/2026 23:59"),
                   ("Examiner", "J. TRENT, Digital Forensic Investigator"), ("Completed", "18/02/2026")], "table"),
           ("h", "Results relevant to the parameters"),
           ("table", ["Date/time", "App", "From > To", "Content"], [
               ["05/02/2026 21:14", "Spark", "DanF_96 > HOLLIS", "Hey Megan, loved your profile. Fancy a drink sometime?"],
               ["08/02/2026 23:40", "Spark", "HOLLIS > DanF_96", "Had a really nice time tonight x"],
               ["13/02/2026 20:05", "Spark", "HOLLIS > DanF_96", "Looking forward to tomorrow :) x"],
               ["14/02/2026 19:02", "Spark", "HOLLIS > DanF_96", "On my way, see you in 10 :)"],
               ["15/02/2026 02:14", "WhatsApp", "HOLLIS > ASHWORTH", "Chlo can u come get me"],
               ["15/02/2026 02:15", "WhatsApp", "HOLLIS > ASHWORTH", "he wouldnt stop when i said no"],
               ["15/02/2026 02:16", "WhatsApp", "HOLLIS > ASHWORTH", "im outside the coop on alder st"],
               ["15/02/2026 02:27", "WhatsApp", "ASHWORTH > HOLLIS", "2 mins away stay there"],
               ["15/02/2026 02:35", "Spark", "HOLLIS > DanF_96", "home x"],
               ["15/02/2026 09:12", "Spark", "DanF_96 > HOLLIS", "Last night was fun. Free next weekend?"]],
            [0.2, 0.13, 0.22, 0.45]),
           ("p", "The handset was returned to the device user on 19/02/2026. No data outside the parameters was reviewed.")]
    F.pdf("DFU extraction summary.pdf", ext, ST(), d(2, 18, 16), "DIGITAL_EXTRACT")

    # ---------------- MG2 ----------------
    mg2 = [("title", "MG2  SPECIAL MEASURES ASSESSMENT"),
           ("kv", [("URN", urn), ("Witness", "Megan HOLLIS (complainant)"),
                   ("Eligibility", "Intimidated witness - complainant in respect of a sexual offence (YJCEA 1999 s.17(4))"),
                   ("Completed by / date", "DC 4471 KENDRICK 16/02/2026; reviewed DC BRIERLEY 25/06/2026")], "table"),
           ("h", "Measures discussed and the witness's views"),
           ("table", ["Measure", "Witness's view", "Applied for?"], [
               ["Video-recorded interview as evidence in chief (s.27)", "Wants the ABE played", "Yes"],
               ["Pre-recorded cross-examination (s.28)", "Yes - she would like her cross-examination recorded before trial", "Yes"],
               ["Screens (s.23)", "Yes, if she has to give live evidence", "Yes"],
               ["Live link (s.24)", "Would prefer s.28; live link from a remote site as an alternative", "Alternative"],
               ["Removal of wigs and gowns (s.26)", "No preference", "No"],
               ["Intermediary (s.29)", "Not needed - no communication difficulties identified", "No"],
               ["Supporter in court", "Her ISVA, Lorna BECK", "Yes"]], [0.38, 0.44, 0.18]),
           ("h", "Other needs"),
           ("p", "Anxiety and panic attacks since the offence. Regular breaks. No interpreter. Contact by text via "
                 "ISVA. Pre-trial visit to the court requested.")]
    F.docx("MG2 HOLLIS.docx", mg2, dict(font="Sans", size=10, head_left="OFFICIAL-SENSITIVE", head_right="MG2",
                                          foot="Page {page} of {nb}"), d(6, 25), "MG2")

    # ---------------- Forensic / medical ----------------
    sfr = [("title", "STREAMLINED FORENSIC REPORT - SFR1"),
           ("kv", [("Provider", "Arden Forensic Services"), ("Case ref", "AFS-26-07731"), ("URN", urn),
                   ("Date", "20/04/2026"), ("Reporting scientist", "Dr Tom WELBY")], "table"),
           ("h", "Key findings"),
           ("p", "Semen was identified on the high vaginal swab (AQ/2) taken from Megan HOLLIS. A DNA profile was "
                 "obtained which matches the reference profile of Daniel FENWICK. The probability of a match if the "
                 "DNA came from someone other than, and unrelated to, Daniel FENWICK is estimated at less than one "
                 "in a billion."),
           ("p", "Toxicology (AQ/5, AQ/6) is being reported separately; expected by 24/07/2026."),
           ("p", "If any part of this report is not agreed, a full evaluative statement can be provided.")]
    F.pdf("SFR1 Arden.pdf", sfr, dict(font="Times", size=10, head_left="Arden Forensic Services",
                                         head_right="SFR1", foot="Page {page} of {nb}"), d(4, 20), "FORENSIC")
    fme = [("title", "The Beacon SARC - Forensic Medical Examination: summary for police and CPS"),
           ("kv", [("Patient", "Megan HOLLIS"), ("Examined", "15/02/2026 09:50 - 11:20"),
                   ("Forensic physician", "Dr Alison QUARRY MBChB"), ("URN", urn),
                   ("Consent", "Written consent given 15/02/2026 to examination, samples, and release of the "
                               "SARC records and this summary to the police and CPS")], "table"),
           ("h", "Findings"),
           ("ul", ["4 mm laceration to the inner lower lip with surrounding swelling.",
                   "Faint 3 x 1 cm erythema (reddening) to the inside of the left wrist.",
                   "Anogenital examination: no injuries seen. The absence of injury neither confirms nor refutes "
                   "her account."]),
           ("h", "Samples"),
           ("p", "Swabs AQ/1-AQ/4, blood AQ/5, urine AQ/6; handed to DC BRIERLEY 11:40.")]
    F.pdf("FME summary.pdf", fme, dict(font="Helvetica", size=10, head_left="The Beacon SARC", head_right="CONFIDENTIAL - MEDICAL",
                                          foot="Page {page} of {nb}"), d(2, 16, 15), "MEDICAL")

    # ---------------- Record of first complaint: PNB photo, screenshots ----------------
    pnb = [("small", "Pocket notebook  PC 2291 OWEN   Page 35"),
           ("p", "Sun 15/02/26  0304 hrs  Marlbury PS front office."),
           ("p", "Spoke with HOLLIS Megan. Very upset, crying, fast breathing. Cut inside lower lip. Friend ASHWORTH Chloe present."),
           ("p", "Asked what happened. Reply: \"I went back to his, we were kissing and I said I didn't want to, I said no, "
                 "and he did it anyway. He held my arm. His name's Dan, flat 14 Alder Court.\""),
           ("p", "0312 chest tight - amb requested via control."),
           ("p", "Declined BWV. Not washed. SARC to be arranged."),
           ("sig", dict(label="", text="R Owen PC 2291", date="0318"))]
    F.photo("IMG_20260215_0318.jpg", pnb, dict(font="Serif", size=15, margin=22), "2026:02:15 03:18:44", 2291,
            dtype=["OTHER"], check=False)
    F.image("CA-1 screenshots.png", chat_image([
        ("in", "15 Feb 02:14", "Chlo can u come get me"),
        ("in", "15 Feb 02:15", "he wouldnt stop when i said no"),
        ("in", "15 Feb 02:16", "im outside the coop on alder st"),
        ("out", "15 Feb 02:17", "coming now. stay on the phone x"),
        ("out", "15 Feb 02:27", "2 mins away stay there")], "Megan", "CA/1"))

    F.exit = 0
    F.must_fail = []
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                       "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                       "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                       "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                       "special_measures", "victim_care", "one_urn"]
    return F



# ===========================================================================
# C2  13HB0771226  (Severnside Constabulary, KESTREL RMS)  -- compliant
#     written complainant statement; door supervisor first account; call
#     handler + 999 audio; CCTV; BWV; MG3 laid out in tables; MG6C as XLSX.
# ===========================================================================
def case_foundry(out):
    urn = "13HB0771226"
    F = Folder(out, "13HB0771226", urn)
    ST = lambda **o: sys_style("KESTREL", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 2781 Owen FAIRCLOUGH"

    mg3 = [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("kv", [("URN", urn), ("Force", "Severnside Constabulary"), ("Unit", "Operation Beacon RASSO team, Castlebridge"),
                ("Suspect", "CORRIGAN, Liam James  DOB 12/11/1999"),
                ("Offence", "Assault by penetration, Sexual Offences Act 2003 s.2 - 07/03/2026, Castlebridge"),
                ("Decision requested", "Full Code Test"),
                ("Bail", "Pre-charge bail to 09/07/2026. Conditions: not to contact Jade PEMBERTON directly or "
                         "indirectly; not to enter The Foundry Rooms, Quay Street, Castlebridge. Reason: the "
                         "complainant lives in Castlebridge and the suspect knows where she socialises.")], "table"),
        ("h", "Case summary"),
        ("p", "At about 00:40 on Saturday 07/03/2026 Jade PEMBERTON (21), a student nurse, went into the "
              "accessible toilet at The Foundry Rooms nightclub because the queue for the ladies was long. A man "
              "she had danced with briefly earlier pushed in behind her and locked the door. She says he pinned "
              "her to the wall, put his hand inside her jeans and underwear and pushed his fingers into her "
              "vagina while she told him to get off. She pushed him away, got the door open and ran to the door "
              "supervisor, Marcus DELANEY, at 00:44. She gave a written statement on 08/03/2026; she chose a "
              "written statement rather than a video-recorded interview after the options were explained."),
        ("p", "Mr DELANEY is the first person she told (statement attached). He called 999 at 00:49 (recording JP/1, "
              "produced by call handler Jodie PARR). PC 5128 HALLORAN was the first officer to arrive, at 01:02; "
              "his body-worn video (TH/1) shows her distress and her first account to police. The club's CCTV "
              "(MD/1, produced by Mr DELANEY) shows the two of them dancing at 00:24-00:31, both going into the "
              "accessible toilet corridor at 00:38, her running out at 00:44 and him leaving by the main exit at "
              "00:46. The suspect was identified from the club's ID scanner and arrested on 09/03/2026."),
        ("h", "Suspect's account"),
        ("p", "Prepared statement, then no comment (ROTI attached). He says they kissed in the corridor, she led "
              "him into the toilet, they kissed again, he did not put his hand inside her clothing, and he left "
              "because his taxi had arrived. Likely defence: denial of penetration; any touching consensual."),
        ("h", "Lines of enquiry"),
        ("table", ["Line of enquiry", "Result", "Effect"], [
            ["Club CCTV - all cameras 00:00-01:00", "Seized 07/03; compilation MD/1. The dance floor camera shows close dancing; it is not possible to say whether they kissed.", "Partly assists the defence (dancing) - disclosed"],
            ["Taxi booking (Castle Cabs)", "Request limited to bookings on his account for pick-up in Quay Street, 00:30-01:30 on 07/03/2026, to test his account that a taxi was waiting. Booked from his app at 00:43, picked up 00:48.", "Consistent with his account that a taxi was waiting; also consistent with leaving in a hurry"],
            ["Club ID scanner records", "Request limited to entries on the night of 06-07/03/2026. Identified CORRIGAN entering 23:52.", "Identification"],
            ["Forensic - her underwear (RM/1)", "Male DNA on the inside front panel matching CORRIGAN (SFR1 08/05/2026).", "Supports her account of his hand inside her underwear"],
            ["Other patrons in the corridor", "CCTV shows no one else in the corridor 00:38-00:44. Not pursued further.", "None"],
            ["Her phone", "Not examined. She had no contact with him before or after; nothing on her phone bears on the issues. She did not want it examined and it has not been.", "n/a"],
            ["His phone", "Not seized: the only relevant data (taxi booking) was obtained from Castle Cabs directly.", "n/a"],
            ["Bar staff", "Spoken to 10/03; none remembers either party.", "None - recorded on MG6C"]],
         [0.27, 0.45, 0.28]),
        ("h", "Outstanding evidence"),
        ("p", "No further enquiries are outstanding. The SFR1 has been received; a full forensic statement will only "
              "be needed if the finding is challenged."),
        ("h", "Forensic and medical"),
        ("p", "SARC examination at Meridian House SARC 07/03/2026 10:00 (no injuries seen; FME summary attached). "
              "She gave written consent to the release of the SARC records and the FME summary to police and "
              "CPS (rear of her MG11)."),
        ("h", "Victim and witness care"),
        ("table", ["Issue", "What is recorded"], [
            ["Special measures", "She is an eligible witness under s.17(4) YJCEA. No ABE, so evidence in chief will be live. "
                                 "Her view: she would like to give evidence over a live link from a remote site and does not want "
                                 "s.28 pre-recorded cross-examination because she would rather 'do it once, at the trial'. Screens as a fallback. "
                                 "No communication needs; an intermediary is not needed."],
            ["Needs", "No interpreter. Placement shifts on a hospital ward - needs notice of dates. Contact by e-mail preferred."],
            ["ISVA", "Referred by Meridian House SARC to the Severn ISVA Service on 07/03/2026; ISVA Dawn KEYES."],
            ["VPS", "Offered on 08/03/2026. She made a VPS on 20/03/2026 (attached)."],
            ["Dates to avoid", "01/09/2026 - 05/09/2026 (exams)."]], [0.22, 0.78]),
        ("h", "Early advice"),
        ("p", "Early advice was not sought because the suspect was identified and interviewed within 72 hours and "
              "the evidential picture did not need CPS input before the forensic result; DI 0331 NASH agreed this "
              "on 10/03/2026 (policy decision 4)."),
        ("h", "Disclosure"),
        ("p", "MG6C (spreadsheet) and MG6D attached. Rebuttable presumption material attached: KESTREL occurrence "
              "2603-0088, KESTREL command log 0061 07/03/2026, the 999 call (JP/1) and the BWV of her first account "
              "(TH/1), and the PNC of all civilian witnesses. Mr DELANEY has a 2014 caution for possession of "
              "cannabis, which is disclosed."),
        ("kv", [("OIC", oic + ", 01632 960233, owen.fairclough@severnside.police.example"),
                ("Supervisor", "DS 4410 Kate ROWLEY - reviewed and endorsed 22/06/2026"),
                ("Date", "22/06/2026")], "lines"),
    ]
    F.docx("MG3 CORRIGAN.docx", mg3, dict(font="Sans", size=10, head_left="OFFICIAL-SENSITIVE", head_right="MG3",
                                            foot="Page {page} of {nb}", docx_headings=True), d(6, 22), "MG3")

    sysl = "KESTREL RMS - Statement capture - Severnside Constabulary"
    jb = [
        "I am 21 years old and I am a second-year student nurse at Castlebridge University. I live in Castlebridge. "
        "This statement is about what happened to me in The Foundry Rooms nightclub on Quay Street in the early "
        "hours of Saturday 7th March 2026. I have been told I could give my account on video and I chose to write "
        "a statement instead.",
        "On Friday 6th March 2026 I went out with two girls from my course. We went to two bars and then to The "
        "Foundry Rooms, arriving at about 11.30pm. I had four drinks over the whole evening - vodka and lemonade. I "
        "was tipsy but I knew what I was doing. My friends left at about half twelve because they had an early "
        "shift; I stayed because I had arranged to meet another friend who then did not turn up.",
        "At about twenty past midnight a man started dancing near me. He was white, about 25, short dark hair with "
        "a fade, a black T-shirt with a small white logo. I danced with him for a few songs. He tried to kiss me and "
        "I turned my face away and laughed it off. I did not kiss him. I went to get some water.",
        "At about 12.40am I needed the toilet. The queue for the ladies was right down the stairs so I went to the "
        "accessible toilet at the end of the corridor by the cloakroom, which people use. As I opened the door I felt "
        "someone right behind me and the same man pushed in with me and locked the door behind him. I said "
        "something like 'What are you doing? Get out.' He laughed and said 'Come on, you were all over me.'",
        "He pushed me back against the wall by the sink with his body. He held my left shoulder against the wall with "
        "one hand. With his other hand he undid the button on my jeans and pushed his hand down the front inside my "
        "knickers. I was saying 'No, get off me, stop' and trying to push his arm away. He put his fingers inside my "
        "vagina. It hurt. I do not know exactly how long it lasted; I think it was less than a minute but it felt "
        "longer.",
        "I managed to shove him hard with both hands and he stumbled back. I unlocked the door and ran out and up the "
        "corridor. I did not stop to do my jeans up properly. At the top of the stairs there was a bouncer in a black "
        "jacket with a yellow armband. I told him 'A man's just put his fingers inside me in the disabled toilet, he "
        "locked the door and wouldn't let me out.' I was crying. He took me into the office behind the cloakroom and "
        "got on his radio. I did not see where the man went.",
        "The police came and I spoke to a male officer who was wearing a camera. I told him what had happened. I then "
        "went with a female officer to a police station and later to Meridian House where I was examined. I handed "
        "over the underwear I had been wearing.",
        "I had never seen the man before that night. I did not give him my number or any contact details and I have "
        "had no contact with him since. I did not agree to him coming into the toilet and I did not agree to any of "
        "what he did. I would know him again.",
    ]
    F.docx("PEMBERTON MG11 typed.docx",
           mg11(urn, dict(name="Jade PEMBERTON", occ="Student nurse", date="08/03/2026"), jb, ("text", "[signed]"),
                layout="lines", system_line=sysl, continuation=True,
                rear=rear_page("Jade PEMBERTON", dates_avoid="01/09/2026 - 05/09/2026 (exams)",
                               sm="Eligible s.17(4). Wants live link from a remote site; does not want s.28. See MG3.",
                               vps="Scheme explained 08/03/2026 - VPS made 20/03/2026",
                               medical="YES - SARC records and FME summary, signed 07/03/2026",
                               taken=f"{oic}, Castlebridge police station, 08/03/2026 13:00-15:40")),
           ST(), d(3, 8, 15, 45), "MG11", "complainant")

    mdb = [
        "I am a licensed door supervisor (SIA licence held) and I have worked at The Foundry Rooms, Quay Street, "
        "Castlebridge for about three years, normally as head door.",
        "On the night of Friday 6th into Saturday 7th March 2026 I was working from 10pm, wearing a black jacket "
        "with a yellow armband. At about 12.44am I was standing at the top of the stairs by the cloakroom when a "
        "young woman ran up the corridor from the direction of the accessible toilet. I now know her name is Jade "
        "PEMBERTON. Her jeans were undone and she was holding them up. She was crying and shaking.",
        "She said to me 'A man's just put his fingers inside me in the disabled toilet, he locked the door and "
        "wouldn't let me out.' Those are the words as best I can remember them. I took her into the office behind "
        "the cloakroom and radioed the other door staff to look out for a male in a black T-shirt coming from the "
        "toilet corridor. Nobody stopped him; I later saw on the CCTV that he walked out of the main door at 00:46.",
        "At 12.49am I rang 999 on my mobile and told the operator what she had said. I stayed with her until the "
        "police arrived at about 1am.",
        "Later that night, at the request of PC HALLORAN, I downloaded footage from the club's CCTV system for the "
        "dance floor camera, the toilet corridor camera and the main exit camera between 00:20 and 00:47 and saved "
        "it as one compilation clip. The system clock was about 40 seconds fast, which I checked against my phone. I "
        "produce that clip as exhibit MD/1. I handed it to PC HALLORAN at 03:10.",
    ]
    F.docx("Statement - DELANEY M.docx",
           mg11(urn, dict(name="Marcus DELANEY", occ="Door supervisor", date="07/03/2026"), mdb,
                ("signed", "M. Delaney"), layout="lines", system_line=sysl, decl=1),
           ST(), d(3, 7, 4), "MG11", "first_account")

    jpb = [
        "I am employed by Severnside Constabulary as a call handler in the Force Contact Centre at Castlebridge.",
        "At 00:49 hours on Saturday 7th March 2026 I answered a 999 call from a man who gave his name as Marcus "
        "DELANEY, head door at The Foundry Rooms. He told me a young woman had just come to him saying a man had "
        "put his fingers inside her in the accessible toilet and had locked her in. I created incident 0061 and "
        "graded it as an emergency. I kept him on the line while units were assigned and asked for a description "
        "of the man.",
        "All 999 calls to the Force Contact Centre are recorded automatically. On 9th March 2026 I retrieved the "
        "recording of this call from the recording system, listened to it to confirm it was the call I took, and "
        "copied it to a file which I produce as exhibit JP/1. The call lasts 4 minutes 52 seconds; a short clip "
        "has been provided with the file.",
    ]
    F.docx("PARR call handler.docx",
           mg11(urn, dict(name="Jodie PARR", occ="Call handler, Force Contact Centre (police staff)", date="09/03/2026"), jpb,
                ("dots", "SIGNED"), layout="lines", system_line=sysl),
           ST(), d(3, 9, 11), "MG11", "witness")

    thb = [
        "I am a police constable with Severnside Constabulary. On Saturday 7th March 2026 I was on uniformed mobile "
        "patrol in Castlebridge with PC 6620 MENSAH. My body-worn video camera was switched on throughout this "
        "incident.",
        "At 00:51 hours we were sent to The Foundry Rooms to a report of a sexual assault. We arrived at 01:02 "
        "hours. We were the first officers there. In the office behind the cloakroom I saw a young woman I now know "
        "as Jade PEMBERTON with the head door supervisor, Marcus DELANEY.",
        "Ms PEMBERTON was crying and her hands were shaking. I asked her what had happened so that I could decide "
        "what action to take. She told me that a man she had danced with had followed her into the disabled toilet, "
        "locked the door, pinned her to the wall and put his fingers inside her vagina while she told him to stop. "
        "She described him as white, mid-twenties, short dark hair, black T-shirt with a small white logo. This "
        "account is captured on my body-worn video.",
        "I circulated the description. A search of Quay Street and the taxi rank was negative.",
        "At 03:10 hours Mr DELANEY handed me the CCTV compilation MD/1, which I booked into property.",
        "I have downloaded and retained the body-worn video from this incident. I produce the clip of my "
        "conversation with Ms PEMBERTON, 01:02 to 01:09 hours, as exhibit TH/1.",
    ]
    F.docx("PC 5128 HALLORAN.docx",
           mg11(urn, dict(name="Tom HALLORAN", occ="Police Constable 5128", date="07/03/2026"), thb,
                ("signed", "T HALLORAN PC5128"), layout="lines", system_line=sysl),
           ST(), d(3, 7, 6, 30), "MG11", "officer")

    rmb = [
        "I am a police constable with Severnside Constabulary. On Saturday 7th March 2026 I attended The Foundry "
        "Rooms with PC 5128 HALLORAN, arriving at 01:02 hours.",
        "I took Ms PEMBERTON to Castlebridge police station and then, at 09:45 hours, to Meridian House SARC, and "
        "stayed with her until 12:30 hours.",
        "At 11:50 hours at the SARC Ms PEMBERTON handed me the knickers she had been wearing, which I sealed in a "
        "bag in her presence and produce as exhibit RM/1.",
    ]
    F.docx("PC 6620 MENSAH.docx",
           mg11(urn, dict(name="Ria MENSAH", occ="Police Constable 6620", date="07/03/2026"), rmb,
                ("text", "[signed]"), layout="lines", system_line=sysl),
           ST(), d(3, 7, 13), "MG11", "officer")

    # multimedia
    F.video("MD1_FoundryRooms_CCTV_compilation.mp4", "CCTV", kind="cctv", seconds=5, codec="mpeg4", audio=False,
            caption="FOUNDRY ROOMS CAM 04 CORRIDOR  07-03-2026  MD/1", start_hms=(0, 38, 20), seed=21)
    F.video("TH1 BWV 0102-0109.mp4", "BWV", kind="bwv", seconds=4,
            caption="SVC BWV X-2231 PC5128  2026-03-07  TH/1", start_hms=(1, 2, 3), seed=22)
    F.audio("JP1 999 call 0049.mp3", "CALL_999", 5, 23, "mp3")

    roti = [("title", "RECORD OF INTERVIEW - MG15 (SDN)"),
            ("kv", [("URN", urn), ("Interviewee", "Liam James CORRIGAN, 12/11/1999"),
                    ("Date / time", "09/03/2026, 14:20 - 14:41"), ("Place", "Castlebridge custody, room 2"),
                    ("Officers", f"{oic}; DC 1190 BELL"), ("Solicitor", "Mr K. OSEI, Osei Legal"),
                    ("Recording ref", "OF/4")], "lines"),
            ("h", "Prepared statement (read by the solicitor at 14:23, then handed in and signed)"),
            ("p", "\"I was at The Foundry Rooms on Friday night. I met a girl on the dance floor and we danced and "
                  "kissed. Later we kissed in the corridor and she went into the disabled toilet and I went in with "
                  "her. We kissed again. I did not put my hand inside her jeans or her underwear and I did not put "
                  "my fingers inside her. Nothing happened that she did not want. I left because my taxi was outside. "
                  "I will not be answering any further questions on legal advice.\"  Signed L. Corrigan 09/03/2026."),
            ("h", "Summary of questions"),
            ("p", "Asked about: how he entered the toilet; whether he locked the door; how long they were inside; why "
                  "she ran out; why he left at 00:46; the DNA sample. To each question he replied \"no comment\"."),
            ("p", "Special warning under s.36/37 CJPOA not given. Interview concluded 14:41.")]
    F.docx("ROTI_CORRIGAN_090326.docx", roti, ST(), d(3, 10), "ROTI")

    pnc = [("title", "PNC - previous convictions"),
           ("mono", ["NAME     : CORRIGAN, LIAM JAMES", "DOB      : 12/11/1999", "PNCID    : 17/0912843P",
                     "PRINTED  : 19/06/2026 10:02   USER 2781",
                     "", "CONVICTIONS: NIL", "CAUTIONS   : 1",
                     "  22/07/2018  CASTLEBRIDGE  CAUTION  THEFT FROM SHOP (TA 1968 S.1)  VALUE 34.99",
                     "", "IMPRISONMENT/BAIL MARKERS: PRE-CHARGE BAIL 09/03/2026 (SVC)", "END"])]
    F.docx("PNC CORRIGAN.docx", pnc, ST(), d(6, 19, 10, 5), "PNC")
    wpnc = [("title", "Previous convictions of prosecution witnesses"),
            ("p", "PNC checks completed 19/06/2026 by DC 2781 FAIRCLOUGH."),
            ("kv", [("Jade PEMBERTON (complainant):", "No trace."),
                    ("Marcus DELANEY (door supervisor):", "One caution, 03/05/2014, possession of a controlled drug "
                                                           "of class B (cannabis), Castlebridge. No convictions."),
                    ("Jodie PARR (police staff):", "No trace."),
                    ("Police officers (PC HALLORAN, PC MENSAH):", "No convictions or disciplinary findings.")], "lines")]
    F.docx("Witness PNC.docx", wpnc, ST(), d(6, 19, 10, 20), "PNC")

    rows = [
        [1, "KESTREL occurrence 2603-0088 (initial investigation report and all updates to 19/06/2026)", "Attached to file", ""],
        [2, "KESTREL command log 0061 of 07/03/2026 (999 call from door supervisor)", "Attached to file", ""],
        [3, "PNB of PC 5128 HALLORAN, 07/03/2026 pp. 88-90: search of Quay Street and taxi rank, negative", "Castlebridge RASSO", ""],
        [4, "PNB of PC 6620 MENSAH, 07/03/2026 pp. 41-42: conveying complainant to SARC", "Castlebridge RASSO", ""],
        [5, "Full CCTV download, Foundry Rooms cameras 01-08, 23:30-01:30 (the compilation MD/1 is the evidence)", "Property store ref CB/26/1182", ""],
        [6, "Castle Cabs booking record: booked via app at 00:43, picked up 00:48 Quay Street, dropped Larkfield Road 01:02", "Castlebridge RASSO", ""],
        [7, "Foundry Rooms ID scanner log 06-07/03/2026 (entry of CORRIGAN at 23:52)", "Castlebridge RASSO", ""],
        [8, "Notes of conversations with bar staff (3), 10/03/2026: none recalls the complainant or suspect", "Castlebridge RASSO", ""],
        [9, "Custody record CORRIGAN, 09/03/2026", "Custody records", ""],
        [10, "Pre-interview disclosure to Mr OSEI, 09/03/2026", "Castlebridge RASSO", ""],
        [11, "MG21 forensic submission, 12/03/2026", "Castlebridge RASSO", ""],
        [12, "Policy file, decisions 1-9 (includes decision 4: early advice not sought)", "Castlebridge RASSO", ""],
        [13, "Full 999 call recording 4m52s (clip JP/1 is the evidence)", "Force Contact Centre", ""],
        [14, "Full BWV footage PC HALLORAN 00:58-02:15 (clip TH/1 is the evidence)", "Digital evidence store", ""],
        [15, "PNC checks on civilian witnesses 19/06/2026 (DELANEY: 2014 caution)", "Attached to file", ""],
    ]
    F.xlsx("MG6C unused non-sensitive.xlsx",
           ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL - MG6C", f"URN: {urn}   R v CORRIGAN",
            "Disclosure officer: DC 2781 FAIRCLOUGH   Date: 22/06/2026   Page 1 of 1"],
           ["Item no.", "Description and relevant date", "Location", "Comment (CPS use)"], rows, d(6, 22, 9))
    F.types.add("MG6C")
    F.docs.append({"name": "MG6C unused non-sensitive.xlsx", "type": "MG6C"})
    mg6d = [("title", "MG6D - Schedule of sensitive material"),
            ("kv", [("URN", urn), ("R v", "CORRIGAN"), ("Disclosure officer", "DC 2781 FAIRCLOUGH")], "lines"),
            ("table", ["No.", "Description", "Reason sensitive"], [
                ["1", "Meridian House SARC clinical notes, 07/03/2026", "Confidential medical record"],
                ["2", "Complainant's contact details and timetable (placement rota)", "Personal data; safety"],
                ["3", "Foundry Rooms ID scanner data relating to other patrons", "Third-party personal data"]],
             [0.08, 0.52, 0.4]),
            ("p", "Signed: O. FAIRCLOUGH DC 2781   22/06/2026")]
    F.docx("MG6D.docx", mg6d, ST(), d(6, 22, 9, 30), "MG6D")
    mg12 = [("title", "MG12 - Exhibit list"),
            ("kv", [("URN", urn), ("R v", "CORRIGAN")], "lines"),
            ("table", ["Ref", "Description", "Produced by"], [
                ["MD/1", "CCTV compilation, Foundry Rooms, 00:20-00:47, 07/03/2026", "Marcus DELANEY"],
                ["JP/1", "999 call recording (clip), 00:49, 07/03/2026", "Jodie PARR"],
                ["TH/1", "BWV clip, PC HALLORAN, 01:02-01:09, 07/03/2026", "PC 5128 HALLORAN"],
                ["RM/1", "Knickers of Jade PEMBERTON, sealed", "PC 6620 MENSAH"],
                ["SV/1-SV/2", "SARC swabs (retained, not submitted)", "Dr S. VARGA (FME)"],
                ["OF/4", "Interview recording, CORRIGAN, 09/03/2026", "DC 2781 FAIRCLOUGH"]], [0.12, 0.6, 0.28])]
    F.docx("MG12.docx", mg12, ST(), d(6, 22, 9, 40), "MG12")

    occ = [("title", "KESTREL RMS - OCCURRENCE SUMMARY"),
           ("kv", [("OCC REF:", "2603-0088"), ("URN:", urn), ("HO CLASS:", "Assault of a female by penetration"),
                   ("RECEIVED:", "07/03/2026 00:49 via 999 (command log 0061)"),
                   ("LOCATION:", "The Foundry Rooms, Quay Street, Castlebridge - accessible toilet"),
                   ("AGGRIEVED:", "PEMBERTON, Jade  F  21  (ethnicity: White British; no disability declared)"),
                   ("SUSPECT:", "CORRIGAN, Liam James  M  26  - arrested 09/03/2026 - bailed"),
                   ("OIC:", oic), ("STATUS:", "Pending CPS charging decision")], "lines"),
           ("h", "Initial investigation report"),
           ("p", "PC 5128 HALLORAN 07/03/2026 02:40: Attended with PC MENSAH at 01:02. Victim in office with head door "
                 "DELANEY. Victim states an unknown male followed her into the accessible toilet, locked the door and "
                 "digitally penetrated her vagina. First account on BWV. Suspect left 00:46 (CCTV). Scene (toilet) "
                 "closed and photographed; club open so no forensic recovery possible beyond photographs. SARC booked."),
           ("h", "Updates"),
           ("mono", ["07/03 09:10 DS ROWLEY   Investigation allocated to DC FAIRCLOUGH. ISVA referral via SARC.",
                     "08/03 15:45 DC 2781     Written MG11 obtained (complainant chose written statement).",
                     "09/03 06:55 DC 2781     Suspect identified from ID scanner; arrested home address.",
                     "09/03 16:30 DC 2781     Interviewed - prepared statement. Bailed with conditions.",
                     "10/03 11:00 DI NASH     Policy 4: early advice not required - see rationale.",
                     "08/05 14:20 DC 2781     SFR1 received: DNA on RM/1 matches suspect.",
                     "22/06 10:00 DC 2781     File to CPS for FCT decision."])]
    F.docx("KESTREL occurrence 2603-0088.docx", occ, ST(), d(6, 22, 10), "CRIME_REPORT")
    clog = [("title", "KESTREL RMS - COMMAND LOG"),
            ("kv", [("LOG:", "0061  07/03/2026"), ("OPENED:", "00:49:12  FCC call handler PARR J (staff 7712)"),
                    ("CALLER:", "DELANEY, Marcus - head door, The Foundry Rooms (07700 900514)"),
                    ("GRADE:", "IMMEDIATE")], "lines"),
            ("mono", ["00:49 PARR   CALLER HEAD DOOR - FEMALE HAS RAN UP FROM DISABLED TOILET SAYING MALE PUT HIS FINGERS",
                      "             INSIDE HER AND LOCKED HER IN. FEMALE WITH CALLER IN OFFICE. MALE NOT DETAINED.",
                      "00:50 PARR   DESC: WM 25 SHORT DARK HAIR FADE BLACK T-SHIRT SMALL WHITE LOGO",
                      "00:51 DISP   CB21 (PC5128/PC6620) ASSIGNED",
                      "00:53 PARR   CALLER ADV MALE LEFT VIA MAIN DOOR APPROX 00:46 PER CCTV",
                      "01:02 CB21   AT SCENE",
                      "01:11 CB21   SOA 2003 S2 - BWV ON - SEARCH OF AREA REQ",
                      "01:40 CB21   AREA SEARCH NEG. VICTIM TO CASTLEBRIDGE PS WITH PC6620",
                      "03:12 CB21   CCTV COMPILATION RECEIVED FROM DELANEY",
                      "03:20 DISP   OCC 2603-0088 LINKED. LOG CLOSED"])]
    F.docx("KESTREL command log 0061.docx", clog, ST(), d(3, 7, 3, 20), "INCIDENT_LOG")

    sfr = [("title", "SFR1 - Streamlined Forensic Report"),
           ("kv", [("Lab", "Hallam Forensic Laboratories"), ("Ref", "HFL/26/22190"), ("URN", urn), ("Date", "08/05/2026"),
                   ("Scientist", "Rachel OYELARAN")], "table"),
           ("p", "Item RM/1 (knickers of Jade PEMBERTON): the inside front panel was sampled. A DNA profile was "
                 "obtained from a mixture of at least two people. The major contributor matches Liam CORRIGAN; the "
                 "evidence is at least one billion times more likely if he contributed DNA than if he did not. The "
                 "minor component is consistent with Jade PEMBERTON."),
           ("p", "This report does not address how or when the DNA was deposited.")]
    F.pdf("SFR1_HFL_26_22190.pdf", sfr, dict(font="Times", size=11, head_left="Hallam Forensic Laboratories",
                                                head_right="SFR1", foot="Page {page} of {nb}"), d(5, 8), "FORENSIC")
    fme = [("title", "Meridian House SARC - FME summary"),
           ("kv", [("Patient", "Jade PEMBERTON"), ("Date", "07/03/2026 10:00-11:55"), ("FME", "Dr S. VARGA"),
                   ("Consent", "Signed 07/03/2026: examination, samples, release of summary and records to police/CPS")],
            "table"),
           ("p", "No injuries seen on general or anogenital examination. Absence of injury is common after digital "
                 "penetration and does not make her account less likely. Samples: external and low vaginal swabs "
                 "(SV/1, SV/2) retained, not submitted at present as the DNA on RM/1 answered the identification "
                 "question.")]
    F.pdf("FME summary PEMBERTON.pdf", fme, dict(font="Helvetica", size=10, head_right="CONFIDENTIAL",
                                                    foot="Page {page} of {nb}"), d(3, 7, 16), "MEDICAL")
    vps = [("title", "VICTIM PERSONAL STATEMENT"),
           ("kv", [("URN", urn), ("Name", "Jade PEMBERTON"), ("Date", "20/03/2026")], "lines"),
           ("p", "I used to love going out in town with my friends from my course. Since that night I have not been "
                 "into a club and I get panicky in any small room with the door shut, including the sluice room on "
                 "the ward, which is hard in my job. I have had to take a week off my placement. I would like the "
                 "court to know how much this has changed how safe I feel."),
           ("p", "I understand this statement may be used in court and seen by the defendant."),
           ("sig", dict(label="Signed:", text="J. Pemberton", date="20/03/2026"))]
    F.docx("VPS PEMBERTON.docx", vps, ST(), d(3, 20, 16), "VPS")

    F.exit = 0
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "files_readable", "one_urn"]
    return F



# ===========================================================================
# C3  RASSO_KM_2026_0458  (Kingsmere Police, LANTERN, ODT)  -- compliant
#     first account by phone to an officer; sister named by relationship
#     only in the MG3; run-on prose MG3; scanned original + typed copy.
# ===========================================================================
def case_lantern(out):
    urn = "61KM0458826"
    F = Folder(out, "RASSO_KM_2026_0458", urn)
    ST = lambda **o: sys_style("LANTERN", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 2209 Laura VINCENT"

    mg3 = [
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("p", f"URN {urn}. Kingsmere Police, Public Protection - RASSO, Kingsmere Central. Suspect Craig Anthony "
              "MOLYNEUX, born 21/01/1992. Offence: rape (Sexual Offences Act 2003, s.1) of Rosa DUARTE at her flat, "
              "9 Mercer Walk, Kingsmere, on the night of 28/03/2026. I am asking for a charging decision on the full "
              "code test. The suspect was not arrested; he attended for a voluntary interview under caution on "
              "12/05/2026 and is not on bail or released under investigation, and there are no orders or "
              "conditions in place. He has not tried to contact her since 02/04/2026."),
        ("p", "Rosa DUARTE (31) and the suspect were together for four years and separated in January 2026. On "
              "28/03/2026 he came to her flat, by arrangement, to collect his belongings. They had a drink and "
              "talked; she let him stay on the sofa bed because he had missed the last bus. She says that at about "
              "01:00 he got into the sofa bed beside her, she told him she did not want sex and to go back to his "
              "side, he held her down by the shoulders and penetrated her vagina with his penis while she cried "
              "and said no. Her account is in her ABE interview of 24/04/2026 (LV/1, summary attached). The next "
              "day, 29/03/2026, she told her sister what had happened; her sister's statement is attached, with "
              "the scanned original. She reported to police by ringing 101 on 20/04/2026. PC 7781 SHEIKH of the "
              "Telephone Investigation Unit rang her back the same afternoon and took her first account to police "
              "over the phone; his statement is attached. I visited her at home on 21/04/2026 and was the first "
              "officer to see her in person; my statement is attached and it also exhibits the ABE recording."),
        ("p", "At 09:14 on 29/03/2026 the suspect sent her a WhatsApp message: \"Im sorry about last night, I "
              "shouldnt have carried on when you said no. I was drunk. Please dont tell anyone\". This was "
              "recovered from her phone in a limited extraction (WhatsApp chat with his number only, 01/01/2026 to "
              "20/04/2026) to which she agreed on a Digital Processing Notice on 24/04/2026. The same chat contains "
              "messages which may assist the defence: on 27/03/2026 she wrote \"miss you sometimes x\" and on "
              "28/03/2026 \"you can stay on the sofa bed if you miss the bus\". Both are disclosed and are in the "
              "extraction report."),
        ("p", "In interview the suspect agreed that they had sex and said it was consensual and that they had "
              "\"got back together for the night\". He said the apology was about \"carrying on the argument\" "
              "about money, not about sex, and that she had never said no. The likely defence is consent or "
              "reasonable belief in consent, and he will say the message has been misread."),
        ("p", "Reasonable lines of enquiry have been followed both ways. The complainant's WhatsApp chat with him "
              "was examined for the period of the relationship's end and after the incident, as above; nothing "
              "wider was needed because the issue is what was said that night and afterwards. His phone was "
              "obtained voluntarily at interview and the same chat was examined from his side: it matches hers and "
              "no messages were deleted. I checked for any previous reports between them on LANTERN and with the "
              "domestic abuse unit: there are none, either way. The neighbour below (flat 7) was spoken to on "
              "02/05/2026 and heard nothing; that is recorded on the MG6C. Their mutual friend Tanya ROSS, who the "
              "suspect says would confirm they were 'getting on fine' in March, was spoken to on 06/05/2026: she had "
              "not seen them together since Christmas and could not help, so no statement was taken; this is on the "
              "MG6C. I did not seek her counselling, medical or other third-party records: she has had no "
              "counselling or medical treatment about this and nothing in the case suggests such records would "
              "bear on the issues. There was no forensic opportunity given the 23-day delay; she was offered a "
              "SARC referral for a health check and declined it, and no medical records exist. No forensic or "
              "medical evidence is outstanding, and no further enquiries are outstanding."),
        ("p", "Early advice was not sought. The suspect admitted intercourse, the key digital evidence was secured "
              "within a week of the report, and DS 0990 PARRY decided on 25/04/2026 that a full file could be "
              "submitted without it."),
        ("p", "On victim care: she is eligible for special measures as the complainant in a sexual offence "
              "(s.17(4) YJCEA). Her ABE will be her evidence in chief; she would like her cross-examination "
              "pre-recorded under s.28 and would want screens at any live hearing. She has no communication needs "
              "and an intermediary was not considered necessary. She needs no interpreter (English is her first "
              "language although she also speaks Portuguese). She asked for contact by phone after 6pm because of "
              "work. She was referred to the Kingsmere ISVA service on 21/04/2026 and has an ISVA, Priya GILL. The "
              "VPS scheme was explained on 24/04/2026 and she declined to make one for now; she knows she can make "
              "one later."),
        ("p", "Disclosure: MG6C, MG6D, the DMD, the LANTERN crime record, the 101 contact log (which is the record "
              "of her first complaint to police) and PNC checks on the civilian witnesses are attached. The "
              "suspect has no previous convictions (PNC attached)."),
        ("p", f"{oic}, Public Protection, Kingsmere Central. Direct dial 01632 960781. "
              "E-mail laura.vincent@kingsmere.police.example. Date 15/06/2026."),
        ("p", "Supervisor: I have reviewed this file and endorse its submission. DS 0990 Mark PARRY, 16/06/2026."),
    ]
    F.odt("MG3 MOLYNEUX final.odt", mg3, ST(head_right="MG3"), d(6, 16), "MG3")

    F.video("LV1 DUARTE VRI 24-04-2026.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="Kingsmere VRI Suite  24/04/2026  LV/1", start_hms=(13, 30, 2), seed=31)
    summ = [("title", "ABE interview - summary"),
            ("kv", [("Witness:", "Rosa DUARTE"), ("Date:", "24/04/2026 13:30 - 14:42"),
                    ("Interviewer:", "DC 2209 VINCENT"), ("Monitor:", "DC 3361 AHMED"),
                    ("Exhibit:", "LV/1"), ("URN:", urn)], "lines"),
            ("table", ["Time", "Content"], [
                ["00:01", "Introductions; ground rules; she says she is nervous but ready."],
                ["00:04", "Relationship with Craig MOLYNEUX: four years, separated January 2026 after arguments about money."],
                ["00:12", "28/03: he came to collect his things about 19:00; they had wine; talked; he missed the last bus; she said he could sleep on the sofa bed."],
                ["00:21", "About 01:00 he got into the sofa bed next to her. She said \"No, Craig, I don't want to, go back to your side.\""],
                ["00:27", "He held her shoulders down; pulled her pyjama shorts aside; vaginal penetration with his penis; she cried and said no repeatedly."],
                ["00:38", "Afterwards he fell asleep; she went to the bathroom and sat on the floor until morning."],
                ["00:44", "29/03 morning: he left about 08:30. The 09:14 WhatsApp apology. She did not reply."],
                ["00:49", "Told her sister at their mother's house that afternoon. Why she waited until 20/04 to call police: shame, fear of not being believed, and he had 'said sorry'."],
                ["00:58", "Her 27/03 'miss you sometimes' message: she says she did miss him but had no intention of getting back together."],
                ["01:06", "Special measures: wants s.28 and screens. Closure."]], [0.12, 0.88]),
            ("p", "Summary by DC VINCENT 25/04/2026 - not a transcript.")]
    F.odt("ABE summary DUARTE.odt", summ, ST(), d(4, 25), "ABE_SUMMARY")

    sysl = "Kingsmere Police - LANTERN statement print"
    lvb = [
        "I am a Detective Constable with Kingsmere Police in the Public Protection (RASSO) team at Kingsmere Central. "
        "I am the officer in the case. I am trained to interview adult witnesses to the Achieving Best Evidence standard.",
        "On Tuesday 21st April 2026 at 10:00 hours I visited Rosa DUARTE at her home address in Kingsmere. This was "
        "the first time any police officer had seen her in person about this report; she had spoken to PC 7781 "
        "SHEIKH by telephone the previous day. She was calm but tearful. I explained the process, the ABE interview "
        "and support available, and with her agreement referred her to the Kingsmere ISVA service.",
        "On Friday 24th April 2026 between 13:30 and 14:42 hours at the Kingsmere VRI suite I conducted a "
        "video-recorded interview with Rosa DUARTE. DC 3361 AHMED monitored. I produce the master recording of that "
        "interview as exhibit LV/1. I prepared a summary on 25th April 2026.",
        "After the interview I explained the Digital Processing Notice to Ms DUARTE. She agreed to a limited "
        "extraction of the WhatsApp conversation with the suspect's number between 01/01/2026 and 20/04/2026, and "
        "signed the notice. I took her phone (LV/2) to the digital hub and returned it to her on 27th April 2026.",
        "On 12th May 2026 I interviewed Craig MOLYNEUX under caution as a voluntary attender at Kingsmere Central in "
        "the presence of his solicitor. He provided his phone voluntarily (LV/3) and it was returned after the same "
        "chat had been extracted.",
    ]
    F.odt("Statement DC VINCENT.odt",
          mg11(urn, dict(name="Laura VINCENT", occ="Detective Constable 2209", date="15/05/2026"), lvb,
               ("signed", "L Vincent DC2209"), layout="lines", system_line=sysl),
          ST(), d(5, 15), "MG11", "officer")

    isb = [
        "I am a police constable with Kingsmere Police, working in the Telephone Investigation Unit.",
        "On Monday 20th April 2026 at 14:10 hours I telephoned Rosa DUARTE in response to her call to 101 earlier "
        "that day, in which she had said she wanted to report a sexual assault by her ex-partner. I was the first "
        "police officer to speak to her about it. I checked she was safe and able to talk.",
        "I asked her briefly what had happened. She told me that her ex-partner, Craig MOLYNEUX, had raped her at "
        "her flat on the night of Saturday 28th March, after he had come to collect his things and stayed over. "
        "She said she had told him no and he held her down. She said he had sent her a message the next morning "
        "saying sorry. She said she had told her sister the next day and had been too ashamed to call before. I "
        "typed her words into the LANTERN contact log as she spoke, and she agreed my summary when I read it back.",
        "I advised her to keep her phone and the message and not delete anything. I created crime 26/11873 and "
        "passed the case to the RASSO team, who arranged for DC VINCENT to visit her the next morning.",
    ]
    F.odt("SHEIKH 7781 - phone first account.odt",
          mg11(urn, dict(name="Imran SHEIKH", occ="Police Constable 7781", date="20/04/2026"), isb,
               ("text", "[signed]"), layout="lines", system_line=sysl, decl=1),
          ST(), d(4, 20, 17), "MG11", "officer")

    bdb = [
        "I am Rosa DUARTE's younger sister. We are close and see each other most weeks, usually at our mother's "
        "house in Kingsmere for Sunday lunch.",
        "On Sunday 29th March 2026 I arrived at Mum's at about 1pm. Rosa was already there. She was very quiet and "
        "had not eaten. After lunch I asked her to come for a walk with me to the park at the end of the road "
        "because I could tell something was wrong.",
        "On the walk she started crying. She told me that Craig had come round the night before for his stuff, that "
        "he'd stayed because he missed the bus, and that in the night he got into the bed and she told him no and "
        "he held her down and had sex with her anyway. She said 'I kept saying no, Bia, and he just didn't stop.' "
        "She showed me a message on her phone from Craig that morning saying he was sorry and he shouldn't have "
        "carried on when she said no.",
        "I told her she should go to the police. She said she couldn't face it and made me promise not to tell Mum. "
        "I kept asking her over the next few weeks and on 20th April she told me she had rung the police.",
        "I have known Craig for about four years. Before this I had never known him to be violent towards Rosa.",
    ]
    sis_blocks = mg11(urn, dict(name="Beatriz DUARTE", occ="Retail assistant", date="05/05/2026"), bdb,
                      ("sgd", "B. DUARTE"), layout="lines",
                      rear=rear_page("Beatriz DUARTE", dates_avoid="None",
                                     taken=f"{oic} at Kingsmere Central, 05/05/2026 17:30-18:25"))
    F.odt("Statement B DUARTE (typed copy).odt", sis_blocks, ST(), d(5, 5, 19), "MG11", "first_account")
    # the signed original, scanned at the front counter
    orig = mg11(urn, dict(name="Beatriz DUARTE", occ="Retail assistant", date="05/05/2026"), bdb,
                ("image", sig_image("B Duarte", 3105)), layout="lines",
                title="WITNESS STATEMENT  (MG 11)")
    F.scan("scan_0004.pdf", orig, dict(font="Sans", size=10.5, head_right="MG 11",
                                          head_left="OFFICIAL-SENSITIVE (when complete)",
                                          foot="Page {page} of {nb}"), d(5, 6, 9), seed=3104,
           dtype="MG11", role="first_account")

    roti = [("title", "Record of Interview (voluntary attender)"),
            ("kv", [("URN:", urn), ("Interviewee:", "Craig Anthony MOLYNEUX (21/01/1992)"),
                    ("Status:", "Voluntary attendance - not under arrest; told he was free to leave"),
                    ("Date/time:", "12/05/2026 10:05 - 11:02, Kingsmere Central interview room 1"),
                    ("Present:", "DC 2209 VINCENT, DC 3361 AHMED; Ms L. HARGREAVES (solicitor)")], "lines"),
            ("h", "Summary"),
            ("ul", ["Confirms the relationship ended in January and that he went to 9 Mercer Walk on 28/03/2026 to collect belongings.",
                    "They drank a bottle and a half of wine; talked about 'old times'; she invited him to stay.",
                    "Says they 'got back together for the night'; she 'cuddled into him' and they had sex; she did not say no at any point.",
                    "Asked about the 09:14 message: says he was apologising for 'carrying on the argument' about money the previous evening, not about sex. Accepts he wrote 'when you said no' but says it referred to her saying no to lending him money.",
                    "Asked why he wrote 'please don't tell anyone': embarrassed about the argument.",
                    "Provides his phone voluntarily (LV/3) for the chat with her number to be examined.",
                    "Denies holding her down."]),
            ("p", "Interview recorded digitally (disc ref LV/4). Summary prepared by DC VINCENT 13/05/2026.")]
    F.pdf("ROVI MOLYNEUX 12-05-26.pdf", roti, ST(font="Times"), d(5, 13), "ROTI")

    F.pdf("PNC print MOLYNEUX.pdf", [("title", "PNC - Previous convictions and cautions"),
                                     ("kv", [("Subject:", "MOLYNEUX, Craig Anthony"), ("DOB:", "21/01/1992"),
                                             ("Printed:", "10/06/2026 by 2209"), ("URN:", urn)], "lines"),
                                     ("p", "No convictions. No cautions. No reprimands or warnings. No pending "
                                           "prosecutions. Not wanted/missing. No warning markers.")],
          ST(font="Times"), d(6, 10), "PNC")
    wp = [("title", "Witness PNC checks (rebuttable presumption)"),
          ("table", ["Witness", "Checked", "Result"], [
              ["Rosa DUARTE (complainant)", "10/06/2026", "No trace"],
              ["Beatriz DUARTE (sister - first complaint)", "10/06/2026", "No trace"]], [0.5, 0.2, 0.3]),
          ("p", "Officers: nothing to disclose. Checked by DC 2209 VINCENT.")]
    F.odt("Witness PNC nil returns.odt", wp, ST(), d(6, 10, 11), "PNC")

    dpn = [("title", "Digital Processing Notice - victim / witness (DPN-A)"),
           ("kv", [("URN", urn), ("Name", "Rosa DUARTE"), ("Device", "Samsung Galaxy A54 (LV/2)"),
                   ("Officer", oic), ("Date", "24/04/2026 15:05")], "table"),
           ("p", "Reason: the suspect sent you a message on 29/03/2026 apologising; you and he messaged before and "
                 "after the incident. These messages are relevant to what happened and we need a reliable copy."),
           ("p", "What we will extract: WhatsApp messages between you and the number saved as 'Craig' (07700 900672) "
                 "from 01/01/2026 to 20/04/2026. Nothing else: no photos, other chats, contacts, browsing or location."),
           ("p", "How: a selective extraction at the Kingsmere digital hub; the phone will be returned within 3 days."),
           ("p", "I understand the reasons and what will be extracted. I agree. I know I can withdraw my agreement "
                 "before the extraction takes place."),
           ("sig", dict(label="Device user:", text="R. Duarte", date="24/04/2026")),
           ("sig", dict(label="Officer:", text="L. Vincent DC 2209", date="24/04/2026"))]
    F.pdf("DPN_DUARTE.pdf", dpn, ST(font="Times"), d(4, 24, 15, 10), "DPN")
    ext = [("title", "Selective Extraction Report"),
           ("kv", [("Hub ref", "KDH-26-0522"), ("Exhibit", "LV/2 (complainant) and LV/3 (suspect)"),
                   ("Authority", "LV/2: DPN 24/04/2026. LV/3: provided voluntarily at interview 12/05/2026"),
                   ("Parameters", "WhatsApp chat between 07700 900673 and 07700 900672; 01/01/2026 - 20/04/2026"),
                   ("Analyst", "K. DOYLE"), ("Date", "27/04/2026 and 13/05/2026")], "table"),
           ("table", ["When", "Sender", "Message"], [
               ["27/03/2026 22:18", "Rosa", "miss you sometimes x"],
               ["27/03/2026 22:30", "Craig", "me too. can I get my stuff tmrw"],
               ["28/03/2026 17:02", "Rosa", "ok come at 7. you can stay on the sofa bed if you miss the bus"],
               ["29/03/2026 09:14", "Craig", "Im sorry about last night, I shouldnt have carried on when you said no. I was drunk. Please dont tell anyone"],
               ["29/03/2026 12:40", "Craig", "Rosa?"],
               ["02/04/2026 20:11", "Craig", "Ok I get it. Sorry x"]], [0.22, 0.12, 0.66]),
           ("p", "The chat on LV/3 is identical for the period; no deletions identified. No other data reviewed.")]
    F.pdf("Extraction report KDH-26-0522.pdf", ext, ST(font="Times"), d(5, 13, 15), "DIGITAL_EXTRACT")

    cr = [("title", "LANTERN - Crime Record 26/11873"),
          ("kv", [("URN:", urn), ("Offence:", "Rape - female 16+ (SOA 2003 s.1)"),
                  ("Reported:", "20/04/2026 14:10 by telephone (101 call-back, PC 7781 SHEIKH)"),
                  ("Occurred:", "28/03/2026 - 29/03/2026 approx 01:00"), ("Where:", "9 Mercer Walk, Kingsmere"),
                  ("Victim:", "DUARTE, Rosa, F, 31. Ethnicity: White - other (Portuguese heritage). Religion: Catholic. No disability."),
                  ("Suspect:", "MOLYNEUX, Craig Anthony, M, 34 - ex-partner"),
                  ("Domestic flag:", "Yes - DASH risk assessment: standard"),
                  ("OIC:", oic)], "lines"),
          ("h", "Circumstances"),
          ("p", "Victim reports ex-partner raped her at her flat after staying over to collect his belongings. "
                "Suspect sent an apology message next morning. Victim told her sister the following day."),
          ("h", "Log"),
          ("ul", ["20/04 PC SHEIKH - first account by phone; safeguarding checked; RASSO referral.",
                  "21/04 DC VINCENT - visit; ISVA referral; ABE booked.",
                  "24/04 ABE completed (LV/1); DPN signed; phone to hub.",
                  "25/04 DS PARRY - early advice not required (rationale recorded).",
                  "05/05 Sister's statement obtained.",
                  "12/05 Suspect voluntary interview.",
                  "15/06 File to CPS."])]
    F.odt("LANTERN crime record 26-11873.odt", cr, ST(), d(6, 15, 9), "CRIME_REPORT")
    cl = [("title", "LANTERN - Contact Log (101) 20/04/2026 ref C-0420-0316"),
          ("kv", [("Call received:", "20/04/2026 11:52 (101) - call taker S. BRENNAN"),
                  ("Caller:", "Rosa DUARTE"), ("Category:", "Sexual offence - non-recent (3 weeks)"),
                  ("Response:", "Scheduled call-back by Telephone Investigation Unit")], "lines"),
          ("mono", ["11:52 BRENNAN  CALLER WISHES TO REPORT SEXUAL ASSAULT BY EX-PARTNER. SAFE NOW. NOT WITH SUSPECT.",
                    "11:53 BRENNAN  DOES NOT WANT TO GIVE DETAILS ON THIS CALL. CALLBACK REQUESTED - MOBILE ON FILE.",
                    "14:10 PC7781   CALLED BACK. ACCOUNT: EX-PARTNER CRAIG MOLYNEUX STAYED OVER 28/03 AFTER COLLECTING",
                    "               BELONGINGS. IN NIGHT GOT INTO BED, SHE SAID NO, HE HELD HER DOWN AND HAD SEX WITH HER.",
                    "               APOLOGY MESSAGE FROM HIM NEXT MORNING. TOLD SISTER NEXT DAY. SUMMARY READ BACK - AGREED.",
                    "14:31 PC7781   ADVISED PRESERVE PHONE/MESSAGE. CRIME 26/11873 CREATED. RASSO REFERRAL.",
                    "15:05 DS0990   DC VINCENT TO VISIT 21/04 1000. LOG CLOSED."])]
    F.odt("Contact log C-0420-0316.odt", cl, ST(), d(4, 20, 15, 6), "INCIDENT_LOG")

    F.odt("MG6C DUARTE.odt", [
        ("title", "MG6C - Police schedule of non-sensitive unused material"),
        ("kv", [("URN:", urn), ("R v", "Craig Anthony MOLYNEUX"), ("Disclosure officer:", oic)], "lines"),
        ("table", ["No.", "Description and date", "Location", "CPS"], [
            ["1", "LANTERN crime record 26/11873 and log, 20/04-15/06/2026", "With file", ""],
            ["2", "LANTERN 101 contact log C-0420-0316, 20/04/2026 - includes the first account to PC SHEIKH", "With file", ""],
            ["3", "DASH risk assessment (standard), 21/04/2026", "PPU Kingsmere", ""],
            ["4", "Note of neighbour enquiry, flat 7, 9 Mercer Walk, 02/05/2026: heard nothing", "PPU Kingsmere", ""],
            ["5", "Note of conversation with Tanya ROSS, 06/05/2026: not seen the couple together since Christmas 2025", "PPU Kingsmere", ""],
            ["6", "Check of LANTERN and DA unit records, 22/04/2026: no previous reports involving either party", "PPU Kingsmere", ""],
            ["7", "ABE interview plan, 24/04/2026", "PPU Kingsmere", ""],
            ["8", "Digital hub working notes KDH-26-0522", "Digital hub", ""],
            ["9", "Voluntary interview disclosure to solicitor, 12/05/2026", "PPU Kingsmere", ""],
            ["10", "Policy decisions 1-6 incl. early advice decision 25/04/2026", "PPU Kingsmere", ""],
            ["11", "PNC checks on civilian witnesses, 10/06/2026", "With file", ""]], [0.07, 0.63, 0.2, 0.1]),
        ("p", "Signed: L. Vincent DC 2209, 15/06/2026")], ST(), d(6, 15, 10), "MG6C")
    F.odt("MG6D DUARTE.odt", [
        ("title", "MG6D - Police schedule of sensitive material"),
        ("kv", [("URN:", urn), ("R v", "MOLYNEUX")], "lines"),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "Complainant's address, phone number and date of birth", "Personal data of a sexual offence complainant"],
            ["2", "ISVA referral form, 21/04/2026", "Confidential support record"]], [0.08, 0.5, 0.42]),
        ("p", "Signed: L. Vincent DC 2209, 15/06/2026")], ST(), d(6, 15, 10, 10), "MG6D")
    F.odt("DMD MOLYNEUX.odt", [
        ("title", "Disclosure Management Document"),
        ("kv", [("URN:", urn), ("Prepared by:", oic + " (OIC and disclosure officer)"), ("Date:", "15/06/2026")], "lines"),
        ("h", "Reasonable lines of enquiry and the digital strategy"),
        ("p", "The issue is consent. Digital material: the WhatsApp chat between the complainant and the suspect, "
              "01/01/2026-20/04/2026, obtained from both phones under a DPN and voluntarily respectively. No other "
              "data on either phone was reviewed. Social media, cloud accounts and third-party records were "
              "considered and not pursued: no line of enquiry points to them."),
        ("h", "Material held and approach to review"),
        ("p", "All material is held on LANTERN or in the PPU file and has been viewed in full by the disclosure "
              "officer; the volume is small so no search terms or sampling were used."),
        ("h", "Material that may meet the test"),
        ("p", "The complainant's messages of 27/03/2026 and 28/03/2026 (in the extraction report, with the file).")],
        ST(), d(6, 15, 10, 20), "DMD")
    F.odt("MG12 DUARTE.odt", [
        ("title", "MG12 - Exhibit list"), ("kv", [("URN:", urn)], "lines"),
        ("table", ["Ref", "Description", "Produced by"], [
            ["LV/1", "ABE interview, Rosa DUARTE, 24/04/2026", "DC 2209 VINCENT"],
            ["LV/2", "Samsung Galaxy A54 (complainant) - returned 27/04/2026", "DC 2209 VINCENT"],
            ["LV/3", "Suspect's phone - returned 13/05/2026", "DC 2209 VINCENT"],
            ["LV/4", "Recording of suspect interview, 12/05/2026", "DC 2209 VINCENT"],
            ["KDH-26-0522", "Selective extraction report (LV/2, LV/3)", "K. DOYLE (digital hub)"]], [0.15, 0.6, 0.25])],
        ST(), d(6, 15, 10, 30), "MG12")

    F.exit = 0
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "one_urn"]
    return F



# ===========================================================================
# C4  PBP-26-0091 Coldwater  (Pennine Borders Police, TIDEMARK, RTF)  -- compliant
#     stranger rape; forensic scientist + FME (experts); SARC crisis worker;
#     first account to "her mother" (phone photos of her statement); CCTV,
#     BWV and 999 audio each produced by a statement; bulleted MG3.
# ===========================================================================
def case_coldwater(out):
    urn = "38PB0091226"
    F = Folder(out, "PBP-26-0091 Coldwater", urn)
    ST = lambda **o: sys_style("TIDEMARK", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DS 1544 Graham TULLY"

    mg3 = [
        ("title", "MG3: Report to Crown Prosecutor for a Charging Decision"),
        ("kv", [("URN", urn), ("Force / OCU", "Pennine Borders Police - Major Crime (RASSO), Brackenridge"),
                ("Suspect", "Kyle Dean BARROWS, born 02/06/1994"),
                ("Offence", "Rape (SOA 2003 s.1), Coldwater Recreation Ground, Brackenridge, 18/04/2026 c. 23:20"),
                ("Test", "FULL CODE TEST requested"),
                ("Bail status", "Pre-charge bail to 30/07/2026. Conditions: live and sleep at 41 Tanner Row, Holme Bridge; "
                                "curfew 21:00-06:00 (doorstep); not to enter the Coldwater ward of Brackenridge "
                                "(map exhibited on the bail record); not to contact Ellie MARSH directly or indirectly.")],
         "table"),
        ("h", "Summary"),
        ("ul", ["Ellie MARSH (19) was walking home from a friend's house. CCTV on Mill Road (DF/1) shows a man following "
                "her from the bus stop at 23:12. She cut through Coldwater Recreation Ground. She says a man grabbed "
                "her from behind, dragged her behind the cricket pavilion and raped her (penile-vaginal), then ran "
                "towards the Holme Bridge end. She did not see his face clearly.",
                "At 23:31 she rang her mother from the rec, crying, and said a man had attacked and raped her. Her "
                "mother rang 999 at 23:33 (SW/1) and drove to the rec. Her mother's statement is attached.",
                "PC 3390 COOKE and PC 4127 ARMITAGE were first on scene at 23:41. PC COOKE's BWV (NC/1) shows her "
                "distress and first account to police.",
                "ABE interview 19/04/2026 (JPR/1), summary attached. SARC at Hollybank 19/04/2026; FME Dr Peter LOWE "
                "found grazes to her back and a bruise on her left upper arm (statement attached).",
                "Forensic: semen on the high vaginal swab; DNA profile matched on the NDNAD to Kyle BARROWS "
                "(statement of Dr Helen CARVER). Reference sample taken on arrest confirms the match."]),
        ("h", "Suspect's account"),
        ("ul", ["Arrested 02/05/2026; interviewed with a solicitor (ROTI attached).",
                "First interview: denies being in Brackenridge that night, denies knowing her; says he was at home.",
                "Second interview after disclosure of the DNA result: no comment.",
                "Likely defence: either identity (challenge to the DNA) or, if he changes his account, consent."]),
        ("h", "Lines of enquiry - including those that could point away from the suspect"),
        ("ul", ["CCTV Mill Road (DF/1): the follower's face is not visible; clothing (dark hooded top, light trainers) "
                "is consistent with clothing seized from the suspect's home but not distinctive. Neutral.",
                "Suspect's phone cell-site (18/04/2026 22:00 - 19/04/2026 01:00 only): the phone used a mast that serves "
                "both the recreation ground and his home. This neither supports nor undermines his alibi; the full "
                "analyst report is outstanding (below).",
                "Alibi: he says he was home alone; no one can confirm or deny it. His partner was away (confirmed); "
                "recorded.",
                "Identification procedure: not held. Ms MARSH says she would not recognise the man's face; a VIPER "
                "would serve no purpose.",
                "Alternative suspect: an unidentified man reported for indecent exposure near the rec on 04/04/2026 was "
                "identified (Liam FOY) and eliminated - his DNA does not match. Recorded on MG6C.",
                "Her phone was not examined. She did not know the suspect and there is no communication between them "
                "to look for; her call to her mother is confirmed by her mother and the 999 call.",
                "House-to-house, Coldwater Road and Pavilion Close: one resident heard a scream about 23:20 (statement "
                "not needed - adds nothing beyond time; on MG6C)."]),
        ("h", "Outstanding evidence (with target dates)"),
        ("ul", ["Cell-site analyst's full report - Northgate Telecoms Analysis, commissioned 20/05/2026, target 31/07/2026.",
                "Comparison of fibres from her coat with his hooded top - Northgate Forensics, target 14/08/2026.",
                "Neither is needed for a decision on the full code test: the DNA evidence answers identity."]),
        ("h", "Victim care"),
        ("ul", ["Special measures: MG2 attached. She wants the ABE as evidence in chief and s.28 pre-recorded "
                "cross-examination; screens if any live hearing. No intermediary needed: no communication needs.",
                "Needs: she is frightened to go out after dark; her mother is her main support. No interpreter.",
                "ISVA: referred by Hollybank SARC on 19/04/2026 (ISVA Kerry MOSS, Pennine ISVA Partnership).",
                "VPS: offered on 19/04/2026 and again 10/06/2026; she will decide after the charging decision."]),
        ("h", "Early advice"),
        ("p", "Sought on 05/05/2026 after the DNA match; advice received by e-mail 08/05/2026 (attached)."),
        ("h", "Disclosure"),
        ("ul", ["MG6C, MG6D and MG6E attached.",
                "Rebuttable presumption material attached: TIDEMARK incident log 1377, TIDEMARK crime record, the 999 call "
                "(SW/1) and BWV (NC/1) which record her first complaint, and witness PNC checks.",
                "Consent: she signed consent at Hollybank for the release of the SARC/FME records to police and CPS."]),
        ("kv", [("OIC", f"{oic}, Major Crime Brackenridge - tel 01632 960154 - graham.tully@pbpolice.example"),
                ("Reviewed by", "DI 0718 Sian HOLT, 24/06/2026 - endorsed for submission")], "table"),
    ]
    F.pdf("MG3_BARROWS.pdf", mg3, dict(font="Helvetica", size=9.5, head_left="OFFICIAL - SENSITIVE", head_right=f"MG3  {urn}",
                                          foot="page {page}/{nb}", h_style="underline"), d(6, 24), "MG3")

    F.eml("RE Early advice request - BARROWS.eml", dtype=["EARLY_ADVICE", "CORRESPONDENCE"],
          frm="Owen LAKE <owen.lake@cps.example>", to="Graham TULLY <graham.tully@pbpolice.example>",
          subject=f"RE: Early advice request - {urn} - BARROWS",
          date_str="Fri, 08 May 2026 16:12:09 +0100",
          body=("Graham,\n\nThank you for the early advice request. My advice:\n\n"
                "1. The DNA result is the core of the case. Please obtain a full evaluative statement from the "
                "scientist rather than an SFR1, given identity is in issue.\n"
                "2. Cell-site: limit the request to 22:00-01:00 on 18-19 April. Please do not download the whole "
                "handset.\n"
                "3. I agree there is no need to examine the complainant's phone.\n"
                "4. Please eliminate the indecent exposure suspect if you can.\n\n"
                "Once 1, 2 (a holding position is fine) and 4 are done, submit for a full code test decision.\n\n"
                "Owen Lake\nSenior Crown Prosecutor, RASSO Unit, CPS Pennine\n01632 960900\n"))

    F.video("JPR1 MARSH ABE.mp4", "ABE_RECORDING", kind="abe", seconds=5,
            caption="PBP VRI Brackenridge  19/04/2026  JPR/1", start_hms=(15, 0, 40), seed=41)
    summ = [("title", "ABE SUMMARY / INDEX"),
            ("kv", [("Witness", "Ellie MARSH (19)"), ("Date", "19/04/2026 15:00-16:04"),
                    ("Interviewer", "DC 2650 Joanne PRIESTLEY"), ("Exhibit", "JPR/1"), ("URN", urn)], "table"),
            ("table", ["From", "To", "Content"], [
                ["00:00", "00:05", "Introductions; explanation; she agrees to continue despite tiredness."],
                ["00:05", "00:14", "Evening at friend's house on Mill Road; bus; getting off at 23:10; noticed a man behind her."],
                ["00:14", "00:26", "Cut through the rec; grabbed from behind; hand over mouth; dragged behind the pavilion; pushed face down on grass."],
                ["00:26", "00:38", "Rape: her leggings pulled down; penile penetration of vagina; he said 'keep quiet'; she could smell cigarettes."],
                ["00:38", "00:47", "He ran towards Holme Bridge. She phoned her mum. Description: taller than her, dark hoodie, light trainers; did not see his face."],
                ["00:47", "01:04", "Clarification; injuries; s.28 and screens discussed; closure."]], [0.1, 0.1, 0.8])]
    F.rtf("ABE index MARSH.rtf", summ, ST(font="Serif", size=10), d(4, 20), "ABE_SUMMARY")

    sysl = "TIDEMARK statement - Pennine Borders Police"
    jpb = [
        "I am a Detective Constable in Pennine Borders Police, trained to ABE standard.",
        "On Sunday 19th April 2026 between 15:00 and 16:04 hours at the Brackenridge video interview suite I "
        "conducted a video-recorded interview with Ellie MARSH. DS 1544 TULLY monitored.",
        "I produce the recording of that interview as exhibit JPR/1. A working copy has been made for the file and "
        "the master is sealed and held in the property store.",
    ]
    F.rtf("DC PRIESTLEY MG11.rtf",
          mg11(urn, dict(name="Joanne PRIESTLEY", occ="Detective Constable 2650", date="19/04/2026"), jpb,
               ("signed", "J. Priestley DC2650"), system_line=sysl, layout="table"),
          ST(font="Serif", size=10.5), d(4, 19, 17), "MG11", "officer")

    ncb = [
        "I am a police constable with Pennine Borders Police. At 23:34 hours on Saturday 18th April 2026 I was on "
        "mobile patrol with PC 4127 ARMITAGE when we were sent to Coldwater Recreation Ground to a report of a "
        "rape. My body-worn camera was activated at 23:39 hours as we approached.",
        "We arrived at 23:41 hours and were the first police at the scene. Near the cricket pavilion I found a "
        "young woman, Ellie MARSH, sitting on the ground with her mother, who had just arrived. She was crying, "
        "her leggings were muddy and she had grass in her hair.",
        "I asked her what had happened. She said 'A man grabbed me from behind and dragged me round there and "
        "raped me. He ran off that way,' pointing towards the Holme Bridge end. She described him as taller than "
        "her, wearing a dark hoodie and light trainers. I circulated this.",
        "I preserved the area behind the pavilion as a scene until relieved by PC 4127 ARMITAGE and the CSI.",
        "I produce the body-worn video from my camera for 23:39-00:05 hours as exhibit NC/1.",
    ]
    F.rtf("PC COOKE 3390.rtf",
          mg11(urn, dict(name="Nathan COOKE", occ="Police Constable 3390", date="19/04/2026"), ncb,
               ("text", "[signed]"), system_line=sysl, layout="table", decl=1),
          ST(font="Serif", size=10.5), d(4, 19, 4), "MG11", "officer")

    swb = [
        "I am a control room supervisor employed by Pennine Borders Police at the Force Control Room, Brackenridge.",
        "Emergency calls to the control room are recorded automatically and stored on the call recording system. "
        "On 21st April 2026, at the request of DS TULLY, I retrieved the recording of the 999 call received at "
        "23:33 hours on 18th April 2026 from a woman who gave her name as Karen MARSH (incident 1377). I copied it "
        "to a disc, which I produce as exhibit SW/1. The copy is a true copy of the recording held.",
    ]
    F.rtf("WALSH control room.rtf",
          mg11(urn, dict(name="Steven WALSH", occ="Control room supervisor (police staff)", date="21/04/2026"), swb,
               ("sgd", "S WALSH"), system_line=sysl, layout="table"),
          ST(font="Serif", size=10.5), d(4, 21, 12), "MG11", "witness")

    dfb = [
        "I am a CCTV operator employed by Brackenridge Borough Council at the council's CCTV control centre.",
        "The camera on Mill Road at its junction with Coldwater Road (camera 14) records continuously. The time on "
        "the system is synchronised daily and was accurate on 18th April 2026.",
        "On 19th April 2026 at the request of police I reviewed and downloaded footage from camera 14 for 23:05 to "
        "23:20 hours on 18th April 2026 and produce it as exhibit DF/1. It shows a young woman walking from the bus "
        "stop towards the recreation ground and, about twenty metres behind her, a man in a dark hooded top and "
        "light trainers walking the same way.",
    ]
    F.rtf("FOSTER council CCTV.rtf",
          mg11(urn, dict(name="Dean FOSTER", occ="CCTV operator, Brackenridge Borough Council", date="19/04/2026"), dfb,
               ("signed", "D Foster"), system_line=sysl, layout="table"),
          ST(font="Serif", size=10.5), d(4, 19, 18), "MG11", "witness")

    ahb = [
        "I work as a crisis worker at Hollybank Sexual Assault Referral Centre, Brackenridge.",
        "On Sunday 19th April 2026 at 09:40 hours I welcomed Ellie MARSH, who was brought to the centre by DC "
        "PRIESTLEY with her mother. I explained the services of the centre and what a forensic medical examination "
        "involves. She gave written consent to the examination and to the release of the records to the police and "
        "CPS, which I witnessed.",
        "I was present during the examination by Dr LOWE as her supporter. Afterwards I collected the clothing she "
        "had been wearing - leggings, knickers, a grey coat and a T-shirt - and sealed each item in a separate bag in "
        "her presence. I produce these as AH/1 to AH/4 and handed them to DC PRIESTLEY at 12:15 hours.",
        "With her consent I referred her to the Pennine ISVA Partnership the same day.",
    ]
    F.rtf("Hollybank crisis worker HUSSAIN.rtf",
          mg11(urn, dict(name="Amira HUSSAIN", occ="Crisis worker, Hollybank SARC", date="19/04/2026"), ahb,
               ("signed", "A. Hussain"), system_line=sysl, layout="table"),
          ST(font="Serif", size=10.5), d(4, 19, 13), "MG11", "witness")

    plb = [
        "I am a registered medical practitioner and a Fellow of the Faculty of Forensic and Legal Medicine. I have "
        "worked as a forensic physician at Hollybank SARC for eleven years.",
        "On 19th April 2026 between 10:05 and 11:50 hours I examined Ellie MARSH at Hollybank SARC with her written "
        "consent. She gave me a brief history of being grabbed from behind and raped on grass the previous night.",
        "Findings: multiple linear grazes across the lower back, up to 6 cm long, consistent with being pushed or "
        "dragged over a rough surface; a 3 cm bruise on the back of the left upper arm consistent with a gripping "
        "force; a 0.5 cm superficial tear at the posterior fourchette. The genital injury is consistent with her "
        "account of penetration; such injuries can also occur in consensual intercourse, so it does not of itself "
        "show the absence of consent.",
        "I took samples which I produce as PL/1 (high vaginal swab), PL/2 (low vaginal swab), PL/3 (external swab), "
        "PL/4 (blood) and PL/5 (urine), and handed them to DC PRIESTLEY at 12:10 hours.",
        "I understand my duty to the court to give objective and unbiased evidence within my expertise, and I have "
        "complied with that duty.",
    ]
    F.rtf("FME Dr LOWE statement.rtf",
          mg11(urn, dict(name="Dr Peter LOWE", occ="Forensic physician", date="23/04/2026"), plb,
               ("signed", "P. Lowe"), system_line=None, layout="table"),
          dict(font="Serif", size=10.5, head_left="OFFICIAL-SENSITIVE", head_right="MG 11",
               foot="Page {page} of {nb}"), d(4, 23), "MG11", "expert")

    hcb = [
        "I am a forensic scientist employed by Northgate Forensics. I hold a degree in Biochemistry and a PhD in "
        "molecular genetics and I have reported on DNA evidence in criminal cases for fourteen years.",
        "On 22nd April 2026 I received the high vaginal swab PL/1, taken from Ellie MARSH, sealed and intact.",
        "Semen was present on PL/1. I obtained a DNA profile from the sperm fraction which was a single-source male "
        "profile. On 30th April 2026 this profile was searched against the National DNA Database and matched the "
        "profile of Kyle Dean BARROWS. I then compared it with his reference sample (GT/3), taken on 02/05/2026: the "
        "profiles match at all the areas tested.",
        "In my opinion the findings are approximately one billion times more likely if the semen came from Kyle "
        "BARROWS than if it came from an unknown person unrelated to him. My findings do not address when or how "
        "intercourse took place, or whether it was consensual.",
        "I understand my duty to the court under Part 19 of the Criminal Procedure Rules and have complied with it. "
        "The contents of this statement are true to the best of my knowledge and belief.",
    ]
    F.pdf("Northgate CARVER MG11.pdf",
          mg11(urn, dict(name="Dr Helen CARVER", occ="Forensic scientist, Northgate Forensics", date="12/05/2026"),
               hcb, ("text", "H. Carver (signed)"), layout="table"),
          dict(font="Times", size=10.5, head_left="Northgate Forensics  -  Statement of witness",
               head_right="MG11", foot="NGF/26/04417  Page {page} of {nb}"), d(5, 12), "MG11", "expert")

    kmb = [
        "I am Ellie MARSH's mother. Ellie lives with me at home in Brackenridge.",
        "On the evening of Saturday 18th April 2026 Ellie was at her friend Holly's house on Mill Road. She texted "
        "me at about 11pm to say she was getting the bus home.",
        "At 11:31pm my mobile rang and it was Ellie. She was screaming and crying. She said 'Mum, a man's attacked "
        "me, he raped me, I'm at the rec, behind the pavilion.' I told her to stay on the phone but she hung up.",
        "I rang 999 from the landline at 11:33pm and told them what she had said, then drove to the rec, which is "
        "about five minutes away. I found her sitting on the ground behind the pavilion. She was shaking, her "
        "leggings were covered in mud and her coat was torn at the back. She kept saying 'I couldn't stop him.' The "
        "police arrived a couple of minutes after me.",
        "Since that night Ellie has not gone out on her own after dark.",
    ]
    mum = mg11(urn, dict(name="Karen MARSH", occ="School administrator", date="20/04/2026"), kmb,
               ("image", sig_image("K Marsh", 4199)), layout="lines", decl=0, continuation=True, pages=2)
    F.photos(["IMG_4471.jpg", "IMG_4472.jpg"], mum,
             dict(font="Serif", size=13, head_right="MG 11", head_left="OFFICIAL-SENSITIVE (when complete)",
                  foot="Page {page} of {nb}"), "2026:04:20 19:02:11", 4471, dtype="MG11", role="first_account")

    # multimedia
    F.video("DF1 Mill Rd cam14 2305-2320.mp4", "CCTV", kind="cctv", seconds=6, codec="mpeg4", audio=False,
            caption="BBC CCTV CAM14 MILL RD/COLDWATER RD 18/04/26 DF/1", start_hms=(23, 12, 4), seed=42)
    F.video("NC1_BWV_PC3390.mp4", "BWV", kind="bwv", seconds=4,
            caption="PBP BWV PC3390 18-04-2026 NC/1", start_hms=(23, 41, 2), seed=43)
    F.audio("SW1 999 call 2333.wav", "CALL_999", 4, 44, "wav")

    roti = [("title", "RECORD OF TAPED INTERVIEW (ROTI)"),
            ("kv", [("URN", urn), ("Interviewee", "Kyle Dean BARROWS (02/06/1994)"),
                    ("Interview 1", "02/05/2026 15:10-15:48, Brackenridge custody"),
                    ("Interview 2", "02/05/2026 19:30-19:52 (after further disclosure of the DNA result)"),
                    ("Officers", f"{oic}; DC 2650 PRIESTLEY"), ("Solicitor", "Mr D. KHAN, Khan Moss Solicitors")], "table"),
            ("h", "Interview 1 - summary"),
            ("p", "He says he spent 18/04/2026 at home at 41 Tanner Row, Holme Bridge, alone, because his partner was at "
                  "her sister's. He watched football and went to bed about midnight. He does not go to Brackenridge and "
                  "has never been on Coldwater rec. He does not know Ellie MARSH. He owns a dark grey hoodie and white "
                  "trainers like 'half the town'. Asked whether anyone could confirm he was home: 'No.'"),
            ("h", "Interview 2 - summary"),
            ("p", "Told that semen matching his DNA profile was found on a swab taken from the complainant. On his "
                  "solicitor's advice he replied 'no comment' to all questions, including whether he had had sex "
                  "with her and whether it could have been consensual.")]
    F.pdf("ROTI BARROWS 02-05-2026.pdf", roti, ST(), d(5, 3), "ROTI")
    F.pdf("PNC BARROWS.pdf", [("mono", [
        "TIDEMARK > PNC GATEWAY                          19/06/2026 09:41  USER 1544",
        "BARROWS, KYLE DEAN   DOB 02/06/1994   PNCID 12/0558120D",
        "CONVICTIONS 1  CAUTIONS 0",
        "  14/10/2015  HEXLEY CROWN COURT",
        "  BURGLARY DWELLING WITH INTENT TO STEAL (THEFT ACT 1968 S.9(1)(A))",
        "  12 MONTHS IMPRISONMENT SUSPENDED 24 MONTHS; UNPAID WORK 120 HRS",
        "DNA: RETAINED (NDNAD)   FINGERPRINTS: RETAINED",
        "BAIL: PRE-CHARGE BAIL PBP 02/05/2026 - CONDITIONS RECORDED",
        "END OF REPORT"], 9)], ST(), d(6, 19, 9, 45), "PNC")
    wp = [("title", "PNC checks on prosecution witnesses"),
          ("table", ["Name", "Role in case", "Result (19/06/2026)"], [
              ["Ellie MARSH", "Complainant", "No trace"],
              ["Karen MARSH", "Mother - first complaint", "No trace"],
              ["Dean FOSTER", "Council CCTV operator", "No trace"],
              ["Amira HUSSAIN", "SARC crisis worker", "No trace"],
              ["Dr Peter LOWE", "Forensic physician", "No trace"],
              ["Dr Helen CARVER", "Forensic scientist", "No trace"]], [0.3, 0.35, 0.35]),
          ("p", "Police staff and officers: no convictions or misconduct findings to disclose.")]
    F.rtf("witness PNC.rtf", wp, ST(), d(6, 19, 10), "PNC")

    mg2 = [("title", "MG2 - Special measures assessment"),
           ("kv", [("URN", urn), ("Witness", "Ellie MARSH"), ("Category", "Intimidated - complainant in a sexual offence, s.17(4)"),
                   ("Assessed by", "DC 2650 PRIESTLEY, 19/04/2026; reviewed DS TULLY 10/06/2026")], "table"),
           ("ul", ["Evidence in chief: ABE recording (s.27) - she agrees.",
                   "Cross-examination: she wants it pre-recorded under s.28.",
                   "Screens (s.23) at any live hearing; she does not want to see the defendant.",
                   "Intermediary: not required - articulate, no communication or cognitive needs.",
                   "Supporter: her ISVA, Kerry MOSS."])]
    F.pdf("MG2 MARSH.pdf", mg2, dict(font="Helvetica", size=10, head_right="MG2", foot="Page {page} of {nb}"), d(6, 10), "MG2")

    rows = [
        ["1", "TIDEMARK incident log 1377, 18/04/2026 (999 call by mother; attendance)", "With file"],
        ["2", "TIDEMARK crime record PB/26/0091 with investigation log", "With file"],
        ["3", "House-to-house, Coldwater Road and Pavilion Close, 19-20/04/2026: 23 addresses; one resident heard a scream about 23:20", "MCU Brackenridge"],
        ["4", "Scene log and CSI notes, Coldwater rec, 18-19/04/2026", "MCU Brackenridge"],
        ["5", "Indecent exposure report 04/04/2026 (PB/26/0077) and elimination of Liam FOY by DNA, 15/05/2026", "MCU Brackenridge"],
        ["6", "Full 999 call recording (SW/1 is a copy of the whole call)", "FCR"],
        ["7", "Full BWV of PC COOKE 23:39-00:41 (NC/1 is the relevant part to 00:05)", "Evidence store"],
        ["8", "Mill Road camera 14, full download 22:00-01:00 (DF/1 is the relevant clip)", "MCU Brackenridge"],
        ["9", "Custody record BARROWS 02/05/2026", "Custody"],
        ["10", "Search record 41 Tanner Row 02/05/2026; items seized listed on MG12", "MCU Brackenridge"],
        ["11", "Statement of partner's sister confirming partner stayed with her 17-19/04/2026 (note only)", "MCU Brackenridge"],
        ["12", "Cell-site request (parameters 18/04 22:00 - 19/04 01:00) and interim analyst note", "MCU Brackenridge"],
        ["13", "ABE interview plan 19/04/2026", "MCU Brackenridge"],
        ["14", "Early advice request and reply, 05/05-08/05/2026", "With file"],
        ["15", "PNC checks on prosecution witnesses, 19/06/2026", "With file"]]
    F.pdf("MG6C BARROWS.pdf", [("title", "MG6C  Police Schedule of Non-Sensitive Unused Material"),
                                ("kv", [("URN", urn), ("R v", "BARROWS"), ("Disclosure officer", oic), ("Date", "24/06/2026")], "table"),
                                ("table", ["No", "Description", "Location"], rows, [0.07, 0.7, 0.23])],
          ST(font="Helvetica"), d(6, 24, 11), "MG6C")
    F.rtf("MG6D BARROWS.rtf", [("title", "MG6D - Police Schedule of Sensitive Material"),
                                ("kv", [("URN", urn), ("R v", "BARROWS")], "lines"),
                                ("table", ["No", "Description", "Reason"], [
                                    ["1", "Hollybank SARC records and body diagrams", "Medical confidentiality"],
                                    ["2", "Complainant's personal details", "Privacy and safety of complainant"],
                                    ["3", "NDNAD match report (intelligence format)", "Database security; evidential result is in Dr CARVER's statement"]],
                                 [0.08, 0.5, 0.42])], ST(), d(6, 24, 11, 10), "MG6D")
    F.rtf("MG6E BARROWS.rtf", [("title", "MG6E - Disclosure Officer's Report"),
                                ("kv", [("URN", urn), ("Disclosure officer", oic)], "lines"),
                                ("p", "No material on the MG6C or MG6D has been identified as undermining the prosecution or "
                                      "assisting the defence, other than the rebuttable presumption items (MG6C 1, 2, 15), "
                                      "which are with the file. MG6C 12 (the interim cell-site note) is neutral - it neither "
                                      "undermines nor assists - and its effect is summarised in the MG3. MG6C 5 (elimination of "
                                      "another man) has been considered and does not assist the defence, as he was excluded by DNA."),
                                ("p", "Signed G. TULLY DS 1544, 24/06/2026")], ST(), d(6, 24, 11, 20), "MG6E")
    F.rtf("MG12 BARROWS.rtf", [("title", "MG12 - EXHIBIT LIST"), ("kv", [("URN", urn)], "lines"),
                                ("table", ["Ref", "Description", "Produced by"], [
                                    ["JPR/1", "ABE recording, Ellie MARSH, 19/04/2026", "DC PRIESTLEY"],
                                    ["NC/1", "BWV, PC COOKE, 23:39-00:05", "PC COOKE"],
                                    ["SW/1", "999 call recording 23:33, 18/04/2026", "Steven WALSH"],
                                    ["DF/1", "CCTV camera 14 Mill Road 23:05-23:20", "Dean FOSTER"],
                                    ["AH/1-AH/4", "Clothing of Ellie MARSH", "Amira HUSSAIN"],
                                    ["PL/1-PL/5", "SARC samples", "Dr Peter LOWE"],
                                    ["GT/3", "Reference DNA sample, BARROWS", "DS TULLY"],
                                    ["GT/4", "Dark grey hooded top, seized 02/05/2026", "DS TULLY"]], [0.15, 0.55, 0.3])],
          ST(), d(6, 24, 11, 30), "MG12")
    log = [("title", "TIDEMARK CAD - INCIDENT 1377 - 18/04/2026"),
           ("mono", ["TIME  OPER   NARRATIVE",
                     "2333  FCR14  999 LANDLINE. CALLER KAREN MARSH. DAUGHTER ELLIE 19 RANG HER 2331 SAYING MAN ATTACKED",
                     "             AND RAPED HER AT COLDWATER REC BEHIND PAVILION. CALLER DRIVING THERE NOW.",
                     "2334  FCR14  GRADE 1. SEXUAL OFFENCE - RAPE. OFFENDER DIRECTION UNKNOWN",
                     "2334  DISP   BR31 (PC3390/PC4127) DEPLOYED",
                     "2341  BR31   ON SCENE. VICTIM WITH MOTHER. OFFENDER WM TALLER THAN VIC DARK HOODIE LIGHT TRAINERS",
                     "             RAN TOWARDS HOLME BRIDGE",
                     "2343  DISP   DESCRIPTION CIRCULATED. DOG UNIT REQUESTED",
                     "2350  BR31   SCENE PRESERVED BEHIND PAVILION. BWV RUNNING",
                     "0012  DOG1   TRACK NEGATIVE",
                     "0105  DS1544 MCU INFORMED. SARC HOLLYBANK 0930",
                     "0230  DISP   CRIME PB/26/0091. LOG CLOSED"])]
    F.rtf("TIDEMARK CAD 1377.rtf", log, ST(), d(4, 19, 2, 30), "INCIDENT_LOG")
    cr = [("title", "TIDEMARK RECORDS - CRIME PB/26/0091"),
          ("table", ["Field", "Value"], [
              ["URN", urn], ["Offence", "Rape of female 16 or over - SOA 2003 s.1"],
              ["Date/time", "18/04/2026 approx 23:20"], ["Location", "Coldwater Recreation Ground, Brackenridge"],
              ["Victim", "MARSH, Ellie - F - 19 - White British - no disability recorded"],
              ["Suspect", "BARROWS, Kyle Dean - M - 31 - arrested 02/05/2026 - bailed"],
              ["First complaint", "To mother by phone 23:31; mother 999 23:33"],
              ["OIC", oic], ["Status", "Submitted to CPS 24/06/2026"]], [0.25, 0.75]),
          ("h", "Investigation summary"),
          ("p", "Stranger rape. NDNAD match 30/04/2026. Arrest 02/05/2026. Bail with conditions. Early advice 08/05. "
                "Experts' statements obtained. Cell-site and fibre comparison outstanding with target dates.")]
    F.rtf("TIDEMARK crime PB-26-0091.rtf", cr, ST(), d(6, 24, 9), "CRIME_REPORT")

    F.exit = 0
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "one_urn"]
    return F



# ===========================================================================
# C5  Op LARCH  (Eastwick Vale Police, BRAMBLE, DOCX tables)  -- compliant
#     vulnerable complainant (learning disability): intermediary, s.28; first
#     account to a day-centre support worker ("a support worker" in the MG3);
#     a proper, reasoned third-party request with written notice to her;
#     RUI with reasons; scanned intermediary report.
# ===========================================================================
def case_larch(out):
    urn = "74EV0227326"
    F = Folder(out, "Op LARCH", urn)
    ST = lambda **o: sys_style("BRAMBLE", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 1633 Nicola BAXTER"

    mg3 = [
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("table", ["URN", "Suspect", "Offence(s)", "Decision sought"], [
            [urn, "PIKE, Jason Lee (14/08/1990)",
             "Rape, SOA 2003 s.1, 09/05/2026, 3 Orchard Mews, Eastwick. The CPS may also wish to consider s.30 "
             "(sexual activity with a person with a mental disorder impeding choice).",
             "Full Code Test"]], [0.18, 0.22, 0.42, 0.18]),
        ("h", "Custody / bail"),
        ("p", "Released under investigation on 12/05/2026. Bail was considered and was not necessary and proportionate: "
              "the suspect moved to his brother's address in Northfield the same day, Tamsin GREAVES moved into "
              "supported accommodation with 24-hour staff on 12/05/2026, and adult social care have a safeguarding "
              "plan in place. He has made no attempt to contact her. No orders are in force."),
        ("h", "Key evidence"),
        ("table", ["Evidence", "Source", "Summary"], [
            ["ABE interview with intermediary", "NB/1 (14/05/2026), summary attached",
             "Tamsin (27, mild learning disability) describes Jason 'doing sex' to her on the Saturday night in the bedroom "
             "when she said 'stop' and 'no'; she demonstrates pushing him with her hands; he held her arms."],
            ["First account", "Support worker at the day centre (statement attached)",
             "On Monday 11/05/2026 she told her support worker 'Jason hurt me in my private parts, I said stop and he didn't'."],
            ["First officer", "PC 2077 AYRES (statement attached)", "Attended the day centre at 12:20 on 11/05/2026; her words and demeanour."],
            ["Forensic", "SFR1 16/06/2026", "Semen on the high vaginal swab taken 11/05/2026; DNA matches the suspect."],
            ["Medical", "Linden Centre SARC FME summary", "Bruising to both forearms consistent with gripping."]],
         [0.22, 0.28, 0.5]),
        ("h", "Suspect's account"),
        ("p", "Interviewed 11/05/2026 with a solicitor (ROTI attached). He denies having sex with her on Saturday 09/05; "
              "says they last had sex 'about a week before' and it was always consensual; says Tamsin 'gets her days "
              "mixed up' and that her bruises came from her falling against the wardrobe. Likely defence: denial that "
              "intercourse took place on 09/05; alternatively consent."),
        ("h", "Lines of enquiry"),
        ("ul", ["Persistence of semen (does it fit intercourse on 09/05 rather than a week earlier?) - evaluative "
                "statement requested; outstanding, see below. This could point either way.",
                "His claim she fell against the wardrobe: FME asked - the forearm bruises are more typical of gripping; "
                "the FME does not exclude a fall. Disclosed.",
                "Whether she muddles days: the day-centre attendance register and her support worker both place her "
                "disclosure on Monday 11/05 about 'Saturday'; her care records were requested (see third-party "
                "request below) to understand her memory and communication, which is also relevant to the s.30 "
                "alternative. The records have been received and reviewed; nothing in them undermines her account.",
                "Neighbours at Orchard Mews (4 addresses): nothing heard. On MG6C.",
                "His brother, with whom he says he was drinking until 21:00 on 09/05: spoken to 20/05/2026 - confirms "
                "he left at about 21:00, which does not conflict with her account (after 22:00). On MG6C.",
                "Phones: neither phone was examined. There is no suggestion of messages about the incident; she does "
                "not use messaging apps. This was agreed in early advice.",
                "Counselling: she has had none. No other third-party material has been sought."]),
        ("h", "Outstanding evidence"),
        ("table", ["Item", "Status", "Target date"], [
            ["Evaluative statement on semen persistence (Dr R. IQBAL, Linden Forensic Science)", "Commissioned 18/06/2026", "21/08/2026"]],
         [0.6, 0.22, 0.18]),
        ("h", "Third-party material"),
        ("p", "Request to Eastwick Vale Council Adult Social Care (20/05/2026, attached) for her care and support plan and "
              "any mental capacity or communication assessments, 01/01/2025 to 20/05/2026 only. Reasons and "
              "proportionality are set out in the request. Tamsin was given written notice in easy-read form on "
              "20/05/2026 before the request was sent, with her support worker and the intermediary present (copy "
              "attached)."),
        ("h", "Victim and witness needs"),
        ("ul", ["Vulnerable witness, s.16 YJCEA (learning disability). Registered intermediary Fiona GRANT assessed her "
                "on 12/05/2026 (report attached) and assisted at the ABE.",
                "Special measures sought: ABE as evidence in chief; s.28 pre-recorded cross-examination (she and her "
                "advocate want this); intermediary at s.28 and trial; screens; ground rules hearing. MG2 attached.",
                "Communication: short questions, one idea at a time, visual timeline; breaks every 20 minutes.",
                "Support: specialist learning-disability ISVA (Hannah COLE, Eastwick ISVA Service) - referred 12/05/2026.",
                "VPS: explained in easy-read form; she made a short VPS on 02/06/2026 with her support worker present (attached).",
                "Interpreter: not needed."]),
        ("h", "Early advice"),
        ("p", "Sought 18/05/2026; advice from CPS 22/05/2026 (record attached); all points actioned."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D, MG6E attached. Rebuttable presumption material attached: BRAMBLE crime report, the contact log "
              "of the day centre's call (which records her first complaint as relayed), a photo of PC AYRES's notebook "
              "page with her words and PNC checks on civilian witnesses."),
        ("table", ["OIC", "Phone", "E-mail", "Supervisor"], [
            [oic, "01632 960633", "nicola.baxter@eastwickvale.police.example", "DS 2290 Ian ROURKE - endorsed 29/06/2026"]],
         [0.25, 0.18, 0.32, 0.25]),
    ]
    F.docx("MG3_LARCH_v2.docx", mg3, ST(head_right="MG3"), d(6, 29), "MG3")

    ea = [("title", "CPS Early Advice - record"),
          ("table", ["URN", "Requested", "Advice", "Prosecutor"], [[urn, "18/05/2026", "22/05/2026", "Mair EVANS, SCP"]],
           [0.25, 0.2, 0.2, 0.35]),
          ("ol", ["Request the adult social care records for care plan and capacity/communication assessments only, "
                  "with written notice to her first; do not seek wider records.",
                  "No phone examination is needed on present information.",
                  "Obtain an evaluative opinion on persistence if the suspect maintains the last intercourse was a week earlier.",
                  "Ensure the intermediary's assessment report is on file and an MG2 is completed with s.28 sought."])]
    F.docx("EA record LARCH.docx", ea, ST(), d(5, 22), "EARLY_ADVICE")
    F.photo("IMG_1808.jpg", [
        ("small", "PC 2077 AYRES   p.18"),
        ("p", "Mon 11/05/26  1220 Oakfield Day Centre, quiet room. GREAVES Tamsin + L. FROST (support worker)."),
        ("p", "Tearful, arms crossed. Asked simply what happened."),
        ("p", "1226 Her words: \"Jason did sex when I said stop.\"  When? \"Saturday night.\""),
        ("p", "No further questions - ABE/intermediary. Bruises both forearms, fingertip size."),
        ("p", "1240 SARC Linden 1600 arranged."),
        ("sig", dict(label="", text="D Ayres 2077", date=""))], dict(font="Serif", size=15, margin=22),
        "2026:05:11 12:48:03", 2077, dtype=["OTHER"], check=False)

    F.video("NB1 GREAVES ABE 14-05-2026.mp4", "ABE_RECORDING", kind="abe", seconds=4,
            caption="EVP Achieving Best Evidence suite 14/05/2026 NB/1", start_hms=(11, 0, 5), seed=51)
    F.docx("ABE summary NB1.docx", [
        ("title", "Video recorded interview - index/summary"),
        ("table", ["Field", "Detail"], [["Witness", "Tamsin GREAVES (27) - vulnerable adult"], ["Date", "14/05/2026 11:00-11:52"],
                                        ["Interviewer", "DC 1633 BAXTER"], ["Intermediary", "Fiona GRANT (Registered Intermediary)"],
                                        ["Exhibit", "NB/1"]], [0.25, 0.75]),
        ("table", ["Time", "Summary"], [
            ["00:00", "Rapport using her photo book of the day centre; ground rules adapted by the intermediary."],
            ["00:09", "She lives with Jason. 'Saturday night' - they watched TV; went to bed."],
            ["00:15", "Jason 'did sex' to her. She said 'stop' and 'no'. He held her arms (she points to both forearms)."],
            ["00:24", "Uses body diagram; indicates vaginal penetration."],
            ["00:31", "Afterwards she cried in the bathroom. Sunday she stayed in bed. Monday she told Leanne at the centre."],
            ["00:40", "Timeline cards: places Saturday after 'Strictly' finished (after 22:00)."],
            ["00:48", "Closure; she says she wants to 'tell the judge on the telly' (s.28 discussed)."]], [0.12, 0.88])],
        ST(), d(5, 15), "ABE_SUMMARY")
    F.docx("ABE plan GREAVES.docx", [
        ("title", "ABE interview plan (with intermediary recommendations)"),
        ("table", ["Topic", "Plan"], [
            ["Witness", "Tamsin GREAVES, 27, mild learning disability"],
            ["Intermediary", "Fiona GRANT - assessment 12/05/2026"],
            ["Recommendations", "Short single-idea questions; no 'do you remember'; visual timeline cards; body diagram; breaks every 20 minutes"],
            ["Objectives", "Free account of Saturday 09/05; words used; what he did with his hands; what she did after; who she told"],
            ["Not to ask", "Sexual history beyond what she raises; leading questions about consent"]], [0.25, 0.75])],
        ST(), d(5, 13), "ABE_PLAN")

    sysl = "BRAMBLE Case Builder - statement"
    nbb = [
        "I am a Detective Constable with Eastwick Vale Police, in the Adult Safeguarding and RASSO team. I am "
        "trained to Achieving Best Evidence standard including interviews of vulnerable adults.",
        "On 14th May 2026 between 11:00 and 11:52 hours at the Eastwick ABE suite I conducted a video-recorded "
        "interview with Tamsin GREAVES, assisted by Fiona GRANT, a Registered Intermediary. DC 0871 WOOD monitored.",
        "I produce the recording as exhibit NB/1.",
        "On 20th May 2026, before the request to adult social care was sent, I went through an easy-read notice "
        "of that request with Tamsin, explaining what would be asked for and why. Her support worker and Ms GRANT "
        "were present. She said she understood and was 'okay with it'.",
    ]
    F.docx("MG11 BAXTER.docx",
           mg11(urn, dict(name="Nicola BAXTER", occ="Detective Constable 1633", date="20/05/2026"), nbb,
                ("signed", "N Baxter"), system_line=sysl), ST(), d(5, 20, 16), "MG11", "officer")
    lfb = [
        "I am a support worker at Oakfield Day Centre, Eastwick. I have supported Tamsin GREAVES at the centre "
        "three days a week for about two years. Tamsin has a learning disability; she communicates well in short "
        "sentences and likes routine.",
        "On Monday 11th May 2026 Tamsin arrived at about 09:30. She was very quiet and kept her coat on, which is "
        "unusual for her. At about 10:45 in the art room she asked to talk to me on my own. In the quiet room she "
        "said, 'Jason hurt me in my private parts. I said stop and he didn't.' I asked when and she said "
        "'Saturday, in the bed.' She showed me marks on her forearms. I did not ask any more questions.",
        "I told my manager, Mrs OYELOWO, straight away and at 11:05 she rang the police. I stayed with Tamsin until "
        "a police officer arrived at about 12:20.",
    ]
    F.docx("FROST support worker.docx",
           mg11(urn, dict(name="Leanne FROST", occ="Support worker, Oakfield Day Centre", date="11/05/2026"), lfb,
                ("text", "[signed]"), system_line=sysl,
                rear=rear_page("Leanne FROST", address="Oakfield Day Centre (work address)",
                               dates_avoid="None", taken="PC 2077 AYRES at Oakfield Day Centre, 11/05/2026 14:00")),
           ST(), d(5, 11, 15), "MG11", "first_account")
    dab = [
        "I am a police constable with Eastwick Vale Police. On Monday 11th May 2026 at 11:20 hours I was asked to "
        "attend Oakfield Day Centre where a vulnerable woman had disclosed a sexual assault to staff. I arrived at "
        "12:20 hours and was the first police officer to attend.",
        "In the quiet room I spoke to Tamsin GREAVES with her support worker Leanne FROST present. She was tearful "
        "and kept her arms crossed. I asked her in simple words what had happened. She said 'Jason did sex when I "
        "said stop.' I asked when and she said 'Saturday night.' I did not ask further questions because of her "
        "vulnerability and the need for an ABE interview with an intermediary. I noted her words at 12:26 hours.",
        "I saw bruises on both of her forearms, each about the size of a fingertip.",
        "I arranged for her to be taken to the Linden Centre SARC and informed the safeguarding team. At 15:40 "
        "hours I arrested Jason PIKE at 3 Orchard Mews.",
    ]
    F.docx("PC AYRES 2077.docx",
           mg11(urn, dict(name="Dominic AYRES", occ="Police Constable 2077", date="11/05/2026"), dab,
                ("sgd", "D. AYRES PC 2077"), system_line=sysl, decl=1), ST(), d(5, 11, 20), "MG11", "officer")

    # intermediary report: a scanned, signed paper report
    ir = [("title", "Registered Intermediary - Assessment Report"),
          ("kv", [("Witness", "Tamsin GREAVES"), ("Police ref / URN", urn), ("Assessment", "12/05/2026, Oakfield Day Centre"),
                  ("Registered Intermediary", "Fiona GRANT (RI no. 0417)")], "lines"),
          ("h", "Summary of communication needs"),
          ("p", "Tamsin understands short, concrete questions. She has difficulty with time concepts (days, 'before/after') "
                "and benefits from anchors (TV programmes, meals). She may agree with suggestions from people in "
                "authority. She tires after about 20 minutes."),
          ("h", "Recommendations for interview and court"),
          ("ul", ["One idea per question; avoid negatives and tag questions ('You didn't..., did you?').",
                  "Use visual timeline cards and a body diagram.",
                  "Breaks every 20 minutes; check understanding by asking her to show, not to say 'yes'.",
                  "Pre-recorded cross-examination (s.28) with ground rules hearing; intermediary present."]),
          ("sig", dict(label="Signed:", text="F. Grant", date="12/05/2026"))]
    F.scan("Intermediary report (scan).pdf", ir, dict(font="Sans", size=11, head_right="Intermediary report",
                                                        foot="Page {page} of {nb}"), d(5, 13, 9), seed=5117,
           dtype=["OTHER", "MG2"], check=False)
    F.docx("MG2 GREAVES.docx", [
        ("title", "MG2 Special Measures Assessment"),
        ("table", ["Question", "Answer"], [
            ["Witness", "Tamsin GREAVES - complainant"],
            ["Eligibility", "Vulnerable - s.16(2)(b) learning disability; also s.17(4)"],
            ["Evidence in chief", "ABE NB/1 (s.27)"],
            ["Cross-examination", "Pre-recorded under s.28 - she wants this"],
            ["Intermediary (s.29)", "Yes - Fiona GRANT, assessment 12/05/2026 (report attached)"],
            ["Screens / live link", "Screens; or live link if s.28 refused"],
            ["Aids to communication (s.30)", "Timeline cards and body diagram"],
            ["Witness's view", "Wants to 'tell the judge on the telly' and not see Jason"],
            ["Completed", "DC BAXTER 15/05/2026"]], [0.3, 0.7])], ST(), d(5, 15, 12), "MG2")

    tp = [("title", "Request for third-party material - Adult Social Care"),
          ("kv", [("To", "Data Protection Officer, Eastwick Vale Council Adult Social Care"),
                  ("From", f"{oic}, Eastwick Vale Police"), ("Date", "20/05/2026"), ("Our ref", urn),
                  ("Person", "Tamsin GREAVES")], "table"),
          ("h", "What is requested"),
          ("p", "Only: (1) her current care and support plan; (2) any mental capacity assessment; (3) any speech, "
                "language or communication assessment - each dated between 01/01/2025 and 20/05/2026."),
          ("h", "Why - the reasonable line of enquiry"),
          ("p", "The suspect says Ms GREAVES confuses days and that the events she describes did not happen on the "
                "night she says. Her ability to place events in time and her capacity to choose are live issues for "
                "the prosecutor, including whether SOA 2003 s.30 applies. These records are likely to show how her "
                "memory and communication are assessed by professionals who know her."),
          ("h", "Necessity and proportionality"),
          ("p", "The request is limited to three categories of record over a 17-month period. We do not ask for case "
                "notes, family history, health records or any other material. Material that is not relevant will not "
                "be retained. Ms GREAVES was given written notice of this request (easy-read) on 20/05/2026 before it "
                "was sent."),
          ("p", "This request is made under the Police, Crime, Sentencing and Courts Act 2022 s.44A and the Victim "
                "Information Requests code of practice.")]
    F.docx("Third party request - ASC.docx", tp, ST(), d(5, 20, 14), "THIRD_PARTY")
    F.docx("Notice to Tamsin (easy read).docx", [
        ("title", "Notice: police asking for some of your records"),
        ("p", "Tamsin, the police want to ask the council's social care team for some of your papers."),
        ("ul", ["Which papers: your care plan, and any papers about how you understand things and make choices.",
                "Only from January 2025 until now.",
                "Why: Jason says you mix up days. These papers can help the lawyers understand how you remember things.",
                "What happens: a police officer will read them. Only the parts that matter will be kept. Your private "
                "things will be kept safe.",
                "You can tell us if you are not happy. You can talk to Leanne or Hannah (your ISVA)."]),
        ("sig", dict(label="Given to Tamsin by:", text="DC 1633 N. Baxter", date="20/05/2026")),
        ("sig", dict(label="Tamsin:", text="T. Greaves (with support)", date="20/05/2026"))],
        ST(), d(5, 20, 13), ["CORRESPONDENCE", "OTHER"], check=False)
    F.docx("VPS Tamsin.docx", [
        ("title", "Victim Personal Statement"),
        ("p", f"URN {urn}. Tamsin GREAVES, 02/06/2026. Written down in her words by DC BAXTER with Leanne FROST present."),
        ("p", "I feel sad a lot. I don't like being in my new flat at night. I miss my old flat but I don't want to go "
              "back. I want Jason to know it was wrong."),
        ("sig", dict(label="Signed:", text="Tamsin G", date="02/06/2026"))], ST(), d(6, 2), "VPS")

    roti = [("title", "MG15 - Record of interview"),
            ("table", ["Field", "Detail"], [["Interviewee", "Jason Lee PIKE (14/08/1990)"], ["Date", "11/05/2026 19:02-19:40"],
                                            ["Place", "Eastwick custody"], ["Officers", "DC BAXTER, DC WOOD"],
                                            ["Solicitor", "Ms P. NWOSU"]], [0.25, 0.75]),
            ("table", ["Topic", "Account"], [
                ["Relationship", "Together 3 years; she moved in with him in 2025."],
                ["Saturday 09/05", "At his brother's until about 9pm; home; watched TV with Tamsin; went to sleep. No sex that night."],
                ["Last intercourse", "'About a week before' - consensual, 'always is'."],
                ["Bruises", "She fell against the wardrobe on Friday."],
                ["Her account", "'She gets her days mixed up. Someone's put ideas in her head.'"]], [0.25, 0.75])]
    F.docx("ROTI PIKE.docx", roti, ST(), d(5, 12), "ROTI")
    F.docx("PNC PIKE.docx", [("title", "PNC - antecedents"),
                              ("mono", ["PIKE, JASON LEE  14/08/1990  PNCID 08/0219934X",
                                        "CONVICTIONS: 2",
                                        " 1) 19/01/2009  EASTWICK MC  ASSAULT OCCASIONING ABH (OAPA 1861 S.47) - COMMUNITY ORDER",
                                        " 2) 02/07/2017  EASTWICK MC  CRIMINAL DAMAGE (CDA 1971 S.1) - CONDITIONAL DISCHARGE 12M",
                                        "CAUTIONS: NIL", "MARKERS: VIOLENT (2009)", "PRINTED 25/06/2026 BY 1633"])],
           ST(), d(6, 25), "PNC")
    F.docx("PNC witnesses.docx", [("title", "Prosecution witnesses - PNC"),
                                   ("table", ["Witness", "Result"], [["Tamsin GREAVES (complainant)", "No trace"],
                                                                     ["Leanne FROST (support worker)", "No trace"]], [0.6, 0.4]),
                                   ("p", "Checked 25/06/2026, DC BAXTER. Police witnesses: nothing to disclose.")],
           ST(), d(6, 25, 11), "PNC")
    F.docx("MG6C LARCH.docx", [
        ("title", "MG6C - Schedule of non-sensitive unused material"),
        ("table", ["No.", "Description (with date)", "Location", "CPS"], [
            ["1", "BRAMBLE crime report EV/26/2273 and investigation log", "With file", ""],
            ["2", "BRAMBLE contact log 11/05/2026 - call from Oakfield Day Centre manager relaying the disclosure", "With file", ""],
            ["3", "Oakfield Day Centre attendance register, week of 11/05/2026 (Tamsin present 11/05 from 09:30)", "OIC", ""],
            ["4", "House-to-house, Orchard Mews (4 addresses), 12/05/2026: nothing heard", "OIC", ""],
            ["5", "Note of conversation with Carl PIKE (suspect's brother), 20/05/2026: suspect left his house about 21:00 on 09/05", "OIC", ""],
            ["6", "Custody record, Jason PIKE, 11-12/05/2026, including RUI decision and rationale", "Custody", ""],
            ["7", "ABE interview plan 13/05/2026 (copy with file)", "With file", ""],
            ["8", "Safeguarding strategy meeting minutes (non-sensitive summary), 12/05/2026", "OIC", ""],
            ["9", "Request to Adult Social Care and notice to complainant, 20/05/2026", "With file", ""],
            ["10", "FME query and reply about the bruises and the 'wardrobe' explanation, 03/06/2026", "OIC", ""],
            ["11", "PNC checks on civilian witnesses, 25/06/2026", "With file", ""],
            ["12", "PNB PC 2077 AYRES 11/05/2026 p.18 - her words at 12:26 (photo of page)", "With file", ""]], [0.07, 0.63, 0.18, 0.12])],
        ST(), d(6, 29, 9), "MG6C")
    F.docx("MG6D LARCH.docx", [
        ("title", "MG6D - Schedule of sensitive material"),
        ("table", ["No.", "Description", "Reason", "CPS"], [
            ["1", "Adult Social Care records received 10/06/2026: care plan (2025), capacity assessment (03/2025), SALT report (06/2025)", "Confidential social care records of a vulnerable complainant", ""],
            ["2", "Linden Centre SARC clinical records", "Medical confidentiality", ""],
            ["3", "Intermediary's working notes", "Confidential; personal data", ""],
            ["4", "Complainant's new address (supported accommodation)", "Safeguarding", ""]], [0.07, 0.5, 0.33, 0.1])],
        ST(), d(6, 29, 9, 10), "MG6D")
    F.docx("MG6E LARCH.docx", [
        ("title", "Disclosure officer's report (MG6E)"),
        ("p", "I have reviewed all scheduled material. The social care records (MG6D 1) describe difficulty with dates "
              "and abstract time but consistent recall of events anchored to routines; in my view they do not undermine "
              "her account, but the prosecutor should inspect them given the defence that she muddles days. Items on the "
              "MG6C that may assist the defence: item 10 (FME does not exclude a fall) - copy with the file."),
        ("p", "N. BAXTER DC 1633, disclosure officer, 29/06/2026")], ST(), d(6, 29, 9, 20), "MG6E")
    F.docx("FME reply 03-06-2026.docx", [
        ("title", "Linden Centre SARC - reply to police query"),
        ("p", "Re Tamsin GREAVES. The forearm bruises (four, 1-1.5 cm, on both forearms) are more typical of gripping by "
              "fingers than of a fall against a flat surface such as a wardrobe, but I cannot exclude a fall. Dr E. "
              "MORLEY, forensic physician, 03/06/2026.")], ST(), d(6, 3), "MEDICAL")
    F.docx("FME summary GREAVES.docx", [
        ("title", "Linden Centre SARC - FME summary"),
        ("table", ["Field", "Detail"], [["Patient", "Tamsin GREAVES"], ["Date", "11/05/2026 16:30"], ["FME", "Dr E. MORLEY"],
                                        ["Consent", "Consent to examination and release to police/CPS given with support; "
                                                    "capacity for this decision assessed and recorded by the FME"]], [0.25, 0.75]),
        ("p", "Four bruises to the forearms. No anogenital injury seen. Samples EM/1-EM/5 taken.")], ST(), d(5, 12), "MEDICAL")
    F.pdf("SFR1 Linden LFS-26-1180.pdf", [
        ("title", "SFR1"),
        ("kv", [("Provider", "Linden Forensic Science"), ("Ref", "LFS-26-1180"), ("URN", urn), ("Date", "16/06/2026")], "table"),
        ("p", "Semen identified on the high vaginal swab EM/2 (Tamsin GREAVES). DNA profile matches Jason PIKE (match "
              "probability less than one in a billion). An evaluative opinion on time since intercourse has been "
              "requested and will be reported by 21/08/2026.")],
        dict(font="Helvetica", size=10, head_left="Linden Forensic Science", foot="Page {page} of {nb}"), d(6, 16), "FORENSIC")
    F.docx("BRAMBLE crime report EV-26-2273.docx", [
        ("title", "BRAMBLE - Crime Report EV/26/2273"),
        ("table", ["Field", "Value"], [
            ["URN", urn], ["Offence", "Rape (s.1 SOA 2003)"], ["Date", "09/05/2026 after 22:00"],
            ["Place", "3 Orchard Mews, Eastwick"],
            ["Victim", "GREAVES, Tamsin, F, 27 - learning disability (declared) - White British"],
            ["Suspect", "PIKE, Jason Lee, M, 35 (partner) - arrested 11/05/2026, RUI 12/05/2026"],
            ["Reported", "11/05/2026 11:05 by day centre manager (contact log)"],
            ["OIC", oic]], [0.25, 0.75]),
        ("h", "Initial account"),
        ("p", "To support worker 11/05 approx 10:45: 'Jason hurt me in my private parts, I said stop and he didn't.' "
              "To PC AYRES 12:26: 'Jason did sex when I said stop ... Saturday night.'")], ST(), d(6, 29, 8), "CRIME_REPORT")
    F.docx("BRAMBLE contact log 11-05-2026.docx", [
        ("title", "BRAMBLE - Contact / Incident Log 0388  11/05/2026"),
        ("table", ["Time", "Entry"], [
            ["11:05", "Call from Mrs OYELOWO, manager, Oakfield Day Centre: service user Tamsin GREAVES (27, learning disability) told her support worker Leanne FROST that her partner Jason 'hurt me in my private parts, I said stop and he didn't' - Saturday night. Victim at centre with staff."],
            ["11:08", "Graded priority. Safeguarding team notified."],
            ["11:20", "PC 2077 AYRES assigned."],
            ["12:20", "PC AYRES on scene."],
            ["12:40", "PC AYRES: SARC Linden Centre 16:00 arranged. Suspect at home address."],
            ["15:40", "Suspect arrested."],
            ["16:05", "Crime EV/26/2273 created. Log closed."]], [0.12, 0.88])], ST(), d(5, 11, 16, 10), "INCIDENT_LOG")
    F.docx("MG12 LARCH.docx", [
        ("title", "MG12 Exhibit list"),
        ("table", ["Ref", "Item", "Produced by"], [
            ["NB/1", "ABE recording of Tamsin GREAVES, 14/05/2026", "DC BAXTER"],
            ["EM/1-EM/5", "SARC samples", "Dr E. MORLEY"],
            ["DA/1", "Bedding seized from 3 Orchard Mews, 11/05/2026 (not submitted)", "PC AYRES"],
            ["NB/2", "Interview recording, PIKE", "DC BAXTER"]], [0.15, 0.6, 0.25])], ST(), d(6, 29, 9, 30), "MG12")

    F.exit = 0
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "one_urn"]
    return F



# ===========================================================================
# C6  QUILL export 29HF0441726 (Harrowfield Police, QUILL, RTF)  -- compliant
#     non-recent child sexual abuse reported as an adult; first told her
#     husband; supportive and undermining family witnesses; no forensic
#     opportunity; "No further enquiries are outstanding"; numbered MG3.
# ===========================================================================
def case_quill(out):
    urn = "29HF0441726"
    F = Folder(out, "QUILL export 29HF0441726", urn)
    ST = lambda **o: sys_style("QUILL", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 0554 Martin HEWITT"

    paras = [
        f"URN {urn}. Harrowfield Police, Child and Adult Protection Investigation Unit (CAPIU). This is a request for a "
        "charging decision on the FULL CODE TEST.",
        "Suspect: Graham Keith WHITLOW, born 11/03/1968, of 22 Kiln Lane, Harrowfield. He was arrested on 10/02/2026 and "
        "is on pre-charge bail to 10/08/2026 with conditions: not to contact Leah CARLISLE or Adam PRICE directly or "
        "indirectly; not to have unsupervised contact with any child under 16. The conditions are because prosecution "
        "witnesses are family members and because of the nature of the allegations. No breaches.",
        "Offences: rape of a child under 13 (SOA 2003 s.5), multiple occasions, and sexual assault of a child under 13 "
        "(s.7), between 01/09/2006 and 31/08/2009 at 22 Kiln Lane, when the complainant was aged 9 to 12.",
        "Summary. Leah CARLISLE (now 29) describes her stepfather coming into her bedroom at night, starting in the "
        "autumn after she turned nine, touching her and then, from about age ten, penetrating her vagina with his penis, "
        "on many occasions until she started secondary school and began locking her door with a chair. Her account is "
        "in her ABE interview of 28/01/2026 (MH/1), summary attached. She told no one as a child.",
        "First complaint: in October 2023 she told her husband, Samir CARLISLE, after waking from a nightmare. His "
        "statement is attached. She reported to police online on 12/01/2026; PC 4410 OKAFOR was the first officer to "
        "deal with her, visiting her at home on 14/01/2026 (statement attached).",
        "Supporting evidence: her half-brother Adam PRICE (now 33) remembers the suspect going into her room at night "
        "'loads of times' and once finding her crying and saying 'I hate him, I hate him'. His statement is attached.",
        "Suspect's account: interviewed 10/02/2026 with a solicitor (ROTI attached). He denies any sexual contact and "
        "says he only went into her room to tell her to turn her music off. He suggests she is making it up because "
        "of a dispute over her late grandmother's will in 2024. The likely defence is fabrication.",
        "Lines of enquiry, including those that point away from the suspect: (a) the complainant's mother, Susan "
        "WHITLOW, still married to the suspect, gave a statement (attached) that she never saw or suspected anything, "
        "that Leah was 'a difficult, attention-seeking teenager' and that Leah was angry about the will - this "
        "undermines the prosecution and is served as it is; (b) the will dispute was checked with the estate's "
        "solicitors (letter attached): Leah made no claim and the estate was settled in May 2024 without dispute from "
        "her; (c) social care and police records for the household 2005-2010: none; (d) school records were "
        "considered and not requested: she says she told no one at school and there is nothing to suggest the school "
        "held relevant material, so a request would be speculative; (e) her GP and counselling records were not "
        "requested: she has had no counselling about this and did not tell her GP, and no issue in the case makes them "
        "relevant; (f) her phone was not examined - there are no communications with the suspect about the "
        "allegations and her disclosure to her husband was face to face; (g) the house layout was confirmed from "
        "the 2007 sale particulars of the neighbouring identical house (on the MG6C).",
        "Forensic and medical: there is no forensic or medical evidence because of the passage of time, and none was "
        "sought. No medical records are relied on.",
        "Outstanding evidence: No further enquiries are outstanding.",
        "Special measures: she is eligible under s.17(4) YJCEA. She wants her ABE played as evidence in chief. She has "
        "considered s.28 pre-recorded cross-examination and would prefer to give her evidence at trial from behind a "
        "screen; she does not want a live link. No intermediary is needed. Her husband will be a witness and so cannot "
        "be her supporter; her ISVA will be.",
        "Needs: she has dyslexia and prefers information by phone or read to her; no interpreter. She works nights "
        "on alternate weeks (rota provided to witness care). ISVA: referred to Harrowfield Rape Crisis ISVA service on "
        "14/01/2026 (ISVA Marta NOWAK). VPS: offered on 28/01/2026; she will make one when she knows the decision.",
        "Early advice was sought on 20/02/2026 and received 27/02/2026 (attached); its three points are done.",
        "Disclosure: MG6C, MG6D and DMD attached, with the rebuttable presumption material - the QUILL crime record, "
        "the online report record (her first complaint to police), the first complaint witness statement, and PNC "
        "checks on the civilian witnesses (Adam PRICE has a 2012 conviction for theft, disclosed).",
        f"Officer in the case: {oic}, CAPIU Harrowfield, 01632 960554, martin.hewitt@harrowfield.police.example.",
        "Supervisor's review: I have read the file; lines of enquiry are complete and proportionate. Endorsed. "
        "DS 1212 Claire FAULKNER, 03/07/2026.",
    ]
    mg3 = [("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION")]
    for i, ptxt in enumerate(paras, 1):
        mg3.append(("p", f"{i}. {ptxt}"))
    F.rtf("MG3 WHITLOW.rtf", mg3, ST(), d(7, 3), "MG3")

    F.pdf("CPS early advice 27-02-2026.pdf", [
        ("title", "CPS Early Advice"),
        ("kv", [("URN", urn), ("Suspect", "Graham WHITLOW"), ("Prosecutor", "Tobias RENNIE, Senior Crown Prosecutor, RASSO"),
                ("Date", "27/02/2026")], "table"),
        ("ol", ["Take a statement from the complainant's mother whatever she says, and schedule or serve it.",
                "Check the suspect's claim about the will dispute with the estate's solicitors.",
                "Check social care and police records for the household for the relevant period. No school, GP or "
                "counselling records unless a specific basis emerges."])],
        dict(font="Serif", size=10.5, head_left="Crown Prosecution Service", foot="Page {page} of {nb}"),
        d(2, 27), "EARLY_ADVICE")

    F.video("MH1 CARLISLE ABE 28-01-2026.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="HFP VRI Kiln House 28/01/2026 MH/1", start_hms=(10, 30, 0), seed=61)
    F.pdf("ABE summary MH1.pdf", [
        ("title", "VRI summary - Leah CARLISLE"),
        ("kv", [("Exhibit", "MH/1"), ("Date", "28/01/2026 10:30-12:02"), ("Interviewer", oic), ("URN", urn)], "table"),
        ("table", ["Time", "Summary"], [
            ["00:02", "Explanation; she wants to give her account on video."],
            ["00:06", "Family: mother married WHITLOW when she was 7; moved to 22 Kiln Lane; half-brother Adam."],
            ["00:15", "Autumn after her 9th birthday: he came into her room at night; touching under her nightie."],
            ["00:34", "From about age 10: penile penetration of her vagina, 'lots of times', usually when her mum was on late shifts at the care home."],
            ["00:58", "Stopped when she started at secondary school and wedged a chair under the door handle."],
            ["01:10", "Told no one; told husband in October 2023 after a nightmare."],
            ["01:19", "The will: she says she did not contest it and 'never wanted anything from that house'."],
            ["01:27", "Special measures: ABE as evidence, screen at trial."]], [0.12, 0.88])],
        ST(font="Serif"), d(1, 29), "ABE_SUMMARY")

    sysl = "QUILL Investigation Manager - witness statement"
    mhb = [
        "I am a Detective Constable with Harrowfield Police, CAPIU, trained to ABE standard (adults and children).",
        "On Wednesday 28th January 2026 between 10:30 and 12:02 hours at Kiln House video suite I conducted a "
        "video-recorded interview with Leah CARLISLE. DS FAULKNER monitored.",
        "I produce the recording as exhibit MH/1.",
    ]
    F.rtf("HEWITT MG11.rtf", mg11(urn, dict(name="Martin HEWITT", occ="Detective Constable 0554", date="28/01/2026"), mhb,
                                  ("esig", "e-signed M HEWITT 0554 28/01/2026 12:40"), system_line=sysl, layout="table"),
          ST(), d(1, 28, 13), "MG11", "officer")
    rob = [
        "I am a police constable with Harrowfield Police. On 13th January 2026 I was allocated an online report made "
        "the previous evening by Leah CARLISLE. I telephoned her to arrange a visit and did not discuss the detail.",
        "On Wednesday 14th January 2026 at 18:30 hours I visited her at home. I was the first police officer to deal "
        "with her in person. I asked her only enough to establish what she was reporting. She said her stepfather, "
        "Graham WHITLOW, had sexually abused her from the age of nine until about twelve at their house on Kiln Lane, "
        "including raping her. She said she had told her husband two years ago. I recorded her words in my notebook.",
        "I completed safeguarding checks, referred her to the ISVA service with her consent and passed the case to CAPIU.",
    ]
    F.rtf("OKAFOR 4410 MG11.rtf", mg11(urn, dict(name="Rachel OKAFOR", occ="Police Constable 4410", date="14/01/2026"), rob,
                                      ("signed", "R. Okafor PC4410"), system_line=sysl, layout="table", decl=1),
          ST(), d(1, 14, 21), "MG11", "officer")
    scb = [
        "I am married to Leah CARLISLE. We have been together since 2018 and married in 2021.",
        "One night in October 2023 - I think it was a weeknight in the half-term week - Leah woke up screaming. When I "
        "calmed her down she was shaking and said she had to tell me something. She said 'When I was little, Graham "
        "used to come into my room at night.' I asked what she meant and she said 'He raped me, Sam. From when I was "
        "nine.' She said she had never told anyone. She asked me not to tell her mum.",
        "Before that night I had noticed Leah would not stay at her mum's house and always made excuses not to go "
        "there at Christmas.",
        "I encouraged her to report it. She did not want to until January this year.",
    ]
    F.rtf("Statement S CARLISLE.rtf", mg11(urn, dict(name="Samir CARLISLE", occ="Pharmacist", date="03/02/2026"), scb,
                                          ("text", "[signed]"), system_line=sysl, layout="table"),
          ST(), d(2, 3, 20), "MG11", "first_account")
    apb = [
        "I am Leah CARLISLE's older half-brother. We lived together at 22 Kiln Lane with our mum and Graham WHITLOW "
        "from about 2004 until I left home in 2011.",
        "My bedroom was next to Leah's. When we were kids I remember Graham going into Leah's room at night loads of "
        "times, when Mum was at work. I would hear her door go and then it would be quiet. I thought he was telling "
        "her off.",
        "Once, when Leah was about eleven, I went into her room in the morning and she was crying in bed. She said 'I "
        "hate him, I hate him.' I thought she meant because he was strict.",
        "I have a conviction for theft from 2012 which I have told the police about.",
    ]
    F.rtf("Statement A PRICE.rtf", mg11(urn, dict(name="Adam PRICE", occ="Delivery driver", date="09/02/2026"), apb,
                                       ("sgd", "A. PRICE"), system_line=sysl, layout="table"),
          ST(), d(2, 9, 19), "MG11", "witness")
    swb = [
        "I am the mother of Leah CARLISLE and Adam PRICE. I have been married to Graham WHITLOW since 2004.",
        "I worked late shifts at a care home two or three nights a week when the children were young. Graham looked "
        "after them. I never saw or suspected anything improper between Graham and Leah and Leah never said anything "
        "to me.",
        "Leah was a difficult teenager who wanted a lot of attention. In 2024 my mother died and left her house to me. "
        "Leah was upset that she was not left anything and we did not speak for several months.",
        "I do not believe what Leah has said.",
    ]
    F.rtf("Statement S WHITLOW.rtf", mg11(urn, dict(name="Susan WHITLOW", occ="Care assistant (retired)", date="05/03/2026"), swb,
                                         ("signed", "S. Whitlow"), system_line=sysl, layout="table"),
          ST(), d(3, 5, 15), "MG11", "witness")

    F.pdf("PNB OKAFOR p22.pdf", pnb_extract(urn, "PC 4410 Rachel OKAFOR", "22", "14/01/2026", [
        "1830 Home address CARLISLE Leah. Husband present in kitchen, not in room.",
        "Reason for report: 'My stepdad Graham Whitlow sexually abused me from when I was",
        "nine until about twelve, at our house on Kiln Lane. He raped me. I told my",
        "husband two years ago. I've never told anyone else.'",
        "1905 ISVA referral consented. 2005 CAPIU referral."], "R. Okafor PC 4410, 15/01/2026"),
          ST(font="Serif"), d(1, 15), ["OTHER"], check=False)
    F.eml("Estate solicitors reply.eml", dtype="CORRESPONDENCE", frm="Probate team <probate@hartleyandco.example>",
          to="Martin HEWITT <martin.hewitt@harrowfield.police.example>",
          subject="Your ref 29HF0441726 - Estate of the late Joan PRICE",
          date_str="Tue, 10 Mar 2026 11:02:44 +0000",
          body=("Dear DC Hewitt,\n\nWe acted for the executor. The estate of the late Joan PRICE was administered "
                "between February and May 2024. No claim or caveat was lodged by Mrs Leah CARLISLE and we received no "
                "correspondence from her. The estate was distributed on 21 May 2024.\n\nYours sincerely,\n"
                "Hartley & Co Solicitors (probate)\n"))
    F.pdf("ROTI WHITLOW 10-02-2026.pdf", [
        ("title", "Record of Taped Interview"),
        ("kv", [("Interviewee", "Graham Keith WHITLOW (11/03/1968)"), ("Date", "10/02/2026 11:15-12:20"),
                ("Place", "Harrowfield custody"), ("Officers", f"{oic}, DS FAULKNER"), ("Legal adviser", "Mr J. BEAUMONT"),
                ("URN", urn)], "table"),
        ("p", "Summary: He married Susan in 2004. He looked after the children when she worked late. He went into "
              "Leah's room at night only to tell her to turn her music off or go to sleep. He never touched her "
              "sexually. Asked why she would say this: 'Money. Her nan's house. She's been bitter since.' Asked about "
              "Adam's evidence: 'Adam would say anything for her.' He denied each specific allegation put to him.")],
        ST(font="Serif"), d(2, 11), "ROTI")
    F.pdf("PNC WHITLOW.pdf", [("title", "PNC print"), ("p", "WHITLOW, Graham Keith, 11/03/1968. PNCID 26/0108822F. "
                                                          "No convictions, cautions or reprimands. Printed 30/06/2026.")],
          ST(font="Serif"), d(6, 30), "PNC")
    F.pdf("Witness PNC results.pdf", [("title", "Prosecution witness PNC results"),
                                       ("table", ["Name", "Result"], [["Leah CARLISLE", "No trace"], ["Samir CARLISLE", "No trace"],
                                                                      ["Adam PRICE", "1 conviction: 14/06/2012 Harrowfield MC, theft (TA 1968 s.1), fine"],
                                                                      ["Susan WHITLOW", "No trace"]], [0.35, 0.65])],
          ST(font="Serif"), d(6, 30, 11), "PNC")
    F.pdf("MG6C WHITLOW.pdf", [
        ("title", "MG6C - Non-sensitive unused material"),
        ("kv", [("URN", urn), ("R v", "WHITLOW"), ("Disclosure officer", oic)], "table"),
        ("table", ["Item", "Description", "Location"], [
            ["1", "QUILL crime record HF/26/0412 with log", "With file"],
            ["2", "QUILL online report record OR-260112-77, 12/01/2026 (first complaint to police)", "With file"],
            ["3", "PC OKAFOR notebook 14/01/2026 p.22 (initial account) - copy", "With file"],
            ["4", "Social care and police records check, household 2005-2010: no trace, 16/02/2026", "CAPIU"],
            ["5", "Sale particulars of 24 Kiln Lane (identical layout), 2007", "CAPIU"],
            ["6", "Estate solicitors' e-mail 10/03/2026 about the will", "With file"],
            ["7", "Custody record WHITLOW 10/02/2026", "Custody"],
            ["8", "Pre-interview disclosure 10/02/2026", "CAPIU"],
            ["9", "ABE interview plan 27/01/2026", "CAPIU"],
            ["10", "PNC checks on civilian witnesses (Adam PRICE 2012 theft)", "With file"]], [0.08, 0.7, 0.22])],
        ST(font="Serif"), d(7, 3, 9), "MG6C")
    F.rtf("MG6D WHITLOW.rtf", [("title", "MG6D - Sensitive material"),
                                ("kv", [("URN", urn)], "lines"),
                                ("table", ["Item", "Description", "Reason"], [
                                    ["1", "Complainant's contact details and work rota", "Privacy"],
                                    ["2", "ISVA referral", "Confidential support record"]], [0.1, 0.5, 0.4])],
          ST(), d(7, 3, 9, 10), "MG6D")
    F.pdf("DMD WHITLOW.pdf", [
        ("title", "Disclosure Management Document"),
        ("kv", [("URN", urn), ("Author", oic), ("Date", "03/07/2026")], "table"),
        ("h", "Strategy"),
        ("p", "Non-recent allegation; no digital devices seized from either party, because there is no "
              "contemporaneous digital material and no post-report communications about the allegations. Third-party "
              "material: social care and police records checked (nil). School, GP and counselling records not sought "
              "(reasons in MG3 para 8). Family witnesses, including one who undermines the complainant, have given "
              "statements which are served."),
        ("h", "Material meeting the test"),
        ("p", "Susan WHITLOW's statement (served); Adam PRICE's conviction (with the file).")],
        ST(font="Serif"), d(7, 3, 9, 20), "DMD")
    F.rtf("MG12 WHITLOW.rtf", [("title", "MG12 Exhibit list"),
                                ("table", ["Ref", "Description", "Produced by"], [
                                    ["MH/1", "ABE recording, Leah CARLISLE, 28/01/2026", "DC HEWITT"],
                                    ["MH/2", "Interview recording, WHITLOW, 10/02/2026", "DC HEWITT"]], [0.15, 0.6, 0.25])],
          ST(), d(7, 3, 9, 30), "MG12")
    F.pdf("QUILL crime record HF-26-0412.pdf", [
        ("title", "QUILL - Crime Record HF/26/0412"),
        ("kv", [("URN", urn), ("Offences", "Rape of child under 13 (s.5); sexual assault of child under 13 (s.7)"),
                ("Period", "01/09/2006 - 31/08/2009"), ("Location", "22 Kiln Lane, Harrowfield"),
                ("Victim", "CARLISLE, Leah (now 29) F - White British - dyslexia (declared)"),
                ("Suspect", "WHITLOW, Graham Keith (stepfather) - arrested 10/02/2026, bailed"),
                ("Reported", "12/01/2026 21:47 online (OR-260112-77)"), ("OIC", oic)], "table"),
        ("h", "Log"),
        ("ul", ["13/01 PC OKAFOR allocated; phoned to arrange visit.", "14/01 Visit; initial account; ISVA referral.",
                "28/01 ABE (MH/1).", "03/02 Husband's statement.", "09/02 Brother's statement.", "10/02 Suspect arrested/interviewed.",
                "27/02 Early advice.", "05/03 Mother's statement.", "10/03 Estate solicitors reply.", "03/07 File to CPS."])],
        ST(font="Serif"), d(7, 3, 8), "CRIME_REPORT")
    F.rtf("QUILL online report OR-260112-77.rtf", [
        ("title", "QUILL - Online Report / Incident record OR-260112-77"),
        ("kv", [("Received", "12/01/2026 21:47 via force website"), ("Reporter", "Leah CARLISLE (victim)"),
                ("Category", "Sexual offence - non-recent - child at time"), ("Triage", "13/01/2026 08:10 - allocated PC 4410 OKAFOR")], "lines"),
        ("h", "Reporter's words (as submitted)"),
        ("p", "\"I want to report my stepdad Graham Whitlow for sexually abusing me when I was a child, from about 9 to "
              "12, at our house on Kiln Lane. It included rape. I have only ever told my husband. Please call me "
              "after 5pm.\""),
        ("mono", ["13/01 08:10 TRIAGE   NON-RECENT CSA. NO CURRENT RISK TO REPORTER. CHILDREN IN SUSPECT HOUSEHOLD? NONE KNOWN",
                  "13/01 17:20 PC4410   CALLED REPORTER - VISIT BOOKED 14/01 1830. NO DETAIL TAKEN BY PHONE",
                  "14/01 20:05 PC4410   VISIT DONE. CRIME HF/26/0412 CREATED. CAPIU REFERRAL"])],
        ST(), d(1, 14, 20, 10), "INCIDENT_LOG")

    F.exit = 0
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                       "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                       "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd",
                       "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                       "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "files_readable", "one_urn"]
    return F



# ===========================================================================
# F1  Op BRACKEN  (Severnside Constabulary, KESTREL)  -- faulty
#     PLANTED: the flatmate she first told is named only in the ABE summary
#     and has no statement (key_statements).  ALSO PRESENT (not scored, see
#     NOTES): a request for her counselling notes that gives no reason.
# ===========================================================================
def case_bracken(out):
    urn = "13HB0913326"
    F = Folder(out, "Op BRACKEN", urn)
    ST = lambda **o: sys_style("KESTREL", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 4012 Fiona McALLISTER"

    mg3 = [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", urn), ("Suspect", "ELLERY, Mark Julian, 05/12/1987"), ("Offence", "Rape, SOA 2003 s.1 - 21/03/2026, 17 Brunel Wharf, Castlebridge"),
                ("Test", "Full Code Test"),
                ("Bail", "Pre-charge bail to 25/07/2026: not to contact Sophie LAWLER directly or indirectly; not to attend "
                         "Severn Logistics' Quayside office (both work there; he is working from the Avonmouth office).")], "table"),
        ("h", "Summary of evidence"),
        ("p", "Sophie LAWLER (26) and the suspect (38) work for Severn Logistics. After a colleague's leaving drinks on "
              "Friday 20/03/2026 several colleagues went back to his flat. When the others left at about 01:30 she stayed "
              "to wait for a taxi. She says he kissed her, she pulled away and said she wanted to go home, and he pushed "
              "her onto the bed and raped her (penile-vaginal) while she said no and tried to push him off. She left at "
              "about 02:20 in the taxi. She reported to police on Monday 23/03/2026 by calling 101 and PC 3318 BELL "
              "attended her home that afternoon. ABE interview 25/03/2026 (FM/1) with summary."),
        ("p", "Colleague Jon REECE saw them together at the flat at about 01:20 and describes her as 'tipsy but fine' and "
              "sitting close to the suspect on the sofa; his statement is attached and may assist the defence."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 26/03/2026 (ROTI attached). He accepts intercourse; says she initiated it and it was "
              "consensual; says she 'seemed happy' when she left and hugged him goodbye. Likely defence: consent."),
        ("h", "Lines of enquiry"),
        ("ul", ["Taxi: Castle Cabs record shows the booking at 01:28 and pick-up at 02:21 from Brunel Wharf; the driver "
                "(spoken to 02/04/2026) remembers a quiet young woman who did not speak during the journey. On MG6C.",
                "Colleagues at the flat: Jon REECE (statement attached); two others left at 01:00 and saw nothing of note "
                "(notes on MG6C).",
                "Building CCTV at Brunel Wharf: the lobby camera was not recording that weekend (managing agent "
                "confirmed 24/03/2026, MG6C item 6). Nothing to seize.",
                "Her phone: not examined. She did not want her phone examined and it has not been; she has no messages "
                "with the suspect about that night and did not message anyone that night.",
                "Work e-mails between them: none personal; HR confirmed no previous complaints either way.",
                "Counselling: her counselling records have been requested (letter attached)."]),
        ("h", "Outstanding"),
        ("p", "Nothing is outstanding. SFR1 received (no semen identified on the swabs, taken 62 hours after; not "
              "pursued further because intercourse is admitted)."),
        ("h", "Forensic / medical"),
        ("p", "SARC (Meridian House) 23/03/2026: no injuries; FME summary attached. She consented in writing to the "
              "release of her SARC records to police and CPS."),
        ("h", "Victim care"),
        ("p", "Special measures: eligible s.17(4). She wants the ABE as evidence in chief and s.28 pre-recorded "
              "cross-examination, and screens. No communication needs, so no intermediary. MG2 attached. Needs: no "
              "interpreter; flexible working agreed with her employer. ISVA: referred 23/03/2026 (Severn ISVA Service, "
              "ISVA Dawn KEYES). VPS offered 25/03/2026 - she will make one later."),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice was not sought: intercourse is admitted and the case turns on the two accounts; DS ROWLEY "
              "decided on 27/03/2026 that a full file could go straight for a decision. MG6C and MG6D attached, with the "
              "KESTREL occurrence, command log and witness PNC checks."),
        ("kv", [("OIC", f"{oic} - 01632 960412 - fiona.mcallister@severnside.police.example"),
                ("Supervisor", "DS 4410 Kate ROWLEY, endorsed 05/06/2026")], "lines"),
    ]
    F.docx("MG3 - ELLERY.docx", mg3, ST(head_right="MG3"), d(6, 5), "MG3")

    F.video("FM1 LAWLER VRI.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="SVC VRI Castlebridge 25/03/2026 FM/1", start_hms=(10, 15, 0), seed=71)
    F.docx("FM1 ABE summary.docx", [
        ("title", "ABE INTERVIEW - SUMMARY"),
        ("kv", [("Witness:", "Sophie LAWLER"), ("Date:", "25/03/2026 10:15-11:20"), ("Interviewer:", oic),
                ("Exhibit:", "FM/1"), ("URN:", urn)], "lines"),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions and ground rules."],
            ["00:04", "Leaving drinks for a colleague at the Anchor; about eight colleagues; went back to Mark ELLERY's flat about 00:30."],
            ["00:13", "Others left about 01:00-01:30. She stayed to wait for her taxi, booked at 01:28."],
            ["00:19", "He kissed her; she pulled away and said 'I just want to go home, Mark'."],
            ["00:24", "He pushed her back on the bed; removed her tights and underwear; penile-vaginal penetration; she said no and pushed at his shoulders."],
            ["00:33", "Her taxi rang at 02:15; he got off her; she left at 02:20. She hugged him at the door 'because I didn't know what else to do'."],
            ["00:41", "Next morning she told her flatmate, Priya NAIR, what had happened; Priya said she should go to the police. She did not call anyone that night."],
            ["00:47", "Why she waited until Monday: shock, he is senior at work."],
            ["00:55", "Special measures discussed; closure."]], [0.12, 0.88])], ST(), d(3, 26), "ABE_SUMMARY")

    sysl = "KESTREL RMS - Statement capture - Severnside Constabulary"
    F.docx("MG11 McALLISTER.docx", mg11(urn, dict(name="Fiona McALLISTER", occ="Detective Constable 4012", date="25/03/2026"), [
        "I am a Detective Constable with Severnside Constabulary and am ABE trained.",
        "On Wednesday 25th March 2026 between 10:15 and 11:20 hours at Castlebridge VRI suite I conducted a "
        "video-recorded interview with Sophie LAWLER. DC 1190 BELL monitored.",
        "I produce the recording as exhibit FM/1."], ("signed", "F. McAllister DC4012"), layout="lines", system_line=sysl),
        ST(), d(3, 25, 12), "MG11", "officer")
    F.docx("MG11 PC BELL 3318.docx", mg11(urn, dict(name="Aaron BELL", occ="Police Constable 3318", date="23/03/2026"), [
        "I am a police constable with Severnside Constabulary. On Monday 23rd March 2026 at 14:30 hours I attended the "
        "home address of Sophie LAWLER following her call to 101 that morning. I was the first officer to see her.",
        "She was composed but tearful. I asked her briefly what had happened. She said that after work drinks on Friday "
        "she went back to a colleague's flat, Mark ELLERY, and when the others had gone he pushed her onto the bed and "
        "had sex with her when she had said no. I recorded her words in my notebook.",
        "I arranged for her to attend Meridian House SARC that evening and informed the RASSO team."],
        ("text", "[signed]"), layout="lines", system_line=sysl), ST(), d(3, 23, 18), "MG11", "officer")
    F.docx("MG11 REECE.docx", mg11(urn, dict(name="Jon REECE", occ="Transport planner", date="30/03/2026"), [
        "I work at Severn Logistics with Mark ELLERY and Sophie LAWLER. On Friday 20th March 2026 I was at leaving drinks "
        "for a colleague and then went back to Mark's flat at Brunel Wharf with about six others.",
        "I left at about 01:20. At that point Sophie was sitting next to Mark on the sofa, quite close. She had been "
        "drinking but she was not falling over or slurring; I would say she was tipsy but fine. I did not see them kiss.",
        "I did not see or hear anything after I left."], ("sgd", "J. REECE"), layout="lines", system_line=sysl),
        ST(), d(3, 30, 19), "MG11", "witness")

    F.docx("ROTI ELLERY.docx", [
        ("title", "Record of interview (summary) - MG15"),
        ("kv", [("Interviewee:", "Mark Julian ELLERY (05/12/1987)"), ("Date:", "26/03/2026 11:00-11:48"),
                ("Place:", "Castlebridge custody"), ("Officers:", f"{oic}, DC BELL"), ("Solicitor:", "Ms A. FRY")], "lines"),
        ("p", "He accepts that he and Sophie had sex at his flat after the others left. He says she kissed him first, "
              "took off her own tights, and never said no or pushed him. She left when her taxi came and hugged him at "
              "the door. He was 'shocked' to be arrested. He denies pushing her onto the bed.")], ST(), d(3, 27), "ROTI")
    F.docx("PNC ELLERY.docx", [("title", "PNC"), ("p", "ELLERY, Mark Julian, 05/12/1987 - no convictions, cautions or "
                                                      "pending matters. Printed 02/06/2026 by 4012.")], ST(), d(6, 2), "PNC")
    F.docx("PNC witnesses BRACKEN.docx", [("title", "Civilian witness PNC checks 02/06/2026"),
                                          ("kv", [("Sophie LAWLER:", "No trace"), ("Jon REECE:", "No trace")], "lines")],
           ST(), d(6, 2, 11), "PNC")
    F.docx("PNB BELL 3318 copy.docx", pnb_extract(urn, "PC 3318 Aaron BELL", "12-14", "23/03/2026", [
        "1430 Home address of LAWLER Sophie. Spoke in living room, alone.",
        "Asked what happened. Reply: 'After work drinks Friday we went back to Mark's,",
        "Mark Ellery from work. When everyone left he pushed me on the bed and had sex",
        "with me. I told him no. I said I wanted to go home.'",
        "1445 SARC Meridian House booked 1800. Advised not to wash.",
        "1510 RASSO informed."], "A. Bell PC 3318, 24/03/2026"), ST(), d(3, 24), ["OTHER"], check=False)
    F.docx("Counselling records request.docx", [
        ("title", "Request for records"),
        ("kv", [("To:", "Records Manager, Castlebridge Wellbeing Counselling Service"), ("From:", oic),
                ("Date:", "15/04/2026"), ("Re:", "Sophie LAWLER - URN " + urn)], "lines"),
        ("p", "I am investigating an allegation of a serious sexual offence in which Ms LAWLER is the complainant."),
        ("p", "Please provide copies of all counselling notes, assessments and correspondence held by your service "
              "relating to Ms LAWLER from 01/01/2020 to date."),
        ("p", "Please send the material to me at the address above. Thank you for your assistance."),
        ("sig", dict(label="", text=f"{oic}", date="15/04/2026"))], ST(), d(4, 15), "THIRD_PARTY")

    F.xlsx("MG6C BRACKEN.xlsx", ["MG6C - NON-SENSITIVE UNUSED MATERIAL", f"URN {urn}  R v ELLERY", "Disclosure officer: DC 4012 McALLISTER"],
           ["No", "Description", "Location", "CPS"], [
               [1, "KESTREL occurrence 2603-0412 and updates", "With file", ""],
               [2, "KESTREL command log 0233 of 23/03/2026 (101 call and attendance)", "With file", ""],
               [3, "PNB PC 3318 BELL 23/03/2026 pp. 12-14 (her first account to police)", "With file (copy)", ""],
               [4, "Castle Cabs booking record 20-21/03/2026 and note of driver enquiry 02/04/2026", "RASSO office", ""],
               [5, "Notes of enquiries with two colleagues who left at 01:00 (saw nothing of note), 31/03/2026", "RASSO office", ""],
               [6, "E-mail from Brunel Wharf managing agent 24/03/2026: lobby camera not recording 20-23/03/2026", "RASSO office", ""],
               [7, "HR e-mail 06/04/2026: no previous complaints involving either party", "RASSO office", ""],
               [8, "Custody record ELLERY 26/03/2026", "Custody", ""],
               [9, "ABE plan 25/03/2026", "RASSO office", ""],
               [10, "PNC checks on civilian witnesses 02/06/2026", "With file", ""]], d(6, 5, 9), dtype="MG6C")
    F.docx("MG6D BRACKEN.docx", [("title", "MG6D - sensitive material"),
                                 ("table", ["No", "Description", "Reason"], [
                                     ["1", "SARC clinical notes 23/03/2026", "Medical confidentiality"],
                                     ["2", "Complainant's address and contact details", "Privacy"]], [0.1, 0.5, 0.4])],
           ST(), d(6, 5, 9, 10), "MG6D")
    F.docx("MG12 BRACKEN.docx", [("title", "MG12 exhibit list"),
                                 ("table", ["Ref", "Description", "Produced by"], [
                                     ["FM/1", "ABE recording Sophie LAWLER 25/03/2026", "DC McALLISTER"],
                                     ["SV/1-SV/4", "SARC samples", "Dr S. VARGA"]], [0.15, 0.6, 0.25])], ST(), d(6, 5, 9, 20), "MG12")
    F.docx("MG2 LAWLER.docx", [("title", "MG2 special measures"),
                               ("kv", [("Witness:", "Sophie LAWLER"), ("Eligible:", "s.17(4) YJCEA"),
                                       ("Measures wanted:", "ABE as EIC; s.28 pre-recorded cross-examination; screens"),
                                       ("Intermediary:", "Not required - no communication needs"),
                                       ("Assessed:", "DC McALLISTER 25/03/2026")], "lines")], ST(), d(3, 25, 14), "MG2")
    F.docx("KESTREL occurrence 2603-0412.docx", [
        ("title", "KESTREL RMS - OCCURRENCE SUMMARY"),
        ("kv", [("OCC REF:", "2603-0412"), ("URN:", urn), ("HO CLASS:", "Rape of a female 16+"),
                ("RECEIVED:", "23/03/2026 09:12 via 101 (command log 0233)"), ("AGGRIEVED:", "LAWLER, Sophie F 26 - White Irish"),
                ("SUSPECT:", "ELLERY, Mark Julian M 38 - arrested 26/03/2026"), ("OIC:", oic)], "lines"),
        ("p", "PC BELL 23/03/2026: victim states colleague raped her at his flat after work drinks Fri 20/03. First "
              "account in PNB. SARC booked 18:00.")], ST(), d(6, 5, 8), "CRIME_REPORT")
    F.docx("KESTREL command log 0233.docx", [
        ("title", "KESTREL RMS - COMMAND LOG 0233  23/03/2026"),
        ("mono", ["09:12 FCC    101 CALL - FEMALE REPORTS RAPE BY WORK COLLEAGUE FRI NIGHT AT HIS FLAT. SAFE AT HOME.",
                  "09:15 FCC    GRADED PRIORITY - APPT 1430",
                  "14:30 PC3318 AT ADDRESS WITH VICTIM",
                  "15:10 PC3318 FIRST ACCOUNT OBTAINED - SARC 1800 - RASSO INFORMED",
                  "15:20 FCC    OCC 2603-0412. CLOSED"])], ST(), d(3, 23, 15, 20), "INCIDENT_LOG")
    F.pdf("SFR1 and FME - LAWLER.pdf", [
        ("title", "Meridian House SARC - FME summary"),
        ("kv", [("Patient", "Sophie LAWLER"), ("Date", "23/03/2026 18:00"), ("FME", "Dr S. VARGA"),
                ("Consent", "Signed: examination, samples, release of records to police/CPS")], "table"),
        ("p", "No injuries. Samples SV/1-SV/4."),
        ("pb",),
        ("title", "SFR1 - Hallam Forensic Laboratories HFL/26/30117 (20/05/2026)"),
        ("p", "No semen identified on SV/1-SV/4. Not examined further at the OIC's request as intercourse is admitted.")],
        dict(font="Helvetica", size=10, foot="Page {page} of {nb}"), d(5, 20), ["MEDICAL", "FORENSIC"])

    F.exit = 1
    F.must_fail = ["key_statements"]
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                       "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "abe_plan", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                       "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                       "dig_dpn", "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care",
                       "files_readable", "one_urn"]
    return F


# ===========================================================================
# F2  CORVID_0333_26  (Northmoor Police, CORVID)  -- faulty
#     PLANTED: (1) her phone was extracted but the DPN was only ever planned
#     (dig_dpn); (2) the first attending officer's statement is missing -
#     the MG3 says it was "submitted", and a later officer's MG11 is present
#     as a decoy (officer_statement).
# ===========================================================================
def case_corvid(out):
    urn = "52KV0333326"
    F = Folder(out, "CORVID_0333_26", urn)
    ST = lambda **o: sys_style("CORVID", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 2718 Simon AKERS"

    mg3 = [
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "HOLT, Ryan Mark (DOB 19/10/1988)"),
                ("Offence", "Rape (SOA 2003 s.1), 28/03/2026, lay-by on the B6421 near Fellgate, Northmoor"),
                ("Test requested", "Full Code Test"),
                ("Bail", "Released under investigation 30/03/2026 - bail considered unnecessary: he lives 40 miles away "
                         "in Rotherby, has no connection with her area and has made no contact; RUI reviewed 30/05/2026.")], "table"),
        ("h", "Evidence"),
        ("table", ["Witness / material", "Status"], [
            ["Kirsty DOYLE (complainant) - ABE 30/03/2026, SA/1, summary", "Attached"],
            ["Dionne PAGE (flatmate, first account)", "Statement attached"],
            ["PC 1042 Amy GRANT (first attending officer, flagged down in the street)", "Statement submitted on CORVID 30/03/2026"],
            ["PC 2760 Lewis BELL (assisting officer)", "Statement attached"],
            ["DC 2718 AKERS (ABE interviewer, phone, DPN)", "Statement attached"],
            ["Phone extraction - messages between complainant and suspect", "Extraction report attached (DPN and extraction report)"],
            ["SARC / FME summary; SFR1 (semen, DNA matches HOLT)", "Attached"]], [0.65, 0.35]),
        ("h", "Circumstances"),
        ("p", "Kirsty DOYLE (34) met Ryan HOLT (37) at a friend's 40th birthday party on 27/03/2026. He offered to drive her "
              "home at about 00:30. She says he pulled into a lay-by, reclined her seat and raped her despite her saying "
              "no and trying to open the door, which he had locked. He then drove her home. At about 01:05 she woke her "
              "flatmate Dionne PAGE and told her; Dionne ran out and flagged down a police car passing on Station Road at "
              "01:10. At 02:14 Kirsty texted him 'why did you do that when I said no'; he replied at 02:31 'I'm sorry "
              "I thought you wanted it. please don't do anything stupid'."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 30/03/2026: accepts sex in the car, says consensual and that she reclined the seat herself; "
              "says the 'sorry' message meant he was sorry she was upset. Likely defence: consent."),
        ("h", "Lines of enquiry"),
        ("ul", ["Her phone: messages with the suspect only, 27/03/2026 - 10/04/2026 (extraction report). The messages are the "
                "key line; nothing else on her phone is relevant and nothing else was extracted.",
                "His phone: same chat and his location data 00:30-01:05 on 28/03/2026 (confirms the stop in the lay-by for "
                "about 14 minutes, which he accepts).",
                "Party guests: two spoken to (notes on MG6C) - they saw the two of them chatting and leaving together; one "
                "says she seemed 'happy enough' when she left. This may assist the defence and is disclosed.",
                "ANPR / CCTV: no cameras on the B6421; ANPR at Fellgate roundabout records his car at 00:41 and 01:02."]),
        ("h", "Outstanding"),
        ("p", "None. All results received."),
        ("h", "Victim care"),
        ("p", "MG2 attached: eligible s.17(4); wants ABE as evidence in chief, s.28 pre-recorded cross-examination and "
              "screens; no intermediary needed. Needs: none beyond anxiety; no interpreter; contact by phone. ISVA referral "
              "30/03/2026 (Safe Harbour, ISVA Jo KEANE). VPS offered 30/03/2026 - made 14/04/2026 (attached)."),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice was not sought because the suspect's messages and the DNA gave a clear evidential picture "
              "within a week (DS decision 06/04/2026). MG6C, MG6D attached with CORVID crime record, command log, "
              "witness PNC checks."),
        ("kv", [("OIC", f"{oic}, 01632 960271, simon.akers@northmoor.police.example"),
                ("Supervisor", "DS 1877 Paul MERCER - endorsed 12/06/2026")], "table"),
    ]
    F.pdf("MG3.pdf", mg3, dict(font="Helvetica", size=9.5, head_right="MG3", head_left="OFFICIAL-SENSITIVE",
                               foot="Page {page} of {nb}", h_style="band"), d(6, 12), "MG3")

    F.video("SA1_DOYLE_VRI_30032026.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="Juniper House VRI Suite 1 30/03/2026 SA/1", start_hms=(14, 0, 0), seed=81)
    F.pdf("ABE summary SA1.pdf", [
        ("title", "Record of video recorded interview - summary"),
        ("kv", [("Witness", "Kirsty DOYLE"), ("Date", "30/03/2026 14:00-15:05"), ("Interviewer", oic), ("Exhibit", "SA/1")], "table"),
        ("table", ["Time", "Summary"], [
            ["00:02", "Party at a friend's house; met Ryan; he offered a lift about 00:30."],
            ["00:11", "He turned into a lay-by; said he wanted to 'talk'; reclined her seat with the lever."],
            ["00:18", "She said 'No, take me home'; tried the door - locked; he pulled her jeans down; penile-vaginal rape."],
            ["00:29", "He drove her home; she went in and woke Dionne and told her; Dionne ran out and stopped a police car."],
            ["00:37", "Her 02:14 text and his reply."],
            ["00:48", "Agrees to phone examination limited to messages with him; DPN to be completed when the phone is collected."],
            ["00:55", "Special measures; closure."]], [0.12, 0.88])], ST(), d(3, 31), "ABE_SUMMARY")
    sysl = "CORVID e-Statement  -  Northmoor Police"
    F.pdf("Statement AKERS.pdf", mg11(urn, dict(name="Simon AKERS", occ="Detective Constable 2718", date="13/04/2026"), [
        "I am a Detective Constable in Northmoor Police RASSO team and the officer in the case. I am ABE trained.",
        "On Monday 30th March 2026 between 14:00 and 15:05 hours at Juniper House VRI Suite 1 I conducted a "
        "video-recorded interview with Kirsty DOYLE. I produce the recording as exhibit SA/1.",
        "After the interview Ms DOYLE agreed in principle to her phone being examined for her messages with Ryan HOLT "
        "only. As she needed her phone that week for work, on 4th April 2026 I arranged to meet her on 11th April "
        "2026 to go through the Digital Processing Notice with her and collect the handset.",
        "On 11th April 2026 at 16:20 hours I collected her iPhone, which I produce as exhibit SA/2, and took it to the "
        "Digital Forensic Unit. It was returned to her on 13th April 2026."],
        ("esig", "Electronically signed - DC 2718 S. AKERS"), system_line=sysl), ST(), d(4, 13, 17), "MG11", "officer")
    F.pdf("Statement PAGE.pdf", mg11(urn, dict(name="Dionne PAGE", occ="Hairdresser", date="29/03/2026"), [
        "I share a flat with Kirsty DOYLE on Station Road, Fellgate.",
        "At about 1am on Saturday 28th March 2026 Kirsty woke me up. She was crying and shaking and her jeans were "
        "done up wrong. She said 'Dee, that guy Ryan from the party, he drove me to a lay-by and raped me. I told him "
        "no. He locked the doors.'",
        "I saw a police car coming down Station Road, so I ran out in my pyjamas and waved it down. The officer, a "
        "woman, came in and spoke to Kirsty."], ("text", "[signed]"), system_line=sysl,
        rear=rear_page("Dionne PAGE", taken="PC 2760 BELL, 29/03/2026 11:00")), ST(), d(3, 29, 12), "MG11", "first_account")
    F.pdf("Statement BELL 2760.pdf", mg11(urn, dict(name="Lewis BELL", occ="Police Constable 2760", date="28/03/2026"), [
        "I am a police constable with Northmoor Police. At 01:25 hours on Saturday 28th March 2026 I was asked to attend "
        "an address on Station Road, Fellgate, to assist PC 1042 GRANT, who had been flagged down in the street and "
        "was already with a woman reporting a rape.",
        "I arrived at 01:40 hours. PC GRANT was in the living room with Kirsty DOYLE and her flatmate. I took over "
        "scene duties while PC GRANT dealt with Ms DOYLE.",
        "At 03:10 hours I drove Ms DOYLE and PC GRANT to The Beacon SARC."], ("signed", "L. BELL PC 2760"),
        system_line=sysl, decl=1), ST(), d(3, 28, 6), "MG11", "officer")

    F.pdf("DFU extraction DOYLE.pdf", [
        ("title", "Digital Forensic Unit - Extraction Report DFU-26-0488"),
        ("kv", [("URN", urn), ("Exhibit", "SA/2 Apple iPhone (Kirsty DOYLE)"), ("Requested by", oic),
                ("Authority", "Device user's agreement - see OIC (DPN arranged 04/04/2026)"),
                ("Parameters", "SMS / WhatsApp with 07700 900846 (Ryan HOLT); 27/03/2026 00:00 - 10/04/2026 23:59"),
                ("Extraction", "Logical, filtered on ingest"), ("Completed", "12/04/2026")], "table"),
        ("table", ["Date/time", "From", "Message"], [
            ["28/03/2026 02:14", "DOYLE", "why did you do that when I said no"],
            ["28/03/2026 02:31", "HOLT", "I'm sorry I thought you wanted it. please don't do anything stupid"],
            ["28/03/2026 09:40", "HOLT", "Kirsty? Can we talk"]], [0.22, 0.13, 0.65])],
        ST(), d(4, 12, 15), "DIGITAL_EXTRACT")
    F.pdf("PNB GRANT pp50-51.pdf", pnb_extract(urn, "PC 1042 Amy GRANT", "50-51", "28/03/2026", [
        "0110 Flagged down Station Rd Fellgate by female (PAGE Dionne) in nightwear.",
        "0114 Flat. DOYLE Kirsty - crying, jeans fastened wrongly.",
        "Her words: 'Ryan from the party gave me a lift and stopped in a lay-by and",
        "raped me. I said no. I tried the door and it was locked.'",
        "0125 Req assistance. 0140 PC 2760 BELL arr.",
        "0310 Conveyed to Beacon SARC."], "A. Grant PC 1042, 30/03/2026"), ST(), d(3, 30, 12), ["OTHER"], check=False)
    F.pdf("ROTI HOLT.pdf", [
        ("title", "Record of Tape Recorded Interview"),
        ("kv", [("Interviewee", "Ryan Mark HOLT 19/10/1988"), ("Date", "30/03/2026 10:10-10:55"), ("Officers", oic),
                ("Solicitor", "Mr P. LAING")], "table"),
        ("p", "Accepts sex in his car in the lay-by. Says she reclined her own seat and kissed him; she never said no; the "
              "doors lock automatically when the car moves and she never tried to open hers. The 'sorry' text meant he "
              "was sorry she felt bad afterwards. 'Don't do anything stupid' meant don't make a false report.")],
        ST(), d(3, 31, 9), "ROTI")
    F.pdf("PNC HOLT.pdf", [("mono", ["PNC PRINT  HOLT, RYAN MARK  19/10/1988", "CONVICTIONS: NIL   CAUTIONS: NIL",
                                     "PRINTED 10/06/2026 BY 2718"])], ST(), d(6, 10), "PNC")
    F.pdf("Witness PNC DOYLE.pdf", [("title", "Witness PNC checks"),
                                    ("table", ["Witness", "Result"], [["Kirsty DOYLE", "No trace"], ["Dionne PAGE", "No trace"]], [0.5, 0.5])],
          ST(), d(6, 10, 11), "PNC")
    F.pdf("MG6C DOYLE.pdf", [
        ("title", "MG6C - Police schedule of non-sensitive unused material"),
        ("table", ["No", "Description", "Location"], [
            ["1", "CORVID crime record 26/0052210", "With file"],
            ["2", "CORVID command log 0044 of 28/03/2026 (flag-down, PC GRANT)", "With file"],
            ["3", "PNB PC 1042 GRANT 28/03/2026 pp. 50-53 (first account) - copy of pp. 50-51", "With file"],
            ["4", "Notes of enquiries with party guests N. FIELD and T. OWUSU, 02/04/2026 - saw them leave together; FIELD says she seemed 'happy enough'", "RASSO office"],
            ["5", "ANPR Fellgate roundabout reads 28/03/2026 00:41 and 01:02", "RASSO office"],
            ["6", "HOLT phone extraction (chat with complainant; location 00:30-01:05)", "DFU"],
            ["7", "Custody record HOLT 29-30/03/2026 and RUI rationale", "Custody"],
            ["8", "ABE plan 30/03/2026", "RASSO office"],
            ["9", "Witness PNC checks 10/06/2026", "With file"]], [0.07, 0.7, 0.23])], ST(), d(6, 12, 9), "MG6C")
    F.pdf("MG6D DOYLE.pdf", [("title", "MG6D - sensitive material"),
                             ("table", ["No", "Description", "Reason"], [
                                 ["1", "SARC records 28/03/2026", "Medical confidentiality"],
                                 ["2", "Complainant's contact details", "Privacy"]], [0.08, 0.5, 0.42])], ST(), d(6, 12, 9, 10), "MG6D")
    F.pdf("MG12 DOYLE.pdf", [("title", "MG12 exhibit list"),
                             ("table", ["Ref", "Description", "Produced by"], [
                                 ["SA/1", "ABE recording 30/03/2026", "DC AKERS"], ["SA/2", "iPhone of Kirsty DOYLE", "DC AKERS"],
                                 ["DFU-26-0488", "Extraction report of SA/2", "DFU"], ["AB/1-AB/5", "SARC samples", "Dr A. BRANT"]],
                              [0.18, 0.57, 0.25])], ST(), d(6, 12, 9, 20), "MG12")
    F.pdf("MG2 DOYLE.pdf", [("title", "MG2 Special measures"),
                            ("kv", [("Witness", "Kirsty DOYLE"), ("Eligibility", "s.17(4) - complainant, sexual offence"),
                                    ("Her views", "Wants ABE as evidence in chief, s.28 pre-recorded cross-examination, screens"),
                                    ("Intermediary", "Not needed")], "table")], ST(), d(3, 30, 16), "MG2")
    F.pdf("VPS DOYLE.pdf", [("title", "Victim Personal Statement"),
                            ("p", "I don't accept lifts from anyone now, even friends. I have stopped going to parties. I feel "
                                  "stupid for trusting him."),
                            ("sig", dict(label="Signed:", text="K. Doyle", date="14/04/2026"))], ST(), d(4, 14), "VPS")
    F.pdf("CORVID crime record 26-0052210.pdf", [
        ("title", "CORVID - CRIME RECORD 26/0052210"),
        ("kv", [("URN", urn), ("Offence", "Rape - SOA 2003 s.1"), ("Reported", "28/03/2026 01:10 - flag-down, Station Road"),
                ("First officer", "PC 1042 Amy GRANT"), ("Victim", "DOYLE, Kirsty F 34 - White British"),
                ("Suspect", "HOLT, Ryan Mark - RUI"), ("OIC", oic)], "table"),
        ("p", "PC GRANT: flagged down by flatmate; victim states male who gave her a lift from a party raped her in his "
              "car in a lay-by on the B6421. First account in PNB.")], ST(), d(6, 12, 8), "CRIME_REPORT")
    F.pdf("CORVID command log 0044.pdf", [
        ("title", "CORVID - COMMAND & CONTROL LOG 0044  28/03/2026"),
        ("mono", ["01:10  PC 1042   FLAGGED DOWN STATION RD FELLGATE BY FEMALE - FRIEND REPORTS RAPE",
                  "01:14  PC 1042   WITH VICTIM DOYLE KIRSTY. SUSP RYAN (SURNAME UNK) DROVE HER FROM PARTY",
                  "01:25  CONTROL   PC 2760 BELL TO ASSIST",
                  "01:40  PC 2760   ON SCENE",
                  "03:10  PC 1042   TO BEACON SARC WITH VICTIM",
                  "03:40  CONTROL   CRIME 26/0052210. CLOSED"])], ST(), d(3, 28, 3, 40), "INCIDENT_LOG")
    F.pdf("SARC and SFR1 DOYLE.pdf", [
        ("title", "The Beacon SARC - FME summary"),
        ("kv", [("Patient", "Kirsty DOYLE"), ("Date", "28/03/2026 04:00"), ("FME", "Dr A. BRANT"),
                ("Consent", "Signed - release of records to police and CPS")], "table"),
        ("p", "Bruise 2 cm left thigh. No anogenital injury. Samples AB/1-AB/5."),
        ("title", "SFR1 - Arden Forensic Services AFS-26-09912, 21/05/2026"),
        ("p", "Semen on AB/2; DNA matches Ryan HOLT.")], dict(font="Helvetica", size=10, foot="Page {page} of {nb}"),
        d(5, 21), ["MEDICAL", "FORENSIC"])

    F.exit = 1
    F.must_fail = ["dig_dpn", "officer_statement"]
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_exhibited", "abe_plan", "key_statements", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                       "rebuttable_presumption", "dig_prop", "multimedia", "exhibits", "forensic_medical",
                       "special_measures", "victim_care", "files_readable", "one_urn"]
    return F



# ===========================================================================
# F3  Upload 2026-06-30  (Pennine Borders Police, TIDEMARK)  -- faulty
#     PLANTED: forensic and toxicology results are "submitted" but neither
#     results nor any target date appear anywhere (outstanding_dated,
#     forensic_medical).  Door supervisor witness with CCTV.
# ===========================================================================
def case_upload(out):
    urn = "38PB0155926"
    F = Folder(out, "Upload 2026-06-30", urn)
    ST = lambda **o: sys_style("TIDEMARK", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 1720 Helen MARR"

    mg3 = [
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", urn), ("Suspect", "SYKES, Aaron Lee - 23/02/2002"),
                ("Offence", "Rape (SOA 2003 s.1) - 17/05/2026 approx 01:30 - 8 Weaver's Yard, Hexley"),
                ("Test sought", "Full Code Test"),
                ("Bail", "Pre-charge bail to 20/08/2026: not to contact Chantelle WEBB directly or indirectly; not to enter "
                         "The Vaults bar, Hexley.")], "table"),
        ("h", "Summary"),
        ("p", "Chantelle WEBB (22) was out in Hexley on 16/05/2026 and drank heavily. At The Vaults bar she met Aaron SYKES, "
              "whom she knew slightly from school. Door supervisor Paul KEMP saw her being held up by SYKES as they left at "
              "00:52; she was unsteady and slurring; he offered to call her a taxi and SYKES said he would 'look after "
              "her'. The bar's CCTV (PK/1) shows this. She remembers being in his flat, lying on a bed, him on top of her "
              "and saying 'no' and 'I want to go home'; she cannot remember how she got there. She woke at 07:00, left, "
              "and told her best friend Georgia LYONS at about 10:30 (statement attached). She rang 101 at 13:10; PC 3875 "
              "OKONJO attended at 14:05 (statement attached). ABE 18/05/2026 (HM/1)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 19/05/2026 (ROTI attached). Accepts sex; says she was 'tipsy, not drunk', chose to come back to "
              "his flat and started it. Likely defence: consent / reasonable belief; issue of capacity."),
        ("h", "Lines of enquiry"),
        ("ul", ["The Vaults CCTV (PK/1): her condition leaving at 00:52.",
                "Street CCTV Weaver's Yard: none covers the entrance (council confirmed 21/05/2026).",
                "Taxi: they walked; no taxi booked.",
                "Other bar staff: the barman who served her recalls four or five drinks from 22:30; note on MG6C. May assist "
                "the defence that she was served (i.e. not obviously drunk at the bar).",
                "Her phone: not examined - she has no contact with him on her phone and made no calls or messages after 00:30.",
                "His flatmate: away that weekend (confirmed, note on MG6C)."]),
        ("h", "Forensic / medical"),
        ("p", "She was examined at Hollybank SARC on 17/05/2026 at 17:30 (FME summary attached; she signed consent to release "
              "the records to police and CPS). The intimate swabs and the blood and urine samples were submitted to "
              "Northgate Forensics on 20/05/2026 (MG21 attached)."),
        ("h", "Outstanding"),
        ("ul", ["Forensic results - swabs (submitted).", "Toxicology - blood and urine (submitted).",
                "Both will be forwarded when received."]),
        ("h", "Victim care"),
        ("p", "MG2 attached: s.17(4); ABE as evidence in chief; she wants s.28 pre-recorded cross-examination; screens. No "
              "intermediary needed. Needs: no interpreter; she asks for contact by text. ISVA: referred 17/05/2026 (Pennine "
              "ISVA Partnership). VPS: offered 18/05/2026 - she declined for now."),
        ("h", "Early advice"),
        ("p", "Not sought: the evidence of her intoxication from the door supervisor and CCTV was gathered within days; the "
              "DS decided on 25/05/2026 to submit for a decision (policy file 3)."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D with TIDEMARK incident log, crime record and witness PNC checks attached."),
        ("kv", [("OIC", f"{oic} - 01632 960172 - helen.marr@pbpolice.example"),
                ("Supervisor", "DS 1544 TULLY endorsed 30/06/2026")], "table"),
    ]
    F.pdf("MG3 SYKES.pdf", mg3, dict(font="Helvetica", size=9.5, head_left="OFFICIAL-SENSITIVE", head_right="MG3",
                                       foot="Page {page} of {nb}", h_style="caps"), d(6, 30), "MG3")
    F.rtf("MG21 submission 20-05-2026.rtf", [
        ("title", "MG21 - Submission of work for scientific examination"),
        ("kv", [("URN", urn), ("Submitted by", oic), ("Date submitted", "20/05/2026"), ("Laboratory", "Northgate Forensics"),
                ("Priority", "Standard"), ("Items", "CM/1-CM/4 swabs; CM/5 blood; CM/6 urine"),
                ("Examination requested", "Semen / DNA comparison with SYKES reference sample; toxicology (alcohol and drugs)"),
                ("Case circumstances", "Rape - complainant heavily intoxicated; issue of capacity to consent")], "table")],
          ST(), d(5, 20), ["FORENSIC", "OTHER"], check=False)

    F.video("HM1 WEBB VRI.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="PBP VRI Hexley 18/05/2026 HM/1", start_hms=(11, 0, 0), seed=91)
    F.rtf("HM1 summary.rtf", [
        ("title", "ABE SUMMARY"),
        ("kv", [("Witness", "Chantelle WEBB"), ("Date", "18/05/2026 11:00-11:58"), ("Interviewer", oic), ("Exhibit", "HM/1")], "lines"),
        ("table", ["Time", "Summary"], [
            ["00:01", "Introductions."], ["00:05", "Night out from 20:00; drinks at three bars; The Vaults from about 22:30."],
            ["00:14", "Met Aaron SYKES; he bought her drinks; she remembers dancing then 'bits'."],
            ["00:22", "Flashes: lying on a bed; him on top; saying 'no' and 'I want to go home'; pain."],
            ["00:34", "Woke 07:00 in his flat, no underwear; left while he was asleep; walked home."],
            ["00:41", "Told Georgia at about 10:30 at her flat; rang police after lunch."],
            ["00:50", "Special measures; closure."]], [0.12, 0.88])], ST(), d(5, 19), "ABE_SUMMARY")
    sysl = "TIDEMARK statement - Pennine Borders Police"
    F.rtf("MG11 MARR.rtf", mg11(urn, dict(name="Helen MARR", occ="Detective Constable 1720", date="18/05/2026"), [
        "I am a Detective Constable with Pennine Borders Police, ABE trained.",
        "On 18th May 2026 between 11:00 and 11:58 hours at Hexley VRI suite I conducted a video-recorded interview with "
        "Chantelle WEBB. I produce the recording as exhibit HM/1."], ("signed", "H. Marr DC1720"),
        system_line=sysl), ST(font="Serif"), d(5, 18, 13), "MG11", "officer")
    F.rtf("MG11 OKONJO.rtf", mg11(urn, dict(name="Samuel OKONJO", occ="Police Constable 3875", date="17/05/2026"), [
        "I am a police constable with Pennine Borders Police. On Sunday 17th May 2026 at 14:05 hours I attended the home of "
        "Chantelle WEBB following her call to 101. I was the first officer to attend.",
        "She was pale and quiet. She told me she thought she had been raped by a man called Aaron from The Vaults, at his "
        "flat, and that she remembered saying no but could not remember much else because she had been very drunk. I "
        "wrote her words in my notebook.",
        "I arranged for her to attend Hollybank SARC at 17:30 hours and told her not to wash."], ("text", "[signed]"),
        system_line=sysl, decl=1), ST(font="Serif"), d(5, 17, 20), "MG11", "officer")
    F.rtf("MG11 LYONS.rtf", mg11(urn, dict(name="Georgia LYONS", occ="Nursery nurse", date="19/05/2026"), [
        "Chantelle WEBB is my best friend. On Sunday 17th May 2026 at about 10:30am she knocked on my door. She was still "
        "in her going-out dress, had mascara all down her face and was shaking.",
        "She said 'I think Aaron Sykes raped me. I said no, G. I remember saying no.' She said she couldn't remember "
        "getting to his flat. I told her to ring the police and she did after lunch."], ("sgd", "G LYONS"),
        system_line=sysl), ST(font="Serif"), d(5, 19, 19), "MG11", "first_account")
    F.rtf("MG11 KEMP door supervisor.rtf", mg11(urn, dict(name="Paul KEMP", occ="Door supervisor", date="20/05/2026"), [
        "I am an SIA-licensed door supervisor and on 16th-17th May 2026 I was working the front door at The Vaults, "
        "Market Street, Hexley.",
        "At about 00:52 a young woman I now know as Chantelle WEBB came to the door with a man holding her up under her "
        "arm. She was swaying, her eyes were half closed and her speech was slurred. I asked if she was alright and she "
        "did not really answer. I offered to call her a taxi. The man said 'It's fine, she's with me, I'll look after "
        "her.' They walked off towards Weaver's Yard.",
        "On 20th May 2026 I downloaded the footage from the front door camera for 00:45 to 01:00 on 17th May 2026 and "
        "produce it as exhibit PK/1. The time on the system was correct."], ("signed", "P. Kemp"),
        system_line=sysl), ST(font="Serif"), d(5, 20, 16), "MG11", "witness")
    F.video("PK1 Vaults front door.mp4", "CCTV", kind="cctv", seconds=4, codec="mpeg4", audio=False,
            caption="THE VAULTS FRONT DOOR 17/05/26 PK/1", start_hms=(0, 51, 40), seed=92)

    F.rtf("PNB OKONJO copy.rtf", pnb_extract(urn, "PC 3875 Samuel OKONJO", "31-32", "17/05/2026", [
        "1405 Home address WEBB Chantelle. Pale, quiet.",
        "States: 'I think I was raped by a lad called Aaron from The Vaults, at his flat.",
        "I remember saying no. I was really drunk, I can't remember getting there.'",
        "1430 SARC Hollybank 1730. Told not to wash or change."], "S. Okonjo PC 3875, 18/05/2026"),
          ST(), d(5, 18, 9), ["OTHER"], check=False)
    F.rtf("ROTI SYKES.rtf", [
        ("title", "RECORD OF TAPED INTERVIEW - SUMMARY"),
        ("kv", [("Interviewee", "Aaron Lee SYKES 23/02/2002"), ("Date", "19/05/2026 15:00-15:44"), ("Officers", oic),
                ("Solicitor", "Ms R. PATEL")], "lines"),
        ("p", "Accepts they had sex at his flat. Says she was 'tipsy, not drunk', walked with him arm in arm because of her "
              "heels, chose to come back, kissed him first and took her own dress off. She never said no. He told the "
              "doorman he would look after her because she had lost her friends.")], ST(), d(5, 20), "ROTI")
    F.rtf("PNC SYKES.rtf", [("mono", ["PNC  SYKES, AARON LEE  23/02/2002", "CONVICTIONS 0  CAUTIONS 0", "PRINTED 26/06/2026 1720"])],
          ST(), d(6, 26), "PNC")
    F.rtf("PNC witnesses.rtf", [("title", "Witness PNC checks 26/06/2026"),
                                ("table", ["Name", "Result"], [["Chantelle WEBB", "No trace"], ["Georgia LYONS", "No trace"],
                                                               ["Paul KEMP", "No trace"]], [0.5, 0.5])], ST(), d(6, 26, 11), "PNC")
    F.rtf("MG2 WEBB.rtf", [("title", "MG2 - Special measures assessment"),
                           ("kv", [("Witness", "Chantelle WEBB"), ("Eligibility", "s.17(4)"),
                                   ("Her view", "ABE as evidence in chief; wants s.28 pre-recorded cross-examination; screens"),
                                   ("Intermediary", "Not required")], "lines")], ST(), d(5, 18, 15), "MG2")
    F.rtf("MG6C SYKES.rtf", [("title", "MG6C - Non-sensitive unused material"),
                             ("table", ["No", "Description", "Location"], [
                                 ["1", "TIDEMARK incident log 0771 of 17/05/2026 (101 call; attendance)", "With file"],
                                 ["2", "TIDEMARK crime record PB/26/0155", "With file"],
                                 ["3", "PNB PC 3875 OKONJO 17/05/2026 (first account) - copy", "With file"],
                                 ["4", "Note of barman enquiry 21/05/2026: served her 4-5 drinks from 22:30", "CID Hexley"],
                                 ["5", "Council CCTV confirmation 21/05/2026: no camera covers Weaver's Yard", "CID Hexley"],
                                 ["6", "Note: suspect's flatmate away 15-18/05/2026 (confirmed 22/05/2026)", "CID Hexley"],
                                 ["7", "Custody record SYKES 19/05/2026", "Custody"],
                                 ["8", "ABE plan 18/05/2026", "CID Hexley"],
                                 ["9", "Witness PNC checks", "With file"]], [0.07, 0.7, 0.23])], ST(), d(6, 30, 9), "MG6C")
    F.rtf("MG6D SYKES.rtf", [("title", "MG6D - Sensitive material"),
                             ("table", ["No", "Description", "Reason"], [["1", "SARC records", "Medical confidentiality"],
                                                                          ["2", "Complainant's details", "Privacy"]], [0.1, 0.5, 0.4])],
          ST(), d(6, 30, 9, 10), "MG6D")
    F.rtf("MG12 SYKES.rtf", [("title", "MG12 Exhibit list"),
                             ("table", ["Ref", "Description", "Produced by"], [
                                 ["HM/1", "ABE recording 18/05/2026", "DC MARR"], ["PK/1", "Vaults front door CCTV", "Paul KEMP"],
                                 ["CM/1-CM/6", "SARC samples", "Dr C. MBEKI (FME)"]], [0.15, 0.6, 0.25])], ST(), d(6, 30, 9, 20), "MG12")
    F.rtf("TIDEMARK incident 0771.rtf", [("title", "TIDEMARK CAD - INCIDENT 0771 - 17/05/2026"),
                                         ("mono", ["1310  FCR08  101 CALL - FEMALE 22 BELIEVES RAPED LAST NIGHT BY MALE 'AARON' FROM VAULTS BAR",
                                                   "             VERY DRUNK, LIMITED MEMORY. AT HOME. SAFE.",
                                                   "1312  FCR08  GRADE 2",
                                                   "1405  HX22   PC3875 WITH VICTIM. FIRST ACCOUNT TAKEN.",
                                                   "1430  HX22   SARC HOLLYBANK 1730 BOOKED",
                                                   "1440  DISP   CRIME PB/26/0155. CLOSED"])], ST(), d(5, 17, 14, 40), "INCIDENT_LOG")
    F.rtf("TIDEMARK crime PB-26-0155.rtf", [("title", "TIDEMARK RECORDS - CRIME PB/26/0155"),
                                            ("table", ["Field", "Value"], [["URN", urn], ["Offence", "Rape s.1"],
                                                                           ["Victim", "WEBB, Chantelle F 22 - Mixed White/Black Caribbean"],
                                                                           ["Suspect", "SYKES, Aaron Lee - bailed"], ["OIC", oic]], [0.3, 0.7])],
          ST(), d(6, 30, 8), "CRIME_REPORT")
    F.pdf("Hollybank FME summary WEBB.pdf", [
        ("title", "Hollybank SARC - FME summary"),
        ("kv", [("Patient", "Chantelle WEBB"), ("Date", "17/05/2026 17:30"), ("FME", "Dr C. MBEKI"),
                ("Consent", "Signed: examination, samples and release of records to police and CPS")], "table"),
        ("p", "Small abrasion at the posterior fourchette. Bruise right knee. Samples CM/1-CM/6 handed to DC MARR.")],
        dict(font="Helvetica", size=10, foot="Page {page} of {nb}"), d(5, 18), "MEDICAL")

    F.exit = 1
    F.must_fail = ["outstanding_dated", "forensic_medical"]
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                       "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                       "exhibits", "special_measures", "victim_care", "files_readable", "one_urn"]
    return F


# ===========================================================================
# F4  file_for_gatekeeper_v2  (Kingsmere Police, LANTERN)  -- faulty
#     PLANTED: (1) vague MG6C entries ("Misc. notes", "Various e-mails" ...)
#     (schedule_descriptions); (2) the incident log is said to be attached
#     (MG3, MG6C "With file") but is not in the folder (rebuttable_presumption).
# ===========================================================================
def case_gatekeeper_v2(out):
    urn = "61KM0602226"
    F = Folder(out, "file_for_gatekeeper_v2", urn)
    ST = lambda **o: sys_style("LANTERN", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 5150 Ravi DESAI"

    mg3 = [
        ("title", "MG3 Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN:", urn), ("Suspect:", "BLAKE, Stuart Ian (07/07/1980)"),
                ("Offence:", "Assault by penetration (SOA 2003 s.2) - 11/06/2026 c. 01:40 - in private hire vehicle, Kingsmere"),
                ("Decision sought:", "Full code test"),
                ("Bail:", "Pre-charge bail to 11/09/2026: not to contact Amber KENT; not to work as a private hire driver "
                          "(the council has also suspended his licence).")], "lines"),
        ("h", "Summary"),
        ("p", "Amber KENT (30) booked a Kingsmere Cars private hire vehicle home from the town centre at 01:20. The driver "
              "was Stuart BLAKE. She had been drinking and dozed in the back. She says she woke when the car stopped in a "
              "service road off Orchard Way; the driver had got into the back seat, pulled her dress up and had his fingers "
              "inside her vagina. She pushed him off and screamed; he got back in the front and drove her home without "
              "speaking. At home at about 02:00 she woke her partner Tom ASHBY and told him (statement attached); he rang "
              "999 and PC 6612 HOLLOWAY attended at 02:20 (statement attached). ABE 12/06/2026 (RD/1) with summary."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 12/06/2026 (ROTI attached): denies stopping or touching her; says she was drunk and asleep the "
              "whole way and may have dreamt it. Likely defence: denial / fabrication or confusion through drink."),
        ("h", "Lines of enquiry"),
        ("ul", ["Operator GPS journey record (request limited to this booking, 01:20-02:05 on 11/06/2026): shows a stop of "
                "6 minutes in the service road off Orchard Way at 01:38-01:44. Supports her; undermines his account.",
                "In-car camera: the vehicle has none (council licensing confirmed).",
                "Forensic: external genital swabs - male DNA matching BLAKE (SFR1 attached).",
                "Her phone: not examined - no contact with him; the booking was made through the operator's app and the "
                "operator's record has been obtained directly.",
                "Previous complaints about the driver: licensing and operator records checked - none."]),
        ("h", "Outstanding"),
        ("p", "None - all results received."),
        ("h", "Victim care"),
        ("p", "MG2 attached: s.17(4); ABE as evidence in chief; she does not want s.28 and would prefer live link at trial; "
              "no intermediary needed. Needs: hearing loss in one ear - she asks that people face her when speaking; no "
              "interpreter. ISVA referral 11/06/2026. VPS offered 12/06/2026 - she will make one later."),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice was not sought because the GPS record and DNA gave a clear picture within three weeks (DS "
              "decision 03/07/2026). MG6C and MG6D attached. The incident log and crime report are attached, as are the "
              "PNC checks on the civilian witnesses."),
        ("kv", [("OIC:", f"{oic}, 01632 960515, ravi.desai@kingsmere.police.example"),
                ("Supervisor:", "DS 0990 Mark PARRY - endorsed 10/07/2026")], "lines"),
    ]
    F.odt("MG3 BLAKE.odt", mg3, ST(head_right="MG3"), d(7, 10), "MG3")
    F.video("RD1 KENT VRI.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="Kingsmere VRI Suite 12/06/2026 RD/1", start_hms=(9, 30, 0), seed=101)
    F.odt("RD1 ABE summary.odt", [
        ("title", "ABE interview summary"),
        ("kv", [("Witness:", "Amber KENT"), ("Date:", "12/06/2026 09:30-10:21"), ("Interviewer:", oic), ("Exhibit:", "RD/1")], "lines"),
        ("table", ["Time", "Content"], [
            ["00:02", "Night out; booked car via app at 01:20; dozed in the back."],
            ["00:10", "Woke - car stopped, dark; driver in the back seat; dress pulled up; his fingers inside her vagina."],
            ["00:19", "Pushed him and screamed 'get off me'; he said nothing, got back in front, drove her home."],
            ["00:27", "Woke Tom and told him; Tom rang the police."],
            ["00:38", "Description of driver and car; special measures discussed."]], [0.12, 0.88])], ST(), d(6, 13), "ABE_SUMMARY")
    sysl = "Kingsmere Police - LANTERN statement print"
    F.odt("MG11 DESAI.odt", mg11(urn, dict(name="Ravi DESAI", occ="Detective Constable 5150", date="12/06/2026"), [
        "I am a Detective Constable with Kingsmere Police and am ABE trained.",
        "On Friday 12th June 2026 between 09:30 and 10:21 hours at the Kingsmere VRI suite I conducted a video-recorded "
        "interview with Amber KENT. I produce the recording as exhibit RD/1."], ("signed", "R Desai DC5150"),
        layout="lines", system_line=sysl), ST(), d(6, 12, 12), "MG11", "officer")
    F.odt("MG11 HOLLOWAY.odt", mg11(urn, dict(name="Grace HOLLOWAY", occ="Police Constable 6612", date="11/06/2026"), [
        "I am a police constable with Kingsmere Police. At 02:08 hours on Thursday 11th June 2026 I was sent to an "
        "address in Kingsmere following a 999 call from a man reporting that his partner had been sexually assaulted by a "
        "taxi driver. I arrived at 02:20 hours and was the first officer there.",
        "Amber KENT was sitting on the stairs wrapped in a dressing gown, crying. I asked her what had happened. She said "
        "'The taxi driver stopped the car and got in the back and put his fingers inside me while I was asleep.' She "
        "gave the operator's name and showed me the booking on the app. I recorded her account in my notebook.",
        "I arranged a SARC appointment and informed the RASSO team."], ("text", "[signed]"), layout="lines",
        system_line=sysl, decl=1), ST(), d(6, 11, 7), "MG11", "officer")
    F.odt("MG11 ASHBY.odt", mg11(urn, dict(name="Tom ASHBY", occ="Electrician", date="13/06/2026"), [
        "Amber KENT is my partner. We live together in Kingsmere.",
        "At about 2am on Thursday 11th June 2026 Amber woke me up. She was sobbing and could hardly breathe. She said "
        "'The taxi driver touched me, he put his fingers in me, he stopped the car and got in the back.' Her dress was "
        "twisted round.",
        "I rang 999 and the police came about twenty minutes later."], ("sgd", "T. ASHBY"), layout="lines",
        system_line=sysl), ST(), d(6, 13, 19), "MG11", "first_account")
    F.pdf("ROTI BLAKE.pdf", [
        ("title", "Record of Interview - summary"),
        ("kv", [("Interviewee", "Stuart Ian BLAKE 07/07/1980"), ("Date", "12/06/2026 14:00-14:39"), ("Officers", oic),
                ("Solicitor", "Mr G. HUNT")], "table"),
        ("p", "Confirms he drove the booking. Says she was drunk and asleep the whole way, he drove straight to her address "
              "and woke her. Denies stopping, getting into the back, or touching her. Asked about the GPS stop: 'Maybe I "
              "stopped to check the map.' Asked about his DNA: no comment.")], ST(font="Times"), d(6, 13), "ROTI")
    F.pdf("PNC BLAKE.pdf", [("title", "PNC"), ("p", "BLAKE, Stuart Ian, 07/07/1980 - no convictions, no cautions. Printed 08/07/2026.")],
          ST(font="Times"), d(7, 8), "PNC")
    F.odt("PNC witnesses KENT.odt", [("title", "Witness PNC checks 08/07/2026"),
                                     ("table", ["Witness", "Result"], [["Amber KENT", "No trace"], ["Tom ASHBY", "No trace"]], [0.5, 0.5])],
          ST(), d(7, 8, 11), "PNC")
    F.odt("MG6C KENT.odt", [
        ("title", "MG6C - Police schedule of non-sensitive unused material"),
        ("kv", [("URN:", urn), ("R v", "BLAKE"), ("Disclosure officer:", oic)], "lines"),
        ("table", ["No.", "Description", "Location"], [
            ["1", "LANTERN crime record 26/15520", "With file"],
            ["2", "LANTERN incident log 0412 of 11/06/2026", "With file"],
            ["3", "Officer's PNB", "RASSO"],
            ["4", "Misc. notes", "RASSO"],
            ["5", "Various e-mails", "RASSO"],
            ["6", "Kingsmere Cars GPS journey record, booking KC-5582190, 01:20-02:05 11/06/2026", "RASSO"],
            ["7", "Documents re suspect", "RASSO"],
            ["8", "Council licensing check 15/06/2026: no in-car camera; no previous complaints", "RASSO"],
            ["9", "Other material", "RASSO"],
            ["10", "Custody record BLAKE 12/06/2026", "Custody"],
            ["11", "Witness PNC checks 08/07/2026", "With file"]], [0.08, 0.67, 0.25]),
        ("p", "Signed R. Desai DC 5150 10/07/2026")], ST(), d(7, 10, 9), "MG6C")
    F.odt("MG6D KENT.odt", [("title", "MG6D - Police schedule of sensitive material"),
                            ("table", ["No.", "Description", "Reason"], [["1", "SARC records 11/06/2026", "Medical confidentiality"],
                                                                         ["2", "Complainant's address and phone", "Privacy"]], [0.1, 0.5, 0.4])],
          ST(), d(7, 10, 9, 10), "MG6D")
    F.odt("MG12 KENT.odt", [("title", "MG12 Exhibit list"),
                            ("table", ["Ref", "Description", "Produced by"], [["RD/1", "ABE recording 12/06/2026", "DC DESAI"],
                                                                               ["VS/1-VS/4", "SARC samples", "Dr V. SOLBERG"]], [0.15, 0.6, 0.25])],
          ST(), d(7, 10, 9, 20), "MG12")
    F.odt("MG2 KENT.odt", [("title", "MG2 Special measures assessment"),
                           ("kv", [("Witness:", "Amber KENT"), ("Eligibility:", "s.17(4)"),
                                   ("Views:", "ABE as evidence in chief; declines s.28 - prefers live link at trial; screens not needed if live link"),
                                   ("Intermediary:", "Not required"), ("Other needs:", "Hearing loss (left ear) - face her when speaking")], "lines")],
          ST(), d(6, 12, 14), "MG2")
    F.odt("LANTERN crime record 26-15520.odt", [
        ("title", "LANTERN - Crime Record 26/15520"),
        ("kv", [("URN:", urn), ("Offence:", "Assault by penetration s.2"), ("Reported:", "11/06/2026 02:05 (999, partner) - log 0412"),
                ("Victim:", "KENT, Amber F 30 - partial hearing loss (declared)"), ("Suspect:", "BLAKE, Stuart Ian - bailed"),
                ("OIC:", oic)], "lines"),
        ("p", "PC HOLLOWAY 11/06: victim states private hire driver stopped in a service road, got into back seat and "
              "digitally penetrated her while she slept. First account in PNB.")], ST(), d(7, 10, 8), "CRIME_REPORT")
    F.pdf("Linden SARC and SFR1 KENT.pdf", [
        ("title", "SARC FME summary and SFR1"),
        ("kv", [("Patient", "Amber KENT"), ("Examined", "11/06/2026 08:00, Dr V. SOLBERG"),
                ("Consent", "Signed - release of records to police and CPS"), ("SFR1", "Linden Forensic Science LFS-26-1502, 29/06/2026")], "table"),
        ("p", "Examination: no injuries. SFR1: male DNA on the external genital swab VS/2 matches Stuart BLAKE.")],
        dict(font="Times", size=10.5, foot="Page {page} of {nb}"), d(6, 29), ["MEDICAL", "FORENSIC"])

    F.exit = 1
    F.must_fail = ["schedule_descriptions", "rebuttable_presumption"]
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dig_dpn", "dig_prop",
                       "digital_proportionality", "exhibits", "forensic_medical", "special_measures",
                       "victim_care", "files_readable", "one_urn"]
    return F


# ===========================================================================
# F5  Op HAWTHORN submission  (Eastwick Vale Police, BRAMBLE)  -- faulty
#     PLANTED: (1) special measures deferred "nearer the trial" - no MG2, no
#     view on s.28 (special_measures); (2) the interviewing officer's MG11
#     describes the ABE but produces no exhibit, and no other statement does
#     (abe_exhibited).
# ===========================================================================
def case_hawthorn(out):
    urn = "74EV0318126"
    F = Folder(out, "Op HAWTHORN submission", urn)
    ST = lambda **o: sys_style("BRAMBLE", urn, **o)
    d = lambda m, dd, h=10, mi=0: fixed_dt(2026, m, dd, h, mi)
    oic = "DC 0871 Kate WOOD"

    mg3 = [
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("table", ["URN", "Suspect", "Offence", "Decision"], [[urn, "WADE, Kieran Paul (11/01/1999)",
                   "Rape SOA 2003 s.1 - 30/05/2026 approx 02:00 - Greenacre Folk Festival campsite, Eastwick", "Full Code Test"]],
         [0.18, 0.24, 0.4, 0.18]),
        ("p", "Bail: pre-charge bail to 30/08/2026 - not to contact Lucy FARRAR or Ella NGUYEN directly or indirectly."),
        ("h", "Evidence"),
        ("p", "Lucy FARRAR (23) was camping at the festival with her friend Ella NGUYEN. At about 01:15 she went with Kieran "
              "WADE, whom she had met that evening, towards his tent to get a drink. In her ABE interview (01/06/2026, "
              "summary attached) she says that in the tent he kissed her, she said she wanted to go back to her friend, "
              "and he held her down and raped her (penile-vaginal). She ran to the festival welfare tent at about 02:10 "
              "and told volunteer Ruth ADEYEMI (statement attached). PC 1189 PRYCE of the festival policing team was the "
              "first officer to attend, at 02:25 (statement attached). Ella NGUYEN saw them leave together; she describes "
              "Lucy as 'a bit drunk, laughing', which may assist the defence (statement attached)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 31/05/2026: accepts intercourse; says it was consensual and she left because she 'felt bad about "
              "leaving her mate'. Likely defence: consent."),
        ("h", "Lines of enquiry"),
        ("ul", ["Festival CCTV: none in the camping fields (organiser confirmed 01/06/2026).",
                "Neighbouring tents (3 groups): nobody heard anything over the music - notes on MG6C.",
                "Suspect's friends (2) who shared his tent: both were at the main stage until 03:00 - notes on MG6C.",
                "Phones: not examined. There was no communication between them before or after; she did not message anyone "
                "about it; she did not want her phone examined and it has not been.",
                "Forensic: SARC swabs - semen, DNA matches WADE (SFR1 attached); intercourse admitted."]),
        ("h", "Outstanding evidence"),
        ("p", "No further enquiries are outstanding."),
        ("h", "Victim care"),
        ("ul", ["Special measures: to be discussed with Lucy nearer the trial date; she has been told about screens.",
                "Needs: she lives in Leeds - travel and overnight accommodation will be needed for court. No interpreter.",
                "ISVA: referred 30/05/2026 to the Eastwick ISVA Service (ISVA Hannah COLE).",
                "VPS: offered 01/06/2026 - she made one on 20/06/2026 (attached)."]),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice was not sought: intercourse is admitted and all enquiries were complete within three weeks (DS "
              "ROURKE, policy 2). MG6C, MG6D attached, with the BRAMBLE crime report, incident log and witness PNC checks."),
        ("table", ["OIC", "Contact", "Supervisor"], [[oic, "01632 960871 / kate.wood@eastwickvale.police.example",
                                                     "DS 2290 Ian ROURKE - endorsed 10/07/2026"]], [0.25, 0.45, 0.3]),
    ]
    F.docx("MG3 HAWTHORN.docx", mg3, ST(head_right="MG3"), d(7, 10), "MG3")
    F.video("VRI 01-06-2026 FARRAR.mp4", "ABE_RECORDING", kind="abe", seconds=3,
            caption="EVP ABE suite 01/06/2026 rec EVP-VRI-0601-02", start_hms=(14, 0, 0), seed=111)
    F.docx("ABE summary FARRAR.docx", [
        ("title", "Video recorded interview - summary"),
        ("table", ["Field", "Detail"], [["Witness", "Lucy FARRAR"], ["Date", "01/06/2026 14:00-14:55"], ["Interviewer", oic],
                                        ["Recording", "Suite system ref EVP-VRI-0601-02"]], [0.25, 0.75]),
        ("table", ["Time", "Summary"], [
            ["00:02", "Festival with Ella; met Kieran by the food vans about 23:00."],
            ["00:11", "01:15 went with him to his tent for a drink."],
            ["00:17", "He kissed her; she said 'I want to go back to Ella'; he pushed her down, lay on her, pulled her shorts aside; penile-vaginal rape; she said 'no' and 'stop'."],
            ["00:31", "When he rolled off she grabbed her shoes and ran to the welfare tent."],
            ["00:40", "Told the welfare lady; police came."],
            ["00:49", "Closure."]], [0.12, 0.88])], ST(), d(6, 2), "ABE_SUMMARY")
    sysl = "BRAMBLE Case Builder - statement"
    F.docx("MG11 WOOD.docx", mg11(urn, dict(name="Kate WOOD", occ="Detective Constable 0871", date="01/06/2026"), [
        "I am a Detective Constable with Eastwick Vale Police, trained to ABE standard.",
        "On Monday 1st June 2026 between 14:00 and 14:55 hours at the Eastwick ABE suite I conducted a video-recorded "
        "interview with Lucy FARRAR. DC 1633 BAXTER monitored.",
        "The interview was recorded on the suite's recording system. After the interview I explained the next steps to "
        "Ms FARRAR and confirmed her ISVA's details.",
        "On 31st May 2026 I interviewed Kieran WADE under caution with his solicitor present."],
        ("signed", "K Wood DC0871"), system_line=sysl), ST(), d(6, 1, 17), "MG11", "officer")
    F.docx("MG11 ADEYEMI welfare.docx", mg11(urn, dict(name="Ruth ADEYEMI", occ="Festival welfare volunteer / teacher", date="30/05/2026"), [
        "I was a volunteer in the welfare tent at the Greenacre Folk Festival on the night of 29th-30th May 2026.",
        "At about 02:10 a young woman, Lucy FARRAR, came running into the tent barefoot, holding her shoes. She was "
        "crying and shaking. She said 'A lad I met tonight made me have sex with him in his tent. I said no and he "
        "wouldn't get off me.'",
        "I sat her down with a blanket and radioed the festival police team. An officer came at about 02:25."],
        ("text", "[signed]"), system_line=sysl), ST(), d(5, 30, 9), "MG11", "first_account")
    F.docx("MG11 PRYCE 1189.docx", mg11(urn, dict(name="Owen PRYCE", occ="Police Constable 1189", date="30/05/2026"), [
        "I am a police constable with Eastwick Vale Police and was on duty with the festival policing team at Greenacre "
        "Folk Festival. At 02:20 hours on 30th May 2026 I was called by radio to the welfare tent and arrived at 02:25. "
        "I was the first officer to attend.",
        "Lucy FARRAR was sitting wrapped in a blanket with a welfare volunteer. I asked her what had happened. She said "
        "'He held me down in his tent and had sex with me. I told him no.' She pointed out the tent in the blue field. I "
        "recorded this in my notebook.",
        "At 03:05 hours I arrested Kieran WADE at that tent."], ("sgd", "O PRYCE PC1189"), system_line=sysl, decl=1),
        ST(), d(5, 30, 8), "MG11", "officer")
    F.docx("MG11 NGUYEN.docx", mg11(urn, dict(name="Ella NGUYEN", occ="Student", date="02/06/2026"), [
        "I went to the Greenacre Folk Festival with my friend Lucy FARRAR.",
        "At about 01:15 on 30th May 2026 Lucy told me she was going with Kieran, a lad we had met by the food vans, to get "
        "a drink from his tent. She was a bit drunk and laughing. I went back to our tent and fell asleep.",
        "The police woke me at about 03:30."], ("signed", "E. Nguyen"), system_line=sysl), ST(), d(6, 2, 18), "MG11", "witness")
    F.docx("PNB PRYCE p7.docx", pnb_extract(urn, "PC 1189 Owen PRYCE", "7", "30/05/2026", [
        "0225 Welfare tent, Greenacre. FARRAR Lucy with volunteer ADEYEMI.",
        "Her words: 'He held me down in his tent and had sex with me. I told him no.'",
        "Points out tent - blue field, green dome tent by the water point.",
        "0305 Arrested WADE Kieran at that tent."], "O. Pryce PC 1189, 30/05/2026"), ST(), d(5, 30, 10), ["OTHER"], check=False)
    F.docx("ROTI WADE.docx", [("title", "MG15 - Record of interview"),
                              ("table", ["Field", "Detail"], [["Interviewee", "Kieran Paul WADE 11/01/1999"],
                                                              ["Date", "31/05/2026 11:00-11:40"], ["Officers", oic],
                                                              ["Solicitor", "Ms H. DRAKE"]], [0.25, 0.75]),
                              ("p", "Accepts sex in his tent. Says she kissed him and it was consensual; afterwards she said "
                                    "she felt bad about leaving her friend and went. Denies holding her down.")],
           ST(), d(6, 1), "ROTI")
    F.docx("PNC WADE.docx", [("title", "PNC"), ("p", "WADE, Kieran Paul 11/01/1999: one conviction - 03/03/2020 Eastwick MC, "
                                                      "possession of cannabis (class B), fine. Printed 06/07/2026.")],
           ST(), d(7, 6), "PNC")
    F.docx("PNC witnesses HAWTHORN.docx", [("title", "Witness PNC checks 06/07/2026"),
                                            ("table", ["Witness", "Result"], [["Lucy FARRAR", "No trace"], ["Ruth ADEYEMI", "No trace"],
                                                                              ["Ella NGUYEN", "No trace"]], [0.5, 0.5])],
           ST(), d(7, 6, 11), "PNC")
    F.docx("MG6C HAWTHORN.docx", [("title", "MG6C - Schedule of non-sensitive unused material"),
                                   ("table", ["No.", "Description", "Location"], [
                                       ["1", "BRAMBLE crime report EV/26/3181", "With file"],
                                       ["2", "BRAMBLE incident log 0019 of 30/05/2026 (festival radio call)", "With file"],
                                       ["3", "PC 1189 PRYCE PNB 30/05/2026 p.7 (first account) - copy", "With file"],
                                       ["4", "Festival organiser e-mail 01/06/2026: no CCTV in camping fields", "OIC"],
                                       ["5", "Notes of enquiries with three neighbouring tent groups, 30/05/2026: heard nothing over the music", "OIC"],
                                       ["6", "Notes of enquiries with WADE's two tent-mates, 30/05/2026: at main stage until 03:00", "OIC"],
                                       ["7", "Custody record WADE 30-31/05/2026", "Custody"],
                                       ["8", "ABE interview plan 01/06/2026", "OIC"],
                                       ["9", "Witness PNC checks 06/07/2026", "With file"]], [0.07, 0.68, 0.25])],
           ST(), d(7, 10, 9), "MG6C")
    F.docx("MG6D HAWTHORN.docx", [("title", "MG6D - Schedule of sensitive material"),
                                   ("table", ["No.", "Description", "Reason"], [["1", "Linden Centre SARC records", "Medical confidentiality"],
                                                                                ["2", "Complainant's home address (Leeds)", "Privacy"]], [0.1, 0.5, 0.4])],
           ST(), d(7, 10, 9, 10), "MG6D")
    F.docx("MG12 HAWTHORN.docx", [("title", "MG12 Exhibit list"),
                                   ("table", ["Ref", "Description", "Produced by"], [
                                       ["EM/1-EM/5", "SARC samples, Lucy FARRAR", "Dr E. MORLEY"],
                                       ["OP/1", "Sleeping bag from WADE's tent", "PC PRYCE"]], [0.15, 0.6, 0.25])],
           ST(), d(7, 10, 9, 20), "MG12")
    F.docx("BRAMBLE crime report EV-26-3181.docx", [
        ("title", "BRAMBLE - Crime Report EV/26/3181"),
        ("table", ["Field", "Value"], [["URN", urn], ["Offence", "Rape s.1"], ["Place", "Greenacre Folk Festival, blue camping field"],
                                       ["Victim", "FARRAR, Lucy F 23 - White British"], ["Suspect", "WADE, Kieran Paul - bailed"],
                                       ["OIC", oic]], [0.25, 0.75]),
        ("p", "First account to welfare volunteer ADEYEMI 02:10 and to PC PRYCE 02:25.")], ST(), d(7, 10, 8), "CRIME_REPORT")
    F.docx("BRAMBLE incident log 0019.docx", [
        ("title", "BRAMBLE - Incident log 0019 - 30/05/2026"),
        ("table", ["Time", "Entry"], [["02:18", "Festival welfare radio: young female in welfare tent reports rape in a tent, blue field."],
                                      ["02:20", "PC 1189 PRYCE assigned."], ["02:25", "PC PRYCE with victim. Suspect's tent identified."],
                                      ["03:05", "Suspect arrested."], ["03:30", "Victim to Linden Centre SARC. Log closed."]], [0.12, 0.88])],
        ST(), d(5, 30, 3, 30), "INCIDENT_LOG")
    F.pdf("SARC FME and SFR1 FARRAR.pdf", [
        ("title", "Linden Centre SARC - FME summary; Linden Forensic Science SFR1"),
        ("kv", [("Patient", "Lucy FARRAR"), ("Examined", "30/05/2026 05:00 by Dr E. MORLEY"),
                ("Consent", "Signed: release of records to police and CPS"), ("SFR1", "LFS-26-1633, 24/06/2026")], "table"),
        ("p", "Bruising to both upper arms. Semen on HVS EM/2; DNA matches Kieran WADE.")],
        dict(font="Helvetica", size=10, foot="Page {page} of {nb}"), d(6, 24), ["MEDICAL", "FORENSIC"])
    F.docx("VPS FARRAR.docx", [("title", "Victim Personal Statement"),
                               ("p", "I loved festivals. I have sold my ticket for the next one. I can't sleep in a tent or a "
                                     "room I can't lock."),
                               ("sig", dict(label="Signed:", text="L. Farrar", date="20/06/2026"))], ST(), d(6, 20), "VPS")

    F.exit = 1
    F.must_fail = ["special_measures", "abe_exhibited"]
    F.must_not_fail = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                       "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                       "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                       "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                       "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                       "exhibits", "forensic_medical", "files_readable", "one_urn"]
    return F


def chat_image(msgs, who, exref):
    """A phone screenshot of a messaging thread (PNG)."""
    w, h = 540, 140 + 96 * len(msgs)
    im = Image.new("RGB", (w, h), (236, 229, 221))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, 70], fill=(7, 94, 84))
    d.text((20, 22), who, font=_font("Sans", "B", 24), fill=(255, 255, 255))
    d.text((w - 90, 26), exref, font=_font("Sans", "", 18), fill=(255, 255, 255))
    f = _font("Sans", "", 19)
    fs = _font("Sans", "", 13)
    y = 90
    for side, when, text in msgs:
        lines = _wrap(d, text, f, 330)
        bh = 26 * len(lines) + 30
        if side == "out":
            x0, col = w - 380, (220, 248, 198)
        else:
            x0, col = 20, (255, 255, 255)
        d.rounded_rectangle([x0, y, x0 + 360, y + bh], 12, fill=col)
        for i, l in enumerate(lines):
            d.text((x0 + 14, y + 8 + 26 * i), l, font=f, fill=(20, 20, 20))
        d.text((x0 + 250, y + bh - 20), when, font=fs, fill=(110, 110, 110))
        y += bh + 16
    return im.crop((0, 0, w, y + 20))


def main():
    if sys.argv[1] == "--video":
        kw = json.loads(sys.argv[3])
        kw["start_hms"] = tuple(kw["start_hms"])
        make_video(sys.argv[2], **kw)
        return
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    only = sys.argv[2:] or None
    for fn in CASES:
        if only and fn.__name__ not in only:
            continue
        F = fn(out)
        F.write_expected(out)


CASES = [case_willow, case_foundry, case_lantern, case_coldwater, case_larch, case_quill, case_bracken, case_corvid, case_upload, case_gatekeeper_v2, case_hawthorn]

if __name__ == "__main__":
    main()
