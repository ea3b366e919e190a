#!/usr/bin/env python3
"""batch05: synthetic RASSO pre-charge case folders (blind batch).

Run: /work/main/.venv/bin/python make_batch.py OUTDIR

Everything here is invented: names, places, forces, phone numbers (UK drama ranges) and e-mail
addresses (.example). Deterministic: seeded randomness, fixed dates in every file's metadata.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
import random
import re
import shutil
import struct
import sys
import time
import wave
from fractions import Fraction
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import av
import numpy as np
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DT = datetime(2026, 11, 2, 9, 30, 0, tzinfo=timezone.utc)
RNG = random.Random(20260505)

OUT = None  # set in main


# ----------------------------------------------------------------------------------------------
# block model: a document is a list of blocks, rendered by one of the writers below
#   ("title", text) ("h", text) ("p", text) ("kv", [(k, v), ...]) ("table", cols, rows[, widths])
#   ("small", text) ("sp",) ("pb",) ("mono", text) ("sig", text)
# ----------------------------------------------------------------------------------------------

def fixdate(dt=None):
    return dt or FIXED_DT


class _PDF(FPDF):
    def __init__(self, head=None, foot=None, family="DejaVu", **kw):
        super().__init__(**kw)
        self._head = head
        self._foot = foot
        self._fam = family

    def header(self):
        if self._head:
            self.set_font(self._fam, "", 7.5)
            self.set_text_color(70, 70, 70)
            self.cell(0, 4, self._head, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self._foot:
            self.set_y(-12)
            self.set_font(self._fam, "", 7.5)
            self.set_text_color(70, 70, 70)
            txt = self._foot.replace("{p}", str(self.page_no())).replace("{n}", "{nb}")
            self.cell(0, 5, txt, align="C")
            self.set_text_color(0, 0, 0)


def _register(pdf, serif=False, condensed=False):
    base = "DejaVuSerif" if serif else ("DejaVuSansCondensed" if condensed else "DejaVuSans")
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/{base}.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/{base}-Bold.ttf")
    pdf.add_font("DejaVu", "I", f"{FONT_DIR}/{base}-{'Italic' if serif else 'Oblique'}.ttf")
    pdf.add_font("Mono", "", f"{FONT_DIR}/DejaVuSansMono.ttf")


def _all_text(blocks):
    out = []
    for b in blocks:
        for x in b[1:]:
            if isinstance(x, str):
                out.append(x)
            elif isinstance(x, (list, tuple)):
                for y in x:
                    if isinstance(y, (list, tuple)):
                        out.extend(str(z) for z in y)
                    elif isinstance(y, str):
                        out.append(y)
    return "\n".join(out)


def write_pdf(path, blocks, head=None, foot=None, serif=False, condensed=False, size=10,
              landscape=False, created=None, title=None, author="Case file"):
    txt = _all_text(blocks) + (head or "") + (foot or "")
    try:
        txt.encode("latin-1")
        core = True
    except UnicodeEncodeError:
        core = False
    fam = ("times" if serif else "helvetica") if core else "DejaVu"
    pdf = _PDF(head=head, foot=foot, family=fam, orientation="L" if landscape else "P", unit="mm",
               format="A4")
    if not core:
        _register(pdf, serif, condensed)
    pdf.set_creation_date(fixdate(created))
    pdf.set_producer("Force records system export")
    pdf.set_author(author)
    if title:
        pdf.set_title(title)
    pdf.alias_nb_pages("{nb}")
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(16, 14, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", size + 4)
            pdf.multi_cell(W, (size + 4) * 0.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", size + 1)
            pdf.multi_cell(W, (size + 1) * 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "hbox":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", size)
            pdf.set_fill_color(225, 225, 225)
            pdf.multi_cell(W, size * 0.55, b[1], border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, size * 0.48, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind == "pbox":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, size * 0.5, b[1], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "small":
            pdf.set_font(fam, "I", size - 2)
            pdf.multi_cell(W, (size - 2) * 0.45, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "mono":
            pdf.set_font(("courier" if core else "Mono"), "", size - 1.5)
            pdf.multi_cell(W, (size - 1.5) * 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "kv":
            pdf.set_font(fam, "", size)
            with pdf.table(col_widths=(35, 65), text_align="LEFT", line_height=size * 0.5,
                           first_row_as_headings=False, borders_layout="ALL") as t:
                for k, v in b[1]:
                    r = t.row()
                    pdf.set_font(fam, "B", size - 0.5)
                    r.cell(k)
                    pdf.set_font(fam, "", size - 0.5)
                    r.cell(v)
            pdf.ln(2)
        elif kind == "table":
            cols, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font(fam, "", size - 1.5)
            hs = FontFace(emphasis="BOLD", fill_color=(215, 215, 215))
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=(size - 1.5) * 0.5,
                           headings_style=hs, repeat_headings=1) as t:
                r = t.row()
                for c in cols:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif kind == "sig":
            pdf.ln(2)
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, size * 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sp":
            pdf.ln(4)
        elif kind == "pb":
            pdf.add_page()
    pdf.output(path)


def _fix_office_zip(path):
    """Rewrite an OOXML zip with fixed entry times and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    stamp = "2026-11-02T09:30:00Z"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_docx(path, blocks, head=None, foot=None, font="Arial", size=10.5, author="OIC"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    if head:
        hp = sec.header.paragraphs[0]
        hp.text = head
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if foot:
        fp = sec.footer.paragraphs[0]
        fp.text = foot
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h", "hbox"):
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 1)
        elif kind in ("p", "pbox", "sig"):
            d.add_paragraph(b[1])
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 2)
        elif kind == "mono":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.name = "Courier New"
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[0].paragraphs[0].runs[0].bold = True
                cells[1].text = v
            d.add_paragraph()
        elif kind == "table":
            cols, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            for i, c in enumerate(cols):
                t.rows[0].cells[i].text = c
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph()
        elif kind == "sp":
            d.add_paragraph()
        elif kind == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 3
    d.save(path)
    _fix_office_zip(path)


def write_xlsx(path, sheets, author="Disclosure officer"):
    """sheets: list of (name, preamble_rows, cols, rows, widths)"""
    wb = Workbook()
    wb.remove(wb.active)
    for name, pre, cols, rows, widths in sheets:
        ws = wb.create_sheet(name)
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line).font = Font(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        if pre:
            r += 1
        for i, c in enumerate(cols, 1):
            cell = ws.cell(row=r, column=i, value=c)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9D9D9")
        for row in rows:
            r += 1
            for i, c in enumerate(row, 1):
                cell = ws.cell(row=r, column=i, value=c)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, w in enumerate(widths or [], 1):
            ws.column_dimensions[chr(64 + i)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    wb.save(path)
    _fix_office_zip(path)


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ---------------------------------------------------------------- scanned pages & phone photos

def _font(size, bold=False, serif=False, mono=False):
    if mono:
        name = "DejaVuSansMono-Bold" if bold else "DejaVuSansMono"
    elif serif:
        name = "DejaVuSerif-Bold" if bold else "DejaVuSerif"
    else:
        name = "DejaVuSans-Bold" if bold else "DejaVuSans"
    return ImageFont.truetype(f"{FONT_DIR}/{name}.ttf", size)


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            t = (line + " " + w).strip()
            if draw.textlength(t, font=font) <= width:
                line = t
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def render_pages(blocks, dpi=200, serif=False, head=None, foot=None, handwritten_sig=True):
    """Draw blocks onto A4 greyscale page images (for image-only 'scans')."""
    Wpx, Hpx = int(8.27 * dpi), int(11.69 * dpi)
    s = dpi / 200.0
    margin = int(150 * s)
    body = _font(int(25 * s), serif=serif)
    bold = _font(int(27 * s), bold=True, serif=serif)
    big = _font(int(36 * s), bold=True, serif=serif)
    small = _font(int(21 * s), serif=serif)
    pages = []
    page = Image.new("L", (Wpx, Hpx), 255)
    d = ImageDraw.Draw(page)
    y = margin
    lh = int(36 * s)

    def newpage():
        nonlocal page, d, y
        pages.append(page)
        page = Image.new("L", (Wpx, Hpx), 255)
        d = ImageDraw.Draw(page)
        y = margin
        if head:
            d.text((margin, int(70 * s)), head, font=small, fill=60)

    if head:
        d.text((margin, int(70 * s)), head, font=small, fill=60)
    width = Wpx - 2 * margin
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            newpage()
            continue
        if kind == "sp":
            y += lh
            continue
        if kind == "title":
            lines, f, step = _wrap(d, b[1], big, width), big, int(48 * s)
        elif kind in ("h", "hbox"):
            lines, f, step = _wrap(d, b[1], bold, width), bold, int(38 * s)
        elif kind == "small":
            lines, f, step = _wrap(d, b[1], small, width), small, int(30 * s)
        elif kind == "kv":
            lines = []
            for k, v in b[1]:
                lines += _wrap(d, f"{k}: {v}", body, width)
            f, step = body, lh
        elif kind == "table":
            cols, rows = b[1], b[2]
            lines = [" | ".join(cols)] + ["-" * 60]
            for row in rows:
                lines += _wrap(d, " | ".join(str(c) for c in row), body, width)
            f, step = body, lh
        else:
            lines, f, step = _wrap(d, b[1], body, width), body, lh
        for ln in lines:
            if y + step > Hpx - margin:
                newpage()
            if kind == "title":
                tw = d.textlength(ln, font=f)
                d.text(((Wpx - tw) / 2, y), ln, font=f, fill=10)
            else:
                d.text((margin, y), ln, font=f, fill=15)
            y += step
        if kind == "sig" and handwritten_sig:
            # a scribbled signature under the line
            pts = []
            x0 = margin + int(150 * s)
            for i in range(40):
                pts.append((x0 + i * 7 * s, y + int(14 * s) + int(14 * s * math.sin(i * 0.9))))
            d.line(pts, fill=30, width=max(2, int(3 * s)))
            y += int(44 * s)
        y += int(10 * s)
    pages.append(page)
    if foot:
        n = len(pages)
        for i, p in enumerate(pages, 1):
            dd = ImageDraw.Draw(p)
            t = foot.replace("{p}", str(i)).replace("{n}", str(n))
            tw = dd.textlength(t, font=small)
            dd.text(((Wpx - tw) / 2, Hpx - int(90 * s)), t, font=small, fill=60)
    return pages


def _scan_look(img, rng, angle=None):
    img = img.rotate(angle if angle is not None else rng.uniform(-0.6, 0.6), resample=Image.BICUBIC,
                     fillcolor=250)
    arr = np.asarray(img).astype(np.int16)
    noise = np.random.RandomState(rng.randint(0, 10**6)).normal(0, 3, arr.shape)
    arr = np.clip(arr * 0.96 + 8 + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, "L")


def write_scan_pdf(path, blocks, dpi=200, serif=False, head=None, foot=None, seed=1):
    rng = random.Random(seed)
    pages = [_scan_look(p, rng) for p in render_pages(blocks, dpi, serif, head, foot)]
    ts = time.struct_time((2026, 11, 2, 9, 30, 0, 0, 306, 0))
    pages[0].save(path, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:],
                  quality=55, creationDate=ts, modDate=ts, producer="ScanStation 4000",
                  title="Scanned document")


def write_photo_jpeg(path, blocks, seed=1, angle=2.2):
    """A phone photo of one printed page lying on a desk: slight rotation and keystone."""
    rng = random.Random(seed)
    pg = render_pages(blocks, dpi=170, handwritten_sig=True)[0].convert("RGB")
    # paper tint
    tint = Image.new("RGB", pg.size, (248, 244, 232))
    pg = Image.blend(pg, tint, 0.12)
    W, H = pg.size
    bg = Image.new("RGB", (int(W * 1.16), int(H * 1.12)), (96, 78, 60))
    rot = pg.rotate(angle, expand=True, resample=Image.BICUBIC, fillcolor=(96, 78, 60))
    bg.paste(rot, ((bg.width - rot.width) // 2, (bg.height - rot.height) // 2))
    # mild keystone
    w, h = bg.size
    dx = int(w * 0.025)
    coeffs = _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)],
                                 [(dx, 0), (w - dx, 0), (w, h), (0, h)])
    bg = bg.transform(bg.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(96, 78, 60))
    # vignette-ish lighting
    arr = np.asarray(bg).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.10 * (((xx - w * 0.4) / w) ** 2 + ((yy - h * 0.35) / h) ** 2)
    arr = np.clip(arr * light[..., None], 0, 255).astype(np.uint8)
    bg = Image.fromarray(arr).resize((int(w * 0.85), int(h * 0.85)), Image.LANCZOS)
    bg.save(path, "JPEG", quality=84)


def _perspective_coeffs(src, dst):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


# ---------------------------------------------------------------- video & audio

def write_video(path, seconds, lines, fmt="mp4", codec="libx264", size=(320, 240), fps=12,
                audio=True, title=None, seed=1, scene="room"):
    rng = random.Random(seed)
    c = av.open(path, "w", format=fmt)
    if title:
        c.metadata["title"] = title
        c.metadata["comment"] = "Exported for CPS - working copy"
    vs = c.add_stream(codec, rate=fps)
    vs.width, vs.height = size
    vs.pix_fmt = "yuv420p"
    vs.codec_context.thread_count = 1
    if codec == "libx264":
        vs.options = {"threads": "1", "preset": "veryfast", "tune": "zerolatency", "crf": "30", "x264-params": "threads=1:lookahead-threads=1:sliced-threads=0:deterministic=1"}
    else:
        vs.bit_rate = 250000
        vs.options = {"threads": "1"}
    if audio:
        ast = c.add_stream("aac", rate=16000)
        ast.layout = "mono"
        ast.options = {"threads": "1"}
    f_small = _font(11, mono=True)
    f_lab = _font(12, bold=True)
    n = int(seconds * fps)
    base = Image.new("RGB", size, (0, 0, 0))
    bd = ImageDraw.Draw(base)
    W, H = size
    if scene == "room":  # ABE suite: wall, sofa, two figures
        bd.rectangle([0, 0, W, H], fill=(168, 160, 140))
        bd.rectangle([0, int(H * .68), W, H], fill=(95, 90, 110))
        bd.rectangle([30, int(H * .45), 150, int(H * .75)], fill=(60, 80, 120))
        bd.rectangle([190, int(H * .45), 300, int(H * .75)], fill=(120, 70, 70))
    elif scene == "street":  # CCTV: road and pavement
        bd.rectangle([0, 0, W, H], fill=(50, 55, 60))
        bd.polygon([(0, H), (W, H), (int(W * .65), int(H * .35)), (int(W * .35), int(H * .35))], fill=(80, 80, 85))
        bd.rectangle([0, 0, W, int(H * .35)], fill=(30, 30, 45))
    else:  # bwv: doorway
        bd.rectangle([0, 0, W, H], fill=(70, 65, 60))
        bd.rectangle([110, 40, 210, H], fill=(130, 100, 70))
    for i in range(n):
        img = base.copy()
        d = ImageDraw.Draw(img)
        t = i / fps
        if scene == "room":
            # two seated people, gentle movement
            for cx, col in ((90, (210, 180, 150)), (245, (200, 170, 140))):
                dy = int(2 * math.sin(t * 2 + cx))
                d.ellipse([cx - 14, int(H * .30) + dy, cx + 14, int(H * .30) + 28 + dy], fill=col)
                d.rectangle([cx - 20, int(H * .30) + 28 + dy, cx + 20, int(H * .62) + dy], fill=(40, 40, 60))
        elif scene == "street":
            x = int(40 + t * 45)
            d.rectangle([x, int(H * .45), x + 10, int(H * .45) + 30], fill=(200, 200, 200))
            x2 = int(10 + t * 42)
            d.rectangle([x2, int(H * .5), x2 + 11, int(H * .5) + 32], fill=(120, 120, 140))
        else:
            jitter = int(3 * math.sin(t * 5))
            d.rectangle([140 + jitter, 90, 180 + jitter, 200], fill=(40, 40, 40))
        # overlay text
        stamp = lines[0]
        d.rectangle([0, 0, W, 16], fill=(0, 0, 0))
        d.text((3, 2), stamp, font=f_small, fill=(255, 255, 255))
        sec = int(t)
        d.rectangle([0, H - 16, W, H], fill=(0, 0, 0))
        d.text((3, H - 14), f"{lines[1]}  +00:00:{sec:02d}.{int((t % 1) * 100):02d}", font=f_small,
               fill=(255, 255, 0))
        for k, extra in enumerate(lines[2:]):
            d.text((6, 20 + 14 * k), extra, font=f_lab, fill=(255, 255, 255))
        frame = av.VideoFrame.from_ndarray(_rgb_to_i420(img), format="yuv420p")
        frame.pts = i
        frame.time_base = Fraction(1, fps)
        for p in vs.encode(frame):
            c.mux(p)
    for p in vs.encode():
        c.mux(p)
    if audio:
        sr = 16000
        total = int(seconds * sr)
        tt = np.arange(total) / sr
        rs = np.random.RandomState(seed)
        env = (0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * tt)) * (np.sin(2 * np.pi * 0.4 * tt) > -0.3)
        sig = (0.08 * np.sin(2 * np.pi * 180 * tt) + 0.05 * np.sin(2 * np.pi * 310 * tt)
               + 0.03 * rs.normal(0, 1, total)) * env
        sig = sig.astype(np.float32)
        pts = 0
        for k in range(0, total, 1024):
            chunk = sig[k:k + 1024]
            if len(chunk) < 1024:
                chunk = np.pad(chunk, (0, 1024 - len(chunk)))
            fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            fr.sample_rate = sr
            fr.pts = pts
            pts += 1024
            for p in ast.encode(fr):
                c.mux(p)
        for p in ast.encode():
            c.mux(p)
    c.close()


def _rgb_to_i420(img):
    a = np.asarray(img).astype(np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    H, W = y.shape
    u = u.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    v = v.reshape(H // 2, 2, W // 2, 2).mean(axis=(1, 3))
    out = np.concatenate([y.ravel(), u.ravel(), v.ravel()])
    return np.clip(np.round(out), 0, 255).astype(np.uint8).reshape(H * 3 // 2, W)


def _speechy(seconds, sr, seed):
    rs = np.random.RandomState(seed)
    t = np.arange(int(seconds * sr)) / sr
    syll = (np.sin(2 * np.pi * 4.2 * t) > 0.1).astype(float)
    turns = (np.sin(2 * np.pi * 0.25 * t) > -0.6).astype(float)
    voice = np.sin(2 * np.pi * (150 + 40 * np.sin(2 * np.pi * 0.7 * t)) * t)
    sig = 0.25 * voice * syll * turns + 0.02 * rs.normal(0, 1, len(t))
    # ring tone at start
    ring = (t < 1.2) * 0.2 * np.sin(2 * np.pi * 425 * t) * (np.sin(2 * np.pi * 2.5 * t) > 0)
    return np.clip(sig * (t >= 1.2) + ring, -1, 1)


def write_wav(path, seconds, seed=1, sr=8000):
    sig = _speechy(seconds, sr, seed)
    data = (sig * 30000).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(data)


def write_audio_av(path, seconds, fmt="mp3", codec="libmp3lame", seed=1, title=None):
    sr = 22050 if codec == "libmp3lame" else 16000
    sig = _speechy(seconds, sr, seed).astype(np.float32)
    c = av.open(path, "w", format=fmt)
    if title:
        c.metadata["title"] = title
    st = c.add_stream(codec, rate=sr)
    st.layout = "mono"
    fs = 1152 if codec == "libmp3lame" else 1024
    pts = 0
    sample_fmt = "fltp" if codec != "libmp3lame" else st.codec_context.format.name
    for k in range(0, len(sig), fs):
        chunk = sig[k:k + fs]
        if len(chunk) < fs:
            chunk = np.pad(chunk, (0, fs - len(chunk)))
        if sample_fmt.startswith("s16"):
            arr = (chunk * 30000).astype(np.int16).reshape(1, -1)
            fr = av.AudioFrame.from_ndarray(arr, format="s16p" if sample_fmt == "s16p" else "s16",
                                            layout="mono")
        elif sample_fmt == "flt":
            fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="flt", layout="mono")
        else:
            fr = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        fr.sample_rate = sr
        fr.pts = pts
        pts += fs
        for p in st.encode(fr):
            c.mux(p)
    for p in st.encode():
        c.mux(p)
    c.close()


def write_eml(path, frm, to, subject, date, body, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    mid = hashlib.md5(subject.encode("utf-8")).hexdigest()[:10]
    m["Message-ID"] = f"<{mid}.{date.strftime('%Y%m%d')}@mail.police.example>"
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(bytes(m))


# ---------------------------------------------------------------- expected.json

def expected(case, present, must_fail, must_not_fail, docs, exit_code, stage="charging"):
    d = {"case": case, "stage": stage}
    if exit_code is not None:
        d["exit"] = exit_code
    d["present_types"] = sorted(set(present))
    d["must_fail"] = must_fail
    d["must_not_fail"] = must_not_fail
    d["docs"] = docs
    with open(os.path.join(OUT, case + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, indent=2, ensure_ascii=False)
        f.write("\n")


class Folder:
    def __init__(self, name):
        self.name = name
        self.path = os.path.join(OUT, name)
        os.makedirs(self.path, exist_ok=True)
        self.docs = []

    def p(self, fname):
        return os.path.join(self.path, fname)

    def doc(self, fname, typ, role=None):
        e = {"name": fname, "type": typ}
        if role:
            e["role"] = role
        self.docs.append(e)


# ================================================================================================
# shared document builders (each takes a style so that forces lay them out differently)
# ================================================================================================

DECL = {
    "std": ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my "
            "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
            "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
            "do not believe to be true."),
    "caps": ("THIS STATEMENT (CONSISTING OF {n} PAGE(S) EACH SIGNED BY ME) IS TRUE TO THE BEST OF MY "
             "KNOWLEDGE AND BELIEF AND I MAKE IT KNOWING THAT, IF IT IS TENDERED IN EVIDENCE, I SHALL BE "
             "LIABLE TO PROSECUTION IF I HAVE WILFULLY STATED IN IT ANYTHING WHICH I KNOW TO BE FALSE OR "
             "DO NOT BELIEVE TO BE TRUE."),
    "short": ("Declaration: this statement of {n} page(s), each signed by me, is true to the best of my "
              "knowledge and belief. I make it knowing that if it is tendered in evidence I shall be liable "
              "to prosecution if I have wilfully stated in it anything which I know to be false or do not "
              "believe to be true."),
}


def mg11(style, urn, name, age, occ, body, date, sig, n_pages=1, force=None, extra_kv=None,
         rear=None, witnessed=None):
    """Witness statement blocks. style: classic | niche | plain | caps."""
    b = []
    if style == "classic":
        b.append(("title", "WITNESS STATEMENT"))
        b.append(("small", "Criminal Procedure Rules r.16.2; Criminal Justice Act 1967 s.9; "
                           "Magistrates' Courts Act 1980 s.5B"))
        b.append(("kv", [("URN", urn), ("Statement of", name), ("Age if under 18", age),
                         ("Occupation", occ)] + (extra_kv or [])))
        b.append(("pbox", DECL["std"].format(n=n_pages)))
        b.append(("sig", f"Signature: {sig}          Date: {date}"))
        b.append(("small", "Tick if witness evidence is visually recorded [ ]  (supply witness details on rear)"))
    elif style == "niche":
        b.append(("h", f"{force or ''}   |   MG11   |   WITNESS STATEMENT".strip(" |")))
        b.append(("kv", [("URN", urn), ("STATEMENT OF", name.upper()), ("AGE IF UNDER 18", age),
                         ("OCCUPATION", occ.upper())] + (extra_kv or [])))
        b.append(("p", DECL["caps"].format(n=n_pages)))
        b.append(("sig", f"SIGNED: {sig}      DATED: {date}"))
    elif style == "caps":
        b.append(("title", "Statement of Witness"))
        b.append(("p", f"(CJ Act 1967, s.9 - MC Act 1980, s.5B)        URN: {urn}"))
        b.append(("p", f"Name: {name}\nAge: {age}\nOccupation: {occ}"))
        for k, v in (extra_kv or []):
            b.append(("p", f"{k}: {v}"))
        b.append(("p", DECL["short"].format(n=n_pages)))
        b.append(("sig", f"Signed {sig}        {date}"))
    else:  # plain
        b.append(("h", "WITNESS STATEMENT (MG11)"))
        b.append(("p", f"URN {urn}"))
        b.append(("p", f"Statement of: {name}    Age if under 18: {age}    Occupation: {occ}"))
        for k, v in (extra_kv or []):
            b.append(("p", f"{k}: {v}"))
        b.append(("p", DECL["std"].format(n=n_pages)))
        b.append(("sig", f"Signature: {sig}      Date: {date}"))
    b.append(("sp",))
    for para in body:
        if para == "<PB>":
            b.append(("sig", f"Signature: {sig}" + (f"      Signature witnessed by: {witnessed}" if witnessed else "")))
            b.append(("pb",))
            b.append(("small", f"MG11 continuation sheet - Statement of {name} - URN {urn}"))
        else:
            b.append(("p", para))
    end = f"Signature: {sig}"
    if witnessed:
        end += f"        Signature witnessed by: {witnessed}"
    b.append(("sig", end))
    if rear:
        b.append(("pb",))
        b.append(("h", "Witness details (rear of MG11) - not for disclosure"))
        b.append(("kv", rear))
    return b


def pnc_suspect(style, urn, name, dob, pnc_id, convictions, printed, by, force):
    b = []
    if style == "print":
        b.append(("mono", f"PNC PRINT - {force.upper()} - PRINTED {printed} BY {by}\n"
                          f"URN REF: {urn}\n"
                          f"NAME: {name}   DOB: {dob}   PNCID: {pnc_id}\n"
                          f"{'=' * 70}"))
        if not convictions:
            b.append(("mono", "CONVICTIONS: NONE RECORDED\nCAUTIONS/REPRIMANDS: NONE RECORDED\n"
                              "RESULT: NO TRACE ON PNC FOR CONVICTIONS OR DISPOSALS\n"
                              "WANTED/MISSING: NIL    IMPENDING PROSECUTIONS: NIL"))
        else:
            b.append(("mono", f"SUMMARY: {len(convictions)} CONVICTION(S)"))
            for c in convictions:
                b.append(("mono", " | ".join(c)))
            b.append(("mono", "WANTED/MISSING: NIL    IMPENDING PROSECUTIONS: THIS MATTER ONLY"))
    else:
        b.append(("title", "Previous convictions and cautions (PNC)"))
        b.append(("kv", [("URN", urn), ("Subject", name), ("Date of birth", dob),
                         ("PNC ID", pnc_id), ("Checked", f"{printed} by {by}")]))
        if convictions:
            b.append(("table", ["Date", "Court", "Offence", "Disposal"], convictions, (18, 22, 38, 22)))
        else:
            b.append(("p", "No convictions, cautions, reprimands or warnings are recorded for this "
                           "person on the Police National Computer. No local intelligence of offending "
                           "was found on the force system."))
    return b


def pnc_witnesses(style, urn, rows, printed, by, note=None):
    """rows: (name, role, result)"""
    b = []
    if style == "table":
        b.append(("title", "Prosecution witnesses - PNC checks"))
        b.append(("p", f"URN {urn}. Checks run {printed} by {by}. Results for every civilian witness in "
                       "the file; police witnesses are not included."))
        b.append(("table", ["Witness", "Role", "PNC result"], rows, (30, 25, 45)))
    else:
        b.append(("h", f"WITNESS PNC / PREVIOUS CONVICTIONS - URN {urn}"))
        for n, r, res in rows:
            b.append(("p", f"- {n} ({r}): {res}"))
        b.append(("p", f"Checked by {by} on {printed}."))
    if note:
        b.append(("p", note))
    return b


def roti_blocks(style, urn, suspect, when, where, present, lines, summary=None, tape=None):
    b = []
    if style == "mg15":
        b.append(("title", "RECORD OF INTERVIEW (MG15)"))
        b.append(("kv", [("URN", urn), ("Person interviewed", suspect), ("Date/time", when),
                         ("Place", where), ("Persons present", present),
                         ("Recording ref", tape or "-")]))
        if summary:
            b.append(("h", "Summary"))
            b.append(("p", summary))
        b.append(("table", ["Time", "Speaker", "Text"], lines, (14, 20, 66)))
    elif style == "roti":
        b.append(("title", "Record of Taped Interview"))
        b.append(("p", f"URN: {urn}\nInterviewee: {suspect}\nDate and time: {when}\nLocation: {where}\n"
                       f"Also present: {present}\nTape/recording: {tape or 'n/a'}"))
        for t, s, txt in lines:
            b.append(("p", f"[{t}] {s}: {txt}"))
    else:  # sdn
        b.append(("title", "Short Descriptive Note of interview (SDN) - MG15"))
        b.append(("kv", [("URN", urn), ("Suspect", suspect), ("When", when), ("Where", where),
                         ("Present", present), ("Media ref", tape or "-")]))
        b.append(("p", summary or ""))
        for t, s, txt in lines:
            b.append(("p", f"{t} - {s}: {txt}"))
    return b


def dpn_blocks(style, urn, person, device, parameters, reasons, signed, officer, version="DPN(a)"):
    b = []
    b.append(("title", f"Digital Processing Notice - {version} (victim / witness)"))
    b.append(("small", "Police, Crime, Sentencing and Courts Act 2022, s.37: extraction of information "
                       "from a device with the agreement of the user"))
    b.append(("kv", [("URN", urn), ("Device user", person), ("Device", device), ("Officer", officer)]))
    b.append(("h", "Why we are asking for your device"))
    b.append(("p", reasons))
    b.append(("h", "What we will look at (parameters)"))
    for p in parameters:
        b.append(("p", "- " + p))
    b.append(("h", "What we will not look at"))
    b.append(("p", "Anything outside the dates and data types above. If the tool captures more than "
                   "this, it will not be reviewed and will be kept securely only as long as the law "
                   "requires. You can ask for your device back at any time; you will be told what "
                   "that would mean for the investigation."))
    b.append(("h", "Agreement"))
    b.append(("p", "I have read (or had read to me) this notice. I understand what will be extracted, "
                   "why, and that I may withdraw my agreement. I agree to the extraction described."))
    b.append(("sig", signed))
    return b


def extract_blocks(urn, examiner, device, ref, params, items, when, tool="SelectX kiosk v9.2"):
    b = [("title", "Device extraction report (selective)"),
         ("kv", [("URN", urn), ("Lab ref", ref), ("Device", device), ("Examiner", examiner),
                 ("Date", when), ("Tool", tool)]),
         ("h", "Extraction parameters applied"), ("p", params),
         ("h", "Items returned within the parameters")]
    b.append(("table", ["#", "Date/time", "Type", "From/To", "Content (summary)"], items,
              (6, 20, 12, 22, 40)))
    b.append(("p", "No data outside the stated parameters was reviewed. The full image was not "
                   "created; only the filtered items above were exported."))
    return b


def sfr_blocks(urn, lab, ref, scientist, date, subject, items, conclusion):
    b = [("title", "Streamlined Forensic Report - SFR1"),
         ("kv", [("URN", urn), ("Provider", lab), ("Lab ref", ref), ("Reporting scientist", scientist),
                 ("Date of report", date), ("Subject", subject)]),
         ("h", "Items examined and findings")]
    b.append(("table", ["Item", "Description", "Finding"], items, (16, 38, 46)))
    b.append(("h", "Key finding"))
    b.append(("p", conclusion))
    b.append(("small", "This is a summary report. A full (SFR2 / MG11) statement can be provided if "
                       "the findings are not agreed."))
    return b


# ================================================================================================
# C1  non-recent (historical) abuse by a former swimming coach - Calderbrook - COMPLIANT
# ================================================================================================

def case_c1():
    F = Folder("61CB0412725_Op_Hollybank")
    urn = "61CB0412725"
    force = "Calderbrook Constabulary"
    head = "OFFICIAL-SENSITIVE  |  Calderbrook Constabulary  |  Op HOLLYBANK  |  URN 61CB0412725"
    foot = "Page {p} of {n}"

    # ---------------- MG3 (DOCX, numbered sections, long paragraphs) ----------------
    mg3 = [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("p", "URN: 61CB0412725          Operation: HOLLYBANK          Date of submission: 20th February 2026"),
        ("p", "Suspect: PELLOW, Graham John (born 3rd June 1962), 14 Saltings Lane, Dornford.\n"
              "Complainant: ANSTEY, Rachel Louise (born 1991), aged 13 to 15 at the time."),
        ("h", "1. Decision requested"),
        ("p", "We ask for a Full Code Test charging decision. We are not asking for the Threshold Test: the "
              "suspect is released under investigation, there is no custody clock, and all the evidence we "
              "intend to gather has been gathered."),
        ("h", "2. Offences for consideration"),
        ("p", "(a) Indecent assault on a female under 16, Sexual Offences Act 1956 s.14(1), on divers dates "
              "between 1st September 2004 and 31st July 2005 (multiple-incident count: touching her breasts "
              "and vagina over her swimming costume in the club office).\n"
              "(b) Indecent assault on a female under 16, s.14(1) SOA 1956, between 1st September 2005 and "
              "31st March 2006 (touching under clothing in his car after training).\n"
              "(c) Rape, SOA 1956 s.1(1), on a date between 1st April 2006 and 31st August 2006, in his car "
              "at Pennock Reservoir car park, when Rachel was 15."),
        ("h", "3. Outline of the case"),
        ("p", "Rachel trained with Calderbrook Amateur Swimming Club at the Tanfield Road baths from about "
              "2002 until the summer of 2006. PELLOW was the head coach of the club's county squad. Rachel "
              "says that from the start of the 2004 season, when she was 13 and had just moved into his "
              "squad, he would keep her behind in the club office to 'talk about her stroke' and touch her "
              "over her costume. From the autumn of 2005 he began driving her home on Thursday evenings when "
              "her mother worked late, and he touched her under her clothing in the car. She describes one "
              "occasion in the summer of 2006, before she left the club, when he drove to the Pennock "
              "Reservoir car park instead of her home and had vaginal intercourse with her on the back seat "
              "of his blue Astra. She left the squad a few weeks later and never went back. She told no adult "
              "at the time."),
        ("p", "She did not report until 14th October 2025. She told us that what prompted her was a local "
              "news report in September 2025 about an unconnected coach, and that her husband encouraged her "
              "to ring 101. She was seen by PC 6120 ABEL at her home the following day and gave a short first "
              "account, which he recorded in his pocket notebook; his statement is in the file."),
        ("h", "4. The complainant's evidence"),
        ("p", "Rachel was interviewed on video (ABE) on 3rd November 2025 by DC 4471 MARSH at the Harbour View "
              "suite. The recording is exhibit HM/1 and is in the file, with an index and summary; DC MARSH's "
              "statement exhibits it. Rachel gives a clear account, describes the office, the car and the "
              "reservoir car park, and is open about what she cannot remember (exact dates, how many times "
              "the office touching happened)."),
        ("h", "5. Previous complaint / first account witnesses"),
        ("p", "Rachel first told a school friend, Kirsty OWUSU, on a Year 11 geography field trip in spring "
              "2007, that 'something happened with Graham in his car and I can't go back'. Kirsty remembers "
              "the conversation and the trip. Much later, in September 2025, Rachel told her husband, who "
              "describes her as shaking and unable to finish the sentence at first. Statements from both are "
              "in the file. She told nobody else before she came to the police."),
        ("h", "6. Suspect's account"),
        ("p", "PELLOW attended voluntarily on 12th January 2026 with his solicitor (Ms RAO, Rao & Co.) and "
              "answered questions. He accepts coaching Rachel and accepts giving some swimmers lifts home, "
              "'always with another child in the car'. He denies ever touching her sexually, denies being "
              "alone with her in the office and denies the reservoir incident entirely. He suggested that "
              "Rachel's family bore a grudge because her father was banned from poolside in 2006 during a "
              "dispute about unpaid fees, and that this is why she has made the allegation now. The ROTI is "
              "in the file."),
        ("h", "7. Lines of enquiry (including those that point away from the suspect)"),
        ("p", "We have tried to test both accounts. (i) The fees dispute: we obtained the club committee "
              "minutes for May 2006 from Swim Calderbrook, the successor body. They confirm a dispute with "
              "Mr ANSTEY senior and a poolside ban. This supports PELLOW's account that there was bad feeling "
              "and is capable of assisting the defence; it is scheduled and a copy is enclosed. Rachel "
              "was asked about it; she says she knew her dad had 'fallen out with the club' but that she had "
              "already decided to leave. (ii) Lifts with other children present: we traced four former squad "
              "members from the 2005-06 squad list. Two would not engage. Lorna BRICE, then the assistant "
              "coach, says PELLOW often drove girls home alone despite a club rule against it, and that "
              "Rachel left abruptly in 2006. Keith ORMEROD, the club secretary at the time, says he never "
              "had any concern about PELLOW and that no complaint was ever made; his statement is in the "
              "file as it does not support the prosecution. (iii) The car: DVLA records show PELLOW was the "
              "registered keeper of a blue Vauxhall Astra from 2003 to 2009. (iv) The location: the council "
              "confirmed the Pennock Reservoir car park was open and unlit in 2006. (v) Other complainants: "
              "a force-wide records search and a check with the national safeguarding lead for swimming "
              "found no other report about PELLOW. (vi) Motive from compensation: Rachel has made no civil "
              "or CICA claim and says she does not intend to; she was asked this directly."),
        ("p", "Lines not pursued, with reasons: Rachel's counselling records (GP-referred counselling "
              "2019-2020) have not been requested. Nothing suggests they contain an account of these events "
              "and there is no basis to think they would have substantial probative value; the prosecutor "
              "agreed this at early advice. Her mobile phone has not been examined: she did not want it "
              "examined, and there is no reason to, because the events pre-date the phone. The single "
              "digital item (a 2023 Facebook message from PELLOW, 'long time no see, hope you're keeping "
              "well x') was photographed from her screen by DC MARSH (HM/3). No Digital Processing Notice "
              "was needed because no extraction took place."),
        ("h", "8. Outstanding evidence"),
        ("p", "No further enquiries are outstanding. The DVLA, council and club-records enquiries have all "
              "come back and are summarised above."),
        ("h", "9. Forensic and medical"),
        ("p", "There is no forensic or medical evidence. Given the passage of about twenty years there was no "
              "forensic opportunity, and no medical records have been requested, so no consent to release "
              "medical records was needed."),
        ("h", "10. Early advice"),
        ("p", "Early advice was sought and given on 4th November 2025 by Ms J. FRITH, Senior Crown Prosecutor, "
              "CPS Calderbrook RASSO unit. The record is in the file. Her four action points (interview "
              "PELLOW on the fees dispute; trace the 2005-06 squad; DVLA check; do not seek counselling "
              "notes without a specific basis) have all been dealt with above."),
        ("h", "11. Victim and witness care"),
        ("p", "Special measures: an MG2 is enclosed. Rachel is eligible as the complainant in a sexual "
              "offence (YJCEA 1999 s.17(4)). She wants her ABE played as her evidence-in-chief, screens in "
              "court, and she has said she would like her cross-examination pre-recorded under s.28 if the "
              "case goes to trial. An intermediary assessment was considered and is not needed: she has no "
              "communication difficulty and the interviewer identified none."),
        ("p", "Needs: she works as a dental nurse and has two children; she prefers calls after 6pm and "
              "written updates by e-mail; no interpreter is needed. She was referred to an ISVA at CRASAS "
              "on 16th October 2025 (Ms N. HEWSON) and is being supported. The Victim Personal Statement "
              "was offered on 3rd November 2025: she would like to make it once a decision is made, and this "
              "is recorded on her victim contact contract. Protected characteristics recorded on the crime "
              "report: female, White British, no disability declared."),
        ("h", "12. Custody / bail status"),
        ("p", "PELLOW is released under investigation (RUI) from 12th January 2026, authorised by Insp 1650 "
              "PATEL. Bail was considered and not imposed: he lives about 140 miles away in Dornford, has "
              "had no contact with Rachel since the 2023 message, and the DBS check shows he has not worked "
              "with children since 2008. There are no conditions."),
        ("h", "13. Disclosure"),
        ("p", "Schedules MG6C and MG6D and the disclosure officer's report (MG6E) are enclosed. Our disclosure "
              "strategy is set out in the MG6E: no digital material beyond HM/3; third-party material limited "
              "to the club's squad lists and committee minutes. Previous convictions: PELLOW has none (PNC "
              "print enclosed); PNC checks for all civilian witnesses are enclosed (all nil)."),
        ("h", "14. Officer in the case and supervision"),
        ("p", "OIC: DC 4471 Helen MARSH, Public Protection Unit, Calderbrook Central. Direct line 01632 960417, "
              "mobile 07700 900417, e-mail helen.marsh@calderbrook.police.example."),
        ("p", "Supervisor's review: I have read the file and the ABE summary and viewed part of the ABE. The "
              "file is complete for a full code test decision. DS 2209 Gareth LOWE, 19th February 2026."),
    ]
    fn = "01 MG3 Hollybank.docx"
    write_docx(F.p(fn), mg3, head=head, foot="OFFICIAL-SENSITIVE when complete", font="Arial")
    F.doc(fn, "MG3")

    # ---------------- ABE recording + summary ----------------
    fn = "02 ABE ANSTEY Rachel 03-11-2025 HM-1.mp4"
    write_video(F.p(fn), 4, ["HARBOUR VIEW SUITE CAM1  03/11/2025 10:04:12", "REC"],
                title="ABE interview ANSTEY R 03/11/2025 exhibit HM/1", seed=11)
    F.doc(fn, "ABE_RECORDING")
    summ = [
        ("title", "Index and summary of video-recorded interview"),
        ("kv", [("URN", urn), ("Interviewee", "Rachel ANSTEY (adult complainant)"),
                ("Date", "03/11/2025"), ("Place", "Harbour View ABE suite, Calderbrook"),
                ("Interviewer", "DC 4471 H. MARSH"), ("Monitor", "DC 3310 P. KERR"),
                ("Exhibit", "HM/1 (master), HM/2 (working copy)"),
                ("Length", "1 hr 52 min in two parts")]),
        ("table", ["Counter", "Topic", "Summary"], [
            ["00:00", "Introductions", "Ground rules explained; truth and lies discussed; Rachel confirms she understands."],
            ["00:06", "Free narrative", "Joined the county squad at 13; PELLOW kept her back in the club office; describes the office (trophy cabinet, window onto the pool)."],
            ["00:21", "Office incidents", "Touching over her costume; 'more times than I can count' over the first season; he told her it was 'our thing'."],
            ["00:38", "Lifts home", "Thursday lifts from autumn 2005 when her mum worked late; touching under clothing in the car; describes the car as a blue Astra with a child seat in the back."],
            ["00:55", "Reservoir", "Summer 2006: he drove past her road to Pennock Reservoir car park; rape on the back seat; she describes pain and that he gave her a towel from the boot."],
            ["01:10", "Leaving the club", "Left a few weeks later; knew her dad had fallen out with the club but had already decided not to go back."],
            ["01:22", "Disclosure", "Told Kirsty OWUSU on a school trip in 2007; told her husband in September 2025."],
            ["01:40", "Clarification", "Cannot give dates; can place the reservoir incident before her GCSE results in August 2006."],
            ["01:50", "Close", "Questions answered; time checked; interview ended 11:56."],
        ], (14, 22, 64)),
    ]
    fn = "03 VRI index and summary HM-1.pdf"
    write_pdf(F.p(fn), summ, head=head, foot=foot)
    F.doc(fn, "ABE_SUMMARY")

    # ---------------- statements ----------------
    fn = "04 MG11 DC MARSH.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Helen MARSH", "Over 18", "Detective Constable 4471", [
        "I am a Detective Constable in the Public Protection Unit of Calderbrook Constabulary and I am "
        "trained to conduct video-recorded interviews in line with Achieving Best Evidence.",
        "On Monday 3rd November 2025 between 10:04 and 11:56 hours I interviewed Rachel ANSTEY at the "
        "Harbour View suite. The interview was recorded on the suite's digital system and monitored by DC "
        "3310 KERR. At the end I made a master copy, which I sealed and now produce as exhibit HM/1, and a "
        "working copy, exhibit HM/2.",
        "On 3rd November 2025, at the end of the interview, Rachel showed me a Facebook message on her "
        "phone. I photographed the screen with a force camera; I produce the photograph as exhibit HM/3. I "
        "did not take or examine her phone.",
        "On 14th November 2025 I requested DVLA keeper history for PELLOW's former vehicles. I produce "
        "the response as exhibit HM/4.",
    ], "14/11/2025", "[signed]", 1), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "05 MG11 PC ABEL.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Martin ABEL", "Over 18", "Police Constable 6120", [
        "On Wednesday 15th October 2025 at about 18:30 I went to the home of Rachel ANSTEY in Calderbrook "
        "following a report she had made by telephone the day before. I was the first officer to see her.",
        "Rachel told me that when she was a teenager her swimming coach, a man she named as Graham "
        "PELLOW, had sexually abused her for about two years, and that once, in his car at a reservoir, he "
        "had raped her. She was tearful. I did not ask for detail, as she would be interviewed on video; I "
        "recorded what she said in my pocket notebook (PNB 61/4471, page 22), which is listed on the "
        "schedule of unused material.",
        "I arranged a referral to the specialist team and explained what would happen next.",
    ], "15/10/2025", "[signed]", 1), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "06 MG11 OWUSU K (scan).pdf"
    write_scan_pdf(F.p(fn), mg11("plain", urn, "Kirsty Ama OWUSU", "Over 18", "Pharmacist", [
        "I went to Tanfield High School with Rachel ANSTEY (then Rachel BROOKS). We were close friends "
        "from Year 7.",
        "In the spring of 2007, when we were in Year 11, we went on a geography field trip to the coast "
        "and shared a room. One night Rachel was very quiet. When I asked what was wrong she said "
        "'something happened with Graham in his car and I can't go back'. I knew Graham was her swimming "
        "coach because she had talked about him. She would not say any more and asked me not to tell "
        "anyone. I did not.",
        "I remember it because it was the only time I saw Rachel cry in five years at school.",
        "I did not speak about it again with her until the police contacted me in November 2025.",
    ], "19/11/2025", "K. Owusu", 1), head="Calderbrook Constabulary - MG11", foot="Page {p} of {n}", seed=12)
    F.doc(fn, "MG11", "first_account")

    fn = "07 MG11 ANSTEY D.docx"
    write_docx(F.p(fn), mg11("niche", urn, "Daniel Peter ANSTEY", "Over 18", "Electrician", [
        "I am married to Rachel ANSTEY. We have been together since 2013.",
        "On an evening in mid September 2025 we were watching the local news. There was an item about a "
        "coach at a different club. Rachel went very quiet and then said 'that happened to me'. She was "
        "shaking and could not finish the sentence at first. Over the next hour she told me that her "
        "swimming coach, Graham, had touched her when she was at school and that he had had sex with her "
        "in his car when she was fifteen.",
        "She had never mentioned it before. I said she should tell the police when she was ready. A few "
        "weeks later she rang 101.",
    ], "21/11/2025", "(Sgd) D. ANSTEY", 1, force="Calderbrook Constabulary"), head=head,
        foot="OFFICIAL-SENSITIVE when complete")
    F.doc(fn, "MG11", "first_account")

    fn = "08 MG11 BRICE L.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Lorna BRICE", "Over 18", "Retired teacher", [
        "Between 2003 and 2007 I was an unpaid assistant coach at Calderbrook Amateur Swimming Club. "
        "Graham PELLOW was head coach of the county squad.",
        "The club had a written rule that coaches did not give children lifts alone. I saw Graham drive "
        "girls home on his own many times, usually on Thursdays. I remember Rachel BROOKS (now ANSTEY) "
        "being one of them. I mentioned the rule to him once and he laughed it off.",
        "Rachel left the squad suddenly in the summer of 2006. I thought it was about the row between her "
        "father and the committee.",
        "I produce a photograph of the 2005 county squad, which I kept, as exhibit LB/1.",
    ], "02/12/2025", "[signed]", 1), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "09 MG11 ORMEROD K.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Keith ORMEROD", "Over 18", "Retired", [
        "I was honorary secretary of Calderbrook Amateur Swimming Club from 1998 to 2010.",
        "I knew Graham PELLOW well. In all that time no parent, swimmer or coach complained to me about "
        "him and I never had any concern about his behaviour. I am not aware of any rule about lifts "
        "being broken; I would not necessarily have known.",
        "I recall that in 2006 there was a dispute with Mr BROOKS, a parent, about unpaid fees, and that "
        "the committee banned him from poolside for a season.",
    ], "05/12/2025", "[signed]", 1), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    # ---------------- ROTI ----------------
    lines = [
        ["10:02", "DC MARSH", "This interview is being recorded. You are not under arrest and may leave at any time. Caution given and explained."],
        ["10:03", "PELLOW", "I understand. I want to answer your questions."],
        ["10:05", "DC MARSH", "Did you coach Rachel BROOKS?"],
        ["10:05", "PELLOW", "Yes, in the county squad, for two or three seasons."],
        ["10:09", "DC MARSH", "Were you ever alone with her in the club office?"],
        ["10:09", "PELLOW", "No. The door was always open. Parents were all over that building."],
        ["10:15", "DC MARSH", "Did you drive her home?"],
        ["10:16", "PELLOW", "Sometimes, but there was always another child in the car. I would not have been on my own with a girl."],
        ["10:24", "DC MARSH", "Rachel says you drove her to Pennock Reservoir and had sex with her on the back seat."],
        ["10:24", "PELLOW", "That is absolutely untrue. I never touched her. Never."],
        ["10:31", "DC MARSH", "Why would she say this?"],
        ["10:32", "PELLOW", "Her father was banned from poolside in 2006 over fees. The family hated the club after that. That is the only reason I can think of."],
        ["10:40", "DC MARSH", "You sent her a Facebook message in 2023."],
        ["10:40", "PELLOW", "I messaged dozens of old swimmers when the club closed. It was friendly, nothing more."],
        ["10:52", "DC MARSH", "Anything you want to add?"],
        ["10:52", "PELLOW", "Only that I have coached for thirty years and nobody has ever said anything like this."],
        ["10:54", "DC MARSH", "Interview concluded."],
    ]
    fn = "10 ROTI PELLOW 12-01-2026.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "Graham John PELLOW (DOB 03/06/1962)",
                                   "12/01/2026 10:02-10:54", "Calderbrook Central, interview room 3",
                                   "DC 4471 MARSH, DC 3310 KERR, Ms A. RAO (solicitor)", lines,
                                   summary="Voluntary attendance under caution. Full account given; denies all "
                                           "sexual contact; suggests the fees dispute as a motive.",
                                   tape="DIR-61-20260112-03"), head=head, foot=foot)
    F.doc(fn, "ROTI")

    fn = "11 PNC PELLOW.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "PELLOW, Graham John", "03/06/1962", "92/118834L", [],
                                   "12/01/2026", "DC 4471 MARSH", force))
    F.doc(fn, "PNC")

    fn = "12 PNC witnesses nil returns.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [
        ["Rachel ANSTEY", "complainant", "No trace"],
        ["Kirsty OWUSU", "first account", "No trace"],
        ["Daniel ANSTEY", "first account", "No trace"],
        ["Lorna BRICE", "witness", "No trace"],
        ["Keith ORMEROD", "witness (unused)", "No trace"],
    ], "13/01/2026", "DC 4471 MARSH"), foot=foot)
    F.doc(fn, "PNC")

    # ---------------- schedules ----------------
    pre = ["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)",
           f"URN {urn}   R v PELLOW   Page 1 of 1",
           "Disclosure officer: DC 4471 H. MARSH   Prepared 18/02/2026"]
    rows = [
        [1, "STORM incident log 61-20251014-0342: 101 call by complainant 14/10/2025 (copy with file)", "Copy in file"],
        [2, "Crime report CRI 61/2025/018834 with update log to 18/02/2026 (copy with file)", "Copy in file"],
        [3, "PNB 61/4471 p.22: PC ABEL's note of complainant's first account 15/10/2025", "PPU store"],
        [4, "ABE interview plan for Rachel ANSTEY, DC MARSH, 31/10/2025", "Case file"],
        [5, "Working copy of ABE, HM/2", "PPU property store"],
        [6, "Swim Calderbrook: committee minutes May 2006 re dispute with Mr BROOKS (copy with file)", "Copy in file"],
        [7, "Swim Calderbrook: county squad lists and coaching rota 2004-2006 (exhibit HM/5)", "PPU store"],
        [8, "Letter to Swim Calderbrook requesting squad lists and minutes, 20/11/2025, and written notice to Rachel ANSTEY 18/11/2025 (copy with file)", "Copy in file"],
        [9, "Officer's notes of calls to two former squad members who declined to engage, 08/12/2025 and 10/12/2025", "Case file"],
        [10, "Council e-mail confirming Pennock Reservoir car park open and unlit in 2006, 27/11/2025", "Case file"],
        [11, "Force records search and national swimming safeguarding lead reply (no other reports), 09/12/2025", "Case file"],
        [12, "DBS certificate history for PELLOW (no child-related employment since 2008)", "Case file"],
        [13, "Interview disc DIR-61-20260112-03 (master and working copies)", "PPU store"],
        [14, "Pre-interview disclosure document given to Ms RAO, 12/01/2026", "Case file"],
    ]
    fn = "13 MG6C.xlsx"
    write_xlsx(F.p(fn), [("MG6C", pre, ["Item", "Description", "Location"], rows, [6, 90, 22])])
    F.doc(fn, "MG6C")

    fn = "14 MG6D.pdf"
    write_pdf(F.p(fn), [
        ("title", "Police schedule of sensitive material (MG6D)"),
        ("kv", [("URN", urn), ("R v", "PELLOW"), ("Disclosure officer", "DC 4471 MARSH"), ("Date", "18/02/2026")]),
        ("table", ["No", "Description", "Reason for sensitivity"], [
            ["1", "ISVA referral form to CRASAS for Rachel ANSTEY, 16/10/2025", "Complainant's personal and contact details; support information"],
            ["2", "Victim contact contract and VPS offer record, 03/11/2025", "Personal details and contact preferences of complainant"],
            ["3", "MG2 special measures assessment, 20/02/2026 (copy supplied to CPS)", "Personal information about complainant's needs"],
        ], (8, 52, 40)),
        ("p", "The disclosure officer has considered whether any item above is capable of undermining the "
              "prosecution or assisting the defence: none is."),
    ], head=head, foot=foot)
    F.doc(fn, "MG6D")

    fn = "15 MG6E.docx"
    write_docx(F.p(fn), [
        ("title", "Disclosure officer's report (MG6E)"),
        ("p", f"URN {urn}    R v Graham PELLOW    DC 4471 MARSH    18/02/2026"),
        ("h", "Material that may undermine the prosecution or assist the defence"),
        ("p", "MG6C item 6 (club committee minutes, May 2006) shows a dispute between the complainant's "
              "father and the club and a poolside ban. It is consistent with the suspect's suggested motive "
              "and is capable of assisting the defence. A copy is with the file. The statement of Keith "
              "ORMEROD (in the file) is also capable of assisting the defence."),
        ("h", "Strategy"),
        ("p", "No device has been examined. Third-party material is limited to the club records listed at "
              "items 6 and 7. Counselling records have not been sought (see MG3 section 7)."),
        ("p", "Signed: H. MARSH, DC 4471"),
    ], foot="OFFICIAL-SENSITIVE when complete")
    F.doc(fn, "MG6E")

    fn = "16 MG12 exhibits.docx"
    write_docx(F.p(fn), [
        ("title", "Exhibit list (MG12)"),
        ("p", f"URN {urn}   R v PELLOW"),
        ("table", ["Ref", "Description", "Produced by", "Location"], [
            ["HM/1", "ABE master recording, Rachel ANSTEY, 03/11/2025", "DC MARSH", "PPU property store (sealed)"],
            ["HM/2", "ABE working copy", "DC MARSH", "PPU property store"],
            ["HM/3", "Photograph of Facebook message on complainant's screen (copy: IMG_2231.jpg)", "DC MARSH", "In file"],
            ["HM/4", "DVLA keeper history response", "DC MARSH", "Case file"],
            ["HM/5", "Squad lists and coaching rota 2004-2006 (Swim Calderbrook)", "DC MARSH", "PPU store"],
            ["LB/1", "Photograph of the 2005 county squad", "Lorna BRICE", "PPU store"],
        ]),
    ])
    F.doc(fn, "MG12")

    fn = "17 MG2 special measures ANSTEY.docx"
    write_docx(F.p(fn), [
        ("title", "MG2 - Special measures assessment"),
        ("kv", [("URN", urn), ("Witness", "Rachel ANSTEY (complainant)"),
                ("Eligibility", "Intimidated witness: complainant in a sexual offence, YJCEA 1999 s.17(4) (automatic)"),
                ("Views obtained", "03/11/2025 and 18/02/2026, by DC MARSH, with the ISVA present")]),
        ("h", "Measures sought"),
        ("p", "Video-recorded interview as evidence-in-chief (s.27). Screens (s.23). Pre-recorded "
              "cross-examination under s.28: Rachel was told what this involves and said yes, she would "
              "prefer it. Support from her ISVA in the live-link room or behind the screen."),
        ("h", "Intermediary"),
        ("p", "Considered. Not required: no communication or understanding difficulty; she is articulate "
              "and the ABE interviewer noted none."),
        ("h", "Other needs"),
        ("p", "Pre-trial court familiarisation visit; separate waiting area; no interpreter needed."),
    ])
    F.doc(fn, "MG2")

    fn = "18 STORM log 14-10-2025.pdf"
    write_pdf(F.p(fn), [
        ("mono", "CALDERBROOK CONSTABULARY - STORM INCIDENT LOG\n"
                 "INCIDENT 61-20251014-0342    OPENED 14/10/2025 19:12    CLOSED 15/10/2025 20:05\n"
                 "CLASS: SEXUAL OFFENCE - NON RECENT    GRADE: S (SCHEDULED)\n"
                 f"URN XREF: {urn}    CRIME: CRI 61/2025/018834\n" + "-" * 72),
        ("mono", "19:12 CALLER RACHEL ANSTEY ON 101. STATES WHEN AGED 13-15 (2004-2006) SHE WAS SEXUALLY\n"
                 "      ABUSED BY HER SWIMMING COACH 'GRAHAM' AT CALDERBROOK SWIMMING CLUB INCL RAPE IN HIS\n"
                 "      CAR. HAS NOT REPORTED BEFORE. NO CURRENT CONTACT. NOT IN IMMEDIATE DANGER.\n"
                 "19:20 SUSPECT NAMED AS GRAHAM PELLOW, APPROX 60 YRS. CALLER WANTS OFFICER TO ATTEND HOME,\n"
                 "      EVENINGS ONLY. ADVISED RE ISVA SERVICE.\n"
                 "19:31 GRADED S. APPT 15/10 18:30. PPU INFORMED BY EMAIL.\n"
                 "15/10 18:30 PC 6120 ABEL ON SCENE. INITIAL ACCOUNT OBTAINED, PNB.\n"
                 "15/10 20:01 CRIME RECORDED CRI 61/2025/018834. PPU TO INVESTIGATE.\n"
                 "15/10 20:05 CLOSED."),
    ])
    F.doc(fn, "INCIDENT_LOG")

    fn = "19 Crime report CRI-61-2025-018834.pdf"
    write_pdf(F.p(fn), [
        ("title", "Crime Report - CRI 61/2025/018834"),
        ("kv", [("URN", urn), ("Classification", "Rape of a female aged 13-15 (SOA 1956 s.1) and indecent assault (s.14)"),
                ("Reported", "14/10/2025 19:12 (101)"), ("Committed", "between 01/09/2004 and 31/08/2006"),
                ("Location", "Tanfield Road baths; Pennock Reservoir car park, Calderbrook"),
                ("Victim", "ANSTEY, Rachel (female, White British, no disability declared)"),
                ("Suspect", "PELLOW, Graham John (DOB 03/06/1962)"),
                ("OIC", "DC 4471 MARSH, PPU"), ("Status", "Under investigation - MG3 submitted")]),
        ("h", "MO / summary"),
        ("p", "Non-recent report. Former swimming coach alleged to have indecently assaulted the victim in "
              "the club office and his car over two seasons and raped her in his car in summer 2006."),
        ("h", "Update log (extract)"),
        ("table", ["Date", "By", "Entry"], [
            ["15/10/2025", "PC ABEL", "First account taken at home; PNB entry."],
            ["16/10/2025", "DC MARSH", "OIC allocated; ISVA referral made (CRASAS)."],
            ["03/11/2025", "DC MARSH", "ABE completed (HM/1). VPS offered - victim to decide later."],
            ["04/11/2025", "DC MARSH", "Early advice given by CPS (J. FRITH)."],
            ["12/01/2026", "DC MARSH", "Voluntary interview; suspect RUI (Insp PATEL)."],
            ["20/02/2026", "DC MARSH", "MG3 to CPS after DS LOWE review."],
        ], (16, 16, 68)),
    ], condensed=True)
    F.doc(fn, "CRIME_REPORT")

    fn = "20 CPS early advice 04-11-2025.pdf"
    write_pdf(F.p(fn), [
        ("title", "CPS Calderbrook RASSO - Early Advice"),
        ("kv", [("URN", urn), ("Date", "04/11/2025"), ("Prosecutor", "Joanne FRITH, Senior Crown Prosecutor"),
                ("Police", "DC 4471 MARSH")]),
        ("p", "I have been asked for early advice on a non-recent allegation. I have read the ABE summary "
              "and the first officer's note. The following reasonable lines of enquiry should be completed "
              "before a charging decision is sought:"),
        ("p", "1. Interview the suspect, putting the detail of the reservoir incident and the office.\n"
              "2. Trace members of the 2005-06 county squad and club officials; take statements where they "
              "have relevant evidence, whether or not it supports the complainant.\n"
              "3. DVLA keeper history for the suspect's vehicles 2004-2006.\n"
              "4. Do not request counselling records unless a specific basis emerges; record the reasoning."),
        ("p", "No further advice is needed at this stage. - J. Frith"),
    ])
    F.doc(fn, "EARLY_ADVICE")

    fn = "21 Club committee minutes May 2006 extract.pdf"
    write_scan_pdf(F.p(fn), [
        ("title", "Calderbrook Amateur Swimming Club"),
        ("h", "Minutes of the committee meeting held 11 May 2006 (extract, item 4)"),
        ("p", "4. Fees - Mr D. Brooks. The treasurer reported that fees for two swimmers (Rachel and Sam "
              "Brooks) remain unpaid since January. Mr Brooks attended the poolside on 4 May and used "
              "abusive language to the treasurer. Resolved: Mr Brooks is not to attend poolside for the "
              "remainder of the season. Secretary to write. (K. Ormerod)"),
        ("small", "Supplied by Swim Calderbrook on 02/12/2025 in answer to the police request of 20/11/2025."),
    ], head=f"MG6C item 6 - URN {urn}", seed=13)
    F.doc(fn, ["THIRD_PARTY", "OTHER"])

    fn = "22 Third party request and notice.pdf"
    write_pdf(F.p(fn), [
        ("title", "Request for third-party material and notice to the complainant"),
        ("h", "A. Notice to Rachel ANSTEY (handed to her and e-mailed, 18/11/2025)"),
        ("p", "Dear Rachel, we intend to ask Swim Calderbrook, which holds the old records of Calderbrook "
              "Amateur Swimming Club, for two things only: the county squad lists and coaching rota for "
              "2004 to 2006, and any committee minutes from 2006 about your family. We are asking because "
              "Graham PELLOW says he was never alone with you and mentions a dispute with your father; the "
              "records may help show who coached whom, and when. We will not ask for anything else about "
              "you. What we receive will be kept securely and only shown to the prosecutor and, if it must "
              "be disclosed, to the defence. Please tell me or your ISVA if you have any concerns. - DC MARSH"),
        ("h", "B. Request to Swim Calderbrook (20/11/2025)"),
        ("p", "Reasonable line of enquiry: whether the suspect coached the complainant's squad in 2004-2006 "
              "and whether there was a dispute between her family and the club, raised by the suspect in "
              "interview. Why it is necessary: there is no other source for the squad lists or the "
              "committee's decisions. Why it is proportionate: the request is limited to the squad lists, "
              "coaching rota and any 2006 minutes about the BROOKS family; no personal welfare, medical or "
              "membership files are sought. The complainant was told of this request in writing on "
              "18/11/2025."),
    ], head=head, foot=foot)
    F.doc(fn, ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"])

    fn = "IMG_2231.jpg"
    write_photo_jpeg(F.p(fn), [
        ("h", "Exhibit HM/3 - photo of screen (copy)"),
        ("p", "Messenger"),
        ("p", "Graham Pellow  -  14 March 2023 21:07"),
        ("p", "long time no see, hope you're keeping well x"),
        ("sp",),
        ("small", f"URN {urn}  -  photographed by DC 4471 MARSH 03/11/2025"),
    ], seed=14, angle=-2.4)

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG6E",
               "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT", "EARLY_ADVICE"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "exhibits", "forensic_medical", "special_measures", "victim_care",
           "files_readable", "one_urn", "dmd", "multimedia"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C2  rape by a cohabiting partner - Wyvern Vale - COMPLIANT (999 audio, BWV, SARC, DPN)
# ================================================================================================

def case_c2():
    F = Folder("Wyvern Vale - 62WV0733126 - FOSTER-GRAY")
    urn = "62WV0733126"
    head = "OFFICIAL - SENSITIVE   Wyvern Vale Police   URN 62WV0733126"
    foot = "Wyvern Vale Police - page {p} of {n}"

    mg3 = [
        ("title", "Report to Crown Prosecutor for Charging Decision (MG3)"),
        ("kv", [("URN", urn), ("Force / unit", "Wyvern Vale Police - Rape Investigation Team, Kestrel House"),
                ("Suspect", "MORLEY, Carl Anthony  (DOB 17.08.92)"),
                ("Complainant", "FOSTER-GRAY, Leanne  (29)  - partner of the suspect, living together 4 years"),
                ("Offence", "Rape, Sexual Offences Act 2003 s.1 - Flat 3, 18 Tanner Row, Ashby Cross - 09.05.26 about 23:15"),
                ("Advice sought", "FULL CODE TEST"),
                ("Submitted", "15.06.26 by DC 3381 Owen PRITCHARD")]),
        ("hbox", "What happened"),
        ("p", "Leanne and Carl MORLEY have lived together at Flat 3, 18 Tanner Row for about four years. On the "
              "evening of 09.05.26 they argued about money. Leanne went to bed at about 22:45. At about 23:15 "
              "MORLEY came into the bedroom and started kissing her neck. She told him no, she was tired and "
              "upset and did not want to. He pulled her pyjama bottoms down, held both her wrists above her "
              "head with one hand and had vaginal sex with her while she cried and told him to stop. When he "
              "finished she went into the bathroom, locked the door and at 23:41 rang 999 on her mobile, "
              "whispering. PC 2290 SHAH and PC 2417 BRAITHWAITE arrived at 23:52; PC SHAH was the first "
              "officer to speak to her and his body-worn video (AS/1) captures her first account on the "
              "landing. MORLEY was arrested at 00:05 on 10.05.26."),
        ("hbox", "Key evidence"),
        ("p", "- Leanne's ABE interview of 11.05.26 (SL/1, recording and summary attached; DC LLOYD's "
              "statement exhibits it).\n"
              "- The 999 call (KJ/1, audio attached), produced by the call handler Karen JOLLY. Leanne says "
              "'he wouldn't stop, I said no, he's still in the flat'.\n"
              "- PC SHAH's statement and BWV (AS/1), showing her distress and red marks to both wrists.\n"
              "- Dr ABERNETHY (forensic physician, The Lantern SARC, 10.05.26 03:30): fingertip-pattern "
              "bruising on both wrists and an abrasion on the lower back; no genital injury, which she explains "
              "does not exclude non-consensual intercourse.\n"
              "- SFR1 (Meridian Forensics, 02.06.26): semen on the high vaginal swab; DNA matches MORLEY. Not "
              "in dispute - he accepts intercourse.\n"
              "- WhatsApp from MORLEY at 23:48 while she was in the bathroom: 'open the door Lee im sorry ok im "
              "sorry'. Selective extraction report attached.\n"
              "- First account to her mother (Denise FOSTER) on the morning of 10.05.26 - statement attached."),
        ("hbox", "Suspect's account"),
        ("p", "Interviewed 10.05.26 with his solicitor (Mr GARNETT). He read a prepared statement: sex was "
              "consensual, 'as it always is'; they had argued earlier but made up before bed; he did not hold "
              "her down. He then made no comment. The 23:48 message was not explained in interview. His "
              "defence is therefore consent (and reasonable belief in consent)."),
        ("hbox", "Lines of enquiry - including those that do not support the complaint"),
        ("p", "1. House-to-house at 18 Tanner Row: the only resident in, Mrs Doreen KAYE (Flat 2, below), heard "
              "shouting at about 21:00 and 'nothing after about half ten'. Her statement is attached; it does "
              "not support Leanne on the later events and is capable of assisting the defence.\n"
              "2. The WhatsApp chat from 01.05.26 to 10.05.26: at 22:40 Leanne wrote 'just come to bed im not "
              "fighting anymore'. MORLEY may rely on this as showing they made up. It is in the extraction "
              "report and is scheduled as material that might assist the defence.\n"
              "3. Previous incidents between them: one recorded domestic incident (verbal argument, 14.02.24, "
              "no offences disclosed, incident log 62-20240214-1102). No other reports by Leanne.\n"
              "4. CCTV: there are no cameras in or outside 18 Tanner Row and house-to-house found no doorbell "
              "cameras facing the entrance, so no footage exists.\n"
              "5. MORLEY's phone was seized and examined for the same chat: it matches Leanne's.\n"
              "No line has been left unpursued."),
        ("hbox", "Outstanding"),
        ("p", "Nothing. All forensic work is back (SFR1 02.06.26) and all statements are attached. We are not "
              "waiting for anything."),
        ("hbox", "Digital material from the complainant"),
        ("p", "Leanne agreed to a selective extraction of her phone and signed the Digital Processing Notice "
              "on 10.05.26 (attached). The extraction was limited to the WhatsApp chat with MORLEY between "
              "01.05.26 and 10.05.26, because that is where the 23:48 message and the argument are; nothing "
              "else on the phone was examined. Her phone was returned to her on 12.05.26."),
        ("hbox", "Victim - special measures, needs, VPS, ISVA"),
        ("p", "MG2 attached. She is eligible (s.17(4)). She wants the ABE as her evidence-in-chief, to give "
              "evidence by live link from a remote site, and she would like s.28 pre-recorded cross-"
              "examination 'so that it's over sooner'. No intermediary: no communication need identified. "
              "Needs: anxiety since the incident (GP aware); staying with her mother; prefers contact by text "
              "via her ISVA, Jade OKORO (Wyvern ISVA Service, referred 10.05.26); female officers where "
              "possible; no interpreter. VPS: offered and made on 20.05.26 (attached)."),
        ("hbox", "Bail"),
        ("p", "On pre-charge bail to 05.08.26 with conditions: (1) not to contact Leanne FOSTER-GRAY directly or "
              "indirectly, including through social media; (2) not to enter Tanner Row, Ashby Cross; (3) to "
              "live and sleep each night at 41 Calver Street, Wyvern. No breaches reported."),
        ("hbox", "Early advice"),
        ("p", "Early advice was not sought. MORLEY was arrested on the night and the whole of the evidence was "
              "gathered within four weeks, so the case was ready for a full code test decision without it."),
        ("hbox", "Disclosure"),
        ("p", "MG6C, MG6D, MG6E and a DMD are attached. PNC for MORLEY attached (one conviction: common "
              "assault on a previous partner, 2019). Witness PNC checks attached - all nil."),
        ("hbox", "OIC and supervisor"),
        ("p", "OIC: DC 3381 Owen PRITCHARD - 01632 960552 - owen.pritchard@wyvernvale.police.example\n"
              "Supervisor: reviewed and approved for submission. DS 1907 Claire DUNMORE, 14.06.26."),
    ]
    fn = "MG3_62WV0733126.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot)
    F.doc(fn, "MG3")

    # multimedia
    fn = "999 call 09.05.26 2341 KJ-1.wav"
    write_wav(F.p(fn), 6, seed=21)
    F.doc(fn, "CALL_999")
    fn = "BWV AS-1 PC2290 10052026.mp4"
    write_video(F.p(fn), 4, ["AXON BODY 3  X60A2290  2026-05-09 23:52:40", "BWV"], scene="bwv",
                title="BWV PC 2290 SHAH - exhibit AS/1", seed=22)
    F.doc(fn, "BWV")
    fn = "VRI_SL-1_FOSTER-GRAY.mp4"
    write_video(F.p(fn), 5, ["KESTREL HOUSE VRI ROOM 2  11/05/2026 13:30", "VRI"],
                title="Video recorded interview FOSTER-GRAY L - SL/1", seed=23)
    F.doc(fn, "ABE_RECORDING")

    fn = "ABE summary SL-1.pdf"
    write_pdf(F.p(fn), [
        ("title", "ABE interview - summary"),
        ("p", f"URN {urn}  |  Witness: Leanne FOSTER-GRAY  |  11.05.26 13:30-14:48  |  Interviewer DC 4102 "
              "S. LLOYD  |  Monitor DC 3381 O. PRITCHARD  |  Exhibit SL/1"),
        ("p", "00:00-00:05 Introductions, ground rules.\n"
              "00:05-00:22 Free recall: the argument about money; bed at about 22:45; Carl came in at "
              "about 23:15; she said no; he held her wrists above her head with one hand and had sex with her; "
              "she was crying and told him to stop; he said 'you're my girlfriend'.\n"
              "00:22-00:40 Questioning: position, what was said, how long (a few minutes); she describes the "
              "pain in her wrists.\n"
              "00:40-00:55 After: locked herself in the bathroom, rang 999 whispering; saw his WhatsApp "
              "messages; police arrived.\n"
              "00:55-01:10 The relationship: previous arguments, never physical before this year; she once "
              "wrote 'just come to bed' to end the row that night and explains she meant to sleep.\n"
              "01:10-01:18 Closure."),
    ], head=head, foot=foot)
    F.doc(fn, "ABE_SUMMARY")

    # statements
    fn = "MG11_DC4102_LLOYD.pdf"
    write_pdf(F.p(fn), mg11("niche", urn, "Sian LLOYD", "OVER 18", "Detective Constable 4102", [
        "I am an ABE-trained interviewer. On 11.05.26 between 13:30 and 14:48 I interviewed Leanne "
        "FOSTER-GRAY in the VRI suite at Kestrel House. DC 3381 PRITCHARD monitored. The interview was "
        "recorded digitally. I produce the master recording as exhibit SL/1 and retained a working copy.",
    ], "11.05.26", "[signed] S. LLOYD", 1, force="WYVERN VALE POLICE"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "MG11_PC2290_SHAH.pdf"
    write_pdf(F.p(fn), mg11("niche", urn, "Amir SHAH", "OVER 18", "Police Constable 2290", [
        "At 23:44 hours on Saturday 09.05.26 I was on uniformed patrol with PC 2417 BRAITHWAITE when we were "
        "sent to a 999 call from a woman at Flat 3, 18 Tanner Row. We arrived at 23:52. I was wearing body-"
        "worn video, which I switched on as we got out of the car.",
        "A man, later identified as Carl MORLEY, opened the door. I went up to the landing where a woman, "
        "Leanne FOSTER-GRAY, came out of the bathroom. She was crying and shaking. She said 'he raped me, I "
        "told him no and he held my arms'. I saw red marks on the inside of both her wrists.",
        "At 00:05 on 10.05.26 I arrested MORLEY on suspicion of rape. He was cautioned and replied 'she's "
        "my girlfriend, this is mental'.",
        "I produce my body-worn video recording from 23:52 to 00:21 as exhibit AS/1.",
    ], "10.05.26", "[signed] A. SHAH PC2290", 1, force="WYVERN VALE POLICE"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "MG11_JOLLY_call_handler.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Karen JOLLY", "Over 18", "Police staff - call handler", [
        "I work in the Force Contact Centre. At 23:41 on 09.05.26 I answered a 999 call from a woman who "
        "whispered that her boyfriend had raped her, that he would not stop when she said no, and that he "
        "was still in the flat. She gave the address as 18 Tanner Row. I kept her on the line until officers "
        "arrived at 23:52.",
        "Calls are recorded automatically. I have listened to the recording of this call and produce a copy "
        "as exhibit KJ/1.",
    ], "12/05/2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "MG11_FOSTER_Denise.docx"
    write_docx(F.p(fn), mg11("caps", urn, "Denise FOSTER", "Over 18", "School administrator", [
        "Leanne is my daughter. At about 07:30 on Sunday 10 May 2026 a police officer brought her to my house "
        "from the SARC. She sat on the sofa wrapped in a blanket and told me Carl had forced himself on her "
        "after they argued, that she kept saying no and he held her arms down. She showed me her wrists, "
        "which were bruised.",
        "She has stayed with me since. She has not been sleeping and does not go out on her own.",
    ], "13.05.26", "Denise Foster"), foot="Page 1 of 1")
    F.doc(fn, "MG11", "first_account")

    fn = "MG11_KAYE_Doreen_flat2.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Doreen KAYE", "Over 18", "Retired", [
        "I live in Flat 2, 18 Tanner Row, directly below Flat 3. On Saturday 9 May 2026 at about 9pm I heard "
        "a man and a woman shouting upstairs. I could not make out words. It went quiet at about half past "
        "ten. I went to bed at eleven and I did not hear anything else until the police came.",
    ], "12/05/2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "MG11_Dr_ABERNETHY_FME.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Dr Ruth ABERNETHY", "Over 18", "Forensic physician, The Lantern SARC", [
        "I am a registered medical practitioner and have worked as a forensic physician since 2014 (MFFLM).",
        "At 03:30 on 10 May 2026 I examined Leanne FOSTER-GRAY at The Lantern SARC with her written consent, "
        "which included consent to the release of my notes and findings to the police and the CPS.",
        "Findings: on the inner aspect of each wrist, three to four oval bruises 0.5-1 cm, in a pattern "
        "consistent with fingertip pressure; a 3 cm linear abrasion on the lower back. No genital injury. "
        "The absence of genital injury is common after both consensual and non-consensual intercourse and "
        "does not help distinguish them.",
        "I took swabs, which I handed to DC PRITCHARD as exhibits RA/1 to RA/4.",
    ], "02/06/2026", "[signed] R. Abernethy"), head=head, foot=foot)
    F.doc(fn, "MG11", "expert")

    fn = "SFR1_Meridian_MWF-26-4471.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "MWF-26-4471", "Dr P. ANAND",
                                  "02.06.26", "MORLEY, Carl / FOSTER-GRAY, Leanne", [
        ["RA/2", "High vaginal swab", "Semen identified. DNA profile matches MORLEY (match probability < 1 in a billion)."],
        ["RA/3", "Low vaginal swab", "Semen identified; profile as RA/2."],
        ["RA/4", "Wrist swabs", "Mixed profile; MORLEY cannot be excluded as a contributor. Not informative given cohabitation."],
    ], "Sexual intercourse with MORLEY is confirmed. As he accepts intercourse, the finding is not in issue."),
        head=head)
    F.doc(fn, "FORENSIC")

    fn = "DPN_FOSTER-GRAY_100526.pdf"
    write_pdf(F.p(fn), dpn_blocks("std", urn, "Leanne FOSTER-GRAY", "Samsung Galaxy A54 (her own)", [
        "WhatsApp messages in the chat with 'Carl' (MORLEY) only",
        "Date range 01.05.26 00:00 to 10.05.26 23:59",
        "No photos, no other apps, no other contacts",
    ], "Carl MORLEY sent you messages on the night, and the argument earlier that week may be relevant to "
       "what he says. We only need that one conversation.",
        "Signed: L. Foster-Gray  10.05.26 09:40     Officer: DC 3381 PRITCHARD", "DC 3381 PRITCHARD"),
        head=head)
    F.doc(fn, "DPN")

    fn = "Extraction report OP-DFU-26-0512.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DC 3381 PRITCHARD (kiosk trained)", "Samsung Galaxy A54 - Leanne FOSTER-GRAY",
        "OP-DFU-26-0512", "WhatsApp chat with contact 'Carl' only; 01.05.26 00:00 - 10.05.26 23:59.", [
        ["1", "09.05.26 20:58", "WhatsApp", "Carl -> Leanne", "'we can't keep doing this, where has the money gone'"],
        ["2", "09.05.26 21:03", "WhatsApp", "Leanne -> Carl", "'dont start, I paid the gas'"],
        ["3", "09.05.26 22:40", "WhatsApp", "Leanne -> Carl", "'just come to bed im not fighting anymore'"],
        ["4", "09.05.26 23:46", "WhatsApp", "Carl -> Leanne", "'Lee come out'"],
        ["5", "09.05.26 23:48", "WhatsApp", "Carl -> Leanne", "'open the door Lee im sorry ok im sorry'"],
    ], "10.05.26"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    lines = [
        ["14:20", "DC PRITCHARD", "Interview started. Caution given. Mr GARNETT present."],
        ["14:22", "Mr GARNETT", "My client has prepared a statement which I will read."],
        ["14:22", "Prepared statement", "'Leanne and I had sex on the night of 9 May. It was consensual as it always is. We argued earlier about money but we made up before bed. I did not hold her down or hurt her. I have never forced her to do anything.' Signed C. Morley."],
        ["14:26", "DC PRITCHARD", "Leanne says she told you no and you held her wrists above her head."],
        ["14:26", "MORLEY", "No comment."],
        ["14:31", "DC PRITCHARD", "Why did you message 'im sorry ok im sorry' at 23:48?"],
        ["14:31", "MORLEY", "No comment."],
        ["14:40", "DC PRITCHARD", "She has bruises to both wrists."],
        ["14:40", "MORLEY", "No comment."],
        ["14:52", "DC PRITCHARD", "Interview ended."],
    ]
    fn = "ROTI_MORLEY_100526.pdf"
    write_pdf(F.p(fn), roti_blocks("roti", urn, "Carl Anthony MORLEY", "10.05.26 14:20-14:52",
                                   "Wyvern Central custody, room 2",
                                   "DC 3381 PRITCHARD, DC 2998 HOLT, Mr P. GARNETT (solicitor)", lines,
                                   tape="WV-CUS-260510-02"), head=head, foot=foot)
    F.doc(fn, "ROTI")

    fn = "PNC_MORLEY.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "MORLEY, Carl Anthony", "17.08.92", "11/402281H", [
        ["21.03.19", "Wyvern Magistrates", "Common assault (CJA 1988 s.39) - previous partner", "Conditional discharge 12 months; costs"],
        ["02.11.14", "Wyvern Magistrates", "Drunk and disorderly", "Fine GBP 100"],
    ], "10.05.26", "PS 1011 custody", "Wyvern Vale Police"), head=head)
    F.doc(fn, "PNC")

    fn = "PNC_witnesses.pdf"
    write_pdf(F.p(fn), pnc_witnesses("list", urn, [
        ("Leanne FOSTER-GRAY", "complainant", "no trace"),
        ("Denise FOSTER", "first account", "no trace"),
        ("Doreen KAYE", "neighbour", "no trace"),
        ("Karen JOLLY", "police staff, produces 999 call", "no trace"),
    ], "12.05.26", "DC 3381 PRITCHARD"), head=head)
    F.doc(fn, "PNC")

    # schedules: MG6C as a long PDF table running over pages
    rows = [
        ["1", "STORM incident log 62-20260509-2341 (999 call and deployment) - copy in file", "In file"],
        ["2", "Niche crime report 62/26/11873 with investigation log - copy in file", "In file"],
        ["3", "PC SHAH pocket notebook entry 09-10.05.26 (first account on landing)", "RIT"],
        ["4", "PC BRAITHWAITE pocket notebook entry 09-10.05.26", "RIT"],
        ["5", "PC BRAITHWAITE body-worn video 23:52-00:15 (arrest; no account from complainant)", "DEMS"],
        ["6", "Custody record MORLEY 10.05.26 (WV-CUS-260510)", "Custody"],
        ["7", "Interview recording WV-CUS-260510-02 (master)", "Property"],
        ["8", "DASH risk assessment 10.05.26 - high risk", "RIT"],
        ["9", "MARAC referral form 11.05.26", "RIT"],
        ["10", "Incident log 62-20240214-1102: previous verbal argument, no offences", "RIT"],
        ["11", "House-to-house proforma, 18 Tanner Row, all flats, 10.05.26", "RIT"],
        ["12", "Officer's note: no CCTV or doorbell cameras at or facing 18 Tanner Row, 10.05.26", "RIT"],
        ["13", "Full extraction report of MORLEY's phone (suspect device), 14.05.26", "DFU"],
        ["14", "ABE interview plan, DC LLOYD, 11.05.26", "RIT"],
        ["15", "SARC forensic medical examination record (consent form signed for release)", "SARC/RIT"],
        ["16", "Body map from SARC examination", "SARC/RIT"],
        ["17", "MG21 forensic submission form 11.05.26", "RIT"],
        ["18", "Meridian Forensics strategy e-mails 12.05.26 - 01.06.26", "RIT"],
        ["19", "Pre-interview disclosure to Mr GARNETT 10.05.26", "RIT"],
        ["20", "Bail conditions record (MG4A) 11.05.26 - conditions as MG3", "Custody"],
        ["21", "Phone return receipt, complainant's handset, 12.05.26", "RIT"],
        ["22", "ISVA contact log summary (dates only) 10.05.26 - 10.06.26", "RIT"],
        ["23", "Exhibit continuity log RA/1-RA/4, AS/1, KJ/1, SL/1", "Property"],
        ["24", "Photographs of wrist injuries taken at SARC (sensitive copies held at SARC)", "SARC"],
        ["25", "Working copy of ABE SL/1", "RIT"],
        ["26", "Working copy of 999 call KJ/1", "RIT"],
        ["27", "Witness contact log - Mrs KAYE (three visits before she was in)", "RIT"],
        ["28", "Supervisor review notes DS DUNMORE 14.06.26", "RIT"],
        ["29", "CSI scene attendance log and photographs of bedroom, 10.05.26 (no forensic recovery)", "CSI"],
        ["30", "CSI e-mail: bedding not submitted - intercourse admitted, no forensic question", "RIT"],
        ["31", "Custody CCTV of MORLEY's booking-in 10.05.26 00:41 (no comments of note)", "Custody"],
        ["32", "Victim contact log (dates and method of each update) 10.05.26 - 12.06.26", "RIT"],
        ["33", "Request to Wyvern ISVA for referral confirmation (e-mail 11.05.26)", "RIT"],
        ["34", "Letter to MORLEY's solicitor extending bail, 04.06.26", "RIT"],
    ]
    fn = "MG6C_non-sensitive_62WV0733126.pdf"
    write_pdf(F.p(fn), [
        ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
        ("p", f"MG6C   URN {urn}   R v MORLEY   Disclosure officer DC 3381 PRITCHARD   12.06.26"),
        ("small", "The disclosure officer believes the following material, which does not form part of the "
                  "prosecution case, is not sensitive."),
        ("table", ["Item", "Description and relevance", "Location"], rows, (10, 70, 20)),
        ("p", "Certified by the disclosure officer: the above is a complete list of non-sensitive relevant "
              "material not forming part of the prosecution case. O. PRITCHARD DC 3381."),
    ], head=head, foot=foot, condensed=True, size=13)
    F.doc(fn, "MG6C")

    fn = "MG6D.docx"
    write_docx(F.p(fn), [
        ("title", "Police schedule of sensitive material (MG6D)"),
        ("p", f"URN {urn}    R v Carl MORLEY    12.06.26    DC 3381 PRITCHARD"),
        ("table", ["No.", "Description", "Reason"], [
            ["1", "MARAC minutes 20.05.26", "Multi-agency safeguarding material; third-party confidentiality"],
            ["2", "Leanne's contact details and safe address (mother's home)", "Safety of complainant"],
            ["3", "ISVA referral form 10.05.26", "Personal support information"],
        ]),
        ("p", "None of the above is believed to meet the disclosure test."),
    ])
    F.doc(fn, "MG6D")

    fn = "MG6E_DO_report.pdf"
    write_pdf(F.p(fn), [
        ("title", "Disclosure Officer's Report - MG6E"),
        ("p", f"URN {urn}. I have examined all material listed on the MG6C and MG6D."),
        ("p", "Material that may undermine the prosecution or assist the defence: (a) the statement of "
              "Doreen KAYE (in the file); (b) the WhatsApp message at 22:40, item 3 of the extraction report "
              "(in the file). Both are with the CPS now. No other item meets the test."),
        ("p", "Signed: O. PRITCHARD DC 3381, 12.06.26"),
    ], head=head)
    F.doc(fn, "MG6E")

    fn = "DMD_MORLEY.docx"
    write_docx(F.p(fn), [
        ("title", "Disclosure Management Document"),
        ("p", f"URN {urn}   R v MORLEY   Version 1, 12.06.26"),
        ("h", "Reasonable lines of enquiry"),
        ("p", "As the MG3. Defence is consent. Enquiries to test that: the WhatsApp chat, neighbour, previous "
              "incidents, CCTV (none)."),
        ("h", "Digital strategy"),
        ("p", "Complainant: selective WhatsApp extraction, one chat, 01.05.26-10.05.26, DPN signed. "
              "Suspect: full logical extraction of his handset (suspect device, seized on arrest)."),
        ("h", "Third-party material"),
        ("p", "None requested. MARAC material scheduled on the MG6D."),
    ])
    F.doc(fn, "DMD")

    fn = "MG12 exhibit list.pdf"
    write_pdf(F.p(fn), [
        ("title", "Exhibit list - MG12"),
        ("p", f"URN {urn}"),
        ("table", ["Exhibit", "Description", "Produced by"], [
            ["SL/1", "ABE recording of Leanne FOSTER-GRAY, 11.05.26", "DC LLOYD"],
            ["KJ/1", "Recording of 999 call 09.05.26 23:41", "Karen JOLLY"],
            ["AS/1", "Body-worn video PC SHAH 23:52-00:21", "PC SHAH"],
            ["RA/1-RA/4", "SARC swabs (RA/2 HVS, RA/3 LVS, RA/4 wrists)", "Dr ABERNETHY"],
            ["OP/1", "Samsung Galaxy A54 selective extraction (report OP-DFU-26-0512)", "DC PRITCHARD"],
        ], (16, 60, 24)),
    ], head=head)
    F.doc(fn, "MG12")

    fn = "MG2_FOSTER-GRAY.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG2  Special Measures Assessment"),
        ("kv", [("URN", urn), ("Witness", "Leanne FOSTER-GRAY - complainant"),
                ("Category", "Intimidated - complainant in a sexual offence (s.17(4) YJCEA)"),
                ("Discussed", "11.05.26 after the ABE, and 10.06.26 with ISVA present")]),
        ("p", "Measures requested: video-recorded evidence-in-chief (s.27); live link from a remote site "
              "(s.24); s.28 pre-recorded cross-examination - Leanne wants this. If live link is refused, "
              "screens (s.23)."),
        ("p", "Intermediary: not needed. No communication difficulty."),
        ("p", "Other: she asks not to see MORLEY or his family at court; separate entrance requested."),
    ], head=head)
    F.doc(fn, "MG2")

    fn = "VPS_FOSTER-GRAY_200526.pdf"
    write_pdf(F.p(fn), mg11("plain", urn, "Leanne FOSTER-GRAY", "Over 18", "Retail supervisor", [
        "VICTIM PERSONAL STATEMENT",
        "I have been asked how this has affected me. I have not been back to the flat. I am living at my "
        "mum's. I have been off work for three weeks and I don't sleep. I feel stupid for not leaving him "
        "before. I want the court to know I did say no.",
    ], "20.05.26", "[signed]"), head=head)
    F.doc(fn, ["VPS", "MG11"])

    fn = "STORM 62-20260509-2341.pdf"
    write_pdf(F.p(fn), [
        ("mono", "WYVERN VALE POLICE  STORM  62-20260509-2341\n"
                 "OPENED 09/05/2026 23:41:07   TYPE: SEXUAL OFFENCE - IN PROGRESS/JUST OCCURRED   GRADE: E\n"
                 "LOC: FLAT 3, 18 TANNER ROW, ASHBY CROSS\n" + "=" * 72 + "\n"
                 "23:41 999 FEMALE WHISPERING. STATES BOYFRIEND HAS RAPED HER, SHE SAID NO. SHE IS LOCKED\n"
                 "      IN BATHROOM. HE IS STILL IN FLAT. NO WEAPONS MENTIONED. CALLER LEANNE.\n"
                 "23:43 KEEP CALLER ON LINE. DV MARKER ON ADDRESS (14/02/24 VERBAL).\n"
                 "23:44 ASSIGNED WV21 (PC2290 SHAH / PC2417 BRAITHWAITE)\n"
                 "23:52 WV21 AT SCENE.\n"
                 "00:05 ONE MALE ARRESTED - RAPE. CARL MORLEY.\n"
                 "00:30 RIT ON CALL (DS DUNMORE) INFORMED. SARC BOOKED 03:00.\n"
                 "01:10 SCENE - BEDROOM SEALED. CSI REQUESTED FOR 0800.\n"
                 f"10/05 08:02 URN {urn} ALLOCATED. CLOSED TO CRIME 62/26/11873."),
    ])
    F.doc(fn, "INCIDENT_LOG")

    fn = "Niche crime report 62-26-11873.pdf"
    write_pdf(F.p(fn), [
        ("title", "Occurrence 62/26/11873 - Rape (SOA 2003 s.1)"),
        ("kv", [("URN", urn), ("Reported", "09.05.26 23:41 (999)"), ("Occurred", "09.05.26 approx 23:15"),
                ("Location", "Flat 3, 18 Tanner Row, Ashby Cross"),
                ("Victim", "FOSTER-GRAY, Leanne - female, 29, White British, no disability"),
                ("Offender", "MORLEY, Carl Anthony - partner (DA flag)"),
                ("OIC", "DC 3381 PRITCHARD")]),
        ("p", "Summary: Victim reports that after an argument her partner had sexual intercourse with her "
              "while holding her wrists, despite her saying no. Suspect arrested at scene. SARC attended. "
              "ABE 11.05.26. Suspect bailed with conditions 11.05.26. ISVA referral 10.05.26. VPS taken "
              "20.05.26."),
    ], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "CALL_999", "BWV", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "DPN",
               "DIGITAL_EXTRACT", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "DMD", "MG12", "MG2", "VPS",
               "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C3  two suspects, charge sought against one only - Harrowmere - COMPLIANT
# ================================================================================================

def case_c3():
    F = Folder("63HM0580226")
    urn = "63HM0580226"
    head = "Harrowmere Police - OFFICIAL-SENSITIVE"
    foot = f"URN {urn} - Page {{p}} of {{n}}"

    mg3 = [
        ("title", "MG3 - Report to the Crown Prosecutor for a charging decision"),
        ("p", f"URN {urn}                                   Date: 2026-04-24"),
        ("p", "Suspect 1: CROSBIE Nathan James, born 2003-10-09 - CHARGING DECISION SOUGHT\n"
              "Suspect 2: PETTIFER Ryan Lee, born 2004-07-22 - NO DECISION SOUGHT (police NFA, see Part D)\n"
              "Complainant: TALBOT Imogen Grace, born 2005-11-30 (20), student"),
        ("h", "PART A - The request"),
        ("p", "We ask the prosecutor to apply the Full Code Test to one offence against CROSBIE: rape, contrary "
              "to s.1 Sexual Offences Act 2003, at 27 Linnet Close, Harrowmere, on 2026-02-14 at about 01:30. "
              "Nothing is sought against PETTIFER. His interview and our reasons are included so that the "
              "prosecutor has the whole picture, because the complainant's account mentions him and the "
              "defence will know of it."),
        ("h", "PART B - Summary of the evidence"),
        ("p", "Imogen went to a house party hosted by Marcus DALE at 27 Linnet Close on the evening of "
              "2026-02-13. She drank a lot: she describes four or five vodka and lemonades and some shots. "
              "At about 01:00 on the landing someone grabbed her breast as she passed; she thought it was "
              "'Ryan', a man she had met once before, but she only saw him from the side for a second. At about "
              "01:20 Marcus saw she was unsteady and told her to lie down in his room. She fell asleep on the "
              "bed, fully clothed. She woke to find Nathan CROSBIE, whom she knew slightly from her course, "
              "on top of her with her jeans and knickers pulled down, penetrating her vagina with his penis. "
              "She said 'no, get off' and pushed at his shoulders; he carried on for what she thinks was about "
              "a minute and then got up and left. She did not consent and was asleep when it began."),
        ("p", "She left the house at 02:14 and the neighbour's doorbell camera (exhibit GY/1, clip in the file, "
              "produced by Graham YEO) shows her walking away alone, crying, with her phone to her ear. She "
              "was phoning her housemate, Poppy LINDQVIST, who met her at the end of Linnet Close. Imogen told "
              "Poppy on the phone and then in person that 'Nathan had sex with me while I was asleep'. "
              "Poppy's statement is enclosed. Poppy persuaded her to call the police at 10:05 the same "
              "morning; PC 771 REEVES was the first officer to attend and took a first account at 14 Orchard "
              "Terrace; her statement is enclosed."),
        ("p", "The ABE interview took place on 2026-02-16 (exhibit JR/2; recording and summary in the file, "
              "exhibited by PC REEVES, who is ABE trained). At the SARC on 2026-02-14 the forensic physician "
              "found no injuries. The SFR1 (2026-03-20) records semen on the high vaginal swab with a DNA "
              "profile matching CROSBIE. At 12:30 on 2026-02-14 CROSBIE sent Imogen a Snapchat message: "
              "'u were well up for it dont be weird about it'. Marcus DALE confirms she was slurring and that "
              "he sent her upstairs; he saw CROSBIE go upstairs at about 01:25."),
        ("h", "PART C - Suspect 1 CROSBIE: account"),
        ("p", "Interviewed under arrest on 2026-02-16 with a solicitor. He says Imogen was awake, kissed him "
              "on the stairs and invited him into the room; she was 'tipsy, not drunk'; the sex was consensual "
              "and she never said no. He says he left because someone knocked on the door. He accepts sending "
              "the Snapchat message and says he meant she had been keen at the time. The issues are consent, "
              "capacity and reasonable belief."),
        ("h", "PART D - Suspect 2 PETTIFER: why no decision is sought"),
        ("p", "PETTIFER was interviewed voluntarily on 2026-02-17. He denies touching anyone and says he "
              "was in the kitchen with Marcus DALE from midnight until after 02:00. Marcus confirms that "
              "(statement enclosed). Imogen's identification is a fleeting side view on a dark landing of a "
              "man she had met once, and she said in her ABE that she 'can't be sure it was him'. There is no "
              "other evidence. DI 0412 KERSHAW decided on 2026-04-22 that the evidential stage is not met "
              "for PETTIFER and that no further action should be taken; Imogen was told of the decision and "
              "of her right to review under the police VRR scheme on 2026-04-23. The allegation against "
              "PETTIFER is not disputed by us as untruthful - only as not provable."),
        ("h", "PART E - Reasonable lines of enquiry, including those pointing away from CROSBIE"),
        ("p", "Guests: 19 people at the party were identified from Marcus's list; 11 were spoken to and the "
              "officers' notes of each conversation are scheduled individually. Four gave statements. Ellie "
              "BRAMWELL says she saw Imogen and CROSBIE kissing on the sofa at about 23:30 and that Imogen "
              "'seemed into it'. That evidence is capable of assisting CROSBIE and is served rather than left "
              "unused. Nobody saw what happened in the bedroom. The knock on the door CROSBIE describes: no "
              "guest admits knocking; Marcus says he went up at about 01:40 to check on Imogen, found the door "
              "shut and went back down - this broadly fits CROSBIE's account and is in his statement. "
              "Drinking: her bank record shows one round bought by her (GBP 18.40 at 21:15); the others are "
              "described by witnesses. Toxicology was not taken: she reached the SARC more than 13 hours later "
              "and the FME advised a blood alcohol level would not assist. Digital: see Part F."),
        ("h", "PART F - Digital material"),
        ("p", "Imogen's phone: she agreed to a selective extraction and signed the Digital Processing Notice "
              "on 2026-02-16. The parameters were Snapchat and SMS conversations with CROSBIE's account "
              "('n8crosb') only, from 2026-02-14 00:00 to 2026-02-21 23:59. The reason: the 12:30 message, "
              "and any further contact, go directly to his account of consent. Nothing else was examined. "
              "CROSBIE's phone was seized on arrest and fully extracted (suspect device)."),
        ("h", "PART G - Outstanding"),
        ("p", "One item: the full report on CROSBIE's phone. The interim report (Snapchat thread with Imogen) "
              "is in the file. The Digital Forensic Unit's target date for the full report is 2026-05-15. "
              "We do not think it will change the decision and ask for the decision now; if anything "
              "relevant appears we will send it straight away."),
        ("h", "PART H - Victim care and special measures"),
        ("p", "Imogen is eligible for special measures (s.17(4)). She wants her ABE played as her evidence-in-"
              "chief and to give evidence by live link from a remote site; she would like s.28 pre-recorded "
              "cross-examination 'so I can get on with my degree'. An intermediary is not needed: she is not "
              "vulnerable within s.16 and no communication difficulty was identified. Needs: she is dyslexic "
              "and asks for letters to be explained by phone; the university wellbeing service supports her. "
              "ISVA: referred 2026-02-15 to the Harrowmere ISVA Hub (Marta GREEN). VPS: offered on 2026-02-20; "
              "she did not want to make one yet and will be asked again after the charging decision."),
        ("h", "PART I - Bail"),
        ("p", "CROSBIE: on pre-charge bail until 2026-05-14 with conditions (1) not to contact Imogen TALBOT "
              "directly or indirectly including on social media, (2) not to enter Orchard Terrace, Harrowmere. "
              "PETTIFER: released; no further action; no bail."),
        ("h", "PART J - Early advice"),
        ("p", "Sought on 2026-03-03 by telephone from CPS Harrowmere RASSO (Mr Daniel OSEI). He advised that "
              "Ellie BRAMWELL's statement be taken and that the PETTIFER position be decided by the police "
              "on the evidential stage before submission. Both done."),
        ("h", "PART K - Disclosure and antecedents"),
        ("p", "MG6C (spreadsheet), MG6D and MG12 enclosed. Disclosure strategy: set out in Parts E and F. "
              "PNC prints for both suspects enclosed (CROSBIE no trace; PETTIFER one conviction, possession "
              "of cannabis 2023). Witness PNC checks enclosed; Marcus DALE has a 2022 caution for criminal "
              "damage, which is disclosable."),
        ("h", "PART L - Contacts and supervision"),
        ("p", "OIC DC 1552 Tom FAIRWEATHER, CID Harrowmere. Tel 01632 960733. "
              "Email t.fairweather@harrowmere.police.example."),
        ("p", "Supervisor: I agree with the PETTIFER NFA rationale and that the file is ready for a decision on "
              "CROSBIE. DS 0884 Anjali MEHTA-ROSS, 2026-04-23."),
    ]
    fn = "MG3 CROSBIE & PETTIFER.docx"
    write_docx(F.p(fn), mg3, head=head, foot="Harrowmere Police MG3 (v5)", font="Calibri")
    F.doc(fn, "MG3")

    fn = "JR-2 ABE TALBOT 2026-02-16.mp4"
    write_video(F.p(fn), 4, ["HARROWMERE VRI-1  2026-02-16 11:02", "VRI"], seed=31,
                title="ABE TALBOT Imogen JR/2")
    F.doc(fn, "ABE_RECORDING")
    fn = "GY-1 doorbell 26 Linnet Close 0214.mp4"
    write_video(F.p(fn), 3, ["FRONT DOOR  14/02/2026 02:14:03", "MOTION"], scene="street", audio=False,
                seed=32, title="Doorbell camera clip GY/1")
    F.doc(fn, "CCTV")

    fn = "ABE summary JR-2.docx"
    write_docx(F.p(fn), [
        ("title", "Record of video-recorded interview - summary"),
        ("kv", [("URN", urn), ("Witness", "Imogen TALBOT"), ("Date", "16 February 2026, 11:02-12:31"),
                ("Interviewer", "PC 771 Joanna REEVES"), ("Exhibit", "JR/2")]),
        ("p", "Rapport and ground rules (0-6 min). Free account (6-24 min): party, drinks, the landing "
              "incident ('I think it was Ryan but I only saw the side of his face - I can't be sure it was "
              "him'), Marcus sending her upstairs, falling asleep, waking with Nathan on top of her, saying "
              "'no, get off', pushing him, him continuing about a minute, leaving. Questioning (24-80 min): "
              "clothing, lighting, how she knew it was Nathan (the lamp was on; she knows him from her course), "
              "earlier kissing on the sofa ('we did kiss, earlier, but that was it'), phone call to Poppy, "
              "walking home. Closure (80-89 min)."),
    ])
    F.doc(fn, "ABE_SUMMARY")

    fn = "MG11 PC771 REEVES.pdf"
    write_pdf(F.p(fn), mg11("plain", urn, "Joanna REEVES", "Over 18", "Police Constable 771", [
        "On Saturday 14 February 2026 at 10:40 I attended 14 Orchard Terrace, Harrowmere, after a call to "
        "police at 10:05. I was the first officer to attend. I spoke to Imogen TALBOT in the kitchen with "
        "her housemate Poppy LINDQVIST present at her request.",
        "Imogen told me that at a party at 27 Linnet Close a man called Nathan, from her course, had had sex "
        "with her while she was asleep, and that when she woke up and told him to get off he carried on. I "
        "wrote this in my notebook (PNB 63/771 p.41) and arranged the SARC.",
        "I am trained to conduct ABE interviews. On Monday 16 February 2026 from 11:02 to 12:31 I "
        "interviewed Imogen on video at Harrowmere VRI suite 1. I produce the master recording as exhibit "
        "JR/2. (Exhibit JR/1 is my notebook entry.)",
    ], "16 February 2026", "[signed] J Reeves"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "MG11 LINDQVIST Poppy.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Poppy LINDQVIST", "Over 18", "Student", [
        "I share a house with Imogen TALBOT at 14 Orchard Terrace. At 02:15 on 14 February 2026 she rang me. "
        "She was crying so much I could hardly understand her. She said 'Nathan had sex with me while I was "
        "asleep, I told him to get off'. I said I would come and get her and met her at the end of Linnet "
        "Close about ten minutes later. She said the same again and kept saying she felt sick.",
        "In the morning I persuaded her to ring the police, which she did at about 10 o'clock.",
    ], "15 February 2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "first_account")

    fn = "IMG_20260219_0931.jpg"
    write_photo_jpeg(F.p(fn), mg11("plain", urn, "Marcus DALE", "Over 18", "Student", [
        "I hosted a party at 27 Linnet Close on 13/14 Feb 2026. About 01:20 I saw Imogen TALBOT on the stairs. "
        "She was slurring and holding the rail, so I told her to go and lie down in my room. At about 01:25 I "
        "saw Nathan CROSBIE go upstairs. At about 01:40 I went up to check on her; my door was shut so I went "
        "back down. Ryan PETTIFER was in the kitchen with me from about midnight until after 2am; I don't "
        "think he left.",
    ], "19/02/2026", "M. Dale"), seed=33, angle=1.8)
    F.doc("IMG_20260219_0931.jpg", "MG11", "witness")

    fn = "MG11 BRAMWELL Ellie.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Ellie BRAMWELL", "Over 18", "Student", [
        "I was at the party at 27 Linnet Close. At about 23:30 I saw Imogen and Nathan kissing on the sofa in "
        "the front room for a few minutes. She seemed into it. Later I saw Imogen on her own and she looked "
        "very drunk. I did not see her go upstairs and did not see Nathan after about midnight.",
    ], "5 March 2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "MG11 YEO Graham (doorbell).pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Graham YEO", "Over 18", "Bus driver", [
        "I live at 26 Linnet Close. My front door has a video doorbell which records when it detects "
        "movement. On 15 February 2026 I downloaded the clip recorded at 02:14 on 14 February 2026, which "
        "shows a young woman walking past. I gave a copy on a memory stick to DC FAIRWEATHER and produce it "
        "as exhibit GY/1. The clock on the doorbell is set automatically from the internet.",
    ], "15 February 2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "MG11 Dr HALLORAN FME.pdf"
    write_pdf(F.p(fn), mg11("plain", urn, "Dr Siobhan HALLORAN", "Over 18", "Forensic physician", [
        "On 14 February 2026 at 15:10 I examined Imogen TALBOT at the Harrowmere SARC with her written "
        "consent, which extended to releasing my findings to the police and CPS. I found no injuries. This "
        "neither supports nor undermines her account. I took intimate swabs (SH/1-SH/4). Because more than "
        "thirteen hours had passed I advised that a blood or urine alcohol level would not help estimate her "
        "level of intoxication at 01:30, and none was taken.",
    ], "20 March 2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "expert")

    fn = "SFR1 HM-26-0211.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "HM-26-0211", "Ms K. OYELARAN",
                                  "2026-03-20", "CROSBIE, Nathan", [
        ["SH/2", "High vaginal swab", "Semen present; DNA profile matches CROSBIE (< 1 in a billion)."],
        ["SH/4", "Knickers", "Semen staining; profile as SH/2."],
    ], "CROSBIE is the source of the semen. He accepts intercourse; consent is the issue."), head=head)
    F.doc(fn, "FORENSIC")

    fn = "DPN TALBOT 2026-02-16.pdf"
    write_pdf(F.p(fn), dpn_blocks("std", urn, "Imogen TALBOT", "iPhone 13 (her own)", [
        "Snapchat conversation with account 'n8crosb' (Nathan CROSBIE) only",
        "SMS/iMessage with CROSBIE's number only",
        "2026-02-14 00:00 to 2026-02-21 23:59",
    ], "Nathan CROSBIE sent you a message after the party that goes to what he says about consent. We need "
       "that conversation and any other contact from him in the following week, and nothing else.",
        "Signed: I. Talbot   16/02/2026   Witnessed: DC 1552 FAIRWEATHER", "DC 1552 FAIRWEATHER"), head=head)
    F.doc(fn, "DPN")

    fn = "Selective extraction TALBOT iPhone.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DFU technician M. OKAFOR", "iPhone 13 - Imogen TALBOT",
        "HM-DFU-26-0088", "Snapchat and SMS with CROSBIE only; 2026-02-14 00:00 - 2026-02-21 23:59.", [
        ["1", "2026-02-14 12:30", "Snapchat (saved)", "n8crosb -> Imogen", "'u were well up for it dont be weird about it'"],
        ["2", "2026-02-14 12:41", "Snapchat (saved)", "Imogen -> n8crosb", "'I was asleep. dont message me'"],
        ["3", "2026-02-15 19:02", "Snapchat (saved)", "n8crosb -> Imogen", "'whatever'"],
    ], "2026-02-17"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    fn = "Interim report CROSBIE handset.pdf"
    write_pdf(F.p(fn), [
        ("title", "Interim extraction report - suspect handset"),
        ("kv", [("URN", urn), ("Device", "Google Pixel 7 - CROSBIE (seized on arrest)"), ("Ref", "HM-DFU-26-0091"),
                ("Status", "Interim - Snapchat thread with Imogen only. Full report target date 2026-05-15.")]),
        ("p", "The Snapchat thread on CROSBIE's handset matches the three saved messages on the complainant's "
              "phone. No messages between CROSBIE and the complainant before 2026-02-14 were found."),
    ], head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    l1 = [
        ["10:15", "DC FAIRWEATHER", "Caution. You were arrested for rape. Solicitor Ms BEGUM is present."],
        ["10:17", "CROSBIE", "I want to say it was consensual. She kissed me on the stairs and took me into the room."],
        ["10:24", "DC FAIRWEATHER", "Was she asleep when you went in?"],
        ["10:24", "CROSBIE", "No. She was lying down but she was talking to me."],
        ["10:33", "DC FAIRWEATHER", "How drunk was she?"],
        ["10:33", "CROSBIE", "Tipsy. Not drunk. She knew what she was doing."],
        ["10:41", "DC FAIRWEATHER", "Did she say 'no, get off'?"],
        ["10:41", "CROSBIE", "No. Never. Someone knocked on the door so I left."],
        ["10:50", "DC FAIRWEATHER", "Your message: 'u were well up for it dont be weird about it'."],
        ["10:51", "CROSBIE", "I meant she was keen at the time. I didn't get why she was being funny about it."],
        ["11:02", "DC FAIRWEATHER", "Interview ended."],
    ]
    fn = "ROTI CROSBIE 2026-02-16.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "CROSBIE Nathan James", "2026-02-16 10:15-11:02",
                                   "Harrowmere custody", "DC FAIRWEATHER, DC 2207 NUNN, Ms S. BEGUM (solicitor)",
                                   l1, summary="Full account: consensual; complainant awake and 'tipsy'.",
                                   tape="HM-C-260216-1"), head=head, foot=foot)
    F.doc(fn, "ROTI")
    l2 = [
        ["14:00", "DC NUNN", "Voluntary interview under caution; free to leave. Caution given."],
        ["14:02", "PETTIFER", "I didn't touch anyone. I was in the kitchen with Marcus all night basically."],
        ["14:10", "DC NUNN", "Did you go upstairs at about 1am?"],
        ["14:10", "PETTIFER", "No. I used the downstairs toilet."],
        ["14:15", "DC NUNN", "Interview ended."],
    ]
    fn = "ROTI PETTIFER 2026-02-17.pdf"
    write_pdf(F.p(fn), roti_blocks("sdn", urn, "PETTIFER Ryan Lee", "2026-02-17 14:00-14:15",
                                   "Harrowmere police station (voluntary)", "DC NUNN, Mr A. PATEL (solicitor)",
                                   l2, summary="Denies any touching; says he remained in the kitchen. Short interview.",
                                   tape="HM-V-260217-4"), head=head)
    F.doc(fn, "ROTI")

    fn = "PNC CROSBIE.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "CROSBIE, Nathan James", "09/10/2003", "21/330192M", [],
                                   "16/02/2026", "DC FAIRWEATHER", "Harrowmere Police"))
    F.doc(fn, "PNC")
    fn = "PNC PETTIFER.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "PETTIFER, Ryan Lee", "22/07/2004", "22/118420B", [
        ("12/06/2023", "HARROWMERE MC", "POSSESS CANNABIS (MDA 1971 s.5(2))", "FINE GBP 120"),
    ], "17/02/2026", "DC NUNN", "Harrowmere Police"))
    F.doc(fn, "PNC")
    fn = "Witness PNC checks.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [
        ["Imogen TALBOT", "complainant", "No trace"],
        ["Poppy LINDQVIST", "first account", "No trace"],
        ["Marcus DALE", "witness", "Caution 2022-09-03, criminal damage (Harrowmere) - disclosable"],
        ["Ellie BRAMWELL", "witness", "No trace"],
        ["Graham YEO", "witness (doorbell)", "No trace"],
    ], "2026-03-06", "DC FAIRWEATHER"), head=head)
    F.doc(fn, "PNC")

    guests = ["Aisha KHAN", "Ben ROWE", "Callum FRY", "Dani OKOYE", "Eve MARLOW", "Finn HOLT",
              "Georgia PAGE", "Hamza ALI", "Isla REID", "Jack TURNER", "Kieran BOYD"]
    rows = [
        [1, "STORM log 63-20260214-0311 (call at 10:05) - copy with file", "In file"],
        [2, "Crime report 63/CR/26/00477 - copy with file", "In file"],
        [3, "PC REEVES PNB 63/771 p.41 (first account notes) - exhibit JR/1", "CID"],
        [4, "Marcus DALE's list of 19 party guests (handwritten, 2026-02-15)", "CID"],
    ]
    for i, g in enumerate(guests):
        rows.append([5 + i, f"Officer's note of conversation with party guest {g}, 2026-02-{18 + i % 9:02d}: did not see complainant upstairs; no relevant evidence", "CID"])
    rows += [
        [16, "Imogen TALBOT bank statement extract 2026-02-13 (one purchase GBP 18.40 at 21:15)", "CID"],
        [17, "ABE interview plan, PC REEVES, 2026-02-15", "CID"],
        [18, "PETTIFER NFA rationale, DI KERSHAW, 2026-04-22, and VRR letter to complainant 2026-04-23", "CID"],
        [19, "Custody record CROSBIE 2026-02-16", "Custody"],
        [20, "Interview recordings HM-C-260216-1 and HM-V-260217-4", "Property"],
        [21, "SARC examination notes and consent form (release agreed)", "SARC"],
    ]
    fn = "MG6C TALBOT case.xlsx"
    write_xlsx(F.p(fn), [
        ("MG6C", ["MG6C - Police schedule of non-sensitive unused material", f"URN {urn}  R v CROSBIE",
                  "Disclosure officer DC FAIRWEATHER - 2026-04-20 - page 1 of 2"],
         ["Item no.", "Description", "Location", "CPS comment"], rows[:14], [8, 95, 12, 20]),
        ("MG6C cont", ["MG6C continuation - page 2 of 2", f"URN {urn}"],
         ["Item no.", "Description", "Location", "CPS comment"], rows[14:], [8, 95, 12, 20]),
    ])
    F.doc(fn, "MG6C")

    fn = "MG6D TALBOT.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG6D - Police schedule of sensitive material"),
        ("p", f"URN {urn}   R v CROSBIE   2026-04-20"),
        ("table", ["#", "Description", "Why sensitive"], [
            ["1", "University wellbeing service referral e-mail (complainant)", "Health and welfare information"],
            ["2", "ISVA referral form 2026-02-15", "Complainant personal details"],
        ], (8, 60, 32)),
    ], head=head)
    F.doc(fn, "MG6D")

    fn = "MG12 exhibits TALBOT.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG12 Exhibit list"),
        ("p", f"URN {urn}"),
        ("table", ["Exhibit", "Description", "Witness"], [
            ["JR/1", "PNB 63/771 p.41", "PC REEVES"],
            ["JR/2", "ABE recording of Imogen TALBOT, 2026-02-16", "PC REEVES"],
            ["GY/1", "Doorbell camera clip, 26 Linnet Close, 2026-02-14 02:14", "Graham YEO"],
            ["SH/1-SH/4", "SARC samples (SH/2 HVS, SH/4 knickers)", "Dr HALLORAN"],
            ["TF/1", "Selective extraction report, complainant's iPhone (HM-DFU-26-0088)", "DC FAIRWEATHER"],
            ["TF/2", "Google Pixel 7 handset, CROSBIE", "DC FAIRWEATHER"],
        ], (18, 58, 24)),
    ], head=head)
    F.doc(fn, "MG12")

    fn = "STORM 63-20260214-0311.pdf"
    write_pdf(F.p(fn), [("mono",
        "HARROWMERE POLICE - COMMAND AND CONTROL\nINCIDENT 63-20260214-0311   2026-02-14 10:05\n"
        "10:05 CALLER IMOGEN TALBOT (101 transferred to 999 by call handler). REPORTS RAPE AT PARTY\n"
        "      27 LINNET CLOSE OVERNIGHT. SUSPECT 'NATHAN' KNOWN FROM UNIVERSITY. NOW AT HOME WITH FRIEND.\n"
        "10:09 GRADE P. EVIDENCE PRESERVATION ADVICE GIVEN - DO NOT WASH OR CHANGE.\n"
        "10:12 PC 771 REEVES ASSIGNED.\n10:40 PC REEVES ON SCENE 14 ORCHARD TERRACE.\n"
        "11:30 SARC BOOKED 15:00.\n"
        f"12:05 CRIME 63/CR/26/00477. URN {urn}. CLOSED.")])
    F.doc(fn, "INCIDENT_LOG")

    fn = "Crime report 63-CR-26-00477.pdf"
    write_pdf(F.p(fn), [
        ("title", "Crime report 63/CR/26/00477"),
        ("kv", [("URN", urn), ("Offence", "Rape (s.1 SOA 2003); sexual assault (s.3) - second suspect"),
                ("Date", "2026-02-14 approx 01:00-01:35"), ("Place", "27 Linnet Close, Harrowmere"),
                ("Victim", "TALBOT Imogen - female, 20, White British, dyslexia"),
                ("Suspects", "CROSBIE Nathan (s.1); PETTIFER Ryan (s.3) - NFA 2026-04-22"),
                ("OIC", "DC 1552 FAIRWEATHER")]),
        ("p", "Victim reports being raped while asleep at a house party and, earlier, having her breast "
              "grabbed on a landing by a male she believed was PETTIFER. ISVA referral 2026-02-15."),
    ], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "MG11", "FORENSIC", "DPN", "DIGITAL_EXTRACT",
               "ROTI", "PNC", "MG6C", "MG6D", "MG12", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C4  complainant withdrew, then re-engaged; Polish interpreter - Southmarsh - COMPLIANT
# ================================================================================================

def case_c4():
    F = Folder("Southmarsh_64SM0229825_ZIELINSKA")
    urn = "64SM0229825"
    head = "SOUTHMARSH CONSTABULARY  -  OFFICIAL-SENSITIVE  -  64SM0229825"
    foot = "Printed from Athena 18.3.26  -  {p}/{n}"

    mg3 = [
        ("mono", "ATHENA >> CASE FILE >> MG3 (PRE-CHARGE REFERRAL)                       Printed 18.3.26 10:14"),
        ("title", "MG3 REPORT TO CROWN PROSECUTOR"),
        ("kv", [("URN", urn), ("OCCURRENCE", "64SM/25/0229825"), ("SUSPECT", "HOLLOWAY Dean Martin  DOB 11.2.81"),
                ("VICTIM", "ZIELIŃSKA Marta  DOB 04.7.94  (Polish national; Polish interpreter)"),
                ("OFFENCE", "Assault by penetration, SOA 2003 s.2 - 9 Quay Lane, Saltmere - 17.10.25 approx 23:30"),
                ("TYPE OF ADVICE", "Full Code Test - charge"),
                ("OIC", "DC 2760 Bryony HALE - Harbour RASSO Team - tel 01632 960281 - bryony.hale@southmarsh.police.example"),
                ("SUPERVISOR", "DS 1043 Victor AMADI - endorsed 17.3.26")]),
        ("hbox", "CASE SUMMARY"),
        ("p", "Marta rented a room from HOLLOWAY at 9 Quay Lane, a shared house he owns and where he keeps a "
              "room. On 17.10.25 at about 23:30 she was in bed when he let himself into her room with his key. "
              "He smelt of drink. He sat on the bed, put his hand under the duvet and inside her pyjama "
              "shorts and pushed his fingers into her vagina. She pushed his arm away and told him in English "
              "to get out; he said 'shh, you owe me' and left after about a minute. She wedged a chair under "
              "the door handle and did not sleep."),
        ("p", "At 06:55 on 18.10.25 HOLLOWAY sent her a WhatsApp: 'Sorry about last night, I'd had a drink. "
              "Lets keep it between us.' At work at about 07:30 she told a colleague at the hotel, who "
              "encouraged her to call the police. She rang 101 at 08:50. PC 1184 O'DOWD was the first officer "
              "to see her, at the hotel at 09:40, using a telephone interpreter. She went to the SARC that "
              "afternoon and was interviewed on video through a Polish interpreter on 22.10.25."),
        ("hbox", "WITHDRAWAL AND RE-ENGAGEMENT"),
        ("p", "Stage: after the suspect's first interview and before any referral to the CPS. On 20.11.25 "
              "Marta told me, through her ISVA, that she no longer wanted to support the case. Her reasons, in "
              "her withdrawal statement of 20.11.25 (attached): she was frightened of losing her room because "
              "she had nowhere else to live, she feared he would refuse her a reference, and she was "
              "exhausted. She said the allegation was true. Support offered at that time: her ISVA (Ewa "
              "KRAWCZYK, Polish-speaking), a referral to Saltmere Council housing options, Victim Support, and "
              "an explanation that she could re-engage at any time. DI 0733 FARRANT reviewed and directed that "
              "the case be suspended, not closed. HOLLOWAY's bail was cancelled and he was released under "
              "investigation."),
        ("p", "On 2.3.26, having moved with the ISVA's help to a flat in Porthwick, Marta contacted me and said "
              "she now wanted to go ahead. Her re-engagement statement of 2.3.26 is attached. She says nothing "
              "has happened to change her account; she simply feels safe now."),
        ("hbox", "EVIDENCE"),
        ("p", "ABE of Marta, 22.10.25 (BH/1, recording and summary attached; my statement exhibits it; the "
              "interpreter's statement is attached). Statements of the colleague she first told (Hannah "
              "PRICE), PC O'DOWD, the other tenant Jamal ASHRAF, and the forensic physician. The WhatsApp "
              "message (selective extraction, DPN attached). SFR1: no male DNA on the intimate swabs - she had "
              "showered before the examination about 15 hours after the assault; the FME's statement explains "
              "that this is not unexpected and does not undermine her account."),
        ("hbox", "SUSPECT ACCOUNT"),
        ("p", "Interview 1 (24.10.25, arrested, solicitor present): denied going into her room at all that "
              "night; said she owes GBP 640 in rent and is making this up to avoid paying. Interview 2 "
              "(10.3.26, voluntary, after re-engagement, to put the WhatsApp): said the message was an "
              "apology for shouting at her about the rent the day before and 'keep it between us' meant not "
              "telling the other tenants about the arrears. Defence: denial / fabrication."),
        ("hbox", "LINES OF ENQUIRY (INCL. POINTING AWAY)"),
        ("p", "a) Rent arrears: HOLLOWAY's ledger (via his solicitor) shows GBP 640 arrears. Marta agrees she "
              "owed this. This gives her a possible motive and is disclosable.\n"
              "b) The row about rent: Jamal ASHRAF says he heard HOLLOWAY shouting at Marta about rent on "
              "16.10.25 - this supports HOLLOWAY's explanation of the message and is in his statement.\n"
              "c) The night itself: Jamal heard the front door and someone on the stairs at about 23:20 on "
              "17.10.25 but did not see who.\n"
              "d) Keys: HOLLOWAY accepts he holds keys to every room.\n"
              "e) Other tenants: the third tenant had moved out and could not be traced after three attempts "
              "(recorded on the MG6C).\n"
              "f) CCTV: none - the house has no cameras and Quay Lane has no council CCTV.\n"
              "g) Previous reports about HOLLOWAY by tenants: none on force systems."),
        ("hbox", "DIGITAL"),
        ("p", "Marta's phone: she signed a Polish-language DPN on 23.10.25. Scope: the WhatsApp chat with the "
              "contact 'Dean landlord' only, 01.9.25 to 23.10.25 (to cover the tenancy and the rent messages). "
              "Nothing else examined. HOLLOWAY's phone was seized on arrest; the same chat was recovered."),
        ("hbox", "OUTSTANDING"),
        ("p", "None. No outstanding enquiries."),
        ("hbox", "MEDICAL / FORENSIC"),
        ("p", "SARC 18.10.25; consent to examination and to release of the SARC notes signed by Marta "
              "(through the interpreter). SFR1 dated 17.11.25 attached. FME statement attached."),
        ("hbox", "VICTIM"),
        ("p", "Needs: Polish interpreter for all contact (a female interpreter preferred); letters in Polish; "
              "Polish-speaking ISVA (Ewa KRAWCZYK, Southmarsh SARC ISVA Service, referral 18.10.25). "
              "Special measures (MG2 attached): s.17(4) eligible; ABE as evidence-in-chief; screens; "
              "interpreter at court; she wants s.28 pre-recorded cross-examination ('yes, if it means I "
              "do not have to be in the same room'). Intermediary not needed - her needs are language "
              "needs, met by an interpreter. VPS: offered on 2.3.26 after she re-engaged; she made one on "
              "16.3.26 (attached, with translation)."),
        ("hbox", "BAIL / RUI"),
        ("p", "RUI since 20.11.25 (bail cancelled when Marta withdrew). Since she re-engaged we considered "
              "re-arrest and bail: not done, because she now lives 30 miles away at an address he does not "
              "know, there has been no contact since October, and he complied with bail while on it. RUI "
              "review date 30.6.26."),
        ("hbox", "EARLY ADVICE"),
        ("p", "Not sought before the withdrawal because the file was not ready. After re-engagement, early "
              "advice was sought by e-mail on 4.3.26 from CPS Southmarsh RASSO (Ms Lydia CHAN). Her advice: "
              "re-interview HOLLOWAY on the WhatsApp message and take Jamal ASHRAF's account of the rent row. "
              "Both done."),
        ("hbox", "DISCLOSURE"),
        ("p", "MG6C and MG6D attached. The rent ledger (MG6C item 9) and Jamal ASHRAF's statement are "
              "capable of assisting the defence and are with the file. PNC: HOLLOWAY has one caution (battery, "
              "2011). Witness PNC checks attached (all nil)."),
    ]
    fn = "MG3 ZIELINSKA 18.3.26.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot, condensed=True)
    F.doc(fn, "MG3")

    fn = "BH-1 ABE ZIELINSKA 22.10.25.mp4"
    write_video(F.p(fn), 4, ["SALTMERE ABE SUITE  22.10.2025 14:00", "REC"], seed=41,
                title="ABE Marta ZIELINSKA (interpreted) BH/1")
    F.doc(fn, "ABE_RECORDING")

    fn = "ABE summary BH-1.pdf"
    write_pdf(F.p(fn), [
        ("title", "Summary of ABE interview - BH/1"),
        ("p", f"URN {urn}.  Witness: Marta ZIELIŃSKA.  22.10.25 14:00-15:35.  Interviewer: DC 2760 HALE.  "
              "Interpreter: Katarzyna NOWAK (NRPSI, Polish).  Monitor: DC 0621 REILLY."),
        ("p", "Conducted through the interpreter throughout; Marta answered in Polish with some English. "
              "Ground rules included telling the interviewer if the interpreter's words were not hers."),
        ("table", ["Time", "Content"], [
            ["14:06", "Free account: moved into 9 Quay Lane in August 2025; HOLLOWAY keeps a room there; 17.10.25 in bed about 23:30; door unlocked from outside; he sat on bed; hand under duvet into her shorts; fingers inside her vagina; she pushed him away and said 'get out'; he said 'shh, you owe me'."],
            ["14:31", "Detail: she recognised his voice and smell of beer; landing light on; about one minute."],
            ["14:48", "After: chair under door; no sleep; WhatsApp at 06:55; told Hannah at work; rang police."],
            ["15:05", "Rent: accepts she owes about GBP 640; says he shouted about it the day before."],
            ["15:30", "Closure."],
        ], (14, 86)),
    ], head=head)
    F.doc(fn, "ABE_SUMMARY")

    fn = "MG11 DC HALE.pdf"
    write_pdf(F.p(fn), mg11("niche", urn, "Bryony HALE", "OVER 18", "Detective Constable 2760", [
        "I am the officer in the case. I am trained in ABE interviewing.",
        "On 22.10.25 between 14:00 and 15:35 I interviewed Marta ZIELIŃSKA on video at the Saltmere ABE suite "
        "with the assistance of a Polish interpreter, Katarzyna NOWAK. I produce the recording as exhibit BH/1.",
        "On 20.11.25 (through a telephone interpreter) and on 2.3.26 (through Katarzyna NOWAK, in person) I "
        "took statements from Marta about whether she wished to support the prosecution. These are separate "
        "statements.",
    ], "12.3.26", "(Sgd) B. HALE DC2760", force="SOUTHMARSH CONSTABULARY"), head=head)
    F.doc(fn, "MG11", "officer")

    fn = "MG11 PC1184 ODOWD.pdf"
    write_pdf(F.p(fn), mg11("niche", urn, "Liam O'DOWD", "OVER 18", "Police Constable 1184", [
        "On 18.10.25 at 09:40 I attended the Seaview Grand Hotel, Saltmere, following a 101 call. I was the "
        "first officer to speak to the caller, Marta ZIELIŃSKA, a housekeeper there. I used LanguageLine "
        "(Polish, interpreter ID 44718).",
        "She told me that her landlord Dean had come into her room the night before while she was in bed and "
        "put his fingers inside her, and that he had sent her a message saying sorry. She showed me the "
        "message on her phone. I noted her account in my PNB and arranged the SARC.",
    ], "18.10.25", "(Sgd) L. O'DOWD PC1184", force="SOUTHMARSH CONSTABULARY"), head=head)
    F.doc(fn, "MG11", "officer")

    fn = "scan0041.pdf"
    write_scan_pdf(F.p(fn), mg11("classic", urn, "Hannah PRICE", "Over 18", "Head housekeeper", [
        "I work at the Seaview Grand Hotel as head housekeeper. Marta ZIELIŃSKA is in my team.",
        "On Saturday 18th October 2025 at about 07:30 Marta came into the linen room. She looked like she "
        "had been crying. She showed me a message on her phone from her landlord saying sorry about last "
        "night. In English she told me that he came into her room in the night and 'put his fingers in me', "
        "and that she had told him to get out. I told her she must call the police and let her use the "
        "office. She rang them.",
    ], "20/10/2025", "H Price"), foot="Page {p} of {n}", seed=42)
    F.doc(fn, "MG11", "first_account")

    fn = "MG11 ASHRAF Jamal.docx"
    write_docx(F.p(fn), mg11("plain", urn, "Jamal ASHRAF", "Over 18", "Chef", [
        "I rent a room at 9 Quay Lane, Saltmere. The landlord is Dean HOLLOWAY.",
        "On Thursday 16 October 2025 in the afternoon I heard Dean shouting at Marta in the hallway about rent "
        "she owed. He said she had until the end of the month.",
        "On Friday 17 October at about 11.20pm I was in my room. I heard the front door and someone coming up "
        "the stairs. I did not see who it was. I did not hear anything else.",
    ], "11/03/2026", "Signed: J. Ashraf"))
    F.doc(fn, "MG11", "witness")

    fn = "MG11 NOWAK interpreter.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Katarzyna NOWAK", "Over 18", "Interpreter (Polish), NRPSI 18830", [
        "I am a registered public service interpreter. On 22 October 2025 I interpreted between English and "
        "Polish for the video interview of Marta ZIELIŃSKA conducted by DC HALE. I interpreted accurately "
        "and to the best of my ability. I had not met Marta before and have no connection with anyone in "
        "the case.",
        "On 23 October 2025 I sight-translated the Digital Processing Notice into Polish for her before she "
        "signed the Polish version.",
    ], "23/10/2025", "[signed]"), head=head)
    F.doc(fn, "MG11", "witness")

    fn = "MG11 ZIELINSKA withdrawal 20.11.25.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Marta ZIELIŃSKA", "Over 18", "Housekeeper", [
        "This statement is made through a Polish interpreter (LanguageLine ID 51902) by telephone, with my "
        "ISVA Ewa KRAWCZYK present.",
        "What I said in my video interview on 22 October is true. I do not want to go to court. I am "
        "frightened that I will lose my room and I have nowhere else to live. I am worried he will not give "
        "me a reference for a new place. I am very tired. I understand the police may still continue, and "
        "that I can change my mind. Nobody has pressured me to say this.",
    ], "20.11.25", "[signed] M. Zielińska"), head=head)
    F.doc(fn, "MG11", "complainant")

    fn = "MG11 ZIELINSKA re-engagement 2.3.26.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Marta ZIELIŃSKA", "Over 18", "Housekeeper", [
        "This statement is made through a Polish interpreter, Katarzyna NOWAK, in person.",
        "In November 2025 I said I did not want to support the case. I now live in Porthwick and I feel safe. "
        "I want the police to continue and I will go to court. My account has not changed. Nobody has "
        "offered me anything or put pressure on me.",
    ], "2.3.26", "[signed] M. Zielińska"), head=head)
    F.doc(fn, "MG11", "complainant")

    fn = "MG11 Dr KWARTENG FME.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Dr Helen KWARTENG", "Over 18", "Forensic physician, Southmarsh SARC", [
        "On 18 October 2025 at 14:20 I examined Marta ZIELIŃSKA at the Southmarsh SARC, with a telephone "
        "interpreter. She gave written consent to the examination and to the release of my findings and notes "
        "to the police and the CPS.",
        "I found no injury. That is common after digital penetration. She told me she had showered that "
        "morning. I took swabs (HK/1 - HK/3). Washing and the time elapsed (about 15 hours) make a negative "
        "DNA result likely and such a result would not indicate that no penetration occurred.",
    ], "25/11/2025", "[signed]"), head=head)
    F.doc(fn, "MG11", "expert")

    fn = "SFR1 SM-25-7781.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "SM-25-7781", "Mr J. ELLERY", "17.11.25",
                                  "ZIELIŃSKA, Marta", [
        ["HK/1", "Internal vaginal swab", "No male DNA detected."],
        ["HK/2", "External swab", "No male DNA detected."],
        ["HK/3", "Fingernail scrapings (complainant)", "Not examined - not relevant to allegation."],
    ], "No male DNA was found. Given washing and delay, this neither supports nor undermines the allegation."),
        head=head)
    F.doc(fn, "FORENSIC")

    fn = "DPN ZIELINSKA (PL + EN).pdf"
    write_pdf(F.p(fn), dpn_blocks("std", urn, "Marta ZIELIŃSKA", "Xiaomi Redmi Note 12 (own)", [
        "WhatsApp chat with contact 'Dean landlord' only",
        "01.9.25 00:00 to 23.10.25 23:59",
        "No photographs, no other chats or apps",
    ], "Your landlord sent you a message the morning after. He may say it meant something else, so we need "
       "to see that conversation from when you moved in. We will not look at anything else. (Polish version "
       "signed; English version below.)",
        "Podpis / Signed: M. Zielińska   23.10.25   Officer: DC 2760 HALE   Interpreter: K. Nowak",
        "DC 2760 HALE"), head=head)
    F.doc(fn, "DPN")

    fn = "Extraction report SM-DFU-25-1190.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DC 2760 HALE (kiosk)", "Xiaomi Redmi Note 12 - ZIELIŃSKA",
        "SM-DFU-25-1190", "WhatsApp chat 'Dean landlord'; 01.9.25 - 23.10.25.", [
        ["1", "01.9.25 10:12", "WhatsApp", "Dean -> Marta", "'Room ready, keys under mat'"],
        ["2", "02.10.25 09:00", "WhatsApp", "Dean -> Marta", "'Rent is late again'"],
        ["3", "16.10.25 17:44", "WhatsApp", "Dean -> Marta", "'End of month or you're out'"],
        ["4", "18.10.25 06:55", "WhatsApp", "Dean -> Marta", "'Sorry about last night, I'd had a drink. Lets keep it between us.'"],
    ], "23.10.25"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    l1 = [
        ["11:02", "DC HALE", "Caution; solicitor Ms DREW present."],
        ["11:04", "HOLLOWAY", "I never went in her room that night. I was in my own room."],
        ["11:12", "DC HALE", "Do you have keys to her room?"],
        ["11:12", "HOLLOWAY", "I've got keys to all the rooms. I'm the landlord."],
        ["11:20", "DC HALE", "Why would she say this?"],
        ["11:20", "HOLLOWAY", "She owes me six hundred and forty quid. This gets her out of paying."],
        ["11:31", "DC HALE", "End of interview."],
    ]
    fn = "ROTI HOLLOWAY 24.10.25.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "HOLLOWAY Dean Martin", "24.10.25 11:02-11:31",
                                   "Saltmere custody", "DC HALE, DC REILLY, Ms T. DREW (solicitor)", l1,
                                   summary="Denies entering the room; suggests the rent arrears as motive.",
                                   tape="SM-251024-07"), head=head)
    F.doc(fn, "ROTI")
    l2 = [
        ["15:00", "DC HALE", "Voluntary interview; caution; free to leave. Ms DREW present."],
        ["15:03", "DC HALE", "At 06:55 on 18.10.25 you wrote 'Sorry about last night, I'd had a drink. Lets keep it between us.'"],
        ["15:04", "HOLLOWAY", "That was about shouting at her over the rent. I'd had a drink when I did it."],
        ["15:09", "DC HALE", "The shouting was on the 16th, not 'last night'."],
        ["15:09", "HOLLOWAY", "It was a figure of speech. Keep it between us meant don't tell the others she was behind."],
        ["15:18", "DC HALE", "Interview ended."],
    ]
    fn = "SDN HOLLOWAY 10.3.26.pdf"
    write_pdf(F.p(fn), roti_blocks("sdn", urn, "HOLLOWAY Dean Martin", "10.3.26 15:00-15:18",
                                   "Saltmere police station", "DC HALE, Ms T. DREW", l2,
                                   summary="Further interview to put the WhatsApp message. Explains it as an "
                                           "apology for a rent argument.", tape="SM-260310-02"), head=head)
    F.doc(fn, "ROTI")

    fn = "PNC HOLLOWAY.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "HOLLOWAY, Dean Martin", "11.2.81", "99/201775K", [
        ["03.5.11", "Saltmere (police disposal)", "Battery (CJA 1988 s.39)", "Simple caution"],
    ], "24.10.25", "DC HALE", "Southmarsh Constabulary"), head=head)
    F.doc(fn, "PNC")
    fn = "PNC witnesses ZIELINSKA case.pdf"
    write_pdf(F.p(fn), pnc_witnesses("list", urn, [
        ("Marta ZIELIŃSKA", "complainant", "no trace"),
        ("Hannah PRICE", "first account", "no trace"),
        ("Jamal ASHRAF", "witness", "no trace"),
        ("Katarzyna NOWAK", "interpreter", "no trace"),
    ], "11.3.26", "DC HALE"), head=head)
    F.doc(fn, "PNC")

    fn = "MG6C ZIELINSKA.docx"
    write_docx(F.p(fn), [
        ("title", "MG6C - schedule of non-sensitive unused material"),
        ("p", f"URN {urn}   R v HOLLOWAY   Disclosure officer DC 2760 HALE   16.3.26"),
        ("table", ["No", "Description", "Location"], [
            ["1", "101 call incident log 64-20251018-0211 (copy with file)", "With file"],
            ["2", "Athena crime record 64SM/25/0229825 (copy with file)", "With file"],
            ["3", "PC O'DOWD PNB entry 18.10.25 - first account via LanguageLine", "RASSO store"],
            ["4", "LanguageLine call records 18.10.25 and 20.11.25", "RASSO"],
            ["5", "ABE interview plan DC HALE 21.10.25", "RASSO"],
            ["6", "Custody record HOLLOWAY 24.10.25", "Custody"],
            ["7", "Officer's notes of three attempts to trace former tenant 'Luis' (31.10.25, 7.11.25, 14.11.25)", "RASSO"],
            ["8", "DI FARRANT review note on withdrawal, 21.11.25 - suspend, not close", "RASSO"],
            ["9", "Rent ledger for Marta's room supplied by HOLLOWAY's solicitor, 12.3.26 (shows GBP 640 arrears) - copy with file", "With file"],
            ["10", "Bail cancellation and RUI notice, 20.11.25", "RASSO"],
            ["11", "E-mail early advice, CPS (L. CHAN), 4.3.26", "RASSO"],
            ["12", "Extraction report of HOLLOWAY's phone (suspect device), 30.10.25", "DFU"],
        ]),
    ])
    F.doc(fn, "MG6C")

    fn = "Rent ledger 9 Quay Lane (MG6C item 9).pdf"
    write_pdf(F.p(fn), [
        ("title", "9 Quay Lane - tenant ledger - Room 3 (M. Zielinska)"),
        ("table", ["Month", "Due", "Paid", "Balance"], [
            ["Aug 2025", "480", "480", "0"], ["Sep 2025", "480", "320", "160"],
            ["Oct 2025", "480", "0", "640"],
        ]),
        ("small", f"Supplied by Drew & Partners for D. HOLLOWAY, 12.3.26. MG6C item 9. URN {urn}"),
    ])
    F.doc(fn, ["OTHER", "THIRD_PARTY"])

    fn = "MG6D ZIELINSKA.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG6D Police schedule of sensitive material"),
        ("p", f"URN {urn}  -  16.3.26"),
        ("table", ["No", "Description", "Reason"], [
            ["1", "Marta's new address in Porthwick and housing referral", "Safety; personal data"],
            ["2", "ISVA referral and contact notes (dates only)", "Support information"],
        ], (8, 62, 30)),
    ], head=head)
    F.doc(fn, "MG6D")

    fn = "MG12 exhibit list.pdf"
    write_pdf(F.p(fn), [("title", "MG12 - Exhibit list"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Item", "Witness"], [
            ["BH/1", "ABE recording of Marta ZIELIŃSKA 22.10.25", "DC HALE"],
            ["BH/2", "Selective extraction report SM-DFU-25-1190", "DC HALE"],
            ["HK/1-3", "SARC swabs", "Dr KWARTENG"],
        ], (16, 60, 24))], head=head)
    F.doc(fn, "MG12")

    fn = "MG2 ZIELINSKA.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG2 Special Measures"),
        ("kv", [("URN", urn), ("Witness", "Marta ZIELIŃSKA"), ("Eligibility", "s.17(4) YJCEA - complainant, sexual offence"),
                ("Views taken", "2.3.26 and 16.3.26, through interpreter, ISVA present")]),
        ("p", "Requested: ABE as evidence-in-chief; screens; s.28 pre-recorded cross-examination (she wants "
              "this); Polish interpreter throughout (female if possible)."),
        ("p", "Intermediary: considered and not required - no communication difficulty other than language."),
    ], head=head)
    F.doc(fn, "MG2")

    fn = "VPS ZIELINSKA 16.3.26 (tlumaczenie).pdf"
    write_pdf(F.p(fn), [
        ("title", "Victim Personal Statement - translation from Polish"),
        ("p", f"URN {urn}. Made by Marta ZIELIŃSKA on 16.3.26 through interpreter K. NOWAK."),
        ("p", "I came to England to work. I thought my room was safe. After that night I slept with a chair "
              "against the door. I lost my home because I could not stay there. I stopped the case once "
              "because I was afraid. Now I want to finish it."),
        ("sig", "Signed: M. Zielińska   16.3.26"),
    ], head=head)
    F.doc(fn, "VPS")

    fn = "incident log 64-20251018-0211.txt"
    write_text(F.p(fn),
        "SOUTHMARSH CONSTABULARY - CONTROL ROOM LOG\r\n"
        "Incident 64-20251018-0211    Created 18/10/2025 08:50    Channel: 101\r\n"
        f"Linked URN: {urn}\r\n"
        "-----------------------------------------------------------------\r\n"
        "08:50  Female caller, limited English, LanguageLine Polish connected 08:53.\r\n"
        "08:55  Caller MARTA states landlord DEAN entered her room last night approx 23:30 and put his\r\n"
        "       fingers inside her. Has message from him saying sorry. Now at work, Seaview Grand Hotel.\r\n"
        "09:01  Graded P1 (sexual offence, recent). Evidence advice given.\r\n"
        "09:05  PC1184 O'DOWD assigned.   09:40 at scene.\r\n"
        "11:10  SARC booking 14:00 confirmed.   Crime 64SM/25/0229825 raised.\r\n"
        "11:12  Closed to crime.\r\n")
    F.doc(fn, "INCIDENT_LOG")

    fn = "Athena crime record.pdf"
    write_pdf(F.p(fn), [
        ("mono", f"ATHENA OCCURRENCE 64SM/25/0229825   URN {urn}\n"
                 "HO CLASS: 19/xx ASSAULT BY PENETRATION (FEMALE 16+)\n"
                 "REPORTED 18.10.25 08:50   OCCURRED 17.10.25 23:30\n"
                 "VICTIM: ZIELINSKA MARTA  F  31  WHITE OTHER (POLISH)  LANG: POLISH  NO DISABILITY\n"
                 "SUSPECT: HOLLOWAY DEAN MARTIN  M  44  (LANDLORD)\n"
                 "STATUS HISTORY: 24.10.25 ARRESTED/BAILED - 20.11.25 VICTIM WITHDRAWS, SUSPENDED (DI FARRANT),\n"
                 "  RUI - 02.3.26 VICTIM RE-ENGAGES, REOPENED - 18.3.26 MG3 SUBMITTED\n"
                 "VICTIMS CODE: ISVA 18.10.25; VPS OFFERED 02.3.26, TAKEN 16.3.26; INTERPRETER ALL CONTACT"),
    ], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "DPN", "DIGITAL_EXTRACT", "ROTI",
               "PNC", "MG6C", "MG6D", "MG12", "MG2", "VPS", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C5  child complainant (14) with Registered Intermediary; youth suspect (16) with appropriate adult
#     Fenmoor - COMPLIANT
# ================================================================================================

def case_c5():
    F = Folder("65FM0611426_BARNARD-LEE")
    urn = "65FM0611426"
    head = "FENMOOR CONSTABULARY | Child Abuse Investigation Unit | OFFICIAL-SENSITIVE"
    foot = "URN 65FM0611426 | page {p} of {n}"

    mg3 = [
        ("title", "Fenmoor Constabulary - MG3 Report to Crown Prosecutor (v4)"),
        ("kv", [("URN", urn), ("Date", "02/06/2026"),
                ("Advice type", "Full Code Test (charge) - youth suspect"),
                ("Suspect", "THORNE Kai, DOB 02/02/2010 (16). Youth. Lives with parents, 12 Furrow Way, Fenmoor"),
                ("Complainant", "BARNARD-LEE Skye, DOB 14/09/2011 (14). ADHD; developmental language disorder"),
                ("Offence", "Rape, s.1 SOA 2003, 12 Furrow Way, 11/04/2026 approx 16:30. "
                            "Alternative: s.13 (s.9) SOA 2003 - sexual activity with a child by a person under 18"),
                ("OIC", "DC 5530 Joel ACKROYD, CAIU Fenmoor. 01632 960390 / 07700 900390. joel.ackroyd@fenmoor.police.example"),
                ("Supervisor", "DS 2841 Fiona McKINNON - reviewed 01/06/2026 - 'file complete; submit'")]),
        ("h", "Summary"),
        ("p", "Skye and Kai attend Fenmoor Academy (Years 9 and 11). They had been messaging on Snapchat for "
              "about a week. On Saturday 11/04/2026 Skye went to Kai's house at his invitation; his parents "
              "were out. In his bedroom they kissed. Skye says Kai then pulled down her leggings; she said "
              "'no, I don't want to' twice and tried to sit up; he pushed her shoulder down and put his penis "
              "in her vagina for 'a minute or two'. She left at about 16:45. Kai's mother, arriving home, saw "
              "her leave 'upset'."),
        ("p", "First accounts: at 17:48 Skye sent Snapchat messages to her friend Maisie CROFT (14): 'kai did "
              "stuff i said no and he didnt stop'. Maisie told her own mother, Joanne CROFT, who phoned Skye's "
              "mother. At about 20:30 Skye told her mother what had happened. Her mother rang the police at 21:02. "
              "PC 1720 OYELOWO was the first officer to attend (21:25). Statements from Maisie, Skye's mother, "
              "Joanne CROFT and PC OYELOWO are in the file."),
        ("h", "Evidence"),
        ("p", "1. ABE interview 16/04/2026 with Registered Intermediary Paula VERNON (exhibit EF/1; recording, "
              "summary, interview plan and RI assessment report enclosed; DC FINCH's statement exhibits it).\n"
              "2. Paediatric SARC 12/04/2026: Dr NWOSU found a small fresh tear at the posterior fourchette, "
              "consistent with recent penetrative trauma, though it can have other causes (statement enclosed).\n"
              "3. SFR1 29/05/2026: semen on the crotch of Skye's knickers, DNA matching THORNE. This directly "
              "contradicts his account that there was no intercourse.\n"
              "4. Snapchat messages (selective extraction, DPN enclosed).\n"
              "5. Gemma THORNE (suspect's mother): saw Skye come downstairs quickly and leave without speaking, "
              "'looking upset'."),
        ("h", "Suspect's account"),
        ("p", "Arrested 12/04/2026; interviewed the same day with his father Stephen THORNE as appropriate adult "
              "and solicitor Ms Harriet COLE. He said they kissed on his bed, it was 'her idea', nothing else "
              "happened, and she left upset because he told her he did not want a relationship. No sexual "
              "intercourse. The forensic result was not available at interview; he has not been re-interviewed "
              "on it (advice sought on whether that is necessary - see below)."),
        ("h", "Reasonable lines of enquiry (incl. those capable of undermining the case)"),
        ("p", "- Earlier Snapchat messages between Skye and Maisie (06/04 to 09/04), saved by Maisie and "
              "handed over as screenshots by her mother on 13/04, show Skye liked Kai ('omg kai snapped me'). "
              "They are capable of assisting the defence; a copy is with the file (MG6C item 7).\n"
              "- Leo HARTLEY (16), Kai's friend, told officers on 13/04 that Kai said on the morning of 12/04 "
              "'she wanted to'. Leo declined to give a statement; the officer's note is scheduled.\n"
              "- CCTV: 12 Furrow Way has no cameras and none overlook it.\n"
              "- School: the academy was told of the bail conditions so that it could keep the two apart; no "
              "information or records about Skye were requested from the school.\n"
              "- Social care: strategy discussion 13/04/2026 (minutes on MG6D). Skye's social care and CAMHS "
              "records have NOT been requested: nothing suggests they hold anything relevant to the issues, "
              "and her ADHD/DLD diagnosis is described in the RI report.\n"
              "- Re-interview of THORNE on the DNA result: considered. We ask the prosecutor to say whether it "
              "is needed; it would not affect the evidential position as his account is fixed."),
        ("h", "Digital"),
        ("p", "Skye's phone: DPN signed by Skye and her mother on 12/04/2026. Parameters: Snapchat conversations "
              "with Maisie CROFT's account and Kai THORNE's account only, 10/04/2026 00:00 to 13/04/2026 23:59, "
              "text only (no images or videos). Reason: the first complaint to Maisie and Kai's messages before "
              "and after. Kai's phone was seized on arrest and the same conversations recovered."),
        ("h", "Outstanding evidence"),
        ("p", "None outstanding. All forensic results are in (SFR1 dated 29/05/2026)."),
        ("h", "Special measures and victim's needs"),
        ("p", "MG2 enclosed. Skye is eligible under s.16 (under 18; also communication needs). Requested: ABE as "
              "evidence-in-chief; s.28 pre-recorded cross-examination - Skye and her mother both want this; "
              "live link from a remote site; Registered Intermediary at trial (Paula VERNON); ground rules "
              "hearing; communication aids (visual timetable, breaks every 20 minutes)."),
        ("p", "Needs: contact through her mother; appointments after school; a female officer. Children's ISVA: "
              "referred 13/04/2026 to Fenmoor ChISVA (Becky LOWRY). VPS: offered to Skye and to her mother on "
              "16/04/2026; Skye does not want to make one now; her mother will make one after the decision."),
        ("h", "Bail"),
        ("p", "THORNE is on pre-charge bail to 12/07/2026 with conditions: (1) no contact with Skye "
              "BARNARD-LEE directly or indirectly including social media; (2) not to enter Alder Drive, Fenmoor; "
              "(3) to live at 12 Furrow Way. The academy has put separate timetables in place. Youth Justice "
              "Service informed."),
        ("h", "Early advice"),
        ("p", "Early advice obtained 20/04/2026 (CPS Fenmoor RASSO, Mr Hamid AZIZ) on the alternative charge "
              "and youth issues. He advised completing the SARC forensic results before submission. Done."),
        ("h", "Disclosure / antecedents"),
        ("p", "MG6C (numbered list), MG6D, MG12 enclosed. THORNE: no previous convictions (PNC enclosed). "
              "Witness PNC: all nil (enclosed)."),
    ]
    fn = "MG3 - THORNE Kai - 02.06.2026.docx"
    write_docx(F.p(fn), mg3, head=head, foot="OFFICIAL-SENSITIVE when complete", font="Verdana", size=9.5)
    F.doc(fn, "MG3")

    fn = "EF-1 ABE BARNARD-LEE Skye 16.04.2026.mp4"
    write_video(F.p(fn), 5, ["FENMOOR CAIU SUITE A  16/04/2026 10:00", "REC"], seed=51,
                title="ABE Skye BARNARD-LEE (with RI) EF/1")
    F.doc(fn, "ABE_RECORDING")

    fn = "ABE summary EF-1.pdf"
    write_pdf(F.p(fn), [
        ("title", "Video Recorded Interview - Index / Summary"),
        ("kv", [("URN", urn), ("Child", "Skye BARNARD-LEE (14)"), ("Date", "16/04/2026, 10:00-11:05 with breaks"),
                ("Interviewer", "DC 3302 Eleanor FINCH"), ("Registered Intermediary", "Paula VERNON"),
                ("Monitor", "DC 5530 ACKROYD"), ("Exhibit", "EF/1")]),
        ("table", ["Time", "Phase", "Summary"], [
            ["10:00", "Rapport", "Talked about her dog and drawing; RI set up visual timetable and 'stop' card."],
            ["10:09", "Free narrative", "Went to Kai's house; kissing on bed; he pulled leggings down; she said 'no, I don't want to' twice; he pushed her shoulder; 'he put his thing in me'; a minute or two; she left."],
            ["10:24", "Break", "Break at Skye's request (RI prompt)."],
            ["10:33", "Questions", "Simple questions agreed with RI: where, what she said, what he did with his hand, what she saw. Uses body diagram to point."],
            ["10:52", "After", "Walked home; messaged Maisie; told mum later."],
            ["11:02", "Closure", "Neutral topic; thanks."],
        ], (12, 16, 72)),
    ], head=head, foot=foot)
    F.doc(fn, "ABE_SUMMARY")

    fn = "ABE plan Skye (EF).pdf"
    write_pdf(F.p(fn), [
        ("title", "ABE interview plan"),
        ("p", f"URN {urn}. Witness: Skye BARNARD-LEE (14). Interviewer: DC FINCH. Planned 15/04/2026 after the "
              "RI assessment on 14/04/2026."),
        ("p", "Objectives: obtain Skye's account of 11/04/2026; who, what, where; first disclosures.\n"
              "Communication: follow RI recommendations - short questions, one idea per question, no tag "
              "questions, visual timetable, breaks every 20 minutes, 'stop' card.\n"
              "Supporter: none (mother is a witness).\n"
              "Location: CAIU Suite A, soft room. Duration target under 70 minutes."),
    ], head=head)
    F.doc(fn, "ABE_PLAN")

    fn = "RI assessment report - P VERNON.pdf"
    write_pdf(F.p(fn), [
        ("title", "Registered Intermediary - Assessment Report"),
        ("kv", [("URN", urn), ("Witness", "Skye BARNARD-LEE (14)"), ("RI", "Paula VERNON, RI no. 0447"),
                ("Assessed", "14/04/2026 at home, mother present")]),
        ("p", "Skye has ADHD and a developmental language disorder. She processes spoken language slowly and "
              "loses track of long or multi-part questions. Recommendations: short simple questions; avoid "
              "'Do you remember...?' and tag questions; visual timetable; breaks every 20 minutes; allow "
              "drawing or pointing; RI present at interview and at trial (including any s.28 hearing)."),
    ], head=head)
    F.doc(fn, ["OTHER", "THIRD_PARTY"])

    fn = "MG11 DC FINCH.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Eleanor FINCH", "Over 18", "Detective Constable 3302", [
        "I am a specialist child interviewer. On 16/04/2026 between 10:00 and 11:05 I interviewed Skye "
        "BARNARD-LEE on video at Fenmoor CAIU Suite A, assisted by Registered Intermediary Paula VERNON. I "
        "produce the recording as exhibit EF/1.",
    ], "16/04/2026", "(Sgd) E. FINCH"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "MG11 PC OYELOWO 1720.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Samuel OYELOWO", "Over 18", "Police Constable 1720", [
        "At 21:25 on Saturday 11/04/2026 I attended the home of Skye BARNARD-LEE in Alder Drive, Fenmoor, "
        "after a 999 call by her mother. I was the first officer there. With her mother present I asked Skye "
        "only enough to understand what had happened. She said quietly that Kai from school 'did it to me when "
        "I said no' at his house that afternoon. I did not ask more. I noted this in my PNB and called the "
        "CAIU on-call DS. I advised that her clothing from the afternoon be bagged; her mother handed me "
        "Skye's knickers and leggings, which I produce as SO/1 and SO/2.",
    ], "12/04/2026", "(Sgd) S. OYELOWO"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "MG11 Maisie CROFT (14).docx"
    write_docx(F.p(fn), mg11("plain", urn, "Maisie CROFT", "14", "School pupil", [
        "This statement was taken by DC ACKROYD at my home with my mum, Joanne CROFT, sitting with me.",
        "Skye is my best friend. On Saturday 11 April 2026 at about ten to six she sent me Snapchats. She "
        "said 'kai did stuff i said no and he didnt stop' and 'dont tell anyone'. I asked if she was ok and "
        "she said no. I was scared for her so I showed my mum.",
    ], "13/04/2026", "Maisie Croft   (parent: J. Croft)"), foot="MG11 page 1 of 1")
    F.doc(fn, "MG11", "first_account")

    fn = "scan_0007.pdf"
    write_scan_pdf(F.p(fn), mg11("plain", urn, "Nicola BARNARD", "Over 18", "Care assistant", [
        "I am Skye's mum. On Saturday 11 April 2026 at about 8pm Joanne CROFT, Maisie's mum, rang me and said "
        "Maisie had had worrying messages from Skye about a boy.",
        "At about 8.30pm I sat with Skye in her room. She cried and said Kai THORNE from school had made her "
        "have sex at his house when she said no, and that he pushed her down. I rang 999.",
        "I gave Skye's knickers and leggings from that day to the police officer.",
    ], "12/04/2026", "N. Barnard"), foot="Page {p} of {n}", seed=52)
    F.doc(fn, "MG11", "first_account")

    fn = "MG11 Joanne CROFT.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Joanne CROFT", "Over 18", "Teaching assistant", [
        "I am Maisie's mother. At about 7.45pm on 11 April 2026 Maisie showed me Snapchat messages from Skye. "
        "I did not speak to Skye. I rang Skye's mum, Nicola, at about 8pm and told her. I sat with Maisie "
        "when she gave her statement on 13 April. That day I also gave DC ACKROYD screenshots Maisie had "
        "saved of earlier messages between her and Skye from that week; I produce them as exhibit JC/1.",
    ], "13/04/2026", "[signed]"), head=head)
    F.doc(fn, "MG11", "witness")

    fn = "MG11 Gemma THORNE.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Gemma THORNE", "Over 18", "Office manager", [
        "I am Kai's mother. On Saturday 11 April 2026 I got home at about quarter to five. As I came in a "
        "girl came down the stairs quickly and went out of the front door without saying anything. She "
        "looked upset. I asked Kai who she was and he said 'just a girl from school'. I do not want to say "
        "anything else.",
    ], "14/04/2026", "[signed]"), head=head)
    F.doc(fn, "MG11", "witness")

    fn = "MG11 Dr NWOSU paediatric SARC.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Dr Amara NWOSU", "Over 18", "Consultant paediatrician, Oak Tree Children's SARC", [
        "On 12/04/2026 I examined Skye BARNARD-LEE at the Oak Tree Children's SARC with a forensic "
        "physician. Skye and her mother gave written consent to the examination and to the release of the "
        "findings and notes to the police, the CPS and the court.",
        "I found a 4 mm fresh superficial tear at the posterior fourchette. This is consistent with recent "
        "blunt penetrative trauma within about 72 hours; such tears can also occur in other ways, but no other "
        "cause was described. Swabs were taken (AN/1-AN/4).",
    ], "05/05/2026", "[signed] A. Nwosu"), head=head)
    F.doc(fn, "MG11", "expert")

    fn = "SFR1 FM-26-2214.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "FM-26-2214", "Dr L. STRAND", "29/05/2026",
                                  "THORNE, Kai", [
        ["SO/1", "Knickers (Skye)", "Semen on crotch area. DNA profile matches THORNE (< 1 in a billion)."],
        ["AN/2", "Vaginal swab", "Low level male DNA; partial profile, THORNE cannot be excluded."],
        ["SO/2", "Leggings", "No semen detected."],
    ], "Semen matching THORNE was found inside Skye's knickers. He says no intercourse took place."), head=head)
    F.doc(fn, "FORENSIC")

    fn = "DPN Skye with parent 12.04.26.pdf"
    write_pdf(F.p(fn), dpn_blocks("std", urn, "Skye BARNARD-LEE (14) with her mother Nicola BARNARD",
        "iPhone 12 (Skye's)", [
        "Snapchat conversations with Maisie CROFT's account and Kai THORNE's account only",
        "10/04/2026 00:00 to 13/04/2026 23:59",
        "Text messages only - no photos or videos",
    ], "You told Maisie what happened on Snapchat, and Kai messaged you before and after. Those two "
       "conversations for those four days are what we need. We explained this to you and your mum in "
       "simple words with the help of a picture sheet.",
        "Signed: Skye B-L   Parent: N. Barnard   12/04/2026   Officer: DC ACKROYD", "DC 5530 ACKROYD"),
        head=head)
    F.doc(fn, "DPN")

    fn = "Extraction FM-DFU-26-0331.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DFU analyst R. PATTERSON", "iPhone 12 - Skye BARNARD-LEE",
        "FM-DFU-26-0331", "Snapchat text with 2 named accounts; 10/04/2026-13/04/2026; no media.", [
        ["1", "10/04/2026 19:20", "Snapchat", "Kai -> Skye", "'come round mine tmrw, parents out'"],
        ["2", "11/04/2026 17:48", "Snapchat", "Skye -> Maisie", "'kai did stuff i said no and he didnt stop'"],
        ["3", "11/04/2026 17:49", "Snapchat", "Skye -> Maisie", "'dont tell anyone'"],
        ["4", "11/04/2026 18:30", "Snapchat", "Kai -> Skye", "'u ok? dont be weird at school'"],
    ], "14/04/2026"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    lines = [
        ["15:30", "DC ACKROYD", "Caution explained in simple terms. Appropriate adult Mr Stephen THORNE (father) and solicitor Ms COLE present. Role of the AA explained."],
        ["15:34", "THORNE", "We kissed on my bed. It was her idea. Nothing else happened."],
        ["15:41", "DC ACKROYD", "Skye says you pulled her leggings down."],
        ["15:41", "THORNE", "No. I never did that."],
        ["15:49", "DC ACKROYD", "Why was she upset when she left?"],
        ["15:49", "THORNE", "I said I didn't want to go out with her."],
        ["15:55", "Ms COLE", "My client has answered your questions."],
        ["15:58", "DC ACKROYD", "Interview ended."],
    ]
    fn = "MG15 THORNE Kai (AA present).pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "THORNE Kai (16)", "12/04/2026 15:30-15:58",
                                   "Fenmoor custody suite", "DC ACKROYD, DC FINCH, Mr S. THORNE (appropriate adult), Ms H. COLE (solicitor)",
                                   lines, summary="Youth interview with appropriate adult. Accepts kissing; denies any "
                                                  "other sexual activity.", tape="FM-260412-05"), head=head)
    F.doc(fn, "ROTI")

    fn = "PNC THORNE.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "THORNE, Kai", "02/02/2010", "26/099113A", [],
                                   "12/04/2026", "Custody PS 881", "Fenmoor Constabulary"))
    F.doc(fn, "PNC")
    fn = "Witness PNC - BARNARD-LEE.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [
        ["Skye BARNARD-LEE", "complainant (14)", "No trace"],
        ["Maisie CROFT", "first account (14)", "No trace"],
        ["Nicola BARNARD", "first account", "No trace"],
        ["Joanne CROFT", "witness", "No trace"],
        ["Gemma THORNE", "witness", "No trace"],
    ], "14/04/2026", "DC ACKROYD"), head=head)
    F.doc(fn, "PNC")

    items = [
        "Incident log FM-20260411-1877 for Nicola BARNARD's call at 21:02 (copy with file).",
        "Crime report FM/CR/26/03118 (copy with file).",
        "PC OYELOWO PNB entry 11/04/2026 - Skye's first words to police.",
        "Custody record THORNE 12/04/2026, including appropriate adult log.",
        "Interview recording FM-260412-05.",
        "Officer's note, DC ACKROYD, 13/04/2026: conversation with Leo HARTLEY (16) who declined a statement; says Kai told him 'she wanted to'.",
        "Screenshots of Snapchat messages Skye-Maisie 06/04-09/04/2026, saved by Maisie and handed over by Joanne CROFT 13/04/2026; show Skye liked Kai (copy with file).",
        "Letter to Fenmoor Academy DSL 13/04/2026 notifying THORNE's bail conditions for safeguarding (no information requested).",
        "Extraction report of THORNE's handset (suspect device) 20/04/2026.",
        "Registered Intermediary assessment report 14/04/2026 (copy with file).",
        "ABE interview plan DC FINCH 15/04/2026 (copy with file).",
        "Bail record and conditions 12/04/2026.",
        "MG21 forensic submission 13/04/2026.",
    ]
    blocks = [("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)"),
              ("p", f"URN {urn}   R v THORNE   Disclosure officer DC 5530 ACKROYD   01/06/2026")]
    for i, it in enumerate(items, 1):
        blocks.append(("p", f"{i}.  {it}"))
    blocks.append(("p", "Location of all items: CAIU Fenmoor case store unless stated."))
    fn = "MG6C (list).pdf"
    write_pdf(F.p(fn), blocks, head=head, foot=foot)
    F.doc(fn, "MG6C")

    fn = "JC-1 screenshots (MG6C item 7).jpg"
    write_photo_jpeg(F.p(fn), [
        ("h", "Exhibit JC/1 - Snapchat screenshots (Maisie's phone)"),
        ("p", "06/04/2026 18:02  Skye: omg kai snapped me"),
        ("p", "06/04/2026 18:03  Maisie: NO WAY"),
        ("p", "08/04/2026 21:40  Skye: he asked if i want to come round at the weekend"),
        ("p", "09/04/2026 07:55  Maisie: are u going??"),
        ("p", "09/04/2026 08:01  Skye: maybe idk"),
        ("sp",),
        ("small", f"URN {urn} - handed to DC 5530 ACKROYD by Joanne CROFT 13/04/2026 - MG6C item 7"),
    ], seed=53, angle=-1.6)

    fn = "MG6D.docx"
    write_docx(F.p(fn), [
        ("title", "MG6D - sensitive material"),
        ("p", f"URN {urn}   R v THORNE   01/06/2026"),
        ("table", ["Item", "Description", "Reason sensitive"], [
            ["1", "Strategy discussion minutes, Fenmoor Children's Services, 13/04/2026", "Social care - third party; child welfare"],
            ["2", "ChISVA referral 13/04/2026", "Child complainant's personal information"],
            ["3", "Skye's home address and school timetable arrangements", "Safety of child"],
        ]),
    ])
    F.doc(fn, "MG6D")

    fn = "MG12.xlsx"
    write_xlsx(F.p(fn), [("MG12", ["MG12 Exhibit list", f"URN {urn}  R v THORNE"],
                          ["Exhibit", "Description", "Produced by"], [
        ["EF/1", "ABE recording, Skye BARNARD-LEE, 16/04/2026", "DC FINCH"],
        ["SO/1", "Knickers (Skye)", "PC OYELOWO"],
        ["SO/2", "Leggings (Skye)", "PC OYELOWO"],
        ["AN/1-AN/4", "Paediatric SARC swabs", "Dr NWOSU"],
        ["JA/1", "Selective extraction report FM-DFU-26-0331", "DC ACKROYD"],
        ["JA/2", "THORNE's mobile phone", "DC ACKROYD"],
        ["JC/1", "Screenshots of Snapchat messages Skye-Maisie 06/04-09/04/2026", "Joanne CROFT"],
    ], [12, 50, 20])])
    F.doc(fn, "MG12")

    fn = "MG2 Skye.docx"
    write_docx(F.p(fn), [
        ("title", "MG2 Special Measures Assessment"),
        ("kv", [("URN", urn), ("Witness", "Skye BARNARD-LEE, 14"),
                ("Eligibility", "s.16 YJCEA: under 18; also impairment of communication (DLD)"),
                ("Consulted", "Skye, her mother, the RI, 16/04/2026 and 28/05/2026")]),
        ("h", "Measures"),
        ("p", "s.27 ABE as evidence-in-chief; s.28 pre-recorded cross-examination (Skye and her mother want "
              "this); s.24 live link from a remote site; s.29 Registered Intermediary (Paula VERNON) at all "
              "hearings; s.30 communication aids (visual timetable, body diagram); removal of wigs and gowns; "
              "ground rules hearing."),
        ("h", "Other needs"),
        ("p", "Breaks every 20 minutes; afternoon appointments; her mother as supporter where not a witness "
              "in the same session; ChISVA support."),
    ])
    F.doc(fn, "MG2")

    fn = "Incident log FM-20260411-1877.pdf"
    write_pdf(F.p(fn), [("mono",
        "FENMOOR CONSTABULARY - INCIDENT FM-20260411-1877\n"
        "21:02 11/04/2026  999  CALLER NICOLA BARNARD (MOTHER)\n"
        "  DAUGHTER SKYE 14 DISCLOSED SHE WAS RAPED THIS AFTERNOON BY BOY FROM SCHOOL 'KAI' AT HIS HOUSE.\n"
        "  SKYE AT HOME, SAFE. DISCLOSED FIRST TO FRIEND BY SNAPCHAT.\n"
        "21:05 P1. CAIU ON CALL NOTIFIED.  21:07 PC1720 OYELOWO ASSIGNED.  21:25 ON SCENE.\n"
        "22:10 CLOTHING SEIZED. SARC (PAEDIATRIC) BOOKED 12/04 09:00.\n"
        f"22:40 CRIME FM/CR/26/03118  URN {urn}.  CLOSED.")])
    F.doc(fn, "INCIDENT_LOG")

    fn = "Crime report FM-CR-26-03118.pdf"
    write_pdf(F.p(fn), [
        ("title", "Crime Report FM/CR/26/03118"),
        ("kv", [("URN", urn), ("Offence", "Rape of a female aged 13-15 by person under 18 (s.1 / s.13 SOA 2003)"),
                ("Victim", "BARNARD-LEE Skye - F - 14 - Mixed White/Black Caribbean - ADHD, DLD"),
                ("Suspect", "THORNE Kai - M - 16"), ("Occurred", "11/04/2026 16:00-16:45"),
                ("OIC", "DC 5530 ACKROYD (CAIU)")]),
        ("p", "Strategy discussion held 13/04/2026. ChISVA referral 13/04/2026. RI assessment 14/04/2026. ABE "
              "16/04/2026. Suspect bailed with conditions."),
    ], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "MG11", "FORENSIC", "DPN",
               "DIGITAL_EXTRACT", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C6  odd file names (spaces, dots, non-ASCII, very long) - Kestrel Bay - COMPLIANT
# ================================================================================================

def case_c6():
    F = Folder("66KB0907126 PRYS")
    urn = "66KB0907126"
    head = "Heddlu Bae'r Cudyll / Kestrel Bay Police - SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE"
    foot = f"{urn} - Page {{p}} of {{n}}"

    mg3 = [
        ("title", "MG3 - Report to the Crown Prosecutor for a Charging Decision"),
        ("p", f"URN: {urn}        Force: Kestrel Bay Police, RASSO team, Tŷ Gwylan        Version 3 (final), 24 June 2026"),
        ("h", "What are we asking for?"),
        ("p", "A charging decision under the Full Code Test on one count of rape (s.1 Sexual Offences Act 2003) "
              "against Lukas BRENNER (born 12 January 1995, German national), at Flat 5, Marram Court, Kestrel "
              "Bay, on 30 May 2026 at about 23:30. The complainant is Ffion PRYS (27), a teaching assistant."),
        ("h", "What happened?"),
        ("p", "Ffion and BRENNER matched on the dating app Tandemly and met for the first time on 30 May 2026 at "
              "The Lantern bar on the marina, from about 19:30 to 22:30. BRENNER bought the second round at "
              "21:02 while she was in the toilet; she says that after that drink she felt much more drowsy "
              "than she expected. They walked to his flat. She says she lay on his sofa feeling 'heavy'; he "
              "took her to the bedroom and had vaginal sex with her; she said 'I don't want to' and tried to "
              "roll away; he held her hip down. She left at about 00:40 in a Bay Cars taxi. The driver, Colin "
              "PEARCE, noticed she was crying. At about 01:00 she woke her flatmate, Zoë ÅKESSON, and told her "
              "'he had sex with me and I said I didn't want to'. She reported to police the next morning."),
        ("h", "Who saw her first, and what did she say?"),
        ("p", "Her flatmate Zoë ÅKESSON (first account, statement enclosed). Then PC 3390 Gethin MORGAN, who "
              "attended at 08:20 on 31 May 2026 and took her first account (statement enclosed). Body-worn "
              "video was not used for the initial account, at Ffion's request; PC MORGAN wrote the account in "
              "his notebook (MG6C item 3)."),
        ("h", "Her evidence"),
        ("p", "Video-recorded (ABE) interview on 2 June 2026 by DC 0917 BEVAN, exhibit RB/1, with a summary. The "
              "recording, summary and DC BEVAN's statement producing it are enclosed."),
        ("h", "What does BRENNER say?"),
        ("p", "Interviewed after arrest on 1 June 2026 with a solicitor; he declined an interpreter (fluent "
              "English). Sex was consensual; they were both 'a bit drunk'; she was 'chatty and fine'; she "
              "never said she did not want to; he bought the second round because she was in the toilet and "
              "he did not put anything in her drink. The issues are consent and reasonable belief, and "
              "whether her drink was spiked."),
        ("h", "Other evidence"),
        ("p", "Bar CCTV (clip enclosed; produced by the bar manager, Rosa DÍAZ): shows BRENNER at the bar at "
              "21:02 with his back to the camera - it cannot be seen whether anything was added - and shows "
              "the two leaving at 22:31, hand in hand, Ffion walking steadily. The taxi driver's statement. "
              "The forensic physician, Dr Gwen HOWELLS (bruise to the inner left thigh; swabs). SFR1: DNA "
              "from BRENNER on the vaginal swabs (not disputed). The Tandemly chat, recovered from BRENNER's "
              "phone, and the screenshots Ffion gave us (RB/2)."),
        ("h", "Lines of enquiry, for and against"),
        ("p", "We looked for evidence that would support BRENNER as well as Ffion. The CCTV of them leaving "
              "(steady, hand in hand) and the barman's description of them as 'happy and flirty' are capable "
              "of assisting him and are disclosed. The taxi firm's booking record confirms the 00:40 pick-up "
              "booked from Ffion's own app. BRENNER's phone: the Tandemly chat before and after; his message at "
              "09:04 on 31 May ('had a great time x') - she did not reply. No other users of the flat. No "
              "previous reports involving BRENNER in the UK; ACRO request to Germany returned no convictions."),
        ("p", "Ffion's phone has not been examined and no Digital Processing Notice was needed. The whole chat "
              "is on BRENNER's phone, which we hold, and Ffion gave us screenshots herself. Nothing suggests "
              "other material on her phone is relevant."),
        ("h", "What is outstanding?"),
        ("p", "Toxicology on the urine sample taken at the SARC at 10:00 on 31 May 2026 (KB-TOX-0601). The "
              "laboratory's target date is 14 August 2026. We ask for the decision now because the rape "
              "allegation does not depend on the result; the result goes to whether her drink was spiked. "
              "Nothing else is outstanding."),
        ("h", "Special measures, needs and support"),
        ("p", "MG2 enclosed. Ffion is eligible as a complainant in a sexual offence. She wants the ABE played "
              "as her evidence-in-chief, screens, and she would like s.28 pre-recorded cross-examination if it "
              "is available at Kestrel Bay Crown Court. No intermediary is needed. She would like letters and "
              "calls in Welsh where possible. She was referred to an ISVA on 31 May 2026 (Carys PHILLIPS, "
              "Kestrel Bay ISVA). She gave a Victim Personal Statement on 7 June 2026 (enclosed)."),
        ("h", "Forensic and medical"),
        ("p", "SARC examination 31 May 2026; Ffion signed consent to the examination and to the release of her "
              "SARC records to police and CPS. SFR1 enclosed. Toxicology outstanding - see above."),
        ("h", "Bail"),
        ("p", "BRENNER is on pre-charge bail to 30 August 2026. Conditions: not to contact Ffion PRYS directly "
              "or indirectly; not to enter Heol Tywod, Kestrel Bay; to surrender his passport (done 1 June "
              "2026) and not to apply for travel documents; to live at Flat 5, Marram Court."),
        ("h", "Early advice"),
        ("p", "Not sought. The evidence was gathered within three weeks and there was no complex point on which "
              "advice would have changed the investigation."),
        ("h", "Disclosure"),
        ("p", "MG6C (spreadsheet), MG6D, MG12 enclosed. PNC and ACRO result for BRENNER enclosed. PNC checks "
              "on all civilian witnesses enclosed (Colin PEARCE has a 2016 conviction for speeding only; the "
              "rest nil)."),
        ("h", "Contact"),
        ("p", "DC 0917 Rhian BEVAN - 01632 960644 - rhian.bevan@kestrelbay.police.example"),
        ("p", "Supervisor review: file checked against the national file standard; ready. DS 3001 Huw "
              "LLEWELLYN, 23 June 2026."),
    ]
    fn = "MG3 – Report to CPS  (FINAL) v3.docx"
    write_docx(F.p(fn), mg3, head=head, foot="SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE (when complete)",
               font="Cambria")
    F.doc(fn, "MG3")

    fn = "ABE  interview.Ffion.PRYS.2026.06.02.mp4"
    write_video(F.p(fn), 4, ["TY GWYLAN VRI  02-06-2026 10:31", "REC"], seed=61,
                title="ABE Ffion PRYS RB/1")
    F.doc(fn, "ABE_RECORDING")

    fn = "ABE summary..pdf"
    write_pdf(F.p(fn), [
        ("title", "ABE summary - RB/1"),
        ("p", f"URN {urn}. Ffion PRYS, 2 June 2026, 10:31-12:02, interviewer DC 0917 BEVAN, monitor DC 2284 "
              "OWEN. Recording exhibit RB/1."),
        ("p", "• Meeting on Tandemly; The Lantern 19:30; two glasses of wine; BRENNER bought the second round at "
              "about 21:00 while she was in the toilet.\n"
              "• Felt 'heavy' and slow soon after; agreed to go to his flat 'for a coffee' because she did not "
              "feel able to get home alone.\n"
              "• On the sofa; he led her to the bedroom; removed her jeans; she said 'I don't want to' and "
              "tried to roll away; he held her left hip; vaginal penetration; she 'went still'.\n"
              "• Left about 00:40 by taxi booked on her app; cried; told Zoë.\n"
              "• Accepts she kissed him on the walk to his flat."),
    ])
    F.doc(fn, "ABE_SUMMARY")

    fn = "ABE officer statement DC0917 BEVAN — produces RB-1.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Rhian BEVAN", "Over 18", "Detective Constable 0917", [
        "On 2 June 2026 between 10:31 and 12:02 I conducted a video-recorded interview with Ffion PRYS at Tŷ "
        "Gwylan. I produce the recording as exhibit RB/1.",
        "On 31 May 2026 Ffion e-mailed me screenshots of her Tandemly chat with BRENNER. I printed them and "
        "produce them as exhibit RB/2.",
        "On 1 June 2026 I seized BRENNER's phone on arrest (RB/3).",
    ], "02/06/2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    fn = "Datganiad tyst – Gethin MORGAN PC3390.pdf"
    write_pdf(F.p(fn), mg11("caps", urn, "Gethin MORGAN", "Over 18", "Police Constable 3390", [
        "At 08:20 on Sunday 31 May 2026 I attended Ffion PRYS's flat in Heol Tywod after her call at 07:52. I "
        "was the first officer to see her. She asked me not to record her on body-worn video and I did not. "
        "She told me that a man she met on a dating app had had sex with her at his flat the night before "
        "when she said she did not want to, and that she thought her drink had been spiked. I recorded this "
        "in my PNB and took her to the SARC.",
    ], "31.05.2026", "(Sgd) G. Morgan PC 3390"), head=head)
    F.doc(fn, "MG11", "officer")

    fn = "Zoë_Åkesson_MG11_first account.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Zoë ÅKESSON", "Over 18", "Nurse", [
        "I share a flat with Ffion PRYS. At about 1am on Sunday 31 May 2026 she knocked on my door and "
        "woke me. She was crying and her mascara was everywhere. She said 'he had sex with me and I said I "
        "didn't want to'. She said she felt drugged. I made her tea and stayed with her. In the morning I "
        "told her to call the police and she did.",
    ], "01/06/2026", "[signed] Zoë Åkesson"), head=head, foot=foot)
    F.doc(fn, "MG11", "first_account")

    fn = "statement of taxi driver Mr. C. Pearce.docx"
    write_docx(F.p(fn), mg11("plain", urn, "Colin PEARCE", "Over 18", "Private hire driver (Bay Cars)", [
        "At 00:40 on 31 May 2026 I picked up a young woman from outside Marram Court, booked through our app "
        "in the name Ffion. She sat in the back and cried quietly all the way to Heol Tywod. I asked if she "
        "was OK and she said she just wanted to get home. She paid on the app.",
    ], "03/06/2026", "Signed: C. Pearce"))
    F.doc(fn, "MG11", "witness")

    fn = "Rosa Díaz statement (bar manager, produces CCTV).pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Rosa DÍAZ", "Over 18", "Bar manager, The Lantern", [
        "I manage The Lantern bar, Kestrel Bay marina. Our CCTV system records to a hard drive and its clock "
        "was checked against the speaking clock on 3 June 2026 (correct to within 5 seconds).",
        "On 3 June 2026 I exported the footage from the bar camera from 21:00 to 21:05 and the door camera "
        "from 22:30 to 22:32 on 30 May 2026 and gave it to DC BEVAN. I produce it as exhibit RD/1.",
        "The barman that night, who has since left, told me the couple seemed 'happy and flirty'.",
    ], "03/06/2026", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "witness")

    fn = "bar CCTV – The Lantern – 30.05.2026 21.00–21.05 & 22.30–22.32 (RD-1).mp4"
    write_video(F.p(fn), 4, ["LANTERN CAM02 BAR  30/05/2026 21:02:10", "CCTV"], scene="street", audio=False,
                seed=62, title="CCTV The Lantern RD/1")
    F.doc(fn, "CCTV")

    fn = "Dr Gwen HOWELLS (FME) – statement + body map (body map withheld – see MG6D).pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Dr Gwen HOWELLS", "Over 18", "Forensic physician, Kestrel Bay SARC", [
        "On 31 May 2026 at 10:00 I examined Ffion PRYS at Kestrel Bay SARC. She gave written consent to the "
        "examination, to samples, and to the release of my notes and findings to police and the CPS.",
        "I found a 3 x 2 cm bruise on the inner left thigh, consistent with firm grip or pressure in the "
        "preceding 48 hours. No genital injury. I took swabs (GH/1-GH/4) and a urine sample for toxicology "
        "(GH/5). I prepared a body map, which is held at the SARC.",
    ], "12/06/2026", "[signed] G. Howells"), head=head, foot=foot)
    F.doc(fn, "MG11", "expert")

    fn = "SFR1 – Meridian – DNA.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "KB-26-0601", "Dr T. ROWE", "19/06/2026",
                                  "BRENNER, Lukas", [
        ["GH/2", "High vaginal swab", "Semen; DNA matches BRENNER (< 1 in a billion)."],
        ["GH/5", "Urine (toxicology)", "Submitted 01/06/2026 - result outstanding, target 14/08/2026."],
    ], "Intercourse with BRENNER confirmed (not disputed). Toxicology outstanding."), head=head)
    F.doc(fn, "FORENSIC")

    long_name = ("ROTI – BRENNER Lukas – interview 1 of 1 – 01.06.2026 – tape ref KB-3390-0601-A – transcript "
                 "prepared by the Kestrel Bay typing unit for CPS review – checked by OIC DC 0917 BEVAN on "
                 "04.06.2026 – OFFICIAL-SENSITIVE when complete.pdf")
    assert len(long_name.encode("utf-8")) <= 250, len(long_name.encode("utf-8"))
    lines = [
        ["14:05", "DC BEVAN", "Caution. Interpreter offered and declined. Solicitor Mr EVANS present."],
        ["14:08", "BRENNER", "We had a nice evening. We kissed on the walk home. She came to mine because she wanted to."],
        ["14:15", "DC BEVAN", "Did she say 'I don't want to'?"],
        ["14:15", "BRENNER", "No. She was chatty and fine. We were both a bit drunk."],
        ["14:22", "DC BEVAN", "You bought the second round while she was in the toilet."],
        ["14:22", "BRENNER", "Yes because she was in the toilet. I did not put anything in her drink. I would never."],
        ["14:30", "DC BEVAN", "Did you hold her hip?"],
        ["14:30", "BRENNER", "Maybe in a normal way. Not to hold her down."],
        ["14:41", "DC BEVAN", "Interview ended."],
    ]
    write_pdf(F.p(long_name), roti_blocks("roti", urn, "Lukas BRENNER (DOB 12/01/1995)", "01/06/2026 14:05-14:41",
                                          "Kestrel Bay custody", "DC BEVAN, DC OWEN, Mr D. EVANS (solicitor)",
                                          lines, tape="KB-3390-0601-A"), head=head, foot=foot)
    F.doc(long_name, "ROTI")

    fn = "PNC & ACRO (Germany) – BRENNER.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "BRENNER, Lukas", "12/01/1995", "26/301554Q", [],
                                   "01/06/2026 (PNC); 19/06/2026 (ACRO: Germany - no convictions)",
                                   "DC BEVAN", "Kestrel Bay Police"), head=head)
    F.doc(fn, "PNC")

    fn = "witness PNCs nil return.PDF"
    write_pdf(F.p(fn), pnc_witnesses("list", urn, [
        ("Ffion PRYS", "complainant", "no trace"),
        ("Zoë ÅKESSON", "first account", "no trace"),
        ("Colin PEARCE", "witness", "2016 speeding (SJP, fine) - no other matters"),
        ("Rosa DÍAZ", "witness (CCTV)", "no trace"),
    ], "05/06/2026", "DC BEVAN"), head=head)
    F.doc(fn, "PNC")

    fn = "schedule non sensitive .xlsx"
    write_xlsx(F.p(fn), [("Sheet1", ["MG6C Police schedule of non-sensitive unused material",
                                     f"URN {urn}   R v BRENNER   DC 0917 BEVAN   20/06/2026"],
        ["No.", "Description", "Location"], [
        [1, "Incident log 66-20260531-0117 (Ffion's call 07:52, 31/05/2026) - copy with file", "With file"],
        [2, "Niche crime report 66/26/7312 - copy with file", "With file"],
        [3, "PC MORGAN PNB, 31/05/2026, pp.14-15: first account (no BWV at complainant's request)", "RASSO"],
        [4, "Bay Cars booking record: pick-up Marram Court 00:40, 31/05/2026, booked on Ffion's account", "RASSO"],
        [5, "Full extraction report of BRENNER's phone (suspect device), incl. Tandemly chat 20/05-31/05/2026", "DFU"],
        [6, "Tandemly law-enforcement response: account details for both users", "RASSO"],
        [7, "Custody record BRENNER 01/06/2026", "Custody"],
        [8, "ACRO request and reply (Germany), 02/06/2026 and 19/06/2026", "RASSO"],
        [9, "ABE interview plan DC BEVAN 01/06/2026", "RASSO"],
        [10, "Passport surrender receipt 01/06/2026", "RASSO"],
        [11, "Toxicology submission form GH/5, 01/06/2026", "RASSO"],
    ], [6, 90, 14])])
    F.doc(fn, "MG6C")

    fn = "MG6D.PDF"
    write_pdf(F.p(fn), [
        ("title", "MG6D - Sensitive material"),
        ("p", f"URN {urn}. R v BRENNER. 20/06/2026."),
        ("table", ["No", "Item", "Reason"], [
            ["1", "SARC body map (Dr HOWELLS)", "Intimate medical information"],
            ["2", "ISVA referral 31/05/2026", "Complainant's personal information"],
        ], (8, 60, 32)),
    ])
    F.doc(fn, "MG6D")

    fn = "MG12 exhibit list (v2).pdf"
    write_pdf(F.p(fn), [("title", "MG12 Exhibit List"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Description", "Produced by"], [
            ["RB/1", "ABE recording Ffion PRYS 02/06/2026", "DC BEVAN"],
            ["RB/2", "Screenshots of Tandemly chat (printed)", "DC BEVAN"],
            ["RB/3", "BRENNER's iPhone 14", "DC BEVAN"],
            ["RD/1", "CCTV The Lantern 30/05/2026 (bar 21:00-21:05; door 22:30-22:32)", "Rosa DÍAZ"],
            ["GH/1-GH/4", "SARC swabs", "Dr HOWELLS"],
            ["GH/5", "Urine sample (toxicology)", "Dr HOWELLS"],
        ], (18, 60, 22))])
    F.doc(fn, "MG12")

    fn = "screenshots app chat RB-2 (1).jpg"
    write_photo_jpeg(F.p(fn), [
        ("h", "RB/2 - Tandemly chat (printed screenshots)"),
        ("p", "28 May 19:02  Lukas: Drinks Saturday? The Lantern at 7.30?"),
        ("p", "28 May 19:10  Ffion: Sounds good :)"),
        ("p", "30 May 18:55  Lukas: I'm here, by the window"),
        ("p", "31 May 09:04  Lukas: had a great time x"),
        ("small", f"URN {urn}  RB/2  page 1 of 1"),
    ], seed=63, angle=2.8)

    fn = "MG2 – mesurau arbennig special measures.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG2 Special measures assessment / Asesiad mesurau arbennig"),
        ("kv", [("URN", urn), ("Witness", "Ffion PRYS"), ("Eligible", "Yes - s.17(4) YJCEA 1999"),
                ("Date", "10/06/2026")]),
        ("p", "Ffion asks for: ABE as evidence-in-chief; screens; s.28 pre-recorded cross-examination - she "
              "would like this if available at Kestrel Bay Crown Court; Welsh-language correspondence. "
              "Intermediary: not needed."),
    ], head=head)
    F.doc(fn, "MG2")

    fn = "VPS Ffion 07.06.26.docx"
    write_docx(F.p(fn), [
        ("title", "Victim Personal Statement"),
        ("p", f"URN {urn}.  Ffion PRYS.  7 June 2026.  Offered and taken by DC BEVAN."),
        ("p", "I used to enjoy going out. Now I check every drink. I have deleted the app. I have not been "
              "able to work for two weeks. I want the court to know what the not knowing feels like - not "
              "knowing what was in my drink."),
        ("p", "Signed: Ffion Prys   07/06/2026"),
    ])
    F.doc(fn, "VPS")

    fn = "incident log 66-20260531-0117.txt"
    write_text(F.p(fn),
        "KESTREL BAY POLICE  -  INCIDENT 66-20260531-0117\r\n"
        "31/05/2026 07:52  CALL 999\r\n"
        "07:52 FEMALE FFION REPORTS RAPED LAST NIGHT BY MALE MET ON DATING APP AT HIS FLAT MARRAM COURT.\r\n"
        "      BELIEVES DRINK SPIKED AT THE LANTERN. NOW HOME WITH FLATMATE. NOT INJURED.\r\n"
        "07:55 P1. EARLY EVIDENCE KIT ADVICE. 08:01 PC3390 MORGAN ASSIGNED. 08:20 ARRIVED.\r\n"
        "09:10 SARC 10:00 CONFIRMED. RASSO ON CALL INFORMED.\r\n"
        f"11:30 CRIME 66/26/7312. URN {urn}. CLOSED.\r\n")
    F.doc(fn, "INCIDENT_LOG")

    fn = "crime report #2 (Niche export).pdf"
    write_pdf(F.p(fn), [
        ("title", "Niche occurrence 66/26/7312"),
        ("kv", [("URN", urn), ("Class", "Rape - female 16+"), ("Victim", "PRYS Ffion - F - 27 - White Welsh - Welsh speaker"),
                ("Suspect", "BRENNER Lukas - M - 31 - German national"), ("Occurred", "30/05/2026 23:30"),
                ("OIC", "DC 0917 BEVAN")]),
        ("p", "ISVA referral 31/05/2026. VPS 07/06/2026. Suspect bailed with conditions incl. passport."),
    ], head=head)
    F.doc(fn, "CRIME_REPORT")

    fn = "Victim care & ISVA note.eml"
    write_eml(F.p(fn), "Carys Phillips <carys.phillips@kbisva.example>",
              "Rhian Bevan <rhian.bevan@kestrelbay.police.example>",
              f"RE: {urn} PRYS - ISVA referral accepted",
              datetime(2026, 6, 1, 9, 12, tzinfo=timezone.utc),
              "Bore da Rhian,\n\nThanks for the referral on Sunday. I have spoken to Ffion and she has accepted "
              "ISVA support. She would prefer Welsh for letters. We will attend the s.28 discussion with her "
              "if the case is charged.\n\nDiolch,\nCarys Phillips, ISVA, Kestrel Bay ISVA Service\n01632 960700")
    F.doc(fn, "CORRESPONDENCE")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "CCTV", "FORENSIC", "ROTI", "PNC", "MG6C",
               "MG6D", "MG12", "MG2", "VPS", "INCIDENT_LOG", "CRIME_REPORT", "CORRESPONDENCE"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# C7  stranger rape, suspect in custody - THRESHOLD TEST - Greyhithe - COMPLIANT
# ================================================================================================

def case_c7():
    F = Folder("67GH0915826 GARSIDE (THRESHOLD)")
    urn = "67GH0915826"
    head = "GREYHITHE POLICE   OFFICIAL-SENSITIVE   URN 67GH0915826"
    foot = "MG3 / GARSIDE / page {p} of {n}"

    mg3 = [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Police station", "Greyhithe Central"), ("Date/time of referral", "20 Sept 2026 17:05"),
                ("Suspect in custody?", "YES - detention authorised to 21 Sept 2026 00:00 (extended by Supt 0102 OKAFOR)")]),
        ("hbox", "1. Suspect"),
        ("p", "GARSIDE, Lee Stuart, born 04 March 1988, 22 Dyer Street, Greyhithe. Unemployed."),
        ("hbox", "2. Offence(s)"),
        ("p", "Rape, s.1 Sexual Offences Act 2003: on 19 Sept 2026 at about 01:35 in the Millrace underpass, "
              "Greyhithe, intentionally penetrated the vagina of Kerry-Ann WALSH with his penis without her "
              "consent and without reasonable belief in consent."),
        ("hbox", "3. Test requested"),
        ("p", "THRESHOLD TEST. Why: (a) there are reasonable grounds to suspect GARSIDE committed the offence "
              "(CCTV following her to the underpass, recognition by PC CARVER, her description, his admitted "
              "presence at the bus station); (b) further evidence - fast-track DNA from her intimate swabs and "
              "clothing - is expected within a reasonable time: the laboratory target date is 08 Oct 2026; "
              "(c) the seriousness of the offence justifies an immediate charging decision; (d) there are "
              "substantial grounds to object to bail: a stranger attack at night on a lone woman, and two "
              "previous sexual offences (2014, 2017), give substantial grounds to believe he would commit "
              "further offences if released; (e) it is in the public interest to charge now. The detention "
              "clock expires at 00:00 on 21 Sept 2026 and the DNA will not be back by then."),
        ("hbox", "4. Summary of key evidence"),
        ("p", "Kerry-Ann (41) finished a night shift at Larkspur Care Home at 01:00 and walked home via the bus "
              "station. Council CCTV (cameras 14 and 15, exhibit HB/1, produced by the operator Howard BIRCH) "
              "shows a man in a grey hooded top following about 20 metres behind her from 01:29 towards the "
              "Millrace underpass. In the underpass he grabbed her from behind, pushed her to the ground, "
              "pulled down her trousers and raped her vaginally, telling her to 'keep quiet or else'. He ran "
              "off towards Dyer Street. She ran to the taxi rank on Station Approach and at 01:50 told a taxi "
              "driver, Suleiman HADDAD, 'a man just raped me in the underpass'. He rang 999 at 01:52 (call "
              "audio BR/1, produced by call handler Bethan REES) and handed her the phone. PC 512 FRY arrived "
              "at 01:58 and recorded her first account on body-worn video (DF/1). PC 2266 CARVER viewed HB/1 "
              "at 09:00 and recognised GARSIDE, whom he has dealt with about fifteen times, most recently in "
              "August 2026 (statement addresses viewing conditions). GARSIDE was arrested at home at 11:40; a "
              "grey hooded top was seized from his bedroom floor (NC/1)."),
        ("p", "Complainant's account: ABE interview 20 Sept 2026 09:30 (PB/1) by DC 1990 BASU - recording, "
              "summary and DC BASU's statement enclosed. SARC 19 Sept 2026 04:00: Dr SIDDIQUI found grazes to "
              "both knees and the lower back and bruising to the left upper arm (statement enclosed)."),
        ("hbox", "5. Suspect's account / interview"),
        ("p", "Two interviews (SDN enclosed). He said he was at the bus station at about 01:30 'walking home' but "
              "never went into the underpass and never saw her; he then answered 'no comment' to questions "
              "about the CCTV and the hooded top. Defence likely to be identification (denies being the man)."),
        ("hbox", "6. Lines of enquiry - including those pointing away from the suspect"),
        ("p", "- Other people at the bus station: two men are visible on CCTV at 01:25-01:31. One, Aiden "
              "PULLMAN, has been traced: he saw a man in a grey hooded top but could not describe the face "
              "(statement enclosed - neither supports nor excludes GARSIDE). The second man is not yet traced; "
              "a media appeal was issued 20 Sept 2026.\n"
              "- Cameras covering the underpass itself: none. Camera 16 at the south entrance was faulty "
              "(council fault log, MG6C). There is no footage of the attack.\n"
              "- GARSIDE's route: his home is on a direct route through the underpass - this is neutral.\n"
              "- His phone: seized; cell-site request for his number sent 20 Sept 2026 - see 7.\n"
              "- Identification: a VIPER procedure was considered. Kerry-Ann saw the attacker only from behind "
              "and briefly at the side; she says she could not recognise him, so an identification procedure "
              "would serve no useful purpose (Code D 3.12(ii)); recorded by the identification officer."),
        ("hbox", "7. Outstanding evidence and target dates"),
        ("table", ["Item", "Who", "Target date"], [
            ["Fast-track DNA: intimate swabs SI/1-SI/4 and her trousers KW/2", "Meridian Forensics", "08 Oct 2026"],
            ["Fibre comparison: grey hooded top NC/1 v her jacket KW/1", "Meridian Forensics", "20 Nov 2026"],
            ["Cell-site analysis of GARSIDE's phone 19 Sept 01:00-02:30", "Force Comms Data Unit", "15 Oct 2026"],
            ["Second man on CCTV - trace and statement", "DC BLYTHE", "09 Oct 2026"],
        ], (50, 25, 25)),
        ("hbox", "8. Complainant's digital material"),
        ("p", "Her phone has not been taken and will not be: she did not know the man and there is no "
              "communication to look at. No DPN needed."),
        ("hbox", "9. Victim and witness care"),
        ("p", "MG2 enclosed: eligible (s.17(4)); ABE as evidence-in-chief; screens; she wants s.28 pre-recorded "
              "cross-examination; no intermediary needed (no communication difficulty). Needs: she works "
              "nights and wants contact by text during the day; she is anxious about walking home and the "
              "force has arranged a taxi for her shifts for four weeks; GP aware. ISVA referral 19 Sept 2026 "
              "(Greyhithe ISVA, Sunita VERMA). VPS offered 20 Sept 2026 - she will make one later. Protected "
              "characteristics: female, 41, Black British."),
        ("hbox", "10. Bail / custody"),
        ("p", "In custody. If charged, we ask the CPS to seek a remand in custody on the grounds at 3(d) above. "
              "If the threshold test is not met: we would release him on pre-charge bail with "
              "conditions - not to contact Kerry-Ann WALSH directly or indirectly; not to enter the area "
              "bounded by Station Approach, Millrace Road and the bus station; curfew 21:00-06:00 at 22 Dyer "
              "Street."),
        ("hbox", "11. Early advice / disclosure / antecedents"),
        ("p", "Early advice was not sought: GARSIDE was arrested within ten hours and the case came straight to "
              "a threshold request. MG6C, MG6D and MG12 enclosed. PNC enclosed: 2014 exposure, 2017 sexual "
              "assault. Witness PNC checks enclosed: Suleiman HADDAD has a 2011 conviction for driving "
              "without insurance (disclosable); others nil."),
        ("hbox", "12. OIC / supervisor"),
        ("p", "DC 2718 Connor BLYTHE, Major Crime (RASSO), Greyhithe. Desk 01632 960815, mobile 07700 900815, "
              "connor.blythe@greyhithe.police.example.\n"
              "Supervisor: threshold rationale reviewed and agreed. DS 0660 Margaret OYINLOLA, 20 Sept 2026 "
              "16:40. Authorised for referral by DI 0301 Alan FROST, 20 Sept 2026 16:55."),
    ]
    fn = "MG3 GARSIDE threshold 20-09-2026.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot, serif=True)
    F.doc(fn, "MG3")

    fn = "PB-1 ABE WALSH 20-09-2026.mp4"
    write_video(F.p(fn), 4, ["GREYHITHE VRI  20/09/2026 09:30", "REC"], seed=71, title="ABE WALSH Kerry-Ann PB/1")
    F.doc(fn, "ABE_RECORDING")
    fn = "HB-1 CCTV cams 14-15 bus station 0125-0135.avi"
    write_video(F.p(fn), 5, ["GHC CAM 14 BUS STN  19-09-2026 01:29:02", "CCTV"], fmt="avi", codec="mpeg4",
                audio=False, scene="street", seed=72)
    F.doc(fn, "CCTV")
    fn = "BR-1 999 call 19-09-2026 0152.mp3"
    write_audio_av(F.p(fn), 6, seed=73, title="999 call 19/09/2026 01:52 BR/1")
    F.doc(fn, "CALL_999")
    fn = "DF-1 BWV PC512 FRY.mp4"
    write_video(F.p(fn), 4, ["BWV 512 FRY  2026-09-19T01:58:31", "BWV"], scene="bwv", seed=74,
                title="BWV PC 512 FRY DF/1")
    F.doc(fn, "BWV")

    fn = "ABE summary PB-1.pdf"
    write_pdf(F.p(fn), [
        ("title", "ABE summary (PB/1)"),
        ("kv", [("URN", urn), ("Witness", "Kerry-Ann WALSH"), ("When", "20/09/2026 09:30-10:41"),
                ("Interviewer", "DC 1990 BASU"), ("Exhibit", "PB/1")]),
        ("p", "Walk from Larkspur Care Home; noticed a man in a grey hoodie behind her at the bus station; "
              "entered the underpass; grabbed from behind; pushed to the ground; trousers pulled down; vaginal "
              "rape; he said 'keep quiet or else'; he smelt of cigarettes; ran towards Dyer Street. She saw "
              "him only from behind and briefly from the side - white man, stocky, about 5'10\"; she would not "
              "recognise his face. Ran to the taxi rank; told the driver."),
    ], head=head, serif=True)
    F.doc(fn, "ABE_SUMMARY")

    def st(fn, style, name, occ, body, date, role, sig="[signed]"):
        write_pdf(F.p(fn), mg11(style, urn, name, "Over 18", occ, body, date, sig), head=head, serif=True)
        F.doc(fn, "MG11", role)

    st("MG11 BASU DC1990.pdf", "classic", "Priyanka BASU", "Detective Constable 1990", [
        "I was the sexual offences liaison officer for Kerry-Ann WALSH. At the Greyhithe SARC at about 04:30 on "
        "19 September 2026 she handed me her jacket and trousers, which I produce as exhibits KW/1 and KW/2.",
        "On 20 September 2026 from 09:30 to 10:41 I interviewed Kerry-Ann WALSH on video at Greyhithe VRI suite. "
        "I produce the recording as exhibit PB/1."], "20/09/2026", "officer")
    st("MG11 FRY PC512.pdf", "classic", "Dominic FRY", "Police Constable 512", [
        "At 01:53 on 19 September 2026 I was sent to the taxi rank, Station Approach. I arrived at 01:58, the "
        "first officer there, with body-worn video recording. A woman, Kerry-Ann WALSH, was sitting in a taxi "
        "with the driver. She was shaking and her knees were bleeding. She said a man in a grey hoodie had "
        "followed her from the bus station and raped her in the Millrace underpass and run towards Dyer "
        "Street. I produce my BWV as exhibit DF/1."], "19/09/2026", "officer")
    st("MG11 CARVER PC2266 recognition.pdf", "classic", "Neil CARVER", "Police Constable 2266", [
        "At 09:00 on 19 September 2026 at Greyhithe Central I was shown CCTV exhibit HB/1 by DC BLYTHE on a "
        "22-inch monitor. I was not told who was suspected. At 01:29:14 on camera 14 a man in a grey hooded top "
        "walks towards the camera with his face visible for about 4 seconds under good street lighting. I "
        "recognised him as Lee GARSIDE. I have dealt with him about fifteen times since 2015, face to face, "
        "most recently on 14 August 2026. I am sure it is him. I made a note of my recognition at 09:06.",
        "At 11:40 the same day I arrested GARSIDE at 22 Dyer Street. From his bedroom floor I seized a grey "
        "hooded top, which I produce as exhibit NC/1."],
       "19/09/2026", "officer")
    st("MG11 HADDAD taxi driver.pdf", "plain", "Suleiman HADDAD", "Hackney carriage driver", [
        "At about 01:50 on 19 September 2026 I was first in line at the Station Approach rank. A woman ran up, "
        "banged on my window and got in the back. She was crying and her trousers were torn at the knees. She "
        "said 'a man just raped me in the underpass'. I rang 999 on my phone and gave it to her. I stayed with "
        "her until the police arrived."], "19/09/2026", "first_account", sig="S. Haddad")
    st("MG11 REES call handler.pdf", "classic", "Bethan REES", "Police staff - contact handler", [
        "At 01:52 on 19 September 2026 I answered a 999 call from a man who said he was a taxi driver and "
        "passed the phone to a woman who told me she had just been raped in the underpass by a man in a grey "
        "hoodie. I have listened to the recording and produce it as exhibit BR/1."], "21/09/2026", "witness")
    st("MG11 BIRCH CCTV operator.pdf", "classic", "Howard BIRCH", "CCTV operator, Greyhithe Borough Council", [
        "I operate the council's public space CCTV. At 06:10 on 19 September 2026, at police request, I exported "
        "cameras 14 and 15 for 01:25 to 01:35 that morning. The system clock is synchronised nightly. Camera 16 "
        "at the underpass south entrance had been logged as faulty since 2 September 2026. I produce the export "
        "as exhibit HB/1."], "19/09/2026", "witness")
    st("MG11 PULLMAN Aiden.pdf", "plain", "Aiden PULLMAN", "Warehouse operative", [
        "At about half one on 19 September 2026 I was at Greyhithe bus station waiting for a lift. I saw a "
        "woman walk through towards the Millrace underpass and a man in a grey hoodie walking the same way a "
        "bit behind her. I didn't see his face. I didn't think anything of it."], "20/09/2026", "witness")
    st("MG11 Dr SIDDIQUI FME.pdf", "classic", "Dr Imran SIDDIQUI", "Forensic physician, Greyhithe SARC", [
        "At 04:00 on 19 September 2026 I examined Kerry-Ann WALSH at the Greyhithe SARC, with her written consent "
        "to the examination, to samples, and to release of my notes and findings to the police and CPS.",
        "Findings: fresh grazes to both knees and the lower back; a 4 cm bruise to the left upper arm consistent "
        "with gripping; no genital injury. I took swabs SI/1-SI/4."], "20/09/2026", "expert")

    lines = [
        ["16:10", "DC BLYTHE", "First interview. Caution. Solicitor Ms AKRAM present."],
        ["16:12", "GARSIDE", "I was at the bus station about half one, walking home. I never went in the underpass. I never saw any woman."],
        ["16:25", "DC BLYTHE", "CCTV shows you following a woman towards the underpass."],
        ["16:25", "GARSIDE", "No comment."],
        ["20:30", "DC BLYTHE", "Second interview. Grey hooded top from your bedroom floor."],
        ["20:31", "GARSIDE", "No comment."],
        ["20:44", "DC BLYTHE", "Interview ended."],
    ]
    fn = "SDN GARSIDE interviews 1-2.pdf"
    write_pdf(F.p(fn), roti_blocks("sdn", urn, "GARSIDE Lee Stuart", "19/09/2026 16:10-16:40 and 20:30-20:44",
                                   "Greyhithe Central custody", "DC BLYTHE, DC 1441 MOSS, Ms R. AKRAM (solicitor)",
                                   lines, summary="Account of presence at bus station; denies the underpass; then no "
                                                  "comment.", tape="GH-260919-3 / GH-260919-6"), head=head)
    F.doc(fn, "ROTI")

    fn = "PNC GARSIDE.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "GARSIDE, Lee Stuart", "04/03/1988", "06/552801T", [
        ("11/06/2014", "GREYHITHE MC", "EXPOSURE (SOA 2003 s.66)", "COMMUNITY ORDER 12M"),
        ("23/02/2017", "GREYHITHE CROWN COURT", "SEXUAL ASSAULT (SOA 2003 s.3) - FEMALE STRANGER", "14 MONTHS IMPRISONMENT"),
    ], "19/09/2026", "PS 0090 custody", "Greyhithe Police"))
    F.doc(fn, "PNC")
    fn = "Witness PNC GARSIDE case.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [
        ["Kerry-Ann WALSH", "complainant", "No trace"],
        ["Suleiman HADDAD", "first account", "10/05/2011 no insurance (fine, 6 points) - disclosable"],
        ["Aiden PULLMAN", "witness", "No trace"],
        ["Howard BIRCH", "witness (CCTV)", "No trace"],
        ["Bethan REES", "police staff", "No trace"],
    ], "20/09/2026", "DC BLYTHE"), head=head)
    F.doc(fn, "PNC")

    fn = "MG6C GARSIDE.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG6C - Schedule of non-sensitive unused material"),
        ("p", f"URN {urn}   R v GARSIDE   Disclosure officer DC BLYTHE   20/09/2026"),
        ("table", ["No", "Description", "Location"], [
            ["1", "Incident log GH-20260919-0089 (999 call 01:52) - copy with file", "With file"],
            ["2", "Crime report GH/26/40021 - copy with file", "With file"],
            ["3", "Council CCTV fault log: camera 16 faulty from 02/09/2026", "MCT"],
            ["4", "CCTV cameras 14-15 full export 01:00-02:30 (HB/1 is the clipped 01:25-01:35 section)", "MCT"],
            ["5", "PC CARVER recognition note 09:06 19/09/2026", "MCT"],
            ["6", "Identification officer's record: no VIPER - complainant cannot recognise (Code D 3.12(ii))", "MCT"],
            ["7", "Media appeal text 20/09/2026 and responses to date (none relevant)", "MCT"],
            ["8", "Custody record GARSIDE 19/09/2026 incl. superintendent's extension", "Custody"],
            ["9", "Search record 22 Dyer Street 19/09/2026", "MCT"],
            ["10", "PC FRY PNB 19/09/2026", "MCT"],
            ["11", "Cell-site request 20/09/2026 (result outstanding)", "MCT"],
        ], (8, 74, 18)),
    ], head=head, serif=True)
    F.doc(fn, "MG6C")

    fn = "MG6D GARSIDE.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG6D - Sensitive material"),
        ("p", f"URN {urn}. 20/09/2026."),
        ("table", ["No", "Description", "Reason"], [
            ["1", "Intelligence log entries re GARSIDE 2024-2026", "Intelligence source protection"],
            ["2", "Complainant's home address and shift pattern", "Safety"],
        ], (8, 62, 30)),
    ], head=head, serif=True)
    F.doc(fn, "MG6D")

    fn = "MG12 GARSIDE.pdf"
    write_pdf(F.p(fn), [("title", "MG12 Exhibit list"), ("p", f"URN {urn}"),
        ("table", ["Exhibit", "Description", "Produced by"], [
            ["PB/1", "ABE recording Kerry-Ann WALSH", "DC BASU"],
            ["HB/1", "CCTV cameras 14 & 15, 01:25-01:35, 19/09/2026", "Howard BIRCH"],
            ["BR/1", "999 call recording 01:52, 19/09/2026", "Bethan REES"],
            ["DF/1", "BWV PC FRY 01:58-02:20", "PC FRY"],
            ["NC/1", "Grey hooded top from 22 Dyer Street", "PC CARVER"],
            ["SI/1-SI/4", "SARC swabs", "Dr SIDDIQUI"],
            ["KW/1", "Complainant's jacket", "DC BASU"],
            ["KW/2", "Complainant's trousers", "DC BASU"],
        ], (18, 60, 22))], head=head, serif=True)
    F.doc(fn, "MG12")

    fn = "MG2 WALSH.pdf"
    write_pdf(F.p(fn), [
        ("title", "MG2 Special measures assessment"),
        ("kv", [("URN", urn), ("Witness", "Kerry-Ann WALSH"), ("Eligible", "s.17(4) YJCEA")]),
        ("p", "Wants: ABE as evidence-in-chief; screens; s.28 pre-recorded cross-examination (yes). "
              "Intermediary not needed. Court familiarisation visit requested."),
    ], head=head, serif=True)
    F.doc(fn, "MG2")

    fn = "Incident GH-20260919-0089.pdf"
    write_pdf(F.p(fn), [("mono",
        "GREYHITHE POLICE CONTROL - GH-20260919-0089\n"
        "01:52 999 MALE TAXI DRIVER, STATION APPROACH RANK, HANDS PHONE TO FEMALE: RAPED IN MILLRACE\n"
        "      UNDERPASS JUST NOW. SUSPECT WM STOCKY GREY HOODIE RAN TWDS DYER ST.\n"
        "01:53 EMERGENCY. PC512 FRY + 2 UNITS. CCTV OPERATOR ASKED TO REVIEW CAMS 14-16.\n"
        "01:58 PC512 ON SCENE. 02:05 UNDERPASS CORDONED.\n"
        "02:40 SARC NOTIFIED. MCT ON CALL DS OYINLOLA.\n"
        f"09:10 SUSPECT IDENTIFIED FROM CCTV (PC2266).  11:40 ARRESTED.  URN {urn}")], head=head)
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report GH-26-40021.pdf"
    write_pdf(F.p(fn), [
        ("title", "Crime report GH/26/40021 - Rape"),
        ("kv", [("URN", urn), ("Victim", "WALSH Kerry-Ann, F, 41, Black British, no disability"),
                ("Suspect", "GARSIDE Lee Stuart (arrested 19/09/2026)"), ("Occurred", "19/09/2026 01:35"),
                ("OIC", "DC 2718 BLYTHE")]),
        ("p", "ISVA referral made 19/09/2026. VPS offered 20/09/2026."),
    ], head=head, serif=True)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "CALL_999", "BWV", "MG11", "ROTI", "PNC",
               "MG6C", "MG6D", "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0, stage="threshold")


# ================================================================================================
# C8  workplace assault, written statement instead of ABE; third-party (HR) request with notice
#     Lowmoor & Dales - COMPLIANT
# ================================================================================================

def case_c8():
    F = Folder("68LD1210225 TREVELYAN v AUBREY-HART")
    urn = "68LD1210225"
    head = "Lowmoor & Dales Police  ·  OFFICIAL-SENSITIVE  ·  68LD1210225"
    foot = "Page {p} of {n}"

    rows = [
        ["URN", urn],
        ["Suspect", "Simon AUBREY-HART, born 2nd April 1978, operations manager, Marlowe Logistics Ltd"],
        ["Complainant", "Gemma TREVELYAN, 38, logistics planner, Marlowe Logistics Ltd (he is her line manager)"],
        ["Offences", "1. Assault by penetration, SOA 2003 s.2 - Room 214, Fellside Hotel, Lowmoor - 12th December 2025 about 00:35.\n"
                     "2. Sexual assault, SOA 2003 s.3 - hotel lift - same night about 00:28 (kissing and grabbing her bottom)."],
        ["Decision sought", "Full Code Test."],
        ["Summary", "The company Christmas party was at the Fellside Hotel on 11th December 2025; staff had rooms. At about "
                    "00:28 AUBREY-HART followed Gemma into the lift, pushed her against the mirror, kissed her and grabbed "
                    "her bottom; she pushed him off. He followed her along the second-floor corridor and into Room 214 as she "
                    "opened it (hotel corridor CCTV DF/1 shows him entering at 00:31 and leaving at 00:44). In the room he "
                    "pushed her onto the bed, put his hand inside her underwear and penetrated her vagina with his fingers "
                    "while she said 'no, Simon, stop'. He stopped when her phone rang (a colleague checking on her) and left."],
        ["Complainant's evidence", "A written statement was taken rather than a video-recorded interview, because Gemma asked for "
                    "that: she wanted to read and correct her own words. This was explained to her, including that s.28 "
                    "pre-recorded cross-examination depends on a video-recorded interview. Her MG11 (four pages) is enclosed."],
        ["First account", "At 00:52 Gemma sent a WhatsApp to a colleague who was at the party: 'he followed me into my room and "
                    "put his hand in me i said no'. That colleague, Priya NANDA, went to her room at 00:55. The next morning "
                    "Gemma told her partner, Tom BECKWITH. Statements from both are enclosed."],
        ["First officer", "Gemma reported by phone on 14th December 2025 at 16:10. PC 2011 Ruth ALLANBY attended her home at 17:00 "
                    "and took her first account (statement enclosed)."],
        ["Other evidence", "Hotel corridor CCTV DF/1 and key-card log DF/2 (produced by night manager Declan FOY). Text from "
                    "AUBREY-HART at 08:14 on 12th December: 'Hope you're OK this morning. Think we both had too much. Best left "
                    "at the party, eh? S' (selective extraction; DPN enclosed). Lucy FERNLEY's statement (see enquiries)."],
        ["Suspect's account", "Voluntary interview under caution on 18th December 2025 with a solicitor (MG15 enclosed). He says "
                    "he walked her to her room because she was drunk, went in to pour her a glass of water, and left within "
                    "minutes; no kissing in the lift, no sexual contact. The text referred to both being drunk and 'a bit of "
                    "silly dancing'. Defence: denial."],
        ["Lines of enquiry", "For and against: six colleagues at the party spoken to; two statements taken. Lucy FERNLEY says "
                    "Gemma and Simon danced closely at about 23:30 and Gemma 'seemed happy' - capable of assisting the "
                    "defence and served. The lift camera: the hotel overwrites lift footage after seven days and it had "
                    "gone by the time we asked on 19th December (the corridor footage survived because the night manager "
                    "saved it after Priya's complaint to reception at 01:05). Thirteen minutes in the room is consistent "
                    "with either account. Key-card log: Room 214 opened with Gemma's card at 00:30; his own room (118) was "
                    "not opened until 00:49."],
        ["Third-party material", "Gemma raised a grievance with Marlowe HR on 15th December 2025 and was interviewed by HR. That "
                    "is a previous account, so the HR grievance interview notes and outcome letter (grievance GR-2025-118) were "
                    "requested on 9th January 2026. Gemma was given written notice of the request on 8th January 2026. "
                    "Nothing else about her (no personnel file, no occupational health) was requested. Request and notice "
                    "enclosed. The notes, received 20th January 2026, are consistent with her statement and are scheduled."],
        ["Digital", "Gemma's phone: DPN signed 15th December 2025; parameters - WhatsApp chat with Priya NANDA and SMS with "
                    "AUBREY-HART's number only, 18:00 on 11th December to 23:59 on 16th December 2025. Nothing else examined. "
                    "The suspect's phone was not seized (voluntary interview); he provided the 08:14 text thread himself."],
        ["Forensic / medical", "None. Gemma reported two days later, had bathed, and after speaking to the SARC crisis worker "
                    "chose not to be examined. No medical records have been requested, so consent to release them does not "
                    "arise. Nothing is outstanding."],
        ["Outstanding", "No outstanding evidence."],
        ["Special measures", "MG2 enclosed. Eligible (s.17(4)). She asks for live link from a remote site, or screens if live "
                    "link is refused. s.28: not available as her evidence-in-chief was not video-recorded; this was explained and "
                    "she understood it and still preferred a written statement. Intermediary: not needed."],
        ["Needs / VPS / ISVA", "She is working from home at present; contact by e-mail or phone after 17:00. ISVA: Dales ISVA "
                    "Service (Amy CORCORAN), referred 15th December 2025. VPS offered and made on 15th January 2026 (enclosed). "
                    "Protected characteristics: female, White British, no disability."],
        ["Bail / status", "Not arrested: interviewed as a volunteer under caution, so he is neither on bail nor released under "
                    "investigation, and there are no conditions. Marlowe suspended him on 16th December 2025 and instructed "
                    "him not to contact Gemma."],
        ["Early advice", "Sought on 5th January 2026 from CPS Dales RASSO (Mr Kieran WALTERS): obtain the key-card log, ask about "
                    "lift CCTV, take Lucy FERNLEY's statement. All done."],
        ["Disclosure", "MG6C (numbered list) and MG6D enclosed. PNC for AUBREY-HART (no trace) and witness PNC checks (all nil) "
                    "enclosed."],
        ["OIC", "DC 0773 Farah ISMAIL, Dales CID. 01632 960163. farah.ismail@lowmoordales.police.example"],
        ["Supervisor", "Endorsed for submission - DS 2612 Martin COLLIER - 2nd February 2026."],
    ]
    fn = "MG3.pdf"
    write_pdf(F.p(fn), [("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
                        ("small", "Lowmoor & Dales Police case file template 2025. Submitted 3rd February 2026."),
                        ("table", ["Box", "Details"], rows, (22, 78))], head=head, foot=foot)
    F.doc(fn, "MG3")

    body = [
        "I am 38 years old and I work as a logistics planner at Marlowe Logistics Ltd in Lowmoor. Simon "
        "AUBREY-HART is the operations manager and my line manager. I have worked for him for about three years.",
        "On Thursday 11th December 2025 I went to the company Christmas party at the Fellside Hotel. The company "
        "paid for rooms; mine was Room 214. I had about five glasses of wine over the evening. I was merry but I "
        "knew what I was doing.",
        "At about 23:30 Simon asked me to dance. We danced to two songs. He was very close and I laughed it off "
        "because he is my boss.",
        "<PB>",
        "At about 00:25 I said goodnight to people and went to the lift. Simon got in just as the doors were "
        "closing. He pushed me against the mirror, kissed me on the mouth and grabbed my bottom with both hands. "
        "I pushed him away and said 'Simon, what are you doing?' He laughed.",
        "He followed me along the corridor. I thought he was going to his room. As I opened my door he came in "
        "behind me. He pushed me onto the bed, lay on me and put his hand down the front of my trousers and inside "
        "my knickers. He pushed his fingers inside my vagina. I said 'no, Simon, stop' more than once and tried to "
        "push his arm away. It went on for about a minute.",
        "<PB>",
        "My phone rang on the bedside table. It was Priya from work. Simon got up, said 'don't be daft about this' "
        "and left. I did not answer the phone. At 00:52 I messaged Priya and she came to my room a few minutes "
        "later. I told her what had happened. She went to reception.",
        "In the morning at about 08:14 Simon texted me: 'Hope you're OK this morning. Think we both had too much. "
        "Best left at the party, eh? S'. I did not reply. I told my partner Tom when I got home at about 11:00.",
        "I did not go to the police straight away because I was frightened about my job. I called them on Sunday "
        "14th December.",
        "<PB>",
        "I have been told about video-recorded interviews. I chose to give a written statement because I wanted to "
        "be able to read my words back and correct them. I understand this means my cross-examination cannot be "
        "pre-recorded under s.28.",
        "I did not agree to Simon kissing me or touching me in the lift or in my room.",
    ]
    fn = "TREVELYAN Gemma MG11 (4pp).docx"
    write_docx(F.p(fn), mg11("classic", urn, "Gemma TREVELYAN", "Over 18", "Logistics planner", body,
                             "15th December 2025", "(Sgd) G. Trevelyan", n_pages=4, witnessed="DC 0773 F. ISMAIL"),
               head=head, foot="MG11 - OFFICIAL-SENSITIVE when complete")
    F.doc(fn, "MG11", "complainant")

    def st(fn, style, name, occ, paras, date, role, sig="[signed]", fmt="pdf"):
        b = mg11(style, urn, name, "Over 18", occ, paras, date, sig)
        if fmt == "pdf":
            write_pdf(F.p(fn), b, head=head, foot=foot)
        else:
            write_docx(F.p(fn), b, head=head)
        F.doc(fn, "MG11", role)

    st("NANDA Priya MG11.docx", "plain", "Priya NANDA", "Account manager", [
        "I work at Marlowe Logistics with Gemma TREVELYAN. I was at the Christmas party at the Fellside Hotel.",
        "At about 00:45 on 12th December 2025 I rang Gemma to check she had got to her room; she did not answer. "
        "At 00:52 she sent me a WhatsApp: 'he followed me into my room and put his hand in me i said no'. I went "
        "straight to Room 214. She was sitting on the floor crying. She told me Simon had got into the lift with "
        "her, kissed her, followed her into her room and put his hand inside her knickers and his fingers inside "
        "her while she said no. At about 01:05 I told the night manager at reception."],
       "16th December 2025", "first_account", sig="Signed: P. Nanda", fmt="docx")
    st("BECKWITH Tom MG11.pdf", "classic", "Tom BECKWITH", "Teacher", [
        "Gemma TREVELYAN is my partner. She came home from the Christmas party at about 11am on Friday 12th "
        "December 2025. She was pale and went straight to the shower. Afterwards she told me her boss Simon had "
        "followed her into her hotel room and 'put his fingers inside me' when she told him to stop. She was "
        "worried about her job and did not want to go to the police at first."],
       "16th December 2025", "first_account")
    st("ALLANBY PC2011 MG11.pdf", "classic", "Ruth ALLANBY", "Police Constable 2011", [
        "At 17:00 on Sunday 14th December 2025 I visited Gemma TREVELYAN at home after her call at 16:10. I was the "
        "first officer to see her. She told me that on the night of the Christmas party her manager Simon had "
        "followed her into her hotel room and put his hand inside her underwear and his fingers inside her while "
        "she said no. I recorded this in my PNB and referred the matter to CID. She did not want a SARC "
        "examination after speaking to the crisis worker."],
       "14th December 2025", "officer")
    st("ISMAIL DC0773 MG11.pdf", "classic", "Farah ISMAIL", "Detective Constable 0773", [
        "I am the officer in the case. On 15th December 2025 I took a written statement from Gemma TREVELYAN "
        "at her request instead of a video-recorded interview.",
        "On 15th December 2025, with her agreement recorded on a Digital Processing Notice, I carried out a "
        "selective extraction from her phone. I produce the report as exhibit FI/1.",
        "On 19th December 2025 I asked the Fellside Hotel for lift CCTV; it had been overwritten."],
       "20th January 2026", "officer")
    st("FOY Declan MG11 (hotel).pdf", "classic", "Declan FOY", "Night manager, Fellside Hotel", [
        "At about 01:05 on 12th December 2025 a guest, Priya NANDA, told me a colleague had been assaulted in "
        "Room 214. I saved the second-floor corridor camera footage from 00:25 to 01:00 so it would not be "
        "overwritten. The system clock was 1 minute fast, which I have allowed for. On 16th December 2025 I gave "
        "DC ISMAIL a copy, which I produce as exhibit DF/1, and a print of the key-card log for rooms 214 and 118 "
        "for that night, exhibit DF/2. Lift cameras overwrite after seven days."],
       "16th December 2025", "witness")
    st("FERNLEY Lucy MG11.pdf", "plain", "Lucy FERNLEY", "Payroll officer", [
        "I was at the Marlowe Christmas party. At about 11.30pm I saw Gemma and Simon dancing quite close to two "
        "songs. Gemma was smiling and seemed happy. I did not see them leave."],
       "12th January 2026", "witness")

    fn = "DF-1 corridor CCTV 2nd floor 0025-0100.avi"
    write_video(F.p(fn), 5, ["FELLSIDE 2F CORR  12/12/2025 00:31:05", "CCTV"], fmt="avi", codec="mpeg4",
                audio=False, scene="street", seed=81)
    F.doc(fn, "CCTV")

    fn = "DF-2 keycard log.pdf"
    write_pdf(F.p(fn), [("title", "Fellside Hotel - door lock audit (exhibit DF/2)"),
        ("table", ["Time", "Room", "Card", "Result"], [
            ["11/12/2025 17:02", "214", "Guest card 1 (TREVELYAN)", "Open"],
            ["12/12/2025 00:30", "214", "Guest card 1 (TREVELYAN)", "Open"],
            ["12/12/2025 00:49", "118", "Guest card 1 (AUBREY-HART)", "Open"],
            ["12/12/2025 00:55", "214", "Inside handle", "Open"],
        ]), ("small", f"URN {urn} - produced by Declan FOY")])
    F.doc(fn, ["OTHER"])

    fn = "DPN TREVELYAN.pdf"
    write_pdf(F.p(fn), dpn_blocks("std", urn, "Gemma TREVELYAN", "iPhone 15 (own)", [
        "WhatsApp chat with Priya NANDA only",
        "SMS/iMessage with Simon AUBREY-HART's number only",
        "From 18:00 on 11th December 2025 to 23:59 on 16th December 2025",
    ], "Your message to Priya is your first complaint and Simon's text the next morning is relevant to what "
       "he says. We do not need anything else.",
        "Signed: G. Trevelyan  15/12/2025   Officer: DC 0773 ISMAIL", "DC 0773 ISMAIL"), head=head)
    F.doc(fn, "DPN")

    fn = "FI-1 extraction report.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DC 0773 ISMAIL", "iPhone 15 - Gemma TREVELYAN", "LD-K-25-3310",
        "WhatsApp (Priya NANDA) and SMS (AUBREY-HART) only; 11/12/2025 18:00 - 16/12/2025 23:59.", [
        ["1", "12/12/2025 00:52", "WhatsApp", "Gemma -> Priya", "'he followed me into my room and put his hand in me i said no'"],
        ["2", "12/12/2025 00:53", "WhatsApp", "Priya -> Gemma", "'WHAT. coming now'"],
        ["3", "12/12/2025 08:14", "SMS", "Simon -> Gemma", "'Hope you're OK this morning. Think we both had too much. Best left at the party, eh? S'"],
    ], "15/12/2025"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    fn = "TP request Marlowe HR + notice to GT.pdf"
    write_pdf(F.p(fn), [
        ("title", "Third-party material: request and notice"),
        ("h", "1. Written notice to Gemma TREVELYAN - handed to her 8th January 2026"),
        ("p", "Gemma, we plan to ask Marlowe Logistics HR for the notes of your grievance interview on 15th December "
              "2025 and the outcome letter (grievance GR-2025-118). We are asking because what you told HR is an "
              "earlier account of what happened and the prosecutor and defence are entitled to see whether it "
              "matches your statement. We will not ask for your personnel file, sickness or occupational health "
              "records, or anything else. The material will be kept securely and used only for this case. Please "
              "tell me or Amy (ISVA) if you have concerns. - DC ISMAIL"),
        ("h", "2. Request to Marlowe Logistics Ltd, HR Director - sent 9th January 2026"),
        ("p", "Reasonable line of enquiry: the complainant gave an account to HR three days after the incident; "
              "it is a previous account relevant to consistency. Necessity: no other source. Proportionality: "
              "limited to the grievance interview notes of 15th December 2025 and the outcome letter for "
              "GR-2025-118; no other material about the complainant is sought. Notice: given to the complainant "
              "in writing on 8th January 2026."),
    ], head=head)
    F.doc(fn, ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"])

    lines = [
        ["10:00", "DC ISMAIL", "Voluntary interview; caution; free to leave; Mr CROFT (solicitor) present."],
        ["10:03", "AUBREY-HART", "I walked Gemma to her room because she was drunk. I poured her some water and left."],
        ["10:11", "DC ISMAIL", "Did you kiss her in the lift?"],
        ["10:11", "AUBREY-HART", "No."],
        ["10:18", "DC ISMAIL", "You were in her room for 13 minutes."],
        ["10:18", "AUBREY-HART", "If the camera says so. I chatted and made sure she was OK."],
        ["10:26", "DC ISMAIL", "'Best left at the party, eh?'"],
        ["10:26", "AUBREY-HART", "We'd both had too much and there'd been some silly dancing. That's all."],
        ["10:40", "DC ISMAIL", "Interview ends."],
    ]
    fn = "MG15 AUBREY-HART 18.12.25.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "Simon AUBREY-HART", "18th December 2025 10:00-10:40",
                                   "Lowmoor police station (voluntary attendance)", "DC ISMAIL, DC 1185 WARD, Mr J. CROFT",
                                   lines, summary="Denies any sexual contact; accepts being in the room.",
                                   tape="LD-VA-251218-1"), head=head, foot=foot)
    F.doc(fn, "ROTI")

    fn = "PNC AUBREY-HART.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "AUBREY-HART, Simon", "02/04/1978", "none (no record)", [],
                                   "18/12/2025", "DC ISMAIL", "Lowmoor & Dales Police"), head=head)
    F.doc(fn, "PNC")
    fn = "Witness PNCs.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [
        ["Gemma TREVELYAN", "complainant", "No trace"], ["Priya NANDA", "first account", "No trace"],
        ["Tom BECKWITH", "first account", "No trace"], ["Declan FOY", "witness", "No trace"],
        ["Lucy FERNLEY", "witness", "No trace"]], "20/01/2026", "DC ISMAIL"), head=head)
    F.doc(fn, "PNC")

    items = [
        "Incident log LD-20251214-0733 (telephone report 14/12/2025 16:10) - copy with file",
        "Crime report LD/CR/25/12881 - copy with file",
        "PC ALLANBY PNB 14/12/2025 pp.3-4: first account",
        "Officer's notes of conversations with four other party guests (A. BELL, K. DIXON, M. SHAW, R. TODD), 22/12/2025 - none saw the lift or corridor",
        "Hotel e-mail 19/12/2025: lift CCTV overwritten after 7 days",
        "Marlowe HR grievance interview notes 15/12/2025 and outcome letter (GR-2025-118), received 20/01/2026 - consistent with MG11",
        "Text thread provided by AUBREY-HART via solicitor 18/12/2025",
        "CPS early advice note, K. WALTERS, 05/01/2026",
        "SARC crisis worker contact note 14/12/2025 (examination declined)",
    ]
    b = [("title", "SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL - MG6C"),
         ("p", f"URN {urn}    R v AUBREY-HART    DC 0773 ISMAIL    28/01/2026")]
    for i, it in enumerate(items, 1):
        b.append(("p", f"({i}) {it}"))
    fn = "MG6C list.pdf"
    write_pdf(F.p(fn), b, head=head, foot=foot)
    F.doc(fn, "MG6C")

    fn = "MG6D nil.docx"
    write_docx(F.p(fn), [
        ("title", "MG6D - Schedule of sensitive material"),
        ("p", f"URN {urn}    R v AUBREY-HART    28/01/2026"),
        ("p", "The disclosure officer certifies that, to the best of her knowledge and belief, there is no "
              "sensitive unused material in this case apart from the item below."),
        ("table", ["No", "Description", "Reason"], [["1", "ISVA referral 15/12/2025", "Complainant's personal information"]]),
    ])
    F.doc(fn, "MG6D")

    fn = "MG12.pdf"
    write_pdf(F.p(fn), [("title", "MG12 Exhibit list"), ("p", f"URN {urn}"),
        ("table", ["Exhibit", "Description", "Produced by"], [
            ["DF/1", "Fellside Hotel 2nd floor corridor CCTV, 12/12/2025 00:25-01:00", "Declan FOY"],
            ["DF/2", "Door lock audit rooms 214 and 118", "Declan FOY"],
            ["FI/1", "Selective extraction report, complainant's iPhone", "DC ISMAIL"],
        ], (16, 62, 22))], head=head)
    F.doc(fn, "MG12")

    fn = "MG2 TREVELYAN.docx"
    write_docx(F.p(fn), [
        ("title", "MG2 - special measures"),
        ("kv", [("URN", urn), ("Witness", "Gemma TREVELYAN"), ("Eligibility", "s.17(4) - sexual offence complainant")]),
        ("p", "Live link from a remote site (s.24); if refused, screens (s.23). Evidence-in-chief will be live: no "
              "video-recorded interview, at her choice. s.28 is therefore not available; she understands this. "
              "No intermediary needed."),
    ])
    F.doc(fn, "MG2")

    fn = "VPS TREVELYAN 15.01.26.pdf"
    write_pdf(F.p(fn), [("title", "Victim Personal Statement"),
        ("p", f"URN {urn}. Gemma TREVELYAN. 15th January 2026."),
        ("p", "I loved my job. I now work from home because I cannot face the office. I keep replaying the lift. "
              "I feel that people at work think I am making a fuss."),
        ("sig", "Signed: G. Trevelyan")], head=head)
    F.doc(fn, "VPS")

    fn = "Incident LD-20251214-0733.pdf"
    write_pdf(F.p(fn), [("mono",
        "LOWMOOR & DALES POLICE  INCIDENT LD-20251214-0733\n"
        "14/12/2025 16:10  101  FEMALE GEMMA REPORTS SEXUAL ASSAULT BY HER MANAGER AT WORK XMAS PARTY,\n"
        "  FELLSIDE HOTEL, NIGHT OF 11-12/12. HE FOLLOWED HER INTO HER ROOM. NOT IN DANGER.\n"
        "16:14 GRADED P2. 16:20 PC2011 ALLANBY ASSIGNED. 17:00 ATTENDED.\n"
        f"18:30 CRIME LD/CR/25/12881. CID INFORMED. URN {urn}.")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report LD-CR-25-12881.pdf"
    write_pdf(F.p(fn), [("title", "Crime report LD/CR/25/12881"),
        ("kv", [("URN", urn), ("Offence", "Assault by penetration (s.2); sexual assault (s.3)"),
                ("Victim", "TREVELYAN Gemma, F, 38, White British"), ("Suspect", "AUBREY-HART Simon"),
                ("OIC", "DC 0773 ISMAIL")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "MG11", "CCTV", "DPN", "DIGITAL_EXTRACT", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2",
               "VPS", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
           "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
           "abe_exhibited", "key_statements", "officer_statement", "signed",
           "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, [], mnf, F.docs, 0)


# ================================================================================================
# F1  FAULTY: ABE referred to and exhibited but the recording is not in the folder; complainant's
#     phone examined (extraction report present) but no Digital Processing Notice - Northcote
# ================================================================================================

def case_f1():
    F = Folder("69NC0604426-LOCKWOOD")
    urn = "69NC0604426"
    head = "NORTHCOTE POLICE | OFFICIAL-SENSITIVE"
    foot = f"{urn} | {{p}}/{{n}}"

    mg3 = [
        ("title", "MG3 Report to Crown Prosecutor for Charging Decision"),
        ("p", f"URN {urn}   |   Submitted 2026-07-20   |   Full Code Test requested"),
        ("h", "(1) Parties"),
        ("p", "Suspect: PIKE, Jordan Lee, born 1999-03-14, 8 Wren Yard, Northcote.\n"
              "Complainant: LOCKWOOD, Amy, 24, barista."),
        ("h", "(2) Charge proposed"),
        ("p", "Rape (s.1 SOA 2003), 4B Harrier Court, Northcote, 2026-06-21 at about 02:00."),
        ("h", "(3) Facts"),
        ("p", "Amy and PIKE know each other through her former boyfriend. On 2026-06-20 they were both at the "
              "Crown & Anchor. At closing he offered to walk her home. At her flat he asked to use the toilet. "
              "She says he then came into her bedroom, pushed her onto the bed and raped her vaginally despite "
              "her saying 'no' and 'get out'. He left at about 02:20. At 03:10 she rang her friend Jess ORMSBY "
              "and told her. Jess came round and called the police at 03:40. PC 919 TALLIS was the first officer to "
              "attend (03:58)."),
        ("h", "(4) Evidence"),
        ("p", "- ABE interview of Amy, 2026-06-24, by DC 2280 KEMP. The VRI (exhibit LK/1) is attached with the "
              "summary; DC KEMP's statement exhibits it.\n"
              "- Jess ORMSBY (first account) and PC TALLIS statements.\n"
              "- SARC: Dr LAMB found bruising to the right upper arm (statement attached).\n"
              "- Amy's iPhone was examined by the Digital Forensic Unit on 2026-06-30: a selective extraction of "
              "WhatsApp and Instagram messages with PIKE between 2026-06-20 and 2026-06-23 (report attached). It "
              "shows PIKE writing at 11:02 on 2026-06-21 'sorry if I got carried away x'."),
        ("h", "(5) Suspect"),
        ("p", "Arrested 2026-06-22; interviewed with solicitor. Says she invited him in and kissed him and sex "
              "was consensual; 'carried away' meant he had stayed late. Defence: consent."),
        ("h", "(6) Lines of enquiry"),
        ("p", "Pub CCTV (Crown & Anchor) viewed: shows them leaving together at 23:48, not touching; not seized "
              "as it does not assist either account beyond timings, which both accept - noted on the MG6C. "
              "Neighbours (4A, 4C) spoken to: heard nothing. Amy's ex-boyfriend (Ben HOLLIS) spoken to, as PIKE "
              "suggested Amy wanted to make Ben jealous: Ben says he and Amy have not spoken since March; note "
              "on MG6C. PIKE's phone examined: same messages."),
        ("h", "(7) Outstanding"),
        ("p", "SFR1 on swabs: Meridian target date 2026-08-07. Nothing else."),
        ("h", "(8) Victim"),
        ("p", "Special measures: ABE as evidence-in-chief, screens, and she wants s.28 pre-recorded cross-"
              "examination; no intermediary needed. Needs: works shifts, contact by text. ISVA referred "
              "2026-06-21 (Northcote ISVA, Dee ROLFE). VPS offered 2026-06-24; she will make one later."),
        ("h", "(9) Bail"),
        ("p", "Pre-charge bail to 2026-09-21: not to contact Amy LOCKWOOD directly or indirectly; not to enter "
              "Harrier Court."),
        ("h", "(10) Early advice / disclosure / OIC"),
        ("p", "Early advice not sought - straightforward consent case with suspect identified from the outset. "
              "MG6C, MG6D, MG12 attached. PNC (PIKE: nil) and witness PNCs (nil) attached.\n"
              "OIC DC 3120 Gavin HUGHES, 01632 960928, gavin.hughes@northcote.police.example.\n"
              "Supervisor: DS 4410 Emma STROUD - checked 2026-07-19."),
    ]
    fn = "MG3 LOCKWOOD.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot)
    F.doc(fn, "MG3")

    fn = "ABE summary LK-1 LOCKWOOD.pdf"
    write_pdf(F.p(fn), [
        ("title", "Video recorded interview - summary (LK/1)"),
        ("kv", [("URN", urn), ("Witness", "Amy LOCKWOOD"), ("Date", "2026-06-24 13:00-14:10"),
                ("Interviewer", "DC 2280 KEMP"), ("Exhibit", "LK/1 (master DVD), LK/2 (working copy)")]),
        ("p", "Evening at the Crown & Anchor; PIKE walked her home; asked to use toilet; came into bedroom; "
              "pushed her onto bed by her right arm; she said no and get out; vaginal penetration; he left "
              "about 02:20; rang Jess at 03:10. Accepts she hugged him goodnight at the door before he asked "
              "to use the toilet. Denies kissing him."),
    ], head=head)
    F.doc(fn, "ABE_SUMMARY")

    def st(fn, name, occ, paras, date, role, style="classic", sig="[signed]"):
        write_pdf(F.p(fn), mg11(style, urn, name, "Over 18", occ, paras, date, sig), head=head, foot=foot)
        F.doc(fn, "MG11", role)

    st("MG11 KEMP DC2280.pdf", "Laura KEMP", "Detective Constable 2280", [
        "On 2026-06-24 between 13:00 and 14:10 I interviewed Amy LOCKWOOD on video at Northcote VRI suite. I "
        "produce the master DVD as exhibit LK/1 and a working copy as LK/2."], "2026-06-24", "officer")
    st("MG11 TALLIS PC919.pdf", "Robert TALLIS", "Police Constable 919", [
        "At 03:58 on 2026-06-21 I attended 4B Harrier Court after a 999 call. I was the first officer there. "
        "Amy LOCKWOOD was on the sofa with her friend. She told me Jordan PIKE had walked her home, come into "
        "her bedroom and raped her. I recorded this in my PNB. There was no BWV recording as my camera had "
        "failed at the start of the shift (fault logged)."], "2026-06-21", "officer")
    st("MG11 ORMSBY Jess.pdf", "Jessica ORMSBY", "Hairdresser", [
        "At 03:10 on 21 June 2026 Amy rang me crying and said Jordan had raped her. I went round. She said he had "
        "pushed her on the bed and she kept saying no. I rang 999 at about 03:40."], "2026-06-22", "first_account",
       style="plain", sig="J. Ormsby")
    st("MG11 Dr LAMB SARC.pdf", "Dr Owen LAMB", "Forensic physician", [
        "On 2026-06-21 at 09:00 I examined Amy LOCKWOOD at Northcote SARC with her written consent, including "
        "consent to release of my notes to police and CPS. I found three oval bruises to the right upper arm "
        "consistent with gripping. I took swabs OL/1-OL/3."], "2026-06-25", "expert")

    fn = "DFU report NC-DFU-26-0702.pdf"
    write_pdf(F.p(fn), extract_blocks(urn, "DFU examiner C. NWANKWO", "iPhone 13 - Amy LOCKWOOD", "NC-DFU-26-0702",
        "WhatsApp and Instagram messages with Jordan PIKE; 2026-06-20 00:00 - 2026-06-23 23:59.", [
        ["1", "2026-06-20 19:40", "WhatsApp", "PIKE -> Amy", "'u at the anchor later?'"],
        ["2", "2026-06-21 11:02", "WhatsApp", "PIKE -> Amy", "'sorry if I got carried away x'"],
        ["3", "2026-06-21 11:30", "Instagram", "PIKE -> Amy", "'??'"],
    ], "2026-06-30"), head=head)
    F.doc(fn, "DIGITAL_EXTRACT")

    lines = [
        ["15:00", "DC HUGHES", "Caution; solicitor Mr WEBB present."],
        ["15:02", "PIKE", "She invited me in. We kissed. It was consensual. She never said no."],
        ["15:10", "DC HUGHES", "'Sorry if I got carried away' - what did you mean?"],
        ["15:11", "PIKE", "I stayed late when she had work. That's all."],
        ["15:25", "DC HUGHES", "Interview ended."],
    ]
    fn = "ROTI PIKE.pdf"
    write_pdf(F.p(fn), roti_blocks("roti", urn, "PIKE Jordan Lee", "2026-06-22 15:00-15:25", "Northcote custody",
                                   "DC HUGHES, DC 3301 AMOS, Mr T. WEBB", lines, tape="NC-260622-4"), head=head)
    F.doc(fn, "ROTI")
    fn = "PNC PIKE.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "PIKE, Jordan Lee", "14/03/1999", "17/220913C", [],
                                   "22/06/2026", "PS 77 custody", "Northcote Police"))
    F.doc(fn, "PNC")
    fn = "PNC witnesses.pdf"
    write_pdf(F.p(fn), pnc_witnesses("list", urn, [("Amy LOCKWOOD", "complainant", "no trace"),
                                                   ("Jessica ORMSBY", "first account", "no trace")],
                                     "2026-06-25", "DC HUGHES"), head=head)
    F.doc(fn, "PNC")
    fn = "MG6C LOCKWOOD.pdf"
    write_pdf(F.p(fn), [("title", "MG6C Non-sensitive unused material"), ("p", f"URN {urn}   R v PIKE   2026-07-18"),
        ("table", ["#", "Description", "Location"], [
            ["1", "999 incident log NC-20260621-0340 - copy with file", "With file"],
            ["2", "Crime report NC/26/5512 - copy with file", "With file"],
            ["3", "PC TALLIS PNB 21/06/2026 and BWV fault log entry", "CID"],
            ["4", "Officer's note: Crown & Anchor CCTV viewed 2026-06-22 (leaving 23:48, not touching), not seized", "CID"],
            ["5", "House-to-house notes 4A and 4C Harrier Court 2026-06-21", "CID"],
            ["6", "Officer's note: conversation with Ben HOLLIS 2026-06-29 (no contact with Amy since March)", "CID"],
            ["7", "Extraction report of PIKE's phone (suspect device) 2026-07-02", "DFU"],
            ["8", "ABE interview plan, DC KEMP, 2026-06-23", "CID"],
            ["9", "Custody record PIKE 2026-06-22", "Custody"],
        ], (8, 74, 18))], head=head)
    F.doc(fn, "MG6C")
    fn = "MG6D LOCKWOOD.pdf"
    write_pdf(F.p(fn), [("title", "MG6D Sensitive material"), ("p", f"URN {urn} 2026-07-18"),
        ("table", ["#", "Description", "Reason"], [["1", "ISVA referral form", "Personal data"],
                                                   ["2", "Complainant's contact details", "Safety"]], (8, 60, 32))],
              head=head)
    F.doc(fn, "MG6D")
    fn = "MG12 LOCKWOOD.pdf"
    write_pdf(F.p(fn), [("title", "MG12 Exhibit list"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Description", "Produced by"], [
            ["LK/1", "ABE recording master DVD, Amy LOCKWOOD 2026-06-24", "DC KEMP"],
            ["LK/2", "ABE working copy", "DC KEMP"],
            ["OL/1-OL/3", "SARC swabs", "Dr LAMB"],
            ["GH/1", "Extraction report NC-DFU-26-0702 (complainant's iPhone)", "DC HUGHES"],
        ], (18, 60, 22))], head=head)
    F.doc(fn, "MG12")
    fn = "Incident log NC-20260621-0340.pdf"
    write_pdf(F.p(fn), [("mono", "NORTHCOTE POLICE INCIDENT NC-20260621-0340\n"
        "03:40 999 CALLER JESS ORMSBY AT 4B HARRIER COURT: FRIEND AMY RAPED BY JORDAN PIKE WHO LEFT APPROX 02:20.\n"
        "03:44 P1 PC919 TALLIS ASSIGNED. 03:58 ON SCENE. 05:30 SARC BOOKED 09:00.\n"
        f"08:15 CRIME NC/26/5512  URN {urn}")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report NC-26-5512.pdf"
    write_pdf(F.p(fn), [("title", "Crime report NC/26/5512"),
        ("kv", [("URN", urn), ("Offence", "Rape s.1"), ("Victim", "LOCKWOOD Amy, F, 24, White British"),
                ("Suspect", "PIKE Jordan Lee"), ("OIC", "DC 3120 HUGHES")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_SUMMARY", "MG11", "DIGITAL_EXTRACT", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
               "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
           "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_prop", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, ["abe_recording", "dig_dpn"], mnf, F.docs, 1)


# ================================================================================================
# F2  FAULTY: vague MG6C entries; first-account witness (sister) named but no statement - Brackenford
# ================================================================================================

def case_f2():
    F = Folder("Brackenford 70BF0705226")
    urn = "70BF0705226"
    head = "Brackenford Constabulary - Official Sensitive"
    foot = "Page {p} of {n}"

    mg3 = [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION - MG3"),
        ("kv", [("URN", urn), ("Date", "14 August 2026"), ("Advice sought", "Full code test - charge"),
                ("Suspect", "BELLWOOD Aaron (DOB 19/01/2000)"), ("Complainant", "MARSDEN Jodie (19)"),
                ("Offence", "Rape, s.1 SOA 2003 - lay-by, Moor Road, Brackenford - 05/07/2026 about 02:30")]),
        ("p", "Jodie was at Velvet nightclub with friends. BELLWOOD, whom she knew slightly from the gym, "
              "offered her a lift home at about 02:15. Instead of taking her home he pulled into the lay-by on "
              "Moor Road, reclined her seat and had vaginal sex with her while she said no and tried to open the "
              "door, which was locked. He then drove her home. She got in at about 03:05. She woke her sister, "
              "Chloe MARSDEN, and told her what had happened. Chloe's statement is enclosed and is an important "
              "first account. Their mother rang the police at 03:30. PC 640 HARDY attended first (03:51) and his "
              "statement is enclosed."),
        ("p", "ABE of Jodie on 07/07/2026 by DC 1288 QUINN (exhibit SQ/1 - recording, summary and my "
              "statement enclosed). SARC on 05/07/2026: no injuries (Dr PATEL). SFR1: semen; DNA matches "
              "BELLWOOD (he accepts sex)."),
        ("p", "Suspect account (interview 06/07/2026, solicitor present): sex was consensual; she kissed him "
              "first in the car; he did not lock the doors (the car locks automatically at 10 mph)."),
        ("p", "Lines of enquiry: Velvet door staff say Jodie got into his car at about 02:15, walking unaided; the "
              "vehicle manufacturer confirmed the central locking locks automatically above 10 mph and can be "
              "opened from inside by pulling the handle twice - this may assist the defence and is scheduled; "
              "ANPR: his car passed the Moor Road camera at 02:24 and 02:51; her friends (two statements taken "
              "by officers, on MG6C) say she was 'tipsy' and happy to take the lift. Her phone was not "
              "examined: she did not message anyone about this and there is no reason to examine it."),
        ("p", "Outstanding: none."),
        ("p", "Victim: MG2 enclosed - ABE as EIC, screens, s.28 wanted, no intermediary required. Needs: "
              "none beyond ISVA support (Brackenford ISVA, referral 05/07/2026). VPS offered 07/07/2026; made "
              "20/07/2026 (enclosed)."),
        ("p", "Bail: pre-charge bail to 05/10/2026, conditions - no contact with Jodie MARSDEN directly or "
              "indirectly; not to enter Hawthorn Road, Brackenford."),
        ("p", "Early advice: not sought - single issue (consent), suspect arrested the same day."),
        ("p", "Disclosure: MG6C and MG6D enclosed. PNC: BELLWOOD - no trace. Witness PNC: nil."),
        ("p", "OIC DC 1288 Sarah QUINN - 01632 960207 - s.quinn@brackenford.police.example\n"
              "Supervisor: DS 3355 Paul VICKERS, 13/08/2026 - approved."),
    ]
    fn = "MG3 MARSDEN.docx"
    write_docx(F.p(fn), mg3, head=head, foot="Brackenford Constabulary")
    F.doc(fn, "MG3")

    fn = "SQ1 VRI Jodie MARSDEN.mp4"
    write_video(F.p(fn), 4, ["BRACKENFORD VRI  07/07/2026 10:00", "REC"], seed=91, title="VRI Jodie MARSDEN SQ/1")
    F.doc(fn, "ABE_RECORDING")
    fn = "SQ1 summary.pdf"
    write_pdf(F.p(fn), [("title", "ABE summary - SQ/1"),
        ("p", f"URN {urn}. Jodie MARSDEN, 07/07/2026, DC QUINN. Lift from Velvet; lay-by; seat reclined; she "
              "said no and tried the door; it would not open; vaginal sex; drove her home; woke her sister "
              "Chloe and told her.")], head=head)
    F.doc(fn, "ABE_SUMMARY")

    def st(fn, name, occ, paras, date, role, sig="[signed]"):
        write_pdf(F.p(fn), mg11("classic", urn, name, "Over 18", occ, paras, date, sig), head=head, foot=foot)
        F.doc(fn, "MG11", role)
    st("MG11 QUINN.pdf", "Sarah QUINN", "Detective Constable 1288", [
        "On 07/07/2026 I interviewed Jodie MARSDEN on video at Brackenford VRI suite and produce the recording as "
        "exhibit SQ/1."], "07/07/2026", "officer")
    st("MG11 HARDY PC640.pdf", "Mark HARDY", "Police Constable 640", [
        "At 03:51 on 05/07/2026 I attended 11 Hawthorn Road, the first officer there. Jodie MARSDEN told me a man "
        "called Aaron had given her a lift, stopped in a lay-by and had sex with her when she said no. My BWV "
        "recorded this and I produce it as exhibit MH/1."], "05/07/2026", "officer")
    st("MG11 Dr PATEL.pdf", "Dr Nisha PATEL", "Forensic physician", [
        "On 05/07/2026 I examined Jodie MARSDEN at Brackenford SARC with her written consent, which included "
        "release of my notes. No injuries. Swabs NP/1-NP/3."], "06/07/2026", "expert")

    fn = "MH1 BWV PC640.mp4"
    write_video(F.p(fn), 3, ["BWV PC640  05/07/2026 03:51", "BWV"], scene="bwv", seed=92)
    F.doc(fn, "BWV")
    fn = "SFR1 BF-26-1100.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "BF-26-1100", "Dr A. CHEN", "01/08/2026",
                                  "BELLWOOD, Aaron", [["NP/2", "HVS", "Semen; DNA matches BELLWOOD."]],
                                  "Intercourse with BELLWOOD confirmed; consent is the issue."), head=head)
    F.doc(fn, "FORENSIC")
    fn = "ROTI BELLWOOD.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "BELLWOOD Aaron", "06/07/2026 11:00-11:30", "Brackenford custody",
                                   "DC QUINN, Mr K. LYONS", [
        ["11:02", "BELLWOOD", "It was consensual. She kissed me first in the car."],
        ["11:10", "DC QUINN", "Did you lock the doors?"],
        ["11:10", "BELLWOOD", "No. They lock themselves when you drive. She could have got out."],
        ["11:30", "DC QUINN", "End."]], summary="Consent.", tape="BF-260706-2"), head=head)
    F.doc(fn, "ROTI")
    fn = "PNC BELLWOOD.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "BELLWOOD, Aaron", "19/01/2000", "18/774310D", [], "06/07/2026",
                                   "custody", "Brackenford Constabulary"))
    F.doc(fn, "PNC")
    fn = "PNC witnesses MARSDEN.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [["Jodie MARSDEN", "complainant", "No trace"],
                                                     ["Chloe MARSDEN", "first account", "No trace"]],
                                     "08/07/2026", "DC QUINN"), head=head)
    F.doc(fn, "PNC")

    # the planted vague schedule
    fn = "MG6C.pdf"
    write_pdf(F.p(fn), [("title", "MG6C - Non-sensitive unused material"),
        ("p", f"URN {urn}   R v BELLWOOD   DC QUINN   12/08/2026"),
        ("table", ["Item", "Description", "Location"], [
            ["1", "Incident log", "With file"],
            ["2", "Crime report", "With file"],
            ["3", "Misc paperwork", "CID"],
            ["4", "Officer notes", "CID"],
            ["5", "Various CCTV enquiries", "CID"],
            ["6", "Emails", "CID"],
            ["7", "Documents re vehicle", "CID"],
            ["8", "Statements (unused)", "CID"],
        ], (10, 70, 20))], head=head)
    F.doc(fn, "MG6C")
    fn = "MG6D.pdf"
    write_pdf(F.p(fn), [("title", "MG6D - Sensitive material"), ("p", f"URN {urn}"),
        ("table", ["No", "Description", "Reason"], [["1", "ISVA referral 05/07/2026", "Personal data"]], (8, 60, 32))],
              head=head)
    F.doc(fn, "MG6D")
    fn = "MG12.pdf"
    write_pdf(F.p(fn), [("title", "MG12"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Description", "By"], [["SQ/1", "VRI Jodie MARSDEN", "DC QUINN"],
                                                 ["MH/1", "BWV PC HARDY 05/07/2026", "PC HARDY"],
                                                 ["NP/1-NP/3", "SARC swabs", "Dr PATEL"]], (18, 60, 22))], head=head)
    F.doc(fn, "MG12")
    fn = "MG2 MARSDEN.pdf"
    write_pdf(F.p(fn), [("title", "MG2 Special measures"),
        ("kv", [("URN", urn), ("Witness", "Jodie MARSDEN"), ("Eligible", "s.17(4)")]),
        ("p", "ABE as EIC; screens; s.28 - she wants it; intermediary not needed.")], head=head)
    F.doc(fn, "MG2")
    fn = "VPS MARSDEN.pdf"
    write_pdf(F.p(fn), [("title", "Victim Personal Statement"), ("p", f"URN {urn}. Jodie MARSDEN, 20/07/2026."),
        ("p", "I don't go out any more. I have stopped going to the gym."), ("sig", "Signed: J. Marsden")], head=head)
    F.doc(fn, "VPS")
    fn = "Incident BF-20260705-0330.pdf"
    write_pdf(F.p(fn), [("mono", "BRACKENFORD INCIDENT BF-20260705-0330\n03:30 999 MOTHER: DAUGHTER JODIE 19 RAPED "
        "IN CAR BY MALE 'AARON' AFTER LIFT FROM VELVET.\n03:33 PC640 HARDY ASSIGNED  03:51 ON SCENE\n"
        f"URN {urn}")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report BF-26-8810.pdf"
    write_pdf(F.p(fn), [("title", "Crime report BF/26/8810"), ("kv", [("URN", urn), ("Offence", "Rape"),
        ("Victim", "MARSDEN Jodie, F, 19"), ("Suspect", "BELLWOOD Aaron")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "FORENSIC", "ROTI", "PNC", "MG6C", "MG6D",
               "MG12", "MG2", "VPS", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
           "mg6c", "mg6d", "rebuttable_presumption", "dig_dpn", "dig_prop", "multimedia", "exhibits",
           "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, ["schedule_descriptions", "key_statements"], mnf, F.docs, 1)


# ================================================================================================
# F3  FAULTY: outstanding evidence without target dates; blanket full download of the complainant's
#     phone; no suspect PNC in the folder - Rivenshire
# ================================================================================================

def case_f3():
    F = Folder("71RV0328126_COOMBS")
    urn = "71RV0328126"
    head = "RIVENSHIRE POLICE - OFFICIAL SENSITIVE"
    foot = f"{urn} - page {{p}} of {{n}}"

    mg3 = [
        ("title", "MG3 - Report to Crown Prosecutor"),
        ("p", f"URN: {urn}    Date: 12/05/2026    Test: FULL CODE TEST"),
        ("h", "Suspect"), ("p", "VICKERY, Jason Paul - born 22/08/1990 - 3 Kiln Rise, Rivenford."),
        ("h", "Offence"), ("p", "Rape (s.1 SOA 2003) at 3 Kiln Rise on 28/03/2026 between 21:00 and 23:00."),
        ("h", "Case summary"),
        ("p", "Natalie COOMBS (31) met VICKERY at Ironworks Gym. On 28/03/2026 he invited her to his house for a "
              "drink. She says that after about an hour he kissed her; she kissed back briefly and then said she "
              "wanted to go home; he pulled her onto the sofa, removed her leggings and raped her vaginally "
              "while she pushed at him and said 'stop'. She left at about 23:10, walked to the Co-op on Ferris "
              "Road and rang her friend Holly DEAN, who collected her. Holly called the police at 23:40. PC 2201 "
              "WALLACE attended first."),
        ("h", "Evidence"),
        ("p", "ABE of Natalie 31/03/2026 (NB/1, recording and summary enclosed, exhibited by DC BARROWCLOUGH). "
              "Holly DEAN (first account). PC WALLACE. Dr OKAFOR (FME): bruising to both inner thighs."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 30/03/2026: consensual sex; she 'was all over him'; she left happy and he was "
              "surprised to be arrested."),
        ("h", "Lines of enquiry"),
        ("p", "Gym staff spoken to about their friendship (two statements on MG6C). Co-op CCTV requested to show "
              "her state at 23:15. Neighbours: no answer at 1 and 5 Kiln Rise on two visits; cards left."),
        ("h", "Digital"),
        ("p", "Natalie's phone has been seized and a full download of all data on the device has been "
              "requested, to check her account and see if there is anything on it that undermines her. She "
              "signed the DPN (enclosed)."),
        ("h", "Outstanding evidence"),
        ("p", "- Forensic results from the SARC swabs - awaited.\n"
              "- Download of the suspect's phone - awaited from the DFU.\n"
              "- Download of the complainant's phone - awaited.\n"
              "- Co-op CCTV from Ferris Road - still being chased."),
        ("h", "Victim"),
        ("p", "Special measures (MG2 enclosed): ABE as EIC, screens, s.28 - she would like it; no intermediary "
              "needed. Needs: none identified beyond ISVA support; ISVA referral 29/03/2026 (Rivenshire ISVA, "
              "Jo KENNEDY). VPS offered 31/03/2026; she declined for now."),
        ("h", "Bail"),
        ("p", "Bail to 30/06/2026: no contact with Natalie COOMBS; not to attend Ironworks Gym."),
        ("h", "Previous convictions"),
        ("p", "VICKERY has previous convictions - see PNC print attached. Witness PNC checks enclosed."),
        ("h", "Early advice"),
        ("p", "Not sought: the suspect was identified immediately and the case is a single-issue consent case."),
        ("h", "OIC / supervisor"),
        ("p", "DC 2044 Neil BARROWCLOUGH - 01632 960371 - neil.barrowclough@rivenshire.police.example\n"
              "Supervisor: DS 1500 Kate MORROW - 11/05/2026 - agreed for submission."),
    ]
    fn = "MG3_COOMBS.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot)
    F.doc(fn, "MG3")

    fn = "NB-1_ABE_COOMBS_310326.mp4"
    write_video(F.p(fn), 4, ["RIVENFORD VRI 31/03/2026 14:00", "REC"], seed=101, title="ABE COOMBS NB/1")
    F.doc(fn, "ABE_RECORDING")
    fn = "NB-1_summary.docx"
    write_docx(F.p(fn), [("title", "ABE summary NB/1"),
        ("p", f"URN {urn}. Natalie COOMBS 31/03/2026 14:00-15:05. DC BARROWCLOUGH. Drinks at his house; kiss; "
              "said she wanted to go; pulled onto the sofa; leggings removed; vaginal penetration; she said "
              "stop and pushed him; left 23:10; rang Holly from outside the Co-op.")])
    F.doc(fn, "ABE_SUMMARY")

    def st(fn, name, occ, paras, date, role, sig="[signed]"):
        write_pdf(F.p(fn), mg11("niche", urn, name, "OVER 18", occ, paras, date, sig, force="RIVENSHIRE POLICE"),
                  head=head, foot=foot)
        F.doc(fn, "MG11", role)
    st("MG11_BARROWCLOUGH.pdf", "Neil BARROWCLOUGH", "Detective Constable 2044", [
        "On 31/03/2026 I interviewed Natalie COOMBS on video at Rivenford VRI suite. I produce the recording as "
        "exhibit NB/1. On 29/03/2026 I took her mobile phone, a Samsung Galaxy S23, as exhibit NB/2."],
       "31/03/2026", "officer")
    st("MG11_WALLACE.pdf", "Craig WALLACE", "Police Constable 2201", [
        "At 23:58 on 28/03/2026 I met Natalie COOMBS and Holly DEAN at Holly's flat, the first officer to do so. "
        "Natalie told me a man from her gym, Jason, had raped her on his sofa that evening after she said she "
        "wanted to go home."], "29/03/2026", "officer")
    st("MG11_DEAN_Holly.pdf", "Holly DEAN", "Dental receptionist", [
        "At about 23:15 on 28/03/2026 Natalie rang me sobbing from outside the Co-op on Ferris Road. I drove "
        "there. In the car she told me Jason from the gym had 'forced himself on me' and she had told him to stop. "
        "I took her to my flat and rang 999."], "29/03/2026", "first_account")
    st("MG11_Dr_OKAFOR.pdf", "Dr Chidi OKAFOR", "Forensic physician", [
        "On 29/03/2026 I examined Natalie COOMBS at Rivenshire SARC with her written consent, including to "
        "release of my notes. Bruising to both inner thighs. Swabs CO/1-CO/4 taken."], "02/04/2026", "expert")

    fn = "DPN_COOMBS.pdf"
    write_pdf(F.p(fn), [
        ("title", "Digital Processing Notice (victim/witness)"),
        ("kv", [("URN", urn), ("Device user", "Natalie COOMBS"), ("Device", "Samsung Galaxy S23 (exhibit NB/2)"),
                ("Officer", "DC 2044 BARROWCLOUGH")]),
        ("h", "What will be extracted"),
        ("p", "Full extraction - all data on the device (messages, call logs, photos, videos, internet history, "
              "social media, apps, location data, deleted data)."),
        ("h", "Date range"),
        ("p", "All dates."),
        ("h", "Reason"),
        ("p", "To check the complainant's account and identify any material that undermines the prosecution "
              "case or assists the defence."),
        ("sig", "Signed: N. Coombs   29/03/2026"),
    ], head=head)
    F.doc(fn, "DPN")

    fn = "ROTI_VICKERY.pdf"
    write_pdf(F.p(fn), roti_blocks("roti", urn, "VICKERY Jason Paul", "30/03/2026 10:00-10:35", "Rivenford custody",
                                   "DC BARROWCLOUGH, Ms F. DALE (solicitor)", [
        ["10:02", "VICKERY", "She was all over me. It was consensual."],
        ["10:15", "DC BARROWCLOUGH", "She says she said stop."],
        ["10:15", "VICKERY", "She never said stop. She left happy."],
        ["10:35", "DC BARROWCLOUGH", "Interview ended."]], tape="RV-260330-1"), head=head)
    F.doc(fn, "ROTI")
    fn = "Witness_PNC_checks.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [["Natalie COOMBS", "complainant", "No trace"],
                                                     ["Holly DEAN", "first account", "No trace"]],
                                     "02/04/2026", "DC BARROWCLOUGH",
                                     note="This sheet covers prosecution witnesses only."), head=head)
    F.doc(fn, "PNC")
    fn = "MG6C_COOMBS.xlsx"
    write_xlsx(F.p(fn), [("MG6C", ["MG6C non-sensitive unused material", f"URN {urn} R v VICKERY"],
        ["Item", "Description", "Location"], [
        [1, "Incident log RV-20260328-1140 (999 call by Holly DEAN 23:40) - copy with file", "With file"],
        [2, "Crime report RV/CR/26/2290 - copy with file", "With file"],
        [3, "PC WALLACE PNB 28-29/03/2026", "CID"],
        [4, "Statement of gym receptionist Kelly ADAMS 04/04/2026 (they were friendly at the gym)", "CID"],
        [5, "Statement of gym instructor Dan MOSS 04/04/2026 (saw them chatting; no relevant evidence of the night)", "CID"],
        [6, "House-to-house notes 1 and 5 Kiln Rise (no reply x2, cards left)", "CID"],
        [7, "Custody record VICKERY 30/03/2026", "Custody"],
    ], [6, 90, 14])])
    F.doc(fn, "MG6C")
    fn = "MG6D_COOMBS.pdf"
    write_pdf(F.p(fn), [("title", "MG6D sensitive material"), ("p", f"URN {urn}"),
        ("table", ["No", "Description", "Reason"], [["1", "ISVA referral 29/03/2026", "Personal data"]], (8, 60, 32))],
              head=head)
    F.doc(fn, "MG6D")
    fn = "MG12_COOMBS.pdf"
    write_pdf(F.p(fn), [("title", "MG12"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Description", "By"], [["NB/1", "ABE recording COOMBS", "DC BARROWCLOUGH"],
                                                 ["NB/2", "Samsung Galaxy S23 (complainant)", "DC BARROWCLOUGH"],
                                                 ["CO/1-CO/4", "SARC swabs", "Dr OKAFOR"]], (18, 60, 22))], head=head)
    F.doc(fn, "MG12")
    fn = "MG2_COOMBS.pdf"
    write_pdf(F.p(fn), [("title", "MG2 Special measures"), ("kv", [("URN", urn), ("Witness", "Natalie COOMBS")]),
        ("p", "s.17(4) eligible. ABE EIC; screens; s.28 wanted; no intermediary.")], head=head)
    F.doc(fn, "MG2")
    fn = "Incident_RV-20260328-1140.pdf"
    write_pdf(F.p(fn), [("mono", "RIVENSHIRE INCIDENT RV-20260328-1140\n23:40 999 HOLLY DEAN: FRIEND NATALIE RAPED "
        "TONIGHT BY MALE 'JASON' FROM GYM AT HIS HOUSE KILN RISE.\n23:44 PC2201 WALLACE ASSIGNED. 23:58 ON SCENE.\n"
        f"URN {urn}")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime_RV-CR-26-2290.pdf"
    write_pdf(F.p(fn), [("title", "Crime report RV/CR/26/2290"), ("kv", [("URN", urn), ("Offence", "Rape"),
        ("Victim", "COOMBS Natalie, F, 31"), ("Suspect", "VICKERY Jason")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "DPN", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MG2",
               "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account", "complainant_account",
           "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
           "suspect_interview", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "dig_dpn",
           "rebuttable_presumption", "exhibits", "special_measures", "victim_care", "files_readable", "one_urn"]
    expected(F.name, present, ["outstanding_dated", "dig_prop", "previous_convictions"], mnf, F.docs, 1)


# ================================================================================================
# F4  FAULTY: first-account witness's MG11 not signed or dated; no statement from the first attending
#     officer - Ashdown Weald
# ================================================================================================

def case_f4():
    F = Folder("72AW0814826")
    urn = "72AW0814826"
    head = "Ashdown Weald Police | OFFICIAL-SENSITIVE"
    foot = "page {p} of {n}"

    mg3 = [
        ("title", "MG3"),
        ("p", f"URN {urn}          Report to Crown Prosecutor for charging decision          02.10.26"),
        ("h", "1  Decision sought"), ("p", "Full Code Test. Charge: assault by penetration, s.2 SOA 2003."),
        ("h", "2  Suspect"), ("p", "DRAYCOTT Kevin John, 52, private hire driver (licence AW-PH-2291), born 30.06.74."),
        ("h", "3  Summary"),
        ("p", "On 14.08.26 at about 01:30 Bethany QUILTER (45) booked a Weald Cars private hire vehicle home from "
              "a wedding at Oakhurst Barn. The driver was DRAYCOTT. She sat in the back. On Coldharbour Lane he "
              "pulled into a lay-by, got into the back, and pushed his hand inside her dress and underwear and "
              "his fingers into her vagina while she said no and tried to push him away. He then drove her home. "
              "At about 02:05 she woke her husband, Andrew QUILTER, and told him. He rang the police at 02:09. PC 3318 "
              "HANLEY was the first officer to attend, at 02:25, and took her first account in his notebook; "
              "BWV was not activated."),
        ("h", "4  Evidence"),
        ("p", "- ABE (AF/1) 16.08.26, DC 2201 FELL: recording, summary, statement.\n"
              "- Andrew QUILTER (first account) statement.\n"
              "- Weald Cars booking record (AF/2): DRAYCOTT allocated, pick-up 01:31, drop-off 02:03 - journey "
              "normally 14 minutes; GPS shows the car stationary on Coldharbour Lane 01:42-01:51.\n"
              "- SARC (Dr MENSAH): small abrasion inside the labia minora, consistent with her account.\n"
              "- SFR1 (22.09.26): DNA matching DRAYCOTT on the swab from her inner thigh; he says he never "
              "touched her."),
        ("h", "5  Suspect's account"),
        ("p", "Interview 15.08.26: he stopped because she felt sick and he opened the back door for her; never "
              "touched her. He accepts the stop."),
        ("h", "6  Lines of enquiry"),
        ("p", "- In-car camera: the vehicle had no internal camera (licensing records confirm none fitted).\n"
              "- Wedding guests: two saw her leave; she had drunk 'a fair bit' but was walking fine.\n"
              "- Other complaints about DRAYCOTT to Weald Cars or the licensing authority: none.\n"
              "- Her phone was not examined: she made no calls or messages in the car; her husband's call is on "
              "the incident log. Nothing needed from her device."),
        ("h", "7  Outstanding"), ("p", "Nothing outstanding."),
        ("h", "8  Victim"),
        ("p", "MG2: ABE EIC, screens, s.28 requested by her; no intermediary needed. Needs: hearing loss in the "
              "left ear - sit on her right; loop system at court. ISVA: Weald ISVA (referral 14.08.26). VPS "
              "offered 16.08.26, to be made later."),
        ("h", "9  Bail"),
        ("p", "Bail to 14.11.26: no contact with Bethany or Andrew QUILTER; not to work as a private hire driver "
              "(licence suspended by the council on 15.08.26)."),
        ("h", "10  Early advice, disclosure, OIC"),
        ("p", "Early advice not sought (single-issue identification-accepted case). MG6C, MG6D, MG12, PNC, witness "
              "PNCs enclosed. OIC DC 0404 Imran QURESHI 01632 960466 imran.qureshi@ashdownweald.police.example. "
              "Supervisor DS 1122 Jo PEMBERTON - endorsed 01.10.26."),
    ]
    fn = "MG3 QUILTER.docx"
    write_docx(F.p(fn), mg3, head=head, foot="Ashdown Weald Police")
    F.doc(fn, "MG3")

    fn = "AF1 ABE QUILTER.mp4"
    write_video(F.p(fn), 4, ["WEALD VRI  16.08.26 11:00", "REC"], seed=111, title="ABE QUILTER AF/1")
    F.doc(fn, "ABE_RECORDING")
    fn = "AF1 ABE summary.pdf"
    write_pdf(F.p(fn), [("title", "ABE summary AF/1"), ("p", f"URN {urn}. Bethany QUILTER 16.08.26 11:00-12:05, "
        "DC FELL. Booked car from wedding; driver stopped on Coldharbour Lane; got in the back; hand inside dress "
        "and underwear; fingers in vagina; she said no and pushed him; he drove her home; woke Andrew.")], head=head)
    F.doc(fn, "ABE_SUMMARY")

    fn = "MG11 FELL DC2201.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Amy FELL", "Over 18", "Detective Constable 2201", [
        "On 15.08.26 at 07:10 I arrested DRAYCOTT at his home. On 16.08.26 I interviewed Bethany QUILTER on video "
        "and produce the recording as AF/1. I obtained the Weald Cars booking and GPS record, exhibit AF/2."],
        "16.08.26", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "officer")

    # planted: unsigned and undated first-account statement
    b = mg11("classic", urn, "Andrew QUILTER", "Over 18", "Quantity surveyor", [
        "Bethany is my wife. At about 2am on 14 August 2026 she woke me. She was shaking and crying. She said the "
        "taxi driver had stopped in a lay-by, got in the back with her and 'put his fingers inside me' while she "
        "told him no. I rang 999 straight away."], "............................", "............................")
    write_pdf(F.p("MG11 QUILTER Andrew.pdf"), b, head=head, foot=foot)
    F.doc("MG11 QUILTER Andrew.pdf", "MG11", "first_account")

    fn = "MG11 Dr MENSAH SARC.pdf"
    write_pdf(F.p(fn), mg11("classic", urn, "Dr Akosua MENSAH", "Over 18", "Forensic physician", [
        "On 14.08.26 at 05:00 I examined Bethany QUILTER at Weald SARC with her written consent, including to "
        "release my notes. A 4 mm abrasion on the inner aspect of the left labia minora, consistent with recent "
        "digital penetration. Swabs AM/1-AM/4."], "20.08.26", "[signed]"), head=head, foot=foot)
    F.doc(fn, "MG11", "expert")
    fn = "SFR1 AW-26-3003.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "AW-26-3003", "Dr M. HALE", "22.09.26",
                                  "DRAYCOTT, Kevin", [["AM/3", "Inner thigh swab", "DNA matching DRAYCOTT."]],
                                  "DRAYCOTT's DNA on her inner thigh; he denies touching her."), head=head)
    F.doc(fn, "FORENSIC")
    fn = "AF2 Weald Cars booking + GPS.pdf"
    write_pdf(F.p(fn), [("title", "Weald Cars - booking 88120 - exhibit AF/2"),
        ("table", ["Time", "Event"], [["01:29", "Booked by B. QUILTER (app)"], ["01:31", "Picked up, Oakhurst Barn - driver K. DRAYCOTT"],
                                      ["01:42-01:51", "Vehicle stationary, Coldharbour Lane lay-by"], ["02:03", "Dropped off"]]),
        ("small", f"URN {urn}")])
    F.doc(fn, ["OTHER"])
    fn = "ROTI DRAYCOTT.pdf"
    write_pdf(F.p(fn), roti_blocks("mg15", urn, "DRAYCOTT Kevin John", "15.08.26 10:00-10:30", "Weald custody",
                                   "DC FELL, DC QURESHI, Mr L. GRANT", [
        ["10:03", "DRAYCOTT", "She said she felt sick so I stopped and opened the back door. I never touched her."],
        ["10:20", "DC QURESHI", "Nine minutes stationary."],
        ["10:20", "DRAYCOTT", "She was being sick. Then she got back in."],
        ["10:30", "DC QURESHI", "End."]], summary="Accepts stop; denies touching.", tape="AW-260815-3"), head=head)
    F.doc(fn, "ROTI")
    fn = "PNC DRAYCOTT.pdf"
    write_pdf(F.p(fn), pnc_suspect("table", urn, "DRAYCOTT, Kevin John", "30.06.74", "92/661204P", [],
                                   "15.08.26", "custody", "Ashdown Weald Police"), head=head)
    F.doc(fn, "PNC")
    fn = "Witness PNC.pdf"
    write_pdf(F.p(fn), pnc_witnesses("list", urn, [("Bethany QUILTER", "complainant", "no trace"),
                                                   ("Andrew QUILTER", "first account", "no trace")],
                                     "17.08.26", "DC QURESHI"), head=head)
    F.doc(fn, "PNC")
    fn = "MG6C QUILTER.docx"
    write_docx(F.p(fn), [("title", "MG6C - non-sensitive unused"), ("p", f"URN {urn}  R v DRAYCOTT"),
        ("table", ["No", "Description", "Location"], [
            ["1", "Incident log AW-20260814-0209 (999 call by Andrew QUILTER) - copy with file", "With file"],
            ["2", "Crime report AW/26/6034 - copy with file", "With file"],
            ["3", "PC HANLEY PNB 14.08.26 (first account)", "CID"],
            ["4", "Licensing authority e-mail: no internal camera fitted; no complaints about DRAYCOTT", "CID"],
            ["5", "Officer's notes of conversations with two wedding guests, 18.08.26", "CID"],
            ["6", "Weald Cars e-mail: no complaints about DRAYCOTT on file", "CID"],
            ["7", "Custody record DRAYCOTT 15.08.26", "Custody"],
        ])])
    F.doc(fn, "MG6C")
    fn = "MG6D QUILTER.pdf"
    write_pdf(F.p(fn), [("title", "MG6D"), ("p", f"URN {urn}"),
        ("table", ["No", "Description", "Reason"], [["1", "ISVA referral", "Personal data"]], (8, 60, 32))], head=head)
    F.doc(fn, "MG6D")
    fn = "MG12 QUILTER.pdf"
    write_pdf(F.p(fn), [("title", "MG12"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Item", "By"], [["AF/1", "ABE recording QUILTER", "DC FELL"],
                                          ["AF/2", "Weald Cars booking and GPS", "DC FELL"],
                                          ["AM/1-AM/4", "SARC swabs", "Dr MENSAH"]], (18, 60, 22))], head=head)
    F.doc(fn, "MG12")
    fn = "MG2 QUILTER.pdf"
    write_pdf(F.p(fn), [("title", "MG2"), ("kv", [("URN", urn), ("Witness", "Bethany QUILTER")]),
        ("p", "Eligible s.17(4). ABE as EIC; screens; s.28 - yes, she wants it; no intermediary; hearing loop.")],
              head=head)
    F.doc(fn, "MG2")
    fn = "Incident AW-20260814-0209.pdf"
    write_pdf(F.p(fn), [("mono", "ASHDOWN WEALD INCIDENT AW-20260814-0209\n02:09 999 ANDREW QUILTER: WIFE SEXUALLY "
        "ASSAULTED BY PRIVATE HIRE DRIVER ON WAY HOME.\n02:12 PC3318 HANLEY ASSIGNED  02:25 ON SCENE\n"
        f"URN {urn}")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report AW-26-6034.pdf"
    write_pdf(F.p(fn), [("title", "Crime report AW/26/6034"), ("kv", [("URN", urn),
        ("Offence", "Assault by penetration s.2"), ("Victim", "QUILTER Bethany, F, 45, hearing impairment"),
        ("Suspect", "DRAYCOTT Kevin")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "MG6C", "MG6D", "MG12",
               "MG2", "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "key_statements", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
           "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
           "one_urn"]
    expected(F.name, present, ["signed", "officer_statement"], mnf, F.docs, 1)


# ================================================================================================
# F5  FAULTY: no sensitive schedule (MG6D) at all; special measures not considered for a complainant
#     with a learning disability (no MG2, no intermediary assessment, no s.28 view) - Calderbrook
# ================================================================================================

def case_f5():
    F = Folder("61CB0299126 NASH")
    urn = "61CB0299126"
    head = "Calderbrook Constabulary - OFFICIAL-SENSITIVE"
    foot = "Page {p} of {n}"

    mg3 = [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", urn), ("Date", "8th July 2026"), ("Test", "Full Code Test"),
                ("Suspect", "FLETCHER, Wayne (born 11th November 1985), 7 Carder Street, Calderbrook"),
                ("Complainant", "NASH, Olivia (33)"),
                ("Offence", "Rape, s.1 SOA 2003, 7 Carder Street, 2nd May 2026 about 15:00")]),
        ("h", "Background"),
        ("p", "Olivia has a mild learning disability and lives in supported accommodation at Linden House. She "
              "met FLETCHER at the Thursday social club at Calderbrook Day Centre, where he volunteers."),
        ("h", "Summary"),
        ("p", "On Saturday 2nd May 2026 FLETCHER invited Olivia to his flat to 'watch a film'. She says he "
              "kissed her, then took her jeans off and put his penis in her vagina; she said 'no, I don't like "
              "it' and cried; he told her to be quiet and it would be over soon. Afterwards he walked her to the "
              "bus stop. At about 17:30 she told her support worker, Carol DENBY, that 'Wayne hurt my private "
              "parts and I said no'. Carol called the police at 17:45. PC 4410 SIMMS attended first at 18:20."),
        ("h", "Evidence"),
        ("p", "ABE 5th May 2026 (CL/1) by DC 1701 LANCASTER, Carol DENBY attending as supporter - recording, "
              "summary and statement enclosed. Carol DENBY (first account) and PC SIMMS statements. SARC "
              "(Dr RAHMAN): no injury. SFR1: semen, DNA matches FLETCHER."),
        ("h", "Suspect's account"),
        ("p", "Interview 4th May 2026: consensual; 'she wanted to be my girlfriend'; he did not think her "
              "disability affected her ability to choose. Issues: consent; capacity (s.30 SOA 2003 considered "
              "as an alternative - advice requested)."),
        ("h", "Lines of enquiry"),
        ("p", "Day centre manager: no previous concerns about FLETCHER; DBS check clear. Olivia's care records "
              "not requested - her support plan (which she and her advocate agreed to provide) describes her "
              "understanding of relationships and is on the MG6C. FLETCHER's phone: messages to Olivia "
              "('film at mine sat x') recovered. Olivia's phone not examined: she does not use it for messages "
              "except to staff."),
        ("h", "Outstanding"), ("p", "Nothing outstanding."),
        ("h", "Victim"),
        ("p", "Needs: Olivia needs information in easy-read format and her support worker or advocate present at "
              "every meeting; appointments in the morning. ISVA: referred 3rd May 2026 (CRASAS, Nicola HEWSON). "
              "VPS offered 5th May 2026 with easy-read leaflet; Carol will help her make one.\n"
              "Special measures: will be dealt with post-charge."),
        ("h", "Bail"),
        ("p", "Bail to 4th August 2026: not to contact Olivia NASH; not to attend Calderbrook Day Centre or Linden "
              "House."),
        ("h", "Early advice"), ("p", "Not sought - we considered the evidence sufficient to go straight to charge."),
        ("h", "Unused material"),
        ("p", "MG6C attached. PNC for FLETCHER (no trace) and witness PNCs (nil) attached."),
        ("h", "OIC"),
        ("p", "DC 3005 Lewis ARKWRIGHT, PPU. 01632 960238. lewis.arkwright@calderbrook.police.example. Supervisor "
              "DS 2209 Gareth LOWE - reviewed 7th July 2026."),
    ]
    fn = "MG3 NASH.pdf"
    write_pdf(F.p(fn), mg3, head=head, foot=foot)
    F.doc(fn, "MG3")

    fn = "CL-1 ABE NASH.mp4"
    write_video(F.p(fn), 4, ["HARBOUR VIEW SUITE CAM2  05/05/2026 10:30", "REC"], seed=121, title="ABE NASH CL/1")
    F.doc(fn, "ABE_RECORDING")
    fn = "CL-1 ABE summary.pdf"
    write_pdf(F.p(fn), [("title", "ABE summary CL/1"), ("p", f"URN {urn}. Olivia NASH 05/05/2026 10:30-11:20. DC "
        "LANCASTER. Supporter: Carol DENBY. Film at Wayne's; kissing; jeans off; 'he put his willy in my private "
        "parts'; she said no and cried; he said be quiet; walked to bus. Some questions had to be rephrased "
        "several times; Olivia became confused by questions about times.")], head=head)
    F.doc(fn, "ABE_SUMMARY")

    def st(fn, name, occ, paras, date, role, sig="[signed]"):
        write_pdf(F.p(fn), mg11("classic", urn, name, "Over 18", occ, paras, date, sig), head=head, foot=foot)
        F.doc(fn, "MG11", role)
    st("MG11 LANCASTER.pdf", "Claire LANCASTER", "Detective Constable 1701", [
        "On 05/05/2026 I interviewed Olivia NASH on video at the Harbour View suite with her support worker present "
        "as supporter. I produce the recording as exhibit CL/1."], "05/05/2026", "officer")
    st("MG11 SIMMS.pdf", "Darren SIMMS", "Police Constable 4410", [
        "At 18:20 on 02/05/2026 I attended Linden House, the first officer there. Olivia NASH, with her support "
        "worker, told me 'Wayne hurt my private parts and I said no' at his flat that afternoon."],
       "02/05/2026", "officer")
    st("MG11 DENBY Carol.pdf", "Carol DENBY", "Support worker, Linden House", [
        "I am Olivia NASH's key support worker. At about 17:30 on 2nd May 2026 Olivia came back to Linden House "
        "and went to her room crying. When I went in she said 'Wayne hurt my private parts and I said no'. I "
        "called the police at 17:45."], "03/05/2026", "first_account")
    st("MG11 Dr RAHMAN.pdf", "Dr Farida RAHMAN", "Forensic physician", [
        "On 02/05/2026 I examined Olivia NASH at Calderbrook SARC with her consent, given with her support worker "
        "and assessed by me as informed, including to release of my notes. No injuries. Swabs FR/1-FR/3."],
       "10/05/2026", "expert")
    fn = "SFR1 CB-26-0588.pdf"
    write_pdf(F.p(fn), sfr_blocks(urn, "Meridian Forensics Ltd", "CB-26-0588", "Ms E. BOND", "16/06/2026",
                                  "FLETCHER, Wayne", [["FR/2", "HVS", "Semen; DNA matches FLETCHER."]],
                                  "Intercourse confirmed; consent/capacity in issue."), head=head)
    F.doc(fn, "FORENSIC")
    fn = "ROTI FLETCHER.pdf"
    write_pdf(F.p(fn), roti_blocks("roti", urn, "FLETCHER Wayne", "04/05/2026 13:00-13:40", "Calderbrook custody",
                                   "DC ARKWRIGHT, Ms P. OGDEN", [
        ["13:02", "FLETCHER", "She wanted to. She wants to be my girlfriend."],
        ["13:15", "DC ARKWRIGHT", "Did she say no?"], ["13:15", "FLETCHER", "No."],
        ["13:40", "DC ARKWRIGHT", "End."]], tape="CB-260504-2"), head=head)
    F.doc(fn, "ROTI")
    fn = "PNC FLETCHER.pdf"
    write_pdf(F.p(fn), pnc_suspect("print", urn, "FLETCHER, Wayne", "11/11/1985", "04/338812R", [], "04/05/2026",
                                   "custody", "Calderbrook Constabulary"))
    F.doc(fn, "PNC")
    fn = "PNC witnesses NASH.pdf"
    write_pdf(F.p(fn), pnc_witnesses("table", urn, [["Olivia NASH", "complainant", "No trace"],
                                                     ["Carol DENBY", "first account", "No trace"]],
                                     "06/05/2026", "DC ARKWRIGHT"), head=head)
    F.doc(fn, "PNC")
    fn = "MG6C NASH.xlsx"
    write_xlsx(F.p(fn), [("MG6C", ["MG6C Schedule of non-sensitive unused material", f"URN {urn} R v FLETCHER"],
        ["No", "Description", "Location"], [
        [1, "STORM log 61-20260502-1745 (call by Carol DENBY) - copy with file", "With file"],
        [2, "Crime report CRI 61/2026/007719 - copy with file", "With file"],
        [3, "PC SIMMS PNB 02/05/2026", "PPU"],
        [4, "Day centre manager e-mail 06/05/2026: no concerns about FLETCHER; volunteer DBS clear", "PPU"],
        [5, "Extraction report of FLETCHER's phone (suspect device) 12/05/2026", "DFU"],
        [6, "Custody record FLETCHER 04/05/2026", "Custody"],
        [7, "ABE interview plan, DC LANCASTER, 04/05/2026", "PPU"],
        [8, "Olivia's Linden House support plan (relationships section), handed over by Olivia with her advocate 20/05/2026", "PPU"],
    ], [6, 90, 14])])
    F.doc(fn, "MG6C")
    fn = "MG12 NASH.pdf"
    write_pdf(F.p(fn), [("title", "MG12"), ("p", f"URN {urn}"),
        ("table", ["Ref", "Item", "By"], [["CL/1", "ABE recording NASH", "DC LANCASTER"],
                                          ["FR/1-FR/3", "SARC swabs", "Dr RAHMAN"]], (18, 60, 22))], head=head)
    F.doc(fn, "MG12")
    fn = "STORM 61-20260502-1745.pdf"
    write_pdf(F.p(fn), [("mono", "CALDERBROOK STORM 61-20260502-1745\n17:45 CAROL DENBY SUPPORT WORKER LINDEN HOUSE: "
        "RESIDENT OLIVIA (LD) DISCLOSED RAPE BY MALE WAYNE AT HIS FLAT TODAY.\n17:50 PC4410 SIMMS. 18:20 ON SCENE.\n"
        f"URN {urn}")])
    F.doc(fn, "INCIDENT_LOG")
    fn = "Crime report CRI-61-2026-007719.pdf"
    write_pdf(F.p(fn), [("title", "Crime report CRI 61/2026/007719"), ("kv", [("URN", urn), ("Offence", "Rape"),
        ("Victim", "NASH Olivia, F, 33, learning disability"), ("Suspect", "FLETCHER Wayne")])], head=head)
    F.doc(fn, "CRIME_REPORT")

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "MG6C", "MG12",
               "INCIDENT_LOG", "CRIME_REPORT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
           "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "files_readable",
           "one_urn"]
    expected(F.name, present, ["mg6d", "special_measures"], mnf, F.docs, 1)


# ================================================================================================

def main():
    global OUT
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    OUT = os.path.abspath(sys.argv[1])
    os.makedirs(OUT, exist_ok=True)
    for fn in (case_c1, case_c2, case_c3, case_c4, case_c5, case_c6, case_c7, case_c8,
               case_f1, case_f2, case_f3, case_f4, case_f5):
        fn()
    return 0


if __name__ == "__main__":
    sys.exit(main())
