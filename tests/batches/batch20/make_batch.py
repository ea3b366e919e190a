#!/usr/bin/env python3
"""batch20: ten synthetic RASSO charging files (7 compliant, 3 faulty).

Usage: python make_batch.py OUTDIR
Deterministic: seeded randomness, fixed creation dates, fixed zip timestamps.
All names, places, numbers are invented; phone numbers are in Ofcom drama ranges.
"""
import sys, os, re, json, random, zipfile, math, wave, struct, hashlib
import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font, Alignment
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
import av

FD = "/usr/share/fonts/truetype/dejavu/"
FAM = {"sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
       "serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
       "mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
       "cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")}
CREATED = dt.datetime(2026, 10, 5, 9, 0, 0, tzinfo=dt.timezone.utc)
RNG = random.Random(20)

DECL_EN = ("This statement (consisting of {n} page{s} each signed by me) is true to the best of my knowledge and "
           "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I "
           "have wilfully stated in it anything which I know to be false, or do not believe to be true.")
DECL_CY = ("Mae'r datganiad hwn (sy'n cynnwys {n} tudalen, pob un wedi'i llofnodi gennyf) yn wir hyd eithaf fy "
           "ngwybodaeth a'm cred, ac rwy'n ei wneud gan wybod, os caiff ei gyflwyno fel tystiolaeth, y byddaf yn "
           "agored i gael fy erlyn os wyf wedi datgan yn fwriadol ynddo unrhyw beth y gwn ei fod yn anwir, neu nad "
           "wyf yn credu ei fod yn wir.")


# ----------------------------------------------------------------------------------------------- PDF
class PDF(FPDF):
    def __init__(self, head=None, foot=None, family="sans", size=10, need_mono=False):
        super().__init__(format="A4")
        for fam in [family] + (["mono"] if need_mono and family != "mono" else []):
            r, b = FAM[fam]
            self.add_font(fam, "", FD + r)
            self.add_font(fam, "B", FD + b)
        self.head, self.foot, self.fam, self.fs = head, foot, family, size
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 18)
        self.set_creation_date(CREATED)
        self.set_producer("batch20")

    def header(self):
        if self.head:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80)
            self.cell(0, 5, self.head.replace("{p}", str(self.page_no())), align="C",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(2)

    def footer(self):
        if self.foot:
            self.set_y(-13)
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(80)
            self.cell(0, 5, self.foot.replace("{p}", str(self.page_no())).replace("{n}", "{nb}"), align="C")
            self.set_text_color(0)


def pdf_render(blocks, path, head=None, foot=None, family="sans", size=10):
    p = PDF(head, foot, family, size, need_mono=any(bl[0] in ("mono", "boxes") for bl in blocks))
    p.add_page()
    fam, fs = family, size
    W = p.w - p.l_margin - p.r_margin
    for b in blocks:
        k = b[0]
        if k == "title":
            p.set_font(fam, "B", fs + 3)
            p.multi_cell(0, 6.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "sub":
            p.set_font(fam, "", fs - 1.5)
            p.multi_cell(0, 4.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "h":
            p.ln(2)
            p.set_font(fam, "B", fs + 0.5)
            p.set_fill_color(230, 230, 230)
            p.multi_cell(0, 6, b[1], fill=True, new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "p":
            p.set_font(fam, "", fs)
            p.multi_cell(0, fs * 0.5, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            p.ln(1.5)
        elif k == "mono":
            p.set_font("mono", "", fs - 1.5)
            p.multi_cell(0, 4.2, b[1], new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "kv":
            p.set_font(fam, "", fs - 0.5)
            w1 = b[2] if len(b) > 2 else 0.32
            with p.table(col_widths=(w1, 1 - w1), text_align="LEFT", line_height=fs * 0.5,
                         first_row_as_headings=False) as t:
                for kk, vv in b[1]:
                    r = t.row()
                    r.cell(kk, style=FontFace(emphasis="BOLD", fill_color=(242, 242, 242)))
                    r.cell(vv)
            p.ln(2)
        elif k == "table":
            heads, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else [1] * len(heads)
            p.set_font(fam, "", fs - 1)
            with p.table(col_widths=widths, text_align="LEFT", line_height=fs * 0.47,
                         headings_style=FontFace(emphasis="BOLD", fill_color=(215, 215, 215))) as t:
                r = t.row()
                for h in heads:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            p.ln(2)
        elif k == "boxes":
            label, val = b[1], b[2]
            p.set_font(fam, "B", fs)
            p.cell(30, 7, label)
            p.set_font("mono", "B", fs + 1)
            for ch in val:
                p.cell(6.5, 7, ch, border=1, align="C")
            p.ln(10)
        elif k == "pb":
            p.add_page()
        elif k == "img":
            p.image(b[1], w=min(W, b[2]) if len(b) > 2 else W)
            p.ln(2)
    p.output(path)


# ----------------------------------------------------------------------------------------------- DOCX
def fix_zip(path, patch=None):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items = [(n, (patch[n](d) if patch and n in patch else d)) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in items:
            zi = zipfile.ZipInfo(n, (2026, 10, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def docx_render(blocks, path, head=None, foot=None, font="Arial", size=10.5, author="Case file"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    if head:
        sec.header.paragraphs[0].text = head.replace("{p}", "").strip()
    if foot:
        sec.footer.paragraphs[0].text = foot.replace("Page {p} of {n}", "").replace("{p}", "").strip(" |")
    for b in blocks:
        k = b[0]
        if k == "title":
            h = d.add_heading(b[1], level=1)
        elif k == "sub":
            para = d.add_paragraph()
            r = para.add_run(b[1])
            r.italic = True
            r.font.size = Pt(size - 1.5)
        elif k == "h":
            d.add_heading(b[1], level=2)
        elif k in ("p",):
            d.add_paragraph(b[1])
        elif k == "mono":
            para = d.add_paragraph()
            r = para.add_run(b[1])
            r.font.name = "Courier New"
            r.font.size = Pt(size - 1.5)
        elif k == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for kk, vv in b[1]:
                c = t.add_row().cells
                c[0].text = kk
                c[1].text = vv
                for r in c[0].paragraphs[0].runs:
                    r.bold = True
            d.add_paragraph()
        elif k == "table":
            heads, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(heads))
            t.style = "Table Grid"
            for i, h in enumerate(heads):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                c = t.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = str(v)
            d.add_paragraph()
        elif k == "boxes":
            d.add_paragraph(f"{b[1]} {' | '.join(b[2])}")
        elif k == "pb":
            d.add_page_break()
    cp = d.core_properties
    cp.created = CREATED.replace(tzinfo=None)
    cp.modified = CREATED.replace(tzinfo=None)
    cp.last_printed = CREATED.replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    d.save(path)
    fix_zip(path)


# ----------------------------------------------------------------------------------------------- images
def _font(family, bold, px):
    return ImageFont.truetype(FD + FAM[family][1 if bold else 0], int(px))


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            trial = (line + " " + w).strip()
            if draw.textlength(trial, font=font) <= width:
                line = trial
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def render_pages(blocks, dpi=200, family="sans", size=10, head=None, foot=None, ink=(20, 20, 20)):
    s = dpi / 72.0
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    m = int(0.7 * dpi)
    f = _font(family, False, size * s)
    fb = _font(family, True, size * s)
    ft = _font(family, True, (size + 3) * s)
    fsm = _font(family, False, (size - 2) * s)
    lh = int(size * s * 1.35)
    pages = []
    st = {"img": None, "d": None, "y": 0}

    def newpage():
        img = Image.new("RGB", (W, H), (255, 255, 255))
        st["img"], st["d"], st["y"] = img, ImageDraw.Draw(img), m
        pages.append(img)
        if head:
            tw = st["d"].textlength(head, font=fsm)
            st["d"].text(((W - tw) / 2, m * 0.45), head.replace("{p}", str(len(pages))), font=fsm, fill=(90, 90, 90))
        if foot:
            t = foot.replace("{p}", str(len(pages)))
            st["d"].text((m, H - m * 0.7), t, font=fsm, fill=(90, 90, 90))

    def need(h):
        if st["y"] + h > H - m:
            newpage()

    def text(t, font, x=None, width=None, center=False):
        x = m if x is None else x
        width = (W - 2 * m) if width is None else width
        for ln in _wrap(st["d"], t, font, width):
            need(lh)
            if center:
                tw = st["d"].textlength(ln, font=font)
                st["d"].text(((W - tw) / 2, st["y"]), ln, font=font, fill=ink)
            else:
                st["d"].text((x, st["y"]), ln, font=font, fill=ink)
            st["y"] += lh

    newpage()
    for b in blocks:
        k = b[0]
        if k == "title":
            text(b[1], ft, center=True)
            st["y"] += lh // 3
        elif k == "sub":
            text(b[1], fsm, center=True)
        elif k == "h":
            st["y"] += lh // 2
            text(b[1], fb)
        elif k in ("p", "mono"):
            text(b[1], f)
            st["y"] += lh // 3
        elif k == "boxes":
            text(b[1] + "  " + " ".join("[" + c + "]" for c in b[2]), fb)
        elif k == "kv":
            col = int((W - 2 * m) * 0.33)
            for kk, vv in b[1]:
                lines = _wrap(st["d"], vv, f, W - 2 * m - col - 20)
                klines = _wrap(st["d"], kk, fb, col - 16)
                nl = max(1, len(lines), len(klines))
                need(lh * nl + 8)
                y0 = st["y"]
                for i, ln in enumerate(klines):
                    st["d"].text((m + 8, y0 + 4 + i * lh), ln, font=fb, fill=ink)
                for i, ln in enumerate(lines):
                    st["d"].text((m + col + 12, y0 + 4 + i * lh), ln, font=f, fill=ink)
                h = lh * nl + 8
                st["d"].rectangle([m, y0, W - m, y0 + h], outline=(60, 60, 60), width=2)
                st["d"].line([m + col, y0, m + col, y0 + h], fill=(60, 60, 60), width=2)
                st["y"] = y0 + h
            st["y"] += lh // 2
        elif k == "table":
            heads, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else [1] * len(heads)
            tot = sum(widths)
            cw = [int((W - 2 * m) * w / tot) for w in widths]
            for ri, row in enumerate([heads] + [list(map(str, r)) for r in rows]):
                font = fb if ri == 0 else f
                cells = [_wrap(st["d"], c, font, cw[i] - 16) for i, c in enumerate(row)]
                h = lh * max(len(c) for c in cells) + 8
                need(h)
                y0 = st["y"]
                x = m
                for i, c in enumerate(cells):
                    st["d"].rectangle([x, y0, x + cw[i], y0 + h], outline=(60, 60, 60), width=2)
                    for j, ln in enumerate(c):
                        st["d"].text((x + 8, y0 + 4 + j * lh), ln, font=font, fill=ink)
                    x += cw[i]
                st["y"] = y0 + h
            st["y"] += lh // 2
        elif k == "pb":
            newpage()
    return pages


def scan_pdf(blocks, path, seed=1, **kw):
    """Image-only PDF, like a flatbed scan at 200 dpi."""
    rng = random.Random(seed)
    pages = render_pages(blocks, dpi=200, **kw)
    out = []
    for pg in pages:
        g = pg.convert("L")
        g = g.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=250)
        arr = np.asarray(g).astype(np.int16)
        noise = np.random.default_rng(seed).integers(-5, 6, arr.shape)
        arr = np.clip(arr * 0.96 + 6 + noise, 0, 255).astype(np.uint8)
        out.append(Image.fromarray(arr, "L"))
    out[0].save(path, "PDF", resolution=200.0, save_all=True, append_images=out[1:],
                creationDate=CREATED.timetuple(), modDate=CREATED.timetuple(),
                title="Scanned document", producer="ScanStation 4")


def phone_photo(blocks, path, seed=2, angle=2.2, **kw):
    """A legible phone photograph of a single page, slightly rotated, on a desk."""
    pg = render_pages(blocks, dpi=150, **kw)[0]
    W, H = pg.size
    canvas = Image.new("RGB", (W + 220, H + 260), (112, 96, 80))
    sh = Image.new("RGB", (W, H), (70, 60, 50))
    canvas.paste(sh, (130, 150))
    # warm light gradient on the page
    grad = np.linspace(1.0, 0.9, H).reshape(H, 1, 1)
    arr = (np.asarray(pg).astype(np.float32) * grad * np.array([1.0, 0.98, 0.93])).clip(0, 255).astype(np.uint8)
    canvas.paste(Image.fromarray(arr), (110, 120))
    canvas = canvas.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(112, 96, 80))
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.5))
    canvas.save(path, "JPEG", quality=86)


def screenshot_png(lines, path, title="WhatsApp"):
    W, H = 540, 960
    img = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 90], fill=(7, 94, 84))
    d.text((24, 30), title, font=_font("sans", True, 28), fill=(255, 255, 255))
    y = 120
    f = _font("sans", False, 22)
    for who, t, tm in lines:
        ls = _wrap(d, t, f, 340)
        h = 30 * len(ls) + 40
        x = 30 if who == "them" else W - 400
        d.rounded_rectangle([x, y, x + 370, y + h], 14, fill=(255, 255, 255) if who == "them" else (220, 248, 198))
        for i, ln in enumerate(ls):
            d.text((x + 14, y + 10 + i * 30), ln, font=f, fill=(20, 20, 20))
        d.text((x + 290, y + h - 28), tm, font=_font("sans", False, 16), fill=(110, 110, 110))
        y += h + 24
    img.save(path, "PNG")


# ----------------------------------------------------------------------------------------------- media
def _yuv420(img):
    """RGB PIL image -> planar yuv420p array (BT.601), done in numpy so the output is reproducible."""
    a = np.asarray(img, dtype=np.float32)
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    u = u.reshape(u.shape[0] // 2, 2, u.shape[1] // 2, 2).mean(axis=(1, 3))
    v = v.reshape(v.shape[0] // 2, 2, v.shape[1] // 2, 2).mean(axis=(1, 3))
    h, w = y.shape
    out = np.concatenate([y.ravel(), u.ravel(), v.ravel()]).round().clip(0, 255).astype(np.uint8)
    return out.reshape(h * 3 // 2, w)


def make_video(path, lines, secs=3, codec="libx264", size=(320, 240), fps=10, clock="14:02:10", audio=True):
    c = av.open(path, "w", format="mp4")
    vs = c.add_stream(codec, rate=fps)
    vs.width, vs.height = size
    vs.pix_fmt = "yuv420p"
    if codec == "libx264":
        vs.options = {"threads": "1", "preset": "veryfast"}
    else:
        vs.codec_context.thread_count = 1
    a = None
    if audio:
        a = c.add_stream("aac", rate=16000)
        try:
            a.layout = "mono"
        except Exception:
            a.codec_context.layout = "mono"
    f = _font("sans", False, 13)
    fb = _font("sans", True, 14)
    h0, m0, s0 = map(int, clock.split(":"))
    for i in range(secs * fps):
        img = Image.new("RGB", size, (38, 42, 50))
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, size[0], 24], fill=(10, 10, 10))
        t = h0 * 3600 + m0 * 60 + s0 + i // fps
        d.text((6, 4), f"{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}", font=fb, fill=(255, 255, 0))
        # two seated figures, gently moving
        off = int(3 * math.sin(i / 4))
        d.ellipse([70, 90 + off, 110, 130 + off], fill=(190, 160, 140))
        d.rectangle([62, 132 + off, 118, 200], fill=(70, 90, 130))
        d.ellipse([210, 95, 250, 135], fill=(170, 140, 120))
        d.rectangle([202, 137, 258, 200], fill=(90, 70, 70))
        for j, ln in enumerate(lines):
            d.text((6, size[1] - 18 * (len(lines) - j) - 2), ln, font=f, fill=(230, 230, 230))
        fr = av.VideoFrame.from_ndarray(_yuv420(img), format="yuv420p")
        fr.pts = i
        for pkt in vs.encode(fr):
            c.mux(pkt)
    for pkt in vs.encode():
        c.mux(pkt)
    if a is not None:
        n = secs * 16000
        tt = np.arange(n) / 16000.0
        sig = (0.04 * np.sin(2 * np.pi * 180 * tt) * (0.5 + 0.5 * np.sin(2 * np.pi * 2.3 * tt))).astype(np.float32)
        for k in range(0, n, 1024):
            ch = sig[k:k + 1024]
            fr = av.AudioFrame.from_ndarray(ch.reshape(1, -1), format="fltp", layout="mono")
            fr.sample_rate = 16000
            fr.pts = k
            for pkt in a.encode(fr):
                c.mux(pkt)
        for pkt in a.encode():
            c.mux(pkt)
    c.close()


def make_wav(path, secs=4, seed=3):
    rng = random.Random(seed)
    sr = 8000
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        frames = bytearray()
        for i in range(secs * sr):
            t = i / sr
            v = 0.0
            if (t % 1.0) < 0.6:   # "speech" bursts
                v = 0.25 * math.sin(2 * math.pi * 310 * t) * math.sin(2 * math.pi * 3 * t) + rng.uniform(-0.03, 0.03)
            frames += struct.pack("<h", int(max(-1, min(1, v)) * 32000))
        w.writeframes(bytes(frames))


# ----------------------------------------------------------------------------------------------- other formats
def write_eml(path, frm, to, subject, when, body, cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<" + hashlib.sha1((subject + str(when)).encode()).hexdigest()[:20] + "@mail.example>"
    m.set_content(body)
    with open(path, "wb") as f:
        f.write(bytes(m))


def write_xlsx(path, title_rows, heads, rows, sheet="Sheet1", widths=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    r = 1
    for tr in title_rows:
        ws.cell(row=r, column=1, value=tr).font = Font(bold=True)
        r += 1
    r += 1
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            ws.cell(row=r, column=i, value=v).alignment = Alignment(wrap_text=True, vertical="top")
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    wb.properties.created = CREATED.replace(tzinfo=None)
    wb.properties.modified = CREATED.replace(tzinfo=None)
    wb.properties.creator = "Disclosure officer"
    wb.save(path)
    fix_zip(path, {"docProps/core.xml": lambda x: re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2026-10-05T09:00:00Z", x)})


# ----------------------------------------------------------------------------------------------- form builders
def mg11(urn, name, occupation, date, paras, age="Over 18", sig="[signed]", witnessed="", pages=1,
         welsh=False, force=None, restricted="OFFICIAL-SENSITIVE (when complete)", rear=None):
    """An MG11 as blocks. `paras` may be a list of lists (one per page) for continuation sheets."""
    if paras and isinstance(paras[0], list):
        chunks = paras
    else:
        chunks = [paras]
    n = len(chunks)
    s = "" if n == 1 else "s"
    B = []
    if force:
        B.append(("sub", force))
    B.append(("sub", restricted))
    if welsh:
        B += [("title", "DATGANIAD TYST / WITNESS STATEMENT"),
              ("sub", "Deddf Cyfiawnder Troseddol 1967, a.9; Rheolau Trefniadaeth Droseddol, r.16.2 / "
                      "Criminal Justice Act 1967, s.9; Criminal Procedure Rules, r.16.2"),
              ("kv", [("URN / Cyfeirnod (URN)", urn), ("Datganiad gan / Statement of", name),
                      ("Oed os o dan 18 / Age if under 18", age), ("Galwedigaeth / Occupation", occupation)]),
              ("p", DECL_CY.format(n=n)), ("p", DECL_EN.format(n=n, s=s)),
              ("p", f"Llofnod / Signature: {sig}          Dyddiad / Date: {date}")]
    else:
        B += [("title", "WITNESS STATEMENT"),
              ("sub", "Criminal Procedure Rules, r.16.2; Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B"),
              ("kv", [("URN", urn), ("Statement of", name), ("Age if under 18", age), ("Occupation", occupation)]),
              ("p", DECL_EN.format(n=n, s=s)),
              ("p", f"Signature: {sig}          Date: {date}"),
              ("p", "Tick if witness evidence is visually recorded [  ]   (supply witness details on rear)")]
    for i, ch in enumerate(chunks):
        if i > 0:
            B.append(("pb",))
            if welsh:
                B.append(("title", f"PARHAD DATGANIAD / CONTINUATION OF STATEMENT OF {name.upper()}"))
            else:
                B.append(("title", f"CONTINUATION OF STATEMENT OF {name.upper()}"))
            B.append(("sub", "MG11(T) continuation sheet"))
            B.append(("kv", [("URN", urn)]))
        if n > 1:
            B.append(("sub", f"Page {i + 1} of {n}"))
        for p_ in ch:
            B.append(("p", p_))
        lab = "Llofnod / Signature" if welsh else "Signature"
        B.append(("p", f"{lab}: {sig}          Signature witnessed by: {witnessed}"))
    if rear:
        B.append(("pb",))
        B.append(("title", "WITNESS DETAILS (rear of MG11) - not for disclosure"))
        B.append(("kv", rear))
    return B


def pnc_print(urn, force, name, dob, pncid, convictions, printed, system="PNC", cro=None):
    B = [("mono", f"{force}  ::  {system} PRINT  ::  OFFICIAL-SENSITIVE"),
         ("title", "PREVIOUS CONVICTIONS AND CAUTIONS (PNC)"),
         ("kv", [("URN", urn), ("Name", name), ("Date of birth", dob), ("PNC ID", pncid),
                 ("CRO", cro or "-"), ("Printed", printed)])]
    if convictions:
        B.append(("table", ["Date", "Court / Disposal by", "Offence", "Result"], convictions, [1, 1.5, 2.2, 1.6]))
    else:
        B.append(("p", "NO TRACE: no convictions, cautions, reprimands or warnings recorded on PNC for this subject."))
    return B


def witness_pnc(urn, force, rows, printed, checked_by):
    return [("sub", force), ("title", "PROSECUTION WITNESSES - PREVIOUS CONVICTIONS CHECK (PNC / PND)"),
            ("kv", [("URN", urn), ("Checked by", checked_by), ("Date of checks", printed)]),
            ("table", ["Witness", "Role", "PNC result", "PND / local systems"], rows, [1.4, 1, 1.6, 1.6]),
            ("p", "Where a result shows a trace, the print is attached to this sheet and the entry is listed on the "
                  "MG6C for the prosecutor's attention. Nil returns are recorded as 'No trace'.")]


def mg6c(urn, force, officer, rows, date, heads=None, title="POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"):
    heads = heads or ["Item no.", "Description and relative location", "Location",
                      "Police view: meets disclosure test?", "CPS use"]
    return [("sub", "RESTRICTED (when complete)   MG 6 C"), ("title", title), ("sub", force),
            ("kv", [("URN", urn), ("R v", rows[0][-1] if False else ""), ("Disclosure officer", officer),
                    ("Date", date)]),
            ("table", heads, rows, [0.5, 3.2, 1.1, 1.1, 0.6][:len(heads)]),
            ("p", f"I certify that, to the best of my knowledge and belief, all relevant material which has been "
                  f"retained and made available to me has been revealed to the prosecutor in accordance with the "
                  f"Criminal Procedure and Investigations Act 1996 and the Code of Practice. Signed: {officer}   Date: {date}")]


def mg6d(urn, force, officer, rows, date):
    B = [("sub", "RESTRICTED (when complete)   MG 6 D"), ("title", "POLICE SCHEDULE OF SENSITIVE MATERIAL"),
         ("sub", force), ("kv", [("URN", urn), ("Disclosure officer", officer), ("Date", date)])]
    if rows:
        B.append(("table", ["Item no.", "Description", "Reason for sensitivity", "Police view", "CPS view"],
                  rows, [0.5, 2.6, 2, 1, 0.6]))
    else:
        B.append(("p", "NIL RETURN. There is no sensitive material in this case. I have reviewed all material "
                       "retained in the investigation and none of it is sensitive within the meaning of the Code."))
    B.append(("p", f"Signed: {officer}   Date: {date}"))
    return B


def expected(out, name, exit_, present, must_fail, must_not_fail, docs, stage="charging"):
    d = {"case": name, "stage": stage, "exit": exit_, "present_types": sorted(set(present)),
         "must_fail": must_fail, "must_not_fail": [t for t in must_not_fail if t not in must_fail],
         "docs": docs}
    with open(os.path.join(out, name + ".expected.json"), "w") as f:
        json.dump(d, f, indent=2)


BASE_OK = ["mg3_present", "test_sought", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions",
           "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "multimedia", "exhibits", "forensic_medical", "special_measures",
           "files_readable", "third_party_request", "third_party_notice"]


class Folder:
    def __init__(self, out, name):
        self.root = os.path.join(out, name)
        self.name = name
        os.makedirs(self.root, exist_ok=True)
        self.docs = []

    def p(self, rel):
        full = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def doc(self, rel, typ=None, role=None):
        if typ is not None:
            e = {"name": os.path.basename(rel), "type": typ}
            if role:
                e["role"] = role
            self.docs.append(e)
        return self.p(rel)


# =============================================================================================== C01
def case01(out):
    """Welsh force, bilingual headings; rape within a marriage, DA history, DASH/MARAC. Compliant."""
    URN = "62TF0318426"
    FORCE = "Heddlu Bro Morlan / Morlan Vale Police"
    F = Folder(out, "62TF0318426 HOWELLS - Llanfair Morlan")
    HEAD = "SWYDDOGOL-SENSITIF pan fydd wedi'i gwblhau / OFFICIAL-SENSITIVE when complete"
    FOOT = "CYSWLLT Rheoli Achosion / Case Management  |  URN " + URN + "  |  Tudalen / Page {p} of {n}"
    OIC = "DC 4410 Siân MORGAN"

    def mg3(final):
        B = [("sub", FORCE), ("title", "MG3 - ADRODDIAD I'R ERLYNYDD Y GORON / REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
             ("sub", "Drafft 1 - heb ei gymeradwyo / Draft 1 - not yet endorsed" if not final else "Fersiwn derfynol / Final version"),
             ("boxes", "URN", URN),
             ("kv", [("Sawl a ddrwgdybir / Suspect", "HOWELLS, Gareth Rhys (born 11/02/1984)"),
                     ("Trosedd / Offence", "Rape, contrary to s.1 Sexual Offences Act 2003 (one count), Heol y Felin, Llanfair Morlan, night of 2-3 May 2026"),
                     ("Prawf a geisir / Test sought", "Full Code Test (Prawf Cod Llawn). The suspect is on pre-charge bail; the Threshold Test is not sought."),
                     ("Swyddog yr achos / OIC", f"{OIC}, RASSO Team (Uned Ymchwilio Troseddau Rhywiol), Morlan. Direct line 01632 960418, mobile 07700 900418, sian.morgan@morlanvale.police.example"),
                     ("Statws mechnïaeth / Bail status", "Pre-charge bail, return date 30 October 2026 at Morlan custody. Conditions: (1) not to contact Nia HOWELLS directly or indirectly, save through a solicitor about arrangements for the children; (2) not to enter Heol y Felin, Llanfair Morlan; (3) to live and sleep each night at 3 Maes y Coed, Pentre Isaf. No breaches recorded.")])]
        B += [("h", "1. Crynodeb / Summary of the case"),
              ("p", "Nia HOWELLS (39) and the suspect Gareth HOWELLS (42) have been married for sixteen years and have two children. "
                    "On the evening of 2 May 2026 she told him she wanted a separation. She says that after she had gone to bed he came into the bedroom, "
                    "pinned her by the upper arms and had vaginal intercourse with her while she cried and told him to stop. He left the house "
                    "at about 06:00. At 07:40 he sent her a WhatsApp message: 'I'm sorry about last night, I lost my head'. That morning she drove "
                    "to her sister Lowri BEVAN's house and told her what had happened. Lowri telephoned the police on 101 at 15:12 (incident 0412 of 3 May 2026)."),
              ("p", "There is a history of domestic abuse. In March 2019 the suspect accepted a caution for common assault on Mrs HOWELLS. "
                    "A DASH risk assessment on 3 May 2026 was graded high risk and the case was heard at MARAC on 14 May 2026; an IDVA "
                    "(Morlan Women's Aid) has supported her since. The DASH form and the MARAC minutes are on the MG6D."),
              ("h", "2. Tystiolaeth / The evidence"),
              ("p", "Her account was video-recorded on 6 May 2026 at Tŷ Derwen by DC MORGAN (exhibit SM/1, with the ABE summary SM/2). "
                    "Mrs HOWELLS was offered an interview in Welsh and chose English. Lowri BEVAN's statement gives the first account. "
                    "PC 1187 Owain TUDOR attended Lowri's house at 16:05 and recorded Mrs HOWELLS's first account to police on body-worn video (exhibit OT/1). "
                    "She was examined at Canolfan Seren SARC on 4 May 2026 by Dr Alys PRITCHARD, who found fingertip-pattern bruising to both inner upper arms; "
                    "her statement is in the file. Mrs HOWELLS signed consent on 4 May 2026 to the SARC records and the body map being released to police and the CPS."),
              ("h", "3. Llinellau ymholi / Reasonable lines of enquiry"),
              ("p", "The suspect's handset (exhibit DRJ/1) was seized on arrest. Its examination was confined to the WhatsApp chat with the complainant between "
                    "25 April and 10 May 2026, to find the 07:40 message and any messages showing the reconciliation he describes. The message is there; "
                    "no message from either of them suggests a reconciliation. The examination supports her account and does not undermine it."),
              ("p", "Lines pointing away from the suspect were followed: (a) his account that they had agreed to 'try again' that evening - no message, "
                    "call or witness supports it, and their son (15), who was staying with his grandparents that night, confirms his father said nothing "
                    "of the sort to him the next day (short statement not taken: the grandparents confirm he was with them and has no evidence of the events; "
                    "recorded on the MG6C, item 7); (b) his suggestion that she has a motive because of the separation - her solicitor's first letter about "
                    "divorce is dated 19 May 2026, after the report; the date is recorded on the MG6C; (c) any earlier allegation by her that was not pursued - "
                    "force systems show only the 2019 incident, in which he admitted the assault. House-to-house on Heol y Felin (four addresses) found no one who heard anything."),
              ("p", "Mrs HOWELLS's own phone has not been examined and no request has been made for it: the message relied on is on the suspect's handset, "
                    "and no reasonable line of enquiry requires her device. No third-party material has been requested: her GP and counselling records "
                    "do not bear on any issue identified, and she has not disclosed to any other professional."),
              ("h", "4. Ateb y sawl a ddrwgdybir / Suspect's account"),
              ("p", "Interviewed on 5 May 2026 with his solicitor present. He accepts intercourse took place. He says it was consensual, that they had talked "
                    "about a fresh start and she had kissed him first. He says the 07:40 message was an apology for shouting at her earlier in the evening. "
                    "He suggests she has made the allegation to gain advantage over the children. ROTI in the file."),
              ("h", "5. Tystiolaeth sy'n weddill / Outstanding evidence"),
              ("p", "No further enquiries are outstanding." if final else
                    "ROTI to be typed by the custody typist - by 25 September 2026. Otherwise no further enquiries are outstanding."),
              ("h", "6. Anghenion y dioddefwr / Victim: needs, special measures, VPS, ISVA"),
              ("p", "Special measures (MG2 attached): she asks for her ABE to be played as evidence in chief (s.27), for screens (s.23) and, if the case is "
                    "charged, for her cross-examination to be pre-recorded under s.28 - she was told what this involves and wants it. Intermediary: not needed; "
                    "she has no communication needs and the Registered Intermediary scheme was not engaged. Welsh language: offered at every stage; she prefers English. "
                    "She was referred to the Cymorth ISVA service on 6 May 2026 and is supported by ISVA Ffion REES as well as her IDVA. "
                    "A Victim Personal Statement was offered on 6 May and again on 20 June 2026; she wishes to make one if the case is charged."),
              ("h", "7. Cyngor cynnar / Early advice"),
              ("p", "Early advice was sought on 12 May 2026 and given by the CPS RASSO unit on 20 May 2026 (e-mail in the file). The four actions it set "
                    "(SARC statement, handset examination limited to the relevant chat, house-to-house, divorce-letter date) are complete."),
              ("h", "8. Datgelu / Disclosure"),
              ("p", "MG6C and MG6D are attached. The digital and disclosure strategy is as set out in section 3; no DMD has been prepared at this stage because "
                    "the only device examined is the suspect's and the examination was limited as above.")]
        if final:
            B += [("h", "Ardystiad goruchwyliwr / Supervisor's endorsement"),
                  ("p", "I have reviewed this file; it is ready for a charging decision. DS 2207 Rhodri EVANS, RASSO Morlan, 24 September 2026.")]
        B += [("kv", [("Llofnod / Signed", f"{OIC}" + ("  (Sgd)" if final else "  [draft]")),
                      ("Dyddiad / Date", "24 September 2026" if final else "15 September 2026")])]
        return B

    docx_render(mg3(False), F.doc("01 MG forms/MG3 v1.docx", "MG3"), head="DRAFT / DRAFFT - " + HEAD, foot=FOOT, author="Sian Morgan")
    docx_render(mg3(True), F.doc("01 MG forms/MG3 v2 FINAL.docx", "MG3"), head=HEAD, foot=FOOT, author="Sian Morgan")

    mg2 = [("sub", FORCE), ("title", "MG2 - ASESIAD MESURAU ARBENNIG / SPECIAL MEASURES ASSESSMENT"),
           ("kv", [("URN", URN), ("Tyst / Witness", "Nia HOWELLS (complainant)"),
                   ("Cymhwyster / Eligibility", "Eligible: complainant in respect of a sexual offence (Youth Justice and Criminal Evidence Act 1999, s.17(4))."),
                   ("Mesurau a geisir / Measures sought", "Video-recorded interview as evidence in chief (s.27); screens (s.23); pre-recorded cross-examination (s.28)."),
                   ("Barn y tyst am adran 28 / Witness's view on s.28", "Explained to her by DC MORGAN on 20 June 2026 with her ISVA present. She wants her cross-examination pre-recorded."),
                   ("Cyfryngwr / Intermediary", "Considered; not required. No communication or comprehension difficulty. RI scheme not engaged."),
                   ("Iaith / Language", "Welsh offered; she chose English."),
                   ("Cymorth / Support", "IDVA (Morlan Women's Aid); ISVA Ffion REES (Cymorth ISVA); wishes her ISVA to be with her at court."),
                   ("Completed by", f"{OIC}, 20 June 2026")])]
    pdf_render(mg2, F.doc("01 MG forms/MG2 Mesurau Arbennig - Special Measures.pdf", "MG2"), head=HEAD, foot=FOOT)

    mg12 = [("sub", FORCE), ("title", "MG12 - RHESTR ARDDANGOSION / EXHIBIT LIST"), ("kv", [("URN", URN)]),
            ("table", ["Cyf. / Ref", "Disgrifiad / Description", "Cyflwynwyd gan / Produced by"],
             [["SM/1", "ABE video-recorded interview of Nia HOWELLS, 06/05/2026 (digital file)", "DC 4410 MORGAN"],
              ["SM/2", "ABE summary of SM/1", "DC 4410 MORGAN"],
              ["OT/1", "Body-worn video, PC 1187 TUDOR, 03/05/2026 16:05-16:26 (clip 16:06-16:14 provided)", "PC 1187 TUDOR"],
              ["DRJ/1", "Samsung handset of Gareth HOWELLS, seized on arrest 05/05/2026", "DC 3001 JENKINS"],
              ["DRJ/2", "Report of examination of DRJ/1 limited to WhatsApp chat with complainant 25/04-10/05/2026", "DC 3001 JENKINS"],
              ["AP/1", "SARC body map and photographs of bruising (sensitive; available to CPS on request)", "Dr A. PRITCHARD"]],
             [0.6, 3, 1.4])]
    pdf_render(mg12, F.doc("01 MG forms/MG12 Rhestr Arddangosion - Exhibit list.pdf", "MG12"), head=HEAD, foot=FOOT)

    lowri = mg11(URN, "Lowri BEVAN", "Staff nurse", "04/05/2026", [[
        "I am the older sister of Nia HOWELLS. I live at Bryn Teg, Llanfair Morlan with my husband.",
        "On Sunday 3rd May 2026 at about 09:30 Nia arrived at my house without warning. She was still in her pyjama top under a coat and had been crying. "
        "She sat at my kitchen table and for a few minutes she could not speak. Then she said, 'He wouldn't stop, Lowri. I told him to stop and he held my arms down.' "
        "I asked her who and she said, 'Gareth, last night, after I told him I wanted him out.'",
        "She showed me her upper arms. There were red marks on the inside of both arms, like finger marks. She showed me a message on her phone from Gareth which said "
        "he was sorry about last night and he lost his head."],
        ["Nia did not want to call the police at first. She was worried about the children. We talked for most of the day and at about 3 pm she agreed that I could "
         "phone. I rang 101 and a police officer came to my house at about 4 pm. I stayed in the room while she told him what had happened.",
         "I know that Gareth and Nia have had problems for years. In 2019 Nia told me he had pushed her into a door; I know the police were involved then.",
         "I am willing to attend court if required."]],
        witnessed="PC 1187 TUDOR", welsh=True, force=FORCE)
    pdf_render(lowri, F.doc("02 Statements/MG11 Lowri BEVAN.pdf", "MG11", "first_account"), head=HEAD, foot=FOOT)

    tudor = mg11(URN, "PC 1187 Owain TUDOR", "Police constable, Morlan response", "03/05/2026", [
        "I am a police constable with Heddlu Bro Morlan. On Sunday 3rd May 2026 at 15:20 I was sent to incident 0412, a report of a sexual assault by a husband, "
        "made by the caller Lowri BEVAN on behalf of her sister.",
        "I arrived at Bryn Teg, Llanfair Morlan at 16:05. I activated my body-worn camera before entering. Present were Lowri BEVAN and Nia HOWELLS. "
        "Mrs HOWELLS was tearful. I asked her only enough to understand what had happened and whether she was safe. She told me that her husband Gareth had "
        "forced her to have sex the night before after she told him she wanted to separate, that he had held her arms, and that he had left the house early that morning.",
        "I noted faint red marks to the inside of both of her upper arms. I did not ask her to remove any clothing.",
        "I completed a DASH risk assessment with her, which was graded high. I informed the duty sergeant and the RASSO team and arranged for her to be taken to Canolfan Seren SARC the following morning.",
        "I stopped recording at 16:26. I later downloaded the recording to the force evidence store and I produce the relevant clip (16:06 to 16:14) as exhibit OT/1."],
        witnessed="", welsh=True, force=FORCE, sig="O. Tudor PC1187")
    pdf_render(tudor, F.doc("02 Statements/MG11 PC1187 TUDOR.pdf", "MG11", "officer"), head=HEAD, foot=FOOT)

    morgan = mg11(URN, "DC 4410 Siân MORGAN", "Detective constable, RASSO Team", "06/05/2026", [
        "I am a detective constable trained in Achieving Best Evidence interviewing. I am the officer in the case.",
        "On Wednesday 6th May 2026 between 10:02 and 11:18 at the Tŷ Derwen interview suite I conducted a video-recorded interview with Nia HOWELLS. "
        "DC 3001 JENKINS monitored the interview. Before it began I offered Mrs HOWELLS the interview in Welsh; she chose English. A written interview plan was prepared beforehand and has been retained.",
        "The interview was recorded on the suite's digital system. I produce the master copy of the recording as exhibit SM/1, which I sealed and booked into the property store (seal 00441872), "
        "and the ABE summary which I prepared as exhibit SM/2. A working copy is provided with the file."],
        welsh=True, force=FORCE, sig="(Sgd) S. Morgan")
    pdf_render(morgan, F.doc("02 Statements/MG11 DC MORGAN - ABE.pdf", "MG11", "officer"), head=HEAD, foot=FOOT)

    pritchard = mg11(URN, "Dr Alys PRITCHARD", "Forensic physician, Canolfan Seren SARC", "12/05/2026", [
        "I am a forensic physician with fourteen years' experience of examining complainants of sexual assault. I hold the Faculty of Forensic and Legal Medicine membership.",
        "On 4th May 2026 at 10:30 at Canolfan Seren SARC I examined Nia HOWELLS, with her written consent, including consent to release my notes, body map and photographs to the police and the CPS.",
        "She gave a brief history of being held down by her husband on the night of 2-3 May 2026.",
        "On the inner aspect of the right upper arm there were three oval bruises, each about 1 cm, in a line; on the left there were two similar bruises. In my opinion "
        "this pattern is typical of firm gripping by fingertips. I cannot say when within the previous 48 hours they were caused. There was no injury to the genital area; "
        "the absence of genital injury is common after non-consensual intercourse between adults and does not help to decide whether there was consent.",
        "Intimate swabs were taken and are stored at the SARC; they have not been submitted for analysis because the suspect accepts intercourse took place."],
        sig="[signed] A. Pritchard", force=FORCE)
    docx_render(pritchard, F.doc("02 Statements/Dr Pritchard SARC statement.docx", "MG11", "expert"), head=HEAD, author="A Pritchard")

    abe_sum = [("sub", FORCE), ("title", "CRYNODEB CYFWELIAD ABE / RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY (SM/2)"),
               ("kv", [("URN", URN), ("Interviewee", "Nia HOWELLS"), ("Date / Time", "06/05/2026, 10:02 - 11:18"),
                       ("Interviewer", "DC 4410 Siân MORGAN"), ("Monitor", "DC 3001 JENKINS"), ("Language", "English (Welsh offered)")]),
               ("table", ["Counter", "Summary"], [
                   ["00:00", "Introductions, ground rules, truth and lies, Welsh language offer."],
                   ["04:10", "Free narrative: evening of 2 May, tells suspect she wants a separation; he goes out, returns about 23:30."],
                   ["13:45", "She is in bed; he comes in, gets on top of her, holds her upper arms. She says 'No, Gareth, stop' several times and cries."],
                   ["22:30", "Penile-vaginal penetration; lasts a few minutes; he then lies down and sleeps; she lies awake till he leaves about 06:00."],
                   ["31:00", "07:40 WhatsApp message: 'I'm sorry about last night, I lost my head'. She drives to her sister's house."],
                   ["38:20", "Previous abuse: 2019 assault (caution), controlling behaviour over money, checking her phone."],
                   ["55:10", "Clarification questions: no discussion of reconciliation that evening; she did not kiss him."],
                   ["71:40", "Closure; support explained (ISVA, IDVA)."]], [0.6, 4])]
    pdf_render(abe_sum, F.doc("02 Statements/SM-2 Crynodeb ABE summary.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)

    roti = [("sub", FORCE), ("title", "COFNOD CYFWELIAD WEDI'I RECORDIO / RECORD OF TAPED INTERVIEW (ROTI)"),
            ("kv", [("URN", URN), ("Person interviewed", "Gareth Rhys HOWELLS"), ("Date", "05/05/2026"),
                    ("Place", "Morlan custody suite, interview room 3"), ("Time commenced / concluded", "14:12 / 15:03"),
                    ("Interviewing officers", "DC 4410 MORGAN, DC 3001 JENKINS"), ("Others present", "Mr Huw LLOYD, solicitor (Lloyd & Pugh)"),
                    ("Caution", "Given and understood; legal advice received")]),
            ("table", ["Time", "Person", "Summary"], [
                ["14:13", "DC MORGAN", "Explains allegation of rape on night of 2-3 May 2026."],
                ["14:15", "HOWELLS", "Accepts they had sex that night. Says it was her idea; they had talked about a fresh start and she kissed him."],
                ["14:24", "DC MORGAN", "Puts her account that she said stop and cried."],
                ["14:25", "HOWELLS", "Denies. 'She never said stop. If she was crying it was about the marriage, not me.'"],
                ["14:33", "DC MORGAN", "Shows 07:40 message."],
                ["14:34", "HOWELLS", "Says the apology was for shouting at her earlier in the evening about money."],
                ["14:41", "DC MORGAN", "Asks about bruising on her arms."],
                ["14:42", "HOWELLS", "Cannot explain it; suggests she bruises easily, 'she's always got bruises from the school'."],
                ["14:50", "HOWELLS", "Suggests she is making it up so she gets the house and the children."],
                ["15:03", "-", "Interview concluded."]], [0.6, 1, 4])]
    pdf_render(roti, F.doc("02 Statements/ROTI Gareth HOWELLS 05-05-26.pdf", "ROTI"), head=HEAD, foot=FOOT)

    make_video(F.doc("03 Media/SM-1 ABE Nia HOWELLS 06-05-26.mp4", "ABE_RECORDING"), ["ABE SM/1 Ty Derwen", "06/05/2026"], secs=4, clock="10:02:00")
    make_video(F.doc("03 Media/OT-1 BWV PC1187 clip.mp4", "BWV"), ["BWV PC1187 03/05/2026"], secs=3, clock="16:06:00", codec="mpeg4")

    inc = [("mono", "HEDDLU BRO MORLAN / MORLAN VALE POLICE - CYSWLLT COMMAND AND CONTROL - INCIDENT LOG"),
           ("kv", [("Incident", "0412 03/05/2026"), ("URN", URN), ("Opened", "03/05/2026 15:12 (101)"), ("Grade", "Priority")]),
           ("table", ["Time", "Operator", "Entry"], [
               ["15:12", "CH 2231", "Caller Lowri BEVAN reports her sister Nia HOWELLS was raped last night by her husband Gareth HOWELLS at their home in Heol y Felin. Sister with caller now at Bryn Teg. Suspect believed at work."],
               ["15:14", "CH 2231", "Caller states victim has marks on arms. Advised not to wash clothing. Previous DV markers on address."],
               ["15:20", "DISP 114", "PC 1187 TUDOR assigned."],
               ["16:05", "PC 1187", "On scene. Victim confirms account. BWV on."],
               ["16:40", "PC 1187", "DASH completed - HIGH. RASSO team informed. SARC booked 04/05 10:30."],
               ["18:10", "PS 902", "Suspect's whereabouts known; arrest planned 05/05 with RASSO."]], [0.6, 0.8, 4])]
    pdf_render(inc, F.doc("Unused/Log Digwyddiad - Incident log 0412.pdf", "INCIDENT_LOG"), family="mono", size=9)

    crime = [("sub", FORCE), ("title", "ADRODDIAD TROSEDD / CRIME REPORT  62/CR/11873/26"),
             ("kv", [("URN", URN), ("Offence", "Rape of female 16 or over (SOA 2003 s.1)"), ("Date of offence", "02/05/2026 23:30 - 03/05/2026 06:00"),
                     ("Reported", "03/05/2026 15:12 by third party (sister)"), ("Victim", "HOWELLS, Nia"), ("Suspect", "HOWELLS, Gareth Rhys"),
                     ("Relationship", "Spouse - domestic abuse flag"), ("DASH", "High - MARAC referral 03/05/2026, heard 14/05/2026"),
                     ("Protected characteristics", "Female; White Welsh; Welsh speaker; no disability recorded"),
                     ("Victims' Code", "Enhanced entitlement (victim of sexual offence / DA). Contact contract: weekly, by phone, via OIC."),
                     ("OIC", OIC)]),
             ("p", "Summary as first recorded: victim told sister the next morning that husband forced intercourse after she said she wanted a separation. "
                   "Marks to upper arms. Suspect arrested 05/05/2026, interviewed, bailed with conditions.")]
    pdf_render(crime, F.doc("Unused/Adroddiad Trosedd - Crime report.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)

    c6 = mg6c(URN, FORCE, "DC 3001 Dafydd JENKINS", [
        ["1", "Incident log 0412 of 03/05/2026 (copy with this file, Unused folder)", "CYSWLLT", "Yes - first complaint", ""],
        ["2", "Crime report 62/CR/11873/26 (copy with this file)", "CYSWLLT", "Yes", ""],
        ["3", "PC TUDOR pocket notebook entries 03/05/2026 pp. 41-43: attendance at Bryn Teg", "Morlan station", "No", ""],
        ["4", "Full body-worn video of PC TUDOR 16:05-16:26 (clip OT/1 is evidence)", "Evidence store", "No", ""],
        ["5", "Written ABE interview plan for Nia HOWELLS, DC MORGAN, 05/05/2026", "RASSO Morlan", "No", ""],
        ["6", "House-to-house proforma, Heol y Felin, four addresses, all negative", "RASSO Morlan", "No", ""],
        ["7", "Note of phone call with suspect's parents 08/05/2026 confirming son (15) stayed with them 2-3 May", "RASSO Morlan", "No", ""],
        ["8", "Letter from Prothero Solicitors to suspect dated 19/05/2026 about divorce (date noted: after report)", "RASSO Morlan", "No", ""],
        ["9", "Custody record of Gareth HOWELLS 05/05/2026", "Morlan custody", "No", ""],
        ["10", "Prosecution witness PNC checks (copy with this file)", "RASSO Morlan", "Yes", ""]], "22/09/2026")
    pdf_render(c6, F.doc("Unused/MG6C Heb fod yn sensitif - Non-sensitive.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    c6d = mg6d(URN, FORCE, "DC 3001 Dafydd JENKINS", [
        ["1", "DASH risk assessment, 03/05/2026", "Contains victim's safety planning and address information", "Not disclosable", ""],
        ["2", "MARAC minutes, 14/05/2026", "Multi-agency confidential; third-party information about the children", "Reviewed - nothing undermining", ""],
        ["3", "SARC notes, body map and photographs (AP/1)", "Intimate medical material; consent given 04/05/2026 for release to police and CPS", "Relied on via Dr PRITCHARD", ""]],
        "22/09/2026")
    pdf_render(c6d, F.doc("Unused/MG6D Sensitif - Sensitive.pdf", "MG6D"), head=HEAD, foot=FOOT, size=9)

    pdf_render(pnc_print(URN, FORCE, "HOWELLS, Gareth Rhys", "11/02/1984", "04/118273L",
                         [["21/03/2019", "Morlan Vale Police (caution)", "Common assault (domestic) - victim Nia HOWELLS", "Simple caution"],
                          ["07/08/2006", "Aberteifion Magistrates", "Drunk and disorderly", "Fine £80"]], "05/05/2026"),
               F.doc("Unused/PNC Gareth HOWELLS.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Nia HOWELLS", "Complainant", "No trace", "Victim on 2019 DA record only"],
                                        ["Lowri BEVAN", "First account", "No trace", "No trace"],
                                        ["PC 1187 TUDOR", "Officer", "n/a (serving officer - no misconduct findings)", "-"],
                                        ["Dr Alys PRITCHARD", "Expert", "No trace", "No trace"]], "21/09/2026", "DC 3001 JENKINS"),
               F.doc("Unused/Gwiriadau PNC tystion - Witness PNC checks.pdf", "PNC"))

    write_eml(F.doc("Unused/RE Early advice HOWELLS 62TF0318426.eml", ["EARLY_ADVICE", "CORRESPONDENCE"]),
              "Catrin Wyn <catrin.wyn@cps.example>", "Sian Morgan <sian.morgan@morlanvale.police.example>",
              "RE: Early advice request - URN 62TF0318426 - HOWELLS",
              dt.datetime(2026, 5, 20, 16, 41, tzinfo=dt.timezone.utc),
              "Siân,\n\nThank you for the early advice request of 12 May in R v Gareth HOWELLS (URN 62TF0318426).\n\n"
              "Having read the summary, the first account and the SARC note, my advice on the lines of enquiry is:\n"
              "1. Obtain a statement from the forensic physician about the bruising and the absence of injury.\n"
              "2. Examine the suspect's handset for the WhatsApp chat with the complainant only, 25 April to 10 May 2026. "
              "I do not advise any request for the complainant's phone: nothing suggests it holds relevant material that the suspect's does not.\n"
              "3. House-to-house in Heol y Felin.\n4. Establish when divorce proceedings were first raised, since the defence may say the allegation is motivated by them.\n\n"
              "Please submit for a full code test decision when these are done.\n\nCatrin Wyn\nSenior Crown Prosecutor, RASSO unit\n01632 960771\n\n"
              "-----Original Message-----\nFrom: Sian Morgan\nSent: 12 May 2026 09:15\nSubject: Early advice request - URN 62TF0318426 - HOWELLS\n\n"
              "Ma'am, please find the early advice MG3 attached. Diolch, Siân\n")

    present = ["MG3", "MG2", "MG12", "MG11", "ABE_SUMMARY", "ROTI", "ABE_RECORDING", "BWV", "INCIDENT_LOG", "CRIME_REPORT",
               "MG6C", "MG6D", "PNC"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C02
def case02(out):
    """Severnmoor: complainant asleep/unconscious, toxicology; MG3 with numbered outstanding list. Compliant."""
    URN = "58KR0772126"
    FORCE = "SEVERNMOOR CONSTABULARY"
    F = Folder(out, "ASHWORTH_v_BRADSHAW_58KR0772126")
    HEAD = "OFFICIAL-SENSITIVE when complete"
    FOOT = "KESTREL Case Manager 7.2 | Printed 02/10/2026 by 3390 | Page {p} of {n}"
    OIC = "DC 3390 Nadia KELLAND"

    mg3 = [("mono", "KESTREL CASE MANAGER :: FORM MG3 :: CASE 58KR0772126"),
           ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
           ("kv", [("URN", URN), ("Suspect", "Connor James BRADSHAW, born 19/09/1998"),
                   ("Offence(s)", "Rape (s.1 SOA 2003) at 12 Wharf Court, Severnbridge, about 04:30 on 14/06/2026"),
                   ("Decision sought", "Full Code Test"),
                   ("Custody / bail", "Released under investigation on 15/06/2026. RUI rather than bail: the complainant lives 30 miles away, they have no "
                                      "shared contacts apart from one friend, and he has made no attempt to contact her; reviewed 15/09/2026 by Insp. MALIK, RUI continued."),
                   ("Officer in case", f"{OIC}, RASSO Severnmoor West. Tel 01632 960552 / 07700 900552. Email nadia.kelland@severnmoor.police.example"),
                   ("Supervisor", "DS 1450 Gavin ROWE - reviewed and endorsed 02/10/2026")]),
           ("h", "Case summary"),
           ("p", "Hollie ASHWORTH (24) went to a party at the suspect's flat on the evening of 13 June 2026 with a friend of a friend. She drank heavily. "
                 "At about 01:45 she went to lie down on the suspect's bed because she felt ill; guests saw her go and the suspect said he would keep an eye on her. "
                 "Her next memory is waking, face down, to find the suspect having vaginal intercourse with her. She pushed him away, found her shoes and walked home. "
                 "At 05:02 she telephoned her friend Jodie MARSH, crying, and told her. At 07:15 she called 999. She was examined at Severnmoor SARC at 11:00; "
                 "blood and urine were taken for toxicology and intimate swabs for DNA."),
           ("h", "Key evidence"),
           ("p", "ABE interview 15/06/2026 (HA/1) with index HA/2, exhibited by DC KELLAND. Jodie MARSH (first account, 05:02 phone call and later in person). "
                 "PC 5521 GARSIDE (first officer). Marcus OYELARAN (guest: she was 'very drunk', went to lie down at about 01:45, suspect said he would check on her). "
                 "999 call recording (DK/4) produced by DC KELLAND. SFR1: DNA matching the suspect from high vaginal swab. Preliminary toxicology from Dr RAMANATHAN: "
                 "blood alcohol 41 mg/100 ml at 11:40; no drugs detected in the preliminary screen; GHB could not be excluded because of the time elapsed."),
           ("h", "Suspect's account"),
           ("p", "Interviewed 15/06/2026 with a solicitor. Accepts intercourse. Says she was awake, kissed him and 'pulled him onto the bed'; denies she was asleep. "
                 "Says she left suddenly and he messaged her at 09:12 to check she was all right. The 09:12 message reads 'hope ur ok, sorry if i took advantage lol' - "
                 "he says this was a joke."),
           ("h", "Lines of enquiry (including those pointing away from the suspect)"),
           ("p", "Capacity and consciousness: toxicology and back-calculation (outstanding, below); guests' accounts of her condition. Pointing away: the suspect says a guest, "
                 "Keeley TRAN, saw Hollie 'all over him' at about 01:30; Ms TRAN has been traced and will be seen (outstanding, below). The suspect says he "
                 "ordered her a taxi; no taxi app booking was found on his handset in the limited examination, and Jodie MARSH says Hollie told her at 05:02 that she was walking home."
                 " The complainant's phone: with her agreement (DPN signed 15/06/2026) the examination was limited to messages and calls with the suspect and "
                 "with Jodie MARSH between 13/06 18:00 and 15/06 23:59, to prove the 05:02 call and the 09:12 message. No wider examination was requested. "
                 "No third-party material has been requested: none of her records bears on consent or capacity on this occasion."),
           ("h", "Outstanding evidence / actions"),
           ("p", "1. Full toxicology statement (SFR2) from Dr Priya RAMANATHAN, Cranmere Forensics, including the back-calculation of her blood alcohol to 04:30 - by the end of October 2026."),
           ("p", "2. Statement from Keeley TRAN (guest; she is abroad until 9 October) - by Friday the sixteenth of October 2026."),
           ("p", "3. Report on the suspect's handset (exhibit DK/6) limited to messages and photographs 13-15 June 2026 - by the thirteenth of November 2026."),
           ("p", "None of these is expected to change the evidential picture on the central issue, but item 1 bears directly on capacity; the CPS may wish to decide after it arrives."),
           ("h", "Victim"),
           ("p", "Special measures: MG2 attached; ABE as evidence in chief, screens, and she wants s.28 pre-recorded cross-examination. Intermediary not needed. "
                 "Needs: none for language or disability; she asked for a female officer throughout and this has been kept. ISVA: referred 15/06/2026 to Severnmoor ISVA "
                 "Service, allocated ISVA Ms Dee CARTER. VPS: offered and made on 02/09/2026 (in file)."),
           ("h", "Early advice"),
           ("p", "Early advice was not sought: the issues (consent and capacity) were clear from the first day and the forensic strategy was agreed with the SARC and the lab; "
                 "the file was built for a full code test decision instead."),
           ("h", "Disclosure"),
           ("p", "MG6C, MG6D (SARC notes), MG6E and the DMD are attached. Witness convictions: one guest has a 2018 caution (MG6C item 9).")]
    pdf_render(mg3, F.doc("MG3_BRADSHAW_charging.pdf", "MG3"), head=HEAD, foot=FOOT)

    make_video(F.doc("ABE_HA_150626.mp4", "ABE_RECORDING"), ["VRI HA/1 - Severnmoor", "Suite B"], secs=5, clock="13:30:00")
    summ = [("title", "INDEX OF VIDEO RECORDED INTERVIEW (HA/2)"),
            ("kv", [("URN", URN), ("Witness", "Hollie ASHWORTH"), ("Date", "15/06/2026 13:30-14:41"), ("Interviewer", OIC), ("Exhibit of recording", "HA/1")]),
            ("table", ["Time", "Topic"], [
                ["00:00-03:40", "Introductions, rapport"],
                ["03:40-19:10", "Free recall: party, drinks (about 6 vodka and cola, shots), feeling ill, lying down about 01:45"],
                ["19:10-27:30", "Waking face down; suspect on top of her; penetration; she pushes him off, 'what are you doing'; he says 'you were up for it'"],
                ["27:30-34:00", "Leaves, walks home, phones Jodie MARSH at 05:02"],
                ["34:00-52:15", "Questioning: no memory between lying down and waking; no kissing; did not go to the bed with him"],
                ["52:15-71:00", "09:12 message; her phone; closure"]], [1, 4])]
    pdf_render(summ, F.doc("Index HA VRI.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)

    st = lambda rel, typ, role, B, **kw: pdf_render(B, F.doc(rel, typ, role), head=HEAD, foot=FOOT, **kw)
    st("stmt KELLAND ABE and 999.pdf", "MG11", "officer", mg11(URN, "Nadia KELLAND", "Detective Constable 3390", "16/06/2026", [
        "I am the officer in the case. On 15/06/2026 between 13:30 and 14:41 at the Severnmoor video interview suite I interviewed Hollie ASHWORTH on video, with DC 4102 HUSSAIN monitoring. "
        "I produce the recording as exhibit HA/1 and my index of it as HA/2. The interview plan I prepared is retained (MG6C item 4).",
        "On 16/06/2026 I obtained from the control room a copy of the recording of the 999 call made at 07:15 on 14/06/2026 (CAD 0233). I produce it as exhibit DK/4."], sig="N. Kelland"))
    st("stmt JMARSH.pdf", "MG11", "first_account", mg11(URN, "Jodie MARSH", "Retail supervisor", "14/06/2026", [
        "Hollie ASHWORTH is my best friend; we have known each other since school.",
        "At 05:02 on Sunday 14th June 2026 my phone rang. It was Hollie. She was crying so much I could hardly understand her. She said, 'I woke up and he was doing it to me, Jo. I was asleep.' "
        "I asked who and she said 'Connor, at the party'. She said she was walking home. I told her to go home and lock the door and that I was coming.",
        "I got to her flat at about 05:40. She was sitting on the kitchen floor in the dress she had worn the night before. She told me again that she had fallen asleep on his bed because she felt sick "
        "and woke up with him on top of her. I persuaded her to ring the police, which she did at about 07:15 with me sitting next to her."], sig="(Sgd) J. Marsh", witnessed="PC 5521 GARSIDE"))
    st("stmt PC5521.pdf", "MG11", "officer", mg11(URN, "PC 5521 Tom GARSIDE", "Police constable", "14/06/2026", [
        "At 07:19 on 14/06/2026 I was sent to a report of a rape, CAD 0233. I arrived at the flat of Hollie ASHWORTH at 07:41 with PC 6610 DOYLE. Jodie MARSH was also there.",
        "Ms ASHWORTH was tearful and appeared tired; she smelt of intoxicants. I took a brief first account: she said she had gone to a party at Connor's flat in Wharf Court, "
        "fell asleep on his bed, and woke up with him having sex with her. I asked her not to wash or change and to keep the dress in a bag. I seized the dress (exhibit TG/1).",
        "My body-worn camera was switched on throughout the visit. I produce the clip of her first account (07:42 to 07:49) as exhibit TG/2; the full footage is retained on DEMS. I arranged SARC and informed the RASSO team."], sig="T GARSIDE"))
    st("stmt OYELARAN.pdf", "MG11", "witness", mg11(URN, "Marcus OYELARAN", "Warehouse operative", "18/06/2026", [
        "I went to a party at Connor BRADSHAW's flat at 12 Wharf Court on 13th June 2026. I have known Connor for about three years through five-a-side football.",
        "I saw a girl I now know to be Hollie. By about 1 am she was very drunk - she was slurring and had to hold the wall. At about quarter to two she said she felt sick and went into Connor's bedroom "
        "to lie down. Connor said he would keep an eye on her. I left at about 2.15 am; the bedroom door was shut and Connor was in the living room."], sig="[signed]"))
    st("Ramanathan prelim tox.pdf", "MG11", "expert", mg11(URN, "Dr Priya RAMANATHAN", "Forensic toxicologist, Cranmere Forensics", "21/08/2026", [
        "I hold a PhD in analytical toxicology and have reported in criminal cases for eleven years.",
        "I received blood (PRS/1) and urine (PRS/2) taken from Hollie ASHWORTH at 11:40 on 14/06/2026. Blood alcohol: 41 milligrams per 100 millilitres. The preliminary drug screen "
        "detected no drugs of abuse or sedatives. GHB is eliminated quickly and its absence at this time does not exclude it.",
        "This is a preliminary statement. A full statement including a back-calculation of her blood alcohol concentration at 04:30 will follow."], sig="(signed) P Ramanathan"))
    sfr = [("title", "STREAMLINED FORENSIC REPORT - SFR1"), ("sub", "Cranmere Forensics Ltd - on behalf of Severnmoor Constabulary"),
           ("kv", [("URN", URN), ("Lab ref", "CF-26-118204"), ("Date", "04/08/2026"), ("Scientist", "Mr Owen PRICE, reporting scientist")]),
           ("p", "Item SARC/3 (high vaginal swab, Hollie ASHWORTH): semen identified. A DNA profile was obtained that matches the reference profile of Connor BRADSHAW. "
                 "The probability of a match if the DNA came from someone other than, and unrelated to, him is less than one in a billion."),
           ("p", "If this result is not agreed, a full evaluative statement (SFR2) can be provided within 28 days.")]
    pdf_render(sfr, F.doc("SFR1 DNA.pdf", "FORENSIC"), head=HEAD, foot=FOOT)
    roti = [("title", "RECORD OF TAPED INTERVIEW - MG15"), ("kv", [("URN", URN), ("Interviewee", "Connor James BRADSHAW"), ("Date/time", "15/06/2026 10:05-10:47"),
            ("Location", "Severnbridge custody"), ("Present", "DC 4102 HUSSAIN, DC 3390 KELLAND, Ms P. OWUSU (solicitor)")]),
            ("p", "Q&A summarised. Cautioned, understood."),
            ("table", ["Tape ref", "Speaker", "Content"], [
                ["00:30", "BRADSHAW", "She came into the bedroom with me. We kissed. She pulled me onto the bed. She was awake - she was talking to me."],
                ["06:10", "HUSSAIN", "Guests say she went in alone to lie down at 01:45 because she felt sick."],
                ["06:40", "BRADSHAW", "That's not how it was. I went in about ten minutes later and she was awake on her phone."],
                ["14:20", "HUSSAIN", "Put: she woke face down with you on top of her."],
                ["14:35", "BRADSHAW", "No. She was up for it. She just left after, I don't know why."],
                ["22:00", "KELLAND", "Shows 09:12 message 'sorry if i took advantage lol'."],
                ["22:30", "BRADSHAW", "It was a joke. We'd both been drinking."],
                ["31:00", "KELLAND", "Did you order her a taxi? - Yes, on my app. (Not found on the handset - see MG3.)"]], [0.6, 1, 4])]
    pdf_render(roti, F.doc("ROTI BRADSHAW.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "BRADSHAW, Connor James", "19/09/1998", "16/220918C",
                         [["11/01/2021", "Severnbridge Magistrates", "Driving with excess alcohol", "Fine, 16 months disqualification"]], "15/06/2026"),
               F.doc("PNC.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Hollie ASHWORTH", "Complainant", "No trace", "No trace"], ["Jodie MARSH", "First account", "No trace", "No trace"],
                                        ["Marcus OYELARAN", "Witness", "Caution 2018: possession of cannabis (print attached; MG6C item 9)", "No trace"],
                                        ["Dr P. RAMANATHAN", "Expert", "No trace", "-"]], "28/09/2026", "DC 3390 KELLAND"),
               F.doc("Witness PNCs.pdf", "PNC"))
    dpn = [("title", "DIGITAL PROCESSING NOTICE (DPN) - VICTIM / WITNESS"), ("sub", FORCE),
           ("kv", [("URN", URN), ("Device owner", "Hollie ASHWORTH"), ("Device", "Apple iPhone 12, blue case (exhibit DK/5)"),
                   ("Why we are asking", "To prove the call to Jodie MARSH at 05:02 on 14/06/2026 and the message from the suspect at 09:12, which support your account."),
                   ("What we will look at", "Messages (SMS, WhatsApp, Snapchat) and call log, ONLY with Connor BRADSHAW and Jodie MARSH, from 18:00 on 13/06/2026 to 23:59 on 15/06/2026. Nothing else will be reviewed."),
                   ("How it will be extracted", "Logical extraction at the kiosk; results filtered to the above parameters before review; device returned the same day."),
                   ("Retention", "The filtered report is kept with the case; the full image is not retained beyond the examination."),
                   ("Your agreement", "I agree to the above. Signed: H. Ashworth [signed]  Date: 15/06/2026   Officer: DC 3390 KELLAND")])]
    pdf_render(dpn, F.doc("DPN HA.pdf", "DPN"), head=HEAD, foot=FOOT)
    ext = [("title", "KIOSK EXTRACTION REPORT (FILTERED)"), ("kv", [("URN", URN), ("Exhibit", "DK/5 - Apple iPhone 12"), ("Examined", "15/06/2026 16:10 by DC KELLAND"),
           ("Filter", "Contacts: C BRADSHAW, JODIE M; 13/06/2026 18:00 - 15/06/2026 23:59; calls + messages")]),
           ("table", ["Date/time", "Type", "Party", "Content"], [
               ["14/06/2026 05:02:14", "Call out (4m 51s)", "JODIE M", "-"],
               ["14/06/2026 05:44:02", "SMS in", "JODIE M", "outside now"],
               ["14/06/2026 09:12:40", "WhatsApp in", "C BRADSHAW", "hope ur ok, sorry if i took advantage lol"],
               ["14/06/2026 09:40:11", "WhatsApp in", "C BRADSHAW", "?"]], [1.3, 1, 1, 2.5])]
    pdf_render(ext, F.doc("Extraction report HA handset.pdf", "DIGITAL_EXTRACT"), head=HEAD, foot=FOOT)
    make_wav(F.doc("DK-4 999 call CAD0233.wav", "CALL_999"), secs=4)
    make_video(F.doc("TG-2 BWV PC5521 first account.mp4", "BWV"), ["BWV 5521 14/06/2026"], secs=3, clock="07:42:05")
    mg2 = [("title", "MG2 SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", URN), ("Witness", "Hollie ASHWORTH"), ("Eligibility", "s.17(4) YJCEA 1999 - complainant of a sexual offence"),
           ("Measures", "ABE as evidence-in-chief (s.27); screens (s.23); s.28 pre-recorded cross-examination - she has had it explained and wants it"),
           ("Intermediary", "Not required - no communication needs identified"), ("Other needs", "Female officers; ISVA to accompany her at court"),
           ("Completed", "DC KELLAND 02/09/2026")])]
    pdf_render(mg2, F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    vps = [("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", URN), ("Name", "Hollie ASHWORTH"), ("Date", "02/09/2026")]),
           ("p", DECL_EN.format(n=1, s="")),
           ("p", "Since that night I have not been able to sleep with the light off. I left my job at the café because I could not face customers. I want the court to know how it has changed me."),
           ("p", "Signature: [signed]   Date: 02/09/2026")]
    pdf_render(vps, F.doc("VPS.pdf", "VPS"), head=HEAD, foot=FOOT)
    mg12 = [("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Exhibit", "Description", "Produced by"], [
        ["HA/1", "ABE recording of Hollie ASHWORTH 15/06/2026", "DC KELLAND"], ["HA/2", "Index of HA/1", "DC KELLAND"],
        ["DK/4", "999 call recording CAD 0233 14/06/2026 07:15 (1 min 52 s; copy in file)", "DC KELLAND"],
        ["DK/5", "iPhone 12 of complainant (returned 15/06/2026) - filtered extraction report", "DC KELLAND"],
        ["DK/6", "Handset of suspect seized 15/06/2026", "DC KELLAND"], ["TG/1", "Dress worn by complainant", "PC GARSIDE"], ["TG/2", "BWV clip, PC GARSIDE, 14/06/2026 07:42-07:49 (copy in file)", "PC GARSIDE"],
        ["PRS/1-2", "Blood and urine samples", "SARC / Dr RAMANATHAN"], ["SARC/3", "High vaginal swab", "SARC"]], [0.7, 3.5, 1.2])]
    pdf_render(mg12, F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    cad = [("mono", "SEVERNMOOR CONSTABULARY  CAD  0233  14/06/2026"),
           ("table", ["Time", "Entry"], [["07:15:08", "999 call from female HOLLIE ASHWORTH: was raped overnight at a party at Wharf Court by male CONNOR; woke up to it. Now at home with friend JODIE."],
                                         ["07:16:30", "Caller safe; suspect not present. Advised not to wash. Grade 1."], ["07:19", "PC 5521 GARSIDE + PC 6610 DOYLE assigned"],
                                         ["07:41", "On scene."], ["08:30", "SARC booked 11:00. RASSO DS ROWE informed."]], [0.8, 4])]
    pdf_render(cad, F.doc("CAD log.pdf", "INCIDENT_LOG"), family="mono", size=9)
    cr = [("mono", "KESTREL :: CRIME RECORD 58/26/044812"), ("kv", [("URN", URN), ("Classification", "Rape of female aged 16 or over"), ("Victim", "ASHWORTH, Hollie"),
          ("Suspect", "BRADSHAW, Connor James"), ("Reported", "14/06/2026 07:15 by victim (999)"), ("First account recorded", "To PC 5521 at 07:41; to friend J MARSH at 05:02"),
          ("Protected characteristics", "Female; 24; White British"), ("Status", "RUI; file to CPS for charging decision")])]
    pdf_render(cr, F.doc("Crime report KESTREL.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 4102 Imran HUSSAIN", [
        ["1", "CAD 0233 log (copy in file)", "KESTREL", "Yes", ""], ["2", "Crime record 58/26/044812 (copy in file)", "KESTREL", "Yes", ""],
        ["3", "Full BWV of PC GARSIDE, 14/06/2026 07:41-08:35 (first-account clip TG/2 is in the file as evidence)", "DEMS", "No - relevant part served as TG/2", ""],
        ["4", "ABE interview plan for Hollie ASHWORTH, 15/06/2026", "RASSO West", "No", ""],
        ["5", "House-to-house, Wharf Court (6 flats), 15-16/06/2026: no one heard or saw anything relevant", "RASSO West", "No", ""],
        ["6", "Note: no taxi booking found on suspect's handset DK/6 (filtered review) 13-14/06/2026", "RASSO West", "No", ""],
        ["7", "Custody record of Connor BRADSHAW, 15/06/2026", "Custody", "No", ""],
        ["8", "Pocket notebook PC DOYLE 14/06/2026 p.12 (scene details)", "Station", "No", ""],
        ["9", "PNC print Marcus OYELARAN: 2018 caution, possession of cannabis (copy in file)", "RASSO West", "Yes", ""]], "01/10/2026"),
        F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 4102 Imran HUSSAIN", [["1", "SARC medical notes and body map, 14/06/2026", "Confidential medical record; consent to release given 14/06/2026", "Reviewed - no undermining material", ""]], "01/10/2026"),
               F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT, size=9)
    e6 = [("title", "MG6E DISCLOSURE OFFICER'S REPORT"), ("kv", [("URN", URN), ("Disclosure officer", "DC 4102 Imran HUSSAIN")]),
          ("p", "Items 1, 2 and 9 on the MG6C may meet the test for disclosure (first complaint records and a prosecution witness's caution); "
                "copies of all three are with the file. The first-account BWV clip is served as evidence (TG/2). No material has been identified that undermines the "
                "prosecution case on consent or capacity. Signed: I. Hussain DC 4102, 01/10/2026")]
    pdf_render(e6, F.doc("MG6E.pdf", "MG6E"), head=HEAD, foot=FOOT)
    dmd = [("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("kv", [("URN", URN), ("Prepared by", "DC 4102 HUSSAIN / DC 3390 KELLAND"), ("Date", "01/10/2026")]),
           ("h", "Reasonable lines of enquiry"), ("p", "As set out in the MG3: guests' accounts, toxicology, SARC, door camera, the two handsets."),
           ("h", "Digital strategy"), ("p", "Complainant's handset: kiosk extraction limited to calls and messages with the suspect and Jodie MARSH, 13/06 18:00 to 15/06 23:59, with her agreement (DPN 15/06/2026). "
                                             "Reason: to prove two specific communications. No review beyond those parameters. Suspect's handset: messages, photographs and taxi apps 13-15/06/2026."),
           ("h", "Third-party material"), ("p", "None requested; no line of enquiry identified.")]
    pdf_render(dmd, F.doc("DMD.pdf", "DMD"), head=HEAD, foot=FOOT)

    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "DPN", "DIGITAL_EXTRACT", "CALL_999", "BWV",
               "MG2", "VPS", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG6E", "DMD"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "mg6e", "dmd", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C03
def case03(out):
    """Pennine Ridge: complainant aged 16; CYP ISVA; parent; MG3 with labels as questions. Compliant."""
    URN = "31PR0245626"
    FORCE = "Pennine Ridge Police"
    F = Folder(out, "PRP RASSO 31PR0245626")
    HEAD = "OFFICIAL - SENSITIVE   |   Pennine Ridge Police   |   LODESTAR"
    FOOT = "LODESTAR v3  URN 31PR0245626  Page {p} of {n}"
    OIC = "DC 6114 Paul STANNARD"
    qa = lambda q, a: ("p", q + "  " + a)
    mg3 = [("title", "MG3 Report to Crown Prosecutor for a Charging Decision"), ("sub", FORCE + " - LODESTAR questionnaire layout"),
           ("kv", [("URN", URN), ("Suspect", "DOLAN, Kieran Michael (19, born 02/12/2006)"), ("Offence", "Rape, s.1 Sexual Offences Act 2003, Crag Lane car park, Upper Hebble, 18/04/2026 about 23:15"),
                   ("OIC", f"{OIC}, Public Protection Unit, Upper Hebble. Direct 01632 960614, mobile 07700 900614, paul.stannard@pennineridge.police.example")]),
           ("h", "About the request"),
           qa("Which test are you asking the prosecutor to apply?", "The Full Code Test. The suspect is on bail and all evidence is now in."),
           qa("Has early advice been sought?", "Yes - requested 28/04/2026; advice given 05/05/2026 by Ms R. ACHEBE, CPS RASSO (record in file as EA_advice_050526.eml). Every action has been completed."),
           qa("Is the suspect on bail or released under investigation?", "On pre-charge bail to 19/11/2026. Conditions: not to contact Tia HARGREAVES or Ella PRICE directly or indirectly including by social media; not to enter Hollins Park estate, Upper Hebble. No breaches."),
           qa("Has a supervisor reviewed this report?", "Yes - DS 3317 Andrea BLAKE, 29/09/2026: 'File complete, proportionate, ready for FCT.'"),
           ("h", "About what happened"),
           qa("What is the complainant's account?", "Tia HARGREAVES is 16 (born 14/03/2010). After a party on 18/04/2026 the suspect, an acquaintance of her cousin, offered her a lift home. "
              "He drove to Crag Lane car park instead, moved into the back seat and, despite her saying no and trying to open the door, had vaginal intercourse with her. He then drove her home. "
              "Her account was video-recorded on 23/04/2026 (TH/1; summary TH/2)."),
           qa("Who did she tell first, and when?", "Her best friend Ella PRICE (15), by Snapchat at 23:58 the same night ('he wouldnt stop ella i said no') and in person the next morning. "
              "She told her mother, Joanne HARGREAVES, on the evening of 20/04/2026; her mother rang the police. Statements from Ella PRICE and Joanne HARGREAVES are in the file."),
           qa("Who was the first officer to attend?", "PC 2290 Aisha KHAN, 20/04/2026 at 21:05 - statement in file."),
           qa("What does the suspect say?", "Interviewed 22/04/2026 with a solicitor. Accepts intercourse in the car; says it was consensual, that Tia suggested the car park and was 'all over him', "
              "and that she has invented the allegation because her mother found out. He accepts he knew she was 16. ROTI in file."),
           ("h", "About the investigation"),
           qa("What lines of enquiry have been followed?", "SARC examination and DNA (SFR1: semen on her underwear matches the suspect - intercourse is admitted). "
              "The party host (Leah CROFT) confirms Tia left with the suspect at about 22:50 and was not drunk; statement on MG6C as non-evidential, consistent. "
              "Her phone, with her written agreement and her mother's (DPN of 21/04/2026), limited to Snapchat messages with Ella PRICE and the suspect from 18/04/2026 18:00 to 21/04/2026 23:59."),
           qa("Have you followed lines that might point away from the suspect?", "Yes. (a) His claim she suggested the car park: the Snapchat extraction shows no message from her to him that evening, "
              "and at 22:49 she messaged Ella 'getting lift home w kieran'. (b) His claim she invented it after her mother found out: Ella's messages at 23:58 pre-date any "
              "involvement of her mother by two days. (c) Any previous allegations or relevant history: none on police or children's services systems (checked 25/04/2026 by the PPU desk)."),
           qa("Is any line of enquiry not being pursued, and why?", "School and social-care records have not been requested: nothing in the case suggests they hold anything relevant "
              "to the issue of consent, and a request would not be necessary or proportionate. Ella PRICE's phone was not examined: she supplied screenshots of the messages herself."),
           qa("Is any evidence outstanding?", "No. All forensic results have been received and no further enquiries are outstanding."),
           ("h", "About the complainant"),
           qa("What special measures are sought?", "She is eligible as a witness under 18 (YJCEA s.16). ABE played as evidence in chief, s.28 pre-recorded cross-examination "
              "(she and her mother want it), and live link from a remote site. A Registered Intermediary (Ms Carol DUNNE) assessed her on 22/04/2026 and advised that an intermediary "
              "is not needed, recommending short questions and breaks; MG2 attached."),
           qa("What are her needs?", "Age 16, in Year 11; exams in May-June were taken into account when arranging contact. Her mother is her main support; she chose her "
              "Children and Young People's ISVA, Ms Bethan ROY (Pennine Ridge ISVA Service, referral 21/04/2026), as her supporter in the ABE interview because her mother is a witness."),
           qa("Has a Victim Personal Statement been offered?", "Yes, to Tia and to her mother on 23/04/2026. Tia made a VPS on 10/09/2026 (in file)."),
           ("h", "Disclosure"),
           qa("Are schedules attached?", "Yes: MG6C and MG6D (nil return). Rebuttable-presumption items (incident log, crime report, witness PNC checks) are with the file."),
           ("p", "Signed: P. Stannard DC 6114   Date: 29/09/2026")]
    docx_render(mg3, F.doc("Doc1.docx", "MG3"), head="OFFICIAL - SENSITIVE", foot="LODESTAR export", author="PSTANNARD")

    make_video(F.doc("VRI Tia H 23-04-26.mp4", "ABE_RECORDING"), ["VRI TH/1", "Hebble Suite"], secs=4, clock="15:10:00")
    pdf_render([("title", "ABE INTERVIEW SUMMARY (TH/2)"),
                ("kv", [("URN", URN), ("Witness", "Tia HARGREAVES (16)"), ("Interviewer", OIC), ("Monitor", "DC 1180 Sarah LOCK"),
                        ("Supporter in room", "Ms Bethan ROY, CYP ISVA"), ("Date/time", "23/04/2026 15:10-16:02"),
                        ("Intermediary", "Not used - RI advice followed (short questions, breaks at 15:35)")]),
                ("table", ["Time", "Summary"], [["0:00", "Introductions, ground rules with ISVA present"],
                    ["0:05", "Party at Leah's house; Kieran offers lift home; she accepts as he knows her cousin"],
                    ["0:14", "He drives past her road to Crag Lane car park; says 'just for a bit'; she asks to go home"],
                    ["0:19", "He climbs into back; pulls her leggings down; she says no, tries the door - locked; penetration"],
                    ["0:27", "He drives her home; says 'don't be weird about it'"], ["0:31", "Snapchat to Ella 23:58"],
                    ["0:35-0:52", "Questions; break; tells mum on Monday evening; closure"]], [0.6, 4])],
               F.doc("ABE summary TH-2.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B, **kw: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT, **kw)
    S("MG11 DC STANNARD.pdf", "officer", mg11(URN, "Paul STANNARD", "Detective Constable 6114", "24/04/2026", [
        "I am an ABE-trained interviewer. On Thursday 23rd April 2026 from 15:10 to 16:02 at the Hebble Suite I interviewed Tia HARGREAVES on video. DC 1180 LOCK monitored; "
        "Tia's CYP ISVA, Ms Bethan ROY, sat with her as her supporter. I had prepared a written interview plan with the Registered Intermediary's advice.",
        "I produce the recording as exhibit TH/1 and the summary I wrote as exhibit TH/2."], sig="[signed] P Stannard"))
    S("MG11 Ella PRICE.pdf", "first_account", mg11(URN, "Ella PRICE", "School pupil", "22/04/2026", [
        "I am 15 years old. My mum, Mrs Dawn PRICE, was with me when I made this statement.",
        "Tia HARGREAVES is my best friend. On Saturday 18th April 2026 we were both at a party at Leah's house. Tia left at about ten to eleven; she messaged me she was getting a lift home with Kieran.",
        "At 11.58 pm I got a Snapchat from Tia. It said 'he wouldnt stop ella i said no'. I rang her but she did not answer. She messaged 'cant talk'. The next morning I went round to her house and "
        "she told me that Kieran had taken her to the car park on Crag Lane and had sex with her when she said no. She was crying and made me promise not to tell anyone.",
        "I took screenshots of the messages on my phone and gave them to the police. I produce them as exhibit EP/1."], age="15", sig="Ella Price", witnessed="DC 1180 LOCK"))
    S("MG11 Joanne HARGREAVES.pdf", "first_account", mg11(URN, "Joanne HARGREAVES", "Teaching assistant", "21/04/2026", [
        "I am Tia's mother. On Monday 20th April 2026 at about 8 pm Tia came into the kitchen and said she needed to tell me something. She told me that on Saturday night a lad called Kieran "
        "had given her a lift from a party and had taken her to the Crag Lane car park and raped her in the back of his car. She said she had told him no and tried to get out.",
        "She had been quiet since Sunday and had not eaten. I phoned 999 straight away."], sig="(Sgd) J. Hargreaves"))
    S("MG11 PC KHAN.pdf", "officer", mg11(URN, "Aisha KHAN", "Police Constable 2290", "20/04/2026", [
        "At 20:11 on 20/04/2026 I was sent to a report from a mother that her 16-year-old daughter had been raped. I arrived at 21:05. I spoke to Tia HARGREAVES with her mother present.",
        "I asked only what I needed for the first account: she said a man called Kieran took her to Crag Lane car park on Saturday night and had sex with her when she said no. "
        "I asked whether she still had the clothes; her mother gave me the underwear and leggings in a bag, which I seized as exhibits AK/1 and AK/2.",
        "I did not record on body-worn video because the first account was given in the family home by a child, on the advice of my sergeant; the first account is in my pocket notebook "
        "(MG6C item 3)."], sig="A KHAN 2290"))
    S("MG11 Dr LAWTON FME.pdf", "expert", mg11(URN, "Dr Simon LAWTON", "Forensic physician, Hebble SARC", "30/04/2026", [
        "On 21/04/2026 at Hebble SARC I examined Tia HARGREAVES, then 16, with her mother present, with Tia's informed written consent (supported by her mother) to the examination "
        "and to release of my notes to the police and the CPS.",
        "There was a 4 mm healing abrasion at the posterior fourchette, consistent with blunt penetrating trauma in the preceding 72 hours; it cannot tell consensual from non-consensual intercourse.",
        "Swabs and underwear were sent for analysis (see SFR1)."], sig="[signed]"))
    pdf_render([("title", "STREAMLINED FORENSIC REPORT (SFR1)"), ("kv", [("URN", URN), ("Provider", "Moorgate Forensic Services"), ("Date", "12/06/2026")]),
                ("p", "Item AK/1 (underwear): semen present; DNA profile matches Kieran Michael DOLAN; match probability less than one in a billion. Intercourse is not disputed.")],
               F.doc("SFR1 Moorgate 12-06-26.pdf", "FORENSIC"), head=HEAD, foot=FOOT)
    pdf_render([("title", "RECORD OF INTERVIEW (ROTI)"), ("kv", [("URN", URN), ("Suspect", "Kieran Michael DOLAN"), ("Date", "22/04/2026 11:02-11:40"), ("Present", "DC STANNARD, DC LOCK, Mr T. BAIG (solicitor)")]),
                ("p", "Accepts he drove Tia from the party and they had sex in the back of his car at Crag Lane. Says she suggested the car park and 'was all over him'; she never said no. "
                      "Knew she was 16. Says she 'went funny' afterwards and he thinks she has made it up because her mum found out. Denies the door was locked (says the child locks are always on). "
                      "Asked why he drove past her road: 'She said she wanted to talk.'")], F.doc("ROTI DOLAN.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "DOLAN, Kieran Michael", "02/12/2006", "24/031177P", [["14/07/2024", "Pennine Ridge Police", "Possession of cannabis (Class B)", "Youth caution"]], "22/04/2026"),
               F.doc("PNC DOLAN.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Tia HARGREAVES", "Complainant", "No trace", "No trace"], ["Ella PRICE", "First account", "No trace", "No trace"],
                                        ["Joanne HARGREAVES", "First account", "No trace", "No trace"], ["Dr Simon LAWTON", "Expert", "No trace", "-"]], "25/09/2026", "DC 1180 LOCK"),
               F.doc("PNC witnesses nil return.pdf", "PNC"))
    pdf_render([("title", "DIGITAL PROCESSING NOTICE - VICTIM UNDER 18"), ("sub", FORCE),
                ("kv", [("URN", URN), ("Device user", "Tia HARGREAVES (16)"), ("Parent / guardian", "Joanne HARGREAVES (mother)"), ("Device", "Samsung Galaxy A35 (exhibit PS/3)"),
                        ("Reasonable line of enquiry", "To recover the Snapchat messages to Ella PRICE at 23:58 on 18/04/2026 and any messages to or from Kieran DOLAN around the time of the offence."),
                        ("Data and date range", "Snapchat messages only, with Ella PRICE and Kieran DOLAN, 18/04/2026 18:00 to 21/04/2026 23:59. Photos, other apps and other contacts will not be reviewed."),
                        ("Method", "Kiosk extraction, filtered; phone returned within 48 hours."),
                        ("Agreement", "Tia HARGREAVES [signed] and Joanne HARGREAVES [signed], 21/04/2026, with DC STANNARD. Both told they could refuse and what would happen.")])],
               F.doc("DPN Tia.pdf", "DPN"), head=HEAD, foot=FOOT)
    pdf_render([("title", "EXTRACTION SUMMARY - PS/3 (filtered)"), ("kv", [("URN", URN), ("Parameters", "Snapchat; contacts ELLA P, KIERAN D; 18/04/2026 18:00 - 21/04/2026 23:59")]),
                ("table", ["Time", "Direction", "Contact", "Text"], [["18/04 22:49", "Out", "ELLA P", "getting lift home w kieran"], ["18/04 23:58", "Out", "ELLA P", "he wouldnt stop ella i said no"],
                                                                    ["18/04 23:59", "In", "ELLA P", "WHAT. where r u"], ["19/04 00:02", "Out", "ELLA P", "cant talk"],
                                                                    ["19/04 10:15", "In", "KIERAN D", "dont be weird about last night"]], [1, 0.7, 0.9, 3])],
               F.doc("Extraction summary PS-3.pdf", "DIGITAL_EXTRACT"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG2 - SPECIAL MEASURES (child witness)"), ("kv", [("URN", URN), ("Witness", "Tia HARGREAVES, 16"), ("Eligibility", "Under 18 - YJCEA 1999 s.16(1)(a)"),
                ("Measures", "s.27 ABE as EIC; s.28 pre-recorded cross-examination (Tia and her mother want this); live link from a remote site (s.24)"),
                ("Intermediary", "RI Ms Carol DUNNE assessed 22/04/2026: not needed; recommendations: short single-point questions, breaks every 20 minutes"),
                ("Supporter", "CYP ISVA Ms Bethan ROY"), ("Completed", "DC STANNARD 29/09/2026")])], F.doc("MG2 TH.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", URN), ("Name", "Tia HARGREAVES (16)"), ("Date", "10/09/2026")]), ("p", DECL_EN.format(n=1, s="")),
                ("p", "I don't go out with my friends any more. I got lower grades than I should have in my mocks. I want him to know what he did."), ("p", "Signed: [signed]")],
               F.doc("VPS TH.pdf", "VPS"), head=HEAD, foot=FOOT)
    pdf_render([("title", "EXHIBIT LIST (MG12)"), ("kv", [("URN", URN)]), ("table", ["Ref", "Description", "Produced by"], [
        ["TH/1", "VRI of Tia HARGREAVES 23/04/2026 (copy in file)", "DC STANNARD"], ["TH/2", "ABE summary", "DC STANNARD"], ["EP/1", "Screenshots of Snapchat messages (Ella PRICE's phone)", "Ella PRICE"],
        ["AK/1", "Underwear", "PC KHAN"], ["AK/2", "Leggings", "PC KHAN"], ["PS/3", "Tia's phone - filtered extraction summary", "DC STANNARD"]], [0.6, 3.5, 1.2])],
        F.doc("MG12 exhibits.pdf", "MG12"), head=HEAD, foot=FOOT)
    screenshot_png([("me", "getting lift home w kieran", "22:49"), ("me", "he wouldnt stop ella i said no", "23:58"), ("them", "WHAT. where r u", "23:59"), ("me", "cant talk", "00:02")],
                   F.p("tmp_ep1.png"), title="Snapchat - Tia")
    pdf_render([("title", "EXHIBIT EP/1 - screenshots supplied by Ella PRICE"), ("kv", [("URN", URN)]), ("img", F.p("tmp_ep1.png"), 80)],
               F.doc("EP-1 screenshots.pdf", ["OTHER", "DIGITAL_EXTRACT"]), head=HEAD, foot=FOOT)
    os.remove(F.p("tmp_ep1.png"))
    pdf_render([("mono", "PENNINE RIDGE POLICE - STORM INCIDENT 1187 20/04/2026"), ("kv", [("URN", URN)]),
                ("table", ["Time", "Entry"], [["20:09", "999 from Joanne HARGREAVES: daughter Tia (16) has just told her she was raped on Saturday night by a male called Kieran, in his car at Crag Lane."],
                                             ["20:11", "PC 2290 KHAN assigned. Safeguarding flag (child)."], ["21:05", "On scene."], ["22:30", "PPU informed; SARC 21/04 09:00."]], [0.6, 4])],
               F.doc("Incident 1187.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "CRIME REPORT 31/26/017723"), ("kv", [("URN", URN), ("Offence", "Rape of female 16 or over"), ("Victim", "HARGREAVES, Tia (16) - child safeguarding referral made"),
                ("Suspect", "DOLAN, Kieran Michael"), ("First account", "To Ella PRICE by Snapchat 18/04 23:58; to mother 20/04 20:00; to PC KHAN 20/04 21:05"),
                ("Protected characteristics", "Female, 16, Black British (Caribbean)")])], F.doc("Crime report.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 1180 Sarah LOCK", [
        ["1", "STORM incident 1187 of 20/04/2026 (copy in file)", "LODESTAR", "Yes", ""], ["2", "Crime report 31/26/017723 (copy in file)", "LODESTAR", "Yes", ""],
        ["3", "PC KHAN pocket notebook 20/04/2026 pp. 77-79: first account of Tia HARGREAVES in her words (scanned copy in file, scan_0004.pdf)", "Upper Hebble", "Yes - first account", ""],
        ["4", "ABE interview plan for Tia HARGREAVES with RI recommendations", "PPU", "No", ""], ["5", "Registered Intermediary report, Ms C. DUNNE, 22/04/2026", "PPU", "No", ""],
        ["6", "Statement of Leah CROFT (party host): Tia left with suspect about 22:50, not drunk", "PPU", "No - consistent", ""],
        ["7", "Custody record Kieran DOLAN 22/04/2026", "Custody", "No", ""], ["8", "Witness PNC checks (copy in file)", "PPU", "Yes", ""]], "28/09/2026"),
        F.doc("MG6C non sensitive.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 1180 Sarah LOCK", [], "28/09/2026"), F.doc("MG6D nil.pdf", "MG6D"), head=HEAD, foot=FOOT)
    scan_pdf([("p", "PC 2290 KHAN   Pocket notebook No. 0044127   Page 77"), ("p", "URN 31PR0245626 (added 24/04/2026)"),
              ("p", "Mon 20/04/2026. 20:11 dispatched STORM 1187 - report of rape of female 16. 21:05 arr. 14 Hollins Park Rise, Upper Hebble. Present: Tia HARGREAVES (16), mother Joanne."),
              ("p", "First account, Tia's words: 'Kieran took me to the car park on Crag Lane on Saturday, I said no and he did it anyway. I tried to get out but the door wouldn't open.'"),
              ("p", "Page 78. Asked: when? 'Saturday night after Leah's party, about quarter past eleven.' Who else knows? 'Ella, I snapchatted her.'"),
              ("p", "Seized: underwear AK/1, leggings AK/2, bagged and sealed. 21:40 advised re SARC. 22:30 PPU DS BLAKE informed."),
              ("p", "Page 79. Entries end 22:35.  A. KHAN PC 2290")], F.doc("scan_0004.pdf", ["OTHER"]), seed=4, family="serif", size=11)
    write_eml(F.doc("EA_advice_050526.eml", ["EARLY_ADVICE", "CORRESPONDENCE"]), "Rachel Achebe <rachel.achebe@cps.example>",
              "Paul Stannard <paul.stannard@pennineridge.police.example>", "Early advice - R v DOLAN - 31PR0245626", dt.datetime(2026, 5, 5, 11, 20, tzinfo=dt.timezone.utc),
              "Paul,\n\nEarly advice, R v Kieran DOLAN, URN 31PR0245626.\n\n1. Obtain statements from Ella PRICE and from Tia's mother (both first account).\n"
              "2. Limited extraction of Tia's phone (Snapchat with Ella and the suspect around the night) with a DPN signed by Tia and her mother. No wider download.\n"
              "3. Party host account on whether Tia was intoxicated.\n4. RI assessment before any further interview.\n\nNo request to the school or children's services is advised: there is no "
              "line of enquiry pointing to them.\n\nRachel Achebe, Senior Crown Prosecutor, RASSO\n01632 960990\n")
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "DPN", "DIGITAL_EXTRACT", "MG2", "VPS", "MG12",
               "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C04
def case04(out):
    """Wessex Downs: reported 6 months late after telling a counsellor; third-party request with notice;
    written multi-page MG11 with continuation sheets; photographed MG11 (JPEG). Compliant."""
    URN = "44WD0561126"
    FORCE = "WESSEX DOWNS CONSTABULARY"
    F = Folder(out, "Op KESTREL BROOK - FAIRWEATHER")
    HEAD = "OFFICIAL-SENSITIVE when complete - Wessex Downs Constabulary - FLINT"
    FOOT = "FLINT record 44WD0561126 - page {p} of {n}"
    OIC = "DC 2718 Helen BRAY"
    mg3 = [("sub", FORCE), ("title", "MG3: REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
           ("kv", [("URN", URN), ("Suspect", "Dominic Paul ALDER, born 27/06/1987"), ("Offence", "Rape (s.1 SOA 2003), Flat 3, 9 Kingsmead, Marlbury, about 00:30 on 24/01/2026"),
                   ("Test", "Full Code Test requested."), ("Officer in the case", f"{OIC}, RASSO Investigation Team, Marlbury. 01632 960271 / 07700 900271. helen.bray@wessexdowns.police.example"),
                   ("Suspect status", "Not arrested. Attended a voluntary interview under caution on 12/08/2026. He is not on bail and not RUI (never arrested); he has been moved by his employer to the Swindale depot and has no work contact with the complainant."),
                   ("Supervisor", "DS 1903 Kate ILIFFE - I have read the file and agree it is ready for a charging decision. 30/09/2026")]),
           ("h", "Summary"),
           ("p", "Rebecca FAIRWEATHER (31) and Dominic ALDER (38) work for Harcastle Logistics in Marlbury. On 23 January 2026 both went to the firm's late Christmas party at the Corn Exchange. "
                 "At about 23:50 they shared a taxi; he asked to come up to her flat for a coffee. She says that in her living room he kissed her, she pushed him away and said she wanted him to go, "
                 "and he pushed her onto the sofa and had vaginal intercourse with her while she said no. He left at about 01:00. At 08:14 he sent her a WhatsApp message: "
                 "'Last night shouldn't have happened. Let's keep it between us.'"),
           ("p", "She told no one. In March she began counselling for anxiety with the Lantern Counselling Service. On 9 July 2026 she told her counsellor, Judith ONSLOW, what had happened - the first "
                 "time she had told anyone. With the counsellor's encouragement she reported online on 21 July 2026, six months after the event."),
           ("h", "The evidence"),
           ("p", "Ms FAIRWEATHER chose to give a written statement rather than a video-recorded interview; she was told of both options and their effect at trial and was clear that she wanted to write it "
                 "with me over two sessions. Her statement (four pages on MG11 and continuation sheets) was taken on 28 and 30 July 2026. Judith ONSLOW has made a statement about the disclosure on 9 July. "
                 "Samuel OKAFOR, a colleague, saw them get into the taxi together at about 23:50; his signed statement was photographed on the officer's phone and is provided as an image (IMG_2231.jpg). "
                 "The WhatsApp message is exhibit RF/1: her phone was not examined - she provided screenshots herself, and the same message appears in the suspect's WhatsApp, which he showed to officers at interview "
                 "and consented to being photographed (exhibit HB/2)."),
           ("h", "Forensic and medical"),
           ("p", "There were no forensic opportunities - reported 6 months later. No SARC examination was offered because there was no forensic or medical purpose; she was offered and accepted referral to the SARC's "
                 "aftercare service. No medical records have been sought."),
           ("h", "Suspect's account"),
           ("p", "He accepts sharing the taxi and going up for a coffee. He says they kissed on the sofa 'for a few minutes', she said she was tired, and he left; there was no intercourse. He says the 08:14 message "
                 "referred to the kiss, because he is married."),
           ("h", "Lines of enquiry, including those pointing away from the suspect"),
           ("p", "1. Taxi booking record from Marlbury Cars: pick-up 23:52 at the Corn Exchange, drop-off at Kingsmead 00:07, one fare (MG6C). 2. Party guests: six colleagues spoken to; only Mr OKAFOR saw them leave. "
                 "3. The counsellor and her notes of the 9 July session (below). 4. Pointing away: whether she had any grievance against him at work - Harcastle's HR manager confirmed on 5 August 2026 that neither has "
                 "raised a grievance or been subject to any disciplinary process (note on MG6C); whether she has made any previous allegation - none on police systems; his claim the message referred to a kiss is "
                 "put to the CPS as the central issue. 5. Neighbour in Flat 4 spoken to: heard nothing, was away that weekend (MG6C)."),
           ("h", "Third-party material"),
           ("p", "A request was made on 6 August 2026 to the Lantern Counselling Service for the counsellor's notes of the session on 9 July 2026 only. The reasonable line of enquiry is the first complaint: the notes "
                 "are the contemporaneous record of her first account and of the words she used, which the defence may compare with her statement. I consider they are likely to have substantial probative value "
                 "for that reason and that no less intrusive means (the counsellor's own recollection) would be as reliable. Notes of her eleven other sessions were not requested: nothing suggests they contain "
                 "anything about the offence. Ms FAIRWEATHER was given written notice of the request on 4 August 2026 (letter in file), explaining what would be asked for, why, and how the notes would be handled. "
                 "The notes arrived on 20 August and are on the MG6D; they are consistent with her statement."),
           ("h", "Outstanding"), ("p", "No further enquiries are outstanding."),
           ("h", "Victim"),
           ("p", "Special measures (MG2): screens, and evidence by live link as an alternative if she prefers nearer trial; she has been told about s.28 pre-recorded cross-examination and wants it. Because she gave a written "
                 "statement, s.27 does not arise. No intermediary needed. Needs: anxiety (under counselling); she wants contact by e-mail in the first instance. ISVA: referred 22/07/2026 to Wessex ISVA Hub (ISVA Mr Tom FROST). "
                 "VPS: offered 30/07/2026; she made one on 15/09/2026 (in file)."),
           ("h", "Early advice"),
           ("p", "Early advice was not sought because the lines of enquiry were few and clear from the outset and the investigation was completed within eight weeks of the report."),
           ("h", "Disclosure"), ("p", "MG6C and MG6D attached; the incident record of her online report and the crime report are with the file. No DMD: the only digital material is the single message, which is exhibited."),
           ("p", "Signed: H. Bray DC 2718   30/09/2026")]
    pdf_render(mg3, F.doc("MG3 FAIRWEATHER v ALDER.pdf", "MG3"), head=HEAD, foot=FOOT, family="serif", size=10)

    pages = [
        ["I live in Marlbury and work as an accounts assistant for Harcastle Logistics. I have worked there for four years. I make this statement about what happened to me on the night of 23rd to 24th January 2026. "
         "I have chosen to write it down with DC BRAY rather than to be interviewed on video.",
         "Dominic ALDER is a sales manager at Harcastle. I knew him to say hello to; we had never socialised outside work. I knew he was married.",
         "On Friday 23rd January 2026 the company held its Christmas party, late because of the holidays, in the Corn Exchange in Marlbury. I had three or four glasses of wine over about five hours. I was not drunk."],
        ["At about quarter to midnight I said I was going home. Dominic said he lived out past Kingsmead and we could share a taxi. I said yes because it would be cheaper. We got into a Marlbury Cars taxi "
         "outside the Corn Exchange. Sam OKAFOR from the warehouse was outside smoking and said goodnight to us.",
         "When we got to my building he said he was desperate for the toilet and could he come up and have a coffee and ring for another taxi. I let him in. He used the bathroom and I made two coffees.",
         "We sat on the sofa. After a couple of minutes he leaned over and kissed me. I pulled back and said, 'No, Dominic, I don't want this, I think you should go.'"],
        ["He laughed and said 'come on'. He pushed me back onto the sofa by my shoulders. He was lying on top of me. I said no again, more than once, and tried to push him off. He pulled up my dress and pulled my "
         "tights and knickers down. He put his penis in my vagina. I froze. I remember looking at the clock on the DVD player; it said 00:31.",
         "After a few minutes he stopped, got up, and went to the bathroom. When he came back he said 'that was nice' and that he would get a taxi from the main road. He left at about 1 am.",
         "At 08:14 he sent me a WhatsApp message: 'Last night shouldn't have happened. Let's keep it between us.' I did not reply. I took screenshots of the message myself and have given them to DC BRAY (exhibit RF/1)."],
        ["I did not tell anyone. I felt ashamed and I thought no one at work would believe me. I started having panic attacks and in March my GP suggested counselling. On 9th July 2026, in my session with Judith ONSLOW, "
         "I told her for the first time what Dominic did. She helped me think about reporting it. On 21st July 2026 I reported it online.",
         "I understand that DC BRAY has asked the counselling service for the notes of that one session and I was given a letter about this before it was sent.",
         "I am willing to attend court. I would like to have screens or give evidence by video link, and I want my cross-examination recorded in advance if that is possible."]]
    rf = mg11(URN, "Rebecca FAIRWEATHER", "Accounts assistant", "30/07/2026", pages, sig="(Sgd) R. Fairweather", witnessed="DC 2718 BRAY", force=FORCE,
              rear=[("Contact", "Via OIC only (address withheld)"), ("Dates to avoid", "None given"), ("Special measures", "Screens / live link; s.28 - yes"), ("Needs", "Contact by e-mail first; ISVA Tom FROST")])
    pdf_render(rf, F.doc("02 Complainant MG11 + MG11(T) x3.pdf", "MG11", "complainant"), head=HEAD, foot=FOOT)

    jo = mg11(URN, "Judith ONSLOW", "Counsellor (BACP accredited), Lantern Counselling Service", "11/08/2026", [
        "I am a counsellor with the Lantern Counselling Service in Marlbury. Rebecca FAIRWEATHER has been my client since 10th March 2026, referred by her GP for anxiety.",
        "In our session on Thursday 9th July 2026 Rebecca became very distressed and told me that in January, after her work party, a colleague she named as Dominic had come back to her flat and had sex with her "
        "on her sofa when she had told him no. She said she had never told anyone. I wrote a short note of what she said at the end of the session, as I always do.",
        "We talked about her options, including reporting to the police and the ISVA service. I did not advise her what to do."], sig="J. Onslow [signed]", witnessed="DC 2718 BRAY", force=FORCE)
    pdf_render(jo, F.doc("MG11 ONSLOW counsellor.pdf", "MG11", "first_account"), head=HEAD, foot=FOOT)

    ok_ = mg11(URN, "Samuel OKAFOR", "Warehouse team leader", "14/08/2026", [
        "I work at Harcastle Logistics. I was at the company party at the Corn Exchange on 23/01/2026.",
        "At about ten to midnight I was outside having a cigarette. I saw Rebecca from accounts and Dominic ALDER get into a Marlbury Cars taxi together. Rebecca seemed fine, not drunk. I said goodnight and they said goodnight back.",
        "I did not see either of them again that night."], sig="S. Okafor", witnessed="DC 2718 H BRAY", force=FORCE)
    phone_photo(ok_, F.doc("IMG_2231.jpg", "MG11", "witness"), seed=7, angle=-2.4, family="sans", size=11)

    br = mg11(URN, "Helen BRAY", "Detective Constable 2718", "13/08/2026", [
        "I am the officer in the case. On 22/07/2026 at 10:00 I visited Rebecca FAIRWEATHER at her home by appointment, following her online report of 21/07/2026 (FLINT 44/26/30921). I was the first officer to see her.",
        "She gave me a brief first account: that a work colleague, Dominic ALDER, had come back to her flat after the works party in January and raped her on the sofa after she told him no. I recorded this in my notebook.",
        "She showed me on her phone the WhatsApp message of 24/01/2026 at 08:14. She emailed me screenshots of it herself that day. I produce them as exhibit RF/1.",
        "On 12/08/2026 at the voluntary interview Mr ALDER showed me the same message in his WhatsApp and agreed to it being photographed. I produce the photograph as exhibit HB/2."], sig="H Bray DC2718")
    pdf_render(br, F.doc("MG11 DC BRAY.pdf", "MG11", "officer"), head=HEAD, foot=FOOT)

    screenshot_png([("them", "Last night shouldn't have happened. Let's keep it between us.", "08:14")], F.p("tmp_rf1.png"), title="Dominic Alder")
    pdf_render([("title", "EXHIBIT RF/1 - screenshot supplied by the complainant"), ("kv", [("URN", URN), ("Produced by", "DC 2718 BRAY")]), ("img", F.p("tmp_rf1.png"), 70)],
               F.doc("RF-1 screenshot.pdf", ["OTHER", "DIGITAL_EXTRACT"]), head=HEAD, foot=FOOT)
    pdf_render([("title", "EXHIBIT HB/2 - photograph of message on suspect's handset"), ("kv", [("URN", URN)]), ("img", F.p("tmp_rf1.png"), 60)],
               F.doc("HB-2 photo suspect handset.pdf", ["OTHER", "DIGITAL_EXTRACT"]), head=HEAD, foot=FOOT)
    os.remove(F.p("tmp_rf1.png"))

    pdf_render([("title", "RECORD OF TAPED INTERVIEW - VOLUNTARY ATTENDANCE"), ("kv", [("URN", URN), ("Interviewee", "Dominic Paul ALDER"), ("Date", "12/08/2026, 14:00-14:52"),
                ("Place", "Marlbury police station"), ("Present", "DC BRAY, DC 3012 PATEL, Ms L. GRANT (solicitor)")]),
                ("p", "Cautioned; told he is not under arrest and free to leave."),
                ("table", ["Time", "Summary"], [["14:03", "Accepts sharing taxi and going to her flat for coffee and the toilet."],
                    ["14:10", "Says they kissed on the sofa for a few minutes; she said she was tired; he left about 00:45 and walked to the main road for a taxi."],
                    ["14:18", "Denies intercourse. Denies pushing her."], ["14:25", "Message 08:14: 'It was about the kiss. I'm married. I didn't want it getting round work.'"],
                    ["14:40", "Cannot think why she would say this. Agrees to the message on his phone being photographed."]], [0.6, 4])],
               F.doc("ROTI ALDER 120826.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "ALDER, Dominic Paul", "27/06/1987", "05/338120K", [], "12/08/2026"), F.doc("PNC ALDER.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Rebecca FAIRWEATHER", "Complainant", "No trace", "No trace"], ["Judith ONSLOW", "First account", "No trace", "No trace"],
                                        ["Samuel OKAFOR", "Witness", "No trace", "No trace"]], "29/09/2026", "DC 3012 PATEL"),
               F.doc("Witness PNC nil.pdf", "PNC"))
    letter = [("sub", FORCE + " - RASSO Investigation Team, Marlbury"), ("title", "Notice of a request for information about you"),
              ("kv", [("Our reference", URN), ("To", "Ms Rebecca FAIRWEATHER (by e-mail and by hand)"), ("Date", "4 August 2026")]),
              ("p", "Dear Rebecca,"),
              ("p", "As we discussed on 30 July, I intend to ask the Lantern Counselling Service for a copy of Judith ONSLOW's note of your session on 9 July 2026. I will not ask for anything about any other session."),
              ("p", "Why: that session is when you first told anyone what happened. The note is the record made at the time of what you said, and the law treats a first complaint as relevant evidence. "
                    "The prosecutor will need to know what the note says, whether it helps or not."),
              ("p", "How it will be handled: the note will be read by me and by the prosecutor only. It will be listed as sensitive material and will not be shown to the suspect or his lawyers unless a court "
                    "decides it must be. It will be kept securely with the case file and destroyed when the case ends."),
              ("p", "You can tell me if you object or want to talk about this with your ISVA, Tom FROST. I will not send the request before 6 August 2026."),
              ("p", "Yours sincerely, Helen Bray, Detective Constable 2718.  01632 960271")]
    pdf_render(letter, F.doc("Notice to complainant 040826.pdf", ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"]), family="serif")
    req = [("sub", FORCE), ("title", "REQUEST FOR THIRD-PARTY MATERIAL (Police, Crime, Sentencing and Courts Act 2022, s.44A)"),
           ("kv", [("URN", URN), ("To", "Data controller, Lantern Counselling Service, Marlbury"), ("Date", "06/08/2026"), ("Requested by", f"{OIC}; authorised DS 1903 ILIFFE"),
                   ("Material requested", "The counsellor's note of the session with Rebecca FAIRWEATHER on 9 July 2026 only."),
                   ("Reasonable line of enquiry", "The session is the complainant's first complaint of the offence under investigation. The note records what she said at the time."),
                   ("Why necessary and proportionate", "The defence will test the consistency of her account; the contemporaneous note is the most reliable record of her first words. The counsellor's recollection alone is less reliable. No other session is requested."),
                   ("Substantial probative value (counselling)", "The note is likely to have substantial probative value because it is the only written record of the first complaint, relevant under CJA 2003 s.120 and to consistency."),
                   ("Notice to the complainant", "Written notice given on 04/08/2026 (copy on file)."),
                   ("Handling", "Sensitive material: MG6D; reviewed by OIC and CPS only.")])]
    pdf_render(req, F.doc("Third party request Lantern.pdf", ["THIRD_PARTY", "CORRESPONDENCE"]), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG2 SPECIAL MEASURES"), ("kv", [("URN", URN), ("Witness", "Rebecca FAIRWEATHER"), ("Eligible", "Yes - s.17(4) YJCEA"),
                ("Measures", "Screens (s.23) or live link (s.24) - her choice nearer trial; s.28 pre-recorded cross-examination - wants it"),
                ("ABE", "Not applicable - written statement at her choice"), ("Intermediary", "Not required"), ("Completed", "DC BRAY 30/09/2026")])],
               F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", URN), ("Name", "Rebecca FAIRWEATHER"), ("Date", "15/09/2026")]), ("p", DECL_EN.format(n=1, s="")),
                ("p", "For six months I carried this alone. I have had to change teams and I still see his car in the car park."), ("p", "Signature: [signed]")],
               F.doc("VPS RF.pdf", "VPS"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Description", "Produced by"], [
        ["RF/1", "Screenshots of WhatsApp message 24/01/2026 08:14 supplied by complainant (copy in file)", "DC BRAY"],
        ["HB/2", "Photograph of same message on suspect's handset, 12/08/2026 (copy in file)", "DC BRAY"]], [0.6, 3.5, 1.2])],
        F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "WESSEX DOWNS CONSTABULARY  ONLINE REPORT / INCIDENT 44-2107-0388"), ("kv", [("URN", URN)]),
                ("table", ["Time", "Entry"], [["21/07/2026 22:41", "Online report received: 'I was raped by a colleague after our work party in January 2026 at my flat in Kingsmead. I told my counsellor this month.'"],
                                             ["22/07/2026 08:05", "Reviewed by RASSO. Allocated DC 2718 BRAY. Contact by e-mail as requested."],
                                             ["22/07/2026 10:00", "DC BRAY visited by appointment; first account taken."]], [1, 4])],
               F.doc("Incident online report.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "FLINT CRIME RECORD 44/26/30921"), ("kv", [("URN", URN), ("Offence", "Rape"), ("Victim", "FAIRWEATHER, Rebecca"), ("Suspect", "ALDER, Dominic Paul"),
                ("Date of offence", "24/01/2026 00:30"), ("Date reported", "21/07/2026 (online)"), ("First complaint", "To counsellor J ONSLOW, 09/07/2026"),
                ("Protected characteristics", "Female; 31; mixed White/Asian; anxiety (disability not declared)")])], F.doc("Crime record.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 3012 Ravi PATEL", [
        ["1", "Online report / incident 44-2107-0388 (copy in file)", "FLINT", "Yes", ""], ["2", "Crime record 44/26/30921 (copy in file)", "FLINT", "Yes", ""],
        ["3", "DC BRAY notebook 22/07/2026 pp. 12-14: first account to police", "RASSO", "No - consistent with statement", ""],
        ["4", "Marlbury Cars booking record: pick-up 23:52 Corn Exchange, drop 00:07 Kingsmead, 23-24/01/2026", "RASSO", "No", ""],
        ["5", "Note of call with Harcastle HR manager 05/08/2026: no grievance or disciplinary matter involving either party", "RASSO", "No", ""],
        ["6", "Notes of conversations with six party guests (names listed): none saw the pair leave except S. OKAFOR", "RASSO", "No", ""],
        ["7", "Neighbour enquiry Flat 4, 9 Kingsmead: away that weekend", "RASSO", "No", ""],
        ["8", "Witness PNC checks (copy in file)", "RASSO", "Yes", ""]], "29/09/2026"), F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 3012 Ravi PATEL", [["1", "Lantern Counselling Service note of session 09/07/2026 (one page)", "Confidential counselling record; obtained under s.44A with notice",
                                                         "Consistent with her statement - CPS to review", ""]], "29/09/2026"), F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT, size=9)
    present = ["MG3", "MG11", "ROTI", "PNC", "MG2", "VPS", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C05
def case05(out):
    """Northmere: complainant's first language Romanian, interpreter throughout; MG3 exported from ORBIS RMS with field codes. Compliant."""
    URN = "12NM0903526"
    FORCE = "NORTHMERE POLICE"
    F = Folder(out, "12NM0903526_MUNTEANU")
    HEAD = "OFFICIAL-SENSITIVE"
    FOOT = "ORBIS RMS | 12NM0903526 | {p}/{n}"
    OIC = "DC 2675 Laura FINCH"
    L = [
        "ORBIS RMS :: CHARGING_REQUEST :: EXPORT 2026-10-01T09:12:44Z :: USER 2675",
        "==========================================================================",
        "[F010] URN.................: 12NM0903526",
        "[F011] FORM................: MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION",
        "[F020] SUSPECT.............: KEMBLE, Stuart Anthony | DOB 04/04/1972 | PNC 92/044172H",
        "[F030] OFFENCE.............: RAPE - SOA 2003 S.1 | LOC: 7 TANNERS ROW, NORTHMERE (ROOM 4) | DT: 31/07/2026 approx 01:00",
        "[F100] DECISION_SOUGHT.....: FULL CODE TEST",
        "[F110] OIC.................: DC 2675 Laura FINCH | TEL 01632 960675 | MOB 07700 900675 | EMAIL laura.finch@northmere.police.example",
        "[F120] SUPERVISOR_REVIEW...: DS 0921 Peter GRAYSON | 30/09/2026 | 'Reviewed. Complete. Submit.'",
        "[F130] EARLY_ADVICE........: N",
        "[F131] EA_REASON...........: Suspect arrested same day; forensic results returned within 5 weeks; all lines complete - file ready for FCT without early advice.",
        "[F200] BAIL_STATUS.........: PRE-CHARGE BAIL to 20/11/2026",
        "[F201] BAIL_CONDITIONS.....: (1) No contact direct/indirect with Ioana MUNTEANU or Elena RUSU. (2) Not to enter 7 Tanners Row; property managed by agent Hollings Lettings meanwhile. (3) Reside 22 Cobble Way, Northmere.",
        "",
        "[F300] SUMMARY:",
        "Ioana MUNTEANU (27) is a care assistant from Romania; her first language is Romanian and she has limited English. She rents Room 4 at 7 Tanners Row, a house in multiple "
        "occupation owned by the suspect, who lives elsewhere but holds keys. She says that at about 01:00 on 31/07/2026 she woke to find him in her room; he said he had come about "
        "the rent, got into her bed, held her down and had vaginal intercourse with her while she said 'nu' and 'no' and tried to push him off. He left. At 01:34 she telephoned her "
        "cousin Elena RUSU in Redwater and told her in Romanian. Elena drove over and called 999 at 07:50.",
        "",
        "[F310] KEY_EVIDENCE:",
        "- ABE (VRI) 02/08/2026 by DC FINCH with Romanian interpreter Mr Radu CONSTANTIN throughout; recording LF/1, summary LF/2 (summary in English with key phrases in Romanian).",
        "- Interpreter's statement (R. CONSTANTIN) covering the ABE and Elena RUSU's statement.",
        "- First account: Elena RUSU (statement taken through the same interpreter).",
        "- First officer: PC 318 Mark IBBOTSON.",
        "- Tenant Tomasz NOWAK (Room 2): heard the front door and footsteps on the stairs about 00:55 and the door again about 01:20.",
        "- SFR1: semen on bedsheet (MI/3) matches suspect.",
        "- SARC: FME Dr H. QUAYLE - statement; consent to release SARC records given 31/07/2026 through the interpreter.",
        "",
        "[F320] SUSPECT_ACCOUNT:",
        "Interviewed 31/07/2026 with solicitor. Denied entering her room that night; said he was at home asleep. After the SFR1 he was re-interviewed on 10/09/2026 and said they "
        "had had consensual sex 'a few days before' when he called about the rent. ROTIs of both interviews in file.",
        "",
        "[F330] LINES_OF_ENQUIRY:",
        "(1) Forensics - complete. (2) Other tenants: all four seen; only NOWAK heard anything. (3) Suspect's alibi (home asleep): his wife says she was asleep and cannot say when he came "
        "in; his car has no telematics; ANPR: none on route. (4) POINTING AWAY: his later claim of consensual sex days earlier - the sheet was washed on 28/07/2026 according to both "
        "the complainant and NOWAK (shared washing rota), and the complainant denies any sexual contact; the rota is on the MG6C. Any rent dispute giving a motive to lie: rent paid to "
        "date by standing order (bank letter on MG6C); no arrears. Previous complaints about the suspect by tenants: none on police or council records. (5) Elena's phone call log "
        "showing the 01:34 call photographed with her agreement (MI/2).",
        "[F331] DIGITAL.............: Complainant's phone NOT examined - no line of enquiry requires it; the 01:34 call is proved from Elena RUSU's handset display (MI/2).",
        "[F332] THIRD_PARTY.........: NONE requested - no line of enquiry points to any third party holding material about the complainant.",
        "",
        "[F400] OUTSTANDING.........: NIL. No further enquiries are outstanding.",
        "",
        "[F500] VICTIM_NEEDS........: Interpreter (Romanian) for ALL contact, including ISVA and court. Victims' Code leaflet given in Romanian. Emergency accommodation arranged 31/07/2026 "
        "(moved out of Tanners Row). Employer informed with her consent. ISVA: referred 31/07/2026 - Northmere ISVA (Ms Ana POPA, Romanian-speaking volunteer supporter also arranged).",
        "[F510] SPECIAL_MEASURES....: MG2 attached. ABE as EIC with interpreter; screens; s.28 pre-recorded cross-examination - explained through interpreter on 02/08/2026, she wants it. "
        "Intermediary considered: not required - her needs are language needs met by the interpreter; no communication difficulty otherwise.",
        "[F520] VPS.................: Offered through interpreter 02/08/2026; VPS made 15/09/2026 and translated (in file).",
        "[F600] DISCLOSURE..........: MG6C, MG6D (nil), MG6E attached. Rebuttable presumption material (CAD log, crime report, witness PNC) in file.",
        "==========================================================================",
        "END OF EXPORT"]
    pdf_render([("mono", "\n".join(L))], F.doc("ORBIS_export_MG3_12NM0903526.pdf", "MG3"), family="mono", size=10, foot=FOOT)

    make_video(F.doc("VRI_MUNTEANU_020826_part1.mp4", "ABE_RECORDING"), ["VRI LF/1 + interpreter", "Northmere ABE suite"], secs=5, clock="11:00:00")
    pdf_render([("title", "ABE SUMMARY / INDEX - LF/2"), ("kv", [("URN", URN), ("Witness", "Ioana MUNTEANU"), ("Language", "Romanian, through interpreter Radu CONSTANTIN (NRPSI 18822)"),
                ("Interviewer", OIC), ("Date", "02/08/2026 11:00-12:36")]),
                ("table", ["Time", "Summary (English; Romanian words as spoken in brackets)"], [
                    ["00:00", "Introductions; interpreter's role explained; ground rules in Romanian."],
                    ["06:30", "Her room, the house, the landlord; he has keys to every room."],
                    ["14:20", "Wakes about 01:00; he is by the bed; says he has come about rent; she says it is the middle of the night."],
                    ["21:00", "He gets into her bed, holds her wrists; she says 'nu, nu' (no, no) and 'no' in English; penetration."],
                    ["33:10", "He leaves; she hears the front door. Phones Elena at 01:34."],
                    ["41:00", "Clarification: no sexual contact ever before; sheet washed on 28/07 by rota."],
                    ["80:00", "Closure; support, accommodation."]], [0.6, 4])],
               F.doc("LF-2 ABE summary.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 FINCH.pdf", "officer", mg11(URN, "Laura FINCH", "Detective Constable 2675", "03/08/2026", [
        "On 02/08/2026 at the Northmere ABE suite I interviewed Ioana MUNTEANU on video with the assistance of Radu CONSTANTIN, a Romanian interpreter. DC 1110 ROSS monitored. "
        "The interview plan, prepared with the interpreter's input, is retained.",
        "I produce the recording as exhibit LF/1 and the summary as LF/2."], sig="L. Finch [signed]"))
    S("MG11 CONSTANTIN interpreter.pdf", "witness", mg11(URN, "Radu CONSTANTIN", "Interpreter (Romanian/English), NRPSI no. 18822", "03/08/2026", [
        "I am a registered public service interpreter. On 31/07/2026 I interpreted at the SARC for Ioana MUNTEANU. On 02/08/2026 I interpreted the whole of her video-recorded interview (LF/1), "
        "faithfully and to the best of my skill and ability, from Romanian to English and English to Romanian.",
        "On 01/08/2026 I interpreted while PC IBBOTSON took the statement of Elena RUSU. I read the statement back to her in Romanian; she agreed it was accurate and signed it.",
        "I had not met either woman before."], sig="R. Constantin"))
    S("MG11 RUSU Elena.pdf", "first_account", mg11(URN, "Elena RUSU", "Hotel housekeeper", "01/08/2026", [
        "This statement was taken in English through interpreter Radu CONSTANTIN and read back to me in Romanian.",
        "Ioana MUNTEANU is my cousin. At 01:34 on 31/07/2026 she telephoned me, crying. She said in Romanian, 'The landlord came into my room and forced himself on me. I told him no.' "
        "She said he had gone. I told her to lock her door. I could not drive then because I had been drinking wine; at first light I drove from Redwater and arrived about 07:30. She was sitting on the floor "
        "wrapped in a blanket. I called 999.",
        "I showed PC IBBOTSON the call on my phone's call log and he photographed it (MI/2)."], sig="E. Rusu [signed]", witnessed="R. CONSTANTIN (interpreter)"))
    S("MG11 PC318 IBBOTSON.pdf", "officer", mg11(URN, "Mark IBBOTSON", "Police Constable 318", "31/07/2026", [
        "At 07:50 on 31/07/2026 I was sent to 7 Tanners Row after a 999 call by Elena RUSU. I arrived at 08:04. Ioana MUNTEANU speaks little English; Elena RUSU interpreted for the first account only, "
        "and I then arranged a professional interpreter by telephone (Language Line, 08:30).",
        "Through them, Ms MUNTEANU said the landlord, Stuart, came into her room in the night and had sex with her when she said no. I seized the bedsheet (MI/3). I photographed the call log on Elena RUSU's phone (MI/2).",
        "I did not record the first account on body-worn video: Ms MUNTEANU asked me not to film her and I respected that. I made notes in my pocket notebook."], sig="M IBBOTSON PC318"))
    S("MG11 NOWAK.pdf", "witness", mg11(URN, "Tomasz NOWAK", "Chef", "04/08/2026", [
        "I rent Room 2 at 7 Tanners Row. On the night of 30th to 31st July 2026 I was awake at about five to one. I heard the front door open and close and someone walk up the stairs. About 20 past 1 I heard the front door again.",
        "We have a washing rota. Ioana's day is Tuesday; on Tuesday 28th July I saw her hang her bedding out."], sig="T. Nowak"))
    S("MG11 Dr QUAYLE.pdf", "expert", mg11(URN, "Dr Helen QUAYLE", "Forensic physician, Northmere SARC", "14/08/2026", [
        "On 31/07/2026 I examined Ioana MUNTEANU at Northmere SARC with interpreter Radu CONSTANTIN. She gave written consent, explained in Romanian, to the examination and to the release of my notes to the police and CPS.",
        "There were two bruises on the front of her left wrist, 1.5 cm, recent. Swabs were taken and handed to the police."], sig="H Quayle"))
    pdf_render([("title", "SFR1 - STREAMLINED FORENSIC REPORT"), ("kv", [("URN", URN), ("Lab", "Tyneholm Forensic Science"), ("Date", "03/09/2026")]),
                ("p", "MI/3 (bedsheet, Room 4): semen stain; DNA profile matching Stuart Anthony KEMBLE. Match probability less than one in a billion.")],
               F.doc("SFR1.pdf", "FORENSIC"), head=HEAD, foot=FOOT)
    pdf_render([("title", "ROTI - interview 1 (31/07/2026) and interview 2 (10/09/2026)"), ("kv", [("URN", URN), ("Interviewee", "Stuart Anthony KEMBLE"), ("Solicitor", "Mr D. HARTLEY")]),
                ("h", "Interview 1 - 31/07/2026 15:20-15:58"), ("p", "Denies entering the house that night. Home asleep with his wife. Has keys for maintenance. Ioana is 'a good tenant'."),
                ("h", "Interview 2 - 10/09/2026 10:05-10:31"), ("p", "Told of SFR1. Now says they had consensual sex in her room 'three or four days before' when he called for the rent. "
                 "Cannot explain why he did not say so in the first interview ('I was embarrassed, I'm married'). Denies being there on 31/07.")],
               F.doc("ROTI KEMBLE x2.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "KEMBLE, Stuart Anthony", "04/04/1972", "92/044172H", [], "31/07/2026"), F.doc("PNC KEMBLE.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Ioana MUNTEANU", "Complainant", "No trace (UK); ECRIS request via ACRO: no convictions in Romania", "No trace"],
                                        ["Elena RUSU", "First account", "No trace", "No trace"], ["Tomasz NOWAK", "Witness", "No trace", "No trace"],
                                        ["Radu CONSTANTIN", "Interpreter", "No trace", "-"]], "25/09/2026", "DC 1110 ROSS"), F.doc("Witness PNC results.pdf", "PNC"))
    pdf_render([("title", "MG2 - SPECIAL MEASURES"), ("kv", [("URN", URN), ("Witness", "Ioana MUNTEANU"), ("Eligibility", "s.17(4) YJCEA 1999"),
                ("Measures", "s.27 ABE as evidence in chief (recorded with interpreter); s.23 screens; s.28 - explained through interpreter, she wants it"),
                ("Intermediary", "Considered - not required: language needs are met by a Romanian interpreter, which she will need at court"),
                ("Interpreter", "Romanian (not Moldovan dialect) - female interpreter preferred at court if available"), ("Completed", "DC FINCH 29/09/2026")])],
               F.doc("MG2 special measures.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "VICTIM PERSONAL STATEMENT (translated from Romanian)"), ("kv", [("URN", URN), ("Name", "Ioana MUNTEANU"), ("Date", "15/09/2026"), ("Interpreter", "R. CONSTANTIN")]),
                ("p", DECL_EN.format(n=1, s="")), ("p", "I lost my home. I am afraid of every key in every door. I came here to work and now I think about going back."), ("p", "Signed: [signed]")],
               F.doc("VPS (translated).pdf", "VPS"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 - EXHIBITS"), ("kv", [("URN", URN)]), ("table", ["Ref", "Item", "By"], [
        ["LF/1", "ABE recording 02/08/2026 (in file)", "DC FINCH"], ["LF/2", "ABE summary", "DC FINCH"], ["MI/2", "Photograph of call log on Elena RUSU's phone, 01:34 31/07/2026", "PC IBBOTSON"],
        ["MI/3", "Bedsheet, Room 4", "PC IBBOTSON"], ["HQ/1-6", "SARC swabs", "Dr QUAYLE"]], [0.6, 3.5, 1])], F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "NORTHMERE POLICE  CAD 0311  31/07/2026"), ("table", ["Time", "Log"], [
        ["07:50", "999 from Elena RUSU: her cousin Ioana was raped in the night by her landlord at 7 Tanners Row. Caller has limited English; Romanian. Language Line used (Romanian)."],
        ["07:52", "Suspect not on premises. PC 318 IBBOTSON dispatched."], ["08:04", "On scene."], ["08:30", "Interpreter by phone. First account obtained."], ["09:10", "SARC 11:30 booked with interpreter."]], [0.6, 4])],
               F.doc("CAD 0311.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("mono", "ORBIS RMS :: CRIME 12/26/08817"), ("kv", [("URN", URN), ("Offence", "Rape (female 16+)"), ("Victim", "MUNTEANU, Ioana - interpreter required: Romanian"),
                ("Suspect", "KEMBLE, Stuart Anthony (landlord)"), ("First account", "Elena RUSU by phone 31/07/2026 01:34"), ("Protected characteristics", "Female; 27; White Romanian; first language Romanian")])],
               F.doc("Crime 12-26-08817.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 1110 Andrew ROSS", [
        ["1", "CAD 0311 (copy in file)", "ORBIS", "Yes", ""], ["2", "Crime report 12/26/08817 (copy in file)", "ORBIS", "Yes", ""],
        ["3", "Language Line call record 31/07/2026 08:30 (interpreter for first account)", "OIC", "No", ""], ["4", "ABE interview plan, DC FINCH, 01/08/2026", "OIC", "No", ""],
        ["5", "Washing rota for 7 Tanners Row (photo), showing Room 4 Tuesdays", "OIC", "No", ""], ["6", "Bank letter confirming rent paid by standing order to 31/07/2026", "OIC", "No", ""],
        ["7", "Notes of visits to tenants of Rooms 1 and 3 - heard nothing", "OIC", "No", ""], ["8", "Statement of Mrs Janet KEMBLE (wife): asleep, cannot say when he came in", "OIC", "No - neutral", ""],
        ["9", "Witness PNC results (copy in file)", "OIC", "Yes", ""]], "30/09/2026"), F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 1110 Andrew ROSS", [], "30/09/2026"), F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG6E - DISCLOSURE OFFICER'S REPORT"), ("kv", [("URN", URN), ("Officer", "DC 1110 Andrew ROSS"), ("Date", "30/09/2026")]),
                ("p", "Nothing has been identified that undermines the prosecution case or assists the defence beyond items 1, 2 and 9 of the MG6C, which are with the file. "
                      "Item 8 (the suspect's wife) is neutral on the alibi.")], F.doc("MG6E.pdf", "MG6E"), head=HEAD, foot=FOOT)
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "FORENSIC", "ROTI", "PNC", "MG2", "VPS", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "MG6E"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "mg6e", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C06
def case06(out):
    """Cheviot Borders: no-comment interview with a prepared statement; CCTV; MG6C as .xlsx; 3-page first-account MG11
    with continuation sheets; 'No third-party material...', 'declined a VPS...', 'no BWV: plain clothes'. Compliant."""
    URN = "07CB0118826"
    FORCE = "Cheviot Borders Constabulary"
    F = Folder(out, "R v FENWICK (07CB0118826)")
    HEAD = "OFFICIAL-SENSITIVE when complete"
    FOOT = "HALYARD | Page {p} of {n}"
    OIC = "DC 1702 Grant ELLIOT"
    mg3 = [("sub", "CHEVIOT BORDERS CONSTABULARY  -  HALYARD CASE SYSTEM"), ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
           ("table", ["URN", "Suspect", "Offence", "Test sought"], [[URN, "FENWICK, Liam (born 30/10/1999)", "Rape, s.1 SOA 2003 - Flat 6, Keel House, Hexford, 28/02/2026 c.02:30", "Full Code Test"]], [1, 1.4, 2.2, 0.9]),
           ("kv", [("OIC", f"{OIC}, CID Hexford (seconded RASSO). Tel 01632 960702. Mob 07700 900702. grant.elliot@cheviotborders.police.example"),
                   ("Bail", "On pre-charge bail to 26/11/2026: not to contact Danielle KERR or Chloe ADAIR directly or indirectly; not to enter Velvet nightclub, Alnmouth Road, Hexford."),
                   ("Endorsed", "DS 0477 Moira TAIT, 01/10/2026 - 'File meets the NFS. Submit.'")]),
           ("h", "Summary"),
           ("p", "Danielle KERR (22, student nurse) met the suspect at Velvet nightclub on the night of 27-28 February 2026. They left together at about 01:55 (CCTV, Hexford taxi rank camera) "
                 "and walked to his flat, where she agreed to have a drink. She says that on his sofa he became insistent, she said no and that she wanted to leave, and he pulled her onto the floor "
                 "and had vaginal intercourse with her. She left at about 04:10 in a taxi he had booked on his phone and woke her flatmate Chloe ADAIR at about 04:40 and told her. She reported on 101 at 10:05."),
           ("h", "Evidence"),
           ("p", "ABE of Danielle KERR, 01/03/2026 (GE/1, summary GE/2). First account: Chloe ADAIR (statement). First officer: DC ELLIOT. There was no BWV: the officer attended in plain clothes. "
                 "CCTV: taxi rank camera, two clips (01:58 leaving together; 04:18 her alone, visibly distressed) produced by PC 880 Ross McLEAN as RM/1. SARC 28/02/2026: swabs, SFR1 - DNA matches suspect "
                 "(intercourse admitted in his prepared statement). FME Dr KAUR: no injuries; consent to release SARC records signed 28/02/2026."),
           ("h", "Suspect's account"),
           ("p", "Arrested 01/03/2026. Interviewed with a solicitor. A prepared statement was read: intercourse was consensual and initiated by her; she left 'happy' and he booked and paid for her taxi. "
                 "He then answered 'no comment' to every question. Both the prepared statement and the ROTI are attached. Consider adverse inference if he relies at trial on anything not in the prepared statement."),
           ("h", "Lines of enquiry"),
           ("p", "Taxi: the Streetcar app booking on his handset (seized, examined only for the booking and messages/calls with her 27-28/02) confirms he booked her taxi at 04:06 - this is consistent with his account and is "
                 "recorded as such on the MG6C. The driver, Mr Alan PURVIS, says she was crying and silent (statement in file as witness). Door staff at Velvet: she was not drunk, left voluntarily (MG6C). "
                 "Pointing away from the suspect: whether the two had any contact before or after the night (none found on his handset and she says none); whether she was seen to be affectionate on leaving "
                 "(the 01:58 clip shows them walking arm in arm, which we disclose as capable of supporting his account). Ms KERR's phone has not been examined: nothing in the case calls for it - she and the suspect exchanged no "
                 "messages. No third-party material has been sought because no line of enquiry points to it."),
           ("h", "Outstanding"), ("p", "Outstanding: none. All enquiries are complete."),
           ("h", "Victim"),
           ("p", "MG2: ABE as EIC, screens, s.28 cross-examination (she wants it). Intermediary not needed. Needs: exams in May; prefers contact after 5 pm. ISVA: referred 28/02/2026, Borders ISVA Service, ISVA Mr Kenny DOCHERTY. "
                 "The complainant declined a VPS at this stage; it will be offered again at charge."),
           ("h", "Early advice"), ("p", "Sought 04/03/2026; advice of 11/03/2026 attached (Early advice record.docx). Actions complete."),
           ("h", "Disclosure"), ("p", "MG6C (spreadsheet), MG6D, DMD attached."),
           ("p", "Signed: (Sgd) G. Elliot DC 1702   01/10/2026")]
    pdf_render(mg3, F.doc("MG3.pdf", "MG3"), head=HEAD, foot=FOOT, family="cond")

    make_video(F.doc("ABE GE-1 KERR.mp4", "ABE_RECORDING"), ["ABE GE/1", "Hexford suite"], secs=4, clock="10:15:00")
    make_video(F.doc("RM-1 CCTV taxi rank clips.mp4", "CCTV"), ["CAM 14 TAXI RANK HEXFORD", "28/02/2026"], secs=4, clock="01:58:02", audio=False, codec="mpeg4", size=(352, 288))
    pdf_render([("title", "ABE SUMMARY (GE/2)"), ("kv", [("URN", URN), ("Witness", "Danielle KERR"), ("Date", "01/03/2026 10:15-11:20"), ("Interviewer", OIC)]),
                ("table", ["Time", "Summary"], [["0:00", "Introductions"], ["0:06", "Night out; meets Liam at Velvet; agrees to go back for a drink"],
                    ["0:18", "On the sofa he kisses her; she kisses back briefly, then says she wants to go home; he pulls her to the floor"],
                    ["0:26", "She says no repeatedly; penetration; she stops struggling 'because he was heavier'"], ["0:35", "He books a taxi; she leaves 04:10"],
                    ["0:41", "Wakes Chloe; tells her"], ["0:50-1:05", "Questions; closure"]], [0.6, 4])], F.doc("ABE summary GE-2.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 DC ELLIOT.pdf", "officer", mg11(URN, "Grant ELLIOT", "Detective Constable 1702", "02/03/2026", [
        "On 28/02/2026 I was the duty CID officer in Hexford, in plain clothes. At 10:20 I was asked to attend a 101 report of rape made by Danielle KERR. I arrived at her flat at 10:48; I was the first officer to attend. "
        "I was not wearing body-worn video: CID officers in plain clothes in this force do not carry it. I recorded her first account in my notebook.",
        "She told me she had met a man called Liam at Velvet, gone to his flat in Keel House, and he had forced her onto the floor and had sex with her when she said no.",
        "On 01/03/2026 between 10:15 and 11:20 I interviewed Ms KERR on video at the Hexford suite. I produce the recording as GE/1 and my summary as GE/2. The written interview plan is retained (MG6C)."], sig="G Elliot"))
    chloe = [
        ["I live with Danielle KERR in a shared flat in Hexford. We are both student nurses at the university.",
         "On Saturday 28th February 2026 at about 4.40 am I was woken by Danielle knocking on my bedroom door. She came in and sat on the end of my bed. She was shaking and her mascara had run. She was wearing the black dress she went out in."],
        ["I asked what was wrong. She said, 'I went back to this guy's and he wouldn't stop. I told him no, Chlo, I kept saying it.' I asked if she meant he had raped her and she nodded and started crying.",
         "She said his name was Liam, that she met him at Velvet and went back to his for a drink, and that he had pulled her onto the floor. She said he booked her a taxi afterwards 'like nothing happened'."],
        ["I stayed with her until about 8 am when she fell asleep. When she woke I said she should report it and she rang 101 at about 10 o'clock.",
         "I have known Danielle for two years. I have never known her to be like that."]]
    S("Chloe ADAIR statement 3pp.pdf", "first_account", mg11(URN, "Chloe ADAIR", "Student nurse", "02/03/2026", chloe, sig="(signed) C. Adair", witnessed="DC 1702 ELLIOT"))
    S("MG11 PC880 McLEAN CCTV.pdf", "officer", mg11(URN, "Ross McLEAN", "Police Constable 880 (CCTV recovery)", "05/03/2026", [
        "On 03/03/2026 I attended the Hexford Council CCTV control room and reviewed camera 14 (Market Street taxi rank) for 01:30-04:45 on 28/02/2026.",
        "I exported two clips: 01:58:02-01:58:40 (a male and female walk arm in arm towards Keel House) and 04:17:50-04:18:30 (the same female alone getting into a taxi, hand over her face). "
        "The clock was 1 minute 12 seconds fast; the times above are corrected. I produce the clips as exhibit RM/1."], sig="R. McLean PC880"))
    S("MG11 PURVIS taxi.pdf", "witness", mg11(URN, "Alan PURVIS", "Taxi driver (Streetcar)", "09/03/2026", [
        "At 04:10 on 28/02/2026 I collected a fare booked by 'Liam' from Keel House to Tweed Street. The passenger was a young woman in a black dress. She was crying quietly the whole way and said nothing except the address."], sig="A Purvis"))
    S("MG11 Dr KAUR FME.pdf", "expert", mg11(URN, "Dr Jaspreet KAUR", "Forensic physician", "16/03/2026", [
        "On 28/02/2026 at Borders SARC I examined Danielle KERR with her written consent, which included consent to release my notes to the police and CPS. There were no injuries. "
        "The absence of injury neither supports nor undermines an account of non-consensual intercourse."], sig="J Kaur"))
    pdf_render([("title", "SFR1"), ("kv", [("URN", URN), ("Provider", "Lindisfarne Forensics"), ("Date", "20/04/2026")]),
                ("p", "High vaginal swab (JK/3): DNA profile matching Liam FENWICK. Intercourse is not disputed (prepared statement).")], F.doc("SFR1 DNA.pdf", "FORENSIC"), head=HEAD, foot=FOOT)
    pdf_render([("title", "RECORD OF TAPED INTERVIEW"), ("kv", [("URN", URN), ("Interviewee", "Liam FENWICK"), ("Date", "01/03/2026 16:40-17:22"),
                ("Present", "DC ELLIOT, DC 2210 BELL, Mr J. ARMSTRONG (solicitor)")]),
                ("p", "16:41 Caution given. 16:42 Mr ARMSTRONG reads a prepared statement (exhibit JA/1, copy attached separately)."),
                ("p", "16:45-17:20 Questions on: meeting her at Velvet; walking to Keel House; events on the sofa; whether she said no; why she left at 04:10; the taxi booking; "
                      "why she was crying on CCTV at 04:18. To every question: 'No comment.'"),
                ("p", "17:21 Special warning not given (no s.36/37 circumstances). 17:22 Interview concluded.")], F.doc("ROTI FENWICK.pdf", "ROTI"), head=HEAD, foot=FOOT)
    scan_pdf([("title", "PREPARED STATEMENT OF LIAM FENWICK"), ("p", "URN 07CB0118826      Exhibit JA/1      1 March 2026"),
              ("p", "I met Danielle at Velvet on Friday night. We got on well and she asked if she could come back to mine. We walked to my flat arm in arm."),
              ("p", "We had a drink and started kissing on the sofa. She took off her own dress. We had sex on the floor. She never said no and she never tried to stop me."),
              ("p", "Afterwards she said she had an early shift and wanted to go home. I booked her a taxi on my Streetcar app and paid for it. She kissed me goodbye."),
              ("p", "On legal advice I will not be answering further questions."),
              ("p", "Signed: L. Fenwick          Witnessed: J. Armstrong, Armstrong Reid Solicitors")], F.doc("scan_0004.pdf", "ROTI"), seed=11, family="serif", size=12)
    pdf_render(pnc_print(URN, FORCE, "FENWICK, Liam", "30/10/1999", "18/301774X", [["02/05/2019", "Hexford Magistrates", "Affray", "Community order, 80 hours unpaid work"]], "01/03/2026"),
               F.doc("PNC FENWICK.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Danielle KERR", "Complainant", "No trace", "No trace"], ["Chloe ADAIR", "First account", "No trace", "No trace"],
                                        ["Alan PURVIS", "Witness", "No trace", "No trace"], ["PC 880 McLEAN", "Officer", "-", "-"], ["Dr J. KAUR", "Expert", "No trace", "-"]], "30/09/2026", "DC 2210 BELL"),
               F.doc("Witness PNC nil returns.pdf", "PNC"))
    pdf_render([("title", "MG2 SPECIAL MEASURES"), ("kv", [("URN", URN), ("Witness", "Danielle KERR"), ("Eligibility", "s.17(4) - sexual offence complainant"),
                ("Sought", "ABE EIC (s.27), screens (s.23), s.28 pre-recorded cross-examination - she wants it"), ("Intermediary", "No - no communication needs"),
                ("Completed", "DC ELLIOT 30/09/2026")])], F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Description", "Producing witness"], [
        ["GE/1", "ABE recording, Danielle KERR 01/03/2026 (in file)", "DC ELLIOT"], ["GE/2", "ABE summary", "DC ELLIOT"],
        ["RM/1", "CCTV clips, camera 14 Market St taxi rank, 01:58 and 04:18 28/02/2026 (in file)", "PC McLEAN"],
        ["JK/3", "High vaginal swab", "Dr KAUR"], ["JA/1", "Prepared statement of Liam FENWICK (in file, scan)", "DC ELLIOT"],
        ["GE/3", "Suspect's handset - Streetcar booking 04:06 28/02/2026", "DC ELLIOT"]], [0.6, 3.5, 1.2])], F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "CHEVIOT BORDERS  -  STORM LOG 0519  28/02/2026"), ("table", ["Time", "Entry"], [
        ["10:05", "101: Danielle KERR reports she was raped at a male's flat, Keel House, earlier this morning after meeting him at Velvet. Flatmate present."],
        ["10:20", "CID DC 1702 ELLIOT to attend."], ["10:48", "DC ELLIOT at scene (plain clothes)."], ["12:30", "SARC 14:00."]], [0.6, 4])],
               F.doc("STORM log 0519.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "HALYARD CRIME RECORD 07/CB/26/1187"), ("kv", [("URN", URN), ("Offence", "Rape"), ("Victim", "KERR, Danielle"), ("Suspect", "FENWICK, Liam"),
                ("First account", "To flatmate Chloe ADAIR 28/02/2026 04:40"), ("Protected characteristics", "Female; 22; White Scottish")])],
               F.doc("Crime record.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    write_xlsx(F.doc("MG6C unused schedule.xlsx", "MG6C"),
               ["MG6C  POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", f"URN: {URN}    R v Liam FENWICK", "Disclosure officer: DC 2210 Shona BELL    Date: 30/09/2026"],
               ["Item", "Description and relative location", "Location", "Police view: meets test?", "CPS"],
               [[1, "STORM log 0519 of 28/02/2026 (copy with file)", "HALYARD", "Yes", ""],
                [2, "Crime record 07/CB/26/1187 (copy with file)", "HALYARD", "Yes", ""],
                [3, "DC ELLIOT pocket notebook 28/02/2026 pp. 3-6, first account of complainant", "Hexford CID", "No - consistent with ABE", ""],
                [4, "ABE interview plan, DC ELLIOT, 28/02/2026", "Hexford CID", "No", ""],
                [5, "Full CCTV download camera 14, 01:30-04:45 28/02/2026 (relevant clips exhibited as RM/1)", "CCTV store", "No", ""],
                [6, "Note of enquiry with Velvet door staff (2 staff): complainant not drunk, left voluntarily with male", "Hexford CID", "No", ""],
                [7, "Suspect's handset - filtered review note: Streetcar booking 04:06, no messages or calls with complainant 20/02-10/03 (note with file)", "DFU", "Yes - supports suspect's account", ""],
                [8, "Custody record, Liam FENWICK, 01/03/2026", "Custody", "No", ""],
                [9, "Witness PNC nil returns (copy with file)", "Hexford CID", "Yes", ""]], sheet="MG6C", widths=[6, 70, 14, 22, 8])
    pdf_render([("title", "Note of filtered review of suspect's handset (MG6C item 7)"), ("kv", [("URN", URN), ("Device", "GE/3 iPhone of Liam FENWICK"), ("Parameters", "Streetcar app bookings 27-28/02/2026; calls and messages with complainant's number 20/02-10/03/2026")]),
                ("p", "Streetcar booking created 04:06:12 28/02/2026, pick-up Keel House, drop Tweed Street, paid by card. No calls or messages with the complainant's number in the period.")],
               F.doc("Handset review note GE-3.pdf", ["DIGITAL_EXTRACT", "OTHER"]), head=HEAD, foot=FOOT)
    pdf_render(mg6d(URN, FORCE, "DC 2210 Shona BELL", [["1", "SARC notes, Borders SARC 28/02/2026", "Medical record; consent to release to police/CPS given 28/02/2026", "No undermining material", ""]], "30/09/2026"),
               F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT)
    pdf_render([("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("kv", [("URN", URN), ("Date", "30/09/2026")]),
                ("p", "Lines of enquiry: as MG3. Digital strategy: the complainant's phone has not been examined (no contact between the parties; no line of enquiry). Suspect's handset: filtered review only "
                      "(taxi booking; contact with complainant). CCTV: full download retained, clips exhibited. Third-party material: none sought; no line of enquiry points to any.")],
               F.doc("DMD.pdf", "DMD"), head=HEAD, foot=FOOT)
    docx_render([("title", "Record of early advice"), ("kv", [("URN", URN), ("Prosecutor", "Mr Callum REID, Senior Crown Prosecutor, CPS RASSO"), ("Date", "11/03/2026"), ("Requested", "04/03/2026 by DC ELLIOT")]),
                 ("p", "1. Obtain the full taxi-rank CCTV and clip both relevant periods, including the 01:58 clip, which may assist the defence."),
                 ("p", "2. Trace and take a statement from the taxi driver."), ("p", "3. Examine the suspect's handset for the booking and any contact with the complainant only."),
                 ("p", "4. No request for the complainant's phone or records is advised."), ("p", "Submit for FCT when complete.")],
                F.doc("Early advice record.docx", ["EARLY_ADVICE", "CORRESPONDENCE"]), author="C Reid")
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "CCTV", "MG11", "FORENSIC", "ROTI", "PNC", "MG2", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D", "DMD"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "dmd", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== C07
def case07(out):
    """Fenmarsh: male complainant, dating app; first account named by relationship only in the MG3 ("his sister");
    first officer's MG11 as an image-only scan; one outstanding item with a target date. Compliant."""
    URN = "36FM0677126"
    FORCE = "FENMARSH POLICE"
    F = Folder(out, "36FM0677126")
    HEAD = "OFFICIAL-SENSITIVE"
    FOOT = "TALLY CMS  36FM0677126  p.{p}"
    OIC = "DC 4120 Kerry WALSH"
    mg3 = [("title", "MG3 - Report to Crown Prosecutor for Charging Decision"), ("sub", "Fenmarsh Police | TALLY case management"),
           ("boxes", "URN", URN),
           ("kv", [("Suspect", "VOSS, Adrian Christopher, 41 (born 17/01/1985)"), ("Offence", "Rape of a male (s.1 SOA 2003) at 3 Reedbank Close, Fenmarsh, 09/08/2026 about 22:40"),
                   ("Charging decision requested", "Full Code Test"), ("Suspect status", "Released on pre-charge bail to 03/12/2026 - not to contact Daniel OSEI by any means including dating apps; not to enter Harbour Road, Fenmarsh."),
                   ("OIC", f"{OIC} - 01632 960412 - kerry.walsh@fenmarsh.police.example"), ("Supervisor", "DS 2290 Lee HUTTON - endorsed 06/10/2026")]),
           ("h", "Summary"),
           ("p", "Daniel OSEI (34) met the suspect through a dating app and went to his house on 9 August 2026 for a first date. Daniel says that after a meal he said he wanted to go home; "
                 "the suspect blocked the door, pushed him face down over the arm of the sofa and anally raped him. He left at about 23:10 and drove home. The next day he told his sister what had happened; "
                 "she took him to the SARC and he reported to police from there."),
           ("h", "Evidence"),
           ("p", "ABE interview 12/08/2026 by DC WALSH (KW/1, index KW/2). His sister's statement (first account). First officer PC 2044 Jo MARTIN (statement). SARC: FME Dr Marcus HALE - a 1 cm fresh anal fissure "
                 "with bruising to the right hip; consent to release SARC records recorded 10/08/2026. App messages: his phone examined with a DPN, limited to the app chat with the suspect 01/08-12/08/2026 "
                 "and his location data 9 August 19:00-23:59 (to confirm his times of arrival and leaving). Extraction report in file."),
           ("h", "Suspect's account"),
           ("p", "Interviewed 13/08/2026. Accepts anal intercourse; says it was consensual and Daniel initiated it; denies blocking the door; says Daniel left in a hurry because he had an early shift. ROTI attached."),
           ("h", "Lines of enquiry"),
           ("p", "Intercourse is admitted, so swabs were not submitted (agreed with the SARC). The app chat before the date shows they had agreed 'dinner and see how it goes' - no discussion of sex; the chat after "
                 "the date shows the suspect writing 'you left in a rush, everything ok?' at 23:31; this may assist the defence and is exhibited. Lines pointing away: whether Daniel had any motive "
                 "(none known; they had never met); whether anyone else was at the house (neighbours: none seen; the suspect lives alone); the app operator was not asked for data because both phones hold the full chat. "
                 "No third-party material has been requested: there is no line of enquiry for it."),
           ("h", "Outstanding"),
           ("p", "1. Addendum statement from Dr HALE on the expected healing of the fissure (to answer a likely defence point) - target date 13 November 2026."),
           ("h", "Victim"),
           ("p", "Special measures: MG2 - ABE as EIC, screens, s.28 (he wants it), no intermediary needed. Needs: male survivor support - referred to the Fenmarsh ISVA service (male ISVA Mr Ollie GRANT) on 10/08/2026. "
                 "VPS offered 12/08/2026; he will make one once a decision is made."),
           ("h", "Early advice"), ("p", "Early advice was not sought because the suspect was interviewed within four days and the remaining lines were short; the file was ready for a full code test within eight weeks."),
           ("h", "Disclosure"), ("p", "MG6C and MG6D (nil) attached; rebuttable presumption items with file."),
           ("p", "DC 4120 K. WALSH  06/10/2026  [signed]")]
    docx_render(mg3, F.doc("MG3 OSEI.docx", "MG3"), head=HEAD, foot="TALLY CMS 36FM0677126", font="Calibri")
    make_video(F.doc("KW1_VRI_OSEI.mp4", "ABE_RECORDING"), ["KW/1 VRI Fenmarsh", "12/08/2026"], secs=3, clock="09:30:00")
    pdf_render([("title", "INDEX TO VIDEO RECORDED INTERVIEW - KW/2"), ("kv", [("URN", URN), ("Witness", "Daniel OSEI"), ("Date", "12/08/2026 09:30-10:34"), ("Interviewer", OIC)]),
                ("table", ["From", "To", "Content"], [["00:00", "04:00", "Introductions"], ["04:00", "20:00", "App contact; arranging the date; arrives 19:45"],
                    ["20:00", "34:00", "Meal; says he wants to go; suspect blocks the door; pushed over sofa arm; anal penetration; says 'stop' and 'get off'"],
                    ["34:00", "44:00", "Leaves 23:10; drives home; tells sister next day"], ["44:00", "64:00", "Questions; closure"]], [0.6, 0.6, 4])],
               F.doc("KW2 index.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 WALSH.pdf", "officer", mg11(URN, "Kerry WALSH", "Detective Constable 4120", "12/08/2026", [
        "On 12/08/2026 from 09:30 to 10:34 at Fenmarsh VRI suite I interviewed Daniel OSEI on video. I produce the recording as exhibit KW/1 and my index of it as KW/2. The interview plan is retained on the MG6C.",
        "On 12/08/2026 Mr OSEI signed a Digital Processing Notice and I took his phone for a filtered kiosk extraction, returned the same day. I produce the extraction report as KW/3."], sig="K Walsh"))
    S("MG11 Abena OSEI.pdf", "first_account", mg11(URN, "Abena OSEI", "Pharmacist", "11/08/2026", [
        "I am Daniel OSEI's older sister. On Monday 10th August 2026 at about 9 am Daniel rang me and asked me to come over. He was in bed and had not slept. He told me that the man he went on a date with "
        "on Sunday had stopped him leaving, pushed him over the sofa and raped him. He said, 'I told him to stop, Abi, and he just held me down.'",
        "He was frightened no one would believe a man. I drove him to the SARC and he rang the police from there."], sig="(Sgd) A. Osei"))
    scan_pdf(mg11(URN, "Jo MARTIN", "Police Constable 2044", "10/08/2026", [
        "At 11:20 on 10/08/2026 I was sent to Fenmarsh SARC where a male had reported a rape. I was the first police officer to see him. I met Daniel OSEI and his sister Abena OSEI.",
        "Mr OSEI told me that a man he met on an app, 'Adrian', pushed him over the arm of a sofa at Reedbank Close last night and had anal sex with him after he said stop. I did not question him further. "
        "My body-worn camera was not used inside the SARC, in line with force policy; I made notes in my pocket notebook (MG6C).",
        "I seized his jeans and underwear in sealed bags (JM/1, JM/2)."], sig="J. Martin PC 2044"), F.doc("scan_0011.pdf", "MG11", "officer"), seed=21, family="sans", size=11)
    S("MG11 Dr HALE FME.pdf", "expert", mg11(URN, "Dr Marcus HALE", "Forensic physician", "20/08/2026", [
        "On 10/08/2026 at Fenmarsh SARC I examined Daniel OSEI with his written consent, including consent to release the notes to police and CPS.",
        "There was a fresh 1 cm fissure at 6 o'clock on the anal margin and a 3 cm bruise over the right hip. Both are consistent with his account; the fissure shows blunt penetrating trauma but does not show whether there was consent."], sig="M. Hale"))
    pdf_render([("title", "DIGITAL PROCESSING NOTICE"), ("kv", [("URN", URN), ("Name", "Daniel OSEI"), ("Device", "Google Pixel 8 (KW/3)"),
                ("Purpose", "To recover the app chat with the suspect and your location on 9 August 2026, to prove arrangements and timings."),
                ("Scope", "Fenmarsh-based dating app chat with user 'AdrianV' from 01/08/2026 to 12/08/2026; location history 09/08/2026 19:00-23:59. Nothing else."),
                ("Signed", "D. Osei [signed] 12/08/2026; officer DC WALSH")])], F.doc("DPN.pdf", "DPN"), head=HEAD, foot=FOOT)
    pdf_render([("title", "KW/3 KIOSK EXTRACTION REPORT (filtered)"), ("kv", [("URN", URN), ("Filters", "App chat with 'AdrianV' 01/08-12/08/2026; location 09/08 19:00-23:59")]),
                ("table", ["Time", "Item"], [["05/08 20:11", "AdrianV: dinner at mine sunday? and see how it goes"], ["05/08 20:15", "Daniel: sounds good"],
                    ["09/08 19:44", "Location: Reedbank Close"], ["09/08 23:12", "Location: leaving Reedbank Close"], ["09/08 23:31", "AdrianV: you left in a rush, everything ok?"]], [1, 4])],
               F.doc("KW3 extraction report.pdf", "DIGITAL_EXTRACT"), head=HEAD, foot=FOOT)
    pdf_render([("title", "ROTI - RECORD OF TAPED INTERVIEW"), ("kv", [("URN", URN), ("Interviewee", "Adrian Christopher VOSS"), ("Date", "13/08/2026"), ("Solicitor", "Ms H. KING")]),
                ("p", "Accepts Daniel came for dinner and that they had anal sex on the sofa. Says Daniel initiated it and it was consensual. Denies blocking the door or pushing him. Says Daniel left quickly "
                      "saying he had an early shift; messaged at 23:31 to check he was OK.")], F.doc("ROTI VOSS.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "VOSS, Adrian Christopher", "17/01/1985", "03/447120N", [], "13/08/2026"), F.doc("PNC VOSS.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Daniel OSEI", "Complainant", "No trace", "No trace"], ["Abena OSEI", "First account", "No trace", "No trace"], ["Dr M. HALE", "Expert", "No trace", "-"]],
                           "05/10/2026", "DC 4120 WALSH"), F.doc("Witness PNCs.pdf", "PNC"))
    pdf_render([("title", "MG2 - SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", URN), ("Witness", "Daniel OSEI"), ("Eligible", "s.17(4)"), ("Measures", "ABE EIC; screens; s.28 - wants it"), ("Intermediary", "Not needed"),
                ("Support", "Male ISVA Ollie GRANT")])], F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 - EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Description"], [["KW/1", "VRI of Daniel OSEI (in file)"], ["KW/2", "Index"], ["KW/3", "Extraction report (in file)"],
                ["JM/1", "Jeans"], ["JM/2", "Underwear"], ["MH/1", "SARC swabs (not submitted - intercourse admitted)"]], [0.6, 4])], F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "FENMARSH POLICE  INCIDENT 0788  10/08/2026"), ("table", ["Time", "Entry"], [["11:12", "Call from Fenmarsh SARC staff: male (Daniel OSEI) reports rape last night at Reedbank Close by man met on app."],
                ["11:20", "PC 2044 MARTIN assigned."], ["11:50", "At SARC. Sister present."]], [0.6, 4])], F.doc("Incident 0788.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "CRIME REPORT 36/26/5520"), ("kv", [("URN", URN), ("Offence", "Rape of male 16+"), ("Victim", "OSEI, Daniel"), ("Suspect", "VOSS, Adrian"),
                ("First complaint", "To his sister 10/08/2026 09:00"), ("Protected characteristics", "Male; 34; Black British (Ghanaian); gay")])], F.doc("Crime report.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 0871 Sam PEARCE", [
        ["1", "Incident 0788 (copy in file)", "TALLY", "Yes", ""], ["2", "Crime report 36/26/5520 (copy in file)", "TALLY", "Yes", ""],
        ["3", "PC MARTIN notebook 10/08/2026 pp. 51-52: first account at SARC", "Fenmarsh", "No", ""], ["4", "VRI interview plan, DC WALSH", "RASSO", "No", ""],
        ["5", "House-to-house Reedbank Close, 5 addresses, nothing seen", "RASSO", "No", ""], ["6", "Custody record, Adrian VOSS 13/08/2026", "Custody", "No", ""],
        ["7", "Witness PNC checks (copy in file)", "RASSO", "Yes", ""]], "05/10/2026"), F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 0871 Sam PEARCE", [], "05/10/2026"), F.doc("MG6D nil return.pdf", "MG6D"), head=HEAD, foot=FOOT)
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "DPN", "DIGITAL_EXTRACT", "ROTI", "PNC", "MG2", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    expected(out, F.name, 0, present, [], BASE_OK + ["early_advice", "oic_contact", "abe_plan", "one_urn", "victim_care"], F.docs)
    return F.name


# =============================================================================================== F1
def fault01(out):
    """Ardenvale: planted - the DMD records a blanket 'full download' of the complainant's phone although the MG3 and DPN are limited."""
    URN = "22AV0384126"
    FORCE = "ARDENVALE POLICE"
    F = Folder(out, "Ardenvale RASSO - MALONE - 22AV0384126")
    HEAD = "OFFICIAL-SENSITIVE when complete"
    FOOT = "NIMBUS | 22AV0384126 | Page {p} of {n}"
    OIC = "DC 2301 Mel DYSON"
    mg3 = [("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"), ("sub", "Ardenvale Police - NIMBUS"),
           ("kv", [("URN", URN), ("Suspect", "PIKE, Jason Lee (born 08/05/1993)"), ("Offence", "Rape, s.1 SOA 2003 - Flat 2, 41 Orchard Street, Ardenvale, 14/03/2026 about 19:30"),
                   ("Test sought", "Full Code Test"), ("OIC", f"{OIC}, Public Protection, Ardenvale. 01632 960231, 07700 900231, mel.dyson@ardenvale.police.example"),
                   ("Bail", "Pre-charge bail to 10/12/2026. Conditions: no contact with Kirsty MALONE or Gemma HOLT; not to enter Orchard Street."),
                   ("Supervisor", "DS 1812 Carl NOBLE - endorsed 28/09/2026")]),
           ("h", "Summary"),
           ("p", "Kirsty MALONE (29) ended a two-year relationship with Jason PIKE (33) in February 2026. On 14 March 2026 he came to her flat by arrangement to collect his belongings. She says he "
                 "accused her of seeing someone else, pushed her onto the bed and had vaginal intercourse with her while she told him to stop. He left at about 20:00. At about 20:30 she went next door "
                 "to her friend and neighbour Gemma HOLT and told her. Gemma persuaded her to report; she did so the next morning (15/03/2026, 09:12)."),
           ("h", "Evidence"),
           ("p", "ABE 17/03/2026 (MD/1, summary MD/2). Gemma HOLT (first account). PC 4488 Ben CARVER (first officer). SARC 15/03/2026 - FME notes; no injury; consent to release recorded; swabs not submitted "
                 "(intercourse admitted). WhatsApp messages between them from 1 to 20 March 2026, including his message at 20:41 on 14/03: 'I know I went too far. Please don't tell anyone.'"),
           ("h", "Suspect's account"), ("p", "Interviewed 16/03/2026. Accepts intercourse; says they had 'make-up sex' and she was willing; says she is angry because he has a new partner. ROTI attached."),
           ("h", "Lines of enquiry, including those pointing away"),
           ("p", "Ms MALONE's phone: the request is limited to the WhatsApp chat with the suspect between 1 and 20 March 2026, which covers the arrangement to collect his belongings, the evening itself and the "
                 "messages afterwards; she agreed to this and signed a DPN. Nothing else on her phone is relevant to any issue. Pointing away: his claim of a reconciliation - the chat shows no reconciliation "
                 "and her messages before the 14th are about the return of his belongings only; his claim that she is motivated by jealousy - his new relationship began in January and she knew of it before "
                 "the 14th (her own messages), so it does not explain the timing. Neighbours in the block: one (Gemma HOLT) heard raised voices at about 19:30. No third-party material has been requested; no line of enquiry points to it."),
           ("h", "Outstanding"), ("p", "Nothing is outstanding."),
           ("h", "Victim"),
           ("p", "MG2: ABE EIC, screens, s.28 - wants it; intermediary not required. ISVA: referred 15/03/2026 (Ardenvale ISVA, Ms Pat LOWE). VPS offered 17/03/2026 - made 01/09/2026 (in file). "
                 "Needs: she works nights; contact by phone after 2 pm."),
           ("h", "Early advice"), ("p", "Not sought: the case was straightforward and the file was completed within four months."),
           ("h", "Disclosure"), ("p", "MG6C, MG6D (nil), DMD attached."),
           ("p", "Signed: M. Dyson DC 2301, 28/09/2026")]
    docx_render(mg3, F.doc("MG3 final.docx", "MG3"), head=HEAD, foot="NIMBUS " + URN)
    dmd = [("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("kv", [("URN", URN), ("R v", "Jason Lee PIKE"), ("Prepared by", "DC 2301 DYSON / DC 0655 FARRELL (disclosure officer)"), ("Date", "28/09/2026")]),
           ("h", "1. Reasonable lines of enquiry"), ("p", "See MG3: first account, SARC, the relationship history, neighbour, messages between the parties."),
           ("h", "2. Digital strategy"),
           ("table", ["Device", "Owner", "Request", "Status"], [
               ["iPhone 13 (MD/3)", "Kirsty MALONE (complainant)", "Full download of handset requested from the Digital Forensic Unit so that all content is available for review by the disclosure officer.", "Download complete 02/04/2026; review ongoing"],
               ["Samsung S22 (MD/4)", "Jason PIKE (suspect)", "Messages and calls with complainant 01/02-20/03/2026", "Complete - no reconciliation messages"]], [1.2, 1.2, 3, 1.3]),
           ("h", "3. Third-party material"), ("p", "None requested."),
           ("h", "4. Unused material"), ("p", "MG6C and MG6D (nil return) served with this file.")]
    docx_render(dmd, F.doc("DMD.docx", "DMD"), head=HEAD)
    make_video(F.doc("MD1 ABE MALONE 170326.mp4", "ABE_RECORDING"), ["ABE MD/1 Ardenvale"], secs=3, clock="14:00:00")
    pdf_render([("title", "ABE SUMMARY MD/2"), ("kv", [("URN", URN), ("Witness", "Kirsty MALONE"), ("Date", "17/03/2026 14:00-15:05"), ("Interviewer", OIC)]),
                ("table", ["Time", "Summary"], [["00:00", "Introductions"], ["03:00", "Relationship and break-up; arrangement for him to collect belongings"],
                    ["12:00", "He accuses her of seeing someone; pushes her onto the bed; she says stop; penetration"], ["25:00", "He leaves; she goes to Gemma next door"], ["40:00", "Messages; closure"]], [0.6, 4])],
               F.doc("MD2 ABE summary.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 DYSON.pdf", "officer", mg11(URN, "Mel DYSON", "Detective Constable 2301", "18/03/2026", [
        "On 17/03/2026 from 14:00 to 15:05 I interviewed Kirsty MALONE on video at Ardenvale. I produce the recording as MD/1 and my summary as MD/2. The interview plan is retained.",
        "On 17/03/2026 Ms MALONE signed a Digital Processing Notice for her iPhone 13 (MD/3), limited to the WhatsApp chat with Jason PIKE from 01/03/2026 to 20/03/2026."], sig="M Dyson"))
    S("MG11 HOLT.pdf", "first_account", mg11(URN, "Gemma HOLT", "Care worker", "15/03/2026", [
        "I live at Flat 3, 41 Orchard Street, next door to Kirsty MALONE. At about 7.30 pm on Saturday 14th March 2026 I heard a man shouting in Kirsty's flat.",
        "At about 8.30 pm Kirsty knocked on my door. She was crying. She said, 'Jason came for his stuff and he forced himself on me. I told him to stop.' She showed me a message from him saying he went too far. I told her she should call the police."], sig="G. Holt"))
    S("MG11 PC4488 CARVER.pdf", "officer", mg11(URN, "Ben CARVER", "Police Constable 4488", "15/03/2026", [
        "At 09:12 on 15/03/2026 I was sent to 41 Orchard Street after a call from Kirsty MALONE. I arrived at 09:40 and was the first officer there. She told me her ex-partner Jason had raped her the night before when he came to collect his things. "
        "I recorded the first account on body-worn video and produce the clip as BC/1. I arranged SARC."], sig="B Carver PC4488"))
    make_video(F.doc("BC1 BWV PC4488.mp4", "BWV"), ["BWV 4488 15/03/2026"], secs=3, clock="09:41:00", codec="mpeg4")
    pdf_render([("title", "DIGITAL PROCESSING NOTICE"), ("kv", [("URN", URN), ("Name", "Kirsty MALONE"), ("Device", "iPhone 13 (MD/3)"),
                ("Why", "To recover messages between you and Jason PIKE about the evening of 14 March and afterwards."),
                ("What", "WhatsApp chat with Jason PIKE only, 01/03/2026 to 20/03/2026."), ("Agreement", "K. Malone [signed] 17/03/2026")])], F.doc("DPN MALONE.pdf", "DPN"), head=HEAD, foot=FOOT)
    pdf_render([("title", "ROTI - RECORD OF TAPED INTERVIEW"), ("kv", [("URN", URN), ("Interviewee", "Jason Lee PIKE"), ("Date", "16/03/2026"), ("Solicitor", "Mr R. SHAH")]),
                ("p", "Accepts sex on 14/03; says they were making up and she was willing. Message 'I went too far' was about an argument. Says she is jealous of his new partner.")],
               F.doc("ROTI PIKE.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "PIKE, Jason Lee", "08/05/1993", "11/228190T", [["30/06/2015", "Ardenvale Magistrates", "Criminal damage", "Conditional discharge 12 months"]], "16/03/2026"),
               F.doc("PNC PIKE.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Kirsty MALONE", "Complainant", "No trace", "No trace"], ["Gemma HOLT", "First account", "No trace", "No trace"]], "25/09/2026", "DC 0655 FARRELL"),
               F.doc("Witness PNCs.pdf", "PNC"))
    pdf_render([("title", "MG2 - SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", URN), ("Witness", "Kirsty MALONE"), ("Measures", "ABE EIC; screens; s.28 - wants it"), ("Intermediary", "Not required")])], F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", URN), ("Name", "Kirsty MALONE"), ("Date", "01/09/2026")]), ("p", DECL_EN.format(n=1, s="")),
                ("p", "I have changed the locks twice. I can't sleep in that bedroom."), ("p", "Signed [signed]")], F.doc("VPS.pdf", "VPS"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 - EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Item"], [["MD/1", "ABE (in file)"], ["MD/2", "ABE summary"], ["BC/1", "BWV clip PC CARVER (in file)"],
                ["MD/3", "Complainant's iPhone - WhatsApp chat with suspect 01-20/03/2026"], ["MD/4", "Suspect's handset"]], [0.6, 4])], F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "ARDENVALE POLICE  INCIDENT 0193  15/03/2026"), ("table", ["Time", "Entry"], [["09:12", "Caller Kirsty MALONE: ex-partner Jason PIKE raped her last night at her flat when collecting his things."],
                ["09:15", "PC 4488 CARVER assigned."], ["09:40", "On scene, BWV."]], [0.6, 4])], F.doc("Incident 0193.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "NIMBUS CRIME RECORD 22/26/7711"), ("kv", [("URN", URN), ("Offence", "Rape"), ("Victim", "MALONE, Kirsty"), ("Suspect", "PIKE, Jason Lee"), ("First account", "Gemma HOLT 14/03/2026 20:30")])],
               F.doc("Crime record.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 0655 Liam FARRELL", [["1", "Incident 0193 (copy in file)", "NIMBUS", "Yes", ""], ["2", "Crime record 22/26/7711 (copy in file)", "NIMBUS", "Yes", ""],
                ["3", "ABE interview plan", "PPU", "No", ""], ["4", "SARC referral form 15/03/2026", "PPU", "No", ""], ["5", "Custody record PIKE 16/03/2026", "Custody", "No", ""],
                ["6", "Witness PNC checks (copy in file)", "PPU", "Yes", ""]], "28/09/2026"), F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 0655 Liam FARRELL", [], "28/09/2026"), F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT)
    present = ["MG3", "DMD", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "BWV", "DPN", "ROTI", "PNC", "MG2", "VPS", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    ok = [t for t in BASE_OK if t not in ("dig_prop", "digital_proportionality")] + ["oic_contact", "abe_plan", "one_urn", "victim_care", "early_advice"]
    expected(out, F.name, 1, present, ["dig_prop"], ok, F.docs)
    return F.name


# =============================================================================================== F2
def fault02(out):
    """Solway Coast: planted - (1) CCTV clip JR/3 produced in an MG11 and listed on the MG12 but not in the folder;
    (2) an MG6C item described only as 'Misc notes'."""
    URN = "19SC0450226"
    FORCE = "SOLWAY COAST CONSTABULARY"
    F = Folder(out, "19SC0450226 BRENNAN")
    HEAD = "OFFICIAL - SENSITIVE (when complete)"
    FOOT = "Solway Coast Constabulary - Page {p} of {n}"
    OIC = "DC 1566 Jenny ROWAN"
    mg3 = [("title", "MG3"), ("sub", "Report to Crown Prosecutor for Charging Decision - Solway Coast Constabulary"),
           ("kv", [("URN", URN), ("Suspect", "ROSS, Jamie (born 21/11/1995)"), ("Offence", "Assault by penetration (s.2 SOA 2003), lane behind the Anchor Bar, Quay Street, Port Annan, 05/07/2026 about 23:45"),
                   ("Test", "Full Code Test"), ("OIC", f"{OIC} - 01632 960566 - jenny.rowan@solwaycoast.police.example"),
                   ("Bail / RUI", "RUI since 07/07/2026: no contact issues (they do not know each other; he lives in another town); reviewed 07/10/2026."),
                   ("Supervisor", "DS 0340 Iain MOFFAT, 07/10/2026")]),
           ("h", "Summary"),
           ("p", "Laura BRENNAN (25) was at the Anchor Bar with friends. At about 23:40 a man she had been chatting to at the bar, Jamie ROSS, followed her out of the back door when she went for air. "
                 "In the lane he pushed her against the wall and put his fingers inside her vagina under her skirt while she told him to get off. She broke free and ran back in. "
                 "She phoned her friend Sarah QUINN, who had gone home early, at 23:52 and told her. Bar staff called police at 00:05."),
           ("h", "Evidence"),
           ("p", "Written statement from Laura BRENNAN (she chose a written statement rather than a video interview). Sarah QUINN (first account by phone). Bar manager Nicola GRANT. PC 2203 Owen DAVIE (first officer). "
                 "CCTV from the Anchor Bar rear-door camera, 23:40-23:52, showing both going out of the back door and Ms BRENNAN running back in at 23:47; exhibited by DC ROWAN as JR/3."),
           ("h", "Suspect's account"), ("p", "Interviewed 06/07/2026: accepts going outside and kissing her; says she kissed him and there was no touching under her clothing. ROTI attached."),
           ("h", "Lines of enquiry"),
           ("p", "CCTV inside and at the rear door (JR/3). Bar staff and her friends. Pointing away: whether any other man went out of the back door in that period (CCTV: no); the suspect's claim that she kissed him first "
                 "(no witness; CCTV does not cover the lane); her level of intoxication (bar manager: tipsy, not drunk). Fingernail scrapings from the suspect: taken on arrest, not submitted because no DNA transfer evidence "
                 "would help when he accepts contact - decision recorded. Her phone was not examined: only the 23:52 call matters, and Sarah QUINN's phone shows it (screenshot provided by Ms QUINN). No third-party material sought."),
           ("h", "Outstanding"), ("p", "None."),
           ("h", "Victim"), ("p", "MG2: screens and s.28 (she wants it); intermediary not needed. ISVA referral 06/07/2026 (Solway ISVA). VPS offered 06/07/2026 - she declined for now; will be asked again at charge."),
           ("h", "Early advice"), ("p", "Not sought - the lines of enquiry were complete within a fortnight."),
           ("p", "DC 1566 J. ROWAN, 07/10/2026 (signed)")]
    pdf_render(mg3, F.doc("MG3 ROSS.pdf", "MG3"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 Laura BRENNAN (typed copy).pdf", "complainant", mg11(URN, "Laura BRENNAN", "Dental nurse", "06/07/2026", [
        ["I make this statement about what happened at the Anchor Bar, Port Annan, on Sunday 5th July 2026. I chose to give a written statement.",
         "I went out with three friends from work. Sarah QUINN went home at about 10.30 pm. At the bar I got chatting to a man who said his name was Jamie. He bought me one drink."],
        ["At about 11.40 pm I went out of the back door into the lane for some air. Jamie followed me out. He put his arm round me and tried to kiss me. I turned my head away and said 'no, I'm going back in'. "
         "He pushed me against the wall with his body and put his hand up my skirt and inside my knickers and pushed his fingers inside my vagina. I said 'get off me' and pushed his chest. I managed to get past him and ran back inside.",
         "At 11.52 pm I rang Sarah from the toilets and told her what he had done. The bar manager saw I was upset and called the police. I am willing to go to court."]],
        sig="Signed: L. Brennan", witnessed="DC 1566 ROWAN"))
    S("MG11 QUINN.pdf", "first_account", mg11(URN, "Sarah QUINN", "Dental receptionist", "07/07/2026", [
        "At 11.52 pm on 5th July 2026 Laura BRENNAN phoned me. She was crying and said, 'A guy followed me outside and put his hand up my skirt, Sarah, he put his fingers in me.' I told her to tell the staff. "
        "I have given the police a screenshot of my call log showing the call."], sig="(Sgd) S Quinn"))
    S("MG11 GRANT bar manager.pdf", "witness", mg11(URN, "Nicola GRANT", "Bar manager, the Anchor Bar", "06/07/2026", [
        "At about 11.50 pm on 5th July I found a young woman, Laura, crying in the ladies'. She said a man had assaulted her outside. She was tipsy but not drunk. I called the police at 00:05. I pointed out the man, who was still at the bar."], sig="N. Grant"))
    S("MG11 PC2203 DAVIE.pdf", "officer", mg11(URN, "Owen DAVIE", "Police Constable 2203", "06/07/2026", [
        "At 00:05 on 06/07/2026 I was sent to the Anchor Bar. I arrived at 00:14, the first officer there. Laura BRENNAN told me a man called Jamie had followed her outside and put his fingers inside her. "
        "I arrested Jamie ROSS at 00:31 at the bar. I took fingernail scrapings at custody (OD/1)."], sig="O Davie"))
    S("MG11 DC ROWAN CCTV.pdf", "officer", mg11(URN, "Jenny ROWAN", "Detective Constable 1566", "08/07/2026", [
        "On 06/07/2026 I attended the Anchor Bar, Quay Street, and viewed the CCTV system with the manager, Nicola GRANT. The system clock was correct to within 10 seconds.",
        "I downloaded the footage from the rear-door camera for 23:40 to 23:52 on 05/07/2026. It shows a woman in a green top going out of the back door at 23:41, followed at 23:42 by a man in a white shirt, "
        "and the woman coming back in quickly at 23:47, holding her skirt. I produce the clip as exhibit JR/3."], sig="J Rowan DC1566"))
    pdf_render([("title", "RECORD OF TAPED INTERVIEW"), ("kv", [("URN", URN), ("Interviewee", "Jamie ROSS"), ("Date", "06/07/2026 10:30-11:02"), ("Solicitor", "Ms A. BELL")]),
                ("p", "Went outside with Laura; they kissed; she kissed him first; denies touching under her skirt; says she ran back in because her friend was calling her.")],
               F.doc("ROTI ROSS.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "ROSS, Jamie", "21/11/1995", "14/551820R", [["09/09/2020", "Dumbarrow Magistrates", "Sexual assault (s.3 SOA 2003) - touching female in nightclub", "Community order; SHPO not made"]], "06/07/2026"),
               F.doc("PNC ROSS.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Laura BRENNAN", "Complainant", "No trace", "No trace"], ["Sarah QUINN", "First account", "No trace", "No trace"], ["Nicola GRANT", "Witness", "No trace", "No trace"]],
                           "05/10/2026", "DC 1566 ROWAN"), F.doc("Witness PNC.pdf", "PNC"))
    pdf_render([("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Description", "By"], [
        ["JR/3", "CCTV clip, Anchor Bar rear-door camera, 23:40-23:52 05/07/2026", "DC ROWAN"], ["OD/1", "Fingernail scrapings, Jamie ROSS (not submitted)", "PC DAVIE"],
        ["SQ/1", "Screenshot of call log, Sarah QUINN's phone, 23:52 05/07/2026 (in file)", "Sarah QUINN"]], [0.6, 3.5, 1])], F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    screenshot_png([("them", "Laura - incoming call 23:52 (4 min 10 s)", "23:52")], F.p("tmp_sq1.png"), title="Recents")
    pdf_render([("title", "SQ/1 - screenshot supplied by Sarah QUINN"), ("kv", [("URN", URN)]), ("img", F.p("tmp_sq1.png"), 60)], F.doc("SQ1 screenshot.pdf", ["OTHER", "DIGITAL_EXTRACT"]), head=HEAD, foot=FOOT)
    os.remove(F.p("tmp_sq1.png"))
    pdf_render([("title", "MG2 - SPECIAL MEASURES"), ("kv", [("URN", URN), ("Witness", "Laura BRENNAN"), ("Measures", "Screens; live link as alternative; s.28 - wants it"), ("Intermediary", "Not required"), ("Date", "07/10/2026")])],
               F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "SOLWAY COAST  CAD 0007  06/07/2026"), ("table", ["Time", "Entry"], [["00:05", "Bar manager, Anchor Bar: female customer says a man put his hand up her skirt and fingers inside her in the back lane. Male still in bar."],
                ["00:07", "PC 2203 DAVIE assigned."], ["00:14", "On scene."], ["00:31", "Male arrested."]], [0.6, 4])], F.doc("CAD 0007.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "CRIME REPORT 19/26/3321"), ("kv", [("URN", URN), ("Offence", "Assault by penetration"), ("Victim", "BRENNAN, Laura"), ("Suspect", "ROSS, Jamie"), ("First account", "Sarah QUINN by phone 23:52")])],
               F.doc("Crime report.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 1566 Jenny ROWAN", [["1", "CAD 0007 (copy in file)", "Port Annan", "Yes", ""], ["2", "Crime report 19/26/3321 (copy in file)", "Port Annan", "Yes", ""],
                ["3", "Misc notes", "Port Annan", "", ""],
                ["4", "Anchor Bar interior CCTV 23:00-00:30 reviewed: suspect at bar throughout except 23:42-23:48", "Port Annan", "No", ""],
                ["5", "Custody record Jamie ROSS 06/07/2026", "Custody", "No", ""], ["6", "Witness PNC checks (copy in file)", "Port Annan", "Yes", ""]], "07/10/2026"),
               F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 1566 Jenny ROWAN", [], "07/10/2026"), F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT)
    present = ["MG3", "MG11", "ROTI", "PNC", "MG12", "MG2", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    ok = [t for t in BASE_OK if t not in ("multimedia", "schedule_descriptions")] + ["oic_contact", "one_urn", "victim_care", "early_advice"]
    expected(out, F.name, 1, present, ["multimedia", "schedule_descriptions"], ok, F.docs)
    return F.name


# =============================================================================================== F3
def fault03(out):
    """Trentholme: planted - (1) MG3 says she first told her mother; only the father's statement is in the file;
    (2) DNA/toxicology 'awaiting lab - date unknown'."""
    URN = "29TH0222726"
    FORCE = "TRENTHOLME POLICE"
    F = Folder(out, "WHITLOCK 29TH0222726 - charging file")
    HEAD = "OFFICIAL-SENSITIVE"
    FOOT = "Trentholme Police  |  {p}"
    OIC = "DC 3371 Aaron BECK"
    docx_render([("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
                 ("kv", [("URN", URN), ("Suspect", "CASSIDY, Ryan Thomas (born 14/02/2004)"), ("Offence", "Rape, s.1 SOA 2003 - 17 Millbrook Road, Trentholme, 12/07/2026 about 01:30"),
                         ("Test sought", "Full Code Test"), ("OIC", f"{OIC}, RASSO Trentholme; 01632 960371; aaron.beck@trentholme.police.example"),
                         ("Bail", "Pre-charge bail to 14/12/2026; no contact with Amy WHITLOCK; not to enter Millbrook Road."), ("Supervisor", "DS 1120 Nina SHAW, 02/10/2026")]),
                 ("h", "Summary"),
                 ("p", "Amy WHITLOCK (19) went to a house party at 17 Millbrook Road on 11 July 2026. She says that at about 01:30 Ryan CASSIDY, a friend of her former boyfriend, followed her into an upstairs bathroom, "
                       "locked the door and raped her over the bath. Amy first told her mother, Carol WHITLOCK, when she got home at about 03:00; her mother called the police at 03:20."),
                 ("h", "Evidence"),
                 ("p", "ABE 13/07/2026 (AB/1, summary AB/2). First officer PC 2771 Rosie HAND. Statement of Amy's father, Martin WHITLOCK. Party guest Kyle MORRIS saw CASSIDY go upstairs after Amy. SARC 12/07/2026: intimate swabs, blood and urine; "
                       "FME notes - bruising to the left upper arm; consent to release recorded."),
                 ("h", "Suspect's account"), ("p", "Interviewed 12/07/2026: denies any sexual contact; says he went upstairs to use the toilet and she was not there. ROTI attached."),
                 ("h", "Lines of enquiry"),
                 ("p", "DNA from intimate swabs (identity and intercourse are disputed); toxicology (she says she had two drinks but felt 'wrong'); guests; the bathroom lock (seen, works from inside). Pointing away: her former boyfriend, Jack PEEL, "
                       "could have motive to encourage a false allegation against a friend he had fallen out with - he was spoken to; he was not at the party and has not spoken to Amy since May (MG6C). Her phone has not been examined: "
                       "nothing on it bears on the issues. No third-party material sought."),
                 ("h", "Outstanding"),
                 ("p", "DNA (intimate swabs AB/4) and toxicology (blood and urine AB/5-6): submitted 20/07/2026 - awaiting lab - date unknown."),
                 ("h", "Victim"), ("p", "MG2: ABE EIC, screens, s.28 (wants it); intermediary not required. ISVA: referred 12/07/2026 (Trent ISVA, Ms Sue OKORO). VPS offered 13/07/2026 - she will decide later."),
                 ("h", "Early advice"), ("p", "Not sought: the suspect denies contact, so the case turns on the DNA, which is awaited."),
                 ("p", "A. Beck DC 3371 (signed) 02/10/2026")], F.doc("MG3 WHITLOCK.docx", "MG3"), head=HEAD, foot="Trentholme Police")
    make_video(F.doc("AB1 ABE WHITLOCK.mp4", "ABE_RECORDING"), ["ABE AB/1 Trentholme"], secs=3, clock="11:00:00")
    pdf_render([("title", "ABE SUMMARY AB/2"), ("kv", [("URN", URN), ("Witness", "Amy WHITLOCK"), ("Date", "13/07/2026"), ("Interviewer", OIC)]),
                ("table", ["Time", "Summary"], [["00:00", "Introductions"], ["05:00", "Party; two drinks; felt 'wrong'"], ["15:00", "Bathroom; Ryan follows her in and locks the door; rape over the bath"],
                    ["30:00", "Gets a taxi home; tells her mum in the kitchen at about 3 am"], ["45:00", "Questions; closure"]], [0.6, 4])], F.doc("AB2 summary.pdf", "ABE_SUMMARY"), head=HEAD, foot=FOOT)
    S = lambda rel, role, B: pdf_render(B, F.doc(rel, "MG11", role), head=HEAD, foot=FOOT)
    S("MG11 BECK.pdf", "officer", mg11(URN, "Aaron BECK", "Detective Constable 3371", "13/07/2026", [
        "On 13/07/2026 I interviewed Amy WHITLOCK on video at Trentholme ABE suite from 11:00 to 12:10. I produce the recording as AB/1 and my summary as AB/2."], sig="A Beck"))
    S("MG11 Martin WHITLOCK.pdf", "witness", mg11(URN, "Martin WHITLOCK", "Electrician", "14/07/2026", [
        "I am Amy's father. At about 3 am on Sunday 12th July 2026 I was woken by voices in the kitchen. When I came down my wife was sitting with Amy, who was crying. My wife told me to go back upstairs and I did.",
        "Amy has not talked to me about what happened and I have not asked her. What I know about it I have heard from my wife."], sig="M. Whitlock"))
    S("MG11 PC2771 HAND.pdf", "officer", mg11(URN, "Rosie HAND", "Police Constable 2771", "12/07/2026", [
        "At 03:24 on 12/07/2026 I was sent to 9 Ashby Close, Trentholme after a call from Carol WHITLOCK. I arrived at 03:40, the first officer. Amy WHITLOCK told me that at a party a man called Ryan followed her into the bathroom and raped her. "
        "I did not record on body-worn video as she asked me not to film her. I arranged SARC."], sig="R Hand"))
    S("MG11 MORRIS.pdf", "witness", mg11(URN, "Kyle MORRIS", "Student", "15/07/2026", [
        "I was at the party at 17 Millbrook Road on 11th-12th July. At about half one I saw Amy go upstairs, and a minute or so later Ryan CASSIDY went up after her. About ten minutes later Amy came down fast and left without saying goodbye."], sig="K Morris"))
    pdf_render([("title", "ROTI - RECORD OF TAPED INTERVIEW"), ("kv", [("URN", URN), ("Interviewee", "Ryan Thomas CASSIDY"), ("Date", "12/07/2026"), ("Solicitor", "Mr P. DEAN")]),
                ("p", "Denies any sexual contact. Went upstairs to use the toilet; the bathroom was empty. Did not see Amy upstairs. Does not know why she would say this.")],
               F.doc("ROTI CASSIDY.pdf", "ROTI"), head=HEAD, foot=FOOT)
    pdf_render(pnc_print(URN, FORCE, "CASSIDY, Ryan Thomas", "14/02/2004", "22/100442W", [], "12/07/2026"), F.doc("PNC CASSIDY.pdf", "PNC"), family="mono", size=9)
    pdf_render(witness_pnc(URN, FORCE, [["Amy WHITLOCK", "Complainant", "No trace", "No trace"], ["Martin WHITLOCK", "Witness", "No trace", "No trace"], ["Kyle MORRIS", "Witness", "No trace", "No trace"]],
                           "01/10/2026", "DC 3371 BECK"), F.doc("Witness PNCs.pdf", "PNC"))
    pdf_render([("title", "MG2 - SPECIAL MEASURES ASSESSMENT"), ("kv", [("URN", URN), ("Witness", "Amy WHITLOCK"), ("Measures", "ABE EIC; screens; s.28 - wants it"), ("Intermediary", "Not required")])], F.doc("MG2.pdf", "MG2"), head=HEAD, foot=FOOT)
    pdf_render([("title", "MG12 - EXHIBIT LIST"), ("kv", [("URN", URN)]), ("table", ["Ref", "Item"], [["AB/1", "ABE (in file)"], ["AB/2", "ABE summary"], ["AB/4", "Intimate swabs (at lab)"], ["AB/5-6", "Blood and urine (at lab)"]], [0.6, 4])],
               F.doc("MG12.pdf", "MG12"), head=HEAD, foot=FOOT)
    pdf_render([("mono", "TRENTHOLME POLICE  INCIDENT 0044  12/07/2026"), ("table", ["Time", "Entry"], [["03:20", "Carol WHITLOCK: daughter Amy (19) raped at a party tonight at Millbrook Road by a male called Ryan. Home now."],
                ["03:24", "PC 2771 HAND assigned."], ["03:40", "On scene."]], [0.6, 4])], F.doc("Incident 0044.pdf", "INCIDENT_LOG"), family="mono", size=9)
    pdf_render([("title", "CRIME REPORT 29/26/4410"), ("kv", [("URN", URN), ("Offence", "Rape"), ("Victim", "WHITLOCK, Amy"), ("Suspect", "CASSIDY, Ryan Thomas"), ("First account", "To mother, 12/07/2026 about 03:00")])],
               F.doc("Crime report.pdf", "CRIME_REPORT"), head=HEAD, foot=FOOT)
    pdf_render(mg6c(URN, FORCE, "DC 0912 Tess MARSH", [["1", "Incident 0044 (copy in file)", "RASSO", "Yes", ""], ["2", "Crime report 29/26/4410 (copy in file)", "RASSO", "Yes", ""],
                ["3", "Note of conversation with Jack PEEL 20/07/2026: not at the party; no contact with Amy since May", "RASSO", "No", ""],
                ["4", "ABE interview plan", "RASSO", "No", ""], ["5", "Custody record CASSIDY 12/07/2026", "Custody", "No", ""], ["6", "Witness PNC checks (copy in file)", "RASSO", "Yes", ""]], "02/10/2026"),
               F.doc("MG6C.pdf", "MG6C"), head=HEAD, foot=FOOT, size=9)
    pdf_render(mg6d(URN, FORCE, "DC 0912 Tess MARSH", [["1", "SARC notes 12/07/2026", "Medical; consent to release given", "Reviewed", ""]], "02/10/2026"), F.doc("MG6D.pdf", "MG6D"), head=HEAD, foot=FOOT)
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG2", "MG12", "INCIDENT_LOG", "CRIME_REPORT", "MG6C", "MG6D"]
    mf = ["key_statements", "outstanding_dated", "forensic_medical"]
    ok = [t for t in BASE_OK if t not in mf] + ["oic_contact", "abe_plan", "one_urn", "victim_care", "early_advice"]
    expected(out, F.name, 1, present, mf, ok, F.docs)
    return F.name


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    jobs = [(fn.__name__, out) for fn in (case01, case02, case03, case04, case05, case06, case07, fault01, fault02, fault03)]
    import multiprocessing as mp
    with mp.Pool(2) as pool:
        for name in pool.map(_run, jobs):
            print("wrote", name)


def _run(job):
    return globals()[job[0]](job[1])


if __name__ == "__main__":
    main()
