#!/usr/bin/env python3
"""make_batch.py for batch11: synthetic RASSO pre-charge case folders with expected outcomes.

Run:  /work/main/.venv/bin/python make_batch.py OUTDIR

Everything is invented: names, places, forces, reference numbers. Phone numbers are in the UK drama
ranges (01632 960xxx, 07700 900xxx) and e-mail addresses end in .example.
Deterministic: seeded randomness, fixed document dates, fixed zip timestamps, single-threaded codecs.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import shutil
import struct
import sys
import wave
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
SANS = FONT_DIR + "DejaVuSans.ttf"
SANS_B = FONT_DIR + "DejaVuSans-Bold.ttf"
SANS_I = FONT_DIR + "DejaVuSans-Oblique.ttf"
SERIF = FONT_DIR + "DejaVuSerif.ttf"
SERIF_B = FONT_DIR + "DejaVuSerif-Bold.ttf"
MONO = FONT_DIR + "DejaVuSansMono.ttf"
MONO_B = FONT_DIR + "DejaVuSansMono-Bold.ttf"
COND = FONT_DIR + "DejaVuSansCondensed.ttf"
COND_B = FONT_DIR + "DejaVuSansCondensed-Bold.ttf"

ZIP_TIME = (2026, 11, 2, 9, 30, 0)
RNG = random.Random(20261102)


def dt(s: str) -> datetime:
    """'02/11/2026 09:30' -> aware datetime (UTC)."""
    return datetime.strptime(s, "%d/%m/%Y %H:%M").replace(tzinfo=timezone.utc)


# ----------------------------------------------------------------------------------------------
# PDF (fpdf2)
# ----------------------------------------------------------------------------------------------
CORE_FAMILIES = {"helvetica", "times", "courier"}
FAMILY_FILES = {"sans": (SANS, SANS_B, SANS_I), "serif": (SERIF, SERIF_B, FONT_DIR + "DejaVuSerif-Italic.ttf"),
                "mono": (MONO, MONO_B, FONT_DIR + "DejaVuSansMono-Oblique.ttf"),
                "cond": (COND, COND_B, FONT_DIR + "DejaVuSansCondensed-Oblique.ttf")}
LATIN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
                       "\u2014": "-", "\u2026": "...", "\u2022": "*"})


class Pdf(FPDF):
    """A4 PDF with optional running head and foot. head/foot are callables(pdf) or strings."""

    def __init__(self, created: str, head=None, foot=None, family="sans", margins=(18, 16, 18),
                 bottom=18, title="", author=""):
        super().__init__(format="A4", unit="mm")
        self.core = family in CORE_FAMILIES
        self._added = set()
        if not self.core:
            self.ensure(family)
        self.fam = family
        self.set_creation_date(dt(created))
        self.set_producer("fpdf2")
        self.set_creator("batch11 generator")
        if title:
            self.set_title(title)
        if author:
            self.set_author(author)
        self._head = head
        self._foot = foot
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        self.alias_nb_pages()
        self.page_state = {}

    def ensure(self, fam):
        """register a DejaVu family only when it is used (keeps files small and fast)."""
        if fam in CORE_FAMILIES or fam in self._added:
            return
        r, b, i = FAMILY_FILES[fam]
        self.add_font(fam, "", r)
        self.add_font(fam, "B", b)
        self.add_font(fam, "I", i)
        self._added.add(fam)

    def mono_family(self):
        if self.core:
            return "courier"
        self.ensure("mono")
        return "mono"

    def normalize_text(self, text):
        if not self.is_ttf_font:
            text = text.translate(LATIN)
        return super().normalize_text(text)

    def header(self):
        if callable(self._head):
            self._head(self)
        elif self._head:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(self.l_margin, 7)
            self.cell(0, 4, self._head, align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(max(self.t_margin, 14))

    def footer(self):
        if callable(self._foot):
            self._foot(self)
        elif self._foot:
            self.set_y(-12)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self._foot.replace("{p}", str(self.page_no())), align="C")
            self.set_text_color(0, 0, 0)

    # simple content helpers -----------------------------------------------------------------
    def hd(self, text, size=12, style="B", align="L", space=2):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, size * 0.5, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def para(self, text, size=9.5, style="", lh=None, space=1.8, align="L", indent=0):
        self.set_font(self.fam, style, size)
        lh = lh or size * 0.48
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def kv(self, rows, w1=48, size=9, border=1, lh=5.2, fill_key=True):
        """Two-column field/value table."""
        self.set_font(self.fam, "", size)
        with self.table(col_widths=(w1, self.epw - w1), text_align=("LEFT", "LEFT"),
                        first_row_as_headings=False, line_height=lh,
                        borders_layout="ALL" if border else "NONE",
                        padding=1.2) as t:
            for k, v in rows:
                r = t.row()
                if fill_key:
                    r.cell(k, style=_style(self, "B", size, fill=(232, 232, 232)))
                else:
                    r.cell(k, style=_style(self, "B", size))
                r.cell(v)
        self.ln(2)

    def grid(self, headers, rows, widths, size=8, lh=None, head_fill=(210, 210, 210), align=None):
        lh = lh or max(4.4, size * 0.52)
        self.set_font(self.fam, "", size)
        widths = tuple(widths)
        with self.table(col_widths=widths, text_align=align or "LEFT", line_height=lh,
                        repeat_headings=1, padding=1,
                        headings_style=_style(self, "B", size, fill=head_fill)) as t:
            hr = t.row()
            for hd in headers:
                hr.cell(hd)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(str(c))
        self.ln(2)

    def boxes(self, label, chars_groups, x=None, y=None, box=5.2, size=9):
        """URN written in separate boxes, one character per box, groups separated by a gap."""
        x = self.l_margin if x is None else x
        y = self.get_y() if y is None else y
        self.set_xy(x, y)
        self.set_font(self.fam, "B", size)
        self.cell(12, box, label)
        cx = x + 12
        self.set_font(self.fam, "", size)
        for g in chars_groups:
            for ch in g:
                self.rect(cx, y, box, box)
                self.set_xy(cx, y)
                self.cell(box, box, ch, align="C")
                cx += box
            cx += 2.5
        self.set_xy(self.l_margin, y + box + 2)

    def scribble(self, x, y, w=32, h=7, seed=0, color=(20, 40, 120)):
        """Ink-like signature drawn with lines (no text)."""
        r = random.Random(seed)
        self.set_draw_color(*color)
        self.set_line_width(0.35)
        pts = []
        n = 26
        for i in range(n):
            t = i / (n - 1)
            px = x + t * w
            py = y + h * 0.55 + math.sin(t * (7 + r.random() * 5) + r.random()) * h * 0.35 \
                + (r.random() - 0.5) * h * 0.25
            pts.append((px, py))
        for a, b in zip(pts, pts[1:]):
            self.line(a[0], a[1], b[0], b[1])
        # a loop and an underline stroke
        self.line(x + w * 0.1, y + h * 0.95, x + w * 0.9, y + h * 0.8)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)


def _style(pdf, emphasis, size, fill=None):
    from fpdf.fonts import FontFace
    return FontFace(family=pdf.fam, emphasis=emphasis, size_pt=size, fill_color=fill)


# ----------------------------------------------------------------------------------------------
# zip normalising (docx, xlsx): fixed timestamps and fixed core properties
# ----------------------------------------------------------------------------------------------
def normalise_zip(path: Path, created: str):
    iso = dt(created).strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + iso + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + iso + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, data)


# ----------------------------------------------------------------------------------------------
# DOCX helpers (python-docx)
# ----------------------------------------------------------------------------------------------
def new_docx(author="", title="", font="Arial", size=10, created="02/11/2026 09:30", margins_cm=2.0):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(1.8)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt(created).replace(tzinfo=None)
    cp.modified = dt(created).replace(tzinfo=None)
    cp.revision = 1
    return d


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def docx_head_foot(d, head_text=None, foot_text=None, page_numbers=True):
    sec = d.sections[0]
    if head_text:
        hp = sec.header.paragraphs[0]
        hp.text = head_text
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot_text:
        r = fp.add_run(foot_text + ("    " if page_numbers else ""))
        r.font.size = Pt(8)
    if page_numbers:
        r = fp.add_run("Page ")
        r.font.size = Pt(8)
        add_field(fp, "PAGE")
        r = fp.add_run(" of ")
        r.font.size = Pt(8)
        add_field(fp, "NUMPAGES")


def shade(cell, hex_fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Set cell text; '\n\n' separates paragraphs."""
    parts = text.split("\n\n") if text else [""]
    cell.text = ""
    first = True
    for part in parts:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(part)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)


def set_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def docx_kv_table(d, rows, widths=(5.0, 12.0), key_fill="E7E6E6", size=9.5, section_fill="BFBFBF"):
    """rows: (key, value) or ('##', section title) for a merged shaded row, or ('==', text) merged plain."""
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in rows:
        cells = t.add_row().cells
        if k in ("##", "=="):
            m = cells[0].merge(cells[1])
            cell_text(m, v, bold=(k == "##"), size=size)
            if k == "##":
                shade(m, section_fill)
            continue
        cell_text(cells[0], k, bold=True, size=size)
        shade(cells[0], key_fill)
        cell_text(cells[1], v, size=size)
    set_widths(t, widths)
    return t


def docx_grid(d, headers, rows, widths=None, size=8.5, head_fill="D9D9D9"):
    t = d.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True, size=size)
        shade(c, head_fill)
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, str(v), size=size)
    if widths:
        set_widths(t, widths)
    return t


def docx_par(d, text, bold=False, size=None, italic=False, align=None, space_after=4):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "R":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(space_after)
    return p


def save_docx(d, path: Path, created: str):
    d.save(str(path))
    normalise_zip(path, created)


# ----------------------------------------------------------------------------------------------
# XLSX helpers (openpyxl)
# ----------------------------------------------------------------------------------------------
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def save_xlsx(wb, path: Path, created: str):
    wb.properties.created = dt(created).replace(tzinfo=None)
    wb.properties.modified = dt(created).replace(tzinfo=None)
    wb.save(str(path))
    normalise_zip(path, created)


# ----------------------------------------------------------------------------------------------
# page images (scans, photos)
# ----------------------------------------------------------------------------------------------
class PageImage:
    """Draws an A4 page of typed text onto a Pillow image at a given dpi."""

    def __init__(self, dpi=200, margin_mm=18):
        self.dpi = dpi
        self.W = int(210 / 25.4 * dpi)
        self.H = int(297 / 25.4 * dpi)
        self.img = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.img)
        self.m = self.mm(margin_mm)
        self.y = self.mm(12)
        self._fonts = {}

    def mm(self, v):
        return int(round(v / 25.4 * self.dpi))

    def font(self, path, pt):
        key = (path, pt)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(path, int(round(pt / 72 * self.dpi)))
        return self._fonts[key]

    def text(self, s, pt=10, path=SANS, x=None, align="L", fill=0, advance=True, gap=0.35):
        f = self.font(path, pt)
        x = self.m if x is None else x
        if align == "C":
            w = self.d.textlength(s, font=f)
            x = (self.W - w) / 2
        elif align == "R":
            w = self.d.textlength(s, font=f)
            x = self.W - self.m - w
        self.d.text((x, self.y), s, font=f, fill=fill)
        if advance:
            self.y += int(f.size * (1 + gap))

    def wrap(self, s, pt=10, path=SERIF, indent=0, gap=0.38, width=None):
        f = self.font(path, pt)
        maxw = (width or (self.W - 2 * self.m)) - indent
        words = s.split()
        line = ""
        for w in words:
            trial = (line + " " + w).strip()
            if self.d.textlength(trial, font=f) <= maxw:
                line = trial
            else:
                self.d.text((self.m + indent, self.y), line, font=f, fill=0)
                self.y += int(f.size * (1 + gap))
                line = w
        if line:
            self.d.text((self.m + indent, self.y), line, font=f, fill=0)
            self.y += int(f.size * (1 + gap))

    def rule(self, thick=2):
        self.d.line([(self.m, self.y), (self.W - self.m, self.y)], fill=0, width=thick)
        self.y += thick + self.mm(1.5)

    def box(self, x0, y0, x1, y1, width=2):
        self.d.rectangle([x0, y0, x1, y1], outline=0, width=width)

    def space(self, mm):
        self.y += self.mm(mm)

    def scribble(self, x, y, w, h, seed=1):
        r = random.Random(seed)
        pts = []
        n = 40
        for i in range(n):
            t = i / (n - 1)
            pts.append((x + t * w, y + h * 0.5 + math.sin(t * (8 + r.random() * 4)) * h * 0.35
                        + (r.random() - 0.5) * h * 0.3))
        self.d.line(pts, fill=30, width=max(2, self.dpi // 80))
        self.d.line([(x + w * 0.05, y + h * 0.95), (x + w * 0.85, y + h * 0.75)], fill=30,
                    width=max(2, self.dpi // 90))


def scan_effect(img: Image.Image, seed: int, angle=0.35) -> Image.Image:
    """Slight skew, grey paper, speckle: looks scanned, stays legible."""
    r = np.random.default_rng(seed)
    im = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(im, dtype=np.float32)
    a = a * 0.93 + 12  # grey paper, softer black
    noise = r.normal(0, 6, a.shape)
    a = a + noise
    specks = r.random(a.shape) < 0.0006
    a[specks] = 40
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.5))


def image_pdf(pages: list, path: Path, created: str, dpi=200, quality=62):
    """Image-only PDF (no text layer) from Pillow images."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt(created))
    pdf.set_producer("ScanStation 5 (image)")
    pdf.set_creator("MFD scan to folder")
    pdf.set_auto_page_break(False)
    for im in pages:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def phone_photo(page: Image.Image, path: Path, seed: int, angle=-3.2, exif_time="2026:07:22 11:04:51"):
    """A photo of a sheet on a desk: background, rotation, perspective, uneven light."""
    r = np.random.default_rng(seed)
    page = page.convert("RGB")
    pw, ph = page.size
    W, H = int(pw * 1.16), int(ph * 1.12)
    # desk background gradient (brownish)
    yy, xx = np.mgrid[0:H, 0:W]
    base = np.zeros((H, W, 3), dtype=np.float32)
    base[..., 0] = 120 + 30 * (xx / W)
    base[..., 1] = 92 + 22 * (xx / W)
    base[..., 2] = 64 + 12 * (yy / H)
    base += r.normal(0, 4, base.shape)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    # paper tint
    pa = np.asarray(page, dtype=np.float32)
    pa = pa * np.array([0.97, 0.96, 0.92]) + np.array([2, 2, 0])
    page = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8), "RGB")
    rot = page.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=0)
    ox = (W - rot.size[0]) // 2
    oy = (H - rot.size[1]) // 2
    bg.paste(rot, (ox, oy), mask)
    # mild perspective (keystone): top narrower than bottom
    k = 0.035
    coeffs = _perspective_coeffs(
        [(0, 0), (W, 0), (W, H), (0, H)],
        [(-W * k, 0), (W + W * k, 0), (W, H), (0, H)])
    bg = bg.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(110, 85, 60))
    # uneven lighting: vignette + light falloff from the top-left
    a = np.asarray(bg, dtype=np.float32)
    light = 0.80 + 0.22 * (1 - (xx / W) * 0.5 - (yy / H) * 0.5)
    a = a * light[..., None]
    a += r.normal(0, 3, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    exif = Image.Exif()
    exif[0x010F] = "Generic"
    exif[0x0110] = "Phone camera"
    exif[0x0132] = exif_time
    out.save(path, "JPEG", quality=84, exif=exif.tobytes())


def _perspective_coeffs(src, dst):
    """coefficients mapping output (src) points to input (dst) points for Image.transform."""
    matrix = []
    for (x, y), (X, Y) in zip(src, dst):
        matrix.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        matrix.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(matrix, dtype=np.float64)
    B = np.array([c for p in dst for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


# ----------------------------------------------------------------------------------------------
# multimedia (PyAV)
# ----------------------------------------------------------------------------------------------
def _frame_font(px):
    return ImageFont.truetype(MONO_B, px)


def _to_yuv420(im):
    """exact, deterministic RGB -> planar YUV 4:2:0 (BT.601, studio range) as one (H*3/2, W) array."""
    a = np.asarray(im, dtype=np.int32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = ((66 * r + 129 * g + 25 * b + 128) >> 8) + 16
    u = ((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128
    v = ((112 * r - 94 * g - 18 * b + 128) >> 8) + 128
    h, w = y.shape
    u = (u.reshape(h // 2, 2, w // 2, 2).sum(axis=(1, 3)) + 2) // 4
    v = (v.reshape(h // 2, 2, w // 2, 2).sum(axis=(1, 3)) + 2) // 4
    out = np.concatenate([y.reshape(-1), u.reshape(-1), v.reshape(-1)]).astype(np.uint8)
    return out.reshape(h * 3 // 2, w)


def make_video(path: Path, kind: str, caption: list, seconds=4, fps=10, size=(320, 240),
               codec="mpeg4", audio=True, seed=1, clock=(10, 14, 2)):
    """Short playable video. kind: 'abe' (interview room), 'cctv' (corridor), 'bwv' (street)."""
    import av
    r = random.Random(seed)
    W, H = size
    container = av.open(str(path), mode="w", format={".mov": "mov", ".avi": "avi"}.get(path.suffix.lower(), "mp4"))
    container.metadata["title"] = caption[0]
    vs = container.add_stream(codec, rate=fps)
    vs.width, vs.height = W, H
    vs.pix_fmt = "yuv420p"
    vs.codec_context.thread_count = 1
    if codec == "libx264":
        vs.options = {"preset": "veryfast", "crf": "30", "threads": "1"}
    else:
        vs.bit_rate = 250_000
    as_ = None
    if audio:
        as_ = container.add_stream("aac", rate=16000)
        as_.layout = "mono"
        as_.codec_context.thread_count = 1
    f_small = _frame_font(10)
    f_big = _frame_font(12)
    h0, m0, s0 = clock
    nframes = seconds * fps
    for i in range(nframes):
        im = Image.new("RGB", (W, H), (0, 0, 0))
        dr = ImageDraw.Draw(im)
        t = i / fps
        if kind == "abe":
            dr.rectangle([0, 0, W, H], fill=(182, 176, 160))
            dr.rectangle([0, 150, W, H], fill=(96, 92, 110))  # carpet
            dr.rectangle([30, 95, 110, 175], fill=(60, 80, 120))  # sofa/chair left
            dr.rectangle([200, 100, 280, 175], fill=(60, 80, 120))  # chair right
            dr.ellipse([55 + int(2 * math.sin(t * 2)), 60, 85 + int(2 * math.sin(t * 2)), 95], fill=(150, 120, 100))
            dr.ellipse([225, 62 + int(math.sin(t * 3)), 255, 97 + int(math.sin(t * 3))], fill=(130, 100, 80))
            dr.rectangle([140, 120, 175, 150], fill=(120, 90, 60))  # table
        elif kind == "cctv":
            g = 70 + r.randint(-3, 3)
            dr.rectangle([0, 0, W, H], fill=(g, g, g))
            dr.polygon([(0, H), (W, H), (200, 90), (120, 90)], fill=(g + 30, g + 30, g + 30))
            for k, x in enumerate((40, 250)):
                dr.rectangle([x, 70, x + 30, 160], fill=(g - 30, g - 30, g - 30))  # doors
            px = int(140 + 40 * (1 - t / seconds))
            dr.rectangle([px, 110, px + 14, 170 - int(20 * t / seconds)], fill=(30, 30, 30))
            dr.rectangle([px + 22, 112, px + 34, 168 - int(20 * t / seconds)], fill=(45, 45, 45))
        else:  # bwv
            dr.rectangle([0, 0, W, H], fill=(20, 24, 34))
            dr.rectangle([0, 140, W, H], fill=(50, 50, 55))
            dr.rectangle([90, 40, 230, 140], fill=(70, 60, 50))
            dr.rectangle([145, 80, 175, 140], fill=(30, 25, 20))  # door
            dr.rectangle([150 + int(10 * math.sin(t)), 95, 170 + int(10 * math.sin(t)), 140], fill=(150, 150, 160))
        sec = s0 + int(t)
        hh, mm, ss = h0 + (m0 + sec // 60) // 60, (m0 + sec // 60) % 60, sec % 60
        stamp = f"{hh:02d}:{mm:02d}:{ss:02d}"
        y = 4
        for j, line in enumerate(caption):
            dr.text((5, y), line.replace("{t}", stamp), font=f_big if j == 0 else f_small, fill=(255, 255, 255))
            y += 14 if j == 0 else 12
        frame = av.VideoFrame.from_ndarray(_to_yuv420(im), format="yuv420p")
        frame.pts = i
        for pkt in vs.encode(frame):
            container.mux(pkt)
    for pkt in vs.encode():
        container.mux(pkt)
    if as_ is not None:
        rate = 16000
        total = seconds * rate
        rng = np.random.default_rng(seed)
        tt = np.arange(total) / rate
        # room tone and a low murmur-like modulated band (no speech, just sound)
        sig = 0.02 * rng.standard_normal(total) + 0.05 * np.sin(2 * np.pi * 180 * tt) * (0.5 + 0.5 * np.sin(2 * np.pi * 1.7 * tt))
        sig = sig.astype(np.float32)
        fsz = as_.codec_context.frame_size or 1024
        pts = 0
        for off in range(0, total, fsz):
            chunk = sig[off:off + fsz]
            if len(chunk) < fsz:
                chunk = np.pad(chunk, (0, fsz - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = rate
            af.pts = pts
            pts += fsz
            for pkt in as_.encode(af):
                container.mux(pkt)
        for pkt in as_.encode():
            container.mux(pkt)
    container.close()


def make_call_wav(path: Path, seconds=6, seed=3):
    """Telephone-band audio: ring tone, line noise, a voice-like modulated tone. 8 kHz mono PCM."""
    rate = 8000
    rng = np.random.default_rng(seed)
    t = np.arange(seconds * rate) / rate
    ring = (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) * 0.25
    ring *= ((t % 3) < 0.4) | (((t % 3) > 0.6) & ((t % 3) < 1.0))
    ring *= t < 2.2
    voice = 0.3 * np.sin(2 * np.pi * (210 + 40 * np.sin(2 * np.pi * 3 * t)) * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 2.3 * t))
    voice *= t > 2.4
    sig = ring + voice + 0.03 * rng.standard_normal(len(t))
    pcm = (np.clip(sig, -1, 1) * 32000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())

# ----------------------------------------------------------------------------------------------
# document builders
# ----------------------------------------------------------------------------------------------
DECL = {
    "std": ("This statement (consisting of {nb} page(s) each signed by me) is true to the best of my "
            "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
            "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
            "do not believe to be true."),
    "short": ("This statement, consisting of {nb} pages each signed by me, is true to the best of my "
              "knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable "
              "to prosecution if I have wilfully stated in it anything which I know to be false or do not "
              "believe to be true."),
}


def urn_groups(urn):
    return [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]


def mg11_pdf(path: Path, s: dict, created: str):
    n = _mg11_build(None, s, created, None)
    _mg11_build(path, s, created, n)


def _mg11_build(path, s: dict, created: str, nbody):
    """Witness statement as PDF. s keys: urn, name, age, occ, body[list], sig, sig_name, date,
    witnessed, style (national|force|typed), force, decl, urn_boxes, rear{...}|None, taken_by,
    place_time, title_extra, family, nb_pages_text."""
    style = s.get("style", "national")
    fam = s.get("family", "sans")
    sig = s.get("sig", "[signed]")          # text, or "SCRIBBLE", or "" for blank
    date = s.get("date", "")
    force = s.get("force", "")
    NB = str(nbody) if nbody else "{nb}"
    decl = DECL[s.get("decl", "std")].replace("{nb}", NB)
    rear = s.get("rear")
    state = {"rear_page": -1}

    def sigline(pdf, y):
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font(fam, "", 8.5)
        if sig == "SCRIBBLE":
            pdf.cell(22, 6, "Signature:")
            pdf.scribble(pdf.l_margin + 22, y - 1.5, w=30, h=7, seed=hash_seed(s["name"]) + pdf.page_no())
            pdf.set_xy(pdf.l_margin + 56, y)
        else:
            pdf.cell(22, 6, "Signature:")
            pdf.cell(52, 6, sig if sig else "." * 40)
        wit = s.get("witnessed")
        pdf.cell(40, 6, "Signature witnessed by:")
        if wit == "SCRIBBLE":
            pdf.scribble(pdf.get_x(), y - 1.5, w=24, h=6, seed=hash_seed(s["name"]) + 7)
        else:
            pdf.cell(40, 6, wit if wit else "." * 28)

    if style == "national":
        def head(pdf):
            if pdf.page_no() == state["rear_page"]:
                pdf.set_font(fam, "", 7.5)
                pdf.set_xy(pdf.l_margin, 6)
                pdf.cell(0, 4, "OFFICIAL-SENSITIVE (when complete)", align="C")
                pdf.set_xy(pdf.l_margin, 11)
                pdf.set_font(fam, "B", 10)
                pdf.cell(0, 5, "MG 11 (rear)   Witness details - not disclosed to the defence")
                pdf.set_y(20)
                return
            pdf.set_font(fam, "", 7.5)
            pdf.set_xy(pdf.l_margin, 6)
            pdf.cell(0, 4, "OFFICIAL-SENSITIVE (when complete)", align="C")
            pdf.set_xy(pdf.l_margin, 6)
            pdf.set_font(fam, "B", 9)
            pdf.cell(0, 4, "MG 11", align="R")
            if pdf.page_no() == 1:
                pdf.set_xy(pdf.l_margin, 12)
                pdf.set_font(fam, "B", 13)
                pdf.cell(0, 6, "WITNESS STATEMENT", align="C")
                pdf.set_xy(pdf.l_margin, 18.5)
                pdf.set_font(fam, "", 7.5)
                pdf.cell(0, 4, "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; "
                               "Magistrates' Courts Act 1980, s.5B", align="C")
                pdf.set_y(25)
                if s.get("urn_boxes"):
                    pdf.boxes("URN", urn_groups(s["urn"]), x=pdf.w - pdf.r_margin - 78, y=25)
                else:
                    pdf.set_font(fam, "B", 9)
                    pdf.set_xy(pdf.w - pdf.r_margin - 60, 25)
                    pdf.cell(60, 5, "URN: " + s["urn"], border=1, align="C")
                pdf.set_y(33)
                pdf.kv([("Statement of:", s["name"]), ("Age if under 18:", s.get("age", "Over 18")),
                        ("Occupation:", s.get("occ", ""))], w1=38, size=8.5, lh=4.6)
                pdf.set_font(fam, "", 8)
                pdf.multi_cell(0, 3.9, decl, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)
                y = pdf.get_y()
                pdf.set_font(fam, "", 8.5)
                pdf.cell(22, 6, "Signature:")
                if sig == "SCRIBBLE":
                    pdf.scribble(pdf.l_margin + 22, y - 1.5, w=30, h=7, seed=hash_seed(s["name"]))
                    pdf.set_x(pdf.l_margin + 80)
                else:
                    pdf.cell(58, 6, sig if sig else "." * 40)
                pdf.cell(12, 6, "Date:")
                pdf.cell(40, 6, date if date else "." * 24, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.set_font(fam, "", 7.5)
                vr = "X" if s.get("visually_recorded") else " "
                pdf.cell(0, 5, f"Tick if witness evidence is visually recorded  [{vr}]   "
                               "(supply witness details on rear)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
                pdf.set_y(pdf.get_y() + 3)
            else:
                pdf.set_xy(pdf.l_margin, 12)
                pdf.set_font(fam, "B", 10)
                pdf.cell(0, 5, "WITNESS STATEMENT (continuation sheet)", align="C")
                pdf.set_xy(pdf.l_margin, 18)
                pdf.set_font(fam, "", 8.5)
                pdf.cell(0, 5, f"Continuation of statement of:  {s['name']}")
                pdf.set_xy(pdf.w - pdf.r_margin - 40, 18)
                pdf.cell(40, 5, f"Page No. {pdf.page_no()} of {NB}", align="R")
                pdf.line(pdf.l_margin, 24, pdf.w - pdf.r_margin, 24)
                pdf.set_y(27)

        def foot(pdf):
            if pdf.page_no() == state["rear_page"]:
                return
            sigline(pdf, pdf.h - 24)
            pdf.set_xy(pdf.l_margin, pdf.h - 14)
            pdf.set_font(fam, "", 7.5)
            pdf.cell(0, 4, f"Page {pdf.page_no()} of {NB}", align="C")
            pdf.set_xy(pdf.l_margin, pdf.h - 10)
            pdf.cell(0, 4, "OFFICIAL-SENSITIVE (when complete)", align="C")
        pdf = Pdf(created, head=head, foot=foot, family=fam, bottom=30, margins=(18, 20, 18))
    elif style == "force":
        def head(pdf):
            if pdf.page_no() == state["rear_page"]:
                pdf.set_y(12)
                return
            pdf.set_xy(pdf.l_margin, 7)
            pdf.set_font(fam, "B", 10)
            pdf.cell(0, 5, force.upper())
            pdf.set_font(fam, "", 8)
            pdf.set_xy(pdf.l_margin, 7)
            pdf.cell(0, 5, "OFFICIAL - SENSITIVE", align="R")
            pdf.set_xy(pdf.l_margin, 12)
            pdf.set_font(fam, "B", 11)
            pdf.cell(0, 6, "STATEMENT OF WITNESS", align="L")
            pdf.set_font(fam, "", 7.5)
            pdf.set_xy(pdf.l_margin, 12.5)
            pdf.cell(0, 6, "(CJ Act 1967 s.9; MC Act 1980 s.5A(3)(a) and 5B; Crim PR r.16.2)", align="R")
            pdf.line(pdf.l_margin, 19, pdf.w - pdf.r_margin, 19)
            pdf.set_y(21)
            if pdf.page_no() == 1:
                pdf.kv([("URN", s["urn"]), ("Name of witness", s["name"]),
                        ("Age", s.get("age", "Over 18")), ("Occupation", s.get("occ", "")),
                        ("Date of statement", date or "")], w1=40, size=8.5, lh=4.6, fill_key=False)
                pdf.set_font(fam, "I", 8)
                pdf.multi_cell(0, 3.9, decl, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(2)
            else:
                pdf.set_font(fam, "", 8.5)
                pdf.cell(0, 5, f"{s['name']}  -  URN {s['urn']}  -  continued",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.ln(1)

        def foot(pdf):
            if pdf.page_no() == state["rear_page"]:
                return
            pdf.line(pdf.l_margin, pdf.h - 27, pdf.w - pdf.r_margin, pdf.h - 27)
            sigline(pdf, pdf.h - 25)
            pdf.set_xy(pdf.l_margin, pdf.h - 14)
            pdf.set_font(fam, "", 7.5)
            pdf.cell(0, 4, f"Page {pdf.page_no()} of {NB}", align="R")
            pdf.set_xy(pdf.l_margin, pdf.h - 14)
            pdf.cell(0, 4, s.get("system_foot", ""), align="L")
        pdf = Pdf(created, head=head, foot=foot, family=fam, bottom=30, margins=(18, 21, 18))
    else:  # typed copy
        def head(pdf):
            if pdf.page_no() == state["rear_page"]:
                pdf.set_y(14)
                return
            pdf.set_xy(pdf.l_margin, 7)
            pdf.set_font(fam, "", 8)
            pdf.cell(0, 4, "OFFICIAL-SENSITIVE when complete", align="L")
            pdf.set_xy(pdf.l_margin, 7)
            pdf.cell(0, 4, f"URN {s['urn']}", align="R")
            pdf.set_y(14)

        def foot(pdf):
            if pdf.page_no() == state["rear_page"]:
                return
            pdf.set_xy(pdf.l_margin, pdf.h - 20)
            pdf.set_font(fam, "", 8.5)
            pdf.cell(0, 5, f"Signed: {sig}        Witnessed: {s.get('witnessed') or ''}")
            pdf.set_xy(pdf.l_margin, pdf.h - 13)
            pdf.set_font(fam, "", 7.5)
            pdf.cell(0, 4, f"Typed copy - page {pdf.page_no()} of {NB}", align="C")
        pdf = Pdf(created, head=head, foot=foot, family=fam, bottom=26, margins=(20, 16, 20))

    pdf.add_page()
    if style == "typed":
        pdf.hd("TYPED COPY", 9, "B", align="C", space=0)
        pdf.hd("WITNESS STATEMENT  (MG11)", 12, "B", align="C", space=1)
        pdf.para("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B; Criminal Procedure "
                 "Rules r.16.2", 7.5, align="C")
        pdf.para(f"Statement of:  {s['name']}", 9.5, "B", space=0.5)
        pdf.para(f"Age if under 18:  {s.get('age', 'Over 18')}        Occupation:  {s.get('occ', '')}", 9.5,
                 space=1.5)
        pdf.para(decl, 8.5, "I", space=1)
        pdf.para(f"Signature:  {sig}        Date:  {date}", 9.5, space=3)
    for para in s["body"]:
        pdf.para(para, s.get("size", 9.8), lh=s.get("lh", 5.0), space=2.2)
    # end of statement signature block
    pdf.ln(2)
    pdf.set_font(fam, "", 9)
    if s.get("end_block", True):
        y = pdf.get_y()
        if y > pdf.h - 45:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font(fam, "B", 9)
        if sig == "SCRIBBLE":
            pdf.cell(0, 5, "Signed:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.scribble(pdf.l_margin + 16, pdf.get_y() - 5.5, w=34, h=7, seed=hash_seed(s["name"]) + 99)
            pdf.ln(3)
            pdf.set_font(fam, "", 9)
            pdf.cell(0, 5, f"({s.get('sig_name', s['name'])})    Dated: {date}", new_x=XPos.LMARGIN,
                     new_y=YPos.NEXT)
        elif sig:
            pdf.cell(0, 5, f"Signed: {sig}     Date: {date}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font(fam, "", 9)
            pdf.cell(0, 5, "Signed: ..............................     Date: ....................",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if s.get("taken_by"):
        pdf.set_font(fam, "", 8.5)
        pdf.ln(1)
        pdf.multi_cell(0, 4.5, s["taken_by"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if rear:
        state["rear_page"] = pdf.page_no() + 1
        pdf.add_page()
        pdf.set_font(fam, "", 8.5)
        pdf.kv(list(rear.items()), w1=62, size=8.5, lh=4.6)
    if path is None:
        return state["rear_page"] - 1 if state["rear_page"] > 0 else pdf.page_no()
    pdf.output(str(path))


def hash_seed(s: str) -> int:
    return sum((i + 1) * ord(c) for i, c in enumerate(s)) % 10007


def rear_page(address, phones, email, dob, contact, avoid, willing="Yes", sm="", needs="None",
              med="", vps="", taken_by="", time_place="", gender=""):
    r = {
        "Home address": address,
        "Telephone / mobile": phones,
        "E-mail address": email,
        "Preferred means of contact": contact,
        "Date of birth": dob,
    }
    if gender:
        r["Male / Female"] = gender
    r["Dates of witness non-availability"] = avoid
    r["Witness care: willing and likely to attend court?"] = willing
    r["Special measures assessment needed (vulnerable or intimidated witness)?"] = sm or "No"
    r["Any particular needs (disability, healthcare, childcare, transport, language, faith)?"] = needs
    if med:
        r["Consent to access and use of medical records"] = med
    if vps:
        r["Victim Personal Statement"] = vps
    r["Statement taken by (print name) / station"] = taken_by
    r["Time and place statement taken"] = time_place
    return r


def doc_pdf(path: Path, created: str, blocks: list, head=None, foot=None, family="sans",
            margins=(18, 16, 18), bottom=18, title="", author="", landscape=False):
    """Generic PDF from blocks: ('h', text[, size]), ('p', text[, size]), ('kv', rows[, w1]),
    ('grid', headers, rows, widths[, size]), ('sp', mm), ('page',), ('center', text, size, style),
    ('scribble', label, seed), ('mono', text)."""
    pdf = Pdf(created, head=head, foot=foot, family=family, margins=margins, bottom=bottom,
              title=title, author=author)
    if landscape:
        pdf.add_page(orientation="L")
    else:
        pdf.add_page()
    for b in blocks:
        k = b[0]
        if k == "h":
            pdf.hd(b[1], b[2] if len(b) > 2 else 11.5)
        elif k == "p":
            pdf.para(b[1], b[2] if len(b) > 2 else 9.3)
        elif k == "pi":
            pdf.para(b[1], b[2] if len(b) > 2 else 9.0, style="I")
        elif k == "pb":
            pdf.para(b[1], b[2] if len(b) > 2 else 9.3, style="B")
        elif k == "kv":
            pdf.kv(b[1], w1=b[2] if len(b) > 2 else 48, size=b[3] if len(b) > 3 else 8.8)
        elif k == "grid":
            pdf.grid(b[1], b[2], b[3], size=b[4] if len(b) > 4 else 8)
        elif k == "sp":
            pdf.ln(b[1])
        elif k == "page":
            pdf.add_page(orientation="L" if landscape else "P")
        elif k == "center":
            pdf.hd(b[1], b[2], b[3] if len(b) > 3 else "B", align="C", space=1)
        elif k == "mono":
            pdf.set_font(pdf.mono_family(), "", b[2] if len(b) > 2 else 8)
            pdf.multi_cell(0, 3.9, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif k == "scribble":
            pdf.set_font(family, "", 9)
            y = pdf.get_y()
            pdf.cell(30, 6, b[1])
            pdf.scribble(pdf.l_margin + 30, y - 1, w=30, h=7, seed=b[2])
            pdf.ln(8)
        elif k == "boxes":
            pdf.boxes(b[1], b[2])
    pdf.output(str(path))


def std_head(text_left, text_right="OFFICIAL-SENSITIVE", family=None):
    def head(pdf):
        pdf.set_font(family or pdf.fam, "", 7.5)
        pdf.set_text_color(70, 70, 70)
        pdf.set_xy(pdf.l_margin, 7)
        pdf.cell(0, 4, text_left, align="L")
        pdf.set_xy(pdf.l_margin, 7)
        pdf.cell(0, 4, text_right, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(max(pdf.t_margin, 14))
    return head


def std_foot(text_left="", fmt="Page {p} of {nb}", family=None, center=""):
    def foot(pdf):
        pdf.set_y(-12)
        pdf.set_font(family or pdf.fam, "", 7.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(0, 4, text_left, align="L")
        pdf.set_x(pdf.l_margin)
        pdf.cell(0, 4, fmt.replace("{p}", str(pdf.page_no())), align="R")
        if center:
            pdf.set_xy(pdf.l_margin, pdf.h - 8)
            pdf.cell(0, 4, center, align="C")
        pdf.set_text_color(0, 0, 0)
    return foot


def write_expected(out: Path, name: str, exp: dict):
    exp = {"case": name, **exp}
    (out / f"{name}.expected.json").write_text(json.dumps(exp, indent=2) + "\n")


def fresh(out: Path, name: str) -> Path:
    f = out / name
    if f.exists():
        shutil.rmtree(f)
    f.mkdir(parents=True)
    return f


def mg3_pdf(path: Path, created: str, urn: str, title_block: list, sections: list, variant="national",
            family="sans", force="", foot_left=""):
    """MG3 as PDF. sections: (title, content) where content is a str (paragraphs split by blank lines),
    a list of (k, v) rows, or ('grid', headers, rows, widths)."""
    if variant == "national":
        head = std_head("OFFICIAL-SENSITIVE (when complete)", "MG3", family)
        foot = std_foot(foot_left or f"URN {urn}", "Page {p} of {nb}", family)
    elif variant == "niche":
        def head(pdf):
            pdf.set_font(family, "B", 8)
            pdf.set_xy(pdf.l_margin, 6)
            pdf.cell(0, 4, force, align="L")
            pdf.set_xy(pdf.l_margin, 6)
            pdf.cell(0, 4, "OFFICIAL - SENSITIVE", align="R")
            pdf.set_font(family, "", 7)
            pdf.set_xy(pdf.l_margin, 10)
            pdf.cell(0, 4, f"Case file form MG3  |  URN {urn}", align="L")
            pdf.line(pdf.l_margin, 15, pdf.w - pdf.r_margin, 15)
            pdf.set_y(18)
        foot = std_foot(foot_left, "Page {p} of {nb}", family, center="OFFICIAL-SENSITIVE when complete")
    else:
        head = None
        foot = std_foot(foot_left, "- {p} -", family)
    pdf = Pdf(created, head=head, foot=foot, family=family, margins=(17, 18, 17), bottom=18)
    pdf.add_page()
    for kind, *rest in title_block:
        if kind == "center":
            pdf.hd(rest[0], rest[1], rest[2] if len(rest) > 2 else "B", align="C", space=1)
        elif kind == "boxes":
            pdf.boxes(rest[0], urn_groups(urn))
        elif kind == "kv":
            pdf.kv(rest[0], w1=rest[1] if len(rest) > 1 else 46, size=8.6)
        elif kind == "p":
            pdf.para(rest[0], rest[1] if len(rest) > 1 else 8.5)
    for title, content in sections:
        if variant in ("national", "niche"):
            pdf.set_font(family, "B", 9.5)
            pdf.set_fill_color(205, 205, 205) if variant == "national" else pdf.set_fill_color(225, 232, 240)
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.cell(0, 6.2, " " + title, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        else:
            pdf.hd(title, 10.5, "B", space=1)
        if isinstance(content, str):
            for para in content.split("\n\n"):
                pdf.para(para, 9.1, lh=4.55, space=1.6)
        elif content and content[0] == "grid":
            pdf.grid(content[1], content[2], content[3], size=8.2)
        else:
            pdf.kv(content, w1=50, size=8.6)
        pdf.ln(1.5)
    pdf.output(str(path))


def mg11_image_pages(s: dict, dpi=200, body_pt=10.5, max_pages=3):
    """Render an MG11 onto page images (for scans and photos). Handwritten-looking signature."""
    pages = []
    body = list(s["body"])
    words_q = []
    for para in body:
        words_q.append(para)
    page_no = 0
    total_guess = s.get("pages", 1)
    while True:
        page_no += 1
        pi = PageImage(dpi=dpi, margin_mm=17)
        pi.text("OFFICIAL-SENSITIVE (when complete)", 8, SANS, align="C", advance=False)
        pi.text("MG 11", 10, SANS_B, align="R")
        pi.space(2)
        if page_no == 1:
            pi.text("WITNESS STATEMENT", 15, SANS_B, align="C")
            pi.text("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts "
                    "Act 1980, s.5B", 7.5, SANS, align="C")
            pi.space(2)
            pi.text(f"URN:  {s['urn']}", 11, SANS_B, align="R")
            pi.space(1)
            x0, x1 = pi.m, pi.W - pi.m
            for label, val in (("Statement of:", s["name"]), ("Age if under 18:", s.get("age", "Over 18")),
                               ("Occupation:", s.get("occ", ""))):
                y0 = pi.y
                pi.text(label, 10, SANS_B, x=x0 + pi.mm(1.5), advance=False)
                pi.text(val, 10.5, MONO, x=x0 + pi.mm(42))
                pi.box(x0, y0 - pi.mm(1), x1, pi.y + pi.mm(0.2), width=2)
                pi.space(0.8)
            pi.space(1.5)
            pi.wrap(DECL["std"].replace("{nb}", str(total_guess)), 8.5, SANS, gap=0.3)
            pi.space(1.5)
            y0 = pi.y
            pi.text("Signature:", 10, SANS, advance=False)
            pi.scribble(pi.m + pi.mm(24), y0 - pi.mm(1), pi.mm(38), pi.mm(8), seed=hash_seed(s["name"]))
            pi.text("Date:", 10, SANS, x=pi.m + pi.mm(105), advance=False)
            pi.text(s.get("date", ""), 11, SANS_I, x=pi.m + pi.mm(118))
            pi.space(2)
            pi.text("Tick if witness evidence is visually recorded  [  ]   (supply witness details on rear)",
                    8, SANS)
            pi.rule(2)
        else:
            pi.text("WITNESS STATEMENT (continuation)", 11, SANS_B, align="C")
            pi.text(f"Continuation of statement of:  {s['name']}        Page No. {page_no} of {total_guess}",
                    9.5, SANS)
            pi.rule(2)
        limit = pi.H - pi.mm(36)
        f = pi.font(MONO, body_pt)
        maxw = pi.W - 2 * pi.m
        while words_q and pi.y < limit:
            para = words_q.pop(0)
            words = para.split()
            line = ""
            rest = []
            for i, w in enumerate(words):
                trial = (line + " " + w).strip()
                if pi.d.textlength(trial, font=f) <= maxw:
                    line = trial
                else:
                    pi.d.text((pi.m, pi.y), line, font=f, fill=0)
                    pi.y += int(f.size * 1.38)
                    line = w
                    if pi.y >= limit:
                        rest = words[i:]
                        line = ""
                        break
            if line:
                pi.d.text((pi.m, pi.y), line, font=f, fill=0)
                pi.y += int(f.size * 1.38)
            if rest:
                words_q.insert(0, " ".join(rest))
            else:
                pi.y += int(f.size * 0.55)
        if not words_q:
            pi.space(2)
            y0 = pi.y
            pi.text("Signed:", 10, SANS_B, advance=False)
            pi.scribble(pi.m + pi.mm(18), y0 - pi.mm(1), pi.mm(36), pi.mm(8), seed=hash_seed(s["name"]) + 5)
            pi.text(s.get("date", ""), 11, SANS_I, x=pi.m + pi.mm(70))
        # foot
        pi.y = pi.H - pi.mm(26)
        y0 = pi.y
        pi.text("Signature:", 9, SANS, advance=False)
        pi.scribble(pi.m + pi.mm(20), y0 - pi.mm(1), pi.mm(30), pi.mm(7), seed=hash_seed(s["name"]) + page_no)
        pi.text("Signature witnessed by:", 9, SANS, x=pi.m + pi.mm(80))
        pi.space(3)
        pi.text(f"Page {page_no} of {total_guess}", 8, SANS, align="C")
        pi.text("OFFICIAL-SENSITIVE (when complete)", 7.5, SANS, align="C")
        pages.append(pi.img)
        if not words_q or page_no >= max_pages:
            break
    return pages


def mg11_images(s: dict, dpi=200, body_pt=10.5):
    s = dict(s, pages=1)
    pages = mg11_image_pages(s, dpi, body_pt)
    if len(pages) != 1:
        s["pages"] = len(pages)
        pages = mg11_image_pages(s, dpi, body_pt)
    return pages


def pnb_copy(path: Path, created: str, urn: str, officer: str, pnb_ref: str, pages: str, date: str,
             lines: list, force: str):
    """Typed copy of a pocket notebook entry recording a first account (rebuttable presumption)."""
    doc_pdf(path, created, [
        ("center", "POCKET NOTEBOOK ENTRY - COPY FOR CPS", 11),
        ("kv", [("URN", urn), ("Officer", officer), ("Notebook", f"{pnb_ref}, pages {pages}"),
                ("Date", date), ("Content", "Record of the complainant's first account to police")], 30),
        ("mono", "\n".join(lines), 8.6),
        ("pi", "Typed copy of handwritten entry. Original retained by the officer and scheduled on the MG6C.",
         8),
    ], head=std_head(force, "OFFICIAL-SENSITIVE"))


def phone_screenshot(path: Path, header: str, bubbles: list, stamp: str):
    """A photograph-like image of a messaging screen (used as an exhibit copy)."""
    W, H = 720, 1280
    im = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 120], fill=(7, 94, 84))
    fb = ImageFont.truetype(SANS_B, 34)
    fs = ImageFont.truetype(SANS, 28)
    fx = ImageFont.truetype(SANS, 20)
    d.text((30, 40), header, font=fb, fill=(255, 255, 255))
    y = 170
    for who, text, t in bubbles:
        lines = []
        line = ""
        for w in text.split():
            trial = (line + " " + w).strip()
            if d.textlength(trial, font=fs) < 500:
                line = trial
            else:
                lines.append(line)
                line = w
        lines.append(line)
        h = 40 * len(lines) + 50
        x0 = 30 if who == "in" else W - 30 - 560
        d.rounded_rectangle([x0, y, x0 + 560, y + h], 18, fill=(255, 255, 255) if who == "in" else (220, 248, 198))
        for i, ln in enumerate(lines):
            d.text((x0 + 20, y + 15 + 40 * i), ln, font=fs, fill=(20, 20, 20))
        d.text((x0 + 470, y + h - 32), t, font=fx, fill=(110, 110, 110))
        y += h + 30
    d.text((30, H - 50), stamp, font=fx, fill=(90, 90, 90))
    im.save(path, "JPEG", quality=85)

# ==============================================================================================
# C01  Op BRAMBLE - KESTEVEN  (compliant; DOCX exported from a force record system, tables)
# ==============================================================================================
def case_bramble(out: Path):
    name = "Op_BRAMBLE-KESTEVEN"
    f = fresh(out, name)
    URN = "13CM0451226"
    SYS = "SENTINEL Case & Custody v4.2  |  Severnside Police"
    CR = "CR/22817/26"
    created = "02/11/2026 09:31"

    def sys_doc(title, author="2290 GREGSON H"):
        d = new_docx(author=author, title=title, font="Calibri", size=10, created=created)
        docx_head_foot(d, head_text=f"{SYS}  -  OFFICIAL-SENSITIVE",
                       foot_text=f"Printed from SENTINEL 02/11/2026 09:31 by 2290  |  URN {URN}")
        return d

    def statement(fname, who, age, occ, date, body, sig, taken, time_place, rear=None, role_line=None):
        d = sys_doc(f"Witness statement - {who}")
        docx_kv_table(d, [
            ("##", "WITNESS STATEMENT (MG11)   Criminal Justice Act 1967 s.9; Magistrates' Courts Act 1980 "
                   "s.5B; Criminal Procedure Rules r.16.2"),
            ("URN", URN),
            ("Crime reference", CR),
            ("Statement of", who),
            ("Age if under 18", age),
            ("Occupation", occ),
            ("==", DECL["std"].replace("{nb} ", "")),
            ("Signature", sig),
            ("Date", date),
            ("##", "Statement"),
            ("==", "\n\n".join(body)),
            ("Signature", sig),
            ("Statement taken by", taken),
            ("Time and place taken", time_place),
        ], widths=(4.2, 12.8))
        if rear:
            d.add_page_break()
            docx_par(d, "MG11 rear - witness details (not for disclosure)", bold=True, size=10)
            docx_kv_table(d, list(rear.items()), widths=(6.0, 11.0))
        save_docx(d, f / fname, created)

    # ------------------------------------------------------------------ MG3 (table layout)
    d = sys_doc("MG3 Report to Crown Prosecutor - KESTEVEN")
    docx_par(d, "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", bold=True, size=13, align="C")
    docx_par(d, "SENTINEL form export  -  record MG3/13/004417  -  version 3 (supervisor endorsed)",
             italic=True, size=8, align="C")
    docx_kv_table(d, [
        ("##", "1. Case details"),
        ("URN", URN),
        ("Operation", "BRAMBLE"),
        ("Force / unit", "Severnside Police, Wrenfield CID - RASSO investigation team"),
        ("Crime reference", CR),
        ("Suspect", "KESTEVEN, Daniel Mark   DOB 11/09/1998   9 Tanners Row, Wrenfield"),
        ("Offence(s) for consideration", "Rape of a woman aged 16 or over, contrary to s.1 Sexual Offences Act "
                                         "2003 - on 14/06/2026 at 9 Tanners Row, Wrenfield"),
        ("Complainant", "PRYCE, Rhiannon Ellis (24)"),
        ("Custody / bail status", "Arrested 18/06/2026, released on pre-charge bail with conditions: not to "
                                  "contact Rhiannon PRYCE directly or indirectly, and not to enter Kiln Street, "
                                  "Wrenfield. Bail extended (superintendent authority 15/09/2026), return date "
                                  "15/12/2026."),
        ("Decision requested", "Full Code Test charging decision. The suspect is on bail and is not in custody; "
                               "the threshold test is not requested."),
        ("##", "2. Summary of the evidence"),
        ("Officer's summary",
         "On the evening of Saturday 13 June 2026 the suspect held birthday drinks at his flat at 9 Tanners Row "
         "for a mutual friend, Jordan PIKE. Rhiannon PRYCE, who has known the suspect for about three years "
         "through that friend group and who used to go out with another of his friends, was one of about seven "
         "guests. She drank wine and vodka over the evening and by about 02:00 she was, in her words, 'properly "
         "drunk', and she lay down on the sofa in the living room under a blanket and fell asleep. The last "
         "guests, including Sasha NWOSU, left at about 02:15 and Sasha describes Rhiannon as asleep on the sofa "
         "when she left, and the suspect telling her he would keep an eye on her.\n\n"
         "Rhiannon's account is that she next remembers waking in the dark, some time after 04:00, on her back, "
         "with her leggings and underwear pulled down and the suspect on top of her with his penis in her vagina. "
         "She said 'what are you doing' and pushed him away; he got off and said 'you were well up for it'. She "
         "says she had been asleep and had not agreed to anything. She dressed, sat in the bathroom for a time "
         "and left the flat at about 05:50 and walked home. At 06:12 she sent a text message to her sister, "
         "Megan PRYCE: 'something happened at Dans. I woke up and he was on me. I dont know what to do'. Megan "
         "went round at about 09:15 and Rhiannon told her what had happened. At 09:40 the suspect sent "
         "Rhiannon a message: 'sorry about last night I was wasted, hope were ok x'. She did not reply.\n\n"
         "Rhiannon reported the matter on 17/06/2026 by calling 101 with her sister present (incident "
         "SP-20260617-0233). PC 4471 ASHDOWN attended her home the same day, recorded her first account in his "
         "notebook and photographed the two messages on her screen (exhibit TA/1). She was examined at Rosewood "
         "SARC that afternoon by Dr Catrin WYNNE, three days after the incident; intimate swabs were taken. The "
         "suspect was arrested on 18/06/2026 and his phone seized (HG/1). Rhiannon gave a written statement on "
         "19/06/2026. She was offered a video-recorded interview and chose a written statement; she said she did "
         "not want to be filmed and would rather have the statement read back to her and sign it."),
        ("Key evidence",
         "1. Written statement of the complainant (MG11, 19/06/2026).\n\n"
         "2. First account: her sister Megan PRYCE (MG11) - the 06:12 text and the conversation at 09:15 on "
         "14/06/2026; PC ASHDOWN's record of the account given to him on 17/06/2026 (MG11 and notebook copy).\n\n"
         "3. The suspect's message at 09:40 on 14/06/2026 (TA/1 and in the download HG/2), and his message to "
         "Jordan PIKE at 10:02 the same morning: 'think Ive messed up with Rhi mate'.\n\n"
         "4. Sasha NWOSU (MG11): Rhiannon asleep on the sofa at about 02:15.\n\n"
         "5. SFR1 (Aldergate Forensic Services, 28/08/2026): semen on the high vaginal swab, DNA profile matching "
         "the suspect. Intercourse is not in dispute."),
        ("Suspect's account (interview 18/06/2026)",
         "Interviewed at Wrenfield custody with his solicitor, Ms TREMAYNE, and answered all questions. He "
         "accepts intercourse with Rhiannon on the sofa in the early hours of 14/06/2026 and says it was "
         "consensual. His account is that the two of them had been flirting all evening and kissed in the "
         "kitchen around midnight; that at about 04:00 he came into the living room for a glass of water, she "
         "was awake and pulled him down onto the sofa; and that she was 'into it' throughout and did not push "
         "him away. He says she left without saying goodbye because she was embarrassed, as she used to go out "
         "with his friend. Asked about his 09:40 message he said he was apologising for being drunk, not for "
         "anything else. His likely defence is consent, or a reasonable belief in consent. The ROTI is "
         "attached."),
        ("##", "3. Investigation and lines of enquiry"),
        ("Lines of enquiry, including those which point away from the suspect",
         "The issue is consent and whether she was asleep, so the enquiries were aimed at what happened between "
         "02:15 and 05:50 and at anything that might support the suspect's account as much as hers.\n\n"
         "Party guests. Seven guests were identified. Sasha NWOSU has given a statement. Jordan PIKE declined to "
         "make a statement but told DC GREGSON on 01/07/2026 that he saw Rhiannon and the suspect kissing in the "
         "kitchen at around midnight. That supports part of the suspect's account and is recorded in DC "
         "GREGSON's notebook (MG6C item 4), a copy of which is provided with this file because it may assist "
         "the defence. Rhiannon, asked about this, said they had a 'drunk kiss' that she stopped. Leon ASHWORTH "
         "and Kacey MORGAN left at about 23:30 and saw nothing that bears on the issues; their accounts are "
         "recorded (MG6C item 5). The remaining two guests were spoken to by phone and left with Sasha.\n\n"
         "Suspect's phone (HG/1). Downloaded by the Digital Forensic Unit under a written request limited to "
         "messages and call records between the suspect and the complainant, and between the suspect and "
         "Jordan PIKE, from 10/06/2026 to 20/06/2026. The reason for that range was to test the suspect's "
         "account that there had been flirting between them before the party as well as to capture what was "
         "said afterwards. The download (HG/2) shows the 09:40 and 10:02 messages; the earlier messages are "
         "about arrangements for the party and contain nothing flirtatious from either side. That is recorded "
         "because it was looked for.\n\n"
         "Complainant's phone. Her phone has not been examined and she was not asked to hand it over. The two "
         "messages that matter were photographed on her screen with her agreement (TA/1), and the suspect's "
         "messages to her are on his own handset, which has been downloaded. There is no suggestion from either "
         "party of any other contact between them, so a download of her phone would not be a reasonable line "
         "of enquiry. No Digital Processing Notice was therefore needed.\n\n"
         "Doorbell camera at 11 Tanners Row. Enquiry made on 25/06/2026; the occupier's system keeps footage "
         "for seven days and the relevant recording had been overwritten (MG6C item 6). It would only have "
         "shown the time she left, which is not disputed.\n\n"
         "CCTV on her walk home. Not trawled: the time she left is agreed and the route is residential with no "
         "public cameras; footage would say nothing about consent.\n\n"
         "Toxicology. Blood and urine were taken at the SARC but, three days after the event, they could not "
         "help on how much she had drunk at 04:00, so they were not submitted. This was agreed with the "
         "forensic adviser on 22/06/2026.\n\n"
         "Third-party material. No requests have been made for her medical, counselling, school or social care "
         "records: nothing in the investigation suggests those records would bear on consent or on her "
         "credibility, and a request would not meet the test of being necessary and proportionate."),
        ("Outstanding evidence",
         "None. All enquiries are complete and there is no outstanding evidence. The forensic report arrived on "
         "28/08/2026 and is attached."),
        ("Forensic / medical",
         "Examined at Rosewood SARC on 17/06/2026 by Dr Catrin WYNNE (exhibits CW/1 to CW/4). She gave written "
         "consent on 17/06/2026 for the SARC to share the examination summary and notes with police and the "
         "CPS. The FME summary is attached (no injuries seen, which the FME notes is not unusual). SFR1 dated "
         "28/08/2026 attached."),
        ("##", "4. Disclosure"),
        ("Unused material",
         "MG6C and MG6D attached. Rebuttable presumption material is provided with this file: the incident log, "
         "the crime report, PC ASHDOWN's notebook record of the first account, DC GREGSON's notebook record of "
         "Jordan PIKE's account, and PNC checks on all prosecution witnesses (no trace on each). The disclosure "
         "officer is DC 2290 GREGSON."),
        ("##", "5. Victim and witnesses"),
        ("Special measures",
         "Rhiannon is eligible as a complainant in a sexual offence case (YJCEA 1999 s.17(4)). She would like a "
         "screen in court, and would accept giving evidence by live link from another room if the court "
         "prefers. Pre-recorded cross-examination under s.28 was explained to her on 19/06/2026; because it "
         "follows a video-recorded interview, which she chose not to give, she understands it would only be "
         "open to her if she were re-interviewed on video, and she does not want that. An intermediary is not "
         "needed: she has no difficulty communicating. No MG2 has been completed yet; one is to be completed "
         "after charge with the Witness Care Unit."),
        ("Victim's needs",
         "She is dyslexic and asked for letters to be read to her by phone; her statement was read back to her "
         "in full before she signed. No interpreter needed. Preferred contact by phone after 17:00. She has been "
         "referred to the Severnside ISVA Service (ISVA Carys LLEWELYN, referral 17/06/2026) and is receiving "
         "support."),
        ("Victim Personal Statement",
         "The VPS scheme was explained and offered on 19/06/2026. She would like to make a VPS if the suspect is "
         "charged, and a date is to be arranged through the ISVA."),
        ("Early advice",
         "Early advice was not sought. The suspect was identified at the outset, he admits intercourse and the "
         "only issue is consent, so the investigation plan was straightforward; DI 0887 FENWICK reviewed the "
         "plan on 20/06/2026 and agreed that early advice would not change the enquiries to be made."),
        ("##", "6. Officer and supervisor"),
        ("Officer in the case", "DC 2290 Hannah GREGSON, Wrenfield CID RASSO team\n\nDirect line 01632 960417   "
                                "Mobile 07700 900417\n\nE-mail hannah.gregson@severnside.police.example"),
        ("Supervisor endorsement", "DS 1406 Mark HOLLOWAY, 30/10/2026: file reviewed against the National File "
                                   "Standard; satisfied it is ready for a full code test decision."),
        ("Date of submission", "02/11/2026"),
    ], widths=(4.6, 12.4))
    save_docx(d, f / "SENTINEL_MG3_13CM0451226_v3.docx", created)

    # ------------------------------------------------------------------ statements
    statement("export_000412.docx", "PRYCE, Rhiannon Ellis", "Over 18", "Retail assistant", "19/06/2026", [
        "I live in Wrenfield with my flatmate. I work at a clothes shop in the town centre. I have known Dan "
        "KESTEVEN for about three years. He is friends with my ex-boyfriend and we are all in the same group of "
        "friends. Dan and I have never been in a relationship and have never done anything sexual together "
        "before the night I am going to describe.",
        "On Saturday 13th June 2026 Dan had people round at his flat, 9 Tanners Row, for our friend Jordan "
        "PIKE's birthday. I got there at about 8 pm. There were about seven of us. I drank wine and then vodka "
        "and coke. I was having a good time. At some point around midnight Dan kissed me in the kitchen. I "
        "kissed him back for a second because I was drunk and then I stopped it and said 'no, that's weird, "
        "you're Ryan's mate'. He laughed and we went back into the living room and I didn't think anything more "
        "of it.",
        "By about 2 am I was really drunk and tired. I lay down on the sofa in the living room and Sasha put a "
        "blanket over me. I remember hearing people saying goodbye and then I was asleep. I had planned to stay "
        "on the sofa because I didn't want to walk home in the dark, and Dan had said earlier that was fine.",
        "The next thing I remember is waking up. It was still dark. I was on my back on the sofa. My leggings "
        "and knickers had been pulled down to my knees. Dan was on top of me and his penis was inside my "
        "vagina. I didn't know what was happening at first. Then I said 'what are you doing' and I pushed his "
        "chest with both hands. He got off me straight away and said 'you were well up for it'. I said 'I was "
        "asleep'. He didn't say anything else and went to his bedroom.",
        "I had not agreed to have sex with him, before I went to sleep or at any time. I was asleep when it "
        "started. I did not pull him onto the sofa and I did not touch him.",
        "I pulled my clothes up and went into the bathroom and locked the door. I sat on the floor for a long "
        "time. I was shaking. When it started getting light I left the flat. I think that was about ten to six. "
        "I walked home, which takes about twenty minutes. At 6.12 am I sent a text to my sister Megan. I wrote "
        "'something happened at Dans. I woke up and he was on me. I dont know what to do'. She rang me and I "
        "couldn't really talk, so she came round at about 9.15. I told her what had happened.",
        "At 9.40 am Dan sent me a message saying 'sorry about last night I was wasted, hope were ok x'. I didn't "
        "reply. I have not spoken to him since.",
        "I didn't report it straight away because I was scared nobody would believe me, because I had been "
        "drinking and because we have the same friends. On Wednesday 17th June I rang 101 with Megan sitting "
        "next to me. A police officer came to my flat that afternoon and I told him what had happened. I showed "
        "him the two messages on my phone and he took photos of the screen. Later that day I went to the SARC.",
        "I was offered a video interview but I asked to do a written statement instead because I did not want "
        "to be filmed. This statement has been read back to me by DC GREGSON because I am dyslexic, and it is "
        "correct.",
    ], "R. Pryce  (signed on SENTINEL signature pad)", "DC 2290 Hannah GREGSON",
        "19/06/2026 10:05 - 13:30, victim suite, Wrenfield police station",
        rear=rear_page("41 Kiln Street, Wrenfield", "07700 900583", "rhi.pryce@mailbox.example", "03/02/2002",
                       "Phone after 17:00 (dyslexic - please do not rely on letters)", "None known",
                       sm="Yes - screen; live link acceptable (see MG3)", needs="Dyslexia: read documents to her",
                       med="Yes - consent given 17/06/2026 (SARC form) and 19/06/2026",
                       vps="Scheme explained and offered 19/06/2026 - wishes to make one if charged",
                       taken_by="DC 2290 GREGSON, Wrenfield", time_place="19/06/2026, Wrenfield police station",
                       gender="F"))

    statement("export_000413.docx", "PRYCE, Megan Louise", "Over 18", "Nursery nurse", "19/06/2026", [
        "I am Rhiannon PRYCE's older sister. We are close and speak most days.",
        "On Sunday 14th June 2026 at 6.12 am I received a text message from Rhiannon. It said 'something "
        "happened at Dans. I woke up and he was on me. I dont know what to do'. I knew she had been at a party "
        "at Dan KESTEVEN's flat because she had told me on the Saturday afternoon. I rang her straight back. She "
        "was crying and could hardly speak. She said she was home. I told her I would come round.",
        "I got to her flat in Kiln Street at about 9.15 am. She was sitting on her bed in a hoodie. She told me "
        "that she had fallen asleep on Dan's sofa after the party and woke up and he was having sex with her. "
        "She said she was asleep and she woke up with her leggings down and him on top of her, and that she "
        "pushed him off. She said he told her she had been 'up for it'. She kept saying 'I was asleep, Meg'.",
        "While I was there her phone went and it was a message from Dan saying sorry about last night and that "
        "he had been wasted. She showed it to me. She didn't reply.",
        "I told her she should go to the police. She didn't want to at first because all her friends are his "
        "friends. On Wednesday 17th June she decided to ring and I sat with her while she called 101.",
        "I showed the 6.12 text to the police officer who came on the 17th. I still have it on my phone.",
    ], "M. Pryce  (signed on SENTINEL signature pad)", "DC 2290 Hannah GREGSON",
        "19/06/2026 15:10 - 15:55, Wrenfield police station",
        rear=rear_page("22 Orchard Close, Wrenfield", "07700 900584", "megpryce@mailbox.example", "19/07/1999",
                       "Mobile", "12/12/2026 - 19/12/2026 (holiday)", taken_by="DC 2290 GREGSON",
                       time_place="19/06/2026, Wrenfield police station", gender="F"))

    statement("export_000414.docx", "ASHDOWN, Thomas  PC 4471", "Over 18", "Police constable", "17/06/2026", [
        "I am a police constable with Severnside Police based on the Wrenfield response team.",
        "On Wednesday 17th June 2026 I was on duty in full uniform when I was allocated incident "
        "SP-20260617-0233, a report of rape made by telephone to 101 at 10:14 that morning. At 12:05 I attended "
        "41 Kiln Street, Wrenfield, where I met the caller, Rhiannon PRYCE, and her sister Megan PRYCE. This "
        "was the first police attendance.",
        "I explained that I needed only a brief account so that the right people could help her, and that a "
        "detective would take her full account later. Rhiannon told me, in summary, that on the night of "
        "Saturday 13th June she had been at a party at the flat of a friend, Daniel KESTEVEN, at 9 Tanners "
        "Row; that she had fallen asleep drunk on his sofa; and that she woke in the early hours to find him "
        "having sex with her. She said she pushed him off and that he said she had been 'up for it'. She said "
        "she had not consented and had been asleep. She left at about 6 am and texted her sister. I recorded "
        "her account in my pocket notebook at pages 34 to 37 at the time, and read it back to her, and she "
        "signed it as correct.",
        "Body-worn video was not used. Rhiannon asked not to be filmed in her home and, as the account was being "
        "recorded in my notebook, I did not record it. I noted her request in my notebook.",
        "Rhiannon showed me two messages on her mobile phone: a text she sent to Megan at 06:12 on 14th June, "
        "and a message from a contact saved as 'Dan K' at 09:40 on 14th June. With her agreement I photographed "
        "both messages on her screen using my force-issued device. I produce the photographs as exhibit TA/1. I "
        "did not take her phone.",
        "I made a referral to Rosewood SARC and at 15:20 I drove Rhiannon and her sister there, where I handed "
        "over to the crisis worker. I then updated the incident log and passed the investigation to the CID "
        "RASSO team.",
    ], "PC 4471 T ASHDOWN  (electronically signed 17/06/2026 19:12)", "PC 4471 ASHDOWN (own statement)",
        "17/06/2026 18:40, Wrenfield police station")

    statement("export_000415.docx", "NWOSU, Sasha Amara", "Over 18", "Hairdresser", "24/06/2026", [
        "I have been friends with Rhiannon PRYCE and Dan KESTEVEN for a few years through a group of friends.",
        "On Saturday 13th June 2026 I went to Dan's flat on Tanners Row for Jordan's birthday. I arrived at about "
        "8.30 pm. Everyone was drinking. Rhiannon was drinking wine and then vodka. She was happy and chatty. I "
        "didn't see anything between her and Dan during the evening apart from normal chatting, but I was in "
        "the living room most of the night and I don't know what happened in the kitchen.",
        "At about 2 am Rhiannon was very drunk. She was slurring and said she was going to sleep on the sofa. I "
        "put a blanket over her. She fell asleep almost straight away. I know she was asleep because she was "
        "snoring a bit and didn't answer when I said goodnight to her.",
        "I left at about 2.15 am with two others. Dan was still up. As I was leaving I said something like 'make "
        "sure Rhi's alright' and he said 'I'll keep an eye on her'.",
        "I heard a few days later from Rhiannon that something had happened. I have not discussed the detail "
        "with her.",
    ], "S. Nwosu  (signed on SENTINEL signature pad)", "DC 2290 Hannah GREGSON",
        "24/06/2026 11:00 - 11:40, her home address",
        rear=rear_page("Flat 6, Grebe House, Wrenfield", "07700 900586", "sasha.nwosu@mailbox.example",
                       "08/05/2001", "Mobile or e-mail", "None known", taken_by="DC 2290 GREGSON",
                       time_place="24/06/2026, her home", gender="F"))

    statement("export_000431.docx", "GREGSON, Hannah  DC 2290", "Over 18", "Detective constable", "16/07/2026", [
        "I am a detective constable in the RASSO investigation team at Wrenfield CID and the officer in the case "
        "and disclosure officer for this investigation.",
        "At 07:10 on Thursday 18th June 2026 I was present when Daniel Mark KESTEVEN was arrested at 9 Tanners "
        "Row, Wrenfield. I seized from him a black Samsung mobile phone, which I produce as exhibit HG/1, and "
        "sealed it in bag S00441287.",
        "On 19th June 2026 I submitted HG/1 to the Digital Forensic Unit with a written request limited to: text "
        "and WhatsApp messages and call records between the handset and the complainant's number, and between "
        "the handset and Jordan PIKE's number, from 00:00 on 10/06/2026 to 23:59 on 20/06/2026. I set that range "
        "so that any contact in the days before the party, which the suspect might rely on, would be captured as "
        "well as what was said afterwards. On 15th July 2026 I received the DFU report, which I produce as "
        "exhibit HG/2.",
        "The report shows a WhatsApp message from the handset to the complainant at 09:40 on 14/06/2026 reading "
        "'sorry about last night I was wasted, hope were ok x', and a message from the handset to Jordan PIKE at "
        "10:02 on 14/06/2026 reading 'think Ive messed up with Rhi mate'. Messages between 10/06/2026 and "
        "13/06/2026 concern arrangements for the party only.",
        "On 19th June 2026 I took a written statement from Rhiannon PRYCE. She had been offered a "
        "video-recorded interview and chose a written statement instead. Because she told me she is dyslexic I "
        "read the whole statement back to her before she signed it.",
    ], "DC 2290 H GREGSON  (electronically signed 16/07/2026 16:48)", "DC 2290 GREGSON (own statement)",
        "16/07/2026, Wrenfield police station")

    # ------------------------------------------------------------------ ROTI
    d = sys_doc("Record of taped interview - KESTEVEN")
    docx_par(d, "RECORD OF TAPED INTERVIEW (ROTI)", bold=True, size=13, align="C")
    docx_kv_table(d, [
        ("URN", URN), ("Person interviewed", "KESTEVEN, Daniel Mark  (DOB 11/09/1998)"),
        ("Place of interview", "Wrenfield custody suite, interview room 3"),
        ("Date / time commenced", "18/06/2026 14:02"), ("Time concluded", "14:58"),
        ("Interviewing officers", "DC 2290 GREGSON; DC 1733 PARRISH"),
        ("Other persons present", "Ms Alice TREMAYNE, solicitor, Tremayne & Co"),
        ("Recording", "Digital audio, master reference WF/26/1188 (scheduled on MG6C)"),
    ], widths=(5, 12))
    docx_par(d, "")
    docx_grid(d, ["Tape counter", "Summary"], [
        ["00:00", "Introductions, caution, right to legal advice confirmed, disclosure given to solicitor."],
        ["02:15", "KESTEVEN states he knows why he is there and wants to give his side. Says Rhiannon is a friend "
                  "of three years, ex of his mate Ryan."],
        ["05:40", "Describes the party. Says they flirted 'all night' and kissed in the kitchen at about "
                  "midnight; she kissed him back. Denies she stopped it."],
        ["13:10", "Says she fell asleep on the sofa at about 2. He went to bed. At about 4 he came into the "
                  "living room for water; she was awake, said 'come here' and pulled him onto the sofa."],
        ["18:55", "Says she took off her own leggings. Sex was consensual; she was 'into it'. Denies she was "
                  "asleep at any point. Denies she pushed him or said 'what are you doing'."],
        ["26:30", "Says afterwards she went to the bathroom and he went to bed. She left without saying goodbye, "
                  "which he put down to embarrassment because of Ryan."],
        ["31:05", "Shown 09:40 message. Says he was apologising for being drunk and 'a bit of a mess', not for "
                  "anything sexual. Asked about the 10:02 message to Jordan, says he meant he had 'messed up' "
                  "by sleeping with his mate's ex."],
        ["44:20", "Asked whether he checked she was consenting. Says 'she was obviously awake, she was moving, "
                  "she was kissing me'."],
        ["52:40", "Solicitor asks no questions. Nothing to add. Interview concluded 14:58."],
    ], widths=(2.6, 14.4))
    save_docx(d, f / "export_000402.docx", created)

    # ------------------------------------------------------------------ PNC suspect
    d = sys_doc("PNC print - KESTEVEN", author="PNC BUREAU")
    docx_par(d, "POLICE NATIONAL COMPUTER - CONVICTIONS / CAUTIONS PRINT (PREVIOUS CONVICTIONS)", bold=True,
             size=11, align="C")
    docx_kv_table(d, [("URN", URN), ("Subject", "KESTEVEN, Daniel Mark"), ("DOB", "11/09/1998"),
                      ("PNC ID", "19/0231877K"), ("CRO", "041552/19A"), ("Print date", "30/10/2026")],
                  widths=(4, 13))
    docx_par(d, "")
    docx_grid(d, ["Date", "Court", "Offence", "Disposal"], [
        ["12/03/2019", "Wrenfield Magistrates' Court", "Possession of a controlled drug - Class B (cannabis), "
                                                       "Misuse of Drugs Act 1971 s.5(2)", "Fine £120, costs £85"],
    ], widths=(2.5, 4.5, 6.5, 3.5))
    docx_par(d, "Cautions / reprimands: none.  Warning markers: none.  Outstanding matters: this "
                "investigation only.", size=9)
    save_docx(d, f / "export_000403.docx", created)

    # ------------------------------------------------------------------ witness PNC
    d = sys_doc("Prosecution witness PNC checks")
    docx_par(d, "PROSECUTION WITNESS CHECKS - PNC / PND (rebuttable presumption material)", bold=True,
             size=11, align="C")
    docx_par(d, f"URN {URN}.  Checks completed by DC 2290 GREGSON on 29/10/2026.", size=9)
    docx_grid(d, ["Witness", "DOB", "PNC result", "Comment"], [
        ["PRYCE, Rhiannon Ellis (complainant)", "03/02/2002", "No trace", "Nil return"],
        ["PRYCE, Megan Louise", "19/07/1999", "No trace", "Nil return"],
        ["NWOSU, Sasha Amara", "08/05/2001", "No trace", "Nil return"],
    ], widths=(5.5, 2.5, 3, 6))
    docx_par(d, "Police witnesses (PC 4471 ASHDOWN, DC 2290 GREGSON): Professional Standards confirm no "
                "findings of misconduct or matters requiring disclosure.", size=9)
    save_docx(d, f / "export_000404.docx", created)

    # ------------------------------------------------------------------ MG6C / MG6D (tables)
    d = sys_doc("MG6C")
    docx_par(d, "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", bold=True, size=12, align="C")
    docx_par(d, f"R v KESTEVEN   URN {URN}   Page 1 of 1   The disclosure officer believes the following "
                "material, which does not form part of the prosecution case, is NOT sensitive.", size=8.5)
    docx_grid(d, ["Item", "Description and relative location", "Location", "CPS: disclosure test met?"], [
        ["1", "Command and control incident log SP-20260617-0233: complainant's report by 101 at 10:14 on "
              "17/06/2026 and the deployment of PC ASHDOWN. Copy provided.", "Attached to file", ""],
        ["2", "Crime report CR/22817/26 with investigation log 17/06/2026 - 30/10/2026. Copy provided.",
         "Attached to file", ""],
        ["3", "PC 4471 ASHDOWN pocket notebook pp.34-37: complainant's first account on 17/06/2026, signed by "
              "her. Copy provided (record of first complaint).", "Attached to file", ""],
        ["4", "DC 2290 GREGSON notebook pp.12-13: account of Jordan PIKE on 01/07/2026, who declined to make "
              "a statement; says he saw the complainant and suspect kissing in the kitchen at about midnight. "
              "Copy provided - may assist the defence.", "Wrenfield CID", ""],
        ["5", "DC GREGSON notebook p.14: accounts of Leon ASHWORTH and Kacey MORGAN, guests who left at about "
              "23:30 and saw nothing relevant.", "Wrenfield CID", ""],
        ["6", "Record of enquiry at 11 Tanners Row, 25/06/2026: doorbell camera footage overwritten after "
              "seven days.", "Wrenfield CID", ""],
        ["7", "Custody record CU/13/5521/26 for Daniel KESTEVEN, 18/06/2026.", "Wrenfield custody", ""],
        ["8", "Master audio recording of suspect interview 18/06/2026, ref WF/26/1188.", "Property store", ""],
        ["9", "MG21 forensic submission form to Aldergate Forensic Services, 22/06/2026, and forensic "
              "adviser's note that SARC toxicology samples were not submitted (three-day delay).",
         "Wrenfield CID", ""],
        ["10", "DFU request form for HG/1 dated 19/06/2026 setting the date range and data types.",
         "Wrenfield CID", ""],
        ["11", "PNC checks on prosecution witnesses, 29/10/2026 (nil returns). Copy provided.",
         "Attached to file", ""],
        ["12", "Bail records: pre-charge bail 18/06/2026 and extension authority 15/09/2026.",
         "Wrenfield custody", ""],
    ], widths=(1.2, 10.3, 2.8, 2.7), size=8.5)
    docx_par(d, "Disclosure officer: DC 2290 H GREGSON   Signature: [signed]   Date: 30/10/2026", size=9)
    save_docx(d, f / "export_000420.docx", created)

    d = sys_doc("MG6D")
    docx_par(d, "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", bold=True, size=12, align="C")
    docx_par(d, f"R v KESTEVEN   URN {URN}   Not to be disclosed to the defence.", size=8.5)
    docx_grid(d, ["Item", "Description", "Reason for sensitivity", "CPS view"], [
        ["1", "Rosewood SARC referral form and full FME examination notes for the complainant, 17/06/2026.",
         "Intimate medical information and the complainant's personal details; Article 8 privacy. The "
         "examination summary is served separately.", ""],
        ["2", "ISVA referral form to Severnside ISVA Service, 17/06/2026.",
         "Contains complainant's address, contact preferences and support needs.", ""],
        ["3", "Victim Needs Assessment and Victims' Code contact log.",
         "Complainant's personal data and wellbeing information.", ""],
    ], widths=(1.2, 6.3, 7, 2.5), size=8.5)
    docx_par(d, "Disclosure officer: DC 2290 H GREGSON   Signature: [signed]   Date: 30/10/2026", size=9)
    save_docx(d, f / "export_000421.docx", created)

    # ------------------------------------------------------------------ MG12
    d = sys_doc("MG12 exhibit list")
    docx_par(d, "MG12  EXHIBIT LIST", bold=True, size=12, align="C")
    docx_par(d, f"URN {URN}   R v KESTEVEN", size=9)
    docx_grid(d, ["Exhibit", "Description", "Produced by", "Location"], [
        ["TA/1", "Photographs of two messages on complainant's phone screen (06:12 and 09:40, 14/06/2026)",
         "PC 4471 ASHDOWN", "Digital evidence store"],
        ["HG/1", "Black Samsung mobile phone seized from suspect, bag S00441287", "DC 2290 GREGSON",
         "Property store"],
        ["HG/2", "DFU download report of HG/1 (limited extraction)", "DC 2290 GREGSON", "Wrenfield CID"],
        ["CW/1", "High vaginal swab", "Dr C WYNNE (FME)", "Aldergate Forensic Services"],
        ["CW/2", "Low vaginal swab", "Dr C WYNNE (FME)", "Aldergate Forensic Services"],
        ["CW/3", "Blood sample (not submitted)", "Dr C WYNNE (FME)", "Rosewood SARC freezer"],
        ["CW/4", "Urine sample (not submitted)", "Dr C WYNNE (FME)", "Rosewood SARC freezer"],
    ], widths=(1.8, 8.2, 3.5, 3.5))
    save_docx(d, f / "export_000422.docx", created)

    # ------------------------------------------------------------------ crime report & incident log
    d = sys_doc("Crime report")
    docx_par(d, "CRIME REPORT", bold=True, size=12, align="C")
    docx_kv_table(d, [
        ("Crime number", CR), ("URN", URN), ("Classification", "Rape of a female aged 16 or over (SOA 2003 s.1)"),
        ("Date/time committed", "14/06/2026 04:00 - 05:00 (approx.)"), ("Location", "9 Tanners Row, Wrenfield"),
        ("Reported", "17/06/2026 10:14 by telephone (101) - incident SP-20260617-0233"),
        ("Victim", "PRYCE, Rhiannon Ellis, F, 24"), ("Suspect", "KESTEVEN, Daniel Mark, M, 27 - arrested 18/06/2026"),
        ("Protected characteristics (victim)", "Sex: female. Disability: dyslexia (self-declared). Other: none recorded."),
        ("OIC", "DC 2290 GREGSON"),
        ("MO", "Suspect had sexual intercourse with victim while she was asleep on his sofa after a party."),
    ], widths=(5, 12))
    docx_par(d, "Investigation log (extract)", bold=True)
    docx_grid(d, ["Date", "Entry"], [
        ["17/06/2026", "Report received. PC ASHDOWN attended, first account in PNB. SARC referral made."],
        ["18/06/2026", "Suspect arrested, interviewed, bailed with conditions."],
        ["19/06/2026", "Complainant's written statement (declined VRI). Sister's statement. VPS offered."],
        ["20/06/2026", "DI FENWICK review: early advice not required - see MG3."],
        ["22/06/2026", "Swabs submitted to Aldergate. Toxicology not submitted on forensic advice."],
        ["25/06/2026", "Doorbell enquiry 11 Tanners Row: overwritten."],
        ["01/07/2026", "Jordan PIKE spoken to; declined statement; account in PNB."],
        ["15/07/2026", "DFU report HG/2 received."],
        ["28/08/2026", "SFR1 received."],
        ["30/10/2026", "File complete; supervisor review."],
    ], widths=(2.8, 14.2))
    save_docx(d, f / "export_000405.docx", created)

    d = sys_doc("Incident log", author="CONTROL ROOM")
    docx_par(d, "COMMAND AND CONTROL - INCIDENT LOG  SP-20260617-0233", bold=True, size=11, align="C")
    docx_par(d, f"URN {URN}   Opened 17/06/2026 10:14   Grade: priority (P2)   Closed 17/06/2026 19:30", size=9)
    docx_grid(d, ["Time", "Operator", "Entry"], [
        ["10:14", "C3318", "101 CALL. Female caller RHIANNON PRYCE reports she was raped by a male friend "
                           "DANIEL KESTEVEN at his flat 9 TANNERS ROW in early hours of SUNDAY 14/06. Caller at "
                           "home 41 KILN ST with sister. Not in immediate danger. Suspect not present."],
        ["10:16", "C3318", "Advised not to wash clothing if not already done - caller states already washed. "
                           "Early evidence kit not applicable (3 days)."],
        ["10:22", "D114", "Resource allocated: PC 4471 ASHDOWN. ETA after current job."],
        ["12:05", "4471", "At scene. Brief first account obtained, in PNB. Messages photographed."],
        ["13:40", "4471", "SARC referral - Rosewood SARC appointment 15:30."],
        ["19:30", "D114", "Crime recorded CR/22817/26. Passed to Wrenfield CID RASSO. Closed."],
    ], widths=(1.5, 1.8, 13.7))
    save_docx(d, f / "export_000401.docx", created)

    # ------------------------------------------------------------------ PNB copy (record of first complaint)
    d = sys_doc("PNB extract PC 4471")
    docx_par(d, "POCKET NOTEBOOK - TYPED COPY OF ENTRY  (PC 4471 ASHDOWN, PNB 0032117, pages 34-37)", bold=True,
             size=10.5, align="C")
    docx_par(d, f"URN {URN}.  Record of the complainant's first account to police, 17/06/2026.", size=9)
    for ln in [
        "17/06/26 1205 - at 41 Kiln St with Rhiannon PRYCE (RP) & sister Megan. Explained brief acct only.",
        "RP states: Sat night party at Dan KESTEVEN flat 9 Tanners Row for Jordan's bday. Drank lots. Fell "
        "asleep on sofa approx 2am. Woke up - still dark - leggings & knickers down, Dan on top of her, 'he was "
        "having sex with me'. Said 'what are you doing', pushed him off. He said 'you were well up for it'. "
        "'I was asleep. I never said yes to anything.' Left about 6am, walked home, text sister 0612.",
        "RP asked not to be filmed - BWV not activated - noted.",
        "Shown msgs on RP phone: 0612 to Megan; 0940 from 'Dan K'. Photographed on force device (TA/1).",
        "Read over to RP 1241 - agrees correct. Signed: R Pryce [signed]. 4471 [signed]",
    ]:
        docx_par(d, ln, size=9.5)
    save_docx(d, f / "export_000406.docx", created)

    d = sys_doc("PNB extract DC 2290")
    docx_par(d, "POCKET NOTEBOOK - TYPED COPY OF ENTRY  (DC 2290 GREGSON, PNB 0029954, pages 12-14)", bold=True,
             size=10.5, align="C")
    docx_par(d, f"URN {URN}.  Accounts of party guests who did not make statements (MG6C items 4 and 5).", size=9)
    for ln in [
        "01/07/26 1410 - phone call Jordan PIKE (JP). Declines to make statement - 'mates with both of them'.",
        "JP states: saw Rhi and Dan kissing in kitchen 'about midnight, maybe just after'. Didn't see how it "
        "ended. Left approx 0215 with Sasha. Rhi asleep on sofa then. Dan 'said he'd sort her a blanket'. "
        "Got message from Dan Sunday morning 'think Ive messed up with Rhi mate' - did not reply, did not ask.",
        "02/07/26 0930 - Leon ASHWORTH by phone: left approx 2330, nothing of note, Rhi 'chatty, fine'.",
        "02/07/26 0945 - Kacey MORGAN by phone: left with Leon approx 2330, saw nothing relevant.",
        "2290 [signed]",
    ]:
        docx_par(d, ln, size=9.5)
    save_docx(d, f / "export_000407.docx", created)

    # ------------------------------------------------------------------ forensic + medical
    d = sys_doc("SFR1 Aldergate", author="Aldergate Forensic Services")
    docx_par(d, "STREAMLINED FORENSIC REPORT - SFR1", bold=True, size=12, align="C")
    docx_kv_table(d, [
        ("Provider", "Aldergate Forensic Services Ltd (fictional), lab ref AFS-26-08812"),
        ("URN", URN), ("Suspect", "KESTEVEN, Daniel Mark"), ("Complainant", "PRYCE, Rhiannon Ellis"),
        ("Items examined", "CW/1 high vaginal swab; CW/2 low vaginal swab; reference sample from suspect"),
        ("Key findings", "Semen was identified on CW/1 and CW/2. A DNA profile obtained from the sperm fraction of "
                         "CW/1 matches the reference profile of Daniel KESTEVEN. The probability of a match if the "
                         "DNA came from an unknown person unrelated to him is estimated at less than one in a "
                         "billion."),
        ("Not examined", "CW/3 and CW/4 (toxicology) - not submitted; see MG6C item 9."),
        ("Reporting scientist", "K. OYELOWO, reporting officer, 28/08/2026"),
    ], widths=(4, 13))
    docx_par(d, "This is a streamlined report. If the findings are disputed a full statement (SFR2) will be "
                "provided on request.", italic=True, size=8.5)
    save_docx(d, f / "export_000430.docx", created)

    d = sys_doc("SARC summary", author="Rosewood SARC")
    docx_par(d, "ROSEWOOD SARC - FORENSIC MEDICAL EXAMINATION: SUMMARY FOR THE INVESTIGATING OFFICER", bold=True,
             size=11, align="C")
    docx_kv_table(d, [
        ("URN", URN), ("Patient", "PRYCE, Rhiannon Ellis"), ("Examination", "17/06/2026 15:40 - 17:05"),
        ("Forensic physician", "Dr Catrin WYNNE"),
        ("Consent", "Written consent given 17/06/2026 to forensic examination, to samples, and to this summary "
                    "and the examination notes being shared with police and the CPS."),
        ("History given", "Woke at a friend's flat in the early hours of 14/06/2026 to find him having "
                          "intercourse with her; she had been asleep."),
        ("Findings", "No injuries seen on general or ano-genital examination. The absence of injury neither "
                     "confirms nor refutes the account."),
        ("Samples", "CW/1 HVS, CW/2 LVS, CW/3 blood, CW/4 urine."),
        ("Aftercare", "Emergency contraception; sexual health referral; ISVA referral made by crisis worker."),
    ], widths=(4, 13))
    save_docx(d, f / "export_000432.docx", created)

    docs = [
        {"name": "SENTINEL_MG3_13CM0451226_v3.docx", "type": "MG3"},
        {"name": "export_000412.docx", "type": "MG11", "role": "complainant"},
        {"name": "export_000413.docx", "type": "MG11", "role": "first_account"},
        {"name": "export_000414.docx", "type": "MG11", "role": "officer"},
        {"name": "export_000415.docx", "type": "MG11", "role": "witness"},
        {"name": "export_000431.docx", "type": "MG11", "role": "officer"},
        {"name": "export_000402.docx", "type": "ROTI"},
        {"name": "export_000403.docx", "type": "PNC"},
        {"name": "export_000404.docx", "type": "PNC"},
        {"name": "export_000420.docx", "type": "MG6C"},
        {"name": "export_000421.docx", "type": "MG6D"},
        {"name": "export_000422.docx", "type": "MG12"},
        {"name": "export_000405.docx", "type": "CRIME_REPORT"},
        {"name": "export_000401.docx", "type": "INCIDENT_LOG"},
        {"name": "export_000430.docx", "type": "FORENSIC"},
        {"name": "export_000432.docx", "type": "MEDICAL"},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "CRIME_REPORT",
                          "INCIDENT_LOG", "FORENSIC", "MEDICAL"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# C02  HALLORAN  (compliant; ABE; first account named only as "her cousin"; MG6C/MG6D as XLSX;
#                 DPN with parameters; URN in boxes on statements)
# ==============================================================================================
def xlsx_schedule(path: Path, created: str, kind: str, urn: str, rv: str, rows: list, officer: str,
                  date: str, nil_text: str = ""):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MG6C" if kind == "C" else "MG6D"
    bold = Font(bold=True, name="Arial", size=10)
    norm = Font(name="Arial", size=9)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws["A1"] = "OFFICIAL-SENSITIVE (when complete)"
    ws["A1"].font = Font(name="Arial", size=8, italic=True)
    ws["E1"] = "MG 6C" if kind == "C" else "MG 6D"
    ws["E1"].font = bold
    ws["A2"] = ("POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL" if kind == "C"
                else "POLICE SCHEDULE OF SENSITIVE MATERIAL")
    ws["A2"].font = Font(bold=True, name="Arial", size=12)
    ws["A3"] = f"URN: {urn}"
    ws["C3"] = rv
    ws["A3"].font = bold
    ws["C3"].font = bold
    ws["A4"] = ("The disclosure officer believes that the following material, which does not form part of "
                "the prosecution case, is not sensitive." if kind == "C" else
                "The disclosure officer believes that the following material is sensitive and that its "
                "disclosure would give rise to a real risk of serious prejudice to an important public interest. "
                "NOT TO BE DISCLOSED TO THE DEFENCE.")
    ws["A4"].font = Font(name="Arial", size=8.5, italic=True)
    ws.merge_cells("A4:E4")
    ws["A4"].alignment = wrap
    ws.row_dimensions[4].height = 30
    hdr = (["Item No.", "Description and relative location", "Location", "CPS use: disclosure test met? "
            "(Y / N / ?)", "CPS comment"] if kind == "C" else
           ["Item No.", "Description", "Reason for sensitivity", "CPS view (disclose / withhold / seek "
            "PII ruling)", "CPS comment"])
    for i, h in enumerate(hdr):
        c = ws.cell(row=6, column=i + 1, value=h)
        c.font = bold
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.border = BOX
        c.alignment = wrap
    ws.row_dimensions[6].height = 30
    r = 7
    for row in rows:
        for i, v in enumerate(row):
            c = ws.cell(row=r, column=i + 1, value=v)
            c.font = norm
            c.border = BOX
            c.alignment = wrap
        for i in range(len(row), 5):
            ws.cell(row=r, column=i + 1).border = BOX
        longest = max(len(str(row[1])) / 60, len(str(row[2])) / (28 if kind == "D" else 20) if len(row) > 2 else 1)
        ws.row_dimensions[r].height = 13 * max(1, math.ceil(longest))
        r += 1
    if nil_text:
        ws.cell(row=r, column=2, value=nil_text).font = norm
        r += 1
    r += 1
    ws.cell(row=r, column=1, value="Disclosure officer:").font = bold
    ws.cell(row=r, column=2, value=officer).font = norm
    ws.cell(row=r + 1, column=1, value="Signature:").font = bold
    ws.cell(row=r + 1, column=2, value="[signed]").font = norm
    ws.cell(row=r + 2, column=1, value="Date:").font = bold
    ws.cell(row=r + 2, column=2, value=date).font = norm
    for col, w in zip("ABCDE", (9, 62, 30 if kind == "D" else 22, 18, 22)):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "6:6"
    ws.oddFooter.center.text = "Page &P of &N"
    save_xlsx(wb, path, created)


def case_halloran(out: Path):
    name = "22NM0087326_HALLORAN"
    f = fresh(out, name)
    URN = "22NM0087326"
    created = "02/11/2026 11:05"
    FORCE = "Northmoor Constabulary"
    common = dict(urn=URN, style="national", urn_boxes=True, force=FORCE)

    # ------------------------------------------------------------------ MG3
    mg3_pdf(f / "MG3_HALLORAN.pdf", created, URN, [
        ("center", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 13),
        ("center", "MG3  -  Northmoor Constabulary  -  RASSO", 9, ""),
        ("boxes", "URN"),
        ("kv", [("Suspect", "Callum James HALLORAN, born 30/01/2004, of 27 Larchfield Road, Eastmoor"),
                ("Offence", "Rape (Sexual Offences Act 2003, s.1) of Aisling MORROW, aged 19, at 27 Larchfield "
                            "Road, Eastmoor, on 02/08/2026 at about 01:30"),
                ("Bail / custody", "Pre-charge bail, conditions: not to contact Aisling MORROW directly or "
                                   "indirectly; not to attend Larkspur Hall, Eastmoor University. Bail extended "
                                   "by a superintendent on 28/10/2026; return date 06/12/2026."),
                ("Decision sought", "FULL CODE TEST")]),
    ], [
        ("1. Summary of the case",
         "Aisling MORROW is a second-year student at Eastmoor University. On the night of 1-2 August 2026 she "
         "was out with friends from her course at The Foundry nightclub, where she met the suspect, who is a "
         "friend of one of her course mates. They danced and, when her friends left at about 00:40, she agreed to "
         "walk back to his house on Larchfield Road, about ten minutes away, for another drink. CCTV from the "
         "club (TH/4) shows them leaving together at 00:43 with her arm linked through his.\n\n"
         "In her ABE interview (05/08/2026, PN/1) she says that in his bedroom she agreed to kiss him, then told "
         "him clearly she did not want to have sex, more than once. She describes him holding both her wrists "
         "above her head with one hand, pulling her shorts and underwear aside and penetrating her vagina with "
         "his penis while she said 'stop' and tried to turn away. She froze. Afterwards she lay still until he "
         "fell asleep, and at about 03:20 she left and took a taxi back to her hall of residence. He messaged "
         "her at 03:41 ('u get home ok? x') and at 10:12 ('last night was fun, don't be weird about it').\n\n"
         "At about 11:00 that morning she telephoned her cousin and told her what had happened. Her cousin came "
         "to the hall and drove her to Eastmoor police station, where she reported it at the front counter at "
         "14:20 to PC 3318 OYELARAN, who recorded her first account. At Harbour House SARC that evening the "
         "forensic physician, Dr TEALE, recorded small bruises on the inside of both wrists consistent with "
         "fingertip pressure.\n\n"
         "The first person Aisling told was her cousin, whose statement is attached. No one else was told before "
         "the report."),
        ("2. Suspect's account",
         "Arrested 06/08/2026 at home; interviewed the same day with his solicitor. He handed in a prepared "
         "statement and then made no comment to all questions. The prepared statement says that Aisling came "
         "back to his house willingly, that they kissed on his bed and had sex, that she was 'completely up for "
         "it' and never said stop or tried to stop him, that he did not hold her wrists, and that she left while "
         "he was asleep. He says he messaged her to check she had got home. His defence will be consent, or "
         "reasonable belief in consent. He did not explain the 10:12 message. The ROTI is attached."),
        ("3. Reasonable lines of enquiry (including anything that points away from the suspect)",
         "We have tried to test both accounts. What we found that may help the suspect is set out here and is "
         "flagged on the MG6C and MG6E so that it can be disclosed.\n\n"
         "(a) Club CCTV. The Foundry CCTV was obtained and viewed. It shows the two of them leaving together at "
         "00:43, relaxed, her arm through his. This supports his account that she went to the house willingly "
         "(she agrees she did). The clip is exhibited (TH/4) and is in the file.\n\n"
         "(b) The suspect's housemate, Ethan BRADSHAW, heard them come in laughing at about 00:50 and heard "
         "nothing after about 01:00 because he was wearing headphones. His statement is attached; it is neutral "
         "to helpful for the defence. The second housemate was away in Ireland that weekend, which was checked "
         "with his travel booking, and so was not a witness.\n\n"
         "(c) Taxi. Streetcar Taxis records show a booking from Larchfield Road at 03:24 to Larkspur Hall. The "
         "driver, Peter AINSCOUGH, was spoken to on 20/08/2026 and cannot remember the fare; no statement was "
         "taken because he can give no evidence either way. The booking record and the note of the "
         "conversation are on the MG6C.\n\n"
         "(d) Her phone was examined, with her agreement, under a Digital Processing Notice she signed on "
         "05/08/2026, but only within set parameters (section 4). Nothing was found that undermines her account. "
         "We looked in particular for any message to friends that night describing the evening differently; "
         "there is none.\n\n"
         "(e) The suspect's phone (TH/1) was downloaded within the same date range. Apart from the two messages "
         "to Aisling, it holds a message to a friend at 12:30 on 02/08/2026: 'she was well into it, dont know "
         "why shes blanking me'. That is consistent with the account he now gives and is recorded because it "
         "may assist him.\n\n"
         "(f) Not pursued: we have not sought her medical, counselling or university records. Nothing in the "
         "investigation suggests they would bear on consent or on her reliability, and asking for them would "
         "not be a reasonable line of enquiry. Friends who were at the club were spoken to; none saw anything "
         "after 00:40 and they gave no statements; their details are on the MG6C."),
        ("4. Disclosure and digital strategy",
         "Disclosure officer DC 0561 HUSSAIN. MG6C, MG6D and MG6E are attached. Rebuttable-presumption material "
         "is attached: the incident log, crime report, PC OYELARAN's notebook record of the first account, and "
         "PNC results for all prosecution witnesses (the cousin has a 2021 caution, recorded on the witness "
         "PNC sheet).\n\n"
         "Digital strategy. Complainant's phone: selective extraction by the Digital Forensic Unit on "
         "12/08/2026, limited to WhatsApp, SMS/iMessage and call logs between her and the suspect, and between "
         "her and her cousin, from 00:00 on 01/08/2026 to 23:59 on 03/08/2026. The reason: to capture what was "
         "said between them on the night and the next day, and to corroborate the time of the call to her "
         "cousin. No photographs, browsing, location, social media or other data were taken, and the phone was "
         "returned to her the same day. DPN attached. Suspect's phone (TH/1): same date range; messages and "
         "calls with the complainant and with the two contacts he messaged on 02/08/2026."),
        ("5. Forensic and medical",
         "Harbour House SARC, 02/08/2026, Dr Imogen TEALE (FME summary attached). Aisling signed consent on "
         "02/08/2026 for the SARC notes and the summary to be released to the police and the CPS. Intimate "
         "swabs and a blood sample were submitted to the laboratory on 14/08/2026. Intercourse is admitted, so "
         "the DNA result is not expected to be in issue; the toxicology result will show whether alcohol "
         "affected her memory of events, which the defence may raise."),
        ("6. Outstanding evidence",
         ("grid", ["Item", "Status", "Target date"], [
             ["DNA results: HVS/LVS swabs (IT/1, IT/2)", "Submitted 14/08/2026", "27/11/2026"],
             ["Toxicology: blood sample (IT/4)", "Submitted 14/08/2026", "27/11/2026"],
         ], (80, 55, 41))),
        ("7. Victim and witness care",
         "Special measures: Aisling's ABE will be her evidence in chief. She wants screens and would prefer "
         "to give her live evidence from a remote link site. She was asked about pre-recorded cross-examination "
         "under s.28 on 05/08/2026 and said she would like it, so that she can 'get it over with' before her "
         "final year. She has no communication needs and an intermediary is not required. MG2 to follow from "
         "Witness Care after charge.\n\n"
         "Needs: no interpreter needed. She asks for contact by text message, not calls during lectures, and "
         "through her ISVA (Jo ADAMS, Northmoor Rape Crisis, referred 02/08/2026 by the SARC). The university "
         "has been told of her bail-condition protection with her consent.\n\n"
         "VPS: offered on 05/08/2026 after the ABE. She did not want to make one yet; she knows she can do so at "
         "any stage and the offer will be repeated at charge."),
        ("8. Early advice",
         "Early advice was sought and given by Rebecca OSEI, CPS RASSO unit, on 20/08/2026 (record attached). "
         "Each point was actioned: club CCTV obtained (TH/4), housemate's statement taken, taxi enquiry made, "
         "and the phone extraction kept within the parameters above."),
        ("9. Officer in the case",
         [("OIC", "DC 0561 Tariq HUSSAIN, RASSO team, Eastmoor"),
          ("Telephone", "01632 960233 (direct) / 07700 900233 (work mobile)"),
          ("E-mail", "tariq.hussain@northmoor.police.example"),
          ("Supervisor", "DS 0420 Claire BANNISTER - reviewed and endorsed 30/10/2026"),
          ("Date", "02/11/2026")]),
    ], variant="national")

    # ------------------------------------------------------------------ statements
    mg11_pdf(f / "statement 1.pdf", dict(common, name="Priya NAIR", age="Over 18",
                                         occ="Detective Constable 1187", date="12/08/2026",
                                         sig="[signed] P. Nair", witnessed="", body=[
        "I am a Detective Constable with Northmoor Constabulary, trained in Achieving Best Evidence interviewing "
        "of adult and child witnesses.",
        "On Wednesday 5th August 2026 I conducted a video-recorded interview with Aisling MORROW at the "
        "Eastmoor ABE suite. The interview began at 10:02 and ended at 11:16. DS 0420 BANNISTER monitored "
        "the interview from the adjoining room. No one else was present.",
        "Before the interview I prepared a written interview plan, dated 4th August 2026, which has been "
        "retained and is listed on the unused material schedule.",
        "At the end of the interview the recording was copied to two discs. I sealed the master copy in my "
        "presence and I produce it as exhibit PN/1 (seal number NM00771243). I produce the working copy as "
        "exhibit PN/2. A digital copy of the working copy has been provided with the case file.",
        "I also prepared a summary and index of the interview, which is attached to the file.",
        "After the interview I explained the Victim Personal Statement to Aisling and offered her the chance "
        "to make one. She said she did not want to do so yet.",
        "I also explained the Digital Processing Notice to her before she decided whether to agree to her "
        "phone being examined. She read it, asked questions about what would be looked at, and signed it at "
        "11:40. So that she would not be without her phone, it was agreed that she would bring it to the "
        "Digital Forensic Unit on the day of the extraction. On 12th August 2026 she did so; the selective "
        "extraction was carried out that morning and the phone was returned to her the same day.",
    ]), created)

    mg11_pdf(f / "statement 2.pdf", dict(common, name="Jack OYELARAN", age="Over 18",
                                         occ="Police Constable 3318", date="02/08/2026",
                                         sig="[signed] J Oyelaran", witnessed="", body=[
        "I am a police constable with Northmoor Constabulary. On Sunday 2nd August 2026 I was on duty at the "
        "front counter at Eastmoor police station.",
        "At 14:20 a young woman, who I now know to be Aisling MORROW, came to the counter with another woman who "
        "said she was her cousin. Aisling said she wanted to report that she had been raped. I took them into a "
        "private room. I was the first police officer to deal with her.",
        "I told her I only needed a short account so that she could get the right help. She said that she had "
        "met a man called Callum at The Foundry the night before, gone back to his house on Larchfield Road, and "
        "that he had had sex with her when she had told him she didn't want to. She said he held her wrists. She "
        "said she left at about 3 am in a taxi. She was tearful but clear.",
        "I wrote down what she said in my pocket notebook at pages 61 to 63 at 14:31 and read it back to her. "
        "She agreed it was right and signed it.",
        "I noticed red marks on the inside of both of her wrists. I did not photograph them, because I was "
        "arranging for her to be seen at the SARC where they would be recorded by the doctor.",
        "I contacted Harbour House SARC and arranged an examination at 18:00. I advised her not to eat or drink "
        "more than she needed to and not to wash before then. I created incident NM-20260802-0611 and a crime "
        "report, and handed over to the RASSO team.",
    ]), created)

    mg11_pdf(f / "statement 3.pdf", dict(common, name="Orla Niamh FENWICK", age="Over 18",
                                         occ="Veterinary nurse", date="03/08/2026",
                                         sig="[signed] O.Fenwick", witnessed="DC 0561 HUSSAIN [signed]", body=[
        "I am Aisling MORROW's cousin. Our mums are sisters and we grew up a few streets apart, so we are more "
        "like sisters. Aisling is four years younger than me and she came to university in Eastmoor partly "
        "because I live here.",
        "On Sunday 2nd August 2026 at about 11 o'clock in the morning Aisling rang me. I was at home at 8 "
        "Beckett Close. I could tell straight away something was wrong because she was crying. She said 'Orla "
        "something bad happened last night'. I asked her what and she said she had gone back to a lad's house "
        "after the Foundry and he had sex with her when she told him no. She said he held her hands down and "
        "she kept saying stop. She said she didn't know what to do and that she felt stupid for going back "
        "there.",
        "I told her she wasn't stupid and that I was coming to get her. I drove to her hall, Larkspur Hall, and "
        "got there at about 11.40. She was sitting on her bed still in the clothes from the night before. She "
        "told me again, a bit more, while I sat with her. She said his name was Callum. She showed me a message "
        "from him that said something like 'last night was fun, don't be weird about it'.",
        "I said she should report it and she agreed. I drove her to Eastmoor police station and we went to the "
        "front counter at about 2.20 pm. I stayed with her until she went to the SARC.",
        "I have not talked to Aisling about the details since, because the police asked us not to.",
    ], rear=rear_page("8 Beckett Close, Eastmoor", "07700 900251", "orla.f@mailbox.example", "11/02/2003",
                      "Mobile", "21/12/2026 - 02/01/2027", taken_by="DC 0561 HUSSAIN, Eastmoor",
                      time_place="03/08/2026 16:00, Eastmoor police station", gender="F")), created)

    mg11_pdf(f / "statement 4.pdf", dict(common, name="Ethan BRADSHAW", age="Over 18", occ="Student",
                                         date="11/08/2026", sig="[signed] E Bradshaw", witnessed="", body=[
        "I live at 27 Larchfield Road, Eastmoor, with Callum HALLORAN and another student. I have lived with "
        "Callum since September 2025.",
        "On the night of Saturday 1st into Sunday 2nd August 2026 I was at home on my own playing games in my "
        "room, which is next to Callum's. At about ten to one I heard the front door and Callum and a girl "
        "came in. They were laughing on the stairs. I heard Callum say something like 'shh, Ethan's in' and "
        "they went into his room and he put music on.",
        "At about 1 am I put my headphones on because I was playing online with friends, and I had them on until "
        "about 3 am. I did not hear anything from Callum's room while I had them on.",
        "At about 3.20 am, after I had taken my headphones off, I heard someone go down the stairs quietly and "
        "the front door close. I didn't see who it was.",
        "On the Sunday afternoon Callum told me he had 'pulled' at the Foundry. He didn't say anything else "
        "about it. I didn't see the girl at any point.",
    ], rear=rear_page("27 Larchfield Road, Eastmoor", "07700 900262", "ebradshaw@student.example",
                      "02/10/2004", "Mobile", "None", taken_by="DC 0561 HUSSAIN",
                      time_place="11/08/2026 13:00, Eastmoor police station", gender="M")), created)

    mg11_pdf(f / "statement 5.pdf", dict(common, name="Tariq HUSSAIN", age="Over 18",
                                         occ="Detective Constable 0561", date="21/08/2026",
                                         sig="[signed] T. Hussain", witnessed="", body=[
        "I am a Detective Constable in the RASSO team at Eastmoor and the officer in the case.",
        "At 07:02 on Thursday 6th August 2026 I arrested Callum James HALLORAN at 27 Larchfield Road, Eastmoor. "
        "I seized a blue Apple iPhone from his bedroom, which he confirmed was his. I produce it as exhibit TH/1.",
        "On 7th August 2026 I submitted TH/1 to the Digital Forensic Unit asking for messages and call records "
        "between the handset and the complainant's number and any other contact messaged on 02/08/2026, between "
        "00:00 on 01/08/2026 and 23:59 on 03/08/2026. I received the extraction report on 14th August 2026, "
        "which I produce as exhibit TH/2.",
        "On 10th August 2026 I attended The Foundry nightclub, Eastmoor, and viewed the CCTV system with the "
        "duty manager. The system clock was 1 minute fast against the speaking clock. I downloaded the camera "
        "covering the main exit between 00:30 and 01:00 on 02/08/2026 and produce it as exhibit TH/3. I then "
        "made a short clip from TH/3 covering 00:42:50 to 00:43:10, which shows a male and a female leaving "
        "together, and produce the clip as exhibit TH/4. A copy of TH/4 is provided with the file.",
        "On 20th August 2026 I spoke by phone to Peter AINSCOUGH, a driver for Streetcar Taxis, about a "
        "booking at 03:24 on 02/08/2026 from Larchfield Road. He could not remember the fare. I recorded our "
        "conversation in my notebook.",
    ]), created)

    # ------------------------------------------------------------------ ABE recording + summary
    make_video(f / "REC_0001.mp4", "abe", ["EASTMOOR ABE SUITE - ROOM 1", "05/08/2026 {t}",
                                           "VRI  MORROW A.  PN/2"], seconds=5, fps=10, seed=22,
               clock=(10, 2, 11))
    doc_pdf(f / "ROVI summary Morrow.pdf", created, [
        ("center", "RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY AND INDEX", 12),
        ("kv", [("URN", URN), ("Witness", "Aisling Mae MORROW (complainant), 19"),
                ("Date / place", "05/08/2026, Eastmoor ABE suite, room 1"),
                ("Start / finish", "10:02 - 11:16 (1 hr 14 min)"),
                ("Interviewer", "DC 1187 P NAIR"), ("Monitor", "DS 0420 C BANNISTER"),
                ("Exhibits", "PN/1 master (sealed), PN/2 working copy")], 40),
        ("p", "This is a summary, not a transcript. Times are from the recording counter."),
        ("grid", ["Counter", "Summary"], [
            ["00:00", "Introductions; ground rules; truth and lies; explanation of the recording."],
            ["03:40", "Free recall begins. Night out at The Foundry with course friends from about 22:30; drank "
                      "three or four vodka and lemonades and a shot."],
            ["09:15", "Met Callum through friend Zara's boyfriend; danced; friends left about 00:40; agreed to "
                      "go to his house 'for one drink'. Arm in his on the walk; 'I liked him'."],
            ["15:30", "In his bedroom. They kissed on the bed; she was happy to kiss. He tried to undo her "
                      "shorts; she said 'no, I don't want to do that' and moved his hand. Repeated twice."],
            ["21:05", "He held both wrists above her head with one hand; pulled shorts and knickers to one "
                      "side; penetrated her vagina with his penis. She said 'stop' several times and turned "
                      "her face away. 'I just froze'. Duration 'a few minutes'."],
            ["28:40", "Afterwards he said 'that was good' and fell asleep. She lay still, then left at about "
                      "03:20; booked taxi on app at door."],
            ["33:10", "Messages from him at 03:41 and 10:12. Called cousin about 11:00. Reported at station."],
            ["38:00", "Questioning: lighting, positions, what was said, clothing, his words. Describes "
                      "tattoo on his left forearm (a compass)."],
            ["52:20", "Clarifies alcohol: 'tipsy, not drunk'; remembers the walk and the room clearly."],
            ["61:45", "Asked about the marks on her wrists; noticed next morning."],
            ["70:30", "Closure; anything to add; thanked; recording ends 11:16."],
        ], (22, 154)),
        ("p", "Summary prepared by DC 1187 NAIR on 06/08/2026."),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    # ------------------------------------------------------------------ CCTV clip
    make_video(f / "TH4_Foundry_exit_clip.mp4", "cctv",
               ["THE FOUNDRY CAM 2 MAIN EXIT", "02/08/2026 {t}"], seconds=4, fps=5, codec="mpeg4",
               audio=False, seed=23, clock=(0, 42, 50))

    # ------------------------------------------------------------------ ROTI
    doc_pdf(f / "ROTI HALLORAN 060826.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 13),
        ("kv", [("URN", URN), ("Person interviewed", "Callum James HALLORAN (30/01/2004)"),
                ("Date", "06/08/2026"), ("Time commenced / concluded", "13:14 / 13:39"),
                ("Location", "Eastmoor custody suite, interview room 2"),
                ("Interviewing officers", "DC 0561 HUSSAIN, DC 1187 NAIR"),
                ("Legal representative", "Mr D. PATEL, Carr Legal"),
                ("Recording reference", "EM/26/08/0433")], 48),
        ("h", "Prepared statement (read by Mr PATEL at 13:16)", 10),
        ("p", "'I met Aisling at The Foundry on Saturday night. We got on well and danced together. When her "
              "friends left she asked if she could come back to mine and we walked back together with our arms "
              "linked. In my room we kissed on my bed and then had sex. She was completely up for it. She never "
              "told me to stop and never tried to stop me. I did not hold her wrists or hold her down. "
              "Afterwards I fell asleep, and when I woke up she had gone. I messaged her to check she had got "
              "home okay. I have nothing further to say.'"),
        ("h", "Questions and answers (summary)", 10),
        ("p", "After the prepared statement was read the suspect was asked about: why Aisling said she had told "
              "him no; the marks on her wrists; the music he put on; the 10:12 message 'don't be weird about "
              "it'; whether he checked she was consenting; whether he had been drinking. To each question he "
              "replied 'no comment'. The special warning was not given (no s.36/37 matters). Interview "
              "concluded 13:39."),
    ], head=std_head("Northmoor Constabulary - MG15 / ROTI", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    # ------------------------------------------------------------------ PNC (suspect) + witness PNC
    doc_pdf(f / "PNC_print.pdf", created, [
        ("mono", "PNC PRINT  -  PREVIOUS CONVICTIONS AND CAUTIONS                     OFFICIAL-SENSITIVE\n"
                 f"URN: {URN}                                   PRINTED: 29/10/2026 09:14 BY 0561\n"
                 "NAME    : HALLORAN, CALLUM JAMES                 DOB : 30/01/2004\n"
                 "PNC ID  : 22/0187431L                             SEX : M\n"
                 "---------------------------------------------------------------------------\n"
                 "CONVICTIONS : NONE RECORDED\n"
                 "CAUTIONS    : NONE RECORDED\n"
                 "REPRIMANDS/WARNINGS : NONE\n"
                 "WANTED/MISSING : NO   LOCAL INFO : NONE\n"
                 "IMPENDING PROSECUTIONS : THIS MATTER (BAILED 06/08/2026)\n"
                 "---------------------------------------------------------------------------\n"
                 "END OF PRINT", 8.2),
    ])
    doc_pdf(f / "Witness PNC checks.pdf", created, [
        ("center", "PREVIOUS CONVICTIONS OF PROSECUTION WITNESSES", 12),
        ("p", f"URN {URN}.  R v HALLORAN.  PNC checks run by DC 0561 HUSSAIN on 29/10/2026. Provided to the CPS "
              "as material presumed to meet the disclosure test."),
        ("grid", ["Witness", "Date of birth", "Result", "Details"], [
            ["Aisling Mae MORROW (complainant)", "14/05/2007", "No trace", "-"],
            ["Orla Niamh FENWICK", "11/02/2003", "Trace", "Simple caution 14/03/2021, possession of cannabis "
                                                             "(Class B). No convictions."],
            ["Ethan BRADSHAW", "02/10/2004", "No trace", "-"],
            ["Police witnesses (NAIR, OYELARAN, HUSSAIN)", "-", "-", "No disclosable misconduct findings (PSD "
                                                                       "check 29/10/2026)"],
        ], (50, 26, 20, 80)),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"))

    # ------------------------------------------------------------------ schedules (XLSX)
    xlsx_schedule(f / "MG6C HALLORAN.xlsx", created, "C", URN, "R v Callum James HALLORAN", [
        [1, "Incident log NM-20260802-0611: report at Eastmoor front counter 14:20 on 02/08/2026. Copy provided.",
         "With file"],
        [2, "Crime report NM/26/044871 and investigation log 02/08/2026 - 29/10/2026. Copy provided.",
         "With file"],
        [3, "PC 3318 OYELARAN pocket notebook pp.61-63: complainant's first account at 14:31 on 02/08/2026, "
            "signed by her. Copy provided.", "With file"],
        [4, "ABE interview plan for Aisling MORROW prepared by DC 1187 NAIR, dated 04/08/2026.", "RASSO office"],
        [5, "Custody record EM/C/26/3390 for Callum HALLORAN, 06/08/2026.", "Eastmoor custody"],
        [6, "Full CCTV download from The Foundry, camera 2, 00:30-01:00 on 02/08/2026 (TH/3). Shows both "
            "leaving together at 00:43; may assist the defence (clip TH/4 served).", "Property store"],
        [7, "DC HUSSAIN notebook p.22: phone call with taxi driver Peter AINSCOUGH 20/08/2026 - no recollection "
            "of the fare.", "RASSO office"],
        [8, "Streetcar Taxis booking record: pick-up Larchfield Road 03:24, drop-off Larkspur Hall 03:39, "
            "02/08/2026.", "RASSO office"],
        [9, "Notes of conversations with four course friends (names listed on the note) who were at The Foundry; "
            "none saw anything after 00:40; no statements taken.", "RASSO office"],
        [10, "Travel booking confirming second housemate was in Ireland 31/07 - 04/08/2026.", "RASSO office"],
        [11, "DFU request and extraction log for the complainant's phone, with the parameters set out in the "
             "DPN (LG/1 report is served).", "DFU"],
        [12, "DFU request for suspect's phone TH/1 with parameters.", "DFU"],
        [13, "Suspect's phone report TH/2 - message to a friend at 12:30 on 02/08/2026 'she was well into it'. "
             "May assist the defence.", "RASSO office"],
        [14, "MG21 forensic submission 14/08/2026 (swabs and blood, IT/1, IT/2, IT/4).", "RASSO office"],
        [15, "Early advice record from CPS dated 20/08/2026.", "With file"],
        [16, "PNC checks of prosecution witnesses 29/10/2026 (one caution, Orla FENWICK). Copy provided.",
         "With file"],
    ], "DC 0561 Tariq HUSSAIN", "30/10/2026")
    xlsx_schedule(f / "MG6D HALLORAN.xlsx", created, "D", URN, "R v Callum James HALLORAN", [
        [1, "Harbour House SARC referral and full examination notes for the complainant, 02/08/2026.",
         "Intimate medical information; complainant's privacy (Art. 8). Summary served separately."],
        [2, "ISVA referral (Northmoor Rape Crisis) with complainant's contact and support details.",
         "Personal data and support needs of the complainant."],
        [3, "Complainant's signed DPN with her personal phone number and device PIN noted by DFU.",
         "Personal data; device security information."],
    ], "DC 0561 Tariq HUSSAIN", "30/10/2026")

    doc_pdf(f / "MG6E.pdf", created, [
        ("center", "MG6E  DISCLOSURE OFFICER'S REPORT", 12),
        ("kv", [("URN", URN), ("R v", "Callum James HALLORAN"), ("Disclosure officer", "DC 0561 Tariq HUSSAIN")], 40),
        ("h", "Material which may undermine the prosecution case or assist the defence", 10),
        ("grid", ["MG6C item", "Why it may meet the test"], [
            ["6", "CCTV shows the complainant leaving with the suspect, arm in arm, apparently relaxed."],
            ["13", "Suspect's message at 12:30 on 02/08/2026 saying she was 'well into it' - consistent with "
                   "his account."],
            ["16 / witness PNC", "Caution of Orla FENWICK (2021, cannabis) - prosecution witness's record."],
        ], (30, 146)),
        ("h", "Certification", 10),
        ("p", "I certify that to the best of my knowledge and belief all relevant material retained, made or "
              "received during this investigation has been recorded on the MG6C or MG6D, and that I have "
              "considered whether any of it meets the disclosure test."),
        ("p", "Signed: [signed]  DC 0561 HUSSAIN     Date: 30/10/2026"),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    # ------------------------------------------------------------------ MG12
    doc_pdf(f / "MG12 exhibits.pdf", created, [
        ("center", "EXHIBIT LIST  (MG12)", 12),
        ("p", f"URN {URN}   R v HALLORAN"),
        ("grid", ["Ref", "Description", "Produced by", "Where held"], [
            ["PN/1", "ABE interview of Aisling MORROW 05/08/2026 - master disc, sealed NM00771243", "DC 1187 NAIR",
             "Property store"],
            ["PN/2", "ABE interview - working copy (digital copy with file: REC_0001.mp4)", "DC 1187 NAIR",
             "RASSO office"],
            ["TH/1", "Apple iPhone (blue) seized from suspect 06/08/2026", "DC 0561 HUSSAIN", "Property store"],
            ["TH/2", "DFU extraction report of TH/1", "DC 0561 HUSSAIN", "RASSO office"],
            ["TH/3", "CCTV download, The Foundry camera 2, 00:30-01:00 02/08/2026", "DC 0561 HUSSAIN",
             "Property store"],
            ["TH/4", "CCTV clip 00:42:50 - 00:43:10 (copy with file)", "DC 0561 HUSSAIN", "RASSO office"],
            ["LG/1", "DFU selective extraction report of complainant's phone (within DPN parameters)",
             "L GARVEY, DFU", "DFU"],
            ["IT/1 - IT/4", "SARC samples: HVS, LVS, wrist photographs, blood", "Dr I TEALE (FME)",
             "Laboratory / SARC"],
        ], (22, 86, 34, 34)),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    # ------------------------------------------------------------------ DPN + extraction report
    doc_pdf(f / "DPN_Morrow_signed.pdf", created, [
        ("center", "DIGITAL PROCESSING NOTICE", 13),
        ("center", "Victims and witnesses: agreement to the extraction of information from a digital device "
                   "(Police, Crime, Sentencing and Courts Act 2022, s.37)", 8.5, ""),
        ("kv", [("URN", URN), ("Device user", "Aisling Mae MORROW"),
                ("Device", "Apple iPhone 13, black, in pink case"),
                ("Officer", "DC 1187 Priya NAIR"), ("Date", "05/08/2026")], 40),
        ("h", "1. Why we are asking", 10),
        ("p", "You have told us that you exchanged messages with the man you have reported on the night and the "
              "next morning, and that you phoned your cousin before you came to the police. Those messages and "
              "that call are a reasonable line of enquiry: they may support what you have told us, and the "
              "defence are entitled to know about anything that does not."),
        ("h", "2. What we will look at", 10),
        ("p", "Only: WhatsApp messages, SMS/iMessages and call logs between you and Callum HALLORAN, and between "
              "you and Orla FENWICK. Only from 00:00 on 01/08/2026 to 23:59 on 03/08/2026. We will not take your "
              "photographs, internet history, location data, social media, notes or anything else."),
        ("h", "3. How it will be done and kept", 10),
        ("p", "A selective extraction by the Digital Forensic Unit, normally the same day. Anything outside the "
              "parameters above that is seen in the course of the extraction will not be reviewed or kept. The "
              "extracted material is kept securely for as long as the case requires under the CPIA code and "
              "then deleted."),
        ("h", "4. Your choice", 10),
        ("p", "You do not have to agree. If you do not agree, the investigation will not automatically stop; we "
              "would look for other ways to get the information. You can withdraw your agreement at any time "
              "before the extraction is finished."),
        ("h", "Agreement", 10),
        ("p", "I have read this notice (it was also read to me). I agree to the extraction described above."),
        ("scribble", "Signed (device user):", 4401),
        ("p", "Name: Aisling MORROW     Date: 05/08/2026  11:40"),
        ("scribble", "Officer:", 4402),
        ("p", "DC 1187 P NAIR     Date: 05/08/2026"),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    doc_pdf(f / "DFU_report_LG1.pdf", created, [
        ("center", "DIGITAL FORENSIC UNIT - SELECTIVE EXTRACTION REPORT (LG/1)", 12),
        ("kv", [("URN", URN), ("Lab ref", "NM-DFU-26-1142"), ("Device", "Apple iPhone 13 (complainant)"),
                ("Authority", "DPN signed 05/08/2026"),
                ("Extraction", "Selective (logical), 12/08/2026 09:10-10:05, examiner L GARVEY"),
                ("Parameters applied", "WhatsApp, SMS/iMessage, call log; contacts: 'Callum Foundry', 'Orla'; "
                                       "01/08/2026 00:00 - 03/08/2026 23:59"),
                ("Device returned", "12/08/2026 14:00 to complainant")], 44),
        ("grid", ["Date/time", "Type", "Direction", "Content / detail"], [
            ["02/08/2026 00:21", "WhatsApp", "Out (to Callum)", "'where r u lol'"],
            ["02/08/2026 00:22", "WhatsApp", "In (Callum)", "'by the bar x'"],
            ["02/08/2026 03:41", "WhatsApp", "In (Callum)", "'u get home ok? x'"],
            ["02/08/2026 10:12", "WhatsApp", "In (Callum)", "'last night was fun, don't be weird about it'"],
            ["02/08/2026 11:02", "Call", "Out (Orla)", "Duration 09:47"],
            ["02/08/2026 11:15", "WhatsApp", "In (Orla)", "'on my way x'"],
        ], (32, 22, 30, 92)),
        ("p", "No other data was extracted. Examiner: L GARVEY, Digital Forensic Investigator, 12/08/2026."),
    ], head=std_head("Northmoor Constabulary DFU", "OFFICIAL-SENSITIVE"), foot=std_foot(f"URN {URN}"))

    pnb_copy(f / "PNB 3318 pp61-63.pdf", created, URN, "PC 3318 OYELARAN", "PNB 0044718", "61-63",
             "02/08/2026 14:31", [
                 "1431 Eastmoor front counter, private room. Aisling MORROW (AM) with cousin.",
                 "AM states: met 'Callum' at Foundry last night, went back to his house Larchfield Rd",
                 "about 1am. Kissed. Told him didn't want sex. 'He held my wrists and did it anyway.'",
                 "'I kept saying stop.' Left about 3am in taxi. Red marks inner wrists seen.",
                 "Read over 1439 - agreed - signed A Morrow [signed]  3318 [signed]"], FORCE)

    # ------------------------------------------------------------------ incident log, crime report
    doc_pdf(f / "Incident log NM-20260802-0611.pdf", created, [
        ("mono", "NORTHMOOR CONSTABULARY - STORM INCIDENT LOG            OFFICIAL-SENSITIVE\n"
                 f"INCIDENT NM-20260802-0611   URN {URN}   OPENED 02/08/2026 14:24\n"
                 "CLASS: SEXUAL OFFENCE - RAPE     SOURCE: FRONT COUNTER EASTMOOR\n"
                 "--------------------------------------------------------------------------\n"
                 "14:24 3318  FEMALE AISLING MORROW 19YRS AT FRONT COUNTER WITH COUSIN. REPORTS\n"
                 "            RAPE BY MALE 'CALLUM' AT 27 LARCHFIELD RD APPROX 0130 HRS TODAY.\n"
                 "            MALE KNOWN TO FRIEND. NO INJURY REQUIRING HOSPITAL. MARKS TO WRISTS.\n"
                 "14:31 3318  FIRST ACCOUNT OBTAINED IN PNB 61-63.\n"
                 "14:52 3318  HARBOUR HOUSE SARC BOOKED 1800 HRS.\n"
                 "15:05 CR12  CRIME RECORDED NM/26/044871. RASSO ON CALL DS BANNISTER INFORMED.\n"
                 "17:30 3318  CONVEYED TO SARC WITH COUSIN.\n"
                 "19:45 CR12  RASSO TEAM ALLOCATED DC 0561 HUSSAIN. INCIDENT CLOSED.", 8),
    ])
    doc_pdf(f / "Crime report NM-26-044871.pdf", created, [
        ("center", "CRIME REPORT", 12),
        ("kv", [("Crime number", "NM/26/044871"), ("URN", URN),
                ("Offence", "Rape of a female aged 16 or over - SOA 2003 s.1"),
                ("Committed", "02/08/2026 01:00 - 03:20 at 27 Larchfield Road, Eastmoor"),
                ("Reported", "02/08/2026 14:20, front counter, Eastmoor"),
                ("Victim", "MORROW, Aisling Mae, F, 19, student"),
                ("Victim - protected characteristics", "Female; age 19; no disability declared; Irish "
                                                       "(self-defined)"),
                ("Suspect", "HALLORAN, Callum James, M, 22 - arrested 06/08/2026, bailed"),
                ("OIC", "DC 0561 HUSSAIN"),
                ("Victims' Code", "Enhanced entitlement (sexual offence). ISVA referral 02/08/2026. VPS offered "
                                  "05/08/2026.")], 48),
    ], head=std_head("Northmoor Constabulary", "OFFICIAL-SENSITIVE"))

    # ------------------------------------------------------------------ early advice, SARC summary
    doc_pdf(f / "EA response 200826.pdf", created, [
        ("center", "CPS RASSO UNIT - RECORD OF EARLY ADVICE", 12),
        ("kv", [("URN", URN), ("Police OIC", "DC 0561 HUSSAIN"), ("Prosecutor", "Rebecca OSEI, Senior Crown "
                                                                               "Prosecutor"),
                ("Date", "20/08/2026"), ("Prosecutor contact", "01632 960990 / rebecca.osei@cps.example")], 40),
        ("p", "This is early advice on the direction of the investigation. It is not a charging decision."),
        ("p", "1. Obtain the club's CCTV of the exit before it is overwritten; it may show demeanour when they "
              "left, which is relevant either way."),
        ("p", "2. Take a statement from the housemate(s) present that night."),
        ("p", "3. Trace the taxi booking and speak to the driver about her demeanour."),
        ("p", "4. The complainant's phone: keep the extraction to the messages and calls with the suspect and "
              "with the cousin over the night and the following day. I do not advise any wider download; "
              "nothing suggests a wider examination is a reasonable line of enquiry."),
        ("p", "5. Submit the SARC samples including toxicology."),
        ("p", "Resubmit for a full code test decision when these are complete, or explain why not."),
    ], head=std_head("Crown Prosecution Service - Northmoor", "OFFICIAL-SENSITIVE"))

    doc_pdf(f / "SARC summary IT.pdf", created, [
        ("center", "HARBOUR HOUSE SARC", 12),
        ("center", "Forensic medical examination - summary for police", 10, ""),
        ("kv", [("URN", URN), ("Patient", "Aisling MORROW, 19"), ("Date/time", "02/08/2026 18:10 - 19:40"),
                ("Forensic physician", "Dr Imogen TEALE"),
                ("Consent", "Written consent obtained 02/08/2026 for examination, samples, photographs, and for "
                            "release of this summary and the SARC notes to the police and CPS."),
                ("Findings", "Two oval bruises, 1 cm and 1.5 cm, on the inner aspect of each wrist, consistent "
                             "with fingertip pressure. No ano-genital injury seen; this neither confirms nor "
                             "refutes the account."),
                ("Samples", "IT/1 HVS, IT/2 LVS, IT/3 photographs of wrists, IT/4 blood (toxicology)")], 40),
    ], head=std_head("Harbour House SARC", "OFFICIAL-SENSITIVE: MEDICAL"))

    docs = [
        {"name": "MG3_HALLORAN.pdf", "type": "MG3"},
        {"name": "statement 1.pdf", "type": "MG11", "role": "officer"},
        {"name": "statement 2.pdf", "type": "MG11", "role": "officer"},
        {"name": "statement 3.pdf", "type": "MG11", "role": "first_account"},
        {"name": "statement 4.pdf", "type": "MG11", "role": "witness"},
        {"name": "statement 5.pdf", "type": "MG11", "role": "officer"},
        {"name": "REC_0001.mp4", "type": "ABE_RECORDING"},
        {"name": "ROVI summary Morrow.pdf", "type": "ABE_SUMMARY"},
        {"name": "TH4_Foundry_exit_clip.mp4", "type": "CCTV"},
        {"name": "ROTI HALLORAN 060826.pdf", "type": "ROTI"},
        {"name": "PNC_print.pdf", "type": "PNC"},
        {"name": "Witness PNC checks.pdf", "type": "PNC"},
        {"name": "MG6C HALLORAN.xlsx", "type": "MG6C"},
        {"name": "MG6D HALLORAN.xlsx", "type": "MG6D"},
        {"name": "MG6E.pdf", "type": "MG6E"},
        {"name": "MG12 exhibits.pdf", "type": "MG12"},
        {"name": "DPN_Morrow_signed.pdf", "type": "DPN"},
        {"name": "DFU_report_LG1.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "Incident log NM-20260802-0611.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report NM-26-044871.pdf", "type": "CRIME_REPORT"},
        {"name": "EA response 200826.pdf", "type": "EARLY_ADVICE"},
        {"name": "SARC summary IT.pdf", "type": "MEDICAL"},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "ROTI", "PNC", "MG6C", "MG6D",
                          "MG6E", "MG12", "DPN", "DIGITAL_EXTRACT", "INCIDENT_LOG", "CRIME_REPORT",
                          "EARLY_ADVICE", "MEDICAL"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                          "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# C03  LINDQVIST  (compliant; ABE; first account named only as "her line manager"; image-only scanned
#                  statement of the officer who seized CCTV; forensic physician as expert; CCTV clip;
#                  drug screen outstanding with a target date)
# ==============================================================================================
def case_lindqvist(out: Path):
    name = "LINDQVIST_charging_file"
    f = fresh(out, name)
    URN = "41WP0219826"
    created = "03/11/2026 08:47"
    FORCE = "Wealdshire Police"
    sysfoot = "Wealdshire Police - Connect Case v2 - printed 02/11/2026"
    common = dict(urn=URN, style="force", force=FORCE, system_foot=sysfoot, decl="short")

    # ------------------------------------------------------------------ MG3 (niche-like)
    mg3_pdf(f / "MG3 - 41WP0219826.pdf", created, URN, [
        ("center", "MG3: REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 12.5),
        ("kv", [("URN", URN), ("Occurrence", "WP/26/038811"),
                ("Suspect", "LINDQVIST, Gareth Paul (DOB 17/12/1984), 3 Heron Walk, Kestrel Cross"),
                ("Offences", "1. Rape, SOA 2003 s.1.  2. Sexual assault, SOA 2003 s.3 (touching before the "
                             "rape, as an alternative if the jury are not sure of penetration without consent)."),
                ("Date / place", "15/08/2026 - 16/08/2026, between 23:28 and 00:15, Room 214, Kingfisher Park "
                                 "Hotel, Kestrel Cross"),
                ("Victim", "OKAFOR, Samira Noor (34)"),
                ("Status of suspect", "Released under investigation 21/08/2026 (see Part 9)"),
                ("Advice sought", "Full Code Test - charging decision")], 42),
    ], [
        ("Part 1 - Circumstances",
         "The complainant and the suspect both work for Harrowby Freight Ltd at its Kestrel Cross depot, she as a "
         "logistics planner and he as a transport manager in a different team. They knew each other to say hello "
         "to. On Saturday 15 August 2026 the company held a leaving party for a director at the Kingfisher Park "
         "Hotel and paid for rooms for staff who wanted to stay. She was in room 214; he was in room 118.\n\n"
         "She says that at about 23:25 she decided to go to bed, that the suspect offered to walk her to her "
         "room because she was unsteady, and that she accepted because he was a senior colleague and she "
         "thought nothing of it. At the door he followed her in. She says he kissed her, she turned her face "
         "away and said 'Gareth, no, go to bed', and he pushed her back onto the bed, held her upper arms, "
         "pulled up her dress and raped her (penis in vagina). She says she told him to stop several times and "
         "tried to push him off. He left after a time she could not estimate. She did not call anyone that "
         "night. At 07:55 the next morning she sent a WhatsApp message to her line manager asking to speak to "
         "her privately on Monday 'about something that happened with Gareth at the do', and asking her not to "
         "say anything.\n\n"
         "On Monday 17 August 2026 at about 09:30 she told her line manager, in a meeting room at the depot, "
         "what had happened. Her line manager encouraged her to report it and sat with her while she rang 101 "
         "at 13:10. Her line manager's statement is attached; it was her line manager to whom she first "
         "complained, and no one else was told before the police.\n\n"
         "Hotel CCTV of the second-floor corridor (RK/1, clip RK/2 in the file) shows the two of them enter room "
         "214 at 23:28:55 and the suspect leave alone at 00:14:20, about 45 minutes later. The hotel's key-card "
         "audit shows her card opening 214 at 23:28:51 and no other entry until 07:42."),
        ("Part 2 - Key evidence",
         "ABE interview of the complainant 20/08/2026 (BR/1, BR/2) with summary; statement of her line manager "
         "(first complaint, including the 07:55 message photographed as LB/1); PC BEAUMONT (first attending "
         "officer); CCTV (RK/1, RK/2) produced by DC KEMBLE; forensic physician Dr ELWOOD-SHAW (bruising to both "
         "upper arms consistent with fingertip grip); SFR1 of 09/10/2026 (semen on the low vaginal swab, DNA "
         "matching the suspect); his first interview, in which he denied any sexual contact beyond a kiss."),
        ("Part 3 - Account of suspect",
         "First interview 21/08/2026 (with solicitor, answered questions): he walked her to her room because "
         "she was drunk, went in 'for a few minutes' to make sure she was alright, they kissed and she kissed "
         "him back, and he left after about ten minutes. He denied any other sexual contact. Shown the CCTV, he "
         "said they must have been chatting and he 'lost track of time'.\n\n"
         "Second interview 12/10/2026, after the DNA result: prepared statement accepting that they had sex, "
         "saying it was consensual and that she started it, and that he lied at first because he is married "
         "and was ashamed. No comment to questions. The defence is therefore consent; his first account is a "
         "lie he now admits, and the reason he gives for it will be for the jury."),
        ("Part 4 - Reasonable lines of enquiry / material which may undermine the case",
         "Lines of enquiry that might point away from the suspect were followed as well as those that might "
         "support the complainant:\n\n"
         "- Colleague Craig DORAN was at the bar and says the complainant had been 'all over' the suspect and "
         "had her hand on his knee earlier in the evening. This supports the suspect's account that there was "
         "mutual attraction. A statement has been taken and is attached, and the point is flagged on the MG6C. "
         "Two other colleagues at the same table saw nothing of that kind and their short accounts are "
         "scheduled.\n\n"
         "- Her level of intoxication: the hotel bar till shows five drinks on her room tab between 19:40 and "
         "23:10. She says she felt 'far more drunk than four or five drinks', so a urine sample taken at the "
         "SARC was sent for a drug screen; the result is outstanding (Part 6). If it is negative that is "
         "material the defence will want.\n\n"
         "- Key-card audit for room 214 obtained (OP/3): no other person entered, which excludes anyone else "
         "being involved.\n\n"
         "- The suspect says he texted his wife 'going to bed now' at 23:50. His phone (OP/1) was downloaded "
         "for messages and calls for 15/08/2026 18:00 to 16/08/2026 12:00, and the message is there, sent at "
         "23:51, while he was inside room 214. His wife has not been approached: she was not at the hotel, "
         "could say nothing about what happened in the room, and the message speaks for itself.\n\n"
         "- Her phone has not been examined and no request has been made for it. There were no messages "
         "between her and the suspect that night (his download confirms it), and the only message of hers "
         "that matters, the 07:55 message, is on her line manager's phone and was photographed from there. "
         "Examining her device would not be a reasonable line of enquiry.\n\n"
         "- Harrowby Freight's HR department is running its own investigation. We have asked them to preserve "
         "their notes and tell us of any account either party gives; on 28/10/2026 they confirmed neither has "
         "yet been interviewed. We will keep in touch with HR and we will tell the CPS straight away if either "
         "of them gives an account.\n\n"
         "- No medical, counselling or other third-party records have been sought: no line of enquiry points to "
         "them."),
        ("Part 5 - Forensic / medical",
         "SARC examination at Wealdshire SARC on 18/08/2026 by Dr Marcus ELWOOD-SHAW (statement attached). "
         "Ms OKAFOR signed consent on 18/08/2026 for the examination records to be released to the police and "
         "CPS. Swabs ME/1 - ME/3 submitted 19/08/2026; SFR1 received 09/10/2026 (attached). Her dress (LB/2) "
         "has been retained but not submitted as intercourse is now admitted."),
        ("Part 6 - Outstanding evidence / target dates",
         ("grid", ["Outstanding", "Detail", "Target date"], [
             ["Drug screen (urine ME/4)", "Submitted 19/08/2026 to Aldergate Forensic Services toxicology",
              "04/12/2026"],
         ], (52, 90, 34))),
        ("Part 7 - Disclosure",
         "MG6C and MG6D attached. Items that may undermine or assist (DORAN's account; the bar tab; any "
         "negative drug screen) are flagged. Rebuttable-presumption material attached: STORM incident log, "
         "crime report, PC BEAUMONT's notebook record of the first account, the photograph of the 07:55 "
         "message (LB/1) and PNC checks on all civilian witnesses (nil returns)."),
        ("Part 8 - Victim and witness issues",
         "Special measures: her ABE is to stand as evidence in chief. She would like to give live evidence by "
         "live link from a remote site rather than in the courtroom, and has said she would prefer her "
         "cross-examination to be pre-recorded under s.28, which was explained to her on 20/08/2026. She has no "
         "communication difficulty and does not need an intermediary. Screens if the court does not allow a "
         "remote link.\n\n"
         "Needs: she has asked that officers who contact her be female where possible, and that contact be "
         "after 16:00 because she works early shifts. She is a practising Muslim and would like the court to be "
         "aware of prayer times if she attends. No interpreter needed. Referred to the Wealdshire ISVA Service on "
         "18/08/2026 (ISVA: Farah QURESHI).\n\n"
         "VPS: explained and offered on 20/08/2026; she made a VPS the same day, which is held by the OIC and "
         "will be provided if the suspect is charged."),
        ("Part 9 - Bail",
         "Released under investigation on 21/08/2026. Bail was considered and not thought necessary: the "
         "employer moved him to its other depot and suspended him from site on 18/08/2026, there has been no "
         "contact, and no threat has been made. Reviewed 12/10/2026 with the same result."),
        ("Part 10 - Early advice",
         "Early advice was sought by telephone from Daniel ACHTERBERG (CPS RASSO) on 27/08/2026. Advice: obtain "
         "the key-card audit, take a statement from any colleague who saw them together at the bar, and "
         "re-interview after the DNA result. All done."),
        ("Part 11 - OIC / supervisor",
         [("OIC", "DC 0912 Owen PRITCHARD, Kestrel Cross CID (RASSO)"),
          ("Tel", "01632 960781  mobile 07700 900781"),
          ("Email", "owen.pritchard@wealdshire.police.example"),
          ("Supervisor", "DS 0311 Ian MACKIE - endorsed 31/10/2026: 'Ready for FCT. Drug screen outstanding; "
                         "does not prevent a decision.'")]),
    ], variant="niche", force=FORCE, foot_left=sysfoot)

    # ------------------------------------------------------------------ statements (text PDFs)
    mg11_pdf(f / "Stmt ROWLANDS B.pdf", dict(common, name="Bethan ROWLANDS", occ="Detective Constable 1377",
                                              date="20/08/2026", sig="[signed]", witnessed="", body=[
        "I am a Detective Constable with Wealdshire Police and a trained Achieving Best Evidence interviewer.",
        "On Thursday 20th August 2026 between 14:05 and 15:20 I conducted a video recorded interview with "
        "Samira OKAFOR at the Kestrel Cross ABE suite. The interview was monitored by DC 0912 PRITCHARD.",
        "At the end of the interview the recording was burned to two discs. I produce the master copy, sealed "
        "in my presence with seal WP0044172, as exhibit BR/1, and the working copy as exhibit BR/2. A digital "
        "copy of BR/2 has been placed on the case file.",
        "I prepared an index and summary of the interview, which is with the file. My interview plan of 19th "
        "August 2026 has been retained.",
    ]), created)

    mg11_pdf(f / "Stmt BEAUMONT L.pdf", dict(common, name="Laura BEAUMONT", occ="Police Constable 2764",
                                              date="17/08/2026", sig="[signed] L Beaumont", witnessed="", body=[
        "I am a police constable in the Kestrel Cross response team. On Monday 17th August 2026 at 17:30 I "
        "attended the home address of Samira OKAFOR in response to her 101 call made at 13:10 that day "
        "(incident WP-20260817-0389). I was the first officer to see her.",
        "I asked her for a brief account only. She told me that at a work party at the Kingfisher Park Hotel "
        "on Saturday night a senior colleague, Gareth LINDQVIST, had walked her to her room, followed her in, "
        "pushed her onto the bed and had sex with her while she was telling him to stop. She said she had "
        "bruises on her arms. I recorded this in my pocket notebook at pages 88 to 90 and she signed the entry.",
        "She told me she had told her manager at work that morning, and that her manager had a message from "
        "her sent on the Sunday morning. I telephoned the manager, Helen ROSSITER, who came to the address at "
        "18:20 and showed me a WhatsApp message on her own phone from Samira at 07:55 on 16/08/2026. I "
        "photographed the message on Mrs ROSSITER's screen and produce the photographs as exhibit LB/1.",
        "Samira had kept the dress she wore at the party in a carrier bag and had not washed it. I seized the "
        "dress and produce it as exhibit LB/2.",
        "I arranged a SARC appointment for 10:00 on 18th August 2026 and handed over to the CID.",
    ]), created)

    mg11_pdf(f / "Stmt ROSSITER H.pdf", dict(common, name="Helen Margaret ROSSITER", occ="Planning manager",
                                              date="18/08/2026", sig="[signed] H.M. Rossiter",
                                              witnessed="DC 0912 PRITCHARD", body=[
        "I am the planning manager at Harrowby Freight Ltd's Kestrel Cross depot. I am Samira OKAFOR's line "
        "manager; she has reported to me since she joined the planning team in March 2023. We get on well at "
        "work but we don't socialise outside it.",
        "I was at the leaving party at the Kingfisher Park Hotel on Saturday 15th August 2026 but I left at "
        "about 10 pm and didn't stay at the hotel.",
        "At 7.55 am on Sunday 16th August I got a WhatsApp message from Samira. It said: 'Helen can I have a "
        "word on Monday, in private. Something happened with Gareth at the do. Please don't say anything to "
        "anyone.' I replied 'Of course. Are you ok?' and she replied 'Not really'. I knew she meant Gareth "
        "LINDQVIST, the transport manager.",
        "On Monday 17th August at about 9.30 am I took Samira into the small meeting room. She was very quiet "
        "and wouldn't look at me. She said that Gareth had walked her to her room at the hotel and come in "
        "behind her, and that he had pushed her onto the bed and 'forced himself on her'. I asked her what she "
        "meant and she said 'he had sex with me, Helen, I told him to stop and he didn't'. She showed me "
        "bruises on her arms.",
        "I told her she should report it to the police and that I would support her. She rang 101 from my "
        "office at about 1 pm and I sat with her. I then told HR, with her agreement.",
        "On the evening of 17th August I went to Samira's home at the request of PC BEAUMONT and showed her the "
        "message on my phone, which she photographed.",
    ], rear=rear_page("Work: Harrowby Freight Ltd, Kestrel Cross depot", "01632 960795 (work) / 07700 900795",
                      "h.rossiter@harrowby.example", "02/06/1979", "Work phone", "None",
                      taken_by="DC 0912 PRITCHARD", time_place="18/08/2026 15:00, Kestrel Cross depot",
                      gender="F")), created)

    mg11_pdf(f / "Stmt DORAN C.pdf", dict(common, name="Craig DORAN", occ="HGV driver", date="02/09/2026",
                                           sig="[signed] C Doran", witnessed="", body=[
        "I work as a driver for Harrowby Freight at Kestrel Cross. I know Samira OKAFOR and Gareth LINDQVIST "
        "from work.",
        "I was at the leaving do at the Kingfisher Park Hotel on 15th August 2026 from about 7 pm until about "
        "midnight. From about 9 pm I was at a table in the bar with Samira, Gareth and two or three others.",
        "Samira was drinking and was quite merry. At one point, maybe about 10 or half 10, she had her hand on "
        "Gareth's knee while they were talking and she was laughing at everything he said. I'd say she was all "
        "over him, and I remember thinking it was a bit much because he's married.",
        "At about 11.20 Samira got up and said she was going to bed. She was a bit wobbly. Gareth said he'd "
        "make sure she got to her room and they went off together. He didn't come back to the bar while I was "
        "there.",
    ], rear=rear_page("11 Sedge Lane, Kestrel Cross", "07700 900799", "-", "30/03/1988", "Mobile", "None",
                      taken_by="DC 0912 PRITCHARD", time_place="02/09/2026, Kestrel Cross police station",
                      gender="M")), created)

    mg11_pdf(f / "Stmt Dr ELWOOD-SHAW.pdf", dict(common, name="Dr Marcus ELWOOD-SHAW", occ="Forensic physician",
                                                  date="24/08/2026", sig="[signed] M Elwood-Shaw", witnessed="",
                                                  body=[
        "I am a registered medical practitioner and a forensic physician working for Wealdshire SARC. I hold the "
        "Licentiate of the Faculty of Forensic and Legal Medicine and have examined complainants of sexual "
        "offences for eleven years. I understand that my duty is to help the court with matters within my "
        "expertise and that this duty overrides any obligation to the party instructing me.",
        "On 18th August 2026 between 10:05 and 11:40 I examined Samira OKAFOR at the SARC. She gave written "
        "consent to the examination, to samples and photographs, and to the release of my notes and findings to "
        "the police and the Crown Prosecution Service.",
        "She gave a history of non-consensual vaginal intercourse at about midnight on 15th to 16th August "
        "2026, about 58 hours before the examination, with her upper arms held.",
        "On examination I found four oval bruises on the outer aspect of the right upper arm (between 1 and "
        "1.5 cm) and three similar bruises on the left upper arm. The pattern is typical of fingertip pressure "
        "from gripping. Their colour is consistent with their having been caused in the days before the "
        "examination, but bruises cannot be aged precisely. On ano-genital examination there was a 3 mm "
        "healing superficial laceration at the posterior fourchette. Such injuries can occur with consensual "
        "and non-consensual intercourse; the finding does not help distinguish between them.",
        "I took the following samples, which I produce: ME/1 high vaginal swab, ME/2 low vaginal swab, ME/3 "
        "neck swab, ME/4 urine (for toxicology) and ME/5 body-map photographs of the bruising.",
    ]), created)

    # ------------------------------------------------------------------ scanned statement (image-only PDF)
    kemble = dict(urn=URN, name="Ruth KEMBLE", age="Over 18", occ="Detective Constable 1450",
                  date="19/08/2026", body=[
        "I am a Detective Constable in the Kestrel Cross CID. On Wednesday 19th August 2026 at 11:00 I attended "
        "the Kingfisher Park Hotel, Kestrel Cross, and met the duty manager, Mr Sunil VARMA.",
        "I viewed the hotel CCTV system. I compared the system clock with the speaking clock and found that the "
        "system was 14 seconds slow. The times I give below are as shown on the system.",
        "I downloaded the recordings from camera 7, which covers the second floor corridor outside rooms 210 "
        "to 218, between 23:00 on 15/08/2026 and 01:00 on 16/08/2026. I produce the download as exhibit RK/1. "
        "Mr VARMA signed my notebook to confirm the download.",
        "From RK/1 I made a clip showing a woman and a man walking along the corridor and entering room 214 at "
        "23:28:55, and the man leaving the room alone at 00:14:20. I produce the clip as exhibit RK/2. A copy "
        "of the clip is on the case file.",
        "I also asked the hotel for the key card audit for room 214 for the night of 15th to 16th August 2026. "
        "Mr VARMA printed it and I handed it to DC PRITCHARD the same day.",
    ])
    pages = [scan_effect(im, 41 + i, angle=0.4 - 0.3 * i) for i, im in enumerate(mg11_images(kemble))]
    image_pdf(pages, f / "scan_0004.pdf", created)

    # ------------------------------------------------------------------ ABE, summary, CCTV clip
    make_video(f / "VID_20260820_ABE.mp4", "abe", ["KESTREL CROSS ABE SUITE", "20/08/2026 {t}",
                                                   "WP  BR/2 working copy"], seconds=4, fps=10, seed=31,
               clock=(14, 5, 3))
    make_video(f / "RK2 clip corridor.mp4", "cctv", ["CAM 07  2F CORRIDOR 210-218", "15/08/2026 {t}",
                                                     "KINGFISHER PARK"], seconds=5, fps=5, codec="mpeg4",
               audio=False, seed=32, clock=(23, 28, 50))
    doc_pdf(f / "Index of interview.pdf", created, [
        ("center", "ABE INTERVIEW - INDEX AND SUMMARY", 12),
        ("kv", [("URN", URN), ("Interviewee", "Samira Noor OKAFOR"), ("Interview date", "20/08/2026, 14:05-15:20"),
                ("Interviewer / monitor", "DC 1377 ROWLANDS / DC 0912 PRITCHARD"),
                ("Exhibit", "BR/1 (master), BR/2 (working copy)")], 42),
        ("grid", ["Time", "Topic", "Summary"], [
            ["14:05", "Rapport", "Introductions, explanation of recording, ground rules."],
            ["14:11", "Free narrative", "Leaving party; drinks (about five); Gareth offered to walk her up; "
                                        "followed her into 214."],
            ["14:24", "Free narrative", "Kiss; 'Gareth, no, go to bed'; pushed onto bed; arms held; dress "
                                        "pulled up; vaginal penetration; told him to stop; tried to push."],
            ["14:38", "Questioning", "Position of hands, what was said, lighting (bedside lamp), how long "
                                     "('felt like forever'); he left without speaking."],
            ["14:52", "Questioning", "Alcohol: felt more drunk than she expected; no drugs taken knowingly."],
            ["15:02", "After", "Did not sleep; message to line manager at 07:55; told her on Monday; called "
                               "101."],
            ["15:12", "Closure", "Anything else; thanks; ends 15:20."],
        ], (18, 30, 128)),
    ], head=std_head(FORCE, "OFFICIAL-SENSITIVE"), foot=std_foot(sysfoot))

    # ------------------------------------------------------------------ ROTI (two interviews)
    doc_pdf(f / "ROTI x2 LINDQVIST.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW (MG15)", 12.5),
        ("kv", [("URN", URN), ("Interviewee", "LINDQVIST, Gareth Paul"),
                ("Interview 1", "21/08/2026 10:40 - 11:52, Kestrel Cross custody; solicitor Ms J. ORME"),
                ("Interview 2", "12/10/2026 14:00 - 14:21, voluntary attendance; solicitor Ms J. ORME"),
                ("Officers", "DC 0912 PRITCHARD, DC 1377 ROWLANDS")], 38),
        ("h", "Interview 1 - summary", 10),
        ("p", "Cautioned; understood. Knew the complainant from work, 'friendly'. Walked her up because she was "
              "drunk and 'somebody had to'. Went in 'for a few minutes' to see she was okay. They kissed; she "
              "kissed him back. Nothing else happened. He left after 'ten minutes, maybe fifteen'. Denied pushing "
              "her, holding her arms or any sexual intercourse. Shown RK/2 (45 minutes): 'we must have been "
              "chatting, I lost track of time.' Asked about the bruises: 'nothing to do with me.' Said he "
              "texted his wife at about ten to twelve saying he was going to bed."),
        ("h", "Interview 2 - summary", 10),
        ("p", "Disclosure of SFR1 given. Prepared statement read by Ms ORME: 'I accept that Samira and I had sex "
              "in her room. It was her idea and she was fully consenting. I did not say this before because I "
              "am married and I was ashamed and panicked. I did not force her and I did not hold her arms.' "
              "Thereafter 'no comment' to all questions, including why the bruises were there and why he texted "
              "his wife from her room."),
    ], head=std_head(FORCE, "OFFICIAL-SENSITIVE"), foot=std_foot(sysfoot))

    doc_pdf(f / "PNC LINDQVIST.pdf", created, [
        ("mono", "*** POLICE NATIONAL COMPUTER ***   PRINT TYPE: CONVICTIONS/CAUTIONS\n"
                 f"REQUESTED BY 0912  30/10/2026 16:02      CASE URN {URN}\n\n"
                 "SUBJECT : LINDQVIST, GARETH PAUL\n"
                 "DOB     : 17/12/1984         PNC ID: 26/0811902Y (CREATED 21/08/2026 ON ARREST)\n\n"
                 "NO CONVICTIONS RECORDED\n"
                 "NO CAUTIONS, REPRIMANDS OR WARNINGS RECORDED\n"
                 "NO FIXED PENALTY / OTHER DISPOSALS\n\n"
                 "*** END ***", 8.5),
    ])
    doc_pdf(f / "Witness checks.pdf", created, [
        ("center", "Civilian witness checks (PNC / PND) - rebuttable presumption", 11),
        ("p", f"URN {URN}.  Completed by DC 0912 PRITCHARD, 30/10/2026."),
        ("grid", ["Name", "DOB", "PNC", "PND", "Disclosable?"], [
            ["OKAFOR, Samira Noor", "09/03/1992", "No trace", "No trace", "Nil return"],
            ["ROSSITER, Helen Margaret", "02/06/1979", "No trace", "No trace", "Nil return"],
            ["DORAN, Craig", "30/03/1988", "No trace", "No trace", "Nil return"],
        ], (52, 24, 24, 24, 52)),
    ], head=std_head(FORCE, "OFFICIAL-SENSITIVE"))

    # ------------------------------------------------------------------ schedules
    head = std_head(f"{FORCE}  -  R v LINDQVIST  -  URN {URN}", "OFFICIAL-SENSITIVE")
    doc_pdf(f / "MG6C.pdf", created, [
        ("center", "MG6C - POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11.5),
        ("grid", ["No.", "Description and relative location", "Location", "CPS: test met?", "Comment"], [
            ["1", "STORM incident log WP-20260817-0389 (101 call 13:10, 17/08/2026). Copy attached.", "With file",
             "", ""],
            ["2", "Crime report WP/26/038811 with investigation log. Copy attached.", "With file", "", ""],
            ["3", "PC 2764 BEAUMONT notebook pp.88-90: complainant's first account to police, 17/08/2026. "
                  "Copy attached.", "With file", "", ""],
            ["4", "ABE interview plan for Samira OKAFOR by DC 1377 ROWLANDS, 19/08/2026.", "CID", "", ""],
            ["5", "Kingfisher Park bar till report: room 214 tab, five drinks 19:40 - 23:10 on 15/08/2026. May "
                  "bear on intoxication.", "CID", "", ""],
            ["6", "Short accounts (notebook) of two colleagues at the bar table, 02/09/2026: saw nothing "
                  "flirtatious; did not see them leave.", "CID", "", ""],
            ["7", "DORAN account that the complainant had her hand on the suspect's knee - served as statement; "
                  "flagged as capable of assisting the defence.", "With file", "", ""],
            ["8", "Custody record KC/26/4471 for LINDQVIST, 21/08/2026, and voluntary attendance record "
                  "12/10/2026.", "Custody", "", ""],
            ["9", "Interview recordings 21/08/2026 and 12/10/2026 (masters).", "Property", "", ""],
            ["10", "DFU request for suspect's phone OP/1 with date range 15/08 18:00 - 16/08 12:00.", "CID", "",
             ""],
            ["11", "E-mail chain with Harrowby Freight HR 20/08/2026 - 28/10/2026 about preservation of their "
                   "internal investigation notes.", "CID", "", ""],
            ["12", "RUI decision record 21/08/2026 and review 12/10/2026.", "CID", "", ""],
            ["13", "MG21 forensic submission 19/08/2026 (ME/1 - ME/4).", "CID", "", ""],
            ["14", "Civilian witness PNC/PND checks 30/10/2026. Copy attached.", "With file", "", ""],
        ], (11, 92, 22, 20, 31)),
        ("p", "Disclosure officer: DC 0912 O PRITCHARD   Signed: [signed]   Date: 31/10/2026"),
    ], head=head, foot=std_foot(sysfoot))
    doc_pdf(f / "MG6D.pdf", created, [
        ("center", "MG6D - POLICE SCHEDULE OF SENSITIVE MATERIAL", 11.5),
        ("grid", ["No.", "Description", "Reason for sensitivity", "CPS view"], [
            ["1", "Wealdshire SARC notes and body-map photographs (ME/5) for the complainant, 18/08/2026.",
             "Intimate medical material; privacy of complainant. Physician's statement served.", ""],
            ["2", "ISVA referral and Victims' Code contact log.", "Complainant's personal data and support needs.",
             ""],
            ["3", "Complainant's VPS dated 20/08/2026, held pending charge.", "Personal statement not yet to be "
                                                                              "served.", ""],
        ], (11, 75, 70, 20)),
        ("p", "Disclosure officer: DC 0912 O PRITCHARD   Signed: [signed]   Date: 31/10/2026"),
    ], head=head, foot=std_foot(sysfoot))

    doc_pdf(f / "MG12.pdf", created, [
        ("center", "MG12 EXHIBIT LIST", 11.5),
        ("grid", ["Exhibit", "Description", "Producer"], [
            ["BR/1", "ABE master disc, sealed WP0044172", "DC 1377 ROWLANDS"],
            ["BR/2", "ABE working copy (digital copy on file)", "DC 1377 ROWLANDS"],
            ["LB/1", "Photographs of 07:55 WhatsApp message on ROSSITER's phone", "PC 2764 BEAUMONT"],
            ["LB/2", "Complainant's dress", "PC 2764 BEAUMONT"],
            ["RK/1", "CCTV download camera 7, 23:00 - 01:00", "DC 1450 KEMBLE"],
            ["RK/2", "CCTV clip, entry 23:28:55 / exit 00:14:20 (copy on file)", "DC 1450 KEMBLE"],
            ["OP/1", "Suspect's mobile phone", "DC 0912 PRITCHARD"],
            ["OP/2", "DFU report of OP/1 (date-limited)", "DC 0912 PRITCHARD"],
            ["OP/3", "Hotel key-card audit, room 214", "DC 0912 PRITCHARD"],
            ["ME/1 - ME/5", "HVS, LVS, neck swab, urine, body-map photographs", "Dr M ELWOOD-SHAW"],
        ], (26, 110, 40)),
    ], head=head, foot=std_foot(sysfoot))

    pnb_copy(f / "Beaumont PNB 88-90.pdf", created, URN, "PC 2764 BEAUMONT", "PNB 0051902", "88-90",
             "17/08/2026 17:34", [
                 "1734 at home addr of Samira OKAFOR (SO). Brief acct only.",
                 "SO: work do Kingfisher Park Hotel Sat night. Gareth LINDQVIST walked her to rm 214, came in",
                 "behind her, 'pushed me on the bed and held my arms', 'had sex with me', told him stop.",
                 "Bruises upper arms seen. Told line manager this morning. Msg sent Sun 0755.",
                 "Read over 1748 - signed S Okafor [signed]  2764 [signed]"], FORCE)
    phone_screenshot(f / "LB1 photo of message.jpg", "Samira O",
                     [("in", "Helen can I have a word on Monday, in private. Something happened with Gareth at "
                             "the do. Please don't say anything to anyone.", "07:55"),
                      ("out", "Of course. Are you ok?", "08:12"), ("in", "Not really", "08:13")],
                     f"LB/1  photographed 17/08/2026 18:40  PC 2764  URN {URN}")

    doc_pdf(f / "STORM log.pdf", created, [
        ("mono", f"WEALDSHIRE POLICE  STORM  INCIDENT WP-20260817-0389      URN {URN}\n"
                 "CREATED 17/08/2026 13:10  TYPE: SEXUAL OFFENCE (NON-RECENT <7D)  GRADE: P2\n"
                 "-------------------------------------------------------------------------\n"
                 "13:10 OP441 101 CALL FROM SAMIRA OKAFOR. STATES RAPED BY WORK COLLEAGUE GARETH\n"
                 "            LINDQVIST AT KINGFISHER PARK HOTEL RM 214 SAT NIGHT 15/08. CALLER AT\n"
                 "            WORK WITH LINE MANAGER. SAFE. WILL GO HOME. BRUISES TO ARMS.\n"
                 "13:14 OP441 ADVISED KEEP CLOTHING UNWASHED. CALLER HAS DRESS IN BAG.\n"
                 "13:40 DISP  PC 2764 BEAUMONT ALLOCATED - ATTEND 1730 AT CALLER REQUEST.\n"
                 "17:30 2764  AT HOME ADDRESS. FIRST ACCOUNT IN PNB. LINE MANAGER CONTACTED.\n"
                 "18:40 2764  MSG PHOTOGRAPHED LB/1. DRESS SEIZED LB/2. SARC 18/08 1000.\n"
                 "19:05 DISP  CRIME WP/26/038811. CID INFORMED. CLOSED.", 8),
    ])
    doc_pdf(f / "Crime report.pdf", created, [
        ("center", "Crime report WP/26/038811", 11.5),
        ("kv", [("URN", URN), ("Offence", "Rape - female 16 or over (s.1 SOA 2003)"),
                ("Date", "15/08/2026 23:28 - 16/08/2026 00:15"),
                ("Location", "Room 214, Kingfisher Park Hotel, Kestrel Cross"),
                ("Victim", "OKAFOR, Samira Noor (F, 34)"),
                ("Victim diversity", "Female; Black British (Nigerian heritage); Muslim; no disability declared"),
                ("Suspect", "LINDQVIST, Gareth Paul (M, 41) - RUI 21/08/2026"),
                ("OIC", "DC 0912 PRITCHARD"), ("Status", "Submitted to CPS for charging decision")], 44),
    ], head=head)

    doc_pdf(f / "SFR1 AFS-26-10357.pdf", created, [
        ("center", "STREAMLINED FORENSIC REPORT (SFR1)", 12),
        ("kv", [("URN", URN), ("Laboratory", "Aldergate Forensic Services, case AFS-26-10357"),
                ("Submitted", "19/08/2026: ME/1, ME/2, ME/3; reference sample of suspect"),
                ("Result", "Semen found on ME/2 (low vaginal swab). The DNA profile from it matches Gareth "
                           "LINDQVIST; probability of a match with an unrelated person less than one in a billion. "
                           "ME/3 (neck): mixed profile, major contributor matches LINDQVIST."),
                ("Outstanding", "ME/4 urine - drug screen with toxicology section; report due by 04/12/2026."),
                ("Date", "09/10/2026"), ("Reporting officer", "A. BRENNAN")], 38),
        ("pi", "Streamlined report: if any finding is not agreed, a full evaluative statement will be provided."),
    ], head=std_head("Aldergate Forensic Services", "OFFICIAL-SENSITIVE"))

    docs = [
        {"name": "MG3 - 41WP0219826.pdf", "type": "MG3"},
        {"name": "Stmt ROWLANDS B.pdf", "type": "MG11", "role": "officer"},
        {"name": "Stmt BEAUMONT L.pdf", "type": "MG11", "role": "officer"},
        {"name": "Stmt ROSSITER H.pdf", "type": "MG11", "role": "first_account"},
        {"name": "Stmt DORAN C.pdf", "type": "MG11", "role": "witness"},
        {"name": "Stmt Dr ELWOOD-SHAW.pdf", "type": "MG11", "role": "expert"},
        {"name": "scan_0004.pdf", "type": "MG11", "role": "officer"},
        {"name": "VID_20260820_ABE.mp4", "type": "ABE_RECORDING"},
        {"name": "RK2 clip corridor.mp4", "type": "CCTV"},
        {"name": "Index of interview.pdf", "type": "ABE_SUMMARY"},
        {"name": "ROTI x2 LINDQVIST.pdf", "type": "ROTI"},
        {"name": "PNC LINDQVIST.pdf", "type": "PNC"},
        {"name": "Witness checks.pdf", "type": "PNC"},
        {"name": "MG6C.pdf", "type": "MG6C"},
        {"name": "MG6D.pdf", "type": "MG6D"},
        {"name": "MG12.pdf", "type": "MG12"},
        {"name": "STORM log.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report.pdf", "type": "CRIME_REPORT"},
        {"name": "SFR1 AFS-26-10357.pdf", "type": "FORENSIC"},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "ROTI", "PNC", "MG6C", "MG6D",
                          "MG12", "INCIDENT_LOG", "CRIME_REPORT", "FORENSIC"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# C04  MCGARRITY  (compliant; MG3 as narrative DOCX; "SURNAME, Forename"; typed copy "(Sgd)";
#                  phone photo JPEG of a one-page witness statement; 999 call WAV; BWV; MG2; DMD; MG6E)
# ==============================================================================================
def case_mcgarrity(out: Path):
    name = "MCGARRITY_S-MG3_submission_Nov26"
    f = fresh(out, name)
    URN = "05CV0163426"
    created = "04/11/2026 14:12"
    FORCE = "Calder Valley Police"
    head = std_head(f"{FORCE}", "OFFICIAL-SENSITIVE")

    # ------------------------------------------------------------------ MG3 narrative DOCX
    d = new_docx(author="QURESHI Nadia DC0644", title="MG3 MCGARRITY", font="Arial", size=10.5,
                 created=created)
    docx_head_foot(d, head_text="OFFICIAL-SENSITIVE (when complete)            MG3",
                   foot_text=f"URN {URN}  |  Calder Valley Police")
    docx_par(d, "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", bold=True, size=14, align="C")
    docx_par(d, f"URN: {URN}        Crime ref: CV/26/019932        Date: 04/11/2026", size=10, align="C")
    docx_par(d, "Suspect: MCGARRITY, Shaun Patrick (05/04/1993), 18 Tenter Lane, Stainmoor Bridge", bold=True)
    docx_par(d, "Offence: Rape, contrary to s.1(1) Sexual Offences Act 2003 - WHITLOCK, Danielle Louise - "
                "20/07/2026 at Flat 3, 41 Ostler Street, Stainmoor Bridge")
    docx_par(d, "Decision requested: I am requesting a charging decision applying the Full Code Test. The "
                "suspect is on conditional pre-charge bail to 21/12/2026 (not to contact WHITLOCK directly or "
                "indirectly; not to enter Ostler Street).")
    sections = [
        ("Summary",
         ["WHITLOCK and MCGARRITY were in a relationship from 2021 until April 2026, when she ended it. They have "
          "no children together; she has a four-year-old son from a previous relationship. After the split "
          "MCGARRITY moved back to his mother's address but some of his belongings stayed at the flat, and by "
          "text messages on 19/07/2026 they arranged that he would collect them after 21:00 on 20/07/2026.",
          "WHITLOCK says that he arrived at about 21:30, had been drinking, and tried to talk her into getting "
          "back together. She told him no. When she went into the bedroom to fetch a bag of his clothes he "
          "followed her, tried to kiss her, and when she pushed him away he pushed her onto the bed, held both "
          "her wrists, pulled down her pyjama bottoms and raped her. She shouted at him to get off. Her son was "
          "asleep in the next room. He left at about 22:45 with the bag. At 22:52 she rang her friend ANSELL, "
          "Kerry from the bathroom and told her; on her friend's advice she rang 999 at 23:04. PC 1732 DELANEY "
          "arrived at 23:16 and recorded her initial account on body-worn video (AD/1). She was examined at The "
          "Beacon SARC at 02:30 on 21/07/2026; the forensic physician found fresh bruising to both wrists.",
          "Her neighbour upstairs, FARRAR, Dennis, heard a woman shout 'get off me' at about 22:35 and a thud. "
          "At 22:58 MCGARRITY texted her: 'sorry Dan I lost it. I love you'. He was arrested at 09:10 on "
          "21/07/2026 at his mother's address."]),
        ("The suspect's account",
         ["Interviewed 21/07/2026 with a solicitor, answering all questions (MG15 attached). His account is that "
          "they had been talking about getting back together, that she invited him in and they had consensual "
          "sex on the bed, and that afterwards they argued because he told her he had started seeing someone "
          "else; she screamed at him and he left. He says she has made the allegation out of jealousy. He "
          "denies holding her wrists. Asked about the 22:58 message, he said 'I lost it' meant he lost his "
          "temper in the argument. His defence will be consent and fabrication."]),
        ("Evidence",
         ["Complainant: written statement (typed copy of her signed MG11, 21-22/07/2026). She was offered a "
          "video-recorded interview and declined; she said being filmed would be harder for her, and a written "
          "statement was taken by DC QURESHI over two sessions. BWV of her initial account (AD/1).",
          "First account: ANSELL, Kerry (MG11) - phone call at 22:52; the 999 call at 23:04 (NQ/3, audio in the "
          "file); PC DELANEY (MG11 and AD/1).",
          "Independent: FARRAR, Dennis (MG11, photographed copy of his signed statement - original held).",
          "Medical/forensic: Dr PARRY (MG11) - bruises to both wrists consistent with gripping; SFR1 15/09/2026 - "
          "semen on HVS, DNA matches the suspect (intercourse admitted).",
          "Digital: the suspect's phone (NQ/1) downloaded for messages and calls between him and WHITLOCK "
          "01/07/2026 - 21/07/2026 (NQ/2)."]),
        ("Lines of enquiry - including those which may undermine the prosecution case or assist the suspect",
         ["His account that they were reconciling: the whole message thread between them for July (NQ/2) was "
          "reviewed for anything that supports it. It does not: on 19/07/2026 she wrote 'come get your stuff "
          "tomorrow after 9, Im not doing this anymore' and to his 'can we talk when Im there x' she replied "
          "'nothing to talk about'. That review was done with his account in mind, not only hers.",
          "His account of a new partner: LEANNE BRIGGS was traced and spoken to on 05/08/2026. She confirms they "
          "had been seeing each other for about three weeks, and says he told her on 21/07/2026 he had 'had a "
          "row with Dan'. She declined to make a statement; her account is recorded (MG6C item 8) and copied to "
          "you because it is consistent with part of his account.",
          "Previous police contact: WHITLOCK reported MCGARRITY for criminal damage to her car in February 2026 "
          "and then withdrew her support; it was finalised with no further action. That record has been reviewed "
          "and is listed on the MG6C (item 9) as material that may assist the defence on credibility. There are "
          "no other reports by her.",
          "Kerry ANSELL is a close friend of WHITLOCK's and says she dislikes MCGARRITY; that is set out in her "
          "statement so that the prosecutor can weigh it.",
          "The neighbour heard a shout but did not see anything and accepts he cannot say whether it was an "
          "argument; that neutral point is in his statement.",
          "Things not done, and why: WHITLOCK's phone has not been examined. His handset holds the complete "
          "message thread between them; she confirmed they had no other means of contact, and there is nothing "
          "to suggest her phone holds anything else relevant, so asking for it would not be proportionate. "
          "House-to-house beyond the neighbouring flats was not done: the building has four flats, all spoken "
          "to, and only FARRAR heard anything. No third-party records (medical, social care, counselling) have "
          "been requested: there is no reasonable line of enquiry pointing to them."]),
        ("Outstanding",
         ["Nothing is outstanding. The forensic result was received on 15/09/2026 and is attached."]),
        ("Medical / forensic and consent",
         ["Examined at The Beacon SARC 21/07/2026 02:30 by Dr Alison PARRY, who has made a statement. WHITLOCK "
          "gave written consent at the SARC for her examination notes and findings to be released to the "
          "police and CPS, and signed the consent section of her MG11 for her medical records relating to "
          "this incident."]),
        ("Victim and witness care",
         ["Special measures: MG2 attached. She wants a screen. Pre-recorded cross-examination (s.28) was "
          "discussed on 22/07/2026: it goes with video-recorded evidence in chief, which she chose not to give, "
          "and she is content to be cross-examined live from behind a screen. No intermediary is needed.",
          "Needs: single parent of a four-year-old; will need notice of court dates to arrange childcare and "
          "help with travel costs. DASH risk assessment high; MARAC referral made 22/07/2026. Referred to The "
          "Beacon ISVA service on 21/07/2026 (ISVA Maxine HOLROYD). No interpreter required.",
          "VPS: offered by DC QURESHI on 22/07/2026. She wants to make one at the point of charge and has been "
          "told she can update it later."]),
        ("Early advice",
         ["Early advice was not sought because the suspect was arrested within twelve hours, the key evidence "
          "(SARC, BWV, 999 call, neighbour, messages) was secured within 48 hours, and the only issue is consent, "
          "so there were no investigative decisions on which advice was needed."]),
        ("Disclosure",
         ["Disclosure officer DC 0644 QURESHI. MG6C, MG6D, MG6E and a Disclosure Management Document are "
          "attached. Rebuttable-presumption material is provided: CAD log, crime report, the BWV and 999 call "
          "(first complaint to police), and PNC checks on the civilian witnesses (one conviction for FARRAR, "
          "2009)."]),
        ("Previous convictions",
         ["MCGARRITY has one conviction, for common assault on a former partner (2017). PNC print attached. A "
          "bad character application will be considered if charged."]),
    ]
    for title, paras in sections:
        docx_par(d, title.upper(), bold=True, size=10.5, space_after=2)
        for ptxt in paras:
            docx_par(d, ptxt, space_after=5)
    docx_par(d, "OFFICER IN THE CASE", bold=True, size=10.5)
    docx_par(d, "DC 0644 Nadia QURESHI, Public Protection Unit, Stainmoor Bridge.  Tel 01632 960644 / "
                "07700 900644.  nadia.qureshi@caldervalley.police.example")
    docx_par(d, "SUPERVISOR: DS 1212 Graham OATES - reviewed 03/11/2026, agree submission for FCT.")
    save_docx(d, f / "MG3 MCGARRITY.docx", created)

    # ------------------------------------------------------------------ complainant: typed copy
    mg11_pdf(f / "WHITLOCK D - MG11 typed copy.pdf", dict(
        urn=URN, style="typed", name="WHITLOCK, Danielle Louise", age="Over 18", occ="Care assistant",
        date="22/07/2026", sig="(Sgd) D. WHITLOCK", witnessed="(Sgd) N. QURESHI DC 0644", family="times",
        size=11, lh=5.4, body=[
            "This statement is about what happened at my flat on Monday 20th July 2026 with my ex-partner Shaun "
            "MCGARRITY. I was offered a video interview but I didn't want to be filmed, so I have made this "
            "written statement with DC QURESHI. We did it over two days because I was exhausted on the 21st.",
            "I live at Flat 3, 41 Ostler Street with my son, who is four. Shaun and I were together from 2021 until "
            "April this year, when I ended it because of his drinking and his temper. He moved back to his mum's. "
            "Some of his clothes and his PlayStation were still at mine.",
            "On Sunday 19th July we texted about him getting his stuff. I told him to come after 9 on the Monday, "
            "when my son would be asleep, and that I wasn't doing 'this' anymore, meaning the relationship. He "
            "asked if we could talk and I said there was nothing to talk about.",
            "He came at about half nine. I could smell drink on him. I let him in because I wanted him to take his "
            "things and go. He sat on the settee and started saying he missed me and we should try again. I said "
            "no, Shaun, it's done. I went into my bedroom to get the bag with his clothes in. He followed me in.",
            "He tried to kiss me. I turned my head and pushed his chest and said 'no, get off'. He pushed me "
            "backwards onto the bed. He got on top of me and held both my wrists down by my head with his hands. "
            "I was shouting 'get off me'. He let go of one wrist and pulled my pyjama bottoms and knickers down "
            "and then held my wrist again. He put his penis inside my vagina. I kept telling him to get off and I "
            "tried to twist away. I was terrified my son would wake up and come in. I don't know how long it went "
            "on, a few minutes. Then he stopped and got off me.",
            "He didn't say anything. He picked up the bag of clothes and went. I heard the front door. I locked "
            "it and went in the bathroom. I rang Kerry, my best friend, at about ten to eleven and told her Shaun "
            "had raped me. She told me to ring the police and said she was coming. I rang 999 just after 11.",
            "At about 11 o'clock Shaun texted me 'sorry Dan I lost it. I love you'. I didn't reply.",
            "I did not want to have sex with Shaun and I told him so. We had not had sex since April and we were "
            "not getting back together.",
            "A police officer came and I told him what had happened; he had a camera on. Later I went to the SARC "
            "and was examined. My wrists were bruised the next day.",
            "In February I reported Shaun for scratching my car. I later told the police I didn't want to go ahead "
            "because I was scared it would make things worse.",
        ], rear=rear_page("Flat 3, 41 Ostler Street, Stainmoor Bridge", "07700 900620", "-", "22/11/1996",
                          "Mobile (text first)", "Avoid school holidays if possible - childcare",
                          sm="Yes - MG2 completed (screen)", needs="Childcare and travel help for court",
                          med="I consent - signed (Sgd) D. WHITLOCK 22/07/2026",
                          vps="Offered 22/07/2026 - will make at charge",
                          taken_by="DC 0644 N QURESHI, Stainmoor Bridge PPU",
                          time_place="21/07/2026 15:00-17:10 and 22/07/2026 10:00-11:45, Stainmoor Bridge",
                          gender="F")), created)

    # ------------------------------------------------------------------ first account
    mg11_pdf(f / "ANSELL K - MG11.pdf", dict(
        urn=URN, style="national", name="ANSELL, Kerry Jane", age="Over 18", occ="Receptionist",
        date="21/07/2026", sig="[signed]", witnessed="", body=[
            "I have been friends with Danielle WHITLOCK since we were at school and she is my best friend. I know "
            "her ex-partner Shaun MCGARRITY. I have never liked him because of the way he treated her, and I told "
            "her so when they were together.",
            "On Monday 20th July 2026 at about 10.50 pm my phone rang and it was Danielle. She was crying and "
            "whispering. She said 'Kerry, Shaun's raped me'. I asked where he was and she said he'd gone. She "
            "said he came for his stuff and pushed her on the bed and held her hands down and she kept telling "
            "him to get off. She said she was in the bathroom and had locked the door.",
            "I told her to ring the police straight away and that I was coming round. The call lasted about six "
            "minutes. I drove over and got there at about 11.25 pm. There was already a police officer there.",
            "I have looked at my call log and the call from Danielle was at 22:52 and lasted 6 minutes 11 "
            "seconds.",
        ], rear=rear_page("27 Millbeck Road, Stainmoor Bridge", "07700 900631", "kerry.ansell@mailbox.example",
                          "14/03/1996", "Mobile", "None", taken_by="DC 0644 QURESHI",
                          time_place="21/07/2026 19:30, her home", gender="F")), created)

    # ------------------------------------------------------------------ officers
    mg11_pdf(f / "DELANEY PC1732 MG11.pdf", dict(
        urn=URN, style="national", name="DELANEY, Aaron  PC 1732", age="Over 18", occ="Police constable",
        date="21/07/2026", sig="[signed] A Delaney", witnessed="", body=[
            "I am a police constable on response at Stainmoor Bridge. At 23:05 on Monday 20th July 2026 I was "
            "dispatched to a 999 call from Flat 3, 41 Ostler Street (CAD CV-20260720-1187). I arrived at 23:16 and "
            "was the first officer there. My body-worn camera was recording from the moment I entered the "
            "building.",
            "Danielle WHITLOCK answered the door. She was crying and holding her wrists. She told me, with the "
            "camera recording and with her agreement, that her ex-partner Shaun MCGARRITY had come to collect his "
            "things, had followed her into the bedroom, pushed her onto the bed and held her wrists, and had sex "
            "with her while she told him to get off. She said he had left about half an hour before. She showed "
            "me a text message from him received at 22:58 reading 'sorry Dan I lost it. I love you'.",
            "I saw red marks around both of her wrists.",
            "I circulated MCGARRITY's details and requested the SARC. At 23:25 her friend Kerry ANSELL arrived. I "
            "stayed with Danielle until the SARC crisis worker confirmed the 02:30 appointment, and conveyed her "
            "there at 02:05.",
            "I downloaded my body-worn video footage at the station and produce it as exhibit AD/1. The relevant "
            "section, her account, runs from 23:16:40 to 23:24:10 on the footage. A copy is provided with the file.",
        ]), created)

    mg11_pdf(f / "QURESHI DC0644 MG11.pdf", dict(
        urn=URN, style="national", name="QURESHI, Nadia  DC 0644", age="Over 18", occ="Detective constable",
        date="16/09/2026", sig="[signed] N Qureshi", witnessed="", body=[
            "I am a detective constable in the Public Protection Unit at Stainmoor Bridge and the officer in the "
            "case.",
            "At 09:10 on Tuesday 21st July 2026 I was present when Shaun MCGARRITY was arrested at 18 Tenter Lane. "
            "I seized his mobile phone, a grey Samsung, which I produce as exhibit NQ/1.",
            "I submitted NQ/1 to the Digital Forensic Unit requesting messages and call records between the handset "
            "and Danielle WHITLOCK's number only, from 01/07/2026 to 21/07/2026. The reason for the range was to "
            "test his account of a reconciliation in the weeks before the incident, as well as the messages on the "
            "day. I produce the DFU report as exhibit NQ/2.",
            "On 22nd July 2026 I obtained from the Force Control Room a copy of the recording of the 999 call made "
            "at 23:04 on 20th July 2026 from Danielle WHITLOCK's mobile. I produce it as exhibit NQ/3; a copy is in "
            "the file.",
            "On 21st and 22nd July 2026 I took a written statement from Danielle WHITLOCK. She had been offered a "
            "video-recorded interview and chose to give a written statement.",
        ]), created)

    # ------------------------------------------------------------------ expert
    mg11_pdf(f / "PARRY Dr A - MG11.pdf", dict(
        urn=URN, style="national", name="PARRY, Dr Alison", age="Over 18", occ="Forensic physician",
        date="05/08/2026", sig="[signed] A. Parry", witnessed="", body=[
            "I am a forensic physician at The Beacon SARC, Stainmoor Bridge, registered with the GMC, holding "
            "the MFFLM, and I have examined complainants of sexual assault since 2015. I understand my duty to "
            "the court is to give objective, unbiased opinion within my expertise and that it overrides any duty "
            "to those instructing me.",
            "At 02:30 on 21st July 2026 I examined Danielle WHITLOCK with her written consent, which included "
            "consent to release my notes and findings to the police and the CPS.",
            "I found bruising on both wrists: on the right, two bruises on the inner aspect (1.5 cm and 1 cm) and "
            "one on the outer aspect; on the left, a band of reddening with two small bruises. The bruises were "
            "red-purple and tender, in keeping with their having occurred within the previous day. Their pattern "
            "is consistent with the wrists being gripped by fingers. There was no ano-genital injury; the absence "
            "of injury is common after both consensual and non-consensual intercourse.",
            "I took the following samples: AP/1 high vaginal swab, AP/2 low vaginal swab, AP/3 photographs of "
            "both wrists, which I produce.",
        ]), created)

    # ------------------------------------------------------------------ phone photo of a one-page statement
    farrar = dict(urn=URN, name="FARRAR, Dennis Arthur", age="Over 18", occ="Retired", date="22/07/2026", body=[
        "I live in Flat 4, 41 Ostler Street, which is directly above Flat 3 where Danielle lives with her little "
        "boy. I have lived here for 12 years.",
        "On Monday 20th July 2026 at about 10.35 pm I was in bed reading. I heard a woman's voice from "
        "downstairs shouting 'get off me' two or three times, and then a thump like something hitting the floor "
        "or a wall. It went quiet. A few minutes later I heard the downstairs door bang.",
        "I have heard Danielle and her ex arguing before, earlier in the year, but not since he moved out. I "
        "cannot say whether what I heard was an argument or something else. I did not see anyone.",
        "I did not call the police because it went quiet. The police knocked the next morning.",
    ])
    pages = mg11_images(farrar, dpi=150, body_pt=11.5)
    phone_photo(pages[0], f / "IMG_2231.jpg", seed=44, angle=-2.6, exif_time="2026:07:22 11:04:51")

    # ------------------------------------------------------------------ multimedia
    make_call_wav(f / "NQ3 CV-20260720-1187 999 call.wav", seconds=6, seed=45)
    make_video(f / "AD1_BWV_PC1732_20260720.mp4", "bwv", ["BWV 1732  CALDER VALLEY", "2026-07-20 {t}"],
               seconds=4, fps=10, seed=46, clock=(23, 16, 38))

    # ------------------------------------------------------------------ ROTI (MG15 style)
    doc_pdf(f / "MG15 MCGARRITY.pdf", created, [
        ("center", "MG15  RECORD OF INTERVIEW", 12),
        ("kv", [("URN", URN), ("Person interviewed", "MCGARRITY, Shaun Patrick"),
                ("Date / duration", "21/07/2026 14:30, 52 minutes"),
                ("Place", "Stainmoor Bridge custody"), ("Present", "DC 0644 QURESHI, DC 2019 WARD; Mr P. "
                                                                   "OKONKWO (solicitor)"),
                ("Tape / file refs", "SB/26/07/2210")], 40),
        ("grid", ["Time", "Person", "Summary of what was said"], [
            ["00:00", "DC QURESHI", "Caution, rights, solicitor present."],
            ["01:30", "MCGARRITY", "Went to get his things. Had 'three or four cans'. They'd been 'talking about "
                                   "sorting things out' for weeks."],
            ["06:40", "MCGARRITY", "She let him in, they had a drink, kissed on the settee, went to the bedroom "
                                   "together. Sex was consensual."],
            ["12:15", "MCGARRITY", "Afterwards told her he was seeing Leanne. She went 'mental', screamed at him. "
                                   "He grabbed the bag and left."],
            ["18:30", "DC QURESHI", "Put: she says she told him no and he held her wrists."],
            ["18:45", "MCGARRITY", "'Never. She's doing this because of Leanne.'"],
            ["24:10", "DC QURESHI", "Put: message 'sorry Dan I lost it'."],
            ["24:20", "MCGARRITY", "'I lost my temper in the row. That's all it means.'"],
            ["31:00", "DC QURESHI", "Put: 19/07 messages 'nothing to talk about'."],
            ["31:20", "MCGARRITY", "'She always says that and then changes her mind.'"],
            ["40:05", "DC QURESHI", "Put: neighbour heard 'get off me'."],
            ["40:15", "MCGARRITY", "'That was during the row, when I was trying to get my bag.'"],
            ["51:30", "-", "Nothing to add. Interview concluded."],
        ], (15, 25, 136)),
    ], head=head, foot=std_foot(f"URN {URN}"))

    doc_pdf(f / "PNC MCGARRITY S.pdf", created, [
        ("center", "PNC PREVIOUS CONVICTIONS - COURT/DEFENCE/PROSECUTION PRINT", 10.5),
        ("kv", [("URN", URN), ("Name", "MCGARRITY, Shaun Patrick"), ("DOB", "05/04/1993"),
                ("PNC ID", "11/0309215B"), ("Printed", "02/11/2026")], 30),
        ("grid", ["Conviction date", "Court", "Offence", "Disposal"], [
            ["14/09/2017", "Stainmoor Bridge Magistrates' Court", "Common assault (domestic) - Criminal Justice "
                                                                  "Act 1988 s.39", "Community order 12 months, "
                                                                                   "restraining order 2 years"],
        ], (28, 48, 62, 38)),
        ("p", "Summary: 1 conviction for 1 offence. Cautions: none."),
    ], head=head, family="helvetica")
    doc_pdf(f / "Witness PNC.pdf", created, [
        ("center", "Prosecution witness previous convictions", 11),
        ("p", f"URN {URN}. Checked 02/11/2026 by DC 0644 QURESHI."),
        ("grid", ["Witness", "Result"], [
            ["WHITLOCK, Danielle Louise (22/11/1996)", "No convictions or cautions"],
            ["ANSELL, Kerry Jane (14/03/1996)", "No convictions or cautions"],
            ["FARRAR, Dennis Arthur (03/01/1959)", "1 conviction: 06/05/2009 drive with excess alcohol - fined, "
                                                   "disqualified 12 months"],
        ], (80, 96)),
    ], head=head, family="helvetica")

    # ------------------------------------------------------------------ disclosure docs
    doc_pdf(f / "MG6C MCGARRITY.pdf", created, [
        ("center", "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11),
        ("p", f"URN {URN}   R v MCGARRITY   Sheet 1"),
        ("grid", ["Item", "Description and relative location", "Location", "CPS"], [
            ["1", "CAD log CV-20260720-1187, 999 call 23:04 20/07/2026 to closure. Copy provided.", "Attached", ""],
            ["2", "Crime report CV/26/019932. Copy provided.", "Attached", ""],
            ["3", "Full BWV footage of PC 1732 DELANEY, 23:14 - 02:10 (clip AD/1 is served).", "DEMS", ""],
            ["4", "Custody record SB/C/26/1187 for MCGARRITY.", "Custody", ""],
            ["5", "Interview recording SB/26/07/2210.", "Property", ""],
            ["6", "DASH risk assessment (high) 21/07/2026 - see MG6D for MARAC minutes.", "PPU", ""],
            ["7", "House-to-house record, 41 Ostler Street flats 1, 2 and 4, 21/07/2026 - only flat 4 heard "
                  "anything.", "PPU", ""],
            ["8", "DC QURESHI notebook 05/08/2026: account of LEANNE BRIGGS (suspect's new partner), declined "
                  "statement; says he told her on 21/07 he had 'had a row with Dan'. Copy provided - may assist "
                  "defence.", "Attached", ""],
            ["9", "Crime report CV/26/004115, February 2026: criminal damage to complainant's car reported by her "
                  "against MCGARRITY; she withdrew support; NFA. May assist defence on credibility. Summary "
                  "provided.", "Attached", ""],
            ["10", "DFU request for NQ/1 with date range and data types.", "PPU", ""],
            ["11", "Forensic submission MG21, 23/07/2026.", "PPU", ""],
            ["12", "Bail record and conditions, 21/07/2026.", "Custody", ""],
            ["13", "Witness PNC checks, 02/11/2026. Copy provided.", "Attached", ""],
        ], (12, 118, 28, 18)),
        ("p", "Disclosure officer: DC 0644 N QURESHI     Signed: [signed]     Date: 03/11/2026"),
    ], head=head, foot=std_foot("MG6C", "Page {p} of {nb}"), family="helvetica")
    doc_pdf(f / "MG6D MCGARRITY.pdf", created, [
        ("center", "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 11),
        ("p", f"URN {URN}   R v MCGARRITY"),
        ("grid", ["Item", "Description", "Reason for sensitivity", "CPS view"], [
            ["1", "MARAC minutes 29/07/2026 concerning the complainant and her son.", "Multi-agency "
             "safeguarding information shared in confidence; child's welfare.", ""],
            ["2", "SARC notes for the complainant, 21/07/2026.", "Intimate medical information.", ""],
            ["3", "ISVA referral form.", "Complainant's personal data and support needs.", ""],
        ], (12, 70, 76, 18)),
        ("p", "Disclosure officer: DC 0644 N QURESHI     Signed: [signed]     Date: 03/11/2026"),
    ], head=head, family="helvetica")
    doc_pdf(f / "MG6E MCGARRITY.pdf", created, [
        ("center", "MG6E  DISCLOSURE OFFICER'S REPORT", 11),
        ("p", f"URN {URN}   R v MCGARRITY"),
        ("p", "Material which might reasonably be considered capable of undermining the prosecution case or of "
              "assisting the case for the accused: MG6C item 8 (account of Leanne BRIGGS); MG6C item 9 (February "
              "2026 report withdrawn by the complainant); the conviction of witness FARRAR (2009). Copies "
              "provided."),
        ("p", "Sensitive material: MG6D items 1 - 3; none is thought to meet the disclosure test, but item 1 should "
              "be reviewed by the prosecutor."),
        ("p", "Certificate: to the best of my knowledge and belief, all relevant material has been retained, "
              "recorded and revealed to the prosecutor."),
        ("p", "DC 0644 N QURESHI   [signed]   03/11/2026"),
    ], head=head, family="helvetica")

    d = new_docx(author="QURESHI Nadia DC0644", title="DMD", created=created)
    docx_head_foot(d, head_text="OFFICIAL-SENSITIVE", foot_text=f"URN {URN}")
    docx_par(d, "DISCLOSURE MANAGEMENT DOCUMENT (RASSO)", bold=True, size=13, align="C")
    docx_kv_table(d, [
        ("URN", URN), ("Case", "R v MCGARRITY (rape)"), ("Disclosure officer", "DC 0644 QURESHI"),
        ("Reasonable lines of enquiry", "Messages between the parties July 2026 (suspect's handset); new partner's "
                                        "account; neighbours; previous police reports between the parties."),
        ("Digital strategy", "Suspect handset NQ/1: messages/calls with complainant 01/07 - 21/07/2026 only. "
                             "Complainant's handset: not examined - no reasonable line of enquiry (complete "
                             "thread on NQ/1; she confirms no other channel)."),
        ("Third-party material", "None requested. Nothing indicates that medical, counselling or social care "
                                 "records would be relevant."),
        ("Rebuttable presumption material", "Provided with the charging file (CAD, crime report, BWV, 999, witness "
                                            "PNC)."),
        ("Review", "To be reviewed at charge and on receipt of any defence statement."),
    ], widths=(5, 12))
    save_docx(d, f / "DMD.docx", created)

    doc_pdf(f / "MG12.pdf", created, [
        ("center", "MG12 EXHIBIT LIST", 11),
        ("p", f"URN {URN}"),
        ("grid", ["Ref", "Description", "Produced by"], [
            ["AD/1", "BWV footage of complainant's initial account 20/07/2026 (clip on file)", "PC 1732 DELANEY"],
            ["NQ/1", "Suspect's grey Samsung phone", "DC 0644 QURESHI"],
            ["NQ/2", "DFU report of NQ/1 (messages/calls with complainant, 01/07 - 21/07/2026)", "DC 0644 QURESHI"],
            ["NQ/3", "Recording of 999 call 23:04 20/07/2026 (copy on file)", "DC 0644 QURESHI"],
            ["AP/1", "High vaginal swab", "Dr A PARRY"],
            ["AP/2", "Low vaginal swab", "Dr A PARRY"],
            ["AP/3", "Photographs of wrists", "Dr A PARRY"],
        ], (20, 110, 46)),
    ], head=head, family="helvetica")

    d = new_docx(author="QURESHI Nadia DC0644", title="MG2", created=created)
    docx_head_foot(d, head_text="OFFICIAL-SENSITIVE (when complete)      MG2", foot_text=f"URN {URN}")
    docx_par(d, "MG2  SPECIAL MEASURES ASSESSMENT", bold=True, size=13, align="C")
    docx_kv_table(d, [
        ("URN", URN), ("Witness", "WHITLOCK, Danielle Louise - complainant"),
        ("Eligibility", "Intimidated witness - complainant in a sexual offence (YJCEA 1999 s.17(4))"),
        ("Witness's views", "Wants a screen so she does not have to see the defendant. Does not want to give "
                            "evidence by live link (wants to 'be in the room'). Content to give evidence live."),
        ("Video-recorded evidence in chief (s.27)", "Not applicable - written statement, by her choice."),
        ("Pre-recorded cross-examination (s.28)", "Explained 22/07/2026. Not available without a s.27 recording; "
                                                 "she does not wish to be re-interviewed on video."),
        ("Intermediary", "Not required - no communication needs identified."),
        ("Other", "Supporter: ISVA Maxine HOLROYD to accompany. Pre-trial court visit requested. Separate waiting "
                  "area."),
        ("Completed by", "DC 0644 QURESHI, 22/07/2026"),
    ], widths=(5.5, 11.5))
    save_docx(d, f / "MG2 WHITLOCK.docx", created)

    pnb_copy(f / "Qureshi PNB - BRIGGS account.pdf", created, URN, "DC 0644 QURESHI", "PNB 0036610", "31-32",
             "05/08/2026 15:20", [
                 "1520 - 9 Ferrier Court. Leanne BRIGGS (LB) - suspect's partner approx 3 weeks.",
                 "LB declines statement. States: S MCGARRITY came to hers about 2315 on 20/07, 'a bit drunk',",
                 "said he had 'had a row with Dan' when collecting his things; he said it again on 21/07 am",
                 "before police came. Did not say anything about sex. 'He's never been violent with me.'",
                 "0644 [signed]"], FORCE)
    doc_pdf(f / "CV-26-004115 summary (Feb 2026 report).pdf", created, [
        ("center", "CRIME REPORT SUMMARY - CV/26/004115 (MG6C item 9)", 11),
        ("kv", [("URN of this case", URN), ("Offence reported", "Criminal damage to motor vehicle"),
                ("Date reported", "11/02/2026"), ("Reported by", "WHITLOCK, Danielle Louise"),
                ("Person named", "MCGARRITY, Shaun Patrick"),
                ("Outcome", "21/02/2026 complainant withdrew support, citing fear of escalation. Finalised: "
                            "evidential difficulties, victim does not support (NFA)."),
                ("Why provided", "Previous report by the complainant against the suspect that she withdrew; "
                                 "may be used by the defence on credibility.")], 40),
    ], head=head, family="helvetica")

    doc_pdf(f / "CAD CV-20260720-1187.pdf", created, [
        ("mono", f"CALDER VALLEY POLICE  -  COMMAND & CONTROL                URN {URN}\n"
                 "INCIDENT CV-20260720-1187     OPENED 20/07/2026 23:04:31   GRADE 1 (EMERGENCY)\n"
                 "--------------------------------------------------------------------------\n"
                 "23:04 CH21  999 FEMALE CALLER DANIELLE WHITLOCK, FLAT 3 41 OSTLER ST.\n"
                 "            STATES EX-PARTNER SHAUN MCGARRITY HAS JUST RAPED HER. LEFT ON FOOT\n"
                 "            APPROX 20 MINS AGO. CHILD (4) ASLEEP AT ADDRESS. CALLER IN BATHROOM.\n"
                 "23:05 DSP3  PC 1732 DELANEY DEPLOYED. BLUE LIGHT.\n"
                 "23:09 CH21  SUSPECT DESC: WM 33 6FT SHAVED HEAD GREY HOODIE CARRYING BLACK BAG.\n"
                 "23:16 1732  ON SCENE. BWV ON. CALLER SAFE.\n"
                 "23:40 DSP3  PNC/PND ON SUSPECT: PREV DA COMMON ASSAULT 2017.\n"
                 "01:10 1732  SARC BOOKED 0230.\n"
                 "02:05 1732  CONVEYING TO SARC.\n"
                 "02:40 DSP3  PPU INFORMED FOR MORNING ARREST. CRIME CV/26/019932. CLOSED.", 7.8),
    ])
    doc_pdf(f / "Crime report CV-26-019932.pdf", created, [
        ("center", "CRIME REPORT  CV/26/019932", 11),
        ("kv", [("URN", URN), ("Offence", "Rape (s.1 SOA 2003) - domestic abuse flag"),
                ("When / where", "20/07/2026 approx 22:30, Flat 3, 41 Ostler Street, Stainmoor Bridge"),
                ("Victim", "WHITLOCK, Danielle Louise, F, 29"),
                ("Victim protected characteristics", "Female; White British; no disability; single parent"),
                ("Suspect", "MCGARRITY, Shaun Patrick, M, 33 (ex-partner)"),
                ("Arrest", "21/07/2026 09:10; bailed with conditions"),
                ("OIC", "DC 0644 QURESHI (PPU)")], 44),
    ], head=head, family="helvetica")
    doc_pdf(f / "SFR1.pdf", created, [
        ("center", "SFR1 - STREAMLINED FORENSIC REPORT", 11),
        ("kv", [("URN", URN), ("Provider", "Aldergate Forensic Services (case AFS-26-09120)"),
                ("Items", "AP/1, AP/2; reference DNA MCGARRITY"),
                ("Finding", "Semen on AP/1. DNA profile matches Shaun MCGARRITY (match probability < 1 in a "
                            "billion). Intercourse is admitted; this result is not expected to be disputed."),
                ("Date", "15/09/2026")], 30),
    ], head=head, family="helvetica")

    docs = [
        {"name": "MG3 MCGARRITY.docx", "type": "MG3"},
        {"name": "WHITLOCK D - MG11 typed copy.pdf", "type": "MG11", "role": "complainant"},
        {"name": "ANSELL K - MG11.pdf", "type": "MG11", "role": "first_account"},
        {"name": "DELANEY PC1732 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "QURESHI DC0644 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "PARRY Dr A - MG11.pdf", "type": "MG11", "role": "expert"},
        {"name": "IMG_2231.jpg", "type": "MG11", "role": "witness"},
        {"name": "NQ3 CV-20260720-1187 999 call.wav", "type": "CALL_999"},
        {"name": "AD1_BWV_PC1732_20260720.mp4", "type": "BWV"},
        {"name": "MG15 MCGARRITY.pdf", "type": "ROTI"},
        {"name": "PNC MCGARRITY S.pdf", "type": "PNC"},
        {"name": "Witness PNC.pdf", "type": "PNC"},
        {"name": "MG6C MCGARRITY.pdf", "type": "MG6C"},
        {"name": "MG6D MCGARRITY.pdf", "type": "MG6D"},
        {"name": "MG6E MCGARRITY.pdf", "type": "MG6E"},
        {"name": "DMD.docx", "type": "DMD"},
        {"name": "MG12.pdf", "type": "MG12"},
        {"name": "MG2 WHITLOCK.docx", "type": "MG2"},
        {"name": "CAD CV-20260720-1187.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report CV-26-019932.pdf", "type": "CRIME_REPORT"},
        {"name": "SFR1.pdf", "type": "FORENSIC"},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "CALL_999", "BWV", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "DMD",
                          "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT", "FORENSIC"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "key_statements", "officer_statement",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                          "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# C05  TOLLAND  (compliant; vulnerable adult with intermediary; ABE; first account named only as
#                "a neighbour"; MG6C table over several pages; forensic scientist; scribbled signatures;
#                continuation sheets; ABE summary as DOCX "Doc1.docx")
# ==============================================================================================
def case_tolland(out: Path):
    name = "R_v_TOLLAND"
    f = fresh(out, name)
    URN = "33MV0077126"
    created = "30/10/2026 16:20"
    FORCE = "Mercia Vale Police"
    head = std_head(f"{FORCE}  |  URN {URN}", "OFFICIAL-SENSITIVE")
    common = dict(urn=URN, style="national", sig="SCRIBBLE", witnessed="", family="sans", size=10.8, lh=5.7)

    mg3_pdf(f / "MG3 TOLLAND.pdf", created, URN, [
        ("center", "MG3", 11),
        ("center", "Report to Crown Prosecutor for Charging Decision", 13),
        ("p", f"URN {URN}   -   {FORCE}   -   Brackenmoor Safeguarding Investigation Unit", 8.5),
        ("kv", [("Suspect", "TOLLAND, Brian Edward, 02/02/1968, 12 Mill Lane, Brackenmoor"),
                ("Offences", "(1) Sexual assault, s.3 SOA 2003 (touching on the sofa). (2) Rape, s.1 SOA 2003. "
                             "(3) In the alternative to (2): sexual activity with a person with a mental disorder "
                             "impeding choice, s.30 SOA 2003."),
                ("Victim", "CARTWRIGHT, Leah Marie (22) - vulnerable adult"),
                ("Date / place", "Sunday 28/06/2026, about 15:30 - 16:20, 12 Mill Lane, Brackenmoor"),
                ("Bail", "Conditional bail to 28/12/2026: not to contact Leah or Carol CARTWRIGHT; not to "
                         "enter Mill Lane except to go to and from his address by the south end"),
                ("Decision sought", "Full Code Test")], 36),
    ], [
        ("Summary",
         "Leah CARTWRIGHT is 22 and has a mild learning disability; she lives with her mother Carol at 16 Mill "
         "Lane and attends Brackenmoor Day Centre on weekdays. The suspect, 58, lives two doors away at number "
         "12, has known the family for years and does odd jobs for them.\n\n"
         "On the afternoon of Sunday 28 June 2026 Leah took back a stepladder her mother had borrowed from him. "
         "She says he asked her in for a cup of tea and to watch television. On the sofa he touched her breasts "
         "and between her legs over her clothes. He then took her by the hand into his bedroom, pulled down her "
         "leggings and had sexual intercourse with her while she said 'no, I want to go home'. Afterwards he "
         "told her it was their secret and that she would get into trouble if she told her mum.\n\n"
         "Leah left at about 16:20 and went straight to a neighbour, who she trusts and who sat with her until "
         "her mother came home. She told the neighbour 'Brian hurt me, he did sex on me'. The neighbour's "
         "statement is attached. Her mother came home at 17:45 and called 999 at 18:05. PC 3055 HOLT arrived at "
         "18:19, was given a brief account, and seized the underwear Leah was still wearing (GH/1)."),
        ("Key evidence",
         "ABE interview 03/07/2026 conducted with a Registered Intermediary (RA/1, RA/2) and summary; the "
         "neighbour's account of what Leah said within minutes; PC HOLT; the forensic scientist Dr VEERASAMY: "
         "semen on the gusset of GH/1, DNA profile matching the suspect (match probability less than one in a "
         "billion); SARC summary with her consent; GP summary letter confirming her diagnosis and level of "
         "functioning (relevant to capacity to consent and to s.30)."),
        ("Suspect's account",
         "Interview 29/06/2026: denied any sexual contact. Said Leah came round with the ladder, had a cup of "
         "tea on the sofa for about twenty minutes and went home. Suggested that Leah is 'easily led' and that "
         "her mother had put her up to it because of a dispute between them about a boundary fence. Said his "
         "nephew had visited him that day. Interview 20/08/2026 after the forensic result: no comment to all "
         "questions. Likely defence: denial, or, if intercourse is accepted, consent."),
        ("Lines of enquiry (including those which could point away from the suspect)",
         "1. The fence dispute. The council's neighbour mediation file was obtained with Mrs CARTWRIGHT's "
         "consent: there was a dispute about the fence between numbers 12 and 14/16 in 2025, resolved at a "
         "mediation meeting in November 2025. It is relevant to the suggestion of motive and is disclosed (MG6C "
         "item 19).\n\n"
         "2. The nephew. Shane TOLLAND was traced. He visited between about 11:00 and 13:00 and left before "
         "Leah came round. His statement is attached; it neither helps nor harms the suspect.\n\n"
         "3. Whether Leah had said anything to anyone earlier about the suspect, or anything inconsistent since: "
         "day-centre staff were asked (with her consent) whether she had ever raised concerns; they had not "
         "heard any, and nothing was recorded in her day-centre file. That negative result is scheduled.\n\n"
         "4. Her capacity: the Registered Intermediary's assessment and the GP summary letter. The GP was asked "
         "only for a summary of her diagnosis and functioning, with her written consent given with the "
         "intermediary's help; her full medical records were not requested because nothing else in them was "
         "thought relevant.\n\n"
         "5. Digital: Leah does not have a mobile phone of her own, and no device of hers has been examined. "
         "The suspect's phone was not seized: neither party suggests any messages or calls between them.\n\n"
         "6. House-to-house on Mill Lane (numbers 2-24) on 29/06/2026: nobody else saw Leah that afternoon."),
        ("Forensic and medical",
         "SARC (Brackenmoor SARC) 28/06/2026 at 21:00, Dr Hugh MARSDEN. Leah was assessed by the FME as able "
         "to consent to the examination and did so, with her mother present; she also consented, in the same "
         "way, to the release of the notes and summary to the police and the CPS. Swabs HM/1 and HM/2 did not "
         "yield a male DNA profile. Underwear GH/1: semen, DNA matching the suspect (Dr VEERASAMY's statement "
         "attached)."),
        ("Outstanding evidence",
         "No further enquiries are outstanding."),
        ("Victim care and special measures",
         "Leah is a vulnerable witness under s.16 YJCEA 1999 (significant impairment of intelligence and social "
         "functioning). A Registered Intermediary, Fiona DRAKE, assessed her on 01/07/2026 and assisted at the "
         "ABE; her recommendations (short simple questions, one question at a time, a break every 20 minutes, "
         "use of a body diagram) should be followed at trial and she is available. Leah and her mother would "
         "like her cross-examination pre-recorded under s.28; her ABE is to be her evidence in chief; she "
         "would prefer a live link from a remote site with her intermediary. MG2 attached.\n\n"
         "Needs: easy-read letters; contact through her mother, with Leah's agreement; a specialist learning "
         "disability ISVA (Sam PRICE, Mercia Vale ISVA Service) was referred on 30/06/2026 and has met her "
         "twice. No interpreter needed.\n\n"
         "VPS: offered on 03/07/2026 with the intermediary's help. Leah and her mother want to make it together "
         "with the ISVA, after the charging decision."),
        ("Disclosure",
         "Disclosure officer DC 1621 ACHEBE. MG6C (two sheets), MG6D, MG6E and the DMD are attached. "
         "Rebuttable-presumption material is attached: the 999 incident log, crime report, PC HOLT's notebook "
         "record of Leah's account to police, and PNC results for all civilian witnesses."),
        ("Early advice",
         "Early advice was obtained from Amir SHAH (CPS RASSO) on 10/07/2026: consider the s.30 alternative; "
         "obtain a GP summary of diagnosis; obtain the council mediation records; trace the nephew. Done."),
        ("Officer",
         "DC 1621 Robert ACHEBE, Safeguarding Investigation Unit, Brackenmoor.  01632 960162  /  07700 900162  "
         "/  robert.achebe@merciavale.police.example.\n\n"
         "Supervisor: DS 0777 Jean CALLOWAY - endorsed 29/10/2026."),
    ], variant="plain", family="serif", foot_left=f"MG3  {URN}")

    # ------------------------------------------------------------------ statements with scribbled signatures
    mg11_pdf(f / "MG11 ACHEBE.pdf", dict(common, name="Robert ACHEBE", occ="Detective Constable 1621",
                                          date="25/08/2026", sig_name="DC 1621 R ACHEBE", body=[
        "I am a Detective Constable in the Safeguarding Investigation Unit at Brackenmoor, trained in "
        "Achieving Best Evidence interviewing, including interviews with vulnerable adults using an "
        "intermediary. I am the officer in the case.",
        "On 30th June 2026 I asked for a Registered Intermediary to assess Leah CARTWRIGHT because her mother "
        "had told me that Leah has a learning disability. On 1st July 2026 Fiona DRAKE, a Registered "
        "Intermediary, assessed Leah at her home and made recommendations about how to question her. On 2nd "
        "July 2026 I wrote an interview plan which included those recommendations; the plan has been retained.",
        "On Friday 3rd July 2026 between 11:02 and 11:49 I conducted a video recorded interview with Leah at "
        "the Brackenmoor ABE suite. Ms DRAKE sat with Leah throughout. Carol CARTWRIGHT waited in the family "
        "room. DS 0777 CALLOWAY monitored the interview. We took one break of ten minutes, at Ms DRAKE's "
        "suggestion, at 11:24.",
        "At the end of the interview I made two copies of the recording. I sealed the master copy in Leah's "
        "presence (seal MV0098114) and produce it as exhibit RA/1. I produce the working copy as exhibit RA/2; a "
        "digital copy of RA/2 is with the file. I prepared a summary of the interview, which is also with the "
        "file.",
        "After the interview, with Ms DRAKE's help, I explained to Leah and her mother what a Victim Personal "
        "Statement is. They said they would like to make one later with the ISVA.",
        "On 29th June 2026 at 07:30 I arrested Brian Edward TOLLAND at 12 Mill Lane. He was interviewed that "
        "afternoon and again on 20th August 2026 after the forensic results. I was one of the interviewing "
        "officers on both occasions.",
        "On 6th July 2026 I submitted the underwear, exhibit GH/1, and the SARC swabs, exhibits HM/1 and HM/2, "
        "together with a reference sample from TOLLAND, to Aldergate Forensic Services.",
        "On 14th July 2026, with the written consent of Carol CARTWRIGHT, I requested the neighbour mediation "
        "file for Mill Lane from Brackenmoor Council. I received it on 27th July 2026. It is scheduled as "
        "unused material.",
        "On 15th July 2026 I met Leah with Ms DRAKE and explained, using an easy-read letter, that I wanted to "
        "ask her doctor for a short letter about her learning disability, and why. Leah said yes and signed "
        "the consent form, and her mother also signed it as a witness. I asked the GP only for a summary of "
        "her diagnosis and how it affects her day to day, not for her records.",
        "On 21st July 2026 I spoke to the manager of Brackenmoor Day Centre, with Leah's agreement, to ask "
        "whether Leah had ever raised any concern about anyone. She told me she had not and that nothing was "
        "recorded in Leah's file.",
    ]), created)

    mg11_pdf(f / "MG11 HOLT.pdf", dict(common, name="Gemma HOLT", occ="Police Constable 3055", date="28/06/2026",
                                        sig_name="PC 3055 G HOLT", body=[
        "I am a police constable with Mercia Vale Police on the Brackenmoor response team.",
        "At 18:05 on Sunday 28th June 2026 I was deployed to a 999 call from Carol CARTWRIGHT at 16 Mill Lane, "
        "Brackenmoor (incident MV-20260628-0977), reporting that her daughter had been sexually assaulted by a "
        "neighbour. I arrived at 18:19. I was the first police officer there.",
        "In the living room were Carol CARTWRIGHT, her daughter Leah, and a neighbour, Patricia ODUYA. Leah was "
        "sitting very close to Mrs ODUYA and holding her hand. Carol told me Leah has a learning disability.",
        "I spoke to Leah gently with Mrs ODUYA beside her and asked only what had happened and who had done it. "
        "Leah said 'Brian did sex on me. In his bedroom.' I asked where Brian lives and she pointed towards the "
        "wall and said 'number 12'. She said 'I said no. I wanted to go home.' I did not ask her any more "
        "questions, so as not to affect a later interview. I wrote her words in my pocket notebook at 18:27, "
        "pages 40 and 41.",
        "Leah was still wearing the clothes she had on at the time. At the SARC at 21:00, after her "
        "examination, I took possession of her knickers in a sealed evidence bag handed to me by the crisis "
        "worker. I produce them as exhibit GH/1.",
        "My body-worn camera was not switched on inside the house. I had started to activate it but Carol "
        "asked me not to film Leah because she would become distressed, and I judged that recording was not "
        "necessary for a brief first account; I noted this in my notebook.",
        "I conveyed Leah and her mother to the SARC at 20:30 and handed over to the CID.",
    ]), created)

    mg11_pdf(f / "MG11 ODUYA.pdf", dict(common, name="Patricia Adaeze ODUYA", occ="Retired school cook",
                                         date="30/06/2026", sig_name="P. ODUYA", body=[
        "I live at 14 Mill Lane, Brackenmoor, next door to Leah CARTWRIGHT and her mum Carol at number 16. I "
        "have been their neighbour for about eleven years and I have known Leah since she was a little girl. "
        "Leah calls me Auntie Pat. She often pops round when her mum is at work.",
        "On Sunday 28th June 2026 at about 4.20 pm there was a knock at my door. It was Leah. She was crying "
        "and her face was red and she was holding her arms around herself. I brought her in and sat her on the "
        "settee.",
        "I asked what was wrong. She said 'Brian hurt me'. I asked how, and she said 'he did sex on me, Auntie "
        "Pat'. I asked where, and she said 'at his house, in the bedroom'. She said 'I said no, I wanted to go "
        "home'. She said he told her it was a secret and she would get in trouble with her mum. Brian is Brian "
        "TOLLAND at number 12.",
        "I told her she wasn't in trouble. I rang Carol at work and told her to come home. I made Leah a cup of "
        "tea and stayed with her. She kept saying she wanted to go home and have a bath. I told her to wait for "
        "her mum. She didn't change her clothes.",
        "Carol got home at about quarter to six and we all went round to Carol's. Carol rang the police. I "
        "stayed until the police officer came.",
    ], rear=rear_page("14 Mill Lane, Brackenmoor", "01632 960171", "-", "17/09/1956", "Landline",
                      "03/11/2026 - 17/11/2026 (visiting family)", taken_by="DC 1621 ACHEBE",
                      time_place="30/06/2026 10:00, her home", gender="F")), created)

    mg11_pdf(f / "MG11 CARTWRIGHT C.pdf", dict(common, name="Carol Anne CARTWRIGHT", occ="Care home cook",
                                                date="30/06/2026", sig_name="C. CARTWRIGHT", body=[
        "I am Leah CARTWRIGHT's mother. Leah has a mild learning disability. She can look after herself at home "
        "for a few hours and goes to a day centre in the week, but she finds it hard to understand some things "
        "and she trusts people.",
        "On Sunday 28th June 2026 I was at work. At about 5.15 pm my neighbour Pat ODUYA rang and said Leah was "
        "with her, upset, and that something had happened with Brian. I came straight home and got there at "
        "about 5.45 pm.",
        "Leah wouldn't really talk to me. She kept holding on to Pat and saying 'Pat knows'. Pat told me what "
        "Leah had said to her. I rang 999 at about 6 pm.",
        "Brian TOLLAND lives at number 12. He has been a friend of the family for years and does jobs for us. "
        "Last year we fell out about the fence at the back; it was sorted out through the council in "
        "November. We were on speaking terms again. That morning I had asked Leah to take his stepladder back.",
    ], rear=rear_page("16 Mill Lane, Brackenmoor", "07700 900175", "-", "05/05/1974", "Mobile",
                      "None", taken_by="DC 1621 ACHEBE", time_place="30/06/2026 11:30, her home",
                      gender="F")), created)

    mg11_pdf(f / "MG11 TOLLAND S.pdf", dict(common, name="Shane TOLLAND", occ="Warehouse operative",
                                             date="14/07/2026", sig_name="S. TOLLAND", body=[
        "Brian TOLLAND is my uncle. On Sunday 28th June 2026 I went to his house at 12 Mill Lane at about 11 "
        "am to help him move a wardrobe. I left at about 1 pm. Nobody else came to the house while I was there.",
        "I don't know Leah CARTWRIGHT to speak to. I did not see her that day.",
    ], rear=rear_page("Flat 2, 9 Canal Side, Brackenmoor", "07700 900178", "-", "21/01/1995", "Mobile", "None",
                      taken_by="DC 1621 ACHEBE", time_place="14/07/2026, Brackenmoor police station",
                      gender="M")), created)

    mg11_pdf(f / "MG11 Dr VEERASAMY.pdf", dict(common, name="Dr Kamala VEERASAMY", occ="Forensic scientist",
                                                date="18/08/2026", sig_name="K. VEERASAMY", body=[
        "I am a forensic scientist employed by Aldergate Forensic Services. I hold a BSc in Biological Sciences "
        "and a PhD in molecular genetics, and I have reported on body fluid and DNA casework for fourteen "
        "years. I understand my duty to the court: to give objective, unbiased opinion on matters within my "
        "expertise. That duty overrides any obligation to the police.",
        "On 7th July 2026 the laboratory received: GH/1, a pair of knickers; HM/1 and HM/2, high and low "
        "vaginal swabs; and a reference DNA sample from Brian TOLLAND.",
        "I examined GH/1 and found semen staining on the inner surface of the gusset. A DNA profile from the "
        "sperm fraction matches the profile of Brian TOLLAND. If the DNA came from someone unrelated to him the "
        "probability of a match is less than one in a billion.",
        "No semen was detected on HM/1 or HM/2. That is not unexpected given the time that had passed and "
        "possible drainage onto the underwear. No male DNA profile was obtained from them.",
        "In my opinion the findings provide extremely strong support for the proposition that Brian TOLLAND is "
        "the source of the semen on GH/1, rather than an unknown unrelated person. The findings cannot say how "
        "or when the semen came to be there.",
    ]), created)

    # ------------------------------------------------------------------ ABE + summary (DOCX)
    make_video(f / "ABE_RA2_030726.mp4", "abe", ["BRACKENMOOR ABE SUITE", "03/07/2026 {t}",
                                                 "RA/2  CARTWRIGHT L  RI present"], seconds=5, fps=10, seed=51,
               clock=(11, 2, 6))
    d = new_docx(author="ACHEBE R", title="ABE summary", font="Calibri", size=10.5, created=created)
    docx_head_foot(d, head_text="OFFICIAL-SENSITIVE", foot_text=f"{FORCE} - URN {URN}")
    docx_par(d, "Summary of Video Recorded Interview", bold=True, size=14, align="C")
    docx_kv_table(d, [("URN", URN), ("Witness", "Leah Marie CARTWRIGHT (22) - vulnerable adult"),
                      ("Date / time", "03/07/2026, 11:02 - 11:49 (break 11:24 - 11:34)"),
                      ("Location", "Brackenmoor ABE suite"),
                      ("Present", "DC 1621 ACHEBE (interviewer); Fiona DRAKE (Registered Intermediary)"),
                      ("Monitor", "DS 0777 CALLOWAY"), ("Exhibit", "RA/1 master; RA/2 working copy")],
                  widths=(4.5, 12.5))
    docx_par(d, "")
    docx_grid(d, ["Time", "Summary"], [
        ["11:02", "Introductions. RI explains she is there to help. Ground rules using picture cards."],
        ["11:06", "Leah says she took the ladder back to Brian's because mum told her to."],
        ["11:09", "Brian asked her in for tea and to watch telly. Sat on the settee."],
        ["11:12", "Brian touched her 'boobies' and 'down there' (points to groin on body diagram) over her "
                  "clothes. She moved away."],
        ["11:15", "He held her hand and took her to the bedroom. He pulled her leggings down. 'He put his willy "
                  "in my front bottom.' She said 'no, I want to go home'. It hurt."],
        ["11:20", "He said it was a secret, she would get in trouble with mum."],
        ["11:24", "Break at RI's suggestion."],
        ["11:34", "Clarification with RI: what 'did sex' means to Leah; which room; where mum was (work)."],
        ["11:41", "After: went to Auntie Pat's next door; told her; Pat rang mum."],
        ["11:47", "Closure. Thanked. Ends 11:49."],
    ], widths=(2, 15))
    docx_par(d, "Prepared by DC 1621 ACHEBE, 04/07/2026.", italic=True, size=9)
    save_docx(d, f / "Doc1.docx", created)

    # ------------------------------------------------------------------ ROTI
    doc_pdf(f / "ROTI TOLLAND.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 12),
        ("kv", [("URN", URN), ("Interviewee", "TOLLAND, Brian Edward"),
                ("Interview 1", "29/06/2026 14:10 - 14:55, Brackenmoor custody, solicitor Mr H. NAYLOR"),
                ("Interview 2", "20/08/2026 10:05 - 10:20, Brackenmoor custody, solicitor Mr H. NAYLOR"),
                ("Officers", "DC 1621 ACHEBE, DC 0480 LOWE")], 32),
        ("h", "Interview 1", 10),
        ("p", "Denies any sexual contact with Leah. She brought the stepladder at about half three; he made her a "
              "cup of tea and they watched television for twenty minutes; she went home. Says 'she's a lovely "
              "girl but she's easily led'. Suggests Carol CARTWRIGHT is behind the allegation because of 'the "
              "fence business'. Says his nephew Shane was there earlier helping with a wardrobe. Denies taking "
              "Leah into the bedroom. Agrees to give DNA sample."),
        ("h", "Interview 2", 10),
        ("p", "Told of the DNA result on GH/1. On his solicitor's advice, 'no comment' to all questions."),
    ], head=head, foot=std_foot(f"URN {URN}"), family="serif")

    doc_pdf(f / "PNC TOLLAND B.pdf", created, [
        ("mono", f"PNC - PREVIOUS CONVICTIONS                    URN {URN}\n"
                 "TOLLAND, BRIAN EDWARD   02/02/1968   PNC 26/0665410F\n\n"
                 "NO CONVICTIONS.  NO CAUTIONS.  NO DISPOSALS.\n"
                 "PRINTED 28/10/2026 BY 1621", 9),
    ])
    doc_pdf(f / "Civilian witness PNC.pdf", created, [
        ("center", "Previous convictions of prosecution witnesses", 11),
        ("p", f"URN {URN}. Checked 28/10/2026."),
        ("grid", ["Witness", "PNC"], [
            ["CARTWRIGHT, Leah Marie", "No record"],
            ["ODUYA, Patricia Adaeze", "No record"],
            ["CARTWRIGHT, Carol Anne", "No record"],
            ["TOLLAND, Shane", "1 conviction: 11/03/2015 theft from employer, conditional discharge 12 months"],
        ], (70, 106)),
    ], head=head, family="serif")

    # ------------------------------------------------------------------ MG6C (long, over several pages)
    items = [
        "999 incident log MV-20260628-0977 (call by Carol CARTWRIGHT 18:05, 28/06/2026). Copy provided.",
        "Crime report MV/26/027761 and investigation log. Copy provided.",
        "PC 3055 HOLT notebook pp.40-41: Leah's words at 18:27, 28/06/2026 (first account to police). Copy "
        "provided.",
        "PC HOLT notebook p.41: note that BWV was not activated at Carol CARTWRIGHT's request.",
        "Registered Intermediary request form, 30/06/2026.",
        "ABE interview plan for Leah CARTWRIGHT, DC ACHEBE, 02/07/2026 (includes RI recommendations).",
        "Monitoring notes of DS CALLOWAY during the ABE, 03/07/2026.",
        "Custody record BK/C/26/0931 (TOLLAND, 29/06/2026).",
        "Custody record BK/C/26/1402 (TOLLAND, 20/08/2026).",
        "Interview recordings BK/26/06/0411 and BK/26/08/0688.",
        "Pre-interview disclosure documents given to Mr NAYLOR, 29/06/2026 and 20/08/2026.",
        "Bail records and conditions, 29/06/2026 and 20/08/2026.",
        "House-to-house pro formas, Mill Lane nos. 2-24, 29/06/2026 (nobody saw Leah that afternoon).",
        "Search record, 12 Mill Lane, 29/06/2026 (bedding seized, not submitted - see item 15).",
        "Bedding from 12 Mill Lane (DA/1 - DA/2): not submitted because the DNA on GH/1 answers the question "
        "of contact; retained.",
        "MG21 forensic submission, 06/07/2026.",
        "Aldergate Forensic Services case file notes and continuity records, case AFS-26-09877.",
        "Reference DNA sample record, TOLLAND, 29/06/2026.",
        "Brackenmoor Council neighbour mediation file, Mill Lane boundary fence, Mar - Nov 2025 (obtained with "
        "consent). May assist the defence on motive.",
        "E-mail request to the council and reply, 14/07/2026 and 27/07/2026.",
        "Note of enquiry with Brackenmoor Day Centre manager, 21/07/2026: no concerns ever raised by Leah; "
        "nothing recorded. Negative result.",
        "Consent form signed by Leah (with RI support) for the GP summary request, 15/07/2026.",
        "Letter to GP requesting a summary of diagnosis and functioning only, 15/07/2026.",
        "Easy-read notice given to Leah explaining the GP request, 15/07/2026.",
        "Notes of telephone calls with Carol CARTWRIGHT (victim updates), 29/06 - 27/10/2026.",
        "Early advice record, CPS, 10/07/2026.",
        "Record of decision not to seize suspect's phone, 29/06/2026 (no communication alleged).",
        "Tracing enquiries for Shane TOLLAND, 10/07/2026.",
        "DS CALLOWAY file review notes, 29/10/2026.",
        "Witness PNC checks, 28/10/2026. Copy provided.",
        "SARC crisis worker handover note (non-medical), 28/06/2026.",
        "Photographs of the living room and bedroom at 12 Mill Lane, 29/06/2026 (32 images), taken during "
        "search.",
        "Plan of 12 Mill Lane drawn by DC LOWE, 29/06/2026.",
        "Victim Needs Assessment (non-sensitive parts): easy-read correspondence, contact through mother.",
    ]
    doc_pdf(f / "MG6C TOLLAND.pdf", created, [
        ("center", "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11.5),
        ("p", f"R v Brian Edward TOLLAND        URN {URN}        Disclosure officer: DC 1621 ACHEBE", 8.5),
        ("grid", ["Item", "Description and relative location", "Location", "CPS: test met?"],
         [[str(i + 1), t, "With file" if "Copy provided" in t else "SIU Brackenmoor", ""]
          for i, t in enumerate(items)], (12, 118, 28, 18), 10),
        ("p", "Signed: [signed] DC 1621 R ACHEBE    Date: 29/10/2026", 9),
    ], head=head, foot=std_foot("MG6C", "Page {p} of {nb}"), family="serif", bottom=20)
    doc_pdf(f / "MG6D TOLLAND.pdf", created, [
        ("center", "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 11.5),
        ("p", f"R v TOLLAND        URN {URN}", 8.5),
        ("grid", ["Item", "Description", "Reason", "CPS view"], [
            ["1", "Registered Intermediary assessment report (Fiona DRAKE), 01/07/2026.", "Detailed personal and "
             "health information about a vulnerable witness; recommendations are summarised in the MG3 and "
             "MG2.", ""],
            ["2", "GP summary letter about Leah's diagnosis and functioning, 22/07/2026 (also supplied to CPS "
                  "with the file for the s.30 issue).", "Medical information of a vulnerable adult.", ""],
            ["3", "SARC notes, 28/06/2026.", "Intimate medical information.", ""],
            ["4", "Adult safeguarding referral to Brackenmoor Council, 29/06/2026.", "Safeguarding information "
             "shared in confidence.", ""],
        ], (12, 74, 72, 18), 8.6),
        ("p", "Signed: [signed] DC 1621 R ACHEBE    Date: 29/10/2026", 9),
    ], head=head, family="serif")
    doc_pdf(f / "MG6E TOLLAND.pdf", created, [
        ("center", "MG6E  DISCLOSURE OFFICER'S REPORT", 11.5),
        ("p", f"R v TOLLAND   URN {URN}"),
        ("p", "Material which may undermine the prosecution or assist the defence: MG6C item 19 (fence dispute, "
              "mediation file); the conviction of witness Shane TOLLAND (2015, theft); MG6C item 21 (no earlier "
              "concerns raised at the day centre)."),
        ("p", "I certify that to the best of my knowledge and belief all relevant material has been recorded on "
              "the schedules and revealed to the prosecutor."),
        ("p", "DC 1621 R ACHEBE   Signed: [signed]   29/10/2026"),
    ], head=head, family="serif")
    doc_pdf(f / "DMD TOLLAND.pdf", created, [
        ("center", "DISCLOSURE MANAGEMENT DOCUMENT", 11.5),
        ("kv", [("URN", URN), ("Case", "R v TOLLAND"),
                ("Investigation strategy", "Account of complainant with RI; first account (neighbour); forensic "
                                           "examination of underwear; suspect's suggested motive (fence "
                                           "dispute) and alibi-type detail (nephew) tested."),
                ("Digital strategy", "No digital material. The complainant has no phone; no communication "
                                     "between the parties is alleged; suspect's phone not seized (recorded "
                                     "decision, MG6C item 27)."),
                ("Third-party material", "GP summary only (diagnosis and functioning) with written consent and "
                                         "an easy-read notice; council mediation file with Carol CARTWRIGHT's "
                                         "consent; day-centre enquiry (negative)."),
                ("Approach to unused material", "All items individually scheduled; MG6E identifies items that may "
                                                "meet the test.")], 40),
    ], head=head, family="serif")

    doc_pdf(f / "MG12 TOLLAND.pdf", created, [
        ("center", "MG12  EXHIBIT LIST", 11.5),
        ("p", f"URN {URN}"),
        ("grid", ["Ref", "Description", "Produced by"], [
            ["RA/1", "ABE master recording, Leah CARTWRIGHT, 03/07/2026, seal MV0098114", "DC 1621 ACHEBE"],
            ["RA/2", "ABE working copy (digital copy on file)", "DC 1621 ACHEBE"],
            ["GH/1", "Knickers worn by complainant", "PC 3055 HOLT"],
            ["HM/1", "High vaginal swab", "Dr H MARSDEN"],
            ["HM/2", "Low vaginal swab", "Dr H MARSDEN"],
            ["DA/1 - DA/2", "Bedding from 12 Mill Lane (not submitted)", "DC 0480 LOWE"],
        ], (24, 110, 42)),
    ], head=head, family="serif")

    doc_pdf(f / "MG2 Leah.pdf", created, [
        ("center", "MG2 - SPECIAL MEASURES ASSESSMENT", 12),
        ("kv", [("URN", URN), ("Witness", "Leah Marie CARTWRIGHT (complainant)"),
                ("Eligibility", "s.16 YJCEA 1999 - significant impairment of intelligence and social functioning; "
                                "also s.17(4)"),
                ("Measures sought", "Video-recorded evidence in chief (s.27, done); pre-recorded cross-examination "
                                    "(s.28) - Leah and her mother want this; live link from a remote site; "
                                    "examination through an intermediary (s.29); removal of wigs and gowns"),
                ("Intermediary", "Fiona DRAKE, Registered Intermediary - assessed 01/07/2026, available for trial"),
                ("Witness's view", "Leah (with RI) said she wants to 'do it on the telly, not in the big room', "
                                   "with Fiona and her ISVA"),
                ("Completed by", "DC 1621 ACHEBE, 04/07/2026")], 44),
    ], head=head, family="serif")

    pnb_copy(f / "PNB HOLT 40-41.pdf", created, URN, "PC 3055 HOLT", "PNB 0038845", "40-41",
             "28/06/2026 18:27", [
                 "1827 16 Mill Ln. Leah CARTWRIGHT (LC) with mother Carol and neighbour Mrs ODUYA.",
                 "LC (learning disability - kept to minimum): 'Brian did sex on me. In his bedroom.'",
                 "Points to wall - 'number 12'. 'I said no. I wanted to go home.'",
                 "No further questions asked. BWV not activated - mother's request (LC distress).",
                 "2055 underwear (GH/1) recd from SARC crisis worker, sealed bag MV0031172.",
                 "3055 [signed]"], FORCE)

    doc_pdf(f / "Incident log MV-20260628-0977.pdf", created, [
        ("mono", f"MERCIA VALE POLICE  INCIDENT MV-20260628-0977   URN {URN}\n"
                 "28/06/2026 18:05  999  CALLER CAROL CARTWRIGHT 16 MILL LANE BRACKENMOOR\n"
                 "18:05 C17  DAUGHTER LEAH 22 (LEARNING DISABILITY) DISCLOSED TO NEIGHBOUR THAT\n"
                 "           MALE 'BRIAN' AT NO 12 'DID SEX ON HER' THIS AFTERNOON. SUSPECT AT HOME?\n"
                 "18:06 D4   PC 3055 HOLT DEPLOYED\n"
                 "18:19 3055 ON SCENE. BRIEF ACCOUNT. VICTIM WITH NEIGHBOUR AND MOTHER.\n"
                 "18:40 D4   SARC BOOKED 2100. SIU ON CALL INFORMED.\n"
                 "19:10 D4   DECISION: ARREST IN MORNING AFTER SCENE PLAN (SUSPECT NOT MOBILE, NO\n"
                 "           RISK TO VICTIM WHO IS STAYING WITH RELATIVE). PATROL PASSING ATTN NO 12.\n"
                 "21:55 3055 UNDERWEAR RECEIVED FROM SARC - GH/1.\n"
                 "22:30 D4   CRIME MV/26/027761. CLOSED.", 8),
    ])
    doc_pdf(f / "Crime report MV-26-027761.pdf", created, [
        ("center", "CRIME REPORT MV/26/027761", 11.5),
        ("kv", [("URN", URN), ("Offence", "Rape (s.1 SOA 2003); sexual assault (s.3)"),
                ("Victim", "CARTWRIGHT, Leah Marie, F, 22 - vulnerable adult (learning disability)"),
                ("Suspect", "TOLLAND, Brian Edward, M, 58 - bailed"),
                ("Location", "12 Mill Lane, Brackenmoor"), ("OIC", "DC 1621 ACHEBE"),
                ("Victims' Code", "Enhanced. ISVA (LD specialist) 30/06/2026. VPS offered 03/07/2026.")], 36),
    ], head=head, family="serif")
    doc_pdf(f / "SARC summary CARTWRIGHT.pdf", created, [
        ("center", "BRACKENMOOR SARC - SUMMARY FOR POLICE", 11.5),
        ("kv", [("URN", URN), ("Patient", "Leah CARTWRIGHT"), ("Date", "28/06/2026 21:00 - 22:10"),
                ("Examiner", "Dr Hugh MARSDEN"),
                ("Capacity and consent", "Capacity to consent to examination assessed and present for this "
                                         "decision. Consent given by Leah, with her mother present, to "
                                         "examination, samples, and release of this summary and the notes to "
                                         "police and CPS."),
                ("Findings", "Tenderness at the posterior fourchette; no visible laceration. Samples HM/1, HM/2. "
                             "Underwear bagged for police (GH/1).")], 40),
    ], head=std_head("Brackenmoor SARC", "OFFICIAL-SENSITIVE: MEDICAL"), family="serif")
    doc_pdf(f / "GP letter.pdf", created, [
        ("center", "Brackenmoor Health Centre", 11.5),
        ("p", "22/07/2026"),
        ("p", f"To: DC 1621 ACHEBE, Mercia Vale Police.   Your ref: {URN}"),
        ("p", "Re: Leah Marie CARTWRIGHT, DOB 18/10/2003"),
        ("p", "Thank you for your letter of 15/07/2026 enclosing Leah's signed consent. As requested, I confine "
              "this letter to her diagnosis and functioning. Leah has a mild learning disability, diagnosed in "
              "childhood, with an assessed IQ in the 55-65 range. She can manage simple daily tasks and short "
              "periods alone, but has difficulty with abstract concepts and is suggestible with people she "
              "trusts. She has no other relevant diagnosis."),
        ("p", "Dr R. FELL, General Practitioner"),
    ], family="serif")

    docs = [
        {"name": "MG3 TOLLAND.pdf", "type": "MG3"},
        {"name": "MG11 ACHEBE.pdf", "type": "MG11", "role": "officer"},
        {"name": "MG11 HOLT.pdf", "type": "MG11", "role": "officer"},
        {"name": "MG11 ODUYA.pdf", "type": "MG11", "role": "first_account"},
        {"name": "MG11 CARTWRIGHT C.pdf", "type": "MG11", "role": "witness"},
        {"name": "MG11 TOLLAND S.pdf", "type": "MG11", "role": "witness"},
        {"name": "MG11 Dr VEERASAMY.pdf", "type": "MG11", "role": "expert"},
        {"name": "ABE_RA2_030726.mp4", "type": "ABE_RECORDING"},
        {"name": "Doc1.docx", "type": "ABE_SUMMARY"},
        {"name": "ROTI TOLLAND.pdf", "type": "ROTI"},
        {"name": "PNC TOLLAND B.pdf", "type": "PNC"},
        {"name": "Civilian witness PNC.pdf", "type": "PNC"},
        {"name": "MG6C TOLLAND.pdf", "type": "MG6C"},
        {"name": "MG6D TOLLAND.pdf", "type": "MG6D"},
        {"name": "MG6E TOLLAND.pdf", "type": "MG6E"},
        {"name": "DMD TOLLAND.pdf", "type": "DMD"},
        {"name": "MG12 TOLLAND.pdf", "type": "MG12"},
        {"name": "MG2 Leah.pdf", "type": "MG2"},
        {"name": "Incident log MV-20260628-0977.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report MV-26-027761.pdf", "type": "CRIME_REPORT"},
        {"name": "SARC summary CARTWRIGHT.pdf", "type": "MEDICAL"},
        {"name": "GP letter.pdf", "type": ["THIRD_PARTY", "MEDICAL"]},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG6E",
                          "DMD", "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT", "MEDICAL"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                          "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# C06  ARNSBY  (compliant; non-recent; two first-account witnesses: a school friend named in the MG3,
#               and "her husband" named only by relationship; ABE as .mov; voluntary interview;
#               no forensic/medical; third-party request with reasons and notice)
# ==============================================================================================
def case_arnsby(out: Path):
    name = "ARNSBY_non-recent"
    f = fresh(out, name)
    URN = "44EH0302526"
    created = "05/11/2026 10:02"
    FORCE = "East Harrow Police"
    sysfoot = "EHP Records - statement print"
    common = dict(urn=URN, style="force", force=FORCE, system_foot=sysfoot, family="cond")
    head = std_head(f"{FORCE}", "OFFICIAL-SENSITIVE")

    mg3_pdf(f / "MG3.pdf", created, URN, [
        ("center", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 12.5),
        ("boxes", "URN"),
        ("kv", [("Suspect", "ARNSBY, Keith Roland  DOB 19/06/1959  22 Wharf Road, Lowther Bank"),
                ("Complainant", "FAIRBROTHER (nee HEYWOOD), Joanne Claire  DOB 12/01/1991"),
                ("Proposed charges",
                 "1-2. Indecent assault on a female under 16, s.14(1) SOA 1956 (between 01/09/2003 and "
                 "30/04/2004).  3. Sexual activity with a child, s.9 SOA 2003 (between 01/05/2004 and "
                 "30/06/2005).  4. Rape, s.1 SOA 2003 (a day in August 2005). Dates are split at 01/05/2004 "
                 "because the 2003 Act applies to conduct from that date."),
                ("Place", "7 Cobden Terrace, Lowther Bank (the suspect's home at the time)"),
                ("Status", "Not arrested. Interviewed under caution as a volunteer on 10/06/2026. No bail."),
                ("Advice requested", "Full code test")], 40),
    ], [
        ("Background and the complainant's account",
         "Joanne's mother married Stephen ARNSBY in 2002. The suspect is Stephen's older brother. Between "
         "September 2003 and the summer of 2005, when Joanne was 12 to 14, she stayed on Friday nights at the "
         "suspect's home at 7 Cobden Terrace because her mother worked night shifts; the suspect lived there "
         "with his then wife Maureen.\n\n"
         "In her ABE interview (29/04/2026, FM/1) Joanne describes the suspect coming into the spare room after "
         "his wife had gone to bed, on many Fridays, and touching her: at first over her pyjamas on her chest "
         "and between her legs, then, from about the time she started Year 9 (September 2004), under her "
         "clothes. She describes one occasion in the August before Year 10 (2005) when he got into the bed and "
         "had sexual intercourse with her. She refused to go to the house from September 2005 and her mother, "
         "she says, assumed she had 'grown out of it'."),
        ("First accounts",
         "In October 2005, aged 14, Joanne told her school friend Melanie CROSS at a sleepover that 'Keith' had "
         "been 'doing things' to her at night, and made her promise not to tell anyone. Melanie's statement is "
         "attached.\n\n"
         "She told no one else until March 2025, when, after a panic attack at a family christening at which "
         "the suspect was present, she told her husband. Her husband's statement is attached; he describes "
         "what she told him and her distress. These two are the only people she told before reporting."),
        ("How it came to be reported",
         "Stephen ARNSBY died in March 2026. At his funeral on 03/04/2026 Joanne saw the suspect for the first "
         "time since the christening. On 14/04/2026 she called 101. PC 0788 OKONJO visited her on 15/04/2026 "
         "and recorded a brief first account. The ABE interview was on 29/04/2026."),
        ("Suspect's account",
         "Voluntary interview under caution 10/06/2026 with his solicitor; he answered questions. He accepts "
         "that Joanne stayed at his house on Friday nights for 'a year or two'. He denies ever going into her "
         "room at night or touching her. He says the allegation is a lie made because of a dispute about his "
         "late brother Stephen's estate: he is the executor and Joanne's mother is contesting the will. His "
         "defence is denial, with fabrication for financial motive."),
        ("Lines of enquiry: what was done, what was not done and why, and what may help the suspect",
         "The estate dispute. This is the suspect's main point. The solicitors' letters show the dispute began "
         "in May 2026, after Stephen's death, and after Joanne's disclosure to her husband in March 2025 and to "
         "Melanie CROSS in 2005. We recorded the dispute and the correspondence on the MG6C because it is "
         "capable of assisting the defence on motive, even though the timing answers much of it.\n\n"
         "The former wife. Maureen ARNSBY (divorced from the suspect in 2012) has made a statement. She "
         "confirms the Friday stays but says she never knew the suspect to go upstairs after she went to bed "
         "and that she was a light sleeper. That evidence assists the defence and is served as part of the "
         "case so that the prosecutor can see it.\n\n"
         "School records. Lowther Bank High School's pastoral and attendance records for 2003-2005 were "
         "requested from the county archive on 12/05/2026, limited to attendance and any pastoral or "
         "safeguarding entries for Joanne. The reason was to see whether anything was recorded at the time, "
         "either supporting her or inconsistent with her account. Joanne was told in writing before the request "
         "was made and agreed. Nothing of relevance is recorded: no disclosure was made at school and "
         "attendance was ordinary. The negative result is scheduled.\n\n"
         "Counselling. Joanne had six sessions of talking therapy through her GP surgery in 2025. We have not "
         "asked for those notes. She says the sessions were about anxiety and that she did not describe the "
         "abuse in them; nothing suggests they hold material relevant to an issue in the case, and a request "
         "would be speculative, so it is not a reasonable line of enquiry. This will be reviewed if the defence "
         "identify an issue that makes it one.\n\n"
         "Digital. There is no digital line of enquiry for events in 2003-2005; her disclosures to her husband "
         "were face to face. Her phone has not been examined and no request has been made.\n\n"
         "Other family. Joanne's mother was spoken to: she knew nothing until April 2026 and can give no "
         "evidence of the events; a short note of the conversation is scheduled. Joanne's brother was 8 at the "
         "time and did not stay at the house."),
        ("Forensic and medical",
         "None. There are no forensic opportunities in a case of this age and there is no medical evidence; "
         "none is being sought. No consent to medical records has been sought because none are relevant."),
        ("Outstanding matters",
         "Nothing is outstanding. All enquiries are complete."),
        ("Victim and witness needs",
         "Special measures: ABE as evidence in chief; Joanne would like screens, and would like her "
         "cross-examination pre-recorded under s.28, which was explained to her on 29/04/2026. She is not "
         "vulnerable under s.16 and needs no intermediary; she is eligible under s.17(4).\n\n"
         "Needs: she wears a hearing aid in her left ear and needs the hearing loop at court and to be spoken "
         "to face on; she has asked for letters rather than phone calls. Referred to the East Harrow ISVA "
         "service on 15/04/2026 (ISVA Lorraine BECK).\n\n"
         "VPS: offered on 29/04/2026; she would like to make one if the suspect is charged."),
        ("Disclosure",
         "MG6C and MG6D attached. Rebuttable-presumption material attached: incident log of the 101 call, crime "
         "report, PC OKONJO's notebook record of her first account to police, and PNC checks on all civilian "
         "witnesses (nil returns)."),
        ("Early advice",
         "Sought and received on 20/05/2026 from Kate LINDLEY, CPS RASSO (record attached). The actions (former "
         "wife, school records limited to the relevant years, estate dispute chronology, voluntary interview) "
         "are complete."),
        ("Officer in the case",
         [("Name", "DC 2051 Fiona McALLISTER, RASSO team, Lowther Bank"),
          ("Contact", "01632 960205 / 07700 900205 / fiona.mcallister@eastharrow.police.example"),
          ("Supervisor", "DS 1190 Paul RENSHAW - endorsed 04/11/2026")]),
    ], variant="national", family="cond")

    mg11_pdf(f / "Statement - McALLISTER DC2051.pdf", dict(common, name="Fiona McALLISTER", occ="DC 2051",
                                                            date="05/06/2026", sig="F. McAllister",
                                                            witnessed="", body=[
        "I am a Detective Constable in the RASSO team at Lowther Bank, trained in Achieving Best Evidence "
        "interviews, and the officer in the case.",
        "On Wednesday 29th April 2026 between 10:15 and 11:58 I conducted a video recorded interview with "
        "Joanne FAIRBROTHER at the Lowther Bank interview suite. DC 1412 SHAW monitored.",
        "I produce the master recording, sealed with seal EH0061725, as exhibit FM/1 and the working copy as "
        "exhibit FM/2. A digital copy of FM/2 is with the case file, together with my summary of the interview. "
        "My interview plan dated 27th April 2026 has been retained.",
        "On 12th May 2026 I wrote to the county records archive asking for Joanne's attendance records and any "
        "pastoral or safeguarding entries for the school years 2003-2004 and 2004-2005 only. Before doing so I "
        "gave Joanne a letter explaining what I was asking for and why, and she agreed. The records arrived on "
        "4th June 2026 and I produce them as exhibit FM/3. They contain no entry relevant to the allegations.",
    ]), created)

    mg11_pdf(f / "Statement - OKONJO PC0788.pdf", dict(common, name="Daniel OKONJO", occ="PC 0788",
                                                        date="15/04/2026", sig="D. Okonjo",
                                                        witnessed="", body=[
        "I am a police constable with East Harrow Police. On Wednesday 15th April 2026 at 10:00 I visited "
        "Joanne FAIRBROTHER at her home by appointment, following her 101 call the previous day (incident "
        "EH-20260414-0455). I was the first officer to speak to her about it.",
        "I explained that I only needed a short account. She told me that when she was 12 to 14 she stayed at "
        "her step-uncle Keith ARNSBY's house on Friday nights and that he came into her room and touched her "
        "sexually many times, and that once, in the summer she was 14, he had sex with her. She said she told a "
        "school friend when she was 14 and told her husband last year.",
        "I wrote her account in my pocket notebook at pages 12 to 14 and she read and signed it.",
        "I spoke to her facing her, because she told me she wears a hearing aid and lip-reads to help.",
    ]), created)

    mg11_pdf(f / "Statement - CROSS M.pdf", dict(common, name="Melanie Jane CROSS", occ="Pharmacy technician",
                                                  date="07/05/2026", sig="M. Cross",
                                                  witnessed="", body=[
        "I went to Lowther Bank High School with Joanne HEYWOOD, who is now Joanne FAIRBROTHER. We were best "
        "friends from Year 7.",
        "In October 2005, when we were both 14 and in Year 10, Joanne stayed over at my house on a Saturday. I "
        "remember it was around half term because of the fireworks. In my bedroom, late at night, she started "
        "crying. She said that her step-dad's brother, Keith, had been 'doing things' to her at night when she "
        "stayed at his house. I asked what things and she said he came in her room and touched her, 'you know, "
        "down there', and that he had done 'everything' once in the summer. I understood her to mean sex. She "
        "said she wasn't going there any more.",
        "I said she should tell Mrs PRIESTLEY, our head of year. She made me promise not to tell anyone "
        "because her mum had just got married and she didn't want to ruin it. I kept the promise. We never "
        "really spoke about it again.",
        "We lost touch after school. Joanne got in touch in April this year and asked if I remembered. I told "
        "her I did. We did not talk about the details.",
    ], rear=rear_page("5 Fenner Court, Lowther Bank", "07700 900211", "m.cross@mailbox.example",
                      "20/06/1991", "Mobile", "None", taken_by="DC 2051 McALLISTER",
                      time_place="07/05/2026, her home", gender="F")), created)

    mg11_pdf(f / "Statement - FAIRBROTHER P.pdf", dict(common, name="Paul Andrew FAIRBROTHER",
                                                        occ="Electrician", date="07/05/2026",
                                                        sig="P. Fairbrother", witnessed="", body=[
        "I am married to Joanne FAIRBROTHER. We met in 2014 and married in 2017. We have two children.",
        "In March 2025 we went to my nephew's christening. Keith ARNSBY, Joanne's step-uncle, was there. "
        "Halfway through the afternoon Joanne said she felt ill and we left. In the car she couldn't breathe "
        "properly and I pulled over; I thought she was having a heart attack. It was a panic attack.",
        "That night at home she told me that when she was a girl Keith had abused her when she stayed at his "
        "house. She said he came into her room at night and touched her and that once he had raped her. She was "
        "sobbing. She said she had never told anyone except a friend at school. She asked me not to tell her mum.",
        "I wanted her to go to the police then, but she said she couldn't because of her mum and Stephen. "
        "After Stephen's funeral this April she said she couldn't keep it in any more, and she rang them.",
        "I did not know about any argument over Stephen's will until after Joanne had been to the police.",
    ], rear=rear_page("31 Ashgrove Road, Lowther Bank", "07700 900212", "-", "11/11/1988", "Mobile",
                      "None", taken_by="DC 2051 McALLISTER", time_place="07/05/2026, home address",
                      gender="M")), created)

    mg11_pdf(f / "Statement - ARNSBY M.pdf", dict(common, name="Maureen Ann ARNSBY", occ="Retired",
                                                   date="26/05/2026", sig="M. A. Arnsby", witnessed="",
                                                   body=[
        "I was married to Keith ARNSBY from 1984 until our divorce in 2012. From 1990 until 2010 we lived at 7 "
        "Cobden Terrace, Lowther Bank.",
        "Between about 2003 and 2005 my sister-in-law's daughter, Joanne, used to stay with us on Friday nights "
        "because her mum worked nights. She slept in the little back bedroom.",
        "I usually went to bed about 11. Keith stayed up watching television and came up later. I am a light "
        "sleeper and I would hear him on the stairs. As far as I know he came straight to bed. I never knew him "
        "to go into Joanne's room and I never saw or heard anything that worried me.",
        "Joanne stopped coming when she was about 14. I thought it was because she was a teenager.",
        "Keith and I divorced because of his drinking. I have not spoken to him in years.",
    ], rear=rear_page("Flat 9, Ribble Court, Lowther Bank", "01632 960219", "-", "02/08/1961", "Landline",
                      "None", taken_by="DC 2051 McALLISTER", time_place="26/05/2026, her home",
                      gender="F")), created)

    # ------------------------------------------------------------------ ABE (.mov) and summary
    make_video(f / "VRI 29-04-2026.mov", "abe",
               ["LOWTHER BANK VRI SUITE", "29/04/2026 {t}", "FM/2"], seconds=4, fps=10, seed=61,
               clock=(10, 15, 2))
    doc_pdf(f / "VRI summary FAIRBROTHER.pdf", created, [
        ("center", "VIDEO RECORDED INTERVIEW - SUMMARY", 12),
        ("kv", [("URN", URN), ("Witness", "Joanne Claire FAIRBROTHER"), ("Date", "29/04/2026 10:15-11:58"),
                ("Interviewer", "DC 2051 McALLISTER"), ("Exhibits", "FM/1 (master), FM/2 (working copy)")], 36),
        ("p", "10:15-10:24  Introductions; hearing aid and seating arranged so she can see the interviewer's face."),
        ("p", "10:24-10:48  Free narrative: family background; mother's marriage to Stephen ARNSBY (2002); "
              "Friday nights at 7 Cobden Terrace from the start of Year 8 (Sept 2003); the back bedroom."),
        ("p", "10:48-11:10  Touching over pyjamas on chest and between legs, 'most Fridays' in Year 8; under "
              "clothes from the start of Year 9 (Sept 2004). He whispered 'our secret'. Maureen asleep."),
        ("p", "11:10-11:28  August 2005 (before Year 10): he got into the bed; vaginal intercourse; pain; he said "
              "nobody would believe her. She refused to go again from September 2005."),
        ("p", "11:28-11:45  Disclosure to Melanie CROSS at a sleepover, Oct 2005; to husband March 2025 after the "
              "christening; why she did not report earlier (mother's marriage; fear)."),
        ("p", "11:45-11:58  Clarification of dates by reference to school years; closure."),
    ], head=head, foot=std_foot(sysfoot), family="cond")

    doc_pdf(f / "Record of interview (voluntary) ARNSBY.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW - VOLUNTARY ATTENDANCE", 12),
        ("kv", [("URN", URN), ("Interviewee", "ARNSBY, Keith Roland (19/06/1959)"),
                ("Date / place", "10/06/2026 13:30-14:40, Lowther Bank police station (voluntary, under caution)"),
                ("Present", "DC 2051 McALLISTER, DC 1412 SHAW; Ms R. DIXON, solicitor")], 36),
        ("p", "Cautioned; told he was free to leave. Accepts Joanne stayed on Fridays 'for a year or two' when "
              "her mother worked nights. Denies ever going into her bedroom at night or touching her in any way. "
              "'I went to bed after Maureen, every night.' Says Joanne has 'made this up' because her mother is "
              "contesting Stephen's will, of which he is executor, and 'they want the house'. Says he has not "
              "seen Joanne for years apart from the christening and the funeral. Asked why Joanne would have told "
              "a school friend in 2005: 'I don't know anything about that.' Asked about the timing of her "
              "disclosure to her husband (March 2025, before Stephen's death): 'She's always been a liar.'"),
    ], head=head, foot=std_foot(sysfoot), family="cond")

    doc_pdf(f / "PNC ARNSBY.pdf", created, [
        ("mono", f"PNC PRINT  -  ARNSBY, KEITH ROLAND  19/06/1959   URN {URN}\n"
                 "PNC ID 88/0120456W\n"
                 "CONVICTIONS:\n"
                 "  1. 17/10/1988 LOWTHER BANK MC  DRIVE WITH EXCESS ALCOHOL  FINE 150.00 DISQ 12M\n"
                 "  2. 04/03/2011 LOWTHER BANK MC  DRIVE WITH EXCESS ALCOHOL  COMMUNITY ORDER, DISQ 36M\n"
                 "CAUTIONS: NONE\n"
                 "PRINTED 03/11/2026", 8.5),
    ])
    doc_pdf(f / "Witness PNC nil returns.pdf", created, [
        ("center", "PNC checks - prosecution witnesses", 11),
        ("p", f"URN {URN}. 03/11/2026. All civilian witnesses checked; no convictions, cautions or other "
              "disposals recorded for any of them (nil returns):"),
        ("grid", ["Witness", "DOB", "Result"], [
            ["FAIRBROTHER, Joanne Claire", "12/01/1991", "Nil"],
            ["CROSS, Melanie Jane", "20/06/1991", "Nil"],
            ["FAIRBROTHER, Paul Andrew", "11/11/1988", "Nil"],
            ["ARNSBY, Maureen Ann", "02/08/1961", "Nil"],
        ], (80, 40, 56)),
    ], head=head, family="cond")

    doc_pdf(f / "MG6C.pdf", created, [
        ("center", "MG6C - SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11.5),
        ("p", f"R v ARNSBY   URN {URN}"),
        ("grid", ["No", "Description", "Location", "CPS"], [
            ["1", "Incident log EH-20260414-0455: 101 call by complainant, 14/04/2026. Copy provided.", "File", ""],
            ["2", "Crime report EH/26/011207. Copy provided.", "File", ""],
            ["3", "PC 0788 OKONJO notebook pp.12-14: first account to police, 15/04/2026. Copy provided.",
             "File", ""],
            ["4", "VRI interview plan, DC McALLISTER, 27/04/2026.", "RASSO", ""],
            ["5", "Letters between solicitors for the executor (ARNSBY) and for Joanne's mother about the estate "
                  "of Stephen ARNSBY, May - Sept 2026. Capable of assisting the defence on motive.", "RASSO", ""],
            ["6", "School records FM/3: attendance and pastoral entries 2003-2005 (no relevant entry). Negative "
                  "result; may be relevant either way.", "RASSO", ""],
            ["7", "Letter to complainant explaining the school records request, 12/05/2026, and her written "
                  "agreement.", "RASSO", ""],
            ["8", "Note of conversation with complainant's mother, 22/05/2026: knew nothing until April 2026.",
             "RASSO", ""],
            ["9", "Voluntary interview recording LB/26/06/0210.", "Property", ""],
            ["10", "Early advice record 20/05/2026.", "File", ""],
            ["11", "Witness PNC checks 03/11/2026 (nil). Copy provided.", "File", ""],
        ], (10, 122, 24, 20)),
        ("p", "Disclosure officer: DC 2051 McALLISTER   Signature: [signed]   Date: 04/11/2026"),
    ], head=head, foot=std_foot("MG6C"), family="cond")
    doc_pdf(f / "MG6D.pdf", created, [
        ("center", "MG6D - SCHEDULE OF SENSITIVE MATERIAL", 11.5),
        ("p", f"R v ARNSBY   URN {URN}"),
        ("grid", ["No", "Description", "Reason for sensitivity", "CPS view"], [
            ["1", "ISVA referral form and Victims' Code contact record for the complainant.", "Personal data; "
             "support needs.", ""],
        ], (10, 80, 66, 20)),
        ("p", "Disclosure officer: DC 2051 McALLISTER   Signature: [signed]   Date: 04/11/2026"),
    ], head=head, family="cond")
    doc_pdf(f / "MG12.pdf", created, [
        ("center", "MG12 - EXHIBIT LIST", 11.5),
        ("grid", ["Ref", "Description", "Producer"], [
            ["FM/1", "VRI master, Joanne FAIRBROTHER, 29/04/2026 (seal EH0061725)", "DC 2051 McALLISTER"],
            ["FM/2", "VRI working copy (digital copy on file)", "DC 2051 McALLISTER"],
            ["FM/3", "School attendance and pastoral records 2003-2005", "DC 2051 McALLISTER"],
        ], (22, 110, 44)),
        ("p", f"URN {URN}"),
    ], head=head, family="cond")
    pnb_copy(f / "PNB OKONJO 12-14.pdf", created, URN, "PC 0788 OKONJO", "PNB 0027730", "12-14",
             "15/04/2026 10:05", [
                 "1005 home address Joanne FAIRBROTHER (JF). Non-recent. Brief account. JF hard of hearing -",
                 "spoke face on.",
                 "JF: aged 12-14 stayed Fri nights at step-uncle Keith ARNSBY's, 7 Cobden Terr. He came in",
                 "her room at night, touched her 'down there' and chest, many times. Once in summer when 14",
                 "'he had sex with me'. Told school friend Melanie at 14. Told husband last year.",
                 "Read over 1031 - signed J Fairbrother [signed]  0788 [signed]"], FORCE)

    doc_pdf(f / "Incident EH-20260414-0455.pdf", created, [
        ("mono", f"EAST HARROW POLICE - INCIDENT EH-20260414-0455        URN {URN}\n"
                 "14/04/2026 19:42  101  CALLER JOANNE FAIRBROTHER\n"
                 "19:42 R55  CALLER REPORTS SHE WAS SEXUALLY ABUSED BY STEP-UNCLE KEITH ARNSBY\n"
                 "           2003-2005 AGED 12-14 INCL RAPE. NON-RECENT. CALLER SAFE.\n"
                 "19:50 R55  APPOINTMENT MADE 15/04 1000 FOR OFFICER VISIT. CALLER HARD OF HEARING -\n"
                 "           PREFERS FACE TO FACE.\n"
                 "20:05 D2   PC 0788 OKONJO ALLOCATED.\n"
                 "15/04 10:50 0788  FIRST ACCOUNT IN PNB 12-14. ISVA REFERRAL MADE.\n"
                 "15/04 11:30 D2   CRIME EH/26/011207 - RASSO. CLOSED.", 8),
    ])
    doc_pdf(f / "Crime report EH-26-011207.pdf", created, [
        ("center", "CRIME REPORT EH/26/011207", 11.5),
        ("kv", [("URN", URN), ("Offences", "Indecent assault (1956 Act); sexual activity with a child; rape"),
                ("Period", "01/09/2003 - 31/08/2005"), ("Victim", "FAIRBROTHER, Joanne Claire, F, 35 (12-14 at "
                                                                  "the time)"),
                ("Victim needs / protected characteristics", "Female; hearing impairment (hearing aid); White "
                                                             "British"),
                ("Suspect", "ARNSBY, Keith Roland, M, 67"), ("OIC", "DC 2051 McALLISTER")], 44),
    ], head=head, family="cond")
    doc_pdf(f / "Early advice 20-05-2026.pdf", created, [
        ("center", "CPS EARLY ADVICE - RASSO", 12),
        ("kv", [("URN", URN), ("Prosecutor", "Kate LINDLEY, Senior Crown Prosecutor"), ("Date", "20/05/2026"),
                ("Officer", "DC 2051 McALLISTER")], 36),
        ("p", "This is early advice, not a charging decision. Actions: (1) statement from the suspect's former "
              "wife; (2) school records for the relevant two school years only, with notice to the complainant; "
              "(3) a chronology of the estate dispute against the dates of the disclosures; (4) interview the "
              "suspect under caution. I do not advise a request for counselling records on present information. "
              "Submit for a full code test when complete."),
    ], head=std_head("Crown Prosecution Service", "OFFICIAL-SENSITIVE"), family="cond")

    docs = [
        {"name": "MG3.pdf", "type": "MG3"},
        {"name": "Statement - McALLISTER DC2051.pdf", "type": "MG11", "role": "officer"},
        {"name": "Statement - OKONJO PC0788.pdf", "type": "MG11", "role": "officer"},
        {"name": "Statement - CROSS M.pdf", "type": "MG11", "role": "first_account"},
        {"name": "Statement - FAIRBROTHER P.pdf", "type": "MG11", "role": "first_account"},
        {"name": "Statement - ARNSBY M.pdf", "type": "MG11", "role": "witness"},
        {"name": "VRI 29-04-2026.mov", "type": "ABE_RECORDING"},
        {"name": "VRI summary FAIRBROTHER.pdf", "type": "ABE_SUMMARY"},
        {"name": "Record of interview (voluntary) ARNSBY.pdf", "type": "ROTI"},
        {"name": "PNC ARNSBY.pdf", "type": "PNC"},
        {"name": "Witness PNC nil returns.pdf", "type": "PNC"},
        {"name": "MG6C.pdf", "type": "MG6C"},
        {"name": "MG6D.pdf", "type": "MG6D"},
        {"name": "MG12.pdf", "type": "MG12"},
        {"name": "Incident EH-20260414-0455.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report EH-26-011207.pdf", "type": "CRIME_REPORT"},
        {"name": "Early advice 20-05-2026.pdf", "type": "EARLY_ADVICE"},
    ]
    return name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
                          "INCIDENT_LOG", "CRIME_REPORT", "EARLY_ADVICE"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# F07  COLBECK  (faulty: ABE recording referred to but not in the folder; first-account witness named in
#                the MG3 (the flatmate) with no statement in the folder)
# ==============================================================================================
def case_colbeck(out: Path):
    name = "COLBECK_22NM0091426"
    f = fresh(out, name)
    URN = "22NM0091426"
    created = "06/11/2026 09:15"
    FORCE = "Northmoor Constabulary"
    head = std_head(FORCE, "OFFICIAL-SENSITIVE")
    common = dict(urn=URN, style="force", force=FORCE, system_foot="Northmoor Constabulary - Athlone RMS print")

    mg3_pdf(f / "MG3 COLBECK.pdf", created, URN, [
        ("center", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)", 12.5),
        ("kv", [("URN", URN), ("Suspect", "COLBECK, Ryan Lee - DOB 07/03/2002 - 5 Quayside Mews, Eastmoor"),
                ("Offence", "Rape, s.1 Sexual Offences Act 2003, 11/09/2026, 5 Quayside Mews, Eastmoor"),
                ("Complainant", "BELLINGHAM, Tasha Jade (20)"),
                ("Bail", "Conditional bail to 12/12/2026 - no contact with the complainant"),
                ("Decision sought", "Full Code Test")], 36),
    ], [
        ("1. Summary",
         "Tasha BELLINGHAM met the suspect through a dating app and on Thursday 10/09/2026 they had a first date "
         "at a bar in Eastmoor. At about 23:30 she agreed to go back to his flat for a drink. She says they "
         "kissed on the sofa, that she told him she did not want to have sex on a first date, and that he then "
         "pulled her onto the floor, held her down by her shoulders and raped her (penis in vagina) despite her "
         "telling him to stop. She left at about 01:20 and took a taxi home.\n\n"
         "Her flatmate, Kayleigh DUNMORE, was the first person she told, when she got home at about 02:00; "
         "Kayleigh's statement was taken on 14/09/2026 and is with the file. The taxi driver, Vincent OKORO, "
         "noticed that she was crying during the journey. She reported it by phone at 13:55 on 11/09/2026 and "
         "PC 2840 STOREY attended her home."),
        ("2. Evidence",
         "ABE interview of the complainant on 13/09/2026 by DC 1903 HARGREAVE (exhibit SH/1, master; SH/2 "
         "working copy). A digital copy of the interview is attached to this file with the ABE summary. "
         "Statements: DC HARGREAVE, PC STOREY, Kayleigh DUNMORE (first account), Vincent OKORO (taxi driver). "
         "SARC 11/09/2026: bruising to both shoulders. SFR1 22/10/2026: semen, DNA matching the suspect."),
        ("3. Suspect's account",
         "Interviewed 15/09/2026 with a solicitor; answered questions. He agrees they had sex on the living "
         "room floor and says it was consensual and that she was 'enthusiastic'; he says she left suddenly "
         "after getting a message on her phone and he assumed she had a boyfriend. He denies holding her down. "
         "Defence: consent."),
        ("4. Lines of enquiry, including those pointing away from the suspect",
         "His account that she left because of a message from someone else was tested: the taxi booking was made "
         "from her app at 01:18 and the driver describes her crying from the moment she got in. We asked her "
         "about messages that night; she says the only messages were with Kayleigh, and Kayleigh's phone shows "
         "the messages from 01:25 ('coming home, something bad happened'). Her own phone has not been examined: "
         "the relevant messages are on Kayleigh's phone, photographed with Kayleigh's agreement, and there is "
         "nothing to suggest her phone holds anything else that bears on the issues.\n\n"
         "The bar's CCTV was viewed: it shows the two of them leaving at 23:34, talking and laughing. This may "
         "assist the defence and is listed on the MG6C; no clip was taken because the footage is of the bar "
         "entrance at distance and adds nothing beyond the time they left, which is agreed.\n\n"
         "The suspect's phone was downloaded for messages with the complainant only (dating app and WhatsApp) "
         "from 01/09/2026 to 15/09/2026. The earlier messages are friendly and flirty on both sides and are "
         "listed as capable of assisting the defence. Neighbours at Quayside Mews: house-to-house done, nobody "
         "heard anything."),
        ("5. Forensic / medical",
         "Eastmoor SARC (Harbour House) on 11/09/2026, Dr Imogen TEALE. Tasha signed consent for release of the "
         "SARC notes and summary to police and the CPS on 11/09/2026. SFR1 attached."),
        ("6. Outstanding",
         "None. There is no outstanding evidence."),
        ("7. Victim care",
         "Special measures: ABE as evidence in chief; she wants a screen and would like pre-recorded "
         "cross-examination under s.28 (asked on 13/09/2026). No intermediary needed. Needs: she is a "
         "student nurse on placement, contact by text; ISVA referral made 11/09/2026 (Northmoor Rape Crisis). "
         "VPS offered 13/09/2026 - she wishes to make one at charge."),
        ("8. Disclosure",
         "MG6C and MG6D attached. Incident log, crime report, PC STOREY's notebook record of the first account "
         "to police, and witness PNC checks attached."),
        ("9. Early advice",
         "Not sought: a single-issue consent case with the suspect identified and interviewed within four days; "
         "DS 0420 BANNISTER agreed on 16/09/2026 that early advice would not have altered the plan."),
        ("10. OIC",
         [("Officer", "DC 1903 Simon HARGREAVE, RASSO, Eastmoor"),
          ("Contact", "01632 960193 / 07700 900193 / simon.hargreave@northmoor.police.example"),
          ("Supervisor", "DS 0420 C BANNISTER, 05/11/2026")]),
    ], variant="national")

    mg11_pdf(f / "HARGREAVE SH MG11.pdf", dict(common, name="Simon HARGREAVE", occ="Detective Constable 1903",
                                                date="13/09/2026", sig="[signed]", witnessed="", body=[
        "I am a Detective Constable in the RASSO team, Eastmoor, trained in ABE interviewing.",
        "On Sunday 13th September 2026 between 10:30 and 11:41 I interviewed Tasha BELLINGHAM on video at the "
        "Eastmoor ABE suite. DC 1187 NAIR monitored.",
        "I produce the master copy of the recording, sealed NM00781906, as exhibit SH/1, and the working copy as "
        "exhibit SH/2. I prepared a summary of the interview.",
        "My interview plan dated 12th September 2026 has been retained and is scheduled.",
    ]), created)
    mg11_pdf(f / "STOREY PC2840 MG11.pdf", dict(common, name="Mark STOREY", occ="Police Constable 2840",
                                                 date="11/09/2026", sig="[signed] M Storey", witnessed="", body=[
        "At 14:20 on Friday 11th September 2026 I attended the home address of Tasha BELLINGHAM following her "
        "telephone report at 13:55 (incident NM-20260911-0522). I was the first officer to attend.",
        "Tasha told me that she had been on a date the night before with a man called Ryan, had gone back to "
        "his flat at Quayside Mews, and that he had held her down on the floor and had sex with her when she "
        "had told him she didn't want to. I recorded her account in my notebook at pages 17 and 18 and she "
        "signed it.",
        "Her flatmate was present and said Tasha had come home crying at about 2 am and told her. I did not "
        "take an account from the flatmate; I passed her details to the RASSO team.",
        "I arranged for Tasha to attend the SARC at 17:00 and conveyed her there.",
    ]), created)
    mg11_pdf(f / "OKORO V MG11.pdf", dict(common, name="Vincent OKORO", occ="Private hire driver",
                                           date="18/09/2026", sig="[signed] V.Okoro", witnessed="", body=[
        "I drive for Streetcar Taxis. At about 01:20 on Friday 11th September 2026 I picked up a young woman from "
        "Quayside Mews who had booked on the app in the name Tasha. I took her to Fellside Road.",
        "She was crying when she got in and she cried most of the way. I asked if she was okay and she said 'not "
        "really'. She didn't say anything else. She was not drunk as far as I could tell; she gave me the "
        "address clearly.",
    ], rear=rear_page("c/o Streetcar Taxis, Eastmoor", "07700 900197", "-", "09/09/1979", "Mobile", "None",
                      taken_by="DC 1903 HARGREAVE", time_place="18/09/2026, Eastmoor police station",
                      gender="M")), created)

    doc_pdf(f / "ABE summary BELLINGHAM.pdf", created, [
        ("center", "RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY", 12),
        ("kv", [("URN", URN), ("Witness", "Tasha Jade BELLINGHAM"), ("Date", "13/09/2026 10:30 - 11:41"),
                ("Interviewer", "DC 1903 HARGREAVE"), ("Exhibits", "SH/1 master, SH/2 working copy")], 36),
        ("grid", ["Time", "Summary"], [
            ["10:30", "Introductions, ground rules."],
            ["10:36", "First date; bar; drinks (two glasses of wine); went back to his flat about 23:30."],
            ["10:49", "Kissing on sofa; told him she didn't want sex on a first date; he said 'fair enough'."],
            ["10:58", "He pulled her onto the floor; held her down by the shoulders; removed her jeans; vaginal "
                      "intercourse; she said 'stop' and 'get off' repeatedly."],
            ["11:12", "Afterwards she dressed and booked a taxi; left about 01:20; messaged flatmate from taxi."],
            ["11:22", "Told flatmate Kayleigh at home about 02:00."],
            ["11:35", "Clarification; closure."],
        ], (18, 158)),
    ], head=head, foot=std_foot(f"URN {URN}"))

    doc_pdf(f / "ROTI COLBECK.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 12),
        ("kv", [("URN", URN), ("Interviewee", "COLBECK, Ryan Lee"), ("Date", "15/09/2026 11:05 - 11:48"),
                ("Present", "DC 1903 HARGREAVE, DC 1187 NAIR, Ms F. AKINOLA (solicitor)")], 32),
        ("p", "Answered questions. Met Tasha on a dating app; first date. She came back to his flat. Kissed; she "
              "'didn't say no to anything'; sex on the floor was consensual and she was 'enthusiastic'. She then "
              "looked at her phone, got upset and left; he thought she had a boyfriend. Denies holding her down "
              "or hearing her say stop. Cannot explain the bruises on her shoulders."),
    ], head=head, foot=std_foot(f"URN {URN}"))
    doc_pdf(f / "PNC COLBECK.pdf", created, [
        ("mono", f"PNC PRINT   COLBECK, RYAN LEE   07/03/2002   URN {URN}\n"
                 "CONVICTIONS: NONE.  CAUTIONS: 1 - 22/01/2021 POSSESSION OF CANNABIS (CAUTION)\n"
                 "PRINTED 04/11/2026", 9),
    ])
    doc_pdf(f / "Witness PNC.pdf", created, [
        ("center", "PNC checks on prosecution witnesses", 11),
        ("grid", ["Witness", "Result"], [
            ["BELLINGHAM, Tasha Jade", "No trace"],
            ["DUNMORE, Kayleigh", "No trace"],
            ["OKORO, Vincent", "No trace"],
        ], (80, 96)),
        ("p", f"URN {URN}.  04/11/2026."),
    ], head=head)
    doc_pdf(f / "MG6C COLBECK.pdf", created, [
        ("center", "MG6C  NON-SENSITIVE UNUSED MATERIAL", 11.5),
        ("p", f"R v COLBECK   URN {URN}"),
        ("grid", ["Item", "Description", "Location"], [
            ["1", "Incident log NM-20260911-0522, report by phone 13:55, 11/09/2026. Copy provided.", "File"],
            ["2", "Crime report NM/26/051209. Copy provided.", "File"],
            ["3", "PC 2840 STOREY notebook pp.17-18: first account to police. Copy provided.", "File"],
            ["4", "ABE interview plan, DC HARGREAVE, 12/09/2026.", "RASSO"],
            ["5", "Bar CCTV viewed 16/09/2026: both leave at 23:34 talking and laughing. May assist defence.",
             "RASSO"],
            ["6", "Suspect's phone download, messages with complainant 01/09 - 15/09/2026: friendly and flirty "
                  "on both sides. May assist defence.", "RASSO"],
            ["7", "Photographs of messages on Kayleigh DUNMORE's phone from 01:25 on 11/09/2026.", "RASSO"],
            ["8", "Streetcar Taxis booking record 01:18, 11/09/2026.", "RASSO"],
            ["9", "House-to-house, Quayside Mews, 12/09/2026 - nothing heard.", "RASSO"],
            ["10", "Custody record and interview recording, 15/09/2026.", "Custody"],
            ["11", "Witness PNC checks, 04/11/2026. Copy provided.", "File"],
        ], (12, 136, 28)),
        ("p", "Disclosure officer DC 1903 HARGREAVE [signed] 05/11/2026"),
    ], head=head)
    doc_pdf(f / "MG6D COLBECK.pdf", created, [
        ("center", "MG6D  SENSITIVE MATERIAL", 11.5),
        ("p", f"R v COLBECK   URN {URN}"),
        ("grid", ["Item", "Description", "Reason"], [
            ["1", "SARC notes of the complainant, 11/09/2026.", "Intimate medical information."],
            ["2", "ISVA referral.", "Personal data and support needs."],
        ], (12, 90, 74)),
        ("p", "Disclosure officer DC 1903 HARGREAVE [signed] 05/11/2026"),
    ], head=head)
    doc_pdf(f / "MG12 COLBECK.pdf", created, [
        ("center", "MG12 EXHIBIT LIST", 11.5),
        ("grid", ["Ref", "Description", "Producer"], [
            ["SH/1", "ABE master recording 13/09/2026", "DC 1903 HARGREAVE"],
            ["SH/2", "ABE working copy", "DC 1903 HARGREAVE"],
            ["IT/1 - IT/3", "SARC swabs and photographs", "Dr I TEALE"],
        ], (26, 110, 40)),
        ("p", f"URN {URN}"),
    ], head=head)
    pnb_copy(f / "PNB STOREY 17-18.pdf", created, URN, "PC 2840 STOREY", "PNB 0049012", "17-18",
             "11/09/2026 14:24", [
                 "1424 home addr Tasha BELLINGHAM (TB) with flatmate.",
                 "TB: first date with 'Ryan' from app, his flat Quayside Mews. Told him no sex. He pulled her",
                 "to floor, held her shoulders down, 'had sex with me', she said stop. Left 0120 taxi.",
                 "Read over 1436 - signed T Bellingham [signed]  2840 [signed]"], FORCE)

    doc_pdf(f / "Incident log NM-20260911-0522.pdf", created, [
        ("mono", f"NORTHMOOR CONSTABULARY  STORM  NM-20260911-0522     URN {URN}\n"
                 "11/09/2026 13:55  TEL  CALLER TASHA BELLINGHAM 20 - RAPED BY MALE MET ON DATING APP\n"
                 "                  AT HIS FLAT QUAYSIDE MEWS LAST NIGHT. AT HOME WITH FLATMATE.\n"
                 "14:02  PC 2840 STOREY DEPLOYED\n"
                 "14:20  2840 ON SCENE - FIRST ACCOUNT PNB 17-18\n"
                 "15:10  SARC 1700 BOOKED. CRIME NM/26/051209. CLOSED 17:30", 8.5),
    ])
    doc_pdf(f / "Crime report NM-26-051209.pdf", created, [
        ("center", "CRIME REPORT NM/26/051209", 11.5),
        ("kv", [("URN", URN), ("Offence", "Rape s.1 SOA 2003"), ("Victim", "BELLINGHAM, Tasha Jade, F, 20"),
                ("Suspect", "COLBECK, Ryan Lee, M, 24"), ("OIC", "DC 1903 HARGREAVE")], 36),
    ], head=head)
    doc_pdf(f / "SFR1 COLBECK.pdf", created, [
        ("center", "STREAMLINED FORENSIC REPORT (SFR1)", 11.5),
        ("kv", [("URN", URN), ("Items", "IT/1 HVS, IT/2 LVS"), ("Result", "Semen on IT/1; DNA matches Ryan "
                                                                          "COLBECK (< 1 in a billion)."),
                ("Date", "22/10/2026")], 30),
    ], head=head)
    doc_pdf(f / "SARC summary BELLINGHAM.pdf", created, [
        ("center", "HARBOUR HOUSE SARC - SUMMARY", 11.5),
        ("kv", [("URN", URN), ("Patient", "Tasha BELLINGHAM"), ("Date", "11/09/2026 17:00"),
                ("Consent", "Written consent to examination and to release of notes and summary to police/CPS"),
                ("Findings", "Bruises on the front of both shoulders (2-3 cm), consistent with pressure.")], 30),
    ], head=head)

    docs = [
        {"name": "MG3 COLBECK.pdf", "type": "MG3"},
        {"name": "HARGREAVE SH MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "STOREY PC2840 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "OKORO V MG11.pdf", "type": "MG11", "role": "witness"},
        {"name": "ABE summary BELLINGHAM.pdf", "type": "ABE_SUMMARY"},
        {"name": "ROTI COLBECK.pdf", "type": "ROTI"},
        {"name": "PNC COLBECK.pdf", "type": "PNC"},
        {"name": "Witness PNC.pdf", "type": "PNC"},
        {"name": "MG6C COLBECK.pdf", "type": "MG6C"},
        {"name": "MG6D COLBECK.pdf", "type": "MG6D"},
        {"name": "MG12 COLBECK.pdf", "type": "MG12"},
        {"name": "Incident log NM-20260911-0522.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report NM-26-051209.pdf", "type": "CRIME_REPORT"},
        {"name": "SFR1 COLBECK.pdf", "type": "FORENSIC"},
        {"name": "SARC summary BELLINGHAM.pdf", "type": "MEDICAL"},
    ]
    return name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "INCIDENT_LOG",
                          "CRIME_REPORT", "FORENSIC", "MEDICAL"],
        "must_fail": ["abe_recording", "key_statements"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "abe_summary", "abe_plan", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
                          "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# F08  PELLEW  (faulty: complainant's phone examined by a full download with no Digital Processing Notice
#               in the file, and the request states no parameters)
# ==============================================================================================
def case_pellew(out: Path):
    name = "Pellew_file_v2"
    f = fresh(out, name)
    URN = "33MV0081926"
    created = "06/11/2026 15:40"
    FORCE = "Mercia Vale Police"
    head = std_head(f"{FORCE}  |  URN {URN}", "OFFICIAL-SENSITIVE")
    common = dict(urn=URN, style="national", family="sans")

    d = new_docx(author="WALSH Kieran DC0935", title="MG3 PELLEW", font="Arial", size=10, created=created)
    docx_head_foot(d, head_text="OFFICIAL-SENSITIVE (when complete)   MG3", foot_text=f"URN {URN}")
    docx_par(d, "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", bold=True, size=13, align="C")
    docx_kv_table(d, [
        ("URN", URN), ("Suspect", "PELLEW, Marcus Anthony, 14/08/1996, 30 Sorrel Way, Brackenmoor"),
        ("Offence", "Rape (s.1 SOA 2003) of Eleanor VOSS on 02/09/2026 at 5B Linden Court, Brackenmoor"),
        ("Bail", "Conditional bail to 03/12/2026 - not to contact the complainant"),
        ("Decision", "Full Code Test"),
    ], widths=(4, 13))
    for title, text in [
        ("Summary",
         "Eleanor VOSS (27) met the suspect on a dating app in August 2026. After a second date on 01/09/2026 "
         "she invited him back to her flat. She says they kissed and she agreed to him staying, but that in "
         "bed she told him she did not want to have sex that night; he said 'okay' and then, a few minutes "
         "later, got on top of her, and despite her saying no and trying to push him off, penetrated her "
         "vagina with his penis. He left at about 00:50. At 01:10 she rang her sister, Imogen VOSS, who told "
         "her to call the police; she called 999 at 01:32. PC 2218 BRENNAN attended at 01:50."),
        ("Evidence",
         "ABE interview 04/09/2026 (KW/1 master, KW/2 working copy - copy in the file with the summary). "
         "First account: Imogen VOSS (statement). PC BRENNAN (first officer). SARC: no injuries; swabs; SFR1 "
         "received 20/10/2026 - semen, DNA matching the suspect."),
        ("Suspect's account",
         "Interview 03/09/2026 with solicitor: he accepts sex and says it was consensual and that she "
         "initiated it; he denies she said no at any stage. Likely defence: consent."),
        ("Lines of enquiry, including material pointing away from the suspect",
         "Her phone was taken from her at the SARC on 03/09/2026 and sent to the Digital Forensic Unit for a "
         "full download, so that all of her contact with the suspect and with anyone else could be reviewed. "
         "The full extraction report has been received and reviewed (exhibit KW/3). It contains the dating "
         "app conversation with the suspect from 12/08/2026, which is friendly and at times sexual on both "
         "sides; that is capable of assisting the defence and is listed on the MG6C. It also contains her call "
         "to her sister at 01:10 and the 999 call.\n\n"
         "The suspect's phone was seized and downloaded for messages with the complainant, 12/08 - 03/09/2026; "
         "the content matches her download. Neighbours in Linden Court heard nothing. No third-party records "
         "have been requested."),
        ("Forensic / medical",
         "Brackenmoor SARC, 02/09/2026 03:30, Dr Hugh MARSDEN. She signed consent to release the SARC notes and "
         "summary to the police and CPS. SFR1 attached."),
        ("Outstanding evidence", "There is no outstanding evidence."),
        ("Victim and witness care",
         "Special measures: ABE as evidence in chief; screens; she would like s.28 pre-recorded "
         "cross-examination (discussed 04/09/2026). No intermediary needed. Needs: works shifts as a "
         "paramedic, contact by e-mail; ISVA referral 02/09/2026 (Mercia Vale ISVA Service). VPS offered "
         "04/09/2026; she made one on 10/09/2026, held for service at charge."),
        ("Disclosure",
         "MG6C and MG6D attached, with the incident log, crime report, PC BRENNAN's notebook record of the "
         "first account and witness PNC checks."),
        ("Early advice",
         "Not sought. The suspect was arrested within 36 hours and the only issue is consent; DS 0777 CALLOWAY "
         "decided on 05/09/2026 that there was no investigative decision on which advice was needed."),
        ("OIC",
         "DC 0935 Kieran WALSH, Safeguarding Investigation Unit, Brackenmoor. Tel 01632 960935, mobile "
         "07700 900935, kieran.walsh@merciavale.police.example. Supervisor DS 0777 CALLOWAY, 05/11/2026."),
    ]:
        docx_par(d, title, bold=True, size=11, space_after=2)
        for ptxt in text.split("\n\n"):
            docx_par(d, ptxt)
    save_docx(d, f / "MG3 PELLEW v2.docx", created)

    mg11_pdf(f / "WALSH MG11.pdf", dict(common, name="Kieran WALSH", occ="Detective Constable 0935",
                                         date="21/09/2026", sig="[signed]", witnessed="", body=[
        "I am a Detective Constable in the Safeguarding Investigation Unit at Brackenmoor, trained in ABE "
        "interviewing, and the officer in the case.",
        "On 4th September 2026 between 13:10 and 14:22 I interviewed Eleanor VOSS on video at the Brackenmoor "
        "ABE suite. I produce the master recording as exhibit KW/1 and the working copy as exhibit KW/2; a copy "
        "of KW/2 and my summary are with the file. My interview plan has been retained.",
        "On 3rd September 2026 at the SARC I took possession of Eleanor's mobile phone, an Apple iPhone, and "
        "submitted it to the Digital Forensic Unit with a request for a full download of the handset. I "
        "received the full extraction report on 18th September 2026 and produce it as exhibit KW/3. I returned "
        "the phone to Eleanor on 19th September 2026.",
        "On 3rd September 2026 I arrested Marcus PELLEW at 30 Sorrel Way and seized his phone, which I produce "
        "as exhibit KW/4. I produce the download of messages between him and Eleanor as exhibit KW/5.",
    ]), created)
    mg11_pdf(f / "BRENNAN MG11.pdf", dict(common, name="Hollie BRENNAN", occ="Police Constable 2218",
                                           date="02/09/2026", sig="[signed] H Brennan", witnessed="", body=[
        "At 01:34 on Wednesday 2nd September 2026 I was sent to a 999 call from 5B Linden Court, Brackenmoor "
        "(incident MV-20260902-0031). I arrived at 01:50 and was the first officer there.",
        "Eleanor VOSS told me that a man she had been on two dates with, Marcus, had had sex with her in her "
        "bed after she had told him she didn't want to, and that he had left about an hour before. I wrote her "
        "account in my notebook at pages 55 and 56 and she signed it. Her sister arrived at 02:05.",
        "My body-worn camera was not activated inside the flat because Eleanor was in her nightclothes and "
        "asked not to be filmed.",
        "I took her to Brackenmoor SARC at 03:00.",
    ]), created)
    mg11_pdf(f / "VOSS I MG11.pdf", dict(common, name="Imogen Clare VOSS", occ="Teacher", date="03/09/2026",
                                          sig="[signed] I.C. Voss", witnessed="", body=[
        "I am Eleanor VOSS's younger sister. At 1.10 am on Wednesday 2nd September 2026 Eleanor rang me. She "
        "was crying so much I couldn't understand her at first. Then she said 'Immy, he wouldn't stop, I said "
        "no and he wouldn't stop'. I asked who and she said Marcus, the man she'd been seeing from the app. She "
        "said he had sex with her when she'd told him she didn't want to.",
        "I told her to phone the police and that I was coming. I got to her flat at about 2 am. A police officer "
        "was already there.",
    ], rear=rear_page("12 Lark Rise, Brackenmoor", "07700 900944", "imogen.voss@mailbox.example",
                      "30/12/2000", "Mobile", "None", taken_by="DC 0935 WALSH", time_place="03/09/2026",
                      gender="F")), created)

    make_video(f / "KW2 VOSS ABE.mp4", "abe", ["BRACKENMOOR ABE SUITE", "04/09/2026 {t}", "KW/2"], seconds=4,
               fps=10, seed=81, clock=(13, 10, 4))
    doc_pdf(f / "ABE summary VOSS.pdf", created, [
        ("center", "ABE INTERVIEW SUMMARY", 12),
        ("kv", [("URN", URN), ("Witness", "Eleanor VOSS"), ("Date", "04/09/2026 13:10 - 14:22"),
                ("Interviewer", "DC 0935 WALSH"), ("Exhibits", "KW/1, KW/2")], 30),
        ("p", "13:10 introductions. 13:16 dating app, two dates. 13:28 back to flat; kissing; agreed he could "
              "stay. 13:37 in bed told him she didn't want sex; he said okay. 13:44 he got on top of her; she "
              "said no, tried to push him off; vaginal penetration; 'it felt like minutes'. 13:58 he left about "
              "00:50 saying 'don't be dramatic'. 14:05 rang sister; 999. 14:15 clarification; closure 14:22."),
    ], head=head)
    doc_pdf(f / "DFU full extraction report KW3.pdf", created, [
        ("center", "DIGITAL FORENSIC UNIT - EXTRACTION REPORT", 12),
        ("kv", [("URN", URN), ("Exhibit", "KW/3 - report of complainant's Apple iPhone"),
                ("Request", "DC 0935 WALSH, 03/09/2026: 'full download of handset'"),
                ("Extraction type", "Full file system extraction"),
                ("Data extracted", "All: messages (all apps), call logs, contacts, photographs and videos, "
                                   "browsing history, location history, notes, health data, deleted items"),
                ("Date range", "Whole device (no filter applied)"),
                ("Examiner", "DFU examiner T. ROWE, 17/09/2026")], 36),
        ("p", "Summary of items reviewed by OIC: dating app conversation with 'Marcus' 12/08/2026 - 02/09/2026 "
              "(312 messages); call to 'Immy' 01:10 02/09/2026 (4 min 50 s); 999 call 01:32. The full "
              "extraction (approx. 41,000 items) is held on the DFU server."),
    ], head=head)
    doc_pdf(f / "ROTI PELLEW.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 12),
        ("kv", [("URN", URN), ("Interviewee", "PELLEW, Marcus Anthony"), ("Date", "03/09/2026 15:30 - 16:12"),
                ("Present", "DC 0935 WALSH, DC 0480 LOWE, Mr J. BRAND (solicitor)")], 32),
        ("p", "Answered questions. Second date; she invited him back and asked him to stay. In bed she kissed "
              "him and 'made the first move'; sex was consensual; she never said no. He left because he had work "
              "early. Asked about her account that she said she didn't want to: 'She never said that.'"),
    ], head=head)
    doc_pdf(f / "PNC PELLEW.pdf", created, [
        ("mono", f"PNC  PELLEW, MARCUS ANTHONY  14/08/1996   URN {URN}\nNO PREVIOUS CONVICTIONS OR CAUTIONS\n"
                 "PRINTED 04/11/2026", 9),
    ])
    doc_pdf(f / "Witness PNC.pdf", created, [
        ("center", "Prosecution witness PNC checks", 11),
        ("grid", ["Witness", "Result"], [["VOSS, Eleanor", "No trace"], ["VOSS, Imogen Clare", "No trace"]],
         (80, 96)),
        ("p", f"URN {URN}, 04/11/2026."),
    ], head=head)
    doc_pdf(f / "MG6C PELLEW.pdf", created, [
        ("center", "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11),
        ("grid", ["Item", "Description", "Location"], [
            ["1", "Incident log MV-20260902-0031 (999 call 01:32, 02/09/2026). Copy provided.", "File"],
            ["2", "Crime report MV/26/033018. Copy provided.", "File"],
            ["3", "PC 2218 BRENNAN notebook pp.55-56: first account to police. Copy provided.", "File"],
            ["4", "ABE interview plan, DC WALSH, 03/09/2026.", "SIU"],
            ["5", "Dating app conversation between complainant and suspect 12/08 - 02/09/2026 (from KW/3 and "
                  "KW/5): friendly and sexual on both sides; may assist defence.", "SIU"],
            ["6", "House-to-house, Linden Court, 02/09/2026 - nothing heard.", "SIU"],
            ["7", "Custody record and interview recording, 03/09/2026.", "Custody"],
            ["8", "Witness PNC checks, 04/11/2026. Copy provided.", "File"],
        ], (12, 136, 28)),
        ("p", f"URN {URN}  Disclosure officer DC 0935 WALSH [signed] 05/11/2026"),
    ], head=head)
    doc_pdf(f / "MG6D PELLEW.pdf", created, [
        ("center", "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 11),
        ("grid", ["Item", "Description", "Reason"], [
            ["1", "SARC notes, 02/09/2026.", "Intimate medical information."],
            ["2", "Full extraction data of complainant's phone held on DFU server (items other than those in "
                  "MG6C item 5).", "Private material of the complainant unrelated to the case."],
        ], (12, 96, 68)),
        ("p", f"URN {URN}  Disclosure officer DC 0935 WALSH [signed] 05/11/2026"),
    ], head=head)
    doc_pdf(f / "MG12 PELLEW.pdf", created, [
        ("center", "MG12 EXHIBIT LIST", 11),
        ("grid", ["Ref", "Description", "Producer"], [
            ["KW/1", "ABE master 04/09/2026", "DC 0935 WALSH"], ["KW/2", "ABE working copy (on file)", "DC WALSH"],
            ["KW/3", "DFU extraction report, complainant's phone", "DC WALSH"],
            ["KW/4", "Suspect's phone", "DC WALSH"], ["KW/5", "Download of KW/4 (messages with complainant)",
                                                      "DC WALSH"],
            ["HM/1 - HM/2", "SARC swabs", "Dr H MARSDEN"],
        ], (26, 110, 40)),
        ("p", f"URN {URN}"),
    ], head=head)
    pnb_copy(f / "PNB BRENNAN 55-56.pdf", created, URN, "PC 2218 BRENNAN", "PNB 0040271", "55-56",
             "02/09/2026 01:55", [
                 "0155 5B Linden Ct. Eleanor VOSS (EV).",
                 "EV: 2nd date 'Marcus' from app. Stayed over. Told him in bed didn't want sex, he said ok,",
                 "then got on top, 'I said no and pushed him, he did it anyway'. Left about 0050.",
                 "Read over 0203 - signed E Voss [signed]  2218 [signed]"], FORCE)

    doc_pdf(f / "Incident MV-20260902-0031.pdf", created, [
        ("mono", f"MERCIA VALE POLICE  INCIDENT MV-20260902-0031   URN {URN}\n"
                 "02/09/2026 01:32 999 ELEANOR VOSS 5B LINDEN COURT - RAPED BY MALE 'MARCUS' (DATING APP)\n"
                 "           LEFT ABOUT 0050. CALLER ALONE, SISTER EN ROUTE.\n"
                 "01:34 PC 2218 BRENNAN DEPLOYED. 01:50 ON SCENE. FIRST ACCOUNT PNB.\n"
                 "03:00 TO SARC. CRIME MV/26/033018. CLOSED 04:10", 8.5),
    ])
    doc_pdf(f / "Crime report MV-26-033018.pdf", created, [
        ("center", "CRIME REPORT MV/26/033018", 11),
        ("kv", [("URN", URN), ("Offence", "Rape s.1 SOA 2003"), ("Victim", "VOSS, Eleanor, F, 27"),
                ("Suspect", "PELLEW, Marcus Anthony, M, 30"), ("OIC", "DC 0935 WALSH")], 30),
    ], head=head)
    doc_pdf(f / "SFR1 PELLEW.pdf", created, [
        ("center", "SFR1", 11),
        ("kv", [("URN", URN), ("Result", "Semen on HM/1; DNA matches Marcus PELLEW (< 1 in a billion)."),
                ("Date", "20/10/2026")], 30),
    ], head=head)
    doc_pdf(f / "SARC summary VOSS.pdf", created, [
        ("center", "BRACKENMOOR SARC - SUMMARY", 11),
        ("kv", [("URN", URN), ("Patient", "Eleanor VOSS"), ("Date", "02/09/2026 03:30"),
                ("Consent", "Written consent to examination, samples and release of notes/summary to police "
                            "and CPS"),
                ("Findings", "No injuries seen; this does not indicate consent or its absence.")], 30),
    ], head=head)

    docs = [
        {"name": "MG3 PELLEW v2.docx", "type": "MG3"},
        {"name": "WALSH MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "BRENNAN MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "VOSS I MG11.pdf", "type": "MG11", "role": "first_account"},
        {"name": "KW2 VOSS ABE.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE summary VOSS.pdf", "type": "ABE_SUMMARY"},
        {"name": "DFU full extraction report KW3.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "ROTI PELLEW.pdf", "type": "ROTI"},
        {"name": "PNC PELLEW.pdf", "type": "PNC"},
        {"name": "Witness PNC.pdf", "type": "PNC"},
        {"name": "MG6C PELLEW.pdf", "type": "MG6C"},
        {"name": "MG6D PELLEW.pdf", "type": "MG6D"},
        {"name": "MG12 PELLEW.pdf", "type": "MG12"},
        {"name": "Incident MV-20260902-0031.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report MV-26-033018.pdf", "type": "CRIME_REPORT"},
        {"name": "SFR1 PELLEW.pdf", "type": "FORENSIC"},
        {"name": "SARC summary VOSS.pdf", "type": "MEDICAL"},
    ]
    return name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "DIGITAL_EXTRACT", "ROTI", "PNC",
                          "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "FORENSIC", "MEDICAL"],
        "must_fail": ["dig_dpn", "dig_prop"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                          "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "mg6d", "schedule_descriptions", "rebuttable_presumption", "multimedia", "exhibits",
                          "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# F09  FORRESTAL  (faulty: no MG6D and no sensitive-material nil return; MG6C entries vague;
#                  in-car CCTV referred to in the MG3 and a statement but not in the folder)
# ==============================================================================================
def case_forrestal(out: Path):
    name = "FORRESTAL_taxi"
    f = fresh(out, name)
    URN = "13CM0466026"
    created = "07/11/2026 12:00"
    FORCE = "Severnside Police"
    head = std_head(f"{FORCE} - URN {URN}", "OFFICIAL-SENSITIVE")
    common = dict(urn=URN, style="national", family="sans")

    mg3_pdf(f / "MG3 FORRESTAL.pdf", created, URN, [
        ("center", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 12.5),
        ("kv", [("URN", URN), ("Crime", "CR/24410/26"),
                ("Suspect", "FORRESTAL, Lee Anthony (DOB 23/02/1981), 4 Weir Cottages, Wrenfield"),
                ("Offence", "Sexual assault, s.3 SOA 2003 - 26/07/2026 about 00:40 - in private hire vehicle "
                            "WR26 XKT, Mill Road, Wrenfield"),
                ("Complainant", "ADEYEMI-ROSS, Grace Adaeze (38)"),
                ("Bail", "Conditional bail: not to contact the complainant; not to work as a private hire "
                         "driver carrying lone female passengers (licensing authority informed). Return "
                         "10/12/2026."),
                ("Decision sought", "Full code test")], 36),
    ], [
        ("Summary",
         "Grace ADEYEMI-ROSS booked a private hire car through the Wrencab app at 00:21 on 26/07/2026 to take "
         "her home from a friend's birthday meal. The suspect, the driver, picked her up at 00:29. She sat in "
         "the rear nearside seat. She says that on Mill Road he stopped the car in a lay-by, saying there was "
         "a problem with the back door, got into the back seat beside her, put his hand on her thigh and then "
         "between her legs over her dress, and tried to kiss her. She pushed him away and said she would call "
         "the police; he got back into the driver's seat and drove her home without speaking. She told her "
         "husband, Michael ROSS, as soon as she got in at about 00:55, and he called 999 at 01:02."),
        ("Key evidence",
         "Complainant's written statement; her husband (first account); PC 3390 LAMB (first attending); the "
         "vehicle's cabin-facing camera footage, downloaded by DC 2275 KAUR and exhibited as RKA/2, which shows "
         "the driver getting into the rear of the vehicle at 00:38:12 and getting out at 00:40:05; Wrencab "
         "booking and GPS data showing a stop of 3 minutes on Mill Road."),
        ("Suspect's account",
         "Interview 27/07/2026: denies any touching. Says the rear door warning light came on, he got into the "
         "back to check the door and that she was drunk and fell against him; he held her arm to steady her. "
         "He says he did not try to kiss her."),
        ("Lines of enquiry, including those which might point away from the suspect",
         "The door warning: the vehicle was examined by a police vehicle examiner on 29/07/2026; the rear "
         "nearside door sensor was working and no fault was logged, but the examiner cannot exclude a "
         "momentary warning. This partly supports his account and is listed on the MG6C.\n\n"
         "Her sobriety: the friends at the meal were spoken to; two say she had 'three or four' glasses of "
         "wine and was 'merry but fine'. Their accounts are on the MG6C.\n\n"
         "The camera footage: the cabin camera has no audio; the footage shows movement in the rear but the "
         "image is partly obscured by the headrest. It has been reviewed in full for anything supporting his "
         "account of her falling against him.\n\n"
         "Other complaints: the licensing authority and Wrencab have been asked about complaints against him; "
         "none are recorded."),
        ("Forensic / medical",
         "No forensic examination was carried out: the touching was over clothing, and her dress was washed "
         "before the report was passed to the investigation team. No medical examination was needed; she was "
         "not injured."),
        ("Outstanding",
         "No outstanding evidence."),
        ("Victim care",
         "Special measures: she wants screens and would prefer a live link; s.28 explained 27/07/2026 - not "
         "available with a written statement and she does not want a video interview; no intermediary needed. "
         "Needs: none declared; contact by phone. ISVA referral 27/07/2026. VPS offered 27/07/2026 - she will "
         "make one at charge."),
        ("Disclosure",
         "MG6C attached. Incident log, crime report, PC LAMB's notebook and witness PNC checks attached."),
        ("Early advice",
         "Not sought: straightforward single-incident case; the key evidence was secured within 72 hours."),
        ("OIC",
         "DC 2275 Rajinder KAUR, Wrenfield CID. 01632 960275 / 07700 900275 / "
         "rajinder.kaur@severnside.police.example. Supervisor DS 1406 HOLLOWAY, 06/11/2026."),
    ], variant="niche", force=FORCE, foot_left="SENTINEL MG3 export")

    mg11_pdf(f / "ADEYEMI-ROSS G MG11.pdf", dict(common, name="Grace Adaeze ADEYEMI-ROSS", occ="Pharmacist",
                                                  date="27/07/2026", sig="[signed]", witnessed="DC 2275 KAUR",
                                                  body=[
        "On Saturday 25th July 2026 I went to a friend's birthday meal at Castello's restaurant in Wrenfield. I "
        "drank about three glasses of wine over four hours. At 00:21 I booked a car on the Wrencab app to take "
        "me home. The car arrived at 00:29. The driver was a white man in his 40s with a grey beard. I got in "
        "the back, behind the passenger seat.",
        "On Mill Road the driver pulled into a lay-by and said 'hang on, your door's not shut properly'. He got "
        "out and got into the back seat next to me and shut the door. He put his hand on my thigh and said "
        "'you look lovely tonight'. I said 'what are you doing?' He moved his hand up between my legs, on top "
        "of my dress, and pressed there, and he leaned in to kiss me. I pushed him in the chest and said 'get "
        "off me, I'm calling the police'. I had my phone in my hand.",
        "He got out and got back in the front. He didn't say anything. He drove me home. I got out and ran "
        "inside. I told my husband Michael straight away and he called the police.",
        "I did not fall against the driver and I was not drunk. I did not agree to him touching me.",
        "I was asked whether I wanted to do a video interview and I said I would prefer to write a statement.",
    ], rear=rear_page("17 Damson Lane, Wrenfield", "07700 900266", "grace.ar@mailbox.example", "19/04/1988",
                      "Phone", "None", sm="Screens / live link", needs="None",
                      med="Not applicable - no examination", vps="Offered 27/07/2026",
                      taken_by="DC 2275 KAUR", time_place="27/07/2026, Wrenfield police station",
                      gender="F")), created)
    mg11_pdf(f / "ROSS M MG11.pdf", dict(common, name="Michael ROSS", occ="Engineer", date="27/07/2026",
                                          sig="[signed] M Ross", witnessed="", body=[
        "I am married to Grace ADEYEMI-ROSS. At about five to one on the morning of Sunday 26th July 2026 I "
        "heard the front door slam and Grace came into the living room shaking. She said 'the taxi driver "
        "touched me'. She said he stopped the car, got in the back with her and put his hand up her dress "
        "between her legs and tried to kiss her, and that she pushed him off. She said she thought he was going "
        "to do something worse.",
        "I rang 999 at 01:02. She showed me the booking on her phone, which had the driver's name, Lee, and the "
        "car registration.",
    ], rear=rear_page("17 Damson Lane, Wrenfield", "07700 900267", "-", "05/01/1985", "Phone", "None",
                      taken_by="DC 2275 KAUR", time_place="27/07/2026", gender="M")), created)
    mg11_pdf(f / "LAMB PC3390 MG11.pdf", dict(common, name="Becky LAMB", occ="Police Constable 3390",
                                               date="26/07/2026", sig="[signed] B. Lamb", witnessed="", body=[
        "At 01:04 on Sunday 26th July 2026 I was dispatched to 17 Damson Lane, Wrenfield (incident "
        "SP-20260726-0041). I arrived at 01:15 and was the first officer to attend.",
        "Grace ADEYEMI-ROSS told me that the driver of her Wrencab had stopped on Mill Road, got into the back "
        "seat, touched her thigh and between her legs over her dress and tried to kiss her. I recorded this "
        "in my pocket notebook at pages 71 and 72. She showed me the booking details on her phone; I noted "
        "the driver's name and the registration WR26 XKT.",
    ]), created)
    mg11_pdf(f / "KAUR DC2275 MG11.pdf", dict(common, name="Rajinder KAUR", occ="Detective Constable 2275",
                                               date="28/07/2026", sig="[signed] R Kaur", witnessed="", body=[
        "I am the officer in the case. At 08:40 on Monday 27th July 2026 I attended Wrencab's office and, with "
        "the operator's manager, removed the SD card from the cabin camera of vehicle WR26 XKT. I produce the "
        "SD card as exhibit RKA/1.",
        "I copied the footage from 00:20 to 01:10 on 26/07/2026 to a DVD, which I produce as exhibit RKA/2. The "
        "footage shows the driver getting into the rear of the vehicle at 00:38:12 and leaving the rear at "
        "00:40:05. A copy of RKA/2 has been placed on the case file.",
        "I also obtained from Wrencab the booking record and GPS trace for the journey, which I produce as "
        "exhibit RKA/3.",
    ]), created)

    doc_pdf(f / "ROTI FORRESTAL.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 12),
        ("kv", [("URN", URN), ("Interviewee", "FORRESTAL, Lee Anthony"), ("Date", "27/07/2026 16:00 - 16:41"),
                ("Present", "DC 2275 KAUR, DC 1733 PARRISH, Ms L. GRANT (solicitor)")], 32),
        ("p", "Answered questions. The rear door warning light came on so he stopped and got in the back to "
              "check the door from inside. She was drunk and 'fell onto' him; he held her arm to stop her "
              "falling. Denies touching her thigh or between her legs; denies trying to kiss her. Got back in "
              "the front because the door was fine. Did not know why she was upset."),
    ], head=head)
    doc_pdf(f / "PNC FORRESTAL.pdf", created, [
        ("mono", f"PNC  FORRESTAL, LEE ANTHONY  23/02/1981   URN {URN}\nNO CONVICTIONS  NO CAUTIONS\n"
                 "PRINTED 05/11/2026", 9),
    ])
    doc_pdf(f / "Witness PNC checks.pdf", created, [
        ("center", "Witness previous convictions", 11),
        ("grid", ["Witness", "Result"], [["ADEYEMI-ROSS, Grace Adaeze", "No trace"], ["ROSS, Michael", "No trace"]],
         (80, 96)),
        ("p", f"URN {URN}, 05/11/2026."),
    ], head=head)
    doc_pdf(f / "MG6C.pdf", created, [
        ("center", "MG6C  SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11),
        ("p", f"R v FORRESTAL   URN {URN}"),
        ("grid", ["Item", "Description", "Location"], [
            ["1", "CAD", "CID"],
            ["2", "Crime report", "CID"],
            ["3", "Officer notes", "CID"],
            ["4", "Misc paperwork", "CID"],
            ["5", "Various notes", "CID"],
            ["6", "Emails x 14", "CID"],
            ["7", "Statements", "CID"],
            ["8", "Custody record", "Custody"],
            ["9", "Other documents", "CID"],
        ], (14, 130, 32)),
        ("p", "Disclosure officer: DC 2275 KAUR [signed] 06/11/2026"),
    ], head=head)
    doc_pdf(f / "MG12.pdf", created, [
        ("center", "MG12  EXHIBIT LIST", 11),
        ("grid", ["Ref", "Description", "Producer"], [
            ["RKA/1", "SD card from cabin camera WR26 XKT", "DC 2275 KAUR"],
            ["RKA/2", "DVD copy of cabin camera footage 00:20 - 01:10 26/07/2026", "DC 2275 KAUR"],
            ["RKA/3", "Wrencab booking record and GPS trace", "DC 2275 KAUR"],
        ], (24, 110, 42)),
        ("p", f"URN {URN}"),
    ], head=head)
    doc_pdf(f / "Incident SP-20260726-0041.pdf", created, [
        ("mono", f"SEVERNSIDE POLICE  INCIDENT SP-20260726-0041    URN {URN}\n"
                 "26/07/2026 01:02 999 MICHAEL ROSS 17 DAMSON LANE - WIFE SEXUALLY ASSAULTED BY TAXI DRIVER\n"
                 "           (WRENCAB WR26 XKT) ON WAY HOME. DRIVER LEFT.\n"
                 "01:04 PC 3390 LAMB DEPLOYED. 01:15 ON SCENE, ACCOUNT IN PNB.\n"
                 "02:10 CR/24410/26 CREATED. CID NEXT DAY. CLOSED.", 8.5),
    ])
    doc_pdf(f / "Crime report CR-24410-26.pdf", created, [
        ("center", "CRIME REPORT CR/24410/26", 11),
        ("kv", [("URN", URN), ("Offence", "Sexual assault s.3 SOA 2003"),
                ("Victim", "ADEYEMI-ROSS, Grace Adaeze, F, 38"), ("Suspect", "FORRESTAL, Lee Anthony, M, 45"),
                ("OIC", "DC 2275 KAUR")], 30),
    ], head=head)
    doc_pdf(f / "PNB copy PC3390.pdf", created, [
        ("center", "Pocket notebook copy - PC 3390 LAMB - pages 71-72", 11),
        ("p", f"URN {URN}. Record of first account to police, 26/07/2026 01:18."),
        ("mono", "0118 17 Damson Ln. Grace ADEYEMI-ROSS states: Wrencab driver 'Lee' WR26 XKT stopped on Mill\n"
                 "Rd, said door not shut, got in back next to her, hand on thigh then between legs over dress,\n"
                 "tried to kiss her. She pushed him off, said calling police. He drove her home.\n"
                 "Read over 0131 - signed G Adeyemi-Ross [signed]. 3390 [signed]", 8.5),
    ], head=head)

    docs = [
        {"name": "MG3 FORRESTAL.pdf", "type": "MG3"},
        {"name": "ADEYEMI-ROSS G MG11.pdf", "type": "MG11", "role": "complainant"},
        {"name": "ROSS M MG11.pdf", "type": "MG11", "role": "first_account"},
        {"name": "LAMB PC3390 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "KAUR DC2275 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "ROTI FORRESTAL.pdf", "type": "ROTI"},
        {"name": "PNC FORRESTAL.pdf", "type": "PNC"},
        {"name": "Witness PNC checks.pdf", "type": "PNC"},
        {"name": "MG6C.pdf", "type": "MG6C"},
        {"name": "MG12.pdf", "type": "MG12"},
        {"name": "Incident SP-20260726-0041.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report CR-24410-26.pdf", "type": "CRIME_REPORT"},
    ]
    return name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG12", "INCIDENT_LOG", "CRIME_REPORT"],
        "must_fail": ["mg6d", "schedule_descriptions", "multimedia"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                          "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                          "rebuttable_presumption", "dig_dpn", "dig_prop", "exhibits", "forensic_medical", "special_measures", "victim_care",
                          "files_readable", "one_urn"],
        "docs": docs,
    }

# ==============================================================================================
# F10  QUAYLE  (faulty: first-account witness statement unsigned and undated; outstanding evidence in the
#               MG3 without target dates; the suspect's PNC print is not in the file)
# ==============================================================================================
def case_quayle(out: Path):
    name = "QUAYLE-Wyvern_Fest"
    f = fresh(out, name)
    URN = "41WP0233126"
    created = "09/11/2026 08:05"
    FORCE = "Wealdshire Police"
    sysfoot = "Wealdshire Police - Connect Case v2"
    head = std_head(f"{FORCE}", "OFFICIAL-SENSITIVE")
    common = dict(urn=URN, style="force", force=FORCE, system_foot=sysfoot, decl="short")

    mg3_pdf(f / "MG3 QUAYLE.pdf", created, URN, [
        ("center", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", 12.5),
        ("kv", [("URN", URN), ("Suspect", "QUAYLE, Jordan Lewis (DOB 28/10/1999), 61 Thatch Row, Kestrel Cross"),
                ("Offence", "Rape, s.1 SOA 2003, about 03:00 on 08/08/2026, in a tent, campsite C, Wyvern "
                            "Fields Festival, near Kestrel Cross"),
                ("Complainant", "MALLINSON, Kirsty Anne (31)"),
                ("Status", "Bail to 08/12/2026 - not to contact the complainant or Abbie NORTH"),
                ("Test", "Full Code Test requested")], 36),
    ], [
        ("Summary",
         "Kirsty MALLINSON was camping with friends at the Wyvern Fields festival. On the night of 7-8 August "
         "she met the suspect, who was camping nearby, at the campsite bar. At about 02:30 she went with him to "
         "his tent to 'carry on the party' with his friends, who were not there. She says that in the tent he "
         "kissed her, she said she wanted to go back to her own tent, and he held her down on the sleeping bag "
         "and raped her (penis in vagina) while she said no. At about 03:20 she got back to her group's tents "
         "and woke her friend Abbie NORTH, who was the first person she told; Abbie took her to the festival "
         "police post at 03:45, where PC 1120 MURRAY took her first account."),
        ("Evidence",
         "ABE 10/08/2026 (LF/1, LF/2; copy and summary in the file); Abbie NORTH (first account); PC MURRAY; "
         "SARC 08/08/2026; SFR1 received 21/10/2026: semen on the HVS, DNA matching the suspect."),
        ("Suspect's account",
         "Interview 08/08/2026: accepts sex in his tent, says it was consensual, that she suggested going to his "
         "tent and that she 'never said no'. Defence: consent."),
        ("Lines of enquiry, including those that may point away from the suspect",
         "His friends sharing the campsite pitch were traced; they were at the main stage until 04:00 and did "
         "not see either of them. The campsite bar staff remember them leaving together and 'getting on well' - "
         "scheduled as capable of assisting the defence. Her phone has not been examined: she did not message "
         "anyone that night (Abbie confirms she woke her in person) and there was no contact with the suspect "
         "by phone. The festival's welfare tent log was checked: no record for either party."),
        ("Outstanding evidence",
         "The suspect's phone is still with the Digital Forensic Unit and the download is awaited. We are also "
         "still waiting for the festival organiser to provide the wristband scan data for the campsite C gate, "
         "which should show when each of them came and went."),
        ("Forensic / medical",
         "Wealdshire SARC 08/08/2026, Dr Marcus ELWOOD-SHAW. She consented in writing to the release of the "
         "SARC notes and summary to the police and CPS. SFR1 attached."),
        ("Previous convictions", "His PNC print is attached."),
        ("Victim care",
         "Special measures: ABE is her evidence in chief; screens; s.28 - she would like it (asked 10/08/2026); "
         "no intermediary needed. Needs: lives 90 miles away - travel expenses and remote link site near home "
         "preferred; ISVA referral 08/08/2026 (her home area ISVA service). VPS offered 10/08/2026 - she wants "
         "to make one at charge."),
        ("Disclosure", "MG6C and MG6D attached, with the incident log, crime report, PC MURRAY's notebook and "
                       "witness PNC checks."),
        ("Early advice", "Not sought: the suspect was identified and interviewed on the day of the report and "
                         "admits intercourse; the only issue is consent."),
        ("OIC", "DC 0656 Leon FAIRCLOUGH, Kestrel Cross CID. 01632 960656 / 07700 900656 / "
                "leon.fairclough@wealdshire.police.example. Supervisor DS 0311 MACKIE, 06/11/2026."),
    ], variant="plain", foot_left=f"URN {URN}")

    mg11_pdf(f / "NORTH A statement.pdf", dict(common, name="Abbie Louise NORTH", occ="Hairdresser",
                                                date="", sig="", witnessed="", body=[
        "I have been friends with Kirsty MALLINSON since college. In August 2026 we went to Wyvern Fields "
        "festival with four other friends and camped in campsite C.",
        "On the night of Friday 7th August I went to bed in my tent at about 1 am. Kirsty was still at the "
        "campsite bar. At about 3.20 am I was woken up by Kirsty shaking my tent and saying my name. She was "
        "crying and shaking and her top was on inside out.",
        "She got into my tent and said 'Abs, a lad has just raped me'. She said she went back to his tent "
        "because he said his mates were there having a party but there was nobody there, and he pinned her "
        "down on his sleeping bag and had sex with her while she kept saying no. She said his name was Jordan.",
        "I took her to the police tent by the main gate. We got there at about quarter to four.",
    ], rear=rear_page("22 Copse Lane, Hartwell", "07700 900666", "abbie.north@mailbox.example", "04/04/1995",
                      "Mobile", "None", taken_by="DC 0656 FAIRCLOUGH",
                      time_place="Kestrel Cross police station", gender="F")), created)
    mg11_pdf(f / "MURRAY PC1120 statement.pdf", dict(common, name="Sean MURRAY", occ="Police Constable 1120",
                                                      date="08/08/2026", sig="[signed] S Murray", witnessed="",
                                                      body=[
        "On Saturday 8th August 2026 I was on duty at the police post at Wyvern Fields festival. At 03:45 "
        "Kirsty MALLINSON came to the post with her friend Abbie NORTH. I was the first officer to speak to her.",
        "She told me that a man called Jordan, camping in campsite C, had taken her to his tent and had sex with "
        "her while she said no and held her down. I recorded her account in my notebook at pages 8 and 9 and "
        "she signed it. I arranged for her to be taken to the SARC.",
        "At 05:10 I arrested Jordan QUAYLE at his tent on campsite C, pitch C-114. I seized his mobile phone, "
        "which I produce as exhibit SM/1, and his sleeping bag, which I produce as exhibit SM/2.",
    ]), created)
    mg11_pdf(f / "FAIRCLOUGH DC0656 statement.pdf", dict(common, name="Leon FAIRCLOUGH",
                                                          occ="Detective Constable 0656", date="10/08/2026",
                                                          sig="[signed] L Fairclough", witnessed="", body=[
        "I am a trained ABE interviewer and the officer in the case. On Monday 10th August 2026 between 11:00 "
        "and 12:08 I interviewed Kirsty MALLINSON on video at the Kestrel Cross ABE suite.",
        "I produce the master recording as exhibit LF/1 and the working copy as exhibit LF/2. A digital copy of "
        "LF/2 and my summary are with the file. My interview plan of 9th August 2026 has been retained.",
    ]), created)

    make_video(f / "LF2 MALLINSON.mp4", "abe", ["KESTREL CROSS ABE SUITE", "10/08/2026 {t}", "LF/2"],
               seconds=4, fps=10, seed=101, clock=(11, 0, 5))
    doc_pdf(f / "ABE summary MALLINSON.pdf", created, [
        ("center", "ABE INTERVIEW SUMMARY", 12),
        ("kv", [("URN", URN), ("Witness", "Kirsty MALLINSON"), ("Date", "10/08/2026 11:00 - 12:08"),
                ("Interviewer", "DC 0656 FAIRCLOUGH"), ("Exhibits", "LF/1, LF/2")], 30),
        ("p", "11:00 introductions. 11:05 festival, friends, campsite bar; met Jordan about midnight. 11:18 he "
              "said his mates were having a party in his tent; went with him about 02:30; nobody there. 11:27 "
              "kissing; she said she wanted to go back; he pushed her down on the sleeping bag, held her wrists, "
              "pulled down her shorts; vaginal penetration; she said no repeatedly. 11:44 she left; woke Abbie; "
              "police post. 11:55 clarification; closure 12:08."),
    ], head=head)
    doc_pdf(f / "ROTI QUAYLE.pdf", created, [
        ("center", "RECORD OF TAPED INTERVIEW", 12),
        ("kv", [("URN", URN), ("Interviewee", "QUAYLE, Jordan Lewis"), ("Date", "08/08/2026 14:20 - 15:02"),
                ("Present", "DC 0656 FAIRCLOUGH, DC 0912 PRITCHARD, Mr T. HOLLIS (solicitor)")], 32),
        ("p", "Answered questions. Met Kirsty at the bar; she suggested going back to his tent. They kissed and "
              "had sex; she was 'well up for it' and never said no. She left suddenly; he thought she was going "
              "to the toilets. Denies holding her down."),
    ], head=head)
    doc_pdf(f / "Witness PNC checks.pdf", created, [
        ("center", "Prosecution witness checks (PNC)", 11),
        ("grid", ["Witness", "Result"], [["MALLINSON, Kirsty Anne", "No trace"], ["NORTH, Abbie Louise", "No trace"]],
         (80, 96)),
        ("p", f"URN {URN}, 05/11/2026."),
    ], head=head)
    doc_pdf(f / "MG6C QUAYLE.pdf", created, [
        ("center", "MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", 11),
        ("grid", ["Item", "Description", "Location"], [
            ["1", "Incident log WP-20260808-0044 (report at festival police post 03:45, 08/08/2026). Copy "
                  "provided.", "File"],
            ["2", "Crime report WP/26/041156. Copy provided.", "File"],
            ["3", "PC 1120 MURRAY notebook pp.8-9: first account to police. Copy provided.", "File"],
            ["4", "ABE interview plan, DC FAIRCLOUGH, 09/08/2026.", "CID"],
            ["5", "Notes of accounts of campsite bar staff (2), 09/08/2026: saw the two leave together 'getting "
                  "on well'. May assist defence.", "CID"],
            ["6", "Notes of accounts of the suspect's two friends, 09/08/2026: at main stage until 04:00.", "CID"],
            ["7", "Festival welfare tent log 07-08/08/2026 (no entry for either party).", "CID"],
            ["8", "Custody record and interview recording, 08/08/2026.", "Custody"],
            ["9", "Witness PNC checks, 05/11/2026. Copy provided.", "File"],
        ], (12, 136, 28)),
        ("p", f"URN {URN}  Disclosure officer DC 0656 FAIRCLOUGH [signed] 06/11/2026"),
    ], head=head)
    doc_pdf(f / "MG6D QUAYLE.pdf", created, [
        ("center", "MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", 11),
        ("grid", ["Item", "Description", "Reason"], [
            ["1", "SARC notes, 08/08/2026.", "Intimate medical information."],
            ["2", "ISVA referral form.", "Personal data."],
        ], (12, 96, 68)),
        ("p", f"URN {URN}  Disclosure officer DC 0656 FAIRCLOUGH [signed] 06/11/2026"),
    ], head=head)
    doc_pdf(f / "MG12 QUAYLE.pdf", created, [
        ("center", "MG12 EXHIBIT LIST", 11),
        ("grid", ["Ref", "Description", "Producer"], [
            ["LF/1", "ABE master 10/08/2026", "DC 0656 FAIRCLOUGH"],
            ["LF/2", "ABE working copy (on file)", "DC 0656 FAIRCLOUGH"],
            ["SM/1", "Suspect's mobile phone", "PC 1120 MURRAY"],
            ["SM/2", "Suspect's sleeping bag", "PC 1120 MURRAY"],
            ["ME/1 - ME/2", "SARC swabs", "Dr M ELWOOD-SHAW"],
        ], (26, 110, 40)),
        ("p", f"URN {URN}"),
    ], head=head)
    pnb_copy(f / "PNB MURRAY 8-9.pdf", created, URN, "PC 1120 MURRAY", "PNB 0052277", "8-9",
             "08/08/2026 03:50", [
                 "0350 festival police post. Kirsty MALLINSON (KM) with friend Abbie NORTH.",
                 "KM: 'Jordan' campsite C took her to his tent, said party, nobody there. Held her down on",
                 "sleeping bag, 'had sex with me', she said no. Left about 0315.",
                 "Read over 0401 - signed K Mallinson [signed]  1120 [signed]"], FORCE)

    doc_pdf(f / "Incident WP-20260808-0044.pdf", created, [
        ("mono", f"WEALDSHIRE POLICE  STORM  WP-20260808-0044      URN {URN}\n"
                 "08/08/2026 03:45  FESTIVAL POLICE POST - KIRSTY MALLINSON REPORTS RAPE IN TENT CAMPSITE C\n"
                 "                  BY MALE 'JORDAN' APPROX 0300. WITH FRIEND.\n"
                 "03:50 PC 1120 MURRAY - FIRST ACCOUNT PNB 8-9. SARC REQUESTED.\n"
                 "05:10 SUSPECT QUAYLE ARRESTED PITCH C-114. CRIME WP/26/041156. CLOSED 06:30", 8.5),
    ])
    doc_pdf(f / "Crime report WP-26-041156.pdf", created, [
        ("center", "CRIME REPORT WP/26/041156", 11),
        ("kv", [("URN", URN), ("Offence", "Rape s.1 SOA 2003"), ("Victim", "MALLINSON, Kirsty Anne, F, 31"),
                ("Suspect", "QUAYLE, Jordan Lewis, M, 26"), ("OIC", "DC 0656 FAIRCLOUGH")], 30),
    ], head=head)
    doc_pdf(f / "SFR1 QUAYLE.pdf", created, [
        ("center", "SFR1", 11),
        ("kv", [("URN", URN), ("Items", "ME/1 HVS; ME/2 LVS; reference sample QUAYLE"),
                ("Result", "Semen on ME/1; DNA matches Jordan QUAYLE (< 1 in a billion)."),
                ("Date", "21/10/2026")], 30),
    ], head=head)
    doc_pdf(f / "SARC summary MALLINSON.pdf", created, [
        ("center", "WEALDSHIRE SARC - SUMMARY", 11),
        ("kv", [("URN", URN), ("Patient", "Kirsty MALLINSON"), ("Date", "08/08/2026 09:30"),
                ("Consent", "Written consent to examination and to release of notes/summary to police and CPS"),
                ("Findings", "Bruising to both wrists; no ano-genital injury.")], 30),
    ], head=head)

    docs = [
        {"name": "MG3 QUAYLE.pdf", "type": "MG3"},
        {"name": "NORTH A statement.pdf", "type": "MG11", "role": "first_account"},
        {"name": "MURRAY PC1120 statement.pdf", "type": "MG11", "role": "officer"},
        {"name": "FAIRCLOUGH DC0656 statement.pdf", "type": "MG11", "role": "officer"},
        {"name": "LF2 MALLINSON.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE summary MALLINSON.pdf", "type": "ABE_SUMMARY"},
        {"name": "ROTI QUAYLE.pdf", "type": "ROTI"},
        {"name": "Witness PNC checks.pdf", "type": "PNC"},
        {"name": "MG6C QUAYLE.pdf", "type": "MG6C"},
        {"name": "MG6D QUAYLE.pdf", "type": "MG6D"},
        {"name": "MG12 QUAYLE.pdf", "type": "MG12"},
        {"name": "Incident WP-20260808-0044.pdf", "type": "INCIDENT_LOG"},
        {"name": "Crime report WP-26-041156.pdf", "type": "CRIME_REPORT"},
        {"name": "SFR1 QUAYLE.pdf", "type": "FORENSIC"},
        {"name": "SARC summary MALLINSON.pdf", "type": "MEDICAL"},
    ]
    return name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
                          "INCIDENT_LOG", "CRIME_REPORT", "FORENSIC", "MEDICAL"],
        "must_fail": ["signed", "outstanding_dated", "previous_convictions"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "suspect_interview",
                          "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                          "rebuttable_presumption", "dig_dpn", "multimedia", "exhibits", "forensic_medical",
                          "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": docs,
    }


# ==============================================================================================
CASES = [case_bramble, case_halloran, case_lindqvist, case_mcgarrity, case_tolland, case_arnsby,
         case_colbeck, case_pellew, case_forrestal, case_quayle]


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for fn in CASES:
        name, exp = fn(out)
        write_expected(out, name, exp)
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
