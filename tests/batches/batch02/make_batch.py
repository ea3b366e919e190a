#!/usr/bin/env python3
"""batch02: synthetic RASSO pre-charge case folders with expected outcomes.

Usage:  python make_batch.py OUTDIR

Everything here is invented: names, places, forces, record systems. Phone numbers come from the
UK drama ranges and e-mail addresses use .example domains. Deterministic: fixed seeds, fixed dates,
fixed document metadata, zip members of DOCX/XLSX rewritten with a fixed timestamp.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import random
import re
import shutil
import struct
import sys
import textwrap
import wave
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import av
import numpy as np
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/dejavu/"
FIXED = dt.datetime(2026, 11, 16, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TS = (2026, 11, 16, 9, 0, 0)

FONTS = {
    "sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf",
             "DejaVuSansMono-BoldOblique.ttf"),
    "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf",
             "DejaVuSansCondensed-BoldOblique.ttf"),
}

# --------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------


class PDF(FPDF):
    """A4 PDF with DejaVu fonts, optional running head and foot ({page} and {nb} in the foot)."""

    def __init__(self, family="sans", head=None, foot=None, orientation="P", created=None,
                 margins=(16, 14, 16), title=None, author=None, first_page=True):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self._added = set()
        self.fam = family
        self.head = head
        self.foot = foot
        self.set_creation_date(created or FIXED)
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self.set_creator("batch02 generator")
        self.set_producer("batch02")
        self.set_margins(*margins)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        if first_page:
            self.add_page()

    def set_font(self, family=None, style="", size=0):
        fam = (family or self.font_family or "").lower()
        if fam in FONTS:
            sty = style if isinstance(style, str) else getattr(style, "style", "")
            st = "".join(sorted(set(sty.upper()) & set("BI"), key="BI".index))
            if (fam, st) not in self._added:
                self._added.add((fam, st))
                self.add_font(fam, st, FD + FONTS[fam][("", "B", "I", "BI").index(st)])
        return super().set_font(family, style, size)

    # running head / foot -------------------------------------------------------------------
    def header(self):
        if self.head is None:
            return
        if callable(self.head):
            self.head(self)
            return
        self.set_font(self.fam, "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, self.head, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        if self.foot is None:
            return
        if callable(self.foot):
            self.foot(self)
            return
        self.set_y(-13)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(60, 60, 60)
        txt = self.foot.replace("{page}", str(self.page_no()))
        self.cell(0, 4, txt, align="C")
        self.set_text_color(0, 0, 0)

    # text helpers --------------------------------------------------------------------------
    def f(self, style="", size=10, fam=None):
        self.set_font(fam or self.fam, style, size)

    def title_(self, text, size=14, align="C", style="B"):
        self.f(style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def hd(self, text, size=10.5, fill=None, style="B"):
        self.ln(1)
        self.f(style, size)
        if fill:
            self.set_fill_color(*fill)
            self.multi_cell(0, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def para(self, text, size=10, lh=4.9, style="", gap=1.6, align="L"):
        self.f(style, size)
        self.multi_cell(0, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def paras(self, texts, **kw):
        for t in texts:
            self.para(t, **kw)

    def line_(self, text, size=9.5, style=""):
        self.f(style, size)
        self.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def grid(self, rows, widths=(52, 128), size=9, fill=(228, 228, 228), lh=None, fam=None):
        """Field / value grid (record-system style)."""
        self.f("", size, fam)
        with self.table(col_widths=widths, first_row_as_headings=False, line_height=lh or size * 0.55,
                        text_align=("LEFT", "LEFT"), padding=1) as t:
            for label, value in rows:
                r = t.row()
                self.f("B", size, fam)
                r.cell(label, style=FontFace(emphasis="BOLD", fill_color=fill))
                r.cell(value, style=FontFace(emphasis=None))
        self.ln(2)

    def tab(self, headings, rows, widths, size=8.5, fill=(210, 210, 210), lh=None, fam=None, align=None):
        self.f("", size, fam)
        with self.table(col_widths=widths, first_row_as_headings=True, line_height=lh or size * 0.55,
                        headings_style=FontFace(emphasis="BOLD", fill_color=fill), padding=1,
                        text_align=align or "LEFT") as t:
            r = t.row()
            for hd in headings:
                r.cell(hd)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(str(c))
        self.ln(2)

    def boxes(self, label, chars, size=10, w=6.2):
        self.f("B", 9)
        self.cell(self.get_string_width(label) + 3, 7, label)
        self.f("", size, "mono")
        for ch in chars:
            self.cell(w, 7, ch, border=1, align="C")
        self.ln(9)

    def save(self, path):
        self.output(str(path))


# --------------------------------------------------------------------------------------------
# DOCX / XLSX determinism
# --------------------------------------------------------------------------------------------

def normalise_zip(path):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core.xml dates."""
    src = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2026-11-16T09:00:00Z\2", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2026-11-16T09:00:00Z\2", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    Path(path).write_bytes(out.getvalue())


class DOCX:
    def __init__(self, author="", title="", base_size=10.5, font="Arial", margins_cm=2.0):
        self.d = Document()
        st = self.d.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(base_size)
        cp = self.d.core_properties
        cp.author = author
        cp.last_modified_by = author
        cp.title = title
        cp.created = FIXED.replace(tzinfo=None)
        cp.modified = FIXED.replace(tzinfo=None)
        cp.revision = 1
        for s in self.d.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = s.bottom_margin = Cm(1.8)

    def running(self, head=None, foot=None):
        sec = self.d.sections[0]
        if head:
            p = sec.header.paragraphs[0]
            p.text = head
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.font.size = Pt(8)
                r.bold = True
        if foot:
            p = sec.footer.paragraphs[0]
            p.text = foot
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.font.size = Pt(8)

    def title(self, text, size=14, center=True):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    def h(self, text, size=11, shade=False):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        if shade:
            r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        return p

    def p(self, text, bold=False, italic=False, size=None):
        p = self.d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(4)
        return p

    def ps(self, texts):
        for t in texts:
            self.p(t)

    def grid(self, rows, widths=(5.0, 11.5), style="Table Grid", bold_labels=True, size=9.5):
        t = self.d.add_table(rows=0, cols=len(rows[0]) if rows else 2)
        t.style = style
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                cells[i].text = ""
                run = cells[i].paragraphs[0].add_run(str(val))
                run.font.size = Pt(size)
                if i == 0 and bold_labels:
                    run.bold = True
        for row in t.rows:
            for i, w in enumerate(widths[: len(row.cells)]):
                row.cells[i].width = Cm(w)
        self.d.add_paragraph()
        return t

    def tab(self, headings, rows, widths=None, size=9):
        t = self.d.add_table(rows=1, cols=len(headings))
        t.style = "Table Grid"
        for i, hd in enumerate(headings):
            c = t.rows[0].cells[i]
            c.text = ""
            r = c.paragraphs[0].add_run(hd)
            r.bold = True
            r.font.size = Pt(size)
        for row in rows:
            cells = t.add_row().cells
            for i, val in enumerate(row):
                cells[i].text = ""
                r = cells[i].paragraphs[0].add_run(str(val))
                r.font.size = Pt(size)
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        self.d.add_paragraph()
        return t

    def boxes(self, label, chars):
        t = self.d.add_table(rows=1, cols=len(chars) + 1)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = label
        t.rows[0].cells[0].width = Cm(2.2)
        for i, ch in enumerate(chars):
            t.rows[0].cells[i + 1].text = ch
            t.rows[0].cells[i + 1].width = Cm(0.6)
        self.d.add_paragraph()

    def page_break(self):
        self.d.add_page_break()

    def save(self, path):
        self.d.save(str(path))
        normalise_zip(path)


def write_xlsx(path, sheets, author="", title=""):
    """sheets: list of dicts(name, pre=[rows of text above the table], headings, rows, widths, post)."""
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="888888")
    for sh in sheets:
        ws = wb.create_sheet(sh["name"])
        r = 1
        for i, line in enumerate(sh.get("pre", [])):
            if isinstance(line, (list, tuple)):
                for j, v in enumerate(line):
                    ws.cell(row=r, column=1 + j, value=v)
                    ws.cell(row=r, column=1 + j).font = Font(bold=(j % 2 == 0))
            else:
                ws.cell(row=r, column=1, value=line)
                ws.cell(row=r, column=1).font = Font(bold=(i == 0), size=12 if i == 0 else 10)
            r += 1
        if sh.get("pre"):
            r += 1
        for j, hd in enumerate(sh["headings"]):
            c = ws.cell(row=r, column=1 + j, value=hd)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        ws.freeze_panes = ws.cell(row=r + 1, column=1)
        r += 1
        for row in sh["rows"]:
            for j, v in enumerate(row):
                c = ws.cell(row=r, column=1 + j, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            r += 1
        r += 1
        for line in sh.get("post", []):
            ws.cell(row=r, column=1, value=line)
            r += 1
        for j, w in enumerate(sh.get("widths", [])):
            ws.column_dimensions[chr(65 + j)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.save(str(path))
    normalise_zip(path)


# --------------------------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------------------------

def write_eml(path, frm, to, subject, date, body, cc=None, msgid=None, in_reply_to=None, quoted=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or f"<{abs(hash_text(subject + date)) % 10**12}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m["X-Classification"] = "OFFICIAL-SENSITIVE"
    text = body
    if quoted:
        text += "\n\n" + "\n".join("> " + q if q else ">" for q in quoted.splitlines())
    m.set_content(text)
    Path(path).write_bytes(m.as_bytes(policy=SMTP))


def hash_text(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2**61 - 1)
    return h


# --------------------------------------------------------------------------------------------
# Page images: scans and phone photos
# --------------------------------------------------------------------------------------------

_font_cache = {}


def font(name, px):
    key = (name, px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(FD + name, px)
    return _font_cache[key]


def render_pages(elements, dpi=200, margin_mm=18, size_mm=(210, 297), base_pt=10.5, head=None, foot=None):
    """Lay out simple elements on white A4 images. Elements:
    ('title', text) ('h', text) ('p', text) ('kv', [(label, value), ...]) ('sig', text)
    ('line', text) ('gap', mm) ('boxes', label, chars) ('rule',) ('small', text)"""
    k = dpi / 25.4
    W, H = int(size_mm[0] * k), int(size_mm[1] * k)
    m = int(margin_mm * k)
    pt = dpi / 72.0
    pages = []
    state = {}

    def new_page():
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        pages.append(img)
        state["img"], state["d"], state["y"] = img, d, m
        if head:
            fnt = font("DejaVuSans-Bold.ttf", int(8 * pt))
            tw = d.textlength(head, font=fnt)
            d.text(((W - tw) / 2, int(8 * k)), head, font=fnt, fill=40)

    def ensure(h):
        if state["y"] + h > H - m - int(8 * k):
            new_page()

    def wrap(text, fnt, width):
        out = []
        for para in text.split("\n"):
            words = para.split(" ")
            line = ""
            for w in words:
                t = (line + " " + w).strip()
                if state["d"].textlength(t, font=fnt) <= width:
                    line = t
                else:
                    if line:
                        out.append(line)
                    line = w
            out.append(line)
        return out

    def draw_lines(lines, fnt, lh, x=None, fill=0):
        for ln in lines:
            ensure(lh)
            state["d"].text((x if x is not None else m, state["y"]), ln, font=fnt, fill=fill)
            state["y"] += lh

    new_page()
    for el in elements:
        kind = el[0]
        if kind == "title":
            fnt = font("DejaVuSans-Bold.ttf", int(14 * pt))
            for ln in wrap(el[1], fnt, W - 2 * m):
                ensure(int(20 * pt))
                tw = state["d"].textlength(ln, font=fnt)
                state["d"].text(((W - tw) / 2, state["y"]), ln, font=fnt, fill=0)
                state["y"] += int(19 * pt)
            state["y"] += int(4 * pt)
        elif kind == "h":
            fnt = font("DejaVuSans-Bold.ttf", int(11 * pt))
            state["y"] += int(4 * pt)
            draw_lines(wrap(el[1], fnt, W - 2 * m), fnt, int(15 * pt))
            state["y"] += int(2 * pt)
        elif kind in ("p", "small"):
            sz = base_pt if kind == "p" else 8.5
            fnt = font("DejaVuSans.ttf", int(sz * pt))
            draw_lines(wrap(el[1], fnt, W - 2 * m), fnt, int(sz * 1.45 * pt))
            state["y"] += int(5 * pt)
        elif kind == "line":
            fnt = font("DejaVuSans.ttf", int(base_pt * pt))
            draw_lines([el[1]], fnt, int(base_pt * 1.5 * pt))
        elif kind == "sig":
            fnt = font("DejaVuSerif-Italic.ttf", int(13 * pt))
            draw_lines([el[1]], fnt, int(20 * pt), fill=20)
        elif kind == "gap":
            state["y"] += int(el[1] * k)
        elif kind == "rule":
            ensure(int(6 * pt))
            state["d"].line((m, state["y"], W - m, state["y"]), fill=0, width=max(1, int(pt / 2)))
            state["y"] += int(6 * pt)
        elif kind == "boxes":
            fnt = font("DejaVuSans-Bold.ttf", int(9.5 * pt))
            mono = font("DejaVuSansMono.ttf", int(11 * pt))
            bw, bh = int(6.5 * k), int(7 * k)
            ensure(bh + int(4 * pt))
            d = state["d"]
            d.text((m, state["y"] + int(1.5 * k)), el[1], font=fnt, fill=0)
            x = m + int(d.textlength(el[1], font=fnt)) + int(3 * k)
            for ch in el[2]:
                d.rectangle((x, state["y"], x + bw, state["y"] + bh), outline=0, width=max(1, int(pt / 2)))
                tw = d.textlength(ch, font=mono)
                d.text((x + (bw - tw) / 2, state["y"] + int(1 * k)), ch, font=mono, fill=0)
                x += bw
            state["y"] += bh + int(6 * pt)
        elif kind == "kv":
            fb = font("DejaVuSans-Bold.ttf", int(9.5 * pt))
            fr = font("DejaVuSans.ttf", int(9.5 * pt))
            lw = int(48 * k)
            lh = int(9.5 * 1.45 * pt)
            for label, value in el[1]:
                vlines = wrap(value, fr, W - 2 * m - lw - int(3 * k))
                hgt = lh * max(1, len(vlines)) + int(2 * pt)
                ensure(hgt)
                y0 = state["y"]
                d = state["d"]
                d.rectangle((m, y0, W - m, y0 + hgt), outline=0, width=max(1, int(pt / 3)))
                d.line((m + lw, y0, m + lw, y0 + hgt), fill=0, width=max(1, int(pt / 3)))
                d.text((m + int(1.5 * k), y0 + int(1 * pt)), label, font=fb, fill=0)
                for i, vl in enumerate(vlines):
                    d.text((m + lw + int(1.5 * k), y0 + int(1 * pt) + i * lh), vl, font=fr, fill=0)
                state["y"] = y0 + hgt
            state["y"] += int(6 * pt)
    if foot:
        fnt = font("DejaVuSans.ttf", int(8 * pt))
        n = len(pages)
        for i, img in enumerate(pages):
            d = ImageDraw.Draw(img)
            t = foot.replace("{page}", str(i + 1)).replace("{nb}", str(n))
            tw = d.textlength(t, font=fnt)
            d.text(((W - tw) / 2, H - int(12 * k)), t, font=fnt, fill=40)
    return pages


def scanned_pdf(path, elements, seed, dpi=200, head=None, foot=None, angle=0.35):
    """Image-only PDF: pages drawn as pictures, a little grey and tilted, no text layer."""
    rnd = np.random.default_rng(seed)
    pages = render_pages(elements, dpi=dpi, head=head, foot=foot)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("Canon iR-ADV C5535 scan")
    pdf.set_producer("batch02")
    pdf.set_auto_page_break(False)
    for i, img in enumerate(pages):
        a = angle * (1 if i % 2 == 0 else -0.7)
        img = img.rotate(a, resample=Image.BICUBIC, fillcolor=255, expand=False)
        arr = np.asarray(img).astype(np.int16)
        arr = arr - 10 + rnd.normal(0, 3, arr.shape).astype(np.int16)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        img = Image.fromarray(arr, "L")
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=62, optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def _persp_coeffs(src, dst):
    # coefficients mapping dst (output) -> src (input) for PIL PERSPECTIVE
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def phone_photo(path, elements, seed, angle=2.5, dpi=150, desk=(120, 92, 64), head=None, foot=None, page=0):
    """JPEG of one page photographed on a desk: tilted, slightly keystoned, uneven light."""
    rnd = random.Random(seed)
    img = render_pages(elements, dpi=dpi, head=head, foot=foot)[page].convert("RGB")
    w, h = img.size
    W, H = int(w * 1.22), int(h * 1.16)
    yy, xx = np.mgrid[0:H, 0:W]
    bg = np.zeros((H, W, 3), np.float32)
    for c in range(3):
        bg[..., c] = desk[c] * (0.85 + 0.25 * xx / W) * (0.93 + 0.06 * np.sin(yy / 61.0 + xx / 240.0 + c))
    canvas = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8), "RGB")
    ox, oy = (W - w) // 2, (H - h) // 2
    j = lambda s: rnd.uniform(-s, s)
    dst = [(ox + j(12) + 18, oy + j(12)), (ox + w + j(12) - 10, oy + j(10) + 14),
           (ox + w + j(12), oy + h + j(12) - 6), (ox + j(12) - 8, oy + h + j(10))]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = _persp_coeffs(src, dst)
    warped = img.transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", (w, h), 255).transform((W, H), Image.PERSPECTIVE, coeffs, resample=Image.BILINEAR,
                                                  fillcolor=0)
    shadow = mask.filter(ImageFilter.GaussianBlur(14))
    canvas = Image.composite(Image.new("RGB", (W, H), (40, 30, 20)), canvas,
                             shadow.point(lambda v: int(v * 0.5)))
    canvas.paste(warped, (0, 0), mask)
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, fillcolor=desk)
    arr = np.asarray(canvas).astype(np.float32)
    light = 0.8 + 0.22 * (1 - ((xx - W * 0.35) ** 2 + (yy - H * 0.3) ** 2) / (W ** 2 + H ** 2) * 2.2)
    arr = arr * light[..., None] * np.array([1.0, 0.98, 0.93])
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
    canvas.save(str(path), "JPEG", quality=84)


# --------------------------------------------------------------------------------------------
# Multimedia
# --------------------------------------------------------------------------------------------

def make_video(path, seconds, kind, caption, stamp_start, seed, codec="libx264", title=None):
    """Short real video (320x240, 10 fps) with a synthetic scene, timestamp overlay and an audio track."""
    rnd = random.Random(seed)
    fps = 10
    n = int(seconds * fps)
    cont = av.open(str(path), "w", format="mp4")
    if title:
        cont.metadata["title"] = title
    cont.metadata["comment"] = caption
    vs = cont.add_stream(codec, rate=fps)
    vs.width, vs.height, vs.pix_fmt = 320, 240, "yuv420p"
    if codec == "libx264":
        vs.options = {"crf": "30", "preset": "veryfast", "threads": "1"}
    else:
        vs.bit_rate = 300000
        vs.thread_count = 1
    aud = cont.add_stream("aac", rate=16000)
    aud.layout = "mono"
    fsmall = font("DejaVuSansMono.ttf", 11)
    fcap = font("DejaVuSans-Bold.ttf", 11)
    t0 = stamp_start
    for i in range(n):
        im = Image.new("RGB", (320, 240), (0, 0, 0))
        d = ImageDraw.Draw(im)
        if kind == "abe":
            d.rectangle((0, 0, 320, 240), fill=(196, 186, 168))
            d.rectangle((0, 150, 320, 240), fill=(120, 104, 90))
            d.rectangle((40, 60, 100, 150), fill=(90, 110, 140))       # sofa
            d.rectangle((210, 60, 280, 150), fill=(90, 110, 140))
            sway = int(3 * math.sin(i / 4.0))
            d.ellipse((58 + sway, 44, 84 + sway, 72), fill=(224, 190, 160))  # heads
            d.ellipse((228, 44 + sway // 2, 254, 72 + sway // 2), fill=(210, 175, 140))
            d.rectangle((55 + sway, 72, 88 + sway, 120), fill=(60, 60, 70))
            d.rectangle((225, 72, 258, 120), fill=(130, 40, 50))
        elif kind == "bwv":
            d.rectangle((0, 0, 320, 240), fill=(70, 70, 76))
            d.rectangle((0, 0, 320, 90), fill=(150, 160, 175))
            d.rectangle((110 + int(6 * math.sin(i / 3)), 80, 200, 240), fill=(200, 120, 130))
            d.ellipse((130, 40, 180, 95), fill=(225, 190, 165))
        elif kind == "cctv":
            d.rectangle((0, 0, 320, 240), fill=(40, 44, 40))
            d.polygon([(60, 240), (130, 80), (190, 80), (260, 240)], fill=(80, 84, 78))
            d.rectangle((135, 40, 185, 80), fill=(110, 115, 100))
            x = 150 + int(i * 2.2)
            d.ellipse((x, 100 + i // 2, x + 14, 114 + i // 2), fill=(180, 180, 170))
            d.rectangle((x - 2, 114 + i // 2, x + 16, 150 + i // 2), fill=(160, 60, 60))
            x2 = 120 + int(i * 1.8)
            d.ellipse((x2, 90 + i // 3, x2 + 14, 104 + i // 3), fill=(170, 170, 160))
            d.rectangle((x2 - 2, 104 + i // 3, x2 + 16, 142 + i // 3), fill=(50, 60, 90))
        ts = t0 + dt.timedelta(seconds=i / fps)
        d.rectangle((0, 0, 320, 16), fill=(0, 0, 0))
        d.text((4, 2), ts.strftime("%d/%m/%Y %H:%M:%S"), font=fsmall, fill=(255, 255, 255))
        d.text((4, 222), caption[:44], font=fcap, fill=(255, 255, 0))
        arr = np.asarray(im).astype(np.int16)
        if kind == "cctv":
            arr = arr + np.array(rnd.choices(range(-12, 13), k=240 * 320)).reshape(240, 320, 1)
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        fr = av.VideoFrame.from_ndarray(arr, format="rgb24")
        fr.pts = i
        for pkt in vs.encode(fr):
            cont.mux(pkt)
    for pkt in vs.encode():
        cont.mux(pkt)
    sr = 16000
    total = int(seconds * sr)
    tt = np.arange(total) / sr
    env = 0.5 + 0.5 * np.sin(2 * np.pi * 2.3 * tt) ** 2
    sig = (0.08 * np.sin(2 * np.pi * 180 * tt) * env + 0.04 * np.sin(2 * np.pi * 310 * tt) * env).astype(np.float32)
    if kind == "cctv":
        sig *= 0.1
    fsz = 1024
    pts = 0
    for s in range(0, total, fsz):
        chunk = sig[s:s + fsz]
        if len(chunk) < fsz:
            chunk = np.pad(chunk, (0, fsz - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = sr
        af.pts = pts
        pts += fsz
        for pkt in aud.encode(af):
            cont.mux(pkt)
    for pkt in aud.encode():
        cont.mux(pkt)
    cont.close()


def make_wav(path, seconds, seed):
    """Short 8 kHz mono recording: line hiss, a ring tone and voice-like formant bursts."""
    rnd = np.random.default_rng(seed)
    sr = 8000
    t = np.arange(int(seconds * sr)) / sr
    sig = 0.01 * rnd.normal(size=t.size)
    ring = (t < 1.0) & ((t * 2.5) % 1 < 0.5)
    sig += ring * 0.25 * np.sin(2 * np.pi * 425 * t)
    speech = t >= 1.2
    syl = 0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t)
    sig += speech * syl * (0.18 * np.sin(2 * np.pi * 220 * t) + 0.08 * np.sin(2 * np.pi * 660 * t)
                           + 0.05 * np.sin(2 * np.pi * 1200 * t))
    data = np.clip(sig * 32767, -32768, 32767).astype("<i2").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(data)


# --------------------------------------------------------------------------------------------
# Shared wording
# --------------------------------------------------------------------------------------------

def decl_national(pages):
    return (f"This statement (consisting of {pages} page(s) each signed by me) is true to the best of my "
            "knowledge and belief. I make it knowing that, if it is tendered in evidence, I shall be liable "
            "to prosecution if I have wilfully stated in it anything which I know to be false, or do not "
            "believe to be true.")


def decl_force(pages):
    return (f"I declare that this statement of {pages} page(s) is true to the best of my knowledge and belief, "
            "and that I make it knowing that, were it tendered in evidence, I would be liable to prosecution "
            "if I had wilfully stated in it anything I knew to be false or did not believe to be true.")


LEGAL_LINE = ("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, ss.5A(3)(a) and 5B; "
              "Criminal Procedure Rules 2025, r.16.2")


def urn_chars(urn):
    # national forms show the URN as force/station/number/year boxes
    return list(urn)


def mg11_pdf(path, urn, w, body, style="national", force="", pages_hint=None, rear=None, head=None,
             foot=None, sig_style="sgd"):
    """Witness statement PDF.
    w: dict(name, age, occupation, date, sig, witnessed_by (optional), address_line (optional))
    style: national | force | typed
    rear: list of (label, value) for the restricted rear page (witness details), or None."""
    if style == "national":
        def build(hint):
            pdf = PDF(head=None, foot=None, title="MG11 Witness statement", first_page=False)
            pdf.rear = False
            pdf.rear_next = False

            def head_nat(p):
                if p.rear_next:
                    p.rear = True
                p.f("B", 8)
                p.set_text_color(60, 60, 60)
                p.cell(0, 4, head or "OFFICIAL-SENSITIVE (when complete)", align="C", new_x="LMARGIN", new_y="NEXT")
                if p.page_no() > 1 and not p.rear:
                    p.f("", 8)
                    p.cell(0, 4, f"MG11 (continuation)   Continuation of statement of {w['name']}   URN {urn}",
                           align="L", new_x="LMARGIN", new_y="NEXT")
                p.set_text_color(0, 0, 0)
                p.ln(2)

            def foot_nat(p):
                if p.rear:
                    return
                p.set_y(-22)
                p.f("", 8)
                p.cell(0, 4, f"Signature: {w['sig']}" + (" " * 12) + "Signature witnessed by: "
                       + w.get("witnessed_by", "............................"), new_x="LMARGIN", new_y="NEXT")
                p.cell(0, 4, "2026/27 edition  MG11", align="L")
                p.set_x(p.l_margin)
                p.cell(0, 4, f"Page {p.page_no()} of {hint}", align="R")

            pdf.head = head_nat
            pdf.foot = foot_nat
            pdf.set_auto_page_break(True, 26)
            pdf.add_page()
            pdf.f("B", 9)
            pdf.cell(0, 4, "MG11", align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.title_("WITNESS STATEMENT", 13)
            pdf.para(LEGAL_LINE, size=8, align="C")
            pdf.boxes("URN ", urn_chars(urn))
            pdf.grid([("Statement of:", w["name"]),
                      ("Age if under 18:", w.get("age", "Over 18")),
                      ("Occupation:", w.get("occupation", ""))], widths=(45, 135), size=9)
            pdf.para(decl_national(hint), size=8.5)
            pdf.grid([("Signature:", w["sig"]), ("Date:", w["date"])], widths=(45, 135), size=9)
            pdf.para("Tick if witness evidence is visually recorded  [  ]  (supply witness details on rear)", size=8)
            pdf.ln(1)
            for b in body:
                pdf.para(b, size=10)
            if w.get("end_sig", True):
                pdf.ln(2)
                pdf.line_(f"Signed: {w['sig']}     Dated: {w['date']}", 9.5, "B")
            n_body = pdf.page_no()
            if rear:
                pdf.rear_next = True
                pdf.add_page()
                pdf.title_("RESTRICTED - FOR POLICE AND PROSECUTION ONLY - NOT FOR DISCLOSURE", 9)
                pdf.hd("Witness contact details and care information (MG11 rear)")
                pdf.grid(rear, widths=(70, 110), size=8.5)
            return pdf, n_body

        pdf, n_body = build(pages_hint or "9")
        pdf, _ = build(pages_hint or str(n_body))
        pdf.save(path)
        return
    if style == "force":
        pdf = PDF(family="cond", head=head or f"{force.upper()}  |  OFFICIAL-SENSITIVE",
                  foot=foot or f"Statement of {w['name']}  -  URN {urn}  -  Page {{page}} of {{nb}}",
                  title="Statement of witness")
        pdf.title_(f"{force}\nSTATEMENT OF WITNESS", 13)
        pdf.para("(Criminal Justice Act 1967 s.9 / Magistrates' Courts Act 1980 s.5B / CrimPR r.16.2)",
                 size=8, align="C")
        pdf.hd("Case and witness details", 10, fill=(225, 230, 240))
        pdf.grid([("URN", urn), ("Name", w["name"]), ("Age", w.get("age", "Over 18")),
                  ("Occupation", w.get("occupation", "")),
                  ("Statement taken at", w.get("place", "")), ("Date taken", w["date"])], widths=(48, 132), size=9)
        pdf.hd("Declaration", 10, fill=(225, 230, 240))
        pdf.para(decl_force(pages_hint or "{nb}"), size=9)
        pdf.hd("Statement", 10, fill=(225, 230, 240))
        for b in body:
            pdf.para(b, size=10)
        pdf.hd("Signature", 10, fill=(225, 230, 240))
        pdf.grid([("Signed", w["sig"]), ("Date", w["date"]),
                  ("Statement taken by", w.get("witnessed_by", "N/A - officer's own statement"))],
                 widths=(48, 132), size=9)
        if rear:
            pdf.hd("Witness care information (not for disclosure)", 10, fill=(240, 225, 225))
            pdf.grid(rear, widths=(70, 110), size=8.5)
        pdf.save(path)
        return
    if style == "typed":
        pdf = PDF(family="serif", head=head or "OFFICIAL-SENSITIVE",
                  foot=foot or f"Typed copy - {urn} - page {{page}}/{{nb}}", title="Typed copy of statement")
        pdf.f("", 9)
        pdf.cell(0, 5, f"URN: {urn}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.title_("WITNESS STATEMENT (TYPED COPY)", 12)
        pdf.para("Typed from the handwritten original, which is retained with the case papers. "
                 + LEGAL_LINE + ".", size=8, align="C")
        pdf.para(f"Statement of: {w['name']}        Age: {w.get('age', 'Over 18')}        "
                 f"Occupation: {w.get('occupation', '')}", size=9.5)
        pdf.para(decl_national(pages_hint or "{nb}"), size=8.5, style="I")
        pdf.para(f"Signature: {w['sig']}        Date: {w['date']}", size=9.5)
        pdf.ln(1)
        for b in body:
            pdf.para(b, size=10.5, lh=5.4)
        pdf.ln(2)
        pdf.para(f"Signature: {w['sig']}        Signature witnessed by: {w.get('witnessed_by', '')}", size=9.5)
        if rear:
            pdf.add_page()
            pdf.hd("Rear page - witness details (restricted)")
            pdf.grid(rear, widths=(70, 110), size=8.5)
        pdf.save(path)
        return
    raise ValueError(style)


def mg11_elements(urn, w, body, decl_pages="1", rear=None):
    """Elements for a national-style statement drawn as an image (scan or photo)."""
    el = [("small", "OFFICIAL-SENSITIVE (when complete)                                                       MG11"),
          ("title", "WITNESS STATEMENT"), ("small", LEGAL_LINE), ("boxes", "URN", urn_chars(urn)),
          ("kv", [("Statement of:", w["name"]), ("Age if under 18:", w.get("age", "Over 18")),
                  ("Occupation:", w.get("occupation", ""))]),
          ("small", decl_national(decl_pages)),
          ("kv", [("Signature:", w["sig"]), ("Date:", w["date"])])]
    for b in body:
        el.append(("p", b))
    el.append(("gap", 3))
    el.append(("line", "Signature:"))
    el.append(("sig", w["sig_hand"]))
    el.append(("line", f"Date: {w['date']}        Signature witnessed by: {w.get('witnessed_by', '')}"))
    if rear:
        el.append(("rule",))
        el.append(("h", "Rear page - restricted"))
        el.append(("kv", rear))
    return el


def check(c, cond, msg):
    if not cond:
        raise SystemExit(f"{c}: {msg}")


# --------------------------------------------------------------------------------------------
# Forces (all fictional) and record-system documents
# --------------------------------------------------------------------------------------------

FORCES = {
    "WV": dict(name="Wyvern Vale Police", rms="VALIS Records", rms_ver="7.4.2", cad="TEMPEST Command & Control",
               dom="wyvernvale-police.example"),
    "NM": dict(name="Northmoor Police", rms="NorthStar Occurrence Manager", rms_ver="12.1",
               cad="CALLPOINT CAD", dom="northmoor-police.example"),
    "CD": dict(name="Cardenshire Constabulary", rms="CASTLE RMS", rms_ver="2025.3", cad="BEACON Incident System",
               dom="cardenshire.police.example"),
    "SV": dict(name="Severnmouth Police", rms="Harbour Records", rms_ver="5.0.8", cad="TIDEWATCH CAD",
               dom="severnmouth-police.example"),
    "EM": dict(name="Eastmarch Police", rms="MARCHNET Records", rms_ver="3.9", cad="STORMFRONT Incident Log",
               dom="eastmarch.police.example"),
}


def crime_report(path, F, style, urn, printed_by, printed_at, summary, victim, suspect, narrative, log,
                 extra=None, title="CRIME REPORT"):
    """Record-system crime / occurrence report export.
    summary, victim, suspect: lists of (field, value); narrative: list of paragraphs;
    log: list of (datetime string, author, entry)."""
    head = f"OFFICIAL-SENSITIVE   {F['rms']}   {title}"
    foot = f"Printed by {printed_by} on {printed_at}   -   {F['rms']} v{F['rms_ver']}   -   Page {{page}} of {{nb}}"
    if style == "grid":
        pdf = PDF(head=head, foot=foot, title=title)
        pdf.title_(f"{F['name']}\n{title}", 13)
        pdf.grid([("URN", urn)] + summary, widths=(55, 125))
        pdf.hd("Victim (V1)", fill=(220, 228, 238))
        pdf.grid(victim, widths=(55, 125))
        pdf.hd("Suspect (S1)", fill=(220, 228, 238))
        pdf.grid(suspect, widths=(55, 125))
        if extra:
            for hdg, rows in extra:
                pdf.hd(hdg, fill=(220, 228, 238))
                pdf.grid(rows, widths=(55, 125))
        pdf.hd("Modus operandi / circumstances", fill=(220, 228, 238))
        pdf.paras(narrative, size=9.5)
        pdf.hd("Investigation log", fill=(220, 228, 238))
        pdf.tab(["Date/time", "Entered by", "Entry"], log, (30, 35, 115), size=8.5)
    elif style == "occurrence":
        pdf = PDF(family="cond", head=head, foot=foot, title=title)
        pdf.f("B", 15)
        pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        pdf.f("", 8.5)
        pdf.cell(0, 5, f"{F['name']}  |  {F['rms']}  |  Record exported {printed_at}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        rows = [("URN", urn)] + summary
        half = (len(rows) + 1) // 2
        left, right = rows[:half], rows[half:]
        pdf.f("", 8.5)
        with pdf.table(col_widths=(28, 62, 28, 62), first_row_as_headings=False, line_height=4.6, padding=1) as t:
            for i in range(half):
                r = t.row()
                a = left[i]
                b = right[i] if i < len(right) else ("", "")
                r.cell(a[0], style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)))
                r.cell(a[1])
                r.cell(b[0], style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)))
                r.cell(b[1])
        pdf.ln(2)
        pdf.hd("INVOLVED PERSONS")
        pdf.tab(["Role", "Details"], [("Victim", "; ".join(f"{k}: {v}" for k, v in victim)),
                                       ("Suspect", "; ".join(f"{k}: {v}" for k, v in suspect))], (25, 155))
        if extra:
            for hdg, rows in extra:
                pdf.hd(hdg.upper())
                pdf.tab(["Field", "Value"], rows, (45, 135))
        pdf.hd("NARRATIVE")
        pdf.paras(narrative, size=9.5)
        pdf.hd("OCCURRENCE UPDATES")
        pdf.tab(["When", "Who", "Update"], log, (28, 32, 120), size=8.5)
    elif style == "mono":
        pdf = PDF(family="mono", head=head, foot=foot, title=title)
        pdf.f("B", 11)
        pdf.cell(0, 6, f"*** {title} ***  {F['name'].upper()}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

        def block(rows):
            pdf.f("", 8.5)
            for k, v in rows:
                lab = (k.upper() + " ").ljust(26, ".") + ": "
                pdf.multi_cell(0, 4.2, lab + v, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

        block([("URN", urn)] + summary)
        pdf.f("B", 9)
        pdf.cell(0, 5, "-- VICTIM --", new_x="LMARGIN", new_y="NEXT")
        block(victim)
        pdf.f("B", 9)
        pdf.cell(0, 5, "-- SUSPECT --", new_x="LMARGIN", new_y="NEXT")
        block(suspect)
        if extra:
            for hdg, rows in extra:
                pdf.f("B", 9)
                pdf.cell(0, 5, f"-- {hdg.upper()} --", new_x="LMARGIN", new_y="NEXT")
                block(rows)
        pdf.f("B", 9)
        pdf.cell(0, 5, "-- CIRCUMSTANCES --", new_x="LMARGIN", new_y="NEXT")
        for ptxt in narrative:
            pdf.para(ptxt, size=8.5, lh=4.2)
        pdf.f("B", 9)
        pdf.cell(0, 5, "-- ACTIONS / LOG --", new_x="LMARGIN", new_y="NEXT")
        for when, who, what in log:
            pdf.para(f"{when}  {who}\n    {what}", size=8.5, lh=4.2, gap=1)
    else:
        raise ValueError(style)
    pdf.save(path)


def incident_log(path, F, style, inc_no, header, entries, printed_by, printed_at, urn):
    """CAD / command-and-control incident log with timestamps."""
    head = f"OFFICIAL-SENSITIVE  -  {F['cad']}  -  INCIDENT {inc_no}"
    foot = f"Printed by {printed_by} {printed_at}  |  Page {{page}} of {{nb}}"
    if style == "table":
        pdf = PDF(orientation="L", head=head, foot=foot, title=f"Incident log {inc_no}")
        pdf.title_(f"{F['name']} - Incident Log {inc_no}", 13, align="L")
        pdf.grid([("URN (linked)", urn)] + header, widths=(55, 210), size=8.5)
        pdf.tab(["Time", "Operator", "Type", "Log entry"], entries, (32, 32, 28, 173), size=8)
    else:
        pdf = PDF(family="mono", head=head, foot=foot, title=f"Incident log {inc_no}")
        pdf.f("B", 10)
        pdf.cell(0, 5, f"{F['cad'].upper()}   FULL INCIDENT PRINT   {inc_no}", new_x="LMARGIN", new_y="NEXT")
        pdf.f("", 8.5)
        for k, v in [("LINKED URN", urn)] + header:
            pdf.multi_cell(0, 4.2, (k.upper() + " ").ljust(22, ".") + ": " + v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.cell(0, 4, "-" * 92, new_x="LMARGIN", new_y="NEXT")
        for t, op, typ, txt in entries:
            pdf.multi_cell(0, 4.2, f"{t} [{op}] {typ}: {txt}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
    pdf.save(path)


def pnc_print(path, urn, printed_by, printed_at, records, note=None, title="POLICE NATIONAL COMPUTER - NAMES PRINT"):
    """records: list of dict(name 'SURNAME, Forename', dob, sex, pncid, cro, summary, convictions[(date, court,
    offence, disposal)], cautions[...], markers)"""
    pdf = PDF(family="mono", head="OFFICIAL-SENSITIVE - PNC PRINT - NOT FOR DISCLOSURE WITHOUT CPS REVIEW",
              foot=f"PRINTED BY {printed_by} ON {printed_at} - URN {urn} - PAGE {{page}} OF {{nb}}", title="PNC print")
    pdf.f("B", 10)
    pdf.cell(0, 5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.f("", 8.5)
    pdf.cell(0, 4.5, f"ENQUIRY REF: {urn}     REASON: CRIMINAL INVESTIGATION (CHARGING FILE)", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(2)
    for rec in records:
        pdf.cell(0, 4, "=" * 92, new_x="LMARGIN", new_y="NEXT")
        pdf.f("B", 9)
        pdf.cell(0, 5, f"NAME: {rec['name']}", new_x="LMARGIN", new_y="NEXT")
        pdf.f("", 8.5)
        pdf.cell(0, 4.5, f"DOB: {rec.get('dob', '')}   SEX: {rec.get('sex', '')}   ROLE: {rec.get('role', '')}",
                 new_x="LMARGIN", new_y="NEXT")
        if rec.get("pncid"):
            pdf.cell(0, 4.5, f"PNCID: {rec['pncid']}   CRO: {rec.get('cro', '')}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 4.5, f"RESULT: {rec['summary']}", new_x="LMARGIN", new_y="NEXT")
        if rec.get("convictions"):
            pdf.ln(1)
            pdf.f("B", 8.5)
            pdf.cell(0, 4.5, "CONVICTIONS", new_x="LMARGIN", new_y="NEXT")
            pdf.tab(["Date", "Court", "Offence", "Disposal"], rec["convictions"], (22, 42, 70, 44), size=8,
                    fam="mono")
        if rec.get("cautions"):
            pdf.f("B", 8.5)
            pdf.cell(0, 4.5, "CAUTIONS / REPRIMANDS / WARNINGS", new_x="LMARGIN", new_y="NEXT")
            pdf.tab(["Date", "Force", "Offence", "Disposal"], rec["cautions"], (22, 42, 70, 44), size=8, fam="mono")
        if rec.get("markers"):
            pdf.f("", 8.5)
            pdf.multi_cell(0, 4.5, "WARNING MARKERS: " + rec["markers"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    if note:
        pdf.ln(2)
        pdf.para(note, size=8.5)
    pdf.save(path)


def roti_pdf(path, urn, style, header, turns, closing=None, head=None, foot=None, title=None):
    """Record of interview as a speaker-by-speaker transcript. turns: list of (time, speaker, words)."""
    if style == "mg15":
        pdf = PDF(head=head or "OFFICIAL-SENSITIVE (when complete)",
                  foot=foot or f"MG15  |  URN {urn}  |  Page {{page}} of {{nb}}", title="MG15 Record of interview")
        pdf.f("B", 9)
        pdf.cell(0, 4, "MG15", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.title_(title or "RECORD OF INTERVIEW", 13)
        pdf.para("Enter type:  ROTI   (SDN / ROTI / ROVI / contemporaneous notes)", size=8.5, align="C")
        pdf.boxes("URN ", urn_chars(urn))
        pdf.grid(header, widths=(55, 125), size=9)
        pdf.tab(["Tape counter", "Speaker", "Text"], turns, (22, 30, 128), size=9)
    elif style == "script":
        pdf = PDF(family="serif", head=head or "OFFICIAL-SENSITIVE",
                  foot=foot or f"Record of taped interview - {urn} - {{page}}/{{nb}}", title="Record of taped interview")
        pdf.title_(title or "RECORD OF TAPED INTERVIEW", 13)
        pdf.grid([("URN", urn)] + header, widths=(55, 125), size=9)
        pdf.ln(1)
        for t, sp, words in turns:
            pdf.f("B", 10)
            pdf.cell(0, 5, f"{t}   {sp}:" if t else f"{sp}:", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(pdf.l_margin + 8)
            pdf.f("", 10)
            pdf.multi_cell(0, 5, words, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
    else:
        raise ValueError(style)
    if closing:
        pdf.ln(2)
        pdf.paras(closing, size=9)
    pdf.save(path)


def schedule_xlsx(path, kind, urn, F, rv, rows, headings=None, widths=None, post=None, sheet=None, extra_pre=None):
    if kind == "C":
        t = "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"
        hd = headings or ["Item no.", "Description and relative location", "Reveal to CPS / copy attached?",
                          "Police view: meets disclosure test?", "CPS use (CD / ND / I)"]
        wd = widths or [8, 80, 20, 28, 14]
    else:
        t = "POLICE SCHEDULE OF SENSITIVE MATERIAL"
        hd = headings or ["Item no.", "Description", "Reason for sensitivity", "Copy attached / inspect",
                          "CPS view"]
        wd = widths or [8, 60, 50, 18, 14]
    pre = [f"{t} (MG6{kind})   -   OFFICIAL-SENSITIVE", ("URN", urn, "R v", rv), ("Force", F["name"])]
    if extra_pre:
        pre += extra_pre
    write_xlsx(path, [dict(name=sheet or f"MG6{kind}", pre=pre, headings=hd, rows=rows, widths=wd,
                           post=post or [])], author=F["name"], title=f"MG6{kind} {urn}")


def mg12_pdf(path, urn, rv, rows, F, prepared_by, date, style="table"):
    pdf = PDF(head="OFFICIAL-SENSITIVE (when complete)", foot=f"MG12  -  {urn}  -  Page {{page}} of {{nb}}",
              title="MG12 Exhibit list")
    pdf.f("B", 9)
    pdf.cell(0, 4, "MG12", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.title_("EXHIBIT LIST", 13)
    pdf.boxes("URN ", urn_chars(urn))
    pdf.para(f"R v {rv}        Force: {F['name']}        Prepared by: {prepared_by}        Date: {date}", size=9)
    pdf.tab(["Exhibit ref.", "Description", "Produced by", "Location / status"], rows, (22, 86, 36, 36), size=8.5)
    pdf.save(path)


def dpn_pdf(path, urn, F, d):
    """Digital Processing Notice (fictional force layout). d: dict of fields."""
    pdf = PDF(head=f"OFFICIAL-SENSITIVE  -  {F['name']}",
              foot=f"Digital Processing Notice (victim/witness)  -  URN {urn}  -  Page {{page}} of {{nb}}",
              title="Digital Processing Notice")
    pdf.title_("DIGITAL PROCESSING NOTICE\nAgreement to provide a digital device for examination (victim / witness)", 12)
    pdf.grid([("URN", urn), ("Device user", d["user"]), ("Device", d["device"]), ("Exhibit ref.", d["exhibit"]),
              ("Officer", d["officer"])], widths=(45, 135), size=9)
    pdf.hd("1. Why we are asking for your device")
    pdf.para(d["why"], size=9.5)
    pdf.hd("2. What we will look for and extract")
    pdf.para(d["what"], size=9.5)
    pdf.grid(d["params"], widths=(60, 120), size=9)
    pdf.hd("3. What will not be looked at")
    pdf.para(d["not"], size=9.5)
    pdf.hd("4. How your information will be kept, reviewed and shared")
    pdf.para("Only material that is relevant to the investigation will be kept. Anything relevant that is not used "
             "as evidence will be listed on a schedule for the prosecutor; the defence may see such material only "
             "if the prosecutor decides that the law requires it, and personal details can be edited out first. "
             "Extracted data is stored securely and deleted in line with the force retention policy once the "
             "case and any appeal are concluded.", size=9.5)
    pdf.hd("5. Your right to say no")
    pdf.para("You do not have to agree. If you do not agree, the investigation will continue and the officer will "
             "explain what other enquiries can be made. You can withdraw your agreement before the extraction "
             "starts by telling the officer. Saying no will not, on its own, mean the case is stopped.", size=9.5)
    pdf.hd("6. Agreement")
    pdf.grid(d["agreement"], widths=(60, 120), size=9)
    pdf.save(path)


def mg3_docx(path, urn, F, hdr, sections, supervisor, oic, head="OFFICIAL-SENSITIVE (when complete)",
             title="REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", formname="MG3", boxes=True):
    D = DOCX(author=oic["name"], title=f"{formname} {urn}")
    D.running(head=head, foot=f"{formname}  -  URN {urn}  -  {F['name']}")
    p = D.p(formname, bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    D.title(title, 13)
    if boxes:
        D.boxes("URN", urn_chars(urn))
    else:
        D.p(f"URN: {urn}", bold=True)
    D.grid(hdr, widths=(5.5, 11.0))
    for hdg, body in sections:
        D.h(hdg, 10.5)
        if isinstance(body, str):
            D.p(body)
        elif body and isinstance(body[0], tuple):
            D.grid(body, widths=(5.5, 11.0))
        else:
            D.ps(body)
    D.h("Officer in the case", 10.5)
    D.grid([("Name / rank / number", oic["name"]), ("Unit", oic["unit"]), ("Direct line", oic["phone"]),
            ("Mobile", oic.get("mobile", "")), ("E-mail", oic["email"]), ("Date of submission", oic["date"])],
           widths=(5.5, 11.0))
    D.h("Supervisor's endorsement", 10.5)
    D.grid(supervisor, widths=(5.5, 11.0))
    D.save(path)


def mg3_pdf(path, urn, F, hdr, sections, supervisor, oic, style="form", printed_by=None, printed_at=None,
            title="REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", formname="MG3"):
    if style == "form":
        pdf = PDF(head="OFFICIAL-SENSITIVE (when complete)",
                  foot=f"{formname}  |  {urn}  |  Page {{page}} of {{nb}}", title=f"{formname} {urn}")
        pdf.f("B", 9)
        pdf.cell(0, 4, formname, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.title_(title, 13)
        pdf.boxes("URN ", urn_chars(urn))
        pdf.grid(hdr, widths=(55, 125))
        shade = (218, 226, 236)
    else:  # record-system export of the MG3 workflow task
        pdf = PDF(family="cond", head=f"OFFICIAL-SENSITIVE    {F['rms']} - CPS SUBMISSION ({formname})",
                  foot=f"Printed by {printed_by} on {printed_at}  -  Page {{page}} of {{nb}}", title=f"{formname} {urn}")
        pdf.f("B", 14)
        pdf.cell(0, 7, f"{formname}: {title.title()}", new_x="LMARGIN", new_y="NEXT")
        pdf.f("", 8.5)
        pdf.cell(0, 5, f"{F['name']}  -  case file task exported from {F['rms']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.grid([("URN", urn)] + hdr, widths=(55, 125), size=8.5)
        shade = (232, 232, 232)
    for hdg, body in sections:
        pdf.hd(hdg, 10, fill=shade)
        if isinstance(body, str):
            pdf.para(body, size=9.5)
        elif body and isinstance(body[0], tuple):
            pdf.grid(body, widths=(55, 125), size=9)
        else:
            pdf.paras(body, size=9.5)
    pdf.hd("Officer in the case", 10, fill=shade)
    pdf.grid([("Name / rank / number", oic["name"]), ("Unit", oic["unit"]), ("Direct line", oic["phone"]),
              ("Mobile", oic.get("mobile", "")), ("E-mail", oic["email"]), ("Date submitted", oic["date"])],
             widths=(55, 125), size=9)
    pdf.hd("Supervisor's endorsement", 10, fill=shade)
    pdf.grid(supervisor, widths=(55, 125), size=9)
    pdf.save(path)


def abe_summary_docx(path, urn, F, hdr, rows, notes=None, title="RECORD OF VIDEO RECORDED INTERVIEW - INDEX AND SUMMARY"):
    D = DOCX(author=hdr[0][1] if hdr else "", title=title)
    D.running(head="OFFICIAL-SENSITIVE", foot=f"{F['name']}  -  URN {urn}")
    D.title(title, 12.5)
    D.grid([("URN", urn)] + hdr, widths=(5.0, 11.5))
    D.h("Index of the interview (times from the recording counter)")
    D.tab(["Counter", "Summary of what is said"], rows, widths=(2.4, 14.1))
    if notes:
        D.h("Notes")
        D.ps(notes)
    D.save(path)


def mg2_docx(path, urn, F, rows, author):
    D = DOCX(author=author, title="MG2 Special measures assessment")
    D.running(head="OFFICIAL-SENSITIVE (when complete)", foot=f"MG2  -  URN {urn}")
    p = D.p("MG2", bold=True)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    D.title("INITIAL NEEDS ASSESSMENT / SPECIAL MEASURES", 13)
    D.boxes("URN", urn_chars(urn))
    for hdg, body in rows:
        D.h(hdg, 10.5)
        if isinstance(body, str):
            D.p(body)
        else:
            D.grid(body, widths=(6.0, 10.5))
    D.save(path)


# --------------------------------------------------------------------------------------------
# Case folders
# --------------------------------------------------------------------------------------------

class Case:
    def __init__(self, out, name, stage="charging"):
        self.name = name
        self.dir = Path(out) / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.docs = []
        self.stage = stage

    def p(self, fname):
        return self.dir / fname

    def doc(self, fname, typ, role=None):
        assert self.p(fname).exists(), fname
        e = {"name": fname, "type": typ}
        if role:
            e["role"] = role
        self.docs.append(e)

    def expected(self, exit_code, present, must_fail, must_not_fail):
        allowed = set("""mg3_present test_sought early_advice oic_contact lines_of_enquiry suspect_account
        outstanding_dated complainant_account abe_recording abe_summary abe_exhibited abe_plan key_statements
        officer_statement signed suspect_interview previous_convictions witness_convictions mg6c mg6d mg6e dmd
        schedule_descriptions rebuttable_presumption dig_dpn dig_prop digital_proportionality multimedia exhibits
        forensic_medical special_measures victim_care files_readable one_urn""".split())
        for t in list(must_fail) + list(must_not_fail):
            assert t in allowed, t
        assert not set(must_fail) & set(must_not_fail)
        exp = {"case": self.name, "stage": self.stage, "exit": exit_code, "present_types": sorted(set(present)),
               "must_fail": list(must_fail), "must_not_fail": list(must_not_fail), "docs": self.docs}
        (self.dir.parent / f"{self.name}.expected.json").write_text(json.dumps(exp, indent=2) + "\n")


# ============================================================================================
# C1  62KV0418826  R v MORRELL  (compliant; ABE; BWV; 999 call; DPN with narrow parameters)
# ============================================================================================

def case_c1(out):
    c = Case(out, "62KV0418826_MORRELL")
    F = FORCES["WV"]
    urn = "62KV0418826"
    rv = "Jordan Lee MORRELL"
    oic = dict(name="DC 4471 Rachel HALE", unit="RASSO Investigation Team, Brackenholt Police Station",
               phone="01632 960418", mobile="07700 900418", email="rachel.hale@" + F["dom"], date="13/11/2026")
    sup = [("Supervisor", "DS 1876 Karen WOODS"), ("Date", "12/11/2026"),
           ("Comments", "File reviewed against the national file standard. ABE, BWV and 999 recordings checked "
                        "and play. Schedules checked line by line. Agree a full code test decision is sought now; the "
                        "toxicology back-calculation is not expected to change the decision. Approved for submission.")]
    pb, pa = "4471 HALE R", "10/11/2026 14:22"

    # ---- MG3 -----------------------------------------------------------------------------
    hdr = [("Police force / station", f"{F['name']} / Brackenholt"),
           ("Suspect", "MORRELL, Jordan Lee   (date of birth 09/10/1998)   male"),
           ("Offence(s) for consideration", "Rape of a woman aged 16 or over, contrary to s.1(1) Sexual Offences Act "
                                            "2003, on 20/06/2026 at 14 Tannery Court, Brackenholt"),
           ("Custody / bail status", "Released on pre-charge bail with conditions; bail return 20/12/2026 "
                                     "(extended at superintendent review 18/09/2026)"),
           ("Decision requested", "Full Code Test"),
           ("Anticipated plea", "Not guilty"),
           ("Complainant", "Ellie FENWICK (24)  -  ABE interview 23/06/2026"),
           ("Crime ref. / incident", "WV/26/018844  /  TEMPEST WV-20260620-0117")]
    sections = [
        ("1. Decision sought", [
            "I ask for a charging decision applying the Full Code Test. All key evidence is now with this file. "
            "One item remains outstanding (the toxicology back-calculation, section 7), with a target date; it goes "
            "to the complainant's level of intoxication and is not expected to undermine the case."]),
        ("2. Early advice", [
            "Early advice was not sought. The suspect was identified by name from the outset, arrested the next "
            "morning and interviewed the same day, and the forensic strategy was routine. This was recorded by "
            "DI 902 P. ASHCROFT on the investigation log on 24/06/2026."]),
        ("3. Summary of the evidence", [
            "On the night of 19-20 June 2026 Ellie FENWICK (24) was out in Brackenholt with friends, including "
            "Hannah OKAFOR and Jade WINTERS. At The Lantern bar on Quay Street she met the suspect, whom she knew "
            "slightly through a friend on Instagram. The friends left between 00:30 and 00:45. At about 01:25 the "
            "complainant left with the suspect for his flat at 14 Tannery Court, she says to wait for a taxi.",
            "In her ABE interview (exhibit RH/1, summary attached) she describes feeling very drunk, being sick in "
            "the suspect's bathroom and lying down on his bed fully clothed. She remembers nothing until she woke to "
            "find her jeans and underwear off and the suspect having penile-vaginal sex with her. She said 'get "
            "off'; he stopped and said 'you were up for it'. She dressed and walked home, leaving at about 04:10.",
            "At 04:22 she sent a WhatsApp message to Hannah OKAFOR: 'I woke up and he was having sex with me. I "
            "didn't want to.' Ms OKAFOR read it at 07:55, phoned her and went to her home at about 08:30, where the "
            "complainant told her what had happened. Ms OKAFOR encouraged her to call the police, and the "
            "complainant rang 999 at 09:38 (recording exhibit RH/2). PC 2291 REEVE attended at 10:05 and recorded "
            "her brief first account on body-worn video (exhibit DR/1).",
            "At Elmstead SARC Dr Anjali BHATT (FME) took intimate swabs and blood and urine samples at 13:20. The "
            "forensic report (SFR1, Castell Forensics) records semen on the high vaginal swab with a DNA profile "
            "matching the suspect. Blood alcohol at 13:20 was 41 mg per 100 ml."]),
        ("4. The suspect's account (likely defence)", [
            "Interviewed on 21/06/2026 with his solicitor present (ROTI attached), the suspect accepted intercourse "
            "but said it was consensual. His account is that the complainant kissed him at the bar, suggested "
            "going back to his flat, drank vodka with him there, was sick but then said she felt better, and "
            "initiated sex; he says she was awake throughout and took off her own jeans. He says she became upset "
            "afterwards and left suddenly, and that he messaged her at 04:30 to ask if she was all right. The "
            "likely defence is consent, or a reasonable belief in consent."]),
        ("5. Reasonable lines of enquiry (including those pointing away from the suspect)", [
            "(a) Kissing at the bar - points towards the suspect's account. Jade WINTERS saw the complainant and "
            "the suspect kissing at about 00:15; her statement is attached. The complainant accepts some kissing.",
            "(b) Messages between the complainant and the suspect before and after the incident - could support "
            "his account of prior flirting. Both phones were examined for the Instagram conversation between them "
            "from 13/06/2026 to 21/06/2026. The messages are friendly and contain nothing sexual; his 04:30 "
            "message ('you ok? x') is confirmed. Extraction summary KP/1 attached.",
            "(c) CCTV. The Lantern's system was checked on 22/06/2026: it had not been recording since a fault in "
            "May 2026 (the manager's e-mail is on the MG6C, item 11). Tannery Court has no CCTV. No footage exists.",
            "(d) House-to-house at 12 and 16 Tannery Court on 22/06/2026: no one heard anything. Recorded on "
            "MG6C, item 9.",
            "(e) Level of intoxication - relevant to capacity and to reasonable belief. Toxicology back-calculation "
            "outstanding (section 7). The friends' statements describe her as 'merry but fine' at 00:45.",
            "(f) Not pursued: the complainant's medical and counselling records. Nothing suggests they hold "
            "anything relevant; she has had no counselling and no request was made. Taxi-app records were "
            "considered; she accepts she cancelled the booking herself, so they add nothing."]),
        ("6. Digital material", [
            "The complainant's phone was examined with her agreement: a Digital Processing Notice was explained "
            "and signed on 21/06/2026 (copy attached). The request to the Digital Forensic Unit was limited to "
            "the WhatsApp conversation with Hannah OKAFOR and the Instagram conversation with the suspect, from "
            "13/06/2026 to 21/06/2026 12:00, and the call log for 20/06/2026 21:00 to 21/06/2026 12:00. A "
            "selective extraction was carried out and the handset returned to her on 22/06/2026. The suspect's "
            "phone was examined for the same date range."]),
        ("7. Outstanding evidence and target dates", [
            ("Toxicology back-calculation (Castell Forensics, case CF-26-33817)",
             "Commissioned 02/11/2026. Target date 04/12/2026."),
            ("Anything else", "No other enquiries are outstanding.")]),
        ("8. Forensic and medical evidence", [
            "SFR1 (Castell Forensics) and the FME's statement are attached. Ms FENWICK signed the SARC consent form "
            "on 20/06/2026 allowing her examination notes, body map and samples to be released to the police and "
            "the CPS; the FME's statement confirms this."]),
        ("9. Victim and witness care", [
            ("Special measures", "MG2 attached. Evidence-in-chief by the ABE recording (s.27). Ms FENWICK wants her "
                                 "cross-examination pre-recorded under s.28 and asks to give evidence by live link "
                                 "from a remote site, with screens as a fallback. She is an intimidated witness as "
                                 "the complainant in a sexual offence (s.17(4)). She is not vulnerable within s.16, "
                                 "so an intermediary assessment is not required."),
            ("Needs", "No interpreter. Prefers contact by e-mail or by phone after 17:00. Anxious about meeting the "
                      "suspect in the town centre; bail conditions address this. Wants her ISVA at court."),
            ("ISVA", "Referred to Sedgecombe ISVA Service on 21/06/2026; ISVA Gemma HART allocated."),
            ("Victim Personal Statement", "VPS explained and offered by DC HALE on 23/06/2026. Ms FENWICK wants to "
                                          "make it after the charging decision; she will be offered it again then."),
            ("Victims' Code", "Updated fortnightly by the OIC; last contact 11/11/2026.")]),
        ("10. Bail", [
            "Pre-charge bail, conditions: (1) not to contact Ellie FENWICK directly or indirectly, including "
            "through social media; (2) not to enter Linden Road, Brackenholt; (3) to live and sleep each night at "
            "14 Tannery Court. No breaches are recorded. Bail return 20/12/2026."]),
        ("11. Previous convictions", [
            "Suspect: one conviction (2022, drunk and disorderly) and one caution (2021, possession of cannabis) - "
            "PNC print attached. Prosecution witnesses: PNC checks on Ellie FENWICK, Hannah OKAFOR and Jade "
            "WINTERS returned no trace (print attached)."]),
        ("12. Unused material and disclosure", [
            "MG6C and MG6D attached. Records of the first complaint (the 999 call, the incident log, PC REEVE's "
            "pocket notebook entry and body-worn video), the crime report and the witness PNC results are with "
            "the file. The ABE interview plan is retained and listed on the MG6C (item 6)."]),
    ]
    mg3_docx(c.p("MG3_62KV0418826_v2.docx"), urn, F, hdr, sections, sup, oic)
    c.doc("MG3_62KV0418826_v2.docx", "MG3")

    # ---- Crime report (VALIS grid export) ----------------------------------------------------
    crime_report(
        c.p("VALIS_Crime_WV-26-018844.pdf"), F, "grid", urn, pb, pa,
        summary=[("Crime reference", "WV/26/018844"), ("Home Office code", "019/07 Rape of a female aged 16 or over"),
                 ("Offence", "Rape - s.1 Sexual Offences Act 2003"),
                 ("Committed from / to", "20/06/2026 02:00  -  20/06/2026 04:10"),
                 ("Location", "14 Tannery Court, Brackenholt (private dwelling - flat)"),
                 ("Reported", "20/06/2026 09:41 by 999 call (victim)"), ("Linked incident", "WV-20260620-0117"),
                 ("OIC", "DC 4471 HALE, RASSO Investigation Team"), ("Status", "Under investigation - CPS referral"),
                 ("Classification", "Crime - confirmed")],
        victim=[("Name", "FENWICK, Ellie"), ("Age at offence", "24"), ("Gender", "Female"),
                ("Ethnicity (self-defined)", "W1 - White British"), ("Disability", "None declared"),
                ("Vulnerability / risk", "Standard (DASH not applicable - not domestic)"),
                ("Victims' Code", "Enhanced entitlement - victim of a sexual offence"),
                ("ISVA", "Referred 21/06/2026 - Sedgecombe ISVA Service")],
        suspect=[("Name", "MORRELL, Jordan Lee"), ("Date of birth", "09/10/1998"), ("Gender", "Male"),
                 ("Status", "Arrested 21/06/2026 07:10 - interviewed - bail with conditions"),
                 ("PNC ID", "15/428816X")],
        narrative=[
            "Victim was out in Brackenholt town centre with friends. Met suspect at The Lantern, Quay Street. Went "
            "back to his flat at around 01:30 as she was waiting for a taxi. Victim states she was very drunk, was "
            "sick and fell asleep on the bed fully clothed; woke to find suspect having sexual intercourse with her. "
            "She told him to get off and left at approx 04:10, walked home. Messaged friend at 04:22. Reported by "
            "999 at 09:38 after speaking to the friend.",
            "Early evidence: BWV initial account (PC 2291 REEVE), underwear seized, SARC examination at Elmstead "
            "SARC 20/06/2026 13:00."],
        log=[("20/06/2026 09:52", "2291 REEVE", "Crime created from incident 0117. Attending victim's home address."),
             ("20/06/2026 11:05", "2291 REEVE", "Initial account obtained on BWV (DR/1). Underwear seized (DR/2). "
                                                "PNB entry made (DR/3). SARC booked 13:00."),
             ("20/06/2026 16:40", "4471 HALE", "Allocated to RASSO. Investigation plan set. Suspect named: Jordan "
                                               "MORRELL, address confirmed via council tax and VALIS intelligence."),
             ("21/06/2026 07:10", "3312 CARVER", "Suspect arrested at home address. Phone seized (TC/2)."),
             ("21/06/2026 15:10", "4471 HALE", "Interview concluded - consent account. DNA reference (TC/1) taken. "
                                               "Bailed with conditions."),
             ("21/06/2026 16:30", "4471 HALE", "DPN explained to victim and signed. Handset to DFU with "
                                               "parameters (see DFU request)."),
             ("22/06/2026 10:15", "5520 PRICE", "Selective extraction complete, handset returned to victim."),
             ("22/06/2026 14:00", "2291 REEVE", "H2H Tannery Court 12 & 16 - negative. CCTV Lantern - system not "
                                                "recording since May (manager e-mail saved)."),
             ("23/06/2026 14:00", "4471 HALE", "ABE interview completed (RH/1). VPS explained and offered - wants to "
                                               "make it later."),
             ("24/06/2026 09:30", "902 ASHCROFT", "DI review: early advice not required - suspect identified and "
                                                  "interviewed, routine forensic strategy."),
             ("28/10/2026 12:00", "4471 HALE", "SFR1 received: semen HVS, DNA match to suspect."),
             ("02/11/2026 09:10", "4471 HALE", "Toxicology back-calculation commissioned, due 04/12/2026."),
             ("12/11/2026 16:20", "1876 WOODS", "Supervisor file review complete - approved for CPS.")])
    c.doc("VALIS_Crime_WV-26-018844.pdf", "CRIME_REPORT")

    # ---- Incident log --------------------------------------------------------------------
    incident_log(
        c.p("TEMPEST_incident_0117_20260620.pdf"), F, "table", "WV-20260620-0117",
        [("Opened", "20/06/2026 09:41:07"), ("Source", "999 - BT operator - caller is the victim"),
         ("Initial classification", "SEXUAL OFFENCE - RAPE (REPORTED)"), ("Grade", "2 - priority"),
         ("Location", "Linden Road, Brackenholt (victim's home)"), ("Closed", "20/06/2026 11:22:40 - crime created")],
        [("09:41:07", "C1182", "CALL", "Female caller states she was raped last night at a man's flat after a night "
                                      "out. Now at home. Friend is with her. Caller tearful but coherent."),
         ("09:42:30", "C1182", "DETAIL", "Caller gives suspect first name JORDAN, lives Tannery Court. Happened "
                                        "approx 2-4am. Caller has not showered. Advised not to wash or change."),
         ("09:43:55", "C1182", "RISK", "No ongoing threat at caller's address. Suspect not present."),
         ("09:44:10", "D0451", "RESOURCE", "2291 and 2306 assigned from Brackenholt."),
         ("10:05:42", "2291", "STATUS", "At scene."),
         ("10:31:18", "2291", "UPDATE", "Initial account taken on BWV. Underwear seized. Request SARC."),
         ("10:40:03", "D0451", "UPDATE", "Elmstead SARC booked 13:00. RASSO duty DS informed (1876)."),
         ("11:22:40", "D0451", "CLOSE", "Crime WV/26/018844 created. Call recording retained - ref "
                                       "CR-0620-0941-07.")],
        pb, pa, urn)
    c.doc("TEMPEST_incident_0117_20260620.pdf", "INCIDENT_LOG")

    # ---- ABE recording and summary ---------------------------------------------------------
    make_video(c.p("RH1_ABE_FENWICK_230626.mp4"), 4, "abe", f"ABE Suite 2 Brackenholt - RH/1 - {urn}",
               dt.datetime(2026, 6, 23, 14, 2, 11), 101, title=f"{urn} ABE interview Ellie FENWICK RH/1")
    c.doc("RH1_ABE_FENWICK_230626.mp4", "ABE_RECORDING")
    abe_summary_docx(
        c.p("ABE index FENWICK.docx"), urn, F,
        [("Interviewer", "DC 4471 Rachel HALE (ABE trained)"), ("Monitor", "DC 3312 Tom CARVER"),
         ("Interviewee", "Ellie FENWICK"), ("Date / place", "23/06/2026, ABE Suite 2, Brackenholt Police Station"),
         ("Start / finish", "14:02 / 15:11 (69 minutes)"), ("Exhibit", "RH/1 (working copy); master sealed RH/1A")],
        [("00:00", "Introductions, room and recording explained. Truth and lies discussed. Ms FENWICK agrees to "
                   "describe events in her own words."),
         ("03:10", "Free narrative: evening out with Hannah and Jade from 20:30; The Lantern from about 22:00; about "
                   "six vodka and lemonades and two shots."),
         ("09:45", "Meeting Jordan at the bar about 23:30; knew him a little from Instagram; some kissing; friends "
                   "leave by 00:45."),
         ("15:20", "Taxi booked and cancelled; agrees to wait at his flat; walks with him to Tannery Court."),
         ("20:05", "At the flat: feels very drunk, sick in the bathroom, lies down on the bed fully clothed; "
                   "remembers nothing until she wakes."),
         ("27:40", "Wakes to find jeans and knickers off and him having sex with her (penis in vagina); says 'get "
                   "off'; he says 'you were up for it'. Describes feeling frozen, then dressing."),
         ("36:15", "Leaves about 04:10, walks home; messages Hannah 04:22; does not sleep."),
         ("41:00", "Questioning phase: positions, lighting, what was said, her clothing, whether she consented at "
                   "any point (no), whether she was able to (no - asleep)."),
         ("55:30", "Instagram contact with him before that night - friendly messages only; his 04:30 message."),
         ("63:10", "Closure: VPS explained; special measures and s.28 discussed - she would like to pre-record her "
                   "cross-examination. Thanks; recording ends 15:11.")],
        notes=["A full transcript has not been prepared; it will be if the case is charged and the recording is to be "
               "played at trial."])
    c.doc("ABE index FENWICK.docx", "ABE_SUMMARY")

    # ---- Statements ----------------------------------------------------------------------
    mg11_pdf(c.p("stmt_HALE_R_DC4471.pdf"), urn,
             dict(name="Rachel HALE", occupation="Police officer - DC 4471", date="23/06/2026",
                  sig="(Sgd) R. Hale DC 4471"),
             ["I am a Detective Constable in the RASSO Investigation Team of Wyvern Vale Police. I have completed the "
              "national specialist interview training for interviewing adult victims and witnesses (ABE).",
              "On Tuesday 23rd June 2026 between 14:02 and 15:11 hours I conducted a video-recorded interview with "
              "Ellie FENWICK in ABE Suite 2 at Brackenholt Police Station. DC 3312 CARVER monitored the interview from "
              "the adjoining room. No one else was present.",
              "At the end of the interview I made a master copy and a working copy of the recording. I sealed the master "
              "copy and produce it as exhibit RH/1A. I produce the working copy as exhibit RH/1, a digital video file, "
              "which is the recording provided with this file. I also prepared an index and summary of the interview.",
              "On 24th June 2026 I obtained from the Force Contact Centre a copy of the recording of the 999 call made "
              "at 09:41 hours on 20th June 2026 (reference CR-0620-0941-07). I listened to it in full. I produce it as "
              "exhibit RH/2.",
              "At the end of the ABE interview I explained the Victim Personal Statement to Ms FENWICK and offered her "
              "the chance to make one. She told me she would rather make it later, and I have recorded this."],
             rear=[("Witness", "Rachel HALE, DC 4471"), ("Contact", "01632 960418 / rachel.hale@" + F["dom"]),
                   ("Dates to avoid", "07/12/2026 - 18/12/2026 (annual leave)")])
    c.doc("stmt_HALE_R_DC4471.pdf", "MG11", "officer")

    mg11_pdf(c.p("stmt_REEVE_D.pdf"), urn,
             dict(name="Daniel REEVE", occupation="Police Constable 2291", date="22/06/2026",
                  sig="Signed: D. Reeve PC 2291", place="Brackenholt Police Station"),
             ["I am a police constable with Wyvern Vale Police based at Brackenholt. On Saturday 20th June 2026 I was on "
              "uniform patrol with PC 2306 LOWE when at 09:44 we were assigned an incident (WV-20260620-0117): a woman "
              "reporting that she had been raped during the night.",
              "At 10:05 we arrived at an address on Linden Road, Brackenholt. I was wearing body-worn video, which I "
              "activated before entering. The door was opened by a woman who introduced herself as Hannah OKAFOR, a "
              "friend of the caller. In the lounge was a woman who gave her name as Ellie FENWICK. She was crying and "
              "was wrapped in a blanket.",
              "I explained that I needed only a brief account at this stage so that the right help could be arranged. "
              "In summary she told me: 'I went back to his flat on Tannery Court, Jordan, I was really drunk and I was "
              "sick and I fell asleep on his bed. When I woke up my jeans were off and he was having sex with me. I "
              "said get off and he said I was up for it.' She said she had left at about four and walked home, and "
              "that she had not showered.",
              "I recorded this account in my pocket notebook at 10:28, and she read and signed the entry. I produce "
              "the relevant notebook page as exhibit DR/3 and the body-worn video recording of the visit, clipped to "
              "the account (10:09 to 10:27), as exhibit DR/1.",
              "At 10:35 at her request I seized the black knickers she had been wearing, which she had taken off on "
              "getting home and left on her bedroom floor. I placed them in a sealed paper sack, exhibit DR/2, "
              "seal number WV0187733.",
              "At 12:40 I drove Ms FENWICK to Elmstead SARC and handed over to the crisis worker there. On Monday 22nd "
              "June 2026 I made house-to-house enquiries at 12 and 16 Tannery Court with no one hearing anything, and "
              "I went to The Lantern on Quay Street, where the manager told me the CCTV system had not recorded "
              "anything since a fault in May. He confirmed this by e-mail the same day."],
             style="force", force=F["name"])
    c.doc("stmt_REEVE_D.pdf", "MG11", "officer")

    make_video(c.p("BWV_DR1_20260620_1009.mp4"), 3, "bwv", f"BWV 2291 REEVE - DR/1 - {urn}",
               dt.datetime(2026, 6, 20, 10, 9, 2), 102, title=f"{urn} body-worn video DR/1")
    c.doc("BWV_DR1_20260620_1009.mp4", "BWV")
    make_wav(c.p("999_call_CR-0620-0941-07_RH2.wav"), 4, 103)
    c.doc("999_call_CR-0620-0941-07_RH2.wav", "CALL_999")

    pnb = [("small", f"PC 2291 REEVE - Pocket notebook No. 0044117 - page 38 - exhibit DR/3 - URN {urn}"),
           ("h", "Sat 20/06/2026  10:28  Linden Road, Brackenholt  (inc 0117)"),
           ("p", "Initial account from Ellie FENWICK, in the presence of PC 2306 LOWE and Hannah OKAFOR (friend):"),
           ("p", "\"I went back to his flat on Tannery Court, Jordan. I was really drunk and I was sick and I fell "
                 "asleep on his bed. When I woke up my jeans were off and he was having sex with me. I said get off "
                 "and he said I was up for it.\""),
           ("p", "Left approx 04:00-04:10, walked home. Not showered. Messaged Hannah approx 04:20."),
           ("p", "BWV running from 10:09. Knickers to be seized (DR/2). SARC requested."),
           ("gap", 4), ("line", "Read over and signed as correct:"), ("sig", "E Fenwick"),
           ("line", "Time 10:31.   Officer:"), ("sig", "D Reeve 2291")]
    phone_photo(c.p("IMG_4471.jpg"), pnb, 104, angle=-2.0)
    c.doc("IMG_4471.jpg", "OTHER")

    okafor_body = [
        "I am 25 years old and I work as a dispenser at a pharmacy in Brackenholt. I have known Ellie FENWICK since "
        "we were at school together and she is one of my closest friends.",
        "On Friday 19th June 2026 I went out in Brackenholt with Ellie and our friend Jade WINTERS. We ended up at "
        "The Lantern on Quay Street from about ten o'clock. Ellie was drinking vodka and lemonade. At about half "
        "eleven a lad called Jordan came over and talked to Ellie; I think she knew him from Instagram. I saw them "
        "kiss once at the bar. I left at about quarter to one. Ellie was merry but she was fine and she said she was "
        "getting a taxi home soon.",
        "I woke up at about five to eight on Saturday morning and saw a WhatsApp message from Ellie sent at 04:22. "
        "It said, 'Han I think something really bad happened. I woke up and he was having sex with me. I didn't want "
        "to. Please call me when you're up'. I rang her straight away. She was crying and could hardly talk, so I "
        "went round to her house on Linden Road, getting there about half eight.",
        "She was on the sofa still in her clothes from the night before. She told me she went back to Jordan's flat "
        "because her taxi wasn't coming, she was sick in his bathroom and lay down on his bed, and the next thing she "
        "knew she woke up and he was on top of her having sex with her, and her jeans were off. She said she told "
        "him to get off and he said something like 'you were up for it'. She said she just grabbed her things and "
        "walked home. She kept saying 'I didn't want to, I was asleep'.",
        "I told her she should call the police and she did, from her own phone, at about twenty to ten while I sat "
        "with her. I was there when the police officers arrived. I showed the officers the message on my phone; I "
        "was not asked to hand my phone over."]
    mg11_pdf(c.p("OKAFOR H - statement.pdf"), urn,
             dict(name="Hannah OKAFOR", age="Over 18", occupation="Pharmacy dispenser", date="24/06/2026",
                  sig="(Sgd) H. Okafor", witnessed_by="(Sgd) R. Hale DC 4471"),
             okafor_body, style="typed",
             rear=[("Special measures / needs", "None requested. Willing to attend court."),
                   ("Dates to avoid", "None given"), ("Preferred contact", "Mobile 07700 900612")])
    c.doc("OKAFOR H - statement.pdf", "MG11", "first_account")

    mg11_pdf(c.p("WINTERS J.pdf"), urn,
             dict(name="Jade WINTERS", occupation="Hairdresser", date="25/06/2026", sig="(Sgd) J. Winters",
                  witnessed_by="DC 3312 T. CARVER"),
             ["I am a friend of Ellie FENWICK and Hannah OKAFOR. On Friday 19th June 2026 the three of us went out in "
              "Brackenholt and ended up at The Lantern on Quay Street.",
              "At about quarter past twelve I saw Ellie kissing a man at the end of the bar near the fruit machine. I "
              "now know him to be Jordan MORRELL. It looked like they were both into it; she had her arm round his "
              "neck. It lasted a minute or so and then they carried on talking.",
              "I left at about half twelve because I had work in the morning. Ellie had had a few drinks but she was "
              "talking normally and standing up fine. I did not see her leave and I did not see her again that night.",
              "I did not hear about what happened until Hannah phoned me on the Saturday afternoon."])
    c.doc("WINTERS J.pdf", "MG11", "witness")

    mg11_pdf(c.p("BHATT_FME_statement.pdf"), urn,
             dict(name="Dr Anjali BHATT", occupation="Forensic physician (FFLM), Elmstead SARC", date="02/07/2026",
                  sig="Signed: A. Bhatt", place="Elmstead SARC"),
             ["I am a registered medical practitioner and a forensic physician working at Elmstead Sexual Assault "
              "Referral Centre. I hold the Licentiate of the Faculty of Forensic and Legal Medicine and I have examined "
              "complainants of sexual offences for nine years.",
              "On Saturday 20th June 2026 at 13:00 I saw Ellie FENWICK (24) at Elmstead SARC. Before the examination "
              "she signed the SARC consent form agreeing to the examination, to the taking of samples and to the "
              "release of my notes, body map and samples to the police and the Crown Prosecution Service.",
              "She gave a brief history of waking to find a man having vaginal intercourse with her at about 03:30 to "
              "04:00 that morning, after drinking heavily. She had not washed or changed her top.",
              "General examination: no injuries to her arms, legs, neck or face. Anogenital examination: a 3 mm "
              "superficial abrasion at the posterior fourchette at the 6 o'clock position. This is a non-specific "
              "finding which can occur with consensual or non-consensual intercourse; its absence or presence cannot "
              "tell whether intercourse was consented to.",
              "I took the following samples, which I sealed and handed to PC 2306 LOWE: AB/1 high vaginal swab; "
              "AB/2 low vaginal swab; AB/3 external vulval swab; AB/4 blood sample (taken 13:20) for toxicology; "
              "AB/5 urine sample (13:25) for toxicology."])
    c.doc("BHATT_FME_statement.pdf", "MG11", "expert")

    # ---- Forensic report ------------------------------------------------------------------
    pdf = PDF(head="OFFICIAL-SENSITIVE  -  Castell Forensics Ltd", foot=f"CF-26-33817  |  {urn}  |  Page {{page}} of {{nb}}",
              title="SFR1")
    pdf.title_("STREAMLINED FORENSIC REPORT (SFR1)\nCastell Forensics Ltd - Biology", 12)
    pdf.grid([("Police URN", urn), ("Laboratory case", "CF-26-33817"), ("Submitting force", F["name"]),
              ("Submitted by", "DC 4471 HALE"), ("Report date", "27/10/2026"),
              ("Reporting scientist", "Owen PRYCE, BSc, Reporting Officer")], widths=(50, 130), size=9)
    pdf.hd("Items examined")
    pdf.tab(["Item", "Description"], [("AB/1", "High vaginal swab - Ellie FENWICK"), ("AB/2", "Low vaginal swab"),
                                      ("AB/3", "External vulval swab"), ("DR/2", "Black knickers"),
                                      ("TC/1", "Reference DNA sample (buccal) - Jordan MORRELL"),
                                      ("AB/4", "Blood sample (toxicology)")], (25, 155))
    pdf.hd("Key findings")
    pdf.paras(["1. Semen was identified on AB/1, AB/2 and in the gusset of DR/2. A DNA profile obtained from the sperm "
               "fraction of AB/1 matches the reference profile of Jordan MORRELL (TC/1). The probability of a match "
               "if the DNA came from an unrelated person is in the order of one in a billion.",
               "2. AB/4: ethanol 41 milligrams per 100 millilitres of blood at the time of sampling (13:20). No drugs "
               "from the standard screen were detected.",
               "3. A back-calculation to estimate the blood alcohol between 02:00 and 04:10 has been requested and "
               "will be reported separately."], size=9.5)
    pdf.para("This streamlined report summarises the key findings. A full statement can be provided if the findings "
             "are disputed.", size=8.5, style="I")
    pdf.save(c.p("SFR1_Castell_CF-26-33817.pdf"))
    c.doc("SFR1_Castell_CF-26-33817.pdf", "FORENSIC")

    # ---- Digital ------------------------------------------------------------------------
    dpn_pdf(c.p("DPN_FENWICK_signed.pdf"), urn, F, dict(
        user="Ellie FENWICK", device="Apple iPhone 13, blue, IMEI ending 4410", exhibit="RH/4",
        officer="DC 4471 Rachel HALE",
        why="You have told us you messaged your friend Hannah at 04:22 and that Jordan MORRELL messaged you on "
            "Instagram at about 04:30. Those messages, and the earlier messages between you and him, are relevant to "
            "what happened and to what he says happened. We want to capture them accurately from your phone.",
        what="Only the items below will be extracted (selective extraction). The examiner will not browse the rest of "
             "the handset.",
        params=[("WhatsApp - conversation with Hannah OKAFOR", "13/06/2026 00:00 to 21/06/2026 12:00"),
                ("Instagram direct messages - conversation with Jordan MORRELL", "13/06/2026 00:00 to 21/06/2026 12:00"),
                ("Call log", "20/06/2026 21:00 to 21/06/2026 12:00"),
                ("Extraction method", "Selective (logical) extraction, filtered before review")],
        **{"not": "Photographs, other conversations, internet history, location history, notes, health data and all "
                  "other applications."},
        agreement=[("I have read this notice / had it read to me and I agree", "(Sgd) E. Fenwick"),
                   ("Date and time", "21/06/2026 16:30"), ("Officer", "(Sgd) R. Hale DC 4471"),
                   ("Copy given to device user", "Yes")]))
    c.doc("DPN_FENWICK_signed.pdf", "DPN")

    pdf = PDF(family="cond", head="OFFICIAL-SENSITIVE - Digital Forensic Unit",
              foot=f"DFU job 26-1187  -  {urn}  -  Page {{page}} of {{nb}}", title="Extraction report summary")
    pdf.title_("DIGITAL FORENSIC UNIT - EXTRACTION REPORT (SUMMARY)", 12)
    pdf.grid([("URN", urn), ("DFU job", "26-1187"), ("Examiner", "Kieran PRICE, Digital Media Investigator 5520"),
              ("Exhibit produced", "KP/1 - this report and the filtered extraction on disc"),
              ("Device", "RH/4 Apple iPhone 13 (Ellie FENWICK)"), ("Authority", "DPN signed 21/06/2026 16:30"),
              ("Method", "Selective logical extraction; filtered to the DPN parameters before review"),
              ("Returned to owner", "22/06/2026 11:40")], widths=(45, 135), size=9)
    pdf.hd("Material recovered within the parameters")
    pdf.tab(["Date / time", "App", "From / to", "Content"],
            [("18/06/2026 19:02", "Instagram", "MORRELL to FENWICK", "'saw ur story, u out sat?'"),
             ("18/06/2026 19:40", "Instagram", "FENWICK to MORRELL", "'prob the lantern with the girls'"),
             ("20/06/2026 04:22", "WhatsApp", "FENWICK to OKAFOR", "'Han I think something really bad happened. I woke "
                                                                  "up and he was having sex with me. I didn't want to. "
                                                                  "Please call me when you're up'"),
             ("20/06/2026 04:30", "Instagram", "MORRELL to FENWICK", "'you ok? x'  (not replied to)"),
             ("20/06/2026 07:56", "Call log", "OKAFOR to FENWICK", "Incoming call, 4 min 12 s"),
             ("20/06/2026 09:38", "Call log", "FENWICK to 999", "Outgoing call, 11 min 40 s")],
            (30, 22, 38, 90), size=8.5)
    pdf.para("No other material was extracted. The full Instagram conversation within the date range (23 messages) is "
             "on disc KP/1 and is listed on the MG6C.", size=9)
    pdf.save(c.p("KP1_extraction_summary.pdf"))
    c.doc("KP1_extraction_summary.pdf", "DIGITAL_EXTRACT")

    write_eml(c.p("RE DFU submission FENWICK handset.eml"),
              f"Kieran Price <kieran.price@{F['dom']}>", f"Rachel Hale <rachel.hale@{F['dom']}>",
              f"RE: DFU submission - {urn} - FENWICK handset RH/4 - selective extraction",
              "Mon, 22 Jun 2026 11:52:04 +0100",
              "Rachel,\n\nExtraction done this morning and the handset went back to Ms Fenwick at 11:40. I kept to the "
              "parameters on your submission and the DPN: WhatsApp with Hannah OKAFOR and Instagram DMs with Jordan "
              "MORRELL, 13/06 00:00 to 21/06 12:00, plus the call log for the night. Nothing else was pulled. Summary "
              "report KP/1 attached to the job on VALIS.\n\nKieran Price\nDigital Media Investigator 5520\n"
              "01632 960733",
              quoted=f"From: Rachel Hale\nSent: 21 June 2026 16:58\nSubject: DFU submission - {urn}\n\n"
                     "Kieran, submission for the complainant's iPhone (RH/4). Reason: she messaged her friend at 04:22 "
                     "(first complaint) and the suspect messaged her at 04:30; his account is that they had been "
                     "flirting online beforehand, so the earlier conversation between them needs to be captured too. "
                     "Parameters: WhatsApp with Hannah OKAFOR, Instagram DMs with Jordan MORRELL, 13/06/2026 00:00 - "
                     "21/06/2026 12:00; call log 20/06 21:00 - 21/06 12:00. Selective extraction only please. DPN "
                     "signed 16:30 today. She needs the phone back as soon as possible.\n\nRachel",
              msgid="<dfu-26-1187-reply@wyvernvale-police.example>")
    c.doc("RE DFU submission FENWICK handset.eml", "CORRESPONDENCE")

    # ---- Suspect interview --------------------------------------------------------------
    roti_pdf(c.p("ROTI_MORRELL_210626.pdf"), urn, "mg15",
             [("Person interviewed", "MORRELL, Jordan Lee"), ("Place of interview", "Brackenholt Police Investigation "
                                                                                   "Centre, interview room 4"),
              ("Date", "21/06/2026"), ("Time commenced / concluded", "14:05 / 14:58"),
              ("Interviewing officers", "DC 4471 HALE, DC 3312 CARVER"), ("Other persons present",
                                                                           "Ms Fiona LAIRD, solicitor, Laird & Co"),
              ("Recording", "Digital audio, master DR-IV-260621-04 (exhibit TC/3)")],
             [("00:00", "DC HALE", "This interview is being recorded. It's 14:05 on Sunday 21st June. Introductions "
                                    "done. You're still under caution, do you understand the caution?"),
              ("00:40", "MORRELL", "Yeah."),
              ("01:10", "DC HALE", "You were arrested on suspicion of raping Ellie FENWICK at your flat early on "
                                    "Saturday. Tell me what happened on Friday night."),
              ("01:35", "MORRELL", "I was in The Lantern with my mates. Ellie came up to the bar. I know her a bit off "
                                   "Instagram. We got chatting and we kissed, she kissed me first. Her mates went home."),
              ("04:02", "DC HALE", "How did she come to go back to your flat?"),
              ("04:15", "MORRELL", "She said her taxi was taking ages and did I live near. I said two minutes away. "
                                   "She said let's go to yours then."),
              ("06:30", "DC HALE", "What happened at the flat?"),
              ("06:44", "MORRELL", "We had a vodka each. She was sick in the bathroom, I got her some water. After a "
                                   "bit she said she felt better and came and lay on the bed with me and we were "
                                   "kissing, and then we had sex."),
              ("09:20", "DC HALE", "Was she awake?"),
              ("09:24", "MORRELL", "Yeah, course she was. She took her own jeans off. She was into it."),
              ("12:50", "DC HALE", "She says she woke up and you were having sex with her and she said get off."),
              ("13:10", "MORRELL", "That's not what happened. She never said get off. After, she just went quiet and "
                                   "then got up and went. I messaged her to see if she was okay."),
              ("15:30", "DC HALE", "Did you say to her 'you were up for it'?"),
              ("15:41", "MORRELL", "I might have said something like that when she got funny about it, because she "
                                   "was."),
              ("24:00", "DC CARVER", "How drunk was she, on a scale of one to ten?"),
              ("24:10", "MORRELL", "Six maybe. She was walking fine."),
              ("51:40", "DC HALE", "Anything you want to add or clarify?"),
              ("51:52", "MORRELL", "No. It was consensual."),
              ("52:30", "DC HALE", "Time is 14:58, this interview is concluded.")],
             closing=["Summary prepared by DC 4471 HALE from the recording. Passages between the times shown are "
                      "summarised in the recording index held with the master recording (TC/3)."])
    c.doc("ROTI_MORRELL_210626.pdf", "ROTI")

    pnc_print(c.p("PNC_MORRELL_JL.pdf"), urn, "4471 HALE R", "10/11/26 14:31",
              [dict(name="MORRELL, Jordan Lee", dob="09/10/1998", sex="M", role="SUSPECT", pncid="15/428816X",
                    cro="041177/15Q", summary="1 CONVICTION FROM 1 OCCASION; 1 CAUTION",
                    convictions=[("14/03/2022", "Brackenholt Magistrates", "Drunk and disorderly in a public place",
                                  "Fine GBP 150")],
                    cautions=[("02/08/2021", F["name"], "Possess cannabis (class B)", "Simple caution")],
                    markers="NONE")])
    c.doc("PNC_MORRELL_JL.pdf", "PNC")
    pnc_print(c.p("PNC_wits.pdf"), urn, "4471 HALE R", "10/11/26 14:36",
              [dict(name="FENWICK, Ellie", dob="(held on file)", sex="F", role="COMPLAINANT",
                    summary="NO TRACE - NO RECORD HELD"),
               dict(name="OKAFOR, Hannah", dob="(held on file)", sex="F", role="WITNESS (FIRST ACCOUNT)",
                    summary="NO TRACE - NO RECORD HELD"),
               dict(name="WINTERS, Jade", dob="(held on file)", sex="F", role="WITNESS",
                    summary="NO TRACE - NO RECORD HELD")],
              title="POLICE NATIONAL COMPUTER - PROSECUTION WITNESS CHECKS",
              note="Nil returns for all prosecution witnesses (civilian). Local VALIS checks also negative. "
                   "Officer witnesses: no disciplinary findings recorded relevant to credibility.")
    c.doc("PNC_wits.pdf", "PNC")

    # ---- Schedules ----------------------------------------------------------------------
    schedule_xlsx(c.p("MG6C_62KV0418826.xlsx"), "C", urn, F, rv, [
        [1, "TEMPEST incident log WV-20260620-0117 (999 call 20/06/2026 09:41 to closure 11:22). Records the first "
            "report. Held on TEMPEST; copy with file.", "Copy attached", "Yes - record of first complaint", ""],
        [2, "VALIS crime report WV/26/018844 including investigation log to 12/11/2026. Copy with file.",
         "Copy attached", "Yes - rebuttable presumption", ""],
        [3, "PC 2291 REEVE pocket notebook No. 0044117 page 38 - initial account of Ellie FENWICK signed by her "
            "(exhibit DR/3). Photograph with file.", "Copy attached", "Yes - first complaint", ""],
        [4, "Body-worn video, PC 2291 REEVE, 20/06/2026 10:09-10:27, complainant's initial account (DR/1). Full "
            "recording held on evidence.com; clip with file.", "Copy attached", "Yes - first complaint", ""],
        [5, "999 call recording CR-0620-0941-07, 20/06/2026 09:41, 11 min 40 s (RH/2). Copy with file.",
         "Copy attached", "Yes - first complaint", ""],
        [6, "ABE interview plan for Ellie FENWICK prepared by DC HALE 22/06/2026, 4 pages. RASSO file.",
         "Available on request", "No", ""],
        [7, "DFU submission form and e-mails 21-22/06/2026 setting out reasons and parameters for extraction of "
            "RH/4. Copy with file.", "Copy attached", "No", ""],
        [8, "Full filtered extraction of RH/4 on disc KP/1 (23 Instagram messages, 41 WhatsApp messages, call log "
            "within the DPN parameters). DFU store.", "Available on request", "No - summary in KP/1", ""],
        [9, "House-to-house pro-formas, 12 and 16 Tannery Court, 22/06/2026, both negative. RASSO file.",
         "Available on request", "No", ""],
        [10, "Custody record of Jordan MORRELL, 21/06/2026, Brackenholt PIC, custody no. BK/26/06211.",
         "Available on request", "No", ""],
        [11, "E-mail from the manager of The Lantern, 22/06/2026, confirming the CCTV system had not recorded since "
             "a fault in May 2026. RASSO file.", "Available on request", "No", ""],
        [12, "Filtered extraction of the suspect's phone TC/2 (Instagram conversation with the complainant "
             "13/06-21/06/2026). DFU job 26-1190.", "Available on request", "No", ""],
        [13, "SARC forensic medical examination notes and body map, Dr BHATT, 20/06/2026 (consent to release "
             "signed). Elmstead SARC.", "Available on request", "No - findings in statement", ""],
        [14, "Superintendent bail extension record 18/09/2026 and bail conditions notice served on suspect "
             "21/06/2026. Custody file.", "Available on request", "No", ""],
    ], post=["Disclosure officer: DC 4471 R. HALE    Date: 12/11/2026",
             "Reviewed: DS 1876 K. WOODS    Date: 12/11/2026"])
    c.doc("MG6C_62KV0418826.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D_62KV0418826.xlsx"), "D", urn, F, rv, [
        [1, "Rear pages of MG11s and witness contact sheets (home addresses and phone numbers of the complainant "
            "and civilian witnesses).", "Personal data of witnesses; risk to their privacy and safety.", "Inspect",
         ""],
        [2, "ISVA referral form, Sedgecombe ISVA Service, 21/06/2026.", "Confidential referral to a support "
                                                                         "service; contains the complainant's "
                                                                         "health and contact details.", "Inspect",
         ""]],
        post=["Disclosure officer: DC 4471 R. HALE    Date: 12/11/2026"])
    c.doc("MG6D_62KV0418826.xlsx", "MG6D")

    mg12_pdf(c.p("MG12_exhibits.pdf"), urn, rv, [
        ("RH/1", "ABE interview of Ellie FENWICK 23/06/2026 - working copy (digital file)", "DC HALE", "With file"),
        ("RH/1A", "ABE interview - sealed master copy", "DC HALE", "Property store BK-26-4471"),
        ("RH/2", "999 call recording 20/06/2026 09:41", "DC HALE", "With file"),
        ("RH/4", "Apple iPhone 13 of Ellie FENWICK (returned 22/06/2026)", "DC HALE", "Returned to owner"),
        ("DR/1", "Body-worn video clip 20/06/2026 10:09-10:27", "PC REEVE", "With file"),
        ("DR/2", "Black knickers (seal WV0187733)", "PC REEVE", "Castell Forensics"),
        ("DR/3", "Pocket notebook 0044117 p.38", "PC REEVE", "Copy with file; original with officer"),
        ("AB/1", "High vaginal swab", "Dr BHATT", "Castell Forensics"),
        ("AB/2", "Low vaginal swab", "Dr BHATT", "Castell Forensics"),
        ("AB/3", "External vulval swab", "Dr BHATT", "Castell Forensics"),
        ("AB/4", "Blood sample 13:20 (toxicology)", "Dr BHATT", "Castell Forensics"),
        ("AB/5", "Urine sample 13:25 (toxicology)", "Dr BHATT", "Castell Forensics"),
        ("TC/1", "Reference DNA sample, Jordan MORRELL", "DC CARVER", "Castell Forensics"),
        ("TC/2", "Samsung Galaxy S23 of Jordan MORRELL", "DC CARVER", "Property store"),
        ("TC/3", "Interview recording master 21/06/2026", "DC CARVER", "Property store"),
        ("KP/1", "Extraction report and filtered extraction of RH/4", "K. PRICE (DMI)", "Summary with file; disc DFU"),
    ], F, "DC 4471 HALE", "12/11/2026")
    c.doc("MG12_exhibits.pdf", "MG12")

    mg2_docx(c.p("MG2_FENWICK.docx"), urn, F, [
        ("Witness", [("Name", "Ellie FENWICK"), ("Role", "Complainant"), ("Date of assessment", "23/06/2026, reviewed "
                                                                                                 "10/11/2026"),
                     ("Assessed by", "DC 4471 HALE with ISVA Gemma HART")]),
        ("Eligibility", [("Vulnerable (s.16 YJCEA 1999)", "No - adult, no mental disorder, learning disability or "
                                                              "physical disorder affecting her evidence"),
                         ("Intimidated (s.17)", "Yes - complainant in respect of a sexual offence (s.17(4)); "
                                                "automatically eligible")]),
        ("Measures sought and the witness's views", [
            ("Video-recorded evidence-in-chief (s.27)", "Yes - ABE interview RH/1"),
            ("Pre-recorded cross-examination (s.28)", "Yes - Ms FENWICK has been told what s.28 involves and wants "
                                                      "her cross-examination recorded in advance of trial"),
            ("Live link (s.24)", "Yes - from the remote site at Sedgecombe if available"),
            ("Screens (s.23)", "As a fallback if the live link is not available"),
            ("Intermediary (s.29)", "Not required - no communication needs identified"),
            ("Removal of wigs and gowns / evidence in private", "Not requested")]),
        ("Other needs", "No interpreter. Would like her ISVA with her at court and a pre-trial visit. Prefers contact "
                        "by e-mail or by phone after 17:00."),
    ], "DC 4471 HALE")
    c.doc("MG2_FENWICK.docx", "MG2")

    write_eml(c.p("FW VPS and court support - E FENWICK.eml"),
              f"Gemma Hart <g.hart@sedgecombe-isva.example>", f"Rachel Hale <rachel.hale@{F['dom']}>",
              f"RE: {urn} - E FENWICK - VPS and court support", "Tue, 10 Nov 2026 10:03:41 +0000",
              "Hi Rachel,\n\nI saw Ellie yesterday. She is still clear she wants to pre-record her cross-examination "
              "(s.28) and would like to use the remote live link at Sedgecombe. On the VPS, she remembers you offering "
              "it at the interview and she still wants to wait until after the CPS decision before she writes it.\n\n"
              "She asked me to say that evenings are best for calls.\n\nGemma Hart\nISVA, Sedgecombe ISVA Service\n"
              "01632 960955",
              msgid="<isva-vps-1011@sedgecombe-isva.example>")
    c.doc("FW VPS and court support - E FENWICK.eml", "CORRESPONDENCE")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "CALL_999",
               "FORENSIC", "DPN", "DIGITAL_EXTRACT", "CORRESPONDENCE", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
           "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    c.expected(0, present, [], mnf)


def mg11_docx(path, urn, w, body, force, decl=None, rear=None, heading="WITNESS STATEMENT"):
    D = DOCX(author=w.get("taken_by", ""), title=f"Statement {w['name']}", font="Calibri", base_size=11)
    D.running(head="OFFICIAL-SENSITIVE", foot=f"{force}  -  URN {urn}  -  statement of {w['name']}")
    D.title(heading, 13)
    D.p(LEGAL_LINE, italic=True, size=8).alignment = WD_ALIGN_PARAGRAPH.CENTER
    D.grid([("URN", urn), ("Statement of", w["name"]), ("Age if under 18", w.get("age", "Over 18")),
            ("Occupation", w.get("occupation", ""))], widths=(4.5, 12.0))
    D.p(decl or decl_national(w.get("pages", "2")), italic=True, size=9)
    D.grid([("Signature", w["sig"]), ("Date", w["date"])], widths=(4.5, 12.0))
    for b in body:
        D.p(b)
    D.p(f"Signature: {w['sig']}          Signature witnessed by: {w.get('witnessed_by', '')}", bold=True)
    if rear:
        D.page_break()
        D.h("Rear page - witness details (not for disclosure)")
        D.grid(rear, widths=(6.0, 10.5))
    D.save(path)


# ============================================================================================
# C2  14NM0277126  R v DUNMORE  (compliant; written statement instead of ABE; phone not examined;
#     first account to a work colleague, her statement is a phone photo; PNB entry is an image-only scan)
# ============================================================================================

def case_c2(out):
    c = Case(out, "14NM0277126 DUNMORE")
    F = FORCES["NM"]
    urn = "14NM0277126"
    rv = "Craig DUNMORE"
    oic = dict(name="DC 2748 Natalie BROOKS", unit="Public Protection - Sexual Offences Team, Aldermoor",
               phone="01632 960274", mobile="07700 900274", email="natalie.brooks@" + F["dom"], date="09/11/2026")
    sup = [("Endorsed by", "DS 0931 Martin KHAN"), ("Date", "06/11/2026"),
           ("Review", "Content checked. Written statement route was the complainant's informed choice and is recorded. "
                      "HR request and notice checked for proportionality. Approved.")]
    pb, pa = "2748 BROOKS", "06/11/2026 11:05"

    hdr = [("Suspect", "Craig DUNMORE, born 22/02/1988"),
           ("Offences", "1. Assault by penetration, s.2 Sexual Offences Act 2003.  2. Sexual assault, s.3 Sexual "
                        "Offences Act 2003.  Both 14/08/2026 at The Quarry Arms, Mill Lane, Aldermoor."),
           ("Status", "Voluntary attendance interview 02/09/2026; released under investigation (RUI)"),
           ("Type of decision", "Full Code Test - charging decision requested"),
           ("Occurrence / incident", "26*077412  /  CP-260815-0233")]
    sections = [
        ("Test sought", "Full Code Test. All the evidence the investigation can reasonably obtain is with this file."),
        ("Early advice", "Early advice was not sought. The investigation was short and self-contained (one complainant, "
                         "one witness to the first account, one supporting witness, a suspect who attended "
                         "voluntarily) and no decision needed the prosecutor's input before the file was ready."),
        ("Summary of the case", [
            "Sophie KAVANAGH (31) is a shift supervisor at Aldermoor Logistics. The suspect is the operations "
            "manager there. On Friday 14/08/2026 about twenty staff were at The Quarry Arms for a colleague's "
            "leaving drinks.",
            "At about 22:40 the complainant came out of the ladies' toilets into the rear corridor. She says the "
            "suspect was waiting, pushed her against the wall, kissed her neck and put his hand inside her trousers "
            "and underwear and penetrated her vagina with his fingers for a few seconds. She pushed him away and "
            "said 'What the fuck, Craig?'. He laughed, said 'Don't be frigid' and went back into the bar.",
            "She went straight back into the ladies', where her colleague Priya SANDHU was, and told her what he had "
            "done. Ms SANDHU describes her as shaking and crying. Another colleague, Liam PRESCOTT, saw the suspect "
            "follow her towards the toilets and come back about two minutes later smiling. The complainant left with "
            "Ms SANDHU by taxi at about 23:00 and reported the matter by 101 call the next morning.",
            "The complainant was offered a video-recorded (ABE) interview and chose instead to give a written "
            "statement, which she did on 18/08/2026 with DC BROOKS; a written statement was taken rather than a "
            "video-recorded interview, and her reasons are recorded in it."]),
        ("Suspect's account", "At interview on 02/09/2026 his solicitor read a prepared statement: he accepts speaking "
                              "to her in the corridor on his way to the gents but denies any sexual touching, and says "
                              "she has a grudge because he gave her a 'formal warning' for lateness on 30/07/2026. He "
                              "then answered no comment. The likely defence is denial with an alleged motive to lie."),
        ("Lines of enquiry (including those that point away from the suspect)", [
            "1. The alleged motive (points away from the suspect). With notice to the complainant, Aldermoor "
            "Logistics HR was asked only for the record of any warning given to her between 01/07/2026 and "
            "14/08/2026. HR replied that her line manager (not the suspect) held an informal conversation about "
            "lateness on 30/07/2026 and no formal warning was given. The request and its reasons are attached.",
            "2. CCTV. The Quarry Arms' cameras cover only the car park and the front door; the manager confirmed "
            "in writing that no camera covers the bar or the rear corridor. There is therefore no footage of the "
            "relevant area (e-mail attached).",
            "3. Other people at the leaving drinks. A list of 19 attendees was obtained. Six who were near the bar "
            "were spoken to; only Mr PRESCOTT saw anything relevant. The others' negative accounts are recorded on "
            "the MG6C (item 6).",
            "4. The complainant's phone. Her phone has not been examined, and no request for it has been made: "
            "nothing suggests it holds relevant material. She and the suspect do not message each other outside a "
            "work rota group, he does not suggest any message exists, and her message to Ms SANDHU after the "
            "incident was seen by the officer on Ms SANDHU's own phone.",
            "5. Forensic opportunities. She was offered a forensic medical examination on 15/08/2026 and declined it; "
            "she had showered and washed her clothes before reporting. No forensic submission is possible."]),
        ("Outstanding evidence", "No further enquiries are outstanding. There are no forensic, medical or digital "
                                 "results awaited."),
        ("Forensic / medical", "None. There is no forensic or medical evidence in this case (SARC examination declined, "
                               "see above), so no consent to release medical records was needed; her statement's rear "
                               "page records this."),
        ("Victim and witness needs", [
            ("Special measures", "Considered with Ms KAVANAGH on 18/08/2026 and again on 28/10/2026 (no MG2 used). She is "
                                 "eligible as a sexual offence complainant (s.17(4) YJCEA 1999). She wants screens "
                                 "(s.23). She was told about pre-recording her cross-examination under s.28 and does not "
                                 "want it: she would rather give all her evidence at trial. She is not vulnerable within "
                                 "s.16 and no intermediary is needed."),
            ("Other needs", "Mild hearing loss in the left ear: speak clearly, face her; hearing loop requested at court. "
                            "Works shifts - needs notice of dates. No interpreter."),
            ("ISVA", "Referred 17/08/2026 to Northmoor Rape Crisis ISVA service; ISVA Dawn MERCER."),
            ("VPS", "Offered 18/08/2026. She made a VPS on 10/09/2026 (attached)."),
            ("Witnesses", "Ms SANDHU and Mr PRESCOTT are willing to attend; no special measures requested.")]),
        ("RUI / bail", "Not arrested (voluntary attendance). Released under investigation rather than bailed: bail "
                       "conditions were not judged necessary because the suspect was suspended from work by his "
                       "employer on 17/08/2026 pending its own process, does not live near the complainant and has "
                       "made no contact with her. Reviewed 01/11/2026: no change."),
        ("Previous convictions", "Suspect: no trace on PNC. Witnesses: Ms KAVANAGH and Ms SANDHU no trace; Mr "
                                 "PRESCOTT has one conviction (2017, driving with excess alcohol) - print attached."),
        ("Disclosure", "MG6C and MG6D attached. The 101 call record and incident log, occurrence report and PC "
                       "WHITLOCK's pocket notebook record of the first account are attached as rebuttable-presumption "
                       "material."),
    ]
    mg3_pdf(c.p("Doc1.pdf"), urn, F, hdr, sections, sup, oic, style="form")
    c.doc("Doc1.pdf", "MG3")

    crime_report(
        c.p("occurrence_26077412.pdf"), F, "occurrence", urn, pb, pa,
        summary=[("Occurrence", "26*077412"), ("Type", "SEXUAL - ASSAULT BY PENETRATION"),
                 ("HO class", "020/01 (s.2 SOA 2003); 088/01 (s.3 SOA 2003)"), ("When", "14/08/2026 22:38-22:42"),
                 ("Where", "The Quarry Arms, Mill Lane, Aldermoor - rear corridor"),
                 ("Reported", "15/08/2026 10:12 - 101 call"), ("Incident", "CP-260815-0233"),
                 ("OIC", "2748 BROOKS"), ("Supervisor", "0931 KHAN"), ("Status", "OPEN - AWAITING CPS")],
        victim=[("Name", "KAVANAGH, Sophie"), ("Age", "31"), ("Sex", "F"),
                ("Disability", "Hearing - mild loss left ear"), ("Ethnicity", "W3 - any other White background"),
                ("ISVA", "Referred 17/08/2026")],
        suspect=[("Name", "DUNMORE, Craig"), ("DOB", "22/02/1988"), ("Status", "VA interview 02/09/2026 - RUI")],
        narrative=["IP at work leaving do. Followed into rear corridor by suspect (her senior manager) who pushed her "
                   "to the wall and digitally penetrated her vagina inside her clothing. IP pushed him away. Disclosed "
                   "immediately to colleague in the ladies' toilets. Reported via 101 next morning. SARC declined - "
                   "showered. Written statement (IP declined ABE)."],
        log=[("15/08/2026 10:20", "CONTACT CTR", "Occurrence created from 101 call CP-260815-0233."),
             ("15/08/2026 14:25", "3310 WHITLOCK", "Initial account in PNB (JW/1), signed by IP. No BWV - camera failed "
                                                   "pre-shift test. SARC offered - declined."),
             ("17/08/2026 09:00", "2748 BROOKS", "Allocated. ISVA referral made."),
             ("18/08/2026 16:40", "2748 BROOKS", "Written statement obtained (IP's choice - ABE offered and declined). "
                                                 "VPS offered. Special measures discussed - screens."),
             ("19/08/2026 11:00", "2748 BROOKS", "Witness statement SANDHU taken. Quarry Arms CCTV - no coverage of "
                                                 "corridor (manager e-mail)."),
             ("21/08/2026 15:30", "4120 QURESHI", "Witness statement PRESCOTT taken. Five other attendees - nothing "
                                                  "seen (notes on file)."),
             ("02/09/2026 10:00", "2748 BROOKS", "VA interview - prepared statement, no comment. RUI."),
             ("03/09/2026 12:10", "2748 BROOKS", "Written notice to IP of request to employer HR. Request sent."),
             ("10/09/2026 14:00", "2748 BROOKS", "VPS taken."),
             ("24/09/2026 09:35", "2748 BROOKS", "HR reply received - informal conversation only, by line manager."),
             ("06/11/2026 11:00", "0931 KHAN", "Supervisor review - approved for CPS.")])
    c.doc("occurrence_26077412.pdf", "CRIME_REPORT")

    incident_log(
        c.p("CALLPOINT_CP-260815-0233.pdf"), F, "mono", "CP-260815-0233",
        [("Created", "15/08/2026 10:12:44"), ("Channel", "101 NON-EMERGENCY (VOICE)"),
         ("Opening code", "SEXUAL OFFENCE - NON-RECENT < 24H"), ("Response", "SCHEDULED - APPOINTMENT 13:30"),
         ("Location", "Caller's home, Aldermoor"), ("Closed", "15/08/2026 14:41:09 - OCCURRENCE 26*077412")],
        [("10:12:44", "H2231", "CALL", "Caller SOPHIE KAVANAGH reports her boss put his hand down her trousers and "
                                      "inside her at a work do at The Quarry Arms last night around 22:40. Caller "
                                      "calm but upset. Told a friend from work straight after."),
         ("10:15:02", "H2231", "THRIVE", "No immediate threat. Suspect not at address. Caller safe at home."),
         ("10:16:30", "H2231", "ADVICE", "Forensic advice given. Caller states she has already showered."),
         ("10:18:55", "D0120", "RESOURCE", "Appointment 13:30 - PC 3310 WHITLOCK."),
         ("13:31:10", "3310", "STATUS", "Attended. Account being taken."),
         ("14:22:47", "3310", "UPDATE", "Initial account recorded in PNB, signed by caller. SARC offered - declined. "
                                       "No BWV (camera u/s)."),
         ("14:41:09", "D0120", "CLOSE", "Occurrence 26*077412 raised. Call audio retained 90 days then exported to "
                                       "occurrence.")],
        pb, pa, urn)
    c.doc("CALLPOINT_CP-260815-0233.pdf", "INCIDENT_LOG")

    kav_body = [
        "I am 31 years old and I live in Aldermoor. I work as a shift supervisor at Aldermoor Logistics on the "
        "Westfield estate and I have worked there for about four years. I am making this statement with DC BROOKS "
        "at Aldermoor police station. She explained that I could be interviewed on video instead. I have chosen to "
        "give a written statement because I did not want to watch myself on a screen at court and I find it easier "
        "to go through it slowly like this.",
        "Craig DUNMORE is the operations manager at work. He is my line manager's boss. I see him most days on the "
        "shop floor. I have never been in a relationship with him and I have never flirted with him. We have never "
        "texted each other except in the work rota WhatsApp group, which has about forty people in it.",
        "On Friday 14th August 2026 a lot of us went to The Quarry Arms on Mill Lane for Joanne's leaving drinks. I "
        "got there at about half seven. I had four glasses of white wine over the evening. I was not drunk; I knew "
        "exactly what I was doing. Craig was there from about eight o'clock. He was loud and was buying rounds.",
        "At about twenty to eleven I went to the ladies'. To get there you go through a door at the back of the bar "
        "into a corridor with the gents on the left and the ladies' at the end. Priya SANDHU from work went in just "
        "before me. When I came out of my cubicle Priya was still in there doing her make-up and I said I would see "
        "her back at the table.",
        "When I came out of the ladies' door Craig was standing in the corridor, right outside, like he was waiting. "
        "He said 'There she is' and stepped towards me. Before I could go past him he put his left hand on my chest "
        "and pushed me back against the wall by the fire extinguisher. He put his face into my neck and kissed my "
        "neck. I could smell beer. I said 'Craig, get off' and tried to turn my head away.",
        "He pushed his right hand down the front of my trousers, which were black work-style trousers with an "
        "elasticated waist, and inside my knickers. He put his fingers inside my vagina. I would say it was two "
        "fingers. It was only a few seconds but it hurt and I froze at first. Then I pushed him in the chest with "
        "both hands as hard as I could and he stepped back.",
        "I said 'What the fuck, Craig?'. He laughed and said 'Don't be frigid' and then he just walked back through "
        "the door into the bar like nothing had happened. I did not agree to any of this. I did not want him to "
        "touch me at all.",
        "I went straight back into the ladies'. Priya was still there at the mirror. I was shaking and I started to "
        "cry. I told her Craig had just grabbed me in the corridor and put his hand down my trousers and inside me. "
        "She hugged me and said we should go. She went and got our coats and we left by the side door and got a taxi "
        "from the rank at about eleven. I stayed at Priya's that night.",
        "I did not report it that night because I was in shock and I was worried about my job. In the morning Priya "
        "said I should report it, and I rang 101 at about ten past ten. A police officer, PC WHITLOCK, came to my "
        "house that afternoon and I told him what had happened and signed his notebook. He asked if I wanted to go "
        "to the SARC for an examination. I said no because I had already showered and washed my clothes and I did "
        "not want to be examined.",
        "Since this happened I have not been back to work. I am on sick leave. I have been told Craig has been "
        "suspended. I have not had any contact from him.",
        "I have been told that Craig says I have a grudge because he gave me a warning. He has never given me a "
        "warning. My line manager, Paul, had a quiet word with me at the end of July about being late twice when my "
        "car broke down, and that was all. It was nothing to do with Craig and I did not hold it against anyone."]
    mg11_pdf(c.p("KAVANAGH S MG11.pdf"), urn,
             dict(name="Sophie KAVANAGH", occupation="Shift supervisor", date="18/08/2026",
                  sig="(Sgd) S. Kavanagh", witnessed_by="(Sgd) N. Brooks DC 2748"),
             kav_body,
             rear=[("Evidence by", "Written statement (ABE interview offered and declined - witness's choice)"),
                   ("Special measures", "Screens requested. s.28 explained - not wanted. No intermediary needed."),
                   ("Particular needs", "Mild hearing loss left ear - face her, speak clearly; hearing loop at court"),
                   ("Medical records / SARC", "No examination took place (declined 15/08/2026). No medical records "
                                              "relevant - consent not applicable."),
                   ("VPS", "Explained and offered 18/08/2026 - will make one after some thought (made 10/09/2026)"),
                   ("ISVA / support", "Northmoor Rape Crisis ISVA - referral 17/08/2026"),
                   ("Willing to attend court", "Yes"), ("Dates to avoid", "None"),
                   ("Contact", "Mobile 07700 900531 (text first); e-mail s.kavanagh@mailbox.example")])
    c.doc("KAVANAGH S MG11.pdf", "MG11", "complainant")

    sandhu = dict(name="Priya SANDHU", occupation="Warehouse team leader", date="19/08/2026", sig="(Sgd) P. Sandhu",
                  sig_hand="P. Sandhu", witnessed_by="DC 2748 N. BROOKS")
    sandhu_body = [
        "I work with Sophie KAVANAGH at Aldermoor Logistics; we have been colleagues and friends for about three years.",
        "On Friday 14th August 2026 I was at Joanne's leaving drinks at The Quarry Arms. At about twenty to eleven I "
        "went to the ladies' with Sophie. She came out of the cubicle and said she'd see me back at the table and "
        "went out. I stayed at the mirror.",
        "About a minute later, maybe two, the door opened and Sophie came back in. She was white and shaking and "
        "started crying. She said 'Craig just grabbed me out there, he put his hand down my trousers, he put his "
        "fingers inside me'. She said she had pushed him off and he had laughed at her. Craig is Craig DUNMORE, our "
        "operations manager.",
        "I got our coats and we went out the side door and got a taxi at about eleven. She stayed at mine. She "
        "hardly spoke. In the morning I told her she should report it and she rang the police.",
        "At 23:40 that night, while we were in my flat, she sent me a WhatsApp from the spare room saying 'thank you "
        "for tonight I cant stop shaking'. I showed this to DC BROOKS on my phone today."]
    el = mg11_elements(urn, sandhu, sandhu_body, "1")
    phone_photo(c.p("IMG_2231.jpg"), el, 201, angle=3.0, desk=(150, 140, 128))
    c.doc("IMG_2231.jpg", "MG11", "first_account")

    mg11_docx(c.p("PRESCOTT L.docx"), urn,
              dict(name="Liam PRESCOTT", occupation="Forklift driver", date="21/08/2026", sig="[signed]",
                   witnessed_by="DC 4120 I. QURESHI", taken_by="DC 4120 QURESHI", pages="1"),
              ["I work at Aldermoor Logistics. On Friday 14th August 2026 I was at The Quarry Arms for Joanne's leaving "
               "do. I was standing at the end of the bar near the door that goes through to the toilets.",
               "At about twenty to eleven I saw Sophie KAVANAGH go through that door. Maybe half a minute later Craig "
               "DUNMORE, the operations manager, put his pint down and went through the same door. I remember because "
               "he winked at me as he went past.",
               "He came back through the door about two minutes later. He was smiling to himself. He went back to the "
               "group he was with and carried on drinking.",
               "A bit after that I saw Priya SANDHU and Sophie leave by the side door with their coats on. Sophie "
               "had her head down. I did not speak to either of them."], F["name"])
    c.doc("PRESCOTT L.docx", "MG11", "witness")

    pnb = [("small", f"PNB 3310 WHITLOCK - No. 0071205 - pages 14-15 - exhibit JW/1 - URN {urn}"),
           ("h", "Sat 15/08/2026 13:31  Home address of Sophie KAVANAGH, Aldermoor (CP-260815-0233)"),
           ("p", "First account in her words: \"At the Quarry Arms last night about twenty to eleven Craig DUNMORE "
                 "from work was waiting outside the ladies. He pushed me against the wall, kissed my neck and put "
                 "his hand down my trousers and his fingers inside me. I pushed him off. He laughed and said don't be "
                 "frigid. I told Priya straight away in the toilets.\""),
           ("p", "Drank 4 glasses wine over evening. Has showered & washed clothes. SARC offered - declines. Happy "
                 "to give statement to CID. No BWV - camera failed pre-shift test, no spare issued."),
           ("gap", 3), ("line", "I have read this and it is correct:"), ("sig", "S Kavanagh"),
           ("line", "14:19   Officer:"), ("sig", "J Whitlock 3310")]
    scanned_pdf(c.p("scan_0007.pdf"), pnb, 202)
    c.doc("scan_0007.pdf", "OTHER")

    mg11_pdf(c.p("WHITLOCK J MG11.pdf"), urn,
             dict(name="James WHITLOCK", occupation="Police Constable 3310", date="15/08/2026",
                  sig="Signed: J. Whitlock PC 3310", place="Aldermoor Police Station"),
             ["I am a police constable with Northmoor Police. On Saturday 15th August 2026 I was the first officer to "
              "deal with this report. I was given an appointment from incident CP-260815-0233 and at 13:31 I went to "
              "the home of Sophie KAVANAGH in Aldermoor.",
              "My body-worn camera had failed its pre-shift test that morning and no replacement was available, so the "
              "visit was not recorded on body-worn video. Instead I recorded her first account in my pocket notebook "
              "in her own words, read it back to her and she signed it as correct at 14:19. I produce pages 14 and 15 "
              "of my notebook as exhibit JW/1.",
              "She told me that at about 22:40 the previous night, at The Quarry Arms, a senior manager from her work, "
              "Craig DUNMORE, had pushed her against a wall in the corridor by the toilets and put his hand down her "
              "trousers and his fingers inside her vagina, and that she had told her colleague Priya straight away.",
              "I gave her advice about forensic evidence and offered her an examination at the SARC. She said she had "
              "showered and washed her clothes that morning and did not want an examination. I updated the incident "
              "and the occurrence was created."],
             style="force", force=F["name"])
    c.doc("WHITLOCK J MG11.pdf", "MG11", "officer")

    mg11_pdf(c.p("BROOKS N MG11.pdf"), urn,
             dict(name="Natalie BROOKS", occupation="Detective Constable 2748", date="25/09/2026",
                  sig="(Sgd) N. Brooks DC 2748"),
             ["I am the officer in the case. On Wednesday 19th August 2026 I spoke to the manager of The Quarry Arms, "
              "Mill Lane, Aldermoor. He showed me the CCTV system: there are two cameras, one on the car park and one "
              "over the front door. Neither covers the bar or the rear corridor, so there was no footage to seize. He "
              "confirmed this by e-mail the same day.",
              "On Thursday 3rd September 2026 I gave Ms KAVANAGH written notice that I intended to ask her employer "
              "for the record of any warning she was given between 1st July and 14th August 2026, and why. I then "
              "sent the request to Aldermoor Logistics HR.",
              "On Thursday 24th September 2026 I received the HR reply by e-mail: a one-page letter from the HR "
              "manager stating that on 30th July 2026 Ms KAVANAGH's line manager held an informal conversation with "
              "her about lateness and that no warning, formal or otherwise, was issued by Mr DUNMORE. I produce that "
              "letter as exhibit NB/1."])
    c.doc("BROOKS N MG11.pdf", "MG11", "officer")

    roti_pdf(c.p("ROTI DUNMORE 020926.pdf"), urn, "script",
             [("Interviewee", "DUNMORE, Craig (voluntary attendance)"), ("Date", "02/09/2026"),
              ("Times", "10:04 - 10:31"), ("Location", "Aldermoor Police Station, interview room 2"),
              ("Officers", "DC 2748 BROOKS (lead), DC 4120 QURESHI"),
              ("Legal adviser", "Mr Gareth PRYOR, Pryor Maddox Solicitors"),
              ("Recording", "Digital audio ref. ALD-VA-020926-02")],
             [("00:00", "DC BROOKS", "This interview is being recorded at Aldermoor Police Station. You're here "
                                     "voluntarily, you're not under arrest and you're free to leave. You are entitled "
                                     "to free legal advice and Mr Pryor is with you. You're under caution. Do you "
                                     "understand?"),
              ("00:52", "DUNMORE", "Yes."),
              ("01:05", "MR PRYOR", "Before questions begin I will read a prepared statement on my client's behalf. "
                                    "'I was at The Quarry Arms on 14 August for a colleague's leaving drinks. At some "
                                    "point I went to the gents. In the corridor I passed Sophie Kavanagh and we "
                                    "exchanged a few words. I did not touch her sexually or at all. Two weeks before, I "
                                    "gave her a formal warning about her timekeeping and she has resented me since. I "
                                    "believe that is why she has made this allegation. I will not be answering further "
                                    "questions.' That is signed by Mr Dunmore and dated today."),
              ("03:20", "DC BROOKS", "Thank you. Craig, Ms Kavanagh says you were waiting outside the ladies' toilets. "
                                     "Were you?"),
              ("03:31", "DUNMORE", "No comment."),
              ("04:10", "DC BROOKS", "A witness saw you follow her through the door half a minute after she went "
                                     "through. Why did you follow her?"),
              ("04:18", "DUNMORE", "No comment."),
              ("06:45", "DC QURESHI", "Where and when did you give her this formal warning?"),
              ("06:52", "DUNMORE", "No comment."),
              ("09:30", "DC BROOKS", "Did you put your hand inside her trousers?"),
              ("09:36", "DUNMORE", "No comment."),
              ("26:40", "DC BROOKS", "Is there anything you want to add? ... The time is 10:31 and the interview is "
                                     "concluded.")],
             closing=["Prepared statement retained as exhibit NB/2 (original signed by the suspect)."])
    c.doc("ROTI DUNMORE 020926.pdf", "ROTI")

    pnc_print(c.p("PNC DUNMORE.pdf"), urn, "2748 BROOKS", "05/11/26 09:12",
              [dict(name="DUNMORE, Craig", dob="22/02/1988", sex="M", role="SUSPECT",
                    summary="NO TRACE ON PNC - NO CONVICTIONS, CAUTIONS OR IMPENDING PROSECUTIONS")])
    c.doc("PNC DUNMORE.pdf", "PNC")
    pnc_print(c.p("PNC checks witnesses.pdf"), urn, "2748 BROOKS", "05/11/26 09:20",
              [dict(name="KAVANAGH, Sophie", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="SANDHU, Priya", role="WITNESS", sex="F", summary="NO TRACE"),
               dict(name="PRESCOTT, Liam James", role="WITNESS", sex="M", pncid="17/600124P",
                    summary="1 CONVICTION FROM 1 OCCASION",
                    convictions=[("09/05/2017", "Aldermoor Magistrates", "Drive motor vehicle with excess alcohol",
                                  "Fine; disqualified 14 months")])],
              title="PNC - PROSECUTION WITNESS CONVICTION CHECKS")
    c.doc("PNC checks witnesses.pdf", "PNC")

    schedule_xlsx(c.p("MG6C.xlsx"), "C", urn, F, rv, [
        ["001", "CALLPOINT incident log CP-260815-0233 (101 call, first report) - copy with file", "Y - attached",
         "Yes (first complaint)", ""],
        ["002", "Occurrence report 26*077412 with update log - copy with file", "Y - attached", "Yes", ""],
        ["003", "PNB PC 3310 WHITLOCK no. 0071205 pp.14-15, complainant's first account signed by her (JW/1) - "
                "copy with file", "Y - attached", "Yes (first complaint)", ""],
        ["004", "101 call audio CP-260815-0233 exported to the occurrence (4 min 51 s)", "N - available", "No - "
                                                                                                         "content "
                                                                                                         "in log 001",
         ""],
        ["005", "List of 19 attendees at the leaving drinks supplied by Aldermoor Logistics HR, 19/08/2026",
         "N - available", "No", ""],
        ["006", "DC QURESHI's notes of conversations with five attendees (A. BELL, R. OSEI, T. MARSH, K. DOYLE, "
                "J. FINN) - none saw the complainant or suspect in the corridor", "N - available", "No", ""],
        ["007", "E-mail from the manager of The Quarry Arms 19/08/2026 - no camera covers bar or rear corridor - "
                "copy with file", "Y - attached", "No", ""],
        ["008", "Request to Aldermoor Logistics HR 03/09/2026 (limited to warnings 01/07-14/08/2026) and the notice "
                "letter given to the complainant the same day - copies with file", "Y - attached", "No", ""],
        ["009", "Voluntary attendance record and interview recording ALD-VA-020926-02, 02/09/2026", "N - available",
         "No", ""],
        ["010", "Suspension letter to the suspect from Aldermoor Logistics 17/08/2026 (supplied by HR)",
         "N - available", "No", ""],
    ], headings=["No.", "Description of item and where it is kept", "Copy sent to CPS?", "Meets test? (police)",
                 "CPS: CD / ND / I"], post=["Disclosure officer: DC 2748 N. BROOKS, 05/11/2026"])
    c.doc("MG6C.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D.xlsx"), "D", urn, F, rv, [
        ["001", "ISVA referral form 17/08/2026 (Northmoor Rape Crisis)", "Third-party support service referral; "
                                                                          "health and contact information",
         "Inspect", ""],
        ["002", "Complainant's contact details and sick-leave information held on the occurrence victim record",
         "Personal data; privacy", "Inspect", ""]],
        headings=["No.", "Description", "Why sensitive", "Attached / inspect", "CPS view"],
        post=["Disclosure officer: DC 2748 N. BROOKS, 05/11/2026"])
    c.doc("MG6D.xlsx", "MG6D")

    D = DOCX(author="DC 2748 BROOKS", title="MG12")
    D.running(head="OFFICIAL-SENSITIVE (when complete)", foot=f"MG12 Exhibit list - {urn}")
    D.title("MG12  EXHIBIT LIST", 13)
    D.grid([("URN", urn), ("R v", rv), ("Prepared by", "DC 2748 BROOKS, 05/11/2026")], widths=(4.0, 12.5))
    D.tab(["Ref.", "Description", "Produced by", "Where"],
          [("JW/1", "PNB 0071205 pp.14-15 - first account", "PC 3310 WHITLOCK", "Copy with file (scan)"),
           ("NB/1", "Letter from Aldermoor Logistics HR manager re 30/07/2026 conversation", "DC 2748 BROOKS",
            "Original on case file (evidence, not unused)"),
           ("NB/2", "Prepared statement of Craig DUNMORE 02/09/2026 (signed original)", "DC 2748 BROOKS",
            "Property store")], widths=(2.0, 8.0, 3.5, 3.5))
    D.save(c.p("Exhibits.docx"))
    c.doc("Exhibits.docx", "MG12")

    pdf = PDF(head="OFFICIAL-SENSITIVE", foot=f"VPS - {urn} - page {{page}} of {{nb}}", title="Victim personal statement")
    pdf.title_("VICTIM PERSONAL STATEMENT", 13)
    pdf.para(f"URN {urn}    Made by: Sophie KAVANAGH    Date: 10/09/2026    Taken by: DC 2748 BROOKS", size=9)
    pdf.para(decl_national(1), size=8.5, style="I")
    pdf.paras(["I want the court to know how this has affected me. Since 14th August I have not been able to go back "
               "to work. I loved my job and I was good at it. Now the thought of walking onto the shop floor makes me "
               "feel sick.",
               "I don't sleep properly. I go over it again and again. I have stopped going out with my friends because "
               "I can't relax anywhere with a crowd.",
               "I would like to read this statement to the court myself if there is a conviction."], size=10)
    pdf.para("Signature: (Sgd) S. Kavanagh      Date: 10/09/2026", size=9.5, style="B")
    pdf.save(c.p("VPS_KAVANAGH.pdf"))
    c.doc("VPS_KAVANAGH.pdf", "VPS")

    write_eml(c.p("RE_ Quarry Arms CCTV.eml"), "Gordon Tate <manager@quarryarms-aldermoor.example>",
              f"Natalie Brooks <natalie.brooks@{F['dom']}>", f"RE: CCTV request - {urn}",
              "Wed, 19 Aug 2026 15:47:20 +0100",
              "Hi Natalie\n\nAs I showed you this morning, we only have the two cameras - one on the car park and one "
              "over the front door. There is nothing covering the bar or the corridor to the toilets. Sorry I can't "
              "help more.\n\nGordon Tate\nManager, The Quarry Arms",
              msgid="<qa-cctv-190826@quarryarms-aldermoor.example>")
    c.doc("RE_ Quarry Arms CCTV.eml", "CORRESPONDENCE")
    write_eml(c.p("HR records request - Aldermoor Logistics.eml"), f"Natalie Brooks <natalie.brooks@{F['dom']}>",
              "HR Team <hr@aldermoor-logistics.example>",
              f"Police request for information - {urn} - limited HR record", "Thu, 03 Sep 2026 12:30:05 +0100",
              "Dear HR Team,\n\nI am investigating an allegation made by one of your employees, Sophie KAVANAGH. The "
              "person she has complained about says that she has a grudge against him because he gave her a formal "
              "warning about timekeeping on or about 30 July 2026. That is a reasonable line of enquiry because, if "
              "true, it could undermine her account; if untrue, it removes a suggested motive.\n\nI am therefore "
              "asking only for: any record of a warning or conduct conversation with Ms KAVANAGH between 1 July 2026 "
              "and 14 August 2026, who gave it, and its outcome. Please do not send her full personnel file, "
              "sickness or health information, or anything outside that period - it is not needed and requesting it "
              "would not be proportionate.\n\nMs KAVANAGH has been given written notice of this request today.\n\n"
              "Regards\nDC 2748 Natalie Brooks\nSexual Offences Team, Aldermoor\n01632 960274",
              msgid="<nm-hr-req-030926@northmoor-police.example>")
    c.doc("HR records request - Aldermoor Logistics.eml", ["THIRD_PARTY", "CORRESPONDENCE"])

    pdf = PDF(family="serif", head=None, foot=f"{F['name']} - URN {urn}", title="Notice to complainant")
    pdf.para(f"{F['name']}\nSexual Offences Team, Aldermoor Police Station\n\n3 September 2026\n\nOur ref: {urn}", size=10)
    pdf.para("Dear Ms Kavanagh", size=10.5)
    pdf.hd("Notice of a request for information about you")
    pdf.paras(["As we discussed today, I am writing to tell you that I intend to ask your employer, Aldermoor "
               "Logistics, for information about you. I am giving you this notice before the request is sent.",
               "What I will ask for: only any record of a warning or conversation about your conduct or timekeeping "
               "between 1 July 2026 and 14 August 2026, who gave it and what the outcome was.",
               "Why: the man you have complained about says he gave you a formal warning and that you hold a grudge "
               "because of it. The law requires us to follow reasonable lines of enquiry, including ones that might "
               "point away from him. Checking this is necessary to test what he says, and we are asking for as "
               "little as possible.",
               "How it will be handled: the information will be kept securely with the case papers. It will be "
               "listed on a schedule for the prosecutor and will only be shown to the defence if the prosecutor "
               "decides that the law requires it. Your health and sickness records will not be requested.",
               "If you have any concerns, please contact me on 01632 960274 or speak to your ISVA."], size=10.5)
    pdf.para("Yours sincerely\n\n(Sgd) N. Brooks\nDC 2748 Natalie BROOKS\n\nReceived: (Sgd) S. Kavanagh  03/09/2026",
             size=10.5)
    pdf.save(c.p("Notice letter KAVANAGH 030926.pdf"))
    c.doc("Notice letter KAVANAGH 030926.pdf", ["CORRESPONDENCE", "OTHER"])

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "VPS",
               "CORRESPONDENCE"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
           "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    c.expected(0, present, [], mnf)


def roti_docx(path, urn, F, header, turns, title="RECORD OF TAPED INTERVIEW", note=None):
    D = DOCX(author="", title=title, font="Arial", base_size=10)
    D.running(head="OFFICIAL-SENSITIVE", foot=f"{F['name']} - ROTI - URN {urn}")
    D.title(title, 13)
    D.grid([("URN", urn)] + header, widths=(5.0, 11.5))
    for t, sp, words in turns:
        p = D.d.add_paragraph()
        r = p.add_run(f"{t}  {sp}:  " if t else f"{sp}:  ")
        r.bold = True
        p.add_run(words)
        p.paragraph_format.space_after = Pt(3)
    if note:
        D.p(note, italic=True, size=9)
    D.save(path)


# ============================================================================================
# C3  52CD0309126  R v PIKE  (compliant; early advice given; ABE + plan; CCTV; scanned officer MG11;
#     first accounts: housemate (friend) and "her mother"; forensic scientist; MG6C over several pages)
# ============================================================================================

def case_c3(out):
    c = Case(out, "Op KESTREL 52CD0309126")
    F = FORCES["CD"]
    urn = "52CD0309126"
    rv = "Aaron PIKE"
    oic = dict(name="DC 6021 Tomasz NOWAK", unit="Operation Kestrel (RASSO), Porthcarrow CID",
               phone="01632 960602", mobile="07700 900602", email="tomasz.nowak@" + F["dom"], date="16/11/2026")
    sup = [("Supervising officer", "DS 7714 Lowenna JAGO"), ("Endorsed", "15/11/2026"),
           ("Notes", "Early advice actions all complete (see section 3). Recordings checked - ABE and CCTV play. "
                     "Intermediary assessment on file. Approved.")]
    pb, pa = "6021 NOWAK", "15/11/2026 17:48"

    hdr = [("Suspect", "PIKE, Aaron  (DOB 14/01/2004)"), ("Offence", "Rape, s.1 Sexual Offences Act 2003 - "
                                                                        "03/05/2026, 6 Marram House, Harbour Road, "
                                                                        "Porthcarrow"),
           ("Bail status", "Conditional pre-charge bail to 01/12/2026"),
           ("Charging test requested", "FULL CODE TEST"), ("Previous CPS involvement", "Early advice 02/06/2026 "
                                                                                        "(ref CPS-EA-26-1140)")]
    sections = [
        ("1. Request", "The police ask the CPS to apply the Full Code Test. This file follows early advice given on "
                       "02/06/2026; every action in that advice has been completed and is answered in section 3."),
        ("2. Circumstances", [
            "Megan TRELOAR (19) is a student at Kestle University. She met the suspect on the dating app Tandem on "
            "20/04/2026. On 02/05/2026 they met for the first time for drinks at The Anchor, Porthcarrow, and at about "
            "23:30 went to his flat at 6 Marram House.",
            "In her ABE interview (05/05/2026) she says they kissed on the sofa with her agreement. When he tried to "
            "take off her top she told him she did not want sex and wanted to go home. He pushed her back onto the "
            "bed, held both her wrists above her head with one hand, tore her top and pulled down her leggings, and "
            "had penile-vaginal intercourse with her while she said 'no' and 'stop' repeatedly. Afterwards she dressed "
            "and left.",
            "CCTV from the Marram House entrance shows her leaving at 01:47 holding her top together at the neck, "
            "and the suspect coming to the door at 01:48. She took a taxi home and at about 02:15 told her housemate, "
            "Zara HOLLIS, in their kitchen that he had 'held me down and raped me'. At 08:10 she phoned her mother, "
            "who drove over; she dialled 999 at 09:02.",
            "The FME found fingertip-pattern bruises on both inner wrists and on the left inner thigh. The forensic "
            "scientist, Dr LOCKE, found that the tear to her top (CA/2) is a fresh tear caused by forceful pulling "
            "rather than wear or a snag."]),
        ("3. Early advice actions (CPS-EA-26-1140) and answers", [
            ("EA1 - statement from her mother, the first person she phoned", "Done - statement of her mother dated "
                                                                              "09/06/2026 attached."),
            ("EA2 - expert opinion on the damage to the top", "Done - Dr G. LOCKE statement 14/09/2026 attached."),
            ("EA3 - confine app messages to the relationship period", "Done - both phones examined for Tandem and "
                                                                      "WhatsApp messages between them, 20/04-03/05/2026 "
                                                                      "only (DPN attached)."),
            ("EA4 - intermediary assessment (dyslexia, anxiety)", "Done - RI assessment 20/05/2026 (see MG2)."),
            ("EA5 - no request for her medical or counselling records unless a specific line arises",
             "Agreed - none has arisen; no request made.")]),
        ("4. Account of the suspect", "Interviewed 03/05/2026 after arrest (ROTI attached). He says the sex was "
                                      "consensual; that they had talked on the app about 'rough sex' and she asked him "
                                      "to hold her wrists; that the top tore accidentally as she pulled it over her "
                                      "head; and that she left upset because he told her he did not want a "
                                      "relationship. The likely defence is consent, relying on the app messages."),
        ("5. Lines of enquiry, including those which may point away from the suspect", [
            "a) His claim that 'rough sex' was discussed on the app. The whole Tandem and WhatsApp conversation "
            "between them (20/04-03/05/2026) was extracted from both phones and read in full. There is no discussion "
            "of rough sex; on 28/04/2026 she wrote 'not into anything rough tbh'. This undermines his account, but "
            "the whole conversation is scheduled and the disclosure officer has flagged it for the CPS (MG6C item 9).",
            "b) His account that she left upset about the relationship - tested against the CCTV (she is holding "
            "her top closed and is crying) and her housemate's description.",
            "c) Taxi company records (Porth Cabs): pick-up at the rank 01:56, drop-off 02:12 - consistent with both "
            "accounts on timing; the driver recalls nothing (MG6C items 12-13).",
            "d) Neighbours at Marram House, flats 5 and 7: flat 7 heard raised voices about 01:30 but no words; "
            "flat 5 was away. Recorded on MG6C item 14; the flat 7 occupant declined to make a statement.",
            "e) Not pursued: a general download of either phone (disproportionate - the relevant conversation is "
            "identified and captured); her medical and counselling records (no line of enquiry, per EA5)."]),
        ("6. Outstanding matters with target dates", [
            ("Dr LOCKE - examination of leggings CA/3 for damage", "Submitted 30/10/2026; target date 27/11/2026"),
            ("All other enquiries", "Complete")]),
        ("7. Forensic and medical", "SARC report (Dr R. MORGAN) attached; consent to the release of the SARC notes "
                                    "and photographs signed by Ms TRELOAR on 03/05/2026 (recorded on the SARC report). "
                                    "Forensic scientist's statement attached; DNA from the swabs matches the suspect, "
                                    "which he does not dispute."),
        ("8. Victim and witness care", [
            ("Special measures", "MG2 attached: s.27 ABE as evidence-in-chief; s.28 pre-recorded cross-examination - "
                                 "she wants it; screens; a registered intermediary assessed her on 20/05/2026 and "
                                 "found no intermediary is needed at trial but recommended breaks every 30 minutes "
                                 "and short, single-point questions (ground rules hearing)."),
            ("Needs", "Dyslexia - documents read to her; anxiety - breaks; no interpreter."),
            ("ISVA", "Cardenshire ISVA Hub, referral 04/05/2026 (ISVA Morwenna HICKS)."),
            ("VPS", "Offered at ABE 05/05/2026 and again 30/06/2026; she made her VPS on 30/06/2026 (held, MG6C "
                    "item 18; copy available on request).")]),
        ("9. Bail", "Conditions: not to contact Megan TRELOAR or Zara HOLLIS directly or indirectly; not to enter "
                    "Ropewalk Lane, Porthcarrow; not to use Tandem or any dating application. Bail to 01/12/2026."),
        ("10. Previous convictions", "Suspect: no convictions; one reprimand as a youth (2019, theft). Witness "
                                     "checks: Dean FOWLER (concierge) has a 2019 conviction for theft from an employer "
                                     "- this is disclosable; all other civilian witnesses no trace."),
        ("11. Disclosure and digital strategy", "MG6C, MG6D, MG6E and a Disclosure Management Document are attached. "
                                                "Records of first complaint (999 call log, PC ABBOTT's statement and "
                                                "notes), the crime report and witness PNC results are with the file."),
    ]
    mg3_pdf(c.p("52CD0309126_MG3.pdf"), urn, F, hdr, sections, sup, oic, style="rms", printed_by=pb, printed_at=pa)
    c.doc("52CD0309126_MG3.pdf", "MG3")

    pdf = PDF(family="serif", head="OFFICIAL-SENSITIVE - CPS RASSO Unit, Cardenshire",
              foot=f"Early advice  CPS-EA-26-1140  |  URN {urn}  |  {{page}}/{{nb}}", title="Early advice record")
    pdf.title_("CROWN PROSECUTION SERVICE\nRECORD OF EARLY ADVICE", 12)
    pdf.grid([("URN", urn), ("CPS ref.", "CPS-EA-26-1140"), ("Suspect", "Aaron PIKE"), ("Date of advice", "02/06/2026"),
              ("Prosecutor", "Senior Crown Prosecutor Imogen TRESIDDER, RASSO Unit"),
              ("Requested by", "DC 6021 NOWAK, 11/05/2026")], widths=(45, 135), size=9)
    pdf.hd("Advice")
    pdf.paras(["I have read the early advice MG3, the ABE summary and the suspect's interview. The issue is consent. "
               "The following actions are proportionate and should be completed before a charging decision is sought:",
               "EA1. Take a statement from the complainant's mother, who was the first person she telephoned the next "
               "morning; her account of what was said is potentially admissible as a previous complaint.",
               "EA2. Obtain an expert opinion on whether the damage to the top is a fresh tear consistent with force.",
               "EA3. The suspect relies on messages on the app. Both phones should be examined, but only for the "
               "conversation between these two people from the date they matched to the morning of the report. I do "
               "not advise any wider examination of the complainant's phone.",
               "EA4. Given her dyslexia and anxiety, arrange an intermediary assessment and record her views on "
               "special measures, including s.28.",
               "EA5. I see no basis to seek her medical or counselling records; do not request them unless a specific "
               "line of enquiry arises.",
               "Please resubmit for a Full Code Test decision when these are complete."], size=10)
    pdf.para("(Sgd) I. Tresidder, SCP      02/06/2026", size=10, style="B")
    pdf.save(c.p("EA_record_CPS_020626.pdf"))
    c.doc("EA_record_CPS_020626.pdf", "EARLY_ADVICE")

    crime_report(
        c.p("CASTLE_crime_CD-0309-26.pdf"), F, "mono", urn, pb, pa,
        summary=[("Crime number", "CD/0309/26"), ("Offence", "RAPE - FEMALE 16 OR OVER (S1 SOA 2003)"),
                 ("HO code", "019/07"), ("Date/time", "03/05/2026 00:30 TO 01:47"),
                 ("Location", "FLAT 6 MARRAM HOUSE, HARBOUR ROAD, PORTHCARROW"),
                 ("Reported", "03/05/2026 09:02 (999)"), ("Incident", "BCN-260503-0044"),
                 ("OIC", "DC 6021 NOWAK"), ("Operation", "KESTREL"), ("Status", "CPS - FULL CODE TEST SUBMISSION")],
        victim=[("Name", "TRELOAR, Megan"), ("Age", "19"), ("Occupation", "Student"),
                ("Disability", "Dyslexia; anxiety (self-declared)"), ("Ethnicity", "W1"), ("Religion", "Not stated"),
                ("Sexual orientation", "Not stated")],
        suspect=[("Name", "PIKE, Aaron"), ("DOB", "14/01/2004"), ("Arrest", "03/05/2026 15:20"),
                 ("Status", "Bail with conditions to 01/12/2026")],
        narrative=["Victim met suspect via dating app (Tandem). First date 02/05/2026. Went to suspect's flat; "
                   "consensual kissing; victim said she did not want sex; suspect held her wrists, tore her top and "
                   "raped her. Victim left 01:47 (CCTV). Told housemate 02:15, mother 08:10. 999 at 09:02."],
        log=[("03/05/2026 09:31", "4402 ABBOTT", "On scene Ropewalk Lane. First account obtained (BWV not available "
                                                 "- see statement). Top seized CA/2; leggings CA/3."),
             ("03/05/2026 12:00", "4402 ABBOTT", "SARC Porthcarrow - FME Dr MORGAN. Consent forms signed."),
             ("03/05/2026 15:20", "6021 NOWAK", "Suspect arrested. Phone seized TN/4."),
             ("03/05/2026 22:05", "6021 NOWAK", "Interview complete - consent. Bail with conditions."),
             ("04/05/2026 10:10", "6021 NOWAK", "ISVA referral. Marram House CCTV obtained from concierge (DF/1 / TN/3)."),
             ("05/05/2026 15:30", "6021 NOWAK", "ABE interview (TN/1). VPS offered. DPN explained and signed."),
             ("11/05/2026 09:00", "6021 NOWAK", "Early advice requested."),
             ("02/06/2026 16:00", "6021 NOWAK", "Early advice received - 5 actions."),
             ("09/06/2026 13:00", "6021 NOWAK", "Mother's statement taken (EA1)."),
             ("20/05/2026 11:00", "6021 NOWAK", "RI assessment (EA4)."),
             ("14/09/2026 10:00", "6021 NOWAK", "Dr LOCKE statement received (EA2)."),
             ("30/10/2026 12:00", "6021 NOWAK", "Leggings CA/3 submitted to Dr LOCKE - due 27/11/2026."),
             ("15/11/2026 17:40", "7714 JAGO", "Supervisor review - approved.")])
    c.doc("CASTLE_crime_CD-0309-26.pdf", "CRIME_REPORT")

    incident_log(
        c.p("BEACON_BCN-260503-0044.pdf"), F, "table", "BCN-260503-0044",
        [("Received", "03/05/2026 09:02:31 - 999"), ("Caller", "Victim (mother present)"),
         ("Classification", "RAPE - REPORTED WITHIN 12 HOURS"), ("Priority", "P2"),
         ("Closed", "03/05/2026 12:40:55 - CD/0309/26")],
        [("09:02:31", "CH0332", "CALL", "Caller says a man she met on a dating app raped her at his flat last night. "
                                        "She is at home with her mum. Gives his name as Aaron and address as Marram "
                                        "House."),
         ("09:04:12", "CH0332", "CALL", "Caller says he held her wrists and ripped her top. Left approx 01:45. Has "
                                        "not showered. Advised to keep clothing."),
         ("09:05:40", "DSP14", "RESOURCE", "4402 ABBOTT assigned."),
         ("09:30:02", "4402", "ARRIVED", "On scene."),
         ("10:15:28", "4402", "UPDATE", "First account taken. No BWV - camera left on charge at station, not issued. "
                                        "Notes in PNB. Top and leggings seized. SARC requested."),
         ("10:22:51", "DSP14", "UPDATE", "SARC Porthcarrow 12:00 confirmed. DS JAGO informed."),
         ("12:40:55", "DSP14", "CLOSED", "Crime CD/0309/26. 999 audio retained on BEACON, ref A-0503-0902.")],
        pb, pa, urn)
    c.doc("BEACON_BCN-260503-0044.pdf", "INCIDENT_LOG")

    make_video(c.p("VRI_TRELOAR_050526.mp4"), 5, "abe", f"VRI Suite Porthcarrow TN/1 {urn}",
               dt.datetime(2026, 5, 5, 14, 1, 40), 301, title=f"{urn} video recorded interview Megan TRELOAR TN/1")
    c.doc("VRI_TRELOAR_050526.mp4", "ABE_RECORDING")

    pdf = PDF(head="OFFICIAL-SENSITIVE - not for disclosure without review",
              foot=f"ABE interview plan - {urn} - page {{page}} of {{nb}}", title="ABE interview plan")
    pdf.title_("INTERVIEW PLAN - VIDEO RECORDED INTERVIEW (ABE)", 12)
    pdf.grid([("URN", urn), ("Witness", "Megan TRELOAR (19) - complainant"), ("Interviewer", "DC 6021 NOWAK"),
              ("Monitor", "DC 5530 Kerensa PASCOE"), ("Planned for", "05/05/2026 14:00, VRI Suite Porthcarrow"),
              ("Plan agreed by", "DS 7714 JAGO, 04/05/2026")], widths=(45, 135), size=9)
    pdf.hd("Witness assessment")
    pdf.para("Adult. Self-declared dyslexia and anxiety; prefers things explained verbally. Wants her ISVA nearby (not in "
             "the room). Breaks to be offered every 30 minutes. Use short questions, one point at a time.", size=9.5)
    pdf.hd("Objectives / topics")
    pdf.tab(["Topic", "Points to cover"], [
        ("Background", "How they met; app contact since 20/04/2026 (do not ask for phone in interview)"),
        ("The evening", "The Anchor - drinks, her level of intoxication, conversation about going back"),
        ("At the flat", "Kissing - consent to what; what she said; his actions; wrists; clothing; words used"),
        ("After", "Leaving, taxi, what she told Zara, contact with mother"),
        ("Points to clarify", "Any discussion of sexual preferences on the app (suspect's likely account)")],
        (40, 140))
    pdf.hd("Phases")
    pdf.para("Rapport; ground rules; free narrative; questioning (open, then specific); closure including VPS, "
             "special measures and s.28, next steps.", size=9.5)
    pdf.save(c.p("ABE plan TRELOAR.pdf"))
    c.doc("ABE plan TRELOAR.pdf", "ABE_PLAN")

    pdf = PDF(head="OFFICIAL-SENSITIVE", foot=f"VRI summary - {urn} - {{page}}/{{nb}}", title="ABE summary")
    pdf.title_("SUMMARY OF VIDEO RECORDED INTERVIEW", 12)
    pdf.grid([("URN", urn), ("Interviewee", "Megan TRELOAR"), ("Date", "05/05/2026"), ("Times", "14:01 - 15:26"),
              ("Interviewer / monitor", "DC 6021 NOWAK / DC 5530 PASCOE"),
              ("Recording exhibit", "TN/1 (working copy, digital file); TN/2 (sealed master)")], widths=(45, 135), size=9)
    pdf.tab(["Time", "Summary"], [
        ("14:01", "Introductions; ISVA waiting outside; breaks explained; truth and lies."),
        ("14:06", "Matched with 'Aaron' on Tandem 20/04; chatted most days; first meeting 02/05 at The Anchor about "
                  "20:30. Three large glasses of wine; felt tipsy, not drunk."),
        ("14:19", "He suggested going back to his; she agreed 'for a bit'. Arrived about 23:30."),
        ("14:25", "Kissing on the sofa - she was happy with that. He tried to take her top off; she said she didn't "
                  "want to have sex and wanted to go home."),
        ("14:33", "He pushed her back on the bed, held both wrists above her head with one hand, pulled her top which "
                  "ripped at the neck, pulled her leggings and knickers down and put his penis in her vagina. She "
                  "said 'no' and 'stop' many times; he said 'you know you want to'."),
        ("14:48", "After he stopped she dressed and left, holding her top. He followed her to the door downstairs."),
        ("14:55", "Taxi home from the rank; told Zara in the kitchen; rang her mum in the morning; mum came over."),
        ("15:02", "Break (6 minutes)."),
        ("15:08", "Questions: never discussed rough sex; did not ask him to hold her wrists; her message of 28/04 "
                  "that she was 'not into anything rough'. Describes bruises on wrists."),
        ("15:20", "Closure: VPS explained and offered; special measures - wants s.28 and screens; ISVA contact."),
        ("15:26", "Recording ends.")], (20, 160))
    pdf.save(c.p("ABE summary TRELOAR.pdf"))
    c.doc("ABE summary TRELOAR.pdf", "ABE_SUMMARY")

    mg11_pdf(c.p("NOWAK T - stmt.pdf"), urn,
             dict(name="Tomasz NOWAK", occupation="Detective Constable 6021", date="06/05/2026",
                  sig="(Sgd) T. Nowak"),
             ["I am a Detective Constable in Cardenshire Constabulary and I am trained to interview adult witnesses "
              "under the Achieving Best Evidence guidance.",
              "On Monday 4th May 2026 at 10:05 I attended Marram House, Harbour Road, Porthcarrow, where the night "
              "concierge, Dean FOWLER, had exported the footage from camera 2 (main entrance) for the period 01:40 "
              "to 01:55 on 3rd May 2026 onto a USB stick, which he handed to me as his exhibit DF/1. I checked that "
              "the footage played and that the on-screen clock was 1 minute 10 seconds fast against the speaking "
              "clock. I copied the relevant clip (01:47:00 to 01:48:30, times as shown on screen) and produce it as "
              "exhibit TN/3.",
              "On Tuesday 5th May 2026 between 14:01 and 15:26 I conducted a video recorded interview with Megan "
              "TRELOAR at the VRI Suite, Porthcarrow Police Station, with DC 5530 PASCOE monitoring. I produce the "
              "working copy of the recording as exhibit TN/1 and the sealed master as exhibit TN/2.",
              "At the end of the interview I explained the Victim Personal Statement scheme and offered her the "
              "opportunity to make one. I also explained a Digital Processing Notice to her, limited to the messages "
              "between her and Aaron PIKE; she read it and signed it at 15:50. I took possession of her phone, "
              "exhibit TN/5, which was returned to her on 6th May 2026 after a selective extraction.",
              "On Thursday 7th May 2026 I obtained from the BEACON system a copy of the audio recording of the 999 "
              "call made at 09:02 on 3rd May 2026 (reference A-0503-0902). I produce it as exhibit TN/8. I also "
              "produce, as exhibit TN/9, the export of the Tandem and WhatsApp conversation between Megan TRELOAR "
              "and Aaron PIKE recovered from TN/5 within the parameters of the Digital Processing Notice."],
             rear=[("Dates to avoid", "None"), ("Contact", "01632 960602")])
    c.doc("NOWAK T - stmt.pdf", "MG11", "officer")

    abbott = dict(name="Chloe ABBOTT", occupation="Police Constable 4402", date="03/05/2026",
                  sig="(Sgd) C. Abbott PC 4402", sig_hand="C Abbott 4402")
    abbott_body = [
        "I am a police constable in Cardenshire Constabulary. On Sunday 3rd May 2026 at 09:05 I was sent to an "
        "address on Ropewalk Lane, Porthcarrow, following a 999 call (BCN-260503-0044). I arrived at 09:30. I was "
        "not wearing body-worn video: my camera had been left on charge at the station and was not issued to me.",
        "I was let in by a woman who said she was the caller's mother, Karen TRELOAR. In the front room was Megan "
        "TRELOAR, who was crying. I noticed red marks on the inside of both her wrists.",
        "I asked her briefly what had happened so that I could get her the right help. She said: 'I met him on "
        "Tandem, Aaron, we went back to his flat at Marram House. I said I didn't want to and I wanted to go home "
        "and he held my wrists down and ripped my top and he raped me.' I wrote this down in my pocket notebook at "
        "09:41 and she signed it.",
        "At 10:05 she gave me the top she had been wearing, a cream knitted top torn at the neck, which I sealed "
        "as exhibit CA/2, and her black leggings, exhibit CA/3. I produce my notebook entry as exhibit CA/1.",
        "At 11:30 I took her and her mother to the SARC at Porthcarrow, arriving at 11:55."]
    el = mg11_elements(urn, abbott, abbott_body, "1")
    scanned_pdf(c.p("scan_20260503_0930.pdf"), el, 302, angle=0.5)
    c.doc("scan_20260503_0930.pdf", "MG11", "officer")

    mg11_pdf(c.p("HOLLIS Z.pdf"), urn,
             dict(name="Zara HOLLIS", occupation="Student", date="04/05/2026", sig="Signed: Z. Hollis",
                  place="Porthcarrow Police Station", witnessed_by="DC 6021 NOWAK"),
             ["I am 20 years old and I share a house on Ropewalk Lane, Porthcarrow, with Megan TRELOAR. We are friends "
              "from our course at Kestle University and have lived together since September.",
              "On Saturday 2nd May 2026 Megan went on a first date with a man she had been talking to on Tandem. She "
              "was excited about it. I stayed in.",
              "At about quarter past two in the morning I heard the front door and went down to the kitchen. Megan was "
              "standing by the sink holding her top together at the neck. The top was ripped. She was crying so much "
              "she could not talk at first.",
              "When she could talk she said, 'He held me down and raped me, Zara. I told him no, I told him I wanted to "
              "go home.' She said his name was Aaron. She showed me her wrists, which were red.",
              "I wanted to call the police then but she said she just wanted to go to bed and would ring her mum in "
              "the morning. I stayed with her in her room until she fell asleep at about four."],
             style="force", force=F["name"])
    c.doc("HOLLIS Z.pdf", "MG11", "first_account")

    mg11_pdf(c.p("TRELOAR K.pdf"), urn,
             dict(name="Karen TRELOAR", occupation="Teaching assistant", date="09/06/2026", sig="(Sgd) K. Treloar",
                  witnessed_by="(Sgd) T. Nowak DC 6021"),
             ["I am Megan TRELOAR's mother.",
              "At about ten past eight on Sunday 3rd May 2026 Megan rang me on my mobile. She was sobbing. She said, "
              "'Mum, something really bad happened last night. The guy from the app, he raped me. He held me down.' I "
              "told her I was coming straight over and drove to her house in Porthcarrow, which took about forty "
              "minutes.",
              "When I got there she was in her dressing gown and I saw marks on her wrists. I told her we had to tell "
              "the police and she rang 999 from her phone at about nine o'clock while I sat with her."],
             style="typed")
    c.doc("TRELOAR K.pdf", "MG11", "first_account")

    mg11_pdf(c.p("FOWLER D.pdf"), urn,
             dict(name="Dean FOWLER", occupation="Night concierge", date="04/05/2026", sig="(Sgd) D. Fowler"),
             ["I work as the night concierge at Marram House, Harbour Road, Porthcarrow, a block of 24 flats. I am "
              "responsible for the building's CCTV, which records four cameras to a hard drive in the concierge "
              "office.",
              "On Monday 4th May 2026 a police officer asked me for the footage from camera 2, which covers the main "
              "entrance, for 3rd May 2026 between 01:40 and 01:55. I exported it to a USB stick and handed it to DC "
              "NOWAK at 10:10. I produce this as exhibit DF/1.",
              "I did not see anyone come or go that night; I was in the back office."])
    c.doc("FOWLER D.pdf", "MG11", "witness")

    make_video(c.p("MarramHouse_CAM2_0147.mp4"), 4, "cctv", "CAM 2 MAIN ENTRANCE  MARRAM HOUSE",
               dt.datetime(2026, 5, 3, 1, 47, 10), 303, codec="mpeg4", title=f"{urn} CCTV TN/3 Marram House cam 2")
    c.doc("MarramHouse_CAM2_0147.mp4", "CCTV")

    mg11_pdf(c.p("LOCKE G forensic scientist.pdf"), urn,
             dict(name="Dr Graham LOCKE", occupation="Forensic scientist, Meridian Forensic Science", date="14/09/2026",
                  sig="(Sgd) G. Locke"),
             ["I am a forensic scientist employed by Meridian Forensic Science. I hold a BSc in Chemistry and a PhD in "
              "textile science and I have examined damaged clothing in criminal cases for fourteen years. I understand "
              "my duty to the court to give objective, unbiased opinion within my expertise.",
              "On 12th August 2026 I received, sealed and intact, exhibit CA/2, a cream knitted top, with a request to "
              "say how the damage to it was caused.",
              "The top has a 14 cm tear running down from the neckline at the front left. The broken yarn ends are "
              "clean and un-frayed and there is no soiling or wear around them, which indicates the damage is recent. "
              "The tear follows the direction of the knit and the neck seam is stretched and distorted next to it.",
              "In my opinion the damage was caused by the top being pulled with considerable force while under "
              "tension, for example by being gripped and pulled at the neckline. I consider it much less likely that "
              "the damage was caused by the top being pulled over the wearer's head, because that would normally "
              "stretch the neck opening evenly rather than tear it at one point, or by wear or a snag.",
              "I also report that the DNA profile from swab RM/2 (high vaginal swab) matches the reference profile of "
              "Aaron PIKE (exhibit TN/6)."])
    c.doc("LOCKE G forensic scientist.pdf", "MG11", "expert")

    pdf = PDF(head="OFFICIAL-SENSITIVE - MEDICAL IN CONFIDENCE", foot=f"SARC Porthcarrow - {urn} - {{page}}/{{nb}}",
              title="SARC forensic medical report")
    pdf.title_("PORTHCARROW SARC - FORENSIC MEDICAL EXAMINATION REPORT", 12)
    pdf.grid([("Police URN", urn), ("Patient", "Megan TRELOAR, 19"), ("Date / time", "03/05/2026 12:05 - 13:40"),
              ("Examiner", "Dr Rhys MORGAN MBBS MFFLM, forensic physician"),
              ("Consent", "Written consent given by Ms TRELOAR at 12:05 to examination, samples, photographs, and to "
                          "release of this report, the notes and photographs to the police and CPS."),
              ("Chaperone", "Crisis worker J. ROWE")], widths=(40, 140), size=9)
    pdf.hd("Findings")
    pdf.paras(["Right inner wrist: three oval bruises 8-12 mm, in a row, consistent with fingertip pressure. Left inner "
               "wrist: two similar bruises and a 10 mm bruise on the outer aspect. Left inner thigh: a 25 mm "
               "bruise. The bruises are fresh (red-purple, tender).",
               "Genital examination: no injury seen. The absence of genital injury does not indicate whether "
               "intercourse was with or without consent.",
               "Samples: RM/1 external swab, RM/2 high vaginal swab, RM/3 low vaginal swab, RM/4 wrist swabs "
               "(both), RM/5 urine, RM/6 photographs of wrists and thigh (12 images)."], size=9.5)
    pdf.para("(Sgd) R. Morgan  03/05/2026", size=9.5, style="B")
    pdf.save(c.p("SARC report MORGAN.pdf"))
    c.doc("SARC report MORGAN.pdf", "MEDICAL")

    dpn_pdf(c.p("DPN_TRELOAR.pdf"), urn, F, dict(
        user="Megan TRELOAR", device="Google Pixel 8, black", exhibit="TN/5", officer="DC 6021 Tomasz NOWAK",
        why="Aaron PIKE says that you and he talked on Tandem about rough sex before you met. The messages between "
            "you are relevant to what happened and to his account, and we need an accurate copy of them.",
        what="A selective extraction of the conversation between you and Aaron PIKE only.",
        params=[("Tandem app - chat with 'Aaron' (Aaron PIKE)", "20/04/2026 00:00 to 03/05/2026 12:00"),
                ("WhatsApp - chat with Aaron PIKE (if any)", "20/04/2026 00:00 to 03/05/2026 12:00"),
                ("Method", "Selective extraction; only these conversations exported for review")],
        **{"not": "Any other chats, photos, videos, browsing, location or health data, or other apps."},
        agreement=[("Signature of device user", "(Sgd) M. Treloar"), ("Date / time", "05/05/2026 15:50"),
                   ("Officer", "(Sgd) T. Nowak DC 6021"), ("Copy of notice given", "Yes, and read aloud to her")]))
    c.doc("DPN_TRELOAR.pdf", "DPN")

    roti_docx(c.p("ROTI_PIKE.docx"), urn, F,
              [("Interviewee", "PIKE, Aaron"), ("Date", "03/05/2026"), ("Time", "21:10 - 22:05"),
               ("Place", "Porthcarrow custody, interview room 1"),
               ("Present", "DC 6021 NOWAK, DC 5530 PASCOE; Ms Tegen ROWSE (solicitor, Rowse & Carne)"),
               ("Recording", "Digital audio TN/7")],
              [("00:00", "DC NOWAK", "Interview is being recorded. Time is 21:10 on 3rd May 2026. You are under "
                                     "arrest for rape and you've been cautioned. Do you understand?"),
               ("00:30", "PIKE", "Yeah."),
               ("01:05", "DC NOWAK", "Tell us about last night."),
               ("01:15", "PIKE", "Met Megan off Tandem. Drinks at The Anchor. She wanted to come back to mine. We "
                                 "were kissing on the sofa, then we went to the bedroom and had sex. It was all fine."),
               ("05:40", "DC NOWAK", "She says she told you she didn't want sex and wanted to go home."),
               ("05:52", "PIKE", "She never said that. We'd talked on the app about rough stuff. She asked me to hold "
                                 "her wrists."),
               ("09:30", "DC PASCOE", "How did her top get ripped?"),
               ("09:38", "PIKE", "She was pulling it over her head and it caught. It was a cheap top."),
               ("14:10", "DC NOWAK", "Why did she leave at quarter to two crying?"),
               ("14:20", "PIKE", "I told her I wasn't looking for anything serious. She got upset and went."),
               ("20:45", "DC NOWAK", "Where on the app did she ask for rough sex?"),
               ("20:55", "PIKE", "It's in there. Check it."),
               ("54:50", "DC NOWAK", "Anything else? ... Time is 22:05, interview concluded.")],
              note="Transcript of key passages prepared by DC NOWAK; the full recording is TN/7.")
    c.doc("ROTI_PIKE.docx", "ROTI")

    pnc_print(c.p("PNC_PIKE_A.pdf"), urn, "6021 NOWAK", "13/11/26 10:02",
              [dict(name="PIKE, Aaron", dob="14/01/2004", sex="M", role="SUSPECT", pncid="19/233017T",
                    summary="NO CONVICTIONS. 1 REPRIMAND (YOUTH)",
                    cautions=[("17/06/2019", F["name"], "Theft (shoplifting)", "Youth reprimand")])])
    c.doc("PNC_PIKE_A.pdf", "PNC")
    pnc_print(c.p("PNC_witnesses_52CD0309126.pdf"), urn, "6021 NOWAK", "13/11/26 10:09",
              [dict(name="TRELOAR, Megan", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="HOLLIS, Zara", role="WITNESS", sex="F", summary="NO TRACE"),
               dict(name="TRELOAR, Karen", role="WITNESS", sex="F", summary="NO TRACE"),
               dict(name="FOWLER, Dean Anthony", role="WITNESS", sex="M", pncid="12/551908K",
                    summary="1 CONVICTION FROM 1 OCCASION",
                    convictions=[("22/11/2019", "Porthcarrow Magistrates", "Theft by employee (GBP 340)",
                                  "Community order 12 months; unpaid work 80 hrs")])],
              title="PNC - PROSECUTION WITNESS CHECKS",
              note="Dean FOWLER's conviction is recorded on the MG6C (item 16) as material that may undermine the "
                   "prosecution; his evidence is limited to producing the CCTV.")
    c.doc("PNC_witnesses_52CD0309126.pdf", "PNC")

    make_wav(c.p("999_A-0503-0902.wav"), 5, 304)
    c.doc("999_A-0503-0902.wav", "CALL_999")

    pnb = [("small", f"PNB PC 4402 ABBOTT  No. 0088341  p.21  exhibit CA/1   URN {urn}"),
           ("h", "Sun 03/05/2026  09:41  Ropewalk Lane, Porthcarrow  (BCN-260503-0044)"),
           ("p", "Megan TRELOAR, in presence of mother Karen TRELOAR:"),
           ("p", "\"I met him on Tandem, Aaron, we went back to his flat at Marram House. I said I didn't want to and I "
                 "wanted to go home and he held my wrists down and ripped my top and he raped me.\""),
           ("p", "Red marks both inner wrists. Not showered. Top + leggings to be seized (CA/2, CA/3). SARC."),
           ("gap", 3), ("line", "Signed as correct:"), ("sig", "M. Treloar"), ("line", "Officer:"), ("sig", "C Abbott 4402")]
    phone_photo(c.p("IMG_0932.jpg"), pnb, 305, angle=1.6, desk=(96, 100, 108))
    c.doc("IMG_0932.jpg", "OTHER")

    pdf = PDF(family="cond", head="OFFICIAL-SENSITIVE", foot=f"House-to-house record - {urn} - {{page}}/{{nb}}",
              title="House-to-house")
    pdf.title_("HOUSE-TO-HOUSE ENQUIRY RECORD", 12)
    pdf.grid([("URN", urn), ("Location", "Marram House, Harbour Road, Porthcarrow"), ("Date", "04/05/2026"),
              ("Officer", "PC 4402 ABBOTT")], widths=(40, 140), size=9)
    pdf.tab(["Address", "Occupant", "Result"], [
        ("Flat 5", "-", "No reply 11:10 and 15:40; neighbour says occupants away for the weekend"),
        ("Flat 7", "Adult male occupant (details on MG6D-restricted sheet)", "Heard a man's and a woman's raised voices "
                                                                              "through the wall at about 01:30; could "
                                                                              "not make out words; heard the flat "
                                                                              "door bang shortly after. Declined to "
                                                                              "make a statement.")], (22, 50, 108))
    pdf.save(c.p("H2H_MarramHouse.pdf"))
    c.doc("H2H_MarramHouse.pdf", "OTHER")

    rnd = random.Random(306)
    starts = ["hey", "haha", "omg", "lol", "aw", "ok", "yeah", "nah", "tbh", "honestly", "ha"]
    bits = ["how was your day", "work was long", "just got back from the library", "what you up to later",
            "have you seen the new series", "im so tired", "the weather is grim", "did you eat yet",
            "my housemate made pasta again", "shift finished at 11", "we should get a drink sometime",
            "you free this week?", "cant wait", "night x", "morning", "that's so funny", "send me that song",
            "what music you into", "exams soon ugh", "the anchor does good cocktails"]
    msgs = []
    t = dt.datetime(2026, 4, 20, 19, 12)
    while len(msgs) < 210:
        t += dt.timedelta(minutes=rnd.choice([1, 2, 3, 5, 9, 17, 45, 180, 420]))
        who = rnd.choice(["Megan", "Aaron"])
        txt = (rnd.choice(starts) + " " + rnd.choice(bits)) if rnd.random() < 0.7 else rnd.choice(bits)
        msgs.append([t, who, txt])
    msgs = [m for m in msgs if m[0] < dt.datetime(2026, 5, 2, 18, 0)]
    msgs.append([dt.datetime(2026, 4, 28, 22, 13), "Aaron", "what are you into then ;)"])
    msgs.append([dt.datetime(2026, 4, 28, 22, 14), "Megan", "not into anything rough tbh"])
    msgs.append([dt.datetime(2026, 4, 28, 22, 16), "Aaron", "fair enough haha"])
    msgs.append([dt.datetime(2026, 5, 2, 18, 30), "Aaron", "still on for the anchor at half 8?"])
    msgs.append([dt.datetime(2026, 5, 2, 18, 41), "Megan", "yep see you there x"])
    msgs.append([dt.datetime(2026, 5, 3, 1, 58), "Aaron", "u get home ok?"])
    msgs.sort(key=lambda m: m[0])
    pdf = PDF(family="cond", head="OFFICIAL-SENSITIVE - Digital evidence export",
              foot=f"TN/9 export - {urn} - page {{page}} of {{nb}}", title="Chat export TN/9")
    pdf.title_("CONVERSATION EXPORT - Tandem / WhatsApp - exhibit TN/9", 12)
    pdf.grid([("URN", urn), ("Source", "TN/5 Google Pixel 8 (Megan TRELOAR) - selective extraction under DPN "
                                       "05/05/2026"),
              ("Parameters", "Conversation with Aaron PIKE only; 20/04/2026 00:00 - 03/05/2026 12:00"),
              ("Messages", str(len(msgs)))], widths=(35, 145), size=9)
    pdf.tab(["#", "Date / time", "Sender", "Message"],
            [(str(i + 1), m[0].strftime("%d/%m/%Y %H:%M"), m[1], m[2]) for i, m in enumerate(msgs)],
            (12, 32, 20, 116), size=8)
    pdf.save(c.p("TN9_chat_export.pdf"))
    c.doc("TN9_chat_export.pdf", "DIGITAL_EXTRACT")

    mg6c_rows = [
        ("1", "BEACON incident log BCN-260503-0044 (999 call and attendance) - copy attached", "Attached", "Yes"),
        ("2", "999 call audio A-0503-0902, 03/05/2026 (exhibit TN/8) - copy attached", "Attached", "Yes - first "
                                                                                                  "complaint"),
        ("3", "CASTLE RMS crime report CD/0309/26 and investigation log - copy attached", "Attached", "Yes"),
        ("4", "PC 4402 ABBOTT pocket notebook entry 03/05/2026 09:41 (CA/1), signed by complainant - her first "
              "account to police - photograph attached", "Attached", "Yes - first complaint"),
        ("5", "ABE interview plan, DC NOWAK, agreed DS JAGO 04/05/2026 (3 pages) - copy attached", "Attached", "No"),
        ("6", "Custody record PIKE, Porthcarrow custody 03/05/2026, ref PC/26/1187", "Available", "No"),
        ("7", "CPS early advice record CPS-EA-26-1140, 02/06/2026 - copy attached", "Attached", "No"),
        ("7A", "Early advice request MG3 submitted by DC NOWAK 11/05/2026 (superseded by this MG3)", "Available", "No"),
        ("8", "Digital Processing Notice, complainant, 05/05/2026 - copy attached", "Attached", "No"),
        ("9", "Filtered extraction of TN/5 (complainant's Pixel 8): Tandem and WhatsApp chat with PIKE, "
              "20/04-03/05/2026, " + str(len(msgs)) + " messages, incl. 28/04/2026 22:14 'not into anything rough tbh' - export "
              "attached", "Attached", "Yes - bears on suspect's account"),
        ("10", "Filtered extraction of TN/4 (suspect's iPhone): same conversation, 20/04-03/05/2026 - content "
               "identical to item 9", "Available", "No - duplicate of item 9"),
        ("11", "Full 15-minute export of camera 2, Marram House, 01:40-01:55 on 03/05/2026 (DF/1)", "Available",
         "No - relevant clip TN/3 served"),
        ("12", "Porth Cabs booking record 03/05/2026 01:56 pick-up, 02:12 drop-off (e-mail from operator 07/05/2026)",
         "Available", "No"),
        ("13", "Note of conversation with Porth Cabs driver (vehicle 41), 08/05/2026 - recalls nothing", "Available",
         "No"),
        ("14", "House-to-house record, Marram House flats 5 and 7, 04/05/2026 - flat 7 heard raised voices approx "
               "01:30; declined statement - copy attached", "Attached", "Yes - may assist either side"),
        ("15", "Intermediary assessment report, RI Sarah BLAKE, 20/05/2026", "Available", "No"),
        ("16", "PNC result Dean FOWLER - 2019 theft by employee conviction (print with file)", "Attached",
         "Yes - witness conviction"),
        ("17", "Meridian Forensic Science submission forms and continuity records (CA/2, CA/3, RM/1-RM/6, TN/6)",
         "Available", "No"),
        ("18", "Victim Personal Statement of Megan TRELOAR, 30/06/2026", "Available", "No"),
        ("19", "Bail record and conditions notice, 03/05/2026, reviewed 01/08/2026 and 01/11/2026", "Available", "No"),
        ("20", "E-mail exchange DC NOWAK / CPS RASSO about the early advice request 11/05-02/06/2026 - copy attached",
         "Attached", "No"),
    ]
    pdf = PDF(head="OFFICIAL-SENSITIVE (when complete)",
              foot=f"MG6C  -  URN {urn}  -  R v PIKE  -  Page {{page}} of {{nb}}", title="MG6C")
    pdf.f("B", 9)
    pdf.cell(0, 4, "MG6C", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.title_("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 12)
    pdf.boxes("URN ", urn_chars(urn))
    pdf.para("R v Aaron PIKE        Disclosure officer: DC 6021 NOWAK        Schedule no. 1        Date 14/11/2026",
             size=9)
    rows = []
    for r in mg6c_rows:
        rows.append((r[0], r[1], r[2], r[3], ""))
        rows.append((f"{r[0]}a", "Location: " + ("with this file" if r[2] == "Attached" else
                                                  "Op Kestrel case store, Porthcarrow CID"), "", "", ""))
    rows = [(a, b, cc, d, e) for (a, b, cc, d, e) in rows if not a.endswith("a")]
    pdf.tab(["Item", "Description and relative location", "Copy with file?", "Police view: undermines / assists?",
             "CPS use"], rows, (12, 98, 22, 32, 16), size=8.5)
    pdf.para("Signed: (Sgd) T. Nowak DC 6021    Reviewed: (Sgd) L. Jago DS 7714, 15/11/2026", size=9)
    pdf.save(c.p("MG6C_unused.pdf"))
    c.doc("MG6C_unused.pdf", "MG6C")

    schedule_xlsx(c.p("MG6D.xlsx"), "D", urn, F, rv, [
        [1, "ISVA referral and ISVA contact log, Cardenshire ISVA Hub", "Confidential support service; "
                                                                          "complainant's health and personal "
                                                                          "information", "Inspect", ""],
        [2, "Witness contact details (rear pages of MG11s)", "Personal data of civilian witnesses", "Inspect", ""],
        [3, "Intelligence log entry 26/INT/4471 on the suspect's address", "Intelligence source - PII",
         "Inspect", ""]], post=["DC 6021 NOWAK  14/11/2026"])
    c.doc("MG6D.xlsx", "MG6D")

    pdf = PDF(head="OFFICIAL-SENSITIVE (when complete)", foot=f"MG6E - {urn} - {{page}}/{{nb}}", title="MG6E")
    pdf.title_("DISCLOSURE OFFICER'S REPORT (MG6E)", 12)
    pdf.grid([("URN", urn), ("R v", rv), ("Disclosure officer", "DC 6021 NOWAK"), ("Date", "14/11/2026")],
             widths=(45, 135), size=9)
    pdf.paras(["I have examined all the material listed on the MG6C and MG6D. In my view the following may undermine "
               "the prosecution case or assist the defence: item 9 (the whole app conversation, which the "
               "suspect says supports him, although on my reading it does not; item 10 is the same conversation "
               "from his phone); item 14 (raised voices heard, which "
               "could be read either way); item 16 (the conviction for dishonesty of the CCTV witness). Items 1, 2 "
               "and 4 are records of the first complaint. Copies of items 1, 2, 3, 4, 9, 14 and 16 are with the file.",
               "No material on the MG6D is in my view disclosable. The intelligence entry does not relate to this "
               "offence.",
               "I certify that to the best of my knowledge and belief all relevant material retained has been "
               "revealed to the prosecutor."], size=9.5)
    pdf.para("(Sgd) T. Nowak DC 6021", size=9.5, style="B")
    pdf.save(c.p("MG6E.pdf"))
    c.doc("MG6E.pdf", "MG6E")

    D = DOCX(author="DC 6021 NOWAK", title="Disclosure Management Document")
    D.running(head="OFFICIAL-SENSITIVE", foot=f"DMD - {urn} - R v PIKE")
    D.title("DISCLOSURE MANAGEMENT DOCUMENT", 13)
    D.grid([("URN", urn), ("Operation", "KESTREL"), ("Prepared by", "DC 6021 NOWAK (OIC and disclosure officer)"),
            ("Date", "14/11/2026")])
    D.h("Reasonable lines of enquiry")
    D.p("See MG3 section 5. The central issue is consent. Lines pursued: the app conversation (both phones), CCTV, "
        "taxi records, house-to-house, forensic examination of clothing, SARC findings.")
    D.h("Digital strategy")
    D.p("Complainant's phone: selective extraction of the conversation with the suspect only, 20/04-03/05/2026, under a "
        "Digital Processing Notice; no other data extracted. Suspect's phone: the same conversation plus his messages "
        "to others on 03/05/2026 00:00-12:00. The material was reviewed in full by the OIC; there was no keyword "
        "search because the volume (" + str(len(msgs)) + " messages) allowed full review.")
    D.h("Third-party material")
    D.p("No request has been made for the complainant's medical, counselling, education or social care records; "
        "no line of enquiry requires them (CPS early advice EA5).")
    D.h("Non-sensitive and sensitive schedules")
    D.p("MG6C (20 items) and MG6D (3 items) prepared; MG6E attached.")
    D.save(c.p("DMD_52CD0309126.docx"))
    c.doc("DMD_52CD0309126.docx", "DMD")

    write_xlsx(c.p("MG12.xlsx"), [dict(
        name="MG12", pre=["EXHIBIT LIST (MG12)  -  OFFICIAL-SENSITIVE", ("URN", urn, "R v", rv),
                          ("Prepared by", "DC 6021 NOWAK", "Date", "14/11/2026")],
        headings=["Exhibit", "Description", "Producing witness", "Location"],
        rows=[["TN/1", "Video recorded interview of Megan TRELOAR 05/05/2026 - working copy", "DC NOWAK", "With file"],
              ["TN/2", "VRI master (sealed)", "DC NOWAK", "Property P-26-3301"],
              ["TN/3", "CCTV clip Marram House camera 2, 01:47:00-01:48:30", "DC NOWAK", "With file"],
              ["TN/4", "iPhone 14 - Aaron PIKE", "DC NOWAK", "Property P-26-3302"],
              ["TN/5", "Google Pixel 8 - Megan TRELOAR (returned 06/05/2026)", "DC NOWAK", "Returned"],
              ["TN/6", "Reference DNA sample - Aaron PIKE", "DC NOWAK", "Meridian Forensic Science"],
              ["TN/7", "Interview recording 03/05/2026", "DC NOWAK", "Property P-26-3303"],
              ["TN/8", "999 call audio A-0503-0902, 03/05/2026 09:02", "DC NOWAK", "With file"],
              ["TN/9", "Export of Tandem / WhatsApp conversation (from TN/5), 20/04-03/05/2026", "DC NOWAK",
               "With file"],
              ["DF/1", "USB stick - camera 2 export 01:40-01:55", "D. FOWLER", "Property P-26-3304"],
              ["CA/1", "PNB entry PC ABBOTT 03/05/2026", "PC ABBOTT", "Original with officer"],
              ["CA/2", "Cream knitted top (torn)", "PC ABBOTT", "Meridian Forensic Science"],
              ["CA/3", "Black leggings", "PC ABBOTT", "Meridian Forensic Science"],
              ["RM/1", "External swab", "Dr MORGAN", "Meridian Forensic Science"],
              ["RM/2", "High vaginal swab", "Dr MORGAN", "Meridian Forensic Science"],
              ["RM/3", "Low vaginal swab", "Dr MORGAN", "Meridian Forensic Science"],
              ["RM/4", "Wrist swabs", "Dr MORGAN", "Meridian Forensic Science"],
              ["RM/5", "Urine sample", "Dr MORGAN", "Meridian Forensic Science"],
              ["RM/6", "SARC photographs (12)", "Dr MORGAN", "SARC - available"]],
        widths=[10, 60, 20, 28])], author="DC 6021 NOWAK", title="MG12")
    c.doc("MG12.xlsx", "MG12")

    pdf = PDF(head="OFFICIAL-SENSITIVE (when complete)", foot=f"MG2  -  {urn}  -  {{page}}/{{nb}}", title="MG2")
    pdf.f("B", 9)
    pdf.cell(0, 4, "MG2", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.title_("SPECIAL MEASURES ASSESSMENT", 12)
    pdf.boxes("URN ", urn_chars(urn))
    pdf.grid([("Witness", "Megan TRELOAR (complainant), 19"), ("Completed by", "DC 6021 NOWAK, 05/05/2026; updated "
                                                                                 "14/11/2026"),
              ("Eligibility", "Intimidated witness - complainant in a sexual offence (s.17(4) YJCEA 1999). Possibly "
                              "vulnerable (s.16) because of anxiety; intermediary assessment arranged."),
              ("Witness's views", "Wants her ABE played as evidence-in-chief (s.27) and her cross-examination "
                                  "pre-recorded under s.28; wants screens if she has to attend in person; would like "
                                  "her ISVA present."),
              ("Intermediary", "Registered intermediary Sarah BLAKE assessed her on 20/05/2026: no intermediary needed "
                               "at trial; recommends breaks every 30 minutes, short single-point questions, no tagged "
                               "questions, and documents read to her (dyslexia)."),
              ("Other needs", "Dyslexia; anxiety. No interpreter. Contact via her ISVA Morwenna HICKS or by phone."),
              ("Measures requested", "s.27 video-recorded evidence-in-chief; s.28 pre-recorded cross-examination; "
                                     "s.23 screens; ground rules hearing with the RI's recommendations.")],
             widths=(45, 135), size=9)
    pdf.save(c.p("MG2 TRELOAR.pdf"))
    c.doc("MG2 TRELOAR.pdf", "MG2")

    write_eml(c.p("RE_ early advice request.eml"),
              f"Imogen Tresidder <imogen.tresidder@cps-rasso.example>", f"Tomasz Nowak <tomasz.nowak@{F['dom']}>",
              f"RE: Early advice request - {urn} - PIKE", "Tue, 02 Jun 2026 16:02:44 +0100",
              "Tomasz\n\nMy early advice is attached to the case on the system (CPS-EA-26-1140). In short: mother's "
              "statement, expert on the top, phones limited to the conversation between them, intermediary assessment, "
              "and no third-party records unless something specific arises. Resubmit for FCT when done.\n\nImogen\n"
              "Senior Crown Prosecutor, RASSO Unit",
              quoted=f"From: Tomasz Nowak\nSent: 11 May 2026 09:14\n\nImogen, early advice MG3 attached for {urn}. "
                     "Main question is what digital work is proportionate given his 'app messages' account.",
              msgid="<ea-26-1140@cps-rasso.example>")
    c.doc("RE_ early advice request.eml", ["CORRESPONDENCE", "EARLY_ADVICE"])

    present = ["MG3", "EARLY_ADVICE", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_PLAN", "ABE_SUMMARY",
               "MG11", "CCTV", "CALL_999", "MEDICAL", "DPN", "DIGITAL_EXTRACT", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "DMD", "MG12", "MG2",
               "CORRESPONDENCE"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(0, present, [], mnf)


# ============================================================================================
# C4  22SV0512026  WOJCIK  (compliant at the early_advice stage; ABE through an interpreter;
#     suspect abroad and not yet interviewed; her phone not examined yet)
# ============================================================================================

def case_c4(out):
    c = Case(out, "22SV0512026_EA", stage="early_advice")
    F = FORCES["SV"]
    urn = "22SV0512026"
    rv = "Marek WOJCIK"
    oic = dict(name="DC 3380 Adaeze OYELARAN", unit="Domestic Abuse & Sexual Offences Team, Severnmouth Central",
               phone="01632 960338", mobile="07700 900338", email="adaeze.oyelaran@" + F["dom"], date="16/11/2026")
    sup = [("Supervisor", "DS 2205 Gareth PRICHARD"), ("Date", "13/11/2026"),
           ("Comment", "Early advice is appropriate: multi-incident domestic rape with a possible s.76 offence, suspect "
                       "abroad, and a digital strategy to agree before his arrest. Endorsed.")]
    pb, pa = "3380 OYELARAN", "13/11/2026 15:51"
    hdr = [("Type of request", "EARLY ADVICE - no charging decision is sought at this stage"),
           ("Suspect", "WOJCIK, Marek  (born 19/07/1989) - husband of the complainant, now separated"),
           ("Offences under consideration", "Rape (s.1 SOA 2003) - three occasions between 01/01/2024 and "
                                            "20/09/2026; controlling or coercive behaviour (s.76 Serious Crime Act "
                                            "2015) over the same period"),
           ("Suspect status", "Not yet arrested or interviewed. In Poland (Gdansk) since 05/10/2026; expected back "
                              "30/11/2026. Wanted/missing entry on PNC and a ports alert are in place to arrest on "
                              "return."),
           ("Complainant", "Natalia WOJCIK (34) - Polish speaker; ABE interview 04/11/2026 with interpreter")]
    sections = [
        ("Why early advice is sought", [
            "Early advice is sought because (1) the suspect is abroad and we want to agree the interview and digital "
            "strategy before his arrest; (2) we would like advice on whether the pattern described supports a s.76 "
            "count alongside the rape allegations; and (3) we want to keep requests for the complainant's material "
            "proportionate from the outset."]),
        ("Investigation so far", [
            "On 02/11/2026 Natalia WOJCIK attended Severnmouth Central front counter with her friend Katarzyna NOWICKA "
            "and reported, through Ms NOWICKA at first and then a telephone interpreter, that her husband had raped her "
            "on several occasions and controlled her money and movements. PC 5512 FINCH took her first account.",
            "On 04/11/2026 DC OYELARAN conducted an ABE interview in Polish through interpreter Ms Joanna KRAWIEC "
            "(recording, exhibit AO/1, and translated summary attached). She describes three incidents of rape - "
            "Christmas 2024, about June 2025 and 20/09/2026 - when she refused sex and he held her down; and, over two "
            "years, control of her bank card, her passport kept in his car and his tracking her phone.",
            "In September 2026 she told Ms NOWICKA, a friend from church, about the September incident; Ms NOWICKA's "
            "statement is attached. A 2025 domestic incident at the address (neighbour's call, 14/06/2025, shouting; "
            "no offences disclosed at the time) is on the incident log attached."]),
        ("Lines of enquiry completed and planned (including those that may point away from the suspect)", [
            "1. Suspect interview on his return (planned, target 04/12/2026). Expected account unknown; at the 2025 "
            "incident he told officers the couple had 'argued about money'.",
            "2. 2025 incident: the officers' records of that attendance (interim MG6C, item 3) will be reviewed for "
            "anything that undermines her account that nothing was disclosed then because he was present (target "
            "27/11/2026).",
            "3. Bank records of the joint account and her card (to test the control allegation and any benign "
            "explanation he may give) - production order application being drafted, target 11/12/2026.",
            "4. Her phone has not been examined. She says he tracked her phone with a family-locator app; we propose, "
            "subject to advice, a narrow extraction of that app's settings and account history only (01/01/2024 to "
            "05/10/2026) under a Digital Processing Notice. No other content would be extracted. Advice sought.",
            "5. Third-party material: we do not propose to seek her medical records; she did not see a doctor about "
            "the incidents. Advice sought on whether her GP record of a 2025 consultation for low mood is a "
            "reasonable line of enquiry at all - our view is that it is not.",
            "6. Polish criminal record of the suspect (ECRIS request sent 06/11/2026, target 04/12/2026)."]),
        ("Outstanding with target dates", [
            ("Review of the 2025 attendance records", "27/11/2026"), ("ECRIS result", "04/12/2026"),
            ("Arrest and interview of suspect", "on return, expected 30/11/2026; target 04/12/2026"),
            ("Production order - bank records", "application by 11/12/2026")]),
        ("Victim and witness", [
            ("Needs", "Polish interpreter for every contact (Ms KRAWIEC where possible). Two children aged 6 and 9 - "
                      "childcare needed for appointments. Safeguarding: MARAC 10/11/2026; she and the children are "
                      "at a refuge address."),
            ("Special measures (initial view)", "Intimidated witness (s.17(4)). Wants her ABE used as evidence-in-chief, "
                                                "a live link from outside the court building and an interpreter. s.28 "
                                                "explained through the interpreter: she would like to pre-record her "
                                                "cross-examination. No intermediary needed: her needs are language, "
                                                "not communication. Full MG2 to follow with any charging request."),
            ("ISVA", "Referred 03/11/2026 to Severnmouth ISVA Service (Polish-speaking ISVA Ewa SOKOL allocated)."),
            ("VPS", "Explained and offered through the interpreter at the end of the ABE interview on 04/11/2026; she "
                    "will decide later.")]),
        ("Disclosure", "Interim MG6C and MG6D attached (the MG6D is a nil return at present)."),
    ]
    mg3_docx(c.p("MG3 early advice WOJCIK.docx"), urn, F, hdr, sections, sup, oic,
             title="REPORT TO CROWN PROSECUTOR - REQUEST FOR EARLY ADVICE")
    c.doc("MG3 early advice WOJCIK.docx", "MG3")

    crime_report(
        c.p("Harbour_occurrence_SV-26-40172.pdf"), F, "grid", urn, pb, pa,
        summary=[("Crime no.", "SV/26/40172"), ("Offences", "Rape x3 (s.1 SOA 2003); controlling or coercive "
                                                              "behaviour (s.76 SCA 2015)"),
                 ("Period", "01/01/2024 - 05/10/2026"), ("Location", "Home address, Severnmouth (former)"),
                 ("Reported", "02/11/2026 10:40, front counter"), ("Incident", "SV-261102-0311"),
                 ("DA flag", "Yes - DASH HIGH (17 ticks), MARAC 10/11/2026"),
                 ("OIC", "DC 3380 OYELARAN"), ("Status", "Early advice requested")],
        victim=[("Name", "WOJCIK, Natalia"), ("Age", "34"), ("First language", "Polish - interpreter required"),
                ("Nationality", "Polish"), ("Dependants", "Two children (6 and 9)"), ("ISVA", "Referred 03/11/2026")],
        suspect=[("Name", "WOJCIK, Marek"), ("DOB", "19/07/1989"), ("Relationship", "Husband (separated 05/10/2026)"),
                 ("Location", "Believed Gdansk, Poland - return expected 30/11/2026"),
                 ("Circulation", "PNC wanted/missing + ports alert 06/11/2026")],
        narrative=["Victim attended front counter with friend. Discloses rape by husband on three occasions and "
                   "long-term control of money, passport and phone. Suspect has gone to Poland for work since the "
                   "separation. Previous DA incident 14/06/2025 (neighbour call, verbal argument, NFA)."],
        log=[("02/11/2026 10:55", "5512 FINCH", "First account via friend + Language Line. DASH completed - high."),
             ("03/11/2026 09:10", "3380 OYELARAN", "Allocated. ISVA referral. Refuge placement confirmed."),
             ("04/11/2026 16:20", "3380 OYELARAN", "ABE with interpreter complete (AO/1). VPS offered."),
             ("05/11/2026 14:00", "3380 OYELARAN", "Statement NOWICKA taken (interpreter)."),
             ("06/11/2026 11:30", "3380 OYELARAN", "PNC circulation and ports alert. ECRIS request."),
             ("10/11/2026 10:00", "MARAC", "MARAC - safety plan agreed."),
             ("13/11/2026 15:45", "2205 PRICHARD", "Supervisor: submit for early advice.")])
    c.doc("Harbour_occurrence_SV-26-40172.pdf", "CRIME_REPORT")

    incident_log(c.p("TIDEWATCH_log_SV-261102-0311.pdf"), F, "mono", "SV-261102-0311",
                 [("Created", "02/11/2026 10:40"), ("Source", "FRONT COUNTER - SEVERNMOUTH CENTRAL"),
                  ("Type", "DOMESTIC - SEXUAL OFFENCE DISCLOSURE"), ("Closed", "02/11/2026 13:05 - SV/26/40172")],
                 [("10:40", "FC07", "OPEN", "Female (Polish speaker) attends with friend who translates. Reports "
                                            "husband has raped her more than once and controls her money. Husband "
                                            "now in Poland."),
                  ("10:48", "FC07", "UPDATE", "Language Line Polish interpreter connected. PC 5512 FINCH to front "
                                              "counter."),
                  ("11:30", "5512", "UPDATE", "Initial account recorded PNB. DASH high. No immediate risk - suspect "
                                              "abroad. Refuge referral."),
                  ("13:05", "FC07", "CLOSE", "Crime SV/26/40172 raised.")], pb, pa, urn)
    c.doc("TIDEWATCH_log_SV-261102-0311.pdf", "INCIDENT_LOG")
    incident_log(c.p("TIDEWATCH_log_SV-250614-0188.pdf"), F, "mono", "SV-250614-0188",
                 [("Created", "14/06/2025 23:12"), ("Source", "999 - neighbour"), ("Type", "DOMESTIC - ARGUMENT"),
                  ("Closed", "15/06/2025 00:41 - no offences disclosed")],
                 [("23:12", "CH21", "CALL", "Neighbour reports shouting from next door, man and woman, child crying."),
                  ("23:31", "6671", "ARRIVED", "Officers at address. BWV on."),
                  ("23:58", "6671", "UPDATE", "Husband present throughout. Verbal argument about money per husband. "
                                              "Wife limited English - declined interpreter, said 'ok, ok'. DASH "
                                              "standard. No offences disclosed."),
                  ("00:41", "CH21", "CLOSE", "NFA. DA non-crime occurrence recorded.")], pb, pa, urn)
    c.doc("TIDEWATCH_log_SV-250614-0188.pdf", "INCIDENT_LOG")

    make_video(c.p("ABE_WOJCIK_N_041126.mp4"), 4, "abe", f"ABE Severnmouth Suite 1  AO/1  {urn}",
               dt.datetime(2026, 11, 4, 13, 30, 5), 401, title=f"{urn} ABE Natalia WOJCIK (Polish interpreter) AO/1")
    c.doc("ABE_WOJCIK_N_041126.mp4", "ABE_RECORDING")

    pdf = PDF(head="OFFICIAL-SENSITIVE", foot=f"ABE summary - {urn} - Page {{page}} of {{nb}}", title="ABE summary")
    pdf.title_("ACHIEVING BEST EVIDENCE INTERVIEW - SUMMARY (TRANSLATED)", 12)
    pdf.grid([("URN", urn), ("Interviewee", "Natalia WOJCIK"), ("Date / place", "04/11/2026, ABE Suite 1, Severnmouth "
                                                                                  "Central"),
              ("Times", "13:30 - 15:58 (breaks 14:25-14:35, 15:10-15:20)"),
              ("Interviewer", "DC 3380 OYELARAN"), ("Interpreter", "Ms Joanna KRAWIEC (NRPSI registered, Polish)"),
              ("Recording", "AO/1 working copy (sealed master in property store)")], widths=(40, 140), size=9)
    pdf.para("Summary prepared from the interpreter's English rendering on the recording. Where the summary "
             "quotes, the words are the interpreter's.", size=8.5, style="I")
    pdf.tab(["Counter", "Speaker(s)", "Summary"], [
        ("00:00", "DC / interpreter", "Introductions; interpreter's oath; ground rules translated; NW confirms she "
                                      "understands the interpreter."),
        ("00:09", "NW", "Married Marek in 2016 in Poland; came to Severnmouth 2018; two children."),
        ("00:21", "NW", "From 2023 he took her bank card, gave her cash weekly; kept her passport in his car; put an "
                        "app on her phone so he could see where she was."),
        ("00:44", "NW", "Christmas 2024: after guests left she said no to sex; he held her arms, said 'you are my "
                        "wife', had sex with her while she cried."),
        ("01:02", "NW", "About June 2025: similar, in the bedroom; children asleep. Police came one night after a "
                        "neighbour called (June 2025) but he stood next to her and she said nothing."),
        ("01:25", "NW", "20/09/2026: he came home drunk; she refused; he pushed her face into the pillow and raped her. "
                        "Told Kasia (Katarzyna NOWICKA) at church the next day, 21/09."),
        ("01:58", "DC", "Questions on each incident: positions, words, her clothing, whether he used a condom (no)."),
        ("02:20", "NW", "Separation 05/10/2026; he left for Gdansk; she found the passport in his car before he went."),
        ("02:26", "DC", "Closure: VPS explained and offered; special measures including s.28 explained through the "
                        "interpreter - she would like to pre-record; next steps.")], (18, 30, 132), size=8.5)
    pdf.save(c.p("ABE transcript summary WOJCIK.pdf"))
    c.doc("ABE transcript summary WOJCIK.pdf", "ABE_SUMMARY")

    mg11_docx(c.p("Statement DC OYELARAN.docx"), urn,
              dict(name="Adaeze OYELARAN", occupation="Detective Constable 3380", date="05/11/2026",
                   sig="[signed] A. Oyelaran DC 3380", taken_by="DC 3380 OYELARAN", pages="1"),
              ["I am a Detective Constable on the Domestic Abuse and Sexual Offences Team at Severnmouth Central. I am "
               "trained to conduct video-recorded interviews with adult victims under the Achieving Best Evidence "
               "guidance.",
               "On Wednesday 4th November 2026 between 13:30 and 15:58 I interviewed Natalia WOJCIK on video at ABE Suite "
               "1, Severnmouth Central. The interview was conducted in Polish through Ms Joanna KRAWIEC, a registered "
               "public service interpreter, who interpreted my questions and Mrs WOJCIK's answers throughout.",
               "After the interview I made two copies of the recording. I sealed one as the master copy, which is held "
               "in the property store, and I produce the other, the working copy, as exhibit AO/1.",
               "At the end of the interview, through the interpreter, I explained the Victim Personal Statement and "
               "offered her the chance to make one. She said she would think about it."], F["name"])
    c.doc("Statement DC OYELARAN.docx", "MG11", "officer")

    mg11_pdf(c.p("PC FINCH statement.pdf"), urn,
             dict(name="Aled FINCH", occupation="Police Constable 5512", date="02/11/2026", sig="(Sgd) A. Finch PC 5512"),
             ["On Monday 2nd November 2026 at 10:48 I was called to the front counter at Severnmouth Central, where a "
              "woman who gave her name as Natalia WOJCIK was with a friend, Katarzyna NOWICKA. Mrs WOJCIK speaks little "
              "English. Ms NOWICKA explained at first, and at 10:52 I connected a Polish interpreter through Language "
              "Line, after which I spoke to Mrs WOJCIK through the interpreter.",
              "In a private room she told me, through the interpreter, that her husband Marek had 'forced sex' on her "
              "more than once when she said no, the last time in September, that he kept her bank card and passport, "
              "and that he was now in Poland. I recorded this first account in my pocket notebook (exhibit AF/1) and "
              "the interpreter read it back to her in Polish; she signed it.",
              "I completed a DASH risk assessment, which was high, and arranged a refuge referral. I did not record "
              "the conversation on body-worn video because it took place in the front office interview room with "
              "a Language Line interpreter on speakerphone; force policy is that BWV is not used for first accounts "
              "taken at a police station by appointment."])
    c.doc("PC FINCH statement.pdf", "MG11", "officer")

    mg11_pdf(c.p("NOWICKA K statement.pdf"), urn,
             dict(name="Katarzyna NOWICKA", occupation="Care assistant", date="05/11/2026", sig="Signed: K. Nowicka",
                  place="Severnmouth Central", witnessed_by="DC 3380 OYELARAN (interpreter J. KRAWIEC)"),
             ["This statement was given in Polish and interpreted into English by Joanna KRAWIEC; it was read back to "
              "me in Polish before I signed it.",
              "I know Natalia WOJCIK from St Casimir's church in Severnmouth. We have been friends for about three "
              "years.",
              "On Sunday 21st September 2026 after the morning mass Natalia asked to speak to me alone. We sat in my "
              "car. She was crying. She told me that the night before Marek had come home drunk, she had said no, and "
              "he had pushed her face into the pillow and forced sex on her. She said it was not the first time. She "
              "said he had her passport and her bank card and she was afraid.",
              "I told her she should go to the police. She said she could not while he was in the house. In October "
              "she told me he had gone to Poland, and on 2nd November I went with her to the police station."],
             style="force", force=F["name"])
    c.doc("NOWICKA K statement.pdf", "MG11", "first_account")

    pnc_print(c.p("PNC WOJCIK M.pdf"), urn, "3380 OYELARAN", "13/11/26 15:20",
              [dict(name="WOJCIK, Marek", dob="19/07/1989", sex="M", role="SUSPECT", pncid="26/104472W",
                    summary="NO CONVICTIONS OR CAUTIONS. WANTED/MISSING: WANTED FOR ARREST (SV/26/40172) - ENTERED "
                            "06/11/2026", markers="DOMESTIC ABUSE (NON-CRIME 14/06/2025)")],
              note="ECRIS (EU criminal records) request for Polish convictions sent 06/11/2026 - result due by "
                   "04/12/2026.")
    c.doc("PNC WOJCIK M.pdf", "PNC")
    pnc_print(c.p("PNC witness checks.pdf"), urn, "3380 OYELARAN", "13/11/26 15:24",
              [dict(name="WOJCIK, Natalia", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="NOWICKA, Katarzyna", role="WITNESS", sex="F", summary="NO TRACE")],
              title="PNC - WITNESS CHECKS")
    c.doc("PNC witness checks.pdf", "PNC")

    schedule_xlsx(c.p("MG6C interim.xlsx"), "C", urn, F, rv, [
        [1, "TIDEWATCH incident log SV-261102-0311 (front counter report 02/11/2026) - copy with file", "Yes - copy",
         "Yes - first complaint to police", ""],
        [2, "TIDEWATCH incident log SV-250614-0188 (neighbour's call 14/06/2025) - copy with file", "Yes - copy",
         "Yes - earlier incident, nothing disclosed then", ""],
        [3, "BWV PC 6671 and PC 6680, 14/06/2025, 23:31-00:20 (to be reviewed by 27/11/2026)", "No - held",
         "To be assessed", ""],
        [4, "PC 5512 FINCH PNB entry 02/11/2026 (AF/1) - first account through interpreter", "No - held",
         "To be assessed; copy to go with the charging file", ""],
        [5, "Harbour Records crime report SV/26/40172 - copy with file", "Yes - copy", "Yes", ""],
        [6, "DASH risk assessment 02/11/2026 and MARAC minutes 10/11/2026", "No - held", "No", ""],
        [7, "ECRIS request 06/11/2026", "No - held", "No", ""]],
        post=["INTERIM SCHEDULE for early advice - DC 3380 OYELARAN 13/11/2026"])
    c.doc("MG6C interim.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D interim.xlsx"), "D", urn, F, rv, [
        ["-", "NIL RETURN - no sensitive material is held at this stage other than the refuge address, which is not "
              "recorded in the case papers.", "-", "-", "-"]],
        post=["DC 3380 OYELARAN 13/11/2026"])
    c.doc("MG6D interim.xlsx", "MG6D")

    write_eml(c.p("Early advice request - 22SV0512026.eml"), f"Adaeze Oyelaran <adaeze.oyelaran@{F['dom']}>",
              "CPS RASSO Early Advice <rasso.ea@cps-rasso.example>",
              f"Early advice request - {urn} - WOJCIK - suspect abroad", "Mon, 16 Nov 2026 09:20:11 +0000",
              "Good morning,\n\nPlease find the early advice MG3 for the above submitted through the portal today, "
              "with the ABE recording (Polish, interpreted), translated summary and first-account statements.\n\n"
              "Specific questions: (1) is a s.76 count appropriate alongside the three rape allegations; (2) do you "
              "agree the narrow extraction of the family-locator app only; (3) do you agree there is no reasonable "
              "line of enquiry into her GP records.\n\nThe suspect is expected back on 30/11/2026 and will be arrested "
              "on arrival. An answer before then would be very helpful.\n\nDC 3380 Adaeze Oyelaran\n01632 960338 / "
              "07700 900338",
              msgid="<ea-req-22SV0512026@severnmouth-police.example>")
    c.doc("Early advice request - 22SV0512026.eml", "CORRESPONDENCE")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "PNC", "MG6C", "MG6D",
               "CORRESPONDENCE"]
    mnf = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
           "mg6d", "dig_dpn", "dig_prop", "multimedia", "special_measures", "victim_care", "files_readable",
           "one_urn"]
    c.expected(0, present, [], mnf)


# ============================================================================================
# C5  41EM0088326  R v HOLDEN  (compliant; non-recent child abuse reported as an adult; ABE; first
#     accounts: school friend and "her mother"; school records request with notice; phone not examined)
# ============================================================================================

def case_c5(out):
    c = Case(out, "EM_RASSO_HOLDEN_2026")
    F = FORCES["EM"]
    urn = "41EM0088326"
    rv = "Gary HOLDEN"
    oic = dict(name="DC 1190 Helen MARSH", unit="Eastmarch RASSO Team (non-recent), Hollinsford",
               phone="01632 960119", mobile="07700 900119", email="helen.marsh@" + F["dom"], date="02/11/2026")
    sup = [("Endorsing supervisor", "DS 4410 Colin FAIRBAIRN"), ("Date endorsed", "30/10/2026"),
           ("Supervisor's note", "Checked: counts, first accounts (both statements present), school records request "
                                 "and notice, employment records. Counselling notes decision recorded and agreed.")]
    pb, pa = "1190 MARSH", "30/10/2026 12:14"
    hdr = [("Suspect", "HOLDEN, Gary   born 03/05/1968"),
           ("Proposed charges", "1. Sexual assault of a child under 13 (s.7 SOA 2003) - summer 2009.  2. Rape of a "
                                "child under 13 (s.5 SOA 2003) - December 2009.  3-4. Sexual activity with a child "
                                "(s.9 SOA 2003) - 2010 and 2011 (specimen counts). All at 22 Furnace Row, Hollinsford."),
           ("Complainant", "Rebecca STANFIELD, now 29; aged 12-14 at the time"),
           ("Custody / bail", "Pre-charge bail with conditions, return date 04/12/2026"),
           ("Decision sought", "Charging decision - Full Code Test")]
    sections = [
        ("Early advice", "Early advice was sought by telephone from the CPS RASSO duty lawyer on 09/04/2026 (note of "
                         "the call on the MG6C, item 10): advice was to obtain the school records with notice to the "
                         "complainant, and the suspect's employment records to test his 'night shifts' account."),
        ("Case summary", [
            "The complainant's mother, Denise STANFIELD, lived with the suspect at 22 Furnace Row, Hollinsford, from "
            "2008 to 2012. The complainant says that from the summer of 2009, when she was 12, the suspect came into "
            "her bedroom at night when her mother was asleep. She describes touching over and then under her "
            "clothing (count 1), an occasion around Christmas 2009 when he put his penis in her vagina (count 2), "
            "and repeated touching and digital penetration through 2010 and 2011 until she was 14 (counts 3-4).",
            "She told a school friend, Chantelle BYRNE, on the school bus in about March 2011 that 'Gary does stuff to "
            "me at night'. She told her mother in 2019 at a cousin's wedding. She reported to the police through the "
            "online form on 12/03/2026 after the suspect began a relationship with a woman who has a young daughter.",
            "Her ABE interview was on 28/03/2026 (exhibit HM/1, with summary). Ms BYRNE's and her mother's "
            "statements are attached."]),
        ("Suspect's account", "Interviewed 02/04/2026 (ROTI attached). He denies all sexual contact. He says he "
                              "worked nights at Hollinsford Foundry throughout, so was not at home at night, and "
                              "suggests the mother encouraged a false allegation because of their bitter split in 2012 "
                              "over the sale of the house. Likely defence: denial; fabrication by mother and daughter."),
        ("Reasonable lines of enquiry (including those pointing away from the suspect)", [
            "(1) His night-shift alibi. Shift records from Hollinsford Foundry obtained by production order show he "
            "worked the day shift (06:00-14:00) from January 2009 to July 2011 and nights only from August 2011 "
            "(exhibit HM/2). This does not support his account for counts 1-3; count 4 is limited to before August "
            "2011.",
            "(2) The suggestion of a motive in the mother. The 2012 separation and dispute over the house are "
            "accepted by the mother in her statement. Ms BYRNE's account of the 2011 disclosure pre-dates the "
            "separation, which tends against the suggestion, but the dispute is set out in full for the reviewing "
            "lawyer and is on the MG6C.",
            "(3) School records (Hollinsford Academy, 09/2009-07/2011, attendance and pastoral notes only) requested "
            "with notice to the complainant: attendance fell from 96% to 81% in 2010-11; a pastoral note of "
            "14/03/2011 records 'upset, says problems at home, would not say more'. Copy attached.",
            "(4) Counselling notes: she had six counselling sessions with Hollinsford Talking Therapies in 2020. No "
            "request has been made for those notes. There is nothing to suggest they contain anything inconsistent "
            "with her account, and the material is not likely to have substantial probative value; seeking it "
            "would be speculative. This decision was reviewed by the DS on 30/10/2026.",
            "(5) Her phone has not been examined, and will not be: the offences pre-date her first smartphone and she "
            "has had no contact with the suspect by phone or online. There is no digital line of enquiry.",
            "(6) Other household members: her brother (then aged 6) was spoken to on 20/04/2026 and remembers nothing "
            "relevant; recorded on the MG6C."]),
        ("Outstanding evidence", [
            ("Statement of the Hollinsford Foundry records custodian producing the shift records", "Target date "
                                                                                                   "30/11/2026"),
            ("Anything else", "Nothing else outstanding")]),
        ("Forensic and medical", "None. Given the 15-year gap there is no forensic opportunity, and she did not see a "
                                 "doctor about the abuse at the time or since; no medical records are sought, so no "
                                 "consent to their release is needed."),
        ("Victim care and special measures", [
            ("MG2", "Attached. Eligible as the complainant of a sexual offence (s.17(4)). Wants ABE as "
                    "evidence-in-chief (s.27) and pre-recorded cross-examination (s.28). Screens. Not vulnerable under "
                    "s.16; no intermediary needed."),
            ("Needs", "Works full time - needs notice; would like a pre-trial court visit. No interpreter."),
            ("ISVA", "Eastmarch ISVA service, referral 14/03/2026 (ISVA Tasha GREEN)."),
            ("VPS", "Offered at ABE; VPS made on 30/04/2026 (held, MG6C item 14).")]),
        ("Bail", "Conditions: no contact with Rebecca STANFIELD, Denise STANFIELD or Chantelle BYRNE; not to have "
                 "unsupervised contact with any child under 16; reside at his home address. Bail returns 04/12/2026."),
        ("Previous convictions and witness checks", "Suspect: two convictions (2013 ABH; 2016 drink-driving) - PNC "
                                                    "attached; no sexual offences. Witness checks: Chantelle BYRNE has "
                                                    "a 2015 caution for shoplifting (disclosable); complainant and "
                                                    "mother no trace."),
        ("Disclosure", "MG6C, MG6D and a DMD attached. The online report and incident log, PC OKORO's body-worn video "
                       "of her first account (SO/2), the crime report and the PNC checks are with the file."),
    ]
    mg3_pdf(c.p("MG3 HOLDEN FCT.pdf"), urn, F, hdr, sections, sup, oic, style="form")
    c.doc("MG3 HOLDEN FCT.pdf", "MG3")

    crime_report(
        c.p("MARCHNET_crime_EM-26-008833.pdf"), F, "occurrence", urn, pb, pa,
        summary=[("Crime ref", "EM/26/008833"), ("Type", "SEXUAL - CHILD (NON-RECENT)"),
                 ("Offences", "s.5, s.7, s.9 SOA 2003"), ("Period", "01/06/2009 - 31/07/2011"),
                 ("Location", "22 Furnace Row, Hollinsford"), ("Reported", "12/03/2026 21:40 - online form"),
                 ("Linked log", "SF-260312-1187"), ("OIC", "1190 MARSH"), ("Status", "Submitted to CPS")],
        victim=[("Name", "STANFIELD, Rebecca"), ("Age now", "29"), ("Age at offences", "12-14"),
                ("Ethnicity", "W1"), ("Disability", "None")],
        suspect=[("Name", "HOLDEN, Gary"), ("DOB", "03/05/1968"), ("Arrest", "02/04/2026"), ("Bail", "to 04/12/2026")],
        narrative=["Non-recent report of abuse by mother's former partner between ages 12 and 14, including rape. "
                   "Disclosed to school friend 2011 and to mother 2019. Reported now because suspect has new "
                   "partner with a young daughter - safeguarding referral made to children's services 13/03/2026."],
        log=[("12/03/2026 21:40", "ONLINE", "Online report received. Log SF-260312-1187."),
             ("13/03/2026 10:15", "2207 OKORO", "Phoned and visited victim. First account recorded in PNB (SO/1)."),
             ("13/03/2026 15:00", "1190 MARSH", "Allocated. Safeguarding referral re suspect's partner's child."),
             ("14/03/2026 09:00", "1190 MARSH", "ISVA referral."),
             ("28/03/2026 13:00", "1190 MARSH", "ABE completed (HM/1). VPS offered."),
             ("02/04/2026 07:05", "1190 MARSH", "Suspect arrested; interviewed; bail with conditions."),
             ("09/04/2026 11:00", "1190 MARSH", "Early advice by phone - CPS duty lawyer."),
             ("20/05/2026 10:15", "1190 MARSH", "Notice given to victim re school records; request sent."),
             ("15/07/2026 14:00", "1190 MARSH", "Production order granted - Foundry records."),
             ("30/10/2026 12:00", "4410 FAIRBAIRN", "Supervisor endorsement.")])
    c.doc("MARCHNET_crime_EM-26-008833.pdf", "CRIME_REPORT")

    incident_log(c.p("STORMFRONT_SF-260312-1187.pdf"), F, "table", "SF-260312-1187",
                 [("Created", "12/03/2026 21:40:18"), ("Channel", "Online crime report (Single Online Home)"),
                  ("Category", "SEXUAL OFFENCE - NON-RECENT - CHILD AT TIME"), ("Closed", "13/03/2026 16:02")],
                 [("21:40:18", "WEB", "REPORT", "Submitted text: 'When I was 12 to 14 my mum's boyfriend Gary Holden "
                                                "came into my room at night and sexually abused me, including raping "
                                                "me once at Christmas 2009. I told my friend at school and my mum "
                                                "years later. He now lives with a woman with a little girl.'"),
                  ("08:02:44", "OCC12", "REVIEW", "Safeguarding concern - child in suspect's household. Priority "
                                                  "callback."),
                  ("09:40:10", "2207", "CONTACT", "Phoned reporter. Visit arranged 10:15."),
                  ("11:20:31", "2207", "UPDATE", "First account taken, PNB SO/1 signed. ISVA info given."),
                  ("16:02:09", "OCC12", "CLOSE", "Crime EM/26/008833 created. Children's services informed.")],
                 pb, pa, urn)
    c.doc("STORMFRONT_SF-260312-1187.pdf", "INCIDENT_LOG")

    make_video(c.p("ABE_STANFIELD_R_HM1.mp4"), 4, "abe", f"EASTMARCH ABE HOLLINSFORD  HM/1  {urn}",
               dt.datetime(2026, 3, 28, 13, 2, 0), 501, title=f"{urn} ABE Rebecca STANFIELD HM/1")
    c.doc("ABE_STANFIELD_R_HM1.mp4", "ABE_RECORDING")
    abe_summary_docx(c.p("ABE_summary_STANFIELD.docx"), urn, F,
                     [("Interviewer", "DC 1190 MARSH"), ("Second officer", "DC 2290 Paul YATES"),
                      ("Witness", "Rebecca STANFIELD"), ("Date", "28/03/2026, Hollinsford ABE suite, 13:02-14:41"),
                      ("Exhibit", "HM/1")],
                     [("00:00", "Introductions, ground rules."),
                      ("04:30", "Family background: mother's relationship with Gary HOLDEN 2008-2012, living at 22 "
                                "Furnace Row; her brother; her bedroom at the back."),
                      ("12:10", "Summer 2009 (aged 12): he came in at night, sat on the bed, touched her chest and "
                                "between her legs over her pyjamas, then under them. Said 'our secret'."),
                      ("26:40", "Christmas 2009: after a family party, he came into her room, got into her bed and put "
                                "his penis in her vagina. It hurt. She bled a little. He told her no one would "
                                "believe her."),
                      ("41:15", "2010-2011: happened 'most weeks' when mum was asleep after her night out or her "
                                "tablets; touching and fingers inside her; stopped around summer 2011 when she started "
                                "locking her door with a chair."),
                      ("55:00", "Told Chantelle on the school bus, spring 2011, Year 9. Told mum at cousin's wedding "
                                "2019. Counselling 2020."),
                      ("68:20", "Questions: his work pattern (he was at work early mornings, home in the evenings); "
                                "layout of the house; mother's tablets; why report now."),
                      ("95:30", "Closure: VPS, special measures, s.28 explained; she wants to pre-record.")])
    c.doc("ABE_summary_STANFIELD.docx", "ABE_SUMMARY")

    mg11_docx(c.p("MARSH H stmt.docx"), urn,
              dict(name="Helen MARSH", occupation="Detective Constable 1190", date="16/07/2026",
                   sig="[signed] H. Marsh DC 1190", taken_by="DC 1190 MARSH", pages="2"),
              ["I am a Detective Constable on the Eastmarch RASSO Team and am trained to interview adult and child "
               "witnesses under Achieving Best Evidence guidance.",
               "On Saturday 28th March 2026 between 13:02 and 14:41 I interviewed Rebecca STANFIELD on video at the "
               "Hollinsford ABE suite, with DC 2290 YATES as second officer. I produce the recording of that interview "
               "as exhibit HM/1.",
               "On Wednesday 15th July 2026 a production order was granted at Hollinsford Magistrates' Court for shift "
               "records of Gary HOLDEN at Hollinsford Foundry, 2009-2012. On 16th July 2026 I received from the "
               "foundry an electronic extract of his shift pattern, which I produce as exhibit HM/2.",
               "On Wednesday 20th May 2026 I gave Rebecca STANFIELD written notice that I would ask Hollinsford Academy "
               "for her attendance and pastoral records for September 2009 to July 2011 and explained why; she signed "
               "the notice. On 10th June 2026 I received the extract from the Academy, which I produce as exhibit "
               "HM/3."], F["name"], heading="STATEMENT OF WITNESS (MG11)")
    c.doc("MARSH H stmt.docx", "MG11", "officer")

    mg11_pdf(c.p("OKORO S stmt.pdf"), urn,
             dict(name="Samuel OKORO", occupation="Police Constable 2207", date="13/03/2026",
                  sig="(Sgd) S. Okoro PC 2207"),
             ["I am a police constable in Eastmarch Police. On Friday 13th March 2026 I was given an online crime report "
              "made the previous evening by Rebecca STANFIELD. At 09:40 I phoned her and at 10:15 I visited her at her "
              "home in Hollinsford. I was the first officer to speak to her.",
              "I explained that a specialist officer would interview her later and that I only needed a short account. "
              "She told me: 'When I was twelve my mum's boyfriend Gary started coming into my room at night. He touched "
              "me and one time at Christmas he raped me. It went on till I was about fourteen. I told my friend "
              "Chantelle at school and my mum found out in 2019.'",
              "I wrote this account in my pocket notebook, which she read and signed. I produce the entry as exhibit "
              "SO/1. I was wearing body-worn video and recorded the account between 10:15 and 10:31; I produce the "
              "recording as exhibit SO/2. I gave her the ISVA leaflet and arranged for the RASSO team to contact her."])
    make_video(c.p("BWV_2207_OKORO_20260313.mp4"), 3, "bwv", f"BWV 2207 OKORO SO/2 {urn}",
               dt.datetime(2026, 3, 13, 10, 15, 4), 503, title=f"{urn} BWV SO/2 first account")
    c.doc("BWV_2207_OKORO_20260313.mp4", "BWV")
    c.doc("OKORO S stmt.pdf", "MG11", "officer")

    mg11_pdf(c.p("BYRNE C stmt.pdf"), urn,
             dict(name="Chantelle BYRNE", occupation="Nursery nurse", date="17/04/2026", sig="(Sgd) C. Byrne",
                  witnessed_by="DC 1190 MARSH"),
             ["I was at Hollinsford Academy with Rebecca STANFIELD from Year 7. We were best friends and sat together on "
              "the school bus every day.",
              "One morning in Year 9 - I think it was around March 2011 because it was just before my birthday - Becky "
              "was really quiet on the bus. I asked what was wrong. She said, 'Gary does stuff to me at night.' I "
              "asked what she meant and she said, 'You know, sex stuff. Don't tell anyone.' Gary was her mum's "
              "boyfriend.",
              "I didn't know what to do. I was fourteen. I didn't tell anyone. She never brought it up again and I "
              "didn't ask. I have thought about it a lot since.",
              "Becky and I lost touch after school. She messaged me on Facebook in March this year to say she had gone "
              "to the police and asked if I remembered. I said I did. We have not talked about the details."])
    c.doc("BYRNE C stmt.pdf", "MG11", "first_account")

    mg11_pdf(c.p("STANFIELD D stmt.pdf"), urn,
             dict(name="Denise STANFIELD", occupation="Retail assistant", date="22/04/2026", sig="(Sgd) D. Stanfield",
                  witnessed_by="(Sgd) H. Marsh DC 1190"),
             ["I am Rebecca STANFIELD's mother. From 2008 to 2012 I lived with Gary HOLDEN at 22 Furnace Row, "
              "Hollinsford, with Rebecca and her younger brother.",
              "Gary worked at Hollinsford Foundry. For most of the time we were together he went to work very early, "
              "about half five, and was home by three. Later on, in about 2011, he went onto nights.",
              "We split up in 2012. It was bitter: we argued for months over the house, which was in both our names, "
              "and in the end it was sold and I had less than half. I accept I was angry with him for a long time.",
              "In August 2019, at my niece's wedding, Rebecca had been drinking and was upset. Outside she told me "
              "that when she was little Gary used to come into her room at night and 'do things'. She said he had "
              "raped her once at Christmas. I was devastated. I asked her to go to the police but she said she was not "
              "ready. I did not push her and I did not tell anyone else.",
              "I have not spoken to Rebecca about the details since she went to the police, because the officer told "
              "me not to."], style="typed")
    c.doc("STANFIELD D stmt.pdf", "MG11", "first_account")

    pdf = PDF(family="sans", head="CONFIDENTIAL - Hollinsford Academy - Records extract for police",
              foot=f"Hollinsford Academy - disclosure to {F['name']} ref {urn} - page {{page}} of {{nb}}",
              title="School records extract")
    pdf.title_("HOLLINSFORD ACADEMY\nExtract of pupil records supplied to the police", 12)
    pdf.grid([("Police ref.", urn), ("Pupil", "Rebecca STANFIELD (on roll 09/2008 - 07/2013)"),
              ("Scope of request", "Attendance and pastoral notes, 01/09/2009 - 31/07/2011 only"),
              ("Supplied by", "Designated Safeguarding Lead, 10/06/2026"), ("Police exhibit", "HM/3")],
             widths=(45, 135), size=9)
    pdf.tab(["Academic year", "Attendance", "Authorised absence", "Unauthorised absence"],
            [("2009-10 (Year 8)", "96.1%", "3.4%", "0.5%"), ("2010-11 (Year 9)", "81.2%", "11.9%", "6.9%")],
            (45, 45, 45, 45))
    pdf.hd("Pastoral log entries in the period")
    pdf.tab(["Date", "Entry"], [("22/11/2010", "Late x3 this half term. Mum informed."),
                                 ("14/03/2011", "R upset in tutor time. Says 'problems at home', would not say more. "
                                                "Offered school counsellor - declined. Monitor."),
                                 ("06/06/2011", "Attendance concern letter sent home.")], (30, 150))
    pdf.para("No other entries exist for the period requested. Records outside the period have not been provided.",
             size=9)
    pdf.save(c.p("School records extract Hollinsford Academy.pdf"))
    c.doc("School records extract Hollinsford Academy.pdf", "THIRD_PARTY")

    write_eml(c.p("TP request Hollinsford Academy.eml"), f"Helen Marsh <helen.marsh@{F['dom']}>",
              "DSL <safeguarding@hollinsford-academy.example>",
              f"Request for limited pupil records - {urn} (police investigation)", "Wed, 20 May 2026 11:02:37 +0100",
              "Dear Designated Safeguarding Lead,\n\nI am investigating a non-recent allegation made by a former pupil, "
              "Rebecca STANFIELD (on roll 2008-2013). She says the abuse affected her school attendance and that a "
              "teacher once asked her about problems at home in Year 9. That is a reasonable line of enquiry: the "
              "records may support her account or may not, and either way the prosecutor should see them.\n\nI ask only "
              "for: (1) her attendance figures for 2009-10 and 2010-11; (2) any pastoral or safeguarding notes dated "
              "01/09/2009 to 31/07/2011. Please do not send her full file, medical information, or anything outside "
              "that period; the rest is not needed and asking for it would not be necessary or proportionate.\n\n"
              "Ms STANFIELD was given written notice of this request this morning and understands what is being "
              "asked for and why.\n\nDC 1190 Helen Marsh\nEastmarch RASSO Team\n01632 960119",
              msgid="<tp-req-0520@eastmarch.police.example>")
    c.doc("TP request Hollinsford Academy.eml", ["THIRD_PARTY", "CORRESPONDENCE"])

    notice = [("small", f"{F['name']} - Eastmarch RASSO Team          Our ref: {urn}"),
              ("title", "NOTICE OF A REQUEST FOR INFORMATION ABOUT YOU"),
              ("p", "To: Rebecca STANFIELD                 Date: 20/05/2026"),
              ("p", "What we will ask for: from Hollinsford Academy, your attendance figures for 2009-10 and 2010-11 "
                    "and any pastoral or safeguarding notes dated 01/09/2009 to 31/07/2011. Nothing else."),
              ("p", "Why: you told us the abuse affected your attendance and that a teacher asked about problems at "
                    "home in Year 9. These records may help to show what was happening at the time. We must follow "
                    "reasonable lines of enquiry, whichever way they point."),
              ("p", "How it will be handled: the records will be kept securely, seen by the investigation team and the "
                    "prosecutor, and only shown to the defence if the prosecutor decides the law requires it. You can "
                    "ask your ISVA or me about this at any time."),
              ("gap", 4), ("line", "I have received and understood this notice:"), ("sig", "R Stanfield"),
              ("line", "Officer:"), ("sig", "H Marsh DC 1190")]
    phone_photo(c.p("IMG_20260520_101544.jpg"), notice, 502, angle=-3.2, desk=(180, 170, 150))
    c.doc("IMG_20260520_101544.jpg", ["CORRESPONDENCE", "OTHER", "THIRD_PARTY"])

    rows = []
    d0 = dt.date(2009, 1, 5)
    for wk in range(0, 160, 4):
        d = d0 + dt.timedelta(weeks=wk)
        shift = "DAYS 06:00-14:00" if d < dt.date(2011, 8, 1) else "NIGHTS 22:00-06:00"
        rows.append([d.strftime("%d/%m/%Y"), "HOLDEN G  (emp 40117)", "Melt shop", shift, "5"])
    write_xlsx(c.p("Foundry shift records HM2.xlsx"), [dict(
        name="Shift extract", pre=["Hollinsford Foundry Ltd - shift pattern extract (exhibit HM/2)",
                                   ("Police ref", urn, "Supplied under production order", "15/07/2026"),
                                   ("Note", "Four-weekly sample rows; full weekly extract on disc held by OIC")],
        headings=["Week commencing", "Employee", "Department", "Shift", "Shifts worked"], rows=rows,
        widths=[16, 24, 14, 22, 12])], author="Hollinsford Foundry Ltd", title="Shift extract")
    c.doc("Foundry shift records HM2.xlsx", "OTHER")

    roti_pdf(c.p("ROTI HOLDEN 020426.pdf"), urn, "mg15",
             [("Person interviewed", "HOLDEN, Gary"), ("Place", "Hollinsford Custody Suite, room 3"),
              ("Date / times", "02/04/2026, 10:12 - 11:03"), ("Officers", "DC 1190 MARSH, DC 2290 YATES"),
              ("Legal representative", "Ms Priya NAIR, Nair Hollis LLP"), ("Recording ref.", "HF-020426-03")],
             [("00:00", "DC MARSH", "Recording started, 10:12. You remain under caution. You've had advice from Ms Nair."),
              ("01:20", "DC MARSH", "Rebecca Stanfield says you abused her from when she was twelve. What do you say?"),
              ("01:40", "HOLDEN", "It's lies. I never touched her. Never."),
              ("03:05", "DC MARSH", "She says you came into her room at night."),
              ("03:15", "HOLDEN", "I was on nights at the foundry the whole time I lived there. I wasn't even in the "
                                  "house at night."),
              ("06:40", "DC YATES", "The whole time, 2008 to 2012?"),
              ("06:48", "HOLDEN", "Pretty much. You can check."),
              ("12:30", "DC MARSH", "Why would she say this?"),
              ("12:41", "HOLDEN", "Her mother. Denise hates me over the house. She's put her up to it."),
              ("20:15", "DC MARSH", "Chantelle Byrne says Rebecca told her about you in 2011, before you and Denise "
                                    "split."),
              ("20:30", "HOLDEN", "I don't know who that is. No comment to that."),
              ("50:40", "DC MARSH", "Interview concluded at 11:03.")],
             closing=["Key passages transcribed verbatim; the remainder is summarised in the recording log."])
    c.doc("ROTI HOLDEN 020426.pdf", "ROTI")

    pnc_print(c.p("PNC HOLDEN G.pdf"), urn, "1190 MARSH", "29/10/26 16:40",
              [dict(name="HOLDEN, Gary", dob="03/05/1968", sex="M", role="SUSPECT", pncid="93/118204L",
                    cro="55120/93A", summary="2 CONVICTIONS FROM 2 OCCASIONS",
                    convictions=[("18/09/2013", "Hollinsford Magistrates", "Assault occasioning actual bodily harm "
                                                                           "(male, public house)", "Community order; "
                                                                                                    "compensation"),
                                 ("02/02/2016", "Hollinsford Magistrates", "Drive with excess alcohol",
                                  "Fine; disqualified 18 months")])])
    c.doc("PNC HOLDEN G.pdf", "PNC")
    pnc_print(c.p("PNC witnesses.pdf"), urn, "1190 MARSH", "29/10/26 16:44",
              [dict(name="STANFIELD, Rebecca", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="STANFIELD, Denise", role="WITNESS", sex="F", summary="NO TRACE"),
               dict(name="BYRNE, Chantelle Marie", role="WITNESS", sex="F", pncid="15/302217C",
                    summary="NO CONVICTIONS. 1 CAUTION",
                    cautions=[("11/04/2015", F["name"], "Theft from shop (GBP 42)", "Simple caution")])],
              title="PNC - PROSECUTION WITNESSES")
    c.doc("PNC witnesses.pdf", "PNC")

    schedule_xlsx(c.p("MG6C HOLDEN.xlsx"), "C", urn, F, rv, [
        [1, "Online crime report and STORMFRONT log SF-260312-1187 (first report to police, complainant's own words) - "
            "copy attached", "Attached", "Yes - first complaint", ""],
        [2, "MARCHNET crime report EM/26/008833 - copy attached", "Attached", "Yes", ""],
        [3, "PNB PC 2207 OKORO 13/03/2026 (SO/1), first account, signed", "Held", "No - same account as log and "
                                                                                  "his statement", ""],
        [4, "BWV PC 2207 OKORO 13/03/2026 10:15-10:31 (first account at her home), exhibit SO/2 - clip attached",
         "Attached", "Yes - first complaint", ""],
        [5, "Notes of conversation with complainant's brother (aged 6 at the time), 20/04/2026 - remembers nothing "
            "relevant", "Held", "No", ""],
        [6, "Land Registry and conveyancing letters re sale of 22 Furnace Row, 2012-2013 (supplied by Denise "
            "STANFIELD) - show the dispute between her and the suspect - copy of the 2013 settlement letter attached",
         "Attached", "Yes - goes to alleged motive", ""],
        [7, "Request e-mail to Hollinsford Academy 20/05/2026 and signed notice to complainant - copies attached",
         "Attached", "No", ""],
        [8, "Production order application and order, Hollinsford Magistrates 15/07/2026", "Held", "No", ""],
        [9, "Full weekly shift extract on disc, Hollinsford Foundry 2009-2012 (sample served as HM/2)", "Held", "No", ""],
        [10, "Note of telephone early advice from CPS RASSO duty lawyer, 09/04/2026", "Held", "No", ""],
        [11, "Custody record HOLDEN 02/04/2026 and bail notices", "Held", "No", ""],
        [12, "Safeguarding referral to children's services 13/03/2026 (suspect's partner's child) - see MG6D", "-",
         "-", ""],
        [13, "Facebook messages between complainant and Chantelle BYRNE March 2026 (screenshots provided by Ms BYRNE) "
             "- arranging contact only", "Held", "No", ""],
        [14, "Victim Personal Statement of Rebecca STANFIELD 30/04/2026", "Held", "No", ""],
    ], headings=["Item", "Description (and where held)", "Copy with file?", "Disclosure test met (police view)",
                 "CPS decision"])
    c.doc("MG6C HOLDEN.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D HOLDEN.xlsx"), "D", urn, F, rv, [
        [1, "Children's services referral and strategy discussion minutes, 13-16/03/2026", "Third-party child "
                                                                                            "protection material "
                                                                                            "about a child not "
                                                                                            "involved in the case",
         "Inspect", ""],
        [2, "ISVA referral 14/03/2026", "Confidential support service", "Inspect", ""],
        [3, "Addresses of the complainant and witnesses", "Personal data", "Inspect", ""]])
    c.doc("MG6D HOLDEN.xlsx", "MG6D")

    # item 6 is marked as meeting the test: attach it
    pdf = PDF(family="serif", head=None, foot=f"Copy supplied by Denise STANFIELD - MG6C item 6 - {urn}",
              title="Conveyancing letters")
    pdf.para("BRINDLEY & COE SOLICITORS\n14 Market Street, Hollinsford\n\n8 March 2013\n\nMrs D. Stanfield\n\n"
             "Re: 22 Furnace Row, Hollinsford - sale and division of proceeds", size=10)
    pdf.paras(["We refer to the completion of the sale on 1 March 2013. After redemption of the mortgage and costs the "
               "net proceeds were GBP 31,420. As you know, Mr Holden's solicitors maintained that his contributions "
               "to the deposit entitled him to 60 per cent. Under the agreement reached on 20 February 2013 you "
               "receive GBP 12,568 and Mr Holden GBP 18,852.",
               "We appreciate that you consider this unfair, and we note your instructions that you accepted it only "
               "to bring matters to an end."], size=10)
    pdf.para("Yours sincerely\nBrindley & Coe", size=10)
    pdf.save(c.p("MG6C item 6 - conveyancing letter 2013.pdf"))
    c.doc("MG6C item 6 - conveyancing letter 2013.pdf", "OTHER")

    D = DOCX(author="DC 1190 MARSH", title="DMD")
    D.running(head="OFFICIAL-SENSITIVE", foot=f"Disclosure Management Document - {urn}")
    D.title("DISCLOSURE MANAGEMENT DOCUMENT - R v HOLDEN", 13)
    D.grid([("URN", urn), ("Disclosure officer", "DC 1190 MARSH"), ("Date", "29/10/2026")])
    D.h("Issues")
    D.p("Denial. The defence is likely to allege fabrication prompted by the mother and to rely on a night-shift alibi.")
    D.h("Digital material")
    D.p("No digital devices have been examined. The complainant's phone was not examined: there is no digital line of "
        "enquiry. Ms BYRNE's screenshots of recent Facebook messages were provided voluntarily and are scheduled.")
    D.h("Third-party material")
    D.p("School records: limited request with notice (MG6C item 7); extract served as HM/3. Counselling notes (2020): "
        "not requested - no basis to think they hold material likely to be of substantial probative value. Medical "
        "records: none relevant; not requested.")
    D.save(c.p("DMD.docx"))
    c.doc("DMD.docx", "DMD")

    mg2_docx(c.p("MG2 STANFIELD.docx"), urn, F, [
        ("Witness", [("Name", "Rebecca STANFIELD"), ("Role", "Complainant"), ("Assessed", "28/03/2026 by DC MARSH")]),
        ("Eligibility", [("s.16 (vulnerable)", "No"), ("s.17(4) (sexual offence complainant)", "Yes")]),
        ("Views and measures", [("ABE as evidence-in-chief (s.27)", "Yes"),
                                ("Pre-recorded cross-examination (s.28)", "Yes - she wants it after it was explained"),
                                ("Screens (s.23)", "Yes"), ("Live link (s.24)", "Not wanted - prefers screens"),
                                ("Intermediary", "Not needed")]),
        ("Other needs", "Pre-trial visit; ISVA Tasha GREEN to accompany her; contact by mobile after work."),
    ], "DC 1190 MARSH")
    c.doc("MG2 STANFIELD.docx", "MG2")

    mg12_pdf(c.p("MG12.pdf"), urn, rv, [
        ("HM/1", "ABE interview of Rebecca STANFIELD 28/03/2026", "DC MARSH", "With file"),
        ("HM/2", "Hollinsford Foundry shift extract (spreadsheet)", "DC MARSH", "With file"),
        ("HM/3", "Hollinsford Academy records extract", "DC MARSH", "With file"),
        ("SO/1", "PNB entry PC OKORO 13/03/2026", "PC OKORO", "Held by officer (MG6C item 3)"),
        ("SO/2", "Body-worn video PC OKORO 13/03/2026 10:15-10:31", "PC OKORO", "With file"),
        ("HF-020426-03", "Interview recording 02/04/2026", "DC MARSH", "Property store")], F, "DC 1190 MARSH",
        "29/10/2026")
    c.doc("MG12.pdf", "MG12")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "THIRD_PARTY",
               "CORRESPONDENCE", "BWV", "ROTI", "PNC", "MG6C", "MG6D", "DMD", "MG2", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
           "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    c.expected(0, present, [], mnf)


# ============================================================================================
# F1  14NM0345126  R v GRANT  (faulty: ABE interview referred to and exhibited, but the recording is not
#     in the folder; no sensitive schedule (MG6D) at all)
# ============================================================================================

def case_f1(out):
    c = Case(out, "14NM0345126-GRANT-rape")
    F = FORCES["NM"]
    urn = "14NM0345126"
    rv = "Tyler GRANT"
    oic = dict(name="DC 4120 Imran QURESHI", unit="Public Protection - Sexual Offences Team, Aldermoor",
               phone="01632 960412", mobile="07700 900412", email="imran.qureshi@" + F["dom"], date="10/11/2026")
    sup = [("Endorsed by", "DS 0931 Martin KHAN"), ("Date", "09/11/2026"), ("Review", "Approved for submission.")]
    pb, pa = "4120 QURESHI", "09/11/2026 10:31"
    hdr = [("Suspect", "GRANT, Tyler Jay  DOB 30/03/2005"),
           ("Offence", "Rape (s.1(1) Sexual Offences Act 2003), 12/07/2026, 9 Kiln Street, Aldermoor"),
           ("Bail / RUI", "Pre-charge bail with conditions to 12/01/2027"),
           ("Test", "Full code test"), ("Occurrence", "26*061190 / incident CP-260712-0041")]
    sections = [
        ("Early advice", "Not sought: suspect arrested the same day, single-incident case with a clear issue "
                         "(consent/capacity), routine forensic strategy. DS KHAN agreed 13/07/2026."),
        ("Summary", [
            "Lauren ASHWORTH (20) went to a house party at 9 Kiln Street, Aldermoor, on the evening of 11/07/2026. "
            "At about 01:30 she went to lie down in a back bedroom, feeling drunk, and fell asleep. She woke at about "
            "02:50 to find the suspect, whom she had met that night, on top of her with his penis in her vagina. She "
            "pushed him off and ran to the bathroom.",
            "At 03:10 she phoned her sister, Amber ASHWORTH, and told her; her sister told her to call the police, "
            "and she dialled 999 at 03:31. PC 3377 VAUGHAN arrived at 03:52 and recorded her first account on "
            "body-worn video.",
            "Her account was video-recorded in an ABE interview on 14/07/2026 by DC QURESHI; the recording (exhibit "
            "IQ/1) and its summary are attached."]),
        ("Suspect's account", "Interviewed 12/07/2026: sex was consensual; she was awake, kissed him and pulled him "
                              "onto the bed. Likely defence: consent / reasonable belief."),
        ("Lines of enquiry", [
            "Other partygoers: 11 identified; 7 spoken to; two (Kyle DRAPER, Mia FOX) saw the two of them kissing in "
            "the kitchen at about 01:00 - this supports the suspect on prior flirting; statements from both attached "
            "as unused material listed on the MG6C (items 6, 7).",
            "Snapchat messages: the suspect says she messaged him afterwards in friendly terms. Her phone was examined "
            "under a Digital Processing Notice (attached), limited to Snapchat messages with the suspect from "
            "11/07/2026 18:00 to 13/07/2026 18:00: there was one message from him at 04:02 ('wtf was that') and no "
            "reply.",
            "House CCTV: none at 9 Kiln Street; a doorbell camera at no. 11 covers only that doorstep (owner's "
            "e-mail on MG6C item 9).",
            "Not pursued: her medical and counselling history - no line of enquiry."]),
        ("Outstanding", [("Toxicology back-calculation (Castell Forensics)", "Target date 27/11/2026"),
                         ("Other", "None")]),
        ("Forensic / medical", "SARC examination 12/07/2026 (Dr S. PATEL): no injuries. She signed consent to release "
                               "the SARC notes to police and CPS. DNA on the HVS matches the suspect - SFR1 attached."),
        ("Victim and witness care", [
            ("Special measures", "MG2 attached: ABE as evidence-in-chief; she wants s.28 pre-recorded cross-examination "
                                 "and a live link; not vulnerable under s.16 - no intermediary."),
            ("Needs", "Student, exams May-June 2027 - dates to avoid. No interpreter."),
            ("ISVA", "Northmoor Rape Crisis - referral 13/07/2026."),
            ("VPS", "Offered 14/07/2026; she made one on 02/09/2026.")]),
        ("Bail conditions", "Not to contact Lauren or Amber ASHWORTH directly or indirectly; not to enter Brook "
                            "Street, Aldermoor."),
        ("Previous convictions", "Suspect: no trace. Witnesses: Lauren and Amber ASHWORTH no trace."),
        ("Disclosure", "MG6C attached. First-complaint records (999 log, BWV, PNB) and the crime report are with the "
                       "file."),
    ]
    mg3_docx(c.p("MG3.docx"), urn, F, hdr, sections, sup, oic, boxes=False)
    c.doc("MG3.docx", "MG3")

    crime_report(c.p("NorthStar_26-061190.pdf"), F, "occurrence", urn, pb, pa,
                 summary=[("Occurrence", "26*061190"), ("Type", "SEXUAL - RAPE"), ("HO class", "019/07"),
                          ("When", "12/07/2026 02:30-02:55"), ("Where", "9 Kiln Street, Aldermoor (house party)"),
                          ("Reported", "12/07/2026 03:31 999"), ("Incident", "CP-260712-0041"), ("OIC", "4120 QURESHI"),
                          ("Status", "AWAITING CPS")],
                 victim=[("Name", "ASHWORTH, Lauren"), ("Age", "20"), ("Sex", "F")],
                 suspect=[("Name", "GRANT, Tyler Jay"), ("DOB", "30/03/2005"), ("Status", "Bail to 12/01/2027")],
                 narrative=["IP asleep in bedroom at house party, woke to suspect having sex with her. Told sister by "
                            "phone then 999."],
                 log=[("12/07/2026 03:52", "3377 VAUGHAN", "At scene. BWV first account (RV/1). PNB (RV/2)."),
                      ("12/07/2026 06:40", "3377 VAUGHAN", "Suspect arrested at home."),
                      ("12/07/2026 09:00", "SARC", "FME Dr PATEL - samples SP/1-SP/4."),
                      ("12/07/2026 14:30", "4120 QURESHI", "Suspect interviewed - consent. Bail."),
                      ("14/07/2026 15:10", "4120 QURESHI", "ABE (IQ/1). DPN signed; selective extraction."),
                      ("09/11/2026 10:30", "0931 KHAN", "Approved for CPS.")])
    c.doc("NorthStar_26-061190.pdf", "CRIME_REPORT")
    incident_log(c.p("CALLPOINT_CP-260712-0041.pdf"), F, "mono", "CP-260712-0041",
                 [("Created", "12/07/2026 03:31:40"), ("Channel", "999"), ("Code", "RAPE - RECENT"), ("Grade", "IMMEDIATE")],
                 [("03:31:40", "H1120", "CALL", "Female caller at house party says she woke up and a lad was having sex "
                                                "with her. She is in the bathroom. Sister on the other phone."),
                  ("03:33:02", "D0114", "RESOURCE", "3377 and 3390 assigned."),
                  ("03:52:15", "3377", "STATUS", "At scene. BWV on."),
                  ("04:40:51", "3377", "UPDATE", "Account on BWV. Suspect identified as Tyler GRANT, left the party "
                                                "before police arrival."),
                  ("05:10:00", "D0114", "CLOSE", "Occurrence 26*061190.")], pb, pa, urn)
    c.doc("CALLPOINT_CP-260712-0041.pdf", "INCIDENT_LOG")

    abe_summary_docx(c.p("ABE summary ASHWORTH L.docx"), urn, F,
                     [("Interviewer", "DC 4120 QURESHI"), ("Monitor", "DC 2748 BROOKS"), ("Witness", "Lauren ASHWORTH"),
                      ("Date", "14/07/2026, Aldermoor VRI suite, 14:02-15:05"),
                      ("Recording", "Exhibit IQ/1 (digital file, working copy)")],
                     [("00:00", "Introductions."), ("03:00", "The party; drinks (five or six ciders, two shots)."),
                      ("11:20", "Met Tyler in the kitchen; kissed once; went to lie down about 01:30 alone."),
                      ("19:40", "Woke to him on top of her, penis in vagina; pushed him off; ran to bathroom."),
                      ("28:00", "Rang her sister; 999."), ("35:00", "Questions - door, lighting, clothing, words."),
                      ("58:30", "Closure, VPS and special measures explained.")])
    c.doc("ABE summary ASHWORTH L.docx", "ABE_SUMMARY")

    mg11_pdf(c.p("QURESHI I - MG11.pdf"), urn,
             dict(name="Imran QURESHI", occupation="Detective Constable 4120", date="14/07/2026",
                  sig="(Sgd) I. Qureshi DC 4120"),
             ["I am a Detective Constable trained in Achieving Best Evidence interviewing. On Tuesday 14th July 2026 "
              "between 14:02 and 15:05 I conducted a video-recorded interview with Lauren ASHWORTH at the Aldermoor VRI "
              "suite, with DC BROOKS monitoring.",
              "I produce the working copy of the recording as exhibit IQ/1. The master copy is sealed and held in the "
              "property store.",
              "After the interview I explained a Digital Processing Notice to Ms ASHWORTH, limited to her Snapchat "
              "messages with Tyler GRANT between 18:00 on 11th July and 18:00 on 13th July 2026. She signed it at "
              "15:30 and I took her phone, exhibit IQ/2, which was returned to her at 18:10 the same day."])
    c.doc("QURESHI I - MG11.pdf", "MG11", "officer")

    mg11_pdf(c.p("VAUGHAN R - MG11.pdf"), urn,
             dict(name="Rhiannon VAUGHAN", occupation="Police Constable 3377", date="12/07/2026",
                  sig="Signed: R. Vaughan PC 3377", place="Aldermoor"),
             ["At 03:33 on Sunday 12th July 2026 I was sent to 9 Kiln Street, Aldermoor, following a 999 call. I arrived "
              "at 03:52 with body-worn video running. Lauren ASHWORTH was in the upstairs bathroom, crying.",
              "She told me: 'I went to lie down because I was drunk and I fell asleep and I woke up and he was on top of "
              "me, he was inside me. Tyler. I didn't even know his last name.' She said she had rung her sister "
              "straight away.",
              "I produce the body-worn video of my attendance as exhibit RV/1 and my pocket notebook entry as exhibit "
              "RV/2. At 06:40 I arrested Tyler GRANT at his home address."],
             style="force", force=F["name"])
    c.doc("VAUGHAN R - MG11.pdf", "MG11", "officer")
    make_video(c.p("BWV RV1 0352.mp4"), 3, "bwv", f"BWV 3377 VAUGHAN RV/1 {urn}", dt.datetime(2026, 7, 12, 3, 52, 20),
               601, title=f"{urn} BWV RV/1")
    c.doc("BWV RV1 0352.mp4", "BWV")

    mg11_pdf(c.p("ASHWORTH A - MG11.pdf"), urn,
             dict(name="Amber ASHWORTH", occupation="Dental nurse", date="13/07/2026", sig="(Sgd) A. Ashworth",
                  witnessed_by="DC 4120 QURESHI"),
             ["I am Lauren ASHWORTH's older sister. At 03:10 on Sunday 12th July 2026 my phone rang and it was Lauren. "
              "She was whispering and crying. She said, 'Amber, I was asleep and I woke up and this lad was having sex "
              "with me. I didn't want to. I'm locked in the bathroom.' She said his name was Tyler.",
              "I told her to ring the police and I stayed on the line on my other phone while she did. I drove to the "
              "house and got there at about four, when the police were already there."], style="typed")
    c.doc("ASHWORTH A - MG11.pdf", "MG11", "first_account")

    mg11_pdf(c.p("PATEL S - FME.pdf"), urn,
             dict(name="Dr Sunita PATEL", occupation="Forensic physician, Aldermoor SARC", date="20/07/2026",
                  sig="(Sgd) S. Patel"),
             ["I am a forensic physician at Aldermoor SARC. On 12th July 2026 at 09:00 I examined Lauren ASHWORTH with her "
              "written consent, which included consent to release my notes to the police and CPS.",
              "I found no injuries. The absence of injury neither supports nor undermines an allegation of "
              "non-consensual intercourse. I took samples SP/1 (HVS), SP/2 (LVS), SP/3 (blood) and SP/4 (urine) and "
              "handed them to PC VAUGHAN."])
    c.doc("PATEL S - FME.pdf", "MG11", "expert")

    pdf = PDF(head="OFFICIAL-SENSITIVE - Castell Forensics Ltd", foot=f"CF-26-40021 | {urn} | {{page}}/{{nb}}", title="SFR1")
    pdf.title_("STREAMLINED FORENSIC REPORT - SFR1", 12)
    pdf.grid([("URN", urn), ("Lab ref.", "CF-26-40021"), ("Date", "02/10/2026")], widths=(40, 140), size=9)
    pdf.paras(["Semen identified on SP/1. DNA profile matches Tyler GRANT (reference TG/1), match probability about "
               "one in a billion.", "SP/3 blood alcohol 88 mg per 100 ml at 09:20. Back-calculation to follow."], size=10)
    pdf.save(c.p("SFR1 CF-26-40021.pdf"))
    c.doc("SFR1 CF-26-40021.pdf", "FORENSIC")

    dpn_pdf(c.p("DPN ASHWORTH.pdf"), urn, F, dict(
        user="Lauren ASHWORTH", device="Apple iPhone 12", exhibit="IQ/2", officer="DC 4120 QURESHI",
        why="Tyler GRANT says you messaged him in a friendly way after the party. The Snapchat messages between you "
            "are relevant to that claim.",
        what="Only your Snapchat conversation with Tyler GRANT.",
        params=[("Snapchat - conversation with Tyler GRANT", "11/07/2026 18:00 to 13/07/2026 18:00"),
                ("Method", "Selective extraction")],
        **{"not": "All other apps, photos, messages and data."},
        agreement=[("Device user", "(Sgd) L. Ashworth"), ("Date / time", "14/07/2026 15:30"),
                   ("Officer", "(Sgd) I. Qureshi DC 4120")]))
    c.doc("DPN ASHWORTH.pdf", "DPN")

    roti_pdf(c.p("ROTI GRANT T.pdf"), urn, "script",
             [("Interviewee", "GRANT, Tyler Jay"), ("Date", "12/07/2026"), ("Times", "14:30 - 15:12"),
              ("Officers", "DC 4120 QURESHI, DC 2748 BROOKS"), ("Solicitor", "Mr Owen BRAY, Bray & Co"),
              ("Recording", "TG/2")],
             [("00:00", "DC QURESHI", "Recording. You're under arrest for rape and under caution."),
              ("01:30", "GRANT", "We'd been kissing in the kitchen. She said come upstairs. She was awake, she pulled "
                                 "me onto the bed. It was consensual."),
              ("08:10", "DC QURESHI", "She says she was asleep and woke up with you inside her."),
              ("08:20", "GRANT", "No way. She was awake. She was kissing me."),
              ("15:40", "DC BROOKS", "Why did you leave before the police came?"),
              ("15:48", "GRANT", "I didn't know the police were coming. I just went home."),
              ("41:00", "DC QURESHI", "Interview concluded 15:12.")])
    c.doc("ROTI GRANT T.pdf", "ROTI")

    pnc_print(c.p("PNC GRANT.pdf"), urn, pb, "09/11/26 10:02",
              [dict(name="GRANT, Tyler Jay", dob="30/03/2005", sex="M", role="SUSPECT", summary="NO TRACE")])
    c.doc("PNC GRANT.pdf", "PNC")
    pnc_print(c.p("PNC witnesses GRANT case.pdf"), urn, pb, "09/11/26 10:05",
              [dict(name="ASHWORTH, Lauren", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="ASHWORTH, Amber", role="WITNESS", sex="F", summary="NO TRACE"),
               dict(name="DRAPER, Kyle", role="WITNESS (UNUSED)", sex="M", summary="NO TRACE"),
               dict(name="FOX, Mia", role="WITNESS (UNUSED)", sex="F", summary="NO TRACE")],
              title="PNC - WITNESS CHECKS")
    c.doc("PNC witnesses GRANT case.pdf", "PNC")

    schedule_xlsx(c.p("MG6C GRANT.xlsx"), "C", urn, F, rv, [
        ["001", "CALLPOINT log CP-260712-0041 (999 call 03:31) - copy with file", "Y - attached", "Yes", ""],
        ["002", "Occurrence 26*061190 - copy with file", "Y - attached", "Yes", ""],
        ["003", "PNB PC 3377 VAUGHAN (RV/2), 12/07/2026 03:58 first account", "N - held", "No - same as BWV RV/1", ""],
        ["004", "999 call audio 12/07/2026 03:31 (4 min 02 s)", "N - held", "No - content in log 001", ""],
        ["005", "Custody record GRANT 12/07/2026", "N - held", "No", ""],
        ["006", "Statement of Kyle DRAPER 20/07/2026 - saw complainant and suspect kissing about 01:00 - copy with file",
         "Y - attached", "Yes - assists defence", ""],
        ["007", "Statement of Mia FOX 21/07/2026 - saw them kissing about 01:00 - copy with file", "Y - attached",
         "Yes - assists defence", ""],
        ["008", "Notes of conversations with five other partygoers (nothing seen), 18-22/07/2026", "N - held", "No", ""],
        ["009", "E-mail from occupier of 11 Kiln Street 16/07/2026 - doorbell camera covers only own doorstep",
         "N - held", "No", ""],
        ["010", "ABE interview plan, DC QURESHI 13/07/2026", "N - held", "No", ""],
        ["011", "DPN signed 14/07/2026 and DFU extraction log (Snapchat, parameters as DPN) - DPN copy with file",
         "Y - attached", "No", ""]])
    c.doc("MG6C GRANT.xlsx", "MG6C")

    for nm, who, date, body in [
        ("DRAPER K - MG11 (unused).pdf", "Kyle DRAPER", "20/07/2026",
         ["I was at the party at 9 Kiln Street on 11th July 2026. At about one o'clock I was in the kitchen and saw "
          "Lauren, who I know a bit from college, kissing a lad I now know is Tyler GRANT. It lasted a minute. I did "
          "not see either of them after that."]),
        ("FOX M - MG11 (unused).pdf", "Mia FOX", "21/07/2026",
         ["I was at the party on Kiln Street. Around 1am I saw Lauren and a lad called Tyler kissing by the fridge. "
          "Later, about half one, I saw Lauren go upstairs on her own. She looked drunk; she was holding the banister."])]:
        mg11_pdf(c.p(nm), urn, dict(name=who, occupation="Student", date=date, sig=f"(Sgd) {who.split()[0][0]}. "
                                                                                     f"{who.split()[1].title()}",
                                    witnessed_by="DC 2748 BROOKS"), body)
        c.doc(nm, "MG11", "witness")

    mg12_pdf(c.p("MG12 GRANT.pdf"), urn, rv, [
        ("IQ/1", "ABE interview Lauren ASHWORTH 14/07/2026 (working copy)", "DC QURESHI", "Submitted with file"),
        ("IQ/2", "iPhone 12 - Lauren ASHWORTH (returned)", "DC QURESHI", "Returned"),
        ("RV/1", "BWV PC VAUGHAN 12/07/2026", "PC VAUGHAN", "With file"),
        ("RV/2", "PNB PC VAUGHAN", "PC VAUGHAN", "Held - MG6C 003"),
        ("SP/1", "HVS", "Dr PATEL", "Castell Forensics"), ("SP/2", "LVS", "Dr PATEL", "Castell Forensics"),
        ("SP/3", "Blood", "Dr PATEL", "Castell Forensics"), ("SP/4", "Urine", "Dr PATEL", "Castell Forensics"),
        ("TG/1", "Reference DNA - GRANT", "DC QURESHI", "Castell Forensics"),
        ("TG/2", "Interview recording", "DC QURESHI", "Property store")], F, "DC QURESHI", "09/11/2026")
    c.doc("MG12 GRANT.pdf", "MG12")

    mg2_docx(c.p("MG2 ASHWORTH.docx"), urn, F, [
        ("Witness", [("Name", "Lauren ASHWORTH"), ("Role", "Complainant")]),
        ("Eligibility", [("s.16", "No"), ("s.17(4)", "Yes")]),
        ("Measures and views", [("s.27 ABE evidence-in-chief", "Yes"), ("s.28 pre-recorded cross-examination",
                                                                          "Yes - wants it"),
                                ("s.24 live link", "Yes"), ("Intermediary", "Not required")]),
        ("Needs", "Exams May-June 2027. ISVA to accompany.")], "DC QURESHI")
    c.doc("MG2 ASHWORTH.docx", "MG2")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_SUMMARY", "MG11", "BWV", "FORENSIC", "DPN", "ROTI", "PNC",
               "MG6C", "MG12", "MG2"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "schedule_descriptions",
           "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, present, ["abe_recording", "mg6d"], mnf)


# ============================================================================================
# F2  52CD0377826  R v WHITFIELD  (faulty: complainant's phone fully downloaded with no DPN; the request
#     to the DFU is a blanket "full download" with no reason and no parameters)
# ============================================================================================

def case_f2(out):
    c = Case(out, "52CD0377826 WHITFIELD")
    F = FORCES["CD"]
    urn = "52CD0377826"
    rv = "Connor WHITFIELD"
    oic = dict(name="DC 5530 Kerensa PASCOE", unit="Operation Kestrel (RASSO), Porthcarrow CID",
               phone="01632 960553", mobile="07700 900553", email="kerensa.pascoe@" + F["dom"], date="12/11/2026")
    sup = [("Supervising officer", "DS 7714 Lowenna JAGO"), ("Endorsed", "11/11/2026"), ("Notes", "Approved.")]
    pb, pa = "5530 PASCOE", "11/11/2026 09:40"
    hdr = [("Suspect", "WHITFIELD, Connor (DOB 02/12/1996)"),
           ("Offence", "Rape, s.1 SOA 2003 - 03/08/2026, complainant's flat, Quayside Mews, Porthcarrow"),
           ("Bail status", "Conditional bail to 03/02/2027"), ("Charging test requested", "FULL CODE TEST")]
    sections = [
        ("Early advice", "Not sought: the suspect was arrested and interviewed within 24 hours and the issue (consent) "
                         "was clear. Recorded by DS JAGO 05/08/2026."),
        ("Circumstances", [
            "Holly BRAMWELL (27) and the suspect were in a relationship for two years until June 2026. At about 22:15 on "
            "03/08/2026 he arrived uninvited at her flat, saying he wanted to collect a jacket. In her ABE interview "
            "(attached) she says he tried to kiss her, she said no, and he pushed her onto the sofa, pulled down her "
            "shorts and had sex with her while she told him to stop.",
            "After he left at about 23:20 she went to her neighbour, Joyce EVANS, and told her what had happened. Mrs "
            "EVANS called 999 at 23:34."]),
        ("Account of the suspect", "Interviewed 04/08/2026: consensual 'goodbye sex'; she kissed him first. Likely "
                                   "defence: consent."),
        ("Lines of enquiry", [
            "Messages between them since the break-up, which he says show she wanted to get back together.",
            "Her phone was taken from her on 04/08/2026 and a full download was completed by the DFU (report "
            "attached).",
            "His phone: messages to her 01/06-04/08/2026 extracted (MG6C item 8).",
            "Neighbours: only Mrs EVANS heard anything (a raised voice about 22:40)."]),
        ("Outstanding", [("Suspect's phone - location data for 03/08/2026", "Target date 04/12/2026")]),
        ("Forensic / medical", "SARC 04/08/2026: bruise to left upper arm. Consent to release of SARC notes signed "
                               "04/08/2026. DNA not in issue (intercourse admitted)."),
        ("Victim care", [
            ("Special measures", "MG2 attached - ABE as evidence-in-chief, s.28 wanted, screens; no intermediary "
                                 "(not vulnerable)."),
            ("Needs", "No interpreter; anxiety - ISVA support."), ("ISVA", "Cardenshire ISVA Hub, 05/08/2026."),
            ("VPS", "Offered 06/08/2026 at ABE - she declined to make one for now.")]),
        ("Bail", "No contact with Holly BRAMWELL or Joyce EVANS; not to enter Quayside Mews."),
        ("Convictions", "Suspect: 2021 criminal damage (her car) - PNC attached. Witnesses: no trace."),
        ("Disclosure", "MG6C and MG6D attached; 999 log and crime report with file."),
    ]
    mg3_pdf(c.p("MG3_WHITFIELD.pdf"), urn, F, hdr, sections, sup, oic, style="rms", printed_by=pb, printed_at=pa)
    c.doc("MG3_WHITFIELD.pdf", "MG3")

    crime_report(c.p("CASTLE_CD-0377-26.pdf"), F, "mono", urn, pb, pa,
                 summary=[("Crime number", "CD/0377/26"), ("Offence", "RAPE (S1 SOA 2003)"),
                          ("Date/time", "03/08/2026 22:20 TO 23:20"), ("Location", "QUAYSIDE MEWS, PORTHCARROW"),
                          ("Reported", "03/08/2026 23:34 (999 - neighbour)"), ("Incident", "BCN-260803-0377"),
                          ("OIC", "DC 5530 PASCOE")],
                 victim=[("Name", "BRAMWELL, Holly"), ("Age", "27")],
                 suspect=[("Name", "WHITFIELD, Connor"), ("DOB", "02/12/1996"), ("Relationship", "Ex-partner")],
                 narrative=["Ex-partner attended uninvited, raped victim on sofa. Victim disclosed to neighbour who "
                            "called 999."],
                 log=[("03/08/2026 23:58", "4402 ABBOTT", "At scene; first account on BWV (CA/11)."),
                      ("04/08/2026 07:30", "5530 PASCOE", "Suspect arrested."),
                      ("04/08/2026 12:15", "5530 PASCOE", "Victim's phone taken - sent to DFU for full download."),
                      ("06/08/2026 14:00", "5530 PASCOE", "ABE (KP/1)."),
                      ("11/11/2026 09:30", "7714 JAGO", "Approved.")])
    c.doc("CASTLE_CD-0377-26.pdf", "CRIME_REPORT")
    incident_log(c.p("BEACON_BCN-260803-0377.pdf"), F, "table", "BCN-260803-0377",
                 [("Received", "03/08/2026 23:34:10 - 999"), ("Caller", "Neighbour (Joyce EVANS)")],
                 [("23:34:10", "CH0210", "CALL", "Neighbour says the girl next door has come to her crying saying her "
                                                 "ex has just raped her. He has left in a car."),
                  ("23:36:00", "DSP09", "RESOURCE", "4402 ABBOTT assigned."),
                  ("23:58:31", "4402", "ARRIVED", "On scene, BWV on."),
                  ("01:10:12", "DSP09", "CLOSED", "Crime CD/0377/26.")], pb, pa, urn)
    c.doc("BEACON_BCN-260803-0377.pdf", "INCIDENT_LOG")

    make_video(c.p("ABE BRAMWELL KP1.mp4"), 4, "abe", f"VRI Porthcarrow KP/1 {urn}", dt.datetime(2026, 8, 6, 14, 0, 10),
               701, title=f"{urn} ABE Holly BRAMWELL KP/1")
    c.doc("ABE BRAMWELL KP1.mp4", "ABE_RECORDING")
    pdf = PDF(head="OFFICIAL-SENSITIVE", foot=f"VRI summary {urn} {{page}}/{{nb}}", title="ABE summary")
    pdf.title_("VRI SUMMARY - Holly BRAMWELL", 12)
    pdf.grid([("URN", urn), ("Date", "06/08/2026 14:00-14:52"), ("Interviewer", "DC 5530 PASCOE"), ("Exhibit", "KP/1")],
             widths=(40, 140), size=9)
    pdf.tab(["Time", "Summary"], [("00:00", "Introductions"), ("03:10", "Relationship and break-up in June 2026."),
                                   ("10:20", "He arrived 22:15 for a jacket; tried to kiss her; she said no."),
                                   ("16:40", "Pushed onto sofa; shorts pulled down; penile-vaginal sex; she said stop."),
                                   ("27:00", "He left about 23:20; she went to Joyce next door."),
                                   ("35:00", "Questions; messages since break-up - she says she told him it was over."),
                                   ("49:00", "Closure - VPS offered; special measures and s.28 explained.")], (20, 160))
    pdf.save(c.p("VRI summary BRAMWELL.pdf"))
    c.doc("VRI summary BRAMWELL.pdf", "ABE_SUMMARY")

    mg11_pdf(c.p("PASCOE K stmt.pdf"), urn,
             dict(name="Kerensa PASCOE", occupation="Detective Constable 5530", date="06/08/2026",
                  sig="(Sgd) K. Pascoe DC 5530"),
             ["I am an ABE-trained Detective Constable. On Thursday 6th August 2026 between 14:00 and 14:52 I interviewed "
              "Holly BRAMWELL on video at the VRI suite, Porthcarrow. I produce the recording as exhibit KP/1.",
              "On Tuesday 4th August 2026 at 12:15 I took possession of Ms BRAMWELL's mobile phone, a Samsung Galaxy A54, "
              "exhibit KP/2, and submitted it to the Digital Forensic Unit."])
    c.doc("PASCOE K stmt.pdf", "MG11", "officer")
    mg11_pdf(c.p("ABBOTT C stmt CD0377.pdf"), urn,
             dict(name="Chloe ABBOTT", occupation="Police Constable 4402", date="04/08/2026", sig="Signed: C. Abbott",
                  place="Porthcarrow"),
             ["At 23:58 on Monday 3rd August 2026 I arrived at Quayside Mews, Porthcarrow, with body-worn video running. "
              "In the flat of Joyce EVANS I spoke to Holly BRAMWELL, who was crying and shaking.",
              "She told me: 'Connor came round for his jacket. He tried to kiss me and I said no. He pushed me on the "
              "sofa and pulled my shorts down and had sex with me. I kept saying stop.' I produce the recording as "
              "exhibit CA/11."], style="force", force=F["name"])
    c.doc("ABBOTT C stmt CD0377.pdf", "MG11", "officer")
    make_video(c.p("BWV_CA11_4402.mp4"), 3, "bwv", f"BWV 4402 CA/11 {urn}", dt.datetime(2026, 8, 3, 23, 58, 40), 702,
               title=f"{urn} BWV CA/11")
    c.doc("BWV_CA11_4402.mp4", "BWV")
    mg11_pdf(c.p("EVANS J stmt.pdf"), urn,
             dict(name="Joyce EVANS", occupation="Retired", date="04/08/2026", sig="(Sgd) J. Evans",
                  witnessed_by="PC 4402 ABBOTT"),
             ["I live next door to Holly BRAMWELL at Quayside Mews. At about twenty to eleven on Monday night I heard a "
              "man's raised voice through the wall, then it went quiet.",
              "At about twenty-five past eleven Holly knocked on my door. She was in a state, crying. She said, "
              "'Connor's just raped me, Joyce. I told him no.' I sat her down and rang 999."], style="typed")
    c.doc("EVANS J stmt.pdf", "MG11", "first_account")

    pdf = PDF(family="cond", head="OFFICIAL-SENSITIVE - Digital Forensic Unit", foot=f"DFU 26-2214 | {urn} | {{page}}/{{nb}}",
              title="Download report")
    pdf.title_("DFU DOWNLOAD REPORT - FULL FILE SYSTEM EXTRACTION", 12)
    pdf.grid([("URN", urn), ("Device", "KP/2 Samsung Galaxy A54 - Holly BRAMWELL"),
              ("Requested by", "DC 5530 PASCOE, 04/08/2026"), ("Extraction type", "Full file system"),
              ("Date range", "All data on device (no date filter)"), ("Items recovered", "48,211"),
              ("Returned to owner", "02/09/2026")], widths=(45, 135), size=9)
    pdf.tab(["Category", "Items"], [("SMS / MMS", "3,118"), ("WhatsApp messages", "19,402"), ("Images", "14,877"),
                                   ("Videos", "611"), ("Internet history", "6,240"), ("Location points", "2,955"),
                                   ("Health / fitness", "1,008")], (90, 90))
    pdf.para("Full extraction supplied on disc to the OIC for review.", size=9)
    pdf.save(c.p("DFU_download_report_KP2.pdf"))
    c.doc("DFU_download_report_KP2.pdf", "DIGITAL_EXTRACT")

    write_eml(c.p("DFU request - BRAMWELL phone.eml"), f"Kerensa Pascoe <kerensa.pascoe@{F['dom']}>",
              f"DFU Requests <dfu.requests@{F['dom']}>", f"DFU request - {urn} - KP/2 Samsung A54",
              "Tue, 04 Aug 2026 12:41:09 +0100",
              "Hi DFU,\n\nPlease can I have a full download of the victim's handset (KP/2, Samsung Galaxy A54) - all "
              "data, all apps, photos, internet history, everything from the date she got the phone. Rape job, ex-"
              "partner. Urgent please.\n\nThanks\nKerensa\nDC 5530",
              msgid="<dfu-req-0408@cardenshire.police.example>")
    c.doc("DFU request - BRAMWELL phone.eml", "CORRESPONDENCE")

    roti_docx(c.p("ROTI WHITFIELD.docx"), urn, F,
              [("Interviewee", "WHITFIELD, Connor"), ("Date", "04/08/2026"), ("Time", "11:02 - 11:40"),
               ("Officers", "DC 5530 PASCOE, DC 6021 NOWAK"), ("Solicitor", "Ms Tegen ROWSE")],
              [("00:00", "DC PASCOE", "Recording. You're under arrest for rape, under caution."),
               ("01:00", "WHITFIELD", "I went for my jacket. She kissed me. We had goodbye sex. That's it."),
               ("06:30", "DC PASCOE", "She says she said no and stop."),
               ("06:40", "WHITFIELD", "She didn't. She's been messaging me wanting to get back together."),
               ("37:50", "DC PASCOE", "Interview concluded 11:40.")])
    c.doc("ROTI WHITFIELD.docx", "ROTI")
    pnc_print(c.p("PNC_WHITFIELD_C.pdf"), urn, pb, "10/11/26 16:00",
              [dict(name="WHITFIELD, Connor", dob="02/12/1996", sex="M", role="SUSPECT", pncid="14/660213J",
                    summary="1 CONVICTION", convictions=[("09/03/2021", "Porthcarrow Magistrates",
                                                          "Criminal damage (car of Holly BRAMWELL)",
                                                          "Conditional discharge 12 months; compensation")])])
    c.doc("PNC_WHITFIELD_C.pdf", "PNC")
    pnc_print(c.p("PNC_wits_CD0377.pdf"), urn, pb, "10/11/26 16:04",
              [dict(name="BRAMWELL, Holly", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="EVANS, Joyce", role="WITNESS", sex="F", summary="NO TRACE")], title="PNC - WITNESSES")
    c.doc("PNC_wits_CD0377.pdf", "PNC")

    schedule_xlsx(c.p("MG6C.xlsx"), "C", urn, F, rv, [
        [1, "BEACON log BCN-260803-0377 - copy with file", "Attached", "Yes - first complaint", ""],
        [2, "CASTLE crime report CD/0377/26 - copy with file", "Attached", "Yes", ""],
        [3, "999 call audio 03/08/2026 23:34 (Mrs EVANS)", "Held", "No - content in log", ""],
        [4, "Custody record WHITFIELD 04/08/2026", "Held", "No", ""],
        [5, "Full extraction of KP/2 on disc (48,211 items) - DFU job 26-2214", "Held", "Not yet reviewed", ""],
        [6, "SARC notes 04/08/2026 (consent signed)", "Held", "No", ""],
        [7, "ABE interview plan 05/08/2026", "Held", "No", ""],
        [8, "Extraction of suspect's phone - messages with complainant 01/06-04/08/2026", "Held", "No", ""]])
    c.doc("MG6C.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D.xlsx"), "D", urn, F, rv, [
        [1, "ISVA referral 05/08/2026", "Confidential support service", "Inspect", ""],
        [2, "MARAC minutes 20/08/2026", "Multi-agency safeguarding; third-party information", "Inspect", ""]])
    c.doc("MG6D.xlsx", "MG6D")
    write_xlsx(c.p("MG12.xlsx"), [dict(
        name="MG12", pre=["MG12 EXHIBIT LIST", ("URN", urn, "R v", rv)],
        headings=["Ref", "Description", "Produced by", "Where"],
        rows=[["KP/1", "VRI Holly BRAMWELL 06/08/2026", "DC PASCOE", "With file"],
              ["KP/2", "Samsung Galaxy A54 - Holly BRAMWELL (returned 02/09/2026)", "DC PASCOE", "Returned"],
              ["CA/11", "BWV PC ABBOTT 03/08/2026", "PC ABBOTT", "With file"]], widths=[10, 50, 16, 16])],
        author="DC PASCOE", title="MG12")
    c.doc("MG12.xlsx", "MG12")
    mg2_docx(c.p("MG2_BRAMWELL.docx"), urn, F, [
        ("Witness", [("Name", "Holly BRAMWELL"), ("Role", "Complainant")]),
        ("Measures and views", [("s.27", "Yes"), ("s.28", "Yes - wants pre-recorded cross-examination"),
                                ("s.23 screens", "Yes"), ("Intermediary", "Not needed - not vulnerable under s.16")]),
        ("Needs", "Anxiety - ISVA support; no interpreter.")], "DC PASCOE")
    c.doc("MG2_BRAMWELL.docx", "MG2")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "DIGITAL_EXTRACT",
               "CORRESPONDENCE", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
           "mg6d", "schedule_descriptions", "rebuttable_presumption", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, present, ["dig_dpn", "dig_prop", "digital_proportionality"], mnf)


def phone_screenshot(path, title, msgs, status="10:15"):
    """A PNG screenshot of a messaging app conversation (phone aspect ratio)."""
    W, H = 720, 1480
    im = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, W, 50), fill=(20, 20, 20))
    d.text((24, 12), status, font=font("DejaVuSans-Bold.ttf", 22), fill=(255, 255, 255))
    d.text((W - 120, 12), "4G  78%", font=font("DejaVuSans.ttf", 20), fill=(255, 255, 255))
    d.rectangle((0, 50, W, 150), fill=(60, 72, 96))
    d.ellipse((24, 70, 84, 130), fill=(180, 190, 210))
    d.text((104, 78), title, font=font("DejaVuSans-Bold.ttf", 30), fill=(255, 255, 255))
    y = 180
    fr = font("DejaVuSans.ttf", 27)
    fs = font("DejaVuSans.ttf", 19)
    for who, when, text in msgs:
        if who == "date":
            tw = d.textlength(text, font=fs)
            d.rounded_rectangle(((W - tw) / 2 - 14, y, (W + tw) / 2 + 14, y + 34), 12, fill=(210, 220, 230))
            d.text(((W - tw) / 2, y + 6), text, font=fs, fill=(60, 60, 60))
            y += 56
            continue
        lines = textwrap.wrap(text, 28)
        bw = max(d.textlength(l, font=fr) for l in lines + [when]) + 36
        bh = 38 * len(lines) + 44
        x0 = 24 if who == "them" else W - 24 - bw
        d.rounded_rectangle((x0, y, x0 + bw, y + bh), 18, fill=(255, 255, 255) if who == "them" else (214, 240, 200))
        for i, l in enumerate(lines):
            d.text((x0 + 18, y + 12 + 38 * i), l, font=fr, fill=(20, 20, 20))
        d.text((x0 + bw - d.textlength(when, font=fs) - 14, y + bh - 30), when, font=fs, fill=(110, 110, 110))
        y += bh + 22
    im.save(str(path), "PNG", optimize=True)


# ============================================================================================
# F3  41EM0140226  R v SOUTHGATE  (faulty: first-account colleague named but no statement from her;
#     MG6C entries not described ("Misc paperwork", "Various"); outstanding evidence without target dates)
# ============================================================================================

def case_f3(out):
    c = Case(out, "41EM0140226")
    F = FORCES["EM"]
    urn = "41EM0140226"
    rv = "Ryan SOUTHGATE"
    oic = dict(name="DC 2290 Paul YATES", unit="Eastmarch RASSO Team, Hollinsford", phone="01632 960229",
               mobile="07700 900229", email="paul.yates@" + F["dom"], date="14/11/2026")
    sup = [("Endorsing supervisor", "DS 4410 Colin FAIRBAIRN"), ("Date endorsed", "13/11/2026"),
           ("Supervisor's note", "Submit.")]
    pb, pa = "2290 YATES", "13/11/2026 08:55"
    hdr = [("Suspect", "SOUTHGATE, Ryan   born 27/08/1996"),
           ("Offence", "Rape (s.1 SOA 2003) - 19/09/2026 - 5 Orchard Close, Hollinsford"),
           ("Custody / bail", "Released under investigation 23/09/2026 - bail not necessary: lives 12 miles away, no "
                              "contact since, no threats; reviewed 23/10/2026"),
           ("Decision sought", "Charging decision - Full Code Test")]
    sections = [
        ("Early advice", "Not sought - the suspect was arrested and interviewed within four days and the case turns on "
                         "a single issue (consent)."),
        ("Case summary", [
            "Aimee CARLISLE (26) met the suspect through the Hinge app. On 19/09/2026, their second date, they went "
            "back to his house at 5 Orchard Close after drinks. She says that when he began to undress her she said she "
            "did not want to have sex and wanted to go home; he held her down on the bed by her shoulders and had "
            "penile-vaginal sex with her. She left at about 01:00 by taxi.",
            "She told no one over the weekend. On Monday 21/09/2026 she told her work colleague, Bethany COLE, in the "
            "staff kitchen at Marchfield Insurance, what had happened; Ms COLE encouraged her to report it and she rang "
            "101 that evening. At 10:15 on 20/09/2026 the suspect had sent her a message: 'sorry if I got carried away "
            "x' (her screenshot, exhibit PY/2).",
            "ABE interview 24/09/2026 (exhibit PY/1, summary attached)."]),
        ("Suspect's account", "Interviewed 23/09/2026: consensual sex; she undressed herself; the 'carried away' "
                              "message was an apology for being drunk and loud in the pub. Likely defence: consent."),
        ("Lines of enquiry (including those pointing away from the suspect)", [
            "Pub staff at The Plough, Hollinsford, who served them: both appeared relaxed and affectionate at 23:30 "
            "(supports his account of the evening; notes on MG6C).",
            "Taxi record (Hollinsford Taxis): pick-up 01:04 from Orchard Close, consistent with both accounts.",
            "Suspect's phone (seized on arrest): submitted to the DFU for his messages with the complainant from "
            "10/09/2026 to 23/09/2026 and his other messages sent on 19-20/09/2026 (reason: his explanation of the "
            "'carried away' message).",
            "Her phone was not examined: she provided screenshots of the whole Hinge conversation herself, and there "
            "is no other digital line of enquiry on her device."]),
        ("Outstanding evidence", [
            "DNA results from the SARC swabs are awaited from the laboratory.",
            "The download of the suspect's phone is awaited from the DFU.",
            "Statement from the taxi driver is to be obtained."]),
        ("Forensic and medical", "SARC 22/09/2026 (Dr F. NOLAN): bruising to both shoulders. She signed consent to "
                                 "the release of the SARC notes and photographs. Results as above."),
        ("Victim care and special measures", [
            ("MG2", "Attached - ABE as evidence-in-chief; wants s.28; screens; not vulnerable - no intermediary."),
            ("Needs", "No interpreter. Works office hours."),
            ("ISVA", "Eastmarch ISVA service, 22/09/2026."),
            ("VPS", "Offered at ABE; she will make one before any trial.")]),
        ("Previous convictions", "Suspect: no trace. Witnesses: complainant and Ms COLE no trace."),
        ("Disclosure", "MG6C and MG6D attached; the 101 log, crime report and PNC checks are with the file."),
    ]
    mg3_docx(c.p("MG3 SOUTHGATE.docx"), urn, F, hdr, sections, sup, oic)
    c.doc("MG3 SOUTHGATE.docx", "MG3")

    crime_report(c.p("MARCHNET EM-26-014022.pdf"), F, "mono", urn, pb, pa,
                 summary=[("Crime ref", "EM/26/014022"), ("Offence", "RAPE S1 SOA 2003"),
                          ("Date", "19/09/2026 23:45 - 20/09/2026 01:00"), ("Location", "5 ORCHARD CLOSE, HOLLINSFORD"),
                          ("Reported", "21/09/2026 18:20 (101)"), ("Log", "SF-260921-0902"), ("OIC", "DC 2290 YATES")],
                 victim=[("Name", "CARLISLE, Aimee"), ("Age", "26")],
                 suspect=[("Name", "SOUTHGATE, Ryan"), ("DOB", "27/08/1996"), ("Status", "RUI")],
                 narrative=["Second date via Hinge. Victim said no; suspect held her down by shoulders and raped her. "
                            "Disclosed to work colleague on Monday; reported by 101."],
                 log=[("21/09/2026 20:05", "1450 REID", "Visited victim; first account on BWV (DR/4)."),
                      ("22/09/2026 10:00", "SARC", "FME Dr NOLAN - swabs FN/1-FN/3, photographs FN/4."),
                      ("23/09/2026 07:10", "2290 YATES", "Suspect arrested; phone seized PY/3; interviewed; RUI."),
                      ("24/09/2026 14:00", "2290 YATES", "ABE PY/1; screenshots PY/2 provided by victim."),
                      ("13/11/2026 08:50", "4410 FAIRBAIRN", "Submit.")])
    c.doc("MARCHNET EM-26-014022.pdf", "CRIME_REPORT")
    incident_log(c.p("STORMFRONT SF-260921-0902.pdf"), F, "mono", "SF-260921-0902",
                 [("Created", "21/09/2026 18:20:41"), ("Channel", "101 VOICE"), ("Category", "SEXUAL OFFENCE - RAPE")],
                 [("18:20:41", "OCC07", "CALL", "Caller says a man she was on a date with raped her at his house on "
                                                "Saturday night. She told her friend at work today who said to ring."),
                  ("18:24:10", "OCC07", "THRIVE", "No immediate risk. Appointment tonight 20:00."),
                  ("20:05:33", "1450", "UPDATE", "With caller. BWV on."),
                  ("21:02:00", "OCC07", "CLOSE", "Crime EM/26/014022.")], pb, pa, urn)
    c.doc("STORMFRONT SF-260921-0902.pdf", "INCIDENT_LOG")

    make_video(c.p("PY1 ABE CARLISLE.mp4"), 4, "abe", f"EASTMARCH ABE PY/1 {urn}", dt.datetime(2026, 9, 24, 14, 0, 3),
               801, title=f"{urn} ABE Aimee CARLISLE PY/1")
    c.doc("PY1 ABE CARLISLE.mp4", "ABE_RECORDING")
    abe_summary_docx(c.p("PY1 ABE summary.docx"), urn, F,
                     [("Interviewer", "DC 2290 YATES"), ("Witness", "Aimee CARLISLE"),
                      ("Date", "24/09/2026 14:00-15:02"), ("Exhibit", "PY/1")],
                     [("00:00", "Introductions."), ("04:00", "Hinge; first date 12/09; second date 19/09 at The Plough."),
                      ("14:30", "Back to his house about 23:40; kissing; she said she didn't want sex and wanted to go "
                                "home."),
                      ("22:10", "He pushed her down by the shoulders and had sex with her; she said no and cried."),
                      ("33:00", "Left about 01:00 by taxi; his message the next morning."),
                      ("41:00", "Told Bethany at work on Monday; reported that evening."),
                      ("55:00", "Closure - VPS and special measures explained.")])
    c.doc("PY1 ABE summary.docx", "ABE_SUMMARY")

    mg11_docx(c.p("YATES P MG11.docx"), urn,
              dict(name="Paul YATES", occupation="Detective Constable 2290", date="24/09/2026",
                   sig="[signed] P. Yates", taken_by="DC 2290 YATES", pages="1"),
              ["I am an ABE-trained Detective Constable. On Thursday 24th September 2026 between 14:00 and 15:02 I "
               "interviewed Aimee CARLISLE on video at the Hollinsford ABE suite. I produce the recording as exhibit "
               "PY/1.",
               "After the interview Ms CARLISLE showed me on her phone her Hinge conversation with Ryan SOUTHGATE and "
               "took screenshots of it herself, which she sent to my work e-mail. I produce the screenshot of the "
               "messages of 20th September 2026 as exhibit PY/2. Her phone was not taken or examined.",
               "On Wednesday 23rd September 2026 I seized Ryan SOUTHGATE's mobile phone on his arrest, exhibit PY/3."],
              F["name"])
    c.doc("YATES P MG11.docx", "MG11", "officer")
    mg11_pdf(c.p("REID D MG11.pdf"), urn,
             dict(name="Dominic REID", occupation="Police Constable 1450", date="21/09/2026", sig="Signed: D. Reid",
                  place="Hollinsford"),
             ["At 20:05 on Monday 21st September 2026 I visited Aimee CARLISLE at her home in Hollinsford following her "
              "101 call (SF-260921-0902). I had body-worn video running throughout and I produce the recording as "
              "exhibit DR/4.",
              "She told me that on Saturday night a man called Ryan, whom she had met on Hinge, had held her down by the "
              "shoulders and had sex with her at his house after she told him she did not want to. She said she had "
              "told her friend from work, Bethany, that morning."], style="force", force=F["name"])
    c.doc("REID D MG11.pdf", "MG11", "officer")
    make_video(c.p("BWV DR4 1450.mp4"), 3, "bwv", f"BWV 1450 REID DR/4 {urn}", dt.datetime(2026, 9, 21, 20, 5, 30), 802,
               title=f"{urn} BWV DR/4")
    c.doc("BWV DR4 1450.mp4", "BWV")

    pdf = PDF(head="OFFICIAL-SENSITIVE - MEDICAL IN CONFIDENCE", foot=f"Hollinsford SARC - {urn} - {{page}}/{{nb}}",
              title="SARC report")
    pdf.title_("HOLLINSFORD SARC - FORENSIC MEDICAL REPORT", 12)
    pdf.grid([("URN", urn), ("Patient", "Aimee CARLISLE, 26"), ("Date", "22/09/2026 10:00"),
              ("Examiner", "Dr Fiona NOLAN, forensic physician"),
              ("Consent", "Signed: examination, samples, photographs; release of notes and photographs to police and CPS")],
             widths=(40, 140), size=9)
    pdf.paras(["Bruising: two 15-20 mm bruises over the front of each shoulder, 2-3 days old in appearance. No genital "
               "injury. Samples FN/1 (HVS), FN/2 (LVS), FN/3 (external); photographs FN/4."], size=9.5)
    pdf.save(c.p("SARC report NOLAN.pdf"))
    c.doc("SARC report NOLAN.pdf", "MEDICAL")

    phone_screenshot(c.p("Screenshot_20260924-151822.png"), "Ryan (Hinge)", [
        ("date", "", "Sat 19 Sep"),
        ("them", "18:02", "still on for the plough at 8?"), ("me", "18:10", "yes! see you there"),
        ("date", "", "Sun 20 Sep"),
        ("them", "10:15", "sorry if I got carried away x"),
        ("them", "13:40", "you ok?"),
        ("me", "21:12", "No I'm not ok. I said no.")], status="15:18")
    c.doc("Screenshot_20260924-151822.png", ["OTHER", "DIGITAL_EXTRACT"])

    roti_pdf(c.p("ROTI SOUTHGATE.pdf"), urn, "mg15",
             [("Person interviewed", "SOUTHGATE, Ryan"), ("Date / time", "23/09/2026 11:15-11:58"),
              ("Place", "Hollinsford custody"), ("Officers", "DC 2290 YATES, DC 1190 MARSH"),
              ("Solicitor", "Mr Leon ABARA")],
             [("00:00", "DC YATES", "Recording. You're under arrest for rape and under caution."),
              ("02:10", "SOUTHGATE", "We had sex. She wanted to. She took her own dress off."),
              ("09:45", "DC YATES", "She says she said no and you held her down by her shoulders."),
              ("09:55", "SOUTHGATE", "No. Never."),
              ("14:20", "DC MARSH", "What did you mean, 'sorry if I got carried away'?"),
              ("14:30", "SOUTHGATE", "I was loud and drunk in the pub. That's all."),
              ("42:00", "DC YATES", "Interview concluded 11:58.")])
    c.doc("ROTI SOUTHGATE.pdf", "ROTI")
    pnc_print(c.p("PNC SOUTHGATE.pdf"), urn, pb, "12/11/26 15:10",
              [dict(name="SOUTHGATE, Ryan", dob="27/08/1996", sex="M", role="SUSPECT", summary="NO TRACE")])
    c.doc("PNC SOUTHGATE.pdf", "PNC")
    pnc_print(c.p("PNC witnesses SOUTHGATE.pdf"), urn, pb, "12/11/26 15:12",
              [dict(name="CARLISLE, Aimee", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="COLE, Bethany", role="WITNESS", sex="F", summary="NO TRACE")], title="PNC - WITNESSES")
    c.doc("PNC witnesses SOUTHGATE.pdf", "PNC")

    schedule_xlsx(c.p("MG6C SOUTHGATE.xlsx"), "C", urn, F, rv, [
        [1, "Misc paperwork", "N", "", ""],
        [2, "Various notes", "N", "", ""],
        [3, "Emails", "N", "", ""],
        [4, "Officer notes", "N", "", ""],
        [5, "CCTV", "N", "", ""],
        [6, "Documents from taxi firm", "N", "", ""],
        [7, "Custody record", "N", "", ""]])
    c.doc("MG6C SOUTHGATE.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D SOUTHGATE.xlsx"), "D", urn, F, rv, [
        [1, "ISVA referral form 22/09/2026", "Confidential support service", "Inspect", ""],
        [2, "Addresses and phone numbers of complainant and witnesses", "Personal data", "Inspect", ""]])
    c.doc("MG6D SOUTHGATE.xlsx", "MG6D")
    mg12_pdf(c.p("MG12 SOUTHGATE.pdf"), urn, rv, [
        ("PY/1", "ABE interview Aimee CARLISLE 24/09/2026", "DC YATES", "With file"),
        ("PY/2", "Screenshot of Hinge messages 19-20/09/2026", "DC YATES", "With file"),
        ("PY/3", "Mobile phone - Ryan SOUTHGATE", "DC YATES", "DFU"),
        ("DR/4", "BWV PC REID 21/09/2026", "PC REID", "With file"),
        ("FN/1", "HVS", "Dr NOLAN", "Laboratory"), ("FN/2", "LVS", "Dr NOLAN", "Laboratory"),
        ("FN/3", "External swab", "Dr NOLAN", "Laboratory"), ("FN/4", "SARC photographs", "Dr NOLAN", "SARC")],
        F, "DC YATES", "13/11/2026")
    c.doc("MG12 SOUTHGATE.pdf", "MG12")
    mg2_docx(c.p("MG2 CARLISLE.docx"), urn, F, [
        ("Witness", [("Name", "Aimee CARLISLE"), ("Role", "Complainant")]),
        ("Measures and views", [("s.27 ABE", "Yes"), ("s.28", "Yes - she wants to pre-record"), ("Screens", "Yes"),
                                ("Intermediary", "Not needed - not vulnerable")]),
        ("Needs", "None beyond ISVA support; no interpreter.")], "DC YATES")
    c.doc("MG2 CARLISLE.docx", "MG2")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "MEDICAL", "ROTI",
               "PNC", "MG6C", "MG6D", "MG12", "MG2"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(1, present, ["key_statements", "schedule_descriptions", "outstanding_dated"], mnf)


# ============================================================================================
# F4  22SV0655226  R v PRYCE  (faulty: special measures never considered - no MG2, nothing on the MG3 -
#     and nothing records whether a VPS was offered)
# ============================================================================================

def case_f4(out):
    c = Case(out, "R v PRYCE 22SV0655226")
    F = FORCES["SV"]
    urn = "22SV0655226"
    rv = "Dale PRYCE"
    oic = dict(name="DC 3380 Adaeze OYELARAN", unit="Domestic Abuse & Sexual Offences Team, Severnmouth Central",
               phone="01632 960338", mobile="07700 900338", email="adaeze.oyelaran@" + F["dom"], date="11/11/2026")
    sup = [("Supervisor", "DS 2205 Gareth PRICHARD"), ("Date", "10/11/2026"), ("Comment", "Approved for CPS.")]
    pb, pa = "3380 OYELARAN", "10/11/2026 13:02"
    hdr = [("Suspect", "PRYCE, Dale Anthony - DOB 11/02/1982 - private hire driver"),
           ("Offences", "Assault by penetration (s.2 SOA 2003); sexual assault (s.3 SOA 2003) - 30/08/2026, lay-by on "
                        "Docks Road, Severnmouth"),
           ("Bail", "Conditional bail to 30/11/2026: not to contact Georgia LANE or Sian MORGAN; not to drive for "
                    "hire (licence suspended by the council 01/09/2026)"),
           ("Decision requested", "Full Code Test")]
    sections = [
        ("Early advice", "Early advice was not sought because the suspect was identified from the booking record and "
                         "interviewed within 24 hours, and the evidential position was straightforward."),
        ("Summary", [
            "At 02:02 on 30/08/2026 Georgia LANE (22) was picked up from Marine Parade, Severnmouth, by a Severn Cars "
            "private hire vehicle booked through the app; the driver was the suspect. In her ABE interview (exhibit "
            "AO/7) she says that instead of taking her home he stopped in the lay-by on Docks Road, got into the back "
            "seat, grabbed her breasts and pushed his hand inside her leggings and put his fingers in her vagina. She "
            "kicked him, got out and ran towards the main road.",
            "At 02:19 she phoned her friend Sian MORGAN and told her what had happened; Ms MORGAN called 999 at 02:25 and "
            "her father drove to collect her. PC 6690 BENNETT met them at 02:51 and recorded her first account on "
            "body-worn video."]),
        ("Suspect's account", "Interviewed 30/08/2026: accepts driving her; denies stopping or touching her; says she "
                              "was drunk and abusive, refused to pay, and he told her to get out on Docks Road."),
        ("Lines of enquiry (including those pointing away from the suspect)", [
            "Booking and GPS record from Severn Cars: the vehicle was stationary in the Docks Road lay-by from 02:09 to "
            "02:14 (e-mail from the operator attached). This contradicts his account of simply putting her out.",
            "In-car camera: none fitted; the council licensing officer confirmed by e-mail that Severnmouth does not "
            "require cameras in private hire vehicles.",
            "Payment dispute: the app record shows the fare was pre-paid by card at booking, which undermines his "
            "'refused to pay' account.",
            "Her phone has not been examined: the booking app record was obtained from the operator, and her 02:19 call "
            "to Ms MORGAN is shown on Ms MORGAN's phone, which officers viewed."]),
        ("Outstanding", [("DNA from fingernail and vulval swabs (Castell Forensics CF-26-51140)", "Target 10/12/2026")]),
        ("Forensic / medical", "SARC 30/08/2026 (Dr K. AMOAH) - statement attached; she consented in writing to the "
                               "release of the SARC notes to police and CPS."),
        ("Victim", [("Needs", "No interpreter. Student - contact by text message. Her ISVA is Ewa SOKOL."),
                    ("ISVA", "Severnmouth ISVA Service, referral 31/08/2026.")]),
        ("Previous convictions", "Suspect: 2009 common assault - PNC attached. Witnesses: no trace."),
        ("Disclosure", "MG6C and MG6D attached. 999 log, BWV of the first account and crime report are with the file."),
    ]
    mg3_pdf(c.p("MG3_PRYCE_FCT.pdf"), urn, F, hdr, sections, sup, oic, style="form")
    c.doc("MG3_PRYCE_FCT.pdf", "MG3")

    crime_report(c.p("Harbour_SV-26-51140.pdf"), F, "grid", urn, pb, pa,
                 summary=[("Crime no.", "SV/26/51140"), ("Offences", "s.2 and s.3 SOA 2003"),
                          ("When", "30/08/2026 02:09-02:14"), ("Where", "Lay-by, Docks Road, Severnmouth"),
                          ("Reported", "30/08/2026 02:25 (999 by friend)"), ("Incident", "SV-260830-0052"),
                          ("OIC", "DC 3380 OYELARAN")],
                 victim=[("Name", "LANE, Georgia"), ("Age", "22"), ("Occupation", "Student")],
                 suspect=[("Name", "PRYCE, Dale Anthony"), ("DOB", "11/02/1982"),
                          ("Status", "Arrested 30/08/2026 09:40; bail with conditions")],
                 narrative=["Victim picked up by private hire driver, who stopped in a lay-by, got into the back and "
                            "sexually assaulted her including digital penetration. Victim escaped on foot."],
                 log=[("30/08/2026 02:51", "6690 BENNETT", "With victim and friend; BWV first account LB/1."),
                      ("30/08/2026 09:40", "3380 OYELARAN", "Suspect arrested at home; vehicle seized."),
                      ("30/08/2026 11:00", "SARC", "Dr AMOAH - samples KA/1-KA/3."),
                      ("01/09/2026 14:00", "3380 OYELARAN", "ABE AO/7."),
                      ("10/11/2026 13:00", "2205 PRICHARD", "Approved.")])
    c.doc("Harbour_SV-26-51140.pdf", "CRIME_REPORT")
    incident_log(c.p("TIDEWATCH SV-260830-0052.pdf"), F, "table", "SV-260830-0052",
                 [("Created", "30/08/2026 02:25:12"), ("Source", "999 - friend of victim")],
                 [("02:25:12", "CH44", "CALL", "Caller's friend has rung her crying: a taxi driver stopped on Docks Road "
                                               "and put his hand in her leggings and inside her. Friend's dad driving "
                                               "to get her."),
                  ("02:27:40", "DSP3", "RESOURCE", "6690 BENNETT assigned."),
                  ("02:51:05", "6690", "ARRIVED", "With victim at Docks Road / A48 junction. BWV on."),
                  ("03:40:19", "DSP3", "CLOSED", "Crime SV/26/51140.")], pb, pa, urn)
    c.doc("TIDEWATCH SV-260830-0052.pdf", "INCIDENT_LOG")

    make_video(c.p("AO7_ABE_LANE_G.mp4"), 4, "abe", f"ABE Severnmouth Suite 1 AO/7 {urn}",
               dt.datetime(2026, 9, 1, 14, 0, 30), 901, title=f"{urn} ABE Georgia LANE AO/7")
    c.doc("AO7_ABE_LANE_G.mp4", "ABE_RECORDING")
    pdf = PDF(head="OFFICIAL-SENSITIVE", foot=f"ABE summary - {urn} - Page {{page}} of {{nb}}", title="ABE summary")
    pdf.title_("ABE INTERVIEW - SUMMARY", 12)
    pdf.grid([("URN", urn), ("Interviewee", "Georgia LANE"), ("Date", "01/09/2026 14:00-14:48"),
              ("Interviewer", "DC 3380 OYELARAN"), ("Recording", "AO/7")], widths=(40, 140), size=9)
    pdf.tab(["Counter", "Summary"], [
        ("00:00", "Introductions, ground rules."), ("02:30", "Night out on Marine Parade; booked Severn Cars at 01:55."),
        ("08:00", "Driver chatty; turned onto Docks Road; stopped in lay-by; said he needed a break."),
        ("12:40", "He got in the back, grabbed her breasts, pushed hand in leggings, fingers in vagina; she kicked him, "
                  "got out, ran."),
        ("22:00", "Phoned Sian; Sian's dad came; police."),
        ("30:00", "Questions: description of driver and car; fare paid in the app."),
        ("46:00", "Closure: thanks; next steps explained.")], (22, 158))
    pdf.save(c.p("ABE summary LANE.pdf"))
    c.doc("ABE summary LANE.pdf", "ABE_SUMMARY")

    mg11_docx(c.p("OYELARAN A - statement.docx"), urn,
              dict(name="Adaeze OYELARAN", occupation="Detective Constable 3380", date="01/09/2026",
                   sig="[signed] A. Oyelaran DC 3380", taken_by="DC 3380 OYELARAN", pages="1"),
              ["On Tuesday 1st September 2026 between 14:00 and 14:48 I interviewed Georgia LANE on video at ABE Suite 1, "
               "Severnmouth Central. I produce the working copy of the recording as exhibit AO/7."], F["name"])
    c.doc("OYELARAN A - statement.docx", "MG11", "officer")
    mg11_pdf(c.p("BENNETT L - statement.pdf"), urn,
             dict(name="Luke BENNETT", occupation="Police Constable 6690", date="30/08/2026", sig="(Sgd) L. Bennett"),
             ["At 02:51 on Sunday 30th August 2026 I met Georgia LANE, Sian MORGAN and Ms MORGAN's father at the junction "
              "of Docks Road and the A48, Severnmouth. My body-worn video was running and I produce it as exhibit LB/1.",
              "Ms LANE was crying. She told me: 'The taxi driver stopped in the lay-by and got in the back and grabbed me "
              "and put his hand down my leggings and inside me. I kicked him and ran.'"])
    c.doc("BENNETT L - statement.pdf", "MG11", "officer")
    make_video(c.p("BWV_LB1_6690.mp4"), 3, "bwv", f"BWV 6690 BENNETT LB/1 {urn}", dt.datetime(2026, 8, 30, 2, 51, 10), 902,
               title=f"{urn} BWV LB/1")
    c.doc("BWV_LB1_6690.mp4", "BWV")
    mg11_pdf(c.p("MORGAN S - statement.pdf"), urn,
             dict(name="Sian MORGAN", occupation="Student", date="31/08/2026", sig="Signed: S. Morgan",
                  place="Severnmouth Central"),
             ["Georgia LANE is my best friend from university. At 02:19 on Sunday 30th August 2026 she rang me. She was "
              "crying and out of breath. She said, 'Sian, the taxi driver stopped and got in the back and put his hand in "
              "my leggings, he put his fingers in me. I'm on Docks Road.'",
              "I rang 999 at 02:25 and my dad drove us to find her. I showed the police officer the call on my phone."],
             style="force", force=F["name"])
    c.doc("MORGAN S - statement.pdf", "MG11", "first_account")
    mg11_pdf(c.p("AMOAH K - FME statement.pdf"), urn,
             dict(name="Dr Kwame AMOAH", occupation="Forensic physician, Severnmouth SARC", date="04/09/2026",
                  sig="(Sgd) K. Amoah"),
             ["On 30th August 2026 at 11:00 I examined Georgia LANE at Severnmouth SARC with her written consent, "
              "including consent to release my notes to the police and CPS.",
              "I found a 20 mm bruise on the left upper arm. There was no genital injury; its absence does not indicate "
              "whether the touching was consented to. I took KA/1 fingernail scrapings, KA/2 vulval swab and KA/3 "
              "breast swabs, and handed them to DC OYELARAN."])
    c.doc("AMOAH K - FME statement.pdf", "MG11", "expert")

    write_eml(c.p("Severn Cars booking and GPS.eml"), "Operations <ops@severncars.example>",
              f"Adaeze Oyelaran <adaeze.oyelaran@{F['dom']}>", f"RE: Booking SC-883102 - police request {urn}",
              "Mon, 31 Aug 2026 09:14:55 +0100",
              "DC Oyelaran,\n\nBooking SC-883102: passenger G. Lane, pick-up Marine Parade 02:02, driver D. PRYCE "
              "(badge 4471), fare GBP 14.60 pre-paid by card at 01:55. GPS: vehicle stationary at Docks Road lay-by "
              "02:09-02:14, then returned to the town centre rank 02:26; trip closed by driver 02:15 as 'passenger "
              "no-show'.\n\nSevern Cars Operations", msgid="<sc-883102@severncars.example>")
    c.doc("Severn Cars booking and GPS.eml", "CORRESPONDENCE")
    write_eml(c.p("Licensing - in-car cameras.eml"), "Licensing <licensing@severnmouth-council.example>",
              f"Adaeze Oyelaran <adaeze.oyelaran@{F['dom']}>", f"RE: In-car CCTV - vehicle PH0443 - {urn}",
              "Tue, 01 Sep 2026 11:30:02 +0100",
              "Hello, there is no requirement for cameras in private hire vehicles licensed by Severnmouth and PH0443 "
              "has no camera registered with us. The driver's licence was suspended today.\n\nLicensing Team",
              msgid="<lic-ph0443@severnmouth-council.example>")
    c.doc("Licensing - in-car cameras.eml", "CORRESPONDENCE")

    roti_pdf(c.p("ROTI PRYCE D.pdf"), urn, "script",
             [("Interviewee", "PRYCE, Dale Anthony"), ("Date", "30/08/2026"), ("Times", "15:05 - 15:40"),
              ("Officers", "DC 3380 OYELARAN, DC 4471 LLOYD"), ("Solicitor", "Mr Huw BEVAN")],
             [("00:00", "DC OYELARAN", "Recording. You're under arrest and under caution."),
              ("01:10", "PRYCE", "I picked her up. She was hammered and mouthy. She wouldn't pay so I told her to get "
                                 "out on Docks Road."),
              ("05:30", "DC OYELARAN", "Did you stop in the lay-by?"), ("05:35", "PRYCE", "Only to let her out."),
              ("09:00", "DC OYELARAN", "Did you get into the back of the car?"), ("09:04", "PRYCE", "No."),
              ("12:20", "DC LLOYD", "The app shows the fare was paid when she booked."),
              ("12:30", "PRYCE", "No comment."), ("34:50", "DC OYELARAN", "Interview concluded 15:40.")])
    c.doc("ROTI PRYCE D.pdf", "ROTI")
    pnc_print(c.p("PNC PRYCE.pdf"), urn, pb, "09/11/26 14:00",
              [dict(name="PRYCE, Dale Anthony", dob="11/02/1982", sex="M", role="SUSPECT", pncid="00/410288D",
                    summary="1 CONVICTION", convictions=[("15/06/2009", "Severnmouth Magistrates", "Common assault",
                                                          "Fine GBP 200")])])
    c.doc("PNC PRYCE.pdf", "PNC")
    pnc_print(c.p("PNC witnesses PRYCE.pdf"), urn, pb, "09/11/26 14:03",
              [dict(name="LANE, Georgia", role="COMPLAINANT", sex="F", summary="NO TRACE"),
               dict(name="MORGAN, Sian", role="WITNESS", sex="F", summary="NO TRACE")], title="PNC - WITNESSES")
    c.doc("PNC witnesses PRYCE.pdf", "PNC")
    schedule_xlsx(c.p("MG6C PRYCE.xlsx"), "C", urn, F, rv, [
        [1, "TIDEWATCH log SV-260830-0052 (999 call by Sian MORGAN) - copy with file", "Yes - copy", "Yes", ""],
        [2, "Crime report SV/26/51140 - copy with file", "Yes - copy", "Yes", ""],
        [3, "999 call audio 30/08/2026 02:25", "No - held", "No - content in log", ""],
        [4, "Severn Cars booking SC-883102 and GPS e-mail 31/08/2026 - copy with file", "Yes - copy",
         "Yes - undermines suspect's account", ""],
        [5, "Licensing e-mail 01/09/2026 - no in-car camera - copy with file", "Yes - copy", "No", ""],
        [6, "Custody record PRYCE 30/08/2026", "No - held", "No", ""],
        [7, "Vehicle examination record PH0443 (seized 30/08/2026; nothing found)", "No - held", "No", ""],
        [8, "ABE interview plan 31/08/2026", "No - held", "No", ""]])
    c.doc("MG6C PRYCE.xlsx", "MG6C")
    schedule_xlsx(c.p("MG6D PRYCE.xlsx"), "D", urn, F, rv, [
        [1, "ISVA referral 31/08/2026", "Confidential support service", "Inspect", ""],
        [2, "Complainant's and witness's contact details", "Personal data", "Inspect", ""]])
    c.doc("MG6D PRYCE.xlsx", "MG6D")
    mg12_pdf(c.p("MG12 PRYCE.pdf"), urn, rv, [
        ("AO/7", "ABE interview Georgia LANE 01/09/2026", "DC OYELARAN", "With file"),
        ("LB/1", "BWV PC BENNETT 30/08/2026", "PC BENNETT", "With file"),
        ("KA/1", "Fingernail scrapings", "Dr AMOAH", "Castell Forensics"),
        ("KA/2", "Vulval swab", "Dr AMOAH", "Castell Forensics"),
        ("KA/3", "Breast swabs", "Dr AMOAH", "Castell Forensics")], F, "DC OYELARAN", "10/11/2026")
    c.doc("MG12 PRYCE.pdf", "MG12")

    present = ["MG3", "CRIME_REPORT", "INCIDENT_LOG", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "CORRESPONDENCE",
               "ROTI", "PNC", "MG6C", "MG6D", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
           "dig_prop", "multimedia", "exhibits", "forensic_medical", "files_readable", "one_urn"]
    c.expected(1, present, ["special_measures", "victim_care"], mnf)


CASES = [case_c1, case_c2, case_c3, case_c4, case_c5, case_f1, case_f2, case_f3, case_f4]


def _run(fn_out):
    fn_name, out = fn_out
    globals()[fn_name](out)
    return fn_name


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    jobs = [(f.__name__, str(out)) for f in CASES]
    try:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(2) as pool:
            for name in pool.imap_unordered(_run, jobs):
                print("done", name)
    except (ImportError, ValueError, OSError):
        for j in jobs:
            print("done", _run(j))
    return 0


if __name__ == "__main__":
    sys.exit(main())
