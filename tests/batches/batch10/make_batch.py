#!/usr/bin/env python3
"""batch10: first submissions from four (fictional) forces in one week, 7-11 December 2026.

Run:  /work/main/.venv/bin/python make_batch.py OUTDIR
Writes one folder per case and NAME.expected.json beside it. Deterministic: seeded randomness,
fixed PDF/DOCX/XLSX dates, fixed zip entry times. All names, places and numbers are invented.
"""
import datetime as _dt
import io
import json
import math
import os
import random
import re
import shutil
import struct
import sys
import wave
import zipfile

import av
import numpy as np
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = "/usr/share/fonts/truetype/dejavu/"
FIXED = _dt.datetime(2026, 12, 7, 9, 0, 0, tzinfo=_dt.timezone.utc)
ZIPTIME = (2026, 12, 7, 9, 0, 0)

# --------------------------------------------------------------------------------------------
# generic document model: a list of blocks
#   ('title', text) ('sub', text) ('small', text) ('h', text) ('p', text) ('kv', [(k, v)])
#   ('urn', urn) ('table', headings, rows, widths) ('box', heading, [paras]) ('gap', mm)
#   ('page',) ('right', text) ('mono', [lines])
# --------------------------------------------------------------------------------------------

FAMILIES = {"sans": "DejaVuSans", "serif": "DejaVuSerif", "mono": "DejaVuSansMono",
            "cond": "DejaVuSansCondensed"}


class _PDF(FPDF):
    head_text = ""
    foot_text = ""
    foot_left = ""
    fam = "sans"

    def header(self):
        if self.head_text:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80)
            self.cell(0, 4, self.head_text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0)
            self.ln(2)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.fam, "", 7.5)
        self.set_text_color(60)
        if self.foot_left:
            self.cell(0, 4, self.foot_left.replace("{p}", str(self.page_no())), align="L",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if self.foot_text:
            self.cell(0, 4, self.foot_text.replace("{p}", str(self.page_no())), align="C")
        self.set_text_color(0)


def _new_pdf(fam="sans", head="", foot="", foot_left="", landscape=False):
    pdf = _PDF(orientation="L" if landscape else "P", unit="mm", format="A4")
    for f in sorted({fam, "mono"}):
        base = FAMILIES[f]
        pdf.add_font(f, "", FONTS + base + ".ttf")
        bold = {"sans": "DejaVuSans-Bold", "serif": "DejaVuSerif-Bold", "mono": "DejaVuSansMono-Bold",
                "cond": "DejaVuSansCondensed-Bold"}[f]
        pdf.add_font(f, "B", FONTS + bold + ".ttf")
        ital = {"sans": "DejaVuSans-Oblique", "serif": "DejaVuSerif-Italic", "mono": "DejaVuSansMono-Oblique",
                "cond": "DejaVuSansCondensed-Oblique"}[f]
        pdf.add_font(f, "I", FONTS + ital + ".ttf")
    pdf.fam = fam
    pdf.head_text = head
    pdf.foot_text = foot
    pdf.foot_left = foot_left
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages("{nb}")
    return pdf


def write_pdf(path, blocks, fam="sans", head="", foot="Page {p} of {nb}", foot_left="", size=9.5,
              landscape=False, boxed=False, title=None):
    pdf = _new_pdf(fam, head, foot, foot_left, landscape)
    if title:
        pdf.set_title(title)
    pdf.set_producer("casefile export")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", size + 4)
            pdf.multi_cell(W, 7, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "sub":
            pdf.set_font(fam, "B", size + 1)
            pdf.multi_cell(W, 5.5, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "small":
            pdf.set_font(fam, "", size - 2)
            pdf.multi_cell(W, 3.8, b[1], align=b[2] if len(b) > 2 else "L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.5)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fam, "B", size + 0.5)
            if boxed:
                pdf.set_fill_color(215, 215, 215)
                pdf.multi_cell(W, 5.5, b[1], border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(W, 5.5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, size * 0.5, b[1], border=("LRB" if boxed else 0), padding=(1, 1.5) if boxed else 0,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            if not boxed:
                pdf.ln(1.2)
        elif kind == "right":
            pdf.set_font(fam, "", size)
            pdf.multi_cell(W, size * 0.5, b[1], align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "mono":
            pdf.set_font("mono", "", size - 1.5)
            for line in b[1]:
                pdf.multi_cell(W, (size - 1.5) * 0.48, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "kv":
            pdf.set_font(fam, "", size)
            kw = b[2] if len(b) > 2 else 0.32
            with pdf.table(col_widths=(kw, 1 - kw), first_row_as_headings=False, line_height=size * 0.5,
                           text_align="LEFT", padding=1) as t:
                for k, v in b[1]:
                    r = t.row()
                    pdf.set_font(fam, "B", size - 0.5)
                    r.cell(k)
                    pdf.set_font(fam, "", size)
                    r.cell(v)
            pdf.ln(1.5)
        elif kind == "urn":
            pdf.set_font(fam, "B", size)
            pdf.cell(14, 7, "URN", border=0)
            urn = b[1]
            groups = [urn[0:2], urn[2:4], urn[4:9], urn[9:11]]
            for gi, g in enumerate(groups):
                for ch in g:
                    pdf.cell(6, 7, ch, border=1, align="C")
                if gi < 3:
                    pdf.cell(4, 7, "/", align="C")
            pdf.ln(9)
        elif kind == "table":
            heads, rows, widths = b[1], b[2], b[3]
            fs = b[4] if len(b) > 4 else size - 1
            pdf.set_font(fam, "", fs)
            with pdf.table(col_widths=widths, line_height=fs * 0.48, text_align="LEFT", padding=0.8,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
                           repeat_headings=1) as t:
                hr = t.row()
                pdf.set_font(fam, "B", fs)
                for h in heads:
                    hr.cell(h)
                pdf.set_font(fam, "", fs)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif kind == "box":
            pdf.ln(1)
            pdf.set_font(fam, "B", size)
            pdf.set_fill_color(225, 225, 225)
            pdf.multi_cell(W, 5.5, b[1], border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font(fam, "", size)
            text = "\n\n".join(b[2])
            pdf.multi_cell(W, size * 0.5, text, border=1, padding=(1.5, 1.5),
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "gap":
            pdf.ln(b[1])
        elif kind == "page":
            pdf.add_page()
    pdf.output(path)


def write_docx(path, blocks, head="", foot="", size=10.5, font="Arial", landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
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
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 4)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 1)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.font.size = Pt(size - 2)
        elif kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(size + 0.5)
        elif kind in ("p", "right"):
            p = doc.add_paragraph(b[1])
            if kind == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "mono":
            for line in b[1]:
                p = doc.add_paragraph()
                r = p.add_run(line); r.font.name = "Courier New"; r.font.size = Pt(size - 1.5)
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = ""
                rr = cells[0].paragraphs[0].add_run(k); rr.bold = True
                cells[1].text = v
            doc.add_paragraph()
        elif kind == "urn":
            p = doc.add_paragraph()
            r = p.add_run("URN: "); r.bold = True
            u = b[1]
            p.add_run(" | ".join([u[0:2], u[2:4], u[4:9], u[9:11]]))
        elif kind == "table":
            heads, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                t.rows[0].cells[i].text = ""
                rr = t.rows[0].cells[i].paragraphs[0].add_run(h); rr.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=2, cols=1)
            t.style = "Table Grid"
            t.rows[0].cells[0].text = ""
            rr = t.rows[0].cells[0].paragraphs[0].add_run(b[1]); rr.bold = True
            c = t.rows[1].cells[0]
            c.text = b[2][0] if b[2] else ""
            for para in b[2][1:]:
                c.add_paragraph(para)
            doc.add_paragraph()
        elif kind == "gap":
            doc.add_paragraph()
        elif kind == "page":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "casefile"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "casefile"
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite an OOXML zip with fixed entry times (determinism)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(<)",
                              rb"\g<1>2026-12-07T09:00:00Z\3", data)
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def blocks_to_lines(blocks, width=88):
    """Plain text lines for scans and photos."""
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub"):
            out.append(("B", b[1].center(width)))
            out.append(("", ""))
        elif k == "h":
            out.append(("", ""))
            out.append(("B", b[1]))
        elif k in ("p", "small", "right"):
            for para in b[1].split("\n"):
                for line in textwrap.wrap(para, width) or [""]:
                    out.append(("", line))
            out.append(("", ""))
        elif k == "kv":
            for key, v in b[1]:
                lines = textwrap.wrap(f"{key}: {v}", width)
                for i, line in enumerate(lines):
                    out.append(("", ("    " if i else "") + line))
            out.append(("", ""))
        elif k == "urn":
            u = b[1]
            out.append(("B", f"URN  {u[0:2]} / {u[2:4]} / {u[4:9]} / {u[9:11]}"))
        elif k == "box":
            out.append(("B", b[1]))
            for para in b[2]:
                for line in textwrap.wrap(para, width):
                    out.append(("", line))
                out.append(("", ""))
        elif k == "mono":
            for line in b[1]:
                out.append(("", line))
        elif k == "table":
            out.append(("B", " | ".join(b[1])))
            for row in b[2]:
                for line in textwrap.wrap(" | ".join(str(c) for c in row), width):
                    out.append(("", line))
        elif k == "page":
            out.append(("PAGE", ""))
        elif k == "gap":
            out.append(("", ""))
    return out


def render_page_images(lines, dpi=200, per_page=None, seed=1, head="", foot=""):
    """Draw text lines onto A4 grayscale pages (a scanned look). Returns list of PIL images."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    pt = dpi / 72.0
    f = ImageFont.truetype(FONTS + "DejaVuSerif.ttf", int(10.5 * pt))
    fb = ImageFont.truetype(FONTS + "DejaVuSerif-Bold.ttf", int(10.5 * pt))
    fs = ImageFont.truetype(FONTS + "DejaVuSans.ttf", int(8 * pt))
    lh = int(15.5 * pt)
    top, left = int(0.8 * dpi), int(0.75 * dpi)
    per = per_page or int((H - 2 * top) / lh)
    pages, cur = [], []
    for ln in lines:
        if ln[0] == "PAGE" or len(cur) >= per:
            pages.append(cur); cur = []
            if ln[0] == "PAGE":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    imgs = []
    n = len(pages)
    for pi, pg in enumerate(pages):
        im = Image.new("L", (W, H), 246)
        d = ImageDraw.Draw(im)
        if head:
            d.text((W // 2, int(0.45 * dpi)), head, font=fs, fill=60, anchor="mm")
        y = top
        for style, text in pg:
            d.text((left, y), text, font=fb if style == "B" else f, fill=rnd.randint(10, 35))
            y += lh
        d.text((W // 2, H - int(0.45 * dpi)), (foot or "Page {p} of {n}").format(p=pi + 1, n=n),
               font=fs, fill=60, anchor="mm")
        arr = np.asarray(im).astype(np.int16)
        noise = np.random.default_rng(seed + pi).integers(-9, 10, arr.shape)
        arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
        im = Image.fromarray(arr, "L").rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC,
                                               fillcolor=246)
        imgs.append(im)
    return imgs


def write_scanned_pdf(path, lines, seed=1, head="", foot=""):
    imgs = render_page_images(lines, dpi=200, seed=seed, head=head, foot=foot)
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("KM-C3350 Scan")
    for im in imgs:
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=62)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(path)


def write_phone_photo(path, lines, seed=2, angle=-3.2):
    """A phone photo of one printed page on a desk: rotated, slightly keystoned, uneven light."""
    imgs = render_page_images(lines, dpi=150, seed=seed, per_page=10_000)
    page = imgs[0].convert("RGB")
    pw, ph = page.size
    W, H = pw + 260, ph + 300
    bg = Image.new("RGB", (W, H), (92, 70, 52))
    rnd = np.random.default_rng(seed)
    grain = rnd.integers(-12, 12, (H, W, 1))
    bga = np.clip(np.asarray(bg).astype(np.int16) + grain, 0, 255).astype(np.uint8)
    bg = Image.fromarray(bga, "RGB")
    # keystone: top edge narrower than bottom
    dx = 38
    coeffs = _find_coeffs([(dx, 0), (pw - dx, 0), (pw, ph), (0, ph)], [(0, 0), (pw, 0), (pw, ph), (0, ph)])
    warped = page.transform((pw, ph), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(92, 70, 52))
    mask = Image.new("L", (pw, ph), 255).transform((pw, ph), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    bg.paste(warped, (130, 150), mask)
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(80, 60, 45))
    # lighting gradient
    arr = np.asarray(bg).astype(np.float32)
    gx = np.linspace(1.04, 0.86, W)[None, :, None]
    gy = np.linspace(1.0, 0.93, H)[:, None, None]
    arr = np.clip(arr * gx * gy, 0, 255).astype(np.uint8)
    out = Image.fromarray(arr, "RGB").resize((int(W * 0.9), int(H * 0.9)), Image.LANCZOS)
    out = out.filter(ImageFilter.GaussianBlur(0.4))
    out.save(path, "JPEG", quality=80)


def _find_coeffs(pa, pb):
    matrix = []
    for p1, p2 in zip(pa, pb):
        matrix.append([p1[0], p1[1], 1, 0, 0, 0, -p2[0] * p1[0], -p2[0] * p1[1]])
        matrix.append([0, 0, 0, p1[0], p1[1], 1, -p2[1] * p1[0], -p2[1] * p1[1]])
    A = np.array(matrix, dtype=np.float64)
    B = np.array(pb, dtype=np.float64).reshape(8)
    res = np.linalg.solve(A, B)
    return res.tolist()


def write_video(path, caption_lines, seconds=4, fps=10, size=(320, 240), seed=3, codec="libx264",
                scene="abe", clock_start=(10, 2, 13)):
    """A short real video: a plain room scene with a burnt-in caption and running clock, with audio."""
    rnd = random.Random(seed)
    W, H = size
    out = av.open(path, "w", format="mp4")
    vs = out.add_stream(codec, rate=fps)
    vs.width, vs.height = W, H
    vs.pix_fmt = "yuv420p"
    if codec == "libx264":
        vs.options = {"preset": "veryfast", "crf": "30", "threads": "1"}
        vs.thread_count = 1
    else:
        vs.bit_rate = 250_000
    sr = 22050
    as_ = out.add_stream("aac", rate=sr)
    as_.layout = "mono"
    font = ImageFont.truetype(FONTS + "DejaVuSansMono.ttf", 10)
    fontb = ImageFont.truetype(FONTS + "DejaVuSans-Bold.ttf", 11)
    h0, m0, s0 = clock_start
    for i in range(seconds * fps):
        if scene == "abe":
            im = Image.new("RGB", (W, H), (196, 186, 160))
            d = ImageDraw.Draw(im)
            d.rectangle([0, int(H * 0.62), W, H], fill=(110, 120, 135))  # carpet
            d.rectangle([40, 90, 120, 170], fill=(70, 90, 130))  # chair 1
            d.rectangle([200, 90, 280, 170], fill=(70, 90, 130))  # chair 2
            d.ellipse([150, 120, 172, 142], fill=(150, 110, 70))  # table plant
            sway = int(3 * math.sin(i / 4.0))
            d.ellipse([62 + sway, 55, 98 + sway, 95], fill=(60, 50, 45))
            d.ellipse([222, 55 + sway, 258, 95 + sway], fill=(85, 70, 60))
        elif scene == "cctv":
            im = Image.new("RGB", (W, H), (40, 44, 48))
            d = ImageDraw.Draw(im)
            d.polygon([(0, H), (W, H), (W * 0.7, H * 0.35), (W * 0.3, H * 0.35)], fill=(70, 72, 74))
            x = 30 + i * 6
            d.rectangle([x, 120, x + 14, 170], fill=(150, 150, 160))
            d.rectangle([W - x // 2 - 20, 110, W - x // 2, 165], fill=(120, 100, 90))
        else:  # bwv
            im = Image.new("RGB", (W, H), (30, 30, 36))
            d = ImageDraw.Draw(im)
            d.rectangle([60 + i % 5, 50, 260 + i % 5, 200], fill=(120, 110, 96))
            d.rectangle([140, 120, 190, 200], fill=(60, 40, 30))
        secs = s0 + i // fps
        clock = f"{h0:02d}:{(m0 + secs // 60) % 60:02d}:{secs % 60:02d}"
        d.rectangle([0, 0, W, 14 * len(caption_lines) + 4], fill=(0, 0, 0))
        for li, cl in enumerate(caption_lines):
            d.text((4, 2 + 14 * li), cl.replace("{clock}", clock), font=font, fill=(255, 255, 255))
        d.text((W - 60, H - 16), clock, font=fontb, fill=(255, 255, 0))
        frame = av.VideoFrame.from_image(im)
        for pkt in vs.encode(frame):
            out.mux(pkt)
    for pkt in vs.encode():
        out.mux(pkt)
    # audio: low murmur-ish tone
    n = sr * seconds
    t = np.arange(n) / sr
    sig = (0.05 * np.sin(2 * np.pi * 180 * t) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.7 * t))).astype(np.float32)
    frame_size = as_.codec_context.frame_size or 1024
    pts = 0
    for start in range(0, n, frame_size):
        chunk = sig[start:start + frame_size]
        if len(chunk) < frame_size:
            chunk = np.pad(chunk, (0, frame_size - len(chunk)))
        af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
        af.sample_rate = sr
        af.pts = pts
        pts += frame_size
        for pkt in as_.encode(af):
            out.mux(pkt)
    for pkt in as_.encode():
        out.mux(pkt)
    out.close()


def write_wav(path, seconds=5, seed=4):
    sr = 8000
    rng = np.random.default_rng(seed)
    t = np.arange(sr * seconds) / sr
    sig = 0.08 * np.sin(2 * np.pi * 400 * t) * (t < 0.6) + 0.03 * rng.standard_normal(len(t))
    sig += 0.06 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * 1.3 * t) > 0) * (t > 1)
    data = (np.clip(sig, -1, 1) * 32767).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(sr)
        w.writeframes(data)


def write_xlsx(path, sheets):
    """sheets: list of (title, preamble_lines, headings, rows, widths)."""
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="888888")
    for title, pre, heads, rows, widths in sheets:
        ws = wb.create_sheet(title)
        r = 1
        for i, line in enumerate(pre):
            ws.cell(row=r, column=1, value=line).font = Font(bold=(i == 0), size=12 if i == 0 else 10)
            r += 1
        r += 1
        for ci, h in enumerate(heads, 1):
            c = ws.cell(row=r, column=ci, value=h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="D9D9D9")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            r += 1
            for ci, v in enumerate(row, 1):
                c = ws.cell(row=r, column=ci, value=v)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        for ci, w in enumerate(widths, 1):
            ws.column_dimensions[chr(64 + ci)].width = w
    wb.properties.creator = "casefile"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.save(path)
    normalize_zip(path)


def write_eml(path, frm, to, subject, date, body):
    msg = (f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMIME-Version: 1.0\n"
           f"Content-Type: text/plain; charset=utf-8\n\n{body}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(msg)

# --------------------------------------------------------------------------------------------
# shared pieces: MG11 conventions and standard forms
# --------------------------------------------------------------------------------------------

DECL = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge "
        "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to "
        "prosecution if I have wilfully stated in it anything which I know to be false, or do not "
        "believe to be true.")


def _pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def mg11(path, conv, urn, st, force=""):
    """Write one MG11 in a force's own convention.
    st: name, age, occ, date, body (paras), sig (signature mark), wit (witnessed by), rear (list kv) opt,
        unsigned (bool) opt.
    conv: 'nat' national form PDF with (Sgd); 'typed' DOCX typed copy with [signed];
          'plain' serif PDF with 'Signed: A. Person'; 'esign' record-system PDF with e-signature;
          'scan' image-only PDF; 'photo' JPEG phone photo; 'nat_docx' national form layout in DOCX."""
    unsigned = st.get("unsigned")
    sig = st["sig"]
    date = st["date"]

    def blocks(n):
        b = []
        if conv in ("nat", "nat_docx", "scan", "photo"):
            b += [("small", "OFFICIAL-SENSITIVE (when complete)", "C"), ("right", "MG11"),
                  ("title", "WITNESS STATEMENT"),
                  ("small", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
                            "Magistrates' Courts Act 1980, s. 5B", "C"),
                  ("urn", urn),
                  ("kv", [("Statement of", st["name"]), ("Age if under 18", st.get("age", "Over 18")),
                          ("Occupation", st["occ"])], 0.25),
                  ("p", DECL.format(n=n)),
                  ("p", ("Signature: ..............................    Date: ....................") if unsigned
                   else f"Signature: {sig}        Date: {date}"),
                  ("small", "Tick if witness evidence is visually recorded [ ]  (supply witness details on rear)"),
                  ("gap", 2)]
            b += [("p", para) for para in st["body"]]
            if not unsigned:
                b += [("p", f"Signature: {sig}        Signature witnessed by: {st.get('wit', '')}")]
            else:
                b += [("p", "Signature: ..............................    Signature witnessed by: ..................")]
        elif conv == "typed":
            b += [("small", "OFFICIAL SENSITIVE", "C"),
                  ("sub", f"{force} — TYPED COPY OF SIGNED ORIGINAL"),
                  ("title", "WITNESS STATEMENT (MG11)"),
                  ("small", "CJ Act 1967, s.9; MC Act 1980, s.5B; Criminal Procedure Rules r.16.2", "C"),
                  ("p", f"URN: {urn}"),
                  ("p", f"Statement of: {st['name']}\nAge if under 18: {st.get('age', 'Over 18')}\n"
                        f"Occupation: {st['occ']}"),
                  ("p", DECL.format(n=n)),
                  ("p", f"Signature: [signed]            Date: {date}")]
            b += [("p", para) for para in st["body"]]
            b += [("p", f"Signature: [signed]     Signature witnessed by: [signed] {st.get('wit', '')}"),
                  ("small", "The signed original of this statement is retained by the officer in the case.")]
        elif conv == "plain":
            b += [("right", "Form MG11(T)"),
                  ("title", "Witness Statement"),
                  ("small", "(Criminal Justice Act 1967, section 9; Magistrates' Courts Act 1980, section 5B; "
                            "Criminal Procedure Rules, rule 16.2)", "C"),
                  ("p", f"URN  {urn}"),
                  ("p", f"Name: {st['name']}      Age: {st.get('age', 'over 18')}      Occupation: {st['occ']}"),
                  ("p", DECL.format(n=n)),
                  ("p", f"Signed: {sig}       Dated: {date}"),
                  ("gap", 2)]
            b += [("p", para) for para in st["body"]]
            b += [("p", f"Signed: {sig}"), ("p", f"Statement taken by: {st.get('wit', '')}")]
        elif conv == "esign":
            b += [("small", f"{force} | Statement Manager | export of completed statement", "L"),
                  ("title", "MG11 WITNESS STATEMENT"),
                  ("small", "Criminal Justice Act 1967 s.9 / Magistrates' Courts Act 1980 s.5B / CrimPR 16.2"),
                  ("kv", [("URN", urn), ("Witness", st["name"]), ("Age", st.get("age", "18+")),
                          ("Occupation", st["occ"])], 0.22),
                  ("h", "Declaration"),
                  ("p", DECL.format(n=n)),
                  ("p", "Witness signature: ____________________   Date: __________") if unsigned else
                  ("p", f"Witness signature: {sig} (signed electronically on handheld device, {date} "
                        f"{st.get('time', '17:40')})   Date: {date}"),
                  ("h", "Statement")]
            b += [("p", para) for para in st["body"]]
            if not unsigned:
                b += [("p", f"Witness signature: {sig} (e-signed {date})"),
                      ("p", f"Taken by: {st.get('wit', '')}")]
            else:
                b += [("p", "Witness signature: ____________________"),
                      ("p", f"Taken by: {st.get('wit', '')}")]
        if st.get("rear"):
            b += [("page",), ("small", "RESTRICTED WHEN COMPLETE — NOT FOR DISCLOSURE — rear of MG11", "C"),
                  ("h", "Witness contact details and needs"), ("kv", st["rear"], 0.42)]
        return b

    if conv in ("nat", "plain", "esign"):
        fam = {"nat": "sans", "plain": "serif", "esign": "cond"}[conv]
        foot = "Page {p} of {nb}"
        foot_left = ""
        if conv == "nat":
            foot_left = ("Signature: ............................" if unsigned else f"Signature: {sig}") + \
                        f"      Signature witnessed by: {st.get('wit', '')}"
        n = 1
        for _ in range(3):
            write_pdf(path, blocks(n), fam=fam, foot=foot, foot_left=foot_left,
                      head="OFFICIAL-SENSITIVE" if conv != "plain" else "", size=9.5)
            real = _pdf_pages(path) - (1 if st.get("rear") else 0)
            if real == n:
                break
            n = real
    elif conv == "typed":
        n = max(1, sum(len(p) for p in st["body"]) // 2600 + 1)
        write_docx(path, blocks(n), head=f"{force} — OFFICIAL SENSITIVE", foot=f"URN {urn} — typed copy")
    elif conv == "nat_docx":
        n = max(1, sum(len(p) for p in st["body"]) // 2600 + 1)
        write_docx(path, blocks(n), head="OFFICIAL-SENSITIVE (when complete)", foot="MG11")
    elif conv == "scan":
        lines = blocks_to_lines(blocks(1))
        n = max(1, math.ceil(len(lines) / 62))
        lines = blocks_to_lines(blocks(n))
        write_scanned_pdf(path, lines, seed=len(st["name"]), head="OFFICIAL-SENSITIVE (when complete)",
                          foot="Page {p} of {n}     Signature: " + sig)
    elif conv == "photo":
        lines = blocks_to_lines(blocks(1), width=84)
        write_phone_photo(path, lines, seed=len(st["name"]))


def schedule_rows_pdf(path, kind, force, urn, rv, rows, officer, date, fam="sans", head=""):
    """MG6C / MG6D as a PDF table (landscape, runs over pages with repeated headings)."""
    if kind == "MG6C":
        title = "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"
        heads = ["Item No.", "Description and relative location", "Location",
                 "Disclosure officer's comment", "CPS use (D / I / CND)"]
        widths = (10, 90, 35, 90, 25)
    else:
        title = "POLICE SCHEDULE OF SENSITIVE MATERIAL"
        heads = ["Item No.", "Description", "Reason for sensitivity", "Disclosure officer's comment",
                 "CPS: agree / disagree"]
        widths = (10, 80, 60, 75, 25)
    blocks = [("small", "OFFICIAL-SENSITIVE (when complete)", "C"), ("right", kind),
              ("title", title),
              ("kv", [("URN", urn), ("R v", rv), ("Force", force), ("Disclosure officer", officer),
                      ("Date", date)], 0.2),
              ("table", heads, rows, widths, 8)]
    if kind == "MG6D" and not rows:
        blocks = blocks[:-1] + [("p", "NIL RETURN. Having reviewed all of the material retained in this "
                                      "investigation I certify that there is no sensitive material to be "
                                      "listed on this schedule."), ("p", f"Signed: {officer}   Date: {date}")]
    else:
        blocks.append(("p", f"Signed (disclosure officer): {officer}     Date: {date}"))
    write_pdf(path, blocks, fam=fam, landscape=True, head=head or "OFFICIAL-SENSITIVE",
              foot=f"{kind}   URN {urn}   Page {{p}} of {{nb}}")


def schedule_xlsx(path, kind, force, urn, rv, rows, officer, date):
    if kind == "MG6C":
        pre = ["MG6C — POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"Force: {force}", f"URN: {urn}",
               f"R v {rv}", f"Disclosure officer: {officer}    Date: {date}"]
        heads = ["Item No.", "Description and relative location", "Location", "DO comment",
                 "CPS use: D / I / CND"]
        widths = [9, 70, 24, 60, 16]
    else:
        pre = ["MG6D — POLICE SCHEDULE OF SENSITIVE MATERIAL", f"Force: {force}", f"URN: {urn}", f"R v {rv}",
               f"Disclosure officer: {officer}    Date: {date}"]
        heads = ["Item No.", "Description", "Reason for sensitivity", "DO comment", "CPS: agree / disagree"]
        widths = [9, 60, 45, 60, 16]
        if not rows:
            rows = [["—", "NIL RETURN: no sensitive material is held in this investigation.", "", "", ""]]
    write_xlsx(path, [(kind, pre, heads, rows, widths)])


def pnc_print(path, urn, subject, records, checked_by, date, scan=False, force=""):
    lines = [f"PNC PRINT — {force}", f"Requested by: {checked_by}   Date: {date}   Case URN: {urn}",
             "-" * 78]
    for who, out in records:
        lines.append(f"SUBJECT: {who}")
        for o in out:
            lines.append("   " + o)
        lines.append("-" * 78)
    blocks = [("title", subject), ("mono", lines)]
    if scan:
        write_scanned_pdf(path, blocks_to_lines(blocks, width=80), seed=7, head="OFFICIAL-SENSITIVE")
    else:
        write_pdf(path, blocks, fam="mono", head="OFFICIAL-SENSITIVE", foot="PNC print — page {p} of {nb}")


def write_expected(outdir, name, stage, exit_code, present, must_fail, must_not_fail, docs):
    e = {"case": name, "stage": stage}
    if exit_code is not None:
        e["exit"] = exit_code
    e.update({"present_types": present, "must_fail": must_fail, "must_not_fail": must_not_fail,
              "docs": docs})
    with open(os.path.join(outdir, name + ".expected.json"), "w") as f:
        json.dump(e, f, indent=2)

# --------------------------------------------------------------------------------------------
# standard supporting records, written per force style
# --------------------------------------------------------------------------------------------

def crime_report(path, force, system, urn, crime_ref, lines, fam="mono"):
    head = [f"{system}  ::  CRIME REPORT  ::  {force.upper()}",
            f"Crime ref: {crime_ref}     URN: {urn}"]
    write_pdf(path, [("mono", head + lines)], fam=fam, foot="Crime report " + crime_ref + "  page {p} of {nb}")


def cad_log(path, force, ref, lines):
    write_pdf(path, [("mono", [f"{force.upper()} — COMMAND AND CONTROL — INCIDENT LOG {ref}"] + lines)],
              fam="mono", foot="Incident " + ref + " page {p} of {nb}")


def mg12(path, urn, rows, fam="sans", docx=False):
    blocks = [("right", "MG12"), ("title", "EXHIBIT LIST"), ("urn", urn),
              ("table", ["Exhibit ref", "Description", "Produced by", "Location"], rows, (28, 80, 38, 34))]
    if docx:
        write_docx(path, blocks, head="OFFICIAL-SENSITIVE")
    else:
        write_pdf(path, blocks, fam=fam)


def roti(path, urn, who, date, place, times, officers, solicitor, exhibit, rows, fam="sans", docx=False,
         heading="RECORD OF TAPED INTERVIEW"):
    blocks = [("small", "OFFICIAL-SENSITIVE", "C"), ("right", "MG15"), ("title", heading),
              ("kv", [("URN", urn), ("Person interviewed", who), ("Date", date), ("Place", place),
                      ("Times", times), ("Interviewer(s)", officers), ("Others present", solicitor),
                      ("Exhibit", exhibit)], 0.28),
              ("table", ["Counter", "Speaker", "Summary of what was said"], rows, (22, 28, 130), 8.5)]
    if docx:
        write_docx(path, blocks, head="OFFICIAL-SENSITIVE", foot="MG15")
    else:
        write_pdf(path, blocks, fam=fam, foot="MG15  Page {p} of {nb}")


def abe_summary(path, urn, who, date, place, interviewer, exhibits, rows, fam="sans", docx=False,
                heading="Record of Video Recorded Interview — Index and Summary"):
    blocks = [("small", "OFFICIAL-SENSITIVE", "C"), ("title", heading),
              ("kv", [("URN", urn), ("Interviewee", who), ("Date", date), ("Location", place),
                      ("Interviewer", interviewer), ("Exhibits", exhibits)], 0.25),
              ("table", ["Time", "Summary"], rows, (25, 155), 8.5)]
    if docx:
        write_docx(path, blocks, head="OFFICIAL-SENSITIVE", foot="ABE summary")
    else:
        write_pdf(path, blocks, fam=fam, foot="Page {p} of {nb}")


def dpn(path, urn, user, device, why, scope, signed, officer, fam="sans"):
    write_pdf(path, [
        ("small", "OFFICIAL-SENSITIVE", "C"), ("title", "Digital Processing Notice"),
        ("sub", "Agreement to provide a digital device — Police, Crime, Sentencing and Courts Act 2022, s.37"),
        ("kv", [("URN", urn), ("Device user", user), ("Device", device)], 0.25),
        ("h", "Why we are asking"), ("p", why),
        ("h", "What will be extracted and reviewed"), ("p", scope),
        ("h", "Agreement"),
        ("p", "I have read this notice and had it explained to me. I agree to provide my device for the "
              "purpose set out above. I understand I may refuse and that I can ask questions at any time."),
        ("p", f"Signed: {signed}      Officer: {officer}")], fam=fam)


def mg2(path, urn, rows, fam="sans", docx=False):
    blocks = [("small", "OFFICIAL-SENSITIVE (when complete)", "C"), ("right", "MG2"),
              ("title", "SPECIAL MEASURES ASSESSMENT"), ("urn", urn), ("kv", rows, 0.3)]
    if docx:
        write_docx(path, blocks, head="OFFICIAL-SENSITIVE (when complete)")
    else:
        write_pdf(path, blocks, fam=fam)


def pnb(path, urn, officer, ref, lines, fam="sans"):
    """Pocket notebook extract: the officer's contemporaneous record of the first complaint."""
    write_pdf(path, [("title", f"Pocket notebook extract — {officer}"), ("sub", ref), ("p", f"URN {urn}"),
                     ("mono", lines)], fam=fam, foot="PNB extract — page {p} of {nb}")

# ============================================================================================
# NORTHMOOR CONSTABULARY: national form boxes, MG11s on the national layout with "(Sgd)",
# schedules as XLSX, surnames in capitals "SURNAME, Forename" on forms
# ============================================================================================
NM = "Northmoor Constabulary"


def nm_mg3(path, urn, f):
    """National MG3 layout: boxes in form order, URN in character boxes."""
    b = [("small", "OFFICIAL-SENSITIVE (when complete)", "C"), ("right", "MG3"),
         ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
         ("urn", urn),
         ("kv", [("Police force", NM), ("Station / unit", f["unit"]),
                 ("Suspect 1 (SURNAME, Forename)", f["suspect"]), ("Offence(s) under consideration", f["offence"]),
                 ("Date of report", f["date"])], 0.34),
         ("box", "Decision sought", f["test"]),
         ("box", "Early advice", [f["ea"]]),
         ("box", "Summary of key evidence", f["summary"]),
         ("box", "Suspect's account / likely defence", f["defence"]),
         ("box", "Reasonable lines of enquiry (including those pointing away from the suspect)", f["loe"]),
         ("box", "Outstanding evidence / enquiries and target dates", f["outstanding"]),
         ("box", "Digital material and third-party material", f["digital"]),
         ("box", "Victim and witness care: special measures, needs, VPS, ISVA", f["victim"]),
         ("box", "Disclosure", f["disclosure"]),
         ("box", "Custody / bail status", f["bail"]),
         ("box", "Officer in the case", [f["oic"]]),
         ("box", "Supervisor's comments and endorsement", f["supervisor"])]
    write_pdf(path, b, fam="sans", boxed=True, head="OFFICIAL-SENSITIVE (when complete)",
              foot="MG3   Page {p} of {nb}", size=9)


def case_nm1(out):
    name = "NM_R_v_HARTLEY_71NM0412726"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "71NM0412726"
    wit_nanda = "DC 3318 P. NANDA"
    # ---- MG3
    nm_mg3(os.path.join(d, "MG3 HARTLEY 71NM0412726.pdf"), urn, dict(
        unit="Public Protection — Rape and Serious Sexual Offences Team, Eastmoor",
        suspect="HARTLEY, Daniel James (born 1999)",
        offence="Rape, contrary to section 1(1) Sexual Offences Act 2003",
        date="07/12/2026",
        test=["A full code test charging decision is requested. The suspect has been interviewed and the "
              "key evidence is with this file; the threshold test is not sought."],
        ea="Early advice was not sought. The suspect was arrested and interviewed within a week of the "
           "report and the evidential picture was settled by the time the forensic results came back; DS "
           "KIRBY reviewed the case on 28/09/2026 and decided it should go straight for a full code test.",
        summary=[
            "On the night of 14–15 August 2026 the complainant, WINTERS, Chloe (24), was out with friends at "
            "The Ferryman, Quay Street, Eastmoor. She knew the suspect slightly through a friend. They left "
            "together at about 01:50 and went by taxi to his flat at 14 Larch Close. She says she had drunk "
            "a lot, lay down on his sofa, told him she wanted to sleep and said 'no' more than once when he "
            "undressed her; he had vaginal intercourse with her while holding her upper arms. She left at "
            "about 03:05.",
            "Her account was video recorded on 17/08/2026 (exhibit PN/1, working copy PN/2, with the file; "
            "index and summary with the file; DC NANDA's MG11 exhibits it).",
            "First account: at 03:12 she sent a WhatsApp message to her best friend, who then phoned her and "
            "took her in at her flat. The friend (HOLLOWAY, Amira) has made a statement. The friend rang 999 "
            "at 03:41 (CAD 0347). PC 4471 BRADSHAW was the first officer to attend, at 04:05; his statement "
            "records her initial account.",
            "Taxi driver PRICE, Gary picked her up at the end of Larch Close at about 03:10 and describes her "
            "as crying and shaking. Bar manager DOYLE, Kelly produced the CCTV from The Ferryman (KD/1).",
            "SARC examination at Moorview SARC at 11:00 on 15/08/2026 by Dr Helen MARSH: fingertip-pattern "
            "bruising to both inner upper arms. High vaginal swab HM/3: semen, DNA profile matching the "
            "suspect (SFR1 with file). Intercourse is not in dispute."],
        defence=["Interviewed 20/08/2026 with a solicitor present (MG15 with file). He accepts intercourse and "
                 "says it was consensual: she kissed him in the bar and in the taxi, invited herself back, and "
                 "was 'tipsy but knew what she was doing'. He denies holding her arms. He says she left "
                 "because her friend kept ringing. The likely defence is consent / reasonable belief in consent."],
        loe=["1. CCTV at The Ferryman (obtained, KD/1): shows the two kissing at the bar at 00:40 — this "
             "supports the suspect's account that there was mutual interest and is recorded as capable of "
             "undermining; it also shows her unsteady on leaving at 01:49, with the suspect holding her arm.",
             "2. Taxi firm booking records (obtained): the outbound taxi was booked on the suspect's phone; "
             "the driver of that cab (Eastmoor Cars, car 22) has not been traced as a witness because the firm "
             "no longer holds driver allocations for that night — reason recorded, further efforts would be "
             "disproportionate as the CCTV covers their departure.",
             "3. The complainant's phone: selective extraction with her agreement (DPN signed) for the messages "
             "to HOLLOWAY and the messages from the suspect after she left (one reads 'sorry if i got carried "
             "away x'). The extraction shows nothing inconsistent with her account.",
             "4. The suspect's phone: seized on arrest, downloaded; messages to a friend at 03:30 ('she just "
             "left, mad one') reviewed.",
             "5. Friends of the complainant present in the bar (two named) were spoken to; neither saw them "
             "leave. Notes on MG6C; no statements taken as they add nothing to the issue.",
             "6. House-to-house at Larch Close: no one heard anything. Recorded on MG6C."],
        outstanding=["Toxicology on the blood and urine samples (HM/7, HM/8) to estimate her alcohol level: "
                     "submitted 21/08/2026, target date 15/01/2027. This is not needed to make the decision; "
                     "the CPS is asked to proceed on the existing evidence.",
                     "There is no other outstanding evidence."],
        digital=["Complainant's phone: examined under a Digital Processing Notice she signed on 17/08/2026 "
                 "(with the file). Request limited to: WhatsApp and SMS messages and call logs between her "
                 "and the suspect, and between her and HOLLOWAY, from 18:00 on 14/08/2026 to 12:00 on "
                 "16/08/2026. Reason: both conversations are referred to in the accounts and go directly to "
                 "the first complaint and the suspect's conduct afterwards. No full download was requested.",
                 "Third-party material: no request has been made for her counselling, GP, school or social care "
                 "records. None is a reasonable line of enquiry on the facts: nothing suggests such records hold "
                 "anything relevant to the issue of consent."],
        victim=["Special measures: MG2 with the file. She is eligible as the complainant of a sexual offence "
                "(s.17(4) YJCEA 1999). She wants her ABE played as her evidence-in-chief, a screen, and her "
                "cross-examination pre-recorded under s.28; she was told about s.28 on 30/11/2026 and wants it. "
                "She is not vulnerable within s.16 and has no communication needs, so no intermediary "
                "assessment was needed.",
                "Needs: English first language, no interpreter. She has anxiety since the incident and is "
                "supported by her GP and an ISVA. She prefers contact by phone after 4 pm.",
                "VPS: offered on 17/08/2026; she wants to make it once a decision is made.",
                "ISVA: referred to Northmoor Sexual Violence Support (ISVA Jo TREVITHICK) on 15/08/2026; "
                "engaged.", "Medical records: she signed consent on 15/08/2026 for the SARC notes and "
                "findings to be released to police and CPS."],
        disclosure=["MG6C, MG6D, MG6E and the rebuttable presumption material (crime report, CAD 0347, "
                    "record of first complaint, witness PNC results) are with the file. The ABE interview "
                    "plan is retained and listed on the MG6C (item 4). Disclosure strategy: all digital material "
                    "reviewed in full for the date range above; the CCTV kissing sequence is flagged as "
                    "capable of undermining."],
        bail=["Released on pre-charge bail on 20/08/2026, extended on 18/11/2026 by Supt. ORME to 18/01/2027. "
              "Conditions: (1) not to contact Chloe WINTERS directly or indirectly, including by social media; "
              "(2) not to enter Wickham Road, Eastmoor. No breaches recorded."],
        oic="DC 2756 Mark ELLISON, RASSO Team Eastmoor. Direct line 01632 960412. "
            "Email mark.ellison@northmoor.police.example",
        supervisor=["I have reviewed this file against the National File Standard. The complainant's account, "
                    "first account, medical and forensic evidence and the interview are complete. Suitable "
                    "for a full code test decision.",
                    "DS 1190 Rachel KIRBY — 04/12/2026"]))
    # ---- ABE
    write_video(os.path.join(d, "PN-2 VRI working copy.mp4"),
                ["NORTHMOOR ABE SUITE 2  17/08/2026", "PN/2 WORKING COPY  {clock}"], seconds=4, seed=11)
    write_pdf(os.path.join(d, "ROVI index PN-2.pdf"), [
        ("small", "OFFICIAL-SENSITIVE", "C"),
        ("title", "Record of Video Recorded Interview — Index and Summary"),
        ("kv", [("URN", urn), ("Interviewee", "WINTERS, Chloe"), ("Date", "17/08/2026"),
                ("Location", "ABE Suite 2, Eastmoor"), ("Interviewer", "DC 3318 Priya NANDA"),
                ("Monitor", "DC 2756 Mark ELLISON"), ("Exhibits", "PN/1 (master), PN/2 (working copy)"),
                ("Duration", "1 h 12 min, one part")], 0.25),
        ("table", ["Counter", "Summary"], [
            ["00:00:00", "Introductions, ground rules, truth and lies, date and time."],
            ["00:04:30", "Free narrative: the evening at The Ferryman, who she was with, drinks she had (about "
                         "six vodka and cokes and shots)."],
            ["00:17:10", "Leaving with Daniel; she says she was 'wobbly'; taxi to his flat; she lay on the sofa."],
            ["00:24:45", "He took off her jeans; she said 'no, I want to sleep' twice; he held the tops of her "
                         "arms; intercourse; she describes freezing."],
            ["00:38:20", "Leaving the flat, messaging Amira, the taxi, going to Amira's flat."],
            ["00:46:00", "Questioning: kissing in the bar — she accepts they kissed at the bar and says she "
                         "did not want anything more; asked about the messages he sent afterwards."],
            ["01:08:40", "Closing, questions from the monitor, end of interview 11:14."]], (25, 155), 8.5)],
        fam="sans", foot="ROVI index PN/2  Page {p} of {nb}")
    write_pdf(os.path.join(d, "ABE interview plan 17-08-26.pdf"), [
        ("title", "ABE Interview Plan"),
        ("kv", [("URN", urn), ("Witness", "WINTERS, Chloe (adult complainant)"), ("Planned for", "17/08/2026 10:00"),
                ("Interviewer / monitor", "DC NANDA / DC ELLISON")], 0.28),
        ("h", "Objectives"), ("p", "Obtain her best account of the evening and the incident; cover the points "
                                   "the suspect is likely to raise (kissing in the bar, going back voluntarily, "
                                   "level of intoxication)."),
        ("h", "Witness assessment"), ("p", "Adult, no communication needs identified. Tired and anxious; breaks "
                                          "offered every 30 minutes. ISVA to wait in the family room."),
        ("h", "Phases"), ("p", "Rapport; free narrative; questioning on the topics above; closure.")],
        fam="sans", foot="Page {p} of {nb}")
    # ---- statements
    mg11(os.path.join(d, "MG11 NANDA.pdf"), "nat", urn, dict(
        name="Priya NANDA", occ="Police officer — DC 3318", date="17/08/2026", sig="(Sgd) P. NANDA",
        wit="", body=[
            "I am a Detective Constable in the Rape and Serious Sexual Offences team at Eastmoor, trained in "
            "Achieving Best Evidence interviewing.",
            "On Monday 17 August 2026 between 10:02 and 11:14 I conducted a video recorded interview with "
            "Chloe WINTERS at the ABE Suite 2, Eastmoor. DC ELLISON monitored the interview.",
            "At the end of the interview I sealed the master recording, which I now produce as exhibit PN/1, "
            "and made a working copy which I produce as exhibit PN/2. I booked both into the property store at "
            "11:40 under reference EA/26/3311."]))
    mg11(os.path.join(d, "MG11 BRADSHAW.pdf"), "nat", urn, dict(
        name="Thomas BRADSHAW", occ="Police officer — PC 4471", date="15/08/2026", sig="(Sgd) T. BRADSHAW",
        wit="", body=[
            "I am a uniformed Police Constable based at Eastmoor. At 03:47 on Saturday 15 August 2026 I was "
            "sent to Flat 6, Ropewalk House, Eastmoor, following a 999 call from Amira HOLLOWAY (CAD 0347). I "
            "arrived at 04:05 and was the first officer to attend. I was not wearing body worn video as my "
            "camera was being charged at the station; I made notes in my pocket notebook (PNB 771, pages 12–15).",
            "I spoke to Chloe WINTERS in the living room. She was wrapped in a blanket, crying, and her speech "
            "was slightly slurred. I asked her what had happened. She said, 'I went back to Dan's, I told him "
            "no, I wanted to sleep, he wouldn't stop, he held my arms.' I asked who Dan was and she said 'Dan "
            "Hartley, he lives on Larch Close.' I recorded her words in my notebook at 04:12 and she read and "
            "signed the entry.",
            "I gave her early evidence advice about not washing or changing and arranged a SARC appointment. "
            "I seized the clothing she had worn (a black top and grey jeans), which I produce as TB/1 and TB/2."]))
    mg11(os.path.join(d, "MG11 HOLLOWAY.pdf"), "nat", urn, dict(
        name="Amira HOLLOWAY", occ="Dental nurse", date="16/08/2026", sig="(Sgd) A. HOLLOWAY",
        wit="DC 2756 M. ELLISON", body=[
            "I have been best friends with Chloe WINTERS since secondary school. On Friday 14 August 2026 I was "
            "at home; Chloe had gone to The Ferryman with work friends.",
            "At 03:12 on Saturday 15 August I received a WhatsApp message from Chloe that said 'something bad "
            "happened amira he wouldnt stop im walking'. I rang her straight away. She was crying so much I "
            "could hardly understand her. She said she was in a taxi and I told her to come to mine.",
            "She arrived at about 03:25. She sat on the floor of my hallway and said 'I said no, I said no, he "
            "just kept going.' I asked who and she said 'Dan, Daniel, Jess's mate.' She showed me red marks on "
            "the insides of both her arms. I rang 999 at about 03:40.",
            "I have shown DC ELLISON the message on my phone and he photographed it. I produce the "
            "photographs as exhibit AH/1."]))
    mg11(os.path.join(d, "MG11 PRICE.pdf"), "nat", urn, dict(
        name="Gary PRICE", occ="Taxi driver", date="02/09/2026", sig="(Sgd) G. PRICE",
        wit="DC 2756 M. ELLISON", body=[
            "I drive a private hire car for Harbourside Taxis, car 41. At about 03:10 on Saturday 15 August 2026 "
            "I was flagged down at the end of Larch Close by a young woman with dark hair. She was crying and "
            "shaking and gave me an address on Ropewalk. She was on the phone most of the way saying 'I told "
            "him no'. I dropped her at Ropewalk House at about 03:22. She paid by card.",
            "I do not know her and I did not see anyone with her."]))
    mg11(os.path.join(d, "MG11 DOYLE.pdf"), "nat", urn, dict(
        name="Kelly DOYLE", occ="Bar manager", date="19/08/2026", sig="(Sgd) K. DOYLE",
        wit="DC 2756 M. ELLISON", body=[
            "I am the manager of The Ferryman, Quay Street, Eastmoor, and I am responsible for its CCTV "
            "system, which has eight cameras and records continuously. On Wednesday 19 August 2026 I was "
            "asked by DC ELLISON for footage from the night of 14–15 August 2026 between 22:00 and 02:00.",
            "I exported the footage from cameras 2 (bar) and 5 (front door) onto a USB stick, which I handed "
            "to DC ELLISON and which I produce as exhibit KD/1. The clock on the system was about two minutes "
            "fast when I checked it against my phone that day."]))
    mg11(os.path.join(d, "MG11 Dr MARSH.pdf"), "nat", urn, dict(
        name="Dr Helen MARSH", occ="Forensic physician", date="27/08/2026", sig="(Sgd) H. MARSH",
        wit="", body=[
            "I am a registered medical practitioner (MBChB, MRCGP, Diploma in Forensic and Clinical Aspects of "
            "Sexual Assault) and have worked as a forensic physician at Moorview SARC since 2017.",
            "At 11:00 on 15 August 2026, with her written consent, I examined Chloe WINTERS at Moorview SARC. "
            "She gave a brief history of non-consensual vaginal intercourse at about 02:30 that morning.",
            "On examination I found four oval bruises, each about 1 cm, on the inner aspect of the left upper "
            "arm and three similar bruises on the right upper arm. Their pattern is consistent with fingertip "
            "pressure from gripping. There was no anogenital injury; the absence of genital injury neither "
            "supports nor refutes her account.",
            "I took swabs, which I produce as HM/1 to HM/6, and blood and urine samples, HM/7 and HM/8, and "
            "handed them to the crisis worker for storage."]))
    # ---- multimedia
    write_video(os.path.join(d, "KD-1 Ferryman cam2 cam5 clip.mp4"),
                ["CAM 02 BAR  15/08/2026", "KD/1 clip  {clock}"], seconds=3, seed=12, scene="cctv",
                clock_start=(0, 40, 2))
    # ---- interview, PNC
    write_pdf(os.path.join(d, "MG15 HARTLEY 20-08-26.pdf"), [
        ("small", "OFFICIAL-SENSITIVE", "C"), ("right", "MG15"),
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", urn), ("Person interviewed", "HARTLEY, Daniel James"), ("Date", "20/08/2026"),
                ("Place", "Eastmoor custody suite, interview room 3"), ("Times", "14:06 – 15:02"),
                ("Interviewer(s)", "DC 2756 ELLISON, DC 3318 NANDA"), ("Others present", "Mr S. QUILTER, solicitor"),
                ("Exhibit", "ME/4 (digital recording)")], 0.28),
        ("table", ["Tape counter", "Person speaking", "Text"], [
            ["00:00", "ELLISON", "Introductions, caution, rights; reminded he is entitled to free legal advice."],
            ["02:10", "HARTLEY", "Accepts he met Chloe at The Ferryman; they had been 'getting on' and kissed at the bar."],
            ["08:45", "HARTLEY", "Says she suggested going back to his; they got a taxi he booked on his app."],
            ["15:30", "HARTLEY", "Accepts sex on the sofa; says she was 'into it', she took her own top off."],
            ["21:00", "ELLISON", "Puts her account that she said no twice and wanted to sleep."],
            ["21:20", "HARTLEY", "'She never said no. She was tipsy but she knew what she was doing.'"],
            ["29:40", "NANDA", "Asks about bruising to her arms. Denies holding her arms."],
            ["36:15", "HARTLEY", "Explains message 'sorry if i got carried away': says he meant being too keen."],
            ["51:00", "ELLISON", "Closing; interview ended 15:02."]], (22, 28, 130), 8.5)],
        fam="sans", foot="MG15  Page {p} of {nb}")
    pnc_print(os.path.join(d, "PNC HARTLEY.pdf"), urn, "PNC — Suspect", [
        ("HARTLEY, Daniel James  DOB 03/05/1999  PNC ID 17/0044812T", [
            "Convictions: 1   Cautions: 0",
            "12/03/2021 Eastmoor MC — Section 4 Public Order Act 1986 — Fine £200",
            "No warning markers. No current bail other than this matter."])],
        "DC 2756 ELLISON", "01/12/2026", force=NM)
    pnc_print(os.path.join(d, "PNC witnesses.pdf"), urn, "PNC — Prosecution witnesses", [
        ("WINTERS, Chloe (complainant)", ["No trace."]),
        ("HOLLOWAY, Amira", ["No trace."]),
        ("PRICE, Gary", ["Convictions: 1 — 06/2019 Driving with excess alcohol — disqualified 14 months, fine."]),
        ("DOYLE, Kelly", ["No trace."])], "DC 2756 ELLISON", "01/12/2026", force=NM)
    # ---- schedules
    c_rows = [
        [1, "Crime report 26/0412 (Valiant RMS) — full history including initial account", "OIC file", "Rebuttable presumption — copy with file", "D"],
        [2, "CAD incident log 0347 15/08/2026 — 999 call from HOLLOWAY", "OIC file", "Rebuttable presumption — copy with file", "D"],
        [3, "PC BRADSHAW PNB 771 pp.12-15 — complainant's first account to police, signed by her", "Property store", "Record of first complaint — copy with file", "D"],
        [4, "ABE interview plan dated 17/08/2026 (DC NANDA)", "OIC file", "Copy with file", ""],
        [5, "CCTV The Ferryman cams 1,3,4,6,7,8 22:00–02:00 (not exhibited)", "Property store EA/26/3320", "Reviewed; nothing of relevance beyond KD/1", ""],
        [6, "House-to-house proforma, Larch Close, 8 addresses, 16/08/2026", "OIC file", "No one saw or heard anything", ""],
        [7, "Notes of conversation with Jess ALDER (friend in bar) 18/08/2026", "OIC file", "Did not see them leave", ""],
        [8, "Notes of conversation with Sian MORROW (friend in bar) 18/08/2026", "OIC file", "Did not see them leave", ""],
        [9, "Eastmoor Cars booking record — taxi booked from suspect's app 01:47", "OIC file", "Supports both accounts on timing", ""],
        [10, "Download report of suspect's iPhone (ME/6) — messages 14–16/08/2026", "DFU", "Message to friend at 03:30 may be relevant", ""],
        [11, "Selective extraction report of complainant's phone — parameters per DPN", "DFU", "Consistent with her account", ""],
        [12, "SARC forensic medical notes (body maps) — consent given 15/08/2026", "Moorview SARC", "Consent on file", ""],
        [13, "Custody record HARTLEY 20/08/2026", "Custody", "No issues", ""],
        [14, "Bail extension authority, Supt ORME, 18/11/2026", "OIC file", "", ""]]
    schedule_xlsx(os.path.join(d, "MG6C HARTLEY.xlsx"), "MG6C", NM, urn, "HARTLEY", c_rows,
                  "DC 2756 M. ELLISON", "04/12/2026")
    schedule_xlsx(os.path.join(d, "MG6D HARTLEY.xlsx"), "MG6D", NM, urn, "HARTLEY", [
        [1, "Complainant's ISVA referral form and contact log (Northmoor SVS)", "Personal information about the complainant; third-party support service", "Reviewed: nothing relevant to the issues", ""],
        [2, "Complainant's home address and phone details (MG11 rear pages)", "Personal data", "Not disclosable", ""]],
        "DC 2756 M. ELLISON", "04/12/2026")
    write_pdf(os.path.join(d, "MG6E.pdf"), [
        ("right", "MG6E"), ("title", "Disclosure Officer's Report"),
        ("kv", [("URN", urn), ("R v", "HARTLEY"), ("Disclosure officer", "DC 2756 Mark ELLISON")], 0.25),
        ("p", "I have examined all of the material listed on the MG6C and MG6D. The following items might "
              "reasonably be considered capable of undermining the prosecution case or assisting the case for "
              "the accused: MG6C item 5 is not such material; the CCTV sequence at 00:40 on KD/1 (kissing at the "
              "bar) is exhibited and may assist the defence; MG6C item 10 (the suspect's message to a friend "
              "at 03:30) may assist the defence. Copies of items 1–3 are provided with this file."),
        ("p", "Signed: (Sgd) M. ELLISON   DC 2756   04/12/2026")], fam="sans")
    write_pdf(os.path.join(d, "MG12 exhibit list.pdf"), [
        ("right", "MG12"), ("title", "EXHIBIT LIST"), ("urn", urn),
        ("table", ["Exhibit ref", "Description", "Produced by", "Location"], [
            ["PN/1", "ABE master recording, WINTERS 17/08/2026", "DC NANDA", "Property store"],
            ["PN/2", "ABE working copy, WINTERS 17/08/2026", "DC NANDA", "With file (video)"],
            ["TB/1", "Black top", "PC BRADSHAW", "Property store"],
            ["TB/2", "Grey jeans", "PC BRADSHAW", "Property store"],
            ["AH/1", "Photographs of WhatsApp message received 03:12", "A. HOLLOWAY", "With file"],
            ["KD/1", "USB — Ferryman CCTV cams 2 and 5", "K. DOYLE", "With file (clip)"],
            ["HM/1-HM/6", "Swabs", "Dr H. MARSH", "Ridgeline Forensics"],
            ["HM/7, HM/8", "Blood and urine samples", "Dr H. MARSH", "Ridgeline Forensics (toxicology)"],
            ["ME/4", "Interview recording HARTLEY 20/08/2026", "DC ELLISON", "Property store"],
            ["ME/6", "Suspect's iPhone", "DC ELLISON", "DFU"],
            ["ME/7", "Complainant's Samsung phone (selective extraction)", "DC ELLISON", "Returned to owner"]],
         (28, 80, 38, 34))], fam="sans")
    pnb(os.path.join(d, "PNB 771 pp12-15 BRADSHAW.pdf"), urn, "PC 4471 BRADSHAW", "PNB 771 pages 12–15", [
        "15/08/26 04:05 Flat 6 Ropewalk House. Present: Amira HOLLOWAY (caller), Chloe WINTERS.",
        "04:12 WINTERS states: 'I went back to Dan's, I told him no, I wanted to sleep,",
        "   he wouldn't stop, he held my arms.' Dan = Dan Hartley, Larch Close.",
        "   Entry read over and signed: C Winters.",
        "04:20 EEK advice given. Clothing seized TB/1 black top, TB/2 grey jeans."])
    write_pdf(os.path.join(d, "AH-1 first complaint message.pdf"), [
        ("title", "Exhibit AH/1 — record of first complaint"),
        ("p", f"URN {urn}. Photographs taken by DC ELLISON on 16/08/2026 of the WhatsApp conversation on the "
              "phone of Amira HOLLOWAY."),
        ("mono", ["[15/08/2026, 03:12] Chloe: something bad happened amira he wouldnt stop im walking",
                  "[15/08/2026, 03:12] Chloe: pls ring me",
                  "[15/08/2026, 03:13] Missed voice call",
                  "[15/08/2026, 03:14] Amira: come to mine NOW im up"])], fam="sans")
    write_pdf(os.path.join(d, "DPN WINTERS.pdf"), [
        ("small", "OFFICIAL-SENSITIVE", "C"),
        ("title", "Digital Processing Notice"),
        ("sub", "Agreement to provide a digital device — Police, Crime, Sentencing and Courts Act 2022, s.37"),
        ("kv", [("URN", urn), ("Device user", "Chloe WINTERS"), ("Device", "Samsung Galaxy A54, black case"),
                ("Exhibit", "ME/7")], 0.25),
        ("h", "Why we are asking"),
        ("p", "You have told us about messages between you and Daniel HARTLEY and between you and Amira "
              "HOLLOWAY on 14–16 August 2026. We want to obtain those messages from your phone because they "
              "are part of the evidence of what happened and of what you said afterwards."),
        ("h", "What we will extract and review"),
        ("p", "WhatsApp and SMS messages and call logs with those two contacts only, from 18:00 on 14/08/2026 "
              "to 12:00 on 16/08/2026. We will not look at photographs, other conversations, browsing or "
              "location data. Anything outside this will not be reviewed."),
        ("h", "How long and what happens to it"),
        ("p", "A selective extraction will be done while you wait where possible; if not, the phone will be "
              "returned within 48 hours. The extracted data will be kept securely and only as long as the case "
              "requires."),
        ("h", "Agreement"),
        ("p", "I have read this notice, I understand it and I agree to provide my device for the purpose "
              "described. I know I can refuse and that refusing will not on its own mean the investigation "
              "stops."),
        ("p", "Signed: (Sgd) C. WINTERS   Date: 17/08/2026      Officer: (Sgd) P. NANDA DC 3318")], fam="sans")
    write_pdf(os.path.join(d, "Extraction report WINTERS ME-7.pdf"), [
        ("title", "Selective Extraction Report"),
        ("kv", [("URN", urn), ("Exhibit", "ME/7 Samsung Galaxy A54"), ("Examiner", "Digital Media Investigator S. LOWE"),
                ("Date", "17/08/2026"), ("Parameters", "WhatsApp / SMS / calls with two contacts, 18:00 14/08/2026 to 12:00 16/08/2026 (per DPN)")], 0.25),
        ("p", "17 messages and 4 call records were extracted within the parameters. A full report is on the "
              "secure share; the relevant messages are summarised on the MG6C (item 11).")], fam="sans")
    write_pdf(os.path.join(d, "SFR1 Ridgeline.pdf"), [
        ("title", "Streamlined Forensic Report (SFR1)"),
        ("kv", [("URN", urn), ("Laboratory", "Ridgeline Forensics Ltd, lab ref RF-26-88104"),
                ("Date", "30/10/2026"), ("Reporting scientist", "Dr Owen FAIRLEY")], 0.28),
        ("p", "High vaginal swab HM/3: semen identified. A DNA profile was obtained which matches the reference "
              "profile of Daniel HARTLEY. The chance of a match if the DNA came from someone other than, and "
              "unrelated to, Daniel HARTLEY is less than one in a billion."),
        ("p", "Toxicology (HM/7, HM/8): in progress; report expected by 15/01/2027."),
        ("p", "The defence will be asked to agree this report. If it is not agreed an SFR2 can be obtained.")],
        fam="sans")
    write_pdf(os.path.join(d, "Crime report 26-0412.pdf"), [
        ("mono", ["VALIANT RMS  ::  CRIME REPORT  ::  NORTHMOOR CONSTABULARY   printed 04/12/2026 08:51",
                  f"Crime ref: 71/26/0412     URN: {urn}     Classification: RAPE OF FEMALE 16+ (19/11)",
                  "Committed: 15/08/2026 02:15 - 03:05     Location: 14 LARCH CLOSE, EASTMOOR",
                  "Reported: 15/08/2026 03:41 by 999 (third party)  CAD 0347",
                  "VICTIM: WINTERS, Chloe   F   24   Ethnicity: W1   Disability: none declared",
                  "SUSPECT: HARTLEY, Daniel James   M   27   Arrested 20/08/2026",
                  "OIC: DC 2756 ELLISON   Supervisor: DS 1190 KIRBY",
                  "---- INITIAL ACCOUNT (PC 4471 BRADSHAW, 04:12) ----",
                  "  V states she went back to suspect's address, told him no, she wanted to sleep,",
                  "  he would not stop and held her arms. V upset, intoxicated. Early evidence kit used.",
                  "---- INVESTIGATION LOG (extract) ----",
                  "  15/08 SARC Moorview 11:00. ISVA referral made (Northmoor SVS).",
                  "  17/08 ABE completed DC NANDA. DPN signed, selective extraction.",
                  "  19/08 CCTV The Ferryman obtained (KD/1).",
                  "  20/08 Suspect arrested, interviewed (consent), bailed with conditions.",
                  "  30/10 SFR1 received. 04/12 File to CPS for charging decision."])],
        fam="mono", foot="Page {p} of {nb}")
    write_pdf(os.path.join(d, "CAD 0347 15-08-26.pdf"), [
        ("mono", ["NORTHMOOR CONSTABULARY — COMMAND AND CONTROL — INCIDENT LOG 0347 15/08/2026",
                  "03:41:08 999 CALL  Caller: HOLLOWAY Amira  Tel 07700 900318",
                  "03:41:40 CALLER STATES FRIEND HAS BEEN RAPED BY MALE SHE MET TONIGHT, NOW AT CALLER'S FLAT",
                  "03:42:15 LOCATION FLAT 6 ROPEWALK HOUSE EASTMOOR. SUSPECT 'DAN' LARCH CLOSE",
                  "03:43:02 GRADED IMMEDIATE. THRIVE: HIGH RISK",
                  "03:47:30 ASSIGNED EM21 PC 4471 BRADSHAW",
                  "04:05:11 EM21 AT SCENE",
                  "04:31:00 EM21: V SPOKEN TO, EEK TAKEN, SARC BOOKED 11:00. CID INFORMED",
                  "05:10:00 CLOSED — CRIME 71/26/0412 RAISED"])], fam="mono")
    write_pdf(os.path.join(d, "MG2 WINTERS.pdf"), [
        ("small", "OFFICIAL-SENSITIVE (when complete)", "C"), ("right", "MG2"),
        ("title", "SPECIAL MEASURES ASSESSMENT"), ("urn", urn),
        ("kv", [("Witness", "WINTERS, Chloe"), ("Category", "Intimidated — complainant in a sexual offence "
                 "case (s.17(4) YJCEA 1999)"), ("Vulnerable (s.16)?", "No"),
                ("Intermediary", "Not required — no communication needs"),
                ("Measures sought", "Evidence-in-chief by ABE recording (s.27); screens (s.23); pre-recorded "
                 "cross-examination (s.28)"),
                ("Witness's views", "Told about s.28 on 30/11/2026; she would like her cross-examination "
                 "recorded in advance and does not want to see the defendant."),
                ("Supporter", "ISVA Jo TREVITHICK"),
                ("Completed by", "DC 2756 ELLISON 30/11/2026")], 0.3)], fam="sans")
    write_expected(out, name, "charging", 0,
                   ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "ROTI", "PNC", "MG6C", "MG6D",
                    "MG6E", "MG12", "DPN", "DIGITAL_EXTRACT", "FORENSIC", "CRIME_REPORT", "INCIDENT_LOG", "MG2",
                    "CCTV"],
                   [],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                    "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                    "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                    "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                    "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                    "victim_care", "files_readable", "one_urn"],
                   [{"name": "MG3 HARTLEY 71NM0412726.pdf", "type": "MG3"},
                    {"name": "PN-2 VRI working copy.mp4", "type": "ABE_RECORDING"},
                    {"name": "ROVI index PN-2.pdf", "type": "ABE_SUMMARY"},
                    {"name": "ABE interview plan 17-08-26.pdf", "type": "ABE_PLAN"},
                    {"name": "MG11 NANDA.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MG11 BRADSHAW.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MG11 HOLLOWAY.pdf", "type": "MG11", "role": "first_account"},
                    {"name": "MG11 PRICE.pdf", "type": "MG11", "role": "witness"},
                    {"name": "MG11 DOYLE.pdf", "type": "MG11", "role": "witness"},
                    {"name": "MG11 Dr MARSH.pdf", "type": "MG11", "role": "expert"},
                    {"name": "KD-1 Ferryman cam2 cam5 clip.mp4", "type": "CCTV"},
                    {"name": "MG15 HARTLEY 20-08-26.pdf", "type": "ROTI"},
                    {"name": "PNC HARTLEY.pdf", "type": "PNC"},
                    {"name": "PNC witnesses.pdf", "type": "PNC"},
                    {"name": "MG6C HARTLEY.xlsx", "type": "MG6C"},
                    {"name": "MG6D HARTLEY.xlsx", "type": "MG6D"},
                    {"name": "MG6E.pdf", "type": "MG6E"},
                    {"name": "MG12 exhibit list.pdf", "type": "MG12"},
                    {"name": "DPN WINTERS.pdf", "type": "DPN"},
                    {"name": "Extraction report WINTERS ME-7.pdf", "type": "DIGITAL_EXTRACT"},
                    {"name": "SFR1 Ridgeline.pdf", "type": "FORENSIC"},
                    {"name": "Crime report 26-0412.pdf", "type": "CRIME_REPORT"},
                    {"name": "CAD 0347 15-08-26.pdf", "type": "INCIDENT_LOG"},
                    {"name": "MG2 WINTERS.pdf", "type": "MG2"}])

def case_nm2(out):
    """Northmoor, faulty: first-account witness 'his older brother' has no statement (key_statements);
    blanket full download of the complainant's phone (dig_prop)."""
    name = "NM_Op_CASTLEFORD"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "71NM0533926"
    nm_mg3(os.path.join(d, "Doc1.pdf"), urn, dict(
        unit="RASSO Team, Millbrook",
        suspect="DUNMORE, Craig Anthony (born 1985)",
        offence="Assault by penetration, contrary to section 2(1) Sexual Offences Act 2003",
        date="09/12/2026",
        test=["Full code test."],
        ea="Early advice was not sought because the suspect admits the touching and gives a consent account; "
           "the issues were narrow from the start (DS review 02/11/2026).",
        summary=[
            "The complainant, FELLOWES, Ryan (19), works at the Millbrook distribution centre where the "
            "suspect is a shift manager. On Saturday 3 October 2026 he went to a party at the suspect's house, "
            "7 Tanner's Row, Millbrook. At about 01:30 he lay down in a back bedroom, feeling unwell from drink. "
            "He woke to find the suspect's hand inside his boxer shorts and the suspect digitally penetrating "
            "his anus. He pushed him away and left.",
            "ABE interview on 09/10/2026 by DC 4402 WHITTAKER (SW/1 master, SW/2 working copy — with the file, "
            "with summary).",
            "First account: he walked home and told his older brother, Liam FELLOWES, at about 09:00 that "
            "morning what the suspect had done; his brother persuaded him to report it. On Monday 5 October he "
            "also told a colleague at the warehouse, ODUYA, Kieran, who has made a statement.",
            "Party guest TULLY, Megan saw him leave at about 01:50 'white as a sheet' and not answering when "
            "she asked if he was alright.",
            "PC 5120 LEIGH took the first report at Millbrook front counter on 05/10/2026."],
        defence=["Interviewed voluntarily on 14/10/2026 with a solicitor. He says he went into the bedroom to "
                 "check on Ryan, that Ryan pulled him onto the bed and that there was consensual touching over "
                 "clothing only; he denies any penetration. Likely defence: denial of penetration / consent."],
        loe=["Other party guests: seven identified from the suspect's own list; five spoken to (notes on "
             "MG6C), none saw the two together upstairs; one (TULLY) gives the evidence above. Two not traced "
             "after three visits each — reason: moved away, no forwarding address; not pursued further as "
             "neither was upstairs according to the others.",
             "Messages between the two: the suspect says Ryan messaged him on 4 October 'thanks for last "
             "night'. The suspect's phone was downloaded; the message exists and reads 'thanks for the party, "
             "got home ok' — this is recorded as capable of assisting the defence.",
             "Work records: HR records for both obtained to check any prior complaints; none."],
        outstanding=["No further enquiries are outstanding apart from the examination of the complainant's phone "
                     "(below); target date 15/01/2027."],
        digital=["A Digital Processing Notice was signed by the complainant on 09/10/2026. A request has been "
                 "made to the Digital Forensic Unit for a full download of the complainant's mobile phone "
                 "(iPhone 13) so that all of its contents can be examined.",
                 "No third-party material (medical, counselling) has been requested."],
        victim=["Special measures: MG2 with the file. Eligible as a complainant in a sexual offence (s.17(4)). "
                "He wants the ABE played and a screen; told about s.28 and wants his cross-examination "
                "pre-recorded. Not vulnerable (s.16); no intermediary needed.",
                "Needs: none identified beyond emotional support; no interpreter. He has asked that his "
                "employer is not contacted again without warning him first.",
                "VPS: offered 09/10/2026, declined for now; to be offered again at charge.",
                "ISVA: referred to Millbrook Survivors' Service (male ISVA) 06/10/2026.",
                "Medical: he declined a SARC forensic medical examination; there are no medical records to "
                "obtain and none have been requested."],
        disclosure=["MG6C and MG6D (nil) with the file with the rebuttable presumption material (crime report, "
                    "incident log, notes of first complaint, witness PNCs)."],
        bail=["Not arrested — interviewed voluntarily. Released under investigation: no bail conditions were "
              "considered necessary as he has been moved to another site by his employer and has made no "
              "contact; recorded by DS ABBOTT 14/10/2026."],
        oic="DC 4402 Sam WHITTAKER, RASSO Millbrook, 01632 960733, sam.whittaker@northmoor.police.example",
        supervisor=["Endorsed for submission. DS 2210 Neil ABBOTT 08/12/2026"]))
    write_video(os.path.join(d, "VRI_20261009_1400.mp4"),
                ["MILLBROOK VRI ROOM 1  09/10/2026", "SW/2  {clock}"], seconds=3, seed=21, clock_start=(14, 0, 5))
    abe_summary(os.path.join(d, "SW-2 summary.pdf"), urn, "FELLOWES, Ryan", "09/10/2026", "VRI room 1, Millbrook",
                "DC 4402 WHITTAKER", "SW/1 master, SW/2 working copy", [
                    ["14:00", "Introductions and ground rules."],
                    ["14:05", "Free narrative: the party, what he drank, going to lie down."],
                    ["14:18", "Waking up; suspect's hand in his shorts; penetration; pushing him off; leaving."],
                    ["14:31", "Walking home, telling his brother Liam in the kitchen at about 9."],
                    ["14:40", "Questions about the message he sent the next day; he says he did not know what "
                              "else to say as the man is his manager."],
                    ["14:52", "Closure."]])
    mg11(os.path.join(d, "MG11 WHITTAKER.pdf"), "nat", urn, dict(
        name="Samuel WHITTAKER", occ="Police officer — DC 4402", date="09/10/2026", sig="(Sgd) S. WHITTAKER",
        wit="", body=["I am a Detective Constable trained in ABE interviewing. On Friday 9 October 2026 "
                      "between 14:00 and 14:55 I interviewed Ryan FELLOWES on video at the VRI room, Millbrook "
                      "police station. I sealed the master recording, exhibit SW/1, and made a working copy, "
                      "exhibit SW/2, which I produce."]))
    mg11(os.path.join(d, "MG11 LEIGH.pdf"), "nat", urn, dict(
        name="Grace LEIGH", occ="Police officer — PC 5120", date="05/10/2026", sig="(Sgd) G. LEIGH", wit="",
        body=["I am a Police Constable at Millbrook. At 11:20 on Monday 5 October 2026 I was on front counter "
              "duty when Ryan FELLOWES came in with his older brother and asked to speak to someone privately. I "
              "was the first officer he spoke to about this matter. In an interview room he told me, 'My manager "
              "touched me at a party on Saturday, he put his fingers inside me while I was asleep.' I recorded "
              "this in my notebook and he signed it. I created crime report 71/26/0533 and arranged for CID to "
              "see him."]))
    mg11(os.path.join(d, "MG11 ODUYA.pdf"), "nat", urn, dict(
        name="Kieran ODUYA", occ="Warehouse operative", date="12/10/2026", sig="(Sgd) K. ODUYA",
        wit="DC 4402 S. WHITTAKER", body=[
            "I work at the Millbrook distribution centre with Ryan FELLOWES. On Monday 5 October 2026 at the "
            "start of our shift Ryan was quiet and would not go near the office. On our break at about 07:30 "
            "he told me that at Craig's party 'Craig did stuff to me while I was asleep, he put his hand down "
            "my shorts, inside me.' He was shaking. He said he was going to the police with his brother."]))
    mg11(os.path.join(d, "MG11 TULLY.pdf"), "nat", urn, dict(
        name="Megan TULLY", occ="Administrator", date="16/10/2026", sig="(Sgd) M. TULLY",
        wit="DC 4402 S. WHITTAKER", body=[
            "I went to a party at Craig DUNMORE's house on Saturday 3 October 2026. At about ten to two I was "
            "in the hallway when Ryan, who I know from work, came down the stairs very fast. He was as white as "
            "a sheet. I said 'you alright?' and he did not answer; he just went out of the front door."]))
    dpn(os.path.join(d, "DPN FELLOWES.pdf"), urn, "Ryan FELLOWES", "Apple iPhone 13 (SW/4)",
        "To assist the investigation into the incident you have reported.",
        "Full download of the device. All data on the device may be extracted and reviewed.",
        "(Sgd) R. FELLOWES 09/10/2026", "(Sgd) S. WHITTAKER DC 4402")
    write_pdf(os.path.join(d, "DFU request 0871.pdf"), [
        ("title", "Digital Forensic Unit — Examination Request"),
        ("kv", [("URN", urn), ("DFU ref", "DFU/26/0871"), ("Exhibit", "SW/4 Apple iPhone 13 (complainant)"),
                ("Examination requested", "Full download — all data"), ("Date range", "All"),
                ("Requested by", "DC 4402 WHITTAKER 10/10/2026"), ("Target date", "15/01/2027")], 0.3),
        ("p", "Please carry out a full extraction of the handset and supply the complete report.")])
    roti(os.path.join(d, "ROTI DUNMORE.pdf"), urn, "DUNMORE, Craig Anthony", "14/10/2026",
         "Millbrook police station (voluntary attendance)", "10:05 – 10:49", "DC WHITTAKER",
         "Ms P. ANAND, solicitor", "SW/5", [
             ["00:00", "WHITTAKER", "Caution; voluntary attendance explained; free to leave."],
             ["03:00", "DUNMORE", "Confirms party; Ryan drank a lot; went up to check on him."],
             ["11:40", "DUNMORE", "Says Ryan pulled him onto the bed and they 'messed about' over clothes."],
             ["19:10", "WHITTAKER", "Puts penetration allegation. 'Absolutely not. Never.'"],
             ["30:00", "DUNMORE", "Produces message 'thanks for the party, got home ok' sent 4 October."],
             ["44:00", "WHITTAKER", "Interview concluded."]])
    pnc_print(os.path.join(d, "PNC DUNMORE.pdf"), urn, "PNC — Suspect",
              [("DUNMORE, Craig Anthony  DOB 19/02/1985", ["No convictions, cautions or reprimands recorded."])],
              "DC WHITTAKER", "07/12/2026", force=NM)
    pnc_print(os.path.join(d, "PNC wits.pdf"), urn, "PNC — Witnesses", [
        ("FELLOWES, Ryan", ["No trace."]), ("ODUYA, Kieran", ["No trace."]), ("TULLY, Megan", ["No trace."])],
        "DC WHITTAKER", "07/12/2026", force=NM)
    schedule_xlsx(os.path.join(d, "unused non-sensitive.xlsx"), "MG6C", NM, urn, "DUNMORE", [
        [1, "Crime report 71/26/0533 (Valiant RMS)", "OIC", "Rebuttable presumption — copy with file", "D"],
        [2, "Front counter incident log 05/10/2026 FC-1120", "OIC", "Rebuttable presumption — copy with file", "D"],
        [3, "PC LEIGH PNB entry 05/10/2026 — first account to police, signed", "Property", "Copy with file", "D"],
        [4, "Notes of conversations with five party guests (names listed in note)", "OIC", "None saw relevant events", ""],
        [5, "HR records of FELLOWES and DUNMORE — Millbrook DC", "OIC", "No prior complaints", ""],
        [6, "Download of suspect's phone (SW/6) — message 04/10/2026", "DFU", "May assist defence", ""],
        [7, "ABE interview plan 09/10/2026", "OIC", "", ""]], "DC 4402 WHITTAKER", "08/12/2026")
    schedule_xlsx(os.path.join(d, "unused sensitive.xlsx"), "MG6D", NM, urn, "DUNMORE", [],
                  "DC 4402 WHITTAKER", "08/12/2026")
    crime_report(os.path.join(d, "CR 71-26-0533.pdf"), NM, "VALIANT RMS", urn, "71/26/0533", [
        "Classification: ASSAULT BY PENETRATION (MALE 16+)   Committed: 04/10/2026 01:30",
        "Location: 7 TANNER'S ROW, MILLBROOK   Reported: 05/10/2026 11:20 front counter",
        "VICTIM: FELLOWES, Ryan  M 19     SUSPECT: DUNMORE, Craig Anthony  M 41",
        "Initial account (PC 5120 LEIGH): V states manager put fingers inside him while asleep at party.",
        "V accompanied by brother, who V says he told on the Sunday morning.",
        "Actions: ABE 09/10. ISVA referral. Suspect VA interview 14/10. RUI."])
    cad_log(os.path.join(d, "FC log 05-10-26.pdf"), NM, "FC-1120 05/10/2026", [
        "11:20 FRONT COUNTER: MALE 19 ATTENDS WITH BROTHER TO REPORT SEXUAL ASSAULT",
        "11:24 PC 5120 LEIGH TAKING INITIAL ACCOUNT IN ROOM 2",
        "12:05 CRIME 71/26/0533 RAISED. CID (DS ABBOTT) INFORMED"])
    pnb(os.path.join(d, "PNB LEIGH 05-10.pdf"), urn, "PC 5120 LEIGH", "PNB 902 page 44", [
        "05/10/26 11:24 Millbrook front counter, room 2. Ryan FELLOWES (brother Liam present in foyer).",
        "States: 'My manager touched me at a party on Saturday, he put his fingers inside me",
        "   while I was asleep.' Manager = Craig DUNMORE. Read over and signed R Fellowes."])
    mg12(os.path.join(d, "MG12.pdf"), urn, [
        ["SW/1", "VRI master FELLOWES", "DC WHITTAKER", "Property store"],
        ["SW/2", "VRI working copy FELLOWES", "DC WHITTAKER", "With file"],
        ["SW/4", "iPhone 13 (complainant)", "DC WHITTAKER", "DFU"],
        ["SW/5", "Interview recording DUNMORE", "DC WHITTAKER", "Property store"],
        ["SW/6", "Suspect's phone download", "DC WHITTAKER", "DFU"]])
    mg2(os.path.join(d, "MG2.pdf"), urn, [
        ("Witness", "FELLOWES, Ryan"), ("Eligibility", "Complainant in sexual offence — s.17(4) YJCEA"),
        ("Vulnerable s.16", "No — intermediary not required"),
        ("Measures", "ABE as evidence-in-chief; screen; s.28 pre-recorded cross-examination (he wants this)"),
        ("Completed", "DC WHITTAKER 02/12/2026")])
    write_expected(out, name, "charging", 1,
                   ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "DPN",
                    "CRIME_REPORT", "INCIDENT_LOG", "MG2"],
                   ["key_statements", "dig_prop"],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                    "abe_exhibited", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                    "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                    "dig_dpn", "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care",
                    "files_readable", "one_urn"],
                   [{"name": "Doc1.pdf", "type": "MG3"},
                    {"name": "VRI_20261009_1400.mp4", "type": "ABE_RECORDING"},
                    {"name": "SW-2 summary.pdf", "type": "ABE_SUMMARY"},
                    {"name": "MG11 WHITTAKER.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MG11 LEIGH.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MG11 ODUYA.pdf", "type": "MG11", "role": "first_account"},
                    {"name": "MG11 TULLY.pdf", "type": "MG11", "role": "witness"},
                    {"name": "DPN FELLOWES.pdf", "type": "DPN"},
                    {"name": "ROTI DUNMORE.pdf", "type": "ROTI"},
                    {"name": "unused non-sensitive.xlsx", "type": "MG6C"},
                    {"name": "unused sensitive.xlsx", "type": "MG6D"},
                    {"name": "CR 71-26-0533.pdf", "type": "CRIME_REPORT"},
                    {"name": "FC log 05-10-26.pdf", "type": "INCIDENT_LOG"},
                    {"name": "MG12.pdf", "type": "MG12"},
                    {"name": "MG2.pdf", "type": "MG2"}])

# ============================================================================================
# CALDERMOUTH POLICE: force template MG3 in DOCX with its own lettered headings; statements as
# DOCX typed copies "Signature: [signed]"; schedules as PDF tables running over pages
# ============================================================================================
CAL = "Caldermouth Police"


def cal_mg3(path, urn, f):
    b = [("small", "OFFICIAL-SENSITIVE when complete"),
         ("title", "CALDERMOUTH POLICE — RASSO CHARGING SUBMISSION"),
         ("sub", "MG3 Report to Crown Prosecutor for Charging Decision (force template PP-17 v4.2)"),
         ("kv", [("URN", urn), ("Operation", f["op"]), ("Submitted", f["date"]),
                 ("Submitting officer (OIC)", f["oic"]), ("OIC direct line / e-mail", f["contact"])], 0.33),
         ("h", "A. DECISION REQUESTED"), ("p", f["test"]),
         ("h", "B. PERSONS"), ("kv", f["persons"], 0.3),
         ("h", "C. THE ALLEGATION"), *[("p", x) for x in f["allegation"]],
         ("h", "D. EVIDENCE IN SUPPORT"), *[("p", x) for x in f["evidence"]],
         ("h", "E. ACCOUNT OF THE SUSPECT"), *[("p", x) for x in f["defence"]],
         ("h", "F. INVESTIGATION — LINES OF ENQUIRY PURSUED AND NOT PURSUED"), *[("p", x) for x in f["loe"]],
         ("h", "G. MATERIAL STILL AWAITED"), *[("p", x) for x in f["outstanding"]],
         ("h", "H. DIGITAL AND THIRD PARTY MATERIAL"), *[("p", x) for x in f["digital"]],
         ("h", "I. VICTIM CARE"), *[("p", x) for x in f["victim"]],
         ("h", "J. UNUSED MATERIAL"), *[("p", x) for x in f["disclosure"]],
         ("h", "K. BAIL / RUI"), *[("p", x) for x in f["bail"]],
         ("h", "L. EARLY ADVICE"), ("p", f["ea"]),
         ("h", "M. AUTHORISATION"), *[("p", x) for x in f["auth"]]]
    write_docx(path, b, head="Caldermouth Police | Public Protection Directorate | OFFICIAL-SENSITIVE",
               foot=f"PP-17 v4.2   URN {urn}")


def cal_c_rows_long():
    """A long, properly described MG6C (so that the PDF table runs over several pages)."""
    rows = [
        ["Crime report 22/26/9071 (Athlon RMS) incl. initial account and all log entries", "OIC file", "Rebuttable presumption — copy sent with file", "D"],
        ["Incident log CAD 0611 10/09/2026 — call from FitHub Caldermouth", "OIC file", "Rebuttable presumption — copy sent with file", "D"],
        ["PC SHAH PNB 3302 pp.40–44: first account given by complainant at FitHub", "Property store", "Record of first complaint — copy with file", "D"],
        ["FitHub member check-in log 10/09/2026 (complainant arrives 08:52)", "OIC file", "Supports timing of first complaint", ""],
        ["Screenshots supplied by complainant of suspect's messages 08–10/09/2026 (NV/1)", "OIC file", "Exhibited", ""],
        ["Download report of suspect's Samsung phone (IS/5) — messages with complainant Aug–Sep 2026", "DFU", "Includes his message 'can we talk, miss you' 07/09 — may assist defence (relationship continuing)", ""],
        ["Domestic abuse risk assessment (DASH) 10/09/2026", "OIC file", "Medium risk", ""],
        ["Previous incident 22/26/4410 (verbal argument, March 2026, no offences)", "Athlon", "Shows relationship difficulties; may be relevant to both", ""],
        ["Notes of call with complainant's mother 11/09/2026 before her statement", "OIC file", "Consistent with statement", ""],
        ["House-to-house, Harbour View, 12 addresses, 11/09/2026", "OIC file", "Neighbour at no. 20 heard a door slam about 23:30", ""],
        ["Bail record and conditions BLYTHE 13/09/2026", "Custody", "", ""],
        ["Custody record BLYTHE 12–13/09/2026", "Custody", "No issues", ""],
        ["Search record, suspect's flat 12/09/2026 — nothing seized", "OIC file", "", ""],
        ["Bedsheet and pillowcase seizure record (IS/3, IS/4)", "Property store", "Exhibited", ""],
        ["Forensic submission form MG21 — IS/3, IS/4, reference samples", "OIC file", "", ""],
        ["Caldermouth Forensic Services case file (lab notes)", "CFS", "Available on request", ""],
        ["SARC referral and appointment record 10/09/2026", "Harbourside SARC", "", ""],
        ["Medical records consent form signed by complainant 10/09/2026", "OIC file", "Consent recorded", ""],
        ["ISVA referral confirmation email 10/09/2026", "OIC file", "", ""],
        ["Victim Code needs assessment 11/09/2026", "OIC file", "", ""],
        ["VPS offer record 11/09/2026", "OIC file", "", ""],
        ["Officer's notes of review with complainant about video interview option 11/09/2026", "OIC file", "She chose a written statement", ""],
        ["Gym CCTV request — reply from FitHub: reception camera overwritten after 14 days", "OIC file", "Not obtainable", ""],
        ["Suspect's employer confirmation of shifts 09/09/2026 (finished 17:00)", "OIC file", "Neutral", ""],
        ["Taxi enquiry: suspect says he walked home; no taxi records found", "OIC file", "Neutral", ""],
        ["Mobile phone cell-site request for suspect 09/09 — not made (presence accepted)", "OIC file", "Reason recorded", ""],
        ["Notes of conversation with suspect's friend Dean MAWER 20/09/2026", "OIC file", "Says suspect told him they 'got back together for a night'", ""],
        ["Early advice request and CPS reply 01/10/2026", "OIC file", "With file", ""],
        ["Supervisory review entries DS OWUSU 15/09, 02/10, 01/12/2026", "Athlon", "", ""],
        ["Typed copies of all statements (signed originals held by OIC)", "OIC file", "", ""],
        ["Bail extension authority Supt HEWITT 10/12/2026 (pending)", "OIC file", "", ""],
        ["Photographs of complainant's bedroom 10/09/2026 (SOCO, 14 images)", "SOCO", "Not exhibited; no damage shown", ""],
        ["SOCO attendance log 10/09/2026", "SOCO", "", ""],
        ["Property store movement records for IS/3, IS/4", "Property store", "", ""],
        ["Pocket notebook PC SHAH pp.45–47 — arrest of suspect 12/09/2026", "Property store", "Reply on arrest: 'she wanted it'", ""]]
    return [[i + 1] + r for i, r in enumerate(rows)]


def case_cal1(out):
    """Caldermouth, compliant: written complainant statement (no ABE), first accounts by job and by name."""
    name = "CAL_22CM0907126_BLYTHE"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "22CM0907126"
    cal_mg3(os.path.join(d, "PP17 charging submission BLYTHE.docx"), urn, dict(
        op="HARBOUR GULL", date="08/12/2026", oic="DC 1462 Adaeze NWOSU",
        contact="01632 960581 / adaeze.nwosu@caldermouth.police.example",
        test="Full Code Test charging decision requested. All key evidence is enclosed.",
        persons=[("Complainant", "Natalie VOSS, 31, pharmacy technician"),
                 ("Suspect", "Aaron Lee BLYTHE, 33, mechanic — former partner (together 4 years, separated August 2026)"),
                 ("Offence", "Rape (s.1 Sexual Offences Act 2003), 9 September 2026, 22 Harbour View, Caldermouth")],
        allegation=["On the evening of Wednesday 9 September 2026 the suspect came to the complainant's flat to "
                    "collect his belongings. He stayed, tried to kiss her, and when she refused pushed her onto "
                    "the bed and had vaginal intercourse with her while she cried and told him to stop. He left "
                    "at about 23:30."],
        evidence=["Complainant's MG11 (written statement, 11/09/2026). She was offered a video recorded interview "
                  "and chose to give a written statement instead; a written statement was taken rather than a "
                  "video-recorded interview, and her reasons are on the MG6C (item 22).",
                  "First complaint: the next morning she went to her gym and broke down at the front desk; she "
                  "told the receptionist at her gym what had happened. The receptionist has made a statement and "
                  "the gym manager called police. On 11/09 she told her mother, Sandra VOSS, by phone; statement "
                  "enclosed.",
                  "First attending officer PC 2209 SHAH — statement enclosed.",
                  "Forensic: semen on the bedsheet IS/3 — DNA matching the suspect (statement of forensic "
                  "scientist Dr Leonie PARR). SARC examination 10/09/2026 — no injuries recorded (report "
                  "enclosed; consent to release given)."],
        defence=["Interviewed 12/09/2026 (MG15 enclosed). He accepts intercourse and says it was consensual: they "
                 "had talked about getting back together, she kissed him first. Likely defence: consent / "
                 "reasonable belief."],
        loe=["Pointing away from the suspect or supporting his account: his phone was downloaded and his "
             "messages to her before the incident reviewed (MG6C item 6, may assist defence); his friend Dean "
             "MAWER was spoken to (item 27, says the suspect told him they got back together — recorded as "
             "capable of assisting the defence); the prior incident in March 2026 reviewed (item 8).",
             "Gym reception CCTV: not obtainable — overwritten after 14 days before the request (item 23).",
             "Cell-site for the suspect: not pursued because his presence at the flat is accepted (item 26).",
             "House-to-house: one neighbour heard a door slam at about 23:30 (item 10); no statement taken as it "
             "adds nothing disputed."],
        outstanding=["None. No further enquiries are outstanding."],
        digital=["She did not want her phone examined and it has not been. The messages she relies on were "
                 "provided by her as screenshots she chose herself (NV/1); the suspect's own phone holds the "
                 "same conversation and was downloaded with his agreement. No request for her digital data has "
                 "been made.",
                 "No third-party material (counselling, GP, social care) has been requested; there is no "
                 "reasonable line of enquiry pointing to any."],
        victim=["Special measures: MG2 enclosed. She is eligible under s.17(4). She would like to give evidence by "
                "live link and has asked for her cross-examination to be pre-recorded under s.28, which was "
                "explained to her on 25/11/2026. Not vulnerable under s.16; no intermediary required.",
                "Needs: no interpreter (English first language). She has a hearing impairment in one ear and asks "
                "that she sits with her right side to the speaker. Support from her mother.",
                "VPS: offered on 11/09/2026; she made one (enclosed).",
                "ISVA: referred 10/09/2026 to Caldermouth ISVA Service; allocated ISVA Gemma RUTHVEN."],
        disclosure=["MG6C (35 items, PDF) and MG6D enclosed. Rebuttable presumption material enclosed: crime "
                    "report, CAD 0611, PC SHAH's notebook record of first complaint, witness PNC checks."],
        bail=["Pre-charge bail from 13/09/2026, extended to 12/01/2027. Conditions: not to contact Natalie VOSS "
              "directly or indirectly; not to go to Harbour View, Caldermouth; to reside at 4 Mill Lane, "
              "Caldermouth. No breaches."],
        ea="Early advice was sought on 01/10/2026 (copy of the CPS reply enclosed); the actions advised (forensic "
           "result, mother's statement) are complete.",
        auth=["Reviewed and authorised for submission: DS 0877 Kwame OWUSU, 07/12/2026.",
              "Inspector's note: file meets NFS for RASSO — Insp. L. GRANT, 08/12/2026."]))
    mg11(os.path.join(d, "VOSS statement typed.docx"), "typed", urn, dict(
        name="Natalie VOSS", occ="Pharmacy technician", date="11/09/2026", sig="[signed]",
        wit="DC 1462 NWOSU", body=[
            "I am making this statement about what Aaron BLYTHE did to me on Wednesday 9 September 2026 at my flat, "
            "22 Harbour View, Caldermouth. Aaron and I were together for four years and lived together at this "
            "flat until he moved out in August 2026.",
            "He messaged me on the Wednesday afternoon asking if he could collect the rest of his things. I said "
            "yes. He came at about 9 pm. He had a few cans with him. He packed two bags and then sat on the bed "
            "and said he missed me. I said it was over.",
            "He tried to kiss me. I turned my face away and said 'Aaron, no.' He pushed me back on the bed by my "
            "shoulders. I said 'stop, I don't want this.' He pulled my leggings down. I was crying. He had sex "
            "with me, his penis in my vagina. I kept saying stop. It lasted a few minutes. Afterwards he said "
            "'you'll miss this' and left with his bags at about half eleven.",
            "I did not sleep. In the morning I went to the gym because I did not know what else to do. At the "
            "front desk Bethany asked if I was alright and I burst into tears and told her Aaron had raped me. "
            "The manager phoned the police. I later told my mum on the phone.",
            "I took screenshots of the messages Aaron sent me that week and I have given them to DC NWOSU. I "
            "produce them as exhibit NV/1. I did not want to hand over my phone and the officer told me that was "
            "my choice.",
            "I consent to the SARC and my GP releasing my medical notes about this to the police and CPS."]))
    mg11(os.path.join(d, "CROFT statement typed.docx"), "typed", urn, dict(
        name="Bethany CROFT", occ="Receptionist, FitHub Caldermouth", date="10/09/2026", sig="[signed]",
        wit="PC 2209 SHAH", body=[
            "I work on the front desk at FitHub Caldermouth. I know Natalie VOSS as a regular member who comes in "
            "most mornings.",
            "On Thursday 10 September 2026 at about 08:55 Natalie came to the desk. She looked like she had not "
            "slept. I asked if she was OK and she started crying. I took her into the staff room. She said "
            "'Aaron came round last night and he raped me, I told him no and he didn't stop.' I knew Aaron was her "
            "ex. I fetched my manager, who rang the police."]))
    mg11(os.path.join(d, "Sandra VOSS typed.docx"), "typed", urn, dict(
        name="Sandra VOSS", occ="Retired teacher", date="14/09/2026", sig="[signed]", wit="DC 1462 NWOSU",
        body=["Natalie VOSS is my daughter. On Friday 11 September 2026 at about 7 pm she rang me. She was crying and "
              "said that Aaron had forced himself on her on Wednesday night when he came for his things. She said "
              "she told him no and he did it anyway. I drove over to stay with her that night."]))
    mg11(os.path.join(d, "SHAH statement typed.docx"), "typed", urn, dict(
        name="Imran SHAH", occ="Police constable 2209", date="10/09/2026", sig="[signed]", wit="", body=[
            "I am PC 2209 SHAH of Caldermouth Police. At 09:08 on Thursday 10 September 2026 I was sent to FitHub, "
            "Dock Road, Caldermouth (CAD 0611) and arrived at 09:21. I was the first officer to attend.",
            "In the staff room I spoke to Natalie VOSS. She told me, 'My ex, Aaron Blythe, came round last night for "
            "his stuff and raped me on my bed.' I recorded this in my pocket notebook (PNB 3302, pages 40 to 44). "
            "She was tearful throughout. I did not activate body worn video because of the private setting and "
            "her distress; I recorded my reason in my notebook.",
            "At 10:40 I went with her to 22 Harbour View and seized the bedsheet and a pillowcase from her bed, which "
            "I produce as IS/3 and IS/4.",
            "At 07:15 on Saturday 12 September 2026 I arrested Aaron BLYTHE at 4 Mill Lane. After caution he said "
            "'she wanted it.'"]))
    mg11(os.path.join(d, "PARR statement typed.docx"), "typed", urn, dict(
        name="Dr Leonie PARR", occ="Forensic scientist, Caldermouth Forensic Services", date="28/10/2026",
        sig="[signed]", wit="", body=[
            "I hold a BSc in Biochemistry and a PhD in forensic genetics and have been a reporting forensic "
            "scientist for eleven years. I am a member of the Chartered Society of Forensic Sciences.",
            "I received the bedsheet IS/3 and pillowcase IS/4 and reference samples from Natalie VOSS and Aaron "
            "BLYTHE. Semen was found on IS/3. The DNA profile from the semen matches Aaron BLYTHE; the chance of a "
            "match with an unrelated person is less than one in a billion. Given that the suspect accepts "
            "intercourse, these findings do not assist in deciding whether it was consensual."]))
    # ROTI (force style DOCX)
    roti(os.path.join(d, "ROTI BLYTHE 12-09-26.docx"), urn, "BLYTHE, Aaron Lee", "12/09/2026",
         "Caldermouth Central custody", "11:32 – 12:20", "DC NWOSU, DC PYKE", "Mr T. HALE (solicitor)", "AN/2", [
             ["00:00", "NWOSU", "Caution, legal advice, reasons for arrest."],
             ["04:20", "BLYTHE", "Went to collect things; they talked about getting back together."],
             ["12:30", "BLYTHE", "Says she kissed him first; sex was consensual; she did not say stop."],
             ["25:00", "NWOSU", "Puts her account. He says she is 'doing this to get back at me'."],
             ["41:00", "PYKE", "Asks about leaving; says he left because she 'went cold'."],
             ["48:00", "NWOSU", "Interview concluded."]], docx=True)
    write_pdf(os.path.join(d, "SARC report VOSS.pdf"), [
        ("title", "Harbourside SARC — Forensic Medical Examination Report"),
        ("kv", [("URN", urn), ("Patient", "Natalie VOSS"), ("Date", "10/09/2026 15:00"),
                ("Examiner", "Dr Faye OKONJO, forensic physician"),
                ("Consent", "Written consent to examination and to release of this report and notes to police "
                            "and CPS, signed 10/09/2026")], 0.25),
        ("p", "No injuries were seen on general or anogenital examination. The absence of injury does not "
              "indicate whether intercourse was consensual. Swabs taken and retained.")])
    write_pdf(os.path.join(d, "NV-1 screenshots.pdf"), [
        ("title", "Exhibit NV/1 — screenshots supplied by the complainant"),
        ("mono", ["08/09 19:02 Aaron: can I get the rest of my stuff this week",
                  "09/09 15:40 Aaron: coming round at 9 ok",
                  "09/09 15:41 Natalie: just for your stuff",
                  "10/09 07:12 Aaron: last night was good, dont be weird"])])
    pnc_print(os.path.join(d, "PNC BLYTHE.pdf"), urn, "PNC print — suspect", [
        ("BLYTHE, Aaron Lee  DOB 14/01/1993", ["Convictions: 0. Cautions: 1 — 2014 possession of cannabis.",
                                               "Warning signals: none."])], "DC NWOSU", "30/11/2026", force=CAL)
    pnc_print(os.path.join(d, "PNC witnesses.pdf"), urn, "PNC print — prosecution witnesses", [
        ("VOSS, Natalie", ["No trace"]), ("CROFT, Bethany", ["No trace"]), ("VOSS, Sandra", ["No trace"])],
        "DC NWOSU", "30/11/2026", force=CAL)
    schedule_rows_pdf(os.path.join(d, "MG6C BLYTHE.pdf"), "MG6C", CAL, urn, "Aaron Lee BLYTHE",
                      cal_c_rows_long(), "DC 1462 A. NWOSU", "07/12/2026")
    schedule_rows_pdf(os.path.join(d, "MG6D BLYTHE.pdf"), "MG6D", CAL, urn, "Aaron Lee BLYTHE", [
        [1, "DASH risk assessment narrative including complainant's personal circumstances", "Personal and safeguarding information", "Reviewed — nothing undermining", ""],
        [2, "ISVA referral form", "Third-party support service / personal data", "Reviewed — nothing relevant", ""]],
        "DC 1462 A. NWOSU", "07/12/2026")
    mg12(os.path.join(d, "MG12 BLYTHE.docx"), urn, [
        ["NV/1", "Screenshots of messages", "N. VOSS", "With file"],
        ["IS/3", "Bedsheet", "PC SHAH", "Caldermouth Forensic Services"],
        ["IS/4", "Pillowcase", "PC SHAH", "Caldermouth Forensic Services"],
        ["IS/5", "Suspect's Samsung phone", "DC NWOSU", "DFU"],
        ["AN/2", "Interview recording BLYTHE", "DC NWOSU", "Property store"]], docx=True)
    pnb(os.path.join(d, "PNB 3302 SHAH.pdf"), urn, "PC 2209 SHAH", "PNB 3302 pages 40–44", [
        "10/09/26 09:21 FitHub Dock Road, staff room. Natalie VOSS, Bethany CROFT present.",
        "09:25 VOSS states: 'My ex, Aaron Blythe, came round last night for his stuff and raped me",
        "   on my bed.' Tearful. BWV not activated — private setting, V distressed.",
        "   Read over and signed N Voss."], fam="sans")
    crime_report(os.path.join(d, "Athlon 22-26-9071.pdf"), CAL, "ATHLON RMS", urn, "22/26/9071", [
        "Offence: RAPE F 16+   When: 09/09/2026 21:00-23:30   Where: 22 HARBOUR VIEW CALDERMOUTH",
        "Victim: VOSS Natalie F 31  Protected characteristics: hearing impairment (one ear)",
        "Suspect: BLYTHE Aaron Lee M 33 (ex-partner)   DA flag: Y",
        "First account (PC 2209 SHAH 09:25 10/09): 'My ex came round for his stuff and raped me on my bed.'",
        "Actions: SARC 10/09; ISVA 10/09; written MG11 11/09 (V declined VRI); arrest 12/09; bail 13/09."])
    cad_log(os.path.join(d, "CAD 0611.pdf"), CAL, "0611 10/09/2026", [
        "09:04 CALLER: GYM MANAGER FITHUB DOCK ROAD. MEMBER DISCLOSED RAPE BY EX-PARTNER LAST NIGHT",
        "09:08 RESOURCE: CM14 PC 2209 SHAH", "09:21 CM14 ON SCENE", "10:02 CM14: V SAFE, SARC ARRANGED 15:00"])
    mg2(os.path.join(d, "MG2 VOSS.docx"), urn, [
        ("Witness", "Natalie VOSS"), ("Eligibility", "s.17(4) YJCEA — complainant of sexual offence"),
        ("Vulnerable (s.16)", "No; no intermediary needed"),
        ("Measures", "Live link (s.24); s.28 pre-recorded cross-examination — she wants this; screens if in court"),
        ("Other needs", "Hearing impaired left ear — seat to her right; breaks"),
        ("Assessed by", "DC NWOSU 25/11/2026")], docx=True)
    write_docx(os.path.join(d, "VPS VOSS.docx"), [
        ("title", "Victim Personal Statement"), ("p", f"URN {urn}"),
        ("p", "Statement of Natalie VOSS, made 11/09/2026 (typed copy of signed original). Since that night I "
              "have not been able to sleep in my own flat. I have moved back in with my mum for now..."),
        ("p", "Signature: [signed]   Date: 11/09/2026")])
    write_eml(os.path.join(d, "Early advice reply.eml"), "rasso.unit@cps.example",
              "adaeze.nwosu@caldermouth.police.example", f"EARLY ADVICE — {urn} — BLYTHE",
              "Thu, 01 Oct 2026 15:12:00 +0100",
              "Early advice\n\nDC Nwosu,\n\nThank you for the early advice request. Before a charging decision: (1) obtain "
              "the forensic result on IS/3; (2) take a statement from the complainant's mother if she was told. "
              "No need to examine the complainant's phone: the relevant messages are on the suspect's device.\n\n"
              "Reviewing lawyer, CPS RASSO Unit")
    write_expected(out, name, "charging", 0,
                   ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "MEDICAL", "CRIME_REPORT", "INCIDENT_LOG",
                    "MG2", "VPS"],
                   [],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "key_statements",
                    "officer_statement", "signed", "suspect_interview", "previous_convictions",
                    "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
                    "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
                    "special_measures", "victim_care", "files_readable", "one_urn"],
                   [{"name": "PP17 charging submission BLYTHE.docx", "type": "MG3"},
                    {"name": "VOSS statement typed.docx", "type": "MG11", "role": "complainant"},
                    {"name": "CROFT statement typed.docx", "type": "MG11", "role": "first_account"},
                    {"name": "Sandra VOSS typed.docx", "type": "MG11", "role": "first_account"},
                    {"name": "SHAH statement typed.docx", "type": "MG11", "role": "officer"},
                    {"name": "PARR statement typed.docx", "type": "MG11", "role": "expert"},
                    {"name": "ROTI BLYTHE 12-09-26.docx", "type": "ROTI"},
                    {"name": "SARC report VOSS.pdf", "type": "MEDICAL"},
                    {"name": "PNC BLYTHE.pdf", "type": "PNC"},
                    {"name": "PNC witnesses.pdf", "type": "PNC"},
                    {"name": "MG6C BLYTHE.pdf", "type": "MG6C"},
                    {"name": "MG6D BLYTHE.pdf", "type": "MG6D"},
                    {"name": "MG12 BLYTHE.docx", "type": "MG12"},
                    {"name": "Athlon 22-26-9071.pdf", "type": "CRIME_REPORT"},
                    {"name": "CAD 0611.pdf", "type": "INCIDENT_LOG"},
                    {"name": "MG2 VOSS.docx", "type": "MG2"},
                    {"name": "VPS VOSS.docx", "type": "VPS"},
                    {"name": "Early advice reply.eml", "type": ["EARLY_ADVICE", "CORRESPONDENCE"]}])


def case_cal2(out):
    """Caldermouth, faulty: ABE referred to and exhibited but no recording in the file (abe_recording);
    no sensitive schedule at all (mg6d)."""
    name = "CAL_Op_TERN_22CM1120426"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "22CM1120426"
    cal_mg3(os.path.join(d, "Charging submission PP17.docx"), urn, dict(
        op="TERN", date="10/12/2026", oic="DC 1877 Laura PENHALIGON",
        contact="01632 960744 / laura.penhaligon@caldermouth.police.example",
        test="Full Code Test charging decision requested.",
        persons=[("Complainant", "Maisie FARRANT, 17, college student"),
                 ("Suspect", "Jordan Craig PELL, 22, labourer — older brother of a college friend"),
                 ("Offence", "Rape (s.1 SOA 2003), 24 October 2026, 31 Kiln Street, Caldermouth")],
        allegation=["After a gathering at the suspect's family home the complainant stayed over in the spare "
                    "room. She woke to find the suspect in the bed having sex with her. She pushed him off and "
                    "texted her friend."],
        evidence=["ABE video recorded interview 28/10/2026 by DC PENHALIGON (exhibit LP/1, working copy LP/2); "
                  "the index and summary and DC PENHALIGON's statement exhibiting the recording are enclosed.",
                  "First account: at 04:02 she texted her friend from college, Ellie NAYLOR, 'he got in bed and did "
                  "it while I was asleep'. Statement from NAYLOR enclosed.",
                  "Her father Gavin FARRANT collected her at 04:30 and saw her crying; statement enclosed.",
                  "First attending officer PC 3011 DEAN — statement enclosed.",
                  "Medical: SARC examination 24/10/2026 with consent of the complainant and her father; no "
                  "injuries; swabs — DNA result (SFR1) enclosed: semen matching the suspect."],
        defence=["Interviewed 30/10/2026 (ROTI enclosed): accepts intercourse, says she came into his room and "
                 "initiated it and was awake throughout."],
        loe=["Other guests at the gathering (four) spoken to; none saw her go to his room (notes, MG6C). The "
             "suspect's sister, who says the complainant 'fancied' him, gave a statement under the defence "
             "heading — enclosed and listed as capable of assisting the defence. Household doorbell camera: "
             "checked, faces the street only; not relevant."],
        outstanding=["None outstanding. All results received."],
        digital=["Complainant's phone: not examined. She supplied the text to NAYLOR, which is also on NAYLOR's "
                 "phone (EN/1). No request for her digital data or third-party records has been made."],
        victim=["Special measures: she is under 18 and so vulnerable under s.16(1)(a). Measures sought: ABE as "
                "evidence-in-chief, s.28 pre-recorded cross-examination (she and her father want this), live link. "
                "A registered intermediary assessment was considered; RI Helen QUARTERMAINE assessed her on "
                "26/10/2026 and found no communication needs requiring an intermediary.",
                "Needs: appropriate adult support from her father; college liaison; no interpreter.",
                "VPS: offered 28/10/2026 — she will make one later.",
                "ISVA: referred to the Children and Young People's ISVA 25/10/2026."],
        disclosure=["MG6C enclosed. Rebuttable presumption material enclosed: crime report, incident log, first "
                    "complaint text (EN/1), witness PNC checks."],
        bail=["Pre-charge bail to 20/01/2027; conditions: no contact with Maisie FARRANT directly or indirectly; "
              "not to attend Caldermouth College campus."],
        ea="Early advice was not sought because the evidence was complete within six weeks and the case was "
           "suitable for a full code test decision (DS OWUSU, 06/11/2026).",
        auth=["Authorised: DS 0877 Kwame OWUSU 09/12/2026."]))
    abe_summary(os.path.join(d, "LP-2 index.docx"), urn, "Maisie FARRANT (17)", "28/10/2026",
                "Caldermouth VRI suite", "DC 1877 PENHALIGON", "LP/1 master, LP/2 working copy (DVD)", [
                    ["10:03", "Ground rules; father waiting outside; RI not used (see assessment)."],
                    ["10:09", "Free narrative: the gathering, going to bed in the spare room around 1."],
                    ["10:21", "Waking; suspect behind her; intercourse; she pushed him; he left."],
                    ["10:34", "Texting Ellie; ringing her dad."],
                    ["10:47", "Questions about whether she went to his room — she says she never left the spare room."],
                    ["11:02", "Closure."]], docx=True, heading="ABE interview index (VRI)")
    mg11(os.path.join(d, "PENHALIGON typed.docx"), "typed", urn, dict(
        name="Laura PENHALIGON", occ="Detective Constable 1877", date="28/10/2026", sig="[signed]", wit="",
        body=["I am a Detective Constable trained in ABE interviewing. On Wednesday 28 October 2026 between 10:03 "
              "and 11:05 I conducted a video recorded interview with Maisie FARRANT at the Caldermouth VRI suite. "
              "I produce the master recording on DVD as exhibit LP/1 and a working copy as exhibit LP/2."]))
    mg11(os.path.join(d, "DEAN typed.docx"), "typed", urn, dict(
        name="Oliver DEAN", occ="Police constable 3011", date="24/10/2026", sig="[signed]", wit="",
        body=["At 04:41 on Saturday 24 October 2026 I was sent to 18 Slipway Close following a call from Gavin "
              "FARRANT (CAD 0219). I was the first officer to attend. Maisie FARRANT told me, 'Jordan got into "
              "bed with me while I was asleep and had sex with me.' No body worn camera had been issued to me "
              "that shift, so I wrote her words in my notebook, PNB 4120 page 8, and she signed the entry."]))
    mg11(os.path.join(d, "NAYLOR typed.docx"), "typed", urn, dict(
        name="Ellie NAYLOR", occ="Student", age="17", date="27/10/2026", sig="[signed]", wit="DC PENHALIGON",
        body=["Maisie is my friend from college. At 04:02 on Saturday 24 October 2026 I got a text from her saying "
              "'he got in bed and did it while I was asleep'. I rang her and she was crying. She said it was "
              "Jordan, Kayla's brother. I have shown the text to the police and produce a photograph of it as "
              "EN/1."]))
    mg11(os.path.join(d, "FARRANT G typed.docx"), "typed", urn, dict(
        name="Gavin FARRANT", occ="Electrician", date="25/10/2026", sig="[signed]", wit="PC DEAN",
        body=["Maisie is my daughter. At about 04:10 on 24 October 2026 she rang me crying and asked me to pick her "
              "up from Kiln Street. I got there at 04:30. She was in tears and would not say much in the car. At "
              "home she still would not say what had happened; she asked me to ring the police, which I did."]))
    roti(os.path.join(d, "ROTI PELL.docx"), urn, "PELL, Jordan Craig", "30/10/2026", "Caldermouth Central",
         "14:10 – 14:55", "DC PENHALIGON", "Ms R. DALE (solicitor)", "LP/4", [
             ["00:00", "PENHALIGON", "Caution and rights."], ["06:00", "PELL", "Says she came to his room."],
             ["18:30", "PELL", "Says she was awake and kissed him first."], ["40:00", "PENHALIGON", "Concluded."]],
         docx=True)
    write_pdf(os.path.join(d, "SFR1 CFS.pdf"), [
        ("title", "Streamlined Forensic Report — SFR1"),
        ("kv", [("URN", urn), ("Lab", "Caldermouth Forensic Services"), ("Date", "20/11/2026")], 0.2),
        ("p", "Vaginal swab: semen; DNA matches Jordan Craig PELL (match probability less than one in a billion)."),
        ("p", "SARC examination 24/10/2026 (consent of Maisie FARRANT and her father recorded on the SARC consent "
              "form): no injuries.")])
    pnc_print(os.path.join(d, "PNC PELL.pdf"), urn, "PNC — suspect",
              [("PELL, Jordan Craig", ["No convictions."])], "DC PENHALIGON", "01/12/2026", force=CAL)
    pnc_print(os.path.join(d, "PNC witnesses.pdf"), urn, "PNC — witnesses", [
        ("FARRANT, Maisie", ["No trace"]), ("NAYLOR, Ellie", ["No trace"]), ("FARRANT, Gavin", ["No trace"])],
        "DC PENHALIGON", "01/12/2026", force=CAL)
    schedule_rows_pdf(os.path.join(d, "MG6C PELL.pdf"), "MG6C", CAL, urn, "Jordan Craig PELL", [
        [1, "Crime report 22/26/11204", "OIC file", "Rebuttable presumption — copy with file", "D"],
        [2, "CAD 0219 24/10/2026 — call from Gavin FARRANT", "OIC file", "Rebuttable presumption — copy with file", "D"],
        [3, "PC DEAN PNB 4120 p.8 — first account to police, signed", "Property store", "Copy with file", "D"],
        [4, "Notes of conversations with four guests at the gathering 29/10/2026", "OIC file", "None saw her go to his room", ""],
        [5, "Statement of Kayla PELL (suspect's sister) 02/11/2026", "OIC file", "Capable of assisting defence — with file", "D"],
        [6, "Registered intermediary assessment report (H. QUARTERMAINE) 26/10/2026", "OIC file", "No RI needed", ""],
        [7, "ABE interview plan 27/10/2026", "OIC file", "", ""]], "DC 1877 L. PENHALIGON", "09/12/2026")
    write_docx(os.path.join(d, "Kayla PELL statement.docx"), [
        ("title", "WITNESS STATEMENT (MG11) — TYPED COPY"), ("p", f"URN: {urn}"),
        ("p", "Statement of: Kayla PELL   Age if under 18: 17   Occupation: Student"),
        ("p", DECL.format(n=1)), ("p", "Signature: [signed]   Date: 02/11/2026"),
        ("p", "Maisie is my friend. She has said before that she fancied my brother Jordan. At the gathering she "
              "was flirting with him. I went to bed at about 1 and did not see anything after that."),
        ("p", "Signature: [signed]   Signature witnessed by: [signed] DC PENHALIGON")])
    mg12(os.path.join(d, "MG12 PELL.docx"), urn, [
        ["LP/1", "ABE master DVD — M. FARRANT", "DC PENHALIGON", "Property store"],
        ["LP/2", "ABE working copy DVD — M. FARRANT", "DC PENHALIGON", "Property store"],
        ["EN/1", "Photograph of text message 04:02", "E. NAYLOR", "With file"],
        ["LP/4", "Interview recording PELL", "DC PENHALIGON", "Property store"]], docx=True)
    pnb(os.path.join(d, "PNB 4120 DEAN.pdf"), urn, "PC 3011 DEAN", "PNB 4120 page 8", [
        "24/10/26 04:58 18 Slipway Close. Maisie FARRANT (17), father Gavin present.",
        "States: 'Jordan got into bed with me while I was asleep and had sex with me.'",
        "   Read over and signed M Farrant."])
    crime_report(os.path.join(d, "Athlon 22-26-11204.pdf"), CAL, "ATHLON RMS", urn, "22/26/11204", [
        "Offence: RAPE F 16-17   When: 24/10/2026 02:00-03:50   Where: 31 KILN STREET CALDERMOUTH",
        "Victim: FARRANT Maisie F 17   Suspect: PELL Jordan Craig M 22",
        "First account (PC 3011 DEAN 04:55): 'Jordan got into bed with me while I was asleep and had sex with me.'"])
    cad_log(os.path.join(d, "CAD 0219.pdf"), CAL, "0219 24/10/2026", [
        "04:36 CALLER GAVIN FARRANT: DAUGHTER 17 SAYS SHE HAS BEEN RAPED AT A FRIEND'S HOUSE",
        "04:41 RESOURCE CM22 PC 3011 DEAN", "04:58 CM22 ON SCENE 18 SLIPWAY CLOSE"])
    mg2(os.path.join(d, "MG2 FARRANT.docx"), urn, [
        ("Witness", "Maisie FARRANT (17)"), ("Eligibility", "Vulnerable — under 18 (s.16(1)(a))"),
        ("Intermediary", "RI assessment 26/10/2026 — not required"),
        ("Measures", "ABE EIC (s.27); s.28 pre-recorded cross-examination — she wants this; live link (s.24)"),
        ("Completed", "DC PENHALIGON 01/12/2026")], docx=True)
    write_expected(out, name, "charging", 1,
                   ["MG3", "MG11", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG12", "FORENSIC", "CRIME_REPORT",
                    "INCIDENT_LOG", "MG2"],
                   ["abe_recording", "mg6d"],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited",
                    "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
                    "witness_convictions", "mg6c", "schedule_descriptions", "rebuttable_presumption", "dig_dpn",
                    "dig_prop", "exhibits", "forensic_medical", "special_measures", "victim_care",
                    "files_readable", "one_urn"],
                   [{"name": "Charging submission PP17.docx", "type": "MG3"},
                    {"name": "LP-2 index.docx", "type": "ABE_SUMMARY"},
                    {"name": "PENHALIGON typed.docx", "type": "MG11", "role": "officer"},
                    {"name": "DEAN typed.docx", "type": "MG11", "role": "officer"},
                    {"name": "NAYLOR typed.docx", "type": "MG11", "role": "first_account"},
                    {"name": "FARRANT G typed.docx", "type": "MG11", "role": "witness"},
                    {"name": "Kayla PELL statement.docx", "type": "MG11", "role": "witness"},
                    {"name": "ROTI PELL.docx", "type": "ROTI"},
                    {"name": "MG6C PELL.pdf", "type": "MG6C"},
                    {"name": "SFR1 CFS.pdf", "type": ["FORENSIC", "MEDICAL"]}])

# ============================================================================================
# HALLAMVALE POLICE: the MG3 is the officer's own prose (a memo in serif type); statements are
# typed copies in the "Signed: A. Person" convention; one statement arrives as an image-only scan
# ============================================================================================
HV = "Hallamvale Police"


def hv_mg3(path, urn, heading, paras, sign):
    b = [("small", "OFFICIAL-SENSITIVE", "R"),
         ("title", heading),
         ("p", f"URN {urn}")]
    for p in paras:
        if p.startswith("## "):
            b.append(("h", p[3:]))
        else:
            b.append(("p", p))
    b += [("gap", 3)] + [("p", s) for s in sign]
    write_pdf(path, b, fam="serif", head="", foot="Hallamvale Police — OFFICIAL-SENSITIVE — {p}/{nb}", size=10)


def case_hv1(out):
    """Hallamvale, compliant: prose MG3; first account 'a neighbour' whose statement is an image-only scan;
    BWV of the first attending officer."""
    name = "HV_KEMBLE_83HV0271826"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "83HV0271826"
    hv_mg3(os.path.join(d, "MG3 - KEMBLE.pdf"), urn, "MG3 — Report to Crown Prosecutor for a charging decision", [
        "To the CPS RASSO Unit. I submit this file asking for a full code test charging decision on "
        "Stuart KEMBLE (born 1981) for rape (s.1 Sexual Offences Act 2003) and sexual assault (s.3) of Leanne "
        "MARSDEN at her flat, 5B Coldwell Court, Hallam Bridge, on Sunday 12 July 2026.",
        "## What happened",
        "Ms MARSDEN, 38, rents her flat from Mr KEMBLE. She owed two months' rent. He let himself in at about "
        "19:30 saying he had come to inspect a leak, and told her the rent 'could be sorted another way'. He "
        "groped her breasts, pushed her onto the sofa and had vaginal intercourse with her despite her saying no "
        "and trying to push him off. He left at about 20:00. She went across the landing to a neighbour and "
        "told her what had happened; the neighbour, Mrs Doreen ASHWORTH, rang 999 at 20:14.",
        "## The evidence",
        "Her account was video recorded on 14/07/2026 by DC 2871 Joanne FIRTH (JF/1 master, JF/2 working "
        "copy); the working copy, the summary and DC FIRTH's statement exhibiting it are with this file. The "
        "neighbour's statement is with the file (it was scanned from the signed handwritten original). PC 1934 "
        "Callum REEVE was the first officer to attend at 20:26; his statement and his body-worn video (CR/1) "
        "are with the file. Letting agent Mr Paul GARSIDE confirms the suspect holds keys to the flat and "
        "had not arranged any inspection (statement). Dr Sunita RAO, forensic physician, examined Ms MARSDEN "
        "at the Hallam SARC on 13/07/2026 (statement with file): bruising to the left wrist; she consented to "
        "release of the SARC notes.",
        "## His account",
        "Interviewed under caution on 16/07/2026 with a solicitor (ROTI enclosed). He accepts he visited and had "
        "sex with her but says she offered sex in return for clearing the rent arrears and consented. I expect "
        "his defence at trial to be consent.",
        "## Lines of enquiry",
        "I have followed enquiries that might point away from Mr KEMBLE as well as towards him: his phone was "
        "downloaded and his messages to her (about the rent) reviewed — none refer to any arrangement for sex, "
        "but they show rent demands in hostile terms; her rent account was obtained from the agent; the "
        "neighbour on the other side (flat 5C) was spoken to and heard nothing. I did not seek cell-site data "
        "because his presence is admitted. I did not seek her phone: she has no messages with him about this "
        "and the rent messages are on his phone, so there is no reasonable line of enquiry on her device; her "
        "phone has not been examined.",
        "## Outstanding",
        "DNA on the sofa cushion cover (CR/3) has been submitted; result expected by 22/01/2027. It is not "
        "needed for a decision because intercourse is admitted. Nothing else is outstanding.",
        "## The complainant",
        "Special measures: MG2 attached. She is eligible as the complainant of a sexual offence; she wishes to "
        "give evidence by the ABE recording and live link and to have her cross-examination recorded in advance "
        "under s.28 — she was told about this on 02/12/2026 and said yes. She has dyslexia but no communication "
        "needs; I considered an intermediary assessment and it was not needed (she is not vulnerable under s.16). "
        "Needs: she needs documents read to her; no interpreter. She asked for a female officer, which she has. "
        "VPS offered on 14/07/2026; she declined for now. ISVA: referred 13/07/2026 to Hallam ISVA Service "
        "(ISVA Carol DENBY).",
        "## Disclosure",
        "MG6C and MG6D attached, together with the crime report, the 999 incident log, PC REEVE's notebook record "
        "of her first complaint and the witness PNC checks. The ABE plan is listed on the MG6C.",
        "## Bail",
        "Released on bail on 16/07/2026 with conditions: not to contact Leanne MARSDEN; not to enter Coldwell "
        "Court; all dealings about the tenancy through his letting agent. Bail extended to 16/01/2027 by Supt "
        "VICKERS on 14/10/2026.",
        "## Early advice",
        "Early advice was not sought because the suspect admitted intercourse in interview two days after the "
        "report and the issue was plainly consent; DS LOMAX agreed on 20/07/2026."],
        ["DC 3390 Ruth CALVERT, Officer in the Case, Hallam Bridge RASSO team. Tel 01632 960266. "
         "ruth.calvert@hallamvale.police.example. 08/12/2026",
         "Supervisor: I have reviewed this file and endorse it for submission. DS 0412 Martin LOMAX, 08/12/2026"])
    write_video(os.path.join(d, "JF-2.mp4"), ["HALLAM BRIDGE VRI  14/07/2026", "JF/2 working copy {clock}"],
                seconds=4, seed=31, codec="mpeg4", clock_start=(11, 30, 0))
    write_docx(os.path.join(d, "VRI summary MARSDEN.docx"), [
        ("title", "Summary of Video Recorded Interview"), ("p", f"URN {urn}"),
        ("p", "Witness: Leanne MARSDEN. Interviewed 14/07/2026 11:30–12:25 by DC 2871 FIRTH at Hallam Bridge VRI "
              "suite. Exhibits JF/1 (master), JF/2 (working copy)."),
        ("h", "Summary"),
        ("p", "11:31 rapport. 11:36 she describes the rent arrears and his earlier messages. 11:44 he let himself "
              "in; the 'leak'; 'sorted another way'. 11:52 he grabbed her breasts; she said no; he pushed her onto "
              "the sofa, held her left wrist, had sex with her; she tried to push him off. 12:04 going to Doreen "
              "across the landing. 12:12 questions: she denies offering sex for rent. 12:23 closure.")],
        head="OFFICIAL-SENSITIVE")
    write_pdf(os.path.join(d, "ABE plan.pdf"), [
        ("title", "ABE interview plan — MARSDEN"), ("p", f"URN {urn}. Interview 14/07/2026, DC FIRTH, monitor DC CALVERT."),
        ("p", "Witness assessment: dyslexic; prefers spoken explanation; no other needs. Topics: history with "
              "landlord, arrears, the evening, first complaint, likely suggestion of an arrangement.")], fam="serif")
    mg11(os.path.join(d, "FIRTH.pdf"), "plain", urn, dict(
        name="Joanne FIRTH", occ="Detective Constable 2871", date="14/07/2026", sig="J. FIRTH",
        wit="self", body=["I am a Detective Constable trained in Achieving Best Evidence interviewing. On Tuesday "
                          "14 July 2026 from 11:30 to 12:25 I interviewed Leanne MARSDEN on video at the Hallam "
                          "Bridge VRI suite. I produce the master recording as JF/1 and a working copy as JF/2."]))
    mg11(os.path.join(d, "REEVE.pdf"), "plain", urn, dict(
        name="Callum REEVE", occ="Police Constable 1934", date="12/07/2026", sig="C. REEVE", wit="self", body=[
            "At 20:16 on Sunday 12 July 2026 I was sent to 5A Coldwell Court, Hallam Bridge, after a 999 call "
            "(incident 0988). I arrived at 20:26, the first officer there, and switched on my body-worn camera. "
            "I produce the recording as CR/1.",
            "Leanne MARSDEN was in the kitchen of flat 5A with the occupant, Mrs ASHWORTH. She was crying and "
            "holding her left wrist. She said, 'My landlord Stuart came in, he said the rent could be sorted another "
            "way and he raped me on my settee.' I wrote this in my notebook (PNB 6621 p.31) and she signed it.",
            "I seized the cushion cover from the sofa in flat 5B, which I produce as CR/3."]))
    mg11(os.path.join(d, "scan_0004.pdf"), "scan", urn, dict(
        name="Doreen ASHWORTH", occ="Retired", date="13/07/2026", sig="(Sgd) D. Ashworth", wit="(Sgd) PC 1934 REEVE",
        body=["I live at 5A Coldwell Court, across the landing from Leanne. At about ten past eight on Sunday 12 July "
              "2026 she banged on my door. She was crying and her top was twisted round. She said 'Stuart the "
              "landlord has just raped me, he came in with his key.' She kept rubbing her wrist. I sat her down and "
              "rang 999.",
              "I had seen a man I know as the landlord go up the stairs about half an hour before."]))
    mg11(os.path.join(d, "GARSIDE.pdf"), "plain", urn, dict(
        name="Paul GARSIDE", occ="Letting agent", date="21/07/2026", sig="P. GARSIDE", wit="DC CALVERT", body=[
            "I manage Coldwell Court for the owner, Stuart KEMBLE. He holds a full set of keys. No inspection or "
            "repair visit to 5B was arranged for 12 July 2026 and no leak had been reported. Ms MARSDEN was two "
            "months behind with her rent. I produce her rent account as PG/1."]))
    mg11(os.path.join(d, "Dr RAO.pdf"), "plain", urn, dict(
        name="Dr Sunita RAO", occ="Forensic physician", date="30/07/2026", sig="S. RAO", wit="self", body=[
            "I am a registered medical practitioner and forensic physician (MBBS, MFFLM) at the Hallam SARC. On "
            "13 July 2026 at 10:15, with her written consent, I examined Leanne MARSDEN. I found a 3 cm by 2 cm "
            "bruise on the outer aspect of her left wrist, consistent with firm gripping. There were no genital "
            "injuries, which does not mean intercourse was consensual. I took swabs (SR/1 to SR/4)."]))
    write_video(os.path.join(d, "CR-1 BWV REEVE.mp4"), ["BWV PC1934 12/07/2026", "CR/1 {clock}"], seconds=3,
                seed=32, scene="bwv", clock_start=(20, 26, 10))
    roti(os.path.join(d, "ROTI KEMBLE.pdf"), urn, "KEMBLE, Stuart", "16/07/2026", "Hallam Bridge custody",
         "10:12 – 11:03", "DC CALVERT, DC FIRTH", "Mr D. NAIRN (solicitor)", "RC/2", [
             ["00:00", "CALVERT", "Caution and rights."], ["05:40", "KEMBLE", "Went to see about the arrears."],
             ["13:00", "KEMBLE", "Says she suggested sex 'to square the rent'; says consensual."],
             ["27:00", "CALVERT", "Asks about the leak; he says he 'might have said that'."],
             ["35:00", "FIRTH", "Puts wrist injury; he denies holding her."], ["50:00", "CALVERT", "Concluded."]],
         fam="serif")
    pnc_print(os.path.join(d, "PNC KEMBLE.pdf"), urn, "PNC — suspect", [
        ("KEMBLE, Stuart  DOB 22/09/1981", ["Convictions: 2 — 2009 assault occasioning ABH; 2015 harassment."])],
        "DC CALVERT", "02/12/2026", force=HV)
    pnc_print(os.path.join(d, "PNC wits.pdf"), urn, "PNC — prosecution witnesses", [
        ("MARSDEN, Leanne", ["2012 shoplifting — conditional discharge"]), ("ASHWORTH, Doreen", ["No trace"]),
        ("GARSIDE, Paul", ["No trace"])], "DC CALVERT", "02/12/2026", force=HV)
    schedule_rows_pdf(os.path.join(d, "MG6C KEMBLE.pdf"), "MG6C", HV, urn, "Stuart KEMBLE", [
        [1, "Crime report HB/26/2718", "OIC", "Rebuttable presumption — copy with file", "D"],
        [2, "999 incident log 0988 12/07/2026", "OIC", "Rebuttable presumption — copy with file", "D"],
        [3, "PC REEVE PNB 6621 p.31 — first complaint to police, signed by complainant", "Property store", "Copy with file", "D"],
        [4, "ABE interview plan 14/07/2026", "OIC", "Copy with file", ""],
        [5, "Download of suspect's phone — messages to complainant about rent Apr–Jul 2026", "DFU", "Hostile rent demands; no mention of any arrangement", ""],
        [6, "Notes of conversation with occupant of flat 5C 13/07/2026", "OIC", "Heard nothing", ""],
        [7, "Rent account from letting agent (PG/1)", "OIC", "Exhibited", ""],
        [8, "Witness PNC result for complainant — 2012 shoplifting", "OIC", "Copy with file", "D"]],
        "DC 3390 R. CALVERT", "08/12/2026", fam="serif")
    schedule_rows_pdf(os.path.join(d, "MG6D KEMBLE.pdf"), "MG6D", HV, urn, "Stuart KEMBLE", [],
                      "DC 3390 R. CALVERT", "08/12/2026", fam="serif")
    mg12(os.path.join(d, "MG12 KEMBLE.pdf"), urn, [
        ["JF/1", "VRI master MARSDEN", "DC FIRTH", "Property store"], ["JF/2", "VRI working copy", "DC FIRTH", "With file"],
        ["CR/1", "Body-worn video PC REEVE 12/07/2026", "PC REEVE", "With file"],
        ["CR/3", "Sofa cushion cover", "PC REEVE", "Forensic provider"],
        ["SR/1-SR/4", "Swabs", "Dr RAO", "Forensic provider"], ["PG/1", "Rent account", "P. GARSIDE", "With file"],
        ["RC/2", "Interview recording KEMBLE", "DC CALVERT", "Property store"]], fam="serif")
    pnb(os.path.join(d, "PNB 6621 REEVE.pdf"), urn, "PC 1934 REEVE", "PNB 6621 page 31", [
        "12/07/26 20:30 5A Coldwell Court. Leanne MARSDEN states: 'My landlord Stuart came in,",
        "   he said the rent could be sorted another way and he raped me on my settee.'",
        "   BWV running (CR/1). Read over and signed L Marsden."], fam="serif")
    crime_report(os.path.join(d, "Crime HB-26-2718.pdf"), HV, "HALO RMS", urn, "HB/26/2718", [
        "RAPE F16+ / SEXUAL ASSAULT   12/07/2026 19:30-20:00   5B COLDWELL COURT HALLAM BRIDGE",
        "Victim MARSDEN Leanne F 38 (dyslexia)   Suspect KEMBLE Stuart M 44 (landlord)",
        "First account to police: PC 1934 REEVE 20:30 — 'landlord came in, said rent could be sorted another way,",
        "raped me on my settee'. BWV captured."])
    cad_log(os.path.join(d, "Incident 0988.pdf"), HV, "0988 12/07/2026", [
        "20:14 999 CALLER ASHWORTH DOREEN 07700 900512: NEIGHBOUR SAYS LANDLORD HAS RAPED HER",
        "20:16 ALLOCATED HB07 PC 1934 REEVE", "20:26 HB07 ON SCENE"])
    mg2(os.path.join(d, "MG2 MARSDEN.pdf"), urn, [
        ("Witness", "Leanne MARSDEN"), ("Eligibility", "s.17(4) — complainant of a sexual offence"),
        ("Vulnerable (s.16)", "No. Dyslexia — intermediary assessment considered, not required"),
        ("Measures", "ABE EIC; live link; s.28 pre-recorded cross-examination — she agrees"),
        ("Completed", "DC CALVERT 02/12/2026")], fam="serif")
    write_expected(out, name, "charging", 0,
                   ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ABE_PLAN", "ROTI", "PNC", "MG6C", "MG6D",
                    "MG12", "BWV", "CRIME_REPORT", "INCIDENT_LOG", "MG2"],
                   [],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                    "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                    "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                    "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                    "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                    "victim_care", "files_readable", "one_urn"],
                   [{"name": "MG3 - KEMBLE.pdf", "type": "MG3"},
                    {"name": "JF-2.mp4", "type": "ABE_RECORDING"},
                    {"name": "VRI summary MARSDEN.docx", "type": "ABE_SUMMARY"},
                    {"name": "ABE plan.pdf", "type": "ABE_PLAN"},
                    {"name": "FIRTH.pdf", "type": "MG11", "role": "officer"},
                    {"name": "REEVE.pdf", "type": "MG11", "role": "officer"},
                    {"name": "scan_0004.pdf", "type": "MG11", "role": "first_account"},
                    {"name": "GARSIDE.pdf", "type": "MG11", "role": "witness"},
                    {"name": "Dr RAO.pdf", "type": "MG11", "role": "expert"},
                    {"name": "CR-1 BWV REEVE.mp4", "type": "BWV"},
                    {"name": "ROTI KEMBLE.pdf", "type": "ROTI"},
                    {"name": "MG6C KEMBLE.pdf", "type": "MG6C"},
                    {"name": "MG6D KEMBLE.pdf", "type": "MG6D"},
                    {"name": "Incident 0988.pdf", "type": "INCIDENT_LOG"},
                    {"name": "Crime HB-26-2718.pdf", "type": "CRIME_REPORT"}])


def case_hv2(out):
    """Hallamvale, early advice request (stage early_advice), compliant."""
    name = "HV_early_advice_MAYNE"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "83HV0364126"
    hv_mg3(os.path.join(d, "EA request MAYNE.pdf"), urn,
           "MG3 — Report to Crown Prosecutor: request for early advice", [
        "To the CPS RASSO Unit. This is a request for early advice, not for a charging decision. Tyler MAYNE "
        "(born 2003), a student, is suspected of raping Georgia PENROSE (20), a fellow student, in her room at "
        "Fenwick Hall, Hallam University, in the early hours of Saturday 21 November 2026.",
        "## The investigation so far",
        "Georgia reported on 22/11/2026. Her account was video recorded on 25/11/2026 by DC 2871 FIRTH (JF/7 "
        "master, JF/8 working copy, with the summary and DC FIRTH's statement). She says that after a flat "
        "party Tyler walked her to her room, came in uninvited and had sex with her while she was too drunk to "
        "stand. On the Saturday afternoon she told her older sister, Hannah PENROSE, by phone; Hannah's statement "
        "is enclosed. PC 2554 Aisha MALIK took the first report at the university security office on 22/11/2026; "
        "her statement is enclosed. The suspect has not yet been arrested or interviewed.",
        "## Lines of enquiry planned (please advise)",
        "1. Arrest and interview the suspect (planned for the week of 14/12/2026, after advice).",
        "2. Hall CCTV (corridor camera) — requested from university security; will show who entered her room "
        "and how she was walking. This may support or undermine her account of her intoxication.",
        "3. Statements from the four other people at the flat party, including two friends of the suspect "
        "who may say she was not as drunk as she describes (pointing away from the suspect).",
        "4. Hall swipe-card records for both students' access on 20–21/11/2026.",
        "5. Forensic: she did not attend a SARC in the first 48 hours; she has been offered a referral for "
        "medical care and support. No forensic opportunity is expected.",
        "6. Digital: we do not intend to ask for her phone. She says there were no messages with the suspect. "
        "If the suspect raises messages we will come back to this with a targeted request.",
        "## Questions for the prosecutor",
        "(a) Is a pre-interview disclosure of the CCTV advisable? (b) Does the CPS want statements from all "
        "party guests before interview? (c) Any view on evidence of her intoxication (expert)?",
        "## Victim care",
        "She has an ISVA (Hallam ISVA Service, referred 22/11/2026). Special measures will be assessed on an "
        "MG2 before any charging request; she has been told about s.28 and wants to think about it. No "
        "interpreter needed. VPS to be offered at the charging stage.",
        "## Early advice",
        "Early advice is sought now because the case turns on capacity to consent through drink, and the CPS's "
        "view on the planned enquiries will shape the interview strategy."],
        ["DC 3390 Ruth CALVERT, OIC, 01632 960266, ruth.calvert@hallamvale.police.example — 09/12/2026",
         "Reviewed and endorsed: DS 0412 Martin LOMAX, 09/12/2026"])
    write_video(os.path.join(d, "JF-8 PENROSE.mp4"), ["HALLAM BRIDGE VRI  25/11/2026", "JF/8  {clock}"],
                seconds=3, seed=41, clock_start=(14, 15, 0))
    write_docx(os.path.join(d, "JF-8 summary.docx"), [
        ("title", "Summary of Video Recorded Interview"), ("p", f"URN {urn}"),
        ("p", "Witness: Georgia PENROSE. 25/11/2026 14:15–15:05. Interviewer DC 2871 FIRTH. Exhibits JF/7 master, "
              "JF/8 working copy."),
        ("p", "14:16 rapport. 14:20 the flat party, drinks (wine, shots). 14:31 Tyler offering to walk her back; "
              "she could not get her key in the door; he took it. 14:38 on her bed; he undressed her; intercourse; "
              "she says she could not move or speak properly. 14:49 waking alone at 09:00. 14:55 phoning Hannah. "
              "15:03 closure.")], head="OFFICIAL-SENSITIVE")
    mg11(os.path.join(d, "FIRTH MG11.pdf"), "plain", urn, dict(
        name="Joanne FIRTH", occ="Detective Constable 2871", date="25/11/2026", sig="J. FIRTH", wit="self",
        body=["On Wednesday 25 November 2026 between 14:15 and 15:05 I interviewed Georgia PENROSE on video at the "
              "Hallam Bridge VRI suite. I produce the master recording as JF/7 and the working copy as JF/8."]))
    mg11(os.path.join(d, "MALIK MG11.pdf"), "plain", urn, dict(
        name="Aisha MALIK", occ="Police Constable 2554", date="22/11/2026", sig="A. MALIK", wit="self",
        body=["At 13:10 on Sunday 22 November 2026 I attended the Hallam University security office in response to "
              "incident 0412. I was the first officer to deal with this report. Georgia PENROSE told me, 'A boy "
              "from the party, Tyler, walked me back and had sex with me, I was too drunk to stop him.' I recorded "
              "her words in my notebook (PNB 7004 p.3) and she signed them."]))
    mg11(os.path.join(d, "Hannah PENROSE MG11.pdf"), "plain", urn, dict(
        name="Hannah PENROSE", occ="Paramedic", date="24/11/2026", sig="H. PENROSE", wit="DC CALVERT",
        body=["Georgia is my younger sister. At about 3 pm on Saturday 21 November 2026 she rang me. She was crying. "
              "She said 'I think something happened with Tyler last night, I was so drunk, he had sex with me and "
              "I couldn't do anything.' I told her to report it and she did the next day."]))
    mg12(os.path.join(d, "MG12 MAYNE.pdf"), urn, [
        ["JF/7", "VRI master PENROSE", "DC FIRTH", "Property store"],
        ["JF/8", "VRI working copy PENROSE", "DC FIRTH", "With file"]], fam="serif")
    cad_log(os.path.join(d, "Incident 0412 22-11.pdf"), HV, "0412 22/11/2026", [
        "12:51 CALL FROM HALLAM UNIVERSITY SECURITY: STUDENT REPORTS RAPE IN HALL OF RESIDENCE",
        "12:55 ALLOCATED HB11 PC 2554 MALIK", "13:10 HB11 AT SECURITY OFFICE"])
    crime_report(os.path.join(d, "Crime HB-26-3641.pdf"), HV, "HALO RMS", urn, "HB/26/3641", [
        "RAPE F16+   21/11/2026 01:30-03:00   FENWICK HALL ROOM 214",
        "Victim PENROSE Georgia F 20   Suspect MAYNE Tyler M 23 (not yet arrested)",
        "First account to police PC 2554 MALIK 13:15 22/11/2026."])
    write_expected(out, name, "early_advice", 0,
                   ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "INCIDENT_LOG", "CRIME_REPORT", "MG12"],
                   [],
                   ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "complainant_account",
                    "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement", "signed",
                    "multimedia", "files_readable", "one_urn"],
                   [{"name": "EA request MAYNE.pdf", "type": "MG3"},
                    {"name": "JF-8 PENROSE.mp4", "type": "ABE_RECORDING"},
                    {"name": "JF-8 summary.docx", "type": "ABE_SUMMARY"},
                    {"name": "FIRTH MG11.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MALIK MG11.pdf", "type": "MG11", "role": "officer"},
                    {"name": "Hannah PENROSE MG11.pdf", "type": "MG11", "role": "first_account"}])


def case_hv3(out):
    """Hallamvale, faulty: outstanding evidence without target dates (outstanding_dated); MG6C entries
    'misc', 'various', 'notes' (schedule_descriptions)."""
    name = "HV_R_v_QUINN"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "83HV0419926"
    hv_mg3(os.path.join(d, "MG3 QUINN.pdf"), urn, "MG3 Report to Crown Prosecutor for Charging Decision", [
        "I ask for a full code test decision on Declan QUINN (born 1990) for sexual assault by penetration "
        "(s.2 SOA 2003) of Rebecca HOLT (29) in his car after a works summer party on Friday 4 September 2026.",
        "## Summary",
        "Both work at Sandal Logistics. He offered her a lift home from the Old Mill Hotel. In a lay-by on "
        "Brack Lane he put his hand inside her underwear and penetrated her vagina with his fingers while she "
        "told him to stop. She got out and walked to a garage. She gave a written statement on 06/09/2026 "
        "rather than a video-recorded interview, at her request. The following Monday she told a colleague at "
        "work, Sana MIRZA (statement enclosed). PC 1120 Gareth PICKLES attended the garage at 00:40 (statement "
        "enclosed). Dr Sunita RAO examined her at the SARC on 05/09/2026 (statement enclosed; consent to "
        "release recorded).",
        "## Suspect's account",
        "Interviewed 10/09/2026 (ROTI enclosed): admits kissing and touching over clothing, says she was "
        "willing, denies penetration.",
        "## Lines of enquiry",
        "The garage has no CCTV covering the forecourt or the lay-by (checked 05/09/2026, note on MG6C). Two "
        "colleagues who left the hotel at the same time were spoken to: both say the two were 'close' during the "
        "evening, which may assist the defence (MG6C). His car was examined. ANPR for Brack Lane not pursued: "
        "he accepts being there.",
        "## Outstanding",
        "The download of the suspect's phone is still outstanding with the DFU. A statement from the garage "
        "attendant who called the police is still to be taken.",
        "Forensic: the SARC swabs (SR/11 to SR/15) have not been submitted: he accepts intimate touching and "
        "DNA could not help on whether his fingers penetrated; the forensic medical statement is enclosed.",
        "## Victim",
        "MG2 attached: she wants to give evidence by live link and accepts s.28 pre-recorded cross-examination. "
        "Not vulnerable (s.16); no intermediary needed. No interpreter; she needs time off work arranged for "
        "court. VPS offered 06/09/2026 — she made one. ISVA referral made 05/09/2026.",
        "## Digital",
        "Her phone has not been examined and will not be: there were no messages with him that night.",
        "## Bail",
        "Released under investigation on 10/09/2026; no conditions needed as he has been suspended from work and "
        "lives 30 miles away; DS LOMAX agreed.",
        "## Early advice",
        "Not sought: the issues were clear after interview."],
        ["DC 4471 Neil BRAMHALL, OIC. 01632 960281. neil.bramhall@hallamvale.police.example. 10/12/2026",
         "Supervisor: endorsed for submission — DS 0412 M. LOMAX 10/12/2026"])
    mg11(os.path.join(d, "HOLT statement.pdf"), "plain", urn, dict(
        name="Rebecca HOLT", occ="Transport planner", date="06/09/2026", sig="R. HOLT", wit="DC N. BRAMHALL",
        body=["I work at Sandal Logistics. On Friday 4 September 2026 I went to our works event at the Old Mill Hotel. "
              "Declan QUINN, who is a team leader, offered me a lift home at about midnight. I accepted because I "
              "knew him.",
              "He pulled into a lay-by on Brack Lane and said he wanted to talk. He leaned over and kissed me. I said "
              "'no Declan, take me home.' He put his hand up my skirt and inside my knickers and pushed his fingers "
              "inside my vagina. I said 'stop' and grabbed his wrist. He stopped after a few seconds and said "
              "'you've been flirting all night.' I got out and walked to the Brack Lane garage and the staff rang "
              "the police.",
              "On the Monday I told Sana at work what had happened.",
              "I agree to my SARC notes being released to the police and CPS."],
        rear=[("Address", "(held by OIC — not for disclosure)"), ("Dates to avoid", "none"),
              ("Special measures", "live link; see MG2"), ("VPS", "offered and made 06/09/2026"),
              ("Consent to medical records", "Yes — signed 05/09/2026")]))
    mg11(os.path.join(d, "MIRZA statement.pdf"), "plain", urn, dict(
        name="Sana MIRZA", occ="Transport planner", date="09/09/2026", sig="S. MIRZA", wit="DC N. BRAMHALL",
        body=["I sit next to Rebecca HOLT at work. On Monday 7 September 2026 she came in late and was very quiet. At "
              "lunch she told me that Declan had given her a lift after the party and 'put his fingers inside me in "
              "the car when I told him no.' She was crying."]))
    mg11(os.path.join(d, "PICKLES statement.pdf"), "plain", urn, dict(
        name="Gareth PICKLES", occ="Police Constable 1120", date="05/09/2026", sig="G. PICKLES", wit="self",
        body=["At 00:29 on Saturday 5 September 2026 I was sent to Brack Lane garage (incident 0023). I arrived at "
              "00:40, the first officer there. Rebecca HOLT told me 'my manager Declan touched me inside in his car "
              "in the lay-by, I told him to stop.' I wrote this in my notebook (PNB 5512 p.18). I was not issued "
              "with body-worn video that night."]))
    mg11(os.path.join(d, "RAO statement.pdf"), "plain", urn, dict(
        name="Dr Sunita RAO", occ="Forensic physician", date="20/09/2026", sig="S. RAO", wit="self",
        body=["I am a forensic physician (MBBS, MFFLM) at the Hallam SARC. At 09:30 on 5 September 2026, with her "
              "consent, I examined Rebecca HOLT. I found a small superficial abrasion at the posterior fourchette, "
              "which could be caused by digital penetration. I took swabs and blood and urine samples (SR/11 to "
              "SR/15)."]))
    roti(os.path.join(d, "ROTI QUINN.pdf"), urn, "QUINN, Declan", "10/09/2026", "Hallam Bridge custody",
         "15:00 – 15:41", "DC BRAMHALL", "Ms J. OYELARAN (solicitor)", "NB/3", [
             ["00:00", "BRAMHALL", "Caution, rights."], ["04:00", "QUINN", "Lift home; stopped to talk."],
             ["10:30", "QUINN", "Kissing and touching over clothes, she was willing."],
             ["18:00", "QUINN", "Denies penetration."], ["39:00", "BRAMHALL", "Concluded."]], fam="serif")
    pnc_print(os.path.join(d, "PNC QUINN.pdf"), urn, "PNC — suspect",
              [("QUINN, Declan  DOB 07/04/1990", ["No convictions."])], "DC BRAMHALL", "01/12/2026", force=HV)
    pnc_print(os.path.join(d, "PNC witnesses.pdf"), urn, "PNC — witnesses", [
        ("HOLT, Rebecca", ["No trace"]), ("MIRZA, Sana", ["No trace"])], "DC BRAMHALL", "01/12/2026", force=HV)
    schedule_rows_pdf(os.path.join(d, "MG6C QUINN.pdf"), "MG6C", HV, urn, "Declan QUINN", [
        [1, "Crime report HB/26/4199", "OIC", "Copy with file", "D"],
        [2, "Incident log 0023 05/09/2026", "OIC", "Copy with file", "D"],
        [3, "PC PICKLES PNB 5512 p.18 — first complaint to police", "Property store", "Copy with file", "D"],
        [4, "Misc papers", "OIC", "", ""],
        [5, "Various emails", "OIC", "", ""],
        [6, "Notes", "OIC", "", ""],
        [7, "Note of enquiry at Brack Lane garage 05/09/2026 — no CCTV covers forecourt or lay-by", "OIC", "", ""],
        [8, "Officer's notes", "OIC", "", ""]], "DC 4471 N. BRAMHALL", "10/12/2026", fam="serif")
    schedule_rows_pdf(os.path.join(d, "MG6D QUINN.pdf"), "MG6D", HV, urn, "Declan QUINN", [],
                      "DC 4471 N. BRAMHALL", "10/12/2026", fam="serif")
    mg12(os.path.join(d, "MG12 QUINN.pdf"), urn, [
        ["SR/11-SR/15", "Swabs, blood and urine", "Dr RAO", "Forensic provider"],
        ["NB/3", "Interview recording QUINN", "DC BRAMHALL", "Property store"]], fam="serif")
    pnb(os.path.join(d, "PNB 5512 PICKLES.pdf"), urn, "PC 1120 PICKLES", "PNB 5512 page 18", [
        "05/09/26 00:45 Brack Lane garage. Rebecca HOLT states: 'my manager Declan touched me inside",
        "   in his car in the lay-by, I told him to stop.' Read over and signed R Holt."], fam="serif")
    crime_report(os.path.join(d, "Crime HB-26-4199.pdf"), HV, "HALO RMS", urn, "HB/26/4199", [
        "ASSAULT BY PENETRATION F16+   05/09/2026 00:05   LAY-BY BRACK LANE",
        "Victim HOLT Rebecca F 29   Suspect QUINN Declan M 36",
        "First account to police PC 1120 PICKLES 00:45: 'my manager Declan touched me inside in his car'."])
    cad_log(os.path.join(d, "Incident 0023.pdf"), HV, "0023 05/09/2026", [
        "00:24 CALL FROM BRACK LANE GARAGE: DISTRESSED FEMALE SAYS SHE WAS ASSAULTED IN A CAR",
        "00:29 ALLOCATED HB03 PC 1120 PICKLES", "00:40 HB03 ON SCENE"])
    mg2(os.path.join(d, "MG2 HOLT.pdf"), urn, [
        ("Witness", "Rebecca HOLT"), ("Eligibility", "s.17(4)"), ("Vulnerable", "No; no intermediary"),
        ("Measures", "Live link; s.28 pre-recorded cross-examination — she agrees"),
        ("Completed", "DC BRAMHALL 01/12/2026")], fam="serif")
    write_docx(os.path.join(d, "VPS HOLT.docx"), [
        ("title", "Victim Personal Statement"), ("p", f"URN {urn}"),
        ("p", "Rebecca HOLT, 06/09/2026. I do not feel safe at work any more..."),
        ("p", "Signed: R. HOLT  06/09/2026")])
    write_expected(out, name, "charging", 1,
                   ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "CRIME_REPORT", "INCIDENT_LOG", "MG2",
                    "VPS"],
                   ["outstanding_dated", "schedule_descriptions"],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "complainant_account", "abe_recording", "key_statements",
                    "officer_statement", "signed", "suspect_interview", "previous_convictions",
                    "witness_convictions", "mg6c", "mg6d", "rebuttable_presumption", "dig_dpn", "dig_prop",
                    "special_measures", "victim_care", "files_readable", "one_urn"],
                   [{"name": "MG3 QUINN.pdf", "type": "MG3"},
                    {"name": "HOLT statement.pdf", "type": "MG11", "role": "complainant"},
                    {"name": "MIRZA statement.pdf", "type": "MG11", "role": "first_account"},
                    {"name": "PICKLES statement.pdf", "type": "MG11", "role": "officer"},
                    {"name": "RAO statement.pdf", "type": "MG11", "role": "expert"},
                    {"name": "ROTI QUINN.pdf", "type": "ROTI"},
                    {"name": "MG6C QUINN.pdf", "type": "MG6C"},
                    {"name": "MG6D QUINN.pdf", "type": "MG6D"},
                    {"name": "VPS HOLT.docx", "type": "VPS"}])

# ============================================================================================
# KESTREL VALE POLICE: MG3 as an export from the force case-file system (numbered fields,
# condensed type); statements e-signed on handheld devices; a phone photo of a paper statement;
# witness PNC results as an image-only scan; schedules XLSX
# ============================================================================================
KV = "Kestrel Vale Police"


def kv_mg3(path, urn, fields, version="KVP-CMS 7.3"):
    b = [("small", f"{KV} | {version} | Case File Builder | MG3 export | OFFICIAL-SENSITIVE", "L"),
         ("title", "MG3: REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
         ("kv", [("URN", urn)] + fields[0], 0.3)]
    for i, (h, paras) in enumerate(fields[1:], 1):
        b.append(("h", f"{i:02d}  {h}"))
        b += [("p", p) for p in paras]
    write_pdf(path, b, fam="cond", head=f"{KV} — MG3 export — URN {urn}",
              foot="OFFICIAL-SENSITIVE when complete — page {p} of {nb}", size=9.5)


def case_kv1(out):
    """Kestrel Vale, compliant: system-export MG3; e-signed statements; first account 'her flatmate' as a
    phone photo; CCTV clip; witness PNC as an image-only scan."""
    name = "KV_IVES_ROURKE"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "91KV0188226"
    kv_mg3(os.path.join(d, "casefile_export_0188.pdf"), urn, [
        [("Suspect", "ROURKE Jason Mark, 30, b. 1996, self-employed plasterer"),
         ("Offence", "Rape — s.1 Sexual Offences Act 2003"),
         ("Complainant", "IVES Hannah, 27, bar worker"),
         ("Date / place", "Sat 20/06/2026 approx 23:40, rear of Tollgate car park, Kestrelford"),
         ("Submitted", "08/12/2026 by DC 0931 Owen TRAVERS (OIC), tel 01632 960915, "
                       "owen.travers@kestrelvale.police.example")],
        ("Decision sought", ["Full code test. The threshold test is not sought."]),
        ("Early advice", ["Sought 24/07/2026 — advice received 05/08/2026 (obtain car park CCTV, forensic "
                          "physician statement, targeted extraction only). All actions completed."]),
        ("Case summary", [
            "IVES met ROURKE through a dating app; this was their first meeting, at the Kingfisher bar. At about "
            "23:30 he offered to drive her home; in his van at the rear of the Tollgate car park he locked the "
            "doors, pulled her across the seat and had vaginal intercourse with her while she screamed and hit "
            "him. She got out when he unlocked the door and ran to the taxi rank.",
            "ABE interview 23/06/2026 by DC 2045 Nia BEVAN (NB/1 master, NB/2 working copy, with summary; "
            "DC BEVAN's statement exhibits it).",
            "First account: she rang her flatmate from the taxi rank at 23:52 and told her; the flatmate (Zoe "
            "KENDRICK) met her at home and has made a statement (handwritten, photographed copy on file).",
            "PC 1702 Ross HADLEY was the first officer to attend, at 00:35, at her flat (statement).",
            "Council CCTV operator Mark ELWES produced the Tollgate car park camera footage (ME/1, clip with file): "
            "the van arrives at 23:36; at 23:47 a woman runs from the van towards the taxi rank.",
            "Forensic physician Dr Aled PRYCE examined her at the Kestrel SARC on 21/06/2026: bruising to her "
            "forearms and a laceration at the fourchette (statement). Consent for release of her SARC notes was "
            "signed on 21/06/2026."]),
        ("Suspect's account", ["Interviewed 25/06/2026 (MG15 attached). Says they had consensual sex in the van; "
                               "she became upset afterwards because he said he did not want to see her again. "
                               "Likely defence: consent."]),
        ("Lines of enquiry (incl. those pointing away from the suspect)", [
            "Dating app messages (both phones): reviewed for the period of their contact 01/06–21/06/2026. Some "
            "messages are sexual in tone from both sides — recorded as capable of assisting the defence.",
            "Kingfisher bar staff: spoken to; they describe the two as 'getting on well' — notes on MG6C, may "
            "assist the defence.",
            "Taxi rank marshal: not traced (agency staff, no records kept for that night); reason recorded.",
            "Van examined; her earring found in the footwell (OT/4)."]),
        ("Outstanding evidence", ["Nothing is outstanding. All forensic results have been received (SFR1 attached)."]),
        ("Digital", [
            "Complainant's phone: examined with her agreement under a Digital Processing Notice (attached). "
            "Request limited to the dating-app conversation with ROURKE and her calls and messages with her "
            "flatmate, 01/06/2026 to 21/06/2026, because both are referred to in the accounts. No other data "
            "types reviewed.",
            "Third-party material: none requested; none is a reasonable line of enquiry."]),
        ("Victim and witness care", [
            "Special measures (MG2 attached): s.17(4) eligible; ABE as evidence-in-chief, screens; she has been told "
            "about s.28 and wants her cross-examination pre-recorded. She is not vulnerable under s.16; intermediary "
            "not required. Needs: she works nights — contact after 2 pm; no interpreter; childcare for court days. "
            "VPS offered 23/06/2026; she will give it after charge. ISVA: Kestrel Rape Crisis, referred 21/06/2026."]),
        ("Disclosure", ["MG6C, MG6D and rebuttable presumption material (crime report, incident log, first "
                        "complaint call record, witness PNC checks) attached."]),
        ("Bail", ["On pre-charge bail to 25/01/2027. Conditions: no contact with Hannah IVES directly or indirectly; "
                  "not to use any dating app account to contact her; not to enter Kestrelford town centre between "
                  "20:00 and 06:00."]),
        ("Supervisor", ["Reviewed against NFS; endorsed for submission. DS 1187 Claire WYNNE 07/12/2026."])])
    write_video(os.path.join(d, "NB2_IVES_VRI.mp4"), ["KESTREL VALE VRI  23/06/2026", "NB/2  {clock}"],
                seconds=3, seed=51, clock_start=(13, 0, 0))
    abe_summary(os.path.join(d, "NB2 index.pdf"), urn, "IVES, Hannah", "23/06/2026", "Kestrelford VRI suite",
                "DC 2045 BEVAN", "NB/1, NB/2", [
                    ["13:00", "Ground rules"], ["13:06", "Meeting on the app, the bar"],
                    ["13:19", "The van; doors locked; intercourse; hitting him"],
                    ["13:33", "Running to the rank; calling Zoe"], ["13:45", "Questions about the app messages"],
                    ["14:02", "Closure"]], fam="cond")
    mg11(os.path.join(d, "BEVAN.pdf"), "esign", urn, dict(
        name="Nia BEVAN", occ="Detective Constable 2045", date="23/06/2026", sig="N BEVAN", time="15:10", wit="",
        body=["On Tuesday 23 June 2026 between 13:00 and 14:05 I conducted a video recorded interview with Hannah "
              "IVES at the Kestrelford VRI suite. I produce the master as NB/1 and a working copy as NB/2."]), force=KV)
    mg11(os.path.join(d, "HADLEY.pdf"), "esign", urn, dict(
        name="Ross HADLEY", occ="Police Constable 1702", date="21/06/2026", sig="R HADLEY", time="04:50", wit="",
        body=["At 00:21 on Sunday 21 June 2026 I was sent to Flat 3, 12 Weir Road, Kestrelford, following a 999 call "
              "(incident 0017). I arrived at 00:35 and was the first officer to attend. Hannah IVES said 'the man "
              "from the app locked me in his van and raped me.' She had red marks on both forearms. I recorded her "
              "words in my notebook (PNB 2290 p.66). I seized her dress (RH/1)."]), force=KV)
    mg11(os.path.join(d, "IMG_2231.jpg"), "photo", urn, dict(
        name="Zoe KENDRICK", occ="Hairdresser", date="21/06/2026", sig="(Sgd) Z. Kendrick",
        wit="(Sgd) PC 1702 HADLEY", body=[
            "I share a flat with Hannah IVES. At 23:52 on Saturday 20 June 2026 she rang me from the taxi rank in "
            "town. She was screaming and crying. She said 'Zoe he raped me in his van, he locked the doors.' I told "
            "her to get a taxi home and I would wait outside. She got home at about ten past twelve and I rang 999."]))
    mg11(os.path.join(d, "ELWES.pdf"), "esign", urn, dict(
        name="Mark ELWES", occ="CCTV operator, Kestrel Vale Borough Council", date="24/06/2026", sig="M ELWES",
        time="11:05", wit="DC TRAVERS", body=[
            "I am a CCTV operator for Kestrel Vale Borough Council. The Tollgate car park camera (TG-03) records "
            "continuously to the control room. On 24 June 2026 I exported the footage from 23:30 to 23:55 on 20 "
            "June 2026 to a disc, which I produce as ME/1. The system clock was correct."]), force=KV)
    mg11(os.path.join(d, "PRYCE.pdf"), "esign", urn, dict(
        name="Dr Aled PRYCE", occ="Forensic physician", date="03/07/2026", sig="A PRYCE", time="09:30", wit="",
        body=["I am a forensic physician (MBChB, DFFLM) at the Kestrel SARC. At 09:00 on 21 June 2026, with her "
              "written consent, I examined Hannah IVES. I found bruises on both forearms consistent with defensive "
              "injuries or gripping, and a 5 mm laceration at the posterior fourchette consistent with penetration; "
              "I cannot say whether it was consensual from the injury alone. I took swabs AP/1 to AP/5."]), force=KV)
    write_video(os.path.join(d, "ME1_TG03_2336-2355.mp4"), ["TG-03 TOLLGATE CP  20/06/2026", "ME/1  {clock}"],
                seconds=4, seed=52, scene="cctv", clock_start=(23, 46, 50), codec="mpeg4")
    roti(os.path.join(d, "MG15 ROURKE.pdf"), urn, "ROURKE, Jason Mark", "25/06/2026", "Kestrelford custody",
         "16:20 – 17:02", "DC TRAVERS, DC BEVAN", "Mr A. CHAUDHRY (solicitor)", "OT/6", [
             ["00:00", "TRAVERS", "Caution"], ["05:00", "ROURKE", "First date; she was keen."],
             ["14:00", "ROURKE", "Sex in the van was consensual."],
             ["22:00", "TRAVERS", "Puts locked doors and injuries; he says doors lock automatically."],
             ["40:00", "TRAVERS", "Concluded"]], fam="cond")
    pnc_print(os.path.join(d, "PNC ROURKE.pdf"), urn, "PNC — suspect", [
        ("ROURKE, Jason Mark  DOB 11/11/1995", ["Convictions: 1 — 2018 common assault (domestic) — community order."])],
        "DC TRAVERS", "04/12/2026", force=KV)
    pnc_print(os.path.join(d, "scan_0011.pdf"), urn, "PNC — prosecution witnesses (nil returns)", [
        ("IVES, Hannah", ["No trace"]), ("KENDRICK, Zoe", ["No trace"]), ("ELWES, Mark", ["No trace"])],
        "DC TRAVERS", "04/12/2026", scan=True, force=KV)
    schedule_xlsx(os.path.join(d, "MG6C_0188.xlsx"), "MG6C", KV, urn, "ROURKE", [
        [1, "Crime report KV/26/1882", "OIC", "Rebuttable presumption — copy with file", "D"],
        [2, "Incident log 0017 21/06/2026 (999 call by KENDRICK)", "OIC", "Rebuttable presumption — copy with file", "D"],
        [3, "PC HADLEY PNB 2290 p.66 — first account to police", "Property store", "Copy with file", "D"],
        [4, "Dating app messages IVES/ROURKE 01/06–20/06/2026 (from both phones)", "DFU", "Some sexual in tone from both — may assist defence", "D"],
        [5, "Notes of conversations with two Kingfisher bar staff 29/06/2026", "OIC", "Say the two were getting on well — may assist defence", "D"],
        [6, "Taxi rank marshal enquiry note — agency holds no rota", "OIC", "", ""],
        [7, "ABE interview plan 23/06/2026", "OIC", "", ""],
        [8, "Van examination report and photographs (OT/4 found)", "SOCO", "", ""]],
        "DC 0931 O. TRAVERS", "07/12/2026")
    schedule_xlsx(os.path.join(d, "MG6D_0188.xlsx"), "MG6D", KV, urn, "ROURKE", [],
                  "DC 0931 O. TRAVERS", "07/12/2026")
    write_pdf(os.path.join(d, "Disclosable items 1-5.pdf"), [
        ("title", "Copies of MG6C items 4 and 5 (marked D)"), ("p", f"URN {urn}"),
        ("p", "Item 4: app conversation export, 41 messages 01/06–20/06/2026 (summary): arranging to meet; "
              "flirtatious messages from both; on 19/06 she wrote 'looking forward to it x'."),
        ("p", "Item 5: notes of DC TRAVERS 29/06/2026: barman Lee FOSS — 'they were laughing, she touched his arm'; "
              "barmaid Tia ROWE — 'seemed fine together, left about half eleven'.")], fam="cond")
    mg12(os.path.join(d, "MG12_0188.pdf"), urn, [
        ["NB/1", "VRI master IVES", "DC BEVAN", "Property store"], ["NB/2", "VRI working copy", "DC BEVAN", "With file"],
        ["RH/1", "Dress", "PC HADLEY", "Forensic provider"], ["ME/1", "CCTV TG-03 disc", "M. ELWES", "With file (clip)"],
        ["AP/1-AP/5", "Swabs", "Dr PRYCE", "Forensic provider"], ["OT/4", "Earring from van", "DC TRAVERS", "Property store"],
        ["OT/6", "Interview recording ROURKE", "DC TRAVERS", "Property store"],
        ["OT/7", "Complainant's phone (targeted extraction)", "DC TRAVERS", "Returned 23/06/2026"]], fam="cond")
    dpn(os.path.join(d, "DPN_IVES.pdf"), urn, "Hannah IVES", "iPhone 14 (OT/7)",
        "You have told us about your messages with the man you met through the dating app, and that you rang "
        "your flatmate straight after. Those are part of the evidence.",
        "Only: the dating-app conversation with the user 'JayR95' and calls and messages with Zoe KENDRICK, from "
        "01/06/2026 to 21/06/2026. No photographs, other apps or other contacts will be reviewed. The phone will be "
        "returned the same day.", "(e-signed) H IVES 23/06/2026", "DC 0931 TRAVERS", fam="cond")
    write_pdf(os.path.join(d, "SFR1_0188.pdf"), [
        ("title", "SFR1 — Streamlined Forensic Report"),
        ("kv", [("URN", urn), ("Provider", "Tessellate Forensics"), ("Date", "02/09/2026")], 0.2),
        ("p", "AP/3 high vaginal swab: semen; DNA matching Jason Mark ROURKE. RH/1 dress: tear to left shoulder seam, "
              "recent. OT/4: earring, identified by the complainant.")], fam="cond")
    pnb(os.path.join(d, "PNB 2290 HADLEY p66.pdf"), urn, "PC 1702 HADLEY", "PNB 2290 page 66", [
        "21/06/26 00:40 Flat 3, 12 Weir Road. Hannah IVES states: 'the man from the app locked me in",
        "   his van and raped me.' Red marks both forearms. Read over and signed H Ives."], fam="cond")
    crime_report(os.path.join(d, "KV-26-1882 crime.pdf"), KV, "KVP-CMS", urn, "KV/26/1882", [
        "RAPE F16+  20/06/2026 23:40  TOLLGATE CAR PARK KESTRELFORD",
        "Victim IVES Hannah F 27   Suspect ROURKE Jason M 30 (dating app contact)",
        "First account to police PC 1702 HADLEY 00:40 21/06/2026."])
    cad_log(os.path.join(d, "Incident 0017.pdf"), KV, "0017 21/06/2026", [
        "00:14 999 CALLER KENDRICK ZOE 07700 900877: FLATMATE RAPED BY MAN FROM DATING APP IN HIS VAN",
        "00:21 ALLOCATED KF12 PC 1702 HADLEY", "00:35 KF12 AT SCENE"])
    mg2(os.path.join(d, "MG2_IVES.pdf"), urn, [
        ("Witness", "Hannah IVES"), ("Eligibility", "s.17(4)"), ("Vulnerable s.16", "No — no intermediary needed"),
        ("Measures", "ABE EIC; screens; s.28 — she wants pre-recorded cross-examination"),
        ("Completed", "DC TRAVERS 01/12/2026")], fam="cond")
    write_expected(out, name, "charging", 0,
                   ["MG3", "MG11", "ABE_RECORDING", "ABE_SUMMARY", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "DPN",
                    "FORENSIC", "CCTV", "CRIME_REPORT", "INCIDENT_LOG", "MG2"],
                   [],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "abe_summary",
                    "abe_exhibited", "abe_plan", "key_statements", "officer_statement", "signed",
                    "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                    "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                    "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                    "victim_care", "files_readable", "one_urn"],
                   [{"name": "casefile_export_0188.pdf", "type": "MG3"},
                    {"name": "NB2_IVES_VRI.mp4", "type": "ABE_RECORDING"},
                    {"name": "NB2 index.pdf", "type": "ABE_SUMMARY"},
                    {"name": "BEVAN.pdf", "type": "MG11", "role": "officer"},
                    {"name": "HADLEY.pdf", "type": "MG11", "role": "officer"},
                    {"name": "IMG_2231.jpg", "type": "MG11", "role": "first_account"},
                    {"name": "ELWES.pdf", "type": "MG11", "role": "witness"},
                    {"name": "PRYCE.pdf", "type": "MG11", "role": "expert"},
                    {"name": "ME1_TG03_2336-2355.mp4", "type": "CCTV"},
                    {"name": "MG15 ROURKE.pdf", "type": "ROTI"},
                    {"name": "PNC ROURKE.pdf", "type": "PNC"},
                    {"name": "scan_0011.pdf", "type": "PNC"},
                    {"name": "MG6C_0188.xlsx", "type": "MG6C"},
                    {"name": "MG6D_0188.xlsx", "type": "MG6D"},
                    {"name": "MG12_0188.pdf", "type": "MG12"},
                    {"name": "DPN_IVES.pdf", "type": "DPN"},
                    {"name": "SFR1_0188.pdf", "type": "FORENSIC"}])


def case_kv2(out):
    """Kestrel Vale, faulty: no statement from the first attending officer (officer_statement);
    a witness statement with no signature and no date (signed)."""
    name = "KV_file_0240"
    d = os.path.join(out, name); os.makedirs(d)
    urn = "91KV0240326"
    kv_mg3(os.path.join(d, "casefile_export_0240.pdf"), urn, [
        [("Suspect", "NAYLOR-BROOKS Craig, 52, taxi proprietor"),
         ("Offence", "Sexual assault — s.3 Sexual Offences Act 2003 (two counts)"),
         ("Complainant", "DOWD Kerry, 34, care assistant"),
         ("Date / place", "Thu 13/08/2026 approx 22:10, in a private hire car, Station Road, Kestrelford"),
         ("Submitted", "11/12/2026 by DC 0655 Bryony SALT (OIC), tel 01632 960922, "
                       "bryony.salt@kestrelvale.police.example")],
        ("Decision sought", ["Full code test."]),
        ("Early advice", ["Not sought: a single-incident sexual assault with an admission of contact; DS WYNNE "
                          "decided early advice would not add value (recorded 20/08/2026)."]),
        ("Case summary", [
            "The complainant booked a car home after a late shift. The driver, the suspect, stopped on Station "
            "Road, reached across and touched her breast and then her vagina over her trousers. She got out and "
            "ran to her sister-in-law's house nearby.",
            "Her written statement was taken on 14/08/2026 — she declined a video-recorded interview; a written "
            "statement was taken instead, at her choice.",
            "First account: she told her sister-in-law, Rachel DOWD, at 22:20 (statement attached).",
            "PC 3345 Lewis HOLLIS attended Rachel DOWD's address at 22:51 and was the first officer at the scene; he "
            "took the initial account and seized the booking confirmation screenshot.",
            "A neighbour, Mr Ian COATES, saw her get out of a silver car and run (statement attached).",
            "DC SALT's statement covers the booking records and the dashcam enquiry."]),
        ("Suspect's account", ["Interviewed 18/08/2026 (MG15 attached): says he reached across to help with a "
                               "stuck seatbelt and may have brushed her; denies any sexual touching."]),
        ("Lines of enquiry (incl. those pointing away from the suspect)", [
            "Dashcam: the car has a forward-facing dashcam only; footage examined — no interior view; shows the "
            "car stopping for 70 seconds on Station Road (neutral).",
            "Operator records: booking, route and times obtained; consistent with both accounts.",
            "Previous complaints about the driver to the licensing authority: checked — none."]),
        ("Outstanding evidence", ["None outstanding."]),
        ("Forensic / medical", ["No forensic or medical examination: the touching was over clothing, she was "
                                "not injured and declined a SARC referral; no medical records are sought."]),
        ("Digital", ["Her phone was not examined: the booking confirmation was supplied by her as a screenshot "
                     "and confirmed by the operator. No third-party material requested."]),
        ("Victim and witness care", [
            "Special measures (MG2 attached): she wants a screen and has been told about s.28; she does not want "
            "pre-recorded cross-examination. Not vulnerable (s.16); no intermediary. Needs: shift worker; no "
            "interpreter. VPS made 14/08/2026 (attached). ISVA referred 14/08/2026."]),
        ("Disclosure", ["MG6C, MG6D and rebuttable presumption material attached."]),
        ("Bail", ["Released under investigation 18/08/2026: his private hire licence has been suspended by the "
                  "licensing authority and he has no link to the complainant; conditions were not necessary "
                  "(Insp. FROST)."]),
        ("Supervisor", ["Endorsed: DS 1187 Claire WYNNE 10/12/2026."])])
    write_video(os.path.join(d, "BS-2 dashcam extract.mp4"), ["VALE CARS VC-17 DASHCAM 13/08/2026", "BS/2 extract {clock}"],
                seconds=3, seed=61, scene="cctv", clock_start=(22, 9, 38))
    mg11(os.path.join(d, "DOWD K.pdf"), "esign", urn, dict(
        name="Kerry DOWD", occ="Care assistant", date="14/08/2026", sig="K DOWD", time="12:40", wit="DC SALT",
        body=["On Thursday 13 August 2026 I finished a late shift at Brookside care home and booked a car home on the "
              "app. The driver was an older man with a grey beard. On Station Road he pulled over, said 'you look "
              "tired, love' and put his hand on my left breast and squeezed it. I pushed his hand away. He then put "
              "his hand between my legs and rubbed my vagina over my trousers. I said 'get off me' and got out and "
              "ran to my sister-in-law Rachel's house on Nettle Street.",
              "I produce a screenshot of the booking confirmation as KD/1.",
              "I do not want to do a video interview; I prefer to write it down."]), force=KV)
    mg11(os.path.join(d, "DOWD R.pdf"), "esign", urn, dict(
        name="Rachel DOWD", occ="Teaching assistant", date="14/08/2026", sig="R DOWD", time="14:05", wit="DC SALT",
        body=["Kerry is married to my brother. At about 22:20 on Thursday 13 August 2026 she banged on my door, crying. "
              "She said 'the taxi driver grabbed my boob and then put his hand between my legs.' I called the police."]),
        force=KV)
    mg11(os.path.join(d, "COATES.pdf"), "esign", urn, dict(
        name="Ian COATES", occ="Retired postman", date="15/08/2026", sig="", wit="DC SALT", unsigned=True,
        body=["I live on Station Road. At about ten past ten on Thursday 13 August 2026 I was putting my bins out when "
              "I saw a silver car stop. A woman got out of the back quickly and ran off towards Nettle Street. The car "
              "drove off a minute later."]), force=KV)
    mg11(os.path.join(d, "SALT.pdf"), "esign", urn, dict(
        name="Bryony SALT", occ="Detective Constable 0655", date="02/09/2026", sig="B SALT", time="16:00", wit="",
        body=["I am the officer in the case. On 17 August 2026 I obtained from Vale Cars the booking, route and "
              "timing record for the complainant's journey, which I produce as BS/1. On 18 August 2026 I seized the "
              "dashcam memory card from the suspect's car and produce it as BS/2; I reviewed it: it faces forward "
              "only and shows the car stopped on Station Road from 22:09:40 to 22:10:50. I made an extract of "
              "22:09 to 22:11, which is with the file."]), force=KV)
    roti(os.path.join(d, "MG15 NAYLOR-BROOKS.pdf"), urn, "NAYLOR-BROOKS, Craig", "18/08/2026", "Kestrelford custody",
         "10:00 – 10:34", "DC SALT", "Mr G. ELLIS (solicitor)", "BS/3", [
             ["00:00", "SALT", "Caution"], ["06:00", "NAYLOR-BROOKS", "Stopped because her seatbelt was stuck."],
             ["15:00", "NAYLOR-BROOKS", "May have brushed her; denies deliberate touching."],
             ["32:00", "SALT", "Concluded"]], fam="cond")
    pnc_print(os.path.join(d, "PNC suspect.pdf"), urn, "PNC — suspect",
              [("NAYLOR-BROOKS, Craig  DOB 30/01/1974", ["No convictions."])], "DC SALT", "09/12/2026", force=KV)
    pnc_print(os.path.join(d, "PNC witnesses.pdf"), urn, "PNC — witnesses", [
        ("DOWD, Kerry", ["No trace"]), ("DOWD, Rachel", ["No trace"]), ("COATES, Ian", ["No trace"])],
        "DC SALT", "09/12/2026", force=KV)
    schedule_xlsx(os.path.join(d, "MG6C_0240.xlsx"), "MG6C", KV, urn, "NAYLOR-BROOKS", [
        [1, "Crime report KV/26/2403", "OIC", "Rebuttable presumption — copy with file", "D"],
        [2, "Incident log 0522 13/08/2026 — call by Rachel DOWD", "OIC", "Rebuttable presumption — copy with file", "D"],
        [3, "PC HOLLIS PNB 1187 p.9 — first account to police", "Property store", "Copy with file", "D"],
        [4, "Licensing authority reply 20/08/2026 — no previous complaints about the driver", "OIC", "", ""],
        [5, "Dashcam card BS/2 — full contents 13/08/2026 (forward view only)", "Property store", "Exhibited extract", ""]],
        "DC 0655 B. SALT", "10/12/2026")
    schedule_xlsx(os.path.join(d, "MG6D_0240.xlsx"), "MG6D", KV, urn, "NAYLOR-BROOKS", [],
                  "DC 0655 B. SALT", "10/12/2026")
    write_pdf(os.path.join(d, "PNB HOLLIS p9.pdf"), [
        ("title", "Pocket notebook extract — PC 3345 HOLLIS — PNB 1187 page 9"), ("p", f"URN {urn}"),
        ("mono", ["13/08/26 22:58 Nettle St. Kerry DOWD states: 'the taxi driver grabbed my boob and then",
                  "put his hand between my legs, on Station Road'. Signed K Dowd."])], fam="cond")
    mg12(os.path.join(d, "MG12_0240.pdf"), urn, [
        ["KD/1", "Booking confirmation screenshot", "K. DOWD", "With file"],
        ["BS/1", "Vale Cars booking / route record", "DC SALT", "With file"],
        ["BS/2", "Dashcam memory card (extract 22:09–22:11 with file)", "DC SALT", "Property store / with file"],
        ["BS/3", "Interview recording NAYLOR-BROOKS", "DC SALT", "Property store"]], fam="cond")
    crime_report(os.path.join(d, "KV-26-2403.pdf"), KV, "KVP-CMS", urn, "KV/26/2403", [
        "SEXUAL ASSAULT F16+ (x2)  13/08/2026 22:10  STATION ROAD KESTRELFORD (PRIVATE HIRE VEHICLE)",
        "Victim DOWD Kerry F 34   Suspect NAYLOR-BROOKS Craig M 52",
        "Attending: PC 3345 HOLLIS 22:51 — initial account recorded PNB 1187 p.9."])
    cad_log(os.path.join(d, "Incident 0522.pdf"), KV, "0522 13/08/2026", [
        "22:24 999 CALLER DOWD RACHEL: SISTER-IN-LAW SEXUALLY ASSAULTED BY TAXI DRIVER",
        "22:30 ALLOCATED KF04 PC 3345 HOLLIS", "22:51 KF04 AT SCENE NETTLE STREET"])
    mg2(os.path.join(d, "MG2_DOWD.pdf"), urn, [
        ("Witness", "Kerry DOWD"), ("Eligibility", "s.17(4)"), ("Vulnerable", "No; no intermediary"),
        ("Measures", "Screens. Told about s.28 — does not want it."), ("Completed", "DC SALT 05/12/2026")], fam="cond")
    write_pdf(os.path.join(d, "VPS_DOWD.pdf"), [
        ("title", "Victim Personal Statement"), ("p", f"URN {urn}"),
        ("p", "Kerry DOWD, 14/08/2026. I used to take a car home after every late shift. Now I wait for my husband..."),
        ("p", "Witness signature: K DOWD (e-signed 14/08/2026)")], fam="cond")
    write_expected(out, name, "charging", 1,
                   ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG12", "CRIME_REPORT", "INCIDENT_LOG", "MG2", "VPS"],
                   ["officer_statement", "signed"],
                   ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry",
                    "suspect_account", "outstanding_dated", "complainant_account", "abe_recording", "key_statements",
                    "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
                    "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "exhibits",
                    "multimedia", "forensic_medical", "special_measures", "victim_care", "files_readable",
                    "one_urn"],
                   [{"name": "casefile_export_0240.pdf", "type": "MG3"},
                    {"name": "DOWD K.pdf", "type": "MG11", "role": "complainant"},
                    {"name": "DOWD R.pdf", "type": "MG11", "role": "first_account"},
                    {"name": "COATES.pdf", "type": "MG11", "role": "witness"},
                    {"name": "SALT.pdf", "type": "MG11", "role": "officer"},
                    {"name": "MG15 NAYLOR-BROOKS.pdf", "type": "ROTI"},
                    {"name": "MG6C_0240.xlsx", "type": "MG6C"},
                    {"name": "MG6D_0240.xlsx", "type": "MG6D"},
                    {"name": "VPS_DOWD.pdf", "type": "VPS"}])

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "out"
    os.makedirs(out, exist_ok=True)
    for fn in CASES:
        fn(out)


CASES = [case_nm1, case_nm2, case_cal1, case_cal2, case_hv1, case_hv2, case_hv3, case_kv1, case_kv2]

if __name__ == "__main__":
    main()
