#!/usr/bin/env python3
"""make_batch.py - batch03: synthetic RASSO pre-charge case folders (prose-heavy files).

Usage:  python make_batch.py OUTDIR

Writes nine case folders into OUTDIR and, beside each folder NAME, NAME.expected.json.
Everything is invented: names, places, forces, phone numbers (Ofcom drama ranges),
e-mail addresses (.example). Deterministic: seeded randomness, fixed dates, fixed
PDF creation dates, fixed zip timestamps in DOCX files.
"""
from __future__ import annotations

import datetime as _dt
import io
import json
import math
import os
import random
import shutil
import struct
import sys
import textwrap
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
from docx.shared import Pt, Cm
import av

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_ZIP_TIME = (2026, 11, 20, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model. A document is a list of blocks:
#   ("title", text)            big bold heading, centred
#   ("h", text)                bold sub-heading
#   ("p", text)                paragraph (may contain \n for hard line breaks)
#   ("kv", [(label, value)])   label: value rows
#   ("table", cols, widths, rows)   widths are relative numbers
#   ("line",)                  horizontal rule
#   ("sp",)                    blank line
#   ("pb",)                    page break
#   ("small", text)            small print
#   ("right", text)            right-aligned line
#   ("box", text)              boxed line(s)
# ---------------------------------------------------------------------------


def _clean(s: str) -> str:
    return s


# ----------------------------- PDF (text) ---------------------------------
class _PDF(FPDF):
    def __init__(self, head=None, foot=None, family="DejaVu", **kw):
        super().__init__(orientation="P", unit="mm", format="A4")
        self._head = head
        self._foot = foot
        self._family = family
        self.set_auto_page_break(True, margin=20)
        files = {"DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
                 "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")}[family]
        for style, fn in zip(("", "B", "I"), files):
            self.add_font(family, style, f"{FONT_DIR}/{fn}")

    def header(self):
        if self._head:
            self.set_font(self._family, "I", 8)
            self.set_text_color(80, 80, 80)
            left, right = (self._head if isinstance(self._head, tuple) else (self._head, ""))
            self.cell(0, 5, left.replace("{page}", str(self.page_no())), align="L")
            if right:
                self.set_x(self.l_margin)
                self.cell(0, 5, right.replace("{page}", str(self.page_no())), align="R")
            self.ln(8)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self._foot:
            self.set_y(-14)
            self.set_font(self._family, "I", 8)
            self.set_text_color(80, 80, 80)
            txt = self._foot.replace("{page}", str(self.page_no())).replace("{pages}", "{nb}")
            self.cell(0, 6, txt, align="C")
            self.set_text_color(0, 0, 0)


def write_pdf(path, blocks, head=None, foot=None, family="DejaVu", size=10.5,
              created=(2026, 11, 16, 10, 0), title=None, author=None):
    pdf = _PDF(head=head, foot=foot, family=family)
    pdf.set_creation_date(_dt.datetime(*created, tzinfo=_dt.timezone.utc))
    if title:
        pdf.set_title(title)
    if author:
        pdf.set_author(author)
    pdf.set_producer("CaseFile Export")
    pdf.set_creator("CaseFile Export")
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    lh = size * 0.50
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(family, "B", size + 4)
            pdf.multi_cell(0, lh + 2.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(family, "B", size + 0.5)
            pdf.multi_cell(0, lh + 1, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(family, "", size)
            pdf.multi_cell(0, lh, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind == "small":
            pdf.set_font(family, "I", size - 2)
            pdf.multi_cell(0, lh - 0.8, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "right":
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
        elif kind == "box":
            pdf.set_font(family, "B", size)
            pdf.multi_cell(0, lh + 1.5, b[1], border=1, align="L", new_x="LMARGIN", new_y="NEXT", padding=1)
            pdf.ln(1.5)
        elif kind == "kv":
            for k, v in b[1]:
                pdf.set_font(family, "B", size)
                pdf.cell(55, lh, k, new_x="RIGHT", new_y="TOP")
                pdf.set_font(family, "", size)
                pdf.multi_cell(0, lh, v, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            cols, widths, rows = b[1], b[2], b[3]
            pdf.set_font(family, "", size - 1.5)
            with pdf.table(col_widths=tuple(widths), text_align="LEFT", line_height=lh - 0.4,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                           repeat_headings=1) as t:
                r = t.row()
                for c in cols:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif kind == "line":
            y = pdf.get_y() + 1
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(3)
        elif kind == "sp":
            pdf.ln(lh)
        elif kind == "pb":
            pdf.add_page()
    pdf.output(path)


# ----------------------------- DOCX ---------------------------------------
def _add_field(par, code):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = code
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)


def _normalise_zip(path, when=FIXED_ZIP_TIME):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_docx(path, blocks, head=None, foot=None, font="Arial", size=11,
               created=(2026, 11, 16, 10, 0), author="casefile"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_height = Cm(29.7); sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    if head:
        hp = sec.header.paragraphs[0]
        hp.text = head if isinstance(head, str) else "    ".join(head)
        hp.runs[0].font.size = Pt(8)
    if foot:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if "{page}" in foot:
            pre, rest = foot.split("{page}", 1)
            fp.add_run(pre)
            _add_field(fp, "PAGE")
            if "{pages}" in rest:
                mid, post = rest.split("{pages}", 1)
                fp.add_run(mid)
                _add_field(fp, "NUMPAGES")
                fp.add_run(post)
            else:
                fp.add_run(rest)
        else:
            fp.add_run(foot)
        for r in fp.runs:
            r.font.size = Pt(8)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 3)
        elif kind == "h":
            p = d.add_paragraph()
            r = p.add_run(b[1]); r.bold = True
        elif kind == "p":
            for i, para in enumerate(b[1].split("\n\n")):
                d.add_paragraph(para)
        elif kind == "small":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True; r.font.size = Pt(size - 2)
        elif kind == "right":
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(b[1]); r.bold = True
        elif kind == "box":
            t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
            t.cell(0, 0).text = b[1]
            d.add_paragraph()
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k; cells[1].text = v
                for r in cells[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph()
        elif kind == "table":
            cols, widths, rows = b[1], b[2], b[3]
            t = d.add_table(rows=1, cols=len(cols)); t.style = "Table Grid"
            for i, c in enumerate(cols):
                t.rows[0].cells[i].text = c
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            tot = float(sum(widths))
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(17.0 * w / tot)
            d.add_paragraph()
        elif kind == "line":
            d.add_paragraph("_" * 60)
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(*created)
    cp.modified = _dt.datetime(*created)
    cp.revision = 1
    d.save(path)
    _normalise_zip(path)


# ----------------------------- TXT ----------------------------------------
def write_txt(path, blocks, width=90, head=None, foot=None, crlf=False):
    out = []
    if head:
        out.append(head if isinstance(head, str) else "   ".join(head))
        out.append("")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(b[1].upper())
            out.append("=" * min(width, len(b[1])))
        elif kind == "h":
            out.append("")
            out.append(b[1])
            out.append("-" * min(width, len(b[1])))
        elif kind in ("p", "small"):
            for para in b[1].split("\n"):
                out.extend(textwrap.wrap(para, width) or [""])
            out.append("")
        elif kind == "right":
            out.append(b[1].rjust(width))
        elif kind == "box":
            out.append("+" + "-" * (width - 2) + "+")
            for ln in b[1].split("\n"):
                out.append("| " + ln.ljust(width - 4) + " |")
            out.append("+" + "-" * (width - 2) + "+")
        elif kind == "kv":
            lw = max(len(k) for k, _ in b[1]) + 2
            for k, v in b[1]:
                wrapped = textwrap.wrap(v, width - lw) or [""]
                out.append((k + ":").ljust(lw) + wrapped[0])
                for w in wrapped[1:]:
                    out.append(" " * lw + w)
            out.append("")
        elif kind == "table":
            cols, widths, rows = b[1], b[2], b[3]
            tot = float(sum(widths))
            cw = [max(6, int((width - len(cols)) * w / tot)) for w in widths]
            def fmt(row):
                cells = [textwrap.wrap(str(c), cw[i]) or [""] for i, c in enumerate(row)]
                n = max(len(c) for c in cells)
                lines = []
                for k in range(n):
                    lines.append(" ".join((c[k] if k < len(c) else "").ljust(cw[i]) for i, c in enumerate(cells)).rstrip())
                return lines
            out.extend(fmt(cols))
            out.append(" ".join("-" * w for w in cw))
            for row in rows:
                out.extend(fmt(row))
            out.append("")
        elif kind == "line":
            out.append("-" * width)
        elif kind == "sp":
            out.append("")
        elif kind == "pb":
            out.append("")
            out.append("\f")
    if foot:
        out.append("")
        out.append(foot)
    nl = "\r\n" if crlf else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(nl.join(out) + nl)


# ----------------------------- page images --------------------------------
_font_cache = {}


def _font(style, px):
    key = (style, px)
    if key not in _font_cache:
        name = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
                "S": "DejaVuSerif.ttf", "SB": "DejaVuSerif-Bold.ttf", "M": "DejaVuSansMono.ttf"}[style]
        _font_cache[key] = ImageFont.truetype(f"{FONT_DIR}/{name}", px)
    return _font_cache[key]


def _wrap_px(text, font, maxw):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            trial = (cur + " " + w) if cur else w
            if font.getlength(trial) <= maxw:
                cur = trial
            else:
                if cur:
                    lines.append(cur)
                cur = w
        lines.append(cur)
    return lines


def render_pages(blocks, dpi=200, head=None, foot=None, serif=False, size=10.5):
    """Render blocks to a list of greyscale A4 PIL images."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    mx, my = int(0.8 * dpi), int(0.75 * dpi)
    pt = lambda p: int(round(p * dpi / 72.0))
    base = "S" if serif else ""
    bold = "SB" if serif else "B"
    f_p, f_b, f_t, f_s = _font(base, pt(size)), _font(bold, pt(size)), _font(bold, pt(size + 4)), _font("I", pt(size - 2))
    lh = int(pt(size) * 1.38)
    pages = []
    state = {}

    def new_page():
        img = Image.new("L", (W, H), 255)
        dr = ImageDraw.Draw(img)
        pages.append(img)
        state["img"], state["dr"], state["y"] = img, dr, my
        if head:
            dr.text((mx, int(my * 0.45)), head if isinstance(head, str) else head[0], font=_font("I", pt(8)), fill=90)

    def need(h):
        if state["y"] + h > H - my - pt(14):
            new_page()

    def draw_lines(lines, font, x=mx, fill=0, align="L"):
        for ln in lines:
            need(lh)
            if align == "C":
                xx = (W - font.getlength(ln)) / 2
            elif align == "R":
                xx = W - mx - font.getlength(ln)
            else:
                xx = x
            state["dr"].text((xx, state["y"]), ln, font=font, fill=fill)
            state["y"] += lh

    new_page()
    maxw = W - 2 * mx
    for b in blocks:
        kind = b[0]
        if kind == "title":
            draw_lines(_wrap_px(b[1], f_t, maxw), f_t, align="C")
            state["y"] += lh // 2
        elif kind == "h":
            state["y"] += lh // 3
            draw_lines(_wrap_px(b[1], f_b, maxw), f_b)
        elif kind == "p":
            draw_lines(_wrap_px(b[1], f_p, maxw), f_p)
            state["y"] += lh // 2
        elif kind == "small":
            draw_lines(_wrap_px(b[1], f_s, maxw), f_s)
        elif kind == "right":
            draw_lines([b[1]], f_b, align="R")
        elif kind == "box":
            lines = _wrap_px(b[1], f_b, maxw - 20)
            need(lh * len(lines) + 20)
            y0 = state["y"]
            state["y"] += 8
            draw_lines(lines, f_b, x=mx + 10)
            state["dr"].rectangle([mx, y0, W - mx, state["y"] + 6], outline=0, width=2)
            state["y"] += lh // 2 + 6
        elif kind == "kv":
            lw = int(maxw * 0.32)
            for k, v in b[1]:
                vl = _wrap_px(v, f_p, maxw - lw)
                need(lh * len(vl))
                state["dr"].text((mx, state["y"]), k, font=f_b, fill=0)
                for ln in vl:
                    state["dr"].text((mx + lw, state["y"]), ln, font=f_p, fill=0)
                    state["y"] += lh
            state["y"] += lh // 2
        elif kind == "table":
            cols, widths, rows = b[1], b[2], b[3]
            tot = float(sum(widths))
            cw = [int(maxw * w / tot) for w in widths]
            ft = _font(base, pt(size - 1.5))
            ftb = _font(bold, pt(size - 1.5))
            tlh = int(pt(size - 1.5) * 1.35)

            def row_draw(row, font, shade=False):
                cells = [_wrap_px(str(c), font, cw[i] - 14) for i, c in enumerate(row)]
                n = max(len(c) for c in cells)
                h = n * tlh + 10
                if state["y"] + h > H - my - pt(14):
                    new_page()
                    row_draw(cols, ftb, True)
                y0 = state["y"]
                x = mx
                for i, c in enumerate(cells):
                    if shade:
                        state["dr"].rectangle([x, y0, x + cw[i], y0 + h], fill=225)
                    state["dr"].rectangle([x, y0, x + cw[i], y0 + h], outline=0, width=1)
                    for k, ln in enumerate(c):
                        state["dr"].text((x + 7, y0 + 5 + k * tlh), ln, font=font, fill=0)
                    x += cw[i]
                state["y"] = y0 + h

            row_draw(cols, ftb, True)
            for row in rows:
                row_draw(row, ft)
            state["y"] += lh // 2
        elif kind == "line":
            need(lh)
            state["dr"].line([mx, state["y"] + lh // 2, W - mx, state["y"] + lh // 2], fill=0, width=2)
            state["y"] += lh
        elif kind == "sp":
            state["y"] += lh
        elif kind == "pb":
            new_page()
    if foot:
        n = len(pages)
        for i, img in enumerate(pages):
            dr = ImageDraw.Draw(img)
            t = foot.replace("{page}", str(i + 1)).replace("{pages}", str(n))
            f = _font("I", pt(8))
            dr.text(((W - f.getlength(t)) / 2, H - int(my * 0.7)), t, font=f, fill=90)
    return pages


def _jpeg_bytes(img, q=72):
    bio = io.BytesIO()
    img.save(bio, format="JPEG", quality=q, optimize=True)
    return bio.getvalue()


def write_scan_pdf(path, blocks, seed, dpi=200, head=None, foot=None, serif=False,
                   created=(2026, 11, 16, 10, 0), size=10.5):
    """Image-only PDF: pages rendered to bitmaps, lightly skewed and speckled, no text layer."""
    rnd = random.Random(seed)
    pages = render_pages(blocks, dpi=dpi, head=head, foot=foot, serif=serif, size=size)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(_dt.datetime(*created, tzinfo=_dt.timezone.utc))
    pdf.set_producer("ScanStation 4.2")
    pdf.set_creator("ScanStation 4.2")
    for img in pages:
        ang = rnd.uniform(-0.7, 0.7)
        im = img.rotate(ang, resample=Image.BICUBIC, fillcolor=250, expand=False)
        arr = np.array(im, dtype=np.int16)
        nrng = np.random.default_rng(rnd.randrange(1 << 30))
        arr = arr - 12 + nrng.integers(0, 9, size=arr.shape)  # paper tone + grain
        speck = nrng.random(arr.shape) < 0.0004
        arr[speck] = 40
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        pdf.add_page()
        pdf.image(io.BytesIO(_jpeg_bytes(im, 70)), x=0, y=0, w=210, h=297)
    pdf.output(path)


def write_photo_jpeg(path, blocks, seed, head=None, foot=None, serif=False, size=10.5, angle=None, page_no=0):
    """A phone photo of one printed page: on a desk, rotated, slight perspective, uneven light."""
    rnd = random.Random(seed)
    pages = render_pages(blocks, dpi=150, head=head, foot=foot, serif=serif, size=size)
    if page_no == 0 and len(pages) > 1:
        raise ValueError(f"photo of {path} would need {len(pages)} pages")
    page = pages[page_no].convert("RGB")
    pw, ph = page.size
    W, H = pw + 260, ph + 300
    desk = np.zeros((H, W, 3), dtype=np.float32)
    base = np.array([rnd.randint(95, 130), rnd.randint(75, 100), rnd.randint(55, 75)], dtype=np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    grad = 0.85 + 0.25 * (xx / W)
    desk[:] = base
    desk *= grad[..., None]
    canvas = Image.fromarray(np.clip(desk, 0, 255).astype(np.uint8), "RGB")
    # paper tint
    arr = np.array(page, dtype=np.float32)
    arr[..., 0] *= 0.97; arr[..., 1] *= 0.96; arr[..., 2] *= 0.91
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    ang = angle if angle is not None else rnd.choice([-1, 1]) * rnd.uniform(1.5, 3.2)
    pg = page.convert("RGBA").rotate(ang, resample=Image.BICUBIC, expand=True)
    ox, oy = (W - pg.size[0]) // 2 + rnd.randint(-20, 20), (H - pg.size[1]) // 2 + rnd.randint(-20, 20)
    canvas.paste(pg, (ox, oy), pg)
    # gentle perspective (keystone) via QUAD transform
    d = rnd.randint(25, 45)
    quad = (d, 0, 0, H, W, H, W - d, 0)
    canvas = canvas.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    # uneven lighting (shadow towards one corner)
    arr = np.array(canvas, dtype=np.float32)
    shade = 1.0 - 0.18 * ((yy / H) * (1 - xx / W))
    arr *= shade[..., None]
    nrng = np.random.default_rng(rnd.randrange(1 << 30))
    arr += nrng.normal(0, 3.0, arr.shape)
    canvas = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.4))
    canvas.save(path, format="JPEG", quality=84)


# ----------------------------- multimedia ---------------------------------
def make_video(path, seconds, captions, seed, w=320, h=240, fps=10, audio=True, style="abe"):
    rnd = random.Random(seed)
    out = av.open(path, mode="w", format="mp4")
    vs = out.add_stream("libx264", rate=fps)
    vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
    vs.options = {"preset": "ultrafast", "crf": "30"}
    vs.codec_context.thread_count = 1
    ast = None
    if audio:
        ast = out.add_stream("aac", rate=16000)
        ast.layout = "mono"
    f_small = _font("M", 11)
    f_big = _font("B", 14)
    n = int(seconds * fps)
    if style == "abe":
        bg = (58, 64, 72)
    else:
        bg = (30, 34, 30)
    for i in range(n):
        img = Image.new("RGB", (w, h), bg)
        dr = ImageDraw.Draw(img)
        if style == "abe":
            # two seated figures and a table: blocks
            dr.rectangle([40, 150, 280, 175], fill=(120, 96, 70))
            sway = int(3 * math.sin(i / 4.0))
            dr.ellipse([70 + sway, 80, 110 + sway, 120], fill=(200, 170, 150))
            dr.rectangle([60 + sway, 120, 120 + sway, 160], fill=(70, 90, 140))
            dr.ellipse([210, 82, 248, 120], fill=(190, 160, 140))
            dr.rectangle([200, 120, 258, 160], fill=(110, 110, 110))
        else:
            dr.rectangle([0, 170, w, h], fill=(70, 70, 66))
            x = 20 + i * 4
            dr.rectangle([x, 120, x + 18, 172], fill=(150, 150, 160))
            dr.rectangle([200, 60, 300, 170], outline=(120, 120, 110))
        for k, c in enumerate(captions):
            dr.text((6, 6 + 14 * k), c, font=f_small, fill=(235, 235, 235))
        secs = i // fps
        dr.text((w - 92, h - 18), f"00:00:{secs:02d}.{i % fps}", font=f_small, fill=(255, 255, 120))
        frame = av.VideoFrame.from_image(img)
        frame.pts = i
        frame.time_base = Fraction(1, fps)
        for pkt in vs.encode(frame):
            out.mux(pkt)
    for pkt in vs.encode():
        out.mux(pkt)
    if ast is not None:
        sr = 16000
        total = int(seconds * sr)
        t = np.arange(total) / sr
        rng = np.random.default_rng(seed)
        sig = (0.02 * np.sin(2 * np.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t))
               + 0.004 * rng.standard_normal(total)).astype(np.float32)
        pos = 0
        fs = 1024
        while pos < total:
            chunk = sig[pos:pos + fs]
            if len(chunk) < fs:
                chunk = np.pad(chunk, (0, fs - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pos
            af.time_base = Fraction(1, sr)
            for pkt in ast.encode(af):
                out.mux(pkt)
            pos += fs
        for pkt in ast.encode():
            out.mux(pkt)
    out.close()


def make_wav(path, seconds, seed, sr=8000):
    """A telephone-band 'call' recording: ringing tone then voice-like noise bursts."""
    rng = np.random.default_rng(seed)
    n = int(seconds * sr)
    t = np.arange(n) / sr
    sig = np.zeros(n)
    ring = (t < 1.2) & ((t % 0.6) < 0.4)
    sig += ring * 0.25 * (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t))
    voice = t >= 1.4
    env = 0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * t) ** 2
    sig += voice * env * 0.18 * (np.sin(2 * np.pi * 210 * t) + 0.5 * np.sin(2 * np.pi * 420 * t))
    sig += 0.01 * rng.standard_normal(n)
    pcm = np.clip(sig * 32767, -32768, 32767).astype("<i2")
    with wave.open(path, "wb") as wf:
        wf.setnchannels(1)
        wf.setsampwidth(2)
        wf.setframerate(sr)
        wf.writeframes(pcm.tobytes())


# ----------------------------- MG11 builder -------------------------------
DECL = [
    "This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge and "
    "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
    "have wilfully stated in it anything which I know to be false, or do not believe to be true.",
    "This statement (consisting of {n} pages each signed by me) is true to the best of my knowledge and belief "
    "and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have "
    "wilfully stated anything in it which I know to be false or do not believe to be true.",
]


def mg11(urn, name, age, occ, body, date, sig="[signed]", n_pages=1, variant=0, decl=0,
         witnessed=None, vrec=False, rear=None, force=None, cont_name=None, split_at=None,
         page_label=True, sig_line=None, date_line=None):
    """Blocks for an MG11. body: list of paragraph strings. sig: text standing for the signature
    (None or '' = unsigned). split_at: paragraph index where a continuation sheet starts."""
    b = []
    sig_txt = sig if sig else "...................................."
    date_txt = date if date else "....../....../........"
    if variant == 0:
        b.append(("right", "MG11"))
        b.append(("title", "WITNESS STATEMENT"))
        b.append(("small", "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s.5B"))
        b.append(("right", f"URN: {urn}"))
        b.append(("kv", [("Statement of:", name), ("Age if under 18:", age), ("Occupation:", occ)]))
        b.append(("p", DECL[decl].format(n=n_pages)))
        b.append(("kv", [("Signature:", sig_txt if sig_line is None else sig_line), ("Date:", date_txt if date_line is None else date_line)]))
        b.append(("small", "Tick if witness evidence is visually recorded  [" + ("X" if vrec else " ") + "]  (supply witness details on rear)"))
        b.append(("line",))
    elif variant == 1:
        if force:
            b.append(("small", force))
        b.append(("title", "Witness Statement (MG11)"))
        b.append(("box", f"URN  {urn[:2]} | {urn[2:4]} | {urn[4:9]} | {urn[9:]}"))
        b.append(("kv", [("Name", name), ("Age", age), ("Occupation", occ)]))
        b.append(("small", "Criminal Justice Act 1967 s.9 / Criminal Procedure Rules Part 16"))
        b.append(("p", DECL[decl].format(n=n_pages)))
        b.append(("p", f"Signed: {sig_txt}        Dated: {date_txt}"))
        b.append(("line",))
    else:  # record-system export
        b.append(("p", f"{force or 'RECORDS SYSTEM'} :: STATEMENT EXPORT :: MG11\nURN {urn}"))
        b.append(("h", f"STATEMENT OF {name}"))
        b.append(("kv", [("Age", age), ("Occupation", occ), ("Pages", str(n_pages))]))
        b.append(("p", "Declaration: " + DECL[decl].format(n=n_pages)))
        b.append(("p", f"Signature: {sig_txt}   Date: {date_txt}"))
        b.append(("line",))
    for i, para in enumerate(body):
        if split_at is not None and i == split_at:
            b.append(("p", f"Signature: {sig_txt}" + (f"    Signature witnessed by: {witnessed}" if witnessed else "")))
            b.append(("pb",))
            b.append(("right", "MG11(T)"))
            b.append(("h", f"Continuation of statement of {cont_name or name}"))
            b.append(("small", f"URN {urn}"))
        b.append(("p", para))
    tail = f"Signature: {sig_txt}" if sig is not None else "Signature: ...................................."
    if witnessed:
        tail += f"        Signature witnessed by: {witnessed}"
    b.append(("p", tail))
    if rear:
        b.append(("pb",))
        b.append(("right", "MG11 (rear)  OFFICIAL-SENSITIVE (when complete)"))
        b.append(("h", "Witness contact details (not for disclosure)"))
        b.append(("kv", rear))
    return b


def dump_expected(outdir, name, data):
    data = dict(data)
    data["case"] = name
    with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
        f.write("\n")


class Folder:
    def __init__(self, outdir, name, urn):
        self.name, self.urn = name, urn
        self.path = os.path.join(outdir, name)
        os.makedirs(self.path, exist_ok=True)

    def f(self, fname):
        return os.path.join(self.path, fname)


# ===========================================================================
# Folder A  -  Dunmere Constabulary, URN 47DE0231526  -  COMPLIANT (charging)
# Leah WINTERBOURNE (complainant, ABE) / Callum DRISCOLL (suspect)
# First account: her mother, by phone (Denise ORMEROD) - phone photo of statement.
# Flatmate (Priya NAIR) is NOT a first-account witness: she only describes Leah
# telling her mother. Taxi driver statement is a scanned image-only PDF.
# ===========================================================================
def build_A(outdir):
    F = Folder(outdir, "OpKestrel_CPS_submission", "47DE0231526")
    U = F.urn
    FORCE = "DUNMERE CONSTABULARY"
    OS = "OFFICIAL-SENSITIVE when complete"

    # ---------------- MG3 (DOCX, prose, uneven headings) -----------------
    mg3 = [
        ("right", "MG3"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", U), ("Force / station", "Dunmere Constabulary / Ashby Quay RASSO Unit"),
                ("Suspect", "DRISCOLL, Callum James (27)"),
                ("Offence", "Rape of a female aged 16 or over, Sexual Offences Act 2003 s.1"),
                ("Decision sought", "Full Code Test - charge"),
                ("OIC", "DC 4471 Sarah MBEKI, Ashby Quay RASSO Team. Direct line 01632 960418, mobile 07700 900418, sarah.mbeki@dunmere-police.example"),
                ("Date of report", "16/11/2026")]),
        ("h", "Summary"),
        ("p", "I am asking for a charging decision applying the Full Code Test. Callum DRISCOLL is suspected of raping "
              "Leah WINTERBOURNE (24) at his flat, 14 Tannery Court, Ashby Quay, in the early hours of Sunday 22 June 2026. "
              "They knew each other slightly from the same gym and had been messaging on WhatsApp for about a week. On the "
              "Saturday night they met by arrangement at The Customs House bar and at about 01:30 she went back to his flat "
              "for a drink. She accepts they kissed on the sofa. She says she told him she did not want sex and that she wanted "
              "to go home, that he pulled her through to the bedroom by her upper arms, pushed her on to the bed and had "
              "vaginal intercourse with her while she said no and tried to push him off. She left at about 03:05 by private "
              "hire car. The suspect says she agreed to everything and that she started it. Consent, and his belief in it, is "
              "the only real issue: intercourse is admitted and the DNA confirms it."),
        ("p", "She phoned her mother, Mrs Denise ORMEROD, from her flat at 03:41, about forty minutes after leaving him, and told "
              "her what had happened. That call is her first account to anyone; it was by telephone, and her mother's statement "
              "deals with it. The following morning at 08:55 she rang 101 herself. I attended at 09:50 and took her initial "
              "account, which is in my pocket notebook (exhibit SM/1, copy with this file). Her flatmate Priya NAIR heard her "
              "crying on the phone that night but was not told what had happened, then or since; Ms Nair is a witness to her "
              "distress and to the fact of the call, not a recipient of the complaint."),
        ("p", "DRISCOLL was arrested on 2 July 2026 and interviewed the same day. He was released on pre-charge bail with "
              "conditions not to contact Ms Winterbourne directly or indirectly and not to enter Harbour Street, Ashby Quay. "
              "Bail was extended by Superintendent K. ADEBAYO on 30 September 2026 and he answers bail on 5 January 2027. "
              "There have been no reported breaches."),
        ("h", "Key evidence"),
        ("p", "Ms Winterbourne gave a video-recorded (ABE) interview on 24 June 2026, conducted by DC 3390 Tom ASHWORTH, who "
              "exhibits the recording as TA/1 (master) and TA/2 (working copy); the digital copy is supplied with this file and a "
              "summary with time codes is attached. Her account in the ABE is consistent with what she told me on 22 June and "
              "with what her mother says she was told at 03:41."),
        ("p", "The private hire driver, Gary PENHALIGON, collected her outside Tannery Court at 03:08 and describes her crying, "
              "with her make-up smeared and her top on inside out. She said nothing to him beyond her street name, and he "
              "asked nothing. He produces the booking record (GP/1)."),
        ("p", "She was examined at the Dunmere SARC at 14:00 on 22 June by Ruth KELLAWAY, a sexual assault nurse examiner. "
              "There were two fresh bruises to the inner left upper arm, of the kind caused by gripping, and a small abrasion "
              "at the posterior fourchette. Ms Kellaway is careful to say the genital finding cannot tell us whether there was "
              "consent. Ms Winterbourne signed consent for her SARC records to be released to the police and CPS on the same "
              "day; the full SARC notes are listed on the MG6D."),
        ("p", "Dr Imran QURESHI (Fenwick Forensic Services) reports that semen on the high vaginal swab gave a DNA profile "
              "matching DRISCOLL, and that her blood alcohol at 02:30, back-calculated from the 14:20 sample, was probably "
              "between about 140 and 245 mg per 100 ml. No drugs were found. DRISCOLL says she was tipsy but not drunk."),
        ("p", "In interview, with his solicitor present, DRISCOLL answered all questions. He says she agreed to come back, that "
              "she kissed him first, that she led the way to the bedroom and that she took her own top off. He says she never "
              "said no or stop and that she left because she had work the next day. He accepts he held her arms 'at some point' "
              "but says it was 'playful'. He relies on WhatsApp messages from her on 19 and 20 June which he says show she "
              "wanted to sleep with him. The ROTI is attached. He has one previous conviction (drink driving, 2021) - PNC attached."),
        ("h", "Lines of enquiry"),
        ("p", "Those pursued: her account (ABE); the first complaint to her mother (statement, and Mrs Ormerod's call log "
              "screenshot DO/1); the 101 call and my initial account notes; the driver; house-to-house at Tannery Court on "
              "25 June (nine flats, five answered, nobody heard anything - proforma on MG6C); SARC examination and forensic "
              "submissions; toxicology; interview; the suspect's phone; a limited extraction from her phone (below)."),
        ("p", "Lines that could point away from the suspect or undermine her account have been followed as well. The WhatsApp "
              "messages he relies on were obtained from both phones and are exhibited in full for the period 14 to 25 June, not "
              "just the parts that help the prosecution; some of her messages on 20 June are openly flirtatious, and the "
              "disclosure officer has flagged them on the MG6E. I checked whether anyone else was in the flat: his flatmate "
              "Ross HEYWOOD was working a night shift at the distribution centre (employer's rota seen, noted on the crime "
              "report) so could not help either way. No CCTV exists at Tannery Court - the managing agent confirmed by e-mail on "
              "1 July that the entrance camera has not recorded since March 2024 (MG6C item 9) - and Quayside Cars' vehicles "
              "carry no cameras. Both agree they left The Customs House together, so the bar's CCTV was not pursued."),
        ("p", "We have not asked any third party for material about Ms Winterbourne. She has had no counselling yet and is on "
              "the waiting list at Dunmere Rape Crisis. We will request her counselling notes only if a specific issue arises "
              "that makes them likely to have substantial probative value, and she would be given written notice first. There is "
              "no reason to seek her GP records and we have not done so."),
        ("h", "Digital material"),
        ("p", "Her phone: she agreed to a limited extraction after the Digital Processing Notice was explained to her on 24 "
              "June 2026 (signed DPN attached). The reason was the suspect's reliance on their WhatsApp conversation, and the "
              "need to confirm the time and length of the call to her mother. The parameters were the WhatsApp chat between her "
              "and DRISCOLL from 14 June to 25 June 2026, and her call log for 22 June 2026 between 00:00 and 06:00. Nothing else "
              "on the phone was extracted or viewed and it was returned to her the same afternoon (extraction report SM/2 "
              "attached). Her Instagram and other accounts have not been looked at: the contact between them was on WhatsApp and "
              "nothing suggests anything relevant is elsewhere."),
        ("p", "His phone was seized on arrest (SM/3). A logical extraction was made and the review was confined to messages, "
              "calls and photographs between 14 June and 5 July 2026; it found his messages to a friend on 22 June ('think I "
              "went too far with her, she was off her face') which are in the evidence schedule. The disclosure and digital "
              "strategy is set out in the attached DMD."),
        ("p", "Nothing is outstanding. The forensic and toxicology results are back (Dr Qureshi's statement of 3 October 2026), "
              "both phone examinations are complete, and all the witnesses have given statements."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D (three items), MG6E and the DMD are attached. The rebuttable presumption material is with the file: the "
              "101 incident log, the crime report, my notes of her first account (SM/1), and PNC checks on all civilian "
              "prosecution witnesses, including Ms Winterbourne, which are nil."),
        ("p", "Victim and witness care: Ms Winterbourne is eligible for special measures as the complainant in a sexual offence "
              "(YJCEA 1999 s.17(4)). She wants her ABE played as her evidence in chief and to give the rest of her evidence by "
              "live link from outside the court building. I explained section 28 pre-recorded cross-examination to her on 10 "
              "November and she would like it if the court allows. No intermediary assessment was requested: she is 24, "
              "articulate, and has no communication difficulty; she is dyslexic and has asked that anything we send her in "
              "writing is followed by a phone call, which is her only stated need. No interpreter is needed. She was referred, "
              "with her agreement, to the ISVA service (Jo FARRANT, Dunmere Sexual Violence Support) on 22 June and they are in "
              "regular contact. A Victim Personal Statement was offered on 24 June; she wants to make one after the charging "
              "decision and knows she can. She has been told about the Victims' Right to Review."),
        ("p", "Early advice was not sought. The suspect was identified from the outset, the forensic picture was straightforward "
              "and the investigation plan was agreed with the RASSO DI at the first review on 23 June; by the time the "
              "toxicology returned the file was ready for a full code test submission."),
        ("h", "Supervisor"),
        ("p", "I have reviewed this file against the National File Standard and endorse the submission. "
              "DS 1120 Mark HOLLOWAY, Ashby Quay RASSO, 17/11/2026."),
        ("small", OS),
    ]
    write_docx(F.f("MG3 Winterbourne v2.docx"), mg3, head=f"{FORCE}    URN {U}", foot=f"{OS}   -   page {{page}} of {{pages}}",
               created=(2026, 11, 17, 9, 30), author="S Mbeki")

    # ---------------- ABE recording + summary ----------------
    make_video(F.f("ABE_LW_24062026_TA1.mp4"), 4, ["DUNMERE SARC - VRI SUITE 1", f"URN {U}  EXH TA/1", "24/06/2026 10:58"], seed=101)
    abe_rows = [
        ["00:00", "Introductions; DC Ashworth explains the room, the cameras, and the monitor (DC Mbeki). Truth and lies discussed briefly; ground rules."],
        ["03:40", "Rapport: her work at the vet practice, her gym, her flat. Says she is nervous but ready."],
        ["07:15", "Free narrative begins: the WhatsApp messages with 'Callum' from about 14 June; says they were friendly and a bit flirty; arranged to meet Saturday."],
        ["12:50", "The Customs House: arrived about 21:30 with two friends; Callum joined about 22:30; she drank 'four or five' large glasses of wine and two shots."],
        ["17:05", "Leaving about 01:20; agreed to go to his flat 'for one more drink'. Says she did not intend to have sex and thought she had made that clear at the bar."],
        ["21:30", "At the flat: sofa, vodka and coke; kissing, which she says she was happy with at first."],
        ["25:10", "Says she told him 'I don't want to sleep with you' and 'I'm going to go home'; he said 'don't be boring'. He took hold of both her upper arms and pulled her up and into the bedroom."],
        ["31:45", "Describes being pushed on to the bed, her jeans and underwear pulled down, penile penetration of her vagina. She said 'no' and 'stop' 'lots of times' and pushed at his chest. She estimates it lasted a few minutes. She thinks he ejaculated."],
        ["38:20", "Afterwards: he said 'see, you wanted it'. She dressed quickly (top inside out, noticed later), left, booked a car on the app outside."],
        ["42:00", "Car journey: crying; driver did not speak to her except to confirm the street."],
        ["45:35", "Home: Priya (flatmate) was up; she went to her room and rang her mum. Told her mum 'Callum raped me, I told him no and he wouldn't stop.' Mum told her to ring the police; she said she would in the morning."],
        ["51:10", "Next morning: told Priya she had spoken to her mum and was going to ring the police, but did not tell Priya what had happened. Rang 101."],
        ["54:40", "Questioning phase: clarification of times, amount drunk, how she felt (says 'drunk but I knew what I was saying'), the words used, the grip on her arms (bruises shown to SARC)."],
        ["68:15", "Messages of 19 and 20 June: accepts she sent 'can't wait to see you' and a winking emoji; says she liked him but that did not mean she wanted sex that night."],
        ["72:30", "Closure: any questions; explanation of next steps, ISVA contact details confirmed. Interview ends 12:14."],
    ]
    abe_sum = [
        ("title", "Record of Video Recorded Interview - Summary and Index"),
        ("kv", [("URN", U), ("Interviewee", "Leah WINTERBOURNE (adult complainant)"),
                ("Interviewing officer", "DC 3390 Tom ASHWORTH"), ("Monitoring officer", "DC 4471 Sarah MBEKI"),
                ("Date / place", "24/06/2026, VRI Suite 1, Dunmere SARC"), ("Start / finish", "10:58 / 12:14 (76 minutes)"),
                ("Exhibits", "TA/1 master recording (sealed), TA/2 working copy; digital file ABE_LW_24062026_TA1.mp4"),
                ("Also present", "Nobody else. No intermediary or interpreter used (none needed).")]),
        ("p", "This is a summary prepared by the interviewing officer to help the reviewing lawyer find passages in the recording. "
              "It is not a transcript. Times are from the start of the recording."),
        ("table", ["Time", "Summary"], [1, 8], abe_rows),
        ("p", "Summary prepared by DC 3390 T. ASHWORTH on 26/06/2026."),
    ]
    write_pdf(F.f("ABE index LW.pdf"), abe_sum, head=(FORCE, f"URN {U}"), foot="Page {page} of {pages}",
              created=(2026, 6, 26, 15, 0), size=10)

    # ---------------- DC Ashworth MG11 (officer, exhibits ABE) ----------------
    ash = mg11(U, "Thomas ASHWORTH", "Over 18", "Detective Constable 3390", [
        "I am a Detective Constable with Dunmere Constabulary, currently attached to the Ashby Quay RASSO team. I am trained "
        "to the Achieving Best Evidence standard in interviewing adult victims and witnesses and have been for six years.",
        "On Tuesday 23 June 2026 I prepared a written plan for the interview of Leah WINTERBOURNE with DC Mbeki, the officer in "
        "the case. The plan has been retained and is listed on the unused material schedule.",
        "On Wednesday 24 June 2026 at 10:58 I began a video-recorded interview with Ms Winterbourne in VRI Suite 1 at the "
        "Dunmere Sexual Assault Referral Centre. DC Mbeki monitored the interview from the adjoining room. No-one else was "
        "present. The interview ended at 12:14. I followed the phased approach: rapport, free narrative, questioning and "
        "closure. Ms Winterbourne did not ask for any breaks and none were needed.",
        "At the end of the interview I made a master recording, which I sealed in her presence and exhibit as TA/1 (seal "
        "number DQ0045127), and a working copy which I exhibit as TA/2. A digital copy of the working copy has been "
        "uploaded to the force digital evidence system for the file.",
        "On 26 June 2026 I prepared a summary and index of the interview with time codes.",
    ], "26/06/2026", sig="T. Ashworth", variant=0, decl=0)
    write_pdf(F.f("stmt_Ashworth.pdf"), ash, head=(OS, ""), foot="Page {page} of {pages}", created=(2026, 6, 26, 16, 0))

    # ---------------- DC Mbeki MG11 (officer: first attending, initial account, OIC) ----------------
    mbeki = mg11(U, "Sarah MBEKI", "Over 18", "Detective Constable 4471", [
        "I am a Detective Constable in the Ashby Quay RASSO team and the officer in the case. On Sunday 22 June 2026 I was the "
        "on-call RASSO detective. At 09:12 I was sent to a report made on 101 at 08:55 by a woman saying she had been raped "
        "during the night (incident 0212 of 22/06/2026).",
        "At 09:50 I arrived at a flat in Harbour Street, Ashby Quay, and spoke to the caller, Leah WINTERBOURNE. I was the first "
        "police officer to see her. I took her initial account only, to find out what had happened, where, and whether there "
        "was any risk, so that forensic evidence could be secured. I wrote it in my pocket notebook, serial 0447, pages 14 to 19, "
        "between 09:55 and 10:35, and she read it and signed it. I exhibit the copy of those pages as SM/1. I was in plain "
        "clothes and was not wearing a body-worn camera, so no video was recorded of this conversation.",
        "In summary she told me she had gone back to the flat of a man called Callum DRISCOLL after a night out, that she had "
        "told him she did not want to have sex and wanted to go home, and that he had pulled her into his bedroom by her arms "
        "and had sex with her while she said no. She said she had told her mum on the phone when she got home and had told "
        "nobody else what had happened. She was tearful but clear. I could see faint bruising on her left upper arm.",
        "I advised her not to wash or change and at 11:30 took her to the Dunmere SARC, where she was examined at 14:00 by a "
        "sexual assault nurse examiner. I referred her to the ISVA service with her agreement.",
        "On Wednesday 24 June 2026, after the ABE interview, I went through the Digital Processing Notice with her. I explained "
        "why we wanted to look at her phone, what we would and would not look at, how long we would keep the data and that she "
        "could refuse. She agreed to a limited extraction: her WhatsApp conversation with DRISCOLL from 14 to 25 June 2026 and her "
        "call log for 22 June 2026 between midnight and 06:00. She signed the notice. I used the force kiosk at Ashby Quay with "
        "the filters set to those parameters only, and returned the phone to her at 15:40. I exhibit the extraction report as SM/2.",
        "On Thursday 2 July 2026 at 07:05 I arrested Callum DRISCOLL at his home address on suspicion of rape. I seized his Apple "
        "iPhone (SM/3) and at Ashby Quay custody took a buccal swab from him (SM/4). Later that day I interviewed him with DC "
        "Ashworth in the presence of his solicitor.",
    ], "04/07/2026", sig="S. MBEKI", variant=1, decl=1, n_pages=2, force=FORCE)
    write_docx(F.f("DC Mbeki MG11.docx"), mbeki, head=f"{OS}", foot="MG11 - page {page} of {pages}", created=(2026, 7, 4, 12, 0),
               author="S Mbeki")

    # ---------------- Mother (first account by phone) - phone photo ----------------
    mother = mg11(U, "Denise ORMEROD", "Over 18", "Care home manager", [
        "I am Leah Winterbourne's mother. I remarried in 2015, which is why our surnames are different. I live about forty "
        "miles from Leah in Kelsall Bridge.",
        "Early on Sunday 22 June 2026 my mobile rang and woke me. It was Leah. The call log on my phone shows 03:41 and a length "
        "of 11 minutes; I produce a screenshot of it as DO/1. She was sobbing so hard that at first I could not understand her. "
        "Then she said, 'Mum, Callum raped me. I told him no and he wouldn't stop.' She said it happened at his flat after "
        "they had been out, that she told him she wanted to go home, and that he dragged her by her arms. She got a taxi home.",
        "I told her to call the police straight away. She said she couldn't face it in the night and would ring them in the "
        "morning. I stayed on the phone until she said she would try to sleep. I rang her at 08:30 and she said she was about "
        "to phone the police. I had heard Callum's name once before, when she mentioned a man from the gym she was messaging. "
        "I have never met him.",
    ], "11/07/2026", sig="D Ormerod", variant=0, decl=1)
    write_photo_jpeg(F.f("IMG_4471.jpg"), mother, seed=4471, size=10)

    # ---------------- Flatmate (witness, NOT first account) - plain text export ----------------
    nair = mg11(U, "Priya NAIR", "Over 18", "Pharmacy technician", [
        "I share a flat in Harbour Street, Ashby Quay with Leah Winterbourne and have done for two years. We are friends.",
        "On the night of Saturday 21 June 2026 I stayed in. I was still up watching television at about 03:30 when I heard the "
        "front door. Leah came in and went straight past the living room to her bedroom without saying anything, which is not "
        "like her. A few minutes later I could hear her crying, and then I heard her on the phone. The only words I could make "
        "out were 'Mum, something's happened'. After that her door was shut and I could not hear what was said, just that she "
        "was crying on and off for a long time. I knocked at about 04:15 and she said through the door that she was alright and "
        "would talk to me in the morning.",
        "At about 08:45 on Sunday she came into the kitchen. Her eyes were swollen and she had a mark on her arm. She said, 'I "
        "rang Mum last night and told her. I'm going to ring the police.' She did not tell me what had happened and I did not "
        "push her. She has never told me the details since then and I have not asked. I know only what the police told me when "
        "they asked for this statement, that it is about a man called Callum.",
        "I made her a cup of tea and sat with her while she rang 101. A detective came at about ten to ten.",
    ], "03/07/2026", sig="P. Nair", variant=2, decl=0, force="CORVUS RMS / DUNMERE")
    write_txt(F.f("Nair P statement.txt"), nair, width=96, foot=f"[{OS}]  Signed: P. Nair  (typed copy of signed original held by OIC)")

    # ---------------- Taxi driver - scanned image-only PDF ----------------
    taxi = mg11(U, "Gary PENHALIGON", "Over 18", "Private hire driver", [
        "I have driven for Quayside Cars in Ashby Quay for eleven years. I work nights. Jobs come to me through the company app on "
        "my phone, which shows the pick-up point, the customer's first name and the drop-off.",
        "At 03:06 on Sunday 22 June 2026 I accepted a job to collect 'Leah' from Tannery Court. I got there at 03:08. A young "
        "woman was standing on the pavement by the entrance with her arms folded tight. She got in the back. She was crying, "
        "not loudly but all the time. Her mascara was all down her face. I noticed her top was on inside out because the label "
        "was showing at the front. I asked if she was alright and she just nodded and said the name of her street, Harbour "
        "Street. She did not say anything else the whole way and I did not ask. I thought maybe she had fallen out with a "
        "boyfriend.",
        "I dropped her in Harbour Street at 03:24. She paid on the app. I have printed the booking record from the company "
        "system showing the times and the route and I produce it as exhibit GP/1.",
        "My car does not have a camera fitted, front or inside.",
    ], "29/06/2026", sig="G. Penhaligon", variant=0, decl=0, witnessed="DC 4471 Mbeki")
    write_scan_pdf(F.f("scan_0004.pdf"), taxi, seed=404, foot="MG11  Page {page} of {pages}", created=(2026, 6, 29, 18, 0))

    # ---------------- SANE (expert) ----------------
    sane = mg11(U, "Ruth KELLAWAY", "Over 18", "Registered nurse - Sexual Assault Nurse Examiner", [
        "I am a registered nurse (NMC registration 04F1187E) and have worked as a sexual assault nurse examiner at the Dunmere "
        "Sexual Assault Referral Centre since 2017. I hold the Faculty of Forensic and Legal Medicine's post-registration "
        "qualification in sexual offence examination. I have carried out more than 600 examinations of adult complainants. I "
        "understand that my duty is to the court and I have complied with it.",
        "On Sunday 22 June 2026 at 14:00 at the SARC I examined a woman introduced to me as Leah WINTERBOURNE, aged 24. Before "
        "the examination I explained its purpose and she gave written consent to the examination, to the taking of samples, "
        "and to the release of my notes and findings to the police and the Crown Prosecution Service.",
        "She gave me a brief history for medical purposes: vaginal penetration by a man's penis at about 02:30 that day, without "
        "a condom, and that he had gripped her upper arms. She had not washed or changed her underwear.",
        "Findings: on the inner aspect of the left upper arm there were two oval bruises, 2.0 x 1.5 cm and 1.5 x 1.0 cm, "
        "red-purple, tender to touch. On the right upper arm there was faint reddening only. On genital examination there was "
        "a 4 mm superficial abrasion at the posterior fourchette. There were no other injuries.",
        "Opinion: the arm bruises are fresh and their pattern and position are typical of fingertip pressure from a firm grip. "
        "The abrasion is consistent with penile penetration; this type of injury can occur in consensual as well as "
        "non-consensual intercourse and so cannot by itself show whether she consented.",
        "I took the following samples, sealed them, and handed them to DC Mbeki at 15:35: high vaginal swab (RK/1), low vaginal "
        "swab (RK/2), external genital swab (RK/3), blood sample taken at 14:20 (RK/4), urine sample taken at 14:25 (RK/5) and "
        "her knickers (RK/6).",
    ], "25/06/2026", sig="R Kellaway", variant=0, decl=0, n_pages=1)
    write_pdf(F.f("SARC_statement_KELLAWAY.pdf"), sane, head=("Dunmere SARC", f"URN {U}"), foot="Page {page} of {pages}",
              created=(2026, 6, 25, 11, 0), family="DejaVuSerif")

    # ---------------- Forensic scientist (expert) ----------------
    qur = mg11(U, "Dr Imran QURESHI", "Over 18", "Forensic scientist (reporting scientist)", [
        "I am a forensic scientist employed by Fenwick Forensic Services Ltd and have been a reporting scientist in body fluids, "
        "DNA and toxicology casework since 2014. I hold a BSc in Biochemistry and a PhD in Forensic Science. This statement "
        "contains my findings and opinions. I understand my duty to the court to give objective, unbiased opinion within my "
        "expertise, and I have complied with that duty. I am aware of the requirements of Part 19 of the Criminal Procedure Rules.",
        "Items received on 29 June 2026 under laboratory reference FFS-26-08817: RK/1 high vaginal swab, RK/2 low vaginal swab, "
        "RK/4 blood, RK/5 urine (all relating to Leah WINTERBOURNE) and SM/4 buccal swab (Callum DRISCOLL).",
        "Semen: spermatozoa were found on RK/1 and RK/2. A DNA profile obtained from the sperm fraction of RK/1 matches the "
        "reference profile of Callum DRISCOLL. The match probability is in the region of one in a billion. This means the "
        "findings are what I would expect if vaginal intercourse took place between them, which I understand is not disputed.",
        "Toxicology: RK/4 (taken at 14:20) contained 21 milligrams of alcohol in 100 millilitres of blood. No drugs were detected "
        "in RK/4 or RK/5. Using the range of elimination rates found in the general population, and assuming no drink after 02:30, "
        "her blood alcohol concentration at 02:30 is likely to have been between about 140 and 245 mg/100 ml. At such levels "
        "most people would show obvious signs of intoxication, such as unsteadiness and slurred speech, and some would have "
        "impaired memory and judgement, although tolerance varies between people.",
        "There is nothing outstanding in this case. All items have been returned to Dunmere Constabulary.",
    ], "03/10/2026", sig="I. Qureshi", variant=1, decl=1, n_pages=1, force="Fenwick Forensic Services Ltd - for Dunmere Constabulary")
    write_pdf(F.f("Qureshi_MG11_forensic.pdf"), qur, head=("Fenwick Forensic Services Ltd", f"Police URN {U}"),
              foot="FFS-26-08817  Page {page} of {pages}", created=(2026, 10, 3, 16, 20))

    # ---------------- ROTI ----------------
    roti_rows = [
        ["00:00", "DC Mbeki", "Introductions, caution, rights and entitlements, solicitor present (Ms Fiona LAIRD, Laird & Co). Suspect confirms he understands the caution."],
        ["01:45", "DRISCOLL", "Says he has known Leah 'to say hello to' from Quayfit gym for a few months; they started messaging around 14 June."],
        ["04:10", "DC Mbeki", "Asks about Saturday night. DRISCOLL: met her at The Customs House about 22:30; she was 'merry, having a good time'; he had four pints."],
        ["08:30", "DRISCOLL", "Says she asked to come back to his; 'it was her idea'. They walked, about ten minutes. She was walking fine."],
        ["11:05", "DC Mbeki", "At the flat. DRISCOLL: made drinks, she kissed him first on the sofa, 'things got heated'."],
        ["14:20", "DRISCOLL", "Says she got up and went into the bedroom and he followed; she took her own top off. Denies she said she wanted to go home before they had sex."],
        ["18:40", "DC Ashworth", "Puts her account that she said 'no' and 'stop'. DRISCOLL: 'She never said no. Not once. If she had I would have stopped.'"],
        ["22:15", "DC Ashworth", "Asks about bruises to her arm. DRISCOLL: accepts he held her arms 'at some point, in bed, it was playful, she was laughing'. Denies pulling her into the bedroom."],
        ["26:00", "DRISCOLL", "Says afterwards she said she had work in the morning and needed to go; she booked a taxi herself; 'she seemed fine'."],
        ["29:30", "DC Mbeki", "Asks how drunk she was. DRISCOLL: 'Tipsy. Not drunk. She knew what she was doing.'"],
        ["33:10", "DC Mbeki", "Shown his message to a friend sent 11:02 on 22/06/26: 'think I went too far with her, she was off her face'. DRISCOLL: it was 'banter', he meant they had 'a wild night', and 'off her face' was 'an exaggeration'."],
        ["38:45", "DRISCOLL", "Refers to her messages of 19 and 20 June ('can't wait to see you', winking emoji) - says these show she wanted to sleep with him."],
        ["41:20", "Ms LAIRD", "States her client has answered every question and has nothing to add."],
        ["42:05", "DC Mbeki", "Interview concluded 15:47."],
    ]
    roti = [
        ("right", "MG15"),
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", U), ("Person interviewed", "DRISCOLL, Callum James"), ("Place of interview", "Ashby Quay Custody, interview room 3"),
                ("Date", "02/07/2026"), ("Time commenced", "15:05"), ("Time concluded", "15:47"),
                ("Interviewer(s)", "DC 4471 MBEKI, DC 3390 ASHWORTH"), ("Other persons present", "Ms F. LAIRD (solicitor)"),
                ("Recording reference", "AQ/26/4471/1 (master sealed)")]),
        ("p", "Summary of interview (record in the officer's words except where marked by quotation marks):"),
        ("table", ["Counter", "Speaker", "Summary / text"], [1.2, 1.6, 7], roti_rows),
        ("p", "Prepared by DC 4471 S. MBEKI, 06/07/2026. Signature: (Sgd) S. Mbeki"),
    ]
    write_pdf(F.f("ROTI DRISCOLL 02072026.pdf"), roti, head=(FORCE, f"URN {U}"), foot="MG15 - Page {page} of {pages}",
              created=(2026, 7, 6, 10, 0), size=10)

    # ---------------- PNC suspect and witnesses (txt) ----------------
    pnc = [
        ("p", "PNC PRINT - PHOENIX - CONVICTIONS, CAUTIONS, REPRIMANDS AND WARNINGS"),
        ("p", f"Printed 14/11/2026 11:20 by 4471 for case URN {U}"),
        ("kv", [("Name", "DRISCOLL, CALLUM JAMES"), ("DOB", "14/03/1999"), ("PNCID", "17/0384425L"), ("CRO", "041122/17Q"),
                ("Summary", "1 conviction from 1 occasion; 0 cautions")]),
        ("table", ["Date", "Court", "Offence", "Disposal"], [1.5, 2.5, 4, 3],
         [["08/09/2021", "Dunmere Magistrates", "Driving a motor vehicle with excess alcohol (RTA 1988 s.5(1)(a))", "Fine 560.00; disqualified 17 months"]]),
        ("p", "No warning signals. No outstanding matters. Impending prosecution: none."),
    ]
    write_txt(F.f("PNC_DRISCOLL.txt"), pnc, width=92)
    wpnc = [
        ("p", "PNC / LOCAL INDICES CHECKS ON PROSECUTION WITNESSES"),
        ("p", f"URN {U}.  Checks carried out 14/11/2026 by DC 4471 MBEKI.  Result recorded for disclosure purposes."),
        ("table", ["Witness", "Role", "PNC result", "Local intelligence"], [3, 3, 2, 3], [
            ["WINTERBOURNE, Leah", "Complainant", "No trace", "Nothing relevant"],
            ["ORMEROD, Denise", "First complaint (mother)", "No trace", "Nothing relevant"],
            ["NAIR, Priya", "Flatmate", "No trace", "Nothing relevant"],
            ["PENHALIGON, Gary", "Private hire driver", "No trace", "Nothing relevant"],
        ]),
        ("p", "Professional witnesses (police officers, SANE, forensic scientist) not checked."),
    ]
    write_txt(F.f("witness PNC checks.txt"), wpnc, width=92)

    # ---------------- MG6C (multi-page PDF table) ----------------
    c_rows = [
        ["1", "Incident log 0212 of 22/06/2026 - complainant's 101 call at 08:55 reporting rape; her words to call handler recorded. 4 pages.", "Copy with file"],
        ["2", "Crime report CR/26/114872 including investigation log to 16/11/2026 (flatmate's shift rota checked 28/06).", "Copy with file"],
        ["3", "PNB 0447 (DC Mbeki) pp 14-19: complainant's initial account 22/06/2026 09:55-10:35, signed by her (exhibit SM/1).", "Copy with file"],
        ["4", "SARC booking and police referral form 22/06/2026 (times only, no medical content).", "Property store AQ/4471"],
        ["5", "ABE interview plan for Leah WINTERBOURNE prepared by DC Ashworth and DC Mbeki 23/06/2026, 3 pages.", "RASSO office file"],
        ["6", "Digital Processing Notice signed by complainant 24/06/2026 and kiosk parameter sheet.", "Copy with file"],
        ["7", "Kiosk extraction report of complainant's iPhone (SM/2): WhatsApp with suspect 14-25/06/2026 and call log 22/06/2026 00:00-06:00 only.", "Copy with file"],
        ["8", "Review log of suspect's iPhone (SM/3) extraction, messages/calls/photos 14/06-05/07/2026, by DC Mbeki, 11 pages.", "Digital evidence system"],
        ["9", "E-mail 01/07/2026 from Harbourside Estates (managing agent) confirming Tannery Court entrance camera not recording since March 2024.", "Correspondence file"],
        ["10", "E-mail 30/06/2026 from Quayside Cars confirming no in-vehicle cameras in fleet.", "Correspondence file"],
        ["11", "House-to-house proforma, Tannery Court, 25/06/2026: 9 flats visited, 5 answered, nothing heard or seen.", "RASSO office file"],
        ["12", "Custody record of Callum DRISCOLL, 02/07/2026, custody ref AQ/26/01932.", "Custody system"],
        ["13", "Master audio recording of suspect interview 02/07/2026 (AQ/26/4471/1), sealed.", "Property store AQ/4471"],
        ["14", "PNC and local checks on civilian prosecution witnesses - all nil (14/11/2026).", "Copy with file"],
        ["15", "Forensic submission form MG21 and laboratory acceptance, FFS-26-08817, 29/06/2026.", "RASSO office file"],
        ["16", "Bail extension authority, Supt ADEBAYO, 30/09/2026, and bail conditions notice served on suspect.", "Custody system"],
        ["17", "Record of VPS offer and special measures discussion with complainant, 24/06/2026 and 10/11/2026 (crime report entries).", "Crime report"],
    ]
    mg6c = [
        ("right", "MG6C"),
        ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", U), ("R v", "Callum James DRISCOLL"), ("Schedule no.", "1"), ("Disclosure officer", "DC 4471 S. MBEKI")]),
        ("p", "The disclosure officer believes that the following material, which does not form part of the prosecution case, is "
              "NOT SENSITIVE."),
        ("table", ["Item", "Description and relative location", "Location"], [0.7, 7, 2.3], c_rows),
        ("p", "Signature: S. Mbeki (disclosure officer)     Date: 16/11/2026"),
    ]
    write_pdf(F.f("MG6C.pdf"), mg6c, head=(OS, f"URN {U}"), foot="MG6C  Page {page} of {pages}", created=(2026, 11, 16, 14, 0), size=11.5)

    mg6d = [
        ("right", "MG6D"),
        ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", U), ("R v", "DRISCOLL, Callum James"), ("Disclosure officer", "DC 4471 S. MBEKI")]),
        ("table", ["Item", "Description", "Reason for sensitivity", "Location"], [0.6, 4, 4, 1.8], [
            ["1", "Full SARC medical notes for Leah WINTERBOURNE, 22/06/2026 (released with her written consent).", "Confidential medical information about the complainant; the findings relied on are in the SANE statement.", "Sealed, RASSO safe"],
            ["2", "ISVA referral form, 22/06/2026.", "Contains complainant's support needs and contact details.", "Crime report (restricted)"],
            ["3", "Complainant's contact and address details form / witness care contact sheet.", "Personal details of a witness.", "Witness care unit"],
        ]),
        ("p", "Signed: S. Mbeki   16/11/2026"),
    ]
    write_docx(F.f("MG6D.docx"), mg6d, head=f"{OS}   URN {U}", foot="MG6D", created=(2026, 11, 16, 14, 10), author="S Mbeki")

    mg6e = [
        ("right", "MG6E"),
        ("title", "DISCLOSURE OFFICER'S REPORT"),
        ("kv", [("URN", U), ("Disclosure officer", "DC 4471 Sarah MBEKI"), ("Date", "16/11/2026")]),
        ("p", "Material that might reasonably be considered capable of undermining the prosecution case or assisting the case for "
              "the accused: (a) MG6C item 7 - the complainant's WhatsApp messages of 19 and 20 June 2026 ('can't wait to see "
              "you', winking emoji), which the suspect relies on; a copy is with the file; (b) MG6C item 3 - the initial account "
              "notes, which say she drank 'about four glasses' where her ABE says 'four or five large glasses and two shots'; "
              "a copy is with the file."),
        ("p", "I certify that to the best of my knowledge and belief all relevant material which has been retained and made "
              "available to me has been revealed to the prosecutor in accordance with the CPIA 1996 Code of Practice. "
              "Signed: S. Mbeki"),
    ]
    write_pdf(F.f("MG6E disclosure officer report.pdf"), mg6e, head=(OS, ""), created=(2026, 11, 16, 14, 20))

    dmd = [
        ("title", "Disclosure Management Document"),
        ("kv", [("URN", U), ("Case", "R v DRISCOLL"), ("Prepared by", "DC 4471 S. MBEKI (OIC and disclosure officer)"), ("Date", "16/11/2026")]),
        ("h", "1. Issues"),
        ("p", "Intercourse is admitted. The issue is consent and reasonable belief in consent; her level of intoxication is relevant."),
        ("h", "2. Reasonable lines of enquiry"),
        ("p", "As in the MG3: first complaint, driver, SARC, forensic and toxicology, house-to-house, both phones (limited), suspect "
              "interview. CCTV: none exists at the scene or in the car."),
        ("h", "3. Digital strategy"),
        ("p", "Complainant's phone: selective kiosk extraction with DPN, WhatsApp with suspect 14-25/06/2026 and call log "
              "22/06/2026 00:00-06:00 only; phone returned the same day. Suspect's phone: logical extraction, review confined to "
              "14/06-05/07/2026, messages, calls and photographs; search terms 'Leah', 'gym', 'Customs'. Data retained on the "
              "force digital evidence system until the conclusion of proceedings."),
        ("h", "4. Third-party material"),
        ("p", "None requested. Counselling notes would be requested only on a specific, recorded justification, with written "
              "notice to the complainant."),
    ]
    write_docx(F.f("DMD_Driscoll.docx"), dmd, head=f"{OS}", foot="DMD - page {page}", created=(2026, 11, 16, 15, 0))

    mg12 = [
        ("right", "MG12"),
        ("title", "EXHIBIT LIST"),
        ("kv", [("URN", U), ("R v", "DRISCOLL")]),
        ("table", ["Exhibit ref", "Description", "Produced by"], [1.3, 5, 2.5], [
            ["TA/1", "ABE interview of Leah WINTERBOURNE 24/06/2026 - master recording (sealed DQ0045127)", "DC 3390 ASHWORTH"],
            ["TA/2", "ABE interview - working copy (digital file supplied)", "DC 3390 ASHWORTH"],
            ["SM/1", "Copy PNB 0447 pp 14-19, initial account 22/06/2026", "DC 4471 MBEKI"],
            ["SM/2", "Extraction report, complainant's iPhone (limited)", "DC 4471 MBEKI"],
            ["SM/3", "Apple iPhone of Callum DRISCOLL", "DC 4471 MBEKI"],
            ["SM/4", "Buccal swab, Callum DRISCOLL", "DC 4471 MBEKI"],
            ["DO/1", "Screenshot of call log showing call from Leah 03:41, 11 min", "Denise ORMEROD"],
            ["GP/1", "Quayside Cars booking record 22/06/2026 03:06-03:24", "Gary PENHALIGON"],
            ["RK/1-RK/3", "High vaginal, low vaginal and external genital swabs", "Ruth KELLAWAY"],
            ["RK/4, RK/5", "Blood and urine samples", "Ruth KELLAWAY"],
            ["RK/6", "Knickers", "Ruth KELLAWAY"],
        ]),
    ]
    write_docx(F.f("MG12 exhibits.docx"), mg12, head=f"{OS}   URN {U}", created=(2026, 11, 16, 15, 10))

    # ---------------- DPN - scanned signed form ----------------
    dpn = [
        ("title", "DIGITAL PROCESSING NOTICE"),
        ("small", "Victims and witnesses - agreement to provide a digital device for examination (Police, Crime, Sentencing and Courts Act 2022, s.37)"),
        ("kv", [("URN", U), ("Name", "Leah WINTERBOURNE"), ("Device", "Apple iPhone 13, black, IMEI ending 4418"),
                ("Officer", "DC 4471 S. MBEKI"), ("Date", "24/06/2026")]),
        ("h", "Why we are asking"),
        ("p", "The man you have reported says your WhatsApp messages to him show you wanted to have sex with him. We need to see "
              "the whole of that conversation, not just parts of it. We also want to confirm the time and length of your call "
              "to your mother."),
        ("h", "What we will extract and look at"),
        ("p", "1. The WhatsApp conversation between you and 'Callum' (07700 900731) from 14/06/2026 to 25/06/2026.\n"
              "2. Your call log for 22/06/2026 between 00:00 and 06:00.\n"
              "Nothing else. We will not look at your photographs, other chats, e-mails, internet history or social media."),
        ("h", "What happens to the data"),
        ("p", "It is kept on the force digital evidence system for the case and deleted at its end, subject to the law on "
              "retention. It may be shown to the defence if the law requires it. You may refuse, and you can ask us about this "
              "at any time."),
        ("h", "Agreement"),
        ("p", "I have read this notice (it was also read to me) and I agree to the extraction described above.\n"
              "Signed: L Winterbourne          Date: 24/06/2026 14:55\n"
              "Officer: S. Mbeki DC 4471        Date: 24/06/2026"),
    ]
    write_scan_pdf(F.f("scan_0007.pdf"), dpn, seed=707, foot="DPN (victim/witness)  page {page} of {pages}", created=(2026, 6, 24, 16, 0))

    ext = [
        ("title", "Kiosk Extraction Report (selective)"),
        ("kv", [("Case URN", U), ("Exhibit", "SM/2"), ("Device", "Apple iPhone 13 (complainant)"), ("Operator", "DC 4471 MBEKI"),
                ("Date/time", "24/06/2026 15:05-15:35"), ("Authority", "Digital Processing Notice signed 24/06/2026"),
                ("Filters applied", "WhatsApp: chat with +44 7700 900731 only, 14/06/2026 00:00 to 25/06/2026 23:59; Call log: 22/06/2026 00:00 to 06:00"),
                ("Items returned", "WhatsApp 87 messages; calls 2")]),
        ("table", ["Date/time", "Direction", "Content"], [2.2, 1.3, 6], [
            ["19/06/2026 21:14", "Sent", "can't wait to see you sat ;)"],
            ["20/06/2026 18:02", "Sent", "what you wearing sat? lol"],
            ["21/06/2026 22:18", "Received", "here, where are you"],
            ["22/06/2026 03:41", "Call out", "Mum - 11 min 02 s"],
            ["22/06/2026 09:31", "Received", "you get home ok? x"],
        ]),
        ("p", "Full list of 87 messages attached to the digital evidence system record. Report generated 24/06/2026 15:36."),
    ]
    write_pdf(F.f("extraction summary SM2.pdf"), ext, head=("Dunmere Constabulary Digital Forensic Unit", ""), created=(2026, 6, 24, 15, 36), size=10)

    # ---------------- crime report & incident log (txt exports) ----------------
    cr = [
        ("p", "CORVUS RMS  ::  CRIME REPORT  ::  CR/26/114872        Printed 16/11/2026 10:02 by 4471"),
        ("kv", [("URN", U), ("Classification", "Rape of a female aged 16 or over (SOA 2003 s.1) - HOCR 19C"),
                ("Occurred", "22/06/2026 01:45 to 22/06/2026 03:05"), ("Location", "14 Tannery Court, Ashby Quay"),
                ("Reported", "22/06/2026 08:55 by victim via 101 (incident 0212)"),
                ("Victim", "WINTERBOURNE, Leah - female, 24, White British, no disability declared; dyslexia noted"),
                ("Suspect", "DRISCOLL, Callum James - arrested 02/07/2026, pre-charge bail to 05/01/2027"),
                ("OIC", "DC 4471 MBEKI"), ("Supervisor", "DS 1120 HOLLOWAY")]),
        ("h", "Investigation log"),
        ("table", ["Date", "By", "Entry"], [1.4, 1, 8], [
            ["22/06/2026", "4471", "Attended, initial account in PNB 0447, SARC 14:00, ISVA referral made (J. Farrant)."],
            ["23/06/2026", "DI 0922", "First RASSO review. Plan: ABE, DPN-limited phone work, H2H, forensic submissions. Early advice not needed at this point."],
            ["24/06/2026", "4471", "ABE by DC Ashworth. DPN signed; selective kiosk extraction. VPS offered - wants to make later."],
            ["25/06/2026", "4471", "House-to-house Tannery Court, nil."],
            ["28/06/2026", "4471", "Flatmate of suspect (R. HEYWOOD) on night shift 21-22/06 per employer rota; no statement needed."],
            ["02/07/2026", "4471", "Suspect arrested and interviewed; bail with conditions."],
            ["30/09/2026", "Supt", "Bail extended to 05/01/2027."],
            ["03/10/2026", "4471", "Forensic and toxicology results received."],
            ["10/11/2026", "4471", "Special measures and s.28 discussed with victim; wants live link and s.28."],
        ]),
    ]
    write_txt(F.f("CR-26-114872 crime report.txt"), cr, width=100)
    log = [
        ("p", "DUNMERE CONSTABULARY - COMMAND AND CONTROL - INCIDENT LOG"),
        ("kv", [("Incident", "0212 22/06/2026"), ("Opened", "08:55:41"), ("Source", "101 - caller is victim"),
                ("Category", "SEXUAL OFFENCE - RAPE (NON-RECENT <24H)"), ("Grade", "2 - priority")]),
        ("table", ["Time", "Operator", "Text"], [1.2, 1, 8], [
            ["08:55:41", "C2231", "CALLER STATES SHE WAS RAPED LAST NIGHT BY A MAN SHE KNOWS CALLED CALLUM AT HIS FLAT TANNERY COURT. SAYS 'I TOLD HIM NO'."],
            ["08:57:10", "C2231", "CALLER AT HOME ADDRESS HARBOUR ST WITH FLATMATE. NOT INJURED EXCEPT BRUISE TO ARM. HAS NOT SHOWERED - ADVISED."],
            ["08:58:03", "C2231", "SUSPECT NOT PRESENT. NO ONGOING RISK AT CALLER ADDRESS."],
            ["09:12:45", "D0417", "RASSO ON CALL DC 4471 ASSIGNED."],
            ["09:50:20", "4471", "ON SCENE WITH CALLER."],
            ["11:31:09", "4471", "EN ROUTE SARC WITH VICTIM. CRIME CR/26/114872 RAISED."],
            ["11:32:00", "D0417", "INCIDENT CLOSED TO CRIME."],
        ]),
    ]
    write_txt(F.f("CAD 0212 22-06-26.txt"), log, width=100, crlf=True)

    # ---------------- record of first complaint (PNB copy) ----------------
    pnb = [
        ("p", f"POCKET NOTEBOOK 0447 - DC 4471 MBEKI - pages 14-19 (copy)  Exhibit SM/1   URN {U}"),
        ("p", "22/06/26  0950 Harbour St. Spoke to Leah WINTERBOURNE. Initial account only, in her words:"),
        ("p", "'I went out with Callum from the gym. Went back to his for a drink. We kissed on the sofa, that was OK. I said I "
              "don't want to sleep with you, I want to go home. He grabbed my arms and pulled me into his bedroom and pushed me "
              "on the bed. He pulled my jeans down. I kept saying no, stop. He did it anyway. Then I left and got a taxi. I rang "
              "my mum when I got in. I haven't told anyone else.' Drank 'about four glasses' of wine. Not showered."),
        ("p", "1035 Read over by Leah and signed: L Winterbourne.  Signed S Mbeki 4471."),
    ]
    write_pdf(F.f("PNB_SM1_first_account.pdf"), pnb, family="DejaVuSerif", created=(2026, 7, 4, 9, 0))

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG6E",
                          "DMD", "MG12", "DPN", "DIGITAL_EXTRACT", "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                          "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 Winterbourne v2.docx", "type": "MG3"},
            {"name": "ABE_LW_24062026_TA1.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE index LW.pdf", "type": "ABE_SUMMARY"},
            {"name": "stmt_Ashworth.pdf", "type": "MG11", "role": "officer"},
            {"name": "DC Mbeki MG11.docx", "type": "MG11", "role": "officer"},
            {"name": "IMG_4471.jpg", "type": "MG11", "role": "first_account"},
            {"name": "Nair P statement.txt", "type": "MG11", "role": "witness"},
            {"name": "scan_0004.pdf", "type": "MG11", "role": "witness"},
            {"name": "SARC_statement_KELLAWAY.pdf", "type": "MG11", "role": "expert"},
            {"name": "Qureshi_MG11_forensic.pdf", "type": "MG11", "role": "expert"},
            {"name": "ROTI DRISCOLL 02072026.pdf", "type": "ROTI"},
            {"name": "PNC_DRISCOLL.txt", "type": "PNC"},
            {"name": "witness PNC checks.txt", "type": "PNC"},
            {"name": "MG6C.pdf", "type": "MG6C"},
            {"name": "MG6D.docx", "type": "MG6D"},
            {"name": "MG6E disclosure officer report.pdf", "type": "MG6E"},
            {"name": "DMD_Driscoll.docx", "type": "DMD"},
            {"name": "MG12 exhibits.docx", "type": "MG12"},
            {"name": "scan_0007.pdf", "type": "DPN"},
            {"name": "extraction summary SM2.pdf", "type": "DIGITAL_EXTRACT"},
            {"name": "CR-26-114872 crime report.txt", "type": "CRIME_REPORT"},
            {"name": "CAD 0212 22-06-26.txt", "type": "INCIDENT_LOG"},
        ],
    })


# ===========================================================================
# Folder B  -  Wyvern Vale Police, URN 22WV0718826  -  COMPLIANT (charging)
# Joanne TREVELYAN (written MG11, no ABE by her choice) / Neil OAKDEN (suspect)
# First account: "a colleague at work" in the MG3; Marcus ADEYEMI by name in his
# own statement (phone photo). Her phone NOT examined (negation). BWV of initial
# account and a neighbour's doorbell clip, each produced by a statement.
# ===========================================================================
def build_B(outdir):
    F = Folder(outdir, "Trevelyan - 22WV0718826", "22WV0718826")
    U = F.urn
    FORCE = "Wyvern Vale Police"

    mg3 = [
        ("small", "OFFICIAL - SENSITIVE"),
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("box", f"URN: {U}        Police station: Marlbridge        Date: 04/06/2026"),
        ("kv", [("Suspect", "OAKDEN, Neil Robert, DOB 02/11/1981 (44)"),
                ("Offences", "Assault by penetration (SOA 2003 s.2); sexual assault (SOA 2003 s.3)"),
                ("Officer in case", "DC 2760 Gemma OYELARAN, Marlbridge Public Protection - 01632 960227 (desk), 07700 900227, g.oyelaran@wyvernvale-police.example")]),
        ("h", "Background"),
        ("p", "This file is submitted for a full code test decision. Joanne TREVELYAN (41) met Neil OAKDEN through the dating app "
              "Tandem in late February 2026. After a week of messages she went to his house at 7 Spinney Close, Marlbridge, for "
              "dinner on Monday 9 March 2026. She says that later, on the sofa, he put his hand up her skirt, she pushed it away "
              "and said 'no, not tonight', and he then pushed his hand inside her underwear and put his fingers in her vagina "
              "while holding her down with his other forearm across her chest. She got free, grabbed her bag and left at about "
              "23:50, driving herself home."),
        ("p", "She told nobody that night. At 08:40 the next morning she told a colleague at work what had happened, in the staff "
              "kitchen at their office. He encouraged her to report it and sat with her while she rang 101 at 12:15. His "
              "statement covers what she said to him. There is no other first complaint."),
        ("p", "PC 5512 FROST visited her at home at 18:30 on 10 March and recorded her initial account on his body-worn camera "
              "with her agreement; the clip (DF/1) and his statement are attached. Mrs Trevelyan was offered a video-recorded "
              "interview and said she did not want to be filmed; a written statement was taken rather than a video-recorded "
              "interview, by DC Oyelaran on 12 March. It is attached (3 pages)."),
        ("h", "Evidence"),
        ("p", "Supporting evidence: the first complaint to her colleague; the neighbour's doorbell camera at 9 Spinney Close, "
              "which shows her leaving no. 7 at 23:52 at a fast walk, looking back at the door and wiping her face (Colin WEBB "
              "produces the clip as CW/1; it is attached, 3 seconds clipped from the relevant event); his WhatsApp to her at 07:12 "
              "on 10 March, 'sorry if I got carried away last night x' (screenshot JT/2, confirmed on his own phone)."),
        ("p", "Suspect's account. OAKDEN was arrested on 20 March 2026 and interviewed with a solicitor. He gave a prepared "
              "statement and then answered no comment. In the prepared statement he says the kissing and touching were mutual, "
              "that he touched her intimately and she did not object, that at no time did she say no, and that she left because "
              "she had work early. He does not deal with the WhatsApp message. He has no previous convictions (PNC attached). "
              "He was released under investigation rather than on bail: he lives 30 miles away in Tolland, there has been no "
              "contact since 10 March, the complainant did not want conditions, and the custody inspector decided bail was not "
              "necessary and proportionate (review 20/03/2026)."),
        ("p", "Forensic and medical. There were no forensic opportunities. She reported about 19 hours later, had showered and "
              "washed her clothes, and the SARC's advice was that recovery was very unlikely; she chose not to have a forensic "
              "examination. She attended the SARC for aftercare only on 13 March. She was asked whether she would consent to "
              "release of those aftercare notes; she declined, and as they contain no examination findings they have not been "
              "pursued. There are no injuries to photograph."),
        ("h", "Other matters"),
        ("p", "Early advice was sought and given on 1 April 2026 by Harriet COLE, Senior Crown Prosecutor, RASSO unit (record "
              "attached). Her four action points have all been completed: (1) the colleague's statement; (2) door-to-door and "
              "doorbell cameras in Spinney Close - done, one clip found, others had nothing; (3) the suspect's phone, limited to "
              "messages with her; (4) a request to Tandem for the messages between the two accounts."),
        ("h", "Digital strategy and lines of enquiry"),
        ("p", "She did not want her phone examined and it has not been. She took screenshots "
              "of the Tandem chat and his WhatsApp herself (JT/1, JT/2). To test whether the screenshots are complete, and because "
              "the suspect might say earlier messages set up an expectation of sex, the investigation obtained the same "
              "conversations from the other ends: his phone (seized on arrest, GO/1), extraction limited to Tandem and WhatsApp "
              "messages with her between 20 February and 20 March 2026; and a request to Tandem on 24 March 2026 for the message "
              "log between the two accounts for 20 February to 10 March 2026 only; she was told in writing on 23 March, before it was "
              "sent, what would be asked for and why. Both confirm the screenshots are complete and "
              "unedited. Some of her messages are flirtatious ('I might let you cook for me ;)') - they are scheduled on the MG6C "
              "and flagged on the MG6E. Nothing points to anyone other than the suspect: he accepts she was at his house and that "
              "he touched her intimately; the issue is consent. No third-party material about her has been requested, and "
              "nothing suggests any is relevant."),
        ("p", "No further enquiries are outstanding."),
        ("p", "Disclosure: MG6C, MG6D (nil return) and MG6E attached. Rebuttable presumption material attached: incident log for the "
              "101 call, crime report, PC Frost's BWV of the initial account (DF/1) and PNC results for the civilian witnesses (all "
              "nil)."),
        ("p", "Victim and witnesses. Special measures have been discussed and an MG2 is attached: she would like screens in court. "
              "Section 28 pre-recorded cross-examination was explained on 12 March and again on 2 June; she does not want it and "
              "would rather give all her evidence at trial. No intermediary is needed - she has no communication needs and is not "
              "vulnerable within s.16. No interpreter needed. She asks to be contacted by e-mail or after 5pm because she works in "
              "an open-plan office. Referred to the ISVA service (Amrit GILL, Wyvern ISVA) on 10 March. A VPS was offered on 12 March; "
              "she declined for now and knows she can make one later."),
        ("line",),
        ("p", "Supervisor's endorsement: file reviewed, complete, fit to submit. DS 881 Paula RENTON, 05/06/2026."),
    ]
    write_pdf(F.f("MG3_TREVELYAN_final.pdf"), mg3, head=("OFFICIAL-SENSITIVE", f"MG3  {U}"), foot="Page {page} of {pages}",
              created=(2026, 6, 5, 9, 15), size=10.5)

    # ---------------- complainant written statement (DOCX, continuation sheets) ----------------
    jt_body = [
        "I am making this statement about what happened to me at the house of a man called Neil OAKDEN on Monday 9th March 2026. "
        "I am 41 and I work as a lettings negotiator in Marlbridge. I have been divorced for three years.",
        "I joined the dating app Tandem in February. Neil messaged me on about the 24th February and we chatted most days. He "
        "seemed kind and funny. We had met once before, for a coffee in town on Saturday 28th February, which was fine. On the "
        "Wednesday he invited me to his house for dinner on the Monday and I said yes. I did flirt in the messages and I said "
        "something like 'I might let you cook for me'. I did not say anything about sex and I did not plan to have sex with him.",
        "I drove to his house, 7 Spinney Close, and arrived at about 19:30. He cooked pasta. I had two glasses of wine over about "
        "three hours; I knew I was driving. After dinner we sat on the sofa and watched some television. We kissed, and I was "
        "happy with that.",
        "At about 23:30 he put his hand up my skirt on my thigh. I pushed his hand away and said 'no, not tonight'. He laughed and "
        "said 'come on'. He moved so that he was half on top of me and put his left forearm across my chest, pressing me back into "
        "the sofa. I could not sit up. With his right hand he pulled my tights and underwear to the side and pushed his fingers "
        "inside my vagina. It hurt. I said 'stop, Neil, stop' and tried to push his arm off my chest. I don't know exactly how long "
        "it lasted, maybe half a minute, maybe a minute. I twisted and got my knee up and he moved back. He said 'what's wrong "
        "with you'.",
        "I got up, picked up my bag and keys and walked out. I did not say anything else to him. I remember looking back at the "
        "door when I was on the path because I was frightened he would follow me. I was crying. I drove home and sat in the car "
        "outside my house for a long time before I went in.",
        "I did not tell anybody that night. At 07:12 the next morning I got a WhatsApp from him which said 'sorry if I got carried "
        "away last night x'. I did not reply. I have taken screenshots of our Tandem messages and of that WhatsApp and I produce "
        "them as exhibits JT/1 and JT/2.",
        "I went to work. At about 08:40 my colleague Marcus asked me if I was alright because he could see I had been crying, and "
        "in the kitchen I told him what had happened. He said I should report it and at about quarter past twelve I rang the "
        "police with him sitting next to me. A police officer came to my house that evening and I told him what had happened; "
        "he recorded it on his camera and I agreed to that.",
        "The police offered me a video interview. I did not want to be filmed and I chose to make this written statement instead.",
        "I do not want the police to look at my phone. I have given them the screenshots, which are everything between me and Neil.",
        "Since this happened I have not been sleeping and I have stopped using any dating apps. I am being supported by an ISVA.",
    ]
    jt = mg11(U, "Joanne TREVELYAN", "Over 18", "Lettings negotiator", jt_body, "12/03/2026", sig="J Trevelyan",
              n_pages=3, variant=0, decl=0, witnessed="DC 2760 G. OYELARAN", split_at=3, cont_name="Joanne TREVELYAN")
    # add second continuation break near the end
    idx = [i for i, b in enumerate(jt) if b[0] == "p" and b[1].startswith("I went to work")][0]
    jt[idx:idx] = [("p", "Signature: J Trevelyan    Signature witnessed by: DC 2760 G. OYELARAN"), ("pb",), ("right", "MG11(T)"),
                   ("h", "Continuation of statement of Joanne TREVELYAN"), ("small", f"URN {U}  - page 3 of 3")]
    write_docx(F.f("Statement - J Trevelyan.docx"), jt, head="OFFICIAL-SENSITIVE (when complete)", foot="Page {page} of {pages}",
               created=(2026, 3, 12, 17, 45), author="G Oyelaran", font="Times New Roman")

    # ---------------- colleague - first account - phone photo ----------------
    ma = mg11(U, "Marcus ADEYEMI", "Over 18", "Senior lettings negotiator", [
        "I work at Harcourt Lettings in Marlbridge as a senior negotiator. Joanne Trevelyan has been my colleague for about three "
        "years and we sit next to each other.",
        "On Tuesday 10 March 2026 Joanne came in at about 08:30. She was quiet and her eyes were red. At about 08:40 I followed her "
        "into the staff kitchen and asked if she was OK. She started crying. She said she had been to a man's house the night "
        "before, someone called Neil from a dating app, and that he had 'put his hand inside me' after she had told him no. She "
        "said he had held her down on the sofa with his arm across her chest and that she had told him to stop. She said she "
        "got out and drove home. She showed me a message on her phone from him that said 'sorry if I got carried away last "
        "night'. She said I was the first person she had told.",
        "I told her it was an assault and she should report it. At about 12:15 she rang 101 from the small meeting room and I sat "
        "with her. I have not discussed the details with her since.",
    ], "16/03/2026", sig="(Sgd) M. Adeyemi", variant=1, decl=0, force=FORCE)
    write_photo_jpeg(F.f("IMG_2231.jpg"), ma, seed=2231, size=10.5)

    # ---------------- PC Frost (first attending, BWV) - txt ----------------
    frost = mg11(U, "Daniel FROST", "Over 18", "Police Constable 5512", [
        "I am a uniformed Police Constable based at Marlbridge. On Tuesday 10 March 2026 at 17:55 I was allocated incident 0644 "
        "of that day, a report of a sexual assault made on 101 by the victim at 12:15.",
        "At 18:30 I attended the home of the caller, Joanne TREVELYAN, in Marlbridge. I was the first officer to see her. I asked "
        "if she would agree to my recording her initial account on my body-worn camera and she agreed. I recorded from 18:31 to "
        "18:44. I have saved the footage to the force system and produce the clip as exhibit DF/1.",
        "She told me that on the evening of 9 March she had been to the home of a man called Neil whom she had met on a dating app, "
        "that he had put his fingers inside her after she had said no, and that he had held her down with his arm. She said she "
        "had told a colleague that morning. She was calm but tearful. She said she had showered and washed her clothes. I gave her "
        "SARC information and passed the case to the Public Protection Unit, and she was referred to the ISVA service.",
    ], "10/03/2026", sig="[signed]", variant=2, decl=1, force="WYVERN VALE POLICE - NICHEVALE RMS")
    write_txt(F.f("PC5512 FROST MG11.txt"), frost, width=88)
    make_video(F.f("BWV_5512_20260310_1831.mp4"), 3, ["WVP BWV 5512  2026-03-10 18:31:07", f"EXH DF/1  {U}"], seed=5512, style="cctv")

    # ---------------- DC Oyelaran (officer) ----------------
    oy = mg11(U, "Gemma OYELARAN", "Over 18", "Detective Constable 2760", [
        "I am a Detective Constable in the Marlbridge Public Protection Unit and the officer in this case.",
        "On 12 March 2026 I met Joanne TREVELYAN at Marlbridge police station. I explained that she could give her account in a "
        "video-recorded interview. She said she did not want to be filmed and asked to give a written statement, which I took "
        "between 14:05 and 17:30.",
        "On 16 March I took a statement from Marcus ADEYEMI at Harcourt Lettings. On 17 March I carried out door-to-door enquiries "
        "in Spinney Close and asked about doorbell cameras; the occupier of no. 9, Colin WEBB, had a recording, which he provided.",
        "On Friday 20 March 2026 at 08:10 I arrested Neil OAKDEN at 7 Spinney Close. I seized his Samsung Galaxy phone, which I "
        "produce as GO/1. At Marlbridge custody I interviewed him with DC 3021 PARFITT in the presence of his solicitor, who read a "
        "prepared statement on his behalf. He then made no comment to the questions put.",
        "I submitted his phone to the Digital Forensic Unit with a request limited to Tandem and WhatsApp messages between him and "
        "Mrs Trevelyan from 20 February to 20 March 2026. On 24 March 2026 I sent a request to Tandem Social Ltd for the message "
        "log between the two accounts for 20 February to 10 March 2026 only. I received the response on 30 April 2026 and produce "
        "it as GO/2. Both match the screenshots JT/1 and JT/2. On 23 March, before sending the request, I wrote to Mrs "
        "Trevelyan to tell her what I would ask Tandem for and why.",
    ], "01/05/2026", sig="G. Oyelaran", variant=0, decl=1, n_pages=1)
    write_pdf(F.f("DC Oyelaran statement.pdf"), oy, head=("OFFICIAL-SENSITIVE", f"URN {U}"), foot="Page {page} of {pages}",
              created=(2026, 5, 1, 13, 0))

    # ---------------- Neighbour (doorbell) ----------------
    webb = mg11(U, "Colin WEBB", "Over 18", "Retired", [
        "I live at 9 Spinney Close, Marlbridge, next door to number 7. I have a video doorbell at my front door which records when "
        "it detects movement. It also picks up part of the path to number 7.",
        "On 17 March 2026 a police officer asked me whether it had recorded anything on the night of 9 March. I looked and found "
        "a clip starting at 23:52:10 on 9 March. I downloaded it and gave a copy to DC Oyelaran on a USB stick. I produce it as "
        "exhibit CW/1. The time on my doorbell is set automatically by the internet.",
        "I do not know the woman in the clip. I know my neighbour to nod to. I heard nothing that night.",
    ], "17/03/2026", sig="C. Webb", variant=0, decl=0)
    write_pdf(F.f("Webb statement doorbell.pdf"), webb, head=("", f"URN {U}"), created=(2026, 3, 17, 12, 0))
    make_video(F.f("doorbell_CW1.mp4"), 3, ["FRONT DOOR  09-03-2026 23:52:10", "EXH CW/1"], seed=909, style="cctv", audio=False)

    # ---------------- prepared statement (scan) + SDN ----------------
    prep = [
        ("title", "PREPARED STATEMENT"),
        ("p", f"Neil Robert OAKDEN - Marlbridge Police Station - 20 March 2026   (URN {U})"),
        ("p", "I have been arrested on suspicion of sexually assaulting Joanne Trevelyan. I make this statement on the advice of my "
              "solicitor."),
        ("p", "I met Joanne through Tandem. We met once for coffee and then she came to my house for dinner on 9 March. We had a "
              "nice evening. On the sofa we kissed, and it was mutual. I touched her intimately and she did not object. At no time "
              "did she say no or tell me to stop, and I did not hold her down. She said she had work early and left. I deny any "
              "offence."),
        ("p", "I will not be answering further questions on the advice of my solicitor.\n\nSigned: N R Oakden    20/03/2026  10:42\n"
              "Witnessed: K. Marsh, solicitor, Marsh Quennell LLP"),
    ]
    write_scan_pdf(F.f("scan_0011.pdf"), prep, seed=1111, serif=True, created=(2026, 3, 20, 13, 0))
    sdn = [
        ("title", "SHORT DESCRIPTIVE NOTE OF INTERVIEW"),
        ("kv", [("URN", U), ("Interviewee", "OAKDEN, Neil Robert"), ("Date and time", "20/03/2026 10:35 - 11:20"),
                ("Location", "Marlbridge custody, interview room 2"), ("Officers", "DC 2760 OYELARAN, DC 3021 PARFITT"),
                ("Legal adviser", "Mr K. MARSH, Marsh Quennell LLP"), ("Recording", "Digital audio ref MB/26/2760/01")]),
        ("p", "After caution the solicitor read a prepared statement (copy attached) in which the suspect denies the offence and "
              "says the touching was consensual. The suspect then made no comment to all questions, including questions about "
              "his WhatsApp message of 07:12 on 10 March ('sorry if I got carried away last night x'), the doorbell footage, and "
              "the complainant's account that he held her down with his forearm. No special warnings were given."),
        ("p", "Compiled by DC 2760 G. OYELARAN 21/03/2026."),
    ]
    write_pdf(F.f("SDN Oakden 20-03-26.pdf"), sdn, head=("OFFICIAL-SENSITIVE", ""), created=(2026, 3, 21, 10, 0))

    pnc = [
        ("p", "PNC ENQUIRY RESULT - NOMINAL"),
        ("kv", [("Subject", "OAKDEN, NEIL ROBERT"), ("DOB", "02/11/1981"), ("PNCID", "26/0198402K (record created on arrest 20/03/2026)"),
                ("Convictions", "NONE"), ("Cautions / reprimands / warnings", "NONE"), ("Other", "Arrest record 20/03/2026 only")]),
        ("p", f"Printed 03/06/2026 for URN {U}."),
    ]
    write_txt(F.f("PNC Oakden.txt"), pnc, width=80)
    wp = [
        ("title", "Prosecution witnesses - PNC checks"),
        ("p", f"URN {U}. Checks by DC 2760 Oyelaran on 03/06/2026."),
        ("table", ["Name", "DOB checked", "Result"], [4, 2, 3], [
            ["TREVELYAN, Joanne", "Yes", "No trace - nil return"],
            ["ADEYEMI, Marcus", "Yes", "No trace - nil return"],
            ["WEBB, Colin", "Yes", "No trace - nil return"],
        ]),
    ]
    write_pdf(F.f("Witness PNC nil returns.pdf"), wp, created=(2026, 6, 3, 11, 0))

    c_rows = [
        ["1", "Incident log 0644 of 10/03/2026 - complainant's 101 call 12:15, with call handler's notes of what she said.", "Sent with file"],
        ["2", "Crime report 26/40417 and investigation log to 04/06/2026.", "Sent with file"],
        ["3", "PC Frost BWV of initial account 10/03/2026 18:31-18:44 (exhibit DF/1) - record of early account.", "Sent with file"],
        ["4", "Door-to-door log, Spinney Close 17/03/2026: 11 houses, 3 doorbell cameras checked, one relevant clip (no. 9).", "PPU office"],
        ["5", "Digital Forensic Unit submission for GO/1 with parameters (Tandem and WhatsApp with complainant, 20/02-20/03/2026) and extraction report.", "DFU / digital system"],
        ["6", "Request to Tandem Social Ltd 24/03/2026 and response 30/04/2026 (exhibit GO/2) - message log between the accounts 20/02-10/03/2026; letter to complainant 23/03/2026 giving notice of the request.", "PPU office"],
        ["7", "Complainant's Tandem messages 20/02-09/03/2026 including 'I might let you cook for me ;)' (printout of exhibit JT/1).", "Sent with file"],
        ["8", "Custody record OAKDEN 20/03/2026 incl. RUI decision and inspector's rationale.", "Custody system"],
        ["9", "Interview audio MB/26/2760/01 (SDN and prepared statement with file).", "Property MB-26-1120"],
        ["10", "Early advice record, CPS RASSO, 01/04/2026.", "Sent with file"],
    ]
    mg6c = [
        ("right", "MG6C"),
        ("title", "Police Schedule of Non-Sensitive Unused Material"),
        ("kv", [("URN", U), ("R v", "OAKDEN"), ("Page", "1 of 1")]),
        ("table", ["No.", "Description and relative location", "Location", "CPS comment"], [0.6, 6, 1.7, 1.5], [r + [""] for r in c_rows]),
        ("p", "Disclosure officer: DC 2760 G. OYELARAN    Signature: G Oyelaran    Date: 04/06/2026"),
    ]
    write_docx(F.f("MG6C_Trevelyan.docx"), mg6c, head="OFFICIAL-SENSITIVE (when complete)", created=(2026, 6, 4, 15, 0))
    mg6d = [
        ("right", "MG6D"),
        ("title", "Police Schedule of Sensitive Material"),
        ("kv", [("URN", U), ("R v", "OAKDEN")]),
        ("box", "NIL RETURN - the disclosure officer is not aware of any sensitive unused material in this case."),
        ("p", "Disclosure officer: DC 2760 G. OYELARAN    Signed: G Oyelaran    04/06/2026"),
    ]
    write_pdf(F.f("MG6D nil.pdf"), mg6d, head=("OFFICIAL-SENSITIVE", ""), created=(2026, 6, 4, 15, 5))
    mg6e = [
        ("right", "MG6E"),
        ("title", "Disclosure Officer's Report"),
        ("kv", [("URN", U), ("Disclosure officer", "DC 2760 G. OYELARAN")]),
        ("p", "Items which may undermine the prosecution or assist the defence: MG6C item 7 (her flirtatious Tandem messages, which "
              "are in exhibit JT/1; a printout is sent with the file). Items 1-3 are rebuttable presumption material and are sent with the "
              "file. No other item meets the test in my view."),
        ("p", "Declaration: all material retained has been revealed to the prosecutor. Signed G Oyelaran, 04/06/2026."),
    ]
    write_pdf(F.f("MG6E.pdf"), mg6e, created=(2026, 6, 4, 15, 10))

    mg2 = [
        ("right", "MG2"),
        ("title", "SPECIAL MEASURES ASSESSMENT"),
        ("kv", [("URN", U), ("Witness", "Joanne TREVELYAN (complainant)"), ("Eligibility", "Intimidated witness - complainant in a sexual offence, YJCEA 1999 s.17(4)"),
                ("Vulnerable (s.16)?", "No"), ("Intermediary", "Not required: no communication difficulty; not assessed for that reason"),
                ("Measures requested", "Screens (s.23)"), ("Evidence in chief", "Written statement; no ABE (complainant's choice)"),
                ("s.28 pre-recorded cross-examination", "Explained 12/03/2026 and 02/06/2026. Complainant does NOT want s.28; prefers to give all evidence at trial."),
                ("Witness's views", "Wants screens so she does not have to see the defendant. Would like a pre-trial court visit."),
                ("Other needs", "No interpreter. Contact by e-mail or after 5pm. ISVA (A. Gill) to accompany her."),
                ("Completed by", "DC 2760 G. OYELARAN, 02/06/2026")]),
    ]
    write_docx(F.f("MG2 special measures.docx"), mg2, head="OFFICIAL-SENSITIVE", created=(2026, 6, 2, 16, 0))

    mg12 = [
        ("right", "MG12"),
        ("title", "EXHIBIT LIST"),
        ("kv", [("URN", U)]),
        ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
            ["JT/1", "Screenshots of Tandem chat with 'Neil', 24/02-09/03/2026 (14 images)", "Joanne TREVELYAN"],
            ["JT/2", "Screenshot of WhatsApp from Neil 10/03/2026 07:12", "Joanne TREVELYAN"],
            ["DF/1", "Body-worn video, initial account, 10/03/2026 18:31-18:44 (file BWV_5512_20260310_1831.mp4)", "PC 5512 FROST"],
            ["CW/1", "Doorbell camera clip 09/03/2026 23:52:10 (file doorbell_CW1.mp4)", "Colin WEBB"],
            ["GO/1", "Samsung Galaxy phone of Neil OAKDEN", "DC 2760 OYELARAN"],
            ["GO/2", "Tandem Social Ltd response 30/04/2026", "DC 2760 OYELARAN"],
        ]),
    ]
    write_pdf(F.f("MG12.pdf"), mg12, created=(2026, 6, 4, 15, 20))
    jt1 = [
        ("title", "Exhibit JT/1 - printout of screenshots"),
        ("kv", [("URN", U), ("Produced by", "Joanne TREVELYAN"), ("Content", "Tandem chat between 'Jo' and 'Neil', 24/02/2026 - 09/03/2026, 14 screenshots, transcribed by DC 2760 Oyelaran")]),
        ("table", ["Date / time", "From", "Message"], [2, 1, 6], [
            ["24/02/2026 20:11", "Neil", "Hi Jo, love your profile - fellow dog person?"],
            ["24/02/2026 20:40", "Jo", "Guilty! Springer spaniel called Biscuit"],
            ["28/02/2026 09:02", "Neil", "Coffee later still on?"],
            ["04/03/2026 21:15", "Neil", "Come to mine Monday, I'll cook"],
            ["04/03/2026 21:31", "Jo", "I might let you cook for me ;)"],
            ["09/03/2026 18:50", "Jo", "Leaving now, see you at half 7"],
        ]),
        ("p", "JT/2: WhatsApp from Neil 10/03/2026 07:12 - 'sorry if I got carried away last night x'."),
    ]
    write_pdf(F.f("JT1 screenshots printout.pdf"), jt1, created=(2026, 3, 13, 10, 0))

    cr = [
        ("title", "CRIME REPORT 26/40417"),
        ("kv", [("URN", U), ("Offence", "Assault by penetration; sexual assault"), ("Date/time", "09/03/2026 23:30-23:50"),
                ("Location", "7 Spinney Close, Marlbridge"), ("Reported", "10/03/2026 12:15 by victim (101, incident 0644)"),
                ("Victim", "TREVELYAN, Joanne (F, 41)  - protected characteristics: female; no disability recorded"),
                ("Suspect", "OAKDEN, Neil Robert - RUI since 20/03/2026"), ("OIC", "DC 2760 OYELARAN")]),
        ("h", "Summary"),
        ("p", "Victim met suspect via dating app, at his home for dinner; digital penetration after she said no; she left; told "
              "colleague next morning; reported via 101 with colleague present."),
        ("h", "Log"),
        ("table", ["Date", "Entry"], [1.3, 8], [
            ["10/03/2026", "PC 5512 attended, BWV initial account. ISVA referral. SARC info given - victim declines forensic exam (showered)."],
            ["12/03/2026", "Written MG11 (victim declined VRI). VPS offered - declined for now."],
            ["20/03/2026", "Suspect arrested, prepared statement + no comment. RUI (inspector rationale on custody record)."],
            ["01/04/2026", "Early advice from CPS (H. Cole) - 4 actions."],
            ["30/04/2026", "Tandem response received - matches screenshots."],
            ["02/06/2026", "MG2 completed with victim; s.28 declined."],
        ]),
    ]
    write_pdf(F.f("crime report 26-40417.pdf"), cr, head=("WYVERN VALE POLICE - CRIME RECORDING", ""), created=(2026, 6, 4, 9, 0))
    inc = [
        ("p", "WVP COMMAND & CONTROL  INCIDENT 0644  10/03/2026"),
        ("table", ["Time", "Entry"], [1, 8], [
            ["12:15", "101 CALL FROM FEMALE - SEXUALLY ASSAULTED LAST NIGHT BY MALE MET ON DATING APP AT HIS ADDRESS SPINNEY CLOSE. SAYS HE PUT HIS FINGERS INSIDE HER AFTER SHE SAID NO."],
            ["12:19", "CALLER AT WORK WITH COLLEAGUE. SAFE. NO INJURIES. HAS SHOWERED."],
            ["12:21", "REQUESTS OFFICER VISIT AFTER WORK AT HOME. GRADED 3 - APPT."],
            ["17:55", "PC 5512 ALLOCATED."],
            ["18:30", "5512 AT SCENE (VICTIM HOME)."],
            ["19:20", "RESULT: CRIME 26/40417 RAISED. PPU NOTIFIED."],
        ]),
    ]
    write_txt(F.f("incident 0644 10-03-26.txt"), inc, width=96)
    ea = [
        ("title", "Record of Early Advice"),
        ("kv", [("URN", U), ("Date", "01/04/2026"), ("Prosecutor", "Harriet COLE, Senior Crown Prosecutor, CPS RASSO Unit - 01632 960901, harriet.cole@cps.example"),
                ("Officer", "DC 2760 G. OYELARAN")]),
        ("p", "Advice given by Teams meeting. The case will turn on consent. Before a full code test referral please: (1) obtain a "
              "statement from the colleague to whom she first spoke; (2) complete door-to-door in Spinney Close including doorbell "
              "cameras; (3) examine the suspect's phone for messages with the complainant only; (4) ask Tandem for the message log "
              "between the accounts to check the screenshots are complete. The complainant's own phone is not needed if (3) and "
              "(4) are done: it would be disproportionate. Target date for referral 30/06/2026."),
    ]
    write_docx(F.f("Early advice record 01-04-26.docx"), ea, created=(2026, 4, 1, 16, 0))

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "BWV", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "MG2", "MG12",
                          "CRIME_REPORT", "INCIDENT_LOG", "EARLY_ADVICE"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                          "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3_TREVELYAN_final.pdf", "type": "MG3"},
            {"name": "Statement - J Trevelyan.docx", "type": "MG11", "role": "complainant"},
            {"name": "IMG_2231.jpg", "type": "MG11", "role": "first_account"},
            {"name": "PC5512 FROST MG11.txt", "type": "MG11", "role": "officer"},
            {"name": "DC Oyelaran statement.pdf", "type": "MG11", "role": "officer"},
            {"name": "Webb statement doorbell.pdf", "type": "MG11", "role": "witness"},
            {"name": "BWV_5512_20260310_1831.mp4", "type": "BWV"},
            {"name": "doorbell_CW1.mp4", "type": ["CCTV", "OTHER"]},
            {"name": "scan_0011.pdf", "type": "ROTI"},
            {"name": "SDN Oakden 20-03-26.pdf", "type": "ROTI"},
            {"name": "PNC Oakden.txt", "type": "PNC"},
            {"name": "Witness PNC nil returns.pdf", "type": "PNC"},
            {"name": "MG6C_Trevelyan.docx", "type": "MG6C"},
            {"name": "MG6D nil.pdf", "type": "MG6D"},
            {"name": "MG6E.pdf", "type": "MG6E"},
            {"name": "MG2 special measures.docx", "type": "MG2"},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "crime report 26-40417.pdf", "type": "CRIME_REPORT"},
            {"name": "incident 0644 10-03-26.txt", "type": "INCIDENT_LOG"},
            {"name": "Early advice record 01-04-26.docx", "type": "EARLY_ADVICE"},
        ],
    })


# ===========================================================================
# Folder C  -  Harrowdale Police, URN 13HD0932226  -  COMPLIANT (charging)
# Natalia KOWALSKA (ABE, Polish interpreter) / Ryan TULLY (suspect)
# The first person she told was a police officer at the front counter:
# PC Okafor is both the first-account recipient and the first attending officer.
# MG3 is a plain-text export. Toxicology outstanding WITH a target date.
# Witness with a previous conviction (disclosed, print sent).
# ===========================================================================
def build_C(outdir):
    F = Folder(outdir, "HD-26-5521 KOWALSKA", "13HD0932226")
    U = F.urn
    FORCE = "HARROWDALE POLICE"

    mg3 = [
        ("p", "ATLAS CASE FILE  |  HARROWDALE POLICE  |  FORM: MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION\n"
              f"URN: {U}   Crime: HD/26/5521   Created: 01/12/2026 14:22   Author: DC 1422 HALE"),
        ("line",),
        ("kv", [("Suspect", "TULLY, Ryan Christopher  (21)  DOB 09/08/2005"),
                ("Offence", "Rape, SOA 2003 s.1 (complainant unable to consent through intoxication / asleep)"),
                ("Advice requested", "Full Code Test - charging decision"),
                ("Officer in case", "DC 1422 Martin HALE  tel 01632 960715  mob 07700 900715  martin.hale@harrowdale.police.example"),
                ("Custody / bail", "Pre-charge bail to 12/01/2027, conditions: no contact with Natalia KOWALSKA directly or indirectly including by social media; not to enter Alder Street, Harrowdale")]),
        ("p", "Natalia KOWALSKA is 19, a Polish national studying at Harrowdale College, who has lived in England since she was 15. "
              "On Saturday 2 May 2026 she went to a party at 31 Brackenfield Road, the home of a college friend, Ellie CARTWRIGHT. "
              "Ryan TULLY, a friend of Ellie's brother, was there; Natalia had met him twice before. She says she had a lot to "
              "drink and that after a drink Ryan gave her at around 01:15 she felt much worse - dizzy and unable to stand. She "
              "remembers Ryan helping her upstairs 'to lie down' at about 01:45, lying on a bed in a back bedroom and falling "
              "asleep. She woke to find him on top of her having vaginal sex with her. She pushed him off, found her clothes and "
              "left the house at about 02:40 and walked home to Alder Street."),
        ("p", "She did not tell anybody that night or in the morning. At 11:20 on Sunday 3 May she walked into the front enquiry "
              "office at Harrowdale Central and told PC 2231 Chidi OKAFOR that she had been raped. He is therefore both the "
              "person to whom she first complained and the first officer to deal with her; his statement covers both. She has "
              "told no friend or family member. Ellie CARTWRIGHT saw her go upstairs with TULLY and come down about fifty minutes "
              "later crying, but Natalia only said 'I want to go home' and has never told Ellie what happened."),
        ("h", "Evidence"),
        ("p", "ABE interview 05/05/2026 by DC 887 Helen RUDD, conducted in English with a Polish interpreter, Mrs Agnieszka NOWAK, "
              "present to help with any word or phrase Natalia asked about (she used the interpreter four times). DC Rudd "
              "exhibits the recording as HR/1; the recording and a summary are attached. Forensic physician Dr Alan PRIESTLEY "
              "examined her at the SARC on 3 May (statement attached; no injuries; samples taken). Castlegate Forensics SFR1: "
              "semen on the high vaginal swab, DNA matching TULLY. Council CCTV (JO/1, produced by CCTV officer Janet OSEI) shows "
              "her at 02:47 at the junction of Brackenfield Road and the High Street, walking alone, unsteady, holding on to a "
              "railing for several seconds. Ellie CARTWRIGHT's statement describes how drunk she was before she went upstairs "
              "('she could barely stand, Ryan was holding her up')."),
        ("p", "TULLY was interviewed on 12 May 2026 with a solicitor and answered questions. He says they had sex and she agreed: "
              "that she asked him to come upstairs with her, that she was 'a bit drunk but not that drunk' and was awake and "
              "'into it' throughout, and that she left suddenly without saying why. He denies giving her a drink or putting "
              "anything in a drink. He has a caution for possession of cannabis (2023). ROTI attached."),
        ("p", "Outstanding: toxicology on her blood and urine (SARC samples AP/4 and AP/5, for alcohol and a full drugs screen "
              "including GHB and benzodiazepines). Submitted 08/05/2026. The laboratory has given a target date of 15/01/2027 for "
              "the report and I will submit it on an MG3A within 7 days of receipt. Nothing else is outstanding."),
        ("p", "Lines of enquiry pursued: her ABE; CCTV on the walking route (council camera found; the Co-op on the High Street "
              "was closed and its camera overwritten before the request - noted on MG6C); house-to-house at Brackenfield Road; "
              "statements from the host; list of guests obtained from Ellie (14 names); four guests spoken to who were in the "
              "kitchen at the relevant time - none saw anything of the bedroom or the drink and none gave a statement of "
              "substance (notes of each conversation on MG6C). Lines that could assist the suspect: whether she was seen "
              "kissing or being affectionate with TULLY earlier (two guests say they were chatting and 'flirting a bit' at about "
              "midnight - recorded on MG6C items 12 and 13 and flagged on the MG6E); whether anyone else went into the back "
              "bedroom (nobody did, according to Ellie and the guests); the Snapchat messages between them on 3 May; his phone. "
              "Not pursued: a request for her college records, because nothing suggests they hold anything relevant to the "
              "issue; her counselling records - see below."),
        ("p", "Her phone was examined with her agreement under a Digital Processing Notice signed 05/05/2026. The reason was that "
              "TULLY had sent her a Snapchat on 3 May at 13:05 ('u ok? last night was mad haha') and that photos she took at the "
              "party could show her state. Parameters: Snapchat conversation with user ryan_t_99 from 18:00 on 2 May to 23:59 "
              "on 10 May 2026; photographs and videos created between 20:00 on 2 May and 04:00 on 3 May 2026. Nothing else was "
              "taken. Extraction report attached. TULLY's phone: seized on arrest, examination limited to his messages with her "
              "and his messages mentioning her, 2 May to 12 May 2026 (nothing relevant beyond the Snapchat)."),
        ("p", "We have not requested her counselling records. She began counselling with Harrowdale Rape Crisis in June 2026. "
              "Nothing suggests they would hold material relevant to an issue in the case, and no request will be made unless a "
              "specific line of enquiry arises, in which case she will be told in writing first. No other third-party material "
              "has been sought."),
        ("p", "Early advice was sought on 19 May 2026 (Mr Daniel ASHE, CPS RASSO). He advised on capacity and intoxication: "
              "toxicology, the CCTV and the host's statement. All are done apart from the toxicology, which has a target date."),
        ("h", "Disclosure"),
        ("p", "MG6C (3 pages), MG6D and MG6E attached. Rebuttable presumption material attached: front counter incident log, "
              "crime report, PC Okafor's statement of her first complaint, PNC checks on civilian witnesses. Ellie CARTWRIGHT has "
              "one conviction (theft from a shop, 2022, conditional discharge); it is scheduled and the print is attached. The "
              "disclosure and digital strategy is as set out above; the disclosure officer is DC Hale."),
        ("h", "Victim"),
        ("p", "Special measures: she is eligible under s.17(4). She wants the ABE as her evidence in chief, to be cross-examined "
              "by live link, and would like her cross-examination recorded in advance under s.28 - this was explained to her on "
              "5 May and 14 October with the interpreter. She is not a vulnerable witness within s.16 and has no communication "
              "difficulty other than language, which an interpreter will meet, so no intermediary assessment has been sought. "
              "Needs: a Polish interpreter at court and for all meetings where the case is explained to her; letters in English "
              "are fine. Referred to an ISVA (Magda ZIELINSKA, Harrowdale Rape Crisis, Polish speaking) on 3 May. VPS: offered "
              "5 May; she made a VPS on 20/10/2026, which is attached."),
        ("p", "Supervisor review: I have reviewed the file and agree it is ready for a charging decision, with the toxicology to "
              "follow by the target date. DS 640 Graham LUND, 02/12/2026."),
    ]
    write_txt(F.f("MG3 export ATLAS 0412.txt"), mg3, width=110, foot="--- END OF EXPORT ---  OFFICIAL-SENSITIVE")

    make_video(F.f("VRI_KOWALSKA_050526.mp4"), 5, ["HARROWDALE VRI 2  05/05/2026 10:02", f"HR/1  URN {U}"], seed=887)
    abe = [
        ("title", "ABE Interview - Index and Summary"),
        ("kv", [("URN", U), ("Witness", "Natalia KOWALSKA (19), complainant"), ("Interviewer", "DC 887 Helen RUDD"),
                ("Second officer / monitor", "DC 1422 Martin HALE"), ("Interpreter", "Mrs Agnieszka NOWAK (Polish), in the room"),
                ("Date", "05/05/2026"), ("Recording", "10:02 - 11:31, exhibit HR/1")]),
        ("table", ["Tape time", "Content"], [1, 7], [
            ["00:00-06:10", "Introductions; interpreter's role explained (Natalia will speak English and ask if she needs help). Ground rules."],
            ["06:10-24:30", "Free narrative. Party at Ellie's; arrived 21:30 with housemate (who left at 23:00); drinking vodka and lemonade she poured herself; talked to Ryan in the kitchen around midnight; at about 01:15 he gave her a drink in a red cup; within about 15 minutes felt 'like the room was moving'; he said she should lie down and helped her upstairs; lay on bed in back bedroom; fell asleep."],
            ["24:30-33:00", "Woke up; he was on top of her; her jeans and pants were off; his penis was in her vagina. Pushed him; he said 'what?'; she got dressed and went downstairs; Ellie asked what was wrong; she said she wanted to go home; walked home; held railings because she felt dizzy."],
            ["33:00-36:45", "Morning: did not tell housemate; felt ashamed; decided to go to the police station herself; told the officer at the counter. Says she had not told anyone before that."],
            ["36:45-78:20", "Questions: amount drunk before 01:15 (estimates 4 or 5 vodkas); the red cup; whether she kissed Ryan (says they talked and he was 'a bit flirty', she did not kiss him); whether she asked him to come upstairs (denies); what she remembers of being woken; why she did not scream (was confused, frightened). Interpreter assisted with 'consent', 'penetrate', 'semi-conscious'."],
            ["78:20-89:00", "Snapchat from Ryan 3 May 13:05 'u ok? last night was mad haha' - she did not reply. Closure; next steps; ISVA."],
        ]),
        ("p", "Prepared by DC 887 H. RUDD, 07/05/2026."),
    ]
    write_docx(F.f("ABE summary Kowalska.docx"), abe, head=f"{FORCE}  OFFICIAL-SENSITIVE", foot="page {page} of {pages}",
               created=(2026, 5, 7, 10, 0))

    rudd = mg11(U, "Helen RUDD", "Over 18", "Detective Constable 887", [
        "I am a Detective Constable in the Harrowdale Rape and Serious Sexual Offences Team and a trained ABE interviewer.",
        "On Tuesday 5 May 2026 between 10:02 and 11:31 I conducted a video-recorded interview with Natalia KOWALSKA in video "
        "interview room 2 at Harrowdale Central. DC Hale monitored. Mrs Agnieszka Nowak, a registered Polish interpreter, sat in "
        "the room. Natalia chose to speak English and asked for the interpreter's help four times. The interview was planned in "
        "advance with DC Hale (written plan retained).",
        "I made two recordings. The master I sealed (seal HD 441902) and produce as exhibit HR/1. I made a working copy for the "
        "investigation and the digital file for the CPS was produced from it.",
        "On 7 May I prepared an index and summary of the interview.",
    ], "07/05/2026", sig="H Rudd DC 887", variant=0, decl=0)
    write_pdf(F.f("Rudd HR1 statement.pdf"), rudd, head=("OFFICIAL-SENSITIVE", f"URN: {U}"), foot="Page {page} of {pages}", created=(2026, 5, 7, 12, 0))

    ok = mg11(U, "Chidi OKAFOR", "Over 18", "Police Constable 2231", [
        "I am a Police Constable stationed at Harrowdale Central. On Sunday 3 May 2026 I was working in the front enquiry office.",
        "At 11:20 a young woman came to the counter. She was pale and spoke quietly. She gave her name as Natalia KOWALSKA and said "
        "'I think I was raped last night at a party.' I took her into the private interview room off the foyer. I did not ask her "
        "for details beyond what I needed to find out what had happened, when and where, and whether she was safe, so that the "
        "evidence could be protected. I wrote down what she said in my pocket notebook at the time, pages 88 to 91, and she read "
        "it over and signed it; I produce a copy as CO/1. My body-worn camera was not switched on in the interview room "
        "and no video was made; my notebook is the record.",
        "She told me she had been at a house party in Brackenfield Road, that a man she knew as Ryan had given her a drink and then "
        "helped her upstairs when she felt ill, that she fell asleep on a bed and woke up with him 'having sex with me'. She said "
        "'I did not say yes, I was asleep.' She said she walked home after. When I asked if she had told anyone, she said no, I "
        "was the first person she had told, because she felt ashamed.",
        "Her English was good, but she asked me twice what a word meant, and I made sure she understood. I created an incident, "
        "called the on-call RASSO officer and stayed with her until DC Hale arrived at 12:05. I also told her about the ISVA service.",
    ], "03/05/2026", sig="C. Okafor PC 2231", variant=1, decl=1, force=FORCE)
    write_docx(F.f("PC 2231 Okafor.docx"), ok, head="OFFICIAL-SENSITIVE", foot="MG11 page {page}", created=(2026, 5, 3, 20, 0))
    pnb = [("p", f"POCKET NOTEBOOK - PC 2231 OKAFOR - pages 88-91 (copy)  -  exhibit CO/1  -  URN {U}"),
           ("p", "03/05/26 1120 Front enquiry office Harrowdale Central. Female approached counter. Natalia KOWALSKA. States 'I think I was "
                 "raped last night at a party.' To foyer interview room 1125."),
           ("p", "In her words: 'Party at Ellie's house Brackenfield Road. Ryan gave me a drink in a red cup, then I felt very dizzy. He "
                 "took me upstairs to lie down. I fell asleep. I woke and he was having sex with me. I did not say yes, I was asleep. I "
                 "went home walking.' Asked if she has told anyone: 'No. You are the first. I feel ashamed.' Not showered. "
                 "Understands English well - asked meaning of 'allegation' and 'evidence', explained."),
           ("p", "1150 Read over, signed N. Kowalska.  C Okafor PC 2231.  1205 handed to DC 1422 HALE.")]
    write_pdf(F.f("CO1 PNB Okafor.pdf"), pnb, family="DejaVuSerif", created=(2026, 5, 3, 21, 0))

    hale = mg11(U, "Martin HALE", "Over 18", "Detective Constable 1422", [
        "I am the officer in the case. On 3 May 2026 at 12:05 I took over from PC Okafor at Harrowdale Central and took Natalia "
        "KOWALSKA to the Harrowdale SARC, where she was examined by Dr Priestley at 15:10.",
        "On 5 May 2026, after her ABE interview, I explained the Digital Processing Notice to her with the interpreter present. She "
        "agreed to an extraction limited to her Snapchat conversation with user ryan_t_99 from 18:00 on 2 May to 23:59 on 10 May "
        "2026 and to photographs and videos created between 20:00 on 2 May and 04:00 on 3 May 2026. I carried this out on the "
        "kiosk with those filters and returned the phone to her the same day. I produce the report as MH/1.",
        "On 6 May I obtained the council CCTV via Janet OSEI. On 8 May I submitted the SARC samples for toxicology.",
        "On 12 May 2026 at 06:45 I arrested Ryan TULLY at his home. I seized his iPhone (MH/2) and a buccal swab (MH/3). I "
        "interviewed him that afternoon with DC Rudd, his solicitor present. He was bailed with conditions.",
    ], "14/05/2026", sig="M Hale", variant=0, decl=1, n_pages=1)
    write_pdf(F.f("Hale OIC MG11.pdf"), hale, head=("OFFICIAL-SENSITIVE", f"URN {U}"), foot="Page {page} of {pages}", created=(2026, 5, 14, 9, 0))

    ellie = mg11(U, "Ellie CARTWRIGHT", "Over 18", "Student", [
        "I am 20 and study at Harrowdale College. On Saturday 2 May 2026 I had a party at my family's house at 31 Brackenfield Road "
        "while my parents were away. About 30 people came. Natalia is in my class; Ryan Tully is a friend of my brother.",
        "At around midnight I saw Natalia and Ryan chatting in the kitchen. At about 01:45 I saw Ryan taking Natalia up the stairs. "
        "She was really drunk - she could barely stand, Ryan was holding her up with his arm round her. I thought he was taking "
        "her to lie down.",
        "At about 02:35 Natalia came down the stairs on her own. She was crying and her hair was a mess. I asked what was wrong. "
        "She just said 'I want to go home' and went out of the front door. I did not see Ryan come down. Natalia has never told me "
        "what happened and I have not asked her. I only know it is about that night because the police came to see me.",
        "Nobody else went up to the back bedroom while they were up there as far as I know.",
    ], "09/05/2026", sig="E Cartwright", variant=0, decl=0, witnessed="DC 1422 HALE")
    write_photo_jpeg(F.f("IMG_0583.jpg"), ellie, seed=583, size=10.5)

    osei = mg11(U, "Janet OSEI", "Over 18", "CCTV control room officer, Harrowdale Borough Council", [
        "I am employed by Harrowdale Borough Council as a CCTV control room officer. The council's public space cameras record "
        "continuously and the recordings are kept for 31 days. The system clock is synchronised daily.",
        "On 6 May 2026 at the request of DC Hale I searched the recording from camera HB-17 (Brackenfield Road / High Street) "
        "between 02:30 and 03:15 on 3 May 2026. At 02:47:20 a young woman walks from Brackenfield Road into the High Street alone and "
        "holds the railing outside the library for about 10 seconds. Nothing else relevant appears. I exported that clip, "
        "02:47:00 to 02:48:30, and produce it as exhibit JO/1.",
    ], "06/05/2026", sig="J. Osei", variant=2, decl=1, force="HARROWDALE POLICE ATLAS")
    write_txt(F.f("Osei CCTV production.txt"), osei, width=92)
    make_video(F.f("council_CCTV_JO1.mp4"), 4, ["HB-17 BRACKENFIELD RD/HIGH ST", "03-05-2026 02:47:20", "EXH JO/1"], seed=1717, style="cctv", audio=False)

    prie = mg11(U, "Dr Alan PRIESTLEY", "Over 18", "Forensic physician", [
        "I am a registered medical practitioner (GMC 6012745) and have worked as a forensic physician since 2011. I hold the "
        "Licentiate of the Faculty of Forensic and Legal Medicine. I understand my duty to the court.",
        "On 3 May 2026 at 15:10 at the Harrowdale SARC I examined Natalia KOWALSKA, aged 19, with her written consent, which "
        "included consent to release of my notes and findings to the police and CPS. She gave a history of vaginal penetration "
        "while asleep at about 02:30 after drinking heavily and possibly being given a drink containing a drug.",
        "There were no injuries on general or genital examination. The absence of injury neither supports nor undermines her "
        "account; most women who report rape have no genital injury.",
        "Samples: high vaginal swab AP/1, low vaginal swab AP/2, external swab AP/3, blood (taken 15:40) AP/4, urine (15:45) AP/5. "
        "Handed to DC Hale at 16:30.",
    ], "04/05/2026", sig="A Priestley", variant=0, decl=0)
    write_scan_pdf(F.f("scan_0002.pdf"), prie, seed=22, serif=True, created=(2026, 5, 4, 17, 0))

    sfr = [
        ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("kv", [("Police URN", U), ("Laboratory", "Castlegate Forensics Ltd, ref CF-26-3371"), ("Reporting scientist", "Ms Priya DESAI"),
                ("Date", "21/07/2026"), ("Subject", "Natalia KOWALSKA (complainant); Ryan TULLY (suspect)")]),
        ("h", "Result"),
        ("p", "Semen was identified on the high vaginal swab (AP/1). A DNA profile from it matches Ryan TULLY's reference sample "
              "(MH/3). The match probability is less than one in a billion. This result is consistent with vaginal intercourse "
              "between them."),
        ("h", "Outstanding"),
        ("p", "Toxicology on AP/4 and AP/5 (alcohol and drugs including GHB and benzodiazepines) is in progress: target date "
              "15/01/2027."),
        ("small", "This SFR1 is a summary of a forensic finding for use in case management. It is not a full expert statement."),
    ]
    write_pdf(F.f("SFR1 Castlegate 26-3371.pdf"), sfr, head=("Castlegate Forensics Ltd", ""), created=(2026, 7, 21, 10, 0))

    roti = [
        ("title", "RECORD OF TAPED INTERVIEW (ROTI)"),
        ("kv", [("URN", U), ("Person interviewed", "TULLY, Ryan Christopher"), ("Date", "12/05/2026"),
                ("Times", "14:10 - 14:58"), ("Place", "Harrowdale Central custody, IR1"), ("Officers", "DC 1422 HALE, DC 887 RUDD"),
                ("Others present", "Mr J. PEMBERTON, solicitor")]),
        ("table", ["Time", "Person", "Text"], [1, 1.5, 7], [
            ["14:10", "DC Hale", "Caution given and explained; suspect understands."],
            ["14:12", "TULLY", "Says he knew Natalia 'a bit' through Ellie's brother; had seen her at two parties."],
            ["14:16", "DC Hale", "What happened at the party? TULLY: they got talking in the kitchen, 'she was flirting with me', they 'sort of kissed' at about one."],
            ["14:22", "TULLY", "Says Natalia asked him to come upstairs with her; she was 'a bit drunk but not that drunk', walking by herself."],
            ["14:27", "DC Rudd", "Puts that a witness saw him holding her up on the stairs. TULLY: 'I had my arm round her, that's all.'"],
            ["14:31", "TULLY", "Says they had sex and she was 'into it', awake throughout; she then 'just got up and left, I don't know why'."],
            ["14:38", "DC Rudd", "Asks whether he gave her a drink. TULLY: he may have handed her a cup from the table but did not make it; denies putting anything in it."],
            ["14:44", "DC Hale", "Shown Snapchat 'u ok? last night was mad haha'. TULLY: he meant the party was mad."],
            ["14:55", "J. Pemberton", "Client denies the offence; nothing to add."],
        ]),
        ("p", "Prepared by DC 1422 HALE, 13/05/2026."),
    ]
    write_docx(F.f("ROTI TULLY 12-05-26.docx"), roti, head="OFFICIAL-SENSITIVE", foot="MG15 page {page} of {pages}", created=(2026, 5, 13, 10, 0))

    pnc = [
        ("title", "PNC Print - Convictions / Cautions"),
        ("kv", [("Name", "TULLY, RYAN CHRISTOPHER"), ("DOB", "09/08/2005"), ("PNCID", "23/0551902C")]),
        ("table", ["Date", "Disposal", "Offence", "Force"], [1.5, 2, 5, 2], [
            ["14/04/2023", "Simple caution", "Possession of a controlled drug - class B (cannabis), MDA 1971 s.5(2)", "Harrowdale Police"]]),
        ("p", f"Printed 30/11/2026 for URN {U}."),
    ]
    write_pdf(F.f("PNC TULLY.pdf"), pnc, created=(2026, 11, 30, 9, 0))
    wpnc = [
        ("p", f"PNC CHECKS - CIVILIAN PROSECUTION WITNESSES - URN {U} - 30/11/2026 - DC 1422 HALE"),
        ("table", ["Witness", "Result"], [3, 7], [
            ["KOWALSKA, Natalia", "No trace"],
            ["CARTWRIGHT, Ellie", "1 conviction: 11/10/2022 Harrowdale Youth Court, theft from a shop (value 38.50), conditional discharge 12 months. Print attached below."],
            ["OSEI, Janet", "No trace"],
        ]),
        ("p", "CARTWRIGHT, ELLIE  DOB 21/02/2006  PNCID 22/0610077P  - 11/10/2022 theft (shoplifting) TA 1968 s.1 - CD 12m."),
    ]
    write_txt(F.f("witness convictions.txt"), wpnc, width=100)

    c_rows = [
        ["1", "Front counter incident log HD-20260503-0388, opened 11:22 by PC 2231 - records complainant's first words.", "With file"],
        ["2", "Crime report HD/26/5521 with investigation log to 01/12/2026.", "With file"],
        ["3", "PC 2231 Okafor PNB pp 88-91 (exhibit CO/1) - complainant's first complaint, 03/05/2026 11:25-11:50.", "With file"],
        ["4", "SARC referral form (police section) 03/05/2026.", "RASSO office"],
        ["5", "ABE interview plan, DC Rudd / DC Hale, 04/05/2026.", "RASSO office"],
        ["6", "Interpreter booking record and NRPSI registration of Mrs A. Nowak.", "RASSO office"],
        ["7", "DPN signed 05/05/2026 and kiosk filter sheet.", "With file"],
        ["8", "Kiosk extraction report MH/1 (Snapchat with ryan_t_99 02/05 18:00 - 10/05 23:59; photos/videos 02/05 20:00 - 03/05 04:00).", "With file"],
        ["9", "Photos from complainant's phone 02/05/2026 21:40-00:55 (11 images) showing her at the party; last one 00:55.", "Digital evidence system"],
        ["10", "House-to-house proforma Brackenfield Road 06/05/2026 - 12 addresses, nil of note.", "RASSO office"],
        ["11", "Guest list supplied by Ellie Cartwright (14 names) with record of who was contacted.", "RASSO office"],
        ["12", "Officer's note of conversation with guest Liam ROWE 10/05/2026 - saw Natalia and Ryan 'flirting a bit' about midnight; saw nothing later.", "With file"],
        ["13", "Officer's note of conversation with guest Chloe BRAND 10/05/2026 - saw them chatting in kitchen about midnight; did not see them kiss.", "With file"],
        ["14", "Officer's note of conversation with guest Aaron MISTRY 10/05/2026 - in the garden all night; saw nothing relevant.", "RASSO office"],
        ["15", "Officer's note of conversation with guest Kieran DOYLE 11/05/2026 - left 01:00; saw nothing relevant.", "RASSO office"],
        ["16", "E-mail from Co-op store manager 07/05/2026 - camera overwritten after 72 hours, nothing retained.", "Correspondence"],
        ["17", "Council CCTV search record, camera HB-17, 02:30-03:15 on 03/05/2026 (Ms Osei) - only relevant footage is the clip exhibited as JO/1.", "RASSO office"],
        ["18", "Custody record TULLY 12/05/2026 and bail conditions notice.", "Custody system"],
        ["19", "Interview audio master 12/05/2026 (sealed HD 441955).", "Property store"],
        ["20", "Review log of TULLY's iPhone MH/2 extraction - messages with/about complainant 02/05-12/05/2026.", "Digital evidence system"],
        ["21", "MG21 submission for AP/1-AP/5 and MH/3, 08/05/2026; lab acknowledgement with toxicology target date 15/01/2027.", "RASSO office"],
        ["22", "Early advice note, CPS RASSO (D. Ashe) 19/05/2026.", "RASSO office"],
        ["23", "PNC print of witness Ellie CARTWRIGHT - theft 2022.", "With file"],
        ["24", "Record of special measures and s.28 discussions with complainant 05/05 and 14/10/2026 (with interpreter).", "Crime report"],
        ["25", "Bail extension authority, Supt, 08/08/2026.", "Custody system"],
        ["26", "Statement-taking notes of Ellie Cartwright 09/05/2026 (first draft, same content as signed MG11).", "RASSO office"],
        ["27", "Snapchat message TULLY to complainant 03/05/2026 13:05 'u ok? last night was mad haha' (within MH/1).", "With file"],
        ["28", "Victim contact log - updates given to complainant via ISVA and interpreter.", "Crime report"],
    ]
    mg6c = [
        ("right", "MG6C"),
        ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", U), ("R v", "TULLY, Ryan Christopher"), ("Disclosure officer", "DC 1422 M. HALE")]),
        ("table", ["Item no.", "Description and relative location", "Location", "CPS comment"], [0.8, 6.5, 1.8, 1.3], [r + [""] for r in c_rows]),
        ("p", "Signature: M Hale (disclosure officer)    Date: 01/12/2026"),
    ]
    write_pdf(F.f("MG6C Tully.pdf"), mg6c, head=("OFFICIAL-SENSITIVE when complete", f"URN {U}"), foot="MG6C  page {page} of {pages}",
              created=(2026, 12, 1, 15, 0), size=12)
    mg6d = [
        ("right", "MG6D"),
        ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
        ("kv", [("URN", U), ("R v", "TULLY")]),
        ("table", ["No.", "Description", "Reason", "Location"], [0.6, 4.5, 4, 1.5], [
            ["1", "SARC / forensic physician full notes, 03/05/2026 (released with consent).", "Complainant's confidential medical information.", "Sealed"],
            ["2", "ISVA referral form and ISVA contact notes.", "Complainant's support and contact details.", "Crime report (restricted)"],
            ["3", "Complainant's immigration status note (settled status) recorded for victim care.", "Personal information of a witness; no bearing on issues.", "Crime report (restricted)"],
        ]),
        ("p", "Signed M Hale 01/12/2026"),
    ]
    write_pdf(F.f("MG6D Tully.pdf"), mg6d, head=("OFFICIAL-SENSITIVE", ""), created=(2026, 12, 1, 15, 5))
    mg6e = [
        ("right", "MG6E"),
        ("title", "Disclosure officer's report"),
        ("kv", [("URN", U), ("Disclosure officer", "DC 1422 Martin HALE"), ("Date", "01/12/2026")]),
        ("p", "In my view the following might undermine the prosecution case or assist the defence: MG6C items 12 and 13 (guests "
              "saw them chatting and flirting at about midnight - copies with file); item 23 (Ellie Cartwright's conviction for theft - copy with "
              "file); item 3 (first complaint notes - copy with file). Items 1, 2 and 27 are sent with the file as well."),
        ("p", "Signed: M Hale"),
    ]
    write_docx(F.f("MG6E.docx"), mg6e, created=(2026, 12, 1, 15, 10))
    notes = [
        ("title", "Officer's notes of conversations with party guests"),
        ("kv", [("URN", U), ("Officer", "DC 1422 M. HALE"), ("Date", "10/05/2026"), ("MG6C", "items 12 and 13")]),
        ("h", "Liam ROWE (guest), by phone 10:40"),
        ("p", "At about midnight saw Natalia and Ryan in the kitchen, 'chatting and flirting a bit, laughing'. Did not see them kiss. "
              "Went into the garden about 00:30 and did not see either of them again. Did not see anyone make drinks for anyone. "
              "Does not wish to make a statement; has nothing else to add."),
        ("h", "Chloe BRAND (guest), at her home 14:15"),
        ("p", "Saw them talking in the kitchen around midnight; 'they looked like they were getting on'. Did not see them kiss. "
              "Later saw Natalia 'really drunk, leaning on the wall' in the hallway at about 01:30. Left at 01:40. Happy to make a "
              "statement if needed."),
        ("p", "M Hale DC 1422"),
    ]
    write_pdf(F.f("notes of guest conversations 10-05-26.pdf"), notes, created=(2026, 5, 10, 18, 0))

    mg12 = [
        ("p", f"MG12  EXHIBIT LIST   URN {U}   R v TULLY"),
        ("table", ["Exhibit", "Description", "Produced by"], [1.2, 6, 3], [
            ["HR/1", "ABE recording of Natalia KOWALSKA 05/05/2026 (file VRI_KOWALSKA_050526.mp4)", "DC 887 RUDD"],
            ["CO/1", "Copy PNB pp 88-91, first complaint 03/05/2026", "PC 2231 OKAFOR"],
            ["MH/1", "Kiosk extraction report, complainant's phone (limited)", "DC 1422 HALE"],
            ["MH/2", "iPhone of Ryan TULLY", "DC 1422 HALE"],
            ["MH/3", "Buccal swab, Ryan TULLY", "DC 1422 HALE"],
            ["JO/1", "Council CCTV clip HB-17 03/05/2026 02:47:00-02:48:30 (file council_CCTV_JO1.mp4)", "Janet OSEI"],
            ["AP/1-AP/3", "Vaginal and external swabs", "Dr A. PRIESTLEY"],
            ["AP/4, AP/5", "Blood and urine for toxicology", "Dr A. PRIESTLEY"],
        ]),
    ]
    write_txt(F.f("MG12 Tully.txt"), mg12, width=100)

    dpn = [
        ("title", "Digital Processing Notice - victim / witness"),
        ("kv", [("URN", U), ("Person", "Natalia KOWALSKA"), ("Device", "Samsung Galaxy A54, blue case"), ("Date", "05/05/2026"),
                ("Interpreter", "Mrs A. Nowak (Polish) - notice read and explained in Polish")]),
        ("h", "Reason for the request"),
        ("p", "The suspect sent you a Snapchat message after the party, and photographs you took at the party may show how you "
              "were during the evening. These are reasonable lines of enquiry in this investigation."),
        ("h", "What will be extracted"),
        ("p", "Only: (1) your Snapchat conversation with user 'ryan_t_99' from 18:00 on 02/05/2026 to 23:59 on 10/05/2026; "
              "(2) photographs and videos created on the phone between 20:00 on 02/05/2026 and 04:00 on 03/05/2026. "
              "No other data will be extracted or examined."),
        ("h", "Your rights"),
        ("p", "You do not have to agree. If you agree you can ask questions at any time. Data will be held securely for the case "
              "and may be disclosed to the defence where the law requires it."),
        ("p", "Agreement: I agree to the above.  Signed: N. Kowalska  05/05/2026 12:40\nOfficer: M Hale DC 1422"),
    ]
    write_pdf(F.f("DPN 05-05-26.pdf"), dpn, head=(FORCE, ""), created=(2026, 5, 5, 12, 45))
    ext = [
        ("title", "Self-service kiosk extraction report"),
        ("kv", [("Exhibit", "MH/1"), ("URN", U), ("Device", "Samsung Galaxy A54 (complainant)"),
                ("Filters", "Snapchat: ryan_t_99, 02/05/2026 18:00 - 10/05/2026 23:59; Media created 02/05/2026 20:00 - 03/05/2026 04:00"),
                ("Result", "Snapchat: 6 messages; media: 11 photos, 0 videos")]),
        ("table", ["Time", "Item"], [2, 7], [
            ["02/05/2026 21:40", "Photo - complainant and housemate in kitchen"],
            ["03/05/2026 00:55", "Photo - group in living room (last media item)"],
            ["03/05/2026 13:05", "Snapchat received from ryan_t_99: 'u ok? last night was mad haha'"],
        ]),
    ]
    write_pdf(F.f("Kiosk report NK.pdf"), ext, created=(2026, 5, 5, 14, 0))

    vps = [
        ("title", "VICTIM PERSONAL STATEMENT"),
        ("kv", [("URN", U), ("Name", "Natalia KOWALSKA"), ("Date", "20/10/2026"), ("Interpreter", "Mrs A. Nowak (read back in Polish)")]),
        ("p", "I want the court to know how this has changed my life. I stopped going to college for two months and I nearly "
              "lost my place. I do not go to parties now. I check every drink. I have not told my family in Poland because I am "
              "ashamed, even though I know it was not my fault. I have counselling and my ISVA has helped me a lot."),
        ("p", "I understand this statement may be read in court and the defendant may see it.\nSigned: N. Kowalska   20/10/2026"),
    ]
    write_pdf(F.f("VPS Kowalska.pdf"), vps, created=(2026, 10, 20, 16, 0))

    cr = [
        ("title", "CRIME REPORT HD/26/5521"),
        ("kv", [("URN", U), ("Offence", "Rape (SOA 2003 s.1)"), ("When", "03/05/2026 about 02:00-02:35"),
                ("Where", "31 Brackenfield Road, Harrowdale (back bedroom)"), ("Reported", "03/05/2026 11:20 in person, front counter"),
                ("Victim", "KOWALSKA, Natalia (F, 19) - Polish national; first language Polish; interpreter needed for court"),
                ("Suspect", "TULLY, Ryan Christopher - bailed with conditions"), ("OIC", "DC 1422 HALE")]),
        ("table", ["Date", "Entry"], [1.3, 8], [
            ["03/05/2026", "Report at front counter to PC 2231. SARC 15:10. ISVA referral (Polish-speaking ISVA)."],
            ["05/05/2026", "ABE with interpreter. DPN - limited extraction. VPS offered."],
            ["12/05/2026", "Suspect arrested and interviewed; bailed."],
            ["19/05/2026", "Early advice from CPS."],
            ["21/07/2026", "SFR1 DNA result received; toxicology target 15/01/2027."],
            ["20/10/2026", "VPS made."],
        ]),
    ]
    write_pdf(F.f("CRIME REPORT HD-26-5521.pdf"), cr, head=("HARROWDALE POLICE - ATLAS", ""), created=(2026, 12, 1, 9, 0))
    inc = [
        ("p", "HARROWDALE POLICE  INCIDENT HD-20260503-0388   (front enquiry office report)"),
        ("table", ["Time", "By", "Narrative"], [1, 1, 8], [
            ["11:22", "2231", "FEMALE AT FRONT COUNTER REPORTING RAPE AT HOUSE PARTY BRACKENFIELD RD OVERNIGHT. STATES 'I THINK I WAS RAPED'. MALE NAMED RYAN. TAKEN TO FOYER INTERVIEW ROOM."],
            ["11:40", "2231", "VICTIM STATES SHE WAS ASLEEP. NOT INJURED. HAS NOT SHOWERED. FIRST PERSON SHE HAS TOLD."],
            ["11:45", "D219", "RASSO ON CALL DC 1422 INFORMED."],
            ["12:05", "1422", "DC HALE WITH VICTIM. SARC ARRANGED 15:00."],
        ]),
    ]
    write_txt(F.f("Incident log - front counter report.txt"), inc, width=100)

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "FORENSIC", "ROTI", "PNC", "MG6C",
                          "MG6D", "MG6E", "MG12", "DPN", "DIGITAL_EXTRACT", "VPS", "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                          "dmd", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 export ATLAS 0412.txt", "type": "MG3"},
            {"name": "VRI_KOWALSKA_050526.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary Kowalska.docx", "type": "ABE_SUMMARY"},
            {"name": "Rudd HR1 statement.pdf", "type": "MG11", "role": "officer"},
            {"name": "PC 2231 Okafor.docx", "type": "MG11", "role": "officer"},
            {"name": "Hale OIC MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "IMG_0583.jpg", "type": "MG11", "role": "witness"},
            {"name": "Osei CCTV production.txt", "type": "MG11", "role": "witness"},
            {"name": "council_CCTV_JO1.mp4", "type": "CCTV"},
            {"name": "scan_0002.pdf", "type": "MG11", "role": "expert"},
            {"name": "SFR1 Castlegate 26-3371.pdf", "type": "FORENSIC"},
            {"name": "ROTI TULLY 12-05-26.docx", "type": "ROTI"},
            {"name": "PNC TULLY.pdf", "type": "PNC"},
            {"name": "witness convictions.txt", "type": "PNC"},
            {"name": "MG6C Tully.pdf", "type": "MG6C"},
            {"name": "MG6D Tully.pdf", "type": "MG6D"},
            {"name": "MG6E.docx", "type": "MG6E"},
            {"name": "MG12 Tully.txt", "type": "MG12"},
            {"name": "DPN 05-05-26.pdf", "type": "DPN"},
            {"name": "Kiosk report NK.pdf", "type": "DIGITAL_EXTRACT"},
            {"name": "VPS Kowalska.pdf", "type": ["VPS", "MG11"]},
            {"name": "CRIME REPORT HD-26-5521.pdf", "type": "CRIME_REPORT"},
            {"name": "Incident log - front counter report.txt", "type": "INCIDENT_LOG"},
        ],
    })


# ===========================================================================
# Folder I  -  Greywater Constabulary, URN 54GW0488126  -  COMPLIANT (charging)
# Amber FLETCHER (16, ABE with Registered Intermediary) / Jordan KEMPE (22)
# Two first-account witnesses: best friend by Snapchat text (Tia MORRIS, 16) and
# "her head of year" (Yvonne BRADSHAW, phone photo). Her mother is NOT a
# first-account witness (told by the school) and made no statement - trap.
# Proportionate third-party request to the school, with written notice.
# Files named Doc1/Doc2/Doc3.docx. ROTI table runs over several PDF pages.
# ===========================================================================
def build_I(outdir):
    F = Folder(outdir, "54GW0488126", "54GW0488126")
    U = F.urn
    FORCE = "Greywater Constabulary"

    mg3 = [
        ("p", f"{FORCE}  -  MG3"),
        ("title", "Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", U), ("Suspect", "KEMPE, Jordan Lee, 22"), ("Offence", "Rape - Sexual Offences Act 2003, s.1"),
                ("Complainant", "Amber FLETCHER, 16 (vulnerable witness: under 18; autism and ADHD)"),
                ("OIC", "DC 2205 Fiona KERR, Greywater Child and Adult Protection - 01632 960552 / 07700 900552 - fiona.kerr@greywater.police.example")]),
        ("p", "I request a charging decision on the full code test."),
        ("p", "Amber FLETCHER is 16 and in Year 12 at St Aldhelm's Academy, Greywater. Jordan KEMPE, 22, is a friend of her older "
              "cousin and she had known him for about a year. On Sunday 14 September 2026 at about 20:30 he offered her a lift "
              "home from her cousin's house. Instead of taking her home he drove to the car park at Tollgate Country Park, which "
              "was empty, and parked. She says he kissed her and she kissed him back for a short time, then told him she wanted "
              "to go home. He told her to get in the back 'for a minute', got in beside her, pulled her leggings down and had "
              "vaginal sex with her while she said 'no' and 'I want to go home' and tried to pull her leggings back up. He then "
              "drove her home, dropping her at the end of her road at about 21:50, and said 'don't tell anyone about tonight, "
              "yeah'."),
        ("p", "She has described what happened to two people before the police. At 22:10 that night she sent a Snapchat message to "
              "her best friend, Tia MORRIS (16): 'something bad happened with jordan. he made me have sex with him in his car. i "
              "said no'. They then messaged until about 23:00. The next morning at 08:50 Tia took her to her head of year, who is "
              "also the school's designated safeguarding lead, and Amber told her what had happened; the school called the "
              "police at 09:35. Both have made statements. Amber's mother, Mrs Kerry FLETCHER, was told by the school, not by "
              "Amber; she has no direct evidence and has not made a statement."),
        ("p", "PC 4102 MORGAN attended the school at 10:15 and obtained brief details only, as he was asked to by the safeguarding "
              "lead and the on-call RASSO supervisor, with her mother present. A Registered Intermediary, Ms Lorna BELL, assessed "
              "Amber on 16 September and recommended short questions, a visual timeline and a break every 20 minutes. The ABE "
              "interview took place on 18 September with Ms Bell present; the recording is exhibited by me as FK/1 and is with "
              "the file, with a summary."),
        ("p", "She was examined at the Greywater SARC on 15 September by Dr Sunita RAO, forensic physician. Amber, and her mother "
              "with her, signed consent to the release of the SARC records. Dr Rao found a 3 cm bruise on the left hip, which "
              "Amber says happened when she was pushed against the seat belt buckle. The laboratory (Meridian Forensic, 24 "
              "October) reports semen on the high vaginal swab with a DNA profile matching KEMPE."),
        ("p", "KEMPE was arrested on 16 September and interviewed that afternoon with a solicitor. He accepts sex took place in the "
              "car and says she agreed to it and suggested getting in the back. He says she never said no. He says he 'thought "
              "she was 17, not that it matters'. Asked about his message 'don't tell anyone about tonight yeah', which he sent "
              "by Snapchat at 22:02, he says he meant her cousin would not approve. He has previous convictions for assault by "
              "beating (2022) and possession of cannabis (2021): PNC attached. He is on pre-charge bail to 16/03/2027 with "
              "conditions: not to contact Amber FLETCHER or Tia MORRIS directly or indirectly; not to go within 200 metres of St "
              "Aldhelm's Academy; to live and sleep at his home address. The bail extension was authorised by Supt WILLOUGHBY on "
              "10/12/2026."),
        ("h", "Lines of enquiry and digital material"),
        ("p", "Pursued: the two first complaints and the Snapchat messages themselves; the school's record of the disclosure; "
              "SARC; forensics; ANPR, which puts his car on the Tollgate Road at 20:58 heading towards the park (print on the "
              "MG6C); CCTV - none exists: the country park car park has no cameras (confirmed by the council parks department "
              "by e-mail on 17 September) and there are none at the end of her road. The cousin, Shannon HOLT, was spoken to; "
              "she saw them leave together at 20:30 and says Amber 'seemed fine' - this is recorded on the MG6C and she was not "
              "asked for a statement as she wished not to give one; her account is disclosed as it could assist the defence. "
              "Nobody else was at the car park according to either of them."),
        ("p", "Amber's phone: she and her mother agreed to a limited extraction after the Digital Processing Notice was explained "
              "to them with the intermediary's help on 18 September. The parameters were her Snapchat conversation with Tia "
              "from 21:45 on 14 September to 09:00 on 15 September (the first complaint), and her Snapchat and WhatsApp "
              "conversations with KEMPE from 1 to 20 September 2026 (he says earlier messages show she was interested in him). "
              "Nothing else was extracted. KEMPE's phone was seized on arrest; the review covered his messages with Amber and his "
              "messages to others on 14-16 September."),
        ("p", "Third-party material: on 23 September I asked St Aldhelm's Academy for its safeguarding log entry of 15 September "
              "2026 and the safeguarding lead's notes of her meeting with Amber that morning, and nothing else. The reason is that "
              "they are the written record of her first complaint to an adult, made within the hour, and may show whether her "
              "account has been consistent; the request was limited to that morning because nothing suggests any other school "
              "record is relevant to an issue in the case. Amber and her mother were given written notice of the request on "
              "22 September, before it was sent (letter attached). The school's reply is attached. We have not asked for her "
              "CAMHS or GP records: her diagnosis matters only to how she gives evidence, which the intermediary's report deals "
              "with, and nothing suggests those records say anything about the allegation, so a request would not be necessary "
              "or proportionate."),
        ("p", "There are no outstanding lines of enquiry. The full disclosure and digital strategy is in the DMD."),
        ("h", "Disclosure"),
        ("p", "MG6C, MG6D and the DMD are attached. Rebuttable presumption material with the file: the incident log, the crime "
              "report, the school's record of first complaint, PC Morgan's statement, and PNC checks on Amber, Tia and Mrs "
              "Bradshaw (all nil)."),
        ("h", "Victim care and special measures"),
        ("p", "Amber is a vulnerable witness under s.16 (under 18, and autism). An MG2 is attached. The ABE will be her evidence in "
              "chief. Amber and her mother want her cross-examination pre-recorded under s.28, with the Registered Intermediary "
              "present; she would give any live evidence by live link with her mother as supporter. Her needs: breaks every 20 "
              "minutes, a written agenda before any meeting, contact through her mother, and no interpreter. She has been "
              "referred to a children and young people's ISVA (Nadia FOSTER, Greywater CHISVA). A VPS was offered to Amber and "
              "to her mother on 18 September; Amber wants to make one later; her mother does not wish to make one at present."),
        ("p", "Early advice was not sought. The DI reviewed the case on 20 September and decided to proceed to a full code test "
              "submission because the evidence had been gathered quickly and the suspect had already been interviewed; the "
              "rationale is on the crime report."),
        ("p", "Supervisor: reviewed and approved for submission - DS 3310 Owen PRICE, 14/12/2026."),
        ("small", "OFFICIAL-SENSITIVE"),
    ]
    write_docx(F.f("Doc1.docx"), mg3, foot="Page {page} of {pages}", created=(2026, 12, 14, 11, 0), author="FKERR")

    make_video(F.f("20260918_VRI_AF.mp4"), 5, ["GREYWATER VRI SUITE A", "18/09/2026 10:31", f"FK/1 {U}"], seed=2205)
    abe = [
        ("title", "VRI summary - Amber FLETCHER (16)"),
        ("kv", [("URN", U), ("Date", "18/09/2026, Greywater VRI suite A, 10:31-11:52 (two breaks)"), ("Interviewer", "DC 2205 F. KERR"),
                ("Monitor", "DC 1877 P. ASLAM"), ("Registered Intermediary", "Ms Lorna BELL (in the room)"), ("Exhibit", "FK/1")]),
        ("table", ["Time", "Summary"], [1, 7], [
            ["00:00", "Introductions, the intermediary's role, ground rules using picture cards. Amber uses her visual timeline."],
            ["05:30", "Free narrative: at cousin Shannon's house; Jordan offered a lift; drove to 'the country park' instead; she asked why."],
            ["14:20", "In the car: he kissed her, she kissed back 'for like a second' then said she wanted to go home. He said get in the back for a minute."],
            ["19:05", "BREAK (10 min) - intermediary's recommendation."],
            ["29:15", "In the back: he pulled her leggings down; she said no and 'I want to go home' and tried to pull them up; he had sex with her. She hurt her hip on the seat belt buckle."],
            ["41:00", "He drove her to the end of her road; said 'don't tell anyone about tonight yeah'. He also sent that by Snapchat."],
            ["46:30", "BREAK (10 min)."],
            ["56:40", "Told Tia on Snapchat about 10pm; went to Mrs Bradshaw with Tia in the morning. Did not tell her mum - 'school told her'."],
            ["63:00", "Questions: clarification of the car, positions, words used; earlier messages with Jordan (she says they were 'just chatting')."],
            ["78:10", "Closure."],
        ]),
        ("p", "Summary by DC 2205 F. KERR, 21/09/2026."),
    ]
    write_docx(F.f("Doc2.docx"), abe, head="OFFICIAL-SENSITIVE", created=(2026, 9, 21, 9, 0), author="FKERR")

    kerr = mg11(U, "Fiona KERR", "Over 18", "Detective Constable 2205", [
        "I am a Detective Constable in the Greywater Child and Adult Protection Unit and the officer in this case. I am a trained "
        "ABE interviewer of children and vulnerable adults.",
        "On 16 September 2026 I arranged for Registered Intermediary Lorna BELL to assess Amber FLETCHER. On 17 September I "
        "prepared the interview plan with the intermediary's recommendations (the plan is retained on the unused schedule).",
        "On Friday 18 September 2026 between 10:31 and 11:52 I interviewed Amber on video at the Greywater VRI suite. Ms Bell was "
        "in the room; DC 1877 Aslam monitored. There were two ten-minute breaks. I produce the master recording as FK/1 (sealed, "
        "seal GW 220519); a working copy and the digital file were made from it.",
        "After the interview I explained the Digital Processing Notice to Amber and her mother, Mrs Kerry Fletcher, with Ms Bell "
        "helping. They agreed to the limited extraction described in the notice, which I carried out on the kiosk; I produce the "
        "report as FK/2 and returned the phone the same day.",
        "On 16 September 2026 at 13:20 I arrested Jordan KEMPE at his home. I seized his Samsung phone (FK/3) and a buccal swab "
        "(FK/4). I interviewed him at 16:05 with DC Aslam in the presence of his solicitor.",
    ], "25/09/2026", sig="F Kerr", variant=0, decl=1, n_pages=1)
    write_pdf(F.f("DC KERR MG11.pdf"), kerr, head=("OFFICIAL-SENSITIVE", f"URN {U}"), foot="Page {page} of {pages}", created=(2026, 9, 25, 16, 0))

    morgan = mg11(U, "Rhys MORGAN", "Over 18", "Police Constable 4102", [
        "On Monday 15 September 2026 at 09:41 I was sent to St Aldhelm's Academy, Greywater, where the school had reported that a "
        "pupil had disclosed a rape. I arrived at 10:15 and was the first police officer to attend.",
        "I met the head of year, Mrs Yvonne BRADSHAW, and Amber FLETCHER, 16. Amber's mother arrived at 10:25. On the advice of the "
        "on-call RASSO sergeant, and because Amber is autistic and was very distressed, I asked only for brief details: what had "
        "happened, when, where and who. I did not use my body-worn camera, at the request of her mother, and wrote the details in "
        "my pocket notebook (page 41).",
        "Amber said that a man called Jordan had had sex with her in his car at the country park the night before when she had "
        "said no. She said she had told Tia and Mrs Bradshaw. I arranged the SARC appointment and handed over to DC Kerr at 11:30.",
    ], "15/09/2026", sig="[signed]", variant=2, decl=0, force="GREYWATER CONSTABULARY - RMS")
    write_txt(F.f("PC Morgan statement.txt"), morgan, width=90)
    pnb = [("p", f"PNB 4102 MORGAN p.41 (copy) - URN {U}"),
           ("p", "15/09/26 1020 St Aldhelm's Academy, Mrs Bradshaw's office. Amber FLETCHER (16), mother present from 1025. Brief details "
                 "only (advice of RASSO DS). Amber: 'Jordan - my cousin's friend - had sex with me in his car at the country park last "
                 "night. I said no.' Approx 2100-2140 Sun 14/09. Told Tia (Snapchat) and Mrs Bradshaw. No BWV - mother's request. "
                 "1030 SARC booked 14:00.")]
    write_pdf(F.f("PNB Morgan p41.pdf"), pnb, family="DejaVuSerif", created=(2026, 9, 15, 12, 0))

    tia = mg11(U, "Tia MORRIS", "16", "School pupil", [
        "I am 16 and in Year 12 at St Aldhelm's Academy. Amber Fletcher is my best friend. I am making this statement with my "
        "mum with me.",
        "On Sunday 14 September 2026 at about ten past ten at night I got a Snapchat message from Amber. It said 'something bad "
        "happened with jordan. he made me have sex with him in his car. i said no'. I know Jordan is a friend of her cousin. I "
        "messaged back asking if she was OK and where she was. She said she was home. She said he took her to the country park "
        "instead of taking her home and that she kept saying she wanted to go home. She said her hip hurt. We messaged until about "
        "eleven. I told her she had to tell someone. I saved the messages as screenshots and I produce them as exhibit TM/1.",
        "The next morning I met her at the school gate at about 08:40. She looked like she had been crying all night. I took her to "
        "Mrs Bradshaw's office and stayed outside.",
    ], "19/09/2026", sig="T. Morris", variant=1, decl=0, witnessed="DC 2205 F. KERR (appropriate adult: Mrs D. Morris)", force=FORCE)
    write_pdf(F.f("MORRIS T MG11.pdf"), tia, head=("OFFICIAL-SENSITIVE", ""), foot="Page {page} of {pages}", created=(2026, 9, 19, 19, 0))

    brad = mg11(U, "Yvonne BRADSHAW", "Over 18", "Head of Year 12 and Designated Safeguarding Lead", [
        "I am Head of Year 12 at St Aldhelm's Academy, Greywater, and the school's Designated Safeguarding Lead. I have taught "
        "there for fourteen years.",
        "On Monday 15 September 2026 at about 08:50 Tia Morris brought Amber Fletcher to my office. Amber was shaking. I asked her "
        "what was wrong. She said 'Jordan made me have sex with him last night in his car. I told him no.' She said Jordan was a "
        "friend of her cousin, that he was supposed to drive her home but drove to Tollgate Country Park, and that he pulled her "
        "leggings down in the back of the car. She said she kept saying she wanted to go home. She said her hip was hurting.",
        "I wrote notes during the conversation and put them on the school's safeguarding system at 09:30. At 09:35 I telephoned "
        "the police, and then Amber's mother. I stayed with Amber until PC Morgan arrived at 10:15.",
    ], "17/09/2026", sig="Y Bradshaw", variant=0, decl=0)
    write_photo_jpeg(F.f("IMG_7702.jpg"), brad, seed=7702, size=10.5)

    rao = mg11(U, "Dr Sunita RAO", "Over 18", "Forensic physician", [
        "I am a registered medical practitioner (GMC 7133906) and a forensic physician at the Greywater Sexual Assault Referral "
        "Centre, where I examine adults and young people aged 13 and over. I hold the MFFLM. I understand my duty to the court.",
        "On 15 September 2026 at 14:00 I examined Amber FLETCHER, aged 16, with her mother present. I assessed Amber as able to "
        "understand and give consent, which she did in writing; her mother also signed. The consent included release of my notes "
        "to the police and CPS.",
        "There was a 3 x 2 cm bruise over the front of the left hip bone, purple, tender. It is consistent with her account of "
        "being pressed against a seat belt buckle about 17 hours earlier. There were no genital injuries; this does not mean "
        "penetration did not take place.",
        "Samples: HVS SR/1, LVS SR/2, blood SR/3, urine SR/4, leggings and knickers SR/5. Handed to DC Kerr at 15:10.",
    ], "16/09/2026", sig="S Rao", variant=1, decl=1, force="Greywater SARC")
    write_docx(F.f("Dr Rao statement.docx"), rao, head="OFFICIAL-SENSITIVE", created=(2026, 9, 16, 12, 0))

    lab = [
        ("title", "Meridian Forensic - Results"),
        ("kv", [("Police URN", U), ("Lab ref", "MF-GW-26-1184"), ("Date", "24/10/2026"), ("Scientist", "Mr Tomasz WROBEL")]),
        ("p", "SR/1 (high vaginal swab): semen present. DNA profile matches the reference profile of Jordan KEMPE (FK/4); match "
              "probability below one in a billion. SR/5: semen staining on the knickers; not profiled as not needed. "
              "Toxicology on SR/3 and SR/4 was not requested: no intoxication is alleged. No further work outstanding."),
    ]
    write_pdf(F.f("lab_result_MF-GW-26-1184.pdf"), lab, created=(2026, 10, 24, 10, 0))

    rrows = []
    qa = [
        ("DC Kerr", "Caution. Suspect says he understands."),
        ("KEMPE", "Knows Amber through her cousin Shannon. Has known her about a year."),
        ("DC Kerr", "Why did you offer her a lift? KEMPE: 'She asked me.'"),
        ("DC Kerr", "Why the country park? KEMPE: 'She said she didn't want to go home yet.'"),
        ("KEMPE", "Says they were talking, then she kissed him."),
        ("DC Aslam", "Whose idea was it to go in the back? KEMPE: 'Hers.'"),
        ("KEMPE", "Says they had sex and she was 'well up for it'."),
        ("DC Aslam", "She says she said no. KEMPE: 'She never said no. Never.'"),
        ("DC Aslam", "She says she said she wanted to go home. KEMPE: 'Only after. She said she had school.'"),
        ("DC Kerr", "Did you pull her leggings down? KEMPE: 'She took them off herself.'"),
        ("DC Kerr", "How old is Amber? KEMPE: 'I thought she was 17. Not that it matters, she's legal.'"),
        ("DC Kerr", "Shown Snapchat 22:02 'don't tell anyone about tonight yeah'. KEMPE: 'Her cousin wouldn't like it, that's all.'"),
        ("DC Aslam", "Why would her cousin not like it? KEMPE: 'Because she's young.'"),
        ("DC Aslam", "She has a bruise on her hip. KEMPE: 'Don't know anything about that. Cars are small.'"),
        ("DC Kerr", "Did she seem upset when you dropped her off? KEMPE: 'No, she was fine, quiet.'"),
        ("DC Kerr", "Why drop her at the end of the road and not her door? KEMPE: 'Her mum's strict.'"),
        ("Solicitor", "My client has answered all questions."),
        ("DC Kerr", "Any further comment? KEMPE: 'I didn't rape anyone.'"),
        ("DC Kerr", "Interview concluded 16:51."),
    ]
    t = 0
    for i, (who, txt) in enumerate(qa):
        rrows.append([f"{t // 60:02d}:{t % 60:02d}", who, txt])
        t += 95 + (i * 37) % 80
    roti = [
        ("right", "MG15"),
        ("title", "Record of Taped Interview"),
        ("kv", [("URN", U), ("Interviewee", "KEMPE, Jordan Lee"), ("Date", "16/09/2026"), ("Commenced", "16:05"),
                ("Concluded", "16:51"), ("Place", "Greywater custody suite, room 4"), ("Interviewing officers", "DC 2205 KERR, DC 1877 ASLAM"),
                ("Others present", "Ms R. OYELOWO, solicitor (Oyelowo Defence)")]),
        ("table", ["Counter", "Speaker", "Record"], [1, 1.3, 7], rrows),
        ("p", "Record prepared by DC 2205 F. KERR on 18/09/2026. (Sgd) F. Kerr"),
    ]
    write_pdf(F.f("ROTI_KEMPE.pdf"), roti, head=("OFFICIAL-SENSITIVE", f"URN {U}"), foot="MG15  Page {page} of {pages}",
              created=(2026, 9, 18, 17, 0), size=14)

    pnc = [
        ("p", f"PNC PRINT (PHOENIX)  -  {U}  -  printed 11/12/2026"),
        ("kv", [("Name", "KEMPE, JORDAN LEE"), ("DOB", "30/04/2004"), ("PNCID", "21/0822016H")]),
        ("table", ["Conv date", "Court", "Offence", "Sentence"], [1.5, 2.5, 4, 3], [
            ["02/06/2021", "Greywater Magistrates", "Possession of cannabis (MDA 1971 s.5(2))", "Fine 120"],
            ["19/01/2022", "Greywater Magistrates", "Assault by beating (CJA 1988 s.39) - victim male, fight outside bar", "Community order 12 months, 80 hrs unpaid work"],
        ]),
    ]
    write_txt(F.f("PNC KEMPE.txt"), pnc, width=100)
    wpnc = [
        ("p", f"Witness PNC checks - {U} - 11/12/2026 - DC Kerr"),
        ("table", ["Witness", "Result"], [4, 4], [["FLETCHER, Amber", "No trace"], ["MORRIS, Tia", "No trace"], ["BRADSHAW, Yvonne", "No trace"]]),
    ]
    write_txt(F.f("witness PNC.txt"), wpnc, width=80)

    c_rows = [
        ["1", "Incident log GW-260915-0217 - school's call at 09:35 reporting disclosure by pupil.", "With file"],
        ["2", "Crime report GW/26/30981 and investigation log (incl. DI's rationale 20/09/2026 for not seeking early advice).", "With file"],
        ["3", "PC Morgan PNB p.41 - brief details from complainant 15/09/2026 10:20.", "With file"],
        ["4", "Registered Intermediary assessment report, Ms L. Bell, 16/09/2026.", "CAPU office"],
        ["5", "ABE interview plan, DC Kerr with RI recommendations, 17/09/2026.", "CAPU office"],
        ["6", "DPN signed 18/09/2026 by Amber and her mother; kiosk parameter sheet.", "With file"],
        ["7", "Kiosk extraction report FK/2 (Snapchat with Tia 14/09 21:45 - 15/09 09:00; Snapchat and WhatsApp with KEMPE 01-20/09/2026).", "With file"],
        ["8", "Review log of KEMPE phone FK/3 - messages with Amber and with others 14-16/09/2026.", "Digital system"],
        ["9", "ANPR print - KEMPE's Ford Focus, Tollgate Road camera, 14/09/2026 20:58 northbound.", "CAPU office"],
        ["10", "E-mail from Greywater Council parks department 17/09/2026 - no cameras at Tollgate Country Park car park.", "Correspondence"],
        ["11", "Officer's note of conversation with Shannon HOLT (cousin) 19/09/2026 - saw them leave at 20:30; Amber 'seemed fine'; declined to make a statement.", "With file"],
        ["12", "Letter to Amber and Mrs Fletcher 22/09/2026 giving notice of request to school.", "With file"],
        ["13", "Request to St Aldhelm's Academy 23/09/2026 and reply 29/09/2026 (safeguarding log 15/09/2026 and DSL notes).", "With file"],
        ["14", "Custody record KEMPE 16/09/2026, bail conditions and extension authority 10/12/2026.", "Custody system"],
        ["15", "Interview recording master 16/09/2026.", "Property store"],
        ["16", "MG21 forensic submission 22/09/2026.", "CAPU office"],
    ]
    mg6c = [
        ("right", "MG6C"),
        ("title", "Police schedule of non-sensitive unused material"),
        ("kv", [("URN", U), ("R v", "Jordan Lee KEMPE"), ("Disclosure officer", "DC 2205 F. KERR")]),
        ("table", ["Item", "Description and relative location", "Location"], [0.6, 7, 2], c_rows),
        ("p", "Signed: F Kerr   Date: 14/12/2026"),
    ]
    write_docx(F.f("MG6C.docx"), mg6c, head="OFFICIAL-SENSITIVE when complete", foot="MG6C p{page}", created=(2026, 12, 14, 10, 0))
    mg6d = [
        ("right", "MG6D"),
        ("title", "Police schedule of sensitive material"),
        ("kv", [("URN", U), ("R v", "KEMPE")]),
        ("table", ["No", "Description", "Reason for sensitivity"], [0.5, 5, 4], [
            ["1", "SARC notes of Dr Rao 15/09/2026 (released with consent).", "Confidential medical records of a child complainant."],
            ["2", "Multi-agency referral (children's social care) made by the school 15/09/2026 - contains family details.", "Third-party safeguarding information about a child."],
            ["3", "CHISVA referral and contact notes.", "Support and contact details of a complainant."],
        ]),
        ("p", "Signed: F Kerr 14/12/2026"),
    ]
    write_pdf(F.f("MG6D.pdf"), mg6d, head=("OFFICIAL-SENSITIVE", ""), created=(2026, 12, 14, 10, 5))
    dmd = [
        ("title", "Disclosure Management Document"),
        ("kv", [("URN", U), ("Case", "R v Jordan Lee KEMPE"), ("Author", "DC 2205 F. KERR"), ("Date", "14/12/2026")]),
        ("h", "Issues"), ("p", "Consent. Intercourse admitted."),
        ("h", "Reasonable lines of enquiry"),
        ("p", "First complaints (Tia MORRIS by Snapchat; Mrs BRADSHAW in person); school log; SARC; DNA; ANPR; CCTV (none exists); "
              "the cousin's account (assists defence - disclosed)."),
        ("h", "Digital"),
        ("p", "Complainant: limited kiosk extraction under DPN, parameters as in the MG3. Suspect: review of messages with the "
              "complainant and to others 14-16/09/2026."),
        ("h", "Third party"),
        ("p", "School: safeguarding log entry 15/09/2026 and DSL notes only, with prior written notice to the complainant and her "
              "mother. CAMHS / GP: not requested - not a reasonable line of enquiry."),
    ]
    write_docx(F.f("Doc3.docx"), dmd, head="OFFICIAL-SENSITIVE", created=(2026, 12, 14, 10, 10), author="FKERR")
    mg12 = [
        ("right", "MG12"), ("title", "Exhibit list"), ("kv", [("URN", U)]),
        ("table", ["Exhibit", "Description", "Produced by"], [1, 5, 2.5], [
            ["FK/1", "VRI of Amber FLETCHER 18/09/2026 (20260918_VRI_AF.mp4)", "DC 2205 KERR"],
            ["FK/2", "Kiosk extraction report (limited), Amber's phone", "DC 2205 KERR"],
            ["FK/3", "Samsung phone of Jordan KEMPE", "DC 2205 KERR"],
            ["FK/4", "Buccal swab, KEMPE", "DC 2205 KERR"],
            ["TM/1", "Screenshots of Snapchat messages 14/09/2026 22:10-23:02", "Tia MORRIS"],
            ["SR/1-SR/5", "HVS, LVS, blood, urine, leggings and knickers", "Dr S. RAO"],
        ]),
    ]
    write_pdf(F.f("MG12.pdf"), mg12, created=(2026, 12, 14, 10, 15))
    mg2 = [
        ("right", "MG2"), ("title", "Special Measures Assessment"),
        ("kv", [("URN", U), ("Witness", "Amber FLETCHER (16)"), ("Eligibility", "s.16 YJCEA 1999: under 18; autism (social communication); also s.17(4)"),
                ("Intermediary", "Registered Intermediary Ms L. BELL assessed 16/09/2026 - recommends intermediary at s.28 hearing and trial; breaks every 20 min; visual timeline"),
                ("Measures sought", "s.27 ABE as evidence in chief; s.28 pre-recorded cross-examination; s.24 live link; s.29 intermediary; supporter (mother)"),
                ("Witness's view", "Amber and her mother want s.28. Amber does not want to see the defendant."),
                ("Other needs", "Written agenda before meetings; contact via mother; no interpreter. CHISVA N. Foster."),
                ("Completed", "DC 2205 F. KERR 25/09/2026")]),
    ]
    write_pdf(F.f("MG2.pdf"), mg2, created=(2026, 9, 25, 17, 0))

    dpn = [
        ("title", "DIGITAL PROCESSING NOTICE (victim/witness under 18)"),
        ("kv", [("URN", U), ("Device user", "Amber FLETCHER (16)"), ("Parent", "Mrs Kerry FLETCHER"), ("Device", "iPhone 12, white"), ("Date", "18/09/2026")]),
        ("p", "Why: Amber's first messages to Tia about what happened, and earlier messages with Jordan which he may say show "
              "she was interested in him."),
        ("p", "What will be taken: Snapchat conversation with Tia Morris from 21:45 on 14/09/2026 to 09:00 on 15/09/2026; Snapchat "
              "and WhatsApp conversations with Jordan Kempe from 01/09/2026 to 20/09/2026. Nothing else."),
        ("p", "Explained with the help of the Registered Intermediary using the easy-read version. You can say no."),
        ("p", "Agreed: A Fletcher   K Fletcher (parent)   18/09/2026 12:20     Officer: F Kerr DC 2205"),
    ]
    write_pdf(F.f("DPN_AF.pdf"), dpn, created=(2026, 9, 18, 12, 30))
    ext = [
        ("p", f"KIOSK EXTRACTION REPORT  FK/2   URN {U}   18/09/2026 12:40-13:15"),
        ("kv", [("Filters", "Snapchat: 'tia.m' 14/09/2026 21:45 - 15/09/2026 09:00; Snapchat + WhatsApp: 'Jordan K' 01/09/2026 - 20/09/2026"),
                ("Items", "Snapchat (Tia) 41; Snapchat (Jordan) 23; WhatsApp (Jordan) 9")]),
        ("table", ["Time", "From", "Text"], [2, 1.5, 6], [
            ["14/09/2026 22:02", "Jordan K", "don't tell anyone about tonight yeah"],
            ["14/09/2026 22:10", "Amber", "something bad happened with jordan. he made me have sex with him in his car. i said no"],
            ["14/09/2026 22:11", "tia.m", "omg are u ok?? where r u"],
            ["07/09/2026 19:15", "Jordan K", "u coming to shannons sunday"],
            ["07/09/2026 19:20", "Amber", "probs lol"],
        ]),
    ]
    write_txt(F.f("extraction FK2.txt"), ext, width=100)
    notice = [
        ("p", "Greywater Constabulary - Child and Adult Protection Unit\n22 September 2026"),
        ("p", "To: Amber Fletcher and Mrs Kerry Fletcher"),
        ("p", f"Our reference: {U}"),
        ("h", "Notice of a request for information from St Aldhelm's Academy"),
        ("p", "Dear Amber and Mrs Fletcher,"),
        ("p", "As we discussed today, I intend to ask St Aldhelm's Academy for two things only: the entry the school made on its "
              "safeguarding system on 15 September 2026 about what Amber told Mrs Bradshaw, and Mrs Bradshaw's notes of that "
              "meeting. I want them because they are the first written record of what Amber told an adult, and the law says the "
              "defence may need to see them. I will not ask for any other school records, such as reports, attendance or "
              "behaviour records."),
        ("p", "The information will be kept securely with the case papers and will only be shared with the CPS, and with the defence "
              "if the law requires it. If you have any worries about this please ring me or tell Nadia (your ISVA). I will send "
              "the request on 23 September."),
        ("p", "Yours sincerely,\nDC 2205 Fiona Kerr  -  01632 960552"),
    ]
    write_pdf(F.f("letter to Amber - notice of request.pdf"), notice, created=(2026, 9, 22, 16, 0))
    req = [
        ("p", "Greywater Constabulary\nTo: The Headteacher, St Aldhelm's Academy\n23 September 2026"),
        ("h", f"Request for information - victim information request - ref {U}"),
        ("p", "I am investigating an allegation made by a pupil, Amber Fletcher (Year 12), to Mrs Bradshaw on 15 September 2026. "
              "I ask for: (1) the safeguarding log entry made on 15 September 2026 about that disclosure; (2) Mrs Bradshaw's notes of "
              "the meeting that morning. Reason: these are the record of the complainant's first complaint to an adult, made "
              "within an hour, and are a reasonable line of enquiry because they may show whether her account has been consistent. "
              "The request is limited to that morning: I do not ask for any other record, because nothing suggests any other "
              "school record is relevant to an issue in the case, and a wider request would be an unnecessary intrusion into her "
              "privacy. Amber and her mother have been given written notice of this request. Please reply by 7 October 2026."),
        ("p", "DC 2205 F. Kerr"),
    ]
    write_pdf(F.f("school request 23-09-26.pdf"), req, created=(2026, 9, 23, 9, 0))
    reply = [
        ("p", "ST ALDHELM'S ACADEMY - SAFEGUARDING RECORD (extract supplied to police 29/09/2026)"),
        ("kv", [("Pupil", "Amber FLETCHER, Y12"), ("Date/time of concern", "15/09/2026 08:50"), ("Recorded by", "Y. Bradshaw (DSL)"), ("Police ref", U)]),
        ("p", "Tia M brought AF to my office 08:50. AF shaking, crying. AF said: 'Jordan made me have sex with him last night in his "
              "car. I told him no.' Jordan is friend of cousin. Was meant to drive her home, went to Tollgate CP. Pulled her "
              "leggings down in back of car. She kept saying she wanted to go home. Hip hurting. 09:35 police called (ref given). "
              "09:40 mum called - coming in. Stayed with AF until PC arrived 10:15."),
        ("p", "Notes of meeting: as above - handwritten notes transcribed 09:25-09:30. No other records supplied (none requested)."),
        ("p", "Supplied by: Mr P. Oduya, Headteacher, 29/09/2026"),
    ]
    write_scan_pdf(F.f("scan_0019.pdf"), reply, seed=1919, created=(2026, 9, 29, 14, 0))

    cr = [
        ("title", "CRIME REPORT GW/26/30981"),
        ("kv", [("URN", U), ("Offence", "Rape of a female 16 or over - HOCR 19C"), ("Committed", "14/09/2026 20:45-21:40"),
                ("Location", "Tollgate Country Park car park, Greywater"), ("Reported", "15/09/2026 09:35 by school DSL"),
                ("Victim", "FLETCHER, Amber (F, 16) - autism, ADHD (vulnerable)"), ("Suspect", "KEMPE, Jordan Lee - bailed with conditions"),
                ("OIC", "DC 2205 KERR")]),
        ("table", ["Date", "Entry"], [1.3, 8], [
            ["15/09/2026", "School report; PC 4102 attended; SARC 14:00; CHISVA referral."],
            ["16/09/2026", "RI assessment; suspect arrested and interviewed."],
            ["18/09/2026", "VRI; DPN and limited extraction; VPS offered (Amber later; mother declines for now)."],
            ["20/09/2026", "DI review: no early advice needed - evidence gathered, suspect interviewed, proceed to FCT."],
            ["22/09/2026", "Written notice to Amber/mother of school request."],
            ["24/10/2026", "DNA result."],
        ]),
    ]
    write_pdf(F.f("crime report GW-26-30981.pdf"), cr, created=(2026, 12, 14, 9, 0))
    note = [
        ("title", "Officer's note of conversation"),
        ("kv", [("URN", U), ("With", "Shannon HOLT (the complainant's cousin; the suspect is a friend of hers)"),
                ("Date / place", "19/09/2026, her home, 14:10-14:35"), ("Officer", "DC 2205 F. KERR")]),
        ("p", "She said Amber had been at her house on Sunday 14 September from about 17:00. Jordan came round at about 19:30. At "
              "about 20:30 Jordan said he would drop Amber home and they left together. Amber 'seemed fine, normal, happy "
              "enough'. She did not see or hear from either of them again that night. She said she did not want to make a "
              "statement because it is 'family' and she does not want to take sides. Recorded as MG6C item 11; disclosed as it "
              "may assist the defence."),
        ("p", "F Kerr DC 2205  19/09/2026"),
    ]
    write_pdf(F.f("note - S Holt 19-09-26.pdf"), note, created=(2026, 9, 19, 15, 0))
    inc = [
        ("p", "GREYWATER CONTROL - INCIDENT GW-260915-0217"),
        ("table", ["Time", "Text"], [1, 8], [
            ["09:35", "CALL FROM DSL ST ALDHELMS ACADEMY. 16YR OLD FEMALE PUPIL DISCLOSED SHE WAS RAPED LAST NIGHT BY MALE 'JORDAN' IN HIS CAR AT TOLLGATE CP. PUPIL SAFE IN SCHOOL."],
            ["09:41", "PC 4102 DEPLOYED."],
            ["10:15", "4102 AT SCHOOL."],
            ["11:30", "HANDED TO CAPU DC 2205. CRIME GW/26/30981."],
        ]),
    ]
    write_txt(F.f("incident GW-260915-0217.txt"), inc, width=100)

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "DMD", "MG12",
                          "MG2", "DPN", "DIGITAL_EXTRACT", "THIRD_PARTY", "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd",
                          "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                          "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                          "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "Doc1.docx", "type": "MG3"},
            {"name": "20260918_VRI_AF.mp4", "type": "ABE_RECORDING"},
            {"name": "Doc2.docx", "type": "ABE_SUMMARY"},
            {"name": "DC KERR MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "PC Morgan statement.txt", "type": "MG11", "role": "officer"},
            {"name": "MORRIS T MG11.pdf", "type": "MG11", "role": "first_account"},
            {"name": "IMG_7702.jpg", "type": "MG11", "role": "first_account"},
            {"name": "Dr Rao statement.docx", "type": "MG11", "role": "expert"},
            {"name": "lab_result_MF-GW-26-1184.pdf", "type": "FORENSIC"},
            {"name": "ROTI_KEMPE.pdf", "type": "ROTI"},
            {"name": "PNC KEMPE.txt", "type": "PNC"},
            {"name": "witness PNC.txt", "type": "PNC"},
            {"name": "MG6C.docx", "type": "MG6C"},
            {"name": "MG6D.pdf", "type": "MG6D"},
            {"name": "Doc3.docx", "type": "DMD"},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "MG2.pdf", "type": "MG2"},
            {"name": "DPN_AF.pdf", "type": "DPN"},
            {"name": "extraction FK2.txt", "type": "DIGITAL_EXTRACT"},
            {"name": "letter to Amber - notice of request.pdf", "type": ["CORRESPONDENCE", "THIRD_PARTY", "OTHER"]},
            {"name": "school request 23-09-26.pdf", "type": ["CORRESPONDENCE", "THIRD_PARTY", "OTHER"]},
            {"name": "scan_0019.pdf", "type": "THIRD_PARTY"},
            {"name": "crime report GW-26-30981.pdf", "type": "CRIME_REPORT"},
            {"name": "incident GW-260915-0217.txt", "type": "INCIDENT_LOG"},
        ],
    })


# ===========================================================================
# Folder D  -  Tamarside Constabulary, URN 52TM0377126  -  EARLY ADVICE stage, compliant
# Owen PRITCHARD (male complainant, ABE) / Declan FAIRWEATHER (not yet arrested)
# First account by WhatsApp voice call to "his sister" (Bethan PRITCHARD).
# Plans in prose: proposed DPN with parameters (phone NOT yet examined), A&E
# record request limited to one attendance, with consent and written notice;
# "we do not intend to ask for ..." negations. No CCTV exists (overwritten).
# ===========================================================================
def build_D(outdir):
    F = Folder(outdir, "early advice - PRITCHARD", "52TM0377126")
    U = F.urn
    FORCE = "Tamarside Constabulary"

    mg3 = [
        ("title", "MG3 - Request for Early Advice"),
        ("kv", [("URN", U), ("Force", FORCE), ("Date", "21/08/2026"),
                ("Suspect", "FAIRWEATHER, Declan Paul (35) - not yet arrested or interviewed"),
                ("Offence under investigation", "Rape (SOA 2003 s.1) - anal penetration of a male"),
                ("Officer in case", "DC 1203 Kate LEWIS, Tamarside RASSO, 01632 960309, 07700 900309, kate.lewis@tamarside.police.example")]),
        ("p", "This is a request for early advice under the Director's Guidance. No charging decision is sought at this stage: we "
              "want advice on the lines of enquiry below, on what we propose to ask the complainant for, and on the interview "
              "strategy, before we arrest the suspect. A full code test file will follow."),
        ("p", "Owen PRITCHARD (31) met Declan FAIRWEATHER (35) on the dating app Lynx. They messaged for about a week. On Saturday "
              "18 July 2026 they met for drinks and went back to the suspect's flat in Harbour View Apartments, Tamarside, at about "
              "23:30. Owen says they kissed and he told the suspect he was happy to kiss but did not want sex. He says the suspect "
              "pushed him face down on the bed, held the back of his neck, and anally penetrated him with his penis while Owen "
              "said 'no' and 'stop'. He left at about 01:30 and walked home."),
        ("p", "At about 11:00 on Sunday 19 July he rang his sister, Bethan, on a WhatsApp voice call and told her what had happened; "
              "that is his first account and she has made a statement. Later that day he went to the Emergency Department at "
              "Tamarside General with rectal bleeding. He did not tell the hospital he had been raped; he says he told the doctor "
              "he had had 'rough sex' because he was ashamed. He reported to police on 8 August, after his sister persuaded him."),
        ("p", "PC 870 TREGARTHEN saw him at home on 8 August and took his initial account (statement attached). His ABE interview "
              "was on 14 August, by me; the recording (KL/1), its index and my exhibiting statement are attached."),
        ("h", "What we think the suspect will say"),
        ("p", "He has not been spoken to. From the Lynx messages Owen has shown us, the suspect is likely to say that sex was "
              "discussed before they met and that Owen agreed. Owen accepts that the messages were 'sexual' in places but says he "
              "said clearly on the night that he did not want sex."),
        ("h", "Lines of enquiry - done and proposed"),
        ("p", "Done: ABE; sister's statement; first officer's statement; PNC on the suspect (one drugs conviction, 2019). CCTV: no "
              "CCTV exists for the night - the Harbour View concierge system keeps footage for 14 days and it had been overwritten "
              "by the time he reported (managing agent's e-mail of 10 August). There is no forensic opportunity given the three-week "
              "delay."),
        ("p", "Proposed, subject to your advice, with target dates:\n"
              "1. Arrest and interview the suspect, seize his phone - target 4 September 2026.\n"
              "2. Ask Owen to agree, under a Digital Processing Notice, to extraction of the Lynx conversation with the suspect from "
              "10 July to 25 July 2026 and his WhatsApp call log for 19 July 2026 only. Reason: the messages are likely to be central "
              "to the defence and we need the whole conversation, not screenshots; the call log confirms the time of the call to his "
              "sister. Owen has offered his phone; it has not been examined and will not be until we have your advice - target "
              "18 September 2026.\n"
              "3. Request from Tamarside General the Emergency Department record of his attendance on 19 July 2026 only. Reason: it "
              "records an injury and what he told the doctor, which may undermine his account and would have to be disclosed. Owen "
              "signed consent to release of that record on 14 August and was given written notice of the request on 20 August "
              "(letter attached) - target 30 September 2026.\n"
              "4. Request from Lynx Ltd the subscriber details (name, e-mail, phone number, date of registration) for the suspect's "
              "account only, to prove that the account Owen was talking to is his - target 30 September 2026."),
        ("p", "We do not intend to ask for his GP records or any counselling records. He has not had counselling. We would ask for "
              "counselling notes only if something specific arose that made them likely to be of substantial probative value, and "
              "he would be told in writing first. We have not asked for his social media and do not think it is a reasonable line "
              "of enquiry."),
        ("p", "Lines that may point away from the suspect: the Lynx messages (sexual content before the meeting); the A&E record "
              "('rough sex'); the three-week delay; his alcohol intake (he says five pints over the evening). All will be pursued "
              "and disclosed."),
        ("h", "Victim"),
        ("p", "Owen is eligible for special measures as a complainant of a sexual offence. He would like his ABE played as his evidence "
              "in chief and to give the rest of his evidence from behind a screen; s.28 was explained and he would like his "
              "cross-examination pre-recorded. He is not vulnerable under s.16 and no intermediary assessment is needed. He is hard "
              "of hearing in his left ear and asks for contact by text or face to face, not phone calls; he will need a hearing loop "
              "at court. No interpreter needed. He has been referred to an ISVA at the Tamarside Male Survivors' Service (Chris "
              "DANBY) on 8 August. A VPS was offered on 14 August; he does not want to make one yet."),
        ("p", "Supervisor: DS 402 Alison KEAST - agreed for early advice submission 21/08/2026."),
    ]
    write_docx(F.f("EA request MG3 PRITCHARD.docx"), mg3, head=f"OFFICIAL-SENSITIVE   {U}", foot="Page {page} of {pages}",
               created=(2026, 8, 21, 15, 0), author="K Lewis")

    make_video(F.f("KL1_VRI_14082026.mp4"), 4, ["TAMARSIDE VRI - ROOM B", "14/08/2026 13:40", f"KL/1  {U}"], seed=1203)
    idx = [
        ("title", "Record of Video Recorded Interview - Index"),
        ("kv", [("URN", U), ("Witness", "Owen PRITCHARD"), ("Interviewer", "DC 1203 K. LEWIS"), ("Monitor", "DC 318 M. PASCOE"),
                ("Date", "14/08/2026 13:40-14:52"), ("Exhibit", "KL/1")]),
        ("table", ["From", "To", "Topic"], [1, 1, 7], [
            ["00:00", "04:20", "Introductions and explanation"],
            ["04:20", "21:45", "Free recall: Lynx messages; meeting at The Anchor; back to suspect's flat about 23:30; kissing; 'I said I'm happy to kiss but I don't want sex'; pushed face down; hand on back of neck; anal penetration; said no and stop; left about 01:30, walked home"],
            ["21:45", "26:10", "Phoned sister Bethan next morning on WhatsApp and told her; went to A&E; told doctor 'rough sex' because embarrassed"],
            ["26:10", "66:30", "Questions: the messages (accepts some were sexual, says nothing was agreed); drink (five pints); lighting in flat; description of bedroom; why he waited to report"],
            ["66:30", "72:00", "Closure"],
        ]),
        ("p", "Prepared by DC 1203 K. LEWIS, 17/08/2026."),
    ]
    write_pdf(F.f("VRI index Pritchard.pdf"), idx, head=("OFFICIAL-SENSITIVE", f"URN {U}"), created=(2026, 8, 17, 10, 0))

    plan = [
        ("title", "ABE interview plan"),
        ("kv", [("URN", U), ("Witness", "Owen PRITCHARD (31)"), ("Planned by", "DC 1203 K. LEWIS with DC 318 M. PASCOE"), ("Date", "13/08/2026")]),
        ("p", "Objectives: his account of 18/19 July; the words used; the first complaint; the A&E attendance. Witness needs: hearing "
              "in left ear - sit to his right, check understanding. No intermediary needed. Phases: rapport; free recall; "
              "questioning (messages, alcohol, delay); closure with ISVA details."),
    ]
    write_docx(F.f("ABE plan OP.docx"), plan, head="OFFICIAL-SENSITIVE", created=(2026, 8, 13, 16, 0))

    lewis = mg11(U, "Kate LEWIS", "Over 18", "Detective Constable 1203", [
        "I am a Detective Constable in Tamarside RASSO and the officer in this case. I am an accredited ABE interviewer.",
        "On Friday 14 August 2026 between 13:40 and 14:52 I interviewed Owen PRITCHARD on video at the Tamarside video interview "
        "suite, room B. DC Pascoe monitored. I made a master recording, sealed it and produce it as KL/1; a working copy was made "
        "and the digital file supplied from it. On 17 August I prepared an index of the interview.",
        "On 14 August Owen showed me screenshots of his Lynx messages with the suspect and I took copies (OP/1). He offered me his "
        "phone; I did not take it and told him I would first take advice on what, if anything, we needed from it. He signed a "
        "consent form for release of his Emergency Department record of 19 July 2026.",
    ], "17/08/2026", sig="K. Lewis DC1203", variant=0, decl=0)
    write_pdf(F.f("DC LEWIS MG11.pdf"), lewis, head=("OFFICIAL-SENSITIVE", ""), foot="Page {page} of {pages}", created=(2026, 8, 17, 11, 0))

    treg = mg11(U, "Sam TREGARTHEN", "Over 18", "Police Constable 870", [
        "On Saturday 8 August 2026 at 16:20 I visited a man at his home in Tamarside after he rang 101 to report a rape. I was the "
        "first officer to see him. He was Owen PRITCHARD. His sister, Bethan Pritchard, was with him.",
        "I took a brief initial account. He asked me not to use my body-worn camera and I did not; I wrote it in my "
        "notebook (PNB 2211, page 7).",
        "He told me that on 18 July he had gone back to the flat of a man he met on a dating app, that he had said he did not want "
        "sex, and that the man held him down and raped him. He said he had told his sister the next day on the phone and had been "
        "to A&E. I referred him to the male survivors' ISVA service and passed the case to RASSO.",
    ], "08/08/2026", sig="[signed]", variant=2, decl=1, force="TAMARSIDE CONSTABULARY - RECORDS")
    write_txt(F.f("Tregarthen MG11.txt"), treg, width=90)

    bp = mg11(U, "Bethan PRITCHARD", "Over 18", "Primary school teacher", [
        "I am Owen Pritchard's older sister. I live in Penwithick. Owen and I speak most days.",
        "On Sunday 19 July 2026 at about 11 in the morning Owen rang me on WhatsApp. I have a screenshot of my call log showing an "
        "incoming WhatsApp voice call from him at 10:58 lasting 24 minutes, which I produce as BP/1. He sounded flat and quiet. He "
        "said 'Beth, something happened last night and I don't know what to do.' He told me he had gone back to the flat of a man "
        "called Declan he had met on Lynx, that he had told him he only wanted to kiss, and that Declan had pushed him down on the "
        "bed and held his neck and 'raped me'. He said he was bleeding. I told him to go to A&E and to call the police. He said he "
        "would go to hospital but he did not want the police.",
        "Over the next three weeks I kept asking him to report it. On 8 August I went to his house and sat with him while he rang "
        "101.",
    ], "12/08/2026", sig="B Pritchard", variant=1, decl=1, force=FORCE)
    write_docx(F.f("Bethan Pritchard statement.docx"), bp, head="OFFICIAL-SENSITIVE", created=(2026, 8, 12, 19, 0))

    pnc = [
        ("title", "PNC - Convictions and Cautions"),
        ("kv", [("Name", "FAIRWEATHER, DECLAN PAUL"), ("DOB", "06/01/1991"), ("PNCID", "09/0331870N")]),
        ("table", ["Date", "Court", "Offence", "Disposal"], [1.5, 2.5, 4, 2.5], [
            ["12/03/2019", "Tamarside Magistrates", "Possession of a controlled drug - class A (cocaine)", "Fine 300"]]),
        ("p", f"Printed 20/08/2026 for {U}"),
    ]
    write_pdf(F.f("PNC FAIRWEATHER.pdf"), pnc, created=(2026, 8, 20, 9, 0))
    wc = [("p", f"Witness convictions check  {U}  20/08/2026  DC 1203 LEWIS\nPRITCHARD, Owen - no trace\nPRITCHARD, Bethan - no trace")]
    write_txt(F.f("witness checks.txt"), wc, width=80)

    cr = [
        ("p", f"TAMARSIDE CONSTABULARY :: CRIME RECORD TM/26/7719 :: URN {U}"),
        ("kv", [("Offence", "Rape of a male (s.1 SOA 2003)"), ("When", "19/07/2026 00:00-01:30"), ("Where", "Harbour View Apartments, Tamarside"),
                ("Reported", "08/08/2026 15:47 via 101 (incident 0903)"), ("Victim", "PRITCHARD, Owen (M, 31) - hard of hearing (left ear); gay"),
                ("Suspect", "FAIRWEATHER, Declan Paul - not yet arrested"), ("OIC", "DC 1203 LEWIS")]),
        ("table", ["Date", "Entry"], [1.3, 8], [
            ["08/08/2026", "PC 870 attended; initial account in PNB; ISVA referral (Male Survivors' Service)."],
            ["10/08/2026", "Harbour View managing agent: CCTV kept 14 days - overwritten. No CCTV exists for 18/19 July."],
            ["12/08/2026", "Statement from sister (first account by WhatsApp call 19/07)."],
            ["14/08/2026", "VRI. Consent signed for A&E record 19/07/2026 only. VPS offered - not now."],
            ["20/08/2026", "Written notice to victim of proposed A&E request."],
            ["21/08/2026", "Early advice request submitted to CPS."],
        ]),
    ]
    write_txt(F.f("Crime report TM-26-7719.txt"), cr, width=100)
    inc = [("p", "INCIDENT 0903 08/08/2026\n15:47 101 CALL - MALE REPORTS HE WAS RAPED ON 18/07 BY A MAN HE MET ON A DATING APP AT THE MAN'S FLAT HARBOUR VIEW. CALLER WITH SISTER. NOT IN IMMEDIATE DANGER.\n"
                  "15:52 CALLER ASKS FOR OFFICER VISIT TODAY.\n16:05 PC 870 ALLOCATED.\n16:20 870 ON SCENE.\n17:10 CRIME TM/26/7719 RAISED.")]
    write_txt(F.f("Incident 0903 08-08-26.txt"), inc, width=110)

    letter = [
        ("p", f"Tamarside Constabulary - RASSO\n20 August 2026\nMr O. Pritchard\nRef: {U}"),
        ("h", "Proposed request for your hospital record"),
        ("p", "Dear Owen, as we discussed, we propose to ask Tamarside General Hospital for the record of your attendance at the "
              "Emergency Department on 19 July 2026, and nothing else. We want it because it records your injury and what you "
              "told the doctor, and we must consider whether it has to be shown to the defence. You signed consent for this on "
              "14 August. We will not ask for your GP records or any other medical records. The record will be stored securely "
              "with the case papers. Please text me on 07700 900309 if you have any questions, or ask Chris, your ISVA."),
        ("p", "Kate Lewis, Detective Constable 1203"),
    ]
    write_pdf(F.f("letter re A&E records.pdf"), letter, created=(2026, 8, 20, 12, 0))
    consent = [
        ("title", "Consent to release of medical records"),
        ("kv", [("URN", U), ("Name", "Owen PRITCHARD"), ("Record", "Tamarside General Hospital Emergency Department - attendance on 19/07/2026 ONLY"),
                ("Released to", "Tamarside Constabulary and the Crown Prosecution Service")]),
        ("p", "I understand why this record is being requested and that it may be disclosed to the defence if the law requires it.\n"
              "Signed: O Pritchard   14/08/2026\nWitnessed: K Lewis DC 1203"),
    ]
    write_photo_jpeg(F.f("IMG_5120.jpg"), consent, seed=5120, size=12)
    mg12 = [
        ("right", "MG12"), ("title", "Exhibit list (early advice - to date)"), ("kv", [("URN", U)]),
        ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
            ["KL/1", "VRI of Owen PRITCHARD 14/08/2026 (KL1_VRI_14082026.mp4)", "DC 1203 LEWIS"],
            ["OP/1", "Copies of screenshots of Lynx messages 11/07-18/07/2026 (12 images)", "DC 1203 LEWIS (from Owen PRITCHARD)"],
            ["BP/1", "Screenshot of WhatsApp call log 19/07/2026 10:58 (24 min)", "Bethan PRITCHARD"],
        ]),
    ]
    write_docx(F.f("MG12 draft.docx"), mg12, created=(2026, 8, 21, 14, 0))

    dump_expected(outdir, F.name, {
        "stage": "early_advice", "exit": 0,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "PNC", "MG12", "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": [],
        "must_not_fail": ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                          "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                          "abe_plan", "key_statements", "officer_statement", "signed", "previous_convictions",
                          "witness_convictions", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                          "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "EA request MG3 PRITCHARD.docx", "type": "MG3"},
            {"name": "KL1_VRI_14082026.mp4", "type": "ABE_RECORDING"},
            {"name": "VRI index Pritchard.pdf", "type": "ABE_SUMMARY"},
            {"name": "ABE plan OP.docx", "type": "ABE_PLAN"},
            {"name": "DC LEWIS MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "Tregarthen MG11.txt", "type": "MG11", "role": "officer"},
            {"name": "Bethan Pritchard statement.docx", "type": "MG11", "role": "first_account"},
            {"name": "PNC FAIRWEATHER.pdf", "type": "PNC"},
            {"name": "witness checks.txt", "type": "PNC"},
            {"name": "Crime report TM-26-7719.txt", "type": "CRIME_REPORT"},
            {"name": "Incident 0903 08-08-26.txt", "type": "INCIDENT_LOG"},
            {"name": "MG12 draft.docx", "type": "MG12"},
        ],
    })


# ===========================================================================
# Folder E  -  Northmoor Constabulary, URN 60NM0215426  -  FAULTY (charging)
# Gemma LOCKWOOD (ABE) / Steven RAINE (ex-partner)
# PLANTED 1 (dig_prop): blanket request - "full download ... no date parameters"
#   in the MG3 and in the DFU submission form, though a DPN is present.
# PLANTED 2 (key_statements): her sister Kirsty (named "her sister" in the MG3,
#   "Kirsty" in the ABE summary, "Kirsty LOCKWOOD" in the crime report) is the
#   first-account witness and there is NO statement from her. The neighbour's
#   statement mentions Kirsty but the neighbour is not a first-account witness.
# ===========================================================================
def build_E(outdir):
    F = Folder(outdir, "RAINE_S_file_for_CPS", "60NM0215426")
    U = F.urn
    FORCE = "Northmoor Constabulary"

    mg3 = [
        ("right", "MG3"),
        ("title", "Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", U), ("Suspect", "RAINE, Steven Mark (36)"), ("Offence", "Rape, SOA 2003 s.1"),
                ("Decision sought", "Full code test"), ("OIC", "DC 3107 Lee HARGREAVES, Hexley CID - 01632 960144 - lee.hargreaves@northmoor.police.example"),
                ("Date", "27/11/2026")]),
        ("h", "Case summary"),
        ("p", "Gemma LOCKWOOD (33) and Steven RAINE (36) were together for six years and separated in May 2026 when she asked him to "
              "leave the house they rented at Linnet Way, Hexley. On Saturday 8 August 2026 at about 21:00 he came to the house, by "
              "arrangement, to collect some belongings. She says that while they were upstairs he told her he wanted to get back "
              "together, she said no, and he pushed her on to the bed, pinned her wrists and had vaginal sex with her while she "
              "cried and said no. He left at about 22:15."),
        ("p", "She did not call anyone that night. The next morning, Sunday 9 August, she drove to her sister's house and told her "
              "sister what had happened, and her sister persuaded her to ring 101, which she did at 13:52. PC 2288 NAYLOR attended "
              "at 14:40 (statement attached). Her neighbour, Pauline HIRST, heard raised voices and a bang at about 21:30 and saw "
              "RAINE leave at 22:15 (statement attached)."),
        ("p", "She was examined at the Northmoor SARC on 9 August by Dr Helen ASKEW, who found bruising to both wrists; samples were "
              "taken and she consented to release of her SARC notes. Intercourse is admitted, so the swabs have not been submitted "
              "for DNA (rationale on the crime report). Her ABE was on 11 August by DC 4460 Ruth COLLINS, who exhibits it as RC/1; "
              "the recording and summary are attached."),
        ("h", "Suspect's account"),
        ("p", "RAINE was arrested on 10 August and interviewed with a solicitor. He says they had sex and she agreed; that they had "
              "been talking about getting back together for weeks; that she kissed him first; and that he did not hold her wrists. "
              "He says she is 'making it up because I've got a new girlfriend'. He has a conviction for common assault on a previous "
              "partner in 2020 (PNC attached). He is on pre-charge bail to 10/02/2027 with conditions not to contact her directly or "
              "indirectly and not to enter Linnet Way."),
        ("h", "Lines of enquiry"),
        ("p", "Her account, the neighbour, the SARC findings, his interview, his phone (messages with her and with his new partner, "
              "1 July to 15 August 2026), and house-to-house in Linnet Way (two other houses; nothing heard). The messages between "
              "them before 8 August are relevant to his account that they were reconciling; some of hers are friendly and are "
              "scheduled. No CCTV exists in Linnet Way."),
        ("p", "Her iPhone was seized on 11 August with her agreement (DPN signed) and has been submitted to the Digital Forensics Unit "
              "for a full download of the handset. We have asked for all data to be extracted with no date parameters, including "
              "her social media, photographs and internet history, so that nothing is missed, because the defence are bound to ask "
              "for it. The DFU has given a target date of 29/01/2027 for the report."),
        ("p", "Outstanding: the download of her phone - target date 29/01/2027. Nothing else is outstanding."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. The incident log, crime report and PC Naylor's statement are attached; PNC checks on Gemma "
              "LOCKWOOD and Pauline HIRST are nil."),
        ("h", "Victim"),
        ("p", "Special measures: she wants the ABE as her evidence in chief and screens, and would like s.28 pre-recorded "
              "cross-examination; explained 11 August. Not vulnerable under s.16; no intermediary needed. Needs: she has anxiety and "
              "asks for contact through her ISVA; no interpreter. ISVA referral made 9 August (Northmoor ISVA service, Dawn "
              "REILLY). VPS offered on 11 August; she made one on 20 November (attached)."),
        ("p", "Early advice was not sought because the suspect was arrested and interviewed within two days and the evidence was "
              "complete apart from the phone download."),
        ("p", "Supervisor: DS 2001 Neil BRACKENRIDGE reviewed and endorsed 27/11/2026."),
    ]
    write_pdf(F.f("MG3 RAINE.pdf"), mg3, head=("OFFICIAL-SENSITIVE", U), foot="Page {page} of {pages}", created=(2026, 11, 27, 12, 0))

    dfu = [
        ("title", "DIGITAL FORENSICS UNIT - EXAMINATION REQUEST"),
        ("kv", [("URN", U), ("Requesting officer", "DC 3107 HARGREAVES"), ("Date", "12/08/2026"),
                ("Device", "Apple iPhone 14 Pro - owner Gemma LOCKWOOD (complainant)"), ("Exhibit", "LH/2"),
                ("Extraction type", "FULL - advanced logical / full file system"), ("Date range", "ALL DATA - no restriction"),
                ("Data types", "All: messages, call logs, photos, videos, internet history, social media apps, deleted data"),
                ("Authority", "DPN signed 11/08/2026")]),
        ("h", "Reason for request"),
        ("p", "Rape investigation - complainant's phone. Please carry out a complete download of the whole handset so the "
              "investigation has everything. Defence likely to ask for it."),
        ("p", "Priority: standard. Target date agreed: 29/01/2027."),
    ]
    write_pdf(F.f("DFU submission LH2.pdf"), dfu, head=("Northmoor Constabulary DFU", ""), created=(2026, 8, 12, 10, 0))
    dpn = [
        ("title", "Digital Processing Notice"),
        ("kv", [("URN", U), ("Name", "Gemma LOCKWOOD"), ("Device", "Apple iPhone 14 Pro"), ("Date", "11/08/2026")]),
        ("p", "The officer has explained why the police want to examine your device, what will be extracted, how the data will be "
              "kept, and that you can refuse. Extraction requested: full download of the device."),
        ("p", "I agree to my device being examined as described.   Signed: G Lockwood   11/08/2026\nOfficer: L Hargreaves DC 3107"),
    ]
    write_scan_pdf(F.f("DPN LOCKWOOD.pdf"), dpn, seed=3107, created=(2026, 8, 11, 17, 0))

    make_video(F.f("RC1_ABE_LOCKWOOD.mp4"), 4, ["NORTHMOOR VRI 1  11/08/2026 10:15", f"RC/1  {U}"], seed=4460)
    abe = [
        ("title", "ABE SUMMARY"),
        ("kv", [("URN", U), ("Witness", "Gemma LOCKWOOD"), ("Interviewer", "DC 4460 R. COLLINS"), ("Date/time", "11/08/2026 10:15-11:26"), ("Exhibit", "RC/1")]),
        ("table", ["Time", "Summary"], [1, 7], [
            ["00:00", "Introductions."],
            ["03:15", "Relationship history; separated May 2026; he moved to his mother's."],
            ["09:40", "8 August: he came at 9pm for his things; upstairs he said he wanted to get back together; she said no, it's over."],
            ["16:20", "He pushed her on to the bed and held her wrists above her head; pulled her shorts down; vaginal penetration; she cried and said 'no, Steve, please'. He said 'you still love me'."],
            ["27:00", "He left about 22:15. She locked the door and sat in the bath."],
            ["31:30", "Next morning drove to her sister Kirsty's house and told Kirsty everything; Kirsty made her ring the police."],
            ["36:00", "Questions: earlier messages (accepts they were friendly - 'I was trying to keep things civil'); whether she kissed him (no); the wrist bruises."],
            ["71:00", "End."],
        ]),
    ]
    write_docx(F.f("ABE summary GL.docx"), abe, head="OFFICIAL-SENSITIVE", created=(2026, 8, 13, 9, 0))
    coll = mg11(U, "Ruth COLLINS", "Over 18", "Detective Constable 4460", [
        "I am a Detective Constable and a trained ABE interviewer. On 11 August 2026 between 10:15 and 11:26 I interviewed Gemma "
        "LOCKWOOD on video at the Northmoor video interview suite. DC Hargreaves monitored. The interview was planned with DC "
        "Hargreaves on 10 August (plan retained). I sealed the master recording and produce it as RC/1. I prepared a summary on "
        "13 August.",
    ], "13/08/2026", sig="R Collins", variant=0, decl=0)
    write_pdf(F.f("Collins MG11.pdf"), coll, created=(2026, 8, 13, 10, 0))
    nay = mg11(U, "Karen NAYLOR", "Over 18", "Police Constable 2288", [
        "On Sunday 9 August 2026 at 14:40 I attended an address in Linnet Way, Hexley, after a 101 report of rape. I was the first "
        "officer to attend. I spoke to Gemma LOCKWOOD. My body-worn camera was not activated, at her request. I recorded brief "
        "details in my notebook.",
        "She said her ex-partner Steven Raine had raped her in the bedroom the night before when he came to collect his things. She "
        "showed me red marks on both wrists. She said she had told her sister that morning. I arranged the SARC and made the ISVA "
        "referral.",
    ], "09/08/2026", sig="K. Naylor", variant=1, decl=1, force=FORCE)
    write_txt(F.f("PC Naylor statement.txt"), nay, width=90)
    hirst = mg11(U, "Pauline HIRST", "Over 18", "Retired nurse", [
        "I live next door to Gemma Lockwood in Linnet Way. The houses are semi-detached and the walls are thin.",
        "On Saturday 8 August 2026 at about half past nine at night I heard a man's voice raised and Gemma's voice, then a bang like "
        "something hitting the wall. After that it went quiet. At about quarter past ten I saw Steven, her ex, leave the house "
        "and drive off. I know him by sight from when he lived there.",
        "On the Monday I saw Gemma in the garden. She looked awful. She said she had gone round to her sister Kirsty's on the "
        "Sunday and told her all about it and the police were involved now. She did not tell me what had happened and I did not "
        "ask her.",
    ], "14/08/2026", sig="P Hirst", variant=0, decl=1)
    write_photo_jpeg(F.f("IMG_3390.jpg"), hirst, seed=3390, size=10.5)
    askew = mg11(U, "Dr Helen ASKEW", "Over 18", "Forensic physician, Northmoor SARC", [
        "I am a registered medical practitioner and forensic physician. On 9 August 2026 at 17:30 I examined Gemma LOCKWOOD, 33, "
        "with her written consent, including consent to release of my notes to the police and CPS. On both wrists there were "
        "areas of bruising, 3 cm and 2.5 cm on the right and 2 cm on the left, consistent with gripping in the previous 24 hours. "
        "No genital injury. Samples HA/1-HA/4 handed to DC Hargreaves. I understand my duty to the court.",
    ], "10/08/2026", sig="H. Askew", variant=0, decl=0)
    write_pdf(F.f("SARC Dr Askew.pdf"), askew, created=(2026, 8, 10, 9, 0), family="DejaVuSerif")

    roti = [
        ("title", "ROTI - Steven RAINE - 10/08/2026"),
        ("kv", [("URN", U), ("Officers", "DC 3107 HARGREAVES, DC 4460 COLLINS"), ("Solicitor", "Mr D. AKHTAR"), ("Times", "15:20-16:02")]),
        ("table", ["Time", "Who", "Summary"], [1, 1.3, 7], [
            ["00:00", "DC Hargreaves", "Caution."],
            ["02:00", "RAINE", "Went to collect his things; they had been talking about getting back together for weeks."],
            ["07:30", "RAINE", "She kissed him first upstairs; they had sex on the bed; it was consensual."],
            ["12:10", "DC Collins", "Puts her account. RAINE: 'I never held her wrists. She never said no.'"],
            ["18:45", "RAINE", "Says she is making it up because he has a new girlfriend."],
            ["25:00", "DC Hargreaves", "Asks about the bang the neighbour heard. RAINE: 'I dropped a box.'"],
            ["41:30", "Solicitor", "Nothing further."],
        ]),
    ]
    write_docx(F.f("ROTI RAINE.docx"), roti, head="OFFICIAL-SENSITIVE", created=(2026, 8, 11, 9, 0))
    pnc = [("p", f"PNC PRINT - RAINE, STEVEN MARK - DOB 17/05/1990 - PNCID 08/0722451D - printed 26/11/2026 - URN {U}"),
           ("table", ["Date", "Offence", "Result"], [1.5, 5, 3], [["03/08/2020", "Common assault (CJA 1988 s.39) - domestic, victim ex-partner (not the complainant)", "Community order, 12 months; restraining order expired 2022"]])]
    write_txt(F.f("PNC RAINE.txt"), pnc, width=100)
    wp = [("p", f"Prosecution witness PNC checks - URN {U} - 26/11/2026\nLOCKWOOD, Gemma - no trace\nHIRST, Pauline - no trace")]
    write_txt(F.f("witness PNC.txt"), wp, width=90)

    mg6c = [
        ("right", "MG6C"), ("title", "Police schedule of non-sensitive unused material"),
        ("kv", [("URN", U), ("R v", "RAINE"), ("Disclosure officer", "DC 3107 L. HARGREAVES")]),
        ("table", ["No", "Description", "Location"], [0.6, 7, 2], [
            ["1", "Incident log 0419 of 09/08/2026 - 101 call by complainant 13:52.", "With file"],
            ["2", "Crime report NM/26/22170 with log (incl. rationale for not submitting swabs for DNA).", "With file"],
            ["3", "PC Naylor PNB pp 22-24, brief details 09/08/2026.", "CID office"],
            ["4", "ABE interview plan 10/08/2026.", "CID office"],
            ["5", "House-to-house Linnet Way 12/08/2026 - nos. 2 and 6 - nothing heard.", "CID office"],
            ["6", "Review of suspect's phone - messages with complainant and with new partner 01/07-15/08/2026.", "Digital system"],
            ["7", "Messages from complainant to suspect 20/07-06/08/2026 - friendly in tone (e.g. 'hope your mum's ok x').", "Digital system"],
            ["8", "Custody record RAINE 10/08/2026 and bail conditions.", "Custody system"],
            ["9", "Interview recording master 10/08/2026.", "Property"],
            ["10", "DFU request and DPN for complainant's phone (LH/2).", "With file"],
        ]),
        ("p", "Signed L Hargreaves 27/11/2026"),
    ]
    write_docx(F.f("MG6C RAINE.docx"), mg6c, head="OFFICIAL-SENSITIVE when complete", created=(2026, 11, 27, 11, 0))
    mg6d = [
        ("right", "MG6D"), ("title", "Police schedule of sensitive material"), ("kv", [("URN", U)]),
        ("table", ["No", "Description", "Reason"], [0.6, 5, 4], [
            ["1", "SARC notes, Dr Askew, 09/08/2026.", "Complainant's medical information."],
            ["2", "DASH risk assessment 09/08/2026.", "Contains risk and safety planning information about the complainant."],
            ["3", "ISVA referral.", "Support details."],
        ]),
    ]
    write_pdf(F.f("MG6D RAINE.pdf"), mg6d, created=(2026, 11, 27, 11, 5))
    mg12 = [("right", "MG12"), ("title", "Exhibit list"), ("kv", [("URN", U)]),
            ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
                ["RC/1", "ABE recording of Gemma LOCKWOOD 11/08/2026 (RC1_ABE_LOCKWOOD.mp4)", "DC 4460 COLLINS"],
                ["HA/1-HA/4", "SARC samples (not submitted)", "Dr H. ASKEW"],
                ["LH/1", "Phone of Steven RAINE", "DC 3107 HARGREAVES"],
                ["LH/2", "iPhone 14 Pro of Gemma LOCKWOOD", "DC 3107 HARGREAVES"]])]
    write_pdf(F.f("MG12 RAINE.pdf"), mg12, created=(2026, 11, 27, 11, 10))
    cr = [
        ("p", f"NORTHMOOR CONSTABULARY - CRIME NM/26/22170 - URN {U}"),
        ("kv", [("Offence", "Rape (domestic)"), ("Date", "08/08/2026 21:30-22:15"), ("Location", "Linnet Way, Hexley"),
                ("Victim", "LOCKWOOD, Gemma (F, 33)"), ("Suspect", "RAINE, Steven Mark (ex-partner)"),
                ("First disclosure", "Kirsty LOCKWOOD (sister), 09/08/2026 morning, in person")]),
        ("table", ["Date", "Entry"], [1.3, 8], [
            ["09/08/2026", "101 call; PC 2288 attended; SARC; ISVA; DASH high risk - MARAC referral."],
            ["10/08/2026", "Suspect arrested, interviewed, bailed. Swabs retained not submitted: intercourse admitted (DS decision)."],
            ["11/08/2026", "ABE. Phone seized with DPN. VPS offered."],
            ["12/08/2026", "Phone to DFU - full download."],
            ["20/11/2026", "VPS made."],
        ]),
    ]
    write_txt(F.f("crime NM-26-22170.txt"), cr, width=100)
    inc = [("p", "NORTHMOOR CONTROL  INCIDENT 0419  09/08/2026\n13:52 FEMALE REPORTS EX-PARTNER RAPED HER LAST NIGHT AT HER HOME LINNET WAY. SHE IS AT SISTER'S ADDRESS. SUSPECT NOT PRESENT.\n"
                  "13:55 DV MARKER. GRADE 2.\n14:10 PC 2288 DEPLOYED - VICTIM RETURNING HOME TO MEET OFFICER.\n14:40 2288 ON SCENE.")]
    write_txt(F.f("incident 0419.txt"), inc, width=110)
    vps = [("title", "Victim Personal Statement"), ("kv", [("URN", U), ("Name", "Gemma LOCKWOOD"), ("Date", "20/11/2026")]),
           ("p", "Since August I have not slept in my bedroom. I have moved my bed downstairs. I am scared to answer the door. I have "
                 "been off work for six weeks. I want the court to know this.\nSigned: G Lockwood 20/11/2026")]
    write_pdf(F.f("VPS GL.pdf"), vps, created=(2026, 11, 20, 15, 0))

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "DPN",
                          "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": ["dig_prop", "key_statements"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account",
                          "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                          "abe_plan", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                          "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "dig_dpn", "multimedia",
                          "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 RAINE.pdf", "type": "MG3"},
            {"name": "DFU submission LH2.pdf", "type": ["OTHER", "DIGITAL_EXTRACT", "CORRESPONDENCE"]},
            {"name": "DPN LOCKWOOD.pdf", "type": "DPN"},
            {"name": "RC1_ABE_LOCKWOOD.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary GL.docx", "type": "ABE_SUMMARY"},
            {"name": "Collins MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "PC Naylor statement.txt", "type": "MG11", "role": "officer"},
            {"name": "IMG_3390.jpg", "type": "MG11", "role": "witness"},
            {"name": "SARC Dr Askew.pdf", "type": "MG11", "role": "expert"},
            {"name": "ROTI RAINE.docx", "type": "ROTI"},
            {"name": "PNC RAINE.txt", "type": "PNC"},
            {"name": "witness PNC.txt", "type": "PNC"},
            {"name": "MG6C RAINE.docx", "type": "MG6C"},
            {"name": "MG6D RAINE.pdf", "type": "MG6D"},
            {"name": "MG12 RAINE.pdf", "type": "MG12"},
            {"name": "crime NM-26-22170.txt", "type": "CRIME_REPORT"},
            {"name": "incident 0419.txt", "type": "INCIDENT_LOG"},
            {"name": "VPS GL.pdf", "type": ["VPS", "MG11"]},
        ],
    })


# ===========================================================================
# Folder F  -  Wolds Riding Police, URN 36WR0581226  -  FAULTY (charging)
# Shannon KEARY (ABE) / Joel MARSDEN (fellow student)
# PLANTED 1 (abe_recording): the ABE interview is summarised, exhibited (JW/1)
#   and the MG3 says "the ABE recording is with the file" - no video is in the folder.
# PLANTED 2 (signed): the halls security officer's MG11 has the declaration but
#   no signature and no date (blank lines).
# Several scanned pages (ABE summary, SANE statement).
# ===========================================================================
def build_F(outdir):
    F = Folder(outdir, "scan_batch_Oct", "36WR0581226")
    U = F.urn
    FORCE = "Wolds Riding Police"

    mg3 = [
        ("small", "OFFICIAL-SENSITIVE"),
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", U), ("Suspect", "MARSDEN, Joel Anthony (23)"), ("Offence", "Rape (SOA 2003 s.1)"),
                ("OIC", "DC 2090 Jack WARD, Eastholme RASSO - 01632 960620 - jack.ward@woldsriding.police.example"),
                ("Test", "Full Code Test"), ("Date", "03/12/2026")]),
        ("p", "Shannon KEARY (22) and Joel MARSDEN (23) are students at the University of Eastholme who live in the same hall, "
              "Fenby Court, Block C. On Saturday 26 September 2026 they were both at the Students' Union. She says that at about "
              "01:30 on 27 September he walked her back to the block, came into her room uninvited, pushed her on to the bed and "
              "had vaginal sex with her while she said 'no' and 'get off'. He left at about 02:15. At about 02:30 she knocked on "
              "the door of her flatmate, Abbie CROSS, and told her what had happened. Abbie called the campus security office, "
              "who called the police at 02:51. The security officer on duty, Dale FENWICK, had seen MARSDEN leave the block at "
              "about 02:20."),
        ("p", "PC 1559 HOLLIS was the first officer to attend, at 03:12 (statement attached). Shannon was examined at the SARC at "
              "10:00 on 27 September by Marie OKONJO, SANE (statement attached; bruising to the right forearm; samples taken; "
              "consent to release signed). Her ABE interview was on 29 September with DC Ward; the ABE recording is with the file, "
              "together with the ABE summary, and DC Ward's statement exhibits it as JW/1."),
        ("p", "MARSDEN was arrested on 27 September at 08:10 and interviewed with a solicitor. He answered 'no comment' to all "
              "questions. In a Snapchat message to a friend at 02:40 he wrote 'got with shannon lol she was well up for it' "
              "(from his phone, examined for 26-28 September only). His likely defence is consent. He has no previous convictions. "
              "He is on bail to 27/12/2026 with conditions: not to contact Shannon KEARY, and to live at his parents' address in "
              "Brigby, not in Fenby Court. The university has suspended him from halls."),
        ("p", "Lines of enquiry: the flatmate; the security officer; swipe-card records for MARSDEN's card at Block C (requested "
              "from the university for 27/09/2026 00:00-04:00 only - they show his card used at 01:34 at the Block C entrance; "
              "nothing else requested); Students' Union CCTV - no CCTV exists that covers the route; the SU's camera at the bar "
              "showed them both at the bar at 00:50 but not leaving (viewed, not seized - noted on MG6C); his phone. Lines that "
              "could help him: her messages to friends that evening were not requested - she did not have contact with him by "
              "phone and she was not asked for her phone; nothing suggests it holds anything relevant. Two students who saw "
              "them at the SU bar say they were 'chatting and laughing' - on MG6C."),
        ("p", "Outstanding: DNA result on the high vaginal swab - target 20/01/2027 (Eastholme Forensic Lab)."),
        ("p", "Disclosure: MG6C, MG6D, PNC results for witnesses (nil), incident log, crime report."),
        ("p", "Victim: eligible for special measures (s.17(4)). She wants ABE as evidence in chief, live link, and s.28 "
              "pre-recorded cross-examination. No intermediary: not vulnerable within s.16. Needs: none beyond an ISVA; no "
              "interpreter. ISVA referral 27 September (Eastholme ISVA, Kim HOLROYD). VPS offered 29 September: she will make it "
              "later. Early advice was not sought; the case was straightforward on evidence and the suspect was interviewed the "
              "same day."),
        ("p", "Supervisor: DS 1770 Anne CLOUGH - reviewed 04/12/2026."),
    ]
    write_pdf(F.f("MG3 KEARY.pdf"), mg3, head=("OFFICIAL-SENSITIVE", f"URN {U}"), foot="Page {page} of {pages}", created=(2026, 12, 4, 9, 0))

    abe = [
        ("title", "Record of video recorded interview - summary"),
        ("kv", [("URN", U), ("Witness", "Shannon KEARY"), ("Interviewer", "DC 2090 J. WARD"), ("Date", "29/09/2026 14:00-15:05"),
                ("Exhibit", "JW/1 (master DVD) / JW/2 (working copy)")]),
        ("table", ["Time", "Summary"], [1, 7], [
            ["00:00", "Introductions and rules."],
            ["04:30", "Night at SU with friends; Joel there; talked at the bar; she had 'five or six' drinks."],
            ["12:10", "He offered to walk her back; at her door he pushed in behind her; she said 'what are you doing'."],
            ["18:40", "He pushed her on to the bed, held her right forearm, pulled her dress up and her underwear down; penetrated her vagina with his penis; she said 'no' and 'get off' several times."],
            ["27:00", "He left about 02:15 without speaking. She went to Abbie's room about 02:30 and told her."],
            ["31:00", "Questions: drink; whether she kissed him at the bar (no); forearm bruise; the door lock."],
            ["63:00", "Closure."],
        ]),
        ("p", "Summary prepared by DC 2090 J. WARD 30/09/2026."),
    ]
    write_scan_pdf(F.f("scan_0031.pdf"), abe, seed=31, created=(2026, 9, 30, 15, 0))
    ward = mg11(U, "Jack WARD", "Over 18", "Detective Constable 2090", [
        "I am a Detective Constable in the Eastholme RASSO team, the officer in the case, and an ABE-trained interviewer.",
        "On 29 September 2026 between 14:00 and 15:05 I interviewed Shannon KEARY on video at Eastholme police station, having "
        "planned the interview the day before. DC 884 Foster monitored. I produce the master recording on DVD as JW/1 and the "
        "working copy as JW/2.",
        "On 27 September 2026 at 08:10 I arrested Joel MARSDEN at Fenby Court and seized his phone (JW/3). I interviewed him that "
        "afternoon; he made no comment.",
    ], "30/09/2026", sig="J Ward", variant=0, decl=0)
    write_pdf(F.f("DC Ward MG11.pdf"), ward, created=(2026, 9, 30, 16, 0))

    abbie = mg11(U, "Abbie CROSS", "Over 18", "Student", [
        "I am a second year student at the University of Eastholme and I share a flat in Fenby Court Block C with Shannon Keary.",
        "At about 02:30 on Sunday 27 September 2026 someone knocked on my door. It was Shannon. She was crying and shaking and "
        "holding her arm. She said 'Joel came in my room and had sex with me. I kept telling him no.' She said he had pushed her "
        "on to her bed and held her arm. I know Joel; he lives on the floor below. I rang campus security from my phone and they "
        "called the police. I stayed with her until the police came.",
    ], "28/09/2026", sig="A. Cross", variant=1, decl=1, force=FORCE)
    write_docx(F.f("Cross A MG11.docx"), abbie, head="OFFICIAL-SENSITIVE", created=(2026, 9, 28, 13, 0))

    fen = mg11(U, "Dale FENWICK", "Over 18", "Security officer, University of Eastholme", [
        "I am a security officer employed by the University of Eastholme. On the night of 26 to 27 September 2026 I was on duty at "
        "the Fenby Court security lodge.",
        "At about 02:20 I saw a young man I know by sight as Joel Marsden, who lives in Block C, come out of the Block C entrance. "
        "He was walking quickly with his hood up. At 02:38 I received a call from a student in Block C asking for help for her "
        "flatmate, and I called the police at 02:51.",
    ], None, sig=None, variant=0, decl=0)
    write_pdf(F.f("Fenwick statement.pdf"), fen, created=(2026, 9, 28, 18, 0))

    hol = mg11(U, "Amy HOLLIS", "Over 18", "Police Constable 1559", [
        "On Sunday 27 September 2026 at 03:12 I attended Fenby Court Block C after a report of rape and was the first officer there. "
        "I spoke to Shannon KEARY in her flatmate's room. With her agreement I recorded her brief initial account in my notebook "
        "rather than on body-worn video, which she did not want. She said a student called Joel had come into her room and had "
        "sex with her when she said no. I secured her room as a scene and arranged the SARC.",
    ], "27/09/2026", sig="A Hollis 1559", variant=2, decl=1, force="WOLDS RIDING POLICE")
    write_txt(F.f("PC1559 Hollis.txt"), hol, width=90)
    pnb = [("p", f"PNB 1559 HOLLIS pp 31-33 (copy) - URN {U}"),
           ("p", "27/09/26 0312 Fenby Ct Blk C, flat 4. Shannon KEARY in flatmate's room. Declined BWV. States: 'Joel from downstairs walked "
                 "me back and pushed into my room. He pushed me on the bed and had sex with me. I said no and get off. He left about "
                 "quarter past two. I told Abbie.' Holding R forearm - marks visible. 0330 room secured as scene. SARC booked 10:00.")]
    write_pdf(F.f("PNB Hollis 31-33.pdf"), pnb, family="DejaVuSerif", created=(2026, 9, 27, 8, 0))
    san = mg11(U, "Marie OKONJO", "Over 18", "Sexual Assault Nurse Examiner", [
        "I am a registered nurse and have been a sexual assault nurse examiner at the Eastholme SARC since 2019. I understand my "
        "duty to the court.",
        "On 27 September 2026 at 10:00 I examined Shannon KEARY, 22, with her written consent, including consent to release of "
        "my notes to the police and the CPS. On the right forearm there were three oval bruises in a line, each about 1 cm, "
        "consistent with fingertip pressure. There was no genital injury, which does not exclude penetration. Samples MO/1 (HVS), "
        "MO/2 (LVS), MO/3 (underwear) handed to DC Ward.",
    ], "28/09/2026", sig="M Okonjo", variant=0, decl=1)
    write_scan_pdf(F.f("scan_0032.pdf"), san, seed=32, serif=True, created=(2026, 9, 28, 12, 0))

    sdn = [
        ("title", "Short Descriptive Note - suspect interview"),
        ("kv", [("URN", U), ("Interviewee", "MARSDEN, Joel Anthony"), ("Date", "27/09/2026 15:30-15:52"), ("Officers", "DC 2090 WARD, DC 884 FOSTER"),
                ("Solicitor", "Ms P. GRAINGER")]),
        ("p", "Cautioned. The suspect answered 'no comment' to every question, including questions about his Snapchat message to a "
              "friend at 02:40 ('got with shannon lol she was well up for it'), the security officer's sighting at 02:20, and her "
              "account. No prepared statement. No special warnings."),
    ]
    write_pdf(F.f("SDN MARSDEN.pdf"), sdn, created=(2026, 9, 28, 9, 0))
    pnc = [("p", f"PNC - MARSDEN, JOEL ANTHONY - DOB 11/02/2003 - No convictions, cautions or reprimands. Record created on arrest 27/09/2026.  URN {U}")]
    write_txt(F.f("PNC Marsden.txt"), pnc, width=100)
    wp = [("p", f"Witness PNC - URN {U} - 02/12/2026\nKEARY, Shannon - no trace\nCROSS, Abbie - no trace\nFENWICK, Dale - no trace")]
    write_txt(F.f("PNC witnesses.txt"), wp, width=90)
    mg6c = [
        ("right", "MG6C"), ("title", "Schedule of non-sensitive unused material"), ("kv", [("URN", U), ("R v", "MARSDEN")]),
        ("table", ["No", "Description", "Location"], [0.6, 7, 2], [
            ["1", "Incident log 0102 of 27/09/2026 - call from campus security 02:51.", "With file"],
            ["2", "Crime report WR/26/18823.", "With file"],
            ["3", "PC Hollis PNB pp 31-33 - complainant's initial account 27/09/2026 03:15-03:30.", "With file"],
            ["4", "ABE interview plan 28/09/2026.", "RASSO office"],
            ["5", "University swipe-card records - MARSDEN's card, Block C, 27/09/2026 00:00-04:00.", "RASSO office"],
            ["6", "SU bar CCTV viewing log 28/09/2026 - both at bar 00:50; leaving not captured; not seized.", "RASSO office"],
            ["7", "Notes of conversations with SU students Ben ARKWRIGHT and Lucy PENN 30/09/2026 - saw them chatting and laughing at the bar.", "RASSO office"],
            ["8", "Review of MARSDEN phone JW/3, 26-28/09/2026.", "Digital system"],
            ["9", "Custody record and bail notice MARSDEN.", "Custody system"],
        ]),
    ]
    write_docx(F.f("MG6C.docx"), mg6c, created=(2026, 12, 3, 10, 0))
    mg6d = [("right", "MG6D"), ("title", "Schedule of sensitive material"), ("kv", [("URN", U)]),
            ("table", ["No", "Description", "Reason"], [0.6, 5, 4], [
                ["1", "SARC notes 27/09/2026.", "Medical confidentiality."],
                ["2", "University student welfare referral form.", "Third-party welfare information about the complainant."]])]
    write_pdf(F.f("MG6D.pdf"), mg6d, created=(2026, 12, 3, 10, 5))
    mg12 = [("right", "MG12"), ("title", "Exhibit list"), ("kv", [("URN", U)]),
            ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
                ["JW/1", "ABE interview of Shannon KEARY 29/09/2026 - master DVD", "DC 2090 WARD"],
                ["JW/2", "ABE interview - working copy", "DC 2090 WARD"],
                ["JW/3", "Phone of Joel MARSDEN", "DC 2090 WARD"],
                ["MO/1-MO/3", "SARC samples", "Marie OKONJO"]])]
    write_pdf(F.f("MG12.pdf"), mg12, created=(2026, 12, 3, 10, 10))
    cr = [("p", f"WOLDS RIDING POLICE - CRIME WR/26/18823 - URN {U}"),
          ("kv", [("Offence", "Rape"), ("When", "27/09/2026 01:35-02:15"), ("Where", "Fenby Court Block C, University of Eastholme"),
                  ("Victim", "KEARY, Shannon (F, 22)"), ("Suspect", "MARSDEN, Joel - bailed"), ("First disclosure", "Abbie CROSS (flatmate) 02:30 in person")]),
          ("table", ["Date", "Entry"], [1.3, 8], [["27/09/2026", "PC 1559 attended; SARC; ISVA; suspect arrested and interviewed (no comment)."],
                                                   ["29/09/2026", "ABE; VPS offered."]])]
    write_txt(F.f("crime report WR-26-18823.txt"), cr, width=100)
    inc = [("p", "INCIDENT 0102 27/09/2026\n02:51 CALL FROM UNI SECURITY FENBY COURT - FEMALE STUDENT REPORTS RAPE BY MALE STUDENT IN HER ROOM. SUSPECT LEFT BLOCK 02:20.\n02:55 UNITS DEPLOYED.\n03:12 PC 1559 ON SCENE.")]
    write_txt(F.f("incident 0102.txt"), inc, width=110)

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": ["abe_recording", "signed"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                          "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited", "abe_plan",
                          "key_statements", "officer_statement", "suspect_interview", "previous_convictions",
                          "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                          "dig_dpn", "dig_prop", "exhibits", "forensic_medical", "special_measures", "victim_care",
                          "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3 KEARY.pdf", "type": "MG3"},
            {"name": "scan_0031.pdf", "type": "ABE_SUMMARY"},
            {"name": "DC Ward MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "Cross A MG11.docx", "type": "MG11", "role": "first_account"},
            {"name": "Fenwick statement.pdf", "type": "MG11", "role": "witness"},
            {"name": "PC1559 Hollis.txt", "type": "MG11", "role": "officer"},
            {"name": "scan_0032.pdf", "type": "MG11", "role": "expert"},
            {"name": "SDN MARSDEN.pdf", "type": "ROTI"},
            {"name": "PNC Marsden.txt", "type": "PNC"},
            {"name": "PNC witnesses.txt", "type": "PNC"},
            {"name": "MG6C.docx", "type": "MG6C"},
            {"name": "MG6D.pdf", "type": "MG6D"},
            {"name": "MG12.pdf", "type": "MG12"},
            {"name": "crime report WR-26-18823.txt", "type": "CRIME_REPORT"},
            {"name": "incident 0102.txt", "type": "INCIDENT_LOG"},
        ],
    })


# ===========================================================================
# Folder G  -  Lowmarsh Police, URN 07LM0662526  -  FAULTY (charging)
# Rebecca HOLT (written MG11) / Anthony CROSSLEY (suspect)
# First account: a hackney carriage driver she flagged down (Mohammed IQBAL),
# who rang 999; the 999 audio is in the file, produced by a police sergeant.
# PLANTED 1 (outstanding_dated): three outstanding items, none with a target date.
# PLANTED 2 (witness_convictions): no PNC / convictions check on any civilian
#   prosecution witness, and nothing says one was done.
# PLANTED 3 (victim_care -> VIC-VPS): nothing anywhere records whether a VPS was offered.
# ===========================================================================
def build_G(outdir):
    F = Folder(outdir, "CROSSLEY A - MG3 pack", "07LM0662526")
    U = F.urn
    FORCE = "Lowmarsh Police"

    mg3 = [
        ("p", "LOWMARSH POLICE"),
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR A CHARGING DECISION"),
        ("kv", [("URN", U), ("Suspect", "CROSSLEY, Anthony John (50)"), ("Offence", "Rape (s.1 SOA 2003)"),
                ("Officer in the case", "DC 1187 Priya SANDHU, Lowmarsh CID - 01632 960077 - priya.sandhu@lowmarsh.police.example"),
                ("Date", "09/12/2026")]),
        ("p", "I am requesting a full code test charging decision."),
        ("p", "On Friday 16 October 2026 Rebecca HOLT (45) was at The Plough in Saltby with friends. At about 22:45, after her friends "
              "had left, she got talking to Anthony CROSSLEY, whom she had not met before. At about 23:15 he offered her a lift home "
              "in his van. Instead of driving to Saltby village he pulled into the lay-by on the Fen Road. She says he climbed over "
              "into the passenger seat, held her down by the throat and raped her (vaginal), ignoring her telling him to stop. When "
              "he got back into the driver's seat she got out and ran to the main road, where she flagged down a passing hackney "
              "carriage driven by Mohammed IQBAL at about 23:38. She told him what had happened and he rang 999 at 23:41 and drove "
              "her to the Saltby Road service station to meet police. The 999 call recording (LD/1) is in the file, produced by PS "
              "DUNNE of the force control room."),
        ("p", "PC 2950 BARRACLOUGH was the first officer to meet her, at 23:58. She chose to give a written statement rather than a "
              "video-recorded interview; it was taken on 18 October by DC Sandhu. She was examined at the SARC by a nurse "
              "examiner on 17 October (statement attached: reddening to the neck, consent to release given). The laboratory "
              "reported on 30 November that semen on the high vaginal swab matches CROSSLEY's DNA."),
        ("p", "CROSSLEY was arrested on 17 October and interviewed. He says she came on to him, that sex in the van was her idea, and "
              "that she got upset afterwards because he said he was married. He denies holding her throat. His PNC is attached "
              "(drink driving 2015). He is on bail with conditions not to contact Rebecca HOLT or go to Saltby, to 17/01/2027."),
        ("h", "Lines of enquiry"),
        ("p", "Her account, the taxi driver, the 999 call, SARC and DNA, his interview, the van (seized and examined - nothing of "
              "note), house-to-house on Fen Road (no houses within sight of the lay-by), CCTV at The Plough (none - the pub has no "
              "cameras). Things that may help him: they were seen chatting and laughing at the bar by the landlord, and she had "
              "drunk about five glasses of wine. His phone was seized on arrest and sent for extraction limited to his calls, messages "
              "and location data for 16 and 17 October 2026, to test his account of the evening. The van hire company has been "
              "asked for the van's GPS track for 22:00 on 16 October to 00:30 on 17 October only, to show where it stopped and for "
              "how long. Her phone has not been asked for: she had no contact with him before that evening "
              "and nothing suggests it holds anything relevant to the issue of consent."),
        ("h", "Outstanding"),
        ("p", "The download of the suspect's phone has not come back yet. The van's GPS data has been requested from the hire "
              "company and is still awaited. A statement from the landlord of The Plough still needs to be taken."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D are attached. Incident log, crime report and the 999 call are with the file."),
        ("h", "Victim"),
        ("p", "Special measures - MG2 attached: screens and evidence by live link from a remote site; s.28 explained on 18 October, "
              "she would like her cross-examination pre-recorded. She is not vulnerable under s.16 and has no communication needs; "
              "no intermediary. Needs: she works shifts as a care assistant and needs at least a week's notice of any appointment; "
              "no interpreter. Referred to ISVA (Lowmarsh ISVA, Teresa BLAKE) on 17 October."),
        ("p", "Early advice: not sought - suspect identified and interviewed within 24 hours; forensic results back by 30 November."),
        ("p", "Supervisor endorsement: DS 742 Ian FAIRCLOUGH, 10/12/2026."),
    ]
    write_docx(F.f("MG3.docx"), mg3, head=f"OFFICIAL-SENSITIVE  URN {U}", foot="Page {page} of {pages}", created=(2026, 12, 10, 8, 30))

    rh_body = [
        "I am 45 and work as a care assistant. I live in Saltby. This statement is about what happened to me on the night of "
        "Friday 16th October 2026. The police offered me a video interview but I preferred to write it down with the officer.",
        "I went to The Plough in Saltby at about 8pm with two friends from work. They left at about 10:30. I stayed to finish my "
        "drink and a man sitting at the bar started talking to me. He said his name was Tony. He was friendly and we laughed about "
        "things. I had about five glasses of wine over the whole evening. I was merry but I knew what I was doing.",
        "At about quarter past eleven Tony said he was going and asked if I wanted a lift, as he was going through Saltby. I said "
        "yes because it was raining. He had a white van. After a couple of minutes he turned off onto Fen Road and pulled into the "
        "lay-by. I asked what he was doing. He said 'relax'. He climbed over into my seat and put his hand round my throat and "
        "pushed me back. I said 'stop, get off me' over and over. He pulled my jeans and knickers down and put his penis in my "
        "vagina. I could not breathe properly because of his hand. I don't know how long it went on, maybe two or three minutes.",
        "When he got back in his seat I opened the door and ran. I ran back to the main road. A taxi was coming and I waved it down. "
        "I told the driver 'a man has just raped me in his van'. He rang the police and drove me to the petrol station on the "
        "Saltby Road where the police met us.",
        "I did not know Tony before that night. I never said I wanted to have sex with him. He never said he was married; he did not "
        "say anything after. I went to the SARC the next morning.",
    ]
    rh = mg11(U, "Rebecca HOLT", "Over 18", "Care assistant", rh_body, "18/10/2026", sig="R Holt", n_pages=2,
              variant=0, decl=1, witnessed="DC 1187 P. SANDHU", split_at=3)
    write_pdf(F.f("Holt R MG11.pdf"), rh, head=("OFFICIAL-SENSITIVE (when complete)", ""), foot="Page {page} of {pages}", created=(2026, 10, 18, 20, 0))

    iq = mg11(U, "Mohammed IQBAL", "Over 18", "Hackney carriage driver", [
        "I have been a licensed hackney carriage driver in Lowmarsh for nine years. On Friday 16 October 2026 at about 23:38 I was "
        "driving along the Saltby Road, empty, when a woman ran out from the Fen Road junction waving both arms. I stopped. She "
        "got in the back and said 'please help me, a man has just raped me in his van'. She was crying and out of breath and "
        "holding her neck. She said he had given her a lift from the pub and stopped in the lay-by and held her by the throat. "
        "I rang 999 on my mobile at 23:41 and the operator told me to take her to the service station on the Saltby Road, which "
        "I did. A white van came out of Fen Road behind us and went the other way. I waited with her until a police officer "
        "arrived at about midnight.",
    ], "19/10/2026", sig="M. Iqbal", variant=1, decl=0, force=FORCE)
    write_photo_jpeg(F.f("IMG_6034.jpg"), iq, seed=6034, size=10.5)

    dun = mg11(U, "Lisa DUNNE", "Over 18", "Police Sergeant 1450, Force Control Room", [
        "I am a Police Sergeant supervising the Lowmarsh Police control room. The force telephony system records all 999 calls "
        "automatically and keeps them for 7 years.",
        "On 20 October 2026 at the request of DC Sandhu I retrieved the recording of the 999 call received at 23:41:06 on 16 "
        "October 2026 from a mobile phone (caller Mohammed Iqbal), linked to incident 0977. I exported it unaltered to an audio "
        "file and produce it as exhibit LD/1.",
    ], "20/10/2026", sig="L Dunne PS 1450", variant=2, decl=0, force="LOWMARSH POLICE")
    write_txt(F.f("PS Dunne 999 production.txt"), dun, width=90)
    make_wav(F.f("999_call_LD1_161026_2341.wav"), 6, seed=1450)

    bar = mg11(U, "Thomas BARRACLOUGH", "Over 18", "Police Constable 2950", [
        "At 23:43 on Friday 16 October 2026 I was sent to the Saltby Road service station. I arrived at 23:58 and was the first "
        "officer to see the victim, Rebecca HOLT, who was in a taxi with the driver. She was distressed and had red marks on the "
        "front of her neck. She asked me not to film her, so my body-worn camera was not switched on and I made notes in my "
        "PNB instead (PNB 5581, pages 12-14, produced as TB/1).",
        "She told me that a man called Tony whom she met in The Plough had given her a lift, stopped in the lay-by on Fen Road and "
        "raped her while holding her throat. She described him as white, about 50, stocky, with a grey beard, and the van as a "
        "white Transit with a ladder rack. I circulated the description. She was taken to the SARC.",
    ], "17/10/2026", sig="T. Barraclough", variant=0, decl=0)
    write_pdf(F.f("Barraclough MG11.pdf"), bar, created=(2026, 10, 17, 6, 0))

    sane = mg11(U, "Gillian MOSS", "Over 18", "Forensic nurse examiner, Lowmarsh SARC", [
        "I am a registered nurse and have worked as a forensic nurse examiner at the Lowmarsh SARC for eight years. I understand "
        "that my duty is to the court.",
        "On 17 October 2026 at 09:30 I examined Rebecca HOLT, 45, with her written consent, including consent to release of my notes "
        "to police and CPS. There was patchy reddening across the front of the neck, 6 x 3 cm, and two small bruises under the "
        "left jaw, consistent with pressure from a hand. No genital injury. Samples GM/1 (HVS), GM/2 (LVS), GM/3 (neck swab).",
    ], "17/10/2026", sig="G Moss", variant=1, decl=1, force="Lowmarsh SARC")
    write_docx(F.f("SARC FNE statement.docx"), sane, created=(2026, 10, 17, 15, 0))
    lab = [("title", "Lab report - Fenland Forensic Science"), ("kv", [("URN", U), ("Ref", "FFS-LM-26-2209"), ("Date", "30/11/2026")]),
           ("p", "GM/1: semen present; DNA profile matches Anthony CROSSLEY (reference DS/3); match probability less than one in a "
                 "billion. GM/3 (neck swab): male DNA at low level, mixture, not suitable for comparison. Work complete.")]
    write_pdf(F.f("lab report 30-11-26.pdf"), lab, created=(2026, 11, 30, 12, 0))
    roti = [
        ("title", "Record of Taped Interview"),
        ("kv", [("URN", U), ("Interviewee", "CROSSLEY, Anthony John"), ("Date", "17/10/2026 14:05-14:48"), ("Officers", "DC 1187 SANDHU, DC 560 GREEN"),
                ("Solicitor", "Mr A. BRYCE")]),
        ("table", ["Time", "Speaker", "Summary"], [1, 1.3, 7], [
            ["00:00", "DC Sandhu", "Caution given."],
            ["02:40", "CROSSLEY", "Met Rebecca at The Plough; she was 'all over me'; offered her a lift."],
            ["09:15", "CROSSLEY", "Says she suggested stopping; sex in the van was her idea; she climbed on to him."],
            ["17:30", "DC Green", "Puts her account of throat-holding. CROSSLEY: 'Never. I didn't touch her neck.'"],
            ["24:00", "CROSSLEY", "Says she got upset when he told her he was married and jumped out of the van."],
            ["39:00", "Mr Bryce", "Client has nothing to add."],
        ]),
    ]
    write_pdf(F.f("ROTI CROSSLEY.pdf"), roti, created=(2026, 10, 18, 9, 0))
    pnc = [("p", f"PNC - CROSSLEY, ANTHONY JOHN - DOB 22/07/1976 - PNCID 98/0114273F - URN {U}"),
           ("table", ["Date", "Offence", "Sentence"], [1.5, 5, 3], [["11/05/2015", "Driving with excess alcohol", "Fine 400, disqualified 12 months"]])]
    write_txt(F.f("PNC CROSSLEY.txt"), pnc, width=100)
    mg6c = [
        ("right", "MG6C"), ("title", "Police schedule of non-sensitive unused material"), ("kv", [("URN", U), ("R v", "CROSSLEY")]),
        ("table", ["No", "Description", "Location"], [0.6, 7, 2], [
            ["1", "Incident log 0977 16/10/2026 (999 call from taxi driver 23:41).", "With file"],
            ["2", "Crime report LM/26/40933.", "With file"],
            ["3", "PC Barraclough PNB 5581 pp 12-14 - victim's initial account and description (TB/1).", "With file"],
            ["4", "Van examination report 20/10/2026 - nothing of evidential note.", "CID office"],
            ["5", "House-to-house Fen Road 19/10/2026 - no properties overlook the lay-by.", "CID office"],
            ["6", "E-mail from landlord of The Plough - no CCTV at the premises.", "Correspondence"],
            ["7", "Custody record CROSSLEY 17/10/2026 and bail conditions.", "Custody system"],
            ["8", "Interview recording master.", "Property"],
        ]),
    ]
    write_pdf(F.f("MG6C CROSSLEY.pdf"), mg6c, created=(2026, 12, 9, 15, 0))
    mg6d = [("right", "MG6D"), ("title", "Police schedule of sensitive material"), ("kv", [("URN", U)]),
            ("table", ["No", "Description", "Reason"], [0.6, 5, 4], [["1", "SARC notes 17/10/2026.", "Complainant's medical information."],
                                                                     ["2", "ISVA referral.", "Support and contact details."]])]
    write_pdf(F.f("MG6D CROSSLEY.pdf"), mg6d, created=(2026, 12, 9, 15, 5))
    pnb = [("p", f"PNB 5581 - PC 2950 BARRACLOUGH - pp 12-14 (copy) - exhibit TB/1 - URN {U}"),
           ("p", "16/10/26 23:58 Saltby Rd service stn. Victim Rebecca HOLT in taxi. Red marks front of neck. States: 'Man called Tony from "
                 "the Plough gave me a lift, pulled into the lay-by on Fen Road, climbed over, held my throat and raped me. I told him to "
                 "stop.' Susp: W/M approx 50, stocky, grey beard. White Transit, ladder rack. Declined BWV. 00:20 SARC arranged.")]
    write_pdf(F.f("PNB TB1.pdf"), pnb, family="DejaVuSerif", created=(2026, 10, 17, 6, 30))
    mg12 = [("right", "MG12"), ("title", "Exhibit list"), ("kv", [("URN", U)]),
            ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
                ["LD/1", "999 call recording 16/10/2026 23:41 (999_call_LD1_161026_2341.wav)", "PS 1450 DUNNE"],
                ["TB/1", "Copy PNB 5581 pp 12-14", "PC 2950 BARRACLOUGH"],
                ["GM/1-GM/3", "SARC swabs", "Gillian MOSS"],
                ["DS/1", "Ford Transit van", "DC 1187 SANDHU"],
                ["DS/2", "Phone of Anthony CROSSLEY", "DC 1187 SANDHU"],
                ["DS/3", "Buccal swab CROSSLEY", "DC 1187 SANDHU"]])]
    write_pdf(F.f("MG12 CROSSLEY.pdf"), mg12, created=(2026, 12, 9, 15, 10))
    mg2 = [("right", "MG2"), ("title", "Special measures assessment"),
           ("kv", [("URN", U), ("Witness", "Rebecca HOLT"), ("Eligibility", "s.17(4) - complainant of sexual offence"),
                   ("Measures", "Screens; live link from remote site; s.28 pre-recorded cross-examination (wanted)"),
                   ("Intermediary", "Not needed - no communication needs, not s.16"), ("Needs", "One week's notice of appointments (shift work)"),
                   ("Completed", "DC 1187 SANDHU 18/10/2026")])]
    write_docx(F.f("MG2 HOLT.docx"), mg2, created=(2026, 10, 18, 21, 0))
    cr = [("p", f"LOWMARSH POLICE CRIME LM/26/40933  URN {U}"),
          ("kv", [("Offence", "Rape"), ("When", "16/10/2026 23:20-23:35"), ("Where", "Lay-by, Fen Road, Saltby"), ("Victim", "HOLT, Rebecca (F, 45)"),
                  ("Suspect", "CROSSLEY, Anthony John - bailed")]),
          ("table", ["Date", "Entry"], [1.3, 8], [
              ["16/10/2026", "999 by taxi driver. PC 2950 met victim. Description circulated."],
              ["17/10/2026", "SARC 09:30. ISVA referral. Suspect identified via van ANPR and pub staff; arrested 11:40; interviewed; bailed."],
              ["18/10/2026", "Written MG11 (victim chose not to do VRI). MG2 completed."],
              ["30/11/2026", "DNA match."]])]
    write_txt(F.f("crime LM-26-40933.txt"), cr, width=100)
    inc = [("p", "LOWMARSH CONTROL - INCIDENT 0977 - 16/10/2026\n23:41 999 CALL FROM TAXI DRIVER - HAS FEMALE IN CAB WHO STATES SHE HAS JUST BEEN RAPED BY A MALE IN A VAN IN THE LAY-BY FEN ROAD. "
                  "CALLER ADVISED TO GO TO SALTBY RD SERVICE STATION.\n23:43 PC 2950 DEPLOYED.\n23:58 2950 ON SCENE WITH VICTIM.\n00:20 SARC CONTACTED.")]
    write_txt(F.f("incident 0977.txt"), inc, width=110)

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "CALL_999", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2", "FORENSIC",
                          "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": ["outstanding_dated", "witness_convictions", "victim_care"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                          "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                          "mg6c", "mg6d", "schedule_descriptions", "dig_dpn", "dig_prop", "digital_proportionality",
                          "multimedia", "exhibits", "forensic_medical", "special_measures", "files_readable", "one_urn"],
        "docs": [
            {"name": "MG3.docx", "type": "MG3"},
            {"name": "Holt R MG11.pdf", "type": "MG11", "role": "complainant"},
            {"name": "IMG_6034.jpg", "type": "MG11", "role": "first_account"},
            {"name": "PS Dunne 999 production.txt", "type": "MG11", "role": "officer"},
            {"name": "999_call_LD1_161026_2341.wav", "type": "CALL_999"},
            {"name": "Barraclough MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "SARC FNE statement.docx", "type": "MG11", "role": "expert"},
            {"name": "lab report 30-11-26.pdf", "type": "FORENSIC"},
            {"name": "ROTI CROSSLEY.pdf", "type": "ROTI"},
            {"name": "PNC CROSSLEY.txt", "type": "PNC"},
            {"name": "MG6C CROSSLEY.pdf", "type": "MG6C"},
            {"name": "MG6D CROSSLEY.pdf", "type": "MG6D"},
            {"name": "MG12 CROSSLEY.pdf", "type": "MG12"},
            {"name": "MG2 HOLT.docx", "type": "MG2"},
            {"name": "crime LM-26-40933.txt", "type": "CRIME_REPORT"},
            {"name": "incident 0977.txt", "type": "INCIDENT_LOG"},
        ],
    })


# ===========================================================================
# Folder H  -  Eastmere Police, URN 44EM0603926  -  FAULTY (charging)
# Kayleigh DUNN (ABE) / Marcus VOSE (door supervisor)
# First account by phone to her friend Jade WHITLOCK (plain-text statement).
# PLANTED 1 (schedule_descriptions): MG6C entries "Misc paperwork", "Various
#   emails", "Officer notes", "CCTV", "Documents".
# PLANTED 2 (files_readable): scan_0009.pdf is a truncated, unreadable PDF.
# PLANTED 3 (multimedia -> MM-PROVIDED): the bar CCTV (RP/2) is relied on in the
#   MG3 and produced by the bar manager's statement, but is not in the folder.
# ===========================================================================
def build_H(outdir):
    F = Folder(outdir, "Op LANTERN", "44EM0603926")
    U = F.urn
    FORCE = "Eastmere Police"

    mg3 = [
        ("title", "MG3 - Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", U), ("Operation", "LANTERN"), ("Suspect", "VOSE, Marcus Dean (30)"),
                ("Offences", "Assault by penetration (s.2 SOA 2003); sexual assault (s.3 SOA 2003)"),
                ("OIC", "DC 1975 Sian PRICE - 01632 960488 / 07700 900488 - sian.price@eastmere.police.example")]),
        ("p", "Full code test requested."),
        ("p", "Kayleigh DUNN (27) was at the Lantern Bar, Quay Street, Eastmere, on the night of Saturday 11 July 2026. At closing "
              "time, about 02:10, she was waiting outside for a taxi that had been delayed. The door supervisor, Marcus VOSE, told "
              "her she could wait inside out of the rain. He took her through to the staff corridor behind the bar, where she says "
              "he pushed her against the wall, put his hand inside her top and grabbed her breast, then put his hand down the front "
              "of her trousers and penetrated her vagina with his fingers while she pushed at him and said 'no'. She got past him "
              "and left through the front door at about 02:31."),
        ("p", "At 02:35, walking along Quay Street, she phoned her friend Jade WHITLOCK and told her what had happened. That phone "
              "call is her first account. Jade drove to meet her and told her to ring 999, which she did at 02:52 from Jade's car. "
              "PC 3340 REECE met them at 03:05 and was the first officer to speak to her."),
        ("h", "Evidence"),
        ("p", "ABE by DC Price on 13 July (recording SP/1 and summary attached). Jade WHITLOCK's statement. PC Reece's statement. "
              "The bar manager, Robert PARKIN, produces the door staff rota (RP/1) showing VOSE on duty, and the bar's CCTV (RP/2), "
              "which shows VOSE leading her from the front door towards the staff corridor at 02:14:30 and her leaving through the "
              "front door at 02:31:05, walking fast with her arms folded. The CCTV is supplied with this file and is clipped to "
              "those two events."),
        ("p", "Dr Nigel FROOME, forensic physician, examined her at 09:00 on 11 July (no injuries; swabs of her breast and external "
              "genitalia taken; consent to release given). Results of the DNA work on those swabs (looking for VOSE's DNA) are "
              "awaited: target date 05/02/2027."),
        ("p", "VOSE was arrested on 12 July. In interview he says she kissed him in the corridor and that he kissed her back; he "
              "denies touching her breasts or putting his hand in her trousers. He says he took her to the corridor because the "
              "bar area was being cleaned. He has no previous convictions (PNC attached). His SIA licence has been suspended. He is "
              "on bail to 12/01/2027, conditions: no contact with Kayleigh DUNN or Jade WHITLOCK, and not to enter Quay Street."),
        ("p", "Lines of enquiry: her account; the first complaint to Jade; CCTV inside and outside the bar (the staff corridor has "
              "no camera); the other door supervisor on duty, Liam FROST, who was spoken to and says he was at the back door "
              "and saw nothing (note on the MG6C); the taxi company (taxi booked 01:58, arrived 02:40, she had gone); DNA. Lines "
              "that may help VOSE: she had been drinking all evening; the CCTV at the bar earlier shows her talking to him at the "
              "door at 23:40 and laughing. Her phone has not been examined - she did not want it to be and there is no reason to: "
              "she took a screenshot of her call log herself and sent it to DC Price (KD/1). No third-party material has been requested."),
        ("p", "Outstanding: DNA results only, target 05/02/2027."),
        ("p", "Disclosure: MG6C and MG6D attached; incident log; crime report; witness PNC checks nil."),
        ("p", "Victim: ABE as evidence in chief; screens; s.28 - she has been told about it and wants it. Not vulnerable (s.16), no "
              "intermediary needed. Needs: none beyond contact by text; no interpreter. ISVA (Eastmere ISVA, Farah QUINN) from 11 "
              "July. VPS offered 13 July - she wants to make one later. Early advice: not sought, the evidence was gathered within a "
              "week and the suspect interviewed. Supervisor: DS 812 Colin MARTINDALE, 30/11/2026."),
    ]
    write_docx(F.f("MG3 v3 FINAL.docx"), mg3, head=f"OFFICIAL-SENSITIVE  {U}", foot="{page}/{pages}", created=(2026, 11, 30, 16, 0))

    make_video(F.f("ABE_DUNN_130726.mp4"), 3, ["EASTMERE VRI  13/07/2026 11:00", f"SP/1 {U}"], seed=1975)
    abe = [
        ("title", "ABE Summary"),
        ("kv", [("URN", U), ("Witness", "Kayleigh DUNN"), ("Interviewer", "DC 1975 S. PRICE"), ("Date", "13/07/2026 11:00-12:04"), ("Exhibit", "SP/1")]),
        ("table", ["Time", "Summary"], [1, 7], [
            ["00:00", "Introductions."],
            ["03:00", "Night out with friends at Lantern Bar from 21:00; friends left at 01:30; she stayed to wait for a taxi."],
            ["10:20", "Door supervisor ('Marcus') offered she wait inside; took her to a corridor behind the bar."],
            ["15:40", "He pushed her against the wall, hand under her top on her breast, then hand inside her trousers and fingers in her vagina; she said 'no' and pushed him."],
            ["24:10", "She got past him and left; rang Jade on the way along Quay Street and told her; Jade came; rang 999."],
            ["29:00", "Questions: earlier conversation with him at the door (laughing, 'he was being nice'); whether she kissed him (denies); drink (six or seven vodkas)."],
            ["63:00", "End."],
        ]),
    ]
    write_pdf(F.f("ABE summary DUNN.pdf"), abe, created=(2026, 7, 14, 10, 0))
    price = mg11(U, "Sian PRICE", "Over 18", "Detective Constable 1975", [
        "I am a Detective Constable in the Eastmere RASSO team and the officer in this case. On 13 July 2026 between 11:00 and "
        "12:04 I interviewed Kayleigh DUNN on video at the Eastmere video interview suite after planning the interview on 12 July. "
        "I produce the master recording as SP/1. On 14 July I prepared a summary.",
        "On 13 July Kayleigh e-mailed me a screenshot she had taken of the call log on her phone, showing an outgoing call to "
        "'Jade' at 02:35 on 11 July lasting 9 minutes, which I produce as KD/1. She did not want her phone examined and it was not.",
    ], "14/07/2026", sig="S Price", variant=0, decl=1)
    write_pdf(F.f("DC PRICE MG11.pdf"), price, created=(2026, 7, 14, 11, 0))
    jade = mg11(U, "Jade WHITLOCK", "Over 18", "Hairdresser", [
        "I have been best friends with Kayleigh Dunn since school. On Saturday 11 July 2026 at about 02:35 I was in bed when she "
        "rang me. She was crying so much I could hardly understand her. She said 'Jade, the bouncer at the Lantern, he put his "
        "hand down my trousers, he put his fingers in me, I told him no'. She said he had taken her into a corridor to wait for her "
        "taxi and pushed her against a wall. I told her to stay on the phone and keep walking towards the taxi rank and I got "
        "in my car. I stayed on the phone with her until I found her about ten minutes later on Quay Street. In the car I told "
        "her to ring 999 and she did.",
    ], "12/07/2026", sig="J. Whitlock", variant=2, decl=0, force="EASTMERE POLICE RMS")
    write_txt(F.f("WHITLOCK J MG11.txt"), jade, width=90)
    reece = mg11(U, "Owen REECE", "Over 18", "Police Constable 3340", [
        "On 11 July 2026 at 02:55 I was sent to Quay Street after a 999 call. At 03:05 I found Kayleigh DUNN in the passenger seat "
        "of a car with her friend Jade WHITLOCK. I was the first officer to speak to her. She did not want to be filmed and I "
        "did not use body-worn video; I made notes in my PNB. She said the door supervisor at the Lantern Bar had put his hand "
        "inside her top and then his fingers inside her vagina in a corridor at the bar when she said no. I went to the bar, but "
        "it was closed and in darkness. I arranged the SARC and the ISVA referral.",
    ], "11/07/2026", sig="(Sgd) O Reece", variant=1, decl=1, force=FORCE)
    write_docx(F.f("PC Reece MG11.docx"), reece, created=(2026, 7, 11, 7, 0))
    park = mg11(U, "Robert PARKIN", "Over 18", "Bar manager", [
        "I am the manager of the Lantern Bar, Quay Street, Eastmere. On 12 July 2026 the police asked me for the door staff rota "
        "and CCTV for the early hours of 11 July. I produce the rota as RP/1; it shows Marcus Vose and Liam Frost on the door from "
        "21:00 to 02:30.",
        "The bar has eight cameras. There is no camera in the staff corridor. I have exported, from camera 2 (front door, inside) "
        "the footage from 02:13:00 to 02:16:00 and from 02:30:00 to 02:33:00 on 11 July, and I produce it on a USB stick as "
        "exhibit RP/2. The clock on the system is accurate to within a minute.",
    ], "12/07/2026", sig="R Parkin", variant=0, decl=0)
    write_pdf(F.f("Parkin statement.pdf"), park, created=(2026, 7, 12, 18, 0))
    froome = mg11(U, "Dr Nigel FROOME", "Over 18", "Forensic physician", [
        "I am a registered medical practitioner and forensic physician at the Eastmere SARC. I understand my duty to the court.",
        "On 11 July 2026 at 09:00 I examined Kayleigh DUNN, 27, with her written consent, including consent to the release of my "
        "notes to the police and the CPS. There were no injuries. I took swabs from the left breast (NF/1), the right breast "
        "(NF/2) and the external genitalia (NF/3). No other samples were needed. I handed the samples to DC Price.",
    ], "11/07/2026", sig="N Froome", variant=0, decl=0)
    write_photo_jpeg(F.f("IMG_1120.jpg"), froome, seed=1120, size=11)
    roti = [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", U), ("Interviewee", "VOSE, Marcus Dean"), ("Date", "12/07/2026 16:00-16:40"), ("Officers", "DC 1975 PRICE, DC 2117 HOLDEN"),
                ("Solicitor", "Ms L. CARVER")]),
        ("table", ["Time", "Speaker", "Summary"], [1, 1.3, 7], [
            ["00:00", "DC Price", "Caution."],
            ["03:00", "VOSE", "Knows Kayleigh as a regular; she was waiting for a taxi; he let her in because it was raining."],
            ["08:20", "VOSE", "Took her to the staff corridor because the bar was being cleaned."],
            ["12:00", "VOSE", "Says she kissed him and he kissed her back; nothing else happened."],
            ["18:30", "DC Holden", "Puts her account. VOSE: 'I never touched her like that. Never put my hand anywhere.'"],
            ["27:00", "VOSE", "Says she left because her taxi was there."],
            ["38:00", "Ms Carver", "No further comment."],
        ]),
    ]
    write_pdf(F.f("ROTI VOSE.pdf"), roti, created=(2026, 7, 13, 9, 0))
    write_txt(F.f("PNC VOSE.txt"), [("p", f"PNC RESULT  VOSE, MARCUS DEAN  DOB 19/10/1995  - NO CONVICTIONS, CAUTIONS, REPRIMANDS OR WARNINGS.  URN {U}  printed 29/11/2026")], width=110)
    wp = [("title", "PNC checks - prosecution witnesses"), ("p", f"URN {U}. 29/11/2026."),
          ("table", ["Name", "Result"], [4, 4], [["DUNN, Kayleigh", "No trace"], ["WHITLOCK, Jade", "No trace"], ["PARKIN, Robert", "No trace"]])]
    write_pdf(F.f("witness PNC.pdf"), wp, created=(2026, 11, 29, 10, 0))
    mg6c = [
        ("right", "MG6C"), ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("kv", [("URN", U), ("R v", "VOSE"), ("Disclosure officer", "DC 1975 S. PRICE")]),
        ("table", ["Item", "Description", "Location"], [0.6, 6, 2], [
            ["1", "Incident log 0188 of 11/07/2026 - 999 call by complainant at 02:52.", "With file"],
            ["2", "Crime report EM/26/11402.", "With file"],
            ["3", "Misc paperwork", "RASSO office"],
            ["4", "Various emails", "RASSO office"],
            ["5", "Officer notes", "RASSO office"],
            ["6", "CCTV", "Property"],
            ["7", "Documents", "RASSO office"],
            ["8", "Custody record VOSE 12/07/2026.", "Custody system"],
            ["9", "Interview recording master 12/07/2026.", "Property"],
        ]),
        ("p", "Signed: S Price 30/11/2026"),
    ]
    write_pdf(F.f("MG6C.pdf"), mg6c, created=(2026, 11, 30, 15, 0))
    mg6d = [("right", "MG6D"), ("title", "Police schedule of sensitive material"), ("kv", [("URN", U)]),
            ("table", ["No", "Description", "Reason"], [0.6, 5, 4], [["1", "SARC notes of Dr Froome 11/07/2026.", "Complainant's medical information."],
                                                                     ["2", "ISVA referral form.", "Support and contact details."]])]
    write_docx(F.f("MG6D.docx"), mg6d, created=(2026, 11, 30, 15, 5))
    mg12 = [("right", "MG12"), ("title", "Exhibit list"), ("kv", [("URN", U)]),
            ("table", ["Ref", "Description", "Produced by"], [1, 5, 2.5], [
                ["SP/1", "ABE of Kayleigh DUNN 13/07/2026 (ABE_DUNN_130726.mp4)", "DC 1975 PRICE"],
                ["KD/1", "Screenshot of call log 11/07/2026 02:35 (9 min)", "DC 1975 PRICE"],
                ["RP/1", "Door staff rota 10-11/07/2026", "Robert PARKIN"],
                ["RP/2", "CCTV camera 2, 02:13-02:16 and 02:30-02:33 on 11/07/2026 (USB)", "Robert PARKIN"],
                ["NF/1-NF/3", "SARC swabs", "Dr N. FROOME"]])]
    write_docx(F.f("MG12.docx"), mg12, created=(2026, 11, 30, 15, 10))
    cr = [("p", f"EASTMERE POLICE  CRIME EM/26/11402  URN {U}"),
          ("kv", [("Offences", "Assault by penetration; sexual assault"), ("When", "11/07/2026 02:14-02:31"), ("Where", "Lantern Bar, Quay Street"),
                  ("Victim", "DUNN, Kayleigh (F, 27)"), ("Suspect", "VOSE, Marcus Dean - bailed")]),
          ("table", ["Date", "Entry"], [1.3, 8], [["11/07/2026", "999 call; PC 3340; SARC 09:00; ISVA."], ["12/07/2026", "Suspect arrested, interviewed, bailed. CCTV and rota from bar manager."],
                                                   ["13/07/2026", "ABE. VPS offered - later."]])]
    write_txt(F.f("crime report EM-26-11402.txt"), cr, width=100)
    write_txt(F.f("CAD 0188.txt"), [("p", "EASTMERE CONTROL  0188  11/07/2026\n02:52 999 - FEMALE STATES DOORMAN AT LANTERN BAR SEXUALLY ASSAULTED HER, PUT HIS HAND IN HER TROUSERS. NOW IN FRIEND'S CAR QUAY ST.\n02:55 PC 3340 DEPLOYED.\n03:05 3340 WITH VICTIM.")], width=110)

    # the failed scan: a truncated PDF (header, a few objects, then cut off mid-stream)
    rnd = random.Random(909)
    junk = bytes(rnd.randrange(256) for _ in range(3000))
    with open(F.f("scan_0009.pdf"), "wb") as fh:
        fh.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                 b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R "
                 b"/MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length 48211 /Filter /DCTDecode >>\nstream\n" + junk)

    dump_expected(outdir, F.name, {
        "stage": "charging", "exit": 1,
        "present_types": ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
                          "CRIME_REPORT", "INCIDENT_LOG"],
        "must_fail": ["schedule_descriptions", "files_readable", "multimedia"],
        "must_not_fail": ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                          "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                          "abe_exhibited", "key_statements", "officer_statement", "signed", "suspect_interview",
                          "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dig_dpn", "dig_prop",
                          "exhibits", "forensic_medical", "special_measures", "victim_care", "one_urn"],
        "docs": [
            {"name": "MG3 v3 FINAL.docx", "type": "MG3"},
            {"name": "ABE_DUNN_130726.mp4", "type": "ABE_RECORDING"},
            {"name": "ABE summary DUNN.pdf", "type": "ABE_SUMMARY"},
            {"name": "DC PRICE MG11.pdf", "type": "MG11", "role": "officer"},
            {"name": "WHITLOCK J MG11.txt", "type": "MG11", "role": "first_account"},
            {"name": "PC Reece MG11.docx", "type": "MG11", "role": "officer"},
            {"name": "Parkin statement.pdf", "type": "MG11", "role": "witness"},
            {"name": "IMG_1120.jpg", "type": "MG11", "role": "expert"},
            {"name": "ROTI VOSE.pdf", "type": "ROTI"},
            {"name": "PNC VOSE.txt", "type": "PNC"},
            {"name": "witness PNC.pdf", "type": "PNC"},
            {"name": "MG6C.pdf", "type": "MG6C"},
            {"name": "MG6D.docx", "type": "MG6D"},
            {"name": "MG12.docx", "type": "MG12"},
            {"name": "crime report EM-26-11402.txt", "type": "CRIME_REPORT"},
            {"name": "CAD 0188.txt", "type": "INCIDENT_LOG"},
        ],
    })


BUILDERS = [build_A, build_B, build_C, build_I, build_D, build_E, build_F, build_G, build_H]


def main(argv):
    if len(argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    random.seed(3)
    np.random.seed(3)
    for b in BUILDERS:
        b(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
