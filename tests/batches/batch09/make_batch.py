#!/usr/bin/env python3
"""batch09: "files a CPS area sent back, and what came back".

Synthetic RASSO case folders (resubmissions answering CPS action plans or a police gatekeeper's
refusal, plus one early-advice request), each with NAME.expected.json beside it.

Usage:  python make_batch.py OUTDIR
Deterministic: seeded randomness, fixed dates, fixed PDF/DOCX/XLSX/ZIP timestamps.
All names, places, numbers and addresses are invented; phone numbers are in the UK drama ranges.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import random
import shutil
import struct
import sys
import wave
import zipfile
from email.message import EmailMessage
from email.policy import SMTP

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
import openpyxl
from openpyxl.styles import Font as XFont, Alignment, Border, Side, PatternFill
import av

FONTS = "/usr/share/fonts/truetype/dejavu/"
UTC = dt.timezone.utc

# ----------------------------------------------------------------------------------------------
# document model: a list of blocks
#   ("title", text) ("h", text) ("p", text) ("small", text) ("kv", [(k, v), ...])
#   ("table", headers, rows, widths)  widths = relative column widths
#   ("boxes", [cell, cell, ...])  a row of small boxes (URN split in boxes)
#   ("sig", text)  a signature line (typed copy) ; ("hsig", name) a hand-drawn signature (images)
#   ("pb",) page break ; ("gap",)
# ----------------------------------------------------------------------------------------------


def fixed_dt(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%d/%m/%Y").replace(hour=9, minute=30, tzinfo=UTC)


class _PDF(FPDF):
    def __init__(self, head=None, foot=None, pagefmt=None, family="DejaVu", **kw):
        super().__init__(format="A4", **kw)
        self._head, self._foot, self._pagefmt, self._fam = head, foot, pagefmt, family

    def header(self):
        if self._head:
            self.set_font(self._fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, self._head, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
            self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font(self._fam, "", 7.5)
        self.set_text_color(90, 90, 90)
        txt = []
        if self._foot:
            txt.append(self._foot)
        if self._pagefmt:
            txt.append(self._pagefmt.replace("{p}", str(self.page_no())))
        if txt:
            self.cell(0, 4, "     ".join(txt), align="C")
        self.set_text_color(0, 0, 0)


def write_pdf(path, blocks, date, head=None, foot=None, pagefmt="Page {p} of {nb}", serif=False,
              size=10, author=None, title=None):
    pdf = _PDF(head=head, foot=foot, pagefmt=pagefmt, family="F")
    base = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("F", "", FONTS + base + ".ttf")
    pdf.add_font("F", "B", FONTS + base + "-Bold.ttf")
    pdf.add_font("F", "I", FONTS + ("DejaVuSerif-Italic.ttf" if serif else "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(fixed_dt(date))
    if author:
        pdf.set_author(author)
    if title:
        pdf.set_title(title)
    pdf.set_creator("Case file system export")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    W = pdf.epw
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("F", "B", size + 4)
            pdf.multi_cell(W, 7, b[1], align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("F", "B", size + 0.5)
            pdf.multi_cell(W, 5.5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.5)
        elif k == "p":
            pdf.set_font("F", "", size)
            pdf.multi_cell(W, 4.9, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.6)
        elif k == "small":
            pdf.set_font("F", "I", size - 2)
            pdf.multi_cell(W, 4, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif k == "sig":
            pdf.set_font("F", "", size)
            pdf.multi_cell(W, 5, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif k == "hsig":
            pdf.set_font("F", "I", size)
            pdf.multi_cell(W, 5, "Signed: " + b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif k == "kv":
            pdf.set_font("F", "", size - 0.5)
            with pdf.table(col_widths=(32, 68), line_height=5, first_row_as_headings=False,
                           text_align="LEFT") as t:
                for kk, vv in b[1]:
                    r = t.row()
                    pdf.set_font("F", "B", size - 0.5)
                    r.cell(kk)
                    pdf.set_font("F", "", size - 0.5)
                    r.cell(vv)
            pdf.ln(2)
        elif k == "table":
            _, headers, rows, widths = b
            pdf.set_font("F", "", size - 1.5)
            from fpdf.fonts import FontFace
            with pdf.table(col_widths=tuple(widths), line_height=4.4, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                r = t.row()
                for hcell in headers:
                    r.cell(hcell)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif k == "boxes":
            pdf.set_font("F", "B", size)
            n = len(b[1])
            with pdf.table(col_widths=tuple([1] * n), width=min(W, 18 * n), align="LEFT",
                           first_row_as_headings=False, line_height=6, text_align="CENTER") as t:
                r = t.row()
                for c in b[1]:
                    r.cell(c)
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
        elif k == "gap":
            pdf.ln(4)
    pdf.output(path)


# ------------------------------------------------------------------ raster pages (scans, photos)
_fcache = {}


def _font(size, bold=False, serif=False, mono=False):
    key = (size, bold, serif, mono)
    if key not in _fcache:
        if mono:
            name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
        elif serif:
            name = "DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"
        else:
            name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        _fcache[key] = ImageFont.truetype(FONTS + name, size)
    return _fcache[key]


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            trial = (line + " " + w).strip()
            if draw.textlength(trial, font=font) <= width or not line:
                line = trial
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _squiggle(draw, x, y, name, rnd):
    pts = []
    n = 22 + len(name)
    for i in range(n):
        pts.append((x + i * 9 + rnd.randint(-3, 3), y + 18 * math.sin(i * 0.9 + rnd.random()) + rnd.randint(-5, 5)))
    draw.line(pts, fill=(20, 30, 90), width=3)
    draw.line([(x + 10, y + 24), (x + n * 9 - 20, y + 16)], fill=(20, 30, 90), width=2)


def render_pages(blocks, seed=1, head=None, foot=None, pagefmt="Page {p} of {nb}", serif=False, pt=10.5,
                 dpi=200):
    """Lay blocks out onto A4 pages at `dpi`; return list of RGB PIL images."""
    rnd = random.Random(seed)
    Wp, Hp = int(8.27 * dpi), int(11.69 * dpi)
    px = lambda p: int(p * dpi / 72)
    M = int(0.65 * dpi)
    body = _font(px(pt), serif=serif)
    bold = _font(px(pt), bold=True, serif=serif)
    big = _font(px(pt + 4), bold=True, serif=serif)
    small = _font(px(pt - 2), serif=serif)
    lh = int(px(pt) * 1.38)
    pages = []
    state = {}

    def newpage():
        im = Image.new("RGB", (Wp, Hp), (255, 255, 255))
        d = ImageDraw.Draw(im)
        pages.append(im)
        state["d"], state["y"] = d, M
        if head:
            tw = d.textlength(head, font=small)
            d.text(((Wp - tw) / 2, M - px(pt) * 1.8), head, font=small, fill=(70, 70, 70))

    def need(h):
        if state["y"] + h > Hp - M - lh:
            newpage()

    newpage()
    width = Wp - 2 * M
    for b in blocks:
        k = b[0]
        d = state["d"]
        if k in ("title", "h", "p", "small", "sig"):
            f = {"title": big, "h": bold, "p": body, "small": small, "sig": body}[k]
            lines = _wrap(d, b[1], f, width)
            for ln in lines:
                need(lh)
                d = state["d"]
                if k == "title":
                    tw = d.textlength(ln, font=f)
                    d.text(((Wp - tw) / 2, state["y"]), ln, font=f, fill=(0, 0, 0))
                    state["y"] += int(lh * 1.3)
                else:
                    d.text((M, state["y"]), ln, font=f, fill=(0, 0, 0))
                    state["y"] += lh
            state["y"] += lh // 2
        elif k == "hsig":
            need(lh * 3)
            d = state["d"]
            d.text((M, state["y"] + lh // 2), "Signature:", font=body, fill=(0, 0, 0))
            _squiggle(d, M + int(d.textlength("Signature:  ", font=body)), state["y"] + lh // 2, b[1], rnd)
            state["y"] += lh * 2
        elif k in ("kv", "table", "boxes"):
            if k == "kv":
                headers, rows, widths = None, [list(r) for r in b[1]], [32, 68]
            elif k == "boxes":
                headers, rows, widths = None, [b[1]], [1] * len(b[1])
            else:
                headers, rows, widths = b[1], b[2], b[3]
            tot = sum(widths)
            tw_ = width if k != "boxes" else min(width, px(50) * len(widths))
            cw = [int(tw_ * w / tot) for w in widths]
            allrows = ([headers] if headers else []) + rows
            for ri, row in enumerate(allrows):
                cells = []
                for ci, c in enumerate(row):
                    f = bold if (headers and ri == 0) or (k == "kv" and ci == 0) or k == "boxes" else small if k == "table" else body
                    cells.append((_wrap(d, str(c), f, cw[ci] - 16), f))
                rh = max(len(c[0]) for c in cells) * int(lh * (0.85 if k == "table" else 1)) + 12
                need(rh)
                d = state["d"]
                x = M
                for ci, (lines, f) in enumerate(cells):
                    d.rectangle([x, state["y"], x + cw[ci], state["y"] + rh], outline=(0, 0, 0), width=2)
                    yy = state["y"] + 6
                    for ln in lines:
                        if k == "boxes":
                            tw = d.textlength(ln, font=f)
                            d.text((x + (cw[ci] - tw) / 2, yy), ln, font=f, fill=(0, 0, 0))
                        else:
                            d.text((x + 8, yy), ln, font=f, fill=(0, 0, 0))
                        yy += int(lh * (0.85 if k == "table" else 1))
                    x += cw[ci]
                state["y"] += rh
            state["y"] += lh // 2
        elif k == "pb":
            newpage()
        elif k == "gap":
            state["y"] += lh
    n = len(pages)
    for i, im in enumerate(pages):
        d = ImageDraw.Draw(im)
        parts = []
        if foot:
            parts.append(foot)
        if pagefmt:
            parts.append(pagefmt.replace("{p}", str(i + 1)).replace("{nb}", str(n)))
        if parts:
            t = "     ".join(parts)
            tw = d.textlength(t, font=small)
            d.text(((Wp - tw) / 2, Hp - M + lh // 2), t, font=small, fill=(70, 70, 70))
    return pages


def scanify(im, rnd):
    """Make a clean page look scanned: greyscale, faint noise, tiny skew, soft edges."""
    g = im.convert("L")
    ang = rnd.uniform(-0.6, 0.6)
    g = g.rotate(ang, resample=Image.BICUBIC, fillcolor=250)
    arr = np.asarray(g).astype(np.int16)
    nrs = np.random.default_rng(rnd.randint(0, 10**6))
    arr = arr - 8 + nrs.integers(-10, 10, arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    g = Image.fromarray(arr, "L").filter(ImageFilter.GaussianBlur(0.5))
    return g


def write_scan_pdf(path, pages, date, seed=7):
    rnd = random.Random(seed)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(fixed_dt(date))
    pdf.set_creator("MFD scanner")
    pdf.set_auto_page_break(False)
    for im in pages:
        g = scanify(im, rnd)
        buf = io.BytesIO()
        g.save(buf, "JPEG", quality=55, optimize=True)
        buf.seek(0)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(path)


def write_photo_jpeg(path, page, seed=3, angle=2.5):
    """A phone photo of one page: on a desk, rotated, with a little perspective and uneven light."""
    rnd = random.Random(seed)
    pg = page.resize((1240, int(1240 * page.height / page.width)), Image.LANCZOS)
    W, H = 1600, 2100
    bg = Image.new("RGB", (W, H), (96, 78, 60))
    arr = np.asarray(bg).astype(np.int16)
    nrs = np.random.default_rng(seed)
    arr = np.clip(arr + nrs.integers(-12, 12, (H, W, 1)), 0, 255).astype(np.uint8)
    bg = Image.fromarray(arr, "RGB")
    pg = pg.convert("RGB")
    # warm paper tint
    tint = Image.new("RGB", pg.size, (248, 244, 232))
    pg = Image.blend(pg, tint, 0.18)
    pg = pg.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(96, 78, 60))
    bg.paste(pg, ((W - pg.width) // 2, (H - pg.height) // 2))
    # mild perspective (keystone)
    d = 28
    quad = (d, 0, 0, H, W, H, W - d, 0)
    bg = bg.transform((W, H), Image.QUAD, quad, resample=Image.BICUBIC)
    # lighting gradient
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.86 + 0.16 * (1 - ((xx - W * 0.35) ** 2 + (yy - H * 0.3) ** 2) / (W * W + H * H))
    a = np.asarray(bg).astype(np.float32) * light[..., None]
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    bg.save(path, "JPEG", quality=82)


# ------------------------------------------------------------------------------------ DOCX/XLSX
ZIP_TIME = (2026, 10, 1, 9, 0, 0)


def normalise_zip(path, date=None):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and order, so output is byte-identical."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if date:
        iso = fixed_dt(date).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
        items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + iso + rb"\g<2>", d))
                 if n == "docProps/core.xml" else (n, d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)


def write_docx(path, blocks, date, head=None, foot=None, author="user", font="Arial", size=10.5):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        sec.footer.paragraphs[0].text = foot
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=1)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p", "sig", "hsig"):
            d.add_paragraph(b[1] if k != "hsig" else "Signed: " + b[1])
        elif k == "small":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 2)
        elif k in ("kv", "table", "boxes"):
            if k == "kv":
                rows = [list(r) for r in b[1]]
                t = d.add_table(rows=0, cols=2)
            elif k == "boxes":
                rows = [b[1]]
                t = d.add_table(rows=0, cols=len(b[1]))
            else:
                rows = [b[1]] + [list(r) for r in b[2]]
                t = d.add_table(rows=0, cols=len(b[1]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci, c in enumerate(row):
                    cells[ci].text = str(c)
                    if (k == "table" and ri == 0) or (k == "kv" and ci == 0):
                        for p in cells[ci].paragraphs:
                            for r in p.runs:
                                r.bold = True
            d.add_paragraph()
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif k == "gap":
            d.add_paragraph()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed_dt(date).replace(tzinfo=None)
    cp.modified = fixed_dt(date).replace(tzinfo=None)
    cp.revision = 3
    d.save(path)
    normalise_zip(path, date)


def write_xlsx(path, sheets, date, author="user"):
    """sheets: list of (title, preamble_rows, headers, rows, col_widths)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin", color="000000")
    for title, pre, headers, rows, widths in sheets:
        ws = wb.create_sheet(title)
        r = 1
        for line in pre:
            ws.cell(row=r, column=1, value=line).font = XFont(bold=(r == 1), size=12 if r == 1 else 10)
            r += 1
        if pre:
            r += 1
        for ci, h in enumerate(headers, 1):
            c = ws.cell(row=r, column=ci, value=h)
            c.font = XFont(bold=True)
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
            ws.column_dimensions[openpyxl.utils.get_column_letter(ci)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed_dt(date).replace(tzinfo=None)
    wb.properties.modified = fixed_dt(date).replace(tzinfo=None)
    wb.save(path)
    normalise_zip(path, date)


def write_eml(path, frm, to, subject, date, body, cc=None, msgid="x"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = f"<{msgid}@mail.police.example>"
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(m.as_bytes(policy=SMTP))


# ---------------------------------------------------------------------------------- multimedia
def _frame_image(w, h, lines, scene, t, rnd_seed):
    im = Image.new("RGB", (w, h), scene["bg"])
    d = ImageDraw.Draw(im)
    for shape in scene.get("rects", []):
        d.rectangle(shape[0], fill=shape[1])
    # something that moves a little (a person shifting / a car passing)
    mx = int(scene.get("mover_x", 60) + scene.get("speed", 3) * t)
    d.ellipse([mx, scene.get("mover_y", 90), mx + 34, scene.get("mover_y", 90) + 40], fill=scene.get("mover", (200, 170, 150)))
    f = _font(11, mono=True)
    y = 4
    for ln in lines:
        d.rectangle([2, y - 1, 4 + d.textlength(ln, font=f), y + 13], fill=(0, 0, 0))
        d.text((3, y), ln, font=f, fill=(255, 255, 255))
        y += 15
    return im


def _rgb_to_i420(rgb):
    """BT.601 limited-range conversion done here (not by swscale) so that every byte is deterministic."""
    f = rgb.astype(np.float32)
    r, g, bb = f[..., 0], f[..., 1], f[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * bb
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * bb
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * bb
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    c = lambda a: np.clip(np.rint(a), 0, 255).astype(np.uint8)
    return np.concatenate([c(y), c(u).reshape(h // 4, w), c(v).reshape(h // 4, w)], axis=0)


def write_video(path, seconds, lines_fn, scene, codec="libx264", fps=12, w=320, h=240, audio=True, seed=5):
    out = av.open(path, "w", format="mp4")
    vs = out.add_stream(codec, rate=fps)
    vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
    if codec == "libx264":
        vs.options = {"threads": "1", "preset": "veryfast", "crf": "30", "x264-params": "asm=0"}
    else:
        vs.bit_rate = 300000
        vs.thread_count = 1
    a_s = None
    if audio:
        a_s = out.add_stream("aac", rate=16000)
        a_s.layout = "mono"
        a_s.thread_count = 1
    nfr = int(seconds * fps)
    for i in range(nfr):
        im = _frame_image(w, h, lines_fn(i / fps), scene, i, seed)
        fr = av.VideoFrame.from_ndarray(_rgb_to_i420(np.asarray(im)), format="yuv420p")
        fr.pts = i
        for p in vs.encode(fr):
            out.mux(p)
    for p in vs.encode():
        out.mux(p)
    if a_s is not None:
        rng = np.random.default_rng(seed)
        sr = 16000
        total = int(seconds * sr)
        tt = np.arange(total) / sr
        env = 0.5 + 0.5 * np.sin(2 * np.pi * 3.1 * tt)
        sig = (0.05 * rng.standard_normal(total) * env + 0.02 * np.sin(2 * np.pi * 180 * tt)).astype(np.float32)
        pts = 0
        for s in range(0, total, 1024):
            chunk = sig[s:s + 1024]
            if len(chunk) < 1024:
                chunk = np.pad(chunk, (0, 1024 - len(chunk)))
            af = av.AudioFrame.from_ndarray(chunk.reshape(1, -1), format="fltp", layout="mono")
            af.sample_rate = sr
            af.pts = pts
            pts += 1024
            for p in a_s.encode(af):
                out.mux(p)
        for p in a_s.encode():
            out.mux(p)
    out.close()


def write_wav_call(path, seconds=9, seed=11):
    """A short 8 kHz 999 call: two ring tones then speech-like modulated noise from two voices."""
    sr = 8000
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    sig = np.zeros_like(t)
    ring = (np.sin(2 * np.pi * 400 * t) + np.sin(2 * np.pi * 450 * t)) * 0.15
    sig[(t < 0.8) | ((t > 1.2) & (t < 2.0))] = ring[(t < 0.8) | ((t > 1.2) & (t < 2.0))]
    speech = rng.standard_normal(len(t)) * 0.18
    syll = (np.sin(2 * np.pi * 4.3 * t) > 0.1).astype(float)
    voice = np.where((t // 1.7) % 2 == 0, np.sin(2 * np.pi * 160 * t), np.sin(2 * np.pi * 220 * t)) * 0.12
    s = (speech * 0.5 + voice) * syll
    sig[t >= 2.3] = s[t >= 2.3]
    pcm = (np.clip(sig, -1, 1) * 32000).astype("<i2")
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(pcm.tobytes())


# ------------------------------------------------------------------------------------- a case
class Case:
    def __init__(self, outdir, name, urn, force, stage="charging", seed=1):
        self.name, self.urn, self.force, self.stage = name, urn, force, stage
        self.dir = os.path.join(outdir, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs, self.types = [], []
        self.rnd = random.Random(seed)
        self.seed = seed

    def urn_spaced(self):
        u = self.urn
        return f"{u[:2]} {u[2:4]} {u[4:9]} {u[9:]}"

    def urn_boxes(self):
        u = self.urn
        return ["URN", u[:2], u[2:4], u[4:9], u[9:]]

    def _rec(self, fname, typ, role=None):
        if typ is None:
            return
        e = {"name": fname, "type": typ}
        if role:
            e["role"] = role
        self.docs.append(e)
        if isinstance(typ, str) and typ not in self.types:
            self.types.append(typ)

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def pdf(self, fname, blocks, date, typ=None, role=None, **kw):
        write_pdf(self.p(fname), blocks, date, **kw)
        self._rec(fname, typ, role)

    def scan(self, fname, blocks, date, typ=None, role=None, **kw):
        pages = render_pages(blocks, seed=self.rnd.randint(0, 9999), **kw)
        write_scan_pdf(self.p(fname), pages, date, seed=self.rnd.randint(0, 9999))
        self._rec(fname, typ, role)

    def photo(self, fname, blocks, typ=None, role=None, angle=2.5, **kw):
        pages = render_pages(blocks, seed=self.rnd.randint(0, 9999), **kw)
        assert len(pages) == 1, f"{fname}: photo must be one page, got {len(pages)}"
        write_photo_jpeg(self.p(fname), pages[0], seed=self.rnd.randint(0, 9999), angle=angle)
        self._rec(fname, typ, role)

    def docx(self, fname, blocks, date, typ=None, role=None, **kw):
        write_docx(self.p(fname), blocks, date, **kw)
        self._rec(fname, typ, role)

    def xlsx(self, fname, sheets, date, typ=None, **kw):
        write_xlsx(self.p(fname), sheets, date, **kw)
        self._rec(fname, typ)

    def eml(self, fname, typ=None, **kw):
        write_eml(self.p(fname), **kw)
        self._rec(fname, typ)

    def video(self, fname, typ, seconds, lines_fn, scene, **kw):
        write_video(self.p(fname), seconds, lines_fn, scene, seed=self.seed, **kw)
        self._rec(fname, typ)

    def wav(self, fname, typ, **kw):
        write_wav_call(self.p(fname), seed=self.seed, **kw)
        self._rec(fname, typ)

    def finish(self, exit_code, must_fail, must_not_fail, extra_types=()):
        types = list(self.types) + [t for t in extra_types if t not in self.types]
        exp = {"case": self.name, "stage": self.stage, "exit": exit_code, "present_types": types,
               "must_fail": list(must_fail), "must_not_fail": list(must_not_fail), "docs": self.docs}
        clash = set(must_fail) & set(must_not_fail)
        assert not clash, (self.name, clash)
        with open(os.path.join(os.path.dirname(self.dir), self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")


# ------------------------------------------------------------------------------------ MG11s
DECL = [
    "This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge and "
    "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
    "have wilfully stated anything in it which I know to be false, or do not believe to be true.",
    "This statement, consisting of {n} page(s) each signed by me, is true to the best of my knowledge and belief. "
    "I make it knowing that if it is tendered in evidence I shall be liable to prosecution if I have wilfully "
    "stated in it anything which I know to be false or do not believe to be true.",
]
EXPERT_DECL = (
    "I understand that my overriding duty is to the court, to help it on matters within my expertise, and that "
    "this duty overrides any obligation to the party who instructed me. I have complied with that duty and with "
    "Part 19 of the Criminal Procedure Rules. I confirm that the opinions expressed are my own and that I have "
    "made clear which facts are within my own knowledge and which are not.")


def mg11_blocks(c, who, date, paras, style="form", sig="[signed]", n_pages=None, age="Over 18",
                occupation="", decl=0, witnessed=None, rear=None, expert=False, vr=False, urn_fmt="plain",
                marking="OFFICIAL-SENSITIVE (when complete)"):
    """who: (Forename(s), SURNAME). paras: list of strings; the string 'PB' starts a continuation page."""
    fore, sur = who
    pages = 1 + sum(1 for x in paras if x == "PB")
    n = n_pages or pages
    decl_txt = DECL[decl].format(n=n)
    urn_block = ("boxes", c.urn_boxes()) if urn_fmt == "boxes" else ("p", "URN: " + (c.urn_spaced() if urn_fmt == "spaced" else c.urn))
    if sig == "[signed]":
        sigline = "Signature: [signed]"
    elif sig == "hand":
        sigline = None
    elif sig == "blank":
        sigline = "Signature: ................................................"
    else:
        sigline = sig
    B = []
    if style == "form":
        B += [("small", marking), ("p", "MG11"), ("title", "WITNESS STATEMENT"),
              ("small", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B"),
              urn_block,
              ("kv", [("Statement of:", f"{fore} {sur}"), ("Age if under 18:", age),
                      ("Occupation:", occupation)]),
              ("p", decl_txt)]
        if sig == "hand":
            B += [("hsig", f"{fore[0]}. {sur.title()}"), ("p", f"Date: {date}")]
        elif sig == "blank":
            B += [("sig", sigline + "      Date: ....................")]
        else:
            B += [("sig", sigline + f"      Date: {date}")]
        B += [("small", ("Tick if witness evidence is visually recorded  [X]" if vr else "Tick if witness evidence is visually recorded  [  ]") + "   (supply witness details on rear)")]
        pg = 1
        for x in paras:
            if x == "PB":
                B += _page_end(sig, sigline, fore, sur, witnessed)
                pg += 1
                B += [("pb",), ("small", marking), ("h", "CONTINUATION OF STATEMENT OF " + f"{fore} {sur}".upper()),
                      ("p", f"Page No. {pg} of {n}")]
            else:
                B.append(("p", x))
        if expert:
            B.append(("p", EXPERT_DECL))
        B += _page_end(sig, sigline, fore, sur, witnessed)
    elif style == "niche":
        B += [("small", marking),
              ("h", "WITNESS STATEMENT  (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules r.16.2)"),
              ("kv", [("URN", c.urn), ("Surname", sur), ("Forename(s)", fore), ("Age", age),
                      ("Occupation", occupation), ("Statement date", date)]),
              ("p", "Declaration: " + decl_txt)]
        B += [("sig", (sigline if sigline else "") + f"    Dated: {date}")] if sig != "hand" else [("hsig", f"{fore} {sur.title()}")]
        for x in paras:
            if x == "PB":
                B += [("small", "Signature: " + ("[signed]" if sig not in ("blank",) else "........") + "  (continued overleaf)"), ("pb",), ("small", f"Statement of {sur}, {fore} (continued)")]
            else:
                B.append(("p", x))
        if expert:
            B.append(("p", EXPERT_DECL))
        B += [("sig", sigline or "Signature: (see image)")] if sig != "hand" else [("hsig", f"{fore} {sur.title()}")]
        if witnessed:
            B.append(("p", "Signature witnessed by: " + witnessed))
    else:  # plain typed copy
        B += [("title", f"Statement of {fore} {sur.upper()}"),
              ("p", "Witness statement (Criminal Justice Act 1967 s.9; Criminal Procedure Rules Part 16)"),
              ("p", f"URN {c.urn}     Occupation: {occupation}     Age: {age}"),
              ("p", decl_txt)]
        B += [("sig", (sigline or "") + f"     {date}")]
        for x in paras:
            B.append(("p", x) if x != "PB" else ("gap",))
        if expert:
            B.append(("p", EXPERT_DECL))
        B += [("sig", sigline + f"     Date: {date}" if sig != "blank" else sigline)]
    if rear:
        B += [("pb",), ("small", marking + "  - not for disclosure"), ("h", "Witness contact details (rear of MG11)"),
              ("kv", rear)]
    return B


def _page_end(sig, sigline, fore, sur, witnessed):
    out = []
    if sig == "hand":
        out.append(("hsig", f"{fore[0]}. {sur.title()}"))
    else:
        out.append(("sig", sigline))
    out.append(("p", "Signature witnessed by: " + (witnessed or "")))
    return out


# ---------------------------------------------------------------------------- common documents
def pnc_blocks(c, name, dob, pncid, convictions, date, by, layout=0):
    if layout == 0:
        B = [("small", "OFFICIAL-SENSITIVE"), ("title", "POLICE NATIONAL COMPUTER - PERSON PRINT"),
             ("kv", [("Case URN", c.urn), ("Name", name), ("Date of birth", dob), ("PNC ID", pncid),
                     ("Printed", f"{date} by {by}"), ("Reason", "Pre-charge file - previous convictions of suspect")])]
        if convictions:
            B += [("h", f"Convictions: {len(convictions)} conviction(s)"),
                  ("table", ["Date", "Court", "Offence", "Disposal"], convictions, [16, 26, 34, 24])]
        else:
            B += [("h", "Convictions / cautions"), ("p", "No convictions, cautions, reprimands or warnings are held on PNC for this person.")]
        B += [("small", "Local intelligence systems were also checked; see MG6D where relevant.")]
    else:
        B = [("h", f"{c.force} - Antecedents / Previous Convictions"), ("p", f"URN {c.urn}"),
             ("p", f"Subject: {name} (born {dob})   PNCID {pncid}"),
             ("p", f"Checked {date} by {by}.")]
        if convictions:
            B += [("table", ["Conv. date", "Court", "Offence(s)", "Sentence"], convictions, [16, 26, 34, 24])]
        else:
            B += [("p", "RESULT: NO TRACE - no previous convictions or cautions recorded.")]
    return B


def witness_pnc_blocks(c, rows, date, by, title="Prosecution witnesses - PNC checks"):
    return [("small", "OFFICIAL-SENSITIVE"), ("title", title), ("p", f"URN: {c.urn}"),
            ("p", "Each civilian prosecution witness has been checked on the Police National Computer and local "
                  "systems. Results are below; where a witness has a conviction the print is summarised so that "
                  "the prosecutor can consider disclosure."),
            ("table", ["Witness", "Status", "PNC result", "Checked"], [r + [date] for r in rows], [26, 20, 40, 14]),
            ("p", f"Checks completed by {by} on {date}.")]


def incident_log_blocks(c, system, ref, opened, rows):
    return [("small", "OFFICIAL - INCIDENT LOG PRINT"), ("h", f"{system}  Incident {ref}   Opened {opened}"),
            ("p", f"Linked URN: {c.urn}"),
            ("table", ["Time", "Operator", "Entry"], rows, [12, 16, 72])]


def crime_report_blocks(c, crn, fields, log, title="CRIME REPORT"):
    return [("small", "OFFICIAL-SENSITIVE"), ("title", f"{title}  {crn}"), ("p", f"URN {c.urn}"),
            ("kv", fields), ("h", "Investigation log"),
            ("table", ["Date/time", "By", "Update"], log, [16, 18, 66])]


def mg6c_blocks(c, items, officer, date, extra=None):
    B = [("small", "OFFICIAL-SENSITIVE when complete"), ("p", "MG6C"),
         ("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
         ("kv", [("URN", c.urn), ("R v", extra or ""), ("Page", "1 of schedule")]),
         ("p", "The disclosure officer believes that the following material, which does not form part of the "
               "prosecution case, is NOT SENSITIVE."),
         ("table", ["Item", "Description and relative location", "CPS use (C / DNM / I)"],
          [[str(i + 1), d, ""] for i, d in enumerate(items)], [8, 74, 18]),
         ("sig", f"Disclosure officer: {officer}   Signature: [signed]   Date: {date}")]
    return B


def mg6c_sheet(c, items, officer, date, defendant):
    return [("MG6C", ["MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN: {c.urn}    R v {defendant}",
                      f"Disclosure officer: {officer}    Date: {date}"],
             ["Item No.", "Description and relative location", "Reg. No.", "CPS comment / DNM / Inspect"],
             [[i + 1, d, f"U{i + 1:03d}", ""] for i, d in enumerate(items)], [9, 90, 10, 22])]


def mg6d_blocks(c, items, officer, date, defendant):
    B = [("small", "OFFICIAL-SENSITIVE when complete - DO NOT DISCLOSE"), ("p", "MG6D"),
         ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
         ("kv", [("URN", c.urn), ("R v", defendant)])]
    if items:
        B += [("p", "The disclosure officer believes that the following material is sensitive and that it is not "
                    "in the public interest to disclose it, for the reasons given."),
              ("table", ["Item", "Description", "Reason for sensitivity", "CPS view"],
               [[str(i + 1), d, r, ""] for i, (d, r) in enumerate(items)], [7, 45, 36, 12])]
    else:
        B += [("p", "NIL RETURN. The disclosure officer has considered all of the material obtained and generated "
                    "in this investigation and believes that there is no sensitive unused material."),
              ("table", ["Item", "Description", "Reason for sensitivity"], [["-", "None", "-"]], [10, 50, 40])]
    B += [("sig", f"Disclosure officer: {officer}    Signed: [signed]    Date: {date}")]
    return B


def mg12_blocks(c, rows, date, officer, defendant):
    return [("small", "OFFICIAL-SENSITIVE"), ("p", "MG12"), ("title", "EXHIBIT LIST"),
            ("kv", [("URN", c.urn), ("R v", defendant)]),
            ("table", ["Exhibit ref", "Description", "Produced by", "Location"], rows, [14, 46, 22, 18]),
            ("sig", f"Completed by {officer}    {date}")]


def abe_summary_blocks(c, who, ref, recdate, start, end, interviewer, rows, note=None, layout=0):
    if layout == 0:
        B = [("small", "OFFICIAL-SENSITIVE"), ("title", "RECORD OF VIDEO RECORDED INTERVIEW"),
             ("p", "Summary / index of the visually recorded interview of a witness (ABE)"),
             ("kv", [("URN", c.urn), ("Person interviewed", who), ("Exhibit", ref),
                     ("Date and place", recdate), ("Start / finish (clock)", f"{start} / {end}"),
                     ("Interviewer", interviewer)]),
             ("table", ["Counter", "Summary of account"], rows, [14, 86])]
    else:
        B = [("h", f"ABE index - {ref}"), ("p", f"URN {c.urn}. Interview of {who} on {recdate}, {start} to {end}. "
                                                 f"Lead interviewer {interviewer}."),
             ("table", ["Time", "Topic / what is said"], rows, [12, 88])]
    if note:
        B.append(("p", note))
    return B


def roti_blocks(c, suspect, date, place, start, end, persons, caution, rows, prepared=None, title="RECORD OF TAPED INTERVIEW"):
    B = [("small", "OFFICIAL-SENSITIVE"), ("p", "MG15"), ("title", title),
         ("kv", [("URN", c.urn), ("Person interviewed", suspect), ("Place of interview", place),
                 ("Date", date), ("Time commenced / concluded", f"{start} / {end}"),
                 ("Persons present", persons), ("Exhibit / recording ref", caution)])]
    if prepared:
        B += [("h", "Prepared statement (handed in and read by the solicitor)"), ("p", prepared)]
    B += [("table", ["Tape counter", "Person speaking", "Text"], rows, [12, 14, 74]),
          ("p", "Interview concluded. The recording was sealed in the presence of the suspect.")]
    return B


def mg2_blocks(c, who, items, date, officer):
    return [("small", "OFFICIAL-SENSITIVE when complete"), ("p", "MG2"),
            ("title", "SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", c.urn), ("Witness", who)] + items),
            ("sig", f"Completed by {officer}   Signed: [signed]   Date: {date}")]


def dpn_blocks(c, who, device, data, why, period, retention, date, officer):
    return [("small", "OFFICIAL-SENSITIVE when complete"),
            ("title", "DIGITAL PROCESSING NOTICE"),
            ("p", "Agreement to the extraction of information from a digital device (Police, Crime, Sentencing and Courts Act 2022, s.37)"),
            ("kv", [("URN", c.urn), ("Device user", who), ("Device", device)]),
            ("h", "1. What information the police want to obtain"), ("p", data),
            ("h", "2. Why it is needed (the reasonable line of enquiry)"), ("p", why),
            ("h", "3. Date range and method"), ("p", period),
            ("h", "4. What will happen to the information"), ("p", retention),
            ("h", "5. Your agreement"),
            ("p", "I have read this notice, or it has been read to me. I understand that I do not have to agree and "
                  "that refusing will not on its own mean the investigation stops. I agree to the extraction "
                  "described above and understand I can withdraw my agreement before the extraction takes place."),
            ("hsig", " ".join(w.title() if w.isupper() else w for w in who.split(" (")[0].split())), ("p", f"Date: {date}"),
            ("p", f"Officer explaining the notice: {officer}    Date: {date}")]


def action_plan_blocks(c, area, lawyer, email, phone, date, defendant, decision, rows, respond_by, intro=None):
    return [("small", "OFFICIAL-SENSITIVE"), ("h", f"Crown Prosecution Service - {area}"),
            ("title", "PRE-CHARGE DECISION: ACTION PLAN"),
            ("kv", [("URN", c.urn), ("Suspect", defendant), ("Date of advice", date),
                    ("Prosecutor", f"{lawyer}  (tel {phone}, {email})"), ("Decision", decision),
                    ("Response required by", respond_by)]),
            ("p", intro or "I am unable to make a charging decision on the material submitted. The following actions "
                           "are needed before the full code test can be applied. Please respond to each numbered "
                           "action on an MG3A, giving the action number."),
            ("table", ["No.", "Action required", "Reason", "Target date"], rows, [6, 44, 36, 14]),
            ("p", "If any action cannot be completed, or you consider it is not a reasonable line of enquiry, say so "
                  "and explain why. When you respond, resubmit the complete file with the MG3A so that it can be "
                  "reviewed as a whole."),
            ("sig", f"{lawyer}, Senior Crown Prosecutor, {area}   {date}")]


def mg3_blocks(c, title, header, sections, endorse, layout="form", marking="OFFICIAL-SENSITIVE when complete"):
    """header: list of (k, v). sections: list of (heading, [paragraph or ('table', ...)]). endorse: list of (k, v)."""
    B = [("small", marking)]
    if layout == "form":
        B += [("p", title[0]), ("title", title[1]), ("kv", header)]
        for i, (h, paras) in enumerate(sections, 1):
            B.append(("h", f"{i}. {h}"))
            for x in paras:
                B.append(x if isinstance(x, tuple) else ("p", x))
    else:
        B += [("title", title[1]), ("p", title[0])]
        B += [("p", "   ".join(f"{k}: {v}" for k, v in header))]
        for h, paras in sections:
            B.append(("h", h.upper()))
            for x in paras:
                B.append(x if isinstance(x, tuple) else ("p", x))
    B += [("h", "Supervisor's endorsement"), ("kv", endorse)]
    return B


def pnb_blocks(c, force, book, page, heading, lines, signer, officer, exhibit):
    B = [("small", f"{force} - Pocket notebook {book} - page {page}"), ("h", heading + f"   (exhibit {exhibit})")]
    B += [("p", x) for x in lines]
    if signer:
        B += [("p", "Read over and signed as correct by the person giving the account:"), ("hsig", signer)]
    B += [("p", f"{officer}   URN {c.urn}")]
    return B


def abe_scene(room="Interview Suite 2"):
    return {"bg": (150, 140, 120), "rects": [((0, 150, 320, 240), (90, 80, 70)), ((40, 110, 110, 190), (60, 70, 120)),
                                             ((200, 110, 270, 190), (120, 60, 60)), ((130, 60, 190, 100), (200, 200, 180))],
            "mover_x": 60, "mover_y": 80, "speed": 0.4}


def abe_lines(label, date, t0):
    def f(t):
        s = int(t0[0]) * 3600 + int(t0[1]) * 60 + int(t0[2]) + int(t)
        return [label, f"{date} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"]
    return f


# =============================================================================== CASE 01
def case01(out):
    c = Case(out, "Op_HARTWELL_MG3A_Oct26", "52KR0418726", "Kestrelshire Police", seed=101)
    D = "R v Declan ROURKE"
    oic = "DC 5510 Rhys PARFITT"
    hdr = [("URN", c.urn), ("Suspect", "ROURKE, Declan Patrick (born 04/11/1998)"),
           ("Offence", "Rape, contrary to s.1 Sexual Offences Act 2003"), ("Date of offence", "15/03/2026"),
           ("OIC", f"{oic}, Kingsreach RASSO team. Direct line 01632 960412, mobile 07700 900412, "
                   "rhys.parfitt@kestrelshire.police.example"),
           ("Station", "Kingsreach")]
    # ---- original MG3 (June)
    sections = [
        ("Decision sought", ["Full Code Test charging decision. The suspect is on pre-charge bail; there is no "
                             "application for a threshold test."]),
        ("Summary of the case", [
            "On the night of 14/15 March 2026 the complainant, Megan TULLY (24), was out in Kingsreach with friends. "
            "She knew the suspect, Declan ROURKE (27), slightly through a friend. They shared a taxi from the rank on "
            "Foundry Street to her flat in Larch Mews at about 01:50. She says she let him in to wait for a second taxi "
            "because his phone battery had died. In her bedroom he kissed her, she told him she did not want anything "
            "to happen, pushed him away twice, and he held her upper arms and had vaginal intercourse with her while "
            "she repeatedly said no. He left at about 04:00.",
            "At about 08:30 she told her flatmate what had happened. Her flatmate rang 101 and the call was upgraded to "
            "an immediate response. PC 4471 BRACK attended at 09:40 and recorded a brief initial account. She was taken "
            "to the Willowbank SARC the same afternoon and was video interviewed (ABE) on 18/03/2026."]),
        ("Key evidence", [
            "ABE interview of the complainant, 18/03/2026 (exhibit HL/1, working copy HL/2, with index).",
            "First complaint to her flatmate at about 08:30 on 15/03/2026 (the flatmate's statement is awaited, see 7).",
            "Initial account to PC BRACK (PNB extract OB/1) and his statement.",
            "Forensic physician Dr QUINN: fingertip-type bruising to both inner upper arms, photographed and body-mapped.",
            "Suspect's interview (prepared statement and answers, see 5)."]),
        ("Reasonable lines of enquiry", [
            "Pursued: ABE; SARC examination with swabs and toxicology samples; house-to-house in Larch Mews (8 "
            "addresses, nobody heard anything); seizure and download of the suspect's phone; the taxi firm's booking "
            "records; the suspect's account of the evening checked against the bar's closing time.",
            "Lines that could point away from the suspect, and what was done: (a) the suspect says she invited him in "
            "and kissed him first in the taxi: the taxi driver has been traced through the booking record and will be "
            "seen; (b) messages between them before and after the night: his phone has been downloaded and the "
            "relevant thread is exhibited; (c) her level of intoxication and memory: toxicology submitted.",
            "Not pursued, with reasons: CCTV at the Foundry Street taxi rank - there is no council camera there and the "
            "only private camera (Sunny Stores) keeps footage for 14 days; by the time the rank was mentioned in the "
            "ABE and the enquiry was made (30/03/2026) it had been overwritten. The complainant's medical and "
            "counselling records have not been requested: nothing in the investigation suggests they hold anything "
            "relevant to the issue of consent, and a request would not be a reasonable line of enquiry."]),
        ("The suspect's account", [
            "Interviewed 20/03/2026 with a solicitor. He handed in a prepared statement: intercourse took place and was "
            "consensual; she invited him in, they kissed in the taxi and in the flat, and she did not say no at any "
            "point. He then answered most questions, denied holding her arms and said any bruising was not caused by "
            "him. The likely defence is consent, or reasonable belief in consent."]),
        ("Bail", ["Released on pre-charge bail on 20/03/2026, extended to 20/12/2026 with the authority of Supt HALE. "
                  "Conditions: not to contact Megan TULLY directly or indirectly; not to enter Larch Mews, Kingsreach."]),
        ("Outstanding evidence and target dates", [
            ("table", ["Item", "Status", "Target date"],
             [["Toxicology (FQ/4 blood, FQ/5 urine)", "Submitted to Arden Forensic Services 24/03/2026", "31/07/2026"],
              ["DNA on swabs FQ/2, FQ/3", "Submitted 24/03/2026 (intercourse admitted)", "31/08/2026"],
              ["Statement of the flatmate", "Arranged; she has been abroad for work", "30/06/2026"]], [40, 40, 20])]),
        ("Victim and witness care", [
            "Special measures: she would like her ABE played as her evidence-in-chief and to give live evidence "
            "behind a screen; an MG2 has not been completed separately because these are recorded here. The s.28 "
            "scheme (pre-recorded cross-examination) was explained to her on 18/03/2026 and she would like to use it. "
            "She is an adult with no communication needs; an intermediary is not needed.",
            "Needs: no interpreter needed (English first language). She has anxiety and has asked for contact by "
            "e-mail before phone calls. Referred to an ISVA at Kestrel Sexual Violence Support on 16/03/2026 "
            "(ISVA Jo TENNANT), whom she sees fortnightly.",
            "VPS: offered on 18/03/2026; she would like to make it after the charging decision.",
            "Consent: she signed the SARC consent form on 15/03/2026 agreeing to release of her SARC records to police "
            "and CPS (exhibit FQ/1)."]),
        ("Early advice", ["Early advice was not sought. The suspect was known from the first report, admits "
                          "intercourse, and the sole issue is consent; the investigation plan was reviewed with "
                          "DI FROST on 23/03/2026, who saw no legal issue needing CPS input before a full file."]),
        ("Disclosure", ["MG6C and MG6E attached. No DMD has been prepared; the digital strategy is as set out in 4."]),
    ]
    endorse = [("Supervisor", "DS 2207 Karen OYELARAN"), ("Rank", "Detective Sergeant"),
               ("Endorsement", "File reviewed and fit for submission."), ("Date", "11/06/2026")]
    c.pdf("MG3 original submission.pdf",
          mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), hdr, sections, endorse),
          "12/06/2026", "MG3", foot="OFFICIAL-SENSITIVE when complete")
    # ---- CPS action plan (July)
    ap_rows = [
        ["1", "Obtain a statement from the complainant's flatmate, to whom she first complained.", "Recent complaint (CJA 2003 s.120).", "31/07/2026"],
        ["2", "Obtain the messages between the complainant and the suspect from 14-16/03/2026, including the message she says he sent the next day.", "Capable of supporting either account.", "31/08/2026"],
        ["3", "Enquire into CCTV at the taxi rank and the taxi firm's records; trace the driver.", "Independent evidence of their demeanour.", "31/07/2026"],
        ["4", "Provide the toxicology result.", "Her capacity and recall.", "31/07/2026"],
        ["5", "Provide the DNA result or confirm it is not needed.", "Completeness.", "31/08/2026"],
        ["6", "Provide PNC results for all civilian witnesses and an MG6D (or nil return).", "Disclosure.", "31/07/2026"],
    ]
    c.pdf("CPS action plan 02-07-26.pdf",
          action_plan_blocks(c, "Kestrel and Wenmoor RASSO Unit", "Helena MARSDEN", "helena.marsden@cps.example",
                             "01632 960877", "02/07/2026", "Declan ROURKE",
                             "Further evidence required - action plan set; no decision made", ap_rows, "02/10/2026"),
          "02/07/2026", "ACTION_PLAN", foot="CPS - OFFICIAL-SENSITIVE")
    # ---- MG3A (October) as DOCX
    mg3a = [("p", "OFFICIAL-SENSITIVE when complete"), ("p", "MG3A"),
            ("title", "FURTHER REPORT TO CROWN PROSECUTOR"),
            ("kv", [("URN", c.urn), ("Suspect", "Declan ROURKE"), ("Previous advice", "Action plan of Helena MARSDEN, 02/07/2026"),
                    ("Decision sought", "Full Code Test charging decision (resubmission)"),
                    ("OIC", "DC 5510 PARFITT - 01632 960412 / 07700 900412 - rhys.parfitt@kestrelshire.police.example")]),
            ("p", "This report answers each action of the action plan of 02/07/2026. The response is later than the "
                  "date set; the delay was the DNA submission (action 5), which is explained below. The complete file "
                  "is resubmitted with this MG3A; new material is marked NEW."),
            ("table", ["Action", "What was asked", "Response"], [
                ["1", "Flatmate's statement", "Done. Priya SANDHU, the complainant's flatmate, made a statement on 21/07/2026 - NEW, attached. She describes the complainant's distress at 08:30 and what she was told."],
                ["2", "Messages 14-16/03/2026", "Done. The complainant agreed to a limited extraction after the Digital Processing Notice was explained to her on 28/07/2026 (signed DPN attached, RP/6). Only the WhatsApp chat with the suspect's number, 10/03/2026 to 20/03/2026, was extracted (RP/4, NEW). The thread matches the one on the suspect's phone (RP/2) and includes his message of 15/03/2026 at 11:52: 'sorry about last night x'."],
                ["3", "Taxi rank CCTV, taxi records, driver", "Records obtained (RP/5). Driver Imran DAR traced and statement taken 05/08/2026 - NEW, attached. He says they were chatting and laughing; he saw no kissing. Rank CCTV: not pursued - no council camera covers the rank and the one private camera keeps 14 days; it had been overwritten when the enquiry was made (note on MG6C item 9)."],
                ["4", "Toxicology", "Done. SFR1 toxicology result received 14/08/2026 - NEW, attached."],
                ["5", "DNA result", "Still outstanding. The laboratory prioritised toxicology. New target date 27/11/2026. Intercourse is admitted, so we ask that the decision is not delayed for this result."],
                ["6", "Witness PNCs and MG6D", "Done. PNC results for Priya SANDHU and Imran DAR (both no trace) - NEW. MG6D completed - NEW."],
            ]),
            ("h", "Outstanding"), ("p", "DNA on FQ/2 and FQ/3 - target 27/11/2026. Nothing else is outstanding."),
            ("h", "Changes to the MG3"),
            ("p", "Lines of enquiry, the suspect's account and the victim care arrangements are as in the MG3 of "
                  "12/06/2026, which is in the file. Bail has been extended to 20/12/2026 on the same conditions. "
                  "The complainant's VPS position is unchanged (to be made after the decision); her ISVA has been "
                  "told of the resubmission."),
            ("h", "Supervisor"), ("p", "Reviewed: DS 2207 Karen OYELARAN, 13/10/2026 - all six actions answered."),
            ("p", "Submitted by DC 5510 R. PARFITT, 14/10/2026")]
    c.docx("MG3A_further report 2026-10.docx", mg3a, "14/10/2026", "MG3A", author="PARFITT R",
           foot="OFFICIAL-SENSITIVE when complete")
    # ---- ABE video, index, officer statement
    c.video("VRI_TULLY_HL2_working copy.mp4", "ABE_RECORDING", 4,
            abe_lines("KINGSREACH VRI SUITE - CAM 1", "18/03/2026", ("10", "04", "11")), abe_scene())
    rows = [["00:00", "Introductions, ground rules, truth and lies explained; complainant confirms she understands."],
            ["03:40", "Free recall: evening at The Foundry with two friends; met Declan through a friend, had spoken to him twice before."],
            ["11:15", "Taxi from Foundry Street rank about 01:45; he said his phone had died and asked to wait at hers for another taxi."],
            ["16:30", "In the flat: she made tea, he followed her into the bedroom to charge his phone; he kissed her; she said she did not want to and moved away."],
            ["21:05", "He pushed her on to the bed, held both upper arms; she said no 'loads of times', tried to push him off; vaginal intercourse."],
            ["29:50", "He left about 04:00. She did not sleep; sat in the shower."],
            ["33:20", "Told her flatmate about 08:30, who rang the police."],
            ["36:00", "Questioning: alcohol (four or five drinks over the evening, felt tipsy not drunk); no kissing in the taxi; his message next day."],
            ["47:10", "Closure; complainant has nothing to add. Interview ends 10:52."]]
    c.pdf("HL2 index.pdf", abe_summary_blocks(c, "Megan TULLY", "HL/1 (master), HL/2 (working copy)",
                                               "18/03/2026, Kingsreach VRI suite", "10:04", "10:52",
                                               "DC 6120 Hannah LOWE (monitor: DC 3391 Amir NAZ)", rows),
          "19/03/2026", "ABE_SUMMARY")
    c.pdf("Lowe MG11.pdf", mg11_blocks(c, ("Hannah", "LOWE"), "19/03/2026", [
        "I am a Detective Constable in Kestrelshire Police, attached to the Kingsreach RASSO team, and I am "
        "trained to conduct interviews under Achieving Best Evidence guidance.",
        "On Wednesday 18 March 2026 between 10:04 and 10:52 I conducted a video recorded interview with Megan TULLY "
        "at the Kingsreach VRI suite. DC NAZ operated the equipment and monitored. I prepared a written interview "
        "plan beforehand, which has been retained.",
        "At the end of the interview the master recording was sealed in her presence. I produce the master as "
        "exhibit HL/1 and a working copy as exhibit HL/2. I have also prepared an index of the interview."],
        style="form", occupation="Police officer", sig="[signed]"), "19/03/2026", "MG11", "officer")
    # ---- first account (scanned image-only, 2 pages, hand signature)
    c.scan("scan_0004.pdf", mg11_blocks(c, ("Priya", "SANDHU"), "21/07/2026", [
        "I live at a flat in Larch Mews, Kingsreach, which I share with Megan TULLY. We have lived together for about "
        "two years and we are good friends.",
        "On Saturday 14 March 2026 I stayed in. I went to bed about midnight and did not hear Megan come home.",
        "At about half past eight on Sunday 15 March I got up and found Megan sitting on the kitchen floor in her "
        "dressing gown. Her hair was wet. She was shaking and I could see she had been crying for a long time.",
        "I asked what was wrong. At first she just said 'he wouldn't stop'. Then she told me that Declan, a lad she "
        "knew from Holly's birthday, had come back in the taxi to wait for another taxi, and that in her room he had "
        "held her arms and had sex with her when she kept telling him no.",
        "PB",
        "I asked if she wanted me to ring the police and she nodded. I rang 101 from my phone at about nine o'clock. "
        "I stayed with her until the police officer arrived.",
        "I saw marks on the inside of both her arms above the elbow, like reddish fingermarks.",
        "I have known Megan to drink but I have never seen her like she was that morning."],
        style="form", occupation="Payroll administrator", sig="hand", witnessed="DC 5510 R. Parfitt"),
        "22/07/2026", "MG11", "first_account")
    # ---- first attending officer (niche style)
    c.pdf("Statement - PC BRACK 4471.pdf", mg11_blocks(c, ("Owen", "BRACK"), "15/03/2026", [
        "I am a police constable in Kestrelshire Police, on response duties at Kingsreach.",
        "At 09:14 on Sunday 15 March 2026 I was sent to an address in Larch Mews, Kingsreach, after a report of a "
        "rape made by the occupant's flatmate. I arrived at 09:40.",
        "I spoke to Megan TULLY in the kitchen. She was tearful and spoke quietly. In accordance with guidance I "
        "asked only enough to establish what had happened and secure evidence. She told me that a man called "
        "Declan, whom she knew slightly, had come back to the flat after a night out and had raped her in her "
        "bedroom at about half past two, and had left at about four. I recorded this in my pocket notebook, pages "
        "44 to 46, which I produce as exhibit OB/1. She read and signed the entry.",
        "I advised her not to wash further and arranged, through the control room, for her to be seen at the "
        "Willowbank SARC. I secured the bedroom and bedding pending CSI attendance, and handed over to DC PARFITT "
        "at 11:30."],
        style="niche", occupation="Police constable 4471", sig="(Sgd) O. BRACK PC 4471"),
        "15/03/2026", "MG11", "officer")
    c.photo("IMG_0457.jpg", [
        ("small", "Kestrelshire Police - Pocket notebook 4471/12 - page 44"),
        ("h", "Sun 15/03/26  09:40  Larch Mews, Kingsreach  (exhibit OB/1)"),
        ("p", "Spoke to IP Megan TULLY in kitchen, flatmate present at first then left room. IP tearful, quiet voice."),
        ("p", "Initial account in her words: 'It was Declan, Holly's mate. He came back in the taxi cos his phone was dead. "
              "In my room he kissed me and I said I didn't want to. He held my arms and did it anyway. I kept saying no. "
              "He went about 4.'"),
        ("p", "Time of offence approx 02:30. Suspect left approx 04:00. Not known where he lives - Holly will know."),
        ("p", "Advised not to wash further / keep clothing. SARC req via control 09:58. Bedroom secured."),
        ("p", "Entry read over to IP, who signed it as correct:"), ("hsig", "M. Tully"),
        ("p", "PC 4471 O. BRACK  10:05  URN 52KR0418726")], None, angle=-2.0, pt=11, pagefmt=None)
    # ---- expert: forensic physician
    c.pdf("FME statement Dr Quinn.pdf", mg11_blocks(c, ("Farah", "QUINN"), "02/04/2026", [
        "I am a registered medical practitioner (MB ChB, DFFLM) and have worked as a forensic physician at the "
        "Willowbank Sexual Assault Referral Centre since 2019.",
        "On Sunday 15 March 2026 between 14:20 and 16:05 I examined Megan TULLY at the SARC with her consent. Before "
        "the examination she signed a consent form agreeing to the examination, to the taking of samples and to the "
        "release of my notes and findings to the police and the CPS. I produce the form as exhibit FQ/1.",
        "I took the following samples, which I sealed and handed to DC PARFITT: high vaginal swab (FQ/2), low "
        "vaginal swab (FQ/3), blood sample (FQ/4) and urine sample (FQ/5).",
        "PB",
        "On examination there were four oval bruises on the inner aspect of the right upper arm and three on the "
        "left, each 1 to 1.5 cm, reddish-purple. I recorded them on a body map (FQ/6). In my opinion they are "
        "consistent with firm gripping by fingertips and are recent, within about 24 hours, though bruises cannot be "
        "aged precisely.",
        "There were no injuries to the genitalia. The absence of genital injury neither supports nor excludes "
        "non-consensual intercourse; most complainants of rape have no genital injury."],
        style="form", occupation="Forensic physician", sig="[signed]", expert=True, decl=1),
        "02/04/2026", "MG11", "expert")
    # ---- OIC (DOCX plain)
    c.docx("Doc1.docx", mg11_blocks(c, ("Rhys", "PARFITT"), "16/08/2026", [
        "I am a Detective Constable in Kestrelshire Police and the officer in the case.",
        "At 07:05 on Friday 20 March 2026 I arrested Declan ROURKE at his home address on suspicion of rape. He "
        "made no reply after caution. I seized an Apple iPhone 13 from him, which I produce as exhibit RP/1.",
        "Later that day at Kingsreach custody I interviewed him with DC NAZ, in the presence of his solicitor. The "
        "interview was audio recorded (RP/3) and a record of it has been prepared.",
        "His phone RP/1 was examined by the Digital Forensics Unit and I produce the extraction report as RP/2.",
        "On 28 July 2026 I met Megan TULLY at Kingsreach police station. I explained the Digital Processing Notice "
        "to her, including what would be taken, why, and that she could refuse. She agreed to the extraction of her "
        "WhatsApp conversation with the suspect's number between 10 and 20 March 2026 only, and signed the notice, "
        "which I produce as RP/6. The selective extraction was made that day using a kiosk, with the filter set to "
        "that chat and date range, and her phone was returned to her within the hour. I produce the report as RP/4.",
        "On 3 August 2026 I obtained the booking record for a journey from Foundry Street to Larch Mews at 01:44 on "
        "15 March 2026 from Kingsreach Cars Ltd, which I produce as RP/5."],
        style="plain", occupation="Police officer", sig="Signed: R. Parfitt DC 5510"), "16/08/2026", "MG11", "officer",
        author="PARFITT R")
    # ---- taxi driver (witness)
    c.pdf("Dar I statement.pdf", mg11_blocks(c, ("Imran", "DAR"), "05/08/2026", [
        "I am a private hire driver for Kingsreach Cars. A police officer has shown me a booking for a fare from "
        "Foundry Street to Larch Mews at 01:44 on Sunday 15 March 2026, which was my job.",
        "I remember the fare because it was my last of the night. It was a young woman and a man. They sat in the "
        "back. They were chatting and laughing and both seemed merry but not drunk. I did not see them kissing, "
        "though I was watching the road. The woman paid by card. They both got out at Larch Mews.",
        "I would not recognise the man again."], style="plain", occupation="Private hire driver",
        sig="Signed: I. Dar"), "05/08/2026", "MG11", "witness")
    # ---- DPN (scanned) and digital request
    c.scan("DPN_signed.pdf", dpn_blocks(c, "Megan TULLY", "Samsung Galaxy A54, black (her own phone)",
                                       "The WhatsApp conversation between you and the number you have saved as "
                                       "'Declan' (the suspect), and only that conversation.",
                                       "You told us he sent you a message the day after, and he says you messaged him "
                                       "in a friendly way before that night. The conversation may support either "
                                       "account, so it is a reasonable line of enquiry.",
                                       "Messages dated 10/03/2026 to 20/03/2026 inclusive. A selective (filtered) "
                                       "extraction at a kiosk while you wait; nothing else on the phone will be copied.",
                                       "The extract is kept on the police system for this case only and reviewed by the "
                                       "OIC; only material relevant to the case is shown to the CPS and, where the "
                                       "law requires, the defence.", "28/07/2026", "DC 5510 R. PARFITT"),
           "28/07/2026", "DPN")
    c.pdf("Digital examination request 0726.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("title", "Request for examination of a digital device"),
        ("kv", [("URN", c.urn), ("Device", "Complainant's Samsung Galaxy A54"), ("Requested by", "DC 5510 PARFITT, 27/07/2026"),
                ("Authorised", "DS 2207 OYELARAN, 27/07/2026")]),
        ("h", "Reasonable line of enquiry"),
        ("p", "CPS action 2 (02/07/2026): messages between the complainant and the suspect around the incident. The "
              "complainant describes a message from him on 15/03/2026; the suspect says there were friendly messages "
              "before. The thread already recovered from his phone may be incomplete (he says he deleted some)."),
        ("h", "Parameters"),
        ("p", "Data type: WhatsApp messages only, in the single chat with the suspect's number 07700 900518. "
              "Date range: 10/03/2026 to 20/03/2026. Method: kiosk, selective extraction with chat and date filter. "
              "No photos, other chats, browsing, location or call data to be extracted."),
        ("h", "Why this is proportionate"),
        ("p", "A full download is not needed and would intrude on her privacy with no evidential basis. The "
              "complainant has been given a Digital Processing Notice explaining this request.")],
          "27/07/2026", None)
    c.pdf("Extraction report RP4.pdf", [
        ("title", "Selective extraction report - exhibit RP/4"), ("p", f"URN {c.urn}. Kiosk KR-02, 28/07/2026 14:10. Operator DC 5510 PARFITT."),
        ("p", "Filter: WhatsApp; chat with +44 7700 900518 ('Declan'); 10/03/2026 00:00 - 20/03/2026 23:59. 9 messages."),
        ("table", ["Date/time", "From", "Message"], [
            ["12/03/2026 19:02", "Declan", "you going holly's thing saturday?"],
            ["12/03/2026 19:40", "Megan", "prob for a bit, work sunday x"],
            ["14/03/2026 23:51", "Declan", "where are u"],
            ["14/03/2026 23:58", "Megan", "foundry"],
            ["15/03/2026 11:52", "Declan", "sorry about last night x"],
            ["15/03/2026 13:30", "Declan", "u ok?"],
            ["15/03/2026 18:04", "Declan", "megan??"],
            ["16/03/2026 09:15", "Declan", "look im sorry if i got the wrong idea"],
            ["16/03/2026 09:16", "Declan", "please dont ignore me"]], [20, 14, 66])],
          "28/07/2026", "DIGITAL_EXTRACT")
    c.pdf("Extraction report RP2 (suspect iPhone).pdf", [
        ("title", "Digital Forensics Unit - extraction summary, exhibit RP/2"),
        ("p", f"URN {c.urn}. Device RP/1, Apple iPhone 13, seized from Declan ROURKE 20/03/2026. Logical extraction 02/04/2026 by DFU examiner Gemma ORR. "
              "Relevant chat reviewed by the OIC: the WhatsApp chat with 'Megan T' 10/03/2026-20/03/2026, 9 messages, "
              "identical in content to RP/4. Two messages sent by the suspect on 16/03/2026 had been deleted and were recovered."),
        ("p", "Search terms applied to the remainder of the extraction: the complainant's name and number; no other relevant material.")],
          "03/04/2026", "DIGITAL_EXTRACT")
    # ---- toxicology SFR
    c.pdf("SFR1 toxicology.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("title", "STREAMLINED FORENSIC REPORT (SFR1)"),
        ("kv", [("URN", c.urn), ("Provider", "Arden Forensic Services, lab ref AFS-26-33817"),
                ("Items", "FQ/4 blood (taken 15/03/2026 15:10), FQ/5 urine"), ("Date", "14/08/2026")]),
        ("p", "Blood alcohol 38 mg per 100 ml at the time of sampling. Using the elimination rates usually applied, the "
              "level at 02:30 would have been in the range 120 to 190 mg per 100 ml. No drugs were detected in the "
              "blood or urine on the standard screen (including GHB in urine)."),
        ("p", "This is a streamlined report. If the result is disputed a full statement (SFR2) can be provided.")],
          "14/08/2026", "FORENSIC")
    # ---- ROTI
    c.pdf("ROTI Rourke 200326.pdf", roti_blocks(c, "Declan Patrick ROURKE", "20/03/2026", "Kingsreach custody suite, room 3",
                                               "13:12", "14:01", "DC PARFITT, DC NAZ, Ms Lydia CROSS (solicitor)", "RP/3",
        [["00:00", "DC PARFITT", "Introductions and caution. Reminded of free legal advice; solicitor present."],
         ["01:30", "Solicitor", "Reads the prepared statement (above)."],
         ["05:10", "DC PARFITT", "How did you come to go back to Megan's flat?"],
         ["05:20", "ROURKE", "My phone was dead. She said come up and wait, charge it, she'd ring me a car."],
         ["09:45", "DC PARFITT", "Did she say no at any point?"],
         ["09:50", "ROURKE", "No. Never. If she had I'd have stopped."],
         ["14:30", "DC NAZ", "She has bruising to both arms. How did that happen?"],
         ["14:40", "ROURKE", "Not from me. I didn't grab her."],
         ["22:05", "DC PARFITT", "Why send 'sorry about last night'?"],
         ["22:15", "ROURKE", "Because she went quiet after and I thought she regretted it. Not because I did anything."],
         ["47:50", "DC PARFITT", "Anything to add? - No comment. Interview concluded 14:01."]],
        prepared="I am Declan ROURKE. On 14 March 2026 I met Megan TULLY at The Foundry. We shared a taxi and kissed "
                 "in it. She invited me into her flat. We kissed in her bedroom and had sex. It was her idea and she "
                 "was a willing participant throughout. She never said no or pushed me away. I left at about 4am "
                 "because I had work. I deny raping her."), "21/03/2026", "ROTI", head="OFFICIAL-SENSITIVE")
    # ---- PNC suspect (1 conviction), witnesses
    c.pdf("PNC Rourke.pdf", pnc_blocks(c, "ROURKE, Declan Patrick", "04/11/1998", "17/0213345K",
                                       [["09/02/2022", "Kingsreach Magistrates", "Drive with excess alcohol", "Fine GBP 400, disqualified 16 months"]],
                                       "20/03/2026", "PS 1180 WELD"), "20/03/2026", "PNC")
    c.pdf("PNC witnesses.pdf", witness_pnc_blocks(c, [["Megan TULLY", "Complainant", "No trace"],
                                                      ["Priya SANDHU", "First complaint witness", "No trace"],
                                                      ["Imran DAR", "Taxi driver", "No trace"]], "06/08/2026", "DC 5510 PARFITT"),
          "06/08/2026", "PNC")
    # ---- incident log, crime report
    c.pdf("Incident log 0412.pdf", incident_log_blocks(c, "STORM", "KR-20260315-0412", "15/03/2026 09:02", [
        ["09:02", "CH 4412", "101 call from Priya SANDHU: flatmate says she was raped in the night by a man called Declan. Caller with her now. Suspect not present."],
        ["09:04", "CH 4412", "Upgraded to Grade 1 (immediate). Caller advised: no washing, keep clothes."],
        ["09:14", "DISP 201", "PC 4471 BRACK assigned."],
        ["09:40", "PC 4471", "On scene. Victim spoken to; initial account obtained; SARC requested."],
        ["10:12", "DISP 201", "Willowbank SARC booked 14:00. CSI requested for bedroom."],
        ["11:30", "PC 4471", "Handed over to DC PARFITT. Log closed to crime KR/02291/26."]]), "15/03/2026", "INCIDENT_LOG")
    c.pdf("Crime report KR-02291-26.pdf", crime_report_blocks(c, "KR/02291/26", [
        ("Classification", "Rape of a female aged 16 or over (s.1 SOA 2003)"),
        ("Victim", "Megan TULLY, female, 24. White British. No disability declared. Heterosexual. No interpreter."),
        ("Suspect", "Declan Patrick ROURKE, male, 27"),
        ("Location", "Residential flat, Larch Mews, Kingsreach"), ("Date/time", "15/03/2026 02:30-04:00"),
        ("Reported", "15/03/2026 09:02 by flatmate (101)"),
        ("Initial account", "Recorded by PC 4471 BRACK in PNB (OB/1): known male came back after night out, raped her in bedroom, left about 04:00."),
    ], [["15/03/2026 14:00", "DC PARFITT", "SARC exam by Dr QUINN; consent to release records signed (FQ/1)."],
        ["16/03/2026 10:20", "DC PARFITT", "ISVA referral made to Kestrel SVS; accepted (ISVA Jo TENNANT)."],
        ["18/03/2026 10:04", "DC LOWE", "ABE completed. VPS explained and offered; victim wishes to make it later."],
        ["20/03/2026 07:05", "DC PARFITT", "Suspect arrested, phone RP/1 seized, interviewed, bailed with conditions."],
        ["30/03/2026 11:00", "DC PARFITT", "Sunny Stores CCTV (taxi rank) - 14 day retention, overwritten."],
        ["28/07/2026 14:10", "DC PARFITT", "DPN explained and signed; selective extraction RP/4."]]), "15/03/2026", "CRIME_REPORT")
    # ---- MG6C (XLSX), MG6D (PDF), MG6E, MG12
    c.xlsx("MG6C v2.xlsx", mg6c_sheet(c, [
        "STORM incident log KR-20260315-0412, 15/03/2026 (copy with file)",
        "Crime report KR/02291/26 including investigation log (copy with file)",
        "ABE interview plan for Megan TULLY prepared by DC LOWE, 17/03/2026 (OIC file)",
        "SARC referral form, Willowbank SARC, 15/03/2026 (OIC file)",
        "Custody record of Declan ROURKE, Kingsreach, 20/03/2026 (custody system)",
        "House-to-house pro-formas, Larch Mews, 8 addresses, 16/03/2026: nobody saw or heard anything (OIC file)",
        "Scene log and CSI photographs of bedroom, CSI 802 PEEL, 15/03/2026 (CSI system)",
        "Full extraction of suspect's iPhone RP/1 (DFU server); relevant part exhibited as RP/2",
        "Officer's note 30/03/2026: Sunny Stores CCTV at Foundry Street rank kept 14 days, overwritten (OIC file)",
        "Kingsreach Cars booking record 15/03/2026 01:44 (exhibited as RP/5; original e-mail on OIC file)",
        "PNC prints of civilian witnesses, 06/08/2026 (copy with file)"], oic, "14/10/2026", "Declan ROURKE"),
        "14/10/2026", "MG6C", author="PARFITT R")
    c.pdf("MG6D.pdf", mg6d_blocks(c, [("ISVA referral form, Kestrel SVS, 16/03/2026, containing the complainant's "
                                         "home address, phone and health information",
                                         "Personal data of the complainant; nothing in it bears on the issues")],
                                  oic, "14/10/2026", "Declan ROURKE"), "14/10/2026", "MG6D")
    c.pdf("MG6E disclosure officer report.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("p", "MG6E"), ("title", "DISCLOSURE OFFICER'S REPORT"), ("p", f"URN {c.urn}   {D}"),
        ("p", "Material which may undermine the prosecution case or assist the defence: (1) the taxi driver's account "
              "that the two were chatting and laughing (statement in file); (2) the toxicology result indicating she "
              "had been drinking (in file); (3) the suspect's deleted messages recovered on RP/2 (in file). Each is "
              "with the file as evidence or a copy."),
        ("p", "Rebuttable presumption material with the file: incident log, crime report, PNB record of first "
              "account (OB/1), flatmate's statement, PNC results of civilian witnesses."),
        ("sig", f"{oic}, disclosure officer   [signed]   14/10/2026")], "14/10/2026", "MG6E")
    c.pdf("MG12 exhibits.pdf", mg12_blocks(c, [
        ["HL/1", "ABE master recording of Megan TULLY, 18/03/2026", "DC LOWE", "Property store"],
        ["HL/2", "ABE working copy (digital file in this bundle)", "DC LOWE", "With file"],
        ["OB/1", "PNB pages 44-46, initial account", "PC BRACK", "With file (photo of page 44, IMG_0457.jpg)"],
        ["FQ/1", "SARC consent form", "Dr QUINN", "SARC"],
        ["FQ/2 - FQ/3", "High and low vaginal swabs", "Dr QUINN", "Arden Forensic Services"],
        ["FQ/4 - FQ/5", "Blood and urine samples", "Dr QUINN", "Arden Forensic Services"],
        ["FQ/6", "Body map", "Dr QUINN", "SARC (copy on OIC file)"],
        ["RP/1", "Apple iPhone 13 of suspect", "DC PARFITT", "Property store"],
        ["RP/2", "Extraction summary of RP/1", "DC PARFITT", "With file"],
        ["RP/3", "Audio recording of suspect interview 20/03/2026", "DC PARFITT", "Property store"],
        ["RP/4", "Selective extraction report, complainant's WhatsApp", "DC PARFITT", "With file"],
        ["RP/5", "Kingsreach Cars booking record", "DC PARFITT", "With file"],
        ["RP/6", "Digital Processing Notice signed 28/07/2026", "DC PARFITT", "With file"]],
        "14/10/2026", oic, "Declan ROURKE"), "14/10/2026", "MG12")
    c.finish(0, [], ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                     "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                     "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                     "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions",
                     "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                     "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"])
    return c



# =============================================================================== CASE 02
def case02(out):
    c = Case(out, "DE-0233126 resubmission after gatekeeper", "47DE0233126", "Wenmoor Constabulary", seed=202)
    oic = "DC 2764 Kieran FOY"
    # ---- the gatekeeper's refusal, as an e-mail
    c.eml("RE_ 47DE0233126 ROBSON - file returned by gatekeeper.eml", ["ACTION_PLAN", "CORRESPONDENCE"],
          frm="Alison FERRIS <alison.ferris@wenmoor.police.example>",
          to="Kieran FOY <kieran.foy@wenmoor.police.example>",
          cc="DS Rob TALLIS <rob.tallis@wenmoor.police.example>",
          subject="RE: 47DE0233126 ROBSON - file returned by gatekeeper",
          date="Fri, 02 Oct 2026 15:47:10 +0100", msgid="gk-0233126-1002",
          body=(
              "Kieran,\n\nI have reviewed the file for R v PELL (URN 47DE0233126) before it goes to the CPS for a "
              "full code test. I am returning it; it will fail the DGA as it stands. Please deal with the points "
              "below and resubmit through me with an updated MG3 that says what has been done on each.\n\n"
              "GK1. There is no statement from PC KEMP, who took Callum's first account at the front counter on "
              "10/08. Her notes are referred to in the MG3 but that is not enough.\n"
              "GK2. The MG6C does not describe the items. 'Officer notes', 'Misc enquiries' and 'CCTV' will not do: "
              "each entry must say what the item is, whose it is and its date.\n"
              "GK3. No PNC checks are on file for the civilian witnesses (his mother and Liam ASHDOWN).\n"
              "GK4. Special measures: the MG3 says nothing about them, there is no MG2, and there is no record of "
              "Callum's view on s.28 pre-recorded cross-examination.\n"
              "GK5. The suspect's account is given as 'see ROTI'. Summarise it on the MG3 and say what the likely "
              "defence is.\n"
              "GK6. No ISVA referral is recorded.\n\n"
              "Target for resubmission: 16/10/2026. Ring me if any of this is not achievable.\n\n"
              "Alison\n\nDS 1190 Alison FERRIS | RASSO Gatekeeper | Wenmoor Constabulary\n"
              "Tel 01632 960233 | alison.ferris@wenmoor.police.example\n"))
    # ---- MG3 version 2 (narrative layout, serif)
    hdr = [("URN", c.urn), ("Suspect", "PELL, Gareth John, 41"),
           ("Offences", "Assault by penetration (s.2 SOA 2003); sexual assault (s.3 SOA 2003)"),
           ("Date", "01/08/2026 to 02/08/2026"), ("OIC", f"{oic}, Dunmere CID, tel 01632 960764 / 07700 900764, "
                                                         "kieran.foy@wenmoor.police.example"),
           ("Version", "2 - resubmitted 16/10/2026 after gatekeeper review of 02/10/2026")]
    sections = [
        ("Decision requested", ["A charging decision applying the Full Code Test."]),
        ("Outline", [
            "Callum ROBSON (19) has known Gareth PELL (41) since he was nine; PELL was his youth football coach and is a "
            "family friend. On Saturday 1 August 2026 Callum watched a match at PELL's house in Thornbury Close, "
            "Dunmere, with two other men who left at about 22:00. Callum had been drinking and fell asleep on the sofa. "
            "He says he woke at about 23:30 to find PELL kneeling beside the sofa with his hand inside Callum's shorts, "
            "and that PELL penetrated his anus with a finger. Callum pushed him away, took his shoes and left on foot. "
            "At 00:41 he rang his friend Liam ASHDOWN, who collected him on Dunmere Road at about 00:50.",
            "The next afternoon (2 August) he told his mother what had happened. That evening PELL sent him two "
            "Snapchat messages: 'last night never happened yeah' and 'you were wasted mate'. Callum screenshotted them. "
            "On 10 August he and his mother went to Dunmere police station and reported it at the front counter to "
            "PC 3308 KEMP, who recorded his first account."]),
        ("Evidence", [
            "Callum's written statement (MG11, 12/08/2026). He was offered a video-recorded interview and chose to give "
            "a written statement instead; his reasons (he did not want to be filmed) are in his statement and the MG2.",
            "First complaint: his mother, 2 August (statement). Front counter account to PC KEMP, 10 August (statement, "
            "NK/1). Liam ASHDOWN: Callum was quiet, shaking and would not say what was wrong (statement).",
            "Snapchat screenshots (CR/1), which Callum e-mailed to me from his own phone on 10/08/2026."]),
        ("Lines of enquiry", [
            "Completed: statements from Callum, his mother, Liam ASHDOWN and PC KEMP; arrest and interview of PELL; "
            "seizure and download of PELL's phone (KF/1); call data for Callum's 00:41 call (confirms 00:41, 2 minutes); "
            "the two men who left at 22:00 (Sean MOXLEY and Darren PELL, the suspect's brother) were seen. Both say "
            "Callum was 'merry' and fell asleep, and nothing odd had happened by the time they left; their accounts are "
            "recorded in the officer's report and listed on the MG6C. They do not add to the prosecution case and may "
            "assist the defence on his level of intoxication, so they are flagged on the MG6E.",
            "Lines that point away from the suspect: Callum's intoxication and whether he could have been mistaken on "
            "waking; any motive to lie (none identified - he and his family remained close to PELL until this); "
            "whether anyone else was in the house (PELL lives alone; the two men left before 22:10).",
            "Not pursued: a forensic examination - reported nine days later and the SARC advised there would be no "
            "forensic opportunity; Callum was offered a SARC appointment for his health and declined. His phone has "
            "not been examined: he did not want it examined and it has not been. The relevant messages are the ones he "
            "screenshotted, and the sending account is confirmed from PELL's own phone, so an examination of Callum's "
            "phone would not be a reasonable line of enquiry. No third-party material about him has been sought."]),
        ("The suspect's account and likely defence", [
            "Interviewed on 28/08/2026 with a solicitor. Prepared statement: Callum was very drunk and slept on the sofa; "
            "PELL went to bed at about 23:00 and did not touch him; he found the front door open in the morning. He made "
            "no comment to all questions, including about the Snapchat messages. The likely defence is a denial that any "
            "sexual touching happened, suggesting Callum is mistaken through drink or has made it up."]),
        ("Bail / RUI", ["Released under investigation on 28/08/2026. Bail was considered by DI NEWBOLD and not used: PELL "
                        "lives twelve miles from Callum, has made no contact since 2 August, and there are no "
                        "safeguarding concerns involving other young people at the club (checked with the FA welfare "
                        "officer). No orders are in force."]),
        ("Outstanding evidence", [
            "Snapchat account data for PELL's account 'gaz_pell_72' (subscriber details and message metadata for "
            "01/08/2026 to 03/08/2026), requested through the SPOC on 01/09/2026. Target date 15/12/2026. The "
            "screenshots and PELL's phone already show the account is his; this is confirmation only and should not "
            "delay the decision. Nothing else is outstanding."]),
        ("Victim and witness needs", [
            "Special measures: MG2 attached. Callum wants to give evidence by live link or behind a screen and does not "
            "want PELL to see him. Pre-recorded cross-examination (s.28) was explained to him on 12/10/2026; he would "
            "like it if it is available at the Crown Court. He has no communication difficulty and an intermediary "
            "assessment is not needed.",
            "Needs: no interpreter. He works shifts as an apprentice electrician; contact by text to 07700 900871 after "
            "16:00. He is supported by his mother.",
            "ISVA: referred on 11/08/2026 to the Wenmoor Male Survivors Service; ISVA Tom REDFERN has been in contact "
            "since 14/08/2026.",
            "VPS: explained and offered on 12/08/2026. He has made one (held on file, not served) and may update it.",
            "Medical: no SARC or medical records are involved, so no consent to release was needed."]),
        ("Early advice", ["Early advice was sought on 21/08/2026 and given on 25/08/2026 by Mark DEVLIN (CPS Wenmoor "
                          "RASSO): interview PELL under caution before any further step, and apply for the Snapchat "
                          "data. Both have been done (record of early advice in the file)."]),
        ("Response to gatekeeper review 02/10/2026", [
            ("table", ["GK", "Point", "What has been done"], [
                ["GK1", "PC KEMP's statement", "Obtained 06/10/2026 - attached. Produces her front counter notes NK/1."],
                ["GK2", "MG6C descriptions", "MG6C re-done: each of the 12 items now described with author, date and content."],
                ["GK3", "Witness PNCs", "Done 05/10/2026 - attached. Liam ASHDOWN has one conviction (2024, possession of cannabis); flagged on MG6E."],
                ["GK4", "Special measures / s.28", "MG2 completed 12/10/2026 - attached; s.28 view recorded above."],
                ["GK5", "Suspect's account", "Summarised above."],
                ["GK6", "ISVA", "Referral on 11/08/2026 now recorded above."]], [8, 28, 64])]),
    ]
    endorse = [("Supervisor", "DS 2981 Rob TALLIS, Dunmere CID"), ("Endorsement",
               "I have reviewed this MG3 and the file against the gatekeeper's points; all six are answered."),
               ("Date", "15/10/2026"), ("Gatekeeper", "DS 1190 FERRIS - accepted for submission 16/10/2026")]
    c.pdf("MG3 v2 ROBSON.pdf", mg3_blocks(c, ("MG3 - Report to Crown Prosecutor", "R v PELL - Report for Charging Decision"),
                                          hdr, sections, endorse, layout="narrative"),
          "16/10/2026", "MG3", serif=True, head="OFFICIAL-SENSITIVE", pagefmt="{p}/{nb}")
    c.pdf("Early advice record 250826.pdf", [
        ("h", "CPS Wenmoor RASSO - Record of early advice"),
        ("kv", [("URN", c.urn), ("Suspect", "Gareth PELL"), ("Date", "25/08/2026"), ("Prosecutor", "Mark DEVLIN, 01632 960845")]),
        ("p", "Early advice given on the material available (complainant's written statement, his mother's account, the "
              "screenshots). Advice: arrest or invite for interview under caution and put the messages to him; apply for "
              "the Snapchat account data; obtain the first account from the front counter officer in a statement. I see "
              "no need for forensic work given the delay. Resubmit for a full code test when the interview is done.")],
          "25/08/2026", "EARLY_ADVICE")
    # ---- complainant (DOCX, form layout)
    c.docx("Statement Callum ROBSON.docx", mg11_blocks(c, ("Callum", "ROBSON"), "12/08/2026", [
        "I am making this statement about what Gareth PELL did to me at his house on the night of Saturday 1 August "
        "2026. The police offered to video record my account. I chose to write a statement instead because I did "
        "not want to be filmed talking about it.",
        "I have known Gareth since I was nine. He coached my team at Dunmere Juniors and he and my mum are friends. "
        "I call him Gaz.",
        "On the Saturday I went to his house in Thornbury Close at about six to watch the match with him, Sean and "
        "Gaz's brother Darren. I had about six cans. Sean and Darren left at about ten. I fell asleep on the sofa "
        "with the telly on.",
        "I woke up because something was touching me. Gaz was kneeling on the floor next to the sofa. His hand was "
        "inside my shorts. Then I felt his finger go inside my bum. I froze for a second and then shoved him off "
        "and said 'what the f*** are you doing'. He said 'sshh, it's fine'. I grabbed my trainers and went out the "
        "front door without putting them on.",
        "PB",
        "I walked down to Dunmere Road and rang Liam at 00:41. He came and got me in his car. I did not tell him "
        "what happened because I could not say it.",
        "The next afternoon I told my mum. She was the first person I told.",
        "That evening Gaz sent me two snaps: 'last night never happened yeah' and 'you were wasted mate'. I "
        "screenshotted them. On 10 August I e-mailed the screenshots to DC FOY from my phone. I produce them as "
        "exhibit CR/1.",
        "I was drunk but I know what I felt and what I saw when I woke up."],
        style="form", occupation="Apprentice electrician", sig="[signed]",
        rear=[("Address", "(held on file - not for disclosure)"), ("Phone", "07700 900871 (text after 16:00)"),
              ("Dates to avoid", "None given"), ("Special measures", "See MG2"),
              ("VPS", "Offered 12/08/2026 - made")]),
           "12/08/2026", "MG11", "complainant", author="FOY K", font="Calibri")
    # ---- first account: his mother, phone photo (one page)
    c.photo("IMG_2231.jpg", mg11_blocks(c, ("Janice", "ROBSON"), "13/08/2026", [
        "I am Callum's mother. On Sunday 2 August 2026 at about three in the afternoon Callum came into the kitchen. "
        "He looked grey and said he needed to tell me something but I had to promise not to go round there.",
        "He told me that the night before, at Gareth PELL's house, he had fallen asleep and woke up with Gareth's hand "
        "in his shorts and that Gareth had put his finger up his bottom. He said he pushed him off and walked out and "
        "Liam picked him up.",
        "He was crying, which he never does. I held him. We agreed he would think about going to the police. On 10 "
        "August I went with him to Dunmere police station."],
        style="niche", occupation="Teaching assistant", sig="hand"), "MG11", "first_account", angle=-3.0, pt=10)
    # ---- first attending / front counter officer (the gatekeeper's GK1)
    c.pdf("MG11 PC3308 KEMP.pdf", mg11_blocks(c, ("Natasha", "KEMP"), "06/10/2026", [
        "I am a police constable in Wenmoor Constabulary. On Monday 10 August 2026 at 14:22 I was working at the "
        "front counter of Dunmere police station when Callum ROBSON and his mother came in to report a sexual assault.",
        "I took them to a side room. I asked Callum only enough to understand what had happened and to identify the "
        "suspect and the place. He told me that on the night of 1 August he had fallen asleep at the house of "
        "Gareth PELL, his old football coach, in Thornbury Close, and woke to find PELL's hand down his shorts and "
        "PELL's finger inside his anus; he had pushed him away and left. He said he had some messages from PELL the "
        "next day. He was calm but avoided eye contact.",
        "I recorded what he said in my notes at the time, which I produce as exhibit NK/1. I created the crime report "
        "and passed the report to Dunmere CID, where DC FOY took over at 15:40."],
        style="form", occupation="Police constable 3308", sig="Signed: N. Kemp PC 3308"), "06/10/2026", "MG11", "officer")
    c.scan("scan_0011.pdf", pnb_blocks(c, "Wenmoor Constabulary", "Front counter notes 3308/4", "17",
        "Mon 10/08/26 14:30 Dunmere front counter - Callum ROBSON (19), mother present", [
        "Account in his words: 'Gaz - Gareth PELL - my old coach. I fell asleep on his sofa after the match Sat night. "
        "Woke up and his hand was in my shorts and his finger was up my bum. I shoved him off and walked out. Rang Liam.'",
        "Time approx 23:30 01/08. Place: Thornbury Close, Dunmere (PELL's house).",
        "Has 2 Snapchat msgs from PELL next day - will e-mail screenshots to CID.",
        "Told his mum Sun afternoon. No injuries. Did not go to hospital."], "C. Robson", "PC 3308 N. KEMP  14:48", "NK/1"),
        "10/08/2026", None, pagefmt=None)
    c.pdf("MG11 DC FOY.pdf", mg11_blocks(c, ("Kieran", "FOY"), "30/08/2026", [
        "I am a Detective Constable at Dunmere CID and the officer in the case.",
        "On 10 August 2026 at 16:05 I received an e-mail from Callum ROBSON attaching two screenshots of Snapchat "
        "messages. I printed them and they are exhibited by him as CR/1.",
        "On 28 August 2026 at 09:10 I arrested Gareth PELL at his home address. On arrest he said 'this is about "
        "Callum isn't it'. I seized his Samsung Galaxy S23 phone, which I produce as exhibit KF/1.",
        "At 13:30 that day I interviewed him at Dunmere custody in the presence of his solicitor. The interview was "
        "audio recorded and I produce the recording as exhibit KF/2.",
        "PELL's phone was examined by the Digital Media Investigation Unit. The Snapchat application on it is logged "
        "in to the account 'gaz_pell_72', which is the account shown in CR/1. The messages themselves had not been "
        "retained on the device."],
        style="niche", occupation="Police officer", sig="(Sgd) K. FOY DC 2764"), "30/08/2026", "MG11", "officer")
    c.pdf("Ashdown L.pdf", mg11_blocks(c, ("Liam", "ASHDOWN"), "19/08/2026", [
        "Callum ROBSON is my best mate. Just after twenty to one on Sunday 2 August 2026 he rang me and asked me to "
        "come and get him on Dunmere Road. He sounded upset.",
        "I drove there and found him sitting on a wall holding his trainers. He was shaking and not saying much. I "
        "asked what happened and he said 'don't ask, just take me home'. I thought he'd had a row with someone.",
        "He had been drinking but he was not falling about. I dropped him home at about one."],
        style="plain", occupation="Warehouse operative", sig="Signed: L. Ashdown"), "19/08/2026", "MG11", "witness")
    # ---- ROTI (prepared statement, no comment)
    c.pdf("MG15 PELL 280826.pdf", roti_blocks(c, "Gareth John PELL", "28/08/2026", "Dunmere custody, interview room 2",
                                             "13:30", "14:12", "DC FOY, DC ELLIS, Mr Adrian HOLT (solicitor)", "KF/2",
        [["00:00", "DC FOY", "Introductions, caution, right to legal advice; solicitor present."],
         ["02:10", "HOLT", "Reads prepared statement."],
         ["05:00", "DC FOY", "Callum says he woke with your hand in his shorts. What do you say?"],
         ["05:05", "PELL", "No comment."],
         ["12:40", "DC FOY", "Shows CR/1. Did you send these? What did 'never happened' mean?"],
         ["12:55", "PELL", "No comment."],
         ["40:30", "DC FOY", "Anything to add?"], ["40:35", "PELL", "No comment."]],
        prepared="I am Gareth PELL. Callum came round to watch football on 1 August. He drank a lot and fell asleep on "
                 "my sofa. I went to bed at about 11pm. I did not touch him in any way at any time. In the morning the "
                 "front door was open and he had gone. I deny any sexual assault. I will not answer further questions "
                 "on legal advice."), "29/08/2026", "ROTI", pagefmt=None)
    c.pdf("PNC PELL.pdf", pnc_blocks(c, "PELL, Gareth John", "17/06/1985", "03/0442197P", [], "28/08/2026",
                                     "PS 612 DRAYCOTT", layout=1), "28/08/2026", "PNC")
    c.pdf("Witness PNC checks 051026.pdf", witness_pnc_blocks(c, [
        ["Callum ROBSON", "Complainant", "No trace"], ["Janice ROBSON", "First complaint (mother)", "No trace"],
        ["Liam ASHDOWN", "Witness", "1 conviction: 14/03/2024 Dunmere MC, possession of cannabis (class B), fine GBP 120"]],
        "05/10/2026", "DC 2764 FOY"), "05/10/2026", "PNC")
    c.pdf("MG2 ROBSON.pdf", mg2_blocks(c, "Callum ROBSON (complainant, 19)", [
        ("Eligibility", "Complainant of a sexual offence - eligible under s.17(4) YJCEA 1999"),
        ("Witness's view", "Wants a live link or screens; does not want to see PELL. Chose a written statement rather than a video-recorded interview."),
        ("s.28 pre-recorded cross-examination", "Explained 12/10/2026. He would like s.28 if available."),
        ("Intermediary", "Not needed - no communication needs identified."),
        ("Other needs", "No interpreter. Contact by text after 16:00. Supported by mother and ISVA (Wenmoor Male Survivors Service)."),
        ("Measures sought", "Live link (s.24) or screens (s.23); s.28 if available.")],
        "12/10/2026", oic), "12/10/2026", "MG2")
    c.pdf("Occurrence enquiry log.pdf", incident_log_blocks(c, "NICHE OEL", "WM-26-081044", "10/08/2026 14:22", [
        ["14:22", "PC 3308", "Front counter report: male 19 with mother reports sexual assault by known male on 01-02/08/2026 at Thornbury Close, Dunmere."],
        ["14:50", "PC 3308", "Initial account obtained and recorded (PNB/notes NK/1). No immediate risk; suspect not in contact."],
        ["15:05", "PC 3308", "Crime recorded WM/26/18833. CID informed."],
        ["15:40", "DC 2764", "Taken over by DC FOY. Screenshots to be e-mailed by victim."],
        ["16:05", "DC 2764", "Screenshots received by e-mail."]]), "10/08/2026", "INCIDENT_LOG")
    c.pdf("Crime WM-26-18833.pdf", crime_report_blocks(c, "WM/26/18833", [
        ("Offence", "Assault by penetration of male 16+; sexual assault"), ("Victim", "Callum ROBSON, male, 19, White British, no disability declared"),
        ("Suspect", "Gareth John PELL, 41"), ("Location", "Thornbury Close, Dunmere (suspect's home)"),
        ("Reported", "10/08/2026 front counter, PC 3308 KEMP"),
        ("First account", "Given to his mother 02/08/2026 approx 15:00; to PC KEMP 10/08/2026 (NK/1)")],
        [["11/08/2026", "DC FOY", "ISVA referral - Wenmoor Male Survivors Service; accepted."],
         ["12/08/2026", "DC FOY", "Written MG11 taken (VRI offered and declined). VPS offered - made."],
         ["21/08/2026", "DC FOY", "Early advice requested."], ["28/08/2026", "DC FOY", "Suspect arrested, interviewed, RUI."],
         ["01/09/2026", "DC FOY", "Snapchat SPOC application submitted."],
         ["02/10/2026", "DS FERRIS", "Gatekeeper review - returned, 6 points."]]), "10/08/2026", "CRIME_REPORT")
    c.pdf("MG6C (revised 1410).pdf", mg6c_blocks(c, [
        "Niche occurrence enquiry log WM-26-081044, 10/08/2026 (copy with file)",
        "Crime report WM/26/18833 with investigation log (copy with file)",
        "Officer's report of DC FOY, 20/08/2026, recording accounts of Sean MOXLEY and Darren PELL (left the house before 22:10; Callum 'merry' and asleep) - copy with file",
        "Call data (O2) for Callum ROBSON's phone, 01-02/08/2026 00:00-02:00, showing the 00:41 call to Liam ASHDOWN (2 min) - OIC file",
        "SPOC application for Snapchat data, account gaz_pell_72, 01/09/2026 - OIC file",
        "DMIU extraction of suspect's phone KF/1, full report (relevant part summarised in DC FOY's statement) - DMIU server",
        "Custody record of Gareth PELL, Dunmere, 28/08/2026 - custody system",
        "Pre-interview disclosure document given to the solicitor, 28/08/2026 - OIC file",
        "Record of early advice, Mark DEVLIN, 25/08/2026 (copy with file)",
        "E-mail from Callum ROBSON to DC FOY, 10/08/2026 16:05, attaching the screenshots - OIC file",
        "FA club welfare officer e-mail, 25/08/2026: no concerns recorded about PELL - OIC file",
        "PNC results for civilian witnesses, 05/10/2026 (copy with file)"], oic, "14/10/2026", "Gareth PELL"),
        "14/10/2026", "MG6C")
    c.docx("MG6D nil.docx", mg6d_blocks(c, [], oic, "14/10/2026", "Gareth PELL"), "14/10/2026", "MG6D")
    c.pdf("MG6E.pdf", [("p", "MG6E"), ("title", "Disclosure officer's report"), ("p", f"URN {c.urn}"),
                       ("p", "Items that might reasonably be considered capable of undermining the prosecution case or "
                             "assisting the defence: MG6C item 3 (accounts of MOXLEY and D. PELL about Callum's "
                             "drinking); Liam ASHDOWN's conviction (PNC results). Both are with the file."),
                       ("sig", f"{oic}  [signed]  14/10/2026")], "14/10/2026", "MG6E")
    c.pdf("MG12.pdf", mg12_blocks(c, [["CR/1", "Screenshots of two Snapchat messages, 02/08/2026", "Callum ROBSON", "With file"],
                                      ["NK/1", "PC KEMP's notes of first account, 10/08/2026", "PC KEMP", "With file (scan_0011.pdf)"],
                                      ["KF/1", "Samsung Galaxy S23 phone of Gareth PELL", "DC FOY", "Property store"],
                                      ["KF/2", "Audio recording of interview 28/08/2026", "DC FOY", "Property store"]],
                                  "14/10/2026", oic, "Gareth PELL"), "14/10/2026", "MG12")
    c.pdf("Officer report 200826 FOY.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("h", "Officer's report - DC 2764 FOY - 20/08/2026"), ("p", f"URN {c.urn}"),
        ("p", "Today I spoke separately to Sean MOXLEY and Darren PELL, who watched the match at Thornbury Close on "
              "01/08/2026. Both say they left together at about 22:00-22:10; Callum was 'merry', had drunk 'a fair few "
              "cans' and was dozing on the sofa; nothing unusual had happened. Neither saw anything after they left. "
              "Darren PELL declined to make a statement (he is the suspect's brother). Sean MOXLEY said he would make "
              "one if needed; his account adds nothing to the prosecution case. Both are listed on the MG6C.")],
          "20/08/2026", None)
    c.pdf("CR1 screenshots.pdf", [("h", "Exhibit CR/1 - screenshots e-mailed by Callum ROBSON 10/08/2026"),
                                  ("p", f"URN {c.urn}"),
                                  ("table", ["Time", "From", "Snap"], [["02/08/2026 19:12", "gaz_pell_72", "last night never happened yeah"],
                                                                      ["02/08/2026 19:13", "gaz_pell_72", "you were wasted mate"]], [20, 20, 60])],
          "10/08/2026", None)
    c.finish(0, [], ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                     "outstanding_dated", "complainant_account", "key_statements", "officer_statement", "signed",
                     "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e",
                     "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
                     "multimedia", "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable",
                     "one_urn", "abe_recording", "abe_summary", "abe_exhibited"])
    return c


def bus_scene():
    return {"bg": (70, 75, 80), "rects": [((0, 170, 320, 240), (40, 40, 45)), ((20, 60, 300, 80), (110, 110, 120)),
                                          ((60, 110, 120, 170), (30, 50, 110)), ((140, 110, 200, 170), (30, 50, 110))],
            "mover_x": 70, "mover_y": 95, "speed": 0.2, "mover": (180, 150, 130)}


# =============================================================================== CASE 03
def case03(out):
    c = Case(out, "YE0560226_OKAFOR_AP2_response", "61YE0560226", "Severnvale Police", seed=303)
    oic = "DC 4418 Gwen TREHARNE"
    D = "Tomasz WREN"
    hdr = [("URN", c.urn), ("Suspect", "WREN, Tomasz (22), born 30/01/2004"),
           ("Offence", "Rape (s.1 SOA 2003)"), ("Offence date", "21/05/2026"),
           ("OIC", f"{oic}, Yelford Public Protection Unit - 01632 960418 - gwen.treharne@severnvale.police.example"),
           ("Submitted", "19/06/2026")]
    sections = [
        ("Advice sought", ["Full Code Test."]),
        ("Summary", [
            "The complainant, Abigail OKAFOR, was 17 at the time (she is now 18). On Thursday 21 May 2026 she went to a "
            "party at the home of a college friend, Kayleigh DOYLE, where she met the suspect, Tomasz WREN (22), whom she "
            "knew from Instagram. At about 22:10 they left together and caught the number 47 bus towards Marsh Park. She "
            "says she had drunk most of a bottle of vodka mixer and some neat vodka and was very drunk. In Marsh Park, "
            "at about 23:40, he had vaginal intercourse with her on the grass; she says she told him to stop and tried "
            "to sit up, and he held her down by the shoulder. She walked home alone.",
            "The next morning at college she told a teacher at her college, who rang the police. PC 6654 HURST attended "
            "the college. She was examined at the Marsh House SARC that afternoon and interviewed on video on 23/05/2026."]),
        ("Key evidence", ["ABE of the complainant (SM/1) with index; first complaint to her teacher; PC HURST's "
                          "statement; forensic physician Dr ANAND; bus CCTV (being obtained); Kayleigh DOYLE."]),
        ("Lines of enquiry", [
            "Pursued: ABE; SARC with swabs and toxicology; party guests (Kayleigh DOYLE seen; three others spoken to, "
            "none saw them leave); bus CCTV; suspect's arrest, interview and phone download; Marsh Park CCTV (none "
            "covers the area); house-to-house on Marsh Park Road (nothing seen or heard).",
            "Lines that may point away from the suspect: Instagram messages between them before the party (suspect says "
            "they show she wanted to meet him for sex) - his phone has been downloaded and the thread is being reviewed; "
            "Kayleigh DOYLE says they were kissing in the kitchen; the bus CCTV may show how they were with each other; "
            "her toxicology and her own account of how drunk she was.",
            "Not pursued: the complainant's phone - the messages the suspect relies on are on his phone and will be "
            "recovered in full from it, so an examination of hers is not necessary or proportionate, and it has not "
            "been requested. No third-party records about her have been requested."]),
        ("Suspect's account", ["Interviewed 24/05/2026 with a solicitor; full account given. Intercourse admitted. He "
                               "says she suggested the park, she was 'tipsy but fine', she took off her own jeans and "
                               "never asked him to stop. He says she had messaged him earlier saying she 'wanted him'. "
                               "Defence: consent / reasonable belief in consent."]),
        ("Bail", ["On conditional bail to 24/11/2026 (extended by Supt). Conditions: not to contact Abigail OKAFOR or "
                  "Kayleigh DOYLE directly or indirectly, including through social media; not to enter the grounds of "
                  "Yelford College."]),
        ("Outstanding", [("table", ["Evidence", "Target"], [
            ["Toxicology on RA/4, RA/5", "31/07/2026"], ["DNA (RA/1-RA/3) - intercourse admitted", "31/08/2026"],
            ["Bus CCTV from Yelford Buses", "10/07/2026"], ["Review of Instagram thread on suspect's phone", "10/07/2026"]], [70, 30])]),
        ("Victim and witnesses", [
            "MG2 attached. She was 17 when interviewed and is a complainant of a sexual offence, so she is eligible "
            "under s.16 and s.17(4). She wants her ABE as evidence-in-chief and wants s.28 pre-recorded cross-examination. "
            "She has dyslexia: a registered intermediary assessment was requested (see MG2).",
            "Children's ISVA (Yelford Rape Crisis) referral 22/05/2026, accepted. VPS offered 23/05/2026; she has declined "
            "for now and knows she can make one later. No interpreter. Her mother is her chosen supporter.",
            "She signed consent on 22/05/2026 for the SARC notes to be released to police and CPS."]),
        ("Early advice", ["Early advice sought 28/05/2026; given 02/06/2026 by Owen PRITCHARD (forensic and bus CCTV strategy)."]),
    ]
    endorse = [("Supervising officer", "DS 3110 Huw BEVAN"), ("Signed", "[signed]"), ("Date", "18/06/2026")]
    c.pdf("MG3 190626.pdf", mg3_blocks(c, ("MG3", "Report to Crown Prosecutor for Charging Decision"), hdr, sections,
                                       endorse), "19/06/2026", "MG3", foot="OFFICIAL-SENSITIVE when complete")
    ap = [["1", "Obtain the records of the college counselling / wellbeing service about the complainant.", "Possible account of events.", "15/10/2026"],
          ["2", "Provide the bus CCTV clip with a producing statement.", "Shows their interaction at 22:14-22:19.", "15/10/2026"],
          ["3", "Provide a full statement from the forensic scientist on the DNA findings (SFR1 not enough: DNA may be referred to).", "Evidence.", "15/10/2026"],
          ["4", "Toxicology result.", "Capacity - central to the case.", "15/10/2026"],
          ["5", "Provide the complete Instagram thread between them from the suspect's phone (both directions, 01/05-22/05/2026).", "The suspect relies on it.", "15/10/2026"],
          ["6", "PNC checks on Kayleigh DOYLE, Nathan COLE and Lorna GREAVES.", "Rebuttable presumption.", "15/10/2026"],
          ["7", "Provide the intermediary's assessment report.", "Special measures application.", "15/10/2026"]]
    c.pdf("CPS AP2 150926.pdf", action_plan_blocks(c, "Severnvale RASSO", "Owen PRITCHARD", "owen.pritchard@cps.example",
                                                   "01632 960590", "15/09/2026", D,
                                                   "Second action plan - decision deferred",
                                                   ap, "20/11/2026",
                                                   intro="Thank you for the MG3A of 04/08/2026 answering my first action plan. "
                                                         "I still cannot apply the full code test. Please respond to the "
                                                         "actions below, numbered as here."),
          "15/09/2026", "ACTION_PLAN")
    mg3a_rows = [
        ["1", "College counselling records", "Not pursued, for these reasons. Abigail attended two wellbeing check-ins at college (27/05 and 10/06/2026), arranged after her report. Mrs GREAVES confirms they were about coping and attendance, not the events. Nothing suggests they contain an account of the incident or anything that bears on consent or credibility, so a request would not be a reasonable line of enquiry and would not be necessary or proportionate. Discussed with Mr PRITCHARD by phone on 29/09/2026, who agreed. No request has been made."],
        ["2", "Bus CCTV", "Done. Clip 22:14-22:19 (NC/1) obtained from Yelford Buses with a statement from Nathan COLE, CCTV manager - NEW, attached. It shows them sitting together at the back; his arm is round her; at 22:17 she rests her head on his shoulder; she stumbles slightly getting off."],
        ["3", "Forensic scientist's statement", "Done. Statement of Dr Malcolm ESSEX, Northgate Forensics, dated 02/11/2026 - NEW, attached."],
        ["4", "Toxicology", "Still outstanding. Northgate's toxicology section had a backlog; the submission has been expedited and the new target date is 04/12/2026. We invite the prosecutor to consider the case now on her own account of what she drank and the CCTV."],
        ["5", "Instagram thread", "Done. The full thread 01/05/2026 to 22/05/2026 (41 messages) is in the extraction report GT/4 - NEW. There are flirtatious messages from both; the message the suspect relies on is hers of 20/05/2026 21:40: 'cant wait to see u thurs'. No message says she wanted sex."],
        ["6", "Witness PNCs", "Done - attached. Kayleigh DOYLE: caution 2025 for possession of cannabis. Nathan COLE and Lorna GREAVES: no trace."],
        ["7", "Intermediary report", "Done - RI Joanne PIKE's assessment of 20/07/2026 attached."]]
    mg3a = [("small", "OFFICIAL-SENSITIVE when complete"), ("p", "MG3A"), ("title", "FURTHER REPORT TO CROWN PROSECUTOR"),
            ("boxes", c.urn_boxes()),
            ("kv", [("Suspect", "Tomasz WREN"), ("Responding to", "CPS action plan 2, Owen PRITCHARD, 15/09/2026"),
                    ("Decision requested", "Full Code Test"),
                    ("OIC", f"{oic}  01632 960418  gwen.treharne@severnvale.police.example")]),
            ("p", "Response to each action. Seven actions were set; six are completed or answered with reasons, and one "
                  "(toxicology) remains outstanding with a new target date. The full file is attached again."),
            ("h", "For reference: action plan 1 (10/07/2026), answered by the MG3A of 04/08/2026"),
            ("table", ["No.", "Action (AP1)", "How it was answered"], [
                ["1", "Statement of the teacher (first complaint)", "Statement of Lorna GREAVES provided 04/08/2026."],
                ["2", "PC HURST's first-account notes", "PNB page 12 (DH/1) provided - in this file as a photo."],
                ["3", "Kayleigh DOYLE's statement", "Provided 04/08/2026."],
                ["4", "Forensic physician's statement", "Dr ANAND's statement of 05/06/2026 provided."],
                ["5", "Suspect's Instagram messages", "Partial extract provided; CPS asked for the full thread in AP2 (action 5)."],
                ["6", "MG2 and intermediary assessment", "MG2 provided; RI report requested (AP2 action 7)."],
                ["7", "Party guests", "Three further guests seen - MG6C item 7."],
                ["8", "House-to-house, Marsh Park Road", "Completed - MG6C item 6."]], [6, 34, 60]),
            ("h", "Responses to action plan 2 (15/09/2026)"),
            ("table", ["No.", "Action", "Response"], mg3a_rows, [6, 22, 72]),
            ("h", "Evidence still outstanding"), ("p", "Toxicology (RA/4, RA/5): new target date 04/12/2026. Nothing else."),
            ("h", "Other updates"),
            ("p", "Bail extended to 24/02/2027 on the same conditions (Supt GRIFFITHS, 20/11/2026). Special measures, VPS "
                  "and ISVA position unchanged from the MG3 and MG2; Abigail has been told of the delay by her ISVA."),
            ("kv", [("Supervisor", "DS 3110 Huw BEVAN"), ("Endorsed", "20/11/2026 - all seven actions addressed")])]
    c.pdf("MG3A (AP2 response) 201126.pdf", mg3a, "20/11/2026", "MG3A", foot="OFFICIAL-SENSITIVE when complete", size=12)
    # ---- ABE (mpeg4 codec), summary
    c.video("ABE_OKAFOR_230526.mp4", "ABE_RECORDING", 5,
            abe_lines("YELFORD ABE SUITE", "23/05/2026", ("14", "31", "02")), abe_scene(), codec="mpeg4")
    c.pdf("SM1 - ABE summary.pdf", abe_summary_blocks(c, "Abigail OKAFOR (17)", "SM/1", "23/05/2026, Yelford ABE suite",
                                                      "14:31", "15:36", "DC 1932 Sian MORLEY", [
        ["00:00:00", "Introductions; RI not present (assessment pending); mother in monitoring room with DC ROWE; ground rules."],
        ["00:04:10", "Free narrative: Kayleigh's party; drank 'most of a bottle of pink vodka stuff' and two shots."],
        ["00:12:30", "Talked to Tomasz; knew him from Instagram; kissed him in the kitchen 'once'."],
        ["00:17:45", "Left about ten past ten; bus to Marsh Park; 'everything was spinning'."],
        ["00:24:00", "In the park he pulled her on to the grass; took her jeans down; she said 'stop, I want to go home' and tried to sit up; he pushed her shoulder down; sex."],
        ["00:36:20", "Walked home; told no one; went to college next day; told Mrs GREAVES in the pastoral office."],
        ["00:44:00", "Questions: Instagram messages (she had said she wanted to see him, not to have sex); no drugs; lost phone signal."],
        ["01:02:10", "Closure. Ends 15:36."]], layout=1), "24/05/2026", "ABE_SUMMARY", pagefmt=None)
    c.pdf("MORLEY S MG11.pdf", mg11_blocks(c, ("Sian", "MORLEY"), "24/05/2026", [
        "I am a Detective Constable in Severnvale Police, Public Protection Unit, trained in ABE interviewing of "
        "children and vulnerable witnesses.",
        "On Saturday 23 May 2026 from 14:31 to 15:36 I interviewed Abigail OKAFOR, then aged 17, at the Yelford ABE "
        "suite. The interview was visually recorded. DC ROWE monitored. A written plan was prepared beforehand and is "
        "retained.",
        "I produce the recording as exhibit SM/1 (a copy of the master is provided as a digital file)."],
        style="form", occupation="Police officer", sig="[signed]", urn_fmt="spaced"), "24/05/2026", "MG11", "officer")
    # ---- teacher (DOCX niche)
    c.docx("Lorna Greaves statement.docx", mg11_blocks(c, ("Lorna", "GREAVES"), "22/05/2026", [
        "I am the pastoral lead and a teacher at Yelford College. I have known Abigail OKAFOR since September 2024.",
        "On Friday 22 May 2026 at about 09:50 Abigail came to the pastoral office. She was pale and had been crying. "
        "She said 'something happened last night and I don't know if it's my fault'.",
        "She told me she had gone to a party, got very drunk, and that a boy called Tomasz had taken her to Marsh Park "
        "and had sex with her when she told him to stop. She said he held her down. I did not ask for details.",
        "I told her it was not her fault and that I had to tell the police to keep her safe, and she agreed. I rang "
        "101 at 10:05 and then rang her mother. I stayed with her until PC HURST arrived."],
        style="niche", occupation="Teacher / pastoral lead", sig="Signed: L. Greaves"), "22/05/2026", "MG11", "first_account",
           author="TREHARNE G")
    # ---- first attending officer: image-only scan
    c.scan("scan 22-05-2026 1411.pdf", mg11_blocks(c, ("Daniel", "HURST"), "22/05/2026", [
        "I am a police constable in Severnvale Police based at Yelford.",
        "At 10:12 on Friday 22 May 2026 I was sent to Yelford College after a report from a teacher that a student had "
        "been raped the night before. I arrived at 11:20 and spoke to Abigail OKAFOR in the pastoral office with her "
        "teacher present and, later, her mother.",
        "I asked her what had happened, who, when and where. She told me that a man called Tomasz she met at a party "
        "took her to Marsh Park and 'had sex with me when I said no', at about half eleven the night before. She had "
        "showered but kept the clothes she wore. My body-worn camera was not activated as this was a first account "
        "from a child in a school setting; I wrote her words in my pocket notebook at the time (DH/1).",
        "I seized her jeans and top (DH/2) and took her and her mother to the Marsh House SARC."],
        style="form", occupation="Police constable 6654", sig="hand", witnessed=""), "22/05/2026", "MG11", "officer")
    c.photo("PNB HURST p12.jpg", pnb_blocks(c, "Severnvale Police", "6654/03", "12",
        "Fri 22/05/26 11:20 Yelford College pastoral office - Abigail OKAFOR (17)", [
        "Teacher Mrs GREAVES present; mother arrived 11:40.",
        "Account in her words: 'I met Tomasz at Kayleigh's party. We got the bus to Marsh Park. He had sex with me when "
        "I said no. He held me down by my shoulder. It was about half eleven.'",
        "Has showered. Clothes in bag at home - to seize. Very drunk at the time, she says.",
        "SARC requested 11:35."], "A. Okafor", "PC 6654 D. HURST  11:38", "DH/1"), None, angle=1.6, pt=11, pagefmt=None)
    c.pdf("Cole N - CCTV.pdf", mg11_blocks(c, ("Nathan", "COLE"), "08/10/2026", [
        "I am the CCTV and security manager for Yelford Buses Ltd. I am responsible for the recording systems on our "
        "fleet and for producing footage to the police.",
        "On 8 October 2026 I downloaded footage from the saloon camera of bus 3312, which worked route 47 on the "
        "evening of 21 May 2026. The system clock was checked against the depot master clock and was correct to "
        "within 5 seconds.",
        "I copied the period 22:14:00 to 22:19:00 to a digital file, which I produce as exhibit NC/1, and gave it to "
        "DC TREHARNE."], style="plain", occupation="CCTV manager", sig="Signed: N. COLE"), "08/10/2026", "MG11", "witness")
    c.video("Bus 47 CCTV 2214-2219 NC1.mp4", "CCTV", 4,
            lambda t: ["BUS 3312 CAM2 SALOON", f"21-05-2026 22:14:{int(t) * 4:02d}"], bus_scene(), audio=False)
    c.pdf("ESSEX M forensic statement.pdf", mg11_blocks(c, ("Malcolm", "ESSEX"), "02/11/2026", [
        "I am a forensic scientist employed by Northgate Forensics Ltd. I hold a PhD in molecular biology and have "
        "reported DNA findings in criminal cases since 2011.",
        "I received the following items: RA/1 high vaginal swab, RA/2 low vaginal swab, RA/3 endocervical swab (from "
        "Abigail OKAFOR) and GT/1, a reference DNA sample from Tomasz WREN.",
        "Semen was detected on RA/1, RA/2 and RA/3. DNA profiles from the sperm fractions match the profile of "
        "Tomasz WREN. The chance of a match if the DNA came from someone unrelated to him is less than one in a "
        "billion.",
        "These findings show that sexual intercourse took place, which is not disputed. They cannot show whether the "
        "intercourse was consensual."],
        style="form", occupation="Forensic scientist", sig="[signed]", expert=True), "02/11/2026", "MG11", "expert")
    c.pdf("Dr ANAND FME.pdf", mg11_blocks(c, ("Ruth", "ANAND"), "05/06/2026", [
        "I am a forensic physician at the Marsh House SARC (MB BS, MRCGP, DFFLM).",
        "On Friday 22 May 2026 from 13:40 I examined Abigail OKAFOR, aged 17, with her consent and her mother's. She "
        "consented to my notes being released to the police and CPS.",
        "I took swabs RA/1 to RA/3, blood RA/4 at 14:25 and urine RA/5, and handed them to PC HURST.",
        "There was a 3 cm bruise on the front of her left shoulder, bluish, and grass staining on her knees was "
        "described. There was a small abrasion at the posterior fourchette. The findings are consistent with her "
        "account but could occur in consensual intercourse."],
        style="niche", occupation="Forensic physician", sig="Signed: Dr R. Anand", expert=True), "05/06/2026", "MG11", "expert")
    c.photo("IMG_20260527_101455.jpg", mg11_blocks(c, ("Kayleigh", "DOYLE"), "27/05/2026", [
        "I am 18 and a student at Yelford College. On Thursday 21 May 2026 I had people round at my house while my "
        "mum was away. Abi OKAFOR came about eight. Tomasz WREN came with his mate about nine.",
        "Abi was drinking pink vodka stuff and was tipsy and giggly. I saw her and Tomasz kissing in the kitchen at "
        "one point. They left together about ten. Abi was a bit wobbly but she was walking fine.",
        "I did not see anything else. Abi messaged me the next day saying 'I need to tell u something'."],
        style="plain", occupation="Student", sig="Signed: K. Doyle"), "MG11", "witness", angle=2.0, pt=10)
    c.pdf("MG11 DC TREHARNE (OIC).pdf", mg11_blocks(c, ("Gwen", "TREHARNE"), "03/11/2026", [
        "I am a Detective Constable in the Yelford Public Protection Unit and the officer in the case.",
        "At 06:55 on Sunday 24 May 2026 I arrested Tomasz WREN at his home on suspicion of rape. He replied 'she "
        "wanted it'. I took a reference DNA sample from him (GT/1) and seized his Samsung A35 phone (GT/3).",
        "I interviewed him that afternoon with DC ROWE; his solicitor was present. I produce the recording as GT/2.",
        "The phone GT/3 was examined by the Digital Media Investigation Unit. I reviewed the Instagram thread with the "
        "complainant's account and produce the report of that thread, complete, as GT/4.",
        "On 8 October 2026 I received the bus CCTV clip NC/1 from Nathan COLE and viewed it. The two people on it are "
        "Abigail OKAFOR and Tomasz WREN, whom I know from this investigation."],
        style="niche", occupation="Police officer", sig="(Sgd) G. Treharne DC 4418"), "03/11/2026", "MG11", "officer")
    # ---- suspect
    c.pdf("ROTI WREN.pdf", roti_blocks(c, "Tomasz WREN", "24/05/2026", "Yelford custody", "16:02", "17:10",
                                       "DC TREHARNE, DC ROWE, Ms Nia PRICE (solicitor)", "GT/2", [
        ["0:00", "DC TREHARNE", "Caution, rights, introductions."],
        ["3:15", "WREN", "We'd been talking on Insta for a couple of weeks. She said she wanted me. At the party she was all over me."],
        ["15:40", "DC TREHARNE", "How drunk was she?"], ["15:50", "WREN", "Tipsy. She was walking and talking fine."],
        ["22:30", "WREN", "In the park she took her own jeans off. She never said stop."],
        ["31:05", "DC ROWE", "She has a bruise on her shoulder."], ["31:15", "WREN", "Not from me."],
        ["64:00", "DC TREHARNE", "Anything to add?"], ["64:05", "WREN", "I didn't rape anyone."]]),
          "25/05/2026", "ROTI")
    c.pdf("PNC WREN.pdf", pnc_blocks(c, "WREN, Tomasz", "30/01/2004", "20/0198822M", [], "24/05/2026", "PS 77 LLOYD"),
          "24/05/2026", "PNC")
    c.pdf("Witness PNCs.pdf", witness_pnc_blocks(c, [
        ["Abigail OKAFOR", "Complainant", "No trace"], ["Lorna GREAVES", "First complaint (teacher)", "No trace"],
        ["Kayleigh DOYLE", "Witness", "Caution 11/2025 possession of cannabis (class B), Yelford"],
        ["Nathan COLE", "CCTV producer", "No trace"]], "10/10/2026", "DC 4418 TREHARNE"), "10/10/2026", "PNC")
    c.pdf("GT4 extraction - Instagram thread.pdf", [
        ("title", "Extraction report GT/4 (suspect's phone) - Instagram thread"),
        ("p", f"URN {c.urn}. Device GT/3, Samsung A35 of Tomasz WREN. Full logical extraction 28/05/2026; this report "
              "covers the Instagram direct thread with 'abi.okfr', 01/05/2026 - 22/05/2026, 41 messages, all shown."),
        ("table", ["Date time", "From", "Message"],
         [[f"{d} {t}", f, m] for d, t, f, m in [
             ("03/05/2026", "20:11", "tomwren_", "u at kayleighs next week?"), ("03/05/2026", "20:30", "abi.okfr", "maybe haha"),
             ("08/05/2026", "22:02", "tomwren_", "ur fit"), ("08/05/2026", "22:15", "abi.okfr", "stoppp"),
             ("14/05/2026", "19:48", "abi.okfr", "did u see the match"), ("14/05/2026", "19:50", "tomwren_", "ye shocking"),
             ("20/05/2026", "21:40", "abi.okfr", "cant wait to see u thurs"), ("20/05/2026", "21:41", "tomwren_", "same ;)"),
             ("22/05/2026", "08:12", "tomwren_", "u get home ok?"), ("22/05/2026", "12:30", "tomwren_", "abi??")]]
         + [["(31 further messages)", "", "Routine chat 04/05-19/05 about college, football and music; none sexual; full list on the DMIU system"]],
         [18, 14, 68])], "02/11/2026", "DIGITAL_EXTRACT")
    c.pdf("MG2 OKAFOR.pdf", mg2_blocks(c, "Abigail OKAFOR", [
        ("Eligibility", "s.16 (under 18 at interview) and s.17(4) (complainant of a sexual offence)"),
        ("Her views", "Wants ABE as evidence-in-chief (s.27), s.28 pre-recorded cross-examination, and to be out of the courtroom (live link)."),
        ("Intermediary", "Assessment by RI Joanne PIKE on 20/07/2026: recommends an intermediary at cross-examination; short questions; breaks every 30 minutes (dyslexia, anxiety)."),
        ("Support", "Mother as supporter; ChISVA Yelford Rape Crisis."), ("Interpreter", "Not required")],
        "21/07/2026", oic), "21/07/2026", "MG2")
    c.pdf("RI assessment PIKE.pdf", [("h", "Registered Intermediary - assessment report (summary)"),
                                     ("p", f"URN {c.urn}. Witness: Abigail OKAFOR. Assessed 20/07/2026 by RI Joanne PIKE."),
                                     ("p", "Dyslexia and anxiety affect processing of long or tagged questions. Recommends: "
                                           "an intermediary at any cross-examination; one question at a time; no tag "
                                           "questions; visual timeline; a break every 30 minutes.")], "22/07/2026", None)
    c.pdf("Incident 0231.pdf", incident_log_blocks(c, "SmartStorm", "SV-260522-0231", "22/05/2026 10:05", [
        ["10:05", "CH 118", "Call from Lorna GREAVES, teacher, Yelford College: student (17) disclosed she was raped last night in Marsh Park by 'Tomasz'. Student with caller."],
        ["10:12", "DISP 22", "PC 6654 HURST deployed."], ["11:20", "PC 6654", "At college. First account obtained (PNB). Arranging SARC."],
        ["12:40", "PC 6654", "En route Marsh House SARC with victim and mother."], ["13:00", "DISP 22", "Closed to crime SV/26/7712; PPU informed."]]),
          "22/05/2026", "INCIDENT_LOG")
    c.pdf("Crime SV-26-7712.pdf", crime_report_blocks(c, "SV/26/7712", [
        ("Offence", "Rape of female 16 or over"), ("Victim", "Abigail OKAFOR, 17 at the time, Black British; dyslexia"),
        ("Suspect", "Tomasz WREN, 22"), ("Location", "Marsh Park, Yelford"),
        ("First complaint", "To teacher Lorna GREAVES 22/05/2026 09:50; to PC HURST 11:20 (PNB DH/1)")],
        [["22/05/2026", "PC HURST", "SARC; consent to release of SARC notes signed. ChISVA referral made."],
         ["23/05/2026", "DC MORLEY", "ABE. VPS offered - declined for now."],
         ["24/05/2026", "DC TREHARNE", "Suspect arrested and interviewed; bail with conditions."],
         ["15/09/2026", "DC TREHARNE", "CPS action plan 2 received (7 actions)."],
         ["29/09/2026", "DC TREHARNE", "Action 1 discussed with CPS: counselling records not to be sought."]]),
          "22/05/2026", "CRIME_REPORT")
    c.xlsx("Unused schedule MG6C.xlsx", mg6c_sheet(c, [
        "SmartStorm incident log SV-260522-0231 (copy with file)", "Crime report SV/26/7712 and log (copy with file)",
        "ABE interview plan, DC MORLEY, 23/05/2026", "SARC referral and booking form, Marsh House, 22/05/2026",
        "Custody record, Tomasz WREN, 24/05/2026", "House-to-house forms, Marsh Park Road, 12 addresses, 25/05/2026 - nothing seen or heard",
        "Officer's notes of three party guests spoken to 26/05/2026 (Ellis GRANT, Mo HUSSAIN, Tia BELL): none saw them leave",
        "Full extraction of suspect's phone GT/3 (DMIU server); Instagram thread exhibited as GT/4",
        "Yelford Buses: e-mail correspondence about footage retention and request, 04/06-08/10/2026",
        "Note of phone call OIC / CPS 29/09/2026 about counselling records (action 1)",
        "PNC results of civilian witnesses 10/10/2026 (copy with file)"], oic, "20/11/2026", D), "20/11/2026", "MG6C")
    c.pdf("MG6D 201126.pdf", mg6d_blocks(c, [("Children's ISVA referral form, 22/05/2026 (address, school, health)",
                                              "Personal information of a child complainant; not relevant to the issues")],
                                         oic, "20/11/2026", D), "20/11/2026", "MG6D")
    c.pdf("MG12 exhibit list.pdf", mg12_blocks(c, [
        ["SM/1", "ABE recording of Abigail OKAFOR, 23/05/2026", "DC MORLEY", "With file (digital)"],
        ["DH/1", "PNB entry, first account", "PC HURST", "With file (photo of page 12)"], ["DH/2", "Jeans and top", "PC HURST", "Property store"],
        ["RA/1-RA/3", "Intimate swabs", "Dr ANAND", "Northgate Forensics"], ["RA/4-RA/5", "Blood and urine", "Dr ANAND", "Northgate Forensics"],
        ["GT/1", "Reference DNA sample, WREN", "DC TREHARNE", "Northgate Forensics"], ["GT/2", "Interview recording", "DC TREHARNE", "Property store"],
        ["GT/3", "Samsung A35 phone of WREN", "DC TREHARNE", "Property store"], ["GT/4", "Extraction report - Instagram thread", "DC TREHARNE", "With file"],
        ["NC/1", "Bus 3312 CCTV clip 22:14-22:19, 21/05/2026", "Nathan COLE", "With file (digital)"]], "20/11/2026", oic, D),
          "20/11/2026", "MG12")
    c.finish(0, [], ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                     "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                     "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                     "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
                     "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
                     "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


def room_scene():
    return {"bg": (180, 170, 150), "rects": [((0, 160, 320, 240), (120, 100, 80)), ((180, 90, 300, 160), (90, 60, 50)),
                                             ((20, 40, 80, 120), (220, 220, 230))],
            "mover_x": 120, "mover_y": 70, "speed": 1.5, "mover": (60, 60, 70)}


# =============================================================================== CASE 04
def case04(out):
    c = Case(out, "KINSELLA - response to CPS AP 12.08.26", "43NW0377926", "Northmarch Police", seed=404)
    oic = "DC 3017 Mark LINDQVIST"
    D = "Martin DUNNE"
    contact = "DC 3017 LINDQVIST, Norwick DA & RASSO team, 01632 960317, mark.lindqvist@northmarch.police.example"
    # ---- original MG3 (DOCX, form layout)
    hdr = [("URN", c.urn), ("Suspect", "DUNNE, Martin Francis (35)"), ("Offence", "Rape (s.1 SOA 2003), domestic"),
           ("Date", "03/01/2026"), ("Officer in case", contact), ("Date of MG3", "29/06/2026")]
    sections = [
        ("Test", ["The prosecutor is asked to apply the full code test. (The threshold test is not sought.)"]),
        ("Case summary", [
            "Rachel KINSELLA (31) and Martin DUNNE (35) were in a relationship for six years and separated in November "
            "2025; he moved out of her house in Heron Street, Norwick. On Saturday 3 January 2026 he came at 20:00, by "
            "arrangement, to collect his belongings. She says that at about 21:00 he tried to kiss her in the lounge, she "
            "refused and told him to leave, and he pinned her wrists on the sofa and raped her. He left at about 21:30.",
            "At 22:10 she rang her sister Claire and told her. Claire persuaded her to call the police; she rang 999 at "
            "08:40 the next morning. PC 2231 ASANTE attended with body-worn video running and recorded her first "
            "account. On Monday 5 January she also told a colleague at work, at the dental practice."]),
        ("Key evidence", ["ABE interview (TE/1) and index; sister Claire KINSELLA; the colleague; 999 call; PC ASANTE "
                          "and his BWV (LA/1); Dr WHITLOCK (bruising to both wrists); text messages from the suspect "
                          "on 04/01/2026 ('I'm sorry. I lost it. please don't ring the police')."]),
        ("Reasonable lines of enquiry", [
            "Completed: ABE; SARC; 999 recording; BWV; neighbours (one heard raised voices about 21:00, statement not "
            "taken as she could not say whose voices - recorded on MG6C); suspect's phone; complainant's phone (with a "
            "DPN, limited to messages with the suspect, see below); previous police contact between them (two "
            "verbal-argument incidents in 2024 and 2025, no offences, logs listed on MG6C).",
            "Lines that might undermine the case or assist the suspect: he says they had been sleeping together since the "
            "separation and this was consensual 'make-up sex'; the messages between them since November 2025 were "
            "reviewed for this and show no resumed relationship; the neighbour's account; the delay until the morning "
            "before calling police (explained in ABE: she was frightened and in shock).",
            "Not pursued: her medical and counselling records - no basis to think they contain relevant material; she "
            "has not been asked for them."]),
        ("The suspect's account", ["Interviewed 06/01/2026 (video recorded). He accepts intercourse and says it was "
                                   "consensual; she kissed him first; any marks on her wrists were not caused by him. "
                                   "He says his text 'I lost it' referred to shouting at her. Defence: consent."]),
        ("Bail", ["Conditional bail to 06/01/2027. Conditions: not to contact Rachel KINSELLA directly or indirectly; not "
                  "to enter Heron Street, Norwick; to live and sleep at his mother's address in Wexley."]),
        ("Outstanding", ["DNA results on swabs SW/2 and SW/3 - target date 31/08/2026 (intercourse admitted)."]),
        ("Victim care", [
            "Special measures: MG2 attached - ABE as evidence-in-chief, screens; she wants s.28 pre-recorded "
            "cross-examination. No intermediary needed.",
            "Needs: no interpreter. IDVA and ISVA support (ISVA Kerry MALIK, Norwick SV Hub, referred 04/01/2026). "
            "VPS offered 06/01/2026; she wishes to make one if the case is charged.",
            "She consented on 04/01/2026 to release of her SARC notes (form in SARC records; recorded by Dr WHITLOCK)."]),
        ("Early advice", ["Not sought: the suspect was arrested and interviewed within three days and admitted "
                          "intercourse; DS PRENTICE decided a full file could be built without early advice."]),
        ("Disclosure", ["MG6C, MG6D, MG6E and a DMD (digital strategy) are attached."]),
    ]
    endorse = [("Supervisor", "DS 1450 Gail PRENTICE"), ("Comment", "Endorsed for submission"), ("Date", "29/06/2026")]
    c.docx("MG3.docx", mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), hdr, sections, endorse),
           "29/06/2026", "MG3", author="LINDQVIST M", foot=f"URN {c.urn}   OFFICIAL-SENSITIVE when complete")
    ap = [["1", "Statement from the colleague she told on 05/01/2026 (named in ABE at 34:10).", "Recent complaint.", "30/09/2026"],
          ["2", "Provide the 999 call recording and a producing statement.", "Referred to in MG3.", "30/09/2026"],
          ["3", "Can the suspect's claim of an ongoing sexual relationship be tested? Provide the messages relied on.", "Reasonable line of enquiry.", "30/09/2026"],
          ["4", "DNA result, or confirm it is not required.", "Completeness.", "30/09/2026"],
          ["5", "The sister's statement is an unsigned typed copy. Provide the signed statement.", "s.9 CJA 1967.", "30/09/2026"]]
    c.pdf("CPS action plan - DUNNE.pdf", action_plan_blocks(c, "Northmarch RASSO Unit", "Ruth ABERNETHY",
                                                            "ruth.abernethy@cps.example", "01632 960904", "12/08/2026", D,
                                                            "Action plan - no decision yet", ap, "30/09/2026"),
          "12/08/2026", "ACTION_PLAN")
    # ---- covering report (not on an MG3A form) and tracker
    cov = [("small", "OFFICIAL-SENSITIVE"), ("h", "Northmarch Police - Norwick DA & RASSO Team"),
           ("title", "Covering report: response to CPS action plan of 12/08/2026"),
           ("kv", [("To", "Ruth ABERNETHY, CPS Northmarch RASSO"), ("URN", c.urn), ("Suspect", D),
                   ("From", contact), ("Date", "28/09/2026"), ("Request", "Full code test decision on the resubmitted file")]),
           ("p", "This report takes the place of an MG3A and answers the five actions in turn. The action tracker "
                 "(spreadsheet) is attached for reference. The MG3 of 29/06/2026 is otherwise unchanged."),
           ("h", "Action 1 - colleague's statement"),
           ("p", "The colleague is Dawn FELLOWES, receptionist at the practice. Her statement was taken on 01/09/2026 and "
                 "is now attached. She describes Rachel arriving at 08:15 on 05/01/2026 'white as a sheet' and telling "
                 "her that Martin had 'forced himself on her' on Saturday night."),
           ("h", "Action 2 - 999 call"),
           ("p", "The 999 call of 04/01/2026 at 08:40 lasted 3 min 12 s. A clip of the opening 40 seconds, in which "
                 "she tells the call handler what happened, is attached as an audio file (ML/3) with my statement "
                 "producing it. The full call is retained and listed on the MG6C."),
           ("h", "Action 3 - testing the claimed ongoing relationship"),
           ("p", "His phone (ML/1) and, with her agreement under a Digital Processing Notice, the messages on her phone "
                 "between them from 01/11/2025 to 31/01/2026 (ML/2) have been reviewed. There is no message suggesting "
                 "that they had resumed a sexual relationship; the messages are about his belongings, the car and money. "
                 "On 03/01/2026 at 16:02 she wrote 'come at 8, get your stuff and go'. He has not identified any "
                 "message or witness supporting his claim. The extract is attached."),
           ("h", "Action 4 - DNA"),
           ("p", "Not being pursued. Intercourse is admitted, so the DNA result cannot assist either side. With DI "
                 "HARGREAVES's approval the laboratory submission was cancelled on 20/08/2026 to avoid delay; the swabs "
                 "are retained frozen and can be submitted if the defence position changes."),
           ("h", "Action 5 - sister's signed statement"),
           ("p", "The signed statement of Claire KINSELLA (dated 05/01/2026) is now attached in place of the typed copy."),
           ("h", "Outstanding"), ("p", "No further enquiries are outstanding."),
           ("kv", [("Supervisor", "DS 1450 Gail PRENTICE - reviewed and endorsed 28/09/2026")])]
    c.pdf("Covering report 280926.pdf", cov, "28/09/2026", ["MG3A", "OTHER", "CORRESPONDENCE"], pagefmt="Page {p}")
    c.xlsx("AP tracker DUNNE.xlsx", [("Tracker", [f"Action plan tracker - URN {c.urn} - R v {D}",
                                                  "CPS action plan 12/08/2026 (R. ABERNETHY) - response due 30/09/2026"],
                                      ["No.", "Action", "Owner", "Status", "Response / where", "Completed"],
                                      [[1, "Colleague's statement", "DC LINDQVIST", "Complete", "Dawn FELLOWES MG11 attached", "01/09/2026"],
                                       [2, "999 recording + producing statement", "DC LINDQVIST", "Complete", "ML/3 audio + OIC MG11", "03/09/2026"],
                                       [3, "Test claimed relationship", "DC LINDQVIST", "Complete", "ML/1, ML/2 reviewed; extract attached", "15/09/2026"],
                                       [4, "DNA result", "DS PRENTICE", "Not pursued - reason given", "Intercourse admitted; submission cancelled", "20/08/2026"],
                                       [5, "Sister's signed MG11", "DC LINDQVIST", "Complete", "Signed copy attached", "25/08/2026"]],
                                      [6, 34, 16, 24, 42, 12])], "28/09/2026", ["ACTION_PLAN", "OTHER"], author="LINDQVIST M")
    # ---- multimedia
    c.video("VRI1 KINSELLA TE1.mp4", "ABE_RECORDING", 4, abe_lines("NORWICK VRI 1", "06/01/2026", ("11", "15", "40")), abe_scene())
    c.video("BWV_PC2231_20260104_0912.mp4", "BWV", 3,
            lambda t: ["AXON BODY 3  X7731203", f"2026-01-04 09:12:{5 + int(t):02d} Z"], room_scene())
    c.wav("999 call 04-01-26 0840 (ML3).wav", "CALL_999", seconds=40)
    c.docx("ROVI summary TE1.docx", abe_summary_blocks(c, "Rachel KINSELLA", "TE/1", "06/01/2026, Norwick VRI suite 1",
                                                      "11:15", "12:32", "DC 4120 Tom ELLERBY", [
        ["00:00", "Introductions and ground rules."], ["02:30", "Relationship history; separation in November; he moved to his mother's."],
        ["09:40", "Arranged for him to collect belongings at 8pm on 3 January."],
        ["14:15", "He tried to kiss her in the lounge; she said no and told him to go; he pushed her on to the sofa, held her wrists above her head, pulled her leggings down and raped her. She said no and cried."],
        ["27:00", "He left about 9.30 saying 'don't be dramatic'. She rang Claire at 10.10pm."],
        ["34:10", "Told Dawn at work on Monday morning."], ["41:00", "His texts on Sunday morning. Why she waited until the morning to ring 999."],
        ["70:20", "Closure."]]), "07/01/2026", "ABE_SUMMARY", author="ELLERBY T")
    # ---- statements
    c.pdf("ELLERBY MG11.pdf", mg11_blocks(c, ("Thomas", "ELLERBY"), "07/01/2026", [
        "I am a Detective Constable with Northmarch Police and a trained ABE interviewer.",
        "On Tuesday 6 January 2026 between 11:15 and 12:32 I conducted a video recorded interview with Rachel "
        "KINSELLA at the Norwick VRI suite. I exhibit the recording as TE/1. An index of the interview has been "
        "prepared. My interview plan is retained on the case file."], style="plain", occupation="Police officer",
        sig="Signature: T Ellerby (electronically signed)"), "07/01/2026", "MG11", "officer")
    c.pdf("Claire KINSELLA signed.pdf", mg11_blocks(c, ("Claire", "KINSELLA"), "05/01/2026", [
        "Rachel KINSELLA is my younger sister. We speak most days.",
        "On Saturday 3 January 2026 at about ten past ten at night Rachel rang me. She was crying so much I couldn't "
        "understand her at first. She said 'Martin's raped me'. She said he had come for his things, tried it on, and "
        "when she said no he held her down on the sofa by her wrists and had sex with her.",
        "I wanted to drive over but she said she was going to lock the door and go to bed. I told her to ring the "
        "police. I rang her again at eight the next morning and she said she would ring them now."],
        style="form", occupation="Nurse", sig="Signed: C. Kinsella", witnessed="DC 3017 M. Lindqvist"),
          "25/08/2026", "MG11", "first_account")
    c.docx("Statement - FELLOWES D.docx", mg11_blocks(c, ("Dawn", "FELLOWES"), "01/09/2026", [
        "I work as the receptionist at Heron Street Dental Practice in Norwick where Rachel KINSELLA is a dental nurse.",
        "On Monday 5 January 2026 Rachel came in at about quarter past eight. She was white as a sheet. I asked if she "
        "was ill. She took me into the staff room and told me that on Saturday Martin, her ex, had forced himself on "
        "her when he came for his things. She said she had told the police.",
        "She went home at lunchtime. I have not discussed it with her since beyond asking how she is."],
        style="niche", occupation="Receptionist", sig="Signed: D. FELLOWES"), "01/09/2026", "MG11", "first_account",
           author="LINDQVIST M")
    c.scan("DOC040126.pdf", mg11_blocks(c, ("Leon", "ASANTE"), "04/01/2026", [
        "I am a police constable in Northmarch Police on response at Norwick.",
        "At 08:44 on Sunday 4 January 2026 I was sent to an address in Heron Street, Norwick, following a 999 call "
        "from a woman saying her ex-partner had raped her the night before. I arrived at 09:11 and switched on my "
        "body-worn video before knocking.",
        "Rachel KINSELLA answered. She was pale and her voice shook. I asked what had happened. She said her ex-partner "
        "Martin DUNNE had come at 8pm to collect his things, had tried to kiss her, and when she told him to go had "
        "held her down on the sofa by her wrists and raped her, and left at about half nine. She showed me red marks "
        "on both wrists.",
        "PB",
        "The footage of my attendance, 09:12 to 09:58, was uploaded to the evidence system and I produce it as LA/1.",
        "I arranged for her to attend the Norwick SARC and stayed until DC LINDQVIST arrived at 10:20."],
        style="form", occupation="Police constable 2231", sig="hand", witnessed=""), "04/01/2026", "MG11", "officer")
    c.pdf("Whitlock statement.pdf", mg11_blocks(c, ("Simon", "WHITLOCK"), "12/01/2026", [
        "I am a forensic physician (MB ChB, MFFLM) at the Norwick SARC.",
        "On 4 January 2026 from 12:30 I examined Rachel KINSELLA, with her written consent to examination, samples and "
        "release of my findings and notes to the police and CPS.",
        "There were bruises on both wrists: on the right, three bruises 0.8-1.2 cm on the inner aspect; on the left, a "
        "2 cm bruise. These are consistent with gripping. They appeared recent. There were no genital injuries, which "
        "is common after both consensual and non-consensual intercourse.",
        "I took swabs (SW/1 to SW/3) and handed them to DC LINDQVIST."], style="plain", occupation="Forensic physician",
        sig="(Sgd) S. Whitlock", expert=True), "12/01/2026", "MG11", "expert")
    c.docx("Lindqvist further MG11.docx", mg11_blocks(c, ("Mark", "LINDQVIST"), "15/09/2026", [
        "I am a Detective Constable and the officer in the case.",
        "On 6 January 2026 I arrested Martin DUNNE and seized his iPhone 14, which I produce as ML/1. I interviewed him "
        "on video the same day with his solicitor present (recording ML/4).",
        "On 7 January 2026 I explained a Digital Processing Notice to Rachel KINSELLA and she agreed to a selective "
        "extraction of the messages between her and DUNNE's number from 1 November 2025 to 31 January 2026. She signed "
        "the notice. The extraction was carried out that day and I produce the report of it as ML/2.",
        "On 3 September 2026 I obtained from the Force Control Room a copy of the recording of the 999 call made at "
        "08:40 on 4 January 2026. I produce a clip of its opening 40 seconds, in which she reports the offence, as "
        "ML/3. The full recording (3 min 12 s) is retained and is listed on the unused schedule.",
        "I reviewed ML/1 and ML/2 for any message suggesting a sexual relationship after November 2025. There is none."],
        style="form", occupation="Police officer", sig="[signed]", urn_fmt="boxes"), "15/09/2026", "MG11", "officer",
           author="LINDQVIST M")
    c.pdf("DPN KINSELLA 070126.pdf", dpn_blocks(c, "Rachel KINSELLA", "Apple iPhone 12 (hers)",
                                               "Text (SMS/iMessage) and WhatsApp messages between you and Martin DUNNE's number only.",
                                               "He says you were still sleeping together after you separated; you say you were not, "
                                               "and that he sent apology texts the next morning. The messages will show which is right.",
                                               "01/11/2025 to 31/01/2026. Selective extraction at the station kiosk; you will keep your phone.",
                                               "Kept on the case system; only relevant messages will be used.",
                                               "07/01/2026", "DC 3017 LINDQVIST"), "07/01/2026", "DPN")
    c.pdf("Device examination request.pdf", [
        ("title", "Mobile device examination - request and authority"),
        ("kv", [("URN", c.urn), ("Devices", "ML/1 suspect's iPhone 14 (full logical); complainant's iPhone 12 (selective, by consent with DPN)"),
                ("Officer", "DC 3017 LINDQVIST, 07/01/2026"), ("Authorised", "DS 1450 PRENTICE")]),
        ("h", "Complainant's device - justification"),
        ("p", "The suspect's account (ongoing sexual relationship after separation) and her account (no relationship; "
              "apology texts) both turn on the messages between them. Parameters: SMS/iMessage/WhatsApp with 07700 900351 "
              "only; 01/11/2025 - 31/01/2026. No other data. A full extraction would be disproportionate."),
        ("h", "Suspect's device"), ("p", "Full logical extraction; review by keyword (her name and number) and date range.")],
          "07/01/2026", None)
    c.pdf("ML2 extract.pdf", [("title", "Selective extraction ML/2"), ("p", f"URN {c.urn}. 07/01/2026. Messages with 07700 900351, 01/11/2025-31/01/2026: 63. Relevant messages:"),
                              ("table", ["Date", "From", "Text"], [["03/01/2026 15:40", "Martin", "can I get my stuff tonight"],
                                                                   ["03/01/2026 16:02", "Rachel", "come at 8, get your stuff and go"],
                                                                   ["04/01/2026 07:58", "Martin", "I'm sorry. I lost it. please don't ring the police"],
                                                                   ["04/01/2026 08:20", "Martin", "Rach please"]], [22, 14, 64]),
                              ("p", "The other 59 messages (Nov 2025 - Jan 2026) concern his belongings, the car finance and money. None refers to any sexual relationship.")],
          "15/09/2026", "DIGITAL_EXTRACT")
    c.pdf("ROVI DUNNE.pdf", roti_blocks(c, "Martin Francis DUNNE", "06/01/2026", "Norwick custody, VRI room", "14:05", "15:02",
                                        "DC LINDQVIST, DC ABBOTT, Mr Craig WELLS (solicitor)", "ML/4", [
        ["00:00", "DC LINDQVIST", "Caution and introductions."],
        ["04:20", "DUNNE", "We'd been sleeping together on and off since I moved out. She kissed me first."],
        ["18:30", "DC LINDQVIST", "Her wrists are bruised."], ["18:40", "DUNNE", "Not me. I never held her wrists."],
        ["26:10", "DC ABBOTT", "What did you mean by 'I lost it'?"], ["26:20", "DUNNE", "I shouted at her about the car. That's all."],
        ["55:00", "DC LINDQVIST", "Anything to add?"], ["55:05", "DUNNE", "It was consensual."]],
        title="RECORD OF VIDEO RECORDED INTERVIEW (SUSPECT)"), "07/01/2026", "ROTI")
    c.pdf("PNC DUNNE.pdf", pnc_blocks(c, "DUNNE, Martin Francis", "22/07/1990", "08/0377120F",
                                      [["15/05/2019", "Norwick MC", "Criminal damage (under GBP 5,000)", "Conditional discharge 12 months, compensation GBP 150"]],
                                      "06/01/2026", "PS 404 KHAN"), "06/01/2026", "PNC")
    c.pdf("PNC checks - witnesses.pdf", witness_pnc_blocks(c, [["Rachel KINSELLA", "Complainant", "No trace"],
                                                              ["Claire KINSELLA", "First complaint", "No trace"],
                                                              ["Dawn FELLOWES", "First complaint (colleague)", "No trace"]],
                                                          "02/09/2026", "DC 3017 LINDQVIST"), "02/09/2026", "PNC")
    c.docx("MG2.docx", mg2_blocks(c, "Rachel KINSELLA", [
        ("Eligibility", "s.17(4) YJCEA - complainant of a sexual offence"),
        ("Measures", "ABE as evidence-in-chief (s.27); screens (s.23); s.28 pre-recorded cross-examination - she wants this."),
        ("Intermediary", "Not required - no communication needs."),
        ("Other needs", "No interpreter. Evening contact preferred. Supported by ISVA Kerry MALIK.")], "06/01/2026", oic),
           "06/01/2026", "MG2")
    c.pdf("Incident 0840.pdf", incident_log_blocks(c, "NMP Command & Control", "NW-0104-0088", "04/01/2026 08:40", [
        ["08:40", "CH 5521", "999: female states ex-partner Martin raped her at her home last night about 9pm. He left about 9.30. She is alone, doors locked."],
        ["08:44", "DISP 3", "Grade 1. PC 2231 ASANTE assigned."], ["09:11", "PC 2231", "On scene, BWV on. First account obtained."],
        ["09:40", "PC 2231", "SARC booked 12:30. CID informed."], ["10:20", "DC 3017", "CID on scene. Crime NW/26/00391."]]),
          "04/01/2026", "INCIDENT_LOG")
    c.pdf("Crime NW-26-00391.pdf", crime_report_blocks(c, "NW/26/00391", [
        ("Offence", "Rape - domestic"), ("Victim", "Rachel KINSELLA, F, 31, White Irish, no disability declared"),
        ("Suspect", "Martin Francis DUNNE, 35, ex-partner"), ("First complaint", "Sister by phone 03/01/2026 22:10; 999 04/01/2026 08:40; PC ASANTE on BWV 09:12")],
        [["04/01/2026", "DC LINDQVIST", "SARC; consent to release signed. ISVA referral made. DASH: high risk, MARAC referral."],
         ["06/01/2026", "DC LINDQVIST", "ABE; suspect arrested and interviewed; bail with conditions. VPS offered."],
         ["07/01/2026", "DC LINDQVIST", "DPN explained and signed; selective extraction."],
         ["12/08/2026", "DC LINDQVIST", "CPS action plan received (5 actions)."]]), "04/01/2026", "CRIME_REPORT")
    c.pdf("MG6C DUNNE.pdf", mg6c_blocks(c, [
        "Command and control log NW-0104-0088, 04/01/2026 (copy with file)", "Crime report NW/26/00391 (copy with file)",
        "Full 999 call recording 04/01/2026 08:40, 3 min 12 s (the opening 40 s is exhibited as ML/3)",
        "ABE interview plan, DC ELLERBY, 06/01/2026", "DASH risk assessment, 04/01/2026, and MARAC referral",
        "Command and control logs of two earlier incidents at Heron Street: 14/06/2024 and 02/03/2025 (verbal arguments, no offences)",
        "House-to-house forms Heron Street, 05/01/2026, 10 addresses; no. 14 heard raised voices about 9pm, could not say whose",
        "Full extraction of suspect's iPhone 14 (ML/1) - digital evidence store", "Custody record of Martin DUNNE, 06/01/2026",
        "Laboratory correspondence cancelling DNA submission, 20/08/2026", "Typed unsigned copy of Claire KINSELLA's statement (superseded by the signed copy)"],
        oic, "28/09/2026", D), "28/09/2026", "MG6C")
    c.pdf("MG6D DUNNE.pdf", mg6d_blocks(c, [("MARAC minutes, 15/01/2026", "Multi-agency confidential information; nothing bearing on the issues"),
                                             ("ISVA referral form, 04/01/2026", "Complainant's personal data")], oic, "28/09/2026", D),
          "28/09/2026", "MG6D")
    c.pdf("MG6E DUNNE.pdf", [("p", "MG6E"), ("title", "DISCLOSURE OFFICER'S REPORT"), ("p", f"URN {c.urn}  R v {D}"),
                             ("p", "I have reviewed all the material on the MG6C and MG6D. In my view none of it meets the test "
                                   "for disclosure at this stage. I have considered in particular MG6C item 7 (a neighbour heard "
                                   "raised voices but could not say whose) and item 6 (two earlier incidents of arguments with no "
                                   "offences); they are described fully so that the prosecutor can form a view."),
                             ("p", "Rebuttable presumption material provided: incident log, crime report, BWV of first account, 999 call, "
                                   "first complaint statements, PNC of civilian witnesses."),
                             ("sig", f"{oic}  (Sgd)  28/09/2026")], "28/09/2026", "MG6E")
    c.pdf("DMD - DUNNE.pdf", [("small", "OFFICIAL-SENSITIVE"), ("title", "DISCLOSURE MANAGEMENT DOCUMENT"),
                              ("kv", [("URN", c.urn), ("R v", D), ("Disclosure officer", oic), ("Date", "28/09/2026")]),
                              ("h", "Reasonable lines of enquiry"), ("p", "As in the MG3 and covering report."),
                              ("h", "Digital strategy"),
                              ("p", "Suspect's phone: full logical extraction, reviewed by date range 01/11/2025-31/01/2026 and by her "
                                    "name and numbers. Complainant's phone: selective extraction of messages with the suspect only, "
                                    "same date range, with her agreement under a DPN; no other data taken."),
                              ("h", "Third-party material"), ("p", "None sought; reasons in the MG3.")], "28/09/2026", "DMD")
    c.pdf("MG12 - DUNNE.pdf", mg12_blocks(c, [
        ["TE/1", "ABE recording of Rachel KINSELLA", "DC ELLERBY", "With file (digital)"],
        ["LA/1", "BWV of PC ASANTE, 04/01/2026 09:12-09:58", "PC ASANTE", "With file (digital)"],
        ["SW/1-SW/3", "Swabs", "Dr WHITLOCK", "Frozen store"], ["ML/1", "iPhone 14 of DUNNE", "DC LINDQVIST", "Property store"],
        ["ML/2", "Selective extraction report, complainant's phone", "DC LINDQVIST", "With file"],
        ["ML/3", "999 call 04/01/2026 08:40 - clip of opening 40 s", "DC LINDQVIST", "With file (audio)"],
        ["ML/4", "Video recording of suspect interview 06/01/2026", "DC LINDQVIST", "Property store"]], "28/09/2026", oic, D),
          "28/09/2026", "MG12")
    c.finish(0, [], ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                     "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                     "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                     "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
                     "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                     "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                     "victim_care", "files_readable", "one_urn"])
    return c


# =============================================================================== CASE 05
def case05(out):
    c = Case(out, "62HB0611426 FORD (MG3A 24-09-26)", "62HB0611426", "Dunholt Constabulary", seed=505)
    oic = "DC 880 Fiona MACRAE"
    D = "Jordan VICKERY"
    hdr = [("URN", c.urn), ("Suspect", "VICKERY, Jordan Lee, born 14/03/2007 (19)"),
           ("Offences", "Rape of a female (s.1 SOA 2003); alternatively sexual activity with a child (s.9 SOA 2003)"),
           ("When / where", "27/06/2026, about 21:00-22:30, suspect's flat, Canal Row, Hallbridge"),
           ("OIC", f"{oic} - Hallbridge Child Protection & RASSO - tel 01632 960880 - fiona.macrae@dunholt.police.example")]
    sections = [
        ("Decision sought", ["Full Code Test charging decision (not a threshold test)."]),
        ("Summary", [
            "Ellie-Mae FORD was 15 at the time. She met Jordan VICKERY (19) on Snapchat in early June 2026. On Saturday "
            "27 June his friend Kai BRENNAN drove the two of them from Hallbridge bus station to VICKERY's flat in Canal "
            "Row. She says she told VICKERY she was 15 and in Year 10. In his bedroom he had vaginal intercourse with her; "
            "she says she said 'I don't want to' and tried to get up, and he told her to 'relax'. At 23:40 she texted her "
            "mother 'mum can u come get me pls' from the street outside.",
            "In the car she told her mother what had happened. Her mother drove her straight to Hallbridge police station, "
            "where PC 5120 BARRAT recorded her first account at 00:35 on 28 June."]),
        ("Evidence", ["ABE with a registered intermediary (AK/1) with index and plan; her mother; PC BARRAT; Dr OSEI "
                      "(paediatric forensic examination); SFR1 DNA (semen on swabs matches VICKERY); Snapchat messages "
                      "from her phone (FM/2); Kai BRENNAN (being traced)."]),
        ("Lines of enquiry", [
            "Done: ABE; SARC; DNA; Snapchat messages (selective extraction with a DPN signed by Ellie-Mae and her mother); "
            "arrest, interview and phone download of VICKERY; CCTV at Hallbridge bus station (cameras not working that "
            "day - confirmed by the operator in writing, on MG6C); the flat's other occupant (away that weekend - "
            "confirmed by his employer).",
            "Lines capable of pointing away from the suspect: whether he knew or reasonably believed she was 16 or over "
            "(relevant to s.9 only if she was 13 or over and he reasonably believed she was 16 - her Snapchat profile says "
            "'16' and this has been recorded and disclosed); whether anything on his phone shows her telling him her "
            "age (the messages from her phone say 'im in yr 10' on 14/06/2026); the driver, Kai BRENNAN, who may say "
            "what was said about her age.",
            "Not pursued: her school, social care and medical records - there is no indication that they hold anything "
            "relevant to the issues, and they have not been requested."]),
        ("Suspect's account", ["Interviewed 28/06/2026 with a solicitor and an appropriate adult was not needed (19). "
                               "He accepts intercourse, says it was consensual and says he believed she was 17 because "
                               "she said so and her profile said 16. Defence: consent and reasonable belief in age."]),
        ("Bail", ["Pre-charge bail to 28/12/2026. Conditions: no contact with Ellie-Mae FORD directly or indirectly "
                  "including online; not to have unsupervised contact with any female under 16; not to enter Brook Lane, "
                  "Hallbridge (her street)."]),
        ("Outstanding", ["Statement of Kai BRENNAN (driver) - being traced - target date 31/08/2026. Intermediary's "
                         "report - target date 31/07/2026. Nothing else."]),
        ("Victim / witness", [
            "Ellie-Mae is a child witness (s.16 YJCEA). MG2 attached: ABE as evidence-in-chief, s.28 pre-recorded "
            "cross-examination (she and her mother want this), live link from a remote site, and a registered "
            "intermediary (Ruth GALLAGHER) who assisted at the ABE and recommends one at trial.",
            "Needs: mild learning difficulty (EHCP); communication through the intermediary's recommendations. No "
            "interpreter. Children's ISVA referral made 29/06/2026 (Dunholt CHISVA service). VPS: explained to her and "
            "her mother on 29/06/2026; they will make one with the ChISVA's help once a decision is made.",
            "Consent: her mother, with Ellie-Mae's agreement, signed consent on 28/06/2026 to the release of the SARC "
            "records to police and CPS."]),
        ("Early advice", ["Early advice sought 06/07/2026, given 13/07/2026 (Daniel OKONJO): the alternative s.9 charge "
                          "and the need for the driver's account."]),
        ("Disclosure", ["MG6C, MG6D (nil), MG6E and DMD attached."]),
    ]
    endorse = [("Supervisor", "DS 1017 Ewan CALDER"), ("Endorsement", "Endorsed - meets NFS for FCT"), ("Date", "21/07/2026")]
    c.pdf("MG3 FORD.pdf", mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), hdr, sections, endorse),
          "21/07/2026", "MG3", head="OFFICIAL-SENSITIVE when complete", pagefmt="Page {p} of {nb}")
    c.pdf("AP 100926 OKONJO.pdf", action_plan_blocks(c, "Dunholt & Marches RASSO", "Daniel OKONJO", "daniel.okonjo@cps.example",
                                                     "01632 960311", "10/09/2026", D, "Action plan (2 actions) - decision deferred",
                                                     [["1", "Provide the registered intermediary's report.", "Special measures / s.28.", "24/09/2026"],
                                                      ["2", "Trace the driver 'Kai' and obtain his statement, including anything said about her age.", "Reasonable belief in age (s.9).", "24/09/2026"]],
                                                     "24/09/2026"), "10/09/2026", "ACTION_PLAN")
    c.pdf("MG3A FORD 240926.pdf", [
        ("small", "OFFICIAL-SENSITIVE when complete"), ("title", "MG3A - Further report to Crown Prosecutor"),
        ("p", f"URN {c.urn}      R v Jordan VICKERY      To: Daniel OKONJO, CPS      From: {oic} (01632 960880, fiona.macrae@dunholt.police.example)"),
        ("p", "Decision requested: full code test, on the file as resubmitted."),
        ("p", "Action 1 (intermediary's report): attached. Ms GALLAGHER's report of 22/07/2026 recommends an intermediary "
              "at trial, questions of one idea at a time, and a break every 20 minutes."),
        ("p", "Action 2 (driver): Kai BRENNAN was traced on 15/09/2026 through the vehicle keeper and gave a statement the "
              "same day, attached. He says that in the car Ellie-Mae said she was 'in Year 10 at Brookfield', that "
              "VICKERY laughed and said 'she's mature for her age', and that he (BRENNAN) thought she looked about 15."),
        ("p", "Both actions are complete. No evidence is now outstanding. Bail, special measures, VPS and ISVA arrangements "
              "are unchanged from the MG3."),
        ("p", "Endorsed: DS 1017 CALDER, 24/09/2026.")], "24/09/2026", "MG3A", pagefmt=None)
    # ---- ABE, plan, summary, intermediary report
    c.video("AK1_ABE_FORD_290626.mp4", "ABE_RECORDING", 3, abe_lines("HALLBRIDGE ABE ROOM B", "29/06/2026", ("10", "00", "30")), abe_scene())
    c.pdf("ABE plan FORD.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("title", "ABE INTERVIEW PLAN"),
        ("kv", [("URN", c.urn), ("Witness", "Ellie-Mae FORD (15)"), ("Interviewer", "DC 2290 Adam KESTEVEN"),
                ("Intermediary", "Ruth GALLAGHER (registered intermediary)"), ("Date", "29/06/2026")]),
        ("h", "Witness needs"), ("p", "Learning difficulty (EHCP); processes short questions better; may need breaks and a visual timeline. Mother not to be in the room."),
        ("h", "Objectives"), ("p", "Account of 27/06/2026; what was said about her age; what was said when she said she did not want to; Snapchat contact."),
        ("h", "Structure"), ("p", "Rapport; ground rules adapted by intermediary; free narrative; questioning by topic; closure.")],
          "28/06/2026", "ABE_PLAN")
    c.pdf("AK1 index.pdf", abe_summary_blocks(c, "Ellie-Mae FORD (15)", "AK/1", "29/06/2026, Hallbridge ABE room B",
                                              "10:00", "11:05", "DC 2290 KESTEVEN with RI Ruth GALLAGHER", [
        ["00:00", "Introductions; intermediary explains the rules with cards."], ["06:30", "Free narrative: met on Snapchat, talked for two weeks."],
        ["14:10", "Saturday: Kai drove; she told them she was in Year 10 at Brookfield."],
        ["21:00", "In his room: he kissed her; took her clothes off; she said 'I don't want to' and tried to get up; he said 'relax' and had sex with her."],
        ["38:40", "Left; texted mum from outside; told mum in the car."], ["46:00", "Questions about age: she told him she was 15 'loads of times'."],
        ["62:00", "Closure."]], layout=0, note="The intermediary's assessment and ground rules are recorded in her report."),
          "30/06/2026", "ABE_SUMMARY")
    c.pdf("RI report GALLAGHER.pdf", [("h", "Registered intermediary report"), ("p", f"URN {c.urn}. Witness: Ellie-Mae FORD. Assessed 28/06/2026; report 22/07/2026 by Ruth GALLAGHER."),
                                      ("p", "Recommendations: intermediary at trial and at any s.28 hearing; one idea per question; "
                                            "no tag or negative questions; visual timeline; breaks every 20 minutes.")], "22/07/2026", None)
    # ---- statements
    c.docx("Donna FORD.docx", mg11_blocks(c, ("Donna", "FORD"), "30/06/2026", [
        "I am Ellie-Mae's mother. She is 15; her date of birth is on the rear of this statement.",
        "On Saturday 27 June 2026 Ellie-Mae told me she was going to her friend Amber's. At 23:40 I got a text from "
        "her: 'mum can u come get me pls'. I rang her and she was crying and said she was on Canal Row.",
        "I drove there and found her on the pavement. In the car she said 'I've done something really bad'. Then she "
        "told me a lad called Jordan, who is 19, had taken her to his flat and had sex with her when she said she "
        "didn't want to. She said she told him she was 15.",
        "I drove her straight to Hallbridge police station."],
        style="form", occupation="Care assistant", sig="[signed]",
        rear=[("Witness", "Donna FORD"), ("Phone", "07700 900623"), ("Child's DOB", "02/02/2011"), ("Dates to avoid", "None")]),
           "30/06/2026", "MG11", "first_account", author="MACRAE F")
    c.pdf("BARRAT C 5120.pdf", mg11_blocks(c, ("Chloe", "BARRAT"), "28/06/2026", [
        "I am a police constable in Dunholt Constabulary. At 00:25 on Sunday 28 June 2026 I was called to the front "
        "office at Hallbridge police station, where Donna FORD and her daughter Ellie-Mae were waiting.",
        "In a side room, with her mother present, I asked Ellie-Mae what had happened. She said that Jordan, a man of "
        "19 she had met on Snapchat, had taken her to his flat on Canal Row and 'had sex with me when I said I didn't "
        "want to'. She said she had told him she was 15. I asked only enough to identify him and the place.",
        "My body-worn camera recorded this first account from 00:35 to 00:44. I produce the footage as exhibit CB/1.",
        "I arranged the paediatric SARC for the morning and seized her clothing (CB/2)."],
        style="niche", occupation="Police constable 5120", sig="(Sgd) C. Barrat PC5120"), "28/06/2026", "MG11", "officer")
    c.video("CB1 BWV 0035.mp4", "BWV", 3, lambda t: ["MOTOROLA VB400  PC5120", f"28/06/2026 00:35:{10 + int(t):02d}"], room_scene())
    c.pdf("MG11 KESTEVEN.pdf", mg11_blocks(c, ("Adam", "KESTEVEN"), "30/06/2026", [
        "I am a Detective Constable trained in ABE interviewing of child witnesses.",
        "On Monday 29 June 2026 from 10:00 to 11:05 I conducted a video-recorded interview with Ellie-Mae FORD (15) at "
        "Hallbridge, assisted by registered intermediary Ruth GALLAGHER. I prepared a written plan beforehand.",
        "I produce the recording as exhibit AK/1."], style="form", occupation="Police officer", sig="[signed]", decl=1),
          "30/06/2026", "MG11", "officer")
    c.pdf("OSEI H paediatric FME.pdf", mg11_blocks(c, ("Helen", "OSEI"), "10/07/2026", [
        "I am a consultant paediatrician and forensic physician at the Dunholt paediatric SARC.",
        "On 28 June 2026 at 10:30 I examined Ellie-Mae FORD with her agreement and her mother's written consent, "
        "including consent to release my notes to police and CPS.",
        "I took swabs HO/1 to HO/3 and handed them to DC MACRAE. There was a small fresh tear at the posterior "
        "fourchette, consistent with recent penetration; it cannot show whether there was consent."],
        style="plain", occupation="Consultant paediatrician", sig="Signed: Dr H Osei", expert=True), "10/07/2026", "MG11", "expert")
    c.pdf("SFR1 DNA HO1-3.pdf", [("title", "STREAMLINED FORENSIC REPORT - SFR1"),
                                 ("kv", [("URN", c.urn), ("Lab", "Marches Forensic Science Ltd, ref MFS-26-4471"), ("Date", "14/07/2026")]),
                                 ("p", "Semen identified on HO/1 and HO/2. The DNA profile from the sperm fraction matches the reference "
                                       "profile of Jordan Lee VICKERY (FM/3). Match probability: less than one in a billion.")],
          "14/07/2026", "FORENSIC")
    c.photo("IMG_4420.jpg", mg11_blocks(c, ("Kai", "BRENNAN"), "15/09/2026", [
        "I am 20. Jordan VICKERY is a mate from work. On Saturday 27 June 2026 he asked me to pick him and a girl up "
        "from Hallbridge bus station and drop them at his flat on Canal Row, which I did at about half eight.",
        "In the car the girl said she was in Year 10 at Brookfield. Jordan laughed and said 'she's mature for her "
        "age'. I thought she looked about 15. I dropped them off and went home. I did not go in."],
        style="niche", occupation="Labourer", sig="hand"), "MG11", "witness", angle=3.2, pt=10.5)
    c.scan("MACRAE F MG11.pdf", mg11_blocks(c, ("Fiona", "MACRAE"), "15/07/2026", [
        "I am a Detective Constable and the officer in this case.",
        "At 09:00 on 28 June 2026 I arrested Jordan VICKERY at his flat. I took a reference DNA sample (FM/3) and seized "
        "his phone (FM/4). I interviewed him that afternoon with his solicitor present; I produce the recording as FM/5.",
        "On 30 June 2026 I explained a Digital Processing Notice to Ellie-Mae and her mother in age-appropriate terms. "
        "Both signed it. I carried out a selective kiosk extraction of the Snapchat chat with the account 'jv_2k7' only, "
        "for 01/06/2026 to 28/06/2026, and returned the phone to her. I produce the report as FM/2 and the DPN as FM/1."],
        style="form", occupation="Police officer", sig="hand", witnessed=""), "15/07/2026", "MG11", "officer")
    c.pdf("FM1 DPN FORD.pdf", dpn_blocks(c, "Ellie-Mae FORD (with her mother Donna FORD)", "iPhone SE (Ellie-Mae's)",
                                        "Your Snapchat chat with the account 'jv_2k7' (Jordan) - nothing else.",
                                        "To see what you and Jordan said to each other about meeting, and about your age.",
                                        "1 June 2026 to 28 June 2026. We copy only that chat, at the station, and give your phone back the same day.",
                                        "Only used for this case; kept securely; only the relevant parts are shown to the CPS.",
                                        "30/06/2026", "DC 880 MACRAE"), "30/06/2026", "DPN")
    c.pdf("Digital request FORD.pdf", [("title", "Request for selective extraction - complainant (child)"),
                                       ("kv", [("URN", c.urn), ("Officer", "DC 880 MACRAE"), ("Date", "30/06/2026"), ("Authority", "DS 1017 CALDER")]),
                                       ("p", "Reasonable line of enquiry: the Snapchat messages between Ellie-Mae and the suspect bear on his "
                                             "knowledge of her age and the arrangements to meet. Scope: the one Snapchat chat with 'jv_2k7'; "
                                             "01/06/2026-28/06/2026; text and images sent in that chat only. A full download is not justified. "
                                             "A DPN has been explained to her and her mother.")], "30/06/2026", None)
    c.pdf("FM2 Snapchat extract.pdf", [("title", "Selective extraction FM/2 - Snapchat chat with jv_2k7"), ("p", f"URN {c.urn}"),
                                       ("table", ["Date", "From", "Message"], [["14/06/2026 20:10", "jv_2k7", "how old r u"], ["14/06/2026 20:11", "ellie.m", "15 im in yr 10"],
                                                                               ["14/06/2026 20:12", "jv_2k7", "ur profile says 16 lol"], ["14/06/2026 20:12", "ellie.m", "everyone does that"],
                                                                               ["26/06/2026 18:30", "jv_2k7", "kai can pick u up 8 bus station"]], [20, 14, 66])],
          "30/06/2026", "DIGITAL_EXTRACT")
    im = Image.new("RGB", (390, 700), (255, 252, 0))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([20, 120, 370, 560], 24, fill=(255, 255, 255))
    d.ellipse([145, 40, 245, 140], fill=(230, 230, 230), outline=(0, 0, 0), width=3)
    for y, txt, sz in [(170, "ellie.m", 30), (215, "Ellie | 16", 24), (255, "Hallbridge", 20), (300, "Snap score 4,812", 18),
                       (360, "Add Friend", 22), (520, "screenshot FM 30/06/2026 - URN 62HB0611426", 13)]:
        f = _font(sz, bold=(sz >= 24))
        d.text(((390 - d.textlength(txt, font=f)) / 2, y), txt, font=f, fill=(0, 0, 0))
    im.save(c.p("Snap profile 300626.png"), optimize=True)
    c.pdf("ROTI VICKERY.pdf", roti_blocks(c, "Jordan Lee VICKERY", "28/06/2026", "Hallbridge custody", "15:20", "16:18",
                                          "DC MACRAE, DC KESTEVEN, Ms Rosa LINTON (solicitor)", "FM/5", [
        ["00:00", "DC MACRAE", "Caution, introductions."], ["03:00", "VICKERY", "She said she was 17. Her Snap says 16."],
        ["11:20", "DC MACRAE", "She messaged you 'im in yr 10'. What did you think that meant?"], ["11:35", "VICKERY", "I thought she was joking."],
        ["20:40", "VICKERY", "She wanted to. She never said no."], ["57:00", "DC MACRAE", "Anything to add? - No."]]), "29/06/2026", "ROTI")
    c.pdf("PNC VICKERY.pdf", pnc_blocks(c, "VICKERY, Jordan Lee", "14/03/2007", "23/0551870C", [], "28/06/2026", "PS 9 ROSS"), "28/06/2026", "PNC")
    c.pdf("Witness PNC FORD.pdf", witness_pnc_blocks(c, [["Donna FORD", "First complaint (mother)", "No trace"], ["Kai BRENNAN", "Witness", "No trace"],
                                                          ["Ellie-Mae FORD", "Complainant", "No trace"]], "16/09/2026", "DC 880 MACRAE"), "16/09/2026", "PNC")
    c.pdf("MG2 FORD.pdf", mg2_blocks(c, "Ellie-Mae FORD (15)", [
        ("Eligibility", "s.16 YJCEA 1999 - under 18; learning difficulty"),
        ("Measures sought", "s.27 ABE as evidence-in-chief; s.28 pre-recorded cross-examination (she and her mother want this); live link from a remote site (s.24); intermediary (s.29)"),
        ("Intermediary", "RI Ruth GALLAGHER - assessed 28/06/2026; assisted at ABE; report 22/07/2026"),
        ("Support", "Mother; Dunholt CHISVA service")], "22/07/2026", oic), "22/07/2026", "MG2")
    c.pdf("Front office log 0025.pdf", incident_log_blocks(c, "Dunholt CAD", "DH-260628-0007", "28/06/2026 00:25", [
        ["00:25", "FO 12", "Walk-in: mother and daughter (15) report daughter raped tonight at Canal Row by male 19 'Jordan'."],
        ["00:30", "PS 118", "PC 5120 BARRAT to front office."], ["00:35", "PC 5120", "First account obtained on BWV. Paediatric SARC requested."],
        ["01:10", "PC 5120", "Suspect identified as Jordan VICKERY. Crime DH/26/5581. CP&R team informed."]]), "28/06/2026", "INCIDENT_LOG")
    c.pdf("Crime DH-26-5581.pdf", crime_report_blocks(c, "DH/26/5581", [
        ("Offence", "Rape of female 13-15 (s.1) / sexual activity with a child (s.9)"),
        ("Victim", "Ellie-Mae FORD, F, 15, Mixed White/Black Caribbean; learning difficulty (EHCP)"),
        ("Suspect", "Jordan Lee VICKERY, 19"), ("First complaint", "Mother in car c.23:50 27/06/2026; PC BARRAT 00:35 28/06/2026 (BWV CB/1)")],
        [["28/06/2026", "DC MACRAE", "Paediatric SARC; mother's consent to release notes. Suspect arrested and interviewed."],
         ["29/06/2026", "DC KESTEVEN", "ABE with RI. VPS explained to child and mother; ChISVA referral."],
         ["30/06/2026", "DC MACRAE", "DPN signed; selective extraction FM/2."], ["10/09/2026", "DC MACRAE", "CPS action plan (2 actions)."],
         ["15/09/2026", "DC MACRAE", "Kai BRENNAN traced; statement taken."]]), "28/06/2026", "CRIME_REPORT")
    c.xlsx("MG6C FORD.xlsx", mg6c_sheet(c, [
        "CAD log DH-260628-0007 (copy with file)", "Crime report DH/26/5581 (copy with file)",
        "ABE interview plan, DC KESTEVEN, 28/06/2026 (copy with file)",
        "Registered intermediary's assessment notes, 28/06/2026 (report with file)",
        "Hallbridge bus station operator's e-mail 03/07/2026 confirming cameras faulty 26-29/06/2026",
        "Employer's e-mail 06/07/2026 confirming flatmate Reece DALE working in Aberdeen 26-28/06/2026",
        "Custody record of VICKERY, 28/06/2026", "Full extraction of suspect's phone FM/4 (DMIU store)",
        "Screenshot of Ellie-Mae's Snapchat profile showing age '16', taken 30/06/2026 (copy with file)"], oic, "24/09/2026", D),
           "24/09/2026", "MG6C")
    c.pdf("MG6D FORD.pdf", mg6d_blocks(c, [], oic, "24/09/2026", D), "24/09/2026", "MG6D")
    c.pdf("MG6E FORD.pdf", [("p", "MG6E"), ("title", "Disclosure officer's report"), ("p", f"URN {c.urn}"),
                            ("p", "Material that may assist the defence: her Snapchat profile showing age '16' (MG6C item 9) and the "
                                  "messages in FM/2 in which he mentions it. Both are with the file (the profile screenshot as "
                                  "'Snap profile 300626.png')."),
                            ("sig", f"{oic}  [signed]  24/09/2026")], "24/09/2026", "MG6E")
    c.pdf("DMD FORD.pdf", [("title", "Disclosure Management Document"), ("kv", [("URN", c.urn), ("R v", D)]),
                           ("p", "Digital strategy: complainant - selective extraction of one Snapchat chat (01-28/06/2026) under a DPN; "
                                 "suspect - full extraction, reviewed by keyword (her username, 'age', 'yr 10', 'school') and date. "
                                 "Third-party material: none sought - reasons in MG3.")], "24/09/2026", "DMD")
    c.pdf("MG12 FORD.pdf", mg12_blocks(c, [
        ["AK/1", "ABE recording, Ellie-Mae FORD, 29/06/2026", "DC KESTEVEN", "With file (digital)"],
        ["CB/1", "BWV first account 28/06/2026 00:35-00:44", "PC BARRAT", "With file (digital)"], ["CB/2", "Clothing", "PC BARRAT", "Property store"],
        ["HO/1-HO/3", "Swabs", "Dr OSEI", "Marches Forensic Science"], ["FM/1", "DPN signed 30/06/2026", "DC MACRAE", "With file"],
        ["FM/2", "Selective extraction - Snapchat", "DC MACRAE", "With file"], ["FM/3", "Reference DNA sample, VICKERY", "DC MACRAE", "Marches Forensic Science"],
        ["FM/4", "Phone of VICKERY", "DC MACRAE", "Property store"], ["FM/5", "Interview recording", "DC MACRAE", "Property store"]], "24/09/2026", oic, D),
          "24/09/2026", "MG12")
    c.finish(0, [], ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
                     "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
                     "abe_plan", "key_statements", "officer_statement", "signed", "suspect_interview",
                     "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
                     "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
                     "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
                     "victim_care", "files_readable", "one_urn"])
    return c


# =============================================================================== CASE 06 (early advice)
def case06(out):
    c = Case(out, "SL0702926 early advice request", "47SL0702926", "Wenmoor Constabulary", stage="early_advice", seed=606)
    oic = "DC 2604 Lucy HANNA"
    c.eml("Gatekeeper - SL0702926 not accepted for FCT.eml", ["ACTION_PLAN", "CORRESPONDENCE"],
          frm="Alison FERRIS <alison.ferris@wenmoor.police.example>", to="Lucy HANNA <lucy.hanna@wenmoor.police.example>",
          subject="47SL0702926 BRANDT / KOVAC - not accepted for full code test",
          date="Thu, 01 Oct 2026 11:02:44 +0100", msgid="gk-0702926-1001",
          body=("Lucy,\n\nThis file has come to me as a request for a full code test decision. It is not ready for one and "
                "I am not sending it on: the suspect has not been interviewed, the SARC results are not back and the "
                "digital strategy has not been settled. A charging request now would simply come back with an action "
                "plan.\n\nWhat I would like instead is a request for EARLY ADVICE, on an MG3 that says so, covering:\n"
                "1. the interview strategy (in particular how to deal with the dating-app messages before disclosure);\n"
                "2. what, if anything, should be taken from Hollie's phone - she has said she will provide "
                "screenshots but does not want to hand the phone over;\n"
                "3. the forensic strategy (toxicology - she thinks her drink was spiked).\n\nPut the lines of enquiry "
                "you plan, with dates, and the victim care arrangements on the MG3. Include the ABE, the index and "
                "the statements you have.\n\nAlison\nDS 1190 FERRIS, RASSO Gatekeeper, 01632 960233\n"))
    hdr = [("URN", c.urn), ("Suspect", "KOVAC, Stefan (30), born 08/02/1996 - not yet arrested or interviewed"),
           ("Offence under investigation", "Rape (s.1 SOA 2003)"), ("Date", "19-20/09/2026"),
           ("OIC", f"{oic}, Saltley RASSO - 01632 960604 / 07700 900604 - lucy.hanna@wenmoor.police.example")]
    sections = [
        ("Advice sought", [
            "EARLY ADVICE. No charging decision is sought at this stage; a full code test request will follow the "
            "suspect's interview and the forensic results. This request follows the gatekeeper's review of 01/10/2026 "
            "(e-mail in the file), which returned an earlier, premature request for a charging decision.",
            "Questions for the prosecutor: (1) interview strategy - whether to disclose the dating-app messages before "
            "interview; (2) whether any extraction from the complainant's phone is a reasonable line of enquiry, given "
            "she has provided screenshots; (3) forensic strategy, in particular toxicology for a possible spiked drink."]),
        ("Investigation so far", [
            "Hollie BRANDT (28) matched with Stefan KOVAC (30) on the Kindl dating app on 10/09/2026. On Saturday 19 "
            "September they met at the Mill Tap bar in Saltley at 19:30. She had two glasses of wine and then a cocktail "
            "he bought while she was in the toilet. She says she felt 'suddenly very drunk' and has patchy memory. She "
            "remembers being in his flat on Gorse Road, being on his bed, telling him to stop and him having sex with "
            "her. She left at about 01:10 in a taxi and rang her best friend from the taxi. She reported to police by "
            "101 at 09:30 the next day. PC 1734 OKORO attended and recorded her first account.",
            "She was examined at the Saltley SARC on 20/09/2026 (blood and urine for toxicology, swabs) and was "
            "video-interviewed (ABE) on 22/09/2026 by DC HANNA (exhibit LH/1; index provided)."]),
        ("Lines of enquiry planned, with target dates", [
            ("table", ["Line of enquiry", "Could it point away from the suspect?", "Target"], [
                ["Arrest and interview of KOVAC under caution; search of flat; seizure of phone", "Yes - his account", "after advice; by 30/10/2026"],
                ["Mill Tap CCTV (bar and entrance), 19:30-00:30 - requested 21/09/2026, preserved", "Yes - her demeanour, who bought drinks", "16/10/2026"],
                ["Bar staff - who served the cocktail", "Yes", "23/10/2026"],
                ["Taxi firm (Saltley Cabs) booking and driver", "Yes - her state at 01:10", "23/10/2026"],
                ["Kindl account data for both users (messages 10-20/09/2026)", "Yes - prior discussion of sex", "via SPOC, 30/11/2026"],
                ["Toxicology on SARC blood and urine (SE/4, SE/5) incl. GHB and benzodiazepines", "Yes", "27/11/2026"],
                ["DNA on swabs SE/1-SE/3", "Unlikely to be in issue", "27/11/2026"],
                ["Door-entry log for the block on Gorse Road", "Yes - times", "16/10/2026"]], [50, 28, 22]),
            "Not planned: her medical and counselling records (no indication they are relevant); a download of her phone "
            "(she has given screenshots of the Kindl chat and the relevant messages can also be obtained from the app "
            "provider and his phone - advice sought on this, question 2)."]),
        ("What the suspect is likely to say", ["Not yet known. The Kindl messages show both discussed 'seeing where "
                                               "the night goes'; he may say intercourse was consensual."]),
        ("Outstanding evidence", ["As in the table above, each with a target date."]),
        ("Victim care", [
            "Special measures (MG2 to follow with the full file): she would like her ABE as evidence-in-chief and screens; "
            "she has been told about s.28 pre-recorded cross-examination and would like it. No communication needs; no "
            "intermediary needed.",
            "Needs: no interpreter. She works nights as a nurse - contact by e-mail first. ISVA: referred 20/09/2026 to "
            "Wenmoor SV Hub (ISVA Priya KAUR). VPS: offered on 22/09/2026; she will consider it later.",
            "Consent: she signed the SARC consent to release her SARC records to police and CPS on 20/09/2026."]),
        ("Early advice", ["Early advice is being sought by this MG3, for the reasons given by the gatekeeper."]),
        ("Bail", ["Not applicable yet - suspect not arrested. Arrest planned after advice; she has been told."]),
    ]
    endorse = [("Supervisor", "DS 3302 Owain PRYS"), ("Endorsement", "Agree early advice is the right step; reviewed 07/10/2026"),
               ("Gatekeeper", "DS 1190 FERRIS - accepted for early advice 08/10/2026")]
    c.docx("MG3 early advice BRANDT.docx", mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR - REQUEST FOR EARLY ADVICE"),
                                                      hdr, sections, endorse), "08/10/2026", "MG3", author="HANNA L",
           foot="OFFICIAL-SENSITIVE when complete")
    c.video("LH1 VRI BRANDT 220926.mp4", "ABE_RECORDING", 4, abe_lines("SALTLEY VRI", "22/09/2026", ("13", "02", "00")), abe_scene())
    c.pdf("LH1 summary.pdf", abe_summary_blocks(c, "Hollie BRANDT", "LH/1", "22/09/2026, Saltley VRI", "13:02", "14:15",
                                                "DC 2604 Lucy HANNA", [
        ["00:00", "Introductions, ground rules."], ["04:00", "Kindl match 10/09; messages; agreed to meet at Mill Tap."],
        ["11:30", "Two glasses of wine; he bought a cocktail while she was in the toilet; felt very drunk suddenly."],
        ["20:15", "Patchy memory: in his flat; on his bed; told him to stop; he had sex with her; 'I couldn't move my arms properly'."],
        ["33:40", "Left about 1am by taxi; rang Zara from the taxi."], ["41:00", "Questions: memory gaps; what was said in the app."],
        ["70:00", "Closure."]], layout=1), "23/09/2026", "ABE_SUMMARY")
    c.pdf("MG11 HANNA L.pdf", mg11_blocks(c, ("Lucy", "HANNA"), "23/09/2026", [
        "I am a Detective Constable in Wenmoor Constabulary and an ABE-trained interviewer.",
        "On Tuesday 22 September 2026 between 13:02 and 14:15 I interviewed Hollie BRANDT on video at the Saltley VRI "
        "suite. I produce the recording as exhibit LH/1."], style="niche", occupation="Police officer",
        sig="(Sgd) L. HANNA DC2604"), "23/09/2026", "MG11", "officer")
    c.pdf("QUILLIAM Z.pdf", mg11_blocks(c, ("Zara", "QUILLIAM"), "24/09/2026", [
        "Hollie BRANDT is my best friend; we trained as nurses together.",
        "At about twenty past one on Sunday 20 September 2026 Hollie rang me. She was slurring and crying. She said "
        "she was in a taxi and that the man from the app had 'had sex with me and I told him to stop'. She said she "
        "felt drugged.",
        "I stayed on the phone until she got home and told her to lock the door. I went round at 8am and told her to "
        "ring the police."], style="form", occupation="Staff nurse", sig="[signed]"), "24/09/2026", "MG11", "first_account")
    c.docx("PC OKORO statement.docx", mg11_blocks(c, ("Benjamin", "OKORO"), "20/09/2026", [
        "I am a police constable on response at Saltley. At 10:05 on Sunday 20 September 2026 I attended an address "
        "in Saltley to see Hollie BRANDT, who had reported a rape by 101.",
        "She told me she had met a man from a dating app, Stefan, the night before, that she thought her drink had "
        "been spiked, and that at his flat on Gorse Road he had sex with her after she told him to stop. She had not "
        "showered. I recorded her first account on my body-worn video, which I produce as BO/1.",
        "I took her to the Saltley SARC and handed over to DC HANNA at 12:00."], style="plain",
        occupation="Police constable 1734", sig="Signed: B. Okoro PC 1734"), "20/09/2026", "MG11", "officer", author="OKORO B")
    c.video("BO1 BWV 20-09-26.mp4", "BWV", 3, lambda t: ["PC1734  AXON", f"2026-09-20 10:1{int(t)}:22"], room_scene())
    c.pdf("Incident log SL 0930.pdf", incident_log_blocks(c, "NICHE OEL", "WM-26-092011", "20/09/2026 09:30", [
        ["09:30", "101 H 44", "Female reports rape last night by man from dating app; believes drink spiked. Alone at home."],
        ["09:38", "DISP 7", "Graded priority. PC 1734 OKORO."], ["10:05", "PC 1734", "On scene; BWV; first account. SARC."],
        ["12:00", "DC 2604", "RASSO taking on. Crime WM/26/24410."]]), "20/09/2026", "INCIDENT_LOG")
    c.pdf("MG12 (interim).pdf", mg12_blocks(c, [
        ["LH/1", "VRI recording of Hollie BRANDT, 22/09/2026", "DC HANNA", "With file (digital)"],
        ["BO/1", "BWV of PC OKORO, 20/09/2026 10:10-10:40", "PC OKORO", "With file (digital)"],
        ["SE/1-SE/3", "SARC swabs", "Dr Sunita EDGE (FME)", "Forensic store"],
        ["SE/4-SE/5", "Blood and urine for toxicology", "Dr Sunita EDGE (FME)", "Forensic store"]], "08/10/2026", oic,
        "(suspect not yet charged) Stefan KOVAC"), "08/10/2026", "MG12")
    c.finish(0, [], ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "outstanding_dated",
                     "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
                     "officer_statement", "signed", "multimedia", "exhibits", "special_measures", "victim_care",
                     "dig_dpn", "dig_prop", "files_readable", "one_urn"])
    return c


# =============================================================================== CASE 07 (faulty)
def case07(out):
    c = Case(out, "TW0845126 HOLLIS resubmission", "61TW0845126", "Severnvale Police", seed=707)
    oic = "DC 2090 Sean O'DOWD"
    D = "Ryan FAIRCLOUGH"
    hdr = [("URN", c.urn), ("Suspect", "FAIRCLOUGH, Ryan (25)"), ("Offence", "Rape, s.1 Sexual Offences Act 2003"),
           ("Date of offence", "06/06/2026"), ("OIC", f"{oic}, Tewford CID - 01632 960290 - sean.odowd@severnvale.police.example")]
    sections = [
        ("Decision sought", ["Full Code Test."]),
        ("Summary", [
            "Jade HOLLIS (22) and Ryan FAIRCLOUGH (25) work at the same distribution warehouse. After a staff night out "
            "on Friday 5 June 2026 he walked her home to her flat in Tewford and asked to use the toilet. She says that on "
            "the sofa he kissed her, she said she was tired and wanted him to go, and he pulled her leggings down and "
            "raped her while she said no and tried to push him off. He left at about 02:00.",
            "When her flatmate came home at about 09:00 she found Jade crying on the sofa, and Jade told her what had "
            "happened. Later that morning Jade phoned her mother, Angela HOLLIS. She reported it by 101 at 14:00 and "
            "PC 1408 DIMMOCK attended."]),
        ("Key evidence", ["ABE (JF/1) with index; first complaint to her flatmate and to her mother; PC DIMMOCK; "
                          "Dr HART (SARC); the suspect's interview."]),
        ("Lines of enquiry", [
            "Completed: ABE; SARC; toxicology submitted; house-to-house in her block (PC NOLAN); work colleagues at the "
            "night out (four seen; they saw the two leave together, nothing more - MG6C); arrest and interview; "
            "suspect's phone examined (no messages between them after 05/06/2026 other than his 'you ok?' on 06/06/2026).",
            "Lines pointing away from him: whether they had been flirting during the evening (colleagues say they were "
            "chatting but not flirting); her level of intoxication (toxicology); any previous relationship (both say none).",
            "Not pursued: her phone - she did not want her phone examined and it has not been; the suspect does not say "
            "any message from her is relevant, and there is no basis for it. No third-party records have been sought."]),
        ("Suspect's account", ["Interviewed 08/06/2026: intercourse admitted; says it was consensual, she kissed him first "
                               "and 'was up for it'. Defence: consent."]),
        ("Bail", ["Conditional bail to 08/12/2026: no contact with Jade HOLLIS directly or indirectly; not to attend "
                  "the warehouse on her shifts (arranged with the employer)."]),
        ("Outstanding", ["Toxicology (IH/4) - target date 31/07/2026. Statement of her flatmate - target 15/07/2026. "
                         "DNA not submitted: intercourse is admitted (decision of DS MORGAN, 09/06/2026)."]),
        ("Victim care", [
            "Special measures: she wants ABE as evidence-in-chief and screens, and would like s.28 pre-recorded "
            "cross-examination; no intermediary needed (no communication needs).",
            "Needs: no interpreter; contact by phone after 16:00. ISVA referral 07/06/2026 (Severnvale SARC ISVA service, "
            "ISVA Beth MORRIS). VPS offered 08/06/2026 - she made a VPS on 20/06/2026, held by the OIC.",
            "She consented at the SARC on 06/06/2026 to release of the SARC records to police and CPS."]),
        ("Early advice", ["Not sought: suspect identified and interviewed within 48 hours, issue is consent only; "
                          "decision recorded by DS MORGAN on 09/06/2026."]),
    ]
    endorse = [("Supervisor", "DS 1301 Carys MORGAN"), ("Endorsed", "Yes"), ("Date", "30/06/2026")]
    c.pdf("MG3 HOLLIS 300626.pdf", mg3_blocks(c, ("MG3", "Report to Crown Prosecutor for Charging Decision"), hdr, sections,
                                              endorse), "30/06/2026", "MG3")
    c.pdf("CPS action plan 200826.pdf", action_plan_blocks(c, "Severnvale RASSO", "Priti VAS", "priti.vas@cps.example",
                                                           "01632 960519", "20/08/2026", D, "Action plan - decision deferred", [
        ["1", "Statement from the complainant's flatmate (first complaint at about 09:00 on 06/06/2026).", "s.120 CJA 2003.", "30/09/2026"],
        ["2", "Statement from the officer who did the house-to-house in her block.", "Neighbours may have heard something.", "30/09/2026"],
        ["3", "Toxicology result.", "Intoxication is relevant.", "30/09/2026"],
        ["4", "PNC results for civilian witnesses.", "Rebuttable presumption.", "30/09/2026"],
        ["5", "MG6D or nil return.", "Schedules.", "30/09/2026"]], "30/09/2026"), "20/08/2026", "ACTION_PLAN")
    c.docx("MG3A HOLLIS.docx", [
        ("p", "OFFICIAL-SENSITIVE when complete"), ("title", "MG3A  Further report to Crown Prosecutor"),
        ("kv", [("URN", c.urn), ("Suspect", D), ("Responding to", "Action plan 20/08/2026, Priti VAS"), ("Decision sought", "Full Code Test"),
                ("OIC", "DC 2090 O'DOWD, 01632 960290, sean.odowd@severnvale.police.example")]),
        ("table", ["No.", "Action", "Response"], [
            ["1", "Flatmate's statement", "Obtained 03/10/2026 from Sasha REID, the flatmate - now attached."],
            ["2", "House-to-house officer", "Statement of PC 2871 NOLAN now attached. No neighbour heard anything."],
            ["3", "Toxicology", "Result received 02/09/2026 - SFR1 attached."],
            ["4", "Witness PNCs", "Attached."], ["5", "MG6D", "Nil return attached."]]),
        ("p", "All five actions are complete. Nothing is outstanding."),
        ("p", "Supervisor: DS 1301 MORGAN - endorsed 06/10/2026")], "06/10/2026", "MG3A", author="ODOWD S")
    c.video("JF1 ABE HOLLIS.mp4", "ABE_RECORDING", 3, abe_lines("TEWFORD ABE SUITE", "08/06/2026", ("09", "45", "00")), abe_scene())
    c.pdf("JF1 index.pdf", abe_summary_blocks(c, "Jade HOLLIS", "JF/1", "08/06/2026, Tewford ABE suite", "09:45", "10:50",
                                              "DC 777 Joe FALLON", [
        ["00:00", "Introductions."], ["05:10", "Night out; he offered to walk her home."],
        ["15:30", "In the flat he asked to use the toilet; then sat by her on the sofa; kissed her; she said she wanted him to go."],
        ["22:00", "He pulled her leggings down, held her down; she said no and pushed him; intercourse."],
        ["35:40", "He left about 2am. Flatmate came in about 9; she told her. Rang mum."], ["60:00", "Closure."]]),
          "09/06/2026", "ABE_SUMMARY")
    c.pdf("FALLON J.pdf", mg11_blocks(c, ("Joseph", "FALLON"), "09/06/2026", [
        "I am a Detective Constable and ABE-trained. On Monday 8 June 2026 from 09:45 to 10:50 I interviewed Jade HOLLIS "
        "on video at the Tewford ABE suite. I produce the recording as JF/1. A plan was prepared and is retained."],
        style="form", occupation="Police officer", sig="[signed]"), "09/06/2026", "MG11", "officer")
    c.pdf("HOLLIS A (mother).pdf", mg11_blocks(c, ("Angela", "HOLLIS"), "10/06/2026", [
        "I am Jade's mother. At about 11:30 on Saturday 6 June 2026 Jade rang me. She was sobbing. She said that Ryan "
        "from work had walked her home and 'did it to me when I said no'. I told her to ring the police and said I "
        "would come over, which I did that afternoon."], style="niche", occupation="Retail manager",
        sig="(Sgd) A. Hollis"), "10/06/2026", "MG11", "first_account")
    c.scan("PNB DIMMOCK 060626.pdf", pnb_blocks(c, "Severnvale Police", "1408/09", "31",
        "Sat 06/06/26 14:25 - Jade HOLLIS (22) at her flat, Tewford", [
        "Account in her words: 'Ryan from work walked me home. He asked to use the loo. On the sofa he kissed me and I "
        "said I wanted him to go. He pulled my leggings down and did it. I said no. He went about 2.'",
        "Flatmate Sasha present at start - states Jade told her this morning. Mother informed by phone.",
        "Not showered. SARC booked 16:00."], "J. Hollis", "PC 1408 K. DIMMOCK  14:50", "KD/1"), "06/06/2026", None, pagefmt=None)
    c.pdf("DIMMOCK K 1408.pdf", mg11_blocks(c, ("Kerry", "DIMMOCK"), "06/06/2026", [
        "I am a police constable at Tewford. At 14:25 on 6 June 2026 I attended Jade HOLLIS's flat after her 101 call. "
        "She told me that a man from work, Ryan, had raped her on her sofa at about half one that morning after "
        "walking her home. I recorded her account in my pocket notebook (KD/1) and arranged the SARC."],
        style="plain", occupation="Police constable 1408", sig="Signed: K. Dimmock PC1408"), "06/06/2026", "MG11", "officer")
    # planted: unsigned, undated statement (typed, not signed)
    c.docx("NOLAN house to house MG11.docx", mg11_blocks(c, ("Gary", "NOLAN"), "", [
        "I am a police constable at Tewford. On 7 June 2026 between 10:00 and 12:30 I carried out house-to-house "
        "enquiries at the block of flats where Jade HOLLIS lives, 14 flats in all.",
        "I spoke to occupants at 9 flats. Nobody had seen or heard anything between midnight and 3am on 6 June 2026. "
        "At 5 flats there was no reply and I left cards; nobody has called back. I recorded each visit on a pro-forma."],
        style="form", occupation="Police constable 2871", sig="blank"), "05/10/2026", "MG11", "officer", author="NOLAN G")
    c.pdf("HART I FME.pdf", mg11_blocks(c, ("Imogen", "HART"), "20/06/2026", [
        "I am a forensic physician at the Severnvale SARC. On 6 June 2026 at 16:00 I examined Jade HOLLIS with her "
        "consent, including consent to release my notes and findings to police and CPS.",
        "I found a 2 cm bruise on the left inner thigh and a small abrasion at the posterior fourchette. These are "
        "consistent with her account but do not establish absence of consent. I took swabs IH/1-IH/3 and blood and "
        "urine (IH/4)."], style="form", occupation="Forensic physician", sig="[signed]", expert=True),
          "20/06/2026", "MG11", "expert")
    c.pdf("MG11 O'DOWD.pdf", mg11_blocks(c, ("Sean", "O'DOWD"), "10/06/2026", [
        "I am the officer in the case. On 8 June 2026 I arrested Ryan FAIRCLOUGH and seized his phone (SO/1). I "
        "interviewed him with his solicitor present; I produce the recording as SO/2."],
        style="niche", occupation="Police officer", sig="(Sgd) S. O'Dowd"), "10/06/2026", "MG11", "officer")
    c.pdf("SFR1 tox HOLLIS.pdf", [("title", "SFR1 - Toxicology"), ("kv", [("URN", c.urn), ("Item", "IH/4 blood and urine"), ("Date", "02/09/2026")]),
                                  ("p", "Blood alcohol 21 mg/100 ml at 16:20 on 06/06/2026; back-calculated range at 01:30: 110-160 mg/100 ml. No drugs detected.")],
          "02/09/2026", "FORENSIC")
    c.pdf("ROTI FAIRCLOUGH.pdf", roti_blocks(c, "Ryan FAIRCLOUGH", "08/06/2026", "Tewford custody", "11:05", "11:48",
                                             "DC O'DOWD, DC FALLON, Mr Lee BARNES (solicitor)", "SO/2", [
        ["00:00", "DC O'DOWD", "Caution."], ["02:30", "FAIRCLOUGH", "She kissed me first. She was up for it."],
        ["10:00", "DC O'DOWD", "Did she say no?"], ["10:05", "FAIRCLOUGH", "No."], ["41:00", "DC O'DOWD", "Anything else? - No."]]),
          "09/06/2026", "ROTI")
    c.pdf("PNC FAIRCLOUGH.pdf", pnc_blocks(c, "FAIRCLOUGH, Ryan", "19/10/2000", "18/0771902D", [], "08/06/2026", "PS 55 GRIFFIN"), "08/06/2026", "PNC")
    c.pdf("Witness PNC HOLLIS.pdf", witness_pnc_blocks(c, [["Jade HOLLIS", "Complainant", "No trace"], ["Angela HOLLIS", "First complaint (mother)", "No trace"],
                                                          ["Sasha REID", "First complaint (flatmate)", "No trace"]], "02/10/2026", "DC 2090 O'DOWD"),
          "02/10/2026", "PNC")
    c.pdf("Incident 1400.pdf", incident_log_blocks(c, "SmartStorm", "SV-260606-0388", "06/06/2026 14:00", [
        ["14:00", "101 H 9", "Female reports she was raped at her flat about 01:30 by a work colleague 'Ryan'. Flatmate with her."],
        ["14:10", "DISP 4", "PC 1408 DIMMOCK."], ["14:25", "PC 1408", "On scene; first account (PNB). SARC booked 16:00."]]), "06/06/2026", "INCIDENT_LOG")
    c.pdf("Crime SV-26-9120.pdf", crime_report_blocks(c, "SV/26/9120", [
        ("Offence", "Rape of female 16+"), ("Victim", "Jade HOLLIS, 22, White British"), ("Suspect", "Ryan FAIRCLOUGH, 25"),
        ("First complaint", "Flatmate approx 09:00 06/06/2026; mother by phone 11:30; PC DIMMOCK 14:25 (PNB)")],
        [["06/06/2026", "PC DIMMOCK", "SARC; consent to release signed."], ["07/06/2026", "DC O'DOWD", "ISVA referral accepted."],
         ["08/06/2026", "DC O'DOWD", "ABE; arrest; interview; bail. VPS offered."], ["20/08/2026", "DC O'DOWD", "CPS action plan (5)."]]),
          "06/06/2026", "CRIME_REPORT")
    c.pdf("MG6C HOLLIS.pdf", mg6c_blocks(c, [
        "SmartStorm incident log SV-260606-0388 (copy with file)", "Crime report SV/26/9120 (copy with file)",
        "ABE interview plan, DC FALLON, 07/06/2026",
        "House-to-house pro-formas, 14 flats, PC NOLAN, 07/06/2026", "Officer's notes of four colleagues at the night out, 15/06/2026",
        "Custody record of FAIRCLOUGH 08/06/2026", "Extraction report of suspect's phone SO/1 (DMIU)"], oic, "06/10/2026", D),
          "06/10/2026", "MG6C")
    c.pdf("MG6D nil HOLLIS.pdf", mg6d_blocks(c, [], oic, "06/10/2026", D), "06/10/2026", "MG6D")
    c.pdf("MG12 HOLLIS.pdf", mg12_blocks(c, [["JF/1", "ABE recording", "DC FALLON", "With file"],
                                             ["KD/1", "PNB entry, first account 06/06/2026", "PC DIMMOCK", "With file (scan)"], ["IH/1-IH/3", "Swabs", "Dr HART", "Store"],
                                             ["IH/4", "Blood and urine", "Dr HART", "Lab"], ["SO/1", "Suspect's phone", "DC O'DOWD", "Store"],
                                             ["SO/2", "Interview recording", "DC O'DOWD", "Store"]], "06/10/2026", oic, D), "06/10/2026", "MG12")
    c.finish(1, ["key_statements", "signed"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
              "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "officer_statement",
              "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
              "schedule_descriptions", "rebuttable_presumption", "outstanding_dated", "dig_dpn", "dig_prop",
              "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
              "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


def corridor_scene():
    return {"bg": (120, 110, 95), "rects": [((100, 0, 220, 240), (160, 150, 130)), ((100, 200, 220, 240), (90, 40, 40)),
                                            ((225, 60, 260, 170), (70, 50, 30))],
            "mover_x": 140, "mover_y": 60, "speed": 1.0, "mover": (40, 40, 60)}


# =============================================================================== CASE 08 (faulty)
def case08(out):
    c = Case(out, "BC0918226_MARSH_resub", "43BC0918226", "Northmarch Police", seed=808)
    oic = "DC 1822 Naomi BELL"
    D = "Craig HOLDEN"
    contact = "DC 1822 Naomi BELL, Bancroft CID - 01632 960182 - naomi.bell@northmarch.police.example"
    hdr = [("URN", c.urn), ("Suspect", "HOLDEN, Craig Anthony (38)"), ("Offence", "Rape (s.1 SOA 2003)"),
           ("Date", "07/12/2025"), ("OIC", contact)]
    sections = [
        ("Decision sought", ["Full Code Test."]),
        ("Summary", [
            "Leanne MARSH (34) and Craig HOLDEN (38) work for the same insurance firm. At the firm's Christmas party at the "
            "Bancroft Grange Hotel on 6 December 2025 both had rooms on the second floor. She says that at about 01:15 he "
            "knocked on her door saying he had lost his key card and needed to ring reception; once inside he pushed her on "
            "to the bed and raped her. He left at about 01:50.",
            "She drove home the next morning and told her partner what had happened. She reported to police by 101 on "
            "8 December. PC 3321 SELBY took her first account. She chose to give a written statement rather than a "
            "video-recorded interview."]),
        ("Evidence", ["Her MG11; her partner (first complaint); PC SELBY; hotel corridor CCTV (GP/1) and key-card log "
                      "(GP/2) through the security manager; Dr RENTON (SARC, 08/12/2025)."]),
        ("Lines of enquiry", [
            "Done: written statement; SARC; hotel CCTV and key-card records; colleagues at the party (six seen: they saw "
            "him leave the bar at 01:05, nothing else - MG6C); arrest and interview; his phone examined.",
            "Pointing away: he says she messaged him on WhatsApp inviting him to her room; his phone shows a message from "
            "her at 00:58 ('which room are u in?') - her account is that she was asking because colleagues were going to "
            "a room party; the hotel records show his key card worked at 00:40, which may undermine his 'lost key' "
            "account or may not (cards can be re-issued). Both are disclosed.",
            "Not pursued: third-party records - no basis."]),
        ("Suspect's account", ["Interviewed 10/12/2025: intercourse admitted; says she invited him by message and it was "
                               "consensual. Defence: consent."]),
        ("Bail", ["Conditional bail: not to contact Leanne MARSH; the employer has moved him to another office."]),
        ("Outstanding", ["None: DNA not submitted (intercourse admitted - decision DS WARD 11/12/2025)."]),
        ("Victim care", [
            "Special measures: MG2 attached - screens; she would like s.28 pre-recorded cross-examination; no "
            "intermediary needed. Needs: no interpreter; e-mail contact. ISVA referral 08/12/2025 (Bancroft SV Hub). "
            "VPS offered 09/12/2025 - she will make one after the decision.",
            "SARC consent to release of records signed 08/12/2025 (Dr RENTON's statement)."]),
        ("Early advice", ["Not sought - suspect admitted intercourse at interview; issue consent (DS WARD)."]),
    ]
    endorse = [("Supervisor", "DS 2200 Phil WARD"), ("Date", "20/05/2026")]
    c.pdf("MG3 MARSH.pdf", mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), hdr, sections, endorse),
          "20/05/2026", "MG3")
    c.pdf("Action plan CPS 140726.pdf", action_plan_blocks(c, "Northmarch RASSO Unit", "Simon ASKEW", "simon.askew@cps.example",
                                                           "01632 960733", "14/07/2026", D, "Action plan", [
        ["1", "The suspect relies on WhatsApp messages with the complainant on 6-7/12/2025. Obtain the exchange between them from her side.", "Completeness of the exchange.", "31/08/2026"],
        ["2", "Provide the hotel corridor CCTV with a producing statement.", "Evidence.", "31/08/2026"],
        ["3", "Provide the key-card log.", "Tests the 'lost key' account.", "31/08/2026"],
        ["4", "PNC for civilian witnesses.", "Disclosure.", "31/08/2026"]], "31/08/2026"), "14/07/2026", "ACTION_PLAN")
    c.pdf("MG3A MARSH 280826.pdf", [
        ("small", "OFFICIAL-SENSITIVE when complete"), ("p", "MG3A"), ("title", "FURTHER REPORT TO CROWN PROSECUTOR"),
        ("kv", [("URN", c.urn), ("Suspect", D), ("OIC", contact), ("Decision sought", "Full Code Test"), ("Previous advice", "Simon ASKEW 14/07/2026")]),
        ("table", ["No.", "Action", "Response"], [
            ["1", "WhatsApp exchange from her side", "Leanne handed her iPhone in at Bancroft front counter on 22/07/2026 and signed the property receipt. A full download of the handset was carried out by the DFU (all data). The extraction report is attached; the chat with the suspect is at the section headed 'WhatsApp - Craig H'. It matches his phone."],
            ["2", "Hotel CCTV", "Attached (GP/1) with the statement of Gordon PEARCE, security manager."],
            ["3", "Key-card log", "Attached (GP/2)."], ["4", "Witness PNCs", "Attached - all no trace."]], [6, 24, 70]),
        ("p", "No enquiries remain outstanding."), ("p", "Endorsed DS 2200 WARD 28/08/2026")], "28/08/2026", "MG3A")
    c.pdf("DFU request 220726.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("title", "Digital Forensic Unit - examination request"),
        ("kv", [("URN", c.urn), ("Exhibit", "NB/3 - Apple iPhone 13 belonging to Leanne MARSH (complainant)"),
                ("Requested by", "DC 1822 BELL, 22/07/2026"), ("Priority", "Standard")]),
        ("h", "Examination required"), ("p", "Full download - all data."),
        ("h", "Reason"), ("p", "CPS action plan. To check the handset for anything relevant to the investigation and to the "
                               "complainant's credibility.")], "22/07/2026", None)
    c.pdf("NB3 extraction report.pdf", [
        ("title", "DFU Extraction Report - NB/3"),
        ("kv", [("URN", c.urn), ("Device", "Apple iPhone 13 (complainant)"), ("Extraction", "Full file system, 24/07/2026"),
                ("Items", "48,113 (messages 21,402; images 9,880; call log 3,119; location points 6,004; web history 7,708)")]),
        ("h", "WhatsApp - Craig H"), ("table", ["Time", "From", "Message"], [
            ["06/12/2025 23:12", "Craig H", "great speech earlier"], ["07/12/2025 00:58", "Leanne", "which room are u in?"],
            ["07/12/2025 01:02", "Craig H", "214. why"], ["07/12/2025 01:03", "Leanne", "sal said theres a party in someones room"],
            ["07/12/2025 09:40", "Craig H", "hope ur ok. last night was a mistake"]], [22, 16, 62]),
        ("p", "Full extraction available to the OIC on the DFU review platform.")], "24/07/2026", "DIGITAL_EXTRACT")
    c.pdf("Statement Leanne MARSH.pdf", mg11_blocks(c, ("Leanne", "MARSH"), "09/12/2025", [
        "I have been offered a video-recorded interview and I have chosen to make a written statement.",
        "I work as a claims handler. On Saturday 6 December 2025 I went to the work Christmas party at the Bancroft Grange "
        "Hotel and had a room, 221, on the second floor. I know Craig HOLDEN from work; he is a team leader in another team.",
        "At about one I messaged Craig asking which room he was in because Sally had said people were going to a room "
        "party. He said 214. I decided not to go and went to bed.",
        "At about quarter past one there was a knock. It was Craig. He said he'd lost his key card and needed to use my "
        "phone to ring reception. I let him in.",
        "PB",
        "He pushed me backwards on to the bed and got on top of me. I said 'Craig, no, get off'. He pulled my pyjama "
        "shorts aside and had sex with me. I kept saying no and tried to push his shoulders. He left at about ten to two.",
        "In the morning I drove home and told my partner, Dean.",
        "At 09:40 Craig messaged me 'hope ur ok. last night was a mistake'."],
        style="form", occupation="Claims handler", sig="[signed]"), "09/12/2025", "MG11", "complainant")
    c.docx("Dean CARTWRIGHT.docx", mg11_blocks(c, ("Dean", "CARTWRIGHT"), "10/12/2025", [
        "I live with my partner Leanne MARSH. On Sunday 7 December 2025 she came home from her work party at about 11am. "
        "She went straight upstairs and I found her sitting on the bed crying.",
        "She told me that a man from work called Craig had come to her hotel room saying he'd lost his key, and had "
        "pushed her on the bed and had sex with her while she told him no. I wanted to call the police straight away; "
        "she needed a day to think. She rang them on the Monday."], style="niche", occupation="Electrician",
        sig="Signed: D. Cartwright"), "10/12/2025", "MG11", "first_account")
    c.pdf("SELBY A statement.pdf", mg11_blocks(c, ("Amy", "SELBY"), "08/12/2025", [
        "I am a police constable at Bancroft. At 10:30 on Monday 8 December 2025 I attended Leanne MARSH's home after her "
        "101 report. She told me that a colleague, Craig HOLDEN, had come to her hotel room at the Bancroft Grange in the "
        "early hours of Sunday and raped her. I recorded her first account in my notebook (AS/1) and arranged the SARC."],
        style="plain", occupation="Police constable 3321", sig="Signed: A. SELBY PC 3321"), "08/12/2025", "MG11", "officer")
    c.photo("PNB SELBY 081225.jpg", pnb_blocks(c, "Northmarch Police", "3321/07", "40",
        "Mon 08/12/25 10:30 - Leanne MARSH at home address", [
        "Partner Dean present in house, not in room.",
        "Account in her words: 'Craig HOLDEN from work came to my room about quarter past one. Said he'd lost his key. "
        "He pushed me on the bed and had sex with me. I said no, get off.'",
        "Bancroft Grange Hotel, room 221. Left about 01:50. Has showered. SARC req."], "L. Marsh", "PC 3321 A. SELBY 10:52", "AS/1"),
        None, angle=-2.2, pt=11, pagefmt=None)
    c.scan("scan0007.pdf", mg11_blocks(c, ("Gordon", "PEARCE"), "12/08/2026", [
        "I am the security manager at the Bancroft Grange Hotel and I manage the CCTV and door-access systems.",
        "At the request of DC BELL I copied footage from the second-floor corridor camera for 01:10 to 01:55 on 7 December "
        "2025, which had been preserved at police request on 9 December 2025. The clock was correct. I produce the "
        "relevant clip, 01:13:00 to 01:16:00 and 01:48:00 to 01:51:00, as exhibit GP/1.",
        "I also produce the key-card access log for rooms 214 and 221, 6-7 December 2025, as exhibit GP/2. It shows the "
        "card for room 214 opened that door at 00:40 and no re-issue of a card for room 214 that night."],
        style="form", occupation="Hotel security manager", sig="hand", witnessed=""), "12/08/2026", "MG11", "witness")
    c.video("GP1 corridor 2F 0113-0116.mp4", "CCTV", 4, lambda t: ["GRANGE 2F CORR CAM 04", f"07/12/2025 01:13:{int(t) * 3:02d}"],
            corridor_scene(), audio=False)
    c.pdf("GP2 key card log.pdf", [("title", "Exhibit GP/2 - door access log"), ("p", f"URN {c.urn}. Bancroft Grange Hotel, rooms 214 and 221"),
                                   ("table", ["Time", "Door", "Card", "Result"], [["06/12/2025 18:02", "221", "221-A", "Open"],
                                    ["06/12/2025 18:40", "214", "214-A", "Open"], ["07/12/2025 00:40", "214", "214-A", "Open"],
                                    ["07/12/2025 01:15", "221", "-", "(no card event - door opened from inside)"]], [24, 12, 14, 50])],
          "12/08/2026", None)
    c.pdf("RENTON FME.pdf", mg11_blocks(c, ("Paul", "RENTON"), "15/12/2025", [
        "I am a forensic physician at Bancroft SARC. On 8 December 2025 at 14:00 I examined Leanne MARSH with her written "
        "consent, which included consent to release my notes to police and CPS. There were two small bruises on the "
        "left upper arm. No genital injury, which is common. Swabs PR/1-PR/3 taken."], style="niche",
        occupation="Forensic physician", sig="(Sgd) Dr P Renton", expert=True), "15/12/2025", "MG11", "expert")
    c.docx("BELL N MG11.docx", mg11_blocks(c, ("Naomi", "BELL"), "25/07/2026", [
        "I am the officer in the case. On 10 December 2025 I arrested Craig HOLDEN and seized his phone (NB/1); I "
        "interviewed him with his solicitor present (recording NB/2).",
        "On 22 July 2026 Leanne MARSH handed her iPhone 13 in at the Bancroft front counter. I booked it in as NB/3 and "
        "submitted it to the Digital Forensic Unit for a full download, which was completed on 24 July 2026. The phone "
        "was returned to her on 5 August 2026."], style="form", occupation="Police officer", sig="[signed]"),
           "25/07/2026", "MG11", "officer", author="BELL N")
    c.pdf("ROTI HOLDEN.pdf", roti_blocks(c, "Craig Anthony HOLDEN", "10/12/2025", "Bancroft custody", "10:20", "11:05",
                                         "DC BELL, DC REES, Ms Anna PIKE (solicitor)", "NB/2", [
        ["00:00", "DC BELL", "Caution."], ["02:00", "HOLDEN", "She messaged me asking my room. I went to hers. She let me in; we had sex; she wanted to."],
        ["15:20", "DC BELL", "You told her you'd lost your key card."], ["15:30", "HOLDEN", "I said that as a joke."],
        ["43:00", "DC BELL", "Anything else? - No."]]), "11/12/2025", "ROTI")
    c.pdf("PNC HOLDEN.pdf", pnc_blocks(c, "HOLDEN, Craig Anthony", "03/05/1987", "05/0911234T", [], "10/12/2025", "PS 8 DEAN", layout=1),
          "10/12/2025", "PNC")
    c.pdf("PNC civ witnesses.pdf", witness_pnc_blocks(c, [["Leanne MARSH", "Complainant", "No trace"], ["Dean CARTWRIGHT", "First complaint (partner)", "No trace"],
                                                         ["Gordon PEARCE", "Witness (hotel)", "No trace"]], "20/08/2026", "DC 1822 BELL"), "20/08/2026", "PNC")
    c.pdf("MG2 MARSH.pdf", mg2_blocks(c, "Leanne MARSH", [("Eligibility", "s.17(4) complainant of a sexual offence"),
                                                           ("Measures", "Screens; s.28 pre-recorded cross-examination - she wants it"),
                                                           ("Intermediary", "Not needed"), ("Needs", "No interpreter; e-mail contact")],
                                      "09/12/2025", oic), "09/12/2025", "MG2")
    c.pdf("Incident BC 1012.pdf", incident_log_blocks(c, "NMP Command & Control", "BC-1208-0121", "08/12/2025 10:02", [
        ["10:02", "101 H 31", "Female reports rape at work party at Bancroft Grange Hotel early Sunday by colleague."],
        ["10:30", "PC 3321", "At home address. First account obtained (PNB AS/1)."], ["11:15", "PC 3321", "SARC booked 14:00. CID."]]),
          "08/12/2025", "INCIDENT_LOG")
    c.pdf("Crime BC-25-11934.pdf", crime_report_blocks(c, "BC/25/11934", [
        ("Offence", "Rape of female 16+"), ("Victim", "Leanne MARSH, 34, White British"), ("Suspect", "Craig HOLDEN, 38"),
        ("First complaint", "Partner Dean CARTWRIGHT 07/12/2025 11:00; PC SELBY 08/12/2025 10:30")],
        [["08/12/2025", "DC BELL", "SARC; consent to release. ISVA referral."], ["09/12/2025", "DC BELL", "MG11 (VRI declined). VPS offered."],
         ["10/12/2025", "DC BELL", "Arrest, interview, bail."], ["22/07/2026", "DC BELL", "Complainant's phone received; DFU full download."]]),
          "08/12/2025", "CRIME_REPORT")
    c.pdf("MG6C MARSH.pdf", mg6c_blocks(c, [
        "Incident log BC-1208-0121 (copy with file)", "Crime report BC/25/11934 (copy with file)",
        "Officer's notes of six colleagues at the party, 12/12/2025 (saw HOLDEN leave the bar at 01:05)",
        "Full extraction of complainant's iPhone NB/3, DFU, 24/07/2026", "Full extraction of suspect's phone NB/1, DFU",
        "Custody record HOLDEN 10/12/2025", "Hotel preservation request 09/12/2025 and e-mails with security manager"], oic, "28/08/2026", D),
          "28/08/2026", "MG6C")
    c.pdf("MG6D MARSH.pdf", mg6d_blocks(c, [], oic, "28/08/2026", D), "28/08/2026", "MG6D")
    c.pdf("MG12 MARSH.pdf", mg12_blocks(c, [["AS/1", "PNB first account", "PC SELBY", "With file (photo)"],
                                            ["GP/1", "Corridor CCTV clip", "Gordon PEARCE", "With file (digital)"],
                                            ["GP/2", "Door access log", "Gordon PEARCE", "With file"], ["PR/1-PR/3", "Swabs", "Dr RENTON", "Store"],
                                            ["NB/1", "Suspect's phone", "DC BELL", "Store"], ["NB/2", "Interview recording", "DC BELL", "Store"],
                                            ["NB/3", "Complainant's iPhone 13 (returned)", "DC BELL", "Returned 05/08/2026"]], "28/08/2026", oic, D),
          "28/08/2026", "MG12")
    c.finish(1, ["dig_dpn", "dig_prop"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
              "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
              "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
              "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "multimedia",
              "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"])
    return c


# =============================================================================== CASE 09 (faulty)
def case09(out):
    c = Case(out, "RM0127326 WHEATLEY - GK return answered", "62RM0127326", "Dunholt Constabulary", seed=909)
    oic = "DC 640 Brendan COYLE"
    D = "Paul ROWNTREE"
    contact = "DC 640 COYLE, Ravensmoor CID, 01632 960640, brendan.coyle@dunholt.police.example"
    hdr = [("URN", c.urn), ("Suspect", "ROWNTREE, Paul (45)"), ("Offence", "Rape, s.1 SOA 2003"), ("Date", "14/04/2026"),
           ("OIC", "DC 640 Brendan COYLE, Ravensmoor CID")]
    sections = [
        ("Decision sought", ["Full code test."]),
        ("Summary", [
            "Tanya WHEATLEY (41) lives alone in Ravensmoor. Her neighbour Paul ROWNTREE (45) offered to look at her boiler "
            "on Tuesday 14 April 2026. At about 11:00, in her kitchen, he tried to kiss her; she says she told him to "
            "leave, he pushed her into the bedroom and raped her on the bed. He left at about 11:40.",
            "At 12:30 she rang her best friend, Michelle ADDO, and told her. She rang 999 at 13:10. PC 2555 MISTRY "
            "attended. She was examined at the SARC that afternoon and interviewed on video on 16/04/2026 (IK/1)."]),
        ("Lines of enquiry", [
            "Done: ABE; SARC; house-to-house; Michelle ADDO; suspect arrested, interviewed, phone examined (no contact "
            "with her other than a text on 13/04/2026 arranging the boiler visit).",
            "Pointing away: he says they had a brief affair in 2025 (she denies it; nothing on his phone supports it); "
            "his wife says he was home by 11:30 (recorded on MG6C and MG6E - she declined a statement).",
            "Not pursued: her phone - she did not want it examined and it has not been; the only message is on his phone."]),
        ("Suspect's account", ["Interview 15/04/2026: denies any sexual contact that day; says he fixed the boiler and "
                               "left by 11:30; says they had a brief consensual affair in 2025. Defence: denial / "
                               "fabrication."]),
        ("Bail", ["Conditional bail to 15/10/2026, extended to 15/01/2027: not to contact her; not to enter her front "
                  "garden or knock on her door; to reside at his address (next door but one)."]),
        ("Outstanding", ["None. DNA result received 20/05/2026 (SFR1 attached): semen on swabs matches ROWNTREE."]),
        ("Victim care", [
            "MG2 attached: ABE as evidence-in-chief, screens; she would like s.28 pre-recorded cross-examination. No "
            "intermediary needed. No interpreter. ISVA referral 14/04/2026 (Dunholt Rape Crisis). VPS offered "
            "16/04/2026 - made 30/04/2026. Consent to release SARC notes signed 14/04/2026."]),
        ("Early advice", ["Not sought: the investigation was complete within five weeks; DS ROY decided it was not needed."]),
    ]
    endorse = [("Supervisor", "DS 77 Fraser ROY"), ("Date", "01/07/2026")]
    c.pdf("MG3 WHEATLEY v1.pdf", mg3_blocks(c, ("MG3", "Report to Crown Prosecutor for Charging Decision"), hdr, sections, endorse),
          "01/07/2026", "MG3")
    c.pdf("Gatekeeper review ROWNTREE.pdf", [
        ("small", "OFFICIAL-SENSITIVE"), ("h", "Dunholt Constabulary - RASSO gatekeeping"),
        ("title", "FILE RETURNED - NOT SUBMITTED TO CPS"),
        ("kv", [("URN", c.urn), ("Suspect", D), ("OIC", "DC 640 COYLE"), ("Reviewed by", "DS 915 Ian CARVER, gatekeeper"),
                ("Date", "07/09/2026"), ("Resubmit by", "21/09/2026")]),
        ("table", ["Ref", "Issue found", "Needed"], [
            ["1", "The ABE (IK/1) is referred to but is not in the file - only the DVD number is given.", "Upload the recording as a playable digital file."],
            ["2", "No MG6C.", "Complete an MG6C describing each item."],
            ["3", "No statement from Michelle ADDO (first complaint).", "Obtain and attach."],
            ["4", "No PNC checks on civilian witnesses.", "Attach."],
            ["5", "OIC phone and e-mail not on MG3.", "Add."]], [6, 54, 40]),
        ("sig", "DS 915 I. CARVER  07/09/2026")], "07/09/2026", "ACTION_PLAN")
    c.docx("MG3A WHEATLEY 210926.docx", [
        ("p", "OFFICIAL-SENSITIVE when complete"), ("title", "MG3A - FURTHER REPORT"),
        ("kv", [("URN", c.urn), ("Suspect", D), ("Responding to", "Gatekeeper review DS CARVER 07/09/2026"),
                ("Decision sought", "Full code test"), ("OIC", contact)]),
        ("table", ["Ref", "Response"], [
            ["1", "Done - ABE IK/1 uploaded as 'ABE_WHEATLEY_IK1.mp4'."], ["2", "MG6C completed - attached."],
            ["3", "Statement of Michelle ADDO obtained 15/09/2026 - attached."], ["4", "Attached (all no trace)."],
            ["5", "Added above: 01632 960640, brendan.coyle@dunholt.police.example."]]),
        ("p", "No other changes since the MG3 of 01/07/2026. Nothing outstanding."),
        ("p", "Endorsed: DS 77 ROY, 21/09/2026")], "21/09/2026", "MG3A", author="COYLE B")
    # planted: the 'uploaded' ABE is truncated (no moov atom) and will not play
    tmp = c.p("ABE_WHEATLEY_IK1.mp4")
    write_video(tmp, 4, abe_lines("RAVENSMOOR VRI", "16/04/2026", ("10", "20", "00")), abe_scene(), seed=909)
    with open(tmp, "rb") as f:
        data = f.read()
    with open(tmp, "wb") as f:
        f.write(data[: int(len(data) * 0.45)])
    c._rec("ABE_WHEATLEY_IK1.mp4", "ABE_RECORDING")
    c.pdf("IK1 ABE summary.pdf", abe_summary_blocks(c, "Tanya WHEATLEY", "IK/1", "16/04/2026, Ravensmoor VRI", "10:20", "11:31",
                                                    "DC 1212 Isla KERR", [
        ["00:00", "Introductions."], ["03:00", "Knows ROWNTREE as neighbour for 8 years; no relationship; he offered to look at the boiler."],
        ["12:00", "In kitchen he tried to kiss her; she told him to leave; he pushed her into the bedroom."],
        ["20:30", "Rape on the bed; she said no repeatedly and tried to push him off."], ["36:00", "He left about 11:40. Rang Michelle at 12:30; 999 at 13:10."],
        ["44:00", "Denies any affair in 2025."], ["68:00", "Closure."]]), "17/04/2026", "ABE_SUMMARY")
    c.pdf("KERR I MG11.pdf", mg11_blocks(c, ("Isla", "KERR"), "17/04/2026", [
        "I am a Detective Constable (ABE trained). On Thursday 16 April 2026 from 10:20 to 11:31 I conducted a video "
        "recorded interview with Tanya WHEATLEY at the Ravensmoor VRI suite. I produce the recording as IK/1. My "
        "interview plan is retained."], style="niche", occupation="Police officer", sig="(Sgd) I. Kerr DC1212"),
          "17/04/2026", "MG11", "officer")
    c.docx("ADDO Michelle.docx", mg11_blocks(c, ("Michelle", "ADDO"), "15/09/2026", [
        "Tanya WHEATLEY is my best friend. At about half twelve on Tuesday 14 April 2026 she rang me. She was hysterical. "
        "She said 'Paul from next door has raped me'. She said he came to fix the boiler and pushed her into the bedroom.",
        "I told her to ring the police and I drove over. When I got there at about 1.30 the police were there."],
        style="form", occupation="Hairdresser", sig="[signed]"), "15/09/2026", "MG11", "first_account", author="COYLE B")
    c.pdf("MISTRY R 2555.pdf", mg11_blocks(c, ("Ravi", "MISTRY"), "14/04/2026", [
        "I am a police constable at Ravensmoor. At 13:22 on 14 April 2026 I attended Tanya WHEATLEY's home after her 999 "
        "call. She told me her neighbour Paul had raped her in her bedroom at about eleven after coming to fix her boiler. "
        "I recorded her account in my pocket notebook and arranged the SARC."], style="form",
        occupation="Police constable 2555", sig="[signed]"), "14/04/2026", "MG11", "officer")
    c.pdf("FOSTER N FME.pdf", mg11_blocks(c, ("Nadia", "FOSTER"), "28/04/2026", [
        "I am a forensic physician at the Ravensmoor SARC. On 14 April 2026 at 16:10 I examined Tanya WHEATLEY with her "
        "consent, including consent to release my notes and findings to police and CPS. Bruising to the right forearm "
        "(2 cm) and left upper arm (3 cm). Swabs NF/1-NF/3."], style="plain", occupation="Forensic physician",
        sig="Signed: Dr N. Foster", expert=True), "28/04/2026", "MG11", "expert")
    c.pdf("COYLE B MG11.pdf", mg11_blocks(c, ("Brendan", "COYLE"), "16/04/2026", [
        "I am the officer in the case. On 15 April 2026 I arrested Paul ROWNTREE, took a reference DNA sample (BC/1) and "
        "seized his phone (BC/2). I interviewed him with his solicitor; recording BC/3."], style="niche",
        occupation="Police officer", sig="(Sgd) B. Coyle DC640"), "16/04/2026", "MG11", "officer")
    c.pdf("SFR1 DNA WHEATLEY.pdf", [("title", "SFR1"), ("kv", [("URN", c.urn), ("Items", "NF/1-NF/3; BC/1"), ("Date", "20/05/2026")]),
                                    ("p", "Semen on NF/1 and NF/2. DNA matches Paul ROWNTREE (BC/1); match probability < 1 in a billion.")],
          "20/05/2026", "FORENSIC")
    c.pdf("ROTI ROWNTREE.pdf", roti_blocks(c, "Paul ROWNTREE", "15/04/2026", "Ravensmoor custody", "14:00", "14:40",
                                           "DC COYLE, DC KERR, Mr Tom HAIGH (solicitor)", "BC/3", [
        ["00:00", "DC COYLE", "Caution."], ["02:00", "ROWNTREE", "I fixed her boiler. Nothing happened. I was home by half eleven."],
        ["10:00", "ROWNTREE", "We had a thing last year. She's bitter."], ["38:00", "DC COYLE", "Anything else? - No."]]), "16/04/2026", "ROTI")
    c.pdf("PNC ROWNTREE.pdf", pnc_blocks(c, "ROWNTREE, Paul", "11/11/1980", "99/0128811B",
                                         [["03/03/2008", "Ravensmoor MC", "Common assault", "Community order 12 months"]], "15/04/2026", "PS 3 HALL"),
          "15/04/2026", "PNC")
    c.pdf("Witness PNC WHEATLEY.pdf", witness_pnc_blocks(c, [["Tanya WHEATLEY", "Complainant", "No trace"], ["Michelle ADDO", "First complaint", "No trace"]],
                                                        "16/09/2026", "DC 640 COYLE"), "16/09/2026", "PNC")
    c.pdf("MG2 WHEATLEY.pdf", mg2_blocks(c, "Tanya WHEATLEY", [("Eligibility", "s.17(4)"), ("Measures", "ABE as EIC; screens; s.28 - wants it"),
                                                               ("Intermediary", "Not needed"), ("Needs", "None; ISVA support")], "16/04/2026", oic),
          "16/04/2026", "MG2")
    c.pdf("Incident RM 1310.pdf", incident_log_blocks(c, "Dunholt CAD", "RM-260414-0219", "14/04/2026 13:10", [
        ["13:10", "CH 40", "999: female states neighbour Paul raped her at her home at about 11am. He has gone home next door but one."],
        ["13:12", "DISP 2", "Grade 1. PC 2555 MISTRY."], ["13:22", "PC 2555", "On scene. First account in PNB. Suspect at home address."],
        ["14:05", "DISP 2", "SARC 16:00. Crime RM/26/3304."]]), "14/04/2026", "INCIDENT_LOG")
    c.pdf("Crime RM-26-3304.pdf", crime_report_blocks(c, "RM/26/3304", [
        ("Offence", "Rape of female 16+"), ("Victim", "Tanya WHEATLEY, 41, Black British"), ("Suspect", "Paul ROWNTREE, 45, neighbour"),
        ("First complaint", "Michelle ADDO by phone 12:30 14/04/2026; 999 13:10; PC MISTRY 13:22 (PNB)")],
        [["14/04/2026", "PC MISTRY", "SARC; consent to release. ISVA referral."], ["15/04/2026", "DC COYLE", "Arrest, interview, bail."],
         ["16/04/2026", "DC KERR", "ABE; VPS offered."], ["07/09/2026", "DS CARVER", "Gatekeeper return (5 points)."]]), "14/04/2026", "CRIME_REPORT")
    # planted: schedule entries that describe nothing
    c.pdf("MG6C ROWNTREE.pdf", mg6c_blocks(c, ["Incident log RM-260414-0219 (copy with file)", "Misc paperwork", "Officer notes",
                                               "Various e-mails", "CCTV", "House to house", "Custody record", "Phone stuff"],
                                           oic, "21/09/2026", D), "21/09/2026", "MG6C")
    c.pdf("MG6D ROWNTREE.pdf", mg6d_blocks(c, [], oic, "21/09/2026", D), "21/09/2026", "MG6D")
    c.pdf("MG12 ROWNTREE.pdf", mg12_blocks(c, [["IK/1", "ABE recording", "DC KERR", "With file (digital)"], ["NF/1-NF/3", "Swabs", "Dr FOSTER", "Lab"],
                                               ["BC/1", "Reference DNA", "DC COYLE", "Lab"], ["BC/2", "Suspect's phone", "DC COYLE", "Store"],
                                               ["BC/3", "Interview recording", "DC COYLE", "Store"]], "21/09/2026", oic, D), "21/09/2026", "MG12")
    c.finish(1, ["abe_recording", "schedule_descriptions"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
              "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited", "key_statements",
              "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
              "mg6d", "dig_dpn", "dig_prop", "exhibits", "forensic_medical", "special_measures", "victim_care",
              "one_urn"])
    return c


def door_scene():
    return {"bg": (30, 30, 40), "rects": [((0, 180, 320, 240), (60, 60, 60)), ((120, 40, 200, 180), (90, 20, 40)),
                                          ((10, 20, 60, 60), (200, 180, 40))],
            "mover_x": 40, "mover_y": 120, "speed": 4.0, "mover": (200, 190, 180)}


# =============================================================================== CASE 10 (faulty)
def case10(out):
    c = Case(out, "AB0334526 COLLIER MG3A", "52AB0334526", "Kestrelshire Police", seed=1010)
    oic = "DC 4001 Tariq AZIZ"
    D = "Nathan BYRNE"
    contact = "DC 4001 Tariq AZIZ, Abbotsley RASSO - 01632 960401 - tariq.aziz@kestrelshire.police.example"
    hdr = [("URN", c.urn), ("Suspect", "BYRNE, Nathan James (29)"), ("Offence", "Rape (s.1 SOA 2003)"),
           ("Date", "23/08/2026"), ("OIC", contact)]
    sections = [
        ("Decision sought", ["Full Code Test decision."]),
        ("Summary", [
            "Sarah-Jane COLLIER (26) met Nathan BYRNE (29) for the first time at Velvet nightclub, Abbotsley, on the night "
            "of 22 August 2026. At about 01:45 he asked her to come outside for a cigarette. She says he led her into the "
            "service alley behind the club, pushed her against the wall and raped her. She ran back to the front of the "
            "club at about 01:58 and told a door supervisor at the club, who rang 999.",
            "PC 3090 WARD attended. She was examined at the Willowbank SARC and interviewed on video on 25/08/2026 (TA/1)."]),
        ("Lines of enquiry", [
            "Done: ABE; SARC; club CCTV (front door and smoking area; there is no camera in the service alley); door "
            "supervisor; her two friends (they saw her go outside with him, nothing more - MG6C); arrest and interview; "
            "his phone (no contact between them).",
            "Pointing away: CCTV at the front door shows them leaving together apparently on friendly terms; he says she "
            "suggested the alley. Both are disclosed. Not pursued: her phone (no contact between them; she did not want "
            "it examined and it has not been); third-party records (no basis)."]),
        ("Suspect's account", ["Interview 24/08/2026: intercourse admitted, says consensual and that she suggested "
                               "going round the back. Defence: consent."]),
        ("Bail", ["Conditional bail to 24/11/2026: no contact with her; not to enter Velvet nightclub."]),
        ("Outstanding", ["DNA results on the swabs - awaited from the laboratory. FME statement - awaited."]),
        ("Victim care", [
            "Special measures: she would like screens at court.",
            "Needs: no interpreter; anxiety - prefers contact by text. ISVA referral 23/08/2026 (Kestrel SVS). VPS "
            "offered 25/08/2026; she will make one later."]),
        ("Early advice", ["Not sought: suspect identified at the scene and interviewed the next day; consent is the only "
                          "issue (DS OYELARAN)."]),
    ]
    endorse = [("Supervisor", "DS 2207 Karen OYELARAN"), ("Date", "18/09/2026")]
    c.pdf("MG3 COLLIER.pdf", mg3_blocks(c, ("MG3", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"), hdr, sections, endorse),
          "18/09/2026", "MG3", foot="OFFICIAL-SENSITIVE when complete")
    c.pdf("CPS AP COLLIER 101026.pdf", action_plan_blocks(c, "Kestrel and Wenmoor RASSO Unit", "Helena MARSDEN",
                                                          "helena.marsden@cps.example", "01632 960877", "10/10/2026", D,
                                                          "Further evidence required - action plan", [
        ["1", "DNA results (or confirm not needed).", "Completeness.", "06/11/2026"],
        ["2", "Statement of the SARC forensic physician and the SARC notes (with the complainant's consent).", "Injuries.", "06/11/2026"],
        ["3", "Statement of the door supervisor she first told.", "Recent complaint.", "06/11/2026"],
        ["4", "Club CCTV clip with producing statement.", "Demeanour.", "06/11/2026"],
        ["5", "Complete an MG2.", "Special measures.", "06/11/2026"]], "06/11/2026"), "10/10/2026", "ACTION_PLAN")
    c.docx("MG3A_COLLIER_061126.docx", [
        ("p", "OFFICIAL-SENSITIVE when complete"), ("title", "MG3A FURTHER REPORT TO CROWN PROSECUTOR"),
        ("kv", [("URN", c.urn), ("Suspect", D), ("Action plan", "Helena MARSDEN 10/10/2026"), ("Decision sought", "Full Code Test"),
                ("OIC", contact)]),
        ("table", ["Action", "Response"], [
            ["1 DNA", "Still awaited from the laboratory. Being chased."],
            ["2 FME statement / SARC notes", "Dr CROFT is on extended leave. Her statement will follow on her return."],
            ["3 Door supervisor", "Statement of Marcus DELANEY attached."],
            ["4 Club CCTV", "Attached (MD/1), produced by Marcus DELANEY."],
            ["5 MG2", "She has asked for screens at court - see MG3."]]),
        ("p", "Supervisor: DS 2207 OYELARAN - 06/11/2026")], "06/11/2026", "MG3A", author="AZIZ T")
    c.video("TA1 ABE COLLIER.mp4", "ABE_RECORDING", 3, abe_lines("ABBOTSLEY VRI 2", "25/08/2026", ("15", "10", "00")), abe_scene())
    c.pdf("TA1 index.pdf", abe_summary_blocks(c, "Sarah-Jane COLLIER", "TA/1", "25/08/2026, Abbotsley VRI 2", "15:10", "16:02", "DC 4001 AZIZ", [
        ["00:00", "Introductions."], ["04:00", "Night at Velvet with two friends; met Nathan at the bar about midnight."],
        ["12:30", "He asked her out for a cigarette; led her round the side into the alley."],
        ["18:00", "Pushed her against the wall; pulled her dress up; she said no and tried to push him away; intercourse."],
        ["30:00", "Ran to the front door; told the doorman."], ["50:00", "Closure."]], layout=1), "26/08/2026", "ABE_SUMMARY")
    c.pdf("AZIZ T MG11.pdf", mg11_blocks(c, ("Tariq", "AZIZ"), "26/08/2026", [
        "I am a Detective Constable and the officer in the case, ABE trained.",
        "On 24 August 2026 I interviewed Nathan BYRNE under caution with his solicitor (recording TA/2); I had seized "
        "his phone on arrest (TA/3).",
        "On 25 August 2026 from 15:10 to 16:02 I interviewed Sarah-Jane COLLIER on video at Abbotsley. I produce the "
        "recording as TA/1. My interview plan is retained and listed on the MG6C."],
        style="form", occupation="Police officer", sig="[signed]"), "26/08/2026", "MG11", "officer")
    c.photo("IMG_7781.jpg", mg11_blocks(c, ("Marcus", "DELANEY"), "20/10/2026", [
        "I am an SIA-licensed door supervisor working at Velvet, Abbotsley. At about 01:58 on Sunday 23 August 2026 a "
        "young woman ran up to the front door from the side of the building. She was crying and her dress was dirty at "
        "the back. She said 'that man just raped me round the back'. I took her inside and rang 999.",
        "I later downloaded the club's front door camera for 01:44 to 02:00 and gave it to DC AZIZ. I produce it as MD/1."],
        style="niche", occupation="Door supervisor", sig="hand"), "MG11", "first_account", angle=-2.8, pt=10)
    c.video("MD1 Velvet front door 0144-0200.mp4", "CCTV", 3, lambda t: ["VELVET CAM1 FRONT", f"23-08-2026 01:44:{int(t) * 5:02d}"],
            door_scene(), audio=False)
    c.pdf("WARD H PC3090.pdf", mg11_blocks(c, ("Holly", "WARD"), "23/08/2026", [
        "I am a police constable at Abbotsley. At 02:06 on 23 August 2026 I arrived at Velvet nightclub after a 999 call. "
        "In the foyer I spoke to Sarah-Jane COLLIER. She told me a man she met that night had raped her in the alley "
        "behind the club a few minutes before. She pointed him out in the smoking area and I detained him; he gave his "
        "name as Nathan BYRNE and was arrested by PC LOCKE. I recorded her first account in my notebook (HW/1)."],
        style="plain", occupation="Police constable 3090", sig="(Sgd) H. Ward PC3090"), "23/08/2026", "MG11", "officer")
    c.pdf("ROTI BYRNE.pdf", roti_blocks(c, "Nathan James BYRNE", "24/08/2026", "Abbotsley custody", "10:00", "10:35",
                                        "DC AZIZ, DC PATEL, Ms Joanne RYE (solicitor)", "TA/2", [
        ["00:00", "DC AZIZ", "Caution."], ["01:30", "BYRNE", "She said let's go round the back. We had sex. She wanted to."],
        ["20:00", "DC AZIZ", "Did she say no?"], ["20:10", "BYRNE", "Never."], ["33:00", "DC AZIZ", "Anything to add? - No."]]),
          "25/08/2026", "ROTI")
    c.pdf("PNC BYRNE.pdf", pnc_blocks(c, "BYRNE, Nathan James", "09/09/1996", "15/0881023J", [], "23/08/2026", "PS 31 KAUR"), "23/08/2026", "PNC")
    c.pdf("PNC witnesses COLLIER.pdf", witness_pnc_blocks(c, [["Sarah-Jane COLLIER", "Complainant", "No trace"],
                                                             ["Marcus DELANEY", "First complaint (door supervisor)", "No trace"]],
                                                         "21/10/2026", "DC 4001 AZIZ"), "21/10/2026", "PNC")
    c.pdf("STORM 0201.pdf", incident_log_blocks(c, "STORM", "AB-20260823-0201", "23/08/2026 02:01", [
        ["02:01", "CH 77", "999 from door supervisor at Velvet: female says she has just been raped in the alley behind the club. Suspect may still be in smoking area."],
        ["02:02", "DISP 9", "Grade 1. PC 3090 WARD, PC 1166 LOCKE."], ["02:06", "PC 3090", "On scene. Suspect identified and detained."],
        ["02:15", "PC 1166", "Male arrested. SARC requested."]]), "23/08/2026", "INCIDENT_LOG")
    c.pdf("Crime AB-26-07781.pdf", crime_report_blocks(c, "AB/26/07781", [
        ("Offence", "Rape of female 16+"), ("Victim", "Sarah-Jane COLLIER, 26, White British; anxiety"), ("Suspect", "Nathan James BYRNE, 29"),
        ("First complaint", "Door supervisor Marcus DELANEY approx 01:58; PC WARD 02:06 (PNB HW/1)")],
        [["23/08/2026", "DC AZIZ", "SARC attended; ISVA referral."], ["24/08/2026", "DC AZIZ", "Interview; bail."],
         ["25/08/2026", "DC AZIZ", "ABE; VPS offered."], ["10/10/2026", "DC AZIZ", "CPS action plan (5)."]]), "23/08/2026", "CRIME_REPORT")
    c.xlsx("MG6C COLLIER.xlsx", mg6c_sheet(c, [
        "STORM log AB-20260823-0201 (copy with file)", "Crime report AB/26/07781 (copy with file)",
        "PC WARD PNB entry HW/1, 23/08/2026 02:06-02:20 (first account)", "ABE interview plan, DC AZIZ, 25/08/2026",
        "Officer's notes of her friends Jess TAN and Amira KHALIL, 27/08/2026 (saw her leave with him, nothing more)",
        "Velvet smoking-area camera 01:30-02:10 (no relevant content; alley not covered)", "Custody record BYRNE 23/08/2026",
        "Extraction report of suspect's phone TA/3 (no contact with complainant)"], oic, "06/11/2026", D), "06/11/2026", "MG6C")
    c.pdf("MG6D COLLIER.pdf", mg6d_blocks(c, [], oic, "06/11/2026", D), "06/11/2026", "MG6D")
    c.pdf("MG12 COLLIER.pdf", mg12_blocks(c, [["TA/1", "ABE recording", "DC AZIZ", "With file"], ["TA/2", "Interview recording", "DC AZIZ", "Store"],
                                              ["TA/3", "Suspect's phone", "DC AZIZ", "Store"], ["MD/1", "Velvet front door CCTV 01:44-02:00", "Marcus DELANEY", "With file"],
                                              ["HW/1", "PNB first account", "PC WARD", "Store"]], "06/11/2026", oic, D), "06/11/2026", "MG12")
    c.finish(1, ["outstanding_dated", "forensic_medical", "special_measures"],
             ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
              "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements",
              "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
              "mg6c", "mg6d", "schedule_descriptions", "dig_dpn", "dig_prop", "multimedia", "exhibits",
              "files_readable", "one_urn"])
    return c


# =============================================================================== main
CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10]


def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR", file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for fn in CASES:
        c = fn(out)
        print(f"{c.name}: {len(os.listdir(c.dir))} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
