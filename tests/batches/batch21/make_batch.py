#!/usr/bin/env python3
"""batch21: a RASSO unit gatekeeper's week. Ten synthetic case folders (seven compliant, three faulty).

Usage: python make_batch.py OUTDIR
Deterministic: seeded randomness, fixed dates, fixed zip timestamps, fixed PDF creation dates.
All names, places, numbers and forces are invented.
"""
import datetime
import io
import json
import math
import os
import random
import shutil
import sys
import textwrap
import wave
import zipfile

import av
import numpy as np
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm
import openpyxl
from openpyxl.styles import Font as XFont, Alignment, Border, Side
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject,
                           StreamObject, TextStringObject, BooleanObject)

FD = "/usr/share/fonts/truetype/dejavu/"
SANS, SANSB, MONO, SERIF, SERIFI = (FD + "DejaVuSans.ttf", FD + "DejaVuSans-Bold.ttf", FD + "DejaVuSansMono.ttf",
                                    FD + "DejaVuSerif.ttf", FD + "DejaVuSerif-Italic.ttf")
FIXED = datetime.datetime(2026, 11, 27, 9, 0, 0, tzinfo=datetime.timezone.utc)
RNG = random.Random(2126)
ZIPDATE = (2026, 11, 27, 9, 0, 0)

DECL = ("This statement (consisting of {n} page(s) each signed by me) is true to the best of my knowledge and "
        "belief and I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if "
        "I have wilfully stated in it anything which I know to be false, or do not believe to be true.")


# --------------------------------------------------------------------------- registry of written files
class Folder:
    def __init__(self, root, name, stage, exit_code, must_fail, must_not_fail):
        self.name, self.stage, self.exit = name, stage, exit_code
        self.must_fail, self.must_not_fail = must_fail, must_not_fail
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir, exist_ok=True)
        self.docs = []

    def p(self, fname):
        return os.path.join(self.dir, fname)

    def add(self, fname, typ, role=None, present=True):
        d = {"name": fname, "type": typ}
        if role:
            d["role"] = role
        self.docs.append((d, present))

    def finish(self, root):
        types = set()
        for d, present in self.docs:
            if present and isinstance(d["type"], str):  # a list of acceptable types is not asserted as present
                types.add(d["type"])
        exp = {"case": self.name, "stage": self.stage, "exit": self.exit, "present_types": sorted(types),
               "must_fail": self.must_fail, "must_not_fail": self.must_not_fail,
               "docs": [d for d, _ in self.docs]}
        if self.exit is None:
            del exp["exit"]
        with open(os.path.join(root, self.name + ".expected.json"), "w") as f:
            json.dump(exp, f, indent=2)
            f.write("\n")


# --------------------------------------------------------------------------- text PDF
class Doc(FPDF):
    head_l = head_r = foot = ""
    page_of = True
    fontname = "S"

    def header(self):
        if self.head_l or self.head_r:
            self.set_font(self.fontname, "", 7.5)
            self.set_text_color(80, 80, 80)
            self.cell(95, 4, self.head_l)
            self.cell(0, 4, self.head_r, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font(self.fontname, "", 7.5)
        self.set_text_color(80, 80, 80)
        txt = self.foot
        if self.page_of:
            txt = (txt + "    " if txt else "") + f"Page {self.page_no()} of {{nb}}"
        self.cell(0, 4, txt, align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(head_l="", head_r="", foot="", page_of=True, mono=False, serif=False, margin=15):
    pdf = Doc(format="A4")
    pdf.fontname = "M" if mono else ("R" if serif else "S")
    if pdf.fontname == "S":
        pdf.add_font("S", "", SANS)
        pdf.add_font("S", "B", SANSB)
    elif pdf.fontname == "M":
        pdf.add_font("M", "", MONO)
        pdf.add_font("M", "B", MONO)
    else:
        pdf.add_font("R", "", SERIF)
        pdf.add_font("R", "I", SERIFI)
        pdf.add_font("R", "B", SANSB)
    pdf.head_l, pdf.head_r, pdf.foot, pdf.page_of = head_l, head_r, foot, page_of
    pdf.set_margins(margin, 14, margin)
    pdf.set_auto_page_break(True, 16)
    pdf.set_creation_date(FIXED)
    pdf.set_creator("batch21 generator")
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def render_blocks(pdf, blocks, size=9.5):
    fn = pdf.fontname
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fn, "B", size + 4)
            pdf.multi_cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(1.5)
            pdf.set_font(fn, "B", size + 1)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(fn, "", size)
            pdf.multi_cell(0, 4.6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "line":
            pdf.set_font(fn, "", size)
            pdf.cell(0, 4.4, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "kv":
            pdf.set_font(fn, "", size)
            w1 = b[2] if len(b) > 2 else 55
            for k, v in b[1]:
                pdf.set_font(fn, "B", size)
                y0 = pdf.get_y()
                lines = pdf.multi_cell(pdf.epw - w1, 4.8, v or " ", dry_run=True, output="LINES")
                h = 4.8 * max(1, len(lines)) + 1
                if y0 + h > pdf.page_break_trigger:
                    pdf.add_page()
                    y0 = pdf.get_y()
                pdf.multi_cell(w1, h, k, border=1, new_x="RIGHT", new_y="TOP", max_line_height=4.8)
                pdf.set_font(fn, "", size)
                pdf.multi_cell(pdf.epw - w1, 4.8, v or " ", border=1, new_x="LMARGIN", new_y="NEXT",
                               padding=(0.5, 1, 0.5, 1))
                pdf.set_y(max(pdf.get_y(), y0 + h))
            pdf.ln(1.5)
        elif kind == "t":
            heads, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 else None
            pdf.set_font(fn, "", size - 1)
            from fpdf.fonts import FontFace
            with pdf.table(col_widths=widths, line_height=4.4, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), repeat_headings=1) as t:
                r = t.row()
                for hcell in heads:
                    r.cell(hcell)
                for row in rows:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
        elif kind == "sig":
            pdf.ln(2)
            pdf.set_font(fn, "", size)
            pdf.cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "script":  # a signature drawn in an italic serif (the file copy of a signed page)
            pdf.set_font(fn, "", size)
            pdf.cell(22, 7, b[1])
            if "rI" not in pdf.fonts:
                pdf.add_font("R", "I", SERIFI)
            pdf.set_font("R", "I", 15)
            pdf.cell(70, 7, b[2])
            pdf.set_font(fn, "", size)
            pdf.cell(0, 7, b[3] if len(b) > 3 else "", new_x="LMARGIN", new_y="NEXT")
        elif kind == "br":
            pdf.add_page()
        elif kind == "sp":
            pdf.ln(b[1] if len(b) > 1 else 3)


def pdf_text(path, blocks, size=9.5, **kw):
    pdf = new_pdf(**kw)
    render_blocks(pdf, blocks, size)
    pdf.output(path)


# --------------------------------------------------------------------------- blocks to plain lines
def blocks_to_lines(blocks, width=88):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "h"):
            out.append(("B", b[1]))
        elif k == "p":
            for ln in textwrap.wrap(b[1], width) or [""]:
                out.append(("", ln))
            out.append(("", ""))
        elif k in ("line", "sig"):
            out.append(("", b[1]))
        elif k == "script":
            out.append(("S", (b[1], b[2], b[3] if len(b) > 3 else "")))
        elif k == "kv":
            for kk, v in b[1]:
                first = True
                for ln in textwrap.wrap(f"{kk}: {v}", width) or [""]:
                    out.append(("", ln if first else "    " + ln))
                    first = False
            out.append(("", ""))
        elif k == "t":
            out.append(("B", " | ".join(b[1])))
            for row in b[2]:
                first = True
                for ln in textwrap.wrap(" | ".join(row), width):
                    out.append(("", ln if first else "    " + ln))
                    first = False
            out.append(("", ""))
        elif k == "br":
            out.append(("BR", ""))
        elif k == "sp":
            out.append(("", ""))
    return out


def page_images(blocks, w=1654, h=2339, fs=27, width=88, head=None):
    f = ImageFont.truetype(SANS, fs)
    fb = ImageFont.truetype(SANSB, fs + 2)
    fi = ImageFont.truetype(SERIFI, fs + 12)
    lines = blocks_to_lines(blocks, width)
    pages, cur = [], []
    per = (h - 260) // int(fs * 1.42)
    for ln in lines:
        if ln[0] == "BR" or len(cur) >= per:
            pages.append(cur)
            cur = []
            if ln[0] == "BR":
                continue
        cur.append(ln)
    if cur:
        pages.append(cur)
    imgs = []
    for n, pg in enumerate(pages, 1):
        im = Image.new("L", (w, h), 247)
        d = ImageDraw.Draw(im)
        y = 110
        if head:
            d.text((120, 50), head, font=f, fill=90)
        for kind, text in pg:
            if kind == "B":
                d.text((120, y), text, font=fb, fill=15)
            elif kind == "S":
                d.text((120, y), text[0], font=f, fill=25)
                d.text((120 + int(fs * 0.6 * len(text[0])) + 20, y - 10), text[1], font=fi, fill=30)
                d.text((120 + int(fs * 0.6 * len(text[0])) + 520, y), text[2], font=f, fill=25)
            else:
                d.text((120, y), text, font=f, fill=25)
            y += int(fs * 1.42)
        d.text((w // 2 - 80, h - 90), f"Page {n} of {len(pages)}", font=f, fill=60)
        imgs.append(im)
    return imgs


def scan_pdf(path, blocks, head=None, angle=0.35, seed=1):
    """An image-only PDF (no text layer), 200 dpi, like a scanner's output."""
    rng = random.Random(seed)
    imgs = []
    for im in page_images(blocks, head=head):
        im = im.rotate(angle * (1 if rng.random() > 0.5 else -1), resample=Image.BICUBIC, fillcolor=247)
        arr = np.array(im, dtype=np.int16)
        noise = np.random.default_rng(seed).integers(-6, 7, size=arr.shape)
        im = Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8), "L")
        imgs.append(im)
    imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:], quality=60,
                 creationDate=FIXED.utctimetuple(), modDate=FIXED.utctimetuple(),
                 producer="Canon iR-ADV scan", title="")


def photo_jpg(path, blocks, angle=2.2, seed=3):
    """A phone photo of a printed page: rotated, on a desk, slightly soft. Still legible."""
    im = page_images(blocks, w=1240, h=1754, fs=22, width=86)[0].convert("RGB")
    im = im.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(96, 78, 62))
    bg = Image.new("RGB", (im.width + 120, im.height + 90), (96, 78, 62))
    bg.paste(im, (60, 40))
    bg = bg.filter(ImageFilter.GaussianBlur(0.5))
    arr = np.array(bg, dtype=np.float32)
    grad = np.linspace(1.0, 0.86, arr.shape[1])[None, :, None]
    bg = Image.fromarray(np.clip(arr * grad, 0, 255).astype(np.uint8))
    bg.save(path, "JPEG", quality=80)


# --------------------------------------------------------------------------- zip determinism
def fix_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2026-11-27T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# --------------------------------------------------------------------------- DOCX
def docx_new():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Mm(18)
        s.top_margin = s.bottom_margin = Mm(15)
    cp = d.core_properties
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.author = "Unit admin"
    cp.last_modified_by = "Unit admin"
    cp.revision = 1
    return d


def sdt_run(par, tag, alias, value):
    """Inline Word content control (plain text) holding value."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    txt = OxmlElement("w:text")
    pr.extend([a, t, txt])
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = value
    r.append(wt)
    content.append(r)
    sdt.extend([pr, content])
    par._p.append(sdt)


def sdt_block(d, tag, alias, paragraphs):
    """Block-level rich text content control containing several paragraphs."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.extend([a, t])
    content = OxmlElement("w:sdtContent")
    for text in paragraphs:
        p = OxmlElement("w:p")
        r = OxmlElement("w:r")
        wt = OxmlElement("w:t")
        wt.set(qn("xml:space"), "preserve")
        wt.text = text
        r.append(wt)
        p.append(r)
        content.append(p)
    sdt.extend([pr, content])
    body = d.element.body
    body.insert(len(body) - 1, sdt)  # before sectPr


def docx_save(d, path):
    d.save(path)
    fix_zip(path)


# --------------------------------------------------------------------------- XLSX
def xlsx_schedule(path, title, form, urn, heads, rows, foot_lines, widths):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = form
    ws["A1"] = title
    ws["A1"].font = XFont(bold=True, size=12)
    ws["F1"] = form
    ws["A2"] = "URN"
    ws["B2"] = urn
    r = 4
    for i, h in enumerate(heads, 1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = XFont(bold=True)
    thin = Side(style="thin")
    for row in rows:
        r += 1
        for i, v in enumerate(row, 1):
            c = ws.cell(row=r, column=i, value=v)
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    r += 2
    for ln in foot_lines:
        ws.cell(row=r, column=1, value=ln)
        r += 1
    for i, w in enumerate(widths):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    wb.properties.created = wb.properties.modified = FIXED.replace(tzinfo=None)
    wb.properties.creator = "Disclosure officer"
    wb.save(path)
    fix_zip(path)


# --------------------------------------------------------------------------- AcroForm MG3
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _wrap_pts(text, width_pt, size):
    per = max(10, int(width_pt / (size * 0.53)))
    out = []
    for para in text.split("\n"):
        out.extend(textwrap.wrap(para, per) or [""])
    return out


def acroform_mg3(path, title_lines, fields, urn_boxes, foot):
    """A fillable MG3: the page text holds only the printed labels; each answer is a form field (/V) with
    an appearance stream drawing the typed answer so a reader sees it. fields: list of (name, label, value,
    height_mm) laid out down the pages."""
    pdf = new_pdf(head_l="OFFICIAL-SENSITIVE (when complete)", head_r="MG3 (fillable v3.2)", foot=foot)
    pdf.set_font("S", "B", 13)
    for t in title_lines:
        pdf.cell(0, 6.5, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    # URN in separate boxes, typed as fields too
    pdf.set_font("S", "B", 9)
    pdf.cell(12, 7, "URN")
    boxes = []
    x0 = pdf.get_x()
    y0 = pdf.get_y()
    for i, ch in enumerate(urn_boxes):
        pdf.rect(x0 + i * 7, y0, 7, 7)
        boxes.append((f"URN_{i+1}", ch, (x0 + i * 7, y0, 7, 7), 1))
    pdf.ln(10)
    placed = []
    for name, label, value, hmm in fields:
        if hmm is None:
            hmm = len(_wrap_pts(value, (pdf.epw - 1.2) * 72 / 25.4 - 6, 8)) * 9.5 * 25.4 / 72 + 4
        if pdf.get_y() + hmm + 7 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("S", "B", 8.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(0, 5.5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
        pdf.rect(pdf.l_margin, y, pdf.epw, hmm)
        placed.append((name, value, (pdf.l_margin + 0.6, y + 0.6, pdf.epw - 1.2, hmm - 1.2), pdf.page_no()))
        pdf.set_y(y + hmm + 2)
    pdf.set_font("S", "", 7)
    pdf.multi_cell(0, 3.5, "Form fields completed electronically. Print with 'Document and Markups'.",
                   new_x="LMARGIN", new_y="NEXT")
    buf = io.BytesIO()
    pdf.output(buf)
    buf.seek(0)
    reader = PdfReader(buf)
    w = PdfWriter(clone_from=reader)
    helv = w._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    field_refs = ArrayObject()
    k = 72 / 25.4
    allf = [(n, v, r, 1, True) for n, v, r, _ in boxes] + [(n, v, r, p, False) for n, v, r, p in placed]
    for name, value, (x, y, wmm, hmm), pg, single in allf:
        page = w.pages[pg - 1]
        wpt, hpt = wmm * k, hmm * k
        x1, y2 = x * k, (297 - y) * k
        rect = [x1, y2 - hpt, x1 + wpt, y2]
        size = 10 if single else 8
        if single:
            stream = f"/Tx BMC q BT /Helv {size} Tf 0 g {wpt/2-3:.2f} {hpt/2-3.5:.2f} Td ({_pdf_esc(value)}) Tj ET Q EMC"
        else:
            lines = _wrap_pts(value, wpt - 6, size)
            ops = [f"/Tx BMC q BT /Helv {size} Tf 0 g {size+1.5:.1f} TL 3 {hpt - size - 2:.2f} Td"]
            for ln in lines:
                ops.append(f"({_pdf_esc(ln)}) Tj T*")
            ops.append("ET Q EMC")
            stream = " ".join(ops)
        ap = StreamObject()
        ap.set_data(stream.encode("latin-1"))
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wpt), FloatObject(hpt)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv})})})
        apref = w._add_object(ap)
        fld = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(name),
            NameObject("/TU"): TextStringObject(name.replace("_", " ")),
            NameObject("/V"): TextStringObject(value), NameObject("/DV"): TextStringObject(""),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]), NameObject("/F"): NumberObject(4),
            NameObject("/DA"): TextStringObject(f"/Helv {size} Tf 0 g"),
            NameObject("/Ff"): NumberObject(0 if single else 4096),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): apref}),
            NameObject("/P"): page.indirect_reference})
        ref = w._add_object(fld)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        field_refs.append(ref)
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): field_refs, NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helv})}),
        NameObject("/NeedAppearances"): BooleanObject(False)})
    with open(path, "wb") as f:
        w.write(f)


# --------------------------------------------------------------------------- two-column MG3
def twocol_pdf(path, title_lines, rows, head_l, head_r, foot, lw=48):
    """Left column labels, right column long answers that wrap over lines and pages."""
    pdf = new_pdf(head_l=head_l, head_r=head_r, foot=foot, serif=True)
    pdf.set_font("R", "B", 12)
    for t in title_lines:
        pdf.cell(0, 6, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rw = pdf.epw - lw
    lh = 4.7
    for label, answer in rows:
        pdf.set_font("R", "B", 9)
        llines = pdf.multi_cell(lw - 3, lh, label, dry_run=True, output="LINES")
        pdf.set_font("R", "", 9.5)
        alines = []
        for para in answer.split("\n"):
            alines.extend(pdf.multi_cell(rw, lh, para or " ", dry_run=True, output="LINES"))
        n = max(len(llines), len(alines))
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())
        pdf.ln(1)
        for i in range(n):
            if pdf.get_y() + lh > pdf.page_break_trigger:
                pdf.add_page()
                if i < len(llines):
                    pass
                else:
                    pdf.set_font("R", "I", 8)
                    pdf.cell(lw, lh, "(continued)")
                    pdf.set_x(pdf.l_margin)
            x = pdf.l_margin
            if i < len(llines):
                pdf.set_font("R", "B", 9)
                pdf.set_xy(x, pdf.get_y())
                pdf.cell(lw, lh, llines[i])
            pdf.set_xy(x + lw, pdf.get_y())
            pdf.set_font("R", "", 9.5)
            pdf.cell(rw, lh, alines[i] if i < len(alines) else "", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.output(path)


# --------------------------------------------------------------------------- multimedia
def rgb_to_yuv420(rgb):
    """Our own BT.601 conversion, so that no scaler code path can vary between runs."""
    r, g, b = [rgb[:, :, i].astype(np.float32) for i in range(3)]
    y = 16 + 0.257 * r + 0.504 * g + 0.098 * b
    u = 128 - 0.148 * r - 0.291 * g + 0.439 * b
    v = 128 + 0.439 * r - 0.368 * g - 0.071 * b
    h, w = y.shape
    u = u.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    v = v.reshape(h // 2, 2, w // 2, 2).mean(axis=(1, 3))
    out = np.concatenate([y.ravel(), u.ravel(), v.ravel()])
    return np.clip(np.round(out), 0, 255).astype(np.uint8).reshape(h * 3 // 2, w)


def mp4(path, seconds, caption, title, comment, scene="room", seed=0, fps=10):
    rng = np.random.default_rng(seed)
    out = av.open(path, "w", format="mp4")
    out.metadata["title"] = title
    out.metadata["comment"] = comment
    vs = out.add_stream("mpeg4", rate=fps, options={"qscale": "6", "threads": "1"})
    vs.width, vs.height, vs.pix_fmt = 320, 240, "yuv420p"
    vs.codec_context.thread_count = 1
    a = out.add_stream("aac", rate=16000, layout="mono")
    font = ImageFont.truetype(MONO, 10)
    base = np.zeros((240, 320, 3), np.uint8)
    if scene == "room":
        base[:] = (118, 112, 96)
        base[150:240] = (70, 66, 60)
        base[90:200, 40:110] = (40, 60, 120)
        base[95:205, 210:280] = (120, 50, 50)
    elif scene == "corridor":
        base[:] = (150, 150, 140)
        for i in range(240):
            w = int(60 + i * 0.5)
            base[i, 160 - w // 2:160 + w // 2] = (95, 92, 85)
        base[40:160, 20:55] = (110, 80, 50)
        base[60:150, 270:300] = (110, 80, 50)
    else:  # bwv
        base[:] = (60, 64, 70)
        base[120:240] = (45, 45, 48)
        base[60:180, 120:200] = (140, 130, 110)
    n = int(seconds * fps)
    for i in range(n):
        img = base.copy()
        if scene == "corridor":
            x = int(100 + i * 2.2)
            img[110:190, x:x + 22] = (30, 30, 40)
        elif scene == "bwv":
            sh = int(3 * math.sin(i / 2))
            img = np.roll(img, sh, axis=0)
        else:
            img[100:104, 60:90] = (200, 170, 150) if (i // 5) % 2 else (190, 160, 140)
        noise = rng.integers(0, 8, size=img.shape, dtype=np.uint8)
        img = np.clip(img.astype(np.int16) + noise, 0, 255).astype(np.uint8)
        pil = Image.fromarray(img)
        d = ImageDraw.Draw(pil)
        secs = i // fps
        d.rectangle((0, 226, 320, 240), fill=(0, 0, 0))
        d.text((3, 227), caption.format(s=secs), font=font, fill=(255, 255, 255))
        f = av.VideoFrame.from_ndarray(rgb_to_yuv420(np.array(pil)), format="yuv420p")
        f.pts = i
        for p in vs.encode(f):
            out.mux(p)
    for p in vs.encode():
        out.mux(p)
    total = int(seconds * 16000)
    pos = 0
    while pos < total:
        t = np.arange(pos, pos + 1024) / 16000
        sig = 0.05 * np.sin(2 * np.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 0.7 * t)) + 0.01 * rng.standard_normal(1024)
        fr = av.AudioFrame.from_ndarray(sig.astype(np.float32).reshape(1, -1), format="fltp", layout="mono")
        fr.sample_rate = 16000
        fr.pts = pos
        pos += 1024
        for p in a.encode(fr):
            out.mux(p)
    for p in a.encode():
        out.mux(p)
    out.close()


def wav(path, seconds, seed=0):
    rng = np.random.default_rng(seed)
    rate = 8000
    t = np.arange(int(seconds * rate)) / rate
    sig = 0.25 * np.sin(2 * np.pi * 220 * t) * (np.sin(2 * np.pi * 1.3 * t) > 0) + 0.03 * rng.standard_normal(t.size)
    sig[: rate // 2] = 0.2 * np.sin(2 * np.pi * 425 * t[: rate // 2])  # ring tone
    data = (np.clip(sig, -1, 1) * 32000).astype("<i2").tobytes()
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data)


# --------------------------------------------------------------------------- MG11 content
def mg11_blocks(urn, w, style="nfs"):
    """w: dict(name, age, occ, body[list], date, sig (text or None), sigtype 'text'|'script'|None, pages,
    force, addr_note)."""
    n = w.get("pages", 1)
    head = [("title", "WITNESS STATEMENT"),
            ("line", "Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B; Criminal Procedure Rules Part 16"),
            ("sp", 2)]
    if style == "nfs":
        head.append(("kv", [("URN", urn), ("Statement of", w["name"]), ("Age if under 18", w.get("age", "Over 18")),
                             ("Occupation", w["occ"])], 40))
    else:
        head.append(("line", f"URN: {urn}        Statement of: {w['name']}"))
        head.append(("line", f"Age: {w.get('age', 'Over 18')}        Occupation: {w['occ']}"))
        head.append(("sp", 2))
    head.append(("p", DECL.format(n=n)))
    sig = w.get("sig")
    st = w.get("sigtype", "text")
    if st == "script":
        head.append(("script", "Signature:", sig, "Date: " + w["date"]))
    elif sig is None:
        head.append(("sig", "Signature: ______________________________      Date: " + w["date"]))
    else:
        head.append(("sig", f"Signature: {sig}      Date: {w['date']}"))
    head.append(("sp", 2))
    body = [("p", para) for para in w["body"]]
    tail = []
    if st == "script":
        tail.append(("script", "Signature:", sig, "Signature witnessed by: " + w.get("witnessed", "")))
    elif sig is None:
        tail.append(("sig", "Signature: ______________________________"))
    else:
        tail.append(("sig", f"Signature: {sig}"))
    return head + body + tail


def mg11_pdf(folder, fname, urn, w, role, style="nfs", force="", render="pdf", seed=1):
    blocks = mg11_blocks(urn, w, style)
    path = folder.p(fname)
    if render == "pdf":
        pdf_text(path, blocks, head_l=force, head_r="MG11", foot="OFFICIAL-SENSITIVE when complete")
    elif render == "scan":
        scan_pdf(path, blocks, head=f"MG11   {force}", seed=seed)
    elif render == "photo":
        photo_jpg(path, blocks, seed=seed)
    folder.add(fname, "MG11", role)


# =========================================================================== routine documents, by force style
FORCES = {
    "WV": dict(force="Wessex Vale Constabulary", sys="ATLAS Crime & Intelligence", mono=False, serif=False),
    "SV": dict(force="Severnside Police", sys="KESTREL Records", mono=True, serif=False),
    "FM": dict(force="Fenmarsh Constabulary", sys="LANTERN RMS", mono=False, serif=True),
    "CM": dict(force="Caldermoor Police", sys="HARBOUR", mono=False, serif=False),
    "NM": dict(force="Northmoor Police", sys="CRIMSON Case Management", mono=True, serif=False),
}


def fields_blocks(style, fields):
    """Force record systems print fields differently."""
    if style == "SV":
        return [("line", f"{k.upper():.<26}: {v}") if len(v) < 60 else ("p", f"{k.upper()}: {v}") for k, v in fields]
    if style == "NM":
        return [("line", f"[{k}] {v}") if len(v) < 70 else ("p", f"[{k}] {v}") for k, v in fields]
    if style == "CM":
        return [("kv", [(k.upper(), v) for k, v in fields], 50)]
    if style == "FM":
        return [("t", ["Field", "Entry"], [[k, v] for k, v in fields], (45, 135))]
    return [("kv", fields, 48)]


def sys_pdf(F, c, fname, typ, title, blocks, role=None, render="pdf", present=True, size=9.5, seed=5):
    st = FORCES[c["style"]]
    path = F.p(fname)
    if render == "pdf":
        pdf_text(path, [("title", title)] + blocks, size=size, head_l=f"{st['force']} - {st['sys']}",
                 head_r=f"URN {c['urn']}", foot="OFFICIAL-SENSITIVE", mono=st["mono"], serif=st["serif"])
    elif render == "scan":
        scan_pdf(path, [("title", title)] + blocks, head=f"{st['force']}   URN {c['urn']}", seed=seed)
    elif render == "photo":
        photo_jpg(path, [("title", title)] + blocks, seed=seed)
    F.add(fname, typ, role, present)


def incident_log(F, c, fname, entries, render="pdf"):
    st = FORCES[c["style"]]
    blocks = [("line", f"Incident {c['cad']}   Opened {entries[0][0]}   Grade: {c.get('grade', 'Immediate')}"),
              ("line", f"Location: {c['place']}"), ("line", f"Crime ref: {c['crime_no']}   URN {c['urn']}"),
              ("sp", 2)]
    blocks += [("t", ["Date/time", "Operator", "Entry"], [list(e) for e in entries], (32, 22, 126))]
    path = F.p(fname)
    if render == "pdf":
        pdf_text(path, [("title", f"{st['force'].upper()} COMMAND AND CONTROL - INCIDENT LOG")] + blocks, size=8.5,
                 head_l=st["force"], head_r="CAD print", foot="Printed 27/11/2026", mono=True)
    else:
        scan_pdf(path, [("title", "INCIDENT LOG")] + blocks, head=st["force"], seed=11)
    F.add(fname, "INCIDENT_LOG")


def crime_report(F, c, fname, fields, narrative, updates, render="pdf"):
    blocks = fields_blocks(c["style"], [("Crime number", c["crime_no"]), ("URN", c["urn"])] + fields)
    blocks += [("h", "Modus operandi / summary"), ("p", narrative), ("h", "Investigation log")]
    blocks += [("p", u) for u in updates]
    sys_pdf(F, c, fname, "CRIME_REPORT", "CRIME REPORT", blocks, render=render)


def pnc_suspect(F, c, fname, who, dob, pnc_id, convictions, render="pdf"):
    blocks = [("line", f"PNC print  -  {who}   DOB {dob}   PNC ID {pnc_id}"), ("line", f"Requested for URN {c['urn']} on 25/11/2026"),
              ("sp", 2)]
    if convictions:
        blocks += [("h", "CONVICTIONS, CAUTIONS AND RELEVANT INFORMATION"),
                   ("t", ["Date", "Court", "Offence", "Disposal"], convictions, (25, 45, 70, 40))]
    else:
        blocks += [("p", "No convictions, cautions, reprimands or warnings recorded. No pending prosecutions. No wanted or missing markers.")]
    sys_pdf(F, c, fname, "PNC", "PREVIOUS CONVICTIONS (PNC)", blocks, render=render)


def pnc_witnesses(F, c, fname, names, render="pdf"):
    rows = [[n, d, r] for n, d, r in names]
    blocks = [("p", "PNC and local intelligence checks on the prosecution witnesses, for disclosure (previous convictions of prosecution witnesses)."),
              ("t", ["Witness", "DOB", "Result"], rows, (60, 28, 92)),
              ("p", f"Checks done by {c['oic_short']} on 25/11/2026.")]
    sys_pdf(F, c, fname, "PNC", "WITNESS PNC CHECKS", blocks, render=render)


def roti(F, c, fname, who, when, where, present, lines, render="pdf", kind="RECORD OF TAPED INTERVIEW"):
    blocks = [("kv", [("Person interviewed", who), ("Date / time", when), ("Place", where), ("Present", present),
                      ("URN", c["urn"])], 42), ("h", "Record")]
    blocks += [("p", ln) for ln in lines]
    sys_pdf(F, c, fname, "ROTI", kind + " (MG15)", blocks, render=render)


def mg6c_pdf(F, c, fname, rows, do, render="pdf"):
    blocks = [("p", f"URN {c['urn']}     R v {c['suspect']}     Disclosure officer: {do}"),
              ("t", ["Item", "Description and relevant date", "Location", "CPS use"], rows, (12, 108, 40, 20)),
              ("p", f"Signed: {do}     Date: 26/11/2026   (schedule continues on further pages where shown)")]
    sys_pdf(F, c, fname, "MG6C", "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL (MG6C)", blocks, render=render, size=8.5)


def mg6d_pdf(F, c, fname, rows, do, nil_text=None, render="pdf"):
    blocks = [("p", f"URN {c['urn']}     R v {c['suspect']}     Disclosure officer: {do}"),
              ("p", "Not to be disclosed to the defence. Sensitive material: reasons for sensitivity are given against each item.")]
    if rows:
        blocks.append(("t", ["Item", "Description", "Reason for sensitivity", "CPS view"], rows, (12, 80, 70, 18)))
    else:
        blocks.append(("p", nil_text))
    blocks.append(("p", f"Signed: {do}     Date: 26/11/2026"))
    sys_pdf(F, c, fname, "MG6D", "POLICE SCHEDULE OF SENSITIVE MATERIAL (MG6D)", blocks, render=render)


def mg6e_pdf(F, c, fname, do, paras, render="pdf"):
    blocks = [("p", f"URN {c['urn']}     R v {c['suspect']}")] + [("p", p) for p in paras] + [("sig", f"Disclosure officer: {do}   Date: 26/11/2026")]
    sys_pdf(F, c, fname, "MG6E", "DISCLOSURE OFFICER'S REPORT (MG6E)", blocks, render=render)


def mg12_pdf(F, c, fname, exhibits, render="pdf"):
    blocks = [("p", f"URN {c['urn']}     R v {c['suspect']}"),
              ("t", ["Exhibit ref", "Description", "Produced by", "Location"], exhibits, (22, 88, 40, 30))]
    sys_pdf(F, c, fname, "MG12", "EXHIBIT LIST (MG12)", blocks, render=render)


def abe_summary_pdf(F, c, fname, ref, when, who, present, rows, summary, render="pdf"):
    blocks = [("kv", [("Interviewee", who), ("Date / time", when), ("Exhibit", ref), ("Present", present),
                      ("URN", c["urn"])], 40),
              ("h", "Index (time from start of recording)"),
              ("t", ["Time", "Topic"], rows, (22, 158)), ("h", "Summary"), ("p", summary)]
    sys_pdf(F, c, fname, "ABE_SUMMARY", "RECORD OF VIDEO RECORDED INTERVIEW - INDEX AND SUMMARY", blocks, render=render)


def dpn_pdf(F, c, fname, fields, agree, render="pdf"):
    blocks = fields_blocks(c["style"], fields) + [("h", "Agreement"), ("p", agree)]
    sys_pdf(F, c, fname, "DPN", "DIGITAL PROCESSING NOTICE - VICTIMS AND WITNESSES", blocks, render=render)


# =========================================================================== C01: communication aid, AcroForm MG3
def case01(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "wv_farrant_aac_device", "charging", 0, [], ALL)
    c = dict(style="WV", urn="55WV0231726", suspect="Declan ROWE", cad="WV-20260815-0412", crime_no="WV/26/118834",
             place="Flat 2, Orchard Rise, Kingsbarrow", oic_short="DC 4471 HOLLIS")
    fields = [
        ("Request_type", "1. Decision sought / test to be applied",
         "Full Code Test charging decision requested. Suspect is on pre-charge bail; the Threshold Test is not sought."),
        ("Offences", "2. Suspect and offence(s)",
         "Declan ROWE (DOB 02/02/1991). Rape, s.1 Sexual Offences Act 2003, on Imogen FARRANT (aged 29) at her ground floor flat, "
         "Flat 2 Orchard Rise, Kingsbarrow, between 2200 and 2330hrs on Friday 14/08/2026."),
        ("Bail", "3. Custody / bail status",
         "Arrested 17/08/2026, interviewed, released on pre-charge bail to 18/12/2026. Conditions: not to contact Imogen FARRANT "
         "directly or indirectly, including through her personal assistants; not to enter Orchard Rise, Kingsbarrow. Bail extended "
         "by Supt. L. Garvey on 13/11/2026."),
        ("Summary", "4. Summary of the case",
         "IF has cerebral palsy, uses a powered wheelchair and speaks through an eye-gaze communication aid (a tablet with symbol and "
         "spelling pages, text to speech) and a paper letter board. ROWE is her former partner; they separated in June 2026 but he "
         "kept visiting. On 14/08 he called round at about 2200hrs after her evening carer left. She says he lifted her from her "
         "chair onto the bed, she told him no using the letter board and by shaking her head, he pushed the board away and had "
         "vaginal intercourse with her. He left at about 2330. Her morning PA, Sunita KHOSLA, arrived at 0815hrs on 15/08; IF typed "
         "'DECLAN HURT ME SEX I SAID NO' on her aid. Ms KHOSLA called 999 at 0831hrs. PC 2210 MARSH attended at 0906hrs."),
        ("Complainant", "5. Complainant's evidence",
         "Video recorded (ABE) interview 16/08/2026 at Kingsbarrow VRI suite, conducted by DC 4471 HOLLIS with Registered "
         "Intermediary Joanne PRYCE, using IF's own communication aid. Recording exhibit RH/1 with index and summary; "
         "DC HOLLIS's MG11 exhibits RH/1. The ABE plan and the RI's assessment report are listed on the MG6C."),
        ("First_account", "6. First account / recent complaint",
         "First account to her personal assistant Sunita KHOSLA at about 0820hrs on 15/08/2026 (statement obtained). She told no one "
         "before that; her evening carer had left before ROWE arrived."),
        ("Suspect_account", "7. Suspect's account / likely defence",
         "Interviewed 17/08/2026 with solicitor. Accepts he visited and that they had sex. Says it was consensual, that she "
         "'asked him to stay' and was affectionate. Says she can nod and that she did not use the board that night. Likely defence: "
         "consent / reasonable belief in consent."),
        ("Lines_of_enquiry", "8. Lines of enquiry (including those pointing away from the suspect)",
         "Completed: SARC examination and swabs (DNA result received, see 10); messages sent from IF's aid and phone to ROWE 14-16/08 "
         "(selective extraction under DPN); ROWE's phone examined (messages to IF, web history 14/08); house-to-house in Orchard Rise "
         "(no one saw or heard anything); evening carer spoken to (left 2150, nothing of note - statement not needed, pocket note book "
         "entry scheduled). Pointing away from the suspect: ROWE says IF sent him a message at 2140 inviting him round; her aid log and "
         "phone were checked for this and the message exists ('CAN YOU COME'), it is on the MG6C and the extraction report and is "
         "disclosable. We also looked for any later friendly contact: on 16/08 she messaged 'WHY DID YOU' and nothing friendly after. "
         "Not pursued: her social care records - no reasonable line of enquiry identified, capacity is not in issue and nothing "
         "suggests the records hold relevant material."),
        ("Outstanding", "9. Outstanding evidence / actions (with target dates)",
         "Cell site analysis for ROWE's handset (to confirm arrival/leaving times): requested 20/08/2026, target date 11/12/2026. "
         "Nothing else is outstanding."),
        ("Forensic_medical", "10. Forensic and medical evidence",
         "FME Dr Anita VOSS examined IF at Kingsbarrow SARC on 15/08/2026 with her consent given through her aid and the RI; "
         "bruising to inner left upper arm noted (statement attached). IF consented in writing to release of the SARC notes to police "
         "and CPS. SFR1 received 30/10/2026: DNA matching ROWE on high vaginal swab (not disputed - he admits intercourse)."),
        ("Digital", "11. Digital material (complainant / suspect)",
         "IF's communication aid and mobile phone: Digital Processing Notice agreed 15/08/2026 for a selective extraction of messages "
         "between IF and ROWE only, 10/08/2026 to 16/08/2026, because ROWE's contact with her that week is the reasonable line of "
         "enquiry. Photos, notes and other apps were not extracted. Devices returned 18/08/2026. ROWE's phone: full download "
         "(suspect device, seized on arrest)."),
        ("Third_party", "12. Third-party material",
         "None requested. No request has been made to social care, her GP or the care agency; no reasonable line of enquiry requires "
         "it, so no notice under s.44B was needed."),
        ("Special_measures", "13. Special measures / victim and witness needs",
         "MG2 attached. IF is eligible (s.16 YJCEA - physical disability affecting quality of evidence). Sought: ABE as evidence in "
         "chief, s.28 pre-recorded cross-examination (IF wants this - explained to her by DC HOLLIS and RI on 02/09/2026), intermediary "
         "(RI Joanne PRYCE - assessment done), use of her communication aid (s.30 YJCEA), screens if any live evidence. Needs: step-free "
         "access, breaks every 20 minutes, her PA to accompany her. Interpreter: not needed."),
        ("Victim_care", "14. VPS / ISVA / victim contact",
         "VPS explained and offered on 02/09/2026; IF made a VPS on 20/11/2026 (attached). ISVA: referred to Wessex ISVA Service "
         "15/08/2026, ISVA Megan ORR in contact weekly. Victim contact every 14 days, agreed by text to her phone."),
        ("Disclosure", "15. Disclosure and digital strategy",
         "MG6C, MG6D and MG6E attached. The digital strategy is as at 11 above: selective extraction of the complainant's devices, "
         "full download of the suspect's. Rebuttable presumption material attached: 999 incident log, crime report, first account "
         "statement, witness PNC checks (nil)."),
        ("Early_advice", "16. Early advice",
         "Not sought. Reason: the suspect admits intercourse and the issue is consent alone; the evidence was gathered within eight "
         "weeks and DS TAPLEY decided at the 21-day review that a full file would be quicker for IF than an early advice request."),
        ("OIC", "17. Officer in the case",
         "DC 4471 Rhiannon HOLLIS, Kingsbarrow RASSO team. Direct line 01632 960418, mobile 07700 900418, "
         "rhiannon.hollis@wessexvale-police.example"),
        ("Supervisor", "18. Supervisor's endorsement",
         "Reviewed and endorsed for submission. DS 1180 Owen TAPLEY, 26/11/2026."),
    ]
    acroform_mg3(F.p("MG3 form.pdf"),
                 ["WESSEX VALE CONSTABULARY", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"],
                 [(n, l, v, None) for n, l, v in fields], list(c["urn"]), "Wessex Vale Constabulary - MG3")
    F.add("MG3 form.pdf", "MG3")

    mp4(F.p("VID_20260816_1102.mp4"), 4, "VRI SUITE 2  16/08/2026 11:02:{s:02d}", "ABE interview RH/1",
        f"Video recorded interview - URN {c['urn']} - exhibit RH/1", scene="room", seed=1)
    F.add("VID_20260816_1102.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "RH1 index.pdf", "RH/1 (DVD master and working copy)", "16/08/2026 1102hrs - 1251hrs",
                    "Imogen FARRANT (29)", "DC 4471 HOLLIS (interviewer), RI Joanne PRYCE, DC 5530 AMIRI (monitor)",
                    [["00:00", "Introductions, RI explains the aid's 'stop' and 'I don't know' buttons, truth and lies"],
                     ["00:14", "Free narrative: Declan came round after carer left, 'I was in chair'"],
                     ["00:31", "Lifted onto bed, board pushed away, 'I said NO NO' (typed), shook head"],
                     ["00:52", "Questioning: clothing, duration, what he said ('you want this')"],
                     ["01:20", "After: he left, she could not reach her phone, waited for morning"],
                     ["01:38", "Message at 2140 'CAN YOU COME': she says she wanted to talk about money he owed"],
                     ["01:45", "Closure, breaks taken at 00:40 and 01:15"]],
                    "IF gives a clear account using her aid, supported by the RI. She describes being lifted from her chair, "
                    "saying no by board and head shake, the board being pushed away and intercourse. She accepts she messaged "
                    "ROWE inviting him and explains why. No inconsistencies with her first account to Ms KHOSLA.")
    mg11_pdf(F, "statement DC HOLLIS.pdf", c["urn"], dict(
        name="Rhiannon HOLLIS, DC 4471", occ="Police officer", date="16/08/2026", sig="R. Hollis (signed)",
        body=["I am a detective constable on the Kingsbarrow RASSO team, trained to conduct video recorded interviews.",
              "On Sunday 16th August 2026 between 1102 and 1251hrs I interviewed Imogen FARRANT at the Kingsbarrow VRI suite. "
              "Registered Intermediary Joanne PRYCE assisted; Imogen used her own eye-gaze communication aid. DC AMIRI monitored.",
              "I produce the master recording as exhibit RH/1 and a working copy. I sealed the master, bag WV0044718, and it is "
              "stored in the Kingsbarrow property store."]), "officer", force="Wessex Vale Constabulary")
    mg11_pdf(F, "scan_0004.pdf", c["urn"], dict(
        name="Sunita KHOSLA", occ="Personal assistant (care)", date="15.08.26", sig="S Khosla", sigtype="script",
        witnessed="PC 2210 MARSH",
        body=["I work as a personal assistant for Imogen FARRANT. I do her morning call, 0815 to 1115, Monday to Friday.",
              "On Saturday 15th August 2026 I was covering the morning call. I let myself in with the key safe at about 0815. "
              "Imogen was in bed still dressed in the top she had on the night before which is not normal, her evening carer "
              "always changes her. She was crying. I put her aid on its arm and she typed DECLAN HURT ME SEX I SAID NO.",
              "I asked her if she meant last night and she selected YES. I asked if she wanted me to call the police and she "
              "selected YES. I called 999 at about 0831. I did not ask her anything else. I did not wash her or change her "
              "clothing because the call taker told me not to.",
              "I know Declan ROWE. He is her ex. I have seen him there twice since June."]),
        "first_account", render="scan", force="Wessex Vale", seed=21)
    mg11_pdf(F, "PC Marsh MG11.pdf", c["urn"], dict(
        name="Kieran MARSH, PC 2210", occ="Police constable", date="15/08/2026", sig="[signed]",
        body=["I am a police constable at Kingsbarrow. At 0906hrs on Saturday 15/08/2026 I attended Flat 2 Orchard Rise "
              "following a 999 call from a carer (incident WV-20260815-0412).",
              "I was the first officer to attend. I spoke to Imogen FARRANT with her PA present. Imogen used her aid. I asked "
              "only what had happened in brief. She typed DECLAN RAPED ME LAST NIGHT HE LEFT. I recorded this in my PNB at 0911. "
              "I secured the bedroom and arranged SARC. I did not record on my body worn camera because Imogen asked me not to "
              "film her; I noted her request in my PNB.",
              "I seized the bedsheet, exhibit KM/1, and handed it to the CSI."]), "officer", force="Wessex Vale Constabulary")
    mg11_pdf(F, "Dr VOSS statement.pdf", c["urn"], dict(
        name="Dr Anita VOSS", occ="Forensic physician, Kingsbarrow SARC", date="21/08/2026", sig="(Sgd) A. Voss",
        body=["I am a registered medical practitioner and a forensic physician with 11 years' experience in sexual offence examination.",
              "On 15/08/2026 at 1330hrs at Kingsbarrow SARC I examined Imogen FARRANT. Consent was given by Imogen through her "
              "communication aid with the Registered Intermediary present, and she agreed to release of the SARC notes to the police and CPS.",
              "I found two oval bruises, 15 mm and 12 mm, on the inner left upper arm, consistent with fingertip grip, and no anogenital "
              "injury. The absence of genital injury neither supports nor undermines either account. I took swabs, exhibits AV/1 to AV/6."]),
        "expert", force="Wessex Vale Constabulary")
    roti(F, c, "ROTI Rowe.pdf", "Declan ROWE", "17/08/2026 1415-1458hrs", "Kingsbarrow Custody, Interview Room 3",
         "DC 4471 HOLLIS, DC 3302 PEAKE, Mr J. Whitlow (solicitor, Whitlow & Co)",
         ["Caution given and understood. Legal advice taken.",
          "ROWE: I went round because she messaged me. We've been together on and off for three years. She was fine, she was "
          "happy to see me. We had sex. She wanted to. She can nod, she can shake her head, she didn't do either, she kissed me.",
          "Q: Did she use her letter board? ROWE: No. It was on the side. I didn't push anything.",
          "Q: How did she get from the chair to the bed? ROWE: I lifted her, I always did when we were together.",
          "Q: Bruises on her arm? ROWE: From lifting her probably.",
          "Q: When did you leave? ROWE: About half ten. She was fine.",
          "Interview concluded 1458hrs."])
    pnc_suspect(F, c, "PNC_ROWE.pdf", "Declan ROWE", "02/02/1991", "10/228841F",
                [["11/05/2012", "Kingsbarrow Magistrates", "Possession of cannabis", "Fine £120"]])
    pnc_witnesses(F, c, "PNC witnesses nil.pdf", [("Imogen FARRANT", "09/04/1997", "No trace"),
                                                  ("Sunita KHOSLA", "17/10/1984", "No trace"),
                                                  ("Joanne PRYCE (RI)", "-", "Not required - professional")])
    xlsx_schedule(F.p("MG6C.xlsx"), "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", "MG6C", c["urn"],
                  ["Item", "Description and relevant date", "Location", "CPS use"],
                  [[1, "Incident log WV-20260815-0412, 999 call from Sunita KHOSLA, 15/08/2026 0831hrs (copy with file)", "OIC", ""],
                   [2, "Crime report WV/26/118834 and investigation log (copy with file)", "ATLAS", ""],
                   [3, "PC MARSH pocket note book entries 15/08/2026 0906-1030, first words of IF at 0911", "Kingsbarrow", ""],
                   [4, "ABE interview plan for IF dated 16/08/2026 (DC HOLLIS and RI PRYCE)", "OIC", ""],
                   [5, "Registered Intermediary assessment report, J. PRYCE, 16/08/2026", "OIC", ""],
                   [6, "Extraction report, selective, IF aid and phone, messages with ROWE 10-16/08/2026, incl. 'CAN YOU COME' 14/08 2140 - may undermine", "Digital unit", ""],
                   [7, "House-to-house proforma, Orchard Rise, 16/08/2026, 9 addresses, nothing seen or heard", "OIC", ""],
                   [8, "PNB of DC PEAKE, evening carer Paula DENT spoken to 18/08/2026: left 2150, nothing of note", "Kingsbarrow", ""]],
                  ["Disclosure officer: DC 4471 HOLLIS   Signed: R. Hollis   Date: 26/11/2026"], [6, 90, 16, 10])
    F.add("MG6C.xlsx", "MG6C")
    mg6d_pdf(F, c, "MG6D sensitive.pdf", [["1", "Victim contact log and ISVA correspondence, 15/08-20/11/2026",
                                           "Personal details of complainant and ISVA", "Not disclosable"],
                                          ["2", "Key safe code and care rota for Flat 2 Orchard Rise", "Security of a vulnerable adult's home", "Not disclosable"]],
             "DC 4471 HOLLIS")
    mg6e_pdf(F, c, "MG6E.pdf", "DC 4471 HOLLIS",
             ["Item 6 on the MG6C (IF's message to ROWE 'CAN YOU COME' at 2140hrs on 14/08/2026) may undermine the prosecution case or "
              "assist the defence and is copied to the CPS with the file.",
              "No other material is thought to meet the disclosure test at this stage."])
    incident_log(F, c, "CAD 0412.pdf", [
        ("15/08/26 08:31:14", "OP 771", "999 CALLER SUNITA KHOSLA, CARER. CLIENT IMOGEN FARRANT (USES COMMUNICATION AID) HAS TOLD HER EX 'DECLAN' HURT HER, SEX, SHE SAID NO. LAST NIGHT. SUSPECT NOT PRESENT"),
        ("15/08/26 08:33:02", "OP 771", "ADVISED CALLER NOT TO WASH OR CHANGE CLIENT. FORENSIC ADVICE GIVEN"),
        ("15/08/26 08:34:40", "DISP 12", "PC 2210 MARSH ASSIGNED"),
        ("15/08/26 09:06:55", "PC 2210", "ON SCENE. VICTIM CONFIRMS ON AID. SARC BOOKED. CID INFORMED"),
        ("15/08/26 10:42:10", "DISP 12", "CRIME WV/26/118834 RAISED. OIC DC 4471 HOLLIS")])
    crime_report(F, c, "crime report.pdf",
                 [("Offence", "Rape of female 16 or over (s.1 SOA 2003)"), ("Committed", "14/08/2026 2200 - 2330hrs"),
                  ("Location", c["place"]), ("Victim", "FARRANT, Imogen (29) - disabled (cerebral palsy), communication aid user"),
                  ("Suspect", "ROWE, Declan (35) - former partner"), ("OIC", "DC 4471 HOLLIS"), ("Protected characteristics", "Disability; female")],
                 "Suspect, ex-partner of the victim, visited her flat, lifted her from her wheelchair and had sexual intercourse "
                 "without consent after she refused using her letter board. Reported next morning by her PA via 999.",
                 ["15/08 1042 Crime raised. SARC 1330.", "16/08 ABE with RI.", "17/08 Suspect arrested, interviewed, bailed.",
                  "30/10 SFR1 received.", "26/11 File to CPS for charging decision."])
    mg12_pdf(F, c, "MG12.pdf", [["RH/1", "ABE recording of Imogen FARRANT 16/08/2026", "DC HOLLIS", "Property store"],
                                ["KM/1", "Bedsheet from bedroom", "PC MARSH", "Forensic store"],
                                ["AV/1-6", "SARC swabs", "Dr VOSS", "Forensic store"],
                                ["CD/1", "Selective extraction, IF aid and phone", "DC HOLLIS", "Digital unit"]])
    dpn_pdf(F, c, "DPN signed.pdf",
            [("Device owner", "Imogen FARRANT"), ("Devices", "Eye-gaze communication aid (tablet) and Android phone"),
             ("Why", "Messages between you and Declan ROWE in the week of the offence are a reasonable line of enquiry: he says you invited him."),
             ("What will be extracted", "Messages (SMS, WhatsApp and the aid's message log) between you and Declan ROWE only"),
             ("Date range", "10/08/2026 to 16/08/2026"),
             ("Not extracted", "Photos, notes, other contacts' messages, browsing, location"),
             ("Retention", "Kept for the case; other data deleted after extraction"),
             ("Date of notice", "15/08/2026")],
            "I have had this notice explained to me with the help of the Registered Intermediary and I agree to the extraction "
            "described above. Agreed through communication aid: YES. Witnessed: DC 4471 HOLLIS, RI J. PRYCE, 15/08/2026.")
    sys_pdf(F, c, "extraction report CD1.pdf", "DIGITAL_EXTRACT", "DIGITAL FORENSIC UNIT - SELECTIVE EXTRACTION REPORT",
            [("kv", [("Exhibit", "CD/1"), ("Device", "Communication aid tablet; Android phone"), ("Authority", "DPN 15/08/2026"),
                     ("Parameters", "Messages with one contact (ROWE), 10/08/2026-16/08/2026"), ("Items returned", "23 messages")]),
             ("t", ["Date/time", "From", "Text"], [["14/08/2026 21:40", "IF", "CAN YOU COME"], ["14/08/2026 21:44", "ROWE", "omw x"],
                                                   ["16/08/2026 10:02", "IF", "WHY DID YOU"], ["16/08/2026 10:40", "ROWE", "?? u wanted it"]],
              (40, 20, 120))])
    sys_pdf(F, c, "MG2 special measures.pdf", "MG2", "SPECIAL MEASURES ASSESSMENT (MG2)",
            [("kv", [("Witness", "Imogen FARRANT"), ("Eligibility", "s.16 YJCEA - physical disability; also s.17 (complainant in a sexual offence)"),
                     ("Measures sought", "Evidence in chief by ABE (RH/1); s.28 pre-recorded cross-examination; Registered Intermediary; communication aid s.30; screens"),
                     ("Witness's view", "Wants s.28 so it is over sooner; wants her PA with her; views given 02/09/2026"),
                     ("Intermediary", "RI Joanne PRYCE assessed 16/08/2026 - report on MG6C item 5"),
                     ("Other needs", "Step-free access, hoist, breaks every 20 minutes, accessible toilet")])])
    sys_pdf(F, c, "VPS.pdf", "VPS", "VICTIM PERSONAL STATEMENT",
            [("p", "Imogen FARRANT. Made 20/11/2026 through her communication aid with her ISVA present."),
             ("p", "Since August I do not feel safe at home. I have asked for the key safe to be changed and I have stopped my evening "
                   "call because I do not want anyone in my flat at night. I want the court to know how hard it was to tell."),
             ("sig", "Signed (via aid): I. Farrant    Date: 20/11/2026")])
    F.finish(root)


# =========================================================================== C02: care home, DOCX MG11 with content controls
def docx_mg11_cc(path, urn, w):
    d = docx_new()
    h = d.add_paragraph()
    r = h.add_run("SEVERNSIDE POLICE                                                       MG11")
    r.bold = True
    d.add_paragraph("WITNESS STATEMENT").runs[0].bold = True
    d.add_paragraph("Criminal Justice Act 1967, s.9; Magistrates' Courts Act 1980, s.5B; Criminal Procedure Rules Part 16")
    for lab, tag, val in [("URN: ", "URN", urn), ("Statement of: ", "WitnessName", w["name"]),
                          ("Age if under 18: ", "Age", w.get("age", "Over 18")), ("Occupation: ", "Occupation", w["occ"])]:
        p = d.add_paragraph()
        p.add_run(lab).bold = True
        sdt_run(p, tag, lab.strip(": "), val)
    d.add_paragraph(DECL.format(n=w.get("pages", 1)))
    p = d.add_paragraph()
    p.add_run("Signature: ").bold = True
    sdt_run(p, "Signature", "Signature", w["sig"])
    p.add_run("      Date: ").bold = True
    sdt_run(p, "Date", "Date", w["date"])
    d.add_paragraph("Statement:").runs[0].bold = True
    sdt_block(d, "StatementBody", "Statement text", w["body"])
    p = d.add_paragraph()
    p.add_run("Signature: ").bold = True
    sdt_run(p, "Signature2", "Signature", w["sig"])
    p.add_run("   Signature witnessed by: ").bold = True
    sdt_run(p, "Witnessed", "Witnessed by", w.get("witnessed", ""))
    docx_save(d, path)


def docx_mg11_table(path, urn, w, force):
    d = docx_new()
    d.add_paragraph(force + "  -  MG11 (T)").runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Form", "WITNESS STATEMENT (Criminal Justice Act 1967, s.9; MC Act 1980, s.5B)"), ("URN", urn),
                 ("Statement of", w["name"]), ("Age if under 18", w.get("age", "Over 18")), ("Occupation", w["occ"]),
                 ("Declaration", DECL.format(n=w.get("pages", 1))), ("Signature", w["sig"]), ("Date", w["date"])]:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
    d.add_paragraph("")
    t2 = d.add_table(rows=1, cols=1)
    t2.style = "Table Grid"
    cell = t2.rows[0].cells[0]
    cell.text = w["body"][0]
    for para in w["body"][1:]:
        cell.add_paragraph(para)
    cell.add_paragraph("Signature: " + w["sig"])
    docx_save(d, path)


def case02(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "sv_larchfield_care_home", "charging", 0, [], ALL)
    c = dict(style="SV", urn="62SV0558726", suspect="Gareth PENROSE", cad="SV/0903/0219", crime_no="SV-CR-26-77105",
             place="Larchfield House Care Home, Room 14, 2 Millpond Lane, Aldbury-on-Severn", oic_short="DC 3318 GRESHAM")
    mg3 = [
        ("h", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION - MG3"),
        ("kv", [("URN", c["urn"]), ("Suspect", "Gareth PENROSE, DOB 19/06/1986, night care assistant"),
                ("Offence", "Assault by penetration (s.2 SOA 2003) on Edith CALLOWAY (81), Room 14 Larchfield House, about 0230hrs 03/09/2026"),
                ("Decision sought", "Full code test - charge"),
                ("Custody/bail", "Released on pre-charge bail 04/09/2026, extended to 03/12/2026; conditions: not to enter Larchfield House or any care setting in Severnside, no contact with prosecution witnesses"),
                ("OIC", "DC 3318 Paul GRESHAM, tel 01632 960233, mob 07700 900233, paul.gresham@severnside-police.example")], 42),
        ("h", "Summary"),
        ("p", "Mrs CALLOWAY is 81, a widow, resident at Larchfield House since 2024. She has osteoarthritis and uses a frame; she "
              "has full mental capacity (care plan and GP assessment 2025). On the night of 2nd-3rd Sept PENROSE was one of two "
              "night staff. She says he came into her room at about 2.30 am when she rang for help to the toilet, and after helping "
              "her back to bed he put his hand under her nightdress and penetrated her vagina with his fingers, saying 'keep quiet "
              "love'. She pressed her call bell again; he left. At about 0745hrs she told day carer Priya NAIR, and then repeated it to "
              "the manager Helen DOYLE at 0805hrs. Ms DOYLE rang 999 at 0812hrs."),
        ("h", "Evidence"),
        ("p", "Complainant: ABE (video recorded interview) at Larchfield House on 4th Sept, DC GRESHAM, exhibit PG/1, summary attached, "
              "DC GRESHAM's MG11 exhibits PG/1. First account: Priya NAIR (carer) and Helen DOYLE (manager) - both statements attached. "
              "First officer: PC 5120 FELL, statement attached. Call bell log (exhibit HD/1) shows Room 14 bell at 0224hrs and 0239hrs "
              "and answered by PENROSE's fob. Staff rota (HD/2)."),
        ("p", "CCTV: Larchfield House has no cameras in residents' corridors or rooms (only the front door camera, which shows no "
              "one came in or left between 2200 and 0700hrs - checked and scheduled)."),
        ("p", "Forensic/medical: FME Dr Samuel ADEBAYO examined Mrs CALLOWAY on 03/09/2026 at the home with her written consent, "
              "including consent to release of the notes. Swabs and fingernail scrapings from PENROSE submitted. Results: SFR1 "
              "received 12/11/2026 - no DNA other than the complainant's on the swabs (not unexpected given 30 hours to examination "
              "and her having been washed at 0700). This is on the MG6C and is disclosable."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 03/09/2026. Accepts answering both bells; says he helped her to the commode and back to bed and left; denies "
              "any touching of a sexual nature; suggests she is confused at night. Defence likely: denial, mistaken/confused complainant."),
        ("h", "Lines of enquiry"),
        ("p", "Done: both night staff seen (second carer Ewa KOWALCZYK - statement: she was on the ground floor from 0200 to 0300 and "
              "saw nothing); call bell and door fob logs; front door CCTV; FME; suspect interview; his phone not seized (no line of "
              "enquiry). Pointing away from the suspect: confusion at night - the home's care records for Mrs CALLOWAY for 01/08-03/09/2026 "
              "were requested to see whether any night-time confusion or episodes were recorded (request and notice attached); the "
              "records show none and are listed on the MG6C. Previous complaints by Mrs CALLOWAY: none on the home's incident log."),
        ("h", "Outstanding"),
        ("p", "Nil. All results have been received."),
        ("h", "Victim and witness care / special measures"),
        ("p", "MG2 done. She is eligible (s.16 - age-related frailty affects her ability to attend court; s.17 complainant). Applying "
              "for ABE as evidence in chief and s.28 pre-recorded cross-examination at Larchfield House by live link - Mrs CALLOWAY "
              "said on 10/09/2026 she would prefer s.28 'while I still can'. Intermediary: not needed (RI screening 08/09/2026 found "
              "no communication needs). Needs: hearing loop, frame, breaks; her daughter Carol as supporter. VPS offered 10/09/2026, "
              "she made one 18/11/2026 (attached). ISVA referral 04/09/2026 (Severnside Older People ISVA, Di HART)."),
        ("h", "Digital / third party"),
        ("p", "Mrs CALLOWAY has no mobile phone; no digital material from her has been sought, so no DPN. Third-party: one request, "
              "to Larchfield House for her care records 01/08-03/09/2026 and the night check sheets for 02-03/09/2026, with reasons "
              "(see request form). She was given written notice by letter on 09/09/2026, before the request was sent on 10/09/2026."),
        ("h", "Early advice"),
        ("p", "Early advice was not sought because the file was complete when the SFR came back and the DS judged a full code "
              "submission would be faster for an 81-year-old complainant."),
        ("h", "Disclosure"),
        ("p", "MG6C and MG6D attached. Rebuttable presumption material: 999 incident log, crime report, first account statements, "
              "witness PNCs (nil returns)."),
        ("sig", "Supervisor: DS 2901 Bernadette QUAYLE - reviewed and agreed for submission 25/11/2026"),
    ]
    pdf_text(F.p("SV-CR-26-77105 MG3.pdf"), mg3, head_l="Severnside Police - KESTREL Records", head_r="MG3",
             foot="OFFICIAL-SENSITIVE when complete", mono=True, size=8.5)
    F.add("SV-CR-26-77105 MG3.pdf", "MG3")
    mp4(F.p("PG1_master.mp4"), 3, "ABE PG/1 04-09-2026 10:15:{s:02d}", "PG/1 VRI Edith CALLOWAY",
        f"URN {c['urn']} ABE master", seed=2)
    F.add("PG1_master.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "PG1 summary.pdf", "PG/1", "04/09/2026 1015-1122hrs", "Edith CALLOWAY (81)",
                    "DC 3318 GRESHAM (interviewer), DC 4019 SHAH (monitor); daughter Carol SIMMS in the next room",
                    [["00:00", "Rapport; hearing aids checked"], ["00:09", "Free narrative: rang bell for toilet, 'the young man with the beard'"],
                     ["00:24", "Back to bed, hand under nightdress, fingers inside, 'keep quiet love'"],
                     ["00:37", "Rang bell again, he left; did not sleep"], ["00:48", "Told the girl in the morning (Priya)"],
                     ["00:58", "Questions on time, lighting (bedside lamp on), recognition (has seen him on nights for months)"],
                     ["01:07", "Close"]],
                    "Clear, consistent account. Identifies the carer by description and as 'Gareth, he's on nights'. Accepts her "
                    "eyesight is poor without glasses but says the lamp was on and she had them on to go to the toilet.")
    docx_mg11_cc(F.p("Doc1.docx"), c["urn"], dict(
        name="Priya NAIR", occ="Senior care assistant", date="3rd Sept 2026", sig="P. Nair [signed]", witnessed="PC 5120 FELL",
        body=["I have worked at Larchfield House for six years. I started my shift at 0730hrs on Thursday 3rd Sept.",
              "At about 0745 I went to Room 14 to help Edith (Mrs CALLOWAY) wash. She was sat up and she grabbed my hand and said "
              "'Priya, one of the night men touched me, down there, he put his fingers in me'. She said it was the one with the beard, "
              "Gareth. She was shaking and crying.",
              "I told her I had to tell Helen. I did not wash her after she told me. I went straight to Helen DOYLE the manager.",
              "Edith is sharp, she does the crossword every day. I have never known her confused."]))
    F.add("Doc1.docx", "MG11", "first_account")
    docx_mg11_table(F.p("Helen DOYLE MG11.docx"), c["urn"], dict(
        name="Helen DOYLE", occ="Registered manager, Larchfield House", date="03/09/2026", sig="(Sgd) H Doyle",
        body=["I am the registered manager of Larchfield House. At about 0800 on Thursday 03/09/2026 Priya NAIR came to my office upset.",
              "I went to Room 14 at 0805. Edith told me 'that Gareth came in the night and put his hand up my nightie and inside me'. "
              "I rang 999 at 0812. I suspended Gareth PENROSE from the rota the same day.",
              "I produce the call bell and door fob log for 02-03/09/2026 as exhibit HD/1 and the staff rota as HD/2."]),
        "Severnside Police")
    F.add("Helen DOYLE MG11.docx", "MG11", "first_account")
    mg11_pdf(F, "FELL 5120.pdf", c["urn"], dict(
        name="Naomi FELL, PC 5120", occ="Police constable", date="03/09/2026", sig="[signed]",
        body=["At 0831hrs on 03/09/2026 I was the first officer to attend Larchfield House after the 999 call (SV/0903/0219).",
              "I spoke to the manager and then briefly to Mrs CALLOWAY, who said 'a carer interfered with me in the night, Gareth'. "
              "I recorded the words in my PNB. I preserved the bedding and nightdress, exhibits NF/1 and NF/2, and arranged an FME."]),
        "officer", style="short", force="Severnside Police")
    mg11_pdf(F, "GRESHAM ABE exhibit stmt.pdf", c["urn"], dict(
        name="Paul GRESHAM, DC 3318", occ="Detective constable", date="04/09/2026", sig="P Gresham (signed)",
        body=["I am ABE trained. On 4th Sept 2026 from 1015 to 1122hrs I conducted a video recorded interview with Edith CALLOWAY in "
              "the quiet lounge at Larchfield House using the portable VRI kit. I produce the recording as exhibit PG/1.",
              "The master is sealed in bag SV1193321."]), "officer", style="short", force="Severnside Police")
    mg11_pdf(F, "KOWALCZYK.pdf", c["urn"], dict(
        name="Ewa KOWALCZYK", occ="Care assistant (nights)", date="05/09/2026", sig="E. Kowalczyk (signed)",
        body=["On the night of 2nd to 3rd September 2026 I worked with Gareth PENROSE. From about 0200 to 0300 I was on the ground "
              "floor doing two-hourly checks and laundry. Gareth had the first floor. I did not see or hear anything from Room 14."]),
        "witness", style="short", force="Severnside Police")
    mg11_pdf(F, "ADEBAYO FME.pdf", c["urn"], dict(
        name="Dr Samuel ADEBAYO", occ="Forensic physician", date="07/09/2026", sig="[signed] S. Adebayo",
        body=["On 03/09/2026 at 1410hrs I examined Edith CALLOWAY at Larchfield House with her written consent, which included "
              "consent to release my notes to police and CPS. She was alert and oriented.",
              "I found a 4 mm superficial laceration at the posterior fourchette. This is consistent with recent penetration by a "
              "finger and could also be caused by other means in post-menopausal tissue. I took swabs SA/1-SA/5."]),
        "expert", style="short", force="Severnside Police")
    roti(F, c, "interview PENROSE.pdf", "Gareth PENROSE", "03/09/2026 1610-1702hrs", "Aldbury Custody",
         "DC 3318 GRESHAM, DC 4019 SHAH, Ms A. Carver (duty solicitor)",
         ["Caution understood. PENROSE: I answered her bell twice. The first time she needed the commode, I helped her and put "
          "her back to bed. The second time she said she couldn't sleep, I gave her some water and left.",
          "Q: Did you touch her under her nightdress? A: No. Never. She gets muddled at night, she thinks it's 1980 sometimes.",
          "Q: Who told you she gets muddled? A: It's just known.", "Interview ended 1702hrs."], kind="ROTI")
    pnc_suspect(F, c, "PNC print PENROSE.pdf", "Gareth PENROSE", "19/06/1986", "06/441902K", [])
    pnc_witnesses(F, c, "witness PNC.pdf", [("Edith CALLOWAY", "02/02/1945", "No trace"), ("Priya NAIR", "11/01/1990", "No trace"),
                                            ("Helen DOYLE", "23/07/1972", "No trace"), ("Ewa KOWALCZYK", "14/03/1994", "No trace")])
    mg6c_pdf(F, c, "MG6C 62SV0558726.pdf", [
        ["1", "999 incident log SV/0903/0219, call from Helen DOYLE 03/09/2026 0812hrs (with file)", "OIC", ""],
        ["2", "Crime report SV-CR-26-77105 (with file)", "KESTREL", ""],
        ["3", "PC FELL PNB 03/09/2026, first words of complainant", "Aldbury", ""],
        ["4", "ABE interview plan for Edith CALLOWAY dated 04/09/2026", "OIC", ""],
        ["5", "RI screening note 08/09/2026: no intermediary needed", "OIC", ""],
        ["6", "Front door CCTV Larchfield House 02/09 2200 - 03/09 0700, viewed, nobody enters or leaves", "Property SV1193340", ""],
        ["7", "Care records of Edith CALLOWAY 01/08-03/09/2026 and night check sheets 02-03/09: no confusion or night episodes recorded", "OIC", ""],
        ["8", "SFR1 12/11/2026: no foreign DNA on swabs SA/1-5 - may assist defence", "OIC", ""],
        ["9", "Home's incident log 2024-2026: no previous complaints by Mrs CALLOWAY", "OIC", ""]], "DC 3318 GRESHAM")
    mg6d_pdf(F, c, "MG6D.pdf", None, "DC 3318 GRESHAM",
             nil_text="NIL RETURN. I have examined the material retained in this investigation and there is no sensitive material to schedule.")
    incident_log(F, c, "log SV0903.pdf", [
        ("03/09/26 0812", "C/H 4402", "CALLER MANAGER LARCHFIELD HOUSE. RESIDENT 81 REPORTS NIGHT CARER PUT FINGERS IN HER VAGINA ABOUT 0230. CARER NAMED GARETH PENROSE, OFF DUTY 0730"),
        ("03/09/26 0815", "C/H 4402", "CALLER TOLD TO PRESERVE BEDDING/NIGHTDRESS, NOT TO WASH RESIDENT"),
        ("03/09/26 0831", "PC 5120", "AT SCENE"), ("03/09/26 1130", "SGT 880", "SUSPECT ARRESTED HOME ADDRESS")])
    crime_report(F, c, "crime SV-CR-26-77105.pdf",
                 [("Offence", "Assault by penetration s.2 SOA 2003"), ("Date/time", "03/09/2026 approx 0230hrs"),
                  ("Location", c["place"]), ("Victim", "CALLOWAY, Edith, 81, care home resident, uses walking frame"),
                  ("Suspect", "PENROSE, Gareth, 40, night care assistant"), ("OIC", "DC 3318 GRESHAM"),
                  ("Vulnerability", "Age, frailty, dependent on carers. Safeguarding referral to Adult Social Care 03/09")],
                 "Night carer penetrated resident's vagina with fingers after helping her to the toilet.",
                 ["03/09 Safeguarding referral sent.", "04/09 ABE.", "10/09 TP request to care home after written notice 09/09.",
                  "12/11 SFR1 received.", "25/11 DS review, file to CPS."])
    sys_pdf(F, c, "TP request care home.pdf", ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"], "REQUEST FOR THIRD-PARTY MATERIAL (VICTIM INFORMATION REQUEST)",
            fields_blocks("SV", [("Holder", "Larchfield House (registered manager Helen DOYLE)"),
                                 ("Material", "Care records of Edith CALLOWAY 01/08/2026-03/09/2026 and night check sheets 02-03/09/2026"),
                                 ("Line of enquiry", "The suspect says she is confused at night. Whether any confusion or night-time episodes were recorded close to the date is relevant to the reliability of her account and may assist the defence."),
                                 ("Why necessary and proportionate", "Only five weeks of daily notes and one night's checks are sought; her medical records, older notes and finances are not. Less intrusive means (asking staff) were tried but the written record is the reliable source."),
                                 ("Date sent", "10/09/2026"), ("Notice to complainant", "Written notice given 09/09/2026 (letter attached)"),
                                 ("Authorised", "DS 2901 QUAYLE 09/09/2026")]))
    sys_pdf(F, c, "letter to Mrs Calloway.pdf", ["CORRESPONDENCE", "OTHER"], "NOTICE OF A REQUEST FOR INFORMATION ABOUT YOU",
            [("p", "Dear Mrs Calloway,"),
             ("p", "I am writing, as we discussed on 8th September, to tell you that we intend to ask Larchfield House for your care notes "
                   "from 1st August to 3rd September 2026 and the night check sheets for the night of 2nd to 3rd September. We need "
                   "them because the man we arrested says you are sometimes confused at night, and the notes will show what staff "
                   "recorded. We will not ask for your medical records or anything else. The notes will be read only by the "
                   "investigation team and the CPS, and anything that does not need to be shared will not be. You can talk to me or "
                   "to your ISVA, Di Hart, about this at any time."),
             ("p", "Yours sincerely, DC 3318 Paul Gresham. Date: 09/09/2026. Hand delivered, read with her daughter present.")])
    mg12_pdf(F, c, "exhibit list.pdf", [["PG/1", "ABE recording Edith CALLOWAY", "DC GRESHAM", "Property"],
                                        ["HD/1", "Call bell and door fob log 02-03/09/2026", "H. DOYLE", "OIC"],
                                        ["HD/2", "Night staff rota", "H. DOYLE", "OIC"], ["NF/1", "Bedding", "PC FELL", "Forensic store"],
                                        ["NF/2", "Nightdress", "PC FELL", "Forensic store"], ["SA/1-5", "FME swabs", "Dr ADEBAYO", "Forensic store"]])
    sys_pdf(F, c, "SFR1.pdf", "FORENSIC", "STREAMLINED FORENSIC REPORT (SFR1)",
            [("p", "Items SA/1-SA/5 (swabs from Edith CALLOWAY) were examined for DNA. Only the complainant's DNA profile was obtained. "
                   "No male DNA was detected. Report date 12/11/2026. Scientist: Dr L. Merrow, Tamar Forensic Services.")])
    sys_pdf(F, c, "VPS Calloway.pdf", "VPS", "VICTIM PERSONAL STATEMENT",
            [("p", "Edith CALLOWAY, made 18/11/2026. I have lived at Larchfield for two years and I used to feel safe. Now I keep my "
                   "call bell in my hand all night and I do not like men coming into my room. I want to go on living here."),
             ("sig", "Signature: E. Calloway [signed]   Date: 18/11/2026")])
    F.finish(root)


# =========================================================================== C03: university hall, corridor CCTV, two-column MG3
def case03(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "dmd", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "fm_halvergate_hall", "charging", 0, [], ALL)
    c = dict(style="FM", urn="37FM0602126", suspect="Tobias KEMBLE", cad="FM-260927-0033", crime_no="FM/CR/26/40217",
             place="Halvergate Hall, University of Fenmarsh, Block C, Room C2.14", oic_short="DC 1907 WRAY")
    rows = [
        ("URN", c["urn"]),
        ("Type of decision requested", "Full Code Test. The suspect is released under investigation (see below); the Threshold Test does not apply."),
        ("Suspect", "Tobias KEMBLE, born 14/03/2006, second-year student, Block C, Room C2.03, Halvergate Hall."),
        ("Offence(s)", "Rape (s.1 Sexual Offences Act 2003) of Aisha BRENNAN (19) in her study bedroom C2.14 between 0140 and 0230hrs on Sunday 27th September 2026."),
        ("Bail / RUI", "Released under investigation on 28/09/2026. RUI rather than bail because he moved out of Halvergate Hall to his parents' home 80 miles away the same day and the University imposed a no-contact and exclusion direction, which the OIC judged sufficient; reviewed monthly, last 20/11/2026."),
        ("Summary of facts",
         "AB and TK live on the same corridor in Block C. On the night of 26th-27th September both had been to the Students' Union "
         "welcome event. AB says she had about four drinks; she walked back with friends and went to her room alone at about 0130. "
         "TK knocked at about 0140, said he had lost his key card and asked to wait in her room for security. She let him in. She "
         "says they talked, he tried to kiss her, she said no and moved away, he pushed her onto the bed and had vaginal "
         "intercourse with her while she said no and tried to push him off. He left at about 0225hrs. At about 0300hrs she went to "
         "her flatmate Chloe ADEYEMI's room and told her. The next afternoon she phoned her mother, who persuaded her to call the "
         "police; she rang 101 at 1620hrs on 27/09/2026."),
        ("Complainant's evidence",
         "Video recorded interview 29/09/2026 at Fenmarsh VRI suite, DC 1907 WRAY, exhibit TW/3, with summary/index. DC WRAY's MG11 "
         "exhibits TW/3. A written statement was taken rather than a second interview for a short point of clarification on "
         "10/10/2026 (her MG11, attached)."),
        ("First account",
         "(1) Her flatmate Chloe ADEYEMI, in person at about 0300hrs on 27/09 - statement attached. (2) Her mother, by telephone on "
         "the afternoon of 27/09 - statement attached. Both are first complaint records for the rebuttable presumption."),
        ("CCTV / multimedia",
         "The Block C second-floor corridor camera covers the doors of C2.03 to C2.16. The University security supervisor Alan "
         "JEPSON downloaded 0100-0300hrs and produces it as AJ/1 (his MG11). A clip of the relevant part (0138-0228hrs, "
         "condensed) is provided as an MP4 file with this file and is on the MG12. It shows TK knocking at C2.14 at 0141, entering at "
         "0142 and leaving at 0226, walking quickly back to C2.03 - where he used his own key card to enter (contrary to what he "
         "told AB). No other person enters C2.14 between 0130 and 0300 except AB going out at 0258 to C2.10 (Chloe's room)."),
        ("Suspect's account / likely defence",
         "Interviewed 28/09/2026 with a solicitor. Gave a full account. Says AB invited him in, they kissed and had consensual sex "
         "and she was 'fine' when he left. He accepts he had his key card and says the lost card was 'a joke'. Likely defence: "
         "consent; he may say AB was too drunk to remember accurately."),
        ("Lines of enquiry (including those that point away from the suspect)",
         "Completed: CCTV corridor (AJ/1); SU bar CCTV showing both left separately (scheduled, viewed by DC WRAY); statements from "
         "friends who walked back with AB (Lauren PIKE, statement: AB was tipsy but walking and talking normally); TK's phone "
         "examined with his agreement - messages to a friend at 0231hrs 'that was mad' (CD/2, exhibited); SARC not attended - AB "
         "declined a forensic medical examination on 27/09 after advice, so there are no swabs.\n"
         "Pointing away: AB's alcohol level and memory - addressed through the friends' statements and SU bar CCTV. Whether AB "
         "sent TK any messages inviting him - AB showed DC WRAY her Instagram and WhatsApp with TK on her own phone on 29/09; "
         "there are none after 20/09/2026 (general chat about a module). TK's friend Jamie ORTON was asked whether TK said "
         "anything suggesting consent; his statement is on the MG6C and undermines neither side.\n"
         "Not pursued: a download of AB's phone - there is no suggestion that it holds relevant material beyond what she showed "
         "us; her University welfare/counselling records - no reasonable line of enquiry (she first used welfare after the report)."),
        ("Outstanding evidence", "None. No further enquiries are outstanding."),
        ("Forensic / medical", "None available: AB declined an examination, and this was recorded in the crime report on 27/09/2026 at 1705hrs, with the option kept open for seven days. Not a forensic case."),
        ("Digital material",
         "Complainant: her phone was not examined and no DPN was needed; she showed the officer the conversation with TK on "
         "her own phone and screenshots were taken with her agreement (TW/4). Suspect: TK's phone examined (consent) - CD/2."),
        ("Third-party material", "No request has been made to any third party (University welfare, GP, counselling). Not a reasonable line of enquiry - see above."),
        ("Special measures",
         "AB is eligible as a complainant in a sexual offence (s.17(4) YJCEA). MG2: ABE as evidence in chief, s.28 pre-recorded "
         "cross-examination (AB would like this: discussed 10/10/2026 - she wants to be able to sit her exams in June), screens or "
         "live link. No intermediary needed. No interpreter needed."),
        ("Victim's needs, VPS and ISVA",
         "AB has been moved to another hall by the University. She is supported by ISVA Femi OKAFOR (Fenmarsh Rape Crisis, referral "
         "27/09/2026). VPS offered 10/10/2026; she would like to make it nearer trial - recorded in the victim contact log. Contact "
         "by email every Friday."),
        ("Early advice", "Early advice was not sought because the CCTV and interview were complete within two weeks and the only issue is consent."),
        ("Disclosure", "MG6C, MG6D and MG6E enclosed. Disclosure and digital strategy: see the DMD enclosed."),
        ("OIC", "DC 1907 Tamsin WRAY, Fenmarsh RASSO. 01632 960907 / 07700 900907. tamsin.wray@fenmarsh-police.example"),
        ("Supervisor", "DS 1402 Ian CROFT - I have reviewed this file and it is ready for CPS. 24/11/2026."),
    ]
    twocol_pdf(F.p("MG3 KEMBLE 2col.pdf"), ["FENMARSH CONSTABULARY", "MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"],
               rows, "Fenmarsh Constabulary  |  LANTERN RMS print", "OFFICIAL-SENSITIVE when complete", "MG3 v2026.1")
    F.add("MG3 KEMBLE 2col.pdf", "MG3")
    mp4(F.p("TW3.mp4"), 3, "FENMARSH VRI 1  29/09/2026 13:30:{s:02d}", "TW/3 ABE", f"Video recorded interview URN {c['urn']}", seed=3)
    F.add("TW3.mp4", "ABE_RECORDING")
    mp4(F.p("BlockC_L2_cam4_0138-0228_clip.mp4"), 5, "BLK C L2 CAM4 27-09-2026 01:41:{s:02d}", "CCTV Block C level 2 camera 4",
        f"Exhibit AJ/1 clip, URN {c['urn']}", scene="corridor", seed=4)
    F.add("BlockC_L2_cam4_0138-0228_clip.mp4", "CCTV")
    abe_summary_pdf(F, c, "TW3 ABE summary.pdf", "TW/3", "29/09/2026 1330-1448hrs", "Aisha BRENNAN (19)",
                    "DC 1907 WRAY (interviewer), DC 2231 HOOPER (monitor)",
                    [["00:00", "Ground rules"], ["00:06", "Evening at the SU, drinks (about four vodka and coke)"],
                     ["00:19", "Back to room 0130; TK knocks, says lost key card"], ["00:28", "Tries to kiss her, she says no, pushed onto bed"],
                     ["00:41", "Intercourse, she says no repeatedly, tries to push him away"], ["00:55", "He leaves; she goes to Chloe"],
                     ["01:05", "Calls mum next afternoon; 101 call"], ["01:12", "Close"]],
                    "AB gives a detailed account; she is clear she said no and was not too drunk to know what was happening.")
    mg11_pdf(F, "WRAY TW3 stmt.pdf", c["urn"], dict(
        name="Tamsin WRAY, DC 1907", occ="Detective constable", date="29/09/2026", sig="(Sgd) T Wray",
        body=["On 29/09/2026 I conducted a video recorded interview with Aisha BRENNAN at the Fenmarsh VRI suite from 1330 to 1448hrs. "
              "I produce the recording as exhibit TW/3.",
              "On the same date, with her agreement, I photographed on my work phone the WhatsApp and Instagram conversations between "
              "Aisha and Tobias KEMBLE shown to me on her own phone; I produce the screenshots as TW/4. I did not take her phone."]),
        "officer", force="Fenmarsh Constabulary")
    mg11_pdf(F, "BRENNAN A clarification MG11.pdf", c["urn"], dict(
        name="Aisha BRENNAN", occ="Student", date="10/10/2026", sig="A. Brennan [signed]",
        body=["I was video interviewed on 29th September. I want to clarify one thing. When I said I had 'about four drinks' I meant "
              "four vodka and cokes from the SU bar between about 9 pm and midnight. I did not drink anything after I got back to halls.",
              "I did not message Toby at any time that night."]), "complainant", force="Fenmarsh Constabulary")
    mg11_pdf(F, "IMG_2231.jpg", c["urn"], dict(
        name="Chloe ADEYEMI", occ="Student", date="28/09/2026", sig="C Adeyemi", sigtype="script", witnessed="DC 2231 HOOPER",
        body=["I share a kitchen with Aisha in Block C. At about 3 am on Sunday 27th September she knocked on my door. She was "
              "crying and shaking. She said 'Toby from C2.03 came in and he had sex with me, I told him no, I told him to stop'.",
              "I let her sleep in my room. She did not want to call anyone that night. I told her she should."]),
        "first_account", render="photo", seed=31)
    mg11_pdf(F, "R BRENNAN.pdf", c["urn"], dict(
        name="Ruth BRENNAN", occ="Teaching assistant", date="30/09/2026", sig="[signed]",
        body=["I am Aisha's mother. At about 3.45pm on Sunday 27th September 2026 Aisha phoned me. She was crying. She told me that "
              "a boy from her corridor called Toby had come into her room in the night and had sex with her when she said no.",
              "I told her to ring the police and I stayed on the phone with her until she did."]), "first_account", style="short",
        force="Fenmarsh Constabulary")
    mg11_pdf(F, "BELLINGHAM 2664.pdf", c["urn"], dict(
        name="Josh BELLINGHAM, PC 2664", occ="Police constable", date="27/09/2026", sig="J. Bellingham (signed)",
        body=["At 1648hrs on 27/09/2026 I was the first officer to attend Halvergate Hall, Block C, after Aisha BRENNAN's 101 call. "
              "Aisha told me a male student 'Toby' had raped her in her room last night. I recorded her words in my PNB. "
              "I offered SARC; Aisha declined. I recorded that at 1705hrs."]), "officer", force="Fenmarsh Constabulary")
    mg11_pdf(F, "JEPSON security.pdf", c["urn"], dict(
        name="Alan JEPSON", occ="Security supervisor, University of Fenmarsh", date="28/09/2026", sig="Signed: A. Jepson",
        body=["I manage the CCTV system at Halvergate Hall. The clocks were checked against the network time server on 28/09/2026 and "
              "are accurate to within 2 seconds.",
              "On 28/09/2026 I downloaded footage from Block C level 2 camera 4 for 0100-0300hrs on 27/09/2026 and produce it as AJ/1, "
              "with a clip 0138-0228 made at the request of DC WRAY.",
              "I also produce the key card access log for C2.03 and C2.14 for 26-27/09/2026 as AJ/2."]), "witness",
        force="Fenmarsh Constabulary")
    mg11_pdf(F, "PIKE L.pdf", c["urn"], dict(
        name="Lauren PIKE", occ="Student", date="02/10/2026", sig="L Pike [signed]",
        body=["I walked back from the SU with Aisha and two others at about 1.15am on 27th September. She had been drinking but was "
              "walking fine and chatting. She went into Block C on her own."]), "witness", style="short", force="Fenmarsh Constabulary")
    roti(F, c, "ROTI KEMBLE.pdf", "Tobias KEMBLE", "28/09/2026 1102-1211hrs", "Fenmarsh Custody",
         "DC 1907 WRAY, DC 2231 HOOPER, Mr P. Aziz (solicitor)",
         ["KEMBLE: She let me in. I said I'd lost my card as a joke. We talked and kissed, she was into it. We had sex. She never said no.",
          "Q: CCTV shows you using your key card at 0226. A: Yes, I had it all along.",
          "Q: Message to Jamie at 0231 'that was mad'? A: I meant it was unexpected.", "Interview concluded 1211hrs."])
    pnc_suspect(F, c, "PNC KEMBLE.pdf", "Tobias KEMBLE", "14/03/2006", "24/118273X", [])
    pnc_witnesses(F, c, "PNC witnesses.pdf", [("Aisha BRENNAN", "05/06/2007", "No trace"), ("Chloe ADEYEMI", "12/12/2006", "No trace"),
                                              ("Ruth BRENNAN", "30/04/1976", "No trace"), ("Alan JEPSON", "09/09/1969", "No trace"),
                                              ("Lauren PIKE", "21/02/2007", "No trace")])
    mg6c_pdf(F, c, "MG6C.pdf", [
        ["1", "101 call record and incident log FM-260927-0033, 27/09/2026 1620hrs", "OIC", ""],
        ["2", "Crime report FM/CR/26/40217", "LANTERN", ""],
        ["3", "PC BELLINGHAM PNB 27/09/2026 incl. SARC declined 1705hrs", "Station", ""],
        ["4", "ABE interview plan 29/09/2026 for Aisha BRENNAN", "OIC", ""],
        ["5", "SU bar CCTV 26-27/09/2026 2300-0120, viewed: AB and TK leave separately", "Property FM77120", ""],
        ["6", "Full download AJ/1 0100-0300hrs (clip provided separately)", "Property FM77121", ""],
        ["7", "Statement of Jamie ORTON 05/10/2026 (friend of suspect, received message 0231)", "OIC", ""],
        ["8", "University no-contact direction letter to TK 28/09/2026", "OIC", ""],
        ["9", "Victim contact log 27/09-20/11/2026", "OIC", ""]], "DC 1907 WRAY")
    mg6d_pdf(F, c, "MG6D.pdf", [["1", "ISVA referral form with AB's new hall address", "Victim's new address", "ND"]], "DC 1907 WRAY")
    mg6e_pdf(F, c, "MG6E.pdf", "DC 1907 WRAY", ["Nothing on the schedules is considered to meet the test for disclosure at this stage beyond the first-account material already with the file."])
    sys_pdf(F, c, "DMD.pdf", "DMD", "DISCLOSURE MANAGEMENT DOCUMENT",
            [("p", "Reasonable lines of enquiry are as in the MG3. Digital strategy: the complainant's phone has not been downloaded; "
                   "relevant conversations were photographed on her phone with her agreement. The suspect's phone was downloaded "
                   "(consent) and reviewed for messages 26-28/09/2026 by keyword and date. Third-party material: none sought."),
             ("p", "Prepared by DC WRAY, 24/11/2026.")])
    incident_log(F, c, "incident log.pdf", [
        ("27/09/26 16:20:05", "OP 2281", "101 CALL - AISHA BRENNAN, STUDENT, REPORTS RAPE BY STUDENT 'TOBY' IN HER HALLS ROOM LAST NIGHT 0140-0230. MOTHER ON OTHER PHONE"),
        ("27/09/26 16:22:40", "OP 2281", "UPGRADED TO PRIORITY. SUSPECT ON SAME CORRIDOR"),
        ("27/09/26 16:48:12", "PC 2664", "AT SCENE, HALVERGATE HALL BLOCK C"),
        ("27/09/26 17:05:30", "PC 2664", "VICTIM DECLINES SARC AFTER ADVICE. CID RASSO INFORMED")])
    crime_report(F, c, "crime report FM CR 26 40217.pdf",
                 [("Offence", "Rape s.1 SOA 2003"), ("Date/time", "27/09/2026 0140-0230"), ("Location", c["place"]),
                  ("Victim", "BRENNAN, Aisha, 19, student"), ("Suspect", "KEMBLE, Tobias, 20, student"), ("OIC", "DC 1907 WRAY")],
                 "Male student gained entry to victim's hall room by saying he had lost his key card, then raped her.",
                 ["27/09 SARC offered and declined 1705.", "28/09 Suspect interviewed; RUI; University exclusion.",
                  "29/09 ABE.", "24/11 File to CPS."])
    mg12_pdf(F, c, "MG12.pdf", [["TW/3", "ABE recording Aisha BRENNAN", "DC WRAY", "Property"],
                                ["TW/4", "Screenshots of messages on AB's phone", "DC WRAY", "OIC"],
                                ["AJ/1", "CCTV Block C level 2 camera 4, 0100-0300, with clip 0138-0228", "A. JEPSON", "Property FM77121"],
                                ["AJ/2", "Key card access log C2.03 / C2.14", "A. JEPSON", "OIC"],
                                ["CD/2", "Extraction report, suspect's phone", "DC HOOPER", "Digital unit"]])
    sys_pdf(F, c, "CD2 suspect phone.pdf", "DIGITAL_EXTRACT", "DIGITAL FORENSIC UNIT - EXTRACTION REPORT (SUSPECT DEVICE)",
            [("p", "Exhibit CD/2. iPhone of Tobias KEMBLE, examined with his consent 30/09/2026. Messages 26-28/09/2026 reviewed."),
             ("t", ["Time", "To", "Text"], [["27/09/2026 02:31", "Jamie ORTON", "that was mad"], ["27/09/2026 02:33", "Jamie ORTON", "tell u tmrw"]], (40, 40, 100))])
    sys_pdf(F, c, "MG2.pdf", "MG2", "MG2 SPECIAL MEASURES ASSESSMENT",
            [("t", ["Question", "Answer"], [["Witness", "Aisha BRENNAN"], ["Eligible", "Yes - s.17(4) complainant in sexual offence"],
                                            ["Measures", "ABE evidence in chief; s.28 pre-recorded cross-examination; screens/live link"],
                                            ["Witness's view on s.28", "Wants s.28 (discussed 10/10/2026)"],
                                            ["Intermediary", "Not required - no communication needs"],
                                            ["Other needs", "Exam timetable; ISVA to accompany"]], (60, 120))])
    F.finish(root)


# =========================================================================== C04: threshold, stalking then rape, restraining order
def case04(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "cm_duffield_threshold", "threshold", 0, [], ALL)
    c = dict(style="CM", urn="14CM0719426", suspect="Craig OSBOURNE", cad="CM-1111-0019", crime_no="CM26/204418",
             place="23 Brackenfield Road, Caldermoor", oic_short="DC 882 DRAYCOTT")
    mg3 = [
        ("title", "MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", c["urn"]), ("SUSPECT", "Craig OSBOURNE, DOB 08/08/1988, 14 Tannery Court, Caldermoor"),
                ("CUSTODY", "IN CUSTODY at Caldermoor Custody Centre since 0240hrs 11/11/2026. Relevant time 0240hrs 11/11. Superintendent's extension to 36 hrs granted 2210hrs 11/11 (Supt. R. Okoye). Clock expires 1440hrs 12/11/2026. Not bailed; remand in custody to be sought if charged."),
                ("DECISION SOUGHT", "THRESHOLD TEST - charge and remand in custody"),
                ("OFFENCES", "1. Rape (s.1 SOA 2003) - 11/11/2026 at 23 Brackenfield Road. 2. Stalking involving fear of violence (s.4A PHA 1997) 20/06/2026-10/11/2026. 3. Breach of restraining order (s.363 Sentencing Act 2020)."),
                ("OIC", "DC 882 Stephen DRAYCOTT, Caldermoor Public Protection. Tel 01632 960882, mob 07700 900882, stephen.draycott@caldermoor-police.example")], 48),
        ("h", "WHY THE THRESHOLD TEST"),
        ("p", "1. There are reasonable grounds to suspect OSBOURNE committed the offences: the complainant's ABE account, her 999 call "
              "made within minutes, her neighbour's account of what she said, injuries seen by the FME, and OSBOURNE's own admission "
              "in interview that he was in the house in breach of the restraining order."),
        ("p", "2. Further evidence is expected that will allow the Full Code Test to be applied: the DNA results on the SARC swabs "
              "(target date 02/12/2026, urgent submission 11/11/2026), the cell site analysis of his phone for June-November "
              "(target date 16/12/2026), and the download of the complainant's phone for his messages (selective, under DPN, target "
              "date 25/11/2026). These are reasonable to expect within a reasonable time."),
        ("p", "3. The seriousness and circumstances justify an immediate charging decision: he has a conviction for harassment of the "
              "same woman (March 2026) and the restraining order made then has been ignored for five months with escalating conduct "
              "ending in forced entry and rape. There are substantial grounds to believe that if released he would commit further "
              "offences against her and interfere with her as a witness; bail conditions would not protect her, as the existing "
              "court order did not. Remand in custody will be sought."),
        ("h", "SUMMARY"),
        ("p", "Leanne DUFFIELD (34) and OSBOURNE were together 2019-2025. He was convicted of harassment (s.2 PHA) at Caldermoor "
              "Magistrates' Court on 12/03/2026 and a restraining order was made: no contact with Leanne directly or indirectly, not "
              "to enter Brackenfield Road, until further order. A copy of the order and the memorandum of conviction are attached. "
              "From June he left notes on her car, followed her to work (sightings logged by her), and sent messages from new "
              "numbers. At 2315hrs on 10/11/2026 he forced the back door, held her down on the sofa and raped her vaginally, saying "
              "'you can't keep me away'. He left at about 0005hrs. She ran to her neighbour Gail FROST at No 25, who rang 999 at 0011hrs."),
        ("h", "EVIDENCE"),
        ("p", "ABE: 11/11/2026 1400-1510hrs, DC DRAYCOTT, exhibit SD/1 with summary; DC DRAYCOTT's MG11 exhibits SD/1 and the 999 "
              "recording SD/2. First account: Gail FROST (neighbour) - statement attached. First officer PC 1530 TAIT - statement "
              "attached. FME: Dr Y. LINDQVIST - statement of initial findings (bruising to wrists and thighs) attached; Leanne signed "
              "consent to the release of the SARC records on 11/11/2026. Back door: fresh damage to frame (scene photographs KT/2)."),
        ("h", "SUSPECT'S ACCOUNT"),
        ("p", "Interviewed 11/11/2026 1630hrs. Admits going to the house 'to talk' and that he knew about the order. Says she let him in "
              "by the back door and they had consensual sex 'like old times'. Denies the notes and following; says the messages were "
              "'friendly'. Likely defence: consent; denial of stalking."),
        ("h", "LINES OF ENQUIRY"),
        ("p", "Done so far: ABE, FME and swabs, scene examination, house-to-house at Nos 19-29 (Mr PATEL at No 21 heard a bang at "
              "about 2315), neighbour statement, suspect interview, seizure of his phone. Pointing away from the suspect: whether "
              "Leanne had contact with him voluntarily after March (he says she messaged him in October) - her phone is being "
              "examined for messages with his numbers only (DPN); whether the back door was already damaged - landlord contacted, "
              "says it was sound at the October inspection (note scheduled). Outstanding, with target dates: DNA 02/12/2026; cell "
              "site 16/12/2026; complainant phone (selective) 25/11/2026; statement from her work colleague about the following "
              "incidents (Mark ELLIS) 20/11/2026."),
        ("h", "VICTIM AND WITNESS"),
        ("p", "Special measures: eligible s.17(4). MG2 to follow with the full file; agreed with Leanne on 11/11/2026: ABE as evidence "
              "in chief, screens, and she wants s.28 pre-recorded cross-examination. No intermediary needed. Needs: emergency "
              "housing move offered (declined), alarm fitted 11/11, IDVA/ISVA: referred to Caldermoor ISVA service 11/11/2026 (ISVA "
              "Rachel KNOWLES). VPS: explained on 11/11/2026; Leanne will make it later, which is recorded. Interpreter not needed."),
        ("h", "DIGITAL / THIRD PARTY"),
        ("p", "Complainant's phone: DPN explained and signed 11/11/2026 - selective extraction of messages and call logs with the "
              "three numbers used by OSBOURNE and with 'Craig' contacts, 12/03/2026 to 11/11/2026 only. No third-party material has "
              "been requested and none is planned; no notice was required."),
        ("h", "EARLY ADVICE / DISCLOSURE"),
        ("p", "Early advice was not sought: the rape happened last night and the suspect is in custody. MG6C and MG6D attached (interim). "
              "Incident logs for the 999 call and the earlier stalking reports, the crime report and witness PNCs attached."),
        ("sig", "SUPERVISOR: DS 641 Graham ELLWOOD - reviewed and authorised 12/11/2026 0930hrs. DI Fiona MCCRAE agreed the threshold request 12/11/2026 0945hrs."),
    ]
    pdf_text(F.p("MG3 Threshold OSBOURNE.pdf"), mg3, head_l="CALDERMOOR POLICE  HARBOUR", head_r="OFFICIAL-SENSITIVE",
             foot="MG3 - page", size=9)
    F.add("MG3 Threshold OSBOURNE.pdf", "MG3")
    mp4(F.p("SD1 VRI.mp4"), 4, "CALDERMOOR VRI 11/11/2026 14:00:{s:02d}", "SD/1 video recorded interview",
        f"URN {c['urn']} ABE Leanne DUFFIELD", seed=5)
    F.add("SD1 VRI.mp4", "ABE_RECORDING")
    wav(F.p("999_CM-1111-0019.wav"), 5, seed=6)
    F.add("999_CM-1111-0019.wav", "CALL_999")
    abe_summary_pdf(F, c, "SD1 summary.pdf", "SD/1", "11/11/2026 1400-1510hrs", "Leanne DUFFIELD (34)",
                    "DC 882 DRAYCOTT (interviewer), DC 1041 NAYLOR (monitor)",
                    [["00:00", "Ground rules"], ["00:05", "History: relationship, conviction, order"],
                     ["00:17", "June to November: notes, following, messages from new numbers"],
                     ["00:38", "10/11 2315 back door forced, held down, raped on sofa"], ["00:55", "Ran to Gail next door, 999"],
                     ["01:05", "Close"]], "Detailed, consistent account of the stalking and the rape.")
    mg11_pdf(F, "DRAYCOTT SD1 SD2.pdf", c["urn"], dict(
        name="Stephen DRAYCOTT, DC 882", occ="Detective constable", date="11/11/2026", sig="(Sgd) S. Draycott",
        body=["I conducted a video recorded interview with Leanne DUFFIELD on 11/11/2026 from 1400 to 1510hrs and produce the "
              "recording as SD/1.",
              "I obtained the recording of the 999 call made at 0011hrs on 11/11/2026 by Gail FROST from the control room and "
              "produce it as SD/2.",
              "I obtained a certified copy of the restraining order made at Caldermoor Magistrates' Court on 12/03/2026 and the "
              "memorandum of conviction, and produce them as SD/3 and SD/4."]), "officer", force="Caldermoor Police")
    mg11_pdf(F, "scan_0007.pdf", c["urn"], dict(
        name="Gail FROST", occ="Retired", date="11.11.26", sig="G. Frost", sigtype="script", witnessed="PC 1530 TAIT",
        body=["I live at 25 Brackenfield Road next door to Leanne. Just after midnight I heard banging on my front door. It was "
              "Leanne in her dressing gown. She was crying and shaking. She said 'Craig broke in, he raped me, he held me down'.",
              "I brought her in and rang 999. She said he had gone. I know Craig, he used to live there. I have seen his van in the "
              "road a few times since the summer."]), "first_account", render="scan", seed=41)
    mg11_pdf(F, "TAIT 1530.pdf", c["urn"], dict(
        name="Kelly TAIT, PC 1530", occ="Police constable", date="11/11/2026", sig="K Tait [signed]",
        body=["At 0019hrs on 11/11/2026 I was the first officer to arrive at 25 Brackenfield Road. Leanne DUFFIELD told me "
              "'Craig Osbourne forced the back door and raped me on the sofa, he left ten minutes ago'. I noted her words.",
              "I examined the back door of No 23: the frame was splintered at the lock keep. I photographed it, KT/2. I arrested "
              "OSBOURNE at 14 Tannery Court at 0240hrs."]), "officer", force="Caldermoor Police")
    mg11_pdf(F, "LINDQVIST FME.pdf", c["urn"], dict(
        name="Dr Yvonne LINDQVIST", occ="Forensic physician", date="11/11/2026", sig="[signed]",
        body=["I examined Leanne DUFFIELD at Caldermoor SARC at 0430hrs on 11/11/2026 with her signed consent, which included "
              "consent to release my notes. I saw fingertip bruises on both wrists and bruising on the inner thighs. I took "
              "swabs YL/1-YL/7, urgent DNA submission requested."]), "expert", force="Caldermoor Police")
    sys_pdf(F, c, "RO copy SD3.pdf", ["OTHER", "CORRESPONDENCE"], "CALDERMOOR MAGISTRATES' COURT - RESTRAINING ORDER (certified copy)",
            [("p", "Exhibit SD/3. Defendant: Craig OSBOURNE, born 08/08/1988. Made on 12/03/2026 on conviction for harassment "
                   "(Protection from Harassment Act 1997, s.2), under s.360 Sentencing Act 2020."),
             ("p", "The defendant is prohibited, until further order, from: (1) contacting Leanne DUFFIELD directly or indirectly by "
                   "any means; (2) entering Brackenfield Road, Caldermoor; (3) going within 100 metres of her workplace, "
                   "Caldermoor Building Society, High Street."),
             ("p", "Memorandum of conviction (SD/4): 12/03/2026, harassment, community order 12 months with 30 RAR days; restraining order as above.")],
            present=False)
    roti(F, c, "ROTI OSBOURNE.pdf", "Craig OSBOURNE", "11/11/2026 1630-1722hrs", "Caldermoor Custody Centre",
         "DC 882 DRAYCOTT, DC 1041 NAYLOR, Ms H. Farrow (solicitor)",
         ["OSBOURNE: I know about the order. I went to talk. She let me in the back. We had sex, she wanted it, like old times.",
          "Q: The door frame is broken. A: It's always stuck. Q: Notes on her car? A: Not me.",
          "Q: Messages from 07700 900561? A: Yeah that's mine, they were friendly.", "Interview ended 1722hrs."])
    pnc_suspect(F, c, "PNC OSBOURNE.pdf", "Craig OSBOURNE", "08/08/1988", "07/330190P",
                [["12/03/2026", "Caldermoor MC", "Harassment (PHA 1997 s.2) - victim L. DUFFIELD", "Community order 12m; restraining order (indefinite)"],
                 ["02/10/2014", "Caldermoor MC", "Criminal damage", "Conditional discharge 12m"]])
    pnc_witnesses(F, c, "witness PNCs.pdf", [("Leanne DUFFIELD", "17/01/1992", "No trace"), ("Gail FROST", "03/03/1955", "No trace"),
                                             ("Rakesh PATEL", "11/11/1980", "No trace")])
    mg6c_pdf(F, c, "MG6C interim.pdf", [
        ["1", "Incident log CM-1111-0019 (999 call 0011hrs 11/11/2026) - with file", "OIC", ""],
        ["2", "Incident logs of Leanne's reports of notes/following 22/06, 14/08, 30/09/2026 - with file", "OIC", ""],
        ["3", "Crime report CM26/204418 - with file", "HARBOUR", ""],
        ["4", "ABE interview plan 11/11/2026 for Leanne DUFFIELD", "OIC", ""],
        ["5", "House-to-house proformas Nos 19-29 Brackenfield Road 11/11/2026 (No 21 heard a bang about 2315)", "OIC", ""],
        ["6", "Landlord's note: back door sound at inspection 14/10/2026", "OIC", ""],
        ["7", "Leanne's handwritten log of sightings June-Nov 2026 (copy)", "OIC", ""]], "DC 882 DRAYCOTT")
    mg6d_pdf(F, c, "MG6D interim.pdf", [["1", "MARAC referral 11/11/2026 and safety plan", "Third-party sensitive; victim safety", "ND"]],
             "DC 882 DRAYCOTT")
    incident_log(F, c, "log CM-1111-0019.pdf", [
        ("11/11/26 00:11:42", "CH 223", "999 GAIL FROST 25 BRACKENFIELD RD. NEIGHBOUR LEANNE AT HER DOOR SAYS EX CRAIG OSBOURNE BROKE IN AND RAPED HER. SUSPECT LEFT. RESTRAINING ORDER ON PNC"),
        ("11/11/26 00:12:30", "CH 223", "RISK: HIGH. DA MARKER. UNITS ASSIGNED"),
        ("11/11/26 00:19:05", "PC 1530", "ON SCENE. VICTIM SAFE WITH NEIGHBOUR"), ("11/11/26 02:40:00", "PC 1530", "SUSPECT ARRESTED 14 TANNERY CT")])
    crime_report(F, c, "crime CM26 204418.pdf",
                 [("Offences", "Rape s.1 SOA 2003; stalking s.4A PHA 1997; breach of restraining order"), ("Date", "20/06/2026 - 10/11/2026"),
                  ("Location", c["place"]), ("Victim", "DUFFIELD, Leanne, 34"), ("Suspect", "OSBOURNE, Craig, 38, ex-partner"),
                  ("OIC", "DC 882 DRAYCOTT"), ("Order", "Restraining order 12/03/2026, Caldermoor MC, indefinite")],
                 "Ex-partner subject to a restraining order stalked the victim for five months then forced entry and raped her.",
                 ["11/11 Arrest, SARC, ABE, interview.", "12/11 Threshold request to CPS."])
    mg12_pdf(F, c, "MG12 exhibits.pdf", [["SD/1", "ABE recording Leanne DUFFIELD", "DC DRAYCOTT", "Property"],
                                         ["SD/2", "999 call recording 11/11/2026 0011hrs (audio file)", "DC DRAYCOTT", "With file"],
                                         ["SD/3", "Restraining order 12/03/2026 (certified copy)", "DC DRAYCOTT", "With file"],
                                         ["SD/4", "Memorandum of conviction 12/03/2026", "DC DRAYCOTT", "With file"],
                                         ["KT/2", "Photographs of back door frame", "PC TAIT", "OIC"],
                                         ["YL/1-7", "SARC swabs", "Dr LINDQVIST", "Forensic store"]])
    dpn_pdf(F, c, "DPN Duffield.pdf",
            [("Name", "Leanne DUFFIELD"), ("Device", "Samsung phone, exhibit SD/5"),
             ("Reason", "Messages and calls from Craig OSBOURNE's numbers are evidence of stalking and breach of the order; he says you messaged him in October."),
             ("Data to be extracted", "SMS, WhatsApp and call log entries with 07700 900561, 07700 900562, 07700 900563 and any contact saved as 'Craig'"),
             ("Date range", "12/03/2026 to 11/11/2026"), ("Excluded", "Photos, other contacts, browsing, location, notes"),
             ("Date", "11/11/2026")],
            "I have read this notice (or it has been read to me) and I agree. Signed: L. Duffield [signed]. Officer: DC 882 DRAYCOTT. 11/11/2026 1545hrs.")
    F.finish(root)


# =========================================================================== C05: early advice, 13-year-old, ChISVA
def case05(root):
    ALL = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
           "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "key_statements", "officer_statement",
           "signed", "suspect_interview", "previous_convictions", "witness_convictions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "nm_tranter_early_advice", "early_advice", 0, [], ALL)
    c = dict(style="NM", urn="21NM0833226", suspect="Jordan HASKELL", cad="NM-0918-0655", crime_no="NM-26-331902",
             place="Rowan Park, Stanedge (rear of the pavilion)", oic_short="DC 6012 LOCKE")
    mg3 = [
        ("title", "MG3 - REQUEST FOR EARLY ADVICE"),
        ("line", f"URN: {c['urn']}      Force: Northmoor Police      Unit: CAIT (Child Abuse Investigation Team), Stanedge"),
        ("line", "Type of request: EARLY ADVICE. No charging decision is requested at this stage."),
        ("line", "OIC: DC 6012 Hannah LOCKE  tel 01632 960612  mob 07700 900612  hannah.locke@northmoor-police.example"),
        ("line", "Suspect: Jordan HASKELL, born 30/01/2007 (19). Status: released on pre-charge bail to 17/12/2026."),
        ("line", "Bail conditions: no contact with Ellie-Mae TRANTER or any child under 16; not to use Snapchat/Instagram."),
        ("h", "1. Why early advice is sought"),
        ("p", "Advice on (a) the appropriate charge: s.1 rape or s.9 sexual activity with a child (Ellie-Mae says she 'didn't really "
              "want to' but did not say no), plus s.15A sexual communication with a child; (b) whether his claim that he believed "
              "she was 16 needs any further enquiry; (c) the proportionate scope of the suspect's and the complainant's digital "
              "material before we go further."),
        ("h", "2. Investigation so far"),
        ("p", "Ellie-Mae TRANTER (13, DOB 04/05/2013) met HASKELL on Snapchat in July 2026. After weeks of messages he met her on "
              "12/09/2026 at Rowan Park and had vaginal intercourse with her behind the pavilion. On 18/09/2026 she told the "
              "Designated Safeguarding Lead at Stanedge Academy, Karen OKAFOR, who called police. PC 4410 RUSHWORTH attended the "
              "school. A strategy meeting was held 18/09/2026. ABE 21/09/2026 (exhibit HL/1, summary attached, DC LOCKE's MG11 "
              "attached) with her ChISVA present in the monitoring room as supporter. Suspect arrested 22/09/2026, no comment "
              "interview (SDN attached); his phone seized."),
        ("h", "3. Complainant's account"),
        ("p", "In the ABE (HL/1) she describes the messages, the meeting, and intercourse; she told him she was 13 in July. First "
              "account: Mrs OKAFOR (DSL) on 18/09/2026 - statement attached. First officer: PC RUSHWORTH - statement attached."),
        ("h", "4. Suspect's account"),
        ("p", "No comment interview on 22/09/2026 after legal advice. Likely defence: he may say he believed she was 16 (her Snapchat "
              "profile showed '16'); he may deny meeting her. Age belief is not a defence to s.9 for under-13s but she was 13, so it is a live issue."),
        ("h", "5. Lines of enquiry planned (with target dates)"),
        ("p", "a) Suspect's phone: full download (suspect device) - submitted 23/09, target 04/12/2026. b) Snapchat data request for "
              "both accounts (subscriber and messages 01/07-18/09/2026) - target 18/12/2026. c) Complainant's phone: selective "
              "extraction of Snapchat, Instagram and texts with the suspect's accounts only, 01/07/2026-18/09/2026 (DPN agreed by "
              "Ellie-Mae and her mother 21/09/2026) - target 27/11/2026. d) Park CCTV: Rowan Park has no cameras; the Pavilion Cafe "
              "camera faces the road and was overwritten after 14 days - checked 19/09, no footage exists. e) Pointing away from the "
              "suspect: whether anyone else used his account (his brother) - to be asked of Snapchat and covered by the phone "
              "download; whether she told him her age - the messages from July will show this either way. f) No SARC (6 days after) - "
              "FME offered and declined by Ellie-Mae and her mother 18/09/2026."),
        ("p", "No request has been made to the school, health or social care for records about Ellie-Mae, and none is planned unless "
              "advised; so no notice has been needed."),
        ("h", "6. Victim and witness"),
        ("p", "Child witness: eligible s.16 YJCEA. ABE as evidence in chief; s.28 pre-recorded cross-examination - Ellie-Mae and her "
              "mother want this (discussed 21/09/2026); intermediary assessment requested 25/09/2026 (RI appointment 08/12/2026) "
              "because of her age and anxiety. Supporter: her ChISVA. ChISVA (children's ISVA) Leah MONTGOMERY, Northmoor ChISVA "
              "Service, referral 18/09/2026. Needs: contact through her mother Stacey TRANTER; school informed of support plan. "
              "VPS: offered to Ellie-Mae and her mother 21/09/2026; they will decide after the early advice - recorded."),
        ("sig", "Supervisor: DS 5187 Martin ABBOTT - endorsed for early advice 24/11/2026"),
    ]
    pdf_text(F.p("EA request 21NM0833226.pdf"), mg3, head_l="NORTHMOOR POLICE :: CRIMSON", head_r="OFFICIAL-SENSITIVE",
             foot="", mono=True, size=8.5)
    F.add("EA request 21NM0833226.pdf", "MG3")
    mp4(F.p("HL1_20260921.mp4"), 3, "NM VRI STANEDGE 21/09/2026 15:40:{s:02d}", "HL/1 ABE", f"URN {c['urn']}", seed=7)
    F.add("HL1_20260921.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "HL1 index.pdf", "HL/1", "21/09/2026 1540-1631hrs", "Ellie-Mae TRANTER (13)",
                    "DC 6012 LOCKE (interviewer); monitor DC 6290 FRY; ChISVA L. MONTGOMERY (supporter, monitor room)",
                    [["00:00", "Rapport (drawing), ground rules, truth/lies"], ["00:08", "Met 'J' on Snapchat in July, told him she was 13"],
                     ["00:20", "Meeting at Rowan Park 12/09 after school"], ["00:29", "Behind the pavilion, intercourse"],
                     ["00:40", "Told Miss Okafor on 18/09"], ["00:48", "Close"]],
                    "Ellie-Mae gives a clear account; she says she told him her age in July and he said 'age is just a number'.")
    mg11_pdf(F, "LOCKE HL1.pdf", c["urn"], dict(
        name="Hannah LOCKE, DC 6012", occ="Detective constable", date="21st Sept 2026", sig="[signed]",
        body=["On 21st Sept 2026 from 1540 to 1631hrs I interviewed Ellie-Mae TRANTER on video at the Stanedge VRI suite. I produce "
              "the recording as HL/1.",
              "The DPN for Ellie-Mae's phone was explained to her and her mother the same day; both agreed."]), "officer", style="short",
        force="Northmoor Police")
    mg11_pdf(F, "OKAFOR DSL.pdf", c["urn"], dict(
        name="Karen OKAFOR", occ="Designated Safeguarding Lead, Stanedge Academy", date="18/09/2026", sig="K. Okafor (signed)",
        body=["At about 1030hrs on Friday 18/09/2026 Ellie-Mae TRANTER (Year 9) asked to see me. She told me 'I met someone off "
              "Snapchat, he's 19, we had sex in the park last Saturday'. I did not ask questions beyond who and when.",
              "I rang the police at 1042hrs and her mother. I wrote a note of her words at 1040, which I produce as KO/1."]),
        "first_account", force="Northmoor Police")
    mg11_pdf(F, "RUSHWORTH.pdf", c["urn"], dict(
        name="Dean RUSHWORTH, PC 4410", occ="Police constable", date="18/09/2026", sig="D Rushworth [signed]",
        body=["At 1120hrs on 18/09/2026 I was the first officer to attend Stanedge Academy. I spoke to the DSL and, with her mother "
              "present, briefly to Ellie-Mae, who said 'Jordan, he's 19, Snapchat'. I did not take an account, as an ABE was planned."]),
        "officer", style="short", force="Northmoor Police")
    roti(F, c, "SDN HASKELL.pdf", "Jordan HASKELL", "22/09/2026 1305-1318hrs", "Stanedge Custody",
         "DC 6012 LOCKE, DC 6290 FRY, Mr T. Nwosu (solicitor)",
         ["Short descriptive note. Caution given. On legal advice HASKELL answered 'no comment' to all questions about the "
          "Snapchat account 'jay_hk07', the meeting on 12/09/2026 and his knowledge of Ellie-Mae's age. No prepared statement."],
         kind="SHORT DESCRIPTIVE NOTE (SDN)")
    pnc_suspect(F, c, "PNC HASKELL.pdf", "Jordan HASKELL", "30/01/2007", "25/100442M", [])
    dpn_pdf(F, c, "DPN Tranter.pdf",
            [("Device user", "Ellie-Mae TRANTER (13); parent Stacey TRANTER"), ("Device", "iPhone, exhibit HL/2"),
             ("Why", "Messages with the suspect show how contact began and whether she told him her age"),
             ("Data", "Snapchat (saved chats), Instagram DMs and SMS with accounts 'jay_hk07' and 07700 900644 only"),
             ("Date range", "01/07/2026 - 18/09/2026"), ("Not taken", "Photos, other friends' messages, browsing, location"),
             ("Date", "21/09/2026")],
            "Explained to Ellie-Mae in words she understood and to her mother. Both agree. Signed: S. Tranter [signed] / E. Tranter [signed]. 21/09/2026.")
    incident_log(F, c, "CAD NM-0918-0655.pdf", [
        ("18/09/26 10:42", "OP 301", "CALLER DSL STANEDGE ACADEMY. 13YR FEMALE DISCLOSED SEX WITH 19YR MALE MET ON SNAPCHAT, 12/09 ROWAN PARK"),
        ("18/09/26 10:50", "OP 301", "CAIT INFORMED. STRATEGY MEETING TO BE CONVENED"), ("18/09/26 11:20", "PC 4410", "AT SCHOOL")])
    crime_report(F, c, "crime NM-26-331902.pdf",
                 [("Offence", "Sexual activity with a child (s.9 SOA 2003) / rape (s.1) - under review"), ("Date", "12/09/2026"),
                  ("Location", c["place"]), ("Victim", "TRANTER, Ellie-Mae, 13"), ("Suspect", "HASKELL, Jordan, 19"),
                  ("OIC", "DC 6012 LOCKE")],
                 "Adult male groomed a 13-year-old on Snapchat and had intercourse with her in a park.",
                 ["18/09 Strategy meeting.", "21/09 ABE; DPN.", "22/09 Arrest, interview, bail.", "24/11 Early advice request."])
    pnc_witnesses(F, c, "PNC witness checks.pdf", [("Karen OKAFOR", "19/10/1979", "No trace"), ("Stacey TRANTER", "02/12/1988", "No trace")])
    F.finish(root)


# =========================================================================== C06: withdrew then re-engaged; written statement instead of ABE; MG3 in DOCX
def docx_mg3(path, urn, rows, force):
    d = docx_new()
    t0 = d.add_paragraph(force.upper())
    t0.runs[0].bold = True
    d.add_paragraph("MG3  REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION").runs[0].bold = True
    d.add_paragraph("OFFICIAL-SENSITIVE (when complete)")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("URN", urn)] + rows:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        parts = v.split("\n")
        cells[1].text = parts[0]
        for more in parts[1:]:
            cells[1].add_paragraph(more)
        cells[0].width = Mm(45)
        cells[1].width = Mm(130)
    docx_save(d, path)


def case06(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "sv_ormerod_reengaged", "charging", 0, [], ALL)
    c = dict(style="SV", urn="62SV0691126", suspect="Liam FAIRCLOUGH", cad="SV/0705/0388", crime_no="SV-CR-26-51877",
             place="Flat 9, Wharf House, Canal Street, Aldbury-on-Severn", oic_short="DC 3471 BARKER")
    rows = [
        ("Decision required", "Full Code Test - charging decision (suspect on bail)"),
        ("Suspect", "Liam FAIRCLOUGH, DOB 25/12/1995, Flat 9 Wharf House, Canal Street"),
        ("Offence", "Rape, s.1 SOA 2003 - Natalie ORMEROD (27) - at the suspect's flat, about 0300hrs on 05/07/2026"),
        ("Bail", "Pre-charge bail, answer 10/12/2026. Conditions: no contact with Natalie ORMEROD or Becky HALLORAN; not to post about either of them online."),
        ("Summary",
         "NO and FAIRCLOUGH knew each other through friends. After a house party on 04/07/2026 a group went back to his flat. The "
         "others left at about 0230. NO fell asleep on the sofa. She woke to find him on top of her having vaginal intercourse. She "
         "pushed him off and left, walking home. At 0347hrs she texted her friend Becky HALLORAN 'Liam had sex with me while I was "
         "asleep' and went to Becky's at 0900. Becky rang 101 with her at 1004hrs on 05/07/2026."),
        ("Complainant's account and withdrawal",
         "NO first gave an initial account to PC PRENTICE on 05/07 and attended the SARC. An ABE was planned for 08/07 but she "
         "postponed it. On 22/07/2026 she withdrew her support and gave a withdrawal statement (attached): she was frightened by "
         "posts about her on social media by FAIRCLOUGH's friends and by pressure from her family, and said the report was true. "
         "She was told she could re-engage at any time; her ISVA stayed in touch. On 01/09/2026 she re-engaged.\n"
         "ABE not conducted - complainant chose to give a written statement after the options were explained (by DC BARKER on "
         "01/09/2026, including that an ABE could be played as her evidence in chief). Her MG11 of 03/09/2026 is attached."),
        ("First account", "Becky HALLORAN - text at 0347hrs and in person at 0900hrs on 05/07/2026. Statement attached with the text exhibited (BH/1)."),
        ("Suspect's account", "Interviewed 06/07/2026 with solicitor. Accepts intercourse. Says NO was awake, kissed him and consented. Likely defence: consent / reasonable belief."),
        ("Lines of enquiry",
         "Done: SARC (swabs retained), statements from three party guests (two left at 0230 and saw NO asleep on the sofa - "
         "statement of Jack MOSS attached; the third, Amira SOLE, saw nothing relevant - on MG6C); NO's phone - selective "
         "extraction under DPN (messages with FAIRCLOUGH and with Becky, 04/07-06/07/2026); FAIRCLOUGH's phone downloaded: a "
         "message to a friend at 0412 'she's kicking off says I took advantage'.\n"
         "Pointing away: whether NO sent flirtatious messages to FAIRCLOUGH that night - her extraction and his download show none; "
         "whether NO was seen kissing him at the party - all three guests asked, none saw it. The social media posts about NO "
         "were captured (SV/SM1) and are on the MG6C; none of them are from NO.\n"
         "Not pursued: her counselling records (Aldbury Rape Crisis, from August) - there is no reasonable line of enquiry; no "
         "request has been made."),
        ("Outstanding", "None - no further enquiries are outstanding. DNA not submitted because intercourse is admitted (forensic manager's decision 07/07/2026, swabs retained)."),
        ("Forensic / medical", "SARC 05/07/2026 (Dr K. ONYEKA): no injuries; NO signed consent for release of SARC notes to police and CPS. Statement attached."),
        ("Digital", "DPN signed 05/07/2026 - selective extraction, messages with two contacts, 04/07/2026 to 06/07/2026 only. Phone returned 06/07/2026."),
        ("Third party", "None requested. No notice needed."),
        ("Special measures / needs / VPS / ISVA",
         "Special measures (s.17(4)): she wants screens and to give evidence in the courtroom; she does not want s.28 - she says "
         "she wants to 'say it to the jury' - discussed 03/09/2026, and she understands she can change her mind. No intermediary "
         "needed. Needs: she has an anxiety disorder and wants breaks; her ISVA Carys EVANS (referred 05/07/2026) to attend. "
         "VPS offered 03/09/2026; she made one (attached). Withdrawal support recorded above."),
        ("Early advice", "Not sought because of the period of withdrawal; once she re-engaged the file was complete within three weeks."),
        ("Disclosure", "MG6C (xlsx), MG6D and MG6E attached. Rebuttable presumption: incident log, crime report, first-account statement and text, witness PNCs."),
        ("OIC", "DC 3471 Yusuf BARKER - 01632 960471 - 07700 900471 - yusuf.barker@severnside-police.example"),
        ("Supervisor", "DS 2901 QUAYLE. Endorsed 23/11/2026."),
    ]
    docx_mg3(F.p("MG3 Ormerod.docx"), c["urn"], rows, "Severnside Police")
    F.add("MG3 Ormerod.docx", "MG3")
    body = [
        "I am 27 years old. I make this statement about what Liam FAIRCLOUGH did to me on 5th July 2026. I have been told I could "
        "be interviewed on video instead and I chose to write a statement with DC BARKER.",
        "On Saturday 4th July I went to a party at a friend's house on Lock Road. I knew Liam a bit from friends, I had met him "
        "maybe five times. I drank about three glasses of wine and one shot. At about 1 am about six of us went back to Liam's flat "
        "on Canal Street. We had music on and talked.",
        "I was tired and I lay down on the sofa with my jacket over me. I remember Jack and Amira saying bye. I fell asleep. I was not "
        "flirting with Liam and I did not kiss him at any point that night.",
        "I woke up because I felt weight on me. My leggings and pants were down round my knees and Liam was on top of me and his penis "
        "was inside my vagina. I said 'what are you doing' and pushed his chest. He said 'you were up for it'. I said 'I was asleep'. "
        "I got up and pulled my clothes up and left. I did not have my other shoe, I walked home.",
        "At 3.47 am I texted Becky 'Liam had sex with me while I was asleep'. I could not sleep. I went to Becky's in the morning "
        "and she rang the police with me.",
        "After I reported it, people I do not know started posting about me on Instagram, saying I was a liar and a slag. My mum "
        "said it would ruin the family. On 22nd July I told DC BARKER I did not want to go on with it. I said then and I say now "
        "that what I told the police was true. I stopped because I was scared. My ISVA kept in touch with me. In August I decided "
        "I want to go ahead.",
        "I have never consented to any sexual activity with Liam FAIRCLOUGH."]
    mg11_pdf(F, "Ormerod N MG11 030926.pdf", c["urn"], dict(
        name="Natalie ORMEROD", occ="Retail supervisor", date="03/09/2026", sig="N. Ormerod", sigtype="script",
        witnessed="DC 3471 BARKER", body=body), "complainant", force="Severnside Police")
    mg11_pdf(F, "scan_0012.pdf", c["urn"], dict(
        name="Natalie ORMEROD", occ="Retail supervisor", date="22/07/2026", sig="N Ormerod [signed]",
        body=["I reported to the police on 5th July 2026 that Liam FAIRCLOUGH had sex with me while I was asleep. What I said was true.",
              "I do not want to continue with the investigation at the moment. This is because of things being posted about me on "
              "social media and because of pressure at home. Nobody from the police has pressured me. I know I can change my mind.",
              "I am happy for the police to keep the evidence they have."]), "complainant", render="scan", seed=61)
    mg11_pdf(F, "IMG_20260706_1102.jpg", c["urn"], dict(
        name="Rebecca (Becky) HALLORAN", occ="Nursery nurse", date="06/07/2026", sig="(Sgd) R Halloran",
        body=["I have been friends with Natalie since school. At 3.47am on 5th July 2026 I received a text from her: 'Liam had sex "
              "with me while I was asleep'. I saw it when I woke at 7. I rang her and she was crying.",
              "She came to mine about 9am. She told me she fell asleep on his sofa and woke up with him inside her. She kept saying "
              "'I was asleep, I was asleep'. We rang 101 together at about 10.",
              "I produce a screenshot of the text as exhibit BH/1."]), "first_account", render="photo", seed=62)
    mg11_pdf(F, "PRENTICE PC5512.pdf", c["urn"], dict(
        name="Oliver PRENTICE, PC 5512", occ="Police constable", date="05/07/2026", sig="O. Prentice [signed]",
        body=["At 1041hrs on 05/07/2026 I was the first officer to attend, at 12 Sandpiper Close (Becky HALLORAN's home), after a 101 "
              "call. Natalie ORMEROD told me 'I fell asleep at Liam's and woke up with him having sex with me'. I recorded this in my PNB.",
              "I took her to the SARC. I seized her leggings and underwear, OP/1 and OP/2."]), "officer", style="short",
        force="Severnside Police")
    mg11_pdf(F, "BARKER exhibits.pdf", c["urn"], dict(
        name="Yusuf BARKER, DC 3471", occ="Detective constable", date="04/09/2026", sig="[signed] Y Barker",
        body=["I am the OIC. On 05/07/2026 Natalie ORMEROD agreed to a selective extraction of her phone under a Digital Processing "
              "Notice. I produce the extraction report as YB/1. I captured the public social media posts about her on 23/07/2026; "
              "they are retained as unused material.",
              "On 01/09/2026 I explained to Natalie her options for giving her account (video-recorded interview or written "
              "statement). She chose a written statement, which I took on 03/09/2026."]), "officer", force="Severnside Police")
    mg11_pdf(F, "MOSS J.pdf", c["urn"], dict(
        name="Jack MOSS", occ="Chef", date="14/07/2026", sig="J Moss (signed)",
        body=["I went back to Liam's flat after the party on 4th-5th July. When I left with Amira at about 2.30am Natalie was asleep on "
              "the sofa with her jacket over her. I did not see her and Liam kiss or anything like that at any time that night."]),
        "witness", style="short", force="Severnside Police")
    mg11_pdf(F, "ONYEKA SARC.pdf", c["urn"], dict(
        name="Dr Kemi ONYEKA", occ="Forensic physician, Aldbury SARC", date="09/07/2026", sig="K. Onyeka [signed]",
        body=["I examined Natalie ORMEROD at Aldbury SARC at 1400hrs on 05/07/2026 with her written consent, including consent to "
              "release of the SARC notes. I found no injuries; this does not mean intercourse did not happen. Swabs KO/1-6 were taken."]),
        "expert", force="Severnside Police")
    roti(F, c, "ROTI FAIRCLOUGH 060726.pdf", "Liam FAIRCLOUGH", "06/07/2026 1115-1204hrs", "Aldbury Custody",
         "DC 3471 BARKER, DC 3399 MILLER, Mr G. Haddad (solicitor)",
         ["FAIRCLOUGH: She was awake. She was kissing me on the sofa after the others went. We had sex, she was into it, then she "
          "suddenly freaked out and left.", "Q: Message at 0412 'she's kicking off says I took advantage'? A: That's what she said, not what happened.",
          "Interview concluded 1204hrs."])
    pnc_suspect(F, c, "PNC FAIRCLOUGH.pdf", "Liam FAIRCLOUGH", "25/12/1995", "14/221190T", [])
    pnc_witnesses(F, c, "PNC witnesses.pdf", [("Natalie ORMEROD", "30/03/1999", "No trace"), ("Rebecca HALLORAN", "16/06/1999", "No trace"),
                                              ("Jack MOSS", "07/07/1996", "Caution 2017 - possession of cannabis (disclosable, MG6C item 8)")])
    xlsx_schedule(F.p("MG6C Ormerod.xlsx"), "POLICE SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL", "MG6C", c["urn"],
                  ["Item", "Description and relevant date", "Location", "CPS use"],
                  [[1, "101 call and incident log SV/0705/0388, 05/07/2026 1004hrs (with file)", "OIC", ""],
                   [2, "Crime report SV-CR-26-51877 (with file)", "KESTREL", ""],
                   [3, "PC PRENTICE PNB 05/07/2026 - first words", "Aldbury", ""],
                   [4, "ABE interview plan 07/07/2026 (interview not held - see MG3)", "OIC", ""],
                   [5, "Withdrawal of support: DC BARKER's note of meeting 22/07/2026 and victim contact log 22/07-01/09/2026", "OIC", ""],
                   [6, "Captures of Instagram posts about NO by third parties, 23/07/2026 (11 posts)", "OIC", ""],
                   [7, "Statement of Amira SOLE 15/07/2026 - left at 0230, saw nothing relevant", "OIC", ""],
                   [8, "PNC of Jack MOSS - caution 2017 cannabis", "OIC", ""],
                   [9, "Download report of suspect's phone incl. message 0412hrs 05/07/2026", "Digital unit", ""]],
                  ["Disclosure officer DC 3471 BARKER  26/11/2026"], [6, 90, 16, 10])
    F.add("MG6C Ormerod.xlsx", "MG6C")
    mg6d_pdf(F, c, "MG6D.pdf", [["1", "ISVA correspondence and NO's contact details", "Personal data of complainant", "ND"],
                                ["2", "Note of family pressure (names of family members)", "Private family information", "ND"]], "DC 3471 BARKER")
    mg6e_pdf(F, c, "MG6E.pdf", "DC 3471 BARKER", ["MG6C items 5 (withdrawal) and 8 (witness caution) may be thought to meet the disclosure test and are copied with the file."])
    incident_log(F, c, "incident SV0705.pdf", [
        ("05/07/26 1004", "C/H 3190", "101 CALL. REBECCA HALLORAN WITH FRIEND NATALIE ORMEROD. NO WOKE TO FIND LIAM FAIRCLOUGH HAVING SEX WITH HER AT HIS FLAT APPROX 0300"),
        ("05/07/26 1010", "C/H 3190", "PRIORITY. UNIT REQUESTED 12 SANDPIPER CLOSE"), ("05/07/26 1041", "PC 5512", "ON SCENE")])
    crime_report(F, c, "crime report 51877.pdf",
                 [("Offence", "Rape s.1 SOA 2003"), ("Date", "05/07/2026 approx 0300hrs"), ("Location", c["place"]),
                  ("Victim", "ORMEROD, Natalie, 27"), ("Suspect", "FAIRCLOUGH, Liam, 30"), ("OIC", "DC 3471 BARKER"),
                  ("Victim status", "Withdrew support 22/07/2026 (fear of online abuse, family pressure); re-engaged 01/09/2026; ISVA throughout")],
                 "Suspect had intercourse with victim while she slept on his sofa after a party.",
                 ["05/07 SARC.", "06/07 Interview.", "22/07 Withdrawal statement; investigation kept open, evidence retained.",
                  "01/09 Re-engaged; 03/09 MG11.", "23/11 File to CPS."])
    dpn_pdf(F, c, "DPN 050726.pdf",
            [("Name", "Natalie ORMEROD"), ("Device", "iPhone 13"), ("Reason", "Her text to Becky at 0347 and any messages with the suspect that night"),
             ("Data", "SMS/iMessage/WhatsApp with Becky HALLORAN and Liam FAIRCLOUGH only"), ("Date range", "04/07/2026 00:00 to 06/07/2026 23:59"),
             ("Not taken", "Everything else"), ("Date", "05/07/2026")],
            "Agreed. N. Ormerod [signed] 05/07/2026 1530hrs. Officer DC 3471 BARKER.")
    sys_pdf(F, c, "YB1 extraction.pdf", "DIGITAL_EXTRACT", "SELECTIVE EXTRACTION REPORT YB/1",
            [("line", "Parameters: 2 contacts, 04/07/2026-06/07/2026 (DPN 05/07/2026)"),
             ("t", ["Time", "With", "Text"], [["05/07 03:47", "Becky", "Liam had sex with me while I was asleep"]], (30, 30, 120))])
    mg12_pdf(F, c, "MG12.pdf", [["BH/1", "Screenshot of text 0347hrs", "R. HALLORAN", "OIC"], ["YB/1", "Selective extraction report", "DC BARKER", "With file"],
                                ["OP/1", "Leggings", "PC PRENTICE", "Store"], ["OP/2", "Underwear", "PC PRENTICE", "Store"],
                                ["KO/1-6", "SARC swabs (retained)", "Dr ONYEKA", "Store"]])
    sys_pdf(F, c, "VPS Ormerod.pdf", "VPS", "VICTIM PERSONAL STATEMENT",
            [("p", "Natalie ORMEROD, 03/09/2026. After the posts I stopped going out. I nearly gave up. I want the court to know why."),
             ("sig", "Signed: N. Ormerod  Date: 03/09/2026")])
    F.finish(root)


# =========================================================================== C07: compliant but keyword-suspicious
def case07(root):
    ALL = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
           "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
           "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
           "witness_convictions", "mg6c", "mg6d", "mg6e", "schedule_descriptions", "rebuttable_presumption",
           "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits", "forensic_medical",
           "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "nm_larkin_flat", "charging", 0, [], ALL)
    c = dict(style="NM", urn="21NM0866926", suspect="Adam LARKIN", cad="NM-1012-1507", crime_no="NM-26-340077",
             place="Flat 4, 18 Ferncliffe Terrace, Stanedge", oic_short="DC 6230 NYLAND")
    mg3 = [
        ("title", "REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION (MG3)"),
        ("line", f"URN {c['urn']}    Northmoor Police - RASSO Stanedge"),
        ("h", "1. Decision sought"),
        ("p", "Full Code Test. Suspect on pre-charge bail (to 08/01/2027): not to contact Sophie LARKIN, not to go to Ferncliffe Terrace; living at his brother's address."),
        ("h", "2. Offence and suspect"),
        ("p", "Rape (s.1 SOA 2003). Adam LARKIN (DOB 11/04/1992), husband of the complainant Sophie LARKIN (31). Their flat, about 2300hrs on Monday 12/10/2026."),
        ("h", "3. Summary"),
        ("p", "The couple had argued about money. Sophie went to bed. She says Adam came in, pulled off her pyjama bottoms, held her "
              "wrists above her head and had vaginal intercourse while she cried and told him to stop. Afterwards he went to the "
              "living room and fell asleep. She locked herself in the bathroom and called 999 at 2341hrs. PC 4718 GREAVES arrived "
              "at 2352hrs; body-worn video was recording (RG/1, provided)."),
        ("h", "4. Evidence"),
        ("p", "ABE 13/10/2026 by DC NYLAND (GN/1, summary, DC NYLAND's MG11). 999 call recording (GN/2, audio file provided, produced "
              "by DC NYLAND). BWV of PC GREAVES (RG/1, provided, produced by PC GREAVES). FME statement and SFR1 (Dr FINCH). CCTV: not "
              "relevant - incident inside the flat; there are no cameras in the building."),
        ("p", "No first account witness - she told nobody before calling 999 herself. The 999 call and her words to PC GREAVES on "
              "BWV are the first complaint records and are both with the file."),
        ("h", "5. Early advice and why it was not sought"),
        ("p", "Early advice: not sought. The suspect was arrested at the scene, interviewed within 12 hours and gave a full account, "
              "and the forensic results were back within five weeks; DS ABBOTT decided at the 28-day review that the case was ready "
              "for a full code decision and that early advice would only add delay for Sophie."),
        ("h", "6. Suspect's account"),
        ("p", "Interviewed 13/10/2026. Accepts intercourse. Says it was consensual 'make-up sex' after the argument and that Sophie "
              "called the police to get him out of the flat because she wants a divorce. Defence: consent."),
        ("h", "7. Lines of enquiry"),
        ("p", "Pursued: ABE, FME (bruising to both wrists), SFR, BWV, 999 call, interview, neighbour in Flat 3 (heard raised "
              "voices at about 2230, nothing after - statement on MG6C). Pointing away from the suspect: his claim she wants a "
              "divorce and made this up - we asked Sophie (she says she had not decided anything), checked for any previous "
              "allegations by her (none), and checked the family court portal (no proceedings). Phone: she did not want her phone "
              "examined and it has not been - nothing she has said points to messages about the incident, so it is not a reasonable "
              "line of enquiry; his phone was not seized for the same reason."),
        ("h", "8. Outstanding"),
        ("p", "Outstanding: nil"),
        ("h", "9. Forensic and medical"),
        ("p", "FME Dr Rosa KHAN examined at Stanedge SARC 13/10/2026 0200hrs; Sophie signed consent to the examination and the "
              "release of the notes. SFR1 (Dr Eleanor FINCH, Tamar Forensic Services) 17/11/2026: semen on vaginal swabs, DNA matches "
              "the suspect (not in dispute)."),
        ("h", "10. Victim"),
        ("p", "Special measures: s.17(4) eligible. ABE evidence in chief, screens; Sophie does want s.28 pre-recorded cross-examination "
              "(asked 20/10/2026). No intermediary needed. Needs: she has moved to her mother's; no interpreter. ISVA: referred 13/10 "
              "(Northmoor ISVA, Jen TULLY). VPS offered 20/10/2026 - Sophie declined to make one at present; recorded."),
        ("h", "11. Third-party and disclosure"),
        ("p", "No third-party material requested (none needed); no notice required. MG6C, MG6D, MG6E attached with the incident log, "
              "crime report and witness PNCs."),
        ("line", "OIC: DC 6230 Gemma NYLAND   01632 960630   07700 900630   gemma.nyland@northmoor-police.example"),
        ("line", "Supervisor: DS 5187 Martin ABBOTT  -  endorsed 19/11/2026"),
    ]
    pdf_text(F.p("NM-26-340077 charging file MG3.pdf"), mg3, head_l="NORTHMOOR POLICE :: CRIMSON", head_r="MG3",
             foot="OFFICIAL-SENSITIVE when complete", mono=True, size=8.5)
    F.add("NM-26-340077 charging file MG3.pdf", "MG3")
    mp4(F.p("GN1.mp4"), 3, "NM VRI STANEDGE 13/10/2026 11:10:{s:02d}", "GN/1 ABE Sophie LARKIN", f"URN {c['urn']}", seed=8)
    F.add("GN1.mp4", "ABE_RECORDING")
    mp4(F.p("BWV_4718_20261012_2352.mp4"), 4, "AXN-4718 2026-10-12 23:52:{s:02d}", "Body worn video PC 4718",
        f"RG/1 URN {c['urn']}", scene="bwv", seed=9)
    F.add("BWV_4718_20261012_2352.mp4", "BWV")
    wav(F.p("999 call 2341hrs.wav"), 4, seed=10)
    F.add("999 call 2341hrs.wav", "CALL_999")
    abe_summary_pdf(F, c, "GN1 summary.pdf", "GN/1", "13/10/2026 1110-1214hrs", "Sophie LARKIN (31)",
                    "DC 6230 NYLAND (interviewer), DC 6011 BRIGGS (monitor)",
                    [["00:00", "Ground rules"], ["00:04", "Argument about money"], ["00:15", "In bed; held wrists, intercourse; 'stop'"],
                     ["00:32", "Bathroom, 999"], ["00:41", "Relationship history; no previous violence reported"], ["00:58", "Close"]],
                    "Sophie gives a clear account; consistent with the 999 call and BWV.")
    mg11_pdf(F, "NYLAND.pdf", c["urn"], dict(
        name="Gemma NYLAND, DC 6230", occ="Detective constable", date="14/10/2026", sig="(Sgd) G. Nyland",
        body=["On 13/10/2026 I interviewed Sophie LARKIN on video at the Stanedge VRI suite, 1110-1214hrs. I produce the recording as GN/1.",
              "On 14/10/2026 I obtained the recording of the 999 call made by Sophie at 2341hrs on 12/10/2026 and produce it as GN/2."]),
        "officer", style="short", force="Northmoor Police")
    mg11_pdf(F, "GREAVES 4718.pdf", c["urn"], dict(
        name="Robert GREAVES, PC 4718", occ="Police constable", date="13/10/2026", sig="R Greaves [signed]",
        body=["At 2352hrs on 12/10/2026 I was the first officer at Flat 4, 18 Ferncliffe Terrace. My body-worn camera was recording "
              "from my arrival. Sophie LARKIN came out of the bathroom and said 'he raped me, he held my hands down'. I arrested "
              "Adam LARKIN, who was on the sofa, at 2358hrs.",
              "I produce my body-worn video as RG/1."]), "officer", force="Northmoor Police")
    mg11_pdf(F, "FINCH SFR.pdf", c["urn"], dict(
        name="Dr Eleanor FINCH", occ="Forensic scientist, Tamar Forensic Services", date="17/11/2026", sig="E. Finch (signed)",
        body=["I examined vaginal swabs RK/3 and RK/4 from Sophie LARKIN. Semen was found. A DNA profile matching Adam LARKIN's "
              "reference sample was obtained; the match probability is in the order of one in a billion."]), "expert",
        force="Northmoor Police")
    sys_pdf(F, c, "SARC FME note.pdf", "MEDICAL", "SARC - FORENSIC MEDICAL EXAMINATION SUMMARY",
            [("p", "Patient: Sophie LARKIN. Examined 13/10/2026 0200hrs by Dr Rosa KHAN. Signed consent: examination YES; samples YES; "
                   "release of notes to police/CPS YES."),
             ("p", "Findings: oval bruises on both wrists (8-14 mm). No anogenital injury. Samples RK/1-RK/6.")])
    roti(F, c, "ROTI A LARKIN.pdf", "Adam LARKIN", "13/10/2026 1020-1101hrs", "Stanedge Custody",
         "DC 6011 BRIGGS, DC 6230 NYLAND, Ms R. Kaur (solicitor)",
         ["LARKIN: We rowed. Later we made up, we had sex, she wanted it. She's called you to get me out because she wants me gone.",
          "Q: Bruises on her wrists? A: I held her hands, she likes that.", "Interview ended 1101hrs."])
    pnc_suspect(F, c, "PNC A LARKIN.pdf", "Adam LARKIN", "11/04/1992", "12/556010N", [])
    pnc_witnesses(F, c, "PNC nil returns.pdf", [("Sophie LARKIN", "03/02/1995", "No trace"), ("Mr D. OWUSU (Flat 3)", "20/08/1961", "No trace")])
    mg6c_pdf(F, c, "MG6C.pdf", [
        ["1", "999 incident log NM-1012-1507 12/10/2026 2341hrs (with file)", "OIC", ""],
        ["2", "Crime report NM-26-340077 (with file)", "CRIMSON", ""],
        ["3", "ABE interview plan 13/10/2026, Sophie LARKIN", "OIC", ""],
        ["4", "Statement of Dennis OWUSU, Flat 3, 15/10/2026: raised voices about 2230hrs, nothing after", "OIC", ""],
        ["5", "Family court portal check 21/10/2026: no proceedings between the parties", "OIC", ""],
        ["6", "Intelligence check: no previous allegations by Sophie LARKIN", "OIC", ""]], "DC 6230 NYLAND")
    mg6d_pdf(F, c, "MG6D.pdf", None, "DC 6230 NYLAND",
             nil_text="NIL RETURN - no sensitive material has been retained in this investigation.")
    mg6e_pdf(F, c, "MG6E.pdf", "DC 6230 NYLAND", ["No item on the MG6C is considered to undermine the prosecution case or assist the defence at this stage."])
    incident_log(F, c, "CAD NM-1012-1507.pdf", [
        ("12/10/26 23:41:09", "OP 118", "999 FEMALE WHISPERING, IN BATHROOM. SAYS HUSBAND RAPED HER, HE IS IN LIVING ROOM. SOPHIE LARKIN"),
        ("12/10/26 23:42:00", "OP 118", "KEEP CALLER ON LINE. UNITS DISPATCHED"), ("12/10/26 23:52:30", "PC 4718", "ON SCENE, BWV ON"),
        ("12/10/26 23:58:10", "PC 4718", "MALE ARRESTED")])
    crime_report(F, c, "crime NM-26-340077.pdf",
                 [("Offence", "Rape s.1 SOA 2003 (domestic)"), ("Date", "12/10/2026 approx 2300"), ("Location", c["place"]),
                  ("Victim", "LARKIN, Sophie, 31"), ("Suspect", "LARKIN, Adam, 34, husband"), ("OIC", "DC 6230 NYLAND")],
                 "Husband raped wife in their bed after an argument; she called 999 from the bathroom.",
                 ["13/10 SARC, ABE, interview, bail.", "17/11 SFR1.", "19/11 DS review."])
    mg12_pdf(F, c, "MG12.pdf", [["GN/1", "ABE recording", "DC NYLAND", "Property"], ["GN/2", "999 call recording 2341hrs (audio)", "DC NYLAND", "With file"],
                                ["RG/1", "Body-worn video PC GREAVES", "PC GREAVES", "With file"], ["RK/1-6", "SARC samples", "Dr KHAN", "Forensic store"]])
    F.finish(root)


# =========================================================================== F08: MG3 with no test stated + unsigned first-account statement
def case08(root):
    NF = ["mg3_present", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account", "outstanding_dated",
          "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan", "officer_statement",
          "suspect_interview", "previous_convictions", "witness_convictions", "mg6c", "mg6d", "schedule_descriptions",
          "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality", "multimedia", "exhibits",
          "forensic_medical", "special_measures", "victim_care", "files_readable", "one_urn", "third_party_request",
          "third_party_notice"]
    F = Folder(root, "cm_blythe_party", "charging", 1, ["test_sought", "signed"], NF)
    c = dict(style="CM", urn="14CM0745326", suspect="Ryan COSGROVE", cad="CM-0920-0777", crime_no="CM26/198035",
             place="41 Kiln Lane, Caldermoor (upstairs bedroom)", oic_short="DC 1022 PORTEOUS")
    mg3 = [
        ("title", "MG3"),
        ("line", f"URN  {c['urn']}            CALDERMOOR POLICE - RASSO TEAM 2"),
        ("line", "REQUEST: CHARGING ADVICE - RYAN COSGROVE"),
        ("kv", [("SUSPECT", "Ryan COSGROVE DOB 01/05/2002, 6 Pottery Row Caldermoor"),
                ("OFFENCE", "Rape s.1 SOA 2003, Kerry BLYTHE (23), 41 Kiln Lane upstairs bedroom, approx 0130hrs 20th Sept 2026"),
                ("BAIL", "On pre-charge bail to 14.12.26 - no contact with Kerry BLYTHE or Danielle BLYTHE, not to go to Kiln Lane"),
                ("OIC", "DC 1022 Wayne PORTEOUS tel 01632 960122 mob 07700 900122 wayne.porteous@caldermoor-police.example")], 40),
        ("h", "SUMMARY"),
        ("p", "KERRY BLYTHE WENT TO A HOUSE PARTY AT 41 KILN LANE ON SAT 19TH SEPT. SHE WAS DRUNK AND WENT UPSTAIRS TO LIE DOWN IN THE "
              "SPARE ROOM AT ABOUT 0100. COSGROVE FOLLOWED HER IN, LOCKED THE DOOR AND HAD SEX WITH HER, SHE SAYS SHE TOLD HIM NO AND "
              "TRIED TO GET UP BUT COULDNT. HE LEFT. SHE WENT HOME IN A TAXI AND TOLD HER COUSIN DANIELLE BLYTHE WHEN SHE WOKE UP AT "
              "ABOUT 1100 THE SAME DAY. DANIELLE RANG 999 AT 1126"),
        ("h", "EVIDENCE"),
        ("p", "ABE DONE 21st Sept DC PORTEOUS exhibit WP/1 - summary attached and my statment exhibiting it. First account - her "
              "cousin Danielle BLYTHE - statment attached. First officer PC 1677 STOTT statment attached. SARC 20.09.26 - consent "
              "recieved for release of notes, FME statment attached. Toxicology and DNA on swabs - see outstanding"),
        ("h", "SUSPECTS ACCOUNT"),
        ("p", "INTERVIEWED 22.09.26. ADMITS SEX. SAYS SHE CAME ON TO HIM ON THE LANDING AND THEY WENT INTO THE SPARE ROOM TOGETHER. "
              "SAYS SHE WAS 'TIPSY NOT DRUNK'. DEFENCE WILL BE CONSENT / CAPACITY"),
        ("h", "LINES OF ENQUIRY"),
        ("p", "Done - party host Shannon WEBB (statement), two other guests (one statement, one on MG6C), taxi firm booking (0212hrs "
              "pick up - scheduled), her phone NOT examined (she did not want it examined and there is no line of enquiry - she did not "
              "message him), his phone examined (suspect) - nothing relevant. Pointing away from suspect: his claim she came on to him "
              "on the landing - all guests asked, Shannon WEBB saw them both go upstairs separately about 10 mins apart; whether "
              "the door lock works - it does, photographed. Toxicology to show how drunk she was - may help or hurt the case"),
        ("h", "OUTSTANDING"),
        ("p", "1. Toxicology (blood/urine taken 20.09.26 1400hrs) - target date 04.12.26. 2. DNA on swabs - not needed as sex admitted, "
              "submission not made. Nothing else"),
        ("h", "VICTIM"),
        ("p", "SPECIAL MEASURES - S.17(4) ELIGIBLE. ABE AS EVIDENCE IN CHIEF, SCREENS. KERRY WANTS S.28 PRE RECORDED CROSS EXAM - ASKED "
              "03.10.26. NO INTERMEDIARY NEEDED. NEEDS: WANTS FEMALE OFFICER CONTACT, NO INTERPRETER. ISVA REFERRAL MADE 20.09.26 "
              "(CALDERMOOR ISVA SERVICE). VPS OFFERED 03.10.26 - MADE, ATTACHED"),
        ("h", "DIGITAL / THIRD PARTY / DISCLOSURE"),
        ("p", "No DPN - her phone was not examined. No third party requests, none needed. MG6C + MG6D attached. Early advice not "
              "sought because the case was straightforward once the suspect admitted sex in interview. Incident log, crime report "
              "and witness PNCs attached"),
        ("sig", "SUPERVISOR - DS 641 G ELLWOOD - REVIEWED 24.11.26"),
    ]
    pdf_text(F.p("MG3 COSGROVE.pdf"), mg3, head_l="CALDERMOOR POLICE  HARBOUR", head_r="OFFICIAL-SENSITIVE", foot="", size=9)
    F.add("MG3 COSGROVE.pdf", "MG3")
    mp4(F.p("WP1 ABE BLYTHE.mp4"), 3, "CALDERMOOR VRI 21/09/2026 10:30:{s:02d}", "WP/1 ABE", f"URN {c['urn']}", seed=12)
    F.add("WP1 ABE BLYTHE.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "WP1 summary.pdf", "WP/1", "21/09/2026 1030-1128hrs", "Kerry BLYTHE (23)",
                    "DC 1022 PORTEOUS (interviewer), DC 1180 HEYES (monitor)",
                    [["00:00", "Ground rules"], ["00:06", "Party, drinks"], ["00:18", "Spare room, he locked the door"],
                     ["00:30", "Said no, tried to get up, intercourse"], ["00:44", "Taxi home, told Danielle"], ["00:51", "Close"]],
                    "Clear account; accepts she had been drinking heavily (vodka).")
    mg11_pdf(F, "PORTEOUS MG11.pdf", c["urn"], dict(
        name="Wayne PORTEOUS, DC 1022", occ="Detective constable", date="21/09/2026", sig="W Porteous [signed]",
        body=["ON 21ST SEPT 2026 I CONDUCTED A VIDEO RECORDED INTERVIEW WITH KERRY BLYTHE AT CALDERMOOR VRI SUITE 1030-1128HRS. "
              "I PRODUCE THE RECORDING AS EXHIBIT WP/1"]), "officer", force="Caldermoor Police")
    # PLANTED: the first-account witness statement carries no signature at all (lines left blank), not a typed copy mark
    mg11_pdf(F, "D BLYTHE statment.pdf", c["urn"], dict(
        name="Danielle BLYTHE", occ="Hairdresser", date="20/09/2026", sig=None,
        body=["Kerry is my cousin, we share a house at 3 Marl Street. On Sunday 20th Sept at about 11am she came into the kitchen. She "
              "was crying. She said 'Ryan Cosgrove raped me at Shannon's party, he locked the door, I told him no'.",
              "She said she didn't want to ring anyone. I rang 999 at about 1125 and she spoke to them too.",
              "She was wearing the same dress from the night before."]), "first_account", force="Caldermoor Police")
    mg11_pdf(F, "STOTT 1677.pdf", c["urn"], dict(
        name="Amy STOTT, PC 1677", occ="Police constable", date="20.09.26", sig="A. Stott (signed)",
        body=["At 1151hrs on 20/09/2026 I was the first officer to attend 3 Marl Street. Kerry BLYTHE told me 'Ryan raped me at the "
              "party last night'. I recorded her words. I seized her dress (AS/1) and took her to the SARC."]), "officer",
        style="short", force="Caldermoor Police")
    mg11_pdf(F, "WEBB S.pdf", c["urn"], dict(
        name="Shannon WEBB", occ="Beauty therapist", date="25/09/2026", sig="S Webb [signed]",
        body=["I had a party at 41 Kiln Lane on 19th September. At about 1am I saw Kerry go upstairs on her own. About ten minutes "
              "later Ryan went up. I did not see them together on the landing. Kerry had drunk a lot."]), "witness", style="short",
        force="Caldermoor Police")
    mg11_pdf(F, "FME HUSSAIN.pdf", c["urn"], dict(
        name="Dr Imran HUSSAIN", occ="Forensic physician", date="23/09/2026", sig="[signed]",
        body=["I examined Kerry BLYTHE at Caldermoor SARC at 1400hrs on 20/09/2026 with her written consent, including consent to release "
              "of the notes. Small abrasion on the left knee. Blood and urine taken for toxicology (IH/7, IH/8); swabs IH/1-6."]),
        "expert", force="Caldermoor Police")
    roti(F, c, "ROTI COSGROVE.pdf", "Ryan COSGROVE", "22/09/2026 0940-1025hrs", "Caldermoor Custody Centre",
         "DC 1022 PORTEOUS, DC 1180 HEYES, Mr L. Grant (solicitor)",
         ["COSGROVE: She came on to me on the landing. We went in the spare room together. I locked it so no one would walk in. She "
          "was tipsy not drunk. We had sex. She never said no.", "Interview ended 1025hrs."])
    pnc_suspect(F, c, "PNC COSGROVE.pdf", "Ryan COSGROVE", "01/05/2002", "20/441877H",
                [["14/02/2023", "Caldermoor MC", "Assault by beating", "Community order"]])
    pnc_witnesses(F, c, "witness PNC.pdf", [("Kerry BLYTHE", "13/08/2003", "No trace"), ("Danielle BLYTHE", "22/02/2001", "No trace"),
                                            ("Shannon WEBB", "05/05/2003", "No trace")])
    mg6c_pdf(F, c, "MG6C.pdf", [
        ["1", "999 incident log CM-0920-0777 20/09/2026 1126hrs (with file)", "OIC", ""],
        ["2", "Crime report CM26/198035 (with file)", "HARBOUR", ""],
        ["3", "ABE interview plan 21/09/2026 Kerry BLYTHE", "OIC", ""],
        ["4", "Taxi booking record, Caldermoor Cars, pick up 41 Kiln Lane 0212hrs 20/09/2026", "OIC", ""],
        ["5", "Note of conversation with guest Tom LAING 26/09/2026 - saw nothing, left 0030", "OIC", ""],
        ["6", "Photographs of spare room door lock, 23/09/2026", "OIC", ""],
        ["7", "Download report of suspect's phone - nothing relevant found", "Digital unit", ""]], "DC 1022 PORTEOUS")
    mg6d_pdf(F, c, "MG6D.pdf", None, "DC 1022 PORTEOUS", nil_text="NIL - no sensitive material.")
    incident_log(F, c, "999 log.pdf", [
        ("20/09/26 11:26:31", "CH 114", "999 DANIELLE BLYTHE. COUSIN KERRY SAYS RYAN COSGROVE RAPED HER AT PARTY 41 KILN LANE LAST NIGHT. KERRY SPOKE TO CALL TAKER, CONFIRMED"),
        ("20/09/26 11:51:00", "PC 1677", "ON SCENE")])
    crime_report(F, c, "crime report.pdf",
                 [("Offence", "Rape s.1"), ("Date", "20/09/2026 approx 0130"), ("Location", c["place"]), ("Victim", "BLYTHE, Kerry, 23"),
                  ("Suspect", "COSGROVE, Ryan, 24"), ("OIC", "DC 1022 PORTEOUS")],
                 "Victim raped at a house party in a locked spare room.", ["20/09 SARC.", "21/09 ABE.", "22/09 interview."])
    mg12_pdf(F, c, "MG12.pdf", [["WP/1", "ABE recording", "DC PORTEOUS", "Property"], ["AS/1", "Dress", "PC STOTT", "Store"],
                                ["IH/1-8", "SARC samples", "Dr HUSSAIN", "Forensic store"]])
    sys_pdf(F, c, "VPS BLYTHE.pdf", "VPS", "VICTIM PERSONAL STATEMENT",
            [("p", "Kerry BLYTHE 03/10/2026. I cant go to parties now. I have had time off work."), ("sig", "Signed K Blythe [signed] 03/10/2026")])
    F.finish(root)


# =========================================================================== F09: VPS 'to be discussed' + MG6D nil contradicting MG6C sensitive entry
def case09(root):
    NF = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
          "outstanding_dated", "complainant_account", "abe_recording", "abe_summary", "abe_exhibited", "abe_plan",
          "key_statements", "officer_statement", "signed", "suspect_interview", "previous_convictions",
          "witness_convictions", "mg6c", "rebuttable_presumption", "dig_dpn", "dig_prop", "digital_proportionality",
          "multimedia", "exhibits", "forensic_medical", "special_measures", "files_readable", "one_urn",
          "third_party_request", "third_party_notice"]
    F = Folder(root, "wv_pike_hotel", "charging", 1, ["victim_care", "mg6d"], NF)
    c = dict(style="WV", urn="55WV0777826", suspect="Simon DRAKEFORD", cad="WV-20260810-0291", crime_no="WV/26/121907",
             place="Room 512, Harbourside Hotel, Quay Street, Kingsbarrow", oic_short="DC 4590 FENWICK")
    mg3 = [
        ("title", "MG3 Report to Crown Prosecutor for Charging Decision"),
        ("kv", [("URN", c["urn"]), ("Test", "Full Code Test"), ("Suspect", "Simon DRAKEFORD (52), DOB 17/07/1974"),
                ("Offence", "Rape s.1 SOA 2003 - Hannah PIKE (45) - Room 512 Harbourside Hotel - about 0030hrs 02/08/2026"),
                ("Bail", "Pre-charge bail to 15/12/2026: no contact with Hannah PIKE or Marcus EDE; not to attend Kingsbarrow office of Aster Logistics"),
                ("OIC", "DC 4590 Lucy FENWICK | 01632 960590 | 07700 900590 | lucy.fenwick@wessexvale-police.example"),
                ("Supervisor", "DS 1180 Owen TAPLEY, endorsed 25/11/2026")], 40),
        ("h", "Summary"),
        ("p", "HP and SD work for Aster Logistics; SD is a regional director, HP an account manager. After the company's summer "
              "conference dinner on 01/08/2026 at the Harbourside Hotel, SD offered to walk HP to her room (she was on floor 5, he "
              "on floor 3). At the door he pushed in behind her, pushed her face down on the bed and raped her. She did not report "
              "it that night. On 03/08 she told a colleague at work, Marcus EDE, in the office car park. She reported to police on "
              "10/08/2026 (day 9)."),
        ("h", "Evidence"),
        ("p", "ABE 11/08/2026, DC FENWICK, LF/1 with summary; DC FENWICK's MG11 exhibits LF/1. First account: Marcus EDE (colleague) - "
              "statement. First officer: PC 2231 ASHCROFT (took the initial report at the front counter) - statement. Hotel key card "
              "log for Room 512 (HH/1) shows door opened at 0026hrs with HP's card; SD's card opened Room 318 at 0109hrs."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 14/08/2026. Says he walked her to her room, she invited him in and they had consensual sex; he left at about "
              "0100. Says she was upset afterwards because she is married. Defence: consent."),
        ("h", "Lines of enquiry"),
        ("p", "Done: hotel key card logs; hotel CCTV - the hotel has no cameras on guest floors and the lobby cameras keep 7 days, so "
              "footage had gone before the report (hotel manager's letter on MG6C); statements from two colleagues at the dinner "
              "(one attached, one on MG6C); SD's phone (suspect device) examined: message to a friend 0114 'result'. Pointing away "
              "from the suspect: whether HP and SD had any previous relationship - asked of both, and of colleagues; SD's work email "
              "and HP's work Teams messages with SD for 01/06-01/08/2026 were provided by Aster Logistics on request (with HP's "
              "agreement and written notice) and show only work contact. HP's own phone was not examined: there is no line of "
              "enquiry that needs it, and she was not asked."),
        ("h", "Outstanding"),
        ("p", "None. All enquiries complete."),
        ("h", "Forensic / medical"),
        ("p", "Reported on day 9 - SARC examination offered, HP attended 10/08/2026 for a welfare examination only (forensic samples "
              "not useful at 9 days per FME advice). HP consented to release of the SARC notes. FME note attached."),
        ("h", "Third-party material"),
        ("p", "One request to Aster Logistics (employer) for Teams messages between HP and SD 01/06-01/08/2026 - request form with "
              "reasons attached; HP was given written notice on 18/08/2026 (letter attached), the request was sent on 19/08/2026."),
        ("h", "Victim"),
        ("kv", [("Special measures", "s.17(4). ABE evidence in chief; screens; HP wants s.28 pre-recorded cross-examination (asked 20/08/2026). No intermediary - no communication needs."),
                ("Needs", "Working from home; wants contact by email only; no interpreter."),
                ("ISVA", "Referred 10/08/2026 - Wessex ISVA Service (Tom BRAID)."),
                ("VPS", "to be discussed")], 40),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice was not sought because the key enquiries were complete in six weeks. MG6C, MG6D and MG6E attached. "
              "Incident log, crime report, witness PNCs attached."),
    ]
    pdf_text(F.p("MG3.pdf"), mg3, head_l="Wessex Vale Constabulary - ATLAS Crime & Intelligence", head_r="OFFICIAL-SENSITIVE",
             foot="MG3", size=9)
    F.add("MG3.pdf", "MG3")
    mp4(F.p("LF1 master.mp4"), 3, "KINGSBARROW VRI 11/08/2026 13:00:{s:02d}", "LF/1 ABE", f"URN {c['urn']}", seed=13)
    F.add("LF1 master.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "LF1 ABE summary.pdf", "LF/1", "11/08/2026 1300-1405hrs", "Hannah PIKE (45)",
                    "DC 4590 FENWICK (interviewer), DC 3302 PEAKE (monitor)",
                    [["00:00", "Ground rules"], ["00:05", "Conference dinner"], ["00:16", "Walked to room 512; pushed in"],
                     ["00:27", "Face down on bed; raped; said no"], ["00:41", "Told Marcus on 03/08"], ["00:50", "Why delay: job, marriage"], ["00:58", "Close"]],
                    "Clear account; explains the delay in reporting.")
    mg11_pdf(F, "FENWICK 4590.pdf", c["urn"], dict(
        name="Lucy FENWICK, DC 4590", occ="Detective constable", date="11/08/2026", sig="L Fenwick [signed]",
        body=["On 11/08/2026 I interviewed Hannah PIKE on video at Kingsbarrow VRI suite, 1300-1405hrs, and produce the recording as LF/1."]),
        "officer", force="Wessex Vale Constabulary")
    mg11_pdf(F, "EDE M.pdf", c["urn"], dict(
        name="Marcus EDE", occ="Account manager, Aster Logistics", date="12/08/2026", sig="M. Ede", sigtype="script", witnessed="DC 4590 FENWICK",
        body=["I work with Hannah PIKE. On Monday 3rd August 2026 at about 8.40am I met her in the office car park. She was white and "
              "shaking. She said 'Simon came into my room after the dinner and raped me, I don't know what to do'.",
              "She asked me not to tell anyone. I told her to speak to someone. She reported it the following week."]),
        "first_account", force="Wessex Vale Constabulary")
    mg11_pdf(F, "ASHCROFT.pdf", c["urn"], dict(
        name="Thomas ASHCROFT, PC 2231", occ="Police constable", date="10/08/2026", sig="[signed]",
        body=["At 1015hrs on 10/08/2026 Hannah PIKE came to the front counter at Kingsbarrow police station and I was the first officer "
              "to deal with her. She said 'my boss raped me in my hotel room after a work dinner last weekend'. I recorded her words "
              "and called the RASSO team."]), "officer", style="short", force="Wessex Vale Constabulary")
    mg11_pdf(F, "HOTEL HH1.pdf", c["urn"], dict(
        name="Harriet HOLME", occ="Duty manager, Harbourside Hotel", date="13/08/2026", sig="(Sgd) H Holme",
        body=["I produce the key card audit log for Rooms 512 and 318 for 01-02/08/2026 as HH/1. The hotel has no CCTV on guest floors. "
              "Lobby footage is kept for 7 days and had been overwritten by 10/08/2026."]), "witness", style="short",
        force="Wessex Vale Constabulary")
    sys_pdf(F, c, "FME note PIKE.pdf", "MEDICAL", "SARC WELFARE EXAMINATION NOTE",
            [("p", "Hannah PIKE seen 10/08/2026 1500hrs by Dr Anita VOSS. Consent to examination and to release of the notes to police/CPS: "
                   "given, signed. Day 9 after the incident - no forensic samples (no prospect of recovery). Healing bruise left upper arm.")])
    roti(F, c, "ROTI DRAKEFORD.pdf", "Simon DRAKEFORD", "14/08/2026 1000-1049hrs", "Kingsbarrow Custody",
         "DC 4590 FENWICK, DC 3302 PEAKE, Ms V. Lowe (solicitor)",
         ["DRAKEFORD: I walked her up. She asked me in. We had sex, it was mutual. She got upset after, she's married.",
          "Q: Message 'result' at 0114? A: Just banter.", "Interview ended 1049hrs."])
    pnc_suspect(F, c, "PNC DRAKEFORD.pdf", "Simon DRAKEFORD", "17/07/1974", "95/330118R", [])
    pnc_witnesses(F, c, "PNC witnesses.pdf", [("Hannah PIKE", "28/01/1981", "No trace"), ("Marcus EDE", "06/06/1988", "No trace"),
                                              ("Harriet HOLME", "12/12/1985", "No trace")])
    # PLANTED: item 8 is marked sensitive and said to be on the MG6D, but the MG6D is a nil return
    mg6c_pdf(F, c, "MG6C.pdf", [
        ["1", "Incident log WV-20260810-0291 front counter report 10/08/2026 (with file)", "OIC", ""],
        ["2", "Crime report WV/26/121907 (with file)", "ATLAS", ""],
        ["3", "ABE interview plan 11/08/2026 Hannah PIKE", "OIC", ""],
        ["4", "Letter from Harbourside Hotel 13/08/2026: lobby CCTV overwritten, no cameras on floors", "OIC", ""],
        ["5", "Statement of Priya SANDHU (colleague at dinner) 20/08/2026 - saw HP and SD leave the bar together at 0015", "OIC", ""],
        ["6", "Aster Logistics Teams messages HP/SD 01/06-01/08/2026 - work only", "OIC", ""],
        ["7", "Download report of suspect's phone incl. 0114 message 'result'", "Digital unit", ""],
        ["8", "SENSITIVE - GP referral letter for HP to the practice counselling service, 24/08/2026, handed to the OIC by HP herself on 25/08/2026 (see MG6D)", "OIC", "S"]],
        "DC 4590 FENWICK")
    mg6d_pdf(F, c, "MG6D.pdf", None, "DC 4590 FENWICK",
             nil_text="NIL RETURN. No sensitive material is held in this investigation.")
    mg6e_pdf(F, c, "MG6E.pdf", "DC 4590 FENWICK", ["MG6C item 5 may assist the defence (seen leaving together) and is copied with the file."])
    incident_log(F, c, "log 0291.pdf", [
        ("10/08/26 10:15:44", "FC 2231", "FRONT COUNTER - FEMALE REPORTS RAPE BY SENIOR COLLEAGUE IN HOTEL ROOM 02/08 AFTER WORK DINNER. HARBOURSIDE HOTEL RM 512"),
        ("10/08/26 10:31:00", "FC 2231", "RASSO INFORMED. SARC BOOKED 1500")])
    crime_report(F, c, "crime WV 26 121907.pdf",
                 [("Offence", "Rape s.1 SOA 2003"), ("Committed", "02/08/2026 approx 0030"), ("Location", c["place"]),
                  ("Victim", "PIKE, Hannah, 45"), ("Suspect", "DRAKEFORD, Simon, 52 - colleague (director)"), ("OIC", "DC 4590 FENWICK")],
                 "Senior colleague pushed into victim's hotel room after a work dinner and raped her.",
                 ["10/08 report, SARC.", "11/08 ABE.", "14/08 interview.", "18/08 notice to HP; 19/08 TP request to employer.", "25/11 file to CPS."])
    sys_pdf(F, c, "TP request Aster.pdf", ["THIRD_PARTY", "CORRESPONDENCE", "OTHER"], "THIRD PARTY MATERIAL REQUEST",
            fields_blocks("WV", [("To", "Aster Logistics Ltd, HR Director"), ("Material", "Microsoft Teams chat messages between Hannah PIKE and Simon DRAKEFORD, 01/06/2026-01/08/2026"),
                                 ("Reasonable line of enquiry", "The suspect says the sex was consensual; whether there was any prior personal or flirtatious contact may support or undermine either account."),
                                 ("Necessary and proportionate", "Limited to messages between the two of them over two months; no HR, sickness or personnel records sought."),
                                 ("Notice to complainant", "Written notice given 18/08/2026"), ("Sent", "19/08/2026")]))
    sys_pdf(F, c, "Notice letter PIKE.pdf", ["CORRESPONDENCE", "OTHER"], "Notice: request for information about you",
            [("p", "Dear Ms Pike, as we discussed, we will ask Aster Logistics for the Teams messages between you and Simon Drakeford "
                   "from 1 June to 1 August 2026, because he says you had been friendly before the conference and the messages will "
                   "show what contact there was. We will not ask for anything else. Only the investigation team and the CPS will see "
                   "them. DC 4590 L. Fenwick, 18/08/2026.")])
    mg12_pdf(F, c, "MG12.pdf", [["LF/1", "ABE recording", "DC FENWICK", "Property"], ["HH/1", "Key card audit log", "H. HOLME", "OIC"]])
    F.finish(root)


# =========================================================================== F10: DPN full extraction with no date range + truncated ABE MP4
def case10(root):
    NF = ["mg3_present", "test_sought", "early_advice", "oic_contact", "lines_of_enquiry", "suspect_account",
          "outstanding_dated", "complainant_account", "abe_summary", "abe_exhibited", "abe_plan", "key_statements",
          "officer_statement", "signed", "suspect_interview", "previous_convictions", "witness_convictions", "mg6c",
          "mg6d", "schedule_descriptions", "rebuttable_presumption", "dig_dpn", "exhibits", "forensic_medical",
          "special_measures", "victim_care", "one_urn", "third_party_request", "third_party_notice"]
    F = Folder(root, "fm_merridew_car", "charging", 1, ["dig_prop", "abe_recording"], NF)
    c = dict(style="FM", urn="37FM0790126", suspect="Callum STRAKER", cad="FM-261005-0142", crime_no="FM/CR/26/44510",
             place="Lay-by, B1420 near Fenwick Staithe (in the suspect's car)", oic_short="DC 1944 SETHI")
    mg3 = [
        ("title", "MG3 REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION"),
        ("kv", [("URN", c["urn"]), ("Decision sought", "Full Code Test"),
                ("Suspect / status", "Callum STRAKER, DOB 09/09/1998. Pre-charge bail to 22/12/2026: not to contact Jade MERRIDEW; not to use dating apps."),
                ("Offence", "Rape s.1 SOA 2003 - Jade MERRIDEW (22) - in his car in a lay-by on the B1420 - about 2315hrs 05/10/2026"),
                ("OIC", "DC 1944 Ravi SETHI - 01632 960944 - 07700 900944 - ravi.sethi@fenmarsh-police.example"),
                ("Supervisor", "DS 1402 Ian CROFT - reviewed 26/11/2026")], 40),
        ("h", "Summary"),
        ("p", "JM matched with STRAKER on a dating app on 28/09/2026 and they met for the first time on 05/10/2026 for a drink in "
              "Fenwick Staithe. He offered her a lift home, drove to a lay-by, locked the doors, pulled her into the back seat and raped "
              "her. He then drove her home. She told her housemate Kirsty LOWE at about 0010hrs and Kirsty called 999."),
        ("h", "Evidence"),
        ("p", "ABE 07/10/2026, DC SETHI, exhibit RS/1 (video file provided) with ABE summary, and DC SETHI's MG11 exhibiting RS/1. First "
              "account: Kirsty LOWE (housemate) - statement. First officer PC 2701 COLE - statement. SARC 06/10/2026; JM consented to "
              "release of notes. SFR1: STRAKER's DNA on swabs (sex admitted)."),
        ("h", "Suspect's account"),
        ("p", "Interviewed 06/10/2026: says they had consensual sex in the car after she suggested it. Defence: consent."),
        ("h", "Lines of enquiry"),
        ("p", "Done: ANPR on the B1420 (his car at 2301 and 2344hrs, on MG6C); pub CCTV (they left together at 2250, calm - MG6C); "
              "dating app messages. Pointing away: whether JM's messages before the date were sexual or suggested sex in the car - a "
              "full extraction of JM's phone has been completed under a DPN (report attached) and shows nothing of that kind; his "
              "phone was also downloaded."),
        ("h", "Outstanding"), ("p", "Nothing outstanding - all results received."),
        ("h", "Digital"), ("p", "JM's phone: full extraction completed 09/10/2026 under the attached DPN; returned 30/10/2026."),
        ("h", "Third party"), ("p", "None requested; no notice required."),
        ("h", "Victim"),
        ("p", "Special measures: s.17(4); ABE as evidence in chief, screens; JM wants s.28 pre-recorded cross-examination (asked "
              "15/10/2026). No intermediary needed. Needs: none beyond support; no interpreter. ISVA referred 06/10/2026 (Fenmarsh Rape "
              "Crisis). VPS offered 15/10/2026 and made 15/10/2026 (attached)."),
        ("h", "Early advice / disclosure"),
        ("p", "Early advice not sought: straightforward consent issue, file complete in seven weeks. MG6C/MG6D attached; incident log, "
              "crime report and witness PNCs attached."),
    ]
    pdf_text(F.p("MG3 STRAKER.pdf"), mg3, head_l="Fenmarsh Constabulary | LANTERN RMS", head_r="MG3", foot="OFFICIAL-SENSITIVE",
             serif=True, size=9.5)
    F.add("MG3 STRAKER.pdf", "MG3")
    # PLANTED: the ABE recording is truncated (no moov atom): it does not play
    tmp = F.p("RS1_ABE_MERRIDEW.mp4")
    mp4(tmp, 4, "FENMARSH VRI 07/10/2026 10:00:{s:02d}", "RS/1 ABE", f"URN {c['urn']}", seed=14)
    with open(tmp, "rb") as fh:
        data = fh.read()
    with open(tmp, "wb") as fh:
        fh.write(data[: int(len(data) * 0.45)])
    F.add("RS1_ABE_MERRIDEW.mp4", "ABE_RECORDING")
    abe_summary_pdf(F, c, "RS1 summary.pdf", "RS/1", "07/10/2026 1000-1052hrs", "Jade MERRIDEW (22)",
                    "DC 1944 SETHI (interviewer), DC 2102 LUND (monitor)",
                    [["00:00", "Ground rules"], ["00:05", "App, messages, the date"], ["00:14", "Lift, lay-by, doors locked"],
                     ["00:22", "Pulled into back; raped; said no, pushed him"], ["00:36", "Drove her home; told Kirsty"], ["00:45", "Close"]],
                    "Clear account; consistent with first account to Kirsty LOWE.")
    mg11_pdf(F, "SETHI RS1.pdf", c["urn"], dict(
        name="Ravi SETHI, DC 1944", occ="Detective constable", date="07/10/2026", sig="R Sethi [signed]",
        body=["On 07/10/2026 from 1000 to 1052hrs I interviewed Jade MERRIDEW on video at Fenmarsh VRI suite. I produce the recording as RS/1.",
              "On 06/10/2026 Jade signed a Digital Processing Notice for her phone, which I submitted to the digital unit."]),
        "officer", force="Fenmarsh Constabulary")
    mg11_pdf(F, "LOWE K.pdf", c["urn"], dict(
        name="Kirsty LOWE", occ="Barista", date="06/10/2026", sig="K Lowe [signed]",
        body=["I live with Jade at 7 Sedge Road. At about 10 past midnight on 6th October she came in crying. She said 'the guy from the "
              "app raped me in his car, he locked the doors'. I rang 999."]), "first_account", style="short", force="Fenmarsh Constabulary")
    mg11_pdf(F, "COLE 2701.pdf", c["urn"], dict(
        name="Megan COLE, PC 2701", occ="Police constable", date="06/10/2026", sig="(Sgd) M Cole",
        body=["At 0031hrs on 06/10/2026 I was the first officer at 7 Sedge Road. Jade MERRIDEW said 'Callum, from Hinge, raped me in his "
              "car'. I noted her words and took her to the SARC."]), "officer", force="Fenmarsh Constabulary")
    roti(F, c, "ROTI STRAKER.pdf", "Callum STRAKER", "06/10/2026 1500-1540hrs", "Fenmarsh Custody",
         "DC 1944 SETHI, DC 2102 LUND, Mr O. Bright (solicitor)",
         ["STRAKER: She suggested we pull over. We got in the back. It was consensual. I drove her home after.", "Interview ended 1540hrs."])
    pnc_suspect(F, c, "PNC STRAKER.pdf", "Callum STRAKER", "09/09/1998", "17/992013D", [])
    pnc_witnesses(F, c, "PNC witnesses.pdf", [("Jade MERRIDEW", "14/04/2004", "No trace"), ("Kirsty LOWE", "01/01/2004", "No trace")])
    mg6c_pdf(F, c, "MG6C.pdf", [
        ["1", "999 incident log FM-261005-0142 06/10/2026 0012hrs (with file)", "OIC", ""],
        ["2", "Crime report FM/CR/26/44510 (with file)", "LANTERN", ""],
        ["3", "ABE interview plan 07/10/2026", "OIC", ""],
        ["4", "ANPR hits B1420 for the suspect's car 05/10/2026 2301 and 2344hrs", "OIC", ""],
        ["5", "Pub CCTV, The Staithe Arms, 2200-2300 05/10/2026 - leave together 2250", "Property FM80011", ""],
        ["6", "Full extraction report of JM's phone (see DPN)", "Digital unit", ""],
        ["7", "Download report of the suspect's phone", "Digital unit", ""]], "DC 1944 SETHI")
    mg6d_pdf(F, c, "MG6D.pdf", [["1", "JM's home address and contact details on the ISVA referral", "Personal data", "ND"]], "DC 1944 SETHI")
    incident_log(F, c, "999 log 0142.pdf", [
        ("06/10/26 00:12:10", "OP 901", "999 KIRSTY LOWE 7 SEDGE RD. HOUSEMATE RAPED BY MAN FROM DATING APP IN HIS CAR TONIGHT"),
        ("06/10/26 00:31:40", "PC 2701", "ON SCENE")])
    crime_report(F, c, "crime report.pdf",
                 [("Offence", "Rape s.1"), ("Date", "05/10/2026 2315"), ("Location", c["place"]), ("Victim", "MERRIDEW, Jade, 22"),
                  ("Suspect", "STRAKER, Callum, 28"), ("OIC", "DC 1944 SETHI")],
                 "Victim raped in the suspect's car on their first date.", ["06/10 SARC, DPN, arrest, interview.", "07/10 ABE."])
    # PLANTED: a full extraction with no date range or data types
    dpn_pdf(F, c, "DPN MERRIDEW.pdf",
            [("Name", "Jade MERRIDEW"), ("Device", "Samsung Galaxy S23"), ("Reason", "To look for evidence relevant to the investigation"),
             ("Extraction type", "Full download of the handset - all data"), ("Date", "06/10/2026")],
            "I agree to the police extracting data from my device as described. Signed: J Merridew [signed] 06/10/2026.")
    sys_pdf(F, c, "SFR1 STRAKER.pdf", "FORENSIC", "STREAMLINED FORENSIC REPORT",
            [("p", "Swabs from Jade MERRIDEW (MC/1-4): semen; DNA profile matches Callum STRAKER. 30/10/2026.")])
    mg12_pdf(F, c, "MG12.pdf", [["RS/1", "ABE recording", "DC SETHI", "With file"], ["MC/1-4", "SARC swabs", "PC COLE", "Forensic store"]])
    sys_pdf(F, c, "VPS.pdf", "VPS", "VICTIM PERSONAL STATEMENT",
            [("p", "Jade MERRIDEW, 15/10/2026. I have deleted the apps. I don't get in cars with people I don't know well now."),
             ("sig", "Signed J Merridew [signed]")])
    F.finish(root)


# =========================================================================== main
def main():
    if len(sys.argv) != 2:
        print("usage: make_batch.py OUTDIR")
        return 2
    root = sys.argv[1]
    os.makedirs(root, exist_ok=True)
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10):
        fn(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
