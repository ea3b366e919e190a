#!/usr/bin/env python3
"""batch17: synthetic RASSO pre-charge case folders (all names, places, numbers invented).

Run:  /work/main/.venv/bin/python make_batch.py OUTDIR
Deterministic: fixed seeds, fixed document dates, zip entries with fixed timestamps.
"""
from __future__ import annotations

import fractions
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

import av
import numpy as np
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED_ZIP_TIME = (2026, 5, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# small utilities
# --------------------------------------------------------------------------------------------

def dt(s: str) -> datetime:
    """'2026-03-20 10:15' -> aware datetime (UTC)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def normalize_zip(path: Path, when: datetime | None = None) -> None:
    """Rewrite an OOXML/ODF zip with fixed entry times (and fixed core.xml dates)."""
    stamp = (when or dt("2026-05-01 09:00")).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename), i.compress_type) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, ctype in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\2", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def font(size: int, kind: str = "sans", bold: bool = False) -> ImageFont.FreeTypeFont:
    name = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "mono": "DejaVuSansMono",
            "cond": "DejaVuSansCondensed"}[kind]
    if bold:
        name += "-Bold"
    return ImageFont.truetype(FONT_DIR + name + ".ttf", size)


# --------------------------------------------------------------------------------------------
# PDF (text) rendering with force house styles
# --------------------------------------------------------------------------------------------

_FONT_FILES = {
    ("DV", ""): "DejaVuSans", ("DV", "B"): "DejaVuSans-Bold", ("DV", "I"): "DejaVuSans-Oblique",
    ("DVS", ""): "DejaVuSerif", ("DVS", "B"): "DejaVuSerif-Bold", ("DVS", "I"): "DejaVuSerif-Italic",
    ("DVC", ""): "DejaVuSansCondensed", ("DVC", "B"): "DejaVuSansCondensed-Bold",
    ("DVC", "I"): "DejaVuSansCondensed-Oblique",
    ("DVM", ""): "DejaVuSansMono", ("DVM", "B"): "DejaVuSansMono-Bold", ("DVM", "I"): "DejaVuSansMono-Oblique",
}
_CORE = {"DV": "helvetica", "DVS": "times", "DVC": "helvetica", "DVM": "courier"}
_CORE_SUBST = {"\u2022": "-", "\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"',
               "\u201d": '"', "\u2612": "[X]", "\u2610": "[ ]", "\u2713": "v", "\u2026": "..."}


class StyledPDF(FPDF):
    """FPDF with a force house style. style['core']=True uses the PDF core fonts (Helvetica, Times,
    Courier; fast, Latin-1 text); otherwise DejaVu TrueType fonts are embedded on first use."""

    def __init__(self, style: dict):
        super().__init__(orientation=style.get("orientation", "P"), unit="mm", format="A4")
        self.st = style
        self.core = style.get("core", False)
        self.fam = style.get("family", "DV")
        self.set_margins(style.get("margin", 16), style.get("top", 22), style.get("margin", 16))
        self.set_auto_page_break(True, margin=style.get("bottom", 20))

    def set_font(self, family=None, style="", size=0):
        if not isinstance(style, str):
            style = getattr(style, "style", "") or ""
        fam = family or self.fam
        if fam.upper() in _CORE:
            fam = fam.upper()
        st = style.replace("U", "")
        if fam in _CORE:
            if self.core:
                return super().set_font(_CORE[fam], style, size)
            if fam.lower() + st not in self.fonts:
                self.add_font(fam, st, FONT_DIR + _FONT_FILES[(fam, st)] + ".ttf")
        return super().set_font(fam, style, size)

    def normalize_text(self, text: str) -> str:
        if self.core and not self.is_ttf_font:
            for a, b in _CORE_SUBST.items():
                text = text.replace(a, b)
            text = text.encode("cp1252", "replace").decode("cp1252")
        return super().normalize_text(text)

    def header(self):
        st = self.st
        mark = st.get("marking_top")
        self.set_text_color(0, 0, 0)
        if mark:
            self.set_font("DV", "B", 9)
            self.set_y(6)
            self.cell(0, 5, mark, align="C")
        if st.get("head"):
            self.set_y(11)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(70, 70, 70)
            self.cell(0, 4, st["head"].replace("{page}", str(self.page_no())), align=st.get("head_align", "L"))
            self.set_text_color(0, 0, 0)
        if st.get("urn_box") and self.urn:
            self.set_font("DV", "B", 9)
            w = 52
            self.set_xy(self.w - self.r_margin - w, 11)
            self.cell(w, 7, "URN  " + self.urn, border=1, align="C")
        if st.get("head_rule"):
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, 17, self.w - self.r_margin, 17)
            self.set_draw_color(0, 0, 0)
        self.set_y(st.get("top", 22))

    def footer(self):
        st = self.st
        self.set_y(-15)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(60, 60, 60)
        left = st.get("foot_left", "")
        right = st.get("page_fmt", "Page {n} of {nb}").replace("{n}", str(self.page_no() + st.get("page_offset", 0)))
        if left:
            self.cell(0, 4, left, align="L")
            self.set_x(self.l_margin)
        self.cell(0, 4, right, align=st.get("page_align", "R"))
        if st.get("marking_bottom"):
            self.set_y(-10)
            self.set_font("DV", "B", 8)
            self.cell(0, 4, st["marking_bottom"], align="C")
        self.set_text_color(0, 0, 0)

    urn = ""


def render_pdf(path: Path, blocks: list, style: dict, created: str, urn: str = "", title: str = "",
               author: str = "") -> int:
    pdf = StyledPDF(style)
    pdf.urn = urn
    pdf.set_creation_date(dt(created))
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_creator(style.get("creator", "CMS export"))
    pdf.add_page()
    fam = pdf.fam
    base = style.get("size", 10)
    lh = base * 0.5
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", base + 4)
            pdf.multi_cell(0, lh + 2.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "subtitle":
            pdf.set_font(fam, "", base - 1)
            pdf.multi_cell(0, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            hs = style.get("h_style", "plain")
            pdf.ln(1.5)
            if hs == "bar":
                pdf.set_fill_color(*style.get("bar_rgb", (215, 222, 232)))
                pdf.set_font(fam, "B", base)
                pdf.multi_cell(0, lh + 1.5, b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            elif hs == "underline":
                pdf.set_font(fam, "BU", base)
                pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
            elif hs == "boxed":
                pdf.set_font(fam, "B", base)
                pdf.multi_cell(0, lh + 1.5, b[1], border=1, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font(fam, "B", base)
                pdf.multi_cell(0, lh + 1, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font(fam, "", base)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "pi":
            pdf.set_font(fam, "I", base - 0.5)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font(fam, "", base - 2)
            pdf.multi_cell(0, lh - 0.6, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "mono":
            pdf.set_font("DVM", "", base - 1.5)
            pdf.multi_cell(0, lh - 0.3, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "bullets":
            pdf.set_font(fam, "", base)
            for it in b[1]:
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(0, lh, "\u2022  " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "box":
            # ('box', heading, text)
            pdf.ln(1)
            pdf.set_font(fam, "B", base - 0.5)
            pdf.set_fill_color(*style.get("box_rgb", (235, 235, 235)))
            pdf.multi_cell(0, lh + 1, b[1], border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", base)
            pdf.multi_cell(0, lh, b[2], border="LBR", padding=(1.2, 1.5, 1.5, 1.5),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("kv", "table"):
            if kind == "kv":
                rows = b[1]
                widths = b[2] if len(b) > 2 else (55, 125)
                headings = None
            else:
                headings, rows = b[1], b[2]
                widths = b[3] if len(b) > 3 else None
            pdf.set_font(fam, "", base - (0 if kind == "kv" else 1))
            kw = dict(col_widths=widths, text_align="LEFT", line_height=lh + 0.6,
                      first_row_as_headings=headings is not None,
                      padding=1.0)
            if headings is not None:
                kw["repeat_headings"] = 1
                from fpdf.fonts import FontFace
                kw["headings_style"] = FontFace(emphasis="BOLD", fill_color=style.get("th_rgb", (225, 225, 225)))
            with pdf.table(**kw) as t:
                if headings is not None:
                    r = t.row()
                    for c in headings:
                        r.cell(c)
                for row in rows:
                    r = t.row()
                    for i, c in enumerate(row):
                        if kind == "kv" and i == 0:
                            pdf.set_font(fam, "B", base - 0.5)
                            r.cell(str(c))
                            pdf.set_font(fam, "", base)
                        else:
                            r.cell(str(c))
            pdf.ln(2)
        elif kind == "sig":
            pdf.ln(2)
            pdf.set_font(fam, "", base)
            pdf.multi_cell(0, lh + 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "space":
            pdf.ln(b[1])
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "rule":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(3)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf.page_no()


def image_pdf(path: Path, images: list, created: str, dpi: int = 200) -> None:
    """An image-only PDF (a scan): each PIL image is one A4 page, stored as JPEG."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(dt(created))
    pdf.set_creator("Scan2Folder MFP-7740")
    pdf.set_auto_page_break(False)
    for im in images:
        pdf.add_page()
        bio = io.BytesIO()
        im.convert("L").save(bio, "JPEG", quality=72)
        bio.seek(0)
        pdf.image(bio, x=0, y=0, w=210, h=297)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# raster pages: scans and phone photos
# --------------------------------------------------------------------------------------------

def _wrap(draw, text, fnt, width):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=fnt) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def page_image(lines: list, dpi: int = 200, seed: int = 1, kind: str = "serif", size_pt: float = 10.5,
               ruled: bool = False, paper=(252, 252, 249), ink=(25, 25, 35), rotate: float = 0.35,
               page_in=(8.27, 11.69)):
    """Draw a page of text as a scanned image (A4 by default). lines: list of (style, text)."""
    rnd = random.Random(seed)
    W, H = int(page_in[0] * dpi), int(page_in[1] * dpi)
    im = Image.new("RGB", (W, H), paper)
    d = ImageDraw.Draw(im)
    px = lambda pt: int(pt * dpi / 72)
    margin = int(min(0.8, page_in[0] * 0.08) * dpi)
    y = int(min(0.7, page_in[1] * 0.06) * dpi)
    for style, text in lines:
        if style == "gap":
            y += px(float(text))
            continue
        bold = style in ("title", "b", "hbox")
        sz = size_pt + (4 if style == "title" else 0) - (1.5 if style == "small" else 0)
        fnt = font(px(sz), "mono" if style == "mono" else kind, bold)
        if style == "rule":
            d.line([(margin, y + px(4)), (W - margin, y + px(4))], fill=ink, width=2)
            y += px(10)
            continue
        if style == "sigline":
            # a hand 'signature': a wobbly stroke after the label
            d.text((margin, y), text, font=fnt, fill=ink)
            x0 = margin + int(d.textlength(text, font=fnt)) + px(8)
            pts = []
            for i in range(40):
                pts.append((x0 + i * px(2.6), y + px(6) + int(px(4) * math.sin(i / 2.3 + rnd.random()))))
            d.line(pts, fill=(20, 30, 110), width=3)
            y += int(px(sz) * 1.9)
            continue
        wrapped = _wrap(d, text, fnt, W - 2 * margin - (px(8) if style == "hbox" else 0))
        if style == "hbox":
            h = int(len(wrapped) * px(sz) * 1.35) + px(6)
            d.rectangle([margin, y, W - margin, y + h], outline=ink, width=2)
            yy = y + px(3)
            for ln in wrapped:
                d.text((margin + px(4), yy), ln, font=fnt, fill=ink)
                yy += int(px(sz) * 1.35)
            y += h + px(6)
            continue
        for ln in wrapped:
            x = margin
            if style == "title":
                x = (W - int(d.textlength(ln, font=fnt))) // 2
            d.text((x, y), ln, font=fnt, fill=ink)
            y += int(px(sz) * 1.38)
        y += px(3)
    if ruled:
        step = int(px(size_pt) * 1.38)
        for yy in range(int(0.5 * dpi), H - int(0.2 * dpi), step):
            d.line([(0, yy + px(size_pt) + 2), (W, yy + px(size_pt) + 2)], fill=(170, 190, 215), width=1)
    # scanner noise
    arr = np.asarray(im).astype(np.int16)
    noise = np.random.default_rng(seed).normal(0, 3, arr.shape[:2])[..., None]
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr)
    if rotate:
        im = im.rotate(rotate, resample=Image.BICUBIC, fillcolor=paper)
    return im


def phone_photo(path: Path, lines: list, seed: int = 3, angle: float = 2.5, size=(1240, 1754),
                kind: str = "sans", size_pt: float = 10.5, bg=(96, 78, 60), paper=(246, 243, 234),
                ink=(20, 20, 30), page_in=(8.27, 11.69), ruled: bool = False) -> None:
    """A phone photo of a page: a page image, rotated, on a table top, with uneven light."""
    dpi = size[0] / page_in[0]
    page = page_image(lines, dpi=dpi, seed=seed, kind=kind, size_pt=size_pt, paper=paper, ink=ink, rotate=0,
                      page_in=page_in, ruled=ruled)
    page = page.resize(size)
    W, H = size[0] + 360, size[1] + 300
    canvas = Image.new("RGB", (W, H), bg)
    rnd = np.random.default_rng(seed)
    wood = np.asarray(canvas).astype(np.int16)
    grain = (np.sin(np.linspace(0, 60, H))[:, None] * 10 + rnd.normal(0, 6, (H, W)))[..., None]
    canvas = Image.fromarray(np.clip(wood + grain, 0, 255).astype(np.uint8))
    mask = Image.new("L", page.size, 255)
    pr = page.rotate(angle, expand=True, resample=Image.BICUBIC)
    mr = mask.rotate(angle, expand=True)
    canvas.paste(pr, ((W - pr.size[0]) // 2, (H - pr.size[1]) // 2), mr)
    # mild keystone (perspective) skew
    canvas = canvas.transform(canvas.size, Image.Transform.QUAD,
                              (18, 0, 0, H, W, H - 10, W - 30, 12), resample=Image.BICUBIC)
    # uneven lighting (vignette)
    yy, xx = np.mgrid[0:H, 0:W]
    v = 1.0 - 0.22 * (((xx - W * 0.4) / W) ** 2 + ((yy - H * 0.35) / H) ** 2) * 2.2
    arr = np.clip(np.asarray(canvas).astype(np.float32) * v[..., None], 0, 255).astype(np.uint8)
    im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))
    im = im.resize((W * 3 // 4, H * 3 // 4), Image.LANCZOS)
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", quality=80)


# --------------------------------------------------------------------------------------------
# DOCX, XLSX, ODT, RTF, text
# --------------------------------------------------------------------------------------------

def render_docx(path: Path, blocks: list, created: str, header: str = "", footer: str = "",
                author: str = "", font_name: str = "Arial", size: float = 10.5, title: str = "") -> None:
    doc = Document()
    sty = doc.styles["Normal"]
    sty.font.name = font_name
    sty.font.size = Pt(size)
    cp = doc.core_properties
    cp.created = dt(created).replace(tzinfo=None)
    cp.modified = dt(created).replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in hp.runs:
            r.font.size = Pt(8)
            r.bold = True
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer
        for r in fp.runs:
            r.font.size = Pt(7.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 3)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1])
            r.font.size = Pt(size - 1)
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            if len(b) > 2 and b[2] == "u":
                r.underline = True
        elif kind == "heading":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif kind in ("p", "sig", "pi"):
            p = doc.add_paragraph(b[1])
            if kind == "pi":
                for r in p.runs:
                    r.italic = True
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(size - 2)
        elif kind == "bullets":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = ""
                rr = cells[0].paragraphs[0].add_run(str(k))
                rr.bold = True
                cells[1].text = str(v)
            doc.add_paragraph()
        elif kind == "table":
            heads, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                t.rows[0].cells[i].text = ""
                rr = t.rows[0].cells[i].paragraphs[0].add_run(str(h))
                rr.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=2, cols=1)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = ""
            rr = t.rows[0].cells[0].paragraphs[0].add_run(b[1])
            rr.bold = True
            t.rows[1].cells[0].text = b[2]
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "space":
            doc.add_paragraph()
        elif kind == "rule":
            doc.add_paragraph("_" * 60)
        elif kind == "mono":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.name = "Courier New"
            r.font.size = Pt(size - 1.5)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path, dt(created))


def render_xlsx(path: Path, sheets: list, created: str, author: str = "") -> None:
    """sheets: list of (title, preamble_rows, headers, rows, col_widths)."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = author
    wb.properties.created = dt(created).replace(tzinfo=None)
    wb.properties.modified = dt(created).replace(tzinfo=None)
    for title, pre, heads, rows, widths in sheets:
        ws = wb.create_sheet(title)
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line).font = Font(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        r += 1
        for i, h in enumerate(heads, 1):
            c = ws.cell(row=r, column=i, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9E1F2")
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            r += 1
            for i, v in enumerate(row, 1):
                c = ws.cell(row=r, column=i, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
        for i, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + i)].width = w
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path, dt(created))


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_odt(path: Path, blocks: list, created: str, author: str = "") -> None:
    """A minimal but valid OpenDocument text file. Blocks: title/h/p/kv/table/sig/bullets."""
    body = []
    for b in blocks:
        k = b[0]
        if k == "title":
            body.append(f'<text:h text:style-name="T" text:outline-level="1">{_xml(b[1])}</text:h>')
        elif k == "h":
            body.append(f'<text:h text:style-name="H" text:outline-level="2">{_xml(b[1])}</text:h>')
        elif k in ("p", "sig", "subtitle", "small", "pi"):
            for para in b[1].split("\n"):
                body.append(f'<text:p text:style-name="P">{_xml(para)}</text:p>')
        elif k == "bullets":
            body.append("<text:list>" + "".join(
                f'<text:list-item><text:p text:style-name="P">{_xml(i)}</text:p></text:list-item>'
                for i in b[1]) + "</text:list>")
        elif k in ("kv", "table"):
            rows = b[1] if k == "kv" else [b[1]] + b[2]
            ncol = len(rows[0])
            t = [f'<table:table table:name="t{len(body)}">'
                 f'<table:table-column table:number-columns-repeated="{ncol}"/>']
            for row in rows:
                t.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{_xml(str(c))}</text:p></table:table-cell>'
                    for c in row) + "</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        elif k == "space":
            body.append('<text:p text:style-name="P"/>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
               'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="T" style:family="paragraph"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-size="10.5pt"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    stamp = dt(created).strftime("%Y-%m-%dT%H:%M:%S")
    meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta>'
            f'<meta:initial-creator>{_xml(author)}</meta:initial-creator><meta:creation-date>{stamp}</meta:creation-date>'
            f'<dc:date>{stamp}</dc:date><meta:generator>LibreOffice/7.3</meta:generator></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("mimetype", "application/vnd.oasis.opendocument.text"),
                           ("content.xml", content), ("meta.xml", meta),
                           ("META-INF/manifest.xml", manifest)):
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def _rtf_esc(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)


def render_rtf(path: Path, blocks: list, created: str, author: str = "") -> None:
    d = dt(created)
    parts = [r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}{\f1 Arial;}}",
             r"{\info{\author %s}{\creatim\yr%d\mo%d\dy%d\hr%d\min%d}}" % (_rtf_esc(author), d.year, d.month, d.day, d.hour, d.minute),
             r"\f1\fs20 "]
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(r"\pard\qc\b\fs26 " + _rtf_esc(b[1]) + r"\b0\fs20\par")
        elif k == "h":
            parts.append(r"\pard\ql\sb120\b " + _rtf_esc(b[1]) + r"\b0\par")
        elif k in ("p", "sig", "subtitle", "small", "pi"):
            for para in b[1].split("\n"):
                parts.append(r"\pard\ql\sa80 " + _rtf_esc(para) + r"\par")
        elif k == "kv":
            for kk, vv in b[1]:
                parts.append(r"\pard\ql\b " + _rtf_esc(str(kk)) + r":\b0  " + _rtf_esc(str(vv)) + r"\par")
        elif k == "bullets":
            for i in b[1]:
                parts.append(r"\pard\ql\li360 - " + _rtf_esc(i) + r"\par")
        elif k == "space":
            parts.append(r"\par")
    parts.append("}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="ascii")


def write_text(path: Path, text: str, crlf: bool = False) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    path.write_bytes(text.encode("utf-8"))


# --------------------------------------------------------------------------------------------
# multimedia
# --------------------------------------------------------------------------------------------

def _rgb_to_yuv420p(im: Image.Image) -> np.ndarray:
    """RGB PIL image -> planar yuv420p array (BT.601 limited range), done in numpy so that the
    encoder input is bit-exact on every run (no swscale)."""
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    H, W = y.shape
    u = u.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    v = v.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    y8 = np.clip(np.round(y), 0, 255).astype(np.uint8)
    u8 = np.clip(np.round(u), 0, 255).astype(np.uint8).reshape(H // 4, W)
    v8 = np.clip(np.round(v), 0, 255).astype(np.uint8).reshape(H // 4, W)
    return np.concatenate([y8, u8, v8], axis=0)


def make_video(path: Path, overlay: list, seconds: float = 4.0, fps: int = 10, size=(320, 240),
               codec: str = "libx264", audio: bool = True, scene: str = "abe", seed: int = 5) -> None:
    """A short playable clip: a simple drawn scene with a burnt-in caption and running clock."""
    W, H = size
    rnd = random.Random(seed)
    out = av.open(str(path), "w", format="mp4")
    vs = out.add_stream(codec, rate=fps)
    vs.width, vs.height = W, H
    vs.pix_fmt = "yuv420p"
    vs.codec_context.thread_count = 1
    if codec == "libx264":
        vs.options = {"threads": "1", "preset": "veryfast", "crf": "30",
                      "x264-params": "threads=1:lookahead-threads=1:sliced-threads=0"}
    else:
        vs.codec_context.bit_rate = 250_000
        vs.options = {"threads": "1"}
    a_s = None
    if audio:
        a_s = out.add_stream("aac", rate=16000)
        a_s.layout = "mono"
        a_s.options = {"threads": "1"}
    f_small = font(11, "mono")
    f_cap = font(12, "sans", True)
    n = int(seconds * fps)
    base_t = overlay[0] if overlay else ""
    for i in range(n):
        if scene == "abe":
            im = Image.new("RGB", (W, H), (92, 104, 118))
            d = ImageDraw.Draw(im)
            d.rectangle([0, H * 0.62, W, H], fill=(70, 78, 66))           # floor
            d.rectangle([W * 0.1, H * 0.45, W * 0.42, H * 0.75], fill=(130, 60, 60))  # sofa
            d.rectangle([W * 0.58, H * 0.45, W * 0.9, H * 0.75], fill=(60, 70, 130))
            sway = int(2 * math.sin(i / 3.0))
            d.ellipse([W * 0.22 + sway, H * 0.25, W * 0.32 + sway, H * 0.40], fill=(210, 180, 160))
            d.rectangle([W * 0.2 + sway, H * 0.40, W * 0.34 + sway, H * 0.62], fill=(40, 40, 40))
            d.ellipse([W * 0.68, H * 0.25, W * 0.78, H * 0.40], fill=(190, 160, 140))
            d.rectangle([W * 0.66, H * 0.40, W * 0.80, H * 0.62], fill=(150, 30, 30))
        elif scene == "cctv":
            im = Image.new("RGB", (W, H), (60, 62, 60))
            d = ImageDraw.Draw(im)
            d.polygon([(0, H), (W * 0.35, H * 0.35), (W * 0.65, H * 0.35), (W, H)], fill=(90, 92, 88))
            x = int(W * 0.2 + i * (W * 0.5 / n))
            d.rectangle([x, H * 0.45, x + 10, H * 0.72], fill=(25, 25, 30))
            d.ellipse([x, H * 0.38, x + 10, H * 0.46], fill=(170, 150, 130))
            x2 = x + 16
            d.rectangle([x2, H * 0.47, x2 + 9, H * 0.72], fill=(200, 200, 210))
            d.ellipse([x2, H * 0.40, x2 + 9, H * 0.48], fill=(180, 150, 130))
            im = im.convert("L").convert("RGB")
            d = ImageDraw.Draw(im)
        else:  # bwv
            im = Image.new("RGB", (W, H), (48, 44, 40))
            d = ImageDraw.Draw(im)
            jig = rnd.randint(-3, 3)
            d.rectangle([W * 0.05, H * 0.2 + jig, W * 0.35, H * 0.95], fill=(120, 100, 80))   # door
            d.rectangle([W * 0.5, H * 0.3 + jig, W * 0.8, H * 0.9], fill=(30, 30, 60))
            d.ellipse([W * 0.57, H * 0.12 + jig, W * 0.73, H * 0.34 + jig], fill=(200, 170, 150))
        d.rectangle([0, 0, W, 16], fill=(0, 0, 0))
        secs = i // fps
        d.text((4, 2), f"{base_t}{secs:02d}", font=f_small, fill=(255, 255, 255))
        y = H - 16 * (len(overlay) - 1) - 4
        for line in overlay[1:]:
            d.rectangle([0, y - 1, W, y + 14], fill=(0, 0, 0))
            d.text((4, y), line, font=f_cap, fill=(255, 255, 160))
            y += 16
        frame = av.VideoFrame.from_ndarray(_rgb_to_yuv420p(im), format="yuv420p")
        frame.pts = i
        frame.time_base = fractions.Fraction(1, fps)
        for pkt in vs.encode(frame):
            out.mux(pkt)
    for pkt in vs.encode():
        out.mux(pkt)
    if a_s is not None:
        sr = 16000
        total = int(seconds * sr)
        t = np.arange(total) / sr
        rng = np.random.default_rng(seed)
        env = 0.5 + 0.5 * np.sin(2 * np.pi * 2.7 * t) ** 2
        sig = (0.08 * np.sin(2 * np.pi * 190 * t) + 0.04 * np.sin(2 * np.pi * 310 * t)) * env
        sig += rng.normal(0, 0.01, total)
        sig = sig.astype(np.float32)
        fs = 1024
        pts = 0
        for k in range(0, total, fs):
            chunk = sig[k:k + fs]
            if len(chunk) < fs:
                chunk = np.pad(chunk, (0, fs - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pts
            pts += fs
            for pkt in a_s.encode(af):
                out.mux(pkt)
        for pkt in a_s.encode():
            out.mux(pkt)
    out.close()


def make_call_wav(path: Path, seconds: float = 5.0, seed: int = 9) -> None:
    """A short mono 8 kHz 'telephone' recording: ring tone, then speech-like bursts."""
    sr = 8000
    n = int(seconds * sr)
    t = np.arange(n) / sr
    rng = np.random.default_rng(seed)
    sig = np.zeros(n)
    ring = (t < 1.2) & ((t % 0.6) < 0.4)
    sig += ring * 0.25 * (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t))
    speech = t >= 1.4
    syll = (np.sin(2 * np.pi * 3.1 * t) > 0.1).astype(float)
    voice = 0.18 * np.sin(2 * np.pi * 160 * t + 2 * np.sin(2 * np.pi * 5 * t)) + 0.08 * np.sin(2 * np.pi * 620 * t)
    sig += speech * syll * voice
    sig += rng.normal(0, 0.01, n)
    pcm = (np.clip(sig, -1, 1) * 32000).astype("<i2").tobytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm)


def make_audio_mp3(path: Path, seconds: float = 4.0, seed: int = 11) -> None:
    sr = 22050
    out = av.open(str(path), "w", format="mp3")
    s = out.add_stream("libmp3lame", rate=sr)
    s.layout = "mono"
    n = int(seconds * sr)
    t = np.arange(n) / sr
    rng = np.random.default_rng(seed)
    syll = (np.sin(2 * np.pi * 2.6 * t) > 0.0).astype(float)
    sig = (0.15 * np.sin(2 * np.pi * 180 * t + 1.5 * np.sin(2 * np.pi * 4 * t)) * syll + rng.normal(0, 0.01, n))
    sig = sig.astype(np.float32)
    fs = 1152
    pts = 0
    for k in range(0, n, fs):
        chunk = sig[k:k + fs]
        if len(chunk) < fs:
            chunk = np.pad(chunk, (0, fs - len(chunk)))
        fmt = s.codec_context.format.name
        arr = chunk.reshape(1, -1)
        if fmt in ("s16p", "s16"):
            arr = (arr * 32000).astype(np.int16)
        elif fmt in ("s32p", "s32"):
            arr = (arr * 2.0e9).astype(np.int32)
        af = av.AudioFrame.from_ndarray(arr, format=fmt, layout="mono")
        af.sample_rate = sr
        af.pts = pts
        pts += fs
        for pkt in s.encode(af):
            out.mux(pkt)
    for pkt in s.encode():
        out.mux(pkt)
    out.close()

# --------------------------------------------------------------------------------------------
# generic case-file documents
# --------------------------------------------------------------------------------------------

LAW_LINES = [
    "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B",
    "(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules 2025, r.16.2)",
    "Criminal Justice Act 1967 s.9  |  Magistrates Courts Act 1980 s.5B  |  CrimPR Pt 16",
]

DECLS = [
    "This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge and "
    "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
    "have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "Declaration: this statement, consisting of {n} pages each signed by me, is true to the best of my "
    "knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable to "
    "prosecution if I have wilfully stated anything in it which I know to be false or do not believe to be true.",
    "I declare that this statement of {n} page(s), each signed by me, is true to the best of my knowledge and "
    "belief, and that I make it knowing that if it is tendered in evidence I shall be liable to prosecution if "
    "I have wilfully stated in it anything which I know to be false or do not believe to be true.",
]


def mg11_blocks(w: dict, n_pages="{n}") -> list:
    """Blocks for an MG11. w: urn, name, age, occ, body (list of str), sig, date, law (int), decl (int),
    title, extra (list of kv), witnessed (str|None), form (str), signed (bool), tail (list of blocks)."""
    title = w.get("title", "WITNESS STATEMENT")
    b = []
    if w.get("form", "MG11") and w.get("form_top", True):
        b.append(("small", w.get("form", "MG11") + ("  " + w["form_extra"] if w.get("form_extra") else "")))
    b.append(("title", title))
    b.append(("subtitle", LAW_LINES[w.get("law", 0)]))
    kv = []
    if w.get("urn_in_kv", True):
        kv.append(("URN", w["urn"]))
    kv += [("Statement of", w["name"]),
           ("Age if under 18", w.get("age", "Over 18")),
           ("Occupation", w.get("occ", ""))]
    kv += w.get("extra", [])
    b.append(("kv", kv, w.get("kvw", (50, 128))))
    decl = DECLS[w.get("decl", 0)].replace("{n}", str(n_pages))
    b.append(("p", decl))
    if w.get("signed", True):
        b.append(("sig", f"{w.get('sig_label', 'Signature')}: {w['sig']}        Date: {w['date']}"))
    else:
        b.append(("sig", f"{w.get('sig_label', 'Signature')}: ..........................................        Date: ....................."))
    if w.get("tick"):
        b.append(("small", w["tick"]))
    b.append(("rule",))
    for para in w["body"]:
        if isinstance(para, tuple):
            b.append(para)
        else:
            b.append(("p", para))
    b.append(("space", 2))
    if w.get("signed", True):
        line = f"{w.get('sig_label', 'Signature')}: {w['sig']}"
        if w.get("witnessed"):
            line += f"\nSignature witnessed by: {w['witnessed']}"
        b.append(("sig", line))
    else:
        line = f"{w.get('sig_label', 'Signature')}: ..........................................."
        if w.get("witnessed"):
            line += f"\nSignature witnessed by: {w['witnessed']}"
        b.append(("sig", line))
    b += w.get("tail", [])
    return b


def mg11_pdf(path: Path, w: dict, style: dict, created: str) -> None:
    pages = render_pdf(path, mg11_blocks(w, "{n}"), style, created, urn=w["urn"], title="MG11 " + w["name"])
    render_pdf(path, mg11_blocks(w, w.get("pages", pages)), style, created, urn=w["urn"], title="MG11 " + w["name"])


def mg11_docx(path: Path, w: dict, created: str, header: str = "", footer: str = "", author: str = "",
              font_name: str = "Arial") -> None:
    render_docx(path, mg11_blocks(w, w.get("pages", 2)), created, header=header, footer=footer,
                author=author, font_name=font_name, title="Witness statement")


def mg11_odt(path: Path, w: dict, created: str, author: str = "") -> None:
    render_odt(path, mg11_blocks(w, w.get("pages", 2)), created, author=author)


def mg11_rtf(path: Path, w: dict, created: str, author: str = "") -> None:
    render_rtf(path, mg11_blocks(w, w.get("pages", 2)), created, author=author)


def blocks_to_lines(blocks: list) -> list:
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(("title", b[1]))
        elif k in ("subtitle", "small"):
            out.append(("small", b[1]))
        elif k == "h":
            out.append(("b", b[1]))
        elif k in ("p", "pi"):
            out.append(("p", b[1]))
        elif k == "kv":
            for kk, vv in b[1]:
                out.append(("p", f"{kk}: {vv}"))
        elif k == "table":
            out.append(("mono", " | ".join(b[1])))
            for row in b[2]:
                out.append(("mono", " | ".join(str(c) for c in row)))
        elif k == "bullets":
            for it in b[1]:
                out.append(("p", "- " + it))
        elif k == "box":
            out.append(("hbox", b[1] + ": " + b[2]))
        elif k == "sig":
            for ln in b[1].split("\n"):
                if ln.lower().startswith(("signature", "signed")) and ":" in ln and "...." not in ln:
                    label = ln.split(":")[0] + ":"
                    out.append(("sigline", label))
                    rest = ln.split(":", 1)[1]
                    who = rest.split("Date:")[0].strip()
                    if who and who not in ("[signed]",):
                        out.append(("small", "(" + who + ")"))
                    if "Date:" in rest:
                        out.append(("p", "Date: " + rest.split("Date:")[1].strip()))
                else:
                    out.append(("p", ln))
        elif k == "rule":
            out.append(("rule", ""))
        elif k == "space":
            out.append(("gap", "6"))
        elif k == "pagebreak":
            out.append(("PAGE", ""))
    return out


def scan_pdf(path: Path, blocks: list, created: str, seed: int = 1, per_page: int = 30,
             kind: str = "serif", size_pt: float = 10.5) -> None:
    """Scan of a document: lines drawn on A4 images, split into pages, image-only PDF."""
    lines = blocks_to_lines(blocks)
    pages, cur, cost = [], [], 0
    for ln in lines:
        if ln[0] == "PAGE":
            pages.append(cur)
            cur, cost = [], 0
            continue
        c = 1 + len(ln[1]) // 95
        if cost + c > per_page and cur:
            pages.append(cur)
            cur, cost = [], 0
        cur.append(ln)
        cost += c
    if cur:
        pages.append(cur)
    imgs = [page_image(p + [("gap", "14"), ("small", f"Page {i + 1} of {len(pages)}")], dpi=200,
                       seed=seed + i, kind=kind, size_pt=size_pt, rotate=(0.4 if i % 2 == 0 else -0.3))
            for i, p in enumerate(pages)]
    image_pdf(path, imgs, created)


def pnc_blocks(urn: str, subj: dict, system: str, printed: str, by: str) -> list:
    """A PNC print of convictions/cautions. subj: name, dob, pncid, cro, convictions (list of rows),
    cautions (list), notes (str)."""
    b = [("mono", f"{system}     PRINTED {printed}  BY {by}"),
         ("title", "PNC PRINT - CONVICTIONS, CAUTIONS AND REPRIMANDS"),
         ("kv", [("Subject", subj["name"]), ("Date of birth", subj["dob"]), ("PNC ID", subj["pncid"]),
                 ("CRO No.", subj.get("cro", "-")), ("Case URN", urn)], (45, 133))]
    if subj["convictions"]:
        b.append(("h", f"CONVICTIONS ({len(subj['convictions'])})"))
        b.append(("table", ["Date", "Court", "Offence(s)", "Disposal"], subj["convictions"], (24, 40, 68, 46)))
    else:
        b.append(("h", "CONVICTIONS"))
        b.append(("p", "NO CONVICTIONS RECORDED"))
    if subj.get("cautions"):
        b.append(("h", "CAUTIONS / REPRIMANDS / WARNINGS"))
        b.append(("table", ["Date", "Force", "Offence", "Type"], subj["cautions"], (24, 40, 68, 46)))
    else:
        b.append(("p", "No cautions, reprimands or warnings recorded."))
    if subj.get("notes"):
        b.append(("h", "Other information"))
        b.append(("p", subj["notes"]))
    b.append(("small", "This print is for the prosecutor. It must not be served on the defence in this form."))
    return b


def witness_pnc_blocks(urn: str, rows: list, heading: str, preface: str, by: str, date: str) -> list:
    b = [("title", heading), ("kv", [("URN", urn), ("Checks carried out by", by), ("Date", date)], (50, 128)),
         ("p", preface),
         ("table", ["Witness", "DOB", "Role in case", "PNC result"], rows, (42, 22, 40, 74))]
    return b


def mg12_blocks(urn: str, case: str, rows: list, by: str, date: str, title: str = "EXHIBIT LIST") -> list:
    return [("small", "MG12"), ("title", title),
            ("kv", [("URN", urn), ("R v", case), ("Compiled by", by), ("Date", date)], (40, 138)),
            ("table", ["Exhibit ref", "Description", "Produced by (statement)", "Where held / status"],
             rows, (22, 70, 44, 42))]


# MG6C / MG6D wording (own words)
MG6C_INTRO = ("The disclosure officer believes that the material listed below, which does not form part of the "
              "prosecution case, is not sensitive. Each item is described so that the prosecutor can decide "
              "whether it should be disclosed.")
MG6D_INTRO = ("The disclosure officer considers that the material listed below is sensitive: disclosing it "
              "would give rise to a real risk of serious prejudice to an important public interest, for the "
              "reason given against each item.")

# ============================================================================================
# Folder 01 - Fenmarsh Constabulary (TIDEWAY). Compliant, charging. ABE complainant,
# flatmate first account (relationship only in the MG3), taxi driver, FME, selective phone
# extraction with DPN, XLSX with MG6C + MG6D sheets, photographed PNB page.
# ============================================================================================

def folder01(root: Path) -> dict:
    name = "b17_01_fenmarsh_tideway"
    d = root / name
    urn = "61FM0442726"
    TW = {"marking_top": "OFFICIAL - SENSITIVE", "head": "TIDEWAY Case Management  |  Fenmarsh Constabulary  |  URN 61FM0442726",
          "foot_left": "TIDEWAY v4.2  printed by 3187 TREGARTHEN", "page_fmt": "Page {n} of {nb}", "h_style": "bar",
          "head_rule": True, "creator": "TIDEWAY CMS 4.2 (PDF export)", "core": True}
    TWS = dict(TW, head="Fenmarsh Constabulary  -  Witness Statement  -  TIDEWAY", h_style="plain",
               foot_left="MG11 (TW) rev 2025-1")

    # ---------------- MG3 ----------------
    mg3 = [
        ("small", "MG3  |  TIDEWAY form PRE-CHG/RASSO/01"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Operation", "HERON"), ("Crime ref", "FM/26/04417"),
                ("Date of report", "01/05/2026"), ("Unit", "Fenmarsh RASSO Investigation Team (Op Harbour hub)")], (45, 133)),
        ("h", "1. Suspect / complainant / offence"),
        ("kv", [("Suspect", "HOLLIS, Dean Anthony  (DOB 22/08/1994)  - 31 yrs"),
                ("Complainant", "Lauren PRYCE (24) - referred to below as LP or 'the IP'"),
                ("Offence(s)", "Rape of a woman 16 or over, s.1 Sexual Offences Act 2003"),
                ("Date / time / place", "Sat 14/03/2026 approx 01:30hrs, suspect's flat, 12 Salter's Yard, Fenmarsh")], (45, 133)),
        ("h", "2. Test sought"),
        ("p", "Full Code Test. A charging decision is requested on the evidence now in the file. The suspect is on "
              "pre-charge bail (see section 12) and is not in custody, so the Threshold Test does not arise."),
        ("h", "3. Early advice"),
        ("p", "Early advice was not sought. Reason: HOLLIS was arrested and interviewed within 48 hrs of the report, "
              "the key witnesses were identified in the first week and the only evidence still awaited is the forensic "
              "result (section 7), which is not expected to be determinative as intercourse is admitted. This was "
              "discussed with DS EVERSLEY on 18/03/2026 and recorded on the TIDEWAY decision log (entry 6)."),
        ("h", "4. Summary of the evidence"),
        ("p", "LP and friends were out in Fenmarsh town centre on the evening of Fri 13/03/2026. At The Anchor Vaults "
              "bar she met HOLLIS, who she knew slightly from the Northgate gym. They kissed at the bar. At about 00:35 "
              "they left together and walked to his flat at Salter's Yard, LP says for a drink and because she was "
              "waiting for a taxi price to come down. In the flat they kissed on the sofa. LP says she told him she did "
              "not want to have sex, pushed his hand away and said 'no, stop' more than once; he held her left wrist, "
              "pulled her leggings down and penetrated her vagina with his penis. She describes freezing. Afterwards she "
              "dressed, booked a Marsh Cars taxi on her phone at 02:47 and left. The taxi driver (Imran SADDIQUE) "
              "collected her at 02:51 and describes her crying and silent. At home her flatmate was awake and LP told "
              "her what had happened within a few minutes of getting in (approx 03:20). The flatmate drove her to "
              "Fenmarsh police station front counter where she reported at 04:20 to PC 2291 OYELARAN."),
        ("p", "Key evidence: LP's ABE interview (SM/1) with summary; first account to her flatmate (statement attached); "
              "initial account to PC OYELARAN (statement + PNB MO/1); taxi driver SADDIQUE; FME Dr KAVANAGH "
              "(2cm bruise inner left thigh, tenderness left wrist); WhatsApp message sent by LP to HOLLIS at 02:58 "
              "'why didnt you stop when i said' (selective extraction OT/2, same message found on his phone OT/3)."),
        ("h", "5. Suspect's account (likely defence)"),
        ("p", "Interviewed 16/03/2026 1510-1602hrs with solicitor Ms Harriet COLE (Coles Defence). Full account given "
              "(ROTI attached). He accepts intercourse but says it was consensual, that LP initiated it, was 'up for "
              "it' and never said no. He says she stayed afterwards for a cup of tea and left happy, and that she sent him "
              "a message later saying 'thanks for tonight x'. Likely defence: consent / reasonable belief in consent."),
        ("p", "The 'thanks for tonight' message is not on either handset (see section 6). He was not re-interviewed "
              "about it: he was asked in the first interview whether he still had the message and said he 'must have "
              "deleted it'; the DFU found no deleted message of that kind either."),
        ("h", "6. Lines of enquiry (including those pointing away from the suspect)"),
        ("bullets", [
            "Message HOLLIS says LP sent ('thanks for tonight x'): WhatsApp thread on both phones examined (his full "
            "download OT/3; her selective extraction OT/2, limited to the thread with him). No such message. Her only "
            "messages that night are 02:58 'why didnt you stop when i said' and 03:06 'dont message me'. His phone "
            "shows both received and read. Complete.",
            "Her friend at the bar, Jess WARDLE, says LP said earlier she 'fancied' Dean and saw them kissing at "
            "about midnight. This may assist the defence and is in the file as a statement (witness). Complete.",
            "Second friend Amira KHAN - spoken to on the phone 18/03 by DC TREGARTHEN: she left at 23:30 before "
            "HOLLIS arrived and saw nothing relevant. No statement taken as she has no relevant evidence; the note of "
            "the call is on the MG6C (item 11).",
            "CCTV - The Anchor Vaults: the manager says the system has not recorded since a fault in Feb 2026 "
            "(DC TREGARTHEN PNB 17/03, MG6C item 8). Salter's Yard has no CCTV. Town centre council cameras do not "
            "cover the route (checked with Fenmarsh DC control room 17/03). Not available.",
            "Taxi in-cab camera (Marsh Cars): requested 17/03, footage overwritten on a 72 hr cycle - email from "
            "the operator 19/03 (MG6C item 9). Not available. Job record IS/1 obtained (booking time 02:47).",
            "House to house at Salter's Yard 17/03 (6 addresses): flat 14 heard a door bang 'about 3am', nothing "
            "else. Neither supports nor undermines. Pro formas on MG6C item 7.",
            "HOLLIS's claim she stayed for a cup of tea: not supported - taxi booked 02:47, message sent 02:58 while "
            "in the taxi. Considered complete.",
            "LP's social media and wider phone content: NOT pursued. There is no suggestion from HOLLIS or anyone "
            "else of relevant contact on other platforms, so examining it would not be a reasonable line of enquiry.",
            "Toxicology: not requested. LP says she had four or five drinks and was not unusually drunk; no "
            "suggestion of spiking. Capacity is not in issue on her account.",
        ]),
        ("h", "7. Outstanding evidence and target dates"),
        ("table", ["Item", "With", "Target date"],
         [["SFR1 - DNA on swabs RK/1-RK/3 compared with HOLLIS reference OT/4", "Fenwick Forensic Services (sub ref FFS-26-1187)", "30/06/2026"]],
         (95, 55, 28)),
        ("p", "Nothing else is outstanding. No further enquiries are planned apart from the above."),
        ("h", "8. Digital material / third party material"),
        ("p", "Complainant's phone: LP agreed to a selective extraction limited to the WhatsApp thread with HOLLIS "
              "(contact 'Dean gym') between 00:00 13/03/2026 and 23:59 16/03/2026. Reason: HOLLIS said in interview "
              "that she messaged him afterwards; the thread is the only place that can prove or disprove that. DPN "
              "signed 20/03/2026 (attached). Extraction done at the kiosk the same day and the handset returned to her "
              "within 2 hours. Nothing outside the parameters was extracted or viewed."),
        ("p", "Suspect's phone (Samsung, OT/1) seized on arrest; logical extraction by the DFU, reviewed for the WhatsApp thread with LP and for 13/03-16/03/2026 (report OT/3)."),
        ("p", "Third party material: none requested. LP is on the waiting list for counselling with Fenmarsh Rape "
              "Crisis; no request has been made for any notes and there is no basis for one."),
        ("h", "9. Forensic and medical"),
        ("p", "FME examination at Lindmoor SARC on 14/03/2026 0930hrs by Dr Ruth KAVANAGH (statement attached). LP "
              "signed consent on 14/03/2026 for the SARC notes and body map to be shared with police and the CPS "
              "(photo of the consent form attached, IMG_4471.jpg). Swabs RK/1-RK/3 submitted 17/03 (MG21 attached). "
              "Result target date 30/06/2026 as above."),
        ("h", "10. Victim and witness care"),
        ("p", "Special measures: MG2 completed 15/03/2026 (attached). LP is eligible as a complainant of a sexual "
              "offence (s.17(4) YJCEA 1999). Sought: ABE as evidence in chief (s.27), pre-recorded cross-examination "
              "under s.28 - LP WANTS s.28 (asked 15/03 and again 28/04), live link from a remote site, screens if she "
              "has to attend. Intermediary: not needed - no communication difficulty, assessed by DC MORCOMBE."),
        ("p", "Needs: anxiety since the offence; prefers contact from a female officer (DC MORCOMBE is her contact) "
              "and by text first. No interpreter. No disability. ISVA: referred 16/03/2026 to Fenmarsh & Wash ISVA "
              "Service, ISVA Gemma LOCK allocated."),
        ("p", "VPS: offered by DC MORCOMBE on 15/03/2026 - LP would like to make one later, after the charging "
              "decision. Re-offered 28/04/2026, same answer. Will be taken before any first hearing."),
        ("h", "11. Disclosure"),
        ("p", "MG6C and MG6D on the attached workbook (two sheets); MG6E attached. Rebuttable presumption material "
              "with the file: CAD incident log, crime report, PC OYELARAN's PNB (first complaint, MO/1), PNC results "
              "for all civilian witnesses (SADDIQUE has a 2017 drink-drive conviction - disclosable). Digital strategy: "
              "as section 8. No DMD has been prepared."),
        ("h", "12. Bail / custody"),
        ("p", "Released on pre-charge bail 16/03/2026 to return 12/06/2026 at Fenmarsh PS. Conditions: (1) not to "
              "contact Lauren PRYCE directly or indirectly, including via social media; (2) not to enter Kingsmead "
              "Road, Fenmarsh. Reason: to prevent interference with the complainant. No breaches reported."),
        ("h", "13. Previous convictions"),
        ("p", "HOLLIS: 1 conviction (2019 common assault, fine) and 1 caution (2016 possession of cannabis) - PNC "
              "print attached. No sexual offending. No bad character application anticipated."),
        ("h", "14. OIC / supervisor"),
        ("kv", [("OIC", "DC 3187 Owen TREGARTHEN"), ("Direct dial", "01632 960418  /  mob 07700 900418"),
                ("Email", "owen.tregarthen@fenmarsh.police.example"),
                ("Disclosure officer", "DC 3187 TREGARTHEN"),
                ("Supervisor review", "DS 1902 Rachel EVERSLEY - reviewed and endorsed 01/05/2026 - 'File complete, "
                                      "proportionate enquiries, submit for FCT.'")], (45, 133)),
    ]
    render_pdf(d / "MG3_HOLLIS_61FM0442726.pdf", mg3, TW, "2026-05-01 11:05", urn=urn, title="MG3")

    # ---------------- ABE recording + summary ----------------
    make_video(d / "VRI_PRYCE_150326.mp4", ["15/03/2026 14:02:", "FENMARSH ABE SUITE 1  - VRI", "Exhibit SM/1  URN 61FM0442726"],
               seconds=4, fps=10, seed=11)
    abe = [
        ("title", "RECORD OF VIDEO RECORDED INTERVIEW (ABE) - INDEX AND SUMMARY"),
        ("kv", [("URN", urn), ("Interviewee", "Lauren PRYCE"), ("Interviewer", "DC 4410 Sian MORCOMBE"),
                ("Monitoring", "DC 3187 Owen TREGARTHEN"), ("Date / place", "15/03/2026, Fenmarsh ABE Suite 1"),
                ("Start / finish", "14:02 - 15:05 (1 hr 03 min)"), ("Exhibit", "SM/1 (master digital file)")], (45, 133)),
        ("h", "Index (time from start of recording)"),
        ("table", ["Time", "Topic", "Summary"], [
            ["00:00-03:40", "Introductions / ground rules", "Explains room, cameras, monitoring officer; LP agrees to tell the truth; no questions about breaks."],
            ["03:40-14:10", "Free narrative", "Night out from about 20:00 with Jess and Amira; Anchor Vaults; Dean (knows him from the gym) came over about 23:45; they kissed at the bar; left together about 00:35; walked to his flat, he said they'd have one drink."],
            ["14:10-27:30", "The flat", "Sofa; kissing; he put his hand up her top, she moved it; he undid her leggings, she said 'no, stop, I don't want to'; he held her left wrist with his hand; pulled leggings and knickers down; penis in vagina 'a couple of minutes'; she froze, looked at the ceiling; he stopped and went to the bathroom."],
            ["27:30-33:00", "Leaving", "Dressed quickly, booked a Marsh Cars taxi in the app; waited at the bottom of the stairs; messaged him from the taxi 'why didnt you stop when i said'."],
            ["33:00-41:20", "After / first account", "Flatmate Chloe was up; LP told her 'he wouldn't stop, I told him no'; Chloe hugged her and said they should go to the police; Chloe drove her to the station."],
            ["41:20-58:40", "Questioning / clarification", "Drinks (4 or 5, vodka and lemonade); no drugs; had not had sex with him before; no messages before that night except gym chat; bruise on thigh noticed at SARC; describes flat layout; he said 'relax' twice."],
            ["58:40-63:00", "Closure", "Anything to add: 'I just want him to know it wasn't OK'. Thanked; next steps explained."],
        ], (24, 38, 116)),
        ("p", "Prepared by DC 4410 MORCOMBE 16/03/2026 from the recording. A full transcript has not been prepared and "
              "will be obtained if a charge is authorised."),
    ]
    render_pdf(d / "ABE index L PRYCE.pdf", abe, dict(TW, h_style="plain"), "2026-03-16 17:40", urn=urn)

    # ---------------- MG11s ----------------
    w_morc = dict(urn=urn, name="Sian MORCOMBE", occ="Police officer - DC 4410", date="16/03/2026",
                  sig="S. Morcombe DC4410 (signed)", law=0, decl=0, body=[
        "I am a Detective Constable with Fenmarsh Constabulary, trained in Achieving Best Evidence (ABE) interviewing "
        "of adult witnesses.",
        "On Sunday 15th March 2026 at 1402 hrs at Fenmarsh ABE suite 1 I began a video recorded interview with Lauren "
        "PRYCE. DC 3187 TREGARTHEN monitored the interview from the adjoining room. The interview finished at 1505 hrs.",
        "The interview was recorded on the suites digital recording system. At the end of the interview I created a "
        "master copy and a working copy. I sealed the master copy and now produce it as exhibit SM/1. The working copy "
        "was used to prepare the index/summary dated 16/03/2026.",
        "Before the interview I prepared an interview plan which is retained with the case papers. During the interview "
        "Lauren did not ask for a break. At the end I explained what would happen next. I also explained special "
        "measures to her and completed an MG2 with her. I offered her the chance to make a victim personal statement; "
        "she said she would rather do it later.",
    ])
    render_docx(d / "Doc1.docx", mg11_blocks(w_morc, 2), "2026-03-16 18:10",
                header="OFFICIAL-SENSITIVE when complete", footer="Fenmarsh Constabulary MG11 (word template)",
                author="smorcombe4410")

    w_ash = dict(urn=urn, name="Chloe ASHDOWN", occ="Dental nurse", date="15/03/2026", sig="[signed]", law=0, decl=0,
                 extra=[("Taken by", "DC 3187 TREGARTHEN at Fenmarsh PS, 1120-1230hrs")], body=[
        "I live at a flat in Kingsmead Road, Fenmarsh with Lauren PRYCE. We have been flatmates for about two years "
        "and we are good friends.",
        "On the evening of Friday 13th March 2026 I stayed in. Lauren went out with her friends Jess and Amira. I was "
        "still up watching TV at around 3.15am when I heard the front door. Lauren came into the living room. She was "
        "crying and her mascara had run. I asked her what was wrong and at first she didnt say anything, she just sat "
        "on the floor by the sofa.",
        "After a few minutes, I think about 3.20am, she said 'I went back to Dean's, from the gym. I told him no and "
        "he wouldn't stop.' I asked her what she meant and she said 'he had sex with me, I kept saying no'. She said "
        "he held her arm. She kept saying she felt stupid for going back there. I told her it wasnt her fault.",
        "I said we should go to the police and she agreed after a while. I drove her to Fenmarsh police station in my "
        "car and we got there just after 4am. I stayed with her at the front counter while she spoke to a police "
        "officer.",
        "I did not know Dean before this. Lauren had mentioned a guy from the gym once before but nothing more than that.",
    ])
    mg11_pdf(d / "MG11_ASHDOWN.pdf", w_ash, TWS, "2026-03-15 12:40")

    w_oye = dict(urn=urn, name="Martin OYELARAN", occ="Police Constable 2291", date="14/03/2026",
                 sig="(Sgd) M. OYELARAN PC 2291", law=0, decl=0, body=[
        "I am a uniformed police constable stationed at Fenmarsh. On Saturday 14th March 2026 I was on duty at the "
        "front counter of Fenmarsh police station.",
        "At 0420 hrs a female I now know to be Lauren PRYCE came to the counter with a female friend, Chloe ASHDOWN. "
        "Lauren was tearful. She said she wanted to report that a man she knew from the gym had raped her. I took "
        "them into the side interview room.",
        "I asked her some brief questions to establish what had happened, what was needed to secure evidence and "
        "whether she was safe. I recorded her answers in my pocket notebook at the time (pages 14 to 17) which I "
        "produce as exhibit MO/1. In summary she told me: 'His name is Dean, he goes to Northgate gym. I went back to "
        "his flat at Salter's Yard after the Anchor. I told him no. He held my wrist and had sex with me. I said stop.' "
        "She said it happened 'about half one'.",
        "Body worn video was not activated as the account was taken in the front counter interview room, which is "
        "force policy for a first report of a sexual offence unless the victim asks for it.",
        "I gave her early evidence advice (not to wash or change if possible) and contacted the Lindmoor SARC who "
        "arranged an appointment for 0930 hrs. I created the incident (CAD 0312 14/03/26) and the crime report. I "
        "handed over to the RASSO team at 0800 hrs.",
    ])
    mg11_pdf(d / "stmt_OYELARAN_2291.pdf", w_oye, TWS, "2026-03-14 08:20")

    w_sad = dict(urn=urn, name="Imran SADDIQUE", occ="Private hire driver (Marsh Cars)", date="18/03/2026",
                 sig="I. Saddique", sig_label="Signed", law=1, decl=1, body=[
        "I am a licensed private hire driver and I work for Marsh Cars in Fenmarsh. I drive a silver Toyota Prius.",
        "In the early hours of Saturday 14th March 2026 I accepted a job through the Marsh Cars app to pick up from "
        "Salter's Yard. The job was booked at 02:47 and I arrived at 02:51. A young white female with long dark hair "
        "came out of the door at the bottom of the flats straight away. She got in the back.",
        "She didn't speak except to confirm the address at Kingsmead Road. She was crying, quietly, most of the way. "
        "She was on her phone typing at one point. I asked if she was ok and she just nodded. She didnt seem very "
        "drunk to me, she was walking normally and her speech was fine when she gave the address.",
        "I dropped her off at 03:14. I have printed the job record from the Marsh Cars system showing the booking "
        "and drop off times, and I produce it as exhibit IS/1.",
        "My cab has an in-cab camera but it records over itself every 3 days. The office told me the police asked for "
        "it on the Tuesday and it had already gone.",
    ])
    render_docx(d / "MG11 SADDIQUE taxi.docx", mg11_blocks(w_sad, 2), "2026-03-18 15:30",
                header="OFFICIAL-SENSITIVE when complete", footer="MG11", author="otregarthen3187")

    w_war = dict(urn=urn, name="Jessica WARDLE", occ="Retail supervisor", date="19/03/2026", sig="J Wardle",
                 sig_label="Signed", law=0, decl=0, body=[
        "I am friends with Lauren PRYCE. We went to school together.",
        "On Friday 13 March 2026 I went out with Lauren and our friend Amira. We met about 8pm. We went to two bars and "
        "ended up at the Anchor Vaults about 10.30pm. Amira went home about 11.30.",
        "Earlier in the evening Lauren said there was a guy at her gym she thought was fit and that she 'kind of "
        "fancied him'. Later, about quarter to twelve, he came in and she said 'that's him'. He came over and bought "
        "us drinks. Lauren and him were chatting and at about midnight I saw them kissing at the bar.",
        "Lauren had had maybe 4 or 5 drinks over the night. She was merry but not falling about or slurring.",
        "At around 12.30 Lauren said she was going to go to his for a bit and would get a taxi home after. I said ok "
        "and to text me when she was home. They left together and she seemed fine, they were laughing. I got a taxi "
        "home at about 1am. I didn't hear from Lauren that night. She rang me on the Saturday afternoon and told me "
        "something had happened but didnt go into detail and I didnt push her.",
    ])
    mg11_odt(d / "WARDLE J statement.odt", w_war, "2026-03-19 16:00", author="otregarthen3187")

    w_kav = dict(urn=urn, name="Dr Ruth KAVANAGH", occ="Forensic Physician (FME), Lindmoor SARC", date="24/03/2026",
                 sig="R Kavanagh (signed)", law=0, decl=0,
                 extra=[("Qualifications", "MB ChB, DFFLM; sexual offence examiner since 2014")], body=[
        "I am a forensic physician working for Lindmoor Sexual Assault Referral Centre.",
        "On 14/03/2026 at 0930 hrs at the SARC I examined Lauren PRYCE (24) with her written consent. Before the "
        "examination she also gave written consent for my notes, the body map and the examination findings to be "
        "shared with the police and the Crown Prosecution Service.",
        "She gave me a brief account: vaginal penile penetration at about 0130 hrs on 14/03/2026 without her consent; "
        "her left wrist was held. She had not washed or changed her underwear.",
        "Findings: (a) a 2 cm x 1.5 cm purple/blue bruise on the inner aspect of the left thigh, about 10 cm above the "
        "knee; (b) tenderness on the inner aspect of the left wrist, no visible bruise; (c) no genital injury seen. "
        "The absence of genital injury neither confirms nor excludes non-consensual intercourse. The thigh bruise is "
        "consistent with a firm grip or pressure; I cannot age it precisely but it is consistent with the last 48 hours.",
        "I took the following samples which I produce: RK/1 high vaginal swab; RK/2 low vaginal swab; RK/3 vulval "
        "swab; RK/4 knickers (worn at the time). I sealed and labelled each item and handed them to DC TREGARTHEN at "
        "1140 hrs. No blood or urine samples were taken as there was no concern about drugs.",
    ])
    mg11_pdf(d / "KAVANAGH FME statement.pdf", w_kav, dict(TWS, head="Lindmoor SARC - statement supplied to Fenmarsh Constabulary"),
             "2026-03-24 10:00")

    w_tre = dict(urn=urn, name="Owen TREGARTHEN", occ="Detective Constable 3187", date="21/03/2026",
                 sig="O. Tregarthen DC 3187 [signed]", law=2, decl=2, body=[
        "I am the officer in the case. On Saturday 14th March 2026 I took over this investigation from the night shift.",
        "At 1140 hrs on 14/03/2026 at Lindmoor SARC I received from Dr KAVANAGH exhibits RK/1, RK/2, RK/3 and RK/4, "
        "sealed. I booked them into the Fenmarsh property store (ref FM-PS-26-2231).",
        "On Monday 16/03/2026 at 1020 hrs I arrested Dean HOLLIS at his home, 12 Salter's Yard. After caution he said "
        "'She wanted it, ask her'. I seized his Samsung Galaxy mobile phone which I produce as OT/1. At Fenmarsh custody "
        "I took a buccal (mouth) swab from him for DNA which I produce as OT/4. I interviewed him with DC MORCOMBE "
        "between 1510 and 1602 hrs; I have prepared the record of that interview.",
        "On 17/03/2026 I visited The Anchor Vaults and spoke with the manager who told me the CCTV system has not "
        "recorded since February; I recorded this in my PNB. I also requested the in-cab footage from Marsh Cars.",
        "On 20/03/2026 I explained to Lauren PRYCE why we wanted to look at the WhatsApp messages between her and "
        "HOLLIS only, and between which dates. She read and signed a Digital Processing Notice. The extraction was done "
        "on the kiosk at Fenmarsh by DMI Kerry FOSTER and limited to that thread and those dates. I produce the "
        "extraction report as OT/2. Her phone was given back to her at 1310 hrs the same day.",
        "The Digital Forensic Unit carried out a logical download of OT/1; I produce the report of the relevant "
        "WhatsApp thread as OT/3.",
    ])
    render_docx(d / "OIC statement TREGARTHEN.docx", mg11_blocks(w_tre, 2), "2026-03-21 17:15",
                header="OFFICIAL-SENSITIVE when complete", footer="MG11  |  TIDEWAY attachment",
                author="otregarthen3187", font_name="Calibri")

    # ---------------- PNB photo (first complaint record) ----------------
    phone_photo(d / "IMG_2231.jpg", [
        ("b", "14/03/26   0420   Fenmarsh PS front counter          p.14"),
        ("p", "F attends with friend (Chloe ASHDOWN). Lauren PRYCE 24yrs. Upset, crying."),
        ("p", "Q what's happened  A 'His name is Dean, he goes to Northgate gym. I went back to his flat at Salters Yard after the Anchor. I told him no. He held my wrist and had sex with me. I said stop.'"),
        ("p", "Q when  A 'about half one'"),
        ("p", "Q injuries  A 'my wrist hurts'"),
        ("p", "EE advice given - not to wash. SARC called 0435, appt 0930."),
        ("p", "CAD 0312. Crime rpt raised. HO to RASSO 0800."),
        ("p", "M OYELARAN PC2291  14/03/26 0455"),
        ("b", "Exhibit MO/1"),
    ], seed=21, angle=-3.2, size=(900, 1350), kind="sans", size_pt=12, page_in=(4.2, 6.3), ruled=True)

    # ---------------- SARC consent photo ----------------
    phone_photo(d / "IMG_4471.jpg", [
        ("title", "Lindmoor SARC"),
        ("b", "CONSENT TO SHARE INFORMATION WITH POLICE AND CPS"),
        ("p", "Client: Lauren PRYCE     Ref: LS-26-0318     Date: 14/03/2026"),
        ("p", "I agree that the forensic physician's notes, body map and findings from my examination today may be "
              "given to the police and the Crown Prosecution Service for the investigation and any prosecution."),
        ("p", "[X] Yes    [ ] No"),
        ("sigline", "Signed (client):"),
        ("sigline", "Witnessed (FME): Dr R Kavanagh"),
    ], seed=22, angle=2.1, size=(1100, 1500), size_pt=11, page_in=(8.27, 11.0))

    # ---------------- ROTI ----------------
    roti = [
        ("title", "RECORD OF TAPED INTERVIEW (ROTI)"),
        ("kv", [("URN", urn), ("Person interviewed", "Dean Anthony HOLLIS"), ("Place", "Fenmarsh custody, interview room 3"),
                ("Date / times", "16/03/2026  1510 - 1602 hrs"), ("Interviewing officers", "DC 3187 TREGARTHEN, DC 4410 MORCOMBE"),
                ("Others present", "Ms Harriet COLE, solicitor, Coles Defence"), ("Recording ref", "FM-DIR-26-0916")], (50, 128)),
        ("table", ["Time", "Speaker", "Summary / direct quotes"], [
            ["00:00", "DC T", "Introductions, caution, rights; solicitor confirms she has had disclosure and advised client."],
            ["01:40", "HOLLIS", "Agrees to answer questions. Knows Lauren 'a bit' from Northgate gym, 'talked a few times'."],
            ["04:15", "HOLLIS", "Met her in the Anchor; bought drinks for her and her mate; 'she was all over me'; they kissed."],
            ["08:30", "HOLLIS", "She suggested going back to his; walked there about 12.40."],
            ["12:05", "HOLLIS", "On sofa they kissed; 'she took her own leggings off'; they had sex; she never said no or stop; 'she was into it'."],
            ["18:50", "DC T", "Puts her account: said no, stop, wrist held. HOLLIS: 'That's a lie. I never held her wrist.'"],
            ["22:10", "HOLLIS", "Afterwards she had a cup of tea, 'we were chatting', she left about three; she messaged him 'thanks for tonight x'."],
            ["25:30", "DC T", "Asks to see the message. HOLLIS: 'I must have deleted it, I delete chats.' Consents to phone being examined? 'It's been seized anyway.'"],
            ["31:00", "DC M", "Asks about her message 'why didnt you stop when i said'. HOLLIS: 'She was drunk, she was being dramatic, I didn't reply.'"],
            ["39:40", "DC M", "Asks about bruise on thigh. HOLLIS: 'Could be from anything, it was a bit rough but she liked it.'"],
            ["46:20", "HOLLIS", "Denies rape. 'Everything was consensual. She's embarrassed because her mates saw us.'"],
            ["51:30", "DC T", "Closing; nothing to add. Solicitor: no further representations."],
        ], (18, 22, 138)),
        ("p", "Summary prepared by DC 3187 TREGARTHEN on 17/03/2026. Original recording retained; copy available on request."),
    ]
    render_pdf(d / "ROTI HOLLIS 160326.pdf", roti, dict(TW, h_style="plain"), "2026-03-17 09:20", urn=urn)

    # ---------------- PNC ----------------
    render_pdf(d / "PNC_HOLLIS.pdf", pnc_blocks(urn, dict(
        name="HOLLIS, Dean Anthony", dob="22/08/1994", pncid="14/338127J", cro="088412/14A",
        convictions=[["11/07/2019", "Fenmarsh MC", "Assault by beating (common assault), CJA 1988 s.39", "Fine £200, costs £85"]],
        cautions=[["03/05/2016", "Fenmarsh Constab.", "Possess cannabis (Class B)", "Simple caution"]],
        notes="No warning signals. Not on the sex offenders register."), "PNC/PHOENIX PRINT", "16/03/2026 1122", "3187"),
        dict(TW, h_style="plain", head="PNC print - restricted"), "2026-03-16 11:22", urn=urn)
    render_pdf(d / "witness PNC checks.pdf", witness_pnc_blocks(urn, [
        ["Lauren PRYCE", "05/10/2001", "Complainant", "No trace"],
        ["Chloe ASHDOWN", "17/06/2000", "First account (flatmate)", "No trace"],
        ["Jessica WARDLE", "12/02/2001", "Witness (friend at bar)", "No trace"],
        ["Imran SADDIQUE", "29/01/1988", "Witness (taxi driver)", "1 conviction: 14/02/2017 Fenmarsh MC, drive with excess alcohol - fined £400, disqualified 14 months. Disclosable: sent with file."],
        ["Dr Ruth KAVANAGH", "-", "Expert (FME)", "Not checked - professional witness"],
    ], "PROSECUTION WITNESS PNC CHECKS", "PNC checks were completed on every civilian prosecution witness. Results:",
        "DC 3187 TREGARTHEN", "23/03/2026"), dict(TW, h_style="plain"), "2026-03-23 14:00", urn=urn)

    # ---------------- schedules (one workbook, two sheets) ----------------
    c_rows = [
        [1, "CAD incident log 0312 of 14/03/2026 - front counter report by LP, times 0420-0805", "TIDEWAY / copy with file", "Y - record of first complaint", "Copy with file"],
        [2, "Crime report FM/26/04417 created 14/03/2026 by PC 2291 OYELARAN, incl. updates to 30/04", "TIDEWAY / copy with file", "Y - first description and complaint", "Copy with file"],
        [3, "PC 2291 OYELARAN PNB pp14-17, initial account of LP at front counter 14/03/2026 (also exhibit MO/1)", "Exhibit store", "Y - first complaint", "Copy with file (IMG_2231)"],
        [4, "ABE interview plan for LP, prepared by DC MORCOMBE 15/03/2026", "RASSO file", "N", "Available"],
        [5, "SARC referral form Lindmoor SARC, 14/03/2026 0435 (appointment details only)", "RASSO file", "N", "Available"],
        [6, "Custody record HOLLIS 16/03/2026 FM-CUS-26-1120", "Custody system", "N", "Available"],
        [7, "House to house pro formas x6, Salter's Yard, 17/03/2026 (flat 14 heard door bang approx 3am)", "RASSO file", "N", "Available"],
        [8, "DC TREGARTHEN PNB 17/03/2026 - Anchor Vaults manager says CCTV not recording since Feb 2026", "RASSO file", "N", "Available"],
        [9, "Email Marsh Cars operations manager to DC TREGARTHEN 19/03/2026 - in-cab footage overwritten (72 hr cycle)", "TIDEWAY attachments", "N", "Available"],
        [10, "DFU logical extraction report of HOLLIS phone OT/1, reviewed 13-16/03/2026 (relevant thread exhibited as OT/3)", "DFU / RASSO file", "N", "Available"],
        [11, "Note of phone call DC TREGARTHEN / Amira KHAN 18/03/2026 - left bar 23:30, saw nothing relevant", "TIDEWAY note", "N", "Available"],
        [12, "Fenmarsh DC control room email 17/03/2026 - no council camera covers Anchor Vaults to Salter's Yard route", "TIDEWAY attachments", "N", "Available"],
        [13, "PNC checks on civilian witnesses 23/03/2026 (SADDIQUE 2017 drink drive)", "RASSO file", "Y - witness previous conviction", "Copy with file"],
        [14, "Fenwick Forensic Services submission acknowledgement 17/03/2026 (FFS-26-1187)", "RASSO file", "N", "Available"],
    ]
    d_rows = [
        [1, "Lindmoor SARC medical notes and body map for LP, 14/03/2026", "Medical confidentiality; LP consented to CPS viewing (consent 14/03/2026). Contents summarised in Dr KAVANAGH's statement.", "Available to CPS on request"],
        [2, "ISVA referral form to Fenmarsh & Wash ISVA Service, 16/03/2026", "Personal support information about the complainant", "Not disclosable"],
        [3, "MG11 rear pages (contact details, dates to avoid) for LP, ASHDOWN, WARDLE, SADDIQUE", "Personal data of witnesses (home addresses, phone numbers)", "Not disclosable"],
    ]
    render_xlsx(d / "unused schedules.xlsx", [
        ("MG6C", ["MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN {urn}   R v HOLLIS", MG6C_INTRO,
                  "Disclosure officer: DC 3187 TREGARTHEN   Date: 30/04/2026   Page 1 of 1"],
         ["Item", "Description and relevant date", "Location", "Meets disclosure test? (prosecutor to confirm)", "Comment"], c_rows,
         [6, 70, 24, 26, 22]),
        ("MG6D", ["MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL", f"URN {urn}   R v HOLLIS", MG6D_INTRO,
                  "Disclosure officer: DC 3187 TREGARTHEN   Date: 30/04/2026"],
         ["Item", "Description", "Reason for sensitivity", "Prosecutor's comment / status"], d_rows, [6, 60, 60, 30]),
    ], "2026-04-30 16:00", author="otregarthen3187")

    render_docx(d / "MG6E.docx", [
        ("small", "MG6E"), ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("kv", [("URN", urn), ("R v", "Dean Anthony HOLLIS"), ("Disclosure officer", "DC 3187 Owen TREGARTHEN"), ("Date", "30/04/2026")]),
        ("h", "Material which may undermine the prosecution case or assist the defence"),
        ("bullets", [
            "Statement of Jessica WARDLE (in the evidence bundle): LP said she fancied HOLLIS; they kissed at the bar; "
            "left together laughing. Assists the defence on the background; served as evidence.",
            "PNC conviction of Imran SADDIQUE (2017 drink drive) - goes to the credit of a prosecution witness. Copy "
            "with file (witness PNC checks).",
            "MG6C item 7 (house to house) - neutral; item 11 (Amira KHAN) - neutral.",
        ]),
        ("h", "Certification"),
        ("p", "To the best of my knowledge and belief all relevant material has been retained and recorded on the "
              "MG6C/MG6D and made available to the prosecutor. The digital material was reviewed as set out in the MG3 "
              "(complainant: selective extraction only; suspect: logical extraction reviewed by date range, keyword and the "
              "thread with LP)."),
        ("sig", "Signed: O Tregarthen DC3187     Date: 30/04/2026"),
    ], "2026-04-30 16:30", header="OFFICIAL-SENSITIVE", author="otregarthen3187")

    # ---------------- CAD log (.txt) ----------------
    write_text(d / "CAD 0312 140326.txt", f"""FENMARSH CONSTABULARY - COMMAND AND CONTROL - INCIDENT PRINT
INCIDENT: 0312  14/03/2026      OPENED 04:22:51   CLOSED 08:06:10
URN: {urn}        CRIME: FM/26/04417
CLASS: SEXUAL OFFENCE - RAPE (REPORTED)   GRADE: P (PRIORITY)   SOURCE: FRONT COUNTER
LOCATION: FENMARSH POLICE STATION, STATION ROAD  (OFFENCE LOC: 12 SALTERS YARD, FENMARSH)
------------------------------------------------------------------------------------------
04:22:51  2291  FC: FEMALE ATTENDS WITH FRIEND. REPORTS RAPE BY MALE KNOWN AS DEAN FROM NORTHGATE GYM
                AT HIS FLAT SALTERS YARD APPROX 0130 TODAY. IP CALM BUT TEARFUL. IN SIDE ROOM.
04:25:10  2291  IP DETAILS: LAUREN PRYCE 24YRS. FRIEND CHLOE ASHDOWN PRESENT (FLATMATE).
04:31:40  2291  BRIEF ACCT IN PNB P14-17. 'I TOLD HIM NO. HE HELD MY WRIST AND HAD SEX WITH ME'.
04:35:02  2291  LINDMOOR SARC CONTACTED. FME APPT 0930 TODAY 14/03.
04:36:44  CTRL  DS 1902 INFORMED. RASSO TEAM TO PICK UP 0800.
04:52:19  2291  EE ADVICE GIVEN. IP HAS NOT WASHED. WILL KEEP CLOTHING IN BAG.
05:10:03  CTRL  SUSP NOT YET IDENTIFIED FULLY - 'DEAN' APPROX 30YRS, SALTERS YARD. NO ARREST TONIGHT PER DS.
05:44:30  2291  IP AND FRIEND TAKEN HOME. RISK ASSESSED MEDIUM. IP HAS NO CONTACT NEEDS TONIGHT.
08:05:55  3187  RASSO (DC TREGARTHEN) ACCEPTS. OIC ALLOCATED.
08:06:10  CTRL  CLOSED - CRIME RECORDED FM/26/04417
------------------------------------------------------------------------------------------
END OF PRINT  - printed 30/04/2026 15:12 by 3187
""", crlf=True)

    render_pdf(d / "crime report FM-26-04417.pdf", [
        ("title", "CRIME REPORT  FM/26/04417"),
        ("kv", [("URN", urn), ("Classification", "Rape of female 16+ (HOCR 19C)"), ("Reported", "14/03/2026 04:20 - front counter"),
                ("Committed", "14/03/2026 approx 01:30"), ("Location", "12 Salter's Yard, Fenmarsh"),
                ("Victim", "PRYCE, Lauren (F, 24)"), ("Suspect", "HOLLIS, Dean Anthony (M, 31) - arrested 16/03/2026"),
                ("OIC", "DC 3187 TREGARTHEN"), ("Status", "Under investigation - file to CPS 01/05/2026")], (45, 133)),
        ("h", "MO / summary"),
        ("p", "IP met suspect (gym acquaintance) in Anchor Vaults bar. Walked to his flat. Suspect had vaginal intercourse "
              "with IP on sofa despite her saying no and stop; held her wrist. IP left by taxi and told flatmate. "
              "Reported to front counter 0420."),
        ("h", "Victim details recorded"),
        ("p", "Gender: female. Age 24. Ethnicity (self-defined): White British. Disability: none declared. "
              "Victims' Code: enhanced entitlements (sexual offence). Contact preference: text then call, female officer."),
        ("h", "Updates"),
        ("table", ["Date", "By", "Update"], [
            ["14/03/2026", "2291", "Crime created. SARC booked. Handed to RASSO."],
            ["14/03/2026", "3187", "SARC attended 0930 (Dr KAVANAGH). Exhibits RK/1-RK/4 received."],
            ["15/03/2026", "4410", "ABE completed. MG2 done. VPS offered - later."],
            ["16/03/2026", "3187", "Suspect arrested, interviewed, bailed with conditions to 12/06/2026."],
            ["16/03/2026", "3187", "ISVA referral made (Fenmarsh & Wash)."],
            ["20/03/2026", "3187", "DPN signed - WhatsApp thread with suspect only 13/03-16/03. Extraction done, phone returned."],
            ["28/04/2026", "4410", "Victim update. s.28 confirmed wanted. VPS still to be made later."],
            ["01/05/2026", "3187", "File submitted for FCT charging decision."],
        ], (24, 14, 140)),
    ], dict(TW, h_style="plain"), "2026-04-30 15:20", urn=urn)

    render_docx(d / "MG12 exhibits.docx", mg12_blocks(urn, "HOLLIS", [
        ["MO/1", "PNB of PC 2291 OYELARAN pp14-17 (initial account, 14/03/2026)", "PC OYELARAN", "Exhibit store; copy in file"],
        ["SM/1", "Master recording of ABE interview of Lauren PRYCE 15/03/2026", "DC MORCOMBE", "Sealed; working copy supplied"],
        ["RK/1", "High vaginal swab", "Dr KAVANAGH", "Submitted FFS 17/03/2026"],
        ["RK/2", "Low vaginal swab", "Dr KAVANAGH", "Submitted FFS 17/03/2026"],
        ["RK/3", "Vulval swab", "Dr KAVANAGH", "Submitted FFS 17/03/2026"],
        ["RK/4", "Knickers worn by LP", "Dr KAVANAGH", "Property store - not submitted"],
        ["OT/1", "Samsung Galaxy phone of HOLLIS", "DC TREGARTHEN", "DFU"],
        ["OT/2", "Selective extraction report - LP phone, WhatsApp thread with HOLLIS 13-16/03/2026", "DC TREGARTHEN", "In file"],
        ["OT/3", "DFU report - WhatsApp thread with LP from HOLLIS phone", "DC TREGARTHEN", "In file"],
        ["OT/4", "Buccal swab HOLLIS (reference DNA)", "DC TREGARTHEN", "Submitted FFS 17/03/2026"],
        ["IS/1", "Marsh Cars job record 14/03/2026 02:47 booking", "Imran SADDIQUE", "In file (with statement)"],
    ], "DC 3187 TREGARTHEN", "30/04/2026"), "2026-04-30 16:40", header="OFFICIAL", author="otregarthen3187")

    render_pdf(d / "DPN PRYCE.pdf", [
        ("title", "DIGITAL PROCESSING NOTICE (VICTIMS AND WITNESSES)"),
        ("subtitle", "Extraction of information from a device with the user's agreement - Police, Crime, Sentencing and Courts Act 2022, s.37"),
        ("kv", [("URN", urn), ("Device user", "Lauren PRYCE"), ("Device", "Apple iPhone 13, black case"),
                ("Officer", "DC 3187 TREGARTHEN"), ("Date", "20/03/2026")], (45, 133)),
        ("h", "Why we are asking"),
        ("p", "The man you have reported says you sent him a message after you left his flat. The WhatsApp messages "
              "between you and him are the only way to check this. We are not looking for anything else."),
        ("h", "What will be extracted (parameters)"),
        ("bullets", ["Application: WhatsApp only", "Conversation: the one-to-one chat with contact 'Dean gym' only",
                     "Date range: 00:00 13/03/2026 to 23:59 16/03/2026",
                     "Not extracted: photos, other chats, social media, internet history, location data, other apps"]),
        ("h", "How it will be done and what happens to it"),
        ("p", "A selective extraction on the Fenmarsh kiosk while you wait; your phone will be returned the same day. "
              "Only the chat within the dates above will be kept; it will be stored on the police digital evidence "
              "system and may be shown to the CPS and, if the case goes to court, to the defence. Anything not relevant "
              "will not be used. You can withdraw your agreement before the extraction starts."),
        ("h", "Agreement"),
        ("p", "I have read (or had read to me) this notice, I understand it and I agree to the extraction described."),
        ("sig", "Signed: L. Pryce [signed]     Date: 20/03/2026  11:05\nOfficer: O. Tregarthen DC3187 [signed]"),
    ], dict(TW, h_style="plain"), "2026-03-20 11:05", urn=urn)

    render_pdf(d / "extraction report OT2.pdf", [
        ("title", "SELECTIVE EXTRACTION REPORT - EXHIBIT OT/2"),
        ("kv", [("URN", urn), ("Device", "Apple iPhone 13 (user: Lauren PRYCE)"), ("Examiner", "DMI Kerry FOSTER, Fenmarsh DFU kiosk 2"),
                ("Authority", "DPN signed 20/03/2026"), ("Parameters", "WhatsApp one-to-one chat 'Dean gym'; 13/03/2026 00:00 - 16/03/2026 23:59"),
                ("Extraction", "20/03/2026 11:20-11:58, selective (chat only)")], (45, 133)),
        ("table", ["Date/time", "Direction", "Message"], [
            ["13/03/2026 18:02", "In", "u out tonight?"],
            ["13/03/2026 18:40", "Out", "maybe anchor later with the girls"],
            ["14/03/2026 02:58", "Out", "why didnt you stop when i said"],
            ["14/03/2026 03:06", "Out", "dont message me"],
            ["14/03/2026 09:12", "In", "??? wtf you on about"],
        ], (36, 20, 122)),
        ("p", "5 messages within the parameters. No other data extracted. Kiosk hash log retained on the DFU system."),
    ], dict(TW, h_style="plain"), "2026-03-20 12:10", urn=urn)

    render_pdf(d / "DFU report OT3.pdf", [
        ("title", "DIGITAL FORENSIC UNIT - REPORT OF RELEVANT DATA - EXHIBIT OT/3"),
        ("kv", [("URN", urn), ("Device", "Samsung Galaxy S22 (OT/1), seized from HOLLIS 16/03/2026"),
                ("Examination", "Logical extraction 18/03/2026; review limited to 13-16/03/2026, the WhatsApp thread with LP and keyword 'Lauren'"),
                ("Examiner", "DFU technician A. BRAITHWAITE")], (45, 133)),
        ("table", ["Date/time", "Direction", "Message"], [
            ["13/03/2026 18:02", "Out", "u out tonight?"],
            ["13/03/2026 18:40", "In", "maybe anchor later with the girls"],
            ["14/03/2026 02:58", "In (read 03:01)", "why didnt you stop when i said"],
            ["14/03/2026 03:06", "In (read 03:07)", "dont message me"],
            ["14/03/2026 09:12", "Out", "??? wtf you on about"],
        ], (36, 26, 116)),
        ("p", "No message reading 'thanks for tonight' or similar found in the thread or in deleted-message artefacts recovered."),
    ], dict(TW, h_style="plain"), "2026-03-24 09:00", urn=urn)

    render_pdf(d / "MG21 submission 170326.pdf", [
        ("small", "MG21"), ("title", "SUBMISSION OF WORK FOR SCIENTIFIC EXAMINATION"),
        ("kv", [("URN", urn), ("Lab", "Fenwick Forensic Services - ref FFS-26-1187"), ("Submitted", "17/03/2026 by DC 3187 TREGARTHEN"),
                ("Items", "RK/1, RK/2, RK/3 (swabs from complainant); OT/4 (reference buccal swab HOLLIS)"),
                ("Request", "Screen RK/1-RK/3 for semen; DNA profile and compare with OT/4."),
                ("Case context", "Intercourse admitted - consent in issue. Submission kept to confirming identity only; RK/4 not submitted."),
                ("Turnaround agreed", "Standard - SFR1 by 30/06/2026")], (45, 133)),
    ], dict(TW, h_style="plain"), "2026-03-17 13:00", urn=urn)

    render_docx(d / "MG2 special measures.docx", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", urn), ("Witness", "Lauren PRYCE"), ("Completed by", "DC 4410 MORCOMBE"), ("Date", "15/03/2026")]),
        ("h", "Eligibility"),
        ("p", "Complainant of a sexual offence - eligible for assistance as an intimidated witness (s.17(4) YJCEA 1999). "
              "Not under 18. No mental disorder, learning disability or physical disability identified."),
        ("h", "Measures sought and witness's views"),
        ("table", ["Measure", "Sought?", "Witness's view"], [
            ["Video recorded evidence in chief (s.27)", "Yes", "Agrees - ABE done 15/03"],
            ["Pre-recorded cross-examination (s.28)", "Yes", "Wants s.28 - explained 15/03 and 28/04"],
            ["Live link (s.24)", "Yes", "Prefers remote live link site"],
            ["Screens (s.23)", "Yes (if attends)", "Agrees"],
            ["Removal of wigs and gowns (s.26)", "No", "Not bothered"],
            ["Intermediary (s.29)", "No", "Not needed - communicates well"],
        ]),
        ("h", "Other needs"),
        ("p", "Anxiety - wants a supporter (ISVA Gemma LOCK) with her. No interpreter. Contact by text first."),
        ("sig", "Signed: S Morcombe DC 4410   15/03/2026"),
    ], "2026-03-15 16:00", header="OFFICIAL-SENSITIVE", author="smorcombe4410")

    docs = [
        {"name": "MG3_HOLLIS_61FM0442726.pdf", "type": "MG3"},
        {"name": "VRI_PRYCE_150326.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE index L PRYCE.pdf", "type": "ABE_SUMMARY"},
        {"name": "Doc1.docx", "type": "MG11", "role": "officer"},
        {"name": "MG11_ASHDOWN.pdf", "type": "MG11", "role": "first_account"},
        {"name": "stmt_OYELARAN_2291.pdf", "type": "MG11", "role": "officer"},
        {"name": "MG11 SADDIQUE taxi.docx", "type": "MG11", "role": "witness"},
        {"name": "WARDLE J statement.odt", "type": "MG11", "role": "witness"},
        {"name": "KAVANAGH FME statement.pdf", "type": "MG11", "role": "expert"},
        {"name": "OIC statement TREGARTHEN.docx", "type": "MG11", "role": "officer"},
        {"name": "ROTI HOLLIS 160326.pdf", "type": "ROTI"},
        {"name": "PNC_HOLLIS.pdf", "type": "PNC"},
        {"name": "witness PNC checks.pdf", "type": "PNC"},
        {"name": "unused schedules.xlsx", "type": ["MG6C", "MG6D"]},
        {"name": "MG6E.docx", "type": "MG6E"},
        {"name": "CAD 0312 140326.txt", "type": "INCIDENT_LOG"},
        {"name": "crime report FM-26-04417.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 exhibits.docx", "type": "MG12"},
        {"name": "DPN PRYCE.pdf", "type": "DPN"},
        {"name": "extraction report OT2.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "DFU report OT3.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "MG21 submission 170326.pdf", "type": "FORENSIC"},
        {"name": "MG2 special measures.docx", "type": "MG2"},
        {"name": "IMG_4471.jpg", "type": ["MEDICAL", "OTHER"]},
    ]
    return {"case": name, "stage": "charging", "exit": 0,
            "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6E",
                              "INCIDENT_LOG", "CRIME_REPORT", "MG12", "DPN", "DIGITAL_EXTRACT", "FORENSIC", "MG2"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                              "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                              "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 02 - Northmoor Police (CRIMSON). Compliant, charging. Written complainant MG11 split
# over a continuation sheet in a second file; ex-partner as first account (relationship only in
# the MG3); call handler + 999 audio; BWV; GP record request with written notice; early advice
# record; MG3 as a table with labels in the left column; MG6C table running over pages.
# ============================================================================================

def folder02(root: Path) -> dict:
    name = "b17_02_northmoor_crimson"
    d = root / name
    urn = "73NM0118526"
    CR = {"core": True, "family": "DVS", "marking_bottom": "OFFICIAL-SENSITIVE when complete",
          "head": "NORTHMOOR POLICE  \u2022  CRIMSON Records  \u2022  " + urn, "head_align": "R",
          "foot_left": "CRIMSON/RPT rev 7", "page_fmt": "pg {n}", "h_style": "underline", "size": 10.5,
          "creator": "CRIMSON Reports Server"}

    mg3 = [
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("subtitle", "Northmoor Police - Public Protection (RASSO)  -  submitted via CRIMSON 05/05/2026"),
        ("kv", [
            ("URN", urn),
            ("Suspect", "Craig Lee DUNMORE, b. 04/11/1992 (33)"),
            ("Victim", "Megan TURVEY (29)"),
            ("Offences", "1. Assault by penetration, s.2 Sexual Offences Act 2003\n2. Sexual assault, s.3 SOA 2003 (touching breast over clothing)"),
            ("When / where", "Sat 07/02/2026 between approx 2320 and 2335 hrs, suspect's grey Ford Focus parked in the lay-by on Brackley Lane (B6420), Long Brackley"),
            ("Decision sought", "FULL CODE TEST - all evidence obtained, no outstanding enquiries."),
            ("Early advice", "Sought. Early advice given by CPS RASSO lawyer Daniel OKONJO on 25/02/2026 (record attached). Each point has been actioned: SFR obtained; GP consultation record obtained after written notice to MT; suspect phone reviewed; PNCs on witnesses done."),
        ], (42, 136)),
        ("h", "Summary of circumstances"),
        ("kv", [
            ("What happened", "MT and DUNMORE were guests at a christening party at The Wheatsheaf, Long Brackley. They know each other through the hosts. About 2305 he offered her a lift home (he was not drinking). He pulled into the lay-by on Brackley Lane saying he had to take a call. MT accepts that he kissed her once and she let him, then pulled away. He then touched her breast over her top, put his hand up her skirt and inside her underwear and penetrated her vagina with his fingers, holding the back of her neck with his other hand, while she said 'no, get off'. She opened the door and got out at approx 2335 and walked to the bus shelter at Brackley Cross."),
            ("First account", "At 2341 she phoned her ex-partner (the father of her son, who had the child that night) and told him what DUNMORE had done; he told her to ring the police. She rang 999 at 2352. The call handler's statement and the recording (JE/1) are in the file."),
            ("Police attendance", "PC 1488 FAIRCLOUGH found her at the bus shelter at 0014 on 08/02. Her initial account is on his body worn video (DF/1, in the file) and in his statement."),
            ("Complainant's evidence", "Written MG11 dated 09/02/2026 (5 pages: pages 1-3 and a continuation sheet pages 4-5 in a separate file). She was offered a video recorded interview but chose a written statement - she did not want to be filmed. So no ABE in this case."),
            ("Forensic / medical", "SARC (The Willows, Northmoor) 08/02/2026 1000hrs, FME Dr Alan PRIESTLEY: no injuries. MT signed consent at the SARC on 08/02/2026 for the FME notes to be released to police and CPS. SFR1 dated 20/04/2026: a male DNA profile on the low vaginal swab (AP/1) matches DUNMORE's reference sample (PN/3). Complete - nothing awaited."),
            ("Suspect's account", "Interviewed 08/02/2026 (MG15 attached) with duty solicitor. Accepts the lift and a kiss, says she kissed him back; says he put his hand on her thigh, she said she wanted to go home 'and just got out and stormed off'. DENIES touching her breast or putting his hand in her underwear or any penetration. Defence: denial of the sexual touching (not consent). The SFR result has not been put to him; a further interview is not thought necessary but can be arranged if the CPS wants it."),
        ], (42, 136)),
        ("h", "Reasonable lines of enquiry"),
        ("kv", [
            ("Pointing away / supporting suspect", "(a) His account that he stopped to take a call: his phone (PN/1, report PN/2) shows an incoming call from 'Jay' (his brother) at 2316, 48 seconds. Supports that part of his account; disclosed on MG6C item 14. (b) Party host Laura BIRCHALL says MT and DUNMORE 'got on well' during the evening and MT was tipsy. Statement taken and served. (c) His message to a mutual friend next morning ('we had a kiss that's it') is his early explanation - with the file (PN/2)."),
            ("CCTV / ANPR", "No CCTV on Brackley Lane or at the bus shelter (checked 08/02 by PC FAIRCLOUGH and DC NAIR). ANPR: the Focus passed the Long Brackley roundabout camera northbound at 2309 - consistent with both accounts. Nothing more to do."),
            ("Complainant's phone", "Not examined. She did not want her phone examined and it has not been; there is no reasonable line of enquiry that needs it - the call to her ex-partner and the 999 call are proved by his evidence and by the force control recording."),
            ("Third party material", "GP record: MT told DC NAIR she had told her GP about the assault on 10/02/2026. The GP's note of that one consultation is a record of an early complaint that may support or undermine her account, so it was requested - that consultation only, no other records. MT was given written notice of the request by letter on 14/04/2026 (copy attached, signed by her 15/04) before it was sent on 16/04/2026. Record received 22/04 - listed on the MG6D and a copy is attached. No other third party material has been requested."),
            ("Other guests", "Six other guests spoken to by phone 10-12/02; none saw them leave or saw anything relevant. Officer's notes on MG6C item 11."),
        ], (42, 136)),
        ("h", "Outstanding evidence"),
        ("p", "None. No further enquiries are outstanding."),
        ("h", "Victim and witnesses"),
        ("kv", [
            ("Special measures", "MG2 attached. Eligible under s.17(4) YJCEA. Wants screens and live link. s.28: explained to her on 09/02 and 20/04 - she understands it depends on a video recorded interview and she does not want one, so s.28 is not sought. Not vulnerable under s.16; no intermediary needed."),
            ("Needs", "MT is dyslexic - her statement was read back to her in full before she signed; letters to be read to her / explained by phone. Single parent - needs childcare notice for court. No interpreter."),
            ("ISVA", "Referred 09/02/2026 to Northmoor ISVA Hub - ISVA Karen DOYLE."),
            ("VPS", "Offered by DC NAIR 09/02/2026 and again 20/04/2026. Declined for now; she knows she can make one later."),
        ], (42, 136)),
        ("h", "Disclosure, bail, PNC"),
        ("kv", [
            ("Schedules", "MG6C (2 pp) and MG6D attached; DMD attached. Rebuttable presumption material in the file: incident log, crime report, 999 recording, BWV, witness PNCs."),
            ("Suspect PNC", "No trace - no convictions, cautions or warnings."),
            ("Witness PNC", "Done on all civilian witnesses - ACKROYD has a 2014 criminal damage (conditional discharge). Sheet attached."),
            ("Bail / RUI", "Released under investigation 09/02/2026 0110hrs. Pre-charge bail was considered by the custody officer and Insp 0412 WHITLOCK: not necessary and proportionate - no contact between them since, he lives 20 miles away in Scarthorpe, no threats, no previous. Reviewed 20/04/2026 - unchanged."),
        ], (42, 136)),
        ("h", "OIC and supervision"),
        ("kv", [("OIC", "DC 2210 Priya NAIR, PPU Northmoor"), ("Tel", "01632 960377 (desk) / 07700 900377"),
                ("Email", "priya.nair@northmoor.police.example"),
                ("Supervisor", "DS 0771 Ben HARGREAVES - endorsed 05/05/2026: 'Agreed, EA actions complete, submit FCT.'")], (42, 136)),
    ]
    render_pdf(d / "MG3 DUNMORE.pdf", mg3, CR, "2026-05-05 09:30", urn=urn, title="MG3")

    # ---- complainant statement: pages 1-3 and continuation sheet pages 4-5 (separate file)
    sig_foot = "Signature: M. Turvey (signed)     Signature witnessed by: P. Nair DC 2210"
    p1 = [
        ("small", "MG11(T)   RESTRICTED (when complete)"),
        ("title", "WITNESS STATEMENT"),
        ("subtitle", LAW_LINES[1]),
        ("kv", [("URN", urn), ("Statement of", "TURVEY, Megan"), ("Age if under 18", "Over 18"),
                ("Occupation", "Care assistant")], (50, 128)),
        ("p", DECLS[0].replace("{n}", "5")),
        ("sig", "Signature: M. Turvey (signed)        Date: 09/02/2026"),
        ("small", "Tick if witness evidence is visually recorded [ ]  (supply witness details on rear)"),
        ("rule",),
        ("p", "This statement is about what happened on Saturday 7th February 2026 when Craig DUNMORE gave me a lift home "
              "from a christening. I have been offered the chance to be video recorded but I would rather write it down. "
              "DC Nair has written this down for me from what I said and read it all back to me because I am dyslexic."),
        ("p", "I know Craig through my friend Laura BIRCHALL. Her partner is friends with him. I have met him maybe 5 or "
              "6 times at Laura's, always in a group. We were friendly but nothing more. I have never been in a "
              "relationship with him and never been alone with him before that night."),
        ("p", "On the Saturday it was the christening of Laura's baby. After the church there was a party in the "
              "function room at The Wheatsheaf in Long Brackley. I got there about 3pm. My son was with his dad, Tom, "
              "for the weekend. I had about 4 glasses of prosecco and a vodka and coke over the whole afternoon and "
              "evening. I was tipsy but I knew exactly what I was doing."),
        ("pagebreak",),
        ("p", "Craig was at the party. We chatted a few times, about work and about his dog. It was normal friendly "
              "chat. About 11pm I said I was going to book a taxi and Craig said not to waste money, he'd drop me home as "
              "he was driving and hadn't been drinking. I said ok because it's on his way. He has a grey Ford Focus. "
              "We left at about 5 past 11."),
        ("p", "We drove out towards Brackley Lane. After about 10 minutes his phone went, and he said 'hang on I need "
              "to get this' and pulled into the lay-by on Brackley Lane. It is a long lay-by with trees along it and no "
              "lights. He took the call, it was short, I think it was his brother. Then he put the phone down and turned "
              "to me and started talking about how nice I looked."),
        ("p", "He leaned over and kissed me. I let him kiss me for a second, I was a bit taken aback, then I pulled back "
              "and laughed and said something like 'Craig, don't, come on'. He kissed me again and put his hand on my "
              "boob over my top. I pushed his hand away."),
        ("pagebreak",),
        ("p", "He then put his left hand up my skirt. I said 'no, get off'. He put his right hand round the back of my "
              "neck and held it, not choking me but holding me so I couldn't move my head away. He pushed his hand "
              "inside my knickers and put his fingers inside my vagina. I don't know how many fingers, I think two. It "
              "hurt. I was saying 'no, get off, stop it' and trying to push his arm away with both hands."),
        ("p", "I don't know exactly how long it went on for, maybe a minute, maybe less. I managed to get hold of the "
              "door handle with my left hand and I opened the door and sort of fell out of the car. I grabbed my bag. He "
              "said 'Megan, what you doing, get back in, I'll take you home'. I said 'fuck off' and started walking "
              "back towards the main road."),
    ]
    st1 = dict(CR, foot_left=sig_foot, page_fmt="Page {n} of 5", head="Northmoor Police  -  MG11")
    render_pdf(d / "MG11 TURVEY pp1-3.pdf", p1, st1, "2026-02-09 16:45", urn=urn, title="MG11 TURVEY")
    p2 = [
        ("small", "MG11(T) CONTINUATION SHEET"),
        ("kv", [("URN", urn), ("Continuation of statement of", "Megan TURVEY"), ("Page No.", "4 of 5")], (60, 118)),
        ("p", "He drove past me slowly once and then drove off. I walked to the bus shelter at Brackley Cross. I was "
              "shaking. I didn't know who to ring. I rang Tom because he had our son and I wanted him to come and get "
              "me. I told him Craig had given me a lift and pulled in and put his fingers in me when I said no. I was "
              "crying. Tom said to ring the police straight away and he would sort a babysitter. I then rang 999."),
        ("p", "A police officer arrived at the bus shelter quite quickly, I think about quarter past twelve. I told him "
              "what had happened. I know he had a camera on his jacket."),
        ("p", "The next morning I went to The Willows with a police officer and was examined by a doctor. I gave them "
              "my knickers. I agreed for the doctor's notes to go to the police and CPS."),
        ("pagebreak",),
        ("kv", [("URN", urn), ("Continuation of statement of", "Megan TURVEY"), ("Page No.", "5 of 5")], (60, 118)),
        ("p", "On Tuesday 10th February I saw my GP, Dr Redfern, because I couldn't sleep and I was having panic "
              "attacks. I told her what had happened in Craig's car."),
        ("p", "I did not want Craig to touch me in any sexual way. I did not agree to any of it apart from the first "
              "kiss, which I stopped. I have not spoken to Craig since. He has not messaged me. I want to support a "
              "prosecution."),
        ("sig", "Signature: M. Turvey (signed)        Date: 09/02/2026\nStatement taken by: DC 2210 NAIR at Northmoor PPU, 1300-1640 hrs"),
    ]
    st2 = dict(CR, foot_left=sig_foot, page_fmt="Page {n} of 5", page_offset=3, head="Northmoor Police  -  MG11 continuation")
    render_pdf(d / "MG11 cont TURVEY p4-5.pdf", p2, st2, "2026-02-09 16:45", urn=urn, title="MG11 continuation")

    w_ack = dict(urn=urn, name="Thomas ACKROYD", occ="Warehouse team leader", date="08/02/2026", sig="T Ackroyd",
                 sig_label="Signed", law=0, decl=0, pages=1, body=[
        "Megan TURVEY is my ex partner. We split up 3 years ago and we have a son together who is 5. We get on ok for "
        "his sake. On the weekend of 7th February 2026 I had our son at my flat.",
        "At about 11.40pm on Saturday 7th February my phone rang and it was Megan. She was crying really badly and at "
        "first I couldnt understand her. She said 'Tom, Craig's just put his fingers in me. I told him no. I've got out "
        "of his car'. She said he was giving her a lift back from Laura's christening thing and he pulled into a lay-by. "
        "I know who Craig is, I've met him at Laura's a couple of times.",
        "I asked where she was and she said the bus stop at Brackley Cross. I told her to ring the police straight away "
        "and that I'd come once I had got my mum over to sit with our son. The call was about 4 minutes.",
        "I got to the bus shelter about 12.30am. There was a police car there and Megan was sat in the back of it "
        "wrapped in a foil blanket. She was still crying.",
    ])
    mg11_rtf(d / "ACKROYD.rtf", w_ack, "2026-02-08 14:20", author="DC2210")

    w_fai = dict(urn=urn, name="Daniel FAIRCLOUGH", occ="Police Constable 1488", date="08/02/2026",
                 sig="(Signed) D Fairclough PC1488", law=1, decl=1, body=[
        "At 2355 hrs on Saturday 7th February 2026 I was on mobile patrol in Long Brackley when I was deployed to a "
        "report of a sexual assault, the female caller waiting at the bus shelter at Brackley Cross.",
        "I arrived at 0014 hrs on Sunday 8th February. My body worn video was recording from my arrival. I saw a white "
        "female sitting in the bus shelter, she was crying and shaking and holding her phone. She told me her name was "
        "Megan TURVEY.",
        "I asked her what had happened. She said 'Craig Dunmore gave me a lift from the christening at the "
        "Wheatsheaf. He pulled in the lay-by and kissed me and then he put his hand up my skirt and his fingers inside "
        "me. I kept saying no. He held my neck. I got out of the car.' She said this had happened 'about 40 minutes "
        "ago'. She described the car as a grey Ford Focus.",
        "I gave her early evidence advice and placed her in my vehicle with a foil blanket. At about 0030 hrs her ex "
        "partner Thomas ACKROYD arrived. I checked the lay-by and the route for CCTV at 0110 hrs - there is none.",
        "I have downloaded my body worn video of the first account to the force system and I produce a copy of the "
        "footage of my attendance from 0014 to 0029 hrs as exhibit DF/1.",
    ])
    mg11_pdf(d / "FAIRCLOUGH PC1488 MG11.pdf", w_fai, dict(CR, head="Northmoor Police  -  Statement"), "2026-02-08 07:40")

    w_ell = dict(urn=urn, name="Janet ELLERBY", occ="Police staff - call handler, Force Control Room", date="10/02/2026",
                 sig="J Ellerby", law=0, decl=0, pages=1, body=[
        "I am employed by Northmoor Police as a call handler in the Force Control Room at Scarthorpe.",
        "At 2352 hrs on Saturday 7th February 2026 I answered a 999 call from a female who gave her name as Megan "
        "TURVEY. She was crying and out of breath. She said a man called Craig had given her a lift and had 'put his "
        "hand in my knickers and his fingers inside me' in a lay-by on Brackley Lane. She said she had got out of the "
        "car and was at the bus shelter at Brackley Cross. She said she had rung her ex first.",
        "I created incident 0931 of 07/02/2026 and kept her on the line until the officer arrived at 0014 hrs.",
        "All 999 calls to the control room are recorded automatically. On 10/02/2026 I retrieved the recording of this "
        "call from the call recording system and saved a copy, which I produce as exhibit JE/1.",
    ])
    render_docx(d / "ELLERBY call handler.docx", mg11_blocks(w_ell, 1), "2026-02-10 11:00",
                header="OFFICIAL-SENSITIVE when complete", footer="Northmoor Police MG11", author="jellerby", font_name="Times New Roman")

    w_pri = dict(urn=urn, name="Dr Alan PRIESTLEY", occ="Forensic physician", date="12/02/2026", sig="A. Priestley (signed)",
                 law=2, decl=2, pages=2, extra=[("Qualifications", "MBBS, MFFLM")], body=[
        "I am a forensic physician at The Willows Sexual Assault Referral Centre, Northmoor.",
        "At 1000 hrs on 08/02/2026 I saw Megan TURVEY (29) at The Willows. She gave written consent to the examination "
        "and to the release of my notes and findings to the police and Crown Prosecution Service.",
        "She told me that at about 2330 hrs on 07/02/2026 a man had put his fingers into her vagina without her "
        "consent while holding the back of her neck.",
        "Examination: no injuries to the neck, arms or thighs. Genital examination: no injury seen. Digital "
        "penetration frequently causes no visible injury and the absence of injury does not mean it did not happen.",
        "I took and produce: AP/1 low vaginal swab; AP/2 high vaginal swab; AP/3 external vulval swab; AP/4 knickers. "
        "Each was sealed and handed to DC NAIR at 1150 hrs.",
    ])
    render_docx(d / "FME statement Priestley.docx", mg11_blocks(w_pri, 2), "2026-02-12 15:00",
                header="", footer="The Willows SARC - statement for Northmoor Police", author="apriestley")

    w_nai = dict(urn=urn, name="Priya NAIR", occ="Detective Constable 2210", date="21/04/2026",
                 sig="P. Nair DC2210 [signed]", law=1, decl=1, body=[
        "I am a Detective Constable in the Public Protection Unit at Northmoor and the officer in the case.",
        "At 1150 hrs on 08/02/2026 at The Willows I received from Dr PRIESTLEY exhibits AP/1 to AP/4 sealed.",
        "At 1640 hrs on 08/02/2026 I arrested Craig DUNMORE at his home in Scarthorpe. I seized his iPhone which I "
        "produce as PN/1. At Northmoor custody I took a buccal swab from him which I produce as PN/3. I interviewed him "
        "between 2205 and 2248 hrs in the presence of the duty solicitor Mr Gavin HOLT. I have prepared a record of "
        "that interview (MG15).",
        "The Digital Forensic Unit downloaded PN/1. I reviewed the report, using the dates 07/02/2026 to 09/02/2026 and "
        "the names Megan, Laura and Jay. I produce the report of the relevant content as PN/2.",
        "On 09/02/2026 I took a written statement from Megan TURVEY. I offered her a video recorded interview, which she "
        "declined.",
        "On 14/04/2026 I gave Megan a letter explaining that I intended to ask her GP for the record of her consultation "
        "on 10/02/2026 only, why, and how it would be handled. She signed a copy on 15/04/2026. I sent the request on "
        "16/04/2026 and received the record on 22/04/2026.",
    ])
    mg11_pdf(d / "DC NAIR MG11.pdf", w_nai, dict(CR, head="Northmoor Police  -  Statement"), "2026-04-21 12:00")

    w_bir = dict(urn=urn, name="Laura BIRCHALL", occ="Hairdresser", date="11/02/2026", sig="[signed]", law=0, decl=0,
                 pages=1, body=[
        "On Saturday 7th February 2026 it was my daughter's christening. We had the party at The Wheatsheaf, Long "
        "Brackley from about 3pm until midnight.",
        "Megan TURVEY is one of my best friends. Craig DUNMORE is a friend of my partner Sam. During the party I saw "
        "Megan and Craig chatting a few times and they seemed to get on well, laughing and that. Megan had a few drinks, "
        "she was tipsy but not drunk.",
        "At about 11pm Megan came to say goodbye and said Craig was giving her a lift. I didn't see them leave. I didnt "
        "hear anything about what happened until Tom rang Sam the next day.",
    ])
    render_docx(d / "BIRCHALL L.docx", mg11_blocks(w_bir, 1), "2026-02-11 18:30", header="OFFICIAL-SENSITIVE when complete",
                author="DC2210")

    make_call_wav(d / "999 call 2352 070226.wav", seconds=5.0, seed=31)
    make_video(d / "BWV_FAIRCLOUGH_080226_0014.mp4", ["08/02/2026 00:14:", "AXON-NM 1488  BWV", "DF/1"], seconds=4,
               fps=8, codec="mpeg4", audio=True, scene="bwv", seed=32)

    mg15 = [
        ("title", "MG15 - RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", urn), ("Person interviewed", "DUNMORE, Craig Lee"), ("Date", "08/02/2026"),
                ("Time commenced / concluded", "2205 / 2248"), ("Location", "Northmoor custody suite, IR2"),
                ("Interviewer(s)", "DC 2210 NAIR, DC 1930 PEARSON"), ("Others present", "Mr Gavin HOLT (duty solicitor)"),
                ("Audio ref", "NM-AUD-26-00412")]),
        ("table", ["Tape counter", "Person speaking", "Text"], [
            ["0000", "DC NAIR", "Introductions, caution, reminded of free legal advice; solicitor present."],
            ["0130", "DUNMORE", "I'll answer. I gave Megan a lift from Laura's do. I wasn't drinking."],
            ["0310", "DUNMORE", "My brother Jay rang so I pulled in the lay-by. After that we had a kiss, she kissed me back."],
            ["0505", "DC NAIR", "Did you touch her breast? DUNMORE: No."],
            ["0540", "DC NAIR", "Did you put your hand up her skirt? DUNMORE: I put my hand on her leg, on her knee. That's it."],
            ["0720", "DUNMORE", "She said she wanted to go home. Then she just got out and stormed off. I drove past to see if she was ok and she told me to f off."],
            ["0905", "DC PEARSON", "Puts: fingers inside her vagina while holding her neck. DUNMORE: That's not true. I never did that."],
            ["1140", "DC NAIR", "Why would she say that? DUNMORE: I don't know. Maybe she's embarrassed she kissed me. Her and Tom might be getting back together."],
            ["1530", "DC NAIR", "Anything to add? DUNMORE: No. Solicitor: my client has answered all questions."],
        ], (24, 28, 126)),
        ("sig", "Record prepared by DC 2210 NAIR 09/02/2026"),
    ]
    render_docx(d / "MG15 DUNMORE.docx", mg15, "2026-02-09 10:00", header="OFFICIAL-SENSITIVE", author="DC2210",
                font_name="Times New Roman")

    render_pdf(d / "PNC DUNMORE.pdf", pnc_blocks(urn, dict(name="DUNMORE, Craig Lee", dob="04/11/1992",
               pncid="26/0048213X", convictions=[], cautions=[], notes="NO TRACE on PNC (name/DOB search and PNC ID after arrest). Not on ViSOR."),
               "PNC PRINT", "08/02/2026 1812", "DC2210"), dict(CR, head="PNC print"), "2026-02-08 18:12", urn=urn)
    render_pdf(d / "witness PNC results.pdf", witness_pnc_blocks(urn, [
        ["TURVEY, Megan", "13/06/1996", "Complainant", "No trace"],
        ["ACKROYD, Thomas", "02/03/1994", "First account (ex-partner)", "1 conviction: 19/08/2014 Scarthorpe MC, criminal damage (under £5000) - conditional discharge 12 months, compensation £120"],
        ["BIRCHALL, Laura", "27/09/1995", "Witness (party host)", "No trace"],
        ["ELLERBY, Janet", "-", "Witness (police staff call handler)", "No trace (vetted staff)"],
    ], "PNC RESULTS - PROSECUTION WITNESSES", "Name and date of birth checks on PNC, 21/04/2026.", "DC 2210 NAIR", "21/04/2026"),
        dict(CR, head="PNC results"), "2026-04-21 12:30", urn=urn)

    c_rows = [
        ["1", "Command & control incident 0931 of 07/02/2026 (999 call from MT, deployment, updates to 0142 hrs)", "CRIMSON", "Copy attached - first complaint"],
        ["2", "Crime report NM/CR/26/01877 and all updates to 05/05/2026", "CRIMSON", "Copy attached"],
        ["3", "Recording of 999 call 2352 hrs 07/02/2026 (also exhibit JE/1)", "Force Control", "Copy attached - first complaint"],
        ["4", "PC 1488 FAIRCLOUGH body worn video 0014-0029 08/02/2026 (also exhibit DF/1)", "Evidence.store", "Copy attached - first complaint"],
        ["5", "PC 1488 FAIRCLOUGH PNB entry 08/02/2026 0014-0140 (initial account, CCTV check of lay-by)", "Exhibits", "Copy available - consistent with BWV"],
        ["6", "Custody record DUNMORE NM-CUS-26-0388, 08-09/02/2026", "Custody", "Not relevant to issues"],
        ["7", "Audio recording of interview NM-AUD-26-00412 (summarised on MG15)", "Exhibits", "Available"],
        ["8", "SARC referral and booking form, The Willows, 08/02/2026 (times and attendance only)", "PPU file", "Not relevant"],
        ["9", "MG21 forensic submission 10/02/2026 and lab acknowledgement (AP/1-AP/3, PN/3)", "PPU file", "Available"],
        ["10", "ANPR read: grey Ford Focus VRM KX19 FWD (suspect's) Long Brackley roundabout northbound 2309 07/02/2026", "PPU file", "Available - consistent with both accounts"],
        ["11", "DC NAIR notes of phone calls with 6 party guests 10-12/02/2026 (none saw departure or anything relevant)", "PPU file", "Available"],
        ["12", "DC NAIR PNB 08/02/2026 - check for CCTV Brackley Lane / Brackley Cross: none", "PPU file", "Available"],
        ["13", "DFU extraction report of DUNMORE iPhone PN/1, reviewed 07-09/02/2026 by the names Megan, Laura, Jay (relevant content exhibited as PN/2)", "DFU", "Available"],
        ["14", "Call log entry on PN/1: incoming call from 'Jay' 2316 07/02/2026, 48 sec (supports suspect's reason for stopping)", "DFU", "Copy attached - may assist defence"],
        ["15", "Letter to MT dated 14/04/2026 giving notice of GP record request (signed by MT 15/04/2026)", "PPU file", "Copy attached"],
        ["16", "Early advice record CPS 25/02/2026", "PPU file", "Copy attached"],
        ["17", "Victim contact log (Victims' Code updates) 08/02-05/05/2026", "CRIMSON", "Not relevant to issues"],
        ["18", "Risk assessment (DASH not applicable) / safeguarding referral for child of MT - none required, rationale recorded", "CRIMSON", "Not relevant"],
    ]
    mg6c = [("small", "MG6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
            ("kv", [("URN", urn), ("R v", "Craig Lee DUNMORE"), ("Disclosure officer", "DC 2210 Priya NAIR"),
                    ("Date", "04/05/2026")], (45, 133)),
            ("p", MG6C_INTRO),
            ("table", ["No.", "Description and relevant date", "Location", "Comment / disclosure"], c_rows, (12, 100, 24, 42)),
            ("p", "Continuation: none. Total items: 18."),
            ("sig", "Signature of disclosure officer: P. Nair DC2210 (signed)    04/05/2026")]
    render_pdf(d / "MG6C schedule.pdf", mg6c, dict(CR, size=11), "2026-05-04 15:00", urn=urn)
    render_pdf(d / "MG6D schedule.pdf", [
        ("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", urn), ("R v", "Craig Lee DUNMORE"), ("Disclosure officer", "DC 2210 NAIR"), ("Date", "04/05/2026")], (45, 133)),
        ("p", MG6D_INTRO),
        ("table", ["No.", "Description", "Reason", "Prosecutor / status"], [
            ["1", "GP record - Brackley Health Centre, consultation 10/02/2026 only (Dr REDFERN)", "Confidential medical record of complainant", "Copy attached for CPS; records MT told GP 'a man she knew assaulted her in his car' - consistent"],
            ["2", "FME notes and body map, The Willows 08/02/2026", "Confidential medical record; consent to CPS given 08/02/2026", "Available to CPS; summarised in Dr PRIESTLEY's statement"],
            ["3", "ISVA referral form 09/02/2026", "Personal data / support", "Not disclosable"],
            ["4", "Rear pages of MG11s (addresses, phone numbers, dates to avoid)", "Personal data", "Not disclosable"],
        ], (10, 62, 46, 60)),
        ("sig", "Signature: P. Nair DC2210 (signed)    04/05/2026")], CR, "2026-05-04 15:10", urn=urn)

    render_docx(d / "DMD Northmoor.docx", [
        ("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("kv", [("URN", urn), ("R v", "DUNMORE"), ("Author", "DC 2210 NAIR"), ("Date", "04/05/2026")]),
        ("h", "Issues"), ("p", "Whether DUNMORE touched MT sexually and penetrated her with his fingers (he denies it). Consent is not raised."),
        ("h", "Reasonable lines of enquiry"), ("p", "As listed in the MG3. Including enquiries that point away from the suspect (call from his brother, party host's account)."),
        ("h", "Digital strategy"), ("p", "Suspect's phone: extraction by the DFU, reviewed 07/02-09/02/2026 by date and by the names Megan, Laura and Jay. "
                                        "Complainant's phone: not taken or examined - no reasonable line of enquiry requires it (calls are proved by other evidence)."),
        ("h", "Third party material"), ("p", "GP record of one consultation (10/02/2026) only, after written notice to MT. No counselling, school or social care records sought."),
        ("h", "Unused material"), ("p", "MG6C (18 items) and MG6D (4 items) attached. Items marked 'copy attached' are with the file."),
    ], "2026-05-04 15:30", header="OFFICIAL-SENSITIVE", author="DC2210", font_name="Times New Roman")

    render_pdf(d / "incident log 0931.pdf", [
        ("mono", "NORTHMOOR POLICE  FCR   INCIDENT 0931  07/02/2026\nTYPE: SEXUAL OFFENCE   GRADE: IMMEDIATE   CALLER: TURVEY Megan (victim)   999 @ 23:52:14\nLOC: BUS SHELTER BRACKLEY CROSS, LONG BRACKLEY   URN: " + urn),
        ("table", ["Time", "Op", "Entry"], [
            ["23:52:14", "JE", "Caller crying, states male 'Craig' gave her lift, pulled in lay-by Brackley Ln, 'put his fingers inside me'. Got out of car. Now at bus shelter Brackley X. Says rang her ex first."],
            ["23:53:40", "JE", "Susp veh grey Ford Focus, last seen towards Scarthorpe. Susp DUNMORE Craig approx 33."],
            ["23:55:02", "DISP", "1488 deployed. ETA 15 mins."],
            ["23:58:30", "JE", "Caller kept on line. Advised not to wash/drink."],
            ["00:14:11", "1488", "On scene with IP. BWV on."],
            ["00:31:45", "1488", "Ex-partner Thomas ACKROYD on scene."],
            ["01:10:20", "1488", "No CCTV lay-by or bus shelter. SARC booked 1000 The Willows."],
            ["01:42:00", "SGT", "Crime raised NM/CR/26/01877. PPU to pick up. Closed."],
        ], (20, 14, 144)),
    ], dict(CR, family="DVM", h_style="plain"), "2026-04-20 10:00", urn=urn)

    render_docx(d / "crime report NM-CR-26-01877.docx", [
        ("title", "CRIMSON - CRIME REPORT NM/CR/26/01877"),
        ("kv", [("URN", urn), ("Offence", "Assault by penetration (SOA 2003 s.2); sexual assault (s.3)"), ("Reported", "07/02/2026 23:52 (999)"),
                ("Occurred", "07/02/2026 23:20-23:35"), ("Victim", "TURVEY, Megan - F - 29 - White British - dyslexia (declared)"),
                ("Suspect", "DUNMORE, Craig Lee - M - 33 - arrested 08/02/2026, RUI 09/02/2026"), ("OIC", "DC 2210 NAIR")]),
        ("h", "Modus operandi"), ("p", "Offender offered victim a lift from a party, stopped in a dark lay-by, kissed her, touched breast over clothing, then digitally penetrated her while holding the back of her neck. Victim escaped from car."),
        ("h", "Investigation log (extract)"),
        ("table", ["Date", "Officer", "Entry"], [
            ["08/02/2026", "1488", "Initial account on BWV. SARC booked."],
            ["08/02/2026", "2210", "SARC exhibits received. Suspect arrested, interviewed, denies. RUI (bail not necessary - rationale on custody record)."],
            ["09/02/2026", "2210", "Written MG11 from IP (declined VRI). VPS offered - declined for now. ISVA referral (K DOYLE)."],
            ["25/02/2026", "2210", "Early advice from CPS (D OKONJO) - actions recorded."],
            ["14/04/2026", "2210", "Notice letter to IP re GP request (consultation 10/02 only) - signed 15/04."],
            ["20/04/2026", "2210", "SFR1 received - match to suspect on AP/1. Victim updated. VPS re-offered - declined."],
            ["05/05/2026", "0771", "File reviewed by DS. Submitted FCT."],
        ]),
    ], "2026-05-05 09:00", header="OFFICIAL-SENSITIVE", footer="CRIMSON crime report print", author="DC2210")

    render_odt(d / "MG12.odt", mg12_blocks(urn, "DUNMORE", [
        ["JE/1", "Copy of 999 call recording 2352 07/02/2026", "Janet ELLERBY", "Copy in file (.wav)"],
        ["DF/1", "BWV footage PC 1488 FAIRCLOUGH 0014-0029 08/02/2026", "PC FAIRCLOUGH", "Copy in file (.mp4)"],
        ["AP/1", "Low vaginal swab", "Dr PRIESTLEY", "Lab - SFR1 received"],
        ["AP/2", "High vaginal swab", "Dr PRIESTLEY", "Lab"],
        ["AP/3", "External vulval swab", "Dr PRIESTLEY", "Lab"],
        ["AP/4", "Knickers", "Dr PRIESTLEY", "Property store"],
        ["PN/1", "Apple iPhone of DUNMORE", "DC NAIR", "DFU"],
        ["PN/2", "DFU report of relevant content from PN/1", "DC NAIR", "In file"],
        ["PN/3", "Buccal swab DUNMORE", "DC NAIR", "Lab"],
    ], "DC 2210 NAIR", "04/05/2026"), "2026-05-04 16:00", author="DC2210")

    render_pdf(d / "PN2 phone report.pdf", [
        ("title", "DFU REPORT OF RELEVANT CONTENT - EXHIBIT PN/2"),
        ("kv", [("URN", urn), ("Device", "Apple iPhone 12 (PN/1) - DUNMORE"), ("Review parameters", "07/02/2026 00:00 to 09/02/2026 23:59; names Megan, Laura, Jay")], (45, 133)),
        ("table", ["Date/time", "Type", "Content"], [
            ["07/02/2026 23:16", "Call in", "'Jay' - 48 seconds"],
            ["07/02/2026 23:41", "Msg out", "To 'Megan T': 'come on get in the car ill take u home' (not delivered - blocked?)"],
            ["08/02/2026 09:14", "Msg out", "To 'Kayleigh': 'Megans kicking off saying I did stuff in the car. I never, we had a kiss thats it'"],
            ["08/02/2026 09:20", "Msg in", "From 'Kayleigh': 'wtf what stuff'"],
        ], (34, 22, 122)),
    ], CR, "2026-02-20 11:00", urn=urn)

    render_pdf(d / "SFR1 FSN-26-0219.pdf", [
        ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("kv", [("URN", urn), ("Lab ref", "FSN-26-0219 (Northmoor Forensic Science Network)"), ("Date", "20/04/2026"),
                ("Items", "AP/1 LVS, AP/2 HVS, AP/3 vulval swab (complainant); PN/3 reference DUNMORE")], (45, 133)),
        ("h", "Key findings"),
        ("p", "AP/1: a low level male DNA profile was obtained. It matches the reference profile of Craig DUNMORE (PN/3). The "
              "match probability is in the order of 1 in a billion. AP/2, AP/3: no male DNA detected."),
        ("p", "This SFR is a summary. A full evaluative statement can be provided if the findings are disputed."),
        ("sig", "Reporting scientist: S. KHALID  (signed)  20/04/2026"),
    ], CR, "2026-04-20 09:00", urn=urn)

    render_pdf(d / "CPS early advice 250226.pdf", [
        ("title", "RECORD OF EARLY ADVICE (RASSO)"),
        ("kv", [("URN", urn), ("Suspect", "Craig DUNMORE"), ("Prosecutor", "Daniel OKONJO, CPS North Moors RASSO Unit"),
                ("Date", "25/02/2026"), ("Police", "DC 2210 NAIR")], (45, 133)),
        ("h", "Advice"),
        ("bullets", ["Expedite SFR on AP/1-AP/3 against PN/3 - key given the denial.",
                     "GP record: MT says she told her GP on 10/02. Request that consultation only, with written notice to MT first. Do not request wider medical history.",
                     "Complainant's phone: no basis to examine it on present facts.",
                     "Review suspect's phone 07/02-09/02 for contact with MT and any account given to others.",
                     "PNC checks on all civilian witnesses; MG6C/MG6D/DMD with the file.",
                     "Full Code Test file when the SFR is back."]),
    ], CR, "2026-02-25 14:00", urn=urn)

    render_docx(d / "notice to MT re GP request.docx", [
        ("p", "Northmoor Police - Public Protection Unit, Scarthorpe"), ("p", "Our ref: " + urn + " / NM-VIR-26-014"),
        ("p", "14 April 2026"), ("p", "Dear Megan,"),
        ("h", "Request to your GP - written notice"),
        ("p", "I am writing, as we discussed by phone, to tell you before we do it that I intend to ask Brackley Health "
              "Centre for a copy of your GP's note of your appointment on 10 February 2026, and nothing else."),
        ("p", "Why: you told me you told Dr Redfern about what happened. Her note of that appointment is a record of you "
              "telling someone soon after, and the law says we must look at it because it could support what you say or "
              "could point the other way."),
        ("p", "What we will not ask for: any other appointment, your medical history, prescriptions or hospital records."),
        ("p", "How it will be handled: the note will be kept securely, shown to the CPS lawyer, and only given to the "
              "defence if the lawyer decides the law requires it. If it is, you will be told first. You can ask me or "
              "your ISVA Karen about this at any time. You can tell me if you object; I will record what you say."),
        ("p", "Yours sincerely,"), ("p", "DC 2210 Priya NAIR   01632 960377"),
        ("rule",),
        ("p", "I have received this letter and had it read to me. Signed: M. Turvey (signed)   Date: 15/04/2026"),
    ], "2026-04-14 10:00", author="DC2210")

    render_pdf(d / "GP record request and reply.pdf", [
        ("title", "VICTIM INFORMATION REQUEST - THIRD PARTY MATERIAL"),
        ("kv", [("URN", urn), ("Request ref", "NM-VIR-26-014"), ("To", "Practice manager, Brackley Health Centre"),
                ("From", "DC 2210 NAIR"), ("Date sent", "16/04/2026"),
                ("Material requested", "GP's record of the consultation with Megan TURVEY on 10/02/2026 ONLY"),
                ("Reasonable line of enquiry", "The complainant states she told her GP at this consultation about a sexual assault on 07/02/2026. The record is a record of an early complaint."),
                ("Why necessary and proportionate", "It may support or undermine her account and must be reviewed to meet the duty to pursue reasonable lines of enquiry. Limited to one dated consultation; no other records are sought."),
                ("Notice to complainant", "Written notice given 14/04/2026, acknowledged 15/04/2026. She did not object.")], (50, 128)),
        ("h", "Reply (received 22/04/2026)"),
        ("mono", "10/02/2026 10:20  Dr F REDFERN\nPt reports sexual assault by a man she knows, in his car, on Sat night. Reported to police, seen at SARC.\nPoor sleep, panic sx since. Low mood. No SH/SI. Sleep hygiene, ISVA details, review 2/52."),
    ], CR, "2026-04-22 15:00", urn=urn)

    render_pdf(d / "MG2 TURVEY.pdf", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", urn), ("Witness", "Megan TURVEY (complainant)"), ("Completed by", "DC 2210 NAIR"), ("Date", "09/02/2026, reviewed 20/04/2026")], (45, 133)),
        ("h", "Eligibility"), ("p", "Complainant in a sexual offence case - eligible (s.17(4) YJCEA 1999). Not under 18; no s.16 vulnerability (dyslexia does not affect her understanding or communication). No intermediary required."),
        ("h", "Measures and witness's views"),
        ("table", ["Measure", "View"], [
            ["Screens (s.23)", "Wants"], ["Live link (s.24)", "Wants - would prefer this to screens"],
            ["Video recorded evidence in chief (s.27)", "Declined - gave a written statement; does not want to be filmed"],
            ["Pre-recorded cross-examination (s.28)", "Explained 09/02 and 20/04. She understands it goes with a recorded interview and does not want one. Not sought."],
            ["Intermediary (s.29)", "Not required"], ["Supporter in live link room", "ISVA Karen DOYLE"],
        ], (70, 108)),
        ("h", "Other needs"), ("p", "Dyslexia: documents to be read to her. Childcare: needs 2 weeks' notice of any court date. No interpreter."),
    ], CR, "2026-04-20 14:00", urn=urn)

    docs = [
        {"name": "MG3 DUNMORE.pdf", "type": "MG3"},
        {"name": "MG11 TURVEY pp1-3.pdf", "type": "MG11", "role": "complainant"},
        {"name": "MG11 cont TURVEY p4-5.pdf", "type": "MG11", "role": "complainant"},
        {"name": "ACKROYD.rtf", "type": "MG11", "role": "first_account"},
        {"name": "FAIRCLOUGH PC1488 MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "ELLERBY call handler.docx", "type": "MG11", "role": "witness"},
        {"name": "FME statement Priestley.docx", "type": "MG11", "role": "expert"},
        {"name": "DC NAIR MG11.pdf", "type": "MG11", "role": "officer"},
        {"name": "BIRCHALL L.docx", "type": "MG11", "role": "witness"},
        {"name": "999 call 2352 070226.wav", "type": "CALL_999"},
        {"name": "BWV_FAIRCLOUGH_080226_0014.mp4", "type": "BWV"},
        {"name": "MG15 DUNMORE.docx", "type": "ROTI"},
        {"name": "PNC DUNMORE.pdf", "type": "PNC"},
        {"name": "witness PNC results.pdf", "type": "PNC"},
        {"name": "MG6C schedule.pdf", "type": "MG6C"},
        {"name": "MG6D schedule.pdf", "type": "MG6D"},
        {"name": "DMD Northmoor.docx", "type": "DMD"},
        {"name": "incident log 0931.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime report NM-CR-26-01877.docx", "type": "CRIME_REPORT"},
        {"name": "MG12.odt", "type": "MG12"},
        {"name": "PN2 phone report.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "SFR1 FSN-26-0219.pdf", "type": "FORENSIC"},
        {"name": "CPS early advice 250226.pdf", "type": "EARLY_ADVICE"},
        {"name": "notice to MT re GP request.docx", "type": ["CORRESPONDENCE", "OTHER"]},
        {"name": "GP record request and reply.pdf", "type": ["THIRD_PARTY", "CORRESPONDENCE"]},
        {"name": "MG2 TURVEY.pdf", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 0,
            "present_types": ["MG3", "MG11", "CALL_999", "BWV", "ROTI", "PNC", "MG6C", "MG6D", "DMD", "INCIDENT_LOG",
                              "CRIME_REPORT", "MG12", "DIGITAL_EXTRACT", "FORENSIC", "EARLY_ADVICE", "MG2"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd",
                              "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 03 - Severnside Police (LANTERN). Compliant, THRESHOLD stage. Stranger rape, suspect in
# custody; threshold reasons; outstanding items all dated; passer-by first account; paramedic;
# CCTV + 999 (mp3) + BWV + ABE; all-capitals headings; URN in a box in the page header.
# ============================================================================================

def folder03(root: Path) -> dict:
    name = "b17_03_severnside_lantern_threshold"
    d = root / name
    urn = "58SV0290426"
    LN = {"family": "DVC", "urn_box": True, "marking_top": "OFFICIAL-SENSITIVE", "head": "LANTERN  |  Severnside Police",
          "foot_left": "LANTERN-CMS  doc gen 28/04/2026 00:41", "page_fmt": "{n}/{nb}", "h_style": "boxed",
          "size": 9.5, "creator": "LANTERN 3"}
    LNs = dict(LN, h_style="plain", head="Severnside Police - LANTERN - witness statement")

    mg3 = [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("subtitle", "THRESHOLD TEST REQUEST  -  SUSPECT IN CUSTODY  -  CPS DIRECT / SEVERNSIDE RASSO"),
        ("kv", [("URN", urn), ("SUSPECT", "FARRANT, Lewis James  DOB 17/01/2000 (26)  - in custody at Bramwell PIC"),
                ("COMPLAINANT", "Zara MILLINGTON (21), student"), ("OFFENCE", "Rape (s.1 Sexual Offences Act 2003)"),
                ("DATE/TIME/PLACE", "Sun 26/04/2026 approx 23:40-23:50, behind the bandstand, Abbot's Meadow park, Bramwell"),
                ("CUSTODY CLOCK", "Relevant time 27/04/2026 14:52. Extended to 36 hrs by Supt 1044 ALDRIDGE at 23:10 27/04. Expires 28/04/2026 02:52.")], (42, 136)),
        ("h", "TEST SOUGHT"),
        ("p", "THRESHOLD TEST. Full Code Test cannot yet be applied because the forensic results are not back. Reasons "
              "against each condition:"),
        ("table", ["Condition", "Reasons"], [
            ["1. Reasonable suspicion that the suspect committed the offence", "CCTV (KB/1) shows a male in a grey hoodie with a white chest logo following ZM into the park 30m behind her at 23:37 and running north on Tanner St at 23:53. PC 2740 DENHOLM recognises that male as FARRANT (she dealt with him for 2021 offence). A grey hoodie with white logo (KB/3) seized from his bedroom floor. Fresh scratch to left side of his neck on arrest (ZM says she scratched at his hand/neck). His girlfriend says he went out 'for a walk' 23:00-00:30 and showered on return - contradicts his prepared statement."],
            ["2. Further evidence will become available within a reasonable period", "Fast-track DNA PH/1-PH/3 and KB/4 against KB/5 - result due 05/05/2026. Fibres KB/3 v tapings PH/6 due 29/05/2026. Cell site KB/6 due 19/05/2026. VIPER for PLUMMER 05/05/2026."],
            ["3. Seriousness / circumstances justify an immediate decision", "Stranger rape in a public park at night with threats; complainant dragged off path. Previous conviction for sexual assault on a stranger (2021)."],
            ["4. Continuing substantial grounds to object to bail", "Further offences: stranger sexual offending pattern, on notification requirements. Failure to surrender: 2022 Bail Act conviction. Interference: his alibi witness is his girlfriend who lives with him and has now given an account contradicting his; real risk of pressure. Lives 400m from the scene and 600m from ZM's student halls. Conditions would not address these risks."],
        ], (50, 128)),
        ("h", "EARLY ADVICE"),
        ("p", "Not sought. The suspect was identified and arrested within 15 hours and the custody clock did not allow it; "
              "this threshold request is the first contact with the CPS."),
        ("h", "SUMMARY"),
        ("p", "ZM was walking home alone through Abbot's Meadow from a friend's flat. A man came up behind her, put an arm "
              "round her waist and a hand over her mouth and dragged her behind the bandstand, pushed her to the ground, "
              "said 'shut up or I'll hurt you' and raped her (penis in vagina). She scratched at his hand and neck. He ran "
              "off towards the Tanner Street gate. She ran out onto Priory Road and stopped a man walking his dog (Gareth "
              "PLUMMER) at about 23:56 - she told him 'a man just raped me by the bandstand'; he rang 999 at 23:58. PC "
              "3321 CORBETT arrived 00:09 (BWV LC/1). Paramedic Nadia OSEI treated grazes to both knees and her left "
              "cheek. SARC 02:30 27/04 (Dr HENSHAW). ABE 27/04 16:00 (ER/1). She did not see his face clearly; white "
              "male, slim, about 5'10, grey hoodie, smelt of cigarettes."),
        ("h", "SUSPECT'S ACCOUNT"),
        ("p", "Interviewed 27/04/2026 22:10-22:31 with solicitor Ms Priti SHAH. Prepared statement read: he was at home "
              "all evening with his girlfriend Shannon REES, did not go to Abbot's Meadow, has had no sexual contact with "
              "anyone but his girlfriend, the scratch is from his cat. No comment to all questions. Likely defence: "
              "identity / alibi."),
        ("h", "LINES OF ENQUIRY (INCL. THOSE POINTING AWAY)"),
        ("bullets", [
            "ALIBI: Shannon REES seen 27/04 19:00 - statement taken. She says he went out for a walk about 23:00 and came "
            "back about 00:30 and went straight in the shower. Undermines the alibi. Her phone was not examined; she "
            "was not asked for it - no need at this stage.",
            "SECOND MALE ON CCTV: cam 14 shows an unidentified male jogging past the east gate at 23:51 (dark clothing, "
            "no hood). Could be a witness or an alternative suspect. Media appeal authorised by DI to go out 29/04/2026; "
            "target to trace and speak to him by 12/05/2026.",
            "IDENTIFICATION: ZM cannot identify (did not see face) - no ID procedure for her. PLUMMER saw a man running "
            "towards Tanner St - VIPER booked 05/05/2026.",
            "RECOGNITION: PC DENHOLM's recognition made under Code D (annex/record completed; she was not told who the "
            "suspect was beforehand) - statement attached.",
            "HOUSE TO HOUSE Tanner St / Priory Rd: 24 addresses 27/04, 9 no reply (revisit by 05/05/2026). Nothing "
            "relevant so far.",
            "COMPLAINANT'S PHONE: not taken and not examined. Stranger offence; no contact with the suspect; no "
            "reasonable line of enquiry requires it.",
            "ZM'S FRIEND Maya OKORO (flat she left): confirmed by phone she left at about 23:25. Statement to be taken by "
            "08/05/2026 (time only; not a first account witness).",
        ]),
        ("h", "OUTSTANDING EVIDENCE - TARGET DATES"),
        ("table", ["Item", "Target date"], [
            ["Fast-track DNA: PH/1-PH/3 (swabs), KB/4 (penile swab) v KB/5 (reference)", "05/05/2026"],
            ["VIPER procedure - witness PLUMMER", "05/05/2026"],
            ["House to house revisits (9 addresses)", "05/05/2026"],
            ["Statement Maya OKORO (time ZM left)", "08/05/2026"],
            ["Trace unidentified jogger (media appeal 29/04)", "12/05/2026"],
            ["Cell site / call data FARRANT phone KB/6 (26/04 22:00 - 27/04 01:00) - application submitted 27/04", "19/05/2026"],
            ["Download of KB/6: location, calls, messages and media created 26/04/2026 20:00 - 27/04/2026 02:00 only", "19/05/2026"],
            ["Fibre comparison KB/3 v PH/6 tapings", "29/05/2026"],
            ["Full MG6C/MG6D update and full file for FCT", "02/06/2026"],
        ], (140, 38)),
        ("h", "FORENSIC / MEDICAL"),
        ("p", "SARC 27/04 02:30, Severnside SARC, Dr Paul HENSHAW FME: abrasions both knees, 3cm abrasion left cheek, "
              "fingertip-type bruising left upper arm; two small posterior fourchette lacerations. ZM signed consent on "
              "27/04/2026 at 02:25 for the FME notes and photographs to be released to police and CPS. Samples PH/1-PH/6 "
              "(see MG12). Submission MG21 attached - dates above."),
        ("h", "VICTIM AND WITNESS NEEDS"),
        ("p", "Special measures (MG2 attached): eligible s.17(4). ABE done (s.27). s.28 - ZM wants pre-recorded "
              "cross-examination (asked by DC RIDGEWAY 27/04). Live link from a remote site; screens if in court. No "
              "intermediary required - no communication needs; assessed at ABE."),
        ("p", "Needs: lives in student halls away from family - mother informed at ZM's request 27/04; university "
              "welfare contact made with her consent. Wants a female officer. No interpreter. ISVA referral made 27/04 "
              "(Severnside ISVA Service). VPS explained and offered 27/04 by DC RIDGEWAY - she wants to make one; to be "
              "taken by 08/05/2026."),
        ("h", "DISCLOSURE"),
        ("p", "Preliminary MG6C and MG6D attached (threshold stage). Incident log, crime report, 999 recording (KB/2), "
              "BWV (LC/1), witness PNCs all in the file. REES PNC: 2020 theft - disclosable."),
        ("h", "PREVIOUS CONVICTIONS"),
        ("p", "FARRANT: 3 convictions - 2021 sexual assault (s.3 SOA, stranger, community order, notification 5 yrs); "
              "2022 fail to surrender; 2019 theft. PNC attached. Bad character application likely."),
        ("h", "OIC / SUPERVISOR"),
        ("kv", [("OIC", "DC 4460 Kieran BOATENG  -  01632 960552  -  kieran.boateng@severnside.police.example"),
                ("Supervisor", "DS 2275 Jo PENHALIGON - reviewed 28/04/2026 00:35 - agreed threshold request"),
                ("Bail position", "In custody. Police will ask for a remand in custody if charged.")], (42, 136)),
    ]
    render_pdf(d / "MG3 threshold FARRANT.pdf", mg3, LN, "2026-04-28 00:41", urn=urn, title="MG3 threshold")

    make_video(d / "ER1_ABE_MILLINGTON.mp4", ["27/04/2026 16:01:", "SEVERNSIDE SARC - ABE ROOM", "ER/1"], seconds=5,
               fps=10, seed=41)
    make_video(d / "CCTV_cam14_cam17_KB1.mp4", ["CAM14 PRIORY RD GATE 26-04-26 23:37:", "KB/1 export"], seconds=4,
               fps=8, codec="mpeg4", audio=False, scene="cctv", seed=42)
    make_video(d / "LC1 bwv corbett.mp4", ["27/04/2026 00:09:", "BWV 3321", "LC/1"], seconds=3, fps=8, scene="bwv",
               seed=43)
    make_audio_mp3(d / "KB2 999 call 2358.mp3", seconds=4, seed=44)

    render_docx(d / "ABE summary ZM.docx", [
        ("title", "ABE INTERVIEW - SUMMARY"),
        ("kv", [("URN", urn), ("Witness", "Zara MILLINGTON"), ("Interviewer", "DC 5120 Emma RIDGEWAY"),
                ("Date/time", "27/04/2026 16:01-16:52"), ("Location", "Severnside SARC ABE room"), ("Exhibit", "ER/1")]),
        ("h", "Summary"),
        ("bullets", [
            "0:00-3:10 rapport, truth/lies, ZM tired but wants to continue.",
            "3:10-15:00 free recall: left Maya's about 23:25; cut through Abbot's Meadow as always; heard footsteps; "
            "arm round waist, hand over mouth; dragged backwards off the path behind bandstand.",
            "15:00-28:30 pushed face down then turned over; he pulled her jeans and knickers down; penis in vagina; "
            "said 'shut up or I'll hurt you'; she scratched at his hand and neck; lasted 'a few minutes'.",
            "28:30-36:00 he ran towards Tanner St gate; she pulled her clothes up and ran to Priory Road; saw a man with "
            "a dog and told him 'a man just raped me by the bandstand'.",
            "36:00-48:00 description: white, slim, about 5'10, grey hoodie hood up, smelt of cigarettes, local accent; "
            "did not see face. Did not know him. No drugs; 2 glasses of wine at Maya's.",
            "48:00-51:00 closure; special measures and VPS explained.",
        ]),
        ("p", "Summary by DC RIDGEWAY 27/04/2026 20:15. Transcript to follow if FCT charging."),
    ], "2026-04-27 20:15", header="OFFICIAL-SENSITIVE", footer="LANTERN attachment", author="eridgeway5120")

    w_rid = dict(urn=urn, name="Emma RIDGEWAY", occ="Detective Constable 5120", date="27/04/2026", sig="E Ridgeway [signed]",
                 law=0, decl=1, body=[
        "I am an ABE trained Detective Constable with Severnside Police.",
        "On Monday 27th April 2026 between 1601 and 1652 hrs I conducted a video recorded interview with Zara "
        "MILLINGTON in the ABE room at Severnside SARC. DC 4460 BOATENG monitored. I had prepared a written interview "
        "plan beforehand.",
        "The interview was recorded digitally. I produce the master recording as exhibit ER/1. I have prepared a "
        "summary of the interview.",
        "After the interview I discussed special measures with Zara and completed an MG2. She said she would like to "
        "be cross-examined in advance if possible. I explained the Victim Personal Statement; she wants to make one.",
    ])
    mg11_pdf(d / "MG11 RIDGEWAY.pdf", w_rid, LNs, "2026-04-27 20:30")

    w_plu = dict(urn=urn, name="Gareth PLUMMER", occ="Electrician", date="27/04/2026", sig="G. Plummer", sig_label="Signed",
                 law=2, decl=0, pages=1, body=[
        "At about 11.50pm on Sunday 26th April 2026 I was walking my dog along Priory Road towards the park gate.",
        "A young woman ran out of the park gate towards me. She was crying and her knees were bleeding through her "
        "jeans. She grabbed my arm and said 'please help me, a man just raped me by the bandstand'. She kept looking "
        "back at the park. She said 'he had his hand over my mouth'.",
        "I rang 999 straight away, it was 23:58 on my phone. I stayed with her until the police came.",
        "Just before she came out, I had seen a man running along the path on the far side of the park towards Tanner "
        "Street, maybe 100 metres away. He had a grey top with the hood up. I did not see his face. I think I might "
        "recognise how he ran and his build if I saw him again.",
    ])
    render_docx(d / "PLUMMER G.docx", mg11_blocks(w_plu, 1), "2026-04-27 03:10", header="OFFICIAL-SENSITIVE when complete",
                footer="Severnside Police MG11", author="lcorbett3321")

    w_cor = dict(urn=urn, name="Liam CORBETT", occ="PC 3321", date="27/04/2026", sig="(Sgd) L CORBETT 3321", law=1, decl=0,
                 body=[
        "At 2359 hrs on Sunday 26/04/2026 I was deployed to Priory Road, Bramwell to a report of a rape in Abbot's Meadow.",
        "I arrived at 0009 hrs on 27/04/2026 with my body worn camera recording. I saw a female sitting on the wall "
        "with a male and a dog. She was crying and shaking, her jeans were torn at both knees and there was a graze on "
        "her left cheek. She told me her name was Zara MILLINGTON.",
        "She said 'A man grabbed me from behind on the path and dragged me behind the bandstand and raped me. He said "
        "he'd hurt me. He ran that way' and pointed towards Tanner Street. I asked if she knew him and she said no.",
        "I requested an ambulance and further units and a scene cordon at the bandstand (scene log opened 0018 hrs).",
        "I produce my body worn video of my attendance 0009-0032 hrs as exhibit LC/1.",
    ])
    mg11_pdf(d / "CORBETT 3321.pdf", w_cor, LNs, "2026-04-27 06:00")

    w_osei = dict(urn=urn, name="Nadia OSEI", occ="Paramedic, West Severn Ambulance Service", date="28/04/2026",
                  sig="N. Osei (signed)", law=0, decl=0, pages=1, body=[
        "I am a registered paramedic. At 0015 hrs on 27/04/2026 I attended Priory Road, Bramwell with my colleague.",
        "The patient, Zara MILLINGTON, was distressed and shaking. I found superficial abrasions to both knees, and a 3 "
        "cm abrasion on the left cheek. Observations were normal. While I cleaned the grazes she said 'he held me down, "
        "his hand was over my mouth, I couldn't breathe properly'.",
        "She did not need hospital treatment for her injuries. With her agreement police took her to the SARC.",
        "I completed a patient report form (ePRF ref WSAS-260427-0031).",
    ])
    mg11_pdf(d / "paramedic OSEI.pdf", w_osei, LNs, "2026-04-28 09:00")

    w_boa = dict(urn=urn, name="Kieran BOATENG", occ="Detective Constable 4460", date="28/04/2026",
                 sig="K. Boateng DC4460 (signed)", law=0, decl=2, body=[
        "I am the officer in the case.",
        "At 0900 hrs on 27/04/2026 I attended the Severnside council CCTV suite and viewed cameras 14 (Priory Road "
        "gate) and 17 (Tanner Street/Mill Lane). I exported footage 23:30-23:59 26/04/2026 from both cameras which I "
        "produce as exhibit KB/1.",
        "On 27/04/2026 I obtained from the Force Control Room a copy of the recording of the 999 call made at 2358 hrs "
        "on 26/04/2026, which I produce as exhibit KB/2.",
        "At 1430 hrs on 27/04/2026 I arrested Lewis FARRANT at 31 Tanner Street, Bramwell on suspicion of rape. He "
        "said 'Not me, I was in'. In his bedroom I seized a grey hooded top with a white chest logo from the floor "
        "(KB/3). I saw a fresh scratch on the left side of his neck and arranged for it to be photographed.",
        "At Bramwell PIC the FME took a penile swab (KB/4) and a buccal swab (KB/5) which were handed to me. I seized "
        "his mobile phone, a black Motorola (KB/6).",
    ])
    render_docx(d / "BOATENG KB.docx", mg11_blocks(w_boa, 2), "2026-04-28 00:20", header="OFFICIAL-SENSITIVE when complete",
                author="kboateng4460")

    w_den = dict(urn=urn, name="Sarah DENHOLM", occ="Police Constable 2740", date="27/04/2026", sig="S Denholm PC2740",
                 sig_label="Signed", law=0, decl=0, body=[
        "At 1150 hrs on 27/04/2026 at Bramwell police station I was asked by DS PENHALIGON to view a CCTV clip to see "
        "whether I recognised anyone. I was not told who any suspect was or what the offence was beyond a serious "
        "sexual offence.",
        "I viewed exhibit KB/1, camera 17, at 23:53:10 - 23:53:24. I saw a male running north along Tanner Street. I "
        "recognised him as Lewis FARRANT. I know him from dealing with him over several weeks in 2021 when I "
        "interviewed him and took him to court, and I have seen him around Tanner Street many times since, most "
        "recently about 3 weeks ago. I recognise his build, his face when he turns at 23:53:19, and his running style.",
        "I completed the recognition record at 1205 hrs.",
    ])
    mg11_pdf(d / "recognition DENHOLM.pdf", w_den, LNs, "2026-04-27 12:20")

    w_ree = dict(urn=urn, name="Shannon REES", occ="Nail technician", date="27/04/2026", sig="S Rees [signed]",
                 law=0, decl=0, pages=1, body=[
        "I live at 31 Tanner Street with my boyfriend Lewis FARRANT. We have been together about a year.",
        "On Sunday 26th April we were in watching TV. At about 11pm Lewis said he was going out for a walk and a smoke. "
        "He does that sometimes. He came back about half twelve. He went straight in the shower which he doesn't "
        "normally do at night. I was in bed. He didn't say anything about where he'd been.",
        "I didn't notice a scratch on him that night. We have a cat.",
    ])
    mg11_pdf(d / "REES S.pdf", w_ree, LNs, "2026-04-27 19:50")

    w_hen = dict(urn=urn, name="Dr Paul HENSHAW", occ="Forensic physician, Severnside SARC", date="27/04/2026",
                 sig="P. Henshaw (signed)", law=2, decl=2, pages=2, body=[
        "At 0230 hrs on 27/04/2026 at Severnside SARC I examined Zara MILLINGTON (21) with her written consent. At 0225 "
        "hrs she signed consent for my notes, body map and photographs to be released to the police and CPS.",
        "Findings: abrasions to both knees (4cm, 3cm); 3cm abrasion left cheek; three oval bruises 1-1.5cm left upper "
        "arm consistent with fingertip pressure; two small fresh lacerations at the posterior fourchette. These "
        "genital injuries are consistent with recent penetration with force; they can occur in consensual intercourse "
        "but are less common.",
        "Samples produced: PH/1 HVS; PH/2 LVS; PH/3 perineal swab; PH/4 left cheek swab; PH/5 fingernail scrapings "
        "(both hands); PH/6 tapings from jeans. Handed to DC BOATENG 0410 hrs.",
    ])
    render_docx(d / "FME HENSHAW.docx", mg11_blocks(w_hen, 2), "2026-04-27 09:00", header="Severnside SARC",
                author="phenshaw")

    render_pdf(d / "interview record FARRANT.pdf", [
        ("title", "RECORD OF INTERVIEW (SDN) AND PREPARED STATEMENT"),
        ("kv", [("URN", urn), ("Suspect", "Lewis James FARRANT"), ("Date", "27/04/2026 22:10-22:31"),
                ("Officers", "DC 4460 BOATENG, DC 5120 RIDGEWAY"), ("Solicitor", "Ms Priti SHAH, Severn Law")], (42, 136)),
        ("h", "PREPARED STATEMENT (read by solicitor, handed to officers at 22:12)"),
        ("pi", "\"I, Lewis Farrant, was at home at 31 Tanner Street all evening on Sunday 26 April 2026 with my girlfriend "
               "Shannon Rees. I did not go to Abbot's Meadow park. I have not had any sexual contact with anyone other "
               "than my girlfriend. The scratch on my neck is from my cat. I will not be answering any further "
               "questions on legal advice.\"  Signed L Farrant 27/04/26"),
        ("h", "SHORT DESCRIPTIVE NOTE"),
        ("bullets", ["Shown CCTV stills cam 14/17 - 'no comment'.", "Asked about grey hoodie KB/3 - 'no comment'.",
                     "Asked about going out for a walk at 23:00 (REES account not yet obtained at time of interview) - 'no comment'.",
                     "Special warnings not given. Interview concluded 22:31."]),
    ], dict(LN, h_style="plain"), "2026-04-27 23:00", urn=urn)

    render_pdf(d / "PNC FARRANT.pdf", pnc_blocks(urn, dict(
        name="FARRANT, Lewis James", dob="17/01/2000", pncid="18/221904L", cro="040117/18N",
        convictions=[["14/09/2021", "Severnside MC", "Sexual assault on a female (SOA 2003 s.3) - stranger, town centre", "Community order 12m, RAR 20 days; notification 5 yrs"],
                     ["02/03/2022", "Severnside MC", "Fail to surrender to custody (Bail Act 1976 s.6)", "Fine £120"],
                     ["11/06/2019", "Bramwell MC", "Theft from a shop", "Conditional discharge 6m"]],
        cautions=[], notes="Warning signal: SEX OFFENDER (notification to 09/2026). ViSOR nominal."),
        "PNC", "27/04/2026 15:40", "4460"), dict(LN, h_style="plain"), "2026-04-27 15:40", urn=urn)
    render_pdf(d / "witness PNCs.pdf", witness_pnc_blocks(urn, [
        ["MILLINGTON, Zara", "08/12/2004", "Complainant", "No trace"],
        ["PLUMMER, Gareth", "30/05/1979", "First account / eye witness", "No trace"],
        ["REES, Shannon", "22/07/2001", "Witness (suspect's partner)", "1 conviction 2020 theft (shop) - fine. Disclosable."],
        ["OSEI, Nadia", "-", "Witness (paramedic)", "No trace"],
    ], "WITNESS PNC RESULTS", "Checks on all civilian prosecution witnesses so far.", "DC 4460 BOATENG", "27/04/2026"),
        dict(LN, h_style="plain"), "2026-04-27 21:00", urn=urn)

    render_docx(d / "MG6C prelim.docx", [
        ("small", "MG6C"), ("title", "NON-SENSITIVE UNUSED MATERIAL - PRELIMINARY SCHEDULE (THRESHOLD)"),
        ("kv", [("URN", urn), ("R v", "FARRANT"), ("Disclosure officer", "DC 4460 BOATENG"), ("Date", "28/04/2026")]),
        ("p", MG6C_INTRO + " This is a preliminary schedule; a full schedule will follow by 02/06/2026."),
        ("table", ["#", "Description", "Location", "Remarks"], [
            ["1", "Incident log SV-260426-1187 (999 call 23:58 from PLUMMER, deployments, scene log opened 00:18)", "Storm", "Copy with file"],
            ["2", "Crime report SV/26/11870 to 28/04/2026", "LANTERN", "Copy with file"],
            ["3", "Scene log - bandstand cordon 27/04/2026 00:18-13:40", "OIC", "Available"],
            ["4", "ABE interview plan ZM, DC RIDGEWAY 27/04/2026", "OIC", "Available"],
            ["5", "CCTV cam 14 full export 22:00-01:00 26-27/04/2026 (the 23:30-23:59 part is exhibit KB/1, in the file, and shows the unidentified jogger at 23:51)", "CCTV unit", "Jogger may assist defence - see KB/1; appeal to trace"],
            ["6", "House to house forms Tanner St / Priory Rd x24 (15 answered, nothing relevant)", "OIC", "Available"],
            ["7", "Custody record FARRANT BW-26-04410 incl. Supt review 23:10", "Custody", "Available"],
            ["8", "Paramedic ePRF WSAS-260427-0031", "WSAS", "Available on request"],
            ["9", "Code D recognition record PC DENHOLM 27/04 12:05", "OIC", "Available - content in PC DENHOLM statement"],
            ["10", "Photographs of scratch on FARRANT's neck 27/04 16:40 (x4)", "Exhibits", "Available"],
        ]),
    ], "2026-04-28 00:30", header="OFFICIAL-SENSITIVE", author="kboateng4460")
    render_docx(d / "MG6D prelim.docx", [
        ("small", "MG6D"), ("title", "SENSITIVE MATERIAL SCHEDULE (PRELIMINARY)"),
        ("kv", [("URN", urn), ("R v", "FARRANT"), ("Disclosure officer", "DC 4460 BOATENG"), ("Date", "28/04/2026")]),
        ("p", MG6D_INTRO),
        ("table", ["#", "Description", "Reason"], [
            ["1", "SARC notes, body map and photographs of ZM, 27/04/2026", "Medical confidentiality - consent to CPS viewing given 27/04"],
            ["2", "ViSOR record for FARRANT", "Police operational / third party management information"],
            ["3", "ZM's contact details, halls address, ISVA referral", "Personal data of complainant"],
        ]),
    ], "2026-04-28 00:32", header="OFFICIAL-SENSITIVE", author="kboateng4460")

    render_pdf(d / "incident SV-260426-1187.pdf", [
        ("title", "INCIDENT LOG SV-260426-1187"),
        ("table", ["Time", "Entry"], [
            ["26/04 23:58:02", "999 from male GARETH PLUMMER, Priory Road by park gate. Female with him says she has just been raped in Abbot's Meadow by the bandstand. Offender ran towards Tanner St. Grey hoodie."],
            ["23:59:10", "3321 deployed. Dog unit and 2 units to Tanner St area."],
            ["27/04 00:09:30", "3321 on scene. BWV on. Victim ZARA MILLINGTON 21."],
            ["00:12:45", "Ambulance requested - grazes to knees/face."],
            ["00:18:00", "Scene cordon bandstand. Scene log started."],
            ["00:41:00", "Area search neg. CCTV council cams 14/17 - request for OIC."],
            ["01:30:00", "Victim to Severnside SARC with 3321."],
            ["02:05:00", "Crime SV/26/11870. RASSO / CID informed."],
        ], (30, 148)),
    ], dict(LN, h_style="plain"), "2026-04-27 08:00", urn=urn)
    render_pdf(d / "crime SV-26-11870.pdf", [
        ("title", "CRIME REPORT SV/26/11870"),
        ("kv", [("URN", urn), ("Offence", "Rape - female 16+"), ("Victim", "MILLINGTON, Zara (F 21) - student"),
                ("Suspect", "FARRANT, Lewis James (M 26) - arrested 27/04/2026 14:30"), ("Location", "Abbot's Meadow park, Bramwell (bandstand)"),
                ("Reported", "26/04/2026 23:58 via 999 (third party on behalf of victim)"), ("OIC", "DC 4460 BOATENG")], (42, 136)),
        ("h", "SUMMARY"), ("p", "Stranger attack. Victim dragged from footpath, threatened and raped. Offender left toward Tanner St."),
        ("h", "VICTIM"), ("p", "Code: enhanced. Needs: female officer; contact mother; university welfare (consented). ISVA referral 27/04. VPS offered 27/04 - wants to make one."),
    ], dict(LN, h_style="plain"), "2026-04-28 00:10", urn=urn)

    render_pdf(d / "MG12 exhibits.pdf", mg12_blocks(urn, "FARRANT", [
        ["ER/1", "ABE recording - Zara MILLINGTON 27/04/2026", "DC RIDGEWAY", "In file (mp4)"],
        ["LC/1", "BWV PC 3321 CORBETT 00:09-00:32 27/04/2026", "PC CORBETT", "In file (mp4)"],
        ["KB/1", "CCTV export cams 14 and 17, 23:30-23:59 26/04/2026", "DC BOATENG", "In file (mp4)"],
        ["KB/2", "999 call recording 23:58 26/04/2026", "DC BOATENG", "In file (mp3)"],
        ["KB/3", "Grey hooded top, white chest logo", "DC BOATENG", "Lab - fibres"],
        ["KB/4", "Penile swab FARRANT", "DC BOATENG", "Lab - fast track"],
        ["KB/5", "Buccal swab FARRANT (reference)", "DC BOATENG", "Lab - fast track"],
        ["KB/6", "Black Motorola phone FARRANT", "DC BOATENG", "DFU"],
        ["PH/1", "High vaginal swab", "Dr HENSHAW", "Lab - fast track"],
        ["PH/2", "Low vaginal swab", "Dr HENSHAW", "Lab - fast track"],
        ["PH/3", "Perineal swab", "Dr HENSHAW", "Lab - fast track"],
        ["PH/4", "Left cheek swab", "Dr HENSHAW", "Retained"],
        ["PH/5", "Fingernail scrapings", "Dr HENSHAW", "Lab (with fast track)"],
        ["PH/6", "Tapings from jeans", "Dr HENSHAW", "Lab - fibres"],
    ], "DC 4460 BOATENG", "28/04/2026"), dict(LN, h_style="plain"), "2026-04-28 00:25", urn=urn)

    render_pdf(d / "MG21 fast track.pdf", [
        ("small", "MG21"), ("title", "FORENSIC SUBMISSION - FAST TRACK"),
        ("kv", [("URN", urn), ("Lab", "Cotswold Forensic Partnership (fictional) - ref CFP-26-0771"), ("Submitted", "27/04/2026 18:30"),
                ("Items", "PH/1, PH/2, PH/3, PH/5, KB/4, KB/5"), ("Examination", "DNA - fast track. Compare with KB/5."),
                ("Agreed result date", "05/05/2026"), ("Second stage", "Fibres KB/3 v PH/6 - result 29/05/2026")], (42, 136)),
    ], dict(LN, h_style="plain"), "2026-04-27 18:30", urn=urn)
    render_pdf(d / "MG2 ZM.pdf", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", urn), ("Witness", "Zara MILLINGTON"), ("By", "DC 5120 RIDGEWAY"), ("Date", "27/04/2026")], (42, 136)),
        ("table", ["Question", "Answer"], [
            ["Eligible?", "Yes - s.17(4) complainant of sexual offence"],
            ["Vulnerable (s.16)?", "No"], ["Intermediary?", "Not required"],
            ["s.27 VRI", "Done 27/04/2026 (ER/1)"], ["s.28 pre-recorded cross-exam - witness's view", "Wants it"],
            ["Live link", "Yes - remote site preferred"], ["Screens", "Yes if in court"],
            ["Other needs", "Supporter (ISVA); breaks; female officer"],
        ], (70, 108)),
    ], dict(LN, h_style="plain"), "2026-04-27 17:30", urn=urn)

    docs = [
        {"name": "MG3 threshold FARRANT.pdf", "type": "MG3"},
        {"name": "ER1_ABE_MILLINGTON.mp4", "type": "ABE_RECORDING"},
        {"name": "CCTV_cam14_cam17_KB1.mp4", "type": "CCTV"},
        {"name": "LC1 bwv corbett.mp4", "type": "BWV"},
        {"name": "KB2 999 call 2358.mp3", "type": "CALL_999"},
        {"name": "ABE summary ZM.docx", "type": "ABE_SUMMARY"},
        {"name": "MG11 RIDGEWAY.pdf", "type": "MG11", "role": "officer"},
        {"name": "PLUMMER G.docx", "type": "MG11", "role": "first_account"},
        {"name": "CORBETT 3321.pdf", "type": "MG11", "role": "officer"},
        {"name": "paramedic OSEI.pdf", "type": "MG11", "role": "witness"},
        {"name": "BOATENG KB.docx", "type": "MG11", "role": "officer"},
        {"name": "recognition DENHOLM.pdf", "type": "MG11", "role": "officer"},
        {"name": "REES S.pdf", "type": "MG11", "role": "witness"},
        {"name": "FME HENSHAW.docx", "type": "MG11", "role": "expert"},
        {"name": "interview record FARRANT.pdf", "type": "ROTI"},
        {"name": "PNC FARRANT.pdf", "type": "PNC"},
        {"name": "witness PNCs.pdf", "type": "PNC"},
        {"name": "MG6C prelim.docx", "type": "MG6C"},
        {"name": "MG6D prelim.docx", "type": "MG6D"},
        {"name": "incident SV-260426-1187.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime SV-26-11870.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 exhibits.pdf", "type": "MG12"},
        {"name": "MG21 fast track.pdf", "type": "FORENSIC"},
        {"name": "MG2 ZM.pdf", "type": "MG2"},
    ]
    return {"case": name, "stage": "threshold", "exit": 0,
            "present_types": ["MG3", "ABE_RECORDING", "CCTV", "BWV", "CALL_999", "ABE_SUMMARY", "MG11", "ROTI", "PNC",
                              "MG6C", "MG6D", "INCIDENT_LOG", "CRIME_REPORT", "MG12", "FORENSIC", "MG2"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                              "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                              "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 04 - Thamesgate Police Service (ORBIT). Compliant, charging. TWO complainants, one
# suspect (tattoo artist). C1 ABE, C2 written MG11; mother and work colleague as first accounts;
# studio CCTV; early advice by e-mail (.eml); lettered MG3 parts in DOCX; XLSX schedules.
# ============================================================================================

def folder04(root: Path) -> dict:
    name = "b17_04_thamesgate_orbit_two_complainants"
    d = root / name
    urn = "44TG0063126"
    OR = {"core": True, "family": "DV", "marking_top": "OFFICIAL-SENSITIVE", "head": "ORBIT  /  Thamesgate Police Service  /  Public Protection Command",
          "foot_left": "ORBIT print " + urn, "page_fmt": "Page {n} of {nb}", "h_style": "bar", "bar_rgb": (222, 232, 222),
          "creator": "ORBIT Case Builder"}
    ORs = dict(OR, h_style="plain", head="Thamesgate Police Service - MG11")

    mg3 = [
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("p", "ORBIT case " + urn + "   |   Crime refs TG/26/000412 (SG) and TG/26/001377 (LM)   |   Date: 22/04/2026"),
        ("h", "PART A - CASE DETAILS"),
        ("kv", [("Suspect", "BLYTHE, Aaron Paul, dob 02/06/1987 (38), tattoo artist, Inkwell Studio, 7 Riverside Parade"),
                ("Complainant 1", "Sophie GRAINGER (19) - 'SG'"), ("Complainant 2", "Leanne MOSS (27) - 'LM'"),
                ("Offences", "SG: assault by penetration (s.2 SOA 2003); sexual assault (s.3) - 08/01/2026\nLM: sexual assault (s.3 SOA 2003) - 11/11/2024")]),
        ("h", "PART B - TEST"),
        ("p", "Full Code Test on all three offences. Joinder and cross-admissibility for the CPS to consider."),
        ("h", "PART C - COMPLAINANT 1 (SG)"),
        ("p", "SG booked a hip tattoo at Inkwell Studio. On 08/01/2026 at about 3.10pm in the closed cubicle, while placing "
              "the stencil, BLYTHE pulled her leggings and knickers down further than needed, touched her vulva and put a "
              "finger inside her vagina 'for a second or two'. She said 'what are you doing?' and he said 'just getting "
              "the line right'. She froze and let him finish the tattoo because she did not know what to do. She left at "
              "4.41pm (reception CCTV MO/1). She told her mum that evening about 7.30pm (statement of Karen GRAINGER). "
              "Reported 09/01 at the front desk to PC HANNIGAN. ABE 14/01/2026 (HQ/1, summary, DC QUINN MG11)."),
        ("h", "PART D - COMPLAINANT 2 (LM)"),
        ("p", "LM came forward on 30/01/2026 by ringing 101 after seeing a post on a local Facebook group by SG's mother "
              "('my daughter was assaulted at a tattoo place on Riverside Parade'). On 11/11/2024 during a shoulder "
              "blade tattoo BLYTHE reached under her top and squeezed both breasts saying 'relax'. She told a colleague "
              "at work the next day (statement of Dionne FRASER). She gave a WRITTEN statement on 02/02/2026 - she was "
              "offered a video recorded interview and preferred to write it with DC QUINN. She says she did not report "
              "it in 2024 because she thought no one would believe her."),
        ("h", "PART E - SUSPECT'S ACCOUNT"),
        ("p", "Interview 1 (12/01/2026, SG): denies. Says the only touching was of the skin at the hip to place the "
              "stencil; never touched her genitals; she was chatty and happy and tipped him £10. Interview 2 "
              "(05/02/2026, LM, voluntary): does not remember her; 'I don't do that'; accepts the diary shows her "
              "appointment. Defence: denial; likely to suggest SG misunderstood stencil placement and that LM's account "
              "is contaminated by the Facebook post."),
        ("h", "PART F - LINES OF ENQUIRY (INCLUDING THOSE THAT POINT AWAY)"),
        ("bullets", [
            "Contamination / collusion (points away): LM and SG / Karen GRAINGER do not know each other - checked with all "
            "three. LM contacted police on 101, not the GRAINGERs. The post (captured 31/01, MG6C item 6) gives no "
            "details of what happened. LM gave her account before being told anything about SG's allegation. Risk "
            "recorded for CPS.",
            "Other artist Ryan PIKE was in the next cubicle on 08/01 - heard nothing (music on). Statement taken - may "
            "assist defence.",
            "Tip: BLYTHE says SG tipped £10. Card receipt (MO/3) shows £140 paid, no tip; SG says she paid no tip. "
            "Complete.",
            "Reception CCTV 08/01 (MO/1): SG leaves 16:41 head down, quickly. No camera in cubicles. Complete. CCTV for "
            "11/11/2024 no longer exists (30 day overwrite).",
            "Suspect's phone (MO/4): reviewed 01/01/2026-12/01/2026 for messages with SG's number and for images of "
            "clients - he messaged SG on 09/01 'hope the healing's going well x', nothing else relevant. Complete.",
            "Trawl of other female clients: NOT done. DI 5150 KNOX decided on 06/02/2026 that contacting about 400 "
            "clients would be disproportionate and intrusive and would risk contaminating any evidence; no appeal. "
            "Rationale on the policy file (MG6C item 12).",
        ]),
        ("h", "PART G - OUTSTANDING"),
        ("p", "No outstanding evidence. All enquiries are complete."),
        ("h", "PART H - VICTIMS AND WITNESSES"),
        ("table", ["", "SG", "LM"], [
            ["Special measures (MG2s attached)", "s.27 ABE; s.28 - WANTS it; screens; live link", "Screens; live link; s.28 explained - she has no VRI and does not want one; not sought"],
            ["Vulnerable / intermediary", "No / not needed", "No / not needed"],
            ["Needs", "Mum as supporter; college exams June - avoid", "Shift worker (care home) - 3 weeks' notice; no interpreter"],
            ["ISVA", "Referred 14/01/2026 - Thamesgate ISVA", "Offered 02/02/2026 - declined, leaflet given"],
            ["VPS", "Made 20/03/2026 (attached)", "Offered 02/02/2026 - declined"],
        ], (45, 66, 67)),
        ("h", "PART I - DISCLOSURE"),
        ("p", "MG6C and MG6D (xlsx) attached. Rebuttable presumption material with the file: incident log, both crime "
              "reports, PC HANNIGAN's PNB note is set out in his statement; witness PNCs (MOSS 2018 theft, PIKE 2020 "
              "cannabis)."),
        ("h", "PART J - DIGITAL AND THIRD PARTY"),
        ("p", "Neither complainant's phone has been taken or examined - there is no line of enquiry that needs it (no "
              "contact between them and the suspect other than the booking and his one text to SG, which is on his "
              "phone). No third party material about either complainant has been requested."),
        ("h", "PART K - FORENSIC / MEDICAL"),
        ("p", "None. SG was offered a forensic medical examination on 09/01/2026 and declined it (recorded in PC "
              "HANNIGAN's statement); by then about 19 hours had passed and she had showered. LM - 14 months, no "
              "forensic opportunity. No medical records have been sought, so no consent issue arises."),
        ("h", "PART L - BAIL"),
        ("p", "Pre-charge bail since 12/01/2026, extended by Insp 2290 MARLOW on 10/04/2026 to 12/06/2026. Conditions: "
              "(1) not to contact Sophie GRAINGER or Leanne MOSS directly or indirectly; (2) not to be alone with any "
              "female client in a closed room - a second person present or the cubicle curtain open. No breaches."),
        ("h", "PART M - PREVIOUS CONVICTIONS, OIC, SUPERVISOR, EARLY ADVICE"),
        ("p", "BLYTHE: no previous convictions or cautions (PNC attached). Early advice: sought by email on 03/02/2026; "
              "advice received 06/02/2026 from CPS lawyer Rebecca ASHWORTH (emails attached) - all points actioned "
              "(statement from LM's colleague, contamination enquiries, PNCs)."),
        ("p", "OIC: DC 4408 Marcus OWUSU, tel 01632 960644, marcus.owusu@thamesgate.police.example. Supervisor: DS 3012 "
              "Kate BRENNAN - reviewed and endorsed 22/04/2026."),
    ]
    render_docx(d / "MG3_BLYTHE_ORBIT.docx", mg3, "2026-04-22 12:00", header="OFFICIAL-SENSITIVE  -  ORBIT export",
                footer="Thamesgate Police Service  -  MG3  -  " + urn, author="mowusu4408", font_name="Arial", size=10)

    make_video(d / "HQ1 GRAINGER VRI.mp4", ["14/01/2026 10:31:", "TPS VRI SUITE B", "HQ/1 GRAINGER"], seconds=4, seed=51)
    make_video(d / "MO1_reception_CCTV_080126.mp4", ["INKWELL REC CAM1 08-01-2026 16:41:", "MO/1"], seconds=3,
               fps=8, codec="mpeg4", audio=False, scene="cctv", seed=52)

    render_docx(d / "ABE summary GRAINGER.docx", [
        ("title", "Record of video recorded interview - summary"),
        ("kv", [("URN", urn), ("Witness", "Sophie GRAINGER (19)"), ("Interviewer", "DC 6631 QUINN"), ("Date", "14/01/2026 10:31-11:22"), ("Exhibit", "HQ/1")]),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions; ground rules; SG's mum waiting outside."],
            ["04:20", "Booking in December for hip tattoo (peony). Session 08/01 at 3pm. Cubicle with door closed."],
            ["11:50", "Stencil: he pulled leggings and knickers down 'really low', past where the tattoo was going. Touched her 'between my legs'; finger went inside 'for a second or two'. She said 'what are you doing?'; he said 'just getting the line right'."],
            ["22:30", "Froze; let him do the tattoo (about 1 hr 20). He chatted normally. Paid £140 by card, no tip. Left 'as fast as I could'."],
            ["30:10", "Told mum that night in the kitchen about 7.30; mum said they were going to the police."],
            ["38:00", "Clarification: which hand (right), position (lying on left side), what she could see (ceiling mirror)."],
            ["48:40", "Closure."],
        ]),
        ("p", "Prepared by DC QUINN 15/01/2026."),
    ], "2026-01-15 12:00", header="OFFICIAL-SENSITIVE", author="hquinn6631")

    w_moss = dict(urn=urn, name="Leanne MOSS", occ="Senior care assistant", date="02/02/2026", sig="L Moss", law=0, decl=0,
                  extra=[("Statement taken by", "DC 6631 QUINN at Thamesgate Central, 1030-1215")], body=[
        "I have been offered a video recorded interview but I prefer to give a written statement.",
        "In November 2024 I had a tattoo done at Inkwell Studio on Riverside Parade. It was a swallow on my right "
        "shoulder blade. The artist was a man called Aaron. I now know his surname is BLYTHE. The appointment was on "
        "Monday 11th November 2024 at about 2pm. I had not met him before.",
        "I was sat on the chair backwards with my top off and my bra on, in a small room with the door shut. Part way "
        "through he stopped and said I was tense. He said 'relax' and he put both his hands round the front, under my "
        "bra, and squeezed both my breasts. I said 'woah' and leant forward and he took his hands away and laughed and "
        "said 'just loosening you up'. He then carried on with the tattoo. I didn't say anything else, I just wanted "
        "it finished.",
        "The next day at work I told my colleague Dionne what had happened. I didn't report it because I thought no one "
        "would believe me and I felt stupid.",
        "On 30th January 2026 I saw a post on the Thamesgate Community Noticeboard Facebook group from a woman saying "
        "her daughter had been assaulted at a tattoo place on Riverside Parade. It didn't say what happened. I don't "
        "know the woman or her daughter. I rang 101 that evening.",
        "I did not consent to him touching my breasts.",
    ])
    mg11_pdf(d / "MG11 L MOSS.pdf", w_moss, ORs, "2026-02-02 12:30")

    w_kar = dict(urn=urn, name="Karen GRAINGER", occ="School administrator", date="09/01/2026", sig="[signed]", law=0,
                 decl=0, pages=1, body=[
        "I am Sophie GRAINGER's mum. On Thursday 8th January 2026 Sophie had a tattoo appointment at Inkwell on "
        "Riverside Parade.",
        "She came home about 5pm and went straight upstairs which isn't like her. At about 7.30pm she came into the "
        "kitchen and started crying. She said 'Mum, the tattoo man touched me. He pulled my knickers down and put his "
        "finger inside me. I said what are you doing and he said he was getting the line right.' She said she didn't "
        "know what to do so she just let him finish the tattoo.",
        "I told her we were going to the police. We went to Thamesgate Central the next morning.",
        "I later put a post on the Thamesgate Community Noticeboard Facebook group warning people to be careful at tattoo "
        "places on Riverside Parade. I didn't name the studio, the man or Sophie, or say what had happened. I have never "
        "spoken to anyone called Leanne MOSS.",
    ])
    mg11_pdf(d / "MG11 K GRAINGER.pdf", w_kar, ORs, "2026-01-09 13:00")

    w_dio = dict(urn=urn, name="Dionne FRASER", occ="Care assistant", date="10/02/2026", sig="D.Fraser", sig_label="Signed",
                 law=1, decl=1, pages=1, body=[
        "I work at Riverside Care Home with Leanne MOSS. We have worked together about four years.",
        "One day in November 2024, I think a Tuesday, Leanne came in to work and showed me a new tattoo on her shoulder. "
        "She didn't seem happy about it. On our break she told me that the tattoo man had put his hands up her top and "
        "grabbed her boobs and told her to relax. She said she just froze and let him finish. I told her she should "
        "report it but she said no one would believe her.",
        "I have not spoken to Leanne about it since until she told me she had gone to the police this year.",
    ])
    render_docx(d / "FRASER D mg11.docx", mg11_blocks(w_dio, 1), "2026-02-10 16:00", header="OFFICIAL-SENSITIVE when complete",
                author="hquinn6631")

    w_han = dict(urn=urn, name="Joseph HANNIGAN", occ="PC 7710", date="09/01/2026", sig="J. Hannigan PC7710 (signed)",
                 law=0, decl=0, pages=1, body=[
        "At 1015 hrs on Friday 09/01/2026 I was on duty at the front desk at Thamesgate Central when Sophie GRAINGER "
        "attended with her mother Karen GRAINGER.",
        "In a private room Sophie told me: 'I had a tattoo yesterday at Inkwell on Riverside Parade. The man, Aaron, "
        "pulled my knickers down and put his finger in me.' I recorded this in my PNB at 1025 hrs.",
        "I explained a forensic medical examination to her and offered it. She declined it; she said she had showered "
        "and did not want to be examined. I recorded this decision in my PNB and on the crime report. I referred the "
        "report to the Public Protection team.",
    ])
    mg11_pdf(d / "HANNIGAN 7710.pdf", w_han, ORs, "2026-01-09 16:00")

    w_qui = dict(urn=urn, name="Harriet QUINN", occ="DC 6631", date="02/02/2026", sig="H. Quinn DC6631", law=0, decl=2,
                 body=[
        "I am a Detective Constable trained in ABE interviewing.",
        "On 14/01/2026 between 1031 and 1122 hrs at Thamesgate VRI suite B I conducted a video recorded interview with "
        "Sophie GRAINGER. I produce the master recording as exhibit HQ/1 and I have prepared a summary of it. An "
        "interview plan was prepared beforehand and is retained.",
        "On 02/02/2026 I took a written statement from Leanne MOSS, who had been offered and declined a video "
        "recorded interview.",
    ])
    render_docx(d / "QUINN DC6631.docx", mg11_blocks(w_qui, 1), "2026-02-02 17:00", header="OFFICIAL-SENSITIVE when complete",
                author="hquinn6631")

    w_pik = dict(urn=urn, name="Ryan PIKE", occ="Tattoo artist", date="15/01/2026", sig="R Pike [signed]", law=2, decl=0,
                 pages=1, body=[
        "I am a tattoo artist at Inkwell Studio, Riverside Parade. Aaron BLYTHE owns the studio.",
        "On Thursday 8th January 2026 I was working in the other cubicle from about 1pm to 6pm. We both have music on "
        "in our rooms. I didn't hear anything unusual from Aaron's room.",
        "I saw the girl with the hip piece leave about twenty to five. She was quiet and didn't say bye, which people "
        "usually do. Aaron can be a bit of a flirt with clients but I have never seen him do anything like what I've "
        "been told.",
    ])
    mg11_pdf(d / "PIKE R.pdf", w_pik, ORs, "2026-01-15 15:00")

    w_owu = dict(urn=urn, name="Marcus OWUSU", occ="Detective Constable 4408", date="06/02/2026",
                 sig="(Signed) M OWUSU DC4408", law=1, decl=1, body=[
        "I am the officer in the case.",
        "At 0930 hrs on 12/01/2026 I arrested Aaron BLYTHE at Inkwell Studio, 7 Riverside Parade. I viewed the "
        "reception CCTV (one camera, no cameras in the cubicles) and downloaded the footage of 08/01/2026 14:00-17:00. "
        "I produce a clip of 16:38-16:42 as exhibit MO/1; the 14:00-17:00 copy is retained.",
        "I seized the studio appointment diary, printed from the booking app, covering 01/11/2024 to 12/01/2026, "
        "which I produce as MO/2. It shows Sophie GRAINGER at 15:00 on 08/01/2026 and Leanne MOSS at 14:00 on "
        "11/11/2024.",
        "I obtained from the card terminal the receipt for 08/01/2026 16:39 for £140.00 with no gratuity which I "
        "produce as MO/3.",
        "I seized BLYTHE's mobile phone (iPhone 14) which I produce as MO/4. I reviewed the download for 01/01/2026 to "
        "12/01/2026 for messages with Sophie's number and for images of clients.",
        "On 05/02/2026 I interviewed BLYTHE voluntarily about Leanne MOSS's allegation.",
    ])
    render_docx(d / "OWUSU OIC statement.docx", mg11_blocks(w_owu, 2), "2026-02-06 18:00", header="OFFICIAL-SENSITIVE when complete",
                author="mowusu4408")

    render_docx(d / "VPS GRAINGER.docx", [
        ("title", "VICTIM PERSONAL STATEMENT"),
        ("p", "URN " + urn + "  -  made by Sophie GRAINGER on 20/03/2026 to DC 6631 QUINN"),
        ("p", DECLS[0].replace("{n}", "1")),
        ("p", "Since January I have not been able to look at the tattoo without feeling sick. I have stopped going out "
              "with my friends and I missed two weeks of college. I used to want to have more tattoos and now I can't "
              "walk down Riverside Parade. I want the court to know how it has affected me."),
        ("sig", "Signed: S Grainger   Date: 20/03/2026"),
    ], "2026-03-20 14:00", header="OFFICIAL-SENSITIVE", author="hquinn6631")

    render_pdf(d / "interviews BLYTHE.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW - BLYTHE (2 interviews)"),
        ("h", "Interview 1 - 12/01/2026 1400-1446, Thamesgate custody, solicitor Mr Olu ADEYEMI"),
        ("table", ["Time", "Summary"], [
            ["00:00", "Caution, rights, solicitor present."], ["02:10", "Tattooing 15 years; owns Inkwell."],
            ["06:30", "SG: 'nice girl, chatty'. Hip piece. Stencil placed at hip - he pulled the waistband down 'a bit'."],
            ["12:00", "Denies touching vulva: 'Absolutely not. Never.' Denies penetration."],
            ["18:45", "'She was happy, she tipped me a tenner.'"],
            ["24:00", "Text 09/01 'hope the healing's going well x' - 'I send that to everyone'."],
        ], (20, 158)),
        ("h", "Interview 2 - 05/02/2026 1000-1021, voluntary, Thamesgate Central, solicitor Mr ADEYEMI"),
        ("table", ["Time", "Summary"], [
            ["00:00", "Caution; voluntary attendance explained."], ["03:00", "Does not remember LM. Accepts diary shows appointment 11/11/2024."],
            ["08:20", "'I don't do that. I've never grabbed anyone's boobs.'"],
            ["14:00", "Suggests LM 'jumped on the bandwagon' after the Facebook post."],
        ], (20, 158)),
    ], dict(OR, h_style="plain"), "2026-02-06 09:00", urn=urn)

    render_pdf(d / "PNC BLYTHE.pdf", pnc_blocks(urn, dict(name="BLYTHE, Aaron Paul", dob="02/06/1987", pncid="26/0102334C",
               convictions=[], cautions=[], notes="No convictions, cautions, reprimands or warnings recorded. Fingerprints and DNA taken 12/01/2026."),
               "PNC PRINT", "12/01/2026 1130", "4408"), dict(OR, h_style="plain"), "2026-01-12 11:30", urn=urn)
    render_pdf(d / "witness convictions.pdf", witness_pnc_blocks(urn, [
        ["Sophie GRAINGER", "11/03/2006", "Complainant 1", "No trace"],
        ["Leanne MOSS", "19/07/1998", "Complainant 2", "1 conviction 2018 theft (shop) - conditional discharge. Disclosable."],
        ["Karen GRAINGER", "04/09/1978", "First account (SG's mother)", "No trace"],
        ["Dionne FRASER", "25/01/1990", "First account (LM's colleague)", "No trace"],
        ["Ryan PIKE", "12/12/1995", "Witness (other artist)", "1 conviction 2020 possession cannabis - fine. Disclosable."],
    ], "PNC - PROSECUTION WITNESSES", "All civilian witnesses checked 15/04/2026.", "DC 4408 OWUSU", "15/04/2026"),
        dict(OR, h_style="plain"), "2026-04-15 10:00", urn=urn)

    render_xlsx(d / "MG6C BLYTHE.xlsx", [("MG6C", ["MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL",
        f"URN {urn}   R v BLYTHE   Disclosure officer DC 4408 OWUSU   21/04/2026", MG6C_INTRO],
        ["No", "Description", "Relevant date", "Location", "D/O comment"], [
        [1, "ORBIT incident log TG-090126-0231 - SG front desk report", "09/01/2026", "ORBIT", "Copy with file"],
        [2, "Crime report TG/26/000412 (SG) incl. FME declined entry", "09/01/2026", "ORBIT", "Copy with file"],
        [3, "Crime report TG/26/001377 (LM) incl. 101 call record", "30/01/2026", "ORBIT", "Copy with file"],
        [4, "PC 7710 HANNIGAN PNB pp 31-33: SG initial account and FME declined", "09/01/2026", "Exhibits", "Content in statement; copy available"],
        [5, "ABE interview plan for SG by DC QUINN", "13/01/2026", "OIC", "Available"],
        [6, "Screenshot of Facebook post by Karen GRAINGER, Thamesgate Community Noticeboard (no names or details)", "29/01/2026 (captured 31/01)", "OIC", "Relevant to contamination - available"],
        [7, "Full reception CCTV download 08/01/2026 14:00-17:00 (clip exhibited MO/1)", "08/01/2026", "Exhibits", "Available"],
        [8, "DFU extraction report of MO/4 (BLYTHE iPhone), reviewed 01/01-12/01/2026 for contact with SG and client images", "14/01/2026", "DFU", "Available"],
        [9, "Custody record BLYTHE TG-C-26-0108", "12/01/2026", "Custody", "Available"],
        [10, "Notes of DC OWUSU calls with LM, SG and Karen GRAINGER confirming they do not know each other", "06/02/2026", "OIC", "Available"],
        [11, "Interview audio x2 (BLYTHE)", "12/01 and 05/02/2026", "Exhibits", "Available"],
        [12, "Policy file entry DI 5150 KNOX - decision not to trawl other clients, with rationale", "06/02/2026", "OIC", "Available"],
        [13, "Emails with CPS (early advice) 03/02-06/02/2026", "06/02/2026", "OIC", "Copy with file"],
    ], [5, 60, 16, 12, 28])], "2026-04-21 15:00", author="mowusu4408")
    render_xlsx(d / "MG6D BLYTHE.xlsx", [("MG6D", ["MG6D  POLICE SCHEDULE OF SENSITIVE MATERIAL",
        f"URN {urn}   R v BLYTHE   Disclosure officer DC 4408 OWUSU   21/04/2026", MG6D_INTRO],
        ["No", "Description", "Reason for sensitivity", "CPS comment"], [
        [1, "Local intelligence log 2023 - anonymous report re BLYTHE 'inappropriate comments to clients' (source protected)", "Source protection", ""],
        [2, "ISVA referral SG 14/01/2026", "Personal support data", ""],
        [3, "Witness contact details (MG11 rear pages) SG, LM, K GRAINGER, FRASER, PIKE", "Personal data", ""],
    ], [5, 60, 30, 20])], "2026-04-21 15:10", author="mowusu4408")

    render_pdf(d / "incident TG-090126-0231.pdf", [
        ("title", "INCIDENT TG-090126-0231"),
        ("mono", "09/01/2026 10:15  FRONT DESK THAMESGATE CENTRAL  REPORT OF SEXUAL ASSAULT\n"
                 "10:16  7710  F 19 SOPHIE GRAINGER WITH MOTHER. STATES TATTOO ARTIST 'AARON' AT INKWELL RIVERSIDE PDE\n"
                 "             PULLED KNICKERS DOWN AND PUT FINGER INSIDE HER YESTERDAY APPROX 1510.\n"
                 "10:40  7710  FME OFFERED - DECLINED (HAS SHOWERED, DOES NOT WANT EXAM). PNB 31-33.\n"
                 "11:05  7710  CRIME TG/26/000412. PPU INFORMED. VICTIM SAFE AT HOME ADDRESS.\n"
                 "11:06  CLOSED"),
    ], dict(OR, h_style="plain"), "2026-01-09 11:10", urn=urn)
    render_pdf(d / "crime reports SG LM.pdf", [
        ("title", "CRIME REPORT TG/26/000412 - GRAINGER"),
        ("kv", [("Offence", "Assault by penetration; sexual assault"), ("Reported", "09/01/2026 10:15 front desk"),
                ("Victim", "GRAINGER, Sophie F 19 - White British"), ("Suspect", "BLYTHE, Aaron (arrested 12/01/2026)"), ("URN", urn)]),
        ("p", "Victim declined FME 09/01 (showered). ABE 14/01. VPS made 20/03. ISVA referral 14/01."),
        ("pagebreak",),
        ("title", "CRIME REPORT TG/26/001377 - MOSS"),
        ("kv", [("Offence", "Sexual assault"), ("Reported", "30/01/2026 19:42 via 101"), ("Victim", "MOSS, Leanne F 27 - Black British"),
                ("Suspect", "BLYTHE, Aaron (voluntary interview 05/02/2026)"), ("URN", urn)]),
        ("p", "Historic (11/11/2024). Came forward after FB post - contamination enquiries by OIC. Written MG11 02/02 (declined VRI). VPS offered - declined. ISVA offered - declined."),
    ], dict(OR, h_style="plain"), "2026-04-20 10:00", urn=urn)

    render_pdf(d / "MG12 BLYTHE.pdf", mg12_blocks(urn, "BLYTHE", [
        ["HQ/1", "VRI of Sophie GRAINGER 14/01/2026", "DC QUINN", "In file (mp4)"],
        ["MO/1", "Reception CCTV clip 08/01/2026 16:38-16:42", "DC OWUSU", "In file (mp4)"],
        ["MO/2", "Studio appointment diary printout 01/11/2024-12/01/2026", "DC OWUSU", "Exhibits store; copy available"],
        ["MO/3", "Card receipt 08/01/2026 16:39 £140.00", "DC OWUSU", "Exhibits store; copy available"],
        ["MO/4", "iPhone 14 of BLYTHE", "DC OWUSU", "DFU"],
    ], "DC 4408 OWUSU", "21/04/2026"), dict(OR, h_style="plain"), "2026-04-21 15:30", urn=urn)

    render_pdf(d / "MG2 GRAINGER.pdf", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT - Sophie GRAINGER"),
        ("kv", [("URN", urn), ("Completed", "14/01/2026 DC QUINN")]),
        ("table", ["Measure", "Witness's view"], [["s.27 VRI", "Done (HQ/1)"], ["s.28", "Wants pre-recorded cross-examination"],
                                                ["Screens", "Yes"], ["Live link", "Yes"], ["Intermediary", "Not needed"]], (60, 118)),
        ("p", "Eligible s.17(4). Needs: mum to support; avoid June (college exams)."),
    ], dict(OR, h_style="plain"), "2026-01-14 12:30", urn=urn)
    render_docx(d / "MG2 MOSS.docx", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT - Leanne MOSS"),
        ("kv", [("URN", urn), ("Completed", "02/02/2026 DC QUINN")]),
        ("table", ["Measure", "Witness's view"], [["Screens", "Yes"], ["Live link", "Yes - preferred"],
                                                ["s.27 VRI", "Declined - gave written statement"],
                                                ["s.28", "Explained; does not want a VRI so s.28 not sought"],
                                                ["Intermediary", "Not needed"]]),
        ("p", "Eligible s.17(4). Needs: shift work - 3 weeks' notice of dates. No interpreter."),
    ], "2026-02-02 13:00", header="OFFICIAL-SENSITIVE", author="hquinn6631")

    eml_req = f"""From: Marcus Owusu <marcus.owusu@thamesgate.police.example>
To: RASSO Early Advice <rasso.earlyadvice@cps-thamesgate.example>
Cc: Kate Brennan <kate.brennan@thamesgate.police.example>
Subject: Early advice request - URN {urn} - R v BLYTHE (2 complainants)
Date: Tue, 03 Feb 2026 09:12:00 +0000
Message-ID: <20260203091200.4408@thamesgate.police.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi,

Early advice please on URN {urn}. Tattoo artist BLYTHE, complainant 1 (ABE done) digital penetration during
a session 08/01/26; complainant 2 came forward 30/01/26 after a Facebook post by C1's mum, sexual assault
11/11/24, written statement today. Suspect interviewed re C1 - denies. Voluntary interview re C2 booked
05/02/26.

Questions: (1) what do you need on contamination? (2) is a trawl of other clients expected? (3) anything else
before we build the FCT file?

Thanks
Marcus
DC 4408 Marcus OWUSU | PPC Thamesgate | 01632 960644
"""
    eml_rep = f"""From: Rebecca Ashworth <rebecca.ashworth@cps-thamesgate.example>
To: Marcus Owusu <marcus.owusu@thamesgate.police.example>
Subject: RE: Early advice request - URN {urn} - R v BLYTHE (2 complainants)
Date: Fri, 06 Feb 2026 15:40:00 +0000
Message-ID: <20260206154000.ra@cps-thamesgate.example>
In-Reply-To: <20260203091200.4408@thamesgate.police.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Marcus,

EARLY ADVICE - R v BLYTHE - {urn}

1. Contamination: establish whether C2 knows C1 or her mother; capture the post; record what C2 was told before
   she gave her account. Put the post to the suspect if he raises it.
2. Trawl: I do not advise a trawl of the client list on present information - it would be intrusive and could
   taint the evidence. Record the decision and reasons on the policy file.
3. Take a statement from the colleague C2 told in Nov 2024.
4. PNC on all civilian witnesses; MG6C/MG6D; card payment record (tip point).
5. Complainants' phones: no basis to request them on present facts.
Once done please submit for FCT.

Rebecca Ashworth, Senior Crown Prosecutor, RASSO Unit | 01632 960901
"""
    write_text(d / "early advice request.eml", eml_req, crlf=True)
    write_text(d / "RE early advice BLYTHE.eml", eml_rep, crlf=True)

    docs = [
        {"name": "MG3_BLYTHE_ORBIT.docx", "type": "MG3"},
        {"name": "HQ1 GRAINGER VRI.mp4", "type": "ABE_RECORDING"},
        {"name": "MO1_reception_CCTV_080126.mp4", "type": "CCTV"},
        {"name": "ABE summary GRAINGER.docx", "type": "ABE_SUMMARY"},
        {"name": "MG11 L MOSS.pdf", "type": "MG11", "role": "complainant"},
        {"name": "MG11 K GRAINGER.pdf", "type": "MG11", "role": "first_account"},
        {"name": "FRASER D mg11.docx", "type": "MG11", "role": "first_account"},
        {"name": "HANNIGAN 7710.pdf", "type": "MG11", "role": "officer"},
        {"name": "QUINN DC6631.docx", "type": "MG11", "role": "officer"},
        {"name": "PIKE R.pdf", "type": "MG11", "role": "witness"},
        {"name": "OWUSU OIC statement.docx", "type": "MG11", "role": "officer"},
        {"name": "VPS GRAINGER.docx", "type": ["VPS", "MG11"]},
        {"name": "interviews BLYTHE.pdf", "type": "ROTI"},
        {"name": "PNC BLYTHE.pdf", "type": "PNC"},
        {"name": "witness convictions.pdf", "type": "PNC"},
        {"name": "MG6C BLYTHE.xlsx", "type": "MG6C"},
        {"name": "MG6D BLYTHE.xlsx", "type": "MG6D"},
        {"name": "incident TG-090126-0231.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime reports SG LM.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 BLYTHE.pdf", "type": "MG12"},
        {"name": "MG2 GRAINGER.pdf", "type": "MG2"},
        {"name": "MG2 MOSS.docx", "type": "MG2"},
        {"name": "early advice request.eml", "type": ["CORRESPONDENCE", "EARLY_ADVICE"]},
        {"name": "RE early advice BLYTHE.eml", "type": ["EARLY_ADVICE", "CORRESPONDENCE"]},
    ]
    return {"case": name, "stage": "charging", "exit": 0,
            "present_types": ["MG3", "ABE_RECORDING", "CCTV", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D",
                              "INCIDENT_LOG", "CRIME_REPORT", "MG12", "MG2", "CORRESPONDENCE"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                              "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                              "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "files_readable", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 05 - Marchland Constabulary (QUILL). Compliant, charging, RESUBMISSION: original MG3,
# the CPS action plan (6 points) and an MG3A answering each point. Child complainant (15),
# youth worker first account (new statement), registered intermediary assessment, DPN as an
# image-only scan, SFR received, MG3/MG3A boxes written as questions.
# ============================================================================================

def folder05(root: Path) -> dict:
    name = "b17_05_marchland_quill_MG3A"
    d = root / name
    urn = "39MC0217725"
    QL = {"core": True, "family": "DV", "marking_top": "OFFICIAL - SENSITIVE", "head": "Marchland Constabulary  -  QUILL Case File  -  " + urn,
          "foot_left": "QUILL/CF v2.9", "page_fmt": "Page {n} of {nb}", "h_style": "underline", "size": 10,
          "creator": "QUILL Case File"}
    QLs = dict(QL, head="Marchland Constabulary  -  Witness Statement (QUILL)", h_style="plain")

    mg3 = [
        ("small", "MG3"), ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Submitted", "12/01/2026"), ("OIC", "DC 2468 Tom ELLACOTT, 01632 960733, tom.ellacott@marchland.police.example")], (40, 138)),
        ("h", "Q1. Who is the suspect and what is the offence?"),
        ("p", "Jordan Lee CASEWELL, DOB 03/02/2006 (19 at the time). Rape of Keira DOWDESWELL (aged 15) - s.1 SOA 2003; "
              "alternatively s.9 sexual activity with a child (penetration). Sat 20/09/2025 about 21:20 in his bedroom at "
              "4 Ferrers Close, Marchland."),
        ("h", "Q2. What test is sought?"), ("p", "Full Code Test."),
        ("h", "Q3. Was early advice sought?"), ("p", "Yes - by phone on 14/10/2025 with CPS RASSO (Ms A ROWE). Advice: "
              "obtain SFR on bedding, secure friend's account, limit any phone work to contact with suspect."),
        ("h", "Q4. What is the evidence?"),
        ("p", "K went to the suspect's house with her friend Ruby ATWAL about 19:00. Ruby left with the suspect's brother "
              "Callum at about 21:00. K stayed. In his bedroom he pushed her onto the bed, pulled her jeans down and "
              "had sex with her while she said no and cried. She left about 21:45. On 22/09 she told her youth worker at "
              "Marchland Youth Hub, who rang police. ABE 25/09/2025 (NF/1). Paediatric SARC 23/09: healing laceration. "
              "K's phone downloaded - messages with suspect. Duvet cover seized, at lab."),
        ("h", "Q5. What does the suspect say?"),
        ("p", "Interviewed 24/09/2025 with solicitor. Denies any sexual contact. Says both girls were only in the living "
              "room and left together about 21:00."),
        ("h", "Q6. What lines of enquiry have been followed, including any that point away?"),
        ("p", "Ruby ATWAL - says K stayed when she left (contradicts suspect). Callum CASEWELL - says K was in the "
              "living room 'fine' when he got back about 21:30 and had been 'all over' Jordan earlier (may assist "
              "defence) - statement taken. Youth worker account - to be obtained."),
        ("h", "Q7. What is outstanding?"), ("p", "SFR on duvet cover TE/3 - target 28/02/2026."),
        ("h", "Q8. Victim care?"), ("p", "ChISVA referral 23/09/2025. Special measures MG2 attached. VPS offered 25/09/2025 - K to decide later."),
        ("h", "Q9. Disclosure?"), ("p", "MG6C attached."),
        ("h", "Q10. Bail?"), ("p", "Pre-charge bail with conditions (no contact with K; not to attend Marchland Youth Hub)."),
        ("sig", "Supervisor: DS 0655 Amira HADID - endorsed 12/01/2026"),
    ]
    render_pdf(d / "MG3 original 120126.pdf", mg3, QL, "2026-01-12 16:00", urn=urn)

    ap = [
        ("title", "CPS ACTION PLAN"),
        ("kv", [("URN", urn), ("Suspect", "Jordan CASEWELL"), ("Prosecutor", "Anita ROWE, Senior Crown Prosecutor, CPS Marchland RASSO Unit"),
                ("Date", "29/01/2026"), ("Decision", "Charging decision deferred - further information required"),
                ("Respond by", "12/03/2026"), ("Contact", "01632 960955  anita.rowe@cps-marchland.example")], (40, 138)),
        ("h", "Action points"),
        ("table", ["No", "Action", "Reason"], [
            ["1", "Obtain a statement from the youth worker to whom K first disclosed (named in the crime report as Ellis BRANAGH).", "Previous complaint evidence (CJA 2003 s.120); required by the NFS."],
            ["2", "Provide PNC results or nil returns for all prosecution witnesses (K, Ruby ATWAL, Callum CASEWELL, the youth worker).", "Rebuttable presumption material (AG Guidelines)."],
            ["3", "The MG3 says K's phone 'was downloaded'. Provide the Digital Processing Notice and confirm the parameters used (data types, date range) and what was extracted. If a full download was done, explain why it was necessary.", "Proportionality (Bater-James); PCSC Act 2022 s.37."],
            ["4", "No MG6D was provided. Provide the sensitive material schedule (a nil return if there is none).", "Disclosure - schedules."],
            ["5", "Provide the SFR on the duvet cover (TE/3), or a firm target date.", "Evidential - key to the denial."],
            ["6", "Confirm K's view on s.28 pre-recorded cross-examination and whether a Registered Intermediary will be needed at trial.", "Special measures for a child witness."],
        ], (10, 100, 68)),
        ("p", "Please answer each point on an MG3A."),
    ]
    render_pdf(d / "CPS action plan 290126.pdf", ap, dict(QL, head="CPS Marchland - RASSO Unit", marking_top="OFFICIAL-SENSITIVE",
                                                          foot_left="CPS case management - action plan"), "2026-01-29 14:00", urn=urn)

    mg3a = [
        ("small", "MG3A"), ("title", "FURTHER REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "CASEWELL, Jordan Lee (DOB 03/02/2006)"), ("Complainant", "Keira DOWDESWELL (DOB 14/05/2010)"),
                ("In response to", "CPS action plan dated 29/01/2026 (A ROWE) - all 6 points answered below"),
                ("Date", "06/03/2026"), ("Test sought", "Full Code Test (as before)"),
                ("OIC", "DC 2468 Tom ELLACOTT  |  01632 960733  |  07700 900733  |  tom.ellacott@marchland.police.example"),
                ("Supervisor", "DS 0655 Amira HADID - reviewed and endorsed 06/03/2026")]),
        ("h", "Action point 1 - statement from the youth worker"),
        ("p", "DONE. Statement of Ellis BRANAGH, youth worker, Marchland Youth Hub, taken 10/02/2026, attached "
              "(BRANAGH youth worker MG11.docx). K told Ellis on Mon 22/09/2025 at about 16:30: 'Jordan made me have "
              "sex with him on Saturday, I kept saying no'. Ellis rang police at 17:05 (CAD 1702)."),
        ("h", "Action point 2 - PNC for all prosecution witnesses"),
        ("p", "DONE. Checks 03/03/2026 attached: Keira DOWDESWELL - no trace; Ruby ATWAL - no trace; Callum CASEWELL - "
              "no trace; Ellis BRANAGH - no trace (also DBS enhanced for role)."),
        ("h", "Action point 3 - K's phone: DPN and parameters"),
        ("p", "The wording on the first MG3 ('K's phone downloaded') was wrong and I apologise for the confusion. There "
              "was NO full download. K and her mother signed a Digital Processing Notice on 26/09/2025 (copy attached - "
              "scanned original). The extraction was selective: Snapchat, SMS and WhatsApp conversations between K and "
              "the suspect (Snapchat username jcas_06, mobile 07700 900614) only, dated 15/09/2025 to 23/09/2025. "
              "Nothing else was extracted. Reason: K said she messaged him at about 22:00 on 20/09 and he replied; those "
              "messages are direct evidence. The extraction report (attached) shows 9 messages, including K 22:03 'why "
              "did u do that i said no' and his reply 22:05 'u wanted it dont be dramatic'. The phone was returned to "
              "K the same day (26/09/2025)."),
        ("h", "Action point 4 - MG6D"),
        ("p", "DONE. MG6D attached (4 items: paediatric SARC notes, strategy discussion minutes, RI assessment report, "
              "ChISVA referral)."),
        ("h", "Action point 5 - SFR on duvet cover TE/3"),
        ("p", "DONE. SFR1 dated 20/02/2026 attached: semen on TE/3; DNA mixture - major male profile matches CASEWELL, "
              "minor female component matches K's reference sample (IP/4). This contradicts his account that K was never "
              "in his bedroom and that there was no sexual contact. Not yet put to him - the CPS may wish to consider a "
              "further interview; I can arrange it within 7 days."),
        ("h", "Action point 6 - s.28 and intermediary"),
        ("p", "K was asked on 03/03/2026 with her mum present: she WANTS s.28 pre-recorded cross-examination and to be "
              "at a remote live link site. Registered Intermediary Fiona LANGRIDGE assessed K on 24/09/2025 and advised "
              "no RI was needed for the ABE (breaks and simple questions). A fresh RI assessment for the s.28 hearing is "
              "booked for 24/04/2026 - the only outstanding item, target date 24/04/2026. MG2 updated and attached."),
        ("h", "Other updates"),
        ("bullets", [
            "Lines of enquiry pointing away: Callum CASEWELL's account (K 'fine' at 21:30, 'all over' Jordan earlier) "
            "remains in the file; no further enquiry arises. His timing is contradicted by Ruby ATWAL and by K's "
            "22:03 message.",
            "No third party material about K (school, social care, CAMHS) has been requested: no line of enquiry "
            "requires it. K is on the CAMHS waiting list; no records sought.",
            "Bail: on pre-charge bail since 24/09/2025; extended by Supt 1020 OKAFOR on 21/12/2025 to 24/06/2026. "
            "Conditions: no contact with Keira DOWDESWELL directly or indirectly; not to attend Marchland Youth Hub. "
            "No breaches.",
            "Victim: ChISVA Laura KEMP involved since 23/09/2025. VPS re-offered to K and her mum 03/03/2026 - K will "
            "make it after the decision. GCSEs May-June 2026: please avoid those dates. Mum is her supporter.",
            "Outstanding evidence: RI re-assessment only (24/04/2026). Nothing else outstanding.",
        ]),
    ]
    render_docx(d / "MG3A response.docx", mg3a, "2026-03-06 15:00", header="OFFICIAL-SENSITIVE - QUILL", footer="MG3A  " + urn,
                author="tellacott2468", font_name="Arial", size=10)

    make_video(d / "NF1 ABE DOWDESWELL.mp4", ["25/09/2025 10:02:", "MARCHLAND ABE SUITE (CHILD)", "NF/1"], seconds=4, seed=61)
    render_pdf(d / "ABE index KD.pdf", [
        ("title", "ABE INTERVIEW INDEX - Keira DOWDESWELL (15)"),
        ("kv", [("URN", urn), ("Interviewer", "DC 1177 Nadine FROST"), ("Monitor", "DC 2468 ELLACOTT"), ("Date", "25/09/2025 10:02-10:58"),
                ("Supporter", "None in room (K's choice); mother waiting outside"), ("Exhibit", "NF/1")]),
        ("table", ["From", "To", "Content"], [
            ["00:00", "05:30", "Rapport (school, netball), truth and lies (age appropriate), ground rules incl. 'I don't know' and breaks (RI advice)."],
            ["05:30", "19:40", "Free narrative: went to Jordan's with Ruby ~7pm; Callum there; Ruby and Callum left ~9 for shop; Jordan said come see his room."],
            ["19:40", "34:15", "Bedroom: pushed onto bed; jeans pulled down; she said 'no' and 'I don't want to' and cried; penis in vagina; 'it hurt'; stopped when his phone rang."],
            ["34:15", "41:00", "Left ~9.45, walked home, showered, did not tell mum. Messaged him ~10pm 'why did u do that i said no'."],
            ["41:00", "50:20", "Told Ellis at Youth Hub on Monday because she couldn't stop crying. Clarification of room, clothes, times."],
            ["50:20", "56:00", "Closure, next steps, break not needed."],
        ], (18, 18, 142)),
        ("p", "Index prepared by DC FROST 26/09/2025."),
    ], dict(QL, h_style="plain"), "2025-09-26 12:00", urn=urn)

    w_fro = dict(urn=urn, name="Nadine FROST", occ="Detective Constable 1177", date="26/09/2025", sig="N Frost DC1177 (signed)",
                 law=0, decl=0, pages=1, body=[
        "I am a Detective Constable trained in interviewing child witnesses under Achieving Best Evidence guidance.",
        "On 24/09/2025 Registered Intermediary Fiona LANGRIDGE assessed Keira DOWDESWELL and advised that an "
        "intermediary was not needed in interview, with regular breaks offered and short, simple questions. I wrote "
        "the interview plan taking account of that advice.",
        "On Thursday 25th September 2025 between 1002 and 1058 hrs at the Marchland ABE suite I conducted a video "
        "recorded interview with Keira. DC ELLACOTT monitored. I produce the master recording as NF/1. I have prepared "
        "an index of the interview.",
    ])
    mg11_pdf(d / "MG11 FROST NF1.pdf", w_fro, QLs, "2025-09-26 13:00")

    w_bra = dict(urn=urn, name="Ellis BRANAGH", occ="Youth worker, Marchland Youth Hub", date="10/02/2026",
                 sig="E. Branagh", sig_label="Signed", law=1, decl=1, pages=2, body=[
        "I am a youth worker employed by Marchland Borough Council at Marchland Youth Hub. I have known Keira "
        "DOWDESWELL for about two years through the Tuesday and Monday sessions.",
        "On Monday 22nd September 2025 Keira came in at about 4.15pm. She was quiet and sat on her own, which is not "
        "like her. At about 4.30pm I asked her in the side office if she was ok. She started crying and said 'Jordan made "
        "me have sex with him on Saturday, I kept saying no'. She said it was at his house when Ruby went to the shop. "
        "I knew who she meant - Jordan CASEWELL, who used to come to the hub. She said she hadn't told her mum.",
        "I did not ask her any more questions apart from whether she was safe. I told her I had to tell someone to keep "
        "her safe. I followed the safeguarding procedure, made a referral to children's social care and rang the police "
        "at 5.05pm. I stayed with her until PC DRAKE arrived and her mum came.",
    ])
    render_docx(d / "BRANAGH youth worker MG11.docx", mg11_blocks(w_bra, 2), "2026-02-10 17:00",
                header="OFFICIAL-SENSITIVE when complete", footer="Marchland Constabulary MG11", author="tellacott2468")

    w_atw = dict(urn=urn, name="Ruby ATWAL", age="15", occ="School pupil", date="29/09/2025", sig="[signed] R Atwal", law=0,
                 decl=0, pages=1, extra=[("Appropriate adult", "Mrs Harjit ATWAL (mother) - present throughout and signed")], body=[
        "I am friends with Keira from school. Callum CASEWELL was my boyfriend at the time. Jordan is his older brother.",
        "On Saturday 20th September me and Keira went to Callum's house at about 7pm. Jordan was there. We were in the "
        "living room watching TV.",
        "At about 9 o'clock me and Callum went to the shop. Keira said she'd stay and wait. After the shop Callum walked "
        "me home and I got home about half nine. Keira was still at their house when we left.",
        "Keira didn't say anything to me about what happened until the police came to school.",
    ])
    mg11_pdf(d / "MG11 ATWAL R.pdf", w_atw, QLs, "2025-09-29 18:00")

    w_cal = dict(urn=urn, name="Callum CASEWELL", age="17", occ="Apprentice mechanic", date="01/10/2025", sig="C Casewell",
                 sig_label="Signed", law=0, decl=0, pages=1, extra=[("Appropriate adult", "Mrs Donna CASEWELL (mother)")], body=[
        "Jordan CASEWELL is my brother. On Saturday 20th September 2025 my girlfriend at the time Ruby and her friend "
        "Keira came round about 7. Earlier Keira was all over Jordan, sitting on his lap and that.",
        "Me and Ruby went to the shop about 9 and I walked Ruby home. I got back about half 9. Keira was in the living "
        "room on her phone and she seemed fine. Jordan was in the kitchen. She went home not long after, I don't know "
        "exactly when.",
    ])
    mg11_odt(d / "CASEWELL C statement.odt", w_cal, "2025-10-01 18:30", author="tellacott2468")

    w_dra = dict(urn=urn, name="Hollie DRAKE", occ="PC 902", date="22/09/2025", sig="(Sgd) H Drake PC902", law=2, decl=2,
                 pages=1, body=[
        "At 1710 hrs on Monday 22/09/2025 I was deployed to Marchland Youth Hub following a call from a youth worker.",
        "I arrived at 1740 hrs and spoke with Ellis BRANAGH and then with Keira DOWDESWELL (15). In line with guidance "
        "for child witnesses I asked only brief questions to establish what had happened and that she was safe. Keira "
        "said 'Jordan Casewell had sex with me on Saturday at his house. I told him no.' I recorded this in my PNB at "
        "1752 hrs. Body worn video was not used.",
        "Her mother arrived at 1805 hrs. I arranged for the paediatric SARC the next morning and informed the duty "
        "DS and children's social care.",
    ])
    mg11_pdf(d / "DRAKE 902.pdf", w_dra, QLs, "2025-09-22 22:00")

    w_ell = dict(urn=urn, name="Tom ELLACOTT", occ="Detective Constable 2468", date="27/09/2025", sig="T. Ellacott DC2468 [signed]",
                 law=0, decl=1, body=[
        "I am the officer in the case.",
        "At 0705 hrs on 24/09/2025 I arrested Jordan CASEWELL at 4 Ferrers Close, Marchland. From his bedroom I seized "
        "a blue duvet cover from the bed, which I produce as TE/3, and his mobile phone, which I produce as TE/1. I "
        "interviewed him at 1330 hrs with his solicitor present.",
        "On 23/09/2025 at the paediatric SARC I received from Dr PRATT the exhibits IP/1 to IP/4.",
        "On 26/09/2025 I explained to Keira and her mother why we wanted to look at the messages between Keira and "
        "Jordan, and only those between 15/09/2025 and 23/09/2025. They read and signed a Digital Processing Notice. A "
        "selective extraction was carried out by the DFU kiosk and I produce the report as TE/2. Keira's phone was "
        "returned to her the same afternoon.",
    ])
    render_docx(d / "ELLACOTT OIC.docx", mg11_blocks(w_ell, 2), "2025-09-27 16:00", header="OFFICIAL-SENSITIVE when complete",
                author="tellacott2468")

    w_pra = dict(urn=urn, name="Dr Imogen PRATT", occ="Consultant paediatrician / paediatric forensic physician", date="02/10/2025",
                 sig="I. Pratt (signed)", law=0, decl=0, pages=2, body=[
        "On 23/09/2025 at 1000 hrs at Marchland Paediatric SARC I examined Keira DOWDESWELL (15) with her consent and "
        "her mother's. Keira and her mother also gave written consent for my notes and findings to be released to the "
        "police and the CPS.",
        "Keira said that on the Saturday night a young man had put his penis in her vagina when she said no.",
        "Findings: a healing superficial laceration of the posterior fourchette at the 6 o'clock position, about 4mm. "
        "In my opinion this is consistent with blunt penetrating trauma some 2 to 4 days earlier. The finding cannot "
        "tell whether or not there was consent.",
        "I took IP/1 high vaginal swab, IP/2 low vaginal swab, IP/3 perineal swab and, with consent, IP/4 a buccal "
        "reference swab from Keira. Her clothing had been washed.",
    ])
    render_docx(d / "PRATT paediatric FME.docx", mg11_blocks(w_pra, 2), "2025-10-02 11:00", header="Marchland Paediatric SARC",
                author="ipratt")

    render_pdf(d / "PNB DRAKE 220925 copy.pdf", [
        ("title", "COPY OF PNB ENTRIES - PC 902 DRAKE - 22/09/2025 (pp 41-42)"),
        ("mono", "1740 Marchland Youth Hub. Spoke Ellis BRANAGH youth worker - says Keira DOWDESWELL 15 disclosed rape.\n"
                 "1748 Spoke Keira in side office with Ellis present. Brief qs only.\n"
                 "1752 Q what happened  A 'Jordan Casewell had sex with me on Saturday at his house. I told him no.'\n"
                 "     Q are you safe now  A 'yes'\n"
                 "1805 Mother attended. SARC (paeds) booked 23/09 1000. DS 0655 + CSC informed.\n"
                 "     H DRAKE PC902 1820"),
    ], dict(QL, h_style="plain"), "2026-01-10 10:00", urn=urn)

    render_pdf(d / "ROTI CASEWELL J.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", urn), ("Interviewee", "Jordan Lee CASEWELL"), ("Date/time", "24/09/2025 1330-1412"),
                ("Officers", "DC 2468 ELLACOTT, DC 1177 FROST"), ("Solicitor", "Mr Keith DAWE, Dawe & Co")]),
        ("table", ["Time", "Who", "Summary"], [
            ["0:00", "DC E", "Caution, rights, solicitor present."],
            ["1:30", "JC", "Keira and Ruby came round Saturday about 7, 'just chilling in the living room'."],
            ["6:20", "JC", "'Both of them left together about 9 with Callum.' Keira never went upstairs."],
            ["11:00", "DC F", "Puts Keira's account. JC: 'That's a lie. Nothing happened. I've never touched her.'"],
            ["19:30", "DC F", "Asks about messages 22:03/22:05. JC: 'No comment' then 'she was messaging me all sorts'."],
            ["28:00", "DC E", "Asks if he knows her age. JC: 'I thought she was 16.'"],
            ["36:40", "JC", "Denies all sexual contact. Nothing to add."],
        ], (16, 16, 146)),
    ], dict(QL, h_style="plain"), "2025-09-25 09:00", urn=urn)

    render_pdf(d / "PNC J CASEWELL.pdf", pnc_blocks(urn, dict(name="CASEWELL, Jordan Lee", dob="03/02/2006", pncid="22/0193355D",
               convictions=[["17/05/2023", "Marchland Youth Court", "Criminal damage", "Referral order 4 months"],
                            ["08/08/2024", "Marchland MC", "Theft (shop)", "Fine £80"]], cautions=[]),
               "PNC PRINT", "24/09/2025 0930", "2468"), dict(QL, h_style="plain"), "2025-09-24 09:30", urn=urn)
    render_pdf(d / "PNC witnesses nil returns.pdf", witness_pnc_blocks(urn, [
        ["Keira DOWDESWELL", "14/05/2010", "Complainant", "No trace"],
        ["Ruby ATWAL", "02/11/2009", "Witness", "No trace"],
        ["Callum CASEWELL", "19/06/2008", "Witness", "No trace"],
        ["Ellis BRANAGH", "07/04/1991", "First account (youth worker)", "No trace"],
    ], "PNC CHECKS - PROSECUTION WITNESSES (ACTION POINT 2)", "Checked 03/03/2026 in response to the CPS action plan of 29/01/2026.",
        "DC 2468 ELLACOTT", "03/03/2026"), dict(QL, h_style="plain"), "2026-03-03 12:00", urn=urn)

    render_xlsx(d / "MG6C.xlsx", [("MG6C", ["MG6C - POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL",
        f"URN {urn}  R v CASEWELL  D/O: DC 2468 ELLACOTT  Date 12/01/2026 (updated 06/03/2026)", MG6C_INTRO],
        ["Item", "Description", "Location", "Remarks"], [
        [1, "CAD 1702 of 22/09/2025 - call from youth worker Ellis BRANAGH 17:05 (first report)", "QUILL", "Copy with file"],
        [2, "Crime report MC/25/17702 with updates to 06/03/2026", "QUILL", "Copy with file"],
        [3, "PC 902 DRAKE PNB pp41-42, 22/09/2025 - K's first account to police", "OIC", "Copy with file"],
        [4, "ABE interview plan for K, DC FROST 24/09/2025", "OIC", "Available"],
        [5, "Custody record CASEWELL MC-C-25-3310 24/09/2025", "Custody", "Available"],
        [6, "DFU extraction report of suspect's phone TE/1 (reviewed for contact with K 15-23/09/2025)", "DFU", "Available"],
        [7, "Victim contact log (Victims' Code updates to K and mother) 22/09/2025-06/03/2026", "QUILL", "Not relevant to the issues"],
        [8, "House to house Ferrers Close 25/09/2025 (5 addresses - nothing relevant)", "OIC", "Available"],
        [9, "SFR1 lab submission MG21 and acknowledgements (TE/3, IP/1-IP/4)", "OIC", "Available"],
    ], [6, 70, 12, 40])], "2026-03-06 14:00", author="tellacott2468")

    render_pdf(d / "MG6D.pdf", [
        ("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", urn), ("R v", "CASEWELL"), ("Disclosure officer", "DC 2468 ELLACOTT"), ("Date", "05/03/2026")]),
        ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [
            ["1", "Paediatric SARC notes and body diagrams for K, 23/09/2025", "Medical confidentiality (consent to CPS viewing given by K and mother 23/09/2025)"],
            ["2", "Strategy discussion minutes (police / children's social care / health) 22/09/2025", "Third party safeguarding information about a child"],
            ["3", "Registered Intermediary assessment report (F LANGRIDGE) 24/09/2025", "Personal and health information about a child witness"],
            ["4", "ChISVA referral 23/09/2025", "Personal support data"],
        ], (10, 90, 78)),
    ], dict(QL, h_style="plain"), "2026-03-05 16:00", urn=urn)

    scan_pdf(d / "DPN KD signed scan.pdf", [
        ("small", "Marchland Constabulary - Digital Forensic Unit - form DFU/7"),
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("p", "Extraction of information from a device with the agreement of the user (PCSC Act 2022 s.37). For a child: a parent or guardian signs with the child."),
        ("kv", [("URN", urn), ("Device user", "Keira DOWDESWELL (15)"), ("Parent/guardian", "Michelle DOWDESWELL (mother)"),
                ("Device", "Samsung Galaxy A14"), ("Officer", "DC 2468 ELLACOTT"), ("Date", "26/09/2025")]),
        ("h", "WHY WE ARE ASKING"),
        ("p", "Keira says she messaged Jordan Casewell at about 10pm on 20/09/2025 and he replied. Those messages are evidence of what happened."),
        ("h", "WHAT WILL BE EXTRACTED"),
        ("p", "Snapchat, SMS and WhatsApp conversations between Keira and Jordan Casewell (Snapchat jcas_06; mobile 07700 900614) ONLY, from 15/09/2025 to 23/09/2025. Nothing else: no photos, other chats, internet or location."),
        ("h", "WHAT HAPPENS TO IT"),
        ("p", "Done on the kiosk today, phone back today. Kept securely; seen by the CPS; may be given to the defence if the law requires. You can withdraw agreement before the extraction starts."),
        ("sig", "Signed (user): K Dowdeswell\nSigned (parent): M Dowdeswell\nSigned (officer): T Ellacott DC2468"),
        ("p", "Date: 26/09/2025  time 11:20"),
    ], "2025-09-26 11:30", seed=63, per_page=40)

    render_pdf(d / "KD selective extraction report.pdf", [
        ("title", "SELECTIVE EXTRACTION REPORT - EXHIBIT TE/2"),
        ("kv", [("URN", urn), ("Device", "Samsung Galaxy A14 - user Keira DOWDESWELL"), ("Authority", "DPN dated 26/09/2025 (user and parent)"),
                ("Parameters", "Snapchat, SMS, WhatsApp - conversations with jcas_06 / 07700 900614 only - 15/09/2025 to 23/09/2025"),
                ("Tool / operator", "DFU kiosk 1 - DMI R. SALT"), ("Extraction", "26/09/2025 11:35-12:10 (selective)")]),
        ("table", ["Date/time", "App", "From", "Text"], [
            ["18/09/2025 19:40", "Snapchat", "jcas_06", "u and ruby coming sat?"],
            ["18/09/2025 19:52", "Snapchat", "Keira", "maybe"],
            ["20/09/2025 18:31", "Snapchat", "jcas_06", "come round at 7"],
            ["20/09/2025 22:03", "SMS", "Keira", "why did u do that i said no"],
            ["20/09/2025 22:05", "SMS", "07700 900614", "u wanted it dont be dramatic"],
            ["20/09/2025 22:06", "SMS", "Keira", "i didnt"],
            ["20/09/2025 22:40", "SMS", "07700 900614", "dont say nothing to ruby"],
            ["21/09/2025 11:02", "Snapchat", "jcas_06", "u ok"],
            ["22/09/2025 08:15", "Snapchat", "jcas_06", "???"],
        ], (32, 22, 30, 94)),
        ("p", "9 items within the parameters. No data outside the parameters was extracted."),
    ], dict(QL, h_style="plain"), "2025-09-26 12:30", urn=urn)

    render_pdf(d / "SFR1 duvet TE3.pdf", [
        ("title", "STREAMLINED FORENSIC REPORT - SFR1"),
        ("kv", [("URN", urn), ("Lab", "Marchland & Wessex Forensic Science (fictional) ref MWF-25-6610"), ("Date", "20/02/2026"),
                ("Items", "TE/3 duvet cover; IP/1-IP/3 swabs; IP/4 reference K; reference CASEWELL (custody sample)")]),
        ("p", "TE/3: semen staining found. DNA mixture: the major male profile matches Jordan CASEWELL; the minor female "
              "component matches Keira DOWDESWELL (IP/4). IP/1-IP/3: no semen detected (taken about 61 hours after the "
              "alleged offence). An evaluative report can be provided if the findings are challenged."),
        ("sig", "Scientist: D. MARR (signed) 20/02/2026"),
    ], dict(QL, h_style="plain"), "2026-02-20 10:00", urn=urn)

    render_pdf(d / "MG2 KD.pdf", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT (updated 03/03/2026)"),
        ("kv", [("URN", urn), ("Witness", "Keira DOWDESWELL (15, DOB 14/05/2010)"), ("By", "DC 2468 ELLACOTT")]),
        ("table", ["Question", "Answer"], [
            ["Eligibility", "Child witness under 18 - s.16(1)(a) YJCEA 1999; also s.17(4)"],
            ["Intermediary", "RI assessment 24/09/2025 (F LANGRIDGE): not needed for ABE. Re-assessment for trial booked 24/04/2026"],
            ["s.27 VRI", "Yes - NF/1"], ["s.28 pre-recorded cross-examination", "WANTS it (asked 03/03/2026, mother present)"],
            ["Live link", "Yes - remote site"], ["Screens", "If needed"], ["Supporter", "Mother; ChISVA Laura KEMP"],
            ["Other needs", "Breaks every 20 mins; GCSEs May-June 2026; anxiety"],
        ], (60, 118)),
    ], dict(QL, h_style="plain"), "2026-03-03 15:00", urn=urn)

    write_text(d / "CAD 1702 220925.txt", f"""MARCHLAND CONSTABULARY  ** QUILL COMMAND & CONTROL **  INCIDENT 1702 22/09/2025
URN {urn}
17:05:31 CALL RECVD (101) FROM ELLIS BRANAGH, YOUTH WORKER, MARCHLAND YOUTH HUB, 01632 960187
17:06:10 CALLER: 15YO FEMALE KEIRA DOWDESWELL HAS DISCLOSED THAT 'JORDAN MADE ME HAVE SEX WITH HIM ON SATURDAY,
         I KEPT SAYING NO'. SUSPECT JORDAN CASEWELL APPROX 19 FERRERS CLOSE.
17:07:44 GRADE: PRIORITY. CHILD AT HUB WITH WORKER - SAFE.
17:10:02 PC902 DRAKE DEPLOYED
17:40:18 PC902 AT SCENE
17:52:40 PC902 BRIEF ACCOUNT OBTAINED (PNB). NO FURTHER QS PER ABE.
18:05:11 MOTHER AT HUB. PAEDS SARC 23/09 1000 BOOKED
18:20:09 DS0655 + CSC EDT INFORMED. STRAT DISCUSSION TO BE ARRANGED
18:41:00 CRIME MC/25/17702 RAISED - CLOSED
""")
    render_pdf(d / "crime report MC-25-17702.pdf", [
        ("title", "CRIME REPORT MC/25/17702"),
        ("kv", [("URN", urn), ("Offence", "Rape of female (s.1 SOA) / alt s.9 sexual activity with child"),
                ("Victim", "DOWDESWELL, Keira - F - 15 - White British"), ("Suspect", "CASEWELL, Jordan Lee - M - 19"),
                ("Reported by", "Ellis BRANAGH (youth worker) 22/09/2025 17:05"), ("OIC", "DC 2468 ELLACOTT")]),
        ("table", ["Date", "Update"], [
            ["22/09/2025", "Disclosure to youth worker Ellis BRANAGH at Youth Hub. PC DRAKE attended. Strategy discussion."],
            ["23/09/2025", "Paeds SARC (Dr PRATT). ChISVA referral."],
            ["24/09/2025", "RI assessment. Suspect arrested, interviewed (denies), bailed with conditions."],
            ["25/09/2025", "ABE (DC FROST). VPS offered - later."],
            ["26/09/2025", "DPN signed (K + mother). Selective extraction TE/2. Phone returned."],
            ["12/01/2026", "MG3 to CPS."], ["29/01/2026", "CPS action plan received (6 points, due 12/03/2026)."],
            ["06/03/2026", "MG3A submitted - all points answered."],
        ], (26, 152)),
    ], dict(QL, h_style="plain"), "2026-03-06 15:30", urn=urn)

    render_docx(d / "MG12 DOWDESWELL.docx", mg12_blocks(urn, "CASEWELL", [
        ["NF/1", "ABE recording Keira DOWDESWELL 25/09/2025", "DC FROST", "In file"],
        ["TE/1", "Mobile phone of CASEWELL", "DC ELLACOTT", "DFU"],
        ["TE/2", "Selective extraction report - K's phone", "DC ELLACOTT", "In file"],
        ["TE/3", "Blue duvet cover from CASEWELL's bed", "DC ELLACOTT", "Lab - SFR1 received"],
        ["IP/1", "High vaginal swab", "Dr PRATT", "Lab"], ["IP/2", "Low vaginal swab", "Dr PRATT", "Lab"],
        ["IP/3", "Perineal swab", "Dr PRATT", "Lab"], ["IP/4", "Buccal reference swab - K", "Dr PRATT", "Lab"],
    ], "DC 2468 ELLACOTT", "06/03/2026"), "2026-03-06 15:40", header="OFFICIAL", author="tellacott2468")

    docs = [
        {"name": "MG3 original 120126.pdf", "type": "MG3"},
        {"name": "CPS action plan 290126.pdf", "type": "ACTION_PLAN"},
        {"name": "MG3A response.docx", "type": "MG3A"},
        {"name": "NF1 ABE DOWDESWELL.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE index KD.pdf", "type": "ABE_SUMMARY"},
        {"name": "MG11 FROST NF1.pdf", "type": "MG11", "role": "officer"},
        {"name": "BRANAGH youth worker MG11.docx", "type": "MG11", "role": "first_account"},
        {"name": "MG11 ATWAL R.pdf", "type": "MG11", "role": "witness"},
        {"name": "CASEWELL C statement.odt", "type": "MG11", "role": "witness"},
        {"name": "DRAKE 902.pdf", "type": "MG11", "role": "officer"},
        {"name": "ELLACOTT OIC.docx", "type": "MG11", "role": "officer"},
        {"name": "PRATT paediatric FME.docx", "type": "MG11", "role": "expert"},
        {"name": "ROTI CASEWELL J.pdf", "type": "ROTI"},
        {"name": "PNC J CASEWELL.pdf", "type": "PNC"},
        {"name": "PNC witnesses nil returns.pdf", "type": "PNC"},
        {"name": "MG6C.xlsx", "type": "MG6C"},
        {"name": "MG6D.pdf", "type": "MG6D"},
        {"name": "DPN KD signed scan.pdf", "type": "DPN"},
        {"name": "KD selective extraction report.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "SFR1 duvet TE3.pdf", "type": "FORENSIC"},
        {"name": "MG2 KD.pdf", "type": "MG2"},
        {"name": "CAD 1702 220925.txt", "type": "INCIDENT_LOG"},
        {"name": "crime report MC-25-17702.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 DOWDESWELL.docx", "type": "MG12"},
    ]
    return {"case": name, "stage": "charging", "exit": 0,
            "present_types": ["MG3", "MG3A", "ACTION_PLAN", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC",
                              "MG6C", "MG6D", "DPN", "DIGITAL_EXTRACT", "FORENSIC", "MG2", "INCIDENT_LOG",
                              "CRIME_REPORT", "MG12"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                              "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                              "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 06 - Pennine Borders Police (GRITSTONE). Compliant, charging. Domestic rape, Polish
# interpreter (ABE in Polish + interpreter statement), A&E triage nurse as first account (typed
# copy + scanned signed original), BWV, non-molestation order copy, forensic scientist +
# FME experts, DPN, DMD, MG6C table across pages, MG6E, VPS. MG3 with tick boxes.
# ============================================================================================

def folder06(root: Path) -> dict:
    name = "b17_06_pennine_gritstone_DA"
    d = root / name
    urn = "66PB0350926"
    GR = {"family": "DV", "marking_top": "OFFICIAL-SENSITIVE", "head": "GRITSTONE \u25b8 Pennine Borders Police \u25b8 Safeguarding (RASSO/DA)",
          "foot_left": "GRITSTONE form MG3-PB v6  |  URN " + urn, "page_fmt": "p. {n} / {nb}", "h_style": "bar",
          "bar_rgb": (230, 226, 214), "size": 9.5, "creator": "GRITSTONE"}
    GRp = dict(GR, h_style="plain")
    Y, N = "\u2612", "\u2610"

    mg3 = [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", urn), ("Suspect", "STANSFIELD, Mark Andrew  (09/09/1984, 41)"),
                ("Victim", "Agnieszka STANSFIELD (34) - wife of suspect - Polish speaker"),
                ("Offence", "Rape, s.1 SOA 2003 (domestic)  -  Sat 18/04/2026 approx 23:30, 14 Moorside Terrace, Hebble Bridge"),
                ("Report date", "09/05/2026")], (40, 138)),
        ("h", "1. Test"),
        ("p", f"{Y} Full Code Test     {N} Threshold Test"),
        ("h", "2. Early advice"),
        ("p", f"Sought?  {Y} Yes  {N} No   -  23/04/2026 by phone with Imran QURESHI (CPS RASSO). Record attached. All advice actioned."),
        ("h", "3. Summary"),
        ("p", "AS and MS have been married 9 yrs; son Oliver (6). On 18/04 after a row about money MS came to bed about "
              "23:15. AS says he pulled at her nightdress, tearing it, held both wrists above her head and had vaginal "
              "sex with her while she said 'nie, stop' and cried. Next morning (07:12) he sent her a WhatsApp: 'I'm sorry "
              "about last night, I lost it. It won't happen again'. At about 09:15 she went to A&E at Hebble Bridge "
              "General with wrist pain and told the triage nurse her husband had forced her to have sex - the nurse "
              "called police. PC 6120 RAHMAN attended A&E 10:40 (BWV AR/1, Language Line interpreter). SARC 19/04 "
              "15:00. ABE in Polish 20/04 with interpreter (SP/1)."),
        ("h", "4. Suspect's account"),
        ("p", "Interview 19/04/2026 19:00 with solicitor (ROTI attached). Admits sex, says it was consensual and she was "
              "'up for it after the row'. May have held her hands 'playfully'. Nightdress 'was old'. The WhatsApp was an "
              "apology for shouting during the row. Says she has made this up because she wants a divorce and the house. "
              "Defence: consent; fabrication motive."),
        ("h", "5. Lines of enquiry"),
        ("table", ["Enquiry", "Result", "Done?"], [
            ["Motive to fabricate (points away): sister Joanne STANSFIELD says AS told her at Easter the marriage was over and she would 'make him pay'", "Statement taken 24/04; served. AS accepts she said the marriage was over; denies the rest.", Y],
            ["Family proceedings before the report?", "None. Checked with Hebble Bridge Family Court 27/04. NMO applied for 23/04 (after the report) - copy of order attached.", Y],
            ["Previous DA history", "2 logs (06/2024 argument; 11/2025 push, AS did not support). Both with file - may be used either way.", Y],
            ["Apology message 07:12", "Selective extraction CH/2 (WhatsApp chat with 'Mark' 17/04-21/04 only). Message confirmed; also on his phone CH/1.", Y],
            ["Nightdress tear - wear or force?", "Forensic scientist Dr MARSH: tear features consistent with forceful tearing, not wear.", Y],
            ["Son Oliver (6) in the house", "Asleep; AS says he did not wake. Not spoken to - decision with AS and children's services 21/04: no evidential value, harmful.", Y],
            ["Neighbours (no.12, no.16)", "Heard nothing 18/04. H2H forms on MG6C.", Y],
        ], (62, 100, 16)),
        ("h", "6. Outstanding"),
        ("p", f"Anything outstanding?  {N} Yes  {Y} No  - No further enquiries are outstanding."),
        ("h", "7. Digital / third party"),
        ("p", "Complainant's phone: DPN signed 20/04/2026 (Polish and English versions, interpreter present). Selective "
              "extraction limited to the WhatsApp chat with 'Mark', 17/04/2026 00:00 to 21/04/2026 23:59. Reason: the "
              "apology message is evidence and MS says it refers to the row. Nothing else extracted; phone returned same "
              "day. Third party material: none requested. A&E records not requested - the nurse's statement covers the "
              "first account and the FME covers injuries."),
        ("h", "8. Forensic / medical"),
        ("p", "Pennine SARC 19/04 15:00, Dr Simon ACHEBE: bruising both wrists, fingertip bruises both upper arms. "
              "Consent to share SARC notes with police/CPS signed 19/04 (with interpreter). Swabs not submitted (sex "
              "admitted). Nightdress SA/4 examined by Dr Helen MARSH - statement attached. Complete."),
        ("h", "9. Victim / witness"),
        ("table", ["Item", "Recorded", "Detail"], [
            ["Special measures (MG2)", Y, "s.27 done; s.28 - WANTS it; screens; live link; Polish interpreter at all hearings"],
            ["Intermediary", N + " needed", "Not vulnerable under s.16; language need is met by an interpreter"],
            ["Needs", Y, "Polish interpreter (Ewa LIS used so far); son aged 6 - childcare; IDVA/ISVA"],
            ["ISVA", Y, "Referred 20/04/2026 - Pennine ISVA Service, Maria COSTA (Polish speaking)"],
            ["VPS", Y, "Offered 20/04 - made 02/05/2026 with interpreter (attached)"],
        ], (42, 22, 114)),
        ("h", "10. Bail / orders"),
        ("p", "Pre-charge bail to 19/07/2026. Conditions: (1) no contact with Agnieszka STANSFIELD directly or indirectly "
              "except through solicitors about child contact; (2) not to enter Moorside Terrace; (3) live and sleep at 3 "
              "Lowfold Road, Hebble Bridge. Non-molestation order (Family Court, Hebble Bridge) granted without notice "
              "24/04/2026, return date 08/05/2026 (adjourned to 05/06/2026) - copy attached. No breaches."),
        ("h", "11. Disclosure"),
        ("p", "MG6C, MG6D, MG6E and DMD attached. RP material with file: incident log 19/04, previous DA logs, crime "
              "report, BWV, witness PNCs."),
        ("h", "12. Antecedents / OIC"),
        ("p", "MS: 2 convictions (2011 ABH - pub; 2016 drink drive). PNC attached. Bad character application (DA history) "
              "for CPS to consider."),
        ("kv", [("OIC", "DC 4790 Claire HOLROYD  -  01632 960866  -  claire.holroyd@pennineborders.police.example"),
                ("Supervisor", "DS 2001 Neil SUTCLIFFE - endorsed 09/05/2026")], (40, 138)),
    ]
    render_pdf(d / "MG3 STANSFIELD GRITSTONE.pdf", mg3, GR, "2026-05-09 10:00", urn=urn)

    make_video(d / "SP1_VRI_polish_interp.mp4", ["20/04/2026 11:03:", "PBP VRI ROOM 2 (PL interpreter)", "SP/1"], seconds=5, seed=71)
    make_video(d / "AR1 BWV AandE 190426.mp4", ["19/04/2026 10:41:", "BWV 6120 RAHMAN", "AR/1"], seconds=3, fps=8,
               codec="mpeg4", scene="bwv", seed=72)

    render_pdf(d / "ABE summary (English).pdf", [
        ("title", "Video Recorded Interview - Summary (English)"),
        ("kv", [("URN", urn), ("Witness", "Agnieszka STANSFIELD"), ("Language", "Polish - interpreter Mrs Ewa LIS (NRPSI 10447)"),
                ("Interviewer", "DC 3345 Stuart PICKLES"), ("Date", "20/04/2026 11:03-12:20"), ("Exhibit", "SP/1")]),
        ("table", ["Time", "Summary"], [
            ["00:00", "Introductions; interpreter's role explained; AS confirms she understands the interpreter."],
            ["06:10", "Marriage 9 years; arguments about money since Jan; previous incident Nov 2025 (push)."],
            ["15:40", "18/04: row about money ~21:00; she went to bed ~22:30; he came up ~23:15 smelling of beer."],
            ["22:00", "He pulled her nightdress, it tore at the front; held both wrists above her head with one hand; she said 'nie, stop, Mark' and cried; he put his penis in her vagina; 'a few minutes'; then he slept."],
            ["41:30", "Morning: message 07:12 apologising; wrist swollen; went to A&E; told nurse."],
            ["55:00", "Clarification: wrists, lights (bedside lamp on), Oliver asleep in next room; no condom."],
            ["70:00", "Closure; says she wants him to stop, does not want him punished 'too much'. Support discussed."],
        ], (18, 160)),
        ("p", "Summary written by DC PICKLES from the interpreter's English rendering; checked by Mrs LIS 21/04/2026."),
    ], GRp, "2026-04-21 16:00", urn=urn)

    w_pic = dict(urn=urn, name="Stuart PICKLES", occ="DC 3345", date="21/04/2026", sig="S Pickles DC3345 [signed]", law=0,
                 decl=0, pages=1, body=[
        "On Monday 20th April 2026 between 1103 and 1220 hrs at Hebble Bridge VRI room 2 I conducted a video recorded "
        "interview with Agnieszka STANSFIELD in Polish through an interpreter, Mrs Ewa LIS. I had prepared an interview "
        "plan. DC HOLROYD monitored.",
        "I produce the master recording as exhibit SP/1. I have written a summary in English.",
    ])
    render_docx(d / "PICKLES VRI statement.docx", mg11_blocks(w_pic, 1), "2026-04-21 17:00", header="OFFICIAL-SENSITIVE when complete",
                author="spickles3345")

    w_lis = dict(urn=urn, name="Ewa LIS", occ="Interpreter (Polish), NRPSI 10447", date="21/04/2026", sig="E. Lis", sig_label="Signed",
                 law=1, decl=1, pages=1, body=[
        "I am a registered public service interpreter in Polish and English.",
        "On 20/04/2026 I interpreted the video recorded interview of Agnieszka STANSFIELD conducted by DC PICKLES. I "
        "interpreted accurately and completely to the best of my ability. Mrs STANSFIELD told me she understood me.",
        "On 20/04/2026 I also read to her the Polish version of the Digital Processing Notice before she signed it, and on "
        "21/04/2026 I checked the English summary of the interview against the recording.",
    ])
    mg11_pdf(d / "interpreter LIS.pdf", w_lis, dict(GRp, head="Pennine Borders Police - MG11"), "2026-04-21 18:00")

    w_kir = dict(urn=urn, name="Bethany KIRKHAM", occ="Staff Nurse, Emergency Department, Hebble Bridge General Hospital",
                 date="19/04/2026", sig="(Sgd) B. Kirkham", law=0, decl=0, pages=1, body=[
        "I am a registered nurse working in the Emergency Department at Hebble Bridge General Hospital.",
        "At about 0920 hrs on Sunday 19th April 2026 I triaged a woman I now know as Agnieszka STANSFIELD. She had a "
        "swollen right wrist. Her English was limited. When I asked how she had hurt it she started crying and said 'my "
        "husband, he force me, sex, I say no, he hold my hands'. She held her wrists together above her head to show me.",
        "I saw red marks on both her wrists and on her upper arms. I asked if she was safe and she said 'I don't know'. "
        "I told the nurse in charge and at about 0950 hrs I rang the police under our safeguarding procedure.",
    ])
    render_docx(d / "MG11 KIRKHAM typed copy.docx", mg11_blocks(w_kir, 1), "2026-04-19 14:00", header="OFFICIAL-SENSITIVE when complete",
                footer="Typed copy of handwritten original", author="arahman6120")
    scan_pdf(d / "scan_0004.pdf", mg11_blocks(dict(w_kir, sig="B Kirkham"), 1), "2026-04-19 13:55", seed=74, per_page=44,
             kind="sans", size_pt=10)

    w_rah = dict(urn=urn, name="Aisha RAHMAN", occ="PC 6120", date="19/04/2026", sig="A Rahman PC6120 (signed)", law=2, decl=2,
                 body=[
        "At 0955 hrs on 19/04/2026 I was sent to the Emergency Department, Hebble Bridge General Hospital following a "
        "safeguarding call from a nurse.",
        "At 1040 hrs I met Agnieszka STANSFIELD. My body worn video was recording. She speaks limited English so I "
        "used a Language Line telephone interpreter (Polish, ID 55129). Through the interpreter she said her husband "
        "Mark had forced her to have sex last night in their bed, holding her wrists, while she said no. I saw marks "
        "on both wrists.",
        "I produce my body worn video 1040-1102 hrs as exhibit AR/1.",
        "I arranged the SARC for 1500 hrs and a safeguarding plan for her son. I informed DS SUTCLIFFE.",
    ])
    mg11_pdf(d / "RAHMAN 6120.pdf", w_rah, dict(GRp, head="Pennine Borders Police - MG11"), "2026-04-19 20:00")

    w_hol = dict(urn=urn, name="Claire HOLROYD", occ="DC 4790", date="22/04/2026", sig="C. Holroyd DC4790", sig_label="Signed",
                 law=0, decl=0, body=[
        "I am the officer in the case.",
        "At 1320 hrs on 19/04/2026 I arrested Mark STANSFIELD at 14 Moorside Terrace. I seized his Samsung phone (CH/1). "
        "I interviewed him at 1900 hrs with his solicitor.",
        "At 1710 hrs on 19/04/2026 at Pennine SARC I received exhibits SA/1 to SA/4 from Dr ACHEBE.",
        "On 20/04/2026, with Mrs LIS interpreting, I explained the Digital Processing Notice to Agnieszka STANSFIELD: "
        "only the WhatsApp chat with 'Mark' from 17/04 to 21/04/2026. She signed the Polish and English versions. The "
        "selective extraction was done the same day and I produce the report as CH/2. Her phone was returned at 1530 hrs.",
        "On 24/04/2026 I took a statement from Joanne STANSFIELD. On 27/04/2026 I checked with the Family Court office "
        "at Hebble Bridge: no family proceedings between the couple existed before 23/04/2026.",
    ])
    render_docx(d / "HOLROYD OIC.docx", mg11_blocks(w_hol, 2), "2026-04-27 17:00", header="OFFICIAL-SENSITIVE when complete",
                author="cholroyd4790")

    w_joa = dict(urn=urn, name="Joanne STANSFIELD", occ="Bookkeeper", date="24/04/2026", sig="[signed]", law=0, decl=0, pages=1,
                 body=[
        "Mark STANSFIELD is my younger brother. Agnieszka is his wife.",
        "At Easter, Sunday 5th April 2026, we were at my mum's. In the garden Agnieszka told me the marriage was over and "
        "she was going to leave Mark. She said 'he will pay for everything he did'. Her English isn't great so I don't "
        "know exactly what she meant.",
        "I have never seen Mark be violent to her. I know they argue about money.",
    ])
    mg11_pdf(d / "J STANSFIELD sister.pdf", w_joa, dict(GRp, head="Pennine Borders Police - MG11"), "2026-04-24 16:00")

    w_ach = dict(urn=urn, name="Dr Simon ACHEBE", occ="Forensic physician, Pennine SARC", date="23/04/2026", sig="S Achebe (signed)",
                 law=0, decl=0, pages=1, body=[
        "At 1500 hrs on 19/04/2026 at Pennine SARC I examined Agnieszka STANSFIELD with a Polish interpreter. She gave "
        "written consent to the examination and to the release of my notes and findings to the police and CPS.",
        "Findings: bruising 2-3cm on the inner aspect of both wrists; right wrist swollen and tender (A&E x-ray normal); "
        "three oval bruises 1cm on each upper arm consistent with fingertip grip. No genital injury; its absence does not "
        "exclude non-consensual intercourse.",
        "I took SA/1 HVS, SA/2 LVS, SA/3 external swab, and received SA/4 a nightdress she brought in a bag.",
    ])
    render_docx(d / "ACHEBE FME.docx", mg11_blocks(w_ach, 1), "2026-04-23 10:00", header="Pennine SARC", author="sachebe")

    w_mar = dict(urn=urn, name="Dr Helen MARSH", occ="Forensic scientist (textiles), Pennine Forensic Science Ltd", date="05/05/2026",
                 sig="H. Marsh [signed]", law=2, decl=0, pages=2, extra=[("Qualifications", "BSc, PhD; 14 years casework in textile damage")],
                 body=[
        "I received SA/4, a pale blue cotton nightdress, on 28/04/2026 (lab ref PFS-26-0931).",
        "There is a 22 cm tear running down from the neckline at the front. The fabric is in good condition elsewhere. "
        "The fibre ends along the tear are stretched and ruptured with distortion of the weave either side.",
        "In my opinion these features are what I would expect if the fabric had been torn by force, such as pulling, and "
        "are not what I would expect from wear and tear or a weakened garment. I cannot say who tore it.",
        "I was not asked to examine SA/1-SA/3 because sexual intercourse is not disputed.",
    ])
    mg11_pdf(d / "MARSH forensic scientist.pdf", w_mar, dict(GRp, head="Pennine Forensic Science Ltd - statement"), "2026-05-05 12:00")

    render_pdf(d / "ROTI STANSFIELD M.pdf", [
        ("title", "Record of Taped Interview"),
        ("kv", [("URN", urn), ("Interviewee", "Mark Andrew STANSFIELD"), ("Date / time", "19/04/2026 1900-1941"),
                ("Interviewers", "DC 4790 HOLROYD, DC 3345 PICKLES"), ("Solicitor", "Mr Dev PATEL, Patel Boyd")]),
        ("table", ["Time", "Content"], [
            ["0:00", "Caution, rights."], ["2:00", "Row about money on Saturday evening; he shouted; she went to bed."],
            ["7:30", "Went to bed ~23:15. 'We had sex. She was up for it after the row, that's how we make up.'"],
            ["13:10", "Held her hands? 'Maybe playfully. I never hurt her.'"],
            ["18:40", "Nightdress: 'It was old, it must have ripped.'"],
            ["22:00", "Message 07:12: 'I was saying sorry for shouting.'"],
            ["29:30", "'She wants a divorce and the house. She told my sister she'd make me pay.'"],
            ["38:00", "Denies rape. Nothing to add."],
        ], (16, 162)),
    ], GRp, "2026-04-20 09:00", urn=urn)

    render_pdf(d / "PNC STANSFIELD.pdf", pnc_blocks(urn, dict(name="STANSFIELD, Mark Andrew", dob="09/09/1984", pncid="03/118832P",
               cro="055211/03F", convictions=[["22/03/2011", "Hebble Bridge MC", "Assault occasioning ABH (s.47 OAPA) - male, pub", "8 weeks suspended 12m, compensation"],
                                              ["14/10/2016", "Hebble Bridge MC", "Drive with excess alcohol", "Disqualified 16m, fine"]], cautions=[]),
               "PNC PRINT", "19/04/2026 1400", "4790"), GRp, "2026-04-19 14:00", urn=urn)
    render_pdf(d / "witness PNC.pdf", witness_pnc_blocks(urn, [
        ["Agnieszka STANSFIELD", "21/01/1992", "Complainant", "No trace (also no trace on ECRIS request - not required)"],
        ["Bethany KIRKHAM", "30/08/1993", "First account (A&E nurse)", "No trace"],
        ["Joanne STANSFIELD", "15/02/1980", "Witness (suspect's sister)", "No trace"],
        ["Ewa LIS", "-", "Interpreter", "No trace"],
    ], "WITNESS PNC CHECKS", "Checked 28/04/2026.", "DC 4790 HOLROYD", "28/04/2026"), GRp, "2026-04-28 11:00", urn=urn)

    c_rows = [
        ["1", "Incident log PB-190426-0318: call from ED nurse 09:50 19/04/2026 and deployment", "GRITSTONE", "Copy with file"],
        ["2", "Incident log PB-140624-1102: verbal argument reported by neighbour 14/06/2024, no offences", "GRITSTONE", "Copy with file (previous DA logs)"],
        ["3", "Incident log PB-021125-0877: AS reported MS pushed her 02/11/2025; she did not support a prosecution", "GRITSTONE", "Copy with file (previous DA logs) - may undermine or assist"],
        ["4", "Crime report PB/26/09512 and updates to 09/05/2026", "GRITSTONE", "Copy with file"],
        ["5", "BWV PC 6120 RAHMAN 19/04/2026 (exhibit AR/1)", "DEMS", "Copy with file"],
        ["6", "PC 6120 RAHMAN PNB 19/04/2026 pp 8-10, initial account via Language Line", "Exhibits", "Content in statement and on BWV"],
        ["7", "Language Line call record 19/04/2026 10:43-11:00 (interpreter ID 55129)", "OIC", "Available"],
        ["8", "VRI interview plan, DC PICKLES 20/04/2026", "OIC", "Available"],
        ["9", "Custody record STANSFIELD PB-C-26-1907", "Custody", "Available"],
        ["10", "DASH risk assessment 19/04/2026 (high) and MARAC referral form", "GRITSTONE", "Available"],
        ["11", "House to house forms 14 Moorside Terrace neighbours nos. 12 and 16 (heard nothing) 21/04/2026", "OIC", "Available"],
        ["12", "DFU extraction report of CH/1 (suspect's Samsung) - reviewed 17/04-21/04/2026 chat with AS", "DFU", "Available"],
        ["13", "Note of enquiry with Hebble Bridge Family Court office 27/04/2026 - no proceedings before 23/04/2026", "OIC", "Available"],
        ["14", "Lab submission form and acknowledgement PFS-26-0931 (SA/4)", "OIC", "Available"],
        ["15", "Note of decision 21/04/2026 with AS and children's services not to speak to Oliver (6)", "OIC", "Available"],
        ["16", "CPS early advice record 23/04/2026", "OIC", "Copy with file"],
    ]
    render_pdf(d / "MG6C STANSFIELD.pdf", [
        ("small", "MG6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", urn), ("R v", "STANSFIELD"), ("Disclosure officer", "DC 4790 HOLROYD"), ("Date", "08/05/2026"), ("Page", "see footer")]),
        ("p", MG6C_INTRO),
        ("table", ["No.", "Description (with date)", "Location", "D/O remarks"], c_rows, (12, 104, 24, 38)),
        ("sig", "Signed: C Holroyd DC4790   08/05/2026"),
    ], dict(GRp, size=11), "2026-05-08 15:00", urn=urn)
    render_docx(d / "MG6D STANSFIELD.docx", [
        ("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", urn), ("R v", "STANSFIELD"), ("D/O", "DC 4790 HOLROYD"), ("Date", "08/05/2026")]), ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [
            ["1", "Pennine SARC notes and body map 19/04/2026", "Medical - consent to CPS given 19/04/2026"],
            ["2", "MARAC minutes 30/04/2026", "Multi-agency safeguarding information"],
            ["3", "Children's services referral re Oliver (6)", "Child safeguarding"],
            ["4", "AS contact details and refuge address", "Personal safety"],
        ]),
    ], "2026-05-08 15:10", header="OFFICIAL-SENSITIVE", author="cholroyd4790")
    render_docx(d / "MG6E STANSFIELD.docx", [
        ("small", "MG6E"), ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("kv", [("URN", urn), ("D/O", "DC 4790 HOLROYD"), ("Date", "08/05/2026")]),
        ("p", "Material that might reasonably be considered capable of undermining the prosecution or assisting the defence: "
              "MG6C items 2 and 3 (previous DA incidents - AS did not support the 2025 report); the statement of Joanne "
              "STANSFIELD (served). Items 1-5 and 16 are with the file. Digital material reviewed as set out in the DMD."),
        ("sig", "Signed: C Holroyd DC4790  08/05/2026"),
    ], "2026-05-08 15:20", header="OFFICIAL-SENSITIVE", author="cholroyd4790")
    render_pdf(d / "DMD STANSFIELD.pdf", [
        ("title", "Disclosure Management Document"), ("kv", [("URN", urn), ("Author", "DC 4790 HOLROYD"), ("Date", "08/05/2026")]),
        ("h", "Issues"), ("p", "Consent; alleged motive to fabricate (divorce); previous DA history."),
        ("h", "Digital strategy"), ("p", "Complainant: DPN, selective extraction of one WhatsApp chat 17/04-21/04/2026. Suspect: extraction of CH/1, "
                                      "reviewed for the chat with AS on the same dates. No other devices."),
        ("h", "Third party material"), ("p", "None requested. A&E and GP records not sought - no reasonable line of enquiry requires them."),
        ("h", "Schedules"), ("p", "MG6C 16 items; MG6D 4 items; MG6E attached."),
    ], GRp, "2026-05-08 15:30", urn=urn)

    render_pdf(d / "incident log 190426.pdf", [
        ("title", "Incident PB-190426-0318"),
        ("table", ["Time", "Log"], [
            ["09:50", "Call from Staff Nurse KIRKHAM, ED Hebble Bridge General: Polish female patient says husband forced her to have sex last night, held her hands. Marks on wrists. Son (6) with her."],
            ["09:55", "6120 deployed."], ["10:40", "6120 at ED. BWV. Language Line."],
            ["11:05", "6120: IP Agnieszka STANSFIELD. Susp husband Mark STANSFIELD at 14 Moorside Terr. Risk high."],
            ["11:30", "DS 2001 informed. SARC 1500. Son to stay with IP's friend."],
            ["13:20", "Susp arrested by DC 4790."],
        ], (20, 158)),
    ], GRp, "2026-04-19 14:00", urn=urn)
    render_pdf(d / "previous DA logs.pdf", [
        ("title", "Previous incidents - STANSFIELD household"),
        ("h", "PB-140624-1102  14/06/2024 22:40"),
        ("p", "Neighbour reports shouting at 14 Moorside Terrace. Officers attended: verbal argument about money, no offences "
              "disclosed, both spoken to. DASH standard."),
        ("h", "PB-021125-0877  02/11/2025 19:15"),
        ("p", "AS reported (via son's school interpreter contact) that MS pushed her against a door. Minor red mark. AS declined "
              "to make a statement or support a prosecution. MS spoken to - said she 'fell into the door'. NFA - evidential "
              "difficulties. DASH medium."),
    ], GRp, "2026-04-20 10:00", urn=urn)
    render_pdf(d / "crime report PB-26-09512.pdf", [
        ("title", "Crime Report PB/26/09512"),
        ("kv", [("URN", urn), ("Offence", "Rape (domestic)"), ("Victim", "STANSFIELD, Agnieszka F 34 - White Other (Polish) - first language Polish"),
                ("Suspect", "STANSFIELD, Mark M 41 - husband"), ("Reported", "19/04/2026 09:50 by ED nurse (third party)"), ("OIC", "DC 4790 HOLROYD")]),
        ("p", "Victim needs: Polish interpreter; female officer preferred; ISVA (Polish speaking) referral 20/04. VPS made 02/05/2026. "
              "Safeguarding: MARAC 30/04; NMO 24/04 (Family Court)."),
    ], GRp, "2026-05-08 16:00", urn=urn)

    render_pdf(d / "MG12 STANSFIELD.pdf", mg12_blocks(urn, "STANSFIELD", [
        ["AR/1", "BWV PC RAHMAN 19/04/2026 10:40-11:02", "PC RAHMAN", "In file (mp4)"],
        ["SP/1", "VRI of Agnieszka STANSFIELD 20/04/2026 (Polish, interpreted)", "DC PICKLES", "In file (mp4)"],
        ["SA/1", "High vaginal swab", "Dr ACHEBE", "Stored - not submitted"],
        ["SA/2", "Low vaginal swab", "Dr ACHEBE", "Stored - not submitted"],
        ["SA/3", "External swab", "Dr ACHEBE", "Stored - not submitted"],
        ["SA/4", "Pale blue nightdress (torn)", "Dr ACHEBE / Dr MARSH", "Lab - examined"],
        ["CH/1", "Samsung phone of Mark STANSFIELD", "DC HOLROYD", "DFU"],
        ["CH/2", "Selective extraction report - AS phone, WhatsApp chat 'Mark' 17-21/04/2026", "DC HOLROYD", "In file"],
    ], "DC 4790 HOLROYD", "08/05/2026"), GRp, "2026-05-08 16:10", urn=urn)

    render_pdf(d / "DPN AS (EN+PL).pdf", [
        ("title", "Digital Processing Notice / Powiadomienie o przetwarzaniu danych cyfrowych"),
        ("kv", [("URN", urn), ("User", "Agnieszka STANSFIELD"), ("Device", "iPhone 12"), ("Date", "20/04/2026"),
                ("Interpreter", "Ewa LIS (read in Polish)")]),
        ("h", "Reason"), ("p", "Your husband says his message of 19/04 at 07:12 was about the argument. The chat between you and him is evidence of what was said."),
        ("h", "Scope / Zakres"), ("bullets", ["WhatsApp chat with 'Mark' only", "17/04/2026 00:00 - 21/04/2026 23:59",
                                              "No photos, other chats, social media, location, browsing"]),
        ("h", "Handling"), ("p", "Selective extraction today; phone returned today. Stored securely; shown to CPS; to defence only if the law requires."),
        ("sig", "Signed: A. Stansfield [signed]   Date: 20/04/2026\nOfficer: C Holroyd DC4790 [signed]   Interpreter: E Lis [signed]"),
    ], GRp, "2026-04-20 13:30", urn=urn)
    render_pdf(d / "CH2 extraction.pdf", [
        ("title", "Selective extraction report - CH/2"),
        ("kv", [("URN", urn), ("Device", "iPhone 12 - Agnieszka STANSFIELD"), ("Parameters", "WhatsApp chat 'Mark' 17/04/2026-21/04/2026"), ("Operator", "DFU kiosk - T. WADE")]),
        ("table", ["Date/time", "From", "Message"], [
            ["18/04/2026 17:02", "Mark", "what time u back"], ["18/04/2026 17:05", "AS", "6"],
            ["19/04/2026 07:12", "Mark", "I'm sorry about last night, I lost it. It won't happen again"],
            ["19/04/2026 08:40", "Mark", "where are u"], ["20/04/2026 09:15", "Mark", "pls answer"],
        ], (34, 20, 124)),
    ], GRp, "2026-04-20 15:00", urn=urn)

    render_pdf(d / "Non-molestation order 240426.pdf", [
        ("title", "IN THE FAMILY COURT SITTING AT HEBBLE BRIDGE"),
        ("subtitle", "Family Law Act 1996, Part IV - Non-molestation order (made without notice)"),
        ("kv", [("Case no.", "HB26F00417"), ("Applicant", "Agnieszka STANSFIELD"), ("Respondent", "Mark Andrew STANSFIELD"),
                ("Made by", "District Judge FAROOQ"), ("Date", "24/04/2026"), ("Police URN (for reference)", urn)]),
        ("h", "The court orders that"),
        ("bullets", ["The respondent must not use or threaten violence against the applicant, and must not instruct, encourage or in any way suggest that any other person should do so.",
                     "The respondent must not intimidate, harass or pester the applicant.",
                     "The respondent must not contact the applicant directly or indirectly save through solicitors about arrangements for the child.",
                     "The respondent must not go within 100 metres of 14 Moorside Terrace, Hebble Bridge."]),
        ("p", "This order lasts until 23/10/2026 unless varied or discharged. Return hearing 08/05/2026 (adjourned to 05/06/2026). "
              "Breach without reasonable excuse is a criminal offence (FLA 1996 s.42A)."),
    ], dict(GRp, head="Copy order supplied to police 25/04/2026", marking_top=""), "2026-04-25 10:00", urn=urn)

    render_docx(d / "CPS early advice 230426.docx", [
        ("title", "Early advice - record"), ("kv", [("URN", urn), ("CPS", "Imran QURESHI, RASSO"), ("Police", "DC 4790 HOLROYD"), ("Date", "23/04/2026 (phone)")]),
        ("bullets", ["Obtain expert view on nightdress tear (force v wear) - sex admitted so swabs need not be submitted.",
                     "Take statement from the sister re 'make him pay' comment; check for any family proceedings before the report.",
                     "Obtain previous DA logs for the address - likely bad character / and possibly undermining.",
                     "Digital: selective extraction of the chat containing the 07:12 message only, with DPN in Polish.",
                     "Ensure interpreter at ABE is recorded and gives a statement."]),
    ], "2026-04-23 12:00", header="OFFICIAL-SENSITIVE", author="cholroyd4790")
    render_docx(d / "VPS Agnieszka (translated).docx", [
        ("title", "VICTIM PERSONAL STATEMENT"),
        ("p", f"URN {urn}. Made by Agnieszka STANSFIELD on 02/05/2026 in Polish, translated by Ewa LIS."),
        ("p", DECLS[2].replace("{n}", "1")),
        ("p", "I do not feel safe in my own house. I sleep with the light on. My son asks why his father is not here. I came "
              "to this country for a family and now I feel alone. I want the court to know I am afraid."),
        ("sig", "Signed: A Stansfield   Date: 02/05/2026\nInterpreter: E Lis"),
    ], "2026-05-02 15:00", header="OFFICIAL-SENSITIVE", author="cholroyd4790")
    render_docx(d / "MG2 AS.docx", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", urn), ("Witness", "Agnieszka STANSFIELD"), ("By", "DC 3345 PICKLES"), ("Date", "20/04/2026")]),
        ("table", ["Measure", "Yes/No", "Notes"], [
            ["s.27 VRI", "Yes", "SP/1"], ["s.28 pre-recorded cross-examination", "Yes", "She wants it (asked with interpreter)"],
            ["Screens", "Yes", ""], ["Live link", "Yes", "Preferred"], ["Intermediary", "No", "Not vulnerable; language need met by interpreter"],
            ["Interpreter", "Yes", "Polish at every stage"], ["Supporter", "Yes", "ISVA Maria COSTA"],
        ]),
    ], "2026-04-20 13:00", header="OFFICIAL-SENSITIVE", author="spickles3345")

    docs = [
        {"name": "MG3 STANSFIELD GRITSTONE.pdf", "type": "MG3"},
        {"name": "SP1_VRI_polish_interp.mp4", "type": "ABE_RECORDING"},
        {"name": "AR1 BWV AandE 190426.mp4", "type": "BWV"},
        {"name": "ABE summary (English).pdf", "type": "ABE_SUMMARY"},
        {"name": "PICKLES VRI statement.docx", "type": "MG11", "role": "officer"},
        {"name": "interpreter LIS.pdf", "type": "MG11", "role": "witness"},
        {"name": "MG11 KIRKHAM typed copy.docx", "type": "MG11", "role": "first_account"},
        {"name": "scan_0004.pdf", "type": "MG11", "role": "first_account"},
        {"name": "RAHMAN 6120.pdf", "type": "MG11", "role": "officer"},
        {"name": "HOLROYD OIC.docx", "type": "MG11", "role": "officer"},
        {"name": "J STANSFIELD sister.pdf", "type": "MG11", "role": "witness"},
        {"name": "ACHEBE FME.docx", "type": "MG11", "role": "expert"},
        {"name": "MARSH forensic scientist.pdf", "type": ["MG11", "FORENSIC"], "role": "expert"},
        {"name": "ROTI STANSFIELD M.pdf", "type": "ROTI"},
        {"name": "PNC STANSFIELD.pdf", "type": "PNC"},
        {"name": "witness PNC.pdf", "type": "PNC"},
        {"name": "MG6C STANSFIELD.pdf", "type": "MG6C"},
        {"name": "MG6D STANSFIELD.docx", "type": "MG6D"},
        {"name": "MG6E STANSFIELD.docx", "type": "MG6E"},
        {"name": "DMD STANSFIELD.pdf", "type": "DMD"},
        {"name": "incident log 190426.pdf", "type": "INCIDENT_LOG"},
        {"name": "previous DA logs.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime report PB-26-09512.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 STANSFIELD.pdf", "type": "MG12"},
        {"name": "DPN AS (EN+PL).pdf", "type": "DPN"},
        {"name": "CH2 extraction.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "Non-molestation order 240426.pdf", "type": "OTHER"},
        {"name": "CPS early advice 230426.docx", "type": "EARLY_ADVICE"},
        {"name": "VPS Agnieszka (translated).docx", "type": ["VPS", "MG11"]},
        {"name": "MG2 AS.docx", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 0,
            "present_types": ["MG3", "ABE_RECORDING", "BWV", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D",
                              "MG6E", "DMD", "INCIDENT_LOG", "CRIME_REPORT", "MG12", "DPN", "DIGITAL_EXTRACT",
                              "EARLY_ADVICE", "MG2"],
            "must_fail": [],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                              "suspect_account", "outstanding_dated", "complainant_account", "abe_recording",
                              "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
                              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
                              "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                              "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "one_urn", "third_party_request",
                              "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 07 - Carrow Valley Police (STRATA). FAULTY. Planted: (1) a line of enquiry pointing
# away (door supervisor describes a different man; club CCTV) not followed and no reason given;
# (2) an outstanding item with no target date (suspect's phone download). Sister = first account.
# ============================================================================================

def folder07(root: Path) -> dict:
    name = "b17_07_carrow_strata"
    d = root / name
    urn = "52CV0144826"
    ST = {"core": True, "family": "DVS", "head": "Carrow Valley Police | STRATA Investigation Management | " + urn,
          "marking_top": "OFFICIAL-SENSITIVE", "foot_left": "STRATA 11.2", "page_fmt": "Page {n}", "h_style": "plain", "size": 10.5,
          "creator": "STRATA IM"}
    mg3 = [
        ("small", "MG3"), ("title", "Report to Crown Prosecutor for a Charging Decision"),
        ("table", ["URN", "Suspect", "Complainant", "Offence"], [[urn, "MORTIMER, Kyle (12/12/2000)", "Natalie BREWIN (22)",
                    "Rape x2 (s.1 SOA 2003) - lack of capacity / asleep - Fri-Sat 06-07/03/2026, Flat 3, 27 Quayside, Carrow"]], (32, 42, 38, 66)),
        ("h", "TEST SOUGHT:"), ("p", "full code test"),
        ("h", "EARLY ADVICE:"), ("p", "Not sought - the suspect had been interviewed and the main evidence was in by mid April; DS decided "
                                      "to go straight for a charging decision once toxicology was back."),
        ("h", "CASE SUMMARY:"),
        ("p", "IP (Natalie BREWIN) was on a night out in Carrow with work friends on Fri 06/03. She drank heavily - vodka, "
              "shots. Her last clear memory is dancing in Velvet nightclub about 0130hrs. She woke at about 0600 on Sat 07/03 "
              "in a flat she didn't know, naked, with a male (MORTIMER) on top of her having sex with her. She pushed him off, "
              "dressed and left. She rang her sister at 0640 from the street and told her. Sister collected her and rang 101. PC "
              "4402 TEMPLE attended sister's flat 0855. SARC 1300 07/03 incl bloods/urine for tox. ABE 09/03."),
        ("p", "MORTIMER was identified from the flat address; arrested 08/03 and interviewed."),
        ("h", "SUSPECT ACCOUNT:"),
        ("p", "Met IP in Velvet about 0100, they danced and kissed. They left together about 0200 and walked to his flat holding "
              "hands. She was 'tipsy not drunk', chatting and laughing. They had consensual sex about 0230. In the morning she "
              "woke up and 'started it again'. She left suddenly and he didn't know why. Defence = consent / reasonable belief."),
        ("h", "EVIDENCE:"),
        ("bullets", ["ABE (FG/1) + summary + DC GARSIDE MG11", "Sister Jodie BREWIN - first account 0640",
                     "PC TEMPLE - first officer", "Door supervisor Steve ANKERS - saw IP leave at about 0210 'very drunk, being held up' by a male",
                     "FME Dr FAULKNER + toxicology (blood alcohol back calculation approx 220mg/100ml at 0130; no drugs)",
                     "ROTI", "PNC (no previous)"]),
        ("h", "LINES OF ENQUIRY:"),
        ("p", "Door supervisor Steve ANKERS describes the male she left with as 'tall, ginger hair, green bomber jacket'. "
              "MORTIMER has dark brown hair and is 5'8. This has not been looked into further."),
        ("p", "CCTV from Velvet not obtained."),
        ("p", "H2H at Quayside done 10/03 - nothing. Her friends from the night out (3) spoken to by phone - all lost track of "
              "her inside the club about 0100; notes on MG6C."),
        ("h", "OUTSTANDING:"),
        ("p", "Download of MORTIMER's phone (KM/1) has been submitted to the DFU and is awaited. Request: calls and messages "
              "05/03-08/03/2026 and any photos/videos created 07/03/2026 00:00-08:00 (IP fears she may have been filmed; "
              "he said in interview he 'took a selfie' of them in the club)."),
        ("h", "FORENSIC/MEDICAL:"),
        ("p", "SARC 07/03 1300 Dr Lena FAULKNER. IP consented (signed 07/03) to SARC notes going to police/CPS. Swabs LF/1-LF/3 "
              "retained not submitted (sex admitted). Blood LF/4 and urine LF/5 - toxicology report received 20/04/2026 "
              "(attached)."),
        ("h", "DIGITAL / THIRD PARTY:"),
        ("p", "IP's phone not examined - no contact with MORTIMER before or after, no need. No third party material requested."),
        ("h", "VICTIM:"),
        ("p", "MG2 done - ABE EiC, s.28 wanted (IP asked 09/03 and said yes), screens, live link. No intermediary - no "
              "communication needs. ISVA referral 09/03 (Carrow Valley ISVA, Sam RHODES). VPS offered 09/03 - declined for "
              "now. Needs: works shifts in a call centre, needs notice; wants updates by email."),
        ("h", "DISCLOSURE:"), ("p", "MG6C/MG6D attached. Incident log + crime report + witness PNCs attached."),
        ("h", "BAIL:"), ("p", "RUI since 08/03/2026 - no connection to IP, lives other side of town, no contact since; bail not necessary (Insp 1120 BARKER)."),
        ("h", "OIC:"), ("p", "DC 2715 Paul NESBITT, 01632 960291, paul.nesbitt@carrowvalley.police.example. Supervisor DS 1808 Gail "
                             "FORSHAW endorsed 24/04/2026."),
    ]
    render_pdf(d / "MG3.pdf", mg3, ST, "2026-04-24 14:00", urn=urn)

    make_video(d / "FG1 BREWIN ABE.mp4", ["09/03/2026 13:30:", "CARROW VALLEY ABE", "FG/1"], seconds=4, seed=81)
    render_docx(d / "ABE summary BREWIN.docx", [
        ("title", "ABE summary"), ("kv", [("URN", urn), ("Witness", "Natalie BREWIN"), ("Interviewer", "DC 1290 GARSIDE"), ("Date", "09/03/2026 13:30-14:25"), ("Exhibit", "FG/1")]),
        ("bullets", ["Night out from 7pm, 3 work friends; bars then Velvet about midnight. Drinks: 'loads', vodka, shots.",
                     "Last memory: dancing in Velvet about 1.30. No memory of leaving or of the walk.",
                     "Woke about 6am, naked, man on top of her, his penis in her vagina. Pushed him off, said 'what are you doing'. He said 'you were well up for it'.",
                     "Dressed, left, didn't know where she was; rang sister Jodie 6.40 from the street.",
                     "Does not know MORTIMER; no memory of meeting him. Did not agree to sex at any time."]),
    ], "2026-03-10 10:00", header="OFFICIAL-SENSITIVE", author="fgarside1290")

    SS = dict(ST, head="Carrow Valley Police - Witness Statement")
    w = dict(urn=urn, name="Fiona GARSIDE", occ="DC 1290", date="10/03/2026", sig="F GARSIDE DC1290 [signed]", law=1, decl=1, pages=1, body=[
        "On 09/03/2026 between 1330 and 1425 hrs at Carrow Valley ABE suite I conducted a video recorded interview with "
        "Natalie BREWIN, following a written plan. I produce the recording as FG/1 and have written a summary."])
    mg11_pdf(d / "GARSIDE 1290.pdf", w, SS, "2026-03-10 11:00")
    w = dict(urn=urn, name="Jodie BREWIN", occ="Hairdresser", date="08/03/2026", sig="J Brewin", sig_label="Signed", law=0, decl=0,
             pages=1, body=[
        "Natalie BREWIN is my younger sister. At 6.40am on Saturday 7th March 2026 she rang me. She was crying and said "
        "'I've woken up in some lad's flat, I don't know where I am, I think he's been having sex with me while I was "
        "asleep'. She said she couldn't remember getting there.",
        "I told her to find a street sign. She said Quayside. I drove there and picked her up at about 7am. She was still "
        "drunk and shaking. I took her to my flat and rang 101."])
    render_docx(d / "Jodie BREWIN MG11.docx", mg11_blocks(w, 1), "2026-03-08 12:00", header="OFFICIAL-SENSITIVE when complete", author="pnesbitt2715")
    w = dict(urn=urn, name="Rhys TEMPLE", occ="PC 4402", date="07/03/2026", sig="(Sgd) R. Temple PC4402", law=0, decl=0, pages=1, body=[
        "At 0855 hrs on 07/03/2026 I attended a flat in Carrow following a 101 report and spoke with Natalie BREWIN and her "
        "sister Jodie. Natalie smelt of alcohol and was tearful. She said 'I woke up and he was having sex with me. I don't "
        "know who he is. I can't remember anything after the club.' She showed me on her phone map where she had walked "
        "from: Quayside. My body worn camera was not recording as it had a battery fault, which I reported (fault ref "
        "CV-BWV-2291). I recorded her account in my PNB at 0910 hrs.",
        "I gave early evidence advice and arranged the SARC for 1300 hrs."])
    mg11_pdf(d / "TEMPLE PC4402.pdf", w, SS, "2026-03-07 15:00")
    w = dict(urn=urn, name="Steven ANKERS", occ="Door supervisor (SIA licence 1018 4471 2290 3312)", date="12/03/2026", sig="S. Ankers",
             sig_label="Signed", law=2, decl=2, pages=1, body=[
        "I work as a door supervisor at Velvet nightclub, Carrow. I was working on the front door on the night of Friday "
        "6th into Saturday 7th March 2026.",
        "I have been shown a photo of Natalie BREWIN by DC NESBITT. I remember her leaving at about 2.10am because she was "
        "very drunk and was being held up by a lad. I asked if she was ok and the lad said 'she's fine, I'm taking her home'. "
        "She didn't really answer, she just sort of smiled. The lad was tall, over 6 foot, with ginger hair and a green "
        "bomber jacket. They went left towards the river."])
    mg11_pdf(d / "ANKERS door supervisor.pdf", w, SS, "2026-03-12 17:00")
    w = dict(urn=urn, name="Dr Lena FAULKNER", occ="Forensic physician", date="11/03/2026", sig="L Faulkner (signed)", law=0, decl=0,
             pages=1, body=[
        "At 1300 hrs on 07/03/2026 at Carrow SARC I examined Natalie BREWIN with her written consent, which included consent "
        "to the release of my notes and findings to the police and CPS.",
        "She smelt of alcohol. No physical injuries. I took LF/1 HVS, LF/2 LVS, LF/3 external swab, LF/4 blood (1310 hrs) "
        "and LF/5 urine (1315 hrs) for toxicology. Handed to DC NESBITT 1420 hrs."])
    render_docx(d / "FAULKNER FME.docx", mg11_blocks(w, 1), "2026-03-11 10:00", header="Carrow SARC", author="lfaulkner")
    w = dict(urn=urn, name="Paul NESBITT", occ="DC 2715", date="15/03/2026", sig="P Nesbitt DC2715", sig_label="Signed", law=0, decl=0,
             pages=1, body=[
        "I am the OIC. At 1420 hrs on 07/03/2026 I received LF/1-LF/5 from Dr FAULKNER.",
        "At 0800 hrs on 08/03/2026 I arrested Kyle MORTIMER at Flat 3, 27 Quayside and seized his iPhone (KM/1). I "
        "interviewed him at 1400 hrs with his solicitor.",
        "On 12/03/2026 I showed Steven ANKERS a single photograph of Natalie (not the suspect) to establish whether he "
        "remembered her leaving."])
    mg11_pdf(d / "NESBITT OIC.pdf", w, SS, "2026-03-15 12:00")

    render_pdf(d / "ROTI MORTIMER.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW"), ("kv", [("URN", urn), ("Interviewee", "Kyle MORTIMER"), ("Date", "08/03/2026 1400-1437"), ("Solicitor", "Ms Jane ELLIOT")]),
        ("table", ["Time", "Summary"], [["0:00", "Caution, rights."], ["2:30", "Met Natalie in Velvet about 1am, danced, kissed, took a selfie."],
                                        ["9:00", "Left about 2am together, walked to his flat holding hands. 'She was tipsy, not drunk.'"],
                                        ["15:00", "Consensual sex about 2.30. In the morning 'she started it again'."],
                                        ["24:00", "Denies she was asleep. 'She was awake, she was kissing me.'"],
                                        ["31:00", "Doesn't know why she left suddenly."]], (18, 160)),
    ], dict(ST, h_style="plain"), "2026-03-09 09:00", urn=urn)
    render_pdf(d / "PNC MORTIMER.pdf", pnc_blocks(urn, dict(name="MORTIMER, Kyle", dob="12/12/2000", pncid="26/0033817T", convictions=[], cautions=[],
               notes="No trace of convictions or cautions."), "PNC", "08/03/2026 0900", "2715"), ST, "2026-03-08 09:00", urn=urn)
    render_pdf(d / "witness PNC.pdf", witness_pnc_blocks(urn, [["Natalie BREWIN", "04/04/2003", "Complainant", "No trace"],
        ["Jodie BREWIN", "18/01/2000", "First account (sister)", "No trace"], ["Steven ANKERS", "09/10/1985", "Witness (door supervisor)", "No trace"]],
        "WITNESS PNC", "All civilian witnesses.", "DC 2715 NESBITT", "15/04/2026"), ST, "2026-04-15 09:00", urn=urn)
    render_pdf(d / "tox report LF4 LF5.pdf", [
        ("title", "TOXICOLOGY REPORT"), ("kv", [("URN", urn), ("Lab", "Fenland Toxicology Services ref FTS-26-3318"), ("Date", "20/04/2026"), ("Items", "LF/4 blood (13:10 07/03), LF/5 urine (13:15 07/03)")]),
        ("p", "Blood alcohol at 13:10: 58 mg/100ml. Back calculation (elimination 10-25 mg/100ml/hr) gives an estimated range of "
              "174-348 mg/100ml at 01:30, most likely around 220 mg/100ml. No drugs detected in blood or urine (full screen)."),
        ("sig", "Toxicologist: Dr K. OYELARAN-BATES (signed)"),
    ], ST, "2026-04-20 11:00", urn=urn)
    render_pdf(d / "MG6C MORTIMER.pdf", [
        ("small", "MG6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"), ("kv", [("URN", urn), ("D/O", "DC 2715 NESBITT"), ("Date", "23/04/2026")]),
        ("p", MG6C_INTRO),
        ("table", ["No", "Description", "Location", "Remarks"], [
            ["1", "Incident log CV-070326-0198 (101 call by Jodie BREWIN 0742 07/03/2026)", "STRATA", "Copy with file"],
            ["2", "Crime report CV/26/03390 and updates", "STRATA", "Copy with file"],
            ["3", "PC 4402 TEMPLE PNB 07/03/2026 p.22 - IP's initial account", "Exhibits", "Content in statement"],
            ["4", "BWV fault report CV-BWV-2291 (PC TEMPLE camera battery)", "STRATA", "Available"],
            ["5", "ABE interview plan DC GARSIDE 09/03/2026", "OIC", "Available"],
            ["6", "Notes of phone calls with IP's three friends 10/03/2026 (lost track of her in Velvet about 0100)", "OIC", "Available"],
            ["7", "H2H forms 27 Quayside (8 flats) 10/03/2026 - nothing heard", "OIC", "Available"],
            ["8", "Custody record MORTIMER CV-C-26-0881", "Custody", "Available"],
        ], (10, 106, 24, 38)),
    ], dict(ST, h_style="plain"), "2026-04-23 16:00", urn=urn)
    render_pdf(d / "MG6D MORTIMER.pdf", [
        ("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"), ("kv", [("URN", urn), ("D/O", "DC 2715 NESBITT"), ("Date", "23/04/2026")]),
        ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [["1", "Carrow SARC notes 07/03/2026", "Medical - consent to CPS given"],
                                                  ["2", "ISVA referral 09/03/2026", "Personal data"],
                                                  ["3", "MG11 rear pages - witness contact details", "Personal data"]], (10, 100, 68)),
    ], dict(ST, h_style="plain"), "2026-04-23 16:10", urn=urn)
    render_pdf(d / "incident CV-070326-0198.pdf", [
        ("title", "INCIDENT CV-070326-0198"),
        ("mono", "07:42 101 CALL JODIE BREWIN - SISTER NATALIE 22 WOKE IN UNKNOWN MALE'S FLAT QUAYSIDE, THINKS HAD SEX WITH HER WHILE ASLEEP.\n"
                 "07:44 NOW AT CALLER'S FLAT. SAFE. GRADE PRIORITY.\n08:20 4402 DEPLOYED\n08:55 4402 ON SCENE - ACCOUNT TAKEN, PNB\n"
                 "09:30 SARC 1300 BOOKED. CID/RASSO INFORMED\n10:05 CRIME CV/26/03390 - CLOSED"),
    ], ST, "2026-03-07 10:10", urn=urn)
    render_docx(d / "crime report CV-26-03390.docx", [
        ("title", "STRATA crime report CV/26/03390"),
        ("kv", [("URN", urn), ("Offence", "Rape (s.1)"), ("Victim", "BREWIN, Natalie F 22"), ("Suspect", "MORTIMER, Kyle M 25"), ("OIC", "DC 2715 NESBITT")]),
        ("p", "IP woke in suspect's flat being raped; no memory after 0130 (alcohol). Sister collected her; 101. SARC, tox. ABE 09/03. "
              "Susp arrested 08/03, consent defence. RUI."),
    ], "2026-04-23 16:20", header="OFFICIAL-SENSITIVE", author="pnesbitt2715")
    render_docx(d / "MG12.docx", mg12_blocks(urn, "MORTIMER", [
        ["FG/1", "ABE recording Natalie BREWIN 09/03/2026", "DC GARSIDE", "In file"],
        ["LF/1-LF/3", "HVS, LVS, external swab", "Dr FAULKNER", "Stored - not submitted"],
        ["LF/4", "Blood sample 13:10 07/03/2026", "Dr FAULKNER", "Tox - report in file"],
        ["LF/5", "Urine sample 13:15 07/03/2026", "Dr FAULKNER", "Tox - report in file"],
        ["KM/1", "iPhone of MORTIMER", "DC NESBITT", "DFU"],
    ], "DC 2715 NESBITT", "23/04/2026"), "2026-04-23 16:30", header="OFFICIAL", author="pnesbitt2715")
    render_pdf(d / "MG2 BREWIN.pdf", [
        ("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", urn), ("Witness", "Natalie BREWIN"), ("Date", "09/03/2026")]),
        ("bullets", ["Eligible s.17(4)", "s.27 ABE - done", "s.28 - wants it", "Screens - yes; live link - yes", "Intermediary - no"]),
    ], ST, "2026-03-09 15:00", urn=urn)

    docs = [
        {"name": "MG3.pdf", "type": "MG3"}, {"name": "FG1 BREWIN ABE.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE summary BREWIN.docx", "type": "ABE_SUMMARY"},
        {"name": "GARSIDE 1290.pdf", "type": "MG11", "role": "officer"},
        {"name": "Jodie BREWIN MG11.docx", "type": "MG11", "role": "first_account"},
        {"name": "TEMPLE PC4402.pdf", "type": "MG11", "role": "officer"},
        {"name": "ANKERS door supervisor.pdf", "type": "MG11", "role": "witness"},
        {"name": "FAULKNER FME.docx", "type": "MG11", "role": "expert"},
        {"name": "NESBITT OIC.pdf", "type": "MG11", "role": "officer"},
        {"name": "ROTI MORTIMER.pdf", "type": "ROTI"}, {"name": "PNC MORTIMER.pdf", "type": "PNC"},
        {"name": "witness PNC.pdf", "type": "PNC"}, {"name": "tox report LF4 LF5.pdf", "type": "FORENSIC"},
        {"name": "MG6C MORTIMER.pdf", "type": "MG6C"}, {"name": "MG6D MORTIMER.pdf", "type": "MG6D"},
        {"name": "incident CV-070326-0198.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime report CV-26-03390.docx", "type": "CRIME_REPORT"},
        {"name": "MG12.docx", "type": "MG12"}, {"name": "MG2 BREWIN.pdf", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 1,
            "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "FORENSIC", "MG6C", "MG6D",
                              "INCIDENT_LOG", "CRIME_REPORT", "MG12", "MG2"],
            "must_fail": ["lines_of_enquiry", "outstanding_dated"],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                              "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
                              "key_statements", "officer_statement", "signed", "suspect_interview",
                              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                              "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "exhibits",
                              "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn",
                              "third_party_request", "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 08 - East Lindmoor Police (BEACON). FAULTY. Planted: (1) a blanket request for the
# complainant's phone - 'full download ... to establish any material relevant', DPN scope 'all
# data'; (2) a counselling-notes request made with no written notice to her and no reason
# recorded. Delayed report (7 weeks), friend as first account, colleague pointing away.
# ============================================================================================

def folder08(root: Path) -> dict:
    name = "b17_08_eastlindmoor_beacon"
    d = root / name
    urn = "81EL0076326"
    BC = {"core": True, "family": "DV", "head": "BEACON RMS  \u2022  East Lindmoor Police  \u2022  Serious Sexual Offences Team",
          "marking_bottom": "OFFICIAL - SENSITIVE", "foot_left": "BEACON/CF/03", "page_fmt": "{n} of {nb}", "h_style": "bar",
          "bar_rgb": (214, 224, 240), "creator": "BEACON RMS"}
    BCs = dict(BC, h_style="plain", head="East Lindmoor Police - STATEMENT OF WITNESS")
    mg3 = [
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "Simon Peter ELDRIDGE  30/03/1981"), ("Complainant", "Gemma ROWNTREE (31)"),
                ("Offence", "Rape s.1 SOA 2003 - 13/12/2025 approx 00:30, Room 214, Grange Park Hotel, East Lindmoor"),
                ("Test", "Full Code Test"), ("Date", "28/04/2026")], (38, 140)),
        ("h", "EARLY ADVICE"), ("p", "N/A - see below. Not sought: straightforward one-to-one allegation, suspect interviewed, DI "
                                   "decided early advice would not add anything (policy file 12/02/2026)."),
        ("h", "SUMMARY"),
        ("p", "GR works for Lindmoor Logistics; ELDRIDGE was her line manager. At the works Christmas party at Grange Park Hotel "
              "on 12/12/2025, about 00:20, he said her coat was in his room (staff had left coats there) and she went up with "
              "him. In Room 214 he kissed her, pushed her onto the bed, pulled her dress up and raped her (penis/vagina) while "
              "she said 'no, Simon, stop'. She left about 00:45 and got a taxi home. She told her friend Alice TEMPLETON on "
              "14/12 at brunch. She did not report until 02/02/2026 because she was afraid of losing her job. ABE 09/02/2026."),
        ("h", "SUSPECT'S ACCOUNT"),
        ("p", "Voluntary interview 16/02/2026: accepts sex in his room; says it was consensual - she kissed him in the lift, "
              "undressed herself; says she has regretted it because she has a boyfriend. Defence: consent."),
        ("h", "LINES OF ENQUIRY"),
        ("bullets", ["Hotel CCTV - overwritten after 30 days (hotel email 03/02/2026). Not available.",
                     "Hotel door key log Room 214 - obtained: door opened 00:27 and 00:44. Supports timings of both.",
                     "Colleague Rob FENNIMORE saw them go into the lift together at about 00:20, 'laughing'. Statement taken - may assist defence.",
                     "Taxi: GR paid cash, firm not identified despite checks with 3 local firms (notes on MG6C).",
                     "GR's phone: see digital section.",
                     "Counselling: GR has seen a counsellor since January; see third party section."]),
        ("h", "OUTSTANDING"),
        ("table", ["Item", "Target"], [["Counselling notes - response from Lindmoor Talking Therapies", "29/05/2026"]], (130, 48)),
        ("h", "DIGITAL"),
        ("p", "Gemma's phone (iPhone 13) was taken on 05/02/2026 for a full download to establish any material relevant to "
              "the investigation, including her messages with ELDRIDGE, her social media and internet history. She signed a "
              "DPN on 05/02/2026. Download complete, report attached. Phone returned 19/02/2026. ELDRIDGE's phone not seized "
              "(voluntary attender); he provided screenshots of WhatsApp messages with GR from December."),
        ("h", "THIRD PARTY MATERIAL"),
        ("p", "On 20/03/2026 a request was sent to Lindmoor Talking Therapies for the counselling notes of Gemma's sessions "
              "05/01/2026 - 02/02/2026, because she told the counsellor about the assault before she reported it and the notes "
              "may record her account (request letter attached). Gemma has not been told about this request yet; DC BRAMLEY will "
              "speak to her when the notes come back."),
        ("h", "FORENSIC / MEDICAL"),
        ("p", "None - reported 7 weeks after; no forensic opportunity, no FME. No medical records sought."),
        ("h", "VICTIM"),
        ("p", "MG2 attached: s.27 done; s.28 - she wants it; screens; live link. Not vulnerable; no intermediary. Needs: signed "
              "off work with anxiety; wants contact by email. ISVA - referred 09/02/2026 (East Lindmoor ISVA, Jade PARR). VPS "
              "offered 09/02/2026 - will do later."),
        ("h", "DISCLOSURE"), ("p", "MG6C (xlsx) and MG6D attached; incident log, crime report, witness PNCs attached."),
        ("h", "BAIL"), ("p", "Not arrested (voluntary interview). RUI. He is suspended from work pending investigation; no contact "
                             "with GR since 19/12/2025. Bail not considered necessary (DS 0918)."),
        ("h", "OIC / SUPERVISOR"),
        ("p", "DC 6006 Lucy BRAMLEY  01632 960140  lucy.bramley@eastlindmoor.police.example   |   DS 0918 Andy CROOK - endorsed 28/04/2026"),
        ("h", "PREVIOUS"), ("p", "ELDRIDGE - no previous convictions (PNC attached)."),
    ]
    render_pdf(d / "MG3 ROWNTREE v ELDRIDGE.pdf", mg3, BC, "2026-04-28 12:00", urn=urn)

    make_video(d / "LB1.mp4", ["09/02/2026 10:15:", "EAST LINDMOOR ABE 1", "LB/1"], seconds=4, seed=91)
    render_pdf(d / "LB1 ABE summary.pdf", [
        ("title", "ABE SUMMARY - Gemma ROWNTREE"), ("kv", [("URN", urn), ("Interviewer", "DC 6006 BRAMLEY"), ("Date", "09/02/2026 10:15-11:20"), ("Exhibit", "LB/1")]),
        ("table", ["Time", "Summary"], [["0:00", "Intro and ground rules."], ["5:00", "Works under Simon at Lindmoor Logistics 3 yrs. Party 12/12 at Grange Park."],
                                        ["14:00", "00:20 he said her coat was in his room. In the lift he put his arm round her; she laughed it off."],
                                        ["21:00", "Room 214: kissed her, pushed her on bed, pulled dress up, pulled knickers aside, penis in vagina; she said 'no, Simon, stop' twice, tried to push him."],
                                        ["38:00", "Left about 00:45 with coat; cash taxi from rank outside. Told Alice on Sunday at brunch."],
                                        ["50:00", "Delay: scared of losing job; went to counsellor in January; decided to report."],
                                        ["62:00", "Closure."]], (18, 160)),
    ], dict(BC, h_style="plain"), "2026-02-10 09:00", urn=urn)
    w = dict(urn=urn, name="Lucy BRAMLEY", occ="DC 6006", date="10/02/2026", sig="L. Bramley DC6006 [signed]", law=0, decl=0, pages=1, body=[
        "On 09/02/2026 between 1015 and 1120 hrs I conducted an ABE interview with Gemma ROWNTREE at East Lindmoor ABE suite 1, "
        "following my interview plan. I produce the recording as LB/1 and have made a summary.",
        "On 05/02/2026 Gemma signed a Digital Processing Notice and handed me her iPhone 13, which I submitted to the DFU. "
        "I produce the download report as LB/2."])
    mg11_pdf(d / "BRAMLEY 6006.pdf", w, BCs, "2026-02-10 10:00")
    w = dict(urn=urn, name="Alice TEMPLETON", occ="Teacher", date="11/02/2026", sig="A Templeton", sig_label="Signed", law=1, decl=1, pages=1, body=[
        "Gemma ROWNTREE is a close friend. On Sunday 14th December 2025 we met for brunch at the Boathouse café. Gemma was "
        "quiet and barely ate. When I asked what was wrong she said 'Simon forced himself on me at the Christmas do. I said "
        "no and he didn't stop.' She told me it was in his hotel room. She made me promise not to tell anyone because she "
        "was worried about her job."])
    render_docx(d / "TEMPLETON A.docx", mg11_blocks(w, 1), "2026-02-11 18:00", header="OFFICIAL-SENSITIVE when complete", author="lbramley6006")
    w = dict(urn=urn, name="Karl DENBY", occ="PC 3870", date="02/02/2026", sig="(Sgd) K Denby 3870", law=0, decl=0, pages=1, body=[
        "At 1900 hrs on 02/02/2026 I visited Gemma ROWNTREE at home after her 101 call. She said 'My manager Simon Eldridge "
        "raped me in his hotel room at the work Christmas party on the 12th of December.' She asked me not to record on body "
        "worn video and I did not; I wrote her account in my PNB at 1915 hrs. I referred the report to the SSOT."])
    mg11_pdf(d / "DENBY 3870.pdf", w, BCs, "2026-02-02 21:00")
    w = dict(urn=urn, name="Robert FENNIMORE", occ="Warehouse supervisor", date="20/02/2026", sig="[signed]", law=0, decl=0, pages=1, body=[
        "I work at Lindmoor Logistics. At the Christmas party on 12th December 2025 I saw Simon ELDRIDGE and Gemma ROWNTREE "
        "go into the lift together at about 12.20am. They were laughing. I didn't see them again that night."])
    mg11_pdf(d / "FENNIMORE R.pdf", w, BCs, "2026-02-20 12:00")

    render_pdf(d / "interview ELDRIDGE 160226.pdf", [
        ("title", "RECORD OF TAPED INTERVIEW (voluntary)"), ("kv", [("URN", urn), ("Interviewee", "Simon ELDRIDGE"), ("Date", "16/02/2026 1000-1048"), ("Solicitor", "Mr R QUAYLE")]),
        ("table", ["Time", "Summary"], [["0:00", "Caution; voluntary attendance; free to leave."],
                                        ["4:00", "Coats were in his room. Gemma came up with him. She kissed him in the lift."],
                                        ["12:00", "In the room she undressed herself; consensual sex. 'She never said no.'"],
                                        ["25:00", "She has a boyfriend - 'she's regretted it'. Provides screenshots of December WhatsApps (friendly, work)."],
                                        ["40:00", "Denies rape."]], (18, 160)),
    ], dict(BC, h_style="plain"), "2026-02-17 09:00", urn=urn)
    render_pdf(d / "PNC ELDRIDGE.pdf", pnc_blocks(urn, dict(name="ELDRIDGE, Simon Peter", dob="30/03/1981", pncid="26/0061120R",
               convictions=[], cautions=[], notes="No trace."), "PNC", "16/02/2026", "6006"), BC, "2026-02-16 11:00", urn=urn)
    render_pdf(d / "witness PNC.pdf", witness_pnc_blocks(urn, [["Gemma ROWNTREE", "27/08/1994", "Complainant", "No trace"],
        ["Alice TEMPLETON", "03/03/1994", "First account (friend)", "No trace"],
        ["Robert FENNIMORE", "11/11/1979", "Witness (colleague)", "1 conviction 2015 drink drive - disclosable"]],
        "PNC - prosecution witnesses", "Checked 20/04/2026.", "DC 6006 BRAMLEY", "20/04/2026"), BC, "2026-04-20 10:00", urn=urn)

    render_pdf(d / "DPN GR 050226.pdf", [
        ("title", "DIGITAL PROCESSING NOTICE"), ("kv", [("URN", urn), ("Device user", "Gemma ROWNTREE"), ("Device", "iPhone 13"), ("Date", "05/02/2026"), ("Officer", "DC 6006 BRAMLEY")]),
        ("h", "Reason for extraction"), ("p", "To establish any material relevant to the investigation."),
        ("h", "Data to be extracted"), ("p", "Full extraction - all data on the device."),
        ("h", "Retention"), ("p", "Data retained in line with force policy and may be disclosed if relevant."),
        ("sig", "Signed (user): G Rowntree [signed]   Date: 05/02/2026\nSigned (officer): L Bramley DC6006 [signed]"),
    ], dict(BC, h_style="plain"), "2026-02-05 14:00", urn=urn)
    render_pdf(d / "LB2 download report.pdf", [
        ("title", "DFU EXTRACTION REPORT - LB/2"), ("kv", [("URN", urn), ("Device", "iPhone 13 - ROWNTREE"), ("Type", "Full file system extraction"), ("Dates", "05/02-19/02/2026")]),
        ("p", "Full extraction completed. 41,207 messages, 12,880 images, browser history, location history, social media apps. "
              "Reviewed by OIC: WhatsApp chat with 'Simon work' 01/12/2025-02/02/2026 - 31 messages, work-related and friendly in "
              "early December; 13/12/2025 08:02 from Simon 'hope you got home ok x'; no reply. 19/12/2025 GR blocked the contact."),
    ], dict(BC, h_style="plain"), "2026-02-19 16:00", urn=urn)
    render_pdf(d / "request Lindmoor Talking Therapies.pdf", [
        ("title", "REQUEST FOR THIRD PARTY MATERIAL"), ("kv", [("URN", urn), ("To", "Clinical lead, Lindmoor Talking Therapies"), ("From", "DC 6006 BRAMLEY"), ("Date", "20/03/2026")]),
        ("h", "Material requested"), ("p", "The counselling notes for Gemma ROWNTREE for sessions between 05/01/2026 and 02/02/2026 only, limited to any entry recording what she said about an incident at a work Christmas party in December 2025."),
        ("h", "Reasonable line of enquiry"), ("p", "Ms ROWNTREE says she described the incident to her counsellor in January 2026, before reporting to police. Any account recorded is an early account of the allegation."),
        ("h", "Why necessary and proportionate; likely probative value"), ("p", "The defence is consent and the report was delayed. A contemporaneous account given to a counsellor could be consistent or inconsistent with her ABE account and is likely to be of substantial probative value on that issue. The request is limited to four weeks and to entries about the incident; no other therapeutic content is sought."),
        ("h", "Handling"), ("p", "Material will be reviewed by the OIC and CPS only; any disclosure to the defence will be decided by the CPS."),
    ], dict(BC, h_style="plain"), "2026-03-20 10:00", urn=urn)

    render_xlsx(d / "MG6C ELDRIDGE.xlsx", [("MG6C", ["MG6C  SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN {urn}  R v ELDRIDGE  D/O DC 6006 BRAMLEY  27/04/2026", MG6C_INTRO],
        ["Item", "Description", "Date", "Location", "Comment"], [
        [1, "Incident log EL-020226-0511 (101 call by GR 17:40)", "02/02/2026", "BEACON", "Copy with file"],
        [2, "Crime report EL/26/02210 with updates", "02/02/2026", "BEACON", "Copy with file"],
        [3, "PC 3870 DENBY PNB p.5 - GR's account at home", "02/02/2026", "Exhibits", "Content in statement"],
        [4, "Grange Park Hotel email - CCTV overwritten after 30 days", "03/02/2026", "OIC", "Available"],
        [5, "Grange Park Hotel key card log Room 214 (door opened 00:27 and 00:44)", "12-13/12/2025", "OIC", "Available - consistent with both"],
        [6, "Notes of enquiries with 3 taxi firms (Lindmoor Cars, ABC Taxis, Station Cabs) - no record of GR's fare", "10/02/2026", "OIC", "Available"],
        [7, "ABE interview plan DC BRAMLEY", "08/02/2026", "OIC", "Available"],
        [8, "Screenshots of WhatsApp messages supplied by ELDRIDGE at interview (Dec 2025)", "16/02/2026", "OIC", "Available - same as LB/2 content"],
        [9, "Policy file entry DI 4110 - early advice decision", "12/02/2026", "OIC", "Available"],
    ], [5, 60, 14, 12, 30])], "2026-04-27 15:00", author="lbramley6006")
    render_docx(d / "MG6D ELDRIDGE.docx", [
        ("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"), ("kv", [("URN", urn), ("D/O", "DC 6006 BRAMLEY"), ("Date", "27/04/2026")]),
        ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [["1", "Full extraction data of GR's iPhone (LB/2 source data)", "Private data of complainant"],
                                                  ["2", "ISVA referral 09/02/2026", "Personal data"],
                                                  ["3", "Counselling notes (Lindmoor Talking Therapies) - when received", "Confidential therapy records"]]),
    ], "2026-04-27 15:10", header="OFFICIAL-SENSITIVE", author="lbramley6006")
    render_pdf(d / "incident EL-020226-0511.pdf", [("title", "INCIDENT EL-020226-0511"),
        ("mono", "17:40 101 - GEMMA ROWNTREE REPORTS RAPE BY HER MANAGER SIMON ELDRIDGE AT WORK XMAS PARTY 12/12/25 GRANGE PARK HOTEL\n"
                 "17:42 CALLER SAFE AT HOME. NOT URGENT - APPT 1900 TODAY\n19:00 3870 ATTENDED. ACCOUNT IN PNB. NO BWV (VICTIM REQUEST)\n"
                 "20:10 CRIME EL/26/02210. SSOT")], BC, "2026-02-02 20:15", urn=urn)
    render_pdf(d / "crime report EL-26-02210.pdf", [("title", "CRIME REPORT EL/26/02210"),
        ("kv", [("URN", urn), ("Offence", "Rape"), ("Victim", "ROWNTREE, Gemma F 31"), ("Suspect", "ELDRIDGE, Simon M 44"), ("OIC", "DC 6006 BRAMLEY")]),
        ("p", "Delayed report (7 weeks). ABE 09/02. DPN/phone 05/02. Voluntary interview 16/02. ISVA 09/02.")], BC, "2026-04-27 16:00", urn=urn)
    render_pdf(d / "MG12 ELDRIDGE.pdf", mg12_blocks(urn, "ELDRIDGE", [
        ["LB/1", "ABE recording Gemma ROWNTREE 09/02/2026", "DC BRAMLEY", "In file"],
        ["LB/2", "DFU extraction report - GR iPhone 13", "DC BRAMLEY", "In file"]], "DC 6006 BRAMLEY", "27/04/2026"), BC, "2026-04-27 16:10", urn=urn)
    render_docx(d / "MG2 ROWNTREE.docx", [("small", "MG2"), ("title", "SPECIAL MEASURES"),
        ("kv", [("URN", urn), ("Witness", "Gemma ROWNTREE"), ("Date", "09/02/2026")]),
        ("p", "Eligible s.17(4). s.27: yes (LB/1). s.28: wants it. Screens: yes. Live link: yes. Intermediary: not required. Needs: anxiety, email contact.")],
        "2026-02-09 13:00", author="lbramley6006")

    docs = [
        {"name": "MG3 ROWNTREE v ELDRIDGE.pdf", "type": "MG3"}, {"name": "LB1.mp4", "type": "ABE_RECORDING"},
        {"name": "LB1 ABE summary.pdf", "type": "ABE_SUMMARY"},
        {"name": "BRAMLEY 6006.pdf", "type": "MG11", "role": "officer"},
        {"name": "TEMPLETON A.docx", "type": "MG11", "role": "first_account"},
        {"name": "DENBY 3870.pdf", "type": "MG11", "role": "officer"},
        {"name": "FENNIMORE R.pdf", "type": "MG11", "role": "witness"},
        {"name": "interview ELDRIDGE 160226.pdf", "type": "ROTI"}, {"name": "PNC ELDRIDGE.pdf", "type": "PNC"},
        {"name": "witness PNC.pdf", "type": "PNC"}, {"name": "DPN GR 050226.pdf", "type": "DPN"},
        {"name": "LB2 download report.pdf", "type": "DIGITAL_EXTRACT"},
        {"name": "request Lindmoor Talking Therapies.pdf", "type": ["THIRD_PARTY", "CORRESPONDENCE"]},
        {"name": "MG6C ELDRIDGE.xlsx", "type": "MG6C"}, {"name": "MG6D ELDRIDGE.docx", "type": "MG6D"},
        {"name": "incident EL-020226-0511.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime report EL-26-02210.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 ELDRIDGE.pdf", "type": "MG12"}, {"name": "MG2 ROWNTREE.docx", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 1,
            "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "DPN", "DIGITAL_EXTRACT",
                              "MG6C", "MG6D", "INCIDENT_LOG", "CRIME_REPORT", "MG12", "MG2"],
            "must_fail": ["dig_prop", "third_party_notice"],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                              "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                              "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                              "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "multimedia", "exhibits",
                              "special_measures", "victim_care", "files_readable", "one_urn",
                              "third_party_request"],
            "docs": docs}

# ============================================================================================
# Folder 09 - Kestrel Coast Constabulary (OSPREY). FAULTY. Planted: (1) a first-account witness
# named (Priya MALIK) with no statement; (2) BWV of the initial account referred to (TE/1) but
# not in the folder; (3) vague MG6C entries ('Misc paperwork', 'Officer notes', 'Various CCTV').
# ============================================================================================

def folder09(root: Path) -> dict:
    name = "b17_09_kestrel_osprey"
    d = root / name
    urn = "27KC0209126"
    OS = {"core": True, "family": "DVS", "marking_top": "OFFICIAL-SENSITIVE", "head": "OSPREY | Kestrel Coast Constabulary | " + urn,
          "foot_left": "OSPREY casefile export", "page_fmt": "- {n} -", "page_align": "C", "h_style": "boxed", "creator": "OSPREY"}
    OSs = dict(OS, h_style="plain", head="KESTREL COAST CONSTABULARY  -  MG11")
    mg3 = [
        ("small", "MG3 (OSPREY v5)"), ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "Ryan KETTERIDGE, 07/07/2002"), ("Complainant", "Chantelle IBBOTSON (20)"),
                ("Offence", "Rape (s.1 SOA 2003), Sun 22/02/2026 approx 0100 hrs, box room, 9 Gull Row, Saltmarsh Bay"),
                ("Decision sought", "Full Code Test")], (40, 138)),
        ("h", "Early advice"), ("p", "Not sought. Reason: simple one-to-one allegation where the suspect admits intercourse; all "
                                    "evidence obtained within 6 weeks."),
        ("h", "Summary"),
        ("p", "House party at 9 Gull Row (host Darren OKE). About 0100 CI went upstairs to the toilet. KETTERIDGE followed her "
              "into the box room, shut the door, pushed her onto a single bed and had sex with her while she said no and tried "
              "to push him off. She came downstairs crying and left about 0140 and walked to her friend Priya MALIK's house "
              "where she was staying. She told her friend Priya MALIK the following morning what had happened. Priya persuaded "
              "her to call 101 (1150 hrs 22/02)."),
        ("p", "PC 5521 Tom ELWOOD attended Priya's address at 1240. His body worn video captured CI's initial account (TE/1) "
              "and has been reviewed by the OIC - it is consistent with her ABE."),
        ("h", "Suspect account"),
        ("p", "Arrested 23/02, interviewed with solicitor: admits sex, says consensual - they had been flirting all night, she "
              "went into the box room with him and kissed him. Defence: consent."),
        ("h", "Lines of enquiry"),
        ("bullets", ["Amber LYLE (guest) saw CI come down the stairs crying at about 0135 and leave - statement taken.",
                     "Host Darren OKE - was in the garden, saw nothing; says CI and KETTERIDGE were 'chatting' earlier (note on MG6C). "
                     "Points partly away - no statement as he can only say they chatted, which the suspect and CI both accept.",
                     "Other guests (approx 20) - 7 spoken to, none saw them go upstairs. List on MG6C.",
                     "No CCTV (residential street; doorbell camera at no. 11 checked - does not cover no. 9).",
                     "Phones: CI's phone not examined - no contact with KETTERIDGE before or after. His phone not seized."]),
        ("h", "Outstanding"), ("p", "Nothing outstanding."),
        ("h", "Forensic / medical"),
        ("p", "Kestrel SARC 22/02 1600, Dr Gwyn PRICE: small abrasion inner left thigh; consent to release notes to police/CPS "
              "signed 22/02. Swabs GP/1-GP/3 retained, not submitted as intercourse is admitted."),
        ("h", "Victim"),
        ("p", "MG2: s.27 done; s.28 wanted; screens; live link; no intermediary (not vulnerable). Needs: student - term dates; "
              "anxious; wants female officer. ISVA referral 24/02 (Kestrel ISVA). VPS offered 24/02 - declined for now."),
        ("h", "Disclosure / antecedents / bail"),
        ("p", "MG6C and MG6D attached. Incident log and crime report attached. Witness PNCs attached. KETTERIDGE - 1 previous "
              "(2022 possession of cannabis). Bail: pre-charge bail, not to contact Chantelle IBBOTSON or Priya MALIK, not to "
              "attend Gull Row - to 22/05/2026."),
        ("h", "OIC"), ("p", "DC 2204 Mark LOWTHER - 01632 960602 - mark.lowther@kestrelcoast.police.example. Supervisor: DS 1176 "
                            "Beth ARNOTT, endorsed 10/04/2026."),
    ]
    render_pdf(d / "MG3_KETTERIDGE.pdf", mg3, OS, "2026-04-10 11:00", urn=urn)

    make_video(d / "RO1 IBBOTSON VRI.mp4", ["24/02/2026 14:00:", "KCC ABE SUITE", "RO/1"], seconds=4, seed=101)
    render_docx(d / "RO1 summary.docx", [("title", "VRI summary - Chantelle IBBOTSON"),
        ("kv", [("URN", urn), ("Interviewer", "DC 7781 ONYANGO"), ("Date", "24/02/2026 14:00-14:58"), ("Exhibit", "RO/1")]),
        ("bullets", ["Party at Gull Row from about 10pm; 3 or 4 ciders.", "Ryan was chatting to her, she 'wasn't interested'.",
                     "About 1am went to the toilet; on the landing he pulled her into the box room and shut the door.",
                     "Pushed onto bed; she said 'no, get off, I don't want to'; he held her shoulder down; penis in vagina.",
                     "Went downstairs crying; Amber asked if she was ok; left, walked to Priya's.",
                     "Told Priya in the morning; Priya told her to call the police."])],
        "2026-02-25 10:00", header="OFFICIAL-SENSITIVE", author="ronyango7781")
    w = dict(urn=urn, name="Rachel ONYANGO", occ="DC 7781", date="25/02/2026", sig="R Onyango DC7781 (signed)", law=0, decl=0, pages=1, body=[
        "On 24/02/2026 between 1400 and 1458 hrs I conducted a video recorded interview with Chantelle IBBOTSON at the "
        "Kestrel Coast ABE suite. I produce the recording as RO/1 and have prepared a summary."])
    mg11_pdf(d / "ONYANGO VRI.pdf", w, OSs, "2026-02-25 11:00")
    w = dict(urn=urn, name="Tom ELWOOD", occ="PC 5521", date="22/02/2026", sig="T. Elwood PC5521", sig_label="Signed", law=1, decl=1, pages=1, body=[
        "At 1240 hrs on 22/02/2026 I attended an address in Saltmarsh Bay following a 101 report and spoke with Chantelle "
        "IBBOTSON. My body worn video was recording throughout. She said 'Ryan Ketteridge raped me at the party at Gull Row "
        "last night. He pushed me on the bed in the little bedroom. I kept saying no.' She was tearful.",
        "I have saved the body worn video of my attendance 1240-1305 hrs and produce it as exhibit TE/1. I arranged the SARC."])
    mg11_pdf(d / "ELWOOD 5521.pdf", w, OSs, "2026-02-22 18:00")
    w = dict(urn=urn, name="Amber LYLE", occ="Student", date="03/03/2026", sig="[signed]", law=0, decl=0, pages=1, body=[
        "I was at the party at Gull Row on 21st-22nd February 2026. At about 1.35am I was in the hall and saw Chantelle come "
        "down the stairs. She was crying and holding her top together at the front. I asked if she was ok and she said "
        "'I just want to go'. She left. About a minute later Ryan came downstairs and went back in the kitchen."])
    render_docx(d / "LYLE A.docx", mg11_blocks(w, 1), "2026-03-03 16:00", header="OFFICIAL-SENSITIVE when complete", author="mlowther2204")
    w = dict(urn=urn, name="Dr Gwyn PRICE", occ="Forensic physician", date="26/02/2026", sig="G Price (signed)", law=0, decl=0, pages=1, body=[
        "At 1600 hrs on 22/02/2026 at Kestrel SARC I examined Chantelle IBBOTSON with her written consent, including "
        "consent to release my notes and findings to the police and CPS. Finding: 1.5cm abrasion on the inner left thigh; "
        "no genital injury. I took GP/1 HVS, GP/2 LVS and GP/3 external swab."])
    mg11_pdf(d / "PRICE FME.pdf", w, OSs, "2026-02-26 09:00")
    w = dict(urn=urn, name="Mark LOWTHER", occ="DC 2204", date="24/02/2026", sig="M Lowther DC2204 [signed]", law=2, decl=2, pages=1, body=[
        "I am the OIC. At 1710 hrs on 22/02/2026 I received exhibits GP/1-GP/3 from Dr PRICE. At 0730 hrs on 23/02/2026 "
        "I arrested Ryan KETTERIDGE at his home and interviewed him at 1330 hrs with his solicitor.",
        "I have reviewed PC ELWOOD's body worn video (TE/1)."])
    render_docx(d / "LOWTHER OIC.docx", mg11_blocks(w, 1), "2026-02-24 17:00", header="OFFICIAL-SENSITIVE when complete", author="mlowther2204")

    render_pdf(d / "ROTI KETTERIDGE.pdf", [("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", urn), ("Interviewee", "Ryan KETTERIDGE"), ("Date", "23/02/2026 1330-1412"), ("Solicitor", "Ms T NAYLOR")]),
        ("table", ["Time", "Summary"], [["0:00", "Caution."], ["3:00", "Flirting with Chantelle all night."],
                                        ["10:00", "She went in the box room with him, kissed him, consensual sex."],
                                        ["22:00", "She left suddenly - 'probably embarrassed'."], ["35:00", "Denies rape."]], (18, 160))],
        dict(OS, h_style="plain"), "2026-02-24 09:00", urn=urn)
    render_pdf(d / "PNC KETTERIDGE.pdf", pnc_blocks(urn, dict(name="KETTERIDGE, Ryan", dob="07/07/2002", pncid="20/0441907K",
               convictions=[["19/10/2022", "Saltmarsh MC", "Possession of cannabis", "Fine £100"]], cautions=[]), "PNC", "23/02/2026", "2204"),
               OS, "2026-02-23 10:00", urn=urn)
    render_pdf(d / "witness PNC.pdf", witness_pnc_blocks(urn, [["Chantelle IBBOTSON", "16/09/2005", "Complainant", "No trace"],
        ["Amber LYLE", "02/02/2005", "Witness", "No trace"]], "WITNESS PNC", "Checked 05/04/2026.", "DC 2204 LOWTHER", "05/04/2026"),
        OS, "2026-04-05 10:00", urn=urn)
    render_docx(d / "MG6C KETTERIDGE.docx", [("small", "MG6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", urn), ("D/O", "DC 2204 LOWTHER"), ("Date", "09/04/2026")]), ("p", MG6C_INTRO),
        ("table", ["No", "Description", "Location", "Remarks"], [
            ["1", "Incident log KC-220226-0377 (101 call 1150 22/02/2026)", "OSPREY", "Copy with file"],
            ["2", "Crime report KC/26/05510", "OSPREY", "Copy with file"],
            ["3", "Misc paperwork", "OIC", ""],
            ["4", "Officer notes", "OIC", ""],
            ["5", "Various CCTV", "OIC", "Nothing relevant"],
            ["6", "Custody record KETTERIDGE 23/02/2026", "Custody", "Available"],
            ["7", "ABE interview plan for CI, DC ONYANGO 24/02/2026", "OIC", "Available"],
        ])], "2026-04-09 15:00", header="OFFICIAL-SENSITIVE", author="mlowther2204")
    render_pdf(d / "MG6D KETTERIDGE.pdf", [("small", "MG6D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", urn), ("D/O", "DC 2204 LOWTHER"), ("Date", "09/04/2026")]), ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [["1", "Kestrel SARC notes 22/02/2026", "Medical - consent to CPS given"],
                                                  ["2", "ISVA referral 24/02/2026", "Personal data"]], (10, 100, 68))],
        dict(OS, h_style="plain"), "2026-04-09 15:10", urn=urn)
    render_pdf(d / "incident KC-220226-0377.pdf", [("title", "INCIDENT KC-220226-0377"),
        ("mono", "11:50 101 CALL FROM CHANTELLE IBBOTSON (WITH FRIEND PRIYA MALIK) - RAPED AT HOUSE PARTY 9 GULL ROW LAST NIGHT BY RYAN KETTERIDGE\n"
                 "11:52 SAFE AT FRIEND'S ADDRESS. 5521 DEPLOYED\n12:40 5521 ON SCENE - BWV\n13:20 SARC 1600\n13:45 CRIME KC/26/05510")],
        OS, "2026-02-22 14:00", urn=urn)
    render_pdf(d / "crime KC-26-05510.pdf", [("title", "CRIME REPORT KC/26/05510"),
        ("kv", [("URN", urn), ("Offence", "Rape"), ("Victim", "IBBOTSON, Chantelle F 20"), ("Suspect", "KETTERIDGE, Ryan M 23"),
                ("Witnesses", "MALIK, Priya (friend - first told); LYLE, Amber (guest)"), ("OIC", "DC 2204 LOWTHER")])],
        OS, "2026-04-09 16:00", urn=urn)
    render_pdf(d / "MG12 KETTERIDGE.pdf", mg12_blocks(urn, "KETTERIDGE", [
        ["RO/1", "VRI Chantelle IBBOTSON 24/02/2026", "DC ONYANGO", "In file"],
        ["TE/1", "BWV PC 5521 ELWOOD 22/02/2026 1240-1305", "PC ELWOOD", "DEMS"],
        ["GP/1", "High vaginal swab", "Dr PRICE", "Stored - not submitted"],
        ["GP/2", "Low vaginal swab", "Dr PRICE", "Stored - not submitted"],
        ["GP/3", "External swab", "Dr PRICE", "Stored - not submitted"]], "DC 2204 LOWTHER", "09/04/2026"),
        dict(OS, h_style="plain"), "2026-04-09 16:10", urn=urn)
    render_pdf(d / "MG2 IBBOTSON.pdf", [("small", "MG2"), ("title", "SPECIAL MEASURES"),
        ("kv", [("URN", urn), ("Witness", "Chantelle IBBOTSON"), ("Date", "24/02/2026")]),
        ("p", "Eligible s.17(4). s.27 VRI - yes. s.28 - she wants it. Screens yes. Live link yes. Intermediary no. Needs: female officer; university term dates.")],
        OS, "2026-02-24 16:00", urn=urn)

    docs = [
        {"name": "MG3_KETTERIDGE.pdf", "type": "MG3"}, {"name": "RO1 IBBOTSON VRI.mp4", "type": "ABE_RECORDING"},
        {"name": "RO1 summary.docx", "type": "ABE_SUMMARY"},
        {"name": "ONYANGO VRI.pdf", "type": "MG11", "role": "officer"},
        {"name": "ELWOOD 5521.pdf", "type": "MG11", "role": "officer"},
        {"name": "LYLE A.docx", "type": "MG11", "role": "witness"},
        {"name": "PRICE FME.pdf", "type": "MG11", "role": "expert"},
        {"name": "LOWTHER OIC.docx", "type": "MG11", "role": "officer"},
        {"name": "ROTI KETTERIDGE.pdf", "type": "ROTI"}, {"name": "PNC KETTERIDGE.pdf", "type": "PNC"},
        {"name": "witness PNC.pdf", "type": "PNC"}, {"name": "MG6C KETTERIDGE.docx", "type": "MG6C"},
        {"name": "MG6D KETTERIDGE.pdf", "type": "MG6D"}, {"name": "incident KC-220226-0377.pdf", "type": "INCIDENT_LOG"},
        {"name": "crime KC-26-05510.pdf", "type": "CRIME_REPORT"}, {"name": "MG12 KETTERIDGE.pdf", "type": "MG12"},
        {"name": "MG2 IBBOTSON.pdf", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 1,
            "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D",
                              "INCIDENT_LOG", "CRIME_REPORT", "MG12", "MG2"],
            "must_fail": ["key_statements", "multimedia", "schedule_descriptions"],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                              "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                              "abe_exhibited", "abe_plan", "officer_statement", "signed", "suspect_interview",
                              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dig_dpn", "dig_prop",
                              "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
                              "one_urn", "third_party_request", "third_party_notice"],
            "docs": docs}

# ============================================================================================
# Folder 10 - Wealdbrook Police (MERIDIAN). FAULTY. Non-recent child abuse. Planted: (1) the
# grandmother's (first account) statement is unsigned and undated; (2) blanket third-party
# requests (all GP/hospital records, full school file, all social care records) with no specific
# reason or limits. Written notice WAS given (e-mail), so TP-NOTICE holds.
# ============================================================================================

def folder10(root: Path) -> dict:
    name = "b17_10_wealdbrook_meridian_nonrecent"
    d = root / name
    urn = "90WB0031526"
    MR = {"core": True, "family": "DV", "marking_top": "OFFICIAL-SENSITIVE", "head": "MERIDIAN CMS - Wealdbrook Police - Child Abuse & RASSO",
          "foot_left": "MERIDIAN  " + urn, "page_fmt": "Page {n} of {nb}", "h_style": "underline", "creator": "MERIDIAN CMS"}
    MRs = dict(MR, h_style="plain", head="Wealdbrook Police - Witness statement (MG11)")
    mg3 = [
        ("small", "MG3"), ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "TULLETT, Graham  (22/05/1967)"), ("Complainant", "Olivia PRENTICE (26) - former stepdaughter"),
                ("Offences", "Rape of a child under 13 (s.5 SOA 2003) x1; sexual assault of a child under 13 (s.7) x2 (specimen); "
                             "sexual activity with a child (s.9) x2 (specimen) - 2012 to 2014, 6 Orchard Way, Wealdbrook"),
                ("Test", "FULL CODE TEST"), ("Date", "30/04/2026")], (36, 142)),
        ("h", "EARLY ADVICE"),
        ("p", "Sought 28/01/2026 (phone, CPS RASSO - Ms K DRUMMOND). Advised: ABE, first account witness, suspect interview, "
              "mother's account."),
        ("h", "SUMMARY"),
        ("p", "OP says that from when she was 12 (2012) until she was 14 her then stepfather TULLETT came into her bedroom at "
              "night when her mother was working nights at the care home. At 12 he touched her vagina under her pyjamas on "
              "several occasions and on one occasion (around her 13th birthday, March 2013) put his penis in her vagina. After "
              "she turned 13 he touched her and made her touch his penis until 2014 when her mother and TULLETT split up. At 16 "
              "she told her grandmother. She reported on 10/01/2026 online after seeing him at a family funeral. ABE 20/01/2026."),
        ("h", "SUSPECT ACCOUNT"),
        ("p", "Voluntary interview 04/02/2026: denies everything. Says OP resents him because of the divorce; says he was "
              "rarely alone with her."),
        ("h", "LINES OF ENQUIRY"),
        ("bullets", ["Mother Donna TULLETT (now divorced from suspect) - statement taken: confirms night shifts 2012-14, "
                     "noticed nothing, OP never told her. May assist defence.",
                     "First account: her grandmother - OP told her in 2016. Statement obtained.",
                     "Requests have been sent to Wealdbrook Health Centre for all of OP's GP and hospital records, to Wealdbrook "
                     "Academy for her full school file, and to Wealdbrook County Council for all children's social care "
                     "records relating to her, to see if there is anything relevant to the allegation or her credibility.",
                     "Suspect's former address 6 Orchard Way - layout photographed 15/02/2026 (current occupiers consented).",
                     "No digital enquiries: non-recent; OP's phone not examined; no devices from the period exist."]),
        ("h", "OUTSTANDING (TARGET DATES)"),
        ("table", ["Item", "Target"], [["Replies to records requests (GP/hospital, school, social care)", "06/03/2026 - chased 20/03, new target 29/05/2026"]], (110, 68)),
        ("h", "THIRD PARTY MATERIAL - NOTICE"),
        ("p", "OP was given written notice of each request by email on 03/02/2026 (copy attached), before the requests were "
              "sent on 04/02/2026. She signed a consent form for her medical records on 03/02/2026."),
        ("h", "FORENSIC / MEDICAL"),
        ("p", "No forensic opportunities (non-recent). No medical examination. Medical records - see above (consent 03/02/2026)."),
        ("h", "VICTIM"),
        ("p", "MG2: s.27 done; s.28 - OP wants it; screens and live link. Not vulnerable now; no intermediary. Needs: works "
              "full time; anxious about meeting TULLETT's family at court - separate waiting area. ISVA referral 12/01/2026 "
              "(Wealdbrook ISVA Service). VPS offered 20/01/2026 - wants to make one later."),
        ("h", "DISCLOSURE / PNC / BAIL"),
        ("p", "MG6C and MG6D attached. Incident record of online report, crime report, witness PNCs attached. TULLETT: no "
              "convictions, one caution 2008 (common assault). Voluntary attender - RUI: no contact with OP for 10+ years, "
              "lives 60 miles away; bail not necessary (DS 2230)."),
        ("h", "OIC"), ("p", "DC 3390 Helen ASKEW  01632 960512  helen.askew@wealdbrook.police.example   Supervisor: DS 2230 Owen PRYOR - endorsed 30/04/2026"),
    ]
    render_pdf(d / "MG3 TULLETT.pdf", mg3, MR, "2026-04-30 12:00", urn=urn)

    make_video(d / "HA1 PRENTICE ABE 200126.mp4", ["20/01/2026 10:00:", "WEALDBROOK ABE SUITE", "HA/1"], seconds=4, seed=111)
    render_pdf(d / "ABE summary PRENTICE.pdf", [("title", "ABE interview summary"),
        ("kv", [("URN", urn), ("Witness", "Olivia PRENTICE (26)"), ("Interviewer", "DC 3390 ASKEW"), ("Date", "20/01/2026 10:00-11:35"), ("Exhibit", "HA/1")]),
        ("table", ["Time", "Summary"], [["0:00", "Introductions."], ["6:00", "Lived at 6 Orchard Way with mum and Graham 2010-2014."],
                                        ["15:00", "From age 12, when mum on nights, he came in her room; touched her under pyjamas, several times."],
                                        ["34:00", "Around her 13th birthday he got into bed and put his penis in her vagina; it hurt; he said it was their secret."],
                                        ["52:00", "After 13: touching; made her touch his penis; until mum and Graham split in summer 2014."],
                                        ["70:00", "Told Nan at 16 in Nan's kitchen. Never told mum. Saw him at Uncle Pete's funeral Dec 2025 - decided to report."],
                                        ["88:00", "Closure."]], (18, 160))], dict(MR, h_style="plain"), "2026-01-21 10:00", urn=urn)
    w = dict(urn=urn, name="Helen ASKEW", occ="DC 3390", date="21/01/2026", sig="H Askew DC3390 [signed]", law=0, decl=0, pages=1, body=[
        "On 20/01/2026 between 1000 and 1135 hrs I conducted a video recorded interview with Olivia PRENTICE at Wealdbrook ABE "
        "suite. I produce the recording as HA/1 and have prepared a summary.",
        "On 03/02/2026 I emailed Olivia to tell her about the records requests before they were sent."])
    mg11_pdf(d / "ASKEW 3390.pdf", w, MRs, "2026-01-21 12:00")
    w_nan = dict(urn=urn, name="Margaret PRENTICE", occ="Retired", date="", sig="", law=0, decl=0, pages=1, signed=False, body=[
        "Olivia PRENTICE is my granddaughter. When she was about 16, I think in 2016, she came round after school and we were "
        "in my kitchen. She was upset and she said 'Nan, Graham used to come in my room at night and touch me. He did "
        "things to me when Mum was at work.' She said it started when she was 12.",
        "She made me promise not to tell her mum because her mum had just got over the divorce. I wish now I had. I told "
        "her she should go to the police when she was ready."])
    render_docx(d / "Nan statement.docx", mg11_blocks(w_nan, 1), "2026-02-12 15:00", header="OFFICIAL-SENSITIVE when complete", author="hasskew")
    w = dict(urn=urn, name="Martin CRAWLEY", occ="PC 1212", date="11/01/2026", sig="(Signed) M Crawley 1212", law=1, decl=1, pages=1, body=[
        "On 11/01/2026 at 1400 hrs I visited Olivia PRENTICE at her home following her online report. She said 'My stepdad "
        "Graham Tullett sexually abused me from when I was 12 until I was 14. He raped me once when I was about 13.' I "
        "recorded this in my PNB and explained the next steps. My body worn video was not used at her request."])
    mg11_pdf(d / "CRAWLEY 1212.pdf", w, MRs, "2026-01-11 18:00")
    w = dict(urn=urn, name="Donna TULLETT", occ="Care home team leader", date="18/02/2026", sig="D Tullett", sig_label="Signed", law=0, decl=0, pages=1, body=[
        "I am Olivia's mum. I was married to Graham TULLETT from 2010 to 2015; we separated in summer 2014.",
        "From 2012 to 2014 I worked nights at Brookside care home, usually three nights a week, and Graham was at home with "
        "Olivia. I never noticed anything wrong and Olivia never said anything to me. She did become withdrawn around 13 "
        "but I put it down to her age and the rows between me and Graham."])
    mg11_pdf(d / "D TULLETT.pdf", w, MRs, "2026-02-18 17:00")

    render_pdf(d / "interview TULLETT.pdf", [("title", "RECORD OF INTERVIEW (voluntary)"),
        ("kv", [("URN", urn), ("Interviewee", "Graham TULLETT"), ("Date", "04/02/2026 1030-1125"), ("Solicitor", "Mr A BELL")]),
        ("table", ["Time", "Summary"], [["0:00", "Caution, voluntary."], ["5:00", "Lived at Orchard Way 2010-14. Donna worked nights."],
                                        ["15:00", "Denies going into Olivia's room at night. 'Never.'"],
                                        ["30:00", "'She's always hated me since the divorce.'"], ["50:00", "Denies all allegations."]], (18, 160))],
        dict(MR, h_style="plain"), "2026-02-05 09:00", urn=urn)
    render_pdf(d / "PNC TULLETT.pdf", pnc_blocks(urn, dict(name="TULLETT, Graham", dob="22/05/1967", pncid="08/0301127M", convictions=[],
               cautions=[["12/06/2008", "Wealdbrook", "Common assault", "Simple caution"]]), "PNC", "04/02/2026", "3390"), MR, "2026-02-04 12:00", urn=urn)
    render_pdf(d / "witness PNC.pdf", witness_pnc_blocks(urn, [["Olivia PRENTICE", "19/03/2000", "Complainant", "No trace"],
        ["Margaret PRENTICE", "06/06/1949", "First account (grandmother)", "No trace"],
        ["Donna TULLETT", "14/08/1975", "Witness (mother)", "No trace"]], "WITNESS PNC", "Checked 20/04/2026.", "DC 3390 ASKEW", "20/04/2026"),
        MR, "2026-04-20 12:00", urn=urn)

    render_pdf(d / "records requests 040226.pdf", [("title", "REQUESTS FOR THIRD PARTY MATERIAL"),
        ("kv", [("URN", urn), ("From", "DC 3390 ASKEW"), ("Date sent", "04/02/2026"), ("Subject", "Olivia PRENTICE (DOB 19/03/2000)")]),
        ("h", "1. Wealdbrook Health Centre"), ("p", "Please supply all GP records held for the above, including hospital letters, from birth to date."),
        ("h", "2. Wealdbrook Academy"), ("p", "Please supply the full school file for the above (2011-2016) including attendance, behaviour, pastoral and safeguarding records."),
        ("h", "3. Wealdbrook County Council - Children's Services"), ("p", "Please supply all children's social care records relating to the above and her household."),
        ("h", "Reason"), ("p", "To assist a police investigation into a serious sexual offence and to check for anything relevant to the allegation or to the credibility of the complainant."),
    ], dict(MR, h_style="plain"), "2026-02-04 10:00", urn=urn)
    write_text(d / "notice to Olivia re records.eml", f"""From: Helen Askew <helen.askew@wealdbrook.police.example>
To: Olivia Prentice <olivia.prentice@mailbox.example>
Subject: Your case {urn} - requests for your records (please read)
Date: Tue, 03 Feb 2026 16:05:00 +0000
Message-ID: <20260203160500.3390@wealdbrook.police.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Hi Olivia,

As we discussed on the phone today, I am writing to let you know before I send them that tomorrow I will be
asking for records about you from: (1) your GP practice (Wealdbrook Health Centre), (2) Wealdbrook Academy and
(3) Wealdbrook County Council children's services.

Why: to see whether there is anything in them that is relevant to what you have told us, whether it helps or
not, as we have to follow all reasonable lines of enquiry.

How they will be handled: they will be stored securely and read by me and the CPS lawyer only. Nothing will be
given to the defence unless the CPS decides the law requires it, and you would be told first. You can ask me
or your ISVA any questions, and you can tell me if you object.

Thanks for signing the medical records consent form today.

Helen
DC 3390 Helen Askew | Child Abuse & RASSO | 01632 960512
""", crlf=True)

    render_docx(d / "MG6C TULLETT.docx", [("small", "MG6C"), ("title", "NON-SENSITIVE UNUSED MATERIAL SCHEDULE"),
        ("kv", [("URN", urn), ("D/O", "DC 3390 ASKEW"), ("Date", "29/04/2026")]), ("p", MG6C_INTRO),
        ("table", ["No", "Description", "Location", "Comment"], [
            ["1", "Online report submission WB-OR-26-00418 and incident WB-100126-0042 (10/01/2026 21:14)", "MERIDIAN", "Copy with file"],
            ["2", "Crime report WB/26/00771 with updates", "MERIDIAN", "Copy with file"],
            ["3", "PC 1212 CRAWLEY PNB 11/01/2026 p.30 - OP's account at home", "Exhibits", "Content in statement"],
            ["4", "ABE interview plan DC ASKEW 19/01/2026", "OIC", "Available"],
            ["5", "Photographs of 6 Orchard Way layout (x12) 15/02/2026", "OIC", "Available"],
            ["6", "Records requests to GP, school and council 04/02/2026 and chasers 20/03/2026", "OIC", "Copy with file"],
            ["7", "Funeral order of service, Peter PRENTICE, 12/12/2025 (shows TULLETT attended)", "OIC", "Available"],
        ])], "2026-04-29 15:00", header="OFFICIAL-SENSITIVE", author="hasskew")
    render_pdf(d / "MG6D TULLETT.pdf", [("small", "MG6D"), ("title", "SENSITIVE MATERIAL SCHEDULE"),
        ("kv", [("URN", urn), ("D/O", "DC 3390 ASKEW"), ("Date", "29/04/2026")]), ("p", MG6D_INTRO),
        ("table", ["No", "Description", "Reason"], [["1", "Medical records consent form signed by OP 03/02/2026", "Personal data"],
                                                  ["2", "ISVA referral 12/01/2026", "Personal data"],
                                                  ["3", "Any GP, school or social care records received (none yet)", "Confidential third party records"]], (10, 100, 68))],
        dict(MR, h_style="plain"), "2026-04-29 15:10", urn=urn)
    write_text(d / "incident WB-100126-0042 (online report).txt", f"""WEALDBROOK POLICE - MERIDIAN - INCIDENT WB-100126-0042
URN: {urn}
Opened: 10/01/2026 21:14 (ONLINE REPORTING - form WB-OR-26-00418)
Type: SEXUAL OFFENCE - NON RECENT - CHILD

Reporter's words (copied from online form):
  "My stepdad Graham Tullett abused me from when I was 12 until 14. He came in my room at night when my mum
   was on nights. Once he had sex with me. I saw him at my uncle's funeral last month and I can't keep it in
   any more. I told my Nan years ago."

21:40 Triage: not immediate risk. Appointment PC 1212 11/01 1400.
11/01 14:00 PC 1212 attended. Account in PNB. Referred CAIT/RASSO.
11/01 16:30 Crime WB/26/00771. OIC DC 3390.
""")
    render_pdf(d / "crime report WB-26-00771.pdf", [("title", "CRIME REPORT WB/26/00771"),
        ("kv", [("URN", urn), ("Offences", "s.5, s.7, s.9 SOA 2003 (non-recent)"), ("Victim", "PRENTICE, Olivia F 26 (12-14 at the time)"),
                ("Suspect", "TULLETT, Graham M 58"), ("OIC", "DC 3390 ASKEW")])], MR, "2026-04-29 16:00", urn=urn)
    render_pdf(d / "MG12 TULLETT.pdf", mg12_blocks(urn, "TULLETT", [["HA/1", "ABE recording Olivia PRENTICE 20/01/2026", "DC ASKEW", "In file"]],
               "DC 3390 ASKEW", "29/04/2026"), dict(MR, h_style="plain"), "2026-04-29 16:10", urn=urn)
    render_docx(d / "MG2 PRENTICE.docx", [("small", "MG2"), ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", urn), ("Witness", "Olivia PRENTICE"), ("Date", "20/01/2026")]),
        ("table", ["Measure", "View"], [["s.27 VRI", "Done"], ["s.28", "Wants it"], ["Screens", "Yes"], ["Live link", "Yes"], ["Intermediary", "Not needed"]]),
        ("p", "Eligible s.17(4). Needs: separate waiting area from suspect's family; works full time.")], "2026-01-20 13:00", author="hasskew")

    docs = [
        {"name": "MG3 TULLETT.pdf", "type": "MG3"}, {"name": "HA1 PRENTICE ABE 200126.mp4", "type": "ABE_RECORDING"},
        {"name": "ABE summary PRENTICE.pdf", "type": "ABE_SUMMARY"},
        {"name": "ASKEW 3390.pdf", "type": "MG11", "role": "officer"},
        {"name": "Nan statement.docx", "type": "MG11", "role": "first_account"},
        {"name": "CRAWLEY 1212.pdf", "type": "MG11", "role": "officer"},
        {"name": "D TULLETT.pdf", "type": "MG11", "role": "witness"},
        {"name": "interview TULLETT.pdf", "type": "ROTI"}, {"name": "PNC TULLETT.pdf", "type": "PNC"},
        {"name": "witness PNC.pdf", "type": "PNC"},
        {"name": "records requests 040226.pdf", "type": ["THIRD_PARTY", "CORRESPONDENCE"]},
        {"name": "notice to Olivia re records.eml", "type": "CORRESPONDENCE"},
        {"name": "MG6C TULLETT.docx", "type": "MG6C"}, {"name": "MG6D TULLETT.pdf", "type": "MG6D"},
        {"name": "incident WB-100126-0042 (online report).txt", "type": "INCIDENT_LOG"},
        {"name": "crime report WB-26-00771.pdf", "type": "CRIME_REPORT"},
        {"name": "MG12 TULLETT.pdf", "type": "MG12"}, {"name": "MG2 PRENTICE.docx", "type": "MG2"},
    ]
    return {"case": name, "stage": "charging", "exit": 1,
            "present_types": ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "CORRESPONDENCE", "MG6C",
                              "MG6D", "INCIDENT_LOG", "CRIME_REPORT", "MG12", "MG2"],
            "must_fail": ["signed", "third_party_request"],
            "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                              "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                              "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "suspect_interview",
                              "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                              "rebuttable_presumption", "dig_dpn", "multimedia", "exhibits", "forensic_medical",
                              "special_measures", "victim_care", "files_readable", "one_urn", "third_party_notice"],
            "docs": docs}


# ============================================================================================
FOLDERS = [f for n, f in sorted(globals().items()) if n.startswith("folder") and callable(f)]


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for fn in FOLDERS:
        exp = fn(out)
        case = out / exp["case"]
        names = {p.name for p in case.iterdir()}
        for dd in exp["docs"]:
            assert dd["name"] in names, (exp["case"], dd["name"])
        (out / (exp["case"] + ".expected.json")).write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
        print(f"{exp['case']}: {len(names)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
