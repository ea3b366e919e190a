#!/usr/bin/env python3
"""batch08: synthetic RASSO case folders from small forces and a national unit, typed in a hurry.

Run: /work/main/.venv/bin/python make_batch.py OUTDIR
Deterministic: seeded randomness, fixed dates in PDFs, Office zips and videos. All data invented.
"""
from __future__ import annotations

import io
import json
import math
import random
import re
import struct
import sys
import wave
import zipfile
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import av
import numpy as np
from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime(2026, 4, 1, 9, 0, 0, tzinfo=timezone.utc)
RNG = random.Random(8080808)

DECL = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my "
        "knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be "
        "liable to prosecution if I have wilfully stated in it anything which I know to be false, or "
        "do not believe to be true.")

# ----------------------------------------------------------------------------------------------
# generic document model: list of blocks
#   ("title", text) ("h", text) ("p", text) ("kv", [(k, v), ...]) ("table", headers, rows, widths)
#   ("pb",) page break
# ----------------------------------------------------------------------------------------------


def flatten(blocks, width=92):
    """Blocks to plain text lines (for txt, scans and photos)."""
    import textwrap
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["", b[1].upper(), "=" * min(width, len(b[1])), ""]
        elif k == "h":
            out += ["", b[1], "-" * min(width, len(b[1]))]
        elif k == "p":
            for para in b[1].split("\n"):
                out += textwrap.wrap(para, width) or [""]
        elif k == "kv":
            kw = max(len(x[0]) for x in b[1]) + 2
            for key, val in b[1]:
                lines = textwrap.wrap(str(val), max(20, width - kw)) or [""]
                out.append((key + ":").ljust(kw) + lines[0])
                out += [" " * kw + ln for ln in lines[1:]]
        elif k == "table":
            headers, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            n = len(headers)
            if not widths:
                widths = [max(6, width // n)] * n
            tot = sum(widths)
            cw = [max(4, int(w * (width - n) / tot)) for w in widths]

            def fmt(cells):
                cols = [textwrap.wrap(str(c), cw[i]) or [""] for i, c in enumerate(cells)]
                h = max(len(c) for c in cols)
                res = []
                for li in range(h):
                    res.append(" ".join((cols[i][li] if li < len(cols[i]) else "").ljust(cw[i])
                                        for i in range(n)).rstrip())
                return res
            out += fmt(headers)
            out.append(" ".join("-" * c for c in cw))
            for r in rows:
                out += fmt(r)
        elif k == "pb":
            out.append("\f")
        elif k == "sp":
            out.append("")
    return out


class _PDF(FPDF):
    def __init__(self, head=None, foot=None, serif=False):
        super().__init__(format="A4")
        self.head_txt, self.foot_txt = head, foot
        self.add_font("Body", "", FONTDIR + ("DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"))
        self.add_font("Body", "B", FONTDIR + ("DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, 18)
        self.set_margins(16, 16, 16)

    def header(self):
        if self.head_txt:
            self.set_font("Body", "", 7.5)
            self.cell(0, 4, self.head_txt.replace("{n}", str(self.page_no())), align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        if self.foot_txt:
            self.set_y(-13)
            self.set_font("Body", "", 7.5)
            self.cell(0, 5, self.foot_txt.replace("{n}", str(self.page_no())), align="C")


def to_pdf(path, blocks, head=None, foot=None, serif=False, size=9.5, date=FIXED, title=None):
    pdf = _PDF(head, foot, serif)
    pdf.set_creation_date(date)
    if title:
        pdf.set_title(title)
    pdf.set_creator("casefile export")
    pdf.add_page()
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("Body", "B", size + 4)
            pdf.multi_cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "h":
            pdf.ln(1.5)
            pdf.set_font("Body", "B", size + 1)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("Body", "", size)
            pdf.multi_cell(0, size * 0.52, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif k == "kv":
            pdf.set_font("Body", "", size)
            with pdf.table(col_widths=(34, 66), text_align="LEFT", first_row_as_headings=False,
                           line_height=size * 0.52) as t:
                for key, val in b[1]:
                    r = t.row()
                    r.cell(key)
                    r.cell(str(val))
            pdf.ln(2)
        elif k == "table":
            headers, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font("Body", "", size - 1)
            kw = dict(text_align="LEFT", line_height=(size - 1) * 0.5)
            if widths:
                kw["col_widths"] = tuple(widths)
            with pdf.table(**kw) as t:
                r = t.row()
                for h in headers:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
        elif k == "sp":
            pdf.ln(4)
    pdf.output(str(path))


def _fix_zip(path, fixed_core=True):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml" and fixed_core:
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-04-01T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def to_docx(path, blocks, head=None, foot=None, font="Calibri", size=11, author="user"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = author
    cp.created = datetime(2026, 4, 1, 9, 0, 0)
    cp.modified = datetime(2026, 4, 1, 9, 0, 0)
    cp.last_modified_by = author
    cp.revision = 1
    sec = doc.sections[0]
    if head:
        sec.header.paragraphs[0].text = head
    if foot:
        sec.footer.paragraphs[0].text = foot
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(size + 4)
        elif k == "h":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
        elif k == "p":
            for para in b[1].split("\n"):
                doc.add_paragraph(para)
        elif k == "kv":
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for key, val in b[1]:
                c = t.add_row().cells
                c[0].text = key
                c[1].text = str(val)
            doc.add_paragraph("")
        elif k == "table":
            headers, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                t.rows[0].cells[i].text = h
            for row in rows:
                c = t.add_row().cells
                for i, v in enumerate(row):
                    c[i].text = str(v)
            doc.add_paragraph("")
        elif k == "pb":
            doc.add_page_break()
        elif k == "sp":
            doc.add_paragraph("")
    doc.save(str(path))
    _fix_zip(path)


def to_txt(path, blocks, width=100, crlf=False):
    text = "\n".join(flatten(blocks, width)).replace("\f", "\n" + "=" * width + "\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    Path(path).write_bytes(text.encode("utf-8"))


def to_xlsx(path, sheets):
    """sheets: list of (title, rows, col_widths); a row is a list of cell values."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, widths in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        for i, w in enumerate(widths):
            ws.column_dimensions[chr(65 + i)].width = w
        for row in ws.iter_rows():
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
    wb.properties.creator = "casefile"
    wb.properties.created = datetime(2026, 4, 1, 9, 0, 0)
    wb.properties.modified = datetime(2026, 4, 1, 9, 0, 0)
    wb.save(str(path))
    _fix_zip(path)


# ---- images: scans and phone photos -------------------------------------------------------------

def _page_images(lines, dpi=200, font_px=25, mono=True):
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    f = ImageFont.truetype(FONTDIR + ("DejaVuSansMono.ttf" if mono else "DejaVuSans.ttf"), font_px)
    lh = int(font_px * 1.45)
    per = (H - 2 * 130) // lh
    pages, cur = [], []
    for ln in lines:
        if ln == "\f" or len(cur) >= per:
            pages.append(cur)
            cur = []
            if ln == "\f":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    imgs = []
    for pl in pages:
        im = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(im)
        y = 130
        for ln in pl:
            d.text((120, y), ln, fill=20, font=f)
            y += lh
        imgs.append(im)
    return imgs


def to_scan_pdf(path, blocks, seed=1, dpi=200):
    rng = np.random.default_rng(seed)
    imgs = []
    for im in _page_images(flatten(blocks, 90), dpi):
        a = np.asarray(im).astype(np.int16)
        a = a + rng.integers(-12, 12, a.shape)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).rotate(
            0.4, fillcolor=245, resample=Image.BICUBIC)
        imgs.append(im.convert("L"))
    imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:],
                 creationDate=FIXED.timetuple(), modDate=FIXED.timetuple(), title="scan", producer="MFD scan")


def to_photo_jpg(path, blocks, seed=2, angle=-2.3):
    rng = np.random.default_rng(seed)
    page = _page_images(flatten(blocks, 80)[:62], dpi=150, font_px=20)[0].convert("RGB")
    page = page.resize((page.width, page.height))
    bg = Image.new("RGB", (page.width + 260, page.height + 260), (92, 78, 64))
    bg.paste(page, (130, 120))
    bg = bg.rotate(angle, resample=Image.BICUBIC, fillcolor=(92, 78, 64))
    w, h = bg.size
    # mild keystone: the phone was held a little above the page
    bg = bg.transform((w, h), Image.QUAD, (30, 0, 0, h, w, h, w - 30, 0), resample=Image.BICUBIC)
    a = np.asarray(bg).astype(np.int16)
    shade = np.linspace(-18, 10, w)[None, :, None]
    a = a + shade + rng.integers(-6, 6, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    im.save(str(path), "JPEG", quality=82)


# ---- multimedia ---------------------------------------------------------------------------------

def make_video(path, caption, seconds=4, fps=10, kind="abe"):
    W, H = 320, 240
    f = ImageFont.truetype(FONTDIR + "DejaVuSansMono.ttf", 12)
    cont = av.open(str(path), "w", format="mp4", options={"fflags": "+bitexact"})
    st = cont.add_stream("mpeg4", rate=fps)
    st.width, st.height, st.pix_fmt = W, H, "yuv420p"
    st.bit_rate = 300000
    for i in range(seconds * fps):
        if kind == "abe":
            im = Image.new("RGB", (W, H), (70, 82, 96))
            d = ImageDraw.Draw(im)
            d.rectangle((40, 70, 130, 200), fill=(120, 110, 100))   # armchair left
            d.rectangle((190, 70, 280, 200), fill=(120, 110, 100))  # armchair right
            d.ellipse((70, 40 + (i % 5), 100, 70 + (i % 5)), fill=(200, 170, 140))
            d.ellipse((220, 40, 250, 70), fill=(190, 160, 130))
        else:
            im = Image.new("RGB", (W, H), (40, 40, 40))
            d = ImageDraw.Draw(im)
            d.polygon([(0, 240), (120, 90), (200, 90), (320, 240)], fill=(90, 90, 85))
            x = 100 + i * 3
            d.rectangle((x, 120, x + 14, 170), fill=(160, 150, 140))
        d.rectangle((0, 0, W, 16), fill=(0, 0, 0))
        d.text((4, 2), caption[:44], fill=(255, 255, 255), font=f)
        d.text((4, H - 16), "%s  %02d:%02d.%d" % (kind.upper(), 0, i // fps, i % fps),
               fill=(255, 255, 0), font=f)
        fr = av.VideoFrame.from_image(im)
        for p in st.encode(fr):
            cont.mux(p)
    for p in st.encode():
        cont.mux(p)
    cont.close()


def make_wav(path, seconds=5, seed=3):
    rng = random.Random(seed)
    rate = 8000
    frames = bytearray()
    for n in range(rate * seconds):
        t = n / rate
        ring = 0.3 * math.sin(2 * math.pi * 440 * t) * (1 if (t % 1.0) < 0.4 and t < 2 else 0)
        voice = 0.25 * math.sin(2 * math.pi * (180 + 40 * math.sin(7 * t)) * t) if t >= 2 else 0
        v = ring + voice + rng.uniform(-0.03, 0.03)
        frames += struct.pack("<h", int(max(-1, min(1, v)) * 30000))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))


def make_eml(path, frm, to, subject, date, body):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"], m["Date"] = frm, to, subject, date
    m["Message-ID"] = "<%s@mail.police.example>" % re.sub(r"\W", "", subject)[:30]
    m.set_content(body)
    Path(path).write_bytes(bytes(m))


def screenshot_png(path, title, msgs):
    W, H = 540, 960
    im = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONTDIR + "DejaVuSans.ttf", 19)
    fb = ImageFont.truetype(FONTDIR + "DejaVuSans-Bold.ttf", 21)
    d.rectangle((0, 0, W, 80), fill=(18, 94, 80))
    d.text((20, 28), title, fill="white", font=fb)
    y = 110
    import textwrap
    for who, t, text in msgs:
        lines = textwrap.wrap(text, 34)
        hh = 30 * len(lines) + 34
        x0 = 20 if who == "them" else 170
        d.rounded_rectangle((x0, y, x0 + 350, y + hh), 12,
                            fill=(255, 255, 255) if who == "them" else (220, 248, 198))
        for i, ln in enumerate(lines):
            d.text((x0 + 14, y + 8 + 30 * i), ln, fill=(20, 20, 20), font=f)
        d.text((x0 + 290, y + hh - 24), t, fill=(110, 110, 110), font=f)
        y += hh + 16
    im.save(str(path), "PNG", optimize=True)


# ---- form builders --------------------------------------------------------------------------------

def mg11(urn, name, age, occ, body, date, sig, pages=None, head_style=0, rear=None, parent=None,
         taken_by=None, cont_label=False):
    """A witness statement (MG11) as blocks. body: list of paragraphs. sig: how the signature reads."""
    n = pages or max(1, (sum(len(p) for p in body) // 2600) + 1)
    b = []
    if head_style == 0:
        b += [("p", "RESTRICTED (when complete)                                                   MG11"),
              ("title", "WITNESS STATEMENT"),
              ("p", "Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
                    "Magistrates' Courts Act 1980, s.5B")]
    elif head_style == 1:
        b += [("title", "MG11 - Witness Statement"),
              ("p", "(CJ Act 1967, s.9; MC Act 1980, s.5A(3)(a) and 5B; Criminal Procedure Rules r.16.2)")]
    else:
        b += [("title", "STATEMENT OF WITNESS"),
              ("p", "Section 9 Criminal Justice Act 1967 / Criminal Procedure Rules Part 16")]
    b.append(("kv", [("URN", urn), ("Statement of", name), ("Age if under 18", age),
                     ("Occupation", occ)]))
    b.append(("p", DECL.format(n=n)))
    sig_line = sig if re.match(r"(Signature|Signed)\s*:", sig) else "Signature: " + sig
    b.append(("p", sig_line + "        Date: " + date))
    if parent:
        b.append(("p", "Signature of parent/guardian (witness under 18): " + parent))
    b.append(("p", "Tick if witness evidence is visually recorded [ ]   (supply witness details on rear)"))
    for i, p in enumerate(body):
        b.append(("p", p))
    b.append(("p", sig_line + ("        Signature witnessed by: " + taken_by if taken_by else "")))
    if rear:
        b.append(("pb",))
        b.append(("h", "Witness contact details (rear of MG11, not for disclosure)"))
        b.append(("kv", rear))
    return b


def blocks_to(fmt, path, blocks, **kw):
    if fmt == "pdf":
        to_pdf(path, blocks, **kw)
    elif fmt == "docx":
        to_docx(path, blocks, **kw)
    elif fmt == "txt":
        to_txt(path, blocks, **kw)
    elif fmt == "scan":
        to_scan_pdf(path, blocks, **kw)
    elif fmt == "jpg":
        to_photo_jpg(path, blocks, **kw)
    else:
        raise ValueError(fmt)


class Case:
    def __init__(self, out, name, urn, stage="charging"):
        self.dir = Path(out) / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.name, self.urn, self.stage = name, urn, stage
        self.docs = []

    def add(self, fname, fmt, blocks, dtype, role=None, listed=True, **kw):
        blocks_to(fmt, self.dir / fname, blocks, **kw)
        if listed:
            d = {"name": fname, "type": dtype}
            if role:
                d["role"] = role
            self.docs.append(d)

    def note(self, fname, dtype, role=None):
        d = {"name": fname, "type": dtype}
        if role:
            d["role"] = role
        self.docs.append(d)

    def expected(self, out, exit_, present, must_fail, must_not_fail):
        e = {"case": self.name, "stage": self.stage}
        if exit_ is not None:
            e["exit"] = exit_
        e.update({"present_types": sorted(set(present)), "must_fail": must_fail,
                  "must_not_fail": must_not_fail, "docs": self.docs})
        (Path(out) / (self.name + ".expected.json")).write_text(json.dumps(e, indent=2) + "\n")


# ================================================================================================
# Shared pieces
# ================================================================================================

def pnc_suspect(urn, force, name, dob, cro, convictions, date):
    rows = convictions or []
    b = [("p", "OFFICIAL-SENSITIVE"),
         ("title", "PNC Print - Previous Convictions and Antecedents"),
         ("kv", [("URN", urn), ("Requested by", force), ("Subject", name), ("DOB", dob),
                 ("PNC ID / CRO", cro), ("Date of print", date)])]
    if rows:
        b.append(("h", "Convictions"))
        b.append(("table", ["Date", "Court", "Offence", "Disposal"], rows, [18, 26, 34, 22]))
    else:
        b.append(("p", "No convictions, cautions, reprimands or warnings are recorded for this subject."))
    b.append(("p", "Local intelligence: see MG6D if any. End of print."))
    return b


def pnc_witness(urn, names, date, by, extra=None):
    rows = [[n, r] for n, r in names]
    b = [("title", "Prosecution witnesses - PNC checks (previous convictions)"),
         ("kv", [("URN", urn), ("Checked by", by), ("Date checked", date)]),
         ("table", ["Witness", "Result"], rows, [40, 60])]
    if extra:
        b.append(("p", extra))
    return b


# ================================================================================================
# 1. Op KESTREL (Fenmarsh Constabulary) - compliant. MG3 pasted from an e-mail into Word.
# ================================================================================================

def case_kestrel(out):
    urn = "61FM0042726"
    c = Case(out, "Op KESTREL 61FM0042726", urn)
    mg3 = [
        ("p", "From: QUAYLE Hannah (DC 1407) <hannah.quayle@fenmarsh.police.example>\n"
              "Sent: 20 March 2026 16:52\n"
              "To: RASSO Charging Queue <rasso.charging@cps.example>\n"
              "Cc: ROOKE Gail (DS 880) <gail.rooke@fenmarsh.police.example>\n"
              "Subject: RE: MG3 ELSWORTH v PICKLES 61FM0042726 - FCT request (Op KESTREL)"),
        ("p", "Hi all - the MG3 template on our system keeps crashing on save so I've pasted the "
              "MG3 content into this email and then into Word so it goes up with the file. Apologies "
              "for the format. Everything referred to is in the folder."),
        ("title", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Operation", "KESTREL"), ("Force", "Fenmarsh Constabulary - Public Protection Unit"),
                ("Suspect", "PICKLES, Darren Lee  (DOB 11/08/1994)"),
                ("Offence", "Rape (s.1 Sexual Offences Act 2003) - Tues 3rd March 2026, lay-by Marsh Lane, Wendlebury Fen"),
                ("Decision sought", "Full Code Test (FCT). Not a threshold test case - suspect on bail."),
                ("OIC", "DC 1407 Hannah QUAYLE, PPU Fenmarsh. Direct line 01632 960417, mob 07700 900417, "
                        "hannah.quayle@fenmarsh.police.example")]),
        ("h", "EARLY ADVICE"),
        ("p", "Early advice was not sought. Reason: the suspect was identified on the night, was "
              "arrested and interviewed within 72 hrs and the issue is a straightforward one of consent "
              "with all key evidence gathered within the first fortnight. DS ROOKE agreed on 06/03 that EA "
              "would not add anything. Recorded on the investigation log (MG6C item 2)."),
        ("h", "SUMMARY OF KEY EVIDENCE"),
        ("p", "IP Ruth ELSWORTH (24) met the suspect, whom she knew slightly from the gym, at The Plough, "
              "Wendlebury, on the evening of Tues 3rd. Barmaid Sian MORROW saw them leave together at about "
              "23:30 and describes the IP as 'tipsy but fine'. PICKLES offered her a lift home. IP states he "
              "drove past her road, pulled into the lay-by on Marsh Lane, got into the back with her and "
              "raped her vaginally despite her saying no and pushing him. He then drove her home. At 00:52 "
              "she rang her sister Kerry ELSWORTH who came straight round and rang 999 at 01:09 (CAD 0011 "
              "04/03/26). PC 2291 FARRIER first attending 01:31. IP attended Fenmarsh SARC 04/03 - FME "
              "Dr NANDRA found a small abrasion consistent with blunt force at the posterior fourchette "
              "(non-specific). IP VRI 05/03/26 by me (exhibit HQ/1)."),
        ("h", "SUSPECT'S ACCOUNT"),
        ("p", "Arrested 05/03/26, interviewed 06/03/26 with solicitor (ROTI attached). He accepts "
              "sex took place in the back of his car in the lay-by but says it was her idea, she was "
              "kissing him in the pub car park and she never said no. He says she texted him 'thanks "
              "for the lift x' afterwards, which he says shows she was not upset. Likely defence: "
              "consent / reasonable belief in consent."),
        ("h", "LINES OF ENQUIRY (incl. those pointing away from the suspect)"),
        ("p", "1. The 'thanks for the lift x' text - this points away from the suspect and was looked at "
              "first. IP volunteered screenshots of the whole WhatsApp thread 01/03-04/03 (exhibit TF/2). "
              "The message was sent at 00:47, five minutes before she rang her sister crying. She says she "
              "sent it because she was frightened he would come back. The full thread is on the MG6C and "
              "is marked as meeting the disclosure test - copy supplied with the file.\n"
              "2. Suspect's phone - seized on arrest; extraction limited to messages and calls with the IP "
              "01/03-04/03/26 and location data 3rd 22:00 to 4th 02:00. Result in file (DIGITAL report, "
              "DC Ayodele). It confirms the message timings above and shows no other contact.\n"
              "3. Pub CCTV - licensee says the system has not recorded since January (email on MG6C item 8). "
              "No footage exists; not pursued further.\n"
              "4. Other people in the pub who might say how drunk she was / whether she was kissing him - "
              "Sian MORROW spoken to, statement taken. Two regulars named by the suspect (ROTI p.4) were "
              "traced and spoken to 12/03: neither saw them leave; their negative accounts are recorded "
              "on the MG6C (items 11, 12) and the officer's notes are with the file.\n"
              "5. Cell site on his phone - NOT pursued: both agree they were in the lay-by; the issue is "
              "consent, not presence.\n"
              "6. IP's phone - NOT examined. IP declined to hand over her phone. That was respected: the "
              "thread she supplied covers the only relevant messages and the suspect's extraction shows "
              "the same messages, so a download of her phone would not be a reasonable or proportionate "
              "line. No DPN was issued because no device of hers was examined.\n"
              "7. Third-party material (counselling, GP, school) - none requested; no line of enquiry "
              "suggests any exists that bears on the issues."),
        ("h", "OUTSTANDING EVIDENCE / ENQUIRIES"),
        ("p", "Forensic: vaginal swabs and knickers (PN/3, PN/4) submitted 09/03 (MG21). Sex is admitted "
              "so these go to corroboration only. Result expected by target date 17/04/2026.\n"
              "Nothing else outstanding."),
        ("h", "DISCLOSURE"),
        ("p", "MG6C (spreadsheet) and MG6D attached; MG6E attached. Disclosure strategy: as set out above "
              "under lines of enquiry - digital material limited to the suspect's handset for the stated "
              "date range; no third-party material sought. Rebuttable presumption material with the file: "
              "CAD 0011 log, crime report, first complaint (sister's statement, 999 call details on CAD), "
              "witness PNC results (all nil)."),
        ("h", "VICTIM / WITNESS CARE"),
        ("p", "Special measures: IP eligible as a complainant in a sexual offence (s.17(4) YJCEA). She wants "
              "her VRI played as evidence in chief and screens at court. Asked 05/03 about s.28 pre-recorded "
              "cross-examination: she would like it. Not vulnerable under s.16; no communication needs, so "
              "no intermediary assessment needed. MG2 not completed separately - recorded here.\n"
              "Needs: no interpreter; no disability; prefers contact by text. ISVA: referred to Fenmarsh "
              "Rape Crisis ISVA service 04/03/26 by PC FARRIER (ISVA Jo PRENTICE allocated).\n"
              "VPS: offered 05/03 by DC QUAYLE; she wants to make it after a charging decision.\n"
              "Medical consent: IP signed consent for release of SARC/FME notes 04/03/26."),
        ("h", "BAIL"),
        ("p", "PICKLES released on pre-charge bail 06/03/26 to 06/06/26. Conditions: not to contact Ruth "
              "ELSWORTH directly or indirectly; not to enter Wendlebury Fen village. No breaches reported."),
        ("h", "SUPERVISOR"),
        ("p", "Reviewed and endorsed for submission - DS 880 Gail ROOKE, 20/03/2026."),
        ("p", "Thanks\nHannah\nDC 1407 QUAYLE | PPU | Fenmarsh Constabulary | 01632 960417"),
    ]
    c.add("MG3 email pasted.docx", "docx", mg3, "MG3", head="OFFICIAL-SENSITIVE", author="hquayle")

    make_video(c.dir / "VID_0001.mp4", "FENMARSH VRI SUITE 2  05/03/2026 10:14", seconds=4)
    c.note("VID_0001.mp4", "ABE_RECORDING")
    abe_sum = [
        ("title", "Record of Video Recorded Interview (ABE) - Summary and Index"),
        ("kv", [("URN", urn), ("Interviewee", "Ruth ELSWORTH (IP), 24"), ("Interviewer", "DC 1407 H. QUAYLE"),
                ("Monitor", "DC 2210 S. AYODELE"), ("Date / place", "Thursday 5th March 2026, Fenmarsh VRI suite 2"),
                ("Exhibit", "HQ/1 (master disc), working copy supplied digitally as file VID_0001.mp4"),
                ("Running time", "00:00:04 on the digital working copy (start 10:14:02, end 10:14:06 by the "
                                 "on-screen clock)")]),
        ("table", ["Time", "Topic"], [
            ["00:00", "Introductions, ground rules, truth and lies not explored (adult), rapport"],
            ["00:01", "Free narrative: evening at The Plough, drinks (3 large wines), leaving with DP"],
            ["00:02", "In the car: drove past her road, lay-by, he got in the back, she said 'no, stop', pushed him"],
            ["00:03", "After: drove her home; the 'thanks for the lift' text - sent because she was scared"],
            ["00:04", "Phoned sister; closure; no questions from monitor"]], [15, 85]),
        ("p", "Summary: IP describes being raped by Darren PICKLES in the back of his car in the lay-by on Marsh "
              "Lane after he offered her a lift home. She says she said 'no' more than once and tried to "
              "push him off. She explains the message she sent afterwards. She did not want her phone "
              "taken and said so on the recording; she had already given screenshots."),
    ]
    c.add("ABE summary RE.pdf", "pdf", abe_sum, "ABE_SUMMARY", head="OFFICIAL-SENSITIVE", foot="Page {n}")

    st = mg11(urn, "QUAYLE, Hannah", "Over 18", "Detective Constable 1407", [
        "I am a Detective Constable in the Public Protection Unit of Fenmarsh Constabulary, trained to "
        "conduct achieving best evidence interviews.",
        "On Thursday 5th March 2026 between 10:14 and 11:32 hours I conducted a video recorded interview "
        "with Ruth ELSWORTH at the Fenmarsh VRI suite. DC AYODELE monitored. On conclusion I sealed the "
        "master recording which I now produce as exhibit HQ/1. A working copy has been made for the file.",
        "I also produce the interview plan I prepared on 04/03/2026 as exhibit HQ/3.",
        "Before the interview I explained to Ruth that she could choose not to hand over her mobile phone. "
        "She said she did not want it examined. She had already given screenshots to PC FARRIER."],
        "05/03/2026", "(Sgd) H. Quayle", head_style=1)
    c.add("stmt DC Quayle.docx", "docx", st, "MG11", role="officer", author="hquayle")

    st = mg11(urn, "Kerry ELSWORTH", "Over 18", "Care assistant", [
        "Ruth ELSWORTH is my younger sister.",
        "In the early hours of Wednesday 4th March 2026, at about ten to one, my phone rang and it was Ruth. "
        "She was crying so much I could hardly understand her. She said 'Kez, he wouldn't stop, I told him "
        "no'. I asked who and she said 'Darren from the gym, he gave me a lift'. I drove straight round "
        "to her flat, which is about five minutes away.",
        "When I got there she was sitting on the kitchen floor. She told me he had parked up on Marsh Lane, "
        "got in the back with her and had sex with her when she kept saying no. I rang 999 at about ten past one.",
        "I have never known Ruth like that. She is normally the calm one."],
        "04/03/26", "Signature: [signed]", taken_by="PC 2291 T. FARRIER",
        rear=[("Address", "withheld - on file"), ("Phone", "07700 900433"), ("Dates to avoid", "none given"),
              ("Special measures", "none requested"), ("VPS", "n/a (not the victim)")])
    c.add("Kerry E statement.pdf", "pdf", st, "MG11", role="first_account", foot="OFFICIAL-SENSITIVE when complete   Page {n}")

    st = mg11(urn, "FARRIER Thomas", "Over 18", "Police Constable 2291", [
        "At 01:12 on Wednesday 4th March 2026 I was on mobile patrol in Wendlebury when I was sent to an "
        "address on Fen Causeway following a 999 call (CAD 0011). I arrived at 01:31 and was the first "
        "officer there.",
        "I was met by Kerry ELSWORTH who took me to her sister Ruth. Ruth was distressed, her mascara had "
        "run and she was shaking. I asked her first account questions only. She said that a man called "
        "Darren who she knew from the gym had given her a lift from The Plough, stopped on Marsh Lane and "
        "had sex with her when she told him no. I made a note of her replies in my pocket notebook at "
        "01:40 which I produce as exhibit TF/1.",
        "At 08:15 the same day Ruth showed me a WhatsApp conversation with the man. She chose to take "
        "screenshots herself and send them to me rather than hand over her phone, and I told her that was "
        "her choice. I produce the screenshots as exhibit TF/2.",
        "I made a referral to the ISVA service at 09:00."],
        "Wed 4th March 2026", "Signed: T. Farrier PC 2291", head_style=2)
    c.add("PC FARRIER first attending.pdf", "pdf", st, "MG11", role="officer", serif=True)

    st = mg11(urn, "Sian MORROW", "Over 18", "Bar staff", [
        "I work behind the bar at The Plough in Wendlebury. On Tuesday 3 March 2026 I was working from "
        "six until closing.",
        "I know Ruth to say hello to. She was in with two friends and later on she was talking to a man I "
        "know as Darren who drinks in there now and then. At about half eleven I saw them leave together "
        "through the side door to the car park. Ruth seemed tipsy but fine, she was walking normally. I did "
        "not see them kiss. I did not see anything in the car park."],
        "12/03/2026", "Signature: S Morrow (signed)", taken_by="DC 1407 QUAYLE")
    c.add("witness - pub.docx", "docx", st, "MG11", role="witness")

    st = mg11(urn, "Dr Priya NANDRA", "Over 18", "Forensic Physician (FME), Fenmarsh SARC", [
        "I am a registered medical practitioner and a forensic physician with nine years' experience of "
        "examining complainants of sexual offences.",
        "At 11:05 on 4th March 2026 at Fenmarsh SARC I examined Ruth ELSWORTH with her written consent. "
        "She gave a brief history of vaginal penetration without consent at about midnight.",
        "On examination I found a 4 mm superficial abrasion at the posterior fourchette. This is "
        "consistent with blunt force trauma, which may occur with penetration, but is non-specific and "
        "can occur with consensual intercourse.",
        "I took a high vaginal swab, a low vaginal swab and a vulval swab which I produce as PN/1 to PN/3, "
        "and I seized her knickers as PN/4. I handed these to PC 2291 FARRIER at 12:40."],
        "04/03/2026", "Signature: [signed]", head_style=1)
    c.add("FME statement.pdf", "pdf", st, "MG11", role="expert")

    roti = [
        ("title", "RECORD OF TAPED INTERVIEW"),
        ("kv", [("URN", urn), ("Person interviewed", "PICKLES, Darren Lee"), ("Place", "Fenmarsh custody"),
                ("Date / times", "06/03/2026  14:02 - 14:49"), ("Interviewers", "DC 1407 QUAYLE, DC 2210 AYODELE"),
                ("Others present", "Mr R. DALE, solicitor"), ("Exhibit", "HQ/5 (audio)")]),
        ("table", ["Tape time", "Speaker", "Summary"], [
            ["00:00", "DC Q", "Introductions, caution, rights, solicitor present. Understood."],
            ["01:30", "DP", "Knows Ruth from Fenmarsh Leisure gym. Met her at The Plough about 9pm."],
            ["04:10", "DP", "She was 'all over me' in the car park, kissing. Offered her a lift."],
            ["07:45", "DP", "Pulled into lay-by because she asked him to. Says it was her suggestion to get in the back."],
            ["11:20", "DC Q", "Put that she said no and pushed him. DP: 'never happened, she never said no once'."],
            ["15:05", "DP", "Dropped her home about quarter to one. She texted 'thanks for the lift x'."],
            ["19:30", "DP", "Names two regulars, 'Big Steve' and Colin, who saw them kissing."],
            ["24:00", "DC Q", "Asked why she would ring her sister crying. DP: 'no idea, maybe she regretted it'."],
            ["31:10", "Sol", "No further questions. Interview concluded 14:49."]], [14, 12, 74]),
    ]
    c.add("ROTI PICKLES 060326.pdf", "pdf", roti, "ROTI", foot="Page {n}")

    c.add("PNC DP.pdf", "pdf", pnc_suspect(urn, "Fenmarsh Constabulary", "PICKLES, Darren Lee", "11/08/1994",
          "08/112233F", [["14/05/2019", "Fenmarsh Magistrates", "Driving with excess alcohol", "Fine GBP 400, disq 14 months"]],
          "07/03/2026"), "PNC")
    c.add("witness PNCs.pdf", "pdf", pnc_witness(urn, [("Ruth ELSWORTH (IP)", "No trace"), ("Kerry ELSWORTH", "No trace"),
          ("Sian MORROW", "No trace"), ("Dr P. NANDRA", "Professional witness - not checked"),
          ("PC 2291 FARRIER", "Officer - n/a")], "13/03/2026", "DC 1407 QUAYLE"), "PNC")

    rows6c = [
        [1, "Crime report FM/26/004417 (all versions, printout)", "Fenmarsh RMS", "Sent with file (rebuttable presumption)"],
        [2, "Investigation log / OIC decision log incl. EA decision 06/03", "Fenmarsh RMS", "Does not meet test"],
        [3, "CAD log 0011 of 04/03/26 (999 call by Kerry ELSWORTH)", "Control room", "Sent with file (rebuttable presumption)"],
        [4, "999 call recording CAD 0011 - first complaint", "Control room", "Does not meet test - content recorded on CAD print (item 3); retained"],
        [5, "PC FARRIER PNB entries 04/03/26 pp. 31-33 (first account notes, TF/1)", "PC 2291", "Meets test - copy with file"],
        [6, "ABE interview plan for Ruth ELSWORTH dated 04/03/26 (HQ/3)", "DC 1407", "Does not meet test"],
        [7, "SARC referral form and FME notes (consent given 04/03)", "Fenmarsh SARC", "See MG6D"],
        [8, "Email from licensee of The Plough 05/03/26: CCTV not recording since Jan", "DC 1407", "Does not meet test"],
        [9, "WhatsApp screenshots 01/03-04/03 supplied by IP (TF/2)", "PC 2291", "Meets test - copy with file"],
        [10, "Extraction report suspect handset (limited parameters)", "Digital unit", "Evidence - in file"],
        [11, "Officer note of conversation with Stephen ROE ('Big Steve') 12/03 - did not see them leave", "DC 1407", "Meets test - copy with file"],
        [12, "Officer note of conversation with Colin BARRATT 12/03 - not in pub after 22:30", "DC 1407", "Meets test - copy with file"],
        [13, "Custody record PICKLES 05/03-06/03/26", "Custody", "Does not meet test"],
        [14, "MG21 forensic submission form 09/03/26", "DC 1407", "Does not meet test"],
    ]
    to_xlsx(c.dir / "MG6C unused.xlsx", [
        ("MG6C", [["POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)", "", "", ""],
                  ["URN: " + urn, "R v PICKLES", "Disclosure officer: DC 1407 QUAYLE", "Page 1 of 2"],
                  ["Item no.", "Description", "Location", "DO comment / meets test?"]] +
                 [[str(r[0]), r[1], r[2], r[3]] for r in rows6c[:8]], [9, 60, 18, 40]),
        ("MG6C cont", [["MG6C continuation - URN " + urn, "", "", "Page 2 of 2"],
                       ["Item no.", "Description", "Location", "DO comment / meets test?"]] +
                      [[str(r[0]), r[1], r[2], r[3]] for r in rows6c[8:]], [9, 60, 18, 40]),
        ("notes", [["Signed by disclosure officer: H. Quayle DC 1407 [signed]  Date: 20/03/2026"],
                   ["Reviewed by: DS 880 ROOKE"]], [80]),
    ])
    c.note("MG6C unused.xlsx", "MG6C")

    mg6d = [("title", "MG6D - Police Schedule of Sensitive Material"),
            ("kv", [("URN", urn), ("R v", "PICKLES"), ("Disclosure officer", "DC 1407 H. QUAYLE"), ("Date", "20/03/2026")]),
            ("table", ["Item", "Description", "Reason for sensitivity", "DO comment"], [
                ["1", "SARC referral form and FME contemporaneous notes, Ruth ELSWORTH 04/03/26",
                 "Confidential medical information about the complainant", "Reviewed by OIC; nothing undermining. FME statement served."],
                ["2", "ISVA referral form 04/03/26 (contact details, support needs)",
                 "Personal data of complainant", "Does not meet test"],
                ["3", "Victim contact details / VCOP contract", "Personal data", "Does not meet test"]], [8, 42, 28, 22]),
            ("p", "Signed: H. Quayle (DC 1407) [signed]   20/03/2026")]
    c.add("MG6D.pdf", "pdf", mg6d, "MG6D", foot="OFFICIAL-SENSITIVE")

    mg6e = [("title", "MG6E - Disclosure Officer's Report"),
            ("kv", [("URN", urn), ("Disclosure officer", "DC 1407 Hannah QUAYLE"), ("Date", "20/03/2026")]),
            ("p", "Material that may undermine the prosecution or assist the defence: (a) the 'thanks for the "
                  "lift x' WhatsApp message at 00:47 (TF/2; MG6C item 9); (b) the FME's view that the "
                  "injury is non-specific. Copies of MG6C items 4 (summary), 5, 9, 11 and 12 are with this file. "
                  "I have examined all material on the MG6C and MG6D. I certify that to the best of my "
                  "knowledge all relevant material has been recorded and retained."),
            ("p", "Signed: H. Quayle [signed]")]
    c.add("MG6E DO report.docx", "docx", mg6e, "MG6E")

    cad = [("p", "FENMARSH CONSTABULARY - COMMAND & CONTROL - INCIDENT PRINT"),
           ("table", ["Time", "Op", "Entry"], [
               ["04/03/26 01:09:41", "CH23", "999 CALL FROM 07700900433 KERRY ELSWORTH - SISTER SAYS SISTER RAPED BY MALE 'DARREN FROM GYM' AFTER LIFT HOME FROM PLOUGH"],
               ["04/03/26 01:10:05", "CH23", "GRADE 1. LOCN FEN CAUSEWAY WENDLEBURY. SUSP NOT PRESENT, DROVE OFF GREY CAR"],
               ["04/03/26 01:12:30", "DISP", "PC2291 ASSIGNED"],
               ["04/03/26 01:31:02", "PC2291", "AT SCENE. VICTIM WITH SISTER. FIRST ACCOUNT TAKEN. SCENE MARSH LANE LAYBY - HOLD"],
               ["04/03/26 02:20:11", "PS1120", "CRIME RAISED FM/26/004417. SARC BOOKED 11:00"],
               ["04/03/26 03:05:44", "CH11", "INCIDENT CLOSED - CRIME RECORDED"]], [20, 10, 70])]
    c.add("CAD 0011 040326.txt", "txt", [("p", "INCIDENT NO 0011 OF 04/03/2026  URN " + urn)] + cad, "INCIDENT_LOG")

    crime = [("title", "CRIME REPORT FM/26/004417"),
             ("kv", [("URN", urn), ("Classification", "Rape of female 16 or over (SOA 2003 s.1)"),
                     ("Committed", "Tues 3rd / Wed 4th March 2026, approx 23:45-00:30"), ("Location", "Lay-by, Marsh Lane, Wendlebury Fen"),
                     ("Victim", "ELSWORTH, Ruth (24) - female - White British"), ("Suspect", "PICKLES, Darren Lee (31)"),
                     ("Reported", "04/03/2026 01:09 by 999 call (sister)"), ("OIC", "DC 1407 QUAYLE")]),
             ("h", "MO"), ("p", "Suspect known to victim gave lift from public house, stopped in lay-by and raped victim in rear of car."),
             ("h", "Updates"), ("p", "04/03 SARC complete. 05/03 VRI complete, suspect arrested. 06/03 interviewed - consent. "
                                    "Bail to 06/06. 20/03 file to CPS for FCT.")]
    c.add("Crime report.pdf", "pdf", crime, "CRIME_REPORT", head="RMS print 20/03/2026 17:02")

    mg12 = [("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", urn), ("R v", "PICKLES")]),
            ("table", ["Ref", "Description", "Produced by"], [
                ["HQ/1", "VRI recording of Ruth ELSWORTH 05/03/26 (working copy VID_0001.mp4)", "DC QUAYLE"],
                ["HQ/3", "ABE interview plan 04/03/26", "DC QUAYLE"],
                ["HQ/5", "Audio of suspect interview 06/03/26", "DC QUAYLE"],
                ["TF/1", "PNB entries first account 04/03/26", "PC FARRIER"],
                ["TF/2", "WhatsApp screenshots supplied by IP", "PC FARRIER"],
                ["PN/1-PN/3", "Swabs (HVS, LVS, vulval)", "Dr NANDRA"],
                ["PN/4", "Knickers", "Dr NANDRA"],
                ["SA/1", "Extraction report - suspect's Samsung handset", "DC AYODELE"]], [14, 62, 24])]
    c.add("Exhibit list.pdf", "pdf", mg12, "MG12")

    ext = [("title", "Digital Forensic Unit - Extraction Report (summary)"),
           ("kv", [("URN", urn), ("Exhibit", "SA/1 - Samsung Galaxy A14 seized from PICKLES on arrest 05/03/26"),
                   ("Examiner", "DC 2210 S. AYODELE"), ("Authority", "Seized under s.32 PACE from the suspect"),
                   ("Parameters", "WhatsApp and SMS with contact 'Ruth gym' 01/03/2026-04/03/2026; call log same range; "
                                  "location data 03/03 22:00 - 04/03 02:00")]),
           ("p", "Findings: 14 messages between the handset and the complainant's number. Outgoing from complainant "
                 "00:47 04/03 'thanks for the lift x'. No reply. Location data places the handset at Marsh Lane "
                 "23:52-00:31. No other data was extracted or reviewed.")]
    c.add("extraction report suspect phone.pdf", "pdf", ext, "DIGITAL_EXTRACT")
    st = mg11(urn, "AYODELE Samuel", "Over 18", "Detective Constable 2210", [
        "I monitored the VRI of Ruth ELSWORTH on 05/03/2026 and was second interviewer for Darren PICKLES on 06/03/2026.",
        "On 10/03/2026 I carried out a logical extraction of the Samsung handset seized from PICKLES, limited to "
        "the parameters recorded in my report, which I produce as SA/1."],
        "16/03/2026", "Signature: [signed]", head_style=2)
    c.add("DC Ayodele.pdf", "pdf", st, "MG11", role="officer")

    pnb = [("p", "PNB  PC 2291 FARRIER   Book 14   p.31"),
           ("p", "Wed 04/03/26  0131 Fen Causeway. CAD 0011. Met by Kerry ELSWORTH (sister). IP Ruth ELSWORTH in kitchen, crying, shaking."),
           ("p", "Q What's happened?  A Darren from the gym gave me a lift and he stopped on Marsh Lane and he did it, I said no."),
           ("p", "Q Did what?  A Had sex with me. In the back. I said no and pushed him."),
           ("p", "Q Where is he now?  A Dunno. He dropped me home after. Grey car."),
           ("p", "0140 notes made. 0150 scene Marsh Lane lay-by requested held. Advised IP not to wash, SARC."),
           ("p", "p.32-33: 0815 IP showed WhatsApp; IP took screenshots herself & sent to me; she declined to hand phone over - OK. "
                 "0900 ISVA referral made. Signed T Farrier 2291")]
    c.add("scan_0031.pdf", "scan", pnb, ["OTHER"], seed=31)
    screenshot_png(c.dir / "IMG_4410.png", "Darren gym", [
        ("them", "21:02", "you in the plough tonight?"), ("me", "21:05", "yeah with jade and amy"),
        ("them", "23:20", "want a lift later"), ("me", "23:21", "ok thanks"),
        ("me", "00:47", "thanks for the lift x"), ("them", "09:12", "you ok? x")])
    c.note("IMG_4410.png", ["OTHER", "DIGITAL_EXTRACT"])
    notes = [("title", "Officer's notes - enquiries with persons named by suspect"),
             ("kv", [("URN", urn), ("Officer", "DC 1407 QUAYLE"), ("Date", "12/03/2026")]),
             ("p", "1. Stephen ROE ('Big Steve'), seen at home 11:10. Was at The Plough 3rd March until about 23:45. "
                   "Saw Darren talking to 'a blonde girl' at the bar; did not see them kiss; did not see them leave. "
                   "Declined to give a statement as he 'saw nothing'."),
             ("p", "2. Colin BARRATT, seen at work 14:30. Left The Plough about 22:30. Did not see the IP at all."),
             ("p", "Neither has anything to support the suspect's account that they saw kissing in the car park. "
                   "Listed MG6C items 11 and 12.")]
    c.add("notes ROE BARRATT.docx", "docx", notes, ["OTHER"])
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG6E",
               "INCIDENT_LOG", "CRIME_REPORT", "MG12", "DIGITAL_EXTRACT"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(out, 0, present, [], mnf)


# ================================================================================================
# 2. National Ports Policing Unit - compliant. Male complainant, MG3 as an XLSX workbook,
#    initial + further statement, off-duty officer as first-account witness, two interviews, CCTV.
# ================================================================================================

def case_npu(out):
    urn = "93NP0019326"
    c = Case(out, "NPU_2026_0193", urn)
    oic = "DC 3021 Faye MARLOW, National Ports Policing Unit (NPPU), Harwick Dock. Tel 01632 960288 / 07700 900288. faye.marlow@nppu.police.example"
    mg3_front = [
        ["MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", ""],
        ["URN", urn],
        ["Unit", "National Ports Policing Unit (NPPU) - Serious Crime Team, Harwick Dock"],
        ["Suspect", "LOMAX, Gary Francis  DOB 02/02/1981"],
        ["Offence(s)", "Assault by penetration, s.2 Sexual Offences Act 2003; alt. sexual assault s.3. MV Northern Tern, Harwick-Vlissen crossing, 14/02/2026 approx 22:30"],
        ["Complainant", "RIDDOCH, Callum James (27) - male - ship's steward"],
        ["Type of decision requested", "Full Code Test - charging decision. (Threshold test NOT sought.)"],
        ["Early advice", "Not sought - reason: the suspect works on a foreign-flagged vessel and was only in UK jurisdiction intermittently; the OIC and DI DRUMMOND decided on 16/02 to proceed straight to a full file once the forensic result was back. Decision logged (MG6C item 3)."],
        ["OIC (direct contact)", oic],
        ["Bail / RUI", "LOMAX on pre-charge bail to 14/05/2026: conditions - reside at 4 Quay Cottages, Harwick; surrender passport and seaman's book; no contact with Callum RIDDOCH; not to board any vessel of Tern Line."],
        ["Supervisor endorsement", "DS 5120 Alan PETRIE - reviewed 23/03/2026 - file complete, approved for submission. DI 77 R. DRUMMOND noted 23/03/2026."],
    ]
    summary = [
        ["Heading", "Detail"],
        ["Key evidence", "IP Callum RIDDOCH (27) works as a steward on MV Northern Tern. Suspect Gary LOMAX (45) is the purser, his line manager. On the night crossing of 14/02 LOMAX invited IP to his cabin for a drink after the bar closed. IP says LOMAX pushed him face down on the bunk, pulled his trousers down and penetrated his anus with his fingers while IP told him to stop. IP got away, went to the crew mess and then onto the passenger deck, where he told a passenger he knew, PC Amira HASSAN (off duty, Northshire Police), what had happened. She advised him to report it and stayed with him until the ship docked at 06:10. Ship's corridor CCTV (MO/1) shows IP going into cabin 212 at 22:24 and coming out at 22:41 moving quickly, holding his waistband."],
        ["IP account", "Written MG11 14/02/26 (initial) and further MG11 02/03/26 (messages). A written statement was taken rather than a VRI because Callum asked for that after the choice was explained to him by PC BRANDON and DC MARLOW; he did not want to be filmed."],
        ["Forensic", "Fingernail scrapings from LOMAX (FB/3) - SFR1 received 09/03/26: DNA profile matching RIDDOCH (Dr FAIRWEATHER). Complainant declined intimate medical examination; he was offered SARC and declined; consent recorded on his MG11 rear page."],
        ["Suspect account", "Interview 1 (15/02/26): prepared statement denying any sexual contact, then no comment. Interview 2 (10/03/26) after the DNA result: now says IP came on to him, there was consensual touching, 'nothing like he says', and the fingers were 'outside clothing'. Likely defence: consent / fabrication because IP had been given a written warning by LOMAX the week before."],
    ]
    loe = [
        ["No.", "Line of enquiry", "Result / reason"],
        ["1", "Corridor CCTV deck 2", "Obtained (MO/1, clip 22:20-22:45). Supports IP's timings and demeanour."],
        ["2", "Written warning IP received from LOMAX 07/02 (motive to lie - points AWAY from suspect)", "Obtained from Tern Line HR, on MG6C (item 9), marked as meeting test and copy with file. IP deals with it in his further statement."],
        ["3", "Messages between IP and LOMAX (suspect says IP 'flirted by text')", "IP's phone examined with his agreement (DPN signed 02/03/26), limited to messages with LOMAX's number 01/02-20/02/26 and photos taken 14/02/26. Nothing flirtatious found - report DM/2. Suspect's phone: messages with IP same range - consistent."],
        ["4", "Other crew in corridor / cabin 210 and 214", "Both occupants spoken to (MG6C items 13, 14): heard nothing. Negative statements not taken."],
        ["5", "Bar till roll - how much did they drink", "Obtained; 2 beers each. On MG6C item 10."],
        ["6", "Previous complaints about LOMAX to Tern Line", "HR confirm none. MG6C item 11."],
        ["7", "Medical examination of IP", "Offered; declined by IP. Not pursued - his choice."],
    ]
    outst = [["Outstanding evidence", "Target date"],
             ["None. No further enquiries are outstanding; all results are in the file.", "n/a"]]
    victim = [
        ["Area", "Detail"],
        ["Special measures", "Eligible (s.17(4) YJCEA - sexual offence). Callum wants screens and to give evidence from a live link if possible. Asked 02/03 about s.28 pre-recorded cross-examination: he would prefer it. No vulnerability under s.16, no intermediary needed. MG2 completed - in file."],
        ["Needs", "No interpreter. Works away at sea - contact by email or mobile, dates to avoid on rear of MG11. Worried about his job - Tern Line has put him on another vessel."],
        ["ISVA", "Referred to ISVA service (male survivors' service, Harwick) 16/02/26 - accepted."],
        ["VPS", "VPS offered 02/03/26 - Callum made a VPS the same day (in file)."],
        ["Disclosure strategy", "DMD attached. Digital: complainant's phone by agreement with DPN and the parameters above; suspect's phone same parameters. No third-party material sought about the complainant."],
    ]
    to_xlsx(c.dir / "MG3 NPPU.xlsx", [("MG3", mg3_front, [28, 110]), ("Evidence", summary, [20, 120]),
                                      ("LOE", loe, [6, 50, 80]), ("Outstanding", outst, [80, 20]),
                                      ("Victim & disclosure", victim, [20, 120])])
    c.note("MG3 NPPU.xlsx", "MG3")

    rear = [("Preferred contact", "email callum.r@mail.example / 07700 900512"),
            ("Dates to avoid", "at sea 2 weeks on / 2 off - rota supplied"),
            ("Special measures", "yes - see MG2"), ("VPS", "offered - made 02/03/2026"),
            ("Medical records", "Offered SARC / medical examination - declined. I consent to police seeing my GP record "
                                "only if it becomes necessary and I am asked first. Signed C. Riddoch")]
    st = mg11(urn, "Callum James RIDDOCH", "Over 18", "Steward", [
        "I work as a steward for Tern Line on the MV Northern Tern which sails between Harwick and Vlissen. I have "
        "worked there for two years. My boss is the purser, Gary LOMAX.",
        "On Saturday 14th February 2026 we were on the night sailing. The bar closed at 22:00 and after I had "
        "cashed up Gary said come to his cabin for a drink, he had some beers. I thought it would be about work "
        "because he had given me a written warning the week before for being late and I wanted to sort things out.",
        "In his cabin, number 212, he gave me a beer. After about ten minutes he sat next to me on the bunk and put "
        "his hand on my leg. I moved it and said 'no mate'. He laughed. Then he pushed me down on my front on the "
        "bunk with his arm on my back and pulled my trousers and boxers down. I felt his fingers go inside my "
        "bottom. I was saying 'stop, get off' and I tried to get up. He was heavier than me. After a few seconds "
        "I managed to twist round and push him and I got out the door holding my trousers up.",
        "I went to the crew mess and then up on the passenger deck because I didn't want to be near the crew area. "
        "I saw a woman I know called Amira who used to go to my sister's school. I told her what had happened. She "
        "told me she was a police officer and I should report it when we docked.",
        "I have not agreed to any sexual contact with Gary LOMAX at any time."],
        "14/02/2026", "Signature: C. Riddoch (signed)", taken_by="PC 4410 N. BRANDON", rear=rear)
    c.add("RIDDOCH initial MG11.pdf", "pdf", st, "MG11", role="complainant", head="OFFICIAL-SENSITIVE", foot="Page {n} of 2")

    st = mg11(urn, "RIDDOCH Callum James", "Over 18", "Steward", [
        "This statement is further to my statement dated 14/02/2026.",
        "I have been asked about the written warning. Gary LOMAX gave me a written warning on 7th February 2026 for "
        "being late on shift twice. I was annoyed about it but I accepted it. It is not the reason I reported him.",
        "On 2nd March 2026 I agreed to DC MARLOW examining my phone. She explained that only my messages with "
        "Gary's number between 1st and 20th February 2026 and any photos I took on 14th February would be looked "
        "at, and I signed a form about this. I have never sent Gary any messages that were flirting.",
        "I was offered the chance to make a victim personal statement and I have done so today."],
        "02/03/2026", "(Sgd) C J Riddoch", taken_by="DC 3021 F. MARLOW")
    c.add("RIDDOCH further stmt.docx", "docx", st, "MG11", role="complainant")

    st = mg11(urn, "HASSAN, Amira", "Over 18", "Police Constable (Northshire Police) - off duty at the time", [
        "I am a police constable with Northshire Police. On 14th and 15th February 2026 I was off duty and travelling "
        "as a foot passenger on the MV Northern Tern to Harwick after a holiday. I make this statement as a witness, "
        "not in my role as an officer.",
        "At about 22:55 I was on the passenger deck when a young man I recognised as Callum RIDDOCH came and sat near "
        "me. I know him slightly because he is the brother of a school friend. He was pale, shaking and kept looking "
        "at the door. I asked if he was alright. He said 'my boss has just done something to me'. He then told me "
        "that his boss had pushed him onto a bed and 'put his fingers in me' while he said stop.",
        "I told him I was a police officer and that he should report it to the port police when we docked, and I "
        "stayed with him until then. I did not ask him detailed questions. At 06:20 I walked him to the NPPU office "
        "at Harwick Dock and handed over to PC BRANDON."],
        "15/02/2026", "Signature: [signed]", head_style=2)
    c.add("stmt A HASSAN.pdf", "pdf", st, "MG11", role="first_account", serif=True)

    st = mg11(urn, "BRANDON Neil", "Over 18", "PC 4410 NPPU", [
        "At 06:20 on 15th February 2026 I was on duty at the NPPU office, Harwick Dock, when Callum RIDDOCH came in "
        "with an off-duty officer, PC HASSAN of Northshire Police. I was the first officer to deal with the report.",
        "He told me that the ship's purser, Gary LOMAX, had assaulted him in cabin 212 the night before. I recorded "
        "his first account in my PNB and raised an incident (log 0093 of 15/02/26).",
        "At 07:05 I arrested Gary LOMAX on board. I took scrapings from under his fingernails with his consent which "
        "I produce as NB/1 and handed to DC MARLOW as FB/3 for submission (the FB reference was given by the lab).",
        "At 09:00 I began a written statement with Callum. He had been offered a video-recorded interview and told "
        "me he did not want to be filmed."],
        "15/02/2026", "Signed: N. Brandon PC4410", head_style=1)
    c.add("BRANDON first officer.pdf", "pdf", st, "MG11", role="officer")

    st = mg11(urn, "Maris OZOLS", "Over 18", "Security Officer, MV Northern Tern", [
        "I am the security officer on the MV Northern Tern and I am responsible for the ship's CCTV system.",
        "On 15th February 2026 DC MARLOW asked me for footage of the deck 2 crew corridor from 22:00 to 23:00 on "
        "14th February 2026. I checked that the system clock was correct to within one minute. I copied the camera "
        "3 footage from 22:20 to 22:45 to a USB drive which I produce as exhibit MO/1 (file CH03_20260214_2220.mp4).",
        "I have not altered the footage."],
        "15/02/2026", "Signature: M Ozols [signed]")
    c.add("OZOLS CCTV.docx", "docx", st, "MG11", role="witness")
    make_video(c.dir / "CH03_20260214_2220.mp4", "CAM03 DECK2 CREW 14-02-2026 22:24", seconds=5, kind="cctv")
    c.note("CH03_20260214_2220.mp4", "CCTV")

    st = mg11(urn, "Dr Elaine FAIRWEATHER", "Over 18", "Forensic Scientist, Vale Forensic Services Ltd", [
        "I hold a BSc in Biology and a PhD in forensic genetics and have twelve years' experience in DNA analysis.",
        "I received exhibit FB/3 (fingernail scrapings - LOMAX) and reference samples from Gary LOMAX and Callum "
        "RIDDOCH. A DNA profile was obtained from FB/3 which is a mixture. The major contributor matches RIDDOCH. "
        "The probability of this match if the DNA came from someone unrelated to him is in the order of one in a "
        "billion. This finding does not help to say how the DNA was transferred.",
        "My streamlined forensic report (SFR1) dated 09/03/2026 is produced as EF/1."],
        "09/03/2026", "Signature: [signed]", head_style=1)
    c.add("FAIRWEATHER expert.pdf", "pdf", st, "MG11", role="expert")
    sfr = [("title", "STREAMLINED FORENSIC REPORT - SFR1"),
           ("kv", [("URN", urn), ("Lab ref", "VFS-26-00711"), ("Exhibit", "FB/3 fingernail scrapings LOMAX"),
                   ("Date", "09/03/2026"), ("Scientist", "Dr E. FAIRWEATHER")]),
           ("p", "Result: DNA mixture; major component matches reference profile of Callum RIDDOCH (match probability "
                 "approx 1 in 1 billion). Activity level not addressed. Any challenge to be raised by the defence within "
                 "the timetable so an SFR2 can be prepared.")]
    c.add("SFR1 FB3.pdf", "pdf", sfr, "FORENSIC")

    st = mg11(urn, "MARLOW Faye", "Over 18", "Detective Constable 3021, NPPU", [
        "I am the officer in the case.",
        "On 2nd March 2026 I explained to Callum RIDDOCH, using a Digital Processing Notice, why I wanted to look at "
        "his mobile phone, what would be looked at and what would not. He signed the notice. I carried out a "
        "selective extraction limited to messages with one number between 01/02/2026 and 20/02/2026 and photos created "
        "on 14/02/2026. I produce my report as DM/2. The handset was returned to him the same day.",
        "On 18th February 2026 I obtained from Tern Line HR a copy of the written warning dated 07/02/2026 which I "
        "produce as DM/3."],
        "Tues 3rd March 2026", "Signature: F Marlow DC3021 [signed]")
    c.add("MARLOW OIC.pdf", "pdf", st, "MG11", role="officer")
    dpn = [("title", "DIGITAL PROCESSING NOTICE (Complainant / Witness)"),
           ("p", "Issued under the code of practice for extraction of information from electronic devices (PCSC Act 2022 s.37)."),
           ("kv", [("URN", urn), ("Device user", "Callum RIDDOCH"), ("Device", "Apple iPhone 12 (own)"),
                   ("Why", "To see whether there were any messages between you and Gary LOMAX, because he says you sent flirting texts."),
                   ("What will be extracted", "Messages (SMS, WhatsApp) with 07700 900731 only, 01/02/2026 to 20/02/2026; photos created 14/02/2026."),
                   ("What will not", "Everything else: other contacts, other dates, browsing, health, location, deleted data."),
                   ("Retention", "Only the extracted data will be kept; the handset will be returned today."),
                   ("You can refuse", "Yes - explained. Refusing does not mean the investigation will stop."),
                   ("Agreement", "I agree. Signed C. Riddoch 02/03/2026. Officer: DC 3021 MARLOW.")])]
    c.add("DPN RIDDOCH.pdf", "pdf", dpn, "DPN")
    ext = [("title", "Selective extraction report DM/2"),
           ("kv", [("URN", urn), ("Device", "iPhone 12 - Callum RIDDOCH (by agreement, DPN 02/03/26)"),
                   ("Parameters", "as DPN: messages with 07700 900731 01/02-20/02/26; photos 14/02/26")]),
           ("table", ["Date", "Dir", "Content"], [
               ["07/02/26 18:02", "in", "Written warning is on your bunk. Sign and return."],
               ["07/02/26 18:30", "out", "ok"],
               ["14/02/26 22:10", "in", "Come to 212 when cashed up, few beers"],
               ["14/02/26 22:12", "out", "ok 10 mins"]], [20, 8, 72]),
           ("p", "No photos created 14/02/26. No other data extracted.")]
    c.add("extraction DM2.pdf", "pdf", ext, "DIGITAL_EXTRACT")

    for i, (dt, times, body) in enumerate([
        ("15/02/2026", "11:14-11:40", [
            ["11:14", "DC M", "Caution, rights, solicitor Ms ABARA present."],
            ["11:16", "Sol", "Reads prepared statement: 'I deny touching Callum RIDDOCH sexually. He came to my cabin for a drink and left. I will answer no further questions.'"],
            ["11:18-11:38", "GL", "No comment to all questions put: cabin, CCTV, fingernail scrapings."],
            ["11:40", "DC M", "Interview concluded."]]),
        ("10/03/2026", "14:05-14:51", [
            ["14:05", "DC M", "Caution, rights, solicitor Ms ABARA present. Further interview following DNA result."],
            ["14:09", "GL", "Now says Callum 'came on to me', put his hand on my knee."],
            ["14:20", "GL", "Accepts there was 'some touching' of Callum's bottom, over clothing, which Callum wanted."],
            ["14:31", "DC M", "Puts DNA under nails. GL: 'he must have grabbed my hand'."],
            ["14:40", "GL", "Says Callum is making it up because of the written warning."],
            ["14:51", "DC M", "Interview concluded."]])]):
        roti = [("title", "RECORD OF TAPED INTERVIEW (ROTI) - interview %d of 2" % (i + 1)),
                ("kv", [("URN", urn), ("Interviewee", "LOMAX Gary Francis"), ("Date", dt), ("Time", times),
                        ("Location", "Harwick Dock custody suite"), ("Interviewer", "DC 3021 MARLOW")]),
                ("table", ["Time", "Who", "Summary"], body, [14, 10, 76])]
        if i == 0:
            c.add("ROTI 1 LOMAX.docx", "docx", roti, "ROTI")
        else:
            c.add("ROTI 2 LOMAX.pdf", "pdf", roti, "ROTI", foot="OFFICIAL-SENSITIVE   {n}")

    c.add("PNC LOMAX.pdf", "pdf", pnc_suspect(urn, "NPPU", "LOMAX, Gary Francis", "02/02/1981", "no CRO",
          [], "15/02/2026"), "PNC")
    c.add("PNC witnesses nil returns.pdf", "pdf", pnc_witness(urn, [("Callum RIDDOCH", "No trace"), ("Amira HASSAN", "No trace (serving officer - no misconduct findings, checked with Northshire PSD)"),
          ("Maris OZOLS (Latvian national)", "No trace PNC; ACRO request 16/02 - no convictions recorded"),
          ("Dr E. FAIRWEATHER", "Expert - not checked")], "20/03/2026", "DC 3021 MARLOW"), "PNC")

    rows = []
    descs = ["Incident log 0093 of 15/02/26 (first report at NPPU office)", "Crime report NP/26/0193 all versions",
             "OIC decision log incl. early advice decision 16/02/26", "PC BRANDON PNB entries 15/02/26 pp.4-7 (first account at port)",
             "Custody record LOMAX 15/02/26", "Custody record LOMAX 10/03/26", "Interview audio 15/02/26 (GL interview 1)",
             "Interview audio 10/03/26 (GL interview 2)", "Tern Line written warning to RIDDOCH dated 07/02/26 (DM/3)",
             "Bar till roll MV Northern Tern 14/02/26 20:00-22:00", "Email Tern Line HR 20/02/26: no previous complaints against LOMAX",
             "Crew list and cabin allocation deck 2, 14/02/26", "Note of conversation with occupant cabin 210 (heard nothing)",
             "Note of conversation with occupant cabin 214 (heard nothing)", "CCTV camera 3 full hour 22:00-23:00 (master)",
             "CCTV cameras 1, 2, 4 same hour - viewed, nothing relevant", "MG21 forensic submission 16/02/26",
             "Lab continuity and receipt records VFS-26-00711", "Suspect's handset extraction, messages with IP 01/02-20/02",
             "Seaman's book and passport receipt (bail condition)", "Bail notice 10/03/26", "Email PC HASSAN to DC MARLOW 16/02/26 arranging statement",
             "DPN signed by RIDDOCH 02/03/26 (copy with file)", "Ship's voyage data: departure/arrival times 14-15/02/26",
             "ISVA referral acceptance email 17/02/26", "Officer's note - SARC offered and declined by IP 15/02/26",
             "Passenger manifest entry for HASSAN (confirms travel)", "Photographs of cabin 212 (12 images) 15/02/26",
             "Scene log cabin 212 15/02/26", "Message from LOMAX's solicitor re bail 11/03/26"]
    descs += ["Photograph %d of 12, cabin 212 (%s), CSI 15/02/26" % (k, v) for k, v in enumerate(
        ["door from corridor", "bunk - general view", "bunk - bedding close up", "desk with two beer cans", "beer cans close up",
         "bin - contents", "wardrobe", "porthole", "washroom", "floor by bunk", "corridor outside door", "cabin number plate"], 1)]
    descs += ["Tern Line deck 2 crew rota w/c 09/02/26", "Master's position report 14/02/26 22:00-23:00 (UK waters)",
              "Email DC MARLOW to ACRO re OZOLS 16/02/26", "ACRO reply re OZOLS 19/02/26 (no convictions)",
              "Bail notice 15/02/26", "Handset receipt - RIDDOCH iPhone returned 02/03/26"]
    for i, d in enumerate(descs, 1):
        test = "Meets test - copy sent" if i in (4, 9, 13, 14, 23) else ("Evidence - in file" if i in (15, 19) else "Does not meet test")
        rows.append([str(i), d, "NPPU" if i % 3 else "Tern Line", test])
    mg6c = [("title", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL"),
            ("p", "MG6C   R v LOMAX   URN " + urn + "   Disclosure officer: DC 3021 MARLOW"),
            ("table", ["Item", "Description and relevance", "Location", "DO comment"], rows, [8, 56, 14, 22]),
            ("p", "Signed: F. Marlow [signed] 23/03/2026")]
    c.add("MG6C.pdf", "pdf", mg6c, "MG6C", foot="OFFICIAL-SENSITIVE  |  MG6C  page {n}", size=11.5)
    copies = [("title", "Copies of unused material marked as meeting the test (MG6C items 4, 9, 13, 14, 23)"),
              ("kv", [("URN", urn)]),
              ("h", "Item 4 - PNB PC 4410 BRANDON 15/02/26 pp.4-7"),
              ("p", "0620 NPPU office. Callum RIDDOCH w/ off duty PC HASSAN (Northshire). States purser Gary LOMAX cabin 212 "
                    "approx 2230 pushed him on bunk, pulled trousers down, 'put his fingers up my bum'. I said stop. "
                    "0640 log raised. 0705 arrest LOMAX on board."),
              ("h", "Item 9 - Written warning 07/02/26 (DM/3)"),
              ("p", "Tern Line - first written warning to C. RIDDOCH for lateness on 2 occasions (01/02, 05/02). Issued by G. LOMAX, purser."),
              ("h", "Items 13 and 14 - notes of conversations"),
              ("p", "Cabin 210 (J. TEAGUE, deckhand) 15/02 09:40: asleep from 22:00 with earplugs, heard nothing. "
                    "Cabin 214 (P. VOSS, cook) 15/02 09:55: in the galley until 23:30, not in cabin."),
              ("h", "Item 23 - DPN"), ("p", "Copy in file as 'DPN RIDDOCH.pdf'.")]
    c.add("MG6C items copied.pdf", "pdf", copies, ["OTHER", "MG6C"])

    c.add("MG6D sensitive.pdf", "pdf", [("title", "MG6D - POLICE SCHEDULE OF SENSITIVE MATERIAL"),
          ("kv", [("URN", urn), ("R v", "LOMAX"), ("DO", "DC 3021 MARLOW")]),
          ("table", ["No", "Description", "Reason", "Comment"], [
              ["1", "ISVA referral form for RIDDOCH (male survivors' service)", "Personal/support data", "Does not meet test"],
              ["2", "RIDDOCH's contact details and sea rota", "Personal data", "Does not meet test"]], [8, 50, 22, 20]),
          ("p", "Signed F Marlow DC 3021 [signed] 23/03/2026")], "MG6D")

    dmd = [("title", "Disclosure Management Document"), ("kv", [("URN", urn), ("R v", "LOMAX"), ("Date", "23/03/2026")]),
           ("h", "Reasonable lines of enquiry"), ("p", "As on the MG3 'LOE' sheet, including the motive-to-lie line (written warning)."),
           ("h", "Digital strategy"), ("p", "Complainant's iPhone: selective extraction by agreement, DPN, parameters: messages with the suspect's "
                                            "number 01/02-20/02/26 and photos of 14/02/26. Suspect's phone: messages with the complainant same range. "
                                            "No other devices. No full downloads."),
           ("h", "Third-party material"), ("p", "Tern Line HR records (written warning, complaints history) obtained as they go to motive and credibility. "
                                                "No medical, counselling or social care records sought - no line of enquiry."),
           ("h", "CCTV"), ("p", "Camera 3 clipped 22:20-22:45 (MO/1); full hour retained and scheduled.")]
    c.add("DMD.pdf", "pdf", dmd, "DMD")

    mg2 = [("title", "MG2 - Special Measures Assessment"),
           ("kv", [("URN", urn), ("Witness", "Callum RIDDOCH (complainant)"), ("Eligibility", "s.17(4) - complainant in sexual offence; automatically eligible"),
                   ("Measures sought", "Screens (s.23); live link (s.24) preferred"), ("s.28 pre-recorded cross-examination", "Explained 02/03/26 - Callum would like s.28"),
                   ("Intermediary", "Not needed - no communication difficulties"), ("Witness's views", "Does not want to see the defendant."),
                   ("Completed by", "DC 3021 MARLOW 02/03/2026")])]
    c.add("MG2.docx", "docx", mg2, "MG2")
    c.add("VPS RIDDOCH.pdf", "pdf", [("title", "Victim Personal Statement"), ("kv", [("URN", urn), ("Name", "Callum RIDDOCH")]),
          ("p", "Since this happened I have not been able to sleep properly on board. I have been moved to another ship and I feel "
                "like people are talking about me. I want the court to know it has changed how I feel about my job."),
          ("p", "Signed: C. Riddoch (signed)   Date: 02/03/2026")], "VPS")

    c.add("log 0093.txt", "txt", [("p", "NPPU INCIDENT LOG 0093 15/02/2026  URN " + urn),
          ("table", ["Time", "By", "Text"], [
              ["06:38", "PC4410", "MALE 27 REPORTS SEXUAL ASSAULT BY SHIP PURSER CABIN 212 MV NORTHERN TERN APPROX 2230 14/02. ATTENDED OFFICE WITH OFF DUTY PC (NORTHSHIRE)"],
              ["06:41", "PS2008", "SUSPECT STILL ON BOARD - ARREST AUTHORISED. CABIN 212 TO BE SEALED"],
              ["07:05", "PC4410", "SUSPECT ARRESTED. FINGERNAIL SCRAPINGS TAKEN WITH CONSENT"],
              ["07:30", "PS2008", "CRIME NP/26/0193 RAISED. SARC OFFERED - DECLINED BY IP"]], [8, 8, 84])], "INCIDENT_LOG", crlf=True)
    c.add("crime NP26-0193.pdf", "pdf", [("title", "CRIME RECORD NP/26/0193"),
          ("kv", [("URN", urn), ("Offence", "Assault by penetration s.2 SOA 2003"), ("Date/time", "14/02/2026 22:24-22:41"),
                  ("Location", "Cabin 212, deck 2, MV Northern Tern, in UK territorial waters (master's position report)"),
                  ("Victim", "RIDDOCH, Callum - male, 27"), ("Suspect", "LOMAX, Gary - 45"), ("OIC", "DC 3021 MARLOW")]),
          ("p", "Summary: victim invited to suspect's cabin after work; suspect pushed him onto bunk and digitally penetrated anus without consent.")],
          "CRIME_REPORT")
    c.add("MG12.pdf", "pdf", [("title", "EXHIBIT LIST (MG12)"), ("kv", [("URN", urn)]),
          ("table", ["Exhibit", "Description", "Statement"], [
              ["MO/1", "CCTV camera 3 deck 2, 14/02/26 22:20-22:45 (CH03_20260214_2220.mp4)", "OZOLS"],
              ["NB/1 (FB/3)", "Fingernail scrapings LOMAX", "BRANDON / FAIRWEATHER"],
              ["EF/1", "SFR1 09/03/26", "FAIRWEATHER"],
              ["DM/2", "Selective extraction report, RIDDOCH iPhone", "MARLOW"],
              ["DM/3", "Written warning 07/02/26", "MARLOW"]], [16, 60, 24])], "MG12")

    present = ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "DMD", "MG2", "VPS", "CCTV", "FORENSIC", "DPN",
               "DIGITAL_EXTRACT", "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "key_statements", "officer_statement", "signed", "suspect_interview",
           "previous_convictions", "witness_convictions", "mg6c", "mg6d", "dmd", "schedule_descriptions",
           "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits",
           "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn", "abe_recording",
           "abe_summary", "abe_exhibited"]
    c.expected(out, 0, present, [], mnf)


# ================================================================================================
# 3. Early advice - Calderbrook Police. Complainant aged 15 with a supporter / appropriate adult.
#    MG3 as a fixed-width plain-text export. Brother aged 11: statement signed by a parent.
# ================================================================================================

def case_moss(out):
    urn = "13CB0088126"
    c = Case(out, "EA request - MOSS", urn, stage="early_advice")
    W = 98
    hdr = lambda t: "+" + "-" * (W - 2) + "+\n| " + t.ljust(W - 4) + " |\n+" + "-" * (W - 2) + "+"
    txt = [
        "CALDERBROOK POLICE - CASE PREPARATION SYSTEM EXPORT                    printed 03/07/2026 15:41",
        "FORM: MG3  (REQUEST FOR EARLY ADVICE)                                   OFFICIAL-SENSITIVE",
        "",
        "URN.............. %s" % urn,
        "SUSPECT.......... TATE, Jordan Reece          DOB 19/01/2007   (19 yrs)   NOT YET ARRESTED",
        "OFFENCE (poss)... Rape of a female under 16 / s.9 SOA 2003 sexual activity with a child",
        "DATE OF OFFENCE.. Sat 20/06/2026 approx 23:30 - 21/6 00:30",
        "IP............... MOSS, Lily-Mae   AGE 15   (date of birth on crime report, not on this form)",
        "OIC.............. DC 612 Priya CHAUHAN  CID Calderbrook   tel 01632 960655  mob 07700 900655",
        "                  email priya.chauhan@calderbrook.police.example",
        "SUPERVISOR....... DS 1190 Mark HOLT - reviewed & agreed 03/07/2026",
        "",
        hdr("1. ADVICE SOUGHT"),
        "EARLY ADVICE under DG6 (ch.7). We are NOT asking for a charging decision at this stage - no Full",
        "Code Test or Threshold Test is requested. We seek advice on (a) the lines of enquiry below before",
        "TATE is arrested and interviewed and (b) whether a registered intermediary should be used in any",
        "further interview of the IP. A full file for a FCT decision will follow the interview.",
        "",
        hdr("2. SUMMARY SO FAR"),
        "IP (15) went to a house party at 9 Larch Rise, Calderbrook on Sat 20/06. She says TATE (19), a",
        "friend of the host's older brother, took her upstairs to a bedroom, she said she wanted to go back",
        "down, and he had sex with her while she was crying. She walked home at about 00:45 and her younger",
        "brother Alfie (11) let her in. Her mum Donna MOSS found her in the bathroom on Mon 22/06 and IP",
        "told her. Mum rang 101 same evening (log 0412 22/06). PC 2877 WYATT attended. ABE/VRI 25/06/2026 by",
        "DC 877 ABBOTT with IP's aunt Michelle GRANT as supporter / appropriate adult (exhibit AA/1).",
        "",
        hdr("3. SUSPECT ACCOUNT / LIKELY DEFENCE"),
        "Not yet interviewed. The host (Ellis PARR, 16) told PC WYATT informally that TATE has been saying",
        "'she told me she was 17' and that 'she was up for it'. Likely defence: consent and/or belief that",
        "she was 16 or over (relevant only to s.9 - not a defence to consent issue). To be put in interview.",
        "",
        hdr("4. LINES OF ENQUIRY - PLANNED (incl. those pointing away from the suspect)"),
        " a) Arrest/interview TATE - planned w/c 06/07/2026 (target 10/07/2026).",
        " b) Statements from party-goers (list of 14 names from host) - especially anyone who saw IP and TATE",
        "    go upstairs or come down, and anyone who heard IP say her age. Target 24/07/2026.",
        " c) POINTING AWAY: IP's Snapchat with TATE before the party - TATE is said to claim she told him",
        "    she was 17 on Snapchat. We will ask TATE for his phone on arrest (s.32) and look ONLY at",
        "    messages with IP 01/06-21/06. We do NOT intend to examine IP's phone: she says there were",
        "    no messages between them before the party, and if TATE's phone shows messages we will",
        "    revisit with her and her mum and explain a DPN. Advice sought on this.",
        " d) POINTING AWAY: host's parents' doorbell camera - owner says it was broken; confirm and obtain",
        "    engineer's note. Target 17/07/2026.",
        " e) School / social care records - NOT requested: nothing to suggest they hold relevant material;",
        "    IP has no social worker. Will not be pursued unless something arises.",
        " f) Medical: IP was seen at the Calderbrook paediatric SARC 23/06. Forensic samples taken; mum",
        "    gave written consent for the SARC report to be released to police and CPS. Results pending -",
        "    target date 31/07/2026.",
        "",
        hdr("5. OUTSTANDING EVIDENCE"),
        " - Forensic results from SARC samples (LM/1-LM/4): target 31/07/2026",
        " - Paediatrician's statement: target 17/07/2026",
        " - Suspect interview: target 10/07/2026; party-goer statements: target 24/07/2026",
        "",
        hdr("6. VICTIM & WITNESS"),
        "Special measures: IP is under 18 - eligible s.16 YJCEA. VRI recorded as evidence in chief. s.28",
        "pre-recorded cross-examination explained to IP and mum on 25/06: both want s.28. Intermediary:",
        "ABE interviewer did not identify communication needs; RI assessment will be requested if advice is",
        "that a further interview is needed (IP anxious, has dyslexia). MG2 to follow with full file.",
        "Needs: no interpreter. IP's mum is her main support. Child ISVA (CHISVA) referral made 23/06 by",
        "SARC - accepted. VPS: explained to IP and mum 25/06 - they will decide after the decision.",
        "",
        hdr("7. EARLY ADVICE - WHY SOUGHT"),
        "Age / consent issues and a young complainant; DG6 strongly recommends early advice in RASSO.",
        "",
        "END OF EXPORT",
    ]
    (c.dir / "MG3_EA_export.txt").write_text("\n".join(txt) + "\n")
    c.note("MG3_EA_export.txt", "MG3")

    make_video(c.dir / "M2U00417.MP4", "CALDERBROOK VRI  25/06/2026 14:02", seconds=3)
    c.note("M2U00417.MP4", "ABE_RECORDING")
    to_docx(c.dir / "VRI index LM.docx", [
        ("title", "ABE Interview - Index / Summary"),
        ("kv", [("URN", urn), ("Witness", "Lily-Mae MOSS (15)"), ("Interviewer", "DC 877 Sarah ABBOTT"),
                ("Supporter / appropriate adult", "Michelle GRANT (aunt)"), ("Date", "25th June 2026, start 14:02"),
                ("Recording", "AA/1 - digital file M2U00417.MP4"), ("Duration", "3 seconds (00:00:03) on the file supplied")]),
        ("table", ["Counter", "Content"], [
            ["00:00", "Intro, ground rules incl. 'I don't know' and correcting the interviewer, truth/lies check"],
            ["00:01", "Free recall: party, Jordan asked her upstairs 'to talk', she said she wanted to go back down"],
            ["00:02", "He pushed her onto the bed, she was crying, he had sex with her; she told him she was 15 'earlier in the kitchen'"],
            ["00:03", "Walked home, Alfie let her in; told mum on Monday; closure"]], [15, 85]),
        ("p", "Summary: Lily-Mae gives a clear account of non-consensual vaginal intercourse. She says she never "
              "messaged Jordan before the party and did not tell him she was 17.")], "ABE_SUMMARY")
    c.note("VRI index LM.docx", "ABE_SUMMARY")

    st = mg11(urn, "ABBOTT, Sarah", "Over 18", "Detective Constable 877", [
        "I am ABE trained. On 25/06/2026 at 14:02 I conducted a video recorded interview with Lily-Mae MOSS (15) at "
        "Calderbrook VRI suite. Michelle GRANT, her aunt, was present as her supporter/appropriate adult at Lily-Mae's request.",
        "I produce the recording as exhibit AA/1. I also produce my interview plan as AA/2."],
        "25/06/2026", "Signature: [signed]", head_style=1)
    c.add("Abbott ABE officer.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "Donna MOSS", "Over 18", "Nursery nurse", [
        "I am Lily-Mae's mum. On Monday 22nd June 2026 at about 6pm I went into the bathroom and found Lily-Mae "
        "sitting in the bath with her clothes on, crying. She had been quiet since Saturday.",
        "She told me that at the party on Saturday a lad called Jordan had taken her upstairs and 'made me have sex "
        "with him, I told him to stop'. I rang 101 straight away."],
        "22/6/26", "(Sgd) D. Moss", taken_by="PC 2877 WYATT")
    c.add("Mum stmt.pdf", "pdf", st, "MG11", role="first_account")
    st = mg11(urn, "Alfie MOSS", "11", "School pupil", [
        "I am 11. I live with my mum and my sister Lily-Mae.",
        "On Saturday night I was still up playing on my Xbox. Lily-Mae knocked on the back door really late. "
        "When I let her in she was crying and her make up was all down her face. She went straight upstairs and "
        "didn't say anything to me."],
        "22/06/2026", "Alfie Moss [signed]", parent="(Sgd) Donna Moss (mother) 22/06/2026", taken_by="PC 2877 WYATT")
    c.add("Alfie stmt signed by mum.pdf", "pdf", st, "MG11", role="witness", serif=True)
    st = mg11(urn, "WYATT, Joel", "Over 18", "PC 2877", [
        "At 18:40 on 22nd June 2026 I attended the MOSS family home following a 101 call (log 0412). I was the first "
        "officer to attend. Donna MOSS told me what Lily-Mae had said to her. I spoke briefly to Lily-Mae with her mum "
        "present and asked only enough to establish what had happened and where. She said 'Jordan Tate, at Ellis's party'.",
        "I made an appointment at the paediatric SARC and completed the crime report. I took statements from Donna "
        "and Alfie MOSS. Alfie's statement was read over to him and signed by him and by his mum.",
        "On 23/06 I spoke to Ellis PARR (16) with his father present; he said TATE had said 'she told me she was 17'."],
        "23/06/2026", "Signed: J Wyatt PC2877", head_style=2)
    c.add("PC Wyatt.docx", "docx", st, "MG11", role="officer")
    st = mg11(urn, "Michelle GRANT", "Over 18", "Shop manager", [
        "I am Lily-Mae MOSS's aunt. On 25th June 2026 I sat with Lily-Mae during her video interview as her supporter "
        "because she asked for me. I did not say anything during the interview apart from at the start. I have not "
        "discussed what she said with anyone."],
        "25/06/2026", "Signature: M. Grant [signed]")
    c.add("supporter statement.pdf", "pdf", st, "MG11", role="witness")
    c.add("101 log 0412.pdf", "pdf", [("p", "CALDERBROOK POLICE  STORM-LITE INCIDENT 0412  22/06/2026   URN " + urn),
          ("table", ["Time", "Text"], [["18:02", "CALLER DONNA MOSS - 15YR DAUGHTER DISCLOSED RAPE AT PARTY SAT NIGHT BY MALE JORDAN 19ISH"],
                                       ["18:05", "GRADED PRIORITY. PC2877 ALLOCATED"], ["18:40", "PC2877 ON SCENE"],
                                       ["19:55", "CRIME CB/26/8812 RAISED. PAED SARC BOOKED 23/06 10:00"]], [12, 88])], "INCIDENT_LOG")
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "INCIDENT_LOG"]
    mnf = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement",
           "signed", "multimedia", "special_measures", "files_readable", "one_urn", "dig_dpn"]
    c.expected(out, 0, present, [], mnf)


# ================================================================================================
# 4. Non-recent, two siblings - Westmere Constabulary. One ABE, one written statement.
# ================================================================================================

def case_hargreaves(out):
    urn = "22WM0301925"
    c = Case(out, "nonrecent_HARGREAVES", urn)
    mg3 = [
        ("p", "OFFICIAL - SENSITIVE                                                              MG3"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", urn), ("Suspect", "HARGREAVES, Dennis Arthur (b. 1956)"),
                ("Offences", "Indecent assault on a female (s.14 SOA 1956) x2 and indecent assault on a male (s.15 SOA 1956) x2, "
                             "between 01/01/1993 and 31/12/1997, 14 Ferrier Row, Westmere"),
                ("Complainants", "PRYCE, Joanne (41) (nee HARGREAVES) and HARGREAVES, Mark (38) - sister and brother, niece and nephew of the suspect"),
                ("Decision required", "Full Code Test"),
                ("OIC", "DC 2230 Melanie SANDHU - 01632 960230 - melanie.sandhu@westmere.police.example"),
                ("Supervisor", "DS 415 Chris OKONJO - endorsed 08/06/2026"),
                ("Bail", "Released under investigation (RUI) 20/05/2026 - reason: no risk factors justifying conditions; "
                         "suspect is 70, no contact with complainants for many years, lives 200 miles away.")]),
        ("h", "Early advice"), ("p", "Early advice was sought on 15/04/2026 (lawyer: A. FINCH, CPS RASSO Westmere). Advice received 29/04/2026: "
                                     "obtain both accounts, trace the cousins, interview the suspect. All actioned - see below."),
        ("h", "Summary"), ("p", "Joanne and Mark HARGREAVES stayed most weekends with their uncle Dennis and his late wife at 14 Ferrier "
                                "Row from 1993 to 1997 while their mother worked nights. Joanne (then 8-12) says Dennis touched her "
                                "vagina under her nightclothes on many occasions when she was in the back bedroom. Mark (then 5-9) "
                                "describes being made to touch Dennis's penis in the garage. Neither knew the other had been abused "
                                "until 2024. Joanne first told her husband Steven in 2014; Mark first told his wife Claire in 2020. "
                                "Both reported at Westmere front counter on 02/04/2026 (PC OYELARAN)."),
        ("h", "Complainants' evidence"), ("p", "Joanne: VRI 12/05/2026 by DC SANDHU (MS/1) with summary. Mark: chose to give a written "
                                               "statement rather than a video-recorded interview - MG11 dated 13/05/2026."),
        ("h", "Suspect's account"), ("p", "Interviewed voluntarily 20/05/2026 (ROTI). Denies all. Says the allegations are invented because of a "
                                          "dispute over his mother's will in 2023 in which Joanne's mother lost out. Likely defence: fabrication / collusion."),
        ("h", "Reasonable lines of enquiry"),
        ("p", "(i) The will dispute (points away from suspect): probate papers and solicitor's letters obtained from the suspect's solicitor; "
              "the dispute began in March 2023. Joanne's disclosure to Steven (2014) and Mark's to Claire (2020) pre-date it. "
              "Both first-account witnesses give statements. Material on MG6C items 6-8, marked as meeting the test.\n"
              "(ii) Collusion (points away): when and how the siblings learned of each other's allegations - both asked in statement/VRI; "
              "their accounts of a family christening in 2024 are consistent. Messages between them were NOT sought: both say they "
              "only spoke in person, and a request for their phones would not be proportionate.\n"
              "(iii) Cousins Lisa and Wayne HARGREAVES (who also stayed) - traced and spoken to 27/05/2026: neither saw or suffered "
              "anything. Notes on MG6C items 10-11 (meet test, copies supplied).\n"
              "(iv) Layout of 14 Ferrier Row - now demolished; 1995 estate agent particulars obtained (MG6C item 12).\n"
              "(v) School, GP and social services records - considered and not requested. Neither complainant disclosed to a "
              "school or doctor at the time and there is nothing to suggest records hold anything relevant; a request would be "
              "speculative. No third-party material has been sought.\n"
              "(vi) Forensic / medical - none available or expected given the passage of 30 years."),
        ("h", "Outstanding"), ("p", "No further enquiries are outstanding."),
        ("h", "Disclosure"), ("p", "MG6C, MG6D, MG6E attached. Digital strategy: no devices examined and none needed. DMD attached."),
        ("h", "Victims"), ("p", "Special measures: both eligible under s.17(4). Joanne: VRI as EiC, screens, wants s.28. Mark: wants live link and "
                                "s.28; he has ADHD and says he loses track under pressure - intermediary assessment requested 01/06/2026, "
                                "result due 26/06/2026 and will be forwarded; MG2s attached.\nNeeds: no interpreters. Mark prefers contact by phone "
                                "after 6pm. ISVA: both referred to Westmere ISVA 03/04/2026. VPS: both offered VPS on 12 and 13/05; Joanne made one "
                                "(attached); Mark declined for now, recorded on his MG11 rear."),
    ]
    c.add("Doc1.docx", "docx", mg3, "MG3", head="MG3  |  URN " + urn, foot="OFFICIAL-SENSITIVE when complete")
    make_video(c.dir / "REC0007.mp4", "WESTMERE VRI 12/05/2026 10:30", seconds=5)
    c.note("REC0007.mp4", "ABE_RECORDING")
    c.add("PRYCE J - ROVI summary.pdf", "pdf", [
        ("title", "RECORD OF VIDEO RECORDED INTERVIEW - SUMMARY"),
        ("kv", [("URN", urn), ("Witness", "PRYCE, Joanne"), ("Interviewer", "DC 2230 SANDHU"), ("Date", "12/05/2026"),
                ("Exhibit", "MS/1 (REC0007.mp4)"), ("Total running time", "0 min 05 s (this copy)")]),
        ("p", "00:00-00:01 Introductions. 00:01-00:03 Free narrative: weekends at Ferrier Row from age 8, back bedroom, "
              "uncle came in 'to say goodnight', hand under nightie, touching her vagina, told her it was 'our secret'. "
              "Happened 'more times than I can count' until she was about 12 and refused to go. 00:03-00:04 Telling Steven in "
              "2014 after a TV programme. Learning about Mark at the christening in 2024. 00:04-00:05 The will: 'I couldn't care "
              "less about the will, my mum got nothing and she never wanted anything'. Closure.")], "ABE_SUMMARY")
    st = mg11(urn, "SANDHU, Melanie", "Over 18", "Detective Constable 2230", [
        "I am the OIC and ABE trained. On 12/05/2026 at 10:30 I interviewed Joanne PRYCE on video at Westmere VRI suite. "
        "I produce the recording as MS/1 and my interview plan as MS/2.",
        "On 20/05/2026 I interviewed Dennis HARGREAVES as a volunteer. I produce the interview recording as MS/3."],
        "20/05/2026", "Signature: M. Sandhu (signed)")
    c.add("OIC stmt.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "Mark HARGREAVES", "Over 18", "Warehouse supervisor", [
        "Between about 1993 and 1997, when I was between 5 and 9, my sister Joanne and I stayed most weekends with our "
        "Uncle Dennis and Auntie Pat at 14 Ferrier Row while our mum worked nights at the hospital.",
        "Uncle Dennis had a garage at the side of the house with a workbench. He would take me in there 'to help with the "
        "bike'. On a lot of occasions, I can't say how many, he undid his trousers and made me hold his penis and move my "
        "hand. He said if I told anyone Mum would lose her job because she wouldn't have anywhere for us to go.",
        "I first told anyone in 2020 when I told my wife Claire, after I had a panic attack when our son started going to "
        "his grandad's. In 2024 at my niece's christening Joanne told me something had happened to her too. That is the first "
        "time we talked about it. We have not gone through the details with each other.",
        "A video interview was explained to me. I chose to do a written statement instead because I find it easier."],
        "13th May 2026", "(Sgd) M. Hargreaves", pages=2, taken_by="DC 2230 SANDHU",
        rear=[("Contact", "by phone after 6pm 07700 900274"), ("Dates to avoid", "22-29/08/2026 holiday"),
              ("Special measures", "live link, s.28 yes - see MG2"), ("VPS", "offered 13/05/2026 - declined for now, may make later"),
              ("ISVA", "referred 03/04/2026")])
    c.add("Mark H MG11.pdf", "pdf", st, "MG11", role="complainant", foot="Page {n} of 2")
    st = mg11(urn, "Steven PRYCE", "Over 18", "Electrician", [
        "I am married to Joanne PRYCE. One evening in about October 2014 we were watching a documentary about abuse in "
        "football. Joanne went quiet then started crying. She told me that her Uncle Dennis used to 'touch her' when she "
        "stayed at his house as a kid. She did not want to go to the police then."],
        "15/05/2026", "Signature: [signed]", taken_by="DC SANDHU")
    c.add("S PRYCE.docx", "docx", st, "MG11", role="first_account")
    st = mg11(urn, "HARGREAVES Claire", "Over 18", "Teaching assistant", [
        "I am Mark's wife. In summer 2020 Mark had a panic attack when our son was going to stay at Mark's dad's. When he "
        "calmed down he told me his Uncle Dennis had 'made him do things' in a garage when he was little. He made me promise "
        "not to tell anyone."],
        "15/05/2026", "Signature: [signed]", taken_by="DC SANDHU")
    c.add("C HARGREAVES.docx", "docx", st, "MG11", role="first_account")
    st = mg11(urn, "OYELARAN, David", "Over 18", "Police Constable 1810", [
        "At 14:20 on 2nd April 2026 I was on duty at Westmere police station front counter when Joanne PRYCE and Mark "
        "HARGREAVES came in together. I was the first officer to deal with them. They said they wanted to report that their "
        "uncle had sexually abused them both as children in the 1990s. I took brief first accounts from each separately, "
        "recorded in my PNB (DO/1), and recorded the crime."],
        "02/04/2026", "Signed: D Oyelaran PC 1810", head_style=2)
    c.add("front counter officer.pdf", "pdf", st, "MG11", role="officer")
    roti = [("title", "MG15 - RECORD OF INTERVIEW"), ("kv", [("URN", urn), ("Interviewee", "HARGREAVES Dennis Arthur"),
            ("Date", "20/05/2026 11:00-12:10 (voluntary attendance)"), ("Legal adviser", "Mr K. BELL")]),
            ("table", ["Time", "Summary"], [["11:00", "Caution, voluntary attendance explained, free to leave."],
                                             ["11:05", "Accepts both children stayed at weekends 1993-97."],
                                             ["11:20", "Denies ever touching Joanne or Mark sexually. 'Never happened.'"],
                                             ["11:45", "Says they have made it up because of his mother's will (2023)."],
                                             ["12:05", "Had a garage but 'the kids were never allowed in it'."]], [12, 88])]
    c.add("MG15 HARGREAVES.pdf", "pdf", roti, "ROTI")
    c.add("PNC print.pdf", "pdf", pnc_suspect(urn, "Westmere", "HARGREAVES, Dennis Arthur", "04/10/1956", "71/445566K",
          [["12/03/1988", "Westmere Magistrates", "Indecent exposure (Vagrancy Act 1824 s.4)", "Fine GBP 100"]], "20/05/2026"), "PNC")
    c.add("PNC witnesses.pdf", "pdf", pnc_witness(urn, [("Joanne PRYCE", "No trace"), ("Mark HARGREAVES", "No trace"),
          ("Steven PRYCE", "Caution 2009 criminal damage (disclosable - see MG6C item 14)"), ("Claire HARGREAVES", "No trace")],
          "01/06/2026", "DC 2230 SANDHU"), "PNC")
    items = [["1", "Crime report WM/26/3019", "Sent - RP"], ["2", "Incident log 0388 02/04/26 front counter report", "Sent - RP"],
             ["3", "PC OYELARAN PNB 02/04/26 first accounts (DO/1)", "Meets test - copy sent"],
             ["4", "Early advice request and CPS advice 29/04/26", "Does not meet test"],
             ["5", "ABE interview plan Joanne PRYCE (MS/2)", "Does not meet test"],
             ["6", "Probate papers - estate of Edna HARGREAVES", "Meets test - copy sent"],
             ["7", "Solicitors' letters re will dispute 2023", "Meets test - copy sent"],
             ["8", "Suspect's written timeline of will dispute handed in at interview", "Meets test - copy sent"],
             ["9", "Audio of suspect interview MS/3", "Does not meet test"],
             ["10", "Note of visit Lisa HARGREAVES (cousin) 27/05/26 - nothing seen", "Meets test - copy sent"],
             ["11", "Note of visit Wayne HARGREAVES (cousin) 27/05/26 - nothing seen", "Meets test - copy sent"],
             ["12", "Estate agent particulars 14 Ferrier Row, 1995", "Does not meet test"],
             ["13", "Intermediary referral for Mark HARGREAVES 01/06/26", "Does not meet test"],
             ["14", "Steven PRYCE PNC - caution 2009 criminal damage", "Meets test - copy sent"]]
    c.add("MG6C.docx", "docx", [("title", "MG6C Police schedule of non-sensitive unused material"), ("kv", [("URN", urn), ("R v", "HARGREAVES")]),
          ("table", ["No.", "Description", "DO assessment"], items), ("p", "Disclosure officer: DC 2230 SANDHU (signed) 08/06/2026")], "MG6C")
    c.add("MG6C copies.pdf", "pdf", [("title", "Copies of MG6C items 3, 6, 7, 8, 10, 11, 14"), ("kv", [("URN", urn)]),
          ("p", "Item 3 PNB: 1420 front counter. Joanne PRYCE - 'uncle Dennis touched me in bed at his house from 8 to 12'. "
                "Mark HARGREAVES - 'made me touch him in the garage'."),
          ("p", "Items 6-8: probate grant 2023; letter from Bell & Co 14/03/2023 contesting will; suspect's timeline (3 pages, summarised: "
                "dispute March-Sept 2023, settled)."),
          ("p", "Items 10-11: Lisa H - stayed some weekends 1994-95, never saw anything, 'he was a bit strict'. Wayne H - stayed twice, nothing seen."),
          ("p", "Item 14: see PNC witnesses print.")], ["OTHER", "MG6C"])
    c.add("MG6D.pdf", "pdf", [("title", "MG6D SENSITIVE MATERIAL SCHEDULE"), ("kv", [("URN", urn)]),
          ("p", "NIL RETURN. There is no sensitive material in this case other than ISVA referral forms and contact details, which "
                "are listed: 1. ISVA referrals (both) 03/04/26 - personal data - does not meet test. 2. Intermediary referral "
                "medical information re Mark HARGREAVES (ADHD) - medical - does not meet test."),
          ("p", "DC 2230 SANDHU [signed] 08/06/2026")], "MG6D")
    c.add("MG6E.pdf", "pdf", [("title", "Disclosure Officer's Report (MG6E)"), ("kv", [("URN", urn)]),
          ("p", "Material that might undermine: the will dispute (items 6-8), negative accounts of the cousins (10-11), Steven PRYCE's "
                "caution (14). Copies supplied. I have inspected all material listed."), ("p", "M Sandhu DC2230 [signed] 08/06/2026")], "MG6E")
    c.add("DMD.docx", "docx", [("title", "DISCLOSURE MANAGEMENT DOCUMENT"), ("kv", [("URN", urn)]),
          ("p", "Reasonable lines of enquiry as MG3. Digital: no devices examined; not proportionate given the issues. Third-party: "
                "none sought (reasons in MG3 (v)). Unused material held by Westmere Constabulary only.")], "DMD")
    for w in ("Joanne PRYCE", "Mark HARGREAVES"):
        c.add("MG2 %s.docx" % w.split()[1], "docx", [("title", "MG2 Special Measures Assessment"),
              ("kv", [("URN", urn), ("Witness", w), ("Eligibility", "s.17(4) complainant of sexual offence"),
                      ("Measures", "VRI EiC, screens" if "Joanne" in w else "live link (s.24)"),
                      ("s.28", "Explained; wants s.28"),
                      ("Intermediary", "Not required" if "Joanne" in w else "Assessment requested 01/06/26 (ADHD); report due 26/06/2026")])], "MG2")
    c.add("VPS Joanne.pdf", "pdf", [("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", urn), ("Name", "Joanne PRYCE")]),
          ("p", "I have carried this for thirty years. I have never let my own children stay anywhere overnight."),
          ("p", "Signed: J. Pryce [signed]  12/05/2026")], "VPS")
    c.add("inc log 0388.txt", "txt", [("p", "WESTMERE CONSTABULARY  LOG 0388  02/04/2026   URN " + urn),
          ("p", "14:22 FRONT COUNTER. MALE AND FEMALE (SIBLINGS) REPORT NON RECENT CSA BY UNCLE 1993-97. PC1810 DEALING."),
          ("p", "15:40 CRIME WM/26/3019 RECORDED. REFERRED TO RASSO TEAM. NO IMMEDIATE SAFEGUARDING - SUSPECT 70, NO CHILDREN IN HOUSEHOLD.")],
          "INCIDENT_LOG")
    c.add("crime report.pdf", "pdf", [("title", "Crime Report WM/26/3019"),
          ("kv", [("URN", urn), ("Offence", "Indecent assault x4 (SOA 1956 ss.14, 15)"), ("Victims", "PRYCE Joanne F41; HARGREAVES Mark M38"),
                  ("Suspect", "HARGREAVES Dennis 70"), ("Period", "1993 to 1997"), ("Reported", "02/04/2026 front counter")])], "CRIME_REPORT")
    c.add("MG12 exhibits.pdf", "pdf", [("title", "MG12 EXHIBIT LIST"), ("kv", [("URN", urn)]),
          ("table", ["Ref", "Description"], [["MS/1", "VRI Joanne PRYCE 12/05/26 (REC0007.mp4)"], ["MS/2", "ABE plan"],
                                             ["MS/3", "Suspect interview audio 20/05/26"], ["DO/1", "PC OYELARAN PNB 02/04/26"]], [20, 80])], "MG12")
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "DMD", "MG2", "VPS",
               "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
           "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
           "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(out, 0, present, [], mnf)


# ================================================================================================
# 5. Harrowdale Police - compliant. Scans and phone photos beside typed copies; initial + further
#    statement; phone examined with a DPN and narrow parameters.
# ================================================================================================

def case_scanpack(out):
    urn = "35HD0077226"
    c = Case(out, "scan pack 14", urn)
    mg3 = [
        ("title", "MG3  Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", urn), ("Force", "Harrowdale Police"), ("Suspect", "BEAUMONT, Connor (33)"),
                ("Offence", "Rape s.1 SOA 2003, 17/01/2026, Flat 3, 22 Tanner's Yard, Harrowdale"),
                ("Advice sought", "FCT - full code test charging decision"),
                ("Early advice", "N/A - see below"),
                ("OIC", "DC 1733 Ben ACHTERBERG  t: 01632 960733  e: ben.achterberg@harrowdale.police.example"),
                ("Bail", "Pre-charge bail to 17/04/2026 - no contact with Naomi CHEUNG-WALSH, not to go to Lowgate Road"),
                ("Supervisor", "DS 201 Y. MBEKI - file endorsed 06/03/2026")]),
        ("h", "Early advice - see below"),
        ("p", "Early advice was not sought: the evidence was gathered quickly and DS MBEKI decided on 22/01 that a FCT "
              "file could be ready within six weeks (decision log, MG6C item 2)."),
        ("h", "Case summary"), ("p", "No MG5 at this stage - summary here. IP (29) met BEAUMONT on a dating app. "
              "Second date 17/01 at The Ropewalk bar, then back to his flat. She agreed to kissing; she says she told him she "
              "did not want sex and he held her wrists and raped her. She left at about 01:50, took a taxi home (driver Imran "
              "KHALID noticed she was crying) and rang her friend Becca LOWE from the taxi. Reported 101 at 09:12 on 18/01."),
        ("h", "Suspect account"), ("p", "Interviewed 19/01/2026: sex was consensual; she was 'fine' when she left; she messaged him the next "
                                        "day. Defence: consent."),
        ("h", "Lines of enquiry"),
        ("p", "1. Messages IP/BEAUMONT - the suspect relies on a message she sent on 18/01. IP agreed to her phone being examined: "
              "DPN signed 20/01/2026, extraction limited to the dating app chat and WhatsApp with BEAUMONT 10/01-20/01/2026. Report "
              "in file (BA/4). Her message of 18/01 10:02 says 'please don't contact me again'. (Points both ways - checked.)\n"
              "2. Taxi - driver traced via Harrowdale Cars booking records; statement taken.\n"
              "3. Bar staff at The Ropewalk re: drink levels - spoken to, no one remembers them; notes MG6C item 9.\n"
              "4. Suspect's previous partners - not pursued: no basis to think they hold relevant evidence; would be a fishing exercise.\n"
              "5. Third party (IP's counselling) - IP mentioned counselling in 2022 for bereavement. Not requested: not relevant to any issue."),
        ("h", "Forensic and medical"), ("p", "SARC 18/01/2026 - IP consented to examination and to release of SARC notes (consent form "
              "MG6D item 1). Toxicology (blood/urine): SFR1 received - negative for drugs. FME report from Dr OSEI outstanding - "
              "target date 27/03/2026. DNA: not needed, sex admitted."),
        ("h", "Outstanding"), ("p", "FME statement (Dr OSEI) - target 27/03/2026. Nothing else outstanding."),
        ("h", "Victim"), ("p", "MG2 in file: screens + s.28 wanted; no intermediary needed. ISVA referral 18/01/2026 (Harrowdale ISVA, "
              "accepted). VPS: offered 20/01, made 06/03 - in file. Needs: wears hearing aid - needs loop at court; no interpreter."),
        ("h", "Disclosure"), ("p", "MG6C, MG6D attached. Digital strategy as line 1 - no full download; handset returned 20/01."),
    ]
    c.add("MG3 BEAUMONT.pdf", "pdf", mg3, "MG3", head="OFFICIAL-SENSITIVE when complete", foot="MG3 - Page {n}")
    body1 = ["I am 29 and I work as a pharmacy technician. I am making this statement about what happened with a man I know as "
             "Connor who I met on the app Kindle.",
             "On Saturday 17th January 2026 I met him for our second date at The Ropewalk. I had three glasses of wine. At about "
             "11pm he said come back to mine and I said okay but I told him I just wanted to chat and I wasn't staying.",
             "At his flat we kissed on the sofa. He started pulling my top up and I said 'I don't want to have sex'. He said 'you "
             "came back here'. He held both my wrists above my head with one hand and pulled my jeans down with the other. He "
             "put his penis in my vagina. I said no and stop. It lasted a few minutes. Afterwards I got dressed and left.",
             "I booked a taxi on my phone. In the taxi I rang my friend Becca and told her."]
    rear = [("Contact", "text only please - 07700 900188"), ("Dates to avoid", "none"), ("Needs", "hearing aid - loop"),
            ("VPS", "offered 20/01/26"), ("Medical records", "I consent to the release of my SARC notes - signed N C-W 18/01/26")]
    st = mg11(urn, "CHEUNG-WALSH, Naomi", "Over 18", "Pharmacy technician", body1, "18/01/2026", "(Sgd) N. Cheung-Walsh",
              taken_by="DC 1733 ACHTERBERG", rear=rear)
    c.add("Naomi statement 1 typed.docx", "docx", st, "MG11", role="complainant")
    body2 = ["This statement is further to my first one.",
             "On 20th January 2026 I agreed to DC ACHTERBERG looking at my phone. He gave me a form (a digital processing notice) and "
             "explained that only my chats with Connor on the app and on WhatsApp from 10th to 20th January would be taken. I "
             "signed it. I got my phone back the same day.",
             "The message I sent him at 10:02 on Sunday 18th January said 'please don't contact me again'. I sent it because I "
             "didn't want him turning up at my work."]
    st2 = mg11(urn, "CHEUNG-WALSH, Naomi", "Over 18", "Pharmacy technician", body2, "20/01/2026", "Signature: N Cheung-Walsh",
               taken_by="DC 1733 ACHTERBERG", head_style=2)
    c.add("Naomi further statement (typed copy).pdf", "pdf", st2, "MG11", role="complainant")
    c.add("scan_0004.pdf", "scan", st2, ["MG11", "OTHER"], seed=4)
    c.add("IMG_2231.jpg", "jpg", [("h", "MG11 (rear) - witness details - CHEUNG-WALSH Naomi  URN " + urn), ("kv", rear)],
          ["MG11", "OTHER"], seed=5)
    st = mg11(urn, "LOWE, Rebecca", "Over 18", "Hairdresser", [
        "Naomi is my best friend. At about 2am on Sunday 18th January 2026 she rang me. She was sobbing. She said 'Becs, he held "
        "me down, I told him I didn't want to'. I asked who and she said Connor, the guy from the app. She was in a taxi. I told "
        "her to come to mine but she wanted to go home. I went round in the morning and she rang 101 with me there."],
        "19/01/2026", "Signed: R. Lowe", taken_by="PC 3120 GILL")
    c.add("Becca Lowe MG11.pdf", "pdf", st, "MG11", role="first_account", serif=True)
    st = mg11(urn, "Imran KHALID", "Over 18", "Taxi driver, Harrowdale Cars", [
        "At 01:54 on Sunday 18th January 2026 I picked up a woman from Tanner's Yard booked on our app in the name Naomi. "
        "She was crying from when she got in. She made a phone call and I heard her say 'he held me down'. I dropped her at "
        "Lowgate Road at 02:09."], "26/01/2026", "Signature: [signed]")
    c.add("taxi.docx", "docx", st, "MG11", role="witness")
    st = mg11(urn, "GILL Harjit", "Over 18", "Police Constable 3120", [
        "At 09:40 on 18th January 2026 I attended Lowgate Road after a 101 call (log 0177). I was the first officer to attend. "
        "Naomi CHEUNG-WALSH and Rebecca LOWE were there. Naomi told me a man she had met on a dating app had raped her at his "
        "flat overnight. I asked only first account questions and made notes in my PNB (HG/1). I arranged the SARC."],
        "18/01/2026", "Signature: H Gill PC3120 [signed]", head_style=1)
    c.add("PC GILL.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "ACHTERBERG, Ben", "Over 18", "Detective Constable 1733", [
        "I am the OIC. On 20th January 2026 I explained a Digital Processing Notice to Naomi CHEUNG-WALSH and she signed it. "
        "I carried out a selective extraction of her iPhone limited to the Kindle app chat and WhatsApp with the suspect's "
        "number, 10/01/2026 to 20/01/2026. I produce the report as BA/4 and the DPN as BA/5.",
        "On 19/01/2026 I interviewed Connor BEAUMONT. I produce the audio as BA/2."],
        "06/03/2026", "Signed: B. Achterberg DC 1733")
    c.add("OIC BA.pdf", "pdf", st, "MG11", role="officer")
    c.add("DPN signed.pdf", "scan", [("title", "Digital Processing Notice - victim/witness"),
          ("kv", [("URN", urn), ("Name", "Naomi CHEUNG-WALSH"), ("Device", "iPhone 13"),
                  ("Reason", "The suspect says you sent him a message afterwards. We want to see your messages with him only."),
                  ("Data to be obtained", "Kindle app chat and WhatsApp with 07700 900861, 10/01/2026 to 20/01/2026"),
                  ("Not obtained", "All other data"), ("Your right to refuse", "Explained"),
                  ("Signed", "N. Cheung-Walsh 20/01/2026   Officer: DC 1733 Achterberg")])], "DPN", seed=6)
    c.add("DPN typed copy.docx", "docx", [("title", "Digital Processing Notice (typed copy of signed original BA/5)"),
          ("kv", [("URN", urn), ("Name", "Naomi CHEUNG-WALSH"), ("Device", "iPhone 13 (her own)"),
                  ("Why", "Suspect relies on a message she sent the following day; reasonable line of enquiry."),
                  ("Extract only", "Kindle app chat and WhatsApp messages with 07700 900861 dated 10/01/2026 to 20/01/2026"),
                  ("Not extracted", "all other apps, contacts, photos, location, deleted data"),
                  ("Retention", "extracted data retained with case; handset returned same day"),
                  ("Agreement", "Signed: N. Cheung-Walsh [signed] 20/01/2026")])], "DPN")
    c.add("BA4 extraction.pdf", "pdf", [("title", "Selective Extraction Report BA/4"),
          ("kv", [("URN", urn), ("Device", "iPhone 13 - N. CHEUNG-WALSH (DPN BA/5)"), ("Parameters", "Kindle + WhatsApp with one number, 10/01-20/01/2026")]),
          ("table", ["Date/time", "From", "Message"], [["15/01 19:20", "CB", "looking forward to sat x"], ["17/01 18:45", "NCW", "on my way"],
                                                       ["18/01 09:30", "CB", "you get home ok? x"], ["18/01 10:02", "NCW", "please don't contact me again"]], [18, 10, 72])],
          "DIGITAL_EXTRACT")
    c.add("ROTI BEAUMONT.pdf", "pdf", [("title", "Record of Taped Interview"), ("kv", [("URN", urn), ("Name", "BEAUMONT Connor"), ("Date", "19/01/2026 10:15")]),
          ("p", "Summary: BEAUMONT accepts sex took place. Says she initiated it, never said no, he did not hold her wrists. Says she was "
                "'fine' leaving and he texted to check she got home. When told of her reply 'please don't contact me again' he said "
                "'girls change their minds'.")], "ROTI")
    c.add("PNC CB.pdf", "pdf", pnc_suspect(urn, "Harrowdale Police", "BEAUMONT, Connor", "09/09/1992", "12/998877A",
          [["03/02/2015", "Harrowdale Magistrates", "Common assault", "Community order"], ["18/07/2019", "Harrowdale Magistrates", "Assault by beating", "Fine"]],
          "19/01/2026"), "PNC")
    c.add("PNC witnesses.docx", "docx", pnc_witness(urn, [("Naomi CHEUNG-WALSH", "No trace"), ("Rebecca LOWE", "No trace"), ("Imran KHALID", "No trace")],
          "05/03/2026", "DC 1733"), "PNC")
    rows = [["1", "Crime report HD/26/07722", "Sent (RP)"], ["2", "Decision log incl. early advice decision 22/01", "Not disclosable"],
            ["3", "101 log 0177 18/01/26", "Sent (RP)"], ["4", "PC GILL PNB 18/01 (HG/1) - first account", "Meets test - copy sent"],
            ["5", "Harrowdale Cars booking record 18/01 01:50", "Does not meet test"], ["6", "Audio of interview BA/2", "Does not meet test"],
            ["7", "DPN BA/5 (signed original)", "Copy sent"], ["8", "Toxicology SFR1 22/01/26", "Evidence - in file"],
            ["9", "Note: enquiries at The Ropewalk 24/01 - staff do not recall the pair", "Meets test - copy sent"]]
    c.add("MG6C.pdf", "pdf", [("title", "MG6C - Non-sensitive unused material"), ("kv", [("URN", urn)]),
          ("table", ["Item", "Description", "Test?"], rows, [8, 70, 22]), ("p", "DO: DC 1733 ACHTERBERG [signed] 06/03/2026")], "MG6C")
    c.add("MG6C copies 4 and 9.pdf", "pdf", [("title", "MG6C items 4 and 9"), ("kv", [("URN", urn)]),
          ("p", "Item 4 (PNB PC 3120 p.12): 0940 Lowgate Rd. NCW: 'I met him on Kindle, went back to his, I said I didn't want sex, he held my wrists and did it anyway.'"),
          ("p", "Item 9: 24/01 The Ropewalk - manager and two bar staff shown no photos (none held); none recall the couple. No CCTV (system internal only, overwritten after 72 hrs, confirmed).")],
          ["OTHER", "MG6C"])
    c.add("MG6D.docx", "docx", [("title", "MG6D - Sensitive material"), ("kv", [("URN", urn)]),
          ("table", ["Item", "Description", "Reason"], [["1", "SARC consent form and SARC notes 18/01/26", "Medical"],
                                                          ["2", "ISVA referral 18/01/26", "Personal data"]]),
          ("p", "DC 1733 [signed]")], "MG6D")
    c.add("SFR1 tox.pdf", "pdf", [("title", "SFR1 - Toxicology"), ("kv", [("URN", urn), ("Samples", "blood and urine 18/01/26 (HD SARC)")]),
          ("p", "No drugs detected. Blood alcohol at 11:30 on 18/01 below limit of detection; back-calculation not requested.")], "FORENSIC")
    c.add("MG2.pdf", "pdf", [("title", "MG2 special measures"), ("kv", [("URN", urn), ("Witness", "Naomi CHEUNG-WALSH"),
          ("Measures", "screens s.23"), ("s.28", "explained 20/01 - wants s.28"), ("Intermediary", "no - not needed; hearing loop required"),
          ("By", "DC 1733 06/03/2026")])], "MG2")
    c.add("VPS.pdf", "scan", [("title", "Victim Personal Statement"), ("kv", [("URN", urn), ("Name", "Naomi CHEUNG-WALSH")]),
          ("p", "I don't go on dates any more. I changed my route to work. I want the court to know I still wake up at 2am."),
          ("p", "Signed N. Cheung-Walsh  06/03/2026")], "VPS", seed=7)
    c.add("log 0177.txt", "txt", [("p", "HARROWDALE 101 LOG 0177 18/01/2026  " + urn),
          ("p", "0912 CALLER NAOMI - REPORTS RAPE OVERNIGHT BY MALE MET ON DATING APP, AT HIS FLAT TANNERS YARD. WITH FRIEND."),
          ("p", "0915 PC3120 ASSIGNED. 0940 ON SCENE. 1030 SARC BOOKED 1300.")], "INCIDENT_LOG")
    c.add("crime HD-26-07722.pdf", "pdf", [("title", "Crime report HD/26/07722"), ("kv", [("URN", urn), ("Offence", "Rape"),
          ("Victim", "CHEUNG-WALSH Naomi F29"), ("Suspect", "BEAUMONT Connor M33"), ("Date", "17-18/01/2026")])], "CRIME_REPORT")
    c.add("exhibits.pdf", "pdf", [("title", "Exhibit list MG12"), ("kv", [("URN", urn)]),
          ("table", ["Ref", "Item"], [["HG/1", "PNB PC GILL"], ["BA/2", "Interview audio"], ["BA/4", "Extraction report"], ["BA/5", "DPN"]], [20, 80])],
          "MG12")
    present = ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG2", "VPS", "DPN", "DIGITAL_EXTRACT", "FORENSIC", "INCIDENT_LOG",
               "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "digital_proportionality", "exhibits", "forensic_medical", "special_measures", "victim_care", "one_urn",
           "abe_recording", "multimedia"]
    c.expected(out, 0, present, [], mnf)


# ================================================================================================
# 6. Kilnsey Bay Constabulary - compliant. Domestic rape; 999 call audio, BWV, ABE; URN in boxes.
# ================================================================================================

def case_erskine(out):
    urn = "51KB0031526"
    c = Case(out, "ERSKINE 03-03", urn)
    pdf = _PDF(head=None, foot="URN 51KB0031526  -  OFFICIAL-SENSITIVE  -  page {n}")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    pdf.set_font("Body", "B", 13)
    pdf.cell(0, 8, "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 9)
    pdf.cell(14, 7, "URN", border=1)
    for part, w in (("51", 10), ("KB", 10), ("00315", 18), ("26", 10)):
        pdf.cell(w, 7, part, border=1, align="C")
    pdf.cell(6, 7, "")
    pdf.cell(0, 7, "Kilnsey Bay Constabulary - Domestic Abuse Investigation Team", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    boxes = [
        ("Defendant", "ERSKINE, Lee Martin  (36)  DOB 30/11/1989"),
        ("Offence", "Rape (s.1 SOA 2003) of his wife ERSKINE, Stacey, at their home 5 Gull Terrace, Kilnsey Bay, on Tues 3rd March 2026 between 22:30 and 23:05"),
        ("Decision sought", "Full code test. Suspect on bail; not a threshold case."),
        ("Officer in the case", "DC 958 Owen PRICE  Tel 01632 960958  Mobile 07700 900958  owen.price@kilnseybay.police.example"),
        ("Early advice", "Not sought - domestic case with complete evidence within a week; DI agreed EA unnecessary (03/04 log entry, MG6C item 2)."),
        ("Summary of evidence", "Stacey ERSKINE (34) says that after an argument about her wanting a divorce, her husband pinned her to the bed by her wrists and raped her. At 23:08 she ran in her nightdress to next door, 7 Gull Terrace, and told her neighbour Pauline VICKERS, who rang 999 at 23:14 (call audio GN/1). PC 3377 DAVIES arrived 23:26 wearing BWV (RD/1) which captures Stacey's demeanour and first account. FME Dr LUTTRELL found fingertip bruising to both wrists. Stacey's VRI on 04/03/26 (OP/1)."),
        ("Suspect's account", "Interviewed 04/03/26: accepts sex; says it was consensual 'make-up sex' after the row and she has invented the allegation to get the house in the divorce. Cannot explain the wrist bruising - 'she bruises easily'. Likely defence: consent."),
        ("Lines of enquiry", "a) Divorce / motive (points away): Stacey consulted a solicitor on 20/02/26 - she disclosed this herself. Letter from her solicitor confirming the date only is on MG6C item 10, marked as meeting the test and copied.\nb) Previous DA at the address: 2021 conviction (assault on Stacey) - bad character application to be considered by CPS. Log history on MG6C item 7.\nc) Children - none in household.\nd) Neighbour on other side (no. 3) - spoken to, heard shouting only; note MG6C item 9 (copy sent).\ne) Stacey's phone - not examined and not needed: she made no messages or calls about the incident before going next door; the suspect does not suggest any messages help him. A request would be neither necessary nor proportionate.\nf) Suspect's phone - not relevant to any issue; not examined."),
        ("Outstanding", "Forensic: none submitted - sex admitted. Nothing outstanding - no further enquiries are outstanding."),
        ("Medical", "FME examination 04/03/26 with Stacey's written consent, including consent to release of notes to CPS. FME statement in file."),
        ("Special measures / victim", "MG2 attached: screens, VRI as EiC, s.28 - Stacey says yes. Not vulnerable; no intermediary needed. Needs: none - no interpreter. IDVA and ISVA: referred 04/03/26 (ISVA Kilnsey Bay SV Service). VPS offered 04/03 and taken 10/03 - attached. DVPN/DVPO not needed as bail conditions apply."),
        ("Bail", "Pre-charge bail to 04/06/2026: not to enter Gull Terrace; no contact with Stacey ERSKINE; reside at his mother's address."),
        ("Disclosure", "MG6C, MG6D, MG6E attached. Strategy: no digital material sought from either party (reasons above)."),
        ("Supervision", "DS 3 Karen AMBROSE - reviewed and approved 11/03/2026"),
    ]
    for k, v in boxes:
        pdf.set_font("Body", "B", 9)
        pdf.cell(0, 6, k, border="LTR", new_x="LMARGIN", new_y="NEXT", fill=False)
        pdf.set_font("Body", "", 9)
        pdf.multi_cell(0, 4.8, v, border="LBR", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.output(str(c.dir / "MG3.pdf"))
    c.note("MG3.pdf", "MG3")

    make_wav(c.dir / "call_2314.wav", seconds=5)
    c.note("call_2314.wav", "CALL_999")
    make_video(c.dir / "BWV_0309.mp4", "AXN 3377 2026-03-03 23:26:04", seconds=4, kind="bwv")
    c.note("BWV_0309.mp4", "BWV")
    make_video(c.dir / "VID_20260304.mp4", "KBC VRI ROOM 1 04-03-2026 15:00", seconds=6)
    c.note("VID_20260304.mp4", "ABE_RECORDING")
    c.add("index.docx", "docx", [("title", "ABE - Index of Interview"),
          ("kv", [("URN", urn), ("Witness", "ERSKINE, Stacey"), ("By", "DC 958 PRICE"), ("Date", "Wednesday 4 March 2026 15:00"),
                  ("Recording", "OP/1 = VID_20260304.mp4, running time 6 seconds (00:00:06)")]),
          ("table", ["Time", "Topic"], [["00:00", "Intro"], ["00:01", "Argument about divorce in kitchen"],
                                         ["00:02", "Bedroom - he pinned her wrists, she said no, he raped her"],
                                         ["00:04", "Ran to Pauline's; 999"], ["00:05", "2021 assault; divorce solicitor; closure"]], [15, 85])],
          "ABE_SUMMARY")
    st = mg11(urn, "PRICE, Owen", "Over 18", "DC 958", [
        "On 04/03/2026 at 15:00 I conducted an ABE interview with Stacey ERSKINE at KBC VRI room 1. I produce the recording as OP/1 "
        "and the interview plan as OP/2. At 18:30 I interviewed Lee ERSKINE (audio OP/3)."], "04/03/2026", "(Sgd) O. Price DC958")
    c.add("PRICE Owen DC958.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "VICKERS, Pauline", "Over 18", "Retired", [
        "I live at 7 Gull Terrace. On Tuesday 3rd March at about ten past eleven at night someone hammered on my front door. It was "
        "Stacey from next door in her nightie with bare feet. She was crying and said 'he's raped me Pauline, Lee raped me'. I took her in "
        "and rang 999. She kept rubbing her wrists."], "03/03", "Signature: P Vickers [signed]", taken_by="PC 3377 DAVIES")
    c.add("VICKERS P.pdf", "pdf", st, "MG11", role="first_account")
    st = mg11(urn, "DAVIES, Rhiannon", "Over 18", "PC 3377 Response", [
        "At 23:15 on Tuesday 3rd March 2026 I was sent to 7 Gull Terrace following a 999 call. I arrived at 23:26 and was the first "
        "officer there. I was wearing body worn video which I activated on arrival; I produce the footage 23:26-23:48 as RD/1.",
        "Stacey ERSKINE was in the neighbour's lounge wrapped in a blanket. She told me her husband had held her wrists and raped her "
        "after they argued about a divorce. At 23:52 I arrested Lee ERSKINE at 5 Gull Terrace."], "04/03/2026",
        "Signed: R Davies PC 3377", head_style=2)
    c.add("DAVIES R PC3377.docx", "docx", st, "MG11", role="officer")
    st = mg11(urn, "NWOSU, Gareth", "Over 18", "Control room supervisor", [
        "I am a supervisor in the Kilnsey Bay force control room and I have access to recorded calls. On 05/03/2026 I downloaded the "
        "recording of the 999 call received at 23:14:02 on 03/03/2026 from 7 Gull Terrace (incident 0998). I produce it as GN/1 "
        "(file call_2314.wav). I also produce the incident log as GN/2."], "05/03/2026", "Signature: [signed]")
    c.add("NWOSU G.pdf", "pdf", st, "MG11", role="witness")
    st = mg11(urn, "LUTTRELL, Graham (Dr)", "Over 18", "Forensic Physician", [
        "At 02:30 on 04/03/2026 at Kilnsey Bay custody medical room (victim suite) I examined Stacey ERSKINE with her written consent. "
        "I found four oval bruises 1-1.5 cm on the inner aspect of each wrist, in a pattern consistent with fingertip pressure from "
        "a grip. I found no genital injury; absence of injury does not mean that non-consensual penetration did not occur."],
        "04/03/2026", "Signature: G Luttrell [signed]", head_style=1)
    c.add("FME LUTTRELL.pdf", "pdf", st, "MG11", role="expert")
    c.add("ROTI ERSKINE L.pdf", "pdf", [("title", "RECORD OF TAPED INTERVIEW"), ("kv", [("URN", urn), ("Interviewee", "ERSKINE, Lee Martin"),
          ("Date", "04/03/2026 18:30-19:12"), ("Officer", "DC 958 PRICE")]),
          ("p", "Summary: Accepts intercourse after an argument about divorce. Says it was consensual 'make-up sex'. Denies holding her "
                "wrists. 'She bruises easily.' Says she wants the house. Accepts 2021 conviction for assaulting her.")], "ROTI")
    c.add("PNC L ERSKINE.pdf", "pdf", pnc_suspect(urn, "Kilnsey Bay", "ERSKINE, Lee Martin", "30/11/1989", "05/443322B",
          [["09/08/2021", "Kilnsey Bay Magistrates", "Assault by beating (DA) - victim Stacey ERSKINE", "Community order, RAR 15 days"]],
          "04/03/2026"), "PNC")
    c.add("witness PNC.pdf", "pdf", pnc_witness(urn, [("ERSKINE, Stacey", "No trace"), ("VICKERS, Pauline", "No trace"),
          ("NWOSU, Gareth", "Police staff - not required")], "06/03/2026", "DC 958 PRICE"), "PNC")
    rows = [["1", "Incident log 0998 03/03/26 (GN/2)", "Sent - RP"], ["2", "Decision log incl. early advice decision", "Not disclosable"],
            ["3", "Crime report KB/26/03150", "Sent - RP"], ["4", "999 call audio GN/1", "Evidence"], ["5", "BWV RD/1", "Evidence"],
            ["6", "Custody record L ERSKINE", "Does not meet test"], ["7", "DA history print for 5 Gull Terrace 2019-2026", "Meets test - copy sent"],
            ["8", "ABE plan OP/2", "Does not meet test"], ["9", "Note: neighbour 3 Gull Terrace heard shouting 22:40", "Meets test - copy sent"],
            ["10", "Letter from Stacey's solicitor: first consultation 20/02/26", "Meets test - copy sent"], ["11", "Interview audio OP/3", "Does not meet test"]]
    c.add("MG6C sched.pdf", "pdf", [("title", "MG6C"), ("p", "Police schedule of non-sensitive unused material - R v ERSKINE - URN " + urn),
          ("table", ["No", "Description", "Comment"], rows, [8, 66, 26])], "MG6C")
    c.add("MG6C items 7 9 10.pdf", "pdf", [("title", "Copies - MG6C items 7, 9 and 10"), ("kv", [("URN", urn)]),
          ("p", "7: DA history - 2019 verbal argument (no offences), 2021 assault (convicted), no other calls."),
          ("p", "9: 3 Gull Terrace, Mr H. PAYNE 05/03 - heard raised voices about 22:40, nothing else."),
          ("p", "10: Letter, Quayside Family Law 09/03/26 - 'our client first consulted us on 20 February 2026'.")], ["OTHER", "MG6C"])
    c.add("MG6D sched.pdf", "pdf", [("title", "MG6D"), ("p", "Police schedule of sensitive material - URN " + urn),
          ("table", ["No", "Description", "Reason"], [["1", "DASH risk assessment 04/03/26", "Safeguarding - sensitive"],
                                                      ["2", "MARAC referral", "Multi-agency - sensitive"], ["3", "FME notes (consent given)", "Medical"]], [8, 62, 30])], "MG6D")
    c.add("MG6E.docx", "docx", [("title", "MG6E Disclosure Officer's Report"), ("kv", [("URN", urn)]),
          ("p", "Undermining material: divorce solicitor letter (item 10) - supplied. DC 958 PRICE [signed] 11/03/2026")], "MG6E")
    c.add("MG2 ERSKINE S.docx", "docx", [("title", "MG2 Special Measures"), ("kv", [("URN", urn), ("Witness", "ERSKINE, Stacey"),
          ("Grounds", "s.17(4)"), ("Sought", "screens; VRI EiC"), ("s.28", "Yes - wants pre-recorded cross-examination"), ("Intermediary", "Not needed")])], "MG2")
    c.add("VPS S ERSKINE.pdf", "pdf", [("title", "Victim Personal Statement"), ("kv", [("URN", urn), ("Name", "ERSKINE, Stacey")]),
          ("p", "I am living with my sister. I can't go back to the house."), ("p", "Signed S Erskine [signed] 10/03/2026")], "VPS")
    c.add("Incident 0998.txt", "txt", [("p", "KILNSEY BAY CONSTABULARY  INCIDENT 0998  03/03/2026   URN " + urn),
          ("table", ["Time", "Text"], [["23:14", "999 FROM NEIGHBOUR 7 GULL TCE - FEMALE FROM NO 5 SAYS HUSBAND RAPED HER"],
                                        ["23:15", "IMMEDIATE. PC3377 ASSIGNED"], ["23:26", "PC3377 ON SCENE BWV ON"], ["23:52", "MALE ARRESTED"]], [10, 90])],
          "INCIDENT_LOG")
    c.add("crime KB-26-03150.pdf", "pdf", [("title", "CRIME REPORT"), ("kv", [("Crime no", "KB/26/03150"), ("URN", urn), ("Offence", "Rape (DA)"),
          ("Victim", "ERSKINE, Stacey F34"), ("Suspect", "ERSKINE, Lee M36"), ("Date", "03/03/2026")])], "CRIME_REPORT")
    c.add("MG12.docx", "docx", [("title", "EXHIBIT LIST"), ("kv", [("URN", urn)]),
          ("table", ["Ref", "Description", "Producer"], [["GN/1", "999 call audio 23:14 03/03/26 (call_2314.wav)", "NWOSU"],
                                                         ["GN/2", "Incident log 0998", "NWOSU"], ["RD/1", "BWV 23:26-23:48 (BWV_0309.mp4)", "DAVIES"],
                                                         ["OP/1", "VRI Stacey ERSKINE (VID_20260304.mp4)", "PRICE"], ["OP/2", "ABE plan", "PRICE"],
                                                         ["OP/3", "Suspect interview audio", "PRICE"]])], "MG12")
    present = ["MG3", "ABE_RECORDING", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG6E", "MG2", "VPS", "CALL_999",
               "BWV", "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "key_statements", "officer_statement",
           "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia",
           "exhibits", "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(out, 0, present, [], mnf)


def simple_support(c, urn, force, susp, pnc_rows, witnesses, officer, mg6c_rows, inc_text, crime_kv, mg12_rows,
                   with_pnc=True):
    """The routine documents a hurried small-force file still carries."""
    if with_pnc:
        c.add("PNC suspect.pdf", "pdf", pnc_suspect(urn, force, susp[0], susp[1], susp[2], pnc_rows, susp[3]), "PNC")
    c.add("PNC wits.pdf", "pdf", pnc_witness(urn, witnesses, susp[3], officer), "PNC")
    c.add("MG6C.pdf", "pdf", [("title", "MG6C - Police Schedule of Non-Sensitive Unused Material"), ("kv", [("URN", urn)]),
          ("table", ["Item", "Description", "DO comment"], mg6c_rows, [8, 66, 26]), ("p", "Disclosure officer: " + officer + " [signed]")], "MG6C")
    c.add("MG6D.pdf", "pdf", [("title", "MG6D - Police Schedule of Sensitive Material"), ("kv", [("URN", urn)]),
          ("table", ["Item", "Description", "Reason"], [["1", "ISVA referral form and victim contact details", "Personal data"],
                                                        ["2", "SARC referral and notes", "Medical - complainant"]], [8, 62, 30])], "MG6D")
    c.add("incident log.txt", "txt", [("p", force.upper() + " - INCIDENT LOG - URN " + urn)] + [("p", t) for t in inc_text], "INCIDENT_LOG")
    c.add("crime report.pdf", "pdf", [("title", "Crime Report"), ("kv", [("URN", urn)] + crime_kv)], "CRIME_REPORT")
    c.add("MG12.pdf", "pdf", [("title", "MG12 Exhibit List"), ("kv", [("URN", urn)]),
          ("table", ["Ref", "Description"], mg12_rows, [18, 82])], "MG12")


# ================================================================================================
# 7. Pennick Vale Police - FAULTY. MG3 boxes answered "See attached", "As per MG5", "N/A - see below".
#    Planted: lines_of_enquiry, outstanding_dated, forensic_medical.
# ================================================================================================

def case_pennick(out):
    urn = "44PV0447126"
    c = Case(out, "Crime 4471-26", urn)
    mg3 = [
        ("p", "MG3                                                         OFFICIAL-SENSITIVE (when complete)"),
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("table", ["Box", "Entry"], [
            ["URN", urn],
            ["Suspect", "FLINT, Aaron Jay (28)"],
            ["Offence", "Rape s.1 SOA 2003 - Sun 12/04/26 approx 03:00 - 41 Orchard Close, Pennick (IP's flat)"],
            ["Decision requested", "FCT - full code test"],
            ["Early advice sought?", "N/A - see below. Not sought: single suspect, all statements obtained within 3 weeks; DS agreed 15/04."],
            ["OIC", "DC 2044 Lauren BIRCH, Pennick Vale CID. 01632 960244 / lauren.birch@pennickvale.police.example"],
            ["Summary of evidence", "As per MG5"],
            ["Suspect account", "Interviewed 13/04/26. Accepts he stayed at IP's flat after a night out but says they had sex with her agreement, "
                                "and she only complained after her boyfriend found out. Defence: consent."],
            ["Reasonable lines of enquiry", "See attached"],
            ["Outstanding evidence", "Toxicology from IP's blood/urine samples (SARC) - awaited from lab.\nStatement from taxi firm - requested.\nWill forward on receipt."],
            ["Forensic / medical", "SARC 12/04. IP consented to release of SARC notes (MG11 rear). Tox awaited - see above."],
            ["Special measures", "MG2 attached - screens; IP wants s.28; no intermediary needed (no communication needs)."],
            ["Victim needs / ISVA / VPS", "No interpreter. ISVA referral 12/04 (accepted). VPS offered 20/04 - declined at this stage, may make one later."],
            ["Disclosure", "MG6C / MG6D attached. No devices examined - IP was not asked for her phone as nothing suggests relevant messages."],
            ["Bail", "Bail to 13/07/26 - no contact with IP, not to enter Orchard Close."],
            ["Supervisor", "DS 96 T. HALLORAN - 05/05/2026 - agreed for submission"]], [28, 72]),
        ("p", "Attachments: MG5, MG6C, MG6D, MG2, statements x4, ROTI, PNC x2"),
    ]
    c.add("MG3 FLINT.docx", "docx", mg3, "MG3")
    mg5 = [("title", "MG5 - CASE SUMMARY"), ("kv", [("URN", urn), ("R v", "FLINT")]),
           ("p", "On Saturday 11/04/26 IP Jade NOLAN (22) was out in Pennick town centre with friends including Chloe ASHER. At "
                 "about 01:30 on 12/04 she got a taxi home with FLINT, a friend of a friend, who asked to sleep on her sofa. She "
                 "went to bed alone. She woke at about 03:00 to find FLINT in her bed having sex with her. She pushed him off and "
                 "told him to get out. He left. At 03:20 she rang Chloe ASHER and told her. She reported to police at 10:05 (log 0233). "
                 "PC 781 GRAY attended. IP attended SARC. FLINT was arrested at 14:10 on 12/04 and interviewed 13/04."),
           ("p", "Key witnesses: IP (written statement - she did not want a video interview), Chloe ASHER (first account), PC GRAY "
                 "(first officer), Tom REID (IP's neighbour - saw FLINT leave at 03:10).")]
    c.add("MG5.pdf", "pdf", mg5, "MG5")
    st = mg11(urn, "NOLAN, Jade", "Over 18", "Barista", [
        "On Saturday 11th April 2026 I went out in Pennick with Chloe and some others. Aaron FLINT was with the group; I have "
        "met him twice before through Chloe's brother.",
        "At about half one we shared a taxi and he asked if he could crash on my sofa because he'd missed the last bus to "
        "Tregarth. I said yes. I gave him a blanket and I went to bed on my own and shut my door.",
        "I woke up because someone was on top of me. It was Aaron. He was having sex with me. I had been asleep. I pushed him "
        "and said 'what are you doing, get out'. He got off and said 'sorry, sorry' and left.",
        "I never agreed to have sex with him. I was asked whether I wanted to be video recorded and I chose a written statement."],
        "12/04/2026", "Signature: [signed]", taken_by="DC 2044 BIRCH",
        rear=[("Contact", "07700 900322"), ("Medical", "I consent to my SARC notes being given to police and CPS - signed J Nolan"),
              ("VPS", "offered 20/04 - not now"), ("Special measures", "see MG2")])
    c.add("Jade NOLAN.pdf", "pdf", st, "MG11", role="complainant")
    st = mg11(urn, "Chloe ASHER", "Over 18", "Student", [
        "At about twenty past three on Sunday 12th April my phone went and it was Jade. She was crying and said 'Aaron's just had "
        "sex with me while I was asleep'. I told her to lock the door and I'd come round in the morning."], "13/04/26",
        "(Sgd) C Asher", taken_by="PC 781 GRAY")
    c.add("Chloe A.docx", "docx", st, "MG11", role="first_account")
    st = mg11(urn, "GRAY, Martin", "Over 18", "PC 781", [
        "At 10:30 on 12/04/2026 I attended 41 Orchard Close (log 0233) and was the first officer to deal. Jade NOLAN told me a man "
        "called Aaron had had sex with her while she was asleep. I arranged SARC and secured her bedding, which I produce as MG/1."],
        "12/04/2026", "Signed M Gray PC781", head_style=2)
    c.add("PC GRAY.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "REID Thomas", "Over 18", "Postman", [
        "I live at 43 Orchard Close. At about ten past three on Sunday morning 12th April I was up with my baby and saw a man in "
        "a white hoodie come out of number 41 quickly and walk off towards the main road."], "14/04/2026", "Signature: T. Reid [signed]")
    c.add("T REID.pdf", "pdf", st, "MG11", role="witness")
    c.add("ROTI FLINT.pdf", "pdf", [("title", "Record of Taped Interview"), ("kv", [("URN", urn), ("Name", "FLINT Aaron"), ("Date", "13/04/2026")]),
          ("p", "Accepts staying at the flat. Says Jade invited him into her bedroom and they had sex; she was awake. Says she panicked "
                "because her boyfriend would find out. Denies leaving in a hurry.")], "ROTI")
    c.add("MG2.pdf", "pdf", [("title", "MG2 Special Measures Assessment"), ("kv", [("URN", urn), ("Witness", "NOLAN Jade"),
          ("Measures", "screens"), ("s.28", "yes"), ("Intermediary", "no - not needed")])], "MG2")
    simple_support(c, urn, "Pennick Vale Police", ("FLINT, Aaron Jay", "02/06/1997", "14/55321C", "13/04/2026"), [],
                   [("NOLAN Jade", "No trace"), ("ASHER Chloe", "No trace"), ("REID Thomas", "No trace")], "DC 2044 BIRCH",
                   [["1", "Log 0233 12/04/26", "Sent (RP)"], ["2", "Crime report PV/26/4471", "Sent (RP)"],
                    ["3", "Custody record FLINT", "Does not meet test"], ["4", "Interview audio 13/04", "Does not meet test"],
                    ["5", "MG21 submission - IP blood/urine", "Does not meet test"]],
                   ["10:05 12/04/26 FEMALE REPORTS MALE FRIEND HAD SEX WITH HER WHILE ASLEEP AT HER FLAT 0300 HRS",
                    "10:30 PC781 ON SCENE", "11:40 SARC BOOKED"],
                   [("Offence", "Rape"), ("Victim", "NOLAN Jade F22"), ("Suspect", "FLINT Aaron M28")],
                   [["MG/1", "Bedding from IP's bed"], ["MG/2", "IP blood and urine samples (SARC)"]])
    present = ["MG3", "MG5", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "MG2", "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account", "complainant_account", "key_statements",
           "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d",
           "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop", "special_measures", "victim_care",
           "files_readable", "one_urn", "abe_recording"]
    c.expected(out, 1, present, ["lines_of_enquiry", "outstanding_dated", "forensic_medical"], mnf)


# ================================================================================================
# 8. Sedgebrook Constabulary - FAULTY. ABE referred to and exhibited but not in the folder;
#    first account named only as "a colleague at work", no statement. Planted: abe_recording, key_statements.
# ================================================================================================

def case_sedge(out):
    urn = "09SB0061126"
    c = Case(out, "bundle_0611", urn)
    mg3 = [
        ("title", "MG3"), ("p", "Report to Crown Prosecutor for Charging Decision  -  Sedgebrook Constabulary"),
        ("kv", [("URN", urn), ("Suspect", "Kyle DORAN, 40"), ("Offence", "Sexual assault (s.3 SOA 2003) x2 and attempted rape (s.1), "
                "staff room and car park, Brindle's Garden Centre, Sedgebrook, Fri 06/02/2026"), ("Decision", "Full Code Test"),
                ("OIC", "DC 505 Anita KOWALCZYK - 01632 960505 - anita.kowalczyk@sedgebrook.police.example"),
                ("EA", "Early advice sought 20/02/2026; advice of 02/03/2026 actioned."), ("Bail", "RUI since 09/02/26 - no risk indicators; "
                "suspect dismissed by employer and lives in another town."), ("Supervisor", "DS 77 P. LEE endorsed 30/03/2026")]),
        ("h", "Summary"), ("p", "IP Freya HOLM (23) and DORAN (her shift supervisor) were closing up on 06/02. She says he groped her breasts "
              "in the staff room, then in the car park pushed her against her car, pulled at her leggings and tried to penetrate her. She "
              "got into her car and drove off. The next morning she told a colleague at work what had happened and the colleague "
              "persuaded her to report it. ABE/VRI 09/02/2026 by DC KOWALCZYK, exhibit AK/1 - copy supplied with this file."),
        ("h", "Suspect"), ("p", "Interviewed 09/02/26: denies any touching; says she is angry he reported her for lateness. Defence: fabrication."),
        ("h", "Lines of enquiry"), ("p", "1. Garden centre CCTV: cameras cover the tills only; car park camera not working since December (manager's "
              "email, MG6C 4) - no footage exists.\n2. Motive (points away): DORAN's lateness report on IP dated 02/02 - obtained, MG6C 5 (meets "
              "test, copy sent). IP accepts it.\n3. Other staff on shift - rota shows only the two of them after 17:30.\n4. IP's phone - not "
              "examined: she made no calls or messages about it; not a reasonable line.\n5. DORAN's car/phone - not relevant, not pursued."),
        ("h", "Outstanding"), ("p", "None - no further enquiries are outstanding. No forensic or medical evidence (no SARC: no penetration; "
              "IP declined medical)."),
        ("h", "Victim"), ("p", "Special measures: VRI EiC, screens, s.28 wanted; no intermediary needed. ISVA referral 09/02 accepted. VPS offered "
              "09/02 - made 30/03 (attached). No interpreter or other needs."),
        ("h", "Disclosure"), ("p", "MG6C, MG6D. No digital material sought (reasons above).")]
    c.add("MG3 DORAN.pdf", "pdf", mg3, "MG3", foot="page {n}")
    c.add("ABE summary HOLM.docx", "docx", [("title", "Summary of Video Interview"), ("kv", [("URN", urn), ("Witness", "HOLM, Freya"),
          ("Exhibit", "AK/1"), ("Date", "09/02/2026 11:00"), ("Duration", "47 min")]),
          ("p", "IP describes DORAN squeezing her breasts in the staff room at about 17:50, then following her to the car park, pinning her "
                "against her car, pulling her leggings down and trying to push his penis into her vagina. She kneed him and got away. She "
                "told a workmate the next morning.")], "ABE_SUMMARY")
    st = mg11(urn, "KOWALCZYK, Anita", "Over 18", "DC 505", [
        "On 09/02/2026 at 11:00 I conducted a video recorded interview with Freya HOLM. I produce the recording as exhibit AK/1. "
        "A digital copy has been supplied with the file. I produce my interview plan as AK/2."], "09/02/2026", "Signature: [signed]")
    c.add("DC KOWALCZYK.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "MOSES, Dean", "Over 18", "PC 1204", [
        "At 09:40 on 07/02/2026 I attended Brindle's Garden Centre (log 0120) and was the first officer to deal with Freya HOLM. She "
        "told me her supervisor Kyle had grabbed her chest and then tried to rape her in the car park the evening before."],
        "07/02/2026", "Signed: D. Moses PC1204")
    c.add("PC MOSES.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "Oliver TANG", "Over 18", "Garden centre manager", [
        "I am the manager of Brindle's Garden Centre. The staff rota for 06/02/2026 shows Kyle DORAN and Freya HOLM as the closing "
        "staff from 17:30. The car park camera has not worked since December 2025. On 02/02/2026 Kyle gave me a written report about "
        "Freya being late."], "12/02/2026", "Signature: O Tang [signed]")
    c.add("manager.docx", "docx", st, "MG11", role="witness")
    c.add("ROTI DORAN.pdf", "pdf", [("title", "ROTI"), ("kv", [("URN", urn), ("Name", "DORAN Kyle"), ("Date", "09/02/2026")]),
          ("p", "Denies touching IP at all. Says they locked up and left separately. Says she is making it up because he reported her lateness.")], "ROTI")
    c.add("VPS.pdf", "pdf", [("title", "VICTIM PERSONAL STATEMENT"), ("kv", [("URN", urn), ("Name", "Freya HOLM")]),
          ("p", "I left my job. I can't park in a dark car park."), ("p", "Signed F Holm [signed] 30/03/2026")], "VPS")
    simple_support(c, urn, "Sedgebrook Constabulary", ("DORAN, Kyle", "17/03/1985", "no CRO", "09/02/2026"), [],
                   [("HOLM Freya", "No trace"), ("TANG Oliver", "No trace")], "DC 505 KOWALCZYK",
                   [["1", "Log 0120 07/02/26", "Sent (RP)"], ["2", "Crime report SB/26/0611", "Sent (RP)"],
                    ["3", "ABE plan AK/2", "Does not meet test"], ["4", "Manager's email - car park camera broken since Dec 2025", "Does not meet test"],
                    ["5", "DORAN's lateness report on IP dated 02/02/26", "Meets test - copy sent"], ["6", "Staff rota 06/02/26", "Does not meet test"]],
                   ["09:12 07/02/26 CALLER BRINDLES GARDEN CENTRE - STAFF MEMBER REPORTS SEX ASSAULT BY SUPERVISOR LAST NIGHT", "09:40 PC1204 AT SCENE"],
                   [("Offence", "Attempted rape; sexual assault"), ("Victim", "HOLM Freya F23"), ("Suspect", "DORAN Kyle M40")],
                   [["AK/1", "VRI Freya HOLM 09/02/26"], ["AK/2", "ABE plan"]])
    c.add("MG6C item 5.pdf", "pdf", [("title", "Copy - MG6C item 5"), ("kv", [("URN", urn)]),
          ("p", "Lateness report by K. DORAN 02/02/2026: 'Freya HOLM late 3 times in January, verbal warning given.'")], ["OTHER", "MG6C"])
    present = ["MG3", "ABE_SUMMARY", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "VPS", "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "abe_summary", "abe_exhibited", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "dig_prop",
           "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn"]
    c.expected(out, 1, present, ["abe_recording", "key_statements"], mnf)


# ================================================================================================
# 9. Tarnside (national-unit assisted) - FAULTY. Complainant's phone fully downloaded without a DPN;
#    vague MG6C entries. Planted: dig_dpn, dig_prop, schedule_descriptions.
# ================================================================================================

def case_tarn(out):
    urn = "27TS0090226"
    c = Case(out, "Download_case_KV", urn)
    mg3 = [
        ("p", "From: Sgt 60 Ryan COLE <ryan.cole@tarnside.police.example>  Sent: Fri 08/05/2026 18:07\n"
              "To: CPS RASSO <rasso@cps.example>\nSubject: MG3 - VANCE - 27TS0090226"),
        ("p", "MG3 below (typed quickly - sorry, off on leave Monday)."),
        ("title", "MG3 Report to Crown Prosecutor"),
        ("kv", [("URN", urn), ("Suspect", "VANCE, Kieran (24)"), ("Offence", "Rape s.1 SOA 2003 on 21/03/2026 at 8 Mill Lane, Tarnside"),
                ("Test", "Full Code Test requested"), ("OIC", "PC 2290 Lucy ARDEN, Tarnside Safeguarding - 01632 960229 - lucy.arden@tarnside.police.example"),
                ("Early advice", "Not sought - quick-time investigation, all evidence obtained by 30/04."),
                ("Bail", "Bail to 21/06/26 - no contact with IP"), ("Supervisor", "Sgt 60 COLE - reviewed 08/05/2026")]),
        ("h", "Summary"), ("p", "IP Megan OKORO (20) and VANCE had been seeing each other for two weeks. After a party on 21/03 she went back to "
              "his room at 8 Mill Lane, said she did not want sex and fell asleep; she woke to him raping her. She left at 04:00 and told "
              "her mum Grace OKORO when she got home. Reported 22/03."),
        ("h", "Suspect account"), ("p", "Interviewed 23/03: consensual; they had sex earlier in the week too; she was awake."),
        ("h", "Lines of enquiry"), ("p", "IP's phone seized 23/03 and a full download was requested from the national digital unit (NDFU) to check "
              "for anything relevant - report back 28/04, in file. Nothing undermining. Suspect's phone: messages with IP - nothing of note. "
              "Housemates at Mill Lane (2) - both asleep, heard nothing (MG6C). Mill Lane is a terrace, no CCTV."),
        ("h", "Outstanding"), ("p", "Nothing outstanding."),
        ("h", "Medical"), ("p", "SARC 22/03 - IP consented to release of notes. No injuries. DNA not needed (sex admitted)."),
        ("h", "Victim"), ("p", "Special measures: screens, s.28 yes (asked 22/03), no intermediary needed. ISVA referral 22/03. VPS offered 22/03 - "
              "will make later. Needs: none.")]
    c.add("email MG3 VANCE.docx", "docx", mg3, "MG3")
    st = mg11(urn, "OKORO, Megan", "Over 18", "Student nurse", [
        "I had been seeing Kieran VANCE for about two weeks. On Saturday 21st March 2026 after a party I went back to his room at 8 Mill "
        "Lane. I told him I was tired and didn't want sex tonight. He said okay. I fell asleep in my clothes.",
        "I woke up and my jeans were off and he was having sex with me. I said 'Kieran stop' and he did. I got dressed and walked home. "
        "I woke my mum and told her.",
        "On 23rd March the police took my phone. I was told they needed to download it. I got it back on 29th April."],
        "23/03/2026", "Signature: M. Okoro [signed]", taken_by="PC 2290 ARDEN")
    c.add("M OKORO stmt.pdf", "pdf", st, "MG11", role="complainant")
    st = mg11(urn, "OKORO, Grace", "Over 18", "Bus driver", [
        "At about 4:30am on Sunday 22nd March 2026 my daughter Megan woke me. She was crying and said 'Mum, Kieran had sex with me while I "
        "was asleep'. I rang the police in the morning."], "22/03/2026", "Signed: G. Okoro")
    c.add("mum.docx", "docx", st, "MG11", role="first_account")
    st = mg11(urn, "ARDEN, Lucy", "Over 18", "PC 2290", [
        "At 09:15 on 22/03/2026 I attended the OKORO home (log 0301) and was the first officer there. Megan told me Kieran VANCE had had "
        "sex with her while she was asleep. I arranged SARC.",
        "On 23/03/2026 I seized Megan's iPhone as LA/1 and sent it to the NDFU with a request for a full download."],
        "24/03/2026", "Signature: L Arden [signed]", head_style=1)
    c.add("PC ARDEN.pdf", "pdf", st, "MG11", role="officer")
    st = mg11(urn, "SOKOL, Piotr", "Over 18", "Detective Constable 4410, digital forensic investigator, National Digital Forensics Unit (NDFU)", [
        "I am a police officer seconded to the NDFU. On 25/03/2026 I received exhibit LA/1, an iPhone, with a request for a full download of all data on the handset. I carried out a "
        "full file system extraction and produced a report for the OIC covering all messages, photos, call logs, internet history, "
        "location data and deleted items. I produce my report as PS/1."], "28/04/2026", "Signature: [signed]")
    c.add("NDFU Sokol.pdf", "pdf", st, "MG11", role="officer")
    c.add("NDFU request form.pdf", "pdf", [("title", "National Digital Forensics Unit - Examination Request"),
          ("kv", [("URN", urn), ("Requesting officer", "PC 2290 ARDEN"), ("Exhibit", "LA/1 iPhone (complainant)"),
                  ("Examination required", "Full download - all data"), ("Date range", "All"), ("Reason", "Rape investigation - check for anything relevant"),
                  ("Date", "23/03/2026")])], ["DIGITAL_EXTRACT", "OTHER"])
    c.add("PS1 extraction report.pdf", "pdf", [("title", "Extraction Report PS/1"), ("kv", [("URN", urn), ("Device", "LA/1 iPhone 14"),
          ("Type", "Full file system extraction"), ("Data", "All - 48,112 messages, 9,840 images, web history, location, deleted")]),
          ("p", "Reviewed by OIC: no messages with VANCE after 21/03 except 'are you ok' (VANCE 22/03 11:02). Nothing undermining.")], "DIGITAL_EXTRACT")
    c.add("ROTI VANCE.pdf", "pdf", [("title", "ROTI"), ("kv", [("URN", urn), ("Name", "VANCE Kieran"), ("Date", "23/03/2026")]),
          ("p", "Says sex consensual, she was awake and 'into it'; they had slept together earlier that week.")], "ROTI")
    c.add("PNC suspect.pdf", "pdf", pnc_suspect(urn, "Tarnside", "VANCE, Kieran", "05/05/2001", "no CRO", [], "23/03/2026"), "PNC")
    c.add("PNC wits.pdf", "pdf", pnc_witness(urn, [("OKORO Megan", "No trace"), ("OKORO Grace", "No trace")], "30/04/2026", "PC 2290"), "PNC")
    c.add("MG6C.pdf", "pdf", [("title", "MG6C"), ("kv", [("URN", urn)]),
          ("table", ["Item", "Description", "Comment"], [["1", "Crime report TS/26/0902", "Sent"], ["2", "Log 0301 22/03/26", "Sent"],
                                                          ["3", "Misc paperwork", "NDT"], ["4", "Various notes", "NDT"], ["5", "Emails", "NDT"],
                                                          ["6", "Housemates x2 - notes", "NDT"], ["7", "Other documents", "NDT"]], [8, 66, 26])], "MG6C")
    c.add("MG6D.pdf", "pdf", [("title", "MG6D"), ("kv", [("URN", urn)]), ("p", "1. ISVA referral - personal data. 2. SARC notes - medical.")], "MG6D")
    c.add("log 0301.txt", "txt", [("p", "TARNSIDE LOG 0301 22/03/2026 " + urn), ("p", "08:50 MOTHER REPORTS DAUGHTER RAPED WHILE ASLEEP BY BOYFRIEND LAST NIGHT"),
          ("p", "09:15 PC2290 ON SCENE")], "INCIDENT_LOG")
    c.add("crime.pdf", "pdf", [("title", "Crime report TS/26/0902"), ("kv", [("URN", urn), ("Offence", "Rape"), ("Victim", "OKORO Megan F20")])], "CRIME_REPORT")
    c.add("MG12.pdf", "pdf", [("title", "MG12"), ("kv", [("URN", urn)]), ("table", ["Ref", "Item"], [["LA/1", "iPhone (IP)"], ["PS/1", "Extraction report"]], [20, 80])], "MG12")
    present = ["MG3", "MG11", "ROTI", "PNC", "MG6C", "MG6D", "DIGITAL_EXTRACT", "INCIDENT_LOG", "CRIME_REPORT", "MG12"]
    mnf = ["mg3_present", "test_sought", "early_advice", "oic_contact", "suspect_account", "outstanding_dated", "complainant_account",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
           "mg6d", "forensic_medical", "special_measures", "files_readable", "one_urn", "abe_recording"]
    c.expected(out, 1, present, ["dig_dpn", "dig_prop", "schedule_descriptions"], mnf)


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for f in CASES:
        f(out)


CASES = [case_kestrel, case_npu, case_moss, case_hargreaves, case_scanpack, case_erskine, case_pennick, case_sedge, case_tarn]

if __name__ == "__main__":
    main()
